"""Process-wide settings: defaults that must be set before Prefect is imported, and how many versions to keep.

Prefect reads its settings at import time. These defaults keep a run local (no server
configured, no analytics, a start-up timeout that suits 2 cores), and they are only
defaults: a user's own PREFECT_* environment wins. Without PREFECT_API_URL, Prefect boots a temporary
server in a subprocess for every run (benchmarks/startup.py: about 20-30 s on a busy 2-core machine, against
a few seconds for a flow on a kept server); nightly use keeps one (`prefect server start` and
PREFECT_API_URL=http://127.0.0.1:4200/api), see README. Prefect 3 has no in-process mode to fall back on.
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
