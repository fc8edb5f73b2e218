"""Cues of battles, territory changes, remote violence and violence against civilians (codebook §1.2)."""
from __future__ import annotations

import re
from ...text import prefilter
from ...text.lexicon import alternation
from .base import lexicon_groups, rx_any


# Battles.
GOV_REGAIN = rx_any(r"\b(?:" + alternation("classify_regain") + r")\b")

TAKE_TERRITORY = rx_any(*lexicon_groups("classify_take_territory"))

# ACLED codes a change of hands with no word on fighting as non-violent (codebook §1.2); read only beside a capture.
NO_WORD_ON_FIGHTING = rx_any(r"\b(?:no (?:information|reports?|details?|word|confirmation) (?:on|of|about|as to) whether|(?:it is |it was )?(?:unclear|unknown|not clear|not known) (?:whether|if)) (?:any |there (?:was|were) (?:any )?)?(?:" + alternation("classify_no_word_on_fighting") + r")\b")

NONVIOLENT_TRANSFER = rx_any(*lexicon_groups("classify_nonviolent_transfer"))

CLASH = rx_any(*lexicon_groups("classify_clash"))

# Explosions / remote violence (hierarchy order).
CHEMICAL = rx_any(*lexicon_groups("classify_chemical_weapons"))

AIR = rx_any(*lexicon_groups("classify_air_strike"))

# A lone "bomber" who strikes inside a building, walks in or blows up among people is a person carrying the
# bomb, not an aircraft: aircraft hit buildings from above and are "bombers" in the plural or by model.
_PERSON_BOMBER = r"\b(?:the|a|an) (?:lone |suspected |would-be |teenage |young |female |male )?bomber,? (?:\w+ ){0,4}?(?:inside|among|walked|entered|approached|blew|detonated|mingled|disguised|wearing)\b"

PERSON_BOMBER_RX = rx_any(_PERSON_BOMBER)

SUICIDE = rx_any(_PERSON_BOMBER + r"|\bsuicid(?:e|al) (?:\w+ )?(?:bomb(?:s|er|ers|ing|ings)?|attack(?:er|ers|s)?|vests?|belts?|car|truck|VBIED|blast|explosion)\b|\bsuicided? bomber\b|\bS-?V?B?IEDs?\b|\bblew (?:himself|herself|themselves) up\b|\bdetonated (?:himself|herself|themselves|his|her|their) (?:\w+ )?(?:vest|belt)?|\bself-detonat\w*"
    # "four female kamikazes went off": people, where drones are "kamikaze drones"; militants who set off a charge
    # "killing themselves"
    r"|\b(?:female |male |teenage |young )?kamikazes\b(?! drones?)|\b(?:detonat\w+|blew up|set off|exploded)\b[^.;]{0,60}\bkill(?:ing|ed) (?:himself|herself|themselves)\b")

SHELLING = rx_any(*lexicon_groups("classify_shelling"))

IED = rx_any(*lexicon_groups("classify_explosive_device"))

GRENADE = rx_any(*lexicon_groups("classify_grenade"))

# Violence against civilians.
SEXUAL = rx_any(*lexicon_groups("classify_sexual_violence"))

ATTACK = rx_any(*lexicon_groups("classify_attack"))

ABDUCT = rx_any(*lexicon_groups("classify_abduction"))


BOTH_SIDES = rx_any(*lexicon_groups("classify_both_sides"))

HARM_BODILY = rx_any(*lexicon_groups("classify_harm", "bodily"))

HARM = rx_any(*lexicon_groups("classify_harm", "term"))


WENT_OFF = rx_any(*lexicon_groups("classify_went_off"))


# Both sides firing: an exchange is a battle whatever the weapons (codebook: "armed clash" even with shelling).
EXCHANGE = rx_any(*lexicon_groups("classify_exchange_of_fire", "exchange1", "exchange2", "exchange3"))

RETURN_FIRE = rx_any(*lexicon_groups("classify_exchange_of_fire", "return1", "return2"))

REPELLED = rx_any(*lexicon_groups("classify_repelled"))

# Small-arms fire, which puts the attackers on the ground in front of their target.
GROUND_FIRE = rx_any(r"\b(?:" + alternation("classify_ground_fire") + r")\b")


GROUND_RAID = rx_any(*lexicon_groups("classify_ground_raid"))


BATTLE_WORD = re.compile(alternation("classify_battle_word", "term"), re.I)



# Last, once every pattern above is built: the large ones skip texts that lack all their needed words.
prefilter.prefilter_patterns(globals())
