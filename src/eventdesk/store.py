"""Versioned snapshots of the published tables: one atomic commit per run, old versions kept for time travel.

Layout under data/curated/:

    CURRENT                      the committed version's name (e.g. v000012), swapped with os.replace
    versions/v000012/<table>/... immutable Parquet files; events under year=YYYY/
    versions/v000012/_manifest.json  the version's files, row counts, run and commit time
    catalog.duckdb               DuckDB views over the CURRENT version, paths relative to the catalog

A commit writes only new files into a staging folder, hard-links the unchanged files of the previous
version into it, renames it to versions/<next>, and then swaps CURRENT (the commit point) and the catalog.
Nothing an existing version holds is ever modified, so a reader that resolved CURRENT (or opened the
catalog) before the swap reads the previous version whole, and one after it the new one, whatever
instruction the writer dies at. The next writer removes what a dead one left behind.

Files are copy-on-write at file granularity, as in Delta Lake: a table's rows are compared with the
previous version's by a hash of the whole row; a file whose rows all survive is re-used as is, and only
new or changed rows (plus the other rows of a file one of them left) are written. Rows are sorted (events
by date, a month per file) and files capped in size, so a night's changes land in a few small files. Article
texts are written once, when an article is read; `articles` is updated by id, reading only the id column.
A night reads events and event_mentions through Writer.columns and read_where (a few columns of every file,
the whole of the files holding its rows) and hands on only what changed with Writer.replace.
"""
from __future__ import annotations

import datetime as dt
import fcntl
import hashlib
import json
import os
import re
import shutil
import signal
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from . import filters, schema
from .atomic import fsync_dir, write_text
from .settings import keep_versions

CURRENT = "CURRENT"
VERSIONS = "versions"
CATALOG = "catalog.duckdb"
MANIFEST = "_manifest.json"
RUNNING = ".running"  # one marker per live run; a marker nobody holds a lock on is a run that died
SPOOL = ".spool-"  # a live run's rows written ahead of its commit (Spool); a spool nobody holds is removed
# rows per file: small enough that a night's changes rewrite little, large enough to keep file counts low
ROWS_PER_FILE = {"articles": 2000, "events": 250_000, "event_mentions": 8000}
DEFAULT_ROWS_PER_FILE = 20000
MAX_FILES = 32  # a partition with more files than this has its small files merged into one
# Events files never span two months: a night's new and updated events fall in the last days, so it rewrites
# (or adds) files of the current month only, while a query over years reads few files (a month each, up to
# ROWS_PER_FILE rows) in row groups small enough to skip by date. A month with more than MAX_MONTH_FILES
# files (a file per night) has them merged into one.
MONTH_OF = {"events": "event_date"}
MAX_MONTH_FILES = 8
ROW_GROUP_ROWS = {"events": 25_000}
SORT_BY = {"events": ["event_date", "event_id_cnty"], "event_mentions": ["event_id_cnty", "article_id", "sentence_index"],
           "articles": ["ingested_at", "id"]}
_VERSION = re.compile(r"^v(\d{6,})$")
_FILTER_BATCH = 65_536  # rows per record batch when a read keeps only some rows
# The catalog's views find their files relative to the catalog file: DuckDB sets temp_directory to
# '<database file>.tmp' when it opens a database, and a variable overrides it (e.g. after ATTACH).
DIR_SQL = ("coalesce(getvariable('eventdesk_curated'), "
           "nullif(parse_dirpath(current_setting('temp_directory')), ''), '.')")
_DUCK = {"string": "VARCHAR", "int8": "TINYINT", "int16": "SMALLINT", "int32": "INTEGER", "int64": "BIGINT",
         "float64": "DOUBLE", "bool": "BOOLEAN", "date": "DATE", "timestamp": "TIMESTAMPTZ",
         "list<string>": "VARCHAR[]"}
COMMIT_STEPS = ("begin", "file-written", "staged", "manifest-written", "version-renamed", "catalog-written",
                "pointer-swapped", "catalog-swapped", "pruned")


def pause(step: str) -> None:
    """Fault-injection hook: with EVENTDESK_PAUSE_AT=<step>, write EVENTDESK_PAUSE_READY and wait to be killed."""
    if os.environ.get("EVENTDESK_PAUSE_AT") != step:
        return
    ready = os.environ.get("EVENTDESK_PAUSE_READY")
    if ready:
        Path(ready).write_text(step)
    while True:
        signal.pause()


def _fingerprint(name: str) -> str:
    """The declared Parquet schema, hashed stably across processes: a file written under another is rewritten."""
    return hashlib.sha256(str(schema.table(name).arrow_schema()).encode()).hexdigest()[:16]


# --- reading ------------------------------------------------------------------------------------

