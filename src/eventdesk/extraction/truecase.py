"""Case for text whose case carries no information: archives that lower-case every letter, wires that
write in capitals.

The coder reads capitals: sentences end before a capital, places, months and groups are spotted by
them. A lower-cased article ("ahmedabad: a mob set fire to ... on friday.") thus comes out as one
sentence with no place and no day. Such an article gets its case back from what the package already
knows, before the coder reads it: sentence and paragraph starts, the dateline ("new delhi:"), weekday
and month names (an ambiguous month only beside a number: "march 15", "may 2"), country names and
demonyms, the named groups' acronyms, and gazetteer places (a multi-word name, or a word that is no
common English word, weighed by population). Common English words come from the word lists shipped
with the spaCy English model (WordNet's base forms), read as data, without loading spaCy.

The rewrite changes only the case of letters, one character for one, so every offset into the result
is an offset into the original: mentions keep the text as published.

Lives in extraction, not text/, because it needs the gazetteer (geo), which sits above text/.
"""
from __future__ import annotations

import dataclasses
import re
from collections import Counter
from functools import lru_cache
from operator import itemgetter

from ..geo.countries import alias_table
from ..geo.folding import charfold, stopwords
from ..geo.spotting import word_bounded
from ..text.english import lemma_tables, stop_words
from ..text.lexicon import alternation, read_tsv, terms

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_MIN_WORDS = 8  # fewer words say too little about case

# Single words that are gazetteer places but no common English word: the least population that makes
# one worth a capital. A word that is also a common noun ("bath", "sale") must be a big place.
_MIN_POP = 5_000
_MIN_POP_NOUN = 1_000_000


def caseless(text: str) -> str | None:
    """"lower" when the text's words carry (almost) no capitals beyond an outlet's boilerplate, "upper"
    when (almost) all its letters are capitals, else None (the case is informative and is kept)."""
    # judged on the prose: lines of a sentence or more, not a share bar or a header ("Facebook Twitter Mail")
    lines = [_WORD.findall(ln) for ln in text.splitlines()]
    words = [w for ws in lines if len(ws) >= _MIN_WORDS for w in ws] or [w for ws in lines for w in ws]
    if len(words) < _MIN_WORDS:
        return None
    # counted by distinct character (Counter counts in C): the same shares as a test of every letter
    capital = sum(n for c, n in Counter(map(itemgetter(0), words)).items() if c.isupper())
    if capital / len(words) < 0.03:
        return "lower"
    letters = [(c, n) for c, n in Counter("".join(words)).items() if c.isalpha() and c.lower() != c.upper()]
    cased = sum(n for _, n in letters)
    if cased and sum(n for c, n in letters if c.isupper()) / cased > 0.9:
        return "upper"
    return None


@lru_cache(maxsize=1)
def english_words() -> tuple[frozenset[str], frozenset[str]]:
    """(common English words of any part of speech but noun, common nouns): WordNet's base forms and
    irregular forms as the spaCy English model ships them for its lemmatizer. Empty when the model is
    not installed (then only the stop words protect common words)."""
    index, exc = lemma_tables()
    # the tables are keyed by hashed part-of-speech names: tell the noun table by a word only a noun is
    nouns: set[str] = set()
    other: set[str] = set()
    for key, words in index.items():
        ws = set(words)
        is_noun = "table" in ws and "quickly" not in ws and "eat" not in ws
        (nouns if is_noun else other).update(ws)
        for form, lemmas in exc.get(key, {}).items():
            (nouns if is_noun else other).add(form)
    return frozenset(other), frozenset(nouns - other)


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, str]:
    """Folded word or phrase -> its written form, for the names that are always capitalised."""
    out: dict[str, str] = {}
    for t in terms("weekdays"):
        out[t.pattern.lower()] = t.pattern
    for t in terms("months"):
        if t.kind == "name" and t.pattern.lower() not in _ambiguous_months():
            out[t.pattern.lower()] = t.pattern
    for name in alias_table():
        if len(name) <= 3 and name.isalpha():
            # "us", "car": a short alias is an acronym, written so only where it is no English word
            if name not in stopwords() and common(name) is None:
                out[name] = name.upper()
            continue
        if name and name.isascii():
            out[name.lower()] = " ".join(w if w in _function_words() else w[:1].upper() + w[1:] for w in name.split())
    return out


