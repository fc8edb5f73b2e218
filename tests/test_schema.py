import json

from eventdesk import schema, validation

ACLED_31 = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
            "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
            "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
            "source", "source_scale", "notes", "fatalities", "tags", "timestamp"]


def test_events_start_with_acleds_31_columns_in_order():
    assert schema.acled_columns() == ACLED_31
    assert schema.table("events").names[:31] == ACLED_31
    assert {"tactics", "crowd_size_low", "crowd_size_high", "article_ids", "source_urls", "evidence", "confidence",
            "coder_version"} <= set(schema.extension_columns())


def test_hierarchy_and_disorder_cover_exactly_the_25_sub_event_types():
    allowed = set(schema.table("events").column("sub_event_type").allowed)
    assert len(allowed) == 25
    assert {s for subs in schema.hierarchy().values() for s in subs} == allowed
    assert set(schema.hierarchy()) == set(schema.table("events").column("event_type").allowed)
    assert set(schema.disorder_of()) == allowed
    assert schema.disorder_of()["Excessive force against protesters"] == "Political violence; Demonstrations"


def test_every_table_builds_an_arrow_schema_and_refuses_undeclared_columns():
    for name in schema.TABLES:
        t = schema.table(name)
        assert t.arrow_schema().names == t.names
    try:
        schema.table("runs").to_arrow([{"run_id": "x", "bogus": 1}])
    except ValueError as exc:
        assert "bogus" in str(exc)
    else:
        raise AssertionError("an undeclared column was accepted")


def test_committed_expectations_are_derived_from_the_schemas():
    for name in schema.TABLES:
        committed = json.loads((validation.EXPECTATIONS_DIR / f"{name}.json").read_text())
        assert committed == validation.suite_dict(name), f"run `eventdesk schema --expectations` ({name})"


def test_committed_docs_are_derived_from_the_schemas():
    from pathlib import Path

    docs = Path(schema.__file__).resolve().parents[2] / "docs" / "tables.md"
    assert docs.read_text() == schema.markdown(), "run `eventdesk schema --docs`"