@dataclass
class Snapshot:
    """One committed version: its files and row counts, read from its manifest."""

    curated: Path
    name: str
    manifest: dict

    @property
    def path(self) -> Path:
        return self.curated / VERSIONS / self.name

    @property
    def run_id(self) -> str | None:
        return self.manifest.get("run_id")

    @property
    def committed_at(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.manifest["committed_at"])

    def has(self, table: str) -> bool:
        return table in self.manifest["tables"]

    def files(self, table: str) -> list[dict]:
        return self.manifest["tables"].get(table, {}).get("files", [])

    def rows(self, table: str) -> int:
        return sum(f["rows"] for f in self.files(table))

    def arrow(self, table: str, columns: list[str] | None = None,
              where: Callable[[pa.Table], pa.Array] | None = None) -> pa.Table:
        """The table in its declared schema (columns missing from older files come back null).

        `where` keeps the rows whose mask is true; it is applied per record batch, so a reader that
        wants a few rows of a large table (a run's report) holds those rows, not the table."""
        t = schema.table(table)
        files = [str(self.path / f["path"]) for f in self.files(table)]
        target = _lenient(t.arrow_schema() if columns is None else pa.schema([t.arrow_schema().field(c) for c in columns]))
        if not files:
            return target.empty_table()

        def fit(got: pa.Table, have: set[str]) -> pa.Table:
            for fld in target:
                if fld.name not in have:
                    got = got.append_column(fld.name, pa.nulls(got.num_rows, fld.type))
            return got.select(target.names).cast(target)

        parts = []
        for f in files:
            pf = pq.ParquetFile(f)
            have = set(pf.schema_arrow.names)
            cols = [c for c in target.names if c in have]
            if where is None:
                parts.append(fit(pf.read(columns=cols), have))
                continue
            for batch in pf.iter_batches(batch_size=_FILTER_BATCH, columns=cols):
                got = fit(pa.Table.from_batches([batch]), have)
                parts.append(got.filter(where(got)))
        return pa.concat_tables(parts) if parts else target.empty_table()

    def read(self, table: str, columns: list[str] | None = None,
             where: Callable[[pa.Table], pa.Array] | None = None) -> pd.DataFrame:
        return self.arrow(table, columns, where).to_pandas()

    def view_sql(self, table: str, base: str = DIR_SQL) -> str:
        """A SELECT over this version's files of the table, in declared column order and types."""
        t = schema.table(table)
        have = set(self.manifest["tables"].get(table, {}).get("columns", []))
        cols = ", ".join(f'"{c.name}"' if c.name in have else f'CAST(NULL AS {_DUCK[c.type]}) AS "{c.name}"'
                         for c in t.columns)
        if not self.files(table):
            empty = ", ".join(f'CAST(NULL AS {_DUCK[c.type]}) AS "{c.name}"' for c in t.columns)
            return f"SELECT {empty} WHERE false"
        glob = f"{VERSIONS}/{self.name}/{table}/**/*.parquet"
        return f"SELECT {cols} FROM read_parquet({base} || '/{glob}', hive_partitioning = false)"


def _version_number(name: str) -> int:
    m = _VERSION.match(name)
    return int(m.group(1)) if m else -1


def current_name(curated: Path) -> str | None:
    p = Path(curated) / CURRENT
    try:
        name = p.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return name or None


def load(curated: Path, name: str) -> Snapshot:
    curated = Path(curated)
    return Snapshot(curated, name, json.loads((curated / VERSIONS / name / MANIFEST).read_text(encoding="utf-8")))


def current(curated: Path) -> Snapshot | None:
    name = current_name(curated)
    return load(curated, name) if name else None


def history(curated: Path) -> list[Snapshot]:
    """Committed versions still on disk, oldest first (a folder newer than CURRENT was never committed)."""
    curated = Path(curated)
    top = _version_number(current_name(curated) or "")
    out = []
    root = curated / VERSIONS
    for p in sorted(root.iterdir(), key=lambda p: _version_number(p.name)) if root.is_dir() else []:
        n = _version_number(p.name)
        if 0 <= n <= top and (p / MANIFEST).exists():
            out.append(load(curated, p.name))
    return out


def resolve(curated: Path, as_of: str | None = None) -> Snapshot:
    """The current version, or with as_of the version a run committed (run id or version name) or the
    last one committed at or before a date (YYYY-MM-DD: by the end of that day, UTC) or ISO time."""
    curated = Path(curated)
    snap = current(curated)
    if snap is None:
        raise FileNotFoundError(f"{curated} holds no published version: run `eventdesk run` first")
    if not as_of:
        return snap
    versions = history(curated)
    for v in reversed(versions):
        if as_of in (v.name, v.run_id):
            return v
    try:
        when = dt.datetime.fromisoformat(as_of)
        if len(as_of) == 10:
            when = when + dt.timedelta(days=1) - dt.timedelta(microseconds=1)
        if when.tzinfo is None:
            when = when.replace(tzinfo=dt.timezone.utc)
    except ValueError:
        raise FileNotFoundError(f"--as-of {as_of!r}: no kept version has that run id or name, and it is not a date "
                                f"(kept: {', '.join(v.run_id or v.name for v in versions)})") from None
    earlier = [v for v in versions if v.committed_at <= when]
    if not earlier:
        raise FileNotFoundError(f"--as-of {as_of}: the oldest kept version was committed at "
                                f"{versions[0].committed_at.isoformat()} (keep more with EVENTDESK_KEEP_VERSIONS)")
    return earlier[-1]


