"""Actor vocabularies: state forces, non-state armed groups, civilian victims, unarmed crowds, arms words."""
from __future__ import annotations

import re
from ...text import prefilter
from ...text.lexicon import alternation, force_terms
from .base import lexicon_groups, rx_any


# --- actor vocabularies --------------------------------------------------------------------------
_STATE = force_terms("classify")  # data/force_terms.tsv

NONSTATE = alternation("classify_nonstate", "generic", "named")

ARMED = _STATE + "|" + NONSTATE + "|" + alternation("classify_nonstate", "forces")

ARMED_RX = rx_any(r"\b(?:" + ARMED + r")\b")

NONSTATE_RX = rx_any(r"\b(?:" + NONSTATE + r")\b")

STATE_RX = rx_any(r"\b(?:" + _STATE + r")\b")

_CIVIL_VICTIM = alternation("classify_civilian_victim")


GUNS = rx_any(r"\b(?:" + NONSTATE + r")\b|\b(?:" + alternation("classify_guns") + r")\b")  # "set fire to a bus" is no weapon


# Violence between armed criminal groups is coded as armed clash, not violence against civilians.
GANG_VICTIM = rx_any(*lexicon_groups("classify_gang_victim"))

TAKEN_THINGS = rx_any(r"\b(?:" + alternation("classify_taken_things", "term") + r")\b")

POLITICAL_ACTOR = rx_any(r"\b(?:" + NONSTATE + r")\b|\b(?:" + alternation("classify_political_actor", "term") + r")\b")

ARMS_WORDS = rx_any(r"\b(?:" + NONSTATE + r")\b|\b(?:" + alternation("classify_arms_words") + r")\b")


CIVIL_RX = rx_any(r"\b(?:" + _CIVIL_VICTIM + r")\b")

ARMED_VICTIM_RX = rx_any(r"\b(?:" + alternation("classify_armed_victim") + r")\b")

ARMED_VICTIM_RX = rx_any(ARMED_VICTIM_RX.pattern + r"|\b(?:" + NONSTATE + r")(?: (?-i:[A-Z]\w+))? (?:members?|fighters?|commanders?|militants?|elements?|cells?|positions?|camps?|hideouts?|bases?)\b"
    # "four members of al Shabaab": the organisation after "of" names an armed group
    r"|\b(?:members?|cells?|elements?|units?) of (?:the |a |an )?(?:suspected |alleged )?(?:" + NONSTATE + r")\b"
    # "seventy al Shabaab were killed": a named armed group counted by heads means its fighters ("one Houthi
    # explosives expert" is a role, not a fighter counted)
    r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|several|dozens of|scores of|many|some) (?:suspected |alleged )?(?:" + NONSTATE + r")\b"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:were|was|are|is|have|had|killed|dead|died|wounded|injured|captured|and|in|on|at|near|during|after|while|who|members?|fighters?|militants?|elements?)\b)"
    # customs posts and officers are armed state agents at borders and checkpoints
    r"|\bcustoms (?:posts?|stations?|checkpoints?|officers?|agents?|personnel|guards?)\b|\b(?:IED|bomb|mine|explosives?)[- ](?:planters?|emplacers?|makers?)\b"
    # what armed forces man and move in (a post, a patrol boat, a police sergeant), and "positions", which
    # in conflict reporting are always military ones
    r"|\b(?:military|army|police|security|naval|navy|border|federal police|peacekeep\w+|UN|brigade|battalion|regiment|division) (?:[\w-]+ ){0,2}(?:vehicles?|bus(?:es)?|boats?|ships?|helicopters?|aircraft|jets?|planes?|check ?posts?|checkpoints?|stations?|headquarters|targets?|positions?|patrols?|convoys?|units?|posts?|bases?|camps?|sergeants?|inspectors?|constables?|chiefs?|officers?|officials?|agents?|personnel|members?|informants?|trucks?)\b"
    r"|\bpositions\b|(?-i:\b(?:MINUSMA|MONUSCO|MINUSCA|UNMISS|UNIFIL|UNAMID|UNISFA|AMISOM|ATMIS|KFOR|EUFOR|Barkhane|Takuba|EACRF|SAMIDRC)\b)|\b(?:leaders?|bosses|boss|heads?|members?) of (?:a |the |an )?(?:\w+ ){0,2}(?:gang|cartel|criminal (?:group|organi[sz]ation))\b|\bthe (?:military|army)\b(?!-|\s+(?:general|officers?|chiefs?|commanders?|spokes\w+|court|government|leaders?|rulers?|officials?|council|regime|junta|informants?))|\bpeacekeep\w+|\bborder guards?\b|\barmed (?:suspects?|individuals?|m[ae]n|assailants?|robbers?|attackers?)\b"
    r"|\b(?:regime|army|militia|gang|cartel|rebel|armed group|division|brigade|battalion|regiment|forces?|front) (?:members?|personnel|elements?|recruits?)\b"
    r"|\bmembers? of (?:the |a |an )?(?:[\w'’-]+ ){0,4}(?:army|forces?|militia|police|military|armed group|gang|cartel|brigade|division|battalion|regiment|front|faction|dissidents?|guerrillas?)\b")

UNARMED_GROUP_RX = rx_any(r"\b(?:" + alternation("classify_unarmed_group", "term") + r")\b")


CROWD_NOUN = re.compile(r"(?:" + alternation("classify_unarmed_group", "mob_opener") + r")\b", re.I)



# Last, once every pattern above is built: the large ones skip texts that lack all their needed words.
prefilter.prefilter_patterns(globals())
