"""Raw store: every record exactly as read, so a run can be re-extracted without re-fetching.

Files are partitioned by ingest day (UTC) and named by run, one JSON object a line:
data_dir/raw/ingest_date=YYYY-MM-DD/<run_id>.jsonl.gz. `read_sources` recognises these lines
and yields the same RawRecords back.
"""
from __future__ import annotations

import datetime as dt
import gzip
import os
from collections.abc import Iterable
from pathlib import Path

from eventdesk.sources import RawRecord, dumps_raw


def raw_path(data_dir: Path, run_id: str, ingested_at: dt.datetime) -> Path:
    day = (ingested_at.astimezone(dt.timezone.utc) if ingested_at.tzinfo else ingested_at).date()
    return Path(data_dir) / "raw" / f"ingest_date={day.isoformat()}" / f"{run_id}.jsonl.gz"


def store_raw(records: Iterable[RawRecord], data_dir: Path, run_id: str, ingested_at: dt.datetime) -> Path:
    """Write every raw record unchanged under data_dir/raw/ingest_date=YYYY-MM-DD/<run_id>.jsonl.gz; return the path."""
    sink = RawSink(data_dir, run_id, ingested_at)
    try:
        for raw in records:
            sink.write(raw)
    except BaseException:
        sink.abort()
        raise
    return sink.close()


class RawSink:
    """The raw file of one run, written record by record as the run reads them (a streamed ingest pulls
    records one batch at a time, so the whole stream is never in one call); close() makes it visible."""

    def __init__(self, data_dir: Path, run_id: str, ingested_at: dt.datetime):
        if not run_id or "/" in run_id or run_id.startswith("."):
            raise ValueError(f"run_id must be a plain file name, got {run_id!r}")
        self.path = raw_path(data_dir, run_id, ingested_at)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = self.path.with_name(f".{self.path.name}.tmp")  # hidden: a directory read never picks up a half-written file
        self._f = gzip.open(self.tmp, "wt", encoding="utf-8", newline="\n")

    def write(self, raw) -> None:
        if isinstance(raw, RawRecord):  # Rejects mixed into the stream are the lead's to store
            self._f.write(dumps_raw(raw) + "\n")

    def close(self) -> Path:
        self._f.close()
        with open(self.tmp, "rb") as fh:  # on disk before it is visible, as atomic.write_text does
            os.fsync(fh.fileno())
        os.replace(self.tmp, self.path)
        return self.path

    def abort(self) -> None:
        self._f.close()
        self.tmp.unlink(missing_ok=True)


def stored(data_dir: Path, since: dt.date, until: dt.date) -> list[Path]:
    """The raw files ingested from `since` to `until` (UTC days, both included), oldest first."""
    root = Path(data_dir) / "raw"
    out = []
    for day_dir in root.glob("ingest_date=*") if root.is_dir() else []:
        try:
            day = dt.date.fromisoformat(day_dir.name.split("=", 1)[1])
        except ValueError:
            continue
        if since <= day <= until:
            out += [p for p in day_dir.glob("*.jsonl.gz") if not p.name.startswith(".")]
    return sorted(out, key=lambda p: (p.parent.name, p.name))


def ingested_at(path: Path) -> dt.datetime:
    """When a stored file was ingested: its run's start (run ids begin with it), else its day at midnight UTC."""
    try:
        return dt.datetime.strptime(path.name[:16], "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.timezone.utc)
    except ValueError:
        day = dt.date.fromisoformat(path.parent.name.split("=", 1)[1])
        return dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)
