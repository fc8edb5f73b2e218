"""The versioned store: atomic commits under readers and SIGKILL, time travel, re-used files, dead runs recorded.

Commits are driven through the plain core (publish.publish) with small invented frames; processes are real
and killed for real. A commit pauses at a named step when EVENTDESK_PAUSE_AT names it (store.pause).
"""
from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from eventdesk import pipeline, publish, schema, store

TESTS = Path(__file__).parent


def synthetic(first: int, n: int, *, day: dt.date = dt.date(2024, 5, 6), mentions: int = 2) -> dict[str, pd.DataFrame]:
    """n invented events (ids KEN<first>.. ), each from its own article, with `mentions` sentences apiece."""
    events, ments, arts = [], [], []
    for i in range(first, first + n):
        aid = f"art-{i}"
        sentence = f"Invented sentence number {i} about a march of nurses."
        events.append({"event_id_cnty": f"KEN{i}", "event_date": day, "year": day.year, "time_precision": 1,
                       "disorder_type": "Demonstrations", "event_type": "Protests", "sub_event_type": "Peaceful protest",
                       "actor1": "Protesters (Kenya)", "inter1": "Protesters", "interaction": "Protesters only",
                       "iso": 404, "region": "Eastern Africa", "country": "Kenya", "admin1": "Nairobi",
                       "location": "Nairobi", "latitude": -1.28, "longitude": 36.82, "geo_precision": 1,
                       "source": "Invented Daily", "source_scale": "National", "notes": sentence, "fatalities": 0,
                       "tags": "crowd size=no report", "timestamp": 1715000000 + i, "tactics": ["march"],
                       "state_response": [], "article_ids": [aid], "source_urls": [], "n_sources": 1, "evidence": sentence,
                       "confidence": 0.5, "coder_version": "test"})
        for k in range(mentions):
            ments.append({"event_id_cnty": f"KEN{i}", "article_id": aid, "sentence_index": k, "start": 0,
                          "end": len(sentence), "sentence": sentence})
        arts.append({"id": aid, "origin": f"invented.jsonl:{i}", "content_hash": f"{i:064x}",
                     "ingested_at": dt.datetime(2024, 5, 7, tzinfo=dt.timezone.utc), "language": "en",
                     "title": None, "text": sentence, "published_at": day, "source": "Invented Daily",
                     "url": None, "run_id": "synthetic"})
    return {"events": schema.table("events").to_arrow(events).to_pandas(),
            "event_mentions": schema.table("event_mentions").to_arrow(ments).to_pandas(),
            "articles": schema.table("articles").to_arrow(arts).to_pandas()}


def commit(curated: Path, first: int, n: int, run_id: str, **kw) -> dict[str, int]:
    new = synthetic(first, n, **kw)
    return publish.publish(curated, new, recoded_articles=set(new["articles"]["id"]), run_id=run_id)


def via_catalog(curated: Path) -> tuple[int, int]:
    con = duckdb.connect(str(curated / store.CATALOG), read_only=True)
    try:
        return con.sql("SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM event_mentions)").fetchall()[0]
    finally:
        con.close()


def via_path(curated: Path) -> tuple[int, int]:
    """The documented read path: CURRENT names the version folder, read with read_parquet."""
    v = curated / "versions" / (curated / "CURRENT").read_text().strip()
    return duckdb.sql(f"SELECT (SELECT count(*) FROM read_parquet('{v}/events/**/*.parquet')), "
                      f"(SELECT count(*) FROM read_parquet('{v}/event_mentions/**/*.parquet'))").fetchall()[0]


def leftovers(curated: Path) -> list[str]:
    top = int((curated / "CURRENT").read_text().strip()[1:])
    bad = [p.name for p in curated.iterdir() if p.name.startswith((".staging-", f".{store.CATALOG}.tmp", ".CURRENT.tmp"))]
    bad += [p.name for p in (curated / "versions").iterdir() if int(p.name[1:]) > top]
    return bad


