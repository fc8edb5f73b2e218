"""events.placing: which of a sentence's places the text puts an event in, and which name a person."""
import pytest

from eventdesk.geo.countries import country_by_name
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


def test_an_unplaced_event_falls_back_to_the_dateline_town_then_the_country(gz):
    from eventdesk.events.placing import fallback_location
    text = "MOMBASA, Kenya -- Officials met traders on Monday. Later a crowd burned tyres and blocked a road."
    loc = fallback_location(text, "Later a crowd burned tyres and blocked a road.", "", gz, None)
    assert (loc.location, loc.geo_precision) == ("Mombasa", 2)
    # a dateline abroad from the article's country is where the reporter is
    loc = fallback_location(text, "Later a crowd burned tyres and blocked a road.", "", gz, country_by_name("Somalia"))
    assert (loc.location, loc.geo_precision) == ("Mogadishu", 3)
    # a country the passage names outweighs a dateline abroad
    passage = "Police fired tear gas at traders who blocked a road, officials in Uganda said on Monday."
    loc = fallback_location("MOMBASA, Kenya -- " + passage, passage, "", gz, None)
    assert (loc.place.country.name, loc.geo_precision) == ("Uganda", 3)
    loc = fallback_location("Youths burned tyres on Monday.", "Youths burned tyres on Monday.", "", gz,
                            country_by_name("Ghana"))
    assert (loc.location, loc.place.kind, loc.geo_precision) == ("Accra", "city", 3)
    assert fallback_location("Youths burned tyres on Monday.", "Youths burned tyres on Monday.", "", gz, None) is None


def test_an_unplaced_event_takes_the_place_its_neighbouring_sentences_name(gz):
    from eventdesk.events.placing import fallback_location
    lead = "Soldiers began a search operation in the Garissa area on Monday."
    passage = "During the operation two suspects were shot dead after they opened fire."
    loc = fallback_location(lead + " " + passage, passage, lead, gz, None)
    assert (loc.place.country.name, loc.geo_precision) == ("Kenya", 2)
    assert "Garissa" in loc.location


def test_in_a_long_story_only_the_passage_puts_an_unplaced_event_in_a_country(gz):
    from eventdesk.events.placing import fallback_location
    passage = "Youths burned tyres on Monday."
    ghana = country_by_name("Ghana")
    # a brief: the article's country stands in
    assert fallback_location(passage, passage, "", gz, ghana) is not None
    # a long story: its own country is no evidence for a sentence that names none
    assert fallback_location(passage, passage, "", gz, ghana, long=True) is None
    said = "Youths burned tyres in Ghana on Monday."
    loc = fallback_location(said, said, "", gz, ghana, long=True)
    assert (loc.place.country.name, loc.geo_precision) == ("Ghana", 3)



def test_an_incident_known_only_by_its_country_takes_the_town_its_own_sentences_name(gz):
    from eventdesk.events.placing import country_level, passage_place
    from eventdesk.geo.places import country_location
    syria = country_location(country_by_name("Syria"), gz)
    assert country_level(syria, gz)
    passage = ("A nurse from Cardiff has been held in Syria for a month. "
               "Her family said she had been seized in the city of Raqqa in March.")
    loc = passage_place(passage, gz, syria)
    assert loc is not None and loc.place.name.startswith("Ar Raqq") and loc.geo_precision == 1
    # a town abroad named in passing is not the incident's place
    assert passage_place("A nurse from Cardiff has been held in Syria since March.", gz, syria) is None


# Issue 14, capital fallbacks on full-length news: an unplaced incident is placed by the sentences around it.
def test_an_unplaced_incident_takes_the_town_its_neighbour_sentences_put_it_in_not_a_biographys_country(gz):
    from eventdesk.events.placing import fallback_location
    passage = "Three others were hurt in the ambush."
    context = ("The 29-year-old medic died with a Danish colleague during a patrol in Tal Abyad, northern Syria, "
               "on Friday. She had earlier served in Mali and Afghanistan.")
    loc = fallback_location(context + " " + passage, passage, context, gz, country_by_name("Denmark"), long=True)
    assert loc is not None and loc.place.country.name == "Syria" and "Abyad" in loc.location and loc.geo_precision == 2


