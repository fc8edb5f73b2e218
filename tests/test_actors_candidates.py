"""The armed actors of a passage (eventdesk.extraction.actors.candidates). Every sentence here is written for the test."""
from __future__ import annotations

import datetime as dt

from eventdesk.extraction.actors.candidates import candidates

D = dt.date


def names(text: str, country: str = "Syria", on: dt.date = D(2019, 6, 1)) -> list[str]:
    return [c.name for c in candidates(text, country, on)]


def test_a_group_whose_name_holds_a_nationality_and_force_word_is_not_the_state():
    found = names("The Arab-Kurdish Syrian Democratic Forces (SDF) took the grain silos on Monday.")
    assert not any(n.startswith("Military Forces of Syria") for n in found)
    assert any("Syrian Democratic Forces" in n for n in found)


def test_the_army_of_a_named_group_is_that_group():
    found = names("The brigade, a small army of the Ruritanian Liberation Front (RLF), held the ridge overnight.")
    assert not any(n.startswith("Military Forces of Syria") for n in found)
    assert any("Ruritanian Liberation Front" in n for n in found)


def test_the_army_of_a_country_is_still_a_state_force():
    assert "Military Forces of Syria (2000-)" in names("The army of the government shelled the ridge overnight.")


def test_a_force_named_by_a_people_is_not_the_state_army():
    # codebook 1.4: "Kurdish troops" in Syria are the Kurds' armed group, not the Syrian army
    found = names("A column of Kurdish troops watched the lorries roll past the dunes.")
    assert not any(n.startswith("Military Forces of Syria") for n in found)
    assert "YPG: People's Protection Units" in found
    # where no armed group of that people is known in the country, the force word is read as before
    # ("Amhara troops": a region's own forces, which ACLED files under the state's military)
    assert any(n.startswith("Military Forces of Ethiopia") for n in names("Amhara troops held the ridge.", "Ethiopia",
                                                                            D(2021, 6, 1)))
    # a nationality's troops stay a state's forces
    assert "Military Forces of Syria (2000-)" in names("Syrian troops watched the lorries roll past the dunes.")
