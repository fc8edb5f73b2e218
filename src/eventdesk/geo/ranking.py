"""Ranking: choosing among a name's candidate places, and among a text's places the event's location."""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import replace
from difflib import SequenceMatcher
from functools import lru_cache

from eventdesk.geo.countries import Country
from eventdesk.geo.context import (ABROAD_MIN_POPULATION, article_home, countries_stated_at, country_names_in, event_country,
                                   strong_country_cues)
from eventdesk.geo.cues import ADMIN1_WORDS, CITY_DISTRICT, KIND_AFTER, NAME, NEAR
from eventdesk.geo.folding import place_key
from eventdesk.geo.hierarchy import Chain, location_name
from eventdesk.geo.spotting import respelt_town
from eventdesk.geo.index import Index
from eventdesk.geo.types import Location, Notes, Place, PlaceMention, km_between
from eventdesk.geo.weights import W
from eventdesk.text.lexicon import alternation

# what a place's kind adds to a name's candidate, and to a place as the event's location (place_ranking.toml)
_CANDIDATE_KIND = {"city": W.candidate_kind_city, "admin2": W.candidate_kind_admin2, "admin1": W.candidate_kind_admin1,
                   "country": W.candidate_kind_country}
_EVENT_KIND = {"city": W.event_kind_city, "admin2": W.event_kind_admin2, "admin1": W.event_kind_admin1,
               "country": W.event_kind_country}


def score_place(p: "Place", alt_rank: int, ctx: Counter, hint: Country | None, chain: Chain | None,
           admin1_ctx: frozenset[str] = frozenset(), cue: Counter = Counter()) -> float:
    """How likely one candidate of a name is the place meant, in the text's context (weights: W.candidate_*)."""
    s = W.candidate_population_log * math.log10(p.population + 10)
    s += _CANDIDATE_KIND[p.kind]
    if p.admin1 and p.admin1 in admin1_ctx:
        s += W.candidate_region_named
    s -= W.candidate_gazetteer_rank * alt_rank
    if ctx:
        n = ctx.get(p.country, 0)
        s += W.candidate_country_named_count * min(n, 3) / 3 + (W.candidate_country_named if n else 0.0)
        if n == 0 and ctx.most_common(1)[0][1] >= 1:
            s -= W.candidate_country_not_named
    if cue:
        # a named party or armed group is a country cue weaker than a country's name
        s += (W.candidate_group_cue_alone if not ctx else W.candidate_group_cue_beside_country) * min(cue.get(p.country, 0), 1)
    if hint is not None and p.country == hint:
        # the source's country outweighs homonyms abroad, but not a text that names another country
        s += W.candidate_source_country if not ctx or hint in ctx else W.candidate_source_country_against_text
    if chain is not None:
        if p.country == chain.country:
            s += W.candidate_hierarchy_country
            if chain.admin1 and p.admin1 == chain.admin1:
                s += W.candidate_hierarchy_admin1
            lv = {q.admin2 for q in chain.levels if q is not None and q.admin2}
            if p.admin2 and p.admin2 in lv:
                s += W.candidate_hierarchy_admin2
        else:
            s -= W.candidate_hierarchy_other_country
    return s


# places a text names together lie together: another name of the text, read in few ways, within this distance of a
# candidate supports it ("across Elmley and Rowan", both villages of one valley)
NEIGHBOUR_KM = 40
NEIGHBOUR_MAX_READINGS = 3


def _neighbour_readings(m: PlaceMention, others: tuple[PlaceMention, ...]) -> list[Place]:
    """The towns and districts the text's other names may be: names read in few ways only (a name with homonyms
    everywhere is near something everywhere), never the name itself, a country or a region."""
    key = place_key(m.surface)
    out: list[Place] = []
    for o in others:
        other = place_key(o.surface)
        # (nor the name with a unit word, "Elmley District" beside "Elmley": the same place again)
        if o.end > m.start and m.end > o.start or f" {key} " in f" {other} " or f" {other} " in f" {key} ":
            continue
        if not o.candidates or len(o.candidates) > NEIGHBOUR_MAX_READINGS or any(q.kind in ("country", "admin1") for q in o.candidates):
            continue
        out += [q for q in o.candidates if q.kind in ("city", "admin2")]
    return out


