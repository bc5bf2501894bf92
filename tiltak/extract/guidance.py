"""A filled-in template's guidance left in: "Periode: [Frå–til] 2024–2027". The bracketed text after
a label is the template's, not the answer, when it stands after the same label more than once in the
report (a block per measure); bracketed text that reads as guidance ("[Skriv eit kort namn …]") is
too, wherever it stands. It is taken out, and a paragraph that is nothing but guidance goes."""

from __future__ import annotations

import re
from collections import Counter

from .content import is_instruction
from .model import Document, Paragraph, Table, cut

# an optional label (a few words and a colon), then the bracketed guidance
_GUIDED = re.compile(r"^(?P<label>[^\[\]:]{1,60}:\s*)?\[(?P<guide>[^\[\]]{1,240})\]\s*")


def _paragraphs(blocks, cell=None):
    """(paragraph, the cell it is in or None), tables in cells too."""
    for block in blocks:
        if isinstance(block, Paragraph):
            yield block, cell
        elif isinstance(block, Table):
            for c in block.cells:
                yield from _paragraphs(c.paragraphs, c)
                yield from _paragraphs(c.tables, c)


def _key(m: re.Match) -> tuple[str, str]:
    return " ".join((m.group("label") or "").split()).casefold(), " ".join(m.group("guide").split()).casefold()


def _guidance_under_labels(doc: Document) -> None:
    """A template's guidance under each label in a form's label cell ("Navn på tiltak" over "Skriv inn
    navnet på tiltaket …"): the label's cell holds the label only."""
    from .vocabulary import label_field

    for table in doc.tables():
        for cell in table.cells:
            ps = [p for p in cell.paragraphs if p.text.strip()]
            if len(ps) < 2 or label_field(ps[0].text.strip().rstrip(":"), colon=True) in (None, "other", "section"):
                continue
            kept = [ps[0]] + [p for p in ps[1:] if not is_instruction(p.text)]
            if len(kept) < len(ps):
                cell.paragraphs = kept
                cell.text = "\n".join(p.text for p in kept)


def without_guidance(doc: Document) -> Document:
    _guidance_under_labels(doc)
    found = [(p, cell, m) for p, cell in _paragraphs(doc.blocks) if (m := _GUIDED.match(p.text))]
    if not found:
        return doc
    repeated = Counter(_key(m) for *_, m in found)
    answered = {_key(m) for p, _, m in found if p.text[m.end():].strip()}  # ("Status: [Pågår]" each time: an answer)
    gone: set[int] = set()
    cells = {}
    for p, cell, m in found:
        # repeated after the same label, or guidance by its words ("[KV] [2.2]" alone are a measure's tags)
        if not (m.group("label") and repeated[_key(m)] >= 2 and _key(m) in answered or is_instruction(m.group("guide"))):
            continue
        cut(p, m.start("guide") - 1, m.end())
        if not p.text.strip() and not m.group("label"):
            gone.add(id(p))
        if cell is not None:
            cells[id(cell)] = cell
    if gone:
        doc.blocks = [b for b in doc.blocks if id(b) not in gone]
    for cell in cells.values():  # a cell's text is its paragraphs'
        cell.paragraphs = [p for p in cell.paragraphs if id(p) not in gone]
        cell.text = "\n".join(p.text for p in cell.paragraphs if p.text.strip())
    return doc

