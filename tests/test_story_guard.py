"""Full-length news (issue #14): events named only as a threat or an aim, or inside a clause that describes
someone; stories that argue in the writer's voice; one person killed, told with a long clause after the subject.
Every sentence here is invented for these tests (places are real, events are not)."""
from __future__ import annotations

import datetime as dt

import pytest

from eventdesk.events import code_article
from eventdesk.events.story import commemoration, commentary, not_reported, without_charges
from eventdesk.extraction.quantities import fatalities
from eventdesk.geo.gazetteer import Gazetteer
from eventdesk.records import Article

from test_story_long_news import CLOSE

PUBLISHED = dt.date(2024, 5, 8)  # a Wednesday


@pytest.fixture(scope="module")
def gz():
    return Gazetteer.load()


def art(text, aid="gd-1"):
    return Article(id=aid, origin="test", content_hash="0" * 64, text=text, published_at=PUBLISHED, title=None,
                   ingested_at=dt.datetime(2024, 5, 9, tzinfo=dt.timezone.utc), source="Example Daily")


@pytest.mark.parametrize("text", [
    "The envoy warned that the herders' villages near the river live under the threat of a raid by the militia.",
    "Farmers near the border live in constant fear of a raid by the herders, the mayor said.",
    "Donor governments, which pay for the clinics treating those wounded in the fighting, were not told of the new "
    "budget until Friday.",
    "A retired teacher detained in Bamako for a year after a raid on his school has returned to his family in Paris.",
    "The sister of a journalist who was detained in Harare during a raid on his newspaper has appealed for his release.",
    "Tensions are rising along the frontier, as last month's exchange of fire at the border showed.",
])
def test_an_event_named_as_a_threat_or_in_a_describing_clause_is_not_reported(text):
    assert not_reported(text)


@pytest.mark.parametrize("text", [
    "The rebels, who had surrounded the village, opened fire on the convoy on Tuesday, killing four.",
    "Troops shelled the town on Monday to prevent an attack by the militants.",
    "Militants attacked a checkpoint near Gao on Sunday, killing three soldiers.",
    "A Canadian man who travelled to Iraq to fight the militants has been killed in Tal Afar, his family said.",
    "Police deployed in the area have arrested three suspects.",
])
def test_the_event_of_the_main_clause_stays_reported(text):
    assert not not_reported(text)


def test_a_story_in_the_writers_voice_is_commentary():
    assert commentary(["Compassion has become a luxury of our age.", "The army shelled the town."])
    assert commentary(["We live in dangerous times.", "Wars flare on three continents."])
    # "US" is a country, and a quotation is someone else's voice
    assert not commentary(["The US said on Monday it would send troops.", "Troops shelled the town."])
    assert not commentary(["“We will retake the town,” the general said.", "Troops shelled the town."])


def test_a_column_codes_no_event_but_the_same_news_story_does(gz):
    report = ("Government aircraft bombed a market in Gao on Tuesday, killing nine people, residents said. "
              "The strike hit the market at midday, when it was most crowded. ")
    column = "Our generation has learned nothing from the wars of the past decade. " + report
    assert code_article(art(report + CLOSE, "gd-2"), gz).events
    assert not code_article(art(column + CLOSE, "gd-3"), gz).events


def test_a_threatened_offensive_in_a_long_story_is_no_event(gz):
    story = ("The mayor of Gao has asked the capital for more soldiers, saying the town is exposed to the threat "
             "of a militant offensive. Shopkeepers in the town have begun to close early, and some families have "
             "sent their children to relatives in the south. " + CLOSE)
    assert len(story) > 1500  # long news: the gate reads it sentence by sentence
    assert not code_article(art(story, "gd-4"), gz).events


@pytest.mark.parametrize("text, want", [
    ("A Danish nurse volunteering at a clinic outside Mosul in the north has died of her wounds, the charity said.", 1),
    ("A Canadian man who travelled to Iraq to fight the militants has been killed in Tal Afar, his family said.", 1),
    ("A teacher working in Kano died on Sunday after the attack.", 1),
    # an active verb with its own count, and a subject that is no person killed
    ("An attack targeting a checkpoint near Gao has killed three soldiers.", 3),
    ("A convoy carrying aid to Tal Afar was hit by a rocket.", 0),
])
def test_one_person_told_with_a_clause_after_the_subject(text, want):
    assert fatalities(text) == want


def test_the_lead_takes_the_day_of_the_next_sentence_that_retells_its_victim(gz):
    story = ("A Danish aid worker has died in a roadside bomb blast near Mopti, the ministry said. "
             "The 41-year-old was killed on Monday evening when her car struck a mine on a dirt road. "
             + CLOSE)
    events = code_article(art(story, "gd-5"), gz).events
    assert events and (events[0].event_date, events[0].time_precision) == (dt.date(2024, 5, 6), 1)


def test_the_place_a_long_story_is_about_stands_for_its_unplaced_incidents(gz):
    """Not the capital: the town the story puts things in again and again, more than any other, at geo_precision 2;
    no such town when two share the story."""
    from eventdesk.events.rows import _story_places
    from eventdesk.extraction.sentences import split_sentences

    story = ("Thousands of families remain trapped in Kidal, aid agencies say. "
             "Most of the wells in Kidal have been destroyed, and food is running short. "
             "No aid convoy has reached Kidal for a month. Traders in Gao say prices have doubled. ")
    found = {c.name: loc for c, loc in _story_places(split_sentences(story), gz, None).items()}
    assert found["Mali"].location == "Kidal" and found["Mali"].geo_precision == 2
    shared = story + "Families in Gao have taken in relatives. Schools in Gao are closed, and so are its banks. "
    assert "Mali" not in {c.name for c in _story_places(split_sentences(shared), gz, None)}


