"""The place-ranking table: every weight geo's ranking adds or multiplies, named, with why it is there
(data/rules/place_ranking.toml). The ranking code reads its weights only from W, so the table is the one
place to read or change them."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib import resources
from types import SimpleNamespace

STAGES = ("lookup", "hierarchy", "candidate", "event", "notes")
TABLE = "rules/place_ranking.toml"


@dataclass(frozen=True)
class Feature:
    name: str
    stage: str
    weight: float
    why: str


def load_features(text: str | None = None, origin: str = TABLE) -> tuple[Feature, ...]:
    """The table's records, checked as they load: a bad record is an error naming the file and the feature."""
    if text is None:
        text = resources.files("eventdesk.data").joinpath(TABLE).read_text(encoding="utf-8")
    try:
        rows = tomllib.loads(text).get("feature", [])
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"{origin}: {exc}") from None
    out: list[Feature] = []
    seen: set[str] = set()
    for n, row in enumerate(rows, 1):
        where = f"{origin}: feature {n} ({row.get('name', '?')})"
        if set(row) != {"name", "stage", "weight", "why"}:
            raise ValueError(f"{where}: keys must be name, stage, weight, why; got {sorted(row)}")
        if not row["name"].isidentifier() or row["name"] in seen:
            raise ValueError(f"{where}: the name must be a new identifier")
        if row["stage"] not in STAGES:
            raise ValueError(f"{where}: stage {row['stage']!r} is not one of {STAGES}")
        if isinstance(row["weight"], bool) or not isinstance(row["weight"], (int, float)):
            raise ValueError(f"{where}: weight must be a number")
        if not str(row["why"]).strip():
            raise ValueError(f"{where}: say why")
        seen.add(row["name"])
        out.append(Feature(row["name"], row["stage"], row["weight"], row["why"]))
    return tuple(out)


FEATURES = load_features()
W = SimpleNamespace(**{f.name: f.weight for f in FEATURES})
