"""python-docx helpers for batch match38"""
from docx import Document
from docx.shared import Pt, Mm, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import copy


def new_doc(landscape=False, font='Calibri', size=11, lr=22, tb=20):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts'); rpr.append(rf)
    for a in ('w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'):
        rf.set(qn(a), font)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(lr)
    sec.top_margin = sec.bottom_margin = Mm(tb)
    for s in ('Heading 1', 'Heading 2', 'Heading 3', 'Title'):
        d.styles[s].font.name = font
        r = d.styles[s].element.get_or_add_rPr()
        rf = r.find(qn('w:rFonts'))
        if rf is None:
            rf = OxmlElement('w:rFonts'); r.append(rf)
        for a in ('w:ascii', 'w:hAnsi', 'w:cs'):
            rf.set(qn(a), font)
        for a in ('w:asciiTheme', 'w:hAnsiTheme', 'w:cstheme', 'w:eastAsiaTheme'):
            if rf.get(qn(a)) is not None:
                del rf.attrib[qn(a)]
    return d


def fmt_run(r, bold=None, italic=None, size=None, color=None, underline=None, caps=None):
    if bold is not None: r.bold = bold
    if italic is not None: r.italic = italic
    if underline is not None: r.underline = underline
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    if caps: r.font.small_caps = True
    return r


def para(target, text='', style=None, bold=None, italic=None, size=None, color=None, align=None,
         space_after=None, space_before=None, indent=None):
    p = target.add_paragraph(style=style) if style else target.add_paragraph()
    if text:
        fmt_run(p.add_run(text), bold, italic, size, color)
    if align:
        p.alignment = {'right': WD_ALIGN_PARAGRAPH.RIGHT, 'center': WD_ALIGN_PARAGRAPH.CENTER,
                       'justify': WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    pf = p.paragraph_format
    if space_after is not None: pf.space_after = Pt(space_after)
    if space_before is not None: pf.space_before = Pt(space_before)
    if indent is not None: pf.left_indent = Mm(indent)
    return p


def runs(p, parts):
    """parts: list of (text, dict(bold, italic, size, color, underline, br))"""
    for t, f in parts:
        if f.get('br_before'):
            p.add_run().add_break()
        r = p.add_run(t)
        fmt_run(r, f.get('bold'), f.get('italic'), f.get('size'), f.get('color'), f.get('underline'))
        if f.get('sup'):
            r.font.superscript = True
    return p


def soft_lines(p, lines, fmts=None, size=None):
    """write lines into one paragraph separated by Shift+Enter (w:br)"""
    for i, ln in enumerate(lines):
        f = (fmts[i] if fmts else {}) or {}
        r = p.add_run(ln)
        fmt_run(r, f.get('bold'), f.get('italic'), f.get('size', size), f.get('color'))
        if i < len(lines) - 1:
            r.add_break()
    return p


def cell_write(cell, text, bold=None, italic=None, size=None, color=None, soft=False, align=None):
    """text lines separated by \n: separate paragraphs (soft=False) or soft breaks (soft=True)"""
    cell.text = ''
    p = cell.paragraphs[0]
    lines = text.split('\n') if text else ['']
    if soft:
        soft_lines(p, lines, [dict(bold=bold, italic=italic, size=size, color=color)] * len(lines))
    else:
        for i, ln in enumerate(lines):
            if i:
                p = cell.add_paragraph()
            fmt_run(p.add_run(ln), bold, italic, size, color)
    if align == 'right':
        for p in cell.paragraphs: p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if align == 'center':
        for p in cell.paragraphs: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return cell


def cell_parts(cell, parts_lines, size=None):
    """parts_lines: list of paragraphs, each a list of (text, fmt)"""
    cell.text = ''
    for i, parts in enumerate(parts_lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        for t, f in parts:
            r = p.add_run(t)
            fmt_run(r, f.get('bold'), f.get('italic'), f.get('size', size), f.get('color'))
            if f.get('br'):
                r.add_break()
    return cell


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd'); shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement('w:tblHeader'); e.set(qn('w:val'), 'true'); trPr.append(e)


def cant_split(row, val=True):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement('w:cantSplit'); e.set(qn('w:val'), 'true' if val else 'false'); trPr.append(e)


def add_field(p, instr, cached='1', size=None):
    def mk(tag, **attrs):
        r = p.add_run()
        if size: r.font.size = Pt(size)
        e = OxmlElement(tag)
        for k, v in attrs.items(): e.set(qn(k), v)
        r._r.append(e)
        return e
    mk('w:fldChar', **{'w:fldCharType': 'begin'})
    it = mk('w:instrText', **{'xml:space': 'preserve'}); it.text = f' {instr} '
    mk('w:fldChar', **{'w:fldCharType': 'separate'})
    r = p.add_run(cached)
    if size: r.font.size = Pt(size)
    mk('w:fldChar', **{'w:fldCharType': 'end'})


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def set_widths(table, widths_mm):
    table.autofit = False
    for row in table.rows:
        for i, w in enumerate(widths_mm):
            if i < len(row.cells):
                row.cells[i].width = Mm(w)
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn('w:gridCol'))):
        if i < len(widths_mm):
            gc.set(qn('w:w'), str(int(widths_mm[i] * 56.7)))


