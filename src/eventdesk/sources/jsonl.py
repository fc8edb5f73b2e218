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
from eventdesk.sources.encoding import bom_encoding

ARTICLE_FIELDS = ("id", "url", "title", "text", "published_at", "source", "language")


def read_jsonl(path: Path, *, gz: bool = False) -> Iterator[RawRecord | Reject]:
    """Line by line, each line bounded by the article cap, so one bad or huge line costs only itself."""
    from eventdesk.settings import max_article_bytes

    origin = str(path)
    cap = max_article_bytes() + LINE_SLACK
    lineno = 0
    try:
        with open(path, "rb") as f:
            head = f.read(4)
        bom = None if gz else bom_encoding(head)
        if bom and bom[0] != "utf-8":
            lines = _recoded_lines(path, bom[0], cap)
        else:
            lines = _gunzip_lines(path, cap=cap) if gz else _plain_lines(path, cap)
        for lineno, raw in enumerate(lines, start=1):
            if isinstance(raw, _Overlong):
                yield source_reject(f"{origin}:{lineno}", f"line too long: more than {cap:,} bytes "
                                                          f"(EVENTDESK_MAX_ARTICLE_BYTES); the line is skipped")
                continue
            yield from parse_jsonl_line(raw, f"{origin}:{lineno}")
    except (OSError, EOFError, zlib.error, UnicodeDecodeError) as e:
        # A truncated download fails mid-stream: keep what was read, name the line where it broke.
        yield source_reject(f"{origin}:{lineno + 1}", f"{'corrupt gzip' if gz else 'unreadable file'}: {e}")


LINE_SLACK = 1 << 16  # room for a record's other fields and JSON escapes around an article at the cap


class _Overlong:
    """Stands for a line longer than the cap, which is skipped without being held in memory."""


def _plain_lines(path: Path, cap: int) -> Iterator[bytes | _Overlong]:
    with open(path, "rb") as f:
        while line := f.readline(cap + 1):
            if len(line) > cap and not line.endswith(b"\n"):
                while (rest := f.readline(1 << 20)) and not rest.endswith(b"\n"):
                    pass
                yield _Overlong()
            else:
                yield line


def _recoded_lines(path: Path, encoding: str, cap: int) -> Iterator[bytes | _Overlong]:
    """A UTF-16/32 JSONL file (with its BOM) read as UTF-8 lines, so every line is parsed the same way."""
    import codecs

    with open(path, "rb") as raw:
        f = codecs.getreader(encoding.removesuffix("-le").removesuffix("-be"))(raw, errors="replace")
        while line := f.readline(cap + 1, keepends=True):
            if len(line) > cap and not line.endswith("\n"):
                while (rest := f.readline(1 << 20, keepends=True)) and not rest.endswith("\n"):
                    pass
                yield _Overlong()
            else:
                yield line.encode("utf-8", errors="surrogatepass")


def _gunzip_lines(path: Path, chunk: int = 1 << 16, cap: int | None = None) -> Iterator[bytes | _Overlong]:
    """Lines of a gzip file as they decompress (GzipFile buffers ahead, so a cut file would lose
    its last good lines); concatenated gzip members are read one after another."""
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    pending = b""
    overlong = False  # inside a line already over the cap: drop bytes up to its newline
    with open(path, "rb") as f:
        while data := f.read(chunk):
            while data:
                if d.eof:  # next gzip member
                    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
                pending += d.decompress(data)
                data = d.unused_data if d.eof else b""
                *lines, pending = pending.split(b"\n")
                for line in lines:
                    if overlong:
                        overlong = False
                        yield _Overlong()
                    elif cap is not None and len(line) > cap:
                        yield _Overlong()
                    else:
                        yield line + b"\n"
                if cap is not None and len(pending) > cap:
                    overlong, pending = True, b""
    if not d.eof:  # the unfinished last line is dropped: it is cut anyway
        raise EOFError("compressed file ended before the end-of-stream marker was reached")
    if overlong:
        yield _Overlong()
    elif pending:
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
    if "\x00" in line:
        yield source_reject(origin, f"NUL byte in the line (column {line.index(chr(0)) + 1}): a damaged or binary line",
                            record=line.replace("\x00", "\\x00"))
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
