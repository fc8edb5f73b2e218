"""Exports for statistical work: ACLED's 31 columns in ACLED's order, then the extensions.

Rows are selected through the catalog with the same `events_filtered` macro SQL users have (filters.py),
so an export is exactly what a query sees. CSV is UTF-8 with ISO dates, integers as integers and blanks
for nulls, which R, Stata and pandas read without options; Parquet keeps lists and types; Stata gets the
codebook's variable labels and value labels for the coded columns; Excel gets a second sheet describing
the columns. In every format but Parquet the list columns are joined with '; '.

Every file is written beside its destination, read back and compared with the selected rows, column by
column and type by type, and only then moved into place: a file that is reported written reads back as
the declared schema says.
"""
from __future__ import annotations

import datetime as dt
import math
import os
import re
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from . import codebook, filters, publish, schema

FORMATS = ("csv", "parquet", "dta", "xlsx")
LIST_SEP = "; "
STATA_NAME_MAX = 32
STATA_STR_MAX = 2045  # bytes; longer strings are written as strL
EXCEL_CELL_MAX = 32767
EXCEL_ROWS_MAX = 1_048_575  # one row is the header


class ExportCheckError(RuntimeError):
    """The file written does not read back as the rows selected: it is removed and nothing is reported written."""


def format_of(output: Path, fmt: str | None) -> str:
    """The format asked for, else the one the file name ends in (.csv, .parquet, .dta, .xlsx), else csv."""
    if fmt is None:
        suffix = Path(output).suffix.lower().lstrip(".")
        fmt = {"pq": "parquet"}.get(suffix, suffix) if suffix in FORMATS + ("pq",) else "csv"
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    return fmt


def _filter_values(given: dict) -> dict[str, str]:
    unknown = set(given) - set(filters.NAMES)
    if unknown:
        raise ValueError(f"unknown filter(s) {sorted(unknown)}: use {', '.join(filters.NAMES)}")
    out = {}
    for name, value in given.items():
        if value is None or value == [] or value == "":
            continue
        values = value if isinstance(value, (list, tuple, set)) else [value]
        out[name] = "|".join(v.isoformat() if isinstance(v, (dt.date, dt.datetime)) else str(v) for v in values)
    if "updated_since" in out:
        out["updated_since"] = str(unix_time(out["updated_since"]))
    return out


def unix_time(value) -> int:
    """Unix seconds from an integer or an ISO date/time (UTC unless it carries an offset)."""
    text = str(value).strip()
    if re.fullmatch(r"\d+", text):
        return int(text)
    try:
        when = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"--updated-since wants Unix seconds or an ISO date/time (2024-03-05, 2024-03-05T12:00); "
                         f"got {text!r}") from None
    return int((when if when.tzinfo else when.replace(tzinfo=dt.timezone.utc)).timestamp())


def select(data_dir: Path, as_of: str | None = None, **given) -> pa.Table:
    """The published events that pass the filters (of the version `as_of` names, else the current one), in the
    declared schema, by date then id."""
    curated = Path(data_dir) / "curated"
    if not (curated / publish.CATALOG).exists():
        raise FileNotFoundError(f"{curated / publish.CATALOG} does not exist: run `eventdesk run` first")
    values = _filter_values(given)
    con = publish.connect(curated, as_of=as_of)
    try:
        con.execute(filters.macro_sql("_export_filter", temporary=True))  # the catalog's may predate this eventdesk
        args = "".join(f", {name} := ?" for name in values)
        # the macro's own date bounds again, as plain comparisons DuckDB can check against each file's and row
        # group's min and max, so an export of one year reads that year only (the macro alone reads every row)
        bounds = [(op, values[k]) for k, op in (("since", ">="), ("until", "<=")) if k in values]
        plain = "".join(f" AND e.event_date {op} CAST(? AS DATE)" for op, _ in bounds)
        table = con.sql(f"SELECT * FROM events e WHERE _export_filter(e{args}){plain} "
                        "ORDER BY e.event_date, e.event_id_cnty",
                        params=list(values.values()) + [v for _, v in bounds]).to_arrow_table()
    finally:
        con.close()
    return table.cast(schema.table("events").arrow_schema())


