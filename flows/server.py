"""One Prefect server kept between runs, so a run after the first does not pay for a temporary server.

Without PREFECT_API_URL, Prefect 3 starts a temporary API server in a subprocess for every flow run and
stops it at exit (benchmarks/startup.py: ~3.5 s of CPU, 10-30 s on a busy 2-core machine, most of a small
run). With EVENTDESK_KEEP_SERVER=SECONDS (`make run` sets it), `eventdesk run` instead points
PREFECT_API_URL at a server it started earlier under the same PREFECT_HOME, or starts one: the same API
server Prefect would have started (`prefect.server.api.server:create_app`, ephemeral services only, no UI),
watched by a small keeper process (`python -m flows.server keep`) that stops it once no run has used it for
SECONDS (0: never). `python -m flows.server stop` stops it now; `status` says whether one runs.

Nightly schedules (`eventdesk serve`) need the full server with its scheduler: `prefect server start`, as
the README says. Only the standard library is imported here: this runs before Prefect is imported.
"""
from __future__ import annotations

import argparse
import fcntl
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from eventdesk.atomic import write_text

STATE = "eventdesk-server.json"  # {"url", "pid" (the keeper), "idle"}; its mtime is the last use
START_LOCK = "eventdesk-server.lock"  # held while a server is looked up, started or stopped
IN_USE = "eventdesk-server.in-use"  # every run holds a shared lock on it: the keeper never stops a server in use
_held: list = []  # this process's shared lock on IN_USE, released when it exits

_direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # 127.0.0.1: never through a proxy


def home() -> Path:
    return Path(os.environ.get("PREFECT_HOME") or Path.home() / ".prefect").expanduser()


def idle_seconds() -> int | None:
    """EVENTDESK_KEEP_SERVER: unset or empty, no kept server; else seconds of disuse before it stops (0: never)."""
    raw = os.environ.get("EVENTDESK_KEEP_SERVER", "").strip()
    if not raw:
        return None
    try:
        value = int(raw)
    except ValueError:
        raise ValueError(f"EVENTDESK_KEEP_SERVER must be a number of seconds, got {raw!r}") from None
    if value < 0:
        raise ValueError(f"EVENTDESK_KEEP_SERVER must be 0 or more, got {value}")
    return value


def healthy(url: str, timeout: float = 2.0) -> bool:
    try:
        with _direct.open(f"{url}/health", timeout=timeout) as r:
            return r.status == 200
    except OSError:
        return False


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # an exited keeper nobody has reaped yet (its parent, the first run, is gone) is a zombie
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return True