def has_neighbour(p: Place, readings: list[Place]) -> bool:
    """Is one of the text's other places within NEIGHBOUR_KM of p (and not p itself under another name)?"""
    return p.kind in ("city", "admin2") and any(
        (q.latitude, q.longitude) != (p.latitude, p.longitude)
        and km_between(p.latitude, p.longitude, q.latitude, q.longitude) <= NEIGHBOUR_KM for q in readings)


def same_romanisation(surface: str, p: Place) -> bool:
    """Is the name as written the place's own name in another romanisation: without its Arabic article, accents or
    apostrophes, with a single for a doubled consonant, or without the final h of a feminine ending ("Amara", "Al
    'Amarah")? An exonym ("Vienne" for Vienna) is not, nor another spelling ("Parys"; "Kismaayo", a long vowel)."""
    return _romanised(surface) == _romanised(p.name)


_NAME_ARTICLE = re.compile(rf"^(?:{alternation('geo_name_particles', 'skeleton_article')})$")


@lru_cache(maxsize=1 << 16)  # (a pure function of the name, asked about every candidate of every mention)
def _romanised(name: str) -> str:
    """A name folded to what romanisations of it share (only that: 'Parys' is not 'Paris')."""
    words = place_key(name).replace("'", " ").split()
    if len(words) > 1 and _NAME_ARTICLE.match(words[0]):
        words = words[1:]
    # (a doubled consonant is often written single in English, "Metemma"; a doubled vowel marks a long one in the
    # language's own spelling, "Kismaayo", and is another spelling)
    return re.sub(r"([b-df-hj-np-tv-z])\1+", r"\1", "".join(words)).removesuffix("h")


