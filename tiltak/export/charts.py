"""The summary's charts as SVG: grouped bars with a count over each bar.

Written directly rather than with matplotlib: three bar charts cost 1.4 s of matplotlib import
and drawing on every run whose figures changed (issue 13: a re-run within 0.5 s). SVG is text,
scales on a phone, and opens in browsers, Word, PowerPoint and LibreOffice.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape as _escape

from .summaries import report_years


def escape(text: str) -> str:
    return _escape(text, quote=False)  # as xml.sax.saxutils does, without loading urllib and ssl (8 ms)


# Colour-blind safe (Okabe–Ito)
COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]


@dataclass(frozen=True)
class Layout:
    width: int = 900
    height: int = 380
    left: int = 56
    right: int = 16
    top: int = 44
    bottom: int = 56  # room for the category labels (more when they are slanted)
    font: str = "Arial, Helvetica, sans-serif"


def integer_ticks(top: int, most: int = 6) -> list[int]:
    """Whole-number ticks from 0 to at least `top`, a step of 1, 2 or 5 times a power of ten."""
    if top <= 0:
        return [0, 1]
    raw = top / most
    power = 10 ** max(0, math.floor(math.log10(raw))) if raw >= 1 else 1
    step = next(s * power for s in (1, 2, 5, 10) if s * power >= raw)
    last = math.ceil(top / step) * step
    return list(range(0, last + 1, step))


def bar_labels(values: list[int]) -> list[str]:
    """A count over each bar; none over a bar of nothing."""
    return [str(v) if v else "" for v in values]


def grouped_bars(title: str, categories: list[str], series: list[tuple[str, list[int]]], *, ylabel: str,
                 xlabel: str = "", slanted: bool = False, legend: bool = True, layout: Layout = Layout()) -> str:
    """An SVG chart: for each category, one bar per series, side by side."""
    lay = layout
    extra = 40 if slanted else 0  # room for slanted category labels
    bottom, height = lay.bottom + extra, lay.height + extra
    plot_w, plot_h = lay.width - lay.left - lay.right, lay.height - lay.top - bottom
    ticks = integer_ticks(max((v for _, values in series for v in values), default=0))
    scale = plot_h / ticks[-1]
    slot = plot_w / max(len(categories), 1)
    width = 0.8 * slot / max(len(series), 1)
    base_y = lay.top + plot_h
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {lay.width} {height}" '
           f'width="{lay.width}" height="{height}" role="img" '
           f'font-family="{lay.font}" font-size="12">',
           f"<title>{escape(title)}</title>",
           '<rect width="100%" height="100%" fill="#ffffff"/>',
           f'<text x="{lay.width / 2:.0f}" y="20" text-anchor="middle" font-size="15">{escape(title)}</text>']
    for t in ticks:
        y = base_y - t * scale
        out.append(f'<line x1="{lay.left}" x2="{lay.left + plot_w}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e5e5e5"/>')
        out.append(f'<text x="{lay.left - 6}" y="{y + 4:.1f}" text-anchor="end">{t}</text>')
    out.append(f'<line x1="{lay.left}" x2="{lay.left}" y1="{lay.top}" y2="{base_y}" stroke="#333"/>')
    out.append(f'<line x1="{lay.left}" x2="{lay.left + plot_w}" y1="{base_y}" y2="{base_y}" stroke="#333"/>')
    for s, (name, values) in enumerate(series):
        colour = COLOURS[s % len(COLOURS)]
        for k, (value, label) in enumerate(zip(values, bar_labels(values))):
            x = lay.left + k * slot + 0.1 * slot + s * width
            h = value * scale
            if value:
                out.append(f'<rect x="{x:.1f}" y="{base_y - h:.1f}" width="{width:.1f}" height="{h:.1f}" '
                           f'fill="{colour}"><title>{escape(f"{name}, {categories[k]}: {value}")}</title></rect>')
            if label:
                out.append(f'<text x="{x + width / 2:.1f}" y="{base_y - h - 3:.1f}" text-anchor="middle" '
                           f'font-size="10">{label}</text>')
    for k, category in enumerate(categories):
        x = lay.left + (k + 0.5) * slot
        if slanted:
            out.append(f'<text x="{x:.1f}" y="{base_y + 14}" text-anchor="end" '
                       f'transform="rotate(-25 {x:.1f} {base_y + 14})">{escape(category)}</text>')
        else:
            out.append(f'<text x="{x:.1f}" y="{base_y + 16}" text-anchor="middle">{escape(category)}</text>')
    if xlabel:
        out.append(f'<text x="{lay.left + plot_w / 2:.0f}" y="{base_y + 40}" text-anchor="middle">{escape(xlabel)}</text>')
    out.append(f'<text transform="translate(14 {lay.top + plot_h / 2:.0f}) rotate(-90)" text-anchor="middle">'
               f'{escape(ylabel)}</text>')
    if legend and series:
        x = lay.left + plot_w
        for s, (name, _) in enumerate(reversed(series)):
            i = len(series) - 1 - s
            x -= 14 + 7 * len(name) + 18
            out.append(f'<rect x="{x:.0f}" y="28" width="12" height="12" fill="{COLOURS[i % len(COLOURS)]}"/>'
                       f'<text x="{x + 16:.0f}" y="38">{escape(name)}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def per_delmal(delmal_rows: list[dict]) -> str:
    """Bars of measures per delmål, one colour per report year ("Tiltakenes fordeling på delmål")."""
    years = report_years(delmal_rows)
    codes = list(dict.fromkeys(r["delmal"] for r in delmal_rows))
    counts = {(r["report_year"], r["delmal"]): r["measures"] for r in delmal_rows}
    series = [(str(y) if y else "uten år", [counts.get((y, c), 0) for c in codes]) for y in years]
    return grouped_bars("Tiltakenes fordeling på delmål", codes, series, ylabel="Antall tiltak", xlabel="Delmål",
                        legend=len(years) > 1)


def types_per_area(type_rows: list[dict], year, area_names: dict[int, str]) -> str:
    """Grouped bars: measures of each type in each main area, for one year."""
    rows = [r for r in type_rows if r["report_year"] == year and r["type"] != "Totalt" and r["total"]]
    series = [(f"Område {area}", [r[f"omrade_{area}"] for r in rows]) for area in sorted(area_names)]
    title = f"Type tiltak per hovedinnsatsområde{f' ({year})' if year else ''}"
    return grouped_bars(title, [r["type"] for r in rows], series, ylabel="Antall tiltak", slanted=True)
