"""Resolution of a text's places: spot the names, read the hierarchies and the country context, score
each name's candidates and note the features ranking weighs."""
from __future__ import annotations

import re
from collections import Counter

from eventdesk.geo.countries import Country, country_by_name, is_territory_name
from eventdesk.geo.context import (area_cues, at_home, chain_at_home, countries_in, countries_stated_at, group_countries,
                                   group_spans, in_countries, region_countries)
from eventdesk.geo.cues import (ADMIN1_WORDS, APPOSITION, DIRECTIONAL, EVENT_IN, GROUP_FOLLOW, IN, INSTITUTION_AFTER,
                                INSTITUTION_BEFORE, KIND_AFTER, KIND_WORDS, LIST_OF_NAMES, LONGER_NAME, NEAR,
                                ORG_FOLLOW, ORIGIN, OWNED, PART_OF, PURPOSE, ROUTE_AFTER, ROUTE_BEFORE,
                                ROUTE_LINK, SITE_FOLLOW, STRICT_IN, STRUCK, SUBPLACE_WORDS, TITLE, VENUE_IN, VENUE_PAREN,
                                org_acronym)
from eventdesk.geo.folding import place_key, stopwords
from eventdesk.geo.hierarchy import find_chains, hierarchy_anchors, mention_chain
from eventdesk.geo.notes import coded_place, read_notes
from eventdesk.geo.ranking import best_candidate
from eventdesk.geo.spotting import (scan_names, fuzzy_mentions, inside_units, named_areas, quarter_of_named_place, region_groups,
                                    respelt_mentions, rural_regions, with_article)
from eventdesk.geo.index import Index
from eventdesk.geo.types import Notes, is_boundary_unit, km_between
from eventdesk.text.lexicon import alternation


# "a ship in the Red Sea": the water, not Sudan's Red Sea state
def _world_part(c: Country) -> str:
    """'Africa' for 'Western Africa' and 'Middle Africa', 'Asia' for 'South Asia': a continent-sized part."""
    return (c.region or "").split()[-1] if c.region else ""


# a name joined to the next by a hyphen, no spaces ("Ceel-Xamar"); the second half is group 1
_HYPHENATED = re.compile(r"^-([A-Z][\w'’]*)")


_WATER = re.compile(rf"\b(?:{alternation('geo_water_words', 'water')})$")
# "X woreda in Y zone": the unit X lies in
_UNIT_LINK = re.compile(rf"\s+(?:{KIND_WORDS}|{alternation('geo_unit_words', 'link')})\s+(?:in|of)\s+(?:the\s+)?"
                        rf"(?:(?:{alternation('geo_directions', 'link')})\s+)?", re.I)
_DISTRICT_END = re.compile(rf"\s(?:{alternation('geo_unit_words', 'district_word')})$", re.I)
_DISTRICT_NEXT = re.compile(rf"\s+(?:{alternation('geo_unit_words', 'district_word')})\b", re.I)
# a compass word written as a word of the sentence, not of a name ("southern Idlib", not "South Kivu")
_PART_BEFORE = re.compile(rf"\b(?:{alternation('geo_directions', 'part')})\s+$")
_PART_OF_TOWN = re.compile(rf"(?:{alternation('geo_unit_words', 'part')})\s+of\s", re.I)


