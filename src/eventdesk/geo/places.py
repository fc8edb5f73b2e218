"""Resolve place mentions to one ACLED location (codebook.md 1.5).

geo_precision: 1 = a named town; 2 = "near" a town, or an unknown village coded to its district /
the next known level of an ACLED-style parenthetical hierarchy "(Oyam, Northern)"; 3 = only a
region (admin1) is known. Homonyms are settled by the admin chain, then by countries named in the
text (names, demonyms) or the hint, then by population and kind.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import ahocorasick

from eventdesk.geo.countries import Country, _rows, country_by_code, country_by_name
from eventdesk.geo.gazetteer import stopwords

if TYPE_CHECKING:
    from eventdesk.geo.gazetteer import Gazetteer, Place


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    surface: str
    candidates: tuple["Place", ...]


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
    for r in _rows("acled_countries.csv"):
        c = country_by_code(r["iso2"])
        if c:
            table.setdefault(name_key(r["name"]), c)
    for r in _rows("country_aliases.csv"):
        c = country_by_code(r["iso2"])
        if c:
            table[name_key(r["alias"])] = c
            if r["alias"].replace(".", "").isupper():
                exact.add(name_key(r["alias"]))
    for r in _rows("acled_countries.csv"):
        c = country_by_code(r["iso2"])
        if c:
            table[name_key(r["name"])] = c
    auto = ahocorasick.Automaton()
    for k in table:
        auto.add_word(k, k)
    auto.make_automaton()
    return auto, table, frozenset(exact)


def countries_in(text: str) -> Counter:
    """Countries named or implied by a demonym in text -> count (plural demonyms included)."""
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


@dataclass
class _Chain:
    """A resolved parenthetical hierarchy such as '(Merti, Arsi, Oromia)'."""
    start: int
    end: int
    country: Country | None
    levels: list["Place | None"]  # lowest level first, None where unknown
    admin1: str | None


def _resolve_chain(items: list[str], gz: "Gazetteer", ctx: Counter, hint: Country | None) -> tuple[
        Country | None, list["Place | None"], float]:
    cands = [[p for p in gz.lookup(it)[:30] if p.kind != "country"] for it in items]
    known = {p.country for cs in cands for p in cs} | set(ctx) | ({hint} if hint else set())
    if len(known) <= 3:  # near-spellings only inside countries the other levels or the text point to
        cands = [cs or [p for p in gz.fuzzy(it) if p.country in known and p.kind != "country"]
                 for it, cs in zip(items, cands)]
    if not any(cands):
        return None, [None] * len(items), 0.0
    scores: Counter = Counter()
    for i, cs in enumerate(cands):
        seen = set()
        for p in cs:
            if p.country.iso2 in seen:
                continue
            seen.add(p.country.iso2)
            top = i == len(items) - 1
            scores[p.country] += 1.0 + (0.5 if top and p.kind == "admin1" else 0) + 0.05 * math.log10(p.population + 10)
    for c in list(scores):
        scores[c] += 0.8 * min(ctx.get(c, 0), 2) + (1.5 if c == hint else 0)
    country, best = scores.most_common(1)[0]
    levels: list[Place | None] = []
    admin1 = None
    # top-down: the highest level fixes admin1, lower levels must sit inside it when they can
    for i in range(len(items) - 1, -1, -1):
        cs = [p for p in cands[i] if p.country == country]
        if admin1:
            inside = [p for p in cs if p.admin1 == admin1]
            cs = inside or cs
        pick = None
        if cs:
            if i == len(items) - 1:
                admins = [p for p in cs if p.kind in ("admin1", "admin2")]
                pick = admins[0] if admins else cs[0]
            else:
                admins = [p for p in cs if p.kind == "admin2"]
                pick = admins[0] if admins and i > 0 else cs[0]
            admin1 = admin1 or pick.admin1
        levels.insert(0, pick)
    return country, levels, best


def _chains(text: str, gz: "Gazetteer", ctx: Counter, hint: Country | None,
            mentions: list[PlaceMention] = ()) -> list[_Chain]:
    out = []
    for m in _PAREN.finditer(text):
        items = [s.strip() for s in m.group(1).split(",") if s.strip()]
        if len(items) == 1 and items[0].lower() in stopwords():
            continue
        if not items or len(items) > 5 or any(len(s) > 40 or not s[:1].isupper() or s.isupper() for s in items):
            continue
        # a country in the parentheses is context, not a level ("(Wake Up, Kazakhstan)" is a gloss)
        items = [s for s in items if country_by_name(s) is None]
        if not items or not any(gz.lookup(s) for s in items):  # no level is a known place: not a hierarchy
            continue
        # the town the hierarchy qualifies ("in Manaus (Amazonas)") votes for the country too
        anchor = [a for a in mentions if a.end <= m.start() and m.start() - a.end <= 60
                  and not re.search(r"[.;:!?]", text[a.end:m.start()])]
        extra = 1 if anchor and anchor[-1].surface not in items else 0
        if extra:
            items = [anchor[-1].surface] + items
        country, levels, _ = _resolve_chain(items, gz, ctx, hint)
        levels = levels[extra:]
        if country is None:
            continue
        admin1 = next((p.admin1 for p in reversed(levels) if p is not None and p.admin1), None)
        out.append(_Chain(m.start(), m.end(), country, levels, admin1))
    return out


def _score(p: "Place", alt_rank: int, ctx: Counter, hint: Country | None, chain: _Chain | None,
           admin1_ctx: frozenset[str] = frozenset()) -> float:
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
    if hint is not None and p.country == hint:
        s += 3.0
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


def _location_name(p: "Place") -> str:
    """ACLED writes locations in plain ASCII transliteration ("Kandahar", not "Kandahār")."""
    import unicodedata

    return unicodedata.normalize("NFKD", p.name).encode("ascii", "ignore").decode() or p.name


def _mention_chain(m: PlaceMention, chains: list[_Chain], text: str) -> tuple[_Chain | None, bool]:
    """The hierarchy that qualifies a mention: one shortly after it in the same clause, or one it sits in."""
    for ch in chains:
        if ch.start <= m.start < ch.end:
            return ch, True
        if 0 <= ch.start - m.end <= 80 and not re.search(r"[.;:!?]|\b(and|while|whereas)\b", text[m.end:ch.start]):
            return ch, False
    return None, False


_UNKNOWN_PLACE = re.compile(
    r"\b(?:in|at|near|outside)\s+(?:the\s+)?([A-Z][\w'-]+(?:\s[A-Z][\w'-]+){0,2})(?=\s+(?:city|town|village|district|"
    r"municipality|area|province|governorate|county|locality)\b|\s*\()|"
    r"\b([A-Z][\w'-]+(?:\s[A-Z][\w'-]+){0,2})\s+(?:city|town|village|district|municipality|governorate)\b")


def _fuzzy_mentions(text: str, gz: "Gazetteer", found: list[PlaceMention], allowed: set) -> list[PlaceMention]:
    """Names in place-like slots ('in Nassriya city', 'at X (...)') that the gazetteer spells differently."""
    out = []
    for m in _UNKNOWN_PLACE.finditer(text):
        g = 1 if m.group(1) else 2
        start, end = m.start(g), m.end(g)
        if any(f.start < end and start < f.end for f in found):
            continue
        surface = text[start:end]
        if surface.lower() in stopwords():
            continue
        if not allowed:
            break
        cands = tuple(p for p in gz.fuzzy(surface) if p.kind != "country" and p.country in allowed)[:20]
        if cands:
            out.append(PlaceMention(start, end, surface, cands))
    return out


def _resolve(text: str, gz: "Gazetteer", hint: Country | None):
    ctx = countries_in(text)
    mentions = gz.mentions(text)
    chains = _chains(text, gz, ctx, hint, mentions)
    allowed = set(ctx) | ({hint} if hint else set()) | {c.country for c in chains if c.country}
    mentions = sorted(mentions + _fuzzy_mentions(text, gz, mentions, allowed), key=lambda m: m.start)
    # regions named in the text ("Paris, Texas") steer the towns that sit in them
    named_admin1 = [(m.surface.lower(), c.admin1) for m in mentions for c in m.candidates[:3]
                    if c.kind == "admin1" and c.admin1 and c.name.lower().startswith(m.surface.lower())]
    # coherence: a country where several different names of the text have a candidate is likelier
    cohere: Counter = Counter()
    for surf in {m.surface.lower(): m for m in mentions}.values():
        for c in {p.country for p in surf.candidates[:10]}:
            cohere[c] += 1
    resolved = []
    for m in mentions:
        if not m.candidates:
            continue
        before = text[max(0, m.start - 40):m.start]
        if _TITLE.search(before):
            continue
        after = text[m.end:m.end + 30]
        if _ORG_FOLLOW.match(after) and not _SUBPLACE_WORDS.match(after):
            continue
        # part of a longer capitalised name ("Soviet Army", "Kongo Trading Center") that is not a place
        follows_cap = bool(re.match(r"^\s?[A-Z][a-z]", after)) and not _SUBPLACE_WORDS.match(after)
        prev = re.search(r"(?:^|[a-z,]\s)([A-Z][a-z]+)\s$", before)  # "Myrna Dolyna", "Nova Buda": a longer name
        follows_cap = follows_cap or bool(prev) and country_by_name(prev.group(1)) is None and \
            prev.group(1).lower() not in stopwords()
        # country names are context, not locations, unless nothing else is found
        chain, inside = _mention_chain(m, chains, text)
        cands = list(m.candidates)
        admin1_ctx = frozenset(a for _, a in named_admin1)
        alt = {pid for pid, is_alt in gz.ids(m.surface) if is_alt}
        scored = sorted(((_score(p, i, ctx, hint, chain, admin1_ctx - {p.admin1} if p.kind == "admin1" else admin1_ctx)
                          + COHERENCE * min(cohere[p.country] - 1, 3) - (ALT_PENALTY if gz.pid_of(p) in alt else 0.0), i, p)
                         for i, p in enumerate(cands)), key=lambda t: (-t[0], t[1]))
        if m.surface.isupper():  # a dateline ("ALMATY, Kazakhstan --") names the city
            scored.sort(key=lambda t: (-(t[0] + (1.5 if t[2].kind == "city" else 0.0)), t[1]))
        best_s, _, best = scored[0]
        is_country = country_by_name(m.surface) is not None
        near = bool(_NEAR.search(text[max(0, m.start - 40):m.start]))
        cue = bool(_IN.search(text[max(0, m.start - 40):m.start]))
        strict_cue = bool(_STRICT_IN.search(text[max(0, m.start - 40):m.start]))
        resolved.append(dict(m=m, place=best, score=best_s, chain=chain, inside=inside, near=near, cue=cue, strict_cue=strict_cue,
                             follows_cap=follows_cap, is_country=is_country))
    return ctx, chains, resolved


def _to_location(r: dict, text: str) -> Location:
    p = r["place"]
    prec = {"city": 1, "admin2": 2, "admin1": 3, "country": 3}[p.kind]
    if r["near"] and prec == 1:
        prec = 2
    return Location(p, _location_name(p), prec, r["m"])


def _fallback_from_chain(ch: _Chain) -> Location | None:
    known = [p for p in ch.levels if p is not None]
    if not known:
        return None
    p = known[0]
    prec = 3 if p.kind == "admin1" else 2
    return Location(p, _location_name(p), prec, None)


def _plausible(r: dict, ctx: Counter, hint: Country | None) -> bool:
    """Drop matches that are more likely words or parts of names than the place of an event."""
    p = r["place"]
    if r["is_country"] or r["inside"] or p.kind == "country":
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


def _event_country(text: str, ctx: Counter) -> Country | None:
    """The country an event happened in: one written as "in <country>" first, else the most named."""
    if not ctx:
        return None
    for m in re.finditer(r"\b(?:in|across|throughout)\s+(?:the\s+)?([A-Z][\w'.-]*(?:\s[A-Z][\w'.-]*){0,3})", text):
        words = m.group(1).split()
        for n in range(len(words), 0, -1):
            c = country_by_name(" ".join(words[:n]))
            if c is not None and c in ctx:
                return c
    return ctx.most_common(1)[0][0]


def locate_all(text: str, gazetteer: "Gazetteer", *, country_hint: Country | None = None
               ) -> list[tuple[PlaceMention, Location]]:
    """Every resolvable place mention in order (country names and hierarchy parts excluded)."""
    ctx, _, resolved = _resolve(text, gazetteer, country_hint)
    return [(r["m"], _to_location(r, text)) for r in resolved if _plausible(r, ctx, country_hint)]


def locate(text: str, gazetteer: "Gazetteer", *, country_hint: Country | None = None) -> Location | None:
    """The single best event location for a short passage (an ACLED-note-like paragraph or a few sentences)."""
    ctx, chains, resolved = _resolve(text, gazetteer, country_hint)
    best, best_val = None, -1e9
    n = max(len(text), 1)
    for r in resolved:
        if r["is_country"] or r["inside"] or r["place"].kind == "country":
            continue
        p = r["place"]
        val = r["score"] * 0.5
        val += 2.0 if r["cue"] else 0.0
        val += 2.5 if r["chain"] is not None else 0.0
        val -= 1.5 * (r["m"].start / n)
        val -= 1.5 if r["follows_cap"] else 0.0
        val += {"city": 0.6, "admin2": 0.2, "admin1": 0.0, "country": -3}[p.kind]
        if ctx and ctx.get(p.country, 0) == 0 and country_hint is None and r["chain"] is None:
            val -= 1.0
        if val > best_val:
            best, best_val = r, val
    # an unknown village qualified by a known hierarchy: the hierarchy's next known level (precision 2)
    if chains:
        first = chains[0]
        if best is None or best["chain"] is None:
            fb = _fallback_from_chain(first)
            if fb is not None:
                return fb
    if best is not None and best["chain"] is not None:
        ch, p = best["chain"], best["place"]
        if p.country != ch.country or (ch.admin1 and p.admin1 and p.admin1 != ch.admin1):
            fb = _fallback_from_chain(ch)  # the town name is a homonym elsewhere: trust the hierarchy
            if fb is not None:
                return fb
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
