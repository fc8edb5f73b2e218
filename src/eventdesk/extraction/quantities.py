"""Fatalities and crowd size from an event passage, the way ACLED codes them.

Regex and small English lexicons only (runs on every passage). ACLED rules (codebook §1.6,
§1.7): the lowest figure among conflicting reports; only the dead; "casualties" alone is 0;
vague words "dozens" = 12, "hundreds" = 100, "several/many/few" = 3. Crowd size keeps the
source's own wording, as ACLED writes it in `tags` ("crowd size=around 3,000").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..text.dateforms import FULL_MONTH, MONTH, MONTH_STEM, ORDINAL, YEAR, year_after
from ..text.lexicon import alternation, force_terms
from ..text.prefilter import filtered

__all__ = ["fatalities", "part_toll", "first_toll_at", "CrowdSize", "crowd_size", "parse_number"]


def _nw(kind: str) -> str:
    """One kind of a term file under data/lexicon/, as an alternation: number words, death and crowd reports."""
    return alternation("number_words", kind)


def _ft(kind: str) -> str:
    return alternation("fatality_terms", kind)


def _ct(kind: str) -> str:
    return alternation("crowd_terms", kind)

_UNITS = {
    "zero": 0, "no": 0, "a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "a dozen": 12, "dozen": 12, "a hundred": 100, "one hundred": 100,
    "a couple of": 2, "a pair of": 2, "both": 2, "twin": 2,
}
# ACLED's conversions for vague fatality words (codebook §1.6).
_VAGUE_FATAL = {
    "dozens": 12, "dozens of": 12, "scores of": 12, "hundreds": 100, "hundreds of": 100, "several": 3,
    "many": 3, "few": 3, "a few": 3, "some": 3, "a number of": 3, "numerous": 3, "multiple": 3,
    "several dozen": 12, "a few dozen": 12, "tens of": 10, "a handful of": 3,
}
_WORDNUM = (rf"(?:{_nw('tens')})(?:[\s-](?:{_nw('units')}))?"
            rf"|{_nw('teens')}"
            rf"|{_nw('units')}|{_nw('ten')}")
_DIGITS = r"\d{1,3}(?:,\d{3})+|\d+"
_NUM = rf"(?:{_DIGITS}|{_WORDNUM})"
NUMBER = _NUM  # a count in digits or words, for patterns built elsewhere (eventdesk.acled_notes)


def parse_number(s: str) -> int | None:
    """Digits or English number words up to ninety-nine; None when not a number."""
    s = s.strip().lower().replace(",", "")
    if s.isdigit():
        return int(s)
    if s in _UNITS:
        return _UNITS[s]
    parts = re.split(r"[\s-]+", s)
    if len(parts) == 2 and parts[0] in _UNITS and parts[1] in _UNITS:
        return _UNITS[parts[0]] + _UNITS[parts[1]]
    return None


# ---------------------------------------------------------------- fatalities

_HEDGE = rf"(?:{_ft('hedge')})\s+"
_RANGE = rf"(?P<n>{_NUM})(?:\s*(?:-|–|to|or)\s*{_NUM})?"
_COUNT = (rf"(?:{_HEDGE})?(?:(?i:between)\s+)?(?:{_RANGE}|(?P<vague>{_ft('vague')}"
          rf"|{_ft('determiner')})\b(?:\s+of)?)(?![\w-])")
_KILLED = (rf"(?:(?:{_ft('harm_then_killed')})"
           rf"(?:\s+(?!and\b)[\w-]+){{0,4}}?\s+and\s+(?:later\s+)?(?:{_ft('then_killed')})|{_ft('killed')}|"
           rf"(?:{_ft('to_death')})(?:\s+and\s+(?:{_ft('and_to_death')}))?\s+to\s+death|"
           rf"{_ft('lives_lost')})")
# NP of up to six words that are not verbs or clause breaks: "two suspected Al Shabaab militants".
_NP = rf"(?:\s+(?!(?:{_ft('np_break')})\b)[\w'’./-]+){{0,6}}?"
_NP_G = _NP[:-1]  # greedy: a conjoined run must reach its last noun phrase
_COUNT_PLAIN = re.sub(r"\(\?P<\w+>", "(?:", _COUNT)  # _COUNT without its named groups, to use again in one pattern
# "9 guards and allied villagers died": a conjunct with no count of its own is counted with the one before
# (its noun phrase holds no count, which would be the count of the dead: "the west near X 14 soldiers and ...")
_SHARED = (rf"(?:\s+(?!(?:{_ft('np_break')}|{_DIGITS}|{_WORDNUM})\b)[\w'’./-]+){{0,6}}?"
           rf"\s+(?:{_ft('shared_conjunct')})(?:\s+(?!(?:{_ft('np_break')})\b)(?!{_COUNT_PLAIN})[\w'’-]+){{1,3}}?")
_PASSIVE = re.compile(
    rf"\b{_COUNT}(?:{_SHARED}|{_NP})(?P<app>,\s+(?:{_ft('appositive')})\b[^,.;]{{0,40}},)?"
    rf"\s+(?:(?:{_ft('passive_aux')})\s+)*{_KILLED}\b",
    re.IGNORECASE)
_ACTIVE = re.compile(
    rf"\b(?:{_ft('kill_verb')})\s+{_COUNT}(?P<np>{_NP})",
    re.IGNORECASE)
_TOLL = re.compile(
    rf"\b(?:(?:death\s+)?toll\s+(?:has\s+|had\s+)?(?:(?:{_ft('toll_adverb')})\s+)?(?:{_ft('toll_verb')})"
    rf"|(?:{_ft('toll_noun')})\s+(?:has\s+|had\s+|have\s+)?(?:{_ft('toll_rise')}))\s+(?:to\s+|at\s+)?(?:{_HEDGE})?(?P<n>{_NUM})",
    re.IGNORECASE)
_BODIES = re.compile(rf"\bbod(?:y|ies)\s+of\s+{_COUNT}", re.IGNORECASE)
_BODIES_N = re.compile(rf"\b{_COUNT}{_NP}\s+(?:dead\s+)?bod(?:y|ies)\b", re.IGNORECASE)
_CAUSED = re.compile(
    rf"\b(?:{_ft('caused')})\s+the\s+(?:{_ft('caused_deaths')})(?:\s+by\s+\w+)?\s+of\s+{_COUNT}",
    re.IGNORECASE)
_SPLIT = re.compile(rf"\b(?:{_ft('split')})\s+(?:{_ft('split_prep')})\s+(?P<k>{_NUM})\s+(?:\w+\s+)?events\b", re.IGNORECASE)
_CONJ_COUNT = re.compile(rf"(?:^|,\s*|\s+and\s+|\s+as\s+well\s+as\s+)(?:{_COUNT})", re.IGNORECASE)
_AGO = re.compile(rf"^[^.;]{{0,25}}?\b(?:\d+|{_ft('ago_count')})\s+(?:{_ft('ago_unit')})\s+ago\b|^[^.;]{{0,15}}?\bin\s+(?:19|20)\d\d\b|^\s*(?:{_ft('last_year')})\s+year\b", re.IGNORECASE)
_SUMMARY = re.compile(rf"\b(?P<n>{_NUM})\s+(?:\w+\s+)?(?:fatalit(?:y|ies)|deaths?)\b|\bfatalities\s*:\s*(?P<n2>\d+)", re.IGNORECASE)
_NONE = re.compile(rf"\b(?:(?:{_ft('nobody')})\s+(?:(?:{_ft('nobody_aux')})\s+)?(?:(?:immediately\s+)?(?:{_ft('nobody_reported')})\s+)?"
                   rf"(?:{_ft('nobody_harmed')})|no\s+(?:{_ft('no_casualties')})|without\s+casualties)\b", re.IGNORECASE)
# A killing named as the grievance or the background of the event is not a fatality of it.
_REASON_BEFORE = re.compile(
    rf"(?:{_ft('grievance_before')})\s+(?:[\w'’-]+\s+){{0,8}}$",
    re.IGNORECASE)
# "a driver suspected of killing a guard", "jailed for their part in the raid that killed nine": a death report inside
# the crime charged, read up to its own end; one after the main verb ("a youth charged with theft was beaten to death") counts
_CHARGED_BEFORE = re.compile(rf"(?:{_ft('charged_before')})\s+(?:(?!(?:{_ft('clause_aux')})\b)[\w'’-]+[,\s]+){{0,10}}$",
                             re.IGNORECASE)
# "the camp where a child died last week", "a town in which 30 died in 2019": a death in a relative clause with a time of its
# own belongs to another incident than the one the sentence reports
_RELATIVE_DEATH = re.compile(rf"\b(?:{_ft('relative_death')})\s+(?:[\w'’-]+\s+){{0,6}}$", re.IGNORECASE)
_OTHER_TIME = re.compile(rf"^[^.;,]{{0,25}}?\b(?:(?:{_ft('last_year')})\s+(?:{_ft('past_period')})\b|(?:\d+|{_ft('ago_count')})\s+"
                         rf"(?:{_ft('ago_unit')}|{_ft('ago_short')})\s+ago\b|in\s+(?:19|20)\d\d\b)", re.IGNORECASE)
_TIME_NAMED = re.compile(rf"^\s*(?:{_ft('time_named')})\b", re.IGNORECASE)
_HAD_BEEN = re.compile(r"\bhad\s+been\s+(?:\w+\s+and\s+)?$", re.IGNORECASE)
_NOT_VICTIMS = re.compile(rf"^['’\s]*(?:of\s+)?(?:(?:{_ft('not_victim_det')})\s+)?(?:{_ft('not_victim')}|"
                          rf"{FULL_MONTH})\b", re.IGNORECASE)
_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'])|;\s*")
_PRONOUN_KILL = re.compile(
    rf"\b(?:{_ft('kill_pronoun')})\s+(?:{_ft('pronoun_object')})\b"
    rf"|\b(?:{_ft('pronoun_subject')})\s+(?:{_ft('pronoun_aux')})\s+(?:\w+\s+and\s+)?(?:{_ft('killed_pronoun')})\b"
    rf"|\b(?:{_ft('pronoun_subject')})\s+(?:later\s+)?died\b",
    re.IGNORECASE)


# "A Danish nurse working at a clinic near X, in the north, has died": one person, the sentence's
# subject, told with a participle or relative clause after it that the count patterns' short noun phrase cannot reach.
_ONE_SUBJECT = re.compile(
    rf"^\W*(?:{_ft('one_subject')})\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+,?\s+(?:{_ft('postmodifier')})\b[^;:]{{0,160}}?,?"
    rf"\s+(?:(?:{_ft('passive_aux')})\s+)*{_KILLED}\b")


# "A guard was killed on Monday alongside two drivers", "nine died in the raid along with 14 porters": dead named
# as killed with the ones just counted add to them (a count or "a", not "his comrades")
_ALONG_WITH = re.compile(rf"(?:[\s,]+(?!(?:{_ft('along_break')})\b)[\w'’-]+){{0,8}}?,?\s+(?:{_ft('along_with')})\s+"
                         rf"(?P<c>(?:{_HEDGE})?(?:(?P<n>{_NUM})|(?P<vague>an?|{_ft('vague')}))(?:\s+of)?(?![\w-]))", re.IGNORECASE)


# "The soldier, who was serving with a US unit, was killed alongside an American": one dead told again (a definite
# subject or a pronoun) with those killed beside him, who add to him; read where a sentence after the death report
# names the others (codebook 1.6: every reported death counts)
_RETOLD_DEAD = re.compile(rf"^\W*(?:{_ft('retold_subject')})\b[^;:]{{0,160}}?\s+(?:(?:{_ft('passive_aux')})\s+)*(?:{_KILLED})\b")


def companions(sentence: str) -> int:
    """The dead a sentence names as killed alongside one victim told again ("He died along with two guards" = 2);
    0 when it names none."""
    k = _companions_of(count_text(sentence))
    return k[2] - 1 if k else 0


def _companions_of(sentence: str) -> tuple[int, int, int] | None:
    """(start, end, the one told again and those killed beside him) or None."""
    m = _RETOLD_DEAD.match(sentence)
    if m is None or _OBJECT_NEXT.match(sentence[m.end():]):
        return None
    w = _ALONG_WITH.match(sentence, m.end())
    if w is None or _NOT_VICTIMS.match(sentence[w.end():]) or _AROUND["injured"].match(sentence[w.end():w.end() + 30]):
        return None
    n = _count_value(w)
    return (m.start(), w.end(), 1 + n) if n else None


def _around(form: str, *kinds: str, flags: int = re.IGNORECASE) -> re.Pattern:
    """form with each '{}' filled, in order, by one fatality_terms kind as a group."""
    return re.compile(form.format(*(f"(?:{_ft(k)})" for k in kinds)), flags)


# Words read around a death report found above, by what they tell about it.
_AROUND = {
    "adjective": _around(r"\b{}\s+$", "adjective_before"),  # "families of killed soldiers": an adjective, no report
    "injured": _around(r"\b{}\b", "injured"),  # a count of the injured is no count of dead
    "left_dead": _around(r"\s*{}?{}\b", "left_people", "left_dead"),  # "left two (people) dead"
    "passive": _around(r"\b{}\b", "passive_sign"),  # "two were shot dead", not "two gunmen shot dead a man"
    "same_dead": _around(r"(?i){}\b", "body_possessive", flags=0),  # "his body was taken home": told again
    "verb": _around(r"\S+(?:\s+{})?\s+", "kill_verb_tail", flags=0),  # all of "shot dead", "claimed the lives of"
    "no_summary": _around(r"\b{}\s*$", "summary_not"),  # "no fatalities", "injuries": no summary of the dead
}


# "killing all the attackers", "all of the gunmen were killed": the whole of a group of attackers, dead; the number
# told for them before, else ACLED's figure for an unnumbered plural (codebook 1.6: 'several' = 3)
_ALL_NOUN = rf"(?P<all>{_ft('all_of')})\s+(?:[\w'’-]+\s+){{0,2}}?(?P<noun>{_ft('attacker_noun')})\b"
_ALL_OF = (re.compile(rf"\b(?:{_ft('kill_verb')})\s+{_ALL_NOUN}", re.IGNORECASE),
           re.compile(rf"\b{_ALL_NOUN}\s+(?:(?:{_ft('passive_aux')})\s+)*{_KILLED}\b", re.IGNORECASE))
_ALL_UNNUMBERED = _VAGUE_FATAL["several"]

# "Kale and Joshi were both killed": the pair is two dead, though the names carry no count (codebook 1.6)
_PAIR = re.compile(rf"\b(?:{_ft('passive_aux')})\s+(?:{_ft('pair')})\s+(?:(?:{_ft('passive_aux')})\s+)*{_KILLED}\b",
                   re.IGNORECASE)


def _whole_group(text: str, sentence: str, pos: int, val: int) -> int:
    """The number of attackers told before a report that all of them died ("five gunmen stormed the post ... all
    the gunmen were killed" = 5); the count as found otherwise."""
    m = next((m for rx in _ALL_OF if (m := rx.match(sentence, pos))), None)
    if m is None:
        return val
    noun = re.escape(m.group("noun"))
    before = text[:max(0, text.find(sentence)) + pos]
    told = list(re.finditer(rf"\b(?P<n>{_NUM})\s+(?:[\w'’-]+\s+){{0,2}}?{noun}\b", before, re.IGNORECASE))
    n = parse_number(told[-1].group("n")) if told else None
    return n if n else val


def _count_value(m: re.Match) -> int | None:
    n = m.group("n")
    if n:
        return parse_number(n)
    v = (m.group("vague") or "").lower()
    v = re.sub(r"\s+", " ", v)
    if v in ("a", "an", "the", "his", "her", "its", "one"):
        return 1
    if v == "their":
        return None
    if v == "a dozen":
        return 12
    if v == "tens":
        return 10
    if v in ("a number", "a handful"):
        return 3
    return _VAGUE_FATAL.get(v, 3 if v else None)


_COUNT_NG = re.sub(r"\(\?P<\w+>", "(?:", _COUNT)  # repeatable: no named groups
_OBJECT_NEXT = re.compile(rf"^\s+(?:(?:{_ft('object_hedge')})\s+)?(?:{_DIGITS}|{_WORDNUM}|{_ft('object_count')})\b", re.IGNORECASE)
_SUBJECT_RUN = re.compile(rf"\b(?:{_COUNT_NG}){_NP}(?:\s*\([^()]{{0,40}}\))?(?:(?:,\s*|\s+and\s+|\s+as\s+well\s+as\s+)(?:{_COUNT_NG}){_NP}(?:\s*\([^()]{{0,40}}\))?)*\s*$", re.IGNORECASE)
_COUNT_AT = re.compile(rf"(?:{_COUNT})", re.IGNORECASE)
# "A Dutch nurse and a Swiss driver, who drove supplies in, were killed": conjoined dead opening the
# sentence, with a relative clause between them and the verb that the count patterns' short noun phrase cannot cross
_RUN_THEN_CLAUSE = re.compile(
    rf"^\W*(?P<run>(?:{_COUNT_NG}){_NP}(?:\s+and\s+(?:{_COUNT_NG}){_NP})+),\s+(?:{_ft('postmodifier')})\b[^;:]{{0,160}}?,"
    rf"\s+(?:(?:{_ft('passive_aux')})\s+)*{_KILLED}\b", re.IGNORECASE)
_CHUNK_SPLIT = re.compile(r",\s*|\s+and\s+|\s+as\s+well\s+as\s+", re.IGNORECASE)


_REPORTED_NEXT = re.compile(rf"\s+(?:{_ft('source_said')})\b", re.I)


# "In the southern city of X, a student was shot dead", "at the hands of the regime, 59 civilians died": an
# introductory place or phrase is no victim
_PLACE_HEAD = re.compile(rf"^(?:\s+[\w'’-]+){{0,2}}?\s+(?:{_ft('place_head')})(?:\s+of\b|\s*$)", re.IGNORECASE)


# "between 12 and 15 people": one range, read at its lowest figure (codebook 1.6), not two groups to add
_BETWEEN = re.compile(rf"\bbetween\s+({_NUM})\s+and\s+{_NUM}(?![\w-])", re.IGNORECASE)


_SUBSET = re.compile(rf"\s*(?:{_ft('subset_chunk')})\b", re.IGNORECASE)


def _sum_chunks(run: str) -> int | None:
    """ "three guards (RPG) and a mayor" -> 4: every conjoined noun phrase is a victim group."""
    total, any_ = 0, False
    run = _BETWEEN.sub(lambda m: m.group(1), run)
    for chunk in _CHUNK_SPLIT.split(re.sub(r"\([^()]*\)", "", run)):
        m = _COUNT_AT.match(chunk.strip())
        if not m:
            continue
        rest = chunk.strip()[m.end():]
        if _NOT_VICTIMS.match(rest) or _PLACE_HEAD.match(rest) or _TIME_NAMED.match(rest) or _SUBSET.match(rest):
            continue  # "30 people, 12 of them soldiers": a part of the dead just counted (codebook 1.6), none added
        v = _count_value(m)
        if v is not None:
            total, any_ = total + v, True
    return total if any_ else None


def _figures_in(sentence: str) -> list[tuple[int, int]]:
    """(position, count) for every report of deaths in one sentence."""
    return [(pos, val) for pos, _, val in _figure_spans(sentence)]


# Whose dead a count names: a state force, an armed group or civilians (the actor term files); a later sentence
# that counts another side's dead adds to the toll ("50 soldiers were killed. One rebel died."), one that counts
# the same side or people in general restates it.
_SIDES = (("state", re.compile(rf"(?:{force_terms('actors_military')}|{force_terms('actors_police')})", re.I)),
          ("armed", re.compile(rf"(?:{alternation('actors_armed_people', 'armed', 'unknown_noun')}|"
                               rf"{alternation('actors_militias', 'rebel')})", re.I)),
          ("civilian", re.compile(rf"(?:{alternation('actors_people', 'civilian')})", re.I)))
_GENERIC = re.compile(rf"(?:{_ft('generic_victim')})", re.I)
_WORD = re.compile(r"[\w'’-]+")


def _side_of(sentence: str, pos: int, end: int) -> str:
    """Whose dead one count names: the first side word after it; 'generic' where none follows or people in
    general are counted."""
    for w in _WORD.findall(sentence[pos:end + 30])[:8]:
        if _GENERIC.fullmatch(w):
            break
        hit = next((name for name, rx in _SIDES if rx.fullmatch(w)), None)
        if hit:
            return hit
    return "generic"


def _sides(sentence: str) -> set[str]:
    """The sides whose dead the sentence counts."""
    return {_side_of(sentence, pos, end) for pos, end, _ in _figure_spans(sentence)}


# "14 civilians were killed in strikes", "air strikes killed 14 people": civilians killed by remote means are the dead
# of an air strike or shelling event of their own, with other actors, not of a ground battle told beside them
# (codebook 1.9: a distinct event stays separate; 1.6: only civilians killed inside the battle are its dead)
_REMOTE_AFTER = re.compile(rf"^\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_ft('remote_link')})\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_ft('remote_means')})\b",
                           re.IGNORECASE)
_REMOTE_BEFORE = re.compile(rf"\b(?:{_ft('remote_means')})(?:\s+(?:{_ft('remote_aux')}))?\s*$", re.IGNORECASE)
_KILL_VERB_AT = re.compile(rf"(?:{_ft('kill_verb')})\b", re.IGNORECASE)


def _remote_civilian_dead(sentence: str, pos: int, end: int) -> bool:
    """Does this count name civilians (or people) killed by air strikes or shelling?"""
    if _side_of(sentence, pos, end) not in ("civilian", "generic"):
        return False
    verb = re.search(_KILLED, sentence[pos:end], re.IGNORECASE)
    tail = sentence[pos + verb.end():] if verb else sentence[end:]
    active = _KILL_VERB_AT.match(sentence, pos) is not None
    return bool(_REMOTE_AFTER.match(tail) or (active and _REMOTE_BEFORE.search(sentence[max(0, pos - 60):pos])))


def remote_dead(sentence: str) -> int:
    """The dead a sentence reports as civilians (or people) killed by air strikes or shelling, when those are all the
    dead it reports ("nine villagers died in air raids on Friday"): a strike told as an act of its own, with its own
    victims, beside a ground battle is an event of its own (codebook 1.2, 1.9); 0 when the sentence counts no such dead
    or also counts others (soldiers killed in the fighting)."""
    text = count_text(sentence)
    spans = [s for s in _figure_spans(text) if not _running_tally(text, s[0], s[1])]
    if not spans or not all(_remote_civilian_dead(text, pos, end) for pos, end, _ in spans):
        return 0
    return sum(v for _, _, v in spans)


# "310 people have died in the town since January", "the number killed this year": a count told with a span from a
# start to now is a campaign's running tally, no one event's dead (codebook 1.6: only the event's own dead; a total
# over several days or places is divided, never given whole to one of them)
_TALLY_SPAN = re.compile(rf"\b(?:{_ft('running_tally')})\b", re.IGNORECASE)
_CLAUSE_STOP = re.compile(r"[.;:!?]|,\s+(?:{})\b".format(_ft('tally_clause_break')), re.IGNORECASE)


def _running_tally(sentence: str, pos: int, end: int) -> bool:
    """Is the count at pos..end told with a span from a start to now, in its own clause ("have died since March")?"""
    rest = sentence[end:]
    stop = _CLAUSE_STOP.search(rest)
    return bool(_TALLY_SPAN.search(sentence[pos:end] + rest[:stop.start() if stop else len(rest)]))


def _figure_spans(sentence: str) -> list[tuple[int, int, int]]:
    """(start, end, count) for every report of deaths in one sentence, as a list of the caller's own."""
    return list(_figure_spans_of(sentence))


@lru_cache(maxsize=256)  # a sentence is read again for the toll, the first toll and its sums
def _figure_spans_of(sentence: str) -> tuple[tuple[int, int, int], ...]:
    found: dict[int, int] = {}
    spans: list[tuple[int, int]] = []
    sentence = _NONE.sub(lambda m: " " * len(m.group(0)), sentence)

    def add(pos: int, end: int, val: int | None) -> None:
        if val is None or any(s <= pos < e or pos <= s < end for s, e in spans):
            return
        before = sentence[max(0, pos - 80):pos]
        charged = _CHARGED_BEFORE.search(sentence[max(0, pos - 80):end].rstrip(".!?;:”\"") + " ")
        if _REASON_BEFORE.search(before) or (charged and charged.start() < pos - max(0, pos - 80)) \
                or _HAD_BEEN.search(before) or (_RELATIVE_DEATH.search(before) and _OTHER_TIME.match(sentence[end:end + 40])) or _AGO.match(sentence[end:end + 40]):
            return
        spans.append((pos, end))
        found[pos] = val

    for m in _TOLL.finditer(sentence):
        add(m.start(), m.end(), parse_number(m.group("n")))
    for m in _CAUSED.finditer(sentence):
        run = sentence[m.start("n") if m.group("n") else m.end() - len(m.group(0).split()[-1]):]
        mm = re.match(rf"(?:{_COUNT_NG}){_NP_G}(?:(?:,\s*|\s+and\s+)(?:{_COUNT_NG}){_NP_G})*", run, re.IGNORECASE)
        add(m.start(), m.end(), _sum_chunks(mm.group(0)) if mm else _count_value(m))
    for m in (m for rx in _ALL_OF for m in rx.finditer(sentence)):
        add(m.start(), m.end(), _ALL_UNNUMBERED)
    for m in _PAIR.finditer(sentence):
        add(m.start(), m.end(), 2)
    for m in _ACTIVE.finditer(sentence):
        verb = sentence[m.start():m.start() + 7].lower()
        if _NOT_VICTIMS.match(sentence[m.end() - len(m.group("np") or ""):] if m.group("np") else sentence[m.end():]):
            continue
        if verb.startswith(("left", "leavi")):
            # "left two dead": only counts with a death word right after the noun phrase.
            tail = sentence[m.end():m.end() + 25]
            if not _AROUND["left_dead"].match(tail):
                continue
            add(m.start(), m.end(), _count_value(m))
            continue
        # "killing three soldiers and a civilian"
        obj_start = m.end() - len(m.group(0)) + len(_AROUND["verb"].match(m.group(0)).group(0))
        mm = re.match(rf"(?:{_COUNT_NG}){_NP_G}(?:(?:,\s*|\s+and\s+)(?:{_COUNT_NG}){_NP_G})*", sentence[obj_start:], re.IGNORECASE)
        run = mm.group(0) if mm else None
        if run and "," in run and _REPORTED_NEXT.match(sentence[obj_start + mm.end():]):
            run = run.rsplit(",", 1)[0]  # "killing 40 people, a local group said": the source is no victim
        val = _sum_chunks(run) if run else None
        add(m.start(), obj_start + (mm.end() if mm else 0), val if val is not None else _count_value(m))
    for m in _PASSIVE.finditer(sentence):
        head = sentence[m.start():m.end()]
        if _OBJECT_NEXT.match(sentence[m.end():]) and not _AROUND["passive"].search(head):
            continue  # active voice: "two gunmen shot dead a civilian"
        verb_at = re.search(_KILLED, head, re.IGNORECASE)
        if _AROUND["adjective"].search(head[:verb_at.start()]):
            continue  # "families of killed soldiers": an adjective, not a report
        aux = re.search(rf"\s+(?:(?:{_ft('passive_aux')})\s+)*$",
                        head[:verb_at.start()], re.IGNORECASE)
        subj_end = m.start() + (aux.start() if aux else verb_at.start())
        if m.group("app"):
            subj_end = m.start("app")  # the appositive describes the dead; it does not add to them
        run = _SUBJECT_RUN.search(sentence[max(0, subj_end - 160):subj_end])
        val = _sum_chunks(run.group(0)) if run else None
        if run and val is None and _TIME_NAMED.match(run.group(0).strip()[len(m.group("vague") or m.group("n") or ""):]):
            continue  # "the same night her cousin was shot": a time named by another death
        pos = subj_end - len(run.group(0)) if run else m.start()
        if _AROUND["injured"].search(sentence[pos:subj_end]):
            continue
        add(pos, m.end(), val if val is not None else _count_value(m))
        w = _ALONG_WITH.match(sentence, m.end())
        if w and not _NOT_VICTIMS.match(sentence[w.end():]) and not _AROUND["injured"].match(sentence[w.end():w.end() + 30]):
            add(w.start("c"), w.end(), _count_value(w))
    for rx in (_BODIES, _BODIES_N):
        for m in rx.finditer(sentence):
            if found and _AROUND["same_dead"].match(m.group(0)):
                continue  # "a guard died and his body was taken home": the same dead, told again
            add(m.start(), m.end(), _count_value(m))
    if (k := _companions_of(sentence)) is not None:
        add(*k)
    m = _RUN_THEN_CLAUSE.match(sentence)
    if m and not _OBJECT_NEXT.match(sentence[m.end():]):
        add(m.start("run"), m.end(), _sum_chunks(m.group("run")))
    for m in _PRONOUN_KILL.finditer(sentence):
        add(m.start(), m.end(), 1)
    m = _ONE_SUBJECT.match(sentence)
    if m and not _OBJECT_NEXT.match(sentence[m.end():]) and not _AROUND["adjective"].search(sentence[:m.end()].rsplit(None, 1)[0] + " "):
        add(m.start(), m.end(), 1)
        w = _ALONG_WITH.match(sentence, m.end())
        if w and not _NOT_VICTIMS.match(sentence[w.end():]) and not _AROUND["injured"].match(sentence[w.end():w.end() + 30]):
            add(w.start("c"), w.end(), _count_value(w))  # "A nurse, who ..., died alongside a driver"
    ends = dict(spans)
    return tuple(sorted((pos, ends[pos], val) for pos, val in found.items()))


_PROTEST = re.compile(rf"\b(?:{_ft('protested')}|held\s+(?:a|an)\s+(?:\w+\s+){{0,2}}(?:{_ft('protest_held')})|staged\s+(?:a|an)\s+(?:\w+\s+){{0,2}}(?:{_ft('protest_staged')})|gathered)\b", re.IGNORECASE)
_STATE_FORCE = re.compile(r"\b(?:" + force_terms("quantities") + "|" + _ft("force_used") + r")\b",
                          re.IGNORECASE)  # forces: data/force_terms.tsv


def _protest_passage(sentence: str) -> bool:
    """Does the passage open on a protest? Troops or police that "had gathered" somewhere are no crowd (a restaurant
    "where soldiers often gathered" is the target of an attack, whose dead all count)."""
    return any(not (m.group(0).lower() == "gathered" and _STATE_FORCE.search(sentence[max(0, m.start() - 40):m.start()]))
               for m in _PROTEST.finditer(sentence))


def _round_half_up(x: float) -> int:
    return int(x + 0.5)


_SCARE_QUOTES = re.compile(r"(?<=\w)[\"“”](?=\s)|(?<=\s)[\"“”](?=\w)")


_DAY_OF_MONTH = re.compile(rf"\b(?:{MONTH_STEM})[a-z]*\.?\s+\d{{1,2}}\b(?!\s*(?:{_ft('day_not_count')}))"
                           + year_after(rf"{YEAR}\b") + rf"|\b\d{{1,2}}\s+(?:{FULL_MONTH})\b" + year_after(rf"{YEAR}\b"))


# "a few, and perhaps scores, of gunmen", "ten, possibly 20, soldiers": a higher guess set off between commas after a
# count; the count before it is the firm, lowest figure (codebook 1.6)
_UPPER_GUESS = re.compile(rf"(?<=[\w]),\s+(?:{_ft('upper_hedge')})\s+(?:{_DIGITS}|{_WORDNUM}|{_ft('vague')})(?:\s+of)?\s*,(?=\s)",
                          re.IGNORECASE)


def count_text(text: str) -> str:
    """The text as counts are read from it, same length: scare quotes, days of the month and a higher guess set off
    between commas after a count blanked."""
    text = _SCARE_QUOTES.sub(" ", text)  # killing "several terrorists": the army's word, still a count
    text = _UPPER_GUESS.sub(lambda m: " " * len(m.group(0)), text)
    return _DAY_OF_MONTH.sub(lambda m: " " * len(m.group(0)), text)  # "MYMENSINGH, Sept 17 - A man was killed"


def fatalities(text: str, *, battle: bool = False, tally: bool = True) -> int:
    """ACLED fatalities: an explicit "N fatalities" wins; otherwise the dead
    reported in the passage, summed within a sentence ("one soldier and two militants were killed")
    and, across sentences, summed for different reports but the lowest for conflicting ones. A total
    "split across K events" is divided per event (ACLED gives odd remainders to the first day). For a battle,
    civilians killed by air strikes or shelling, told in a sentence beside the battle's, are left to that event
    (codebook 1.9). A running tally ("90 have died since March") gives way to the event's own dead; with
    tally=False it is never read (codebook 1.6: only the event's own dead)."""
    if not text:
        return 0
    text = count_text(text)
    total = _reported_total(text, battle, tally)
    split = _SPLIT.search(text)
    if split and total:
        k = parse_number(split.group("k"))
        if k:
            return max(1, _round_half_up(total / k)) if total >= 1 else 0
    return total


def part_toll(text: str, country: str | None = None) -> bool:
    """Is every count of the dead the passage reports told as only a part of them: after "including" or "among them",
    before "were among those killed", or of people named by a nationality other than the event's country's ("dozens of
    Xians were killed" in a battle in Y)? Such a toll is no report of the whole that conflicts with another article's
    whole count of the same event (codebook 1.6: the lowest of conflicting reports), so reconcile prefers the whole."""
    if not text:
        return False
    spans = [(s, pos, end) for s in _SENT.split(count_text(text)) for pos, end, _ in _figure_spans(s)]
    return bool(spans) and all(_part_span(s, pos, end, country) for s, pos, end in spans)


_PART_BEFORE = re.compile(rf"\b(?:{_ft('part_before')})\s+$", re.IGNORECASE)
_PART_AFTER = re.compile(rf"\b(?:{_ft('part_after')})\b", re.IGNORECASE)


def _part_span(sentence: str, pos: int, end: int, country: str | None) -> bool:
    if _PART_BEFORE.search(sentence[max(0, pos - 30):pos]) or _PART_AFTER.search(sentence[pos:end + 30]):
        return True
    # one group named only by a foreign nationality; "four Xians and thirty Yian troops" counts more than the Xians
    span, foreign = sentence[pos:end], _foreign_nationality()
    found = [_nationality_of(m.group(0)) for m in foreign.finditer(span)] if foreign else []
    return bool(found) and all(c not in (None, country) for c in found) and len(_CHUNK_SPLIT.split(span)) == 1


@lru_cache(maxsize=1)
def _nationality_words() -> dict[str, str]:
    from .actors.states import DEMONYMS  # one loader of the nationality words (data/country_aliases.csv)
    return dict(DEMONYMS)


@lru_cache(maxsize=1)
def _foreign_nationality() -> re.Pattern | None:
    words = sorted(_nationality_words(), key=len, reverse=True)
    # case kept: a nationality is a proper adjective ("US troops"), never the pronoun ("killed two of us")
    return re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in words)})s?\b") if words else None


