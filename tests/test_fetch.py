"""The fetcher against a hostile web, served for real on 127.0.0.1: every trap ends in a reject with
its reason, and the feed's other items are still read."""
from __future__ import annotations

import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from eventdesk.records import Reject
from eventdesk.sources import RawRecord, read_sources
from eventdesk.sources.fetch import Fetcher, FetchSettings

ARTICLE = """<!doctype html><html lang="en"><head><title>Dockers strike</title>
<link rel="canonical" href="/news/dockers-strike?ref=home">
<meta property="article:published_time" content="2024-05-02T07:00:00Z">
</head><body><nav>Home | World | Sport</nav><article><h1>Dockers walk out in Durban</h1>
<p>Hundreds of dock workers walked off the job in Durban on Wednesday, demanding higher wages and the
reinstatement of three colleagues dismissed last month.</p>
<p>The workers marched from the harbour gates to the port authority offices, where union leaders handed
over a list of demands. Police watched the march, which ended peacefully in the afternoon.</p>
</article><footer>Copyright the test gazette</footer></body></html>"""

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(range(256)) * 8


def _feed(base: str, links: list[str]) -> str:
    items = "".join(f"""<item><title>Story {i}</title><link>{link.replace('{BASE}', base)}</link>
      <pubDate>Thu, 02 May 2024 09:00:00 +0000</pubDate>
      <description>Teaser of story {i}: dock workers protested in Durban.</description></item>"""
                    for i, link in enumerate(links, 1))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Hostile Gazette</title>{items}</channel></rss>'


HOSTILE_LINKS = [
    "file:///etc/passwd",
    "http://10.20.30.40/story.html",  # a private address: must be refused before any packet is sent
    "{BASE}/to-private",  # redirects to a private address
    "{BASE}/huge",  # 60 MB, no Content-Length
    "{BASE}/drip",  # one byte a second, for ever
    "{BASE}/loop-a",  # a -> b -> a
    "{BASE}/chain/0",  # 0 -> 1 -> ... -> 9
    "{BASE}/photo",  # a JPEG served as text/html
    "{BASE}/private/secret.html",  # disallowed by robots.txt
    "{BASE}/article.html",  # the one good page
]


class Server:
    def __init__(self):
        self.hits: Counter = Counter()
        self.sent: Counter = Counter()
        self.base = ""
        self.stop = threading.Event()
        self.in_flight = 0
        self.crawl_delay = 0
        self.most_in_flight = 0
        self.agents: set[str] = set()
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _send(self, code, body=b"", ctype="text/html; charset=utf-8", headers=()):
                self.send_response(code)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                for k, v in headers:
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)

            def _redirect(self, where):
                self._send(302, headers=[("Location", where)])

            def do_GET(self):
                p = self.path
                server.hits[p] += 1
                server.agents.add(self.headers.get("User-Agent", ""))
                if p == "/robots.txt":
                    ours = f"\nUser-agent: eventdesk\nDisallow: /private/\nCrawl-delay: {server.crawl_delay}\n"
                    self._send(200, ("User-agent: *\nDisallow: /private/\n" + (ours if server.crawl_delay else ""))
                               .encode(), "text/plain")
                elif p == "/feed.xml":
                    self._send(200, _feed(server.base, HOSTILE_LINKS).encode(), "application/rss+xml")
                elif p == "/bad.xml":
                    self._send(200, b"<?xml version='1.0'?><rss><channel><item><title>unclosed", "application/rss+xml")
                elif p == "/article.html":
                    self._send(200, ARTICLE.encode())
                elif p == "/to-private":
                    self._redirect("http://10.20.30.40/admin")
                elif p == "/loop-a":
                    self._redirect("/loop-b")
                elif p == "/loop-b":
                    self._redirect("/loop-a")
                elif p.startswith("/chain/"):
                    self._redirect(f"/chain/{int(p.rsplit('/', 1)[1]) + 1}")
                elif p.startswith("/slow/"):
                    with server.lock:
                        server.in_flight += 1
                        server.most_in_flight = max(server.most_in_flight, server.in_flight)
                    time.sleep(0.2)
                    with server.lock:
                        server.in_flight -= 1
                    self._send(200, ARTICLE.encode())
                elif p == "/photo":
                    self._send(200, JPEG)
                elif p == "/flaky":
                    if server.hits[p] == 1:
                        self._send(503, b"busy")
                    else:
                        self._send(200, ARTICLE.encode())
                elif p in ("/huge", "/drip"):
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html")
                    self.send_header("Connection", "close")  # body ends at close: no Content-Length to trust
                    self.end_headers()
                    chunk = b"<p>" + b"x" * 65_533 if p == "/huge" else b"x"
                    try:
                        while not server.stop.is_set() and server.sent[p] < 60_000_000:
                            self.wfile.write(chunk)
                            self.wfile.flush()
                            server.sent[p] += len(chunk)
                            if p == "/drip":
                                time.sleep(1)
                    except OSError:  # the fetcher hung up: what it should do
                        pass
                    self.close_connection = True
                else:
                    self._send(404, b"not here")

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="module")
def server():
    s = Server()
    yield s
    s.close()


def settings(**kw) -> FetchSettings:
    base = dict(allow=("127.0.0.1",), delay=0.0, deadline=2.0, read_timeout=2.0, retries=1, backoff=0.05,
                contact="https://example.org/eventdesk-test")
    return FetchSettings(**{**base, **kw})


