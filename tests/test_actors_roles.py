"""Issue 14: who acted and who was hit, decided from the clause; the security forces of every country in the
state-forces table; tolls counted per incident. Every sentence here is written for the test."""
from __future__ import annotations

import datetime as dt

import pytest

from eventdesk.events.incidents import Incident, incident_fatalities
from eventdesk.extraction.actors import Actors, code_actors, state_forces
from eventdesk.extraction.actors.states import DEMONYMS, _regimes, own_demonym
from eventdesk.extraction.quantities import fatalities
from eventdesk.extraction.sentences import Sentence
from eventdesk.extraction.tactics import state_response

D = dt.date


def code(text: str, country: str, event_type: str, sub: str, on: dt.date = D(2019, 3, 1)) -> Actors:
    return code_actors(text, country=country, event_type=event_type, sub_event_type=sub, event_date=on)


# --- roles from the clause --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Troops came under attack from Al Shabaab militants near Wajir on Friday.",
    "A patrol of soldiers came under heavy fire from Al Shabaab fighters outside Wajir.",
])
def test_a_force_that_came_under_attack_is_the_target(text):
    a = code(text, "Kenya", "Battles", "Armed clash")
    assert (a.actor1, a.actor2) == ("Al Shabaab", state_forces("Kenya", D(2019, 3, 1), "Military"))


def test_a_post_overrun_by_fighters_was_attacked_by_them():
    a = code("An army post near Gao was overrun by jihadist fighters at dawn.", "Mali", "Battles", "Armed clash")
    assert a.actor1 == "Islamist Militia (Mali)"  # unnamed, and called jihadist: ACLED's generic name for them
    assert a.actor2 == state_forces("Mali", D(2019, 3, 1), "Military")


def test_soldiers_who_reportedly_killed_are_agents_not_reporters():
    a = code("Soldiers reportedly killed two herders near Gondar.", "Ethiopia", "Violence against civilians", "Attack",
             D(2016, 5, 1))
    assert a.actor1 == "Military Forces of Ethiopia (1991-)"
    assert a.actor2 == "Civilians (Ethiopia)"


@pytest.mark.parametrize("text", [
    "The bomber struck at a tea house in Baiji where Iraqi soldiers often ate, killing nine people.",
    "A suicide bomber blew himself up among army recruits lining up outside a base in Baiji.",
])
def test_the_bomber_is_actor1_and_the_troops_actor2(text):
    a = code(text, "Iraq", "Explosions/Remote violence", "Suicide bomb")
    assert a.actor1 == "Unidentified Armed Group (Iraq)"
    assert a.actor2 == state_forces("Iraq", D(2019, 3, 1), "Military")


