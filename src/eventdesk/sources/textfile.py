"""Plain-text articles: an optional `Key: value` header, a blank line, then the body.

    Title: Teachers march in Nairobi
    Date: 2024-05-01
    Source: Example Daily
    URL: https://example.org/a

    Hundreds of teachers marched ...
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from eventdesk.records import Reject
from eventdesk.sources import RawRecord, source_reject
from eventdesk.sources.encoding import decode

# header key (lower-case) → field name
HEADER_KEYS = {
    "title": "title", "headline": "title",
    "date": "published_at", "published": "published_at", "published_at": "published_at",
    "source": "source", "publisher": "source", "outlet": "source",
    "url": "url", "link": "url",
    "language": "language", "lang": "language",
    "id": "id",
}
_HEADER_LINE = re.compile(r"^([A-Za-z_][A-Za-z_ -]{0,30}?)\s*:\s*(.*)$")
MAX_TITLE_CHARS = 150  # a longer first line is a paragraph, not a headline


def read_text_bytes(data: bytes, origin: str) -> Iterator[RawRecord | Reject]:
    """Any encoding the bytes carry (BOM, UTF-8, UTF-16, Latin-1, ...): see sources.encoding."""
    decoded = decode(data)
    if decoded is None:
        yield source_reject(origin, "binary file")
        return
    text, _ = decoded
    yield RawRecord(origin=origin, kind="text", payload=text, fields=parse_text(text))


def parse_text(text: str) -> dict:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    header, body = _split_header(text)
    if header is not None:
        fields = header
        fields["text"] = body
        return fields
    fields = {"text": text}
    lines = text.lstrip("\n").split("\n", 1)
    first = lines[0].strip()
    # A short first line followed by more text reads as a headline; the body keeps it anyway.
    if first and len(lines) > 1 and lines[1].strip() and len(first) <= MAX_TITLE_CHARS and not first.endswith((".", ",", ";", ":")):
        fields["title"] = first
    return fields


def _split_header(text: str) -> tuple[dict | None, str]:
    """Header only if every line before the first blank line is a known `Key: value`."""
    stripped = text.lstrip("\n")
    head, sep, body = stripped.partition("\n\n")
    if not sep:
        return None, text
    fields: dict = {}
    for line in head.split("\n"):
        m = _HEADER_LINE.match(line.strip())
        if not m:
            return None, text
        key = HEADER_KEYS.get(m.group(1).strip().lower().replace(" ", "_").replace("-", "_"))
        if key is None:
            return None, text
        value = m.group(2).strip()
        if value:
            fields[key] = value
    return fields, body
