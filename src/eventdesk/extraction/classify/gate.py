"""The cheap sentence gate `is_event_sentence`, run on every sentence of an article."""
from __future__ import annotations

from ...text import prefilter
from ...text.lexicon import alternation
from .base import lexicon_groups, rx_any, words
from .scope import NON_EVENT
from .filters import find_cues
from .assertion import INCIDENT_VERB, OPENS_ON_DAY, PRESENT_REPORT, reports_incident
from .context import classify


# --- sentence gate -------------------------------------------------------------------------------
# A sentence reports an event when an event cue is used predicatively (something happened), not as a
# noun in background ("the marches were the newest of many", "detention of peaceful protesters").
_EVENT_PREDICATE = rx_any(*lexicon_groups("classify_event_predicate"))

# Background frames: "The marches were the newest of many ...", "Such attacks are common ..."
_BF = "classify_background_frame"
_BACKGROUND_FRAME = rx_any(rf"^\W*{words(_BF, 'determiner')} (?:\w+ ){{0,2}}{words(_BF, 'event_noun')}\s+{words('classify_function_words', 'aux_frame')} "
                           rf"{words(_BF, 'term')}\b")

_STRONG_EVENT = rx_any(*lexicon_groups("classify_strong_event"))


# One cheap union of trigger stems, so that most sentences of a long article are dismissed with a
# single regex search before the full rule set runs.
_ANY_TRIGGER = rx_any(*lexicon_groups("classify_any_trigger"))


def is_event_sentence(sentence: str) -> bool:
    """Cheap gate: does this sentence report a concrete, occurred event of an ACLED type?"""
    s = sentence.strip()
    if len(s) < 15 or not prefilter.matches(_ANY_TRIGGER, s):
        return False
    # reports_incident below needs an incident verb or an opening day: asked first, they spare most sentences
    # the rest (the verb's search is remembered, so it is asked first below too)
    present = PRESENT_REPORT.match(s)  # a note's or headline's present tense ("Students protest over fees")
    if not (INCIDENT_VERB.search(s) or OPENS_ON_DAY.search(s) or present):
        return False
    if not (INCIDENT_VERB.search(s) or _EVENT_PREDICATE.search(s) or present) or _BACKGROUND_FRAME.search(s):
        return False
    if not reports_incident(s):
        return False
    label = classify(s)
    if label is None:
        return False
    non_event = NON_EVENT.search(s)
    if non_event:
        # an election/speech/background sentence counts only when a protest verb is its predicate
        if not find_cues(_STRONG_EVENT, s):
            return False
    return True



# Last, once every pattern above is built: the large ones skip texts that lack all their needed words.
prefilter.prefilter_patterns(globals())
