"""Resolve place mentions to one ACLED location (codebook.md 1.5).

geo_precision: 1 = a named town; 2 = "near" a town, or an unknown village coded to its district /
the next known level of an ACLED-style parenthetical hierarchy "(Oyam, Northern)"; 3 = only a
region (admin1) is known. Homonyms are settled by the admin chain, then by countries named in the
text (names, demonyms) or the hint, then by population and kind.
"""
from __future__ import annotations

import math
import re
from difflib import SequenceMatcher
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

import ahocorasick

from eventdesk.geo.countries import Country, data_rows, country_by_code, country_by_name, is_territory_name
from eventdesk.geo.gazetteer import PlaceMention, is_boundary_unit, km_between, stopwords

if TYPE_CHECKING:
    from eventdesk.geo.gazetteer import Gazetteer, Place


@dataclass(frozen=True)
class Location:
    place: "Place"
    location: str
    geo_precision: int
    mention: PlaceMention | None


_NEAR = re.compile(r"\b(near|nearby|outside|outskirts of|vicinity of|close to|around|km (?:from|of|north of|south of|"
                   r"east of|west of)|kilometers? (?:from|of)|kilometres? (?:from|of)|border with|between)\s+(?:the\s+)?$",
                   re.I)
_IN = re.compile(r"\b(in|at|into|on|from|of|near|outside|around|across|to|towards|toward)\s+(?:the\s+)?"
                 r"(?:[A-Z][\w'-]*\s+){0,2}$")
# what is shelled, stormed or taken is where the event is: "shelled the Kramatorsk district"
_STRUCK = re.compile(r"\b(?:shell(?:ed|ing)|bomb(?:ed|ing)|attack(?:ed|ing)|struck|hit|raid(?:ed|ing)|storm(?:ed|ing)|"
                     r"(?:re)?captur(?:ed|ing)|seiz(?:ed|ing)|retook|took over|besieg(?:ed|ing)|target(?:ed|ing)|"
                     r"ambush(?:ed|ing)|invad(?:ed|ing)|enter(?:ed|ing))\s+(?:the\s+)?"
                     r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|[a-z]+-(?:eastern|western))\s+)?$")
# the place a protest verb is written with ("demonstrated in X", "held a rally in X") is where the event
# happened; other places of the note are background ("against the regime in Minsk"). Not "at": "at" names
# venues ("a rally at Market Square in Leeds")
_EVENT_IN = re.compile(
    r"\b(?:(?:gathered|demonstrated|protested|rallied|marched|assembled|picketed|took to the streets|went on strike)"
    r"(?:\s+(?!in\b|at\b)[\w'-]+){0,4}?|"
    r"(?:held|staged|organi[sz]ed) (?:a |an )?(?:[\w'-]+\s){0,3}?(?:protests?|rall(?:y|ies)|demonstrations?|march(?:es)?|"
    r"sit-ins?|vigils?|strikes?|pickets?|press conference))"
    r",?\s+in\s+(?:the\s+)?"
    # "gathered in Central Square in X", "rallied in Liberty Park of X": a named venue, then its town
    r"(?:(?:[A-Z][\w'-]*\s+){1,3}(?:in|of)\s+(?:the\s+)?)?"
    r"(?:(?:city|town|village|streets?|cent(?:re|er)) of\s+)?(?:[A-Z][\w'-]*\s+){0,3}$")
_VENUE_IN = re.compile(r"^(?:\s+(?:square|area|neighbou?rhood|park|quarter|district|suburb|street|camp|market))?,?"
                       r"\s+(?:in|of)\s+(?:the\s+)?(?:(?:city|town) of\s+)?$", re.I)
_STRICT_IN = re.compile(r"\b(in|at|into|near|outside|around|across|towards?|of|from)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}$")
_TITLE = re.compile(r"\b(Mr|Mrs|Ms|Dr|Gen|General|President|Minister|Governor|Mayor|Senator|Sen|Rep|Colonel|Col|"
                    r"Captain|Capt|Lt|Sgt|Judge|Prince|King|Queen|Sheikh|Imam|Pastor|Father|Bishop|Chief|Prof|"
                    r"Professor|Commander|Lord|Sir|Madam|Saint|St)\.?\s+$")
ALT_PENALTY = 0.7
COHERENCE = 0.6
_PAREN = re.compile(r"\(([^()]{2,160})\)")
_SUBPLACE_WORDS = re.compile(r"^\s+(district|province|region|county|sub-county|subcounty|city|town|village|"
                             r"governorate|oblast|state|municipality|department|division|woreda|zone|township|"
                             r"tehsil|upazila|commune|area|neighbou?rhood|prefecture)\b", re.I)
_ORG_FOLLOW = re.compile(r"^\s+(University|Post|Times|Airport|Stadium|Hospital|Prison|Street|Road|Avenue|Square|"
                         r"Park|Gardens?|Plaza|Hall|Palace|Office|Building|"
                         r"Club|FC|United|Group|Company|Bank|Party|Front|Army|Police|Council|Court|Declaration|"
                         r"Agreement|Accord|Accords|Protocol|Process|Format|Talks|Summit|Conference|Convention|"
                         r"Times|Herald|Tribune|Journal|Gazette|News|Radio|TV|Television|Broadcasting|Institute|"
                         r"Center|Centre|Foundation|Mosque|Church|Cathedral|Temple|Market|Bridge|Dam|Gate|Highway|"
                         r"Channel|Express|Daily|Review|Monitor|Observer|Post-Dispatch|Chronicle|Courier)\b")


@lru_cache(maxsize=1)
def _country_scanner() -> tuple[ahocorasick.Automaton, dict[str, Country], frozenset[str]]:
    """Automaton over country names, aliases and demonyms; all-caps aliases (US, DRC) must match case."""
    from eventdesk.geo.gazetteer import name_key

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
    from eventdesk.geo.gazetteer import charfold

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
    """Countries of the named parties, unions, armed groups and state forces in text ("PTI", "CGT"), as
    a weak country cue for texts that name no country: a group name shared by several countries
    ("CGT") splits its vote."""
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
    out: Counter = Counter()
    for cs in spans.values():
        for c in cs:
            out[c] += 1.0 / len(cs)
    return out


@dataclass
class _Chain:
    """A resolved parenthetical hierarchy such as '(Merti, Arsi, Oromia)'."""
    start: int
    end: int
    country: Country | None
    levels: list["Place | None"]  # lowest level first, None where unknown
    admin1: str | None
    anchor: tuple[int, int] | None = None  # the place the hierarchy qualifies ("Zmiivka" in "Zmiivka, Kherson")
    comma: bool = False  # written "X, Y" without parentheses


def _admin_bare(item: str) -> str:
    """'Muse district' -> 'Muse': the name without its administrative word."""
    from eventdesk.geo.gazetteer import admin_variants

    return admin_variants(item)[-1]


_DISTRICT_WORD = re.compile(r"\s(?:district|county)$", re.I)
_REGION_WORD = re.compile(r"\s(?:state|region|province|oblast|governorate|prefecture)$", re.I)


def _fits_level_word(p: "Place", item: str) -> bool:
    """A level written with its regional word ("Shan-North state", "Maluku province") is an admin unit,
    not a town abroad. (Districts are often written with the name of their seat town, so a town may
    stand for "X district".)"""
    return p.kind in ("admin1", "admin2") if _REGION_WORD.search(item) else True


