"""RawRecord → Article: stable id, content hash, language, publication date, cleaned text.

Cleaning is typographic only (control characters, newlines, spaces): boilerplate stays, because
the coder decides what is reporting and offsets must point into the text it was given.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import json
import logging
import re
import unicodedata

from eventdesk.records import Article, Reject
from eventdesk.settings import max_article_bytes, oversize_policy
from eventdesk.sources import RawRecord, shorten

log = logging.getLogger(__name__)

# Kinds whose text comes out of trafilatura, which puts one paragraph a line.
_EXTRACTED_KINDS = {"html", "feed", "warc"}


def to_article(raw: RawRecord, ingested_at: dt.datetime) -> Article | Reject:
    """Normalise: stable id, content_hash, language, parsed published_at (date), cleaned text."""
    f = raw.fields or {}
    text = f.get("text")
    if text is not None and not isinstance(text, str):
        return _reject(raw, "text is not a string", text)
    text = clean_text(text or "", one_paragraph_per_line=raw.kind in _EXTRACTED_KINDS)
    if not text:
        return _reject(raw, "empty article: no text after cleaning", f.get("text"))
    url = _str(f.get("url"))
    # The given id is kept as is: evaluation and re-runs pair articles by it.
    given_id = f.get("id")
    if isinstance(given_id, int) and not isinstance(given_id, bool):
        given_id = str(given_id)
    if isinstance(given_id, str) and _SURROGATE.search(given_id):
        return _reject(raw, "id is not valid Unicode (a lone surrogate)", given_id)
    article_id = _str(given_id) or make_id(url, text)
    cap = max_article_bytes()
    if len(text) > cap // 4 and len(text.encode("utf-8")) > cap:  # a character is at most 4 bytes
        if oversize_policy() == "reject":
            return _reject(raw, f"article too large: {len(text.encode('utf-8')):,} bytes of text, over the cap of "
                                f"{cap:,} (EVENTDESK_MAX_ARTICLE_BYTES)", text[:200])
        text = text.encode("utf-8")[:cap].decode("utf-8", errors="ignore")
        log.warning("%s: article text truncated to %d bytes (EVENTDESK_MAX_ARTICLE_BYTES)", raw.origin, cap)
    published_raw = f.get("published_at")
    published_at = parse_date(published_raw)
    if published_raw not in (None, "") and not (isinstance(published_raw, str) and not published_raw.strip()):
        problem = date_problem(published_raw, published_at, ingested_at)
        if problem:
            # A wrong date moves every relative date in the text ("on Monday") to a wrong day, and a
            # guessed one would do the same silently: the article waits in rejects for a fixed date.
            return _reject(raw, problem, published_raw)
    title = _str(f.get("title"))
    if title:
        title = normalise_whitespace(clean_text(title)) or None
    return Article(
        id=article_id,
        origin=raw.origin,
        content_hash=content_hash(text),
        ingested_at=ingested_at,
        text=text,
        language=choose_language(text, _str(f.get("language")), title=title),
        title=title,
        published_at=published_at,
        source=_str(f.get("source")),
        url=url,
        fetch_status=_str(f.get("fetch_status")),
    )


EARLIEST_PUBLISHED = dt.date(1989, 1, 1)  # before the web, and before any source this project reads
FUTURE_SLACK = dt.timedelta(days=1)  # a date ahead in the east of the date line is not yet tomorrow in UTC


def date_problem(value: object, parsed: dt.date | None, ingested_at: dt.datetime) -> str | None:
    """Why a stated publication date cannot be used, or None when it can."""
    shown = shorten(value if isinstance(value, str) else str(value), 80)
    if parsed is None:
        return f"unparsable published_at: {shown!r} (write it as YYYY-MM-DD)"
    today = (ingested_at.astimezone(dt.timezone.utc) if ingested_at.tzinfo else ingested_at).date()
    if parsed > today + FUTURE_SLACK:
        return f"published_at in the future: {parsed.isoformat()} (ingested {today.isoformat()})"
    if parsed < EARLIEST_PUBLISHED:
        return f"published_at before {EARLIEST_PUBLISHED.year}: {parsed.isoformat()}"
    return None


# Half of an emoji pair, left by scrapers that cut UTF-16 text: it cannot be stored as UTF-8.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _str(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = _SURROGATE.sub("\ufffd", value).strip()
    return value or None


def _reject(raw: RawRecord, reason: str, value: object) -> Reject:
    return Reject(
        stage="ingest",
        table="articles",
        origin=raw.origin,
        reason=reason,
        value=None if value is None else _SURROGATE.sub("\ufffd", shorten(value, 200)),
        record=_SURROGATE.sub("\ufffd", shorten(json.dumps(raw.fields, ensure_ascii=False, default=str))),
    )


# ---- ids and hashes ------------------------------------------------------------------------

def normalise_whitespace(text: str) -> str:
    return " ".join(text.split())


def content_hash(text: str) -> str:
    """Same hash for the same words however they were wrapped or spaced."""
    return hashlib.sha256(normalise_whitespace(text).encode("utf-8")).hexdigest()


def make_id(url: str | None, text: str) -> str:
    """Stable across runs: from the URL when there is one, else from the text."""
    basis = url if url else normalise_whitespace(text)
    return "a-" + hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]


# ---- text cleaning -------------------------------------------------------------------------

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"[^\S\n]+")  # any whitespace except newline
_MANY_BLANKS = re.compile(r"\n{3,}")


def clean_text(text: str, *, one_paragraph_per_line: bool = False) -> str:
    """Strip control characters, normalise newlines and spaces, keep paragraphs as blank-line blocks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = text.translate(_ZERO_WIDTH)
    if _has_controls(text):
        text = "".join(_control_free(ch) for ch in text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    if one_paragraph_per_line:
        return "\n\n".join(line for line in lines if line)
    return _MANY_BLANKS.sub("\n\n", "\n".join(lines)).strip("\n")


def _has_controls(text: str) -> bool:
    # The per-character pass is the slow part; most text needs none.
    return any(unicodedata.category(ch)[0] == "C" and ch not in "\n\t" for ch in set(text))


def _control_free(ch: str) -> str:
    if ch in "\n\t":
        return ch
    if ch in "\x0b\x0c\x85":  # vertical tab, form feed, NEL: line breaks in old text dumps
        return "\n"
    return "" if unicodedata.category(ch)[0] == "C" else ch


# ---- language ------------------------------------------------------------------------------

# Common function words (general knowledge of the languages, not mined from any corpus). Words
# shared with English ("a", "in", "die", "per", "con", ...) are left out of the other list.
_EN_FUNCTION_WORDS = frozenset(
    """a about after against all also an and are as at be been before but by during for from had has
    have he her his i if in into is it its more no not of on or our over said she than that the their
    them then there these they this those to under up was we were which while who will with would
    you""".split()
)
_OTHER_FUNCTION_WORDS = frozenset(
    # French, Spanish, Portuguese, Italian, German, Dutch, Indonesian/Malay
    """le la les des est et une du dans pour pas qui sur au aux avec ce sont
    el los las que del por una para es lo como pero sus
    os da do em não uma com ao dos das pelo mas foi
    il che di della delle non sono gli nel alla
    der das und ist nicht mit von zu ein eine dem auf sich auch
    de het een en van niet zijn voor ook
    yang dan di ini itu dengan untuk tidak dari akan""".split()
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
EN_SHARE = 0.15  # English news prose runs at 35-45 % function words; other languages' text well under 10 %
SHORT_TEXT_WORDS = 30  # headlines and captions carry few function words in any language


def guess_language(text: str) -> str:
    """'en' or 'und' (undetermined), from shares of common function words; cheap, no model."""
    words = [w.lower() for w in _WORD.findall(text[:5000])]
    if len(words) < 3:
        return "und"
    letters = "".join(words)
    if sum(c.isascii() for c in letters) < 0.8 * len(letters):
        return "und"  # another script, or heavy diacritics
    en = sum(w in _EN_FUNCTION_WORDS for w in words) / len(words)
    other = sum(w in _OTHER_FUNCTION_WORDS for w in words) / len(words)
    if en >= EN_SHARE and en > 1.5 * other:
        return "en"
    # A short Latin-script text with no sign of another language is most likely an English headline.
    if len(words) < SHORT_TEXT_WORDS and other == 0 and (en > 0 or len(words) < 12):
        return "en"
    return "und"


# The statistical detector (py3langid: a naive Bayes model over byte n-grams, shipped in its wheel,
# ~100 languages) decides when it can: on a text of some length and with a clear winner. Below
# that it confuses English briefs with English-based creoles (Nigerian Pidgin at p 0.8 on a 14-word
# note), so a short text keeps the language its source declared, or the function-word guess above.
LANG_SAMPLE = 5000  # characters read by the detector: a story's language shows in its first paragraphs
RELIABLE_WORDS = 30
RELIABLE_PROB = 0.9
ENGLISH = "en"
_identifier = None


def detect_language(text: str) -> tuple[str, float]:
    """(ISO 639 code, probability) from py3langid; the model loads once, on first use (~0.6 s)."""
    global _identifier
    if _identifier is None:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        _identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    lang, prob = _identifier.classify(text[:LANG_SAMPLE])
    return lang, float(prob)


def choose_language(text: str, declared: str | None, *, title: str | None = None) -> str:
    """The detected language where detection is reliable, else the declared one, else a guess."""
    declared = normalise_language(declared)
    sample = text[:LANG_SAMPLE]
    detected = prob = None
    if len(_WORD.findall(sample)) >= RELIABLE_WORDS:
        detected, prob = detect_language(sample)
        if prob >= RELIABLE_PROB:
            return detected
    # a short text: the detector is asked only where its answer decides (a brief with a declared language, or
    # one the function words call English, never needs it: most ACLED notes and wire briefs)
    if declared:
        return declared
    guess = guess_language(text)
    if guess == ENGLISH:
        return guess
    if prob is None:
        detected, prob = detect_language(sample)
    if prob < RELIABLE_PROB:
        return guess
    return detected  # a short text in another script or with another language's function words


_LANG_CODE = re.compile(r"^([a-z]{2,3})(?:[-_][a-z0-9]+)*$")


def normalise_language(value: str | None) -> str | None:
    """'EN', 'en-GB', 'eng', 'English' → 'en'; what is no language is kept as written (lower-cased), so
    validation rejects the article with the value rather than a guess standing in for it silently."""
    if not value:
        return None
    v = value.strip().lower()
    m = _LANG_CODE.match(v)
    if m and len(m[1]) == 2:
        return m[1]
    import pycountry

    try:
        lang = pycountry.languages.lookup(m[1] if m else v)
    except LookupError:
        return m[1] if m else v
    return getattr(lang, "alpha_2", None) or lang.alpha_3


# ---- dates ---------------------------------------------------------------------------------

_MONTHS = {
    m: i
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for m in names
}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DATE_PATTERNS = [
    re.compile(rf"^{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I),  # 12 March 2022
    re.compile(rf"^{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),  # March 12, 2022
    re.compile(r"^(?P<year>\d{4})[/.](?P<month>\d{1,2})[/.](?P<day>\d{1,2})\b"),  # 2022/03/12
    re.compile(r"^(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})\b"),  # 12.03.2022 (European)
    re.compile(r"^(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})$"),  # 20220312
]
_SLASHED = re.compile(r"^(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4})\b")


def parse_date(value: object) -> dt.date | None:
    """ISO, RFC 822 (feeds), '12 March 2022', 'March 12, 2022' and a few numeric forms → date."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    s = " ".join(value.split())
    if not s:
        return None
    # ISO 8601, with or without time and zone (date as written, not converted to UTC).
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d)", s)
    if m:
        return _date(int(m[1]), int(m[2]), int(m[3]))
    if re.match(r"^[A-Za-z]{3},?\s+\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}", s) or re.match(r"^\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d", s):
        try:
            return email.utils.parsedate_to_datetime(s).date()
        except (TypeError, ValueError, IndexError):
            pass
    for pat in _DATE_PATTERNS:
        m = pat.match(s)
        if m:
            month = m["month"]
            month_no = int(month) if month.isdigit() else _MONTHS.get(month.lower())
            if month_no:
                return _date(int(m["year"]), month_no, int(m["day"]))
    m = _SLASHED.match(s)
    if m:
        a, b = int(m["a"]), int(m["b"])
        # Only unambiguous day/month orders: 03/04/2022 could be either and a wrong date is worse than none.
        if a > 12 >= b:
            return _date(int(m["year"]), b, a)
        if b > 12 >= a:
            return _date(int(m["year"]), a, b)
    return None


def _date(year: int, month: int, day: int) -> dt.date | None:
    if not 1000 <= year <= 9999:  # four digits; the plausible range is date_problem's to judge, with a reason
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
