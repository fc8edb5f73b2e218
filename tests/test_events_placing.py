"""events.placing: which of a sentence's places the text puts an event in, and which name a person."""
import pytest

from eventdesk.geo.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gz():
    return Gazetteer.load()


def test_of_places_an_event_only_after_a_place_noun(gz):
    from eventdesk.events.placing import locative
    from eventdesk.geo.places import locate_all
    text = "One of three east London schoolgirls was wounded in a bombing of the town of Manbij."
    found = {m.surface: locative(text, loc) for m, loc in locate_all(text, gz)}
    assert found.get("Manbij") is True
    assert found.get("London") is False


def test_a_city_before_a_name_makes_no_person(gz):
    from eventdesk.events.placing import big_place, person_surnames
    text = "Students of Kabul University marched on Monday. Hundreds gathered to mourn Daniel Preston."
    found = person_surnames(text, big_place(gz))
    assert "Preston" in found and "University" not in found


def test_a_convoy_hit_while_entering_a_town_places_the_event_there(gz):
    from eventdesk.events.placing import locative
    from eventdesk.geo.places import locate_all
    text = "Gunmen fired on a bus of pilgrims entering Kirkuk on Tuesday."
    found = {m.surface: locative(text, loc) for m, loc in locate_all(text, gz)}
    assert found.get("Kirkuk") is True
