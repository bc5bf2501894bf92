"""Small helpers around python-docx: borders, shading, headers, footnotes."""
import copy

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def new_doc(font="Calibri", size=10.5, landscape=False, margins_cm=2.2):
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
    for h in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        hs = doc.styles[h]
        hs.font.name = font
        hr = hs.element.get_or_add_rPr()
        rf = hr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            hr.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rf.set(qn(a), font)
        for t in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if rf.get(qn(t)) is not None:
                del rf.attrib[qn(t)]
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    if landscape:
        set_landscape(sec)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margins_cm))
    doc._footnotes = []
    return doc


def set_landscape(sec):
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)


def heading_color(doc, name, rgb):
    doc.styles[name].font.color.rgb = RGBColor.from_string(rgb)


def para(container, text="", bold=False, italic=False, size=None, style=None, align=None,
         after=None, before=None, color=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        add_run(p, text, bold=bold, italic=italic, size=size, color=color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    return p


def add_run(p, text, bold=False, italic=False, size=None, color=None, superscript=False):
    r = p.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if superscript:
        r.font.superscript = True
    return r


def cell_text(cell, text, bold=False, italic=False, size=None, color=None, align=None):
    """Write text into the (empty) first paragraph of a cell."""
    p = cell.paragraphs[0]
    if text:
        add_run(p, text, bold=bold, italic=italic, size=size, color=color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _border_el(tag, spec):
    el = OxmlElement(tag)
    if spec is None:
        el.set(qn("w:val"), "nil")
    else:
        sz, color = spec
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), color)
    return el


def table_borders(table, top=(4, "000000"), bottom=(4, "000000"), left=(4, "000000"),
                  right=(4, "000000"), insideH=(4, "000000"), insideV=(4, "000000")):
    tblPr = table._tbl.tblPr
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    b = OxmlElement("w:tblBorders")
    for name, spec in (("top", top), ("left", left), ("bottom", bottom), ("right", right),
                       ("insideH", insideH), ("insideV", insideV)):
        b.append(_border_el("w:" + name, spec))
    tblPr.append(b)


def cell_borders(cell, **specs):
    tcPr = cell._tc.get_or_add_tcPr()
    old = tcPr.find(qn("w:tcBorders"))
    if old is not None:
        tcPr.remove(old)
    b = OxmlElement("w:tcBorders")
    for name in ("top", "left", "bottom", "right"):
        if name in specs:
            b.append(_border_el("w:" + name, specs[name]))
    tcPr.append(b)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def col_widths(table, widths_cm):
    table.autofit = False
    for tr in table._tbl.tr_lst:
        col = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            w = sum(widths_cm[col:col + span])
            tcPr = tc.get_or_add_tcPr()
            tcW = tcPr.get_or_add_tcW()
            tcW.set(qn("w:type"), "dxa")
            tcW.set(qn("w:w"), str(int(w * 567)))
            col += span
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(widths_cm):
            gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))


def cell_margins(table, top=40, bottom=40, left=80, right=80):
    tblPr = table._tbl.tblPr
    m = OxmlElement("w:tblCellMar")
    for name, v in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        el = OxmlElement("w:" + name)
        el.set(qn("w:w"), str(v))
        el.set(qn("w:type"), "dxa")
        m.append(el)
    tblPr.append(m)


def _field(p, instr, placeholder="1"):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = placeholder
    r.append(t)
    fld.append(r)
    p._p.append(fld)


def header_footer(section, header=None, footer=None, page_numbers=True, size=8, page_prefix="Side "):
    if header:
        hp = section.header.paragraphs[0]
        add_run(hp, header, size=size, color="555555")
    fp = section.footer.paragraphs[0]
    if footer:
        add_run(fp, footer + ("    " if page_numbers else ""), size=size, color="555555")
    if page_numbers:
        add_run(fp, page_prefix, size=size, color="555555")
        _field(fp, "PAGE")
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def page_break(doc):
    from docx.enum.text import WD_BREAK
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def footnote(doc, p, text):
    """Append a real Word footnote reference to paragraph p."""
    fid = len(doc._footnotes) + 1
    doc._footnotes.append((fid, text))
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    r.append(rpr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(fid))
    r.append(ref)
    p._p.append(r)


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def save(doc, path):
    if doc._footnotes:
        parts = [f'<w:footnotes xmlns:w="{W_NS}">',
                 '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
                 '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
        for fid, text in doc._footnotes:
            parts.append(
                f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
                f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {_esc(text)}</w:t></w:r></w:p></w:footnote>')
        parts.append("</w:footnotes>")
        blob = "".join(parts).encode("utf-8")
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    blob, doc.part.package)
        doc.part.relate_to(part, RT.FOOTNOTES)
    core = doc.core_properties
    core.author = core.author or "Sekretariatet"
    doc.save(path)


def static_toc(doc, entries, title="Innhold", size=10.5):
    """A table of contents as Word shows it after 'Oppdater felt' (static text, tab leader)."""
    para(doc, title, bold=True, size=14, after=6)
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    for text, page, level in entries:
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.paragraph_format.left_indent = Cm(0.6 * level)
        p.paragraph_format.space_after = Pt(2)
        add_run(p, f"{text}\t{page}", size=size)
