"""The re-coding window: which stored raw articles a night or a backfill codes again, read back from data/raw."""
import argparse
import datetime as dt

import pytest

from eventdesk import cli, pipeline
from eventdesk.raw import ingested_at, store_raw
from eventdesk.sources import RawRecord


def record(aid, text):
    return RawRecord(origin=f"feed.jsonl:{aid}", kind="jsonl", payload="{}",
                     fields={"id": aid, "text": text, "published_at": "2025-03-04", "source": "Steppe Herald"})


def stored_on(data, day, run_suffix, *records):
    at = dt.datetime(day.year, day.month, day.day, 3, 0, tzinfo=dt.timezone.utc)
    return store_raw(list(records), data, f"{at:%Y%m%dT%H%M%SZ}-{run_suffix}", at)


def test_a_night_codes_again_the_last_days_newest_copy_first_and_leaves_older_days(tmp_path):
    today = dt.datetime.now(dt.timezone.utc).date()
    stored_on(tmp_path, today - dt.timedelta(days=30), "aaaaaa", record("old", "Miners marched in Temirtau."))
    stored_on(tmp_path, today - dt.timedelta(days=3), "bbbbbb", record("a", "Nurses marched in Karaganda."),
              record("b", "Teachers rallied in Almaty."))
    stored_on(tmp_path, today - dt.timedelta(days=1), "cccccc", record("a", "Nurses marched in Karaganda on Monday."))
    run = pipeline.new_run([], tmp_path, recode_days=7)
    got = {a.id: a for a in pipeline.stored_articles(run, skip={"b"})}
    assert set(got) == {"a"}  # "old" is outside the window, "b" is read afresh by this run
    assert got["a"].text.endswith("on Monday.")  # the newest stored copy
    assert got["a"].ingested_at.date() == today - dt.timedelta(days=1)  # when it was first ingested, not now
    assert pipeline.stored_articles(pipeline.new_run([], tmp_path)) == []  # no window, nothing re-read


def test_a_backfill_reads_exactly_its_days(tmp_path):
    day = dt.date(2025, 3, 4)
    stored_on(tmp_path, day, "aaaaaa", record("in", "Nurses marched in Karaganda."))
    stored_on(tmp_path, day + dt.timedelta(days=1), "bbbbbb", record("after", "Teachers rallied in Almaty."))
    run = pipeline.new_run([], tmp_path, recode_since=day, recode_until=day)
    assert [a.id for a in pipeline.stored_articles(run)] == ["in"]


def test_ingest_time_falls_back_to_the_day_of_a_file_not_named_by_a_run(tmp_path):
    path = tmp_path / "raw" / "ingest_date=2025-03-04" / "imported.jsonl.gz"
    assert ingested_at(path) == dt.datetime(2025, 3, 4, tzinfo=dt.timezone.utc)


def test_deleted_takes_unix_or_iso_times_and_needs_a_dataset(tmp_path, capsys):
    assert cli._unix("1741000000") == 1741000000
    assert cli._unix("2025-03-04") == int(dt.datetime(2025, 3, 4, tzinfo=dt.timezone.utc).timestamp())
    with pytest.raises(argparse.ArgumentTypeError):
        cli._unix("last week")
    assert cli.main(["deleted", "--data-dir", str(tmp_path), "--since", "0"]) == cli.EXIT_FAILED
    assert "eventdesk run" in capsys.readouterr().err
