"""Resolve place mentions to one ACLED location (codebook.md 1.5).

geo_precision: 1 = a named town; 2 = "near" a town, or an unknown village coded to its district /
the next known level of an ACLED-style parenthetical hierarchy "(Oyam, Northern)"; 3 = only a
region (admin1) is known. Homonyms are settled by the admin chain, then by countries named in the
text (names, demonyms) or the hint, then by population and kind.

This module is the package's entry point for texts; the work is done below it: spotting (names in the text),
context (countries it points to), hierarchy ("X district, Y province"), ranking (choosing among candidates,
weights in data/rules/place_ranking.toml), notes (ACLED's coding remarks, read only for ACLED notes) and
resolve (the pass that ties them together). The names other code imports from here stay importable.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import replace

from eventdesk.geo.context import area_cues, countries_in, group_countries, outlet_town  # noqa: F401
from eventdesk.geo.countries import Country
from eventdesk.geo.cues import venue_after  # noqa: F401
from eventdesk.geo.hierarchy import admin1_part, location_name
from eventdesk.geo.index import Index
from eventdesk.geo.notes import CODED_ELSEWHERE
from eventdesk.geo.ranking import best_location, is_plausible, to_location
from eventdesk.geo.cues import NEAR
from eventdesk.geo.dateline import dateline_place
from eventdesk.geo.resolve import resolve
from eventdesk.geo.spotting import (inside_units, not_a_place_word, near_reference, quarter_follows, respelt_place, scan_names, stated_unit,
                                    told_by_compass, unknown_names, venue_follows, venue_in_named_place, village_named)
from eventdesk.geo.types import Location, Notes, Place, PlaceMention, point_from
from eventdesk.text.lexicon import alternation


def locate_all(text: str, gazetteer: "Index", *, country_hint: Country | None = None, acled_notes: bool = False
               ) -> list[tuple[PlaceMention, Location]]:
    """Every resolvable place mention in order (country names and hierarchy parts excluded)."""
    ctx, _, resolved, _ = resolve(text, gazetteer, country_hint, acled_notes)
    return [(m, admin1_part(loc, text, gazetteer)) for m, loc in _all(text, ctx, resolved, country_hint)]


def locate(text: str, gazetteer: "Index", *, country_hint: Country | None = None,
           acled_notes: bool = False) -> Location | None:
    """The single best event location for a short passage (an ACLED-note-like paragraph or a few sentences)."""
    return _best(text, gazetteer, country_hint, *resolve(text, gazetteer, country_hint, acled_notes))


def at_seat(loc: Location, gazetteer: "Index", precision: int = 3) -> Location:
    """A region or a country as ACLED codes it when the text names nothing smaller (codebook 1.5): at its
    seat town (a region's capital, the country's capital) under the town's name, with geo_precision 3. A country
    in a city daily's report (data/geo_outlet_towns.csv) is at that city, as an unknown place of its report is: the
    town that best stands for where its reports happen."""
    town = _outlet_town_place(gazetteer, loc.place.country) if loc.place.kind == "country" else None
    town = town or (gazetteer.seat(loc.place) if loc.place.kind in ("admin1", "country") else None)
    return Location(town, location_name(town), max(precision, loc.geo_precision), loc.mention) if town else loc


def country_location(country: Country, gazetteer: "Index") -> Location | None:
    """An event known only to have happened in a country: at the capital, precision 3."""
    place = gazetteer.country_place(country)
    return at_seat(Location(place, country.name, 3, None), gazetteer) if place is not None else None


def coded_elsewhere(text: str) -> bool:
    """Does an ACLED note mark a place as another event's ("[coded separately]")? For eventdesk.acled_notes."""
    return bool(CODED_ELSEWHERE.search(text))


