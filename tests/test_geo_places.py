import pytest

from eventdesk.geo import Gazetteer, country_by_name, locate, locate_all
from eventdesk.geo.places import measured
from eventdesk.geo.types import km_between


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


def test_no_place_gives_none(gz):
    assert locate("Police said the march was peaceful and nobody was hurt.", gz) is None


def test_locate_all_keeps_order(gz):
    found = locate_all("Protests took place in Almaty, then in Shymkent and later near Aktobe.", gz)
    names = [loc.location for _, loc in found]
    assert names[:3] == ["Almaty", "Shymkent", "Aktobe"]
    assert found[2][1].geo_precision == 2


def test_country_only_text_gives_country_level_location(gz):
    loc = locate("Kazakh teachers went on strike over pay, unions said.", gz)
    assert loc.place.kind == "country" and loc.place.country.name == "Kazakhstan" and loc.geo_precision == 3


def test_a_region_or_a_country_is_coded_at_its_seat_town():
    from eventdesk.geo.places import at_seat, country_location
    from eventdesk.geo.types import Location
    gz = Gazetteer.load()
    loc = country_location(country_by_name("Kenya"), gz)
    assert (loc.location, loc.place.kind, loc.geo_precision) == ("Nairobi", "city", 3)
    region = next(p for p in gz.lookup("Borno") if p.kind == "admin1")
    seat = at_seat(Location(region, "Borno", 3, None), gz)
    assert (seat.location, seat.place.admin1, seat.geo_precision) == ("Maiduguri", region.admin1, 3)
    town = next(p for p in gz.lookup("Kisumu") if p.kind == "city")
    assert at_seat(Location(town, "Kisumu", 1, None), gz).location == "Kisumu"  # a town stays itself


def test_a_place_word_inside_a_groups_name_is_no_place(gz):
    # "Boko" is a town in the Congo and "Niger Delta" a region: here both are words of an armed group's name
    assert locate("Boko Haram fighters burned a granary and stole cattle.", gz) is None or \
        locate("Boko Haram fighters burned a granary and stole cattle.", gz).location != "Boko"
    loc = locate("The Niger Delta Avengers blew up a gas line near Warri on Sunday.", gz)
    assert loc.location == "Warri" and loc.geo_precision == 2


def test_the_first_half_of_a_hyphenated_name_is_not_that_place(gz):
    # "Ceel" is a spelling of Eyl; "Ceel-Dheere" is another village, placed by the town it is measured from
    loc = locate("Militants left Ceel-Dheere village (40km SW of Baidoa) before dawn.", gz)
    baidoa = locate("Traders protested in Baidoa.", gz)
    assert loc.location == "Ceel-Dheere" and loc.geo_precision == 2 and loc.place.country.name == "Somalia"
    assert 38 < km_between(loc.place.latitude, loc.place.longitude, baidoa.place.latitude, baidoa.place.longitude) < 42


def test_a_distance_with_an_abbreviated_compass_point_is_near_precision_2(gz):
    for text in ("Two herders were shot 12km NE of Baidoa.", "Two herders were shot 12 km north-east of Baidoa."):
        loc = locate(text, gz)
        assert loc.location == "Baidoa" and loc.geo_precision == 2, text


def test_a_site_named_after_its_town_places_the_event_there(gz):
    # a university, market or hospital named after a town stands in it ...
    loc = locate("Students set a dormitory on fire at Gondar University on Tuesday.", gz)
    # (named as the text spells it, at the gazetteer's Gonder)
    assert loc.location == "Gondar" and loc.place.name == "Gonder" and loc.place.country.name == "Ethiopia"
    # ... but the place the text puts the event in comes first, and a paper named after a town names no place
    assert locate("Students of Gondar University marched in Bahir Dar on Monday.", gz).location == "Bahir Dar"
    said = locate("The Tehran Times said the talks had stalled.", gz)
    assert said is None or said.location != "Tehran"


def test_a_hyphenated_name_keeps_a_first_half_that_is_spelt_as_the_town(gz):
    loc = locate("Rival party members traded blows at Ikare-Akoko in Ondo State.", gz)
    assert loc.place.name == "Ikare" and loc.location == "Ikare-Akoko" and loc.place.country.name == "Nigeria"


