"""The nightly schedule against a real Prefect server on 127.0.0.1: serve on a cron, trigger, publish."""
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
BIN = Path(sys.executable).parent
FIXTURE = Path(__file__).parent / "fixtures" / "flow" / "clash.txt"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(check, seconds: float, what: str):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            result = check()
            if result:
                return result
        except OSError:
            pass
        time.sleep(1)
    raise AssertionError(f"timed out waiting for {what}")


def test_serve_registers_a_cron_deployment_whose_runs_publish(tmp_path):
    port = _free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = dict(os.environ, PREFECT_HOME=str(tmp_path / "prefect"), PREFECT_API_URL=api,
               PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1", PREFECT_UI_ENABLED="false")
    (tmp_path / "prefect").mkdir()
    data = tmp_path / "data"
    procs = [subprocess.Popen([str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        _wait(lambda: urllib.request.urlopen(f"{api}/health", timeout=2).status == 200, 120, "the Prefect server")
        procs.append(subprocess.Popen([str(BIN / "eventdesk"), "serve", str(FIXTURE), "--data-dir", str(data),
                                       "--cron", "0 2 * * *"], env=env, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL))

        def deployment():
            req = urllib.request.Request(f"{api}/deployments/filter", data=b"{}", method="POST",
                                         headers={"Content-Type": "application/json"})
            found = [d for d in json.load(urllib.request.urlopen(req, timeout=5)) if d["name"] == "nightly"]
            return found[0] if found else None

        dep = _wait(deployment, 90, "the nightly deployment")
        assert [s["schedule"]["cron"] for s in dep["schedules"]] == ["0 2 * * *"]
        assert dep["parameters"]["data_dir"] == str(data)
        subprocess.run([str(BIN / "prefect"), "deployment", "run", "eventdesk/nightly"], env=env, check=True,
                       capture_output=True, timeout=60)
        _wait(lambda: (data / "curated" / "CURRENT").exists(), 180, "the triggered run to publish")
        from eventdesk import publish

        runs = publish.read_table(data / "curated", "runs")
        assert list(runs["status"]) == ["ok"]
        assert runs["events_published"].iloc[0] >= 1
    finally:
        for p in reversed(procs):
            p.terminate()
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()
