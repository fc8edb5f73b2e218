"""Great Expectations suites derived from the table declarations, and running them.

This is the only module that imports great_expectations (it takes ~5 s to import), and it does
so lazily. Suites are plain JSON in expectations/, regenerated from schemas/ by
`eventdesk schema --expectations`, so a reviewer can read exactly what is checked.

Row-level expectations (column and column-pair map expectations) send the failing rows to
rejects and let the rest through. Table-level expectations (the column list) stop the run: a
table with the wrong shape must never reach data/curated/.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from . import schema
from .atomic import write_text
from .records import Reject

EXPECTATIONS_DIR = Path(__file__).resolve().parents[2] / "expectations"


class TableValidationError(RuntimeError):
    """A table-level expectation failed: nothing of this run may be published."""


def _list_regex(values) -> str:
    item = "|".join(re.escape(v) for v in values)
    return f"^(?:{item})(?:; (?:{item}))*$"


def suite_dict(name: str) -> dict:
    """The suite for one table, as GX's JSON form, derived from schemas/<name>.toml."""
    t = schema.table(name)
    exps: list[dict] = [
        {"type": "expect_table_columns_to_match_ordered_list", "kwargs": {"column_list": t.names}, "meta": {"level": "table"}}
    ]

    def row(kind, kwargs, why):
        exps.append({"type": kind, "kwargs": kwargs, "meta": {"level": "row", "why": why}})

    for c in t.columns:
        if not c.nullable:
            row("expect_column_values_to_not_be_null", {"column": c.name}, f"{c.name} is required")
        if c.is_list:
            if c.allowed:
                row("expect_column_values_to_match_regex", {"column": c.name, "regex": _list_regex(c.allowed)},
                    f"every item of {c.name} is in its vocabulary")
            elif not c.nullable:
                row("expect_column_values_to_match_regex", {"column": c.name, "regex": r"\S"}, f"{c.name} is not empty")
            continue
        if c.allowed:
            row("expect_column_values_to_be_in_set", {"column": c.name, "value_set": list(c.allowed)},
                f"{c.name} takes one of its declared values")
        if c.min is not None or c.max is not None:
            row("expect_column_values_to_be_between", {"column": c.name, "min_value": c.min, "max_value": c.max},
                f"{c.name} is within its range")
        if c.regex:
            row("expect_column_values_to_match_regex", {"column": c.name, "regex": c.regex}, f"{c.name} has the declared form")
        if c.unique:
            row("expect_column_values_to_be_unique", {"column": c.name}, f"{c.name} is unique")
    for chk in t.checks:
        if chk["kind"] == "pair_in_set":
            a, b = chk["columns"]
            pairs = [[k, v] for k, vs in t.extra[chk["from"]].items() for v in vs]
            if (a, b) == ("sub_event_type", "disorder_type"):
                pairs = [[v, k] for k, v in pairs]
            row("expect_column_pair_values_to_be_in_set", {"column_A": a, "column_B": b, "value_pairs_set": pairs},
                chk["description"])
        elif chk["kind"] == "regex_where":
            row("expect_column_values_to_match_regex",
                {"column": chk["column"], "regex": chk["regex"], "row_condition": chk["where"], "condition_parser": "pandas"},
                chk["description"])
        elif chk["kind"] == "a_ge_b":
            a, b = chk["columns"]
            row("expect_column_pair_values_a_to_be_greater_than_b",
                {"column_A": a, "column_B": b, "or_equal": True, "ignore_row_if": "either_value_is_missing"},
                chk["description"])
        else:
            raise ValueError(f"schemas/{name}.toml: unknown check kind {chk['kind']!r}")
    # where a row_condition filters rows the column must still exist; nulls are what not_null is for
    return {"name": name, "expectations": exps, "meta": {"derived_from": f"schemas/{name}.toml"}}


