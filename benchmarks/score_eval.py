"""Code an evaluation set with the core (no Prefect, no GX: fast iteration) and score it.

    python benchmarks/score_eval.py [seeds|acled_dev|acled2016|case2021|indiapolice|guardian|all] [--limit N] [--out DIR]
        [--case lower|upper]  (the texts lower-cased or in capitals, as caseless archives hold them)

Each set also prints how many events were quarantined for want of a place ("no place found"), the
figure the generalization issue must bring under 1% of what is coded.

Reads ../shared/eval at run time only; prints score.py's tables. The full pipeline (Prefect,
GX, Parquet, export) gives the same rows: `eventdesk run ... && eventdesk export ...`.
"""
from __future__ import annotations

import argparse
import dataclasses
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd

from eventdesk import pipeline, reconcile, schema
from eventdesk.records import Article

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


SETS = ["seeds", "acled_dev", "acled2016", "case2021", "indiapolice", "guardian"]


def articles_file(name: str) -> Path:
    return EVAL / "bench" / "guardian.jsonl" if name == "guardian" else EVAL / name / "articles.jsonl"


def code(articles_path: Path, limit: int | None, notes: str | None = None,
         case: str | None = None) -> tuple[pd.DataFrame, float, int, int]:
    run = pipeline.new_run([str(articles_path)], Path("/tmp/eventdesk-eval"))
    from eventdesk.articles import to_article
    from eventdesk.sources import RawRecord, read_sources

    arts = []
    for raw in read_sources([str(articles_path)]):
        if isinstance(raw, RawRecord):
            a = to_article(raw, run.started_at)
            if isinstance(a, Article):
                arts.append(a)
    arts = arts[:limit] if limit else arts
    if case:  # the set as a lower-cased (or all-caps) archive would hold it: the coder must not depend on case
        arts = [dataclasses.replace(a, text=getattr(a.text, case)(), title=a.title and getattr(a.title, case)())
                for a in arts]
    t0 = time.perf_counter()
    ex = pipeline.extract(arts, notes=notes)
    secs = time.perf_counter() - t0
    # reports of one event from several articles become one row, as publishing makes them
    coded = schema.table("events").to_arrow([dataclasses.asdict(e) for e in ex.events]).to_pandas()
    df = reconcile.merge_events(schema.table("events").empty(), schema.table("event_mentions").empty(),
                                {"events": coded}, {a.id for a in arts})["events"]
    for c in schema.table("events").columns:
        if c.is_list:
            df[c.name] = df[c.name].map(lambda v: "; ".join(v) if v is not None else "")
    no_place = sum(1 for r in ex.rejects if r.reason.startswith("no place found"))
    return df, secs, len(arts), no_place


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("set", nargs="?", default="all", choices=[*SETS, "all"])
    ap.add_argument("--limit", type=int)
    ap.add_argument("--out", default="/tmp/eventdesk-eval")
    ap.add_argument("--by", default=None)
    ap.add_argument("--news", action="store_true", help="code acled_dev as news, without reading ACLED's annotations")
    ap.add_argument("--case", choices=["lower", "upper"], help="code the texts lower-cased or in capitals")
    args = ap.parse_args()
    if not EVAL.is_dir():
        sys.exit(f"no evaluation data at {EVAL}")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    sets = SETS if args.set == "all" else [args.set]
    for name in sets:
        notes = "acled" if name == "acled_dev" and not args.news else None  # ACLED's notes are declared as such
        df, secs, n, no_place = code(articles_file(name), args.limit, notes, args.case)
        pred = out / f"{name}.csv"
        df.to_csv(pred, index=False)
        print(f"== {name}: {n} articles, {len(df)} events, {no_place} quarantined for want of a place "
              f"({no_place / max(len(df) + no_place, 1):.1%}), extract {secs:.1f} s ({n / max(secs, 1e-9):.0f} articles/s)")
        if name == "guardian":
            continue  # unlabelled: read the rows by hand
        if name == "indiapolice":
            subprocess.run([sys.executable, str(EVAL / "score_doc.py"), "--gold", str(EVAL / name / "gold.csv"),
                            "--pred", str(pred)], check=False)
            continue
        kind = "case" if name == "case2021" else "events"
        cmd = [sys.executable, str(EVAL / "score.py"), kind, "--gold", str(EVAL / name / "gold.csv"), "--pred", str(pred)]
        if kind == "events" and (args.by or name == "acled_dev"):
            cmd += ["--by", args.by or "relative_date"]
        subprocess.run(cmd, check=False)


if __name__ == "__main__":
    main()
