"""The rules per event type, claims, arrests, interceptions, and the dev-set targets (eventdesk.extraction.actors.coding)."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from eventdesk.extraction.actors import Actors, code_actors

D = dt.date

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


def code(text: str, country: str, event_type: str, sub: str, on: dt.date = D(2022, 5, 10)) -> Actors:
    return code_actors(text, country=country, event_type=event_type, sub_event_type=sub, event_date=on)


def riot(text: str, sub: str = "Violent demonstration", context: str = "", country: str = "Germany") -> Actors:
    return code_actors(text, country=country, event_type="Riots", sub_event_type=sub, event_date=D(2022, 5, 10),
                       context=context)


def test_protest_with_intervention_gets_the_police_of_the_regime():
    a = code("On 3 March 2022, police dispersed students protesting outside the parliament in Almaty.",
             "Kazakhstan", "Protests", "Protest with intervention")
    assert a.actor2 == "Police Forces of Kazakhstan (2019-)"
    assert a.inter2 == "State forces" and a.interaction == "State forces-Protesters"
    assert "Students (Kazakhstan)" in a.assoc_actor_1


def test_mob_violence_victim_is_civilians():
    a = code("A mob lynched a suspected thief in the market.", "Uganda", "Riots", "Mob violence")
    assert (a.actor1, a.actor2, a.interaction) == ("Rioters (Uganda)", "Civilians (Uganda)", "Rioters-Civilians")
    assert "Vigilante Group (Uganda)" in a.assoc_actor_1


def test_violent_demonstration_against_police():
    a = code("Demonstrators threw stones at police officers who fired tear gas in Nairobi.",
             "Kenya", "Riots", "Violent demonstration")
    assert a.actor1 == "Rioters (Kenya)" and a.actor2 == "Police Forces of Kenya (2013-)"
    assert a.interaction == "State forces-Rioters"


def test_violence_against_civilians_victim_is_always_actor2():
    a = code("Unidentified gunmen shot dead a farmer in his field.", "Nigeria", "Violence against civilians", "Attack")
    assert a.actor1 == "Unidentified Armed Group (Nigeria)" and a.inter1 == "Political militia"
    assert a.actor2 == "Civilians (Nigeria)" and a.interaction == "Political militia-Civilians"
    a = code("Police officers beat a street vendor to death in custody.", "India", "Violence against civilians", "Attack")
    assert a.actor1 == "Police Forces of India (2014-)" and a.actor2 == "Civilians (India)"


def test_arrests_are_coded_to_the_police():
    a = code("Authorities arrested three journalists in Karachi.", "Pakistan", "Strategic developments", "Arrests")
    assert a.actor1 == "Police Forces of Pakistan (2022-)" and a.inter1 == "State forces"


@pytest.mark.eval
def test_dev_set_actor1_and_inter1_targets():
    if not (EVAL / "acled_dev" / "gold.csv").exists():
        pytest.skip(f"evaluation set not found at {EVAL}/acled_dev")
    bench = Path(__file__).resolve().parents[1] / "benchmarks" / "actors_eval.py"
    out = subprocess.run([sys.executable, str(bench), "--eval", str(EVAL)], capture_output=True, text=True, check=True).stdout
    figures = {ln.split(":")[0].strip(): float(ln.split(":")[1].split()[0]) for ln in out.splitlines()
               if ln.strip().startswith(("actor1:", "inter1:"))}
    assert figures["actor1"] >= 0.70 and figures["inter1"] >= 0.85


def test_a_claim_of_responsibility_names_the_attacker():
    text = "A suicide bomber struck a police post in the town on Friday, killing five officers."
    claim = code_actors(text, country="Pakistan", event_type="Explosions/Remote violence", sub_event_type="Suicide bomb",
                        event_date=D(2022, 5, 10), context="The Pakistani Taliban claimed responsibility for the bombing.")
    assert claim.actor1.startswith("TTP:") and claim.inter1 == "Rebel group" and claim.actor2.startswith("Police Forces of Pakistan")
    denied = code_actors(text, country="Pakistan", event_type="Explosions/Remote violence", sub_event_type="Suicide bomb",
                         event_date=D(2022, 5, 10), context="No group has claimed responsibility; officials blamed the Pakistani Taliban.")
    assert denied.actor1 == "Unidentified Armed Group (Pakistan)"


def test_a_group_saying_its_fighters_planted_the_bomb_claims_it():
    text = "A roadside bomb hit a bus carrying soldiers near the town on Monday, killing four of them."
    a = code_actors(text, country="Pakistan", event_type="Explosions/Remote violence",
                    sub_event_type="Remote explosive/landmine/IED", event_date=D(2022, 5, 10),
                    claims="The Pakistani Taliban said in a message to journalists that its fighters had planted the device.")
    assert a.actor1.startswith("TTP:")
    neutral = code_actors(text, country="Pakistan", event_type="Explosions/Remote violence",
                          sub_event_type="Remote explosive/landmine/IED", event_date=D(2022, 5, 10),
                          claims="The Pakistani Taliban said its fighters would keep up their campaign.")
    assert neutral.actor1 == "Unidentified Armed Group (Pakistan)"


def test_in_a_battle_the_attacker_comes_before_the_side_that_was_hit_unless_the_text_pairs_them():
    a = code("Two police officers were killed when militants attacked a checkpoint outside the city.", "Egypt",
             "Battles", "Armed clash")
    assert a.actor1 == "Unidentified Armed Group (Egypt)" and a.actor2.startswith("Police Forces of Egypt")
    a = code("A rebel was killed in a firefight between the NPA and the army in the hills.", "Philippines",
             "Battles", "Armed clash")
    assert a.actor1.startswith("NPA")


def test_a_counter_demonstration_reported_in_a_later_sentence_is_the_second_side():
    a = code_actors("On 3 May 2022, 200 people marched in Kassel against vaccine rules.", country="Germany",
                    event_type="Protests", sub_event_type="Peaceful protest", event_date=D(2022, 5, 10),
                    context="About 60 people held a counter-demonstration nearby.")
    assert a.actor2 == "Protesters (Germany)"


def test_demonstrators_fighting_counter_demonstrators_are_rioters_on_both_sides_even_if_police_step_in():
    a = riot("On 3 May 2022, clashes broke out between demonstrators and counter-demonstrators in Kassel "
             "before police separated them.")
    assert (a.actor1, a.actor2) == ("Rioters (Germany)", "Rioters (Germany)")


def test_a_force_word_naming_the_crowd_is_not_a_force_on_the_scene():
    a = riot("On 3 May 2022, army aspirants burned a train carriage in Gaya against the new recruitment rules.",
             country="India")
    assert a.actor2 is None or not a.actor2.startswith("Military Forces")


def test_rioters_stoning_passing_cars_hit_civilians():
    a = riot("On 3 May 2022, demonstrators blocking a road in Cusco stoned passing vehicles.", country="Peru")
    assert a.actor2 == "Civilians (Peru)"


def test_a_political_rival_assaulted_by_a_mob_is_a_civilian_not_a_rival_mob():
    a = riot("On 3 May 2022, a candidate's backers beat a political rival in Kisumu.", "Mob violence",
             country="Kenya")
    assert a.actor2 == "Civilians (Kenya)"


def test_an_arrested_party_member_is_a_civilian_with_the_party_associated():
    a = code("Police picked up and arrested a district secretary of the opposition Awami League at a tea stall.",
             "Bangladesh", "Strategic developments", "Arrests")
    assert a.actor2 == "Civilians (Bangladesh)" and a.inter2 == "Civilians"
    assert a.assoc_actor_2 == "AL: Awami League"


def test_arrested_gang_members_are_held_as_the_unidentified_gang():
    a = code("Soldiers arrested 14 members of a criminal gang in a dawn sweep of the district.", "Honduras",
             "Strategic developments", "Arrests")
    assert a.actor2 == "Unidentified Gang (Honduras)" and a.inter2 == "Political militia"


def test_the_side_that_shoots_a_weapon_down_comes_first():
    a = code("An American guided-missile destroyer shot down two drones the Houthis had fired toward a tanker.",
             "Yemen", "Strategic developments", "Disrupted weapons use", D(2024, 1, 5))
    assert a.actor1.startswith("Military Forces of the United States") and a.inter1 == "External/Other forces"
    assert a.actor2 == "Military Forces of Yemen (2016-) Supreme Political Council"


def test_blame_is_not_a_claim_of_responsibility():
    a = code("Officials blamed the market bombing on the TTP, but the attack has not been claimed.", "Pakistan",
             "Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert a.actor1 == "Unidentified Armed Group (Pakistan)"


def test_the_side_whose_attack_was_repelled_comes_first_in_a_battle():
    a = code("Government troops repelled an al Shabaab assault on their positions near the river town.", "Somalia",
             "Battles", "Armed clash")
    assert a.actor1 == "Al Shabaab" and a.actor2.startswith("Military Forces of Somalia")


def test_civilian_casualties_told_in_the_next_sentence_make_civilians_the_target():
    a = code_actors("Russian forces shelled the outskirts of the town.", country="Ukraine",
                    event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
                    event_date=D(2022, 5, 2), context="Two civilians were wounded, local officials said.")
    assert a.actor2 == "Civilians (Ukraine)"


def test_a_force_named_in_the_crowds_own_description_is_not_the_force_met_later():
    a = code("Police job seekers blocked the highway with burning tyres and threw stones at the police.", "India",
             "Riots", "Violent demonstration")
    assert a.actor2 == "Police Forces of India (2014-)"
    a = code("Hundreds of youths angry at a cut in recruitment to the army burned tyres on the main road.", "India",
             "Riots", "Violent demonstration")
    assert a.actor2 is None


def test_clashes_with_police_or_counter_demonstrators_told_in_a_later_sentence():
    a = code_actors("Supporters of a losing candidate blocked the ring road with burning tyres.", country="Kenya",
                    event_type="Riots", sub_event_type="Violent demonstration", event_date=D(2022, 5, 2),
                    context="Running battles between the group and police went on for hours.")
    assert a.actor2 == "Police Forces of Kenya (2013-)"
    a = code_actors("Thousands marched against the new vaccine rules.", country="Germany", event_type="Riots",
                    sub_event_type="Violent demonstration", event_date=D(2022, 1, 20),
                    context="A small counter-demonstration gathered nearby and clashes broke out at its edge.")
    assert a.actor2 == "Rioters (Germany)"


def test_a_group_the_victim_was_accused_of_backing_is_not_the_killer():
    a = code("Regional police shot dead a farmer after accusing him of supporting the OLA.", "Ethiopia",
             "Violence against civilians", "Attack")
    assert a.actor1.startswith("Police Forces of Ethiopia")
    a = code("Suspected NPA rebels shot dead a village official at his home.", "Philippines",
             "Violence against civilians", "Attack")
    assert a.actor1.startswith("NPA")


def test_a_force_member_shot_by_unknown_gunmen_puts_the_gunmen_first():
    a = code("A Taliban intelligence officer was shot dead by unknown gunmen in the city.", "Afghanistan",
             "Battles", "Armed clash")
    assert a.actor1 == "Unidentified Armed Group (Afghanistan)"
    assert a.actor2 == "Military Forces of Afghanistan (2021-)"
    a = code("Clashes between two Taliban factions left one fighter wounded.", "Afghanistan", "Battles", "Armed clash")
    assert a.actor1 == a.actor2 == "Military Forces of Afghanistan (2021-)"


def test_arrested_demonstrators_and_relatives_of_fighters_are_civilians():
    a = code("Police arrested six demonstrators during a rally outside the courthouse.", "Uganda",
             "Strategic developments", "Arrests")
    assert a.actor2 == "Civilians (Uganda)" and "Protesters (Uganda)" in a.assoc_actor_2
    a = code("Soldiers arrested two brothers of an ADF commander in the market.", "Uganda",
             "Strategic developments", "Arrests")
    assert a.actor2 == "Civilians (Uganda)"


def test_seized_drugs_belong_to_the_gangs_in_gang_countries():
    a = code("Police seized two tonnes of cocaine hidden in a banana shipment at the port.", "Ecuador",
             "Strategic developments", "Looting/property destruction")
    assert a.actor1.startswith("Police Forces of Ecuador") and a.actor2 == "Unidentified Gang (Ecuador)"


def test_a_party_acting_through_its_members_is_the_looter():
    a = code("Awami League activists vandalised and looted the office of a rival candidate.", "Bangladesh",
             "Strategic developments", "Looting/property destruction")
    assert a.actor1 == "AL: Awami League" and a.inter1 == "Political militia"


def test_a_defused_bomb_was_planted_by_someone_unknown_and_a_claimed_interception_is_the_interceptors():
    a = code("Army engineers defused a roadside bomb found near the bridge.", "Somalia",
             "Strategic developments", "Disrupted weapons use")
    assert a.actor1.startswith("Military Forces of Somalia") and a.actor2 == "Unidentified Armed Group (Somalia)"
    a = code("The Saudi-led coalition said it had intercepted a Houthi drone over the border.", "Yemen",
             "Strategic developments", "Disrupted weapons use")
    assert a.actor1 == "Operation Restoring Hope"
    assert a.actor2 == "Military Forces of Yemen (2016-) Supreme Political Council"


def test_a_weapon_shot_down_by_a_warship_puts_the_warship_first_whoever_reports_it():
    a = code("A drone fired by the Houthis was shot down by the USS Mason, an American warship, on Monday.",
             "Yemen", "Strategic developments", "Disrupted weapons use", D(2024, 1, 5))
    assert a.actor1.startswith("Military Forces of the United States")
    assert a.actor2 == "Military Forces of Yemen (2016-) Supreme Political Council"
    a = code("The Houthis fired a missile at a tanker, which was intercepted by a US Navy destroyer, the Pentagon said.",
             "Yemen", "Strategic developments", "Disrupted weapons use", D(2024, 1, 5))
    assert a.actor1.startswith("Military Forces of the United States")


def test_taking_responsibility_is_a_claim_but_blame_is_not():
    a = code_actors("A bomb fixed to a police car exploded near the market.", country="Pakistan",
                    event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
                    event_date=D(2022, 5, 2), context="The TTP later took responsibility for the blast.")
    assert a.actor1.startswith("TTP")


def test_partisans_who_assail_a_demonstration_are_rioters():
    a = code("Members of the ruling party's youth wing attacked the demonstrators with sticks.", "Bangladesh",
             "Protests", "Protest with intervention")
    assert a.actor2 == "Rioters (Bangladesh)" and a.inter2 == "Rioters"


def test_the_group_named_in_an_attack_by_is_the_attacker_unless_it_is_an_earlier_foe():
    a = code("The raid on Tuesday by Jund al-Nour militants struck a hamlet south of the town.", "Syria",
             "Violence against civilians", "Attack")
    assert a.actor1 == "Jund al-Nour"


def test_rebels_who_fired_on_troops_are_the_group_named_as_killed():
    a = code_actors("Two suspected members of the New People's Army were killed in an encounter with army troopers near the "
                    "town on Monday. The soldiers were fired upon by around a dozen rebels, prompting a firefight.",
                    country="Philippines", event_type="Battles", sub_event_type="Armed clash", event_date=D(2024, 5, 6))
    assert (a.actor1, a.actor2) == ("Military Forces of the Philippines (2022-)", "NPA: New People's Army")


def test_government_regains_territory_is_the_states_forces_whoever_is_named_first():
    a = code("The town fell back to the regime after Iraqi militia units and Hezbollah fighters stormed it.", "Syria",
             "Battles", "Government regains territory", D(2018, 2, 1))
    assert (a.actor1, a.inter1) == ("Military Forces of Syria (2000-)", "State forces")


def test_government_regains_territory_keeps_an_external_force_that_retook_it_first():
    a = code("AMISOM troops drove the militants out of the village and took it back on Sunday.", "Somalia",
             "Battles", "Government regains territory", D(2016, 4, 1))
    assert a.actor1.startswith("AMISOM")


def test_a_foreign_force_hit_by_an_unnamed_side_did_not_fight_the_host_army():
    # codebook 1.4: with no attacker named, the other side is unknown, not the host state's forces
    a = code("Three Kenyan soldiers were killed near Dhobley on Sunday.", "Somalia", "Battles", "Armed clash")
    assert a.actor1.startswith("Military Forces of Kenya")
    assert a.actor2 == "Unidentified Armed Group (Somalia)"


def test_a_later_sentence_naming_who_carried_out_the_strikes_names_the_attacker():
    # codebook 1.4: "the strikes had been carried out by X" in the report's next sentence names the attacker
    text = "Two air strikes on the market town of Sarmin killed nine civilians, a monitoring group said."
    ctx = "Its director believes Turkish jets likely conducted them, and that the raids were conducted by Turkish jets."
    a = code_actors(text, country="Syria", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                    event_date=D(2019, 6, 3), context=ctx)
    assert a.actor1.startswith("Military Forces of Turkey")
    denied = code_actors(text, country="Syria", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                         event_date=D(2019, 6, 3), context="Officials said the strikes were not carried out by Turkish jets.")
    assert not denied.actor1.startswith("Military Forces of Turkey")


def test_a_group_that_makes_the_arrest_is_the_arresting_side():
    # codebook 1.2 Arrests: a side holding the ground may arrest; the group before the verb acts, it is not held
    a = code("Al Shabaab militants detained four clan elders in Jilib on Thursday.", "Somalia", "Strategic developments", "Arrests")
    assert (a.actor1, a.actor2) == ("Al Shabaab", "Civilians (Somalia)")
    b = code("Police detained four Al Shabaab militants in Jilib on Thursday.", "Somalia", "Strategic developments", "Arrests")
    assert b.actor2 == "Al Shabaab" and b.actor1.startswith("Police Forces of Somalia")
    c = code("Al Shabaab fighters detained two soldiers of the army near Jilib.", "Somalia", "Strategic developments", "Arrests")
    assert c.actor1 == "Al Shabaab" and c.actor2.startswith("Military Forces of Somalia")


def near(text: str, before: str, after: str, country: str, event_type: str, sub: str) -> Actors:
    return code_actors(text, country=country, event_type=event_type, sub_event_type=sub, event_date=D(2019, 3, 1),
                       near=(before, after))


def test_arrest_taken_by_the_side_a_neighbouring_sentence_names_as_holding_him():
    a = near("A teacher from Leeds is now in custody near Hasakah, accused of fighting for an armed group.",
             "", "Footage shows him being interrogated by SDF fighters in a bare room.",
             "Syria", "Strategic developments", "Arrests")
    assert a.actor1 == "QSD: Syrian Democratic Forces"


def test_a_side_named_in_the_arrest_clause_is_not_overridden_by_a_neighbour():
    a = near("Police detained a teacher from Leeds in Damascus on Monday.",
             "", "Later he was interrogated by SDF guards at a base.",
             "Syria", "Strategic developments", "Arrests")
    assert a.actor1 == "Police Forces of Syria (2000-)"


def test_its_border_belongs_to_the_state_named_in_the_sentence_before():
    a = near("On Monday army officers moved armour up to its northern frontier.",
             "Iraq has watched the fighting across the river with growing alarm.", "",
             "Syria", "Strategic developments", "Change to group/activity")
    assert a.actor1 == "Military Forces of Iraq (2018-)"
    assert a.inter1 == "External/Other forces"


def test_its_owner_named_in_the_clause_itself_keeps_the_clause_side():
    a = near("On Monday Syrian army officers moved armour up to its northern frontier.",
             "Iraq has watched the fighting across the river with growing alarm.", "",
             "Syria", "Strategic developments", "Change to group/activity")
    assert a.actor1 == "Military Forces of Syria (2000-)"


def _coded(text: str, event_type: str, sub: str, on: dt.date = D(2019, 6, 1), country: str = "Syria",
           context: str = "", near: tuple[str, str] = ("", "")) -> Actors:
    return code_actors(text, country=country, event_type=event_type, sub_event_type=sub, event_date=on,
                       context=context, near=near)


def test_forces_listed_as_fighting_for_one_side_are_not_each_others_enemy():
    a = _coded("Troops battling on behalf of Damascus, including Hezbollah units and the Syrian army "
               "itself, recaptured the town on Monday.", "Battles", "Government regains territory")
    assert a.actor1 == "Military Forces of Syria (2000-)"
    assert a.actor2 != "Hezbollah"


def test_the_other_side_of_a_battle_is_taken_from_the_sentence_before():
    a = _coded("Troops battling on behalf of Damascus, including Hezbollah units and the Syrian army "
               "itself, recaptured the town on Monday.", "Battles", "Government regains territory",
               near=("Islamic State fighters abandoned the town overnight after a week of shelling.", ""))
    assert (a.actor1, a.actor2) == ("Military Forces of Syria (2000-)", "Islamic State (Syria)")


def test_a_force_named_before_as_someones_ally_is_not_the_other_side():
    a = _coded("Turkish officials said three of their soldiers were killed on Tuesday.", "Battles", "Armed clash",
               on=D(2018, 1, 23),
               near=("A monitor said ten rebels fighting alongside Turkey and eight Kurdish fighters had died.", ""))
    assert a.actor1 == "Military Forces of Turkey (2002-)"
    assert a.actor2 == "YPG: People's Protection Units"


def test_people_killed_in_a_strike_on_a_clinic_are_civilians():
    a = _coded("Two clinics were bombed by government jets in the night and a nurse was killed.",
               "Explosions/Remote violence", "Air/drone strike")
    assert (a.actor2, a.inter2) == ("Civilians (Syria)", "Civilians")


def test_a_blast_that_opened_an_assault_belongs_to_the_assault_told_just_before():
    a = _coded("The assault began at dawn when a car bomb went off at the gate.",
               "Explosions/Remote violence", "Remote explosive/landmine/IED",
               near=("Some thirty Islamic State fighters tried to overrun a Turkish army post by the river.", ""))
    assert a.actor1 == "Islamic State (Syria)"
    assert a.actor2 == "Military Forces of Turkey (2002-)"


def test_a_volunteer_killed_abroad_is_coded_with_his_side_not_with_his_enemy():
    a = _coded("A Dutch volunteer, who had gone to Syria to fight against IS in 2017, died in a mine blast "
               "near Tabqa, his family said.", "Explosions/Remote violence", "Remote explosive/landmine/IED",
               context="Since the Syrian Democratic Forces took the dam town, old mines have killed dozens of people.")
    assert a.actor2 != "Islamic State (Syria)"
    assert "Syrian Democratic Forces" in a.actor2 and a.inter2 == "Rebel group"


def test_a_volunteer_put_with_a_named_group_is_coded_with_that_group():
    a = _coded("A Danish woman volunteering with YPG units died when a Turkish drone "
               "hit her car on the way to the front.", "Explosions/Remote violence", "Air/drone strike", on=D(2018, 3, 1))
    assert (a.actor1, a.actor2) == ("Military Forces of Turkey (2002-)", "YPG: People's Protection Units")


def test_fighters_arrested_where_a_group_holds_the_ground_are_held_by_that_group():
    a = code_actors("Several IS fighters had hidden among the families in the lorries and were later picked out and "
                    "arrested at a checkpoint.", country="Syria", event_type="Strategic developments",
                    sub_event_type="Arrests", event_date=D(2019, 3, 2),
                    earlier="The lorries crawled past a line of SDF fighters. Dust hung over the road.")
    assert (a.actor1, a.actor2) == ("QSD: Syrian Democratic Forces", "Islamic State (Syria)")


def test_fighters_arrested_where_a_peoples_troops_hold_the_ground_are_not_held_by_the_state():
    # codebook 1.2, 1.4: the side holding the ground is told as "Kurdish troops", a people's force, not the army
    a = code_actors("Several IS fighters had hidden among the families in the lorries and were later picked out and "
                    "arrested at a checkpoint.", country="Syria", event_type="Strategic developments",
                    sub_event_type="Arrests", event_date=D(2019, 3, 2),
                    earlier="The lorries crawled past a line of Kurdish troops. Dust hung over the road.")
    assert (a.actor1, a.actor2) == ("YPG: People's Protection Units", "Islamic State (Syria)")


def test_people_detained_where_an_armed_side_holds_the_ground_are_held_by_that_side():
    # codebook 1.2 Arrests: no one named making the arrest, in ground a group or an occupier holds: that side arrests
    def arrest(text, country="Syria", on=D(2020, 5, 5)):
        return code_actors(text, country=country, event_type="Strategic developments", sub_event_type="Arrests",
                           event_date=on)
    a = arrest("Two bakers were taken into custody on Tuesday in the HTS-controlled town, relatives said.")
    assert (a.actor1, a.actor2) == ("HTS: Hayat Tahrir al-Sham", "Civilians (Syria)")
    a = arrest("Four traders were detained in parts of the valley held by the Islamic State.", on=D(2016, 5, 5))
    assert a.actor1 == "Islamic State (Syria)"
    a = arrest("Two IS men were arrested in SDF-held streets on Monday.")
    assert (a.actor1, a.actor2) == ("QSD: Syrian Democratic Forces", "Islamic State (Syria)")
    a = arrest("Six teachers were detained in the Russian-occupied port.", "Ukraine", D(2023, 5, 5))
    assert a.actor1 == "Military Forces of Russia (2000-)"
    # the state's own ground, or police named making the arrest: the state's police as before
    assert arrest("Six teachers were detained in government-held streets.").actor1 == "Police Forces of Syria (2000-)"
    assert arrest("Police detained six teachers in rebel-held streets.").actor1 == "Police Forces of Syria (2000-)"


def test_a_group_whose_members_were_arrested_is_not_the_arresting_side():
    # codebook 1.2: "X members were arrested" names the people held, not those who held them
    a = code_actors("Two IS members were arrested on Monday.", country="Syria", event_type="Strategic developments",
                    sub_event_type="Arrests", event_date=D(2019, 5, 5))
    assert a.actor2 == "Islamic State (Syria)" and a.actor1 != "Islamic State (Syria)"


def test_target_of_another_strike_in_the_passage_is_not_this_strikes_target():
    # two strikes, each with its own dead: the one that killed civilians names no armed side it hit
    a = code("Separately, Russian raids on a desert camp killed 40 Islamic State fighters, the ministry said. "
             "Air strikes on Maarat Hirma, a village held by rebel groups, killed nine civilians overnight.",
             "Syria", "Explosions/Remote violence", "Air/drone strike", D(2018, 4, 2))
    assert a.actor2 == "Civilians (Syria)"


def test_target_told_in_another_sentence_stays_when_that_sentence_tells_no_dead_of_its_own():
    a = code("Russian bombers struck Islamic State positions near the oil field. The raids killed three civilians "
             "and several fighters, a monitor said.",
             "Syria", "Explosions/Remote violence", "Air/drone strike", D(2018, 4, 2))
    assert a.actor2 == "Islamic State (Syria)"


def test_taking_of_a_town_puts_the_side_that_pulled_out_second():
    a = code("Rebels backed by Turkey entered the hill town at dawn after the Kurdish militia pulled out.",
             "Syria", "Battles", "Non-state actor overtakes territory", D(2018, 3, 18))
    assert (a.actor1, a.actor2) == ("Opposition Rebels (Syria)", "YPG: People's Protection Units")


def test_side_that_withdrew_first_in_the_passage_is_not_the_taker():
    a = code("The Kurdish militia withdrew from the crossing overnight, and rebels backed by Turkey seized it.",
             "Syria", "Battles", "Non-state actor overtakes territory", D(2018, 3, 18))
    assert (a.actor1, a.actor2) == ("Opposition Rebels (Syria)", "YPG: People's Protection Units")
