# -*- coding: utf-8 -*-
"""reportlab helpers shared by the PDF renderers of batch match34."""
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph,
                                SimpleDocTemplate, Spacer, Table, TableStyle)
from reportlab.lib.fonts import addMapping

__all__ = ["colors", "TA_CENTER", "TA_LEFT", "TA_RIGHT", "A4", "landscape", "cm", "mm", "Paragraph", "Spacer",
           "Table", "TableStyle", "PageBreak", "KeepTogether", "CondPageBreak", "Flowable", "S", "build", "esc",
           "FONT", "FONTB", "FONTI", "FONTBI", "SERIF", "SERIFB", "SERIFI", "NumberedCanvasFactory"]

_FD = "/usr/share/fonts/truetype/liberation/"
_reg = False


def _register():
    global _reg
    if _reg:
        return
    for fam, base in (("LibSans", "LiberationSans"), ("LibSerif", "LiberationSerif"),
                      ("LibNarrow", "LiberationSansNarrow"), ("LibMono", "LiberationMono")):
        pdfmetrics.registerFont(TTFont(fam, _FD + base + "-Regular.ttf"))
        pdfmetrics.registerFont(TTFont(fam + "-B", _FD + base + "-Bold.ttf"))
        pdfmetrics.registerFont(TTFont(fam + "-I", _FD + base + "-Italic.ttf"))
        pdfmetrics.registerFont(TTFont(fam + "-BI", _FD + base + "-BoldItalic.ttf"))
        addMapping(fam, 0, 0, fam)
        addMapping(fam, 1, 0, fam + "-B")
        addMapping(fam, 0, 1, fam + "-I")
        addMapping(fam, 1, 1, fam + "-BI")
    _reg = True


_register()
FONT, FONTB, FONTI, FONTBI = "LibSans", "LibSans-B", "LibSans-I", "LibSans-BI"
SERIF, SERIFB, SERIFI = "LibSerif", "LibSerif-B", "LibSerif-I"


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def S(name="x", font=FONT, size=10, leading=None, bold=False, italic=False, color=colors.black, align=TA_LEFT,
      before=0, after=4, left=0, first=0, **kw):
    fn = font
    if font == FONT:
        fn = FONTBI if (bold and italic) else FONTB if bold else FONTI if italic else FONT
    elif font == SERIF:
        fn = SERIFB if bold else SERIFI if italic else SERIF
    return ParagraphStyle(name, fontName=fn, fontSize=size, leading=leading or size * 1.25, textColor=color,
                          alignment=align, spaceBefore=before, spaceAfter=after, leftIndent=left,
                          firstLineIndent=first, **kw)


def NumberedCanvasFactory(draw_page):
    """Canvas class that knows the total page count; draw_page(canvas, page_no, total)."""

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **kw):
            rl_canvas.Canvas.__init__(self, *a, **kw)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for i, st in enumerate(self._saved):
                self.__dict__.update(st)
                draw_page(self, i + 1, total)
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)

    return NumberedCanvas


def build(path, story, pagesize=A4, margins=(2.2 * cm, 2.2 * cm, 2.5 * cm, 2.2 * cm), draw_page=None,
          title="", author=""):
    """margins = (left, right, top, bottom)."""
    l, r, t, b = margins
    doc = SimpleDocTemplate(path, pagesize=pagesize, leftMargin=l, rightMargin=r, topMargin=t, bottomMargin=b,
                            title=title, author=author)
    if draw_page:
        doc.build(story, canvasmaker=NumberedCanvasFactory(draw_page))
    else:
        doc.build(story)
    return doc


class FootnoteDoc(SimpleDocTemplate):
    """Records on which page flowables carrying `_fns` [(num, text)] land (for page-foot notes)."""

    def __init__(self, *a, **kw):
        self.fn_pages = {}
        SimpleDocTemplate.__init__(self, *a, **kw)

    def afterFlowable(self, flowable):
        fns = getattr(flowable, "_fns", None)
        if fns:
            self.fn_pages.setdefault(self.page, []).extend(fns)


def build_fn(path, story, draw_page, pagesize=A4, margins=(2.2 * cm, 2.2 * cm, 2.5 * cm, 3.2 * cm), title=""):
    """Like build(), but draw_page(canvas, page_no, total, notes) also gets the page's footnotes."""
    l, r, t, b = margins
    doc = FootnoteDoc(path, pagesize=pagesize, leftMargin=l, rightMargin=r, topMargin=t, bottomMargin=b,
                      title=title)

    def dp(c, n, total):
        draw_page(c, n, total, doc.fn_pages.get(n, []))

    doc.build(story, canvasmaker=NumberedCanvasFactory(dp))
    return doc


def draw_footnotes(c, notes, x, y_top, width, size=7.5):
    """Draw a short rule and the notes downwards from y_top."""
    if not notes:
        return
    c.saveState()
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.5)
    c.line(x, y_top, x + 5 * cm, y_top)
    y = y_top - size - 3
    for num, text in notes:
        c.setFont(FONT, size - 1.5)
        c.drawString(x, y + 2.5, str(num))
        c.setFont(FONT, size)
        c.drawString(x + 6, y, text)
        y -= size + 3
    c.restoreState()


def build_fn_anchored(path, make_story, draw_page, anchors, pagesize=A4,
                      margins=(2.2 * cm, 2.2 * cm, 2.5 * cm, 3.2 * cm), title=""):
    """Two passes: build, find on which page each footnote's anchor text is printed (pdfplumber), rebuild
    with the notes at the foot of that page. anchors = [(num, note_text, anchor_text)];
    draw_page(canvas, page_no, total, notes)."""
    import pdfplumber
    pages = {}
    build_fn(path, make_story(), lambda c, n, t, notes: draw_page(c, n, t, []), pagesize=pagesize,
             margins=margins, title=title)
    with pdfplumber.open(path) as pdf:
        texts = [(p.extract_text() or "").replace("\n", " ") for p in pdf.pages]
    for num, note, anchor in anchors:
        hits = [i + 1 for i, t in enumerate(texts) if anchor in t]
        assert hits, anchor
        pages.setdefault(hits[0], []).append((num, note))
    build_fn(path, make_story(), lambda c, n, t, notes: draw_page(c, n, t, pages.get(n, [])), pagesize=pagesize,
             margins=margins, title=title)
