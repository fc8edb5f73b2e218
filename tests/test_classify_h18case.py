"""Codebook distinctions for case-style news (#14, session 18): sentences written for these tests, none from an
evaluation set. Each names the language it covers, not a place or an actor."""
from __future__ import annotations

import pytest

from eventdesk.extraction.classify import classify


def _sub(sentence: str) -> str | None:
    label = classify(sentence)
    return label.sub_event_type if label else None


@pytest.mark.parametrize("sentence,expected", [
    ("Engineers built a new army outpost outside Velma on Tuesday, where tanks, trucks and some heavy weapons "
     "were stationed.", "Headquarters or base established"),
    ("Mortars and armoured cars have been moved to the hills above Velma.", None),
    ("Shells hit a camp of soldiers who were deployed near Velma, wounding four.", "Shelling/artillery/missile attack"),
])
def test_weapons_deployed_in_the_passive_are_no_strike(sentence, expected):
    """Weapons told as moved into place ("were deployed") were not fired (§1.2 Explosions/Remote violence needs
    the weapon used); a relative clause about the target does not make the strike a deployment."""
    assert _sub(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Armed men came into Velma on Sunday last week and opened fire on traders at the cattle market.", "Attack"),
    ("Gunmen stormed a farm near Velma on Tuesday last month and shot dead two herders.", "Attack"),
    ("Hundreds marched in Velma on Monday to denounce the shooting of two herders last month.", "Peaceful protest"),
])
def test_a_day_before_last_week_dates_the_act_not_a_grievance(sentence, expected):
    """ "on Sunday last week ... opened fire": the time phrase says when this act happened (§1.9); a protest's
    grievance told with "last month" stays a grievance."""
    assert _sub(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Security officers detained six union organisers before the teachers' rally in Velma on Monday.", "Arrests"),
    ("Police arrested a dozen students on the eve of the march in Velma.", "Arrests"),
    ("Police detained a dozen marchers during the rally in Velma before clearing the square.", "Protest with intervention"),
])
def test_arrests_made_before_a_protest_are_arrests(sentence, expected):
    """Arrests that forestall a rally are Arrests (§1.2); arrests at a rally under way are a Protest with
    intervention (§1.3)."""
    assert _sub(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Soldiers shoot dead three marchers in Velma as the protests spread", "Excessive force against protesters"),
    ("Police open fire on demonstrators outside the Velma governor's office", "Excessive force against protesters"),
    ("Gunmen behead two herders near Velma", "Attack"),
    ("Troops torch homes in a village outside Velma", "Looting/property destruction"),
    ("Insurgents capture Velma after a two-day battle", "Non-state actor overtakes territory"),
    ("Troops retake Velma from the insurgents", "Government regains territory"),
    ("The army vowed to retake Velma before the rains.", None),
    ("Customs officers seize Brazilian coffee worth millions in Velma.", None),
])
def test_headlines_and_captions_in_the_present_tense(sentence, expected):
    """Headlines and photo captions tell the act in the present ("troops shoot dead", "insurgents capture X"):
    the same sub-event type as the past tense; an intention or goods seized stay no event."""
    assert _sub(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Some marchers opened fire on the guards of the Velma town hall during the protest.", "Violent demonstration"),
    ("A few demonstrators used live rounds against the police at the Velma rally, officials said.", "Violent demonstration"),
    ("Three marchers were shot dead by soldiers during the protest in Velma.", "Excessive force against protesters"),
])
def test_lethal_force_by_the_crowd_is_its_riot(sentence, expected):
    """Excessive force is lethal force against protesters (§1.3); protesters who shoot are rioting themselves, a
    Violent demonstration. The passive keeps the protesters as the ones hit."""
    assert _sub(sentence) == expected