def _nationality_of(word: str) -> str | None:
    names = _nationality_words()
    return names.get(word) or (names.get(word[:-1]) if word.endswith("s") else None)


def first_toll_at(sentence: str) -> int | None:
    """Where the sentence first reports dead (None if it reports none)."""
    spans = _figure_spans(count_text(sentence))
    return spans[0][0] if spans else None


def _reported_total(text: str, battle: bool = False, tally: bool = True) -> int:
    summary = [m for m in _SUMMARY.finditer(text)
               if not _AROUND["no_summary"].search(text[max(0, m.start() - 12):m.start()])]
    vals = [v for v in (parse_number(m.group("n") or m.group("n2")) for m in summary) if v is not None]
    if vals:
        return min(vals) if len(set(vals)) > 1 and _conflict(text) else max(vals)
    per_sentence: list[int] = []
    sentences_with: list[str] = []
    tolls: list[int] = []
    sentences = _SENT.split(text)
    protest = _protest_passage(sentences[0]) if sentences else False
    # a strike's civilian dead told beside the battle are another event's; told as the one report ("a girl was killed
    # by a rocket in the clashes"), they are the dead of the only event coded from it
    battle = battle and len(sentences) > 1
    # a running tally ("90 have been killed since March") gives way to the dead the passage tells of its own event
    # (with tally=False, as for a long story's incident, it is never the event's: the story tells many incidents)
    own = not tally or any(not _running_tally(s, pos, end) for s in sentences for pos, end, _ in _figure_spans(s))
    for sentence in sentences:
        if protest and not _STATE_FORCE.search(sentence):
            continue  # deaths named in a protest passage are its grievance, unless force was used on it
        spans = _figure_spans(sentence)
        figs = [(pos, _whole_group(text, sentence, pos, val)) for k, (pos, end, val) in enumerate(spans)
                if not (battle and _remote_civilian_dead(sentence, pos, end))
                and not (own and _running_tally(sentence, pos, end))
                and not (k and _breakdown(sentence, spans[k - 1][1], pos))]
        if figs:
            per_sentence.append(sum(v for _, v in figs))
            sentences_with.append(sentence)
            tolls += [v for pos, v in figs if _TOLL.match(sentence, pos)]
    if not per_sentence:
        return 0
    if len(per_sentence) > 1 and _conflict(text):
        return min(per_sentence)
    # "killing eight people ... bringing the toll to nine": a toll counts the dead already told, so it
    # replaces the earlier reports instead of adding to them.
    if tolls and max(tolls) >= max(per_sentence):
        return max(tolls)
    # A later sentence restates, updates or breaks down the dead already told ("eight died on the spot and one
    # in hospital", "three of them were children"): it adds to them only when it says so ("two guards were also
    # killed", "one of the wounded died later") or counts another side's dead, never by being another sentence
    # (codebook 1.6).
    total, seen = per_sentence[0], _sides(sentences_with[0])
    for v, sentence in zip(per_sentence[1:], sentences_with[1:]):
        sides = _sides(sentence)
        partitive = bool(_PARTITIVE.search(sentence))
        other_side = "generic" not in seen | sides and not sides & seen
        if _ADDED_WOUNDED.search(sentence) or (not partitive and (_ADDED.search(sentence) or other_side)):
            total += v
        else:
            total = max(total, v)
        seen |= sides
    return total


