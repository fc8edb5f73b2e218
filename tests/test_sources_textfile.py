"""Plain-text articles with and without a header."""
import gzip

from eventdesk.records import Reject
from eventdesk.sources import RawRecord, read_sources
from eventdesk.sources.textfile import parse_text

HEADED = """Title: Bus drivers strike in Accra
Date: 2024-05-01
Source: Test Wire
URL: https://test.example/accra-bus

Bus drivers in Accra stopped work on Tuesday.

They want higher wages.
"""


def test_header_fields_and_body(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(HEADED)
    (r,) = read_sources([str(p)])
    assert isinstance(r, RawRecord) and r.kind == "text" and r.origin == str(p)
    assert r.payload == HEADED
    assert r.fields["title"] == "Bus drivers strike in Accra"
    assert r.fields["published_at"] == "2024-05-01"
    assert r.fields["source"] == "Test Wire"
    assert r.fields["url"] == "https://test.example/accra-bus"
    assert r.fields["text"].startswith("Bus drivers in Accra") and "Title:" not in r.fields["text"]


def test_no_header_short_first_line_is_title_and_body_is_whole_text():
    text = "Bus drivers strike in Accra\n\nBus drivers in Accra stopped work on Tuesday."
    f = parse_text(text)
    assert f["title"] == "Bus drivers strike in Accra"
    assert f["text"] == text


def test_no_header_long_first_line_is_not_a_title():
    text = ("Bus drivers in Accra stopped work on Tuesday, saying their wages had not kept up with the price of "
            "fuel and food over the past two years and that talks had failed.\nMore text follows.")
    assert "title" not in parse_text(text)


def test_paragraph_with_colon_is_not_a_header():
    text = "Note: the strike began at dawn.\n\nDrivers gathered at the station."
    f = parse_text(text)
    assert f["text"] == text and "published_at" not in f


def test_gzip_text(tmp_path):
    p = tmp_path / "a.txt.gz"
    p.write_bytes(gzip.compress(HEADED.encode()))
    (r,) = read_sources([str(p)])
    assert r.fields["title"] == "Bus drivers strike in Accra" and r.origin == str(p)


def test_undecodable_and_binary_text_files_are_rejected(tmp_path):
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Grève à Abidjan, caf\xe9".encode("latin-1"))
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    out = list(read_sources([str(latin), str(binary)]))
    assert all(isinstance(r, Reject) for r in out)
    assert (out[0].origin, out[1].origin) == (str(latin), str(binary))
    assert out[0].reason.startswith("undecodable bytes")
    assert out[1].reason == "binary file"
