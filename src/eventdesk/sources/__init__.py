"""Article sources: files, directories and feed URLs → RawRecord (or Reject).

Readers only parse; normalising to Article is eventdesk.articles' job, so the raw store can keep
exactly what was read and extraction can be re-run from it without re-fetching.
Bad input never raises out of `read_sources`: it becomes a Reject naming the file (and line or
record) and reading goes on with the next one.
"""
from __future__ import annotations

import gzip
import json
import os
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from eventdesk.records import Reject

KINDS = ("jsonl", "text", "html", "feed", "warc")
_RAW_KEYS = frozenset({"origin", "kind", "payload", "fields"})
_SHORT = 500
HTML_MARKUP_FACTOR = 10  # a page's markup, scripts and styles weigh about ten times its text


@dataclass(slots=True)
class RawRecord:
    """One record as read, before any normalisation."""

    origin: str  # "file.jsonl:17", "file.txt", "http://.../feed.xml#item-3", "crawl.warc.gz#record-12"
    kind: str  # jsonl | text | html | feed | warc
    payload: str  # the raw record unchanged
    fields: dict = field(default_factory=dict)  # id, title, text, published_at, source, url, language


def shorten(value: object, limit: int = _SHORT) -> str:
    s = value if isinstance(value, str) else repr(value)
    return s if len(s) <= limit else s[: limit - 1] + "…"


def source_reject(origin: str, reason: str, value: object = None, record: object = None) -> Reject:
    """Every reader's Reject looks alike, so the lead can count them by reason."""
    return Reject(
        stage="ingest",
        table="source",
        origin=origin,
        reason=reason,
        value=None if value is None else shorten(value),
        record=None if record is None else shorten(record),
    )


def is_raw_store_object(obj: object) -> bool:
    """A line written by eventdesk.raw.store_raw (so raw-store files can be read back as a source)."""
    return (
        isinstance(obj, dict)
        and _RAW_KEYS <= obj.keys()
        and obj.get("kind") in KINDS
        and isinstance(obj.get("payload"), str)
        and isinstance(obj.get("fields"), dict)
    )


def read_sources(sources: Iterable[str], *, timeout: float = 30.0, fetcher=None,
                 options: dict | None = None, stats: Counter | None = None) -> Iterator[RawRecord | Reject]:
    """Paths (files or directories, recursively; .gz allowed anywhere) and http(s) URLs of RSS/Atom feeds.

    `fetcher` (eventdesk.sources.fetch.Fetcher) is the run's, with its conditional-GET state;
    `options` are a source's settings from the sources file (outlet, country, language);
    `stats` (optional) counts records skipped on purpose, see read_file.
    """
    from eventdesk.sources.feeds import read_feed_url

    for src in sources:
        src = str(src)
        if src.startswith(("http://", "https://")):
            yield from read_feed_url(src, timeout=timeout, fetcher=fetcher, options=options)
            continue
        path = Path(src)
        if path.is_dir():
            errors: list[OSError] = []
            for file in _walk(path, errors):
                yield from read_file(file, timeout=timeout, fetcher=fetcher, stats=stats)
            for e in errors:
                yield source_reject(str(e.filename or src), f"unreadable directory: {e.strerror or e}")
        elif path.exists():
            yield from read_file(path, timeout=timeout, fetcher=fetcher, stats=stats)
        else:
            yield source_reject(src, "not found")


def _walk(root: Path, errors: list[OSError]) -> Iterator[Path]:
    """Files under root, sorted, skipping hidden files and folders (.git, .DS_Store, editor swap files)."""
    for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath) / name


def _format_of(path: Path) -> tuple[str | None, bool]:
    """(format by suffix, gzipped?) — '.warc.gz' stays one format because warcio reads gzip WARCs itself."""
    suffixes = [s.lower() for s in path.suffixes]
    gz = bool(suffixes) and suffixes[-1] in (".gz", ".gzip")
    inner = suffixes[-2] if gz and len(suffixes) >= 2 else (None if gz else (suffixes[-1] if suffixes else None))
    fmt = {
        ".jsonl": "jsonl", ".ndjson": "jsonl",
        ".txt": "text", ".text": "text",
        ".html": "html", ".htm": "html", ".xhtml": "html",
        ".xml": "feed", ".rss": "feed", ".atom": "feed",
        ".warc": "warc", ".arc": "warc",
    }.get(inner or "")
    return fmt, gz


def _sniff(head: bytes) -> str | None:
    """Guess a format from a file's first bytes, for files whose suffix says nothing."""
    if head.startswith(b"WARC/"):
        return "warc"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith(b"{"):
        return "jsonl"
    if b"<rss" in text or b"<feed" in text or b"<rdf:rdf" in text:
        return "feed"
    if text.startswith(b"<!doctype html") or b"<html" in text[:2048]:
        return "html"
    return None


def _gunzip_head(path: Path, size: int = 8192) -> bytes | None:
    """First bytes of a gzip file, tolerating truncation so the reader can report where it breaks."""
    try:
        with open(path, "rb") as f:
            return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(f.read(1 << 16), size)
    except (OSError, zlib.error):
        return None


