"""The assembly rules, on articles written for these tests."""
import datetime as dt

import pandas as pd
import pytest

from eventdesk.events import code_article
from eventdesk.geo.gazetteer import Gazetteer
from eventdesk.records import Article


@pytest.fixture(scope="module")
def gz():
    return Gazetteer.load()


def art(text, published="2024-05-08", title=None, source="Example Daily", aid="t-1"):
    return Article(id=aid, origin="test", content_hash="0" * 64, ingested_at=dt.datetime(2024, 5, 9, tzinfo=dt.timezone.utc),
                   text=text, title=title, published_at=dt.date.fromisoformat(published) if published else None,
                   source=source)


def test_protests_in_two_listed_cities_are_two_events_with_their_own_places(gz):
    a = art("Teachers Strike Spreads\n\nHundreds of teachers rallied in Nairobi on Monday to demand unpaid wages. "
            "Smaller protests were held in the coastal city of Mombasa and in the western city of Kisumu on Monday.")
    coded = code_article(a, gz)
    places = sorted(e.location for e in coded.events)
    assert places == ["Kisumu", "Mombasa", "Nairobi"]
    assert {e.event_date for e in coded.events} == {dt.date(2024, 5, 6)}
    assert all(e.sub_event_type == "Peaceful protest" and e.actor1 == "Protesters (Kenya)" for e in coded.events)
    nairobi = next(e for e in coded.events if e.location == "Nairobi")
    assert nairobi.tags == "crowd size=hundreds"


def test_a_town_and_its_region_are_one_event(gz):
    a = art("On 3 May 2024, dozens of farmers blocked a road in Eldoret, Uasin Gishu, to protest maize prices.")
    coded = code_article(a, gz)
    assert len(coded.events) == 1
    assert coded.events[0].location == "Eldoret"


def test_headlines_do_not_become_events_and_a_day_is_borrowed_from_a_sentence_about_the_place(gz):
    a = art("Nurses March In Kampala Over Pay\n\nKAMPALA, Uganda -- Hundreds of nurses have marched through Kampala, "
            "demanding higher pay. The march through central Kampala on May 6 lasted two hours.",
            published="2024-05-07")
    coded = code_article(a, gz)
    assert len(coded.events) == 1
    e = coded.events[0]
    assert e.event_date == dt.date(2024, 5, 6) and e.time_precision == 1
    assert "Nurses March In Kampala" not in e.evidence


def test_the_organiser_is_named_as_acled_writes_groups(gz):
    a = art("Members of the Kenya National Union of Teachers marched in Nairobi on Monday to demand unpaid wages.")
    e = code_article(a, gz).events[0]
    assert e.assoc_actor_1 and "KNUT: Kenya National Union of Teachers" in e.assoc_actor_1


def test_police_breaking_up_a_march_is_one_protest_with_intervention(gz):
    a = art("On 6 May 2024, about 200 students marched in Dakar against fee increases. Police fired tear gas to "
            "disperse them and arrested 12 students.")
    coded = code_article(a, gz)
    assert [e.sub_event_type for e in coded.events] == ["Protest with intervention"]
    e = coded.events[0]
    assert e.actor2.startswith("Police Forces of Senegal") and e.interaction == "State forces-Protesters"
    assert {"crowd dispersal", "arrests"} <= set(e.state_response)


def test_no_event_in_a_speech_and_a_country_only_event_is_kept_at_precision_3(gz):
    assert code_article(art("The president addressed parliament on Tuesday and promised reforms next year."), gz).events == []
    coded = code_article(art("Hundreds of protesters rallied across Kenya on Monday against new taxes."), gz)
    assert len(coded.events) == 1
    e = coded.events[0]
    assert (e.location, e.geo_precision, e.admin1) == ("Nairobi", 3, "Nairobi")  # at the capital (codebook 1.5)


def test_mentions_point_at_the_sentences_of_each_event(gz):
    a = art("On 6 May 2024, about 200 students marched in Dakar against fee increases. The weather was hot. "
            "Police fired tear gas to disperse them.")
    coded = code_article(a, gz)
    assert [a.text[m.start:m.end] for m in coded.mentions] == [m.sentence for m in coded.mentions]
    assert all(m.event_id_cnty == coded.events[0].event_id_cnty for m in coded.mentions)
    assert "The weather was hot." not in [m.sentence for m in coded.mentions]