def _resolve_chain(items: list[str], gz: "Gazetteer", ctx: Counter, hint: Country | None,
                   within: set[Country] | None = None, cue: Counter = Counter(), top_bonus: float = 0.5,
                   anchored: bool = False) -> tuple[
        Country | None, list["Place | None"], float]:
    # "(Tripoli, West)": a bare compass word is a region of some country, not the town of West, Texas
    cands = [[p for p in gz.lookup(it)[:30] if p.kind != "country" and (p.kind == "admin1" or not _DIRECTIONAL.match(it))
              and _fits_level_word(p, it)] for it in items]
    known = {p.country for cs in cands for p in cs} | set(ctx) | ({hint} if hint else set())
    if len(known) <= 3:  # near-spellings only inside countries the other levels or the text point to
        cands = [cs or [p for p in gz.fuzzy(it, countries=known) if p.kind != "country"]
                 for it, cs in zip(items, cands)]
    if not any(cands):
        return None, [None] * len(items), 0.0
    scores: Counter = Counter()
    voted: set[str] = set()
    for i, cs in enumerate(cands):
        # "(Muse township, Muse district, ...)": one name written at two levels is one piece of evidence
        bare = _key(_admin_bare(items[i]))
        if bare in voted and i < len(items) - 1:
            continue
        voted.add(bare)
        seen = set()
        for p in cs:
            if p.country.iso2 in seen:
                continue
            seen.add(p.country.iso2)
            top = i == len(items) - 1
            # the town a parenthesis qualifies ("Rampur (Palpa district)") is what the hierarchy settles:
            # its homonyms abroad weigh half a level; a province is no reading of "X district"
            weight = 0.5 if anchored and i == 0 else 1.0
            bonus = top_bonus if top and p.kind == "admin1" and not _DISTRICT_WORD.search(items[i]) else 0
            scores[p.country] += weight * (1.0 + 0.05 * math.log10(p.population + 10)) + bonus
    # a lower level that the gazetteer files under a higher one ("Valdivia" under "Los Rios") is the
    # strongest evidence of all: the two names agree on one country
    for i in range(len(items) - 1):
        higher = {k for it in items[i + 1:] for k in _name_variants(it)}
        agree = {p.country for p in cands[i] if any(_key(a) in higher for a in (p.admin1, p.admin2) if a)}
        for c in agree:
            scores[c] += 1.2
    for c in list(scores):
        scores[c] += 0.8 * min(ctx.get(c, 0), 2) + (1.5 if c == hint else 0) + 0.6 * min(cue.get(c, 0), 1)
        if within is not None and c not in within:
            del scores[c]
    if not scores:
        return None, [None] * len(items), 0.0
    country, best = scores.most_common(1)[0]
    # "Alder municipality (Fen district)": a one-level hierarchy whose name is a place in many countries,
    # none of which the town before it or the text supports, settles nothing
    if anchored and len(items) == 2 and len({p.country for p in cands[1]}) >= 4 and \
            country not in {p.country for p in cands[0]} and not ctx.get(country) and country != hint and not cue.get(country):
        return None, [None] * len(items), 0.0
    # a level the gazetteer only knows abroad may still be a near-spelling inside the chosen country
    # ("Muse" for Mu Se): the homonym abroad was outvoted, the name is still this country's
    # ...inside the region the hierarchy names, when its top level is a known region
    top_a1 = {p.admin1 for p in cands[-1] if p.country == country and p.kind == "admin1"}
    if top_a1:
        cands = [cs if any(p.country == country for p in cs) or _DIRECTIONAL.match(it)
                 else [p for p in gz.fuzzy(_admin_bare(it), country=country) if p.kind != "country"
                       and p.admin1 in top_a1] or _respelt_town(_admin_bare(it), gz, country, top_a1)
                 for it, cs in zip(items[:-1], cands[:-1])] + cands[-1:]
    levels: list[Place | None] = []
    admin1 = None
    higher = None
    # top-down: the highest level fixes admin1, lower levels must sit inside it when they can
    for i in range(len(items) - 1, -1, -1):
        cs = [p for p in cands[i] if p.country == country]
        if admin1:
            inside = [p for p in cs if p.admin1 == admin1]
            # a near-spelling or alternate name far outside the region the higher level names is another
            # place ("Abadan, Borno" is no Ibadan of Oyo): the level stays unknown
            # (a region renamed or split since, "Papua" for Papua Tengah, keeps its nearby lower levels)
            cs = inside or [p for p in cs if _key(p.name) in (_key(items[i]), _key(_admin_bare(items[i])))
                            or higher is None or km_between(p.latitude, p.longitude, higher.latitude, higher.longitude) <= 600]
        pick = None
        if cs:
            if i == len(items) - 1:
                admins = [p for p in cs if p.kind in ("admin1", "admin2")]
                if any(p.kind == "city" and p.population >= 20_000 for p in cs):
                    # "(Donghae)": the city, not a township of that name (a unit below the district); a village
                    # that shares a township's name is no such city
                    admins = [p for p in admins if not (p.admin3 and is_boundary_unit(p))]
                # "Kyiv" is both the city region and the oblast: take the one the lower levels sit in
                below = {_key(q.admin1) for cs2 in cands[:i] for q in cs2 if q.country == country and q.admin1}
                admins = [p for p in admins if p.admin1 and _key(p.admin1) in below] + admins
                pick = admins[0] if admins else cs[0]
            else:
                admins = [p for p in cs if p.kind == "admin2"]
                # the lowest level of a longer hierarchy is a town's level: "(Lintha township, Lintha
                # district, Oak region)" names the town, where its district is a separate level
                towns = [p for p in cs if p.kind == "city"] if i == 0 and len(items) >= 3 else []
                pick = admins[0] if admins and i > 0 else (towns or cs)[0]
                if admin1 and pick.admin1 != admin1 and is_boundary_unit(pick) and higher is not None and \
                        km_between(pick.latitude, pick.longitude, higher.latitude, higher.longitude) <= 300:
                    # a township's province is only approximate: the hierarchy the text writes is right
                    pick = replace(pick, admin1=admin1, admin2=higher.admin2 if higher.kind == "admin2" else pick.admin2)
            admin1 = admin1 or pick.admin1
            higher = higher or pick
        levels.insert(0, pick)
    return country, levels, best


def _respelt_town(name: str, gz: "Gazetteer", country: Country, admin1s: set[str]) -> list["Place"]:
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


@lru_cache(maxsize=1)
def _admin1_abbreviations() -> dict[str, str]:
    return {r["abbreviation"]: r["admin1"] for r in data_rows("admin1_abbreviations.csv")}


# (not "LGA": "Gusau LGA (Zamfara)" is a Nigerian district and its state)
_GLOSS_BEFORE = re.compile(r"(?:\b(?!LGA\b)[A-Z]{2,}[A-Za-z-]*|\b(?:soldiers|troops|forces|militia|militias|militiamen|fighters|"
                           r"militants|rebels|faction|party|movement|union))\s*$")
_COMPASS_SUFFIX = re.compile(r"^(?:North|South|East|West|Upper|Lower|Middle)$")
_CODED_NAME_BEFORE = re.compile(r"\bcoded\s+(?:as|to)\s+[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3}\s*$")

# the word before "(J&K)" that makes an abbreviation-only parenthesis a hierarchy, not an acronym gloss
_PLACE_WORD_BEFORE = re.compile(r"\b(?:city|town|village|district|tehsil|block|area|municipality|sub-division|"
                                r"subdivision|mandal|taluka?|county|province)\s*$", re.I)


def _chains(text: str, gz: "Gazetteer", ctx: Counter, hint: Country | None,
            mentions: list[PlaceMention] = (), cue: Counter = Counter(), acled_notes: bool = False) -> list[_Chain]:
    out = []
    abbrev = _admin1_abbreviations()
    for m in _PAREN.finditer(text):
        items = [s.strip() for s in m.group(1).split(",") if s.strip()]
        if len(items) == 1 and items[0].lower() in stopwords():
            continue
        if any(a.start < m.start() and m.end() <= a.end for a in mentions):
            continue  # "Neumarkt (Oberpfalz)": part of a town's qualified name, no hierarchy
        # "FPAC (Zaire) militiamen", "soldiers (Gorgor)": a one-word gloss of an actor's name, no place
        if len(items) == 1 and _GLOSS_BEFORE.search(text[max(0, m.start() - 30):m.start()]):
            continue
        # "(coded as Kyun Lay (East))": ACLED's compass suffix tells same-named villages apart, no region
        if acled_notes and len(items) == 1 and _COMPASS_SUFFIX.match(items[0]) and _CODED_NAME_BEFORE.search(text[max(0, m.start() - 80):m.start()]):
            continue
        if items and items[-1] in abbrev and (len(items) > 1 or _PLACE_WORD_BEFORE.search(text[max(0, m.start() - 20):m.start()])):
            items[-1] = abbrev[items[-1]]  # "(Hangu, KPK)": the region's usual abbreviation
        # "(FAMa)", "(MINUSMA)": an acronym, even one with a lowercase tail, is an actor's short name
        if not items or len(items) > 5 or any(len(s) > 40 or not s[:1].isupper() or s.isupper()
                                              or re.fullmatch(r"[A-Z]{2,}[a-z]{1,2}", s) for s in items):
            continue
        # a country in the parentheses is context, not a level ("(Wake Up, Kazakhstan)" is a gloss)
        # ... unless it is also a region ACLED codes as admin1 ("West Bank", "Gaza Strip")
        # ... or a people's name that a region bears, after a lower level ("(Fafan, Somali)" is Ethiopia's Somali)
        items = [s for i, s in enumerate(items) if country_by_name(s) is None or _region_alias(s, gz)
                 or i > 0 and _key(s) != _key(country_by_name(s).name)
                 and any(p.kind == "admin1" and _key(p.name) == _key(s) for p in gz.lookup(s)[:5])]
        if not items or not any(gz.lookup(s) for s in items):  # no level is a known place: not a hierarchy
            continue
        # the town the hierarchy qualifies ("in Town (Region)") votes for the country too
        anchor = [a.surface for a in mentions if a.end <= m.start() and m.start() - a.end <= 60
                  and not re.search(r"[.;:!?]", text[a.end:m.start()])]
        # the name written just before the parenthesis, even one the mention scan skips ("Hamilton (Ontario)")
        direct = _BEFORE_PAREN.search(text[max(0, m.start() - 60):m.start()])
        # ACLED's "City - North Zone (Region)": the city before the dash is what the region qualifies
        dashed = _DASHED_BEFORE_PAREN.search(text[max(0, m.start() - 90):m.start()])
        acled_city = bool(dashed and not dashed.group(1).isupper() and gz.lookup(dashed.group(1)))
        if acled_city:
            anchor.append(dashed.group(1))
        elif direct and not direct.group(1).isupper() and gz.lookup(direct.group(1)):
            anchor.append(direct.group(1))
        extra = 1 if anchor and anchor[-1] not in items else 0
        if extra:
            items = [anchor[-1]] + items
        # ACLED's own "City - District (...)": the parenthesis is a district of that city, in its country
        within = {p.country for p in gz.lookup(dashed.group(1))[:10] if p.kind != "country"} if acled_city and extra else None
        country, levels, _ = _resolve_chain(items, gz, ctx, hint, within=within or None, cue=cue, anchored=bool(extra))
        levels = levels[extra:]
        if country is None:
            continue
        admin1 = next((p.admin1 for p in reversed(levels) if p is not None and p.admin1), None)
        out.append(_Chain(m.start(), m.end(), country, levels, admin1))
    out += _comma_chains(text, gz, ctx, hint, [(m.start(), m.end()) for m in _PAREN.finditer(text)], cue)
    return sorted(out, key=lambda c: c.start)


_NAME = (r"[A-Z][\w'’-]*(?:(?:\s|-)(?:(?:de|del|la|las|los|el|al|du|des|di|da|do|dos|das)\s)?"
         r"[A-Z][\w'’-]*){0,4}")
_KIND_WORDS = (r"village|town|city|district|municipality|area|neighbou?rhood|sub-county|township|commune|locality|"
               r"settlement|camp|market|suburb|quarter|ward|parish|(?:territorial\s+)?community|hromada|raion|rayon")
_COMMA_CHAIN = re.compile(
    rf"(?P<x>{_NAME})(?:\s+(?:{_KIND_WORDS}))?(?P<sep>,\s+)(?P<rest>{_NAME}(?:,\s+{_NAME}){{0,2}})")
