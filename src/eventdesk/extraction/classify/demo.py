"""Demonstration cues as a sentence's features: guarded ones, work stoppages, legislative protests, background."""
from __future__ import annotations

import re
from ...text import prefilter
from ...text.lexicon import alternation
from .base import Cue, ends_on, sentence_span, words
from .vocab import ARMED_RX
from .cues_protest import BLOCKADE, DEMO, DEMO_ACTS, DEMO_GUARDED, DEMO_MARCH, GATHERING, LEGISLATIVE, STOPPAGE, STRIKE_WORD
from .scope import NON_EVENT
from .filters import find_cues, is_grievance


_NAMED_STRIKE = re.compile(alternation("classify_strike_word", "named"), re.I)


def work_stoppage_only(text: str, demo: list[Cue]) -> bool:
    """ "Doctors went on strike, shutting outpatient services": a strike told by what it stopped, with no
    gathering, is no demonstration (codebook §1.2: strikes without a demonstration are not coded). Climate
    and school strikes are rallies by name, and a hunger strike is judged as one person's act elsewhere."""
    return all(STRIKE_WORD.search(c.text) and not _NAMED_STRIKE.search(c.text) for c in demo) \
        and not any(GATHERING.search(text[slice(*sentence_span(text, c.start))]) for c in demo) \
        and bool(STOPPAGE.search(text))


def demo_cues(text: str) -> list[Cue]:
    cues = find_cues(DEMO, text) + find_cues(DEMO_MARCH, text) + find_cues(DEMO_ACTS, text)
    cues = [c for c in cues if not LEGISLATIVE.search(text[slice(*sentence_span(text, c.start))])]
    for c in find_cues(BLOCKADE, text) + find_cues(DEMO_GUARDED, text):
        a, _ = sentence_span(text, c.start)
        if not ARMED_RX.search(text[a : c.start]):  # civilians blocking a road is a protest; militants doing it is not
            cues.append(c)
    # "airstrike"/"drone strike" never count; "protest" as grievance of a killing is still a demo
    return sorted(cues, key=lambda c: c.start)


def in_background(text: str, cue: Cue) -> bool:
    """Cue inside an election/speech/history sentence ("a vote marred by the detention of protesters")."""
    a, b = sentence_span(text, cue.start)
    sentence = text[a:b]
    k = cue.start - a
    sentence = sentence[:k] + " " * len(cue.text) + sentence[k + len(cue.text):]  # "burned ballots" is the act itself
    # "blocked a road to demand the mayor's resignation": a non-event word inside the crowd's demand is what it wants
    return any(not is_grievance(sentence, m.start()) for m in NON_EVENT.finditer(sentence))


RALLY_SETTING = re.compile(rf"\b{words('classify_background_time', 'rally_setting')}\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w'’()-]+\s+){{0,4}}$", re.I)

# "detained the organisers before the rally": the protest was still to come when the arrests were made
AHEAD_OF_DEMO = re.compile(rf"\b{words('classify_background_time', 'ahead')}\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w'’()-]+\s+){{0,4}}$", re.I)

EARLIER_FIGHT = re.compile(ends_on(words("classify_background_time", "earlier_fight")), re.I)

ONE_PERSON = re.compile(rf"^\W*(?:one of the {words('classify_one_person', 'crowd')}|an? (?:single |lone )?{words('classify_one_person', 'person')})\s+(?:\w+\s+){{0,2}}$", re.I)

BACKGROUND_DEMO = re.compile(
    rf"(?:\b{words('classify_function_words', 'relative_who_that_which')}\s+(?:had\s+|have\s+)?(?:\w+\s+){{0,2}}|\baccus\w*\s+(?:\w+\s+){{0,3}}of\s+(?:\w+\s+){{0,3}}|\bin connection with\s+(?:\w+\s+){{0,3}}"
    rf"|\bfor\s+(?:their\s+|his\s+|her\s+)?{words('classify_participation', 'demo')}\s+(?:in\s+)?(?:\w+\s+){{0,3}})$",
    re.I,
)


# Last, once every pattern above is built: the large ones skip texts that lack all their needed words.
prefilter.prefilter_patterns(globals())
