"""The pipeline's stages as plain functions: ingest -> extract -> validate -> publish.

Prefect tasks in flows/ are thin wrappers over these, so the core runs and tests without
Prefect. Each stage returns what the next needs plus its rejects; nothing is dropped silently.
"""
from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import logging
import os
import platform
import secrets
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

import pandas as pd

from . import CODER_VERSION, __version__, publish as publish_mod, schema, store
from .records import Article, Event, Mention, Reject

log = logging.getLogger("eventdesk")


RECODE_DAYS = 7  # a night re-codes what it ingested in the last week, so late news updates its event


@dataclass
class Run:
    run_id: str
    data_dir: Path
    sources: list[str]
    started_at: dt.datetime
    recode_since: dt.date | None = None  # stored raw articles ingested on these days are coded again
    recode_until: dt.date | None = None
    recode_all: bool = False  # a backfill codes every stored article of its days; a night only what needs it

    @property
    def curated(self) -> Path:
        return self.data_dir / "curated"


def new_run(sources: list[str], data_dir: str | Path, *, recode_days: int = 0, recode_since: dt.date | None = None,
            recode_until: dt.date | None = None) -> Run:
    """A run over `sources`; it also re-codes the raw articles of the last `recode_days` days, or of the
    days from `recode_since` to `recode_until` (a backfill)."""
    now = dt.datetime.now(dt.timezone.utc)
    backfill = recode_since is not None
    if recode_since is None and recode_days > 0:
        recode_since, recode_until = now.date() - dt.timedelta(days=recode_days), now.date()
    if recode_since is not None and recode_until is None:
        recode_until = now.date()
    return Run(f"{now:%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}", Path(data_dir), [str(s) for s in sources], now,
               recode_since, recode_until, recode_all=backfill)


def begin_run(run: Run) -> None:
    """Mark the run as started, so that if it dies (even in the raw store) the next run records it as failed,
    and clean up what dead runs left behind."""
    store.mark_started(run.curated, {"run_id": run.run_id, "started_at": run.started_at.isoformat(),
                                     "sources": run.sources})
    store.clean(run.curated, raw=run.data_dir / "raw")


class Progress:
    """Progress of a long stage on stderr, with count and rate: a rich bar on a terminal, a line every
    few seconds elsewhere (logs, CI). Silent for stages shorter than `after` seconds, and when
    Progress.enabled is off (`eventdesk run --quiet`, or EVENTDESK_QUIET=1)."""

    enabled = os.environ.get("EVENTDESK_QUIET", "") in ("", "0")

    def __init__(self, stage: str, total: int | None = None, every: float = 3.0, unit: str = "items",
                 after: float = 1.0):
        self.stage, self.total, self.every, self.unit, self.after = stage, total, every, unit, after
        self.last = self.t0 = time.monotonic()
        self.done = 0
        self._bar = None

    def _start_bar(self) -> None:
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress as Bar, TextColumn, TimeElapsedColumn,
                                   TimeRemainingColumn)

        console = Console(stderr=True)
        if not console.is_terminal:
            self._bar = False
            return
        count = MofNCompleteColumn() if self.total else TextColumn("{task.completed}")
        self._bar = Bar(TextColumn("  {task.description}"), BarColumn(bar_width=16), count, TextColumn(self.unit),
                        TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TextColumn("eta"), TimeRemainingColumn(),
                        TextColumn("{task.fields[extra]}"), console=console, transient=False)
        self._task = self._bar.add_task(self.stage, total=self.total, rate="", extra="")
        self._bar.start()

    def tick(self, done: int, extra: str = "") -> None:
        self.done = done
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.t0 < self.after:
            return
        if self._bar is None:
            self._start_bar()
        elapsed = now - self.t0
        rate = f"{done / elapsed:.1f}/s" if elapsed > 0 else ""
        if self._bar:
            self._bar.update(self._task, completed=done, rate=rate, extra=extra)
        elif now - self.last >= self.every:
            self.last = now
            of = f"/{self.total}" if self.total else ""
            print(f"  {self.stage}: {done}{of} {self.unit}, {rate}, {elapsed:.0f} s {extra}".rstrip(), file=sys.stderr, flush=True)

    def close(self, extra: str = "") -> None:
        """Stop the bar, showing the final count; a no-op where none was shown."""
        if self._bar:
            elapsed = time.monotonic() - self.t0
            self._bar.update(self._task, completed=self.done, extra=extra,
                             rate=f"{self.done / elapsed:.1f}/s" if elapsed > 0 else "")
            self._bar.stop()
        self._bar = None


