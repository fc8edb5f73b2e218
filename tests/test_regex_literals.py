"""benchmarks/regex_literals.py: it counts regex literals and sees a word list left in one (issue #12)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("regex_literals", ROOT / "benchmarks" / "regex_literals.py")
regex_literals = importlib.util.module_from_spec(spec)
spec.loader.exec_module(regex_literals)


def test_a_word_list_in_a_pattern_is_found_and_fails_the_check(tmp_path, capsys):
    src = tmp_path / "m.py"
    src.write_text('import re\nA = re.compile(r"\\b(?:shot|stabbed)\\b")\nB = re.compile(rf"\\d+ {X}")\n'
                   'C = re.search(r"(?:an?|the)\\s+", s)\nD = re.compile(P)\n')
    assert regex_literals.scan(src) == (3, [(2, r"\b(?:shot|stabbed)\b")])
    assert regex_literals.main([str(src), "--check"]) == 1
    assert "regex literals 3, with a word list 1" in capsys.readouterr().out


def test_words_from_a_term_file_leave_the_literal_clean(tmp_path):
    src = tmp_path / "m.py"
    src.write_text('import re\nA = re.compile(rf"\\b(?:{alternation(\'harm\', \'lethal\')})\\b")\n')
    assert regex_literals.main([str(src), "--check"]) == 0


def test_the_coder_keeps_no_word_list_in_a_regex_literal(capsys):
    """Issue #12: words live in term files; a pattern in src/ holds only form."""
    assert regex_literals.main([str(ROOT / "src" / "eventdesk"), "--check"]) == 0, capsys.readouterr().out
