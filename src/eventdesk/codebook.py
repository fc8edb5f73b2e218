"""The codebook: docs/codebook.md (and .html), and the labels the Stata export carries.

Names, types and allowed values come from the table declarations (schemas/events.toml); the words an
analyst needs beyond them (a short label, where the value comes from in the text, the coder's rules, the
meaning and numeric code of each allowed value) come from schemas/codebook.toml. Both are checked against
each other on load, so the codebook cannot describe a column or a value the data does not have.
"""
from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

from . import schema

STATA_LABEL_MAX = 80  # Stata's limit on a variable label
# Coded columns stored as numbers with value labels in Stata; interaction's codes derive from inter1's.
STATA_CODED = ("time_precision", "disorder_type", "event_type", "sub_event_type", "inter1", "inter2", "interaction",
               "civilian_targeting", "region", "geo_precision")
LINKED_TABLES = ("event_mentions", "articles")


def path() -> Path:
    return schema.schemas_dir() / "codebook.toml"


@lru_cache(maxsize=None)
def load() -> dict:
    """schemas/codebook.toml, checked against schemas/events.toml (a clear error names what drifted)."""
    return check(tomllib.loads(path().read_text(encoding="utf-8")))


def check(spec: dict) -> dict:
    """The codebook's entries against the events table's declaration: ValueError naming the first mismatch."""
    events = schema.table("events")
    cols, values = spec.get("columns", {}), spec.get("values", {})
    where = f"{path()}"
    missing = [c for c in events.names if c not in cols]
    extra = [c for c in cols if c not in events.names]
    if missing or extra:
        raise ValueError(f"{where}: columns differ from schemas/events.toml (missing {missing}, not declared {extra})")
    for name, entry in cols.items():
        for key in ("label", "source"):
            if not str(entry.get(key, "")).strip():
                raise ValueError(f"{where}: [columns.{name}] needs a {key!r}")
        if len(entry["label"]) > STATA_LABEL_MAX:
            raise ValueError(f"{where}: [columns.{name}] label is {len(entry['label'])} characters, Stata allows {STATA_LABEL_MAX}")
    for c in events.columns:
        if not c.allowed:
            if c.name in values:
                raise ValueError(f"{where}: [[values.{c.name}]] given, but {c.name} has no allowed list in schemas/events.toml")
            continue
        given = [v["value"] for v in values.get(c.name, [])]
        if sorted(map(str, given)) != sorted(map(str, c.allowed)):
            raise ValueError(f"{where}: [[values.{c.name}]] {given} differ from the allowed values in schemas/events.toml "
                             f"{list(c.allowed)}")
        codes = [v.get("code") for v in values[c.name]]
        if c.name in STATA_CODED and (any(not isinstance(k, int) for k in codes) or len(set(codes)) != len(codes)):
            raise ValueError(f"{where}: [[values.{c.name}]] needs a distinct integer code for every value (Stata stores it)")
        if any(not str(v.get("meaning", "")).strip() for v in values[c.name]):
            raise ValueError(f"{where}: [[values.{c.name}]] needs a meaning for every value")
    unknown = set(values) - {c.name for c in events.columns if c.allowed}
    if unknown:
        raise ValueError(f"{where}: [[values]] for columns without an allowed list: {sorted(unknown)}")
    return spec


def label(column: str) -> str:
    return load()["columns"][column]["label"]


def codes(column: str) -> dict:
    """value -> numeric code, for a coded column of events (interaction's derived from the inter codes)."""
    if column == "interaction":
        return interaction_codes()
    return {v["value"]: v["code"] for v in load()["values"][column]}


def interaction_codes() -> dict[str, int]:
    """ACLED's numeric interaction: lower inter code then higher ('State forces-Protesters' = 16), or the inter
    code times ten for one-sided events ('Protesters only' = 60)."""
    inter = sorted(codes("inter1").items(), key=lambda kv: kv[1])
    out = {}
    for a, ca in inter:
        out[f"{a} only"] = ca * 10
        for b, cb in inter:
            if cb >= ca:
                out[f"{a}-{b}"] = ca * 10 + cb
    return dict(sorted(out.items(), key=lambda kv: kv[1]))


def stata_value_labels() -> dict[str, dict[int, str]]:
    """column -> {code: label}: the value itself, or its `short` wording where the value is a bare number."""
    out = {}
    for c in STATA_CODED:
        short = {v["value"]: v.get("short", v["value"]) for v in load()["values"].get(c, [])}
        out[c] = {code: str(short.get(v, v)) for v, code in codes(c).items()}
    return out


def _md_cell(text) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def _para(text: str) -> str:
    return " ".join(text.split())


