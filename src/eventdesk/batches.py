"""Extraction in batches, on every core: the articles are cut into batches of a fixed size and each batch is
coded in a worker process. Workers are forked from a forkserver that imported the coder and loaded the
gazetteer once (eventdesk.preload), so none of them loads it again and they share its memory.

Batches are coded independently and their results put back in input order, so a run with N workers gives
the same rows as a run with one. The same batch function is what a Dask cluster runs (flows/pipeline.py).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import logging
import multiprocessing
import operator
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator

from .records import Article, Event, Mention, Reject
from .settings import positive_env

log = logging.getLogger("eventdesk")

DEFAULT_BATCH_SIZE = 500


def batch_size() -> int:
    """EVENTDESK_BATCH_SIZE (or `run --batch-size`): articles coded per batch, default 500."""
    return positive_env("EVENTDESK_BATCH_SIZE", DEFAULT_BATCH_SIZE)


def workers() -> int:
    """EVENTDESK_WORKERS (or `run --workers`): extraction processes, default one per core."""
    return positive_env("EVENTDESK_WORKERS", os.cpu_count() or 1)


def dask_address() -> str | None:
    """EVENTDESK_DASK (or `run --dask`): a Dask scheduler address; extraction then runs on that cluster."""
    return os.environ.get("EVENTDESK_DASK") or None


def chunked(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


PACKED = ("events", "event_mentions")  # the tables pack() turns into Arrow


@lru_cache(maxsize=None)
def _fields_of(cls: type) -> tuple[tuple[str, ...], operator.attrgetter]:
    names = tuple(f.name for f in dataclasses.fields(cls))
    return names, operator.attrgetter(*names)


def as_row(record) -> dict:
    """A flat record (Event, Mention, Article: no dataclass inside) as a dict of its fields, what
    dataclasses.asdict gives without its deep copy of every value, which cost more than the Arrow table made
    from the dicts. The lists in it are the record's own: for reading, as to_arrow does."""
    names, get = _fields_of(type(record))
    return dict(zip(names, get(record)))


@dataclass
class Coded:
    """What one batch (or the whole run, once batches are joined) produced. After pack() its events and
    mentions are Arrow tables in `packed` (table name -> one table per batch, in input order) instead of objects."""
    events: list[Event] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    packed: dict = field(default_factory=dict)

    def add(self, other: "Coded") -> None:
        self.events += other.events
        self.mentions += other.mentions
        self.rejects += other.rejects
        self.warnings += other.warnings
        for name, tables in other.packed.items():
            self.packed.setdefault(name, []).extend(tables)

    def pack(self) -> "Coded":
        """Events and mentions as Arrow tables of their declared schemas: a few hundred bytes a row where the
        objects take kilobytes, and a batch crosses from a worker as a few buffers, not thousands of pickled
        objects. A streamed run packs every batch, so the run's process holds its events compactly until the end."""
        from . import schema

        for name, rows in zip(PACKED, (self.events, self.mentions)):
            if rows:
                self.packed.setdefault(name, []).append(
                    schema.table(name).to_arrow([as_row(r) for r in rows]))
        self.events, self.mentions = [], []
        return self

    def count(self, name: str = "events") -> int:
        """Rows of `name` (events or event_mentions), packed or not."""
        rows = self.events if name == "events" else self.mentions
        return len(rows) + sum(t.num_rows for t in self.packed.get(name, ()))

    def table(self, name: str):
        """The packed rows of `name` as one Arrow table (of the declared schema, empty where none)."""
        import pyarrow as pa

        from . import schema

        tables = self.packed.get(name) or [schema.table(name).arrow_schema().empty_table()]
        return pa.concat_tables(tables)


class Rows:
    """The rows of an Arrow table seen as records (Event, Mention), made one at a time as they are read: what
    a streamed run keeps of its events in place of a list of objects (len() costs nothing)."""

    def __init__(self, table, record: type):
        self.table, self.record, self.n = table, record, table.num_rows

    def __len__(self) -> int:
        return self.n

    def release(self) -> None:
        """Let the table go (its rows live on in a frame made from it); len() still answers, reading raises."""
        self.table = None

    def __iter__(self):
        if self.table is None:
            raise RuntimeError("these rows were released: read the validated tables instead")
        for batch in self.table.to_batches():
            for row in batch.to_pylist():
                yield self.record(**row)

    def __getitem__(self, i: int):
        return self.record(**self.table.slice(range(len(self))[i], 1).to_pylist()[0])


