"""Directories, dispatch by suffix or sniffed content, and inputs that must not stop a run."""
import gzip
import json
import os
import re
from pathlib import Path

from eventdesk.records import Reject
from eventdesk.sources import RawRecord, read_sources

FIXTURES = Path(__file__).parent / "fixtures" / "sources"
def _file_of(origin: str) -> str:
    """'dir/a.jsonl:3' or 'dir/feed.rss#item-2' → 'a.jsonl' / 'feed.rss'."""
    return Path(re.sub(r"(:\d+|#.*)$", "", origin)).name


LINE = json.dumps({"id": "d-1", "text": "Workers marched in Lagos.", "published_at": "2024-02-01"})


def _tree(root: Path) -> None:
    (root / "b" / "deeper").mkdir(parents=True)
    (root / "a.jsonl").write_text(LINE + "\n")
    (root / "b" / "story.txt").write_text("Title: Story\n\nSome body text here.\n")
    (root / "b" / "deeper" / "page.html.gz").write_bytes(gzip.compress((FIXTURES / "article.html").read_bytes()))
    (root / "b" / "deeper" / "feed.rss").write_text((FIXTURES / "feed" / "rss.xml").read_text())
    (root / ".hidden.jsonl").write_text("not even json\n")  # editor/OS files are skipped
    (root / ".git").mkdir()
    (root / ".git" / "x.jsonl").write_text("nope\n")


def test_directory_walk_is_recursive_sorted_and_dispatches(tmp_path):
    _tree(tmp_path)
    out = list(read_sources([str(tmp_path)]))
    assert all(isinstance(r, RawRecord) for r in out), out
    assert [(r.kind, _file_of(r.origin)) for r in out] == [
        ("jsonl", "a.jsonl"),
        ("text", "story.txt"),
        ("feed", "feed.rss"),
        ("feed", "feed.rss"),
        ("html", "page.html.gz"),
    ]
    # Same order every time.
    assert [r.origin for r in read_sources([str(tmp_path)])] == [r.origin for r in out]


def test_unknown_suffix_is_sniffed_or_rejected(tmp_path):
    (tmp_path / "dump.data").write_text(LINE + "\n")
    (tmp_path / "page.aspx").write_text((FIXTURES / "article.html").read_text())
    (tmp_path / "notes.md").write_text("# just notes\n")
    (tmp_path / "noext").write_bytes(gzip.compress((LINE + "\n").encode()))
    out = {_file_of(r.origin): r for r in read_sources([str(tmp_path)])}
    assert out["dump.data"].kind == "jsonl"
    assert out["page.aspx"].kind == "html"
    assert out["noext"].kind == "jsonl"  # gzip found by its magic bytes
    assert isinstance(out["notes.md"], Reject) and out["notes.md"].reason.startswith("unknown format")


def test_bad_inputs_are_rejects_naming_the_file(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.jsonl").write_bytes(b"\x00\x01\x02garbage\x00")
    (tmp_path / "fake.txt.gz").write_bytes(b"\x1f\x8b\x08\x00broken")
    os.symlink(tmp_path / "nowhere.txt", tmp_path / "dangling.txt")  # unreadable even as root
    (tmp_path / "ok.jsonl").write_text(LINE + "\n")
    missing = str(tmp_path / "missing.jsonl")
    out = list(read_sources([str(tmp_path), missing]))
    rejects = {_file_of(r.origin): r.reason for r in out if isinstance(r, Reject)}
    assert rejects["empty.txt"] == "empty file"
    assert rejects["binary.jsonl"] == "binary file"
    assert rejects["fake.txt.gz"].startswith("corrupt gzip")
    assert rejects["dangling.txt"].startswith("unreadable file")
    assert rejects["missing.jsonl"] == "not found"
    assert [r.fields["id"] for r in out if isinstance(r, RawRecord)] == ["d-1"]  # the good file still read


def test_plain_file_named_gz_is_read_as_is(tmp_path):
    p = tmp_path / "mislabelled.jsonl.gz"
    p.write_text(LINE + "\n")
    (r,) = read_sources([str(p)])
    assert isinstance(r, RawRecord) and r.fields["id"] == "d-1"


def test_bundled_samples_read_with_one_reject():
    samples = Path(__file__).parent.parent / "data" / "raw" / "samples"
    out = list(read_sources([str(samples)]))
    records = [r for r in out if isinstance(r, RawRecord)]
    rejects = [r for r in out if isinstance(r, Reject)]
    assert {r.kind for r in records} == {"jsonl", "text", "html"}
    assert 6 <= len(records) <= 8
    assert len(rejects) == 1 and rejects[0].origin.endswith("broken/bad.jsonl:1")
