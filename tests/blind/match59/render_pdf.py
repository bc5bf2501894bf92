# -*- coding: utf-8 -*-
"""Direct PDF layouts: reportlab and fpdf2."""
from fpdf import FPDF
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)
from xml.sax.saxutils import escape as E

from data import fmt_delmal, join_og, SHORT

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", FD + "DejaVuSerif-Bold.ttf"))


def D(m, style):
    return fmt_delmal(m["delmal"], m["dstyle"] or style)


def P(m, empty=""):
    return join_og(m["partners"]) if m["partners"] else empty


def st(name, font="DV", size=9.5, lead=None, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.25, **kw)


def deco(header, footer_fmt, land=False):
    def f(canv, doc):
        w, h = landscape(A4) if land else A4
        canv.saveState()
        canv.setFont("DV", 7.5)
        if header:
            canv.drawString(2 * cm, h - 1.2 * cm, header)
            canv.line(2 * cm, h - 1.35 * cm, w - 2 * cm, h - 1.35 * cm)
        if footer_fmt:
            canv.drawCentredString(w / 2, 1.0 * cm, footer_fmt.format(n=doc.page))
        canv.restoreState()
    return f


# ------------------------------------------------------------------ LO 2017 (manual split table)
def lo2017(rep, path):
    N = st("n", "DVS", 10); B = st("b", "DVSB", 10); H = st("h", "DVSB", 14, spaceAfter=6)
    C = st("c", "DVS", 7.5); CB = st("cb", "DVSB", 7.5); CAP = st("cap", "DVS", 9, textColor=colors.HexColor("#444444"))
    s = [Paragraph("Til Kompetansepolitisk råd v/ Kunnskapsdepartementet", N), Spacer(1, 4),
         Paragraph("Oslo, 15. desember 2017", N), Spacer(1, 10),
         Paragraph("Rapportering av LOs oppfølging av Nasjonal kompetansepolitisk strategi 2017", H),
         Paragraph("LO viser til vedtak i Kompetansepolitisk råd om at medlemmene skal rapportere hvordan de følger opp "
                   "strategien. Tiltakene er knyttet til strategiens nummererte tiltak (NKPS tiltak nr. 1–16). "
                   "Tabell 1 viser møter og innspill; Tabell 2 viser LOs egne tiltak.", N), Spacer(1, 8),
         Paragraph("Tabell 1: Møter og innspill 2017", CAP)]
    t1 = Table([[Paragraph("Dato", CB), Paragraph("Møte / innspill", CB)],
                [Paragraph("3. februar", C), Paragraph("Signering av strategien", C)],
                [Paragraph("21. juni", C), Paragraph("Møte i Kompetansepolitisk råd", C)],
                [Paragraph("10. oktober", C), Paragraph("Innspill til mandat for Kompetansebehovsutvalget", C)]],
               colWidths=[3 * cm, 13 * cm])
    t1.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE"))]))
    s += [t1, Spacer(1, 12), Paragraph("Tabell 2: LOs tiltak", CAP)]
    hdr = [Paragraph(x, CB) for x in ("Tiltak", "Relasjon til NKPS", "Type", "Ansvarlig", "Samarbeid", "Tid", "Beskrivelse")]
    cw = [3.9 * cm, 2.0 * cm, 1.9 * cm, 2.3 * cm, 2.1 * cm, 1.8 * cm, 3.0 * cm]
    ts = TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F4CCCC"))])

    def row(m, desc=None, blank=False):
        if blank:
            return [Paragraph("", C)] * 6 + [Paragraph(E(desc), C)]
        return [Paragraph(E(m["title"]), C), Paragraph(E(D(m, "old")), C), Paragraph(E(m["tsrc"]), C),
                Paragraph(E(m["responsible"]), C), Paragraph(E(P(m)), C), Paragraph(E(m["period"] or ""), C),
                Paragraph(E(desc if desc is not None else (m["description"] or "")), C)]
    ms = rep["measures"]
    split = ms[1]["description"]
    cut = split.index(". ", 60) + 1
    part1, part2 = split[:cut], split[cut + 1:]
    a = Table([hdr, row(ms[0]), row(ms[1], part1)], colWidths=cw)
    a.setStyle(ts)
    s += [a, Paragraph("(tabellen fortsetter)", CAP), PageBreak(), Paragraph("Tabell 2 (forts.)", CAP)]
    b = Table([hdr, row(ms[1], part2, blank=True)] + [row(m) for m in ms[2:]], colWidths=cw)
    b.setStyle(ts)
    s += [b, Spacer(1, 16), Paragraph("Med vennlig hilsen", N), Paragraph("LO – Landsorganisasjonen i Norge", B),
          Paragraph("Avdeling for utdanning og kompetanse", N)]
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                            title="LO rapport NKPS 2017")
    f = deco("LO – Landsorganisasjonen i Norge", "Side {n}")
    # pad page 1 so that the split really sits at the bottom of page 1
    s.insert(5, Spacer(1, 6.5 * cm))
    doc.build(s, onFirstPage=f, onLaterPages=f)