def test_a_town_the_passage_itself_names_places_an_unplaced_incident(gz):
    from eventdesk.events.placing import fallback_location
    passage = "On Friday army units shelled a column of militiamen heading into the town of Jarabulus."
    context = "Elsewhere, an air strike killed nine people in Mosul, in northern Iraq, a week ago."
    loc = fallback_location(context + " " + passage, passage, context, gz, country_by_name("Syria"), long=True)
    assert loc is not None and loc.location == "Jarabulus"


def test_a_place_of_talks_or_a_conference_places_no_incident(gz):
    from eventdesk.events.placing import fallback_location, locative, where_countries
    from eventdesk.geo.places import locate_all
    text = "Envoys meeting at peace talks in Vienna condemned the bombing of a market that killed 12 people."
    assert not any(locative(text, loc) for m, loc in locate_all(text, gz) if m.surface == "Vienna")
    assert not where_countries("Delegates at a summit in Austria said rebels had shelled the port.")
    passage = "Rebels shelled the port on Sunday, killing four dockers."
    context = "Ministers gathered for a conference in Oslo on Monday to discuss the war in Yemen."
    loc = fallback_location(context + " " + passage, passage, context, gz, None, long=True)
    assert loc is None or loc.place.country.name != "Norway"


def test_a_capitals_forces_are_a_state_not_a_place(gz):
    from eventdesk.events.placing import locative
    from eventdesk.geo.places import locate_all
    text = "Drones hit Tehran's forces and Ankara’s allied militias outside Aleppo on Sunday."
    found = {m.surface: locative(text, loc) for m, loc in locate_all(text, gz)}
    assert found.get("Tehran") is False and found.get("Ankara") is False
    assert found.get("Aleppo") is True


def test_a_passage_naming_no_country_keeps_an_unplaced_incident_in_the_articles_country(gz):
    from eventdesk.events.placing import fallback_location
    passage = "The marchers left the party office at Oakville crossing in the old city at 10 am and were held near the station."
    loc = fallback_location("LUCKNOW: " + passage, passage, "", gz, country_by_name("India"), long=True)
    assert loc is not None and loc.place.country.name == "India"


def test_a_statement_issued_abroad_does_not_move_the_incident_it_is_about(gz):
    from eventdesk.events.placing import fallback_location
    passage = "Doctors said three clinics were shelled on Sunday, and a nurse was killed."
    context = "In Brussels, the aid agency released a statement deploring the toll among children."
    loc = fallback_location(context + " " + passage, passage, context, gz, country_by_name("Yemen"), long=True)
    assert loc is None or loc.place.country.name == "Yemen"


# Issue 14: an event is not dropped for want of a place while anything in the text or its outlet names the country.
def test_an_unplaced_event_takes_the_country_its_forces_or_groups_point_to(gz):
    from eventdesk.events.placing import fallback_location
    passage = "Gunmen of al-Shabaab shot dead a trader at dusk."
    loc = fallback_location(passage, passage, "", gz, None)
    assert (loc.place.country.name, loc.geo_precision) == ("Somalia", 3)
    passage = "Youths stoned the car of a paramount chief of the chiefdom."
    assert fallback_location(passage, passage, "", gz, None).place.country.name == "Sierra Leone"


def test_an_unplaced_event_takes_its_outlets_first_home_last(gz):
    from eventdesk.events.placing import fallback_location
    from eventdesk.geo.context import home_country
    passage = "Gunmen killed a herder overnight."
    with home_country(None, country_by_name("South Sudan")):
        loc = fallback_location(passage, passage, "", gz, None)
    assert loc.place.country.name == "South Sudan"
    with home_country(None, None):  # a wire with no home: nothing to code it to
        assert fallback_location(passage, passage, "", gz, None) is None


def test_an_outlets_main_home_is_its_first_row_only_under_its_own_name():
    from eventdesk.geo.context import outlet_main_home
    from eventdesk.geo.countries import data_rows
    rows = data_rows("outlets.csv")
    names = [r["outlet"] for r in rows]
    shared = next(r for r in rows if names.count(r["outlet"]) > 1 and r["iso2"])  # one outlet listed under two homes
    assert outlet_main_home(shared["outlet"]).iso2 == shared["iso2"]
    assert outlet_main_home("Daily News") is None  # a name several countries' dailies share has no main home
    assert outlet_main_home("Agence France Presse") is None  # a wire has none


def test_a_place_qualified_by_its_country_puts_the_event_there():
    from eventdesk.events.placing import where_countries
    assert [c.name for c in where_countries("Militias retook the hamlet on Sunday in Rowanby, eastern Syria.")] == ["Syria"]
    assert not where_countries("The minister spoke in Rowanby, Syria's envoy said.")  # a genitive is no apposition


