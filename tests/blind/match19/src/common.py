"""Shared helpers for the templates (fonts, docx XML bits, LibreOffice conversion)."""
import os
import shutil
import subprocess

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping

_FONTS = {
    "LSans": "/usr/share/fonts/truetype/liberation/LiberationSans-%s.ttf",
    "LSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-%s.ttf",
    "LNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-%s.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-%s.ttf",
}
_DEJAVU = {
    "DVSans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
    "DVSerif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"),
    "DVCond": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf", "DejaVuSansCondensed-Oblique.ttf",
               "DejaVuSansCondensed-BoldOblique.ttf"),
}
_done = False


def register_fonts():
    global _done
    if _done:
        return
    for fam, pat in _FONTS.items():
        styles = {"": "Regular", "-Bold": "Bold", "-Italic": "Italic", "-BoldItalic": "BoldItalic"}
        for suf, st in styles.items():
            pdfmetrics.registerFont(TTFont(fam + suf, pat % st))
        addMapping(fam, 0, 0, fam)
        addMapping(fam, 1, 0, fam + "-Bold")
        addMapping(fam, 0, 1, fam + "-Italic")
        addMapping(fam, 1, 1, fam + "-BoldItalic")
    for fam, files in _DEJAVU.items():
        for suf, fn in zip(["", "-Bold", "-Italic", "-BoldItalic"], files):
            pdfmetrics.registerFont(TTFont(fam + suf, "/usr/share/fonts/truetype/dejavu/" + fn))
        addMapping(fam, 0, 0, fam)
        addMapping(fam, 1, 0, fam + "-Bold")
        addMapping(fam, 0, 1, fam + "-Italic")
        addMapping(fam, 1, 1, fam + "-BoldItalic")
    _done = True


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def join_no(items, last=" og "):
    items = list(items)
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + last + items[-1]


def soffice_pdf(docx_path, out_pdf, builddir):
    outdir = os.path.join(builddir, "soffice_out")
    os.makedirs(outdir, exist_ok=True)
    profile = "file://" + os.path.join(builddir, "lo_profile")
    subprocess.run(["soffice", "-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf",
                    "--outdir", outdir, docx_path], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=180)
    produced = os.path.join(outdir, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
    shutil.move(produced, out_pdf)


# ---------------------------------------------------------------- docx helpers
from docx.oxml.ns import qn
from docx.oxml import OxmlElement


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def add_field(run, instr):
    """Append a simple field (PAGE / NUMPAGES) to a run."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    run._r.addnext(fld)
    return fld


def page_x_of_y(paragraph, before="Side ", middle=" av "):
    paragraph.add_run(before)
    r1 = paragraph.add_run()
    f1 = add_field(r1, "PAGE")
    r2 = paragraph.add_run(middle)
    f1.addnext(r2._r)
    r3 = paragraph.add_run()
    r2._r.addnext(r3._r)
    add_field(r3, "NUMPAGES")


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_col_widths(table, widths):
    from docx.shared import Cm
    table.autofit = False
    for i, w in enumerate(widths):
        if i < len(table.columns):
            table.columns[i].width = Cm(w)
    for row in table.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


# ---------------------------------------------------------------- reportlab helpers
from reportlab.pdfgen import canvas as _canvas


def numbered_canvas(draw_footer):
    """Canvas class that knows the total page count; draw_footer(canvas, page, total)."""

    class NC(_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                draw_footer(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NC
