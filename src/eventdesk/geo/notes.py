"""ACLED-notes place readers: "coded to X", "(coded to district level)", "[coded separately]". They run only
for sources declared as ACLED notes (eventdesk.acled_notes); news never has them."""
from __future__ import annotations

import re
from collections import Counter

from eventdesk.geo.countries import Country, country_by_name
from eventdesk.geo.cues import NAME, TOWN_OF
from eventdesk.geo.folding import place_key, stopwords
from eventdesk.geo.hierarchy import Chain, admin1_abbreviations, location_name, resolve_chain
from eventdesk.geo.ranking import score_place
from eventdesk.geo.index import Index
from eventdesk.geo.types import Location, Notes
from eventdesk.geo.weights import W
from eventdesk.text.lexicon import alternation


# ACLED's notes say where an event was coded: "[coded to Ashford]", "(coded as Elm town)", "coded to nearby
# Rowan (Fen, North Dale)", "Thorn (coded to district level)"; "(coded separately)" marks another event's place.
_CODED = re.compile(
    rf"\b[Cc]oded\s+(?:to|as)\s+(?:the\s+)?(?:(?:{alternation('geo_acled_notes', 'nearby')}|"
    rf"(?:{alternation('geo_acled_notes', 'nearest')})\s+(?:{TOWN_OF}),?|"
    rf"(?:(?:{alternation('geo_acled_notes', 'unit')})\s+)?(?:(?:{alternation('geo_acled_notes', 'admin')})\s+)?"
    rf"(?:{alternation('geo_acled_notes', 'centre')}),?)\s+)?"
    rf"(?P<x>{NAME}(?:\s+-\s+{NAME})?)(?P<kind>\s+(?:{alternation('geo_acled_notes', 'coded_kind')}))?")


# ACLED's compass suffix of a coded name: "coded as Kyun Lay (East)"
_COMPASS_AFTER = re.compile(rf"\s*\((?:{alternation('geo_directions', 'compass')})\)")
_CODED_LEVEL = re.compile(rf"\(\s*coded\s+to\s+(?:the\s+)?(?:{alternation('geo_acled_notes', 'level')})\s+level\s*\)", re.I)


CODED_ELSEWHERE = re.compile(rf"[(\[]\s*coded\s+(?:{alternation('geo_acled_notes', 'elsewhere')})\s*[)\]]", re.I)


# what follows a name that is an actor or another event, not a place ("coded as Darfur communal militia")
_CODED_NOT_PLACE = re.compile(rf"^\s+(?:{alternation('geo_actor_words', 'coded_actor')})\b", re.I)


def _coded_items(text: str, m: re.Match) -> list[str]:
    """The hierarchy written with a coded-to name: "coded to Town, Region)" or "(coded to X) (Hays, Y)"."""
    end = m.end()
    suffix = _COMPASS_AFTER.match(text[end:end + 12])
    if suffix:  # "coded as Kyun Lay (East)": part of the name, the hierarchy follows
        end += suffix.end()
    rest = re.match(rf"((?:,\s+{NAME}){{1,3}})\s*[)\]]", text[end:end + 160])
    if rest:
        return [s.strip() for s in rest.group(1).split(",") if s.strip()]
    nxt = re.match(r"\s*[)\]]\s*\(([^()]{2,160})\)", text[end:end + 170]) or re.match(r"\s*\(([^()]{2,160})\)", text[end:end + 170])
    if nxt:
        items = [s.strip() for s in nxt.group(1).split(",") if s.strip()]
        abbrev = admin1_abbreviations()
        items = [abbrev.get(s, s) for s in items]
        if items and all(s[:1].isupper() and not s.isupper() and country_by_name(s) is None for s in items):
            return items
    return []


def read_notes(text: str) -> Notes:
    """Where the note says other events were coded, and a name it codes "to district level"."""
    notes = Notes()
    if "oded" not in text:
        return notes
    spans = []
    for m in CODED_ELSEWHERE.finditer(text):
        # the list item just before the note: "Town A (District, Region) and Town B (coded separately)"
        before = text[max(0, m.start() - 60):m.start()]
        cuts = [before.rfind(c) for c in (")", "]", ",", ". ", ";")] + [x.end() - 1 for x in re.finditer(r"\band\s", before)]
        spans.append((m.start() - len(before) + max(cuts) + 1, m.start()))
    notes.elsewhere = tuple(spans)
    lv = _CODED_LEVEL.search(text)
    if lv:
        notes.level_at = lv.start()
    return notes


def coded_place(text: str, gz: "Index", ctx: Counter, hint: Country | None, chains: list[Chain],
                 groups: Counter, resolved: list[dict], notes: Notes) -> Location | None:
    """The place a note says the event was coded to, read inside the hierarchy that qualifies it."""
    found = [m for m in _CODED.finditer(text)
             if m.group("x").lower() not in stopwords() and not _CODED_NOT_PLACE.match(text[m.end():m.end() + 30])]
    if len({place_key(m.group("x")) for m in found}) != 1 or (notes.level_at is not None and notes.level_at < found[0].start()):
        return None  # several places coded in one note: no telling which is this event's
    m = found[0]
    x = m.group("x")
    items = _coded_items(text, m)
    for name in [x] + ([x.split(" - ")[0]] if " - " in x else []):
        country, admin1, fallback = None, None, None
        if items:
            country, levels, _ = resolve_chain([name] + items, gz, ctx, hint, cue=groups)
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
            place = max(cands, key=lambda p: score_place(p, 0, ctx, hint, None, cue=groups) + (W.notes_coded_town if p.kind == "city" else 0.0))
        elif fallback is not None:  # an unknown name in a known hierarchy: its next known level
            place = fallback
        else:
            continue
        prec = {"city": 2, "admin2": 2}.get(place.kind, 3)
        return Location(place, location_name(place), prec, None)
    return None
