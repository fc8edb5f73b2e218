"""Sentence splitting with character offsets, fast enough to run on every article.

Mentions point back into the article text by offset, so the splitter never rewrites text. A
regex splitter, not spaCy's parser: it runs at millions of characters a second and only has to
be right about where news sentences end.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.lexicon import terms

# Abbreviations that end in a period without ending the sentence (data/lexicon/abbreviations.tsv).
_ABBREV = frozenset(t.pattern for t in terms("abbreviations"))
# a stop with its space lost before a capitalised word ("the shop.The mob"; truecase restores that capital in a
# lower-cased archive): a sentence end too, between two words of lower-case letters
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|(?<=[a-z]{3})[.!?](?=[A-Z][a-z]+\b)")
_PARA = re.compile(r"\n\s*\n|\n(?=\s*[•*\-–]\s)|\n")


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    pos = 0
    for para in _PARA.split(text):
        p_start = text.find(para, pos) if para else pos
        pos = p_start + len(para)
        if not para.strip():
            continue
        cut = 0
        for m in _BOUNDARY.finditer(para):
            before = para[cut:m.start() + 1]
            token = _last_word(before.rstrip(".!?\"'”’)]")).lower().rstrip(".")
            # "U.S." and single capitals ("J. Smith") are abbreviations, not ends
            if token in _ABBREV or len(token) == 1:  # one letter: the dots are stripped
                continue
            _add(out, text, p_start + cut, p_start + m.end())
            cut = m.end()
        _add(out, text, p_start + cut, p_start + len(para))
    return out


_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.")


def _last_word(text: str) -> str:
    """The run of ASCII letters and periods that ends text ("U.S", "Gen"; "" after a digit or a space):
    what the pattern ([A-Za-z.]+)\\.?$ captures in a text without a newline (a paragraph's piece), found
    from the end instead of by a search from the start."""
    i = len(text)
    while i and text[i - 1] in _WORD_CHARS:
        i -= 1
    return text[i:]


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    seg = text[start:end]
    lead = len(seg) - len(seg.lstrip())
    s, e = start + lead, start + len(seg.rstrip())
    if e > s:
        out.append(Sentence(len(out), s, e, text[s:e]))
