"""WARC crawls: HTML responses become records, other records are skipped, empty pages rejected."""
from collections import Counter
from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventdesk.records import Reject
from eventdesk.sources import RawRecord, read_sources

ARTICLE = (Path(__file__).parent / "fixtures" / "sources" / "article.html").read_bytes()
EMPTY = b"<html><body><nav><a href='/'>Home</a></nav></body></html>"


def _write_warc(path: Path, gz: bool) -> None:
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=gz)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "eventdesk-test"}))  # record 1

        def response(url: str, body: bytes, ctype: str, status: str = "200 OK"):
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=BytesIO(body), http_headers=headers))

        response("https://harbour.example.com/a", ARTICLE, "text/html; charset=utf-8")  # record 2
        response("https://harbour.example.com/logo.png", b"\x89PNG\r\n\x1a\n", "image/png")  # 3: skipped
        req = StatusAndHeaders("GET /a HTTP/1.1", [("Host", "harbour.example.com")], is_http_request=True)
        w.write_record(w.create_warc_record("https://harbour.example.com/a", "request",
                                            payload=BytesIO(b""), http_headers=req))  # 4: skipped
        response("https://harbour.example.com/empty", EMPTY, "text/html")  # record 5: reject
        response("https://harbour.example.com/gone", ARTICLE, "text/html", "404 Not Found")  # 6: skipped


@pytest.mark.parametrize("name,gz", [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_warc_records(tmp_path, name, gz):
    p = tmp_path / name
    _write_warc(p, gz)
    stats = Counter()
    out = list(read_sources([str(p)], stats=stats))
    # the PNG is a non-HTML response, the 404 a non-2xx one; the request and warcinfo are no pages
    assert (stats["warc_not_html"], stats["warc_not_ok"]) == (1, 1)
    assert [type(r).__name__ for r in out] == ["RawRecord", "Reject"]
    rec, rej = out
    assert isinstance(rec, RawRecord) and rec.kind == "warc" and rec.origin == f"{p}#record-2"
    assert rec.fields["url"] == "https://harbour.example.com/a"
    assert "Hundreds of dockworkers" in rec.fields["text"]
    assert rec.fields["published_at"] == "2023-11-02"
    assert rec.payload == ARTICLE.decode()
    assert isinstance(rej, Reject) and rej.origin == f"{p}#record-5" and rej.value == "https://harbour.example.com/empty"


def test_truncated_warc_keeps_earlier_records(tmp_path):
    p = tmp_path / "cut.warc"
    _write_warc(p, gz=False)
    data = p.read_bytes()
    p.write_bytes(data[: data.index(b"WARC/1", data.index(b"logo.png")) + 80])  # cut inside record 4's header
    out = list(read_sources([str(p)]))
    assert isinstance(out[0], RawRecord)
    assert isinstance(out[-1], Reject) and out[-1].reason.startswith("broken WARC") and "#record-" in out[-1].origin


def test_ingest_counts_the_skipped_records_for_the_runs_table(tmp_path):
    from eventdesk import pipeline

    p = tmp_path / "crawl.warc.gz"
    _write_warc(p, gz=True)
    run = pipeline.new_run([str(p)], tmp_path / "data")
    ingested = pipeline.ingest(run)
    assert [a.url for a in ingested.articles] == ["https://harbour.example.com/a"]
    assert (ingested.counts["warc_not_html"], ingested.counts["warc_not_ok"]) == (1, 1)
    assert ingested.raw_path and Path(ingested.raw_path).exists()


def test_a_record_over_the_page_cap_is_rejected_alone(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTDESK_MAX_ARTICLE_BYTES", "100")  # pages up to 1,000 bytes
    p = tmp_path / "crawl.warc"
    _write_warc(p, gz=False)
    out = list(read_sources([str(p)]))
    assert [(r.origin, r.reason.split(":")[0]) for r in out] == [
        (f"{p}#record-2", "page too large"), (f"{p}#record-5", "empty article")]  # the reading went on
    assert out[0].reason.startswith("page too large: more than 1,000 bytes")


def test_ingest_of_nothing_leaves_no_raw_file(tmp_path):
    from eventdesk import pipeline

    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n")
    run = pipeline.new_run([str(bad)], tmp_path / "data")
    ingested = pipeline.ingest(run)
    assert ingested.raw_path is None and len(ingested.rejects) == 1
    assert not (tmp_path / "data" / "raw").exists()
