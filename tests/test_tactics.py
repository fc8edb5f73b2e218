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


def test_a_generic_protest_is_a_rally_only_when_no_form_is_named():
    assert tactics("Teachers protested outside the education office.") == ["rally"]
    assert tactics("Hundreds of demonstrators marched to the town hall in protest.") == ["march"]
    assert tactics("Nurses demonstrated with a sit-in at the clinic.") == ["sit-in"]


@pytest.mark.parametrize("text", [
    "Officers were present at the gathering but refrained from interfering.",
    "Police did not intervene as the students chanted.",
    "Troops kept their distance while the farmers rallied.",
    "The march through the old town passed off peacefully.",
    "Police made no attempt to disperse the crowd.",
])
def test_police_who_let_a_protest_be_is_ignore(text):
    assert state_response(text) == ["ignore"]


def test_a_protest_gets_the_tactics_and_the_response_the_story_tells_after_its_lead():
    import datetime as dt

    from eventdesk.events import code_article
    from eventdesk.geo.gazetteer import Gazetteer
    from eventdesk.records import Article

    text = ("Kenyan Nurses Demand Pay\n\nNAIROBI, Kenya -- About 300 nurses have marched through Nairobi, demanding "
            "unpaid allowances. The nurses' march through central Nairobi on May 6 ended with a rally outside the "
            "health ministry. Officers were present but refrained from interfering. The nurses say their pay has "
            "been late for months.")
    a = Article(id="tac-1", origin="test", content_hash="0" * 64, text=text, published_at=dt.date(2024, 5, 7),
                ingested_at=dt.datetime(2024, 5, 8, tzinfo=dt.timezone.utc), title=None, source="Example Daily")
    events = code_article(a, Gazetteer.load()).events
    assert [(e.location, e.tactics, e.state_response) for e in events] == [("Nairobi", ["march", "rally"], ["ignore"])]


def test_slogans_and_symbols_go_with_a_protest_whose_form_is_a_rally_by_default():
    assert tactics("Demonstrators chanted slogans against the new tax.") == ["rally", "sloganeering"]
    assert tactics("Two protesters were beaten by officers.") == ["rally"]
    assert tactics("Nurses submitted a petition to the ministry and began a sit-in at its gates.") == ["sit-in", "petition"]
    assert tactics("The marchers reached the square at noon.") == ["march"]


def test_a_promise_to_the_strikers_is_accommodation():
    assert state_response("The mayor met a delegation of the strikers and promised to pay the arrears.") == ["accommodation"]


def test_a_quoted_statement_is_no_tactic_and_protesters_on_the_tracks_block_them():
    assert tactics('Organisers said: "We are marching in every city of the world." About 80 people rallied.') == ["rally"]
    assert "blockade" in tactics("About 60 protesters sat down on the railway tracks outside the station.")


def test_the_response_to_another_protest_of_the_story_is_not_this_ones():
    import datetime as dt

    from eventdesk.events import code_article
    from eventdesk.geo.gazetteer import Gazetteer
    from eventdesk.records import Article

    text = ("Farmers Protest Across Kenya\n\nHundreds of farmers marched through Nakuru on Monday to demand better "
            "maize prices. In Eldoret, about 200 farmers protested outside the county offices on Monday until police "
            "dispersed them with tear gas. "
            "The Nakuru march ended peacefully.")
    a = Article(id="tac-2", origin="test", content_hash="0" * 64, text=text, published_at=dt.date(2024, 5, 7),
                ingested_at=dt.datetime(2024, 5, 8, tzinfo=dt.timezone.utc), title=None, source="Example Daily")
    got = {e.location: e.state_response for e in code_article(a, Gazetteer.load()).events}
    assert got == {"Nakuru": ["ignore"], "Eldoret": ["crowd dispersal"]}