class StageClock:
    """Seconds spent per stage, kept in the run's counts as `<stage>_seconds` (runs columns); a stage timed
    twice (e.g. a retry) adds up."""

    def __init__(self, counts: dict):
        self.counts = counts

    @contextlib.contextmanager
    def __call__(self, stage: str):
        t0 = time.monotonic()
        try:
            yield
        finally:
            key = f"{stage}_seconds"
            self.counts[key] = self.counts.get(key, 0.0) + time.monotonic() - t0


def process_started() -> float | None:
    """When this process started (time.time() scale), read from /proc; None where there is no /proc."""
    try:
        ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return time.time() - (uptime - ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError):
        return None


# --- ingest -------------------------------------------------------------------------------------

WEB_SOURCES_AT_ONCE = 8  # feeds read side by side; each host still gets at most the fetcher's per-host limit

@dataclass
class Ingested:
    articles: list[Article]
    rejects: list[Reject]
    raw_path: str | None
    fetch: dict[str, int] = field(default_factory=dict)  # http_not_modified, fetch_failures, warnings
    recoded: int = 0  # how many of `articles` were read back from data/raw to be coded again
    counts: dict[str, int] = field(default_factory=dict)  # runs columns counted at ingest (duplicates, skips...)


def ingest(run: Run) -> Ingested:
    """Read every source, keep the raw records under data/raw/, normalise to Articles (all of them, in a list;
    `stream` reads the same articles batch by batch instead).

    Web sources go through the run's fetch session: a retry of this stage reuses what the
    failed attempt fetched, and conditional requests skip what earlier runs published.
    """
    out = Ingested([], [], None)
    out.articles = list(read_articles(run, out))
    return out


def read_articles(run: Run, out: Ingested, progress: "Progress | None" = None):
    """The articles of the run's sources, one at a time as they are read, then those re-coded from data/raw.

    Rejects go to `out.rejects` as they happen; the raw path, fetch counts, ingest counts and `recoded`
    are set on `out` once the sources are exhausted. Only ids are kept across the run (to refuse a second
    article with the same id), on disk with the dedup index, so memory does not grow with the crawl.
    """
    from collections import Counter

    from .articles import to_article
    from .dedup import Deduplicator
    from .raw import RawSink
    from .settings import dedup_window
    from .sources import read_sources
    from .sources import fetch, registry

    rejects = out.rejects
    stats: Counter = Counter()
    own_progress = progress is None
    progress = progress or Progress("ingest", unit="records")
    listed = registry.load(run.data_dir)
    settings = fetch.FetchSettings.load(listed.fetch)
    dedup = Deduplicator.load(lambda columns: published_columns(run.curated, "articles", columns), run.data_dir / "state",
                              dedup_window())
    seen = dedup.run_ids  # the ids read so far, on disk with the index

    found: dict[str, dict] = {}

    def options(src: str) -> dict:
        """The source's options (read-only), looked up once per source: the lookup resolves paths, and ran per record."""
        if src not in found:
            found[src] = s.options() if (s := listed.find(src)) else {}
        return found[src]

    def normalise(item) -> Article | None:
        a = to_article(item, run.started_at)
        if isinstance(a, Reject):
            rejects.append(a)
        elif a.id in seen:
            rejects.append(Reject(stage="ingest", table="articles", origin=a.origin, reason="duplicate article id",
                                  value=a.id, record=None))
        else:
            a.duplicate_of = dedup.check(a, (item.fields or {}).get("canonical_url"))
            stats["articles_duplicate"] += a.duplicate_of is not None
            stats["articles_not_english"] += not codable_language(a.language)
            seen.add(a.id)
            return a
        return None

    # Streamed: each raw record is stored and normalised as it is read, and then let go, so a
    # crawl of any size holds one page at a time (and the caller one batch of articles).
    # Feeds are read side by side (the fetcher keeps each host's limit), files one after another here.
    sink = RawSink(run.data_dir, run.run_id, run.started_at)
    try:
        with fetch.Fetcher(settings, fetch.session_for(run.run_id, run.data_dir)) as fetcher, \
                ThreadPoolExecutor(max_workers=WEB_SOURCES_AT_ONCE, thread_name_prefix="eventdesk-feed") as pool:
            web = {src: pool.submit(lambda src=src: list(read_sources([src], fetcher=fetcher, options=options(src))))
                   for src in dict.fromkeys(run.sources) if str(src).startswith(("http://", "https://"))}
            for src in run.sources:
                items = web[src].result() if src in web else \
                    read_sources([src], fetcher=fetcher, options=options(src), stats=stats)
                for item in items:
                    if isinstance(item, Reject):
                        rejects.append(item)
                        continue
                    if item.kind != "feed":  # feeds apply the options themselves (the outlet over the feed's title)
                        opts = options(src)
                        for k, field_name in (("outlet", "source"), ("language", "language"), ("country", "outlet_country")):
                            if opts.get(k) and not item.fields.get(field_name):
                                item.fields[field_name] = opts[k]
                    sink.write(item)
                    stats["raw_records"] += 1
                    if own_progress:
                        progress.tick(stats["raw_records"], f"{len(rejects)} rejected")
                    a = normalise(item)
                    if a is not None:
                        yield a
            fetch_counts = fetcher.counts()
    except BaseException:
        sink.abort()
        dedup.close()
        raise
    raw_path = sink.close()
    if own_progress:
        progress.close(f"{len(rejects)} rejected")
    if not stats.pop("raw_records", 0):
        raw_path.unlink()  # nothing was read: no empty raw file, nor its empty folders
        for folder in (raw_path.parent, raw_path.parent.parent):
            try:
                folder.rmdir()
            except OSError:
                break
        raw_path = None
    fetch.session_for(run.run_id, run.data_dir).cache.clear()  # ingest is done: no retry will need the bodies
    dedup.save(dedup_window())
    out.raw_path, out.fetch, out.counts = str(raw_path) if raw_path else None, fetch_counts, dict(stats)
    again = stored_articles(run, skip=seen, exclude=raw_path)
    dedup.close()
    out.recoded = len(again)
    yield from again


