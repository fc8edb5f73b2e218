"""Each story once: the same article under another URL, an exact copy, or a lightly edited repost
is linked to its first copy (`articles.duplicate_of`) and not coded again.

Three keys, cheapest first:
- the canonical URL: the page's own (`<link rel=canonical>`/og:url, the raw field `canonical_url`)
  or the URL without tracking parameters (data/tracking_params.txt), fragment and AMP markers;
- a hash of the text's words (case, punctuation and spacing ignored), for exact copies;
- MinHash/LSH over word 3-shingles, for wire copies and reposts with a changed line or two.

Short texts (briefs, ACLED-style notes) are written from templates, so two different events read
alike: they are matched only by URL, or by identical words on the same publication day.
The published articles are compared as well as the run's own: the newest EVENTDESK_DEDUP_WINDOW
first copies, indexed with the run's in SQLite under the data dir (DATA/state/dedup-*.sqlite), so
neither the window nor a crawl of any size is held in memory.
"""
from __future__ import annotations

import fcntl
import hashlib
import logging
import re
import sqlite3
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import numpy as np
import pyarrow as pa

from eventdesk.records import Article, Event

log = logging.getLogger(__name__)

NUM_PERM = 64
SCHEME = "affine32"  # datasketch's permutation scheme (signature() computes its values): 32-bit hash values, 4 bytes a permutation in the cache
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


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The (a, b) of datasketch's affine32 permutations with its default seed 1, drawn as its
    MinHash._init_permutations draws them (numpy's legacy RandomState, whose stream never changes)."""
    gen = np.random.RandomState(1)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))


def signature(ws: list[str]) -> bytes:
    """The MinHash of the text's word shingles, as NUM_PERM 32-bit values in bytes: the values of datasketch's
    MinHash(num_perm=NUM_PERM, scheme="affine32") (SHA-1's first 4 bytes, MurmurHash3's finalizer, then
    a*h + b mod 2^32), computed here with the permutations drawn once, without importing datasketch (whose
    package import pulls in scipy: seconds of every run) or drawing them again for every text.
    tests/test_dedup.py checks the values against datasketch's."""
    shingles = {" ".join(ws[i:i + SHINGLE]).encode("utf-8") for i in range(max(1, len(ws) - SHINGLE + 1))}
    sha1 = hashlib.sha1
    hv = np.fromiter((int.from_bytes(sha1(s).digest()[:4], "little") for s in shingles), dtype=np.uint32,
                     count=len(shingles))
    s1, m1, s2, m2, s3 = _FMIX32
    hv ^= hv >> s1
    hv *= m1
    hv ^= hv >> s2
    hv *= m2
    hv ^= hv >> s3
    a, b = _permutations()
    return (hv[:, None] * a + b).min(axis=0).tobytes()


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two texts' shingle sets: the share of equal MinHash values."""
    return float(np.count_nonzero(np.frombuffer(a, np.uint32) == np.frombuffer(b, np.uint32))) / NUM_PERM


# LSH banding: 16 bands of 4 values. Two texts of similarity 0.7 share a band with probability
# 1 - (1 - 0.7**4)**16 = 0.99, at 0.5 with 0.64, at 0.3 with 0.12; every candidate is then checked
# against NEAR_THRESHOLD.
BANDS, ROWS = 16, 4
COMMIT_EVERY = 500  # first copies written to the index between two commits


def band_keys(sig: bytes) -> list[int]:
    """One 64-bit key per band: a stable hash of the band's number and values (Python's hash() changes
    from one process to the next, and these keys are kept on disk)."""
    width = 4 * ROWS
    return [int.from_bytes(hashlib.blake2b(bytes((b,)) + sig[b * width:(b + 1) * width], digest_size=8).digest(),
                           "little", signed=True) for b in range(BANDS)]


def _day(value) -> int | None:
    return value.toordinal() if value is not None else None


# ---- the index ---------------------------------------------------------------------------------

