"""VOFO 2018: short report drawn with reportlab; bullet lists under delmål headings (code + quoted text)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, ListFlowable, ListItem, HRFlowable

from ..pdf_util import st, e, fonts, CURRENT
from ..data import DELMAL, ORDER


def _footer(c, doc):
    c.saveState()
    c.setFont("LibSans", 8)
    c.setFillColor(colors.grey)
    c.drawString(2.2 * cm, 1.3 * cm, "VOFO – Voksenopplæringsforbundet · Rapportering NKPS 2018")
    c.drawRightString(A4[0] - 2.2 * cm, 1.3 * cm, f"{doc.page}")
    c.restoreState()


def build(rep, out):
    fonts()
    doc = SimpleDocTemplate(out, author=CURRENT["author"], pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title="VOFO rapportering 2018")
    h0 = st("h0", size=18, bold=True, textColor=colors.HexColor("#5B2C6F"), spaceAfter=4)
    h1 = st("h1", size=12, bold=True, spaceBefore=12, spaceAfter=2)
    q = st("q", size=9.5, italic=True, textColor=colors.HexColor("#444444"), spaceAfter=6)
    body = st("b", size=10.5, leading=14, spaceAfter=6)
    bl = st("bl", size=10.5, leading=14)
    story = [Paragraph("VOFO", h0),
             Paragraph("Rapportering til Kompetansepolitisk råd 2018", st("h0b", size=14, bold=True)),
             HRFlowable(width="100%", color=colors.HexColor("#5B2C6F"), spaceBefore=6, spaceAfter=10),
             Paragraph(e("Voksenopplæringsforbundet (VOFO) representerer frivilligheten i Kompetansepolitisk råd. "
                         "Studieforbundene gir hvert år opplæring til flere hundre tusen voksne. Under følger "
                         "tiltakene VOFO har arbeidet med i 2018, ordnet etter delmålene i strategien."), body)]
    groups = {}
    for r in rep["rows"]:
        groups.setdefault(r["delmal"][0], []).append(r)
    for code in ORDER:
        if code not in groups:
            continue
        story.append(Paragraph(f"Delmål {code}", h1))
        story.append(Paragraph(e(f"«{DELMAL[code]}»"), q))
        items = []
        for r in groups[code]:
            text = f"<b>{e(r['title'])}</b> – {e(r['description'])}"
            if r["partners"]:
                text += f"<br/><i>Samarbeid: {e(', '.join(r['partners']))}</i>"
            items.append(ListItem(Paragraph(text, bl),
                                  leftIndent=14, value="•"))
        story.append(ListFlowable(items, bulletType="bullet", start="•", leftIndent=14, bulletFontSize=9))
    story.append(Spacer(1, 14))
    story.append(Paragraph(e("VOFO bidrar gjerne med utdypende informasjon om tiltakene. Kontakt sekretariatet "
                             "for spørsmål om rapporteringen."), body))
    doc.build(story, onFirstPage=_footer, onLaterPages=_footer)
