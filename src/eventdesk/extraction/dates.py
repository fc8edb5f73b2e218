"""Event dates and ACLED time_precision from English news text.

Regex only: this runs on every event passage, so patterns are compiled once and no
parser library is involved. Relative dates resolve against the publication date;
nothing ever resolves to a day after it (future events are not events yet).

time_precision follows ACLED (codebook §1.5): 1 exact day, 2 a week/weekend or an
"around <date>" report, 3 month only (mid-month, or first/last day for
"beginning/end of").
"""
from __future__ import annotations

import calendar
import datetime
import re
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from ..text import prefilter
from ..text.dateforms import DAY, MONTH_NAME, YEAR, month_number, year_after
from ..text.lexicon import alternation, terms
from .quantities import parse_number  # "two days ago", "3 weeks ago"

__all__ = ["DateMention", "find_dates", "event_date", "day_order", "month_first", "telling_day"]


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    surface: str
    date: datetime.date
    time_precision: int


_MONTH = rf"{MONTH_NAME}\b\.?"  # the date forms: eventdesk.text.dateforms
_WEEKDAYS = tuple(t.pattern for t in terms("weekdays"))
_WEEKDAY = "(?:" + "|".join(_WEEKDAYS) + ")"
_DAY = DAY
_YEAR = YEAR


def _rel(kind: str) -> str:
    """Words of data/lexicon/relative_days.tsv of one kind, as an alternation."""
    return alternation("relative_days", kind)


# Hedges that make ACLED code an exact-looking day as "around" (precision 2).
_AROUND = rf"(?i:(?:{_rel('hedge_around')})\s+)"
# A date range: per-day events, so the first day is the event date.
_RANGE_SEP = rf"\s*(?:{_rel('range_sep')})\s*"

_DMY = rf"(?P<d>{_DAY})(?:\s+of)?\s+(?P<m>{_MONTH})" + year_after(rf"(?P<y>{_YEAR})")
_MDY = rf"(?P<m2>{_MONTH})(?:\s+|(?<=\.))(?P<d2>{_DAY})(?![\d,]\d)" + year_after(rf"(?P<y2>{_YEAR})")
_RANGE_DMY = rf"(?i:between\s+|from\s+)?(?P<rd1>{_DAY}){_RANGE_SEP}(?P<rd2>{_DAY})\s+(?P<rm>{_MONTH})" + year_after(rf"(?P<ry>{_YEAR})")
_RANGE_MDY = rf"(?i:between\s+|from\s+)?(?P<rm2>{_MONTH})\s+(?P<rd3>{_DAY}){_RANGE_SEP}(?P<rd4>{_DAY})(?!\d)" + year_after(rf"(?P<ry2>{_YEAR})")
_ISO = rf"(?P<iy>{_YEAR})-(?P<im>[01]?\d)-(?P<id>[0-3]?\d)(?!\d)"
# "on 10/01": a day and a month without a year, read only after "on", "dated" or "(" (scores and
# fractions are written the same way)
_NUMERIC_DM = r"(?<![\d/.])(?P<dma>[0-3]?\d)/(?P<dmb>[01]?\d)(?![\d/])"
# "on the 12th", "the 3rd": a day of the current month, named by its ordinal alone
_ORDINAL_DAY = r"(?P<oth>[Oo]n\s+the\s+)(?P<od>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?!\s*(?:-|of\s+(?!this\b|last\b)))"
_NUMERIC = r"(?P<na>[0-3]?\d)(?P<sep>[/.])(?P<nb>[0-3]?\d)(?P=sep)(?P<ny>(?:19|20)\d\d|\d\d(?=\b)(?!\.\d))"
_MONTH_ONLY = (rf"(?P<mq>(?i:{_rel('month_in')})\s+(?:(?:the\s+)?(?P<part>(?i:{_rel('month_part_of')}))[\s-]+)?"
               rf"|(?P<part2>(?i:{_rel('month_part_early')}))[\s-]+|(?P<part3>(?i:{_rel('month_part_noun')}))\s+of\s+)"
               rf"(?P<mm>{_MONTH})(?:\s+(?P<my>{_YEAR}))?(?!\s*\d)")