def code_batch(articles: list[Article], data_dir: str | None, notes: str | None, now: dt.datetime,
               pack: bool = False) -> Coded:
    """Code one batch; an article that breaks the coder becomes a reject, not a crashed run. With `pack`, its
    events and mentions come back as Arrow tables (Coded.pack), built here in the worker."""
    from .events import code_article
    from .geo.gazetteer import Gazetteer

    gazetteer = Gazetteer.load(Path(data_dir) if data_dir is not None else None)  # cached per process
    out = Coded()
    for article in articles:
        try:
            coded = code_article(article, gazetteer, now=now, notes=notes)
        except Exception as exc:  # one bad article must not stop the other thousands
            log.exception("coder failed on %s", article.origin)
            out.rejects.append(Reject(stage="extract", table="events", origin=article.origin,
                                      reason=f"coder error: {type(exc).__name__}: {exc}", value=article.id))
            continue
        out.events += coded.events
        out.mentions += coded.mentions
        out.rejects += coded.rejects
        out.warnings += coded.warnings
    return out.pack() if pack else out


# Invented texts coded once where the workers are forked from (warm_coder): a long report, a brief and a
# lower-cased archive item, so the coder's paths for each build their first-use tables there.
WARM_UP_TEXTS = (
    "KISUMU, Kenya - Police fired tear gas on Tuesday at several hundred traders who had blocked the main road "
    "into Kisumu to protest against new market fees, and two people were killed in the clashes that followed, "
    "a county official said.\n\nIn Nyando district, armed men attacked a village on Monday night and burned "
    "homes; twelve suspects were arrested on Wednesday, police said. The traders' association said it would "
    "march again next week unless the fees were withdrawn.",
    "On 4 March, about 50 nurses staged a sit-in outside the regional hospital in Gulu (Uganda) over unpaid "
    "allowances.",
    "patna: a mob set fire to two buses and pelted stones at the police in the city on friday after a "
    "pedestrian was run over, and 15 people were detained, officials said.",
)
_warmed = False


def warm_coder(gazetteer) -> None:
    """Build the tables the coder otherwise builds on its first articles (term scanners, group, outlet and
    word tables, every country's spelling table), by coding WARM_UP_TEXTS once. Called in the forkserver
    (eventdesk.preload), it saves every worker forked from it seconds of CPU on its first batch, and they
    share the tables' pages (a spawned worker, with no forkserver, is not warmed: its first batch builds what it
    needs). The rows it codes are thrown away; a failure only leaves the work to the workers."""
    global _warmed
    if _warmed:
        return
    _warmed = True
    from .events import code_article
    from .geo.spotting import respelt_anywhere

    now = dt.datetime(2024, 3, 8, tzinfo=dt.timezone.utc)
    try:
        for i, text in enumerate(WARM_UP_TEXTS):
            article = Article(id=f"warm-up-{i}", origin="eventdesk.batches.WARM_UP_TEXTS", content_hash="",
                              ingested_at=now, text=text, published_at=now.date())
            code_article(article, gazetteer, now=now)
        respelt_anywhere("Warmupville District", gazetteer)  # its first call folds the names of every country
    except Exception:  # noqa: BLE001  the workers build what is missing on first use, as without the warm-up
        log.debug("the coder's warm-up failed", exc_info=True)


def init_worker(data_dir: str | None, warm: bool = False) -> None:
    """Pool initializer: load the gazetteer (and with it the matchers) once per worker, not once per batch.
    With `warm` (the forkserver's preload, whose every fork inherits it), also warm_coder()."""
    from . import events  # noqa: F401  (compiles the term matchers at import)
    from .geo.gazetteer import Gazetteer

    gazetteer = Gazetteer.load(Path(data_dir) if data_dir is not None else None)
    # in the forkserver (eventdesk.preload): the index's first-use tables, built once for every worker forked from it
    gazetteer.warm()
    if warm:
        warm_coder(gazetteer)
    gc.freeze()  # out of the cyclic GC's walks, whose writes would unshare the forked workers' pages (Gazetteer.load
    # registered the unfreeze at exit)


def code_batches(articles: list[Article], data_dir: str | Path | None, *, notes: str | None = None,
                 now: dt.datetime | None = None, n_workers: int = 1, size: int = DEFAULT_BATCH_SIZE,
                 progress=None) -> Coded:
    """Code the articles in batches of `size` on `n_workers` processes; results come back in input order."""
    now = now or dt.datetime.now(dt.timezone.utc)
    data = str(data_dir) if data_dir is not None else None
    batches = list(chunked(articles, size))
    out, done = Coded(), 0
    if n_workers <= 1 or len(batches) <= 1:
        results: Iterable[Coded] = (code_batch(b, data, notes, now) for b in batches)
        pool = None
    else:
        # forkserver, not fork: the flow's process runs Prefect's threads, which a fork would copy mid-lock
        pool = ProcessPoolExecutor(min(n_workers, len(batches)), mp_context=_forkserver_context(data),
                                   initializer=init_worker, initargs=(data,))
        results = pool.map(code_batch, batches, [data] * len(batches), [notes] * len(batches), [now] * len(batches))
    try:
        for batch, coded in zip(batches, results):
            out.add(coded)
            done += len(batch)
            if progress is not None:
                progress.tick(done, f"{len(out.events)} events")
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    return out


