"""The one HTTP fetcher every web source uses: safe against what the web sends, polite to the sites.

Why each rule is here:
- a total deadline per response (not only a per-read timeout): a server that drips one byte a
  second would otherwise hold the nightly run for ever;
- a size cap while streaming (after content decoding, so a gzip bomb is capped too);
- only http(s), and only public addresses, checked after DNS and again at every redirect, which
  is followed here (at most 5) rather than by the client: a feed item or a redirect must not
  make the fetcher read 127.0.0.1, 10.x or 169.254.169.254. The connection goes to the address
  that was checked (Host header and TLS server name keep the name), so a second DNS answer
  cannot swap in another one. An explicit allow-list lets tests and intranet users through;
- retries with backoff on 5xx and timeouts, per URL, so one flaky page does not re-run a night;
- a per-host limit on concurrent requests and a delay between them, robots.txt (cached per
  host per run), and a user agent that names the project and the operator's contact URL;
- conditional GET: validators (ETag, Last-Modified) of the previous night are sent, and a 304
  costs nothing. New validators are only *pending* until the run that read the page has
  published (`commit_session`), so a failed run never makes the next night skip a page whose
  article was not published.

Failures are returned as a FetchResult with a reason, never raised: the readers turn them into
Rejects and the run goes on.
"""
from __future__ import annotations

import asyncio
import concurrent.futures
import datetime as dt
import fcntl
import ipaddress
import json
import logging
import os
import socket
import threading
import time
import urllib.robotparser
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from eventdesk import __version__
from eventdesk.atomic import write_text

log = logging.getLogger(__name__)

MAX_REDIRECTS = 5
_REDIRECTS = {301, 302, 303, 307, 308}
_RETRY_STATUS = {429, 500, 502, 503, 504}
ROBOTS_MAX_BYTES = 512_000
MAX_CRAWL_DELAY = 30.0  # a robots.txt Crawl-delay above this would stall the night on one site
MAX_RETRY_AFTER = 30.0  # a 429/503 Retry-After is waited for, up to this long
STATE_FILE = Path("state") / "http_cache.json"
STATE_KEEP_DAYS = 90  # validators of URLs not seen for this long are dropped


@dataclass(frozen=True)
class FetchSettings:
    """How the fetcher behaves; from the sources file's [fetch] table, then EVENTDESK_FETCH_* variables."""

    contact: str | None = None  # a URL (or mailto:) where site owners can reach the operator
    allow: tuple[str, ...] = ()  # hosts, addresses or networks that may be private (e.g. 127.0.0.1)
    deadline: float = 60.0  # seconds for one complete response, headers and body
    connect_timeout: float = 10.0
    read_timeout: float = 20.0  # between two reads; the deadline caps the total
    max_bytes: int = 20_000_000  # a page bigger than this is not a news article
    retries: int = 2  # extra attempts on 5xx, 429 and timeouts
    backoff: float = 1.0  # seconds before the first retry, doubled each time
    per_host: int = 2  # requests in flight to one host
    delay: float = 1.0  # seconds between the starts of two requests to one host
    robots: bool = True

    _ENV = {
        "contact": ("EVENTDESK_CONTACT", str),
        "allow": ("EVENTDESK_FETCH_ALLOW", lambda s: tuple(x.strip() for x in s.split(",") if x.strip())),
        "deadline": ("EVENTDESK_FETCH_DEADLINE", float),
        "max_bytes": ("EVENTDESK_FETCH_MAX_BYTES", int),
        "retries": ("EVENTDESK_FETCH_RETRIES", int),
        "backoff": ("EVENTDESK_FETCH_BACKOFF", float),
        "per_host": ("EVENTDESK_FETCH_PER_HOST", int),
        "delay": ("EVENTDESK_FETCH_DELAY", float),
        "robots": ("EVENTDESK_FETCH_ROBOTS", lambda s: s.strip().lower() not in ("0", "false", "no", "off")),
    }

    @classmethod
    def load(cls, table: dict | None = None, environ: dict | None = None) -> FetchSettings:
        """Settings from a [fetch] table (sources file); environment variables override it."""
        env = os.environ if environ is None else environ
        values: dict = {}
        names = {f for f in cls.__dataclass_fields__ if not f.startswith("_")}
        for key, value in (table or {}).items():
            if key not in names:
                raise ValueError(f"unknown [fetch] setting {key!r} (known: {', '.join(sorted(names))})")
            values[key] = tuple(value) if key == "allow" else value
        for key, (var, conv) in cls._ENV.items():
            if env.get(var) not in (None, ""):
                try:
                    values[key] = conv(env[var])
                except ValueError as e:
                    raise ValueError(f"{var}={env[var]!r}: {e}") from None
        return cls(**values)

    @property
    def user_agent(self) -> str:
        return f"eventdesk/{__version__} (news event coder; +{self.contact or 'contact not set: see EVENTDESK_CONTACT'})"