def test_a_long_story_clearly_about_one_country_places_an_unplaced_event_there(gz):
    from eventdesk.events.placing import fallback_location
    text = ("Shelling went on in Syria for a week. Aid stalled in Syria, the agency said, and talks in Geneva failed. "
            "A clinic was bombed on Monday.")
    loc = fallback_location(text, "A clinic was bombed on Monday.", "", gz, None, long=True)
    assert loc.place.country.name == "Syria"
    mixed = "Shelling went on in Syria. Talks in Turkey failed. A clinic was bombed on Monday."
    assert fallback_location(mixed, "A clinic was bombed on Monday.", "", gz, None, long=True) is None


def test_a_nationality_counts_after_the_forces_the_text_names(gz):
    from eventdesk.events.placing import fallback_location
    # Kenyan traders were robbed, but the UPDF (Uganda's army) says where
    passage = "Kenyan traders said UPDF soldiers seized their lorries at a checkpoint."
    assert fallback_location(passage, passage, "", gz, None).place.country.name == "Uganda"
    passage = "Kenyan traders said thieves seized their lorries at a checkpoint."  # only a nationality: it is all there is
    assert fallback_location(passage, passage, "", gz, None).place.country.name == "Kenya"


def test_a_head_of_state_named_points_to_the_country():
    from eventdesk.geo.places import group_countries
    assert [c.name for c in group_countries("Crowds jeered a convoy as President Museveni drove past.")] == ["Uganda"]


def test_a_long_story_of_a_home_outlet_that_names_no_other_country_is_placed_at_home(gz):
    from eventdesk.events.placing import fallback_location
    from eventdesk.geo.context import home_country
    ghana = country_by_name("Ghana")
    passage = "Youths burned tyres on Monday."
    with home_country(ghana):
        loc = fallback_location(passage, passage, "", gz, ghana, long=True)
        assert loc.place.country.name == "Ghana"
        text = "Talks were held in Togo. " + passage  # the story goes abroad: no guess
        assert fallback_location(text, passage, "", gz, ghana, long=True) is None


def test_an_unplaced_event_takes_no_namesake_abroad_from_the_forces_named(gz):
    from eventdesk.events.placing import fallback_location
    passage = "FARDC patrol boats fired on a fishing canoe off Lake Albert, killing two fishermen."
    loc = fallback_location(passage, passage, "", gz, None)
    assert loc is not None and loc.place.country.name == "Democratic Republic of Congo"


def test_a_long_story_led_by_one_countrys_forces_places_an_unplaced_event_there(gz):
    from eventdesk.events.placing import fallback_location
    passage = "Artillery pounded the last pocket of fighters through the night."
    text = ("Fighters of al-Shabaab held two villages for a week. AMISOM and KDF troops closed in on them, an officer "
            "of the SNA said. " + passage)
    loc = fallback_location(text, passage, "", gz, None, long=True)
    assert loc is not None and loc.place.country.name == "Somalia"
    # a story whose forces point to several countries alike settles none
    even = "Troops of the KDF and of the UPDF patrolled the border for a month. " + passage
    assert fallback_location(even, passage, "", gz, None, long=True) is None


def test_an_unplaced_event_in_a_city_dailys_report_is_coded_at_that_city(gz):
    # (issue 14) a city daily's event with no place of its own: the daily's city (precision 3), not the capital
    from eventdesk.events.placing import country_level, fallback_location
    from eventdesk.geo.context import home_country
    za = country_by_name("South Africa")
    passage = "Angry tenants burned tyres outside the housing office."
    with home_country(za, za, "Cape Times"):
        loc = fallback_location(passage, passage, "", gz, za)
        assert loc is not None and loc.location == "Cape Town" and loc.geo_precision == 3
        assert country_level(loc, gz)  # (still only the country is known: a town the passage names may replace it)
    with home_country(za, za, "News24"):
        assert fallback_location(passage, passage, "", gz, za).location != "Cape Town"