def markdown() -> str:
    """docs/codebook.md, generated so it cannot drift from schemas/events.toml and schemas/codebook.toml."""
    spec = load()
    book = spec["codebook"]
    events = schema.table("events")
    out = [f"# {book['title']}", "",
           "Generated from `schemas/events.toml` and `schemas/codebook.toml` by `eventdesk schema --docs`; edit the "
           "TOML, not this file. [docs/tables.md](tables.md) lists every table's columns.", "",
           _para(book["intro"]), "", "## Citing", "", _para(book["cite"]), "",
           "## Decision rules that hold across columns", ""]
    for g in spec.get("general", []):
        out += [f"### {g['heading']}", "", _para(g["text"]), ""]
    out += ["## Columns", "", _para(events.description), "",
            "ACLED's 31 columns come first, in ACLED's order, then eventdesk's extension columns. Exports keep this "
            "order; in CSV, Stata and Excel the list columns are joined with `; `.", "",
            "| # | column | type | required | label |", "|---|---|---|---|---|"]
    for i, c in enumerate(events.columns, 1):
        out.append(f"| {i} | [`{c.name}`](#{c.name}) | {c.type} | {'yes' if not c.nullable else ''} | "
                   f"{_md_cell(spec['columns'][c.name]['label'])} |")
    out += ["", _para(book["coded_note"]), ""]
    hier = schema.hierarchy()
    disorder = schema.disorder_of()
    for c in events.columns:
        entry = spec["columns"][c.name]
        group = "ACLED column" if c.group == "acled" else "eventdesk extension"
        out += [f"### {c.name}", "", f"*{c.type}, {'required' if not c.nullable else 'may be blank'}; {group}.* "
                f"{_para(c.description)}", "", f"**Where it comes from in the text.** {_para(entry['source'])}", ""]
        if c.allowed:
            vals = spec["values"][c.name]
            if c.name == "sub_event_type":
                parent = {s: et for et, subs in hier.items() for s in subs}
                out += ["**Allowed values.**", "", "| value | code | event_type | disorder_type | meaning |",
                        "|---|---|---|---|---|"]
                out += [f"| `{v['value']}` | {v['code']} | {parent[v['value']]} | {disorder[v['value']]} | "
                        f"{_md_cell(v['meaning'])} |" for v in vals]
            elif c.name in STATA_CODED:
                out += ["**Allowed values.**", "", "| value | code | meaning |", "|---|---|---|"]
                out += [f"| `{v['value']}` | {v['code']} | {_md_cell(v['meaning'])} |" for v in vals]
            else:
                out += ["**Allowed values** (any of them, in this order).", "", "| value | meaning |", "|---|---|"]
                out += [f"| `{v['value']}` | {_md_cell(v['meaning'])} |" for v in vals]
            out.append("")
        else:
            rule = []
            if c.min is not None or c.max is not None:
                rule.append(f"from {'' if c.min is None else c.min} to {'' if c.max is None else c.max}")
            if c.regex and c.regex != r"\S":
                rule.append(f"matching `{c.regex}`")
            if c.unique:
                rule.append("unique")
            if c.name == "interaction":
                rule.append("see [Interaction codes](#interaction-codes)")
            if rule:
                out += [f"**Allowed values.** {'; '.join(rule)}.", ""]
        if entry.get("rules"):
            out += ["**Decision rules.**", ""] + [f"- {_para(r)}" for r in entry["rules"]] + [""]
    out += ["## Interaction codes", "",
            "The 44 interactions and their numeric codes (the Stata value labels of `interaction`), derived from the "
            "inter codes above.", "", "| interaction | code |", "|---|---|"]
    out += [f"| `{k}` | {v} |" for k, v in interaction_codes().items()]
    out += ["", "## Checks across columns", "",
            "Every published row passes these, with the allowed values and ranges above (Great Expectations suite "
            "`expectations/events.json`); a row that fails goes to the `rejects` table.", ""]
    out += [f"- {_para(chk['description'])}" for chk in events.checks]
    out += ["", "## Linked tables", ""]
    for name in LINKED_TABLES:
        t = schema.table(name)
        out += [f"### {name}", "", _para(t.description), "", "| column | type | meaning |", "|---|---|---|"]
        out += [f"| `{c.name}` | {c.type} | {_md_cell(c.description)} |" for c in t.columns]
        out.append("")
    return "\n".join(out)


def html(md: str | None = None) -> str:
    """The same codebook as one self-contained HTML page (python-markdown's tables extension)."""
    import markdown as markdown_lib

    body = markdown_lib.markdown(md if md is not None else markdown(), extensions=["tables", "toc"])
    style = ("body{font-family:system-ui,sans-serif;max-width:70em;margin:2em auto;padding:0 1em;line-height:1.45}"
             "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.2em .5em;"
             "vertical-align:top}code{background:#f4f4f4}")
    return (f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{load()['codebook']['title']}"
            f"</title><style>{style}</style></head><body>\n{body}\n</body></html>\n")


def write(docs: Path) -> list[Path]:
    docs.mkdir(parents=True, exist_ok=True)
    md = markdown()
    written = []
    for name, text in (("codebook.md", md), ("codebook.html", html(md))):
        (docs / name).write_text(text, encoding="utf-8")
        written.append(docs / name)
    return written