# ------------------------------------------------------------------ Spekter 2017 (004-like numbered forms)
def spekter2017(rep, path):
    N = st("n", "DV", 10, leftIndent=14); H = st("h", "DVB", 13, spaceAfter=8); B = st("b", "DVB", 10, spaceBefore=8)
    L = st("l", "DV", 10)
    ms = rep["measures"]
    s = [Paragraph("Spekters rapportering 2017 – Nasjonal kompetansepolitisk strategi", H),
         Paragraph("Rapporteringspunkter:", B), Spacer(1, 4)]
    for i, m in enumerate(ms, 1):
        s += [Paragraph(f"{i}. {E(m['title'])}.", L), Paragraph(f"Relasjon til {E(D(m, 'old'))}.", N), Spacer(1, 5)]
    for i, m in enumerate(ms):
        s.append(PageBreak())
        s += [Paragraph("1. Tiltak i Nasjonal kompetansepolitisk strategi", B), Paragraph(E(m["title"]) + ".", N),
              Paragraph(f"Relasjon til {E(D(m, 'old'))}.", N),
              Paragraph("2. Ansvarlig og samarbeidspartnere", B)]
        if m["responsible"] == "LO og Spekter":
            txt = "LO og Spekter er i fellesskap ansvarlige for konferansen."
        else:
            txt = f"{m['responsible']} er ansvarlig for tiltaket."
        if m["partners"]:
            txt += f" Samarbeidspartnere er {P(m)}."
        s += [Paragraph(E(txt), N), Paragraph("3. Beskrivelse av tiltaket (maks en halv side)", B),
              Paragraph(E(m["description"]), N), Paragraph("4. Tidspunkt og varighet", B),
              Paragraph(f"{9 + i}. {E(m['period'])}.", L)]
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm, topMargin=2.5 * cm,
                            bottomMargin=2.5 * cm)
    doc.build(s)


