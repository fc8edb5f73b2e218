"""Cues about the scene that decide between the rules of one event type: crowds and what they hit, crimes and
arrests, stopped weapons, and links that make a named group not the perpetrator (lexicon/actors_crowd_acts,
_protest_words, _crimes, _weapons_stopped, _not_agent)."""
from __future__ import annotations

import re

from ...text.lexicon import alternation
from .words import words, word_rx, near, near_rx, within, any_of


RIOT_CLASH_RX = word_rx('actors_crowd_acts', 'clash')


# lower-case "march" only: "29 March 2022" is a date
PROTEST_RX = re.compile(rf"\b{words('actors_protest_words', 'protest')}\b")


VIGILANTE_RX = re.compile(rf"\b(?:{alternation('actors_crimes', 'vigilante')}|{words('actors_crimes', 'suspected')}"
                          rf"\s+(?:\w+\s+)?{words('actors_crimes', 'suspect')}|{words('actors_crimes', 'caught')}"
                          rf"\s+(?:\w+\s+)?{words('actors_crimes', 'theft')})\b", re.I)


_FORCE_WORDS = rf"{words('actors_crowd_acts', 'force')}"


FORCES_TARGETED_RX = re.compile(near(words('actors_crowd_acts', 'forces_hit'), _FORCE_WORDS, 4)
                                + rf"|\b{_FORCE_WORDS}"
                                r"\s+(?:\w+\s+){0,2}"
                                rf"{words('actors_function_words', 'hurt_aux')}\s+(?:\w+\s+)?"
                                rf"{words('actors_crowd_acts', 'forces_hurt')}", re.I)


# "police fired to disperse the mob", "police lathi-charged the rioters": the force met the mob, and is its other side
FORCES_MET_RX = re.compile(rf"\b{_FORCE_WORDS}\s+(?:\w+\s+){{0,2}}?{words('actors_crowd_acts', 'forces_act')}\b"
                           rf"[^.;]{{0,40}}?\b{words('actors_crowd_acts', 'forces_act_on')}\b", re.I)


PEOPLE_HURT_RX = near_rx(words('actors_crowd_acts', 'people_hit'), words('actors_crowd_acts', 'people'), 4)


_SIDE = words('actors_crowd_acts', 'side')
_COUNTER_SIDE = f"counter-?{words('actors_crowd_acts', 'counter_side')}"


RIOTERS_FIGHT_RX = re.compile(rf"(?i)\b{words('actors_crowd_acts', 'fight')}"
                              rf"\s+(?:broke out\s+)?(?:between\s+(?:the\s+)?(?:\w+\s+){{0,2}}{_SIDE}"
                              rf"\s+and\s+(?:\w+\s+)?{_COUNTER_SIDE}|"
                              rf"{alternation('actors_crowd_acts', 'each_other')})|\b{_COUNTER_SIDE}\s+(?:\w+\s+){{0,2}}"
                              rf"{words('actors_crowd_acts', 'fought')}\b|\b"
                              rf"{words('actors_crowd_acts', 'fought')}"
                              rf"\s+with\s+(?:\w+\s+){{0,2}}{_COUNTER_SIDE}")


# "army aspirants", "police recruits": a force word naming who the crowd is, not a force on the scene
NOT_FORCE_AFTER_RX = re.compile(rf"(?i)^[\w-]+\s+{words('actors_crowd_acts', 'not_force')}\b")


# rioters who stone passing cars or burn shops hit civilians' property (ACLED: Civilians as actor2)
PROPERTY_HIT_RX = near_rx(words('actors_crowd_acts', 'property_act'),
                          f"(?:{words('actors_crowd_acts', 'property_modifier')} )?{words('actors_crowd_acts', 'property')}", 3)


COUNTER_RX = re.compile(rf"(?i)\bcounter-?{words('actors_crowd_acts', 'counter')}"
                        rf"|\brival {words('actors_crowd_acts', 'rival')}")


ARRESTED_ARMED_RX = near_rx(words('actors_crimes', 'arrest'), words('actors_crimes', 'armed_arrested'), 5)


