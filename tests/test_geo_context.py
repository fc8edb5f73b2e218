"""geo.context: the countries a text points to (names, demonyms, named groups, stated countries) steer homonyms."""
import pytest

from eventdesk.geo import Gazetteer, country_by_name, locate


@pytest.fixture(scope="module")
def gz():
    return Gazetteer.load()  # built once, then read from the on-disk cache


def test_country_word_disambiguates_homonyms(gz):
    assert locate("Residents rallied in Paris against the new law.", gz).place.country.iso2 == "FR"
    us = locate("Residents rallied in Paris, Texas against the new law.", gz)
    assert us.place.country.iso2 == "US" and us.place.admin1 == "Texas"
    hinted = locate("Residents rallied in Paris against the new law.", gz,
                    country_hint=country_by_name("United States"))
    assert hinted.place.country.iso2 == "US"


def test_region_named_elsewhere_steers_town_to_its_country(gz):
    # rule 2: without the region, Hangu is the larger Chinese district
    text = "Residents rallied in Hangu on Friday. Police in Khyber Pakhtunkhwa said the march was calm."
    assert locate(text, gz).place.country.iso2 == "PK"


def test_country_hint_beats_homonym_abroad_but_not_a_named_country(gz):
    # rule 5: the source's country wins over a bigger homonym abroad; a country named in the text wins over the hint
    honduras, colombia = country_by_name("Honduras"), country_by_name("Colombia")
    assert locate("Parents blocked a road in Santa Ana demanding teachers.", gz,
                  country_hint=honduras).place.country.iso2 == "HN"
    assert locate("Parents blocked a road in Santa Ana, El Salvador, demanding teachers.", gz,
                  country_hint=colombia).place.country.iso2 == "SV"


def test_named_group_is_a_country_cue(gz):
    from eventdesk.geo.places import group_countries

    cues = group_countries("Members of the CGT marched with PTI supporters.")
    assert cues[country_by_name("Pakistan")] == 1.0
    assert 0 < cues[country_by_name("France")] < 1.0  # a union name several countries use splits its vote
    loc = locate("Activists of PTI took out a rally in Hangu city against fuel prices.", gz)
    assert loc.place.country.name == "Pakistan"


def test_group_cue_needs_a_proper_name(gz):
    from eventdesk.geo.places import group_countries

    assert not group_countries("Residents rallied in opposition to the new bill.")


def test_one_country_word_does_not_beat_a_far_larger_homonym(gz):
    # Poznan, Poland (500k) versus a Ukrainian hamlet named Poznan: "the war against Ukraine" is a topic
    loc = locate("On Friday, about 80 students rallied in Poznan over rent prices, also criticising the war against Ukraine.", gz)
    assert loc.place.country.name == "Poland"


def test_monitor_report_reads_village_in_its_area(gz):
    loc = locate("Yesterday the OSCE SMM recorded eleven explosions near Kalynove.", gz)
    assert loc.place.country.iso2 == "UA" and loc.place.admin1 in ("Donetsk", "Luhansk")


def test_stated_country_beats_small_homonyms_abroad(gz):
    loc = locate("On Sunday, a march against the new tax took place in Luxembourg. Later the marchers "
                 "walked past the Glacis fairground.", gz)
    assert loc.place.country.iso2 == "LU"
    loc = locate("About 40 people lit candles outside the Esplanade in Singapore.", gz)
    assert loc.place.country.iso2 == "SG"


@pytest.mark.parametrize("text", [
    "Gunmen attacked Boni, a village in central Mali, on Tuesday.",  # "Boni" is also an old name of Bonn
    "Militants withdrew from the town of Mahas in central Somalia on Saturday.",  # a Jordanian village's alternate name
])
def test_a_homonym_abroad_loses_to_the_country_written_right_after_the_name(gz, text):
    loc = locate(text, gz)
    assert loc is not None and loc.place.country.name in ("Mali", "Somalia")


def test_group_countries_runs_every_group_that_can_match():
    """The needed-strings filter skips only groups whose pattern cannot match: the result is that of
    running every group's pattern."""
    from collections import Counter

    from eventdesk.geo.context import _group_scanner, _named_group_countries as group_countries

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


