"""Measure eventdesk.extraction.classify on the shared evaluation sets.

Usage (from the repo root):  .venv/bin/python benchmarks/classify_eval.py [--eval ../shared/eval] [--errors N]
       .venv/bin/python benchmarks/classify_eval.py --only guardian [--sample 30] [--dump FILE]
Prints: acled_dev event_type / sub_event_type accuracy and detection rate, case2021 top-1 and
out-of-scope rejection, seeds sentence-gate checks, sentence-gate coverage and speed, and confusion
summaries to guide rule work.
"""
from __future__ import annotations

import argparse
import collections
import csv
import json
import re
import sys
import time
from pathlib import Path

from eventdesk.extraction.classify import SUB_EVENT_TYPES, classify, is_event_sentence
from eventdesk.records import Article


def _articles(path: Path) -> dict[str, str]:
    with path.open(encoding="utf-8") as f:
        return {d["id"]: d["text"] for d in map(json.loads, f)}


def _gold(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def acled_dev(root: Path, show: int) -> None:
    texts = _articles(root / "acled_dev" / "articles.jsonl")
    gold = _gold(root / "acled_dev" / "gold.csv")
    n = et = st = det = 0
    conf: collections.Counter[tuple[str, str]] = collections.Counter()
    errors: list[tuple[str, str, str]] = []
    t0 = time.perf_counter()
    for row in gold:
        lab = classify(texts[row["article_id"]])
        n += 1
        pred = lab.sub_event_type if lab else "None"
        det += lab is not None
        et += bool(lab and lab.event_type == row["event_type"])
        st += pred == row["sub_event_type"]
        if pred != row["sub_event_type"]:
            conf[(row["sub_event_type"], pred)] += 1
            errors.append((row["sub_event_type"], pred, row["article_id"]))
    dt = time.perf_counter() - t0
    print(f"acled_dev n={n}  event_type={et / n:.3f}  sub_event_type={st / n:.3f}  detection={det / n:.3f}  ({n / dt:.0f} passages/s)")
    print("  top confusions (gold -> pred):")
    for (g, p), c in conf.most_common(25):
        print(f"    {c:4d}  {g} -> {p}")
    if show:
        by = collections.defaultdict(list)
        for g, p, aid in errors:
            by[(g, p)].append(aid)
        for (g, p), _c in conf.most_common(show):
            print(f"  == {g} -> {p}")
            for aid in by[(g, p)][:4]:
                lab = classify(texts[aid])
                print(f"     [{lab.cue if lab else ''}] {texts[aid][:230]}")


def case2021(root: Path, show: int) -> None:
    texts = _articles(root / "case2021" / "articles.jsonl")
    gold = _gold(root / "case2021" / "gold.csv")
    ins = ins_ok = oos = oos_ok = 0
    conf: collections.Counter[tuple[str, str]] = collections.Counter()
    errors = collections.defaultdict(list)
    for row in gold:
        lab = classify(texts[row["article_id"]])
        pred = lab.sub_event_type if lab else ""
        g = row["sub_event_type"]
        if g:
            ins += 1
            ins_ok += pred == g
        else:
            oos += 1
            oos_ok += lab is None
        if pred != g:
            key = (g or f"<{row['case_label']}>", pred or "None")
            conf[key] += 1
            errors[key].append(row["article_id"])
    print(f"case2021 in-scope n={ins} top1={ins_ok / ins:.3f}   out-of-scope n={oos} rejection={oos_ok / oos:.3f}")
    print("  top confusions (gold -> pred):")
    for (g, p), c in conf.most_common(25):
        print(f"    {c:4d}  {g} -> {p}")
    if show:
        for key, _c in conf.most_common(show):
            print(f"  == {key[0]} -> {key[1]}")
            for aid in errors[key][:4]:
                lab = classify(texts[aid])
                print(f"     [{lab.cue if lab else ''}] {texts[aid][:230]}")


_SENT = re.compile(r"(?<=[.!?])\s+|\n+")


def seeds(root: Path) -> None:
    texts = _articles(root / "seeds" / "articles.jsonl")
    must_true = [r"marched in the", r"rallied, challenging", r"protests were held", r"leading an authorized rally"]
    must_false = [r"won election", r"Addressing the nation", r"resigned in March", r"Nazarbaev continues"]
    ok = total = 0
    for aid, text in texts.items():
        sents = [s.strip() for s in _SENT.split(text) if s.strip()]
        for s in sents:
            gate = is_event_sentence(s)
            want = True if any(re.search(p, s) for p in must_true) else False if any(re.search(p, s) for p in must_false) else None
            if want is None:
                if gate:
                    print(f"  {aid} gate=True  (unchecked) {s[:100]}")
                continue
            total += 1
            lab = classify(s)
            good = gate == want and (not want or (lab is not None and lab.sub_event_type == "Peaceful protest"))
            ok += good
            print(f"  {aid} {'OK ' if good else 'BAD'} gate={gate} label={lab.sub_event_type if lab else None}  {s[:100]}")
        doc = classify(text)
        print(f"  {aid} whole-article label: {doc.sub_event_type if doc else None} (cue {doc.cue if doc else ''!r})")
    print(f"seeds checks passed {ok}/{total}")


def gate(root: Path) -> None:
    """Sentence gate: share of ACLED notes / CASE snippets with at least one gated sentence, and speed
    on full-length articles (bench/guardian.jsonl)."""
    split = lambda t: [s for s in _SENT.split(t) if s.strip()]  # noqa: E731
    texts = _articles(root / "acled_dev" / "articles.jsonl")
    rate = sum(any(is_event_sentence(s) for s in split(t)) for t in texts.values()) / len(texts)
    case = _articles(root / "case2021" / "articles.jsonl")
    gold = _gold(root / "case2021" / "gold.csv")
    ins = [case[r["article_id"]] for r in gold if r["sub_event_type"]]
    oos = [case[r["article_id"]] for r in gold if not r["sub_event_type"]]
    ins_rate = sum(any(is_event_sentence(s) for s in split(t)) for t in ins) / len(ins)
    oos_rate = sum(any(is_event_sentence(s) for s in split(t)) for t in oos) / len(oos)
    print(f"gate  acled notes with an event sentence={rate:.3f}  case in-scope={ins_rate:.3f}  case out-of-scope={oos_rate:.3f}")
    bench = root / "bench" / "guardian.jsonl"
    if bench.exists():
        arts = list(_articles(bench).values())
        t0 = time.perf_counter()
        n = kept = 0
        for t in arts:
            for s in split(t):
                n += 1
                kept += is_event_sentence(s)
        dt = time.perf_counter() - t0
        print(f"gate  guardian: {n} sentences, {kept} gated, {n / dt:.0f} sentences/s, {len(arts) / dt:.1f} articles/s")


def guardian(root: Path, sample: int, dump: str | None) -> None:
    """Full-length precision: code every Guardian article with the whole assembly (events.code_article)
    and print the event count and a fixed random sample to judge by reading (there is no gold)."""
    import random

    from eventdesk import pipeline
    from eventdesk.articles import to_article
    from eventdesk.sources import RawRecord, read_sources

    path = root / "bench" / "guardian.jsonl"
    if not path.exists():
        print(f"no {path}")
        return
    run = pipeline.new_run([str(path)], Path("/tmp/eventdesk-eval"))
    arts = [a for a in (to_article(r, run.started_at) for r in read_sources([str(path)]) if isinstance(r, RawRecord))
            if isinstance(a, Article)]
    t0 = time.perf_counter()
    events = pipeline.extract(arts).events
    dt = time.perf_counter() - t0
    by = collections.Counter(e.sub_event_type for e in events)
    print(f"guardian: {len(arts)} articles, {len(events)} events ({dt:.1f} s)  " + ", ".join(f"{k}={v}" for k, v in by.most_common(8)))
    for e in random.Random(7).sample(events, min(sample, len(events))):
        print(f"  [{e.sub_event_type}] {' '.join(e.evidence.split())[:160]}")
    if dump:
        with open(dump, "w", encoding="utf-8") as f:
            for e in events:
                f.write(json.dumps({"article": e.article_ids[0], "sub_event_type": e.sub_event_type, "evidence": e.evidence}) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--eval", default=str(Path(__file__).resolve().parents[1].parent / "shared" / "eval"))
    ap.add_argument("--errors", type=int, default=0, help="show example errors for the N largest confusions")
    ap.add_argument("--only", choices=["acled", "case", "seeds", "gate", "guardian"], default=None)
    ap.add_argument("--sample", type=int, default=30, help="guardian: how many coded events to print")
    ap.add_argument("--dump", default=None, help="guardian: write every coded event as JSONL here")
    a = ap.parse_args(argv)
    root = Path(a.eval)
    if not root.exists():
        print(f"no eval data at {root}", file=sys.stderr)
        return 1
    assert len(SUB_EVENT_TYPES) == 25
    if a.only in (None, "acled"):
        acled_dev(root, a.errors)
    if a.only in (None, "case"):
        case2021(root, a.errors)
    if a.only in (None, "seeds"):
        seeds(root)
    if a.only in (None, "gate"):
        gate(root)
    if a.only == "guardian":  # slow (the whole assembly on 249 long articles): only on request
        guardian(root, a.sample, a.dump)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
