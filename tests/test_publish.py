import datetime as dt

import duckdb
import pytest
from conftest import events_frame, load_rows

from eventdesk import publish, schema, store


def _tables(rows):
    ev = events_frame(rows)
    mentions = schema.table("event_mentions").to_arrow([
        {"event_id_cnty": r["event_id_cnty"], "article_id": r["article_ids"][0], "sentence_index": 0, "start": 0,
         "end": len(r["evidence"]), "sentence": r["evidence"]} for r in rows]).to_pandas()
    return {"events": ev, "event_mentions": mentions}


def test_publish_writes_partitioned_parquet_and_a_catalog_that_agree(tmp_path):
    rows = load_rows("validation/events_pass.jsonl")
    counts = publish.publish(tmp_path, _tables(rows), recoded_articles={"sample-1", "sample-2"}, run_id="r1")
    assert counts["events"] == 2
    version = tmp_path / "versions" / (tmp_path / "CURRENT").read_text().strip()
    assert sorted(p.name for p in (version / "events").iterdir()) == ["year=2024"]
    direct = duckdb.sql(f"SELECT event_id_cnty, year FROM read_parquet('{version}/events/**/*.parquet') "
                        f"ORDER BY 1").fetchall()
    con = publish.connect(tmp_path)
    via_catalog = con.sql("SELECT event_id_cnty, year FROM events ORDER BY 1").fetchall()
    cols = [d[0] for d in con.sql("SELECT * FROM events").description]
    con.close()
    assert direct == via_catalog == [("KEN1", 2024), ("SYR1", 2024)]  # ISO3 + sequence, whatever the coder's key
    assert cols == schema.table("events").names


def test_recoding_an_article_replaces_its_rows(tmp_path):
    rows = load_rows("validation/events_pass.jsonl")
    publish.publish(tmp_path, _tables(rows), recoded_articles={"sample-1", "sample-2"}, run_id="r1")
    recoded = dict(rows[0], event_id_cnty="KEN100099", fatalities=1)
    publish.publish(tmp_path, _tables([recoded]), recoded_articles={"sample-1"}, run_id="r2")
    ev = publish.read_table(tmp_path, "events")
    assert sorted(ev["event_id_cnty"]) == ["KEN1", "SYR1"]  # the re-coded event keeps its published id
    assert ev.set_index("event_id_cnty").loc["KEN1", "fatalities"] == 1
    m = publish.read_table(tmp_path, "event_mentions")
    assert sorted(m["event_id_cnty"]) == ["KEN1", "SYR1"]


def test_a_run_that_fails_while_writing_leaves_published_data_untouched(tmp_path, monkeypatch):
    rows = load_rows("validation/events_pass.jsonl")
    publish.publish(tmp_path, _tables(rows), recoded_articles={"sample-1", "sample-2"}, run_id="r1")
    before = publish.read_table(tmp_path, "events")
    real = store.Writer._write_rows

    def failing(self, stage, name, rows, fp):
        if name == "event_mentions":
            raise OSError("disk full")
        return real(self, stage, name, rows, fp)

    monkeypatch.setattr(store.Writer, "_write_rows", failing)
    with pytest.raises(OSError):
        publish.publish(tmp_path, _tables(rows[:1]), recoded_articles={"sample-1", "sample-2"}, run_id="r2")
    after = publish.read_table(tmp_path, "events")
    assert sorted(after["event_id_cnty"]) == sorted(before["event_id_cnty"])


def test_runs_are_appended_and_empty_tables_still_have_views(tmp_path):
    now = dt.datetime.now(dt.timezone.utc)
    for i in range(2):
        publish.append_run(tmp_path, {"run_id": f"r{i}", "started_at": now, "finished_at": now, "status": "failed",
                                      "sources": ["x"], "articles_read": 0, "articles_published": 0, "events_extracted": 0,
                                      "events_published": 0, "mentions_published": 0, "rejects": 0, "warnings": 0,
                                      "error": "boom", "versions": "{}"})
    con = publish.connect(tmp_path)
    assert con.sql("SELECT count(*) FROM runs").fetchall()[0][0] == 2
    assert con.sql("SELECT count(*) FROM events").fetchall()[0][0] == 0
    con.close()


def test_a_dataset_in_the_layout_before_versions_is_carried_into_the_first_version(tmp_path):
    import pyarrow as pa
    import pyarrow.dataset as ds

    rows = load_rows("validation/events_pass.jsonl")
    t = schema.table("events")
    # how earlier releases wrote events: hive folders, the partition column left out of the files
    ds.write_dataset(t.to_arrow(events_frame(rows)), tmp_path / "events", format="parquet",
                     partitioning=ds.partitioning(pa.schema([pa.field("year", pa.int32())]), flavor="hive"))
    (tmp_path / ".staging-old-run").mkdir()
    new = _tables([dict(rows[0], event_id_cnty="KEN100077", article_ids=["sample-9"])])
    publish.publish(tmp_path, new, recoded_articles={"sample-9"}, run_id="first-versioned")
    ev = publish.read_table(tmp_path, "events")
    # the old ids are kept; the new event (another article of the same outlet) takes Kenya's next number
    assert sorted(ev["event_id_cnty"]) == ["KEN100001", "KEN100002", "SYR200002"]
    assert set(ev["year"]) == {2024}
    assert not (tmp_path / "events").exists() and not (tmp_path / ".staging-old-run").exists()
