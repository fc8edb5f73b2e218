"""geo.hierarchy: written hierarchies ('X district, Y province', 'Town (District, Region)') settle places."""
import pytest

from eventdesk.geo import Gazetteer, country_by_name, locate


@pytest.fixture(scope="module")
def gz():
    return Gazetteer.load()  # built once, then read from the on-disk cache


def test_parenthetical_hierarchy_falls_back_to_known_level(gz):
    loc = locate("A mob beat a suspected thief in Xyzzyville Trading Center, Qwerty sub-county (Oyam, Northern).", gz)
    assert loc.place.country.name == "Uganda"
    assert loc.geo_precision == 2 and "Oyam" in loc.location


def test_parenthetical_hierarchy_picks_the_right_homonym(gz):
    loc = locate("Students protested in Lahore (Lahore, Punjab) over fees.", gz)
    assert loc.place.country.iso2 == "PK" and loc.geo_precision == 1


def test_comma_hierarchy_keeps_the_town_in_the_named_region(gz):
    # rule 1: "X, Y" with Y a region: X's homonym abroad (a bigger Russian town) is another place
    loc = locate("Artillery struck a farm outside Zelenodolsk, Dnipropetrovsk, overnight.", gz)
    assert loc.place.country.iso2 == "UA" and loc.place.admin1 == "Dnipropetrovsk"


def test_comma_hierarchy_with_unknown_village_falls_back_to_region(gz):
    loc = locate("Farmers marched through Qwertyvka village, Kherson, on Monday.", gz)
    assert loc.place.country.iso2 == "UA" and loc.place.admin1 == "Kherson" and loc.geo_precision == 2


def test_hierarchy_takes_the_region_the_town_sits_in(gz):
    # "Kyiv" names both the capital region and the oblast around it; the village sits in the oblast
    loc = locate("Artillery hit a school in Kalynivka, Kyiv, overnight.", gz)
    assert loc.location == "Kalynivka" and loc.place.admin1 == "Kyiv" and loc.geo_precision == 1


def test_region_abbreviation_in_hierarchy(gz):
    loc = locate("Revenue officials held a sit-in at Samba city (J&K) over unpaid salaries.", gz)
    assert loc.place.country.name == "India" and loc.place.admin1 == "Jammu and Kashmir"
    pk = locate("Traders staged a protest in Karak city (Karak, KPK) over power cuts.", gz)
    assert pk.place.country.name == "Pakistan"


def test_abbreviation_alone_needs_a_place_word(gz):
    # "(MP)" after a person is a title, not Madhya Pradesh
    loc = locate("Farmers rallied in Nairobi and met John Okoth (MP) outside parliament.", gz)
    assert loc.place.country.name == "Kenya"


def test_town_before_hierarchy_even_if_a_first_name(gz):
    loc = locate("On Sunday, cyclists rode through Madison (Wisconsin) to demand safer bike lanes.", gz)
    assert loc.location == "Madison" and loc.place.admin1 == "Wisconsin" and loc.geo_precision == 1
    loc = locate("A bomb damaged a bridge near Ye town (Mawlamyine district, Mon State).", gz)
    assert loc.location == "Ye" and loc.place.country.name == "Myanmar"


def test_town_in_parenthesis_after_a_regional_office(gz):
    loc = locate("Bus drivers picketed at the Gangwon Provincial Office (Chuncheon) over overtime pay.", gz)
    assert loc.location == "Chuncheon" and loc.geo_precision == 1


def test_town_in_region_countryside(gz):
    loc = locate("Bakers went on strike in Azaz city in Aleppo countryside over flour prices.", gz)
    assert loc.place.kind == "city" and loc.place.admin1 == "Aleppo" and "Aleppo" not in loc.location


def test_compass_word_in_hierarchy_is_no_town(gz):
    loc = locate("Libyan police dispersed migrants outside a centre in Tripoli (Tripoli, West).", gz)
    assert loc.place.country.name == "Libya"


def test_name_before_parenthesis_votes_for_the_country(gz):
    # a mall in the US and a county called Ontario must not pull a Canadian city abroad
    loc = locate("Some 40 tenants marched past Jackson Square in Hamilton (Ontario) over rent increases.", gz)
    assert loc.place.country.name == "Canada" and loc.location == "Hamilton"


def test_acled_city_district_name(gz):
    loc = locate("Masked men threw paint at a bank in Kolonaki, Athens - Central Athens, at night.", gz)
    # ACLED's own "City - District" form names the location as written (codebook 1.5), at the city
    assert loc.place.country.name == "Greece" and loc.location == "Athens - Central Athens" and loc.place.name == "Athens"


