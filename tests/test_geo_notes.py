"""geo.notes: ACLED's coding remarks, read only for ACLED notes (locate(..., acled_notes=True))."""
import pytest

from eventdesk.geo import Gazetteer, locate


@pytest.fixture(scope="module")
def gz():
    return Gazetteer.load()  # built once, then read from the on-disk cache


def test_coded_to_note_names_the_location(gz):
    loc = locate("Gunmen abducted two farmers in Qwertyvillage (Lubero, Nord-Kivu) [coded to Butembo].", gz, acled_notes=True)
    assert loc.location == "Butembo" and loc.geo_precision == 2
    # with its own hierarchy, and a county of the same name coded to its town
    loc = locate("Police raided a market in Zxcv area (coded to Kumasi, Ashanti) and arrested traders.", gz, acled_notes=True)
    assert loc.location == "Kumasi" and loc.place.kind == "city"


def test_coded_to_actor_or_event_is_no_place(gz):
    loc = locate("Militants (coded as Beni communal militia) attacked a farm in Butembo (Lubero, Nord-Kivu).", gz, acled_notes=True)
    assert loc.location == "Butembo"


def test_coded_separately_place_is_another_event(gz):
    loc = locate("Soldiers clashed with rebels in Butembo (Lubero, Nord-Kivu) and Oicha (coded separately).", gz, acled_notes=True)
    assert loc.location == "Butembo"
    loc = locate("Rebels looted shops in Goma (coded separately) and then in Butembo.", gz, acled_notes=True)
    assert loc.location == "Butembo"


def test_coded_to_district_level(gz):
    loc = locate("Artillery hit farms in Haradh (coded to district level), and in Abs (Hajjah).", gz, acled_notes=True)
    assert loc.place.country.name == "Yemen" and "Harad" in loc.location


def test_compass_suffix_of_a_coded_name_is_no_region(gz):
    loc = locate("Troops looted shops in Ywathit village (coded as Ywathit (West)) (Myaing township, Pakokku "
                 "district, Magway region).", gz, acled_notes=True)
    assert loc.place.country.iso2 == "MM" and loc.place.admin1 == "Magway"


def test_capitalised_coded_as_note_names_the_location(gz):
    loc = locate("On 2 June, a buried shell went off and injured a boy in Bekhal, a village of Soran Independent "
                 "Administration in Erbil province. Coded as Soran district.", gz, acled_notes=True)
    assert loc.location == "Soran"
