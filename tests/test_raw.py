"""Raw store: written unchanged, readable back as a source."""
import datetime as dt
import gzip
import json
from pathlib import Path

from eventdesk.raw import store_raw
from eventdesk.records import Reject
from eventdesk.sources import RawRecord, read_sources

FIXTURES = Path(__file__).parent / "fixtures" / "sources"
WHEN = dt.datetime(2024, 3, 1, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))  # 2 March in UTC


def _records(tmp_path: Path) -> list[RawRecord]:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.jsonl").write_text(json.dumps({"id": "r-1", "text": "Drivers struck in Accra. “Quoted” – ü"}) + "\n")
    (src / "b.txt").write_text("Title: T\nDate: 2024-01-01\n\nBody\x0b text.\n")
    (src / "c.html").write_text((FIXTURES / "article.html").read_text())
    out = list(read_sources([str(src)]))
    assert all(isinstance(r, RawRecord) for r in out)
    return out


def test_store_layout_and_lines(tmp_path):
    recs = _records(tmp_path)
    path = store_raw(recs, tmp_path / "data", "run-1", WHEN)
    assert path == tmp_path / "data" / "raw" / "ingest_date=2024-03-02" / "run-1.jsonl.gz"
    lines = gzip.decompress(path.read_bytes()).decode().splitlines()
    assert len(lines) == 3
    first = json.loads(lines[0])
    assert set(first) == {"origin", "kind", "payload", "fields"}
    assert first["payload"] == recs[0].payload
    assert not list(path.parent.glob(".*"))  # no temp file left behind


def test_round_trip_yields_the_same_records(tmp_path):
    recs = _records(tmp_path)
    path = store_raw(recs, tmp_path / "data", "run-1", WHEN)
    assert list(read_sources([str(path)])) == recs
    # ...and as part of a directory walk over the store.
    assert list(read_sources([str(tmp_path / "data" / "raw")])) == recs


def test_rejects_in_the_stream_are_not_stored(tmp_path):
    recs = _records(tmp_path)
    path = store_raw([Reject("ingest", "source", "x", "bad"), *recs], tmp_path / "d", "r", WHEN)
    assert len(gzip.decompress(path.read_bytes()).splitlines()) == len(recs)


def test_a_lone_surrogate_is_stored_escaped_and_reads_back_the_same(tmp_path):
    src = tmp_path / "cut.jsonl"
    src.write_text('{"id": "r-2", "text": "Drivers struck in Accra \\ud83d"}\n')  # half an emoji, JSON-escaped
    recs = list(read_sources([str(src)]))
    path = store_raw(recs, tmp_path / "data", "run-2", WHEN)
    assert list(read_sources([str(path)])) == recs
