"""Table declarations from schemas/*.toml, and everything derived from them.

Each table is declared once. The Parquet schema, the typed DataFrame the validator sees, the
Great Expectations suite (built in eventdesk.validation) and docs/tables.md all come from here,
so a column cannot drift between the writer, the checks and the documentation.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd
import pyarrow as pa

TABLES = ("events", "articles", "event_mentions", "rejects", "runs", "deleted_events")

_ARROW = {
    "string": pa.string(),
    "int8": pa.int8(),
    "int16": pa.int16(),
    "int32": pa.int32(),
    "int64": pa.int64(),
    "float64": pa.float64(),
    "bool": pa.bool_(),
    "date": pa.date32(),
    "timestamp": pa.timestamp("us", tz="UTC"),
    "list<string>": pa.list_(pa.string()),
}


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    description: str
    nullable: bool = True
    group: str = ""
    unique: bool = False
    allowed: tuple | None = None
    min: float | None = None
    max: float | None = None
    regex: str | None = None

    @property
    def arrow_type(self) -> pa.DataType:
        return _ARROW[self.type]

    @property
    def is_list(self) -> bool:
        return self.type.startswith("list<")


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    key: tuple[str, ...] = ()
    partition_by: tuple[str, ...] = ()
    checks: tuple[dict, ...] = ()
    extra: dict = field(default_factory=dict)  # other top-level sections, e.g. events' hierarchy

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)

    def arrow_schema(self) -> pa.Schema:
        return pa.schema([pa.field(c.name, c.arrow_type, nullable=c.nullable) for c in self.columns])

    def empty(self) -> pd.DataFrame:
        return self.arrow_schema().empty_table().to_pandas()

    def to_arrow(self, rows: list[dict] | pd.DataFrame) -> pa.Table:
        """Rows to a table of exactly this schema: missing columns become nulls, extras are an error."""
        if isinstance(rows, pd.DataFrame):
            unknown = set(rows.columns) - set(self.names)
            if unknown:
                raise ValueError(f"{self.name}: columns not declared in schemas/{self.name}.toml: {sorted(unknown)}")
            rows = rows.reindex(columns=self.names).astype(object).where(rows.notna(), None).to_dict("records")
        unknown = {k for r in rows for k in r} - set(self.names)
        if unknown:
            raise ValueError(f"{self.name}: columns not declared in schemas/{self.name}.toml: {sorted(unknown)}")
        return pa.Table.from_pylist([{n: r.get(n) for n in self.names} for r in rows], schema=self.arrow_schema())


def schemas_dir() -> Path:
    """schemas/ ships inside the wheel as eventdesk/_schemas; in a checkout it is the repo's own folder."""
    packaged = Path(__file__).parent / "_schemas"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parents[2] / "schemas"


@lru_cache(maxsize=None)
def table(name: str) -> Table:
    path = schemas_dir() / f"{name}.toml"
    spec = tomllib.loads(path.read_text(encoding="utf-8"))
    cols = []
    for c in spec["columns"]:
        c = dict(c)
        if "allowed" in c:
            c["allowed"] = tuple(c["allowed"])
        cols.append(Column(**c))
    head = spec["table"]
    extra = {k: v for k, v in spec.items() if k not in ("table", "columns", "checks")}
    return Table(
        name=head["name"],
        description=head["description"],
        columns=tuple(cols),
        key=tuple(head.get("key", ())),
        partition_by=tuple(head.get("partition_by", ())),
        checks=tuple(spec.get("checks", ())),
        extra=extra,
    )


def acled_columns() -> list[str]:
    return [c.name for c in table("events").columns if c.group == "acled"]


def extension_columns() -> list[str]:
    return [c.name for c in table("events").columns if c.group == "extension"]


def hierarchy() -> dict[str, list[str]]:
    """event_type -> its sub-event types in ACLED's hierarchy order."""
    return table("events").extra["hierarchy"]


def disorder_of() -> dict[str, str]:
    return {sub: d for d, subs in table("events").extra["disorder"].items() for sub in subs}


def markdown() -> str:
    """docs/tables.md, generated so the column documentation cannot drift from the declarations."""
    out = ["# Tables", "", "Generated from `schemas/*.toml` by `eventdesk schema --docs`; edit the TOML, not this file.", ""]
    for name in TABLES:
        t = table(name)
        out += [f"## {t.name}", "", t.description, ""]
        if t.partition_by:
            out += [f"Partitioned by {', '.join(t.partition_by)}.", ""]
        out += ["| column | type | required | allowed | meaning |", "|---|---|---|---|---|"]
        for c in t.columns:
            rule = []
            if c.allowed:
                rule.append(", ".join(f"`{v}`" for v in c.allowed))
            if c.min is not None or c.max is not None:
                rule.append(f"{'' if c.min is None else c.min} to {'' if c.max is None else c.max}")
            if c.unique:
                rule.append("unique")
            out.append(f"| `{c.name}` | {c.type} | {'yes' if not c.nullable else ''} | {'; '.join(rule)} | {c.description} |")
        for chk in t.checks:
            out.append(f"\nCheck: {chk['description']}")
        out.append("")
    return "\n".join(out)
