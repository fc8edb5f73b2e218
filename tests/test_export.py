import csv
import datetime as dt

import pytest
from conftest import events_frame, load_rows
from export_data import published

from eventdesk import export, publish, schema


def _published(tmp_path):
    rows = load_rows("validation/events_pass.jsonl")
    publish.publish(tmp_path / "curated", {"events": events_frame(rows)}, recoded_articles=set(), run_id="r1")
    return tmp_path


def test_csv_has_acleds_columns_in_order_then_extensions_with_lists_joined(tmp_path):
    data = _published(tmp_path)
    out = tmp_path / "x.csv"
    assert export.export(data, out) == 2
    with open(out, newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == schema.table("events").names
    kenya = next(r for r in rows if r["country"] == "Kenya")
    assert kenya["event_date"] == "2024-03-04" and kenya["tactics"] == "march" and kenya["article_ids"] == "sample-1"
    assert kenya["actor2"] == ""  # nulls are blanks for R and Stata


def test_filters_by_country_date_and_event_type(tmp_path):
    data = _published(tmp_path)
    assert export.export(data, tmp_path / "a.csv", country="Syria") == 1
    assert export.export(data, tmp_path / "b.csv", country="404") == 1
    assert export.export(data, tmp_path / "c.csv", since=__import__("datetime").date(2024, 3, 5)) == 1
    assert export.export(data, tmp_path / "d.csv", event_type="protests") == 1


def test_parquet_keeps_lists(tmp_path):
    import pyarrow.parquet as pq

    data = _published(tmp_path)
    export.export(data, tmp_path / "x.parquet", "parquet")
    t = pq.read_table(tmp_path / "x.parquet")
    assert t.column_names == schema.table("events").names
    assert t.column("article_ids").to_pylist()[0] in (["sample-1"], ["sample-2"])


# --- ACLED export-tool filters, the same in `export` and in SQL through the catalog's acled_filter macro ----


@pytest.fixture(scope="module")
def data4(tmp_path_factory):
    return published(tmp_path_factory.mktemp("published"))


def _ids(data4, tmp_path, **filters):
    import pyarrow.csv as pcsv

    out = tmp_path / "f.csv"
    n = export.export(data4, out, **filters)
    ids = pcsv.read_csv(out).column("event_id_cnty").to_pylist()
    assert n == len(ids)
    return sorted(ids)


@pytest.mark.parametrize("filters, expected", [
    ({"country": ["Kenya", "466"]}, ["KEN1", "KEN2", "MLI1"]),
    ({"country": "kenya|Syria"}, ["KEN1", "KEN2", "SYR1"]),
    ({"region": "eastern africa"}, ["KEN1", "KEN2"]),
    ({"admin1": "Kisumu"}, ["KEN2"]),
    ({"location": "bandiagara"}, ["MLI1"]),
    ({"since": dt.date(2024, 3, 5), "until": "2024-03-05"}, ["SYR1"]),
    ({"event_type": ["Protests", "Violence against civilians"], "until": dt.date(2024, 3, 4)}, ["KEN1", "MLI1"]),
    ({"sub_event_type": "protest with intervention"}, ["KEN2"]),
    ({"actor": "police forces"}, ["KEN2"]),          # actor2
    ({"actor": "farmers"}, ["MLI1"]),                # assoc_actor_2
    ({"actor": "teachers|military"}, ["KEN1", "KEN2", "SYR1"]),  # assoc_actor_1, actor1
    ({"actor_type": "Civilians"}, ["MLI1", "SYR1"]),
    ({"interaction": "16"}, ["KEN2"]),
    ({"interaction": ["Protesters only", "37"]}, ["KEN1", "MLI1"]),
    ({"updated_since": 1709600000}, ["KEN1", "KEN2", "SYR1"]),
    ({"updated_since": "2024-03-06"}, ["KEN2"]),     # 2024-03-06T00:00Z = 1709683200
    ({"updated_since": "2024-03-06T05:00:00+05:00"}, ["KEN2"]),
    ({"country": "Kenya", "event_type": "Battles"}, []),
])
def test_acled_export_tool_filters(data4, tmp_path, filters, expected):
    assert _ids(data4, tmp_path, **filters) == expected


def test_the_catalog_macro_filters_as_export_does(data4, tmp_path):
    df = export.query(data4, "SELECT event_id_cnty FROM events e WHERE acled_filter(e, actor := 'police|farmers', "
                            "since := '2024-02-01', interaction := 16) ORDER BY 1")
    assert list(df["event_id_cnty"]) == _ids(data4, tmp_path, actor="police|farmers", since="2024-02-01", interaction=16)
    assert list(df["event_id_cnty"]) == ["KEN2"]
    everything = export.query(data4, "SELECT count(*) AS n FROM events e WHERE acled_filter(e)")
    assert int(everything["n"][0]) == 4


def test_unknown_filters_and_bad_times_are_clear_errors(data4, tmp_path):
    with pytest.raises(ValueError, match="unknown filter"):
        export.export(data4, tmp_path / "x.csv", colour="red")
    with pytest.raises(ValueError, match="updated-since"):
        export.export(data4, tmp_path / "x.csv", updated_since="last tuesday")
    with pytest.raises(ValueError, match="unknown format"):
        export.export(data4, tmp_path / "x.csv", "sav")


def test_csv_writes_integers_as_integers_iso_dates_utf8_and_blanks(data4, tmp_path):
    import pandas as pd

    out = tmp_path / "e.csv"
    export.export(data4, out)
    text = out.read_text(encoding="utf-8")
    assert ".0," not in text.replace("0.0,", "")  # no 800.0, 4.0 (confidence 0.8 aside)
    df = pd.read_csv(out)
    assert list(df.columns) == schema.table("events").names
    kisumu = df[df["event_id_cnty"] == "KEN2"].iloc[0]
    assert kisumu["fatalities"] == 800 and str(df["fatalities"].dtype) == "int64"
    assert str(df["timestamp"].dtype) == "int64" and str(df["iso"].dtype) == "int64"
    assert pd.isna(kisumu["crowd_size_low"])  # missing is blank, read as NA
    assert kisumu["notes"].startswith("=On 6 March") and "« ça suffit »" in kisumu["evidence"]
    assert kisumu["tags"] == 'crowd size=a "large" crowd, mostly nurses' and kisumu["tactics"] == "march; rally"
    assert list(df["event_date"]) == sorted(df["event_date"]) and kisumu["event_date"] == "2024-03-06"


def test_a_file_that_does_not_read_back_as_declared_is_an_error(data4, tmp_path):
    rows = export.select(data4)
    out = tmp_path / "e.csv"
    export.export(data4, out)
    out.write_text(out.read_text(encoding="utf-8").replace(",800,", ",800.0,"), encoding="utf-8")
    with pytest.raises(export.ExportCheckError, match="declared types"):
        export.check("csv", rows, out)
    out.write_text(out.read_text(encoding="utf-8").replace(",800.0,", ",801,"), encoding="utf-8")
    with pytest.raises(export.ExportCheckError, match="column fatalities, row 4: wrote 800"):
        export.check("csv", rows, out)
    import pyarrow.parquet as pq

    pq.write_table(rows.slice(1), tmp_path / "e.parquet")
    with pytest.raises(export.ExportCheckError, match="differ"):
        export.check("parquet", rows, tmp_path / "e.parquet")


def test_cli_export_infers_the_format_and_takes_repeated_filters(data4, tmp_path, capsys):
    from eventdesk import cli

    out = tmp_path / "k.xlsx"
    assert cli.main(["export", "--data-dir", str(data4), "-o", str(out), "--country", "Kenya", "--country", "Mali",
                     "--event-type", "Protests"]) == 0
    assert "wrote 2 events" in capsys.readouterr().out
    assert out.read_bytes()[:2] == b"PK" and not list(tmp_path.glob(".k.partial*"))
    assert cli.main(["export", "--data-dir", str(data4), "-o", str(out), "--updated-since", "soon"]) == 1
    assert "updated-since" in capsys.readouterr().err
