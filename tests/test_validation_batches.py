"""Batch after batch of one run, the suite built once still runs every expectation on every row (issue #15):
later batches first ask GX only whether they pass, and a failing one is run again in full for its rows."""
from __future__ import annotations

import json

import pytest
from conftest import events_frame, load_rows

from eventdesk import validation


def _stored(run_name: str) -> int:
    store = validation._context().validation_results_store
    return sum(getattr(k.run_id, "run_name", None) == run_name for k in store.list_keys())


def test_a_bad_row_in_a_later_batch_is_still_rejected_with_its_expectation(tmp_path):
    good = load_rows("validation/events_pass.jsonl")
    bad = load_rows("validation/events_fail.jsonl")
    definition = validation._validation_definition("events")
    first = validation.validate("events", events_frame(good), run_name="batches-1")
    assert first.rejects == [] and len(first.passed) == len(good)
    assert validation._validation_definition("events") is definition  # built once, reused by every batch

    later = validation.validate("events", events_frame(good + bad), run_name="batches-1")
    assert list(later.passed["event_id_cnty"]) == [r["event_id_cnty"] for r in good]
    reasons: dict[str, list[str]] = {}
    for r in later.rejects:
        reasons.setdefault(r.origin, []).append(r.reason)
    for row in bad:
        assert row["_fails"] in reasons[row["event_id_cnty"]], (row["event_id_cnty"], reasons.get(row["event_id_cnty"]))

    again = validation.validate("events", events_frame(good), run_name="batches-1")
    assert again.rejects == [] and len(again.passed) == len(good)
    held = validation.held_result("batches-1", "events")
    assert held["success"] is False  # the report keeps the failing batch, not the last passing one
    assert any(r["result"].get("unexpected_count") for r in held["results"])
    assert _stored("batches-1") == 2  # the first batch and the failing one: passing later batches add no page

    index = validation.keep_results("batches-1", tmp_path / "reports")
    assert index is not None and index.exists()
    kept = json.loads((tmp_path / "reports" / "validation.json").read_text())
    assert kept["events"]["success"] is False
    assert _stored("batches-1") == 0


def test_a_later_batch_of_the_wrong_shape_still_stops_the_run():
    rows = load_rows("validation/events_pass.jsonl")
    validation.validate("events", events_frame(rows), run_name="batches-2")
    with pytest.raises(validation.TableValidationError, match="events"):
        validation.validate("events", events_frame(rows).drop(columns=["tags"]), run_name="batches-2")
    validation._HELD.pop("batches-2", None)


def test_a_result_without_a_run_is_not_kept_in_the_store():
    before = len(validation._context().validation_results_store.list_keys())
    validation.validate("events", events_frame(load_rows("validation/events_pass.jsonl")))
    assert len(validation._context().validation_results_store.list_keys()) == before