def test_troops_named_as_the_target_of_the_blast_are_actor2():
    a = code("An explosion ripped through a market in Baiji, in an attack meant to target Iraqi troops.", "Iraq",
             "Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert a.actor2 == state_forces("Iraq", D(2019, 3, 1), "Military")
    assert a.actor1 == "Unidentified Armed Group (Iraq)"


def test_a_force_that_acts_in_the_blast_stays_actor1():
    a = code("Iraqi warplanes bombed a hideout in Anbar where gunmen had sheltered.", "Iraq",
             "Explosions/Remote violence", "Air/drone strike")
    assert a.actor1.startswith("Military Forces of Iraq")


# --- security forces of every country ---------------------------------------------------------------------

def test_every_country_with_state_forces_has_a_nationality_word():
    # its own, or one it shares with a state of the same name ("Congolese")
    missing = sorted(c for c in _regimes() if not any(own_demonym(d, c) for d in DEMONYMS.values()))
    assert not missing, f"no nationality word in country_aliases.csv for {missing}"


def test_a_nationality_word_names_that_countrys_forces():
    a = code("Malagasy gendarmes shot dead three cattle raiders near Ihosy.", "Madagascar", "Battles", "Armed clash")
    assert a.actor1.startswith("Military Forces of Madagascar (")


def test_a_nationality_word_the_home_country_shares_names_the_home_forces():
    assert own_demonym("Democratic Republic of Congo", "Republic of Congo")
    assert own_demonym("Guinea", "Equatorial Guinea")
    assert not own_demonym("Niger", "Nigeria") and not own_demonym("North Korea", "South Korea")
    a = code("Congolese soldiers clashed with rebels in the Pool region.", "Republic of Congo", "Battles", "Armed clash")
    assert a.actor1.startswith("Military Forces of the Republic of Congo (")
    assert a.inter1 == "State forces"


def test_a_neighbours_nationality_word_still_names_its_forces_as_foreign():
    a = code("Nigerien soldiers clashed with Boko Haram fighters near Damasak.", "Nigeria", "Battles", "Armed clash")
    assert a.actor1.startswith("Military Forces of Niger (")
    assert a.inter1 == "External/Other forces"


def test_ethiopias_ruling_coalition_is_one_regime_from_1991_to_2018():
    assert state_forces("Ethiopia", D(2016, 5, 1), "Military") == "Military Forces of Ethiopia (1991-)"
    assert state_forces("Ethiopia", D(2016, 5, 1), "Military", as_of=D(2020, 1, 1)) == \
        "Military Forces of Ethiopia (1991-2018)"


def test_militia_is_no_state_force_for_the_state_response():
    assert state_response("A militia beat and detained dozens of marchers on the square.") == []
    assert "beatings" in state_response("Police beat and detained dozens of marchers on the square.")


# --- tolls per incident -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,dead", [
    # a later sentence that restates or breaks down the dead does not add to them
    ("A car bomb killed nine people in Hodan. Eight died on the spot and one in hospital.", 9),
    ("Four people died when gunmen stormed the hotel. Two of them were guards.", 4),
    ("A blast killed 11 people at the market. At least 11 people were killed, the mayor said.", 11),
    # ... it adds when it says so, or when it counts another side's dead
    ("Two guards were killed at the gate. A passer-by was also killed.", 3),
    ("Rebels overran the post, killing 14 soldiers. Six rebels were killed in the fighting.", 20),
    ("Two men were shot dead at the bar. A third man died of his wounds in hospital.", 3),
    # within one sentence every conjoined group counts, and a range counts at its lowest figure
    ("Gunmen killed four soldiers and two civilians.", 6),
    ("Raiders attacked the village, killing between 12 and 15 people.", 12),
])
def test_tolls_add_only_other_dead(text, dead):
    assert fatalities(text) == dead


def test_a_summary_of_many_incidents_gives_the_incident_no_toll():
    summary = "A wave of air strikes over the past two days killed 70 fighters across the province, the ministry said."
    own = "Strikes on the market in Kafr Lusin killed at least nine civilians on Sunday, medics said."
    sentences = [Sentence(0, 0, len(summary), summary), Sentence(1, len(summary) + 1, len(summary) + 1 + len(own), own)]
    inc = Incident(sentences=sentences, location=None)
    assert incident_fatalities(inc, split=False) == 9


def test_a_force_named_by_its_own_name_is_that_countrys():
    lebanon = code("IDF troops shelled farmland outside Kfar Kila; Hezbollah fighters fired back.", "Lebanon",
                   "Battles", "Armed clash")
    assert lebanon.actor1 == state_forces("Israel", D(2019, 3, 1), "Military")
    assert lebanon.inter1 == "External/Other forces"
    somalia = code("Al Shabaab fighters ambushed a KDF convoy near Dhobley.", "Somalia", "Battles", "Armed clash")
    assert somalia.actor2 == state_forces("Kenya", D(2019, 3, 1), "Military")
    assert somalia.inter2 == "External/Other forces"
    home = code("Al Shabaab fighters ambushed an SNA convoy near Balcad.", "Somalia", "Battles", "Armed clash")
    assert home.actor2 == state_forces("Somalia", D(2019, 3, 1), "Military") and home.inter2 == "State forces"


def test_a_common_word_in_the_force_table_stays_the_home_force():
    a = code("Rangers shot two poachers dead in Tsavo park.", "Kenya", "Violence against civilians", "Attack")
    assert a.actor1 == state_forces("Kenya", D(2019, 3, 1), "Police")


