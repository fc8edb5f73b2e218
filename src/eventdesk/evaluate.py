"""Score eventdesk's coding against a hand-coded gold sample, so users can measure the coder
on their own news before they trust it.

The rules follow the evaluation convention used to develop eventdesk: gold and predicted events
are paired within each article, best agreement first; a pair is a hit when the event type agrees
and the place agrees (within 25 km, or the same location or admin1 name once case, accents,
punctuation and words like "region" are folded away). Precision, recall and F1 count hits;
every field's accuracy is taken over the paired events. Numeric codes (iso, time_precision) compare as
numbers, so "800.0" in a gold file matches 800.
"""
from __future__ import annotations

import math
import re
import tempfile
import unicodedata
from collections.abc import Callable
from difflib import SequenceMatcher
from pathlib import Path

import pandas as pd

from . import codebook
from .text.lexicon import alternation

# the unit words the gazetteer strips from admin names (data/lexicon/geo_admin_words.tsv), and "capital" as in
# "Phnom Penh Capital"
_ADMIN_WORDS = re.compile(rf"\b({alternation('geo_admin_words', 'generic')}|capital)\b")
# gold files may give ACLED's numeric inter codes; their names and numbers are declared once, in schemas/
_INTER_CODES = {str(n): name for name, n in codebook.codes("inter1").items()}


def _s(v) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v).strip()


def fold(v, admin: bool = False) -> str:
    s = unicodedata.normalize("NFKD", _s(v)).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return " ".join((_ADMIN_WORDS.sub(" ", s) if admin else s).split())


def similar(a, b, admin: bool = False, ratio: float = 0.85) -> bool:
    a, b = fold(a, admin), fold(b, admin)
    if not a or not b:
        return a == b
    return a == b or SequenceMatcher(None, a, b).ratio() >= ratio


