"""Indian-English police reporting in lower-cased archives (#14): arrests told as "nabbed", "held" or "put behind
bars", crowds that "went on the rampage" or "indulged in arson", tear gas that police "burst", counter-terrorism
squads and reserve police as state forces, and arrests a long report turns to with "meanwhile". Sentences
written for these tests."""
import datetime as dt

import pytest

from eventdesk.events import code_article
from eventdesk.extraction import classify
from eventdesk.geo.gazetteer import Gazetteer
from eventdesk.records import Article


@pytest.mark.parametrize("sentence, sub", [
    ("the police nabbed four men wanted for the bomb blast at the kota bus stand from a lodge on monday.", "Arrests"),
    ("in a search of the old quarter of jabalpur on tuesday, 35 youths were held and knives and rods were seized.",
     "Arrests"),
    ("the two councillors were put behind bars in nagpur on friday after the clashes.", "Arrests"),
    ("two youths were picked up by the kota police on monday night for questioning about the bomb blast.", "Arrests"),
    ("an angry crowd went on the rampage through the cloth market of bhiwandi on sunday, setting a dozen stalls on fire.",
     "Mob violence"),
    ("mobs indulged in arson and looting in two wards of the old city of aligarh on thursday night.", "Mob violence"),
])
def test_gate_reads_indian_english_reports(sentence, sub):
    assert classify.is_event_sentence(sentence)
    assert classify.is_event_sentence(sentence.capitalize())
    assert classify.classify(sentence).sub_event_type == sub


@pytest.mark.parametrize("sentence", [
    "a meeting of the peace committee was held in jabalpur on tuesday.",
    "talks between the two unions were held in nagpur on friday.",
])
def test_a_meeting_held_is_no_arrest(sentence):
    label = classify.classify(sentence)
    assert label is None or label.sub_event_type != "Arrests"


def test_an_arrest_by_a_counter_terrorism_squad_is_no_abduction():
    """'anti-terrorist squad' names a police unit: its 'terrorist' does not make the captors an armed group."""
    label = classify.classify("the trader was detained by an anti-terrorist squad in kota on sunday night.")
    assert label.sub_event_type == "Arrests"
    assert classify.classify("the trader was detained by militants in kota on sunday night.").sub_event_type \
        == "Abduction/forced disappearance"


def test_tear_gas_burst_on_a_crowd_is_force():
    label = classify.classify("policemen burst a few tear gas shells at a stone-throwing mob near the station in dhule on monday.")
    assert classify.is_event_sentence("policemen burst a few tear gas shells at a stone-throwing mob near the station in dhule "
                                      "on monday.")
    assert label is not None and label.event_type in ("Riots", "Protests")


_FILLER = (
    " the district collector said that schools in the affected wards would stay shut until monday, and that the "
    "university had put off its examinations by a week. bus services to the villages ran at half strength and "
    "traders in the grain market said they had lost business since the trouble began. the municipal corporation "
    "has sent water tankers to the two relief camps, where about nine hundred people are staying. a committee of "
    "elders from both communities will meet the collector on wednesday, and the state government has announced "
    "compensation for the families of those who lost shops. opposition leaders have asked for an inquiry by a "
    "retired judge, and the railway station saw long queues of workers going home to their villages. doctors at "
    "the district hospital said they had enough medicines but needed more nurses for the night shifts. prices of "
    "milk and vegetables have gone up in the city as suppliers from nearby villages stay away, and the civil "
    "supplies department has opened ration shops in the affected wards. the cricket association has moved a league "
    "match to a ground outside the city, and the cinema halls in the old city will stay closed this week. the "
    "chamber of commerce has asked the state for a loan scheme for small traders, and the transport department "
    "said it would run extra buses to the fair at the river ghats next month as planned."
)


@pytest.fixture(scope="module")
def gz():
    return Gazetteer.load()


def _report(body: str) -> Article:
    """A long report (over events.story.SHORT): the body, then paragraphs with no incident in them."""
    return Article(id="lca-1", origin="test", content_hash="0" * 64, text=body + _FILLER,
                   published_at=dt.date(2004, 2, 11), title=None, source="Example Daily",
                   ingested_at=dt.datetime(2004, 2, 12, tzinfo=dt.timezone.utc))


def test_arrests_a_long_report_turns_to_are_their_own_event(gz):
    coded = code_article(_report(
        "jabalpur: a mob stoned buses and set fire to a tempo near the station in jabalpur on tuesday, and three people "
        "were hurt. meanwhile, the party's district chief said that thirty of its workers have been detained by "
        "police."), gz)
    types = {e.sub_event_type for e in coded.events}
    assert "Arrests" in types and types - {"Arrests"}


def test_a_turn_to_another_protest_is_no_new_event_without_its_own_place_or_day(gz):
    """Only arrests split off this way: a turn that restates the day's protest stays out."""
    coded = code_article(_report(
        "jabalpur: hundreds of teachers marched to the collectorate in jabalpur on tuesday to demand arrears of pay. "
        "meanwhile, the union's leaders said that teachers had protested across the district."), gz)
    assert [e.event_type for e in coded.events] == ["Protests"]


# --- road accidents told in Indian English are no attack (classify_disaster) ---------------------------------------

@pytest.mark.parametrize("sentence", [
    "four persons were killed and nine injured when a jeep carrying them turned turtle near sasaram on monday.",
    "three persons were killed when a bus collided with a tanker near hajipur on sunday.",
    "six persons were killed in a road mishap near arrah on tuesday.",
])
def test_road_accidents_are_no_event(sentence):
    assert classify.classify(sentence) is None
    assert not classify.is_event_sentence(sentence)