def test_a_force_acting_in_cooperation_with_another_is_its_ally_not_its_foe():
    a = code("KDF troops, in cooperation with the SNA, shelled Al Shabaab positions near Kolbiyow.", "Somalia",
             "Explosions/Remote violence", "Shelling/artillery/missile attack", D(2022, 3, 3))
    assert (a.actor1, a.actor2) == (state_forces("Kenya", D(2022, 3, 3), "Military"), "Al Shabaab")


def test_a_death_told_as_coded_separately_is_not_added():
    assert fatalities("Gunmen shot dead a trader in the market. His cousin was killed last year in a case "
                      "coded separately.") == 1


def test_armed_people_named_only_as_holding_the_place_are_not_the_attackers():
    a = code("Air strikes on the rebel-held district of Harasta near the capital have killed dozens.", "Syria",
             "Explosions/Remote violence", "Air/drone strike", D(2017, 11, 28))
    assert a.actor1 == state_forces("Syria", D(2017, 11, 28), "Military")


def test_a_strike_told_as_the_latest_of_many_keeps_its_own_toll():
    first = "A drone strike on a van near Marjayoun killed three men; it was the latest in a string of attacks on the area."
    second = "The army said it had killed a commander of the group in the strike."
    sentences = [Sentence(0, 0, len(first), first), Sentence(1, len(first) + 1, len(first) + 1 + len(second), second)]
    assert incident_fatalities(Incident(sentences=sentences, location=None), split=False) == 3


# --- roles from the clause, second round (issue 14): each rule with a sentence written for it -------------

EXP, SHELL, BATTLE = "Explosions/Remote violence", "Shelling/artillery/missile attack", "Battles"


def test_the_by_agent_of_a_passive_attack_comes_before_a_group_named_earlier():
    text = ("Aid groups condemned the offensive by Islamist militias on the valley. On Monday a food convoy "
            "heading for the hills was shelled by Turkish forces.")
    a = code(text, "Syria", EXP, SHELL, D(2018, 3, 1))
    assert a.actor1 == state_forces("Turkey", D(2018, 3, 1), "Military")


def test_a_nationality_before_the_weapon_fired_names_the_state_that_fired_it():
    text = "A YPG medic died on Tuesday after her ambulance was hit by a Turkish shell outside Kobani."
    a = code(text, "Syria", EXP, SHELL, D(2018, 3, 1))
    assert a.actor1 == state_forces("Turkey", D(2018, 3, 1), "Military")
    assert a.actor2 == "YPG: People's Protection Units"


def test_a_bomber_who_drove_into_a_checkpoint_is_the_agent_and_the_checkpoint_the_target():
    text = "A suicide bomber drove a van loaded with explosives into a checkpoint outside Zliten, killing six guards."
    a = code(text, "Libya", EXP, "Suicide bomb", D(2016, 3, 1))
    assert a.actor1 == "Unidentified Armed Group (Libya)"
    assert a.actor2 == state_forces("Libya", D(2016, 3, 1), "Military")


def test_a_body_named_for_a_resolution_it_passed_is_no_actor():
    text = "Artillery fire killed six villagers on Monday, ignoring a UN resolution that demanded a ceasefire."
    a = code(text, "Syria", EXP, SHELL, D(2018, 3, 1))
    assert "United Nations" not in (a.actor1 or "") and "United Nations" not in (a.actor2 or "")


@pytest.mark.parametrize("text", [
    "Soldiers attack a cattle camp near Rumbek and rape two women.",
    "Plain-clothes police burst into a teacher's flat in Wau and took him away.",
])
def test_headline_present_tense_makes_the_force_the_perpetrator(text):
    a = code(text, "South Sudan", "Violence against civilians", "Attack", D(2016, 3, 1))
    assert a.actor1.startswith(("Military Forces of South Sudan", "Police Forces of South Sudan"))
    assert a.actor2 == "Civilians (South Sudan)"


def test_an_attack_the_troops_came_under_is_no_act_of_theirs():
    a = code("Troops came under attack from Al Shabaab near Garissa.", "Kenya", BATTLE, "Armed clash")
    assert a.actor1 == "Al Shabaab"


# --- security forces of the country the event is in ------------------------------------------------------

