"""ACLED note prefixes ("Property destruction: On 7 February ..."): a label naming the activity decides it."""
from __future__ import annotations

import re
from ...text import prefilter
from ...text.lexicon import terms
from .base import Label, SUB_EVENT_TYPES


# --- ACLED note prefixes ("Property destruction: On 7 February ...") -------------------------
# ACLED coders open many Strategic-developments notes with a label naming the activity.
_PREFIXES: dict[str, str] = {t.pattern: t.kind for t in terms("classify_note_prefix")}

_PREFIX_RX = re.compile(r"^\s*([A-Z][A-Za-z /-]{2,40}):\s")


def prefix_label(text: str) -> Label | None:
    m = _PREFIX_RX.match(text)
    if not m:
        return None
    sub = _PREFIXES.get(m.group(1).strip().lower())
    if sub is None:
        return None
    return Label(SUB_EVENT_TYPES[sub], sub, 0.95, m.group(1), m.start(1), m.end(1))



# Last, once every pattern above is built: the large ones skip texts that lack all their needed words.
prefilter.prefilter_patterns(globals())