# Issue 14: a text that names no country still points to one through its forces, groups and administrative words.
@pytest.mark.parametrize("text, country", [
    ("Troops of the KDF searched two villages after the raid.", "Kenya"),  # a national force (force_terms.tsv)
    ("Youths burned the office of a chiefdom speaker overnight.", "Sierra Leone"),  # one country's admin unit
    ("Residents of the kebele blocked the road to the mill.", "Ethiopia"),
    ("Fighters of al-Shabaab ambushed a convoy near a well.", "Somalia"),  # a group of several countries: its home
    ("Boko Haram gunmen burned a market at dawn.", "Nigeria"),
])
def test_forces_groups_and_admin_words_point_to_one_country(text, country):
    from eventdesk.geo.places import group_countries

    cues = group_countries(text)
    top = cues.most_common(2)
    assert top[0][0].name == country
    assert len(top) == 1 or top[0][1] > top[1][1]


def test_a_town_namesake_abroad_loses_to_the_country_a_national_force_points_to(gz):
    # "Ayr" is a Scottish town and "Adado" a Somali one; the SNG's soldiers say which country the text is in
    loc = locate("Two SNG army units clashed in the outskirts of Adado town after a dispute with Ayr clan militia.", gz)
    assert loc is not None and loc.place.country.name == "Somalia"


def test_area_cue_rows_are_checked_as_they_load():
    from eventdesk.geo.context import _area_cue_rows

    rows = _area_cue_rows()
    assert rows and all(cc for _rx, cc, _a1 in rows)
    assert any(a1 for _rx, _cc, a1 in rows) and any(not a1 for _rx, _cc, a1 in rows)


# Issue 14 (h16pick): more country evidence a text gives without naming the country.
@pytest.mark.parametrize("text, country", [
    ("Robbers took 40,000 naira from the till before fleeing on a motorbike.", "Nigeria"),  # a currency of one country
    ("The thieves demanded 2 million kwanzas for the lorry.", "Angola"),
    ("Gardaí sealed off the lane after the stabbing.", "Ireland"),  # a national force or institution
    ("A member of the Lok Sabha was heckled at the rally.", "India"),
    ("Police arrested three men in the voivodeship capital.", "Poland"),  # one country's administrative unit
    ("Hawiye and Darod militias exchanged fire at a well.", "Somalia"),  # clan families of one country
    ("Kikuyu and Kalenjin youths fought with clubs after the vote.", "Kenya"),  # peoples of one country
])
def test_currencies_institutions_units_and_peoples_point_to_one_country(text, country):
    from eventdesk.geo.context import cue_country

    assert cue_country(text).name == country


def test_an_unknown_outlet_named_after_its_country_is_at_home_there():
    from eventdesk.geo.context import outlet_countries

    assert [c.name for c in outlet_countries("Chadnews")] == ["Chad"]  # the country's name glued to a word for news
    assert [c.name for c in outlet_countries("ZambiaSpotlight")] == ["Zambia"]
    assert outlet_countries("Rural Voices Project") is None  # no country in the name: still unknown


def test_the_cues_of_a_text_that_names_no_country_overrule_its_lead_place_read_alone(gz):
    from eventdesk.geo.context import lead_country_by_cues

    text = "Al-Shabaab militants opened fire on a convoy of AMISOM troops near Medina village on Sunday."
    lead = locate(text, gz)  # read alone, the name is a namesake in another country
    assert lead_country_by_cues(text, lead).name == "Somalia"
    # a large town under its own name stands against a lone word some group is also called by
    text = "About 300 people marched through Leicester with the coalition on Saturday."
    assert lead_country_by_cues(text, locate(text, gz)).name == "United Kingdom"


def test_an_event_placed_only_by_its_country_cues_is_coded_there():
    import datetime as dt
    from eventdesk.events.rows import code_article
    from eventdesk.records import Article

    art = Article(id="c-1", origin="test:1", content_hash="0" * 64, ingested_at=dt.datetime(2024, 5, 9, tzinfo=dt.timezone.utc),
                  text="Thieves stole 3 million naira from a filling station and shot the attendant.",
                  published_at=dt.date(2024, 5, 8), source=None, url=None)
    coded = code_article(art, Gazetteer.load())
    assert not coded.rejects and [(e.country, e.geo_precision) for e in coded.events] == [("Nigeria", 3)]


