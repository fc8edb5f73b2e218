"""Cues of battles, territory changes, remote violence and violence against civilians (codebook §1.2)."""
from __future__ import annotations

import re
from ...text import prefilter
from ...text.lexicon import alternation
from .base import rx_any
from .cue_table import cue_patterns


# The cues declared in cue_table.CUES["violence"]: TAKE_TERRITORY, NONVIOLENT_TRANSFER, CLASH, CHEMICAL, AIR, SHELLING, IED,
# GRENADE, SEXUAL, ATTACK, ABDUCT, BOTH_SIDES, HARM_BODILY, HARM, WENT_OFF, EXCHANGE, RETURN_FIRE, REPELLED, GROUND_RAID.
globals().update(cue_patterns("violence"))

# Battles.
GOV_REGAIN = rx_any(r"\b(?:" + alternation("classify_regain") + r")\b")

# ACLED codes a change of hands with no word on fighting as non-violent (codebook §1.2); read only beside a capture.
NO_WORD_ON_FIGHTING = rx_any(r"\b(?:no (?:information|reports?|details?|word|confirmation) (?:on|of|about|as to) whether|(?:it is |it was )?(?:unclear|unknown|not clear|not known) (?:whether|if)) (?:any |there (?:was|were) (?:any )?)?(?:" + alternation("classify_no_word_on_fighting") + r")\b")

# A lone "bomber" who strikes inside a building, walks in or blows up among people is a person carrying the
# bomb, not an aircraft: aircraft hit buildings from above and are "bombers" in the plural or by model.
_PERSON_BOMBER = r"\b(?:the|a|an) (?:lone |suspected |would-be |teenage |young |female |male )?bomber,? (?:\w+ ){0,4}?(?:inside|among|walked|entered|approached|blew|detonated|mingled|disguised|wearing)\b"

PERSON_BOMBER_RX = rx_any(_PERSON_BOMBER)

SUICIDE = rx_any(_PERSON_BOMBER + r"|\bsuicid(?:e|al) (?:\w+ )?(?:bomb(?:s|er|ers|ing|ings)?|attack(?:er|ers|s)?|vests?|belts?|car|truck|VBIED|blast|explosion)\b|\bsuicided? bomber\b|\bS-?V?B?IEDs?\b|\bblew (?:himself|herself|themselves) up\b|\bdetonated (?:himself|herself|themselves|his|her|their) (?:\w+ )?(?:vest|belt)?|\bself-detonat\w*"
    # "four female kamikazes went off": people, where drones are "kamikaze drones"; militants who set off a charge
    # "killing themselves"
    r"|\b(?:female |male |teenage |young )?kamikazes\b(?! drones?)|\b(?:detonat\w+|blew up|set off|exploded)\b[^.;]{0,60}\bkill(?:ing|ed) (?:himself|herself|themselves)\b")

# Small-arms fire, which puts the attackers on the ground in front of their target.
GROUND_FIRE = rx_any(r"\b(?:" + alternation("classify_ground_fire") + r")\b")


BATTLE_WORD = re.compile(alternation("classify_battle_word", "term"), re.I)



# Last, once every pattern above is built: the large ones skip texts that lack all their needed words.
prefilter.prefilter_patterns(globals())