@pytest.mark.eval
def test_the_seed_articles_give_exactly_their_five_events(eval_dir, gz):
    """The project's two seed articles: 5 events, each right on every scored field."""
    import dataclasses
    import json

    from eventdesk.evaluate import figures

    events = []
    for line in (eval_dir / "seeds" / "articles.jsonl").read_text().splitlines():
        d = json.loads(line)
        a = art(d["text"], d["published_at"], d["title"], d["source"], d["id"])
        events += code_article(a, gz).events
    pred = pd.DataFrame([dict(dataclasses.asdict(e), article_ids="; ".join(e.article_ids)) for e in events])
    gold = pd.read_csv(eval_dir / "seeds" / "gold.csv", dtype=str, keep_default_na=False)
    f = figures(gold, pred.astype(str))
    assert f["pred_events"] == 5 and f["f1"] == 1.0
    for field in ("sub_event_type", "event_date", "iso", "admin1", "within_25km", "actor1", "crowd_size"):
        assert f[field] == 1.0, field


def test_an_event_told_with_also_shares_the_day_of_the_event_before_it(gz):
    a = art("KISUMU, Kenya -- Hundreds of fishermen marched in Kisumu on May 6 to protest a fishing ban. "
            "They carried nets and placards. Their leaders read out a petition. The county government declined to "
            "comment. Fishing has been banned on parts of the lake since March. "
            "In the town of Homa Bay, about fifty fishermen also rallied against the ban.", published="2024-05-08")
    days = {e.location: (e.event_date, e.time_precision) for e in code_article(a, gz).events}
    assert days["Homa Bay"] == (dt.date(2024, 5, 6), 1)


def _long(*paragraphs):
    """Pad a story past the brief length so the long-article rules apply."""
    filler = ("Aid workers said the needs of displaced families were growing as winter approached, and the "
              "agencies appealed for more funding to keep clinics and schools open in the camps. ")
    return "\n\n".join(paragraphs) + "\n\n" + filler * 12


def test_a_long_story_is_about_the_country_its_places_lie_in_not_the_summit_venue(gz):
    from eventdesk.events import article_country
    a = art(_long("Turkey warned on Friday that a Russian-led offensive on Syria's Idlib province would be a disaster, "
                  "speaking after a summit in Tehran. Turkey, Russia and Iran failed to agree a truce.",
                  "On Thursday, Russian jets bombed the town of Khan Shaykhun in southern Idlib, killing four people."),
            published="2024-09-08")
    assert article_country(a, gz).name == "Syria"
    coded = code_article(a, gz)
    assert {e.country for e in coded.events} == {"Syria"}


def test_a_long_story_does_not_move_abroad_without_naming_the_other_country(gz):
    # The lead is about Idlib; "Lancaster" (a town in Britain and in the United States) is where a
    # volunteer came from, and nothing here names either country.
    a = art(_long("Thousands of families remain in camps across Idlib province in north-west Syria and in the "
                  "countryside of Aleppo, where aid convoys arrive weekly.",
                  "A volunteer from Lancaster was shot and wounded on Monday when gunmen attacked his convoy.",
                  "On Tuesday, government forces shelled the town of Maarat al-Numan in Idlib, killing three civilians."),
            published="2024-09-08")
    coded = code_article(a, gz)
    assert coded.events and {e.country for e in coded.events} == {"Syria"}


def test_from_names_where_someone_came_from_not_where_the_event_happened(gz):
    a = art(_long("On Saturday, a Turkish airstrike killed two fighters in Afrin, Syria.",
                  "Separately, a British pharmacist from Birmingham was detained on Friday by Kurdish forces."),
            published="2024-09-08")
    coded = code_article(a, gz)
    assert coded.events and {e.country for e in coded.events} == {"Syria"}


def test_forces_withdrawing_from_a_town_place_the_event_there(gz):
    a = art(_long("On Sunday, Kurdish fighters withdrew from Afrin, Syria, before dawn after a two-month battle."),
            published="2024-09-08")
    coded = code_article(a, gz)
    assert [e.location for e in coded.events] == ["Afrin"]


