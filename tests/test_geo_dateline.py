"""geo.dateline: the dateline opening a story, in the shapes wires, papers and lower-cased archives write it."""
import pytest

from eventdesk.geo import Gazetteer
from eventdesk.geo.dateline import dateline_place, read_dateline


@pytest.fixture(scope="module")
def gz():
    return Gazetteer.load()


@pytest.mark.parametrize("text, place, country, agency", [
    ("ALMATY, Kazakhstan -- Several hundred drivers rallied outside the akimat.", "ALMATY", "Kazakhstan", None),
    ("NEW DELHI: Farmers blocked the highway for a second day.", "NEW DELHI", None, None),
    ("ahmedabad: a crowd set two shops on fire near the station.", "ahmedabad", None, None),
    ("Kabul (AFP) - A roadside bomb hit a minibus on Sunday.", "Kabul", None, "AFP"),
    ("LAGOS, Nigeria (Reuters) - Traders shut their stalls in protest.", "LAGOS", "Nigeria", "Reuters"),
    ("BAMAKO, Aug 3 (Reuters) - Soldiers fired in the air.", "BAMAKO", None, "Reuters"),
    ("NAIROBI, 12 January 2016 (IRIN) - Teachers walked out.", "NAIROBI", None, "IRIN"),
])
def test_dateline_shapes(text, place, country, agency):
    dl = read_dateline(text)
    assert dl is not None and dl.place == place and dl.agency == agency
    assert (dl.country.name if dl.country else None) == country
    assert text[dl.end:dl.end + 1].strip()  # the story starts right after it


def test_byline_with_place():
    dl = read_dateline("By A Reporter, Nairobi\nBoda boda riders blocked the road to the airport.")
    assert dl is not None and dl.place == "Nairobi" and dl.strong


@pytest.mark.parametrize("text", [
    "Kano-based traders closed their shops.",  # a hyphenated word, not a dateline
    "Police said: the crowd was dispersed.",  # a sentence with a colon
    "A three-day strike was organised by the union.",
])
def test_not_a_dateline(text):
    assert read_dateline(text) is None


def test_dateline_places_the_city(gz):
    for text, iso2 in [("KABUL (AFP) - A bomb went off.", "AF"), ("ahmedabad: a mob gathered at dawn.", "IN"),
                       ("PORTLAND, Ore. - Protesters marched downtown.", "US")]:
        dl, place = dateline_place(text, gz)
        assert place.country.iso2 == iso2


def test_weak_dateline_must_be_a_town_and_no_common_word(gz):
    assert dateline_place("Police - the army denied the report.", gz) is None
    assert dateline_place("Update: the road is open again.", gz) is None


def test_dateline_prefers_the_outlets_country_for_a_shared_name(gz):
    from eventdesk.geo.countries import country_by_name
    dl, place = dateline_place("SAN JOSE - Students marched to the assembly.", gz, prefer=country_by_name("Costa Rica"))
    assert place.country.iso2 == "CR"


def test_dateline_names_a_town_before_a_region_of_that_name(gz):
    # Beni is a Congolese town and a larger Bolivian department
    dl, place = dateline_place("BENI - Gunmen attacked a farm at dawn, residents said.", gz)
    assert place.kind == "city" and place.country.iso2 == "CD"


@pytest.mark.parametrize("text, place, rest", [
    ("This story is from June 4, 2006\n\nnagpur: a crowd stoned two buses near the depot.", "nagpur", "a crowd"),
    ("Posted on 4 June 2006\nBHOPAL: Teachers marched to the secretariat.", "BHOPAL", "Teachers"),
])
def test_a_banner_of_the_pages_date_above_the_dateline_is_skipped(text, place, rest):
    dl = read_dateline(text)
    assert dl is not None and dl.place == place
    assert text[dl.end:].startswith(rest)


def test_a_first_sentence_with_a_date_is_no_banner():
    assert read_dateline("On June 4, 2006 a crowd stoned two buses in Nagpur.\nBhopal: teachers marched.") is None
