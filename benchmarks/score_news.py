"""Score eventdesk on the hand-written full-length news set (tests/fixtures/news): figures as
score.py computes them, a per-article table, and every wrong field, missed or spurious event.

    PYTHONPATH=$PWD/src:$PWD python benchmarks/score_news.py [--quiet]
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "news"))
import newsset  # noqa: E402


def main(argv: list[str]) -> int:
    logging.disable(logging.WARNING)
    gold, articles = newsset.load_gold(), newsset.load_articles()
    pred = newsset.predict(articles)
    figs, cmp = newsset.score(gold, pred)
    print(f"{len(articles)} articles, {len(gold)} gold events\n")
    for k, v in figs.items():
        print(f"{k:<26}{v}")
    if "--quiet" not in argv:
        print("\n" + newsset.article_table(gold, pred, cmp))
        print("\nwrong rows:")
        print("\n".join(newsset.wrong_rows(gold, pred, cmp)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
