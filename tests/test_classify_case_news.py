"""News sentences whose event the coder must see (#14, news snippets): the sentence gate knows the verbs that
report a change of hands, a thrown grenade, a suicide bombing or losses in raids, and the classifier
types them by the codebook's hierarchy (reference/codebook.md §1.2, §1.3). Sentences written for these tests."""
from __future__ import annotations

import pytest

from eventdesk.extraction.classify import classify, is_event_sentence


@pytest.mark.parametrize("sentence,expected", [
    # a side driven from ground it held is a change of hands (§1.2), not only the fighting
    ("Government troops drove the rebels out of two villages near Kasala on Friday.", "Government regains territory"),
    ("Army units drove back the insurgents from a hill outside Dornfeld on Tuesday.", "Government regains territory"),
    ("The insurgents were pushed back from their positions outside Dornfeld by the army on Tuesday.",
     "Government regains territory"),
    # explosions told by the thrower's or the bomber's act
    ("Militants lobbed a grenade into a parked police truck in Sorin on Monday.", "Grenade"),
    ("Two bombers blew themselves up at a bus depot in Marrak on Sunday.", "Suicide bomb"),
    # losses in raids by an army's helicopters: the owner is named before the aircraft
    ("Near Tobel the rebels sustained heavy losses in raids by air force choppers.", "Air/drone strike"),
])
def test_gate_passes_and_types_news_verbs(sentence, expected):
    assert is_event_sentence(sentence)
    label = classify(sentence)
    assert label is not None and label.sub_event_type == expected


def test_blister_agent_by_its_chemical_name_is_a_chemical_weapon():
    label = classify("Government forces used sulphur mustard on the village of Qarat on Monday.")
    assert label is not None and label.sub_event_type == "Chemical weapon"


@pytest.mark.parametrize("sentence,expected", [
    # protest forms named like the sit-in (§1.3)
    ("Dozens of nurses staged a die-in outside the health ministry in Lomé on Friday.", "Peaceful protest"),
    # protests awaited are no protest yet: the deployment is the event (§1.2 Change to group/activity)
    ("The government deployed troops to the capital in anticipation of opposition protests on Friday.",
     "Change to group/activity"),
    # people intercepted by the authorities are held (§1.2 Arrests)
    ("Police intercepted five suspected militants near the border town of Kuro on Monday.", "Arrests"),
    # the side named after the source took the ground, not the source's army (§1.2)
    ("According to an army spokesman, insurgents took control of the town of Bira on Sunday.",
     "Non-state actor overtakes territory"),
])
def test_news_sentences_are_typed_by_the_codebook(sentence, expected):
    assert is_event_sentence(sentence)
    label = classify(sentence)
    assert label is not None and label.sub_event_type == expected


@pytest.mark.parametrize("sentence,expected", [
    # a peaceful protest that turns violent is one Riots event (§1.3)
    ("Hundreds marched in Lusaka on Monday and the protest later descended into violence.", "Violent demonstration"),
    # the arrests the crowd protests against are its grievance, planned by others: nothing was done to it
    ("Teachers rallied in Accra on Friday against the ministry's plans for mass dismissals and arrests of union leaders.",
     "Peaceful protest"),
])
def test_what_the_crowd_did_and_what_was_done_to_it(sentence, expected):
    label = classify(sentence)
    assert label is not None and label.sub_event_type == expected


def test_women_and_girls_abused_by_armed_men_is_sexual_violence():
    sentence = "Militiamen abused women and girls in the camp at Dara on Monday."
    assert is_event_sentence(sentence)
    label = classify(sentence)
    assert label is not None and label.sub_event_type == "Sexual violence"


@pytest.mark.parametrize("sentence", [
    "The foreign troops handed control of the airfield back to the national army on Tuesday.",
    # the force's mandate names a fight that is not this incident
    "The peacekeeping force tasked with fighting the rebels withdrew from the Kalo base on Monday.",
])
def test_ground_handed_over_or_left_without_fighting_is_a_non_violent_transfer(sentence):
    assert is_event_sentence(sentence)
    label = classify(sentence)
    assert label is not None and label.sub_event_type == "Non-violent transfer of territory"
