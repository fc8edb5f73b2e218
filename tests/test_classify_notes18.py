"""The short-note and headline grammar the coder must read on text it has never seen (issue 14): verbless leads,
present tense with both sides as the subject or two verbs, and what stays no report. Sentences written for these tests."""
from __future__ import annotations

import pytest

from eventdesk.extraction.classify import classify, is_event_sentence


@pytest.mark.parametrize("sentence,sub", [
    ("Fresh fighting between two cattle-raiding militias near Lokori, four reported dead.", "Armed clash"),
    ("Clashes between the army and the Kalo Liberation Front in Tema district.", "Armed clash"),
    ("Second day of fighting between rebels and troops around the Mbalo bridge.", "Armed clash"),
    ("Protests continue in Tema over the price of bread.", "Peaceful protest"),
])
def test_a_verbless_lead_reports_the_incident(sentence, sub):
    assert is_event_sentence(sentence)
    label = classify(sentence)
    assert label is not None and label.sub_event_type == sub


@pytest.mark.parametrize("sentence", [
    "Protests continued to grow in size over the following years.",  # a trend, not the day's report
    "Clashes between herders and farmers have become common since 2014.",  # background by year
])
def test_a_lead_noun_in_background_stays_no_report(sentence):
    assert not is_event_sentence(sentence)


@pytest.mark.parametrize("sentence,sub", [
    ("Troops and rebels clash near Mbalo, two reported dead.", "Armed clash"),
    ("A crowd beats and burns three alleged goat thieves in Lokori on 12/02.", "Mob violence"),
    ("Police open fire on a crowd of traders in the Tema market.", "Attack"),
])
def test_present_tense_with_both_sides_or_two_verbs_reports(sentence, sub):
    assert is_event_sentence(sentence)
    label = classify(sentence)
    assert label is not None and label.sub_event_type == sub


def test_coordinated_nouns_are_no_present_report():
    """ "Raids and arrests are common": two nouns, not a verb; and a reported claim stays someone else's words."""
    assert not is_event_sentence("Protests and strikes are common in Tema.")
    assert not is_event_sentence("Officials said that soldiers and rebels clash often near Mbalo.")


@pytest.mark.parametrize("sentence,event_type", [
    ("Insurgents launched a hit-and-run raid on a remote army checkpoint outside Kalo overnight on 3/04.", "Battles"),
    ("Gunmen launched an ambush against a supply convoy near Mbalo.", "Battles"),
    ("Angry locals in Tema retaliated by pelting officers with rocks and setting tyres alight.", "Riots"),
])
def test_launched_and_retaliated_report_the_act_told_after_them(sentence, event_type):
    assert is_event_sentence(sentence)
    label = classify(sentence)
    assert label is not None and label.event_type == event_type


@pytest.mark.parametrize("sentence", [
    "Clashes between cultivators and cattle herders near the Kalo wells.",
    "Skirmishes broke out between two communal groups near the Mbalo dam.",
])
def test_communities_fighting_are_their_militias_battle(sentence):
    """Herders and farmers, or communal groups, named as the sides field their own militias (§1.2, §1.4)."""
    label = classify(sentence)
    assert label is not None and label.sub_event_type == "Armed clash" and label.rule == "communal_fighting"


@pytest.mark.parametrize("sentence,sub", [
    ("Two soldiers killed when gunmen attacked a supply convoy near Kalo.", "Armed clash"),
    ("A villager killed when gunmen attacked a bus near Kalo.", "Attack"),
    ("Vigilantes attacked a small group of Boko Haram in a village east of Kalo on 3/04 and killed two.", "Armed clash"),
])
def test_who_was_hit_decides_battle_or_attack(sentence, sub):
    """A note's reduced passive before "when" names the ones hit; "a group of" an armed organisation is its fighters."""
    label = classify(sentence)
    assert label is not None and label.sub_event_type == sub


@pytest.mark.parametrize("sentence", [
    "Police arrested two men in connection with last week's riots in Tema.",  # another day's riot
    "Police arrested a man suspected of torching his neighbour's house in Tema.",  # one person's act
])
def test_arrests_for_another_days_or_one_persons_violence_stay_arrests(sentence):
    label = classify(sentence)
    assert label is not None and label.sub_event_type == "Arrests"