def _breakdown(sentence: str, after: int, pos: int) -> bool:
    """Is the count at pos, told after dead counted before it in the sentence, a breakdown of those dead: inside a
    parenthesis opened after them ("Five were killed (two herders and three guards, ...)")? A subset, not more dead
    (codebook 1.6)."""
    between = sentence[after:pos]
    return between.count("(") > between.count(")")


_ADDED = re.compile(rf"\b(?:{_ft('added')})\b", re.IGNORECASE)
_ADDED_WOUNDED = re.compile(rf"\b(?:{_ft('wounded_died')})\b", re.IGNORECASE)
_PARTITIVE = re.compile(rf"\b(?:{_ft('partitive')})\b", re.IGNORECASE)


_CONFLICT = re.compile(rf"\b(?:{_ft('conflict')}|(?:{_ft('conflict_but')})\b[^.]{{0,40}}\b(?:{_ft('conflict_said')}))\b",
                       re.IGNORECASE)


def _conflict(text: str) -> bool:
    return bool(_CONFLICT.search(text))


# ---------------------------------------------------------------- crowd size

@dataclass(frozen=True)
class CrowdSize:
    wording: str
    low: int | None
    high: int | None


NO_REPORT = CrowdSize("no report", None, None)

# low/high for vague wording. Lows follow CCC's conversions (hundreds = 200, thousands = 2,000,
# tens of thousands = 20,000); highs are the largest value the word can plausibly cover.
_VAGUE_CROWD: dict[str, tuple[int | None, int | None]] = {
    "a handful": (3, 10), "a few": (3, 9), "several": (3, 9), "some": (None, None), "a number": (None, None),
    "a dozen": (12, 12), "about a dozen": (10, 15), "around a dozen": (10, 15), "nearly a dozen": (10, 12),
    "over a dozen": (13, 20), "more than a dozen": (13, 20), "a dozen or so": (10, 15),
    "two dozen": (24, 24), "three dozen": (36, 36), "a couple of dozen": (24, 24), "tens": (20, 99),
    "a few dozen": (24, 60), "several dozen": (36, 99), "dozens": (24, 99), "scores": (40, 99),
    "a hundred": (100, 100), "about a hundred": (90, 110), "over a hundred": (101, 199), "more than a hundred": (101, 199),
    "a few hundred": (200, 500), "several hundred": (300, 999), "hundreds": (200, 999),
    "a thousand": (1000, 1000), "over a thousand": (1001, 1999), "more than a thousand": (1001, 1999),
    "a few thousand": (2000, 5000), "several thousand": (3000, 9999), "thousands": (2000, 9999),
    "tens of thousands": (20000, 99999), "hundreds of thousands": (200000, 999999),
    "large": (None, None), "massive": (None, None), "huge": (None, None), "small": (None, None), "big": (None, None),
}
_TAG = re.compile(r"\[(?:crowd\s+)?size\s*=\s*([^\]]*)\]", re.IGNORECASE)
_C_HEDGE = rf"(?:{_ct('hedge')})"
_C_VAGUE = rf"(?:{_ct('vague')})"
_C_NUM = rf"(?:{_DIGITS}|{_WORDNUM})(?:\s*(?:-|–|to|or)\s*(?:{_DIGITS}|{_WORDNUM}))?"
_C_ONE = rf"(?:(?:{_C_HEDGE})\s+)?(?:(?i:between)\s+(?:{_DIGITS}|{_WORDNUM})\s+(?:and|to)\s+(?:{_DIGITS}|{_WORDNUM})|{_C_VAGUE}|{_C_NUM})(?:\s+(?:{_ct('approx_after')}))?"
_C_EXPR = rf"{_C_ONE}(?:\s+or\s+{_C_ONE})?"
_PEOPLE = rf"(?:{_ct('people')}|{_ct('people_more')})"
# The crowd expression, then up to four modifiers ("angry", "pro-Russian", "local"), then a crowd noun.
_CROWD_NP = re.compile(rf"\b(?P<q>{_C_EXPR})(?:\s+of)?(?:\s+(?:the\s+)?[\w'’.-]+){{0,4}}?\s+{_PEOPLE}\b", re.IGNORECASE)
_CROWD_OF = re.compile(rf"\b(?:{_ct('crowd_noun')})\s+(?:of\s+|numbering\s+|estimated\s+at\s+)(?P<q>{_C_EXPR})\b", re.IGNORECASE)
_CROWD_VERB = re.compile(
    rf"\b(?P<q>{_C_EXPR})\s+(?:(?:{_ct('crowd_verb_subject')})\s+)?(?:{_ct('crowd_verb')})\b",
    re.IGNORECASE)
