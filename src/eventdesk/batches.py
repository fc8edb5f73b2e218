"""Extraction in batches, on every core: the articles are cut into batches of a fixed size and each batch is
coded in a worker process that loaded the gazetteer and matchers once (the pool's initializer).

Batches are coded independently and their results put back in input order, so a run with N workers gives
the same rows as a run with one. The same batch function is what a Dask cluster runs (flows/pipeline.py).
"""
from __future__ import annotations

import datetime as dt
import logging
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator

from .records import Article, Event, Mention, Reject

log = logging.getLogger("eventdesk")

DEFAULT_BATCH_SIZE = 500


def _positive(name: str, raw: str) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise ValueError(f"{name} must be a whole number, got {raw!r}") from None
    if value <= 0:
        raise ValueError(f"{name} must be positive, got {value}")
    return value


def batch_size() -> int:
    """EVENTDESK_BATCH_SIZE (or `run --batch-size`): articles coded per batch, default 500."""
    return _positive("EVENTDESK_BATCH_SIZE", os.environ.get("EVENTDESK_BATCH_SIZE", str(DEFAULT_BATCH_SIZE)))


def workers() -> int:
    """EVENTDESK_WORKERS (or `run --workers`): extraction processes, default one per core."""
    return _positive("EVENTDESK_WORKERS", os.environ.get("EVENTDESK_WORKERS", str(os.cpu_count() or 1)))


def dask_address() -> str | None:
    """EVENTDESK_DASK (or `run --dask`): a Dask scheduler address; extraction then runs on that cluster."""
    return os.environ.get("EVENTDESK_DASK") or None


def chunked(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


@dataclass
class Coded:
    """What one batch (or the whole run, once batches are joined) produced."""
    events: list[Event] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def add(self, other: "Coded") -> None:
        self.events += other.events
        self.mentions += other.mentions
        self.rejects += other.rejects
        self.warnings += other.warnings


def code_batch(articles: list[Article], data_dir: str | None, notes: str | None, now: dt.datetime) -> Coded:
    """Code one batch; an article that breaks the coder becomes a reject, not a crashed run."""
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
    return out


def _init_worker(data_dir: str | None) -> None:
    """Pool initializer: load the gazetteer (and with it the matchers) once per worker, not once per batch."""
    from . import events  # noqa: F401  (compiles the term matchers at import)
    from .geo.gazetteer import Gazetteer

    Gazetteer.load(Path(data_dir) if data_dir is not None else None)


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
        # spawn, not fork: the flow's process runs Prefect's threads, which a fork would copy mid-lock
        pool = ProcessPoolExecutor(min(n_workers, len(batches)), mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_init_worker, initargs=(data,))
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