def test_a_long_storys_event_known_only_by_its_country_is_coded_to_the_country_not_the_capitals_province(gz):
    from eventdesk.events.placing import country_level, country_only
    from eventdesk.geo.places import country_location
    capital = country_location(country_by_name("Syria"), gz)
    assert country_level(capital, gz) and capital.place.admin1
    loc = country_only(capital, gz)
    assert (loc.location, loc.place.admin1, loc.geo_precision) == ("Syria", None, 3)
    assert (loc.place.latitude, loc.place.longitude) == (capital.place.latitude, capital.place.longitude)
    # a village the gazetteer lacks, held only by the country, keeps its name but not the capital's province
    from eventdesk.geo.places import locate
    syria = country_by_name("Syria")
    village = locate("Gunmen shot two shepherds in Zaqqurin on Friday.", gz, country_hint=syria)
    assert village.location == "Zaqqurin" and village.place.admin1 == capital.place.admin1
    loc = country_only(village, gz)
    assert (loc.location, loc.place.admin1, loc.place.country) == ("Zaqqurin", None, syria)
    # a province named in the text is no stand-in
    region = locate("Gunmen shot two shepherds in Hama province on Friday.", gz, country_hint=syria)
    assert country_only(region, gz) == region


def test_a_long_storys_unknown_village_lies_in_its_country_not_in_a_nationalitys(gz):
    # a nationality says who took part, not where (codebook 1.5): the village the gazetteer lacks is in the
    # country the story is about, at its capital, under its own name
    from eventdesk.events.placing import fallback_location
    syria = country_by_name("Syria")
    passage = "Rockets hit the outskirts all through Tuesday."
    context = ("A Danish reporter is thought to be held there, and Kfar Zahiriyeh residents say tunnels hide"
               " the captives.")
    loc = fallback_location(passage + " " + context, passage, context, gz, syria, long=True)
    assert loc.location == "Kfar Zahiriyeh" and loc.place.country == syria and loc.geo_precision == 3


def test_a_long_storys_unknown_village_takes_the_region_another_sentence_gives_it(gz):
    # codebook 1.5: the story says where the village lies once; every event there is coded to that region
    from eventdesk.events.placing import country_only
    from eventdesk.geo.places import locate
    syria = country_by_name("Syria")
    story = ("Militants shelled Zaqqurin on Friday. Food has run out in Zaqqurin, a farming village in eastern Syria "
             "cut off for weeks. Residents said so.")
    village = locate("Militants shelled Zaqqurin on Friday.", gz, country_hint=syria)
    loc = country_only(village, gz, story)
    assert (loc.location, loc.place.admin1, loc.geo_precision) == ("Zaqqurin", "Deir ez Zor", 3)
    # a story that places it nowhere leaves it to the country
    assert country_only(village, gz, "Militants shelled Zaqqurin on Friday.").place.admin1 is None


def test_a_long_storys_event_in_a_part_of_the_country_takes_that_region(gz):
    from eventdesk.events.placing import country_only
    from eventdesk.geo.places import country_location
    capital = country_location(country_by_name("Syria"), gz)
    loc = country_only(capital, gz, passage="Drones hit a convoy of militiamen in eastern Syria on Tuesday.")
    assert (loc.place.admin1, loc.geo_precision) == ("Deir ez Zor", 3)
    # two parts named: no one region
    loc = country_only(capital, gz, passage="Drones hit convoys in eastern Syria and in southern Syria.")
    assert (loc.location, loc.place.admin1) == ("Syria", None)


def test_a_long_storys_unplaced_strike_by_foreign_troops_is_not_in_their_home_country(gz):
    # codebook 1.5: a nationality says who took part, not where; nor do its officials' words say where it happened
    from eventdesk.events.placing import fallback_location
    syria = country_by_name("Syria")
    passage = "French gunners kept up their barrage on the last militant trenches from dawn on Tuesday."
    context = "A spokesman in Paris would not say how many of the gunners were deployed."
    story = ("Hundreds of families crossed the front line out of the militants' last enclave in Syria on Tuesday. "
             + passage + " " + context)
    loc = fallback_location(story, passage, context, gz, country_by_name("France"), long=True)
    assert loc is not None and loc.place.country == syria


def test_people_or_forces_coming_out_of_a_place_put_the_event_there(gz):
    # codebook 1.5: a surrender or a withdrawal "out of X" happened at X; "run out of" or an origin does not place
    from eventdesk.events.placing import locative
    from eventdesk.geo.places import locate_all
    text = "Hundreds of fighters and their families came out of Hajin on Tuesday and surrendered to the Kurdish-led forces."
    assert {m.surface: locative(text, loc) for m, loc in locate_all(text, gz)}.get("Hajin") is True
    text = "A doctor from Homs said the clinic had run out of oxygen."
    assert {m.surface: locative(text, loc) for m, loc in locate_all(text, gz)}.get("Homs") is False