_C_VAGUE_OF = rf"(?:(?:{_ct('vague_of_hedge')})\s+)?(?:{_ct('vague_of')})"
_CROWD_VAGUE_OF = re.compile(rf"\b(?P<q>{_C_VAGUE_OF})\s+of\s+(?!(?:{_ct('not_crowd')})\b)[\w'’-]+", re.IGNORECASE)
_ACTION = rf"(?:{_ct('action')})"
_CROWD_SUBJ = re.compile(rf"\b(?P<q>{_C_EXPR})(?:\s+of)?(?:\s+(?!(?:{_ct('subject_stop')}))[\w'’.,()-]+){{0,10}}?\s+{_ACTION}\b", re.IGNORECASE)
# Allowed just before a subject crowd: clause starts, reporting verbs, conjunctions.
_SUBJECT_BEFORE = re.compile(rf"(?:^|[,;:(\[\"'“.!?]|--|\s-|[–—]|\b(?:{_ct('subject_before')})|\b(?:19|20)\d\d|\b(?:{_ct('day_word')})\b[^,]{{0,30}}|(?i:{_ct('crowd_control')})(?:\s+and\s+[\w\s]{{0,20}}?)?\s+(?:{_ct('crowd_control_at')}))\s*$")
# Dates, times and codes hold numbers that are never crowds; blank them before searching.
_MASK = re.compile(rf"\b\d{{1,2}}{ORDINAL}\s+(?:of\s+)?{MONTH}{year_after()}|\b{MONTH}\s+\d{{1,2}}(?!\d){ORDINAL}{year_after()}"
                   rf"|\b(?:{_ct('before_year')})\s+(?:19|20)\d\d\b|\b\d{{1,2}}[:.]\d\d\s*(?:am|pm|a\.m\.|p\.m\.|hrs|h)?|\b\d{{1,2}}\s*(?:am|pm|a\.m\.|p\.m\.)"
                   rf"|\b(?:(?!(?:{_ct('capital_hedge')})\b)[A-Z]\w*|{_ct('code_noun')})\s+\d+\b(?!\s*(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH})")
