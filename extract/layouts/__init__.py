"""Layout parsers. Each says how well it fits a document; the best fit parses it."""

from __future__ import annotations

from ..model import Document
from .base import Layout, ParseResult
from .numbered import NumberedReport
from .forms import FormTable, LabelParagraphs
from .row_table import RowTable

LAYOUTS: list[Layout] = [NumberedReport(), RowTable(), FormTable(), LabelParagraphs()]
MIN_FIT = 0.3


def best_layout(doc: Document) -> tuple[Layout | None, float]:
    """The layout that fits `doc` best, or None when none fits well enough."""
    scored = [(layout.fit(doc), i, layout) for i, layout in enumerate(LAYOUTS)]
    fit, _, layout = max(scored, key=lambda s: (s[0], -s[1]))
    return (layout, fit) if fit >= MIN_FIT else (None, fit)


__all__ = ["LAYOUTS", "Layout", "ParseResult", "best_layout"]
