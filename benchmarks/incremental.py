"""What a night costs next to a full rebuild: time and bytes written by the publish stage (merge + commit).

Builds a 50,000-article dataset of invented articles with pre-coded invented event rows (the coder would
take far too long on 50,000 articles on a small machine, so this measures the publish and commit stage
alone: merge_events, the row-hash diff, the Parquet files, the catalog and the pointer swap), then commits
nights that each add 1% new articles on top. Bytes are counted twice: the Parquet files a version wrote
(from its manifest) and every byte the process passed to write() (/proc/self/io wchar, which includes the
catalog and manifest). Figures are printed, never asserted.

    .venv/bin/python benchmarks/incremental.py [--articles 50000] [--nights 3] [--dir /tmp/eventdesk-incremental]
"""
from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import pyarrow as pa

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from eventdesk import publish, schema, store  # noqa: E402

# invented vocabulary: the text only has to weigh and compress like prose
WORDS = np.array(("the a of to and in on at said police protesters marched through streets city capital "
                  "teachers nurses farmers workers students gathered outside ministry parliament demanding "
                  "wages prices fuel land reform officials government army forces clashed killed wounded "
                  "arrested dozens hundreds thousands district province village market road monday tuesday "
                  "wednesday thursday friday saturday sunday week after before during while against over "
                  "union leaders called strike rally crowd tear gas dispersed witnesses reported according").split())
START = dt.date(2022, 1, 1)


