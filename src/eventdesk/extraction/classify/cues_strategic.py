"""Cues of strategic developments: arrests, looting, disrupted weapons, bases, agreements, other (§1.2)."""
from __future__ import annotations

from ...text import prefilter
from ...text.lexicon import alternation
from .base import lexicon_groups, rx_any


# Strategic developments.
ARREST = rx_any(*lexicon_groups("classify_arrest"))

LOOT = rx_any(*lexicon_groups("classify_looting"))

DISRUPT = rx_any(*lexicon_groups("classify_disrupted_weapons"))

CHANGE = rx_any(*lexicon_groups("classify_group_change"))

HQ = rx_any(*lexicon_groups("classify_base_established"))

AGREE = rx_any(*lexicon_groups("classify_agreement"))

# ACLED's agreements are between sides of a conflict: a generic "agreement" or "agreed" needs one in its sentence
# (a lease "agreement" in business news is none).
CONFLICT_AGREEMENT = rx_any(*lexicon_groups("classify_conflict_agreement"))

CONFLICT_SIDES = rx_any(r"\b(?:" + alternation("classify_conflict_sides") + r")\b")


BROKEN_DEAL = rx_any(r"\b(?:" + alternation("classify_broken_deal") + r")\b")


OTHER = rx_any(*lexicon_groups("classify_other_development"))


# criminals named as such; "unidentified gunmen robbed a radio station" is ACLED's looting
ROBBERY = rx_any(*lexicon_groups("classify_robbery"))


CONSCRIPTION = rx_any(*lexicon_groups("classify_conscription"))



# Last, once every pattern above is built: the large ones skip texts that lack all their needed words.
prefilter.prefilter_patterns(globals())
