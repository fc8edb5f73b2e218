"""Where a sentence's event happened: which of the places it names the text puts something in
("in X", "the town of X", "X was shelled"), not those it names in passing (a capital speaking for its
government, a surname, a street, the place of a protest's grievance), and when one sentence holds
several events at places of different regions."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ..geo import dateline as geo_dateline
from ..geo.context import article_home, country_names_in, group_countries, outlet_home, strong_country_cues
from ..geo.gazetteer import Gazetteer
from ..geo.hierarchy import location_name
from ..geo.places import (Location, at_seat, country_location, countries_in, locate, locate_all,
                          locate_with_all, stated_part, venue_after)
from ..text.lexicon import alternation, terms
from .story import AGO, cue


# Coordinated places in one sentence ("in Mombasa and in the western city of Kisumu") are separate events
# (a link dropped from a list leaves ", ," behind).
_COORDINATION = re.compile(
    rf"^\s*(,(?:\s*,)*|and|as well as|,\s*and)\s+(in\s+|at\s+)?(the\s+)?([a-z-]+\s+){{0,3}}(({cue('listed_place_noun')})\s+of\s+)?$")


# A place opens a new incident only where the text puts something there: "in/at/near/outside X",
# a dateline ("ALMATY, Kazakhstan --") or an ACLED-style hierarchy in parentheses. "Tokyo's envoy to
# Nairobi" names a place where nothing happened; nor does "a baker from Leeds" or "a rocket fired
# from Ruritania hit Elmley": "from" gives an origin, unless forces withdraw or people flee from there
# (or come "out of" it: "fighters streamed out of Elmley to surrender", codebook 1.5).
# "of" places only after a place noun ("the town of X"), not in "one of two north Leeds students".
_LOCATIVE = re.compile(
    rf"(?:\b(?:{cue('locative_prep')}|(?:{cue('locative_of')}) of|(?:{cue('locative_from')})\s+from|(?:{cue('locative_out')})\s+out\s+of|{cue('locative_arrive')})"
    r"\b[^.;:!?()]{0,40}|\(\s*|^\W*|"
    # what is shelled, stormed or taken is where the event is: "shelled Lysychansk", "an assault on Afrin"
    rf"\b(?:{cue('target_verb')}|(?:{cue('target_noun')})\s+"
    r"(?:on|against))\s+(?:the\s+)?(?:[\w'-]+\s+){0,3})$", re.I)


# A capitalised word right before a place name makes it a surname ("to mourn Daniel Preston"), unless that
# word is a compass point, a prefix of place names or a demonym ("Eastern Ghouta", "Al Bab", "Kurdish Afrin").
_PLACE_PREFIX = re.compile(
    rf"^(?:{cue('place_prefix')})$"
    rf"|(?:{cue('demonym_ending')})$")


def locative(text: str, loc: Location) -> bool:
    m = loc.mention
    if m is None:  # resolved through a hierarchy, not a bare name
        return True
    if _METONYM_AFTER.match(text[m.end:m.end + 60]) and not text[:m.start].strip(" \"'“‘"):
        return False  # "Tehran has vowed vengeance", "Ankara launched an offensive": the government, not the place
    if not text[:m.start].strip(" \"'“‘") and re.match(r"\s+[A-Z][a-z]", text[m.end:m.end + 3]) \
            and not _STRUCK_AFTER.match(text[m.end:m.end + 80]):
        return False  # "Leeds Tenants Union called the march": the first word of a name
    if _STATE_AGENT_AFTER.match(text[m.end:m.end + 40]):
        return False  # "raids on Moscow's troops abroad": the state's men, wherever they were hit
    if _SPOKE_IN.search(text[max(0, m.start - 60):m.start]):
        return False  # "the army spokesman told reporters in Maiduguri": where the news was given, not made
    if _COMPARED.search(text[max(0, m.start - 40):m.start]):
        return False  # "a camp the size of Leeds", "just as in Elmley": a measure or a likeness, not where it happened
    return bool(_LOCATIVE.search(text[max(0, m.start - 60):m.start]) or _STRUCK_AFTER.match(text[m.end:m.end + 80])
                or (re.search(r"\bon\s+$", text[max(0, m.start - 5):m.start]) and _STREET_AFTER.match(text[m.end:m.end + 50])))


# "gathered on Copacabana beach", "marched on Independence Avenue": a place named by its street or beach
_STREET_AFTER = re.compile(rf"(?:['’]s(?:\s+[A-Z][\w-]*){{1,3}})?\s+(?i:{cue('street')})\b")


_SPOKE_IN = re.compile(rf"\b(?:{cue('told_verb')})\s+(?:\w+\s+){{0,2}}(?:{cue('audience')})\s+in\s+(?:the\s+)?$"
                       rf"|\b(?:{cue('said_verb')})\s+(?:\w+\s+){{0,2}}?in\s+(?:a\s+statement\s+in\s+)?$"
                       # "the governor said from his office in Kharkiv": the official's seat, where he spoke
                       rf"|\b(?:{cue('said_verb')})\s+from\s+(?:[\w'’-]+\s+){{1,3}}?(?:in|at)\s+(?:the\s+)?$"
                       # "at peace talks in Geneva", "a summit of regional leaders in Doha": where words were exchanged
                       rf"|\b(?:{cue('talks_venue')})\s+(?:[\w'’-]+\s+){{0,4}}?(?:in|at)\s+(?:the\s+)?$", re.I)


_COMPARED = re.compile(rf"\b(?:{cue('compared_to')})\s+(?:the\s+)?$", re.I)


_STATE_AGENT_AFTER = re.compile(rf"['’]s?\s+(?:[a-z-]+\s+)?(?:{cue('state_agent')})\b")


# A capital opening a sentence and acting as a government speaks, decides or sends forces.
_METONYM_AFTER = re.compile(
    rf"(?:['’]s\s+(?:{cue('government')}))?\s+(?:(?:{cue('government_adverb')})\s+)*"
    rf"(?:{cue('government_verb')})\b")


# The subject of a passive attack is where it happened: "Kobani was shelled", "X University was besieged by police".
_STRUCK_AFTER = re.compile(
    rf"(?:\s+[A-Z][\w'’-]*){{0,3}}\s+(?:{cue('passive_aux')})\s+(?:\w+\s+)?(?:{cue('struck_passive')})\b")


def _place_key(loc: Location | None) -> tuple | None:
    if loc is None:
        return None
    p = loc.place
    return (p.country.iso, round(p.latitude, 2), round(p.longitude, 2))


def _subnational(loc: Location | None) -> Location | None:
    """ACLED codes no event to a whole country: a country name alone does not place an event."""
    return loc if loc is not None and loc.place.kind != "country" else None


RANK = {"country": 0, "admin1": 1, "admin2": 2, "city": 3}


def within(a: Location, b: Location) -> bool:
    """a names the same area as b or the region b sits in ("Cankaya, Ankara": Ankara qualifies Cankaya)."""
    pa, pb = a.place, b.place
    if _place_key(a) == _place_key(b):
        return True
    if pa.country != pb.country or not pa.admin1 or pa.admin1 != pb.admin1:
        return False
    if pa.kind == "admin1" or pb.kind == "admin1" or \
            (pa.name or "").lower() == pa.admin1.lower() or (pb.name or "").lower() == pb.admin1.lower():
        return True
    if "admin2" not in (pa.kind, pb.kind):
        return False
    # a district holds its own towns, not those of the next district ("in Pishin" and then "in Qilla Saifullah")
    unit, other = (pa, pb) if pa.kind == "admin2" else (pb, pa)
    names = {(x or "").lower() for x in (unit.admin2, unit.name)} - {""}
    return not other.admin2 or (other.admin2 or "").lower() in names


def sentence_locations(text: str, gazetteer: Gazetteer, hint, *, acled: bool = False) -> list[Location]:
    """One location per event in the sentence; several only for a list of places in different regions
    ("in Shymkent and in Aktobe"), never for a place and its region ("in Cankaya, Ankara")."""
    best, found = locate_with_all(text, gazetteer, country_hint=hint, acled_notes=acled)
    best = _subnational(_past_dateline(text, best, found, gazetteer, hint, acled=acled))
    out = [best] if best else []
    if not best or len(found) < 2:
        return out
    listed = []
    prev_end = None
    for mention, loc in found:
        if prev_end is not None and _COORDINATION.match(text[prev_end:mention.start]) and loc.place.kind == "city":
            listed.append((prev_end, loc))
        prev_end = mention.end
    if not listed or not re.search(r"\b(and|as well as)\b", text[listed[0][0]:listed[-1][1].mention.start]):
        return out
    last = listed[-1][1].mention
    first = next(m for m, loc in found if m.end == listed[0][0])
    if _BETWEEN.search(text[max(0, first.start - 30):first.start]) or _spot_after(text[last.end:last.end + 60]):
        return out  # "the road between Homs and Raqqa", "Ashford, Elmley, and Weald high schools": one place
    if best.mention is not None and best.mention.end <= first.start and _MOTIVE.search(text, best.mention.end, first.start):
        return out  # "marched in Ashford to protest evictions in Elmley and Weald": what it was about
    for _, loc in listed:
        if all(not within(loc, o) and not within(o, loc) and loc.place.country == o.place.country
               and (loc.place.admin1 != o.place.admin1) for o in out):
            out.append(loc)
    return out


# "between X and Y" names one stretch of road or front, not two events
_BETWEEN = re.compile(rf"\bbetween\s+(?:the\s+)?(?:(?:{cue('between_place_noun')})\s+(?:of\s+)?)?$", re.I)


# A name followed by a part of town or a venue names that quarter or venue, not a town of its own: "the San Pedro
# area", "the Alder and San Telmo squares", "La Jolla Village Drive" (schools and streets: places.venue_after)
_QUARTER_AFTER = re.compile(rf"^(?:\s+[A-Z][\w'’-]*){{0,2}}\s+(?i:{cue('quarter')})\b")


_SPOT_BEFORE = re.compile(rf"(?:\b(?:{cue('quarter_before')})\s+|\bthe\s+(?:(?=(?:{cue('article_es')})\s)|(?:{cue('article_es')})\s+))$")


def _spot_after(after: str) -> bool:
    return bool(_QUARTER_AFTER.match(after)) or venue_after(after)


# The clause that says what a protest was about, or after what: a place in it is the grievance, not a second
# event ("to demand justice for a cyclist run over in Ashford", "after the murder of a nurse in
# Weald", "asked for the return of traders seized between Elmley and Rowan")
_MOTIVE = re.compile(
    rf"\b(?:to\s+(?:{cue('motive_verb')})|in protest (?:at|of|against)|"
    rf"demand(?:s|ed|ing)?\s+(?:the\s+)?(?:{cue('motive_demand')})|(?:{cue('motive_protest')})\s+(?:{cue('motive_protest_prep')})|"
    rf"(?:{cue('motive_prep')})\s+(?:the\s+)?(?:recent\s+)?(?:\w+\s+){0,2}?"
    rf"(?:{cue('motive_grievance')}))"
    r"[^,;:.]*$", re.I)


def aside(text: str, loc: Location) -> bool:
    """Is the place a venue or quarter ("near the Restrepo neighborhood", "in Colonia Aleman") or the place
    of what the event was about ("after the murder of a nurse in Weald")?"""
    m = loc.mention
    if m is None:
        return False
    return bool(_spot_after(text[m.end:m.end + 60]) or _SPOT_BEFORE.search(text[max(0, m.start - 20):m.start])
                or _MOTIVE.search(text, 0, m.start))


def _past_dateline(text: str, best: Location | None, found: list, gazetteer: Gazetteer, hint, *,
                   acled: bool = False) -> Location | None:
    dl = geo_dateline.read_dateline(text)
    if best is None or best.mention is None or dl is None or best.mention.start >= dl.end:
        return best
    named = countries_in(text[dl.end:])
    others = [loc for m, loc in found if m.start >= dl.end and loc.place.kind != "country" and locative(text, loc)
              and (loc.place.country == best.place.country or loc.place.country in named)]
    if others:
        # the sentence read without its dateline ranks its own places ("in Jharkhand's Gumla district")
        rest = locate(text[dl.end:], gazetteer, country_hint=hint, acled_notes=acled)
        if rest is not None and rest.place.kind != "country" and any(_place_key(rest) == _place_key(o) for o in others):
            return Location(rest.place, rest.location, rest.geo_precision,
                            replace(rest.mention, start=rest.mention.start + dl.end, end=rest.mention.end + dl.end)
                            if rest.mention is not None else None)
        return others[0]
    # "killed 15 civilians in the village of Boni in central Mali": the place is one the gazetteer lacks;
    # the incident waits for a later sentence to place it rather than take the reporter's city.
    return None if _UNKNOWN_PLACE_NAMED.search(text, dl.end) else best


_UNKNOWN_PLACE_NAMED = re.compile(
    rf"\b(?:(?:{cue('named_place_noun')}) of [A-Z]|"
    rf"in (?:the )?(?:{cue('compass')}) [A-Z])")


def where_countries(text: str) -> Counter:
    """Countries the text puts something in ("killed ... in Syria"), not nationalities ("a British film-maker"),
    and the country a place is qualified by ("in Elmley, eastern Syria")."""
    spans = [m.group(0) for m in re.finditer(
        rf"\b(?:{cue('into')})\s+(?:(?:the\s+)?(?:{cue('compass_where')})\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?", text)
        if not _SPOKE_IN.search(text[max(0, m.start() - 60):m.start() + len(m.group(0).split()[0]) + 1])]  # "talks in Geneva" puts nothing there
    spans += [m.group(1) for m in _QUALIFIED_BY_COUNTRY.finditer(text) if not re.search(r"['’]s\b", m.group(1))]
    return countries_in(" ; ".join(spans), places_only=True) if spans else Counter()


# "in Elmley, eastern Syria", "near Rowan, Mali.": a place and the country it lies in, in apposition (not "Syria's")
_QUALIFIED_BY_COUNTRY = re.compile(
    rf"\b(?:{cue('into')})\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}},\s+"
    rf"((?:(?:{cue('compass_where')})\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


_FUNCTION_WORD = re.compile(rf"^(?:{cue('function_word')})$")


def notable(text: str, loc: Location, gazetteer: Gazetteer) -> bool:
    """A city of a quarter million or a region called a province needs no country named beside it to take
    a dated report abroad ("last week Israel bombed a base in Homs province", in a story about Russia).
    Only under its own name: an unknown village read as a big city's misspelling ("Boni" for Bonn) is not."""
    m = loc.mention
    if m is None or loc.place not in gazetteer.lookup(m.surface):
        return False
    if loc.place.kind == "admin1":
        return bool(re.match(rf"\s+(?:{cue('region_noun')})\b", text[m.end:m.end + 15], re.I))
    return loc.place.kind == "city" and loc.place.population >= 250_000


