"""Civilians and identities: identity and ethnic labels (actors_identity.tsv, actors_ethnic.tsv), victims'
labels, and whose civilians or protesters they are by nationality (lexicon/actors_people, _victim_cues)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...text import prefilter
from ...text.lexicon import alternation, read_tsv as _tsv
from .words import words, word_rx, listed
from .states import DEMONYMS
from .cues import VICTIM_AFTER


@lru_cache(maxsize=1)
def identities() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((label, prefilter.filtered(re.compile(rf"\b(?:{pat})\b", re.I))) for label, pat in _tsv("actors_identity.tsv"))


@lru_cache(maxsize=1)
def ethnic_groups() -> tuple[tuple[str, frozenset[str], re.Pattern], ...]:
    return tuple((label, frozenset(where.split(";")), prefilter.filtered(re.compile(rf"\b(?:{pat})\b", re.I)))
                 for label, where, pat in _tsv("actors_ethnic.tsv"))


CIVILIAN_PEOPLE_RX = word_rx('actors_people', 'civilian')


DISPLACEMENT_RX = word_rx('actors_people', 'displaced')


def victim_labels(text: str, country: str) -> list[str]:
    """Identity labels that describe victims (for assoc_actor_2 of Civilians)."""
    keep = ("Women", "Journalists", "Students", "Teachers", "Farmers", "Health Workers", "Lawyers",
            "Refugees/IDPs", "Labour Group", "Muslim Group", "Christian Group", "Hindu Group", "Sikh Group", "Prisoners")
    return [f"{label} ({country})" for label, rx in identities() if label in keep and rx.search(text)]


_PEOPLE = alternation("actors_people", "crowd")


EXTRA_PEOPLE = {"Burmese": "Myanmar", "Rohingya": "Myanmar", "Tibetan": "China", "Uyghur": "China", "Uighur": "China",
                 "Tigrayan": "Ethiopia", "Oromo": "Ethiopia", "Hong Kong": "China"}


_NATIONALITY_RX = re.compile(
    r"(?<!with )(?<!for )(?<!to )(?<!against )(?<![Pp]ro-)(?<![Aa]nti-)\b(" +
    "|".join(sorted((re.escape(d) for d in list(DEMONYMS) + list(EXTRA_PEOPLE) if d not in ("US", "U.S.", "Saudi-led")),
                    key=len, reverse=True)) +
    r")(?:s\b|\s+(?:\w+\s+)?(?:" + _PEOPLE + r")\b)")


_MIXED_CROWD_RX = re.compile(r"(?i)\s*(?:,[^,.]{0,60},)?\s*(?:and|as well as)\s+(?:their\s+|other\s+|local\s+)?"
                             rf"{words('actors_people', 'mixed')}\b")


# "with Ukrainians", "members of ...", but "a group of Ukrainians" is the crowd
_NOT_CROWD_BEFORE_RX = re.compile(rf"(?i)(?:{alternation('actors_crowd_cues', 'not_crowd_before')}|"
                                  + "".join(f"(?<!{w} )" for w in listed('actors_crowd_cues', 'group_of'))
                                  + r"of)\W*(?:the\s+|\w+\s+)?$")


def protester_country(text: str, country: str) -> str:
    """Whose protesters: ACLED names foreign nationals protesting abroad by their own country."""
    m = _NATIONALITY_RX.search(text[:250])
    # only when they are the crowd itself, not "including Ukrainians" or "in solidarity with Ukrainians"
    # "a group of Israeli settlers" are the crowd; "the killing of Palestinians" are not
    if m and not _NOT_CROWD_BEFORE_RX.search(text[max(0, m.start() - 40):m.start()]):
        other = DEMONYMS.get(m.group(1)) or EXTRA_PEOPLE.get(m.group(1))
        # "Ukrainians and their supporters gathered": a mixed crowd is the host country's
        mixed = _MIXED_CROWD_RX.match(text[m.end():m.end() + 90])
        if other and other != country and not mixed:
            return other
    return country


# Civilians are named by their own nationality (codebook §1.4 generic actors: 'Civilians (Country)'): a
# Burundian refugee killed in Tanzania is 'Civilians (Burundi)'; migrants of several or unstated nationalities
# are 'Civilians (International)'.
_VICTIM_NOUN = f"{words('actors_people', 'victim')}"


_DEMONYM_ALT = "|".join(sorted((re.escape(d) for d in DEMONYMS if d not in ("US", "U.S.", "Saudi-led")), key=len, reverse=True))


_VICTIM_DEMONYM_RX = re.compile(rf"(?<![\w-])({_DEMONYM_ALT})(?:['’]s?)?\s+(?:[a-z][\w-]*\s+){{0,2}}?{_VICTIM_NOUN}\b")


_COUNTRY_ALT = "|".join(sorted((re.escape(c) for c in set(DEMONYMS.values())), key=len, reverse=True))


_FROM_COUNTRIES_RX = re.compile(
    rf"\b{_VICTIM_NOUN}\s+(?:\w+\s+){{0,3}}?(?:from|of)\s+(?:{words('actors_people', 'many')}\s+"
    rf"(?P<many>{alternation('actors_people', 'origins')})|(?:the\s+)?(?P<list>(?:{_COUNTRY_ALT})(?:(?:,\s*|\s+and\s+)(?:the\s+)?(?:{_COUNTRY_ALT}))*)\b(?![-’']))")


_MIGRANTS_RX = re.compile(rf"(?i)\b(?:{words('actors_people', 'migrant_status')}\s+)?"
                          rf"{words('actors_people', 'migrant')}\b")


# a noun is the victim when an act falls on it ("killed a Senegalese vendor", "detained 40 migrants") or it suffers one
_VICTIM_CUE_BEFORE = re.compile(rf"(?i)\b{words('actors_victim_cues', 'act')}\s+(?:"
                                rf"{words('actors_victim_cues', 'count')}\s+){{0,4}}$")


def civilians_of(text: str, country: str) -> str:
    """Whose civilians were hit: their nationality, else the event's country."""
    for m in _FROM_COUNTRIES_RX.finditer(text):
        if m.group("many"):
            return "International"
        found = list(dict.fromkeys(re.findall(_COUNTRY_ALT, m.group("list"))))
        if len(found) >= 3:
            return "International"
        if found and found[0] != country:
            return found[0]
    for m in _VICTIM_DEMONYM_RX.finditer(text):
        other = DEMONYMS[m.group(1)]
        if other == country:
            continue
        if _VICTIM_CUE_BEFORE.search(text[max(0, m.start() - 60):m.start()]) or VICTIM_AFTER.match(text[m.end():m.end() + 80]):
            return other
    m = _MIGRANTS_RX.search(text)
    if m and _VICTIM_CUE_BEFORE.search(text[max(0, m.start() - 60):m.start()]) and not _VICTIM_DEMONYM_RX.search(text):
        return "International"
    return country