def test_hostile_feed_items_are_rejects_with_reasons_and_the_good_page_is_still_read(server):
    with Fetcher(settings()) as fetcher:
        out = list(read_sources([f"{server.base}/feed.xml"], fetcher=fetcher))
        counts = fetcher.counts()
    rejects = {r.origin.rsplit("#item-", 1)[1]: r.reason for r in out if isinstance(r, Reject)}
    expected = {
        "1": "scheme file: is not http(s)",
        "2": "address 10.20.30.40 is private",
        "3": "address 10.20.30.40 is private",
        "4": "larger than 20000000 bytes",
        "5": "within the 2 s deadline",
        "6": "redirect loop",
        "7": "more than 5 redirects",
        "8": "not an HTML page",
        "9": "disallowed by robots.txt",
    }
    assert set(rejects) == set(expected), rejects
    for item, words in expected.items():
        assert words in rejects[item], (item, rejects[item])
    assert all(r.startswith("page refused") or r.startswith("page fetch failed") or r.startswith("page not an HTML")
               for r in rejects.values()), rejects
    records = [r for r in out if isinstance(r, RawRecord)]
    # Every item still has its teaser coded, marked as such; the good page has its full text.
    assert len(records) == 10
    good = records[-1].fields
    assert good["fetch_status"] == "ok" and "reinstatement of three colleagues" in good["text"]
    assert good["published_at"] == "2024-05-02" and good["date_from"] == "page"
    assert good["canonical_url"] == f"{server.base}/news/dockers-strike?ref=home"
    assert {r.fields["fetch_status"] for r in records[:-1]} == {"teaser_only"}
    assert counts["fetch_failures"] == 9
    # The 60 MB page was cut while streaming, not read to its end.
    assert server.sent["/huge"] < 60_000_000
    assert server.hits["/private/secret.html"] == 0


def test_loopback_is_refused_before_connecting_without_an_allow_list(server):
    port = server.base.rsplit(":", 1)[1]
    before = server.hits["/article.html"]
    with Fetcher(settings(allow=())) as fetcher:
        by_name = fetcher.fetch(f"http://localhost:{port}/article.html")
        by_ip = fetcher.fetch(f"{server.base}/article.html")
        mapped = fetcher.fetch(f"http://[::ffff:127.0.0.1]:{port}/article.html")
    for r in (by_name, by_ip, mapped):
        assert r.refused and "loopback" in r.error, r.error
    assert server.hits["/article.html"] == before, "nothing may reach the server"


def test_invalid_xml_is_a_reject_and_the_next_source_is_read(server):
    with Fetcher(settings()) as fetcher:
        out = list(read_sources([f"{server.base}/bad.xml", f"{server.base}/article.html"], fetcher=fetcher))
    bad = [r for r in out if r.origin.startswith(f"{server.base}/bad.xml")]
    assert bad and all(isinstance(r, Reject) for r in bad)
    assert "invalid feed" in bad[0].reason and bad[0].origin == f"{server.base}/bad.xml"
    page = [r for r in out if r.origin == f"{server.base}/article.html"]
    assert len(page) == 1 and "invalid feed" in page[0].reason  # read, though no feed either


def test_5xx_is_retried_for_that_url_only(server):
    with Fetcher(settings()) as fetcher:
        r = fetcher.fetch(f"{server.base}/flaky")
        assert r.ok and b"Durban" in r.body
        assert fetcher.stats["retries"] == 1
    assert server.hits["/flaky"] == 2


def test_one_host_gets_at_most_its_limit_of_requests_at_once_and_each_url_once(server):
    urls = [f"{server.base}/slow/{i}" for i in range(6)]
    with Fetcher(settings(per_host=2)) as fetcher:
        futures = [fetcher.submit(u) for u in urls + urls]  # the second lot joins the first, in flight
        assert all(f.result().ok for f in futures)
    assert 1 <= server.most_in_flight <= 2
    assert all(server.hits[f"/slow/{i}"] == 1 for i in range(6))
    assert any(a.startswith("eventdesk/") and "https://example.org/eventdesk-test" in a for a in server.agents)


def test_a_crawl_delay_in_robots_txt_slows_the_fetcher_for_that_host(server):
    server.crawl_delay = 3
    try:
        with Fetcher(settings(delay=0.5)) as fetcher:
            assert fetcher.fetch(f"{server.base}/article.html").ok
            assert fetcher.delay_for("127.0.0.1") == 3.0
            assert fetcher.delay_for("elsewhere.example") == 0.5
    finally:
        server.crawl_delay = 0


def test_user_agent_names_the_project_and_the_contact():
    ua = settings().user_agent
    assert ua.startswith("eventdesk/") and "https://example.org/eventdesk-test" in ua


def test_settings_come_from_the_file_then_the_environment():
    s = FetchSettings.load({"contact": "mailto:desk@example.org", "delay": 3},
                           environ={"EVENTDESK_FETCH_ALLOW": "127.0.0.1, intranet.local", "EVENTDESK_FETCH_DELAY": "0.5"})
    assert s.contact == "mailto:desk@example.org" and s.delay == 0.5 and s.allow == ("127.0.0.1", "intranet.local")
    with pytest.raises(ValueError, match="unknown"):
        FetchSettings.load({"contcat": "x"}, environ={})


@pytest.mark.parametrize("url, kind", [
    ("http://169.254.169.254/latest/meta-data/", "link-local"),  # cloud metadata
    ("http://[::1]/", "loopback"),
    ("http://2130706433/", "loopback"),  # 127.0.0.1 written as one number
    ("http://0.0.0.0/", "unspecified"),
    ("http://224.0.0.1/", "multicast"),
    ("http://192.168.1.1/", "private"),
    ("http://100.64.1.1/", "not public"),  # carrier-grade NAT
    ("https://[fd00::1]:8443/", "private"),
])
def test_addresses_that_are_not_public_are_refused_before_connecting(url, kind):
    with Fetcher(settings(allow=())) as fetcher:
        r = fetcher.fetch(url)
    assert r.refused and f"is {kind}" in r.error, r.error
