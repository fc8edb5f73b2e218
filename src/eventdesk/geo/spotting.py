"""Text spotting: the gazetteer names in a text (longest match, word-bounded; capitalised, or in lower case
where the context writes it as a place), and the names it spells differently (near-spellings in place slots,
other romanisations, a dropped Arabic article, the press's "rural X")."""
from __future__ import annotations

import difflib
import re
from dataclasses import replace
from functools import lru_cache

from eventdesk.geo.countries import Country, country_by_code, data_rows
from eventdesk.geo.context import countries_in, group_spans, row_pattern
from eventdesk.geo.cues import (GROUP_FOLLOW, IN, INSTITUTION_AFTER, KIND_AFTER, KIND_WORDS, ORG_FOLLOW, SITE_FOLLOW, STRUCK,
                                SUBPLACE_WORDS, TITLE)
from eventdesk.geo.folding import (ARABIC_NAMES, SLAVIC_NAMES, SOMALI_NAMES, VOWEL_SPELLINGS, charfold, key_letters, name_key, place_key, spelling_key, spelling_keys,
                                   stopwords, vowel_pattern, vowel_skeleton)
from eventdesk.geo.index import Index
from eventdesk.geo.types import KINDS, Place, PlaceMention, is_boundary_unit, km_between
from eventdesk.text.english import wordnet_words
from eventdesk.text.lexicon import alternation, terms
from eventdesk.text.prefilter import filtered


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Ordinary English words ("forest", "commerce", "cotton", "police"): those a general dictionary writes in
    lower case (english-words' copy of Webster's web2, which capitalises proper names: "Paris", not "paris")
    and that WordNet's lemma index, as spaCy's English model ships it, also lists (which drops web2's rare
    and obsolete words). Empty when either list is missing: no penalty is better than one from half a list."""
    try:
        from english_words import get_english_words_set
    except ImportError:
        return frozenset()
    wordnet = wordnet_words()
    if not wordnet:
        return frozenset()
    web2 = {w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower()}
    return frozenset(web2 & wordnet)


@lru_cache(maxsize=1 << 16)
def is_common_word(name: str) -> bool:
    """Is every word of the name an ordinary English word (a plural of one, "Springs", or a function word:
    "the hills")? Remembered per name: the scan asks about the same names in every text."""
    common, stop = common_words(), stopwords()
    words = [w for w in re.split(r"[\s'’-]+", name.lower()) if w]
    return bool(words) and all(w in common or w in stop or (w.endswith("s") and w[:-1] in common) for w in words)


# a name written as a place right before it: "in gujarat", "near the town of" (no word between)
_CUE_BEFORE = re.compile(rf"(?i)\b(?:{alternation('geo_place_cues', 'strict')}|(?:{KIND_WORDS})\s+of)\s+(?:the\s+)?$")
# a lower-case dateline: "ahmedabad: the police said ..." at the start of the text or a paragraph
_DATELINE_BEFORE = re.compile(r"(?:^|\n|\s{2,}|\d{4}\s+)$")
_DATELINE_AFTER = re.compile(r"^\s*(?:\([^()]{1,30}\)\s*)?[:—–-]\s")


@lru_cache(maxsize=256)  # (a pure function of the text: the spotter and its unknown names ask about the same texts)
def lower_cased(text: str) -> bool:
    """A text written (or archived) without capitals: fewer than one word in twenty-five opens with one."""
    words = re.findall(r"[^\W\d_]+", text)
    return len(words) >= 8 and sum(w[0].isupper() for w in words) * 25 < len(words)


_KIND_NEXT = re.compile(rf"^\s+(?:{KIND_WORDS})\b", re.I)
# a part of a written hierarchy: "Ginir (Bale)", "Dodola, Bale"
_HIERARCHY_BEFORE = re.compile(r"(?:\(|[^\W\d_],)\s*$")
_HIERARCHY_AFTER = re.compile(r"^(?:\s*\(\s*|,\s*)[A-Z]")


# a capitalised name after "on" or "to" ("an attack on Hays", "moved to Manila"), not after "of" ("the
# Ministry of Commerce", "the Chamber of Mines"), where a capitalised word is mostly part of a longer name
_CAPITAL_CUE_BEFORE = re.compile(rf"(?i)\b(?:(?!of\s)(?:{alternation('geo_place_cues', 'strict')})|on|to|"
                                 rf"(?:{KIND_WORDS})\s+of)\s+(?:the\s+)?$")


def _supported(text: str, start: int, end: int) -> bool:
    """The text writes the name as a place: a place cue right before it, a place word right after
    ("gujarat state"), a dateline ("patna: ...") or a hierarchy ("Ginir (Bale)")."""
    before, after = text[max(0, start - 30):start], text[end:end + 40]
    cue = _CAPITAL_CUE_BEFORE if text[start].isupper() else _CUE_BEFORE
    return bool(cue.search(before) or KIND_AFTER.match(after) or _KIND_NEXT.match(after)
                or _DATELINE_BEFORE.search(before[-6:]) and _DATELINE_AFTER.match(after)
                or _HIERARCHY_BEFORE.search(before) or _HIERARCHY_AFTER.match(after))


def _lower_ok(gz: "Index", key: str, ids: list[tuple[int, bool]], supported: bool, archive: bool) -> bool:
    """A name spotted in lower case is a place only with support and size: a cue or a dateline and a
    town of a thousand, or in a lower-cased archive a town of fifty thousand or a region, never an
    ordinary English word."""
    if len(key) < 4 or is_common_word(key):
        return False
    pop, kind = gz.data["pop"], gz.data["kind"]
    floor = 1_000 if supported else 50_000 if archive else None
    if floor is None:
        return False
    return any(not alt and (pop[i] >= floor or kind[i] in (1, 2) and (supported or kind[i] == 1)) for i, alt in ids[:20])


# after a name: a longer name goes on ("Washington Post", "Hamilton's", "Ho-Chi")
_NAME_GOES_ON = re.compile(r"^(?:\s+[A-Z]|['’]s\b|-[A-Za-z])")


_LOCATIVE_WORD = re.compile(rf"\b(?:{alternation('geo_place_cues', 'venue')})\s+([A-Z][a-z]+)\b")


def _cities_in_frame(gz: "Index", text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Names the index leaves out of its automaton, a stop word ("Washington", "Hamilton", "Reading") or a
    two-letter name ("Ho", "Wa"), are a big city where the text puts something in it: a locative preposition
    right before, the name ending there (a city of 200,000, or 50,000 for a two-letter name)."""
    out = []
    pop, kind = gz.data["pop"], gz.data["kind"]
    for m in _LOCATIVE_WORD.finditer(text):
        start, end = m.span(1)
        key = m.group(1).lower()
        floor = 50_000 if len(key) == 2 else 200_000 if key in stopwords() else None
        if floor is None or _NAME_GOES_ON.match(text[end:end + 3]) or any(a < end and start < b for a, b, _ in found):
            continue
        if any(not alt and KINDS[kind[i]] == "city" and pop[i] >= floor for i, alt in gz.ids(key)[:20]):
            out.append((start, end, key))
    return out


