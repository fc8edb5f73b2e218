"""Who the victim of an attack is: an escort named as a noun, the attacker's own fellow, the object after a by-agent,
and an abduction from armed men (issue 14). Sentences written for these tests."""
from __future__ import annotations

import pytest

from eventdesk.extraction.classify import classify


def _sub(text: str) -> str | None:
    label = classify(text)
    return label.sub_event_type if label is not None else None


@pytest.mark.parametrize("sentence", [
    "Bandits attacked a fuel convoy moving under military escort near Kolda.",
    "Gunmen ambushed two lorries travelling with an armed escort on the road to Tambacounda.",
])
def test_an_escort_named_as_a_noun_is_the_side_attacked(sentence):
    """The escort is armed and meets the attack: two armed sides, a battle (codebook §1.2)."""
    assert _sub(sentence) == "Armed clash"


def test_a_convoy_with_no_escort_stays_an_attack():
    assert _sub("Bandits attacked a fuel convoy near Kolda.") == "Attack"


@pytest.mark.parametrize("sentence", [
    "A corporal shot dead his colleague at the barracks gate in Kolda.",
    "A peacekeeper opened fire on his comrades at their camp, wounding three.",
])
def test_an_armed_mans_colleague_is_of_his_armed_side(sentence):
    """A soldier or peacekeeper firing on his fellows: armed on both sides (codebook §1.2, §1.4)."""
    assert _sub(sentence) == "Armed clash"


@pytest.mark.parametrize("sentence", [
    "A trader shot dead his colleague at the market in Kolda.",
    "Lawyers in Kolda claimed that a gendarme beat their colleague outside the courthouse.",
])
def test_a_colleague_of_a_civilian_or_of_a_speaker_stays_a_civilian(sentence):
    assert _sub(sentence) == "Attack"


def test_the_object_after_a_by_agent_is_the_target_of_the_attack():
    """ "an attack by X on Y": the agent sits inside the cue, the target comes after it."""
    assert _sub("An attack by rebels on an army position near Kolda was reported on Monday.") == "Armed clash"


def test_a_fighter_taken_in_an_attack_on_a_checkpoint_is_a_battle():
    """The attack hit armed men; taking one of them away ends a battle, it is no abduction of a civilian (§1.2)."""
    assert _sub("Militiamen attacked an army checkpoint outside Kolda and took away one of the guards.") == "Armed clash"
    assert _sub("Gunmen attacked the house of a teacher in Kolda and abducted his daughter.") \
        == "Abduction/forced disappearance"


def test_a_hedge_on_the_crowds_own_verb_keeps_its_violence():
    """ "were allegedly throwing stones": the hedge qualifies the crowd's act, it is no grievance (§1.3)."""
    assert _sub("Twelve pupils were held after police broke up a march at the college in Kolda. "
                "The pupils were allegedly throwing stones at the gate.") == "Violent demonstration"
    assert _sub("Parents marched in Kolda against youths allegedly throwing stones at school buses.") == "Peaceful protest"


def test_material_piled_on_a_road_is_road_blocking():
    """Codebook §1.3: road-blocking with barricades, burning tyres or other material is a Violent demonstration."""
    assert _sub("Traders in Kolda protested the new levy by piling logs and stones across the main road.") \
        == "Violent demonstration"
    assert _sub("Mourners laid flowers on the steps of the town hall in Kolda.") is None


def test_a_hedge_before_planning_is_no_hedge_on_the_attack():
    """A hedge on a plot ("allegedly plotting"): the hedge is on the plotting, and the attack is why they were held."""
    assert _sub("Gendarmes in Kolda detained six militia members for allegedly plotting attacks against the port.") \
        == "Arrests"
