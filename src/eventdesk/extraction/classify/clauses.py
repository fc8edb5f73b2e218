"""Clause patterns the decision features read round a cue: background fighting, dating clauses, reasons."""
from __future__ import annotations

import re
from ...text import prefilter
from ...text.lexicon import alternation
from .base import Cue, ends_on, sentence_span, words
from .vocab import NONSTATE
from .cues_strategic import AGREE, CONFLICT_AGREEMENT, CONFLICT_SIDES
from .filters import find_cues


def agreements(text: str) -> list[Cue]:
    out = []
    for c in find_cues(AGREE, text):
        a, b = sentence_span(text, c.start)
        if CONFLICT_AGREEMENT.search(c.text) or CONFLICT_AGREEMENT.search(text[a:b]) or CONFLICT_SIDES.search(text[a:b]):
            out.append(c)
    return out


# A mine left from old fighting; a grenade thrown "during clashes" or "amid clashes" is told as its own
# incident, the clashes being its setting.
_BT, _FW = "classify_background_time", "classify_function_words"
PAST_FIGHTING = re.compile(rf"\b{words(_BT, 'past_fighting')}\s+{words(_BT, 'fight_modifier')}*(?:[\w'’]+\s+){{0,2}}$", re.I)

ONGOING_AFTER = re.compile(rf"\s+{words('classify_ongoing', 'enter')} {words(_FW, 'det_ongoing')} (?:\w+ )?{words('classify_ongoing', 'period')}\b"
                           rf"|\s+{words('classify_ongoing', 'continues')}\b", re.I)

ONGOING_BEFORE = re.compile(rf"\bcontinu(?:es|ed|e|ing) {words('classify_ongoing', 'det')} (?:[\w'’-]+ ){{0,2}}$", re.I)

BACKGROUND_FIGHT = re.compile(ends_on(words(_BT, "background_fight")), re.I)

# Fighting named as what a person was doing or came to do: their role in the war, not this incident.
ROLE_FIGHTING = re.compile(
    rf"\b{words('classify_role_fighting', 'before')}\s+\|fight(?:ing|s)?\b"
    rf"|\|fight(?:ing|s)? {words('classify_role_fighting', 'after')}\b",
    re.I,
)

_DC = "classify_dating_clause"
DATING_CLAUSE = re.compile(
    rf"\b(?:{words('classify_counts', 'dating')} {words(_DC, 'unit')}|{alternation(_DC, 'units')}) {words(_DC, 'relation')}\s+(?:[\w'’-]+\s+){{0,8}}$"
    rf"|\bsince (?:the )?(?:[\w'’-]+\s+){{0,5}}{words(_FW, 'aux_since')}\s+$",
    re.I,
)

RANK_IN_GROUP = re.compile(rf"\s+{words(_FW, 'prep_rank')}\s+(?:the|an?)\s+(?:[\w'’,.-]+\s+){{0,3}}?(?:" + NONSTATE + r")\b", re.I)


NOMINAL_BATTLE = re.compile(words("classify_battle_word", "nominal"), re.I)

ARMED_TARGET_AFTER = re.compile(rf"\W*(?:[\w'’-]+\W+){{0,4}}?{words('classify_armed_target', 'term')}\b", re.I)


_ST = "classify_stone_throwers"
STONE_THROWERS = re.compile(rf"\b{words(_FW, 'relative_who_that')} (?:had )?(?:were )?{words(_ST, 'throw')}\w* (?:\w+ ){{0,3}}{words(_ST, 'missile')}"
                            rf"|\b{words(_ST, 'toward')} (?:the )?rioters\b|\bstone[- ]throwers\b", re.I)

ARREST_REASON = re.compile(rf"\b{words('classify_arrest_reason')}\b", re.I)

CONCURRENT = re.compile(rf"\b{words('classify_concurrent')}", re.I)

OBJECT_OF_VIOLENCE = re.compile(rf"\b{words('classify_incident_verb', 'object_of_violence')}\b")

FOUND_BODY = re.compile(rf"(?:\w+ ){{0,2}}{words('classify_found_body', 'find', 'body')}", re.I)

MANNED_AIRCRAFT = re.compile(rf"\s+(?:an?\s+|the\s+|two\s+)?(?:[\w'’-]+\s+){{0,2}}{words('classify_aircraft', 'manned')}\b", re.I)


_SB = "classify_suspected_behind"
SUSPECTED_BEHIND = re.compile(rf"\s+{words(_FW, 'be_present_past')} (?:\w+ )?{words(_SB, 'verb')} {words(_SB, 'act')}\b", re.I)

PARTICIPATION = re.compile(rf"\bfor (?:their |his |her |its )?{words('classify_participation', 'clause')} in (?:[\w'’-]+ ){{0,3}}$", re.I)



# Last, once every pattern above is built: the large ones skip texts that lack all their needed words.
prefilter.prefilter_patterns(globals())