_SCAN_MEMO = 64  # texts whose names scan_names remembers: resolution, then its unknown-place and village steps,
# scan the same passage
_scanned: dict[str, tuple["Index", tuple[PlaceMention, ...]]] = {}


# an Arabic article glued before a name by a hyphen, as the press writes it ("al-Bab", "el-Arish")
_ARTICLE_GLUED = re.compile(rf"(?<![\w'’-])({alternation('geo_name_particles', 'press_article')})-$", re.I)


def scan_names(gz: "Index", text: str) -> list[PlaceMention]:
    """Every word-bounded gazetteer name in text, longest match wins on overlaps: capitalised ones (an
    ordinary English word only where the text writes it as a place: "Forest" opening a sentence is no
    town), and lower-case ones where the text writes them as places (_lower_ok). Remembered for the last few
    texts (the answer depends on the text and the index only)."""
    got = _scanned.get(text)
    if got is not None and got[0] is gz:
        return list(got[1])
    found = tuple(_scan_names(gz, text))
    if len(_scanned) >= _SCAN_MEMO:
        _scanned.clear()
    _scanned[text] = (gz, found)
    return list(found)


def _scan_names(gz: "Index", text: str) -> list[PlaceMention]:
    folded = charfold(text)
    stop = stopwords()
    archive = lower_cased(text)
    raw: list[tuple[int, int, str]] = []
    n = len(text)
    for end, key in word_bounded(gz, folded):
        start = end - len(key) + 1
        if start > 0 and (folded[start - 1].isalnum()):
            continue
        if end + 1 < n and folded[end + 1].isalnum():
            continue
        surface = text[start:end + 1]
        if not text[start].isupper():
            if " " not in key and key in stop or not text[start].isalpha():
                continue
            if len(key) < 4 or is_common_word(key):  # (_lower_ok's own first test, before its context is read)
                continue
            if not _lower_ok(gz, key, gz.ids(key), _supported(text, start, end + 1), archive):
                continue
            raw.append((start, end + 1, key))
            continue
        if (surface.isupper() or any(c.isupper() for c in surface[1:])) and len(surface) <= 5:
            continue  # acronyms (party, army, airport codes; "HoR", "MoD"), not places
        if _MONTH_IN_DATE.fullmatch(surface) and (_DATE_NUMBER_AFTER.match(text, end + 1) or _DAY_BEFORE.search(text, max(0, start - 8), start)):
            continue  # "in Nov 2015", "on 3 Dec": a month written short in a date, not a town named Nov
        if " " not in key and (key in stop or text[start:end + 1].lower() == text[start:end + 1]):
            continue
        if is_common_word(key) and not _supported(text, start, end + 1) and not any(
                not alt and (gz.data["pop"][i] >= 200_000 or " " in key and gz.data["kind"][i] == 1)
                for i, alt in gz.ids(key)[:20]):
            # "Forest guards", "Cotton farmers", "Grand Hotel": capitalised ordinary words, not written as a
            # place (a city of its own name, "Manila", or a region, "Eastern Cape", is one all the same)
            continue
        raw.append((start, end + 1, key))
    if not archive:
        raw += _cities_in_frame(gz, text, raw)
    raw.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    out: list[PlaceMention] = []
    last_end = -1
    for start, end, key in raw:
        if start < last_end:
            continue
        last_end = end
        cands = _name_candidates(gz, key)
        article = _ARTICLE_GLUED.search(text, max(0, start - 4), start)
        if article:
            # "al-Bab": the gazetteer files the town with its article ("Al Bab"); the bare word is a namesake abroad
            art = article.group(1).lower()
            joined = tuple(dict.fromkeys(gz.place(i) for k in (f"{art} {key}", f"{art}-{key}") for i, _ in gz.ids(k)[:20]))
            if joined and not set(joined) & set(cands):
                cands = joined  # (where the bare word already names the same place, its reading stands)
        if not cands:
            continue
        # "Ceel" of "Ceel Cadde": one word that only a small town's alternate names hold, followed by a
        # capitalised word that is no place word, is the first word of a longer name (a town's own name,
        # "Puli" of "Puli Khumri", or a city's, "Bombay High Court", is read as before)
        if " " not in key and _CAPITAL_NEXT.match(text, end, end + 3) and not _goes_on_as_place(gz, text, end) \
                and all(alt and gz.data["pop"][i] < _TWIN_MAX_POPULATION for i, alt in gz.ids(key)[:60]):
            continue
        # "the village of Tinkare-Dogo": a commune known only from its boundary is no reading of half
        # of a hyphenated name
        glued = start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha() or \
            end + 1 < n and text[end] == "-" and text[end + 1].isupper()
        if glued and all(map(is_boundary_unit, cands)):
            continue
        out.append(PlaceMention(start, end, text[start:end], cands))
    return out


_CAPITAL_NEXT = re.compile(r"\s[A-Z][a-z]")
# a month's short form in a date ("Nov 2015", "Dec. 3", "3 Dec"): the day or the year beside it
_MONTH_IN_DATE = re.compile(alternation("months", "abbrev"))
_DATE_NUMBER_AFTER = re.compile(r"\.?,?\s*\d")
_DAY_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+$")
_NAMED_MEMO = 50_000  # name keys whose candidates _name_candidates remembers per index


def _name_candidates(gz: "Index", key: str) -> tuple[Place, ...]:
    """The places a scanned name key stands for, best first; remembered per index (they depend on the key only)."""
    memo = getattr(gz, "_named_memo", None)
    if memo is None:
        memo = gz._named_memo = {}
    cands = memo.get(key)
    if cands is None:
        # alternate names of small places are mostly noise ("Rek", "Plaza"): keep the notable ones
        # ... and a qualified name ("Neumarkt (Oberpfalz)") is never noise
        cands = tuple(gz.place(i) for i, alt in gz.ids(key)[:60]
                      if not alt or gz.data["pop"][i] >= 5000 or gz.data["kind"][i] in (1, 2) or "(" in key)[:40]
        if cands and all(map(is_boundary_unit, cands)):
            cands = tuple(gz.place(i) for i, alt in gz.ids(key + " city")[:5]) + cands
        if len(memo) >= _NAMED_MEMO:
            memo.clear()
        memo[key] = cands
    return cands