_CROWD_ADJ = re.compile(rf"\b(?:an?\s+)?(?P<q>{_ct('size_adjective')})\s+(?:{_ct('sized_noun')})\b", re.IGNORECASE)
_AFTER_HARM = re.compile(rf"^[^.;]{{0,40}}?\b(?:{_ct('harmed_aux')})?\s*(?:{_ct('harmed')})\b", re.IGNORECASE)
_BEFORE_HARM = re.compile(rf"\b(?:{_ct('harm_before')})\s+(?:at\s+least\s+)?$", re.IGNORECASE)
_AGE_BEFORE = re.compile(rf"(?i)\b(?:{_ct('age')})\s*$")  # "aged 25" is no crowd


def _bounds(wording: str) -> tuple[int | None, int | None]:
    w = re.sub(r"\s+", " ", wording.lower().strip())
    if w in _VAGUE_CROWD:
        return _VAGUE_CROWD[w]
    m = re.match(rf"^(?:(?P<h>{_C_HEDGE}) )?(?:between )?(?P<a>{_DIGITS}|{_WORDNUM})(?: ?(?:-|–|to|or|and) ?(?P<b>{_DIGITS}|{_WORDNUM}))?$", w)
    if m:
        a = parse_number(m.group("a"))
        b = parse_number(m.group("b")) if m.group("b") else None
        h = (m.group("h") or "").replace("  ", " ")
        if b is not None:
            return a, b
        if a is None:
            return None, None
        if h in ("over", "more than", "at least", "upwards of", "just over"):
            return a, None
        if h in ("up to", "fewer than", "less than", "under", "at most", "just under", "nearly", "almost", "close to"):
            return None, a
        return a, a
    for key, val in _VAGUE_CROWD.items():
        if w.endswith(key):
            return val
    return None, None