def test_a_place_unknown_to_the_gazetteer_in_a_city_dailys_report_lies_in_that_citys_area(gz):
    # an unknown township named by a Durban daily is placed at Durban (precision 3), not at the capital; a national
    # or unknown outlet's report still falls back to the capital
    from eventdesk.geo.context import home_country, outlet_town

    za = country_by_name("South Africa")
    text = "Residents of Nqobeni barricaded the road with blazing tyres over water cuts."
    with home_country(za, za, "Daily News (South Africa)"):
        assert outlet_town(za) == ("Durban", za) and outlet_town(country_by_name("Kenya")) is None
        loc = locate(text, gz, country_hint=za)
    assert loc.location == "Nqobeni" and loc.place.admin1 == "KwaZulu-Natal" and loc.geo_precision == 3
    with home_country(za, za, "Mail & Guardian"):
        assert outlet_town(za) is None
        assert locate(text, gz, country_hint=za).place.admin1 == "Gauteng"
    with home_country(za, za, "Cape Times; The Mercury (South Africa)"):  # two cities' dailies name neither
        assert outlet_town(za) is None


# Issue 14 (h20country): country clues of data/country_clues.csv, for a text that names no country.
@pytest.mark.parametrize("text, country", [
    ("Gunmen on a motorbike shot a shopkeeper in Wardhiigley late on Tuesday.", "Somalia"),  # a capital's district
    ("Two grenades went off at a bus stop in Kamenge overnight.", "Burundi"),
    ("Rangers found a poached elephant deep inside Virunga.", "Democratic Republic of Congo"),  # a well-known park
    ("Villagers in the Nuba Mountains fled an air raid.", "Sudan"),  # a region that is no admin unit
    ("A march by Arrow Boys supporters blocked the road to the market.", "South Sudan"),  # a local force
    ("Thousands rallied in HK against the new security law.", "China"),  # a city's short name (Hong Kong is China's)
    ("Bread now costs 50,000 tomans, traders complained at the bazaar.", "Iran"),  # a currency
    ("Protesters gathered outside Stormont on Monday morning.", "United Kingdom"),  # an institution
    ("Members of the Saeima walked out of the budget debate.", "Latvia"),
    ("A clash between Majeerten and Dishishe gunmen left two dead.", "Somalia"),  # clans, in either spelling
    # (#14, session 18) a place name in one language's own spelling, a campus, a tribe's land
    ("Insurgents ambushed a supply column on the road out of Ceel Waaq.", "Somalia"),  # Somali orthography
    ("Farmers blocked the road into Rietfontein over water cuts.", "South Africa"),  # an Afrikaans town name
    ("Students at Makerere boycotted lectures over a fees rise.", "Uganda"),  # a university
    ("Gunmen from Warshefana raided a farm west of the capital.", "Libya"),  # a tribe's land
])
def test_country_clues_point_to_one_country(text, country):
    from eventdesk.geo.context import cue_country

    assert cue_country(text).name == country


def test_a_clue_several_countries_share_decides_nothing_alone():
    from eventdesk.geo.context import cue_country, strong_country_cues

    text = "Shelling across the line in Kashmir wounded two farmers."
    cues = strong_country_cues(text)
    assert {c.name for c in cues} == {"India", "Pakistan"} and len(set(cues.values())) == 1
    assert cue_country(text) is None


def test_a_place_clue_outweighs_an_armed_groups_home_base():
    from eventdesk.geo.context import cue_country

    # al-Shabaab's home is Somalia, but the forest named is in Kenya: the place says where it happened
    assert cue_country("Soldiers killed three al-Shabaab fighters in the Boni Forest at dawn.").name == "Kenya"


def test_spellings_other_languages_share_point_nowhere():
    from eventdesk.geo.context import cue_country

    # "Xavier", "Isaac": no Somali spelling; "Sir Edmund Hillary" is no American leader
    assert cue_country("Xavier and Isaac met Sir Edmund Hillary at the airport.") is None


def test_an_unplaced_event_says_why_it_stays_quarantined():
    from eventdesk.geo.context import UNPLACED, UNPLACED_LONG, UNPLACED_NO_CLUE, UNPLACED_SPLIT, unplaced_reason

    assert all(r.startswith(UNPLACED) for r in (UNPLACED_LONG, UNPLACED_NO_CLUE, UNPLACED_SPLIT))
    assert unplaced_reason("Three grenades went off overnight; nobody was hurt.") == UNPLACED_NO_CLUE
    assert unplaced_reason("Fighting in Kashmir went on overnight; two were hurt.") == UNPLACED_SPLIT  # India or Pakistan
    assert unplaced_reason("Three grenades went off overnight.", long=True) == UNPLACED_LONG


def test_country_clue_rows_are_checked_as_they_load():
    from eventdesk.geo.context import PLACE_CLUE_WEIGHT, country_clue_rows

    rows = country_clue_rows()
    assert rows and all(cs and None not in cs for _rx, cs, _w in rows)
    assert {w for _rx, _cs, w in rows} == {1.0, PLACE_CLUE_WEIGHT}
    assert any(len(cs) > 1 for _rx, cs, _w in rows)  # shared clues split their vote