def coded_location(text: str, gazetteer: "Index", *, country_hint: Country | None = None) -> Location | None:
    """Where an ACLED note says its event was coded ("Coded as Ashford district, Kent."), if it says so.
    For eventdesk.acled_notes: it reads the hierarchy the note writes with the name, as locate() does."""
    if "oded" not in text:
        return None
    notes = resolve(text, gazetteer, country_hint, acled_notes=True)[3]
    return admin1_part(notes.coded, text, gazetteer) if notes.coded is not None else None


def locate_with_all(text: str, gazetteer: "Index", *, country_hint: Country | None = None,
                    acled_notes: bool = False) -> tuple[Location | None, list[tuple[PlaceMention, Location]]]:
    """locate() and locate_all() from one resolution pass, for callers that need both."""
    ctx, chains, resolved, notes = resolve(text, gazetteer, country_hint, acled_notes)
    best = _best(text, gazetteer, country_hint, ctx, chains, resolved, notes)
    return best, [(m, admin1_part(loc, text, gazetteer)) for m, loc in _all(text, ctx, resolved, country_hint)]


def _all(text: str, ctx: Counter, resolved: list[dict], hint: Country | None) -> list[tuple[PlaceMention, Location]]:
    return [(r["m"], to_location(r, text)) for r in resolved if is_plausible(r, ctx, hint) and not r["elsewhere"]]


def _best(text: str, gazetteer: "Index", country_hint: Country | None, ctx: Counter, chains: list,
          resolved: list[dict], notes: Notes | None = None) -> Location | None:
    loc = best_location(text, gazetteer, country_hint, ctx, chains, resolved, notes)
    if loc is None or loc.place.kind in ("admin1", "admin2", "country"):
        loc = unknown_location(text, gazetteer, country_hint, loc, resolved) or loc
    elif loc.place.kind == "city":
        loc = reference_village(text, gazetteer, loc, resolved) or loc
    loc = measured_place(text, loc) if loc is not None else None
    return admin1_part(loc, text, gazetteer) if loc is not None else None


# "55km NW of", "approx. 30 kilometres south-east of": a distance and a compass bearing from the town named next
_MEASURE = re.compile(rf"(?:{alternation('geo_place_cues', 'measure')})\s+(?:the\s+)?"
                      rf"(?:(?:{alternation('geo_unit_words', 'of_town', 'of_village')})\s+of\s+)?$", re.I)
# the name a distance in parentheses locates, written right before it: "X (55km NW of", "X Village (approx. 55km NW of",
# "X area (45km S of": the word saying what kind of place X is ends the name, capitalised or not
_MEASURED_KIND = rf"(?i:{alternation('geo_unit_words', 'of_town', 'of_village', 'kind')})s?\b"
_MEASURED_NAME = re.compile(rf"(?P<name>[A-Z][\w'’]*(?:-[A-Z]?[\w'’]+)?(?:\s(?!{_MEASURED_KIND})[A-Z][\w'’]*(?:-[A-Z]?[\w'’]+)?){{0,2}})"
                            rf"(?:\s+{_MEASURED_KIND})?\s*\($")
_COMPASS_DEGREES = {"n": 0.0, "e": 90.0, "s": 180.0, "w": 270.0}


def measured(between: str) -> tuple[float, float] | None:
    """The distance (km) and bearing (degrees) the text between a name and its reference town states ("X (55km NW
    of Y)": 55, 315), if it ends with one."""
    m = _MEASURE.search(between)
    if not m:
        return None
    word = m.group("b").lower()
    for full, letter in (("north", "n"), ("south", "s"), ("east", "e"), ("west", "w")):
        word = word.replace(full, letter)
    letters = [c for c in word if c in _COMPASS_DEGREES]
    if not letters:
        return None
    x = sum(math.sin(math.radians(_COMPASS_DEGREES[c])) for c in letters)
    y = sum(math.cos(math.radians(_COMPASS_DEGREES[c])) for c in letters)
    km = float(m.group("d").replace(",", ".")) * (1.609 if m.group("u").lower().startswith("mile") else 1.0)
    return km, math.degrees(math.atan2(x, y)) % 360


