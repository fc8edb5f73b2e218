"""Readings of the coder added for text it has never seen (issue 14): arrests beside a protest or riot, a note's
reduced passive, attempts told with coordinated infinitives. Sentences written for these tests."""
from __future__ import annotations

from eventdesk.extraction.classify import classify
from eventdesk.extraction.classify.base import Cue
from eventdesk.extraction.classify.sides import perpetrator_side, victim_side


def _cue(text: str, word: str) -> Cue:
    k = text.index(word)
    return Cue(word, k, k + len(word))


def test_a_demonstration_or_riot_told_beside_arrests_leaves_them_arrests():
    """Full-length news tells arrests "in connection with" riots of other days: the report's other sentences do not
    make the arrests part of a riot or a protest."""
    passage = "Police arrested two activists of the teachers' union in Kasama on Tuesday."
    for context in ("The union had called a march in Kasama for the end of the month.",
                    "Rioters in Kasama had torched three shops last week."):
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


def test_a_notes_present_tense_reports_an_incident():
    from eventdesk.extraction.classify import is_event_sentence, reports_incident
    assert is_event_sentence("Nursing students protest over unpaid allowances in Mzuzu.")
    assert reports_incident("Government troops attack a militia camp near Walikale.")


def test_present_tense_of_habit_speech_or_plans_reports_nothing():
    from eventdesk.extraction.classify import reports_incident
    for s in ("Officials say bandits attack farms around Tsafe.",
              "Bandits attack farms around Tsafe every harvest season.",
              "Diplomats fear the militia will attack the port.",
              "The union plans further marches in Blantyre next month."):
        assert not reports_incident(s), s


def test_a_noun_before_a_past_verb_is_no_present_report():
    from eventdesk.extraction.classify import reports_incident
    assert not reports_incident("The Ethiopian attack prompted the envoy to ask for talks with the militia.")


def test_property_the_crowd_wrecked_makes_the_protest_violent():
    """Codebook §1.3: demonstrators' destruction of property is a Violent demonstration, told in the passive with the
    crowd as its agent, with the crowd as the subject of a destruction verb, or as fires the crowd lit."""
    for text in ("Traders marched to the town hall in Kasama over new fees. Two kiosks were wrecked by the marchers.",
                 "Traders marched to the town hall in Kasama over new fees. The marchers later smashed a row of signboards.",
                 "Traders marched in Kasama over new fees, and a blaze was lit by the strikers at the market gate."):
        label = classify(text)
        assert label is not None and label.sub_event_type == "Violent demonstration", text
    for text in ("Traders marched in Kasama after their kiosks were wrecked by soldiers.",
                 "Traders marched in Kasama; the protesters said soldiers had destroyed their stalls."):
        label = classify(text)
        assert label is not None and label.event_type == "Protests", text


def test_a_crowd_running_from_the_police_does_its_own_violence():
    """A report's other sentence whose subject is the crowd, with the police only after a preposition, tells the
    crowd's act (codebook §1.3), while the police as a subject act on the crowd."""
    passage = "Students demonstrated outside the college in Kasama and police fired tear gas at them."
    label = classify(passage, "Some students running from the police later threw stones at passing buses.")
    assert label is not None and label.sub_event_type == "Violent demonstration"
    label = classify(passage, "Police later threw stones back at the students.")
    assert label is not None and label.event_type == "Protests"


def test_a_non_aggression_pact_is_an_agreement():
    """Codebook §1.2 Agreement: a non-aggression pact is made between sides of a conflict, signed in either voice."""
    for text in ("Two village militias signed a non-aggression pact at the mission in Kasama.",
                 "In Kasama a non-aggression accord has been signed by the chiefs of two rival militias."):
        label = classify(text)
        assert label is not None and label.sub_event_type == "Agreement", text


def test_civilians_captured_are_held_not_ground_taken():
    """Codebook §1.2: a change of territory is about places; civilians a side captures are an abduction when an armed
    group holds them and an arrest when state forces do, while a captured town stays territory."""
    label = classify("Gunmen captured two nurses near the clinic in Kalo.")
    assert label is not None and label.sub_event_type == "Abduction/forced disappearance"
    label = classify("Soldiers captured three traders at the market in Kalo.")
    assert label is not None and label.sub_event_type == "Arrests"
    label = classify("Rebels captured the town of Kalo and residents fled.")
    assert label is not None and label.sub_event_type == "Non-state actor overtakes territory"
    label = classify("Troops captured two Free People's Front camps in the hills above Kalo.")
    assert label is not None and label.sub_event_type == "Government regains territory"


def test_forces_storming_a_building_are_not_the_crowd_rioting():
    """Codebook §1.3: a Violent demonstration is the demonstrators' violence; police who storm or ransack the place of
    a sit-in act on the crowd, while demonstrators who storm an office riot."""
    label = classify("Riot police stormed the offices of the teachers' union in Kalo, where members had held a sit-in.")
    assert label is not None and label.event_type == "Protests"
    label = classify("Teachers protested in Kalo and stormed the offices of the district council.")
    assert label is not None and label.sub_event_type == "Violent demonstration"