def test_the_target_of_shelling_or_an_assault_is_the_place_of_the_event(gz):
    a = art(_long("Fighting in eastern Ukraine intensified this week, officials in Kyiv said.",
                  "On Tuesday, Russian forces shelled Lysychansk, killing two civilians."), published="2024-09-08")
    coded = code_article(a, gz)
    assert [e.location for e in coded.events] == ["Lysychansk"]


def test_the_outlets_domain_settles_a_homonym_the_text_leaves_open(gz):
    text = "On Monday, about 200 traders protested in Tripoli against power cuts and the rising price of fuel."
    a = art(text, source="Example Daily")
    a.url = "https://www.example.com.lb/local/1"
    assert code_article(a, gz).events[0].country == "Lebanon"


def test_a_wire_story_on_protests_gives_the_days_protests_not_its_background(gz):
    """The coder records the news of the lead and of the 'Meanwhile' paragraph; history, last month's rally,
    analysis, a running toll, quotes and plans are not events."""
    a = art(_long(
        "NAIROBI, Kenya -- Thousands of protesters marched in Nairobi on Tuesday against a new finance bill, "
        "chanting slogans outside parliament. Police fired tear gas to disperse the crowd near the parliament building.",
        "The bill would raise taxes on fuel and on mobile money transfers. The opposition leader said the government "
        "had ignored the poor. \u201cWe will not stop until the bill is withdrawn,\u201d one protester said.",
        "Kenya has a long history of street protests. In 2017, dozens of people were killed in protests after a "
        "disputed election. Traders also clashed with police in Nairobi last month, when they rallied against market fees. "
        "Analysts say the government's strategy is to wait for the protests to fade. More than 20 people have been "
        "killed in protests since the movement began in June.",
        "Meanwhile, in the coastal city of Mombasa, hundreds of people rallied on Tuesday against the bill. "
        "The organisers plan further marches in Kisumu next week."), published="2024-07-10")
    got = sorted((e.location, e.event_date, e.event_type) for e in code_article(a, gz).events)
    assert got == [("Mombasa", dt.date(2024, 7, 9), "Protests"), ("Nairobi", dt.date(2024, 7, 9), "Protests")]
    nairobi = next(e for e in code_article(a, gz).events if e.location == "Nairobi")
    assert nairobi.sub_event_type == "Protest with intervention"


def test_a_war_story_gives_the_attack_at_the_place_its_follow_up_names_and_no_background(gz):
    """"Sunday's attack was carried out in the village of X" places the attack of the sentence before it;
    an offensive launched months ago, a toll since its start, aims and an attack 'two weeks ago' are background."""
    a = art(_long(
        "Militants killed 12 Syrian soldiers near Idlib on Sunday, the worst violation of the truce this year. "
        "Sunday's attack was carried out in the village of Kafr Nabl, south of the city, a monitoring group said.",
        "The government did not comment. Aid agencies said thousands of families had fled towards the Turkish border. "
        "Schools in the area were closed. Prices of bread and fuel have doubled.",
        "The province was attacked by government forces and their allies after peace talks in Geneva collapsed. "
        "Their stated goal is to crush the rebels before the winter. More than 500 civilians have been killed in "
        "airstrikes since the offensive began. Two weeks ago, jets bombed a hospital in the town of Saraqib."),
        published="2024-09-10")
    got = [(e.location, e.event_date, e.event_type) for e in code_article(a, gz).events]
    # named as the text writes it (the gazetteer's Kafranbel, at its coordinates)
    assert got == [("Kafr Nabl", dt.date(2024, 9, 8), "Battles")]


def test_an_obituary_and_a_surname_that_is_a_place_give_no_event(gz):
    from eventdesk.events.placing import person_surnames
    obituary = art(_long(
        "My friend Daniel Preston, who has died aged 34, was a photographer and a campaigner. "
        "He was killed in an ambush while documenting the fighting in Raqqa, Syria."), published="2024-09-10")
    assert code_article(obituary, gz).events == []
    text = "Hundreds gathered to mourn Daniel Preston on Friday. Preston's coffin was carried through the hall."
    assert "Preston" in person_surnames(text)
    assert "Ghouta" not in person_surnames("Jets bombed towns in Eastern Ghouta and in Kurdish Afrin on Monday.")


def test_a_letter_to_the_editor_is_no_report(gz):
    a = art("The rebel forces in the north have never sought to overthrow the government, as your article suggests. "
            "Their stated goal is to drive out the militants, and they have fought them wherever they found them. "
            "There have been no major battles with the army in the city of Aleppo since 2016.", published="2024-02-06")
    assert code_article(a, gz).events == []


