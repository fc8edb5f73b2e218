"""RSS/Atom feeds: each entry's linked page, fetched by eventdesk.sources.fetch and extracted.

Feed summaries are teasers (often one sentence), so the linked page is fetched for the full
report. When the page cannot be had (refused, failed, not HTML, no body) that is a Reject with
the reason, and the entry's own content/summary is still coded, marked `fetch_status`
"teaser_only" so an event resting on a teaser is visible as such. A page that answers 304 Not
Modified was published by an earlier night: the entry is skipped.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import xml.sax
from collections.abc import Iterator
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from eventdesk.records import Reject
from eventdesk.sources import RawRecord, source_reject
from eventdesk.sources.fetch import Fetcher, FetchResult, FetchSettings
from eventdesk.sources.html import canonical_url, decode_html, extract_html, not_html, page_date

log = logging.getLogger(__name__)


def read_feed_url(url: str, *, timeout: float = 30.0, fetcher: Fetcher | None = None,
                  options: dict | None = None) -> Iterator[RawRecord | Reject]:
    """Fetch a feed (conditionally: a 304 yields nothing) and each of its entries' pages."""
    own = fetcher is None
    fetcher = fetcher or Fetcher(FetchSettings.load() if timeout == 30.0 else _with_deadline(timeout))
    try:
        result = fetcher.fetch(url, conditional=True)
        if result.not_modified:
            log.info("%s: not modified since the last run", url)
            return
        if not result.ok:
            yield source_reject(url, f"feed {result.reason}")
            return
        if (why := not_html(result.body)) is not None:  # by its bytes: feeds come under many content types
            yield source_reject(url, f"not a feed: {why.removeprefix('not an HTML page: ')}")
            fetcher.forget(url)
            return
        failed = yield from _read_feed(result.body, url, fetcher, options or {}, base=result.final_url or url)
        if failed:  # tomorrow the feed must not 304, or the failed pages would never be tried again
            fetcher.forget(url)
    finally:
        if own:
            fetcher.close()


def read_feed_bytes(data: bytes, origin: str, *, timeout: float = 30.0, fetcher: Fetcher | None = None,
                    options: dict | None = None) -> Iterator[RawRecord | Reject]:
    """A feed already in hand (a local .xml file): its http(s) links are fetched, relative ones are not."""
    own = fetcher is None
    fetcher = fetcher or Fetcher(FetchSettings.load() if timeout == 30.0 else _with_deadline(timeout))
    try:
        yield from _read_feed(data, origin, fetcher, options or {}, base=None)
    finally:
        if own:
            fetcher.close()


def _with_deadline(timeout: float) -> FetchSettings:
    from dataclasses import replace

    s = FetchSettings.load()
    return replace(s, deadline=timeout, read_timeout=min(s.read_timeout, timeout), connect_timeout=min(s.connect_timeout, timeout))


def _read_feed(data: bytes, origin: str, fetcher: Fetcher, options: dict, base: str | None):
    """Yield the entries' records; return how many pages could not be fetched."""
    import feedparser  # only when a feed is read

    parsed = feedparser.parse(data)
    if not parsed.entries:
        if parsed.get("bozo"):
            yield source_reject(origin, f"invalid feed: {parsed.get('bozo_exception')}", record=data[:500])
        elif not parsed.get("version"):
            yield source_reject(origin, "not an RSS/Atom feed", record=data[:500])
        return 0  # a valid feed with no items is not an error
    if parsed.get("bozo") and isinstance(parsed.get("bozo_exception"), xml.sax.SAXException):
        # feedparser recovers what it can from broken XML; what it lost is unknown, so say so.
        yield source_reject(origin, f"invalid feed: {parsed.get('bozo_exception')} "
                                    f"({len(parsed.entries)} item(s) recovered and read)", record=data[:500])
    feed_title = (parsed.feed.get("title") or "").strip() or None
    # Every page is requested at once; the fetcher keeps to its per-host limit and delay.
    links = [_link(entry, base) for entry in parsed.entries]
    pending = {i: fetcher.submit(link, conditional=True) for i, (link, fetch) in enumerate(links) if fetch}
    failed = 0
    for i, entry in enumerate(parsed.entries):
        link, fetch = links[i]
        result = pending[i].result() if fetch else None
        if result is not None and result.not_modified:
            continue  # published by an earlier run; re-reading it would change nothing
        records = list(_entry_records(entry, f"{origin}#item-{i + 1}", feed_title, link, result, fetcher, options))
        failed += any(isinstance(r, Reject) for r in records)
        yield from records
    return failed