def published_columns(curated: Path, table: str, columns: list[str]):
    """Some columns of a table of the committed version (pyarrow), or None before the first commit."""
    snap = store.current(curated)
    return snap.arrow(table, columns) if snap is not None and snap.has(table) else None


def codable_language(language: str | None) -> bool:
    """The coder reads English; text whose language is unknown ('und', or a value that is no ISO 639 code,
    which validation then rejects with the article) is tried too, as before detection."""
    return language in (None, "en", "und") or not (2 <= len(language) <= 3 and language.isalpha() and language.isascii())


def listed_sources(data_dir: str | Path) -> list[str]:
    """The nightly sources of DATA/sources.toml (or the older sources.txt), read when the run starts."""
    from .sources import registry

    return registry.scheduled(Path(data_dir)) or []


def commit_fetch_state(run: Run) -> None:
    """After publishing: keep the run's ETags and Last-Modified dates, so the next run asks conditionally."""
    from .sources.fetch import commit_session

    commit_session(run.run_id)


def drop_fetch_state(run: Run) -> None:
    """After a failed run: forget its fetches, so nothing it read is skipped as 'not modified' next time."""
    from .sources.fetch import drop_session

    drop_session(run.run_id)


def stored_articles(run: Run, skip: set[str] = frozenset(), exclude: Path | None = None) -> list[Article]:
    """The articles kept in data/raw from the run's re-coding days, read back without fetching anything.

    The latest stored copy of an article wins, and one this run read afresh (`skip`) is left to that copy.
    What could not be read was rejected, and recorded, when it was first ingested. A night (not a backfill)
    codes again only the stored articles this coder has not coded: never published (their run failed), or
    published by a run whose coder_build differs. A late report needs no re-coding of the others: it joins
    its published event in reconcile."""
    from .articles import to_article
    from .raw import ingested_at, stored
    from .sources import RawRecord, read_sources

    if run.recode_since is None:
        return []
    published = published_columns(run.curated, "articles", ["id", "duplicate_of", "run_id"])
    copies = set() if published is None else \
        {i for i, d in zip(published["id"].to_pylist(), published["duplicate_of"].to_pylist()) if d}
    current, done = set(), set()  # published by a run of this very coder: nothing to gain from coding them again
    if published is not None and not run.recode_all:
        runs = published_columns(run.curated, "runs", ["run_id", "versions", "status"])
        build = coder_build()
        same = {r for r, v in zip(runs["run_id"].to_pylist(), runs["versions"].to_pylist())
                if _coder_build_of(v) == build} if runs is not None else set()
        current = {i for i, r in zip(published["id"].to_pylist(), published["run_id"].to_pylist()) if r in same}
        # a file kept by a run of this coder that published is not even read: what it held was coded (or rejected)
        done = {r for r, st in zip(runs["run_id"].to_pylist(), runs["status"].to_pylist()) if r in same and st != "failed"}
    skip = set(skip) | current
    found: dict[str, Article] = {}
    for path in stored(run.data_dir, run.recode_since, run.recode_until or run.started_at.date()):
        if exclude is not None and Path(path) == Path(exclude) or Path(path).name[:-len(".jsonl.gz")] in done:
            continue
        when = ingested_at(path)
        for raw in read_sources([str(path)]):
            if isinstance(raw, RawRecord):
                a = to_article(raw, when)
                if isinstance(a, Article) and a.id not in skip and a.id not in copies:
                    found.pop(a.id, None)  # re-inserted last: the newest copy
                    found[a.id] = a
    return list(found.values())


