"""`make bench`: how fast eventdesk codes full-length news, and how much memory it takes.

Prints figures, asserts nothing. Uses ../shared/eval/bench/guardian.jsonl (249 articles of about
5,700 characters) when present, else the bundled samples repeated; --input codes another file instead
(short notes such as ../shared/eval/acled_dev/articles.jsonl cost far more per word than long news).
The reference is spaCy's en_core_web_sm parsing the same text: the coder should run many times faster than that model alone.
"""
from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# ../shared/eval beside the clone, or two levels up for a worktree under /work/wt/
GUARDIAN = next((p / "shared" / "eval" / "bench" / "guardian.jsonl" for p in ROOT.parents[:2]
                 if (p / "shared" / "eval").exists()), ROOT.parent / "shared" / "eval" / "bench" / "guardian.jsonl")


def load(path: Path):
    import datetime as dt

    from eventdesk.articles import to_article
    from eventdesk.sources import RawRecord, read_sources

    now = dt.datetime.now(dt.timezone.utc)
    out = [to_article(r, now) for r in read_sources([str(path)]) if isinstance(r, RawRecord)]
    return [a for a in out if hasattr(a, "text")]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--spacy-docs", type=int, default=40, help="articles spaCy parses for the reference figure")
    ap.add_argument("--input", type=Path, help="a JSONL or text file of articles to code instead of the Guardian bench")
    args = ap.parse_args()
    src = args.input or (GUARDIAN if GUARDIAN.exists() else ROOT / "data" / "raw" / "samples")
    t0 = time.perf_counter()
    articles = load(src)
    if src == ROOT / "data" / "raw" / "samples":
        articles = articles * 40
    t_ingest = time.perf_counter() - t0
    chars = sum(len(a.text) for a in articles)
    words = sum(len(a.text.split()) for a in articles)
    print(f"input: {src} -> {len(articles)} articles, {chars / 1e6:.2f} M characters, {words:,} words "
          f"(ingest {t_ingest:.2f} s)")

    from eventdesk import pipeline
    from eventdesk.geo.gazetteer import Gazetteer

    t0 = time.perf_counter()
    Gazetteer.load()
    print(f"gazetteer load: {time.perf_counter() - t0:.2f} s")
    # One-time costs (importing the coder and compiling its patterns, the near-spelling indexes built on
    # first use) are paid once per process, as spaCy's model load is; they are timed apart, on a few articles.
    t0 = time.perf_counter()
    pipeline.extract(articles[:5])
    print(f"first-use setup (coder import, lazy indexes, 5 articles): {time.perf_counter() - t0:.2f} s")
    t0 = time.perf_counter()
    ex = pipeline.extract(articles)
    secs = time.perf_counter() - t0
    print(f"extract: {secs:.2f} s, {len(articles) / secs:.1f} articles/s, {words / secs:,.0f} words/s, "
          f"{len(ex.events)} events, peak RSS {peak_mb():.0f} MB")

    from eventdesk.extraction.nlp import get_nlp

    nlp = get_nlp()
    sample = [a.text for a in articles[: args.spacy_docs]]
    sw = sum(len(t.split()) for t in sample)
    t0 = time.perf_counter()
    for _ in nlp.pipe(sample, batch_size=16):
        pass
    s_secs = time.perf_counter() - t0
    print(f"reference: spaCy {get_nlp.__module__.split('.')[-1]} model alone on {len(sample)} articles: "
          f"{sw / s_secs:,.0f} words/s")
    print(f"eventdesk / spaCy speed: {(words / secs) / (sw / s_secs):.1f}x   peak RSS {peak_mb():.0f} MB")


if __name__ == "__main__":
    sys.exit(main())