def test_a_wire_story_lead_after_its_dateline_is_the_event(gz):
    a = art(_long("Columbus – Several hundred nurses surrounded the Ohio Statehouse on Tuesday to call for safer staffing "
                  "in a protest that closed two clinics for the day.",
                  "The union said it would return next month if lawmakers did not act."), published="2024-05-09")
    coded = code_article(a, gz)
    assert [(e.sub_event_type, e.location, e.event_date) for e in coded.events] == [
        ("Peaceful protest", "Columbus", dt.date(2024, 5, 7))]


def test_the_subject_of_a_passive_attack_is_the_place(gz):
    a = art(_long("Hong Kong Baptist University was besieged by police on Sunday, who fired teargas at protesters "
                  "trying to leave the campus."), published="2024-09-09")
    coded = code_article(a, gz)
    assert [(e.location, e.country, e.event_type) for e in coded.events] == [("Hong Kong", "China", "Protests")]


def test_general_news_brief_yields_no_event(gz):
    for text in ("Regulators are looking into whether the bakery chain's owner engaged in insider trading. He has "
                 "since cancelled the supply agreement with his brother's mill, the company said.",
                 "Geologists think a salty lake sits under the glacier's thick ice shell, fed by meltwater each summer.",
                 "In the 200 metre freestyle, Okafor was beaten out by a swimmer from Lagos for the gold medal at the "
                 "national championship in Abuja."):
        assert code_article(art(text), gz).events == []


def test_a_dated_strike_in_a_named_province_abroad_is_kept_and_a_capital_as_government_is_no_place(gz):
    a = art(_long("Moscow's diplomats spent the week defending the deal with Ankara.",
                  "Last week, Israeli jets bombed a weapons depot in Homs province, killing four guards. "
                  "Tehran has vowed to answer the strike."), published="2024-09-12")
    coded = code_article(a, gz)
    assert [(e.location, e.country) for e in coded.events] == [("Homs", "Syria")]


def test_a_burial_deep_in_a_long_story_is_no_new_attack(gz):
    a = art(_long("Kurdish-led forces pressed on against the last pocket of the group on Wednesday, commanders said.",
                  "Meanwhile, in Qamishli on Thursday, three fighters killed at the front a day earlier were buried "
                  "as relatives wept."), published="2024-02-16")
    coded = code_article(a, gz)
    assert not any(e.location and "Qamishli" in e.location for e in coded.events)


def test_a_wire_dateline_neither_places_nor_dates_the_event(gz):
    # the reporter files from the capital on the 8th; the fighting was in another city the day before
    a = art("ADDIS ABABA, May 8 (Wire) - Fighting between the army and a militia killed at least seven people "
            "in the northern city of Mekele on Tuesday, residents said.", published="2024-05-08")
    [e] = code_article(a, gz).events
    assert e.admin1 == "Tigray" and e.event_date == dt.date(2024, 5, 7)
    c = art("ADDIS ABABA, Federal Democratic Republic of Ethiopia, May 8 (Wire) - Fighting killed seven people "
            "in the northern city of Mekele on Tuesday.", published="2024-05-08")
    assert [e.event_date for e in code_article(c, gz).events] == [dt.date(2024, 5, 7)]
    # with no other place named, the dateline still places the event
    b = art("NAIROBI, Kenya (Wire) — Hundreds of nurses marched on Tuesday to demand unpaid wages.")
    assert [e.location for e in code_article(b, gz).events] == ["Nairobi"]


def test_an_unknown_village_waits_for_the_region_rather_than_taking_the_dateline(gz):
    a = art("BAMAKO, May 8 (Wire) - Gunmen killed nine herders in an attack on the village of Tinkare-Dogo in central "
            "Mali on Tuesday, officials said. The attackers also stole cattle in the Mopti region.", published="2024-05-08")
    [e] = code_article(a, gz).events
    assert e.admin1 == "Mopti" and e.sub_event_type == "Attack" and e.fatalities == 9