# --- extract ------------------------------------------------------------------------------------

@dataclass
class Extracted:
    events: list[Event]
    mentions: list[Mention]
    rejects: list[Reject]
    warnings: list[str] = field(default_factory=list)


def extract(articles: list[Article], data_dir: Path | None = None, *, notes: str | None = None,
            workers: int | None = None, batch_size: int | None = None, now: dt.datetime | None = None) -> Extracted:
    """Code every article, in batches on `workers` processes (default: settings, one per core); an article
    that breaks the coder becomes a reject, not a crashed run. `notes="acled"` declares the articles ACLED
    notes (see eventdesk.acled_notes)."""
    from . import batches

    todo = to_code(articles)
    progress = Progress("extract", len(todo), unit="articles")
    coded = batches.code_batches(todo, data_dir, notes=notes, now=now, n_workers=workers or batches.workers(),
                                 size=batch_size or batches.batch_size(), progress=progress)
    progress.close(f"{len(coded.events)} events")
    return finish_extract(articles, coded)


def to_code(articles: list[Article]) -> list[Article]:
    """The articles the coder reads: a copy's story is coded from its first copy; other languages need their own coder."""
    return [a for a in articles if not a.duplicate_of and codable_language(a.language)]


def finish_extract(articles: list[Article], coded) -> Extracted:
    """Join the batches' results: a duplicate's sources join its first copy's events (which may sit in
    another batch, so this runs once over the run, not per batch)."""
    from .dedup import add_duplicate_sources

    out = Extracted(coded.events, coded.mentions, coded.rejects, coded.warnings)
    add_duplicate_sources(out.events, articles)
    for w in out.warnings[:5]:
        log.warning(w)
    if len(out.warnings) > 5:
        log.warning("... and %d more warnings like these", len(out.warnings) - 5)
    return out


def finish_extract_packed(articles: list[Article], coded) -> Extracted:
    """finish_extract for packed batches (batches.Coded.pack): events and mentions stay Arrow tables, read as
    records only where one is asked for (batches.Rows)."""
    from .batches import Rows
    from .dedup import add_duplicate_sources_table

    out = Extracted(Rows(add_duplicate_sources_table(coded.table("events"), articles), Event),
                    Rows(coded.table("event_mentions"), Mention), coded.rejects, coded.warnings)
    for w in out.warnings[:5]:
        log.warning(w)
    if len(out.warnings) > 5:
        log.warning("... and %d more warnings like these", len(out.warnings) - 5)
    return out


# --- validate -----------------------------------------------------------------------------------

def _frame(name: str, rows: list[dict]) -> pd.DataFrame:
    return schema.table(name).to_arrow(rows).to_pandas() if rows else schema.table(name).empty()


def rejects_frame(run: Run, rejects: list[Reject]) -> pd.DataFrame:
    return _frame("rejects", [dict(dataclasses.asdict(r), run_id=run.run_id, rejected_at=run.started_at) for r in rejects])