_MONTH_YEAR = rf"(?P<mm2>{_MONTH})\s+(?P<my2>{_YEAR})"

_EXPLICIT = re.compile(
    rf"(?P<around>{_AROUND})?(?:(?P<rdmy>{_RANGE_DMY})|(?P<rmdy>{_RANGE_MDY})|(?P<iso>\b{_ISO})|(?P<num>\b{_NUMERIC})"
    rf"|(?P<dm>\b{_NUMERIC_DM})|(?P<ord>\b{_ORDINAL_DAY})"
    rf"|(?P<dmy>\b{_DMY})|(?P<mdy>\b{_MDY})|(?P<mon>\b{_MONTH_ONLY})|(?P<monyr>\b{_MONTH_YEAR}))",
)

_RELATIVE = re.compile(
    rf"\b(?P<dby>{_rel('day_before_yesterday')})"
    rf"|\b(?P<yday>{_rel('yesterday')})"
    rf"|\b(?P<lnight>{_rel('same_day')})"
    rf"|\b(?P<ago>(?P<agon>\d{{1,2}}|(?i:{_rel('count_days')}))\s+days?\s+ago)"
    rf"|\b(?P<wkago>(?P<wkn>(?i:{_rel('count_weeks')}|\d))\s+weeks?\s+ago)"
    rf"|\b(?P<moago>(?P<mon_n>(?i:{_rel('count_months')}|\d{{1,2}}))\s+months?\s+ago)"
    rf"|\b(?P<lweekend>(?:{_rel('weekend_before')})\s+weekend)"
    rf"|\b(?P<lweek>{_rel('last_week')})"
    rf"|\b(?P<tweek>{_rel('earlier_week')})"
    rf"|\b(?P<lmonth>(?:(?P<lmpart>{_rel('month_part')})\s+)?(?:{_rel('last_month')}))"
    rf"|\b(?P<tmonth>{_rel('earlier_month')})"
    rf"|(?P<wd>\b(?P<wdpre>(?:{_rel('weekday_before')})\s+)?(?P<wdn>{_WEEKDAY})(?!s\b))"
)
# "last weekend" is over even in a weekend paper; "last Tuesday" written on a Tuesday is a week back
_WEEKEND_PAST = re.compile(rf"(?:{_rel('weekend_past')})\b", re.I)
_WEEKDAY_PAST = re.compile(rf"(?:{_rel('weekday_past')})\b")
# Named days that are not "the most recent such weekday".
_WD_EXCLUDE = re.compile(rf"(?:{_rel('not_latest')})\s+$", re.IGNORECASE)
# Durations, deadlines and births are not event days.
_EXCLUDE_BEFORE = re.compile(rf"(?:{_rel('not_event_before')})\s+(?:the\s+)?$", re.IGNORECASE)
_FUTURE_BEFORE = re.compile(rf"\b(?:{_rel('future_before')})\b[^.;]{{0,40}}$", re.IGNORECASE)
_PAREN_AFTER = re.compile(r"\s*\((?P<q>[^()]{1,80})\)")
_US_CONTEXT = re.compile(rf"\b(?:{alternation('us_context', 'country', 'state', 'other')})\b")  # data/lexicon/us_context.tsv
# the countries whose outlets write the month first (us_context.tsv, kind home)
_MONTH_FIRST_HOMES = frozenset(t.pattern for t in terms("us_context") if t.kind == "home")
# Set while one article is coded (events.rows.code_article): True or False when the country the article
# comes from is known, None when the text itself must tell (an American state or "U.S." named in it).
_ORDER: ContextVar[bool | None] = ContextVar("eventdesk_month_first", default=None)
# "on the 12th floor", "the 5th anniversary": an ordinal followed by a noun is no date
_ORDINAL_NOUN_AFTER = re.compile(rf"\s+(?:{_rel('ordinal_noun')})s?\b", re.I)
# only "on", "dated" or "(" open a bare day/month ("on 10/01", "(10/01)")
_DM_BEFORE = re.compile(r"(?:\b[Oo]n|\bdated|\()\s*$")


