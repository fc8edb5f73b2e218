"""Out-of-scope signals: disasters and accidents, ordinary crime, diplomacy, background sentences, attribution."""
from __future__ import annotations

import re
from ...text import prefilter
from ...text.lexicon import alternation
from .base import rx_any
from .cue_table import cue_patterns
from .vocab import NONSTATE


# The cues declared in cue_table.CUES["scope"]: DISASTER, CRIME_ONLY, DIPLOMACY, DISASTER_STRONG, NON_EVENT.
globals().update(cue_patterns("scope"))

ATTRIBUTION = re.compile(alternation("classify_attribution"), re.I)

POLITICAL_VIOLENCE = rx_any(r"\b(?:" + NONSTATE + r")\b|" + alternation("classify_political_violence"))


# Last, once every pattern above is built: the large ones skip texts that lack all their needed words.
prefilter.prefilter_patterns(globals())