# ------------------------------------------------------------------ VOFO 2018 (paragraphs)
def vofo2018(rep, path):
    N = st("n", "DVS", 10.5, lead=14); T = st("t", "DVSB", 11, spaceBefore=10); M = st("m", "DVS", 8.5, textColor=colors.HexColor("#555555"))
    H = st("h", "DVSB", 15, spaceAfter=6)
    s = [Paragraph("VOFO – Voksenopplæringsforbundet", st("x", "DVSB", 9)), Paragraph("Oslo, 20. november 2018", M),
         Spacer(1, 10), Paragraph("Rapportering til Kompetansepolitisk råd 2018", H),
         Paragraph("VOFO representerer frivillig sektor i Kompetansepolitisk råd og følger særlig opp delmål 3.2 og 3.6. "
                   "Nedenfor beskrives tiltakene VOFO har hatt ansvar for eller deltatt i.", N), Spacer(1, 6),
         Paragraph("Studieforbundene i tall 2018", st("y", "DVSB", 9))]
    tt = Table([["Studieforbund", "Kurs", "Deltakere", "Timer"], ["14", "46 800", "448 000", "1,6 mill."]],
               colWidths=[4 * cm, 3 * cm, 3 * cm, 3 * cm])
    tt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DVS", 8.5), ("GRID", (0, 0), (-1, -1), 0.3, colors.grey)]))
    s.append(tt)
    for m in rep["measures"]:
        meta = [f"Delmål {D(m, 'code')}", f"Type: {m['tsrc']}", f"Ansvar: {m['responsible']}"]
        if m["partners"]:
            meta.append(f"I samarbeid med: {P(m)}")
        meta.append(f"Periode: {m['period']}")
        blk = [Paragraph(E(m["title"]), T), Paragraph(E("  |  ".join(meta)), M)]
        if m["description"]:
            blk.append(Paragraph(E(m["description"]), N))
        s += blk
    s += [Spacer(1, 14), Paragraph("Med hilsen<br/>VOFO", N)]
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm, topMargin=2 * cm, bottomMargin=2 * cm)
    f = deco(None, "VOFO · side {n}")
    doc.build(s, onFirstPage=f, onLaterPages=f)


# ------------------------------------------------------------------ NAV 2020 (boxed forms, splittable)
def nav2020(rep, path):
    N = st("n", "DV", 10); H = st("h", "DVB", 15, spaceAfter=6); C = st("c", "DV", 9); CB = st("cb", "DVB", 9)
    s = [Paragraph("Rapport til Kompetansepolitisk råd 2020", H),
         Paragraph("Arbeids- og velferdsetaten rapporterer på tiltak som følger opp hovedinnsatsområde 3 i strategien. "
                   "Hvert tiltak er beskrevet i en egen boks.", N), Spacer(1, 6)]
    kb = Table([[Paragraph("Kontaktperson: seniorrådgiver, Arbeids- og velferdsdirektoratet (AVdir), "
                           "avdeling for arbeid og tjenester. Telefon 21 07 00 00.", C)]], colWidths=[16 * cm])
    kb.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#C30000")),
                            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FDECEC"))]))
    s += [kb, Spacer(1, 6), Paragraph("Statistikk: 62 000 personer deltok i opplæringstiltak i regi av NAV i 2020 "
                                      "(2019: 55 000).", C), Spacer(1, 10)]
    for i, m in enumerate(rep["measures"], 1):
        rows = [("Tiltak", m["title"]), ("Delmål", D(m, "code")), ("Type", m["tsrc"]), ("Ansvarlig", m["responsible"]),
                ("Samarbeid", P(m, "–")), ("Periode", m["period"] or ""), ("Beskrivelse", m["description"] or "–")]
        data = [[Paragraph(f"Tiltak {i}", CB), ""]] + [[Paragraph(a, CB), Paragraph(E(b), C)] for a, b in rows]
        t = Table(data, colWidths=[3.2 * cm, 12.8 * cm], splitByRow=1)
        t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("SPAN", (0, 0), (1, 0)),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E7E7E7")),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        s += [t, Spacer(1, 10)]
    s.insert(3, Spacer(1, 3.2 * cm))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm, topMargin=2.2 * cm, bottomMargin=2 * cm)
    f = deco("Arbeids- og velferdsetaten (NAV)", "{n}")
    doc.build(s, onFirstPage=f, onLaterPages=f)


