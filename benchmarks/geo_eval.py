"""Measure eventdesk.geo.locate() on ACLED notes (../shared/eval/acled_dev), no country hint.

    EVENTDESK_CACHE=... .venv/bin/python benchmarks/geo_eval.py [--limit N] [--errors K]

Reads the eval data at run time only; scoring helpers `same` and `km` come from the shared score.py.
"""
from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import sys
import time
from pathlib import Path

from eventdesk.geo import Gazetteer, locate

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


def _score_module():
    spec = importlib.util.spec_from_file_location("acled_score", EVAL / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--errors", type=int, default=0, help="print K misses (for debugging; never copy them)")
    ap.add_argument("--set", default="acled_dev")
    args = ap.parse_args()
    if not (EVAL / args.set).is_dir():
        print(f"no eval data at {EVAL / args.set}")
        return 1
    sc = _score_module()
    t0 = time.time()
    gz = Gazetteer.load()
    t_load = time.time() - t0
    arts = {}
    with open(EVAL / args.set / "articles.jsonl", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            arts[a["id"]] = a["text"]
    gold = list(csv.DictReader(open(EVAL / args.set / "gold.csv", encoding="utf-8")))
    if args.limit:
        gold = gold[: args.limit]
    n = iso = a1 = k25 = k100 = found = prec = 0
    errs = []
    t1 = time.time()
    chars = 0
    for g in gold:
        text = arts[g["article_id"]]
        chars += len(text)
        loc = locate(text, gz, acled_notes=True)  # ACLED notes: their "coded to X" is read
        n += 1
        if loc is None:
            errs.append((g, None))
            continue
        found += 1
        p = loc.place
        pred = {"latitude": p.latitude, "longitude": p.longitude}
        ok_iso = str(int(float(g["iso"]))) == str(p.country.iso)
        iso += ok_iso
        a1 += sc.same(g["admin1"], p.admin1 or "", generic=True)
        d = sc.km(g, pred)
        k25 += d is not None and d <= 25
        k100 += d is not None and d <= 100
        prec += str(int(float(g["geo_precision"]))) == str(loc.geo_precision) if g["geo_precision"] else 0
        if d is None or d > 25:
            errs.append((g, loc))
    dt = time.time() - t1
    print(f"events {n}  located {found / n:.3f}  load {t_load:.2f}s  locate {n / dt:.0f} texts/s ({chars / dt / 1e6:.2f} MB/s)")
    print(f"iso {iso / n:.3f}  admin1 {a1 / n:.3f}  within25km {k25 / n:.3f}  within100km {k100 / n:.3f}  "
          f"geo_precision {prec / n:.3f}")
    for g, loc in errs[: args.errors]:
        got = "-" if loc is None else f"{loc.location} / {loc.place.admin1} / {loc.place.country.name} p{loc.geo_precision}"
        print(f"  {g['article_id']}: gold {g['location']} / {g['admin1']} / {g['country']} p{g['geo_precision']}  got {got}",
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
