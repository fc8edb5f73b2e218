"""The run report: one self-contained HTML page per run, data/curated/reports/<run_id>.html.

An analyst looks at a night's events on a map and over time before trusting them. The page
opens offline: charts and the map are inline SVG, styles inline, no script or tile is fetched.
It shows counts by event type, country and week, a time series, the run's events as points
over Natural Earth outlines (each point links to its row and evidence sentences), the rejects
by reason, and the Great Expectations results (their Data Docs sit beside it under
reports/<run_id>/). It reads the published tables only through eventdesk.publish.

A report is a by-product: writing it must never fail a run (see write_report_safe).
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import math
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from .. import publish, schema
from ..atomic import write_text
from . import charts, outlines

log = logging.getLogger("eventdesk")

# One colour per ACLED event type, in schemas/events.toml's order (colour-blind-safe Okabe-Ito palette).
PALETTE = ["#D55E00", "#0072B2", "#CC79A7", "#E69F00", "#7B3294", "#6B6B6B"]
STAGE_COLORS = {"ingest": "#0072B2", "extract": "#E69F00", "validate": "#D55E00"}
# Rows of the events table: enough to check a night's events by eye. A backfill of many thousands lists its
# latest events only (the page, and the memory to write it, would otherwise grow with the run); the map and
# the counts still show every event, and the tables hold them all.
EVENT_ROWS = 2_000


class ReportError(LookupError):
    """No such run, or nothing to report on."""


def reports_dir(curated: Path) -> Path:
    return Path(curated) / "reports"


def report_path(curated: Path, run_id: str) -> Path:
    return reports_dir(curated) / f"{run_id}.html"


def run_dir(curated: Path, run_id: str) -> Path:
    """Where the run's Great Expectations results (validation.json) and Data Docs (datadocs/) are kept."""
    return reports_dir(curated) / run_id


def type_colors() -> dict[str, str]:
    types = schema.table("events").column("event_type").allowed or ()
    return {t: PALETTE[i % len(PALETTE)] for i, t in enumerate(types)}


@dataclass
class Data:
    run: dict
    articles: pd.DataFrame
    events: pd.DataFrame
    mentions: pd.DataFrame
    rejects: pd.DataFrame
    validation: dict | None = None
    datadocs: Path | None = None


@dataclass
class Written:
    path: Path
    run_id: str
    events: int
    rejects: int
    on_map: int
    inside: int  # points that fall inside the outline of their coded country
    outside: list[str] = field(default_factory=list)  # 'event_id: location, country (lat, lon)'

    def line(self) -> str:
        where = f"{self.inside}/{self.on_map} points inside their country's outline" if self.on_map else "no points"
        return f"wrote {self.path} ({self.events} events, {self.rejects} rejects, {where})"


def last_run_id(curated: Path) -> str:
    runs = publish.read_table(Path(curated), "runs")
    if not len(runs):
        raise ReportError(f"no runs recorded in {Path(curated) / 'runs'}: run `eventdesk run SOURCE` first")
    return str(runs.sort_values("started_at").iloc[-1]["run_id"])


def gather(curated: Path, run_id: str) -> Data:
    """The run's row, its articles, the events now published from them, their mentions, its rejects."""
    curated = Path(curated)
    runs = publish.read_table(curated, "runs")
    row = runs[runs["run_id"] == run_id]
    if not len(row):
        raise ReportError(f"no run {run_id!r} in {curated / 'runs'}: `eventdesk status` lists the run ids")
    run = row.iloc[-1].to_dict()
    from .. import store

    # Only the run's rows are read, batch by batch: the published tables grow every night, a report must
    # not. The articles come without their texts, which the report never shows.
    columns = [c for c in schema.table("articles").names if c != "text"]
    snap = store.resolve(curated)
    articles = _read_or_empty(snap, "articles", _equals("run_id", run_id), columns)
    events = _read_or_empty(snap, "events", _any_in("article_ids", articles["id"]))
    mentions = _read_or_empty(snap, "event_mentions", _in("event_id_cnty", events["event_id_cnty"]))
    rejects = _read_or_empty(snap, "rejects", _equals("run_id", run_id))
    validation, docs = None, None
    vdir = run_dir(curated, run_id)
    if (vdir / "validation.json").exists():
        validation = json.loads((vdir / "validation.json").read_text(encoding="utf-8"))
    if (vdir / "datadocs" / "index.html").exists():
        docs = vdir / "datadocs" / "index.html"
    return Data(run, articles, events, mentions, rejects, validation, docs)


