import csv

from conftest import events_frame, load_rows

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
