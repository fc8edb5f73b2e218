"""Small inline-SVG charts for the run report: no JavaScript library, nothing fetched."""
from __future__ import annotations

import math
from html import escape


def _ticks(v: float, most: int = 5) -> list[float]:
    """Gridline values from 0 past v, on a 1-2-5 step, at most `most` intervals."""
    v = max(v, 1)
    step = 1.0
    mag = 10 ** math.floor(math.log10(v / most)) if v > most else 1
    for m in (1, 2, 5, 10):
        step = m * mag
        if v / step <= most:
            break
    return [step * k for k in range(int(math.ceil(v / step)) + 1)]


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
        fits = max(12, int(label_width / 6.8))  # characters of 12px text that fit left of the bars
        short = label if len(label) <= fits else label[:fits - 1] + "…"
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
    ticks = _ticks(max(totals))
    ymax = ticks[-1]
    plot_w, plot_h = width - left - 10, height - bottom - top_pad
    slot = plot_w / len(labels)
    bw = max(1.0, slot * 0.8)
    out = [f'<svg class="chart" role="img" aria-label="{escape(title)}" viewBox="0 0 {width} {height}" width="{width}" height="{height}">']
    for v in ticks:
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
    ticks = _ticks(max((max(v) for _, v, _ in series if v), default=1))
    ymax = ticks[-1]
    plot_w, plot_h = width - left - 10, height - bottom - top_pad
    n = len(labels)

    def x(i):
        return left + (plot_w * i / (n - 1) if n > 1 else plot_w / 2)

    def y(v):
        return top_pad + plot_h - plot_h * v / ymax

    out = [f'<svg class="chart" role="img" aria-label="{escape(title)}" viewBox="0 0 {width} {height}" width="{width}" height="{height}">']
    for v in ticks:
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