def _equals(column: str, value: str):
    return lambda t: pc.fill_null(pc.equal(t[column], value), False)


def _in(column: str, values):
    wanted = pa.array(sorted(set(values)), pa.string())
    return lambda t: pc.fill_null(pc.is_in(t[column], value_set=wanted), False)


def _any_in(column: str, values):
    """Rows whose list column holds any of `values` (an event coded from several articles)."""
    wanted = pa.array(sorted(set(values)), pa.string())

    def mask(t: pa.Table) -> pa.Array:
        lists = t[column].combine_chunks()
        hit = pc.fill_null(pc.is_in(pc.list_flatten(lists), value_set=wanted), False)
        rows = pc.filter(pc.list_parent_indices(lists), hit).to_numpy(zero_copy_only=False)
        keep = np.zeros(len(t), dtype=bool)
        keep[rows] = True
        return pa.array(keep)
    return mask


def _read_or_empty(snap, table: str, where, columns: list[str] | None = None) -> pd.DataFrame:
    try:
        return snap.read(table, columns, where=where).reset_index(drop=True)
    except FileNotFoundError:
        t = schema.table(table).empty()
        return t[columns] if columns else t


def write_report(curated: Path, run_id: str | None = None) -> Written:
    """Render the run's report (the last run's by default) to data/curated/reports/<run_id>.html."""
    curated = Path(curated)
    run_id = run_id or last_run_id(curated)
    data = gather(curated, run_id)
    html, stats = render(data, curated)
    out = report_path(curated, run_id)
    out.parent.mkdir(parents=True, exist_ok=True)
    write_text(out, html)
    return Written(out, run_id, len(data.events), len(data.rejects), **stats)


def write_report_safe(curated: Path, run_id: str) -> Path | None:
    """write_report, but a failure is a warning: the run's data is published whatever its report does."""
    try:
        return write_report(curated, run_id).path
    except Exception as exc:  # the report is a by-product; never let it fail a run
        log.warning("the run report %s was not written (%s: %s); the run itself is fine - retry with "
                    "`eventdesk report --run %s`", report_path(curated, run_id), type(exc).__name__, exc, run_id)
        return None


# --- rendering ----------------------------------------------------------------------------------

def _s(v) -> str:
    """A cell: blanks for missing values, lists joined."""
    if v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA or v is pd.NaT:
        return ""
    if isinstance(v, (list, tuple)) or hasattr(v, "tolist") and not isinstance(v, str):
        v = v.tolist() if hasattr(v, "tolist") else v
        return "; ".join(_s(x) for x in v) if isinstance(v, list) else str(v)
    if isinstance(v, (dt.datetime, pd.Timestamp)):
        return v.strftime("%Y-%m-%d %H:%M:%S UTC") if v.tzinfo else v.isoformat(sep=" ")
    return str(v)


def _e(v) -> str:
    return escape(_s(v))


def reason_group(reason: str) -> str:
    """Rejects grouped by the kind of failure: the reason up to its first colon (details vary per row)."""
    return (reason or "").split(":", 1)[0].strip() or "(no reason)"


def _counts(series: pd.Series, order: list[str] | None = None) -> list[tuple[str, int]]:
    vc = series.fillna("(none)").astype(str).value_counts()
    if order:
        return [(k, int(vc[k])) for k in order if k in vc] + [(k, int(n)) for k, n in vc.items() if k not in order]
    return [(str(k), int(n)) for k, n in vc.items()]


def _listed(ev: pd.DataFrame) -> pd.DataFrame:
    """The events the table lists, in date order: the latest EVENT_ROWS."""
    return ev.sort_values(["event_date", "event_id_cnty"]).tail(EVENT_ROWS)


