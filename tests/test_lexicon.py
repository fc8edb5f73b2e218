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
