"""Does a sentence REPORT an incident, or only mention, plan, habitually describe or recall one?"""
from __future__ import annotations

import re
from ...text import prefilter
from ...text.lexicon import alternation, terms
from .base import Cue, MONTH, rx_any, words
from .cues_protest import PURPOSE
from .filters import MODAL, NEGATION
from .demo import demo_cues


# --- full-length news: does the sentence REPORT an incident, or only mention one? --------------------
# Analytical articles name events in every sentence ("the war", "the attack on Douma", "chemical
# weapons") without reporting one. A report of an incident has a finite past-tense predicate of an
# ACLED activity, asserted by the reporter: not planned, habitual, pluperfect background, inside a
# relative clause about someone, inside a quotation, or a claim under dispute.
_IV = "classify_incident_verb"
# "a curfew was clamped on the town following clashes between two groups": a measure imposed in answer to violence
# named after it (not another day's: "after last week's clashes") reports that violence (§1.3)
_MEASURE_ANSWERS = (
    rf"\b(?:{words('classify_function_words', 'article')}\s+(?:[\w-]+\s+)?)?{words('classify_background_time', 'response_measure')}"
    rf"\s+(?:\w+\s+){{0,3}}?{words(_IV, 'measure_imposed')}\b"
    rf"(?=[^.;]{{0,60}}?\b{words('classify_background_time', 'cause_marker')}\s+"
    rf"(?:(?!(?:{alternation('classify_background_time', 'past_fighting', 'earlier_word')})\b)[\w'’-]+\s+){{0,4}}?"
    rf"{words(_IV, 'measure_cause')}\b)")
INCIDENT_VERB = rx_any(
    # violence, by its past-tense verb
    rf"(?<![-‐])\b(?!{alternation(_IV, 'not_violence')}){words(_IV, 'violence')}\b|\bgang-raped\b"
    # "marches were also held in Marseille": a protest reported in the passive
    rf"|\b{words('classify_function_words', 'were_was')}\s+(?:also\s+)?{words(_IV, 'held')}\b(?!\s+{words(_IV, 'held_not')})"
    # "police fired water cannon", not "the company fired 200 workers"
    rf"|\bfired (?:\w+ ){{0,2}}?{words(_IV, 'fired_object')}\b"
    rf"|\bthere {words('classify_function_words', 'aux_there')} (?:\w+ ){{0,3}}{words(_IV, 'there_was')}\b"
    # "heavy fighting was reported between X and Y": the report of an incident told in the passive
    r"|(?:" + "|".join(f"(?<={t.pattern} )" for t in terms(_IV) if t.kind == "reported_noun")
    + rf"){words('classify_function_words', 'aux_reported')} reported (?={alternation(_IV, 'reported_where')})",
    rf"\b{words(_IV, 'violence_object')}\b",
    # a later clause of the same report: "..., killing three"
    rf",\s*{words(_IV, 'later_clause')}\b",
    # territory and bases
    rf"\b{words(_IV, 'territory')}\b",
    # agreements, only with what was agreed
    rf"\b{words(_IV, 'agreement')}\b",
    # demonstrations
    rf"\b{words(_IV, 'demonstration')}\b",
    # a note's or headline's verbless lead: "Fresh clashes between two militias near Kalo."
    rf"^\W*{words(_IV, 'nominal_lead')}",
    # "a curfew was clamped on the town following clashes between two groups": a measure imposed in answer to violence
    # named after it reports that violence (§1.3)
    _MEASURE_ANSWERS,
)

# The same lead on its own: it opens the sentence, so no clause before it can make it background.
NOMINAL_LEAD = re.compile(rf"^\W*{words(_IV, 'nominal_lead')}", re.I)
_MEASURE_LEAD = re.compile(rf"^\W*{_MEASURE_ANSWERS}", re.I)

