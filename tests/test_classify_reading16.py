"""Readings of the coder added for text it has never seen (issue 14): arrests told beside the riot they ended,
a note's reduced passive, attempts told with coordinated infinitives. Sentences written for these tests."""
from __future__ import annotations

from eventdesk.extraction.classify import classify
from eventdesk.extraction.classify.base import Cue
from eventdesk.extraction.classify.sides import perpetrator_side, victim_side


def _cue(text: str, word: str) -> Cue:
    k = text.index(word)
    return Cue(word, k, k + len(word))


def test_arrests_beside_the_riot_they_ended_are_the_riot():
    passage = "Police arrested eleven people in Kasama on Tuesday."
    alone = classify(passage)
    assert alone is not None and alone.sub_event_type == "Arrests"
    riot = "Traders in Kasama stoned council vehicles and set tyres alight over market fees on Tuesday."
    label = classify(passage, riot)
    assert label is not None and label.event_type == "Riots"


def test_a_demonstration_beside_arrests_leaves_them_arrests():
    passage = "Police arrested two activists of the teachers' union in Kasama on Tuesday."
    context = "The union had called a march in Kasama for the end of the month."
    label = classify(passage, context)
    assert label is not None and label.sub_event_type == "Arrests"


def test_reduced_passive_names_the_one_hit():
    text = "Two policemen killed and one wounded in an attack near Mora."
    assert victim_side(text, _cue(text, "killed")) == "armed"
    text = "Five traders killed in an attack by gunmen near Mora."
    assert perpetrator_side(text, _cue(text, "killed in an attack by gunmen")) == "armed"


def test_coordinated_verbs_before_their_object_stay_active():
    text = "A policeman shot and wounded a trader near Mora."
    assert victim_side(text, _cue(text, "shot")) == "civilian"


def test_a_second_coordinated_infinitive_is_still_an_attempt():
    label = classify("On Sunday, rebels fought soldiers near Kalehe after they tried to advance and capture the town.")
    assert label is not None and label.sub_event_type == "Armed clash"