def word_bounded(gz: "Index", folded: str) -> list[tuple[int, str]]:
    """(end, key) of every gazetteer name key that starts and ends at a word boundary of the folded text (end
    inclusive): the automaton's one pass in C reports every key ending anywhere, and those with a letter or a digit
    right before or after them are dropped. (A walk of the trie from each word start finds the same keys, but its
    loop in Python over some 36,000 starts per 200,000 characters costs a third more; keys never open with a space,
    so a key's start after no letter or digit is a word's start. Callers sort what they keep: the order is moot.)"""
    n = len(folded)
    last = n - 1
    return [(end, key) for end, key in gz.data["auto"].iter(folded)
            if (end == last or not folded[end + 1].isalnum())
            and ((start := end - len(key) + 1) == 0 or not folded[start - 1].isalnum())]


def _goes_on_as_place(gz: "Index", text: str, end: int) -> bool:
    """After a name, a place word ("X District"), a venue within two capitalised words ("X Main Market"; not a
    unit word, "X Y town" is a longer name), or a region the gazetteer knows ("X East Hararge"): the name stands
    as a place of its own."""
    words = list(re.finditer(r"\s+[A-Z][\w'’-]*", text[end:end + 60]))
    if _place_word_after(text[end:end + 60]):
        return True
    for k in range(1, min(len(words), 2) + 1):
        cut = end + words[k - 1].end()
        if words[k - 1].end() == sum(len(w.group(0)) for w in words[:k]) and _venue_after().match(text[cut:cut + 60]):
            return True
    names = [name_key(text[end:end + w.end()].strip()) for w in words[:3] if words[0].start() == 0]
    pids = [i for n in names for i, _ in gz.ids(n)[:20]]
    return any(gz.data["kind"][i] in (1, 2) for i in pids)


def respelt_town(name: str, gz: "Index", country: Country, admin1s: set[str]) -> list["Place"]:
    """The one town of a named region that `name` spells in another Slavic romanisation, else the one
    village council named after it; none when two share that spelling (a guess between them is no better
    than the region)."""
    towns = [p for p in gz.respelt(name, country, admin1s) if p.kind == "city"]
    if towns:
        return towns if len(towns) == 1 else []
    # a village the gazetteer lacks: the one village council of the region named after it, at its centroid
    # (precision 2), under the name the text gives the village
    councils = gz.community(name, country, admin1s)
    return [replace(councils[0], name=name)] if len(councils) == 1 else []


# an institution named after a place's name: "X Primary School", "X Police Station", "X hospital"
_INSTITUTION_NAMED = (rf"(?:\s+[A-Z][\w'’-]*){{0,2}}\s+(?:(?:{alternation('geo_institutions', 'qualifier')})\s+)*"
                      rf"(?:{alternation('geo_institutions', 'noun', 'building')})")

# what a place is said to lie in, right after its name: "X village (Y district, ...)", "the X area of
# Napoli", "X town in Idleb countryside", "X district, Basrah", also by a part of it: "X, in the north of Y
# province", "X in northern Y" (the unit holds the place all the same)
_DIRECTION = alternation('geo_directions', 'directional')
_PART_OF_UNIT = rf"(?:(?:{_DIRECTION})(?:-(?:{_DIRECTION}))?(?:\s+of)?\s+(?:the\s+)?)?"
_STATED_IN = re.compile(rf"^(?:\s+(?:{KIND_WORDS}|{alternation('geo_unit_words', 'stated')})"
                        # a venue or an institution of the place: "X Park in Y", "X Primary School, Y"
                        rf"|(?i:\s+(?:{alternation('geo_unit_words', 'venue')}))"
                        rf"|(?i:{_INSTITUTION_NAMED}))?"
                        rf"(?:\s*\(\s*|,?\s+(?:in|of)\s+(?:the\s+)?{_PART_OF_UNIT}|,\s+)(?:rural\s+)?"
                        r"(?P<unit>[A-Z][\w'’-]*(?:[ -](?:[a-z]{1,3}[ -])?[A-Z][\w'’-]*){0,3})")


def _stated_unit(text: str, end: int, gz: "Index", allowed: set) -> list["Place"]:
    """The known unit a name is said to lie in (its district, region or town), in the countries in play."""
    m = _STATED_IN.match(text[end:end + 120])
    if not m:
        return []
    unit = m.group("unit")
    rural = re.search(r"\brural\s+$", text[end:end + m.start("unit")])
    words = re.split(r"(?<=[\w'’])(?=[ -])", unit)  # "Ras al Ain countryside": the longest known name
    names = [unit[:sum(map(len, words[:k]))] for k in range(len(words), 0, -1)]
    names = [f"Rural {n}" for n in names if rural] + names
    for n in names:
        cands = [p for p in gz.lookup(n)[:20] if p.kind != "country" and (not allowed or p.country in allowed)]
        if cands:
            return cands
    return []


def inside_units(p: "Place", units: list["Place"]) -> bool:
    """p lies in one of the stated units: its region, its district, or within a town's reach."""
    for q in units:
        if p.country != q.country:
            continue
        if q.kind == "admin1" and p.admin1 == q.admin1:
            return True
        if q.kind == "admin2" and p.admin1 == q.admin1 and p.admin2 and place_key(p.admin2) == place_key(q.admin2 or q.name):
            return True
        if q.kind == "city" and km_between(p.latitude, p.longitude, q.latitude, q.longitude) <= 30:
            return True
    return False


# (the unit word in either case: "in X district", "X District (Y)")
_UNKNOWN_PLACE = re.compile(
    rf"\b(?:in|at|near|outside)\s+(?:the\s+)?([A-Z][\w'-]+(?:\s[A-Z][\w'-]+){{0,2}})(?=\s+(?i:{alternation('geo_unit_words', 'unknown_slot')})\b|\s*\()|"
    rf"\b([A-Z][\w'-]+(?:\s[A-Z][\w'-]+){{0,2}})\s+(?i:{alternation('geo_unit_words', 'unknown_named')})\b|"
    # "the town of Qaryatain", "the village of al-Bab": the name a place word introduces
    rf"\b(?:{alternation('geo_unit_words', 'introducer')})\s+of\s+(?:[Aa][lr]-)?([A-Z][\w'-]+(?:\s[A-Z][\w'-]+){{0,2}})|"
    # a two-word name after "in", closing the phrase: "a bomb went off in Qilla Saifullah, killing four", also after
    # the possessive of the region it lies in ("near Balochistan's Qilla Saifullah.")
    # or a compass word ("in south Qilla Saifullah"), and before a date as well as a weekday ("on 3 May")
    rf"\b(?:in|near)\s+(?:(?:{alternation('geo_directions', 'part')})\s+)?(?:[A-Z][\w-]+(?:\s[A-Z][\w-]+)?['’]s\s+)?"
    r"([A-Z][a-z][\w'-]+\s[A-Z][a-z][\w'-]+)(?=\s*[,.;]|\s+on\s+(?:(?:" + alternation('weekdays') + r")\b|\d{1,2}\b))")


