"""`make bench`: query speed on a large published events table (issue #15's target: < 1 s each).

Generates N synthetic events (default 10 M) straight into the published layout of store.py: one
version folder, events under year=YYYY/, rows sorted by event_date, cut into files by store.chunks (a
month per file, at most ROWS_PER_FILE rows) in row groups of ROW_GROUP_ROWS, a manifest, CURRENT and catalog.duckdb written by store.write_catalog. Going through store.Writer would
hash every row and split partitions in Python, which is the nightly path, not what this measures.
The generated data is cached under benchmarks/out/ (gitignored) and reused when its parameters match.

Then times three queries through the catalog (DuckDB): weekly counts by country and event type; the top
20 actors by events in a year; a filtered CSV export of one country-year via eventdesk.export.export.
Prints figures and writes benchmarks/out/queries.json; asserts nothing.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import sys
import time
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "out"

COUNTRIES = [("Kenya", 404, "Eastern Africa"), ("Nigeria", 566, "Western Africa"), ("Sudan", 729, "Northern Africa"),
             ("Mexico", 484, "Central America"), ("India", 356, "South Asia"), ("Ukraine", 804, "Europe"),
             ("Brazil", 76, "South America"), ("Pakistan", 586, "South Asia"), ("Yemen", 887, "Middle East"),
             ("Colombia", 170, "South America"), ("Myanmar", 104, "Southeast Asia"), ("Somalia", 706, "Eastern Africa")]
# more countries so a country-year is a realistic slice (~1/60 of a year), named generically
COUNTRIES += [(f"Country {i:02d}", 900 + i, "Other") for i in range(48)]
YEARS = list(range(2018, 2026))


def filler(c):
    if c.allowed:
        return [c.allowed[0]] if c.is_list else c.allowed[0]
    if c.is_list:
        return ["synthetic"]
    return {"string": "synthetic", "float64": 0.5}.get(c.type, 1)


def generate(data_dir: Path, n: int, seed: int, rows_per_file: int, row_group: int | None = None) -> dict:
    """Write n synthetic events as version v000001 of data_dir/curated; return the generation figures."""
    from eventdesk import schema, store

    t0 = time.perf_counter()
    curated = data_dir / "curated"
    shutil.rmtree(curated, ignore_errors=True)
    vname = "v000001"
    vdir = curated / store.VERSIONS / vname
    vdir.mkdir(parents=True)
    ev = schema.table("events")
    target = ev.arrow_schema()
    rng = np.random.default_rng(seed)
    subs = [(s, et) for et, ss in ev.extra["hierarchy"].items() for s in ss]
    disorder = {s: d for d, ss in ev.extra["disorder"].items() for s in ss}
    actors = np.array([f"Synthetic Actor {i:04d}" for i in range(5000)], dtype=object)
    files, fp = [], store._fingerprint("events")
    per_year = np.bincount(rng.integers(0, len(YEARS), n), minlength=len(YEARS))
    seq = 0
    for yi, year in enumerate(YEARS):
        m = int(per_year[yi])
        start = np.datetime64(f"{year}-01-01")
        days = np.sort(rng.integers(0, 365, m)).astype("timedelta64[D]")
        dates = start + days
        ci = rng.integers(0, len(COUNTRIES), m)
        si = rng.integers(0, len(subs), m)
        # a skewed actor distribution, so a top 20 means something
        ai = np.minimum(rng.zipf(1.3, m) - 1, len(actors) - 1)
        a2 = np.minimum(rng.zipf(1.3, m) - 1, len(actors) - 1)
        cols = {}
        country = np.array([c[0] for c in COUNTRIES], dtype=object)[ci]
        iso = np.array([c[1] for c in COUNTRIES], dtype=np.int16)[ci]
        sub = np.array([s[0] for s in subs], dtype=object)[si]
        cols["event_id_cnty"] = pa.array([f"SYN{year}{i:08d}" for i in range(m)])
        cols["event_date"] = pa.array(dates.astype("datetime64[D]"), pa.date32())
        cols["year"] = pa.array(np.full(m, year, np.int32))
        cols["time_precision"] = pa.array(np.ones(m, np.int8))
        cols["disorder_type"] = pa.array(np.array([disorder[s[0]] for s in subs], dtype=object)[si])
        cols["event_type"] = pa.array(np.array([s[1] for s in subs], dtype=object)[si])
        cols["sub_event_type"] = pa.array(sub)
        cols["actor1"] = pa.array(actors[ai])
        cols["actor2"] = pa.array(actors[a2])
        cols["iso"] = pa.array(iso)
        cols["region"] = pa.array(np.array([c[2] for c in COUNTRIES], dtype=object)[ci])
        cols["country"] = pa.array(country)
        cols["location"] = pa.array(np.char.add("Town ", (ci * 100 + rng.integers(0, 100, m)).astype(str)).astype(object))
        cols["latitude"] = pa.array(rng.uniform(-30, 50, m))
        cols["longitude"] = pa.array(rng.uniform(-100, 120, m))
        cols["geo_precision"] = pa.array(np.ones(m, np.int8))
        cols["fatalities"] = pa.array(rng.poisson(0.5, m).astype(np.int32))
        cols["timestamp"] = pa.array(np.full(m, int(time.time()), np.int64))
        arrays = []
        for f in target:
            a = cols.get(f.name)
            if a is None and not f.nullable:  # a required column this benchmark does not vary: one valid value
                a = pa.array([filler(ev.column(f.name))] * m) if m else pa.array([], f.type)
            arrays.append(pa.nulls(m, f.type) if a is None else a.cast(f.type))
        table = pa.Table.from_arrays(arrays, schema=target)
        folder = vdir / "events" / f"year={year}"
        folder.mkdir(parents=True)
        for chunk, month in store.chunks("events", table):  # cut into files as the store cuts them
            seq += 1
            path = folder / f"part-{vname}-{seq:05d}.parquet"
            pq.write_table(chunk, path, compression="zstd", row_group_size=row_group)
            files.append({"path": str(path.relative_to(vdir)), "rows": chunk.num_rows, "bytes": path.stat().st_size,
                          "schema": fp} | ({"month": month} if month else {}))
    tables = {t: {"files": [], "columns": schema.table(t).names} for t in schema.TABLES}
    tables["events"] = {"files": files, "columns": ev.names}
    manifest = {"version": vname, "run_id": "bench-queries", "parent": None,
                "committed_at": dt.datetime.now(dt.timezone.utc).isoformat(),
                "bytes_written": sum(f["bytes"] for f in files), "tables": tables}
    (vdir / store.MANIFEST).write_text(json.dumps(manifest))
    store.write_catalog(store.Snapshot(curated, vname, manifest), curated / store.CATALOG)
    (curated / store.CURRENT).write_text(vname)
    return {"rows": n, "files": len(files), "rows_per_file": rows_per_file, "row_group_size": row_group,
            "bytes": manifest["bytes_written"], "generate_s": round(time.perf_counter() - t0, 2)}


def timed(fn, repeat: int) -> dict:
    """Wall time, and the CPU time of this process (all its threads: DuckDB's too), which a machine shared with
    other work inflates far less than the wall time."""
    times, cpu, result = [], [], None
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        result = fn()
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return {"first_s": round(times[0], 3), "best_s": round(min(times), 3), "best_cpu_s": round(min(cpu), 3),
            "result": result}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=10_000_000)
    ap.add_argument("--quick", action="store_true", help="1 M events instead of 10 M")
    ap.add_argument("--rows-per-file", type=int, default=None,
                    help="rows per Parquet file (default: store.ROWS_PER_FILE['events'], as published)")
    ap.add_argument("--row-group-size", type=int, default=None,
                    help="rows per Parquet row group (default: store.ROW_GROUP_ROWS['events'], as published)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--regenerate", action="store_true")
    ap.add_argument("--data-dir", type=Path, default=None)
    args = ap.parse_args()
    from eventdesk import export, publish, store

    n = 1_000_000 if args.quick else args.events
    per = args.rows_per_file or store.ROWS_PER_FILE["events"]
    store.ROWS_PER_FILE["events"] = per
    group = args.row_group_size or store.ROW_GROUP_ROWS.get("events")
    months = "-months" if store.MONTH_OF.get("events") else ""
    data_dir = args.data_dir or OUT / f"queries-{n}-{per}-{group or 'default'}{months}"
    stamp = data_dir / "generated.json"
    if args.regenerate or not stamp.exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        gen = generate(data_dir, n, 15, per, group)
        stamp.write_text(json.dumps(gen))
        print(f"generated {n:,} events in {gen['files']} files ({gen['bytes'] / 1e6:.0f} MB) in {gen['generate_s']} s")
    else:
        gen = json.loads(stamp.read_text())
        print(f"reusing {data_dir} ({gen['files']} files)")
    curated = data_dir / "curated"
    year = 2023

    def q(sql):
        def run():
            con = publish.connect(curated)
            try:
                return len(con.sql(sql).fetchall())
            finally:
                con.close()
        return run

    weekly = ("SELECT country, event_type, date_trunc('week', event_date) AS week, count(*) AS events "
              "FROM events GROUP BY ALL ORDER BY week, country, event_type")
    top = (f"SELECT actor, count(*) AS events FROM (SELECT actor1 AS actor FROM events WHERE year = {year} "
           f"UNION ALL SELECT actor2 FROM events WHERE year = {year} AND actor2 IS NOT NULL) "
           "GROUP BY actor ORDER BY events DESC, actor LIMIT 20")
    csv = data_dir / "export-kenya.csv"
    results = {
        "weekly_counts_by_country_event_type": timed(q(weekly), args.repeat),
        f"top20_actors_{year}": timed(q(top), args.repeat),
        f"export_csv_kenya_{year}": timed(lambda: export.export(data_dir, csv, country="Kenya", since=f"{year}-01-01",
                                                                until=f"{year}-12-31"), args.repeat),
    }
    print(f"\nQueries on {n:,} events, {gen['files']} files of at most {per} rows{months and ', a month each'}, "
          f"row groups of {gen.get('row_group_size') or per} (best of {args.repeat}; target < 1 s):")
    for k, v in results.items():
        print(f"  {k:40s} first {v['first_s']:7.3f} s   best {v['best_s']:7.3f} s   best CPU {v['best_cpu_s']:7.3f} s   "
              f"rows {v['result']:,}")
    print(f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    OUT.mkdir(parents=True, exist_ok=True)
    out = OUT / f"queries{'-quick' if args.quick else ''}.json"
    out.write_text(json.dumps({"command": " ".join(["benchmarks/queries.py"] + sys.argv[1:]), "data": gen,
                               "cpu_count": os.cpu_count(), "queries": results}, indent=1))
    print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