def _map(data: Data, colors: dict[str, str]) -> tuple[str, dict]:
    ev = data.events
    listed = set(_listed(ev)["event_id_cnty"]) if len(ev) > EVENT_ROWS else None
    ok = ev[ev["latitude"].notna() & ev["longitude"].notna()] if len(ev) else ev
    v = outlines.view_for(ok["longitude"] if len(ok) else [], ok["latitude"] if len(ok) else [], width=1290, height=640)
    coded = {}
    inside, outside = 0, []
    for r in ok.itertuples():
        c = outlines.find(r.country, r.iso)
        if c is not None:
            coded[c.name] = c
            if outlines.contains(c, float(r.longitude), float(r.latitude)):
                inside += 1
                continue
        outside.append(f"{r.event_id_cnty}: {r.location}, {r.country} ({r.latitude:.3f}, {r.longitude:.3f})")
    parts = [f'<svg id="map" class="map" role="img" aria-label="map of the run\'s events" viewBox="0 0 {v.width} {v.height}" '
             f'width="{v.width}" height="{v.height}" data-lon0="{v.lon0:.4f}" data-lat0="{v.lat0:.4f}" '
             f'data-lon1="{v.lon1:.4f}" data-lat1="{v.lat1:.4f}">',
             f'<rect width="{v.width}" height="{v.height}" class="sea"/>']
    for c in outlines.countries():
        d = outlines.path_d(c, v)
        if d:
            cls = "land coded" if c.name in coded else "land"
            parts.append(f'<path class="{cls}" d="{d}"><title>{escape(c.name)}</title></path>')
    step = outlines.graticule_step(v.lat1 - v.lat0)
    g = []
    lon = math.ceil(v.lon0 / step) * step
    while lon <= v.lon1:
        x, _ = v.xy(lon, 0)
        g.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="0" y2="{v.height}"/><text x="{x + 3:.1f}" y="{v.height - 4}">{lon:g}°</text>')
        lon += step
    lat = math.ceil(v.lat0 / step) * step
    while lat <= v.lat1:
        _, y = v.xy(0, lat)
        g.append(f'<line x1="0" x2="{v.width}" y1="{y:.1f}" y2="{y:.1f}"/><text x="3" y="{y - 3:.1f}">{lat:g}°</text>')
        lat += step
    parts.append(f'<g class="graticule">{"".join(g)}</g>')
    # quieter types first so the violent ones sit on top where points overlap
    order = {t: i for i, t in enumerate(reversed(list(colors)))}
    for r in sorted(ok.itertuples(), key=lambda r: order.get(r.event_type, -1)):
        x, y = v.xy(float(r.longitude), float(r.latitude))
        tip = (f"{_s(r.event_date)} · {_s(r.sub_event_type)} · {_s(r.location)}, {_s(r.country)}"
               f"{' · ' + str(int(r.fatalities)) + ' killed' if r.fatalities else ''}\n{_s(r.evidence)[:300]}")
        rad = 5.5 if r.fatalities else 4.5
        point = (f'<circle class="pt" cx="{float(x):.1f}" cy="{float(y):.1f}" r="{rad}" '
                 f'fill="{colors.get(r.event_type, "#333")}" data-event="{escape(r.event_id_cnty)}" '
                 f'data-lat="{r.latitude:.5f}" data-lon="{r.longitude:.5f}"><title>{escape(tip)}</title></circle>')
        linked = listed is None or r.event_id_cnty in listed
        parts.append(f'<a href="#ev-{escape(r.event_id_cnty)}">{point}</a>' if linked else point)
    if len(ok) <= 300:  # events at one place hide each other: say how many sit there
        stacked = ok.groupby([ok["latitude"].round(3), ok["longitude"].round(3)]).size()
        for (lat, lon), n in stacked[stacked > 1].items():
            x, y = v.xy(float(lon), float(lat))
            parts.append(f'<text class="stack" x="{float(x) + 7:.1f}" y="{float(y) - 5:.1f}">×{n}</text>')
    parts.append("</svg>")
    return "".join(parts), {"on_map": len(ok), "inside": inside, "outside": outside}


def _legend(colors: dict[str, str], counts: dict[str, int]) -> str:
    return "".join(f'<span class="key"><i style="background:{c}"></i>{escape(t)} ({counts.get(t, 0)})</span>'
                   for t, c in colors.items())


