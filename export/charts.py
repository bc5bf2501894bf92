"""The summary's charts as PNG (matplotlib, no display needed)."""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402

# Colour-blind safe (Okabe–Ito)
COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]


def _png(fig) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=96, bbox_inches="tight")
    plt.close(fig)
    return buffer.getvalue()


def per_delmal(delmal_rows: list[dict]) -> bytes:
    """Bars of measures per delmål, one colour per report year ("Tiltakenes fordeling på delmål")."""
    years = sorted({r["report_year"] for r in delmal_rows}, key=lambda y: (y is None, y or 0))
    codes = list(dict.fromkeys(r["delmal"] for r in delmal_rows))
    counts = {(r["report_year"], r["delmal"]): r["measures"] for r in delmal_rows}
    fig, ax = plt.subplots(figsize=(10, 4.2))
    width = 0.8 / max(len(years), 1)
    for i, year in enumerate(years):
        xs = [k + (i - (len(years) - 1) / 2) * width for k in range(len(codes))]
        values = [counts.get((year, c), 0) for c in codes]
        bars = ax.bar(xs, values, width, label=str(year) if year else "uten år", color=COLOURS[i % len(COLOURS)])
        ax.bar_label(bars, labels=_labels(values), fontsize=7, padding=1)
    ax.set_xticks(range(len(codes)), codes)
    ax.set_xlabel("Delmål")
    ax.set_ylabel("Antall tiltak")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))  # counts
    ax.set_title("Tiltakenes fordeling på delmål")
    ax.spines[["top", "right"]].set_visible(False)
    if len(years) > 1:
        ax.legend(frameon=False)
    return _png(fig)


def _labels(values: list[int]) -> list[str]:
    """A count over each bar; none over a bar of nothing."""
    return [str(v) if v else "" for v in values]


def types_per_area(type_rows: list[dict], year, area_names: dict[int, str]) -> bytes:
    """Grouped bars: measures of each type in each main area, for one year."""
    rows = [r for r in type_rows if r["report_year"] == year and r["type"] != "Totalt" and r["total"]]
    areas = sorted(area_names)
    fig, ax = plt.subplots(figsize=(10, 4.2))
    width = 0.8 / max(len(areas), 1)
    for i, area in enumerate(areas):
        xs = [k + (i - (len(areas) - 1) / 2) * width for k in range(len(rows))]
        values = [r[f"omrade_{area}"] for r in rows]
        bars = ax.bar(xs, values, width, label=f"Område {area}", color=COLOURS[i % len(COLOURS)])
        ax.bar_label(bars, labels=_labels(values), fontsize=7, padding=1)
    ax.set_xticks(range(len(rows)), [r["type"] for r in rows], rotation=15, ha="right")
    ax.set_ylabel("Antall tiltak")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_title(f"Type tiltak per hovedinnsatsområde{f' ({year})' if year else ''}")
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(frameon=False)
    return _png(fig)