def test_a_text_known_only_by_its_groups_takes_no_small_namesake_abroad(gz):
    # no country named, no outlet: the OLA (Ethiopia) says where to look; a French village of that name is
    # no answer, while a large town named by its own name still is
    assert locate("OLA fighters raided a police post in Langueux on Friday.", gz) is None
    assert locate("Police in Langueux arrested two burglars on Friday.", gz).place.country.name == "France"
    loc = locate("OLA fighters raided a police post in Jimma on Friday.", gz)
    assert loc.place.country.name == "Ethiopia"
    # a name of several words is specific enough to stand outside the groups' countries
    loc = locate("Insurgents loyal to ISIS burned the market of Mocimboa da Praia on Tuesday.", gz)
    assert loc is not None and loc.place.country.name == "Mozambique"


# Places the gazetteer lacks (invented names): the event's location under the text's spelling (issue 14)
def test_unknown_place_in_a_locative_frame_takes_the_capital_at_precision_3(gz):
    kenya = country_by_name("Kenya")
    assert not [p for p in gz.lookup("Kibwezo") if p.country == kenya]
    loc = locate("Gunmen killed two herders in Kibwezo on Tuesday.", gz, country_hint=kenya)
    assert loc.location == "Kibwezo" and loc.geo_precision == 3
    capital = locate("Traders protested in Nairobi.", gz)
    assert (loc.place.latitude, loc.place.longitude) == (capital.place.latitude, capital.place.longitude)


def test_unknown_place_takes_its_stated_region(gz):
    kenya = country_by_name("Kenya")
    loc = locate("Soldiers clashed with raiders in the locality of Tumbarino, Kitui county.", gz, country_hint=kenya)
    assert loc.location == "Tumbarino" and loc.place.admin1 == "Kitui" and loc.geo_precision in (2, 3)


def test_unknown_place_found_by_a_reference_town_is_named_near_that_town(gz):
    kenya = country_by_name("Kenya")
    # the village is the place the text names (ACLED names it); an unknown reference town gives it no coordinates
    loc = locate("Police fired on traders at Kiwanyo village (14km NE of Muthanga) on Monday.", gz, country_hint=kenya)
    assert loc.location == "Kiwanyo"
    loc = locate("Police fired on traders at Kiwanyo village (14km NE of Garissa) on Monday.", gz, country_hint=kenya)
    garissa = locate("Traders protested in Garissa.", gz, country_hint=kenya)
    assert loc.location == "Kiwanyo" and loc.geo_precision == 2
    # (at the stated distance and bearing from the town)
    assert loc.place.latitude > garissa.place.latitude and loc.place.longitude > garissa.place.longitude
    assert 13 < km_between(loc.place.latitude, loc.place.longitude, garissa.place.latitude, garissa.place.longitude) < 15
    loc = locate("Bandits raided Kiwanyo, near Garissa, at dawn.", gz, country_hint=kenya)
    assert loc.location == "Garissa" and loc.geo_precision == 2


def test_words_that_are_no_places_stay_unplaced(gz):
    kenya = country_by_name("Kenya")
    for text in ("A man from Ruvanga was arrested in Parliament.", "Lawyers marched at Easter and at Diwali in protest.",
                 "Supporters rallied in March against the tax.", "Dozens protested in Kenyan towns.",
                 "Villagers attacked Mr Otieno at his home.", "Hema herders met in Mumbo Party offices.",
                 "Soldiers died in Mungiki attacks across the county.", "Jets were bombing the Sabaot rebels overnight."):
        loc = locate(text, gz, country_hint=kenya)
        assert loc is None or loc.place.kind == "country" or loc.location not in text.split(), text


def test_unknown_places_need_capitals(gz):
    kenya = country_by_name("Kenya")
    loc = locate("gunmen killed two herders in kibwezo on tuesday and fled towards the hills nearby.", gz, country_hint=kenya)
    assert loc is None or loc.location.lower() != "kibwezo"



def test_the_people_of_an_unknown_place_act_there(gz):
    kenya = country_by_name("Kenya")
    loc = locate("Residents of Kibwezo blocked the road over water shortages.", gz, country_hint=kenya)
    assert loc.location == "Kibwezo"
    assert locate("People of Kenya protested.", gz, country_hint=kenya).location == "Kenya"