def resolve(text: str, gz: "Index", hint: Country | None, acled_notes: bool = False):
    """Mentions resolved in context. ACLED's own annotations ("coded to X", "[coded separately]") are read
    only with acled_notes, for sources declared as ACLED notes (eventdesk.acled_notes); news never has them."""
    ctx = countries_in(text, places_only=True)
    mentions = named_areas(text, region_groups(text, rural_regions(text, with_article(scan_names(gz, text), gz), gz), gz), gz)
    # "X neighbourhood (Y)": a quarter named after a town elsewhere names no place, nor its country
    mentions = [m for m in mentions if not quarter_of_named_place(text, m.end)]
    ctx = ctx + region_countries(mentions, ctx)
    groups = group_countries(text)
    # a text that names no country and comes from no known country: its named groups ("OLA", "al Shabaab",
    # "SPLA-IO") say where to look; a small namesake abroad (a Breton village for an Oromo hamlet) is no answer then
    # (only a filter: a group active in several countries does not pick one of them)
    by_groups = not ctx and hint is None and bool(groups)
    chains = find_chains(text, gz, ctx, hint, mentions, groups, acled_notes=acled_notes)
    stated = {c for c, _ in countries_stated_at(text)}
    chains = [c for c in chains if chain_at_home(c, hint, ctx, stated)]
    notes = read_notes(text) if acled_notes else Notes()
    allowed = set(ctx) | ({hint} if hint else set()) | {c.country for c in chains if c.country}
    # "in Homs province": a region written as one names its country, where near-spellings may be sought
    for m in mentions:
        word = KIND_AFTER.match(text[m.end:m.end + 20])
        regions = {p.country for p in m.candidates if p.kind == "admin1"} if word and word.group(1).lower() in ADMIN1_WORDS else set()
        if len(regions) == 1:
            allowed |= regions
    mentions = mentions + hierarchy_anchors(text, gz, chains, mentions)
    fuzzy = fuzzy_mentions(text, gz, mentions, allowed)
    # a name found inside a longer one the slot reads in another spelling is a piece of that name
    mentions = [m for m in mentions if not any(f.start <= m.start and m.end <= f.end for f in fuzzy)]
    mentions = sorted(mentions + fuzzy, key=lambda m: m.start)
    mentions = respelt_mentions(text, gz, mentions)
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
        if not IN.search(text[max(0, surf.start - 40):surf.start]) or TITLE.search(text[max(0, surf.start - 40):surf.start]):
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
    stated_at = list(countries_stated_at(text))
    stated = {c for c, _ in stated_at}
    resolved = []
    named = [s for s in group_spans(text)]
    for m in mentions:
        if not m.candidates:
            continue
        # "Sar" in "Sar Kala city, Fen": a piece of a longer place name is not that place
        if any(a <= m.start and m.end <= b and (m.start, m.end) != (a, b) for a, b in anchors):
            continue
        if LONGER_NAME.match(text[m.end:m.end + 60]):
            continue
        # "Boko" in "Boko Haram", "Niger Delta" in "Niger Delta Avengers": a word of a group's name
        if any(a <= m.start and m.end <= b and b - a > m.end - m.start for a, b in named):
            continue
        # "Ceel" of "Ceel-Xamar village": the first half of a hyphenated name, read as another spelling of a
        # place ("Eyl"), is not that place ("Ado" of "Ado-Ekiti" is Ado; "Shan-North" and "the Kano-Zaria
        # road" are read elsewhere)
        half = _HYPHENATED.match(text[m.end:m.end + 40])
        if half and not DIRECTIONAL.match(half.group(1)) and not ROUTE_LINK.match(text[m.end:m.end + 60]) \
                and not text[max(0, m.start - 1):m.start] == "-" \
                and all(place_key(p.name) != place_key(m.surface) for p in m.candidates):
            continue
        if GROUP_FOLLOW.match(text[m.end:m.end + 30]) and not re.search(r"\b(?:in|at|near)\s+$", text[max(0, m.start - 8):m.start]):
            continue
        before = text[max(0, m.start - 40):m.start]
        if TITLE.search(before):
            continue
        after = text[m.end:m.end + 30]
        # "a ship in the Red Sea": the water, not Sudan's Red Sea state
        if _WATER.search(m.surface) and re.search(r"\bthe\s$", before) \
                and not SUBPLACE_WORDS.match(after):
            continue
        # "the Tehran Times" names no place; "Gondar University" stands in Gondar: a venue of the town, where
        # the event is only if the text names no better place
        site = bool(SITE_FOLLOW.match(after))
        if ORG_FOLLOW.match(after) and not SUBPLACE_WORDS.match(after) and not site:
            continue
        # part of a longer capitalised name ("Soviet Army", "Lake Side Trading Centre") that is not a place
        follows_cap = bool(re.match(r"^\s?[A-Z][a-z]", after)) and not SUBPLACE_WORDS.match(after)
        prev = re.search(r"(?:^|[a-z,]\s)([A-Z][a-z]+)\s$", before)  # "Myrna Dolyna", "Nova Buda": a longer name
        follows_cap = follows_cap or bool(prev) and country_by_name(prev.group(1)) is None and \
            prev.group(1).lower() not in stopwords()
        # a given name before it, with no preposition placing the pair ("ousted Evo Morales", not "in Aw Bare")
        after_name = bool(prev) and country_by_name(prev.group(1)) is None and prev.group(1).lower() not in stopwords() \
            and not IN.search(before[:prev.start(1)])
        # "the States Chamber", "the Solvay factory": after "the", a capitalised word opens a longer name
        follows_cap = follows_cap or bool(re.search(r"\bthe\s+[A-Z][\w'-]+\s$", before))
        # "the Chamber of Representatives", "the Court of Appeal": an institution named "the X of Y"
        follows_cap = follows_cap or bool(re.search(r"\bthe\s$", before) and re.match(r"^\s+of\s+(?:the\s+)?[A-Z]", after))
        # country names are context, not locations, unless nothing else is found
        chain, inside = mention_chain(m, chains, text)
        # (a name a hierarchy places, "Gros-Morne, Artibonite", is read by the hierarchy)
        cands = list(m.candidates) if chain is not None else at_home(m.surface, list(m.candidates), hint, ctx, groups, stated)
        if by_groups:
            # (the groups' part of the world, not only their countries: "Fulani herders ... near Bongor" is in
            # Chad; a name of several words, "Mocimboa da Praia", is specific enough to stand anywhere)
            kept = in_countries(m.surface, cands, set(groups))
            parts = {_world_part(c) for c in groups}
            cands = [p for p in cands if p in kept or _world_part(p.country) in parts
                     or (len(m.surface.split()) > 1 and place_key(p.name) == place_key(m.surface))]
        if _PART_BEFORE.search(before) and not KIND_AFTER.match(after):
            # "southern Idlib", "in western Kano": a part of the region, not the town it is named after (codebook 1.5)
            # (the name's town and district of the region's country give way to the region)
            regions = {p.country for p in cands if p.kind == "admin1"}
            cands = [p for p in cands if p.kind == "admin1" or p.country not in regions]
        if not cands:
            continue
        best_s, best = best_candidate(m, cands, gz, after, ctx, hint, chain, named_admin1, groups, cohere, own,
                                      place_cohere, stated, others=tuple(mentions))
        is_country = country_by_name(m.surface) is not None and not is_territory_name(m.surface)
        near = bool(NEAR.search(text[max(0, m.start - 40):m.start]))
        # "in Zinbyu village of Pakokku township": the event is in an unnamed part of Pakokku
        part_of = bool(PART_OF.search(text[max(0, m.start - 40):m.start]))
        # "in Zamfara state's Gusau town": the place in the region's possessive is where it happened
        owned = OWNED.search(text[max(0, m.start - 60):m.start])
        cue = bool(IN.search(text[max(0, m.start - 40):m.start]) or STRUCK.search(text[max(0, m.start - 30):m.start])
                   or VENUE_PAREN.search(text[max(0, m.start - 70):m.start]) or owned)
        strict_cue = bool(STRICT_IN.search(text[max(0, m.start - 40):m.start]) or owned)
        event_cue = bool(EVENT_IN.search(text[max(0, m.start - 90):m.start]))
        elsewhere = any(a <= m.start < b for a, b in notes.elsewhere)
        level = notes.level_at is not None and 0 <= notes.level_at - m.end <= 3
        # ("the Nakuru, Kisumu and Eldoret high schools": every name of the list names a school)
        listed = LIST_OF_NAMES.match(text, m.end, m.end + 80)
        venue = site or bool(INSTITUTION_AFTER.match(after + text[m.end + 30:m.end + 60]) or INSTITUTION_BEFORE.search(before)
                     or listed and INSTITUTION_AFTER.match(text[listed.end():listed.end() + 60])
                     or org_acronym(m.surface, after))
        route = bool(ROUTE_LINK.match(text[m.end:m.end + 60])
                     or ROUTE_BEFORE.search(before) and ROUTE_AFTER.match(text[m.end:m.end + 30]))
        resolved.append(dict(m=m, place=best, score=best_s, chain=chain, inside=inside, near=near, cue=cue, strict_cue=strict_cue, event_cue=event_cue,
                             venue=venue, route=route, purpose=False,
                             follows_cap=follows_cap, after_name=after_name, is_country=is_country, part_of=part_of, elsewhere=elsewhere, level=level,
                             origin=bool(ORIGIN.search(text[max(0, m.start - 50):m.start])),
                             # read as another spelling ("Boni" for Bonn), or a small homonym, in a country other than
                             # the one written right after it ("the town of Mahas in central Somalia")
                             respelt_abroad=chain is None and bool(near_stated := {c for c, at in stated_at if 0 <= at - m.end <= 45
                                                                                  and APPOSITION.fullmatch(text[m.end:at])})
                             and best.country not in near_stated
                             and (best not in gz.lookup(m.surface) or best.population < 100_000
                                  or place_key(best.name) != place_key(m.surface))))
    # "gathered in Market Square in Leeds", "in X square in Paris": the venue sits in the town after it
    for r1, r2 in zip(resolved, resolved[1:]):
        if r1["event_cue"] and VENUE_IN.match(text[r1["m"].end:r2["m"].start]):
            r1["event_cue"], r2["event_cue"] = False, True
    # "X woreda in Y zone", "X area in Y district": Y is the unit X lies in, not the event's place; but a
    # town X the gazetteer puts outside the district the text names is another place of that name
    for a, b in zip(resolved, resolved[1:]):
        link = _UNIT_LINK.fullmatch(text[a["m"].end:b["m"].start])
        # (not when X is the tail of a longer unknown name, "Dhanoe Kalan village": that name is unknown)
        head = re.search(r"([A-Z][\w'’-]*)\s$", text[max(0, a["m"].start - 30):a["m"].start])
        if not link or a["is_country"] or b["is_country"] or head and head.group(1).lower() not in stopwords():
            continue
        # (a zone named after its town, "West X zone", is no such statement about the town X)
        unit_word = _DISTRICT_END.search(b["m"].surface) or _DISTRICT_NEXT.match(text[b["m"].end:b["m"].end + 12])
        if _PART_OF_TOWN.search(link.group(0)) and \
                b["place"].kind == "city" and a["place"].kind == "city":
            a["container"] = True  # "the Soho neighbourhood of New York": the city names the event's place
        elif unit_word and a["place"].kind == "city" and b["place"].kind in ("admin2", "city") and \
                not inside_units(a["place"], [b["place"]]) and km_between(a["place"].latitude, a["place"].longitude,
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
            why = PURPOSE.search(text, e["m"].end, end)
            if why:
                spans.append((why.start(), end))
    notes.purpose = tuple(spans)
    for r in resolved:
        r["purpose"] = any(a <= r["m"].start < b for a, b in spans)
    if acled_notes and "oded" in text:
        notes.coded = coded_place(text, gz, ctx, hint, chains, groups, resolved, notes)
    return ctx, chains, resolved, notes
