"""Event dates and ACLED time_precision on invented sentences."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventdesk.extraction.dates import event_date, find_dates

PUB = dt.date(2022, 3, 16)  # a Wednesday


def _ed(text: str, pub: dt.date | None = PUB):
    m = event_date(text, pub)
    return (m.date, m.time_precision) if m else None


@pytest.mark.parametrize("text, want", [
    ("On 26 February 2022, workers gathered in the square.", dt.date(2022, 2, 26)),
    ("On February 26, 2022 workers gathered.", dt.date(2022, 2, 26)),
    ("The rally took place on 2022-02-26 in the capital.", dt.date(2022, 2, 26)),
    ("Residents protested on 26/02/2022 outside the town hall.", dt.date(2022, 2, 26)),
    ("Residents protested on 02/26/2022 outside city hall.", dt.date(2022, 2, 26)),
    ("Farmers marched on the 3rd of March 2022.", dt.date(2022, 3, 3)),
])
def test_explicit_dates_resolve(text, want):
    assert _ed(text) == (want, 1)


def test_us_context_reads_numeric_dates_month_first():
    assert _ed("In Ohio, nurses rallied on 03/02/2022.")[0] == dt.date(2022, 3, 2)
    assert _ed("In Lyon, nurses rallied on 03/02/2022.")[0] == dt.date(2022, 2, 3)


def test_yearless_date_is_latest_not_after_publication():
    assert _ed("Students walked out on August 30.", dt.date(2019, 9, 2))[0] == dt.date(2019, 8, 30)
    assert _ed("Students walked out on 30 December.", dt.date(2022, 1, 5))[0] == dt.date(2021, 12, 30)


def test_yearless_date_in_coming_weeks_is_future_and_excluded():
    assert find_dates("The vote on June 9 is expected to be close.", dt.date(2022, 6, 1)) == []


def test_weekday_is_the_most_recent_such_day():
    assert _ed("On Tuesday, teachers went on strike.") == (dt.date(2022, 3, 15), 1)
    assert _ed("On Sunday night, youths burned tyres.") == (dt.date(2022, 3, 13), 1)
    # written on a Wednesday: "on Wednesday" is that day, "last Wednesday" the week before
    assert _ed("On Wednesday, teachers went on strike.") == (dt.date(2022, 3, 16), 1)
    assert _ed("Last Wednesday, teachers went on strike.") == (dt.date(2022, 3, 9), 1)


def test_march_the_noun_is_not_a_month():
    assert _ed("Activists held a march on Sunday in the capital.") == (dt.date(2022, 3, 13), 1)
    assert [m.surface for m in find_dates("They may march again soon.", PUB)] == []


@pytest.mark.parametrize("text, want", [
    ("Yesterday, drivers blocked the road.", (dt.date(2022, 3, 15), 1)),
    ("Police said the crowd dispersed last night.", (dt.date(2022, 3, 15), 1)),
    ("Hundreds gathered today in the square.", (dt.date(2022, 3, 16), 1)),
    ("Two days ago, miners staged a sit-in.", (dt.date(2022, 3, 14), 1)),
    ("Protests took place last week in the city.", (dt.date(2022, 3, 9), 2)),
    ("Protests took place last weekend.", (dt.date(2022, 3, 12), 2)),
    ("Earlier this week, nurses picketed the hospital.", (dt.date(2022, 3, 14), 2)),
    ("In January, pensioners protested twice.", (dt.date(2022, 1, 15), 3)),
    ("At the end of January, pensioners protested.", (dt.date(2022, 1, 31), 3)),
    ("In early February 2022, pensioners protested.", (dt.date(2022, 2, 1), 3)),
])
def test_relative_and_vague_dates(text, want):
    assert _ed(text) == want


def test_around_and_acled_qualifiers_set_precision():
    assert _ed("Around 18 February 2022 (as reported), a man was killed.") == (dt.date(2022, 2, 18), 2)
    assert _ed("Around 15 February 2022 (month of), raids took place.") == (dt.date(2022, 2, 15), 3)
    assert _ed("Around 4 March 2022 (between 2 - 6 March), troops clashed.") == (dt.date(2022, 3, 4), 2)
    assert _ed("Around 4 March 2022 (between 20 February - 10 March), troops clashed.") == (dt.date(2022, 3, 4), 3)


def test_range_gives_first_day():
    assert _ed("Between 2 and 4 March, dockers struck.") == (dt.date(2022, 3, 2), 1)


@pytest.mark.parametrize("text", [
    "The party was founded in 1993 and has protested since.",
    "A 26-year-old man and his friend, aged 30, were at the scene at 10:30.",
    "The activist, born on 5 May 1990, spoke to reporters.",
    "The deadline expires on 30 April 2022.",
    "Unions will hold a rally on Saturday.",
    "The strike is planned for 30 March 2022.",
])
def test_non_event_dates_are_ignored(text):
    assert find_dates(text, PUB) == []


def test_without_publication_date_only_explicit_dates_resolve():
    assert _ed("On Tuesday, teachers went on strike.", None) is None
    assert _ed("On 26 February 2022, teachers went on strike.", None) == (dt.date(2022, 2, 26), 1)


def test_first_mention_in_text_order_wins():
    text = "On 24 April 2022, the body of a trader was found. He was kidnapped on 17 April 2022."
    assert _ed(text, dt.date(2022, 5, 1))[0] == dt.date(2022, 4, 24)
    assert [m.date.day for m in find_dates(text, dt.date(2022, 5, 1))] == [24, 17]


EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval" / "acled_dev"


@pytest.mark.eval
@pytest.mark.skipif(not EVAL.exists(), reason="../shared/eval/acled_dev is absent")
def test_acled_dev_event_dates_sample():
    import csv
    import json
    arts = {}
    with open(EVAL / "articles.jsonl", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= 400:
                break
            a = json.loads(line)
            arts[a["id"]] = a
    hits = n = 0
    with open(EVAL / "gold.csv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            a = arts.get(r["article_id"])
            if not a:
                continue
            m = event_date(a["text"], dt.date.fromisoformat(a["published_at"][:10]))
            n += 1
            hits += m is not None and m.date.isoformat() == r["event_date"][:10]
    assert n and hits / n >= 0.95


def test_a_month_abbreviation_must_be_a_whole_word():
    assert event_date("The first blast struck an office in Mardan district.", dt.date(2024, 5, 8)) is None
    assert event_date("Protests were held in Mar. 2024.", dt.date(2024, 5, 8)).date.month == 3


@pytest.mark.parametrize("text, want", [
    # ACLED codes "end/beginning of the month" to its last/first day, precision 3
    ("Insurgents seized the town late last month.", (dt.date(2022, 2, 28), 3)),
    ("The group took the village early last month.", (dt.date(2022, 2, 1), 3)),
    ("The base was overrun at the end of last month.", (dt.date(2022, 2, 28), 3)),
    ("Fighting broke out last month.", (dt.date(2022, 2, 15), 3)),
    # "N weeks ago" is a week-level report (precision 2)
    ("Two weeks ago, gunmen raided the market.", (dt.date(2022, 3, 2), 2)),
    ("A week ago, students marched on the ministry.", (dt.date(2022, 3, 9), 2)),
])
def test_relative_month_parts_and_weeks_ago(text, want):
    assert _ed(text) == want


# ---- forms news and coders write (issue 14) ----

@pytest.mark.parametrize("text, want", [
    ("Dockworkers struck on Mar.3 over unpaid bonuses.", (dt.date(2022, 3, 3), 1)),  # no space after the dot
    ("Dockworkers struck on Mar 3 over unpaid bonuses.", (dt.date(2022, 3, 3), 1)),
    ("Dockworkers struck on 3 Mar. over unpaid bonuses.", (dt.date(2022, 3, 3), 1)),
    ("Nurses walked out on the 3rd of March at the clinic.", (dt.date(2022, 3, 3), 1)),
])
def test_abbreviated_months_with_or_without_space(text, want):
    assert _ed(text) == want


@pytest.mark.parametrize("text, want", [
    ("Herders clashed with farmers on the 12th, leaving two injured.", (dt.date(2022, 3, 12), 1)),
    # a day after the publication day is last month's
    ("The depot was looted on the 20th by a crowd.", (dt.date(2022, 2, 20), 1)),
    ("Miners rallied on the 2nd of last month.", (dt.date(2022, 2, 2), 1)),
])
def test_ordinal_day_alone(text, want):
    assert _ed(text) == want


@pytest.mark.parametrize("text", [
    "The office on the 12th floor was searched.",
    "Veterans gathered on the 5th anniversary of the ceasefire.",
])
def test_ordinal_before_a_noun_is_no_day(text):
    assert _ed(text) is None


def test_bare_day_month_follows_the_outlets_convention():
    from eventdesk.extraction.dates import day_order

    text = "Taxi drivers blocked the ring road on 02/03 to protest fuel prices."
    with day_order(month_first=False):
        assert _ed(text) == (dt.date(2022, 3, 2), 1)
    with day_order(month_first=True):
        assert _ed(text) == (dt.date(2022, 2, 3), 1)
    # without a known outlet, a US state named in the text says month first
    assert _ed("Taxi drivers in Ohio blocked the ring road on 02/03.") == (dt.date(2022, 2, 3), 1)
    assert _ed(text) == (dt.date(2022, 3, 2), 1)


@pytest.mark.parametrize("text", [
    "Two thirds, or 2/3 of the members, voted for the strike.",
    "The hotline runs 24/7 for victims.",
])
def test_fractions_are_no_dates(text):
    assert _ed(text) is None


def test_month_first_countries_come_from_the_term_file():
    from eventdesk.extraction.dates import month_first
    from eventdesk.geo.countries import country_by_name

    assert month_first(country_by_name("United States")) is True
    assert month_first(country_by_name("Philippines")) is True
    assert month_first(country_by_name("Kenya")) is False
    assert month_first(None) is None


@pytest.mark.parametrize("pub, text, want", [
    # a Saturday paper's "over the weekend" is the weekend under way, its "last weekend" the one before
    (dt.date(2022, 3, 19), "Youths burned tyres over the weekend.", dt.date(2022, 3, 19)),
    (dt.date(2022, 3, 20), "Youths burned tyres over the weekend.", dt.date(2022, 3, 19)),
    (dt.date(2022, 3, 19), "Youths burned tyres last weekend.", dt.date(2022, 3, 12)),
    (dt.date(2022, 3, 22), "Youths burned tyres over the weekend.", dt.date(2022, 3, 19)),
])
def test_weekend_relative_to_a_weekend_paper(pub, text, want):
    assert _ed(text, pub) == (want, 2)


def test_earlier_this_week():
    assert _ed("Earlier this week, students occupied the dean's office.") == (dt.date(2022, 3, 14), 2)


@pytest.mark.parametrize("text, want", [
    # the day something was said or announced gives way to the day of the event the sentence also names
    ("Police said on Tuesday that gunmen had killed two guards in Eldoret on Sunday.", (dt.date(2022, 3, 13), 1)),
    ("In a statement on Monday, the army said soldiers had shelled the village on Saturday.", (dt.date(2022, 3, 12), 1)),
    ("Gunmen killed two guards on Sunday, police said on Tuesday.", (dt.date(2022, 3, 13), 1)),
    # a span told before a day the sentence names: the day is the event's
    ("Over the past week the rebels have shelled the outskirts, and on Monday they stormed the airport.",
     (dt.date(2022, 3, 14), 1)),
    # a telling day alone still dates the sentence
    ("Officials said on Tuesday that the road was closed.", (dt.date(2022, 3, 15), 1)),
])
def test_a_telling_day_or_a_span_gives_way_to_the_events_own_day(text, want):
    assert _ed(text) == want


@pytest.mark.parametrize("text, want", [
    # a paper's report of an older event: the event's own month, not the day of the report
    ("A weekly reported on Monday that the smuggler was killed by a drone near the Libyan border in January.",
     (dt.date(2022, 1, 15), 3)),
    # the day news came out is no event's day: the source gives none
    ("Today it emerged that gunmen had ambushed a fuel convoy bound for Kidal.", None),
    ("It emerged on Tuesday that a lorry carrying seed to Gao had been set alight.", None),
    ("It was revealed on Tuesday that rebels burned a school in Gao on Saturday.", (dt.date(2022, 3, 12), 1)),
    # an ordinary telling day alone still dates the sentence
    ("Police said on Tuesday they had arrested five men.", (dt.date(2022, 3, 15), 1)),
])
def test_the_day_news_came_out_or_was_reported_is_not_the_events(text, want):
    assert _ed(text) == want


@pytest.mark.parametrize("text, want", [
    # "N months ago": that month, the publication's day of it, time_precision 3 (codebook 1.5)
    ("The trader says he was seized at a roadblock a month ago.", (dt.date(2022, 2, 16), 3)),
    ("Three months ago, herders burned the granary.", (dt.date(2021, 12, 16), 3)),
    ("The clinic was looted 4 months ago.", (dt.date(2021, 11, 16), 3)),
])
def test_months_ago(text, want):
    assert _ed(text) == want


@pytest.mark.parametrize("text, want", [
    # the day of a claim, a denial or a condemnation gives way to the event's own day
    ("The rebels claimed responsibility on Tuesday for an ambush that killed six guards on Sunday.", (dt.date(2022, 3, 13), 1)),
    ("The army denied on Monday that its troops had burned a village on Saturday.", (dt.date(2022, 3, 12), 1)),
    ("The union condemned on Tuesday the beating of strikers on Monday.", (dt.date(2022, 3, 14), 1)),
])
def test_a_claim_or_denial_day_is_no_event_day(text, want):
    assert _ed(text) == want


def test_a_remembered_text_is_read_again_under_another_day_order():
    # the memo is keyed by the day order in force: "03/04" is 4 March month first, 3 April day first
    from eventdesk.extraction.dates import day_order

    text = "Farmers blocked the highway on 03/04/2024 over crop prices."
    pub = dt.date(2024, 5, 1)
    with day_order(month_first=True):
        us = find_dates(text, pub)
    with day_order(month_first=False):
        eu = find_dates(text, pub)
    assert us[0].date == dt.date(2024, 3, 4) and eu[0].date == dt.date(2024, 4, 3)
    us.clear()  # a caller's list is its own
    with day_order(month_first=True):
        assert find_dates(text, pub)[0].date == dt.date(2024, 3, 4)


def test_a_telling_day_of_an_earlier_event_is_not_its_day():
    # codebook 1.5: "had been killed" happened before the day it was told; the day before, as a span (precision 2)
    pub = dt.date(2021, 6, 9)  # a Wednesday
    m = event_date("The ministry said on Wednesday that three of its border guards had been killed.", pub)
    assert (m.date, m.time_precision) == (dt.date(2021, 6, 8), 2)
    m = event_date("Rebel commanders on Wednesday announced that two of their men had died.", pub)
    assert (m.date, m.time_precision) == (dt.date(2021, 6, 8), 2)
    m = event_date("Rebel commanders on Wednesday announced they had taken the bridge.", pub)  # no deaths: the day stands
    assert (m.date, m.time_precision) == (pub, 1)
    # told in the simple past, or with a day of its own, the event keeps its day
    m = event_date("The ministry said on Wednesday that three guards were killed.", pub)
    assert (m.date, m.time_precision) == (pub, 1)
    m = event_date("The ministry said on Wednesday that three guards had been killed on Monday.", pub)
    assert (m.date, m.time_precision) == (dt.date(2021, 6, 7), 1)
    m = event_date("The ministry said on Wednesday it had to close the crossing.", pub)
    assert (m.date, m.time_precision) == (pub, 1)
