"""Text tools below both extraction and geo: the lexicon files they share and the regex prefilter."""