def best_candidate(m: PlaceMention, cands: list[Place], gz: "Index", after: str, ctx: Counter, hint: Country | None,
                   chain: Chain | None, named_admin1: list[tuple[str, str]], groups: Counter, cohere: Counter,
                   own: dict[str, dict[Country, float]], place_cohere: Counter, stated: set[Country],
                   others: tuple[PlaceMention, ...] = ()) -> tuple[float, Place]:
    """The likeliest of one name's candidates, and its score: the candidate score in the text's context, the
    other names of the text (their countries, and a place of theirs next to the candidate), the word after the
    name; a far larger homonym unless the text sides with the small one."""
    # (a hierarchy written with the name, "X (Y, Z)", says where it lies better than a neighbour does)
    readings = _neighbour_readings(m, others) if len(cands) > 1 and chain is None else []
    near = {i for i, p in enumerate(cands) if readings and has_neighbour(p, readings)}
    # regions named by other mentions: a town is not steered by its own name ("Santa Ana")
    admin1_ctx = frozenset(a for surf, a in named_admin1 if surf != m.surface.lower())
    own_admin1 = frozenset(a for surf, a in named_admin1 if surf == m.surface.lower())
    alt = {pid for pid, is_alt in gz.ids(m.surface) if is_alt}
    # a romanisation of the candidate's own name ("Amara" for Al 'Amarah) is no name of another language
    # (not where a candidate at the same spot has the name as written for its own: "'Afrin" beside "Afrin")
    own_spots = {(round(p.latitude, 1), round(p.longitude, 1)) for p in cands if gz.pid_of(p) not in alt}
    alt -= {gz.pid_of(p) for p in cands if gz.pid_of(p) in alt and same_romanisation(m.surface, p)
            and (round(p.latitude, 1), round(p.longitude, 1)) not in own_spots}
    scored = sorted(((score_place(p, i, ctx, hint, chain, (admin1_ctx - {p.admin1}) if p.kind == "admin1" else admin1_ctx, groups)
                      + (W.candidate_own_region_city if p.kind == "city" and p.admin1 in own_admin1 and p.admin1 not in admin1_ctx else 0.0)
                      + W.candidate_coherence * min(cohere[p.country] - own.get(m.surface.lower(), {}).get(p.country, 0.0), 3) - (W.candidate_alternate_name if gz.pid_of(p) in alt else 0.0)
                      + (W.candidate_neighbour_place if i in near else 0.0), i, p)
                     for i, p in enumerate(cands)), key=lambda t: (-t[0], t[1]))
    # the word after a name says what kind of place it is: "Amara city" is no region, "Kherson oblast" no town
    kind_word = KIND_AFTER.match(after)
    if kind_word:
        word = kind_word.group(1).lower()
        want = "city" if word in ("city", "town", "village") else "admin1" if word in ADMIN1_WORDS else "admin"
        # "Donetsk region" is the oblast, not a Russian district of that name
        scored = sorted(((sc - (W.candidate_kind_word_mismatch if (p.kind == "city") != (want == "city") else 0.0)
                          - (W.candidate_kind_word_district_for_region if want == "admin1" and p.kind == "admin2" else 0.0), i, p) for sc, i, p in scored),
                        key=lambda t: (-t[0], t[1]))
    if m.surface.isupper():  # a dateline ("ALMATY, Kazakhstan --") names the city
        scored.sort(key=lambda t: (-(t[0] + (W.candidate_dateline_city if t[2].kind == "city" else 0.0)), t[1]))
    if CITY_DISTRICT.match(after):
        # ACLED's "Athens - Central Athens", "Tripoli - Tripoli": a city big enough to have districts
        scored.sort(key=lambda t: (-(t[0] + (W.candidate_acled_city_district if t[2].kind == "city" and t[2].population >= 100_000 else 0.0)), t[1]))
    best_s, best_i, best = scored[0]
    # (the support chooses among one name's readings; it says nothing of which name is the event's place)
    best_s -= W.candidate_neighbour_place if best_i in near else 0.0
    big = max(cands, key=lambda p: p.population)
    if (chain is None and big is not best and big.kind == best.kind != "country" and gz.pid_of(big) not in alt
            and big.country != best.country and big.population >= 100_000
            and big.population >= 100 * max(best.population, 1) and best.admin1 not in admin1_ctx
            and best.country not in stated and best.country != hint
            and place_cohere[big.country] >= place_cohere[best.country] and best_i not in near):
        # one naming of a country ("the war against Ukraine") does not make Poznan a Ukrainian hamlet:
        # a homonym a hundred times more populous wins unless the other places of the text or a
        # country the events are said to happen in side with the small one
        best_s, best = next((sc - (W.candidate_neighbour_place if i in near else 0.0), p) for sc, i, p in scored if p is big)
    return best_s, best


def _seat(p: "Place | None", gazetteer: "Index") -> "Place | None":
    """A district named after its seat ("Chuncheon") stands for the town when a town is wanted."""
    if p is None or p.kind != "admin2":
        return p
    return next((q for q in gazetteer.lookup(p.name, p.country) if q.kind == "city" and q.admin1 == p.admin1), p)


_OFFICE_WORDS = ("governorate", "prefecture")
# "the province of X", "the Turkish province of X", "in the governorate of X": a region named as one. A governorate
# or a prefecture is also the governor's office ("protesters stormed the governorate of X", "a sit-in outside the
# prefecture of X"), a building in the town: those two count only where something happens in them as areas
_REGION_OF = re.compile(rf"(?:\b(?:{'|'.join(w for w in ADMIN1_WORDS if w not in _OFFICE_WORDS)})"
                        rf"|\b(?:{alternation('geo_place_cues', 'stated')})\s+the\s+(?:[a-z-]+\s+)?(?:{'|'.join(_OFFICE_WORDS)}))"
                        r"\s+of\s+(?:the\s+)?$", re.I)


def region_named(r: dict, text: str) -> bool:
    """Does the text call the chosen town's name a province ("shelled the province of X", "the Turkish province of
    X")? Then only that larger region is named (the codebook's precision 3), at the town of its name, which is most
    often its capital. The choice among the text's names and its coordinates stand: only the precision changes."""
    p, m = r["place"], r["m"]
    return p.kind == "city" and bool(_REGION_OF.search(text[max(0, m.start - 40):m.start])) \
        and any(q.kind == "admin1" and q.country == p.country and q.admin1 == p.admin1 for q in m.candidates)


