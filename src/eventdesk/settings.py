"""Process-wide settings: defaults that must be set before Prefect is imported, how many versions to keep,
and ingest limits.

Prefect reads its settings at import time. These defaults keep a run local (no server
configured, no analytics, a start-up timeout that suits 2 cores), and they are only
defaults: a user's own PREFECT_* environment wins. Without PREFECT_API_URL, Prefect boots a temporary
server in a subprocess for every run (benchmarks/startup.py: about 20-30 s on a busy 2-core machine, against
a few seconds for a flow on a kept server); nightly use keeps one (`prefect server start` and
PREFECT_API_URL=http://127.0.0.1:4200/api), see README; EVENTDESK_KEEP_SERVER lets `eventdesk run` keep one
itself (flows/server.py). Prefect 3 has no in-process mode to fall back on.
"""
from __future__ import annotations

import os
from pathlib import Path


def prefect_defaults(home: Path | None = None) -> None:
    home = home or Path(os.environ.get("EVENTDESK_CACHE", Path.home() / ".cache" / "eventdesk")) / "prefect"
    defaults = {
        "PREFECT_HOME": str(home),
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "PREFECT_LOGGING_LEVEL": "WARNING",
        "PREFECT_UI_ENABLED": "false",
    }
    for k, v in defaults.items():
        os.environ.setdefault(k, v)
    # Prefect's temporary server keeps its SQLite file here and cannot create the folder itself
    Path(os.environ["PREFECT_HOME"]).expanduser().mkdir(parents=True, exist_ok=True)


DEFAULT_KEEP_VERSIONS = 10


def keep_versions() -> int:
    """How many published versions to keep for --as-of: EVENTDESK_KEEP_VERSIONS (or `run --keep-versions`), default 10."""
    raw = os.environ.get("EVENTDESK_KEEP_VERSIONS", str(DEFAULT_KEEP_VERSIONS))
    try:
        return max(1, int(raw))
    except ValueError:
        raise ValueError(f"EVENTDESK_KEEP_VERSIONS must be a whole number, got {raw!r}") from None


# --- ingest limits (read from the environment at call time, so tests and users can change them) ---

DEFAULT_MAX_ARTICLE_BYTES = 2_000_000  # ~300,000 words: far above any news story, far below a data dump
DEFAULT_OVERSIZE = "reject"  # or "truncate": keep the first EVENTDESK_MAX_ARTICLE_BYTES, with a reject row saying so
DEFAULT_DEDUP_WINDOW = 20_000  # newest published articles new ones are compared with (indexed on disk, ~1 KB each)


def positive_env(name: str, default: int) -> int:
    """A count from the environment: a clear error naming the variable when it is no whole number above 0."""
    try:
        value = int(os.environ.get(name, default))
    except ValueError:
        raise ValueError(f"{name} must be a whole number, got {os.environ.get(name)!r}") from None
    if value <= 0:
        raise ValueError(f"{name} must be positive, got {value}")
    return value


def max_article_bytes() -> int:
    """EVENTDESK_MAX_ARTICLE_BYTES: the largest article (file, JSONL line or text field) read whole."""
    return positive_env("EVENTDESK_MAX_ARTICLE_BYTES", DEFAULT_MAX_ARTICLE_BYTES)


def oversize_policy() -> str:
    """EVENTDESK_OVERSIZE: 'reject' an article over the cap, or 'truncate' it to the cap."""
    value = os.environ.get("EVENTDESK_OVERSIZE", DEFAULT_OVERSIZE).strip().lower()
    if value not in ("reject", "truncate"):
        raise ValueError(f"EVENTDESK_OVERSIZE must be 'reject' or 'truncate', got {value!r}")
    return value


def dedup_window() -> int:
    """EVENTDESK_DEDUP_WINDOW: how many of the newest published articles new ones are checked against."""
    return positive_env("EVENTDESK_DEDUP_WINDOW", DEFAULT_DEDUP_WINDOW)