class _Handle:
    """A batch handed to a Coder; result() waits for it (a batch kept back runs here, in this process)."""

    def __init__(self, coder: "Coder", batch: list[Article]):
        self.coder, self.batch, self.future, self.size = coder, batch, None, len(batch)

    def result(self) -> Coded:
        if self.future is None:
            batch, self.batch = self.batch, None
            return code_batch(batch, self.coder.data, self.coder.notes, self.coder.now, self.coder.pack)
        return self.future.result()


def _forkserver_context(data: str | None):
    """A forkserver whose preloaded module (eventdesk.preload) loads the coder and this run's gazetteer once;
    workers are forked from it. Fork from the flow's process itself is not safe (Prefect's threads could be
    mid-lock); the forkserver is a fresh single-threaded process. Where forkserver does not exist, spawn."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    os.environ["EVENTDESK_PRELOAD_DATA_DIR"] = data or ""  # read by eventdesk.preload when the forkserver starts
    ctx.set_forkserver_preload(["eventdesk.preload"])
    return ctx


# Local sources at least this large are worth starting the workers' forkserver before the run (start_early)
EARLY_BYTES = 1_000_000


def start_early(data_dir: str | Path | None, sources: list[str], n_workers: int | None = None) -> bool:
    """Start the workers' forkserver now, before Prefect's server: its preload (the coder's import and the
    gazetteer, a few CPU seconds) then runs on another core while the server starts, instead of after the
    run's first two batches. Only for local sources of EARLY_BYTES or more and two or more workers: a small
    run codes its one batch in its own process and never needs the workers. Returns whether it started."""
    n_workers = n_workers or workers()
    if n_workers <= 1 or dask_address() or "forkserver" not in multiprocessing.get_all_start_methods():
        return False
    if not _at_least(sources, EARLY_BYTES):
        return False
    from multiprocessing import forkserver

    _forkserver_context(str(Path(data_dir)) if data_dir is not None else None)
    forkserver.ensure_running()
    return True


def _at_least(sources: list[str], size: int) -> bool:
    """Do the local sources hold `size` bytes? Stops at the first file that reaches it, so a crawl folder of
    many files is not walked whole before the run starts."""
    total = 0
    for src in sources:
        p = Path(src)
        try:
            for f in (p.rglob("*") if p.is_dir() else [p]):
                if f.is_file():
                    total += f.stat().st_size
                    if total >= size:
                        return True
        except OSError:
            continue
    return False


class Coder:
    """Codes batches as the run hands them over, on `n_workers` processes (a pool started with the second
    batch: a run of one batch codes it here, without starting any process). The caller bounds how many
    batches are in flight; results come back through each handle, so it keeps the input order."""

    def __init__(self, data_dir: str | Path | None, notes: str | None = None, now: dt.datetime | None = None,
                 n_workers: int = 1, pack: bool = False):
        self.data = str(data_dir) if data_dir is not None else None
        self.pack = pack  # batches come back packed (Coded.pack)
        self.notes, self.now, self.n_workers = notes, now or dt.datetime.now(dt.timezone.utc), n_workers
        self.pool: ProcessPoolExecutor | None = None
        self._waiting: _Handle | None = None

    def submit(self, batch: list[Article]) -> _Handle:
        h = _Handle(self, batch)
        if self.n_workers <= 1:
            return h  # coded in this process when its result is asked for
        if self.pool is None and self._waiting is None:
            self._waiting = h  # a single batch is not worth starting processes for
            return h
        if self.pool is None:
            self.pool = ProcessPoolExecutor(self.n_workers, mp_context=_forkserver_context(self.data),
                                            initializer=init_worker, initargs=(self.data,))
            first, self._waiting = self._waiting, None
            if first.batch is not None:
                self._send(first)
        self._send(h)
        return h

    def _send(self, h: _Handle) -> None:
        batch, h.batch = h.batch, None  # the pool holds the batch until a worker takes it
        h.future = self.pool.submit(code_batch, batch, self.data, self.notes, self.now, self.pack)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
            self.pool = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
