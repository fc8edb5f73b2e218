"""Everyday and sports senses of the violence and protest words ("Chile beat Peru", "stocks rallied")."""
from __future__ import annotations

import re
from ...text import prefilter
from ...text.lexicon import alternation
from .base import sentence_span


# Everyday and sports senses of the violence and protest words, read in a window round the cue: general
# news ("Chile beat Peru 3-1", "stocks rallied", "as demonstrated by", "an ice shell", "exploded
# drawings", "engaged in self-dealing") would otherwise yield events wherever a brief is classified whole.
_IDIOM = re.compile(alternation("classify_idiom"), re.I)

# Results of a game: its shots, beatings and fights are play ("fired a shot at the goaltender").
_SPORTS = re.compile(r"\b(?:" + alternation("classify_sports", "term") + r")\b")

_SPORTS_WEAK = re.compile(r"\b(?:" + alternation("classify_sports_weak") + r")\b", re.I)

_SPORTS_CUE = re.compile(rf"(?i)^(?:{alternation('classify_sports', 'cue')})\b")

_CROWD_TROUBLE = re.compile(alternation("classify_crowd_trouble"))


def game_play(label: "Label", passage: str, article: str) -> bool:
    """In a match report ("fired a low shot past the goalkeeper", "Nacional hit back before the break") the
    shots and blows of an incident typed from them are play, unless the crowd or the police are in it."""
    if not _SPORTS_CUE.match(label.cue.strip()) or _CROWD_TROUBLE.search(passage):
        return False  # the cheap tests first: most labels are no play, and the article is read only for those that may be
    return len({m.group(0).lower() for m in _SPORTS.finditer(article)}) >= 3


_DRILL = re.compile(alternation("classify_drill"), re.I)


def is_idiom(text: str, start: int, end: int) -> bool:
    a, b = sentence_span(text, start)
    window = text[max(a, start - 50) : min(b, end + 60)]
    off = start - max(a, start - 50)
    if any(m.start() <= off + (end - start) and m.end() >= off for m in _IDIOM.finditer(window)):
        return True
    if _DRILL.search(text[a:b]):
        return True  # "the exercise, which simulated an assault supported by airstrikes": a drill, not a battle
    if not _SPORTS_CUE.match(text[start:end].strip()):
        return False
    sentence = text[a:b]
    around = text[max(0, start - 300) : end + 300]  # a game report: its sports words fill the neighbouring sentences
    sporty = _SPORTS.search(sentence) or len(
        {m.group(0).lower() for rx in (_SPORTS, _SPORTS_WEAK) for m in rx.finditer(around)}) >= 2
    # "the clash between the two rivals" is the match itself; fans fighting would be told with other words
    return bool(sporty and (text[start:end].strip().lower() == "clash" or not _CROWD_TROUBLE.search(sentence)))



# Last, once every pattern above is built: the large ones skip texts that lack all their needed words.
prefilter.prefilter_patterns(globals())
