"""Imports flow one way: every module of src/eventdesk sits in a declared layer and imports only its own
layer or lower ones, with no cycle, no orchestration (flows) below the console command, and no private
name taken from another module. Read from the source with ast, imports inside functions included."""
from __future__ import annotations

import ast
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"

# Lowest first. A module belongs to the layer of its longest listed prefix; a new module must be declared here.
# (codebook, dedup, reconcile, filters, store and report are declared for branches being merged beside this one)
LAYERS: list[tuple[str, tuple[str, ...]]] = [
    ("base", ("eventdesk", "eventdesk.atomic", "eventdesk.records", "eventdesk.schema", "eventdesk.settings", "eventdesk.codebook")),
    ("text", ("eventdesk.text", "eventdesk.text.dateforms")),
    ("sources", ("eventdesk.sources", "eventdesk.raw")),
    ("articles", ("eventdesk.articles", "eventdesk.dedup")),
    ("extraction/geo", ("eventdesk.extraction", "eventdesk.geo")),
    ("notes", ("eventdesk.acled_notes",)),
    ("events", ("eventdesk.events",)),
    ("validation", ("eventdesk.validation",)),
    ("identity", ("eventdesk.reconcile", "eventdesk.filters")),
    ("publish", ("eventdesk.publish", "eventdesk.store")),
    ("export", ("eventdesk.export", "eventdesk.pipeline", "eventdesk.batches", "eventdesk.preload", "eventdesk.report")),
    ("evaluate", ("eventdesk.evaluate",)),
    ("command", ("eventdesk.cli",)),  # the console entry point: the one module that may start the flows
]
# geo and extraction share a layer but geo reads places without knowing how actors or events are coded
FORBIDDEN = [("eventdesk.geo", "eventdesk.extraction")]
# inside geo, modules import downward only, lowest first (places and gazetteer are the entry points)
GEO_ORDER = ["countries", "types", "weights", "folding", "packages", "build", "boundaries", "index", "cues", "dateline", "context",
             "spotting", "hierarchy", "ranking", "notes", "resolve", "gazetteer", "places"]


def modules() -> dict[str, Path]:
    out = {}
    for p in sorted((SRC / "eventdesk").rglob("*.py")):
        parts = list(p.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = p
    return out


def imports(name: str, path: Path, known: dict[str, Path]) -> list[tuple[str, str | None, int, bool]]:
    """(module imported, name taken from it or None, line, inside a function) for every import in the file."""
    pkg = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inner = in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
            if isinstance(child, ast.Import):
                out.extend((a.name, None, child.lineno, inner) for a in child.names)
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    base = pkg.split(".")[: len(pkg.split(".")) - child.level + 1]
                    mod = ".".join(base + ([child.module] if child.module else []))
                else:
                    mod = child.module or ""
                for a in child.names:
                    sub = f"{mod}.{a.name}"
                    out.append((sub, None, child.lineno, inner) if sub in known else (mod, a.name, child.lineno, inner))
            visit(child, inner)

    visit(ast.parse(path.read_text(encoding="utf-8")), False)
    return out


def layer_of(name: str) -> int | None:
    best = None
    for rank, (_, prefixes) in enumerate(LAYERS):
        for p in prefixes:
            if (name == p or name.startswith(p + ".")) and (best is None or len(p) > best[1]):
                best = (rank, len(p))
    return best[0] if best else None


def graph() -> tuple[dict[str, set[str]], list[str]]:
    """Edges between eventdesk modules, and the problems found while reading them."""
    known = modules()
    edges: dict[str, set[str]] = {m: set() for m in known}
    problems = []
    for name, path in known.items():
        for mod, attr, line, inner in imports(name, path, known):
            where = f"{path.relative_to(SRC.parent)}:{line}"
            if mod == "flows" or mod.startswith("flows."):
                if layer_of(name) != len(LAYERS) - 1:
                    problems.append(f"{where}: {name} imports the orchestration {mod}; pass the flow in instead")
                continue
            if not mod.startswith("eventdesk"):
                continue
            if attr and attr.startswith("_") and not attr.startswith("__") and mod != name:
                problems.append(f"{where}: {name} imports the private name {mod}.{attr}")
            if mod == name:
                continue
            # a package that dispatches to its own readers from inside a function (sources.read_file) is
            # the package's own business, not a layer going backwards
            if inner and mod.startswith(name + ".") and path.name == "__init__.py":
                continue
            edges[name].add(mod)
    return edges, problems


def test_every_module_has_a_declared_layer():
    missing = [m for m in modules() if layer_of(m) is None]
    assert not missing, f"declare these modules in tests/test_layers.py LAYERS: {missing}"


def test_no_import_goes_up_a_layer_and_none_is_forbidden():
    edges, problems = graph()
    for a, targets in edges.items():
        for b in targets:
            la, lb = layer_of(a), layer_of(b)
            if la is not None and lb is not None and lb > la:
                problems.append(f"{a} ({LAYERS[la][0]}) imports {b} ({LAYERS[lb][0]}), a higher layer")
            for low, high in FORBIDDEN:
                if (a == low or a.startswith(low + ".")) and (b == high or b.startswith(high + ".")):
                    problems.append(f"{a} imports {b}: {low} must not import {high}")
    assert not problems, "\n".join(problems)


def test_geo_modules_import_downward_only():
    edges, _ = graph()
    geo = {f"eventdesk.geo.{m}": i for i, m in enumerate(GEO_ORDER)}
    declared = {m for m in modules() if m.startswith("eventdesk.geo.")}
    assert declared == set(geo), f"declare the geo modules in tests/test_layers.py GEO_ORDER: {declared ^ set(geo)}"
    upward = [f"{a} imports {b}" for a in geo for b in edges[a] if b in geo and geo[b] > geo[a]]
    assert not upward, "\n".join(upward)


def test_no_import_cycle():
    edges, _ = graph()
    state: dict[str, int] = {}
    cycles = []

    def walk(node: str, stack: list[str]) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                cycles.append(" -> ".join(stack[stack.index(nxt):] + [nxt]))
            elif nxt not in state:
                walk(nxt, stack)
        stack.pop()
        state[node] = 2

    for n in sorted(edges):
        if n not in state:
            walk(n, [])
    assert not cycles, "import cycles:\n" + "\n".join(cycles)


def test_the_checks_see_a_cycle_and_a_backward_import(tmp_path, monkeypatch):
    """The checks themselves: a module pair importing each other from inside functions is caught."""
    pkg = tmp_path / "eventdesk"
    (pkg / "geo").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "geo" / "__init__.py").write_text("")
    (pkg / "geo" / "a.py").write_text("def f():\n    from eventdesk.geo.b import g\n")
    (pkg / "geo" / "b.py").write_text("from eventdesk.geo.a import f\nfrom eventdesk.events import x\n")
    (pkg / "events.py").write_text("from eventdesk.geo.a import _hidden\n")
    monkeypatch.setattr(sys.modules[__name__], "SRC", tmp_path)
    edges, problems = graph()
    assert "eventdesk.geo.b" in edges["eventdesk.geo.a"] and "eventdesk.geo.a" in edges["eventdesk.geo.b"]
    assert any("private name eventdesk.geo.a._hidden" in p for p in problems)
    assert layer_of("eventdesk.events") > layer_of("eventdesk.geo.b")