def person_surnames(text: str, is_place=lambda word: False) -> set[str]:
    """Words the article uses as a surname after a given name ("mourn Daniel Preston"): a place's name
    that is a person's elsewhere in the story ("Preston's coffin") is that person. A first word that is
    itself a city or region ("Kabul University") makes no person."""
    out = set()
    for m in re.finditer(r"(?<=[a-z,] )([A-Z][a-z]+) ([A-Z][a-z]{2,})(?=[\s,.’']|$)", text):
        first = m.group(1)
        if not _PLACE_PREFIX.search(first) and not _FUNCTION_WORD.match(first) and not is_place(first):
            out.add(m.group(2))
    return out


def big_place(gazetteer: Gazetteer):
    return lambda word: any(p.kind in ("admin1", "country") or p.population >= 100_000 for p in gazetteer.lookup(word)[:3])


def place_names(loc: Location | None) -> set[str]:
    """How the text may name the incident's place: as written ("KAMPALA") and as resolved ("Kampala")."""
    if loc is None:
        return set()
    return {x.lower() for x in (loc.location, loc.mention.surface if loc.mention else None) if x}


def dateline_place(text: str, gazetteer: Gazetteer, hint) -> Location | None:
    """The town of the text's dateline, in any case ("NAIROBI, Kenya --", "patna:"), read by
    eventdesk.geo.dateline, if it has one."""
    found = geo_dateline.dateline_place(text, gazetteer, prefer=hint)
    if found is None or found[1].kind != "city":
        return None
    return Location(found[1], location_name(found[1]), 1, None)