def test_an_unknown_village_located_by_distance_is_named_at_its_reference_town(gz):
    kenya = country_by_name("Kenya")
    garissa = locate("Traders protested in Garissa.", gz, country_hint=kenya)
    loc = locate("Bandits raided Lagdimo (22km W of Garissa) at dawn.", gz, country_hint=kenya)
    assert loc.location == "Lagdimo" and loc.geo_precision == 2
    assert loc.place.latitude == pytest.approx(garissa.place.latitude, abs=0.01)
    assert 21 < km_between(loc.place.latitude, loc.place.longitude, garissa.place.latitude, garissa.place.longitude) < 23
    # an area near a town is coded to the town
    loc = locate("Bandits raided the Lagdimo area near Garissa at dawn.", gz, country_hint=kenya)
    assert loc.location == "Garissa" and loc.geo_precision == 2


def test_a_building_named_after_an_unknown_place_stands_for_the_place_unless_its_town_is_given(gz):
    kenya = country_by_name("Kenya")
    loc = locate("At Tasembe Primary School, parents protested over fees.", gz, country_hint=kenya)
    assert loc.location == "Tasembe"
    loc = locate("Nurses protested outside the Tasembe District hospital in Garissa town.", gz, country_hint=kenya)
    assert loc.location == "Garissa"


def test_a_venue_stands_for_the_place_named_after_it_even_when_unknown(gz):
    kenya = country_by_name("Kenya")
    loc = locate("Students rioted at the Kanelo College in Tembuni over fees.", gz, country_hint=kenya)
    assert loc.location == "Tembuni"


def test_of_places_a_name_after_a_plural_place_noun_or_a_compass_point(gz):
    from eventdesk.geo.spotting import unknown_names

    text = "Troops cleared the villages of Wurbo and camped northwest of Tunsa; the governor of Kaliro spoke."
    assert [m.surface for m in unknown_names(text, [])] == ["Wurbo", "Tunsa"]


def test_an_area_told_by_the_town_beside_it_is_coded_to_that_town(gz):
    # "the X area, north of Y", "X and Z areas of Y", "X market south of Y", "the X area between Y and W": Y
    kenya = country_by_name("Kenya")
    garissa = locate("Traders protested in Garissa.", gz, country_hint=kenya)
    loc = locate("Raiders stole goats in the Lagdimo area, northwest of Garissa, at dawn.", gz, country_hint=kenya)
    assert loc.location == "Garissa"
    assert (loc.place.latitude, loc.place.longitude) == (garissa.place.latitude, garissa.place.longitude)
    for text in ("Raiders stole goats in the Lagdimo area, northwest of Kibwezo, at dawn.",
                 "Raiders burned huts in the Lagdimo and Tasembe areas of Kibwezo.",
                 "Raiders stole goats at Lagdimo market south of Kibwezo.",
                 "Raiders stole goats in the Lagdimo area between Kibwezo and Tasembe."):
        loc = locate(text, gz, country_hint=kenya)
        assert loc is not None and loc.location == "Kibwezo", text


def test_a_settlers_name_known_only_abroad_is_the_texts_own_place(gz):
    # "Port X", "New X": a small town's name from abroad, made of ordinary words, names a place at home too
    from eventdesk.geo.context import home_country

    kenya = country_by_name("Kenya")
    assert not [p for p in gz.lookup("New Brighton") if p.country == kenya]
    with home_country(kenya, kenya):  # a Kenyan outlet's article, as the pipeline reads it
        loc = locate("Hawkers blocked a road with stones in New Brighton over licences.", gz, country_hint=kenya)
        assert loc.location == "New Brighton" and loc.place.country == kenya
        # a city the world knows is that city, never a namesake at home
        loc = locate("Hawkers blocked a road with stones in New York over licences.", gz, country_hint=kenya)
        assert loc is None or loc.location != "New York" or loc.place.country.iso2 == "US"


def test_a_police_station_named_after_its_town_stands_in_that_town(gz):
    kenya = country_by_name("Kenya")
    loc = locate("Relatives of a detained man stoned cars at Garissa Police Station on Friday.", gz, country_hint=kenya)
    assert loc.location == "Garissa" and loc.place.country == kenya


