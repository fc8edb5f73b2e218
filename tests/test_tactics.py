"""Protest tactics and Mass Mobilization state responses on invented sentences."""
from __future__ import annotations

import pytest

from eventdesk.extraction.tactics import STATE_RESPONSES, TACTICS, state_response, tactics


def test_vocabularies_are_closed_lower_case_and_unique():
    assert len(set(TACTICS)) == len(TACTICS) and all(t == t.lower() for t in TACTICS)
    assert STATE_RESPONSES == ("ignore", "crowd dispersal", "arrests", "beatings", "shootings", "killings",
                               "accommodation")


@pytest.mark.parametrize("text, want", [
    ("Dozens of activists marched through the city and held a rally outside parliament.", ["march", "rally"]),
    ("Nurses went on strike and staged a sit-in at the ministry.", ["sit-in", "strike"]),
    ("Prisoners began a hunger strike over conditions.", ["hunger strike"]),
    ("Farmers blocked the highway with burning tyres.", ["blockade"]),
    ("Hundreds held a candlelight vigil for the victims.", ["vigil"]),
    ("Truckers formed a convoy of vehicles, honking through the capital.", ["motorcade"]),
    ("Students formed a human chain around the campus.", ["human chain"]),
    ("Protesters burned an effigy of the governor.", ["symbolic action"]),
    ("Workers walked out of the factory.", ["walkout"]),
])
def test_tactics(text, want):
    got = tactics(text)
    for t in want:
        assert t in got
    assert got == [t for t in TACTICS if t in got]  # vocabulary order, no duplicates


def test_month_march_and_air_strikes_are_not_tactics():
    assert "march" not in tactics("On 8 March, residents held a rally.")
    assert "strike" not in tactics("Russian air strikes hit the town overnight.")
    assert "hunger strike" not in tactics("Workers went on strike.")


@pytest.mark.parametrize("text, want", [
    ("Police used tear gas and water cannon to disperse the protesters.", ["crowd dispersal"]),
    ("Police detained 12 demonstrators.", ["arrests"]),
    ("Riot police beat protesters with batons.", ["beatings"]),
    ("Soldiers opened fire on the crowd, killing three protesters.", ["shootings", "killings"]),
    ("Police stood by as the demonstrators chanted slogans.", ["ignore"]),
    ("The governor met with representatives of the protesters and agreed to their demands.", ["accommodation"]),
    ("Residents protested peacefully in the square.", []),
])
def test_state_response(text, want):
    assert state_response(text) == want


def test_killings_need_state_forces_and_protesters():
    assert "killings" not in state_response("Gunmen killed three villagers.")
    assert "arrests" not in state_response("Residents protested the arrest of a journalist last year.")


def test_ignore_is_dropped_when_police_acted():
    got = state_response("Police looked on at first, then fired tear gas to disperse the crowd.")
    assert "ignore" not in got and "crowd dispersal" in got
