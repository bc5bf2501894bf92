"""python-docx helpers shared by the Word templates."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor


def new_doc(font="Calibri", size=11, landscape=False, margin=2.0, heading_font=None, heading_color=None):
    d = Document()
    for name in ["Normal"] + [f"Heading {i}" for i in (1, 2, 3)] + ["Title", "List Bullet", "List Bullet 2"]:
        st = d.styles[name]
        st.font.name = heading_font if (heading_font and name.startswith(("Heading", "Title"))) else font
        rpr = st.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            rf.set(qn(a), st.font.name)
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if rf.get(qn(a)) is not None:
                del rf.attrib[qn(a)]
        if heading_color and name.startswith(("Heading", "Title")):
            st.font.color.rgb = RGBColor.from_string(heading_color)
    d.styles["Normal"].font.size = Pt(size)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margin))
    return d


def text_width_cm(doc):
    s = doc.sections[0]
    return (s.page_width - s.left_margin - s.right_margin) / 360000


def para(doc_or_cell, text="", bold=False, italic=False, size=None, style=None, align=None, space_after=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(p, parts, size=None):
    """parts: list of (text, bold) tuples appended to paragraph p."""
    for text, bold in parts:
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
    return p


def set_cell(cell, text, bold=False, size=None, italic=False, label=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        if label and i == 0:
            r = p.add_run(label)
            r.bold = True
            if size:
                r.font.size = Pt(size)
        r = p.add_run(line)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    return cell


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _row_flag(row, tag):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement(tag)
    el.set(qn("w:val"), "true")
    trPr.append(el)


def repeat_header(row):
    _row_flag(row, "w:tblHeader")


def cant_split(row):
    _row_flag(row, "w:cantSplit")


def col_widths(table, widths_cm):
    """Set grid column widths and every cell's width (merged cells get the sum of their span)."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for tr in table._tbl.tr_lst:
        col = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            w = sum(widths_cm[col:col + span])
            tcPr = tc.get_or_add_tcPr()
            tcW = tcPr.find(qn("w:tcW"))
            if tcW is None:
                tcW = OxmlElement("w:tcW")
                tcPr.insert(0, tcW)
            tcW.set(qn("w:w"), str(int(w * 567)))
            tcW.set(qn("w:type"), "dxa")
            col += span


def add_field(p, instr, size=None):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    if size:
        rpr = OxmlElement("w:rPr")
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), str(int(size * 2)))
        rpr.append(sz)
        r.append(rpr)
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    p._p.append(fld)


def footer_pages(doc, left_text, size=8, of_total=True):
    p = doc.sections[0].footer.paragraphs[0]
    p.text = ""
    runs(p, [(left_text + "    Side ", False)], size=size)
    add_field(p, "PAGE", size)
    if of_total:
        runs(p, [(" av ", False)], size=size)
        add_field(p, "NUMPAGES", size)


def header_text(doc, text, size=8, align_right=True):
    p = doc.sections[0].header.paragraphs[0]
    p.text = ""
    runs(p, [(text, False)], size=size)
    if align_right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def bottom_rule(p):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "999999")):
        b.set(qn(k), v)
    bdr.append(b)
    pPr.append(bdr)


def join_codes(codes, word="og"):
    if not codes:
        return ""
    if len(codes) == 1:
        return codes[0]
    return ", ".join(codes[:-1]) + f" {word} " + codes[-1]
