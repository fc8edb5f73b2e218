"""The coder's output record (Label), the cue span it is typed from, and the few helpers every module uses."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ... import schema as _schema
from ...text.lexicon import alternation, terms


# ACLED's hierarchy and disorder types are declared with the events table (schemas/events.toml).
SUB_EVENT_TYPES: dict[str, str] = {sub: et for et, subs in _schema.hierarchy().items() for sub in subs}

DISORDER_TYPE: dict[str, str] = _schema.disorder_of()


@dataclass(frozen=True)
class Label:
    event_type: str
    sub_event_type: str
    confidence: float
    cue: str
    start: int
    end: int
    rule: str = field(default="", compare=False)  # the decision rule that gave the label (rules.py), for tests and audits


@dataclass(frozen=True)
class Cue:
    text: str
    start: int
    end: int


class cached_property:
    """functools.cached_property without its lock: a feature is computed on first use and stored in the passage's
    __dict__, which later reads find first. Python 3.11's version takes a lock on every first use, a tenth of the
    cost of the cheap features; passages are never shared between threads (3.12 dropped the lock too)."""

    def __init__(self, func):
        self.func = func
        self.attrname = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        val = instance.__dict__[self.attrname] = self.func(instance)
        return val


def rx_any(*parts: str, flags: int = re.I) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts), flags)


def sentence_span(text: str, pos: int) -> tuple[int, int]:
    a = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos), text.rfind("! ", 0, pos), text.rfind("? ", 0, pos))
    a = 0 if a < 0 else a + 1
    b = len(text)
    for sep in (". ", "\n", "! ", "? "):
        k = text.find(sep, pos)
        if k >= 0:
            b = min(b, k + 1)
    return a, b


def earliest(*lists: list[Cue]) -> Cue | None:
    cues = [c for lst in lists for c in lst]
    return min(cues, key=lambda c: c.start) if cues else None


MONTH = "(?:" + alternation("months", "name") + ")"  # data/lexicon/months.tsv, read by dates.py too


def lexicon_groups(name: str, *only: str) -> list[str]:
    """A term file (data/lexicon/<name>.tsv) as rx_any's groups: one alternation per kind (of `only`, or all),
    in file order."""
    kinds: list[str] = []
    for t in terms(name):
        if t.kind not in kinds and (not only or t.kind in only):
            kinds.append(t.kind)
    return [alternation(name, k) for k in kinds]


def words(name: str, *kinds: str) -> str:
    """A term file's terms (of the given kinds) as one group, "(?:a|b|c)": the slot of a pattern that holds
    words, while the pattern around it keeps only the form."""
    return f"(?:{alternation(name, *kinds)})"


def ends_on(group: str) -> str:
    """A clause that ends two words after one of `group`'s words ("earlier the clashes", "after a raid"): what
    is read before a cue to place it in another incident's time."""
    return rf"\b{group}\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){{0,2}}$"
