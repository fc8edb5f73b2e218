"""ACLED's own annotations are read for ACLED notes, and only for them: the same text coded as news ignores them."""
import datetime as dt

import pytest

from eventdesk import acled_notes
from eventdesk.events import code_article
from eventdesk.geo import Gazetteer, locate
from eventdesk.records import Article


@pytest.fixture(scope="module")
def gz():
    return Gazetteer.load()


def art(text):
    return Article(id="n-1", origin="test", content_hash="0" * 64, ingested_at=dt.datetime(2024, 5, 9, tzinfo=dt.timezone.utc),
                   text=text, published_at=dt.date(2024, 5, 8), source="Example Daily")


def test_fatalities_coded_as_wins_for_a_note_and_is_ignored_in_news(gz):
    assert acled_notes.fatalities_coded("Gunmen raided the depot. Several died. Unknown fatalities coded as 10.") == 10
    assert acled_notes.fatalities_coded("Deaths were estimated at twelve by the clinic.") == 12
    assert acled_notes.fatalities_coded("Gunmen raided the depot and killed two guards.") is None
    text = "On 6 May 2024, gunmen attacked a police post in Sagamu, Ogun, killing two officers (fatalities coded as 5)."
    [note] = code_article(art(text), gz, notes="acled").events
    [news] = code_article(art(text), gz).events
    assert note.fatalities == 5 and news.fatalities == 2


def test_coded_to_place_is_read_only_for_notes(gz):
    text = "Gunmen abducted two farmers in Qwertyvillage (Lubero, Nord-Kivu) [coded to Butembo]."
    assert locate(text, gz, acled_notes=True).location == "Butembo"
    assert locate(text, gz).location != "Butembo"
    assert acled_notes.coded_location(text, gz).location == "Butembo"


def test_coded_separately_is_read_only_for_notes(gz):
    text = "Soldiers clashed with rebels in Butembo (Lubero, Nord-Kivu) and Oicha (coded separately)."
    assert acled_notes.coded_elsewhere(text)
    assert not acled_notes.coded_elsewhere("Soldiers clashed with rebels in Butembo and later in Oicha.")
    assert locate(text, gz, acled_notes=True).location == "Butembo"


def test_an_unknown_kind_of_notes_is_a_clear_error(gz):
    with pytest.raises(ValueError, match="unknown notes kind 'gdelt'"):
        code_article(art("Protesters marched in Nairobi on Monday."), gz, notes="gdelt")
