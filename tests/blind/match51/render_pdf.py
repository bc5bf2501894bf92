# -*- coding: utf-8 -*-
"""PDF templates drawn directly (reportlab and fpdf2)."""
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, SimpleDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from xml.sax.saxutils import escape
from fpdf import FPDF
from common import dm_text, type_text, title_printed, og, section_heading, WORDS_NB

FD = "/usr/share/fonts/truetype/dejavu/"
LD = "/usr/share/fonts/truetype/liberation2/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf")); pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FD + "DejaVuSerif.ttf")); pdfmetrics.registerFont(TTFont("DVSB", FD + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LS", LD + "LiberationSans-Regular.ttf")); pdfmetrics.registerFont(TTFont("LSB", LD + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSI", LD + "LiberationSans-Italic.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DVS", 0, 0, "DVS"); addMapping("DVS", 1, 0, "DVSB")
addMapping("LS", 0, 0, "LS"); addMapping("LS", 1, 0, "LSB"); addMapping("LS", 0, 1, "LSI"); addMapping("LS", 1, 1, "LSB")

def S(font="DV", size=10, lead=None, bold=False, color=colors.black, **kw):
    return ParagraphStyle("x", fontName=(font + "B") if bold and font in ("DV", "DVS", "LS") else font, fontSize=size,
                          leading=lead or size * 1.25, textColor=color, **kw)

def Pa(text, st): return Paragraph(escape(text or "").replace("\n", "<br/>"), st)
def Pm(m): return og(m["partners"])

def doc(path, pagesize, head, foot, margins=2 * cm, numbering="Side {p}", font="DV"):
    def onpage(c, d):
        c.saveState(); c.setFont(font, 8); c.setFillColor(colors.grey)
        w, h = pagesize
        if head: c.drawString(margins, h - 1.2 * cm, head)
        if foot: c.drawString(margins, 1.0 * cm, foot)
        if numbering: c.drawRightString(w - margins, 1.0 * cm, numbering.format(p=c.getPageNumber()))
        c.restoreState()
    d = SimpleDocTemplate(path, pagesize=pagesize, leftMargin=margins, rightMargin=margins, topMargin=2 * cm, bottomMargin=2 * cm)
    return d, onpage

# ------------------------------------------------------------------ YS 2017: cover letter, numbered overview, forms (old numbers)
def ys2017(r, path):
    d, op = doc(path, A4, "YS · Yrkesorganisasjonenes Sentralforbund", "Rapport NKPS 2017", numbering="Side {p}")
    h1, h2, b, sm = S(size=16, bold=True), S(size=12, bold=True), S(size=10), S(size=8.5, color=colors.grey)
    st = [Pa("YS", S(size=30, bold=True, color=colors.HexColor("#00529B"))), Spacer(1, 10),
          Pa("Rapportering til Kompetansepolitisk råd – oppfølging av Nasjonal kompetansepolitisk strategi 2017", h1), Spacer(1, 12),
          Pa("Kunnskapsdepartementet\nPostboks 8119 Dep\n0032 Oslo", b), Spacer(1, 8),
          Pa("Oslo, 1. desember 2017", b), Spacer(1, 8),
          Pa("YS viser til brev om rapportering på strategien. Vi rapporterer nedenfor på de tiltakene YS har ansvar for eller deltar i. "
             "Tiltakene er knyttet til strategiens nummererte tiltak 1–16.", b), Spacer(1, 8),
          Pa("Med vennlig hilsen\nYS\nErik Kollerud, leder", b), PageBreak(),
          Pa("Rapporteringspunkter", h1), Spacer(1, 6)]
    for i, m in enumerate(r["measures"], 1):
        st.append(Pa(f"{i}. {title_printed(m)} (NKPS tiltak nr. {dm_text(m, 'ys2017')})", b)); st.append(Spacer(1, 3))
    for i, m in enumerate(r["measures"], 1):
        st += [Spacer(1, 14), Pa(f"Tiltak {i}", h2), Spacer(1, 3)]
        rows = [("Tiltak", title_printed(m)), ("Relasjon til NKPS tiltak nr.", dm_text(m, "ys2017")), ("Type tiltak", type_text(m, "ys2017")),
                ("Ansvarlig", m["responsible"]), ("Samarbeidspartnere", Pm(m)), ("Tidspunkt og varighet", m["period"]), ("Beskrivelse", m["description"])]
        t = Table([[Pa(a, S(size=9, bold=True)), Pa(v, S(size=9.5))] for a, v in rows], colWidths=[4.6 * cm, 12.2 * cm])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#E8EEF7"))]))
        st.append(t)
    d.build(st, onFirstPage=op, onLaterPages=op)

# ------------------------------------------------------------------ Virke 2018: matrix with merged delmål cells
def virke2018(r, path):
    d, op = doc(path, landscape(A4), "Hovedorganisasjonen Virke", "Virke – tiltaksmatrise 2018", 1.6 * cm, "{p}", font="LS")
    st = [Pa("Virkes tiltak 2018 – oppfølging av Nasjonal kompetansepolitisk strategi", S("LS", 16, bold=True)), Spacer(1, 6),
          Pa("Virke er hovedorganisasjonen for virksomheter i handel og tjenesteyting, med over 22 000 medlemsvirksomheter. "
             "Matrisen under følger oppsettet i sekretariatets oppsummering.", S("LS", 10)), Spacer(1, 8),
          Pa("Virke i tall 2018", S("LS", 11, bold=True))]
    stat = Table([["Medlemsvirksomheter", "22 500"], ["Ansatte i medlemsvirksomhetene", "240 000"], ["Lærlinger i medlemsvirksomhetene", "1 900"]],
                 colWidths=[7 * cm, 3 * cm])
    stat.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 9), ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey)]))
    st += [stat, PageBreak()]
    hdr = ["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere"]
    cs = S("LS", 9)
    data = [[Pa(h, S("LS", 9, bold=True)) for h in hdr]]
    spans, start, prev = [], 1, None
    for i, m in enumerate(r["measures"], 1):
        k = m["delmal"][0]
        data.append([Pa(section_heading(k, "virke2018") if k != prev else "", cs), Pa(title_printed(m), cs), Pa(type_text(m, "virke2018"), cs),
                     Pa(m["responsible"], cs), Pa(Pm(m), cs)])
        if k != prev:
            if prev is not None and i - 1 > start: spans.append(("SPAN", (0, start), (0, i - 1)))
            start, prev = i, k
    if len(data) - 1 > start: spans.append(("SPAN", (0, start), (0, len(data) - 1)))
    t = Table(data, colWidths=[2.0 * cm, 9.5 * cm, 4.0 * cm, 3.2 * cm, 6.5 * cm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#FFD7D7"))] + spans))
    st += [t, Spacer(1, 10), Pa(f"Totalt antall tiltak: {len(r['measures'])}", S("LS", 9, bold=True))]
    d.build(st, onFirstPage=op, onLaterPages=op)

# ------------------------------------------------------------------ VOFO 2019: grouped by main area, shaded boxes, meetings list
AREAS = {"1": "Hovedinnsatsområde 1: Gode valg for den enkelte og for samfunnet", "2": "Hovedinnsatsområde 2: Læring i arbeidslivet",
         "3": "Hovedinnsatsområde 3: Styrke kompetansen til voksne med svak tilknytning til arbeidslivet"}
def vofo2019(r, path):
    d, op = doc(path, A4, "VOFO årsrapport – kompetansestrategien", None, numbering="- {p} -", font="DVS")
    b = S("DVS", 10)
    st = [Pa("Voksenopplæringsforbundet", S("DVS", 12, color=colors.HexColor("#2E7D32"))),
          Pa("Årsrapport 2019: VOFO og Nasjonal kompetansepolitisk strategi", S("DVS", 17, bold=True)), Spacer(1, 8),
          Pa("VOFO er paraplyorganisasjon for 14 studieforbund. Tiltakene er gruppert etter hovedinnsatsområde. Delmål er oppgitt med nummer.", b),
          Spacer(1, 6), Pa("Møter og aktiviteter i 2019", S("DVS", 11, bold=True))]
    for s in ["Rådsmøte 5. februar 2019", "Rådsmøte 11. juni 2019", "Innspillsmøte om kompetansereformen, Bodø 4. april 2019", "Styremøte i VOFO 19. september 2019"]:
        st.append(Pa("• " + s, b))
    for a in "123":
        ms = [m for m in r["measures"] if m["delmal"][0][0] == a]
        if not ms: continue
        st += [Spacer(1, 12), Pa(AREAS[a], S("DVS", 12, bold=True, color=colors.HexColor("#2E7D32")))]
        for m in ms:
            rows = [[Pa(title_printed(m), S("DVS", 10.5, bold=True)), ""],
                    [Pa("Delmål", S("DVS", 9, bold=True)), Pa(dm_text(m, "vofo2019"), S("DVS", 9))],
                    [Pa("Kategori", S("DVS", 9, bold=True)), Pa(type_text(m, "vofo2019"), S("DVS", 9))],
                    [Pa("Ansvarlig", S("DVS", 9, bold=True)), Pa(m["responsible"], S("DVS", 9))],
                    [Pa("Samarbeid", S("DVS", 9, bold=True)), Pa(Pm(m), S("DVS", 9))],
                    [Pa("Når", S("DVS", 9, bold=True)), Pa(m["period"], S("DVS", 9))],
                    [Pa(m["description"], S("DVS", 9.5)), ""]]
            t = Table(rows, colWidths=[3.2 * cm, 13.4 * cm])
            t.setStyle(TableStyle([("SPAN", (0, 0), (1, 0)), ("SPAN", (0, 6), (1, 6)), ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#2E7D32")),
                                   ("INNERGRID", (0, 0), (-1, -1), 0.25, colors.lightgrey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8F5E9")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            st += [Spacer(1, 6), KeepTogether(t)]
    st += [Spacer(1, 12), Pa("Spørsmål kan rettes til VOFO, telefon 23 10 28 00.", S("DVS", 8.5, color=colors.grey))]
    d.build(st, onFirstPage=op, onLaterPages=op)

# ------------------------------------------------------------------ HK-dir 2022: landscape matrix grouped by area
def hk2022(r, path):
    d, op = doc(path, landscape(A4), "HK-dir | Oppfølging av NKPS | Rapport 2022", "Direktoratet for høyere utdanning og kompetanse", 1.5 * cm, "Side {p}")
    st = [Pa("Rapport 2022 – HK-dir", S(size=18, bold=True, color=colors.HexColor("#3C1053"))), Spacer(1, 4),
          Pa("Fra 1. juli 2021 er Kompetanse Norge en del av HK-dir. Tiltak som tidligere ble rapportert av Kompetanse Norge, rapporteres nå av HK-dir.", S(size=10)),
          Spacer(1, 8)]
    n = 0
    for a in "123":
        ms = [m for m in r["measures"] if m["delmal"][0][0] == a]
        if not ms: continue
        st += [Spacer(1, 8), Pa(AREAS[a], S(size=11, bold=True))]
        data = [[Pa(h, S(size=8.5, bold=True, color=colors.white)) for h in ["Nr.", "Tiltak", "Delmål", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Periode"]]]
        for m in ms:
            n += 1; cs = S(size=8.5)
            data.append([Pa(f"{a}-{n}", cs), Pa(title_printed(m), cs), Pa(dm_text(m, "hk2022"), cs), Pa(type_text(m, "hk2022"), cs),
                         Pa(m["responsible"], cs), Pa(Pm(m), cs), Pa(m["period"], cs)])
        t = Table(data, colWidths=[1.3 * cm, 7.5 * cm, 2.0 * cm, 3.9 * cm, 2.4 * cm, 6.0 * cm, 3.2 * cm], repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#3C1053")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        st.append(t)
    st += [Spacer(1, 10), Pa("Tabell: Tiltak per hovedinnsatsområde", S(size=10, bold=True))]
    cnt = [[f"Område {a}", str(sum(1 for m in r["measures"] if m["delmal"][0][0] == a))] for a in "123"]
    t = Table([["Område", "Antall"]] + cnt + [["Totalt", str(len(r["measures"]))]], colWidths=[4 * cm, 2 * cm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 9), ("GRID", (0, 0), (-1, -1), 0.3, colors.grey)]))
    st.append(t)
    d.build(st, onFirstPage=op, onLaterPages=op)

# ------------------------------------------------------------------ Vestland 2024 (nynorsk): compact table, status in title label
def vest2024(r, path):
    d, op = doc(path, A4, "Vestland fylkeskommune", "Rapportering til Kompetansepolitisk råd 2024", 1.8 * cm, "Side {p}", font="LS")
    st = [Pa("Rapportering 2024", S("LS", 18, bold=True, color=colors.HexColor("#00607A"))),
          Pa("Vestland fylkeskommune – tiltak innan kompetansepolitikken", S("LS", 11)), Spacer(1, 6),
          Pa("Tiltak merka «Vidareført:» er rapporterte også i 2021. Talet på vaksne som fekk karriererettleiing i 2024 var 5 300.", S("LS", 9.5)),
          Spacer(1, 8)]
    cs = S("LS", 8.5)
    data = [[Pa(h, S("LS", 8.5, bold=True)) for h in ["Tiltak", "Delmål", "Type", "Ansvarleg", "Samarbeidspartnarar", "Tidsrom"]]]
    for m in r["measures"]:
        data.append([Pa(title_printed(m), cs), Pa(dm_text(m, "vest2024"), cs), Pa(type_text(m, "vest2024"), cs), Pa(m["responsible"], cs),
                     Pa(Pm(m), cs), Pa(m["period"], cs)])
    t = Table(data, colWidths=[4.6 * cm, 1.5 * cm, 3.0 * cm, 2.6 * cm, 3.3 * cm, 2.4 * cm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#00607A")), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9EEF2")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st += [t, Spacer(1, 12), Pa("Venleg helsing\nVestland fylkeskommune\nAvdeling for opplæring og kompetanse", S("LS", 9.5))]
    d.build(st, onFirstPage=op, onLaterPages=op)

# ------------------------------------------------------------------ fpdf2 templates
class Pdf(FPDF):
    head = ""; foot = ""
    def multi_cell(self, w, h=None, text="", *a, **kw):
        kw.setdefault("new_x", "LMARGIN"); kw.setdefault("new_y", "NEXT")
        return super().multi_cell(w, h, text, *a, **kw)
    def header(self):
        if self.head:
            self.set_font("DV", size=7.5); self.set_text_color(110, 110, 110)
            self.cell(0, 6, self.head, align="R", new_x="LMARGIN", new_y="NEXT"); self.ln(2); self.set_text_color(0, 0, 0)
    def footer(self):
        self.set_y(-13); self.set_font("DV", size=7.5); self.set_text_color(110, 110, 110)
        self.cell(0, 6, self.foot.format(p=self.page_no()), align="C"); self.set_text_color(0, 0, 0)

def newpdf(head, foot):
    p = Pdf(format="A4"); p.head, p.foot = head, foot
    p.add_font("DV", "", FD + "DejaVuSans.ttf"); p.add_font("DV", "B", FD + "DejaVuSans-Bold.ttf")
    p.add_font("DV", "I", FD + "DejaVuSans-Oblique.ttf")
    p.set_auto_page_break(True, 18); p.set_margins(18, 15, 18); p.add_page(); return p

def kv(p, label, value, lw=42):
    p.set_font("DV", "B", 9); x = p.get_x(); y = p.get_y()
    p.multi_cell(lw, 5, label, new_x="RIGHT", new_y="TOP")
    p.set_font("DV", "", 9); p.multi_cell(0, 5, value or "", new_x="LMARGIN", new_y="NEXT")

# Akademikerne 2019: cards with coloured title bar
def aka2019(r, path):
    p = newpdf("Akademikerne – rapportering 2019", "Akademikerne · side {p}")
    p.set_font("DV", "B", 20); p.set_text_color(0, 57, 93); p.multi_cell(0, 10, "Akademikerne"); p.set_text_color(0, 0, 0)
    p.set_font("DV", "B", 13); p.multi_cell(0, 7, "Rapportering til Kompetansepolitisk råd 2019"); p.ln(3)
    p.set_font("DV", "", 10)
    p.multi_cell(0, 5, "Akademikerne har i 2019 prioritert kunnskapsgrunnlaget om høyt utdannedes kompetansebehov og karriereveiledning. "
                       "Under presenteres hvert tiltak på et eget kort."); p.ln(4)
    for i, m in enumerate(r["measures"], 1):
        if p.get_y() > 220: p.add_page()
        p.set_fill_color(0, 57, 93); p.set_text_color(255, 255, 255); p.set_font("DV", "B", 10.5)
        p.multi_cell(0, 7, title_printed(m), fill=True, new_x="LMARGIN", new_y="NEXT"); p.set_text_color(0, 0, 0); p.ln(1)
        kv(p, "Delmål", dm_text(m, "aka2019")); kv(p, "Type tiltak", type_text(m, "aka2019")); kv(p, "Ansvarlig", m["responsible"])
        kv(p, "Samarbeidspartnere", Pm(m)); kv(p, "Tidsrom", m["period"])
        p.set_font("DV", "I", 9); p.multi_cell(0, 5, m["description"], new_x="LMARGIN", new_y="NEXT"); p.ln(5)
    p.set_font("DV", "B", 10); p.multi_cell(0, 6, "Akademikernes medlemsforeninger 2019"); p.set_font("DV", "", 9)
    p.multi_cell(0, 5, "Den norske legeforening, Tekna, Econa, Juristforbundet, Samfunnsviterne, Tannlegeforeningen, Naturviterne m.fl. – til sammen 13 foreninger.")
    p.output(path)

# NAV 2019: numbered headings "Tiltak n –", definition lines, statistics table
def nav2019(r, path):
    p = newpdf("Arbeids- og velferdsdirektoratet", "NAV – rapport om oppfølging av kompetansestrategien – {p}")
    p.set_font("DV", "B", 16); p.multi_cell(0, 8, "NAVs rapport om oppfølging av Nasjonal kompetansepolitisk strategi 2019"); p.ln(2)
    p.set_font("DV", "", 10)
    p.multi_cell(0, 5, "NAV rapporterer på tiltak innenfor hovedinnsatsområde 3 og på karriereveiledning. Tallene i tabellen under er hentet fra NAVs statistikk."); p.ln(3)
    p.set_font("DV", "B", 10); p.multi_cell(0, 6, "Tabell 1. Deltakere i opplæringstiltak (gjennomsnitt per måned)")
    p.set_font("DV", "", 9)
    with p.table(col_widths=(90, 40, 40), text_align=("LEFT", "RIGHT", "RIGHT")) as t:
        for row in [("Tiltak", "2018", "2019"), ("Arbeidsmarkedsopplæring (AMO)", "9 800", "10 400"), ("Utdanning som tiltak", "2 100", "2 650"), ("Kurs i grunnleggende ferdigheter", "610", "790")]:
            rr = t.row()
            for v in row: rr.cell(v)
    p.ln(5)
    for i, m in enumerate(r["measures"], 1):
        if p.get_y() > 230: p.add_page()
        p.set_font("DV", "B", 11); p.multi_cell(0, 6, f"Tiltak {i} – {title_printed(m)}", new_x="LMARGIN", new_y="NEXT")
        p.set_font("DV", "", 9.5); p.multi_cell(0, 5, m["description"], new_x="LMARGIN", new_y="NEXT"); p.ln(1)
        kv(p, "Delmål:", dm_text(m, "nav2019"), 36); kv(p, "Type:", type_text(m, "nav2019"), 36); kv(p, "Ansvarlig:", m["responsible"], 36)
        kv(p, "Samarbeid:", Pm(m), 36); kv(p, "Periode:", m["period"], 36); p.ln(4)
    p.output(path)

TEMPLATES = {f.__name__: f for f in [ys2017, virke2018, vofo2019, hk2022, vest2024, aka2019, nav2019]}