def test_a_night_reuses_unchanged_files_and_writes_only_what_changed(tmp_path):
    commit(tmp_path, 0, 300, "r1")
    v1 = store.current(tmp_path)
    commit(tmp_path, 300, 3, "r2")
    v2 = store.current(tmp_path)
    assert (v2.rows("events"), v2.rows("event_mentions"), v2.rows("articles")) == (303, 606, 303)
    old = {f["path"] for f in v1.files("events")}
    kept = [f for f in v2.files("events") if f["path"] in old]
    assert kept and all(os.path.samefile(v1.path / f["path"], v2.path / f["path"]) for f in kept)
    for t in ("articles", "rejects", "runs"):  # appends are new files next to the old ones, not rewrites
        assert {f["path"] for f in v1.files(t) if f["rows"]} <= {f["path"] for f in v2.files(t)}
    written = {t: sum(f["rows"] for f in v2.files(t) if not (v1.path / f["path"]).exists()) for t in schema.TABLES}
    assert written == dict.fromkeys(schema.TABLES, 0) | {"events": 3, "event_mentions": 6, "articles": 3}

    # re-coding one article replaces its event and only the file that held it is rewritten
    recoded = synthetic(5, 1)
    recoded["events"]["fatalities"] = 2
    publish.publish(tmp_path, recoded, recoded_articles={"art-5"}, run_id="r3")
    v3 = store.current(tmp_path)
    ev = publish.read_table(tmp_path, "events")
    assert len(ev) == 303 and ev.loc[ev["article_ids"].map(lambda a: list(a) == ["art-5"]), "fatalities"].tolist() == [2]
    assert len(publish.read_table(tmp_path, "articles")) == 303


def test_as_of_returns_the_earlier_version(tmp_path, capsys):
    from eventdesk import cli

    curated = tmp_path / "curated"
    commit(curated, 0, 2, "run-one")
    first = store.current(curated)
    commit(curated, 2, 3, "run-two")
    assert len(publish.read_table(curated, "events")) == 5
    assert len(publish.read_table(curated, "events", as_of="run-one")) == 2
    assert len(publish.read_table(curated, "events", as_of=first.name)) == 2
    assert len(publish.read_table(curated, "events", as_of=dt.date.today().isoformat())) == 5
    assert len(publish.read_table(curated, "events", as_of=first.manifest["committed_at"])) == 2
    with pytest.raises(FileNotFoundError, match="oldest kept version"):
        publish.read_table(curated, "events", as_of="2001-01-01")
    assert cli.main(["query", "--data-dir", str(tmp_path), "--format", "csv", "--as-of", "run-one",
                     "SELECT count(*) AS n FROM events"]) == 0
    assert capsys.readouterr().out.split() == ["n", "2"]
    out = tmp_path / "old.csv"
    assert cli.main(["export", "--data-dir", str(tmp_path), "--output", str(out), "--as-of", "run-one"]) == 0
    assert len(out.read_text().splitlines()) == 3


