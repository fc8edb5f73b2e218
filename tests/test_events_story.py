"""events.story: how a story tells its events (headlines, datelines, history), on sentences written for these tests."""
import datetime as dt
import re
from pathlib import Path

from eventdesk.events import story
from eventdesk.text.lexicon import terms


def test_headlines_and_captions_are_told_apart_from_sentences():
    assert story.headline("Farmers Block Highway Over Fuel Prices")
    assert story.headline("Farmers block highway over fuel prices", first=True)
    assert not story.headline("Farmers blocked the highway near Elmley on Monday over fuel prices.")


def test_a_dateline_is_cut_before_the_sentence_is_dated():
    text = "ELMLEY, Mar 3 (Wire) - Traders closed their shops on Tuesday."
    assert story.past_dateline_text(text) == "Traders closed their shops on Tuesday."
    assert story.past_dateline_text("Traders closed their shops.") == "Traders closed their shops."


def test_a_day_first_dateline_and_a_lower_case_one_are_cut_too():
    """The one dateline reader (geo.dateline): "Elmley, 12 Mar 2024 (Wire) -" dates the filing, and so does an
    archive's "elmley:"; the sentence's own "on Sunday" is the event's day."""
    published = dt.date(2024, 3, 12)
    text = "Elmley, 12 Mar 2024 (Wire) - Two traders were robbed on Sunday near the market."
    assert story.past_dateline_text(text).startswith("Two traders")
    assert story.main_date(text, published).date == dt.date(2024, 3, 10)
    assert story.past_dateline_text("elmley: two traders were robbed on sunday.") == "two traders were robbed on sunday."


def test_a_past_year_or_an_old_date_is_history():
    published = dt.date(2024, 6, 1)
    assert story.told_as_history("In 2019, riots spread through the old town.", published)
    assert not story.told_as_history("Riots spread through the old town on Friday.", published)


def test_every_cue_kind_the_events_modules_use_is_in_the_term_file():
    kinds = {t.kind for t in terms("event_cues")}
    for name in ("story", "placing", "rows"):
        text = Path(story.__file__).with_name(f"{name}.py").read_text(encoding="utf-8")
        used = set(re.findall(r"cue\('(\w+)'\)", text))
        assert used and used <= kinds, (name, used - kinds)


def test_a_list_of_links_to_related_stories_is_no_report():
    """A page's "Related stories" block strings other stories' titles together: none of them is this report."""
    assert story.headline("Related stories: two buses burnt near the depot, curfew lifted in the old quarter")
    assert story.headline("Related articles farmers block the highway for a third day")
    assert story.headline("Also read: police fire on a crowd outside the mill")
    assert not story.headline("Related groups blocked the highway near Elmley on Monday.")
    assert not story.headline("Two buses were burnt near the depot on Monday.")
