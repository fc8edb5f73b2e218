"""Measure eventdesk's HTML body extraction on the article-extraction benchmark pages.

Writes one TEXTS jsonl ({"id": key, "text": body}) per trafilatura setting and prints the
scorer command for each. The setting ingest uses is in eventdesk.sources.html; re-run this
when trafilatura is upgraded or the setting is changed.

    .venv/bin/python benchmarks/html_extraction.py [--eval ../shared/eval] [--out /tmp/eventdesk-html] \
        [--config ingest,default,precision,recall] [--score]
"""
from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import time
from pathlib import Path

from eventdesk.sources.html import decode_html, extract_html

# Every option is spelt out so a setting measures the same thing whatever ingest's defaults become.
_BASE = {"favor_precision": False, "favor_recall": False, "include_comments": False, "include_tables": True}
CONFIGS = {
    "ingest": {},  # whatever eventdesk.sources.html uses now
    "default": _BASE,
    "precision": {**_BASE, "favor_precision": True},
    "recall": {**_BASE, "favor_recall": True},
    "default+comments": {**_BASE, "include_comments": True},
    "default-tables": {**_BASE, "include_tables": False},
    "precision-tables": {**_BASE, "favor_precision": True, "include_tables": False},
}


def main() -> int:
    here = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval", type=Path, default=here.parent / "shared" / "eval")
    ap.add_argument("--out", type=Path, default=Path("/tmp/eventdesk-html"))
    ap.add_argument("--config", default="ingest", help=f"comma-separated, of: {', '.join(CONFIGS)}")
    ap.add_argument("--score", action="store_true", help="also run the scorer on each TEXTS file")
    args = ap.parse_args()

    bench = args.eval / "html_extraction"
    truth = bench / "ground-truth.json"
    if not truth.exists():
        print(f"no benchmark at {bench}", file=sys.stderr)
        return 2
    keys = list(json.loads(truth.read_text()))
    # Decode once outside the timed loop, the way ingest does, so every setting sees identical input.
    raw = {k: gzip.decompress((bench / "html" / f"{k}.html.gz").read_bytes()) for k in keys}
    pages = {k: decode_html(b) for k, b in raw.items()}
    undecodable = [k for k, p in pages.items() if p is None]
    if undecodable:
        print(f"# {len(undecodable)} pages undecodable (ingest rejects them; scored as empty)")
    args.out.mkdir(parents=True, exist_ok=True)
    for name in args.config.split(","):
        opts = CONFIGS[name]
        path = args.out / f"TEXTS-{name}.jsonl"
        t0 = time.perf_counter()
        with path.open("w") as f:
            for k in keys:
                fields = extract_html(pages[k], **opts) if pages[k] is not None else None
                f.write(json.dumps({"id": k, "text": (fields or {}).get("text") or ""}) + "\n")
        secs = time.perf_counter() - t0
        cmd = [sys.executable, str(args.eval / "score.py"), "html", "--truth", str(truth), "--pred", str(path)]
        print(f"# {name} {opts}: {len(keys)} pages in {secs:.1f} s ({1000 * secs / len(keys):.0f} ms/page)")
        print(" ".join(cmd), flush=True)
        if args.score:
            subprocess.run(cmd, check=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
