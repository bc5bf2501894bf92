# -*- coding: utf-8 -*-
"""Render batch match57 from data.py. Output -> /work/blind/match57, intermediates -> match57_build/tmp."""
import os, subprocess, shutil
from data import FILES
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = "/work/blind/match57"
TMP = "/work/blind/match57_build/tmp"
os.makedirs(OUT, exist_ok=True); os.makedirs(TMP, exist_ok=True)
DJ = "/usr/share/fonts/truetype/dejavu/"

def join_og(items, og=" og "):
    """commas + final 'og', unless an item itself contains ' og ' (then commas only)."""
    if not items: return ""
    if len(items) == 1: return items[0]
    if any(" og " in x for x in items): return ", ".join(items)
    return ", ".join(items[:-1]) + og + items[-1]

# ---------------------------------------------------------------- docx helpers
def page_field(par):
    r = par.add_run()
    f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin')
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = 'PAGE'
    f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'end')
    r._r.append(f1); r._r.append(it); r._r.append(f2)

def hdr_ftr(doc, header=None, footer=None, pagenum=False):
    s = doc.sections[0]
    if header:
        s.header.paragraphs[0].text = header
    if footer or pagenum:
        p = s.footer.paragraphs[0]
        p.text = footer or ""
        if pagenum:
            p.add_run(" side " if footer else "Side ")
            page_field(p)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER

def bold_par(doc, label, text=None, size=None):
    p = doc.add_paragraph()
    r = p.add_run(label); r.bold = True
    if size: r.font.size = Pt(size)
    if text is not None: p.add_run(text)
    return p

def fix_table(t, widths):
    """Write widths into tblGrid too (LibreOffice reads the grid) and keep rows from splitting across pages."""
    if widths:
        grid = t._tbl.tblGrid
        for gc, w in zip(grid.findall(qn('w:gridCol')), widths): gc.set(qn('w:w'), str(int(Cm(w).twips if hasattr(Cm(w), 'twips') else Cm(w) / 635)))
        for row in t.rows:
            for c, w in zip(row.cells, widths): c.width = Cm(w)
    for row in t.rows:
        trPr = row._tr.get_or_add_trPr(); e = OxmlElement('w:cantSplit'); trPr.append(e)

def table(doc, rows, header=None, style="Table Grid", widths=None, bold_header=True):
    n = len(header or rows[0])
    t = doc.add_table(rows=0, cols=n); t.style = style
    if header:
        cells = t.add_row().cells
        for c, h in zip(cells, header):
            c.text = h
            for r in c.paragraphs[0].runs: r.bold = bold_header
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row): c.text = "" if v is None else str(v)
    fix_table(t, widths)
    return t

def form(doc, pairs, widths=(4.5, 11)):
    t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
    for k, v in pairs:
        if v is None: continue
        c = t.add_row().cells
        c[0].text = k; c[0].paragraphs[0].runs[0].bold = True
        c[1].text = v
    fix_table(t, widths)
    return t

def to_pdf(docx_path, pdf_name):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", TMP, docx_path],
                   check=True, capture_output=True, timeout=180)
    shutil.move(os.path.join(TMP, os.path.basename(docx_path)[:-5] + ".pdf"), os.path.join(OUT, pdf_name))

def save_doc(doc, f):
    if f["name"].endswith(".docx"):
        doc.save(os.path.join(OUT, f["name"]))
    else:
        p = os.path.join(TMP, f["name"][:-4] + ".docx"); doc.save(p); to_pdf(p, f["name"])

