"""Term files under eventdesk/data that more than one layer reads: extraction codes actors with the named
groups, geo takes a weak country cue from them, so they live below both."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"


def read_tsv(name: str) -> list[list[str]]:
    """Rows of a tab-separated term file, without its header and '#' comments."""
    with open(DATA / name, encoding="utf-8") as f:
        lines = [ln.rstrip("\n") for ln in f if ln.strip() and not ln.startswith("#")]
    return [ln.split("\t") for ln in lines[1:]]


@dataclass(frozen=True)
class NamedGroup:
    country: str  # "*" = anywhere
    name: str
    inter: int | None  # None = associated-only (party, union, movement)
    rx: re.Pattern


@lru_cache(maxsize=1)
def named_groups() -> tuple[NamedGroup, ...]:
    """actors_groups.tsv compiled, country-specific entries first so they win a span over the generic '*' ones."""
    out = []
    for country, name, inter, phrases, acronyms in read_tsv("actors_groups.tsv"):
        parts = []
        if phrases:
            parts.append(rf"(?i:\b(?:{phrases})\b)")
        if acronyms:
            parts.append(rf"(?<![\w-])(?:{acronyms})(?![\w-])")
        out.append(NamedGroup(country, name, None if inter == "A" else int(inter), re.compile("|".join(parts))))
    out.sort(key=lambda g: g.country == "*")
    return tuple(out)
