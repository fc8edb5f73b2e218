"""The one shape the actor rules build their patterns from: a term file's words as one regex group (the
words live in lexicon/actors_*; the rules keep only the glue between them)."""
from __future__ import annotations

import re

from ...text.lexicon import alternation, terms


def words(name: str, *kinds: str) -> str:
    """The terms of `kinds` in file order as one non-capturing group."""
    return f"(?:{alternation(name, *kinds)})"


def word_rx(name: str, *kinds: str) -> re.Pattern[str]:
    """Any of the terms as a whole word, case-insensitive."""
    return re.compile(rf"(?i)\b{words(name, *kinds)}\b")


def near(first: str, second: str, gap: int) -> str:
    """`first`, then `second` within `gap` words ('stoned ... passing cars'), both whole words."""
    return rf"\b{first}\s+(?:\w+\s+){{0,{gap}}}?{second}\b"


def within(first: str, second: str, chars: int) -> str:
    """`first`, then `second` at most `chars` characters later in the same sentence, both whole words."""
    return rf"\b{first}\b[^.]{{0,{chars}}}\b{second}\b"


def any_of(*branches: str) -> re.Pattern[str]:
    """One case-insensitive pattern for several phrasings of the same cue, tried in order."""
    return re.compile("|".join(branches), re.I)


def near_rx(first: str, second: str, gap: int) -> re.Pattern[str]:
    return re.compile(near(first, second, gap), re.I)


def listed(name: str, kind: str) -> tuple[str, ...]:
    """The plain words of one kind, for code that compares words rather than matching a pattern."""
    return tuple(t.pattern for t in terms(name) if t.kind == kind)
