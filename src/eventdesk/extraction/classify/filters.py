"""Which cue matches count: not negated, not planned or modal, not the grievance of a protest, no idiom."""
from __future__ import annotations

import re
from ...text import prefilter
from ...text.lexicon import alternation
from .base import Cue, sentence_span
from .idiom import is_idiom


# --- out-of-scope and modality filters ---------------------------------------------------------
NEGATION = re.compile(alternation("classify_negation"), re.I)

MODAL = re.compile(r"\b(?:" + alternation("classify_modal") + r")\b[^.;]{0,28}$", re.I)

# The cue is the grievance of a protest ("protested the arrest of", "demanding the release of").
_GRIEVANCE = re.compile(alternation("classify_grievance"), re.I)

_GRIEV_BREAK = re.compile(alternation("classify_grievance_break", "term"), re.I)

# "protested the killing of a boy and set a car on fire": the crowd's own next verb, read with the cue it begins
_CROWD_VERB = re.compile(alternation("classify_grievance_break", "crowd_verb"), re.I)


# "A rally is planned for Thursday", "the march was scheduled for May 1": announced, not yet held
_PLANNED_AFTER = re.compile(r"\w+(?:\s+\w+){0,3}?\s+(?:is|are|was|were|has been|have been)\s+(?:(?:planned|scheduled)\s+(?:for|on|to)|due\s+(?:on|for)|set\s+for)\b", re.I)


# "hours before they were to march to the UN office to protest": the purpose of a plan, not a protest held
_PLAN_TO_PROTEST = re.compile(r"\b(?:was|were|is|are) (?:due )?to (?:march|rally|gather|walk|go|travel|meet)\b[^.;]{0,60}\bto\s+$", re.I)


def _modal_or_negated(text: str, start: int) -> bool:
    a, _ = sentence_span(text, start)
    before = text[max(a, start - 90) : start]
    if re.search(r"\band\s+$", before) and re.match(r"\w+ed\b", text[start:]) and not NEGATION.search(before):
        return False  # "announced a strike and protested": the second verb is a report of its own
    if NEGATION.search(before):
        return True
    if _PLANNED_AFTER.match(text[start : start + 80]):
        return True
    if _PLAN_TO_PROTEST.search(before):
        return True
    # "went out to call for better pay in a protest": the protest that carried the call, not a call for one
    return bool(MODAL.search(before)) and not re.search(r"\b(?:in|during|at) (?:a|an|the|their|its) (?:[\w-]+ )?$", before)


# The main clause resuming after "suspected of stabbing a woman": a passive ("was beaten") or a
# coordinated past verb of the subject ("caught two youths accused of burglary and beat them").
_SUSPICION_END = re.compile(r"\b(?:was|were|had been|have been|got)\s+(?:\w+\s+)?$|\band\s+$", re.I)


def is_grievance(text: str, start: int) -> bool:
    a, _ = sentence_span(text, start)
    before = text[max(a, start - 90) : start]
    if text[start:].split(" ", 1)[0].lower().endswith("ed") and re.search(r"\b(?:a|an|the|his|her|their|its|of|for)\s+$", before, re.I):
        return True  # participle used as an adjective: "a detained journalist", "the killed students"
    if re.search(r"\b(?:allegedly|reportedly|presumably|apparently)\s+$", before, re.I):
        return False  # "allegedly attacked": a hedge on the reported act, not its motive
    m = _GRIEVANCE.search(before)
    if not m:
        return False
    tail = before[m.end("m"):] + text[start:start + 12]
    if re.search(r"[a-z]{3,}\s+(?:clashed|rioted|fought|threw|hurled|scuffled|skirmished)\b", tail, re.I) \
            and not re.search(r"\b(?:who|that|which|whom)\b", tail, re.I):
        return False  # "students protesting against fees clashed with police": the main verb after the grievance
    if _CROWD_VERB.search(before[m.end("m"):] + text[start:start + 14]) and not re.search(r"\b(?:who|that|which|whom)\b", before[m.end("m"):], re.I):
        return False  # the crowd's own next verb: a main clause, no longer the grievance
    if m.group("m").lower() == "against" and re.search(r"\b(?:fight|fights|fighting|fought|war|battle|struggle|campaign)\s+$", before[: m.start("m")], re.I):
        return False  # "a volunteer who went to fight against the militants was killed": a side taken, not a grievance
    if m.group("m").lower() == "against" and (op := re.search(r"\b(?:operations?|crackdown|offensive|raids?|assault)\b((?:\s+[\w'’-]+){0,12})\s+$", text[a : max(a, start - 90) + m.start("m")], re.I)) \
            and not re.search(r"protest|demonstrat|rall|march|strike", op.group(1), re.I):
        return False  # "troops began a sweep by the market against marchers in which many died"
    if m.group("m").lower() == "under" and re.match(r"\s*the (?:umbrella|command|leadership|banner|control|orders?) of\b", before[m.end("m") :], re.I):
        return False  # "militiamen under the umbrella of a coalition raped": who they serve, not a grievance
    if m.group("m").lower() == "under" and re.search(r"\b(?:placed|put|held|kept)\s+under\s+(?:\w+\s+)?$", before, re.I):
        return False  # "placed under residential surveillance": the measure itself
    if re.match(r"(?:accus|suspect|alleg)", m.group("m"), re.I) and _SUSPICION_END.search(before[m.end("m") :]) \
            and not re.match(r"\w+ing\b", text[start:]):
        return False  # "a youth accused of stealing a goat was beaten": the suspicion ends where the main verb begins
    return not _GRIEV_BREAK.search(before[m.end("m") :])


def find_cues(rx: re.Pattern[str], text: str, *, grievance: bool = False, keep_modal: bool = False) -> list[Cue]:
    out = []
    for m in rx.finditer(text):
        if not keep_modal and _modal_or_negated(text, m.start()):
            continue
        if is_idiom(text, m.start(), m.end()):
            continue
        if grievance:
            if re.search(r"\b(?:no|not|never|without)\b", m.group(0), re.I):
                continue  # "police made no arrests"
            body = m.group(0).rstrip()
            last = m.start() + body.rfind(" ") + 1 if " " in body else m.start()
            if is_grievance(text, m.start()) or is_grievance(text, last):
                continue
        out.append(Cue(m.group(0), m.start(), m.end()))
    return out


def near(rx: re.Pattern[str], text: str, cue: Cue, before: int = 120, after: int = 120) -> bool:
    a, b = sentence_span(text, cue.start)
    return bool(rx.search(text[max(a, cue.start - before) : min(b, cue.end + after)]))



# Last, once every pattern above is built: the large ones skip texts that lack all their needed words.
prefilter.prefilter_patterns(globals())
