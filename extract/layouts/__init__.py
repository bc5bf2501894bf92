"""Layout parsers. Each says how well it fits a document and why; the best fit parses it."""

from __future__ import annotations

from ..model import Document
from ..settings import SETTINGS
from .base import Fit, Layout, ParseResult
from .numbered import NumberedReport
from .row_table import RowTable
from .sections import Sections

LAYOUTS: list[Layout] = [NumberedReport(), RowTable(), Sections()]


def assess_all(doc: Document) -> list[tuple[Layout, Fit]]:
    """Every layout with its fit, best first (ties go to the earlier layout)."""
    scored = [(layout, layout.assess(doc), i) for i, layout in enumerate(LAYOUTS)]
    scored.sort(key=lambda s: (-s[1].score, s[2]))
    return [(layout, fit) for layout, fit, _ in scored]


def best_layout(doc: Document) -> tuple[Layout | None, float]:
    """The layout that fits `doc` best, or None when none fits well enough."""
    layout, fit = assess_all(doc)[0]
    return (layout, fit.score) if fit.score >= SETTINGS.layouts.min_fit else (None, fit.score)


__all__ = ["LAYOUTS", "Fit", "Layout", "ParseResult", "assess_all", "best_layout"]
