"""Cues about the scene that decide between the rules of one event type: crowds and what they hit, crimes and
arrests, stopped weapons, and links that make a named group not the perpetrator (lexicon/actors_crowd_acts,
_protest_words, _crimes, _weapons_stopped, _not_agent)."""
from __future__ import annotations

import re

from ...text.lexicon import alternation


RIOT_CLASH_RX = re.compile(rf"\b(?:{alternation('actors_crowd_acts', 'clash')})\b", re.I)


# lower-case "march" only: "29 March 2022" is a date
PROTEST_RX = re.compile(rf"\b(?:{alternation('actors_protest_words', 'protest')})\b")


VIGILANTE_RX = re.compile(rf"\b(?:{alternation('actors_crimes', 'vigilante')}|(?:suspected|alleged|"
                          rf"accused)\s+(?:\w+\s+)?(?:{alternation('actors_crimes', 'suspect')})|(?:caught|"
                          rf"accused of)\s+(?:\w+\s+)?(?:{alternation('actors_crimes', 'theft')}))\b", re.I)


_FORCE_WORDS = rf"(?:{alternation('actors_crowd_acts', 'force')})"


FORCES_TARGETED_RX = re.compile(rf"(?i)\b(?:{alternation('actors_crowd_acts', 'forces_hit')})"
                                rf"\s+(?:\w+\s+){{0,4}}?{_FORCE_WORDS}\b|\b{_FORCE_WORDS}"
                                r"\s+(?:\w+\s+){0,2}(?:were|was|got)\s+(?:\w+\s+)?"
                                rf"(?:{alternation('actors_crowd_acts', 'forces_hurt')})")


PEOPLE_HURT_RX = re.compile(rf"(?i)\b(?:{alternation('actors_crowd_acts', 'people_hit')})\s+(?:\w+\s+){{0,4}}?"
                            rf"(?:{alternation('actors_crowd_acts', 'people')})\b")


RIOTERS_FIGHT_RX = re.compile(rf"(?i)\b(?:{alternation('actors_crowd_acts', 'fight')})"
                              r"\s+(?:broke out\s+)?(?:between\s+(?:the\s+)?(?:\w+\s+){0,2}(?:demonstrators|"
                              r"protesters)\s+and\s+(?:\w+\s+)?counter-?(?:protesters|demonstrators)|"
                              rf"{alternation('actors_crowd_acts', 'each_other')})|\bcounter-?(?:protesters|"
                              r"demonstrators)\s+(?:\w+\s+){0,2}"
                              rf"(?:{alternation('actors_crowd_acts', 'fought')})\b|\b"
                              rf"(?:{alternation('actors_crowd_acts', 'fought')})"
                              r"\s+with\s+(?:\w+\s+){0,2}counter-?(?:protesters|demonstrators)")


# "army aspirants", "police recruits": a force word naming who the crowd is, not a force on the scene
NOT_FORCE_AFTER_RX = re.compile(rf"(?i)^[\w-]+\s+(?:{alternation('actors_crowd_acts', 'not_force')})\b")


# rioters who stone passing cars or burn shops hit civilians' property (ACLED: Civilians as actor2)
PROPERTY_HIT_RX = re.compile(rf"(?i)\b(?:{alternation('actors_crowd_acts', 'property_act')})"
                             r"\s+(?:\w+\s+){0,3}?(?:passing |private |parked )?"
                             rf"(?:{alternation('actors_crowd_acts', 'property')})\b")


COUNTER_RX = re.compile(rf"(?i)\bcounter-?(?:{alternation('actors_crowd_acts', 'counter')})"
                        rf"|\brival (?:{alternation('actors_crowd_acts', 'rival')})")


ARRESTED_ARMED_RX = re.compile(rf"(?i)\b(?:{alternation('actors_crimes', 'arrest')})\s+(?:\w+\s+){{0,5}}?"
                               rf"(?:{alternation('actors_crimes', 'armed_arrested')})\b")


INTERCEPTED_BY_RX = re.compile(rf"(?i)\b(?:{alternation('actors_weapons_stopped', 'stopped_by')})"
                               r"\s+by\s+(?:(?:the|a|an|two|its)\s+)?(?:[\w'’.-]+,?\s+){0,4}?$")


