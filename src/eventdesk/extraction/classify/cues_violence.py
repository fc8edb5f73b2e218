"""Cues of battles, territory changes, remote violence and violence against civilians (codebook §1.2)."""
from __future__ import annotations

import re
from ...text import prefilter
from ...text.lexicon import alternation
from .base import rx_any, words
from .cue_table import cue_patterns


# The cues declared in cue_table.CUES["violence"]: TAKE_TERRITORY, NONVIOLENT_TRANSFER, CLASH, CHEMICAL, AIR, SHELLING, IED,
# GRENADE, SEXUAL, ATTACK, ABDUCT, BOTH_SIDES, HARM_BODILY, HARM, WENT_OFF, EXCHANGE, RETURN_FIRE, REPELLED, GROUND_RAID.
globals().update(cue_patterns("violence"))

_S, _NW = "classify_suicide", "classify_no_word_on_fighting"

# Battles.
GOV_REGAIN = rx_any(r"\b(?:" + alternation("classify_regain") + r")\b")

# ACLED codes a change of hands with no word on fighting as non-violent (codebook §1.2); read only beside a capture.
NO_WORD_ON_FIGHTING = rx_any(rf"\b{words(_NW, 'unclear')} (?:any |there {words('classify_function_words', 'was_were')} (?:any )?)?{words(_NW, 'term')}\b")

# A lone "bomber" who strikes inside a building, walks in or blows up among people is a person carrying the
# bomb, not an aircraft: aircraft hit buildings from above and are "bombers" in the plural or by model.
_PERSON_BOMBER = rf"\b(?:the|a|an) (?:{words(_S, 'bomber_adjective')} )?bomber,? (?:\w+ ){{0,4}}?{words(_S, 'bomber_act')}\b"

PERSON_BOMBER_RX = rx_any(_PERSON_BOMBER)

# the other forms of a suicide attack: "suicide vest", "blew himself up", "two kamikazes detonated themselves"
SUICIDE = rx_any(_PERSON_BOMBER + "|" + alternation(_S, "term"))

# Small-arms fire, which puts the attackers on the ground in front of their target.
GROUND_FIRE = rx_any(r"\b(?:" + alternation("classify_ground_fire") + r")\b")


BATTLE_WORD = re.compile(alternation("classify_battle_word", "term"), re.I)



# Last, once every pattern above is built: the large ones skip texts that lack all their needed words.
prefilter.prefilter_patterns(globals())