def test_averting_a_mishap_does_not_make_an_arrest_an_accident():
    assert classify.classify("police arrested nine men with swords in arrah on tuesday to avert any mishap.") is not None


# --- incidents of arson or stabbing "reported from" a place (classify_incident_verb, classify_negation) ------------

@pytest.mark.parametrize("sentence", [
    "new incidents of looting and arson were reported from two wards of bhiwandi this morning.",
    "stray incidents of stabbing were reported in the old city of jaipur on monday.",
    "incidents of stone pelting were reported from three localities of dhule on sunday.",
])
def test_incidents_reported_from_a_place_are_reports(sentence):
    assert classify.is_event_sentence(sentence)


@pytest.mark.parametrize("sentence", [
    "no incidents of arson or looting were reported from bhiwandi on monday.",
    "police said no fresh incidents of rioting were reported in malegaon on sunday.",
])
def test_incidents_denied_are_no_report(sentence):
    assert not classify.is_event_sentence(sentence)


# --- the force that fired on or dispersed a mob is the mob's other side (extraction/actors) ------------------------

def _actor2(text):
    from eventdesk.extraction import actors
    return actors.code_actors(text, country="India", event_type="Riots", sub_event_type="Mob violence",
                              event_date=dt.date(2004, 2, 10), article=text).actor2


def test_police_who_dispersed_a_mob_are_its_other_side():
    assert _actor2("two men were hurt in the old city of aligarh on tuesday when police fired to disperse mobs "
                   "pelting stones.").startswith("Police Forces of India")
    assert _actor2("police lathi-charged the rioters who had set fire to a bus in dhule on sunday.").startswith(
        "Police Forces of India")


def test_a_mob_near_a_police_station_still_hits_civilians():
    assert _actor2("a mob set fire to six shops near the police station in aligarh on tuesday.").startswith("Civilians")
    assert _actor2("settlers beat two farmers near a village on monday, and soldiers fired tear gas at the "
                   "farmers.").startswith("Civilians")


def test_two_crowds_that_clashed_stay_each_others_side():
    assert _actor2("two groups clashed in the old city of aligarh on tuesday and police fired to disperse the mobs."
                   ).startswith("Rioters")


def test_tear_gas_shells_exploded_by_police_are_no_bomb():
    label = classify.classify("the police fired 900 rounds, exploded 1,200 tear-gas shells and arrested 3,000 people in "
                              "baroda.")
    assert label is not None and label.event_type != "Explosions/Remote violence"
    assert classify.classify("a bomb exploded near the bus stand in baroda on monday, killing two.").event_type \
        == "Explosions/Remote violence"


def test_incidents_reported_this_morning_are_reports():
    assert classify.is_event_sentence("fresh incidents of stabbing were reported this morning from the old city of "
                                      "baroda.")


def test_leaders_who_left_an_office_withdrew_from_no_territory():
    label = classify.classify("the leaders left the party office at the clock tower crossing at 10:15 am and were arrested "
                              "near the railway crossing.")
    assert label.sub_event_type == "Arrests"
    assert classify.classify("the rebels withdrew from the town after two days of talks.").sub_event_type \
        == "Non-violent transfer of territory"


def test_a_crowd_on_the_rampage_is_mob_violence_not_looting():
    label = classify.classify("students at a college in kisumu went on a rampage, smashing windows and looting "
                              "computers and printers.")
    assert label.sub_event_type == "Mob violence"


# --- words of riot-hit towns, troops' flag marches and stoning (classify_mob, classify_riot, classify_attack,
# classify_demonstration_march, classify_incident_verb) ------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "police picked up 22 men from the riot-hit wards of bareilly on sunday.",
    "thirty youths were detained in the riot-torn old city of meerut on friday night.",
])
def test_a_riot_hit_area_is_where_the_arrests_were_made_not_a_riot(sentence):
    """'riot-hit', 'riot-torn' describe a place after the trouble; the sentence reports the arrests (§1.2)."""
    for s in (sentence, sentence.capitalize()):
        assert classify.is_event_sentence(s)
        assert classify.classify(s).sub_event_type == "Arrests"


def test_a_riot_is_still_a_riot():
    assert classify.classify("a riot broke out in the old city of meerut on friday night.").event_type == "Riots"


@pytest.mark.parametrize("sentence", [
    "the army staged a flag march through the old city of meerut on friday.",
    "columns of the rapid action force held a flag-march in the lanes of bareilly on sunday to reassure residents.",
])
def test_a_flag_march_of_troops_is_no_demonstration(sentence):
    """A flag march is a show of presence by troops or police, no protest (§1.3 is about demonstrators)."""
    label = classify.classify(sentence)
    assert label is None or label.event_type != "Protests"
    assert not classify.is_event_sentence(sentence)


def test_a_march_is_still_a_protest():
    assert classify.classify("hundreds of teachers held a march through the old city of meerut on friday."
                             ).event_type == "Protests"


@pytest.mark.parametrize("sentence", [
    "a cattle trader was stoned to death near the canal in bareilly on sunday.",
    "two brothers were stoned to death in a village near meerut on friday night.",
])
def test_stoned_to_death_is_a_killing(sentence):
    assert classify.is_event_sentence(sentence)
    assert classify.classify(sentence).event_type in ("Violence against civilians", "Riots")


@pytest.mark.parametrize("sentence", [
    "two stabbing incidents were reported from the old city of meerut on sunday night.",
    "four arson incidents were reported from the cloth market of bareilly on friday.",
])
def test_stabbing_or_arson_incidents_reported_from_a_place_are_reports(sentence):
    assert classify.is_event_sentence(sentence)
    assert not classify.is_event_sentence("no " + sentence.split(" ", 1)[1])