def connect(curated: Path, as_of: str | None = None) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with one view per table over one version (the current by default)."""
    curated = Path(curated)
    snap = resolve(curated, as_of)
    con = duckdb.connect(":memory:", config={"autoinstall_known_extensions": False,
                                             "autoload_known_extensions": False})
    con.execute("SET VARIABLE eventdesk_curated = ?", [str(curated.resolve())])
    for name in schema.TABLES:
        con.execute(f"CREATE VIEW {name} AS {snap.view_sql(name)}")
    con.execute("; ".join(filters.catalog_macros()))  # acled_filter(e, country := ...): export's filters
    return con


def write_catalog(snap: Snapshot, path: Path) -> None:
    """catalog.duckdb: views over one version, readable by DuckDB 1.1 and later (the duckdb CLI, R, ...)."""
    for p in (path, Path(f"{path}.wal")):
        p.unlink(missing_ok=True)
    con = duckdb.connect(str(path), config={"storage_compatibility_version": "v1.1.0",
                                            "autoinstall_known_extensions": False,
                                            "autoload_known_extensions": False})
    try:
        for name in schema.TABLES:
            con.execute(f"CREATE VIEW {name} AS {snap.view_sql(name)}")
        con.execute("; ".join(filters.catalog_macros()))  # acled_filter(e, country := ...): export's filters
        q = lambda v: "NULL" if v is None else "'" + str(v).replace("'", "''") + "'"  # noqa: E731
        con.execute(f"CREATE VIEW eventdesk_version AS SELECT {q(snap.name)} AS version, {q(snap.run_id)} AS run_id, "
                    f"CAST({q(snap.manifest['committed_at'])} AS TIMESTAMPTZ) AS committed_at")
    finally:
        con.close()
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())


# --- writing ------------------------------------------------------------------------------------

def _to_arrow(name: str, df: pd.DataFrame | pa.Table) -> pa.Table:
    """A frame to the table's exact schema: the fast columnar path, else the row-by-row one that names the bad column."""
    t = schema.table(name)
    if isinstance(df, pa.Table):
        return df.select(t.names).cast(t.arrow_schema())
    unknown = set(df.columns) - set(t.names)
    if unknown:
        raise ValueError(f"{name}: columns not declared in schemas/{name}.toml: {sorted(unknown)}")
    try:
        return pa.Table.from_pandas(df.reindex(columns=t.names), schema=t.arrow_schema(), preserve_index=False)
    except (pa.ArrowException, TypeError, ValueError):
        return t.to_arrow(df)


def row_hashes(table: pa.Table) -> np.ndarray:
    """A 64-bit hash of every whole row (DuckDB's hash over all columns)."""
    global _hasher
    if table.num_rows == 0:
        return np.empty(0, dtype=np.uint64)
    with _hasher_lock:
        if _hasher is None:  # one in-memory database for the process: opening one costs more than hashing
            _hasher = duckdb.connect(":memory:", config={"autoinstall_known_extensions": False,
                                                         "autoload_known_extensions": False})
        _hasher.register("rows_to_hash", table)
        try:
            cols = ", ".join(f'"{c}"' for c in table.column_names)
            return _hasher.sql(f"SELECT hash({cols}) AS h FROM rows_to_hash").fetchnumpy()["h"].astype(np.uint64)
        finally:
            _hasher.unregister("rows_to_hash")


_hasher = None
_hasher_lock = threading.Lock()


def _partition_dir(name: str, key: tuple) -> str:
    t = schema.table(name)
    return "/".join(f"{p}={v}" for p, v in zip(t.partition_by, key))


def _partition_keys(name: str, table: pa.Table) -> list[tuple]:
    t = schema.table(name)
    if not t.partition_by or table.num_rows == 0:
        return [()] * table.num_rows
    return list(zip(*(table.column(p).to_pylist() for p in t.partition_by)))


@dataclass
class _Change:
    kind: str  # "put" (whole new content), "upsert" (rows replaced by key), "append" or "spool" (an upsert on disk)
    data: pa.Table | None
    key: str | None = None
    where: dict | None = None  # "replace": column -> the values whose rows give way
    spool: "Spool | None" = None


