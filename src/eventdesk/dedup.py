"""Each story once: the same article under another URL, an exact copy, or a lightly edited repost
is linked to its first copy (`articles.duplicate_of`) and not coded again.

Three keys, cheapest first:
- the canonical URL: the page's own (`<link rel=canonical>`/og:url, the raw field `canonical_url`)
  or the URL without tracking parameters (data/tracking_params.txt), fragment and AMP markers;
- a hash of the text's words (case, punctuation and spacing ignored), for exact copies;
- MinHash/LSH over word 3-shingles, for wire copies and reposts with a changed line or two.

Short texts (briefs, ACLED-style notes) are written from templates, so two different events read
alike: they are matched only by URL, or by identical words on the same publication day.
The published articles are compared as well as the run's own: their signatures are cached under
the data dir (data/dedup/minhash-*.parquet), keyed by article id and content hash, for the newest
EVENTDESK_DEDUP_WINDOW articles only, so the state stays bounded.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import numpy as np
import pyarrow as pa

from eventdesk.records import Article, Event

log = logging.getLogger(__name__)

NUM_PERM = 64
SCHEME = "affine32"  # datasketch's permutation scheme: 32-bit hash values, 4 bytes a permutation in the cache
SHINGLE = 3  # words; short enough that one edited word spoils only three shingles
NEAR_THRESHOLD = 0.7  # Jaccard of shingle sets; a wire copy with a new first line and sign-off scores ~0.8
NEAR_MIN_WORDS = 100  # below this (briefs, templated notes that differ in one place name), URL or identical words only
NEAR_MAX_DAYS = 7  # reposts follow within days; a later story on the same template is a new story


# ---- keys ------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def tracking_params() -> tuple[frozenset[str], tuple[str, ...]]:
    """(exact names, prefixes) of tracking parameters, lower-case, from data/tracking_params.txt."""
    text = resources.files("eventdesk.data").joinpath("tracking_params.txt").read_text(encoding="utf-8")
    names = [ln.strip().lower() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return frozenset(n for n in names if not n.endswith("*")), tuple(n[:-1] for n in names if n.endswith("*"))


_AMP_PATH = re.compile(r"(?:/amp/?$|\.amp(?=\.html?$|$)|/amp(?=/))", re.I)


def canonical_url(url: str | None, declared: str | None = None) -> str | None:
    """The page's declared canonical URL when it is an absolute http(s) URL, else `url` without
    tracking parameters, fragment, AMP markers, default port, 'www.' and trailing slash."""
    for candidate in (declared, url):
        if isinstance(candidate, str) and candidate.strip().lower().startswith(("http://", "https://")):
            return _normalise_url(candidate.strip())
    return None


def _normalise_url(url: str) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().removeprefix("www.").removeprefix("amp.")
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    names, prefixes = tracking_params()
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if k.lower() not in names and not k.lower().startswith(prefixes)]
    path = _AMP_PATH.sub("", parts.path) or "/"
    if len(path) > 1:
        path = path.rstrip("/")
    # http and https are one page; the scheme is left out of the key
    return urlunsplit(("", host, path, urlencode(sorted(query)), "")).removeprefix("//")


_WORDS = re.compile(r"[^\W_]+", re.UNICODE)


def words(text: str) -> list[str]:
    return _WORDS.findall(unicodedata.normalize("NFKC", text).casefold())


def text_key(ws: list[str]) -> str:
    """Same key for the same words, however they are cased, punctuated or spaced."""
    return hashlib.sha256(" ".join(ws).encode("utf-8")).hexdigest()


def signature(ws: list[str]) -> bytes:
    """The MinHash of the text's word shingles (datasketch), as NUM_PERM 32-bit values in bytes."""
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    shingles = {" ".join(ws[i:i + SHINGLE]).encode("utf-8") for i in range(max(1, len(ws) - SHINGLE + 1))}
    m.update_batch(list(shingles))
    return m.hashvalues.astype(np.uint32).tobytes()


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two texts' shingle sets: the share of equal MinHash values."""
    return float(np.count_nonzero(np.frombuffer(a, np.uint32) == np.frombuffer(b, np.uint32))) / NUM_PERM


# LSH banding: 16 bands of 4 values. Two texts of similarity 0.7 share a band with probability
# 1 - (1 - 0.7**4)**16 = 0.99, at 0.5 with 0.64, at 0.3 with 0.12; every candidate is then checked
# against NEAR_THRESHOLD. (datasketch's MinHashLSH does the same but keeps a set per band and key,
# ~4.4 KB an article; these dicts of ints take ~1.5 KB.)
BANDS, ROWS = 16, 4


