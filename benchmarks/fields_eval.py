"""Field accuracy of dates, fatalities and crowd size on ACLED dev notes and the seeds.

    .venv/bin/python benchmarks/fields_eval.py [--eval ../shared/eval] [--show FIELD]

Reads the evaluation sets in place (nothing is copied); prints accuracies.
"""
from __future__ import annotations

import argparse
import csv
import datetime
import json
import re
import sys
import time
from collections import Counter
from difflib import SequenceMatcher
from pathlib import Path

from eventdesk.extraction.dates import event_date, find_dates
from eventdesk.extraction.quantities import crowd_size, fatalities


def _norm(s: str) -> str:
    s = re.sub(r"[^a-z0-9]+", " ", s.lower())
    return " ".join(s.split())


def _crowd_tag(tags: str) -> str:
    """As score.py's `crowd`: "no report" and missing count as empty."""
    m = re.search(r"crowd size=([^;]*)", tags or "")
    s = _norm(m.group(1)) if m else ""
    return "" if s in ("", "no report", "none") else s


def _crowd_same(gold: str, pred: str) -> bool:
    g, p = _crowd_tag(gold), _crowd_tag(pred)
    if not g or not p:
        return g == p
    return g == p or SequenceMatcher(None, g, p).ratio() >= 0.8


def _date(s: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(s[:10]) if s else None


def load(folder: Path) -> list[dict]:
    arts = {}
    with open(folder / "articles.jsonl", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            arts[a["id"]] = a
    rows = []
    with open(folder / "gold.csv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            a = arts[r["article_id"]]
            rows.append({**r, "text": a["text"], "published": _date(a.get("published_at"))})
    return rows


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--eval", default="../shared/eval", type=Path)
    ap.add_argument("--show", default="", help="print misses of: date, precision, fatalities, crowd")
    ap.add_argument("--limit", type=int, default=30)
    args = ap.parse_args()
    folder = args.eval / "acled_dev"
    if not folder.exists():
        print(f"no evaluation data at {folder}", file=sys.stderr)
        return 1
    rows = load(folder)
    hits: Counter = Counter()
    tot: Counter = Counter()
    shown: Counter = Counter()
    t0 = time.perf_counter()
    for r in rows:
        text, pub = r["text"], r["published"]
        ed = event_date(text, pub)
        grp = "relative" if r["relative_date"] == "True" else "explicit"
        ok_date = ed is not None and ed.date.isoformat() == r["event_date"][:10]
        ok_prec = ed is not None and str(ed.time_precision) == str(int(float(r["time_precision"])))
        fat = fatalities(text)
        ok_fat = fat == int(float(r["fatalities"] or 0))
        cs = crowd_size(text).wording
        protest = r["event_type"] in ("Protests", "Riots")
        ok_crowd_all = _crowd_same(r["tags"], f"crowd size={cs}")
        ok_crowd = _crowd_same(r["tags"], f"crowd size={cs if protest else 'no report'}")
        for key, ok in (("event_date", ok_date), (f"event_date[{grp}]", ok_date), ("time_precision", ok_prec),
                        ("fatalities", ok_fat), ("crowd (Protests/Riots only)", ok_crowd),
                        ("crowd (all events, raw)", ok_crowd_all)):
            tot[key] += 1
            hits[key] += ok
        if protest:
            tot["crowd [Protests/Riots rows]"] += 1
            hits["crowd [Protests/Riots rows]"] += ok_crowd
        for field, ok, got, want in (("date", ok_date, ed, r["event_date"]), ("precision", ok_prec, ed, r["time_precision"]),
                                     ("fatalities", ok_fat, fat, r["fatalities"]),
                                     ("crowd", ok_crowd, cs, r["tags"])):
            if args.show == field and not ok and (field != "crowd" or protest) and shown[field] < args.limit:
                shown[field] += 1
                print(f"--- {r['article_id']} want={want} got={got} pub={pub}\n{text[:400]}\n")
    dt = time.perf_counter() - t0
    print(f"acled_dev: {len(rows)} events, {dt:.2f} s for all fields ({1000 * dt / len(rows):.2f} ms/passage)")
    for key in tot:
        print(f"  {key:32s} {hits[key] / tot[key]:.4f}  ({hits[key]}/{tot[key]})")

    seeds = args.eval / "seeds"
    if seeds.exists():
        arts = [json.loads(l) for l in open(seeds / "articles.jsonl", encoding="utf-8")]
        gold = list(csv.DictReader(open(seeds / "gold.csv", encoding="utf-8", newline="")))
        print("seeds:")
        for a in arts:
            pub = _date(a.get("published_at"))
            want_dates = sorted({g["event_date"] for g in gold if g["article_id"] == a["id"]})
            got_dates = sorted({d.date.isoformat() for d in find_dates(a["text"], pub)})
            want_crowds = [_crowd_tag(g["tags"]) for g in gold if g["article_id"] == a["id"]]
            sizes = _all_crowds(a["text"])
            print(f"  {a['id']}: gold dates {want_dates} found={all(d in got_dates for d in want_dates)};"
                  f" gold crowds {[c for c in want_crowds if c]} found={[c for c in want_crowds if c and c in sizes]}")
    return 0


def _all_crowds(text: str) -> set[str]:
    """Crowd wording per sentence, as the lead would call it per passage."""
    return {_norm(crowd_size(s).wording) for s in re.split(r"(?<=[.!?])\s+", text)}


if __name__ == "__main__":
    sys.exit(main())
