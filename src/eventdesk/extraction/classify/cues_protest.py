"""Cues of demonstrations and of what protesters do or have done to them (codebook §1.3), and of mobs."""
from __future__ import annotations

import re
from ...text import prefilter
from ...text.lexicon import alternation
from .base import rx_any, words
from .cue_table import cue_patterns


# The cues declared in cue_table.CUES["protest"]: DEMO, DEMO_ACTS, RIOT, ROADBLOCK, LYNCH, INTERVENE, EXCESSIVE, MOB,
# RIOT_AT_STATE, VIOLENTLY.
globals().update(cue_patterns("protest"))

# lower-case "march" only: capitalised "March" is nearly always the month
DEMO_MARCH = re.compile(alternation("classify_demonstration_march"))

_P, _G = "classify_purpose", "classify_demo_guarded"
PURPOSE = f"to {words(_P, 'verb')}|{alternation(_P, 'phrase')}"

# Demonstration cues that armed actors can also be the subject of ("troops marched", "militants
# carried out an attack against"): counted only when no armed actor precedes them in the sentence.
# Any character up to the sentence's end; abbreviations ("St.", "U.S.") do not end it.
_SAME_SENTENCE = r"(?:[^.;]|(?<=\b[A-Z])\.|(?<=\b(?:St|Mt|Dr|Jr|Sr|No|Ft))\.)"

DEMO_GUARDED = rx_any(
    r"\bmarche(?:d|s|rs)\b|\bmarching\b",
    rf"\b{words(_G, 'gathered')}\b" + _SAME_SENTENCE + r"{0,120}\b(?:" + PURPOSE + rf"|against|to {words(_P, 'ask')})\b",
    rf"\b{words(_G, 'blocked')}\b" + _SAME_SENTENCE + r"{0,120}\b(?:" + PURPOSE + r")\b",
    r"\bat the call of\b",
    r"\boccupation of\b",
    # a sit-in by occupation; guarded like the rest, so militants occupying a school are no protesters
    rf"\boccup(?:ied|ying|y)\s+(?!by\b)(?:[\w'’-]+\s+){{0,4}}?{words(_G, 'occupied')}\b",
)

BLOCKADE = rx_any(r"\bblock(?:ed|ing|aded|ading) [^.;]{0,40}?\b(?:" + alternation("classify_blockade") + r")\b")


STRIKE_WORD = re.compile(alternation("classify_strike_word", "term"), re.I)

GATHERING = re.compile(r"\b(?:" + alternation("classify_gathering") + r")\b", re.I)

STOPPAGE = re.compile(r"\b(?:" + alternation("classify_stoppage") + r")\b", re.I)


# Legislators' protest inside their chamber (codebook §1.2: legislative protests are not coded)
LEGISLATIVE = re.compile(alternation("classify_legislative"))


# Last, once every pattern above is built: the large ones skip texts that lack all their needed words.
prefilter.prefilter_patterns(globals())