def test_a_long_storys_unknown_village_takes_the_part_of_the_country_a_sentence_naming_it_states(gz):
    # codebook 1.5: "smuggled out of the last pocket in eastern Syria ... beside Zaqqurin" ties the village to that part
    from eventdesk.events.placing import country_only
    from eventdesk.geo.places import locate
    syria = country_by_name("Syria")
    story = ("Militants shelled Zaqqurin on Friday. A shepherd smuggled out of the last pocket in eastern Syria said he"
             " had hidden for a week in a farm beside Zaqqurin. Residents said so.")
    village = locate("Militants shelled Zaqqurin on Friday.", gz, country_hint=syria)
    loc = country_only(village, gz, story)
    assert (loc.location, loc.place.admin1, loc.geo_precision) == ("Zaqqurin", "Deir ez Zor", 3)
    # sentences naming it in two parts of the country: no one region
    story += " Others reached Zaqqurin from camps in southern Syria."
    assert country_only(village, gz, story).place.admin1 is None


def test_an_event_told_at_a_site_takes_the_place_another_sentence_gives_that_site(gz):
    # codebook 1.5: "the camp" stormed, and the story later puts the camp some way from a named town: near it (precision 2)
    from eventdesk.events.placing import country_only
    from eventdesk.geo.places import country_location
    syria = country_by_name("Syria")
    capital = country_location(syria, gz)
    passage = "Gunmen stormed the army camp where the two medics slept on Monday night."
    story = (passage + " Their families were told on Tuesday. The raiders crossed farmland to reach the camp, which lies"
             " a short drive from the front line at Palmyra, before dawn.")
    loc = country_only(capital, gz, story, passage)
    assert (loc.place.admin1, loc.geo_precision) == ("Homs", 2) and "almyra" in loc.location
    # a site the story places in two towns is placed by neither
    story += " A second camp near Hama was shelled."
    assert country_only(capital, gz, story, passage).location == "Syria"
    # a town named beside the site only as where someone spoke places nothing
    story = passage + " A camp officer told reporters in Hama that the raiders fled."
    assert country_only(capital, gz, story, passage).location == "Syria"


def test_a_state_deploying_along_its_own_border_is_on_its_own_side(gz):
    # codebook 1.5: forces massed along "its border" are in that state's border area, not in the country it faces
    from eventdesk.events.placing import country_only
    from eventdesk.geo.places import locate
    syria, turkey = country_by_name("Syria"), country_by_name("Turkey")
    faced = locate("Refugees crowd the camps of Idlib province.", gz, country_hint=syria)
    story = ("Refugees crowd the camps of Idlib province. Ankara's generals fear a new exodus from the Turkish-ruled strip."
             " On Monday the army moved armoured brigades up along its southern border.")
    passage = "On Monday the army moved armoured brigades up along its southern border."
    loc = country_only(faced, gz, story, passage)
    assert (loc.place.country, loc.place.admin1, loc.geo_precision) == (turkey, None, 3)
    # a compass word names a side of the border, which runs along several provinces: still the state, no province
    loc = country_only(faced, gz, story.replace("its southern", "its"), passage.replace("its southern", "its"))
    assert (loc.place.country, loc.place.admin1) == (turkey, None)
    # a town across the border that the passage itself names stays
    named = passage + " Its guns then shelled Idlib."
    assert country_only(faced, gz, story.replace(passage, named), named) == faced
    # fire "across" its border lands on the other side: left alone
    shot = passage.replace("moved armoured brigades up along", "shelled positions across")
    assert country_only(faced, gz, story.replace(passage, shot), shot) == faced


def test_an_event_told_by_its_means_takes_the_town_the_story_ties_those_means_to(gz):
    # codebook 1.5: "air defences shot down missiles", placed only in the country, and a sentence elsewhere saying
    # which town came under missile attack: that town, precision 2
    from eventdesk.events.placing import country_only
    from eventdesk.geo.places import country_location
    syria = country_by_name("Syria")
    capital = country_location(syria, gz)
    passage = "On Tuesday, state television said air defences shot down three missiles."
    story = ("Within a day of the vote, both Homs and Amman came under missile attack. The talks stalled. " + passage)
    loc = country_only(capital, gz, story, passage)
    assert (loc.location, loc.place.admin1, loc.geo_precision) == ("Homs", "Homs", 2)
    # the same means put in two towns of the country tie the event to neither
    two = story + " Missiles also struck Hama that night."
    assert country_only(capital, gz, two, passage).location == "Syria"
    # a sentence dating itself to another year is history
    old = story.replace("Within a day of the vote", "In 2012")
    assert country_only(capital, gz, old, passage).location == "Syria"
    for back in ("Last week", "Two weeks ago"):
        assert country_only(capital, gz, story.replace("Within a day of the vote", back), passage).location == "Syria"
    # other means tie nothing
    other = story.replace("missile attack", "rocket fire")
    assert country_only(capital, gz, other, passage).location == "Syria"


