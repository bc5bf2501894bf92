# -*- coding: utf-8 -*-
"""python-docx helpers for match43: page setup, fields, tables (borders, shading, merges, repeated headers),
restartable automatic numbering and real footnotes (footnotes.xml part)."""
import copy
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Pt, Cm, RGBColor, Emu
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.opc.part import Part
from docx.opc.packuri import PackURI
from docx.opc.constants import RELATIONSHIP_TYPE as RT

GREY = RGBColor(0x66, 0x66, 0x66)


def new_doc(font="Calibri", size=11, landscape=False, margins_cm=2.2, lang="nb-NO"):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), font)
    lg = OxmlElement("w:lang")
    lg.set(qn("w:val"), lang)
    rpr.append(lg)
    for hn in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        h = d.styles[hn]
        h.font.name = font
        hr = h.element.get_or_add_rPr()
        f = hr.find(qn("w:rFonts"))
        if f is None:
            f = OxmlElement("w:rFonts")
            hr.append(f)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            f.set(qn(a), font)
        for t in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if f.get(qn(t)) is not None:
                del f.attrib[qn(t)]
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margins_cm))
    return d


def usable_width(d):
    s = d.sections[0]
    return s.page_width - s.left_margin - s.right_margin


def add_field(paragraph, instr, placeholder="1", **fmt):
    """Insert a complex field (PAGE, NUMPAGES, DATE …) with a cached result."""
    def r(xml):
        run = paragraph.add_run()
        run._r.append(parse_xml(xml))
        _fmt(run, **fmt)
        return run
    r('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w"))
    r('<w:instrText %s xml:space="preserve"> %s </w:instrText>' % (nsdecls("w"), instr))
    r('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w"))
    run = paragraph.add_run(placeholder)
    _fmt(run, **fmt)
    r('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w"))


def _fmt(run, bold=None, italic=None, size=None, color=None, font=None, caps=None, underline=None, superscript=None):
    if bold is not None:
        run.bold = bold
    if italic is not None:
        run.italic = italic
    if size is not None:
        run.font.size = Pt(size)
    if color is not None:
        run.font.color.rgb = color if isinstance(color, RGBColor) else RGBColor.from_string(color)
    if font is not None:
        run.font.name = font
    if caps is not None:
        run.font.all_caps = caps
    if underline is not None:
        run.underline = underline
    if superscript:
        run.font.superscript = True
    return run


def run(p, text, **fmt):
    return _fmt(p.add_run(text), **fmt)


def para(container, text="", style=None, align=None, before=None, after=None, left=None, first=None, keep=False, **fmt):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        run(p, text, **fmt)
    pf = p.paragraph_format
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if before is not None:
        pf.space_before = Pt(before)
    if after is not None:
        pf.space_after = Pt(after)
    if left is not None:
        pf.left_indent = Cm(left)
    if first is not None:
        pf.first_line_indent = Cm(first)
    if keep:
        pf.keep_with_next = True
    return p


def soft_break(p):
    p.add_run().add_break(WD_BREAK.LINE)


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def header_footer(d, header_parts=None, footer_parts=None):
    """header_parts / footer_parts: list of paragraphs; each paragraph a list of items (text, fmt) or ('FIELD', instr, fmt),
    with optional alignment as first element string 'left'/'center'/'right'."""
    sec = d.sections[0]
    for parts, hf in ((header_parts, sec.header), (footer_parts, sec.footer)):
        if not parts:
            continue
        first = True
        for pdef in parts:
            p = hf.paragraphs[0] if first else hf.add_paragraph()
            first = False
            items = list(pdef)
            if items and isinstance(items[0], str) and items[0] in ("left", "center", "right"):
                al = items.pop(0)
                p.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
                               "right": WD_ALIGN_PARAGRAPH.RIGHT}[al]
            for it in items:
                if it[0] == "FIELD":
                    add_field(p, it[1], it[2] if len(it) > 2 else "1", **(it[3] if len(it) > 3 else {}))
                elif it[0] == "TAB":
                    p.add_run("\t")
                else:
                    run(p, it[0], **(it[1] if len(it) > 1 else {}))


# ------------------------------------------------------------------ tables
def table(container, nrows, ncols, widths_cm=None, style="Table Grid", align_left=True):
    t = container.add_table(rows=nrows, cols=ncols)
    if style:
        t.style = style
    t.autofit = False
    if widths_cm:
        set_widths(t, widths_cm)
    return t


def set_widths(t, widths_cm):
    tbl = t._tbl
    grid = tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(widths_cm):
            gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))
    for row in t.rows:
        for i, c in enumerate(row.cells):
            if i < len(widths_cm):
                c.width = Cm(widths_cm[i])


def cell_text(cell, text="", **fmt):
    """Replace the content of a cell by one paragraph with text."""
    p = cell.paragraphs[0]
    for r_ in list(p.runs):
        r_._r.getparent().remove(r_._r)
    if text:
        run(p, text, **fmt)
    return p


