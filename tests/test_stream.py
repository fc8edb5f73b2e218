"""A streamed run holds one batch of articles at a time, never the corpus, writes the articles it validated a few
batches at a time (one Parquet row group each validation) and publishes exactly what a run over the whole list
publishes. The spool that holds those articles until the commit survives a concurrent clean-up and goes when its
process dies."""
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from eventdesk import pipeline, publish, schema, store

from test_batches import write_corpus

# columns that differ between two runs of the same input by design
RUN_DEPENDENT = {"run_id", "ingested_at", "timestamp", "rejected_at"}
KEYS = {"articles": ["id"], "events": ["event_id_cnty"], "event_mentions": ["event_id_cnty", "sentence_index"]}


def published(curated: Path) -> dict[str, pd.DataFrame]:
    out = {}
    for name, key in KEYS.items():
        df = publish.read_table(curated, name)
        out[name] = df[[c for c in df.columns if c not in RUN_DEPENDENT]].sort_values(key).reset_index(drop=True)
    return out


def whole_list_run(corpus: Path, data: Path) -> None:
    """The run as it was before streaming: every article in one list, then each stage over all of them."""
    run = pipeline.new_run([str(corpus)], data)
    pipeline.begin_run(run)
    ing = pipeline.ingest(run)
    ex = pipeline.extract(ing.articles, run.data_dir, workers=1, batch_size=10_000)
    val = pipeline.validate(run, pipeline.frames(run, ing.articles, ex, ing.rejects + ex.rejects))
    pipeline.publish(run, val, ing.articles)
    pipeline.record_run(run, status="ok", counts={})


def test_a_streamed_run_holds_one_batch_and_publishes_what_the_whole_list_does(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "VALIDATE_ROWS", 4)  # articles validated and spooled a batch at a time here
    corpus = tmp_path / "a.jsonl"
    write_corpus(corpus, 10)  # 11 articles; the last is a copy of the first, whose sources join its events
    with open(corpus, "a") as f:  # and one the articles suite rejects (a language that is no ISO code)
        f.write('{"id": "b-bad", "text": "Dockers marched in Mombasa on Friday over late pay.", '
                '"published_at": "2024-03-02", "language": "english!"}\n')
    whole_list_run(corpus, tmp_path / "whole")

    run = pipeline.new_run([str(corpus)], tmp_path / "streamed")
    pipeline.begin_run(run)
    s = pipeline.stream(run, workers=1, batch_size=4)
    assert (s.articles_read, s.batches) == (12, 3)
    assert s.held_peak <= 4, "one batch at a time: the corpus is never held"
    assert any(r.table == "articles" and r.stage == "validate" for r in s.validated.rejects), \
        "the bad article should fail the articles suite, or the per-batch validation is not exercised"
    files = [s.spool.dir / f["path"] for f in s.spool.files]
    assert len(files) == 1 and pq.ParquetFile(files[0]).num_row_groups == 3, "one row group per batch"
    pipeline.publish_streamed(run, s)
    pipeline.record_run(run, status="ok", counts={})
    assert not list((tmp_path / "streamed" / "curated").glob(store.SPOOL + "*")), "the commit removed the spool"

    a, b = published(tmp_path / "whole" / "curated"), published(tmp_path / "streamed" / "curated")
    assert len(b["events"]) >= 10 and len(b["articles"]) == 11
    assert any("b-copy" in list(ids) for ids in b["events"]["article_ids"]), "the copy joins an earlier batch's event"
    for name in KEYS:
        pd.testing.assert_frame_equal(b[name], a[name], obj=name)


