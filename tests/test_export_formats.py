"""Stata and Excel exports read back by the tools analysts use: pandas, pyreadstat, openpyxl."""
import datetime as dt

import pandas as pd
import pytest
from export_data import published

from eventdesk import codebook, export, schema

NAMES = schema.table("events").names


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    return published(tmp_path_factory.mktemp("published"))


@pytest.fixture(scope="module")
def parquet(data, tmp_path_factory):
    out = tmp_path_factory.mktemp("pq") / "events.parquet"
    export.export(data, out)
    return pd.read_parquet(out)


@pytest.fixture(scope="module")
def dta(data, tmp_path_factory):
    out = tmp_path_factory.mktemp("dta") / "events.dta"
    assert export.export(data, out) == 4
    return out


def test_dta_round_trips_through_pandas_with_variable_and_value_labels(dta, parquet):
    with pd.io.stata.StataReader(dta) as reader:
        df = reader.read()  # coded columns come back as categoricals of their labels
        var_labels, val_labels = reader.variable_labels(), reader.value_labels()
    assert list(df.columns) == NAMES and len(df) == len(parquet)
    assert var_labels == {n: codebook.label(n) for n in NAMES}
    assert val_labels["event_type"] == {1: "Battles", 2: "Protests", 3: "Riots", 4: "Explosions/Remote violence",
                                        5: "Violence against civilians", 6: "Strategic developments"}
    assert val_labels["inter1"][6] == "Protesters" and val_labels["interaction"][16] == "State forces-Protesters"
    assert val_labels["time_precision"] == {1: "day", 2: "week, approximate day or publication day", 3: "month"}
    for col in ("event_type", "sub_event_type", "disorder_type", "inter1", "interaction", "region"):
        assert list(df[col].astype(str)) == list(parquet[col]), col
    assert list(df["inter2"].astype(object).where(df["inter2"].notna(), None)) == \
        list(parquet["inter2"].astype(object).where(parquet["inter2"].notna(), None))
    assert [d.date() for d in df["event_date"]] == list(parquet["event_date"])
    assert list(df["fatalities"]) == list(parquet["fatalities"]) and list(df["timestamp"]) == list(parquet["timestamp"])
    assert list(df["evidence"]) == list(parquet["evidence"])  # 2,100 é: stored as strL, whole
    assert list(df["tactics"]) == ["; ".join(t) for t in parquet["tactics"]]
    kisumu = df[df["event_id_cnty"] == "KEN2"].iloc[0]
    assert pd.isna(kisumu["crowd_size_low"]) and kisumu["notes"].startswith("=On 6 March")


def test_dta_round_trips_through_pyreadstat(dta, parquet):
    pyreadstat = pytest.importorskip("pyreadstat", reason="pyreadstat is a dev dependency (requirements.lock)")
    df, meta = pyreadstat.read_dta(str(dta), apply_value_formats=True)
    assert meta.column_names == NAMES and meta.number_rows == 4
    assert meta.column_names_to_labels == {n: codebook.label(n) for n in NAMES}
    assert meta.variable_value_labels["sub_event_type"] == {code: v for v, code in codebook.codes("sub_event_type").items()}
    assert meta.variable_value_labels["geo_precision"][2] == "near a town or part of a region"
    assert list(df["sub_event_type"]) == list(parquet["sub_event_type"])
    assert list(df["event_date"]) == list(parquet["event_date"])
    assert meta.readstat_variable_types["event_type"] in ("int8", "int16")  # a number with labels, as Stata wants it
    assert meta.readstat_variable_types["notes"] == "string"


def test_xlsx_keeps_types_and_text_and_describes_its_columns(data, parquet, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "events.xlsx"
    assert export.export(data, out) == 4
    wb = load_workbook(out)
    ws = wb["events"]
    rows = list(ws.iter_rows(values_only=True))
    assert list(rows[0]) == NAMES and len(rows) == 5
    col = {n: i for i, n in enumerate(NAMES)}
    kisumu = next(r for r in rows[1:] if r[col["event_id_cnty"]] == "KEN2")
    assert kisumu[col["fatalities"]] == 800 and isinstance(kisumu[col["fatalities"]], int)
    assert kisumu[col["event_date"]] == dt.datetime(2024, 3, 6) and kisumu[col["crowd_size_low"]] is None
    notes_cell = ws.cell(row=1 + 1 + [r[col["event_id_cnty"]] for r in rows[1:]].index("KEN2"), column=1 + col["notes"])
    assert notes_cell.data_type == "s" and notes_cell.value.startswith("=On 6 March")  # text, not a formula
    described = [r[0] for r in wb["columns"].iter_rows(min_row=2, values_only=True)]
    assert described == NAMES
    df = pd.read_excel(out, sheet_name="events")
    assert list(df["sub_event_type"]) == list(parquet["sub_event_type"])
