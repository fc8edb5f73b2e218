"""Who reports, who is hit, who fights beside whom (eventdesk.extraction.actors.cues)."""
from __future__ import annotations

import datetime as dt

import pytest

from eventdesk.extraction.actors import Actors, code_actors

D = dt.date


def code(text: str, country: str, event_type: str, sub: str, on: dt.date = D(2022, 5, 10)) -> Actors:
    return code_actors(text, country=country, event_type=event_type, sub_event_type=sub, event_date=on)


def test_police_as_reporter_is_not_the_perpetrator():
    a = code("A woman was stabbed to death by unknown attackers, police said.", "South Africa",
             "Violence against civilians", "Attack")
    assert a.actor1 == "Unidentified Armed Group (South Africa)"


def test_a_government_that_reports_or_accuses_is_not_the_perpetrator():
    a = code("The Dutch government said it had evidence that the Syrian regime was behind the gas attack, "
             "which killed dozens of people.", "Syria", "Explosions/Remote violence", "Chemical weapon")
    assert a.actor1.startswith("Military Forces of Syria") and a.actor2 == "Civilians (Syria)"
    # a force that reports its own act is still its agent
    a = code("The Chadian army said it killed twelve militants in the lake islands.", "Niger",
             "Battles", "Armed clash")
    assert a.actor1.startswith("Military Forces of Chad")