def country_level(loc: Location, gazetteer: Gazetteer) -> bool:
    """Only the country is known: the country itself, or its capital standing in for it (precision 3)."""
    if loc.place.kind == "country":
        return True
    whole = country_location(loc.place.country, gazetteer) if loc.geo_precision >= 3 else None
    return whole is not None and whole.place == loc.place


def country_only(loc: Location, gazetteer: Gazetteer, story: str = "", passage: str = "") -> Location:
    """A long story's event that only its country places is coded to the country (location the country's name,
    no admin1) at the capital's coordinates, precision 3; a place the gazetteer lacks, which only the country
    holds, keeps its name but not the capital's province. The capital stands in for the country, not for its
    own province: a raid "in eastern Syria" is not in Damascus (codebook 1.5). (In a short note of a national
    outlet an unknown place is as often in the capital's area, so geo.places keeps the province there.) Where
    another sentence of the story places that town, it takes that place (story_placed); an event the passage puts in
    a part of the country ("in eastern Syria") is coded to the region of that part (places.stated_part)."""
    own = own_border(passage, story, gazetteer) if passage else None
    if own is not None and own.place.country != loc.place.country \
            and not any(re.search(rf"\b{re.escape(n)}\b", passage, re.I) for n in place_names(loc) | {loc.place.name.lower()}):
        # "massed troops along its eastern border": on the state's own side, not in the country it faces (a place
        # across the border that the passage itself names, "then shelled X", stays)
        return own
    whole = country_location(loc.place.country, gazetteer)
    if whole is None:
        return loc
    p, c = loc.place, whole.place
    unknown = p.geonameid is None and not p.population and (loc.location or "").lower() != (c.name or "").lower()
    at_capital = unknown and (p.latitude, p.longitude) == (c.latitude, c.longitude) and p.admin1 == c.admin1
    # (or a name the gazetteer lacks, which geo's spotting put at its region's seat: "X, in Y state")
    stand_in = unknown or (p.geonameid is not None and len(loc.location or "") >= 3 and loc.geo_precision >= 2
                           and not gazetteer.lookup(loc.location, p.country))
    if stand_in and p.kind == "city" and story:
        # (a region only guessed from a compass word, "in southern X", which the story never names, binds no district)
        named_region = p.admin1 and re.search(rf"\b{re.escape(p.admin1)}\b", story, re.I)
        district = district_placed(loc, story, gazetteer, p.admin1 if named_region and not at_capital else None)
        if district is not None:  # "X, a village in Y district": Y's seat, precision 2
            return district
    if loc.geo_precision < 3:
        return loc
    if country_level(loc, gazetteer):
        site = site_placed(passage, story, gazetteer, c.country) if passage and story else None
        if site is not None:  # "the base was stormed" ... "a base a short drive from X": near X
            return site
        tied = tied_town(passage, story, gazetteer, c.country) if passage and story else None
        if tied is not None:  # "air defences downed two missiles" ... "missiles struck X on Tuesday": X
            return tied
        part = stated_part(passage, c.country, gazetteer) if passage else None
        if part is not None:  # "air strikes in eastern Syria": that part's region (places.compass_region)
            return Location(part, part.name, 3, None)
        return Location(replace(c, admin1=None, admin2=None, admin3=None), c.country.name, 3, None)
    if p.kind == "admin1" and passage and story:
        # "chlorine hurt nine across the region" ... "the chlorine victims came from X": X, if it lies in that region
        tied = tied_town(passage, story, gazetteer, c.country, p.admin1)
        if tied is not None:
            return tied
    if at_capital:
        return story_placed(loc, story, gazetteer, c) \
            or Location(replace(p, admin1=None, admin2=None, admin3=None), loc.location, 3, loc.mention)
    return loc


