"""State forces by country and date, inter codes, foreign and own forces (eventdesk.extraction.actors.states, .inter)."""
from __future__ import annotations

import datetime as dt

import pytest

from eventdesk.extraction.actors import Actors, INTER, code_actors, interaction, state_forces

D = dt.date


def code(text: str, country: str, event_type: str, sub: str, on: dt.date = D(2022, 5, 10)) -> Actors:
    return code_actors(text, country=country, event_type=event_type, sub_event_type=sub, event_date=on)


def test_state_forces_dates_the_regime_before_and_after_a_change_of_government():
    assert state_forces("Pakistan", D(2022, 4, 10)) == "Police Forces of Pakistan (2018-)"
    assert state_forces("Pakistan", D(2022, 4, 11)) == "Police Forces of Pakistan (2022-)"
    assert state_forces("Pakistan", D(2020, 1, 1), as_of=D(2024, 1, 1)) == "Police Forces of Pakistan (2018-2022)"
    assert state_forces("Ukraine", D(2022, 3, 1), "Military") == "Military Forces of Ukraine (2019-)"
    assert state_forces("Kazakhstan", D(2022, 1, 5)) == "Police Forces of Kazakhstan (2019-)"
    assert state_forces("Russia", D(2023, 6, 1), "Military") == "Military Forces of Russia (2000-)"


def test_state_forces_follows_coups_and_the_taliban_takeover():
    assert state_forces("Burkina Faso", D(2022, 1, 1), "Military") == "Military Forces of Burkina Faso (2015-)"
    assert state_forces("Burkina Faso", D(2022, 3, 1), "Military") == "Military Forces of Burkina Faso (2022-)"
    assert state_forces("Myanmar", D(2021, 3, 1), "Military") == "Military Forces of Myanmar (2021-)"
    assert state_forces("Afghanistan", D(2021, 9, 1), "Military") == "Military Forces of Afghanistan (2021-)"
    assert state_forces("Afghanistan", D(2021, 8, 1), "Military") == "Military Forces of Afghanistan (2014-)"


def test_state_forces_writes_the_article_and_falls_back_without_years():
    assert state_forces("United States", D(2022, 6, 1)) == "Police Forces of the United States (2021-)"
    assert state_forces("Atlantis", D(2022, 6, 1)) == "Police Forces of Atlantis"
    assert state_forces("India", D(2022, 6, 1), "Government") == "Government of India (2014-)"
    with pytest.raises(ValueError):
        state_forces("India", D(2022, 6, 1), "Navy")


def test_state_forces_table_covers_the_g20_and_busy_acled_countries():
    for c in ("Argentina", "Australia", "Brazil", "Canada", "China", "France", "Germany", "India", "Indonesia", "Italy",
              "Japan", "Mexico", "Russia", "Saudi Arabia", "South Africa", "South Korea", "Turkey", "United Kingdom",
              "United States", "Nigeria", "Somalia", "Yemen", "Syria", "Iraq", "Mali", "Colombia", "Philippines"):
        assert state_forces(c, D(2024, 1, 1)).endswith("-)"), c


def test_interaction_puts_the_lower_inter_code_first():
    assert INTER[1] == "State forces" and INTER[8] == "External/Other forces"
    assert interaction("Protesters", "State forces") == "State forces-Protesters"
    assert interaction("Civilians", "Rioters") == "Rioters-Civilians"
    assert interaction("Protesters", None) == "Protesters only"


