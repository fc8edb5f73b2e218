"""Code an event's actors the way ACLED names them: actor1/actor2, associated actors, inter codes
and the interaction (codebook §1.3-1.4).

An actor is mostly decided by the event type plus a handful of cue words, so the coder is regexes over
term files (data/lexicon/*.tsv, data/actors_*.tsv, force_terms.tsv, state_forces.csv, country_aliases.csv).
The modules import downward only:

    inter       ACLED's inter codes and the Actors record
    states      state forces by country and date, nationality words, capitals, force nouns
    cues        what the words around a mention say: reporter, target, ally, agent
    civilians   identity labels, victims' and crowds' nationality
    groups      named, acronym, unidentified, gang and identity-militia groups
    candidates  the armed actors of a passage in order of mention
    organisers  associated actors of a demonstration: organisers, identities, officials, diasporas
    scene       cues about the scene that decide between rules (clashes, arrests, intercepts)
    coding      the rules per event type, and code_actors
"""
from __future__ import annotations

from .coding import code_actors, is_claim
from .groups import ACR_RX, GANG_COUNTRIES, UAG_RX
from .inter import CODE, INTER, Actors, interaction
from .organisers import organisers
from .scene import PROTEST_RX, RIOT_CLASH_RX, VIGILANTE_RX
from .civilians import DISPLACEMENT_RX
from .states import (CAPITALS, DEFAULT_ATTACKER, DEMONYMS, FORCE_NOUN, MILITARY, POLICE, THE_COUNTRIES, WAR_START,
                     state_forces)

__all__ = ["ACR_RX", "CAPITALS", "CODE", "DEFAULT_ATTACKER", "DEMONYMS", "DISPLACEMENT_RX", "FORCE_NOUN", "GANG_COUNTRIES",
           "INTER", "MILITARY", "POLICE", "PROTEST_RX", "RIOT_CLASH_RX", "THE_COUNTRIES", "UAG_RX", "VIGILANTE_RX",
           "WAR_START", "Actors", "code_actors", "interaction", "is_claim", "organisers", "state_forces"]
