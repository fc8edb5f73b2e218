"""Protest tactics and state responses from an event passage.

Closed vocabularies, regex lexicons read once from data/lexicon/tactics.tsv (hand-written English
cues). TACTICS is eventdesk's own list, close to PLOVER's PROTEST modes and CCC's `type`;
STATE_RESPONSES are the seven Mass Mobilization `stateresponse` values.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import schema as _schema
from ..text.lexicon import alternation, force_terms, terms
from ..text.prefilter import filtered

__all__ = ["TACTICS", "STATE_RESPONSES", "tactics", "state_response"]

# The vocabularies are declared once, with the events table (schemas/events.toml); the lexicon in
# data/lexicon/tactics.tsv only says how English expresses each value.
TACTICS: tuple[str, ...] = _schema.table("events").column("tactics").allowed
# Mass Mobilization spells it "accomodation" in its data; the schema keeps the dictionary spelling.
STATE_RESPONSES: tuple[str, ...] = _schema.table("events").column("state_response").allowed

# Violent responses count only when state forces act in the same sentence.
_STATE_ACTOR = re.compile(r"\b(?:" + force_terms("tactics") + r")\b", re.IGNORECASE)  # data/force_terms.tsv
_PROTESTERS = re.compile(rf"\b(?:{alternation('tactics', 'protesters')})\b", re.IGNORECASE)
_NEGATED = re.compile(rf"\b(?:{alternation('tactics', 'negation')})\s+(?:\w+\s+){{0,2}}$", re.IGNORECASE)
_GUNFIRE = re.compile(alternation("tactics", "gunfire"), re.IGNORECASE)
# "a protest", "demonstrated": the event itself, a rally only where no other form (march, sit-in, strike) is named
_GENERIC = re.compile(alternation("tactics", "generic"), re.IGNORECASE)
_OWN_CUES = ("protesters", "gunfire", "negation", "generic")
# What goes with a protest rather than being its form (PLOVER's modes are forms): slogans, symbols, a petition
# handed in or a press conference leave the form, a rally by default, to be said.
_ACCOMPANIMENTS = frozenset({"sloganeering", "symbolic action", "press conference", "online action", "petition"})
assert _ACCOMPANIMENTS <= set(TACTICS), "tactics.py: accompaniments must be values of events.tactics"
_SENT = re.compile(r"(?<=[.!?])\s+")
# Words inside quotation marks are a slogan or a statement ("we are marching across the world"), not the reporter's
# account of what the crowd did.
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, list[tuple[str, re.Pattern]]]:
    """tactics.tsv's terms by vocabulary: each kind is a value of the schema's tactics or state_response."""
    out: dict[str, list[tuple[str, re.Pattern]]] = {"tactic": [], "response": []}
    for t in terms("tactics"):
        if t.kind in _OWN_CUES:
            continue
        label = t.kind.replace("_", " ")
        if label in TACTICS:
            out["tactic"].append((label, filtered(re.compile(t.pattern, re.IGNORECASE))))
        elif label in STATE_RESPONSES:
            out["response"].append((label, filtered(re.compile(t.pattern, re.IGNORECASE))))
        else:
            raise ValueError(f"{t.origin}: {label!r} is in neither the tactics nor the state_response vocabulary "
                             "of schemas/events.toml")
    return out


def _hits(rx: re.Pattern, text: str) -> list[re.Match]:
    return [m for m in rx.finditer(text) if not _NEGATED.search(text[max(0, m.start() - 30):m.start()])]


def tactics(text: str) -> list[str]:
    """Every tactic the passage names, in TACTICS order ("marched ... and ended with a rally" is march and
    rally); a protest that names no form of its own (only slogans or symbols, say) is a rally."""
    text = _QUOTED.sub(" ", text)
    found = set()
    for label, rx in _lexicon()["tactic"]:
        for m in _hits(rx, text):
            if label == "march" and re.match(r"March\b", m.group(0)) and m.start() > 0 \
                    and not re.search(r"[.!?]\s*$", text[max(0, m.start() - 3):m.start()]):
                # Capitalised mid-sentence "March" is the month or a name ("Women's March").
                continue
            found.add(label)
            break
    if not found - _ACCOMPANIMENTS and _hits(_GENERIC, text):
        found.add("rally")
    return [t for t in TACTICS if t in found]


def state_response(text: str) -> list[str]:
    """Mass Mobilization state responses reported in the passage, in STATE_RESPONSES order. `ignore` only
    where the text says the state let the protest be ("police looked on"); a text silent on the state
    gets no response at all."""
    found = set()
    sentences = _SENT.split(text)
    for label, rx in _lexicon()["response"]:
        for s in sentences:
            ms = _hits(rx, s)
            if not ms:
                continue
            if label in ("beatings", "shootings", "killings", "arrests") and not _STATE_ACTOR.search(s):
                continue
            if label == "killings" and not _PROTESTERS.search(s):
                continue
            found.add(label)
            break
    if "killings" in found:
        found.add("shootings") if _GUNFIRE.search(text) else None
    if found - {"ignore"}:
        found.discard("ignore")
    return [r for r in STATE_RESPONSES if r in found]
