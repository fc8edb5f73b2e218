"""The terminal: `run --json` and `--quiet` for scripts, `status`, progress lines, one-line errors."""
from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from eventdesk import cli, pipeline

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "raw" / "samples"


@pytest.fixture
def restore_terminal(monkeypatch):
    """`--quiet` turns process-wide knobs down, as a command should; put them back for the other tests."""
    monkeypatch.delenv("EVENTDESK_QUIET", raising=False)
    monkeypatch.setenv("PREFECT_LOGGING_LEVEL", "WARNING")
    monkeypatch.setattr(pipeline.Progress, "enabled", True)
    levels = {name: logging.getLogger(name).level for name in ("", "eventdesk")}
    yield
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)


@pytest.mark.slow
def test_run_json_then_quiet_then_status(prefect_harness, tmp_path, capfd, restore_terminal):
    data = tmp_path / "data"
    sources = [str(SAMPLES / "conakry-riot.txt"), str(SAMPLES / "broken")]  # one riot, one broken line: kept small
    assert cli.main(["run", *sources, "--data-dir", str(data), "--json"]) == cli.EXIT_REJECTS
    out = capfd.readouterr().out
    row = json.loads(out)  # stdout is one JSON object and nothing else
    assert row["status"] == "ok with rejects" and row["events_published"] == 1 and row["rejects"] == 1
    assert row["started_at"] < row["finished_at"] and row["sources"] == sources
    assert row["report"] and Path(row["report"]).exists() and row["run_id"] in row["report"]

    assert cli.main(["run", *sources, "--data-dir", str(data), "--quiet"]) == cli.EXIT_REJECTS
    quiet = capfd.readouterr()
    assert quiet.out == "" and quiet.err == "", quiet

    assert cli.main(["status", "--data-dir", str(data)]) == cli.EXIT_OK
    status = capfd.readouterr().out
    lines = status.splitlines()
    runs = [ln.split()[0] for ln in lines if ln[:8].isdigit()]
    assert len(runs) == 2 and runs[1] == row["run_id"], "newest first"
    assert f"report: {row['report']}" in status
    first = next(ln for ln in lines if ln.startswith(row["run_id"]))
    assert "ok with rejects" in first and f"{row['events_published']}/{row['events_extracted']}" in first

    assert cli.main(["status", "--data-dir", str(data), "--json", "--limit", "1"]) == cli.EXIT_OK
    listed = json.loads(capfd.readouterr().out)
    assert len(listed) == 1 and listed[0]["run_id"] == runs[0] and listed[0]["report"].endswith(f"{runs[0]}.html")


def test_status_and_report_before_any_run_say_what_to_do(tmp_path, capsys):
    assert cli.main(["status", "--data-dir", str(tmp_path)]) == cli.EXIT_OK
    assert "eventdesk run" in capsys.readouterr().out
    assert cli.main(["status", "--data-dir", str(tmp_path), "--json"]) == cli.EXIT_OK
    assert json.loads(capsys.readouterr().out) == []
    assert cli.main(["report", "--data-dir", str(tmp_path)]) == cli.EXIT_FAILED
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "runs" in err and "eventdesk run" in err


def test_bad_sql_is_one_line_naming_the_tables(tmp_path, capsys):
    pipeline.record_run(pipeline.new_run(["x.jsonl"], tmp_path), status="ok", counts={})  # a dataset, empty
    assert cli.main(["query", "--data-dir", str(tmp_path), "SELEKT 1"]) == cli.EXIT_FAILED
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "SELEKT" in err and "events, articles" in err


def test_an_unwritable_report_folder_is_one_line_naming_it(tmp_path, capsys):
    data = tmp_path / "data"
    run = pipeline.new_run(["x.jsonl"], data)
    pipeline.record_run(run, status="ok", counts={})
    (run.curated / "reports").write_text("a file where the reports folder should be")
    assert cli.main(["report", "--data-dir", str(data)]) == cli.EXIT_FAILED
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and str(run.curated / "reports") in err and "check that the path" in err


def test_progress_off_a_terminal_is_a_line_with_count_and_rate(capsys, monkeypatch):
    monkeypatch.setattr(pipeline.Progress, "enabled", True)
    p = pipeline.Progress("extract", total=40, every=0, unit="articles", after=0)
    for n in range(1, 41):
        p.tick(n, f"{n} events")
    p.close()
    err = capsys.readouterr().err.splitlines()
    assert err and err[-1].strip().startswith("extract: 40/40 articles, ")
    assert "/s" in err[-1] and "40 events" in err[-1]


def test_progress_is_silent_when_disabled_or_short(capsys, monkeypatch):
    monkeypatch.setattr(pipeline.Progress, "enabled", False)
    p = pipeline.Progress("ingest", every=0, after=0)
    p.tick(5)
    p.close()
    monkeypatch.setattr(pipeline.Progress, "enabled", True)
    short = pipeline.Progress("ingest", every=0, after=3600)
    short.tick(5)
    short.close()
    assert capsys.readouterr().err == ""