def read_file(path: Path, *, timeout: float = 30.0, fetcher=None, stats: Counter | None = None) -> Iterator[RawRecord | Reject]:
    """Dispatch one file by suffix (or sniffed content) to its reader.

    `stats`, when given, counts what readers skip without it being an error (WARC records that
    are no HTML page, non-200 responses, truncated articles), for the runs table.
    """
    from eventdesk.settings import max_article_bytes, oversize_policy
    from eventdesk.sources.encoding import looks_binary
    from eventdesk.sources.feeds import read_feed_bytes
    from eventdesk.sources.html import read_html_bytes
    from eventdesk.sources.jsonl import read_jsonl
    from eventdesk.sources.textfile import read_text_bytes
    from eventdesk.sources.warc import read_warc

    origin = str(path)
    fmt, gz = _format_of(path)
    try:
        with open(path, "rb") as f:
            head = f.read(8192)
    except OSError as e:
        yield source_reject(origin, f"unreadable file: {e.__class__.__name__}: {e.strerror or e}")
        return
    if not head:
        yield source_reject(origin, "empty file")
        return
    if head.startswith(b"\x1f\x8b"):
        gz = True
    elif gz:
        gz = False  # named .gz but stored plain: read it as it is rather than reject
    if gz and fmt != "warc":
        head = _gunzip_head(path)
        if head is None:
            yield source_reject(origin, "corrupt gzip: cannot decompress the start of the file")
            return
    if fmt is None:
        fmt = _sniff(head)
        if fmt is None:
            yield source_reject(origin, f"unknown format (suffix {''.join(path.suffixes) or 'none'})")
            return
    # One stray NUL byte must not cost a whole file: JSONL lines are judged one by one and text is
    # decoded first (UTF-16 is full of NULs); only a head that is mostly control bytes is binary.
    if fmt != "warc" and looks_binary(head):
        yield source_reject(origin, "binary file")
        return

    if fmt == "jsonl":
        yield from read_jsonl(path, gz=gz)
        return
    if fmt == "warc":
        yield from read_warc(path, stats=stats)
        return
    cap = {"text": max_article_bytes(), "html": HTML_MARKUP_FACTOR * max_article_bytes()}.get(fmt)
    try:
        data, total = _read_bounded(path, gz, cap)
    except (OSError, EOFError, zlib.error) as e:
        yield source_reject(origin, f"{'corrupt gzip' if gz else 'unreadable file'}: {e}")
        return
    if cap is not None and total > cap:
        size = f"{total:,} bytes" if not gz else f"more than {cap:,} bytes uncompressed"
        if oversize_policy() == "reject":
            yield source_reject(origin, f"article too large: {size}, over the cap of {cap:,} bytes "
                                        f"(EVENTDESK_MAX_ARTICLE_BYTES; EVENTDESK_OVERSIZE=truncate keeps the start)")
            return
        yield source_reject(origin, f"article truncated: {size}, only the first {cap:,} bytes were read "
                                    f"(EVENTDESK_MAX_ARTICLE_BYTES)")
        if stats is not None:
            stats["articles_truncated"] += 1
    if fmt == "text":
        yield from read_text_bytes(data, origin)
    elif fmt == "html":
        yield from read_html_bytes(data, origin)
    elif fmt == "feed":
        yield from read_feed_bytes(data, origin, timeout=timeout, fetcher=fetcher)


def _read_bounded(path: Path, gz: bool, cap: int | None, chunk: int = 1 << 20) -> tuple[bytes, int]:
    """(at most `cap` bytes, the size seen): a plain file's size comes from stat, so a 100 MB file
    over the cap costs one read of `cap` bytes; a gzip one is decompressed in chunks until past it."""
    if cap is None:
        if gz:
            with gzip.open(path, "rb") as f:
                data = f.read()
        else:
            data = path.read_bytes()
        return data, len(data)
    if not gz:
        total = path.stat().st_size
        with open(path, "rb") as f:
            return f.read(cap), total
    parts: list[bytes] = []
    n = 0
    with gzip.open(path, "rb") as f:
        while n <= cap and (block := f.read(chunk)):
            parts.append(block)
            n += len(block)
    data = b"".join(parts)
    return data[:cap], n


def raw_from_json(obj: dict) -> RawRecord:
    return RawRecord(origin=str(obj["origin"]), kind=obj["kind"], payload=obj["payload"], fields=dict(obj["fields"]))


def dumps_raw(raw: RawRecord) -> str:
    obj = {"origin": raw.origin, "kind": raw.kind, "payload": raw.payload, "fields": raw.fields}
    line = json.dumps(obj, ensure_ascii=False, default=str)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        # A lone surrogate (half an emoji cut by a scraper) cannot be written as UTF-8; the escaped
        # form reads back to the very same record.
        line = json.dumps(obj, default=str)
    return line


__all__ = ["RawRecord", "read_sources", "read_file", "KINDS"]