def test_riots_recalled_from_a_past_year_are_history_not_an_event(gz):
    a = art("The court on Tuesday rejected the former governor's appeal. He was jailed in 2021, sparking riots in "
            "Mombasa that left 40 people dead.", published="2024-05-08")
    assert code_article(a, gz).events == []
    # a year inside a relative clause dates the thing described, not the rally
    b = art("In the coastal city of Mombasa, about a hundred nurses also rallied on Tuesday against the health law, "
            "which parliament passed in 2019.", published="2024-05-08")
    assert [e.location for e in code_article(b, gz).events] == ["Mombasa"]


def test_two_bombings_in_two_districts_are_two_events_each_with_its_own_dead(gz):
    a = art("Two bombs exploded outside party offices in the northwest on Monday, killing at least 11 people, officials said. "
            "The first blast struck an office in Mardan district, killing seven. Hours later, a second bomb went off "
            "near a rally in Charsadda district, killing four.", published="2024-05-08")
    events = sorted(code_article(a, gz).events, key=lambda e: e.fatalities)
    assert [(e.location, e.fatalities) for e in events] == [("Charsadda", 4), ("Mardan", 7)]


def test_a_story_told_after_a_past_year_stays_in_the_past(gz):
    a = art("LONDON - In August 2011, after police shot a man dead, rioting spread across several English cities. "
            "Shops were looted and set on fire, and more than 3,000 people were arrested over several nights.\n\n"
            "Last summer, unrest broke out again in several towns, with mobs attacking hotels in Rotherham.\n\n"
            "Unless trust between communities and the police is rebuilt, the next summer of anger is only a matter of time.",
            published="2024-05-08")
    assert code_article(a, gz).events == []


def test_a_story_in_paragraphs_is_not_coded_whole_like_a_note(gz):
    a = art("Leaders meeting in Jakarta on Tuesday pledged to deepen trade ties.\n\n"
            "They urged Myanmar's generals to honour a peace plan agreed in April 2021.", published="2024-05-08")
    assert code_article(a, gz).events == []


def test_where_a_spokesman_told_reporters_is_not_where_the_fighting_was(gz):
    a = art("Soldiers fought off militants who tried to overrun a base near Monguno on Tuesday, the army said.\n\n"
            "At least 14 militants and three soldiers were killed in the fighting, a spokesman told reporters in Maiduguri.",
            published="2024-05-08")
    assert {e.location for e in code_article(a, gz).events} == {"Monguno"}


def test_the_sentence_without_its_dateline_ranks_its_own_places(gz):
    a = art("RANCHI, India — A man was beaten to death by a mob in a village in Jharkhand's Gumla district on Sunday "
            "night, police said on Tuesday.", published="2024-05-08")
    assert [e.location for e in code_article(a, gz).events] == ["Gumla"]


def test_a_month_in_a_relative_clause_dates_the_background_and_the_next_sentence_gives_the_day(gz):
    a = art("MAPUTO, May 8 (Wire) - The army has retaken the port town of Palma from the insurgents who took it "
            "last month, the ministry said on Wednesday. Soldiers entered the town on Tuesday after a two-day operation.",
            published="2024-05-08")
    [e] = code_article(a, gz).events
    assert e.event_date == dt.date(2024, 5, 7) and e.time_precision == 1


def test_the_dead_of_a_clause_set_elsewhere_are_not_the_incidents_own(gz):
    a = art("On Thursday, Iraqi troops beat back an assault on their outpost in Anbar province, killing 30 "
            "attackers - while in Nineveh province, 14 civilians died that day.", published="2024-05-10")
    [e] = [e for e in code_article(a, gz).events if e.admin1 == "Anbar"]
    assert e.fatalities == 30


def test_a_claim_paragraphs_after_the_attack_names_its_attacker_but_a_claim_in_the_background_does_not(gz):
    lead = ("KANO, Nigeria -- A bomb hidden in a handcart exploded at a cattle market in Kano on Sunday, killing six traders, "
            "police said.\n\nThe blast tore through stalls near the main gate. Several cows were also killed. "
            "Traders said the market had been busy since dawn. Ambulances took the wounded to hospital.\n\n")
    claimed = code_article(art(lead + "Boko Haram claimed responsibility for the attack in a video sent to journalists.",
                               published="2024-05-06"), gz)
    assert [(e.actor1, e.inter1) for e in coded_bombs(claimed)] == \
        [("Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Rebel group")]
    history = code_article(art(lead + "In 2014, Boko Haram claimed responsibility for a bombing at the same market.",
                               published="2024-05-06"), gz)
    assert [e.actor1 for e in coded_bombs(history)] == ["Unidentified Armed Group (Nigeria)"]


