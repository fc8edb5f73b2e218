"""Readings of who does what at a demonstration, and a few weapon and killing words (issue 14). Sentences written
for these tests."""
from __future__ import annotations

import pytest

from eventdesk.extraction.classify import classify


def _sub(text: str) -> str | None:
    label = classify(text)
    return label.sub_event_type if label is not None else None


@pytest.mark.parametrize("sentence", [
    "Tear gas was used on demonstrators in Kitwe who were blocking the bridge with burning logs.",
    "Police opened fire on strikers who were stoning buses outside the depot in Ndola.",
])
def test_a_crowds_progressive_act_in_a_relative_clause_is_its_own_violence(sentence):
    """ "who were blocking ... with burning logs" tells what the crowd was doing, not why it marched (§1.3)."""
    assert _sub(sentence) == "Violent demonstration"


def test_a_progressive_after_another_grievance_stays_the_grievance():
    # the first marker ("over the arrest of") makes the rest the grievance: the march itself was peaceful
    assert _sub("Hundreds marched peacefully in Kitwe over the arrest of traders who were selling on the pavement.") \
        == "Peaceful protest"


@pytest.mark.parametrize("sentence", [
    "A shop guard was beaten to death by protesters in Kitwe during a march over water cuts.",
    "Demonstrators in Kitwe attacked and killed two council workers who were removing their stalls.",
])
def test_killing_done_by_the_demonstrators_is_a_riot(sentence):
    """The crowd is the agent of the harm: a Violent demonstration, not force against protesters (§1.3)."""
    assert _sub(sentence) == "Violent demonstration"


@pytest.mark.parametrize("sentence", [
    "Two demonstrators were killed by police during a march in Kitwe.",
    "Marchers killed in Kitwe as police open fire on the crowd.",
])
def test_protesters_killed_by_others_stay_excessive_force(sentence):
    assert _sub(sentence) == "Excessive force against protesters"


def test_allegedly_before_a_participle_hedges_who_the_attackers_are():
    """ "allegedly belonging to a militia" is a hedge on the attackers' side, not the grievance of a protest."""
    assert _sub("Three gunmen allegedly belonging to a clan militia shot dead a herder near Dhobley.") == "Attack"
    assert _sub("Traders marched in Dhobley against soldiers allegedly beating and robbing hawkers.") == "Peaceful protest"


def test_stoned_to_death_with_no_crowd_named_is_an_attack():
    assert _sub("A shopkeeper was stoned to death on the road to Kasama.") == "Attack"
    assert _sub("A shopkeeper was stoned to death by a mob on the road to Kasama.") == "Mob violence"


def test_a_headline_burns_in_the_present():
    assert _sub("Bandits burn a herder alive near Kasama.") == "Attack"


@pytest.mark.parametrize("sentence", [
    "An improvised device hidden in the sand tore through a patrol truck north of Gao.",
    "Limpet mines sank two supply boats moored in the harbour.",
])
def test_improvised_devices_and_limpet_mines_are_remote_explosives(sentence):
    assert _sub(sentence) == "Remote explosive/landmine/IED"


def test_a_detainee_beaten_in_custody_makes_the_arrest_an_attack():
    """The report's next sentence tells the arrested man was beaten where he was held: Attack ranks above Arrests (§1.2)."""
    label = classify("Gendarmes arrested a union organiser in Mbalmayo on Friday.",
                     "He was driven to the gendarmerie camp, where he was beaten with belts.")
    assert label is not None and label.sub_event_type == "Attack"
    label = classify("Gendarmes arrested a union organiser in Mbalmayo on Friday.", "He was released on bail the next day.")
    assert label is not None and label.sub_event_type == "Arrests"


@pytest.mark.parametrize("context,sub", [
    ("In the afternoon the rebels seized the district headquarters at Lodwar.", "Non-state actor overtakes territory"),
    ("The army said it had recaptured Lodwar by nightfall.", "Government regains territory"),
])
def test_ground_changing_hands_told_after_the_fighting_ranks_above_it(context, sub):
    """One report: the fighting, then in its own sentence who took the town (§1.2 hierarchy within Battles)."""
    label = classify("The army and the rebels fought for hours around Lodwar on Monday.", context)
    assert label is not None and label.sub_event_type == sub


@pytest.mark.parametrize("context", ["The rebels had first captured Lodwar in 2014.",
                                     "Government troops had quietly taken over Lodwar a month before."])
def test_a_town_taken_before_leaves_the_clash_a_clash(context):
    label = classify("The army and the rebels fought for hours around Lodwar on Monday.", context)
    assert label is not None and label.sub_event_type == "Armed clash"