def write_expectations(directory: Path = EXPECTATIONS_DIR) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    out = []
    for name in schema.TABLES:
        p = directory / f"{name}.json"
        p.write_text(json.dumps(suite_dict(name), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        out.append(p)
    return out


def load_suite(name: str) -> dict:
    """The committed JSON suite; derived on the fly where expectations/ is not shipped (wheel installs)."""
    p = EXPECTATIONS_DIR / f"{name}.json"
    return json.loads(p.read_text(encoding="utf-8")) if p.exists() else suite_dict(name)


def validation_frame(name: str, df: pd.DataFrame) -> pd.DataFrame:
    """What GX sees: list columns joined with '; ' (empty lists as nulls), index 0..n-1 for reject lookup."""
    t = schema.table(name)
    out = df.reset_index(drop=True).copy()
    for c in t.columns:
        if c.is_list and c.name in out:
            out[c.name] = out[c.name].map(lambda v: "; ".join(v) if v is not None and len(v) else None).astype(object)
    return out


@dataclass
class Outcome:
    table: str
    passed: pd.DataFrame
    rejects: list[Reject]
    result: dict  # GX's validation result, JSON-ready


@lru_cache(maxsize=1)
def _context():
    import logging

    import great_expectations as gx

    from great_expectations.data_context.types.base import DataContextConfig, InMemoryStoreBackendDefaults

    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    _register_vectorised_pair_check()
    # no temporary Data Docs folder (GX's default, deleted at exit): keep_results builds them under reports/
    ctx = gx.get_context(mode="ephemeral", project_config=DataContextConfig(
        store_backend_defaults=InMemoryStoreBackendDefaults(init_temp_docs_sites=False)))
    ctx.variables.progress_bars = {"globally": False}
    return ctx


def _register_vectorised_pair_check() -> None:
    """GX 1.x answers expect_column_pair_values_to_be_in_set on pandas with a loop over DataFrame.iterrows, the
    dearest step of validating a run's events while the workers wait. The same metric, registered again for pandas
    in its place, reads the two columns side by side: row by row the same answer (a missing value, None, NaN or
    pd.NA, stands as None in the pair; the row passes when its pair is in the set), so GX still runs the
    expectation, with the same results, at a small fraction of the cost. Called once, after GX's logger is set to
    errors only (GX warns that a metric is registered again)."""
    import numpy as np
    from great_expectations.execution_engine import PandasExecutionEngine
    from great_expectations.expectations.metrics.column_pair_map_metrics.column_pair_values_in_set import (
        ColumnPairValuesInSet)
    from great_expectations.expectations.metrics.map_metric_provider import column_pair_condition_partial

    class PairValuesInSetByColumns(ColumnPairValuesInSet):
        @column_pair_condition_partial(engine=PandasExecutionEngine)
        def _pandas(cls, column_A, column_B, **kwargs):
            pairs = kwargs.get("value_pairs_set")
            if pairs is None:  # vacuously true, as GX's own
                return np.ones(len(column_A), dtype=np.bool_)
            pairs = {(x, y) for x, y in pairs}
            both = pd.DataFrame({"A": column_A, "B": column_B})  # (aligned on the index, as GX's own)
            return pd.Series([(None if pd.isnull(a) else a, None if pd.isnull(b) else b) in pairs
                              for a, b in zip(both["A"], both["B"])], index=both.index, dtype=bool)


_build_lock = threading.Lock()  # warm_up's thread and the run may both ask for a suite: build each once


def _validation_definition(name: str):
    """The table's suite bound to a dataframe batch, built once per process and reused for every table and batch."""
    with _build_lock:
        return _build_definition(name)


def warm_up(names: tuple[str, ...] = tuple(schema.TABLES)) -> threading.Thread:
    """Import GX and build the suites in a background thread: the import takes seconds, and a run can overlap
    it with Prefect's server start and extraction. Any error is left for validate() to raise in the run."""
    def build():
        try:
            for n in names:
                _validation_definition(n)
        except Exception:  # noqa: BLE001  validate() rebuilds (lru_cache keeps no failure) and raises there
            logging.getLogger(__name__).debug("GX warm-up failed", exc_info=True)

    t = threading.Thread(target=build, name="eventdesk-gx-warm-up", daemon=True)
    t.start()
    return t


@lru_cache(maxsize=None)
def _build_definition(name: str):
    import great_expectations as gx
    from great_expectations.expectations.expectation_configuration import ExpectationConfiguration

    ctx = _context()
    spec = load_suite(name)
    suite = ctx.suites.add(gx.ExpectationSuite(
        name=f"eventdesk.{name}",
        expectations=[ExpectationConfiguration(**e).to_domain_obj() for e in spec["expectations"]],
    ))
    batch = ctx.data_sources.add_pandas(f"eventdesk.{name}").add_dataframe_asset(name).add_batch_definition_whole_dataframe(name)
    return ctx.validation_definitions.add(gx.ValidationDefinition(name=f"eventdesk.{name}", data=batch, suite=suite))


def _short(v, n=200) -> str | None:
    if v is None:
        return None
    s = v if isinstance(v, str) else json.dumps(v, default=str, ensure_ascii=False)
    return s if len(s) <= n else s[: n - 1] + "…"


def _run_identifier(run_name: str):
    """GX's run id with the time given: left out, GX reads the time out of the run name with dateutil, which takes
    a run name's hex suffix such as "-91a11a" for a UTC offset of 91 hours and fails."""
    from great_expectations.core.run_identifier import RunIdentifier

    return RunIdentifier(run_name=run_name, run_time=dt.datetime.now(dt.timezone.utc))


# Rows GX sees at once. Each call costs ~50 ms whatever its size, and its working copies grow with the rows: a run's
# events and mentions, validated as one frame, made the end of a large run its memory peak.
SLICE_ROWS = 2000


def validate(name: str, df, key: str | None = None, run_name: str | None = None, rows: int | None = None) -> Outcome:
    """Run the table's suite; split rows into passed and rejected, or raise on a table-level failure.

    `df` is a DataFrame or an Arrow table. A table of more than `rows` (SLICE_ROWS) rows is validated in slices (an
    Arrow table becomes pandas one slice at a time); the expectations that span rows, the columns schemas/ declares
    unique, are also checked across the slices (duplicated_values), so the same rows are quarantined, for the same
    reasons, as when GX sees the table whole. With run_name, the result is also held for keep_results(run_name, ...),
    failures included."""
    rows = rows or SLICE_ROWS
    arrow = hasattr(df, "num_rows")  # an Arrow table (pyarrow is imported only when one comes)
    n = df.num_rows if arrow else len(df)
    if n <= rows:
        return _validate(name, df.to_pandas() if arrow else df, key, run_name)[0]
    was_held = bool(run_name) and name in _HELD.get(run_name, {})
    across = {c: duplicated_values(df, c) for c in unique_columns(name)}
    keep = [True] * n
    rejects: list[Reject] = []
    first = None
    for start in range(0, n, rows):
        part = df.slice(start, rows).to_pandas() if arrow else df.iloc[start:start + rows]
        out, bad = _validate(name, part, key, run_name, across)
        first = first or out.result
        rejects += out.rejects
        for i in bad:
            keep[start + i] = False
        part = out = None
    if arrow:
        import pyarrow as pa

        passed = df.filter(pa.array(keep)).to_pandas()
    else:
        passed = df.reset_index(drop=True)[keep].reset_index(drop=True)
    result = _HELD[run_name][name] if run_name else first
    if not was_held:  # this call's result stands for the whole table: say so, with its row count
        result["meta"] = dict(result.get("meta") or {}, slices=-(-n // rows), rows_per_slice=rows)
        for r in result.get("results", []):
            if isinstance(r.get("result"), dict) and "element_count" in r["result"]:
                r["result"]["element_count"] = n
    return Outcome(name, passed, rejects, result)


def unique_columns(name: str) -> list[str]:
    """The columns schemas/<name>.toml declares unique: the row-level expectations that span rows."""
    return [c.name for c in schema.table(name).columns if c.unique and not c.is_list]


def duplicated_values(df, column: str) -> frozenset:
    """The values of `column` that more than one row holds (nulls aside), over the whole table: one pass over the
    column, which GX's expect_column_values_to_be_unique fails in every row that holds them."""
    import pyarrow as pa
    import pyarrow.compute as pc

    col = df.column(column) if hasattr(df, "num_rows") else pa.array(df[column], from_pandas=True)
    counts = pc.value_counts(col.combine_chunks() if hasattr(col, "combine_chunks") else col)
    values, times = counts.field("values"), counts.field("counts")
    return frozenset(v for v in pc.filter(values, pc.greater(times, 1)).to_pylist() if v is not None)


def _unique_failure(result, column: str) -> int | None:
    """Where the column's uniqueness expectation sits in a GX result (dict or object), or None."""
    return _position(result, "expect_column_values_to_be_unique", {"column": column})


def _position(result, kind: str, kwargs: dict) -> int | None:
    """Where an expectation (of this type, with these kwargs among its own) sits in a GX result (dict or object)."""
    for pos, r in enumerate(result["results"] if isinstance(result, dict) else result.results):
        cfg = r["expectation_config"] if isinstance(r, dict) else r.expectation_config
        k, kw = (cfg["type"], cfg["kwargs"]) if isinstance(cfg, dict) else (cfg.type, cfg.kwargs)
        if k == kind and all(kw.get(a) == b for a, b in kwargs.items()):
            return pos
    return None


def _add_failures(result: dict, pos: int | None, count: int, values: list) -> None:
    """Count, in a held GX result, `count` more failing rows of the expectation at `pos` (rows of a later slice or
    batch, or failing uniqueness only across slices), with a few of their values."""
    if pos is None or not count:
        return
    r = result["results"][pos]
    res = r.setdefault("result", {})
    if r.get("success", True):
        stats = result.get("statistics") or {}
        if "successful_expectations" in stats:
            stats["successful_expectations"] -= 1
            stats["unsuccessful_expectations"] = stats.get("unsuccessful_expectations", 0) + 1
            if stats.get("evaluated_expectations"):
                stats["success_percent"] = 100 * stats["successful_expectations"] / stats["evaluated_expectations"]
    r["success"] = result["success"] = False
    res["unexpected_count"] = (res.get("unexpected_count") or 0) + count
    shown = res.get("partial_unexpected_list") or []
    res["partial_unexpected_list"] = shown + list(values)[: max(0, 20 - len(shown))]


def _merge_failures(held: dict, later: dict) -> None:
    """Add a later slice's (or batch's) failures to the result held for the table, so the report counts them all."""
    for r in later.get("results", []):
        if r.get("success", True):
            continue
        cfg = r.get("expectation_config") or {}
        res = r.get("result") or {}
        _add_failures(held, _position(held, cfg.get("type"), cfg.get("kwargs") or {}), res.get("unexpected_count") or 1,
                      res.get("partial_unexpected_list") or [])


def _validate(name: str, df: pd.DataFrame, key: str | None, run_name: str | None,
              across: dict[str, frozenset] | None = None) -> tuple[Outcome, list[int]]:
    """validate() on one frame (a slice); `across` holds, per unique column, the values duplicated anywhere in the
    table, whose rows fail uniqueness here even where GX, seeing this slice alone, found them unique. Returns the
    outcome and the rejected row positions."""
    frame = validation_frame(name, df)
    original = df.reset_index(drop=True)
    if frame.empty:
        # GX cannot evaluate map expectations on zero rows with pandas' str dtype; only the shape matters then
        if list(frame.columns) != schema.table(name).names:
            raise TableValidationError(f"{name}: columns {list(frame.columns)} differ from schemas/{name}.toml")
        empty = {"success": True, "results": [], "note": "empty table"}
        if run_name:
            _HELD.setdefault(run_name, {})[name] = empty
        return Outcome(name, original, [], empty), []
    # rows whose value is duplicated in another slice: failures GX cannot see here
    spanning = {c: [i for i, v in enumerate(frame[c]) if v in dup] for c, dup in (across or {}).items() if dup}
    spanning = {c: rows for c, rows in spanning.items() if rows}
    definition = _validation_definition(name)
    if run_name and name in _HELD.get(run_name, {}):
        # A later batch or slice of a table this run has validated (a streamed run's articles, a large table's
        # slices): the same expectations on every row, asking GX only whether each passed, which costs half as
        # much as listing the failing rows. The rows of a failing batch are then found by running it again in
        # full, and its failures are added to the result held for the report (the first batch's).
        quick = definition.run(batch_parameters={"dataframe": frame}, result_format={"result_format": "BOOLEAN_ONLY"},
                               run_id=_run_identifier(run_name))
        _forget(quick)
        if quick.success and not spanning:
            return Outcome(name, original, [], quick.to_json_dict()), []
    result = definition.run(
        batch_parameters={"dataframe": frame}, result_format={"result_format": "COMPLETE"},
        run_id=_run_identifier(run_name) if run_name else None,
    )
    held = bool(run_name) and name in _HELD.get(run_name, {})
    if not run_name or held and result.success:
        _forget(result)  # no run will build Data Docs from it (a passing later slice adds no page either)
    elif held:  # a failing later slice or batch: its page stays for Data Docs, its failures join the held result
        _merge_failures(_HELD[run_name][name], result.to_json_dict())
    else:
        _HELD.setdefault(run_name, {})[name] = result.to_json_dict()
    bad: dict[int, list[tuple[int, str, object]]] = {}
    table_failures = []
    for pos, r in enumerate(result.results):
        cfg = r.expectation_config
        if r.success:
            continue
        if (cfg.meta or {}).get("level") == "table" or r.result.get("unexpected_index_list") is None:
            table_failures.append(f"{cfg.type}({cfg.kwargs.get('column', '')}): {r.result.get('details') or r.result.get('observed_value')}")
            continue
        cols = [cfg.kwargs[k] for k in ("column", "column_A", "column_B") if k in cfg.kwargs]
        for i, v in zip(r.result["unexpected_index_list"], r.result.get("unexpected_list") or []):
            bad.setdefault(int(i), []).append((pos, f"{cfg.type}({', '.join(cols)})", v))
    if table_failures:
        if run_name:
            _HELD[run_name][name]["table_failure"] = True
        raise TableValidationError(f"{name}: " + "; ".join(table_failures))
    json_result = _HELD[run_name][name] if run_name else result.to_json_dict()
    for c, rows in spanning.items():
        pos = _unique_failure(result, c)
        reason = f"expect_column_values_to_be_unique({c})"
        added = []
        for i in rows:
            if not any(f[1] == reason for f in bad.get(i, ())):
                bad.setdefault(i, []).append((-1 if pos is None else pos, reason, frame[c].iat[i]))
                added.append(frame[c].iat[i])
        if added:
            _add_failures(json_result, _unique_failure(json_result, c), len(added), added)
    rejects = []
    key = key or (schema.table(name).key[0] if schema.table(name).key else None)
    for i, fails in sorted(bad.items()):
        rec = original.iloc[i].to_dict()
        for _, reason, value in sorted(fails, key=lambda f: f[0]):
            rejects.append(Reject(stage="validate", table=name, origin=str(rec.get(key)) if key else f"row {i}",
                                  reason=reason, value=_short(value),
                                  record=_short({k: v for k, v in rec.items() if k != "text"}, 4000)))
    passed = original.drop(index=list(bad)).reset_index(drop=True)
    return Outcome(name, passed, rejects, json_result), list(bad)


def _forget(result) -> None:
    """Drop a result GX kept in the context's (in-memory) results store, which keep_results builds Data Docs from."""
    run_id = result.meta.get("run_id")
    store = _context().validation_results_store
    for k in store.list_keys():
        if k.run_id == run_id:
            store.remove_key(k)


# GX results of runs in progress, by run name, until keep_results writes them out
_HELD: dict[str, dict[str, dict]] = {}


def held_result(run_name: str, table: str) -> dict | None:
    """The GX result last held for a table of a run in progress (a streamed run validates articles per batch)."""
    return _HELD.get(run_name, {}).get(table)


def hold_result(run_name: str, table: str, result: dict) -> None:
    """Hold this result for the table instead (e.g. the batch that failed, not the last one)."""
    _HELD.setdefault(run_name, {})[table] = result


def _trim(result: dict, n: int = 20) -> dict:
    """A result without its full lists of failing values and row indexes (those rows are in rejects)."""
    out = dict(result)
    out["results"] = []
    for r in result.get("results", []):
        r = dict(r)
        res = dict(r.get("result") or {})
        for k in ("unexpected_list", "unexpected_index_list", "partial_unexpected_index_list", "unexpected_index_query"):
            if isinstance(res.get(k), list) and len(res[k]) > n:
                res[k] = res[k][:n]
        r["result"] = res
        out["results"].append(r)
    return out


def keep_results(run_name: str, directory: Path) -> Path | None:
    """Write the run's GX results to directory/validation.json and its Data Docs to directory/datadocs/.

    directory is data/curated/reports/<run_id>/: the results outlive the process, where GX's
    ephemeral context would keep its Data Docs in a temporary folder deleted at exit. Returns
    the Data Docs index, or None when validation never ran (the run stopped before it)."""
    held = _HELD.pop(run_name, None)
    if not held:
        return None
    directory = Path(directory).resolve()  # GX's site builder takes absolute paths only
    directory.mkdir(parents=True, exist_ok=True)
    write_text(directory / "validation.json",
               json.dumps({k: _trim(v) for k, v in held.items()}, indent=1, ensure_ascii=False, default=str) + "\n")
    ctx = _context()
    store = ctx.validation_results_store
    keys = [k for k in store.list_keys() if getattr(k.run_id, "run_name", None) == run_name]
    if not keys:
        return None
    site = {"class_name": "SiteBuilder", "show_how_to_buttons": False,
            "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(directory / "datadocs")},
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"}}
    name = "eventdesk"
    if name in (ctx.list_data_docs_sites() or {}):
        ctx.update_data_docs_site(name, site)
    else:
        ctx.add_data_docs_site(name, site)
    try:
        ctx.build_data_docs(site_names=[name], resource_identifiers=keys)
    finally:
        for k in keys:  # a long-lived `eventdesk serve` must not pile up every night's results in memory
            store.remove_key(k)
    _prune_static(directory / "datadocs")
    index = directory / "datadocs" / "index.html"
    return index if index.exists() else None


def _prune_static(site: Path) -> None:
    """Drop the static images no page of the site shows (GX copies 3.4 MB of tutorial GIFs into every site)."""
    pages = " ".join(p.read_text(encoding="utf-8", errors="ignore") for p in site.rglob("*") if p.suffix in (".html", ".css"))
    for img in (site / "static" / "images").glob("*"):
        if img.is_file() and img.name not in pages:
            img.unlink()
