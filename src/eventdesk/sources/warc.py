"""WARC crawls (plain or gzip): HTML `response` records → article fields via trafilatura.

Records are streamed one at a time (warcio), so a 1 GB CC-NEWS file is read in the memory of
one record. Requests, metadata and warcinfo records are not pages and pass silently; responses
that are not HTML (images, scripts, PDFs) and HTML responses whose status is not 2xx are skipped
and counted (`stats`, for the runs table); only an HTML response that yields nothing is a Reject.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from eventdesk.records import Reject
from eventdesk.sources import RawRecord, source_reject
from eventdesk.sources.html import decode_html, extract_html

HTML_TYPES = ("text/html", "application/xhtml+xml")


MAX_RECORD_BYTES_FACTOR = 10  # an HTML record may weigh this many times the article cap (markup, scripts)


def read_warc(path: Path, *, stats: Counter | None = None) -> Iterator[RawRecord | Reject]:
    from warcio.archiveiterator import ArchiveIterator

    origin = str(path)
    n = 0
    try:
        with open(path, "rb") as f:
            for n, record in enumerate(ArchiveIterator(f), start=1):
                if record.rec_type not in ("response", "resource"):
                    continue
                headers = record.http_headers
                ctype = ((headers.get_header("Content-Type") if headers is not None else None)
                         or record.rec_headers.get_header("Content-Type") or "").lower()
                if headers is None and record.rec_type == "response" and not ctype.startswith(HTML_TYPES):
                    continue  # a response without HTTP headers (dns:, whois) is no page
                if not ctype.split(";")[0].strip().startswith(HTML_TYPES):
                    _count(stats, "warc_not_html")
                    continue
                status = headers.get_statuscode() if headers is not None else None
                if status and not status.startswith("2"):
                    _count(stats, "warc_not_ok")  # redirects and error pages carry no article
                    continue
                yield _html_record(record, f"{origin}#record-{n}")
    except Exception as e:  # warcio raises ArchiveLoadFailed, but also AttributeError/ValueError on cut records
        # Past a broken record warcio cannot resynchronise; keep what was read.
        yield source_reject(f"{origin}#record-{n + 1}", f"broken WARC: {e.__class__.__name__}: {e}")


def _read_upto(stream, limit: int, chunk: int = 1 << 16) -> bytes:
    parts, n = [], 0
    while n < limit and (block := stream.read(min(chunk, limit - n))):
        parts.append(block)
        n += len(block)
    return b"".join(parts)


def _count(stats: Counter | None, key: str) -> None:
    if stats is not None:
        stats[key] += 1


def _html_record(record, origin: str) -> RawRecord | Reject:
    from eventdesk.settings import max_article_bytes

    url = record.rec_headers.get_header("WARC-Target-URI")
    cap = MAX_RECORD_BYTES_FACTOR * max_article_bytes()
    try:
        body = _read_upto(record.content_stream(), cap + 1)  # bounded: the iterator skips what is left unread
    except Exception as e:  # bad chunked/gzip transfer encoding inside the record
        return source_reject(origin, f"unreadable record body: {e.__class__.__name__}: {e}", value=url)
    if len(body) > cap:
        return source_reject(origin, f"page too large: more than {cap:,} bytes (10 x EVENTDESK_MAX_ARTICLE_BYTES)",
                             value=url)
    charset = None
    ctype = (record.http_headers.get_header("Content-Type") if record.http_headers is not None else None) \
        or record.rec_headers.get_header("Content-Type") or ""
    if "charset=" in ctype.lower():
        charset = ctype.lower().split("charset=", 1)[1].split(";")[0].strip(" \"'") or None
    page = decode_html(body, charset)
    if page is None:
        return source_reject(origin, "undecodable bytes in HTML record", value=url)
    try:
        fields = extract_html(page, url=url)
    except Exception as e:  # broken markup can raise inside lxml
        return source_reject(origin, f"HTML extraction failed: {e.__class__.__name__}: {e}", value=url)
    if fields is None:
        return source_reject(origin, "empty article: no body found in HTML", value=url, record=page)
    fields["url"] = url or fields.get("url")
    return RawRecord(origin=origin, kind="warc", payload=page, fields=fields)