def test_only_the_last_k_versions_are_kept(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTDESK_KEEP_VERSIONS", "3")
    for i in range(5):
        commit(tmp_path, i * 10, 10, f"r{i}")
    assert [v.run_id for v in store.history(tmp_path)] == ["r2", "r3", "r4"]
    assert sorted(p.name for p in (tmp_path / "versions").iterdir()) == ["v000003", "v000004", "v000005"]
    assert len(publish.read_table(tmp_path, "events")) == 50  # pruning unlinks, the kept versions' files stay


def test_a_reader_holding_the_catalog_open_neither_blocks_nor_sees_a_torn_commit(tmp_path):
    commit(tmp_path, 0, 4, "r1")
    held = duckdb.connect(str(tmp_path / store.CATALOG), read_only=True)
    try:
        counts = commit(tmp_path, 4, 2, "r2")  # does not fail while the catalog is open
        assert counts["events"] == 6
        # the open catalog keeps reading the version it was opened on, whole
        assert held.sql("SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM event_mentions)").fetchall()[0] == (4, 8)
    finally:
        held.close()
    assert via_catalog(tmp_path) == via_path(tmp_path) == (6, 12)


def test_a_copied_data_folder_opens_through_its_catalog(tmp_path):
    commit(tmp_path / "data" / "curated", 0, 3, "r1")
    copy = tmp_path / "elsewhere" / "moved"
    shutil.copytree(tmp_path / "data", copy)
    shutil.rmtree(tmp_path / "data")
    sql = "SELECT count(*) FROM events JOIN event_mentions USING (event_id_cnty) JOIN articles a ON a.id = article_id"
    # from another working directory, with the plain duckdb Python API
    code = f"import duckdb; print(duckdb.connect('moved/curated/catalog.duckdb', read_only=True).sql({sql!r}).fetchall()[0][0])"
    out = subprocess.run([sys.executable, "-c", code], cwd=copy.parent, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "6"
    cli_bin = shutil.which("duckdb", path=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    if cli_bin:  # the duckdb CLI (pip install duckdb-cli), an older DuckDB than the library's
        out = subprocess.run([cli_bin, "-readonly", "-csv", "-noheader", "moved/curated/catalog.duckdb", "-c", sql],
                             cwd=copy.parent, capture_output=True, text=True, check=True)
        assert out.stdout.strip() == "6"
    assert len(publish.read_table(copy / "curated", "events")) == 3


@pytest.mark.slow  # Great Expectations' first start
def test_an_event_does_not_outlive_its_rejected_article(tmp_path):
    run = pipeline.new_run([], tmp_path)
    tables = synthetic(0, 2)
    tables["articles"].loc[tables["articles"]["id"] == "art-1", "language"] = "e" * 500
    tables["rejects"] = schema.table("rejects").empty()
    out = pipeline.validate(run, tables)
    assert list(out.tables["articles"]["id"]) == ["art-0"]
    assert list(out.tables["events"]["event_id_cnty"]) == ["KEN0"]
    assert set(out.tables["event_mentions"]["article_id"]) == {"art-0"}
    why = {(r.table, r.value): r.reason for r in out.rejects}
    assert "its article was rejected: art-1" == why[("events", "KEN1")]
    assert why[("event_mentions", "KEN1")] == "its event was rejected"


# --- processes killed for real ------------------------------------------------------------------

def _start(code: str, env: dict) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", code], env={**os.environ, **env}, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _wait_paused(ready: Path, proc, what: str, timeout: float = 120) -> None:
    """Until the child wrote its ready file at its pause point (it then waits to be killed)."""
    deadline = time.monotonic() + timeout
    while not ready.exists():
        assert proc.is_alive(), f"{what}: the child ended ({proc.exitcode}) before pausing"
        assert time.monotonic() < deadline, f"{what}: never paused"
        time.sleep(0.02)


def _commit_paused(curated: str, first: int, n: int, run_id: str, step: str, ready: str) -> None:
    """A child process's commit that pauses at `step` (started by a fork server with the imports done)."""
    os.environ.update(EVENTDESK_PAUSE_AT=step, EVENTDESK_PAUSE_READY=ready)
    commit(Path(curated), first, n, run_id)


@pytest.fixture(scope="module")
def forkserver():
    """Children forked from a server that has imported pandas, pyarrow, DuckDB and eventdesk once: a killed
    commit per step costs a fork, not an interpreter start."""
    import multiprocessing

    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["eventdesk.publish", "test_store"])
    return ctx


@pytest.mark.slow
@pytest.mark.parametrize("step", store.COMMIT_STEPS)
def test_a_commit_killed_at_any_step_leaves_a_whole_version_and_the_next_run_commits(tmp_path, step, forkserver):
    curated = tmp_path / "curated"
    commit(curated, 0, 5, "before")
    ready = tmp_path / "paused"
    proc = forkserver.Process(target=_commit_paused, args=(str(curated), 100, 3, "killed", step, str(ready)))
    proc.start()
    _wait_paused(ready, proc, step)
    os.kill(proc.pid, signal.SIGKILL)
    proc.join()
    old, new = (5, 10), (8, 16)
    seen = {via_catalog(curated), via_path(curated), tuple(len(publish.read_table(curated, t))
                                                           for t in ("events", "event_mentions"))}
    committed = store.COMMIT_STEPS.index(step) >= store.COMMIT_STEPS.index("pointer-swapped")
    assert seen <= {old, new}
    if not committed:
        assert seen == {old}, f"killed at {step}: the previous version must be what readers see"
    killed = store.current(curated)
    commit(curated, 200, 1, "next")
    assert via_catalog(curated) == via_path(curated) == ((9, 18) if committed else (6, 12))
    # files another process wrote are re-used as they are (nothing in a file's identity is per-process)
    assert {f["path"] for f in killed.files("events")} <= {f["path"] for f in store.current(curated).files("events")}
    assert leftovers(curated) == []
    assert store.current(curated).run_id == "next"


@pytest.mark.slow
def test_a_concurrent_reader_sees_one_whole_version_at_every_query(tmp_path):
    curated = tmp_path / "curated"
    commit(curated, 0, 1, "r0", mentions=1)
    log, stop = tmp_path / "seen.jsonl", tmp_path / "stop"
    reader = f"""
import json, sys, duckdb
sys.path.insert(0, {str(TESTS)!r})
from pathlib import Path
from test_store import via_catalog, via_path
from eventdesk import publish
curated, stop = Path({str(curated)!r}), Path({str(stop)!r})
with open({str(log)!r}, "w") as out:
    while not stop.exists():
        for how, read in (("catalog", via_catalog), ("path", via_path),
                          ("eventdesk", lambda c: publish.connect(c).sql(
                              "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM event_mentions)").fetchall()[0])):
            try:
                out.write(json.dumps([how, list(read(curated))]) + "\\n")
            except Exception as exc:
                out.write(json.dumps([how, repr(exc)]) + "\\n")
            out.flush()
"""
    proc = _start(reader, {})
    try:
        while not log.exists() or log.stat().st_size == 0:
            assert proc.poll() is None, proc.stderr.read()
            time.sleep(0.05)
        events, mentions = 1, 1
        versions = {(events, mentions)}
        for i in range(1, 11):  # commit i adds i events with i+1 mentions each: every version's pair is its own
            commit(curated, events, i, f"r{i}", mentions=i + 1)
            events, mentions = events + i, mentions + i * (i + 1)
            versions.add((events, mentions))
    finally:
        stop.touch()
        proc.wait(timeout=60)
    seen = [json.loads(line) for line in log.read_text().splitlines()]
    errors = [s for s in seen if not isinstance(s[1], list)]
    assert not errors, errors[:5]
    assert {tuple(s[1]) for s in seen} <= versions
    assert len({tuple(s[1]) for s in seen}) > 1, "the reader saw only one version: it did not overlap the commits"


def _dying_run(data: str, run_id: str, ready: str) -> None:
    """A run that starts, half-writes its raw file, and waits to be killed."""
    os.environ.update(EVENTDESK_PAUSE_AT="ingesting", EVENTDESK_PAUSE_READY=ready)
    run = pipeline.new_run(["feed.jsonl"], data)
    run.run_id = run_id
    pipeline.begin_run(run)
    raw = run.data_dir / "raw" / "ingest_date=2024-05-07"
    raw.mkdir(parents=True, exist_ok=True)
    (raw / f".{run_id}.jsonl.gz.tmp").write_bytes(b"half a raw file")
    store.pause("ingesting")


@pytest.mark.slow
def test_a_killed_run_is_recorded_by_the_next_and_its_leftovers_cleaned(tmp_path, forkserver):
    data = tmp_path / "data"
    curated = data / "curated"
    commit(curated, 0, 2, "first")
    procs = {}
    for run_id in ("killed-run", "live-run"):
        procs[run_id] = forkserver.Process(target=_dying_run, args=(str(data), run_id, str(tmp_path / run_id)))
        procs[run_id].start()
    try:
        for run_id, proc in procs.items():
            _wait_paused(tmp_path / run_id, proc, run_id)
        os.kill(procs["killed-run"].pid, signal.SIGKILL)
        procs["killed-run"].join()
        # what a writer killed mid-commit leaves: a staging folder, an uncommitted version, temp files
        (curated / ".staging-999-gone").mkdir()
        (curated / "versions" / "v000099").mkdir()
        (curated / f".{store.CATALOG}.tmp-999").write_bytes(b"")
        run = pipeline.new_run(["next.jsonl"], data)
        pipeline.begin_run(run)
        raw = sorted(p.name for p in (data / "raw" / "ingest_date=2024-05-07").iterdir())
        assert raw == [".live-run.jsonl.gz.tmp"], "the dead run's half-written raw file goes, the live run's stays"
        assert leftovers(curated) == []
        pipeline.record_run(run, status="ok", counts={})
        runs = publish.read_table(curated, "runs").set_index("run_id")
        assert runs.loc["killed-run", "status"] == "failed"
        assert "killed or crashed" in runs.loc["killed-run", "error"] and run.run_id in runs.loc["killed-run", "error"]
        assert runs.loc[run.run_id, "status"] == "ok"
        assert "live-run" not in runs.index, "a run still going is not a dead one"
        assert sorted(p.name for p in (curated / store.RUNNING).iterdir()) == ["live-run.json"]
        # recorded once: the run after does not record it again
        run2 = pipeline.new_run([], data)
        pipeline.begin_run(run2)
        pipeline.record_run(run2, status="ok", counts={})
        assert list(publish.read_table(curated, "runs")["run_id"]).count("killed-run") == 1
    finally:
        for proc in procs.values():
            if proc.is_alive():
                proc.kill()
            proc.join()


@pytest.mark.slow
def test_a_run_under_a_reader_holding_the_catalog_succeeds_and_says_so(prefect_harness, tmp_path):
    """End to end through the Prefect flow: the reader does not make the run fail or lie, and the event of an
    article rejected at validation is not published without it."""
    from flows.pipeline import eventdesk_flow

    data = tmp_path / "data"
    first = tmp_path / "first.jsonl"
    text = ("Hundreds of nurses marched through central Nairobi on Monday to demand unpaid allowances, "
            "chanting outside the county offices. Police watched but did not intervene.")
    first.write_text(json.dumps({"id": "n-1", "text": text, "published_at": "2024-05-07", "source": "Invented Daily",
                                 "language": "en"}) + "\n")
    assert eventdesk_flow(sources=[str(first)], data_dir=str(data))["status"] == "ok"
    curated = data / "curated"
    second = tmp_path / "second.jsonl"
    second.write_text(json.dumps({"id": "n-2", "text": text.replace("Nairobi", "Kisumu").replace("nurses", "teachers"),
                                  "published_at": "2024-05-08", "source": "Invented Daily", "language": "e" * 500})
                      + "\n")
    held = duckdb.connect(str(curated / store.CATALOG), read_only=True)
    try:
        before = held.sql("SELECT count(*) FROM events").fetchall()[0][0]
        row = eventdesk_flow(sources=[str(second)], data_dir=str(data))
        assert row["status"] == "ok with rejects"
        assert held.sql("SELECT count(*) FROM events").fetchall()[0][0] == before
    finally:
        held.close()
    con = duckdb.connect(str(curated / store.CATALOG), read_only=True)
    try:
        assert con.sql("SELECT run_id, status FROM runs ORDER BY started_at").fetchall()[-1] == (row["run_id"], row["status"])
        assert con.sql("SELECT count(*) FROM events WHERE list_contains(article_ids, 'n-2')").fetchall()[0][0] == 0
        orphans = con.sql("SELECT count(*) FROM events e, unnest(e.article_ids) AS u(aid) "
                          "WHERE aid NOT IN (SELECT id FROM articles)").fetchall()[0][0]
        assert orphans == 0
        assert con.sql("SELECT count(*) FROM rejects WHERE reason LIKE 'its article was rejected%'").fetchall()[0][0] >= 1
        assert con.sql("SELECT count(*) FROM events").fetchall()[0][0] == before
    finally:
        con.close()
    assert not list(curated.glob(".staging-*")) and not list((curated / store.RUNNING).iterdir())


def test_files_from_before_a_column_was_declared_still_read(tmp_path, monkeypatch):
    """A version written before a schema change reads (and is carried into the next version) with the new
    column null, instead of failing on every file of the dataset."""
    commit(tmp_path, 0, 3, "old-schema")
    t = schema.table("events")
    extra = schema.Column(name="added_later", type="int32", description="a column declared after the data",
                          nullable=False)
    monkeypatch.setattr(schema, "table", lambda name, real=schema.table: schema.Table(
        **{**real(name).__dict__, "columns": real(name).columns + (extra,)}) if name == "events" else real(name))
    old = publish.read_table(tmp_path, "events")
    assert len(old) == 3 and old["added_later"].isna().all()
    assert con_count(tmp_path) == 3
    assert t.names + ["added_later"] == schema.table("events").names


def con_count(curated: Path) -> int:
    con = publish.connect(curated)
    try:
        return con.sql("SELECT count(*) FROM events WHERE added_later IS NULL").fetchall()[0][0]
    finally:
        con.close()


def test_a_filtered_read_keeps_the_rows_it_asks_for_across_files_and_batches(tmp_path, monkeypatch):
    import pyarrow as pa
    import pyarrow.compute as pc

    curated = tmp_path / "curated"
    commit(curated, 0, 40, "run-may", day=dt.date(2024, 5, 6))
    commit(curated, 100, 40, "run-june", day=dt.date(2024, 6, 3))
    monkeypatch.setattr(store, "_FILTER_BATCH", 7)  # several record batches per file
    snap = store.resolve(curated)
    assert len(snap.files("events")) >= 2
    wanted = {"art-3", "art-39", "art-100", "art-131"}  # publish numbers the event ids itself: select by article
    got = snap.read("events", where=lambda t: pc.is_in(pc.list_element(t["article_ids"], 0),
                                                        value_set=pa.array(sorted(wanted))))
    assert {ids[0] for ids in got["article_ids"]} == wanted
    assert list(got.columns) == schema.table("events").names
    assert len(snap.read("events", where=lambda t: pc.equal(t["country"], "Chad"))) == 0
    assert len(snap.read("events")) == 80