def frames(run: Run, articles: list[Article], extracted: Extracted, rejects: list[Reject]) -> dict[str, pd.DataFrame]:
    """Records to DataFrames of the declared tables."""
    return {
        "articles": _frame("articles", [dict(dataclasses.asdict(a), run_id=run.run_id) for a in articles]),
        "events": _frame("events", [dataclasses.asdict(e) for e in extracted.events]),
        "event_mentions": _frame("event_mentions", [dataclasses.asdict(m) for m in extracted.mentions]),
        "rejects": rejects_frame(run, rejects),
    }


@dataclass
class Validated:
    tables: dict[str, pd.DataFrame]
    rejects: list[Reject]


def validate(run: Run, tables: dict[str, pd.DataFrame]) -> Validated:
    """Run the GX suites; failing rows go to rejects, a table-level failure raises TableValidationError."""
    from .validation import validate as gx_validate

    o = gx_validate("articles", tables["articles"], run_name=run.run_id)
    done = validate_events(run, tables, set(o.passed["id"]), o.rejects)
    done.tables["articles"] = o.passed
    return done


def validate_events(run: Run, tables: dict, articles: set[str], rejects: list[Reject]) -> Validated:
    """Validate events, mentions and rejects, given the ids of the articles that passed (a streamed run validated
    its articles batch by batch) and the validation rejects so far; returns every table but articles, as frames.
    Events and mentions may come as Arrow tables (a streamed run's), which validation reads slice by slice."""
    from .validation import validate as gx_validate

    out: dict[str, pd.DataFrame] = {}
    rejects = list(rejects)
    for name in ("events", "event_mentions"):
        o = gx_validate(name, tables[name], run_name=run.run_id)
        out[name] = o.passed
        rejects += o.rejects
    # an event must not outlive its articles: events resting on a rejected article go with it
    ev = out["events"]
    lost = ev["article_ids"].map(lambda ids: not set(ids if ids is not None else ()) <= articles).astype(bool) \
        if len(ev) else pd.Series([], dtype=bool)
    rejects += [Reject(stage="validate", table="events", origin=r.event_id_cnty,
                       reason="its article was rejected: " + ", ".join(sorted(set(r.article_ids) - articles)),
                       value=r.event_id_cnty) for r in ev[lost].itertuples()]
    out["events"] = ev[~lost].reset_index(drop=True)
    # mentions of rejected events or articles would point at nothing
    kept = set(out["events"]["event_id_cnty"])
    m = out["event_mentions"]
    orphan = m[~m["event_id_cnty"].isin(kept) | ~m["article_id"].isin(articles)]
    out["event_mentions"] = m[m["event_id_cnty"].isin(kept) & m["article_id"].isin(articles)].reset_index(drop=True)
    rejects += [Reject(stage="validate", table="event_mentions", origin=f"{r.event_id_cnty}:{r.sentence_index}",
                       reason="its event was rejected" if r.event_id_cnty not in kept else "its article was rejected",
                       value=r.event_id_cnty) for r in orphan.itertuples()]
    new_rejects = rejects_frame(run, rejects)
    out["rejects"] = pd.concat([tables["rejects"], new_rejects], ignore_index=True) if len(new_rejects) else tables["rejects"]
    o = gx_validate("rejects", out["rejects"], run_name=run.run_id)
    out["rejects"] = o.passed
    return Validated(out, rejects)


# --- the streamed run: ingest -> extract -> validate -> stage, one batch at a time ----------------------

@dataclass
class Streamed:
    """What a streamed run keeps once its articles have gone by: counts, rejects, the run's events (which the
    merge with the published events needs whole) and the validated articles, staged on disk in a Spool."""
    ingested: Ingested  # rejects, raw path and counts; `articles` stays empty (they went by)
    extracted: Extracted  # its events and mentions are counted only (batches.Rows, released): `validated` holds them
    validated: Validated  # events, event_mentions and rejects; the articles are in `spool`
    spool: store.Spool
    article_ids: set[str]  # every article coded or re-coded in the run (publish replaces their rows)
    articles_read: int  # articles that entered the stream, fresh and re-coded
    batches: int = 0
    held_peak: int = 0  # most articles this process held at once: read and not yet coded
    seconds: dict[str, float] = field(default_factory=dict)  # ingest/extract/validate_seconds (StageClock)

    def release(self) -> None:
        """Let the run's frames go once they are published and counted: what follows (the runs row, the report,
        which reads the published tables) then reuses their memory instead of adding to the run's peak."""
        import gc

        self.validated.tables.clear()
        self.article_ids = set()
        gc.collect()


