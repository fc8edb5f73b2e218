"""Score eventdesk on a hand-written full-length news set: figures as score.py computes them, a
per-article table, and every wrong field, missed or spurious event.

    PYTHONPATH=$PWD/src:$PWD python benchmarks/score_news.py [--set news|news2|news3|news4] [--half tune|holdout]
                                                             [--ids m21-m40[,m05,...]] [--quiet]

`news` (tests/fixtures/news) is the set eventdesk was tuned on; `news2` (tests/fixtures/news2) was
written later by another hand, m01-m20 to tune on and m21-m40 held out as the estimate for unseen
outlets. `news3` (tests/fixtures/news3, k01-k30) is a third hand's set held out whole: nobody tunes
on it, so report its figures (--quiet), not its errors. `news4` (tests/fixtures/news4, p01-p30) is a
fourth hand's tuning set, 14 of its stories reporting no event. Only the chosen articles are coded, so
cross-article merging cannot pull in the others.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures"
sys.path.insert(0, str(FIXTURES / "news"))
import newsset  # noqa: E402

HALVES = {"news2": {"tune": "m01-m20", "holdout": "m21-m40"}}


def parse_ids(spec: str) -> set[str]:
    """'m21-m40,m05' -> the ids m21..m40 and m05 (a range keeps the letter and zero padding of its start)."""
    out: set[str] = set()
    for part in filter(None, (p.strip() for p in spec.split(","))):
        m = re.fullmatch(r"([a-z]+)(\d+)-\1?(\d+)", part)
        if m:
            width = len(m.group(2))
            out |= {f"{m.group(1)}{i:0{width}d}" for i in range(int(m.group(2)), int(m.group(3)) + 1)}
        else:
            out.add(part)
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", default="news", choices=["news", "news2", "news3", "news4"])
    ap.add_argument("--half", choices=["tune", "holdout"], help="news2 only: m01-m20 or m21-m40")
    ap.add_argument("--ids", help="article ids to score, e.g. m21-m40 or n01,n05")
    ap.add_argument("--quiet", action="store_true", help="figures only")
    args = ap.parse_args(argv)
    ids = None
    if args.half:
        if args.half not in HALVES.get(args.set, {}):
            ap.error(f"--half needs a set with halves: {sorted(HALVES)}")
        ids = parse_ids(HALVES[args.set][args.half])
    if args.ids:
        ids = parse_ids(args.ids) if ids is None else ids & parse_ids(args.ids)
    gold, articles, pred, figs, cmp = newsset.run(FIXTURES / args.set, ids)
    print(f"{args.set}{' ' + args.half if args.half else ''}: {len(articles)} articles, {len(gold)} gold events\n")
    print(newsset.report(gold, pred, figs, cmp, quiet=args.quiet))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
