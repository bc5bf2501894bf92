from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether
from xml.sax.saxutils import escape as esc
D = '/usr/share/fonts/truetype/dejavu/'
L = '/usr/share/fonts/truetype/liberation/'
for name, fn in [('Sans', L+'LiberationSans-Regular.ttf'), ('Sans-B', L+'LiberationSans-Bold.ttf'), ('Sans-I', L+'LiberationSans-Italic.ttf'),
                 ('Serif', L+'LiberationSerif-Regular.ttf'), ('Serif-B', L+'LiberationSerif-Bold.ttf'), ('Serif-I', L+'LiberationSerif-Italic.ttf'),
                 ('Mono', D+'DejaVuSansMono.ttf')]:
    pdfmetrics.registerFont(TTFont(name, fn))
from reportlab.lib.fonts import addMapping
addMapping('Sans', 0, 0, 'Sans'); addMapping('Sans', 1, 0, 'Sans-B'); addMapping('Sans', 0, 1, 'Sans-I'); addMapping('Sans', 1, 1, 'Sans-B')
addMapping('Serif', 0, 0, 'Serif'); addMapping('Serif', 1, 0, 'Serif-B'); addMapping('Serif', 0, 1, 'Serif-I'); addMapping('Serif', 1, 1, 'Serif-B')

def S(size=10, font='Sans', lead=None, **kw):
    return ParagraphStyle('s%d%s' % (size, font), fontName=font, fontSize=size, leading=lead or size * 1.3, **kw)
def P(text, size=10, font='Sans', **kw):
    return Paragraph(text, S(size, font, **kw))
def pj(p):
    return ', '.join(p) if p else '–'

def build(path, make_story, head=None, foot=None, land=False, margins=2*cm, font='Sans', top=2.2*cm):
    """make_story: function returning a fresh story; built twice so that total pages are known (doc.total)."""
    size = landscape(A4) if land else A4
    total = [0]
    def onpage(c, doc):
        c.saveState(); c.setFont(font, 8)
        w, h = size
        doc.total = total[0]
        if head: head(c, doc, w, h)
        if foot: foot(c, doc, w, h)
        c.restoreState()
    for _ in range(2):
        doc = SimpleDocTemplate(path, pagesize=size, leftMargin=margins, rightMargin=margins, topMargin=top, bottomMargin=2*cm)
        doc.build(make_story(), onFirstPage=onpage, onLaterPages=onpage)
        total[0] = count_pages(path)

def count_pages(path):
    import pdfplumber
    with pdfplumber.open(path) as p:
        return len(p.pages)

GRID = TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                   ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#D9D9D9'))])