@lru_cache(maxsize=1)
def _acronyms() -> frozenset[str]:
    """The named groups' acronyms (actors_groups.tsv), written in capitals: "bjp" is BJP. An acronym that
    is also an English word ("aim") is left alone."""
    other, nouns = english_words()
    stop = stopwords()
    out = set()
    for row in read_tsv("actors_groups.tsv"):
        for a in (row[4].split("|") if len(row) > 4 else ()):
            a = a.strip()
            if re.fullmatch(r"[A-Z][A-Z0-9]{1,6}", a) and a.lower() not in stop and a.lower() not in other \
                    and a.lower() not in nouns:
                out.add(a)
    return frozenset(out)


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """spaCy's English stop words ("may", "us"), read from its source file as geo.folding does (without the
    place stop words, which list the months)."""
    return stop_words()


@lru_cache(maxsize=1)
def _ambiguous_months() -> dict[str, str]:
    """Month names that are also English words ("march", "may"): a month only beside a number."""
    return {t.pattern.lower(): t.pattern for t in terms("months")
            if t.kind == "name" and (t.pattern.lower() in _function_words() or common(t.pattern.lower()) == "other")}


def common(word: str) -> str | None:
    """"other" when word (or the base form it is inflected from) is an English word of a part of speech
    other than noun, "noun" when a common noun only, else None."""
    other, nouns = english_words()
    forms = [word]
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", ""), ("ed", "e"), ("ing", ""),
                         ("ing", "e")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            forms.append(word[: len(word) - len(suffix)] + repl)
    if any(f in other for f in forms):
        return "other"
    if word in nouns:
        return "noun"
    # an inflected common noun ("rivers", "kings") is no proper name
    return "other" if any(f in nouns for f in forms[1:]) else None


def _set_case(chars: list[str], start: int, word: str) -> None:
    """Write word's case over chars[start:...], one character for one (a letter whose other case is not
    one character is left as it was)."""
    for i, c in enumerate(word):
        j = start + i
        if j < len(chars) and chars[j].lower() == c.lower() and len(c) == 1:
            chars[j] = c


def _capitalise(chars: list[str], start: int) -> None:
    if start < len(chars):
        up = chars[start].upper()
        if len(up) == 1:
            chars[start] = up


_SENTENCE_START = re.compile(r"(?:^|[.!?][\"'”’)\]]*\s+|\n\s*)[\"'“‘(\[]*(?=[^\W\d_])", re.M)
# (a dateline glued to its story, "mumbai:the ...", as archives that lost a space keep it, is one too)
_DATELINE = re.compile(r"(?:^|\n)\s*([^\W\d_][^\W\d_ .'-]*(?:[ '-][^\W\d_]+){0,3})\s*(?:,[^:\n]{0,30})?:(?:\s|(?=[^\W\d_]))", re.M)
# "home.the": a stop glued to the next word, in a token of two words of letters (no other dot, slash or "@" in it)
_GLUED_STOP = re.compile(r"(?<![^\s\"'“‘(])([^\W\d_]{3,})[.!?]([^\W\d_]{2,})(?=[’']s\b|[\s,;:)\"”’']|$)")
_ABBREV_TITLE = frozenset(t.pattern for t in terms("abbreviations") if t.kind == "title")
_ABBREV = frozenset(t.pattern for t in terms("abbreviations"))
_LAST_WORD = re.compile(r"([A-Za-z.]+)\.$")


_DETERMINER = re.compile(rf"(?:^|\W)(?:{alternation('truecase', 'determiner')})\s+$")  # data/lexicon/truecase.tsv


def _place_spans(gazetteer, lowered: str, stop: frozenset[str]) -> list[tuple[int, int]]:
    """Gazetteer names in the lower-cased text worth a capital, longest first, word-bounded."""
    d = gazetteer.data
    folded = charfold(lowered)
    n = len(folded)
    raw: list[tuple[int, int, str]] = []
    # (the word-bounded keys as the place spotter filters them, in one comprehension: the same pairs, in the same order)
    for end, key in word_bounded(gazetteer, folded):
        start = end - len(key) + 1
        if len(key) < 3:
            continue
        words = key.split()
        if any(w in stop for w in words) and len(words) == 1:
            continue
        ids = gazetteer.ids(key)[:40]
        if not ids:
            continue
        best = max((d["pop"][i] for i, alt in ids), default=0)
        kinds = {d["kind"][i] for i, alt in ids}
        if len(words) > 1:
            # "new delhi", "uttar pradesh": a name of several words, each not merely a small word
            kinds_of = [common(w) if w not in stop else "other" for w in words]
            if all(k == "other" for k in kinds_of):
                continue  # "the capital", "rivers state": common words only
            if all(k is not None for k in kinds_of) and (best < _MIN_POP_NOUN or
                                                           _DETERMINER.search(lowered[max(0, start - 8):start])):
                continue
            if best < _MIN_POP and not kinds & {1, 3}:
                continue
        else:
            kind = common(words[0])
            if kind == "other":
                continue
            glued = start > 0 and lowered[start - 1] == "-" or end + 1 < n and lowered[end + 1] == "-"
            if kind == "noun" and (glued or best < _MIN_POP_NOUN
                                   or _DETERMINER.search(lowered[max(0, start - 8):start])):
                continue  # "the bath", "a sale", "para-military": a common noun
            if best < _MIN_POP and not kinds & {1, 3}:
                continue
        raw.append((start, end + 1, key))
    raw.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    out: list[tuple[int, int]] = []
    last = -1
    for s, e, _ in raw:
        if s >= last:
            out.append((s, e))
            last = e
    return out