def test_city_before_an_acled_district_dash_anchors_the_region(gz):
    # "Toronto - Scarborough (Ontario)": the region qualifies the city before the dash, not a county abroad
    loc = locate("On Monday, a dozen nurses picketed a clinic in Toronto - Scarborough (Ontario) over unpaid wages.", gz)
    assert loc.place.country.name == "Canada" and loc.location == "Toronto - Scarborough" and loc.place.name == "Toronto"


def test_comma_hierarchy_qualifies_its_own_town_only(gz):
    # "Voss, Vestland" names Voss's region; it must not turn the earlier "in Oslo" into that region
    loc = locate("On Friday, dockers marched in Oslo over the sale of a ferry yard in Voss, Vestland.", gz,
                 country_hint=country_by_name("Norway"))
    assert loc.location != "Hordaland" and loc.place.kind == "city"


def test_border_town_kept_when_hierarchy_lowest_level_is_unknown(gz):
    # the gazetteer files Jan Kempdorp under North West; the hierarchy puts it in Northern Cape
    loc = locate("On Sunday, residents blockaded the clinic in Jan Kempdorp (Qwertyvale, Frances Baard, Northern Cape).", gz)
    assert loc.location == "Jan Kempdorp" and loc.place.admin1 == "Northern Cape"


def test_myanmar_township_town_before_its_district(gz):
    # an unknown village in a known township: the township's town, precision 2, not the district
    loc = locate("On 3 May 2022, soldiers burned houses in Zinbyugon village (Pakokku township, Pakokku district, "
                 "Magway region).", gz)
    assert loc.location == "Pakokku" and loc.place.kind == "city" and loc.geo_precision == 2
    loc = locate("On 3 May 2022, soldiers burned houses in Zinbyugon village of Pakokku township (Pakokku district, "
                 "Magway region).", gz)
    assert loc.location == "Pakokku" and loc.geo_precision == 2
    # "the village of X" names the village itself
    assert locate("On 3 May 2022, soldiers burned houses in the village of Pakokku.", gz).geo_precision == 1


def test_level_written_with_state_word_is_a_region_not_a_town_abroad(gz):
    loc = locate("On Friday, soldiers burned homes in Mong Yaw village (Lashio township, Lashio district, "
                 "Shan-North state).", gz)
    assert loc.place.country.iso2 == "MM" and loc.place.admin1 == "Shan-North"
    assert loc.geo_precision == 2


def test_near_spelling_of_a_lower_level_stays_inside_the_named_region(gz):
    loc = locate("Troops torched houses in Thitseint village (Myaung township, Sagaing district, "
                 "Sagaing region).", gz)
    assert loc.place.country.iso2 == "MM" and loc.place.admin1 == "Sagaing"


def test_comma_region_is_read_as_admin1_before_a_district_abroad(gz):
    loc = locate("Russian forces shelled Zzyzxivka, Donetsk on Tuesday.", gz)
    assert loc.place.country.iso2 == "UA" and loc.place.admin1 == "Donetsk"


def test_qualified_town_defers_to_its_hierarchy(gz):
    loc = locate("Shopkeepers protested in Tansen municipality (Palpa district) over a new tax.", gz)
    assert loc.place.country.iso2 == "NP"
    loc = locate("Supporters of CPN(UML) rallied in Dhankuta municipality (Dhankuta district) against the budget.", gz)
    assert loc.place.country.iso2 == "NP"


def test_split_admin1_from_district_and_region_only_point_at_its_seat(gz):
    loc = locate("Soldiers arrested two shopkeepers in Lashio on Monday.", gz)
    assert loc.place.admin1 == "Shan-North"
    loc = locate("Heavy fighting was reported somewhere in northern Shan State on Monday.", gz)
    assert loc.place.admin1 == "Shan-North" and loc.location == "Lashio" and loc.geo_precision == 3
    loc = locate("Police detained a teacher in Pyay on Friday.", gz)
    assert loc.place.admin1 == "Bago-West"


def test_one_word_gloss_of_an_actor_is_no_place(gz):
    loc = locate("Gunmen of the ABCD (Zaire) militia burned a hut in Fataki (Walendu Djatsi, Djugu, Ituri).", gz)
    assert loc.place.country.iso2 == "CD" and loc.place.admin1 == "Ituri"
    loc = locate("A roadside bomb hit army soldiers (Gorgor) near Qoryoley village (Qoryoley, Lower Shabelle).", gz)
    assert loc.place.country.iso2 == "SO"


