"""Low-level python-docx helpers shared by the template modules."""
import os
import shutil
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor


def new_doc(landscape=False, font="Calibri", size=11, margin=2.0):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    for sname in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        try:
            doc.styles[sname].font.name = font
        except KeyError:
            pass
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margin))
    if landscape:
        set_landscape(sec)
    return doc


def set_landscape(sec):
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)


def new_section(doc, landscape):
    from docx.enum.section import WD_SECTION
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    if landscape:
        set_landscape(sec)
    else:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    return sec


def usable_width(sec):
    return sec.page_width - sec.left_margin - sec.right_margin


def _field(run, instr):
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def footer_page(sec, before="Side ", total=False, left_text=None, size=9):
    """Footer with page number (optionally 'av N') and optional left text."""
    sec.footer.is_linked_to_previous = False
    p = sec.footer.paragraphs[0]
    p.text = ""
    if left_text:
        r = p.add_run(left_text + "\t\t")
        r.font.size = Pt(size)
        p.paragraph_format.tab_stops.add_tab_stop(usable_width(sec), WD_TAB_ALIGNMENT.RIGHT)
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(before)
    r.font.size = Pt(size)
    r = p.add_run()
    r.font.size = Pt(size)
    _field(r, "PAGE")
    if total:
        r = p.add_run(" av ")
        r.font.size = Pt(size)
        r = p.add_run()
        r.font.size = Pt(size)
        _field(r, "NUMPAGES")


def header_text(sec, text, right=None, size=9):
    sec.header.is_linked_to_previous = False
    p = sec.header.paragraphs[0]
    p.text = ""
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    if right:
        p.paragraph_format.tab_stops.add_tab_stop(usable_width(sec), WD_TAB_ALIGNMENT.RIGHT)
        r = p.add_run("\t" + right)
        r.font.size = Pt(size)
        r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)


def para(doc_or_cell, text="", bold=False, italic=False, size=None, style=None, align=None,
         space_after=None, color=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def label_para(doc, label, value, size=None, sep=" "):
    p = doc.add_paragraph()
    r = p.add_run(label + sep if value else label)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    if value:
        r2 = p.add_run(value)
        if size:
            r2.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(2)
    return p


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def shade(cell, hexcolor="D9D9D9"):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcpr.append(shd)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def no_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def set_cell(cell, text, bold=False, size=None, italic=False):
    """Write text into a cell; '\n' makes new paragraphs."""
    parts = str(text).split("\n")
    cell.paragraphs[0].text = ""
    for i, part in enumerate(parts):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(0)
    return cell


def table(doc, headers, rows, widths_cm, size=9, head_fill="D9D9D9", style="Table Grid",
          repeat=True, head_bold=True):
    ncol = len(widths_cm)
    t = doc.add_table(rows=0, cols=ncol)
    if style:
        t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    if headers:
        hr = t.add_row()
        for i, h in enumerate(headers):
            set_cell(hr.cells[i], h, bold=head_bold, size=size)
            if head_fill:
                shade(hr.cells[i], head_fill)
        if repeat:
            repeat_header(hr)
    for row in rows:
        rr = t.add_row()
        for i, v in enumerate(row):
            set_cell(rr.cells[i], v, size=size)
    set_widths(t, widths_cm)
    return t


def set_widths(t, widths_cm):
    for row in t.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)
    grid = t._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(widths_cm):
            gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))


def toc(doc, entries, width_cm=16.0):
    """Typed table of contents: entries = [(text, page, level)]."""
    for text, page, level in entries:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.6 * level)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(width_cm), WD_TAB_ALIGNMENT.RIGHT,
                                                  WD_TAB_LEADER.DOTS)
        p.add_run(f"{text}\t{page}")
        p.paragraph_format.space_after = Pt(2)


def save(doc, fname, outdir, tmpdir):
    """Save .docx directly, or via LibreOffice to .pdf."""
    if fname.endswith(".docx"):
        doc.save(os.path.join(outdir, fname))
        return
    base = fname[:-4]
    src = os.path.join(tmpdir, base + ".docx")
    doc.save(src)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmpdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(os.path.join(tmpdir, base + ".pdf"), os.path.join(outdir, fname))