def table(d, nrows, ncols, style='Table Grid', widths=None):
    t = d.add_table(rows=nrows, cols=ncols)
    if style:
        t.style = style
    if widths:
        set_widths(t, widths)
    return t


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for side in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        e = OxmlElement(f'w:{side}'); e.set(qn('w:val'), 'nil'); b.append(e)
    tblPr.append(b)


def cell_borders(cell, **sides):
    """sides: top/bottom/left/right = (val, sz, color)"""
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement('w:tcBorders')
    for side, (val, sz, color) in sides.items():
        e = OxmlElement(f'w:{side}'); e.set(qn('w:val'), val); e.set(qn('w:sz'), str(sz)); e.set(qn('w:color'), color)
        b.append(e)
    tcPr.append(b)


def new_section(d, landscape=None):
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    if landscape is True:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    elif landscape is False:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Mm(210), Mm(297)
    return sec


def list_para(d, text_parts, style='List Number', size=None):
    p = d.add_paragraph(style=style)
    for t, f in text_parts:
        fmt_run(p.add_run(t), f.get('bold'), f.get('italic'), f.get('size', size), f.get('color'))
    return p


# ---- tracked changes -------------------------------------------------------
_REV = [100]


def _rev_attrs(e, author, date):
    _REV[0] += 1
    e.set(qn('w:id'), str(_REV[0])); e.set(qn('w:author'), author); e.set(qn('w:date'), date)


def tracked_run(p, text, kind, author='Saksbehandler', date='2019-09-20T10:15:00Z', bold=None, size=None, italic=None):
    """append a run inside w:ins or w:del to paragraph p"""
    wrap = OxmlElement('w:ins' if kind == 'ins' else 'w:del')
    _rev_attrs(wrap, author, date)
    r = OxmlElement('w:r')
    rPr = OxmlElement('w:rPr')
    if bold:
        rPr.append(OxmlElement('w:b'))
    if italic:
        rPr.append(OxmlElement('w:i'))
    if size:
        sz = OxmlElement('w:sz'); sz.set(qn('w:val'), str(int(size * 2))); rPr.append(sz)
    if len(rPr):
        r.append(rPr)
    t = OxmlElement('w:t' if kind == 'ins' else 'w:delText')
    t.set(qn('xml:space'), 'preserve'); t.text = text
    r.append(t)
    wrap.append(r)
    p._p.append(wrap)
    return wrap


def mark_paragraph(p, kind, author='Saksbehandler', date='2019-09-20T10:15:00Z'):
    """mark the paragraph mark itself as inserted/deleted, and wrap all its runs"""
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn('w:rPr'))
    if rPr is None:
        rPr = OxmlElement('w:rPr'); pPr.append(rPr)
    m = OxmlElement('w:ins' if kind == 'ins' else 'w:del')
    _rev_attrs(m, author, date)
    rPr.append(m)
    for r in list(p._p.findall(qn('w:r'))):
        wrap = OxmlElement('w:ins' if kind == 'ins' else 'w:del')
        _rev_attrs(wrap, author, date)
        r.addprevious(wrap)
        wrap.append(r)
        if kind == 'del':
            for t in r.findall(qn('w:t')):
                t.tag = qn('w:delText')


def enable_track_revisions(d):
    s = d.settings.element
    e = OxmlElement('w:trackRevisions')
    later = ('w:doNotTrackMoves', 'w:doNotTrackFormatting', 'w:documentProtection', 'w:autoFormatOverride',
             'w:styleLockTheme', 'w:styleLockQFSet', 'w:defaultTabStop', 'w:autoHyphenation', 'w:characterSpacingControl',
             'w:compat', 'w:rsids')
    for child in s:
        if child.tag in [qn(x) for x in later]:
            child.addprevious(e)
            return
    s.append(e)
