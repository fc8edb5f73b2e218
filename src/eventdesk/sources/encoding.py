"""Bytes → text for local files whose encoding nobody stated: BOMs, UTF-8, UTF-16 by its NUL
pattern, charset-normalizer, then Windows-1252; only what none of them reads as text is binary.

A NUL byte alone proves nothing (UTF-16 text is full of them), so "binary" is decided on the
decoded text: too many control characters, or a known binary file signature.
"""
from __future__ import annotations

import codecs
import unicodedata

# Longest first: a UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Signatures of formats that can pass for text in a lenient 8-bit decoding.
_BINARY_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x7fELF", b"RIFF", b"OggS",
                 b"\x00\x00\x00\x18ftyp", b"\x00\x00\x00\x20ftyp", b"7z\xbc\xaf", b"Rar!", b"BZh", b"\xfd7zXZ")
CONTROL_SHARE = 0.02  # real text has next to no control characters besides tab and newline
_SAMPLE = 1 << 16  # charset-normalizer reads samples anyway; a bounded slice keeps big files quick


def bom_encoding(head: bytes) -> tuple[str, int] | None:
    """(codec, BOM length) when the bytes start with a byte-order mark."""
    for bom, enc in _BOMS:
        if head.startswith(bom):
            return enc, len(bom)
    return None


def utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when every other byte is NUL, as in mostly-ASCII UTF-16 text."""
    n = len(head) - len(head) % 2
    if n < 4:
        return None
    even, odd = head[0:n:2], head[1:n:2]
    if odd.count(0) > 0.6 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.6 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def looks_binary(head: bytes) -> bool:
    """A known binary signature, or many control bytes in a head that is not UTF-16/32 text."""
    if head.startswith(_BINARY_MAGIC):
        return True
    if bom_encoding(head) or utf16_without_bom(head):
        return False
    controls = sum(head.count(bytes([b])) for b in (*range(0, 9), 11, 14, *range(15, 27), *range(28, 32)))
    return controls > max(2, CONTROL_SHARE * 5 * len(head))


def control_share(text: str) -> float:
    sample = text[:_SAMPLE]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if ch not in "\t\n\r\x0c" and unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn"))
    return bad / len(sample) if bad > 8 else 0.0  # a few stray bytes are noise that cleaning removes


def detect_encoding(data: bytes) -> str | None:
    """The codec that reads these bytes as text, or None for binary data."""
    if data.startswith(_BINARY_MAGIC):
        return None
    found = bom_encoding(data)
    if found:
        return found[0] if found[0] != "utf-8" else "utf-8-sig"
    guess = utf16_without_bom(data[:_SAMPLE])
    if guess:
        return guess
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as e:
        if e.start >= len(data) - 3 and e.reason == "unexpected end of data":
            return "utf-8"  # a file cut at the size cap in the middle of a character
    if b"\x00" not in data[:_SAMPLE]:
        from charset_normalizer import from_bytes

        matches = from_bytes(data[:_SAMPLE])
        best = matches.best()
        if best is not None and best.encoding:
            # Short Western text reads equally well in several 8-bit code pages; Windows-1252 is by
            # far the commonest of them, so it wins a tie ('Grève' is not 'Grčve').
            for m in matches:
                if m.encoding == "cp1252" and m.chaos <= best.chaos and m.coherence >= best.coherence - 0.01:
                    return "cp1252"
            return best.encoding
        return "cp1252"  # Windows' Latin-1 superset: the likeliest 8-bit text, and it reads almost any byte
    return None


def decode(data: bytes) -> tuple[str, str] | None:
    """(text, codec) or None when the bytes are not text in any encoding tried."""
    enc = detect_encoding(data)
    if enc is None:
        return None
    text = data.decode(enc, errors="replace")
    if control_share(text) > CONTROL_SHARE:
        return None
    return text.removeprefix("\ufeff"), enc
