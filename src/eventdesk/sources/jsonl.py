"""JSONL articles (one JSON object a line, the evaluation sets' format), and raw-store files.

A raw-store line ({origin, kind, payload, fields}) is re-yielded as the RawRecord it was, so a
stored run can be re-extracted without fetching anything again.
"""
from __future__ import annotations

import zlib
import json
from collections.abc import Iterator
from pathlib import Path

from eventdesk.records import Reject
from eventdesk.sources import RawRecord, is_raw_store_object, raw_from_json, source_reject

ARTICLE_FIELDS = ("id", "url", "title", "text", "published_at", "source", "language")


def read_jsonl(path: Path, *, gz: bool = False) -> Iterator[RawRecord | Reject]:
    origin = str(path)
    lineno = 0
    try:
        for lineno, raw in enumerate(_gunzip_lines(path) if gz else open(path, "rb"), start=1):
            yield from parse_jsonl_line(raw, f"{origin}:{lineno}")
    except (OSError, EOFError, zlib.error) as e:
        # A truncated download fails mid-stream: keep what was read, name the line where it broke.
        yield source_reject(f"{origin}:{lineno + 1}", f"{'corrupt gzip' if gz else 'unreadable file'}: {e}")


def _gunzip_lines(path: Path, chunk: int = 1 << 16) -> Iterator[bytes]:
    """Lines of a gzip file as they decompress (GzipFile buffers ahead, so a cut file would lose
    its last good lines); concatenated gzip members are read one after another."""
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    pending = b""
    with open(path, "rb") as f:
        while data := f.read(chunk):
            while data:
                if d.eof:  # next gzip member
                    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
                pending += d.decompress(data)
                data = d.unused_data if d.eof else b""
                *lines, pending = pending.split(b"\n")
                for line in lines:
                    yield line + b"\n"
    if not d.eof:  # the unfinished last line is dropped: it is cut anyway
        raise EOFError("compressed file ended before the end-of-stream marker was reached")
    if pending:
        yield pending


def parse_jsonl_line(raw: bytes, origin: str) -> Iterator[RawRecord | Reject]:
    try:
        line = raw.decode("utf-8-sig")  # a BOM only ever starts line 1; harmless elsewhere
    except UnicodeDecodeError as e:
        yield source_reject(origin, f"undecodable bytes: {e.reason} at byte {e.start}", record=raw[:200])
        return
    line = line.rstrip("\r\n")
    if not line.strip():
        return
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        yield source_reject(origin, f"invalid JSON: {e.msg} (column {e.colno})", record=line)
        return
    if not isinstance(obj, dict):
        yield source_reject(origin, f"not a JSON object: {type(obj).__name__}", record=line)
        return
    if is_raw_store_object(obj):
        yield raw_from_json(obj)
        return
    fields = {k: obj[k] for k in ARTICLE_FIELDS if k in obj}
    yield RawRecord(origin=origin, kind="jsonl", payload=line, fields=fields)
