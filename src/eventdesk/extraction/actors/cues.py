"""What the words around a mention say about it: the one reporting (not an actor), the target (actor2), an
ally (fights beside), or the agent of an act. Word lists in lexicon/actors_reporting, _agent_verbs, _ally,
_harm, _facilities and _protest_objects."""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from ...text.lexicon import alternation
from .words import words
from .states import MILITARY, POLICE


# "police said", "according to the army": the force is the reporter, not an actor
# the word must end there: "soldiers reportedly killed two men" is no report by the soldiers
_REPORTER_AFTER = re.compile(rf"^\W*(?:\w+\W+){{0,2}}?{words('actors_reporting', 'after')}\b", re.I)


_REPORTER_BEFORE = re.compile(rf"{words('actors_reporting', 'before')}\s+(?:the\s+|local\s+|\w+\s+)?$", re.I)


FW = "actors_function_words"


AGENT_VERB = f"{words('actors_agent_verbs', 'agent', 'arrest')}"


def _state_agent_rx(verbs: str, by_guard: str = "") -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{MILITARY}|{POLICE})\b(?:\W+\w+){{0,4}}?\W+{verbs}\b"
        rf"|{by_guard}\bby\s+(?:the\s+)?(?:\w+\s+){{0,2}}(?:{MILITARY}|{POLICE})\b"
        rf"|\b{words('actors_agent_verbs', 'custody')}\b", re.I)


STATE_AGENT_RX = _state_agent_rx(AGENT_VERB)


# "the bomber struck inside a restaurant", "gunmen detonated a car bomb": the armed people named right before
# the act are its agent, whoever else the passage names
AGENT_AFTER_RX = re.compile(rf"^(?:\s+(?!{words('actors_function_words', 'aux')}\b)\w+){{0,2}}?\s+{words('actors_agent_verbs', 'agent', 'blast')}\b", re.I)


# Police who arrest a suspect after a killing are not its perpetrators: in violence against civilians an
# arrest makes the state an agent only for abductions and disappearances.
STATE_AGENT_NO_ARREST_RX = _state_agent_rx(f"{words('actors_agent_verbs', 'agent')}",
                                            r"(?<!arrested )(?<!detained )(?<!apprehended )")


@dataclass(frozen=True)
class Cand:
    pos: int
    name: str
    inter: int
    kind: str  # group | foreign | state | uag
    victim: bool = False  # named as the one hit ("a soldier was killed"), not the one acting
    ally: bool = False  # "supported by opposition rebels": fights beside another actor, not against it


_ALLY_BEFORE = re.compile(rf"(?i)\b{words('actors_ally', 'ally')}\s+(?:the\s+|its\s+|their\s+|\w+\s+)?$")


def mark_allies(text: str, cands: list[Cand]) -> list[Cand]:
    return [dataclasses.replace(c, ally=True) if _ALLY_BEFORE.search(text[max(0, c.pos - 40):c.pos]) else c for c in cands]


# "a British soldier died in a blast", "two policemen were shot": the force named is the target
VICTIM_AFTER = re.compile(r"^(?:\s+(?:\w+|[,-]))?(?:\s+\w+){0,5}?\s+(?:"
                          rf"{words('actors_function_words', 'passive_aux')}\s+(?:\w+\s+)?{words('actors_harm', 'passive')}"
                          rf"|(?:has |have |had )?{words('actors_harm', 'died')}"
                          rf"|(?:had |has |have )?{words('actors_harm', 'under')})\b", re.I)


_VICTIM_BEFORE = re.compile(rf"\b{words('actors_harm', 'act')}\s+(?:(?:{alternation(FW, 'victim_modifier')}"
                            rf"|(?!{words(FW, 'not_modifier')}\b)\w+)\s+){{0,3}}$", re.I)


_CLAUSE_BREAK = re.compile(rf"(?i)\b(?:{alternation(FW, 'clause_break')}|{AGENT_VERB[3:-1]})\b")


_OBJECT_BEFORE = re.compile(rf"(?i)\b{words('actors_harm', 'fought_object')}\s+(?:the\s+)?$")


# "a bomb at the entrance of a police compound", "an IED under a military vehicle": a force named by the
# place or vehicle that was hit is the target
_FACILITY_AFTER = re.compile(rf"^(?:\s+\w+)?\s+{words('actors_facilities', 'facility')}s?\b", re.I)