def month_first(country) -> bool | None:
    """Whether outlets of this country (a geo Country, or None when unknown) write "10/01" as October 1."""
    if country is None:
        return None
    return getattr(country, "iso2", None) in _MONTH_FIRST_HOMES


@contextmanager
def day_order(*, month_first: bool | None):
    """Read numeric dates, inside the block, month first (True), day first (False) or as the text says (None)."""
    token = _ORDER.set(month_first)
    try:
        yield
    finally:
        _ORDER.reset(token)


def _month_first_here(text: str) -> bool:
    known = _ORDER.get()
    return known if known is not None else bool(_US_CONTEXT.search(text))


def _day_num(s: str) -> int:
    return int(re.match(r"\d+", s).group())


def _safe_date(y: int, m: int, d: int) -> datetime.date | None:
    try:
        return datetime.date(y, m, d)
    except ValueError:
        return None


# A yearless day up to this many days after publication is an announcement ("the vote on June 9"),
# not last year's date.
_FUTURE_WINDOW = 90


def _latest_not_after(m: int, d: int, published: datetime.date) -> datetime.date | None:
    """A yearless day is the latest such day on or before publication (news reports the past);
    None when it is a day in the coming weeks."""
    ahead = _safe_date(published.year, m, d)
    if ahead is not None and published < ahead <= published + datetime.timedelta(days=_FUTURE_WINDOW):
        return None
    for y in (published.year, published.year - 1, published.year - 2, published.year - 4):
        dt = _safe_date(y, m, d)
        if dt is not None and dt <= published:
            return dt
    return None


def _resolve_md(m: int, d: int, y: str | None, published: datetime.date | None,
                fallback_year: int | None) -> datetime.date | None:
    if y:
        return _safe_date(int(y), m, d)
    if published is not None:
        return _latest_not_after(m, d, published)
    if fallback_year is not None:
        return _safe_date(fallback_year, m, d)
    return None


def _month_date(m: int, y: int, part: str | None) -> datetime.date:
    last = calendar.monthrange(y, m)[1]
    part = (part or "").lower()
    if part.startswith(("early", "beginning", "start")):
        return datetime.date(y, m, 1)
    if part.startswith(("late", "end")):
        return datetime.date(y, m, last)
    return datetime.date(y, m, 15)


def _ordinal_day(day: int, published: datetime.date, after: str) -> datetime.date | None:
    """"on the 12th": that day of the publication month, or of the month before when the 12th is yet to come
    (or the text says "of last month")."""
    y, m = published.year, published.month
    if day > published.day or re.match(r"\s+of\s+last\s+month", after):
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    return _safe_date(y, m, day)


def _qualifier_precision(text: str, end: int, dt: datetime.date, published: datetime.date | None,
                         fallback_year: int | None) -> int | None:
    """ACLED notes qualify hedged dates in brackets: "(month of)", "(week of)", "(between 2 - 9 May)"."""
    m = _PAREN_AFTER.match(text, end)
    if not m:
        return None
    q = m.group("q").lower()
    if "month" in q:
        return 3
    if "week" in q or "weekend" in q:
        return 2
    days = [x for x in _inner_dates(m.group("q"), published, fallback_year or dt.year)]
    if len(days) >= 2:
        span = (max(days) - min(days)).days
        return 2 if span <= 7 else 3
    return None


def _inner_dates(s: str, published: datetime.date | None, year: int) -> list[datetime.date]:
    out = []
    for mm in re.finditer(rf"(?P<d>{_DAY})\s+(?P<m>{_MONTH})|(?P<m2>{_MONTH})\s+(?P<d2>{_DAY})", s):
        if mm.group("d"):
            dd, mo = _day_num(mm.group("d")), month_number(mm.group("m"))
        else:
            dd, mo = _day_num(mm.group("d2")), month_number(mm.group("m2"))
        dt = _safe_date(year, mo, dd)
        if dt:
            out.append(dt)
    # "between 11 - 16 April": a bare first day borrows the month of the second.
    m = re.search(rf"(\d{{1,2}})\s*(?:-|–|to|and)\s*(\d{{1,2}})\s+({_MONTH})", s)
    if m and len(out) < 2:
        mo = month_number(m.group(3))
        out = [d for d in (_safe_date(year, mo, int(m.group(1))), _safe_date(year, mo, int(m.group(2)))) if d]
    return out


