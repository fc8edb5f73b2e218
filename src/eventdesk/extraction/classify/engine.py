"""The decision for one passage: the rules of rules.py applied in order to the passage's features."""
from __future__ import annotations

from .base import Cue, Label, SUB_EVENT_TYPES
from .features import Passage
from .rules import RULES, Rule


def holds(p: Passage, condition: str) -> bool:
    """A rule's condition: a feature of the passage, truthy, or with "not " falsy."""
    if condition.startswith("not "):
        return not getattr(p, condition[4:])
    return bool(getattr(p, condition))


# each rule's conditions as (feature, wanted truth), read once: decide runs for every passage
_TABLE = tuple((rule, tuple((c[4:], False) if c.startswith("not ") else (c, True) for c in rule.when)) for rule in RULES)


_DECIDED: dict[str, tuple[Rule, Label | None]] = {}  # the last passages' decisions (the gate's sentence is often the passage)


def decide(passage: str) -> tuple[Rule, Label | None]:
    """The first rule whose conditions all hold, and the label it gives (None: no event)."""
    got = _DECIDED.get(passage)
    if got is None:
        if len(_DECIDED) >= 64:
            _DECIDED.clear()
        got = _DECIDED[passage] = _decide(passage)
    return got


def _decide(passage: str) -> tuple[Rule, Label | None]:
    p = Passage(passage)
    for rule, conditions in _TABLE:
        for feature, wanted in conditions:
            if bool(getattr(p, feature)) is not wanted:
                break
        else:
            return rule, label_of(rule, p)
    raise AssertionError("the rule table must end with a rule that always holds")


def label_of(rule: Rule, p: Passage) -> Label | None:
    sub = getattr(p, rule.sub_from) if rule.sub_from else rule.sub
    if sub is None:
        return None
    cue = getattr(p, rule.cue)
    if not isinstance(cue, Cue):
        cue = cue[0]
    return Label(SUB_EVENT_TYPES[sub], sub, rule.conf, cue.text, cue.start, cue.end, rule.name)


def classify_passage(passage: str) -> Label | None:
    return decide(passage)[1]
