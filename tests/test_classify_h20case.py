"""Codebook distinctions for case-style news (#14, session 20): sentences written for these tests, none from an
evaluation set. Each names the language it covers, not a place or an actor."""
from __future__ import annotations

import pytest

from eventdesk.extraction.classify import classify


def _sub(sentence: str) -> str | None:
    label = classify(sentence)
    return label.sub_event_type if label else None


@pytest.mark.parametrize("sentence", [
    "Hundreds of insurgents hit army posts from two sides, then captured parts of Velmor city before dawn.",
    "Rebels ambushed a police convoy on the ring road and then seized the district offices in Velmor.",
    "The militia killed six soldiers at the checkpoint and overran the garrison town of Velmor on Tuesday.",
    "Jihadist fighters stormed a gendarmerie post near Velmor and took control of the market town.",
    "Armed separatists raided the barracks outside Velmor and occupied the airport on Sunday.",
])
def test_the_state_side_a_rebel_attack_hit_is_not_the_taker(sentence):
    """'X attacked the army and took the town': the force named after an active verb of violence is its object,
    so the side that took the ground is the non-state subject (§1.2 Non-state actor overtakes territory)."""
    assert _sub(sentence) == "Non-state actor overtakes territory"


@pytest.mark.parametrize("sentence", [
    "The army attacked rebel hideouts near Velmor and recaptured the village on Friday.",
    "Government troops shelled militia trenches and retook the hill above Velmor.",
    "Insurgents were attacked by troops who then took back the town of Velmor.",
    "Dozens of fighters were killed and wounded as soldiers cleared them from the newly captured districts of Velmor.",
])
def test_the_state_still_takes_ground_it_fought_for(sentence):
    """A state subject, a passive with its agent, or a clause of its own keeps the capture the government's."""
    assert _sub(sentence) == "Government regains territory"


@pytest.mark.parametrize("sentence", [
    "Government forces took control of three hamlets east of Velmor without meeting any resistance.",
    "The rebels entered the provincial capital without firing a single shot, residents said.",
    "Soldiers retook the border post near Velmor on Monday without encountering any fighting.",
    "Militia units seized the oil depot outside Velmor without facing resistance from the guards.",
])
def test_ground_taken_without_meeting_a_fight_is_nonviolent(sentence):
    """'without meeting / facing / firing ...': a capture told with no fighting is a Non-violent transfer of
    territory (§1.2), whatever the verb of the 'without' phrase."""
    assert _sub(sentence) == "Non-violent transfer of territory"


@pytest.mark.parametrize("sentence", [
    "Police arrested the opposition organiser at his home in Velmor without any resistance on Friday.",
    "Officers detained two activists outside the Velmor courthouse without firing a shot.",
    "Security agents detained the union leader in Velmor without meeting resistance, his lawyer said.",
])
def test_an_arrest_without_resistance_hands_over_no_ground(sentence):
    """How an arrest went ('without resistance') is no territory changing hands: the event is the arrest (§1.2)."""
    assert _sub(sentence) == "Arrests"


@pytest.mark.parametrize("sentence", [
    "Allied units are redeploying to the hill posts that they had withdrawn from during the Velmor siege.",
    "The battalion returned on Monday to the hilltop it had withdrawn from in the spring near Velmor.",
])
def test_a_withdrawal_told_in_the_past_perfect_is_background(sentence):
    """'the posts they had pulled out from': an earlier move the news goes back to (§1.9), not the handover told."""
    assert _sub(sentence) != "Non-violent transfer of territory"


@pytest.mark.parametrize("sentence", [
    "Allied units are redeploying to the hill posts that they had withdrawn from during the Velmor siege.",
    "Two army brigades were redeployed from the capital to the Velmor frontier on Wednesday.",
    "Marine units began redeploying along the Velmor coast on Thursday, the navy said.",
])
def test_a_redeployment_is_a_change_to_group_activity(sentence):
    """Forces moved to other positions, with no fighting told: Change to group/activity (§1.2)."""
    assert _sub(sentence) == "Change to group/activity"


def test_a_withdrawal_told_as_the_news_stays_a_handover():
    assert _sub("Rebel fighters pulled out of the town of Velmor on Sunday, leaving it to the army.") == \
        "Non-violent transfer of territory"


