"""KD 2019: regulation-like document where each measure is a '§ n' with numbered sub-paragraphs (1)…(6)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, KeepTogether
from reportlab.lib.styles import ParagraphStyle
from common import register_fonts, esc, join_no, numbered_canvas

MAKER = "reportlab"
LAYOUT = "'§ n Title' sections with numbered ledd (1)–(6)"
PRINTS = {"responsible", "partners", "period", "description", "type"}


def build(spec, out, builddir):
    register_fonts()
    W, H = A4

    def footer(c, page, total):
        c.saveState()
        c.setFont("DVSerif", 8)
        c.drawString(25 * mm, H - 14 * mm, "Kunnskapsdepartementet")
        c.drawRightString(W - 25 * mm, H - 14 * mm, "Oppfølging av Nasjonal kompetansepolitisk strategi 2019")
        c.line(25 * mm, H - 15.5 * mm, W - 25 * mm, H - 15.5 * mm)
        c.drawCentredString(W / 2, 12 * mm, f"Side {page} av {total}")
        c.restoreState()

    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=24 * mm,
                            bottomMargin=20 * mm, title="KD rapportering 2019")
    t = ParagraphStyle("t", fontName="DVSerif-Bold", fontSize=15, leading=19, alignment=1, spaceAfter=4)
    sub = ParagraphStyle("s", fontName="DVSerif-Italic", fontSize=10, alignment=1, spaceAfter=14)
    par = ParagraphStyle("p", fontName="DVSerif-Bold", fontSize=11, leading=14, spaceBefore=12, spaceAfter=4)
    led = ParagraphStyle("l", fontName="DVSerif", fontSize=10, leading=13.5, leftIndent=8 * mm,
                         firstLineIndent=-8 * mm, spaceAfter=2)
    story = [Paragraph("Kunnskapsdepartementets rapport om oppfølging av Nasjonal kompetansepolitisk "
                       "strategi for 2019", t),
             Paragraph("Fastsatt av Kunnskapsdepartementet 15. januar 2020 på vegne av regjeringen", sub),
             Paragraph("§ 1 Formål", par),
             Paragraph("(1)\u2003Rapporten gjør rede for regjeringens tiltak i 2019 som følger opp strategiens "
                       "delmål.", led),
             Paragraph("§ 2 Virkeområde", par),
             Paragraph("(1)\u2003Rapporten omfatter tiltak der et departement er ansvarlig eller deltar.", led),
             Paragraph("(2)\u2003Tiltakene er ordnet i §§ 3–%d." % (len(spec["measures"]) + 2), led)]
    for n, m in enumerate(spec["measures"], 3):
        block = [Paragraph(f"§ {n} {esc(m['title'])}", par)]
        ledd = [("Delmål", ", ".join(m["delmal"])), ("Ansvarlig", m["responsible"]),
                ("Samarbeidspartnere", join_no(m["partners"])), ("Virketid", m["period"]),
                ("Type tiltak", m["type"])]
        k = 1
        for lab, val in ledd:
            block.append(Paragraph(f"({k})\u2003{lab}: {esc(val)}", led))
            k += 1
        block.append(Paragraph(f"({k})\u2003{esc(m['description'])}", led))
        story.append(KeepTogether(block))
    story += [Spacer(1, 14), Paragraph("§ %d Ikrafttredelse" % (len(spec["measures"]) + 3), par),
              Paragraph("(1)\u2003Rapporten oversendes Kompetansepolitisk råd.", led)]
    doc.build(story, canvasmaker=numbered_canvas(footer))
