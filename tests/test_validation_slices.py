"""A large table is validated in slices (issue #15), and what spans rows is still checked over the whole table:
a duplicate event_id_cnty whose two copies sit in different slices is quarantined exactly as when GX sees the
table whole. Real GX runs; the slices are made small so a few rows make several."""
from __future__ import annotations

import copy

from conftest import events_frame, load_rows

from eventdesk import schema, validation


def _rows():
    """Nine events, four slices of two (and one): ids 3 and 8 are one id in slices 2 and 4; row 5 also fails
    a row expectation of its own, in the slice between."""
    good = load_rows("validation/events_pass.jsonl")
    bad = load_rows("validation/events_fail.jsonl")
    rows = []
    for i in range(9):
        r = copy.deepcopy(good[i % len(good)] if i != 5 else bad[0])
        r["event_id_cnty"] = f"KEN{300 + i}"
        rows.append(r)
    rows[8]["event_id_cnty"] = rows[3]["event_id_cnty"]
    return rows


def _key(rejects):
    return [(r.origin, r.reason, r.value, r.record) for r in rejects]


def test_a_duplicate_in_two_slices_is_caught_as_in_one_frame():
    df = events_frame(_rows())
    whole = validation.validate("events", df, rows=100)  # one GX call over every row
    sliced = validation.validate("events", df, rows=2)
    dup = "KEN303"
    assert [r.origin for r in whole.rejects if "unique" in r.reason] == [dup, dup]
    assert _key(sliced.rejects) == _key(whole.rejects)
    assert sliced.passed.equals(whole.passed)
    assert dup not in set(sliced.passed["event_id_cnty"]) and "KEN305" not in set(sliced.passed["event_id_cnty"])
    assert len(sliced.passed) == 6


def test_an_arrow_table_is_validated_slice_by_slice_with_the_same_outcome():
    df = events_frame(_rows())
    table = schema.table("events").to_arrow(_rows_for_arrow())
    from_frame = validation.validate("events", df, rows=3)
    from_arrow = validation.validate("events", table, rows=3)
    assert _key(from_arrow.rejects) == _key(from_frame.rejects)
    assert from_arrow.passed.equals(from_frame.passed)


def _rows_for_arrow():
    import datetime as dt

    out = []
    for r in _rows():
        r = {k: v for k, v in r.items() if not k.startswith("_")}
        r["event_date"] = dt.date.fromisoformat(r["event_date"])
        out.append(r)
    return out


def test_the_held_result_reports_a_failure_seen_only_across_slices(tmp_path):
    rows = [r for i, r in enumerate(_rows()) if i != 5]  # the only failure left is the duplicate across slices
    out = validation.validate("events", events_frame(rows), run_name="slices-1", rows=2)
    assert [r.origin for r in out.rejects] == ["KEN303", "KEN303"]
    held = validation.held_result("slices-1", "events")
    assert held["success"] is False
    unique = [r for r in held["results"] if r["expectation_config"]["type"] == "expect_column_values_to_be_unique"]
    assert unique and unique[0]["success"] is False and unique[0]["result"]["unexpected_count"] == 2
    assert held["meta"]["slices"] == 4
    validation.keep_results("slices-1", tmp_path)


def test_unique_columns_come_from_the_schema():
    assert validation.unique_columns("events") == [c.name for c in schema.table("events").columns if c.unique]
    assert "event_id_cnty" in validation.unique_columns("events")


def test_the_held_result_counts_the_failures_of_every_slice(tmp_path):
    """Failures in two slices (and a duplicate across two more) are all counted in the result the report shows."""
    bad = load_rows("validation/events_fail.jsonl")[0]
    rows = _rows()
    rows[1] = dict(copy.deepcopy(bad), event_id_cnty="KEN301")  # slice 1; row 5 fails the same way in slice 3

    def failing(held):
        return {(r["expectation_config"]["type"], r["expectation_config"]["kwargs"].get("column")):
                r["result"]["unexpected_count"] for r in held["results"] if not r["success"]}

    validation.validate("events", events_frame(rows), run_name="slices-whole", rows=100)
    validation.validate("events", events_frame(rows), run_name="slices-sliced", rows=2)
    whole, sliced = (validation.held_result(n, "events") for n in ("slices-whole", "slices-sliced"))
    assert failing(sliced) == failing(whole)
    assert failing(whole)[("expect_column_values_to_be_unique", "event_id_cnty")] == 2
    assert sliced["success"] is False and sliced["meta"]["slices"] == 5
    for n in ("slices-whole", "slices-sliced"):
        validation.keep_results(n, tmp_path / n)