class Spool:
    """A run's rows of one table written to Parquet batch by batch, ahead of the commit and without the writer
    lock, so a streamed run never holds the whole table: each batch is one row group, and a new part file starts
    every ROWS_PER_FILE rows. Writer.upsert_spool hands the files to a commit, which links them into the new
    version as they are. Lives in curated/.spool-<run_id>-<table>/ and is locked while open; clean() removes a
    spool whose process is gone."""

    def __init__(self, curated: Path, name: str, run_id: str):
        t = schema.table(name)
        if t.partition_by:
            raise ValueError(f"{name} is partitioned: a spool writes unpartitioned tables only")
        self.name, self.run_id = name, run_id
        self.key = t.key[0] if t.key else None
        self.dir = Path(curated) / f"{SPOOL}{run_id}-{name}"
        shutil.rmtree(self.dir, ignore_errors=True)
        (self.dir / name).mkdir(parents=True)
        self._held = open(self.dir / ".held", "w")
        fcntl.flock(self._held, fcntl.LOCK_EX)
        self.files: list[dict] = []  # path relative to the spool (and to the version it joins), rows, bytes, schema
        self.rows = 0
        self._keys: list[pa.Array] = []
        self._fp = _fingerprint(name)
        self._per = ROWS_PER_FILE.get(name, DEFAULT_ROWS_PER_FILE)
        self._out: pq.ParquetWriter | None = None
        self._in_file = 0

    def add(self, df) -> int:
        """Write one batch (a frame or Arrow table of the table's columns); returns the rows written."""
        rows = _to_arrow(self.name, df)
        sort = [(c, "ascending") for c in SORT_BY.get(self.name, []) if c in rows.column_names]
        if sort and rows.num_rows:
            rows = rows.sort_by(sort)
        if self.key:
            self._keys.append(rows.column(self.key).combine_chunks())
        start = 0
        while start < rows.num_rows:
            if self._out is None:
                path = self.dir / self.name / f"part-{self.run_id}-s{len(self.files) + 1:05d}.parquet"
                self._out = pq.ParquetWriter(path, rows.schema, compression="zstd")
                self.files.append({"path": str(path.relative_to(self.dir)), "rows": 0, "bytes": 0, "schema": self._fp})
            take = min(self._per - self._in_file, rows.num_rows - start)
            self._out.write_table(rows.slice(start, take), row_group_size=take)
            self._in_file += take
            self.files[-1]["rows"] += take
            start += take
            if self._in_file >= self._per:
                self._close_file()
        self.rows += rows.num_rows
        return rows.num_rows

    def _close_file(self) -> None:
        if self._out is None:
            return
        self._out.close()
        self._out, self._in_file = None, 0
        path = self.dir / self.files[-1]["path"]
        with open(path, "rb") as fh:
            os.fsync(fh.fileno())
        self.files[-1]["bytes"] = path.stat().st_size

    def finish(self) -> list[dict]:
        """Close the last file; the spool takes no more rows."""
        self._close_file()
        return self.files

    def keys(self) -> pa.Array:
        return pa.concat_arrays([k.cast(pa.string()) for k in self._keys]) if self._keys else pa.array([], pa.string())

    def read(self) -> pa.Table:
        parts = [_read_file(self.dir / f["path"], self.name) for f in self.files]
        return pa.concat_tables(parts) if parts else _lenient(schema.table(self.name).arrow_schema()).empty_table()

    def discard(self) -> None:
        """Remove the spool (after its commit linked the files, or when the run failed)."""
        if self._out is not None:
            self._out.close()
            self._out = None
        shutil.rmtree(self.dir, ignore_errors=True)
        if self._held is not None:
            self._held.close()
            self._held = None


