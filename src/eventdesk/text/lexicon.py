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
    rx: re.Pattern  # or a text.prefilter.Prefiltered, which answers as the pattern does


@lru_cache(maxsize=1)
def named_groups() -> tuple[NamedGroup, ...]:
    """actors_groups.tsv compiled, country-specific entries first so they win a span over the generic '*' ones.
    Each pattern sits behind its literal pre-filter where its needed strings are 3 characters or longer: a
    text is asked about all 460 groups, and one pass over it tells which can match."""
    from .prefilter import Prefiltered, literal_keys

    out = []
    for country, name, inter, phrases, acronyms in read_tsv("actors_groups.tsv"):
        parts = []
        if phrases:
            parts.append(rf"(?i:\b(?:{phrases})\b)")
        if acronyms:
            parts.append(rf"(?<![\w-])(?:{acronyms})(?![\w-])")
        rx = re.compile("|".join(parts))
        need, sure = literal_keys(rx)
        if need and min(map(len, need)) >= 3:
            rx = Prefiltered(rx, (need, sure))
        out.append(NamedGroup(country, name, None if inter == "A" else int(inter), rx))
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


def force_owners(user: str) -> tuple[tuple[re.Pattern, tuple[str, ...]], ...]:
    """The terms of a module that name one country's forces ('IDF', 'FARDC'), with the countries they name."""
    return tuple((re.compile(rf"(?:{r['pattern']})", re.I), tuple(r["country"].split(";")))
                 for r in _force_rows() if r[user] and r["country"])


def force_terms(user: str) -> str:
    """The alternation of the state-force terms a module matches, in that module's order (force_terms.tsv)."""
    if user not in FORCE_USERS:
        raise ValueError(f"no column {user!r} in force_terms.tsv: {FORCE_USERS}")
    return "|".join(r["pattern"] for r in sorted((r for r in _force_rows() if r[user]), key=lambda r: int(r[user])))


# --- term files: one vocabulary a file under data/lexicon/ ----------------------------------------------

LEXICON = DATA / "lexicon"
TERM_COLUMNS = ("id", "pattern", "kind", "codebook", "note")


@dataclass(frozen=True)
class Term:
    """One entry of a term file: a regex fragment (case-insensitive unless it says (?-i:)), its kind within the
    vocabulary, the codebook section of the rule it serves, and where it was declared."""
    id: str
    pattern: str
    kind: str
    codebook: str
    note: str
    origin: str


@lru_cache(maxsize=None)
def terms(name: str) -> tuple[Term, ...]:
    """data/lexicon/<name>.tsv, checked as it loads: header, unique ids and patterns, patterns that compile,
    kinds from the file's '# kinds:' line. A bad row is an error naming the file and line. Order is kept,
    since an alternation built from it tries the terms in file order."""
    path = LEXICON / f"{name}.tsv"
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such term file")
    kinds: tuple[str, ...] | None = None
    header: tuple[str, ...] | None = None
    out: list[Term] = []
    seen: dict[tuple[str, str], int] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("# kinds:"):
            kinds = tuple(line.split(":", 1)[1].split())
            continue
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = tuple(cells)
            if header != TERM_COLUMNS:
                raise ValueError(f"{path}:{n}: header must be {' '.join(TERM_COLUMNS)} (tab-separated)")
            continue
        if len(cells) != len(TERM_COLUMNS):
            raise ValueError(f"{path}:{n}: {len(cells)} cells, expected {len(TERM_COLUMNS)}")
        row = dict(zip(TERM_COLUMNS, cells))
        if not row["id"] or not row["pattern"]:
            raise ValueError(f"{path}:{n}: id and pattern are required")
        if kinds is not None and row["kind"] not in kinds:
            raise ValueError(f"{path}:{n}: kind {row['kind']!r} is not one of {kinds} (the file's '# kinds:' line)")
        try:
            re.compile(row["pattern"])
        except re.error as exc:
            raise ValueError(f"{path}:{n}: pattern {row['pattern']!r} does not compile: {exc}") from None
        for col in ("id", "pattern"):
            key = (col, row[col] if col == "id" else f"{row['kind']}\t{row['pattern']}")
            if key in seen:
                raise ValueError(f"{path}:{n}: {col} {row[col]!r} already on line {seen[key]}")
            seen[key] = n
        out.append(Term(origin=f"{path.name}:{n}", **row))
    if header is None:
        raise ValueError(f"{path}: no header line")
    return tuple(out)


def alternation(name: str, *kinds: str) -> str:
    """The term file's patterns (of the given kinds, or all) joined as one regex alternation, in file order."""
    return "|".join(t.pattern for t in terms(name) if not kinds or t.kind in kinds)


def term_files() -> list[str]:
    """Every term file's name, for checks that load them all."""
    return sorted(p.stem for p in LEXICON.glob("*.tsv"))
