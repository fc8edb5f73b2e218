"""Publish a run's validated tables as one new version of the dataset (see store.py for the layout).

Re-coding an article replaces the rows that came from it, so the dataset can be rebuilt with a better
coder without duplicating events. Events and their mentions are combined with the published ones in one
pure function, merge_events; everything else is what the run read (articles, replaced by id) or appended
(rejects, runs). A run's tables and its runs row are committed together, or not at all.
"""
from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from . import reconcile, schema, store

CATALOG = store.CATALOG


def merge_events(previous_events: pd.DataFrame, previous_mentions: pd.DataFrame, new: dict[str, pd.DataFrame],
                 recoded_articles: set[str], *, previous_deleted: pd.DataFrame | None = None) -> dict[str, pd.DataFrame]:
    """The whole events, event_mentions and deleted_events tables after this run, reconciled by
    eventdesk.reconcile: one row per real event, ids kept, timestamps moved only on change."""
    return reconcile.merge_events(previous_events, previous_mentions, new, recoded_articles,
                                  previous_deleted=previous_deleted)


def _concat(name: str, frames: list[pd.DataFrame]) -> pd.DataFrame:
    frames = [f for f in frames if len(f)]
    return pd.concat(frames, ignore_index=True) if frames else schema.table(name).empty()


def stage(writer: store.Writer, new: dict[str, pd.DataFrame], recoded_articles: set[str]) -> dict[str, int]:
    """Put this run's changes into the writer (nothing is visible until it commits); return the row counts
    the new version will have, and the events new, updated and deleted."""
    kw = {"previous_deleted": writer.read("deleted_events")} if "deleted_events" in schema.TABLES else {}
    previous = writer.read("events")
    merged = merge_events(previous, writer.read("event_mentions"), new, set(recoded_articles), **kw)
    for name, df in merged.items():
        if name not in schema.TABLES:
            raise ValueError(f"merge_events returned {name!r}, which no schemas/*.toml declares")
        writer.put(name, df)
    if "articles" in new:
        writer.upsert("articles", new["articles"], key="id")
    if "rejects" in new:
        writer.append("rejects", new["rejects"])
    return {name: len(df) for name, df in merged.items()} | reconcile.count_changes(previous, merged["events"])


def publish(curated: Path, new: dict[str, pd.DataFrame], *, recoded_articles: set[str], run_id: str,
            runs: list[dict] | None = None, keep: int | None = None) -> dict[str, int]:
    """Merge, write and commit one new version; return the row counts it published and the events new,
    updated and deleted."""
    with store.Writer.open(curated, run_id) as w:
        changes = stage(w, new, recoded_articles)
        if runs:
            w.append("runs", pd.DataFrame(runs))
        snap = w.commit(keep=keep)
    return {name: snap.rows(name) for name in snap.manifest["tables"]} | \
        {k: changes[k] for k in ("events_new", "events_updated", "events_deleted")}


def append_run(curated: Path, run: dict) -> None:
    """A version that adds a row to runs and changes nothing else (a failed run's record)."""
    with store.Writer.open(curated, run["run_id"]) as w:
        w.append("runs", pd.DataFrame([run]))
        w.commit()


def read_table(curated: Path, name: str, as_of: str | None = None) -> pd.DataFrame:
    """A published table in its declared column order (empty, typed, if nothing was ever published)."""
    try:
        return store.resolve(curated, as_of).read(name)
    except FileNotFoundError:
        if as_of:
            raise
        return schema.table(name).empty()


def connect(curated: Path, read_only: bool = True, as_of: str | None = None) -> duckdb.DuckDBPyConnection:
    """DuckDB with a view per table over the current version (or the one --as-of names). `read_only` is kept
    for callers of the old API: the connection is in memory and never writes to data/curated."""
    return store.connect(curated, as_of)
