"""Which cue matches count: not negated, not planned or modal, not the grievance of a protest, no idiom."""
from __future__ import annotations

import re
from ...text import prefilter
from ...text.lexicon import alternation
from .base import Cue, sentence_span, words
from .idiom import is_idiom


# --- out-of-scope and modality filters ---------------------------------------------------------
NEGATION = re.compile(alternation("classify_negation", "term"), re.I)

MODAL = re.compile(r"\b(?:" + alternation("classify_modal") + r")\b[^.;]{0,28}$", re.I)

# The cue is the grievance of a protest ("protested the arrest of", "demanding the release of").
_GRIEVANCE = re.compile(alternation("classify_grievance"), re.I)

_GRIEV_BREAK = re.compile(alternation("classify_grievance_break", "term"), re.I)

# "protested the killing of a boy and set a car on fire": the crowd's own next verb, read with the cue it begins
_CROWD_VERB = re.compile(alternation("classify_grievance_break", "crowd_verb"), re.I)


# "A rally is planned for Thursday", "the march was scheduled for May 1": announced, not yet held
_FW, _GB = "classify_function_words", "classify_grievance_break"
_PLANNED_AFTER = re.compile(rf"\w+(?:\s+\w+){{0,3}}?\s+{words(_FW, 'aux_planned')}\s+{words('classify_planned', 'announced')}\b", re.I)


# "hours before they were to march to the UN office to protest": the purpose of a plan, not a protest held
_PLAN_TO_PROTEST = re.compile(rf"\b{words(_FW, 'be_past_present')} (?:due )?to {words('classify_planned', 'go')}\b[^.;]{{0,60}}\bto\s+$", re.I)

# "went out to call for better pay in a protest": the protest that carried the call, not a call for one
_IN_PROTEST = re.compile(rf"\b{words(_FW, 'prep_in_protest')} {words(_FW, 'det_in_protest')} (?:[\w-]+ )?$")


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
    return bool(MODAL.search(before)) and not _IN_PROTEST.search(before)


# The main clause resuming after "suspected of stabbing a woman": a passive ("was beaten") or a
# coordinated past verb of the subject ("caught two youths accused of burglary and beat them").
_SUSPICION_END = re.compile(rf"\b{words(_FW, 'aux_suspicion')}\s+(?:\w+\s+)?$|\band\s+$", re.I)

# What is_grievance reads round a grievance's marker, by name: the participle as an adjective, a hedge, a main
# verb or a side taken after the marker, who the armed serve, a measure, a suspicion, an operation against marchers.
_AROUND = {name: re.compile(pattern, re.I) for name, pattern in (
    ("adjective", rf"\b{words(_FW, 'det_participle')}\s+$"),
    ("hedge", rf"\b{words('classify_hedge')}\s+$"),
    ("main_verb", rf"[a-z]{{3,}}\s+{words(_GB, 'main_verb')}\b"),
    ("relative", rf"\b{words(_FW, 'relative')}\b"),
    ("side_taken", rf"\b{words(_GB, 'side_taken')}\s+$"),
    ("operation", rf"\b{words(_GB, 'operation')}\b((?:\s+[\w'’-]+){{0,12}})\s+$"),
    ("protest_stem", alternation(_GB, "protest_stem")),
    ("serving", rf"\s*the {words(_GB, 'serving')} of\b"),
    ("measure", rf"\b{words(_GB, 'measure')}\s+under\s+(?:\w+\s+)?$"),
    ("target_met", rf"\b{words('classify_came_under', 'target')}\s+(?:\w+\s+){{0,2}}?{words('classify_came_under', 'came')}\s+under\s+(?:\w+\s+)?$"),
    ("suspicion", words(_GB, "suspicion")),
    ("negated_cue", rf"\b{words('classify_negation', 'in_cue')}\b"),
    # "on Thursday last week": a day named before the time marker dates the sentence's own act
    ("earlier", rf"(?:{alternation('classify_earlier')})$"),
    ("weekday", rf"\b{words('classify_day_opening', 'weekday')}\s+$"),
    # "demonstrators who were setting tyres alight": a relative clause in the progressive tells what the crowd was doing
    ("progressive", rf"\b{words(_FW, 'relative_who_that')}\s+{words(_FW, 'was_were')}\s+$"),
)}