# Every form of _EXPLICIT holds a digit or a month's name: a text with neither (most sentences) has no explicit date,
# and this test costs a hundredth of the big pattern's scan, which tries every position of the text.
# (one plain pattern: the digit branch keeps prefilter_patterns from putting its filter before it, which costs more here)
_DATE_MARK = re.compile(rf"\d|{MONTH_NAME}")


def _explicit_mentions(text: str, published: datetime.date | None) -> list[DateMention]:
    if not _DATE_MARK.search(text):
        return []
    years = [int(y) for y in re.findall(rf"\b({_YEAR})\b", text)]
    fallback_year = published.year if published else (years[0] if years else None)
    us = None
    out: list[DateMention] = []
    for m in _EXPLICIT.finditer(text):
        g = m.groupdict()
        prec = 1
        dt: datetime.date | None = None
        if g["rdmy"]:
            dt = _resolve_md(month_number(g["rm"]), _day_num(g["rd1"]), g["ry"], published, fallback_year)
        elif g["rmdy"]:
            dt = _resolve_md(month_number(g["rm2"]), _day_num(g["rd3"]), g["ry2"], published, fallback_year)
        elif g["iso"]:
            dt = _safe_date(int(g["iy"]), int(g["im"]), int(g["id"]))
        elif g["num"]:
            a, b, y = int(g["na"]), int(g["nb"]), int(g["ny"])
            if y < 100:
                if g["sep"] != "/":
                    continue
                y += 2000
            if us is None:
                us = _month_first_here(text)
            first, second = ((b, a), (a, b)) if us else ((a, b), (b, a))  # (day, month)
            cands = [c for c in (_safe_date(y, mo, d) for d, mo in (first, second)) if c]
            if published is not None:
                cands = [c for c in cands if c <= published] or cands
            dt = cands[0] if cands else None
        elif g["dm"]:
            if not _DM_BEFORE.search(text[max(0, m.start() - 8):m.start()]):
                continue
            if us is None:
                us = _month_first_here(text)
            a, b = int(g["dma"]), int(g["dmb"])
            d, mo = (b, a) if us else (a, b)
            if not (1 <= mo <= 12 and 1 <= d <= 31):
                continue
            dt = _resolve_md(mo, d, None, published, fallback_year)
        elif g["ord"]:
            if published is None or _ORDINAL_NOUN_AFTER.match(text, m.end()):
                continue
            dt = _ordinal_day(int(g["od"]), published, text[m.end():m.end() + 20])
        elif g["dmy"]:
            dt = _resolve_md(month_number(g["m"]), _day_num(g["d"]), g["y"], published, fallback_year)
        elif g["mdy"]:
            dt = _resolve_md(month_number(g["m2"]), _day_num(g["d2"]), g["y2"], published, fallback_year)
        elif g["mon"] or g["monyr"]:
            mon = month_number(g["mm"] or g["mm2"])
            y = g["my"] or g["my2"]
            part = g["part"] or g["part2"] or g["part3"]
            if y:
                year = int(y)
            elif published is not None:
                year = published.year if mon <= published.month else published.year - 1
            elif fallback_year is not None:
                year = fallback_year
            else:
                continue
            dt = _month_date(mon, year, part)
            if published is not None and dt > published and (dt.year, dt.month) == (published.year, published.month):
                dt = published  # the current month, reported before its midpoint
            prec = 3
        if dt is None:
            continue
        before = text[max(0, m.start() - 30):m.start()]
        if _EXCLUDE_BEFORE.search(before):
            continue
        if published is not None and dt > published:
            continue  # announced, not happened
        if prec == 1 and g["around"]:
            prec = 2
        if prec < 3:
            q = _qualifier_precision(text, m.end(), dt, published, fallback_year)
            if q is not None and (g["around"] or q == 3):
                prec = q
        out.append(DateMention(m.start(), m.end(), m.group(0), dt, prec))
    return out


