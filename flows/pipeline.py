"""The eventdesk flow: ingest -> extract -> validate -> publish, on demand or nightly.

Tasks are thin: each calls one function of eventdesk.pipeline, which runs without Prefect.
Retries sit on the decorators; only ingest touches the network (feeds), so only it retries.
"""
from __future__ import annotations

import datetime as dt
import time

from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from eventdesk import batches, pipeline


def _worth_retrying(task, task_run, state) -> bool:
    """Retry what the disk or the network may get right next time (the fetch session keeps what an attempt
    fetched), not a coder or validation failure, which would only fail again."""
    try:
        state.result()
    except OSError:
        return True
    except BaseException:  # noqa: BLE001
        return False
    return False


@task(retries=2, retry_delay_seconds=10, cache_policy=NO_CACHE, retry_condition_fn=_worth_retrying)
def code(run: pipeline.Run, notes: str | None = None, workers: int | None = None,
         batch_size: int | None = None) -> pipeline.Streamed:
    """Ingest, extract, validate and stage, batch by batch, on local worker processes."""
    return pipeline.stream(run, notes=notes, workers=workers, batch_size=batch_size)


@task(cache_policy=NO_CACHE)
def extract_batch(articles: list, data_dir: str, notes: str | None, now: dt.datetime) -> batches.Coded:
    """One batch, on whatever the flow's task runner is (a Dask cluster with `run --dask`)."""
    return batches.code_batch(articles, data_dir, notes, now)


class RunnerCoder:
    """pipeline.stream's coder on the flow's task runner: each batch becomes an extract_batch task (on a Dask
    cluster with `run --dask`); stream keeps at most in_flight(workers) of them out at once."""

    def __init__(self, run: pipeline.Run, notes: str | None):
        self.data, self.notes, self.now = str(run.data_dir), notes, dt.datetime.now(dt.timezone.utc)

    def submit(self, batch: list):
        return extract_batch.submit(batch, self.data, self.notes, self.now)


@task(cache_policy=NO_CACHE)
def publish(run: pipeline.Run, streamed: pipeline.Streamed) -> dict[str, int]:
    return pipeline.publish_streamed(run, streamed)


@task(cache_policy=NO_CACHE)
def report(run: pipeline.Run) -> str | None:
    path = pipeline.write_report(run)  # never raises: a report error is a warning
    return str(path) if path else None


@flow(name="eventdesk", log_prints=True)
def eventdesk_flow(sources: list[str], data_dir: str = "data", notes: str | None = None,
                   recode_days: int = pipeline.RECODE_DAYS, recode_since: str | None = None,
                   recode_until: str | None = None, workers: int | None = None, batch_size: int | None = None,
                   on_runner: bool = False, process_started: float | None = None) -> dict:
    """One run over the given files, directories and feed URLs (none: the nightly ones of DATA/sources.toml),
    re-coding with them the raw articles of the last `recode_days` days this coder has not coded; returns the
    run's row of the runs table. notes="acled" declares the sources ACLED notes, whose own annotations are then read. A backfill
    gives `recode_since` and `recode_until` (YYYY-MM-DD) and no sources: it re-codes those days and fetches nothing.
    Articles stream through ingest, extraction, validation and staging in batches (pipeline.stream), coded on
    `workers` local processes or, with `on_runner`, as one task per batch on the flow's task runner (see
    run_flow: a Dask cluster). `process_started` (time.time() of the command's start)
    lets the run record its start-up time."""
    t0 = time.time()
    listed = sources or ([] if recode_since else pipeline.listed_sources(data_dir))
    run = pipeline.new_run(listed, data_dir, recode_days=recode_days,
                           recode_since=dt.date.fromisoformat(recode_since) if recode_since else None,
                           recode_until=dt.date.fromisoformat(recode_until) if recode_until else None)
    pipeline.begin_run(run)
    counts: dict = {"startup_seconds": t0 - process_started} if process_started else {}
    clock = pipeline.StageClock(counts)
    try:
        if on_runner:  # batches go to the task runner as tasks: stream runs here, in the flow, to submit them
            streamed = pipeline.stream(run, notes=notes, workers=workers, batch_size=batch_size,
                                       coder=RunnerCoder(run, notes))
        else:
            streamed = code(run, notes, workers, batch_size)
        ingested, extracted, validated = streamed.ingested, streamed.extracted, streamed.validated
        counts.update(streamed.seconds)  # ingest, extract and validate overlap: each is this process's own time
        counts.update(articles_read=streamed.articles_read - ingested.recoded
                      + sum(r.table == "articles" for r in ingested.rejects), articles_recoded=ingested.recoded)
        counts.update(http_not_modified=ingested.fetch.get("http_not_modified", 0),
                      fetch_failures=ingested.fetch.get("fetch_failures", 0))
        counts.update(ingested.counts)
        counts.update(events_extracted=len(extracted.events),
                      warnings=len(extracted.warnings) + ingested.fetch.get("warnings", 0))
        with clock("publish"):
            published = publish(run, streamed)
        counts.update({k: published.get(k, 0) for k in ("events_new", "events_updated", "events_deleted")})
    except Exception as exc:
        pipeline.drop_fetch_state(run)
        pipeline.record_run(run, status="failed", counts=counts, error=f"{type(exc).__name__}: {exc}")
        report(run)
        raise
    pipeline.commit_fetch_state(run)
    n_rejects = len(ingested.rejects) + len(extracted.rejects) + len(validated.rejects)
    counts.update(articles_published=streamed.spool.rows, events_published=len(validated.tables["events"]),
                  mentions_published=len(validated.tables["event_mentions"]), rejects=n_rejects)
    streamed.release()  # published and counted: the report reuses the frames' memory
    row = pipeline.record_run(run, status="ok with rejects" if n_rejects else "ok", counts=counts)
    report(run)
    return row


def run_flow(sources: list[str], data_dir: str = "data", notes: str | None = None, *, workers: int | None = None,
             batch_size: int | None = None, dask: str | None = None, process_started: float | None = None,
             **window) -> dict:
    """eventdesk_flow, with its extraction on a Dask cluster when `dask` (a scheduler address, or
    $EVENTDESK_DASK) is given; publishing stays one commit in this process either way."""
    dask = dask or batches.dask_address()
    if not dask:
        return eventdesk_flow(sources=sources, data_dir=data_dir, notes=notes, workers=workers,
                              batch_size=batch_size, process_started=process_started, **window)
    from prefect_dask import DaskTaskRunner

    on_cluster = eventdesk_flow.with_options(task_runner=DaskTaskRunner(address=dask))
    return on_cluster(sources=sources, data_dir=data_dir, notes=notes, workers=workers, batch_size=batch_size, on_runner=True,
                      process_started=process_started, **window)


def serve_nightly(sources: list[str], data_dir: str = "data", cron: str = "0 2 * * *", name: str = "nightly",
                  recode_days: int = pipeline.RECODE_DAYS) -> None:
    """Register the flow on a cron schedule and poll for its runs; needs a Prefect server (`prefect server start`)."""
    eventdesk_flow.serve(name=name, cron=cron, parameters={"sources": sources, "data_dir": data_dir,
                                                           "recode_days": recode_days})