def _clean(wording: str) -> str:
    w = re.sub(r"\s+", " ", wording.strip())
    return w[:1].lower() + w[1:]


def crowd_size(text: str) -> CrowdSize:
    """The first crowd expression of the passage, in the source's words."""
    if not text:
        return NO_REPORT
    tag = _TAG.search(text)
    if tag:
        w = _clean(tag.group(1))
        if not w or w.lower() in ("no report", "none", "unknown"):
            return NO_REPORT
        return CrowdSize(w, *_bounds(w))
    text = _MASK.sub(lambda m: " " * len(m.group(0)), text)
    cands: list[tuple[int, str]] = []
    for rx in (_CROWD_NP, _CROWD_OF, _CROWD_VERB, _CROWD_VAGUE_OF, _CROWD_SUBJ):
        for m in rx.finditer(text):
            q = m.group("q")
            s, e = m.span("q")
            if rx is not _CROWD_OF and not _SUBJECT_BEFORE.search(text[max(0, s - 40):s]):
                continue  # an object ("assaulted two workers") is not the crowd
            if _AFTER_HARM.match(text[e:e + 60]) or _BEFORE_HARM.search(text[max(0, s - 30):s]):
                continue
            if re.fullmatch(r"(?i:a|an|one|\d{4})", q):
                continue
            if parse_number(q) is not None and _AGE_BEFORE.search(text[max(0, s - 12):s]):
                continue
            cands.append((s, q))
            break
    if not cands:
        m = _CROWD_ADJ.search(text)
        if m:
            cands.append((m.start("q"), m.group("q")))
    if not cands:
        return NO_REPORT
    w = _clean(min(cands)[1])
    return CrowdSize(w, *_bounds(w))


# The patterns searched over a whole sentence or passage, behind their literal pre-filter (text.prefilter): the same
# matches, and the regex is not run where the text holds none of the words every match needs ("body", "gathered")
(_PASSIVE, _BODIES, _BODIES_N, _SUMMARY, _CROWD_NP, _CROWD_OF, _CROWD_VERB, _CROWD_VAGUE_OF, _CROWD_SUBJ,
 _CROWD_ADJ) = map(filtered, (_PASSIVE, _BODIES, _BODIES_N, _SUMMARY, _CROWD_NP, _CROWD_OF, _CROWD_VERB,
                              _CROWD_VAGUE_OF, _CROWD_SUBJ, _CROWD_ADJ))
