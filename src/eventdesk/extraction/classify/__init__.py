"""Rule-based ACLED event classifier: 6 event types, 25 sub-event types.

Cues are compiled regexes written from English usage and ACLED's codebook (decision rules in
reference/codebook.md §1.2, §1.9, §1.10); their words live in data/lexicon/*.tsv. The hierarchy decides
between families of cues, except for demonstrations, where what is done TO protesters (nothing / dispersal
or arrests / lethal force) and what protesters themselves do (stones, tyres, barricades) decides the
sub-type, and a riot needs a demonstration context to be a Violent demonstration rather than Mob violence.

Everything is regex so that the gate `is_event_sentence` can run on every sentence of an article. The patterns in
code keep only form (slots, glue, punctuation); their words come from data/lexicon/classify_*.tsv through
base.words / text.lexicon.alternation, one kind per slot, and the cues built straight from a term file are
declared in data/classify_cues.tsv (cue_table).
The package reads downward: base -> vocab, cue_table, cues_* and scope (patterns built from the term files) -> idiom,
filters (which matches count) -> sides, demo, explosion, clauses, assertion -> features_lead, features (what
the rules read of a passage) -> rules (the decision table) -> engine (applies it) -> context (the entry point
`classify`) -> gate (`is_event_sentence`).
"""
from __future__ import annotations

from ...text.prefilter import Prefiltered
from . import (assertion, base, clauses, context, cue_table, cues_protest, cues_strategic, cues_violence, demo, engine, explosion,
               filters, gate, idiom, prefixes, scope, sides, vocab)
from .base import DISORDER_TYPE, SUB_EVENT_TYPES, Label
from .context import classify
from .gate import is_event_sentence
from .assertion import reports_incident
from .idiom import game_play
from .sides import civilian_targeting

__all__ = ["DISORDER_TYPE", "SUB_EVENT_TYPES", "Label", "civilian_targeting", "classify", "game_play",
           "is_event_sentence", "reports_incident"]

# tests/test_prefilter.py checks every pre-filtered pattern of the coder against the raw pattern; it reads
# them from this namespace, as it did when the coder was one module.
for _mod in (base, prefixes, vocab, cues_protest, cues_violence, cues_strategic, scope, idiom, filters, sides, demo,
             explosion, clauses, assertion, engine, context, gate):
    globals().update({"_" + k.lstrip("_"): v for k, v in vars(_mod).items() if isinstance(v, Prefiltered)})
