"""reportlab templates (Trøndelag 2019, Innlandet 2020, NAV 2021, LO 2021, VOFO 2023)."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, KeepTogether, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)
from reportlab.platypus.tableofcontents import TableOfContents

from . import delmal as D
from .common import codes, group_consecutive, join
from .pdf_util import fonts, style, x


def _meta(doc, title, author):
    doc.title = title
    doc.author = author


# ---------------------------------------------------------------- Trøndelag 2019 (landscape matrix)
def trond19_landscape_matrix(rep, path):
    W, H = landscape(A4)
    doc = SimpleDocTemplate(path, pagesize=(W, H), leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                            topMargin=1.6 * cm, bottomMargin=1.6 * cm)
    _meta(doc, "Tiltaksmatrise 2019", "Trøndelag fylkeskommune")
    h1 = style("h1", size=15, bold=True, color="#7A1E3C")
    body = style("b", size=9.5)
    cell = style("c", size=8.5, leading=10.5)
    cellb = style("cb", size=8.5, leading=10.5, bold=True)
    head = style("hd", size=8.5, leading=10.5, bold=True, color="#FFFFFF")

    def footer(c, d):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.drawString(1.5 * cm, 0.9 * cm, "Trøndelag fylkeskommune · Trööndelagen fylkentjïelte")
        c.drawRightString(W - 1.5 * cm, 0.9 * cm, f"Side {d.page}")
        c.restoreState()

    story = [Paragraph("Rapportering til Kompetansepolitisk råd – tiltak 2019", h1), Spacer(0, 4),
             Paragraph("Trøndelag fylkeskommune, Regional enhet for kompetanse", body), Spacer(0, 6),
             Paragraph("Kolonnen «NKPS nr.» viser til nummereringen av tiltakene i Nasjonal kompetansepolitisk "
                       "strategi (1–16). Tiltak der fylkeskommunen deltar i nasjonale ordninger er tatt med "
                       "når fylket har en aktiv rolle.", body), Spacer(0, 8)]
    hdr = ["NKPS nr.", "Tiltak", "Type", "Ansvarlig", "Samarbeidspartnere", "Varighet", "Beskrivelse / status"]
    data = [[Paragraph(h, head) for h in hdr]]
    for r in sorted(rep["rows"], key=lambda r: D.OLD[r["dm"][0]]):
        data.append([Paragraph(D.old_numbers(r["dm"]), cell), Paragraph(x(r["title"]), cellb),
                     Paragraph(x(r["type"]), cell), Paragraph(x(r["resp"]), cell),
                     Paragraph(x(join(r["partners"])), cell), Paragraph(x(r["period"]), cell),
                     Paragraph(x(r["desc"]), cell)])
    t = Table(data, colWidths=[1.5 * cm, 4.6 * cm, 2.4 * cm, 3.2 * cm, 4.2 * cm, 2.0 * cm, 8.8 * cm],
              repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#7A1E3C")),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F6E9EE")]),
    ]))
    story.append(t)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


# ---------------------------------------------------------------- Innlandet 2020 (numbered report)
class _FootnoteMark(Flowable):
    """Zero-size flowable that queues a footnote for the page it lands on."""

    def __init__(self, num, text):
        super().__init__()
        self.num, self.text = num, text

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        self.canv._fn_queue.append((self.num, self.text))


class _InnlDoc(BaseDocTemplate):
    def afterFlowable(self, f):
        if isinstance(f, Paragraph) and getattr(f, "_toc", None) is not None:
            level, text = f._toc
            self.notify("TOCEntry", (level, text, self.page))


def innl20_numbered_report(rep, path):
    fonts()
    W, H = A4
    doc = _InnlDoc(path, pagesize=A4, leftMargin=2.3 * cm, rightMargin=2.3 * cm, topMargin=2.2 * cm,
                   bottomMargin=2 * cm)
    _meta(doc, "Rapport NKPS 2020", "Innlandet fylkeskommune")
    F = "DejaVu"
    body = style("b", F, 10, 14, spaceAfter=6)
    lab = style("l", F, 9.5, 12.5, leftIndent=0.4 * cm)
    h1 = style("h1", F, 14, 18, bold=True, color="#005B45", spaceBefore=10, spaceAfter=6)
    h2 = style("h2", F, 11.5, 15, bold=True, color="#005B45", spaceBefore=10, spaceAfter=4)
    fn_style = style("fn", F, 7.5, 9.5)

    def on_page(c, d):
        c.saveState()
        c.setFont("DejaVu", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(2.3 * cm, H - 1.3 * cm, "Innlandet fylkeskommune – Rapport til Kompetansepolitisk råd 2020")
        c.drawRightString(W - 2.3 * cm, 1.0 * cm, str(d.page))
        c.restoreState()
        c._fn_queue = []

    def on_page_end(c, d):
        q = getattr(c, "_fn_queue", [])
        if q:
            y = 2.0 * cm + 0.2 * cm
            c.saveState()
            c.setStrokeColor(colors.HexColor("#888888"))
            blocks = []
            for num, text in q:
                p = Paragraph(f"<super>{num}</super> {x(text)}", fn_style)
                w, h = p.wrap(W - 4.6 * cm, 3 * cm)
                blocks.append((p, h))
            total = sum(h for _, h in blocks)
            top = y + total + 4
            c.line(2.3 * cm, top, 2.3 * cm + 5 * cm, top)
            yy = top - 2
            for p, h in blocks:
                yy -= h
                p.drawOn(c, 2.3 * cm, yy)
            c.restoreState()
        c._fn_queue = []

    def on_cover(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#005B45"))
        c.rect(0, H - 9 * cm, W, 9 * cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DejaVu-Bold", 26)
        c.drawString(2.3 * cm, H - 5 * cm, "Rapport til")
        c.drawString(2.3 * cm, H - 6.2 * cm, "Kompetansepolitisk råd 2020")
        c.setFont("DejaVu", 13)
        c.drawString(2.3 * cm, H - 7.5 * cm, "Oppfølging av Nasjonal kompetansepolitisk strategi")
        c.setFillColor(colors.black)
        c.setFont("DejaVu", 12)
        c.drawString(2.3 * cm, 4 * cm, "Innlandet fylkeskommune")
        c.setFont("DejaVu", 10)
        c.drawString(2.3 * cm, 3.4 * cm, "Hamar, mars 2021")
        c.restoreState()

    frame = Frame(doc.leftMargin, 3.6 * cm, W - doc.leftMargin - doc.rightMargin, H - 3.6 * cm - 2.2 * cm,
                  id="f")
    cover = Frame(doc.leftMargin, 2 * cm, W - 4.6 * cm, 3 * cm, id="c")
    doc.addPageTemplates([PageTemplate("cover", [cover], onPage=on_cover),
                          PageTemplate("main", [frame], onPage=on_page, onPageEnd=on_page_end)])

    def H1(text):
        p = Paragraph(x(text), h1)
        p._toc = (0, text)
        return p

    def H2(text, toc_text):
        p = Paragraph(x(text), h2)
        p._toc = (1, toc_text)
        return p

    toc = TableOfContents()
    toc.levelStyles = [style("t0", F, 10.5, 15, bold=True), style("t1", F, 9.5, 13, leftIndent=0.8 * cm)]
    story = [NextPageTemplate("main"), PageBreak(),
             Paragraph("Innhold", h1), toc, PageBreak(),
             H1("1 Innledning"),
             Paragraph("Innlandet fylkeskommune ble etablert 1. januar 2020 ved sammenslåing av Hedmark og "
                       "Oppland. Rapporten gir en oversikt over tiltak fylkeskommunen har ansvar for eller "
                       "deltar i, og som følger opp delmålene i Nasjonal kompetansepolitisk strategi. "
                       "Kapittel 2–5 beskriver tiltakene. Vedlegg 1 gir en samlet oversikt.", body)]
    chapters = {"2": "2 Regional rolle og samarbeid", "3": "3 Karriereveiledning",
                "4": "4 Læring i arbeidslivet", "5": "5 Voksne med svak tilknytning til arbeidslivet"}
    fnum = 0
    numbered = []
    for s, rows in group_consecutive(rep["rows"], lambda r: r["sec"]):
        story.append(H1(chapters[s]))
        for i, r in enumerate(rows, start=1):
            num = f"{s}.{i}"
            numbered.append((r, num))
            story.append(H2(f"{num} {r['title']}", f"{num} {r['title']}"))
            dm = ", ".join(r["dm"])
            for l, v in [("Delmål", dm), ("Type tiltak", r["type"]), ("Ansvarlig", r["resp"]),
                         ("Samarbeidspartnere", join(r["partners"])), ("Periode", r["period"])]:
                story.append(Paragraph(f"<b>{l}:</b> {x(v)}", lab))
            story.append(Spacer(0, 4))
            desc = x(r["desc"])
            if r.get("fn"):
                fnum += 1
                desc += f"<super>{fnum}</super>"
                story.append(Paragraph(desc, body))
                story.append(_FootnoteMark(fnum, r["fn"]))
            else:
                story.append(Paragraph(desc, body))
    story.append(PageBreak())
    story.append(H1("Vedlegg 1 Oversikt over tiltak og delmål"))
    cs = style("vc", F, 8.5, 10.5)
    data = [[Paragraph("<b>Kap.</b>", cs), Paragraph("<b>Tiltak</b>", cs), Paragraph("<b>Delmål</b>", cs)]]
    for r, num in numbered:
        data.append([Paragraph(num, cs), Paragraph(x(r["title"]), cs), Paragraph(", ".join(r["dm"]), cs)])
    t = Table(data, colWidths=[1.6 * cm, 11 * cm, 3.4 * cm], repeatRows=1)
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#005B45")),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#BBBBBB")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(t)
    doc.multiBuild(story)


# ---------------------------------------------------------------- NAV 2021 (boxes per measure)
def nav21_cards(rep, path):
    W, H = A4
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2.6 * cm,
                            bottomMargin=2 * cm)
    _meta(doc, "NAV rapport 2021", "Arbeids- og velferdsdirektoratet")
    body = style("b", size=10, leading=13.5, spaceAfter=6)
    title = style("t", size=10.5, leading=13, bold=True, color="#FFFFFF")
    lab = style("l", size=9, leading=11.5, bold=True, color="#3E3832")
    val = style("v", size=9, leading=11.5)
    desc = style("d", size=9.5, leading=12.5)

    def page(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#C30000"))
        c.rect(0, H - 1.5 * cm, W, 1.5 * cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(2.2 * cm, H - 0.95 * cm, "Arbeids- og velferdsdirektoratet")
        c.setFillColor(colors.HexColor("#555555"))
        c.setFont("Helvetica", 7.5)
        c.drawString(2.2 * cm, 1.0 * cm, "Rapport til Kompetansepolitisk råd 2021")
        c.drawRightString(W - 2.2 * cm, 1.0 * cm, f"side {d.page}")
        c.restoreState()

    story = [Paragraph("NAVs oppfølging av kompetansepolitikken i 2021", style("h", size=16, bold=True,
                                                                                 leading=20)),
             Spacer(0, 6),
             Paragraph("Arbeids- og velferdsdirektoratet rapporterer her på tiltak i NAV som følger opp "
                       "Nasjonal kompetansepolitisk strategi. Året har vært preget av pandemien, høy "
                       "ledighet og mange permitterte. Hvert tiltak er beskrevet i en egen boks.", body),
             Spacer(0, 6)]
    for r in rep["rows"]:
        rows = [[Paragraph(x(r["title"]), title), ""]]
        for l, v in [("Delmål", codes(r)), ("Tiltakstype", r["type"]), ("Ansvar", r.get("rp") or r["resp"]),
                     ("Samarbeid", join(r["partners"])), ("Tidsrom", r["period"])]:
            rows.append([Paragraph(l, lab), Paragraph(x(v), val)])
        rows.append([Paragraph(x(r["desc"]), desc), ""])
        t = Table(rows, colWidths=[3.0 * cm, W - 4.4 * cm - 3.0 * cm])
        n = len(rows)
        t.setStyle(TableStyle([
            ("SPAN", (0, 0), (1, 0)), ("SPAN", (0, n - 1), (1, n - 1)),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#3E3832")),
            ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#3E3832")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, n - 1), (-1, n - 1), 6), ("BOTTOMPADDING", (0, n - 1), (-1, n - 1), 8),
            ("BACKGROUND", (0, 1), (-1, n - 2), colors.HexColor("#F4F1EE")),
        ]))
        story += [KeepTogether(t), Spacer(0, 12)]
    doc.build(story, onFirstPage=page, onLaterPages=page)


# ---------------------------------------------------------------- LO 2021 (grid cards)
def lo21_grid_cards(rep, path):
    W, H = A4
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm)
    _meta(doc, "LO rapport NKPS 2021", "LO")
    h = style("h", size=17, bold=True, leading=21, color="#B00020")
    body = style("b", size=10, leading=13.5, spaceAfter=6)
    small = style("s", size=7.5, leading=9, color="#777777")
    ttl = style("t", size=11, leading=14, bold=True)
    v = style("v", size=9, leading=11.5)
    hd = style("hd", size=7.5, leading=9, bold=True, color="#555555")

    def page(c, d):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.HexColor("#777777"))
        c.drawString(2 * cm, 1.1 * cm, "LO – Landsorganisasjonen i Norge · Rapport NKPS 2021")
        c.drawRightString(W - 2 * cm, 1.1 * cm, str(d.page))
        c.restoreState()

    story = [Paragraph("LOs rapport til Kompetansepolitisk råd 2021", h), Spacer(0, 6),
             Paragraph("Strategiperioden for Nasjonal kompetansepolitisk strategi går ut i 2021. LO rapporterer "
                       "på seks tiltak, de fleste videreført fra tidligere år. Pandemien har gjort "
                       "kompetansetiltak for permitterte og ledige særlig viktige.", body), Spacer(0, 4)]
    n = len(rep["rows"])
    cw = (W - 4 * cm) / 3
    for i, r in enumerate(rep["rows"], start=1):
        data = [[Paragraph(x(r["title"]), ttl), "", ""],
                [Paragraph("DELMÅL", hd), Paragraph("TYPE TILTAK", hd), Paragraph("TIDSROM", hd)],
                [Paragraph(codes(r) or "–", v), Paragraph(x(r["type"]), v), Paragraph(x(r["period"]), v)],
                [Paragraph("ANSVARLIG", hd), Paragraph("SAMARBEIDSPARTNERE", hd), ""],
                [Paragraph(x(r["resp"]), v), Paragraph(x(join(r["partners"])), v), ""],
                [Paragraph("BESKRIVELSE", hd), "", ""],
                [Paragraph(x(r["desc"]), v), "", ""]]
        t = Table(data, colWidths=[cw] * 3)
        t.setStyle(TableStyle([
            ("SPAN", (0, 0), (2, 0)), ("SPAN", (1, 3), (2, 3)), ("SPAN", (1, 4), (2, 4)),
            ("SPAN", (0, 5), (2, 5)), ("SPAN", (0, 6), (2, 6)),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#B00020")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#FBE9EC")),
            ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#F5F5F5")),
            ("BACKGROUND", (0, 3), (-1, 3), colors.HexColor("#F5F5F5")),
            ("BACKGROUND", (0, 5), (-1, 5), colors.HexColor("#F5F5F5")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        story += [Paragraph(f"Tiltak {i} av {n}", small), Spacer(0, 2), KeepTogether(t), Spacer(0, 12)]
    doc.build(story, onFirstPage=page, onLaterPages=page)


# ---------------------------------------------------------------- VOFO 2023 (prose + meta line)
def vofo23_prose_meta(rep, path):
    fonts()
    W, H = A4
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm, topMargin=2.4 * cm,
                            bottomMargin=2.2 * cm)
    _meta(doc, "VOFO rapport 2023", "VOFO")
    F = "DejaVu"
    h = style("h", F, 18, 23, bold=True, color="#5B2C83")
    sub = style("s", F, 11, 15, color="#5B2C83")
    body = style("b", F, 10, 14.5, spaceAfter=8)
    mh = style("mh", F, 12, 16, bold=True, spaceBefore=10, spaceAfter=2)
    meta = style("m", F, 8.5, 11.5, italic=True, color="#555555", spaceAfter=4)

    def page(c, d):
        c.saveState()
        c.setFont("DejaVu", 7.5)
        c.setFillColor(colors.HexColor("#777777"))
        c.drawString(2.5 * cm, 1.2 * cm, "VOFO – Voksenopplæringsforbundet · vofo.no")
        c.drawRightString(W - 2.5 * cm, 1.2 * cm, f"{d.page}")
        c.restoreState()

    story = [Paragraph("Årsrapportering til Kompetansepolitisk råd 2023", h), Spacer(0, 4),
             Paragraph("Voksenopplæringsforbundet – studieforbundenes paraplyorganisasjon", sub), Spacer(0, 10),
             Paragraph("Studieforbundene når hvert år flere hundre tusen voksne med kurs og opplæring. VOFO "
                       "rapporterer her på tiltak i 2023 som følger opp delmålene fra Nasjonal "
                       "kompetansepolitisk strategi, særlig om læring i frivillig sektor og samarbeidet med "
                       "fylkeskommunene.", body)]
    for r in rep["rows"]:
        dm = "Delmål " + codes(r, last="og")
        m = " · ".join([dm, r["type"], "Ansvar: " + r["resp"], "Partnere: " + join(r["partners"]), r["period"]])
        story += [Paragraph(x(r["title"]), mh), Paragraph(x(m), meta), Paragraph(x(r["desc"]), body)]
    story += [Spacer(0, 10), Paragraph("Oslo, februar 2024", meta)]
    doc.build(story, onFirstPage=page, onLaterPages=page)
