"""Conditional GET across nights, against a real server on 127.0.0.1 that honours ETag and
Last-Modified: the second night asks conditionally, gets 304s, adds no article and changes no event."""
from __future__ import annotations

import datetime as dt
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from eventdesk import pipeline, publish
from eventdesk.sources import RawRecord

PAGES = {
    "p1": ("Teachers march in Nairobi", "2024-06-03",
           "Hundreds of teachers marched through central Nairobi on Monday to demand the salary increase promised "
           "to them two years ago. The march ended outside the education ministry, where union officials read "
           "out their demands. Police kept watch and no arrests were reported."),
    "p2": ("Farmers block road near Eldoret", "2024-06-04",
           "Maize farmers blocked the main road into Eldoret on Tuesday with tractors, protesting against the low "
           "price paid for their harvest by the state cereals board. Traffic was diverted for most of the day "
           "and the farmers left peacefully in the evening."),
    "p3": ("Students rally in Kampala", "2024-06-05",
           "University students rallied in Kampala on Wednesday against a rise in tuition fees announced last "
           "week. Riot police dispersed the crowd with tear gas near the parliament building and arrested "
           "twelve students, their union said."),
}
LAST_MODIFIED = "Wed, 05 Jun 2024 10:00:00 GMT"


def page_html(key: str) -> bytes:
    title, day, body = PAGES[key]
    return (f'<!doctype html><html><head><title>{title}</title><meta property="article:published_time" '
            f'content="{day}T08:00:00Z"></head><body><article><h1>{title}</h1><p>{body}</p>'
            f'<p>More on this story as it develops. Our reporters are following it.</p></article></body></html>').encode()


class NightServer:
    """Pages never change; the feed gains an item between night 1 and night 2."""

    def __init__(self):
        self.feed_version = 1
        self.log: list[tuple[str, str | None, str | None, int]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                key = self.path.strip("/").removesuffix(".html").removesuffix(".xml")
                if key == "feed":
                    keys = ["p1", "p2"] + (["p3"] if server.feed_version >= 2 else [])
                    gone = "gone-" if server.feed_version == 0 else ""
                    items = "".join(f"<item><title>{PAGES[k][0]}</title><link>{server.base}/{gone}{k}.html</link>"
                                    f"<description>{PAGES[k][0]}.</description></item>" for k in keys)
                    body = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Night Gazette</title>'
                            f"{items}</channel></rss>").encode()
                    etag, ctype = f'"feed-v{server.feed_version}"', "application/rss+xml"
                elif key in PAGES:
                    body, etag, ctype = page_html(key), f'"{key}-v1"', "text/html; charset=utf-8"
                else:
                    server.log.append((self.path, None, None, 404))
                    self.send_error(404)
                    return
                inm, ims = self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since")
                status = 304 if inm == etag else 200
                server.log.append((self.path, inm, ims, status))
                self.send_response(status)
                self.send_header("ETag", etag)
                self.send_header("Last-Modified", LAST_MODIFIED)
                if status == 200:
                    self.send_header("Content-Type", ctype)
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if status == 200:
                    self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def requests(self, since: int = 0) -> dict[str, tuple]:
        return {path: tuple(rest) for path, *rest in self.log[since:] if path != "/robots.txt"}


@pytest.fixture
def server(monkeypatch):
    monkeypatch.setenv("EVENTDESK_FETCH_ALLOW", "127.0.0.1")
    monkeypatch.setenv("EVENTDESK_FETCH_DELAY", "0")
    s = NightServer()
    yield s
    s.httpd.shutdown()
    s.httpd.server_close()


def night(sources: list[str], data, *, code: bool = True) -> tuple[pipeline.Ingested, dict]:
    """What the flow does, without Prefect: ingest, code, validate, publish, keep the validators, record.
    code=False stops after ingest (keeping the validators), for checks of what was fetched."""
    run = pipeline.new_run(sources, data)
    ingested = pipeline.ingest(run)
    if not code:
        pipeline.commit_fetch_state(run)
        return ingested, ingested.fetch
    extracted = pipeline.extract(ingested.articles, run.data_dir)
    validated = pipeline.validate(run, pipeline.frames(run, ingested.articles, extracted,
                                                        ingested.rejects + extracted.rejects))
    pipeline.publish(run, validated, ingested.articles)
    pipeline.commit_fetch_state(run)
    row = pipeline.record_run(run, status="ok", counts=dict(ingested.fetch, articles_read=len(ingested.articles)))
    return ingested, row