# ---- the index ---------------------------------------------------------------------------------

@dataclass(slots=True)
class _Entry:
    id: str
    published_at: dt.date | None
    n_words: int
    sig: bytes | None  # MinHash values, for texts long enough to be compared by shingles


class Deduplicator:
    """Articles seen so far (published ones first, then the run's originals in reading order)."""

    def __init__(self) -> None:
        self._by_url: dict[str, str] = {}
        self._by_text: dict[str, list[str]] = {}
        self._entries: dict[str, _Entry] = {}
        self._order: dict[str, int] = {}
        self._ids: list[str] = []  # position → id, for the band index
        self._bands: list[dict[int, int | list[int]]] = [{} for _ in range(BANDS)]
        self._rows: dict[str, dict] = {}  # cache rows of the first copies, oldest first
        self._loaded = 0
        self._stale = True  # the cache on disk may hold rows this index dropped
        self._cache_path: Path | None = None

    def _band_keys(self, sig: bytes) -> list[int]:
        width = 4 * ROWS
        return [hash(sig[b * width:(b + 1) * width]) for b in range(BANDS)]

    def _candidates(self, sig: bytes) -> set[str]:
        found: set[int] = set()
        for band, key in zip(self._bands, self._band_keys(sig)):
            hit = band.get(key)
            if hit is not None:
                found.update(hit if isinstance(hit, list) else (hit,))
        return {self._ids[i] for i in found}

    def __len__(self) -> int:
        return len(self._entries)

    def _add(self, id_: str, url_key: str | None, tkey: str, entry: _Entry) -> None:
        if id_ in self._entries:
            return
        self._entries[id_] = entry
        self._order[id_] = len(self._order)
        if url_key:
            self._by_url.setdefault(url_key, id_)
        self._by_text.setdefault(tkey, []).append(id_)
        if entry.sig is not None:
            pos = len(self._ids)
            self._ids.append(id_)
            for band, key in zip(self._bands, self._band_keys(entry.sig)):
                hit = band.get(key)
                if hit is None:
                    band[key] = pos
                elif isinstance(hit, list):
                    hit.append(pos)
                else:
                    band[key] = [hit, pos]

    def check(self, article: Article, canonical: str | None = None) -> str | None:
        """The id of the article this one copies, or None (it is then remembered as a first copy)."""
        ws = words(article.text)
        url_key = canonical_url(article.url, canonical)
        tkey = text_key(ws)
        sig = signature(ws) if len(ws) >= NEAR_MIN_WORDS else None
        first = self._find(article, ws, url_key, tkey, sig)
        if first is None:
            self._add(article.id, url_key, tkey, _Entry(article.id, article.published_at, len(ws), sig))
            self._rows.setdefault(article.id, {"id": article.id, "content_hash": article.content_hash, "text_key": tkey,
                                               "n_words": len(ws), "signature": sig})
        return first

    def _find(self, article: Article, ws: list[str], url_key: str | None, tkey: str, sig) -> str | None:
        if url_key and (hit := self._by_url.get(url_key)) and hit != article.id:
            return hit
        for hit in self._by_text.get(tkey, ()):
            if hit == article.id:
                continue
            if len(ws) >= NEAR_MIN_WORDS or self._entries[hit].published_at == article.published_at:
                return hit
        if sig is None:
            return None
        best: tuple[float, int, str] | None = None
        for hit in self._candidates(sig):
            e = self._entries[hit]
            if hit == article.id or e.sig is None:
                continue
            if e.published_at and article.published_at and abs((e.published_at - article.published_at).days) > NEAR_MAX_DAYS:
                continue
            j = similarity(sig, e.sig)
            if j >= NEAR_THRESHOLD and (best is None or (-j, self._order[hit]) < (best[0], best[1])):
                best = (-j, self._order[hit], hit)
        return best[2] if best else None

    # ---- published articles --------------------------------------------------------------------

    @classmethod
    def load(cls, read_published: Callable[[list[str]], pa.Table | None], state_dir: Path, window: int) -> Deduplicator:
        """An index of the newest `window` published first copies, their signatures cached in state_dir.

        `read_published(columns)` returns those columns of the published articles table (None when
        nothing was published): the caller knows the store, this layer does not.
        """
        import pyarrow.compute as pc

        self = cls()
        self._cache_path = Path(state_dir) / CACHE_NAME
        meta = read_published(["id", "url", "content_hash", "published_at", "ingested_at", "duplicate_of"])
        if meta is None or not meta.num_rows:
            return self
        meta = meta.filter(pc.is_null(meta["duplicate_of"]))
        if meta.num_rows > window:
            meta = meta.take(pc.sort_indices(meta, [("ingested_at", "descending"), ("id", "ascending")])[:window])
        meta = meta.sort_by([("ingested_at", "ascending"), ("id", "ascending")])  # oldest first: the first copy wins
        cached = _read_cache(self._cache_path)
        rows = meta.to_pylist()
        missing = {r["id"] for r in rows if (r["id"], r["content_hash"]) not in cached}
        if missing:
            # Only articles published before the cache existed (or after it was lost): ingest caches the rest.
            texts = read_published(["id", "content_hash", "text"])
            texts = texts.filter(pc.is_in(texts["id"], value_set=pa.array(sorted(missing), pa.string())))
            for r in texts.to_pylist():
                ws = words(r["text"])
                sig = signature(ws) if len(ws) >= NEAR_MIN_WORDS else None
                cached[(r["id"], r["content_hash"])] = (text_key(ws), len(ws), sig)
        for r in rows:
            got = cached.get((r["id"], r["content_hash"]))
            if got is None:
                continue
            tkey, n, sig_bytes = got
            if sig_bytes is not None and len(sig_bytes) != 4 * NUM_PERM:
                sig_bytes = None  # not one of ours: the URL and word keys still hold
            self._add(r["id"], canonical_url(r["url"]), tkey, _Entry(r["id"], r["published_at"], n, sig_bytes))
            self._rows[r["id"]] = {"id": r["id"], "content_hash": r["content_hash"], "text_key": tkey, "n_words": n,
                                   "signature": sig_bytes}
        self._loaded = len(self._rows)
        self._stale = bool(missing) or len(self._rows) != len(cached)
        return self

    def save(self, window: int) -> None:
        """Cache the signatures of the loaded and the run's first copies (the newest `window`), so the
        next run reads no published text. A first copy that fails to publish is dropped at that load."""
        if self._cache_path is None or not self._rows or (len(self._rows) == self._loaded and not self._stale):
            return
        rows = list(self._rows.values())[-window:]
        _write_cache(self._cache_path, rows)


