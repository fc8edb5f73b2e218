import pytest

from eventdesk.geo import Gazetteer, country_by_name, locate, locate_all


@pytest.fixture(scope="module")
def gz():
    return Gazetteer.load()  # built once, then read from the on-disk cache


def test_named_town_is_precision_1(gz):
    loc = locate("On Monday, farmers marched in Karachi to demand water.", gz)
    assert loc.place.country.name == "Pakistan" and loc.place.admin1 == "Sindh"
    assert loc.location == "Karachi" and loc.geo_precision == 1


def test_near_a_town_is_precision_2(gz):
    loc = locate("Gunmen ambushed a convoy near Kandahar on Friday.", gz)
    assert loc.location == "Kandahar" and loc.geo_precision == 2


def test_region_only_is_precision_3(gz):
    loc = locate("Herders clashed over grazing land somewhere in Oromia.", gz)
    assert loc.place.admin1 == "Oromia" and loc.geo_precision == 3


def test_country_word_disambiguates_homonyms(gz):
    assert locate("Residents rallied in Paris against the new law.", gz).place.country.iso2 == "FR"
    us = locate("Residents rallied in Paris, Texas against the new law.", gz)
    assert us.place.country.iso2 == "US" and us.place.admin1 == "Texas"
    hinted = locate("Residents rallied in Paris against the new law.", gz,
                    country_hint=country_by_name("United States"))
    assert hinted.place.country.iso2 == "US"


def test_parenthetical_hierarchy_falls_back_to_known_level(gz):
    loc = locate("A mob beat a suspected thief in Xyzzyville Trading Center, Qwerty sub-county (Oyam, Northern).", gz)
    assert loc.place.country.name == "Uganda"
    assert loc.geo_precision == 2 and "Oyam" in loc.location


def test_parenthetical_hierarchy_picks_the_right_homonym(gz):
    loc = locate("Students protested in Lahore (Lahore, Punjab) over fees.", gz)
    assert loc.place.country.iso2 == "PK" and loc.geo_precision == 1


def test_person_titles_and_organisations_are_not_places(gz):
    loc = locate("President Washington spoke to the Washington Post about unrest in Nairobi.", gz)
    assert loc.location == "Nairobi"


def test_no_place_gives_none(gz):
    assert locate("Police said the march was peaceful and nobody was hurt.", gz) is None


def test_locate_all_keeps_order(gz):
    found = locate_all("Protests took place in Almaty, then in Shymkent and later near Aktobe.", gz)
    names = [loc.location for _, loc in found]
    assert names[:3] == ["Almaty", "Shymkent", "Aktobe"]
    assert found[2][1].geo_precision == 2


def test_movement_names_are_not_places_in_locate_all(gz):
    text = "Activists of Kazakhstan's Oyan movement rallied in Almaty on Sunday."
    names = [loc.location for _, loc in locate_all(text, gz)]
    assert names == ["Almaty"]


def test_country_only_text_gives_country_level_location(gz):
    loc = locate("Kazakh teachers went on strike over pay, unions said.", gz)
    assert loc.place.kind == "country" and loc.place.country.name == "Kazakhstan" and loc.geo_precision == 3
