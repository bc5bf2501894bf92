# -*- coding: utf-8 -*-
"""Shared helpers: fonts, page-number canvas, docx utilities, LibreOffice conversion."""
import os, shutil, subprocess, tempfile
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from data import OLDNR

FONTDIRS = ["/usr/share/fonts/truetype/liberation", "/usr/share/fonts/truetype/dejavu",
            "/usr/share/fonts/truetype/liberation2"]
_FONTS = {
    "Serif": "LiberationSerif-Regular.ttf", "Serif-B": "LiberationSerif-Bold.ttf",
    "Serif-I": "LiberationSerif-Italic.ttf", "Serif-BI": "LiberationSerif-BoldItalic.ttf",
    "Sans": "LiberationSans-Regular.ttf", "Sans-B": "LiberationSans-Bold.ttf",
    "Sans-I": "LiberationSans-Italic.ttf",
    "Narrow": "LiberationSansNarrow-Regular.ttf", "Narrow-B": "LiberationSansNarrow-Bold.ttf",
    "Mono": "LiberationMono-Regular.ttf", "Mono-B": "LiberationMono-Bold.ttf",
    "DejaVu": "DejaVuSans.ttf", "DejaVu-B": "DejaVuSans-Bold.ttf",
    "DejaVuSerif": "DejaVuSerif.ttf",
}
_done = False


def fonts():
    global _done
    if _done:
        return
    for name, fn in _FONTS.items():
        for d in FONTDIRS:
            p = os.path.join(d, fn)
            if os.path.exists(p):
                pdfmetrics.registerFont(TTFont(name, p))
                break
    from reportlab.lib.fonts import addMapping
    for fam in ("Serif", "Sans"):
        addMapping(fam, 0, 0, fam); addMapping(fam, 1, 0, fam + "-B"); addMapping(fam, 0, 1, fam + "-I")
        addMapping(fam, 1, 1, fam + ("-BI" if fam == "Serif" else "-B"))
    addMapping("DejaVu", 0, 0, "DejaVu"); addMapping("DejaVu", 1, 0, "DejaVu-B")
    addMapping("DejaVu", 0, 1, "DejaVu"); addMapping("DejaVu", 1, 1, "DejaVu-B")
    addMapping("Narrow", 0, 0, "Narrow"); addMapping("Narrow", 1, 0, "Narrow-B")
    addMapping("Narrow", 0, 1, "Narrow"); addMapping("Narrow", 1, 1, "Narrow-B")
    _done = True


def paged_canvas(draw):
    """Return a canvas class that calls draw(canvas, page_no, page_count) on every page."""
    class C(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                draw(self, self._pageNumber, n)
                super().showPage()
            super().save()
    return C


def old_numbers(codes):
    nrs = [str(OLDNR[c]) for c in codes]
    if len(nrs) <= 1:
        return "".join(nrs)
    return ", ".join(nrs[:-1]) + " og " + nrs[-1]


def codes_og(codes):
    if len(codes) <= 1:
        return "".join(codes)
    return ", ".join(codes[:-1]) + " og " + codes[-1]


# ---------------------------------------------------------------- docx
def add_field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        run._r.append(e)


def page_x_of_y(paragraph, prefix="Side ", mid=" av "):
    paragraph.add_run(prefix)
    add_field(paragraph.add_run(), "PAGE")
    paragraph.add_run(mid)
    add_field(paragraph.add_run(), "NUMPAGES")


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def table_borders(table, val="single", sz=4, color="808080", inside=True):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    edges = ["top", "left", "bottom", "right"] + (["insideH", "insideV"] if inside else [])
    for e in ["top", "left", "bottom", "right", "insideH", "insideV"]:
        el = OxmlElement("w:" + e)
        if e in edges and val != "none":
            el.set(qn("w:val"), val); el.set(qn("w:sz"), str(sz)); el.set(qn("w:color"), color)
        else:
            el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true")
    trPr.append(h)


def col_widths(table, widths):
    from docx.shared import Cm
    table.autofit = False
    for i, w in enumerate(widths):       # tblGrid, used by LibreOffice
        table.columns[i].width = Cm(w)
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)


def set_font(doc, name="Calibri", size=11):
    from docx.shared import Pt, Mm
    for sec in doc.sections:          # Norwegian offices print on A4
        sec.page_width, sec.page_height = Mm(210), Mm(297)
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), name)


def landscape(section):
    from docx.enum.section import WD_ORIENT
    section.orientation = WD_ORIENT.LANDSCAPE
    w, h = section.page_width, section.page_height
    if w < h:
        section.page_width, section.page_height = h, w


def soffice_pdf(docx_path, pdf_path):
    tmp = tempfile.mkdtemp(prefix="m18_lo_")
    prof = tempfile.mkdtemp(prefix="m18_prof_")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        out = os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
        shutil.move(out, pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.rmtree(prof, ignore_errors=True)