def coded_bombs(coded):
    return [e for e in coded.events if e.event_type == "Explosions/Remote violence"]


def test_background_naming_the_same_city_does_not_retype_the_incident(gz):
    a = art("PESHAWAR -- Two men on a motorcycle threw a grenade at a police checkpoint in Peshawar on Tuesday, wounding three "
            "officers, police said.\n\nIn March 2019, a suicide bomber killed 30 people at a mosque in Peshawar.",
            published="2024-05-08")
    assert [e.sub_event_type for e in code_article(a, gz).events] == ["Grenade"]


def test_an_edition_language_in_the_outlet_name_is_not_its_country(gz):
    a = art("A police officer was killed when drones dropped explosives on the police station in Suarez, in the department "
            "of Cauca, on Sunday night, officials said.", published="2024-05-07", source="Valle Daily (English edition)")
    assert [e.country for e in code_article(a, gz).events] == ["Colombia"]


def test_a_lead_without_a_day_takes_the_next_sentences_day_but_not_the_day_it_was_told(gz):
    lead = "Gunmen have abducted 20 residents of Kaya village in Zamfara State. "
    told = code_article(art(lead + "A villager told our correspondent on Monday that the gunmen stormed the village at night.",
                            published="2024-05-08"), gz)
    assert [(e.event_date, e.time_precision) for e in told.events] == [(dt.date(2024, 5, 8), 2)]
    dated = code_article(art(lead + "Residents said the gunmen, who came on motorcycles, stormed the village late on Sunday.",
                             published="2024-05-08"), gz)
    assert [(e.event_date, e.time_precision) for e in dated.events] == [(dt.date(2024, 5, 5), 1)]


def test_a_later_sentence_with_no_place_or_day_restates_the_incident(gz):
    a = art("SRINAGAR: Police on Wednesday detained 12 party workers in Srinagar as they set off on a march against "
            "demolitions. An officer said the workers had been detained as the march had no permission.",
            published="2024-05-09")
    assert len(code_article(a, gz).events) == 1


def test_a_match_report_has_no_events(gz):
    a = art("MEDELLIN -- Envigado beat Once Caldas 2-1 on Sunday night in a tense derby. The visitors struck first when their "
            "striker fired a shot past the goalkeeper in the 12th minute. But Envigado hit back before half-time and "
            "sealed it with a late header.\n\nThe referee showed eight yellow cards. Police reported a calm night.",
            published="2024-05-06")
    assert code_article(a, gz).events == []


def test_a_town_named_after_the_province_places_the_incident(gz):
    a = art("BUNIA, Congo -- Armed men attacked a camp for displaced people in Ituri province late on Tuesday, killing six "
            "civilians, officials said.\n\nThe attackers stormed the camp near the town of Djugu and set fire to shelters, "
            "a camp leader said.", published="2024-05-09")
    assert [e.location for e in code_article(a, gz).events] == ["Djugu"]


def test_a_ceasefire_agreed_a_year_ago_does_not_make_the_lead_history(gz):
    a = art("A drone strike on a car in the southern city of Nabatieh has killed two people, health officials say, the "
            "latest attack despite a truce that was agreed a year ago.\n\nThe strike on Friday hit a car on the main road.",
            published="2024-05-11")
    assert [(e.sub_event_type, e.event_date) for e in code_article(a, gz).events] == [("Air/drone strike", dt.date(2024, 5, 10))]


@pytest.mark.parametrize("text, place", [
    ("United States air strikes on the Red Sea port of Hodeidah have killed four dock workers, health officials said on Monday.",
     "Al Hudaydah"),
    ("Thousands of people gathered on Copacabana beach on Sunday to protest against the amnesty bill.", "Copacabana"),
    ("Tens of thousands marched on Sao Paulo's Paulista Avenue on Sunday to protest against the amnesty bill.", "Sao Paulo"),
])
def test_ports_beaches_and_avenues_place_the_event(gz, text, place):
    # (a town is named as the text spells it, "Hodeidah", at the gazetteer's place, Al Hudaydah)
    events = code_article(art(text, published="2024-05-07"), gz).events
    from eventdesk.geo.hierarchy import location_name
    assert [e.location for e in events] == [place] or [location_name(gz.lookup(e.location)[0]) for e in events] == [place]