def measured_place(text: str, loc: Location) -> Location:
    """A village the text locates by a distance and a bearing from a town ("X (55km NW of Y)"), where the coder
    put it at that town (the gazetteer lacks X): at the point that far from the town on that bearing, under the
    text's name for it, precision 2 (codebook 1.5: the village itself, located through the town it is near).
    The town read as the event's place is read the same way when the village named before it is unknown."""
    m = loc.mention
    if m is None or loc.place.country is None:
        return loc
    if loc.place.geonameid is None and loc.place.population == 0 and (ref := near_reference(text, m.end)) is not None:
        how = measured(text[m.end:ref.start])  # the unknown village, placed at its reference town
        name = loc.location
    else:
        how, name = None, None
        head = re.search(r"\(([^()]*)$", text[max(0, m.start - 60):m.start])
        paren = m.start - len(head.group(0)) + 1 if head is not None else 0
        before = _MEASURED_NAME.search(text, max(0, paren - 80), paren) if head is not None else None
        if before is not None:
            how = measured(head.group(1))  # the reference town itself, read as the place
            name = before.group("name")
            words = re.split(r"[\s-]+", name)
            # a name opened by an ordinary word ("Main Road") is none; a later one may be part of it ("Ceel Ware")
            if not_a_place_word(words[0]) or all(not_a_place_word(w) for w in words):
                how = None
    if how is None or how[0] > 500:
        return loc
    lat, lon = point_from(loc.place.latitude, loc.place.longitude, *how)
    place = replace(loc.place, name=name, kind="city", population=0, geonameid=None, latitude=lat, longitude=lon)
    return Location(place, name, max(2, loc.geo_precision), m)


COMPASS_BEFORE = re.compile(rf"\b(?:{alternation('geo_place_cues', 'reference')})\s+(?:the\s+)?$", re.I)


def _village_by_reference(text: str, m: PlaceMention, ref: PlaceMention) -> bool:
    """"X village, 5km from Y", "X (12km N of Y)": a village the text locates by a distance, or a place it
    locates in parentheses, which ACLED names itself; not "the X area near Y" nor "X village near Y" (a
    village told only by the town it is near), coded to Y (codebook 1.5)."""
    between = text[m.end:ref.start]
    return between.lstrip().startswith("(") or village_named(text, m) and bool(re.search(r"\d", between)) \
        or told_by_compass(text, m.end, ref)  # "X, west of Y": a named place ACLED keeps, unlike "the X area, west of Y"


def _measured(text: str, m: PlaceMention, ref: PlaceMention) -> bool:
    """"(in the vicinity of) X Village (38km NW of Y)": a distance in parentheses locates X itself, whatever
    word came before it."""
    between = text[m.end:ref.start]
    return "(" in between and bool(re.search(r"\d", between))


def reference_village(text: str, gazetteer: "Index", loc: Location, resolved: list[dict]) -> Location | None:
    """The village the chosen town is only the reference of ("in X village (8km S of Town)"): X under its own
    name at the town's coordinates, precision 2."""
    if loc.mention is None or loc.place.country is None \
            or not (NEAR.search(text[max(0, loc.mention.start - 40):loc.mention.start])
                    or COMPASS_BEFORE.search(text[max(0, loc.mention.start - 40):loc.mention.start])):
        return None
    known = [r["m"] for r in resolved] + scan_names(gazetteer, text)
    for m in unknown_names(text, [k for k in known if any(p.country == loc.place.country for p in k.candidates)]):
        ref = near_reference(text, m.end)
        if ref is not None and (ref.start, ref.end) == (loc.mention.start, loc.mention.end) \
                and _village_by_reference(text, m, ref) and (not NEAR.search(text[max(0, m.start - 40):m.start])
                                                             or _measured(text, m, ref)):
            return Location(replace(loc.place, name=m.surface, population=0, geonameid=None), m.surface,
                            max(2, loc.geo_precision), m)
    return None


