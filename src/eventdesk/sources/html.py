"""HTML pages → article fields, with trafilatura.

The extraction settings live here (not at call sites) so the benchmark in
benchmarks/html_extraction.py measures exactly what ingest runs.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urljoin

from eventdesk.records import Reject
from eventdesk.sources import RawRecord, source_reject

log = logging.getLogger(__name__)
_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_.:-]+)""", re.I)

# Chosen with benchmarks/html_extraction.py on the 181-page article-extraction benchmark:
# word-overlap F1 0.965 with favor_precision vs 0.959 default / 0.959 favor_recall; dropping
# tables or adding comments cost 0.003-0.010. Precision matters more here: menu and teaser text
# that slips into the body turns into false events downstream.
FAVOR_PRECISION = True
FAVOR_RECALL = False
INCLUDE_COMMENTS = False  # reader comments are not the outlet's reporting
INCLUDE_TABLES = True
# Fewer words than this is a menu or a caption that trafilatura fell back to, not a report.
MIN_WORDS = 8


def extract_html(
    html: str | bytes,
    url: str | None = None,
    *,
    favor_precision: bool = FAVOR_PRECISION,
    favor_recall: bool = FAVOR_RECALL,
    include_comments: bool = INCLUDE_COMMENTS,
    include_tables: bool = INCLUDE_TABLES,
) -> dict[str, Any] | None:
    """Return {title, text, published_at, source, url} or None when no body can be found."""
    import trafilatura  # heavy import (~0.5 s): only pay it when HTML is actually read

    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        favor_precision=favor_precision,
        favor_recall=favor_recall,
        include_comments=include_comments,
        include_tables=include_tables,
        deduplicate=False,
    )
    if doc is None:
        return None
    text = getattr(doc, "text", None) or ""
    if len(text.split()) < MIN_WORDS:
        return None
    fields: dict[str, Any] = {
        "title": getattr(doc, "title", None) or None,
        "text": text,
        "published_at": getattr(doc, "date", None) or None,
        "source": getattr(doc, "sitename", None) or getattr(doc, "hostname", None) or None,
        "url": url or getattr(doc, "url", None) or None,
    }
    lang = getattr(doc, "language", None)
    if lang:
        fields["language"] = lang
    return fields


def decode_html(data: bytes, declared: str | None = None) -> str | None:
    """Page bytes → str by declared charset, <meta charset>, then UTF-8; None if none of them fits."""
    candidates = [declared] if declared else []
    m = _CHARSET.search(data[:4096])
    if m:
        candidates.append(m.group(1).decode("ascii", "ignore"))
    candidates += ["utf-8-sig"]
    for enc in candidates:
        try:
            return data.decode(enc)
        except (LookupError, UnicodeDecodeError):
            continue
    return None


def canonical_url(page: str, base: str | None = None) -> str | None:
    """The URL the page names as its own (<link rel=canonical>, else og:url), absolute; None if absent.

    Duplicate detection keys on it: the same story reached through tracking links, AMP or
    syndication names one canonical URL.
    """
    import lxml.html  # trafilatura's own dependency

    try:
        head = page[: page.lower().find("</head>") + 7] if "</head>" in page.lower() else page[:200_000]
        doc = lxml.html.fromstring(head.encode("utf-8", "replace")) if head.strip() else None
    except (ValueError, lxml.etree.ParserError):
        return None
    if doc is None:
        return None
    found = doc.xpath('//link[contains(concat(" ", normalize-space(translate(@rel, "CANONIL", "canonil")), " "),'
                      ' " canonical ")]/@href') or doc.xpath('//meta[@property="og:url"]/@content')
    for href in found:
        href = href.strip()
        absolute = urljoin(base, href) if base else href
        if absolute.startswith(("http://", "https://")):
            return absolute
    return None


def page_date(page: str, url: str | None = None) -> str | None:
    """The publication date the page states in its markup (YYYY-MM-DD), read by htmldate; None if none.

    extensive_search=False: only dates the publisher declared (meta tags, JSON-LD, <time>, the
    URL), not a guess from any date in the text, which is often the event's or a related story's.
    """
    import htmldate

    try:
        return htmldate.find_date(page, url=url, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
    except Exception as e:  # htmldate/lxml raise assorted errors on broken markup: no date, not no article
        log.debug("htmldate failed on %s: %s", url, e)
        return None


_BINARY_MAGIC = (b"\xff\xd8\xff", b"\x89PNG", b"GIF8", b"%PDF", b"PK\x03\x04", b"RIFF", b"\x1f\x8b", b"BM")
# application/octet-stream is left to the byte check: servers send HTML and feeds under it too.
_BINARY_TYPES = ("image/", "audio/", "video/", "font/", "application/pdf", "application/zip")


def not_html(data: bytes, content_type: str | None = None) -> str | None:
    """Why these bytes are not a page (a JPEG behind a news link, a PDF...), or None if they may be one."""
    ctype = (content_type or "").split(";")[0].strip().lower()
    head = data[:1024]
    if any(head.startswith(m) for m in _BINARY_MAGIC) or b"\x00" in head:
        return f"not an HTML page: binary content{f' ({ctype})' if ctype else ''}"
    if ctype.startswith(_BINARY_TYPES):
        return f"not an HTML page: {ctype}"
    return None


def read_html_bytes(data: bytes, origin: str, url: str | None = None) -> Iterator[RawRecord | Reject]:
    page = decode_html(data)
    if page is None:
        yield source_reject(origin, "undecodable bytes: not UTF-8 and no usable charset declared")
        return
    try:
        fields = extract_html(page, url=url)
    except Exception as e:  # trafilatura/lxml raise assorted errors on broken markup
        yield source_reject(origin, f"HTML extraction failed: {e.__class__.__name__}: {e}", record=page)
        return
    if fields is None:
        yield source_reject(origin, "empty article: no body found in HTML", record=page)
        return
    canonical = canonical_url(page, url)
    if canonical:
        fields["canonical_url"] = canonical
    yield RawRecord(origin=origin, kind="html", payload=page, fields=fields)