def flat(table: pa.Table) -> pa.Table:
    """Lists joined with '; ' and empty text as null: the table as CSV, Stata and Excel hold it."""
    cols, fields = [], []
    for f in table.schema:
        col = table.column(f.name)
        if pa.types.is_list(f.type):
            col = pc.binary_join(col, LIST_SEP)
            f = pa.field(f.name, pa.string(), nullable=True)
        if pa.types.is_string(f.type):
            col = pc.if_else(pc.equal(col, ""), pa.scalar(None, pa.string()), col)
        cols.append(col)
        fields.append(f)
    return pa.Table.from_arrays(cols, schema=pa.schema(fields))


# ---------------------------------------------------------------------------------------- read-back check

def _kind(t: pa.DataType) -> str:
    if pa.types.is_integer(t):
        return "int"
    if pa.types.is_floating(t):
        return "float"
    if pa.types.is_date(t):
        return "date"
    return "str"


def _norm(value, kind: str):
    """A read-back value as a Python value of its declared kind, or a marker naming what it really was."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value == "":
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()  # numpy scalars
    if kind == "int":
        return value if isinstance(value, int) and not isinstance(value, bool) else ("not an integer", value)
    if kind == "float":
        return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else ("not a number", value)
    if kind == "date":
        if isinstance(value, dt.datetime):
            return value.date() if value.time() == dt.time(0) else ("not a date", value)
        return value if isinstance(value, dt.date) else ("not a date", value)
    return value if isinstance(value, str) else ("not text", value)


def _compare(path: Path, expected: pa.Table, got: dict[str, list], convert=None) -> None:
    """Row count, column names and order, and every value with its type, against the rows written."""
    names = expected.column_names
    if list(got) != names:
        raise ExportCheckError(f"{path}: columns read back {list(got)} differ from schemas/events.toml {names}")
    for f in expected.schema:
        want = expected.column(f.name).to_pylist()
        have = got[f.name]
        if len(have) != len(want):
            raise ExportCheckError(f"{path}: {len(have)} rows read back, {len(want)} written")
        kind = _kind(f.type)
        for i, (w, h) in enumerate(zip(want, have)):
            h = convert(f.name, h) if convert else h
            if _norm(h, kind) != (None if w == "" else w):
                raise ExportCheckError(f"{path}: column {f.name}, row {i + 1}: wrote {w!r} ({f.type}), read back {h!r}")


# ---------------------------------------------------------------------------------------- writers

def _write_csv(table: pa.Table, path: Path) -> None:
    import duckdb

    # DuckDB quotes only the values that need it (pyarrow quotes every text value and the header)
    con = duckdb.connect()
    try:
        con.from_arrow(flat(table)).write_csv(str(path), header=True)
    finally:
        con.close()


def _check_csv(table: pa.Table, path: Path) -> None:
    import pyarrow.csv as csv

    data = flat(table)
    try:  # every column parsed as its declared type: "800.0" in an integer column fails here
        back = csv.read_csv(path, parse_options=csv.ParseOptions(newlines_in_values=True),
                            convert_options=csv.ConvertOptions(column_types=data.schema, strings_can_be_null=True,
                                                               quoted_strings_can_be_null=True, null_values=[""]))
    except pa.ArrowInvalid as exc:
        raise ExportCheckError(f"{path}: does not read back as the declared types: {exc}") from None
    if [(f.name, f.type) for f in back.schema] != [(f.name, f.type) for f in data.schema]:
        raise ExportCheckError(f"{path}: read back as {back.schema}, not the declared {data.schema}")
    if back.equals(data):  # same types, same values (nulls included): the value-by-value pass would find nothing
        return
    _compare(path, data, {n: back.column(n).to_pylist() for n in back.column_names})


def _write_parquet(table: pa.Table, path: Path) -> None:
    import pyarrow.parquet as pq

    pq.write_table(table, path, compression="zstd")


def _check_parquet(table: pa.Table, path: Path) -> None:
    import pyarrow.parquet as pq

    back = pq.read_table(path)
    declared = schema.table("events").arrow_schema()
    if not back.schema.remove_metadata().equals(declared):
        raise ExportCheckError(f"{path}: read back as {back.schema}, not the declared {declared}")
    if not back.equals(table):
        raise ExportCheckError(f"{path}: the rows read back differ from the rows written")


def _stata_frame(data: pa.Table):
    import pandas as pd

    df = pd.DataFrame(index=range(data.num_rows))
    labels = codebook.stata_value_labels()
    for f in data.schema:
        values = data.column(f.name).to_pylist()
        if len(f.name) > STATA_NAME_MAX or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", f.name):
            raise ValueError(f"column {f.name!r} is not a valid Stata variable name (letters, digits, _; at most 32)")
        if f.name in labels:
            code = codebook.codes(f.name)
            unknown = {v for v in values if v is not None and v not in code}
            if unknown:
                raise ValueError(f"{f.name}: values {sorted(map(str, unknown))} have no code in schemas/codebook.toml")
            df[f.name] = pd.array([None if v is None else code[v] for v in values], dtype="Int16")
        elif pa.types.is_date(f.type):
            df[f.name] = pd.to_datetime(pd.Series(values, dtype=object))
        elif pa.types.is_integer(f.type):
            df[f.name] = pd.array(values, dtype="Int64" if pa.types.is_int64(f.type) else "Int32")
        elif pa.types.is_floating(f.type):
            df[f.name] = pd.array(values, dtype="float64")
        else:
            df[f.name] = pd.Series(["" if v is None else v for v in values], dtype=object)
    return df


def _write_dta(table: pa.Table, path: Path) -> None:
    data = flat(table)
    df = _stata_frame(data)
    labels = {c: m for c, m in codebook.stata_value_labels().items() if c in df.columns}
    strl = [f.name for f in data.schema if pa.types.is_string(f.type) and f.name not in labels
            and any(len(v.encode("utf-8")) > STATA_STR_MAX for v in data.column(f.name).to_pylist() if v)]
    df.to_stata(path, write_index=False, version=118, convert_strl=strl, data_label="eventdesk events",
                convert_dates={f.name: "td" for f in data.schema if pa.types.is_date(f.type)},
                variable_labels={n: codebook.label(n) for n in data.column_names}, value_labels=labels)


def _check_dta(table: pa.Table, path: Path) -> None:
    import pandas as pd

    data = flat(table)
    labels = {c: m for c, m in codebook.stata_value_labels().items() if c in data.column_names}
    with pd.io.stata.StataReader(path) as reader:
        back = reader.read(convert_categoricals=False)
        var_labels, val_labels = reader.variable_labels(), reader.value_labels()
    want_vars = {n: codebook.label(n) for n in data.column_names}
    if var_labels != want_vars:
        bad = next(n for n in want_vars if var_labels.get(n) != want_vars[n])
        raise ExportCheckError(f"{path}: variable label of {bad} reads back as {var_labels.get(bad)!r}")
    for col, mapping in labels.items():
        if {int(k): v for k, v in val_labels.get(col, {}).items()} != mapping:
            raise ExportCheckError(f"{path}: value labels of {col} do not read back as schemas/codebook.toml gives them")
    decode = {c: {code: v for v, code in codebook.codes(c).items()} for c in labels}

    def convert(name, v):
        if name in decode:
            return None if v is None or (isinstance(v, float) and math.isnan(v)) else decode[name].get(int(v), ("no label", v))
        if hasattr(v, "to_pydatetime"):
            return v.to_pydatetime()
        if _kind(data.schema.field(name).type) == "int" and isinstance(v, float) and not math.isnan(v) and v.is_integer():
            return int(v)  # Stata keeps a missing integer as a double missing value; pandas then reads a float
        return v

    _compare(path, data, {n: back[n].tolist() for n in back.columns}, convert)


_ILLEGAL_XLSX = re.compile(r"[\000-\010\013\014\016-\037]")


def _xlsx_data(table: pa.Table) -> pa.Table:
    """The flat table as a sheet can hold it: control characters dropped, cells and rows within Excel's limits."""
    data = flat(table)
    if data.num_rows > EXCEL_ROWS_MAX:
        raise ValueError(f"{data.num_rows} rows do not fit an Excel sheet ({EXCEL_ROWS_MAX}): filter, or use csv or parquet")
    # control characters cannot be stored in a sheet; they are dropped here and the check compares without them
    cols = []
    for f in data.schema:
        values = data.column(f.name).to_pylist()
        if pa.types.is_string(f.type):
            values = [None if v is None else (_ILLEGAL_XLSX.sub("", v) or None) for v in values]
            long = next((i for i, v in enumerate(values) if v and len(v) > EXCEL_CELL_MAX), None)
            if long is not None:
                raise ValueError(f"{f.name} of event {data.column('event_id_cnty')[long]} has {len(values[long])} "
                                 f"characters, more than an Excel cell holds ({EXCEL_CELL_MAX}): use csv or parquet")
        cols.append(values)
    return pa.Table.from_arrays([pa.array(v, type=f.type) for v, f in zip(cols, data.schema)], schema=data.schema)


