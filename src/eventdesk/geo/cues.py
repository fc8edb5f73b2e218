"""Patterns of the words around a name that say what it is in the sentence: where an event happened
("in", "shelled"), a venue, a road, a title, an organisation, a purpose. Ranking reads them as features."""
from __future__ import annotations

import re

from eventdesk.text.lexicon import alternation


NEAR = re.compile(rf"\b({alternation('geo_place_cues', 'near')})\s+(?:the\s+)?$", re.I)


# (a compass word may stand between: "in south Rafah", "in northern Sinai": a part of the place, the place all the same)
IN = re.compile(rf"\b({alternation('geo_place_cues', 'loose')})\s+(?:the\s+)?(?:(?:{alternation('geo_directions', 'part')})\s+)?"
                rf"(?:[A-Z][\w'-]*\s+){{0,2}}$")


# what is shelled, stormed or taken is where the event is: "shelled the Kramatorsk district"
STRUCK = re.compile(rf"\b(?:{alternation('geo_attack_verbs', 'struck')})\s+(?:the\s+)?"
                    rf"(?:(?:{alternation('event_cues', 'compass_where')})\s+)?$")


# the place a protest verb is written with ("demonstrated in X", "held a rally in X") is where the event
# happened; other places of the note are background ("against the regime in Minsk"). Not "at": "at" names
# venues ("a rally at Market Square in Leeds")
EVENT_IN = re.compile(
    rf"\b(?:(?:{alternation('geo_protest_cues', 'verb')})"
    r"(?:\s+(?!in\b|at\b)[\w'-]+){0,4}?|"
    rf"(?:{alternation('geo_protest_cues', 'hold')}) (?:a |an )?(?:[\w'-]+\s){{0,3}}?(?:{alternation('geo_protest_cues', 'event')}))"
    r",?\s+in\s+(?:the\s+)?"
    # "gathered in Central Square in X", "rallied in Liberty Park of X": a named venue, then its town
    r"(?:(?:[A-Z][\w'-]*\s+){1,3}(?:in|of)\s+(?:the\s+)?)?"
    rf"(?:(?:{alternation('geo_unit_words', 'event_of')}) of\s+)?(?:[A-Z][\w'-]*\s+){{0,3}}$")


VENUE_IN = re.compile(rf"^(?:\s+(?:{alternation('geo_unit_words', 'venue')}))?,?"
                      rf"\s+(?:in|of)\s+(?:the\s+)?(?:(?:{alternation('geo_unit_words', 'of_town')}) of\s+)?$", re.I)


STRICT_IN = re.compile(rf"\b({alternation('geo_place_cues', 'strict')})\s+(?:the\s+)?(?:[a-z-]+\s+){{0,3}}$")


TITLE = re.compile(rf"\b({alternation('geo_person_titles', 'title')})\.?\s+$")


SUBPLACE_WORDS = re.compile(rf"^\s+({alternation('geo_unit_words', 'subplace')})\b", re.I)


ORG_FOLLOW = re.compile(rf"^\s+({alternation('geo_org_words', 'org', 'site')})\b")
SITE_FOLLOW = re.compile(rf"^\s+({alternation('geo_org_words', 'site')})\b")


NAME = (rf"[A-Z][\w'’-]*(?:(?:\s|-)(?:(?:{alternation('geo_name_particles', 'name')})\s)?"
        r"[A-Z][\w'’-]*){0,4}")


KIND_WORDS = alternation('geo_unit_words', 'kind')


# ACLED's "at the Teachers' Union Office (Town)": the town in parentheses after a named venue is where it was
VENUE_PAREN = re.compile(rf"\b(?:{alternation('geo_place_cues', 'venue')})\s+(?:the\s+)?[A-Z][\w'’-]*\s+"
                          rf"(?:(?:[A-Z][\w'’-]*|{alternation('geo_name_particles', 'glue')})\s+){{0,5}}\($")


# a person's home town: "a civilian from Tadmor", "two farmers originally from X", "residents hailing from X"
TOWN_OF = alternation('geo_unit_words', 'of_town', 'of_village')
_FROM_ADVERB = alternation('geo_origin_people', 'from_adverb')
ORIGIN = re.compile(rf"\b(?:{alternation('geo_origin_people', 'person')})\s+(?:\w+\s+){{0,2}}?"
                    rf"(?:(?:{_FROM_ADVERB})\s+)?from\s+(?:the\s+)?(?:(?:{TOWN_OF}) of\s+)?$"
                    # a landmark to find the place by: "in Omdurman, across the Nile from Khartoum"
                    rf"|\b(?:{alternation('geo_place_cues', 'landmark')})\s+(?:the\s+[\w-]+\s+(?:river\s+)?)?from\s+$|\bopposite\s+$|\bsister city (?:of|to)\s+$")


