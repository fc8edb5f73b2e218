"""Full-length news, one rule a test: running tallies, the writer speaking to the reader, the present described,
an event referred to by its day, and tolls that belong to the incident of their own sentence. Every sentence here
is invented for these tests (places are real, events are not)."""
from __future__ import annotations

import datetime as dt

import pytest

from eventdesk.events import code_article
from eventdesk.events.story import background, main_date
from eventdesk.geo.gazetteer import Gazetteer
from eventdesk.records import Article

PUBLISHED = dt.date(2024, 5, 8)  # a Wednesday

# A closing paragraph with no incident in it, so that each story below is long news (over story.SHORT).
CLOSE = (
    "Aid agencies say the region's roads are in poor repair and that the rains will soon cut off the northern "
    "districts. The governor has asked the capital for more money to rebuild bridges and schools, and a donor "
    "conference is planned for the autumn. Traders in the market towns say prices of grain and fuel have doubled "
    "since the start of the year, and that many families now eat one meal a day. Diplomats in the capital expect "
    "talks between the government and the armed groups to resume after the rainy season, though neither side has "
    "named its negotiators. Teachers' unions have warned that hundreds of schools may stay shut for another term "
    "unless salaries are paid. The national electoral commission says it will publish a new voter roll before the "
    "end of the year, and opposition parties have promised to contest every seat in the northern districts. A new bridge over the river, "
    "begun three years ago with foreign loans, is still unfinished, and the contractor says it is owed months of "
    "payments. Farmers hope the rains will be better than last year's, when half the harvest was lost to drought. "
    "Health workers report more cases of malaria than usual for the season, and the main hospital in the regional "
    "capital has asked for more beds, nurses and medicines before the rains begin."
)


@pytest.fixture(scope="module")
def gz():
    return Gazetteer.load()


def art(text, aid="ln-1"):
    return Article(id=aid, origin="test", content_hash="0" * 64, text=text, published_at=PUBLISHED, title=None,
                   ingested_at=dt.datetime(2024, 5, 9, tzinfo=dt.timezone.utc), source="Example Daily")


def bg(text: str) -> bool:
    return background(text, when=main_date(text, PUBLISHED), published=PUBLISHED)


def test_a_toll_over_days_with_no_day_of_its_own_is_a_tally():
    assert bg("At least 150 civilians were killed in army air strikes on the province in four days last week.")
    # the day's incident told beside a span stays news
    assert not bg("Militants killed five villagers near Mopti on Sunday, the third such attack in the past few weeks.")


def test_a_perfect_toll_since_a_start_is_a_running_tally():
    assert bg("More than 300 people have been killed since the siege of the town began in March.")
    # "since" without a toll is no tally: a town held since a year is the setting of the news
    assert not bg("The town, held by the rebels since 2015, has been captured by the army.")


def test_a_count_of_targets_told_in_the_perfect_since_a_start_is_a_tally():
    assert bg("Four schools have been shelled since Wednesday in the encircled quarter, teachers said.")
    assert not bg("Gunmen bombed a clinic in the besieged district on Sunday night, doctors said.")


def test_an_undated_sentence_set_in_a_named_past_period_is_history():
    assert bg("During the civil war, villagers were lined up and executed by the militia.")
    assert not bg("During the protest on Tuesday, police shot two students near Mopti.")


def test_the_writer_speaking_to_the_reader_is_commentary():
    assert bg("As you read this, the hill villages are being bombed by the army.")
    assert bg("You may ask what made farmers block the highway last weekend; here is the answer.")
    assert not bg("Farmers blocked the highway near Mopti on Sunday.")


def test_the_present_described_against_the_past_is_no_report():
    assert bg("Today, the old market is the target of daily shelling by the army.")
    assert bg("Nowadays, the valley remains the front line between the militias.")
    assert bg("Today, the monitors mainly record shelling and air strikes on the hill villages.")
    assert not bg("Today, soldiers shelled the old market, killing three traders.")
    assert not bg("Today, police mostly arrested students outside the university.")


def test_an_event_named_by_its_day_as_the_object_of_a_reaction_was_told_before():
    assert bg("An official said the rebels were responsible for Thursday's mortar attack, which killed nine people.")
    assert bg("Western governments condemned Sunday's bombing of the hospital.")
    # a protest against the attack is itself news
    assert not bg("Hundreds of students protested in the capital against Saturday's bombing of the hospital.")


