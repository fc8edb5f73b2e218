"""Cues of strategic developments: arrests, looting, disrupted weapons, bases, agreements, other (§1.2)."""
from __future__ import annotations

from ...text import prefilter
from ...text.lexicon import alternation
from .base import rx_any
from .cue_table import cue_patterns


# The cues declared in cue_table.CUES["strategic"]: ARREST, LOOT, DISRUPT, CHANGE, HQ, AGREE, CONFLICT_AGREEMENT, OTHER, ROBBERY,
# CONSCRIPTION.
globals().update(cue_patterns("strategic"))

CONFLICT_SIDES = rx_any(r"\b(?:" + alternation("classify_conflict_sides") + r")\b")


BROKEN_DEAL = rx_any(r"\b(?:" + alternation("classify_broken_deal") + r")\b")


# Last, once every pattern above is built: the large ones skip texts that lack all their needed words.
prefilter.prefilter_patterns(globals())