_DISTRICT_WORD = re.compile(rf"\s+(?:{alternation('geo_unit_words', 'district_word')})\b", re.I)


def district_placed(loc: Location, story: str, gazetteer: Gazetteer, admin1: str | None) -> Location | None:
    """A village the gazetteer lacks, coded only to its region or country, where a sentence of the story names the
    district it lies in, in the clause right after it ("X, a hamlet in Y district"): the district at its seat town,
    precision 2 (codebook 1.5: a small part of a region is coded to a town that stands for it). The first place named
    after the village decides; a district outside the region the event was coded to does not."""
    name = loc.location or ""
    if not story or len(name) < 3:
        return None
    at = re.compile(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])")
    for sentence in _SENTENCE_END.split(story):
        if (named := at.search(sentence)) is None:
            continue
        after = [(m, found) for m, found in locate_all(sentence, gazetteer, country_hint=loc.place.country)
                 if m.start >= named.end() and found.place.country == loc.place.country]
        if not after:
            continue
        m, found = after[0]
        if m.start - named.end() > 60 or re.search(r"[.;:!?()]", sentence[named.end():m.start]) \
                or (admin1 is not None and found.place.admin1 != admin1):
            continue
        if found.place.kind == "admin2" or (found.place.kind == "city" and _DISTRICT_WORD.match(sentence, m.end)):
            return Location(found.place, found.location, 2, loc.mention)
    return None