# "Azaz city in Aleppo countryside": a place word, then the region it lies in
_IN_CHAIN = re.compile(rf"(?P<x>{_NAME})\s+(?:{_KIND_WORDS})(?P<sep>\s+in\s+(?:the\s+)?)(?P<rest>{_NAME})")
# ACLED's "at the Teachers' Union Office (Town)": the town in parentheses after a named venue is where it was
_VENUE_PAREN = re.compile(r"\b(?:at|in front of|outside|near|in)\s+(?:the\s+)?[A-Z][\w'’-]*\s+"
                          r"(?:(?:[A-Z][\w'’-]*|of|for|and|the)\s+){0,5}\($")
# a person's home town: "a civilian from Tadmor", "two farmers originally from X", "residents hailing from X"
_ORIGIN = re.compile(r"\b(?:civilians?|man|men|woman|women|residents?|natives?|persons?|people|villagers|locals|"
                     r"youths?|boys?|girls?|child(?:ren)?|"
                     r"famil(?:y|ies)|farmers?|journalists?|activists?|students?|refugees?|IDPs|displaced\s+people)\s+"
                     r"(?:\w+\s+){0,2}?(?:originally\s+|hailing\s+)?from\s+(?:the\s+)?(?:(?:city|town|village) of\s+)?$"
                     # a landmark to find the place by: "in Omdurman, across the Nile from Khartoum"
                     r"|\b(?:across|downstream|upstream)\s+(?:the\s+[\w-]+\s+(?:river\s+)?)?from\s+$|\bopposite\s+$|\bsister city (?:of|to)\s+$")
_CITY_DISTRICT = re.compile(r"^(?: [Cc]ity)? - [A-Z]")  # "Athens - Central Athens", "Busan City - Jung"
# a named village before "of" ("the village of Kafr Nabl" names the village itself)
_PART_OF = re.compile(r"[A-Z][\w'’-]*\s+(?:[Vv]illage|[Hh]amlet|[Ww]ard|[Vv]illage [Tt]ract)\s+(?:of|in)\s+(?:the\s+)?$")
_DASHED_BEFORE_PAREN = re.compile(r"(?:^|[^\w'’-])([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}) - [A-Z][\w'’-]*"
                                  r"(?:[ -](?:(?:al|el|de|del|la|di|du|des|da|do)[ -])?[A-Z][\w'’-]*){0,4}\s*$")
_LIST_AFTER = re.compile(r"^(?:\s*,)?\s+(?:and|or|&)\s+[A-Z]")


def _key(name: str) -> str:
    from eventdesk.geo.gazetteer import name_key

    return name_key(name).replace("-", " ")  # "North-West" and "North West" are one region


def _name_variants(name: str) -> set[str]:
    from eventdesk.geo.gazetteer import admin_variants

    return {v.replace("-", " ") for v in admin_variants(name)}


def _region_alias(name: str, gz: "Gazetteer") -> bool:
    """'West Bank' names Palestine but is also the admin1 ACLED codes; 'Mexico' or 'Niger' as a level
    stays ambiguous with the country and is left out, as before."""
    from eventdesk.geo.countries import fold

    c = country_by_name(name)
    return c is not None and fold(c.name) != fold(name) and any(
        p.kind == "admin1" and p.country == c for p in gz.lookup(name)[:5])


def _strip_lead(name: str) -> str:
    """'On Monday Kherson' -> 'Kherson': capitalised sentence openers and stop words are no place."""
    words = name.split()
    stop = stopwords()
    while words and words[0].lower() in stop:
        words.pop(0)
    return " ".join(words)


def _comma_chains(text: str, gz: "Gazetteer", ctx: Counter, hint: Country | None,
                  taken: list[tuple[int, int]], cue: Counter = Counter()) -> list[_Chain]:
    """ACLED's commonest form, "near Zelenodolsk, Dnipropetrovsk": a place, then the region it sits in.
    The last item must be a known admin1/admin2; a list ("in Kharkiv, Donetsk and Luhansk") only counts
    when the first place really sits in the region."""
    out = []
    for m in list(_COMMA_CHAIN.finditer(text)) + list(_IN_CHAIN.finditer(text)):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        x = _strip_lead(m.group("x"))
        if not x or len(x) < 3 or x.isupper() or country_by_name(x) is not None:
            continue
        k = m.group("x").rfind(x)  # whitespace inside the name (a line break) may not survive the split
        if k < 0:
            continue
        x_start = m.start("x") + k
        rest = [r.strip() for r in m.group("rest").split(",")]
        while rest and not [p for p in gz.lookup(rest[-1])[:20] if p.kind in ("admin1", "admin2")]:
            rest.pop()
        if not rest or any(country_by_name(r) is not None and not _region_alias(r, gz)
                           or r.lower() in stopwords() for r in rest):
            continue
        end = m.start("rest") + len(", ".join(rest))
        if _CITY_DISTRICT.match(text[end:end + 30]):
            continue  # "Quarter, City - Central City": a city and its district, not a region
        tops = [p for p in gz.lookup(rest[-1])[:20] if p.kind in ("admin1", "admin2")]
        # a commune or township abroad that shares the name is no region of this text ("Ward 4, Kala
        # township" in a story on Myanmar is not Kala of Tanzania)
        tops = [p for p in tops if not (is_boundary_unit(p) and ctx and p.country not in ctx and p.country != hint)]
        if not tops:
            continue
        before = text[max(0, x_start - 3):x_start]
        is_list = bool(_LIST_AFTER.match(text[end:end + 12])) or bool(re.search(r",\s*$", before)) and \
            bool(re.search(r"[A-Z][\w'-]*,\s*$", text[max(0, x_start - 40):x_start]))
        if is_list or m.group("sep").strip() != ",":  # "Azaz city in Aleppo countryside": only a town inside it
            wanted = {_key(q.admin1 or "") for q in tops if q.kind == "admin1"} | {_key(q.name) for q in tops}
            if not any(_key(p.admin1 or "") in wanted or _key(p.admin2 or "") in wanted
                       for p in gz.lookup(x)[:30] if p.kind == "city"):
                continue
        # the region fixes the country: the town's homonyms abroad are other places
        # "Novopil, Donetsk" written after "Russian forces": the region is ACLED's admin1, and a same-named
        # district abroad is a weaker reading than a demonym is evidence
        country, levels, _ = _resolve_chain([x] + rest, gz, ctx, hint, within={q.country for q in tops}, cue=cue,
                                            top_bonus=1.0)
        if country is None:
            continue
        levels = levels[1:]
        if len(levels) == 1 and levels[0] is not None and levels[0].kind == "admin2":
            # "Rosengard, Malmo": a city district (admin2 named after its city) is coded to the city (codebook 1.5)
            city = [p for p in gz.lookup(rest[0])[:10] if p.kind == "city" and p.country == country
                    and p.population >= 100_000 and p.admin1 == levels[0].admin1]
            levels = city[:1] or levels
        admin1 = next((p.admin1 for p in reversed(levels) if p is not None and p.admin1), None)
        out.append(_Chain(m.start("rest"), end, country, levels, admin1, (x_start, x_start + len(x)), True))
    return out


def _score(p: "Place", alt_rank: int, ctx: Counter, hint: Country | None, chain: _Chain | None,
           admin1_ctx: frozenset[str] = frozenset(), cue: Counter = Counter()) -> float:
    s = 0.45 * math.log10(p.population + 10)
    s += {"city": 0.3, "admin2": -0.3, "admin1": 0.0, "country": -1.0}[p.kind]
    if p.admin1 and p.admin1 in admin1_ctx:
        s += 2.0
    s -= 0.02 * alt_rank
    if ctx:
        n = ctx.get(p.country, 0)
        s += 2.5 * min(n, 3) / 3 + (1.0 if n else 0.0)
        if n == 0 and ctx.most_common(1)[0][1] >= 1:
            s -= 0.5
    if cue:
        # a named party or armed group is a country cue weaker than a country's name
        s += (1.5 if not ctx else 0.5) * min(cue.get(p.country, 0), 1)
    if hint is not None and p.country == hint:
        # the source's country outweighs homonyms abroad, but not a text that names another country
        s += 3.0 if not ctx or hint in ctx else 1.0
    if chain is not None:
        if p.country == chain.country:
            s += 4.0
            if chain.admin1 and p.admin1 == chain.admin1:
                s += 3.0
            lv = {q.admin2 for q in chain.levels if q is not None and q.admin2}
            if p.admin2 and p.admin2 in lv:
                s += 1.0
        else:
            s -= 3.0
    return s


def _seat(p: "Place | None", gazetteer: "Gazetteer") -> "Place | None":
    """A district named after its seat ("Chuncheon") stands for the town when a town is wanted."""
    if p is None or p.kind != "admin2":
        return p
    return next((q for q in gazetteer.lookup(p.name, p.country) if q.kind == "city" and q.admin1 == p.admin1), p)


def _location_name(p: "Place") -> str:
    """ACLED writes locations in plain ASCII transliteration ("Kandahar", not "Kandahār"; "Wroclaw", not "Wrocaw")."""
    from eventdesk.geo.gazetteer import ascii_name

    return ascii_name(p.name) or p.name


def _mention_chain(m: PlaceMention, chains: list[_Chain], text: str) -> tuple[_Chain | None, bool]:
    """The hierarchy that qualifies a mention: one shortly after it in the same clause, or one it sits in."""
    for ch in chains:
        if ch.start <= m.start < ch.end:
            return ch, True
        if ch.anchor is not None and ch.comma and m.end <= ch.anchor[0]:
            continue  # "in City A ... a factory in Town B, Region B": the region qualifies Town B, not City A
        if 0 <= ch.start - m.end <= 80 and not re.search(r"[.;:!?]|\b(and|while|whereas)\b", text[m.end:ch.start]):
            return ch, False
    return None, False


# a capitalised continuation and then a place word: "Sar Kala city", "Upper Mill Creek village"
_LONGER_NAME = re.compile(r"^[ -](?:[A-Z][\w'’-]*[ -]){0,2}[A-Z][\w'’-]*\s+(?:city|town|village|district|municipality|"
                          r"sub-county|township|neighbou?rhood|area|locality|settlement|camp)\b")