_spools: dict[str, store.Spool] = {}  # run_id -> its staged articles, until the commit or a failure drops them


# Articles validated (GX) and spooled at once: a few batches' worth. Each GX call costs ~50 ms whatever its
# size, which per batch of 500 came to a tenth of the run's own process time; rows cost next to nothing.
VALIDATE_ROWS = 2000


def in_flight(n_workers: int) -> int:
    """Batches handed to the coder and not yet back: enough to keep every worker busy, few enough that memory
    stays a few batches whatever the corpus (one, coded in this process, with one worker)."""
    return 1 if n_workers <= 1 else 2 * n_workers


def stream(run: Run, *, notes: str | None = None, workers: int | None = None, batch_size: int | None = None,
           coder=None) -> Streamed:
    """Ingest, extract, validate and stage the run's articles in batches of `batch_size` (EVENTDESK_BATCH_SIZE):
    a batch is read and handed to the coder while the next one is read; its articles are validated (GX) and
    written to the articles spool with the next few batches' (VALIDATE_ROWS at a time). At most in_flight(workers) batches are out at once, so this process holds a few
    batches of articles, never the corpus. `coder` (default batches.Coder on `workers` processes) takes a batch
    and returns a handle whose result() is the batch's batches.Coded; the flow passes one that submits Prefect
    tasks to its task runner (a Dask cluster). Events, mentions and rejects are validated once the articles have
    all gone by, since a duplicate's sources join events of any earlier batch."""
    from itertools import islice

    from collections import deque

    from . import batches
    from .validation import held_result, hold_result, validate as gx_validate

    size = batch_size or batches.batch_size()
    n_workers = workers or batches.workers()
    seconds: dict[str, float] = {}
    clock = StageClock(seconds)
    ing = Ingested([], [], None)
    old = _spools.pop(run.run_id, None)
    if old is not None:  # a retry of the stage: start again from nothing
        old.discard()
    spool = _spools[run.run_id] = store.Spool(run.curated, "articles", run.run_id)
    coded = batches.Coded()
    duplicates: list[Article] = []
    ids: set[str] = set()
    passed: set[str] = set()
    article_rejects: list[Reject] = []
    pending: deque = deque()
    window = in_flight(n_workers)
    state = {"held": 0, "peak": 0, "read": 0, "batches": 0, "done": 0}
    failing = None  # the first batch whose articles failed an expectation: the result the report shows
    progress = Progress("code", unit="articles")
    own = coder is None
    coder = coder if coder is not None else batches.Coder(run.data_dir, notes, None, n_workers, pack=True)

    def collect(limit: int) -> None:
        while len(pending) > limit:
            handle, n = pending.popleft()
            with clock("extract"):
                coded.add(handle.result().pack())  # a no-op where the worker packed it
            state["held"] -= n
            state["done"] += n
            progress.tick(state["done"], f"{coded.count()} events, {len(ing.rejects) + len(article_rejects)} rejected")

    unchecked: list[dict] = []  # rows of articles read and not yet validated (fewer than VALIDATE_ROWS)

    def check_articles(failing):
        """Validate (GX) and spool the articles read since the last call; returns the first failing result."""
        if not unchecked:
            return failing
        with clock("validate"):
            o = gx_validate("articles", _frame("articles", unchecked), run_name=run.run_id)
            unchecked.clear()
            result = held_result(run.run_id, "articles")
            if failing is None and result is not None and not result.get("success", True):
                failing = result
            article_rejects.extend(o.rejects)
            passed.update(o.passed["id"])
            spool.add(o.passed)
        return failing

    articles = read_articles(run, ing, progress)
    try:
        while True:
            with clock("ingest"):
                batch = list(islice(articles, size))
            if not batch:
                break
            state["batches"] += 1
            state["read"] += len(batch)
            state["held"] += len(batch)
            state["peak"] = max(state["peak"], state["held"])
            ids.update(a.id for a in batch)
            duplicates += [dataclasses.replace(a, text="") for a in batch if a.duplicate_of]
            unchecked += [dict(batches.as_row(a), run_id=run.run_id) for a in batch]
            if len(unchecked) >= VALIDATE_ROWS:
                failing = check_articles(failing)
            todo = to_code(batch)
            state["held"] -= len(batch) - len(todo)  # the rest are let go here
            pending.append((coder.submit(todo), len(todo)))
            batch = todo = None
            collect(window - 1)
        failing = check_articles(failing)
        collect(0)
        spool.finish()
    except BaseException:
        _spools.pop(run.run_id, None)
        spool.discard()
        raise
    finally:
        if own:
            coder.close()
    if failing is not None:
        hold_result(run.run_id, "articles", failing)
    progress.close(f"{coded.count()} events")
    extracted = finish_extract_packed(duplicates, coded)
    with clock("validate"):
        # Arrow tables: validation makes pandas of them one slice at a time, and a frame of the rows that passed
        tables = {"events": extracted.events.table, "event_mentions": extracted.mentions.table,
                  "rejects": rejects_frame(run, ing.rejects + extracted.rejects)}
        extracted.events.release()  # counted, no longer kept twice: the validated frames hold the rows
        extracted.mentions.release()
        validated = validate_events(run, tables, passed, article_rejects)
        tables = None
    return Streamed(ing, extracted, validated, spool, ids, state["read"], state["batches"], state["peak"], seconds)