# ---------------------------------------------------------------- reportlab helpers
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak, KeepTogether)
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from xml.sax.saxutils import escape as X
pdfmetrics.registerFont(TTFont("DV", DJ + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", DJ + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", DJ + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", DJ + "DejaVuSerif-Bold.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DV"); addMapping("DV", 1, 1, "DVB")
addMapping("DVS", 0, 0, "DVS"); addMapping("DVS", 1, 0, "DVSB"); addMapping("DVS", 0, 1, "DVS"); addMapping("DVS", 1, 1, "DVSB")
def PS(name, font="DV", size=9, lead=None, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.25, **kw)
SMALL = PS("small", size=8); BODY = PS("body", size=10); H1 = PS("h1", font="DVB", size=16, lead=20, spaceAfter=8)
H2 = PS("h2", font="DVB", size=12, lead=15, spaceBefore=8, spaceAfter=4)
def P(t, st=SMALL): return Paragraph(X(t) if t else "", st)

# ---------------------------------------------------------------- fpdf helpers
from fpdf import FPDF
class FP(FPDF):
    footer_text = ""; header_text = ""
    def header(self):
        if self.header_text:
            self.set_font("DV", "", 8); self.set_text_color(120)
            self.cell(0, 5, self.header_text, align="R", new_x="LMARGIN", new_y="NEXT"); self.ln(2); self.set_text_color(0)
    def footer(self):
        self.set_y(-12); self.set_font("DV", "", 8); self.set_text_color(120)
        self.cell(0, 5, self.footer_text.format(p=self.page_no(), n="{nb}"), align="C"); self.set_text_color(0)
def fpdf_new(header="", footer=""):
    pdf = FP(format="A4"); pdf.header_text = header; pdf.footer_text = footer
    pdf.add_font("DV", "", DJ + "DejaVuSans.ttf"); pdf.add_font("DV", "B", DJ + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", DJ + "DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(True, 18); pdf.alias_nb_pages(); pdf.add_page(); pdf.set_margins(18, 15, 18)
    return pdf
def fw(pdf, text, size=10, style="", h=None, color=0):
    pdf.set_font("DV", style, size); pdf.set_text_color(color)
    pdf.multi_cell(0, h or size * 0.5, text, new_x="LMARGIN", new_y="NEXT"); pdf.set_text_color(0)

# ================================================================ templates
def t_spekter17(f):
    d = Document(); hdr_ftr(d, header="SPEKTER", footer="Rapportering NKPS 2017 –", pagenum=True)
    d.add_heading("Spekters rapportering på Nasjonal kompetansepolitisk strategi 2017", 1)
    d.add_paragraph("Oslo, 25. september 2017")
    d.add_paragraph("Spekter viser til brev fra Kunnskapsdepartementet om rapportering på oppfølgingen av strategien. "
                    "Under følger våre rapporteringspunkter for 2017.")
    bold_par(d, "Rapporteringspunkter:")
    for i, m in enumerate(f["measures"], 1):
        d.add_paragraph(f"{i}. {m['title']}.")
        d.add_paragraph(f"Relasjon til NKPS tiltak {m['dm_print']}.")
    for i, m in enumerate(f["measures"]):
        d.add_page_break()
        bold_par(d, "1. Tiltak i Nasjonal kompetansepolitisk strategi")
        d.add_paragraph(m["title"] + "."); d.add_paragraph(f"Relasjon til NKPS tiltak {m['dm_print']}.")
        bold_par(d, "2. Ansvarlig og samarbeidspartnere")
        s = f"{m['responsible']} er ansvarlig for tiltaket."
        if m["partners"]: s += f" Samarbeidspartnere er {join_og(m['partners'])}."
        d.add_paragraph(s)
        bold_par(d, "3. Beskrivelse av tiltaket (maks en halv side)")
        d.add_paragraph(m["description"])
        bold_par(d, "4. Tidspunkt og varighet")
        d.add_paragraph(f"{9 + i}. {m['period']}")
    save_doc(d, f)

def t_lo17(f):
    d = Document(); hdr_ftr(d, header="Landsorganisasjonen i Norge")
    d.add_paragraph("Kunnskapsdepartementet\nv/ sekretariatet for Kompetansepolitisk råd\nPostboks 8119 Dep\n0032 Oslo")
    d.add_paragraph("Vår ref.: 17/0456          Dato: 15. desember 2017")
    bold_par(d, "LOs oppfølging av Nasjonal kompetansepolitisk strategi 2017", size=14)
    d.add_paragraph("Vi viser til avtalen i rådet om at medlemmene skal rapportere på oppfølgingen av strategien. "
                    "Tabellen viser hva LO har gjort i 2017. Numrene viser til strategiens tiltak 1–16.")
    rows = [[m["dm_print"], m["title"], m["responsible"], join_og(m["partners"]), m["period"]] for m in f["measures"]]
    table(d, rows, header=["Nr. i strategien", "Hva LO gjør", "Ansvar", "Sammen med", "Når"], widths=(2.2, 6.5, 1.8, 3.5, 2.8))
    bold_par(d, "Møter i Kompetansepolitisk råd 2017")
    for s in ["3. februar 2017 – signering av strategien", "14. juni 2017 – rådsmøte om rapporteringsformen",
              "29. november 2017 – rådsmøte, oppsummering av første år"]:
        d.add_paragraph(s, style="List Bullet")
    d.add_paragraph("LO vil i 2018 videreføre arbeidet og rapportere på samme måte.")
    d.add_paragraph("Med vennlig hilsen\nLandsorganisasjonen i Norge\n\nTrude Hansen\nrådgiver, avdeling for samfunnspolitikk")
    save_doc(d, f)

def t_reg18(f):
    path = os.path.join(OUT, f["name"])
    def deco(c, doc):
        c.saveState(); c.setFont("DV", 8); c.setFillGray(0.4)
        c.drawString(40, A4[1] - 30, "Kunnskapsdepartementet"); c.drawRightString(A4[0] - 40, A4[1] - 30, "Rapportering 2018")
        c.drawCentredString(A4[0] / 2, 25, f"{doc.page}"); c.restoreState()
    st = [Paragraph("Regjeringens tiltak for å følge opp Nasjonal kompetansepolitisk strategi – rapportering 2018", H1),
          Paragraph("Oversikten viser tiltak fra departementene, samlet av Kunnskapsdepartementet. Ansvarlig departement er oppgitt "
                    "med forkortelse.", BODY), Spacer(1, 8)]
    hdr = [P(h, PS("th", font="DVB", size=8)) for h in ["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere"]]
    data = [hdr]; spans = []
    ms = f["measures"]; i = 0
    while i < len(ms):
        j = i
        while j + 1 < len(ms) and ms[j + 1]["dm_print"] == ms[i]["dm_print"]: j += 1
        for k in range(i, j + 1):
            m = ms[k]
            data.append([P(m["dm_print"] if k == i else ""), P(m["title"]), P(m["type_print"]), P(m["responsible"]), P(", ".join(m["partners"]))])
        if j > i: spans.append(("SPAN", (0, len(data) - (j - i) - 1), (0, len(data) - 1)))
        i = j + 1
    t = Table(data, colWidths=[45, 190, 85, 60, 135], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee"))] + spans))
    st += [t, Spacer(1, 14), Paragraph("Antall tiltak per hovedinnsatsområde", H2)]
    cnt = {"1": 0, "2": 0, "3": 0}
    for m in ms: cnt[m["delmal"][0][0]] += 1
    t2 = Table([["Hovedinnsatsområde", "Antall tiltak 2018"], ["1 Gode valg for den enkelte og for samfunnet", str(cnt["1"])],
                ["2 Læring i arbeidslivet", str(cnt["2"])], ["3 Voksne med svak tilknytning til arbeidslivet", str(cnt["3"])],
                ["Totalt", str(len(ms))]], colWidths=[280, 110])
    t2.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 9), ("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
    st.append(t2)
    SimpleDocTemplate(path, pagesize=A4, topMargin=50, bottomMargin=45, leftMargin=40, rightMargin=40).build(st, onFirstPage=deco, onLaterPages=deco)

def t_lo18(f):
    d = Document(); hdr_ftr(d, footer="LO – Rapport til Kompetansepolitisk råd 2018 –", pagenum=True)
    p = d.add_paragraph(); r = p.add_run("Rapport til Kompetansepolitisk råd\nLOs tiltak 2018"); r.bold = True; r.font.size = Pt(24)
    d.add_paragraph("Landsorganisasjonen i Norge\nJanuar 2019")
    t = table(d, [["Kontaktperson", "Trude Hansen, rådgiver"], ["E-post", "trude.hansen@lo.no"], ["Telefon", "23 06 10 50"]])
    d.add_page_break()
    d.add_heading("Innledning", 2)
    d.add_paragraph("LO rapporterer her på tiltak som følger opp strategiens delmål. Hvert tiltak er beskrevet i et eget skjema.")
    for i, m in enumerate(f["measures"], 1):
        d.add_heading(f"Skjema {i}", 3)
        form(d, [("Navn på tiltak", m["title"]), ("Relasjon til delmål", m["dm_print"]), ("Type tiltak", m["type_print"]),
                 ("Ansvarlig", m["responsible"]), ("Samarbeidspartnere", join_og(m["partners"])),
                 ("Beskrivelse", m["description"] or ""), ("Tidspunkt og varighet", m["period"])])
        d.add_paragraph()
    d.add_heading("Tillitsvalgte på kurs 2018", 2)
    table(d, [["Grunnkurs", "1 240", "1 310"], ["Kompetansekurs", "410", "520"], ["Digitale kurs", "180", "650"]],
          header=["Kurs", "2017", "2018"])
    save_doc(d, f)

def t_nho18(f):
    pdf = fpdf_new(footer="NHO | Side {p} av {n}")
    pdf.ln(30); fw(pdf, "Kompetansepolitisk rapport 2018", 22, "B", 11); fw(pdf, "NHOs oppfølging av Nasjonal kompetansepolitisk strategi", 12)
    pdf.ln(4); fw(pdf, "Næringslivets Hovedorganisasjon, februar 2019", 10, "I")
    pdf.add_page(); fw(pdf, "Om NHO", 14, "B", 8)
    fw(pdf, "NHO organiserer over 28 000 medlemsbedrifter med til sammen 680 000 årsverk. Kompetanse er en av våre "
            "viktigste saker, og vi rapporterer her seks tiltak for 2018.", 10)
    for i, m in enumerate(f["measures"], 1):
        pdf.ln(4); fw(pdf, f"{i}. {m['title']}", 12, "B", 6)
        for k, v in [("Delmål", m["dm_print"]), ("Type", m["type_print"]), ("Ansvar", m["responsible"]),
                     ("Partnere", join_og(m["partners"])), ("Når", m["period"])]:
            fw(pdf, f"{k}: {v}", 9, "", 4.6)
        if m["description"]: pdf.ln(1); fw(pdf, m["description"], 10)
    pdf.output(os.path.join(OUT, f["name"]))

def t_ks18(f):
    d = Document(); s = d.sections[0]; s.orientation = WD_ORIENT.LANDSCAPE; s.page_width, s.page_height = s.page_height, s.page_width
    hdr_ftr(d, header="KS – Kommunesektorens organisasjon")
    d.add_heading("KS' innrapportering til Kompetansepolitisk råd 2018", 1)
    d.add_paragraph("Tabellen viser KS' tiltak. Koblingen til strategien er angitt med delmålets tekst.")
    rows = [[m["dm_print"], m["title"], m["type_print"], m["responsible"], ", ".join(m["partners"]), m["period"]] for m in f["measures"]]
    table(d, rows, header=["Delmål (tekst)", "Tiltak", "Type", "Ansvar", "Med hvem", "Når"], widths=(6, 6.5, 2.5, 1.5, 4, 3))
    d.add_heading("Møter i KS' kompetansegruppe 2018", 2)
    for s_ in ["12. februar: oppstart, gjennomgang av strategien", "4. juni: lærlinger og samfunnskontrakten",
               "22. oktober: digital kompetanse i kommunene"]:
        d.add_paragraph(s_, style="List Bullet")
    save_doc(d, f)

def t_mr18(f):
    d = Document(); hdr_ftr(d, header="Møre og Romsdal fylkeskommune – Regional utvikling", pagenum=True)
    d.add_heading("Rapportering til Kompetansepolitisk råd 2018", 1)
    d.add_paragraph("Møre og Romsdal fylkeskommune har fått ei sterkare kompetansepolitisk rolle. Her følgjer tiltaka "
                    "fylkeskommunen har sett i verk for å følgje opp strategien.")
    for i, m in enumerate(f["measures"], 1):
        d.add_heading(f"Tiltak {i}: {m['title']}", 2)
        for k, v in [("Delmål: ", m["dm_print"]), ("Type tiltak: ", m["type_print"]), ("Ansvarleg: ", m["responsible"]),
                     ("Samarbeidspartnarar: ", join_og(m["partners"])), ("Tidsrom: ", m["period"])]:
            bold_par(d, k, v)
        if m["description"]: bold_par(d, "Skildring: ", m["description"])
    d.add_heading("Nøkkeltal", 2)
    table(d, [["Vaksne i vidaregåande opplæring", "1 812"], ["Fullført fagbrev (vaksne)", "604"], ["Karriererettleiingar", "2 950"]],
          header=["", "2018"])
    d.add_paragraph("Kontakt: Kari Nes, rådgjevar, kari.nes@mrfylke.no")
    save_doc(d, f)

def t_ys18(f):
    d = Document(); hdr_ftr(d, header="YS – Yrkesorganisasjonenes Sentralforbund")
    table(d, [["Til:", "Kompetansepolitisk råd v/ Kunnskapsdepartementet"], ["Fra:", "YS"], ["Dato:", "1. februar 2019"],
              ["Sak:", "YS' oppfølging av Nasjonal kompetansepolitisk strategi i 2018"]], widths=(2.5, 13))
    bold_par(d, "NOTAT", size=16)
    d.add_paragraph("YS har i 2018 arbeidet med strategien både i rådet og gjennom forbundene. Nedenfor følger en kort oversikt.")
    rows = [[m["title"], m["dm_print"], ", ".join(m["partners"]), m["description"] or ""] for m in f["measures"]]
    table(d, rows, header=["Tiltak", "Delmål", "Samarbeid", "Kort om tiltaket"], widths=(5, 1.6, 2.6, 6.5))
    d.add_paragraph("\nMed vennlig hilsen\nYS\n\nErik Lund\nutredningsleder")
    save_doc(d, f)

def t_vofo18(f):
    d = Document(); hdr_ftr(d, header="VOFO – Voksenopplæringsforbundet", footer="VOFO 2018")
    d.add_heading("Frivillig sektors bidrag til Nasjonal kompetansepolitisk strategi – rapport 2018", 1)
    d.add_paragraph("VOFO representerer frivillig sektor i Kompetansepolitisk råd. Våre tiltak er ordnet etter delmål.")
    words = {"3.2": "Stimulere til bruk av Kompetanseplussordningene", "3.6": "Stimulere til at flere finner læringsmotivasjon gjennom opplæring i frivillig sektor"}
    cur = None
    for m in f["measures"]:
        if m["dm_print"] != cur:
            cur = m["dm_print"]; d.add_heading(f"{cur} – {words[m['delmal'][0]]}", 2)
        p = d.add_paragraph(style="List Bullet"); r = p.add_run(m["title"]); r.bold = True
        p.add_run(f" – {m['description']} (Type: {m['type_print']}; ansvar: {m['responsible']}; samarbeid: {join_og(m['partners'])})")
    d.add_heading("Nøkkeltall for studieforbundene 2018", 2)
    table(d, [["Kurs", "43 515"], ["Deltakere", "520 114"], ["Kurstimer", "1 703 227"]], header=["", "Antall"])
    save_doc(d, f)

def t_spekter19(f):
    d = Document(); hdr_ftr(d, header="SPEKTER  |  Arbeidsgiverforeningen", footer="Spekter – rapportering 2019 –", pagenum=True)
    d.add_heading("Rapportering på Nasjonal kompetansepolitisk strategi 2019", 1)
    d.add_paragraph("Spekter rapporterer sju tiltak. Flere av dem er videreført fra tidligere år.")
    for i, m in enumerate(f["measures"], 1):
        d.add_heading(f"Tiltak nr. {i}", 2)
        form(d, [("Tiltak", m["title"]), ("Delmål", m["dm_print"]), ("Type tiltak", m["type_print"]), ("Ansvarlig", m["responsible"]),
                 ("Samarbeidspartnere", join_og(m["partners"]) or "–"), ("Tidspunkt og varighet", m["period"]),
                 ("Beskrivelse", m["description"] or "–")])
    save_doc(d, f)

def t_ks19(f):
    path = os.path.join(OUT, f["name"]); W, H = landscape(A4)
    def deco(c, doc):
        c.saveState(); c.setFont("DV", 7); c.setFillGray(0.45)
        c.drawString(36, 20, "KS | Rapport NKPS 2019"); c.drawRightString(W - 36, 20, f"Side {doc.page}"); c.restoreState()
    st = [Spacer(1, 120), Paragraph("KS", PS("big", font="DVB", size=40, lead=46)),
          Paragraph("Rapport til Kompetansepolitisk råd 2019", H1), Paragraph("Kommunesektorens organisasjon, januar 2020", BODY), PageBreak()]
    th = PS("th", font="DVB", size=8)
    data = [[P(h, th) for h in ["Tiltak", "Delmål", "Type", "Samarbeid", "Status 2019"]]]
    style = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#c9dcef"))]
    areas = {"1": "Hovedinnsatsområde 1: Gode valg", "2": "Hovedinnsatsområde 2: Læring i arbeidslivet", "3": "Hovedinnsatsområde 3: Voksne med svak tilknytning"}
    cur = None
    for m in f["measures"]:
        a = m["delmal"][0][0]
        if a != cur:
            cur = a; data.append([P(areas[a], th), "", "", "", ""]); r = len(data) - 1
            style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#eeeeee"))]
        data.append([P(m["title"]), P(m["dm_print"]), P(m["type_print"]), P(", ".join(m["partners"])), P(m["period"])])
    t = Table(data, colWidths=[290, 90, 70, 180, 110], repeatRows=1); t.setStyle(TableStyle(style))
    st += [Paragraph("Tiltak 2019", H2), t, Spacer(1, 14)]
    box = Table([[P("Fakta: lærlinger i kommunesektoren", th)], [P("Antall lærlinger 1. oktober 2019: 7 812 (2018: 7 459). "
                 "Andel kommuner med minst én lærling: 93 prosent.")]], colWidths=[400])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#c9dcef")), ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f4f8fc"))]))
    st.append(box)
    SimpleDocTemplate(path, pagesize=(W, H), topMargin=36, bottomMargin=40, leftMargin=36, rightMargin=36).build(st, onFirstPage=deco, onLaterPages=deco)

def t_virke19(f):
    pdf = fpdf_new(header="Virke – Hovedorganisasjonen for virksomheter i handel og tjenesteyting", footer="{p}")
    fw(pdf, "Virkes innspill til Kompetansepolitisk råd 2019", 18, "B", 9)
    fw(pdf, "Virke har i 2019 arbeidet med kompetanse i handel og tjenesteyting. Under følger våre tiltak, ordnet etter "
            "strategiens hovedinnsatsområder.", 10)
    pdf.ln(3); pdf.set_fill_color(235, 240, 235); pdf.set_font("DV", "B", 9)
    pdf.multi_cell(80, 5, "Virke i tall\n25 000 virksomheter\n270 000 ansatte\n3 nye rapporter om kompetanse", fill=True, new_x="LMARGIN", new_y="NEXT")
    areas = {"1": "Gode valg for den enkelte og for samfunnet", "2": "Læring i arbeidslivet", "3": "Voksne med svak tilknytning"}
    cur = None
    for m in f["measures"]:
        a = m["delmal"][0][0]
        if a != cur: cur = a; pdf.ln(3); fw(pdf, areas[a], 13, "B", 7)
        pdf.ln(2); fw(pdf, f"Tiltak: {m['title']}", 10.5, "B", 5.5)
        meta = f"{m['dm_print']} | {m['type_print']} | Ansvar: {m['responsible']}"
        if m["partners"]: meta += f" | Samarbeid: {join_og(m['partners'])}"
        meta += f" | {m['period']}"
        fw(pdf, meta, 8.5, "I", 4.5, color=90)
        if m["description"]: fw(pdf, m["description"], 10)
    pdf.ln(6); fw(pdf, "Med hilsen\nVirke, avdeling for kompetanse og arbeidsliv", 10)
    pdf.output(os.path.join(OUT, f["name"]))

def t_aka19(f):
    d = Document(); hdr_ftr(d, header="Akademikerne", pagenum=True)
    d.add_heading("Akademikernes oppfølging av kompetansestrategien 2019", 0)
    d.add_paragraph("Akademikerne organiserer høyt utdannede. Vår innsats i 2019 har særlig handlet om kunnskapsgrunnlaget for "
                    "etter- og videreutdanning for høyt utdannede.")
    for i, m in enumerate(f["measures"], 1):
        d.add_heading(f"{i} {m['title']}", 2)
        for k, v in [("Delmål: ", m["dm_print"]), ("Type: ", m["type_print"]), ("Ansvarlig: ", m["responsible"]),
                     ("Samarbeid: ", join_og(m["partners"])), ("Periode: ", m["period"])]:
            p = d.add_paragraph(style="List Bullet"); p.add_run(k).bold = True; p.add_run(v)
        if m["description"]: d.add_paragraph(m["description"])
    d.add_heading("Publisert i 2019", 2)
    for m in f["measures"][:3]:
        d.add_paragraph(m["title"].replace("Forskningsrapport ", ""), style="List Number")
    save_doc(d, f)

def t_reg20(f):
    d = Document(); s = d.sections[0]; s.orientation = WD_ORIENT.LANDSCAPE; s.page_width, s.page_height = s.page_height, s.page_width
    d.add_heading("Regjeringens rapportering til Kompetansepolitisk råd 2020", 1)
    d.add_paragraph("Tabellen viser regjeringens tiltak i 2020. Mange av tiltakene er nå en del av kompetansereformen Lære hele livet.")
    ms = f["measures"]
    t = table(d, [[m["dm_print"], m["title"], m["type_print"], m["responsible"], ", ".join(m["partners"]), m["period"]] for m in ms],
              header=["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Status"], widths=(1.6, 7, 3, 1.8, 5.5, 4))
    i = 0
    while i < len(ms):
        j = i
        while j + 1 < len(ms) and ms[j + 1]["dm_print"] == ms[i]["dm_print"]: j += 1
        if j > i:
            top = t.cell(i + 1, 0); top.merge(t.cell(j + 1, 0)); top.text = ms[i]["dm_print"]
        i = j + 1
    save_doc(d, f)

def t_vl20(f):
    d = Document(); hdr_ftr(d, header="Vestland fylkeskommune", footer="Rapport til Kompetansepolitisk råd 2020 –", pagenum=True)
    d.add_heading("Rapport frå Vestland fylkeskommune 2020", 1)
    d.add_heading("Innleiing", 2)
    d.add_paragraph("Vestland fylkeskommune vart etablert 1. januar 2020. Kompetansepolitikken er forankra i den regionale planen "
                    "og i samarbeidet i Kompetanseforum Vestland.")
    areas = {"1": "Hovudinnsatsområde 1: Gode val", "2": "Hovudinnsatsområde 2: Læring i arbeidslivet", "3": "Hovudinnsatsområde 3: Vaksne med svak tilknyting til arbeidslivet"}
    for a in "123":
        ms = [m for m in f["measures"] if m["delmal"][0][0] == a]
        if not ms: continue
        d.add_heading(areas[a], 2)
        table(d, [[m["title"], m["dm_print"], m["type_print"], m["responsible"], ", ".join(m["partners"]), m["period"]] for m in ms],
              header=["Tiltak", "Delmål", "Type tiltak", "Ansvarleg", "Partnarar", "Periode"], widths=(4.5, 1.3, 2.2, 2.6, 3.6, 2.2))
    d.add_heading("Møte i Kompetanseforum Vestland 2020", 2)
    for s_ in ["5. mars 2020 – konstituerande møte", "17. juni 2020 – digitalt møte om permitterte", "3. desember 2020 – handlingsprogram"]:
        d.add_paragraph(s_, style="List Bullet")
    table(d, [["Kontakt", "Ola Berge, seksjon for kompetanse, ola.berge@vlfk.no"]])
    save_doc(d, f)

def hr(doc):
    p = doc.add_paragraph(); pPr = p._p.get_or_add_pPr(); b = OxmlElement('w:pBdr'); bt = OxmlElement('w:bottom')
    for k, v in [('w:val', 'single'), ('w:sz', '6'), ('w:space', '1'), ('w:color', '999999')]: bt.set(qn(k), v)
    b.append(bt); pPr.append(b)

def t_ks20(f):
    d = Document(); hdr_ftr(d, footer="KS 2020")
    d.add_heading("KS' kompetansepolitiske rapport 2020", 1)
    d.add_paragraph("Koronapandemien preget året. Likevel er flere tiltak videreført, og noen nye er kommet til.")
    for m in f["measures"]:
        hr(d)
        bold_par(d, "Tiltak: ", m["title"]); bold_par(d, "Kobling til strategien: ", m["dm_print"])
        bold_par(d, "Type: ", m["type_print"]); bold_par(d, "Hvem: ", m["responsible"] + (f", sammen med {join_og(m['partners'])}" if m["partners"] else ""))
        bold_par(d, "Periode: ", m["period"])
        if m["description"]: d.add_paragraph(m["description"])
    hr(d); d.add_heading("Tall fra arbeidslivsmonitoren", 2)
    table(d, [["Kommuner som oppgir rekrutteringsutfordringer", "72 %"], ["Mangel på sykepleiere", "64 %"], ["Mangel på helsefagarbeidere", "41 %"]],
          header=["Indikator", "2020"])
    d.add_paragraph("Møter: KS deltok på rådsmøtene 11. februar og 2. desember 2020.")
    save_doc(d, f)

def t_lo21(f):
    path = os.path.join(OUT, f["name"])
    def deco(c, doc):
        c.saveState(); c.setFillColor(colors.HexColor("#c8102e")); c.rect(0, A4[1] - 28, A4[0], 28, fill=1, stroke=0)
        c.setFillColor(colors.white); c.setFont("DVB", 10); c.drawString(40, A4[1] - 19, "LO – Tiltaksoversikt 2021")
        c.setFillGray(0.4); c.setFont("DV", 8); c.drawCentredString(A4[0] / 2, 22, f"– {doc.page} –"); c.restoreState()
    st = [Spacer(1, 10), Paragraph("LOs tiltak for å følge opp kompetansepolitikken 2021", H1),
          Paragraph("Strategiperioden 2017–2021 er over. LO viderefører arbeidet i ny strategi. Her er tiltakene for 2021.", BODY), Spacer(1, 8)]
    tt = PS("tt", font="DVB", size=11, lead=14); kv = PS("kv", size=8, textColor=colors.HexColor("#444444"))
    for m in f["measures"]:
        rows = [[Paragraph(X(m["title"]), tt)]]
        for k, v in [("Delmål", m["dm_print"]), ("Type", m["type_print"]), ("Ansvarlig", m["responsible"]),
                     ("Partnere", join_og(m["partners"])), ("Periode", m["period"])]:
            if v: rows.append([Paragraph(f"<b>{k}:</b> {X(v)}", kv)])
        if m["description"]: rows.append([P(m["description"], PS("d", size=9))])
        b = Table(rows, colWidths=[500]); b.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#c8102e")),
                                                             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#fbeaec"))]))
        st += [KeepTogether(b), Spacer(1, 8)]
    lt = Table([[P("LO i tall", PS("b", font="DVB", size=9))], [P("Medlemmer: 960 000. Forbund: 25. Tillitsvalgte på kompetansekurs 2021: 2 140.")],
                [P("Kontakt: kompetanse@lo.no")]], colWidths=[300])
    lt.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.grey)])); st.append(lt)
    SimpleDocTemplate(path, pagesize=A4, topMargin=45, bottomMargin=40, leftMargin=45, rightMargin=45).build(st, onFirstPage=deco, onLaterPages=deco)