def to_location(r: dict, text: str) -> Location:
    p = r["place"]
    prec = 3 if region_named(r, text) else {"city": 1, "admin2": 2, "admin1": 3, "country": 3}[p.kind]
    if (r["near"] or r.get("part_of")) and prec == 1:
        prec = 2
    # "Neumarkt (Oberpfalz)": the qualified name as written is how ACLED names the town
    qual = re.fullmatch(r"[^()]+ \(([^()]+)\)", r["m"].surface)
    name = r["m"].surface if p.kind == "city" and qual and place_key(qual.group(1)) not in {
        place_key(u) for u in (p.admin1, p.admin2) if u} else location_name(p)
    surf = r["m"].surface
    if p.kind == "city" and not qual and r.get("own_name") and surf[:1].isupper() and not surf.isupper() and r["m"].end - r["m"].start == len(surf) \
            and text[r["m"].start:r["m"].end] == surf and place_key(surf) != place_key(p.name) \
            and not re.search(r"\s[a-z]+$", surf) and f" {place_key(surf)} " not in f" {place_key(p.name)} ":
        # (not "Jammu city", a name and a kind word; nor "Sirwah" for Suq Sirwah, a part of the full name)
        # a town the text writes in another spelling ("Napoli", "Jenin", "Chittagong"): ACLED names locations as its
        # sources write them, at the gazetteer's coordinates
        name = surf
    # (not a dateline: "KAMPALA - Police said", "Kaduna - Armed men")
    district = _CITY_DISTRICT_NAME.match(text, r["m"].end) if p.kind == "city" and not surf.isupper() \
        and text[:r["m"].start].strip(" \"'“‘") else None
    if district:
        # ACLED's own "City - District" form (codebook 1.5: a part of a large city) names the location as written
        name = f"{text[r['m'].start:r['m'].end]}{district.group(1) or ''} - {district.group(2)}"
    return Location(p, name, prec, r["m"])


# "Lima - Miraflores (Lima)", "Busan City - Haeundae", "Karachi - Town 4": the city and its part
_CITY_DISTRICT_NAME = re.compile(rf"( [Cc]ity)? - ({NAME}(?: \d{{1,2}}\b)?)")


def _near_levels(p: "Place", ch: Chain, km: float = 120.0) -> bool:
    """A town close to the district its hierarchy names is that town, even when the gazetteer files it
    under the neighbouring region (admin borders in the gazetteer are approximate near their edges)."""

    lower = [q for q in ch.levels if q is not None and q.kind in ("city", "admin2")]
    # only when the hierarchy's own lowest level is unknown ("Elmley (Weald, North Dale, ...)"):
    # a known lowest level that disagrees means the town is a homonym
    return bool(lower) and ch.levels[0] is None and p.kind == "city" and km_between(p.latitude, p.longitude, lower[0].latitude, lower[0].longitude) <= km


def _fallback_from_chain(ch: Chain) -> Location | None:
    known = [p for p in ch.levels if p is not None]
    if not known:
        return None
    p = known[0]
    # a named but unknown town inside a region is "a small part of a region" (codebook 1.5): precision 2
    prec = 1 if p.kind == "city" and ch.comma else 3 if p.kind == "admin1" and not ch.comma else 2
    return Location(p, location_name(p), prec, None)


def cue_countries(text: str, ctx: Counter, hint: Country | None) -> Counter:
    """The countries a text that names none points to by its national forces, groups' home bases, leaders and
    administrative words ("FARDC soldiers", "the kebele"; strong_country_cues), when the article has no home country
    of its own: a hint read from the text's own likeliest place is no evidence against them. Empty when the text
    names a country or the article has a home."""
    if ctx or (hint is not None and hint == article_home()):
        return Counter()
    return strong_country_cues(text)