def test_a_village_told_only_by_the_town_it_is_near_is_coded_to_that_town(gz):
    # codebook 1.5: an unknown village near a town is coded to the town (precision 2); one the text locates by a
    # measured distance ("12 km east of Y") is named itself
    kenya = country_by_name("Kenya")
    loc = locate("Bandits shot a herder in Lagdimo village near Garissa on Monday.", gz, country_hint=kenya)
    assert loc.location == "Garissa" and loc.geo_precision == 2
    loc = locate("Bandits shot a herder in Lagdimo village near Kibwezo on Monday.", gz, country_hint=kenya)
    assert loc.location == "Kibwezo"
    loc = locate("Bandits shot a herder in Lagdimo village, half a kilometre west of Kibwezo.", gz, country_hint=kenya)
    assert loc.location == "Kibwezo"
    loc = locate("Bandits shot a herder in Lagdimo village, 12 km west of Kibwezo.", gz, country_hint=kenya)
    assert loc.location == "Lagdimo"


def test_distances_and_strongholds_place_unknown_names(gz):
    kenya = country_by_name("Kenya")
    assert locate("Raiders shot two camel herders 4kms from Kibwezo.", gz, country_hint=kenya).location == "Kibwezo"
    loc = locate("Raiders shot two camel herders 4kms from Garissa.", gz, country_hint=kenya)
    assert loc.location == "Garissa" and loc.geo_precision == 2
    loc = locate("Soldiers overran the bandits' stronghold of Kibwezo at dawn.", gz, country_hint=kenya)
    assert loc.location == "Kibwezo"


def test_a_quarter_of_a_town_is_coded_to_the_unit_the_text_puts_it_in(gz):
    kenya = country_by_name("Kenya")
    garissa = locate("Traders protested in Garissa.", gz, country_hint=kenya)
    for text in ("Gunmen robbed a shop in Bulla Tawakal neighbourhood (Garissa) on Monday night.",
                 "Gunmen robbed a shop in the Bulla Tawakal quarter, Garissa, on Monday night."):
        loc = locate(text, gz, country_hint=kenya)
        assert loc.location == "Garissa", text
        assert (loc.place.latitude, loc.place.longitude) == (garissa.place.latitude, garissa.place.longitude)
    # nor is a clash "between" two peoples placed at the first of them
    loc = locate("Clashes between the Lagdimo and Tasembe clans in Garissa left four dead.", gz, country_hint=kenya)
    assert loc.location == "Garissa"


def test_a_village_located_by_a_distance_in_parentheses_keeps_its_name_whatever_precedes_it(gz):
    kenya = country_by_name("Kenya")
    garissa = locate("Traders protested in Garissa.", gz, country_hint=kenya)
    loc = locate("Raiders shot at herders in the vicinity of Lagdimo Village (31km NW of Garissa) on 02/03.", gz,
                 country_hint=kenya)
    assert loc.location == "Lagdimo" and loc.geo_precision == 2
    assert loc.place.latitude > garissa.place.latitude and loc.place.longitude < garissa.place.longitude
    assert 30 < km_between(loc.place.latitude, loc.place.longitude, garissa.place.latitude, garissa.place.longitude) < 32
    # a rural area of a district is named itself; a town's quarter is coded to the town
    loc = locate("Troops clashed with raiders in Lagdimo area (Garissa) at noon.", gz, country_hint=kenya)
    assert loc.location == "Lagdimo"


def test_a_bare_name_told_by_a_compass_point_keeps_its_name_at_the_towns_place(gz):
    # "X, west of Y" names a place of its own (ACLED keeps it), unlike "the X area, west of Y" (coded to Y)
    kenya = country_by_name("Kenya")
    garissa = locate("Traders protested in Garissa.", gz, country_hint=kenya)
    for text in ("Herders fought over wells in Lagdimo, west of Garissa, leaving three dead.",
                 "Herders fought over wells in Lagdimo southwest of Garissa, leaving three dead."):
        loc = locate(text, gz, country_hint=kenya)
        assert loc.location == "Lagdimo" and loc.geo_precision == 2, text
        assert (loc.place.latitude, loc.place.longitude) == (garissa.place.latitude, garissa.place.longitude)
    loc = locate("Herders fought over wells in the Lagdimo area, west of Garissa, leaving three dead.", gz, country_hint=kenya)
    assert loc.location == "Garissa"


def test_an_area_of_a_known_place_is_that_place(gz):
    kenya = country_by_name("Kenya")
    loc = locate("Two clans fought in Lagdimo area of Garissa sub-county, leaving four dead.", gz, country_hint=kenya)
    assert loc.location == "Garissa"