def test_articles_are_validated_a_few_batches_at_a_time(tmp_path, monkeypatch):
    """GX costs the same per call whatever the rows: several batches' articles go through one call (and one
    row group), and a bad article in any of them is still rejected."""
    monkeypatch.setattr(pipeline, "VALIDATE_ROWS", 8)
    corpus = tmp_path / "a.jsonl"
    write_corpus(corpus, 10)
    with open(corpus, "a") as f:
        f.write('{"id": "b-odd", "text": "Porters stopped work at the Kisumu depot on Monday.", '
                '"published_at": "2024-03-02", "language": "not a language"}\n')
    run = pipeline.new_run([str(corpus)], tmp_path / "data")
    pipeline.begin_run(run)
    s = pipeline.stream(run, workers=1, batch_size=4)
    assert s.batches == 3
    files = [s.spool.dir / f["path"] for f in s.spool.files]
    assert [pq.ParquetFile(f).num_row_groups for f in files] == [2], "8 articles at once, then the last 4"
    assert [r.value for r in s.validated.rejects if r.table == "articles"] == ["not a language"]
    assert len(pq.read_table(files[0])) == 11
    pipeline.drop_spool(run)


def _articles(ids: list[str], text: str) -> pd.DataFrame:
    rows = [{"id": i, "origin": f"made-up.jsonl:{n}", "content_hash": f"{n:064x}", "ingested_at": pd.Timestamp("2024-05-07", tz="UTC"),
             "language": "en", "title": None, "text": f"{text} {i}", "published_at": None, "source": "Own Wire", "url": None,
             "run_id": "r"} for n, i in enumerate(ids)]
    return schema.table("articles").to_arrow(rows).to_pandas()


def test_a_spool_replaces_rows_by_id_and_is_committed_with_the_rest(tmp_path):
    curated = tmp_path / "curated"
    with store.Writer.open(curated, "first") as w:
        w.upsert("articles", _articles(["a1", "a2"], "first words"), key="id")
        w.commit()
    spool = store.Spool(curated, "articles", "second")
    spool.add(_articles(["a2", "a3"], "second words"))
    spool.add(_articles(["a4"], "second words"))
    store.clean(curated)  # another run starting meanwhile must not take a live run's spool
    assert spool.dir.is_dir()
    with store.Writer.open(curated, "second") as w:
        w.upsert_spool("articles", spool)
        w.commit()
    got = publish.read_table(curated, "articles").sort_values("id")
    assert list(got["id"]) == ["a1", "a2", "a3", "a4"]
    assert list(got["text"]) == ["first words a1", "second words a2", "second words a3", "second words a4"]
    assert not spool.dir.exists()


CHILD = """
import sys, time
import pandas as pd
from eventdesk import schema, store
curated, ready = sys.argv[1], sys.argv[2]
spool = store.Spool(curated, "articles", "killed")
spool.add(schema.table("articles").to_arrow([{"id": "k1", "origin": "x:1", "content_hash": "0" * 64,
    "ingested_at": pd.Timestamp("2024-05-07", tz="UTC"), "language": "en", "text": "words", "run_id": "killed"}]))
open(ready, "w").close()
time.sleep(600)
"""


def test_the_spool_of_a_killed_run_is_removed_and_nothing_of_it_published(tmp_path):
    curated = tmp_path / "curated"
    with store.Writer.open(curated, "first") as w:
        w.upsert("articles", _articles(["a1"], "kept"), key="id")
        w.commit()
    ready = tmp_path / "ready"
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(curated), str(ready)], stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while not ready.exists():
            assert proc.poll() is None, proc.stderr.read()
            assert time.monotonic() < deadline, "the child never wrote its spool"
            time.sleep(0.05)
        assert list(curated.glob(store.SPOOL + "*"))
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    with store.Writer.open(curated, "next") as w:  # opening a writer cleans up what dead runs left
        w.commit()
    assert not list(curated.glob(store.SPOOL + "*"))
    assert list(publish.read_table(curated, "articles")["id"]) == ["a1"]


@pytest.mark.parametrize("workers", [1, 2, 8])
def test_the_batches_out_at_once_are_bounded_whatever_the_corpus(workers):
    assert 1 <= pipeline.in_flight(workers) <= 2 * workers
