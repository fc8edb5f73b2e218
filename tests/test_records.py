"""records' dataclasses against the table declarations in schemas/*.toml: the same columns, in the declared
order where a row is built field by field, with the declared type, and None only where a null is allowed.
A column added to a schema without its field (or the reverse) fails here, not in a Parquet writer."""
from __future__ import annotations

import dataclasses

import pytest

from eventdesk import records, schema

# record class -> (table, columns the pipeline adds to every row, whether field order must follow the table)
PAIRS = {
    records.Event: ("events", (), True),
    records.Mention: ("event_mentions", (), True),
    records.Article: ("articles", ("run_id",), False),  # dataclass fields with defaults must come last
    records.Reject: ("rejects", ("run_id", "rejected_at"), False),
}
PY_TYPE = {"string": "str", "int8": "int", "int16": "int", "int32": "int", "int64": "int", "float64": "float",
           "bool": "bool", "date": "dt.date", "timestamp": "dt.datetime", "list<string>": "list[str]"}


def split(annotation: str) -> tuple[str, bool]:
    parts = [p.strip() for p in annotation.split("|")]
    return " | ".join(p for p in parts if p != "None"), "None" in parts


@pytest.mark.parametrize("record", list(PAIRS), ids=lambda r: r.__name__)
def test_record_fields_are_the_declared_columns(record):
    table, added, ordered = PAIRS[record]
    columns = [c for c in schema.table(table).columns if c.name not in added]
    fields = dataclasses.fields(record)
    names = [f.name for f in fields]
    assert sorted(names) == sorted(c.name for c in columns), \
        f"records.{record.__name__} and schemas/{table}.toml differ: only in the record " \
        f"{sorted(set(names) - {c.name for c in columns})}, only in the schema {sorted({c.name for c in columns} - set(names))}"
    if ordered:
        assert names == [c.name for c in columns], f"records.{record.__name__} lists its fields out of schemas/{table}.toml's order"
    by_name = {f.name: f for f in fields}
    for c in columns:
        py, optional = split(str(by_name[c.name].type))
        assert py == PY_TYPE[c.type], f"{record.__name__}.{c.name} is {py}, schemas/{table}.toml says {c.type}"
        assert not (optional and not c.nullable), \
            f"{record.__name__}.{c.name} may be None but schemas/{table}.toml declares it nullable = false"
        if not c.is_list:  # a list column is written as an empty list, never None
            assert optional or not c.nullable, \
                f"{record.__name__}.{c.name} cannot be None but schemas/{table}.toml lets it be null"


def test_the_check_sees_a_missing_column(monkeypatch):
    """The check itself: a schema column the record lacks is reported."""
    real = schema.table("event_mentions")
    extra = dataclasses.replace(real.columns[-1], name="n_sources")
    monkeypatch.setattr(schema, "table", lambda name: dataclasses.replace(real, columns=real.columns + (extra,)))
    with pytest.raises(AssertionError, match="only in the schema \\['n_sources'\\]"):
        test_record_fields_are_the_declared_columns(records.Mention)


def test_the_actors_record_is_the_events_actor_columns():
    """extraction.actors codes an event's actors as one record: Event's own actor fields, in the table's order."""
    names = [f.name for f in dataclasses.fields(records.Actors)]
    assert names == list(records.ACTOR_COLUMNS)
    event = {f.name: f.type for f in dataclasses.fields(records.Event)}
    assert [event[n] for n in names] == [f.type for f in dataclasses.fields(records.Actors)]
    columns = [c.name for c in schema.table("events").columns]
    assert columns[columns.index("actor1"):columns.index("interaction") + 1] == names