def restore(text: str, gazetteer=None) -> str:
    """text with its case restored where it carries none (see the module's doc), else text itself. The
    result has text's length, character for character."""
    mode = caseless(text)
    if mode is None:
        return text
    # all capitals: lower everything first, then restore as for a lower-cased text
    chars = [c.lower() if len(c.lower()) == 1 else c for c in text] if mode == "upper" else list(text)
    lowered = "".join(chars)
    stop = stopwords()
    small = _function_words()  # "and", "of", "the" stay small inside a name
    vocab_words = _vocabulary()
    # sentence and paragraph starts (not after an abbreviation: "mr. ..." continues, and names follow titles)
    for m in _SENTENCE_START.finditer(lowered):
        before = lowered[:m.start() + 1].rstrip()
        # the word before the stop, sought in the last 64 characters (a search of the whole text before
        # each sentence costs the square of its length); the whole only when the word may reach further back
        last = _LAST_WORD.search(before, max(0, len(before) - 64))
        if last and last.start() == len(before) - 64 > 0:
            last = _LAST_WORD.search(before)
        token = last.group(1).lower().rstrip(".") if last else ""
        if token in _ABBREV and token not in _ABBREV_TITLE:
            continue
        _capitalise(chars, m.end())
    # a full stop with its space lost ("the shop.the mob then ..."): a sentence start too, when the word after it
    # is an English word and the stop joins two words of prose (not a web address or a file name)
    for m in _GLUED_STOP.finditer(lowered):
        before, after = m.group(1), m.group(2)
        if before in _ABBREV or not (after in stop or common(after) is not None or after in vocab_words):
            continue
        _capitalise(chars, m.start(2))
    titles = "|".join(sorted(_ABBREV_TITLE, key=len, reverse=True))
    for m in re.finditer(rf"\b({titles})\.\s+(?=[^\W\d_])", lowered):
        _capitalise(chars, m.start())
        _capitalise(chars, m.end())
    # the dateline: "new delhi:" "ahmedabad, march 3:" at a paragraph's start
    for m in _DATELINE.finditer(lowered):
        s = m.start(1)
        for w in re.finditer(r"[^\W\d_]+", m.group(1)):
            if w.group().lower() not in small:
                _capitalise(chars, s + w.start())
        if m.end() < len(lowered) and lowered[m.end()].isalpha():
            _capitalise(chars, m.end())  # the story's first word
    # words always capitalised: weekdays, months, countries and demonyms
    vocab = _vocabulary()
    for m in _WORD.finditer(lowered):
        w = m.group()
        if w in vocab:
            _set_case(chars, m.start(), vocab[w])
        elif w == "i":
            _capitalise(chars, m.start())
    for name, written in vocab.items():
        if " " in name and name in lowered:
            for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", lowered):
                _set_case(chars, m.start(), written)
    amb = _ambiguous_months()
    if amb:
        names = "|".join(amb)
        for m in re.finditer(rf"(?<=\d )(?:{names})\b|\b(?:{names})(?= \d)", lowered):
            _set_case(chars, m.start(), amb[m.group()])
    # acronyms of named groups
    acr = _acronyms()
    for m in _WORD.finditer(lowered):
        if m.group().upper() in acr:
            _set_case(chars, m.start(), m.group().upper())
    # places
    if gazetteer is not None:
        for s, e in _place_spans(gazetteer, lowered, stop):
            for w in re.finditer(r"[^\W\d_]+", lowered[s:e]):
                if w.group() not in small:
                    _capitalise(chars, s + w.start())
    return "".join(chars)


def restore_article(article, gazetteer=None):
    """The article with text and title case-restored where they carry no case (the same record otherwise)."""
    text = restore(article.text, gazetteer)
    title = restore(article.title, gazetteer) if article.title and text is not article.text else article.title
    if text is article.text and title is article.title:
        return article
    return dataclasses.replace(article, text=text, title=title)