# The parameters are in the name: signatures made with others are not comparable, so they start afresh.
INDEX_NAME = f"dedup-{SCHEME}-{NUM_PERM}x{SHINGLE}.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (
    ent INTEGER PRIMARY KEY,     -- what band rows point at
    id TEXT NOT NULL UNIQUE,
    content_hash TEXT,
    ord INTEGER NOT NULL,        -- the first copy wins: published ones oldest first, then the run's in reading order
    url_key TEXT,
    text_key TEXT NOT NULL,
    n_words INTEGER NOT NULL,
    published_at INTEGER,        -- date ordinal
    sig BLOB                     -- MinHash values, for texts long enough to be compared by shingles
);
CREATE INDEX IF NOT EXISTS entries_url ON entries (url_key, ord);
CREATE INDEX IF NOT EXISTS entries_text ON entries (text_key, ord);
CREATE TABLE IF NOT EXISTS bands (key INTEGER NOT NULL, ent INTEGER NOT NULL, PRIMARY KEY (key, ent)) WITHOUT ROWID;
"""


class RunIds:
    """The article ids read in this run, in a temporary table of the index's connection (a set in memory
    grows with the crawl)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __contains__(self, id_: object) -> bool:
        return self._db.execute("SELECT 1 FROM run_ids WHERE id = ?", (id_,)).fetchone() is not None

    def add(self, id_: str) -> None:
        self._db.execute("INSERT OR IGNORE INTO run_ids VALUES (?)", (id_,))

    def __iter__(self) -> Iterator[str]:
        return (r[0] for r in self._db.execute("SELECT id FROM run_ids"))

    def __len__(self) -> int:
        return self._db.execute("SELECT count(*) FROM run_ids").fetchone()[0]