@pytest.mark.parametrize("sentence", [
    "Police arrested three youths who had stoned a bus in Tema.",  # pluperfect: an act before the arrests
    "Four traders were detained in Tema after the riots.",  # named as a known event
])
def test_a_crowds_violence_told_as_before_leaves_the_arrests(sentence):
    label = classify(sentence)
    assert label is not None and label.sub_event_type == "Arrests"


def test_a_remote_controlled_ied_abbreviated_is_an_ied():
    label = classify("An RCIED struck a police patrol near the Kalo junction on 04/01, wounding two officers.")
    assert label is not None and label.sub_event_type == "Remote explosive/landmine/IED"


@pytest.mark.parametrize("sentence", [
    "Furious learners and their parents ransacked the district education office in Kalo.",
    "About 80 riders stormed a police post in Kalo to free a detained colleague.",
    "Displaced people in the camp set fire to homes in Kalo and injured six.",
])
def test_pupils_parents_riders_and_the_displaced_are_a_crowd(sentence):
    label = classify(sentence)
    assert label is not None and label.sub_event_type == "Mob violence"


def test_arrests_told_after_the_lead_act_leave_that_act_the_event():
    label = classify("Three gang members shot a shopkeeper dead in Tema. Officers caught them two days afterwards in a gunfight.")
    assert label is not None and label.sub_event_type != "Mob violence" and label.rule != "arrest_for_crowd_violence"


@pytest.mark.parametrize("sentence,sub", [
    ("Soldiers allegedly raided a school in Kalo, wounding two pupils.", "Attack"),  # a hedge, not a grievance
    ("Residents marched in Kalo against police who allegedly killed a trader.", "Peaceful protest"),  # the grievance
    ("Abuses against civilians were committed by the rebels in Kalo between 3 and 5 May.", "Attack"),
    ("Militiamen committed atrocities against villagers in Kalo.", "Attack"),
])
def test_hedged_acts_and_atrocities_are_reported_violence(sentence, sub):
    label = classify(sentence)
    assert label is not None and label.sub_event_type == sub


@pytest.mark.parametrize("sentence,sub", [
    ("Police find and remove a concealed bomb left beside a Kalo bus stand on 3/04.", "Disrupted weapons use"),
    ("Government troops capture two rebel commanders near Kalo on 16/01.", "Arrests"),
    ("A conflict between herders and farmers near Kalo claimed six lives.", "Armed clash"),
])
def test_a_notes_present_tense_and_a_deadly_conflict(sentence, sub):
    label = classify(sentence)
    assert label is not None and label.sub_event_type == sub


def test_removing_a_measure_is_no_report():
    assert not is_event_sentence("The government removes fuel subsidies in Kalo.")


def test_a_camp_cleared_is_ground_taken_whoever_is_killed_after_the_comma():
    label = classify("Troops clear the rebels' Kalo camp, killing 12 fighters.")
    assert label is not None and label.sub_event_type == "Government regains territory"
    label = classify("Troops captured five fighters near Kalo.")
    assert label is not None and label.sub_event_type == "Arrests"


@pytest.mark.parametrize("sentence,reports", [
    ("A magnetic bomb attached to a car exploded near the Kalo market on 27/01.", True),  # "to" + article: a preposition
    ("Gunmen from a village close to the border attacked a bus near Kalo.", True),
    ("Rebels planned to attack the town of Kalo.", False),  # an infinitive: a plan
    ("Rebels used to attack convoys near Kalo.", False),  # a habit
])
def test_to_before_an_article_is_a_preposition_not_an_infinitive(sentence, reports):
    assert is_event_sentence(sentence) is reports


@pytest.mark.parametrize("sentence,sub", [
    ("Two rangers killed and one hurt in an ambush near Lokori.", "Armed clash"),
    ("Three shopkeepers killed in a raid by gunmen on Tema market.", "Attack"),
])
def test_a_headline_reduced_passive_reports_the_incident(sentence, sub):
    """A short subject and a participle with no finite verb after it is a note's or headline's report."""
    assert is_event_sentence(sentence)
    label = classify(sentence)
    assert label is not None and label.sub_event_type == sub


@pytest.mark.parametrize("sentence", [
    "A ranger killed in the ambush near Lokori was buried on Sunday.",
    "The shopkeeper killed in the raid will be remembered at a service in Tema.",
])
def test_a_participle_before_the_finite_verb_stays_no_report(sentence):
    assert not is_event_sentence(sentence)
