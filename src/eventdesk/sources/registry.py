"""The sources file, DATA/sources.toml: every source the nightly run reads, with its options.

    [fetch]                                  # optional: how the fetcher behaves (see README)
    contact = "https://example.org/eventdesk-contact"

    [[source]]
    name = "Daily Monitor"                   # unique; defaults to the URL or path
    kind = "feed"                            # feed (RSS/Atom URL) | file (file or folder)
    url = "https://example.org/news/rss.xml" # feeds; files use: path = "articles/"
    outlet = "Daily Monitor"                 # the outlet's name, over the feed's own title
    country = "Uganda"                       # where the outlet is based (kept with each record)
    language = "en"                          # used where the page does not say
    schedule = "nightly"                     # nightly | manual (read only when named on the command line)

`eventdesk sources add|list|check|remove` edit and test it; `eventdesk run` with no SOURCE reads
the nightly ones. The older DATA/sources.txt (one source a line) is still read when no
sources.toml exists.
"""
from __future__ import annotations

import json
import os
import tomllib
from dataclasses import asdict, dataclass
from pathlib import Path

from eventdesk.atomic import write_text
from eventdesk.sources.fetch import FetchSettings

FILE = "sources.toml"
LEGACY_FILE = "sources.txt"
KINDS = ("feed", "file")
SCHEDULES = ("nightly", "manual")
_OPTIONS = ("name", "kind", "url", "path", "outlet", "country", "language", "schedule")


class SourcesFileError(ValueError):
    pass


@dataclass
class Source:
    name: str
    kind: str  # feed | file
    location: str  # URL for feeds, path for files
    outlet: str | None = None
    country: str | None = None
    language: str | None = None
    schedule: str = "nightly"

    def options(self) -> dict:
        return {k: v for k, v in (("outlet", self.outlet), ("country", self.country), ("language", self.language)) if v}


@dataclass
class Registry:
    path: Path
    sources: list[Source]
    fetch: dict

    def find(self, location_or_name: str) -> Source | None:
        key = _key(location_or_name)
        return next((s for s in self.sources if s.name == location_or_name or _key(s.location) == key), None)


def _key(location: str) -> str:
    """Sources are matched by URL as written, files by absolute path (the command line may use another)."""
    if location.startswith(("http://", "https://")):
        return location
    return str(Path(location).expanduser().resolve())


def path_of(data_dir: Path) -> Path:
    return Path(data_dir) / FILE


def load(data_dir: Path) -> Registry:
    """The sources file of data_dir (an empty registry if there is none); errors name the file and source."""
    path = path_of(data_dir)
    if not path.exists():
        return Registry(path, [], {})
    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise SourcesFileError(f"{path}: unreadable: {e}") from None
    except tomllib.TOMLDecodeError as e:
        raise SourcesFileError(f"{path}: {e}") from None
    unknown = set(doc) - {"fetch", "source"}
    if unknown:
        raise SourcesFileError(f"{path}: unknown table(s) {', '.join(sorted(unknown))} (known: [fetch], [[source]])")
    fetch = doc.get("fetch", {})
    try:
        FetchSettings.load(fetch, environ={})
    except (TypeError, ValueError) as e:
        raise SourcesFileError(f"{path}: [fetch]: {e}") from None
    sources: list[Source] = []
    for i, entry in enumerate(doc.get("source", []), start=1):
        where = f"{path}: source {i} ({entry.get('name') or entry.get('url') or entry.get('path') or 'unnamed'})"
        bad = set(entry) - set(_OPTIONS)
        if bad:
            raise SourcesFileError(f"{where}: unknown option(s) {', '.join(sorted(bad))} (known: {', '.join(_OPTIONS)})")
        sources.append(_source(entry, where))
    names = [s.name for s in sources]
    dup = sorted({n for n in names if names.count(n) > 1})
    if dup:
        raise SourcesFileError(f"{path}: source name(s) used twice: {', '.join(dup)}")
    return Registry(path, sources, fetch)


def _source(entry: dict, where: str) -> Source:
    for k, v in entry.items():
        if not isinstance(v, str):
            raise SourcesFileError(f"{where}: {k} must be a string, got {v!r}")
    location = entry.get("url") or entry.get("path")
    if not location or ("url" in entry and "path" in entry):
        raise SourcesFileError(f"{where}: give exactly one of url (feeds) or path (files and folders)")
    kind = entry.get("kind") or ("feed" if "url" in entry else "file")
    if kind not in KINDS:
        raise SourcesFileError(f"{where}: kind must be one of {', '.join(KINDS)}, got {kind!r}")
    if kind == "feed" and not location.startswith(("http://", "https://")):
        raise SourcesFileError(f"{where}: a feed's url must start with http:// or https://, got {location!r}")
    if kind == "file" and "url" in entry:
        raise SourcesFileError(f"{where}: a file source takes path, not url")
    schedule = entry.get("schedule") or "nightly"
    if schedule not in SCHEDULES:
        raise SourcesFileError(f"{where}: schedule must be one of {', '.join(SCHEDULES)}, got {schedule!r}")
    return Source(name=entry.get("name") or location, kind=kind, location=location, outlet=entry.get("outlet"),
                  country=entry.get("country"), language=entry.get("language"), schedule=schedule)