class Deduplicator:
    """Articles seen so far (published ones first, then the run's originals in reading order).

    The index lives in SQLite (DATA/state/dedup-*.sqlite), so a crawl of any size is checked in the
    memory of SQLite's page cache. It is only a cache of the published articles: each
    load drops what they do not hold (the first copies of a run that failed or was killed, those out of the
    window) and recomputes what is missing from their texts, so a lost or damaged file costs time, not
    duplicates.
    """

    def __init__(self, path: Path | str | None = None) -> None:
        """An index in the SQLite file `path`, or without one in a private temporary database (deleted when
        closed, and on disk when it outgrows its page cache, unlike ':memory:')."""
        self.path = Path(path) if path is not None else None
        self._lock = None
        # one thread at a time, but a generator may be resumed from another thread than the one that opened it
        self._db = sqlite3.connect(str(self.path) if self.path is not None else "", timeout=60,
                                   isolation_level=None, check_same_thread=False)
        if self.path is not None:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")  # a killed process loses nothing; power loss only recent commits
        self._db.execute("PRAGMA cache_size=-16000")  # KiB: what the index may hold in memory
        self._db.execute("PRAGMA temp_store=FILE")
        self._db.executescript(_SCHEMA)
        self._db.execute("CREATE TEMP TABLE IF NOT EXISTS run_ids (id TEXT PRIMARY KEY) WITHOUT ROWID")
        self._db.execute("BEGIN")
        self._next = 0  # ord of the next first copy
        self._uncommitted = 0
        self.run_ids = RunIds(self._db)

    def __len__(self) -> int:
        return self._db.execute("SELECT count(*) FROM entries").fetchone()[0]

    def _add(self, id_: str, content_hash: str | None, url_key: str | None, tkey: str, n_words: int, day: int | None,
             sig: bytes | None, keys: list[int] | None, ord_: int | None = None) -> bool:
        cur = self._db.execute(
            "INSERT OR IGNORE INTO entries (id, content_hash, ord, url_key, text_key, n_words, published_at, sig) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (id_, content_hash, self._next if ord_ is None else ord_, url_key, tkey, n_words, day, sig))
        if not cur.rowcount:
            return False  # known already: an article read again keeps its first entry
        if sig is not None:
            ent = cur.lastrowid
            self._db.executemany("INSERT OR IGNORE INTO bands VALUES (?, ?)", [(k, ent) for k in keys])
        self._uncommitted += 1
        if self._uncommitted >= COMMIT_EVERY:
            self.save()
        return True

    def check(self, article: Article, canonical: str | None = None) -> str | None:
        """The id of the article this one copies, or None (it is then remembered as a first copy)."""
        ws = words(article.text)
        url_key = canonical_url(article.url, canonical)
        tkey = text_key(ws)
        sig = signature(ws) if len(ws) >= NEAR_MIN_WORDS else None
        keys = band_keys(sig) if sig is not None else None
        first = self._find(article, ws, url_key, tkey, sig, keys)
        if first is None and self._add(article.id, article.content_hash, url_key, tkey, len(ws),
                                       _day(article.published_at), sig, keys):
            self._next += 1
        return first

    def _find(self, article: Article, ws: list[str], url_key: str | None, tkey: str, sig, keys) -> str | None:
        db = self._db
        if url_key:
            row = db.execute("SELECT id FROM entries WHERE url_key = ? ORDER BY ord LIMIT 1", (url_key,)).fetchone()
            if row and row[0] != article.id:
                return row[0]
        day = _day(article.published_at)
        for hit, published in db.execute("SELECT id, published_at FROM entries WHERE text_key = ? ORDER BY ord", (tkey,)):
            if hit != article.id and (len(ws) >= NEAR_MIN_WORDS or published == day):
                return hit
        if sig is None:
            return None
        best: tuple[float, int, str] | None = None
        rows = db.execute("SELECT id, ord, published_at, sig FROM entries WHERE sig IS NOT NULL AND ent IN "
                          f"(SELECT ent FROM bands WHERE key IN ({', '.join('?' * BANDS)}))", keys)
        for hit, order, published, other in rows:
            if hit == article.id:
                continue
            if published is not None and day is not None and abs(published - day) > NEAR_MAX_DAYS:
                continue
            j = similarity(sig, other)
            if j >= NEAR_THRESHOLD and (best is None or (-j, order) < (best[0], best[1])):
                best = (-j, order, hit)
        return best[2] if best else None

    def save(self, window: int | None = None) -> None:
        """Commit what the index took since the last commit (`window` is applied at the next load)."""
        self._db.execute("COMMIT")
        self._db.execute("BEGIN")
        self._uncommitted = 0

    def close(self) -> None:
        if self._db is not None:
            try:
                if self._db.in_transaction:
                    self._db.execute("COMMIT")
            except sqlite3.Error as e:  # the next load reconciles the index with the published articles
                log.warning("dedup index %s: last commit failed: %s", self.path or ":memory:", e)
            self._db.close()
            self._db = None
        if self._lock is not None:
            self._lock.close()  # and with it the lock
            self._lock = None

    # ---- published articles --------------------------------------------------------------------

    @classmethod
    def load(cls, read_published: Callable[[list[str]], pa.Table | None], state_dir: Path, window: int) -> Deduplicator:
        """The index of the newest `window` published first copies, kept in state_dir between runs.

        `read_published(columns)` returns those columns of the published articles table (None when
        nothing was published): the caller knows the store, this layer does not.
        """
        path = Path(state_dir) / INDEX_NAME
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = open(path.with_name(path.name + ".lock"), "a+b")
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)  # released by the kernel if this process dies
        except OSError:
            # Another run on this data dir is reading: it owns the index. This one builds a private one
            # from the published articles (slower, same answers), rather than mix its first copies in.
            lock.close()
            log.warning("dedup index %s is in use by another run; this run indexes on its own", path)
            self = cls()
            self._sync(read_published, window)
            return self
        try:
            self = cls._open(path, read_published, window)
        except BaseException:
            lock.close()
            raise
        self._lock = lock
        return self

    @classmethod
    def _open(cls, path: Path, read_published: Callable[[list[str]], pa.Table | None], window: int) -> Deduplicator:
        self = None
        try:
            self = cls(path)
            self._sync(read_published, window)
            return self
        except sqlite3.DatabaseError as e:  # a damaged index is rebuilt, not trusted
            log.warning("dedup index %s unreadable (%s); rebuilding it", path, e)
            if self is not None and self._db is not None:
                self._db.close()
        for leftover in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))):
            leftover.unlink(missing_ok=True)
        self = cls(path)
        self._sync(read_published, window)
        return self

    def _sync(self, read_published: Callable[[list[str]], pa.Table | None], window: int) -> None:
        """Make the index hold exactly the newest `window` published first copies, oldest first."""
        import pyarrow.compute as pc

        db = self._db
        db.execute("DELETE FROM run_ids")
        db.execute("CREATE TEMP TABLE IF NOT EXISTS pub (id TEXT PRIMARY KEY, content_hash TEXT, ord INTEGER, "
                   "url_key TEXT, published_at INTEGER)")
        db.execute("DELETE FROM pub")
        meta = read_published(["id", "url", "content_hash", "published_at", "ingested_at", "duplicate_of"])
        n = 0
        if meta is not None and meta.num_rows:
            meta = meta.filter(pc.is_null(meta["duplicate_of"]))
            if meta.num_rows > window:
                meta = meta.take(pc.sort_indices(meta, [("ingested_at", "descending"), ("id", "ascending")])[:window])
            meta = meta.sort_by([("ingested_at", "ascending"), ("id", "ascending")])  # oldest first: the first copy wins
            n = meta.num_rows
            cols = meta.select(["id", "content_hash", "url", "published_at"])
            db.executemany("INSERT OR IGNORE INTO pub VALUES (?, ?, ?, ?, ?)", (
                (r["id"], r["content_hash"], i, canonical_url(r["url"]), _day(r["published_at"]))
                for i, r in enumerate(r for batch in cols.to_batches() for r in batch.to_pylist())))
        # What the published articles do not hold goes: a failed or killed run's first copies, those
        # out of the window, an article whose text changed.
        db.execute("CREATE TEMP TABLE IF NOT EXISTS stale (ent INTEGER PRIMARY KEY)")
        db.execute("DELETE FROM stale")
        db.execute("INSERT INTO stale SELECT ent FROM entries e WHERE NOT EXISTS "
                   "(SELECT 1 FROM pub p WHERE p.id = e.id AND p.content_hash IS e.content_hash)")
        if db.execute("SELECT 1 FROM stale LIMIT 1").fetchone():
            db.execute("DELETE FROM bands WHERE ent IN (SELECT ent FROM stale)")
            db.execute("DELETE FROM entries WHERE ent IN (SELECT ent FROM stale)")
        # The published order, URL and date replace the run's (the URL key is the article's own, as published)
        db.execute("UPDATE entries SET ord = p.ord, url_key = p.url_key, published_at = p.published_at "
                   "FROM pub p WHERE p.id = entries.id")
        missing = [r[0] for r in db.execute("SELECT id FROM pub WHERE id NOT IN (SELECT id FROM entries)")]
        if missing:
            # Only articles published before the index existed (or after it was lost): ingest indexes the rest.
            texts = read_published(["id", "content_hash", "text"])
            texts = texts.filter(pc.is_in(texts["id"], value_set=pa.array(sorted(missing), pa.string())))
            for batch in texts.to_batches():
                for r in batch.to_pylist():
                    p = db.execute("SELECT ord, url_key, published_at, content_hash FROM pub WHERE id = ?",
                                   (r["id"],)).fetchone()
                    if p is None or p[3] != r["content_hash"]:
                        continue
                    ws = words(r["text"])
                    sig = signature(ws) if len(ws) >= NEAR_MIN_WORDS else None
                    self._add(r["id"], r["content_hash"], p[1], text_key(ws), len(ws), p[2], sig,
                              band_keys(sig) if sig is not None else None, ord_=p[0])
        self._next = n
        self.save()


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
        changed += _join_copies(e, copies)
    return changed


