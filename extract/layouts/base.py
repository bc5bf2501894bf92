"""What every layout parser is, and small helpers they share."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Protocol

from ..model import Document, Paragraph, Table
from ..records import RawMeasure, SelfCheck
from ..text import fold  # noqa: F401 - the layouts import it from here


@dataclass
class ParseResult:
    measures: list[RawMeasure] = field(default_factory=list)
    self_checks: list[SelfCheck] = field(default_factory=list)


class Layout(Protocol):
    name: str

    def fit(self, doc: Document) -> float:
        """How well this layout describes the document, 0 (not at all) to 1."""

    def parse(self, doc: Document) -> ParseResult: ...


@dataclass(slots=True)
class Unit:
    """One paragraph of the document, flattened out of tables too, with where it came from."""

    text: str
    label: str | None
    page: int | None
    page_end: int | None
    bold: bool | None
    where: str


def units(doc: Document) -> list[Unit]:
    out: list[Unit] = []
    for bi, block in enumerate(doc.blocks):
        if isinstance(block, Paragraph):
            out.append(Unit(block.text, block.list_label, block.page, block.page_end, block.bold, f"paragraph {bi + 1}"))
        elif isinstance(block, Table):
            for cell in block.cells:
                paragraphs = cell.paragraphs or [Paragraph(text=t, page=cell.page) for t in cell.text.split("\n")]
                for p in paragraphs:
                    if p.text or p.list_label:
                        out.append(Unit(p.text, p.list_label, p.page or cell.page, p.page_end or cell.page, p.bold,
                                        f"table at block {bi + 1}, row {cell.row + 1}"))
    return out


_TYPED_NUMBER = re.compile(r"^\s*(\d{1,2})\s*[.)]\s+(?=\S)")
MONTHS = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
          "november", "desember")
_DATE_AHEAD = re.compile(r"^\s*\d{1,2}\s*\.\s*(?:" + "|".join(MONTHS) + r")\b", re.I)


def split_typed_number(text: str) -> tuple[int | None, str]:
    """'3. Arrangere …' -> (3, 'Arrangere …'); a date such as '13. september' is not a number label."""
    m = _TYPED_NUMBER.match(text)
    if not m or _DATE_AHEAD.match(text):
        return None, text
    return int(m.group(1)), text[m.end():]