def _series(ev: pd.DataFrame, colors: dict[str, str]) -> tuple[str, str]:
    if not len(ev):
        return '<p class="muted">no events</p>', '<p class="muted">no events</p>'
    dates = pd.to_datetime(ev["event_date"])
    weeks = (dates - pd.to_timedelta(dates.dt.day_of_week, unit="D")).dt.date
    all_weeks = [d.date() for d in pd.date_range(min(weeks), max(weeks), freq="7D")]
    wk = pd.crosstab(weeks, ev["event_type"])
    series = [(t, [int(wk.at[w, t]) if t in wk.columns and w in wk.index else 0 for w in all_weeks], c)
              for t, c in colors.items() if t in wk.columns]
    weekly = charts.stacked_columns([w.isoformat() for w in all_weeks], series, title="events per week by event type")
    days = pd.date_range(dates.min(), dates.max(), freq="D")
    per_day = dates.dt.normalize().value_counts()
    deaths = ev.assign(d=dates.dt.normalize()).groupby("d")["fatalities"].sum()
    labels = [d.date().isoformat() for d in days]
    # two panels, each on its own scale: one day's massacre must not flatten the count of events
    ts = (charts.lines(labels, [("events", [int(per_day.get(d, 0)) for d in days], "#0072B2")], height=150,
                       title="events per day")
          + charts.lines(labels, [("fatalities", [float(deaths.get(d, 0)) for d in days], "#D55E00")], height=150,
                         title="fatalities per day"))
    return weekly, ts


def _rejects(rj: pd.DataFrame) -> str:
    if not len(rj):
        return '<p class="ok">Nothing was rejected.</p>'
    groups = rj.assign(reason_group=rj["reason"].map(reason_group)).groupby(["stage", "table", "reason_group"], sort=False)
    rows = sorted(((k, g) for k, g in groups), key=lambda kg: -len(kg[1]))
    bars = charts.hbars([(f"{k[0]} · {k[2]}", len(g)) for k, g in rows],
                        colors={f"{k[0]} · {k[2]}": STAGE_COLORS.get(k[0], "#777") for k, g in rows},
                        width=1300, label_width=520, title="rejects by reason")
    table = ['<table class="rejects"><thead><tr><th>stage</th><th>would have become</th><th>reason</th><th>rows</th>'
             '<th>examples (file:line or row key)</th></tr></thead><tbody>']
    for (stage, tbl, reason), g in rows:
        ex = ", ".join(escape(o) for o in g["origin"].astype(str).head(3))
        more = f" … and {len(g) - 3} more" if len(g) > 3 else ""
        table.append(f'<tr><td>{escape(stage)}</td><td>{escape(tbl)}</td><td>{escape(reason)}</td>'
                     f'<td class="n">{len(g)}</td><td class="small">{ex}{more}</td></tr>')
    table.append("</tbody></table>")
    shown = rj.head(500)
    detail = ['<details><summary>every reject of this run'
              f'{" (first 500 of " + str(len(rj)) + ")" if len(rj) > 500 else ""}</summary>'
              '<table class="small"><thead><tr><th>origin</th><th>stage</th><th>reason</th><th>value</th></tr></thead><tbody>']
    detail += [f"<tr><td>{_e(r.origin)}</td><td>{_e(r.stage)}</td><td>{_e(r.reason)}</td><td>{_e(r.value)}</td></tr>"
               for r in shown.itertuples()]
    detail.append("</tbody></table></details>")
    return bars + "".join(table) + "".join(detail)


