"""The forms of a written date, in one place: month names (data/lexicon/months.tsv), the day of the month, the
year and the year that may follow a day. extraction.dates reads event days with them, extraction.quantities
blanks dates before it reads counts ("Sept 17" is no toll), geo.dateline steps over the date a dateline carries.
Each reader builds its own shape from these pieces; the words come from the lexicon."""
from __future__ import annotations

import calendar

from .lexicon import alternation, terms

__all__ = ["MONTH_NAME", "MONTH", "FULL_MONTH", "MONTH_STEM", "ORDINAL", "DAY", "YEAR", "year_after", "month_number"]

# Capitalised only: "may" the verb and "march" the noun stay out. Full names before abbreviations, Sept before Sep.
MONTH_NAME = rf"(?:{alternation('months', 'name', 'abbrev')})"
MONTH = rf"{MONTH_NAME}\.?"  # "March", "Sept."
FULL_MONTH = alternation("months", "name")  # "January|...|December", as a bare alternation
MONTH_STEM = alternation("months", "stem")  # "Jan|Feb|...", each read with [a-z]* after it ("Aug", "August")
ORDINAL = r"(?:st|nd|rd|th)?"  # "3rd", "21st"
DAY = rf"(?:[12]\d|3[01]|0?[1-9]){ORDINAL}"  # a day of the month, 1 to 31
YEAR = r"(?:19|20)\d\d"


def year_after(year: str = YEAR) -> str:
    """The year a day may carry after it, comma or not: "12 May 2024", "May 12, 2024"."""
    return rf"(?:,?\s+{year})?"


# every spelling of months.tsv, lower-cased, to its month: an abbreviation is the start of its month's name
_NUMBER = {t.pattern.lower(): next(n for n in range(1, 13) if calendar.month_name[n].lower().startswith(t.pattern.lower()))
           for t in terms("months") if t.kind in ("name", "abbrev")}


def month_number(spelling: str) -> int:
    """1-12 for a month as MONTH matched it ("Sept." -> 9); KeyError for anything else."""
    return _NUMBER[spelling.rstrip(".").lower()]
