"""JSONL articles: fields kept, every bad line a Reject naming file:line, reading goes on."""
import gzip
import json

from eventdesk.records import Reject
from eventdesk.sources import RawRecord, read_sources


def _article(i: int, **kw) -> dict:
    d = {"id": f"t-{i}", "url": None, "title": f"Title {i}", "text": f"Body of article {i}.",
         "published_at": "2024-01-0%d" % i, "source": "Test Wire", "language": "en"}
    d.update(kw)
    return d


def test_reads_each_line_with_origin_and_fields(tmp_path):
    p = tmp_path / "a.jsonl"
    lines = [json.dumps(_article(1)), json.dumps(_article(2))]
    p.write_text("\n".join(lines) + "\n")
    out = list(read_sources([str(p)]))
    assert [r.origin for r in out] == [f"{p}:1", f"{p}:2"]
    assert all(isinstance(r, RawRecord) and r.kind == "jsonl" for r in out)
    assert out[0].payload == lines[0]
    assert out[1].fields["id"] == "t-2" and out[1].fields["published_at"] == "2024-01-02"


def test_bad_lines_become_rejects_and_reading_continues(tmp_path):
    p = tmp_path / "mixed.jsonl"
    p.write_bytes(
        json.dumps(_article(1)).encode() + b"\n"
        + b'{"id": "cut", "text": "unterminated\n'
        + b"[1, 2, 3]\n"
        + b"\n"  # blank lines are not records
        + b'{"id": "latin", "text": "caf\xe9"}\n'
        + json.dumps(_article(6)).encode() + b"\n"
    )
    out = list(read_sources([str(p)]))
    kinds = [(type(r).__name__, r.origin) for r in out]
    assert kinds == [
        ("RawRecord", f"{p}:1"),
        ("Reject", f"{p}:2"),
        ("Reject", f"{p}:3"),
        ("Reject", f"{p}:5"),
        ("RawRecord", f"{p}:6"),
    ]
    assert out[1].reason.startswith("invalid JSON") and out[1].stage == "ingest" and out[1].table == "source"
    assert out[2].reason.startswith("not a JSON object")
    assert out[3].reason.startswith("undecodable bytes")


def test_gzip_jsonl(tmp_path):
    p = tmp_path / "a.jsonl.gz"
    p.write_bytes(gzip.compress((json.dumps(_article(1)) + "\n").encode()))
    (r,) = read_sources([str(p)])
    assert r.fields["id"] == "t-1" and r.origin == f"{p}:1"


def test_truncated_gzip_keeps_read_lines_and_rejects_the_rest(tmp_path):
    # Numbers that do not repeat, so the compressed stream grows with every line.
    body = "".join(json.dumps(_article(i % 9 + 1, text=" ".join(str(k * 7919 % 100003) for k in range(i * 500, i * 500 + 500))))
                   + "\n" for i in range(40)).encode()
    packed = gzip.compress(body)
    p = tmp_path / "cut.jsonl.gz"
    p.write_bytes(packed[: len(packed) // 2])
    out = list(read_sources([str(p)]))
    assert isinstance(out[-1], Reject) and out[-1].reason.startswith("corrupt gzip")
    good = out[:-1]
    assert len(good) >= 5 and all(isinstance(r, RawRecord) for r in good)
    assert out[-1].origin == f"{p}:{len(good) + 1}"


def test_concatenated_gzip_members(tmp_path):
    lines = [json.dumps(_article(i)) + "\n" for i in (1, 2, 3)]
    p = tmp_path / "multi.jsonl.gz"
    p.write_bytes(gzip.compress("".join(lines[:2]).encode()) + gzip.compress(lines[2].encode()))
    assert [r.fields["id"] for r in read_sources([str(p)])] == ["t-1", "t-2", "t-3"]


def test_bom_on_first_line_is_tolerated(tmp_path):
    p = tmp_path / "bom.jsonl"
    p.write_bytes(b"\xef\xbb\xbf" + json.dumps(_article(1)).encode() + b"\n")
    (r,) = read_sources([str(p)])
    assert isinstance(r, RawRecord) and r.fields["id"] == "t-1"


def test_a_nul_byte_in_line_3_rejects_only_line_3(tmp_path):
    p = tmp_path / "nul.jsonl"
    good = [json.dumps(_article(i)).encode() for i in range(1, 6)]
    damaged = good[2][:30] + b"\x00" + good[2][30:]
    p.write_bytes(b"\n".join(good[:2] + [damaged] + good[3:]) + b"\n")
    out = list(read_sources([str(p)]))
    assert [(type(r).__name__, r.origin) for r in out] == [
        ("RawRecord", f"{p}:1"), ("RawRecord", f"{p}:2"), ("Reject", f"{p}:3"),
        ("RawRecord", f"{p}:4"), ("RawRecord", f"{p}:5")]
    assert out[2].reason == "NUL byte in the line (column 31): a damaged or binary line"
    assert "\\x00" in out[2].record  # the record shows where the byte was


def test_a_mostly_binary_jsonl_file_is_still_one_reject(tmp_path):
    p = tmp_path / "blob.jsonl"
    p.write_bytes(bytes(range(256)) * 40)
    assert [(r.origin, r.reason) for r in read_sources([str(p)])] == [(str(p), "binary file")]


def test_utf16_jsonl_with_bom_is_read_line_by_line(tmp_path):
    p = tmp_path / "wide.jsonl"
    text = "\n".join(json.dumps(_article(i, title="Grève à Dakar"), ensure_ascii=False) for i in (1, 2)) + "\n"
    p.write_bytes(text.encode("utf-16"))
    out = list(read_sources([str(p)]))
    assert [r.fields["id"] for r in out] == ["t-1", "t-2"] and out[0].fields["title"] == "Grève à Dakar"


def test_an_overlong_line_is_skipped_alone_plain_and_gzip(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTDESK_MAX_ARTICLE_BYTES", "1000")  # lines up to 1,000 + 65,536 bytes
    big = json.dumps(_article(2, text="word " * 40_000))
    body = (json.dumps(_article(1)) + "\n" + big + "\n" + json.dumps(_article(3)) + "\n").encode()
    plain = tmp_path / "big.jsonl"
    plain.write_bytes(body)
    gz = tmp_path / "big.jsonl.gz"
    gz.write_bytes(gzip.compress(body))
    for p in (plain, gz):
        out = list(read_sources([str(p)]))
        assert [(type(r).__name__, r.origin) for r in out] == [
            ("RawRecord", f"{p}:1"), ("Reject", f"{p}:2"), ("RawRecord", f"{p}:3")]
        assert out[1].reason.startswith("line too long: more than 66,536 bytes")
