"""The date forms the coder's readers share (eventdesk.text.dateforms): what they match and what they leave."""
from __future__ import annotations

import re

import pytest

from eventdesk.text.dateforms import DAY, FULL_MONTH, MONTH, YEAR, month_number, year_after


@pytest.mark.parametrize("spelling, number", [("January", 1), ("Sept.", 9), ("Sep", 9), ("sept", 9), ("Dec", 12),
                                              ("May", 5), ("March", 3)])
def test_every_spelling_names_its_month(spelling, number):
    assert month_number(spelling) == number


def test_a_word_that_is_no_month_is_refused():
    with pytest.raises(KeyError):
        month_number("Mayday")


def test_month_names_are_capitalised_only():
    """'may' the verb and 'march' the noun are no months; 'Sept.' keeps its dot."""
    month = re.compile(rf"\b{MONTH}")
    assert month.match("Sept. 4").group(0) == "Sept."
    assert not month.search("they may march on Friday")
    assert re.fullmatch(FULL_MONTH, "November") and not re.fullmatch(FULL_MONTH, "Nov")


@pytest.mark.parametrize("text, ok", [("1", True), ("09", True), ("31st", True), ("3rd", True), ("32", False), ("0", False)])
def test_a_day_of_the_month_is_1_to_31(text, ok):
    assert bool(re.fullmatch(DAY, text)) is ok


def test_the_year_after_a_day_is_optional_and_may_follow_a_comma():
    form = re.compile(rf"{MONTH}\s+{DAY}{year_after()}")
    assert form.fullmatch("May 12, 2024") and form.fullmatch("May 12 1999") and form.fullmatch("May 12")
    assert not re.fullmatch(YEAR, "2150")
    any_year = year_after(r"(?P<y>\d{4})")
    assert re.fullmatch(rf"12\s+{MONTH}{any_year}", "12 May 2150").group("y") == "2150"
