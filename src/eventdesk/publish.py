"""Publish validated tables as Parquet under data/curated/, plus a DuckDB catalog of views.

A run builds every table it changes in a staging folder and swaps it in only when all are
written, under a lock, so a run that fails half-way leaves the published data as it was.
Re-coding an article replaces the rows that came from it: the dataset can be rebuilt with a
better coder without duplicating events.
"""
from __future__ import annotations

import fcntl
import shutil
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from . import filters, reconcile, schema

CATALOG = "catalog.duckdb"


@contextmanager
def locked(curated: Path):
    curated.mkdir(parents=True, exist_ok=True)
    with open(curated / ".lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _files(curated: Path, name: str) -> list[Path]:
    return sorted((curated / name).rglob("*.parquet")) if (curated / name).is_dir() else []


def read_table(curated: Path, name: str) -> pd.DataFrame:
    """The published table in its declared column order (empty, typed, if never published)."""
    t = schema.table(name)
    files = _files(curated, name)
    if not files:
        return t.empty()
    part = ds.partitioning(pa.schema([pa.field(p, t.column(p).arrow_type) for p in t.partition_by]), flavor="hive") \
        if t.partition_by else None
    data = ds.dataset([str(f) for f in files], schema=t.arrow_schema(), format="parquet", partitioning=part,
                      partition_base_dir=str(curated / name))
    return data.to_table().select(t.names).to_pandas()


def _write(directory: Path, name: str, df: pd.DataFrame) -> None:
    t = schema.table(name)
    arrow = t.to_arrow(df)
    directory.mkdir(parents=True, exist_ok=True)
    if t.partition_by and arrow.num_rows:
        ds.write_dataset(arrow, directory, format="parquet",
                         partitioning=ds.partitioning(pa.schema([pa.field(p, t.column(p).arrow_type) for p in t.partition_by]),
                                                      flavor="hive"),
                         basename_template="part-{i}.parquet", existing_data_behavior="overwrite_or_ignore",
                         file_options=ds.ParquetFileFormat().make_write_options(compression="zstd"))
    elif arrow.num_rows:
        pq.write_table(arrow, directory / "part-0.parquet", compression="zstd")


def _swap(curated: Path, staged: dict[str, Path], run_id: str) -> None:
    trash = curated / f".old-{run_id}"
    trash.mkdir(exist_ok=True)
    for name, path in staged.items():
        live = curated / name
        if live.exists():
            live.rename(trash / name)
        path.rename(live)
    shutil.rmtree(trash, ignore_errors=True)


def merge(curated: Path, new: dict[str, pd.DataFrame], recoded_articles: set[str]) -> dict[str, pd.DataFrame]:
    """Published rows plus this run's: events and mentions reconciled (eventdesk.reconcile), articles replaced,
    rejects appended; "event_changes" (one row of counts for the runs table) is not a table."""
    out = {}
    old_events = read_table(curated, "events")
    out.update(reconcile.merge_events(old_events, read_table(curated, "event_mentions"), new, recoded_articles,
                                      previous_deleted=read_table(curated, "deleted_events")))
    out["event_changes"] = pd.DataFrame([reconcile.count_changes(old_events, out["events"])])
    old_a = read_table(curated, "articles")
    new_a = new.get("articles", schema.table("articles").empty())
    out["articles"] = _concat("articles", [old_a[~old_a["id"].isin(new_a["id"])], new_a])
    out["rejects"] = _concat("rejects", [read_table(curated, "rejects"), new.get("rejects", schema.table("rejects").empty())])
    return out


def _concat(name: str, frames: list[pd.DataFrame]) -> pd.DataFrame:
    frames = [f for f in frames if len(f)]
    return pd.concat(frames, ignore_index=True) if frames else schema.table(name).empty()


def publish(curated: Path, new: dict[str, pd.DataFrame], *, recoded_articles: set[str], run_id: str) -> dict[str, int]:
    """Merge, stage and swap in events, event_mentions, deleted_events, articles and rejects; return published row
    counts and the events new, updated and deleted."""
    with locked(curated):
        tables = merge(curated, new, recoded_articles)
        changes = tables.pop("event_changes").iloc[0].to_dict()
        stage = curated / f".staging-{run_id}"
        shutil.rmtree(stage, ignore_errors=True)
        staged = {}
        for name, df in tables.items():
            _write(stage / name, name, df)
            staged[name] = stage / name
        _swap(curated, staged, run_id)
        shutil.rmtree(stage, ignore_errors=True)
        write_catalog(curated)
        return {name: len(df) for name, df in tables.items()} | {k: int(v) for k, v in changes.items()}


def append_run(curated: Path, run: dict) -> None:
    """The runs table gets a row for every run, failed ones too, without touching the data tables."""
    with locked(curated):
        runs = read_table(curated, "runs")
        runs = pd.concat([runs, pd.DataFrame([run])], ignore_index=True) if len(runs) else pd.DataFrame([run])
        stage = curated / f".staging-runs-{run['run_id']}"
        shutil.rmtree(stage, ignore_errors=True)
        _write(stage / "runs", "runs", runs)
        _swap(curated, {"runs": stage / "runs"}, f"runs-{run['run_id']}")
        shutil.rmtree(stage, ignore_errors=True)
        write_catalog(curated)


def view_sql(curated: Path, name: str) -> str:
    """A SELECT over the table's Parquet files in declared column order (hive puts `year` last otherwise)."""
    t = schema.table(name)
    root = (curated / name).resolve()
    if not _files(curated, name):
        empty = curated.resolve() / "_empty" / f"{name}.parquet"
        empty.parent.mkdir(exist_ok=True)
        if not empty.exists():
            pq.write_table(t.arrow_schema().empty_table(), empty)
        return f"SELECT * FROM read_parquet('{empty}')"
    cols = ", ".join(f'CAST("{c.name}" AS INTEGER) AS "{c.name}"' if c.name in t.partition_by else f'"{c.name}"'
                     for c in t.columns)
    hive = ", hive_partitioning=true" if t.partition_by else ""
    return f"SELECT {cols} FROM read_parquet('{root}/**/*.parquet'{hive})"


def connect(curated: Path, read_only: bool = True) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(str(curated / CATALOG), read_only=read_only,
                         config={"autoinstall_known_extensions": False, "autoload_known_extensions": False})
    return con


def write_catalog(curated: Path) -> None:
    """Views over the Parquet files, so `duckdb data/curated/catalog.duckdb` opens on `SELECT * FROM events`."""
    con = connect(curated, read_only=False)
    try:
        for name in schema.TABLES:
            con.execute(f"CREATE OR REPLACE VIEW {name} AS {view_sql(curated, name)}")
        con.execute("; ".join(filters.catalog_macros()))  # acled_filter(e, country := ...): export's filters
    finally:
        con.close()
