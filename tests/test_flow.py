"""End to end: the real Prefect flow over a small fixture folder, published and queried in DuckDB."""
import shutil
from pathlib import Path

import duckdb
import pytest

from eventdesk import cli, publish, schema

pytestmark = pytest.mark.slow
FLOW_FIXTURES = Path(__file__).parent / "fixtures" / "flow"


@pytest.fixture
def data(tmp_path):
    return tmp_path / "data"


def test_flow_publishes_events_and_keeps_every_bad_input_as_a_reject(prefect_harness, data):
    from flows.pipeline import eventdesk_flow

    row = eventdesk_flow(sources=[str(FLOW_FIXTURES)], data_dir=str(data))
    assert row["status"] == "ok with rejects"
    curated = data / "curated"
    con = publish.connect(curated)
    try:
        rejects = con.sql("SELECT origin, reason FROM rejects").fetchall()
        assert any(o.endswith("articles.jsonl:4") for o, _ in rejects), rejects  # the broken JSONL line
        assert any("flow-3" in o or "articles.jsonl:3" in o for o, _ in rejects), rejects  # the empty article
        ids = con.sql("SELECT id FROM articles ORDER BY id").fetchall()
        assert [i for (i,) in ids if i.startswith("flow-")] == ["flow-1", "flow-2"]
        events = con.sql("SELECT event_id_cnty, event_type, country, article_ids FROM events").fetchall()
        assert {e[2] for e in events} >= {"Kenya"}
        assert not any("flow-2" in e[3] for e in events), "a budget speech is not an event"
        version = curated / "versions" / (curated / "CURRENT").read_text().strip()  # the documented read path
        via_glob = duckdb.sql(f"SELECT event_id_cnty FROM read_parquet('{version}/events/**/*.parquet') "
                              f"ORDER BY 1").fetchall()
        assert via_glob == con.sql("SELECT event_id_cnty FROM events ORDER BY 1").fetchall()
        mentions = con.sql("SELECT m.sentence, substr(a.text, m.start + 1, m.\"end\" - m.start) FROM event_mentions m "
                           "JOIN articles a ON a.id = m.article_id").fetchall()
        assert mentions and all(s == t for s, t in mentions), "mention offsets point at their sentence"
        runs = con.sql("SELECT status, events_published, rejects FROM runs").fetchall()
        assert runs == [("ok with rejects", len(events), runs[0][2])] and runs[0][2] >= 2
    finally:
        con.close()
    raw = list((data / "raw").rglob("*.jsonl.gz"))
    assert raw, "raw records are kept under data/raw/ingest_date=.../"


def test_a_table_level_failure_publishes_nothing_but_records_the_failed_run(prefect_harness, data, monkeypatch):
    from eventdesk import pipeline, validation
    from flows.pipeline import eventdesk_flow

    eventdesk_flow(sources=[str(FLOW_FIXTURES / "clash.txt")], data_dir=str(data))
    before = publish.read_table(data / "curated", "events")

    def broken(run, tables, articles, rejects):
        raise validation.TableValidationError("events: columns differ")

    monkeypatch.setattr(pipeline, "validate_events", broken)
    with pytest.raises(validation.TableValidationError):
        eventdesk_flow(sources=[str(FLOW_FIXTURES)], data_dir=str(data))
    after = publish.read_table(data / "curated", "events")
    assert after.equals(before)
    runs = publish.read_table(data / "curated", "runs")
    assert list(runs["status"]) == ["ok", "failed"]
    assert "columns differ" in runs["error"].iloc[1]


def test_cli_run_export_query(prefect_harness, data, tmp_path, capsys):
    code = cli.main(["run", str(FLOW_FIXTURES), "--data-dir", str(data)])
    assert code == cli.EXIT_REJECTS
    out = tmp_path / "events.csv"
    assert cli.main(["export", "--data-dir", str(data), "--output", str(out)]) == 0
    header = out.read_text().splitlines()[0].split(",")
    assert header == schema.table("events").names
    assert cli.main(["query", "--data-dir", str(data), "--format", "csv", "SELECT count(*) AS n FROM articles"]) == 0
    assert capsys.readouterr().out.strip().splitlines()[-1].isdigit()
    clean = tmp_path / "clean"
    shutil.copy(FLOW_FIXTURES / "clash.txt", tmp_path / "clash.txt")
    assert cli.main(["run", str(tmp_path / "clash.txt"), "--data-dir", str(clean)]) in (cli.EXIT_OK, cli.EXIT_REJECTS)


def test_nightly_deployment_has_a_cron_schedule():
    from flows.pipeline import eventdesk_flow

    dep = eventdesk_flow.to_deployment(name="nightly", cron="0 2 * * *", parameters={"sources": ["feeds.txt"]})
    assert dep.schedules[0].schedule.cron == "0 2 * * *"
    assert dep.parameters == {"sources": ["feeds.txt"]}


def test_evaluate_scores_a_hand_coded_sample(prefect_harness, tmp_path):
    from eventdesk.evaluate import evaluate
    from flows.pipeline import eventdesk_flow

    jsonl = tmp_path / "one.jsonl"
    jsonl.write_text((FLOW_FIXTURES / "articles.jsonl").read_text().splitlines()[0] + "\n")
    out = evaluate(FLOW_FIXTURES / "gold.csv", [str(jsonl)], run=eventdesk_flow, out=str(tmp_path / "cmp.csv"))
    lines = {ln.split()[0]: ln.split()[1:] for ln in out.splitlines()[1:]}
    assert lines["gold_events"] == ["1"] and lines["detected"] == ["1.0"]
    assert lines["sub_event_type"] == ["1.0"] and lines["event_date"] == ["1.0"]
    assert (tmp_path / "cmp.csv").read_text().startswith("article_id,detected,hit")
