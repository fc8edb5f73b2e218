"""Small inline-SVG charts for the run report: no JavaScript library, nothing fetched."""
from __future__ import annotations

import math
from html import escape


def _nice_max(v: float) -> float:
    if v <= 4:
        return 4  # counts: keep the four gridlines on whole numbers
    mag = 10 ** math.floor(math.log10(v))
    for m in (1, 2, 2.5, 5, 10):
        if v <= m * mag:
            return m * mag
    return 10 * mag


def hbars(rows: list[tuple[str, int]], *, colors: dict[str, str] | None = None, width: int = 640,
          label_width: int = 220, bar_h: int = 20, title: str = "") -> str:
    """Horizontal bars, one per (label, count), largest first as given."""
    if not rows:
        return '<p class="muted">none</p>'
    top = max(n for _, n in rows)
    h = len(rows) * (bar_h + 6) + 6
    span = width - label_width - 60
    out = [f'<svg class="chart" role="img" aria-label="{escape(title)}" viewBox="0 0 {width} {h}" width="{width}" height="{h}">']
    for i, (label, n) in enumerate(rows):
        y = 6 + i * (bar_h + 6)
        w = max(1.0, span * n / top)
        color = (colors or {}).get(label, "#4c72b0")
        short = label if len(label) <= 34 else label[:33] + "…"
        out.append(f'<text x="{label_width - 8}" y="{y + bar_h * 0.72:.1f}" text-anchor="end" class="lbl">{escape(short)}'
                   f'<title>{escape(label)}</title></text>')
        out.append(f'<rect x="{label_width}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{color}"><title>{escape(label)}: {n}</title></rect>')
        out.append(f'<text x="{label_width + w + 6:.1f}" y="{y + bar_h * 0.72:.1f}" class="num">{n}</text>')
    out.append("</svg>")
    return "".join(out)


def _x_labels(n: int, max_labels: int = 10) -> set[int]:
    every = max(1, math.ceil(n / max_labels))
    return set(range(0, n, every))


def stacked_columns(labels: list[str], series: list[tuple[str, list[int], str]], *, width: int = 640,
                    height: int = 260, title: str = "") -> str:
    """Vertical columns, one per label (e.g. a week), stacked by series (name, values, color)."""
    if not labels:
        return '<p class="muted">none</p>'
    left, bottom, top_pad = 40, 40, 10
    totals = [sum(s[1][i] for s in series) for i in range(len(labels))]
    ymax = _nice_max(max(totals))
    plot_w, plot_h = width - left - 10, height - bottom - top_pad
    slot = plot_w / len(labels)
    bw = max(1.0, slot * 0.8)
    out = [f'<svg class="chart" role="img" aria-label="{escape(title)}" viewBox="0 0 {width} {height}" width="{width}" height="{height}">']
    for k in range(5):
        v = ymax * k / 4
        y = top_pad + plot_h - plot_h * v / ymax
        out.append(f'<line x1="{left}" x2="{width - 10}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>'
                   f'<text x="{left - 4}" y="{y + 4:.1f}" text-anchor="end" class="num">{v:g}</text>')
    shown = _x_labels(len(labels), 8)
    for i, label in enumerate(labels):
        x = left + i * slot + (slot - bw) / 2
        y = top_pad + plot_h
        for name, values, color in series:
            v = values[i]
            if not v:
                continue
            h = plot_h * v / ymax
            y -= h
            out.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bw:.1f}" height="{h:.1f}" fill="{color}">'
                       f'<title>{escape(label)} · {escape(name)}: {v}</title></rect>')
        if i in shown:
            out.append(f'<text x="{x + bw / 2:.1f}" y="{height - bottom + 16}" text-anchor="middle" class="num">{escape(label)}</text>')
    out.append(f'<line x1="{left}" x2="{width - 10}" y1="{top_pad + plot_h}" y2="{top_pad + plot_h}" class="axis"/></svg>')
    return "".join(out)


def lines(labels: list[str], series: list[tuple[str, list[float], str]], *, width: int = 640, height: int = 260,
          title: str = "") -> str:
    """A time series: one polyline per series over evenly spaced labels (days)."""
    if not labels:
        return '<p class="muted">none</p>'
    left, bottom, top_pad = 40, 40, 10
    ymax = _nice_max(max((max(v) for _, v, _ in series if v), default=1))
    plot_w, plot_h = width - left - 10, height - bottom - top_pad
    n = len(labels)

    def x(i):
        return left + (plot_w * i / (n - 1) if n > 1 else plot_w / 2)

    def y(v):
        return top_pad + plot_h - plot_h * v / ymax

    out = [f'<svg class="chart" role="img" aria-label="{escape(title)}" viewBox="0 0 {width} {height}" width="{width}" height="{height}">']
    for k in range(5):
        v = ymax * k / 4
        out.append(f'<line x1="{left}" x2="{width - 10}" y1="{y(v):.1f}" y2="{y(v):.1f}" class="grid"/>'
                   f'<text x="{left - 4}" y="{y(v) + 4:.1f}" text-anchor="end" class="num">{v:g}</text>')
    for i in _x_labels(n, 7):
        out.append(f'<text x="{x(i):.1f}" y="{height - bottom + 16}" text-anchor="middle" class="num">{escape(labels[i])}</text>')
    for name, values, color in series:
        pts = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in enumerate(values))
        out.append(f'<polyline points="{pts}" fill="none" stroke="{color}" stroke-width="1.8"><title>{escape(name)}</title></polyline>')
        if n <= 60:
            out += [f'<circle cx="{x(i):.1f}" cy="{y(v):.1f}" r="2.5" fill="{color}"><title>{escape(labels[i])} · '
                    f'{escape(name)}: {v:g}</title></circle>' for i, v in enumerate(values) if v]
    out.append(f'<line x1="{left}" x2="{width - 10}" y1="{top_pad + plot_h}" y2="{top_pad + plot_h}" class="axis"/></svg>')
    return "".join(out)