def drop_spool(run: Run) -> None:
    """After a failed run: remove the articles it staged (a killed run's spool goes at the next run's start)."""
    spool = _spools.pop(run.run_id, None)
    if spool is not None:
        spool.discard()


def publish_streamed(run: Run, streamed: Streamed) -> dict[str, int]:
    """publish() for a streamed run: the merged events, and the articles from the spool without reading them."""
    stale = _pending.pop(run.run_id, None)
    if stale is not None:
        stale.close()
    writer = store.Writer.open(run.curated, run.run_id)
    try:
        counts = publish_mod.stage(writer, streamed.validated.tables, streamed.article_ids)
        writer.upsert_spool("articles", streamed.spool)
    except BaseException:
        writer.close()
        raise
    _pending[run.run_id] = writer  # record_run commits it; the commit links the spool's files and removes it
    return counts


# --- publish ------------------------------------------------------------------------------------

def coder_build() -> str:
    """A hash of eventdesk's code and term lists as installed: it changes with any change that can change the
    coding (CODER_VERSION moves only with releases), so a night knows which stored articles to code again."""
    global _coder_build
    if _coder_build is None:
        import hashlib

        root = Path(__file__).resolve().parent
        h = hashlib.sha256()
        for p in sorted(root.rglob("*")):
            if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".pyc", ".html"):
                h.update(str(p.relative_to(root)).encode() + b"\0" + p.read_bytes() + b"\0")
        _coder_build = h.hexdigest()[:16]
    return _coder_build


_coder_build: str | None = None


def _coder_build_of(versions_json: str | None) -> str | None:
    try:
        return json.loads(versions_json or "{}").get("coder_build")
    except (ValueError, AttributeError):
        return None


