"""Fagforbundet 2025: ruled table drawn with reportlab; header repeated on each page, rows allowed to break
across the page boundary (splitInRow), note marks on titles with the notes under the table."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak

from ..pdf_util import st, e, fonts, CURRENT
from ..data import dm_codes

M = 1.8 * cm
CW = [3.8 * cm, 1.4 * cm, 2.3 * cm, 5.4 * cm, 2.5 * cm, 2.0 * cm]


def _deco(c, doc):
    c.saveState()
    c.setFont("LibSans", 8)
    c.setFillColor(colors.grey)
    c.drawString(M, 1.1 * cm, "Fagforbundet · Kompetanserapport 2025")
    c.drawRightString(A4[0] - M, 1.1 * cm, f"{doc.page}")
    c.restoreState()


INTRO = [
    ("Innledning", None),
    (None, "Fagforbundet er Norges største fagforbund med over 400 000 medlemmer, de fleste i kommunal sektor. "
           "Forbundet har siden 2017 bidratt i oppfølgingen av Nasjonal kompetansepolitisk strategi gjennom LO, og "
           "rapporterer nå for første gang direkte til rådet om egne tiltak og tiltak der vi er partner."),
    (None, "Mangelen på helsefagarbeidere og fagarbeidere i oppvekstsektoren er en av de største utfordringene i "
           "kommunene. Fagforbundet mener løsningen er en kombinasjon av flere lærlinger, bedre muligheter for "
           "voksne til å ta fagbrev på jobben, og en heltidskultur der ansatte har tid og rom for faglig "
           "utvikling."),
    ("Forbundets prioriteringer i 2025", None),
    (None, "I 2025 har vi særlig prioritert arbeidet med den nye opplæringsloven, som gir voksne rett til fullført "
           "fag- og yrkesopplæring, og vi har fulgt opp at kommunene bruker de nye mulighetene. Vi har også deltatt "
           "i arbeidet med å evaluere bransjeprogrammene og gitt innspill til hvordan programmene kan videreføres."),
    (None, "Forbundets fylkeskretser har arrangert egne kompetansedager for tillitsvalgte i alle fylker, og "
           "erfaringene derfra er tatt inn i revisjonen av skoleringen. Det er fortsatt store forskjeller mellom "
           "kommunene i hvor systematisk de planlegger kompetanse, og mange ansatte i deltidsstillinger får ikke "
           "delta i opplæring i arbeidstiden."),
    ("Tiltak", None),
    (None, "Tabellen under viser tiltakene. Delmålene viser til nummereringen i strategien fra 2017, som rådet "
           "har bedt om at vi fortsatt bruker. Der Fagforbundet ikke er ansvarlig, er dette oppgitt i kolonnen for "
           "ansvar og i merknadene under tabellen."),
]


def build(rep, out):
    fonts()
    doc = SimpleDocTemplate(out, author=CURRENT["author"], pagesize=A4, leftMargin=M, rightMargin=M, topMargin=1.8 * cm, bottomMargin=1.8 * cm,
                            title="Fagforbundet – kompetanserapport 2025")
    body = st("b", font="LibSerif", size=10.5, leading=14, spaceAfter=7)
    h2 = st("h2", size=11.5, bold=True, spaceBefore=6, spaceAfter=4, textColor=colors.HexColor("#C8102E"))
    cell = st("c", size=8.2, leading=10.6)
    cellb = st("cb", size=8.2, leading=10.6, bold=True)
    hd = st("hd", size=8, leading=10, bold=True, textColor=colors.white)
    story = [Paragraph("Fagforbundet", st("t0", size=20, bold=True, textColor=colors.HexColor("#C8102E"))),
             Paragraph("Kompetanserapport til Kompetansepolitisk råd 2025", st("t1", size=14, bold=True,
                                                                              spaceAfter=10))]
    for head, text in INTRO:
        story.append(Paragraph(e(head), h2) if head else Paragraph(e(text), body))
    head = [Paragraph(h, hd) for h in ("Tiltak", "Delmål", "Ansvarlig", "Beskrivelse", "Samarbeid", "Periode")]
    notes = []
    rows = []
    for r in rep["rows"]:
        title = e(r["title"])
        if r.get("fn"):
            notes.append(r["fn"])
            title += f"<super>{len(notes)}</super>"
        rows.append([title, dm_codes(r["delmal"]), e(r["responsible"]), r["description"],
                     e(", ".join(r["partners"])), e(r["period"])])

    def mk(rs):
        data = [head] + [[Paragraph(a, cellb), Paragraph(b, cell), Paragraph(c, cell), Paragraph(e(d), cell),
                          Paragraph(f, cell), Paragraph(g, cell)] for a, b, c, d, f, g in rs]
        t = Table(data, colWidths=CW)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#C8102E")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]))
        return t

    # Lay the table out the way Word does: fill page 1, break the row that does not fit inside its
    # description, and continue it under a repeated header on the next page.
    width = A4[0] - 2 * M
    avail = A4[1] - 3.6 * cm - 12
    used = 0
    for f in story:
        _, h = f.wrap(width, avail)
        used += h + f.getSpaceBefore() + f.getSpaceAfter()
    room = avail - used - 4
    k = 0
    while k < len(rows) and mk(rows[:k + 1]).wrap(width, avail)[1] <= room:
        k += 1
    if k == len(rows):
        story.append(mk(rows))
    else:
        words = rows[k][3].split(" ")
        lo, hi = 0, len(words)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            part = rows[:k] + [rows[k][:3] + [" ".join(words[:mid])] + rows[k][4:]]
            if mk(part).wrap(width, avail)[1] <= room:
                lo = mid
            else:
                hi = mid - 1
        first = rows[:k] + [rows[k][:3] + [" ".join(words[:lo])] + rows[k][4:]]
        rest = [["", "", "", " ".join(words[lo:]), "", ""]] + rows[k + 1:]
        story += [mk(first), PageBreak(), mk(rest)]
    story.append(Spacer(1, 8))
    for i, n in enumerate(notes, 1):
        story.append(Paragraph(f"<super>{i}</super> {e(n)}", st(f"n{i}", size=8, leading=10)))
    doc.build(story, onFirstPage=_deco, onLaterPages=_deco)