def test_a_long_story_codes_its_news_not_its_tallies_commentary_or_referrals(gz):
    story = (
        "Armed men attacked a bus near Mopti on Tuesday, killing four passengers, the regional governor said. "
        "The gunmen stopped the bus on the road to Djenne and opened fire, the governor said. "
        "The government has blamed the militants for Saturday's ambush of an army convoy, which killed 11 soldiers. "
        "More than 600 people have been killed since the militants began their campaign in the region. "
        "At least 90 civilians were killed in attacks on villages in the province over three weeks last month. "
        "You may ask what makes the road matter so much: it carries most of the region's grain. "
        "Today, the road is the most dangerous in the country, drivers say. "
        + CLOSE)
    assert len(story) > 1500
    events = code_article(art(story), gz).events
    assert [(e.event_date, e.fatalities) for e in events] == [(dt.date(2024, 5, 7), 4)]


def test_a_toll_belongs_to_the_incident_of_its_own_sentence(gz):
    """A day's tally told before the incident ("medics said 52 people died on Tuesday") is not the incident's own dead
    when the sentence that places the incident gives them."""
    story = (
        "Air strikes pounded rebel-held districts across the province on Tuesday. "
        "Medics said 52 people died on Tuesday, and a monitor put the toll for the three days at 140. "
        "Rebels responded by firing rockets into Mopti, killing seven people, according to the monitor. "
        + CLOSE)
    events = code_article(art(story, "ln-2"), gz).events
    mopti = [e for e in events if e.location == "Mopti"]
    assert mopti and mopti[0].fatalities == 7


def test_deaths_told_in_the_perfect_are_counted(gz):
    story = (
        "A peacekeeper serving with the United Nations mission has died in a roadside bomb blast near Mopti, the "
        "mission said on Tuesday. Three of its engineers had been killed in a similar blast in the same district, "
        "officials said. " + CLOSE)
    events = code_article(art(story, "ln-3"), gz).events
    assert events and events[0].fatalities >= 1


def test_deep_in_a_long_story_an_event_more_than_a_week_old_is_background():
    from eventdesk.events.story import LEAD, stale
    ten_days_back = main_date("Militants attacked a bus near Mopti on 28 April.", PUBLISHED)
    three_days_back = main_date("Militants attacked a bus near Mopti on Sunday.", PUBLISHED)
    assert stale(LEAD + 3, ten_days_back, PUBLISHED)
    assert not stale(LEAD + 3, three_days_back, PUBLISHED)
    assert not stale(0, ten_days_back, PUBLISHED)  # the lead may recall what a follow-up story is about


def test_deep_in_a_long_story_an_event_of_last_week_is_background():
    """Published on a Wednesday, "last week" is the Wednesday a week back at time_precision 2: its own report came
    out that week, and a follow-up recalls it; "earlier this week" is the week's news."""
    from eventdesk.events.story import LEAD, stale
    last_week = main_date("Unconfirmed reports say a dozen mercenaries died last week in a skirmish near Gao.", PUBLISHED)
    this_week = main_date("Gunmen burned a grain store near Gao earlier this week.", PUBLISHED)
    assert last_week.time_precision == 2 and stale(LEAD + 5, last_week, PUBLISHED)
    assert not stale(LEAD + 5, this_week, PUBLISHED)
    assert not stale(1, last_week, PUBLISHED)  # a lead may be about last week's event


def test_a_toll_summed_over_several_incidents_in_places_not_told_is_no_event(gz):
    from eventdesk.events.story import sums_many
    assert sums_many("Seven aid workers died in three ambushes in Chad on Sunday, along with 4 drivers.")
    assert sums_many("Two car bombs went off in the capital, killing 9.")
    assert not sums_many("A mine killed two herders, the latest in a run of three blasts on that road.")
    assert not sums_many("Seven aid workers died in an ambush in Chad on Sunday.")
    summed = "Seven aid workers were shot dead in two ambushes in Chad on Sunday. " + CLOSE + " " + CLOSE
    assert not code_article(art(summed, "ln-sum-1"), gz).events
    one = "Seven aid workers died in an ambush near Abéché, in eastern Chad, on Sunday. " + CLOSE + " " + CLOSE
    assert code_article(art(one, "ln-sum-2"), gz).events


def test_how_far_a_campaign_has_got_told_in_the_perfect_is_no_incident():
    assert bg("Government troops have all but crushed the revolt in the northern hills.")
    assert bg("The militia has steadily pushed the rebels out of the river towns.")
    assert not bg("Government troops crushed a revolt in the northern hills on Monday.")


def test_an_incident_weeks_old_told_after_the_day_s_news_is_background(gz):
    news = "Gunmen stormed a police post near Maiduguri on Monday, killing three officers, local officials said. "
    recalled = "The governor said the same gang had ambushed a convoy near Monguno three weeks ago. "
    events = code_article(art(news + recalled + CLOSE + " " + CLOSE, "ln-old-1"), gz).events
    assert [e.location for e in events] == ["Maiduguri"]
    # a story led by the older event (a follow-up on it) still codes it
    events = code_article(art(recalled + CLOSE + " " + CLOSE, "ln-old-2"), gz).events
    assert [e.location for e in events] == ["Monguno"]