def t_unio21(f):
    d = Document(); hdr_ftr(d, header="Unio – hovedorganisasjon for universitetsutdannede", pagenum=True)
    d.add_heading("Unios rapport til Kompetansepolitisk råd 2021", 1)
    d.add_paragraph("Unio rapporterer fem tiltak. Unio er ansvarlig for alle tiltakene med mindre annet er oppgitt.")
    t = table(d, [[str(i), m["title"], m["dm_print"], m["type_print"], ", ".join(m["partners"])] for i, m in enumerate(f["measures"], 1)],
              header=["Nr", "Tiltak", "Delmål", "Type", "Samarbeid"], widths=(1, 7, 1.8, 3, 4))
    trPr = t.rows[0]._tr.get_or_add_trPr(); e = OxmlElement('w:tblHeader'); e.set(qn('w:val'), 'true'); trPr.append(e)
    d.add_heading("Unios medlemsorganisasjoner", 2)
    for s_ in ["Utdanningsforbundet", "Norsk Sykepleierforbund", "Politiets Fellesforbund", "Forskerforbundet", "Fysioterapeutforbundet"]:
        d.add_paragraph(s_, style="List Bullet")
    bold_par(d, "Unio mener: ", "Etter- og videreutdanning må finansieres i et spleiselag mellom staten, arbeidsgiver og arbeidstaker.")
    save_doc(d, f)