def _state(where: Path) -> dict | None:
    try:
        return json.loads((where / STATE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def running(where: Path | None = None) -> dict | None:
    """The kept server's state where its keeper lives and its API answers, else None."""
    where = where or home()
    s = _state(where)
    return s if s and _alive(int(s["pid"])) and healthy(s["url"]) else None


class _Locked:
    def __init__(self, path: Path, mode: int):
        self.path, self.mode = path, mode

    def __enter__(self):
        self.f = open(self.path, "a+")
        fcntl.flock(self.f, self.mode)
        return self.f

    def __exit__(self, *exc):
        self.f.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(where: Path, idle: int, timeout: float = 120.0) -> dict:
    """Start a keeper and its server; returns the state once the API answers. Call with START_LOCK held."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}/api"
    with open(where / "eventdesk-server.log", "ab") as log:
        keeper = subprocess.Popen([sys.executable, "-m", "flows.server", "keep", "--port", str(port), "--idle", str(idle)],
                                  stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True,
                                  env={k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"})
    state = {"url": url, "pid": keeper.pid, "idle": idle}
    deadline = time.monotonic() + timeout
    while not healthy(url, timeout=1.0):
        if keeper.poll() is not None or time.monotonic() > deadline:
            if keeper.poll() is None:
                keeper.terminate()
            raise RuntimeError(f"the kept Prefect server did not start within {timeout:.0f} s "
                               f"(see {where / 'eventdesk-server.log'})")
        time.sleep(0.1)
    write_text(where / STATE, json.dumps(state))  # whole or not at all: a later run reads it
    return state


def use_kept_server() -> str | None:
    """Where EVENTDESK_KEEP_SERVER is set and PREFECT_API_URL is not: point PREFECT_API_URL at the kept server,
    starting it if none answers, and hold it in use until this process exits. Call before importing Prefect."""
    idle = idle_seconds()
    if idle is None or os.environ.get("PREFECT_API_URL"):
        return None
    where = home()
    where.mkdir(parents=True, exist_ok=True)
    with _Locked(where / START_LOCK, fcntl.LOCK_EX):
        state = running(where) or start(where, idle)
        use = open(where / IN_USE, "a+")
        fcntl.flock(use, fcntl.LOCK_SH)  # taken under START_LOCK: the keeper checks it under the same lock
        _held.append(use)
        os.utime(where / STATE)
    os.environ["PREFECT_API_URL"] = state["url"]
    return state["url"]


def stop(where: Path | None = None, timeout: float = 30.0) -> bool:
    """Stop the kept server (its keeper stops the API server); False when none was running."""
    where = where or home()
    with _Locked(where / START_LOCK, fcntl.LOCK_EX):
        s = _state(where)
        if not s or not _alive(int(s["pid"])):
            (where / STATE).unlink(missing_ok=True)
            return False
        os.kill(int(s["pid"]), signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while _alive(int(s["pid"])) and time.monotonic() < deadline:
            time.sleep(0.1)
        (where / STATE).unlink(missing_ok=True)
        return True


def keep(port: int, idle: int) -> int:
    """The keeper: runs the API server as Prefect's temporary one would, and stops it after `idle` s unused."""
    import prefect

    env = {**os.environ, "PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}
    server = subprocess.Popen([sys.executable, "-m", "uvicorn", "--app-dir", str(Path(prefect.__file__).parent.parent),
                               "--factory", "prefect.server.api.server:create_app", "--host", "127.0.0.1",
                               "--port", str(port), "--log-level", "error", "--lifespan", "on"], env=env)
    where = home()
    stopping = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
    try:
        while not stopping and server.poll() is None:
            time.sleep(1.0)  # a stat() a second: nothing next to the server itself
            state = where / STATE
            if not idle or not state.exists() or time.time() - state.stat().st_mtime < idle:
                continue
            with _Locked(where / START_LOCK, fcntl.LOCK_EX), open(where / IN_USE, "a+") as use:
                try:
                    fcntl.flock(use, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:  # a run is using the server: idle time counts from now
                    os.utime(state)
                    continue
                state.unlink(missing_ok=True)  # no run can pick the server up from here on
                break
    finally:
        if server.poll() is None:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
        s = _state(where)
        if s and s.get("pid") == os.getpid():
            (where / STATE).unlink(missing_ok=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m flows.server", description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    k = sub.add_parser("keep", help="run a server and stop it when unused (started by `eventdesk run`)")
    k.add_argument("--port", type=int, required=True)
    k.add_argument("--idle", type=int, default=1800)
    sub.add_parser("stop", help="stop the kept server of this PREFECT_HOME")
    sub.add_parser("status", help="print the kept server's URL, or say there is none")
    args = ap.parse_args(argv)
    if args.cmd == "keep":
        return keep(args.port, args.idle)
    if args.cmd == "stop":
        print("stopped the kept Prefect server" if stop() else "no kept Prefect server was running")
        return 0
    s = running()
    print(f"kept Prefect server at {s['url']} (keeper pid {s['pid']})" if s else "no kept Prefect server")
    return 0 if s else 1


if __name__ == "__main__":
    from eventdesk.settings import prefect_defaults

    prefect_defaults()  # the same PREFECT_HOME as `eventdesk run`
    sys.exit(main())