# A note's or a headline's present tense ("Students protest over fees", "Gunmen attack a convoy near Gao"): the verb
# right after a short subject that opens the sentence, with nothing in the subject that makes it another clause.
_PR = "classify_present_report"
_SUBJECT_WORD = rf"(?!(?:{alternation(_PR, 'not_subject', 'preposition', 'determiner')})\b)[\w'’().,/&-]+\s+"
# the subject may name both sides before a reciprocal verb ("Troops and rebels clash near Kalo"), and the verb may
# be the first of two ("A mob chases and beats a herdsman")
PRESENT_REPORT = re.compile(
    rf"^\W*(?:{words(_PR, 'determiner')}\s+)?(?:(?:{_SUBJECT_WORD}){{1,5}}?|(?:{_SUBJECT_WORD}){{1,3}}?and\s+(?:{words(_PR, 'determiner')}\s+)?"
    rf"(?:{_SUBJECT_WORD}){{1,3}}?(?={words(_PR, 'reciprocal')}\b))"
    rf"(?P<v>{words(_PR, 'verb')})\b(?![-'’])\s+(?:and\s+(?={words(_PR, 'verb')}\b)|(?!(?:{alternation(_PR, 'not_subject', 'noun_next')})\b)(?!\w+ed\b))", re.I)
# (a past verb next makes the word a noun subject: "the northern raid forced the militia to ...")

# Verbs that need an object when active: bare "killed in ..." after a noun is a participle
# ("a volunteer killed in the fighting"), not a report.
_TRANSITIVE = re.compile(r"^(?:" + alternation("classify_incident_verb", "transitive") + r")$", re.I)

_FW = "classify_function_words"
AUX_BEFORE = re.compile(rf"\b{words(_FW, 'aux_before')}\s+(?:\w+\s+){{0,2}}$", re.I)

_PARTICIPLE_NEXT = re.compile(rf"^\s*(?:{alternation('classify_participle_next')}|[,.;:)\"”’—–-]|$)", re.I)

# A note's or headline's reduced passive, "Two soldiers killed and one hurt in an ambush": the participle right after a
# short subject that opens the sentence, with no auxiliary or modal anywhere after it, is the report itself (its subject
# is who was hit); "a volunteer killed in the fighting was buried" has its finite verb later and stays a participle.
# Only a participle that names its incident ("in an ambush", "during clashes") reports it: a bare tally after a lead
# ("Ten killed, four of them soldiers") counts the dead of the incident told before it.
_HEADLINE_SUBJECT = re.compile(r"^\W*(?:[\w'’()-]+\s+){1,6}$")
_HC = "classify_headline_cause"
_FINITE_LATER = re.compile(rf"\b(?:{alternation(_FW, 'aux_before')}|{alternation(_HC, 'finite')})\b", re.I)
_HEADLINE_CAUSE = re.compile(rf"^[^.;]{{0,40}}?\b{words(_HC, 'prep')}\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){{0,2}}?"
                             rf"{words(_HC, 'noun')}\b", re.I)


def _headline_passive(sentence: str, verb: re.Match[str]) -> bool:
    after = sentence[verb.end() :]
    return bool(_HEADLINE_SUBJECT.match(sentence[: verb.start()]) and _HEADLINE_CAUSE.match(after)) \
        and not _FINITE_LATER.search(after)

# Background tense, modality and subordination, judged on the words just before the verb.
_NOT_ASSERTED = re.compile(
    # "to" before an article, a number or a possessive is a preposition, not an infinitive: "a bomb attached to a car
    # exploded", "men belonging to two clans clashed" are asserted
    rf"(?:\b{words('classify_not_asserted', 'modal')}\s+(?<!\bto\s)(?:\w+\s+){{0,2}}|\bto\s+(?!{words(_FW, 'article')}\s)(?!{words(_FW, 'to_preposition')}\s)(?:\w+\s+){{0,2}}"
    rf"|\b{words('classify_not_asserted', 'modifier')}\s+(?:now\s+)?)$"
    rf"|\b{words(_FW, 'be_present')}\s+(?:\w+ly\s+)?$|^\W*$",  # present simple is generic; a sentence-initial participle hangs on another clause
    re.I,
)

_RELATIVE = re.compile(rf"\b{words(_FW, 'relative_whose')}\s+(?:\w+\s+){{0,3}}$|\bthat {words(_FW, 'aux_have')}\s+(?:\w+\s+){{0,2}}$|^\s*where\b", re.I)

