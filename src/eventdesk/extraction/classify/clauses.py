"""Clause patterns the decision features read round a cue: background fighting, dating clauses, reasons."""
from __future__ import annotations

import re
from ...text import prefilter
from .base import Cue, sentence_span
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
PAST_FIGHTING = re.compile(r"\b(?:previous|past|earlier|recent|prior|former|old|years of|days of|during|amid|amidst|(?<!engaged )(?<!involved )(?<!locked )in|after|before|following)\s+(?:the\s+|armed\s+|heavy\s+|violent\s+)*(?:[\w'’]+\s+){0,2}$", re.I)

ONGOING_AFTER = re.compile(r"\s+(?:entered|enter|enters|entering) (?:its|their|the|a) (?:\w+ )?(?:day|week|month|year)\b|\s+(?:continued|continues|continue|raged on|rages on|dragged on|drags on)\b", re.I)

ONGOING_BEFORE = re.compile(r"\bcontinu(?:es|ed|e|ing) (?:its|their|the|his|her) (?:[\w'’-]+ ){0,2}$", re.I)

BACKGROUND_FIGHT = re.compile(r"\b(?:previous|past|earlier|recent|prior|former|after|following|retaliation for|revenge for|later arrested during|years of|days of)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)

# Fighting named as what a person was doing or came to do: their role in the war, not this incident.
ROLE_FIGHTING = re.compile(
    r"\b(?:while|who (?:was|were|is|are|had been|has been)|had been|has been|went to|gone to|travell?ed to|came to|volunteer\w* to)\s+\|fight(?:ing|s)?\b"
    r"|\|fight(?:ing|s)? (?:alongside|in the ranks of|as a volunteer|as volunteers)\b",
    re.I,
)

DATING_CLAUSE = re.compile(
    r"\b(?:(?:a|one|two|three|four|five|six|\d+|several|few|some|many) (?:days?|weeks?|months?|years?)|days|weeks|months|years) (?:after|before|since)\s+(?:[\w'’-]+\s+){0,8}$"
    r"|\bsince (?:the )?(?:[\w'’-]+\s+){0,5}(?:was|were|had been)\s+$",
    re.I,
)

RANK_IN_GROUP = re.compile(r"\s+(?:in|of|with|from)\s+(?:the|an?)\s+(?:[\w'’,.-]+\s+){0,3}?(?:" + NONSTATE + r")\b", re.I)


NOMINAL_BATTLE = re.compile(r"(?:(?:\w+ )?operation|small arms|offensive|engaged|ground)", re.I)

ARMED_TARGET_AFTER = re.compile(r"\W*(?:[\w'’-]+\W+){0,4}?(?:soldiers?|troops|servicem[ae]n|police|army|military|militants?|fighters|forces|positions|base|camp|convoy|patrol|post|checkpoint|barracks)\b", re.I)


STONE_THROWERS = re.compile(r"\b(?:who|that) (?:had )?(?:were )?(?:hurl|threw|throw|pelt|hurled|throwing|hurling|pelting)\w* (?:\w+ ){0,3}(?:stones?|rocks?|molotov\w*|petrol bombs?|bricks?)|\b(?:at|on|towards) (?:the )?rioters\b|\bstone[- ]throwers\b", re.I)

ARREST_REASON = re.compile(r"\b(?:for|in relation to|in connection with|following|after|who|whom|where|which|over|on charges of|accused of|suspected of|linked to|related to|on suspicion of|participating in|took part in)\b", re.I)

CONCURRENT = re.compile(r"\b(?:during|while|as they|at the|at a|who (?:were|was|are|is)(?= \w+ing\b|\s*$))", re.I)  # "who are vendors" says who, not what they were doing

OBJECT_OF_VIOLENCE = re.compile(r"\b(?:abducted|kidnapped|attacked|killed|shot|beat|assaulted|injured|wounded|targeted|detained|arrested|robbed|threatened|chased|displaced|ambushed)\b")

FOUND_BODY = re.compile(r"(?:\w+ ){0,2}(?:found|discovered|recovered|bod(?:y|ies)|corpses?|remains)", re.I)

MANNED_AIRCRAFT = re.compile(r"\s+(?:an?\s+|the\s+|two\s+)?(?:[\w'’-]+\s+){0,2}(?:helicopters?|planes?|aircraft|jets?|fighter|bombers?|warplanes?|Su-\d+|MiG\S*|Mi-\d+)\b", re.I)


SUSPECTED_BEHIND = re.compile(r"\s+(?:are|is|were|was) (?:\w+ )?(?:suspected|believed|thought|said|alleged|accused) (?:to (?:be|have been) behind|of (?:being behind|carrying out|staging))\b", re.I)

PARTICIPATION = re.compile(r"\bfor (?:their |his |her |its )?(?:taking part|participating|participation|involvement|role) in (?:[\w'’-]+ ){0,3}$", re.I)



# Last, once every pattern above is built: the large ones skip texts that lack all their needed words.
prefilter.prefilter_patterns(globals())