@pytest.mark.parametrize("sentence,hint", [
    ("US-backed fighters retook the town on Saturday in Zarquzeh, eastern Syria.", None),
    ("Russian-backed militiamen seized the village of Zarquzeh in northern Syria on Monday.", None),
    ("US-backed fighters retook the town on Saturday in Zarquzeh, eastern Syria.", "United States"),
])
def test_an_unknown_village_is_in_the_country_the_text_puts_it_not_its_backers(gz, sentence, hint):
    """A backer or a nationality says who took part; the country written as where ('eastern Syria') holds the place."""
    loc = locate(sentence, gz, country_hint=country_by_name(hint) if hint else None)
    assert loc is not None and loc.location == "Zarquzeh" and loc.place.country.name == "Syria"


def test_a_nationality_alone_still_places_an_unknown_village_where_nothing_else_does(gz):
    loc = locate("Ethiopian troops raided the village of Zarquzeh on Monday.", gz)
    assert loc is not None and loc.location == "Zarquzeh" and loc.place.country.name == "Ethiopia"


def test_a_distance_and_bearing_from_a_town_place_the_village_that_far_off(gz):
    # "X (25km SE of Y)": ACLED codes the village itself; the gazetteer lacks it, so it lies that far from Y
    assert measured(" Village (approx. 30 kilometres south-east of ") == (30.0, 135.0)
    assert measured(" (12 miles N of ")[0] == pytest.approx(19.3, abs=0.1)
    assert measured(" (Garissa district) near ") is None
    kenya = country_by_name("Kenya")
    garissa = locate("Traders protested in Garissa.", gz, country_hint=kenya)
    loc = locate("Raiders burnt huts in Olkimbo (40km S of Garissa) on Sunday.", gz, country_hint=kenya)
    assert loc.location == "Olkimbo" and loc.geo_precision == 2
    assert loc.place.latitude < garissa.place.latitude - 0.3
    assert loc.place.longitude == pytest.approx(garissa.place.longitude, abs=0.01)
    # a town named by itself stays where it is
    assert locate("Raiders burnt huts in Garissa (the county seat) on Sunday.", gz, country_hint=kenya).place == garissa.place


def test_an_event_known_only_by_its_country_is_coded_where_the_government_sits(gz):
    # codebook 1.5: the country's seat, precision 3; where the official capital is not where the government sits,
    # the seat ("teachers struck nationwide" in Benin is coded at Cotonou, not Porto-Novo)
    from eventdesk.geo.places import country_location
    for country, seat in (("Benin", "Cotonou"), ("Ivory Coast", "Abidjan"), ("Bolivia", "La Paz"), ("Kenya", "Nairobi")):
        loc = country_location(country_by_name(country), gz)
        assert loc.location == seat and loc.geo_precision == 3 and loc.place.country.name == country


def test_a_town_after_in_and_a_compass_word_is_the_event_place_not_its_region(gz):
    # (issue 14, geo.cues.IN) "in south X" puts the event in X; the region named after it only says where X lies
    loc = locate("On Tuesday a mine struck an army jeep in south Rafah in the governorate of North Sinai.", gz)
    assert loc is not None and loc.place.kind == "city" and loc.geo_precision == 1


def test_regions_sharing_a_name_are_listed_once_per_country(gz):
    # (issue 14, Index.region_parts) the shared name maps to that country's regions only
    parts = gz.region_parts()
    assert {gz.place(pid).country.name for pid, _ in parts["darfur"]} == {"Sudan"} and len(parts["darfur"]) >= 4
    assert "sinai" in parts and "region" not in parts  # (a name that is a region of its own is no shared name)


def test_a_compass_word_before_a_region_named_like_its_capital_is_the_region(gz):
    # (issue 14) "southern Idlib" is part of the governorate, coded to the region (codebook 1.5), not the city
    loc = locate("Jets pounded several villages in southern Idlib overnight.", gz)
    assert loc is not None and loc.place.kind == "admin1" and loc.geo_precision == 3
    loc = locate("Jets pounded a market in Idlib city overnight.", gz)
    assert loc is not None and loc.place.kind == "city"


