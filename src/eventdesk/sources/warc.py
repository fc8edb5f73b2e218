"""WARC crawls (plain or gzip): HTML `response` records → article fields via trafilatura.

Requests, metadata, images, scripts and the like are not articles, so they are skipped
silently; only an HTML response that yields nothing is a Reject.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from eventdesk.records import Reject
from eventdesk.sources import RawRecord, source_reject
from eventdesk.sources.html import decode_html, extract_html

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: Path) -> Iterator[RawRecord | Reject]:
    from warcio.archiveiterator import ArchiveIterator

    origin = str(path)
    n = 0
    try:
        with open(path, "rb") as f:
            for n, record in enumerate(ArchiveIterator(f), start=1):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                ctype = (record.http_headers.get_header("Content-Type") or "").lower()
                if not ctype.startswith(HTML_TYPES):
                    continue
                status = record.http_headers.get_statuscode()
                if status and not status.startswith("2"):
                    continue  # redirects and error pages carry no article
                yield _html_record(record, f"{origin}#record-{n}")
    except Exception as e:  # warcio raises ArchiveLoadFailed, but also AttributeError/ValueError on cut records
        # Past a broken record warcio cannot resynchronise; keep what was read.
        yield source_reject(f"{origin}#record-{n + 1}", f"broken WARC: {e.__class__.__name__}: {e}")


def _html_record(record, origin: str) -> RawRecord | Reject:
    url = record.rec_headers.get_header("WARC-Target-URI")
    try:
        body = record.content_stream().read()
    except Exception as e:  # bad chunked/gzip transfer encoding inside the record
        return source_reject(origin, f"unreadable record body: {e.__class__.__name__}: {e}", value=url)
    charset = None
    ctype = record.http_headers.get_header("Content-Type") or ""
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