def _relative_mentions(text: str, published: datetime.date, taken: list[tuple[int, int]]) -> list[DateMention]:
    out: list[DateMention] = []
    day = datetime.timedelta(days=1)
    for m in _RELATIVE.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        g = m.groupdict()
        prec = 1
        if g["dby"]:
            dt = published - 2 * day
        elif g["yday"]:
            dt = published - day
        elif g["lnight"]:
            dt = published - day if g["lnight"].lower().startswith("last") else published
        elif g["ago"]:
            n = g["agon"].lower()
            dt = published - parse_number(n) * day
        elif g["wkago"]:
            n = g["wkn"].lower()
            dt, prec = published - 7 * parse_number(n) * day, 2
        elif g["moago"]:
            # "captured a month ago": that month, not the day (codebook 1.5: a month is time_precision 3)
            back = published.month - 1 - parse_number(g["mon_n"].lower())
            y, mo = published.year + back // 12, back % 12 + 1
            dt, prec = published.replace(year=y, month=mo, day=min(published.day, calendar.monthrange(y, mo)[1])), 3
        elif g["lweekend"]:
            # The most recent Saturday-Sunday that ended before publication; ACLED's middle of a
            # two-day span is taken as its first day.
            back = (published.weekday() - 6) % 7 or 7
            sunday = published - back * day
            dt, prec = sunday - day, 2
            # "over the weekend" in a Saturday or Sunday paper is the weekend under way; "last weekend" is not
            if published.weekday() >= 5 and not _WEEKEND_PAST.match(g["lweekend"]):
                dt = published - (published.weekday() - 5) * day
        elif g["lweek"]:
            monday = published - (published.weekday() + 7) * day
            dt, prec = monday + 2 * day, 2
        elif g["tweek"]:
            monday = published - published.weekday() * day
            last = published - day
            if last < monday:
                monday -= 7 * day
            dt, prec = monday + ((last - monday).days // 2) * day, 2
        elif g["lmonth"]:
            last = published.replace(day=1) - day
            # ACLED: the first or last day of the month when the source says "beginning" or "end" of it
            dt, prec = _month_date(last.month, last.year, re.sub(r"^(?:at\s+)?the\s+", "", (g["lmpart"] or "").lower())), 3
        elif g["tmonth"]:
            first = published.replace(day=1)
            dt, prec = first + max(0, (published - first).days - 1) // 2 * day, 3
        elif g["wd"]:
            before = text[max(0, m.start() - 40):m.start()]
            if _WD_EXCLUDE.search(before) or _EXCLUDE_BEFORE.search(before):
                continue
            if _FUTURE_BEFORE.search(before):
                continue
            wd = _WEEKDAYS.index(g["wdn"])
            # The most recent such weekday: a wire story dated Tuesday that says "on Tuesday" means that
            # day (ACLED's relative notes, published 1-6 days after the event, never name the day they
            # appear on); "last Tuesday" written on a Tuesday is a week back.
            back = (published.weekday() - wd) % 7
            if back == 0 and _WEEKDAY_PAST.match((g["wdpre"] or "").lower()):
                back = 7
            dt = published - back * day
        else:
            continue
        out.append(DateMention(m.start(), m.end(), m.group(0), dt, prec))
    return out


_FOUND_MEMO = 256  # texts whose dates find_dates remembers (the article at hand asks again about its sentences)
_found: dict[tuple, tuple[DateMention, ...]] = {}


def find_dates(text: str, published: datetime.date | None) -> list[DateMention]:
    """Every event-date-like mention, in text order (births, durations and future days left out). Remembered for
    the last few texts, by the text, the publication day and the day order in force (all the answer depends on):
    the coder reads a sentence's date for the gate, the incident and the day told."""
    if isinstance(published, datetime.datetime):
        published = published.date()
    key = (text, published, _ORDER.get())
    got = _found.get(key)
    if got is None:
        got = tuple(_find_dates(text, published))
        if len(_found) >= _FOUND_MEMO:
            _found.clear()
        _found[key] = got
    return list(got)


def _find_dates(text: str, published: datetime.date | None) -> list[DateMention]:
    explicit = _explicit_mentions(text, published)
    mentions = list(explicit)
    if published is not None:
        mentions += _relative_mentions(text, published, [(x.start, x.end) for x in explicit])
    mentions.sort(key=lambda x: x.start)
    return mentions


# "officials said on Tuesday", "on Monday announced", "the announcement on Sunday": the day of a telling
_TELL_BEFORE = re.compile(rf"\b(?:{_rel('telling_verb')})(?:\s+(?!(?:{_rel('telling_break')})\b)[\w’'-]+){{0,3}}\s+$"
                          rf"|\b(?:{_rel('telling_noun')})\s+$", re.IGNORECASE)
_TELL_AFTER = re.compile(rf"^,?\s+(?:{_rel('telling_verb')})\b", re.IGNORECASE)


def _telling(text: str, m: DateMention) -> bool:
    return bool(_TELL_BEFORE.search(text[max(0, m.start - 40):m.start] + " ") or _TELL_AFTER.match(text[m.end:m.end + 20]))


# "it emerged on Monday that", "today it emerged that": the day the news came out; the event came before it
_CAME_OUT_BEFORE = re.compile(rf"\b(?:{_rel('came_out')})(?:\s+[\w’'-]+){{0,2}}\s+$", re.IGNORECASE)
_CAME_OUT_AFTER = re.compile(rf"^,?\s+(?:it\s+)?(?:{_rel('came_out')})\b", re.IGNORECASE)


def _came_out(text: str, m: DateMention) -> bool:
    return bool(_CAME_OUT_BEFORE.search(text[max(0, m.start - 40):m.start] + " ")
                or _CAME_OUT_AFTER.match(text[m.end:m.end + 30]))


# "officials said on Tuesday that two soldiers had been killed": deaths the telling reports in the pluperfect came before
# its day
_TOLD_EARLIER = re.compile(rf"\b(?:{_rel('told_earlier')})(?:{alternation('fatality_terms', 'killed')})\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?;](?=\s|$)")


def _before_telling(text: str, m: DateMention) -> DateMention:
    """A day that is only the telling of deaths that came before it gives no day of their own: the day before, at
    time_precision 2 (codebook 1.5: the source gives a span, here the days up to the telling). Arrests or a town taken
    "had" before a telling keep its day, as the notes ACLED writes date them."""
    if m.time_precision != 1 or not _telling(text, m):
        return m
    start = max((e.end() for e in _SENTENCE_END.finditer(text, 0, m.start)), default=0)
    end = _SENTENCE_END.search(text, m.end)
    if not _TOLD_EARLIER.search(text[start:end.start() if end else len(text)]):
        return m
    return DateMention(m.start, m.end, m.surface, m.date - datetime.timedelta(days=1), 2)


def event_date(text: str, published: datetime.date | None) -> DateMention | None:
    """The first explicit event date of the passage: ACLED notes and news leads put it first. Where the passage
    has several, a day on which something was said ("police said on Tuesday that ...") gives way to another (and,
    alone, to the day before it where what was said had happened before: "had been killed"), and
    a span ("over the past week ..., and on Monday stormed the airport") to a day the passage names in it. The day
    news came out ("it emerged on Monday that ...") is no event's day: the source gives none (codebook 1.5)."""
    mentions = [m for m in find_dates(text, published) if not _came_out(text, m)]
    if len(mentions) > 1:
        own = [m for m in mentions if not _telling(text, m)] or mentions
        if own[0].time_precision > 1 and not re.search(r"\d", own[0].surface):  # a span in words, not "around 4 May"
            own = [m for m in own if m.time_precision == 1][:1] or own
        return _before_telling(text, own[0])
    return _before_telling(text, mentions[0]) if mentions else None


def telling_day(text: str, published: datetime.date | None) -> bool:
    """Is the passage's day only the day something was said ("the ministry said on Wednesday")?"""
    m = event_date(text, published)
    return m is not None and _telling(text, m)


# Last, once every pattern above is built: the large ones skip texts that lack all their needed words.
prefilter.prefilter_patterns(globals())
