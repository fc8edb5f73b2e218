"""`make bench`: peak memory of reading a large WARC crawl, which must stay flat as the crawl grows.

Generates gzip WARCs of 5,000 and 20,000 invented news pages (with the images, redirects and requests
a real crawl has between them), then reads each in a fresh process and prints peak RSS and time:
- `reader`: the source reader alone (sources.read_sources: warcio + trafilatura), records dropped;
- `ingest`: pipeline.ingest, which also keeps every raw record in the raw store and returns every article
  in one list (articles grow with the crawl; raw pages must not);
- `stream`: pipeline.read_articles, the ingest of a streamed run (pipeline.stream): raw store, normalising and
  dedup as in `ingest`, the articles taken in batches of EVENTDESK_BATCH_SIZE and let go (must stay flat).

    python benchmarks/warc_memory.py [--pages 5000 20000] [--modes reader ingest stream] [--keep DIR] [--pad-kb KB]

`make bench` runs the reader only (about 7 minutes on 2 cores: trafilatura reads every page).
The dedup index is on disk (DATA/state/dedup-*.sqlite), so `stream` stays flat too: run it with
`--modes stream --pages 5000 20000 50000`.

Prints figures, asserts nothing.
"""
from __future__ import annotations

import argparse
import base64
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from io import BytesIO
from pathlib import Path

WORDS = ("council workers union police march city centre government minister protest strike wages road "
         "villagers market farmers price fuel students teachers hospital nurses court judge election "
         "parliament mayor district village river bridge water school fees rent housing transport").split()
TOWNS = ["Nakuru", "Kisumu", "Eldoret", "Mombasa", "Thika", "Nyeri", "Machakos", "Kitale", "Garissa", "Kericho"]


def page(i: int, rng: random.Random, pad_kb: int = 0) -> bytes:
    """A news page of ~400 words in ~5 KB of markup, different for every i; with `pad_kb`, also an inline
    script of that many KB of base64 (the JSON and JS blobs that make a real page weigh 50-300 KB; random,
    so gzip does not squeeze them away)."""
    town = TOWNS[i % len(TOWNS)]
    paras = []
    for p in range(6):
        sentence = " ".join(rng.choice(WORDS) for _ in range(60))
        paras.append(f"<p>Report {i}.{p} from {town}: {sentence}.</p>")
    nav = "".join(f"<li><a href='/section/{k}'>Section {k}</a></li>" for k in range(20))
    blob = f"<script>var state = '{base64.b64encode(rng.randbytes(pad_kb * 768)).decode()}';</script>" if pad_kb else ""
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>Story {i} from {town}</title>"
            f"<meta property='article:published_time' content='2024-05-{1 + i % 28:02d}'>{blob}</head>"
            f"<body><nav><ul>{nav}</ul></nav><article><h1>Story {i} from {town}</h1>{''.join(paras)}</article>"
            f"<footer>Copyright Example Daily</footer></body></html>").encode()


def write_warc(path: Path, pages: int, seed: int = 7, pad_kb: int = 0) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rng = random.Random(seed)
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=True)

        def response(url, body, ctype, status="200 OK"):
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=BytesIO(body), http_headers=headers))

        for i in range(pages):
            url = f"https://daily.example.com/news/{i}"
            req = StatusAndHeaders(f"GET /news/{i} HTTP/1.1", [("Host", "daily.example.com")], is_http_request=True)
            w.write_record(w.create_warc_record(url, "request", payload=BytesIO(b""), http_headers=req))
            response(url, page(i, rng, pad_kb), "text/html; charset=utf-8")
            if i % 10 == 0:
                response(f"https://daily.example.com/img/{i}.jpg", b"\xff\xd8\xff" + bytes(2000), "image/jpeg")
            if i % 25 == 0:
                response(f"https://daily.example.com/old/{i}", b"<html>moved</html>", "text/html", "301 Moved")


CHILD = r"""
import json, resource, sys, time
from collections import Counter
mode, warc, data = sys.argv[1], sys.argv[2], sys.argv[3]
t0 = time.perf_counter()
if mode == "reader":
    from eventdesk.sources import RawRecord, read_sources
    stats, n, rejects = Counter(), 0, 0
    for r in read_sources([warc], stats=stats):
        if isinstance(r, RawRecord):
            n += 1
        else:
            rejects += 1
    out = dict(records=n, rejects=rejects, **stats)
elif mode == "stream":
    from itertools import islice
    from eventdesk import batches, pipeline
    run = pipeline.new_run([warc], data)
    ing = pipeline.Ingested([], [], None)
    articles, n = pipeline.read_articles(run, ing), 0
    while batch := list(islice(articles, batches.batch_size())):
        n += len(batch)
    out = dict(articles=n, rejects=len(ing.rejects), **ing.counts)
else:
    from eventdesk import pipeline
    run = pipeline.new_run([warc], data)
    ing = pipeline.ingest(run)
    out = dict(articles=len(ing.articles), rejects=len(ing.rejects), **ing.counts)
out.update(seconds=round(time.perf_counter() - t0, 1), peak_mb=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1))
print(json.dumps(out))
"""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, nargs="+", default=[5000, 20000])
    ap.add_argument("--modes", nargs="+", default=["reader"], choices=["reader", "ingest", "stream"])
    ap.add_argument("--keep", help="write the WARC files here and keep them")
    ap.add_argument("--pad-kb", type=int, default=0,
                    help="add this many KB of incompressible script to every page (CC-NEWS pages weigh ~100 KB; "
                         "--pages 14000 --pad-kb 100 gives a WARC.gz of ~1 GB)")
    args = ap.parse_args()
    tmp = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="eventdesk-warc-bench-"))
    tmp.mkdir(parents=True, exist_ok=True)
    try:
        name = (lambda n: f"crawl-{n}-pad{args.pad_kb}.warc.gz") if args.pad_kb else (lambda n: f"crawl-{n}.warc.gz")
        for n in args.pages:
            path = tmp / name(n)
            if not path.exists():
                t0 = time.perf_counter()
                write_warc(path, n, pad_kb=args.pad_kb)
                print(f"generated {path.name}: {n:,} pages, {path.stat().st_size / 1e6:.1f} MB gzip "
                      f"({time.perf_counter() - t0:.1f} s)", flush=True)
        for mode in args.modes:
            for n in args.pages:
                data = tmp / f"data-{mode}-{n}"
                res = subprocess.run([sys.executable, "-c", CHILD, mode, str(tmp / name(n)), str(data)],
                                     capture_output=True, text=True)
                if res.returncode:
                    print(f"{mode} {n:,} pages failed:\n{res.stderr[-2000:]}")
                    continue
                r = json.loads(res.stdout.strip().splitlines()[-1])
                seconds = r.pop("seconds")
                print(f"{mode:7s} {n:>6,} pages: peak RSS {r.pop('peak_mb'):7.1f} MB, {seconds:6.1f} s "
                      f"({n / max(seconds, 0.1):5.1f} pages/s)  {r}", flush=True)
                if not args.keep:
                    shutil.rmtree(data, ignore_errors=True)  # the raw store holds a copy of every page
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