_SENTENCE_END = re.compile(r"(?<=[.!?])[\s\"'”’]+(?=[A-Z\"“‘])|\n+")


def story_placed(loc: Location, story: str, gazetteer: Gazetteer, capital) -> Location | None:
    """A town the gazetteer lacks, which the event's sentences hold only in its country, where another sentence of the
    story places it ("X, a hamlet in eastern Syria", "X, in Y province"): there, as that sentence reads it (codebook
    1.5: an unknown village is coded to the smallest known unit that holds it). The first such sentence decides."""
    name = loc.location or ""
    if not story or len(name) < 3:
        return None
    naming = [s for s in _SENTENCE_END.split(story) if re.search(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", s)]
    for sentence in naming:
        found = locate(sentence, gazetteer, country_hint=loc.place.country)
        if found is not None and found.location == name and found.place.country == loc.place.country \
                and found.place.kind != "country" and found.place.admin1 \
                and (found.place.latitude, found.place.longitude) != (capital.latitude, capital.longitude):
            return Location(found.place, name, max(found.geo_precision, loc.geo_precision), loc.mention)
    # "escaped the final pocket held in eastern Syria ... a farm beside X": a sentence naming the town puts what it tells in
    # one part of the country, and no sentence naming it says otherwise: that part's region (codebook 1.5, precision 3)
    parts = {stated_part(sentence, loc.place.country, gazetteer) for sentence in naming}
    parts.discard(None)
    if len(parts) == 1:
        base = at_seat(Location(parts.pop(), "", 3, None), gazetteer)
        return Location(replace(base.place, name=name, kind="city", population=0, geonameid=None), name, 3, loc.mention)
    return None


# "the base", "the air base he was posted to": a site the passage tells by its kind alone
_SITE = re.compile(rf"\bthe\s+(?:[\w'’-]+\s+){{0,2}}?(?P<site>{alternation('geo_place_cues', 'site')})\b", re.I)


def site_placed(passage: str, story: str, gazetteer: Gazetteer, country) -> Location | None:
    """An event the passage puts only at a site told by its kind ("gunmen stormed the base"), which other sentences of
    the story place ("the base, a few miles back from the lines at X", "a base near X"): near that place, precision 2
    (codebook 1.5: activity near a town is coded to it at precision 2). Every sentence that places such a site must
    name the same place; a place named beside the site in passing ("troops from X", "told reporters in X") is none."""
    nouns = {m.group("site").lower() for m in _SITE.finditer(passage)}
    if not nouns:
        return None
    own = set(_SENTENCE_END.split(passage))
    named = re.compile(rf"\b(?:the|an?)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{'|'.join(map(re.escape, sorted(nouns)))})\b"
                       r"(?P<after>[^.;:!?]{0,100})", re.I)
    found = {}
    for sentence in _SENTENCE_END.split(story):
        if sentence in own or not (sites := list(named.finditer(sentence))):
            continue
        places = [(m, loc) for m, loc in locate_all(sentence, gazetteer, country_hint=country)
                  if loc.place.kind != "country" and loc.place.country == country and loc.place.geonameid is not None]
        for site in sites:
            tied = next((loc for m, loc in places if site.start("after") <= m.start < site.end("after")
                         and locative(sentence, loc)), None)
            if tied is not None:
                best = locate(sentence, gazetteer, country_hint=country)  # (named as the sentence's best reading names it)
                found[_place_key(tied)] = best if _place_key(best) == _place_key(tied) else tied
                break
    if len(found) != 1:
        return None
    loc = next(iter(found.values()))
    return Location(loc.place, loc.location, max(2, loc.geo_precision), None)


def _means(text: str) -> set[str]:
    """The weapons or agents a sentence names (lexicon geo_place_cues, kind means), by term."""
    return {t.id for t in terms("geo_place_cues") if t.kind == "means" and re.search(rf"\b(?:{t.pattern})\b", text, re.I)}


# a sentence that dates what it tells to another year is history, not the day's incident ("in 2015", "last year"; not
# "the 2015 accord", a year naming a thing)
_OTHER_YEAR = re.compile(rf"\b(?:{cue('other_year')})\b", re.I)
# "a missile hit X last week", "two weeks ago", "last month": another day's strike, recalled
_RECALLED = re.compile(rf"\b(?:{cue('recall_span')})\b", re.I)


def tied_town(passage: str, story: str, gazetteer: Gazetteer, country, admin1: str | None = None) -> Location | None:
    """An event the passage puts only in its country, told by its means ("air defences downed two missiles"), where
    other sentences of the story put the same means in a known town of that country ("both X and Y came under missile
    attack"): that town, near it (precision 2; codebook 1.5 wants the most precise place the text ties the event to).
    Every such sentence must name the same town; one that dates itself to another year, or weeks back ("last week"), is
    history and ties nothing.
    An event the passage puts in a region (admin1) takes only a town of that region."""
    means = _means(passage)
    if not means:
        return None
    own = set(_SENTENCE_END.split(passage))
    found = {}
    for sentence in _SENTENCE_END.split(story):
        if sentence in own or not (means & _means(sentence)) or _OTHER_YEAR.search(sentence) or AGO.search(sentence) \
                or _RECALLED.search(sentence):
            continue
        for m, loc in locate_all(sentence, gazetteer, country_hint=country):
            # (a sentence naming another state's leader may read a town as its namesake there: the town of the
            # event's country is taken when it is one of the name's first readings)
            place = next((p for p in gazetteer.lookup(m.surface)[:3] if p.country == country and p.kind == "city"
                          and p.geonameid is not None and admin1 in (None, p.admin1)), None)
            if place is None:
                continue
            loc = Location(place, location_name(place), 1, m)
            if (locative(sentence, loc) or _STRUCK_BY.match(sentence, m.end)) and not aside(sentence, loc):
                found.setdefault(_place_key(loc), loc)
    if len(found) != 1:
        return None
    loc = next(iter(found.values()))
    return Location(loc.place, loc.location, 2, None)


# a town told as what the means struck, before them in its clause ("X and Y came under missile fire")
_STRUCK_BY = re.compile(rf"(?:\s+and\s+[A-Z][\w'’-]+)?\s+(?:\w+\s+){{0,3}}?(?:{alternation('geo_place_cues', 'means')})\b", re.I)


_OWN_BORDER = re.compile(
    rf"\b(?:{alternation('geo_place_cues', 'own_side_verb')})\b[^.;:!?]{{0,80}}?\b(?:{alternation('geo_place_cues', 'own_side')})\s+"
    rf"(?:(?:{alternation('geo_place_cues', 'own_side_span')})\s+of\s+)?its\s+(?:own\s+)?"
    rf"(?:(?:{alternation('geo_directions', 'stated')})\s+)?(?:{alternation('geo_place_cues', 'own_side_line')})\b", re.I)


def own_border(passage: str, story: str, gazetteer: Gazetteer) -> Location | None:
    """A state that deploys, masses or seals along "its (southern) border" acts on its own side of it, not in the
    country it faces (codebook 1.5: a border area is a larger region, precision 3). The state is the one country named
    nearest before "its": in the passage before it, else in the sentence before the passage (one country only). The
    event is that country at precision 3: one side of a border mostly runs along several provinces, so a compass word
    names no one of them (the southernmost would be a guess)."""
    m = _OWN_BORDER.search(passage)
    if m is None:
        return None
    before = passage[:m.start()] + " " + passage[m.start():m.end()].rsplit(" its ", 1)[0]
    sentences = _SENTENCE_END.split(story[:story.find(passage)]) if story and passage in story else []
    owner = None
    for text in (before, sentences[-1] if sentences else ""):
        named = countries_in(text)
        if named:
            owner = next(iter(named)) if len(named) == 1 else None
            break
    if owner is None:
        return None
    whole = country_location(owner, gazetteer)
    if whole is None:
        return None
    c = whole.place
    return Location(replace(c, admin1=None, admin2=None, admin3=None), c.country.name, 3, None)


def passage_place(passage: str, gazetteer: Gazetteer, country: Location) -> Location | None:
    """An incident placed only in a country, whose own sentences put it in a town or region of that country
    ("a nurse is held in Syria. Her family said she was seized in Raqqa in March"): that place, as written
    (codebook 1.5 wants the most precise place the text gives, not the capital)."""
    best = locate(passage, gazetteer, country_hint=country.place.country)
    if best is None or best.place.kind == "country" or best.place.country != country.place.country \
            or not locative(passage, best):
        return None
    return best


def fallback_location(text: str, passage: str, context: str, gazetteer: Gazetteer, hint, *,
                      long: bool = False) -> Location | None:
    """Where an event the text reports but does not place is coded, at the best precision the text allows
    (codebook 1.5): a place the sentences around it name, a country the passage puts something in
    ("in Uganda"), else the dateline's town
    (precision 2), else the article's country (its outlet's or its lead's), the nationalities and groups the
    passage names, the countries the article puts things in: the first that names one country, at its
    capital with precision 3. None only when not even a country is known.
    long: in a long story an unplaced sentence is as often background or commentary as news, so only the
    passage's own words may put it in a country ("in Syria"); the article's or a nationality's country
    does not (a hand check of full-length news found such rows mostly no event, or elsewhere), unless the story
    clearly puts its news in one country, or comes from an outlet at home in a country and names no other."""
    own = where_countries(passage)
    # in a long story, a country the passage names only by its people ("French gunners") says who took part: its
    # officials' words ("a spokesman in Paris would not say") do not move the event there (codebook 1.5)
    nationals = _nationalities_only(passage, text) if long else set()
    near = own or Counter({c: n for c, n in where_countries(context).items() if c not in nationals})
    # a place the passage itself names that the incident did not take (a story that moved abroad earlier)
    mine = _around(passage, gazetteer, hint, own, passage)
    if mine is not None:
        best = locate(passage, gazetteer, country_hint=hint)
        # the passage's best place keeps its precision (as passage_place does); a lesser one the grouping passed
        # over is no surer than "near" it
        sure = best is not None and _place_key(best) == _place_key(mine)
        return Location(mine.place, mine.location, mine.geo_precision if sure else max(2, mine.geo_precision), None)
    # the sentences around it place it ("an operation in X district. During it, troops ..."): not as sure
    # as the passage's own words, so no better than a general area (precision 2)
    around = locate(context, gazetteer, country_hint=hint) if context.strip() else None
    if around is None or around.place.kind == "country" or not _fits(around.place.country, near, passage, context, hint) \
            or (around.mention is not None and _SPOKE_IN.search(context[max(0, around.mention.start - 60):around.mention.start])):
        around = _around(context, gazetteer, hint, own, passage)
    if around is not None and around.place.country in nationals:
        around = None
    if long and around is not None and not near:
        around = _unknown_in_story_country(around, " ".join((passage, context)), gazetteer, hint)
    if around is not None:
        return Location(around.place, around.location, max(2, around.geo_precision), None)
    dateline = dateline_place(text, gazetteer, hint)
    # (the dateline says where the reporter is: a town abroad from the country the text is about is not it)
    if dateline is not None and (dateline.place.country in near if near else hint is None or dateline.place.country == hint):
        return Location(dateline.place, dateline.location, 2, None)
    if long:
        # a long story from an outlet of a known country (its dateline's or its outlet's) that puts things in no other
        # country is about its own: the local daily's report of a village raid
        where = where_countries(text)
        home = article_home()
        votes = (near, _settled(where), Counter({home: 1}) if home is not None and hint == home and not set(where) - {home}
                 and not set(country_names_in(text)) - {home} else Counter(), _led(strong_country_cues(text)),
                 # the one country the story puts things in, where the passage's nationality was set aside
                 where if nationals and len(where) == 1 else Counter())
    else:
        # what the text says of the country before what its outlet does; the outlet's home last of all. A nationality
        # ("a Slovak nun", "Ugandan police") says who took part, not where: it counts after the forces and groups named
        votes = (near, Counter({hint: 1}) if hint is not None else Counter(), country_names_in(passage),
                 group_countries(" ".join((passage, context))), where_countries(text), country_names_in(text),
                 group_countries(text), countries_in(passage), countries_in(text),
                 Counter({outlet_home(): 1}) if outlet_home() is not None else Counter())
    for vote in votes:
        top = vote.most_common(2)
        if top and (len(top) == 1 or top[0][1] > top[1][1]):
            return country_location(top[0][0], gazetteer)
    return None


def _nationalities_only(passage: str, story: str) -> set:
    """Countries other than the one a long story puts its news in (the only one it puts things in, or _settled, _led)
    that the passage names only by a nationality, not by name nor as where something happened ("French gunners kept
    up their barrage")."""
    where = where_countries(story)
    home = _settled(where) or _led(strong_country_cues(story)) or (where if len(where) == 1 else Counter())
    if not home:
        return set()
    return set(countries_in(passage)) - set(country_names_in(passage)) - set(where_countries(passage)) - set(home)


def _unknown_in_story_country(loc: Location, text: str, gazetteer: Gazetteer, hint) -> Location:
    """A place the gazetteer lacks, which only a nationality put in another country than the story's ("a British
    reporter ... residents of X said"), lies in the country the story is about: a nationality says who took
    part, not where (codebook 1.5). Its name is kept, at that country's capital, as for any unknown place."""
    if hint is None or loc.place.geonameid is not None or loc.place.population or loc.place.country == hint \
            or loc.place.country in country_names_in(text):
        return loc
    whole = country_location(hint, gazetteer)
    if whole is None:
        return loc
    return Location(replace(whole.place, name=loc.location, kind="city", population=0, geonameid=None),
                    loc.location, 3, loc.mention)


def _settled(vote: Counter) -> Counter:
    """A long story's country, when it clearly puts its news in one: named as where things happen twice at least
    and more than twice as often as any other (a report from Syria that mentions talks in Geneva once)."""
    top = vote.most_common(2)
    if top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] > 2 * top[1][1]):
        return Counter({top[0][0]: 1})
    return Counter()