def t_trd21(f):
    pdf = fpdf_new(header="Trøndelag fylkeskommune – Årsrapport 2021", footer="Side {p}")
    fw(pdf, "4 Kompetanse og kvalifisering", 16, "B", 8)
    fw(pdf, "Kapitlet omtaler fylkeskommunens arbeid med kompetanse i 2021 og er også vår rapport til Kompetansepolitisk råd.", 10)
    pdf.ln(2); pdf.set_font("DV", "B", 9)
    for row in [("Voksne i videregående opplæring", "2019", "2020", "2021"), ("Deltakere", "3 105", "3 380", "3 712"), ("Fullført fag-/svennebrev", "812", "865", "941")]:
        for j, c in enumerate(row): pdf.cell(70 if j == 0 else 30, 6, c, border=1)
        pdf.ln(); pdf.set_font("DV", "", 9)
    for i, m in enumerate(f["measures"], 1):
        pdf.ln(4); fw(pdf, f"4.{i} {m['title']} ({m['dm_print']})", 11.5, "B", 6)
        for k, v in [("Ansvar", m["responsible"]), ("Partnere", join_og(m["partners"])), ("Type", m["type_print"]), ("Periode", m["period"])]:
            fw(pdf, f"{k}: {v}", 9, "", 4.6)
        if m["description"]: fw(pdf, m["description"], 10)
    pdf.output(os.path.join(OUT, f["name"]))

