"""The run report: one real run of the core pipeline (no Prefect) over the bundled samples, then its page."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from eventdesk import cli, pipeline, publish, report
from eventdesk.report import outlines

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "raw" / "samples"


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory):
    """What the flow does, through the plain functions its tasks wrap: the run, its data dir and its report."""
    data = tmp_path_factory.mktemp("report") / "data"
    run = pipeline.new_run([str(SAMPLES)], data)
    ingested = pipeline.ingest(run)
    extracted = pipeline.extract(ingested.articles, run.data_dir)
    tables = pipeline.frames(run, ingested.articles, extracted, ingested.rejects + extracted.rejects)
    validated = pipeline.validate(run, tables)
    pipeline.publish(run, validated, ingested.articles)
    n_rejects = len(ingested.rejects) + len(extracted.rejects) + len(validated.rejects)
    pipeline.record_run(run, status="ok with rejects" if n_rejects else "ok",
                        counts={"events_published": len(validated.tables["events"]), "rejects": n_rejects})
    path = pipeline.write_report(run)
    return run, path


def _circles(html: str) -> list[dict]:
    svg = re.search(r'<svg id="map".*?</svg>', html, re.S).group(0)
    return [dict(re.findall(r'([\w-]+)="([^"]*)"', c)) for c in re.findall(r"<circle [^>]*>", svg)]


def test_the_report_of_a_run_is_written_under_curated_reports(sample_run):
    run, path = sample_run
    assert path == run.curated / "reports" / f"{run.run_id}.html"
    html = path.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and run.run_id in html
    for section in ("Map of the run", "Events by event type", "Events by country", "Events per week",
                    "Time series", "Rejects by reason", "Great Expectations results"):
        assert section in html


def test_the_map_has_one_point_per_event_where_the_event_is(sample_run):
    run, path = sample_run
    html = path.read_text(encoding="utf-8")
    events = publish.read_table(run.curated, "events")
    assert len(events) >= 4, "the samples hold clashes, riots, a protest and an air strike"
    pts = _circles(html)
    assert sorted(p["data-event"] for p in pts) == sorted(events["event_id_cnty"])
    view = re.search(r'<svg id="map"[^>]*viewBox="0 0 (\d+) (\d+)"[^>]*data-lon0="([-\d.]+)" data-lat0="([-\d.]+)" '
                     r'data-lon1="([-\d.]+)" data-lat1="([-\d.]+)"', html)
    w, h, lon0, lat0, lon1, lat1 = map(float, view.groups())
    by_id = events.set_index("event_id_cnty")
    for p in pts:
        ev = by_id.loc[p["data-event"]]
        lat, lon = float(p["data-lat"]), float(p["data-lon"])
        assert (lat, lon) == pytest.approx((ev["latitude"], ev["longitude"]), abs=1e-4)
        x, y = float(p["cx"]), float(p["cy"])
        assert 0 <= x <= w and 0 <= y <= h, "the point is drawn inside the map"
        assert x == pytest.approx((lon - lon0) / (lon1 - lon0) * w, abs=0.2)
        assert y == pytest.approx((lat1 - lat) / (lat1 - lat0) * h, abs=0.2)
        country = outlines.find(ev["country"], ev["iso"])
        assert country is not None and outlines.contains(country, lon, lat), (ev["location"], ev["country"], lat, lon)
    # where the sample stories happen, read off their datelines
    places = {ev["location"]: (ev["latitude"], ev["longitude"]) for _, ev in events.iterrows()}
    assert places["Conakry"] == pytest.approx((9.5, -13.7), abs=0.5)
    assert places["Nyala"] == pytest.approx((12.05, 24.88), abs=0.5)
    assert "points lie inside the outline of their coded country" in html


def test_the_report_opens_offline(sample_run):
    _, path = sample_run
    html = path.read_text(encoding="utf-8")
    external = re.findall(r"""(?:src|href|xlink:href|action)\s*=\s*["']?\s*(?:https?:)?//[^"'\s>]*""", html, re.I)
    assert not external, external
    assert not re.search(r"url\(\s*['\"]?\s*(?:https?:)?//|@import", html, re.I)
    assert "<script src" not in html and "<link " not in html and "<iframe" not in html
    assert "<svg" in html and "<style>" in html  # charts, map and styles are inline


def test_rejects_are_listed_by_reason(sample_run):
    run, path = sample_run
    html = path.read_text(encoding="utf-8")
    rejects = publish.read_table(run.curated, "rejects")
    assert len(rejects) >= 1
    section = html[html.index("Rejects by reason"):html.index("Great Expectations results")]
    for r in rejects.itertuples():
        assert report.reason_group(r.reason) in section
    row = re.search(r"<tr><td>ingest</td><td>source</td><td>invalid JSON</td><td class=\"n\">(\d+)</td><td[^>]*>([^<]*)", section)
    assert row and int(row.group(1)) == 1 and "bad.jsonl:1" in row.group(2)


def test_each_event_row_shows_its_evidence_sentences_and_the_map_links_to_it(sample_run):
    run, path = sample_run
    html = path.read_text(encoding="utf-8")
    mentions = publish.read_table(run.curated, "event_mentions")
    for eid, group in mentions.groupby("event_id_cnty"):
        assert f'href="#ev-{eid}"' in html and f'<tr id="ev-{eid}"' in html
        row = html[html.index(f'<tr id="ev-{eid}"'):]
        row = row[:row.index("</tr>")]
        for sentence in group["sentence"]:
            assert _html_text(sentence) in row


def _html_text(s: str) -> str:
    from html import escape

    return escape(s)


def test_great_expectations_results_and_data_docs_are_kept_beside_the_report(sample_run):
    run, path = sample_run
    kept = run.curated / "reports" / run.run_id
    results = json.loads((kept / "validation.json").read_text())
    assert set(results) == {"articles", "events", "event_mentions", "rejects"}
    assert all("results" in r for r in results.values())
    assert (kept / "datadocs" / "index.html").exists()
    assert list((kept / "datadocs" / "validations").rglob("*.html")), "one Data Docs page per validated table"
    assert f'href="{run.run_id}/datadocs/index.html"' in path.read_text(encoding="utf-8")


def test_eventdesk_report_regenerates_the_page(sample_run, capsys):
    run, path = sample_run
    before = _circles(path.read_text(encoding="utf-8"))
    path.unlink()
    assert cli.main(["report", "--run", run.run_id, "--data-dir", str(run.data_dir)]) == cli.EXIT_OK
    out = capsys.readouterr().out
    assert str(path) in out and path.exists()
    assert _circles(path.read_text(encoding="utf-8")) == before
    # without --run: the last run
    assert cli.main(["report", "--data-dir", str(run.data_dir)]) == cli.EXIT_OK
    assert str(path) in capsys.readouterr().out


def test_an_unknown_run_is_one_line_that_says_where_to_look(sample_run, capsys):
    run, _ = sample_run
    assert cli.main(["report", "--run", "no-such-run", "--data-dir", str(run.data_dir)]) == cli.EXIT_FAILED
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "no-such-run" in err and "eventdesk status" in err


def test_a_failed_run_gets_a_report_with_its_error(sample_run):
    run, _ = sample_run
    failed = pipeline.new_run(["nowhere.jsonl"], run.data_dir)
    pipeline.record_run(failed, status="failed", counts={}, error="TableValidationError: events: columns differ")
    path = pipeline.write_report(failed)
    html = path.read_text(encoding="utf-8")
    assert "failed and published nothing" in html and "columns differ" in html
    assert not _circles(html)


def test_a_report_error_is_a_warning_not_a_failed_run(tmp_path, caplog):
    data = tmp_path / "data"
    run = pipeline.new_run(["x.jsonl"], data)
    pipeline.record_run(run, status="ok", counts={})
    (run.curated / "reports").write_text("a file where the reports folder should be")
    assert pipeline.write_report(run) is None
    assert any("report" in r.getMessage() and "eventdesk report --run" in r.getMessage() for r in caplog.records)


def test_outlines_are_natural_earth_countries_found_by_iso_code_or_name():
    france = outlines.find("France", 250)  # Natural Earth gives France no ISO code: found by name
    assert france is not None and outlines.contains(france, 2.35, 48.86)  # Paris
    kenya = outlines.find("Kenya", 404)
    assert outlines.contains(kenya, 36.82, -1.29) and not outlines.contains(kenya, 32.58, 0.35)  # Nairobi, not Kampala
    lesotho_inside_south_africa = outlines.find("South Africa", 710)
    assert not outlines.contains(lesotho_inside_south_africa, 27.48, -29.31)  # Maseru sits in South Africa's hole
    assert outlines.find("Democratic Republic of Congo", 180).name.startswith("Dem")


def test_the_map_view_fits_the_points_and_falls_back_to_the_world():
    v = outlines.view_for([-13.7, 24.9], [9.5, 12.0])
    assert v.lon0 < -13.7 and v.lon1 > 24.9 and v.lat0 < 9.5 and v.lat1 > 12.0
    assert outlines.view_for([], []).lon0 == -180


def test_gx_results_are_kept_under_a_relative_data_dir(tmp_path, monkeypatch):
    import datetime as dt

    from eventdesk import schema, validation

    monkeypatch.chdir(tmp_path)  # `eventdesk run --data-dir data` passes relative paths; GX wants absolute ones
    row = {"run_id": "rel", "stage": "ingest", "table": "source", "origin": "feed.jsonl:3", "reason": "invalid JSON",
           "value": None, "record": None, "rejected_at": dt.datetime.now(dt.timezone.utc)}
    validation.validate("rejects", schema.table("rejects").to_arrow([row]).to_pandas(), run_name="rel")
    index = validation.keep_results("rel", Path("data/curated/reports/rel"))
    assert index == tmp_path / "data/curated/reports/rel/datadocs/index.html" and index.exists()
    assert json.loads((tmp_path / "data/curated/reports/rel/validation.json").read_text())["rejects"]["success"]


def test_the_report_reads_only_the_rows_of_its_run(sample_run, tmp_path):
    """Another run's articles, events and rejects in the same store stay out of this run's report."""
    import shutil

    import pandas as pd

    from eventdesk import schema

    run, _ = sample_run
    curated = tmp_path / "curated"
    shutil.copytree(run.curated, curated)
    before = report.gather(curated, run.run_id)
    assert len(before.events) and len(before.articles)
    day = pd.Timestamp("2024-05-06").date()
    other = {"articles": schema.table("articles").to_arrow([{
        "id": "other-1", "origin": "other.jsonl:1", "content_hash": "f" * 64,
        "ingested_at": pd.Timestamp("2024-05-07", tz="UTC").to_pydatetime(), "language": "en", "title": None,
        "text": "Nurses marched in Kisumu on Monday.", "published_at": day, "source": "Other Daily", "url": None,
        "run_id": "some-other-run"}]).to_pandas()}
    ev = before.events.iloc[[0]].copy()
    ev["event_id_cnty"], ev["article_ids"] = "ZZZ1", [["other-1"]]
    other["events"] = ev
    publish.publish(curated, other, recoded_articles={"other-1"}, run_id="some-other-run")
    after = report.gather(curated, run.run_id)
    assert "ZZZ1" not in set(after.events["event_id_cnty"])
    assert "other-1" not in set(after.articles["id"])
    assert sorted(after.events["event_id_cnty"]) == sorted(before.events["event_id_cnty"])
    assert len(after.mentions) == len(before.mentions) and len(after.rejects) == len(before.rejects)


def test_a_large_run_lists_its_latest_events_and_maps_them_all(sample_run, monkeypatch):
    run, _ = sample_run
    data = report.gather(run.curated, run.run_id)
    n = len(data.events)
    assert n >= 3, "the samples should give a few events"
    monkeypatch.setattr(report, "EVENT_ROWS", 2)
    html, stats = report.render(data, run.curated)
    rows = re.findall(r'<tr id="ev-([^"]+)"', html)
    latest = data.events.sort_values(["event_date", "event_id_cnty"])["event_id_cnty"].tail(2).tolist()
    assert rows == latest
    assert f"latest 2 of the run's {n:,} events" in html
    circles = _circles(html)
    assert len(circles) == stats["on_map"] and stats["on_map"] >= n - 1
    linked = set(re.findall(r'<a href="#ev-([^"]+)"><circle', html))
    assert linked == set(latest) & {c["data-event"] for c in circles}