INTERCEPT_AFTER_RX = re.compile(r"(?i)[\w'’.-]+(?:\s+[\w'’.-]+){0,4}?\s+(?:has\s+|had\s+|have\s+|"
                                r"reportedly\s+|"
                                r"successfully\s+)?(?<!was )(?<!were )(?<!been )(?<!being )(?<!is )(?<!are )(?:"
                                rf"{alternation('actors_weapons_stopped', 'stopped')}|destroyed (?:a|an|the|two|"
                                r"three|\d+) (?:\w+\s+)?"
                                rf"(?:{alternation('actors_weapons_stopped', 'destroyed_weapon')}))\b")


REPELLED_RX = re.compile(rf"(?i)\b(?:{alternation('actors_weapons_stopped', 'repelled')})\w*\b(?!\s+by\b)")


NOT_FORCE_RX = re.compile(r"(?i)\b(?:army|military|police|defen[cs]e|(?-i:[A-Z]{2,5}(?:/[A-Z]{2,5})?))\s+"
                          rf"(?:{alternation('actors_crowd_acts', 'recruit_noun')})\b|\b"
                          rf"(?:{alternation('actors_crowd_acts', 'recruitment')})\s+(?:\w+\s+){{0,2}}(?:in|"
                          r"into|to|for|with)\s+(?:the\s+)?(?:armed forces|army|military|police)\b")


ATTACKING_MEMBERS_RX = re.compile(rf"(?i)\b(?:{alternation('actors_crowd_acts', 'partisan')})"
                                  r"\s+of\s+(?:the\s+)?(?:[\w()'’-]+\s+){1,4}?"
                                  rf"(?:{alternation('actors_crowd_acts', 'partisan_act')})\s+(?:\w+\s+){{0,3}}?"
                                  rf"(?:{alternation('actors_crowd_acts', 'demonstration')})")


COUNTER_CLASH_RX = re.compile(rf"(?i)\bcounter-?(?:{alternation('actors_crowd_acts', 'counter_stem')})\w*"
                               rf"|clashed with (?:\w+ ){{0,3}}(?:{alternation('actors_crowd_acts', 'clashed_with')})"
                               rf"|\bclash\w*\s+(?:{alternation('actors_crowd_acts', 'broke_out')})\b")


CLASH_WITH_FORCES_RX = re.compile(rf"(?i)\b(?:{alternation('actors_crowd_acts', 'clash_forces')})"
                                  rf"\b[^.]{{0,60}}\b{_FORCE_WORDS}\b|\b{_FORCE_WORDS}"
                                  r"\b[^.]{0,40}\b(?:clash\w*|fought)\b")


# "after an earlier attack by X" names a foe; "Sunday's attack by X fighters" names the attacker
NOT_AGENT_BEFORE = re.compile(rf"(?i)\b(?:{alternation('actors_not_agent', 'suspicion')}|(?:after|following|"
                              r"retaliation for|revenge for|avenge)\s+(?:an?\s+|the\s+)?(?:earlier\s+|"
                              r"recent\s+|previous\s+)?attack by)\b[^.;]{0,40}$")


KIN_BEFORE_RX = re.compile(rf"(?i)\b(?:{alternation('actors_not_agent', 'kin')})\b[^.;]{{0,40}}$")


DRUGS_RX = re.compile(rf"(?i)\b(?:{alternation('actors_crimes', 'drug')})\b")


PARTY_MEMBERS_RX = re.compile(r"(?:[A-Z][\w-]*\s+){1,4}(?:[A-Z][\w-]*)\s+(?i:"
                              rf"{alternation('actors_organisations', 'party_member')})\b")


DEFUSED_RX = re.compile(rf"(?i)\b(?:{alternation('actors_weapons_stopped', 'defused')})\b[^.]{{0,60}}\b"
                        rf"(?:{alternation('actors_weapons_stopped', 'device')})\b"
                        rf"|\b(?:{alternation('actors_weapons_stopped', 'made_safe_device')})\b[^.]{{0,40}}"
                        rf"\b(?:{alternation('actors_weapons_stopped', 'made_safe')})\b")


PLANTED_BY_RX = re.compile(rf"(?i)\b(?:{alternation('actors_weapons_stopped', 'launched_by')})\s+by\s+(?:(?:the|"
                           r"a|an|suspected|presumed|alleged)\s+)*$")
