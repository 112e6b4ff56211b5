"""Small charts drawn on the server as SVG: no script, no library, nothing fetched at run time."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from markupsafe import Markup, escape

from hub.web.labels import KST

PALETTE = ("#2563eb", "#d97706", "#059669", "#dc2626", "#7c3aed", "#0891b2", "#db2777", "#65a30d", "#475569")


@dataclass(frozen=True)
class Bar:
    """One bar: a label, a value and where clicking it leads (optional)."""

    label: str
    value: int
    href: str | None = None
    title: str | None = None


def bar_chart(bars: Sequence[Bar], *, title: str, width: int = 320, row: int = 20, label_width: int = 44) -> Markup:
    """A horizontal bar chart; each bar links to its ``href`` (so it works as a filter without JavaScript)."""
    if not bars:
        return Markup("")
    top = max(b.value for b in bars) or 1
    count_width = 34
    plot = width - label_width - count_width
    height = row * len(bars) + 4
    parts = [
        f'<svg class="chart bar-chart" role="img" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'xmlns="http://www.w3.org/2000/svg" aria-label="{escape(title)}"><title>{escape(title)}</title>'
    ]
    for i, b in enumerate(bars):
        y = i * row + 2
        w = max(2.0, plot * b.value / top) if b.value else 0.0
        tip = escape(b.title or f"{b.label} {b.value}")
        body = (
            f'<g class="bar"><title>{tip}</title>'
            f'<text x="{label_width - 6}" y="{y + row * 0.68:.1f}" text-anchor="end">{escape(b.label)}</text>'
            f'<rect x="{label_width}" y="{y + 3}" width="{w:.1f}" height="{row - 6}" rx="2"></rect>'
            f'<text class="count" x="{label_width + w + 4:.1f}" y="{y + row * 0.68:.1f}">{b.value}</text></g>'
        )
        parts.append(f'<a href="{escape(b.href)}">{body}</a>' if b.href else body)
    parts.append("</svg>")
    return Markup("".join(parts))


@dataclass(frozen=True)
class Series:
    """One line: a name and its (time, value) points."""

    name: str
    points: Sequence[tuple[datetime, int]]


def line_chart(series: Sequence[Series], *, title: str, width: int = 900, height: int = 200) -> Markup:
    """Values over time, one coloured line per series, with a legend below the plot."""
    series = [s for s in series if s.points]
    if not series:
        return Markup("")
    left, right, top, bottom = 44, 12, 10, 26
    legend_rows = (len(series) + 2) // 3
    total_height = height + legend_rows * 18
    times = [t.timestamp() for s in series for t, _ in s.points]
    t0, t1 = min(times), max(times)
    span = (t1 - t0) or 1.0
    vmax = max(v for s in series for _, v in s.points) or 1
    plot_w, plot_h = width - left - right, height - top - bottom

    def x(t: datetime) -> float:
        return left + plot_w * ((t.timestamp() - t0) / span if t1 > t0 else 0.5)

    def y(v: int) -> float:
        return top + plot_h * (1 - v / vmax)

    parts = [
        f'<svg class="chart line-chart" role="img" viewBox="0 0 {width} {total_height}" width="100%" '
        f'xmlns="http://www.w3.org/2000/svg" aria-label="{escape(title)}"><title>{escape(title)}</title>',
        f'<line class="axis" x1="{left}" y1="{top + plot_h}" x2="{width - right}" y2="{top + plot_h}"></line>',
        f'<line class="axis" x1="{left}" y1="{top}" x2="{left}" y2="{top + plot_h}"></line>',
    ]
    for frac in (0.0, 0.5, 1.0):
        v = round(vmax * frac)
        parts.append(f'<text class="tick" x="{left - 4}" y="{y(v) + 4:.1f}" text-anchor="end">{v}</text>')
    first, last = datetime.fromtimestamp(t0, KST), datetime.fromtimestamp(t1, KST)
    label_y = top + plot_h + 16
    parts.append(f'<text class="tick" x="{left}" y="{label_y}">{first:%m-%d %H:%M}</text>')
    if t1 > t0:
        parts.append(
            f'<text class="tick" x="{width - right}" y="{label_y}" text-anchor="end">{last:%m-%d %H:%M}</text>'
        )
    for i, s in enumerate(series):
        color = PALETTE[i % len(PALETTE)]
        pts = sorted(s.points)
        path = " ".join(f"{x(t):.1f},{y(v):.1f}" for t, v in pts)
        parts.append(f'<polyline fill="none" stroke="{color}" stroke-width="2" points="{path}"></polyline>')
        for t, v in pts:
            parts.append(
                f'<circle cx="{x(t):.1f}" cy="{y(v):.1f}" r="3" fill="{color}">'
                f"<title>{escape(s.name)} {t.astimezone(KST):%m-%d %H:%M}: {v}</title></circle>"
            )
        lx = left + (i % 3) * (plot_w / 3)
        ly = height + (i // 3) * 18 + 6
        parts.append(
            f'<rect x="{lx:.1f}" y="{ly - 9}" width="10" height="10" fill="{color}"></rect>'
            f'<text class="legend" x="{lx + 14:.1f}" y="{ly}">{escape(s.name)}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))