_DISTRICT_WORD = re.compile(rf"\s+(?i:{alternation('geo_unit_words', 'district_word')})\b")
_REFERENCE_REACH_KM = 100
# "(38km NW of Y)": the town a distance in parentheses is measured from
_MEASURED_REFERENCE = re.compile(rf"\(\s*(?i:{alternation('geo_place_cues', 'near_frame')})\s+"
                                 rf"(?P<name>[A-Z][\w'-]+(?:\s[A-Z][\w'-]+){{0,2}})")


def _taken(found: list[PlaceMention], start: int, end: int) -> bool:
    """Does a name already found overlap start:end, other than as a shorter piece inside it?"""
    return any(f.start < end and start < f.end and not (start <= f.start and f.end <= end and f.end - f.start < end - start)
               for f in found)


def fuzzy_mentions(text: str, gz: "Index", found: list[PlaceMention], allowed: set) -> list[PlaceMention]:
    """Names in place-like slots ('in Nassriya city', 'at X (...)') that the gazetteer spells differently.
    A near-spelling outside the unit the text puts the place in ("Jammo village (Kathua district)" is no
    Jammu of another district) is another place: the name stays unknown, and the unit stands for it."""
    out = []
    for m in _UNKNOWN_PLACE.finditer(text):
        g = next(i for i in (1, 2, 3, 4) if m.group(i))
        start, end = m.start(g), m.end(g)
        # (a known name that is only a piece of the slot's longer name, "Xamar" of "Xamar Jabjab district", does
        # not stop the longer one from being sought; the resolver then drops the piece)
        if _taken(found, start, end):
            continue
        surface = text[start:end]
        if surface.lower() in stopwords():
            continue
        piece = any(f.start < end and start < f.end for f in found)
        if not allowed:
            # a text that points to no country: only a name its unit word writes as a place ("X District"),
            # read in another spelling system of the one country that has it
            if g in (1, 2):
                spelt = respelt_anywhere(surface, gz) or (respelt_district(surface, gz) if _DISTRICT_WORD.match(text, end) else [])
                if spelt:
                    out.append(PlaceMention(start, end, surface, tuple(spelt[:20])))
            continue
        cands = tuple(p for p in gz.fuzzy(surface, countries=allowed) if p.kind != "country")[:20]
        if piece:  # (the longer name as the text writes it, as ACLED names it)
            cands = tuple(replace(p, name=surface) for p in cands)
        if not cands:  # another spelling system's letters ("x" for h in Somali), which near-spellings miss
            cands = tuple(replace(p, name=surface) for c in allowed for p in respelt_place(surface, gz, c))[:20]
        if not cands and _DISTRICT_WORD.match(text, end):
            cands = tuple(respelt_district(surface, gz, allowed))
        units = _stated_unit(text, end, gz, allowed)
        if units:
            cands = tuple(p for p in cands if inside_units(p, units))
        ref = near_reference(text, end) if cands else None
        if ref is not None:
            # "X Village (38km NW of Y)": a near-spelling of X is X only within reach of the town it is told by
            towns = [q for q in gz.lookup(ref.surface)[:10] if q.country in allowed and q.kind != "country"]
            cands = tuple(p for p in cands if any(km_between(p.latitude, p.longitude, q.latitude, q.longitude)
                                                  <= _REFERENCE_REACH_KM for q in towns))
        if cands:
            out.append(PlaceMention(start, end, surface, cands))
    # "X Village (38km NW of Y)": the reference town Y, read in another spelling system of the one country that has
    # it, as a district is above; a shorter name inside it ("Bandar" of "Bandar Beyla") is only a piece of it, even
    # where the text already points to the country of that piece (a piece read first can have set that pointer)
    for m in _MEASURED_REFERENCE.finditer(text):
        start, end = m.span("name")
        if _taken(found + out, start, end):
            continue
        spelt = [p for c in allowed for p in respelt_place(m.group("name"), gz, c)] if allowed else []
        spelt = [replace(p, name=m.group("name")) for p in spelt] or respelt_anywhere(m.group("name"), gz)
        if spelt:
            out.append(PlaceMention(start, end, m.group("name"), tuple(spelt[:20])))
    return out


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]{3,}(?:[ -][A-Z][\w'’-]+)?")


def respelt_mentions(text: str, gz: "Index", mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Inside a Ukrainian, Russian or Belarusian region the text names ("in Donetsk oblast"), a town written
    in another romanisation than the gazetteer's: a name it lacks there becomes that region's one town
    with the same Slavic skeleton, and a name it knows only in other regions also gets that town."""
    regions: dict[Country, set[str]] = {}
    for m in mentions:
        for p in m.candidates[:3]:
            if p.kind == "admin1" and p.country.iso2 in SLAVIC_NAMES and place_key(p.name).startswith(place_key(m.surface)[:5]):
                regions.setdefault(p.country, set()).add(p.admin1)
    if not regions:
        return mentions
    out = []
    for m in mentions:
        if not any(p.admin1 in a1s for c, a1s in regions.items() for p in m.candidates if p.country == c):
            extra = [q for c, a1s in regions.items() for q in respelt_town(m.surface, gz, c, a1s)]
            before = text[max(0, m.start - 40):m.start]
            if extra and (IN.search(before) or STRUCK.search(before[-30:])):
                # the named region's town before its homonyms elsewhere in that country
                others = tuple(p for p in m.candidates if p.country not in regions)
                m = PlaceMention(m.start, m.end, m.surface, tuple(extra) + others)
        out.append(m)
    for x in _CAPITALISED.finditer(text):
        if any(f.start < x.end() and x.start() < f.end for f in out) or x.group(0).lower() in stopwords():
            continue
        before = text[max(0, x.start() - 40):x.start()]
        if not (IN.search(before) or STRUCK.search(before[-30:])):
            continue
        extra = [q for c, a1s in regions.items() for q in respelt_town(x.group(0), gz, c, a1s)]
        if extra:
            out.append(PlaceMention(x.start(), x.end(), x.group(0), tuple(extra)))
    return sorted(out, key=lambda m: m.start)


_ARTICLE_OPENING = re.compile(rf"(?i)(?:{alternation('geo_name_particles', 'article')})[- ]")


def with_article(mentions: list[PlaceMention], gz: "Index") -> list[PlaceMention]:
    """English drops the Arabic article that gazetteers keep ("Kut" for Al-Kut, "Mukalla" for Al Mukalla):
    towns filed under "Al-<name>" join the candidates of a bare name."""
    out = []
    for m in mentions:
        if " " not in m.surface and not _ARTICLE_OPENING.match(m.surface):
            extra = tuple(p for p in gz.lookup("Al-" + m.surface)[:5] if p.kind == "city" and p not in m.candidates)
            if extra:
                m = PlaceMention(m.start, m.end, m.surface, m.candidates + extra)
        out.append(m)
    return out


def rural_regions(text: str, mentions: list[PlaceMention], gz: "Index") -> list[PlaceMention]:
    """The lower-case "rural X" of the press ("in rural Damascus") is the
    governorate ACLED calls "Rural X" when there is one: a region, not the city."""
    out = []
    for m in mentions:
        r = re.search(r"\brural\s+$", text[max(0, m.start - 8):m.start])
        if r:
            regions = tuple(p for p in gz.lookup(f"Rural {m.surface}")[:5] if p.kind == "admin1")
            if regions:
                start = m.start - (len(text[max(0, m.start - 8):m.start]) - r.start())
                m = PlaceMention(start, m.end, text[start:m.end], regions)
        out.append(m)
    return out


_PART_WORD = re.compile(rf"\b({alternation('geo_directions', 'part')})[\s-]+$", re.I)


@lru_cache(maxsize=4)
def _group_names(gz: "Index") -> "re.Pattern[str] | None":
    """The shared names of regions (Index.region_parts) that are no country's name and no ordinary words."""
    from eventdesk.geo.countries import country_by_name

    names = [s for s in gz.region_parts() if len(s) >= 4 and country_by_name(s) is None
             and not is_common_word(s) and not any(w in stopwords() for w in s.split())]
    if not names:
        return None
    return re.compile(r"(?<![\w'’-])(" + "|".join(re.escape(s) for s in sorted(names, key=len, reverse=True))
                      + r")(?=['’]s\b|[^\w'’-]|$)", re.I)


def region_groups(text: str, mentions: list[PlaceMention], gz: "Index") -> list[PlaceMention]:
    """"in Sinai", "across Darfur": a name a country shares among regions told apart by a compass word ("North
    Sinai", "South Sinai") names that group (codebook 1.5: the event is coded to a region); "northern Sinai" is
    its northern region. A small namesake the gazetteer knows (a hamlet "Sinai" abroad) stays a reading."""
    pattern = _group_names(gz)
    if pattern is None:
        return mentions
    out = list(mentions)
    for x in pattern.finditer(charfold(text)):
        start, end = x.span(1)
        if not text[start].isupper():
            continue
        same = [m for m in mentions if (m.start, m.end) == (start, end)]
        if any(m.start < end and start < m.end for m in mentions if m not in same):
            continue  # a piece of a longer name ("North Kivu", "Sinai Peninsula Hotel")
        if same and any(p.population >= 1000 or p.kind in ("admin1", "country") for p in same[0].candidates):
            continue  # a town of the name ("Juba") is what the name says
        parts = gz.region_parts()[x.group(1).lower()]
        word = _PART_WORD.search(text[max(0, start - 12):start])
        chosen = [pid for pid, letter in parts if word and word.group(1)[0].lower() == letter]
        regions = tuple(gz.place(pid) for pid in (chosen[:1] or [pid for pid, _ in parts]))
        if same:
            out[out.index(same[0])] = PlaceMention(start, end, same[0].surface, regions + same[0].candidates)
        else:
            out.append(PlaceMention(start, end, text[start:end], regions))
    return sorted(out, key=lambda m: m.start)


@lru_cache(maxsize=1)
def _area_rows() -> tuple[tuple[re.Pattern, str, str], ...]:
    """data/geo_areas.csv read once: (pattern, iso2, admin1) of the well-known areas that are no unit."""
    out = []
    for n, r in enumerate(data_rows("geo_areas.csv"), 1):
        rx = row_pattern("geo_areas.csv", n, r["pattern"])
        if country_by_code(r["iso2"]) is None:
            raise ValueError(f"geo_areas.csv: row {n} ({r['pattern']!r}) has unknown iso2 {r['iso2']!r}")
        # behind its literal pre-filter (same matches): every resolved text is asked about every row, and most
        # name none of the areas, which the strings found in the text once tell without running the row's pattern
        out.append((filtered(rx), r["iso2"], r["admin1"]))
    return tuple(out)


def area_region(gz: "Index", iso2: str, admin1: str) -> Place | None:
    """The admin1 unit of a row of geo_areas.csv, as the gazetteer holds it."""
    country = country_by_code(iso2)
    return next((p for p in gz.lookup(admin1, country) if p.kind == "admin1" and p.country == country), None)


def named_areas(text: str, mentions: list[PlaceMention], gz: "Index") -> list[PlaceMention]:
    """"shelling in eastern Ghouta", "raids in the Nuba Mountains": a well-known area that is no unit and no town
    (data/geo_areas.csv) names the admin1 that holds it (codebook 1.5: only a larger region is known, precision 3).
    A longer name that holds it ("Ghouta Street") stays what it is, a shorter one inside it ("Nuba") gives way; a town
    of the name keeps its reading, the region added as another."""
    out = list(mentions)
    for rx, iso2, admin1 in _area_rows():
        for x in rx.finditer(text):
            start, end = x.span("name") if "name" in rx.groupindex else x.span()
            same = [m for m in out if (m.start, m.end) == (start, end)]
            inner = [m for m in out if start <= m.start and m.end <= end and m not in same]  # "Nuba" of "Nuba Mountains"
            if any(m.start < end and start < m.end for m in out if m not in same and m not in inner):
                continue
            out = [m for m in out if m not in inner]
            region = area_region(gz, iso2, admin1)
            if region is None:
                continue
            if same:
                out[out.index(same[0])] = PlaceMention(start, end, same[0].surface, (region,) + tuple(
                    p for p in same[0].candidates if p != region))
            else:
                out.append(PlaceMention(start, end, text[start:end], (region,)))
    return sorted(out, key=lambda m: m.start)


# A capitalised name of up to three words, with a glued Arabic article ("al-Bab", "el-Arish") or a hyphenated
# second half ("Ceel-Xamar"): what a place the gazetteer lacks looks like in running text.
_UNKNOWN_NAME = (rf"(?:(?:{alternation('geo_name_particles', 'press_article')})-)?[A-Z][a-z][\w'’]*(?:-[A-Z]?[a-z][\w'’]*)?"
                 r"(?:\s[A-Z][a-z][\w'’]*(?:-[A-Z]?[a-z][\w'’]*)?){0,2}")
# the frames that put something at a name: "in/at/near X", "the village of X", "attacked X", "X village"
_UNKNOWN_FRAME = re.compile(
    rf"\b(?P<prep>(?i:(?:{alternation('geo_place_cues', 'strict')}|inside)\s+(?:the\s+)?)"
    # "4kms from X", "in the vicinity of X": what a place is near
    rf"|(?i:(?:{alternation('geo_place_cues', 'near_frame')})\s+(?:the\s+)?)"
    rf"|(?i:(?:{alternation('geo_unit_words', 'introducer')}|{alternation('geo_place_cues', 'dwellers')})\s+of\s+(?:the\s+)?)"
    rf"|(?i:(?:{alternation('geo_attack_verbs', 'struck')})\s+(?:the\s+)?)"
    # "an attack on X", "air strikes against X": what the attack is on
    rf"|(?i:(?:{alternation('event_cues', 'target_noun')})\s+(?:on|against)\s+(?:the\s+)?))"
    rf"(?P<name>{_UNKNOWN_NAME})(?![\w'’-])")
# "X residents blocked the road": the people of a place named before them; "X Village (38km NW of Y)": a village
# ACLED's notes locate by a distance in parentheses
_RESIDENTS_FRAME = re.compile(rf"\b(?P<rname>{_UNKNOWN_NAME})(?=\s+(?:{alternation('geo_place_cues', 'residents')})\b"
                              rf"|\s+(?i:{alternation('geo_unit_words', 'of_town', 'of_village')})\s*\(\s*\d)")
VENUE_WORD = re.compile(rf"^\s+(?:{alternation('geo_unit_words', 'venue', 'unknown_slot', 'introducer')})\b", re.I)
DWELLERS = re.compile(rf"(?i:{alternation('geo_place_cues', 'dwellers')})\s")
_RESIDENTS_AFTER = re.compile(rf"^\s+(?:{alternation('geo_place_cues', 'residents')})\b")
_NOT_PLACE_PREP = re.compile(r"^(?:from|of)\b", re.I)  # an origin ("a man from X") or a longer name ("Bank of X")


def not_a_place_word(word: str) -> bool:
    """A word no unknown place name is made of: an ordinary English word, a stop word (month, weekday, title,
    news vocabulary), an acronym, a country or a demonym."""
    low = word.lower().strip("'’")
    return (low in stopwords() or is_common_word(low) or len(low) < 3 or word.isupper()
            or bool(countries_in(word)))


def _not_a_place_token(token: str) -> bool:
    """A word of a name, hyphenated halves taken together: "Bur-Hagar" is a name though "bur" is a word; and a
    word glued to an Arabic article ("al-Rose") is a name though the word alone is an English one."""
    halves = [p for p in token.split("-") if p]
    parts = [p for p in halves if p.lower() not in _press_articles()]
    glued = len(parts) < len(halves) and halves[0].lower() in _press_articles()
    return bool(parts) and (not glued and all(not_a_place_word(p) for p in parts) or any(
        p.lower() in stopwords() or p.isupper() or countries_in(p) for p in parts))


# after a name: what ends a place phrase though lower-case ("in X protesting", "in X seriously injured")
_CLAUSE_GOES_ON = re.compile(r"^\s+[a-z]+(?:ed|ing|ly)\b")
# "of X" places X after a place noun ("the outskirts of X", "control of X", "30km north of X"), or when a
# place word follows ("residents of the X area", "the chief of X village")
_OF_PLACE_BEFORE = re.compile(rf"\b(?:(?:{alternation('event_cues', 'locative_of')})s?|{alternation('event_cues', 'compass')})"
                              r"\s+$", re.I)


def _place_word_after(after: str) -> bool:
    """A unit, venue or institution word right after a name, in either case ("X Village", "X Primary School")."""
    return bool(VENUE_WORD.match(after) or _KIND_NEXT.match(after) or SUBPLACE_WORDS.match(after)
                or _venue_after().match(after))


def village_named(text: str, m: PlaceMention) -> bool:
    """The text calls the name a village or a town ("X village", "the village of X"), not an area near a place."""
    return bool(_VILLAGE_AFTER.match(text[m.end:m.end + 20]) or _VILLAGE_BEFORE.search(text[max(0, m.start - 20):m.start]))


_VILLAGE_AFTER = re.compile(rf"^\s+(?:{alternation('geo_unit_words', 'of_town', 'of_village')})\b", re.I)
_VILLAGE_BEFORE = re.compile(rf"\b(?:{alternation('geo_unit_words', 'of_town', 'of_village')})\s+of\s+$", re.I)


def venue_in_named_place(text: str, end: int) -> bool:
    """"X College in Y", "X Park, Y": a venue named before the place it stands in, known or not."""
    return venue_follows(text, end) and bool(_STATED_IN.match(text[end:end + 120]))


_PART_AFTER = re.compile(rf"^\s+(?:{alternation('geo_unit_words', 'town_part')})\b", re.I)


_QUARTER_OF = re.compile(rf"^\s+(?:{alternation('geo_unit_words', 'town_part')})\s*(?:\(\s*|,\s*|\s+(?:of|in)\s+(?:the\s+)?)[A-Z]", re.I)


def quarter_of_named_place(text: str, end: int) -> bool:
    """"X neighbourhood (Y)", "the X quarter of Y": X names a part of the place written after it (a quarter
    named after a town elsewhere, "Kuwait neighbourhood"), not a place of its own."""
    return bool(_QUARTER_OF.match(text[end:end + 60]))


def quarter_follows(text: str, end: int) -> bool:
    """A part of a town is named ("X neighbourhood", "X quarter"): coded to the unit it lies in."""
    return bool(_PART_AFTER.match(text[end:end + 30]))


def venue_follows(text: str, end: int) -> bool:
    """A venue or an institution is named after the place's name ("X Park", "X Primary School", "X hospital"),
    not a unit of it ("X district", "X area")."""
    return bool(_venue_after().match(text[end:end + 60]))


@lru_cache(maxsize=1)
def _venue_after() -> re.Pattern:
    units = {t.pattern for t in terms("geo_unit_words") if t.kind == "kind"}
    venues = "|".join(t.pattern for t in terms("geo_unit_words") if t.kind == "venue" and t.pattern not in units)
    return re.compile(rf"^(?:\s+(?:{venues})\b|{_INSTITUTION_NAMED}\b)", re.I)


def _name_end(text: str, start: int, end: int) -> int:
    """Where an unknown name ends: a trailing capitalised place or institution word is not part of it ("Kolo"
    of "Kolo Village", of "Kolo Primary School"); 0 when no part of it can be a place's name."""
    spans = [w.end() for w in re.finditer(r"\S+", text[start:end])]
    for k in range(len(spans), 0, -1):
        e = start + spans[k - 1]
        if k < len(spans) and not _place_word_after(text[e:e + 60]):
            continue
        tokens = text[start:e].split()
        if not any(_not_a_place_token(t) for t in tokens) and any(
                t.split("-")[-1].lower() not in _press_articles() for t in tokens):
            return e
    return 0


_TWIN_MAX_POPULATION = 100_000


def unknown_names(text: str, known: list[PlaceMention], abroad: list[PlaceMention] = ()) -> list[PlaceMention]:
    """Capitalised names the text writes as places ("in X", "at X", "near X", "the locality of X", "attacked X
    village") that the gazetteer does not hold: candidates for an event's place under the text's own
    spelling (no candidates of their own). None in a lower-cased archive, where a capital says nothing.
    Not a name of ordinary words, months, titles' persons, countries or their people, groups' names, a name
    before a group noun ("Hema herders") or an organisation's word ("Kivu Bank"), or a possessive. A name of
    several words the gazetteer knows only in other countries (`abroad`: "New Brighton", "Port Alfred") is a
    name though its words are ordinary ones: settlers named towns after others."""
    if lower_cased(text):
        return []
    groups = None
    out = []
    frames = sorted([*_UNKNOWN_FRAME.finditer(text), *_RESIDENTS_FRAME.finditer(text)], key=lambda m: m.start())
    for m in frames:
        g = "rname" if m.re is _RESIDENTS_FRAME else "name"
        start, end = m.span(g)
        if g == "rname":  # "Angry Walemba residents": a sentence's capitalised first word is no part of the name
            first = re.match(r"(\S+)\s+(?=\S)", text[start:end])
            if first and _not_a_place_token(first.group(1)):
                start += first.end()
        # (a small town's name: a city known the world over, "New York", is that city, not a namesake here)
        twin = next((a for a in abroad if a.start == start and a.end <= end and " " in a.surface
                     and all(p.population < _TWIN_MAX_POPULATION for p in a.candidates)), None)
        end = twin.end if twin is not None else _name_end(text, start, end)
        if not end:
            continue
        name = text[start:end]
        after = text[end:end + 40]
        prep = (m.group("prep") or "") if g == "name" else ""
        if _NOT_PLACE_PREP.match(prep) and not (
                _OF_PLACE_BEFORE.search(text[max(0, m.start() - 40):m.start()]) if prep[:2].lower() == "of"
                else _place_word_after(after)):
            continue
        if g == "rname" and not (re.search(r"(?:^|[.;:!?]\s+|\b[a-z]+\s+)$", text[max(0, m.start() - 30):m.start()])):
            continue  # ("Mr Tom Kaya residents" is no such name; a lower-case word or a sentence's start opens it)
        if any(f.start < end and start < f.end for f in known + out):
            continue
        if after.startswith(("'s", "’s")) or GROUP_FOLLOW.match(after) \
                or re.match(r"^\s*[A-Z][a-z]", after) and not _place_word_after(after) \
                or ORG_FOLLOW.match(after) and not SITE_FOLLOW.match(after) and not _place_word_after(after):
            continue
        if TITLE.search(text[max(0, start - 20):start]):
            continue
        # a name qualifying a plain noun ("Taliban attacks", "the Hema rebels") is no place, unless the noun is a
        # place, a unit or a venue ("X village", "X market", "X school")
        # (a past-tense verb after it is the clause going on: "fighting in X killed two")
        noun = re.match(r"^\s+([a-z]+)\b", after)
        if noun and not _CLAUSE_GOES_ON.match(after) and not DWELLERS.match(prep) and g == "name" \
                and not _COMPASS_AFTER.match(text[end:end + 40]) \
                and not _RESIDENTS_AFTER.match(after) \
                and noun.group(1) not in stopwords() and not (SUBPLACE_WORDS.match(after) or KIND_AFTER.match(after)
                                                           or _KIND_NEXT.match(after) or SITE_FOLLOW.match(after)
                                                           or INSTITUTION_AFTER.match(after) or VENUE_WORD.match(after)):
            continue
        if groups is None:
            groups = list(group_spans(text))
        if any(a < end and start < b for a, b in groups):
            continue
        out.append(PlaceMention(start, end, name, ()))
    return out


@lru_cache(maxsize=1)
def _press_articles() -> frozenset[str]:
    return frozenset(t.pattern for t in terms("geo_name_particles") if t.kind == "press_article")


def stated_unit(text: str, end: int, gz: "Index", allowed: set) -> list["Place"]:
    """The known unit (district, region, town) the text says the name ending at `end` lies in."""
    return _stated_unit(text, end, gz, allowed)


_SPELLINGS: dict[int, dict[str, dict[str, list[int]]]] = {}


_KEYS_BY_CC: dict[int, dict[str, list[tuple[str, list[int]]]]] = {}


def _keys_by_country(gz: "Index") -> dict[str, list[tuple[str, list[int]]]]:
    """The index's name keys grouped by the country of their first place, in one pass: a country's spelling
    table is then built from its own keys, not from a scan of the whole index for each new country."""
    got = _KEYS_BY_CC.get(id(gz.data))
    if got is None:
        cc_of = gz.data["cc"]
        got = {}
        for k, ids in gz.data["keys"].items():
            got.setdefault(cc_of[ids[0] >> 1], []).append((k, ids))
        _KEYS_BY_CC[id(gz.data)] = got
    return got


def _spelling_table(gz: "Index", cc: str) -> dict[str, list[int]]:
    """A country's places by spelling key, built on first use from the index's keys."""
    by_cc = _SPELLINGS.setdefault(id(gz.data), {})
    if cc not in by_cc:
        table: dict[str, list[int]] = {}
        pairs, cc_of = _keys_by_country(gz).get(cc, ()), gz.data["cc"]
        for (k, ids), sk in zip(pairs, spelling_keys([k for k, _ in pairs], cc)):  # all keys folded at once
            table.setdefault(sk, []).extend(i >> 1 for i in ids if cc_of[i >> 1] == cc)
        by_cc[cc] = table
    return by_cc[cc]


def respelt_place(name: str, gz: "Index", country: Country) -> list["Place"]:
    """Places of the country whose name folds to the same spelling key as `name` (folding.spelling_key: the
    same name in another spelling system: "Debre Markos" for Debre Mark'os, "Ceel Dheer" for El Der), towns first."""
    if len(key_letters(name)) < 4:
        return []
    cc = country.iso2
    out: list[Place] = [gz.place(i) for i in dict.fromkeys(_spelling_table(gz, cc).get(spelling_key(name, cc), ()))]
    out = [p for p in out if p.kind != "country"] or _respelt_vowels(name, gz, cc)
    return sorted(out, key=lambda p: (p.kind != "city", -p.population))


_VOWELS_MIN_LETTERS = 5  # a shorter name's consonants name too many places
_VOWELS_MIN_RATIO = 0.75  # the spellings themselves stay close: one or two vowels apart, not a new word
_VOWELS_SAME_SPOT_KM = 10.0


def _respelt_vowels(name: str, gz: "Index", cc: str) -> list["Place"]:
    """In a country whose names reach the press transliterated (folding.VOWEL_SPELLINGS), the one town or district
    whose name differs from `name` only in which vowels it writes, not where (folding.vowel_pattern), in a digraph's
    h or a final h (folding.vowel_skeleton: 'Mazzouna' for Mezzouna, 'Badelle' for Bedele, 'Kikla' for Kiklah);
    none where that skeleton names places in two spots of the country (a guess between them is no place)."""
    if cc not in VOWEL_SPELLINGS:
        return []
    spelt = spelling_key(name, cc)
    sk = vowel_skeleton(spelt)
    if len(key_letters(name)) < _VOWELS_MIN_LETTERS or len(sk) < 3:
        return []
    table = _vowel_table(gz, cc)
    shape = vowel_pattern(spelt)
    ids = [i for k in table.get(sk, ()) if vowel_pattern(k) == shape
           and difflib.SequenceMatcher(None, spelt, k).ratio() >= _VOWELS_MIN_RATIO for i in _spelling_table(gz, cc)[k]]
    found = [p for p in map(gz.place, dict.fromkeys(ids)) if p.kind in ("city", "admin2")]
    if not found or any(km_between(p.latitude, p.longitude, found[0].latitude, found[0].longitude) > _VOWELS_SAME_SPOT_KM
                        for p in found):
        return []
    return found


def _vowel_table(gz: "Index", cc: str) -> dict[str, list[str]]:
    """A country's spelling keys by vowel skeleton, built on first use."""
    by_cc = _VOWEL_TABLES.setdefault(id(gz.data), {})
    if cc not in by_cc:
        table: dict[str, list[str]] = {}
        for k in _spelling_table(gz, cc):
            table.setdefault(vowel_skeleton(k), []).append(k)
        by_cc[cc] = table
    return by_cc[cc]


_VOWEL_TABLES: dict[int, dict[str, dict[str, list[str]]]] = {}


_DISTRICTS: dict[int, dict[str, dict[str, list[int]]]] = {}


def respelt_district(name: str, gz: "Index", countries: "set[Country] | None" = None) -> list["Place"]:
    """The one district of a Somali-spelling country whose consonants are those of `name`, for a name the text
    writes as a district ("Hawl-Wadaag District" for Hawal Wadag, "Wardhiigley" for Wardegly): the long vowels
    Somali doubles and the vowels Italian-era spellings change leave the consonants alone. Districts only (a
    country has a few dozen), and only a single match: among villages one skeleton names many places."""
    sk = re.sub(r"[aeiouyw]", "", spelling_key(name, "SO"))
    if len(sk) < 4:
        return []
    tables = _DISTRICTS.setdefault(id(gz.data), {})
    found: list[int] = []
    for cc in sorted(SOMALI_NAMES):
        if countries and not any(c.iso2 == cc for c in countries):
            continue
        if cc not in tables:
            table: dict[str, list[int]] = {}
            for sk2, ids in _spelling_table(gz, cc).items():
                for i in ids:
                    if gz.data["kind"][i] == 2:
                        table.setdefault(re.sub(r"[aeiouyw]", "", sk2), []).append(i)
            tables[cc] = table
        found += tables[cc].get(sk, [])
    places = [gz.place(i) for i in dict.fromkeys(found)]
    spots = {(round(p.latitude, 2), round(p.longitude, 2)) for p in places}
    return [replace(places[0], name=name)] if len(spots) == 1 else []


def respelt_anywhere(name: str, gz: "Index") -> list["Place"]:
    """respelt_place in every country, for a text that points to none: the places, under the text's spelling,
    where exactly one country has that name in another spelling system ("Xamar Weyne District" for Hamar
    Weyne); none where several do (a guess between countries is no place) or the name is short. The first
    call folds every country's names (a few seconds), so callers keep it to names a unit word places."""
    if len(key_letters(name)) < 6:
        return []
    cc_of = gz.data["cc"]
    found: dict[str, list[int]] = {}
    keys: dict[tuple[bool, bool], str] = {}  # spelling_key reads a country only for its spelling system
    for cc in _keys_by_country(gz):
        system = (cc in SOMALI_NAMES, cc in ARABIC_NAMES)
        key = keys.get(system)
        if key is None:
            key = keys[system] = spelling_key(name, cc)
        ids = _spelling_table(gz, cc).get(key)
        if ids:
            found[cc] = ids
    if len(found) != 1:
        return []
    out = [gz.place(i) for i in dict.fromkeys(next(iter(found.values()))) if cc_of[i] in found]
    out = [replace(p, name=name) for p in out if p.kind != "country"]
    return sorted(out, key=lambda p: (p.kind != "city", -p.population))


# "X, near Y", "X (12km NE of Y)", "X, a village close to Y": the town a small place is found by
# ("the X and Z areas of Y", "X and Z south of Y": the names listed with it share its reference; the names themselves
# are matched as written, so "Y and Z" is no three-word name)
_NEAR_REFERENCE = re.compile(rf"^(?:(?:,\s*|\s+and\s+)(?-i:{_UNKNOWN_NAME})){{0,3}}"
                             rf"(?:\s+(?:{alternation('geo_unit_words', 'unknown_named', 'introducer', 'venue')}))?\s*[,(]?\s*(?:(?:an?|the)\s+(?:small\s+)?(?:{alternation('geo_unit_words', 'introducer')})\s+)?"
                             rf"(?:{alternation('geo_place_cues', 'near', 'reference', 'reference_area')})\s+(?:the\s+)?(?:(?:{alternation('geo_unit_words', 'introducer')})\s+of\s+)?"
                             rf"(?P<ref>(?-i:{_UNKNOWN_NAME}))(?![\w'’-])", re.I)


_COMPASS_AFTER = re.compile(rf"^\s+(?:{alternation('geo_place_cues', 'reference')})\s", re.I)
_BARE_COMPASS = re.compile(rf"^\s*,?\s*(?:{alternation('geo_place_cues', 'reference')})\s+$", re.I)


def told_by_compass(text: str, end: int, ref: PlaceMention) -> bool:
    """"X, west of Y", "X northeast of Y": a bare name told by a compass point from a town, no area or list."""
    return bool(_BARE_COMPASS.match(text[end:ref.start]))


def near_reference(text: str, end: int) -> PlaceMention | None:
    """The town the text places a name by, right after it ("Y" in "X, near Y"), if it names one."""
    m = _NEAR_REFERENCE.match(text[end:end + 80])
    if not m or not m.group("ref")[0].isupper() or any(not_a_place_word(w) for w in re.split(r"[\s-]+", m.group("ref"))):
        return None
    return PlaceMention(end + m.start("ref"), end + m.end("ref"), m.group("ref"), ())