def versions() -> dict[str, str]:
    v = {"eventdesk": __version__, "coder": CODER_VERSION, "coder_build": coder_build(),
         "python": platform.python_version()}
    for pkg in ("pandas", "pyarrow", "duckdb", "great-expectations", "prefect", "spacy"):
        try:
            v[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            pass
    return v


_pending: dict[str, store.Writer] = {}  # run_id -> its writer, from publish until record_run commits


def publish(run: Run, validated: Validated, articles: list[Article]) -> dict[str, int]:
    """Stage the run's tables under the writer lock; record_run commits them with the run's row."""
    stale = _pending.pop(run.run_id, None)
    if stale is not None:  # published twice without a record_run between: the first staging is dropped
        stale.close()
    writer = store.Writer.open(run.curated, run.run_id)
    try:
        counts = publish_mod.stage(writer, validated.tables, {a.id for a in articles})
    except BaseException:
        writer.close()
        raise
    _pending[run.run_id] = writer
    return counts


# runs columns counted at ingest (Ingested.counts); see schemas/runs.toml
INGEST_COUNTS = ("articles_not_english", "articles_duplicate", "articles_truncated", "warc_not_html", "warc_not_ok")
# runs columns timed by the flow (StageClock); blank when a stage did not run
STAGE_SECONDS = ("startup_seconds", "ingest_seconds", "extract_seconds", "validate_seconds", "publish_seconds")


def record_run(run: Run, *, status: str, counts: dict[str, int], error: str | None = None) -> dict:
    row = {
        "run_id": run.run_id, "started_at": run.started_at, "finished_at": dt.datetime.now(dt.timezone.utc),
        "status": status, "sources": run.sources, "articles_read": counts.get("articles_read", 0),
        "articles_published": counts.get("articles_published", 0), "events_extracted": counts.get("events_extracted", 0),
        "events_published": counts.get("events_published", 0), "mentions_published": counts.get("mentions_published", 0),
        "rejects": counts.get("rejects", 0), "warnings": counts.get("warnings", 0),
        "http_not_modified": counts.get("http_not_modified", 0), "fetch_failures": counts.get("fetch_failures", 0),
        "events_new": counts.get("events_new", 0), "events_updated": counts.get("events_updated", 0),
        "events_deleted": counts.get("events_deleted", 0), "articles_recoded": counts.get("articles_recoded", 0),
        "error": error,
        "versions": json.dumps(versions(), sort_keys=True),
    }
    row.update({k: counts.get(k, 0) for k in INGEST_COUNTS})
    row.update({k: counts.get(k) for k in STAGE_SECONDS})
    writer = _pending.pop(run.run_id, None)
    try:
        writer = writer or store.Writer.open(run.curated, run.run_id)
        if status == "failed":
            writer.discard()
        known = set(writer.read("runs")["run_id"])
        dead = [o for o in store.orphans(run.curated, exclude=run.run_id) if o["run_id"] not in known]
        writer.append("runs", [_orphan_row(o, run, row["versions"]) for o in dead] + [row])
        writer.commit()
    except BaseException:
        store.mark_finished(run.curated, run.run_id, keep_marker=True)  # the next run records it as failed
        raise
    finally:
        if writer is not None:
            writer.close()
        drop_spool(run)
    for o in dead:
        Path(o["_marker"]).unlink(missing_ok=True)
    store.mark_finished(run.curated, run.run_id)
    return row


def _orphan_row(marker: dict, by: Run, versions_json: str) -> dict:
    started = dt.datetime.fromisoformat(marker["started_at"]) if marker.get("started_at") else marker["_mtime"]
    return {"run_id": marker["run_id"], "started_at": started, "finished_at": by.started_at, "status": "failed",
            "sources": list(marker.get("sources") or []), "articles_read": 0, "articles_published": 0,
            "events_extracted": 0, "events_published": 0, "mentions_published": 0, "rejects": 0, "warnings": 0,
            "error": f"the run stopped before recording itself (killed or crashed); found by run {by.run_id}",
            "versions": versions_json}


def summarize(row: dict, curated: Path) -> str:
    lines = [f"run {row['run_id']}: {row['status']}",
             f"  articles read {row['articles_read']}, published {row['articles_published']}",
             f"  events extracted {row['events_extracted']}, published {row['events_published']} "
             f"(mentions {row['mentions_published']})",
             f"  rejects {row['rejects']}, warnings {row['warnings']}",
             f"  events new {row.get('events_new', 0)}, updated {row.get('events_updated', 0)}, deleted "
             f"{row.get('events_deleted', 0)}; articles re-coded from data/raw {row.get('articles_recoded', 0)}"]
    if row.get("http_not_modified") or row.get("fetch_failures"):
        lines.append(f"  web: {row.get('http_not_modified') or 0} not modified since the last run, "
                     f"{row.get('fetch_failures') or 0} fetch failures (see rejects)")
    skipped = [f"{k.replace('_', ' ')} {row[k]}" for k in INGEST_COUNTS if row.get(k)]
    if skipped:
        lines.append(f"  not coded or skipped: {', '.join(skipped)}")
    if row.get("error"):
        lines.append(f"  error: {row['error']}")
    lines.append(f"  published under {curated}/ ; query with: eventdesk query \"SELECT * FROM events\"")
    return "\n".join(lines)


def write_report(run: Run) -> Path | None:
    """Keep the run's GX results and Data Docs under reports/<run_id>/ and write reports/<run_id>.html.

    Called after the run is recorded, failed runs included; an error here is a warning, never a failed run."""
    from .report import run_dir, write_report_safe
    from .validation import keep_results

    try:
        keep_results(run.run_id, run_dir(run.curated, run.run_id))
    except Exception as exc:
        log.warning("the Great Expectations results of run %s were not kept under %s (%s: %s)", run.run_id,
                    run_dir(run.curated, run.run_id), type(exc).__name__, exc)
    return write_report_safe(run.curated, run.run_id)
