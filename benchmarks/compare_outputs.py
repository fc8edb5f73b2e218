"""Show that a change to the coder leaves its output alone: code every visible set, then compare two dumps.

    PYTHONPATH=$PWD/src python benchmarks/compare_outputs.py dump --out DIR [SET ...]
    python benchmarks/compare_outputs.py diff OLD_DIR NEW_DIR

`dump` codes each set's articles with the core (no Prefect, no GX, nothing published) and writes
DIR/<set>.events.csv, the exported event columns of schemas/events.toml less the ones a run sets
(timestamp), one row per event in a fixed order, and DIR/<set>.rejects.csv. `diff` lists every
changed cell as (set, article id, column, old, new), every event one side has and the other lacks,
and a count per set; it exits 1 when anything differs. EVENTDESK_EVAL overrides where the
evaluation sets are found. The clock is fixed, so two dumps of the
same code are byte-identical.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import math
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# ../shared/eval beside the clone, or two levels up for a worktree under /work/wt/
EVAL = Path(os.environ["EVENTDESK_EVAL"]) if os.environ.get("EVENTDESK_EVAL") else next((p / "shared" / "eval" for p in ROOT.parents[:2] if (p / "shared" / "eval").exists()),
            ROOT.parent / "shared" / "eval")
FIXTURES = ROOT / "tests" / "fixtures"
NOW = dt.datetime(2025, 12, 1, 12, 0, tzinfo=dt.timezone.utc)  # ingest day and clock of every dump
RUN_COLUMNS = {"timestamp"}  # set by the run, not by the coder
REJECT_COLUMNS = ["stage", "table", "origin", "reason", "value"]


def sets() -> dict[str, Path]:
    """Every set this checkout can see, by name."""
    out = {name: EVAL / name / "articles.jsonl" for name in ("seeds", "acled_dev", "acled2016", "case2021", "indiapolice")}
    out["guardian"] = EVAL / "bench" / "guardian.jsonl"
    for d in sorted(FIXTURES.glob("news*")):
        out[d.name] = d / "articles.jsonl"
    return {k: v for k, v in out.items() if v.exists()}


def load(name: str, path: Path) -> tuple[list, list]:
    """Articles and ingest rejects; the hand-written news sets load as their own tests load them."""
    if path.parent.parent == FIXTURES:
        sys.path.insert(0, str(FIXTURES / "news"))
        import newsset

        return newsset.load_articles(path), []
    from eventdesk.articles import to_article
    from eventdesk.records import Reject
    from eventdesk.sources import RawRecord, read_sources

    articles, rejects = [], []
    for raw in read_sources([str(path)]):
        a = raw if isinstance(raw, Reject) else to_article(raw, NOW)
        (rejects if isinstance(a, Reject) else articles).append(a)
    return articles, rejects


def cell(v) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return ""
    if isinstance(v, list):
        return "; ".join(str(x) for x in v)
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    return str(v)


def event_columns() -> list[str]:
    from eventdesk import schema

    return [c.name for c in schema.table("events").columns if c.name not in RUN_COLUMNS]


def code(articles: list, **options) -> tuple[list[dict], list[dict]]:
    """Code article by article as pipeline.extract does, with the fixed clock."""
    import dataclasses

    from eventdesk.events import code_article
    from eventdesk.geo.gazetteer import Gazetteer
    from eventdesk.records import Reject

    gazetteer = Gazetteer.load()
    cols = event_columns()
    rows, rejects = [], []
    for a in articles:
        try:
            coded = code_article(a, gazetteer, now=NOW, **options)
        except Exception as exc:  # as pipeline.extract: the article becomes a reject
            rejects.append(Reject(stage="extract", table="events", origin=a.origin,
                                  reason=f"coder error: {type(exc).__name__}: {exc}", value=a.id))
            continue
        rows += [{c: cell(getattr(e, c)) for c in cols} for e in coded.events]
        rejects += coded.rejects
    rows.sort(key=lambda r: (r["article_ids"], r["event_date"], r["event_id_cnty"], tuple(r.values())))
    rej = sorted(({c: cell(getattr(r, c)) for c in REJECT_COLUMNS} for r in rejects), key=lambda r: tuple(r.values()))
    return rows, rej


def write(path: Path, columns: list[str], rows: list[dict]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=columns, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def dump(out: Path, names: list[str], options: dict) -> int:
    avail = sets()
    unknown = [n for n in names if n not in avail]
    if unknown:
        print(f"unknown or absent set(s) {unknown}; visible here: {sorted(avail)}", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for name in names or list(avail):
        t0 = time.perf_counter()
        articles, ingest_rejects = load(name, avail[name])
        rows, rejects = code(articles, **options)
        rejects = sorted(({c: cell(getattr(r, c)) for c in REJECT_COLUMNS} for r in ingest_rejects),
                         key=lambda r: tuple(r.values())) + rejects
        write(out / f"{name}.events.csv", event_columns(), rows)
        write(out / f"{name}.rejects.csv", REJECT_COLUMNS, rejects)
        print(f"{name}: {len(articles)} articles -> {len(rows)} events, {len(rejects)} rejects "
              f"({time.perf_counter() - t0:.0f} s)", flush=True)
    (out / "dump.json").write_text(json.dumps({"sets": names or list(avail), "options": options}) + "\n")
    return 0


def read(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def by_article(rows: list[dict], key: str) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for r in rows:
        out.setdefault(r[key], []).append(r)
    return out


def diff_rows(name: str, kind: str, key: str, old: list[dict], new: list[dict]) -> int:
    """Rows are paired within an article (or reject origin) in their sorted order; returns the differences."""
    n = 0
    o, w = by_article(old, key), by_article(new, key)
    for k in sorted(set(o) | set(w)):
        a, b = o.get(k, []), w.get(k, [])
        for i in range(max(len(a), len(b))):
            if i >= len(a):
                print(f"{name}\t{kind}\t{k}\t+row\t\t{json.dumps(b[i], ensure_ascii=False)}")
                n += 1
            elif i >= len(b):
                print(f"{name}\t{kind}\t{k}\t-row\t{json.dumps(a[i], ensure_ascii=False)}\t")
                n += 1
            else:
                for col in dict.fromkeys([*a[i], *b[i]]):
                    if a[i].get(col) != b[i].get(col):
                        print(f"{name}\t{kind}\t{k}\t{col}\t{a[i].get(col)}\t{b[i].get(col)}")
                        n += 1
    return n


def diff(old: Path, new: Path) -> int:
    names = sorted({p.name.split(".")[0] for d in (old, new) for p in d.glob("*.events.csv")})
    summary = {}
    print("set\ttable\tarticle\tcolumn\told\tnew")
    for name in names:
        n = 0
        for kind, key in (("events", "article_ids"), ("rejects", "origin")):
            po, pn = old / f"{name}.{kind}.csv", new / f"{name}.{kind}.csv"
            if po.exists() != pn.exists():
                print(f"{name}\t{kind}\t\t(file)\t{po.exists()}\t{pn.exists()}")
                n += 1
                continue
            n += diff_rows(name, kind, key, read(po), read(pn))
        summary[name] = n
    print()
    for name, n in summary.items():
        print(f"{name:12} {len(read(old / f'{name}.events.csv')):6} -> {len(read(new / f'{name}.events.csv')):6} events, "
              f"{n} differences")
    total = sum(summary.values())
    print(f"total: {total} differences")
    return 1 if total else 0


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump", help="code the sets and write one CSV of events and one of rejects per set")
    d.add_argument("--out", required=True, type=Path)
    d.add_argument("sets", nargs="*", help="set names (default: every visible set)")
    d.add_argument("--notes", choices=["acled"], help="declare every set ACLED notes (eventdesk run --notes acled)")
    c = sub.add_parser("diff", help="compare two dumps row for row; exit 1 on any difference")
    c.add_argument("old", type=Path)
    c.add_argument("new", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "dump":
        return dump(args.out, args.sets, {"notes": args.notes} if args.notes else {})
    return diff(args.old, args.new)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