def t_vl22(f):
    d = Document(); hdr_ftr(d, header="Vestland fylkeskommune | Kompetanse og arbeidskraft", pagenum=True)
    d.add_heading("Rapportering til Kompetansepolitisk råd 2022", 1)
    d.add_paragraph("Fylkeskommunen rapporterer seks tiltak. Fleire av tiltaka er vidareførte frå 2020.")
    for m in f["measures"]:
        form(d, [("Namn på tiltak", m["title"]), ("Delmål", m["dm_print"]), ("Type tiltak", m["type_print"]), ("Ansvarleg", m["responsible"]),
                 ("Samarbeidspartnarar", join_og(m["partners"])), ("Tidsrom", m["period"]), ("Skildring", m["description"] or "")])
        d.add_paragraph()
    d.add_heading("Nøkkeltal 2022", 2)
    table(d, [["Vaksne deltakarar i vidaregåande opplæring", "4 210"], ["Fagbrev på jobb, nye kontraktar", "388"]], header=["", "Tal"])
    d.add_paragraph("Med helsing\nVestland fylkeskommune")
    save_doc(d, f)

def t_hkdir23(f):
    path = os.path.join(OUT, f["name"])
    def deco(c, doc):
        c.saveState(); c.setFont("DV", 7.5); c.setFillGray(0.4)
        c.drawString(40, 22, "Direktoratet for høyere utdanning og kompetanse (HK-dir)"); c.drawRightString(A4[0] - 40, 22, f"{doc.page}"); c.restoreState()
    st = [Spacer(1, 180), Paragraph("HK-dir rapport 2023", PS("t", font="DVB", size=26, lead=32)),
          Paragraph("Oppfølging av kompetansepolitikken – tiltak og tilskuddsordninger", H2), PageBreak(),
          Paragraph("Sammendrag", H2),
          Paragraph("HK-dir forvalter en rekke ordninger som følger opp den kompetansepolitiske strategien og kompetansereformen. "
                    "Etter at strategiperioden er over, rapporterer direktoratet på de samme delmålene.", BODY),
          Paragraph("Tiltak og tilskuddsordninger", H2)]
    th = PS("th", font="DVB", size=8)
    data = [[P(h, th) for h in ["Tiltak", "Delmål", "Type", "Samarbeid", "Periode"]]]
    for m in f["measures"]:
        data.append([P(m["title"]), P(m["dm_print"]), P(m["type_print"]), P(", ".join(m["partners"])), P(m["period"])])
    t = Table(data, colWidths=[200, 50, 70, 120, 75], repeatRows=1)
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey), ("GRID", (0, 0), (-1, -1), 0.3, colors.lightgrey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st += [t, Spacer(1, 12), Paragraph("Søknader og tildelinger 2023", H2)]
    t2 = Table([["Ordning", "Søknader", "Tildelt", "Mill. kr"], ["Kompetanseprogrammet", "412", "287", "168,4"],
                ["Fleksible videreutdanningstilbud", "190", "74", "142,0"], ["Bransjeprogram", "96", "81", "310,5"]], colWidths=[200, 70, 70, 70])
    t2.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 8), ("GRID", (0, 0), (-1, -1), 0.3, colors.grey)])); st.append(t2)
    SimpleDocTemplate(path, pagesize=A4, topMargin=45, bottomMargin=40, leftMargin=40, rightMargin=40).build(st, onFirstPage=deco, onLaterPages=deco)