def test_a_funeral_told_in_the_passive_reports_the_dead_of_an_event_told_before(gz):
    news = "Gunmen stormed a police post near Maiduguri on Monday, killing three officers, local officials said. "
    funeral = "Funerals were held on Tuesday in Maiduguri for the three officers killed in the attack. "
    events = code_article(art(news + funeral + CLOSE + " " + CLOSE, "ln-fun-1"), gz).events
    assert [(e.event_date.isoformat(), e.fatalities) for e in events] == [("2024-05-06", 3)]


def test_tallies_over_a_decade_or_since_a_month_are_background():
    assert bg("The gang has killed more than 200 herders in the valley over the past decade.")
    assert bg("Police have detained 35 suspects over a wave of robberies since February.")
    assert bg("Troops have cleared nine villages of militants since 2022.")
    assert not bg("Police detained 35 suspects in a raid on Monday.")


def test_the_news_related_in_time_or_rank_to_earlier_incidents_is_background():
    assert bg("The ambush came three days after bandits shot dead six traders on the road to Katsina.")
    assert bg("It was the fourth raid on the village this year, after gunmen burned its granary on 2 March.")
    assert bg("Medics said 15 people had died in air strikes on the district in the past week.")
    # a reaction or a decision as the news: what it came after is its background
    assert bg("The announcement on Friday came after at least 40 people were killed in the hill district despite a "
              "truce that the envoys had agreed.")
    assert bg("The decision came two days after herders and farmers clashed along the river.")
    # the news itself, or one incident dated to the week, stays
    assert not bg("Bandits shot dead six traders on the road to Katsina on Sunday, shortly after dawn.")
    assert not bg("Fifteen people died in an air strike on the district last week, medics said.")


def test_a_crime_named_as_a_charge_gives_neither_the_day_nor_the_dead_nor_the_type(gz):
    from eventdesk.extraction.quantities import fatalities
    s = "Police in Multan said on Tuesday they had detained a driver suspected of killing a shopkeeper there last month."
    assert main_date(s, PUBLISHED).date == dt.date(2024, 5, 7)  # the telling, not last month
    assert fatalities(s) == 0
    assert fatalities("Three men convicted of murdering two tourists were freed on Monday.") == 0
    court = ("A judge in Mombasa on Monday jailed three men for their part in the 2020 raid on a bank in which "
             "nine guards died. ") + CLOSE + " " + CLOSE
    assert all(e.sub_event_type not in ("Mob violence", "Attack", "Armed clash") for e in code_article(art(court, "ln-ch-1"), gz).events)


def test_a_day_that_is_only_the_telling_gives_way_to_the_event_s_own_day(gz):
    story = ("A Dutch engineer has been killed in Niger, his employer said on Wednesday. He died when the lorry he was "
             "driving in hit a mine near Tillabéri on Monday. ") + CLOSE + " " + CLOSE
    events = code_article(art(story, "ln-told-1"), gz).events
    assert [e.event_date for e in events] == [dt.date(2024, 5, 6)]
    # a day weeks before the telling is another, older event: the telling day stays
    story = ("Police in Kano said on Wednesday they had detained a youth suspected of stabbing a trader there last month. "
             "The trader was shot dead outside his shop in Kano on 2 April. ") + CLOSE + " " + CLOSE
    assert [(e.event_date, e.fatalities) for e in code_article(art(story, "ln-told-2"), gz).events] == [(dt.date(2024, 5, 8), 0)]


def test_dead_counted_in_the_perfect_over_plural_incidents_are_a_tally():
    assert bg("At least 45 herders have been killed in similar raids in the district this month.")
    assert not bg("At least 45 herders were killed in a raid on the district on Friday.")


def test_an_earlier_incident_set_after_the_news_does_not_type_it(gz):
    from eventdesk.events.story import without_charges
    s = "Farmers blocked the highway near Eldoret on Monday, two years after police shot dead four of them at a sit-in."
    assert "shot" not in without_charges(s) and "blocked the highway" in without_charges(s)
    story = s + " " + CLOSE + " " + CLOSE
    assert [e.event_type for e in code_article(art(story, "ln-after-1"), gz).events] == ["Protests"]


def test_testimony_to_a_court_is_evidence_about_an_old_event():
    assert bg("A former guard told a tribunal in Arusha on Monday how militiamen burned a church in the hills.")
    assert bg("The jury heard that the accused stabbed two guards at the depot.")
    # a witness telling a reporter what happened is how news is told
    assert not bg("Villagers told reporters how gunmen stormed the market near Gao on Sunday.")