def _validation(data: Data, curated: Path) -> str:
    v = data.validation
    if not v:
        return ('<p class="muted">No Great Expectations results were kept for this run (it stopped before validation, '
                'or it ran before results were kept under reports/).</p>')
    docs = ""
    if data.datadocs:
        rel = data.datadocs.relative_to(reports_dir(curated)).as_posix()
        docs = (f'<p>Great Expectations Data Docs for this run: <a href="{escape(rel)}">{escape(rel)}</a> '
                f'(kept under {escape(str(reports_dir(curated)))}/; GX\'s own pages load their styles online).</p>')
    rows = ['<table><thead><tr><th>table</th><th>rows checked</th><th>expectations</th><th>passed</th><th>failed</th>'
            '<th>result</th></tr></thead><tbody>']
    failed = []
    for name, res in v.items():
        stats = res.get("statistics") or {}
        results = res.get("results") or []
        n_rows = next((r.get("result", {}).get("element_count") for r in results if r.get("result", {}).get("element_count") is not None), None)
        bad = [r for r in results if not r.get("success")]
        note = res.get("note")
        ok = res.get("success")
        rows.append(f'<tr><td>{escape(name)}</td><td class="n">{"" if n_rows is None else n_rows}</td>'
                    f'<td class="n">{stats.get("evaluated_expectations", len(results))}</td>'
                    f'<td class="n">{stats.get("successful_expectations", len(results) - len(bad))}</td>'
                    f'<td class="n">{stats.get("unsuccessful_expectations", len(bad))}</td>'
                    f'<td class="{"ok" if ok else "bad"}">{"passed" if ok else "failed rows went to rejects" if not res.get("table_failure") else "table-level failure: nothing published"}'
                    f'{" (" + escape(note) + ")" if note else ""}</td></tr>')
        for r in bad:
            cfg = r.get("expectation_config") or {}
            kw = cfg.get("kwargs") or {}
            cols = ", ".join(str(kw[k]) for k in ("column", "column_A", "column_B") if k in kw)
            res_ = r.get("result") or {}
            sample = res_.get("partial_unexpected_list") or res_.get("observed_value") or ""
            failed.append(f'<tr><td>{escape(name)}</td><td>{escape(str(cfg.get("type", "")))}({escape(cols)})</td>'
                          f'<td class="n">{res_.get("unexpected_count", "")}</td>'
                          f'<td class="small">{escape(json.dumps(sample, ensure_ascii=False, default=str)[:300])}</td></tr>')
    rows.append("</tbody></table>")
    out = docs + "".join(rows)
    if failed:
        out += ('<h3>Failed expectations</h3><table><thead><tr><th>table</th><th>expectation</th><th>unexpected</th>'
                '<th>examples</th></tr></thead><tbody>' + "".join(failed) + "</tbody></table>")
    return out


def _events_table(data: Data, colors: dict[str, str]) -> str:
    ev = data.events
    if not len(ev):
        return '<p class="muted">This run published no events.</p>'
    shown = _listed(ev)
    arts = {r.id: r for r in data.articles.itertuples()}
    sents: dict[str, list[str]] = {}
    mentions = data.mentions
    if len(shown) < len(ev):
        mentions = mentions[mentions["event_id_cnty"].isin(set(shown["event_id_cnty"]))]
    for m in mentions.sort_values(["event_id_cnty", "article_id", "sentence_index"]).itertuples():
        sents.setdefault(m.event_id_cnty, []).append(
            f'<li><span class="where">{escape(m.article_id)} #{int(m.sentence_index)}</span> {escape(m.sentence)}</li>')
    out = []
    if len(shown) < len(ev):
        out.append(f'<p class="small">The table lists the latest {len(shown):,} of the run\'s {len(ev):,} events; the '
                   f'map and the counts above show them all, and the published tables hold them all (eventdesk query, '
                   f'eventdesk export).</p>')
    out.append('<table class="events"><thead><tr><th>event</th><th>date</th><th>type</th><th>actors</th><th>place</th>'
               '<th>fatalities</th><th>evidence sentences and source</th></tr></thead><tbody>')
    for r in shown.itertuples():
        src = []
        for aid in (r.article_ids if r.article_ids is not None else []):
            a = arts.get(aid)
            if a is not None:
                src.append(f'{escape(aid)}: “{_e(a.title)}” ({_e(a.source)}{", " + _e(a.published_at) if _s(a.published_at) else ""}) '
                           f'<span class="url">{_e(a.url) or _e(a.origin)}</span>')
        evidence = f'<ul class="sent">{"".join(sents[r.event_id_cnty])}</ul>' if r.event_id_cnty in sents else f"<p>{_e(r.evidence)}</p>"
        out.append(
            f'<tr id="ev-{escape(r.event_id_cnty)}"><td class="small"><i class="dot" style="background:{colors.get(r.event_type, "#333")}"></i>'
            f'{escape(r.event_id_cnty)}</td><td>{_e(r.event_date)}</td>'
            f'<td>{_e(r.event_type)}<br><span class="small">{_e(r.sub_event_type)}</span></td>'
            f'<td>{_e(r.actor1)}{"<br>vs " + _e(r.actor2) if _s(r.actor2) else ""}</td>'
            f'<td>{_e(r.location)}, {_e(r.admin1)}<br><b>{_e(r.country)}</b> <span class="small">({r.latitude:.3f}, {r.longitude:.3f}; '
            f'precision {_e(r.geo_precision)})</span></td><td class="n">{_e(r.fatalities)}</td>'
            f'<td>{evidence}<div class="small">{"<br>".join(src)}</div></td></tr>')
    out.append("</tbody></table>")
    return "".join(out)


