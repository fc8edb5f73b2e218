"""Actor vocabularies: state forces, non-state armed groups, civilian victims, unarmed crowds, arms words."""
from __future__ import annotations

import re
from ...text import prefilter
from ...text.lexicon import alternation, force_terms
from .base import lexicon_groups, rx_any, words


# --- actor vocabularies --------------------------------------------------------------------------
_STATE = force_terms("classify")  # data/force_terms.tsv

NONSTATE = alternation("classify_nonstate", "generic", "named")

ARMED = _STATE + "|" + NONSTATE + "|" + alternation("classify_nonstate", "forces")

ARMED_RX = rx_any(r"\b(?:" + ARMED + r")\b")

NONSTATE_RX = rx_any(r"\b(?:" + NONSTATE + r")\b")

STATE_RX = rx_any(r"\b(?:" + _STATE + r")\b")

_CIVIL_VICTIM = alternation("classify_civilian_victim")


GUNS = rx_any(r"\b(?:" + NONSTATE + r")\b|\b(?:" + alternation("classify_arms_words", "gun") + r")\b")  # "set fire to a bus" is no weapon


# Violence between armed criminal groups is coded as armed clash, not violence against civilians.
GANG_VICTIM = rx_any(*lexicon_groups("classify_gang_victim"))

TAKEN_THINGS = rx_any(r"\b(?:" + alternation("classify_taken_things", "term") + r")\b")

POLITICAL_ACTOR = rx_any(r"\b(?:" + NONSTATE + r")\b|\b(?:" + alternation("classify_political_actor", "term") + r")\b")

ARMS_WORDS = rx_any(r"\b(?:" + NONSTATE + r")\b|\b(?:" + alternation("classify_arms_words", "term") + r")\b")


CIVIL_RX = rx_any(r"\b(?:" + _CIVIL_VICTIM + r")\b")

ARMED_VICTIM_RX = rx_any(r"\b(?:" + alternation("classify_armed_victim", "term") + r")\b")

_AV = "classify_armed_victim"
ARMED_VICTIM_RX = rx_any(
    ARMED_VICTIM_RX.pattern + rf"|\b(?:{NONSTATE})(?: (?-i:[A-Z]\w+))? {words(_AV, 'group_part')}\b"
    # "two members of the rebel movement": the organisation after "of" names an armed group
    rf"|\b{words(_AV, 'member_of')} of (?:the |a |an )?(?:suspected |alleged )?(?:{NONSTATE})\b"
    # "seventy al Shabaab were killed": a named armed group counted by heads means its fighters ("one Houthi
    # explosives expert" is a role, not a fighter counted)
    rf"|\b{words('classify_counts', 'armed')} (?:suspected |alleged )?(?:{NONSTATE})\b"
    rf"(?=\s*(?:[,.;:)]|$)|\s+{words(_AV, 'after_count')}\b)"
    # customs posts and officers, device makers, what armed forces man and move in (a post, a patrol boat, a police
    # sergeant), "positions" (in conflict reporting always military ones), missions, gang leaders, members of a force
    "|" + alternation(_AV, "more"))

UNARMED_GROUP_RX = rx_any(r"\b(?:" + alternation("classify_unarmed_group", "term") + r")\b")


CROWD_NOUN = re.compile(r"(?:" + alternation("classify_unarmed_group", "mob_opener") + r")\b", re.I)



# Last, once every pattern above is built: the large ones skip texts that lack all their needed words.
prefilter.prefilter_patterns(globals())
