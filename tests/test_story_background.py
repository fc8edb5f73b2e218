"""Full-length news: background, anniversaries, life stories, tallies and trials are no new event.
Every sentence here is invented for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from eventdesk.events import code_article
from eventdesk.events.story import background, commemoration, court_story
from eventdesk.extraction.dates import event_date
from eventdesk.geo.gazetteer import Gazetteer
from eventdesk.records import Article

PUBLISHED = dt.date(2024, 5, 8)


@pytest.fixture(scope="module")
def gz():
    return Gazetteer.load()


def art(text, aid="bg-1"):
    return Article(id=aid, origin="test", content_hash="0" * 64, text=text, published_at=PUBLISHED, title=None,
                   ingested_at=dt.datetime(2024, 5, 9, tzinfo=dt.timezone.utc), source="Example Daily")


@pytest.mark.parametrize("text", [
    "In recent weeks, drone strikes on the hill villages have killed dozens of farmers.",
    "Since the army began its offensive, about 300 civilians have died.",
    "The fighting which has ensued since the offensive has killed hundreds of soldiers.",
    "The alliance has carried out dozens of air strikes on the hills.",
    "More than 500 people have been killed in four months of fighting.",
])
def test_a_tally_over_days_or_months_is_a_campaign_not_an_incident(text):
    assert background(text)


@pytest.mark.parametrize("text", [
    "She grew up in a farming village and joined the militia at 19.",
    "A survivor recalled how the gunmen shot his neighbours.",
    "The minister compared the bombing of the market to the shelling of the port a decade earlier.",
    "The massacre, whose tenth anniversary falls on Friday, killed 80 villagers.",
])
def test_life_stories_testimony_and_anniversaries_are_background(text):
    assert background(text)


@pytest.mark.parametrize("text", [
    "Gunmen killed nine villagers in a raid on Tuesday.",
    "Hundreds of teachers rallied outside the ministry on the anniversary of the strike.",
    "Police fired tear gas at students on Monday.",
])
def test_the_news_of_the_day_is_not_background(text):
    assert not background(text)


def test_in_a_court_story_only_days_old_incidents_and_the_lead_stand():
    assert court_story(["Three men went on trial on Monday over the bombing of a bus station last year."])
    assert not court_story(["Gunmen killed nine villagers in a raid on Tuesday."])
    old = "Police arrested the men on 2 March at a farmhouse."
    assert background(old, court=True, when=event_date(old, PUBLISHED), published=PUBLISHED)
    fresh = "Police arrested two more suspects on Monday."
    assert not background(fresh, court=True, when=event_date(fresh, PUBLISHED), published=PUBLISHED)
    assert not background("Two suspects have been captured by the army.", court=True, published=PUBLISHED, lead=True)


@pytest.mark.parametrize("text, want", [
    ("Hundreds of residents gathered in the square to mark five years since the ferry disaster.", True),
    ("About 200 people held a candlelight vigil in the park to remember the victims of the fire.", True),
    ("Hundreds gathered to mark the anniversary of the massacre and demanded justice for the victims.", False),
    ("Gunmen opened fire on a funeral procession, killing four mourners.", False),
])
def test_a_commemoration_with_no_cause_pressed_is_no_demonstration(text, want):
    assert commemoration(text) is want


LONG_STORY = (
    "DODOMA, Tanzania -- Soldiers clashed with armed herders near the town of Kondoa on Monday, killing six of "
    "them, the regional police commander said. The fighting began when the herders drove cattle onto a farm "
    "guarded by the army, he said. "
    "In recent weeks, raids on farms around Kiteto have killed 12 people. "
    "In Chemba, elderly farmers recalled how raiders burned their huts and killed two boys. "
    "Mwajuma Said, a farmer whose field was trampled, grew up in the district and joined a women's cooperative "
    "there as a teenager, long before the herders came. "
    "Older residents recalled how a cattle raid on the same farms had left two boys dead when they were young. "
    "In recent months, disputes over grazing land have killed more than 40 people across the central region, "
    "according to a local rights group. "
    "The district council has promised to mark out new grazing routes, but residents say little has changed. "
    "Herders accuse farmers of blocking the old cattle paths, while farmers accuse herders of letting their "
    "animals destroy crops. Both sides say the government has ignored their complaints for years. "
    "The regional commissioner, who visited the farms on Tuesday, said troops would patrol the grazing routes "
    "at night and that both sides had been invited to a meeting at the district offices next week. "
    "Similar disputes have flared for decades in the central and northern regions as herds grow and farms "
    "spread onto land once left for grazing. "
    "Officials in the capital say a new land-use plan will be presented to parliament later this year, and "
    "that the army will stay in Kondoa until the plan is in place. Farmers' groups say they will wait and see "
    "whether the plan gives them title to the land they have worked for generations."
)


def test_a_long_story_codes_its_news_and_not_its_background(gz):
    assert len(LONG_STORY) > 1500
    events = code_article(art(LONG_STORY), gz).events
    assert [(e.event_date, e.event_type) for e in events] == [(dt.date(2024, 5, 6), "Battles")]


def test_a_paragraph_the_splitter_could_not_cut_is_not_judged_as_one_sentence():
    para = ("kampala: mobs burned shops in two markets on sunday. police opened fire on the rioters. over the past "
            "four days the violence has killed 40 people across the region.")
    assert not background(para)
    assert background("over the past four days the violence has killed 40 people across the region.")


def test_the_launch_of_an_offensive_recalled_days_later_is_background():
    """A campaign's start told in a story about something else, days on (codebook 1.2, 1.5); told within the days
    of its start, or in the story's first sentence, it is the news."""
    text = "The army launched a ground offensive into the hill district on Friday to drive out the rebels."
    later = dt.date(2024, 5, 8)  # Wednesday: five days on
    assert background(text, when=event_date(text, later), published=later)
    next_day = dt.date(2024, 5, 4)
    assert not background(text, when=event_date(text, next_day), published=next_day)
    assert not background(text, when=event_date(text, later), published=later, lead=True)