# an ethnic or communal group named after a place-like word: "Massa farmers", "Fulani herders"
_GROUP_FOLLOW = re.compile(r"^\s+(?:farmers|herders|herdsmen|pastoralists|militia|militias|militiamen|tribesmen|"
                           r"tribe|clan|clansmen|ethnic|fishermen|communal|vigilantes?)\b")
_KIND_AFTER = re.compile(r"^\s+(city|town|village|province|region|oblast|governorate|state|county|prefecture)\b", re.I)
_ADMIN1_WORDS = ("province", "region", "oblast", "governorate", "state", "prefecture")
_UNKNOWN_PLACE = re.compile(
    r"\b(?:in|at|near|outside)\s+(?:the\s+)?([A-Z][\w'-]+(?:\s[A-Z][\w'-]+){0,2})(?=\s+(?:city|town|village|district|"
    r"municipality|area|province|governorate|county|locality)\b|\s*\()|"
    r"\b([A-Z][\w'-]+(?:\s[A-Z][\w'-]+){0,2})\s+(?:city|town|village|district|municipality|governorate)\b|"
    # "the town of Qaryatain", "the village of al-Habit": the name a place word introduces
    r"\b(?:town|city|village|hamlet)\s+of\s+(?:[Aa][lr]-)?([A-Z][\w'-]+(?:\s[A-Z][\w'-]+){0,2})|"
    # a two-word name after "in", closing the phrase: "a bomb went off in Qilla Saifullah, killing four"
    r"\b(?:in|near)\s+([A-Z][a-z][\w'-]+\s[A-Z][a-z][\w'-]+)(?=\s*[,.;]|\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")


# what a place is said to lie in, right after its name: "X village (Y district, ...)", "the X area of
# Napoli", "X town in Idleb countryside", "X district, Basrah"
_STATED_IN = re.compile(rf"^(?:\s+(?:{_KIND_WORDS}|woreda|kebele|tehsil|block|county|zone|corregimiento))?"
                        r"(?:\s*\(\s*|\s+(?:in|of)\s+(?:the\s+)?|,\s+)(?:rural\s+)?"
                        r"(?P<unit>[A-Z][\w'’-]*(?:[ -](?:[a-z]{1,3}[ -])?[A-Z][\w'’-]*){0,3})")


def _stated_unit(text: str, end: int, gz: "Gazetteer", allowed: set) -> list["Place"]:
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


def _inside(p: "Place", units: list["Place"]) -> bool:
    """p lies in one of the stated units: its region, its district, or within a town's reach."""
    for q in units:
        if p.country != q.country:
            continue
        if q.kind == "admin1" and p.admin1 == q.admin1:
            return True
        if q.kind == "admin2" and p.admin1 == q.admin1 and p.admin2 and _key(p.admin2) == _key(q.admin2 or q.name):
            return True
        if q.kind == "city" and km_between(p.latitude, p.longitude, q.latitude, q.longitude) <= 30:
            return True
    return False