def _reference_place(ref: PlaceMention, known: list[PlaceMention], gazetteer: "Index", country: Country):
    """The known place a reference name stands for in the country: the spotted one, else another spelling of it."""
    for k in known:
        if k.start < ref.end and ref.start < k.end:
            return next((p for p in k.candidates if p.country == country and p.kind != "country"), None)
    spelt = respelt_place(ref.surface, gazetteer, country)
    return spelt[0] if spelt else None


_WHERE = re.compile(rf"\b(?:{alternation('event_cues', 'locative_prep')})\s+(\S+(?:\s+\S+){{0,2}})", re.I)


def _written_where(text: str) -> set[Country]:
    """The countries the text puts something in ("in Syria", "near X, eastern Syria"), as opposed to the
    ones its nationalities and backers name."""
    return {c for m in _WHERE.finditer(text) for c in countries_in(m.group(1), places_only=True)}


def _outlet_town_place(gazetteer: "Index", country: Country):
    """The town of the city daily the article comes from (context.outlet_town), as the gazetteer knows it."""
    named = outlet_town(country)
    if named is None:
        return None
    towns = [p for p in gazetteer.lookup(named[0], country) if p.kind == "city" and p.country == country]
    return max(towns, key=lambda p: p.population) if towns else None


_INTRODUCED = re.compile(rf"\b(?:{alternation('geo_unit_words', 'introducer')})\s+of\s+$", re.I)


def _named_inside(text: str, m: PlaceMention, loc: Location, gazetteer: "Index") -> bool:
    """"Jets bombed southern Y, hitting the town of X", "clashes in Y in X": a town the gazetteer lacks, introduced as
    one or put "in" right after the region or district the same sentence names, lies in that region (codebook 1.5:
    the most precise place the text gives, within the unit it states), not at the region's seat under its name."""
    if loc.place.kind not in ("admin1", "admin2") or loc.mention is None or not 0 < m.start - loc.mention.end <= 150:
        return False
    if loc.place.kind == "admin1" and re.fullmatch(r"\s+(?:in|at)\s+", text[loc.mention.end:m.start]) \
            and not re.match(r"\s*\d", text[m.end:m.end + 5]):
        return True  # "clashes in the Nuba Mountains in X": the region, then the place in it (not "in May 2019")
    if gazetteer.ids(m.surface):  # a town known abroad ("defended the city of Kharkiv", told in Turin) is none of the region's
        return False
    return bool(_INTRODUCED.search(text[max(0, m.start - 40):m.start])) \
        and not re.search(r"[.!?;]", text[loc.mention.end:m.start])