# Claims under dispute and reported assessments: the reporter does not assert the event.
_CONTESTED = re.compile(r"\b(?:" + alternation("classify_contested") + r")\b", re.I)

# Sentence-level frames of background: habit, long duration, history dated by year alone.
HABITUAL = re.compile(r"\b(?:" + alternation("classify_habitual") + r")\b", re.I)


_DO = "classify_day_opening"
_YEAR_ONLY = re.compile(
    rf"\b(?i:{alternation(_FW, 'year_before')}) (?:(?i:{alternation(_DO, 'year_part')})\s*)?(?:" + MONTH + r" )?(?:19|20)\d\d\b(?! \w+ \d)")

# Courts, inquests and trials retell an incident as evidence; the proceedings are not ACLED events.
_LEGAL = re.compile(r"\b(?:" + alternation("classify_legal") + r")\b", re.I)

_DAY = re.compile(
    rf"\b(?i:{alternation(_DO, 'day_lead')}) (?:\w+ )?{words(_DO, 'weekday')}\b"
    rf"|\b(?i:{alternation(_DO, 'day_word')})\b|\b\d{{1,2}} " + MONTH + r"\b|\b" + MONTH + r" \d{1,2}\b",
)

# A report, study or piece of footage as the subject: what it says is an assessment, not a new incident.
_DOCUMENT_SUBJECT = re.compile(
    rf"^\W*(?:{words('classify_document_subject', 'determiner')}\s+)*(?:[\w’'-]+\s+){{0,3}}?"
    rf"{words('classify_document_subject', 'document')}\b",
    re.I,
)


# "March for Our Lives" is a name and "Jalandhar-I" or "Barrio I" a place: only a speaking "I" counts
# nor does the numeral of a place ("the Imi I area", "Sector I camp")
_FP = "classify_first_person"
_FIRST_PERSON = re.compile(rf"(?<![-‐])\bI(?:['’](?:ve|m|d|ll))?\s+(?!{words(_FP, 'place_noun')}\b)[a-z]|\b{words(_FP, 'pronoun')}\b|^\W*{words(_FP, 'capital')}\b")

_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")

# The outlet naming its own sourcing ("according to testimonies gathered by our researchers", "told our
# correspondent", "told us"): the report speaks, not a witness
_OUR_SOURCES = re.compile(rf"\b{words('classify_our_sources', 'via')}\s+(?:\w+\s+){{0,3}}?(?:us|our {words('classify_our_sources', 'staff')})\b")


_KIN_SUBJECT = re.compile(
    rf"^\W*{words(_FW, 'possessive')}\s+(?:\w+\s+)?{words('classify_kin')}s?\b",
    re.I,
)

# A running toll counts the dead of a whole campaign, not of one day's incident: "at least 80 villagers
# have died since the siege started", "300 were lost as the front moved".
_CU = "classify_cumulative"
_CUMULATIVE = re.compile(
    rf"\b(?:ha(?:ve|s) (?:\w+ )?{words(_CU, 'toll')}|death toll {words(_FW, 'aux_has')} {words(_CU, 'rise')})\b"
    rf"[^.;]{{0,160}}?\b(?:{alternation(_CU, 'span')}|as (?:[\w’'-]+ ){{1,6}}(?:ha(?:ve|s) |had )?{words(_CU, 'advance')}|during the {words(_CU, 'campaign')})\b",
    re.I,
)

# Aims, strategies and trends describe a conflict, they report no incident ("the goal of their campaign
# is to crush ...", "the region has seen violence rise").
_ANALYSIS = re.compile(
    rf"\b{words('classify_analysis', 'aim')} {words(_FW, 'copula_aim')} {words(_FW, 'aim_next')}\b"
    rf"|\b(?:ha(?:s|ve)|had) (?:\w+ )?seen (?:an? |the )?(?:\w+ )?{words('classify_analysis', 'trend')}\b",
    re.I,
)

# A person's own story ("X was present when the market was bombed", "she witnessed the raids") is
# biography and testimony: the incident, if news, is reported in its own sentence.
_WITNESS = re.compile(
    rf"\b{words(_FW, 'was_were')} {words('classify_witness', 'place')} when\b|\b{words('classify_witness', 'verb')}\b",
    re.I,
)

