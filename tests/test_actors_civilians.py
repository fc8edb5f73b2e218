"""Civilians and crowds named by their nationality (eventdesk.extraction.actors.civilians)."""
from __future__ import annotations

import datetime as dt

from eventdesk.extraction.actors import Actors, code_actors

D = dt.date


def code(text: str, country: str, event_type: str, sub: str, on: dt.date = D(2022, 5, 10)) -> Actors:
    return code_actors(text, country=country, event_type=event_type, sub_event_type=sub, event_date=on)


def test_foreign_nationals_protest_under_their_own_country():
    a = code("On 27 February 2022, around 200 Ukrainians gathered in Milan against the invasion.",
             "Italy", "Protests", "Peaceful protest")
    assert a.actor1 == "Protesters (Ukraine)"


def test_a_group_of_foreign_nationals_is_the_crowd_but_pro_x_or_a_mixed_crowd_is_local():
    a = code("A group of Israeli settlers threw stones at houses on the edge of the village.", "Palestine",
             "Riots", "Mob violence")
    assert a.actor1 == "Rioters (Israel)"
    a = code("A group of Israeli settlers clashed with local youths near the village.", "Palestine", "Riots", "Mob violence")
    assert (a.actor1, a.actor2) == ("Rioters (Israel)", "Rioters (Palestine)")
    a = code("Pro-Russian rioters clashed with counter-demonstrators at the monument.", "Bulgaria", "Riots",
             "Violent demonstration")
    assert a.actor1 == "Rioters (Bulgaria)"
    a = code("Hundreds of Ukrainians and their supporters gathered in the main square against the war.", "Austria",
             "Protests", "Peaceful protest")
    assert a.actor1 == "Protesters (Austria)"
    a = code("A protest against the killing of Palestinians was held outside parliament.", "Austria",
             "Protests", "Peaceful protest")
    assert a.actor1 == "Protesters (Austria)"


def test_displaced_civilians_carry_the_refugees_label():
    a = code_actors("Displacement: On 3 May 2022, 900 civilians fled fighting near Kalemie.", country="Democratic Republic of Congo",
                    event_type="Strategic developments", sub_event_type="Other", event_date=D(2022, 5, 10))
    assert a.assoc_actor_1 == f"Refugees/IDPs ({a.actor1[11:-1]})"


def test_civilians_are_named_by_the_victims_own_nationality():
    a = code("Gunmen shot dead a Somali trader on the outskirts of the market town.", "Kenya",
             "Violence against civilians", "Attack")
    assert a.actor2 == "Civilians (Somalia)"
    a = code("Border police detained 25 migrants from Haiti hiding in a lorry.", "Dominican Republic",
             "Strategic developments", "Arrests")
    assert a.actor2 == "Civilians (Haiti)"


def test_migrants_of_many_or_unstated_nationalities_are_international_civilians():
    a = code("Coast guards intercepted and detained 60 irregular migrants on a fishing boat.", "Turkey",
             "Strategic developments", "Arrests")
    assert a.actor2 == "Civilians (International)"
    a = code("Police arrested 70 migrants from Syria, Iraq, Eritrea and Sudan at a farm.", "Greece",
             "Strategic developments", "Arrests")
    assert a.actor2 == "Civilians (International)"


def test_foreign_attackers_do_not_make_the_victims_foreign():
    a = code("A group of Israeli settlers threw stones at Palestinian farmers near the olive groves.", "Palestine",
             "Violence against civilians", "Attack")
    assert a.actor2 == "Civilians (Palestine)"


def test_a_migrants_nationality_is_a_whole_word():
    a = code("Armed settlers under the protection of Israeli troops beat Palestinian herders near the village.",
             "Palestine", "Violence against civilians", "Attack")
    assert a.actor2 == "Civilians (Palestine)"


def test_a_second_nationality_marching_beside_the_first_is_its_own_crowd():
    a = code("Several dozen Czech and Ukrainian activists rallied in the main square against the invasion.", "Czech Republic",
             "Protests", "Peaceful protest")
    assert "Protesters (Ukraine)" in (a.assoc_actor_1 or "")
