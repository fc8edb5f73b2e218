"""The shared term files load, and a bad row is refused with its file and line."""
import re

import pytest

from eventdesk.text import lexicon


def test_every_module_gets_its_state_force_terms_and_they_compile():
    for user in lexicon.FORCE_USERS:
        found = re.search(rf"\b(?:{lexicon.force_terms(user)})\b", "Riot police fired tear gas.", re.I)
        assert bool(found) == (user != "actors_military"), user
    assert re.search(rf"\b(?:{lexicon.force_terms('actors_military')})\b", "Soldiers shelled the town.", re.I)
    kinds = {r["kind"] for r in lexicon._force_rows()}
    assert kinds <= set(lexicon.FORCE_KINDS) and {"police", "military", "generic"} <= kinds


def test_each_term_has_one_row():
    patterns = [r["pattern"] for r in lexicon._force_rows()]
    assert len(patterns) == len(set(patterns))


@pytest.mark.parametrize("row, error", [
    ("sf900\tnavy\t\tmarines\t\t\t\t\t\t", "kind 'navy'"),
    ("sf900\tmilitary\t\tsoldiers(\t\t\t\t\t\t", "does not compile"),
    ("sf900\tmilitary\t\tpolice(?:men|man|woman)?\t\t\t\t\t\t", "already on line"),
])
def test_a_bad_row_names_the_file_and_line(tmp_path, monkeypatch, row, error):
    text = (lexicon.DATA / "force_terms.tsv").read_text(encoding="utf-8")
    (tmp_path / "force_terms.tsv").write_text(text.rstrip("\n") + "\n" + row + "\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "DATA", tmp_path)
    lexicon._force_rows.cache_clear()
    try:
        with pytest.raises(ValueError, match=rf"force_terms.tsv:\d+: .*{re.escape(error)}"):
            lexicon._force_rows()
    finally:
        lexicon._force_rows.cache_clear()


def _write_terms(directory, body: str) -> None:
    (directory / "demo.tsv").write_text("# a test vocabulary\n# kinds: cue block\n"
                                        "id\tpattern\tkind\tcodebook\tnote\n" + body, encoding="utf-8")


def test_a_term_file_keeps_its_order_and_kinds(tmp_path, monkeypatch):
    monkeypatch.setattr(lexicon, "LEXICON", tmp_path)
    lexicon.terms.cache_clear()
    _write_terms(tmp_path, "d1\tmarch(?:ed|es)?\tcue\t§3.1\t\nd2\tsit-?ins?\tcue\t\t\nd3\tcordon\tblock\t\t\n")
    assert [t.id for t in lexicon.terms("demo")] == ["d1", "d2", "d3"]
    assert lexicon.alternation("demo", "cue") == "march(?:ed|es)?|sit-?ins?"
    assert lexicon.terms("demo")[0].origin == "demo.tsv:4"
    lexicon.terms.cache_clear()


@pytest.mark.parametrize("body, error", [
    ("d1\tmarch\tslogan\t\t\n", "kind 'slogan'"),
    ("d1\tmarch(\tcue\t\t\n", "does not compile"),
    ("d1\tmarch\tcue\t\t\nd1\trally\tcue\t\t\n", "id 'd1' already on line 4"),
    ("d1\tmarch\tcue\t\t\nd2\tmarch\tcue\t\t\n", "already on line 4"),
    ("d1\tmarch\tcue\t\n", "4 cells"),
])
def test_a_bad_term_row_names_the_file_and_line(tmp_path, monkeypatch, body, error):
    monkeypatch.setattr(lexicon, "LEXICON", tmp_path)
    lexicon.terms.cache_clear()
    _write_terms(tmp_path, body)
    with pytest.raises(ValueError, match=re.escape(error)) as info:
        lexicon.terms("demo")
    assert "demo.tsv:" in str(info.value)
    lexicon.terms.cache_clear()


def test_every_shipped_term_file_loads():
    for name in lexicon.term_files():
        assert lexicon.terms(name), name
