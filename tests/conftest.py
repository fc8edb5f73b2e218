"""Shared test setup: Prefect kept local and quiet, fixtures loaded from tests/fixtures."""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

# Prefect reads its settings at import: point it at a throwaway home before any test imports it.
os.environ.setdefault("PREFECT_HOME", tempfile.mkdtemp(prefix="eventdesk-prefect-"))
os.environ.pop("EVENTDESK_KEEP_SERVER", None)  # no test run leaves a kept server behind (tests that want one set it)
from eventdesk.settings import prefect_defaults  # noqa: E402

prefect_defaults()

import pandas as pd  # noqa: E402
import pytest  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"
EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


def load_rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (FIXTURES / name).read_text().splitlines() if line.strip()]


def events_frame(rows: list[dict]) -> pd.DataFrame:
    import datetime as dt

    from eventdesk import schema

    clean = []
    for r in rows:
        r = {k: v for k, v in r.items() if not k.startswith("_")}
        r["event_date"] = dt.date.fromisoformat(r["event_date"])
        clean.append(r)
    return schema.table("events").to_arrow(clean).to_pandas()


@pytest.fixture(scope="session")
def prefect_harness():
    """One temporary Prefect server for all flow tests (20-50 s once, then ~1 s a flow)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture
def eval_dir() -> Path:
    if not EVAL.is_dir():
        pytest.skip(f"evaluation data not found at {EVAL}: these checks need ../shared/eval")
    return EVAL
