"""extraction.truecase: lower-cased and all-caps archives read as if their case had been kept (sentences
written for these tests)."""
import datetime as dt

import pytest

from eventdesk.events import code_article
from eventdesk.extraction.sentences import split_sentences
from eventdesk.extraction.truecase import caseless, common, restore
from eventdesk.geo.gazetteer import Gazetteer
from eventdesk.records import Article

LOWER = ("nagpur: a mob set fire to a bus and two shops near the cotton market on tuesday night. the police "
         "fired six rounds to disperse the crowd, and two men were killed in the firing, officials said. "
         "curfew was imposed in the old city and in parts of amravati.")


@pytest.fixture(scope="module")
def gz():
    return Gazetteer.load()


def art(text, published="2024-05-08"):
    return Article(id="tc-1", origin="test", content_hash="0" * 64,
                   ingested_at=dt.datetime(2024, 5, 9, tzinfo=dt.timezone.utc), text=text,
                   published_at=dt.date.fromisoformat(published), source="Example Daily")


def test_caseless_text_is_told_from_text_with_case():
    assert caseless(LOWER) == "lower"
    assert caseless(LOWER.upper()) == "upper"
    assert caseless("Nagpur: A mob set fire to a bus near the Cotton Market on Tuesday, the police said.") is None
    # a share bar or an outlet's header in capitals does not make a lower-cased story look cased
    assert caseless("Share This Story\n\n" + LOWER + "\nFacebook Twitter Mail") == "lower"
    assert caseless("too short to say") is None


def test_restored_text_keeps_every_offset(gz):
    for text in (LOWER, LOWER.upper(), "Straße: " + LOWER):
        out = restore(text, gz)
        assert len(out) == len(text) and out.lower() == text.lower()


def test_sentence_starts_dateline_days_and_places_get_their_capitals(gz):
    out = restore(LOWER, gz)
    assert out.startswith("Nagpur: ")
    assert "Tuesday" in out and "Amravati" in out
    assert ". The police fired" in out and ", officials said. Curfew" in out
    # common words stay as they are, even where a town somewhere bears the name
    assert " a bus and two shops" in out and "cotton market" in out and " the crowd" in out


def test_a_dateline_glued_to_its_story_is_a_dateline(gz):
    """ "nagpur:a mob ...": an archive that lost the space after the colon still opens with a dateline, and the
    story's first word starts a sentence."""
    out = restore("This story is from May 8, 2024\n\n" + LOWER.replace("nagpur: ", "nagpur:"), gz)
    assert "\nNagpur:A mob set fire" in out
    assert restore("the total came to 12:the rest of the numbers were read out to the meeting by the clerk on monday "
                   "evening.", gz).startswith("The total came to 12:the rest")


def test_ambiguous_months_only_beside_a_number(gz):
    text = ("the march was called off by the organisers, who may try again. the rally of march 15 went ahead in "
            "pune and another is planned for 2 may, a spokesman said on monday in a statement to reporters.")
    out = restore(text, gz)
    assert "The march was called off" in out and "who may try" in out
    assert "March 15" in out and "2 May" in out and "Pune" in out


def test_all_caps_text_is_restored_like_lower_case(gz):
    out = restore(LOWER.upper(), gz)
    assert out.startswith("Nagpur: A mob set fire") and "Tuesday" in out and "Amravati" in out


def test_text_with_case_is_left_alone(gz):
    text = "Nagpur: A mob set fire to a bus near the market on Tuesday night, the police said, and fled."
    assert restore(text, gz) is text


def test_common_words_are_known_with_their_inflections():
    assert common("fired") == "other" and common("shops") in ("other", "noun")
    assert common("amravati") is None


def test_a_lower_cased_report_splits_into_sentences_once_restored(gz):
    assert len(split_sentences(LOWER)) == 1
    assert len(split_sentences(restore(LOWER, gz))) == 3


def test_a_lower_cased_riot_with_police_firing_is_coded_like_the_cased_one(gz):
    cased = ("Nagpur: A mob set fire to a bus and two shops near the cotton market on Tuesday night. The police "
             "fired six rounds to disperse the crowd, and two men were killed in the firing, officials said.")
    a, b = code_article(art(cased), gz), code_article(art(cased.lower()), gz)
    assert [(e.event_type, e.location, e.fatalities, e.event_date) for e in b.events] == \
        [(e.event_type, e.location, e.fatalities, e.event_date) for e in a.events]
    assert b.events and b.events[0].location == "Nagpur" and b.events[0].fatalities == 2
    # the mentions quote the article as published, lower case included
    assert b.mentions and all(m.sentence == m.sentence.lower() == cased.lower()[m.start:m.end] for m in b.mentions)


def test_arrests_in_a_lower_cased_report_are_arrests(gz):
    for text in ("jaipur: about 40 party workers were taken into custody on sunday for defying prohibitory "
                 "orders near the district office.",
                 "jaipur: a local leader of the party was picked up by the police from his home on sunday night."):
        coded = code_article(art(text), gz)
        assert [e.sub_event_type for e in coded.events] == ["Arrests"], text
        assert coded.events[0].location == "Jaipur"


def test_pronouns_plurals_and_nouns_after_a_determiner_stay_common(gz):
    text = ("the villagers told us they came by car to the capital, where the rivers had flooded the bath house. "
            "officials in new delhi and in uttar pradesh said so on monday.")
    out = restore(text, gz)
    assert "told us they came by car to the capital, where the rivers" in out
    assert "New Delhi" in out and "Uttar Pradesh" in out and "Monday" in out


def test_a_full_stop_that_lost_its_space_still_starts_a_sentence(gz):
    """'the shop.the mob': an archive that dropped the space after a stop still ends a sentence there, so the
    negation of the next sentence ('was not present') does not fall on the attack; a web address is no sentence end."""
    text = ("sangli: a gang of youths attacked a tea stall near the bus stand on monday.the owner was not present "
            "when it happened, and the report is on www.example.com and example.org/news today.")
    restored = restore(text, gz)
    assert "monday.The owner" in restored.replace("Monday", "monday")
    assert "www.example.com" in restored and "example.org/news" in restored
    assert [s.text.split()[0] for s in split_sentences(restored)] == ["Sangli:", "The"]