def _abroad_from_cues(r: dict, cues: Counter) -> bool:
    """A namesake in another part of the world than the countries the text's forces and groups point to ("Lake
    Albert" in Australia for a clash with FARDC soldiers); a neighbour may stand (armed groups and herders cross
    borders), and so may a large town named by its own name."""
    p = r["place"]
    return bool(cues) and p.country not in cues and _world_part(p.country) not in {_world_part(c) for c in cues} and not (
        p.kind == "city" and p.population >= ABROAD_MIN_POPULATION and place_key(p.name) == place_key(r["m"].surface))


def _world_part(c: Country) -> str:
    """'Africa' for 'Western Africa' and 'Middle Africa', 'Asia' for 'South Asia': a continent-sized part."""
    return (c.region or "").split()[-1] if c.region else ""


# "X (40km SW of Y)", "X, 12 km north of Y": the distance the text gives from a reference town
_DISTANCE_OF = re.compile(rf"^,?\s*(?:[a-z]+\s+)?\(?\s*(?:[a-z]+\s+)?(\d{{1,3}})\s*(?:{alternation('geo_place_cues', 'distance')})\b[^()\n]{{0,30}}?\bof\s+$", re.I)


def _far_from_reference(r: dict, resolved: list[dict], text: str) -> bool:
    """A candidate far from the town the text measures it from ("Carmo (100km S of Y)"): a namesake elsewhere."""
    m = r["m"]
    for o in resolved:
        if o is r or o["m"].start <= m.end or o["m"].start - m.end > 60:
            continue
        d = _DISTANCE_OF.match(text[m.end:o["m"].start])
        if d:
            p, q = r["place"], o["place"]
            return km_between(p.latitude, p.longitude, q.latitude, q.longitude) > 3 * int(d.group(1)) + 100
    return False


# "the Tripoli-based government", "a Khartoum-affiliated militia", "forces stationed in X": where an organisation
# sits or whom it serves
_BASED = re.compile(rf"-(?:{alternation('geo_origin_people', 'seat_suffix')})\b")
_SEAT_BEFORE = re.compile(rf"\b(?:{alternation('geo_origin_people', 'seat')})\s+(?:in|at)\s+(?:the\s+)?$", re.I)
# "moved to the capital", "a convoy heading to X", "fled towards X": where a movement ended, not the event
_DESTINATION_BEFORE = re.compile(rf"\b(?:{alternation('geo_origin_people', 'destination')})\s+(?:[\w'’-]+\s+){{0,3}}?"
                                 rf"(?:{alternation('geo_origin_people', 'toward')})\s+(?:the\s+)?(?:[a-z]+\s+){{0,2}}$", re.I)


# "aircraft from Misrata struck X", "the bus travelled from X", "the road from X to Y": where a movement started
# (and, on a route, where it was going), not where the event was; fleeing or escaping from a place is not here
_DEPARTURE_BEFORE = re.compile(rf"\b(?i:{alternation('geo_origin_people', 'departure')})\s+(?:[\w'’-]+\s+){{0,3}}?"
                               r"from\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*\s+){1,3}to\s+(?:the\s+)?)?$")


def _reference_towns(text: str, resolved: list[dict]) -> set[int]:
    """Where the text names a town only to locate the place before it: "in X, outside Y", "at X, near Y"."""
    out = set()
    for a, b in zip(resolved, resolved[1:]):
        gap = text[a["m"].end:b["m"].start]
        if gap.startswith(",") and len(gap) <= 30 and NEAR.search(gap) and not a["is_country"]:
            out.add(b["m"].start)
    return out


# a place this small is a village: a namesake abroad this small is no answer against the countries a text names
VILLAGE_POPULATION = 1000


def is_plausible(r: dict, ctx: Counter, hint: Country | None, cues: Counter = Counter()) -> bool:
    """Drop matches that are more likely words or parts of names than the place of an event."""
    p = r["place"]
    if r["is_country"] or r["inside"] or p.kind == "country" or r["respelt_abroad"]:
        return False
    if r["chain"] is not None and r["chain"].country == p.country:
        return True
    if _abroad_from_cues(r, cues):
        return False
    if r["follows_cap"] and not r["cue"]:
        return False
    countries = set(ctx) | ({hint} if hint else set())
    if countries and p.country not in countries and (p.population < 100_000 or not r["strict_cue"]):
        return False  # "Oyan" in a Kazakh story is not a Nigerian village
    if countries and p.country not in countries and place_key(p.name) != place_key(r["m"].surface):
        return False  # "Adan" read as Aden: another spelling of a town abroad is a guess, not a homonym
    if not countries and not r["cue"] and p.population < VILLAGE_POPULATION:
        return False
    return True


