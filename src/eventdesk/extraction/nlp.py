"""One lazily loaded spaCy pipeline for the process.

spaCy costs ~1 s to load and ~6k words/s to run, so stages call it only on candidate
sentences, and never at import time.
"""
from __future__ import annotations

from functools import lru_cache

from eventdesk.text.english import MODEL  # noqa: F401  (re-exported: callers name the model here)


@lru_cache(maxsize=1)
def get_nlp():
    import spacy

    return spacy.load(MODEL, disable=["lemmatizer"])
