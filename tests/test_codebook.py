import copy
from pathlib import Path

import pytest

from eventdesk import codebook, schema

ROOT = Path(__file__).resolve().parents[1]


def test_committed_codebook_is_derived_from_the_schemas():
    assert (ROOT / "docs" / "codebook.md").read_text(encoding="utf-8") == codebook.markdown(), \
        "run `eventdesk schema --docs`"
    assert (ROOT / "docs" / "codebook.html").read_text(encoding="utf-8") == codebook.html(), \
        "run `eventdesk schema --docs`"


def test_every_column_and_allowed_value_is_described_with_its_meaning():
    md = codebook.markdown()
    spec = codebook.load()
    for c in schema.table("events").columns:
        assert f"\n### {c.name}\n" in md
        assert spec["columns"][c.name]["label"] in md
        for v in c.allowed or ():
            meaning = next(x["meaning"] for x in spec["values"][c.name] if x["value"] == v)
            assert f"| `{v}` |" in md and " ".join(meaning.split()) in md
    for name in codebook.LINKED_TABLES:
        assert all(f"| `{c.name}` |" in md for c in schema.table(name).columns)


@pytest.mark.parametrize("drift", ["value", "column", "meaning", "label"])
def test_a_codebook_that_drifts_from_events_toml_is_refused(drift):
    spec = copy.deepcopy(codebook.load())
    if drift == "value":
        spec["values"]["sub_event_type"] = spec["values"]["sub_event_type"][:-1]
    elif drift == "column":
        spec["columns"]["no_such_column"] = {"label": "x", "source": "y"}
    elif drift == "meaning":
        spec["values"]["inter1"][0]["meaning"] = " "
    else:
        spec["columns"]["notes"]["label"] = "x" * 81
    with pytest.raises(ValueError, match="codebook.toml"):
        codebook.check(spec)


def test_interaction_codes_are_acleds_44():
    codes = codebook.interaction_codes()
    assert len(codes) == 44
    assert codes["State forces-Protesters"] == 16 and codes["Protesters only"] == 60 and codes["Civilians only"] == 70
    assert codes["External/Other forces-External/Other forces"] == 88
    import re

    rx = re.compile(schema.table("events").column("interaction").regex)
    assert all(rx.match(text) for text in codes)


def test_readme_links_the_codebook():
    assert "docs/codebook.md" in (ROOT / "README.md").read_text(encoding="utf-8")