def best_location(text: str, gazetteer: "Index", country_hint: Country | None, ctx: Counter, chains: list,
              resolved: list[dict], notes: Notes | None = None) -> Location | None:
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
        loc = to_location(level, text)
        return Location(loc.place, loc.location, max(loc.geo_precision, 2), loc.mention)
    best, best_val = None, -1e9
    n = max(len(text), 1)
    # a homonym abroad ("Andreyevo" in Russia for a Bulgarian border post) only when nothing plausible is left
    cues = cue_countries(text, ctx, country_hint)
    plausible = [r for r in resolved if is_plausible(r, ctx, country_hint, cues) and not _far_from_reference(r, resolved, text)]
    # ...but not a piece of a person's name ("ousted Evo Morales" in a story on Bolivia)
    named = set(ctx) | ({country_hint} if country_hint else set())
    # ...nor a homonym abroad when the text says in which country things happen ("a protest in
    # Luxembourg ... at the Place Verte"): that country is the better answer
    stated = {c: at for c, at in countries_stated_at(text) if c in ctx}
    refs = _reference_towns(text, resolved)
    names = set(country_names_in(text)) if ctx else set()
    for r in plausible or [r for r in resolved if not r["after_name"] and not r["respelt_abroad"] and not _abroad_from_cues(r, cues) and not (
            r["follows_cap"] and not r["cue"] and named and r["place"].country not in named)
            # ...nor the first word of a longer name, not written as a place, read as another spelling of a
            # town ("Ansar Dine" is no Insar)
            and not (r["follows_cap"] and not r["cue"] and place_key(r["place"].name) != place_key(r["m"].surface))
            and not (stated and r["place"].country not in stated and (
                r["follows_cap"] or not r["cue"] and min(stated.values()) < r["m"].start))
            # ...nor, in a text whose forces and groups point to a country, a town elsewhere the text does not
            # write as a place ("a Toyota pickup", "near Ceel-Cali" read as Cali): the country is the better answer
            and not (cues and country_hint in cues and r["place"].country not in cues and r["place"].country != country_hint
                     and (not r["strict_cue"] or r["place"].population < ABROAD_MIN_POPULATION
                          or place_key(r["place"].name) != place_key(r["m"].surface)))
            and not _far_from_reference(r, resolved, text)
            # ...nor a village abroad in a text that names the countries it is about by name ("a clinic in Egypt was
            # shelled near Sinai" is no hamlet of Ecuador); a nationality says who took part, not where ("French
            # soldiers ... approaching Tessalit")
            and not (names and r["place"].country not in names and r["place"].country != country_hint
                     and r["place"].population < VILLAGE_POPULATION and r["chain"] is None)]:
        if r["is_country"] or r["inside"] or r["place"].kind == "country":
            continue
        p = r["place"]
        val = r["score"] * W.event_candidate_score
        val += W.event_place_cue if r["cue"] else 0.0
        val += W.event_protest_verb if r["event_cue"] else 0.0
        # ACLED's own "City - District" form names the event's location (codebook 1.5)
        val += W.event_acled_city_district if p.kind == "city" and CITY_DISTRICT.match(text[r["m"].end:r["m"].end + 30]) else 0.0
        val += W.event_hierarchy if r["chain"] is not None else 0.0
        val -= W.event_position * (r["m"].start / n)
        val -= W.event_follows_capital if r["follows_cap"] else 0.0
        val -= W.event_venue_route_purpose if r.get("venue") or r.get("route") or r.get("purpose") else 0.0
        val -= W.event_container if r.get("container") else 0.0
        # "arrested a man from X": where he comes from, not where it happened (unless X is named again as a place)
        val -= W.event_origin if r.get("origin") and not any(
            o["m"].surface == r["m"].surface and not o.get("origin") for o in resolved) else 0.0
        val -= W.event_reference_town if r["m"].start in refs else 0.0
        before = text[max(0, r["m"].start - 60):r["m"].start]
        val -= W.event_based if _BASED.match(text, r["m"].end) or _SEAT_BEFORE.search(before) else 0.0
        val -= W.event_destination if _DESTINATION_BEFORE.search(before) else 0.0
        val -= W.event_departure if _DEPARTURE_BEFORE.search(before) else 0.0
        val += _EVENT_KIND[p.kind]
        if ctx and ctx.get(p.country, 0) == 0 and country_hint is None and r["chain"] is None:
            val -= W.event_country_not_named
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
            return Location(towns[0], location_name(towns[0]), 1, None)
    if best is not None and best["chain"] is not None and not best["inside"]:
        # "Barangay X (Town, Province, Region)": a village lies in the town its hierarchy names first; a
        # same-named village far from that town is another one, and the town stands for the unknown village
        ch, p = best["chain"], best["place"]
        # (only in a full "(town, district, region)" hierarchy: a two-level one often names a governorate by its city)
        low = ch.levels[0] if len(ch.levels) >= 3 else None
        if low is not None and low.kind == "city" and p.kind == "city" and p.country == low.country and \
                km_between(p.latitude, p.longitude, low.latitude, low.longitude) > 50:
            return Location(low, location_name(low), 2, None)
    if best is not None and best["chain"] is not None:
        ch, p = best["chain"], best["place"]
        if p.country != ch.country or (ch.admin1 and p.admin1 and p.admin1 != ch.admin1 and not _near_levels(p, ch)):
            # the town name is a homonym elsewhere: trust the hierarchy, and look there for the same name spelt
            # another way ("Kamianske, Zaporizhia" is the Kamyanske of Zaporizhia, not the city of Dnipro)
            m = best["m"]
            inner = [q for q in gazetteer.fuzzy(m.surface, country=ch.country) + gazetteer.lookup(m.surface, ch.country)
                     if q.kind == "city" and ch.admin1 and q.admin1 == ch.admin1
                     and SequenceMatcher(None, place_key(m.surface), place_key(q.name)).ratio() >= 0.85] if ch.country else []
            if not inner and ch.country and ch.admin1:  # "Kalinovo, Luhansk" is the Kalynove of Luhansk
                inner = respelt_town(m.surface, gazetteer, ch.country, {ch.admin1})
            if len({place_key(q.name) for q in inner}) == 1:  # one spelling only: several would be a guess
                return Location(inner[0], location_name(inner[0]), 1 if inner[0].kind == "city" else 2, m)
            fb = _fallback_from_chain(ch)
            if fb is not None:
                return fb
        if ch.admin1 and p.admin1 and p.admin1 != ch.admin1:  # a border town: the hierarchy names its regions
            a2 = next((q.admin2 for q in ch.levels if q is not None and q.kind == "admin2" and q.admin2), p.admin2)
            loc = to_location(best, text)
            return Location(replace(p, admin1=ch.admin1, admin2=a2), loc.location, loc.geo_precision, loc.mention)
    if best is not None:
        # the text's spelling names the town only where the gazetteer knows it as a name of that town ("Napoli"), not
        # where the town was found by respelling ("Bogorodichnoye" is ACLED's Bohorodychne)
        return to_location(dict(best, own_name=best["place"] in gazetteer.lookup(best["m"].surface)), text)
    if chains:
        fb = _fallback_from_chain(chains[0])
        if fb is not None:
            return fb
    # only a country is known: ACLED codes no country-level events, but the caller still learns the
    # country (kind "country", placed at the capital, precision 3) and may drop the event
    # (a hint read from the text's own likeliest place is no country when its forces point elsewhere: the caller's
    # fallback weighs them)
    country = event_country(text, ctx) or (None if cues else country_hint)
    place = gazetteer.country_place(country) if country is not None else None
    return Location(place, place.country.name, 3, None) if place is not None else None
