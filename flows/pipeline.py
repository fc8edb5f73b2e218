"""The eventdesk flow: ingest -> extract -> validate -> publish, on demand or nightly.

Tasks are thin: each calls one function of eventdesk.pipeline, which runs without Prefect.
Retries sit on the decorators; only ingest touches the network (feeds), so only it retries.
"""
from __future__ import annotations

import datetime as dt

from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from eventdesk import pipeline


@task(retries=2, retry_delay_seconds=10, cache_policy=NO_CACHE)
def ingest(run: pipeline.Run) -> pipeline.Ingested:
    return pipeline.ingest(run)


@task(cache_policy=NO_CACHE)
def extract(run: pipeline.Run, ingested: pipeline.Ingested, notes: str | None = None) -> pipeline.Extracted:
    return pipeline.extract(ingested.articles, run.data_dir, notes=notes)


@task(cache_policy=NO_CACHE)
def validate(run: pipeline.Run, ingested: pipeline.Ingested, extracted: pipeline.Extracted) -> pipeline.Validated:
    tables = pipeline.frames(run, ingested.articles, extracted, ingested.rejects + extracted.rejects)
    return pipeline.validate(run, tables)


@task(cache_policy=NO_CACHE)
def publish(run: pipeline.Run, validated: pipeline.Validated, ingested: pipeline.Ingested) -> dict[str, int]:
    return pipeline.publish(run, validated, ingested.articles)


@task(cache_policy=NO_CACHE)
def report(run: pipeline.Run) -> str | None:
    path = pipeline.write_report(run)  # never raises: a report error is a warning
    return str(path) if path else None


@flow(name="eventdesk", log_prints=True)
def eventdesk_flow(sources: list[str], data_dir: str = "data", notes: str | None = None,
                   recode_days: int = pipeline.RECODE_DAYS, recode_since: str | None = None,
                   recode_until: str | None = None) -> dict:
    """One run over the given files, directories and feed URLs (none: the nightly ones of DATA/sources.toml),
    re-coding with them the raw articles ingested in the last `recode_days` days; returns the run's row of the
    runs table. notes="acled" declares the sources ACLED notes, whose own annotations are then read. A backfill
    gives `recode_since` and `recode_until` (YYYY-MM-DD) and no sources: it re-codes those days and fetches nothing."""
    listed = sources or ([] if recode_since else pipeline.listed_sources(data_dir))
    run = pipeline.new_run(listed, data_dir, recode_days=recode_days,
                           recode_since=dt.date.fromisoformat(recode_since) if recode_since else None,
                           recode_until=dt.date.fromisoformat(recode_until) if recode_until else None)
    pipeline.begin_run(run)
    counts: dict[str, int] = {}
    try:
        ingested = ingest(run)
        counts.update(articles_read=len(ingested.articles) - ingested.recoded
                      + sum(r.table == "articles" for r in ingested.rejects), articles_recoded=ingested.recoded)
        counts.update(http_not_modified=ingested.fetch.get("http_not_modified", 0),
                      fetch_failures=ingested.fetch.get("fetch_failures", 0))
        counts.update(ingested.counts)
        extracted = extract(run, ingested, notes)
        counts.update(events_extracted=len(extracted.events),
                      warnings=len(extracted.warnings) + ingested.fetch.get("warnings", 0))
        validated = validate(run, ingested, extracted)
        published = publish(run, validated, ingested)
        counts.update({k: published.get(k, 0) for k in ("events_new", "events_updated", "events_deleted")})
    except Exception as exc:
        pipeline.drop_fetch_state(run)
        pipeline.record_run(run, status="failed", counts=counts, error=f"{type(exc).__name__}: {exc}")
        report(run)
        raise
    pipeline.commit_fetch_state(run)
    n_rejects = len(ingested.rejects) + len(extracted.rejects) + len(validated.rejects)
    counts.update(articles_published=len(validated.tables["articles"]), events_published=len(validated.tables["events"]),
                  mentions_published=len(validated.tables["event_mentions"]), rejects=n_rejects)
    row = pipeline.record_run(run, status="ok with rejects" if n_rejects else "ok", counts=counts)
    report(run)
    return row


def serve_nightly(sources: list[str], data_dir: str = "data", cron: str = "0 2 * * *", name: str = "nightly",
                  recode_days: int = pipeline.RECODE_DAYS) -> None:
    """Register the flow on a cron schedule and poll for its runs; needs a Prefect server (`prefect server start`)."""
    eventdesk_flow.serve(name=name, cron=cron, parameters={"sources": sources, "data_dir": data_dir,
                                                           "recode_days": recode_days})
