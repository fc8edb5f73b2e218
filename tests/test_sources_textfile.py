"""Plain-text articles with and without a header."""
import codecs
import gzip
from collections import Counter

import pytest

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


def test_binary_text_files_are_rejected(tmp_path):
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    noise = tmp_path / "noise.txt"
    noise.write_bytes(bytes(range(32)) * 50)
    out = list(read_sources([str(binary), str(noise)]))
    assert [(type(r).__name__, r.origin, r.reason) for r in out] == [
        ("Reject", str(binary), "binary file"), ("Reject", str(noise), "binary file")]


BODY = "Nurses in Kumasi walked out of the regional hospital on Friday over unpaid allowances."


def test_utf16_text_files_are_read_with_or_without_bom(tmp_path):
    with_bom = tmp_path / "bom.txt"
    with_bom.write_bytes(("Title: Nurses strike\n\n" + BODY + "\n").encode("utf-16"))  # BOM + native order
    big_endian = tmp_path / "be.txt"
    big_endian.write_bytes(codecs.BOM_UTF16_BE + BODY.encode("utf-16-be"))
    no_bom = tmp_path / "nobom.txt"
    no_bom.write_bytes(BODY.encode("utf-16-le"))
    out = list(read_sources([str(with_bom), str(big_endian), str(no_bom)]))
    assert all(isinstance(r, RawRecord) for r in out), out
    assert out[0].fields == {"title": "Nurses strike", "text": BODY + "\n"}
    assert [r.fields["text"].strip() for r in out[1:]] == [BODY, BODY]


def test_latin1_and_windows_1252_text_files_are_read(tmp_path):
    words = "Grève des enseignants à Abidjan: la police a dispersé la foule près du ministère, café fermé."
    latin = tmp_path / "latin.txt"
    latin.write_bytes(words.encode("latin-1"))
    short = tmp_path / "short.txt"
    short.write_bytes("Grève à Abidjan, café".encode("latin-1"))
    quotes = tmp_path / "cp1252.txt"
    quotes.write_bytes("\u201cWe will not go back\u201d, said a teacher \u2013 the strike goes on.".encode("cp1252"))
    out = list(read_sources([str(latin), str(short), str(quotes)]))
    assert [r.fields["text"] for r in out] == [
        words, "Grève à Abidjan, café", "\u201cWe will not go back\u201d, said a teacher \u2013 the strike goes on."]


def test_one_stray_nul_byte_does_not_make_a_text_file_binary(tmp_path):
    p = tmp_path / "stray.txt"
    p.write_bytes(BODY.encode()[:20] + b"\x00" + BODY.encode()[20:])
    (r,) = read_sources([str(p)])
    assert isinstance(r, RawRecord) and "Kumasi" in r.fields["text"]


def _big_text_file(path, size):
    """`size` bytes of plain text, written in blocks so the test never holds it whole."""
    block = (BODY + "\n\n").encode() * 1000
    with open(path, "wb") as f:
        left = size
        while left > 0:
            f.write(block[:left])
            left -= len(block)


def test_a_100_mb_text_file_is_rejected_with_its_size_without_reading_it_whole(tmp_path):
    p = tmp_path / "dump.txt"
    _big_text_file(p, 100_000_000)
    out = list(read_sources([str(p)]))
    assert len(out) == 1 and isinstance(out[0], Reject)
    assert out[0].origin == str(p)
    assert out[0].reason.startswith("article too large: 100,000,000 bytes, over the cap of 2,000,000 bytes")


def test_oversize_truncate_keeps_the_start_and_says_so(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTDESK_OVERSIZE", "truncate")
    monkeypatch.setenv("EVENTDESK_MAX_ARTICLE_BYTES", "5000")
    p = tmp_path / "long.txt"
    _big_text_file(p, 100_000_000)
    gz = tmp_path / "long.txt.gz"
    gz.write_bytes(gzip.compress((BODY + "\n\n").encode() * 2000))
    stats = Counter()
    out = list(read_sources([str(p), str(gz)], stats=stats))
    assert [type(r).__name__ for r in out] == ["Reject", "RawRecord", "Reject", "RawRecord"]
    assert out[0].reason.startswith("article truncated: 100,000,000 bytes, only the first 5,000 bytes were read")
    assert out[2].reason.startswith("article truncated: more than 5,000 bytes uncompressed")
    assert all(4000 < len(r.fields["text"]) <= 5000 for r in (out[1], out[3]))
    assert stats["articles_truncated"] == 2


def test_a_bad_cap_setting_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTDESK_MAX_ARTICLE_BYTES", "lots")
    p = tmp_path / "a.txt"
    p.write_text(BODY)
    with pytest.raises(ValueError, match="EVENTDESK_MAX_ARTICLE_BYTES must be a whole number"):
        list(read_sources([str(p)]))