def test_an_unknown_town_after_its_region_in_one_sentence_takes_the_town_name(gz):
    # a town the gazetteer lacks, introduced as one after the region the sentence names: the town, in that region
    loc = locate("Warplanes pounded southern Idlib on Sunday, striking the village of al-Basket and killing a farmer.", gz)
    assert loc.location == "al-Basket" and loc.place.admin1 == "Idleb" and loc.place.country.iso2 == "SY"
    # across a sentence's end the region does not vouch for it: the region stands
    loc = locate("Warplanes pounded southern Idlib on Sunday. Later, rockets struck the village of al-Basket.", gz)
    assert loc.location != "al-Basket" and loc.place.admin1 == "Idleb"
    # a town the gazetteer knows abroad, named in a demonstration's cause, is no town of the region
    loc = locate("On 3 May, Georgian students gathered in Castello Square in Torino to honour the volunteers who defended "
                 "the city of Kharkiv in the war.", gz)
    assert loc.location != "Kharkiv" and loc.place.country.name == "Italy"


def test_a_part_of_a_country_is_the_admin1_lying_furthest_that_way(gz):
    from eventdesk.geo.places import compass_region
    syria = country_by_name("Syria")
    assert compass_region("eastern", syria, gz).name == "Deir ez Zor"
    assert compass_region("north-east", syria, gz).name == "Al Hasakeh"
    assert compass_region("southern", syria, gz).name == "As-Sweida"
    assert compass_region("central", syria, gz) is None  # too often the capital's own region


def test_an_unknown_place_said_to_lie_in_a_part_of_its_country_takes_that_region(gz):
    # codebook 1.5: an unknown village is coded to the smallest known unit that holds it, here a region (precision 3)
    syria = country_by_name("Syria")
    deir = locate("Tanks rolled into Deir ez-Zor province.", gz, country_hint=syria)
    for text in ("Jets struck a market in Zaqqurin, eastern Syria, on Saturday.",
                 "Jets struck a market in Zaqqurin, a farming village deep in Syria's eastern steppe, on Saturday."):
        loc = locate(text, gz, country_hint=syria)
        assert (loc.location, loc.place.admin1, loc.geo_precision) == ("Zaqqurin", "Deir ez Zor", 3), text
        assert (loc.place.latitude, loc.place.longitude) == (deir.place.latitude, deir.place.longitude)


def test_an_unknown_village_put_in_a_named_area_lies_in_that_areas_region(gz):
    # codebook 1.5: the village keeps its name at the region's seat (precision 3), not the capital's
    loc = locate("Rebels clashed with the army in the Nuba Mountains in Kurmuti on Friday.", gz)
    assert (loc.location, loc.place.admin1, loc.geo_precision) == ("Kurmuti", "Southern Kordofan", 3)


@pytest.mark.parametrize("sentence, name", [
    ("Gunmen raided a police post in Tambarow Village (35km NE of Garissa) overnight.", "Tambarow"),
    ("Herders fought over a well in the Dololo area (20km S of Garissa) on Friday.", "Dololo"),
    ("Fighters shelled the camp at Kulan Settlement (28km W of Garissa) at dawn.", "Kulan"),
])
def test_a_kind_word_between_a_measured_name_and_its_distance_is_no_part_of_the_name(gz, sentence, name):
    """'X Village (35km NE of Y)', 'the X area (20km S of Y)': the word saying what kind of place X is ends the name,
    so X is read at its distance from Y, under its own name (codebook 1.5), not coded at Y."""
    kenya = country_by_name("Kenya")
    garissa = locate("Traders protested in Garissa.", gz, country_hint=kenya)
    loc = locate(sentence, gz, country_hint=kenya)
    assert loc.location == name and loc.geo_precision == 2
    assert km_between(loc.place.latitude, loc.place.longitude, garissa.place.latitude, garissa.place.longitude) > 15


def test_an_ordinary_word_inside_a_measured_name_keeps_it_a_name(gz):
    """'Dhagax Ware (30km N of Y)': a later word of a name may be an English one; an ordinary first word
    ('the Main Road (10km N of Y)') still names no place, which stays at Y."""
    kenya = country_by_name("Kenya")
    loc = locate("Militia men looted shops in Dhagax Ware (30km N of Garissa) at night.", gz, country_hint=kenya)
    assert loc.location == "Dhagax Ware" and loc.geo_precision == 2
    loc = locate("Troops clashed at the Main Road (10km N of Garissa) on Monday.", gz, country_hint=kenya)
    assert loc.location == "Garissa"
