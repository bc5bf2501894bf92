"""`tiltak inspect FILE`: what tiltak sees in one report, step by step.

1. the document model (blocks with page, style, list number, indent and run-in lead; tables with
   their cells; running headers and footers removed);
2. the item stream the section parser reads (headings, labelled fields, form tables, text);
3. every layout's fit with its reasons, and the measures the best one reads.
"""

from __future__ import annotations

from pathlib import Path

from .layouts import assess_all
from .layouts.segments import items
from .model import Document, Paragraph, Table
from .settings import SETTINGS


def _short(text: str, width: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _flags(p: Paragraph) -> str:
    flags = []
    if p.heading_level:
        flags.append(f"H{p.heading_level}")
    if p.style and not p.heading_level and p.style.lower() not in ("normal", "default paragraph font"):
        flags.append(p.style)
    if p.bold:
        flags.append("bold")
    if p.italic:
        flags.append("italic")
    if p.list_label:
        flags.append(f"list {p.list_label}")
    if p.indent:
        flags.append(f"indent {p.indent:g}")
    if p.lead and p.lead != p.text:
        flags.append(f"lead «{_short(p.lead, 30)}»")
    return ", ".join(flags)


def _page(p: int | None, end: int | None = None) -> str:
    if p is None:
        return "    "
    return f"p{p}" + (f"-{end}" if end and end != p else "")


def model_lines(doc: Document, width: int = 100) -> list[str]:
    out = [f"{doc.path}: {doc.format}, {doc.pages or '?'} pages, {len(doc.blocks)} blocks"]
    if doc.metadata:
        out.append("  properties: " + ", ".join(f"{k}={_short(v, 40)}" for k, v in doc.metadata.items()))
    if doc.headers:
        out.append("  running headers (removed): " + " | ".join(_short(h, 40) for h in doc.headers[:6]))
    if doc.footers:
        out.append("  running footers (removed): " + " | ".join(_short(f, 40) for f in doc.footers[:6]))
    for bi, block in enumerate(doc.blocks):
        out.extend(_block_lines(block, f"{bi + 1:>3}", width, "  "))
    return out


def _block_lines(block, number: str, width: int, indent: str) -> list[str]:
    if isinstance(block, Paragraph):
        flags = _flags(block)
        return [f"{indent}{number} {_page(block.page, block.page_end):6} ¶ {_short(block.display, width)}"
                + (f"   [{flags}]" if flags else "")]
    table: Table = block
    out = [f"{indent}{number} {_page(table.page, table.page_end):6} table {table.n_rows}×{table.n_cols}"
           + ("" if table.ruled else ", unruled")]
    for r in range(table.n_rows):
        cells = table.row_cells(r)
        texts = [_short(c.text, max(12, width // max(1, len(cells)))) + (f" ⟨{c.row_span}r⟩" if c.row_span > 1 else "")
                 for c in cells]
        out.append(f"{indent}      row {r + 1}: " + " | ".join(texts))
        for c in cells:
            for ti, inner in enumerate(c.tables):
                if c.row == r:
                    out.extend(_block_lines(inner, f"nested {ti + 1} in col {c.col + 1}:", width, indent + "      "))
    return out


def item_lines(doc: Document, width: int = 100) -> list[str]:
    out = []
    for it in items(doc):
        if it.kind == "field":
            what = f"field {it.field or '?'} ({it.how}{', label «' + _short(it.label, 30) + '»' if it.label else ''})"
        elif it.kind == "head":
            what = ("section heading" if it.section else "marker heading" if it.marker else "heading") + \
                   f" ({it.how}{', ' + it.label if it.label else ''})"
        elif it.kind == "form":
            what = "form table" + (" with a name row" if it.form_has_title else " without a name row")
        else:
            what = "text"
        out.append(f"  {_page(it.page, it.page_end):6} {what:44} {_short(it.text, width - 50)}")
    return out


def fit_lines(doc: Document, width: int = 100) -> list[str]:
    out = []
    ranked = assess_all(doc)
    for layout, fit in ranked:
        out.append(f"  {layout.name:16} {fit.score:.2f}")
        for reason in fit.reasons:
            out.append(f"      {_short(reason, width)}")
    best, fit = ranked[0]
    if fit.score < SETTINGS.layouts.min_fit:
        out.append(f"  no layout fits (best {fit.score:.2f} < {SETTINGS.layouts.min_fit}): the file would be reported "
                   "as 'no known layout'")
        return out
    parsed = best.parse(doc)
    out.append(f"  -> {parsed.layout or best.name}: {len(parsed.measures)} measures")
    for m in parsed.measures:
        out.append(f"   {m.index:>3}. {_short(m.title, width - 8) or '(no title)'}")
        details = [f"{k}={_short(v, 40)}" for k, v in (("goal", m.goal_text), ("type", m.type_text),
                                                         ("responsible", m.responsible_text),
                                                         ("partners", m.partners_text), ("period", m.period_text)) if v]
        out.append(f"        {_page(m.provenance.page, m.provenance.page_end)} {m.provenance.locator}; "
                   + ("; ".join(details) or "no fields"))
        for note in m.notes:
            out.append(f"        ! {_short(note, width)}")
    for check in parsed.self_checks:
        out.append(f"  self-check {check.check}: printed {check.printed}, parsed {check.parsed}"
                   + ("" if check.ok else "  DISAGREES"))
    return out


def inspect(path: str | Path, *, width: int = 100, sections: tuple[str, ...] = ("model", "items", "fits")) -> str:
    from .file import read_document

    doc = read_document(path)
    out: list[str] = []
    if "model" in sections:
        out += ["== Document model"] + model_lines(doc, width) + [""]
    if "items" in sections:
        out += ["== Items (what the section parser reads)"] + item_lines(doc, width) + [""]
    if "fits" in sections:
        out += ["== Layouts (best first)"] + fit_lines(doc, width)
    return "\n".join(out)
