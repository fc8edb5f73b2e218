"""Measure eventdesk.extraction.actors in isolation on the ACLED dev set.

Gold country, event_type, sub_event_type and event_date are given to code_actors, so the figures
are about actor coding only. Comparison functions come from ../shared/eval/score.py (imported by
path, never copied).

    .venv/bin/python benchmarks/actors_eval.py [--eval ../shared/eval] [--misses N] [--type EVENT_TYPE]
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import pandas as pd

from eventdesk.extraction.actors import code_actors


def load_score(eval_dir: Path):
    spec = importlib.util.spec_from_file_location("acled_score", eval_dir / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--eval", default=str(Path(__file__).resolve().parents[2] / "shared" / "eval"))
    ap.add_argument("--misses", type=int, default=0, help="print N actor1 misses (for debugging rules)")
    ap.add_argument("--type", default=None, help="only print misses of this event_type")
    args = ap.parse_args()
    eval_dir = Path(args.eval)
    dev = eval_dir / "acled_dev"
    if not (dev / "gold.csv").exists():
        print(f"no eval set at {dev}", file=sys.stderr)
        return 2
    sc = load_score(eval_dir)
    gold = pd.read_csv(dev / "gold.csv")
    texts = {}
    with open(dev / "articles.jsonl", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            texts[r["id"]] = r["text"]

    n = 0
    hits = Counter()
    f1s = []
    by_type = defaultdict(lambda: [0, 0])
    misses = []
    t0 = time.perf_counter()
    for _, g in gold.iterrows():
        text = texts.get(g["article_id"])
        if text is None:
            continue
        a = code_actors(text, country=g["country"], event_type=g["event_type"], sub_event_type=g["sub_event_type"],
                        event_date=dt.date.fromisoformat(str(g["event_date"])[:10]))
        p = {"actor1": a.actor1, "inter1": a.inter1, "actor2": a.actor2, "assoc_actor_1": a.assoc_actor_1,
             "interaction": a.interaction}
        n += 1
        ok1 = sc.same(g.get("actor1"), p["actor1"], ratio=0.9)
        hits["actor1"] += ok1
        hits["inter1"] += sc.inter(g.get("inter1")) == sc.inter(p["inter1"])
        hits["actor2"] += sc.same(g.get("actor2"), p["actor2"], ratio=0.9)
        hits["interaction"] += sc.norm(g.get("interaction")) == sc.norm(p["interaction"])
        f = sc.set_f1(g.get("assoc_actor_1"), p["assoc_actor_1"])
        if f is not None:
            f1s.append(f)
        by_type[g["event_type"]][0] += 1
        if not ok1:
            by_type[g["event_type"]][1] += 1
            if args.type in (None, g["event_type"]):
                misses.append((g["event_type"], g["sub_event_type"], g["country"], sc.text(g.get("actor1")), p["actor1"], text[:160]))
    dt_ms = (time.perf_counter() - t0) * 1000 / max(n, 1)
    print(f"events: {n}   {dt_ms:.2f} ms/event")
    for k in ("actor1", "inter1", "actor2", "interaction"):
        print(f"{k:>14}: {hits[k] / n:.4f}")
    print(f"{'assoc_actor_1 set-F1':>14}: {sum(f1s) / len(f1s):.4f} (over {len(f1s)} events with gold or predicted assoc)")
    print("\nactor1 misses by event_type:")
    for t, (tot, miss) in sorted(by_type.items(), key=lambda kv: -kv[1][1]):
        print(f"  {t:<28} {miss:>5} / {tot:<5} ({miss / tot:.1%} missed)")
    for m in misses[: args.misses]:
        print(" | ".join(m))
    return 0


if __name__ == "__main__":
    sys.exit(main())
