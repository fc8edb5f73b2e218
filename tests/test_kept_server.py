"""The Prefect server kept between runs (flows/server.py, issue #15): a second run reuses it, a flow run lands on
it, a run in progress keeps it up past its idle time, and it stops by itself once unused."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from flows import server

ROOT = Path(__file__).resolve().parents[1]

# a run's first steps: use the kept server, run a real flow on it, then hold it until told to go (stdin closes)
RUN = """
import sys
from flows.server import use_kept_server
print(use_kept_server(), flush=True)
if sys.argv[1] == "flow":
    from prefect import flow
    from prefect.context import get_run_context

    @flow(name="kept-server-check")
    def f():
        return str(get_run_context().flow_run.id)

    print(f(), flush=True)
sys.stdin.read()
"""


def _env(home: Path, idle: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    return dict(env, PREFECT_HOME=str(home), EVENTDESK_KEEP_SERVER=idle)


def _wait(cond, limit: float = 180.0) -> bool:
    """Poll for a state the processes reach in their own time (a wait, not a timed assertion)."""
    end = time.monotonic() + limit
    while time.monotonic() < end:
        if cond():
            return True
        time.sleep(0.5)
    return cond()


def test_without_the_setting_nothing_changes(monkeypatch, tmp_path):
    monkeypatch.delenv("EVENTDESK_KEEP_SERVER", raising=False)
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path))
    assert server.use_kept_server() is None
    assert "PREFECT_API_URL" not in os.environ and not (tmp_path / server.STATE).exists()
    monkeypatch.setenv("EVENTDESK_KEEP_SERVER", "half an hour")
    with pytest.raises(ValueError, match="EVENTDESK_KEEP_SERVER"):
        server.use_kept_server()


@pytest.mark.slow
def test_kept_server_is_reused_held_while_in_use_and_stops_when_unused(tmp_path):
    home = tmp_path / "prefect"
    env = _env(home, "2")
    first = subprocess.Popen([sys.executable, "-c", RUN, "flow"], cwd=ROOT, env=env, text=True,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        url = first.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:") and server.healthy(url)
        keeper = json.loads((home / server.STATE).read_text())["pid"]
        flow_run = first.stdout.readline().strip()
        assert flow_run, "the flow did not run on the kept server"
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with opener.open(f"{url}/flow_runs/{flow_run}", timeout=30) as r:
            assert json.loads(r.read())["state_type"] == "COMPLETED"

        again = subprocess.run([sys.executable, "-c", RUN, "none"], cwd=ROOT, env=env, text=True, input="",
                               capture_output=True, timeout=300)
        assert again.stdout.strip() == url  # the second run found the first one's server
        time.sleep(4)  # twice the idle time, with the first run still holding the server
        assert server.healthy(url) and server._alive(keeper)
    finally:
        first.stdin.close()
        first.wait(timeout=120)
    assert _wait(lambda: not server._alive(keeper)), "the keeper did not stop its unused server"
    assert not (home / server.STATE).exists() and not server.healthy(url)
    assert server.running(home) is None and server.stop(home) is False