def _write_xlsx(table: pa.Table, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    data = _xlsx_data(table)
    cols = [data.column(n).to_pylist() for n in data.column_names]
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("events")
    ws.freeze_panes = "A2"  # the header stays in view
    ws.append(data.column_names)
    for row in zip(*cols):
        cells = []
        for v in row:
            if isinstance(v, str) and v.startswith("="):  # text, not a formula
                cell = WriteOnlyCell(ws, value=v)
                cell.data_type = "s"
                v = cell
            elif isinstance(v, dt.date):
                cell = WriteOnlyCell(ws, value=v)
                cell.number_format = "yyyy-mm-dd"
                v = cell
            cells.append(v)
        ws.append(cells)
    about = wb.create_sheet("columns")
    about.append(["column", "type", "label", "description"])
    for c in schema.table("events").columns:
        about.append([c.name, c.type, codebook.label(c.name), c.description])
    wb.save(path)


def _check_xlsx(table: pa.Table, path: Path) -> None:
    from openpyxl import load_workbook

    data = _xlsx_data(table)
    wb = load_workbook(path, read_only=True)
    try:
        rows = list(wb["events"].iter_rows(values_only=True))
    finally:
        wb.close()
    header, body = list(rows[0]), rows[1:]
    _compare(path, data, {h: [r[i] for r in body] for i, h in enumerate(header)})


WRITERS = {"csv": _write_csv, "parquet": _write_parquet, "dta": _write_dta, "xlsx": _write_xlsx}
CHECKS = {"csv": _check_csv, "parquet": _check_parquet, "dta": _check_dta, "xlsx": _check_xlsx}


def check(fmt: str, table: pa.Table, path: Path) -> None:
    """Read `path` back and compare it with `table` (rows selected by `select`): ExportCheckError if it differs."""
    CHECKS[format_of(path, fmt)](table, path)


def export(data_dir: Path, output: Path, fmt: str | None = None, as_of: str | None = None, **given) -> int:
    """Write the filtered events to `output` in `fmt`; return the number of rows, once they read back right."""
    fmt = format_of(output, fmt)
    table = select(data_dir, as_of=as_of, **given)
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(f".{output.stem}.partial{output.suffix}")  # readers check the extension
    try:
        WRITERS[fmt](table, partial)
        check(fmt, table, partial)
        os.replace(partial, output)
    finally:
        partial.unlink(missing_ok=True)
    return table.num_rows


def query(data_dir: Path, sql: str, as_of: str | None = None):
    """Run SQL against the published version's views (read-only) and return a pandas DataFrame."""
    curated = Path(data_dir) / "curated"
    con = publish.connect(curated, as_of=as_of)
    try:
        return con.sql(sql).df()
    finally:
        con.close()


def catalog_macros() -> list[str]:
    """The macros the catalog holds (written by publish.write_catalog): see filters.py."""
    return filters.catalog_macros()