def _fuzzy_mentions(text: str, gz: "Gazetteer", found: list[PlaceMention], allowed: set) -> list[PlaceMention]:
    """Names in place-like slots ('in Nassriya city', 'at X (...)') that the gazetteer spells differently.
    A near-spelling outside the unit the text puts the place in ("Jammo village (Kathua district)" is no
    Jammu of another district) is another place: the name stays unknown, and the unit stands for it."""
    out = []
    for m in _UNKNOWN_PLACE.finditer(text):
        g = next(i for i in (1, 2, 3, 4) if m.group(i))
        start, end = m.start(g), m.end(g)
        if any(f.start < end and start < f.end for f in found):
            continue
        surface = text[start:end]
        if surface.lower() in stopwords():
            continue
        if not allowed:
            break
        cands = tuple(p for p in gz.fuzzy(surface, countries=allowed) if p.kind != "country")[:20]
        units = _stated_unit(text, end, gz, allowed)
        if units:
            cands = tuple(p for p in cands if _inside(p, units))
        if cands:
            out.append(PlaceMention(start, end, surface, cands))
    return out


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]{3,}(?:[ -][A-Z][\w'’-]+)?")


def _respelt_mentions(text: str, gz: "Gazetteer", mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Inside a Ukrainian, Russian or Belarusian region the text names ("in Donetsk oblast"), a town written
    in another romanisation than the gazetteer's: a name it lacks there becomes that region's one town
    with the same Slavic skeleton, and a name it knows only in other regions also gets that town."""
    from eventdesk.geo.gazetteer import SLAVIC_NAMES

    regions: dict[Country, set[str]] = {}
    for m in mentions:
        for p in m.candidates[:3]:
            if p.kind == "admin1" and p.country.iso2 in SLAVIC_NAMES and _key(p.name).startswith(_key(m.surface)[:5]):
                regions.setdefault(p.country, set()).add(p.admin1)
    if not regions:
        return mentions
    out = []
    for m in mentions:
        if not any(p.admin1 in a1s for c, a1s in regions.items() for p in m.candidates if p.country == c):
            extra = [q for c, a1s in regions.items() for q in _respelt_town(m.surface, gz, c, a1s)]
            before = text[max(0, m.start - 40):m.start]
            if extra and (_IN.search(before) or _STRUCK.search(before[-30:])):
                # the named region's town before its homonyms elsewhere in that country
                others = tuple(p for p in m.candidates if p.country not in regions)
                m = PlaceMention(m.start, m.end, m.surface, tuple(extra) + others)
        out.append(m)
    for x in _CAPITALISED.finditer(text):
        if any(f.start < x.end() and x.start() < f.end for f in out) or x.group(0).lower() in stopwords():
            continue
        before = text[max(0, x.start() - 40):x.start()]
        if not (_IN.search(before) or _STRUCK.search(before[-30:])):
            continue
        extra = [q for c, a1s in regions.items() for q in _respelt_town(x.group(0), gz, c, a1s)]
        if extra:
            out.append(PlaceMention(x.start(), x.end(), x.group(0), tuple(extra)))
    return sorted(out, key=lambda m: m.start)


_DIRECTIONAL = re.compile(r"^(?:north|south|east|west|central|centre|center|northern|southern|eastern|western|"
                          r"upper|lower|middle|nord|sud|est|ouest|norte|sur|oeste|leste|[- ])+$", re.I)


def _region_countries(mentions: list[PlaceMention], ctx: Counter) -> Counter:
    """A region named anywhere ("... in Kherson", "Logar province") points to its country as a country
    name would, when every region of that name lies in one country; 'Western' or 'North West' do not."""
    out: Counter = Counter()
    for m in mentions:
        if len(m.surface) < 4 or _DIRECTIONAL.match(m.surface) or country_by_name(m.surface) is not None:
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


# ACLED's notes say where an event was coded: "[coded to Ashford]", "(coded as Elm town)", "coded to nearby
# Rowan (Fen, North Dale)", "Thorn (coded to district level)"; "(coded separately)" marks another event's place.
_CODED = re.compile(
    r"\b[Cc]oded\s+(?:to|as)\s+(?:the\s+)?(?:(?:nearby|nearest\s+(?:town|village|city),?|"
    r"(?:(?:zone|woreda|district|territorial|county|locality|provincial|regional)\s+)?(?:ADM\s+|admin(?:istrative)?\s+)?"
    r"(?:cent(?:er|re)|capital|HQ|headquarters?|seat),?)\s+)?"
    rf"(?P<x>{_NAME}(?:\s+-\s+{_NAME})?)(?P<kind>\s+(?:town|city|village(?:\s+tract)?|locality|admin\s*2\s+HQ|"
    r"district|woreda|township|municipality))?")
_CODED_LEVEL = re.compile(r"\(\s*coded\s+to\s+(?:the\s+)?(?:district|admin(?:istrative)?\s*2|county|woreda|"
                          r"municipal(?:ity)?)\s+level\s*\)", re.I)
_CODED_ELSEWHERE = re.compile(r"[(\[]\s*coded\s+(?:separately|as\s+(?:a\s+separate|another)\s+event)\s*[)\]]", re.I)
# what follows a name that is an actor or another event, not a place ("coded as Darfur communal militia")
_CODED_NOT_PLACE = re.compile(r"^\s+(?:event|communal|militia|forces|rebels|coalition|resistance|fighters|militants|"
                              r"fatalit\w*|rioters|protesters)\b", re.I)


# a place named as a school, a hospital or a street ("at Victoria high school in Durban", "the
# Secondary School 'Dr. X Y'") is a venue's name, not where the event is when the text gives its town
_INSTITUTION_AFTER = re.compile(r"^(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:(?:middle|high|primary|secondary|elementary|junior|senior|"
                                r"public|state|boarding|technical|vocational|national|general|district|regional|teaching|"
                                r"memorial|community)\s+)*"
                                r"(?:schools?|college|university|academy|lyc[eé]e|institute|street|avenue|boulevard|"
                                r"square)\b", re.I)
_LIST_OF_NAMES = re.compile(r"(?:,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)*,?\s+(?:and|&)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?=\s)")
# (not "the Hospital of X", "the University of X": those stand in X)
_INSTITUTION_BEFORE = re.compile(r"\b(?:School|College|University|Academy|Institute|Lyc[eé]e)\s+"
                                 r"[\"'“‘](?:[A-Z][\w.'’-]*\s+){0,4}$")
# "the Ludhiana-Chandigarh highway", "the Lima - Huacho road": the towns a road links, not where it is
_ROUTE_LINK = re.compile(r"^\s?-\s?(?:[A-Z][\w'’-]*\s){0,3}?[A-Z][\w'’-]*\s+(?:high ?way|road|railway|rail(?:road)? line|"
                         r"rail track|track|route|expressway|motorway|corridor|pipeline|bypass|line)\b", re.I)
_ROUTE_AFTER = re.compile(r"^\s+(?:high ?way|road|railway|rail(?:road)? line|track|route|expressway|motorway|corridor|bypass)\b",
                          re.I)
_ROUTE_BEFORE = re.compile(r"[A-Z][\w'’-]*\s?-\s?$")
# "nurses marched in Bergen to oppose closing a ward in Odda": once the event is placed, a place in
# the clause that says what it was for or against is the subject of the protest, not its place
_PURPOSE = re.compile(r"\b(?:to\s+(?:oppose|protest|denounce|condemn|demand|support|show|express|call|urge|press|"
                      r"reject|criticize|criticise|decry|mark|commemorate|honou?r|mourn)|against|in (?:support|solidarity) "
                      r"(?:of|with)|over the|in protest (?:at|of|against))\b", re.I)


def _org_acronym(surface: str, after: str) -> bool:
    """'the Union of Farmers of Braga (UFB)': a place name closing an organisation's name,
    whose acronym follows and ends with the place's initials."""
    a = re.match(r"^\s*\(([A-Z]{3,8})\)", after)
    if not a:
        return False
    initials = "".join(w[0] for w in re.split(r"[\s-]+", surface) if w[:1].isupper())
    return bool(initials) and a.group(1).endswith(initials.upper()) and len(a.group(1)) > len(initials)


@dataclass
class _Notes:
    coded: Location | None = None
    level_at: int | None = None  # end of the name "(coded to district level)" follows
    elsewhere: tuple[tuple[int, int], ...] = ()  # spans naming places coded as other events
    purpose: tuple[tuple[int, int], ...] = ()  # clauses saying what an event was for or against


def _coded_items(text: str, m: re.Match) -> list[str]:
    """The hierarchy written with a coded-to name: "coded to Town, Region)" or "(coded to X) (Hays, Y)"."""
    end = m.end()
    suffix = re.match(r"\s*\((?:North|South|East|West|Upper|Lower|Middle)\)", text[end:end + 12])
    if suffix:  # "coded as Kyun Lay (East)": part of the name, the hierarchy follows
        end += suffix.end()
    rest = re.match(rf"((?:,\s+{_NAME}){{1,3}})\s*[)\]]", text[end:end + 160])
    if rest:
        return [s.strip() for s in rest.group(1).split(",") if s.strip()]
    nxt = re.match(r"\s*[)\]]\s*\(([^()]{2,160})\)", text[end:end + 170]) or re.match(r"\s*\(([^()]{2,160})\)", text[end:end + 170])
    if nxt:
        items = [s.strip() for s in nxt.group(1).split(",") if s.strip()]
        abbrev = _admin1_abbreviations()
        items = [abbrev.get(s, s) for s in items]
        if items and all(s[:1].isupper() and not s.isupper() and country_by_name(s) is None for s in items):
            return items
    return []


def _acled_notes(text: str) -> _Notes:
    """Where the note says other events were coded, and a name it codes "to district level"."""
    notes = _Notes()
    if "oded" not in text:
        return notes
    spans = []
    for m in _CODED_ELSEWHERE.finditer(text):
        # the list item just before the note: "Town A (District, Region) and Town B (coded separately)"
        before = text[max(0, m.start() - 60):m.start()]
        cuts = [before.rfind(c) for c in (")", "]", ",", ". ", ";")] + [x.end() - 1 for x in re.finditer(r"\band\s", before)]
        spans.append((m.start() - len(before) + max(cuts) + 1, m.start()))
    notes.elsewhere = tuple(spans)
    lv = _CODED_LEVEL.search(text)
    if lv:
        notes.level_at = lv.start()
    return notes


def _coded_place(text: str, gz: "Gazetteer", ctx: Counter, hint: Country | None, chains: list[_Chain],
                 groups: Counter, resolved: list[dict], notes: _Notes) -> Location | None:
    """The place a note says the event was coded to, read inside the hierarchy that qualifies it."""
    found = [m for m in _CODED.finditer(text)
             if m.group("x").lower() not in stopwords() and not _CODED_NOT_PLACE.match(text[m.end():m.end() + 30])]
    if len({_key(m.group("x")) for m in found}) != 1 or (notes.level_at is not None and notes.level_at < found[0].start()):
        return None  # several places coded in one note: no telling which is this event's
    m = found[0]
    x = m.group("x")
    items = _coded_items(text, m)
    for name in [x] + ([x.split(" - ")[0]] if " - " in x else []):
        country, admin1, fallback = None, None, None
        if items:
            country, levels, _ = _resolve_chain([name] + items, gz, ctx, hint, cue=groups)
            if country is None:
                continue
            admin1 = next((q.admin1 for q in levels[1:] if q is not None and q.admin1), None)
            fallback = next((q for q in levels[1:] if q is not None), None)
        else:
            # the hierarchy or the place written just before the note ("Alder city, Fen (coded to
            # Old Town)"), else one just after it, says in which region to read the name
            near = [c for c in chains if 0 <= m.start() - c.end <= 80 or 0 <= c.start - m.end() <= 80]
            prev = [r for r in resolved if 0 <= m.start() - r["m"].end <= 40 and not r["is_country"]]
            if near:
                country, admin1 = near[0].country, near[0].admin1
            elif prev:
                country, admin1 = prev[-1]["place"].country, prev[-1]["place"].admin1
        allowed = {country} if country is not None else set(ctx) | ({hint} if hint else set())
        cands = [p for p in gz.lookup(name)[:30] if p.kind != "country" and (not allowed or p.country in allowed)]
        if not cands and allowed and len(allowed) <= 3:
            cands = [p for p in gz.fuzzy(name, countries=allowed) if p.kind != "country"]
        if admin1:  # a name the gazetteer only knows in another region is not the one coded here
            cands = [p for p in cands if p.admin1 == admin1]
        if cands:
            # ACLED codes to towns: "coded to Ashford, Weald, Ashford" is the town, not the county
            place = max(cands, key=lambda p: _score(p, 0, ctx, hint, None, cue=groups) + (3.0 if p.kind == "city" else 0.0))
        elif fallback is not None:  # an unknown name in a known hierarchy: its next known level
            place = fallback
        else:
            continue
        prec = {"city": 2, "admin2": 2}.get(place.kind, 3)
        return Location(place, _location_name(place), prec, None)
    return None


def _with_article(mentions: list[PlaceMention], gz: "Gazetteer") -> list[PlaceMention]:
    """English drops the Arabic article that gazetteers keep ("Kut" for Al-Kut, "Mukalla" for Al Mukalla):
    towns filed under "Al-<name>" join the candidates of a bare name."""
    out = []
    for m in mentions:
        if " " not in m.surface and not re.match(r"(?i)(?:al|el|ad|ar|as|an|at|az|ash)[- ]", m.surface):
            extra = tuple(p for p in gz.lookup("Al-" + m.surface)[:5] if p.kind == "city" and p not in m.candidates)
            if extra:
                m = PlaceMention(m.start, m.end, m.surface, m.candidates + extra)
        out.append(m)
    return out


_BEFORE_PAREN = re.compile(r"(?:^|[^\w'’-])([A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,3})(?:\s+(?:town|city|village|district|township|"
                           r"municipality|locality|area))?\s*$")


def _hierarchy_anchors(text: str, gz: "Gazetteer", chains: list[_Chain], mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The town a hierarchy qualifies ("in Madison (Wisconsin)", "Oak town (Birch district, Fen State)")
    is a place even when its name is short or also a first name, if the gazetteer has it inside that region."""
    out = []
    for ch in chains:
        if ch.country is None:
            continue
        if ch.anchor is not None:
            a, b = ch.anchor
        else:
            m = _BEFORE_PAREN.search(text[max(0, ch.start - 60):ch.start])
            if not m:
                continue
            a = ch.start - (len(text[max(0, ch.start - 60):ch.start]) - m.start(1))
            b = a + len(m.group(1))
        if any(x.start < b and a < x.end for x in mentions + out):
            continue
        name = text[a:b]
        if name.isupper() or name.lower() in ("the", "a", "an"):
            continue
        cands = tuple(p for p in gz.lookup(name)[:40] if p.country == ch.country and p.kind != "country"
                      and (not ch.admin1 or p.admin1 == ch.admin1))
        if not cands and ch.admin1:  # "Tavriyske, Kherson": the region's Tavriiske, spelt the Ukrainian way
            cands = tuple(_respelt_town(name, gz, ch.country, {ch.admin1}))
        if cands:
            out.append(PlaceMention(a, b, name, cands))
    return out


@lru_cache(maxsize=1)
def _area_cue_rows() -> tuple[tuple[re.Pattern, str, tuple[str, ...]], ...]:
    return tuple((re.compile(r["pattern"]), r["iso2"], tuple(r["admin1"].split("|"))) for r in data_rows("area_cues.csv"))


def area_cues(text: str) -> list[str]:
    """Admin1 units a monitor's report implies ("the OSCE SMM observed ... near X": Donetsk or Luhansk),
    which steer a village name to its homonym inside them, as a region named in the text would."""
    return [a1 for rx, _cc, a1s in _area_cue_rows() if rx.search(text) for a1 in a1s]


def _rural_regions(text: str, mentions: list[PlaceMention], gz: "Gazetteer") -> list[PlaceMention]:
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


def _resolve(text: str, gz: "Gazetteer", hint: Country | None, acled_notes: bool = False):
    """Mentions resolved in context. ACLED's own annotations ("coded to X", "[coded separately]") are read
    only with acled_notes, for sources declared as ACLED notes (eventdesk.acled_notes); news never has them."""
    ctx = countries_in(text, places_only=True)
    mentions = _rural_regions(text, _with_article(gz.mentions(text), gz), gz)
    ctx = ctx + _region_countries(mentions, ctx)
    groups = group_countries(text)
    chains = _chains(text, gz, ctx, hint, mentions, groups, acled_notes=acled_notes)
    notes = _acled_notes(text) if acled_notes else _Notes()
    allowed = set(ctx) | ({hint} if hint else set()) | {c.country for c in chains if c.country}
    # "in Homs province": a region written as one names its country, where near-spellings may be sought
    for m in mentions:
        word = _KIND_AFTER.match(text[m.end:m.end + 20])
        regions = {p.country for p in m.candidates if p.kind == "admin1"} if word and word.group(1).lower() in _ADMIN1_WORDS else set()
        if len(regions) == 1:
            allowed |= regions
    mentions = mentions + _hierarchy_anchors(text, gz, chains, mentions)
    mentions = sorted(mentions + _fuzzy_mentions(text, gz, mentions, allowed), key=lambda m: m.start)
    mentions = _respelt_mentions(text, gz, mentions)
    # regions named in the text ("Paris, Texas") steer the towns that sit in them
    named_admin1 = [(m.surface.lower(), c.admin1) for m in mentions for c in m.candidates[:3]
                    if c.kind == "admin1" and c.admin1 and c.name.lower().startswith(m.surface.lower())]
    named_admin1 += [("", a1) for a1 in area_cues(text)]
    # coherence: a country where several different names of the text have a candidate is likelier
    cohere: Counter = Counter()
    # a name with homonyms in many countries ("Clinton", "Mitchell") says little about any one of them
    own: dict[str, dict[Country, float]] = {}
    for surf in {m.surface.lower(): m for m in mentions}.values():
        # only names written as places vote: "Clive", "Stuart" or "Sisters" are mostly people and things
        if not _IN.search(text[max(0, surf.start - 40):surf.start]) or _TITLE.search(text[max(0, surf.start - 40):surf.start]):
            continue
        cs = {p.country for p in surf.candidates[:10]}
        own[surf.surface.lower()] = {c: 1.0 / len(cs) for c in cs}
        for c in cs:
            cohere[c] += 1.0 / len(cs)
    anchors = [c.anchor for c in chains if c.anchor is not None]
    # the same vote counted over town and region names only (country names are context, not places)
    place_cohere: Counter = Counter()
    for surf, votes in own.items():
        if country_by_name(surf) is None:
            for c, v in votes.items():
                place_cohere[c] += v
    stated_at = list(_stated_at(text))
    stated = {c for c, _ in stated_at}
    resolved = []
    for m in mentions:
        if not m.candidates:
            continue
        # "Sar" in "Sar Kala city, Fen": a piece of a longer place name is not that place
        if any(a <= m.start and m.end <= b and (m.start, m.end) != (a, b) for a, b in anchors):
            continue
        if _LONGER_NAME.match(text[m.end:m.end + 60]):
            continue
        if _GROUP_FOLLOW.match(text[m.end:m.end + 30]) and not re.search(r"\b(?:in|at|near)\s+$", text[max(0, m.start - 8):m.start]):
            continue
        before = text[max(0, m.start - 40):m.start]
        if _TITLE.search(before):
            continue
        after = text[m.end:m.end + 30]
        # "a ship in the Red Sea": the water, not Sudan's Red Sea state
        if re.search(r"\b(?:Sea|Gulf|Ocean|Strait|Straits|Bay|Channel)$", m.surface) and re.search(r"\bthe\s$", before) \
                and not _SUBPLACE_WORDS.match(after):
            continue
        if _ORG_FOLLOW.match(after) and not _SUBPLACE_WORDS.match(after):
            continue
        # part of a longer capitalised name ("Soviet Army", "Lake Side Trading Centre") that is not a place
        follows_cap = bool(re.match(r"^\s?[A-Z][a-z]", after)) and not _SUBPLACE_WORDS.match(after)
        prev = re.search(r"(?:^|[a-z,]\s)([A-Z][a-z]+)\s$", before)  # "Myrna Dolyna", "Nova Buda": a longer name
        follows_cap = follows_cap or bool(prev) and country_by_name(prev.group(1)) is None and \
            prev.group(1).lower() not in stopwords()
        # a given name before it, with no preposition placing the pair ("ousted Evo Morales", not "in Aw Bare")
        after_name = bool(prev) and country_by_name(prev.group(1)) is None and prev.group(1).lower() not in stopwords() \
            and not _IN.search(before[:prev.start(1)])
        # "the States Chamber", "the Solvay factory": after "the", a capitalised word opens a longer name
        follows_cap = follows_cap or bool(re.search(r"\bthe\s+[A-Z][\w'-]+\s$", before))
        # "the Chamber of Representatives", "the Court of Appeal": an institution named "the X of Y"
        follows_cap = follows_cap or bool(re.search(r"\bthe\s$", before) and re.match(r"^\s+of\s+(?:the\s+)?[A-Z]", after))
        # country names are context, not locations, unless nothing else is found
        chain, inside = _mention_chain(m, chains, text)
        cands = list(m.candidates)
        # regions named by other mentions: a town is not steered by its own name ("Santa Ana")
        admin1_ctx = frozenset(a for surf, a in named_admin1 if surf != m.surface.lower())
        own_admin1 = frozenset(a for surf, a in named_admin1 if surf == m.surface.lower())
        alt = {pid for pid, is_alt in gz.ids(m.surface) if is_alt}
        scored = sorted(((_score(p, i, ctx, hint, chain, (admin1_ctx - {p.admin1}) if p.kind == "admin1" else admin1_ctx, groups)
                          + (1.0 if p.kind == "city" and p.admin1 in own_admin1 and p.admin1 not in admin1_ctx else 0.0)
                          + COHERENCE * min(cohere[p.country] - own.get(m.surface.lower(), {}).get(p.country, 0.0), 3) - (ALT_PENALTY if gz.pid_of(p) in alt else 0.0), i, p)
                         for i, p in enumerate(cands)), key=lambda t: (-t[0], t[1]))
        # the word after a name says what kind of place it is: "Amara city" is no region, "Kherson oblast" no town
        kind_word = _KIND_AFTER.match(after)
        if kind_word:
            word = kind_word.group(1).lower()
            want = "city" if word in ("city", "town", "village") else "admin1" if word in _ADMIN1_WORDS else "admin"
            # "Donetsk region" is the oblast, not a Russian district of that name
            scored = sorted(((sc - (2.0 if (p.kind == "city") != (want == "city") else 0.0)
                              - (1.5 if want == "admin1" and p.kind == "admin2" else 0.0), i, p) for sc, i, p in scored),
                            key=lambda t: (-t[0], t[1]))
        if m.surface.isupper():  # a dateline ("ALMATY, Kazakhstan --") names the city
            scored.sort(key=lambda t: (-(t[0] + (1.5 if t[2].kind == "city" else 0.0)), t[1]))
        if _CITY_DISTRICT.match(after):
            # ACLED's "Athens - Central Athens", "Tripoli - Tripoli": a city big enough to have districts
            scored.sort(key=lambda t: (-(t[0] + (2.0 if t[2].kind == "city" and t[2].population >= 100_000 else 0.0)), t[1]))
        best_s, _, best = scored[0]
        big = max(cands, key=lambda p: p.population)
        if (chain is None and big is not best and big.kind == best.kind != "country" and gz.pid_of(big) not in alt
                and big.country != best.country and big.population >= 100_000
                and big.population >= 100 * max(best.population, 1) and best.admin1 not in admin1_ctx
                and best.country not in stated and best.country != hint
                and place_cohere[big.country] >= place_cohere[best.country]):
            # one naming of a country ("the war against Ukraine") does not make Poznan a Ukrainian hamlet:
            # a homonym a hundred times more populous wins unless the other places of the text or a
            # country the events are said to happen in side with the small one
            best_s, best = next((sc, p) for sc, _, p in scored if p is big)
        is_country = country_by_name(m.surface) is not None and not is_territory_name(m.surface)
        near = bool(_NEAR.search(text[max(0, m.start - 40):m.start]))
        # "in Zinbyu village of Pakokku township": the event is in an unnamed part of Pakokku
        part_of = bool(_PART_OF.search(text[max(0, m.start - 40):m.start]))
        # "in Zamfara state's Gusau town": the place in the region's possessive is where it happened
        owned = _OWNED.search(text[max(0, m.start - 60):m.start])
        cue = bool(_IN.search(text[max(0, m.start - 40):m.start]) or _STRUCK.search(text[max(0, m.start - 30):m.start])
                   or _VENUE_PAREN.search(text[max(0, m.start - 70):m.start]) or owned)
        strict_cue = bool(_STRICT_IN.search(text[max(0, m.start - 40):m.start]) or owned)
        event_cue = bool(_EVENT_IN.search(text[max(0, m.start - 90):m.start]))
        elsewhere = any(a <= m.start < b for a, b in notes.elsewhere)
        level = notes.level_at is not None and 0 <= notes.level_at - m.end <= 3
        # ("the Nakuru, Kisumu and Eldoret high schools": every name of the list names a school)
        listed = _LIST_OF_NAMES.match(text, m.end, m.end + 80)
        venue = bool(_INSTITUTION_AFTER.match(after + text[m.end + 30:m.end + 60]) or _INSTITUTION_BEFORE.search(before)
                     or listed and _INSTITUTION_AFTER.match(text[listed.end():listed.end() + 60])
                     or _org_acronym(m.surface, after))
        route = bool(_ROUTE_LINK.match(text[m.end:m.end + 60])
                     or _ROUTE_BEFORE.search(before) and _ROUTE_AFTER.match(text[m.end:m.end + 30]))
        resolved.append(dict(m=m, place=best, score=best_s, chain=chain, inside=inside, near=near, cue=cue, strict_cue=strict_cue, event_cue=event_cue,
                             venue=venue, route=route, purpose=False,
                             follows_cap=follows_cap, after_name=after_name, is_country=is_country, part_of=part_of, elsewhere=elsewhere, level=level,
                             origin=bool(_ORIGIN.search(text[max(0, m.start - 50):m.start])),
                             # read as another spelling ("Boni" for Bonn), or a small homonym, in a country other than
                             # the one written right after it ("the town of Mahas in central Somalia")
                             respelt_abroad=chain is None and bool(near_stated := {c for c, at in stated_at if 0 <= at - m.end <= 45
                                                                                  and _APPOSITION.fullmatch(text[m.end:at])})
                             and best.country not in near_stated
                             and (best not in gz.lookup(m.surface) or best.population < 100_000
                                  or _key(best.name) != _key(m.surface))))
    # "gathered in Market Square in Leeds", "in X square in Paris": the venue sits in the town after it
    for r1, r2 in zip(resolved, resolved[1:]):
        if r1["event_cue"] and _VENUE_IN.match(text[r1["m"].end:r2["m"].start]):
            r1["event_cue"], r2["event_cue"] = False, True
    # "X woreda in Y zone", "X area in Y district": Y is the unit X lies in, not the event's place; but a
    # town X the gazetteer puts outside the district the text names is another place of that name
    for a, b in zip(resolved, resolved[1:]):
        link = re.fullmatch(rf"\s+(?:{_KIND_WORDS}|woreda|kebele|tehsil|block|county|zone)\s+(?:in|of)\s+(?:the\s+)?"
                            r"(?:(?:north|south|east|west|central|northern|southern|eastern|western)\s+)?",
                            text[a["m"].end:b["m"].start], re.I)
        # (not when X is the tail of a longer unknown name, "Dhanoe Kalan village": that name is unknown)
        head = re.search(r"([A-Z][\w'’-]*)\s$", text[max(0, a["m"].start - 30):a["m"].start])
        if not link or a["is_country"] or b["is_country"] or head and head.group(1).lower() not in stopwords():
            continue
        # (a zone named after its town, "West X zone", is no such statement about the town X)
        unit_word = re.search(r"\s(?:district|county)$", b["m"].surface, re.I) or \
            re.match(r"\s+(?:district|county)\b", text[b["m"].end:b["m"].end + 12], re.I)
        if re.search(r"(?:neighbou?rhood|area|quarter|suburb)\s+of\s", link.group(0), re.I) and \
                b["place"].kind == "city" and a["place"].kind == "city":
            a["container"] = True  # "the Soho neighbourhood of New York": the city names the event's place
        elif unit_word and a["place"].kind == "city" and b["place"].kind in ("admin2", "city") and \
                not _inside(a["place"], [b["place"]]) and km_between(a["place"].latitude, a["place"].longitude,
                                                              b["place"].latitude, b["place"].longitude) > 25:
            a["container"] = True  # demoted like a container: the stated district stands
        elif is_boundary_unit(a["place"]) and b["place"].kind in ("admin2", "city") and km_between(
                a["place"].latitude, a["place"].longitude, b["place"].latitude, b["place"].longitude) > 50:
            a["container"] = True  # "Elm locality of Ashford town": a commune of that name elsewhere
        else:
            b["container"] = True
    spans = []
    for e in resolved:
        if e["event_cue"]:
            stop = re.search(r"[.;!?](?:\s|$)", text[e["m"].end:])
            end = e["m"].end + stop.start() if stop else len(text)
            why = _PURPOSE.search(text, e["m"].end, end)
            if why:
                spans.append((why.start(), end))
    notes.purpose = tuple(spans)
    for r in resolved:
        r["purpose"] = any(a <= r["m"].start < b for a, b in spans)
    if acled_notes and "oded" in text:
        notes.coded = _coded_place(text, gz, ctx, hint, chains, groups, resolved, notes)
    return ctx, chains, resolved, notes


def _to_location(r: dict, text: str) -> Location:
    p = r["place"]
    prec = {"city": 1, "admin2": 2, "admin1": 3, "country": 3}[p.kind]
    if (r["near"] or r.get("part_of")) and prec == 1:
        prec = 2
    # "Neumarkt (Oberpfalz)": the qualified name as written is how ACLED names the town
    qual = re.fullmatch(r"[^()]+ \(([^()]+)\)", r["m"].surface)
    name = r["m"].surface if p.kind == "city" and qual and _key(qual.group(1)) not in {
        _key(u) for u in (p.admin1, p.admin2) if u} else _location_name(p)
    return Location(p, name, prec, r["m"])


def _near_levels(p: "Place", ch: _Chain, km: float = 120.0) -> bool:
    """A town close to the district its hierarchy names is that town, even when the gazetteer files it
    under the neighbouring region (admin borders in the gazetteer are approximate near their edges)."""

    lower = [q for q in ch.levels if q is not None and q.kind in ("city", "admin2")]
    # only when the hierarchy's own lowest level is unknown ("Elmley (Weald, North Dale, ...)"):
    # a known lowest level that disagrees means the town is a homonym
    return bool(lower) and ch.levels[0] is None and p.kind == "city" and km_between(p.latitude, p.longitude, lower[0].latitude, lower[0].longitude) <= km


def _fallback_from_chain(ch: _Chain) -> Location | None:
    known = [p for p in ch.levels if p is not None]
    if not known:
        return None
    p = known[0]
    # a named but unknown town inside a region is "a small part of a region" (codebook 1.5): precision 2
    prec = 1 if p.kind == "city" and ch.comma else 3 if p.kind == "admin1" and not ch.comma else 2
    return Location(p, _location_name(p), prec, None)


_OWNED = re.compile(r"\b(?:in|at|near|from)\s+(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?(?:\s+(?:state|province|region|district|"
                    r"county|governorate|oblast))?['’]s\s+(?:(?:northern|southern|eastern|western|central|restive|remote)\s+)?$")


# what may stand between a place and the country it is said to lie in: "Boni, a village in central Mali"
_APPOSITION = re.compile(r"(?:[\s,]+(?:a|an|the|small|remote|border|rural|frontline|village|town|city|area|district|region|"
                         r"province|locality|commune|settlement|located|situated|in|far|north|south|east|west|central|"
                         r"northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western))+\s*", re.I)


def _plausible(r: dict, ctx: Counter, hint: Country | None) -> bool:
    """Drop matches that are more likely words or parts of names than the place of an event."""
    p = r["place"]
    if r["is_country"] or r["inside"] or p.kind == "country" or r["respelt_abroad"]:
        return False
    if r["chain"] is not None and r["chain"].country == p.country:
        return True
    if r["follows_cap"] and not r["cue"]:
        return False
    countries = set(ctx) | ({hint} if hint else set())
    if countries and p.country not in countries and (p.population < 100_000 or not r["strict_cue"]):
        return False  # "Oyan" in a Kazakh story is not a Nigerian village
    if not countries and not r["cue"] and p.population < 1000:
        return False
    return True


def _stated_in(text: str):
    """Countries written as where things happen ("in Ukraine", "across Nigeria"), in text order."""
    for c, _ in _stated_at(text):
        yield c


def _stated_at(text: str):
    """(country, offset) for each country written as where things happen, in text order."""
    for m in re.finditer(r"\b(?:in|across|throughout)\s+(?:the\s+)?(?:(?:far\s+)?(?:north|south|east|west|central|northern|southern|"
                         r"eastern|western|north-?(?:east|west)(?:ern)?|south-?(?:east|west)(?:ern)?|rural)\s+)?"
                         r"([A-Z][\w'.-]*(?:\s[A-Z][\w'.-]*){0,3})", text):
        words = m.group(1).split()
        for n in range(len(words), 0, -1):
            c = country_by_name(" ".join(words[:n]))
            if c is not None:
                yield c, m.start(1)
                break


def _stated_countries(text: str) -> set[Country]:
    return set(_stated_in(text))


def _event_country(text: str, ctx: Counter) -> Country | None:
    """The country an event happened in: one written as "in <country>" first, else the most named."""
    if not ctx:
        return None
    return next((c for c in _stated_in(text) if c in ctx), ctx.most_common(1)[0][0])


def locate_all(text: str, gazetteer: "Gazetteer", *, country_hint: Country | None = None, acled_notes: bool = False
               ) -> list[tuple[PlaceMention, Location]]:
    """Every resolvable place mention in order (country names and hierarchy parts excluded)."""
    ctx, _, resolved, _ = _resolve(text, gazetteer, country_hint, acled_notes)
    return [(m, _admin1_part(loc, text, gazetteer)) for m, loc in _all(text, ctx, resolved, country_hint)]


def locate(text: str, gazetteer: "Gazetteer", *, country_hint: Country | None = None,
           acled_notes: bool = False) -> Location | None:
    """The single best event location for a short passage (an ACLED-note-like paragraph or a few sentences)."""
    return _best(text, gazetteer, country_hint, *_resolve(text, gazetteer, country_hint, acled_notes))


def venue_after(after: str) -> bool:
    """Does the text after a name make it a school's or a street's ("Salem high schools", "Nakuru Road")?"""
    return bool(_INSTITUTION_AFTER.match(after))


def coded_elsewhere(text: str) -> bool:
    """Does an ACLED note mark a place as another event's ("[coded separately]")? For eventdesk.acled_notes."""
    return bool(_CODED_ELSEWHERE.search(text))


def coded_location(text: str, gazetteer: "Gazetteer", *, country_hint: Country | None = None) -> Location | None:
    """Where an ACLED note says its event was coded ("Coded as Ashford district, Kent."), if it says so.
    For eventdesk.acled_notes: it reads the hierarchy the note writes with the name, as locate() does."""
    if "oded" not in text:
        return None
    notes = _resolve(text, gazetteer, country_hint, acled_notes=True)[3]
    return _admin1_part(notes.coded, text, gazetteer) if notes.coded is not None else None


def locate_with_all(text: str, gazetteer: "Gazetteer", *, country_hint: Country | None = None,
                    acled_notes: bool = False) -> tuple[Location | None, list[tuple[PlaceMention, Location]]]:
    """locate() and locate_all() from one resolution pass, for callers that need both."""
    ctx, chains, resolved, notes = _resolve(text, gazetteer, country_hint, acled_notes)
    best = _best(text, gazetteer, country_hint, ctx, chains, resolved, notes)
    return best, [(m, _admin1_part(loc, text, gazetteer)) for m, loc in _all(text, ctx, resolved, country_hint)]


def _all(text: str, ctx: Counter, resolved: list[dict], hint: Country | None) -> list[tuple[PlaceMention, Location]]:
    return [(r["m"], _to_location(r, text)) for r in resolved if _plausible(r, ctx, hint) and not r["elsewhere"]]


def _best(text: str, gazetteer: "Gazetteer", country_hint: Country | None, ctx: Counter, chains: list,
          resolved: list[dict], notes: _Notes | None = None) -> Location | None:
    loc = _best_raw(text, gazetteer, country_hint, ctx, chains, resolved, notes)
    return _admin1_part(loc, text, gazetteer) if loc is not None else None


@dataclass(frozen=True)
class _Part:
    iso2: str
    admin1: str
    part: str
    seat: str
    admin2: frozenset[str]
    written: re.Pattern


@lru_cache(maxsize=1)
def _admin1_parts() -> tuple[_Part, ...]:
    out = []
    for r in data_rows("admin1_parts.csv"):
        side = r["part"].rsplit("-", 1)[1]
        adj = {"North": "northern", "South": "southern", "East": "eastern", "West": "western"}[side]
        a1 = re.escape(r["admin1"])
        # "Shan-North", "North Shan", "northern Shan State"
        written = re.compile(rf"\b(?:{a1}[- ]{side}|{side}(?:ern)?\s+{a1}|{adj}\s+{a1})\b", re.I)
        out.append(_Part(r["iso2"], r["admin1"], r["part"], r["seat"],
                         frozenset(_key(a) for a in r["admin2"].split("|")), written))
    return tuple(out)


def _admin1_part(loc: Location, text: str, gz: "Gazetteer") -> Location:
    """ACLED's admin1 for a place in a unit it splits ("Shan-North"): the part the text names, else the
    part the place's district lies in; a place known only at the unit's level moves to the part's seat."""
    p = loc.place
    parts = [q for q in _admin1_parts() if q.iso2 == p.country.iso2 and q.admin1 == p.admin1]
    if not parts:
        return loc
    named = [q for q in parts if q.written.search(text)]
    district = [q for q in parts if p.admin2 and _key(p.admin2) in q.admin2]
    part = named[0] if len(named) == 1 else district[0] if district else None
    if part is None:
        return loc
    if p.kind == "admin1":
        seat = next((s for s in gz.lookup(part.seat, p.country) if s.kind == "city" and s.admin1 == p.admin1), None)
        if seat is not None:
            return Location(replace(seat, admin1=part.part), _location_name(seat), loc.geo_precision, loc.mention)
    return Location(replace(p, admin1=part.part), loc.location, loc.geo_precision, loc.mention)


def _best_raw(text: str, gazetteer: "Gazetteer", country_hint: Country | None, ctx: Counter, chains: list,
              resolved: list[dict], notes: _Notes | None = None) -> Location | None:
    if notes is not None and notes.coded is not None:
        return notes.coded  # the note itself says where ACLED coded the event
    resolved = [r for r in resolved if not r["elsewhere"]]
    # a school's or a road's name is no anchor for the hierarchy after it ("the Kano-Zaria
    # highway (Kura, Kano)"); a hierarchy in a purpose clause does not place the event
    resolved = [dict(r, chain=None) if r.get("venue") or r.get("route") else r for r in resolved]
    if notes is not None and notes.purpose:
        chains = [c for c in chains if not any(a <= c.start < b for a, b in notes.purpose)]
    level = next((r for r in resolved if r["level"] and not r["is_country"]), None)
    if level is not None:  # "Haradh (coded to district level)"
        loc = _to_location(level, text)
        return Location(loc.place, loc.location, max(loc.geo_precision, 2), loc.mention)
    best, best_val = None, -1e9
    n = max(len(text), 1)
    # a homonym abroad ("Andreyevo" in Russia for a Bulgarian border post) only when nothing plausible is left
    plausible = [r for r in resolved if _plausible(r, ctx, country_hint)]
    # ...but not a piece of a person's name ("ousted Evo Morales" in a story on Bolivia)
    named = set(ctx) | ({country_hint} if country_hint else set())
    # ...nor a homonym abroad when the text says in which country things happen ("a protest in
    # Luxembourg ... at the Place Verte"): that country is the better answer
    stated = {c: at for c, at in _stated_at(text) if c in ctx}
    for r in plausible or [r for r in resolved if not r["after_name"] and not r["respelt_abroad"] and not (
            r["follows_cap"] and not r["cue"] and named and r["place"].country not in named)
            and not (stated and r["place"].country not in stated and (
                r["follows_cap"] or not r["cue"] and min(stated.values()) < r["m"].start))]:
        if r["is_country"] or r["inside"] or r["place"].kind == "country":
            continue
        p = r["place"]
        val = r["score"] * 0.5
        val += 2.0 if r["cue"] else 0.0
        val += 2.5 if r["event_cue"] else 0.0
        # ACLED's own "City - District" form names the event's location (codebook 1.5)
        val += 1.5 if p.kind == "city" and _CITY_DISTRICT.match(text[r["m"].end:r["m"].end + 30]) else 0.0
        val += 2.5 if r["chain"] is not None else 0.0
        val -= 1.5 * (r["m"].start / n)
        val -= 1.5 if r["follows_cap"] else 0.0
        val -= 4.0 if r.get("venue") or r.get("route") or r.get("purpose") else 0.0
        val -= 3.0 if r.get("container") else 0.0
        # "arrested a man from X": where he comes from, not where it happened (unless X is named again as a place)
        val -= 2.5 if r.get("origin") and not any(
            o["m"].surface == r["m"].surface and not o.get("origin") for o in resolved) else 0.0
        val += {"city": 0.6, "admin2": 0.2, "admin1": 0.0, "country": -3}[p.kind]
        if ctx and ctx.get(p.country, 0) == 0 and country_hint is None and r["chain"] is None:
            val -= 1.0
        if val > best_val:
            best, best_val = r, val
    if best is not None and best["place"].kind == "admin1" and best["chain"] is None:
        # "struck the Bakhmut district of Donetsk region": a town written as a place inside the region
        # is the more specific location
        inner = [r for r in resolved if r["cue"] and r["place"].kind in ("city", "admin2") and not r["is_country"]
                 and not r["inside"] and r["place"].country == best["place"].country
                 and r["place"].admin1 == best["place"].admin1]
        if inner:
            best = inner[0]
    # an unknown village qualified by a known hierarchy: the hierarchy's next known level (precision 2)
    if chains:
        first = chains[0]
        if best is None or best["chain"] is None:
            fb = _fallback_from_chain(first)
            if fb is not None:
                return fb
    if best is not None and best["chain"] is not None and best["place"].kind in ("admin1", "admin2") and \
            not best["place"].admin3:
        # "the Fen County Hall (Ashford)": the town in the parenthesis is where it happened
        # (not for a township, "Oak township (Lintha district)": the district's town is coarser)
        p = best["place"]
        towns = [q for q in map(lambda q: _seat(q, gazetteer), best["chain"].levels) if q is not None
                 and q.kind == "city" and q.country == p.country
                 and q.admin1 == p.admin1 and (p.kind == "admin1" or q.admin2 == p.admin2)]
        if towns and not best["chain"].comma:
            return Location(towns[0], _location_name(towns[0]), 1, None)
    if best is not None and best["chain"] is not None and not best["inside"]:
        # "Barangay X (Town, Province, Region)": a village lies in the town its hierarchy names first; a
        # same-named village far from that town is another one, and the town stands for the unknown village
        ch, p = best["chain"], best["place"]
        # (only in a full "(town, district, region)" hierarchy: a two-level one often names a governorate by its city)
        low = ch.levels[0] if len(ch.levels) >= 3 else None
        if low is not None and low.kind == "city" and p.kind == "city" and p.country == low.country and \
                km_between(p.latitude, p.longitude, low.latitude, low.longitude) > 50:
            return Location(low, _location_name(low), 2, None)
    if best is not None and best["chain"] is not None:
        ch, p = best["chain"], best["place"]
        if p.country != ch.country or (ch.admin1 and p.admin1 and p.admin1 != ch.admin1 and not _near_levels(p, ch)):
            # the town name is a homonym elsewhere: trust the hierarchy, and look there for the same name spelt
            # another way ("Kamianske, Zaporizhia" is the Kamyanske of Zaporizhia, not the city of Dnipro)
            m = best["m"]
            inner = [q for q in gazetteer.fuzzy(m.surface, country=ch.country) + gazetteer.lookup(m.surface, ch.country)
                     if q.kind == "city" and ch.admin1 and q.admin1 == ch.admin1
                     and SequenceMatcher(None, _key(m.surface), _key(q.name)).ratio() >= 0.85] if ch.country else []
            if not inner and ch.country and ch.admin1:  # "Kalinovo, Luhansk" is the Kalynove of Luhansk
                inner = _respelt_town(m.surface, gazetteer, ch.country, {ch.admin1})
            if len({_key(q.name) for q in inner}) == 1:  # one spelling only: several would be a guess
                return Location(inner[0], _location_name(inner[0]), 1 if inner[0].kind == "city" else 2, m)
            fb = _fallback_from_chain(ch)
            if fb is not None:
                return fb
        if ch.admin1 and p.admin1 and p.admin1 != ch.admin1:  # a border town: the hierarchy names its regions
            a2 = next((q.admin2 for q in ch.levels if q is not None and q.kind == "admin2" and q.admin2), p.admin2)
            loc = _to_location(best, text)
            return Location(replace(p, admin1=ch.admin1, admin2=a2), loc.location, loc.geo_precision, loc.mention)
    if best is not None:
        return _to_location(best, text)
    if chains:
        fb = _fallback_from_chain(chains[0])
        if fb is not None:
            return fb
    # only a country is known: ACLED codes no country-level events, but the caller still learns the
    # country (kind "country", placed at the capital, precision 3) and may drop the event
    country = _event_country(text, ctx) or country_hint
    place = gazetteer.country_place(country) if country is not None else None
    return Location(place, place.country.name, 3, None) if place is not None else None
