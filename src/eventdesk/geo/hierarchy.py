"""Hierarchy parsing: "X district, Y province", "Town (District, Region)", "X city in Y": which country
and which units a written hierarchy names, and the parts ACLED splits a region into."""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from eventdesk.geo.countries import Country, data_rows, country_by_name, fold
from eventdesk.geo.cues import BEFORE_PAREN, CITY_DISTRICT, DIRECTIONAL, KIND_WORDS, NAME
from eventdesk.geo.folding import admin_variants, ascii_name, name_variants, place_key, stopwords
from eventdesk.geo.spotting import respelt_town
from eventdesk.geo.index import Index
from eventdesk.geo.types import Location, Place, PlaceMention, is_boundary_unit, km_between
from eventdesk.geo.weights import W
from eventdesk.text.lexicon import alternation


@dataclass
class Chain:
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
    return admin_variants(item)[-1]


_DISTRICT_WORD = re.compile(rf"\s(?:{alternation('geo_unit_words', 'district_word')})$", re.I)


_REGION_WORD = re.compile(rf"\s(?:{alternation('geo_unit_words', 'region_word')})$", re.I)


def _fits_level_word(p: "Place", item: str) -> bool:
    """A level written with its regional word ("Shan-North state", "Maluku province") is an admin unit,
    not a town abroad. (Districts are often written with the name of their seat town, so a town may
    stand for "X district".)"""
    return p.kind in ("admin1", "admin2") if _REGION_WORD.search(item) else True