CSS = """
body{font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin:0;color:#222;background:#fafafa}
main{max-width:1340px;margin:0 auto;padding:16px 24px}
h1{font-size:22px;margin:4px 0}h2{font-size:17px;margin:22px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}
h3{font-size:15px;margin:14px 0 6px}
.muted{color:#777}.small{font-size:12px;color:#555}.ok{color:#1a7f37}.bad{color:#b42318;font-weight:600}
.status{display:inline-block;padding:2px 8px;border-radius:10px;color:#fff;font-size:13px}
.status.ok{background:#1a7f37}.status.warn{background:#b7791f}.status.bad{background:#b42318}
.cards{display:flex;gap:10px;flex-wrap:wrap;margin:10px 0}
.card{background:#fff;border:1px solid #e3e3e3;border-radius:6px;padding:8px 14px;min-width:120px}
.card b{display:block;font-size:20px}
.grid2{display:grid;grid-template-columns:1fr 1fr;gap:14px}
.panel{background:#fff;border:1px solid #e3e3e3;border-radius:6px;padding:8px 12px;overflow:hidden}
svg.chart{max-width:100%;height:auto}svg.chart .lbl{font-size:12px;fill:#333}svg.chart .num{font-size:11px;fill:#555}
svg.chart .grid{stroke:#eee}svg.chart .axis{stroke:#999}
svg.map{width:100%;height:auto;border:1px solid #ccc;background:#dbe9f4}
.map .sea{fill:#dbe9f4}.map .land{fill:#f1efe9;stroke:#9a9a9a;stroke-width:.6;fill-rule:evenodd}
.map .land.coded{fill:#e6dfcc}.map .land:hover{fill:#ddd6c2}
.map .graticule line{stroke:#fff;stroke-width:.6;opacity:.8}.map .graticule text{font-size:10px;fill:#6b7d8c}
.map .stack{font-size:11px;font-weight:600;fill:#333;paint-order:stroke;stroke:#fff;stroke-width:3px}
.map .pt{stroke:#fff;stroke-width:1;opacity:.9}.map a:hover .pt{stroke:#000;stroke-width:2}
.key{display:inline-block;margin:4px 14px 0 0;font-size:13px}.key i,.dot{display:inline-block;width:11px;height:11px;border-radius:50%;margin-right:5px;vertical-align:-1px}
table{border-collapse:collapse;width:100%;background:#fff;margin:6px 0}
th,td{border:1px solid #e3e3e3;padding:4px 6px;text-align:left;vertical-align:top}th{background:#f3f3f3;font-weight:600}
td.n{text-align:right;font-variant-numeric:tabular-nums}
ul.sent{margin:0;padding-left:16px}ul.sent li{margin:2px 0}.where{font-size:11px;color:#777}
.url{font-family:ui-monospace,monospace;font-size:11px;color:#555;word-break:break-all}
tr:target{background:#fff6d6;outline:2px solid #e6b800}
details{margin:8px 0}summary{cursor:pointer;color:#0b5cad}
pre{white-space:pre-wrap;background:#fff;border:1px solid #e3e3e3;padding:8px}
"""