def _led(cues: Counter) -> Counter:
    """A long story's country by the forces and armed groups it names, when one country's lead them clearly (twice
    at least, and half as often again as any other's): a war report naming the SDF, the YPG and Isis fighters
    around an unplaced shelling is from Syria even when it mentions Iraq's army once."""
    top = cues.most_common(2)
    if top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] > 1.5 * top[1][1]):
        return Counter({top[0][0]: 1})
    return Counter()


def _around(context: str, gazetteer: Gazetteer, hint, own: Counter, passage: str) -> Location | None:
    """The place the sentences around an unplaced incident put something in ("died during a raid in X, in the
    north"), not one they name in passing ("a volunteer from X", "told reporters in X", "talks in X"): the first
    such place in the country the passage puts something in ("in Syria"), if it does; else in one it names
    ("Syria's state media") or the article's; else in one the context names or the article's, so that a
    biography's "had served in Iraq" does not outvote "in X" and a strike on another capital does not place it."""
    if not context.strip():
        return None
    told = [loc for _, loc in locate_all(context, gazetteer, country_hint=hint)
            if loc.place.kind != "country" and locative(context, loc) and not aside(context, loc)]
    return next((loc for loc in told if _fits(loc.place.country, own, passage, context, hint)), None)


def _fits(country, own: Counter, passage: str, context: str, hint) -> bool:
    """May a place in this country stand for an incident the passage tells? In the country the passage (or, failing
    it, the context) puts something in; else in one the passage or the context names, or the article's own: a
    statement issued in Geneva about bombings does not move them to Switzerland."""
    if own:
        return country in own
    named = countries_in(passage, places_only=True) or countries_in(context, places_only=True)
    cues = strong_country_cues(" ".join((passage, context))) if not named and article_home() is None else Counter()
    if cues and country not in cues:
        return False  # "FARDC boats fired at fishermen off Lake Albert": not the namesake in Australia
    return country in named or country == hint or not (named or hint)