def add_duplicate_sources_table(events: pa.Table, articles: Iterable[Article]) -> pa.Table:
    """add_duplicate_sources for events packed in an Arrow table (a streamed run's): only the rows whose
    articles have copies are read back as Python values; the table keeps its row order."""
    copies: dict[str, list[Article]] = {}
    for a in articles:
        if a.duplicate_of:
            copies.setdefault(a.duplicate_of, []).append(a)
    if not copies or not events.num_rows:
        return events
    hits = [i for i, ids in enumerate(events.column("article_ids").to_pylist())
            if ids and any(first in copies for first in ids)]
    if not hits:
        return events
    pieces, start = [], 0
    for i in hits:
        row = events.slice(i, 1).to_pylist()[0]
        e = _Row(row)
        e.article_ids, e.source_urls = list(e.article_ids or []), list(e.source_urls or [])
        _join_copies(e, copies)
        pieces += [events.slice(start, i - start), pa.Table.from_pylist([row], schema=events.schema)]
        start = i + 1
    pieces.append(events.slice(start))
    return pa.concat_tables(pieces)


class _Row:
    """A row dict seen through attributes, so _join_copies writes into it."""

    def __init__(self, row: dict):
        object.__setattr__(self, "_row", row)

    def __getattr__(self, name):
        return self._row[name]

    def __setattr__(self, name, value):
        self._row[name] = value


def _join_copies(e, copies: dict[str, list[Article]]) -> int:
    """Add the copies of the event's articles to its sources, article ids and URLs; 1 if it changed, else 0."""
    dups = [d for first in e.article_ids for d in copies.get(first, ())]
    if not dups:
        return 0
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
    return 1