def test_a_force_acronym_names_its_own_state_even_in_a_namesake_neighbour():
    a = code("SAF planes bombed two villages north of Renk, wounding a herder.", "South Sudan", EXP, "Air/drone strike",
             D(2016, 3, 1))
    assert a.actor1 == state_forces("Sudan", D(2016, 3, 1), "Military")
    assert a.inter1 == "External/Other forces"


@pytest.mark.parametrize("text,name", [
    ("Somaliland troops clashed with clan fighters near a well east of Burao.", "Military Forces of Somaliland (1991-)"),
    ("Puntland police exchanged fire with gunmen at a checkpoint in Galkayo.", "Police Forces of Puntland (1998-)"),
    ("Jubaland security forces and unknown armed men traded fire in Kismayo.", "Military Forces of Jubaland (2013-)"),
])
def test_the_forces_of_a_regional_administration_are_its_own_state_forces(text, name):
    a = code(text, "Somalia", BATTLE, "Armed clash", D(2016, 3, 1))
    assert name in (a.actor1, a.actor2)
    assert "Military Forces of Somalia (2012-)" not in (a.actor1, a.actor2)


def test_the_somali_government_acronym_names_its_forces_not_an_unknown_group():
    a = code("Al Shabaab fighters raided an SNG position near Balcad at dawn.", "Somalia", BATTLE, "Armed clash",
             D(2016, 3, 1))
    assert {a.actor1, a.actor2} == {"Al Shabaab", state_forces("Somalia", D(2016, 3, 1), "Military")}


# --- unidentified armed groups and their ACLED naming ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Suspected jihadists attacked a gendarmerie post north of Kaya, killing three gendarmes.",
    "Islamist militants stormed a village near Kaya and shot two shopkeepers.",
])
def test_unnamed_attackers_called_islamist_are_an_islamist_militia(text):
    a = code(text, "Burkina Faso", BATTLE, "Armed clash", D(2021, 3, 1))
    assert a.actor1 == "Islamist Militia (Burkina Faso)" or a.actor2 == "Islamist Militia (Burkina Faso)"
    assert "Unidentified Armed Group (Burkina Faso)" not in (a.actor1, a.actor2)


def test_islamist_is_a_creed_not_a_home_area():
    a = code("An Islamist militia raided a fishing village on the coast and burned houses.", "Mozambique",
             "Violence against civilians", "Attack", D(2021, 3, 1))
    assert a.actor1 == "Islamist Militia (Mozambique)"


def test_plain_gunmen_stay_unidentified():
    a = code("Unknown gunmen shot dead a trader at the market.", "Mozambique", "Violence against civilians", "Attack",
             D(2021, 3, 1))
    assert a.actor1 == "Unidentified Armed Group (Mozambique)"


@pytest.mark.parametrize("on,name", [
    (D(2016, 2, 1), "Boko Haram - Wilayat Gharb Ifriqiyyah"),
    (D(2019, 2, 1), "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"),
])
def test_a_group_is_named_as_it_was_called_on_the_day(on, name):
    a = code("Boko Haram fighters raided a fishing camp near Bol and killed four fishermen.", "Chad",
             "Violence against civilians", "Attack", on)
    assert a.actor1 == name


def test_pro_government_militias_have_acled_generic_name():
    a = code("Pro-government militias looted shops and beat traders in a market south of Nyala.", "Sudan",
             "Violence against civilians", "Attack", D(2016, 3, 1))
    assert a.actor1 == "Militia (Pro-Government)"
    assert a.inter1 == "Political militia"


def test_a_spokesman_claiming_for_his_own_group_names_the_group_not_himself():
    a = code("A Taliban spokesman said the group's fighters had killed five police officers at a post near Ghazni.",
             "Afghanistan", BATTLE, "Armed clash", D(2019, 3, 1))
    assert a.actor1 == "Taliban"
    assert a.actor2.startswith("Police Forces of Afghanistan")


def test_a_force_that_only_reports_is_not_the_agent():
    a = code("Three soldiers were killed when militants attacked their base near Diffa, the military said.", "Niger",
             BATTLE, "Armed clash", D(2019, 3, 1))
    assert a.actor1 == "Unidentified Armed Group (Niger)"