_ASIDE = re.compile(rf",\s*{words(_FW, 'relative_aside')}\b[^,;]*|\b{words(_FW, 'relative_that_which_who')} {words(_FW, 'aux_aside')}\b[^,;]*", re.I)

# A protest's grievance is background by nature ("protested against fuel prices that have risen for years").
_GRIEVANCE_TAIL = re.compile(r"\b(?:" + PURPOSE + "|" + alternation("classify_purpose", "grievance_tail") + r")\b.*$", re.I)


_FINDING = re.compile(r"\b(?:" + alternation("classify_finding") + r")\b", re.I)


def _in_quotation(text: str, pos: int) -> bool:
    before, after = text[:pos], text[pos:]
    if before.count("“") > before.count("”") or after.count("”") > after.count("“"):
        return True  # inside a quotation, or the tail of one opened in an earlier sentence
    return before.count('"') % 2 == 1


# "officials said Ukrainian drones had struck a depot": reported speech shifts the past into the pluperfect,
# and the report it carries is as asserted as "officials said drones struck"
# ... but "said troops had been deployed" reports a measure, not an incident
_MEASURE_VERB = re.compile(r"(?:" + alternation("classify_incident_verb", "measure") + r")\b", re.I)

_BACKSHIFTED = re.compile(rf"\b{words('classify_reporting_verb', 'backshift')}(?: that)?\s+[^,;:()“”\"]{{3,80}}?\b{words(_FW, 'had')}\s+(?:been\s+)?$", re.I)


def _asserted(sentence: str, start: int) -> bool:
    """Is the verb at `start` asserted by the reporter as having happened?"""
    before = sentence[max(0, start - 60) : start]
    # "announced a strike and protested": a past verb coordinated after a plan reports its own act
    coordinated = re.search(r"\band\s+$", before) and re.match(r"\w+ed\b", sentence[start:]) and not NEGATION.search(before)
    backshifted = _BACKSHIFTED.search(sentence[max(0, start - 140) : start]) and not _MEASURE_VERB.match(sentence[start:])
    if (_NOT_ASSERTED.search(before) and not backshifted) \
            or NEGATION.search(before) or (MODAL.search(before) and not coordinated):
        return False
    if _in_quotation(sentence, start):
        return False
    clause = re.split(r"[,;:()–—]", sentence[:start])[-1]
    if _RELATIVE.search(clause):
        return False  # background about someone or something
    return not _CONTESTED.search(sentence[:start])


_DOUBT = re.compile(rf"\b{words('classify_negation', 'existential_doubt')}\b", re.I)


def _asserted_incident(sentence: str) -> Cue | None:
    """The first finite past-tense incident predicate the reporter asserts, if any."""
    for m in INCIDENT_VERB.finditer(sentence):
        # "There were clashes ...": an existential opening is the report itself, not a hanging participle
        existential = (re.match(r"there\b", m.group(0), re.I) and not sentence[: m.start()].strip(" \"'“‘")
                       and not _DOUBT.search(m.group(0))) or (m.start() == 0 and NOMINAL_LEAD.match(sentence) is not None) \
            or (m.start() == 0 and _MEASURE_LEAD.match(sentence) is not None)  # "Curfew was clamped ... after riots"
        if not existential and not _asserted(sentence, m.start()):
            continue
        word = m.group(0).lower()
        before = sentence[max(0, m.start() - 60) : m.start()]
        if _TRANSITIVE.match(word) and not AUX_BEFORE.search(before) and _PARTICIPLE_NEXT.match(sentence[m.end() :]) \
                and not _headline_passive(sentence, m):
            continue  # "a volunteer killed in the fighting"
        return Cue(m.group(0), m.start(), m.end())
    m = PRESENT_REPORT.match(sentence)
    if m and _asserted(sentence, m.start("v")):
        return Cue(m.group("v"), m.start("v"), m.end("v"))
    return None


