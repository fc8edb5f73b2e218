"""Codebook distinctions for case-style news (#14, session 19): sentences written for these tests, none from an
evaluation set. Each names the language it covers, not a place or an actor."""
from __future__ import annotations

import pytest

from eventdesk.extraction.classify import classify


def _sub(sentence: str) -> str | None:
    label = classify(sentence)
    return label.sub_event_type if label else None


@pytest.mark.parametrize("sentence,expected", [
    ("Warships fired twelve cruise missiles at what officials called two chemical weapons facilities near Orsa on "
     "Friday.", "Shelling/artillery/missile attack"),
    ("Jets bombed a missile depot outside Orsa overnight.", "Air/drone strike"),
])
def test_a_weapon_named_as_the_targets_kind_is_not_the_weapon_used(sentence, expected):
    """A facility, depot or stockpile of a weapon is what was struck (§1.2: the sub-type is the weapon used)."""
    assert _sub(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Warships fired cruise missiles at an airfield near Orsa on Friday in retaliation for a suspected sarin attack "
     "on a village last week.", "Shelling/artillery/missile attack"),
    ("Gunmen shot dead three villagers near Orsa on Friday to avenge a grenade attack on their leader.", "Attack"),
    ("The sanctions are a response to the alleged nerve agent attack on a defector in Orsa.", None),
])
def test_the_attack_a_strike_answers_is_an_earlier_incident(sentence, expected):
    """'In retaliation for', 'to avenge': the attack answered is another incident (§1.9); with no strike told
    before it, the clause is left to the other rules."""
    assert _sub(sentence) == expected


def test_a_possessive_names_a_group_not_captives():
    assert _sub("Troops captured two People's Liberation Front camps near Orsa over the weekend.") != "Arrests"
    assert _sub("Troops captured forty people in a raid near Orsa over the weekend.") == "Arrests"


@pytest.mark.parametrize("sentence,expected", [
    ("A string of villages was handed over by the militia to army control on Monday as part of a truce ending "
     "three months of fighting.", "Non-violent transfer of territory"),
    ("The district was formally ceded to the rebels on Monday.", "Non-violent transfer of territory"),
    ("The two sides signed a peace deal on Monday under which the rebels will hand over the town.", "Agreement"),
])
def test_a_handover_done_under_a_deal_is_the_event(sentence, expected):
    """Territory handed over (also in the passive) 'as part of' a deal: the handover is the news, the deal its
    reason (§1.2 Non-violent transfer of territory); the war it ends is background (§1.9)."""
    assert _sub(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Thousands of nurses marched through Orsa on Saturday. There were scuffles near the ministry.",
     "Violent demonstration"),
    ("Hundreds of students rallied outside the university on Monday. Scuffles broke out at the gate.",
     "Violent demonstration"),
])
def test_scuffles_at_a_demonstration_make_it_violent(sentence, expected):
    """Scuffles told without their sides are clashes (§1.3: clashes make a Violent demonstration)."""
    assert _sub(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Thousands of protesters gathered in Orsa on Sunday, undeterred by the previous day, when police opened fire on "
     "marchers, killing three.", "Peaceful protest"),
    ("Thousands of protesters gathered in Orsa on Sunday. The police then fired at the marchers and killed three.",
     "Excessive force against protesters"),
])
def test_force_told_on_another_day_is_another_event(sentence, expected):
    """'The previous day, when police opened fire': force of another day is not this protest's (§1.9)."""
    assert _sub(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Dozens of separatist fighters were detained in a series of security operations across the north last week.",
     "Arrests"),
    ("Troops killed ten fighters during military operations near Orsa on Monday.", "Armed clash"),
    ("A reporter was detained by the rebels at a checkpoint near Orsa on Monday.", "Abduction/forced disappearance"),
])
def test_people_detained_in_operations_are_arrests(sentence, expected):
    """An operation that is only how arrests were made is no battle; in the passive, the armed group named before
    'were detained' is the one held, not the captor (§1.2 Arrests)."""
    assert _sub(sentence) == expected


def test_a_capital_seized_is_ground_taken():
    assert _sub("Insurgents seized the capital of a remote mountain province early on Sunday.") \
        == "Non-state actor overtakes territory"
    assert _sub("Police seized capital worth millions from the bank.") is None


@pytest.mark.parametrize("sentence,expected", [
    ("The army recovered three villages near the border from the rebels on Monday.", "Government regains territory"),
    ("Government troops won back the hill district from the insurgents on Monday.", "Government regains territory"),
    ("The ruling party won back the seat in the by-election.", None),
])
def test_ground_recovered_is_ground_regained(sentence, expected):
    """'Recovered' or 'won back' with a place as its object is a regaining (§1.2 Government regains territory);
    weapons or bodies recovered, or a seat won back, are not ground."""
    assert _sub(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Coalition aircraft fired six air-to-surface missiles at a depot near Orsa on Tuesday.", "Air/drone strike"),
    ("The allies launched forty air missiles at two bases near Orsa on Tuesday.", "Air/drone strike"),
])
def test_missiles_fired_from_the_air_are_an_air_strike(sentence, expected):
    """An air-to-surface or air-launched missile is an air strike (§1.2 Air/drone strike); a surface-to-air
    missile is not fired from the air."""
    assert _sub(sentence) == expected
    assert _sub("Rebels fired a surface-to-air missile at a convoy near Orsa on Tuesday.") != "Air/drone strike"