def cell_para(cell, text="", **fmt):
    """Append a paragraph to a cell (reusing the first empty one)."""
    p0 = cell.paragraphs[0]
    if len(cell.paragraphs) == 1 and not p0.text and not p0.runs:
        p = p0
    else:
        p = cell.add_paragraph()
    if text:
        run(p, text, **fmt)
    return p


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    shd = parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), hex_fill))
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(OxmlElement("w:cantSplit"))



TBLPR_ORDER = ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize", "tblW", "jc",
               "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption",
               "tblDescription"]


def _tblpr_put(tblPr, el):
    """Insert el into tblPr at its schema position (Word is strict about the order)."""
    name = el.tag.split("}")[1]
    for old in tblPr.findall(qn("w:" + name)):
        tblPr.remove(old)
    idx = TBLPR_ORDER.index(name)
    for child in tblPr.iterchildren():
        cn = child.tag.split("}")[1]
        if cn in TBLPR_ORDER and TBLPR_ORDER.index(cn) > idx:
            child.addprevious(el)
            return
    tblPr.append(el)

def no_borders(t):
    tblPr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    _tblpr_put(tblPr, b)


def borders(t, sides=("top", "left", "bottom", "right", "insideH", "insideV"), sz=4, color="999999"):
    tblPr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        if side in sides:
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:color"), color)
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    _tblpr_put(tblPr, b)


def cell_margins(t, top=40, bottom=40, left=80, right=80):
    tblPr = t._tbl.tblPr
    m = OxmlElement("w:tblCellMar")
    for side, v in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        e = OxmlElement("w:" + side)
        e.set(qn("w:w"), str(v))
        e.set(qn("w:type"), "dxa")
        m.append(e)
    _tblpr_put(tblPr, m)


def vmerge(cells):
    """Vertically merge a list of cells (top to bottom) with raw w:vMerge (restart / continue)."""
    for i, c in enumerate(cells):
        tcPr = c._tc.get_or_add_tcPr()
        vm = OxmlElement("w:vMerge")
        if i == 0:
            vm.set(qn("w:val"), "restart")
        tcPr.append(vm)


def hmerge_row(row):
    """Merge all cells of a row into one (gridSpan)."""
    a = row.cells[0]
    b = row.cells[-1]
    return a.merge(b)


def keep_table_together(t):
    for row in t.rows:
        for c in row.cells:
            for p in c.paragraphs:
                p.paragraph_format.keep_with_next = True


# ------------------------------------------------------------------ numbering
def numbered_list_nums(d, n_instances, fmt="decimal", text="%1.", indent_cm=0.75, bold=False):
    """Create one abstractNum and n w:num instances (each restarting at 1). Returns list of numIds."""
    numbering = d.part.numbering_part.element
    absids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    aid = max(absids + [0]) + 1
    ind = int(indent_cm * 567)
    xml = ('<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="hybridMultilevel"/>'
           '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
           '<w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr>%s</w:lvl></w:abstractNum>'
           % (nsdecls("w"), aid, fmt, text, ind, ind, "<w:rPr><w:b/></w:rPr>" if bold else ""))
    absel = parse_xml(xml)
    # abstractNums must precede nums
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absel)
    else:
        numbering.append(absel)
    numids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    out = []
    nid = max(numids + [0])
    for _ in range(n_instances):
        nid += 1
        numel = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/>'
                          '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
                          % (nsdecls("w"), nid, aid))
        numbering.append(numel)
        out.append(nid)
    return out


def set_num(p, numid, ilvl=0):
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(numid))
    numPr.append(il)
    numPr.append(ni)
    pPr.insert(0, numPr) if pPr.find(qn("w:pStyle")) is None else pPr.find(qn("w:pStyle")).addnext(numPr)


# ------------------------------------------------------------------ footnotes
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


class Footnotes:
    """Adds a real footnotes.xml part; add(paragraph, text) inserts a reference mark and the note."""

    def __init__(self, d):
        self.d = d
        self.el = parse_xml(
            '<w:footnotes %s>'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
            '</w:footnotes>' % nsdecls("w"))
        self.n = 0

    def add(self, paragraph, text):
        self.n += 1
        r = paragraph.add_run()
        r._r.append(parse_xml('<w:rPr %s><w:vertAlign w:val="superscript"/></w:rPr>' % nsdecls("w")))
        r._r.append(parse_xml('<w:footnoteReference %s w:id="%d"/>' % (nsdecls("w"), self.n)))
        from xml.sax.saxutils import escape
        self.el.append(parse_xml(
            '<w:footnote %s w:id="%d"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
            '<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>'
            % (nsdecls("w"), self.n, escape(text))))

    def finish(self):
        from lxml import etree
        blob = etree.tostring(self.el, xml_declaration=True, encoding="UTF-8", standalone=True)
        part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, blob, self.d.part.package)
        self.d.part.relate_to(part, RT.FOOTNOTES)
        settings = self.d.settings.element
        fp = parse_xml('<w:footnotePr %s><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>' % nsdecls("w"))
        compat = settings.find(qn("w:compat"))
        if compat is not None:
            compat.addprevious(fp)
        else:
            settings.append(fp)


def core(d, title, author, year):
    import datetime
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = datetime.datetime(year if year < 2027 else 2026, 12, 1, 9, 0, 0)
    cp.modified = cp.created
    cp.revision = 3
