"""Tactics against the seeds' gold (score.py does not score them): pairs gold and predicted events by article,
location and day, and prints each pair's tactics and state response.

    python benchmarks/score_eval.py seeds --out /tmp/x && python benchmarks/tactics_seeds.py /tmp/x/seeds.csv

Reads ../shared/eval at run time only.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

GOLD = Path(__file__).resolve().parents[2] / "shared" / "eval" / "seeds" / "gold.csv"


def _set(v) -> frozenset[str]:
    return frozenset(t.strip() for t in str(v).split(";") if t.strip()) if isinstance(v, str) else frozenset()


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    if not GOLD.exists():
        print(f"{GOLD}: not found (the evaluation data lives in ../shared/eval)", file=sys.stderr)
        return 2
    gold = pd.read_csv(GOLD, dtype=str)
    pred = pd.read_csv(argv[0], dtype=str)
    pred["article_id"] = pred["article_ids"].str.split(";").str[0].str.strip()
    right = 0
    for _, g in gold.iterrows():
        m = pred[(pred.article_id == g.article_id) & (pred.location == g.location) & (pred.event_date == g.event_date)]
        got = _set(m.iloc[0]["tactics"]) if len(m) else None
        ok = got == _set(g.tactics)
        right += ok
        resp = m.iloc[0]["state_response"] if len(m) else "-"
        print(f"{'ok ' if ok else 'BAD'} {g.article_id} {g.location:10} {g.event_date}  gold {g.tactics!r:16} "
              f"pred {'; '.join(sorted(got)) if got is not None else 'MISSING'!r:16} state_response {resp if isinstance(resp, str) else '-'}")
    print(f"tactics as gold: {right}/{len(gold)}")
    return 0 if right == len(gold) else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