def render(data: Data, curated: Path) -> tuple[str, dict]:
    """The report's HTML and the map's point statistics."""
    run, ev = data.run, data.events
    colors = type_colors()
    type_counts = dict(_counts(ev["event_type"], list(colors))) if len(ev) else {}
    map_svg, stats = _map(data, colors)
    weekly, ts = _series(ev, colors)
    status = _s(run.get("status"))
    scls = {"ok": "ok", "ok with rejects": "warn"}.get(status, "bad")
    started, finished = run.get("started_at"), run.get("finished_at")
    took = f"{(finished - started).total_seconds():.0f} s" if _s(started) and _s(finished) else ""
    try:
        versions = json.loads(run.get("versions") or "{}")
    except ValueError:
        versions = {}
    dates = f"{_s(ev['event_date'].min())} – {_s(ev['event_date'].max())}" if len(ev) else "–"
    cards = [("events published", len(ev)), ("countries", ev["country"].nunique() if len(ev) else 0),
             ("fatalities", int(ev["fatalities"].sum()) if len(ev) else 0), ("event dates", dates),
             ("articles read", _s(run.get("articles_read"))), ("rejects", len(data.rejects)),
             ("warnings", _s(run.get("warnings")))]
    outside = stats["outside"]
    where = (f"{stats['inside']} of {stats['on_map']} points lie inside the outline of their coded country"
             + (f"; {len(outside)} do not (coast, border or miscoded):" if outside else "."))
    out_list = ("<details><summary>the points off their country's outline</summary><ul class='small'>" +
                "".join(f'<li><a href="#ev-{escape(o.split(":")[0])}">{escape(o)}</a></li>' for o in outside[:500]) +
                (f"<li>… and {len(outside) - 500} more</li>" if len(outside) > 500 else "") + "</ul></details>") if outside else ""
    missing = len(ev) - stats["on_map"]
    by_country = _counts(ev["country"]) if len(ev) else []
    more_c = f'<p class="small">… and {len(by_country) - 15} more countries</p>' if len(by_country) > 15 else ""
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>eventdesk run {escape(run['run_id'])}</title>
<style>{CSS}</style></head>
<body><main>
<h1>eventdesk run {escape(run['run_id'])} <span class="status {scls}">{escape(status)}</span></h1>
<p class="small">Started {_e(started)}, finished {_e(finished)} ({took}) · sources: {escape(', '.join(_s(s) for s in (run.get('sources') if run.get('sources') is not None else [])))}
· coder {escape(str(versions.get('coder', '')))} · eventdesk {escape(str(versions.get('eventdesk', '')))}
· report written {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M UTC}. This page is self-contained: it loads nothing from the network.</p>
{f'<p class="bad">The run failed and published nothing: {_e(run.get("error"))}</p>' if _s(run.get("error")) else ''}
<div class="cards">{''.join(f'<div class="card"><b>{escape(str(v))}</b>{escape(k)}</div>' for k, v in cards)}</div>
<p class="small">Articles published {_e(run.get('articles_published'))} of {_e(run.get('articles_read'))} read;
events published {_e(run.get('events_published'))} of {_e(run.get('events_extracted'))} extracted; event mentions {_e(run.get('mentions_published'))}.
The events shown are those published now from the articles this run coded.</p>

<h2>Map of the run's events</h2>
{map_svg}
<div>{_legend(colors, type_counts)}</div>
<p class="small">{where}{' ' + str(missing) + ' events have no coordinates.' if missing else ''}
Outlines: Natural Earth admin-0 countries (public domain), shipped in the geo-intel-offline package; equirectangular projection.
Hover a point for its evidence; click it for its row below.</p>{out_list}

<div class="grid2">
<div class="panel"><h3>Events by event type</h3>{charts.hbars(list(type_counts.items()), colors=colors, width=620, title="events by event type")}</div>
<div class="panel"><h3>Events by country{' (top 15)' if len(by_country) > 15 else ''}</h3>{charts.hbars(by_country[:15], width=620, label_width=200, bar_h=14, title="events by country")}{more_c}</div>
<div class="panel"><h3>Events per week (weeks start on Monday)</h3>{weekly}</div>
<div class="panel"><h3>Time series: events and fatalities per day</h3>{ts}
<div><span class="key"><i style="background:#0072B2"></i>events per day (top)</span><span class="key"><i style="background:#D55E00"></i>fatalities per day (bottom)</span></div></div>
</div>

<h2>Rejects by reason ({len(data.rejects)})</h2>
{_rejects(data.rejects)}

<h2>Great Expectations results</h2>
{_validation(data, curated)}

<h2>Events ({len(ev)})</h2>
{_events_table(data, colors)}
<p class="small">Tables: eventdesk query --data-dir … "SELECT * FROM events" · rejects: "SELECT * FROM rejects WHERE run_id = '{escape(run['run_id'])}'"</p>
</main></body></html>
"""
    return html, stats