@dataclass
class FetchResult:
    """One URL's outcome. `ok` with a body, `not_modified` (304), or `error` with `refused` telling why."""

    url: str
    status: int | None = None
    body: bytes = b""
    final_url: str | None = None
    content_type: str | None = None
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None
    retry_after: float | None = None  # seconds a 429 or 503 asked us to wait
    seconds: float | None = None  # from the first request to the result, retries and redirects included
    refused: bool = False  # a policy refusal (scheme, address, robots, redirects), not a failure of the site
    fetched_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc))

    @property
    def not_modified(self) -> bool:
        return self.status == 304 and self.error is None

    @property
    def ok(self) -> bool:
        return self.error is None and self.status == 200

    @property
    def reason(self) -> str:
        return f"{'refused' if self.refused else 'fetch failed'}: {self.error}"


class Refused(Exception):
    """A policy refusal: the URL is not fetched at all."""


class Unreachable(Exception):
    """The URL could not be tried (no DNS answer): a failure, not a refusal."""


# ---- conditional-GET state ------------------------------------------------------------------

class ValidatorStore:
    """ETag / Last-Modified per URL in DATA/state/http_cache.json, written atomically."""

    def __init__(self, data_dir: Path):
        self.path = Path(data_dir) / STATE_FILE
        try:
            self.urls: dict[str, dict] = json.loads(self.path.read_text(encoding="utf-8")).get("urls", {})
        except FileNotFoundError:
            self.urls = {}
        except (OSError, ValueError) as e:  # a damaged cache costs one full fetch, never a run
            log.warning("%s unreadable (%s): every URL is fetched in full this time", self.path, e)
            self.urls = {}
        self.pending: dict[str, dict] = {}

    def headers(self, url: str) -> dict[str, str]:
        v = self.urls.get(url) or {}
        h = {}
        if v.get("etag"):
            h["If-None-Match"] = v["etag"]
        if v.get("last_modified"):
            h["If-Modified-Since"] = v["last_modified"]
        return h

    def note(self, result: FetchResult) -> None:
        today = dt.date.today().isoformat()
        if result.not_modified and result.url in self.urls:
            self.pending[result.url] = dict(self.urls[result.url], seen=today)
        elif result.ok and (result.etag or result.last_modified):
            self.pending[result.url] = {"etag": result.etag, "last_modified": result.last_modified, "seen": today}

    def forget(self, url: str) -> None:
        """Do not keep this URL's new validators (e.g. a feed some of whose pages failed: retry them)."""
        self.pending.pop(url, None)

    def commit(self) -> None:
        if not self.pending:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path.with_suffix(".lock"), "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                current = json.loads(self.path.read_text(encoding="utf-8")).get("urls", {})
            except (OSError, ValueError):
                current = {}
            current.update(self.pending)
            cutoff = (dt.date.today() - dt.timedelta(days=STATE_KEEP_DAYS)).isoformat()
            current = {u: v for u, v in current.items() if v.get("seen", "") >= cutoff}
            write_text(self.path, json.dumps({"version": 1, "urls": current}, ensure_ascii=False, indent=0))
        self.urls.update(self.pending)
        self.pending.clear()