def _link(entry, base: str | None) -> tuple[str | None, bool]:
    """(the entry's link, whether to fetch it). Any explicit scheme goes to the fetcher, which refuses
    what is not http(s) with the reason; a relative link is resolved against an http(s) feed's URL."""
    link = (entry.get("link") or "").strip() or None
    if not link:
        return None, False
    if urlsplit(link).scheme:
        return link, True
    if base:
        return urljoin(base, link), True
    return link, False  # a relative link in a local feed file: nothing to resolve it against


def _entry_records(entry, origin: str, feed_title: str | None, link: str | None, result: FetchResult | None,
                   fetcher: Fetcher, options: dict) -> Iterator[RawRecord | Reject]:
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
    page_published = None
    if result is not None:
        why = None
        if not result.ok:
            why = f"page {result.reason}"
        elif (binary := not_html(result.body, result.content_type)) is not None:
            why = f"page {binary}"
        elif (page := decode_html(result.body, result.charset)) is None:
            why = "page undecodable: not UTF-8 and no usable charset declared"
        else:
            try:
                fields = extract_html(page, url=result.final_url or link)
            except Exception as e:  # trafilatura/lxml raise assorted errors on broken markup
                why = f"page extraction failed: {e.__class__.__name__}: {e}"
            else:
                if fields is None:
                    why = "page has no article body"
        if fields is None and result.ok:
            fetcher.note("unusable")  # fetched, but no article in it: a failure all the same
        if fields is not None:
            fields["fetch_status"] = "ok"
            page_published = page_date(page, result.final_url or link)
            canonical = canonical_url(page, result.final_url or link)
            if canonical:
                fields["canonical_url"] = canonical
            if result.final_url and result.final_url != link:
                fields["final_url"] = result.final_url
        else:
            yield source_reject(origin, f"{why}; the feed's summary is coded instead", value=link)
    if fields is None:
        text = html_to_text(summary_html)
        if not text:
            if result is None:
                yield source_reject(origin, "feed item with no page to fetch and no text", record=json.dumps(item))
            return  # else the Reject above says enough
        if result is None and link:
            log.info("%s: relative link %s not fetched; using the feed's summary", origin, link)
        fields = {"text": text, "url": link if link and link.startswith(("http://", "https://")) else None,
                  "fetch_status": "teaser_only"}
        fetcher.note("warnings")
    fields["title"] = (entry.get("title") or "").strip() or fields.get("title")
    # The date the page declares is the publisher's own; the feed's can be when the item was (re)listed.
    fetched_at = result.fetched_at if result is not None else dt.datetime.now(dt.timezone.utc)
    trafilatura_date = fields.pop("published_at", None)
    if page_published:
        fields["published_at"], fields["date_from"] = page_published, "page"
    elif published:
        fields["published_at"], fields["date_from"] = published, "feed"
    elif trafilatura_date:
        fields["published_at"], fields["date_from"] = trafilatura_date, "page"
    else:
        fields["published_at"], fields["date_from"] = fetched_at.date().isoformat(), "fetch"
        log.warning("%s: no publication date in the page or the feed; using the fetch date %s",
                    origin, fields["published_at"])
        fetcher.note("warnings")
    if published:
        fields["feed_published_at"] = published
    fields["source"] = options.get("outlet") or fields.get("source") or feed_title
    if options.get("country"):
        fields["outlet_country"] = options["country"]
    if options.get("language") and not fields.get("language"):
        fields["language"] = options["language"]
    fields["url"] = link if link and link.startswith(("http://", "https://")) else fields.get("url")
    payload = json.dumps({"item": item, "page_html": page}, ensure_ascii=False, default=str)
    yield RawRecord(origin=origin, kind="feed", payload=payload, fields=fields)


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