def test_a_force_named_as_the_target_of_a_bomb_is_actor2():
    a = code("A Canadian soldier on patrol died when a roadside bomb went off outside the town.", "Iraq",
             "Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert a.actor1 == "Unidentified Armed Group (Iraq)"
    assert a.actor2.startswith("Military Forces of Canada") and a.interaction == "Political militia-External/Other forces"


@pytest.mark.parametrize("text", [
    "A car bomb went off at the gate of a police station in the town on Friday, wounding four officers.",
    "A mine exploded under an army truck on the road north of the town on Friday.",
])


def test_a_force_named_by_the_post_or_vehicle_that_was_hit_is_the_target(text):
    a = code(text, "Somalia", "Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert a.actor1 == "Unidentified Armed Group (Somalia)"
    assert a.actor2.startswith(("Police Forces of Somalia", "Military Forces of Somalia"))


def test_a_force_named_by_the_post_that_was_hit_is_the_target_even_behind_two_words():
    a = code_actors("Two officers were hurt when a man on a scooter threw a grenade at the Riverside district police post "
                    "in the city, officials said.", country="Colombia", event_type="Explosions/Remote violence",
                    sub_event_type="Grenade", event_date=D(2024, 3, 4))
    assert a.actor1 == "Unidentified Armed Group (Colombia)" and a.actor2.startswith("Police Forces of Colombia")


def test_a_bombed_group_is_the_target_even_when_others_are_named_later():
    a = code("Turkish airstrikes killed six PKK fighters in the mountains; local police later sealed the area.",
             "Iraq", "Explosions/Remote violence", "Air/drone strike")
    assert a.actor1.startswith("Military Forces of Turkey") and a.actor2.startswith("PKK")


def test_police_who_arrest_a_suspect_are_not_the_attackers():
    a = code("A pensioner was stabbed to death outside a bakery on Sunday. Police arrested a 40-year-old neighbour.",
             "Germany", "Violence against civilians", "Attack")
    assert a.actor1 == "Unidentified Armed Group (Germany)"
    a = code("Soldiers detained a shopkeeper at his home; his family has not heard from him since.", "Myanmar",
             "Violence against civilians", "Abduction/forced disappearance")
    assert a.actor1.startswith("Military Forces of Myanmar")


def test_an_off_duty_officer_shot_by_gunmen_is_the_victim_not_the_attacker():
    a = code("Two men on a motorbike gunned down an off-duty police officer near his gate.",
             "Kenya", "Violence against civilians", "Attack")
    assert a.actor1 == "Unidentified Armed Group (Kenya)" and a.actor2 == "Civilians (Kenya)"
    a = code("A trader was shot and wounded by soldiers at a checkpoint.", "Cameroon", "Violence against civilians", "Attack")
    assert a.actor1.startswith("Military Forces of Cameroon")


def test_a_group_quoted_as_a_source_is_not_the_actor_but_its_claim_is():
    a = code("A nurse was shot dead in the old town, according to a YPG source.", "Syria",
             "Violence against civilians", "Attack")
    assert a.actor1 == "Unidentified Armed Group (Syria)"
    a = code("Al Shabaab claimed responsibility for the bombing of a hotel that killed nine guests.", "Somalia",
             "Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert a.actor1 == "Al Shabaab" and a.actor2 == "Civilians (Somalia)"
    a = code("The Islamic State claimed killing a shepherd near the village.", "Iraq", "Violence against civilians", "Attack")
    assert a.actor1.startswith("Islamic State")


def test_a_group_someone_went_to_fight_is_not_the_one_killed():
    a = code("A Canadian medic who went to fight Islamic State died when a booby trap went off in the old town.",
             "Syria", "Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert a.actor1.startswith("Islamic State")


def test_the_object_of_an_attack_is_the_target_and_the_unknown_attacker_comes_first():
    a = code("Unknown assailants lobbed a grenade at policemen guarding the market; one officer was hurt.", "India",
             "Explosions/Remote violence", "Grenade")
    assert a.actor1 == "Unidentified Armed Group (India)" and a.actor2.startswith("Police Forces of India")
    a = code("Unknown gunmen attacked an SDF checkpoint outside the town, wounding a guard.", "Syria", "Battles", "Armed clash")
    assert a.actor1 == "Unidentified Armed Group (Syria)" and a.actor2 == "QSD: Syrian Democratic Forces"


def test_a_force_word_after_a_group_s_name_is_that_group_s():
    a = code("An SDF military convoy was seen driving through the village.", "Syria", "Strategic developments", "Other")
    assert "Military Forces of Syria" not in (a.actor1, a.actor2)


def test_an_ally_is_not_the_target():
    a = code("Turkish forces backed by opposition rebels shelled the village with heavy artillery.", "Syria",
             "Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert a.actor1.startswith("Military Forces of Turkey") and a.actor2 != "Opposition Rebels (Syria)"
    a = code("Opposition rebels shelled regime positions near the road.", "Syria",
             "Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert a.actor1 == "Opposition Rebels (Syria)" and a.inter1 == "Rebel group"
    assert a.actor2 == "Military Forces of Syria (2000-)"


def test_the_us_led_coalition_is_the_global_coalition_and_reports_its_own_strikes():
    a = code("The US-led coalition said its aircraft struck Islamic State positions near the river.", "Syria",
             "Explosions/Remote violence", "Air/drone strike")
    assert a.actor1 == "Global Coalition Against Daesh" and a.inter1 == "External/Other forces"
    assert a.actor2.startswith("Islamic State")


def test_unnamed_western_forces_in_syria_are_the_coalition_not_the_syrian_army():
    # forces described only as Western are foreign to Syria; there they fight for the anti-IS coalition (codebook 1.4)
    a = code("Western special forces pounded the besieged hamlet with mortar rounds all afternoon.", "Syria",
             "Explosions/Remote violence", "Shelling/artillery/missile attack", on=dt.date(2019, 3, 2))
    assert a.actor1 == "Global Coalition Against Daesh"


def test_a_force_the_crowd_protests_about_is_not_the_one_that_intervened():
    a = code("Students rallied against the Russian military invasion outside the embassy; police detained four of them.",
             "Georgia", "Protests", "Protest with intervention")
    assert a.actor2.startswith("Police Forces of Georgia")
    a = code("Villagers protested against the army; soldiers in plain clothes beat several of them.", "Myanmar",
             "Protests", "Excessive force against protesters")
    assert a.actor2.startswith("Military Forces of Myanmar")


def test_police_fought_by_rioters_are_not_reporting_even_when_investigating():
    a = code("Farmers threw stones and clashed with police who were investigating the theft of cattle.", "Australia",
             "Riots", "Violent demonstration")
    assert a.actor2 is not None and a.actor2.startswith("Police Forces of Australia")


def test_the_layer_of_a_bomb_attacks_the_vehicle_that_struck_it():
    a = code("A Nigerien army vehicle struck a landmine thought to have been planted by ISWAP fighters.", "Niger",
             "Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert a.actor1.startswith("Islamic State") and a.actor2.startswith("Military Forces of Niger")


def test_a_force_named_as_hit_and_named_again_idle_stays_the_target():
    a = code_actors("Three police officers were killed when their vehicle ran over a mine near the border on Monday. "
                    "The officers were on a routine patrol along the highway.", country="Kenya",
                    event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
                    event_date=D(2024, 3, 4))
    assert a.actor1 == "Unidentified Armed Group (Kenya)" and a.actor2.startswith("Police Forces of Kenya")


def test_the_news_agency_afp_and_a_government_spokesman_are_not_actors():
    a = code_actors("KABUL, May 6 (AFP) - A suicide bomber blew himself up at a mosque in the west of the city on Monday, "
                    "killing four worshippers, a Taliban government spokesman said.", country="Afghanistan",
                    event_type="Explosions/Remote violence", sub_event_type="Suicide bomb", event_date=D(2024, 5, 6),
                    claims="Islamic State Khorasan Province claimed the attack on its Amaq channel.")
    assert a.actor1 == "Islamic State (Afghanistan)" or a.actor1.startswith("Islamic State")
    assert not a.actor1.startswith("Military Forces")


def test_a_side_others_come_to_help_is_not_the_one_that_fought():
    a = code("On Monday Turkish troops shot at a column of pro-government forces heading into the valley to help "
             "Kurdish fighters.", "Syria", "Battles", "Armed clash", D(2018, 2, 20))
    assert (a.actor1, a.actor2) == ("Military Forces of Turkey (2002-)", "Military Forces of Syria (2000-)")


def test_side_saying_it_took_ground_is_not_only_a_reporter():
    from eventdesk.extraction.actors.cues import is_reporter
    text = "The rebel brigade stated on Friday that they captured the hilltop radio mast."
    assert not is_reporter(text, (4, 17), speech_only=True)
    assert is_reporter("The rebel brigade said on Friday that the hilltop was quiet.", (4, 17), speech_only=True)