def test_a_past_perfect_withdrawal_in_context_does_not_make_a_capture_nonviolent():
    """The report's other sentences move a capture to a handover only with a handover told as news (§1.2)."""
    label = classify("Government forces regained control of parts of Velmor on Thursday.",
                     context="Many insurgents had already retreated from Velmor when the soldiers arrived.")
    assert label is not None and label.sub_event_type == "Government regains territory"


@pytest.mark.parametrize("sentence", [
    "militants attacked the army camp on 4 march near the river, killing two soldiers.",
    "the rebels have held the valley since late march, villagers say.",
    "the two governments began talks in march to settle the border dispute.",
    "gunmen killed a trader on march 12 in the old quarter.",
])
def test_the_month_in_a_lower_cased_text_is_no_march(sentence):
    """In a caseless archive 'march' beside a day number or after 'in', 'since', 'late' is the month (§1.3 needs a
    gathering of people)."""
    assert _sub(sentence) not in ("Peaceful protest", "Protest with intervention", "Violent demonstration")


@pytest.mark.parametrize("sentence", [
    "thousands of teachers joined a march to the ministry on monday.",
    "the students took out a march on march 3 in the town.",
    "farmers began a long march from the villages to the capital in april.",
])
def test_a_lower_case_march_of_people_stays_a_protest(sentence):
    assert _sub(sentence) == "Peaceful protest"


@pytest.mark.parametrize("sentence", [
    "Troops captured two Workers' Front camps near Velmor over the weekend.",
    "Marines seized three People's Militia bases on the Velmor coast on Friday.",
    "Soldiers overran a National Resistance Army (NRA) camp near Velmor on Sunday.",
    "The army took over the Peasants' Union (PU) stronghold outside Velmor after a week of fighting.",
])
def test_a_named_group_before_its_camp_does_not_hide_the_capture(sentence):
    """A possessive ('People's') or an acronym in brackets inside the group's name is part of the name of the place
    taken: a camp or base captured by state forces is Government regains territory (§1.2)."""
    assert _sub(sentence) == "Government regains territory"


def test_people_captured_are_still_arrests():
    assert _sub("Soldiers captured forty people in a raid near Velmor over the weekend.") == "Arrests"


@pytest.mark.parametrize("sentence", [
    "Six park rangers were killed on Sunday in a tank attack that officials blamed on a militia near Velmor.",
    "Three tanks attacked army positions near Velmor, killing four soldiers.",
    "Tanks pounded the western suburbs of Velmor overnight, wounding five civilians.",
])
def test_tank_fire_is_shelling(sentence):
    """A tank's gun fired at a target from a distance is Shelling/artillery/missile attack (§1.2), as tank rounds are."""
    assert _sub(sentence) == "Shelling/artillery/missile attack"


def test_tanks_in_a_ground_battle_stay_a_battle():
    assert _sub("Soldiers and tanks attacked the rebel trenches near Velmor and fought for six hours.") == "Armed clash"



def test_troopers_are_a_state_force():
    """'Troopers' (cavalry, airborne or state police) are state forces taking a rebel camp (§1.2, §1.4)."""
    assert _sub("Troopers of the northern command captured two Workers' Front (WF) camps near Velmor over the "
                "weekend.") == "Government regains territory"


@pytest.mark.parametrize("sentence", [
    "A bomb was found near the Velmor airport and defused on Monday, a day after a series of blasts killed 200 people.",
    "Police defused a device left near the Velmor stadium, days after explosions at three churches killed dozens.",
    "Two weeks after a car bomb went off outside the ministry, soldiers found and defused a similar device in Velmor.",
])
def test_a_device_defused_days_after_other_blasts_is_disrupted_weapons_use(sentence):
    """A blast dated to another day ('a day after', 'two weeks after') is another incident (§1.9): the news is the
    device made safe, Disrupted weapons use (§1.2)."""
    assert _sub(sentence) == "Disrupted weapons use"


def test_a_second_device_defused_after_the_first_went_off_is_the_explosion():
    assert _sub("Police defused a second bomb near the Velmor market after the first one exploded, killing "
                "three.") == "Remote explosive/landmine/IED"


