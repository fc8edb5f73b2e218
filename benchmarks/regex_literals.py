"""Count the regex literals in the coder and list those that still hold a word list (issue #12: the words belong in
term files under src/eventdesk/data/lexicon/, the patterns in code describe form only).

    python benchmarks/regex_literals.py [PATH ...] [-v] [--check]

PATH: files or folders to read (default: src/eventdesk). -v lists every literal with a word list, by file and line.
--check exits 1 when any is left, so this can become a test. Reads the source with ast and runs nothing.

A regex literal is the pattern argument, written in the source (a string or an f-string, whose literal parts are
read), of re.compile / re.search / re.match / re.fullmatch / re.findall / re.finditer / re.sub / re.split, or of
a module's own pattern builders (_rx, rx, _around) and any .compile(). A word list is an alternation of two words
of three or more letters ("killed|murdered"); a word that a term file's alternation fills in at run time is not in
the literal, so it does not count.
"""
from __future__ import annotations

import argparse
import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RE_FUNCS = {"compile", "search", "match", "fullmatch", "findall", "finditer", "sub", "split"}
BUILDERS = {"compile", "_rx", "rx", "_around"}  # called on anything (regex.compile, a module's helper)
WORD_LIST = re.compile(r"(?<![\\(?])\b[a-z]{3,}\b(?:\??)\|\(?(?:\?:)?[a-z]{3,}", re.IGNORECASE)


def literal(node: ast.AST) -> str | None:
    """The pattern as written: a string, or the literal parts of an f-string; None for anything computed."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    return None


def is_regex_call(call: ast.Call) -> bool:
    f = call.func
    name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
    if name in BUILDERS:
        return True
    return name in RE_FUNCS and isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id == "re"


def scan(path: Path) -> tuple[int, list[tuple[int, str]]]:
    """(regex literals in the file, [(line, pattern) of those with a word list])."""
    total, lists = 0, []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Call) and node.args and is_regex_call(node):
            pattern = literal(node.args[0])
            if pattern is None:
                continue
            total += 1
            if WORD_LIST.search(pattern):
                lists.append((node.lineno, pattern))
    return total, sorted(lists)


def files(paths: list[str]) -> list[Path]:
    out = []
    for p in map(Path, paths or [ROOT / "src" / "eventdesk"]):
        if not p.exists():
            raise SystemExit(f"{p}: no such file or folder")
        out += sorted(p.rglob("*.py")) if p.is_dir() else [p]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", help="files or folders (default: src/eventdesk)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list each literal that holds a word list")
    ap.add_argument("--check", action="store_true", help="exit 1 when any literal holds a word list")
    args = ap.parse_args(argv)
    total, per_file = 0, {}
    for path in files(args.paths):
        n, lists = scan(path)
        total += n
        if lists:
            per_file[path] = lists
    n_lists = sum(map(len, per_file.values()))
    print(f"regex literals {total}, with a word list {n_lists}")
    for path, lists in sorted(per_file.items(), key=lambda kv: (-len(kv[1]), str(kv[0]))):
        shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        print(f"{len(lists):4d} {shown}")
        if args.verbose:
            for line, pattern in lists:
                words = ", ".join(m.group(0) for m in WORD_LIST.finditer(pattern))
                print(f"       {line}: {words}    {pattern[:100]!r}")
    return 1 if args.check and n_lists else 0


if __name__ == "__main__":
    sys.exit(main())