_BEARINGS = {"north": (0.0, 1.0), "south": (0.0, -1.0), "east": (1.0, 0.0), "west": (-1.0, 0.0)}
# "X, eastern Syria", "X in north-east Syria", "X, out in Syria's eastern steppe": the part of a country a place the
# gazetteer lacks is said to lie in, in the same clause as its name
_PART_OF_COUNTRY = re.compile(
    rf"^[^.;:!?()]{{0,60}}?(?:\b(?P<w1>{alternation('geo_directions', 'stated')})\s+(?P<c1>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    rf"|\b(?P<c2>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)['’]s\s+(?:far\s+)?(?P<w2>{alternation('geo_directions', 'stated')})\b)", re.I)


def compass_region(word: str, country: Country, gazetteer: "Index") -> Place | None:
    """The admin1 unit that lies furthest towards a compass word's side of the country ("eastern Syria") and least
    off its axis, among the country's units (as their seats spread; "north-east": Al Hasakeh of Syria). A part of
    a country is a larger region (codebook 1.5, precision 3); None where the country has too few units to tell, and
    for "central" (the middle of a country is often its capital's region, which the text did not name)."""
    units = gazetteer.admin1_units(country)
    if len(units) < 4:
        return None
    low = word.lower()
    clat = sum(p.latitude for p in units) / len(units)
    clon = sum(p.longitude for p in units) / len(units)
    k = math.cos(math.radians(clat))
    pts = [(p, (p.longitude - clon) * k, p.latitude - clat) for p in units]
    x = sum(v[0] for b, v in _BEARINGS.items() if b in low)
    y = sum(v[1] for b, v in _BEARINGS.items() if b in low)
    if not x and not y:
        return None
    n = math.hypot(x, y)
    x, y = x / n, y / n
    best = max(pts, key=lambda t: (t[1] * x + t[2] * y) - abs(t[1] * y - t[2] * x))
    return best[0] if best[1] * x + best[2] * y > 0 else None


def country_part(text: str, end: int, country: Country, gazetteer: "Index") -> Place | None:
    """The admin1 unit a place named before `end` is said to lie in by a part of its country ("X, eastern Syria",
    "X in Syria's eastern desert"), if the clause says so."""
    m = _PART_OF_COUNTRY.match(text[end:end + 120])
    if m is None:
        return None
    named = m.group("c1") or m.group("c2")
    if country not in countries_in(named):
        return None
    return compass_region(m.group("w1") or m.group("w2"), country, gazetteer)


# "in eastern Syria", "across north-west Syria": where the text puts something, by a part of a country
_IN_PART_OF = re.compile(rf"\b(?:{alternation('geo_place_cues', 'stated')})\s+(?:the\s+)?(?:far\s+)?"
                         rf"(?P<w>{alternation('geo_directions', 'stated')})\s+(?P<c>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


def stated_part(text: str, country: Country, gazetteer: "Index") -> Place | None:
    """The admin1 unit a passage puts something in by a part of the country ("strikes in eastern Syria"), when it
    names one part of it only (compass_region)."""
    parts = {compass_region(m.group("w"), country, gazetteer) for m in _IN_PART_OF.finditer(text)
             if country in countries_in(m.group("c"))}
    parts.discard(None)
    return next(iter(parts)) if len(parts) == 1 else None


def unknown_location(text: str, gazetteer: "Index", hint: Country | None, loc: Location | None,
                     resolved: list[dict]) -> Location | None:
    """A place the gazetteer lacks that the text puts the event in ("in X", "the locality of X"), where the
    text names no known town: the event's location under the text's own spelling (ACLED names its locations
    as its sources write them), at the coordinates of the best unit that holds it (codebook 1.5): the unit
    the text says it lies in ("X, Y district"; "X village (Y)"), the region or district the text names,
    the dateline's town, else the country's capital. geo_precision 2 when a district or a nearby town
    places it, 3 when only a region or the country does."""
    country = loc.place.country if loc is not None else hint
    if loc is not None and loc.place.kind == "country":
        # a nationality or a backer ("US-backed fighters retook X, eastern Syria") says who took part, not where:
        # the one country the text puts things in, where it names one
        where = _written_where(text)
        if country not in where and len(where) == 1:
            country = next(iter(where))
        loc = None  # (the country alone holds the place no better than the capital)
    if country is None:
        return None
    # a name the gazetteer knows only abroad ("Tottenham", a London district, in a note from Kenya) is unknown here
    scanned = scan_names(gazetteer, text) + [r["m"] for r in resolved]
    known = [m for m in scanned if any(p.country == country for p in m.candidates)]
    for m in unknown_names(text, known, [m for m in scanned if m not in known]):
        near = bool(NEAR.search(text[max(0, m.start - 40):m.start]))
        # "X, near Y", "the X area near Y": the reference town, where the event is coded "near" (codebook 1.5); but
        # "in X village (30km N of Y)" names a village as precisely as a town: X under its own name at Y's
        # coordinates (precision 2), or as any unknown name where the gazetteer lacks Y in every spelling
        ref = near_reference(text, m.end)
        if ref is not None and _village_by_reference(text, m, ref) and (not near or _measured(text, m, ref)):
            by = _reference_place(ref, known, gazetteer, country)
            if by is not None:
                by = at_seat(Location(by, by.name, 2, None), gazetteer, 2).place
                return Location(replace(by, name=m.surface, kind="city", population=0, geonameid=None), m.surface, 2, m)
        elif ref is not None:
            if any(k.start < ref.end and ref.start < k.end for k in known):
                continue  # "the X area of Y", "X, near Y" with Y known: Y, as the resolver read it, stands
            m, near = ref, True
        if venue_in_named_place(text, m.end) and not any(k.start > m.end and k.start - m.end < 60 for k in known):
            continue  # "the X College in Y": Y, known or not, is the place (a known Y is read below)
        units = [p for p in stated_unit(text, m.end, gazetteer, {country}) if p.kind != "country"]
        if loc is not None and units:
            # the unit the resolver read there, not a namesake of it; a name stated in another region than the
            # resolver's ("protested in X ... against a base in Y, Z province") is not the event's place
            same = [loc.place for u in units if (u.name, u.latitude, u.longitude) == (loc.place.name, loc.place.latitude,
                                                                                      loc.place.longitude)]
            units = same[:1] or [u for u in units if inside_units(u, [loc.place])]
            if not units:
                continue
        # of namesake units, the one in the region the hierarchy names next ("X (Y, Z)")
        units.sort(key=lambda u: not (u.admin1 and u.admin1.lower() in text[m.end:m.end + 150].lower()))
        if units and (units[0].kind == "city" and not near or venue_follows(text, m.end) or quarter_follows(text, m.end)):
            # "at X Chowk in Y", "the X hospital in Y", "X neighbourhood (Y district)": a venue or quarter of a known
            # place, which stands for it (codebook 1.5: ACLED codes a town's parts to the town or its district)
            continue
        # the same name in another spelling system ("Ceel Dheer", "Debre Markos"), inside the unit stated for it
        respelt = [p for p in respelt_place(m.surface, gazetteer, country)
                   if inside_units(p, units or ([loc.place] if loc is not None else []) or [p])]
        if respelt:
            return Location(respelt[0], m.surface, 2 if near else 1, m)
        if units:
            # (the resolver's own precision for that unit, where it read the same one)
            own = loc.geo_precision if loc is not None and loc.place == units[0] else 3
            base = Location(units[0], units[0].name, max(2, own) if units[0].kind == "admin1" else 2, None)
        elif loc is not None:
            # the region the text names right after it ("in X, Y province"), not one named elsewhere
            if loc.mention is None or not (0 <= loc.mention.start - m.end <= 40 or _named_inside(text, m, loc, gazetteer)):
                continue
            base = Location(loc.place, loc.location, max(loc.geo_precision, 2), None)
        elif (part := country_part(text, m.end, country, gazetteer)) is not None:
            # "X, eastern Syria": the region that part of the country is, not the dateline's town nor the capital
            base = Location(part, part.name, 3, None)
        else:
            town = dateline_place(text, gazetteer, prefer=country)
            if town is not None and town[1].kind == "city" and town[1].country == country:
                base = Location(town[1], town[1].name, 2, None)
            elif (town := _outlet_town_place(gazetteer, country)) is not None:
                # (a city's daily: an unknown place of its report lies in that city's area, not at the capital)
                base = Location(town, town.name, 3, None)
            else:
                base = country_location(country, gazetteer)
                if base is None:
                    return None
        base = at_seat(base, gazetteer, base.geo_precision)
        place = replace(base.place, name=m.surface, kind="city", population=0, geonameid=None)
        return Location(place, m.surface, max(base.geo_precision, 2 if near else 1), m)
    return None
