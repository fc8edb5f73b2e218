"""Lower-cased city reports of riots (#14): police firing, deaths of the wounded, arrests told in the passive.
Sentences written for these tests."""
import pytest

from eventdesk.extraction import classify


@pytest.mark.parametrize("sentence", [
    "two others died in police firing in rampur taluka.",
    "a victim of the stabbing near the bus stand succumbed to his injuries on tuesday night.",
    "the police had to fire a dozen rounds near the market to disperse a rampaging mob.",
    "eleven men were taken into custody in the old quarter of bareilly on friday.",
])
def test_gate_passes_reports_of_police_action_and_deaths(sentence):
    assert classify.is_event_sentence(sentence)
    assert classify.is_event_sentence(sentence.capitalize())


@pytest.mark.parametrize("sentence", [
    "the firm had to fire forty workers after the mill closed.",
    "his grandfather died in hospital after a long illness.",
])
def test_gate_keeps_out_lookalikes(sentence):
    assert not classify.is_event_sentence(sentence)


# --- arrests after a riot, in a long lower-cased report (events/incidents.py) -------------------------------------

import datetime as dt  # noqa: E402

from eventdesk.events import code_article  # noqa: E402
from eventdesk.geo.gazetteer import Gazetteer  # noqa: E402
from eventdesk.records import Article  # noqa: E402

_FILLER = (
    " the district collector said schools would stay shut for the rest of the week and that board examinations had "
    "been put off. traders in the main bazaar said they had lost business worth lakhs since the trouble began, and "
    "bus services to the villages were running at half strength. the municipal corporation has asked for more water "
    "tankers for the relief camps, where nearly two thousand people now live. a peace committee of elders from both "
    "communities will meet the collector on saturday to plan a joint march through the old city. the state "
    "government has announced compensation for the families of the dead and for those whose shops were gutted, "
    "and opposition leaders have demanded a judicial inquiry into how the district "
    "administration handled it. the railway station saw long queues of migrant workers leaving for their home villages, and "
    "the state transport corporation added extra buses on the highway. doctors at the civil hospital said they had "
    "enough blood and medicines for now but asked for more staff for the burns ward. the university has moved its "
    "spring convocation to next month, and the cricket association has shifted a league match to a ground outside "
    "the city. milk and vegetable prices have risen sharply in the last few days as suppliers from the villages "
    "stay away, and the civil supplies department has opened fair price shops in the affected wards."
)


def _report(body: str) -> Article:
    """A long report (over events.story.SHORT): the body, then paragraphs with no incident in them."""
    return Article(id="lc-1", origin="test", content_hash="0" * 64, text=body + _FILLER,
                   published_at=dt.date(2003, 4, 9), title=None, source="Example Daily",
                   ingested_at=dt.datetime(2003, 4, 10, tzinfo=dt.timezone.utc))


@pytest.fixture(scope="module")
def gz():
    return Gazetteer.load()


def test_arrests_after_a_riot_are_an_event_of_their_own(gz):
    coded = code_article(_report(
        "bareilly: a mob set fire to six shops and a bus in the old city of bareilly on tuesday night, and two people "
        "were injured in stone-throwing. forty-two people were arrested in connection with the arson, police said."), gz)
    types = {e.sub_event_type for e in coded.events}
    assert "Arrests" in types and types & {"Mob violence", "Violent demonstration", "Looting/property destruction"}


def test_arrests_at_a_demonstration_stay_its_intervention(gz):
    coded = code_article(_report(
        "bareilly: hundreds of students marched to the collectorate in bareilly on tuesday to demand a new college. "
        "thirty of them were arrested when they tried to enter the building, police said."), gz)
    assert [e.event_type for e in coded.events] == ["Protests"]


# --- the force named in "police firing" is the one who fired (extraction/actors) ------------------------------------

def test_killed_in_police_firing_makes_the_police_actor1():
    from eventdesk.extraction import actors

    def actor1(text):
        return actors.code_actors(text, country="India", event_type="Violence against civilians",
                                  sub_event_type="Attack", event_date=dt.date(2003, 4, 8), article=text).actor1

    assert actor1("two men were killed in police firing in the old city of bareilly on tuesday.").startswith("Police Forces of India")
    assert actor1("gunmen killed two men near the police station in bareilly on tuesday.").startswith("Unidentified Armed Group")


# --- a toll over the last few days is the week's news, a toll over months a running tally (events/incidents.py) ---

@pytest.mark.parametrize("span, coded", [("over the last four days", True), ("over the past two months", False)])
def test_a_toll_over_the_last_days_is_coded_one_over_months_is_not(gz, span, coded):
    art = _report("bareilly: the district has been calm since sunday and shops reopened in most wards this morning. "
                  f"officials said 61 people have died in police firing in the district {span}.")
    dead = [e.fatalities for e in code_article(art, gz).events if e.fatalities]
    assert bool(dead) is coded


def test_a_brief_keeps_its_later_unplaced_incident(gz):
    """A brief in paragraphs (not read whole) whose incident comes in its seventh sentence, with no place of its own."""
    brief = Article(id="lc-2", origin="test", content_hash="0" * 64, published_at=dt.date(2003, 4, 9), title=None,
                    source="Example Daily", ingested_at=dt.datetime(2003, 4, 10, tzinfo=dt.timezone.utc), text=(
                        "bareilly: the visiting inquiry panel met officials at the collectorate in bareilly on tuesday.\n\n"
                        "the panel is on a two-day tour of the district. its members heard petitions from traders. "
                        "they also spoke to the heads of three colleges. a lunch was served at the guest house. "
                        "the panel left for the airport in the evening. "
                        "a crowd of about sixty youths then stoned the police jeep that followed the panel's cars."))
    assert any(e.event_type == "Riots" for e in code_article(brief, gz).events)
