"""The cue patterns built straight from a term file, declared once in data/classify_cues.tsv (group, name, term
file, kinds, why). Each kind of the file is one group of the pattern, tried in order (case-insensitive).
cues_protest, cues_violence, cues_strategic and scope take their group's rows from here."""
from __future__ import annotations

import re
from functools import lru_cache

from ...text.lexicon import DATA, read_tsv, terms
from .base import lexicon_groups, rx_any

TABLE = "classify_cues.tsv"


@lru_cache(maxsize=1)
def cue_rows() -> tuple[tuple[str, str, str, tuple[str, ...], str], ...]:
    """The table's rows, checked: five cells, a unique name, a term file that loads and kinds it declares."""
    rows, names = [], set()
    for n, cells in enumerate(read_tsv(TABLE), 1):
        if len(cells) != 5:
            raise ValueError(f"{DATA / TABLE}: row {n}: {len(cells)} cells, expected group name file kinds why")
        group, name, file, kinds, why = cells
        if name in names:
            raise ValueError(f"{DATA / TABLE}: row {n}: cue {name!r} declared twice")
        names.add(name)
        known = {t.kind for t in terms(file)}
        if not set(kinds.split()) <= known:
            raise ValueError(f"{DATA / TABLE}: row {n}: {file} has no kind {sorted(set(kinds.split()) - known)}")
        rows.append((group, name, file, tuple(kinds.split()), why))
    return tuple(rows)


def cue_patterns(group: str) -> dict[str, re.Pattern[str]]:
    """The compiled patterns of one group of the table, by name."""
    return {name: rx_any(*lexicon_groups(file, *kinds)) for g, name, file, kinds, _why in cue_rows() if g == group}