def _toml_str(value: str) -> str:
    # JSON's string escapes are a subset of TOML's basic-string escapes.
    return json.dumps(value, ensure_ascii=False)


def _toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return _toml_str(str(value))


def save(registry: Registry) -> None:
    """Write the file atomically (comments are not kept: the header documents the options)."""
    lines = ["# eventdesk sources: read by `eventdesk run` with no SOURCE; edit by hand or with `eventdesk sources`.",
             "# kind = feed (url) | file (path); schedule = nightly | manual. See README, 'Sources'.", ""]
    if registry.fetch:
        lines.append("[fetch]")
        lines += [f"{k} = {_toml_value(v)}" for k, v in registry.fetch.items()]
        lines.append("")
    for s in registry.sources:
        d = asdict(s)
        lines.append("[[source]]")
        lines.append(f"name = {_toml_str(s.name)}")
        lines.append(f"kind = {_toml_str(s.kind)}")
        lines.append(f"{'url' if s.kind == 'feed' else 'path'} = {_toml_str(s.location)}")
        for k in ("outlet", "country", "language", "schedule"):
            if d[k]:
                lines.append(f"{k} = {_toml_str(d[k])}")
        lines.append("")
    registry.path.parent.mkdir(parents=True, exist_ok=True)
    write_text(registry.path, "\n".join(lines))


def add(data_dir: Path, location: str, *, name: str | None = None, kind: str | None = None, **options) -> Source:
    """Add (or, with the same name or location, replace) a source; returns it as stored."""
    reg = load(data_dir)
    if "://" in location and not location.startswith(("http://", "https://")):
        raise SourcesFileError(f"{location}: a feed URL must be http:// or https://")
    entry = {"name": name, "kind": kind, ("url" if location.startswith(("http://", "https://")) else "path"): location}
    entry.update(options)
    entry = {k: v for k, v in entry.items() if v}
    source = _source(entry, f"{reg.path}: new source {location}")
    if source.kind == "file":
        if not Path(location).expanduser().exists():
            raise SourcesFileError(f"{location}: no such file or folder")
    old = reg.find(source.name) or reg.find(source.location)
    if old is not None:
        reg.sources[reg.sources.index(old)] = source
    else:
        reg.sources.append(source)
    save(reg)
    return source


def remove(data_dir: Path, name_or_location: str) -> Source:
    reg = load(data_dir)
    old = reg.find(name_or_location)
    if old is None:
        raise SourcesFileError(f"{reg.path}: no source named or located at {name_or_location!r}")
    reg.sources.remove(old)
    save(reg)
    return old


def scheduled(data_dir: Path) -> list[str] | None:
    """The locations a run with no SOURCE reads: nightly sources of sources.toml, else sources.txt's
    lines; None when neither file exists."""
    reg = load(data_dir)
    if reg.path.exists():
        return [s.location for s in reg.sources if s.schedule == "nightly"]
    legacy = Path(data_dir) / LEGACY_FILE
    if legacy.exists():
        return [ln.strip() for ln in legacy.read_text().splitlines() if ln.strip() and not ln.startswith("#")]
    return None


def options_for(data_dir: Path, location: str) -> dict:
    """A source's options (outlet, country, language) when it is in the sources file, else none."""
    reg = load(data_dir)
    s = reg.find(location)
    return s.options() if s else {}


def fetch_settings(data_dir: Path) -> FetchSettings:
    """The fetcher's settings: the sources file's [fetch] table, overridden by EVENTDESK_FETCH_* variables."""
    return FetchSettings.load(load(data_dir).fetch)


def check(data_dir: Path, names: list[str] | None = None, settings: FetchSettings | None = None) -> list[dict]:
    """Fetch each feed once (unconditionally, nothing stored or ingested) and report what came back."""
    import feedparser

    from eventdesk.sources.fetch import Fetcher

    reg = load(data_dir)
    chosen = reg.sources if not names else []
    for n in names or []:
        s = reg.find(n)
        if s is None:
            raise SourcesFileError(f"{reg.path}: no source named or located at {n!r}")
        chosen.append(s)
    out = []
    with Fetcher(settings or FetchSettings.load(reg.fetch)) as fetcher:
        futures = {s.name: fetcher.submit(s.location) for s in chosen if s.kind == "feed"}
        for s in chosen:
            row = {"name": s.name, "kind": s.kind, "location": s.location}
            if s.kind == "file":
                p = Path(s.location).expanduser()
                row.update(ok=p.exists() and os.access(p, os.R_OK),
                           status="readable" if p.exists() and os.access(p, os.R_OK) else "missing or unreadable")
            else:
                r = futures[s.name].result()
                row["seconds"] = round(r.seconds or 0.0, 2)
                if not r.ok:
                    row.update(ok=False, status=r.reason)
                else:
                    parsed = feedparser.parse(r.body)
                    if parsed.entries:
                        row.update(ok=True, status=f"HTTP 200, {len(parsed.entries)} items, {len(r.body):,} bytes")
                    elif parsed.get("bozo"):
                        row.update(ok=False, status=f"invalid feed: {parsed.get('bozo_exception')}")
                    else:
                        row.update(ok=bool(parsed.get("version")),
                                   status="HTTP 200, no items" if parsed.get("version") else "not an RSS/Atom feed")
            out.append(row)
    return out
