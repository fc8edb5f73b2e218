"""The sources file (DATA/sources.toml) and `eventdesk sources add|list|check|remove`."""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from eventdesk import cli, pipeline
from eventdesk.sources import registry

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Registry Gazette</title>
<item><title>Bakers strike in Accra</title><link>{base}/gone.html</link>
<pubDate>Mon, 01 Jul 2024 08:00:00 +0000</pubDate>
<description>Bakers in Accra stopped work on Monday over the price of flour.</description></item>
</channel></rss>"""


@pytest.fixture
def base(monkeypatch):
    monkeypatch.setenv("EVENTDESK_FETCH_ALLOW", "127.0.0.1")
    monkeypatch.setenv("EVENTDESK_FETCH_DELAY", "0")
    monkeypatch.setenv("EVENTDESK_FETCH_RETRIES", "0")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path == "/feed.xml":
                body = FEED.format(base=url).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            else:
                self.send_error(404)

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    url = f"http://127.0.0.1:{httpd.server_address[1]}"
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield url
    httpd.shutdown()
    httpd.server_close()


def test_add_list_remove_round_trip(tmp_path, capsys):
    data = tmp_path / "data"
    folder = tmp_path / "articles"
    folder.mkdir()
    assert cli.main(["sources", "add", "https://news.example.org/rss", "--name", "Example", "--outlet", "Example News",
                     "--country", "Ghana", "--language", "en", "--data-dir", str(data)]) == 0
    assert cli.main(["sources", "add", str(folder), "--schedule", "manual", "--data-dir", str(data)]) == 0
    reg = registry.load(data)
    assert [(s.name, s.kind, s.schedule) for s in reg.sources] == [("Example", "feed", "nightly"),
                                                                   (str(folder), "file", "manual")]
    assert reg.sources[0].options() == {"outlet": "Example News", "country": "Ghana", "language": "en"}
    # Adding the same name again replaces it rather than listing it twice.
    cli.main(["sources", "add", "https://news.example.org/rss2", "--name", "Example", "--data-dir", str(data)])
    assert [s.location for s in registry.load(data).sources] == ["https://news.example.org/rss2", str(folder)]
    capsys.readouterr()
    assert cli.main(["sources", "list", "--data-dir", str(data)]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert listed[0].split("\t")[:4] == ["Example", "feed", "nightly", "https://news.example.org/rss2"]
    assert registry.scheduled(data) == ["https://news.example.org/rss2"]  # the manual folder is not in a night
    assert cli.main(["sources", "remove", "Example", "--data-dir", str(data)]) == 0
    assert [s.name for s in registry.load(data).sources] == [str(folder)]


@pytest.mark.parametrize("text, words", [
    ('[[source]]\nurl = "https://a.example/rss"\nkind = "podcast"\n', "kind must be one of"),
    ('[[source]]\nname = "x"\n', "exactly one of url"),
    ('[[source]]\nurl = "ftp://a.example/rss"\n', "must start with http"),
    ('[[source]]\nurl = "https://a.example/rss"\nfrequency = "daily"\n', "unknown option(s) frequency"),
    ('[[source]]\nurl = "https://a.example/rss"\n[[source]]\nurl = "https://a.example/rss"\n', "used twice"),
    ('[fetch]\ncontcat = "x"\n', "unknown [fetch] setting"),
    ('[[source]\n', "line 1"),
])
def test_a_bad_sources_file_is_an_error_naming_the_file_and_the_source(tmp_path, text, words):
    (tmp_path / "sources.toml").write_text(text)
    with pytest.raises(registry.SourcesFileError) as err:
        registry.load(tmp_path)
    assert str(tmp_path / "sources.toml") in str(err.value) and words in str(err.value)


def test_legacy_sources_txt_is_still_read_when_there_is_no_toml(tmp_path):
    (tmp_path / "sources.txt").write_text("# old style\nhttps://a.example/rss\n\n/some/folder\n")
    assert registry.scheduled(tmp_path) == ["https://a.example/rss", "/some/folder"]
    assert registry.scheduled(tmp_path / "none") is None


def test_run_without_sources_says_how_to_add_them(tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(["run", "--data-dir", str(tmp_path)])
    assert "eventdesk sources add" in str(exc.value)


def test_check_reports_each_source_without_ingesting(base, tmp_path, capsys):
    data = tmp_path / "data"
    registry.add(data, f"{base}/feed.xml", name="good")
    registry.add(data, f"{base}/missing.xml", name="missing")
    registry.add(data, "http://10.9.8.7/rss.xml", name="private")
    assert cli.main(["sources", "check", "--data-dir", str(data)]) == cli.EXIT_REJECTS
    out = capsys.readouterr().out
    assert "ok   good: HTTP 200, 1 items" in out
    assert "FAIL missing: fetch failed: HTTP 404" in out
    assert "FAIL private: refused: address 10.9.8.7 is private" in out
    assert not (data / "raw").exists() and not (data / "curated").exists() and not (data / "state").exists()
    assert cli.main(["sources", "check", "good", "--data-dir", str(data)]) == 0


def test_a_sources_options_reach_the_records(base, tmp_path):
    data = tmp_path / "data"
    jsonl = tmp_path / "wire.jsonl"
    jsonl.write_text(json.dumps({"id": "w1", "text": "Dock workers in Tema walked out on Friday over unpaid wages."})
                     + "\n")
    registry.add(data, f"{base}/feed.xml", outlet="Accra Daily", country="Ghana", language="en")
    registry.add(data, str(jsonl), outlet="Wire Service", country="Ghana")
    run = pipeline.new_run(registry.scheduled(data), data)
    ingested = pipeline.ingest(run)
    pipeline.drop_fetch_state(run)
    by_id = {a.id: a for a in ingested.articles}
    assert by_id["w1"].source == "Wire Service"
    (feed_article,) = [a for a in ingested.articles if a.id != "w1"]
    assert feed_article.source == "Accra Daily"  # the configured outlet, over the feed's own title
    assert feed_article.fetch_status == "teaser_only"  # its page is gone


def test_a_flow_given_no_sources_reads_the_file_when_it_starts(tmp_path):
    data = tmp_path / "data"
    assert pipeline.listed_sources(data) == []
    registry.add(data, "https://news.example.org/rss")
    assert pipeline.listed_sources(data) == ["https://news.example.org/rss"]
