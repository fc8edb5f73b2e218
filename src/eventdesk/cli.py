"""The `eventdesk` command: run, backfill, export, query, deleted, evaluate, gazetteer, schema, sources, serve.

Exit status of `run`: 0 when everything read was published, 3 when the run published but
something was rejected (see the rejects table), 1 when the run failed and published nothing.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import sys
from pathlib import Path

EXIT_OK, EXIT_FAILED, EXIT_REJECTS = 0, 1, 3


def _date(s: str) -> dt.date:
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {s!r}")


def _sources(args) -> list[str]:
    from eventdesk.sources import registry

    if args.sources:
        return args.sources
    try:
        listed = registry.scheduled(Path(args.data_dir))
    except registry.SourcesFileError as exc:
        sys.exit(f"eventdesk {args.command}: {exc}")
    if listed:
        if not registry.path_of(Path(args.data_dir)).exists():
            print(f"eventdesk: read {Path(args.data_dir) / registry.LEGACY_FILE}; `eventdesk sources add` keeps "
                  f"sources with their options in {registry.path_of(Path(args.data_dir))}", file=sys.stderr)
        return listed
    sys.exit(f"eventdesk {args.command}: name at least one file, directory or feed URL, or add them to "
             f"{registry.path_of(Path(args.data_dir))} with `eventdesk sources add`")


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be positive, got {value}")
    return value


def _quiet(args) -> None:
    """--quiet: errors only. Prefect reads its log level at import, so this runs before importing it."""
    os.environ["PREFECT_LOGGING_LEVEL"] = "ERROR"
    os.environ["EVENTDESK_QUIET"] = "1"
    logging.getLogger().setLevel(logging.ERROR)
    logging.getLogger("eventdesk").setLevel(logging.ERROR)
    from eventdesk.pipeline import Progress

    Progress.enabled = False


def _json_row(row: dict, curated: Path) -> str:
    """A runs row as one JSON object (timestamps in ISO 8601), plus where its report is."""
    import math

    def plain(v):
        if hasattr(v, "tolist") and not isinstance(v, str):
            v = v.tolist()
        if isinstance(v, (dt.datetime, dt.date)):
            return v.isoformat()
        if isinstance(v, float) and math.isnan(v):
            return None
        return v

    from eventdesk.report import report_path

    out = {k: plain(v) for k, v in row.items()}
    rp = report_path(curated, row["run_id"])
    out["report"] = str(rp) if rp.exists() else None
    return json.dumps(out, ensure_ascii=False, default=str)


def _report_line(curated: Path, run_id: str) -> str:
    from eventdesk.report import report_path

    rp = report_path(curated, run_id)
    return (f"  report: {rp}" if rp.exists() else
            f"  report: not written (see the warning above); retry with: eventdesk report --run {run_id}")


def _last_run_row(curated: Path, since: dt.datetime) -> dict | None:
    from eventdesk.publish import read_table

    runs = read_table(curated, "runs")
    runs = runs[runs["started_at"] >= since] if len(runs) else runs
    return runs.sort_values("started_at").iloc[-1].to_dict() if len(runs) else None


def cmd_run(args) -> int:
    from eventdesk.settings import prefect_defaults

    sources = _sources(args)  # before Prefect's import: a missing source is said at once
    if args.quiet:
        _quiet(args)
    prefect_defaults()
    from flows.server import use_kept_server

    try:
        use_kept_server()  # EVENTDESK_KEEP_SERVER (make run): reuse one Prefect server instead of a temporary one
    except (OSError, RuntimeError, ValueError) as exc:  # a bad EVENTDESK_KEEP_SERVER is said, not fatal
        print(f"eventdesk: no kept Prefect server ({exc}); using a temporary one", file=sys.stderr)
    from flows.pipeline import run_flow
    from eventdesk.pipeline import process_started, summarize

    if args.keep_versions is not None:
        os.environ["EVENTDESK_KEEP_VERSIONS"] = str(args.keep_versions)
    curated = Path(args.data_dir) / "curated"
    if not args.quiet:
        server = (f"Prefect server {os.environ['PREFECT_API_URL']}" if os.environ.get("PREFECT_API_URL") else
                  "Prefect starts a local temporary server unless PREFECT_API_URL names one: ~20-30 s")
        print(f"eventdesk: running on {len(sources)} source(s) into {args.data_dir}/ ({server})", file=sys.stderr)
    began = dt.datetime.now(dt.timezone.utc) - dt.timedelta(seconds=1)
    from eventdesk.validation import warm_up

    warm_up()  # GX's import overlaps Prefect's server start and extraction instead of following them
    from eventdesk.batches import start_early

    if not args.dask:
        start_early(args.data_dir, sources, args.workers)  # so does the workers' preload, for a large run
    try:
        window = {} if args.recode_days is None else {"recode_days": args.recode_days}
        row = run_flow(sources=sources, data_dir=str(args.data_dir), notes=args.notes, workers=args.workers,
                       batch_size=args.batch_size, dask=args.dask, process_started=process_started(), **window)
    except Exception as exc:
        failed = _last_run_row(curated, began)
        where = f"; the failed run is recorded in {curated}/runs" if failed else ""
        report = ""
        if failed:
            from eventdesk.report import report_path

            rp = report_path(curated, failed["run_id"])
            report = f"; its report: {rp}" if rp.exists() else ""
        print(f"eventdesk run failed, nothing was published: {type(exc).__name__}: {exc}{where}{report}", file=sys.stderr)
        if args.json and failed:
            print(_json_row(failed, curated))
        return EXIT_FAILED
    if args.json:
        print(_json_row(row, curated))
    elif not args.quiet:
        print(summarize(row, curated))
        print(_report_line(curated, row["run_id"]))
    return EXIT_REJECTS if row["rejects"] else EXIT_OK


def cmd_backfill(args) -> int:
    from eventdesk.settings import prefect_defaults

    prefect_defaults()
    from flows.pipeline import eventdesk_flow
    from eventdesk.pipeline import summarize

    if args.until < args.since:
        sys.exit(f"eventdesk backfill: --until {args.until} is before --since {args.since}")
    print(f"eventdesk: re-coding the articles ingested from {args.since} to {args.until} under {args.data_dir}/raw/",
          file=sys.stderr)
    try:
        row = eventdesk_flow(sources=[], data_dir=str(args.data_dir), recode_days=0, recode_since=args.since.isoformat(),
                             recode_until=args.until.isoformat())
    except Exception as exc:
        print(f"eventdesk backfill failed, nothing was published: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(summarize(row, Path(args.data_dir) / "curated"))
    return EXIT_REJECTS if row["rejects"] else EXIT_OK


def _unix(s: str) -> int:
    """Unix seconds, or an ISO date or time (UTC unless it says otherwise), as export's --updated-since."""
    from eventdesk.export import unix_time

    try:
        return unix_time(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not Unix seconds or an ISO date/time: {s!r}") from None


def cmd_deleted(args) -> int:
    from eventdesk.export import query

    df = query(Path(args.data_dir), "SELECT event_id_cnty, deleted_timestamp, reason, replaced_by FROM deleted_events "
                                    f"WHERE deleted_timestamp >= {int(args.since)} ORDER BY deleted_timestamp, event_id_cnty")
    df.astype(object).where(df.notna(), "").to_csv(sys.stdout, index=False)
    return EXIT_OK


def cmd_report(args) -> int:
    from eventdesk.report import ReportError, write_report

    curated = Path(args.data_dir) / "curated"
    try:
        written = write_report(curated, args.run)
    except ReportError as exc:
        print(f"eventdesk report: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(written.line())
    return EXIT_OK


def cmd_status(args) -> int:
    from eventdesk.publish import read_table
    from eventdesk.report import report_path

    curated = Path(args.data_dir) / "curated"
    runs = read_table(curated, "runs")
    if not len(runs):
        if args.json:
            print("[]")
        else:
            print(f"no runs yet in {curated}/ - start one with: eventdesk run SOURCE --data-dir {args.data_dir}")
        return EXIT_OK
    runs = runs.sort_values("started_at", ascending=False).head(args.limit)
    if args.json:
        print("[" + ",\n".join(_json_row(r, curated) for r in runs.to_dict("records")) + "]")
        return EXIT_OK
    print(f"last {len(runs)} run(s) in {curated}/, newest first:")
    head = f"{'run':<24}  {'started (UTC)':<19}  {'took':>6}  {'status':<15}  {'articles':>11}  {'events':>11}  {'rejects':>7}  {'warn':>4}"
    print(head)
    for r in runs.to_dict("records"):
        took = (r["finished_at"] - r["started_at"]).total_seconds()
        print(f"{r['run_id']:<24}  {r['started_at']:%Y-%m-%d %H:%M:%S}  {took:>5.0f}s  {r['status']:<15}  "
              f"{str(r['articles_published']) + '/' + str(r['articles_read']):>11}  "
              f"{str(r['events_published']) + '/' + str(r['events_extracted']):>11}  {r['rejects']:>7}  {r['warnings']:>4}")
        rp = report_path(curated, r["run_id"])
        print(f"{'':<24}  report: {rp if rp.exists() else 'none - write it with: eventdesk report --run ' + r['run_id']}")
        if isinstance(r.get("error"), str) and r["error"]:
            print(f"{'':<24}  error: {r['error']}")
    print("(articles and events: published/read and published/extracted)")
    return EXIT_OK


def cmd_export(args) -> int:
    from eventdesk.export import ExportCheckError, export
    from eventdesk.filters import NAMES

    try:
        n = export(Path(args.data_dir), Path(args.output), args.format, as_of=args.as_of,
                   **{k: getattr(args, k) for k in NAMES})
    except (ValueError, ExportCheckError) as exc:
        print(f"eventdesk export: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(f"wrote {n} events to {args.output} (read back and checked against schemas/events.toml)")
    return EXIT_OK


def cmd_query(args) -> int:
    import pandas as pd

    from eventdesk.export import query

    df = query(Path(args.data_dir), args.sql, as_of=args.as_of)
    if args.format == "csv":
        df.to_csv(sys.stdout, index=False)
    else:
        for col in df.columns:  # DATE columns arrive as timestamps at midnight: show them as dates
            if str(df[col].dtype).startswith("datetime64") and (df[col].dropna().dt.normalize() == df[col].dropna()).all():
                df[col] = df[col].dt.date
        shown = df.astype(object).where(df.notna(), "")  # blanks, as in the CSV export, not NaN
        with pd.option_context("display.max_rows", args.max_rows, "display.max_columns", None, "display.width", 200,
                               "display.max_colwidth", 60):
            print(shown.to_string(index=False) if len(df) <= args.max_rows else shown)
    return EXIT_OK


def cmd_evaluate(args) -> int:
    from eventdesk.evaluate import evaluate
    from eventdesk.settings import prefect_defaults

    prefect_defaults()
    from flows.pipeline import eventdesk_flow

    print(evaluate(Path(args.gold), args.articles, run=eventdesk_flow, data_dir=args.data_dir, by=args.by,
                   out=args.output))
    return EXIT_OK


def cmd_gazetteer_add(args) -> int:
    from eventdesk.geo.gazetteer import add_geonames_dump

    n = add_geonames_dump(Path(args.file), Path(args.data_dir))
    print(f"added {n} places from {args.file}; later runs with --data-dir {args.data_dir} use them")
    return EXIT_OK


def cmd_schema(args) -> int:
    from eventdesk import schema, validation

    if args.expectations:
        for p in validation.write_expectations():
            print(f"wrote {p}")
    if args.docs:
        out = Path(__file__).resolve().parents[2] / "docs" / "tables.md"
        out.parent.mkdir(exist_ok=True)
        out.write_text(schema.markdown(), encoding="utf-8")
        print(f"wrote {out}")
    if args.docs or args.codebook:
        from eventdesk import codebook

        for p in codebook.write(Path(__file__).resolve().parents[2] / "docs"):
            print(f"wrote {p}")
    if not (args.expectations or args.docs or args.codebook):
        print(schema.markdown())
    return EXIT_OK


def cmd_serve(args) -> int:
    from eventdesk.settings import prefect_defaults

    prefect_defaults()
    from flows.pipeline import serve_nightly

    # scheduled runs start later, from wherever the runner is: keep local paths absolute
    sources = [str(Path(s).resolve()) if Path(s).exists() else s for s in _sources(args)]
    if not args.sources and (Path(args.data_dir) / "sources.toml").exists():
        sources = []  # each night reads the sources file anew, so `eventdesk sources add` needs no restart
        print(f"eventdesk: each run reads {Path(args.data_dir) / 'sources.toml'}", file=sys.stderr)
    print(f"eventdesk: serving deployment 'eventdesk/{args.name}' on cron '{args.cron}'; Ctrl-C stops it",
          file=sys.stderr)
    window = {} if args.recode_days is None else {"recode_days": args.recode_days}
    serve_nightly(sources, str(Path(args.data_dir).resolve()), cron=args.cron, name=args.name, **window)
    return EXIT_OK


def cmd_sources(args) -> int:
    from eventdesk.sources import registry

    data = Path(args.data_dir)
    try:
        if args.sources_command == "add":
            src = registry.add(data, args.location, name=args.name, kind=args.kind, outlet=args.outlet,
                               country=args.country, language=args.language, schedule=args.schedule)
            print(f"{registry.path_of(data)}: {src.kind} {src.name!r} -> {src.location}")
        elif args.sources_command == "remove":
            src = registry.remove(data, args.name)
            print(f"{registry.path_of(data)}: removed {src.name!r}")
        elif args.sources_command == "list":
            reg = registry.load(data)
            if not reg.sources:
                print(f"no sources in {reg.path}; add one with `eventdesk sources add URL_OR_PATH`")
            for s in reg.sources:
                opts = ", ".join(f"{k}={v}" for k, v in s.options().items())
                print(f"{s.name}\t{s.kind}\t{s.schedule}\t{s.location}" + (f"\t{opts}" if opts else ""))
        elif args.sources_command == "check":
            rows = registry.check(data, args.names or None)
            for r in rows:
                took = f" ({r['seconds']} s)" if "seconds" in r else ""
                print(f"{'ok  ' if r['ok'] else 'FAIL'} {r['name']}: {r['status']}{took}")
            if not rows:
                print(f"no sources in {registry.path_of(data)}")
            return EXIT_OK if all(r["ok"] for r in rows) else EXIT_REJECTS
    except registry.SourcesFileError as exc:
        print(f"eventdesk sources: {exc}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="eventdesk", description="Build ACLED-style event data from news articles.")
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def data_dir(p):
        p.add_argument("--data-dir", default="data", type=Path, help="dataset folder (default: data)")

    def recode_days(p):
        p.add_argument("--recode-days", type=int, default=None, metavar="N",
                       help="also re-code the articles ingested in the last N days that this coder has not coded "
                            "(its run failed, or the coder changed since) (default: pipeline.RECODE_DAYS, 7; "
                            "0: only the new ones)")

    def as_of(p):
        p.add_argument("--as-of", metavar="RUN_ID|DATE", help="read the version a run committed, or the last one "
                                                             "committed by a date (YYYY-MM-DD) or time (ISO 8601)")

    def command(name, func, *, data=True, **kw):
        """A subcommand that runs func; data: it works on a dataset folder (--data-dir)."""
        p = sub.add_parser(name, **kw)
        p.set_defaults(func=func)
        if data:
            data_dir(p)
        return p

    p = command("run", cmd_run, help="ingest, code, validate and publish articles",
                description="Run the Prefect flow over files, directories (recursively, .gz allowed) and "
                            "RSS/Atom feed URLs. Exit 0: all published; 3: published, with rejects; 1: failed.")
    p.add_argument("sources", nargs="*", metavar="SOURCE", help="JSONL, .txt, .html, WARC files, folders, feed URLs "
                                                                 "(default: the nightly sources of DIR/sources.toml)")
    p.add_argument("--notes", choices=["acled"], default=None,
                   help="the sources are ACLED event notes: also read ACLED's own annotations in them "
                        "('coded to X', '[coded separately]', 'fatalities coded as N'); news never has them")
    p.add_argument("--keep-versions", type=int, metavar="K",
                   help="published versions to keep for --as-of (default 10, or $EVENTDESK_KEEP_VERSIONS)")
    p.add_argument("--workers", type=_positive_int, metavar="N",
                   help="processes coding articles side by side (default: one per core, or $EVENTDESK_WORKERS)")
    p.add_argument("--batch-size", type=_positive_int, metavar="N",
                   help="articles coded per batch (default 500, or $EVENTDESK_BATCH_SIZE)")
    p.add_argument("--dask", metavar="ADDRESS",
                   help="code the batches on this Dask cluster, e.g. tcp://scheduler:8786 (or $EVENTDESK_DASK); "
                        "publishing stays here, in one commit")
    p.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors (the exit status tells the rest)")
    p.add_argument("--json", action="store_true", help="print the run's row of the runs table as one JSON object on "
                                                       "stdout, with the path of its report")
    recode_days(p)

    p = command("report", cmd_report, help="write a run's HTML report (map, charts, rejects, validation)",
                description="Regenerates DIR/curated/reports/RUN_ID.html, a page that opens offline: events by "
                            "type, country and week, a time series, a map of the run's events over country "
                            "outlines, rejects by reason and the Great Expectations results.")
    p.add_argument("--run", metavar="RUN_ID", help="the run (default: the last one; `eventdesk status` lists them)")

    p = command("status", cmd_status, help="show the last runs, their counts and where their reports are")
    p.add_argument("--limit", "-n", type=int, default=5, help="how many runs (default 5)")
    p.add_argument("--json", action="store_true", help="print the runs as a JSON array")

    p = command("backfill", cmd_backfill, help="re-code the articles kept in data/raw from a range of days, fetching nothing",
                description="After a coder upgrade: codes again every article ingested (UTC ingest day) from "
                            "--since to --until, both included, and publishes the result; events keep their ids.")
    p.add_argument("--since", required=True, type=_date, help="first ingest day, YYYY-MM-DD")
    p.add_argument("--until", type=_date, default=dt.datetime.now(dt.timezone.utc).date(),
                   help="last ingest day, YYYY-MM-DD (default: today)")

    p = command("deleted", cmd_deleted, help="list the event ids withdrawn since a time (ACLED's deleted events)",
                description="CSV of event_id_cnty, deleted_timestamp, reason, replaced_by for ids withdrawn at "
                            "or after TS: drop them from your copy, then fetch events whose timestamp >= TS.")
    p.add_argument("--since", type=_unix, default=0, metavar="TS", help="unix time or ISO date/time (default: all)")

    p = command("export", cmd_export, help="write events as CSV, Parquet, Stata .dta or Excel in ACLED's column order",
                description="ACLED's 31 columns in ACLED's order, then eventdesk's extension columns; in CSV, "
                            ".dta and .xlsx, list columns are joined with '; '. Filters work as in ACLED's export "
                            "tool: repeat one (or join values with '|') for any of them; different filters must "
                            "all hold. The file is read back and checked before it is reported written.")
    p.add_argument("--output", "-o", required=True, help="file to write")
    p.add_argument("--format", choices=["csv", "parquet", "dta", "xlsx"], default=None,
                   help="default: from the file's extension, else csv")
    p.add_argument("--country", action="append", help="country name or ISO numeric code")
    p.add_argument("--region", action="append", help="ACLED region, e.g. 'Eastern Africa'")
    p.add_argument("--admin1", action="append", help="first-level subdivision")
    p.add_argument("--location", action="append", help="location name")
    p.add_argument("--since", type=_date, help="first event_date, YYYY-MM-DD")
    p.add_argument("--until", type=_date, help="last event_date, YYYY-MM-DD")
    p.add_argument("--event-type", action="append", help="one of ACLED's 6 event types, e.g. Protests")
    p.add_argument("--sub-event-type", action="append", help="one of ACLED's 25 sub-event types, e.g. 'Peaceful protest'")
    p.add_argument("--actor", action="append", help="part of an actor's name, either side, associated actors included")
    p.add_argument("--actor-type", action="append", help="inter code of either side, e.g. 'State forces'")
    p.add_argument("--interaction", action="append", help="e.g. 'State forces-Protesters' or ACLED's number 16")
    p.add_argument("--updated-since", metavar="TS", help="rows published at or after TS (the timestamp column): Unix "
                                                          "seconds or an ISO date/time, UTC")
    as_of(p)

    p = command("query", cmd_query, help="run SQL over the published tables in DuckDB",
                description="Tables: events, articles, event_mentions, deleted_events, rejects, runs. The export filters work "
                            "in SQL too: SELECT * FROM events e WHERE acled_filter(e, country := 'Kenya', "
                            "event_type := 'Protests|Riots', since := '2024-01-01').")
    p.add_argument("sql")
    p.add_argument("--format", choices=["table", "csv"], default="table")
    p.add_argument("--max-rows", type=int, default=50)
    as_of(p)

    p = command("evaluate", cmd_evaluate, data=False, help="code articles and score them against your hand-coded gold CSV",
                description="Runs the pipeline on ARTICLES into a scratch dataset and prints precision, recall, "
                            "F1 and per-field accuracy against GOLD (ACLED's columns plus article_id).")
    p.add_argument("--gold", required=True, help="gold CSV: ACLED columns plus article_id")
    p.add_argument("articles", nargs="+", help="the articles, in any format `run` reads")
    p.add_argument("--data-dir", type=Path, default=None, help="keep the scratch dataset here (default: a temp dir)")
    p.add_argument("--by", help="also break the figures down by this gold column")
    p.add_argument("--output", help="write the per-event comparison as CSV")

    p = sub.add_parser("gazetteer", help="extend the offline gazetteer")
    gsub = p.add_subparsers(dest="gazetteer_command", required=True, metavar="ACTION")
    g = gsub.add_parser("add", help="load a GeoNames country dump (XX.txt, tab-separated) for villages",
                        description="Adds the places of a GeoNames country file (e.g. KZ.txt from GeoNames' dump) "
                                    "to the gazetteer used by runs with the same --data-dir.")
    g.add_argument("file")
    data_dir(g)
    g.set_defaults(func=cmd_gazetteer_add)

    p = command("schema", cmd_schema, data=False, help="print or regenerate what derives from schemas/*.toml")
    p.add_argument("--expectations", action="store_true", help="rewrite expectations/*.json")
    p.add_argument("--docs", action="store_true", help="rewrite docs/tables.md and the codebook")
    p.add_argument("--codebook", action="store_true", help="rewrite docs/codebook.md and docs/codebook.html only")

    p = command("sources", cmd_sources, data=False, help="manage the sources file (DIR/sources.toml) that `run` reads by default")
    ssub = p.add_subparsers(dest="sources_command", required=True, metavar="ACTION")
    s = ssub.add_parser("add", help="add or replace a feed URL or a file/folder",
                        description="Adds a source to DIR/sources.toml (replacing one of the same name or location).")
    s.add_argument("location", help="feed URL (http/https) or path of a file or folder")
    s.add_argument("--name", help="unique name (default: the URL or path)")
    s.add_argument("--kind", choices=["feed", "file"], help="default: feed for URLs, file for paths")
    s.add_argument("--outlet", help="the outlet's name (wins over the feed's own title)")
    s.add_argument("--country", help="the outlet's country")
    s.add_argument("--language", help="ISO 639 code, used where the page does not say")
    s.add_argument("--schedule", choices=["nightly", "manual"], help="manual: read only when named on the command line")
    data_dir(s)
    s = ssub.add_parser("remove", help="remove a source by name or location")
    s.add_argument("name")
    data_dir(s)
    s = ssub.add_parser("list", help="print the sources, one a line")
    data_dir(s)
    s = ssub.add_parser("check", help="fetch each feed once and report its status (nothing is ingested)",
                        description="Exit 0 when every source answered, 3 when one did not.")
    s.add_argument("names", nargs="*", help="only these sources (names or locations)")
    data_dir(s)

    p = command("serve", cmd_serve, help="run the flow nightly on a cron schedule (needs `prefect server start`)")
    p.add_argument("sources", nargs="*", metavar="SOURCE")
    p.add_argument("--cron", default="0 2 * * *", help="cron schedule (default: 02:00 every night)")
    p.add_argument("--name", default="nightly")
    recode_days(p)
    return ap


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except FileNotFoundError as exc:
        msg = (f"{exc.filename}: no such file or folder; check the path (relative paths start from {Path.cwd()})"
               if exc.filename else exc)
        print(f"eventdesk {args.command}: {msg}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(f"eventdesk {args.command}: interrupted; published data is swapped in whole, so it is as it was "
              f"or as this run left it - `eventdesk status` tells which", file=sys.stderr)
        return 130
    except Exception as exc:  # one clear line, not a traceback; EVENTDESK_DEBUG=1 shows the traceback
        if os.environ.get("EVENTDESK_DEBUG"):
            raise
        print(f"eventdesk {args.command}: {_error_line(exc, args)}", file=sys.stderr)
        return EXIT_FAILED


def _error_line(exc: Exception, args) -> str:
    """What went wrong, on which file, and what to do about it."""
    first = (str(exc).strip().splitlines() or [""])[0]
    if isinstance(exc, OSError) and exc.filename:
        return (f"cannot use {exc.filename}: {exc.strerror or first}; check that the path is right and that "
                f"you may read and write there")
    try:
        import duckdb

        if isinstance(exc, duckdb.Error):
            return (f"{first} (the tables are events, articles, event_mentions, rejects and runs of "
                    f"{Path(args.data_dir) / 'curated'}; docs/tables.md lists their columns)")
    except ImportError:
        pass
    return f"{type(exc).__name__}: {first} (set EVENTDESK_DEBUG=1 to see where it happened)"


if __name__ == "__main__":
    sys.exit(main())
