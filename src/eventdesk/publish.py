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
    if writer.base is not None and writer.base.has("events") and "deleted_events" in schema.TABLES:
        return _stage_part(writer, new, set(recoded_articles))
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


def _in_play(writer: store.Writer, new_events: pd.DataFrame, recoded: set[str]) -> tuple[set[str], set[str]]:
    """The published events this run can touch, and every id ever published.

    An event is in play when one of its articles is re-coded, or when it lies on a day a new report lies on
    (ACLED's aggregation key holds the day, so no other event can meet a new report). Only the id, day and
    article columns are read for this; merge_events gets the rows in play and the ids, and gives the same
    result as over the whole tables."""
    import pyarrow as pa
    import pyarrow.compute as pc

    ev = writer.columns("events", ["event_id_cnty", "event_date", "article_ids"])
    days = pa.array(sorted({d for d in pd.to_datetime(new_events["event_date"]).dt.date if not pd.isna(d)}), pa.date32()) \
        if len(new_events) else pa.array([], pa.date32())
    mask = pc.fill_null(pc.is_in(ev.column("event_date"), value_set=days), False).to_numpy(zero_copy_only=False)
    if recoded and ev.num_rows:
        arts = ev.column("article_ids").combine_chunks()
        hit = pc.fill_null(pc.is_in(pc.list_flatten(arts), value_set=pa.array(sorted(recoded), pa.string())), False)
        rows = pc.list_parent_indices(arts).to_numpy()[hit.to_numpy(zero_copy_only=False)]
        mask[rows] = True
    ids = ev.column("event_id_cnty").to_pylist()
    play = {i for i, m in zip(ids, mask) if m}
    ever = set(ids) | set(writer.columns("deleted_events", ["event_id_cnty"]).column(0).to_pylist())
    return play, ever


def _stage_part(writer: store.Writer, new: dict[str, pd.DataFrame], recoded: set[str]) -> dict[str, int]:
    """stage() over a published version: only the events in play (and their mentions) are read, merged and
    replaced; the files of everything else are kept as they are."""
    new_events = new.get("events", schema.table("events").empty())
    play, ever = _in_play(writer, new_events, recoded)
    previous = writer.read_where("events", {"event_id_cnty": play})
    mentions = writer.read_where("event_mentions", {"event_id_cnty": play, "article_id": recoded})
    merged = reconcile.merge_events(previous, mentions, new, recoded, previous_deleted=schema.table("deleted_events").empty(),
                                    ever_published=ever)
    writer.replace("events", merged["events"], {"event_id_cnty": play})
    writer.replace("event_mentions", merged["event_mentions"], {"event_id_cnty": play, "article_id": recoded})
    if len(merged["deleted_events"]):
        writer.append("deleted_events", merged["deleted_events"])
    if "articles" in new:
        writer.upsert("articles", new["articles"], key="id")
    if "rejects" in new:
        writer.append("rejects", new["rejects"])
    base = writer.base
    counts = {"events": base.rows("events") - len(previous) + len(merged["events"]),
              "event_mentions": base.rows("event_mentions") - len(mentions) + len(merged["event_mentions"]),
              "deleted_events": base.rows("deleted_events") + len(merged["deleted_events"])}
    return counts | reconcile.count_changes(previous, merged["events"])


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
