"""ACLED's notes as an input: the annotations ACLED writes into its own event descriptions, read only for
sources declared as ACLED notes (`eventdesk run --notes acled`).

ACLED's coders leave marks in their notes that no news story carries: where the event was coded ("coded
to Ashford", "(coded to district level)"), that a place belongs to another event ("[coded separately]"),
and a fatality figure they settled on ("fatalities coded as 3"). They are the coder's answer written into
the text, so reading them is a feature of this input, never of the news coder: without the switch none
of them is read. The place readers need the hierarchy resolution of geo.places, which runs them only
when asked with acled_notes=True; the rest live here.
"""
from __future__ import annotations

import re

from .extraction.quantities import NUMBER, count_text, parse_number
from .text.lexicon import alternation
from .geo.places import Location, coded_elsewhere as _place_coded_elsewhere, coded_location as _place_coded_location

KINDS = ("acled",)  # values of --notes; None = news, nothing read

_FATALITIES_CODED = re.compile(rf"\b(?:{alternation('acled_notes', 'death_noun')})\b[^.]{{0,60}}?\b(?:{alternation('acled_notes', 'coded')})\s+(?:as|at)\s+"
                               rf"(?P<n>{NUMBER})\b", re.IGNORECASE)


def check(kind: str | None) -> str | None:
    """The declared kind of notes, or a clear error for one eventdesk does not read."""
    if kind not in (None, *KINDS):
        raise ValueError(f"unknown notes kind {kind!r}: eventdesk reads {', '.join(KINDS)}")
    return kind


def fatalities_coded(text: str) -> int | None:
    """The figure a note says fatalities were coded as ("Fatalities coded as 3", "deaths estimated at 10")."""
    m = _FATALITIES_CODED.search(count_text(text)) if text else None
    return parse_number(m.group("n")) if m else None


def coded_elsewhere(text: str) -> bool:
    """Does the note mark a place as another event's ("[coded separately]")?"""
    return _place_coded_elsewhere(text)


def coded_location(text: str, gazetteer, *, country_hint=None) -> Location | None:
    """Where the note says its event was coded, read in the hierarchy written with the name."""
    return _place_coded_location(text, gazetteer, country_hint=country_hint)