def distance_km(g, p) -> float | None:
    try:
        la1, lo1, la2, lo2 = (float(x) for x in (g["latitude"], g["longitude"], p["latitude"], p["longitude"]))
    except (TypeError, ValueError, KeyError):
        return None
    if any(math.isnan(x) for x in (la1, lo1, la2, lo2)):
        return None
    h = math.sin(math.radians(la2 - la1) / 2) ** 2 + math.cos(math.radians(la1)) * math.cos(math.radians(la2)) * \
        math.sin(math.radians(lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def same_place(g, p) -> bool:
    d = distance_km(g, p)
    if d is not None:
        return d <= 25
    return (bool(fold(g.get("location"))) and similar(g.get("location"), p.get("location"))) or \
        (bool(fold(g.get("admin1"), True)) and similar(g.get("admin1"), p.get("admin1"), admin=True))


def _day(v) -> str:
    t = _s(v)
    try:
        return pd.Timestamp(t).date().isoformat() if t else ""
    except ValueError:
        return t


def _crowd(tags) -> str:
    m = re.search(r"crowd size=([^;]*)", _s(tags))
    s = fold(m.group(1)) if m else ""
    return "" if s in ("", "no report", "none") else s


def _code(v) -> str:
    """Numeric codes compare as numbers: gold written by a float-typed tool says "800.0" for iso 800."""
    t = _s(v)
    try:
        f = float(t)
    except ValueError:
        return t
    return str(int(f)) if f.is_integer() else t


def _within(limit: float) -> Callable:
    return lambda g, p: (lambda d: d is not None and d <= limit)(distance_km(g, p))


FIELDS: dict[str, Callable] = {
    "event_type": lambda g, p: _s(g["event_type"]) == _s(p.get("event_type")),
    "sub_event_type": lambda g, p: _s(g["sub_event_type"]) == _s(p.get("sub_event_type")),
    "event_date": lambda g, p: _day(g["event_date"]) == _day(p.get("event_date")),
    "time_precision": lambda g, p: _code(g.get("time_precision")) == _code(p.get("time_precision")),
    "iso": lambda g, p: _code(g.get("iso")) == _code(p.get("iso")),
    "admin1": lambda g, p: similar(g.get("admin1"), p.get("admin1"), admin=True),
    "location": lambda g, p: similar(g.get("location"), p.get("location")),
    "within_25km": _within(25),
    "within_100km": _within(100),
    "actor1": lambda g, p: similar(g.get("actor1"), p.get("actor1"), ratio=0.9),
    "inter1": lambda g, p: _INTER_CODES.get(_s(g.get("inter1")), _s(g.get("inter1"))) ==
    _INTER_CODES.get(_s(p.get("inter1")), _s(p.get("inter1"))),
    "actor2": lambda g, p: similar(g.get("actor2"), p.get("actor2"), ratio=0.9),
    "fatalities": lambda g, p: int(float(_s(g.get("fatalities")) or 0)) == int(float(_s(p.get("fatalities")) or 0)),
    "crowd_size": lambda g, p: _crowd(g.get("tags")) == _crowd(p.get("tags")) or
    SequenceMatcher(None, _crowd(g.get("tags")), _crowd(p.get("tags"))).ratio() >= 0.8,
}


def _agreement(g, p) -> int:
    return (4 * FIELDS["event_type"](g, p) + 2 * FIELDS["sub_event_type"](g, p) + 3 * same_place(g, p)
            + FIELDS["event_date"](g, p))


def _article_ids(v) -> list[str]:
    if isinstance(v, str):
        return [s.strip() for s in v.split(";") if s.strip()]
    return [str(x) for x in v] if v is not None else []


def compare(gold: pd.DataFrame, pred: pd.DataFrame) -> pd.DataFrame:
    """One row per gold event: whether it was detected, hit, and which fields agree."""
    pred = pred.reset_index(drop=True)
    by_article: dict[str, list[int]] = {}
    for i, ids in enumerate(pred["article_ids"].map(_article_ids)):
        for a in ids:
            by_article.setdefault(a, []).append(i)
    used: set[int] = set()
    rows = []
    for article, group in gold.groupby("article_id", sort=False):
        golds = [r for _, r in group.iterrows()]
        cands = [i for i in by_article.get(article, []) if i not in used]
        pairs = sorted(((_agreement(g, pred.iloc[i]), gi, i) for gi, g in enumerate(golds) for i in cands), reverse=True)
        match: dict[int, int] = {}
        for _, gi, i in pairs:
            if gi not in match and i not in match.values():
                match[gi] = i
        for gi, g in enumerate(golds):
            row = {"article_id": article, "detected": gi in match, "hit": False, "pred_row": match.get(gi)}
            if gi in match:
                p = pred.iloc[match[gi]]
                used.add(match[gi])
                row["hit"] = FIELDS["event_type"](g, p) and same_place(g, p)
                row.update({f: bool(fn(g, p)) for f, fn in FIELDS.items()})
                row["km"] = distance_km(g, p)
            rows.append(row)
    return pd.DataFrame(rows)


def figures(gold: pd.DataFrame, pred: pd.DataFrame) -> dict:
    r = compare(gold, pred)
    articles = set(gold["article_id"])
    pred_in = [i for i, ids in enumerate(pred["article_ids"].map(_article_ids)) if set(ids) & articles]
    hit_rows = set(r.loc[r["hit"], "pred_row"].dropna().astype(int))
    n_pred, n_gold = len(pred_in), len(r)
    precision = len(hit_rows) / n_pred if n_pred else 0.0
    recall = int(r["hit"].sum()) / n_gold if n_gold else 0.0
    out = {"gold_events": n_gold, "pred_events": n_pred, "detected": round(float(r["detected"].mean()), 4),
           "precision": round(precision, 4), "recall": round(recall, 4),
           "f1": round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0}
    det = r[r["detected"]]
    for f in FIELDS:
        out[f] = round(float(det[f].mean()), 4) if len(det) else 0.0
    km = det["km"].dropna() if len(det) else pd.Series(dtype=float)
    out["median_km"] = round(float(km.median()), 2) if len(km) else None
    return out


def table(columns: dict[str, dict]) -> str:
    keys = list(next(iter(columns.values())))
    width = max(12, max(len(k) for k in columns) + 2)
    lines = [" " * 22 + "".join(f"{k:>{width}}" for k in columns)]
    lines += [f"{k:<22}" + "".join(f"{str(v.get(k)):>{width}}" for v in columns.values()) for k in keys]
    return "\n".join(lines)


def evaluate(gold_csv: Path, articles: list[str], *, run: Callable[..., object], data_dir: Path | None = None,
             by: str | None = None, out: str | None = None) -> str:
    """Code and publish the articles with `run` (the caller's flow, called as run(sources=..., data_dir=...), as
    `eventdesk run` does), export, and compare with the gold CSV. The flow is passed in, so the core never
    imports the orchestration."""
    from .export import export

    gold = pd.read_csv(gold_csv, dtype=str, keep_default_na=False)
    if "article_id" not in gold.columns:
        raise ValueError(f"{gold_csv}: the gold CSV needs an article_id column")
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(data_dir) if data_dir else Path(tmp) / "data"
        run(sources=list(articles), data_dir=str(data))
        export(data, Path(tmp) / "events.csv")
        pred = pd.read_csv(Path(tmp) / "events.csv", dtype=str, keep_default_na=False)
    columns = {"all": figures(gold, pred)}
    if by:
        if by not in gold.columns:
            raise ValueError(f"--by names a gold column; {by!r} is not one of {list(gold.columns)}")
        for key, part in gold.groupby(by):
            columns[f"{by}={key}"] = figures(part, pred)
    if out:
        compare(gold, pred).to_csv(out, index=False)
    return table(columns)