def test_an_unknown_outlet_named_after_a_capital_an_acronym_or_a_nickname_is_at_home_there():
    from eventdesk.geo.context import outlet_countries

    assert [c.name for c in outlet_countries("Radio Kigali Online")] == ["Rwanda"]  # a capital of one country
    assert [c.name for c in outlet_countries("Journal de la RCA")] == ["Central African Republic"]  # French acronym
    assert [c.name for c in outlet_countries("Buja Daily")] == ["Burundi"]  # the capital's nickname
    assert outlet_countries("Victoria Weekly Advocate") is None  # a small capital's name is shared by many towns
    assert [c.name for c in outlet_countries("Voice of the Nuba Mountains")] == ["Sudan"]  # a region of one country (#14)
    assert [c.name for c in outlet_countries("Friends of the Drakensberg Newsletter")] == ["South Africa"]  # a place


def test_a_district_of_a_large_towns_size_under_its_own_name_outweighs_a_foreign_forces_cue(gz):
    """A neighbour's army named in a note ('KDF soldiers') says who acted; a large district-and-town named by its own
    spelling ('Kismaayo') says where, as a large town does (codebook 1.4 vs 1.5)."""
    from eventdesk.geo.context import lead_country_by_cues
    from eventdesk.geo.places import locate
    text = "KDF troops posted at Kismaayo airport came under mortar fire overnight."
    assert lead_country_by_cues(text, locate(text, gz)).name == "Somalia"


def test_strong_cues_run_only_rows_that_can_match_and_give_every_rows_result():
    """The index from needed strings to cue rows skips only rows that cannot match: the result, weights added in
    row order, is that of testing every row."""
    from collections import Counter

    from eventdesk.geo.context import _cue_rows, _strong_cues

    texts = ["Soldiers of the KDF stood guard while the kebele chairman spoke.",
             "A shopkeeper said bread now costs 900 naira, twice last year's price.",
             "The council met on Tuesday and discussed the bus timetable.",
             "ſoldiers of the FARDC (a text with a fold trap) crossed the river.",
             ""]
    for text in texts:
        want: Counter = Counter()
        for rx, _need, cs, weight in _cue_rows():
            if rx.search(text):
                for c in cs:
                    want[c] += weight / len(cs)
        got = _strong_cues.__wrapped__(text)
        assert got == want and list(got) == list(want), text


def test_armed_group_owners_are_those_of_every_group_of_the_spans_countries():
    """An armed group's countries are looked for among its countries' armed groups: the same owners as a pass over
    every group."""
    from collections import Counter

    from eventdesk.geo.context import _armed_group_countries, _group_armed, _group_scanner, group_spans

    _f, _e, (groups, _a) = _group_scanner()
    for text in ["Al-Shabaab fighters attacked a camp of the KDF near the border.",
                 "Gunmen of the TNLA and the army exchanged fire outside a town.",
                 "Members of the People's Party held a rally downtown."]:
        want: Counter = Counter()
        for span, cs in group_spans(text).items():
            owners = {c for (c, rx), a in zip(groups, _group_armed())
                      if a and c in cs and any(m.span() == span for m in rx.finditer(text))}
            for c in owners:
                want[c] += 1.0 / len(cs)
        assert _armed_group_countries(text) == want, text


def test_country_names_without_a_nationality_word_read_the_text_as_it_is():
    from eventdesk.geo.context import country_names_in, countries_in

    plain = "Farmers in Kenya and Uganda blocked roads on Monday."
    assert country_names_in(plain) == countries_in(plain)
    assert country_by_name("Uganda") not in country_names_in("A Ugandan pastor preached in Nairobi.")


def test_a_long_demonym_with_two_letters_swapped_is_still_read():
    """A wire's typo ("Sudnaese") still names the country (#14); a short word is not guessed at, nor a lower-cased
    one, and a swap that could make two countries' names is never added."""
    from eventdesk.geo.context import TYPO_MIN_LETTERS, countries_in

    assert [c.name for c in countries_in("Two Sudnaese traders were held at the market.")] == ["Sudan"]
    assert [c.name for c in countries_in("Nigeiran soldiers manned the checkpoint.")] == ["Nigeria"]
    assert not countries_in("the sudnaese traders")  # a demonym is written with a capital
    assert TYPO_MIN_LETTERS >= 7 and not countries_in("Mail from Irna and Ina arrived.")
