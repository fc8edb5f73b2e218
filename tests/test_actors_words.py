"""The shared pattern shapes of the actor rules (extraction/actors/words.py)."""
from __future__ import annotations

from eventdesk.extraction.actors.words import any_of, listed, near_rx, within, words, word_rx
from eventdesk.text.lexicon import terms


def test_words_keeps_file_order_in_one_group():
    pats = [t.pattern for t in terms("actors_function_words") if t.kind == "was_were"]
    assert words("actors_function_words", "was_were") == "(?:" + "|".join(pats) + ")"
    assert listed("actors_function_words", "was_were") == tuple(pats)


def test_word_rx_matches_whole_words_only():
    rx = word_rx("actors_function_words", "was_were")
    assert rx.search("They WERE there")
    assert not rx.search("Wasps swarmed")


def test_near_counts_words_between():
    rx = near_rx("stoned", "cars", 2)
    assert rx.search("youths stoned two parked cars")
    assert not rx.search("youths stoned many of the parked cars")


def test_within_stays_in_the_sentence():
    import re
    rx = re.compile(within("defused", "mine", 30), re.I)
    assert rx.search("Engineers defused an old mine near the road.")
    assert not rx.search("Engineers defused it. A mine lay nearby.")


def test_any_of_tries_each_phrasing_case_insensitively():
    rx = any_of(r"\bclaimed by\b", r"\btook credit\b")
    assert rx.search("The blast was Claimed By nobody")
    assert rx.search("a cell TOOK CREDIT")
    assert not rx.search("credit was taken")