def resolve_chain(items: list[str], gz: "Index", ctx: Counter, hint: Country | None,
                   within: set[Country] | None = None, cue: Counter = Counter(), top_bonus: float = W.hierarchy_top_region,
                   anchored: bool = False) -> tuple[
        Country | None, list["Place | None"], float]:
    # "(Tripoli, West)": a bare compass word is a region of some country, not the town of West, Texas
    cands = [[p for p in gz.lookup(it)[:30] if p.kind != "country" and (p.kind == "admin1" or not DIRECTIONAL.match(it))
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
        bare = place_key(_admin_bare(items[i]))
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
            weight = W.hierarchy_anchor_homonym if anchored and i == 0 else 1.0
            bonus = top_bonus if top and p.kind == "admin1" and not _DISTRICT_WORD.search(items[i]) else 0
            scores[p.country] += weight * (W.hierarchy_level_vote + W.hierarchy_level_population_log * math.log10(p.population + 10)) + bonus
    # a lower level that the gazetteer files under a higher one ("Valdivia" under "Los Rios") is the
    # strongest evidence of all: the two names agree on one country
    for i in range(len(items) - 1):
        higher = {k for it in items[i + 1:] for k in name_variants(it)}
        agree = {p.country for p in cands[i] if any(place_key(a) in higher for a in (p.admin1, p.admin2) if a)}
        for c in agree:
            scores[c] += W.hierarchy_levels_agree
    for c in list(scores):
        scores[c] += W.hierarchy_country_named * min(ctx.get(c, 0), 2) + (W.hierarchy_source_country if c == hint else 0) + \
            W.hierarchy_group_cue * min(cue.get(c, 0), 1)
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
        cands = [cs if any(p.country == country for p in cs) or DIRECTIONAL.match(it)
                 else [p for p in gz.fuzzy(_admin_bare(it), country=country) if p.kind != "country"
                       and p.admin1 in top_a1] or respelt_town(_admin_bare(it), gz, country, top_a1)
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
            cs = inside or [p for p in cs if place_key(p.name) in (place_key(items[i]), place_key(_admin_bare(items[i])))
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
                below = {place_key(q.admin1) for cs2 in cands[:i] for q in cs2 if q.country == country and q.admin1}
                admins = [p for p in admins if p.admin1 and place_key(p.admin1) in below] + admins
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


@lru_cache(maxsize=1)
def admin1_abbreviations() -> dict[str, str]:
    return {r["abbreviation"]: r["admin1"] for r in data_rows("admin1_abbreviations.csv")}


_PAREN = re.compile(r"\(([^()]{2,160})\)")


# (not "LGA": "Gusau LGA (Zamfara)" is a Nigerian district and its state)
_GLOSS_BEFORE = re.compile(rf"(?:\b(?!LGA\b)[A-Z]{{2,}}[A-Za-z-]*|\b(?:{alternation('geo_actor_words', 'gloss')}))\s*$")


_COMPASS_SUFFIX = re.compile(rf"^(?:{alternation('geo_directions', 'compass')})$")


_CODED_NAME_BEFORE = re.compile(r"\bcoded\s+(?:as|to)\s+[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3}\s*$")


# the word before "(J&K)" that makes an abbreviation-only parenthesis a hierarchy, not an acronym gloss
_PLACE_WORD_BEFORE = re.compile(rf"\b(?:{alternation('geo_unit_words', 'abbrev_before')})\s*$", re.I)


def find_chains(text: str, gz: "Index", ctx: Counter, hint: Country | None,
            mentions: list[PlaceMention] = (), cue: Counter = Counter(), acled_notes: bool = False) -> list[Chain]:
    out = []
    abbrev = admin1_abbreviations()
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
                 or i > 0 and place_key(s) != place_key(country_by_name(s).name)
                 and any(p.kind == "admin1" and place_key(p.name) == place_key(s) for p in gz.lookup(s)[:5])]
        if not items or not any(gz.lookup(s) for s in items):  # no level is a known place: not a hierarchy
            continue
        # the town the hierarchy qualifies ("in Town (Region)") votes for the country too
        anchor = [a.surface for a in mentions if a.end <= m.start() and m.start() - a.end <= 60
                  and not re.search(r"[.;:!?]", text[a.end:m.start()])]
        # the name written just before the parenthesis, even one the mention scan skips ("Hamilton (Ontario)")
        direct = BEFORE_PAREN.search(text[max(0, m.start() - 60):m.start()])
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
        country, levels, _ = resolve_chain(items, gz, ctx, hint, within=within or None, cue=cue, anchored=bool(extra))
        levels = levels[extra:]
        if country is None:
            continue
        admin1 = next((p.admin1 for p in reversed(levels) if p is not None and p.admin1), None)
        out.append(Chain(m.start(), m.end(), country, levels, admin1))
    out += _comma_chains(text, gz, ctx, hint, [(m.start(), m.end()) for m in _PAREN.finditer(text)], cue)
    return sorted(out, key=lambda c: c.start)


_COMMA_CHAIN = re.compile(
    rf"(?P<x>{NAME})(?:\s+(?:{KIND_WORDS}))?(?P<sep>,\s+)(?P<rest>{NAME}(?:,\s+{NAME}){{0,2}})")


# "Azaz city in Aleppo countryside": a place word, then the region it lies in
_IN_CHAIN = re.compile(rf"(?P<x>{NAME})\s+(?:{KIND_WORDS})(?P<sep>\s+in\s+(?:the\s+)?)(?P<rest>{NAME})")


_DASHED_BEFORE_PAREN = re.compile(r"(?:^|[^\w'’-])([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}) - [A-Z][\w'’-]*"
                                  rf"(?:[ -](?:(?:{alternation('geo_name_particles', 'dashed')})[ -])?[A-Z][\w'’-]*){{0,4}}\s*$")


_LIST_AFTER = re.compile(r"^(?:\s*,)?\s+(?:and|or|&)\s+[A-Z]")


def _region_alias(name: str, gz: "Index") -> bool:
    """'West Bank' names Palestine but is also the admin1 ACLED codes; 'Mexico' or 'Niger' as a level
    stays ambiguous with the country and is left out, as before."""
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


def _comma_chains(text: str, gz: "Index", ctx: Counter, hint: Country | None,
                  taken: list[tuple[int, int]], cue: Counter = Counter()) -> list[Chain]:
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
        if CITY_DISTRICT.match(text[end:end + 30]):
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
            wanted = {place_key(q.admin1 or "") for q in tops if q.kind == "admin1"} | {place_key(q.name) for q in tops}
            if not any(place_key(p.admin1 or "") in wanted or place_key(p.admin2 or "") in wanted
                       for p in gz.lookup(x)[:30] if p.kind == "city"):
                continue
        # the region fixes the country: the town's homonyms abroad are other places
        # "Novopil, Donetsk" written after "Russian forces": the region is ACLED's admin1, and a same-named
        # district abroad is a weaker reading than a demonym is evidence
        country, levels, _ = resolve_chain([x] + rest, gz, ctx, hint, within={q.country for q in tops}, cue=cue,
                                            top_bonus=W.hierarchy_comma_top_region)
        if country is None:
            continue
        levels = levels[1:]
        if len(levels) == 1 and levels[0] is not None and levels[0].kind == "admin2":
            # "Rosengard, Malmo": a city district (admin2 named after its city) is coded to the city (codebook 1.5)
            city = [p for p in gz.lookup(rest[0])[:10] if p.kind == "city" and p.country == country
                    and p.population >= 100_000 and p.admin1 == levels[0].admin1]
            levels = city[:1] or levels
        admin1 = next((p.admin1 for p in reversed(levels) if p is not None and p.admin1), None)
        out.append(Chain(m.start("rest"), end, country, levels, admin1, (x_start, x_start + len(x)), True))
    return out


# what ends the clause a hierarchy can qualify: a stop, or a conjunction ("in City A, while Town B (Region B)")
_CLAUSE_BREAK = re.compile(rf"[.;:!?]|\b(?:{alternation('geo_clause_breaks', 'conjunction')})\b")


def mention_chain(m: PlaceMention, chains: list[Chain], text: str) -> tuple[Chain | None, bool]:
    """The hierarchy that qualifies a mention: one shortly after it in the same clause, or one it sits in."""
    for ch in chains:
        if ch.start <= m.start < ch.end:
            return ch, True
        if ch.anchor is not None and ch.comma and m.end <= ch.anchor[0]:
            continue  # "in City A ... a factory in Town B, Region B": the region qualifies Town B, not City A
        if 0 <= ch.start - m.end <= 80 and not _CLAUSE_BREAK.search(text[m.end:ch.start]):
            return ch, False
    return None, False


def hierarchy_anchors(text: str, gz: "Index", chains: list[Chain], mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The town a hierarchy qualifies ("in Madison (Wisconsin)", "Oak town (Birch district, Fen State)")
    is a place even when its name is short or also a first name, if the gazetteer has it inside that region."""
    out = []
    for ch in chains:
        if ch.country is None:
            continue
        if ch.anchor is not None:
            a, b = ch.anchor
        else:
            m = BEFORE_PAREN.search(text[max(0, ch.start - 60):ch.start])
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
            cands = tuple(respelt_town(name, gz, ch.country, {ch.admin1}))
        if cands:
            out.append(PlaceMention(a, b, name, cands))
    return out


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
                         frozenset(place_key(a) for a in r["admin2"].split("|")), written))
    return tuple(out)


def admin1_part(loc: Location, text: str, gz: "Index") -> Location:
    """ACLED's admin1 for a place in a unit it splits ("Shan-North"): the part the text names, else the
    part the place's district lies in; a place known only at the unit's level moves to the part's seat."""
    p = loc.place
    parts = [q for q in _admin1_parts() if q.iso2 == p.country.iso2 and q.admin1 == p.admin1]
    if not parts:
        return loc
    named = [q for q in parts if q.written.search(text)]
    district = [q for q in parts if p.admin2 and place_key(p.admin2) in q.admin2]
    part = named[0] if len(named) == 1 else district[0] if district else None
    if part is None:
        return loc
    if p.kind == "admin1":
        seat = next((s for s in gz.lookup(part.seat, p.country) if s.kind == "city" and s.admin1 == p.admin1), None)
        if seat is not None:
            return Location(replace(seat, admin1=part.part), location_name(seat), loc.geo_precision, loc.mention)
    return Location(replace(p, admin1=part.part), loc.location, loc.geo_precision, loc.mention)


def location_name(p: "Place") -> str:
    """ACLED writes locations in plain ASCII transliteration ("Kandahar", not "Kandahār"; "Wroclaw", not "Wrocaw")."""
    return ascii_name(p.name) or p.name


@lru_cache(maxsize=1)
def _admin1_labels() -> dict[tuple[str, str], str]:
    return {(r["iso2"], r["gazetteer"]): r["acled"] for r in data_rows("admin1_labels.csv")}


def admin1_label(p: "Place") -> str | None:
    """The admin1 of a place as ACLED writes it in the event row (data/admin1_labels.csv: 'Giza', not the
    gazetteer's 'Al Jizah'), else the gazetteer's own name. A label only: lookups keep the gazetteer's names."""
    if not p.admin1:
        return p.admin1
    return _admin1_labels().get((p.country.iso2, p.admin1), p.admin1)