@dataclass
class FetchSession:
    """What one run fetched: reused by a retry of the ingest task, committed when the run publishes."""

    store: ValidatorStore | None
    cache: dict[tuple[str, bool], FetchResult] = field(default_factory=dict)


_SESSIONS: dict[str, FetchSession] = {}
_SESSIONS_LOCK = threading.Lock()


def session_for(run_id: str, data_dir: Path) -> FetchSession:
    """The run's session: a Prefect retry of ingest runs in the same process and finds what was fetched."""
    with _SESSIONS_LOCK:
        if run_id not in _SESSIONS:
            _SESSIONS[run_id] = FetchSession(ValidatorStore(data_dir))
        return _SESSIONS[run_id]


def commit_session(run_id: str) -> None:
    """The run published: keep its validators, so tomorrow's requests are conditional."""
    with _SESSIONS_LOCK:
        session = _SESSIONS.pop(run_id, None)
    if session and session.store:
        session.store.commit()


def drop_session(run_id: str) -> None:
    """The run failed: forget what it fetched, so the next run fetches it in full again."""
    with _SESSIONS_LOCK:
        _SESSIONS.pop(run_id, None)


# ---- addresses --------------------------------------------------------------------------------

def _address_problem(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    for attr, name in (("is_loopback", "loopback"), ("is_link_local", "link-local"), ("is_multicast", "multicast"),
                       ("is_unspecified", "unspecified"), ("is_reserved", "reserved"), ("is_private", "private")):
        if getattr(ip, attr):
            return name
    if not ip.is_global:
        return "not public"
    return None


class _Allow:
    def __init__(self, entries: tuple[str, ...]):
        self.hosts: set[str] = set()
        self.networks = []
        for e in entries:
            try:
                self.networks.append(ipaddress.ip_network(e, strict=False))
            except ValueError:
                self.hosts.add(e.lower().rstrip("."))

    def allows(self, host: str, ip) -> bool:
        return host.lower().rstrip(".") in self.hosts or any(ip in n for n in self.networks if n.version == ip.version)


# ---- the fetcher ------------------------------------------------------------------------------

class Fetcher:
    """Fetch URLs concurrently on a private event loop; callers stay plain synchronous generators."""

    def __init__(self, settings: FetchSettings | None = None, session: FetchSession | None = None):
        self.settings = settings or FetchSettings.load()
        self.session = session
        self.stats: Counter = Counter()
        self._allow = _Allow(self.settings.allow)
        self._lock = threading.RLock()
        self._inflight: dict[tuple[str, bool], concurrent.futures.Future] = {}
        self._counted: set[tuple[str, bool]] = set()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._clients: dict[str, httpx.AsyncClient] = {}
        self._host_slots: dict[str, asyncio.Semaphore] = {}
        self._host_next: dict[str, float] = {}
        self._host_delay: dict[str, float] = {}
        self._robots: dict[str, asyncio.Future] = {}
        if not self.settings.contact:
            log.info("no contact URL set for the user agent (EVENTDESK_CONTACT or [fetch] contact in sources.toml)")

    # -- lifecycle
    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _start(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                self._thread = threading.Thread(target=loop.run_forever, name="eventdesk-fetch", daemon=True)
                self._thread.start()
                self._loop = loop
            return self._loop

    def close(self) -> None:
        loop, self._loop = self._loop, None
        if loop is None:
            return
        for client in self._clients.values():
            asyncio.run_coroutine_threadsafe(client.aclose(), loop).result(timeout=10)
        self._clients.clear()
        loop.call_soon_threadsafe(loop.stop)
        self._thread.join(timeout=10)
        loop.close()

    # -- public API
    def submit(self, url: str, *, conditional: bool = False, max_bytes: int | None = None
               ) -> concurrent.futures.Future[FetchResult]:
        """Start fetching url; the Future's result is a FetchResult (never an exception).

        A URL already fetched by this run (an earlier attempt of a retried task, or a page two feeds
        link to) is not requested again, nor is one already in flight."""
        key = (url, conditional)
        with self._lock:
            if self.session is not None and key in self.session.cache:
                fut: concurrent.futures.Future = concurrent.futures.Future()
                fut.set_result(self.session.cache[key])
                self.stats["reused"] += 1
                self._count(key, fut.result())
                return fut
            if key in self._inflight:
                return self._inflight[key]
            extra = self.session.store.headers(url) if conditional and self.session and self.session.store else {}
            fut = asyncio.run_coroutine_threadsafe(
                self._get_and_keep(key, extra, max_bytes or self.settings.max_bytes), self._start())
            self._inflight[key] = fut
            return fut

    async def _get_and_keep(self, key: tuple[str, bool], extra: dict, max_bytes: int) -> FetchResult:
        # Counted and kept before the Future resolves, so a caller that has the result sees them done.
        url, conditional = key
        t0 = time.monotonic()
        r = await self._get(url, extra, max_bytes)
        r.seconds = round(time.monotonic() - t0, 3)
        with self._lock:
            self._inflight.pop(key, None)
            self._count(key, r)
            if self.session is not None and (r.ok or r.not_modified):
                self.session.cache[key] = r
                if conditional and self.session.store:
                    self.session.store.note(r)
        return r

    def fetch(self, url: str, *, conditional: bool = False, max_bytes: int | None = None) -> FetchResult:
        return self.submit(url, conditional=conditional, max_bytes=max_bytes).result()

    def forget(self, url: str) -> None:
        if self.session and self.session.store:
            self.session.store.forget(url)

    def counts(self) -> dict[str, int]:
        """For the runs table: 304s, URLs that gave no usable response, warnings readers raised."""
        return {"http_not_modified": self.stats["not_modified"],
                "fetch_failures": self.stats["failed"] + self.stats["refused"] + self.stats["unusable"],
                "warnings": self.stats["warnings"]}

    def _count(self, key: tuple[str, bool], r: FetchResult) -> None:
        """Once per URL and fetcher (the caller holds the lock)."""
        if key in self._counted:
            return
        self._counted.add(key)
        if r.not_modified:
            self.stats["not_modified"] += 1
        elif r.refused:
            self.stats["refused"] += 1
        elif r.error:
            self.stats["failed"] += 1
        else:
            self.stats["ok"] += 1

    def note(self, what: str, n: int = 1) -> None:
        """A reader's count (warnings, pages fetched but unusable), thread-safe."""
        with self._lock:
            self.stats[what] += n

    # -- the request path (runs on the fetcher's loop)
    async def _get(self, url: str, conditional_headers: dict, max_bytes: int) -> FetchResult:
        try:
            return await self._follow(url, conditional_headers, max_bytes, robots=self.settings.robots)
        except Refused as e:
            return FetchResult(url, error=str(e), refused=True)
        except Unreachable as e:
            return FetchResult(url, error=str(e))
        except Exception as e:  # a bug here must cost one URL, not the run
            log.exception("fetching %s", url)
            return FetchResult(url, error=f"{type(e).__name__}: {e}")

    async def _follow(self, url: str, headers: dict, max_bytes: int, *, robots: bool) -> FetchResult:
        current, seen = url, {url}
        for hop in range(MAX_REDIRECTS + 1):
            parts = urlsplit(current)
            scheme = parts.scheme.lower()
            if scheme not in ("http", "https"):
                raise Refused(f"scheme {scheme + ':' if scheme else '(none)'} is not http(s): {current}")
            host = parts.hostname
            if not host:
                raise Refused(f"no host in {current}")
            try:  # the Host header and the TLS server name are ASCII: a Unicode name goes as IDNA
                host = host.encode("idna").decode("ascii") if not host.isascii() else host
            except UnicodeError:
                raise Refused(f"invalid host name in {current}") from None
            try:
                port = parts.port or (443 if scheme == "https" else 80)
            except ValueError:
                raise Refused(f"bad port in {current}") from None
            ip = await self._checked_address(host, port)
            if robots and not await self._robots_allow(scheme, parts.netloc, current):
                raise Refused(f"disallowed by robots.txt of {scheme}://{parts.netloc}")
            r = await self._with_retries(current, scheme, host, port, ip, headers, max_bytes)
            r.url = url
            if r.status in _REDIRECTS and r.error is None:
                location = r.final_url
                if not location:
                    return replace(r, error=f"HTTP {r.status} without a Location header")
                nxt = urljoin(current, location)
                if nxt in seen:
                    raise Refused(f"redirect loop: {current} -> {nxt}")
                if hop == MAX_REDIRECTS:
                    raise Refused(f"more than {MAX_REDIRECTS} redirects (last to {nxt})")
                seen.add(nxt)
                current, headers = nxt, {}  # validators belong to the first URL only
                continue
            r.final_url = current
            return r
        raise AssertionError("unreachable")

    async def _checked_address(self, host: str, port: int):
        """Resolve host; refuse if any of its addresses is not public (unless allowed); return the one to use."""
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except socket.gaierror as e:
            raise Unreachable(f"cannot resolve {host}: {e.strerror or e}") from None
        addresses = list(dict.fromkeys(ipaddress.ip_address(i[4][0].split("%")[0]) for i in infos))
        if not addresses:
            raise Refused(f"no address for {host}")
        for ip in addresses:
            problem = _address_problem(ip)
            if problem and not self._allow.allows(host, ip):
                shown = host if str(ip) == host else f"{host} ({ip})"
                raise Refused(f"address {shown} is {problem}; allow it with EVENTDESK_FETCH_ALLOW if intended")
        return addresses[0]

    async def _robots_allow(self, scheme: str, netloc: str, url: str) -> bool:
        key = f"{scheme}://{netloc}"
        fut = self._robots.get(key)
        if fut is None:
            fut = self._robots[key] = asyncio.ensure_future(self._load_robots(key))
        parser, unreachable = await fut
        if unreachable:
            raise Unreachable(f"{key} unreachable ({unreachable})")
        if parser is None:
            return True
        asked = parser.crawl_delay(self.settings.user_agent)
        if asked:
            host = urlsplit(url).hostname or ""
            self._host_delay[host] = min(float(asked), MAX_CRAWL_DELAY)
        return parser.can_fetch(self.settings.user_agent, url)

    def delay_for(self, host: str) -> float:
        """Seconds between two requests to host: the setting, or more where robots.txt asks (Crawl-delay)."""
        return max(self.settings.delay, self._host_delay.get(host, 0.0))

    async def _load_robots(self, base: str) -> tuple[urllib.robotparser.RobotFileParser | None, str | None]:
        """robots.txt per RFC 9309: 4xx means no rules, 5xx means stay away for this run. A host that
        does not answer at all is reported as unreachable (the page would fail the same way)."""
        try:  # by the same safe path as any page
            r = await self._follow(base + "/robots.txt", {}, ROBOTS_MAX_BYTES, robots=False)
        except (Refused, Unreachable) as e:
            return None, f"robots.txt: {e}"
        parser = urllib.robotparser.RobotFileParser()
        if r.ok:
            parser.parse(r.body.decode("utf-8", "replace").splitlines())
            return parser, None
        if r.status is None:
            return None, f"robots.txt: {r.error}"
        if 400 <= r.status < 500:
            return None, None
        parser.disallow_all = True
        log.warning("robots.txt of %s answered %s: nothing fetched from that host this run", base, r.error)
        return parser, None

    async def _wait_turn(self, host: str) -> asyncio.Semaphore:
        slot = self._host_slots.setdefault(host, asyncio.Semaphore(max(1, self.settings.per_host)))
        await slot.acquire()
        now = time.monotonic()
        start = max(now, self._host_next.get(host, now))
        self._host_next[host] = start + self.delay_for(host)
        if start > now:
            await asyncio.sleep(start - now)
        return slot

    async def _with_retries(self, url, scheme, host, port, ip, headers, max_bytes) -> FetchResult:
        s = self.settings
        for attempt in range(s.retries + 1):
            slot = await self._wait_turn(host)
            try:
                r = await asyncio.wait_for(self._once(url, scheme, host, port, ip, headers, max_bytes), s.deadline)
                transient = r.status in _RETRY_STATUS
            except (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError) as e:
                r = FetchResult(url, error=f"{type(e).__name__}: {e or 'no detail'}")
                transient = True
            except (asyncio.TimeoutError, TimeoutError):
                # The deadline is for slow or stalling servers: trying again would only double the wait.
                return FetchResult(url, error=f"no complete response within the {s.deadline:g} s deadline")
            finally:
                slot.release()
            if not transient or attempt == s.retries:
                return r
            self.note("retries")
            await asyncio.sleep(max(s.backoff * 2 ** attempt, min(r.retry_after or 0.0, MAX_RETRY_AFTER)))
        raise AssertionError("unreachable")

    def _client_for(self, host: str) -> httpx.AsyncClient:
        """One connection pool per host name: connections go to checked IPs, and a pool keyed by IP
        would hand a TLS connection made for one name (SNI) to another name on the same address."""
        if host not in self._clients:
            s = self.settings
            self._clients[host] = httpx.AsyncClient(
                follow_redirects=False,
                trust_env=False,  # a proxy from the environment would connect where we did not check
                timeout=httpx.Timeout(s.read_timeout, connect=s.connect_timeout),
                limits=httpx.Limits(max_connections=max(1, s.per_host), max_keepalive_connections=max(1, s.per_host)),
            )
        return self._clients[host]

    async def _once(self, url, scheme, host, port, ip, headers, max_bytes) -> FetchResult:
        parts = urlsplit(url)
        ip_host = f"[{ip}]" if ip.version == 6 else str(ip)
        default = port == (443 if scheme == "https" else 80)
        target = urlunsplit((scheme, ip_host if default else f"{ip_host}:{port}", parts.path or "/", parts.query, ""))
        host_header = (f"[{host}]" if ":" in host else host) + ("" if default else f":{port}")
        client = self._client_for(host)
        request = client.build_request(
            "GET", target,
            headers={"Host": host_header, "User-Agent": self.settings.user_agent,
                     "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                               "application/xml;q=0.9,*/*;q=0.8", **headers},
            extensions={"sni_hostname": host} if scheme == "https" else {},
        )
        response = await client.send(request, stream=True)
        try:
            ctype = response.headers.get("content-type")
            result = FetchResult(url, status=response.status_code, content_type=ctype, charset=response.charset_encoding,
                                 etag=response.headers.get("etag"), last_modified=response.headers.get("last-modified"))
            if response.status_code in _REDIRECTS:
                result.final_url = response.headers.get("location")
                return result
            if response.status_code == 304:
                return result
            if response.status_code != 200:
                wait = response.headers.get("retry-after", "").strip()
                if wait.isdigit():
                    result.retry_after = float(wait)
                result.error = f"HTTP {response.status_code} {response.reason_phrase}".rstrip()
                return result
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                result.error = f"response larger than {max_bytes} bytes (Content-Length {declared})"
                return result
            chunks, size = [], 0
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    result.error = f"response larger than {max_bytes} bytes (stopped reading)"
                    return result
                chunks.append(chunk)
            result.body = b"".join(chunks)
            return result
        finally:
            await response.aclose()
