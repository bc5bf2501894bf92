"""Shared helpers for the templates."""
import os
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

from .data import OLD

_FONTDIRS = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation2",
             "/usr/share/fonts/truetype/liberation", "/usr/share/fonts/truetype/crosextra"]

_FAMILIES = {
    "DejaVuSans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
    "DejaVuSerif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"),
    "LibSerif": ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf"),
    "LibSans": ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf", "LiberationSans-BoldItalic.ttf"),
    "LibNarrow": ("LiberationSansNarrow-Regular.ttf", "LiberationSansNarrow-Bold.ttf", "LiberationSansNarrow-Italic.ttf", "LiberationSansNarrow-BoldItalic.ttf"),
    "Carlito": ("Carlito-Regular.ttf", "Carlito-Bold.ttf", "Carlito-Italic.ttf", "Carlito-BoldItalic.ttf"),
    "DejaVuCond": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf", "DejaVuSansCondensed-Oblique.ttf", "DejaVuSansCondensed-BoldOblique.ttf"),
}
_done = set()


def _find(fn):
    for d in _FONTDIRS:
        p = os.path.join(d, fn)
        if os.path.exists(p):
            return p
    raise FileNotFoundError(fn)


def font(family):
    """Register a TTF family for reportlab; returns (regular, bold, italic, bolditalic) names."""
    names = (family, family + "-B", family + "-I", family + "-BI")
    if family not in _done:
        for n, fn in zip(names, _FAMILIES[family]):
            pdfmetrics.registerFont(TTFont(n, _find(fn)))
        addMapping(family, 0, 0, names[0]); addMapping(family, 1, 0, names[1])
        addMapping(family, 0, 1, names[2]); addMapping(family, 1, 1, names[3])
        _done.add(family)
    return names


def join_no(items, conj="og"):
    items = list(items)
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    if any(f" {conj} " in x for x in items):
        return ", ".join(items)
    return ", ".join(items[:-1]) + f" {conj} " + items[-1]


def codes(delmal, sep=", ", last=" og "):
    if not delmal:
        return ""
    if len(delmal) == 1:
        return delmal[0]
    return sep.join(delmal[:-1]) + last + delmal[-1]


def old_numbers(delmal):
    nums = [str(OLD[c]) for c in delmal]
    return join_no(nums)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------- docx helpers
def set_cell_shading(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


_PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
              "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
              "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid",
              "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
              "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"]


def _ppr_insert(pPr, el):
    name = el.tag.split("}")[1]
    later = set(_PPR_ORDER[_PPR_ORDER.index(name) + 1:])
    for child in pPr:
        if child.tag.split("}")[1] in later:
            child.addprevious(el)
            return
    pPr.append(el)


def para_shading(p, hexcolor):
    pPr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    _ppr_insert(pPr, shd)


def para_border(p, sides=("top", "left", "bottom", "right"), sz=6, color="7F7F7F", space=4):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for s in sides:
        e = OxmlElement(f"w:{s}")
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), str(space)); e.set(qn("w:color"), color)
        bdr.append(e)
    _ppr_insert(pPr, bdr)


def add_field(run, instr):
    """Insert a simple field (PAGE, NUMPAGES) into a run."""
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = f" {instr} "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        run._r.append(e)


def set_doc_font(doc, name, size_pt):
    from docx.shared import Pt
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size_pt)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts"); rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), name)


def vmerge(table, col, r0, r1):
    if r1 > r0:
        a = table.cell(r0, col); b = table.cell(r1, col)
        a.merge(b)
    return table.cell(r0, col)


def page_landscape(section):
    from docx.enum.section import WD_ORIENT
    section.orientation = WD_ORIENT.LANDSCAPE
    w, h = section.page_width, section.page_height
    if h > w:
        section.page_width, section.page_height = h, w