def _wchar() -> int:
    try:
        for line in Path("/proc/self/io").read_text().splitlines():
            if line.startswith("wchar:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def dataset(first: int, n: int, days: tuple[int, int], rng: np.random.Generator, run_id: str) -> dict:
    """n invented articles dated within `days` (offsets from START), ~1.2 events each, 2 mentions per event."""
    ids = [f"art-{i:07d}" for i in range(first, first + n)]
    lengths = rng.integers(300, 700, n)
    texts = [" ".join(WORDS[rng.integers(0, len(WORDS), k)]) for k in lengths]
    day = [START + dt.timedelta(days=int(d)) for d in rng.integers(days[0], days[1], n)]
    now = dt.datetime(2026, 12, 6, 2, 0, tzinfo=dt.timezone.utc)
    articles = pa.table({
        "id": ids, "origin": [f"feeds/wire.jsonl:{i}" for i in range(first, first + n)],
        "content_hash": [f"{hash(t) & (2**256 - 1):064x}" for t in texts],
        "ingested_at": pa.array([now] * n, pa.timestamp("us", tz="UTC")), "language": ["en"] * n,
        "title": [t[:60] for t in texts], "text": texts, "published_at": pa.array(day, pa.date32()),
        "source": [f"Wire {i % 40}" for i in range(n)], "url": [f"https://news.invalid/{i}" for i in ids],
        "run_id": [run_id] * n}, schema=schema.table("articles").arrow_schema())
    per = rng.choice([0, 1, 1, 1, 2, 3], n)
    ev_rows = {c: [] for c in schema.table("events").names}
    m_rows = {c: [] for c in schema.table("event_mentions").names}
    for a, k, d, text in zip(ids, per, day, texts):
        for j in range(k):
            eid = f"KEN{int(a[4:]) * 4 + j}"
            sent = text[j * 120:(j + 1) * 120] or text[:120]
            row = {"event_id_cnty": eid, "event_date": d, "year": d.year, "time_precision": 1,
                   "disorder_type": "Demonstrations", "event_type": "Protests", "sub_event_type": "Peaceful protest",
                   "actor1": "Protesters (Kenya)", "assoc_actor_1": None, "inter1": "Protesters", "actor2": None,
                   "assoc_actor_2": None, "inter2": None, "interaction": "Protesters only", "civilian_targeting": None,
                   "iso": 404, "region": "Eastern Africa", "country": "Kenya", "admin1": "Nairobi", "admin2": None,
                   "admin3": None, "location": "Nairobi", "latitude": -1.2833, "longitude": 36.8167,
                   "geo_precision": 1, "source": "Wire", "source_scale": "National", "notes": sent, "fatalities": 0,
                   "tags": "crowd size=hundreds", "timestamp": 1765000000, "tactics": ["march"], "state_response": [],
                   "crowd_size_low": 200, "crowd_size_high": 999, "article_ids": [a],
                   "source_urls": [f"https://news.invalid/{a}"], "evidence": sent, "confidence": 0.8,
                   "coder_version": "bench"}
            for c in ev_rows:
                ev_rows[c].append(row.get(c))
            for s in range(2):
                for c, v in (("event_id_cnty", eid), ("article_id", a), ("sentence_index", j * 2 + s),
                             ("start", 0), ("end", len(sent)), ("sentence", sent)):
                    m_rows[c].append(v)
    events = pa.table(ev_rows, schema=schema.table("events").arrow_schema())
    mentions = pa.table(m_rows, schema=schema.table("event_mentions").arrow_schema())
    return {"articles": articles.to_pandas(), "events": events.to_pandas(), "event_mentions": mentions.to_pandas(),
            "rejects": schema.table("rejects").empty()}


def measure(curated: Path, tables: dict, run_id: str) -> tuple[float, int, int, store.Snapshot, float]:
    """publish.publish's steps, timed: read + merge_events (stage), then the commit."""
    w0, t0 = _wchar(), time.perf_counter()
    with store.Writer.open(curated, run_id) as w:
        publish.stage(w, tables, set(tables["articles"]["id"]))
        t_stage = time.perf_counter() - t0
        snap = w.commit()
    seconds, wchar = time.perf_counter() - t0, _wchar() - w0
    return seconds, snap.manifest["bytes_written"], wchar, snap, t_stage


def coder_seconds(n: int) -> float | None:
    """Seconds the real coder takes an article, on full-length news (../shared/eval/bench) or the samples."""
    import logging

    logging.getLogger("eventdesk").setLevel(logging.ERROR)
    root = Path(__file__).resolve().parents[1]
    # ../shared/eval from a clone, ../../shared/eval from a worktree under it
    found = [p for p in (root.parent / "shared", root.parent.parent / "shared")
             if (p / "eval" / "bench" / "guardian.jsonl").exists()]
    src = found[0] / "eval" / "bench" / "guardian.jsonl" if found else root / "data" / "raw" / "samples"
    from eventdesk import pipeline
    from eventdesk.articles import to_article
    from eventdesk.sources import RawRecord, read_sources

    now = dt.datetime.now(dt.timezone.utc)
    articles = [a for a in (to_article(r, now) for r in read_sources([str(src)]) if isinstance(r, RawRecord))
                if hasattr(a, "text")]
    if not articles:
        return None
    articles = (articles * (n // len(articles) + 1))[:n]
    pipeline.extract(articles[:3])  # one-time setup (imports, gazetteer, lazy indexes) is not per article
    t0 = time.perf_counter()
    pipeline.extract(articles)
    print(f"\ncoder: {len(articles)} articles from {src}")
    return (time.perf_counter() - t0) / len(articles)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=50_000)
    ap.add_argument("--nights", type=int, default=3)
    ap.add_argument("--dir", type=Path, default=Path("/tmp/eventdesk-incremental"))
    ap.add_argument("--coder-sample", type=int, default=40,
                    help="articles the real coder codes to extrapolate a whole run's time (0: skip)")
    args = ap.parse_args(argv)
    rng = np.random.default_rng(13)
    shutil.rmtree(args.dir, ignore_errors=True)
    curated = args.dir / "curated"
    span = (dt.date(2026, 12, 5) - START).days

    t0 = time.perf_counter()
    full = dataset(0, args.articles, (0, span), rng, "full")
    print(f"generated {len(full['articles']):,} articles, {len(full['events']):,} events, "
          f"{len(full['event_mentions']):,} mentions in {time.perf_counter() - t0:.1f} s (not counted)")
    # a warm-up commit elsewhere, so the full build does not pay for first imports and DuckDB's start
    measure(args.dir / "warmup", dataset(10**6, 50, (0, span), rng, "warm"), "warm")

    secs, data_bytes, wchar, snap, st = measure(curated, full, "full")
    print(f"\nfull build : {secs:7.2f} s   {data_bytes / 1e6:8.1f} MB of Parquet   {wchar / 1e6:8.1f} MB written "
          f"({snap.rows('articles'):,} articles, {snap.rows('events'):,} events; read+merge {st:.2f} s, "
          f"commit {secs - st:.2f} s)")
    nights = []
    n_new = max(1, args.articles // 100)
    for k in range(args.nights):
        night = dataset(args.articles + k * n_new, n_new, (span - 2, span + k + 1), rng, f"night-{k}")
        s, b, w, snap, st = measure(curated, night, f"night-{k}")
        nights.append((s, b, w))
        print(f"night {k + 1}    : {s:7.2f} s   {b / 1e6:8.2f} MB of Parquet   {w / 1e6:8.2f} MB written "
              f"(+{len(night['articles'])} articles, +{len(night['events'])} events; read+merge {st:.2f} s, "
              f"commit {s - st:.2f} s)")
    s, b, w = (statistics.median(x) for x in zip(*nights))
    print(f"\nnight / full (median of {len(nights)}): time {100 * s / secs:.1f}%, Parquet bytes {100 * b / data_bytes:.2f}%, "
          f"all bytes written {100 * w / wchar:.2f}%   (target: at most 5% each)")
    print("measured: the publish stage only (merge_events, diff, files, catalog, commit), on pre-coded invented "
          "rows; the coder itself is not run on the 50,000")
    if args.coder_sample:
        per = coder_seconds(args.coder_sample)
        if per:
            full_run, night_run = args.articles * per + secs, n_new * per + s
            print(f"\nextrapolated whole runs (the coder's {per * 1000:.0f} ms an article, measured on "
                  f"{args.coder_sample} articles, times the articles coded, plus the publish figures above):\n"
                  f"  full rebuild {full_run / 60:.1f} min, night {night_run:.1f} s: {100 * night_run / full_run:.2f}% "
                  f"(validation and ingest not counted)")
    shutil.rmtree(args.dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
