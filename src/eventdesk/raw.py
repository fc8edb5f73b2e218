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
    if not run_id or "/" in run_id or run_id.startswith("."):
        raise ValueError(f"run_id must be a plain file name, got {run_id!r}")
    path = raw_path(data_dir, run_id, ingested_at)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")  # hidden, so a directory read never picks up a half-written file
    with gzip.open(tmp, "wt", encoding="utf-8", newline="\n") as f:
        for raw in records:
            if isinstance(raw, RawRecord):  # Rejects mixed into the stream are the lead's to store
                f.write(dumps_raw(raw) + "\n")
    os.replace(tmp, path)
    return path
