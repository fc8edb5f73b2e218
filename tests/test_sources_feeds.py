"""RSS/Atom over real HTTP (a local ThreadingHTTPServer), with page fetch, fallback and failure."""
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from eventdesk.records import Reject
from eventdesk.sources import RawRecord, read_sources

FEEDS = Path(__file__).parent / "fixtures" / "sources" / "feed"


@pytest.fixture(autouse=True)
def _fetch_settings(monkeypatch):
    # The test server is on loopback, which the fetcher refuses unless allowed; no politeness delay here.
    monkeypatch.setenv("EVENTDESK_FETCH_ALLOW", "127.0.0.1")
    monkeypatch.setenv("EVENTDESK_FETCH_DELAY", "0")
    monkeypatch.setenv("EVENTDESK_FETCH_BACKOFF", "0.05")


@pytest.fixture(scope="module")
def base_url():
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            path = (FEEDS / self.path.lstrip("/")).resolve()
            if not path.is_file() or FEEDS.resolve() not in path.parents:
                self.send_error(404)
                return
            body = path.read_text().replace("{{BASE}}", base).encode()
            self.send_response(200)
            ctype = "application/rss+xml" if path.suffix == ".xml" else "text/html; charset=utf-8"
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):  # keep test output quiet
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()
    server.server_close()


def test_rss_and_atom_items_fetch_linked_pages(base_url):
    out = list(read_sources([f"{base_url}/rss.xml", f"{base_url}/atom.xml"], timeout=5))
    assert all(isinstance(r, RawRecord) and r.kind == "feed" for r in out)
    assert [r.origin for r in out] == [f"{base_url}/rss.xml#item-1", f"{base_url}/rss.xml#item-2",
                                      f"{base_url}/atom.xml#item-1"]
    rss1, rss2, atom1 = (r.fields for r in out)
    # The page body, not the one-line feed teaser.
    assert "three months of salary arrears" in rss1["text"]
    assert "five hours" in rss2["text"]
    assert "smelter" in atom1["text"]
    assert rss1["title"] == "Nurses stage sit-in at Kampala hospital"
    assert rss1["published_at"] == "Tue, 05 Mar 2024 08:30:00 +0300"
    assert atom1["published_at"].startswith("2024-03-07")
    assert rss1["url"] == f"{base_url}/pages/rss-1.html"
    assert rss1["source"] == "Test Gazette"
    assert rss1["fetch_status"] == "ok" and rss1["date_from"] == "feed"
    payload = json.loads(out[0].payload)
    assert payload["item"]["link"] == f"{base_url}/pages/rss-1.html" and "<article>" in payload["page_html"]


def test_page_404_is_a_reject_and_the_teaser_is_coded_marked_as_such(base_url):
    reject, r = read_sources([f"{base_url}/missing-page.xml"], timeout=5)
    assert isinstance(reject, Reject) and reject.origin == f"{base_url}/missing-page.xml#item-1"
    assert "404" in reject.reason and "summary" in reject.reason
    assert reject.value == f"{base_url}/pages/does-not-exist.html"
    assert isinstance(r, RawRecord)
    assert r.fields["text"] == ("Traders in Bamako kept their shops shut on Thursday to protest against a new "
                                "market tax.\n\nThe strike ended peacefully in the evening.")
    assert r.fields["fetch_status"] == "teaser_only"
    assert r.fields["url"] == f"{base_url}/pages/does-not-exist.html"
    assert json.loads(r.payload)["page_html"] is None


def test_feed_404_is_a_reject_naming_the_url(base_url):
    url = f"{base_url}/no-such-feed.xml"
    (r,) = read_sources([url], timeout=5)
    assert isinstance(r, Reject) and r.origin == url and "404" in r.reason


def test_unreachable_feed_is_a_reject():
    (r,) = read_sources(["http://127.0.0.1:9/feed.xml"], timeout=2)  # port 9 (discard): refused
    assert isinstance(r, Reject) and r.reason.startswith("feed fetch failed")


def test_local_feed_file_uses_entry_summaries(tmp_path):
    # Links that are not http(s) are not fetched: the feed's own text is used.
    (r1, r2) = read_sources([str(FEEDS / "rss.xml")])
    assert r1.origin == f"{FEEDS / 'rss.xml'}#item-1"
    assert r1.fields["text"] == "Nurses staged a sit-in in Kampala."
    assert r1.fields["source"] == "Test Gazette - World"
    assert r1.fields["fetch_status"] == "teaser_only"


def test_html_served_as_feed_is_rejected(base_url):
    (r,) = read_sources([f"{base_url}/pages/rss-1.html"], timeout=5)
    assert isinstance(r, Reject) and r.origin.endswith("rss-1.html")