def test_a_lead_dated_only_by_its_telling_takes_the_day_of_the_next_sentence(gz):
    a = art("PORT-AU-PRINCE (Wire) - Members of the Kraze Barye gang have set up a base in the abandoned police station "
            "of Mirebalais, residents "
            "told reporters on Friday.\n\nThe gang members moved into the building on Wednesday, two days after the "
            "last officers left.", published="2024-05-10")
    assert [e.event_date for e in code_article(a, gz).events] == [dt.date(2024, 5, 8)]


def test_a_note_whose_lead_sets_the_scene_gives_its_place_and_day_to_the_next_sentence(gz):
    a = art("On 6 May 2024, soldiers conducted a search operation in Datta Khel, North Waziristan. During the operation, "
            "the troops exchanged fire with militants and three militants were killed.", published="2024-05-08")
    assert [(e.location, e.event_date, e.event_type) for e in code_article(a, gz).events] == \
        [("Datta Khel", dt.date(2024, 5, 6), "Battles")]


def test_a_film_set_in_an_old_war_and_a_quotations_tail_make_no_event(gz):
    a = art("Set in the town of Enugu during the civil war of 1967 to 1970, the film follows two brothers through the "
            "famine that killed hundreds of thousands.\n\nThe boys fought for every scene,\" the director said after the "
            "premiere on Sunday.", published="2024-05-08")
    assert code_article(a, gz).events == []


def _places(text, gz):
    return [e.location for e in code_article(art(text), gz).events]


@pytest.mark.parametrize("text", [
    # the grievance a protest is about happened elsewhere, in the same sentence or the next
    "On 2 May 2024, about 200 women marched in Mombasa to protest the killing of girls in Kisumu and Nakuru.",
    "On 2 May 2024, truck drivers blocked a highway in Mombasa. The drivers staged demonstrations to demand justice "
    "over the death of a driver killed in Nakuru county.",
    "On 2 May 2024, nurses demonstrated in Mombasa. The demonstration took place after the killing of a nurse in Nakuru.",
])
def test_the_place_of_what_a_protest_is_about_is_no_second_event(gz, text):
    assert _places(text, gz) == ["Mombasa"]


def test_a_street_corner_or_quarter_in_a_follow_up_is_no_second_event(gz):
    text = "On 6 May 2024, traders protested in Kisumu over market fees. They blocked the road near the Kitale roundabout."
    assert _places(text, gz) == ["Kisumu"]


def test_a_road_between_two_towns_is_one_place(gz):
    assert len(_places("On 4 May 2024, gunmen ambushed a bus on the road between Garissa and Wajir, killing two.", gz)) == 1


def test_schools_named_after_towns_are_no_places(gz):
    text = "On 4 May 2024, students of the Kisumu and Eldoret universities protested in Nairobi against fee increases."
    assert _places(text, gz) == ["Nairobi"]
    text = ("On 4 May 2024, a few hundred students at the Nakuru, Kisumu and Eldoret high schools walked out of classes "
            "in Kisumu to protest fee increases.")
    assert _places(text, gz) == ["Kisumu"]


def test_a_town_opening_an_organisations_name_is_no_place(gz):
    text = "On 7 May 2024, about 50 tenants rallied in Mombasa against evictions. Nakuru Tenants Union organised the rally."
    assert _places(text, gz) == ["Mombasa"]


def test_a_notes_coded_separately_sentence_and_its_coded_to_place(gz):
    """ACLED's notes mark another event "[coded separately]" and say where this one was coded; read only for
    ACLED notes (see tests/test_acled_notes.py for the same texts as news)."""
    text = ("On 7 May 2024, gunmen stole cattle from a farm in Sagamu, Ogun. Police repelled the attackers at Abeokuta "
            "and recovered the cattle [coded separately].")
    assert len([e.location for e in code_article(art(text), gz, notes="acled").events]) == 1
    coded = code_article(art("On 3 May 2024, bandits clashed with police reservists in the hills of Baringo county. "
                             "Coded to Marigat, Baringo."), gz, notes="acled").events
    assert [(e.location, e.geo_precision) for e in coded] == [("Marigat", 2)]