def test_mixed_case_acronym_in_parentheses_is_no_hierarchy(gz):
    loc = locate("On 3 May, the Malian Armed Forces (FAMa) said they killed three fighters near Qwzzt (Douentza, Mopti).", gz)
    assert loc.place.country.name == "Mali" and loc.place.admin1 == "Mopti"


def test_alternate_name_outside_the_named_region_is_no_level(gz):
    # GeoNames files "Abadan" as another name of Ibadan (Oyo): inside a Borno hierarchy it is another village
    loc = locate("On Monday, insurgents raided Qwzzt (Abadan, Borno). Casualties unknown.", gz)
    assert loc.place.admin1 == "Borno"


def test_region_bearing_a_peoples_name_is_a_hierarchy_level(gz):
    loc = locate("On 2 March, youths burned tyres on the road in Qwzzt (Fafan, Somali) after a shooting.", gz)
    assert loc.place.country.name == "Ethiopia" and loc.place.admin1 == "Somali"


def test_lower_level_filed_under_a_neighbouring_region_is_kept(gz):
    # the gazetteer files Mimika under Papua Tengah (split from Papua in 2022); the text still says Papua
    loc = locate("On 13 February, a group held a protest in Qwzzt village (Mimika Regency, Papua province).", gz)
    # (issue 14: the unknown village keeps its own name, at the regency's coordinates, precision 2)
    mimika = {(p.latitude, p.longitude) for p in gz.lookup("Mimika") + gz.lookup("Mimika Regency")}
    assert loc.location == "Qwzzt" and loc.geo_precision == 2 and (loc.place.latitude, loc.place.longitude) in mimika


def test_acled_city_district_form_keeps_the_city_country(gz):
    # "Al Qahirah" is also Egypt's Cairo governorate; in "City - District (X)" X is a district of that city
    loc = locate("On 4 April, a sniper shot a boy in Taizz - Qwzzt (Al Qahirah). He was wounded.", gz)
    assert loc.place.country.name == "Yemen"


def test_qualified_town_name_picks_its_homonym(gz):
    # GeoNames files the town as "Neumarkt in der Oberpfalz"; the press writes the qualifier in parentheses
    loc = locate("About 300 people marched in Neumarkt (Oberpfalz) against the vaccine rules.", gz)
    assert loc.place.admin1 == "Bayern" and loc.geo_precision == 1
    assert loc.location == "Neumarkt (Oberpfalz)"


def test_unknown_town_in_a_regions_countryside_takes_that_region(gz):
    loc = locate("On Thursday, rebels stormed Xqortaba town in Deir ez Zor countryside.", gz)
    assert loc.place.admin1 == "Deir ez Zor"


def test_regency_is_a_level_word(gz):
    loc = locate("Nurses marched in Jayapura district (Jayapura regency, Papua province) on Friday.", gz)
    assert loc.location == "Jayapura"


def test_village_far_from_the_town_its_hierarchy_names_is_another_village(gz):
    loc = locate("Soldiers killed a rebel in Barangay San Isidro (Tiaong, Quezon, Calabarzon) on Friday.", gz)
    assert loc.location == "Tiaong" and loc.geo_precision == 2


def test_lga_before_a_state_in_parentheses_is_a_hierarchy(gz):
    loc = locate("On Monday, gunmen kidnapped a trader in Sabon Gari LGA (Kaduna).", gz)
    assert loc.location == "Sabon Gari" and loc.place.admin1 == "Kaduna"


def test_admin1_label_is_the_name_acled_writes_and_lookups_keep_the_gazetteers(gz):
    # (issue 14) the governorate is labelled as ACLED writes it; the gazetteer's own name still finds the unit
    from eventdesk.geo.hierarchy import admin1_label
    loc = locate("Farmers blocked a road outside Kerdasa on Sunday.", gz, country_hint=country_by_name("Egypt"))
    assert loc is not None and admin1_label(loc.place) == "Giza"
    loc = locate("Teachers held a sit-in at a school in Thala.", gz, country_hint=country_by_name("Tunisia"))
    assert loc is not None and admin1_label(loc.place) == "Kasserine"
    lahore = locate("Students protested in Lahore over fees.", gz)
    assert admin1_label(lahore.place) == "Punjab"  # other countries keep the gazetteer's name
