"""Out-of-scope signals: disasters and accidents, ordinary crime, diplomacy, background sentences, attribution."""
from __future__ import annotations

import re
from ...text import prefilter
from ...text.lexicon import alternation
from .base import lexicon_groups, rx_any
from .vocab import NONSTATE


ATTRIBUTION = re.compile(alternation("classify_attribution"), re.I)

DISASTER = rx_any(*lexicon_groups("classify_disaster", "near1", "near2", "near3"))

CRIME_ONLY = rx_any(*lexicon_groups("classify_crime"))

DIPLOMACY = rx_any(*lexicon_groups("classify_diplomacy"))


DISASTER_STRONG = rx_any(*lexicon_groups("classify_disaster", *(f"strong{i}" for i in range(1, 6))))

POLITICAL_VIOLENCE = rx_any(
    r"\b(?:" + NONSTATE + r")\b|\bprotest\w*|\bdemonstrat\w*|\bsoldiers\b|\btroops\b|\battack(?:ed|s|ers?)?\b|\bair ?strikes?\b|\bshell(?:ed|ing)\b|\bbomb(?:ing|er|ers)\b|\bsuicide\b|\bgunfire\b|\bshot\b|\bmob\b|\briot\w*|\bclash\w*|\bkidnap\w*|\babduct\w*|\bIEDs?\b|\bmissiles?\b|\brockets?\b|\bterror\w*"
    r"|\bdrones?\b|\bUAVs?\b|\bShaheds?\b|\bwarplanes?\b|\bfighter jets?\b|\bartillery\b|\bmortars?\b|\bgrenades?\b|\blandmines?\b|\bairstrikes?\b",
)


NON_EVENT = rx_any(*lexicon_groups("classify_non_event"))



# Last, once every pattern above is built: the large ones skip texts that lack all their needed words.
prefilter.prefilter_patterns(globals())