def test_second_night_is_conditional_adds_nothing_and_changes_no_event(server, tmp_path):
    data = tmp_path / "data"
    feed = f"{server.base}/feed.xml"
    first, _ = night([feed], data)
    assert sorted(a.title for a in first.articles) == ["Farmers block road near Eldoret", "Teachers march in Nairobi"]
    assert all(a.fetch_status == "ok" for a in first.articles)
    assert {a.published_at.isoformat() for a in first.articles} == {"2024-06-03", "2024-06-04"}
    assert all(inm is None for inm, _, _ in server.requests().values()), "night 1 has nothing to be conditional on"
    curated = data / "curated"
    events_1 = publish.read_table(curated, "events")
    assert len(events_1), "the fixture pages report protests"
    articles_1 = publish.read_table(curated, "articles")

    # Night 2: the feed gained one item; its two old pages have not changed.
    server.feed_version = 2
    mark = len(server.log)
    second, row = night([feed], data)
    asked = server.requests(mark)
    assert asked["/feed.xml"] == ('"feed-v1"', LAST_MODIFIED, 200)
    assert asked["/p1.html"] == ('"p1-v1"', LAST_MODIFIED, 304)
    assert asked["/p2.html"] == ('"p2-v1"', LAST_MODIFIED, 304)
    assert asked["/p3.html"] == (None, None, 200)
    assert [a.title for a in second.articles] == ["Students rally in Kampala"]
    assert row["http_not_modified"] == 2 and row["fetch_failures"] == 0
    events_2 = publish.read_table(curated, "events")
    old_ids = set(articles_1["id"])
    kept = events_2[events_2["article_ids"].map(lambda ids: bool(set(ids) & old_ids))]
    assert kept.sort_values("event_id_cnty").reset_index(drop=True)[["event_id_cnty", "event_date", "location"]].equals(
        events_1.sort_values("event_id_cnty").reset_index(drop=True)[["event_id_cnty", "event_date", "location"]])
    articles_2 = publish.read_table(curated, "articles")
    assert len(articles_2) == 3
    old_rows = articles_2[articles_2["id"].isin(old_ids)].sort_values("id").reset_index(drop=True)
    assert old_rows["run_id"].tolist() == articles_1.sort_values("id")["run_id"].tolist(), "old articles untouched"

    # Night 3: nothing changed anywhere; the feed's own 304 costs one request.
    mark = len(server.log)
    third, row = night([feed], data, code=False)
    assert server.requests(mark) == {"/feed.xml": ('"feed-v2"', LAST_MODIFIED, 304)}
    assert third.articles == [] and third.rejects == [] and row["http_not_modified"] == 1
    runs = publish.read_table(curated, "runs")
    assert runs["http_not_modified"].tolist() == [0, 2]


def test_a_failed_run_keeps_no_validators_so_the_next_night_fetches_in_full(server, tmp_path):
    data = tmp_path / "data"
    run = pipeline.new_run([f"{server.base}/feed.xml"], data)
    assert len(pipeline.ingest(run).articles) == 2
    pipeline.drop_fetch_state(run)  # what the flow does when a later stage fails
    assert not (data / "state" / "http_cache.json").exists()
    mark = len(server.log)
    again, _ = night([f"{server.base}/feed.xml"], data, code=False)
    assert len(again.articles) == 2
    assert {status for _, _, status in server.requests(mark).values()} == {200}
    assert (data / "state" / "http_cache.json").exists()


def test_a_retried_ingest_reuses_what_the_failed_attempt_fetched(server, tmp_path, monkeypatch):
    from eventdesk import raw

    real_close = raw.RawSink.close
    calls = []

    def close_fails_once(sink):
        calls.append(1)
        if len(calls) == 1:  # ingest streams its records into the store: all are read, then the disk fills
            sink.abort()
            raise OSError("disk full")
        return real_close(sink)

    monkeypatch.setattr(raw.RawSink, "close", close_fails_once)
    run = pipeline.new_run([f"{server.base}/feed.xml"], tmp_path / "data")
    with pytest.raises(OSError):
        pipeline.ingest(run)  # everything was fetched, then the attempt failed
    mark = len(server.log)
    retry = pipeline.ingest(run)  # a Prefect retry of the ingest task: same run, same process
    assert server.requests(mark) == {}, "the retry asked the server for nothing"
    assert sorted(a.title for a in retry.articles) == ["Farmers block road near Eldoret", "Teachers march in Nairobi"]
    assert retry.fetch["fetch_failures"] == 0
    pipeline.drop_fetch_state(run)


def test_dead_page_links_give_teasers_marked_and_counted_and_the_feed_is_asked_in_full_again(server, tmp_path):
    server.feed_version = 0  # the feed links to pages that are gone
    data = tmp_path / "data"
    ingested, row = night([f"{server.base}/feed.xml"], data)
    assert [a.fetch_status for a in ingested.articles] == ["teaser_only", "teaser_only"]
    assert [r.reason for r in ingested.rejects] == ["page fetch failed: HTTP 404 Not Found; the feed's summary is "
                                                    "coded instead"] * 2
    # Two teasers, and two dates taken from the fetch because neither page nor feed gave one.
    assert row["fetch_failures"] == 2 and row["warnings"] == 4
    assert {a.published_at for a in ingested.articles} == {dt.datetime.now(dt.timezone.utc).date()}
    published = publish.read_table(data / "curated", "articles")
    assert published["fetch_status"].tolist() == ["teaser_only", "teaser_only"]
    # The feed's ETag was not kept: tomorrow it is read in full, and the dead pages are tried again.
    mark = len(server.log)
    night([f"{server.base}/feed.xml"], data, code=False)
    assert server.requests(mark)["/feed.xml"][0] is None


@pytest.mark.slow
def test_two_nights_of_eventdesk_run_from_the_sources_file(prefect_harness, server, tmp_path, capsys):
    from eventdesk import cli
    from eventdesk.sources import registry

    data = tmp_path / "data"
    registry.add(data, f"{server.base}/feed.xml", outlet="Night Gazette", country="Kenya")
    assert cli.main(["run", "--data-dir", str(data)]) == cli.EXIT_OK
    server.feed_version = 2
    assert cli.main(["run", "--data-dir", str(data)]) == cli.EXIT_OK
    assert "web: 2 not modified since the last run, 0 fetch failures" in capsys.readouterr().out
    curated = data / "curated"
    runs = publish.read_table(curated, "runs")
    assert runs["http_not_modified"].tolist() == [0, 2] and runs["fetch_failures"].tolist() == [0, 0]
    assert runs["articles_read"].tolist() == [2, 1]
    articles = publish.read_table(curated, "articles")
    assert set(articles["source"]) == {"Night Gazette"} and set(articles["fetch_status"]) == {"ok"}