@pytest.mark.parametrize("sentence", [
    "A mass grave holding the remains of dozens of soldiers killed by the militants was discovered outside Velmor.",
    "Officials said the mass graves hold the remains of about two hundred prisoners the rebels executed last year.",
    "Forensic teams opened a common grave near Velmor with the bodies of 30 men shot by a death squad.",
])
def test_a_mass_grave_told_before_its_dead_is_other(sentence):
    """The killings told after a mass grave are what filled it, done before it was found (§1.9): the news is the
    grave, which ACLED codes as Other (§1.2 Strategic developments)."""
    assert _sub(sentence) == "Other"


@pytest.mark.parametrize("sentence", [
    "Gunmen shot twenty farmers near Velmor and then hid their corpses in one mass grave.",
    "Soldiers shot dead 12 men and dumped their bodies in a common grave outside Velmor on Friday.",
])
def test_killings_told_before_the_grave_stay_the_event(sentence):
    assert _sub(sentence) == "Attack"


@pytest.mark.parametrize("sentence", [
    "Two attackers detonated explosive vests at the gate of the police academy in Velmor, killing nine cadets.",
    "A man set off a bomb belt inside the mosque in Velmor during Friday prayers.",
    "A teenager blew up an explosives-laden vest at a checkpoint near Velmor.",
])
def test_an_explosive_vest_set_off_is_a_suicide_bomb(sentence):
    """A vest or belt of explosives goes off on the one who wears it: Suicide bomb (§1.2)."""
    assert _sub(sentence) == "Suicide bomb"


def test_an_explosive_vest_found_is_disrupted_weapons_use():
    assert _sub("Police found an explosive vest in a house in Velmor on Monday.") == "Disrupted weapons use"


@pytest.mark.parametrize("sentence", [
    "Security forces dismantled a drug trafficking network in Velmor on Monday.",
    "The gang, known for extortion and the looting of shops, was dismantled by police in Velmor.",
    "Police said they had dismantled a ring that forged passports in Velmor.",
])
def test_dismantling_something_other_than_a_weapon_is_no_disrupted_weapons_use(sentence):
    """Disrupted weapons use (§1.2) needs a weapon made safe: a network, a ring or a gang dismantled is policing."""
    assert _sub(sentence) != "Disrupted weapons use"


@pytest.mark.parametrize("sentence", [
    "Army engineers dismantled two roadside bombs near Velmor on Monday.",
    "Deminers were dismantling an improvised explosive device planted under a bridge near Velmor.",
])
def test_dismantling_a_weapon_is_disrupted_weapons_use(sentence):
    assert _sub(sentence) == "Disrupted weapons use"


@pytest.mark.parametrize("sentence", [
    "Police dismantled a protest camp outside parliament in Velmor on Tuesday.",
    "Police tore down the protesters' tents outside parliament in Velmor on Tuesday.",
    "Municipal workers backed by riot police demolished the sit-in camp near the Velmor ministry.",
])
def test_a_protest_camp_taken_down_is_an_intervention(sentence):
    """Taking down a protest camp is a physical attempt to end the protest: Protest with intervention (§1.3)."""
    assert _sub(sentence) == "Protest with intervention"


@pytest.mark.parametrize("sentence", [
    "Troops seized rifles after a clash with a gang whose men engage in extortion and kidnapping around Velmor.",
    "Police arrested the leader of a band notorious for looting cattle in the hills near Velmor.",
])
def test_a_groups_trade_told_as_who_they_are_is_no_looting(sentence):
    """'a gang whose members engage in extortion': what the group does as its trade describes it (§1.9); it is no
    Looting/property destruction of this report."""
    assert _sub(sentence) != "Looting/property destruction"


def test_looting_told_as_the_news_stays_looting():
    assert _sub("Militants looted shops and burned houses in Velmor on Monday.") == "Looting/property destruction"


@pytest.mark.parametrize("sentence", [
    "Air defence crews near Velmor stand ready to counter any airstrike from a pretend adversary.",
    "Troops are poised to launch an assault on Velmor, which the rebels hold.",
    "Commanders said the brigade was prepared to repel any attack on Velmor.",
])
def test_readiness_for_an_attack_is_no_attack(sentence):
    """'ready / poised / prepared to': what a force could do next, no incident that happened (§1.2)."""
    assert _sub(sentence) is None


def test_an_attack_on_fighters_poised_to_strike_is_still_told():
    assert _sub("Soldiers killed two rebels who were poised to attack a village near Velmor.") == "Armed clash"
