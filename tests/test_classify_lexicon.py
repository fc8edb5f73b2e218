"""The coder's words live in term files (data/lexicon/classify_*.tsv) and its cue table (data/classify_cues.tsv):
every file is read by the coder, every kind it declares holds terms, the cue table names real files and kinds,
and a bad row in the cue table is an error naming the table and the row."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from eventdesk.extraction.classify import cue_table
from eventdesk.extraction.classify.base import ends_on, lexicon_groups, words
from eventdesk.text.lexicon import LEXICON, term_files, terms

CLASSIFY = Path(cue_table.__file__).parent


def _source() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in CLASSIFY.glob("*.py")) + (
        cue_table.DATA / cue_table.TABLE).read_text(encoding="utf-8")


def test_every_classify_term_file_is_read_by_the_coder():
    source = _source()
    unread = [name for name in term_files() if name.startswith("classify_") and f'"{name}"' not in source
              and f"'{name}'" not in source and f"\t{name}\t" not in source]
    assert unread == []


def test_every_declared_kind_holds_terms():
    empty = []
    for name in term_files():
        if not name.startswith("classify_"):
            continue
        declared = next((ln.split(":", 1)[1].split() for ln in (LEXICON / f"{name}.tsv").read_text().splitlines()
                         if ln.startswith("# kinds:")), [])
        used = {t.kind for t in terms(name)}
        empty += [f"{name}:{k}" for k in declared if k not in used]
    assert empty == []


def test_cue_table_rows_build_their_patterns():
    rows = cue_table.cue_rows()
    assert {g for g, *_ in rows} == {"protest", "violence", "strategic", "scope"}
    for group in ("protest", "violence", "strategic", "scope"):
        for name, rx in cue_table.cue_patterns(group).items():
            assert isinstance(rx, re.Pattern) and rx.pattern, name


def test_cue_table_takes_a_subset_of_kinds_in_file_order():
    # classify_harm holds two vocabularies as kinds: each cue reads only its own
    assert lexicon_groups("classify_harm", "bodily") == [words("classify_harm", "bodily")[3:-1]]
    assert len(lexicon_groups("classify_disaster")) == 8
    assert len(lexicon_groups("classify_disaster", "near1", "near2", "near3")) == 3


@pytest.mark.parametrize("row,message", [
    ("protest\tDEMO\tclassify_demonstration\t\tfirst\nprotest\tDEMO\tclassify_riot\t\tagain", "declared twice"),
    ("protest\tX\tclassify_harm\tnot_a_kind\twhy", "has no kind"),
    ("protest\tX\tclassify_harm", "cells"),
])
def test_a_bad_cue_table_row_names_the_table_and_row(tmp_path, monkeypatch, row, message):
    bad = tmp_path / "cues.tsv"
    bad.write_text("group\tname\tfile\tkinds\twhy\n" + row + "\n", encoding="utf-8")
    monkeypatch.setattr(cue_table, "TABLE", str(bad))
    cue_table.cue_rows.cache_clear()
    try:
        with pytest.raises(ValueError, match=message) as err:
            cue_table.cue_rows()
        assert "cues.tsv: row " in str(err.value)
    finally:
        monkeypatch.undo()
        cue_table.cue_rows.cache_clear()


def test_words_and_ends_on_keep_only_form_in_code():
    rx = re.compile(ends_on(words("classify_background_time", "earlier_fight")), re.I)
    assert rx.search("days after the ")  # what a cue's preceding text ends on
    assert rx.search("in an earlier raid ")
    assert not rx.search("police said on Monday that ")