def _read_cache(path: Path) -> dict[tuple[str, str], tuple[str, int, bytes | None]]:
    import pyarrow.parquet as pq

    if not path.exists():
        return {}
    try:
        c = pq.read_table(path).to_pylist()
        return {(r["id"], r["content_hash"]): (r["text_key"], r["n_words"], r["signature"]) for r in c}
    except (OSError, pa.ArrowException, KeyError) as e:  # a damaged cache is rebuilt, not trusted
        log.warning("dedup cache %s unreadable (%s); rebuilding it", path, e)
        return {}


# The parameters are in the name: signatures made with others are not comparable, so they start afresh.
CACHE_NAME = f"minhash-{SCHEME}-{NUM_PERM}x{SHINGLE}.parquet"


def _write_cache(path: Path, rows: list[dict]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    schema = pa.schema([("id", pa.string()), ("content_hash", pa.string()), ("text_key", pa.string()),
                        ("n_words", pa.int64()), ("signature", pa.binary())])
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), tmp)
    os.replace(tmp, path)


# ---- after extraction ------------------------------------------------------------------------

def outlet(article: Article) -> str:
    """The name an event's `source` gives an outlet: as the coder names it (events.code_article)."""
    if article.source:
        return article.source
    return re.sub(r"^https?://(www\.)?([^/]+).*$", r"\2", article.url) if article.url else "Unknown"


def add_duplicate_sources(events: Iterable[Event], articles: Iterable[Article]) -> int:
    """A duplicate's outlet, id and URL join the events coded from its first copy; returns events changed.

    Only first copies coded in this run are reached: the events of one published earlier keep
    their sources until that article is coded again (the link stays in articles.duplicate_of).
    """
    copies: dict[str, list[Article]] = {}
    for a in articles:
        if a.duplicate_of:
            copies.setdefault(a.duplicate_of, []).append(a)
    changed = 0
    if not copies:
        return 0
    for e in events:
        dups = [d for first in e.article_ids for d in copies.get(first, ())]
        if not dups:
            continue
        sources = [s.strip() for s in e.source.split(";") if s.strip()]
        for d in dups:
            name = outlet(d)
            if name not in sources:
                sources.append(name)
            if d.id not in e.article_ids:
                e.article_ids.append(d.id)
            if d.url and d.url not in e.source_urls:
                e.source_urls.append(d.url)
        e.source = "; ".join(sources)
        changed += 1
    return changed
