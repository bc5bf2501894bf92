# -*- coding: utf-8 -*-
"""Low-level Word helpers: tracked changes, numbering, fields, sections, hyperlinks, bookmarks."""
import copy, itertools
from docx import Document
from docx.shared import Pt, RGBColor, Cm, Emu
from docx.enum.section import WD_SECTION, WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement, parse_xml
from docx.opc.constants import RELATIONSHIP_TYPE as RT

WNS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_ids = itertools.count(100)
DATE = "2019-02-14T10:12:00Z"

def new_doc(font="Calibri", size=11):
    d = Document()
    st = d.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    s = d.sections[0]; s.page_width, s.page_height = Cm(21), Cm(29.7)   # A4, as Norwegian offices use
    s.left_margin = s.right_margin = Cm(2.2)
    return d

def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def run_xml(text, kind="n", bold=False, hidden=False):
    rpr = ""
    if bold or hidden:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + ("<w:vanish/>" if hidden else "") + "</w:rPr>"
    if kind == "del":
        return f'<w:r {WNS}>{rpr}<w:delText xml:space="preserve">{esc(text)}</w:delText></w:r>'
    return f'<w:r {WNS}>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'

def add_parts(p, parts, author="Kari Nordmann", date=DATE, bold=False):
    """parts: list of (kind, text), kind in n/ins/del. Appends to python-docx paragraph p."""
    for kind, text in parts:
        r = parse_xml(run_xml(text, "del" if kind == "del" else "n", bold=bold))
        if kind == "n":
            p._p.append(r)
        else:
            tag = "ins" if kind == "ins" else "del"
            w = parse_xml(f'<w:{tag} {WNS} w:id="{next(_ids)}" w:author="{author}" w:date="{date}"/>')
            w.append(r); p._p.append(w)
    return p

def mark_para(p, kind, author="Kari Nordmann", date=DATE):
    """Mark the paragraph mark itself as inserted/deleted."""
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = OxmlElement("w:rPr"); pPr.append(rPr)
    rPr.append(parse_xml(f'<w:{kind} {WNS} w:id="{next(_ids)}" w:author="{author}" w:date="{date}"/>'))

def mark_row(row, kind, author="Kari Nordmann", date=DATE):
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:{kind} {WNS} w:id="{next(_ids)}" w:author="{author}" w:date="{date}"/>'))

def cell_parts(cell, parts, **kw):
    p = cell.paragraphs[0]
    add_parts(p, parts, **kw)
    return p

# ---- numbering
def new_list(doc, numfmt, lvltext, indent=720, hanging=360, bold=False):
    numbering = doc.part.numbering_part.element
    absid = 900 + len(numbering.findall(qn("w:abstractNum")))
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    a = parse_xml(f'<w:abstractNum {WNS} w:abstractNumId="{absid}"><w:multiLevelType w:val="singleLevel"/>'
                  f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{numfmt}"/><w:lvlText w:val="{esc(lvltext)}"/>'
                  f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{indent}" w:hanging="{hanging}"/></w:pPr>{rpr}</w:lvl></w:abstractNum>')
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(a)
    else:
        numbering.append(a)
    return _add_num(numbering, absid, restart=False)

def _add_num(numbering, absid, restart):
    numid = 500 + len(numbering.findall(qn("w:num")))
    ov = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' if restart else ""
    numbering.append(parse_xml(f'<w:num {WNS} w:numId="{numid}"><w:abstractNumId w:val="{absid}"/>{ov}</w:num>'))
    return (absid, numid)

def restart_list(doc, lst):
    return _add_num(doc.part.numbering_part.element, lst[0], restart=True)

def set_num(p, lst):
    pPr = p._p.get_or_add_pPr()
    pPr.insert(0, parse_xml(f'<w:numPr {WNS}><w:ilvl w:val="0"/><w:numId w:val="{lst[1]}"/></w:numPr>'))

# ---- fields
def add_field(p, instr, result, bold=False):
    b = "<w:rPr><w:b/></w:rPr>" if bold else ""
    for x in (f'<w:r {WNS}>{b}<w:fldChar w:fldCharType="begin"/></w:r>',
              f'<w:r {WNS}>{b}<w:instrText xml:space="preserve"> {esc(instr)} </w:instrText></w:r>',
              f'<w:r {WNS}>{b}<w:fldChar w:fldCharType="separate"/></w:r>',
              f'<w:r {WNS}>{b}<w:t xml:space="preserve">{esc(result)}</w:t></w:r>',
              f'<w:r {WNS}>{b}<w:fldChar w:fldCharType="end"/></w:r>'):
        p._p.append(parse_xml(x))

def add_toc(doc, entries, title="Innhold"):
    """entries: list of (text, page). Real TOC field with cached result."""
    h = doc.add_paragraph(); r = h.add_run(title); r.bold = True; r.font.size = Pt(14)
    for i, (text, page) in enumerate(entries):
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15))
        if i == 0:
            p._p.append(parse_xml(f'<w:r {WNS}><w:fldChar w:fldCharType="begin"/></w:r>'))
            p._p.append(parse_xml(f'<w:r {WNS}><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>'))
            p._p.append(parse_xml(f'<w:r {WNS}><w:fldChar w:fldCharType="separate"/></w:r>'))
        p.add_run(f"{text}\t{page}")
        if i == len(entries) - 1:
            p._p.append(parse_xml(f'<w:r {WNS}><w:fldChar w:fldCharType="end"/></w:r>'))