def t_reg24(f):
    d = Document(); hdr_ftr(d, header="Kunnskapsdepartementet", footer="Side", pagenum=False)
    hdr_ftr(d, pagenum=True)
    d.add_heading("Regjeringens oppfølging av kompetansepolitikken 2024", 1)
    d.add_heading("Innledning", 2)
    d.add_paragraph("Notatet gir en kort oversikt over regjeringens tiltak i 2024, ordnet etter delmålene i strategien.")
    cur = None; n = 0
    for m in f["measures"]:
        if m["dm_print"] != cur:
            cur = m["dm_print"]; bold_par(d, cur, size=11.5)
        n += 1
        p = d.add_paragraph(); p.add_run(f"{n}) "); p.add_run(m["title"] + ".").bold = True
        p.add_run(f" {m['description']} (Ansvarlig: {m['responsible']}. Samarbeid: {join_og(m['partners'])}.)")
    bold_par(d, "Budsjett 2024 (mill. kr)")
    table(d, [["Kompetanseprogrammet", "175"], ["Bransjeprogram", "395"], ["Fagbrev på jobb (via rammetilskudd)", "–"]], header=["Post", "Beløp"])
    save_doc(d, f)

TEMPLATES = [t_spekter17, t_lo17, t_reg18, t_lo18, t_nho18, t_ks18, t_mr18, t_ys18, t_vofo18, t_spekter19, t_ks19, t_virke19,
             t_aka19, t_reg20, t_vl20, t_ks20, t_lo21, t_unio21, t_trd21, t_vl22, t_hkdir23, t_reg24]

if __name__ == "__main__":
    assert len(TEMPLATES) == len(FILES)
    for fn in os.listdir(OUT):
        if fn.endswith((".pdf", ".docx")): os.remove(os.path.join(OUT, fn))
    for tpl, f in zip(TEMPLATES, FILES):
        tpl(f); print("built", f["name"])