def is_grievance(text: str, start: int, hedged_cue: bool = False) -> bool:
    a, _ = sentence_span(text, start)
    before = text[max(a, start - 90) : start]
    if text[start:].split(" ", 1)[0].lower().endswith("ed") and _AROUND["adjective"].search(before):
        return True  # participle used as an adjective: "a detained journalist", "the killed students"
    if _AROUND["hedge"].search(before):
        return False  # "allegedly attacked": a hedge on the reported act, not its motive
    m = _GRIEVANCE.search(before)
    if not m:
        return False
    if m.group("m").lower() == "allegedly" and re.match(r"\s+\w+ed\b", before[m.end("m"):]):
        return False  # "soldiers allegedly raided a school, wounding two": a hedge on the report's own verb, no motive
    if m.group("m").lower() == "allegedly" and re.match(r"\s+\w+ing\b\s+\S", before[m.end("m"):]):
        return False  # "gunmen allegedly belonging to a militia killed two": a hedge on who they are, no motive
    if hedged_cue and m.group("m").lower() == "allegedly" and re.fullmatch(r"\s+\w+ing\s*", before[m.end("m"):]):
        return False  # "students were allegedly throwing stones", read from the cue's last word: the hedge is on its verb
    tail = before[m.end("m"):] + text[start:start + 12]
    if _AROUND["main_verb"].search(tail) \
            and not _AROUND["relative"].search(tail):
        return False  # "students protesting against fees clashed with police": the main verb after the grievance
    if _CROWD_VERB.search(before[m.end("m"):] + text[start:start + 14]) and not _AROUND["relative"].search(before[m.end("m"):]):
        return False  # the crowd's own next verb: a main clause, no longer the grievance
    if m.group("m").lower() == "against" and _AROUND["side_taken"].search(before[: m.start("m")]):
        return False  # "a volunteer who went to fight against the militants was killed": a side taken, not a grievance
    if m.group("m").lower() == "against" and (op := _AROUND["operation"].search(text[a : max(a, start - 90) + m.start("m")])) \
            and not _AROUND["protest_stem"].search(op.group(1)):
        return False  # "troops began a sweep by the market against marchers in which many died"
    if _AROUND["earlier"].match(m.group("m")) and _AROUND["weekday"].search(before[: m.start("m")]):
        return False  # "gunmen came on Friday last week and opened fire": when the act was, not its grievance
    if m.group("m").lower() == "under" and _AROUND["serving"].match(before[m.end("m") :]):
        return False  # "militiamen under the umbrella of a coalition raped": who they serve, not a grievance
    if m.group("m").lower() == "under" and _AROUND["measure"].search(before):
        return False  # "placed under residential surveillance": the measure itself
    if m.group("m").lower() == "under" and _AROUND["target_met"].search(before):
        return False  # "an army convoy came under attack": what the target met, this incident
    if _AROUND["suspicion"].match(m.group("m")) and _SUSPICION_END.search(before[m.end("m") :]) \
            and not re.match(r"\w+ing\b", text[start:]):
        return False  # "a youth accused of stealing a goat was beaten": the suspicion ends where the main verb begins
    return not _GRIEV_BREAK.search(before[m.end("m") :])


def crowd_progressive(text: str, start: int) -> bool:
    """ "fired on marchers who were burning tyres": a relative clause's progressive that begins the cue tells what
    the crowd was doing at the time (§1.3), not a grievance."""
    a, _ = sentence_span(text, start)
    before = text[max(a, start - 90) : start]
    m = _GRIEVANCE.search(before)
    return bool(m and _AROUND["progressive"].search(before[: m.end("m")] + " ") and not before[m.end("m"):].strip()
                and re.match(r"[a-z]{3,}ing\b", text[start:]))


def _hedged(text: str, start: int) -> bool:
    """A hedge ("allegedly") stands before `start` in its sentence, within 90 characters."""
    return bool(_AROUND["hedge"].search(text[max(sentence_span(text, start)[0], start - 90) : start]))


def find_cues(rx: re.Pattern[str], text: str, *, grievance: bool = False, keep_modal: bool = False) -> list[Cue]:
    out = []
    for m in rx.finditer(text):
        if not keep_modal and _modal_or_negated(text, m.start()):
            continue
        if is_idiom(text, m.start(), m.end()):
            continue
        if grievance:
            if _AROUND["negated_cue"].search(m.group(0)):
                continue  # "police made no arrests"
            body = m.group(0).rstrip()
            last = m.start() + body.rfind(" ") + 1 if " " in body else m.start()
            # "students were allegedly throwing stones": a hedge right before the cue is on the cue's own verb, so its
            # last word is not read as the hedge's motive either (looked for only where the last word is asked about)
            if not crowd_progressive(text, m.start()) and (is_grievance(text, m.start())
                                                           or is_grievance(text, last, hedged_cue=_hedged(text, m.start()))):
                continue
        out.append(Cue(m.group(0), m.start(), m.end()))
    return out


def near(rx: re.Pattern[str], text: str, cue: Cue, before: int = 120, after: int = 120) -> bool:
    a, b = sentence_span(text, cue.start)
    return bool(rx.search(text[max(a, cue.start - before) : min(b, cue.end + after)]))



# Last, once every pattern above is built: the large ones skip texts that lack all their needed words.
prefilter.prefilter_patterns(globals())
