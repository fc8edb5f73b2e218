"""No passage of the evaluation sets in the repo: their licence allows measuring, not copying.

Every run of 10 words of ../shared/eval's texts (articles, ACLED notes, sentences, the Guardian bench, the
HTML ground truth) is hashed once; every text file under src/, tests/, benchmarks/ and docs/ is cut the same
way and looked up. Case, punctuation and line breaks are folded away, so a quote split over comment lines or
string literals is still found.
"""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EVAL = next((p / "shared" / "eval" for p in ROOT.parents[:2] if (p / "shared" / "eval").is_dir()),
            ROOT.parent / "shared" / "eval")
N = 10
SCANNED = ("src", "tests", "benchmarks", "docs")
TEXT_SUFFIXES = {".py", ".md", ".txt", ".csv", ".tsv", ".json", ".jsonl", ".toml", ".cfg", ".ini", ".yaml", ".yml", ".html"}
_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def shingles(ws: list[str]):
    return (hash(tuple(ws[i:i + N])) for i in range(len(ws) - N + 1))


def eval_texts(root: Path):
    """Every piece of running text in the evaluation sets."""
    for path in sorted(root.rglob("*.jsonl")):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    r = json.loads(line)
                    yield from (v for k, v in r.items() if k in ("text", "title", "notes") and isinstance(v, str))
    csv.field_size_limit(10**8)
    for path in sorted(root.rglob("gold.csv")):
        with open(path, newline="", encoding="utf-8") as f:
            for r in csv.DictReader(f):
                yield from (v for k, v in r.items() if k in ("notes", "text") and v)
    for path in sorted(root.rglob("ground-truth.json")):
        for v in json.loads(path.read_text(encoding="utf-8")).values():
            yield v.get("articleBody") or ""


def repo_files():
    for top in SCANNED:
        for path in sorted((ROOT / top).rglob("*")):
            if path.is_file() and path.suffix in TEXT_SUFFIXES and "__pycache__" not in path.parts:
                yield path


def find_copies(eval_root: Path) -> list[str]:
    """'file:line: passage' for every 10-word run of a repo file that is also in the evaluation sets."""
    known = set()
    for text in eval_texts(eval_root):
        known.update(shingles(words(text)))
    hits = []
    for path in repo_files():
        text = path.read_text(encoding="utf-8", errors="replace")
        spans = [(m.group().lower(), m.start()) for m in _WORD.finditer(text)]
        ws = [w for w, _ in spans]
        last = -N
        for i, h in enumerate(shingles(ws)):
            if h in known and i >= last + N:  # one report per passage, not one per overlapping window
                j = i + N
                while j < len(ws) and hash(tuple(ws[j - N + 1:j + 1])) in known:
                    j += 1
                line = text.count("\n", 0, spans[i][1]) + 1
                hits.append(f"{path.relative_to(ROOT)}:{line}: {' '.join(ws[i:j])}")
                last = j - N
    return hits


def test_no_run_of_ten_words_from_the_evaluation_sets():
    if not EVAL.is_dir():
        pytest.skip(f"evaluation data not found at {EVAL}: this check needs ../shared/eval")
    hits = find_copies(EVAL)
    assert not hits, f"{len(hits)} passages copied from ../shared/eval; write your own sentences:\n" + "\n".join(hits)


def test_the_scan_finds_a_passage_split_over_comment_lines(tmp_path):
    """The check itself: a quote folded into comment lines with other punctuation is still a copy."""
    corpus = tmp_path / "eval" / "set"
    corpus.mkdir(parents=True)
    said = "The harbour committee met at dawn and voted to close the northern pier for repairs"
    (corpus / "articles.jsonl").write_text(json.dumps({"id": "x", "text": said}) + "\n")
    quoted = "# as the note put it: the Harbour committee met at dawn,\n# and voted to CLOSE the northern pier\n"
    assert {h for t in [quoted] for h in shingles(words(t))} & \
        {h for t in eval_texts(tmp_path / "eval") for h in shingles(words(t))}
    assert not {h for h in shingles(words("the harbour committee met at noon and voted to close the pier"))} & \
        {h for t in eval_texts(tmp_path / "eval") for h in shingles(words(t))}
