"""Exports for statistical work: ACLED's 31 columns in ACLED's order, then the extensions.

Read through DuckDB over the published Parquet, so an export is exactly what a SQL user sees.
CSV joins list columns with '; ' and writes blanks for nulls, which R, Stata and pandas all read
without options; Parquet keeps lists and types.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from . import publish, schema


def export_sql(*, country: str | None = None, since: dt.date | None = None, until: dt.date | None = None,
               event_type: str | None = None, flat: bool = True) -> tuple[str, list]:
    cols = []
    for c in schema.table("events").columns:
        if c.is_list and flat:
            cols.append(f"array_to_string(\"{c.name}\", '; ') AS \"{c.name}\"")
        elif c.type == "date" and flat:
            cols.append(f"strftime(\"{c.name}\", '%Y-%m-%d') AS \"{c.name}\"")
        else:
            cols.append(f'"{c.name}"')
    where, params = [], []
    if country:
        where.append("(lower(country) = lower(?) OR CAST(iso AS VARCHAR) = ?)")
        params += [country, country]
    if since:
        where.append("event_date >= ?")
        params.append(since)
    if until:
        where.append("event_date <= ?")
        params.append(until)
    if event_type:
        where.append("lower(event_type) = lower(?)")
        params.append(event_type)
    sql = f"SELECT {', '.join(cols)} FROM events"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return sql + " ORDER BY event_date, event_id_cnty", params


def export(data_dir: Path, output: Path, fmt: str = "csv", as_of: str | None = None, **filters) -> int:
    curated = Path(data_dir) / "curated"
    sql, params = export_sql(flat=fmt == "csv", **filters)
    if fmt not in ("csv", "parquet"):
        raise ValueError(f"unknown format {fmt!r}: use csv or parquet")
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    con = publish.connect(curated, as_of=as_of)
    try:
        table = con.sql(sql, params=params).to_arrow_table()
        if fmt == "csv":
            # DuckDB quotes only where a value needs it, which every CSV reader in R and Stata takes as is
            con.from_arrow(table).write_csv(str(output), header=True)
        else:
            import pyarrow.parquet as pq

            pq.write_table(table, output, compression="zstd")
    finally:
        con.close()
    return table.num_rows


def query(data_dir: Path, sql: str, as_of: str | None = None):
    """Run SQL against the published version's views (read-only) and return a pandas DataFrame."""
    curated = Path(data_dir) / "curated"
    con = publish.connect(curated, as_of=as_of)
    try:
        return con.sql(sql).df()
    finally:
        con.close()