@dataclass
class Writer:
    """One commit: holds the writer lock from open() to commit() or close(). Not for use by two threads."""

    curated: Path
    run_id: str
    base: Snapshot | None = None
    changes: dict[str, list[_Change]] = field(default_factory=dict)
    bytes_written: int = 0
    _lock: object = None
    _files: dict = field(default_factory=dict)  # (table, path) -> the base file's rows, read once
    _narrow: dict = field(default_factory=dict)  # (table, path, column) -> that column of the base file
    _wanted: dict = field(default_factory=dict)  # table -> the columns matched on so far (read together)

    @classmethod
    def open(cls, curated: Path, run_id: str) -> "Writer":
        curated = Path(curated)
        curated.mkdir(parents=True, exist_ok=True)
        fh = open(curated / ".lock", "w")
        fcntl.flock(fh, fcntl.LOCK_EX)
        w = cls(curated, run_id, _lock=fh)
        try:
            clean(curated, locked=True)
            w.base = current(curated)
        except BaseException:
            w.close()
            raise
        return w

    def close(self) -> None:
        if self._lock is not None:
            fcntl.flock(self._lock, fcntl.LOCK_UN)
            self._lock.close()
            self._lock = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- what the run sees
    def read(self, name: str) -> pd.DataFrame:
        """The base version's table (empty, typed, if there is none); cached for the diff at commit."""
        t = schema.table(name)
        if self.base is not None:
            parts = []
            for f in self.base.files(name):
                self._files[(name, f["path"])] = _read_file(self.base.path / f["path"], name)
                parts.append(self._files[(name, f["path"])])
            data = pa.concat_tables(parts) if parts else t.arrow_schema().empty_table()
        else:
            legacy = _legacy_read(self.curated, name)
            data = legacy if legacy is not None else t.arrow_schema().empty_table()
        return data.to_pandas()

    def columns(self, name: str, columns: list[str]) -> pa.Table:
        """Some columns of the base version's table, every row (a narrow read: no text columns; kept for the
        commit, which matches rows on them again)."""
        target = _lenient(pa.schema([schema.table(name).arrow_schema().field(c) for c in columns]))
        files = self.base.files(name) if self.base is not None else []
        if not files:
            return target.empty_table()
        self._wanted[name] = list(dict.fromkeys(self._wanted.get(name, []) + list(columns)))
        todo = [f for f in files if any((name, f["path"], c) not in self._narrow for c in columns)]
        if len(todo) > 1:  # one multi-threaded read of every file, cut back into files by their row counts
            import pyarrow.dataset as ds

            try:
                got = ds.dataset([str(self.base.path / f["path"]) for f in todo], format="parquet",
                                 schema=schema.table(name).arrow_schema()).to_table(columns=list(columns))
            except (pa.ArrowInvalid, pa.ArrowTypeError, ValueError):
                got = None  # files of another schema: one by one below
            if got is not None and got.num_rows == sum(f["rows"] for f in todo):
                at = 0
                for f in todo:
                    for c in columns:
                        self._narrow[(name, f["path"], c)] = got.column(c).slice(at, f["rows"])
                    at += f["rows"]
        parts = [pa.table([self._column(name, f, c) for c in columns], schema=target) for f in files]
        return pa.concat_tables(parts)

    def _column(self, name: str, f: dict, column: str) -> pa.ChunkedArray:
        """One column of a base file, read once (null where the file predates the column)."""
        key = (name, f["path"], column)
        if key not in self._narrow:
            pf = pq.ParquetFile(self.base.path / f["path"])
            need = [c for c in self._wanted.get(name, [column]) if c in pf.schema_arrow.names
                    and (name, f["path"], c) not in self._narrow] or [column]
            got = pf.read(columns=[c for c in need if c in pf.schema_arrow.names])
            typ = schema.table(name).arrow_schema()
            for c in need:
                self._narrow[(name, f["path"], c)] = got.column(c).cast(typ.field(c).type) if c in got.column_names \
                    else pa.chunked_array([pa.nulls(f["rows"], typ.field(c).type)])
        return self._narrow[key]

    def read_where(self, name: str, where: dict[str, set]) -> pd.DataFrame:
        """The base rows whose column is in a set, for any of `where`'s columns: only the files holding one
        are read whole (and cached for the diff at commit); the others only for those columns."""
        t = schema.table(name)
        parts = []
        for f, mask in self._matches(name, where):
            rows = self._file_rows(name, f)
            self._files[(name, f["path"])] = rows
            parts.append(rows.filter(mask))
        data = pa.concat_tables(parts) if parts else _lenient(t.arrow_schema()).empty_table()
        return data.to_pandas()

    def _matches(self, name: str, where: dict[str, set], files: list[dict] | None = None) -> list[tuple[dict, pa.Array]]:
        """(file, row mask) for each base file with a row matching `where`."""
        out = []
        sets = {c: pa.array(sorted(v), pa.string()) for c, v in where.items() if v}
        if self.base is None or not sets:
            return out
        self._wanted[name] = list(dict.fromkeys(self._wanted.get(name, []) + list(sets)))
        for f in self.base.files(name) if files is None else files:
            mask = None
            for c, values in sets.items():
                m = pc.fill_null(pc.is_in(self._column(name, f, c), value_set=values), False)
                mask = m if mask is None else pc.or_(mask, m)
            if pc.any(mask).as_py():
                out.append((f, mask))
        return out

    def replace(self, name: str, df, where: dict[str, set]) -> None:
        """The base rows matching `where` (as read_where) give way to `df`; rows that come back unchanged leave
        their file as it is, so a night rewrites only the files its changes fall in."""
        self.changes.setdefault(name, []).append(_Change("replace", _to_arrow(name, df), where=where))

    def put(self, name: str, df) -> None:
        self.changes[name] = [_Change("put", _to_arrow(name, df))]

    def upsert(self, name: str, df, key: str) -> None:
        self.changes.setdefault(name, []).append(_Change("upsert", _to_arrow(name, df), key))

    def append(self, name: str, df) -> None:
        if isinstance(df, list):
            df = schema.table(name).to_arrow(df)
        self.changes.setdefault(name, []).append(_Change("append", _to_arrow(name, df)))

    def upsert_spool(self, name: str, spool: Spool) -> None:
        """Rows written ahead in a Spool, replacing rows by the table's key like upsert; the commit links the
        spool's files into the new version without reading them."""
        spool.finish()
        self.changes.setdefault(name, []).append(_Change("spool", None, spool.key, spool=spool))

    def discard(self) -> None:
        self.changes.clear()

    # -- the commit
    def commit(self, *, keep: int | None = None) -> Snapshot:
        keep = keep or keep_versions()
        self.bytes_written, self._seq = 0, 0
        pause("begin")
        stage = self.curated / f".staging-{os.getpid()}-{self.run_id}"
        shutil.rmtree(stage, ignore_errors=True)
        stage.mkdir(parents=True)
        top = max([_version_number(p.name) for p in (self.curated / VERSIONS).iterdir()]
                  if (self.curated / VERSIONS).is_dir() else [0])
        name = f"v{max(top, _version_number(self.base.name) if self.base else 0) + 1:06d}"
        self._name = name
        tables = {}
        for t in schema.TABLES:
            tables[t] = self._stage_table(stage, t)
        pause("staged")
        manifest = {"version": name, "run_id": self.run_id, "parent": self.base.name if self.base else None,
                    "committed_at": dt.datetime.now(dt.timezone.utc).isoformat(), "bytes_written": self.bytes_written,
                    "tables": tables}
        write_text(stage / MANIFEST, json.dumps(manifest, indent=1))
        pause("manifest-written")
        (self.curated / VERSIONS).mkdir(exist_ok=True)
        target = self.curated / VERSIONS / name
        os.rename(stage, target)
        fsync_dir(self.curated / VERSIONS)
        pause("version-renamed")
        snap = Snapshot(self.curated, name, manifest)
        tmp_catalog = self.curated / f".{CATALOG}.tmp-{os.getpid()}"
        write_catalog(snap, tmp_catalog)
        pause("catalog-written")
        write_text(self.curated / CURRENT, name)  # the commit point; no newline, so SQL can read it as is
        pause("pointer-swapped")
        os.replace(tmp_catalog, self.curated / CATALOG)
        fsync_dir(self.curated)
        pause("catalog-swapped")
        prune(self.curated, keep)
        clean(self.curated, locked=True)  # e.g. the layout before versions, now carried into this one
        pause("pruned")
        for ch in (c for cs in self.changes.values() for c in cs if c.spool is not None):
            ch.spool.discard()  # its files live on in the version, by their links
        self.base, self.changes, self._files, self._narrow, self._wanted = snap, {}, {}, {}, {}
        return snap

    def _stage_table(self, stage: Path, name: str) -> dict:
        t = schema.table(name)
        fp = _fingerprint(name)
        base_files = self.base.files(name) if self.base else []
        # files written under another schema are rewritten, so all files of a version agree
        keep_files = [f for f in base_files if f.get("schema") == fp]
        stale = [f for f in base_files if f.get("schema") != fp]
        changes = self.changes.get(name, [])
        new_rows: list[pa.Table] = []
        spooled: list[Spool] = []
        if not (changes and changes[0].kind == "put"):
            new_rows += [self._file_rows(name, f) for f in stale]
            legacy = _legacy_read(self.curated, name) if self.base is None else None
            if legacy is not None:
                new_rows.append(legacy)
        for ch in changes:
            if ch.kind in ("put", "upsert", "replace") and spooled:  # rare: a change after a spool takes its rows in memory
                new_rows += [sp.read() for sp in spooled]
                spooled = []
            if ch.kind == "put":
                keep_files, add = self._diff(name, keep_files, ch.data)
                new_rows = [add]
            elif ch.kind in ("upsert", "spool"):
                keys = ch.spool.keys() if ch.kind == "spool" else \
                    pa.array(ch.data.column(ch.key).to_pylist(), pa.string()) if ch.data.num_rows else None
                if keys is not None and len(keys):
                    survivors = []
                    for f in keep_files:
                        col = pq.read_table(self.base.path / f["path"], columns=[ch.key]).column(0)
                        if pc.any(pc.is_in(col, value_set=keys)).as_py():
                            whole = self._file_rows(name, f)
                            new_rows.append(whole.filter(pc.invert(pc.is_in(whole.column(ch.key), value_set=keys))))
                        else:
                            survivors.append(f)
                    keep_files = survivors
                    new_rows = [r.filter(pc.invert(pc.is_in(r.column(ch.key), value_set=keys))) for r in new_rows]
                if ch.kind == "spool":
                    spooled.append(ch.spool)
                else:
                    new_rows.append(ch.data)
            elif ch.kind == "replace":
                matched = self._matches(name, ch.where, keep_files)
                hit = {f["path"] for f, _ in matched}
                rest = [self._file_rows(name, f).filter(pc.invert(m)) for f, m in matched]
                loose = _lenient(t.arrow_schema())
                content = pa.concat_tables([r.cast(loose) for r in rest] + [ch.data.cast(loose)])
                kept, add = self._diff(name, [f for f, _ in matched], content)
                keep_files = [f for f in keep_files if f["path"] not in hit] + kept
                new_rows = [r.filter(pc.invert(self._where_mask(r, ch.where))) for r in new_rows] + [add]
            else:
                new_rows.append(ch.data)
        loose = _lenient(t.arrow_schema())
        rows = pa.concat_tables([r.cast(loose) for r in new_rows if r.num_rows] or [loose.empty_table()])
        try:
            rows = rows.cast(t.arrow_schema())
        except (pa.ArrowInvalid, ValueError) as exc:  # e.g. rows from before a required column was declared
            raise ValueError(f"{name}: {exc} (declared in schemas/{name}.toml)") from exc
        files = self._link(stage, keep_files) + self._write_rows(stage, name, rows, fp) + self._adopt(stage, spooled)
        files = self._compact(stage, name, files, fp)
        if not files:  # an empty table still has a file, so a plain read_parquet of its folder works
            files = self._write_file(stage, name, "", t.arrow_schema().empty_table(), fp, "empty")
        return {"columns": t.names, "rows": sum(f["rows"] for f in files), "files": files}

    @staticmethod
    def _where_mask(rows: pa.Table, where: dict[str, set]) -> pa.Array:
        mask = pa.array([False] * rows.num_rows)
        for c, values in where.items():
            if values:
                mask = pc.or_(mask, pc.fill_null(pc.is_in(rows.column(c), value_set=pa.array(sorted(values), pa.string())),
                                                 False))
        return mask

    def _adopt(self, stage: Path, spools: list[Spool]) -> list[dict]:
        """Link a spool's files into the staged version (its files already have the declared schema)."""
        out = []
        for sp in spools:
            for f in sp.files:
                if not f["rows"]:
                    continue
                dst = stage / f["path"]
                dst.parent.mkdir(parents=True, exist_ok=True)
                try:
                    os.link(sp.dir / f["path"], dst)
                except OSError:  # a filesystem without hard links: copy
                    shutil.copy2(sp.dir / f["path"], dst)
                self.bytes_written += f["bytes"]
                out.append(dict(f))
        return out

    def _file_rows(self, name: str, f: dict) -> pa.Table:
        cached = self._files.get((name, f["path"]))
        return cached if cached is not None else _read_file(self.base.path / f["path"], name)

    def _diff(self, name: str, base_files: list[dict], new: pa.Table) -> tuple[list[dict], pa.Table]:
        """Which base files survive whole in `new`, and the rows of `new` that none of them holds."""
        if not base_files:
            return [], new
        h_new = row_hashes(new)
        parts = [self._file_rows(name, f) for f in base_files]
        h_base = row_hashes(pa.concat_tables(parts))
        present = np.isin(h_base, h_new)
        bounds = np.cumsum([0] + [p.num_rows for p in parts])
        kept, kept_h = [], []
        for f, lo, hi in zip(base_files, bounds[:-1], bounds[1:]):
            if present[lo:hi].all():
                kept.append(f)
                kept_h.append(h_base[lo:hi])
        covered = np.isin(h_new, np.concatenate(kept_h)) if kept_h else np.zeros(len(h_new), bool)
        return kept, new.filter(pa.array(~covered))

    def _link(self, stage: Path, files: list[dict]) -> list[dict]:
        out = []
        for f in files:
            dst = stage / f["path"]
            dst.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(self.base.path / f["path"], dst)
            except OSError:  # a filesystem without hard links: copy
                shutil.copy2(self.base.path / f["path"], dst)
                self.bytes_written += f["bytes"]
            out.append({k: v for k, v in f.items() if not k.startswith("_")})
        return out

    def _write_rows(self, stage: Path, name: str, rows: pa.Table, fp: str) -> list[dict]:
        if rows.num_rows == 0:
            return []
        sort = [(c, "ascending") for c in SORT_BY.get(name, []) if c in rows.column_names]
        if sort:
            rows = rows.sort_by(sort)
        keys = _partition_keys(name, rows)
        out = []
        for key in sorted(set(keys), key=str):
            part = rows.filter(pa.array([k == key for k in keys])) if len(set(keys)) > 1 else rows
            out += self._write_file(stage, name, _partition_dir(name, key), part, fp, "")
        return out

    def _write_file(self, stage: Path, name: str, pdir: str, rows: pa.Table, fp: str, tag: str) -> list[dict]:
        out = []
        folder = stage / name / pdir if pdir else stage / name
        folder.mkdir(parents=True, exist_ok=True)
        for chunk, month in chunks(name, rows):
            self._seq = getattr(self, "_seq", 0) + 1
            fname = f"part-{self._name}-{self._seq:05d}{'-' + tag if tag else ''}.parquet"
            path = folder / fname
            pq.write_table(chunk, path, compression="zstd", row_group_size=ROW_GROUP_ROWS.get(name))
            with open(path, "rb") as fh:
                os.fsync(fh.fileno())
            size = path.stat().st_size
            self.bytes_written += size
            rel = str(path.relative_to(stage))
            out.append({"path": rel, "rows": chunk.num_rows, "bytes": size, "schema": fp}
                       | ({"month": month} if month else {}))
            pause("file-written")
        return out

    def _compact(self, stage: Path, name: str, files: list[dict], fp: str) -> list[dict]:
        """Merge a partition's small files once it has more than MAX_FILES (events: a month's, once it has more
        than MAX_MONTH_FILES), so nightly appends stay cheap to read."""
        per = ROWS_PER_FILE.get(name, DEFAULT_ROWS_PER_FILE)
        by_dir: dict[tuple, list[dict]] = {}
        for f in files:
            by_dir.setdefault((str(Path(f["path"]).parent), f.get("month") if name in MONTH_OF else None), []).append(f)
        out = []
        for (d, month), group in by_dir.items():
            small = [f for f in group if f["rows"] < per // 2]
            if len(group) <= (MAX_MONTH_FILES if name in MONTH_OF else MAX_FILES) or len(small) < 2:
                out += group
                continue
            merged = pa.concat_tables([_read_file(stage / f["path"], name) for f in small])
            for f in small:
                (stage / f["path"]).unlink()
            out += [f for f in group if f not in small]
            out += self._write_rows(stage, name, merged, fp)
        return out


def chunks(name: str, rows: pa.Table):
    """The table's rows cut into files as the store writes them: (rows, month or None) for each file. Rows come
    sorted (SORT_BY); events are cut where the month changes, then every ROWS_PER_FILE rows."""
    per = ROWS_PER_FILE.get(name, DEFAULT_ROWS_PER_FILE)
    col = MONTH_OF.get(name)
    if not col or rows.num_rows == 0:
        for start in range(0, max(rows.num_rows, 1), per):
            yield rows.slice(start, per), None
        return
    months = rows.column(col).cast(pa.date32()).to_numpy(zero_copy_only=False).astype("datetime64[D]") \
        .astype("datetime64[M]")
    cuts = [0] + [int(i) + 1 for i in np.flatnonzero(months[1:] != months[:-1])] + [rows.num_rows]
    for lo, hi in zip(cuts[:-1], cuts[1:]):
        for start in range(lo, hi, per):
            yield rows.slice(start, min(per, hi - start)), str(months[lo])


def _lenient(s: pa.Schema) -> pa.Schema:
    """Every field nullable: a file from before a column was declared reads with that column null."""
    return pa.schema([f.with_nullable(True) for f in s])


def _read_file(path: Path, name: str) -> pa.Table:
    t = schema.table(name)
    got = pq.read_table(path)
    for fld in t.arrow_schema():
        if fld.name not in got.column_names:
            got = got.append_column(fld.name, pa.nulls(got.num_rows, fld.type))
    return got.select(t.names).cast(_lenient(t.arrow_schema()))


# --- the layout before versions (data/curated/<table>/), read once to carry it into the first version

_LEGACY = ("events", "articles", "event_mentions", "rejects", "runs")


def _legacy_read(curated: Path, name: str) -> pa.Table | None:
    if current_name(curated) or not (curated / name).is_dir():
        return None
    files = sorted((curated / name).rglob("*.parquet"))
    if not files:
        return None
    import pyarrow.dataset as ds

    t = schema.table(name)
    part = ds.partitioning(pa.schema([pa.field(p, t.column(p).arrow_type) for p in t.partition_by]), flavor="hive") \
        if t.partition_by else None
    data = ds.dataset([str(f) for f in files], schema=t.arrow_schema(), format="parquet", partitioning=part,
                      partition_base_dir=str(curated / name))
    return data.to_table().select(t.names)


# --- housekeeping -------------------------------------------------------------------------------

def prune(curated: Path, keep: int) -> list[str]:
    """Remove committed versions beyond the newest `keep` (their files live on where a kept version links them)."""
    versions = history(curated)
    gone = [v.name for v in versions[:-keep]] if keep < len(versions) else []
    for name in gone:
        shutil.rmtree(Path(curated) / VERSIONS / name, ignore_errors=True)
    return gone


def _alive(marker: Path) -> bool:
    """A run is alive while its process holds the lock on its marker."""
    try:
        fh = open(marker, "r+")
    except FileNotFoundError:
        return False
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        fh.close()
        return True
    fcntl.flock(fh, fcntl.LOCK_UN)
    fh.close()
    return False


def clean(curated: Path, *, locked: bool = False, raw: Path | None = None) -> list[Path]:
    """Remove what killed or failed writers left: staging folders, uncommitted versions, temp files, and the
    pre-version layout once a version exists. Without `locked`, only if no writer holds the lock right now."""
    curated = Path(curated)
    if not curated.is_dir():
        return []
    fh = None
    if not locked:
        fh = open(curated / ".lock", "w")
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.close()
            return []
    removed: list[Path] = []
    try:
        cur = current_name(curated)
        top = _version_number(cur or "")
        for p in curated.iterdir():
            if p.name.startswith(SPOOL) and p.is_dir() and not _alive(p / ".held"):
                shutil.rmtree(p, ignore_errors=True)
                removed.append(p)
            elif p.name.startswith((".staging-", ".old-")) or p.name == "_empty":
                shutil.rmtree(p, ignore_errors=True)
                removed.append(p)
            elif p.name.startswith(f".{CATALOG}.tmp") or p.name.startswith(f".{CURRENT}.tmp") \
                    or p.name == f"{CATALOG}.wal":
                p.unlink(missing_ok=True)
                removed.append(p)
            elif cur and p.is_dir() and p.name in _LEGACY:
                shutil.rmtree(p, ignore_errors=True)
                removed.append(p)
        vroot = curated / VERSIONS
        for p in vroot.iterdir() if vroot.is_dir() else []:
            if _version_number(p.name) > top or not (p / MANIFEST).exists():
                shutil.rmtree(p, ignore_errors=True)
                removed.append(p)
        if raw is not None and raw.is_dir():
            running = curated / RUNNING
            for p in raw.glob("ingest_date=*/.*.jsonl.gz.tmp"):
                run_id = p.name[1:-len(".jsonl.gz.tmp")]
                if not _alive(running / f"{run_id}.json"):
                    p.unlink(missing_ok=True)
                    removed.append(p)
    finally:
        if fh is not None:
            fcntl.flock(fh, fcntl.LOCK_UN)
            fh.close()
    return removed


# --- run markers: a run that dies is recorded by the next one -----------------------------------

_held: dict[str, object] = {}


def mark_started(curated: Path, run: dict) -> Path:
    """Write and lock .running/<run_id>.json for as long as this process runs the run."""
    d = Path(curated) / RUNNING
    d.mkdir(parents=True, exist_ok=True)
    path = d / f"{run['run_id']}.json"
    fh = open(path, "w", encoding="utf-8")
    fcntl.flock(fh, fcntl.LOCK_EX)
    fh.write(json.dumps(run, default=str))
    fh.flush()
    os.fsync(fh.fileno())
    _held[str(path)] = fh
    return path


def mark_finished(curated: Path, run_id: str, *, keep_marker: bool = False) -> None:
    """Release the run's marker; `keep_marker` leaves the file so the next run records the run as failed."""
    path = Path(curated) / RUNNING / f"{run_id}.json"
    if not keep_marker:
        path.unlink(missing_ok=True)
    fh = _held.pop(str(path), None)
    if fh is not None:
        fh.close()


def orphans(curated: Path, exclude: str | None = None) -> list[dict]:
    """Runs whose marker is there but whose process is gone: killed or crashed before recording themselves."""
    d = Path(curated) / RUNNING
    out = []
    for p in sorted(d.glob("*.json")) if d.is_dir() else []:
        if p.stem == exclude or _alive(p):
            continue
        try:
            info = json.loads(p.read_text(encoding="utf-8") or "{}")
        except json.JSONDecodeError:
            info = {}
        info.setdefault("run_id", p.stem)
        info["_marker"] = str(p)
        info["_mtime"] = dt.datetime.fromtimestamp(p.stat().st_mtime, dt.timezone.utc)
        out.append(info)
    return out
