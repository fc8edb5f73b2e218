"""Cues of demonstrations and of what protesters do or have done to them (codebook §1.3), and of mobs."""
from __future__ import annotations

import re
from ...text import prefilter
from ...text.lexicon import alternation
from .base import lexicon_groups, rx_any


# --- cue lexicons ------------------------------------------------------------------------------
# Demonstration context: the incident is a demonstration (nouns or verbs of collective protest).
DEMO = rx_any(*lexicon_groups("classify_demonstration"))

# Throwing eggs, shoes or paint is a protester's disruptive but non-violent act (codebook §1.3: shoe-throwing
# stays a Protests event); a union's call names a demonstration whoever answers it, prison guards included.
DEMO_ACTS = rx_any(*lexicon_groups("classify_demonstration_acts"))

# lower-case "march" only: capitalised "March" is nearly always the month
DEMO_MARCH = re.compile(alternation("classify_demonstration_march"))

# Protester violence: makes a demonstration a Violent demonstration (riot).
RIOT = rx_any(*lexicon_groups("classify_riot"))

# Road-blocking by a crowd, which the codebook puts under Violent demonstration even without the word "protest".
ROADBLOCK = rx_any(*lexicon_groups("classify_roadblock"))


LYNCH = rx_any(*lexicon_groups("classify_lynching"))


# Things done TO protesters short of lethal force.
INTERVENE = rx_any(*lexicon_groups("classify_intervention"))

# Lethal or serious-injury force against protesters.
EXCESSIVE = rx_any(*lexicon_groups("classify_excessive_force"))

# Mob violence (no demonstration context).
MOB = rx_any(*lexicon_groups("classify_mob"))


# Rioters against the police are a violent demonstration (codebook §1.3: clashes with government forces),
# and so is a crowd of protesters or activists that riots. Rioters meeting troops on a raid are left to Mob violence.
RIOT_AT_STATE = rx_any(*lexicon_groups("classify_riot_at_state"))


PURPOSE = r"to (?:demand|protest|denounce|condemn|press|oppose|express|call|reject|show|support|voice|pay tribute|honou?r|commemorate|mark|raise awareness|celebrate|defend|promote|advocate|mourn|remember|repudiate|claim|urge|highlight|draw attention|object|complain|decry|criticize|criticise)|demanding|denouncing|calling (?:for|against|on)|in protest|in support of|in solidarity|in favou?r of"

# Demonstration cues that armed actors can also be the subject of ("troops marched", "militants
# carried out an attack against"): counted only when no armed actor precedes them in the sentence.
# Any character up to the sentence's end; abbreviations ("St.", "U.S.") do not end it.
_SAME_SENTENCE = r"(?:[^.;]|(?<=\b[A-Z])\.|(?<=\b(?:St|Mt|Dr|Jr|Sr|No|Ft))\.)"

DEMO_GUARDED = rx_any(
    r"\bmarche(?:d|s|rs)\b|\bmarching\b",
    r"\b(?:gathered|assembled|converged|congregated|camped|sat|stood|lined|drove|walked|rode|slowed|paraded)\b" + _SAME_SENTENCE + r"{0,120}\b(?:" + PURPOSE + r"|against|to (?:ask|request|plead|appeal|seek|petition))\b",
    r"\b(?:blocked|held|organi[sz]ed|staged|cut|closed|shut|took over|interrupted|disrupted|carried out|occupied|set up|pitched|erected)\b" + _SAME_SENTENCE + r"{0,120}\b(?:" + PURPOSE + r")\b",
    r"\bat the call of\b",
    r"\boccupation of\b",
    # a sit-in by occupation; guarded like the rest, so militants occupying a school are no protesters
    r"\boccup(?:ied|ying|y)\s+(?!by\b)(?:[\w'’-]+\s+){0,4}?(?:buildings?|offices?|headquarters|ministry|universit(?:y|ies)|campus|faculty|lecture halls?|town hall|city hall|premises|lobby|(?:shopping )?(?:cent(?:er|re)|mall)|department store|factory|plant)\b",
)

BLOCKADE = rx_any(r"\bblock(?:ed|ing|aded|ading) [^.;]{0,40}?\b(?:" + alternation("classify_blockade") + r")\b")


STRIKE_WORD = re.compile(alternation("classify_strike_word", "term"), re.I)

GATHERING = re.compile(r"\b(?:" + alternation("classify_gathering") + r")\b", re.I)

STOPPAGE = re.compile(r"\b(?:" + alternation("classify_stoppage") + r")\b", re.I)


# Legislators' protest inside their chamber (codebook §1.2: legislative protests are not coded)
LEGISLATIVE = re.compile(alternation("classify_legislative"))


# Said of the crowd itself, also in a relative clause ("cadres, who were demonstrating violently").
# Burning tyres is the crowd's act even when told as the reason police stepped in.
VIOLENTLY = rx_any(*lexicon_groups("classify_violently"))



# Last, once every pattern above is built: the large ones skip texts that lack all their needed words.
prefilter.prefilter_patterns(globals())