def page_footer(section, prefix="Side ", total=True, extra=None):
    p = section.footer.paragraphs[0]
    if extra:
        p.add_run(extra + "    ")
    p.add_run(prefix)
    add_field(p, "PAGE", "1")
    if total:
        p.add_run(" av ")
        add_field(p, "NUMPAGES", "3")

# ---- sections
def landscape_section(doc, start=WD_SECTION.NEW_PAGE):
    s = doc.add_section(start)
    s.orientation = WD_ORIENT.LANDSCAPE
    w, h = s.page_width, s.page_height
    if w < h:
        s.page_width, s.page_height = h, w
    return s

def portrait_section(doc, start=WD_SECTION.NEW_PAGE):
    s = doc.add_section(start)
    s.orientation = WD_ORIENT.PORTRAIT
    w, h = s.page_width, s.page_height
    if w > h:
        s.page_width, s.page_height = h, w
    return s

def set_cols(section, n, space=708):
    sp = section._sectPr
    for c in sp.findall(qn("w:cols")):
        sp.remove(c)
    sp.append(parse_xml(f'<w:cols {WNS} w:num="{n}" w:space="{space}"/>'))

# ---- hyperlinks / bookmarks
def add_hyperlink(p, url, text, bold=False):
    rid = p.part.relate_to(url, RT.HYPERLINK, is_external=True)
    b = "<w:b/>" if bold else ""
    h = parse_xml(f'<w:hyperlink {WNS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="{rid}">'
                  f'<w:r><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/>{b}</w:rPr><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:hyperlink>')
    p._p.append(h)

def add_bookmarked(p, name, text, bold=True):
    bid = next(_ids)
    p._p.append(parse_xml(f'<w:bookmarkStart {WNS} w:id="{bid}" w:name="{name}"/>'))
    r = p.add_run(text); r.bold = bold
    p._p.append(parse_xml(f'<w:bookmarkEnd {WNS} w:id="{bid}"/>'))
    return r

def vmerge(cell, kind):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:vMerge {WNS} w:val="{kind}"/>' if kind == "restart" else f'<w:vMerge {WNS}/>'))

def repeat_header(row):
    row._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {WNS}/>'))

def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {WNS} w:val="clear" w:color="auto" w:fill="{fill}"/>'))

def heading_direct(doc, text, size=13, color=None, italic=False, before=12):
    p = doc.add_paragraph()
    r = p.add_run(text); r.bold = True; r.italic = italic; r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    p.paragraph_format.space_before = Pt(before); p.paragraph_format.keep_with_next = True
    return p

def set_widths(table, cms):
    table.autofit = False
    for g, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), cms):
        g.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for c, w in zip(row.cells, cms):
            c.width = Cm(w)
