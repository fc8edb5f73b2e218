"""RSS/Atom feeds: each entry's linked page, extracted with trafilatura.

Feed summaries are teasers (often one sentence), so the linked page is fetched for the full
report; if that fails the entry's own content/summary is used and a warning says so.
"""
from __future__ import annotations

import json
import logging
import urllib.error
import urllib.request
from collections.abc import Iterator
from html.parser import HTMLParser

from eventdesk.records import Reject
from eventdesk.sources import RawRecord, source_reject
from eventdesk.sources.html import decode_html, extract_html

log = logging.getLogger(__name__)

USER_AGENT = "eventdesk/0.1 (news event coder; +https://github.com/)"
MAX_BYTES = 20_000_000  # a page bigger than this is not a news article


def fetch(url: str, timeout: float) -> tuple[bytes, str | None]:
    """GET url → (body, declared charset). Raises urllib/OS errors for the caller to turn into a Reject."""
    req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        body = resp.read(MAX_BYTES + 1)
        charset = resp.headers.get_content_charset()
    if len(body) > MAX_BYTES:
        raise ValueError(f"response larger than {MAX_BYTES} bytes")
    return body, charset


def _error(e: BaseException) -> str:
    if isinstance(e, urllib.error.HTTPError):
        return f"HTTP {e.code} {e.reason}"
    if isinstance(e, urllib.error.URLError):
        return f"URLError: {e.reason}"
    return f"{e.__class__.__name__}: {e}"


def read_feed_url(url: str, *, timeout: float = 30.0) -> Iterator[RawRecord | Reject]:
    try:
        data, _ = fetch(url, timeout)
    except Exception as e:  # any failure to fetch is one Reject; the Prefect task decides on retries
        yield source_reject(url, f"feed fetch failed: {_error(e)}")
        return
    yield from read_feed_bytes(data, url, timeout=timeout)


def read_feed_bytes(data: bytes, origin: str, *, timeout: float = 30.0) -> Iterator[RawRecord | Reject]:
    import feedparser  # only when a feed is read

    parsed = feedparser.parse(data)
    if not parsed.entries:
        if parsed.get("bozo"):
            yield source_reject(origin, f"invalid feed: {parsed.get('bozo_exception')}", record=data[:500])
        elif not parsed.get("version"):
            yield source_reject(origin, "not an RSS/Atom feed", record=data[:500])
        return  # a valid feed with no items is not an error
    feed_title = (parsed.feed.get("title") or "").strip() or None
    for i, entry in enumerate(parsed.entries, start=1):
        yield _entry_record(entry, f"{origin}#item-{i}", feed_title, timeout)


def _entry_record(entry, origin: str, feed_title: str | None, timeout: float) -> RawRecord:
    link = (entry.get("link") or "").strip() or None
    published = entry.get("published") or entry.get("updated") or None
    contents = [c.get("value") or "" for c in entry.get("content") or []]
    summary_html = max(contents + [entry.get("summary") or ""], key=len)
    item = {
        "id": entry.get("id"),
        "title": entry.get("title"),
        "link": link,
        "published": published,
        "summary": entry.get("summary"),
        "content": contents or None,
    }
    page: str | None = None
    fields: dict | None = None
    why = "no link" if not link else "not an http(s) link"
    if link and link.startswith(("http://", "https://")):
        try:
            body, charset = fetch(link, timeout)
            page = decode_html(body, charset)
            fields = extract_html(page, url=link) if page is not None else None
            why = "no article body in page" if page is not None else "undecodable page"
        except Exception as e:
            why = _error(e)
    if fields is None:
        log.warning("%s: linked page %s unusable (%s); using the feed's summary instead", origin, link, why)
        fields = {"text": html_to_text(summary_html), "url": link, "text_from": "feed summary"}
    fields["title"] = (entry.get("title") or "").strip() or fields.get("title")
    # The feed's date is the publisher's own; page metadata is a guess by htmldate.
    fields["published_at"] = published or fields.get("published_at")
    fields["source"] = fields.get("source") or feed_title
    fields["url"] = link or fields.get("url")
    payload = json.dumps({"item": item, "page_html": page}, ensure_ascii=False, default=str)
    return RawRecord(origin=origin, kind="feed", payload=payload, fields=fields)


class _TextParser(HTMLParser):
    _BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Feed summaries carry HTML markup; keep paragraphs, drop tags."""
    if "<" not in fragment:
        return fragment.strip()
    p = _TextParser()
    p.feed(fragment)
    p.close()
    paragraphs = (" ".join(chunk.split()) for chunk in "".join(p.parts).split("\n\n"))
    return "\n\n".join(x for x in paragraphs if x)
