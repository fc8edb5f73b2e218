"""HTML pages: trafilatura body plus title, date and site name."""
import gzip
from pathlib import Path

from eventdesk.records import Reject
from eventdesk.sources import RawRecord, read_sources

FIXTURES = Path(__file__).parent / "fixtures" / "sources"


def test_html_body_and_metadata():
    (r,) = read_sources([str(FIXTURES / "article.html")])
    assert isinstance(r, RawRecord) and r.kind == "html"
    f = r.fields
    assert "Hundreds of dockworkers walked off the job" in f["text"]
    assert "Most read" not in f["text"] and "Privacy" not in f["text"]  # navigation and footer dropped
    assert f["title"] == "Dockworkers strike in Durban port"
    assert f["published_at"] == "2023-11-02"
    assert f["source"] == "Harbour Times"
    assert f["url"] == "https://harbour.example.com/durban-dockworkers-strike"
    assert r.payload == (FIXTURES / "article.html").read_text()


def test_gzip_html(tmp_path):
    p = tmp_path / "page.htm.gz"
    p.write_bytes(gzip.compress((FIXTURES / "article.html").read_bytes()))
    (r,) = read_sources([str(p)])
    assert isinstance(r, RawRecord) and "dockworkers" in r.fields["text"]


def test_page_without_body_is_rejected(tmp_path):
    p = tmp_path / "empty.html"
    p.write_text("<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>")
    (r,) = read_sources([str(p)])
    assert isinstance(r, Reject) and r.origin == str(p) and r.reason.startswith("empty article")


def test_declared_latin1_page_is_decoded(tmp_path):
    html = (FIXTURES / "article.html").read_text().replace('charset="utf-8"', 'charset="iso-8859-1"')
    html = html.replace("Hundreds of dockworkers", "Hundreds of dockworkers (café staff too)")
    p = tmp_path / "latin.html"
    p.write_bytes(html.encode("latin-1"))
    (r,) = read_sources([str(p)])
    assert isinstance(r, RawRecord) and "café staff" in r.fields["text"]
