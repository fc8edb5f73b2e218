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


FORCE_KINDS = ("police", "military", "generic", "nonstate")
FORCE_COLUMNS = ("id", "kind", "country", "pattern", "classify", "actors_military", "actors_police", "tactics",
                 "quantities", "note")
FORCE_USERS = FORCE_COLUMNS[4:9]


@lru_cache(maxsize=1)
def _force_rows() -> tuple[dict, ...]:
    """force_terms.tsv, checked as it loads: a bad row is an error naming the file and line."""
    path = DATA / "force_terms.tsv"
    rows, header = [], None
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            if tuple(cells) != FORCE_COLUMNS:
                raise ValueError(f"{path}:{n}: header must be {' '.join(FORCE_COLUMNS)}")
            header = cells
            continue
        if len(cells) != len(FORCE_COLUMNS):
            raise ValueError(f"{path}:{n}: {len(cells)} cells, expected {len(FORCE_COLUMNS)}")
        row = dict(zip(FORCE_COLUMNS, cells), line=n)
        if row["kind"] not in FORCE_KINDS:
            raise ValueError(f"{path}:{n}: kind {row['kind']!r} is not one of {FORCE_KINDS}")
        try:
            re.compile(row["pattern"])
        except re.error as exc:
            raise ValueError(f"{path}:{n}: pattern {row['pattern']!r} does not compile: {exc}") from None
        rows.append(row)
    for col in ("id", "pattern"):
        seen: dict[str, int] = {}
        for r in rows:
            if r[col] in seen:
                raise ValueError(f"{path}:{r['line']}: {col} {r[col]!r} already on line {seen[r[col]]}")
            seen[r[col]] = r["line"]
    for user in FORCE_USERS:
        places = sorted(int(r[user]) for r in rows if r[user])
        if places != list(range(1, len(places) + 1)):
            raise ValueError(f"{path}: the {user} column must number its terms 1..{len(places)} once each")
    return tuple(rows)


def force_terms(user: str) -> str:
    """The alternation of the state-force terms a module matches, in that module's order (force_terms.tsv)."""
    if user not in FORCE_USERS:
        raise ValueError(f"no column {user!r} in force_terms.tsv: {FORCE_USERS}")
    return "|".join(r["pattern"] for r in sorted((r for r in _force_rows() if r[user]), key=lambda r: int(r[user])))