# A sentence that opens on its day ("On 3 May 2022, ...", "Yesterday, ...") is the report of what happened
# that day, the way ACLED's notes and news leads are written: any asserted past verb other than saying,
# promising or deciding will do ("the coalition conducted two air raids"). A day mentioned mid-sentence
# dates a meeting or a phone call as readily as an incident, so it does not count.
_PAST_VERB = re.compile(
    rf"\b{words('classify_past_verb')}\b",
    re.I,
)

_NOT_A_REPORT = re.compile(r"^(?:" + alternation("classify_reporting_verb", "not_a_report") + r")$", re.I)


OPENS_ON_DAY = re.compile(
    rf"^\W*(?:[A-Z][A-Za-z /-]{{2,40}}:\s+)?(?:(?i:{alternation(_DO, 'lead')})\b[^,]{{0,40}},|(?i:{alternation(_DO, 'day')})\b)"
)


def _dated_report(sentence: str) -> bool:
    m = OPENS_ON_DAY.search(sentence)
    if not m or not _DAY.search(m.group(0)):
        return False
    return any(not _NOT_A_REPORT.match(m.group(0)) and _asserted(sentence, m.start()) for m in _PAST_VERB.finditer(sentence))


def reports_incident(sentence: str) -> bool:
    """Does this sentence report a concrete incident that happened, rather than mention, plan, habitually
    describe or recall one? Tense, aspect and attribution decide, as a copy editor would read it."""
    s = sentence.strip()
    if not (INCIDENT_VERB.search(s) or OPENS_ON_DAY.search(s) or PRESENT_REPORT.match(s)):
        return False  # the last test below needs one or the other: most sentences end here, before the clause analysis
    main = _ASIDE.sub(" ", s)  # "..., which they say has been amended since 1993" dates the constitution, not the rally
    if demo_cues(main):
        main = _GRIEVANCE_TAIL.sub(" ", main)
    if HABITUAL.search(main) or (_DOCUMENT_SUBJECT.search(s) and _FINDING.search(s)):
        return False
    if _CUMULATIVE.search(s) or _ANALYSIS.search(s) or _WITNESS.search(s):
        return False
    if _KIN_SUBJECT.search(s) and not _DAY.search(s):
        return False  # family history told about a person: biography, not the day's news
    if _LEGAL.search(s) and not demo_cues(s):
        return False
    if _FIRST_PERSON.search(_OUR_SOURCES.sub(" ", _QUOTED.sub(" ", s))):
        return False  # a witness or a columnist speaking: testimony and opinion, not the report
    if _YEAR_ONLY.search(main) and not _DAY.search(s):
        return False  # history dated by year or month: background, not the day's news
    return _asserted_incident(s) is not None or _dated_report(s)


# A passage led by a meeting, promise, vote, ruling or statement, with no incident asserted anywhere in
# it, is politics about violence, not violence ("Moscow promised a committee at a meeting in Sochi").
# Announcing a ceasefire or truce is itself ACLED's Agreement, so it is left to the rules.
_PH = "classify_politics_head"
_LEAD_IN = rf"^\W*(?:{words(_PH, 'lead_in')} [^,]{{0,40}}?,?\s+)?"

_POLITICS_HEAD = re.compile(
    _LEAD_IN + rf"(?:[\w’'.-]+\s+){{1,6}}?(?:{words(_PH, 'adverb')} )*(?:{alternation(_PH, 'verb')}"
    rf"|announced(?! (?:[\w-]+ ){{0,4}}{words(_PH, 'announced_not')}))\b"
    r"|" + _LEAD_IN + rf"{words(_FW, 'article')}?\s*(?:[\w’'-]+\s+){{0,3}}(?<!press ){words(_PH, 'meeting')}s?"
    rf" (?:\w+ ){{0,3}}{words(_PH, 'held')}\b"
)


def politics_only(text: str) -> bool:
    sentences = [x for x in re.split(r"(?<=[.!?])\s+", text) if x.strip()]
    if not sentences or not _POLITICS_HEAD.search(sentences[0]):
        return False
    return not any(_asserted_incident(x) for x in sentences)



# Last, once every pattern above is built: the large ones skip texts that lack all their needed words.
prefilter.prefilter_patterns(globals())
