import pytest
from conftest import events_frame, load_rows

from eventdesk import validation


def test_passing_fixture_passes_every_expectation():
    rows = load_rows("validation/events_pass.jsonl")
    out = validation.validate("events", events_frame(rows))
    assert out.rejects == []
    assert len(out.passed) == len(rows)


def test_failing_fixture_rejects_each_row_with_the_expectation_and_value():
    good = load_rows("validation/events_pass.jsonl")
    bad = load_rows("validation/events_fail.jsonl")
    out = validation.validate("events", events_frame(good + bad))
    assert list(out.passed["event_id_cnty"]) == [r["event_id_cnty"] for r in good]
    by_row = {}
    for r in out.rejects:
        by_row.setdefault(r.origin, []).append(r.reason)
        assert r.stage == "validate" and r.table == "events"
    for row in bad:
        assert row["_fails"] in by_row[row["event_id_cnty"]], (row["event_id_cnty"], by_row.get(row["event_id_cnty"]))
    lat = next(r for r in out.rejects if r.origin == "KEN100005" and "latitude" in r.reason)
    assert lat.value == "136.8"


def test_table_level_failure_stops_instead_of_rejecting_rows():
    df = events_frame(load_rows("validation/events_pass.jsonl")).drop(columns=["tags"])
    with pytest.raises(validation.TableValidationError, match="events"):
        validation.validate("events", df)


def test_empty_table_passes():
    from eventdesk import schema

    out = validation.validate("events", schema.table("events").empty())
    assert out.rejects == [] and len(out.passed) == 0


@pytest.mark.parametrize("run_name", ["20261207T111644Z-91a11a", "20261207T111644Z-000000"])
def test_a_run_name_dateutil_misreads_as_a_utc_offset_validates(run_name):
    # "-91a11a" reads to dateutil as a UTC offset of 91 hours; GX parsed the run's time from its name and failed
    rows = load_rows("validation/events_pass.jsonl")
    for _ in range(2):  # the first batch in full, a later one with the quick check
        out = validation.validate("events", events_frame(rows), run_name=run_name)
        assert out.rejects == [] and len(out.passed) == len(rows)



def test_the_pair_check_answers_row_by_row_as_gx_own_loop():
    # a known pair, an unknown one, a missing value on each side: the same answers as GX's iterrows loop
    import inspect

    import pandas as pd
    from great_expectations.execution_engine import PandasExecutionEngine
    from great_expectations.expectations.metrics.column_pair_map_metrics.column_pair_values_in_set import (
        ColumnPairValuesInSet)
    from great_expectations.expectations.registry import get_metric_provider

    validation._context()
    _, ours = get_metric_provider("column_pair_values.in_set.condition", PandasExecutionEngine())
    assert "validation" in ours.__qualname__ or "vectorised" in ours.__qualname__
    a = pd.Series(["Riots", "Protests", None, "Riots", pd.NA], index=[3, 4, 5, 6, 7], dtype=object)
    b = pd.Series(["Mob violence", "Mob violence", "Mob violence", float("nan"), "Looting"], index=[3, 4, 5, 6, 7],
                  dtype=object)
    pairs = [("Riots", "Mob violence"), (None, "Mob violence"), (None, "Looting")]
    got = inspect.unwrap(ours)(None, a, b, value_pairs_set=pairs)
    assert list(got) == [True, False, True, False, True] and list(got.index) == [3, 4, 5, 6, 7]
    assert got.equals(inspect.unwrap(ColumnPairValuesInSet._pandas)(None, a, b, value_pairs_set=pairs))
    # and a whole table passes or fails through it as before
    assert validation.validate("events", events_frame(load_rows("validation/events_pass.jsonl"))).rejects == []
