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
    """stage() over a published version: only the events in play are read and merged, and only the rows that
    change are handed to the writer, so the files of everything else are kept as they are.

    Mentions need not be read to merge: a kept event keeps its mentions where they are; those of re-coded
    articles give way to this run's; those of an event that left move to the event that took it over
    (deleted_events' replaced_by), as merge_events does over the whole tables."""
    new_events = new.get("events", schema.table("events").empty())
    play, ever = _in_play(writer, new_events, recoded)
    previous = writer.read_where("events", {"event_id_cnty": play})
    m_t = schema.table("event_mentions")
    merged = reconcile.merge_events(previous, m_t.empty(), new, recoded,
                                    previous_deleted=schema.table("deleted_events").empty(), ever_published=ever)
    # only what changed: an event whose timestamp stayed is the row it was (merge_events moves it on any change)
    out, gone = merged["events"], merged["deleted_events"]
    before = dict(zip(previous["event_id_cnty"], previous["timestamp"].astype("int64")))
    same = [before.get(i) == int(t) for i, t in zip(out["event_id_cnty"], out["timestamp"])]
    changed = out[~pd.Series(same, index=out.index, dtype=bool)]
    left = set(gone["event_id_cnty"])
    writer.replace("events", changed, {"event_id_cnty": set(changed["event_id_cnty"]) | left})
    heir = dict(zip(gone["event_id_cnty"], gone["replaced_by"]))
    moved = writer.read_where("event_mentions", {"event_id_cnty": left})
    moved = moved[~moved["article_id"].isin(recoded)]
    moved = moved.assign(event_id_cnty=moved["event_id_cnty"].map(heir))
    moved = moved[moved["event_id_cnty"].notna()]
    mentions = pd.concat([f for f in (moved, merged["event_mentions"]) if len(f)] or [m_t.empty()], ignore_index=True)
    mentions = mentions.drop_duplicates(["event_id_cnty", "article_id", "sentence_index"]).reset_index(drop=True)
    writer.replace("event_mentions", mentions, {"event_id_cnty": left, "article_id": recoded})
    if len(gone):
        writer.append("deleted_events", gone)
    if "articles" in new:
        writer.upsert("articles", new["articles"], key="id")
    if "rejects" in new:
        writer.append("rejects", new["rejects"])
    base = writer.base
    counts = {"events": base.rows("events") - len(previous) + len(out),
              "deleted_events": base.rows("deleted_events") + len(gone)}
    return counts | reconcile.count_changes(previous, out)


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
