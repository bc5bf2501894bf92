"""NHO 2018: landscape matrix, one row per measure, delmål as ticked columns under merged area headers.
Descriptions only exist for some measures, as numbered notes below the matrix (note mark on the title)."""
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

from ..pdf_util import st, e, fonts, CURRENT
from ..data import ORDER

TYPE_WORDS = {"FoU": "FoU", "Kurs/utdanning": "Kurs/utd.", "Råd/utvalg/nettverk": "Råd/utvalg",
              "Prosjekt": "Prosjekt", "Informasjon": "Info", "Arrangement": "Arr."}


def build(rep, out):
    fonts()
    page = landscape(A4)
    doc = SimpleDocTemplate(out, author=CURRENT["author"], pagesize=page, leftMargin=1.2 * cm, rightMargin=1.2 * cm, topMargin=1.5 * cm,
                            bottomMargin=1.5 * cm, title="NHO oppfølging NKPS 2018")
    cell = st("c", size=7.5, leading=9)
    cellb = st("cb", size=7.5, leading=9, bold=True)
    hd = st("hd", size=7.5, leading=9, bold=True, alignment=1)
    code = st("code", size=7, leading=8.5, bold=True, alignment=1)
    note = st("n", size=8.5, leading=11, spaceAfter=3)
    story = [Paragraph("NHO – Næringslivets Hovedorganisasjon", st("t0", size=10, bold=True,
                                                                   textColor=colors.HexColor("#003366"))),
             Paragraph("Oppfølging av Nasjonal kompetansepolitisk strategi – rapportering for 2018",
                       st("t1", size=15, bold=True, spaceAfter=6)),
             Paragraph(e("Matrisen viser NHOs tiltak og hvilke delmål i strategien de bidrar til. Noen tiltak er "
                         "utdypet i merknadene under tabellen."), st("i", size=9.5, spaceAfter=8))]
    head1 = ["Nr.", "Tiltak", "Innsatsområde 1", "", "", "", "Innsatsområde 2", "", "", "", "", "",
             "Innsatsområde 3", "", "", "", "", "", "Type", "Ansvarlig", "Samarbeid"]
    head2 = ["", ""] + ORDER + ["", "", ""]
    data = [[Paragraph(h, hd) if h else "" for h in head1], [Paragraph(h, code) if h else "" for h in head2]]
    notes = []
    for i, r in enumerate(rep["rows"], 1):
        title = e(r["title"])
        if r.get("note"):
            notes.append((len(notes) + 1, r["description"]))
            title += f"<super>{len(notes)}</super>"
        row = [str(i), Paragraph(title, cellb)]
        row += ["X" if c in r["delmal"] else "" for c in ORDER]
        row += [Paragraph(TYPE_WORDS[r["type"]], cell), Paragraph(e(r["responsible"]), cell),
                Paragraph(e(", ".join(r["partners"])), cell)]
        data.append(row)
    cw = [0.8 * cm, 5.4 * cm] + [0.8 * cm] * 16 + [1.9 * cm, 2.6 * cm, 3.9 * cm]
    t = Table(data, colWidths=cw, repeatRows=2)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7F7F7F")),
        ("SPAN", (2, 0), (5, 0)), ("SPAN", (6, 0), (11, 0)), ("SPAN", (12, 0), (17, 0)),
        ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (18, 0), (18, 1)),
        ("SPAN", (19, 0), (19, 1)), ("SPAN", (20, 0), (20, 1)),
        ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#D9E2F3")),
        ("FONT", (0, 2), (-1, -1), "LibSans", 7.5),
        ("ALIGN", (2, 2), (17, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("VALIGN", (0, 2), (1, -1), "TOP"),
        ("LEFTPADDING", (2, 1), (17, -1), 1), ("RIGHTPADDING", (2, 1), (17, -1), 1),
    ]))
    story.append(t)
    story.append(Spacer(1, 10))
    story.append(Paragraph("Merknader", st("m", size=10, bold=True, spaceAfter=4)))
    for n, text in notes:
        story.append(Paragraph(f"<super>{n}</super> {e(text)}", note))
    doc.build(story)
