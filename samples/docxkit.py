"""Small helpers for writing realistic Word files with python-docx, for the sample generator.

Generator-only: automatic list numbering (numbering definitions and instances), page fields
in headers and footers, merged table cells, repeated header rows, and rendering to PDF with
LibreOffice the way Word would print the file.
"""

from __future__ import annotations

import copy
import re
import datetime as dt
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

FIXED_TIME = dt.datetime(2019, 3, 1, 12, 0, 0)


def new_document(font: str = "Calibri", size: float = 11, margins_cm: float = 2.5, author: str = ""):
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = font
    style.font.size = Pt(size)
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), font)
    style.paragraph_format.space_after = Pt(6)
    for section in document.sections:
        section.left_margin = section.right_margin = Cm(margins_cm)
        section.top_margin = section.bottom_margin = Cm(margins_cm)
    core = document.core_properties
    core.author = author
    core.last_modified_by = author
    core.created = core.modified = FIXED_TIME
    core.revision = 1
    return document


class Numbering:
    """Adds abstract numbering definitions and list instances to a document."""

    def __init__(self, document):
        self.part = document.part.numbering_part
        self.root = self.part.element
        self._next_abstract = 100 + len(self.root.findall(qn("w:abstractNum")))
        self._next_num = 100 + len(self.root.findall(qn("w:num")))

    def abstract(self, fmt: str = "decimal", text: str = "%1.", indent_twips: int = 360, hanging: int = 360) -> int:
        aid = self._next_abstract
        self._next_abstract += 1
        absn = OxmlElement("w:abstractNum")
        absn.set(qn("w:abstractNumId"), str(aid))
        mlt = OxmlElement("w:multiLevelType")
        mlt.set(qn("w:val"), "hybridMultilevel")
        absn.append(mlt)
        for ilvl in range(3):
            lvl = OxmlElement("w:lvl")
            lvl.set(qn("w:ilvl"), str(ilvl))
            for tag, val in (("w:start", "1"), ("w:numFmt", fmt if ilvl == 0 else "lowerLetter"),
                             ("w:lvlText", text if ilvl == 0 else f"%{ilvl + 1})"), ("w:lvlJc", "left")):
                el = OxmlElement(tag)
                el.set(qn("w:val"), val)
                lvl.append(el)
            ppr = OxmlElement("w:pPr")
            ind = OxmlElement("w:ind")
            ind.set(qn("w:left"), str(indent_twips * (ilvl + 1)))
            ind.set(qn("w:hanging"), str(hanging))
            ppr.append(ind)
            lvl.append(ppr)
            absn.append(lvl)
        first_num = self.root.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(absn)
        else:
            self.root.append(absn)
        return aid

    def instance(self, abstract_id: int, restart_at: int | None = None) -> int:
        nid = self._next_num
        self._next_num += 1
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(nid))
        ab = OxmlElement("w:abstractNumId")
        ab.set(qn("w:val"), str(abstract_id))
        num.append(ab)
        if restart_at is not None:
            ov = OxmlElement("w:lvlOverride")
            ov.set(qn("w:ilvl"), "0")
            so = OxmlElement("w:startOverride")
            so.set(qn("w:val"), str(restart_at))
            ov.append(so)
            num.append(ov)
        self.root.append(num)
        return nid


def number(paragraph, num_id: int, ilvl: int = 0):
    ppr = paragraph._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    lvl = OxmlElement("w:ilvl")
    lvl.set(qn("w:val"), str(ilvl))
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numpr.append(lvl)
    numpr.append(nid)
    ppr.insert(0, numpr) if ppr.find(qn("w:pStyle")) is None else ppr.find(qn("w:pStyle")).addnext(numpr)
    return paragraph


def paragraph(document_or_cell, text: str = "", bold: bool = False, italic: bool = False, size: float | None = None,
              style: str | None = None, indent_cm: float | None = None, space_after: float | None = None):
    p = document_or_cell.add_paragraph(style=style)
    if text:
        run = p.add_run(text)
        run.bold = bold or None
        run.italic = italic or None
        if size:
            run.font.size = Pt(size)
    if indent_cm is not None:
        p.paragraph_format.left_indent = Cm(indent_cm)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def page_break(document) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _field(paragraph, instr: str, placeholder: str = "1") -> None:
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run._r.append(begin)
    run = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    run._r.append(it)
    run = paragraph.add_run()
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run._r.append(sep)
    paragraph.add_run(placeholder)
    run = paragraph.add_run()
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(end)


def header_footer(document, header: str | None = None, footer: str | None = None, size: float = 9) -> None:
    """Header text, and a footer where {PAGE} and {NUMPAGES} become page fields."""
    section = document.sections[0]
    if header:
        p = section.header.paragraphs[0]
        p.add_run(header).font.size = Pt(size)
    if footer:
        p = section.footer.paragraphs[0]
        rest = footer
        while rest:
            head, sep, rest = rest.partition("{")
            if head:
                p.add_run(head).font.size = Pt(size)
            if sep:
                name, _, rest = rest.partition("}")
                _field(p, name)


def set_cell_text(cell, text: str, bold: bool = False, size: float | None = None, space_after: float = 0) -> None:
    cell.text = ""
    first = True
    for part in text.split("\n"):
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        run = p.add_run(part)
        run.bold = bold or None
        if size:
            run.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(space_after)


def repeat_header(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def borders(table, on: bool = True) -> None:
    tblpr = table._tbl.tblPr
    existing = tblpr.find(qn("w:tblBorders"))
    if existing is not None:
        tblpr.remove(existing)
    el = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement(f"w:{side}")
        b.set(qn("w:val"), "single" if on else "nil")
        if on:
            b.set(qn("w:sz"), "4")
            b.set(qn("w:space"), "0")
            b.set(qn("w:color"), "000000")
        el.append(b)
    tblpr.append(el)


def column_widths(table, widths_cm: list[float]) -> None:
    """Widths in the table grid (which LibreOffice reads) and on every cell (which Word reads)."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for col, width in zip(grid.findall(qn("w:gridCol")), widths_cm):
        col.set(qn("w:w"), str(int(Cm(width).twips)))
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm):
            cell.width = Cm(width)


def save_reproducibly(document, path: Path) -> None:
    """Save with fixed zip timestamps, so regenerating unchanged content gives the same bytes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw.docx"
        document.save(raw)
        with zipfile.ZipFile(raw) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
            for info in src.infolist():
                fixed = copy.copy(info)
                fixed.date_time = FIXED_TIME.timetuple()[:6]
                data = src.read(info.filename)
                if info.filename == "docProps/core.xml":  # openpyxl stamps the time of saving here
                    data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode(), data)
                dst.writestr(fixed, data, compress_type=zipfile.ZIP_DEFLATED)


def render_pdf(docx_path: Path, pdf_path: Path) -> None:
    """Render with LibreOffice (generator only; tiltak itself never needs it)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit("LibreOffice is needed to render the PDF samples: apt-get install libreoffice-writer-nogui")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp}/profile", "--convert-to", "pdf",
                        "--outdir", tmp, str(docx_path)], check=True, capture_output=True, timeout=300)
        produced = Path(tmp) / (docx_path.stem + ".pdf")
        pdf_path.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(produced, pdf_path)