def test_state_forces_abroad_are_external_forces():
    a = code("Russian forces shelled residential areas of the city, injuring two civilians.", "Ukraine",
             "Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert a.actor1 == "Military Forces of Russia (2000-)" and a.inter1 == "External/Other forces"
    assert a.actor2 == "Civilians (Ukraine)" and a.interaction == "Civilians-External/Other forces"


def test_taliban_are_rebels_before_and_the_state_after_august_2021():
    text = "Taliban fighters attacked a checkpoint in the district."
    before = code(text, "Afghanistan", "Battles", "Armed clash", D(2021, 6, 1))
    after = code(text, "Afghanistan", "Battles", "Armed clash", D(2022, 6, 1))
    assert before.actor1 == "Taliban" and before.inter1 == "Rebel group"
    assert after.actor1 == "Military Forces of Afghanistan (2021-)" and after.inter1 == "State forces"


def test_a_capital_as_subject_of_a_military_act_names_that_state_s_forces():
    a = code("Moscow launched a fresh offensive on the eastern town on Monday, driving out the defenders.",
             "Ukraine", "Battles", "Armed clash")
    assert a.actor1 == "Military Forces of Russia (2000-)" and a.inter1 == "External/Other forces"
    a = code("Ankara has shelled villages held by the YPG near the border town.", "Syria",
             "Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert a.actor1.startswith("Military Forces of Turkey") and a.actor2 == "YPG: People's Protection Units"


def test_a_foreign_force_word_is_not_also_the_home_army():
    a = code("Iranian drones struck a lorry near the northern town, killing two people.", "Iraq",
             "Explosions/Remote violence", "Air/drone strike")
    assert a.actor1.startswith("Military Forces of Iran") and a.actor2 == "Civilians (Iraq)"
    a = code("Jordanian warplanes bombed a depot outside the town overnight.", "Syria",
             "Explosions/Remote violence", "Air/drone strike")
    assert a.actor1.startswith("Military Forces of Jordan") and a.actor2 is None


def test_a_country_after_a_preposition_is_a_place_not_the_attacker():
    a = code("Two people were hurt after a rocket from Syria struck a market in the border town.", "Turkey",
             "Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert not a.actor1.startswith("Military Forces of Syria")


def test_houthi_forces_are_the_sanaa_authority_and_the_recognised_government_keeps_its_2012_label():
    a = code("Houthi forces shelled positions of government troops east of the city.", "Yemen",
             "Explosions/Remote violence", "Shelling/artillery/missile attack", D(2022, 6, 1))
    assert a.actor1 == "Military Forces of Yemen (2016-) Supreme Political Council" and a.inter1 == "State forces"
    assert state_forces("Yemen", D(2022, 6, 1), "Military") == "Military Forces of Yemen (2012-)"


def test_crewed_air_strikes_in_the_russia_ukraine_war_go_to_the_air_force():
    a = code("Russian forces carried out air strikes on the outskirts of the town.", "Ukraine",
             "Explosions/Remote violence", "Air/drone strike", D(2022, 5, 1))
    assert a.actor1 == "Military Forces of Russia (2000-) Air Force"
    a = code("Russian forces struck the depot with a Shahed drone.", "Ukraine",
             "Explosions/Remote violence", "Air/drone strike", D(2022, 11, 1))
    assert a.actor1 == "Military Forces of Russia (2000-)"
    a = code("Turkish jets carried out air strikes in the mountains.", "Iraq", "Explosions/Remote violence", "Air/drone strike")
    assert a.actor1.startswith("Military Forces of Turkey") and not a.actor1.endswith("Air Force")


def test_a_named_air_force_is_the_unit():
    a = code("The Ukrainian air force shot down two Russian helicopters near the coast.", "Ukraine",
             "Strategic developments", "Disrupted weapons use", D(2022, 5, 1))
    assert a.actor1 == "Military Forces of Ukraine (2019-) Air Force"


def test_a_service_named_with_the_demonym_is_the_unit_and_is_sahel_is_recognised():
    a = code("Turkish gendarmerie forces found and defused a roadside bomb near the village.", "Turkey",
             "Strategic developments", "Disrupted weapons use")
    assert a.actor1.startswith("Military Forces of Turkey") and a.actor1.endswith(" Gendarmerie")
    a = code("IS Sahel militants looted cattle from herders near the village.", "Niger",
             "Strategic developments", "Looting/property destruction")
    assert a.actor1 == "Islamic State (Sahel)"


def test_houthi_strikes_abroad_are_yemen_s_sanaa_forces_acting_as_external_forces():
    a = code("Houthi forces fired a missile at an oil terminal in Jizan, causing a fire.", "Saudi Arabia",
             "Explosions/Remote violence", "Shelling/artillery/missile attack", D(2022, 3, 1))
    assert a.actor1 == "Military Forces of Yemen (2016-) Supreme Political Council"
    assert a.inter1 == "External/Other forces"


def test_an_air_strike_is_credited_to_the_state_that_bombed_even_if_first_named_as_a_target():
    a = code_actors("Damascus has not answered Israeli jets, not even on Sunday when Israel hit an Iranian "
                    "Revolutionary Guard depot near Palmyra.", country="Syria", event_type="Explosions/Remote violence",
                    sub_event_type="Air/drone strike", event_date=D(2018, 4, 1))
    assert a.actor1 == "Military Forces of Israel (2009-)"
    assert a.actor2 == "Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps"


def test_a_countrys_own_army_written_with_its_acronym_is_its_state_forces():
    a = code("The Chad National Army (CNA) clashed with rebels of a new front north of the town.", "Chad",
             "Battles", "Armed clash")
    assert "CNA" not in a.actor1 and "CNA" not in (a.actor2 or "")


def test_security_forces_breaking_up_a_demonstration_are_its_police():
    a = code("Thousands marched on the palace; security forces fired tear gas to disperse them.", "Sudan",
             "Protests", "Protest with intervention")
    assert a.actor2.startswith("Police Forces of Sudan")
    a = code("CRPF aspirants blocked a bridge to demand job letters until police removed them.", "India",
             "Protests", "Protest with intervention")
    assert a.actor2 == "Police Forces of India (2014-)"


def test_inter_codes_and_demonyms_have_one_home():
    """The inter codes are the schema's (schemas/events.toml, numbered in schemas/codebook.toml), and the
    nationality words are the rows of country_aliases.csv marked for the actor coder."""
    from eventdesk import schema
    from eventdesk.extraction.actors import DEMONYMS
    from eventdesk.geo.countries import all_countries, data_rows

    assert [INTER[n] for n in sorted(INTER)] == list(schema.table("events").column("inter1").allowed)
    marked = {r["alias"] for r in data_rows("country_aliases.csv") if r["actors"] == "nationality"}
    assert set(DEMONYMS) == marked and {"Russian", "Saudi-led", "U.S."} <= marked
    assert set(DEMONYMS.values()) <= {c.name for c in all_countries()}


def test_a_nationality_before_a_militia_names_no_state_force():
    from eventdesk.extraction.actors.states import DEMONYM_FORCE_RX
    assert not DEMONYM_FORCE_RX.search("Iraqi militia units moved in overnight.")
    assert not DEMONYM_FORCE_RX.search("Afghan rebel fighters held the pass.")
    assert DEMONYM_FORCE_RX.search("Iraqi army units moved in overnight.")


def test_a_force_named_by_its_possessive_belongs_to_the_state_named_before_it():
    # codebook 1.4: "its soldiers" are those of the state the sentence named, not the event country's
    a = code("Kenyan officials on Monday said that three of its troops died near the border post.", "Somalia",
             "Battles", "Armed clash")
    assert a.actor1.startswith("Military Forces of Kenya")
    assert "Military Forces of Somalia" not in f"{a.actor1} {a.actor2}"
