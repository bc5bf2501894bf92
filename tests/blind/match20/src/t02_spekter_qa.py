"""Spekter 2017: question/answer form per measure."""
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, KeepTogether
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from .common import font, esc, old_numbers, join_no

QUESTIONS = [
    "Hva heter tiltaket?",
    "Hvilke tiltak i strategien (NKPS tiltak nr.) er tiltaket knyttet til?",
    "Hvem er ansvarlig, og hvem samarbeider dere med?",
    "Beskriv tiltaket kort (maks en halv side).",
    "Når gjennomføres tiltaket, og hvor lenge varer det?",
]


def build(spec, out):
    R, B, I, BI = font("LibSans")
    q = ParagraphStyle("q", fontName=BI, fontSize=10, leading=13, spaceBefore=6, textColor=colors.HexColor("#1F3864"))
    a = ParagraphStyle("a", fontName=R, fontSize=10.5, leading=14, leftIndent=18)
    h = ParagraphStyle("h", fontName=B, fontSize=13, leading=16, spaceBefore=14, spaceAfter=4)
    t = ParagraphStyle("t", fontName=B, fontSize=17, leading=21, spaceAfter=8)
    body = ParagraphStyle("b", fontName=R, fontSize=10.5, leading=14)
    total = {"n": 0}

    def on_page(c, d):
        c.saveState()
        c.setFont(R, 8); c.setFillColor(colors.grey)
        c.drawString(2 * cm, A4[1] - 1.2 * cm, "Spekter – svar på rapporteringsskjema, Kompetansepolitisk råd 2017")
        c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Side {d.page}")
        c.restoreState()

    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2 * cm, bottomMargin=2 * cm)
    doc.addPageTemplates([PageTemplate("p", [Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height)], onPage=on_page)])
    st = [Paragraph("Rapporteringsskjema – oppfølging av Nasjonal kompetansepolitisk strategi", t),
          Paragraph("Spekter har besvart spørsmål 1–5 for hvert tiltak. Spørsmål 2 viser til nummereringen av "
                    "tiltakene i strategien (nr. 1–16).", body)]
    for i, m in enumerate(spec["measures"], 1):
        resp = m["responsible"]
        if " og " in resp:
            ans3 = f"{resp} er i fellesskap ansvarlige."
        else:
            ans3 = f"{resp} er ansvarlig."
        if m["partners"]:
            ans3 += f" Samarbeidspartnere: {join_no(m['partners'])}."
        answers = [m["title"], f"Nr. {old_numbers(m['delmal'])}.", ans3, m["description"], m["period"]]
        blk = [Paragraph(f"Svarskjema {i}", h)]
        for k, (qq, aa) in enumerate(zip(QUESTIONS, answers), 1):
            blk.append(Paragraph(f"Spørsmål {k}: {esc(qq)}", q))
            blk.append(Paragraph(f"Svar: {esc(aa)}", a))
        st.append(KeepTogether(blk))
    doc.build(st)