# ------------------------------------------------------------------ fpdf2 table drawer with row splitting
class Doc(FPDF):
    def __init__(self, head, foot, orient="P"):
        super().__init__(orientation=orient, unit="mm", format="A4")
        self.head, self.foot = head, foot
        self.add_font("DV", "", FD + "DejaVuSans.ttf")
        self.add_font("DV", "B", FD + "DejaVuSans-Bold.ttf")
        self.add_font("DV", "I", FD + "DejaVuSans-Oblique.ttf")
        self.set_auto_page_break(False)
        self.set_margins(15, 18, 15)
        self.alias_nb_pages()
        self.splits = 0

    def header(self):
        self.set_font("DV", "", 7.5)
        self.set_xy(15, 8)
        self.cell(0, 4, self.head)
        self.line(15, 13, self.w - 15, 13)
        self.set_y(18)

    def footer(self):
        self.set_font("DV", "", 7.5)
        self.set_xy(15, self.h - 10)
        self.cell(0, 4, self.foot.format(n=self.page_no(), nb="{nb}"), align="C")


def para_f(pdf, text, size=10, style="", lh=5):
    pdf.set_font("DV", style, size)
    pdf.set_x(pdf.l_margin)
    pdf.multi_cell(pdf.w - pdf.l_margin - pdf.r_margin, lh, text)
    pdf.ln(1)


