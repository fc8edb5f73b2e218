"""A hand check of the coder on full-length news: code the Guardian bench (249 long Syria articles, no gold)
through the core, draw N coded events at random with a fixed seed, and print each event's fields with the
sentence(s) it rests on, so a person can mark it right or wrong by event, type, date, place, actor1 and
fatalities.

    python benchmarks/guardian_sample.py [--n 40] [--seed 14] [--articles PATH] [--full]

Reads ../shared/eval at run time only (licensed for evaluation: the printout is for reading, never for
copying into the repository). The seed fixes the draw for a given set of coded events; a coder change that
codes other events draws another sample.
"""
from __future__ import annotations

import argparse
import random
import sys
import textwrap
from pathlib import Path

from eventdesk import pipeline
from eventdesk.articles import to_article
from eventdesk.records import Article
from eventdesk.sources import RawRecord, read_sources

GUARDIAN = Path(__file__).resolve().parents[2] / "shared" / "eval" / "bench" / "guardian.jsonl"

MARKS = "event type date place actor1 fatalities"


def load(path: Path) -> list[Article]:
    run = pipeline.new_run([str(path)], Path("/tmp/eventdesk-eval"))
    return [a for raw in read_sources([str(path)]) if isinstance(raw, RawRecord)
            and isinstance(a := to_article(raw, run.started_at), Article)]


def merged(ex, article_ids: set[str]):
    """The coded reports as publishing makes them (eventdesk.reconcile): one row per event, its mentions from
    every article that reports it."""
    import dataclasses
    from types import SimpleNamespace

    from eventdesk import reconcile, schema

    frame = lambda name, rows: schema.table(name).to_arrow([dataclasses.asdict(r) for r in rows]).to_pandas()  # noqa: E731
    out = reconcile.merge_events(schema.table("events").empty(), schema.table("event_mentions").empty(),
                                 {"events": frame("events", ex.events), "event_mentions": frame("event_mentions", ex.mentions)},
                                 article_ids)
    rows = lambda df: [SimpleNamespace(**{k: reconcile._plain(v) for k, v in r.items()}) for r in df.to_dict("records")]  # noqa: E731
    return SimpleNamespace(events=rows(out["events"]), mentions=rows(out["event_mentions"]), rejects=ex.rejects)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--articles", type=Path, default=GUARDIAN)
    ap.add_argument("--full", action="store_true", help="print whole sentences, not the first 400 characters")
    ap.add_argument("--separate", action="store_true", help="each article's reports apart, not merged as published")
    args = ap.parse_args(argv)
    if not args.articles.exists():
        print(f"{args.articles}: not found (the evaluation data lives in ../shared/eval)", file=sys.stderr)
        return 2
    arts = load(args.articles)
    by_id = {a.id: a for a in arts}
    ex = pipeline.extract(arts)
    no_place = sum(1 for r in ex.rejects if r.reason.startswith("no place found"))
    if not args.separate:  # as published: reports of one event from several articles are one row
        ex = merged(ex, {a.id for a in arts})
    events = sorted(ex.events, key=lambda e: (e.article_ids[0], e.event_id_cnty))
    sample = random.Random(args.seed).sample(events, min(args.n, len(events)))
    sample.sort(key=lambda e: (e.article_ids[0], e.event_id_cnty))
    print(f"{len(arts)} articles, {len(events)} events coded, {no_place} quarantined for want of a place; "
          f"{len(sample)} drawn with seed {args.seed}. Mark each: {MARKS}.\n")
    for n, e in enumerate(sample, 1):
        aid = e.article_ids[0]
        art = by_id.get(aid)
        sents = [m for m in ex.mentions if m.event_id_cnty == e.event_id_cnty]
        print(f"[{n}] {aid} (published {art.published_at if art else '?'})  {e.event_id_cnty}"
              + (f"  also {', '.join(e.article_ids[1:])}" if len(e.article_ids) > 1 else ""))
        print(f"    date {e.event_date} (precision {e.time_precision})  {e.event_type} / {e.sub_event_type}")
        print(f"    place {e.location} / {e.admin1} / {e.country} (geo_precision {e.geo_precision})")
        print(f"    actor1 {e.actor1!r}  actor2 {e.actor2!r}  fatalities {e.fatalities}"
              f"  tactics {'; '.join(e.tactics) or '-'}  state_response {'; '.join(e.state_response) or '-'}")
        for m in sorted(sents, key=lambda m: m.sentence_index):
            text = m.sentence if args.full else m.sentence[:400]
            mark = f"{m.article_id} " if m.article_id != aid else ""
            print(textwrap.fill(f"{mark}#{m.sentence_index}: {text}", width=110, initial_indent="      ",
                                subsequent_indent="        "))
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