INTERCEPTED_BY_RX = re.compile(rf"(?i)\b{words('actors_weapons_stopped', 'stopped_by')}"
                               rf"\s+by\s+(?:{words('actors_function_words', 'by_determiner')}\s+)?(?:[\w'’.-]+,?\s+){{0,4}}?$")


INTERCEPT_AFTER_RX = re.compile(r"(?i)[\w'’.-]+(?:\s+[\w'’.-]+){0,4}?\s+"
                                rf"(?:{words('actors_function_words', 'stop_adverb')}\s+)?"
                                r"(?<!was )(?<!were )(?<!been )(?<!being )(?<!is )(?<!are )(?:"
                                rf"{alternation('actors_weapons_stopped', 'stopped')}|destroyed "
                                rf"{words('actors_function_words', 'count')} (?:\w+\s+)?"
                                rf"{words('actors_weapons_stopped', 'destroyed_weapon')})\b")


REPELLED_RX = re.compile(rf"(?i)\b{words('actors_weapons_stopped', 'repelled')}\w*\b(?!\s+by\b)")


NOT_FORCE_RX = any_of(
    rf"\b(?:{alternation('actors_crowd_acts', 'recruit_force')}|(?-i:[A-Z]{{2,5}}(?:/[A-Z]{{2,5}})?))\s+"
    rf"{words('actors_crowd_acts', 'recruit_noun')}\b",
    rf"\b{words('actors_crowd_acts', 'recruitment')}\s+(?:\w+\s+){{0,2}}{words('actors_function_words', 'into')}"
    rf"\s+(?:the\s+)?{words('actors_crowd_acts', 'recruited_into')}\b")


ATTACKING_MEMBERS_RX = re.compile(rf"(?i)\b{words('actors_crowd_acts', 'partisan')}"
                                  r"\s+of\s+(?:the\s+)?(?:[\w()'’-]+\s+){1,4}?"
                                  rf"{words('actors_crowd_acts', 'partisan_act')}\s+(?:\w+\s+){{0,3}}?"
                                  rf"{words('actors_crowd_acts', 'demonstration')}")


COUNTER_CLASH_RX = re.compile(rf"(?i)\bcounter-?{words('actors_crowd_acts', 'counter_stem')}\w*"
                               rf"|clashed with (?:\w+ ){{0,3}}{words('actors_crowd_acts', 'clashed_with')}"
                               rf"|\bclash\w*\s+{words('actors_crowd_acts', 'broke_out')}\b")


CLASH_WITH_FORCES_RX = re.compile(within(words('actors_crowd_acts', 'clash_forces'), _FORCE_WORDS, 60) + "|"
                                  + within(_FORCE_WORDS, r"(?:clash\w*|fought)", 40), re.I)


# "after an earlier attack by X" names a foe; "Sunday's attack by X fighters" names the attacker
NOT_AGENT_BEFORE = re.compile(rf"(?i)\b(?:{alternation('actors_not_agent', 'suspicion')}|{words('actors_not_agent', 'after')}"
                              rf"\s+(?:an?\s+|the\s+)?(?:{words('actors_not_agent', 'earlier')}\s+)?attack by)\b[^.;]{{0,40}}$")


KIN_BEFORE_RX = re.compile(rf"(?i)\b{words('actors_not_agent', 'kin')}\b[^.;]{{0,40}}$")


DRUGS_RX = word_rx('actors_crimes', 'drug')


PARTY_MEMBERS_RX = re.compile(r"(?:[A-Z][\w-]*\s+){1,4}(?:[A-Z][\w-]*)\s+(?i:"
                              rf"{alternation('actors_organisations', 'party_member')})\b")


DEFUSED_RX = re.compile(within(words('actors_weapons_stopped', 'defused'), words('actors_weapons_stopped', 'device'), 60)
                        + "|" + within(words('actors_weapons_stopped', 'made_safe_device'),
                                       words('actors_weapons_stopped', 'made_safe'), 40), re.I)


# "an IED planted by X", "the convoy was shelled by X": the agent of a passive fired or laid the weapon
PLANTED_BY_RX = re.compile(rf"(?i)\b(?:{alternation('actors_weapons_stopped', 'launched_by')}|"
                           rf"{alternation('actors_harm', 'passive')})\s+by\s+"
                           rf"(?:{words('actors_weapons_stopped', 'by_modifier')}\s+)*$")