_FACILITY_BEFORE = re.compile(rf"\b{words('actors_facilities', 'before')}\s+"
                              r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$", re.I)


# "a police truck hit a roadside bomb", "an army patrol ran over a landmine": the force is what the blast hit
_VEHICLE_HIT_AFTER = re.compile(r"(?i)^(?:\s+[\w-]+){0,2}?\s+"
                                rf"{words('actors_facilities', 'vehicle')}\s+"
                                rf"{words('actors_facilities', 'blast')}\s+\w+\s+")


_VERB_START = re.compile(rf"(?i)\s{words(FW, 'victim_verb')}\b")


# "drove a truck bomb into a checkpoint": a force named only by its post or vehicle, after the act, was hit
_RAMMED_INTO = re.compile(rf"(?i)\b{words('actors_facilities', 'rammed_into')}\s+(?:a|an|the)\s+(?:[\w-]+\s+)?$")
_FACILITY_SELF = re.compile(rf"(?i){words('actors_facilities', 'facility')}s?\b")


def is_victim(text: str, start: int, end: int) -> bool:
    if _FACILITY_SELF.match(text, start) and _RAMMED_INTO.search(text[max(0, start - 30):start]):
        return True
    if _FACILITY_AFTER.match(text[end:end + 40]) and _FACILITY_BEFORE.search(text[max(0, start - 40):start]):
        return True
    if _VEHICLE_HIT_AFTER.match(text[end:end + 60]):
        return True
    m = VICTIM_AFTER.match(text[end:end + 80])
    # "a volunteer who joined the fight against the Liberation Front died": the group is an object, the man the subject
    if m and not _OBJECT_BEFORE.search(text[max(0, start - 25):start]):
        # "soldiers shot two men who were killed": the words between must not start another clause
        between = m.group(0)
        verb = _VERB_START.search(between)
        if not _CLAUSE_BREAK.search(between[:verb.start()] if verb else between):
            return True
    return bool(_VICTIM_BEFORE.search(text[max(0, start - 50):start]))


# "the army said it struck ...": a force reporting its own act is still its agent
_SELF_REPORT = re.compile(rf"(?i)^\W*(?:\w+\W+){{0,3}}?{words('actors_reporting', 'self_said')}\s+(?:on\s+\w+day\s+)?(?:that\s+)?"
                          rf"{words(FW, 'self')}\s+(?:had\s+|have\s+|has\s+)?(?:\w+\s+)?"
                          rf"(?:{AGENT_VERB}|{alternation('actors_reporting', 'self_act')})\b"
                          rf"|^\W*(?:\w+\W+){{0,3}}?{words('actors_reporting', 'self_claimed')}\s+(?:to\s+have\s+|having\s+)?"
                          rf"(?:{AGENT_VERB}|{alternation('actors_reporting', 'self_acting')})\b"
                          rf"|^\W*(?:\w+\W+){{0,3}}?{words('actors_reporting', 'self_took')}\s+(?:the\s+)?{words('actors_claims', 'credit')}\b")


# for a foreign force or government only speech counts ("launched", "suspected" name police procedure)
_SPEECH_AFTER = re.compile(rf"^\W*(?:\w+\W+){{0,2}}?{words('actors_reporting', 'speech')}\b", re.I)


_STRUCK_BEFORE = re.compile(rf"(?i)\b(?:{alternation('actors_harm', 'struck')}|{words('actors_harm', 'missile')} (?:at|on)"
                            r"|opened fire on)\s+(?:the\s+|\w+\s+)?$")


_OWN_OUTLET = re.compile(rf"-{words('actors_reporting', 'own_outlet')}\b")


def is_reporter(text: str, m: re.Match | tuple[int, int], speech_only: bool = False) -> bool:
    start, end = (m.start(), m.end()) if isinstance(m, re.Match) else m
    after = text[end:end + 90]
    if _SELF_REPORT.match(after) or _OWN_OUTLET.match(after):
        return False  # its own claim, or its own outlet ("the Isis-linked news agency") claiming for it
    if _STRUCK_BEFORE.search(text[max(0, start - 40):start]):
        return False  # "fought the police who had come to search the house": the force was fought, it reports nothing
    rx = _SPEECH_AFTER if speech_only else _REPORTER_AFTER
    said = rx.match(after[:60])
    # "shot down by a US destroyer, the Pentagon said": a clause break puts another speaker in between
    if said and re.match(r"\s*[,;(]|\s*[\w'’-]+\s*,", after) and re.search(r"[,;(]", said.group(0)):
        said = None
    return bool(said or _REPORTER_BEFORE.search(text[max(0, start - 40):start]))


def mention_end(text: str, pos: int) -> int:
    m = re.match(r"[\w'’.]+(?:\s+[A-Z(][\w'’.)]*)*", text[pos:])
    return pos + (m.end() if m else 1)


# "protesting against the Russian military invasion", "denouncing the presence of French troops": a force the
# crowd demonstrates about is not the one that intervened
PROTEST_OBJECT_RX = re.compile(rf"(?i)\b{words('actors_protest_objects', 'object')}\s+(?:[\w'’-]+\s+){{0,4}}$")


def not_protest_object(text: str, cands: list[Cand]) -> list[Cand]:
    return [c for c in cands if not PROTEST_OBJECT_RX.search(text[max(0, c.pos - 60):c.pos])]