CITY_DISTRICT = re.compile(r"^(?: [Cc]ity)? - [A-Z]")  # "Athens - Central Athens", "Busan City - Jung"


# a named village before "of" ("the village of Kafr Nabl" names the village itself)
PART_OF = re.compile(rf"[A-Z][\w'’-]*\s+(?:{alternation('geo_unit_words', 'part_of')})\s+(?:of|in)\s+(?:the\s+)?$")


# a capitalised continuation and then a place word: "Sar Kala city", "Upper Mill Creek village"
LONGER_NAME = re.compile(rf"^[ -](?:[A-Z][\w'’-]*[ -]){{0,2}}[A-Z][\w'’-]*\s+(?:{alternation('geo_unit_words', 'longer')})\b")


# an ethnic or communal group named after a place-like word: "Massa farmers", "Fulani herders"
GROUP_FOLLOW = re.compile(rf"^\s+(?:{alternation('geo_group_nouns', 'group')})\b")


KIND_AFTER = re.compile(rf"^\s+({alternation('geo_unit_words', 'kind_after')})\b", re.I)


ADMIN1_WORDS = ("province", "region", "oblast", "governorate", "state", "prefecture")


# a place named as a school, a hospital or a street ("at Victoria high school in Durban", "the
# Secondary School 'Dr. X Y'") is a venue's name, not where the event is when the text gives its town
INSTITUTION_AFTER = re.compile(rf"^(?:\s+[A-Z][\w'’-]*){{0,2}}\s+(?:(?:{alternation('geo_institutions', 'qualifier')})\s+)*"
                               rf"(?:{alternation('geo_institutions', 'noun')})\b", re.I)


LIST_OF_NAMES = re.compile(r"(?:,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)*,?\s+(?:and|&)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?=\s)")


# (not "the Hospital of X", "the University of X": those stand in X)
INSTITUTION_BEFORE = re.compile(rf"\b(?:{alternation('geo_institutions', 'before')})\s+"
                                r"[\"'“‘](?:[A-Z][\w.'’-]*\s+){0,4}$")


# "the Ludhiana-Chandigarh highway", "the Lima - Huacho road": the towns a road links, not where it is
ROUTE_LINK = re.compile(rf"^\s?-\s?(?:[A-Z][\w'’-]*\s){{0,3}}?[A-Z][\w'’-]*\s+(?:{alternation('geo_route_words', 'link')})\b", re.I)


ROUTE_AFTER = re.compile(rf"^\s+(?:{alternation('geo_route_words', 'after')})\b", re.I)


ROUTE_BEFORE = re.compile(r"[A-Z][\w'’-]*\s?-\s?$")


# "nurses marched in Bergen to oppose closing a ward in Odda": once the event is placed, a place in
# the clause that says what it was for or against is the subject of the protest, not its place
PURPOSE = re.compile(rf"\b(?:to\s+(?:{alternation('geo_purpose_cues', 'verb')})|{alternation('geo_purpose_cues', 'phrase')})\b", re.I)


def org_acronym(surface: str, after: str) -> bool:
    """'the Union of Farmers of Braga (UFB)': a place name closing an organisation's name,
    whose acronym follows and ends with the place's initials."""
    a = re.match(r"^\s*\(([A-Z]{3,8})\)", after)
    if not a:
        return False
    initials = "".join(w[0] for w in re.split(r"[\s-]+", surface) if w[:1].isupper())
    return bool(initials) and a.group(1).endswith(initials.upper()) and len(a.group(1)) > len(initials)


OWNED = re.compile(rf"\b(?:{alternation('geo_place_cues', 'owned')})\s+(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?(?:\s+(?:{alternation('geo_unit_words', 'owned')}))?"
                   rf"['’]s\s+(?:(?:{alternation('geo_directions', 'owned')})\s+)?$")


# what may stand between a place and the country it is said to lie in: "Boni, a village in central Mali"
APPOSITION = re.compile(rf"(?:[\s,]+(?:{alternation('geo_apposition_words', 'apposition')}))+\s*", re.I)


DIRECTIONAL = re.compile(rf"^(?:{alternation('geo_directions', 'directional')}|[- ])+$", re.I)


BEFORE_PAREN = re.compile(r"(?:^|[^\w'’-])([A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,3})"
                          rf"(?:\s+(?:{alternation('geo_unit_words', 'before_paren')}))?\s*$")


def venue_after(after: str) -> bool:
    """Does the text after a name make it a school's or a street's ("Salem high schools", "Nakuru Road")?"""
    return bool(INSTITUTION_AFTER.match(after))