def test_a_village_the_gazetteer_lacks_takes_the_seat_of_the_district_the_story_puts_it_in(gz):
    # codebook 1.5: a small place known only by its district is coded to the district, precision 2
    from dataclasses import replace

    from eventdesk.events.placing import country_only
    from eventdesk.geo.places import Location, country_location
    afghanistan = country_by_name("Afghanistan")
    capital = country_location(afghanistan, gz)
    village = Location(replace(capital.place, name="Zardalu", geonameid=None, population=0), "Zardalu", 3, None)
    story = "Fighters overran Zardalu on Friday. Zardalu, a hamlet in Nad Ali district of Helmand, fell after a long fight."
    loc = country_only(village, gz, story)
    assert (loc.place.admin1, loc.geo_precision) == ("Helmand", 2) and "Nad" in loc.location
    # a town it lies near is not its district: left to the rules for unknown places
    near = "Fighters overran Zardalu on Friday. Zardalu, a hamlet, fell after a long fight near Kandahar."
    assert country_only(village, gz, near).geo_precision == 3


def test_an_officials_seat_or_a_place_of_comparison_places_no_incident(gz):
    # codebook 1.5: the town an official spoke from, or one named as a measure or likeness, is not where it happened
    from eventdesk.events.placing import locative
    from eventdesk.geo.places import locate_all
    ukraine = country_by_name("Ukraine")

    def placed(text, name):
        return next(locative(text, loc) for m, loc in locate_all(text, gz, country_hint=ukraine) if m.surface == name)
    assert not placed("Two villages were shelled overnight, the governor said from his office in Kharkiv.", "Kharkiv")
    assert not placed("Drones set fire to a fuel depot in a village the size of Poltava on Tuesday.", "Poltava")
    assert not placed("Shells killed four at a bus stop, just as in Kupiansk a week before.", "Kupiansk")
    assert placed("Drones set fire to a fuel depot in Poltava on Tuesday.", "Poltava")


def test_a_region_level_event_takes_a_town_of_that_region_the_story_ties_its_means_to(gz):
    # codebook 1.5: a chlorine attack told only in a region, and a town of that region named with chlorine elsewhere
    from eventdesk.events.placing import country_only
    from eventdesk.geo.places import locate
    syria = country_by_name("Syria")
    region = locate("Shells fell across Idlib province.", gz, country_hint=syria)
    assert region.place.kind == "admin1"
    passage = "Medics said nine people were hurt by chlorine across Idlib province late on Sunday."
    story = passage + " The wards filled fast. Doctors in Saraqib said the chlorine victims came from two streets."
    loc = country_only(region, gz, story, passage)
    assert (loc.location, loc.geo_precision) == ("Saraqib", 2)
    # a town of another region is not taken
    other = story.replace("Saraqib", "Homs")
    assert country_only(region, gz, other, passage) == region


def test_a_village_geo_put_at_its_regions_seat_takes_the_district_the_story_names(gz):
    # codebook 1.5: "X, in Y state" puts an unknown village at the state's seat; a later "X lies in Z district" is closer
    from eventdesk.events.placing import country_only
    from eventdesk.geo.places import Location, locate
    nigeria = country_by_name("Nigeria")
    seat = locate("Traders met in Maiduguri.", gz, country_hint=nigeria).place
    village = Location(seat, "Kwarbu", 2, None)
    story = "Gunmen killed five villagers in Kwarbu, Borno state, on Tuesday. Kwarbu lies in Gwoza district, near the hills."
    loc = country_only(village, gz, story)
    assert (loc.location, loc.place.admin1, loc.geo_precision) == ("Gwoza", "Borno", 2)
    # a district of another state than the one the story names is not taken
    other = story.replace("Gwoza", "Ungogo")
    assert country_only(village, gz, other) == village