def table_f(pdf, hdr, rows, ws, size=8, lh=3.8, repeat=True, cont_caption=None, bottom=None):
    bottom = bottom or pdf.h - 15

    def lines(txt, w, style=""):
        pdf.set_font("DV", style, size)
        out = []
        for part in (txt or "").split("\n"):
            out += pdf.multi_cell(w - 2, lh, part, dry_run=True, output="LINES") or [""]
        return out

    def draw(cells_lines, styles, fill=False):
        n = max(len(c) for c in cells_lines)
        h = n * lh + 2
        x = pdf.l_margin
        y = pdf.get_y()
        for w, cl, sty in zip(ws, cells_lines, styles):
            if fill:
                pdf.set_fill_color(220, 230, 241)
                pdf.rect(x, y, w, h, style="DF")
            else:
                pdf.rect(x, y, w, h)
            pdf.set_font("DV", sty, size)
            for k, ln in enumerate(cl):
                pdf.set_xy(x + 1, y + 1 + k * lh)
                pdf.cell(w - 2, lh, ln)
            x += w
        pdf.set_xy(pdf.l_margin, y + h)

    def draw_header():
        draw([lines(h, w, "B") for h, w in zip(hdr, ws)], ["B"] * len(hdr), fill=True)

    def new_page():
        pdf.add_page()
        if cont_caption:
            pdf.set_font("DV", "I", 8.5)
            pdf.cell(0, 5, cont_caption)
            pdf.ln(6)
        if repeat:
            draw_header()

    draw_header()
    for row in rows:
        texts, styles = zip(*row)
        cl = [lines(t, w, s) for t, w, s in zip(texts, ws, styles)]
        while True:
            n = max(len(c) for c in cl)
            avail = int((bottom - pdf.get_y() - 2) // lh)
            if n <= avail:
                draw(cl, styles)
                break
            if avail >= 3:
                pdf.splits += 1
                draw([c[:avail] for c in cl], styles)
                cl = [c[avail:] for c in cl]
            new_page()


def tuned(fn, rep, path, gaps):
    """render with growing blank space before the table until a row is split across a page break"""
    for g in gaps:
        pdf = fn(rep, g)
        if pdf.splits:
            break
    pdf.output(path)


def ks2019(rep, path):
    tuned(_ks2019, rep, path, range(10, 120, 6))


def trond2023(rep, path):
    tuned(_trond2023, rep, path, range(20, 160, 6))


def _ks2019(rep, gap):
    pdf = Doc("KS · Rapport om oppfølging av Nasjonal kompetansepolitisk strategi 2019", "Side {n} av {nb}", "L")
    pdf.add_page()
    para_f(pdf, "KS – tiltak 2019", 16, "B", 8)
    para_f(pdf, "KS er kommunesektorens organisasjon og rapporterer her på tiltak som følger opp strategien i kommuner og "
                "fylkeskommuner. Rapporten omfatter både tiltak KS har ansvar for og tiltak der KS deltar sammen med staten "
                "og de andre partene. Tiltak som ble avsluttet i 2018 er ikke tatt med. Tabellen under er sortert etter "
                "delmål og fortsetter over flere sider; overskriftsraden gjentas på hver side.")
    para_f(pdf, "Nøkkeltall: 356 kommuner · 11 fylkeskommuner · om lag 6 800 lærlinger i kommunesektoren (2019)", 9, "I")
    para_f(pdf, "Kontakt: KS, Haakon VIIs gate 9, Oslo · ks@ks.no", 9)
    pdf.ln(gap)
    rows = []
    for m in rep["measures"]:
        rows.append([(D(m, "comma"), ""), (m["title"], "B"), (m["tsrc"], ""), (m["responsible"], ""), (P(m), ""),
                     (m["period"] or "", ""), (m["description"] or "", "")])
    table_f(pdf, ["Delmål", "Tiltak", "Type", "Ansvar", "Samarbeid", "Tidsrom", "Beskrivelse"], rows,
            [20, 60, 35, 18, 42, 24, 68], size=8.5, lh=4.2, bottom=pdf.h - 16)
    pdf.ln(4)
    para_f(pdf, f"Antall tiltak i tabellen: {len(rows)}", 9, "B")
    return pdf


def _trond2023(rep, gap):
    pdf = Doc("Trøndelag fylkeskommune | Trööndelagen fylkentjïelte", "{n}")
    pdf.add_page()
    para_f(pdf, "Rapport til Kompetansepolitisk råd 2023", 15, "B", 7)
    para_f(pdf, "Trøndelag fylkeskommune har ansvar for regional kompetansepolitikk og samordner arbeidet med partene, NAV, "
                "Statsforvalteren og utdanningsinstitusjonene. Tabell 1 viser tiltakene for 2023. Tabellen er brutt over "
                "sidene; overskriftsraden gjentas ikke, men hver ny side er merket «Tabell 1 (forts.)».")
    pdf.set_font("DV", "B", 9)
    pdf.cell(0, 5, "Statistikk 2023")
    pdf.ln(6)
    table_f(pdf, ["Indikator", "2022", "2023"], [[("Nye lærekontrakter", ""), ("3 420", ""), ("3 515", "")],
                                                 [("Voksne i videregående opplæring", ""), ("2 130", ""), ("2 260", "")],
                                                 [("Veiledningssamtaler, karrieresentrene", ""), ("7 900", ""), ("8 450", "")]],
            [90, 30, 30], size=8.5)
    pdf.ln(gap)
    pdf.set_font("DV", "I", 9)
    pdf.cell(0, 5, "Tabell 1 Tiltak 2023")
    pdf.ln(6)
    rows = []
    for m in rep["measures"]:
        ap = f"Ansvarlig: {m['responsible']}" + (f"\nPartnere: {P(m)}" if m["partners"] else "")
        rows.append([(m["title"], "B"), (D(m, "code"), ""), (m["tsrc"], ""), (ap, ""), (m["period"] or "", ""),
                     (m["description"] or "", "")])
    table_f(pdf, ["Tiltak", "Delmål", "Type", "Ansvarlig / partnere", "Periode", "Beskrivelse"], rows,
            [40, 14, 26, 38, 18, 44], size=8, lh=3.9, repeat=False, cont_caption="Tabell 1 (forts.)")
    pdf.ln(5)
    para_f(pdf, "Med hilsen\nTrøndelag fylkeskommune, seksjon for kompetanse", 9)
    return pdf


LAYOUTS = dict(lo2017=lo2017, spekter2017=spekter2017, vofo2018=vofo2018, nav2020=nav2020, ks2019=ks2019,
               trond2023=trond2023)