@pytest.mark.parametrize("text, want", [
    ("She left the town by bus that evening, the same day Okafor was killed.", 0),
    ("A day labourer was killed in the blast.", 1),
    ("The same day, two soldiers were killed in Gao.", 2),
])
def test_a_death_that_names_a_time_is_no_victim_of_the_passage(text, want):
    assert fatalities(text) == want


def test_a_displacement_count_in_the_perfect_sums_a_campaign():
    from eventdesk.events.story import background

    published = dt.date(2024, 5, 8)
    assert background("Three months of shelling have displaced 20,000 villagers, aid agencies say.",
                      when=None, published=published)
    assert not background("Gunmen have killed 12 villagers in an attack on a market near Gao, officials said.",
                          when=None, published=published)


@pytest.mark.parametrize("text", [
    # a crime named as a charge or a record describes the person
    "Two smugglers wanted for the murder of three border guards have been seized by villagers near Agadez.",
    "A preacher implicated in a string of kidnappings and beheadings, has been handed over to the authorities.",
    # a military act without violence is no strike
    "Air force jets dropped leaflets over Tessalit on Thursday urging the fighters to leave the town.",
    "Helicopters scattered thousands of fliers over the camp on Sunday calling on the fighters to go home.",
])
def test_a_charge_or_a_drop_of_leaflets_is_no_reported_event(text):
    assert not_reported(text)


@pytest.mark.parametrize("text", [
    "Police arrested two men suspected of killing a farmer in Garissa on Sunday.",
    "A gunman accused of the massacre at the market was shot dead by soldiers in Gao on Friday.",
    "Riot police charged with batons at students in Dhaka on Monday.",
    "Army jets bombed rebel positions near Tessalit on Thursday and dropped leaflets urging surrender.",
])
def test_the_event_beside_a_charge_or_leaflets_stays_reported(text):
    assert not not_reported(text)


@pytest.mark.parametrize("text, want", [
    # a funeral's chants and songs mourn the dead: no demonstration
    ("Friends sang and chanted slogans while the coffin was borne into the chapel and mourners paid tributes "
     "to a life spent organising dockworkers.", True),
    # a cause named, or a march pressing a demand, makes it one
    ("Hundreds of mourners chanted slogans against the governor at the funeral of the slain trader.", False),
    ("Mourners chanted anti-junta slogans at the burial ground.", False),
    ("Thousands marched behind the coffin of the student, demanding the resignation of the police chief.", False),
    ("Hundreds of people chanted slogans outside the court in Lagos on Monday.", False),
])
def test_chants_at_a_funeral_mourn_unless_a_cause_is_pressed(text, want):
    assert commemoration(text) is want


@pytest.mark.parametrize("text", [
    # people described as hurt, with no cause, day or place told: a state of theirs
    "Several of the prisoners were wounded: two leaned on sticks as they climbed down from the lorry.",
    "Many of the herders had been injured; some could not walk.",
    # someone turning up alive somewhere is no political violence
    "On Friday a missing teacher from Leeds was found in a displacement camp near the border after walking for days.",
])
def test_a_state_of_people_hurt_or_found_is_no_reported_event(text):
    assert not_reported(text)


@pytest.mark.parametrize("text", [
    "Three herders were wounded in the ambush near Gao.",
    "The bodies of four traders were found in a ditch outside Kidal on Monday.",
    "Gunmen raided the clinic and two nurses were badly hurt.",
    "Police fired tear gas at the marchers and several students were injured.",
    "Four porters were hurt, one of them badly, when the crowd stoned the depot.",
])
def test_harm_with_its_cause_or_a_body_found_stays_reported(text):
    assert not not_reported(text)


@pytest.mark.parametrize("text, want", [
    # the dead a tribute remembers: history, when the rest of the sentence reports no event (codebook 1.5)
    ("The council rose for the day after standing in silence in memory of the six people burnt to death in the fire.",
     True),
    ("Teachers observed a minute of silence in memory of the victims of the bombing on Monday.", True),
    # the rest reports an event of its own: no commemoration
    ("Students marched in memory of the slain boy and clashed with police.", False),
    ("Police fired on a crowd gathered in memory of the victims, wounding three.", False),
])
def test_violence_told_only_as_whom_a_tribute_remembers_is_history(text, want):
    assert commemoration(text) is want


def test_an_opening_clause_that_dates_the_news_after_an_earlier_incident_is_blanked():
    """'Four days after the massacre ..., police arrested two men': the massacre dates the arrests and was reported in
    its own days (codebook 1.5); what is left is typed. The dateline stays."""
    text = "Elmley: Four days after the massacre at the depot in which nine died, the police arrested two men on Sunday."
    left = without_charges(text)
    assert left.startswith("Elmley:") and "massacre" not in left and "arrested two men" in left
    assert len(left) == len(text)
    assert "gunmen attacked" in without_charges("Two days after the bombing, gunmen attacked the market again.")
