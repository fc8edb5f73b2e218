"""Regression floors on hand-written, full-length news articles (tests/fixtures/news).

Thirty-odd invented stories in wire and newspaper styles (datelines, quotes, background years,
relative dates, vague tolls, several events per story, stories with no event), hand-coded in
ACLED's columns. The floors sit a little below what the coder achieves now, so a change that
loses events, invents events in no-event stories, or moves places and dates fails here first.
Run with -s for the per-article table and every wrong field.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "news"))
import newsset  # noqa: E402

# Floors measured on branch h-wire-5 (see the commit message); raise them when the coder improves.
FLOORS = {"detected": 0.84, "precision": 0.80, "recall": 0.78, "f1": 0.80, "event_type": 0.89,
          "sub_event_type": 0.78, "event_date": 0.82, "within_25km": 0.85, "admin1": 0.92, "actor1": 0.67,
          "fatalities": 0.82, "crowd_size": 0.92}
MAX_NO_EVENT_CODED = 1  # none at the time of writing; one slip allowed


@pytest.fixture(scope="module")
def run():
    gold, articles, pred, figs, cmp = newsset.run()
    print("\n" + newsset.report(gold, pred, figs, cmp))
    return gold, articles, pred, figs


def test_fixture_is_coded_in_acled_vocabulary():
    gold, articles = newsset.load_gold(), newsset.load_articles()
    ids = {a.id for a in articles}
    assert set(gold["article_id"]) <= ids
    assert not any(i.startswith("x") for i in gold["article_id"]), "x* stories report no event"
    newsset.check_acled_vocabulary(gold, articles, min_sub_types=15, min_words=150)


@pytest.mark.parametrize("name", list(FLOORS))
def test_floor(run, name):
    figs = run[3]
    assert figs[name] >= FLOORS[name], f"{name} fell to {figs[name]} (floor {FLOORS[name]})"


def test_no_event_stories_stay_quiet(run):
    assert run[3]["no_event_articles_coded"] <= MAX_NO_EVENT_CODED


def test_background_years_are_never_coded(run):
    """Every story recalls older violence ("in 2020 the group briefly occupied..."): none of it is news."""
    pred = run[2]
    assert not (pred["event_date"].str[:4] < "2025").any()
