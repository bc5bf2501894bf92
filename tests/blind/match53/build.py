# -*- coding: utf-8 -*-
"""Render every report of batch match53 from data.py, write expected.json and near_misses.json.
Intermediate .docx files for LibreOffice go to _build/ (deleted at the end of the run)."""
import os, sys, json, shutil, subprocess
from data import FILES, near_pairs
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from fpdf import FPDF

OUT = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(OUT, "_build")
FONT = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONT + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FONT + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FONT + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", FONT + "DejaVuSerif-Bold.ttf"))

def pj(p):
    p = list(p)
    if not p: return ""
    return p[0] if len(p) == 1 else ", ".join(p[:-1]) + " og " + p[-1]
def v(x, dash=""):
    return dash if x is None else x

# ------------------------------------------------------------------ helpers
def dtable(doc, rows, widths=None, style="Table Grid", bold_first_row=False, bold_first_col=False):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            cell = t.cell(i, j)
            cell.text = "" if c is None else str(c)
            if (bold_first_row and i == 0) or (bold_first_col and j == 0):
                for run in cell.paragraphs[0].runs: run.bold = True
            if widths: cell.width = Cm(widths[j])
    return t
def footer(doc, text):
    doc.sections[0].footer.paragraphs[0].text = text
def header(doc, text):
    doc.sections[0].header.paragraphs[0].text = text
def landscape_doc(doc):
    s = doc.sections[0]; s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)
def bold_para(doc, text, size=None):
    p = doc.add_paragraph(); r = p.add_run(text); r.bold = True
    if size: r.font.size = Pt(size)
    return p
def labelled(doc, label, value):
    p = doc.add_paragraph(); r = p.add_run(label); r.bold = True; p.add_run(value); return p

def S(name, font="DV", size=9.5, lead=None, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.3, **kw)
ST = dict(n=S("n"), b=S("b", "DVB"), h1=S("h1", "DVB", 16, spaceAfter=8), h2=S("h2", "DVB", 12, spaceBefore=8, spaceAfter=4),
          small=S("small", size=7.5), cell=S("cell", size=8), cellb=S("cellb", "DVB", 8), serif=S("serif", "DVS", 10),
          serifb=S("serifb", "DVSB", 10))
def P(t, st="n"): return Paragraph(t.replace("&", "&amp;"), ST[st] if isinstance(st, str) else st)
def rl_build(path, story, pagesize=A4, head=None, foot=None, margins=2 * cm):
    def deco(c, d):
        c.saveState(); c.setFont("DV", 7.5)
        if head: c.drawString(margins, pagesize[1] - 1.2 * cm, head)
        if foot: c.drawRightString(pagesize[0] - margins, 1.0 * cm, foot.format(n=d.page))
        c.restoreState()
    SimpleDocTemplate(path, pagesize=pagesize, leftMargin=margins, rightMargin=margins, topMargin=2 * cm,
                      bottomMargin=2 * cm).build(story, onFirstPage=deco, onLaterPages=deco)
GRID = TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")])

class PDF(FPDF):
    head_text = ""; foot_text = "Side {n}"
    def header(self):
        if self.head_text:
            self.set_font("DV", "", 7); self.cell(0, 5, self.head_text, new_x="LMARGIN", new_y="NEXT"); self.ln(2)
    def footer(self):
        self.set_y(-12); self.set_font("DV", "", 7); self.cell(0, 5, self.foot_text.format(n=self.page_no()), align="C")
def fpdf_new(orient="P", head="", foot="Side {n}"):
    pdf = PDF(orientation=orient, format="A4"); pdf.head_text = head; pdf.foot_text = foot
    pdf.add_font("DV", "", FONT + "DejaVuSans.ttf"); pdf.add_font("DV", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", FONT + "DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(True, 18); pdf.add_page(); pdf.set_font("DV", "", 10); return pdf
def ftext(pdf, t, size=10, style="", h=5.2):
    pdf.set_font("DV", style, size); pdf.multi_cell(0, h, t, new_x="LMARGIN", new_y="NEXT")

def lo_convert(doc, name):
    os.makedirs(BUILD, exist_ok=True)
    src = os.path.join(BUILD, name.replace(".pdf", ".docx")); doc.save(src)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", BUILD, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(src.replace(".docx", ".pdf"), os.path.join(OUT, name))

# ------------------------------------------------------------------ renderers
R = {}
def reg(prefix):
    def deco(fn): R[prefix] = fn; return fn
    return deco

@reg("Spekter_rapport_NKPS_2017")
def spekter17(f, path):
    st = [P("Spekter", "h2"), P("Rapportering på oppfølging av Nasjonal kompetansepolitisk strategi 2017", "h1"),
          P("Til Kunnskapsdepartementet, Kompetansepolitisk råd. Oslo, 15. desember 2017."), Spacer(1, 10),
          P("Rapporteringspunkter:", "b"), Spacer(1, 4)]
    for i, r in enumerate(f["rows"], 1):
        st += [P(f"{i}. {r['title']}"), P(r["dp"]), Spacer(1, 6)]
    st.append(PageBreak())
    k = 9
    for r in f["rows"]:
        st += [P("1. Tiltak i Nasjonal kompetansepolitisk strategi", "b"), P(r["title"]), P(r["dp"]), Spacer(1, 5),
               P("2. Ansvarlig og samarbeidspartnere", "b")]
        if r["partners"]:
            st.append(P(f"{r['resp']} står bak tiltaket med {pj(r['partners'])} som bidragsyter."))
        else:
            st.append(P(f"{r['resp']} er ansvarlig for tiltaket."))
        st += [Spacer(1, 5), P("3. Beskrivelse av tiltaket (maks en halv side)", "b"), P(r["desc"]), Spacer(1, 5),
               P("4. Tidspunkt og varighet", "b"), P(f"{k}. {r['period']}"), Spacer(1, 14)]
        k += 1
    rl_build(path, st, foot="{n}")

@reg("LO_oppfolging_kompetansestrategien_2018")
def lo18(f, path):
    d = Document(); header(d, "Landsorganisasjonen i Norge – Kompetansepolitisk råd"); footer(d, "LO 2018")
    d.add_heading("LOs rapportering 2018", 0)
    d.add_paragraph("Til Kunnskapsdepartementet\nVår ref.: 18/0312 – Saksbehandler: Ingrid Holm")
    d.add_paragraph("Vi viser til brev om rapportering på tiltak som følger opp Nasjonal kompetansepolitisk strategi. "
                    "LO rapporterer her på fem tiltak. I tillegg har LO deltatt på alle møtene i rådet.")
    bold_para(d, "Møter i Kompetansepolitisk råd 2018")
    for m in ["7. februar – rådsmøte i Oslo", "13. juni – rådsmøte og seminar om KBU", "28. november – rådsmøte"]:
        d.add_paragraph(m, style="List Bullet")
    for i, r in enumerate(f["rows"], 1):
        d.add_heading(f"Tiltak {i}", 2)
        dtable(d, [["Tiltak", r["title"]], ["Delmål", v(r["dp"])], ["Type", v(r["typ"])], ["Ansvarlig", v(r["resp"])],
                   ["Samarbeid", pj(r["partners"])], ["Når", v(r["period"])], ["Om tiltaket", v(r["desc"])]],
               widths=[3.5, 12], bold_first_col=True)
    d.add_paragraph(""); d.add_paragraph("Med vennlig hilsen\nLandsorganisasjonen i Norge\n\nIngrid Holm, rådgiver")
    d.save(path)

@reg("Regjeringen_rapport_kompetansepolitisk_rad_2019")
def reg19(f, path):
    d = Document(); landscape_doc(d); footer(d, "Kunnskapsdepartementet – rapportering 2019")
    d.add_heading("Regjeringens rapportering til Kompetansepolitisk råd 2019", 0)
    d.add_paragraph("Nasjonal kompetansepolitisk strategi 2017–2021. Rapporten omfatter tiltak fra KD, ASD og KMD.")
    bold_para(d, "Status")
    dtable(d, [["Hovedinnsatsområde", "Antall tiltak 2018", "Antall tiltak 2019"], ["1", "9", "3"], ["2", "14", "4"],
               ["3", "5", "1"], ["Sum", "28", "8"]], bold_first_row=True)
    d.add_paragraph("")
    rows = [["Delmål", "Tiltak", "Type", "Ansvarlig dep.", "Samarbeid", "Periode", "Omtale"]]
    for r in f["rows"]:
        rows.append([r["dp"], r["title"], v(r["typ"]), r["resp"], pj(r["partners"]), v(r["period"]), v(r["desc"])])
    dtable(d, rows, widths=[1.8, 5, 2.5, 2.2, 4, 2.5, 7], bold_first_row=True)
    d.add_paragraph("Kilde: departementenes innspill, oktober 2019.")
    lo_convert(d, os.path.basename(path))

@reg("Trondelag_fylkeskommune_NKPS_2019")
def trl19(f, path):
    pdf = fpdf_new(head="TRØNDELAG FYLKESKOMMUNE · TRØÅNDELAGEN FYLKENTJIELTE", foot="Side {n} – Trøndelag fylkeskommune")
    ftext(pdf, "Til Kompetansepolitisk råd v/ Kunnskapsdepartementet", 9)
    ftext(pdf, "Steinkjer, 20.11.2019 – Saksnr. 201912345", 9); pdf.ln(3)
    ftext(pdf, "Trøndelag fylkeskommunes oppfølging av kompetansestrategien", 15, "B"); pdf.ln(2)
    ftext(pdf, "Fylkeskommunen har i 2019 arbeidet med fem tiltak som følger opp den nasjonale strategien.")
    pdf.ln(3)
    for i, r in enumerate(f["rows"], 1):
        ftext(pdf, f"{i}. {r['title']}", 12, "B")
        ftext(pdf, f"Mål: {r['dp']}", 9)
        ftext(pdf, f"Ansvar: {r['resp']}", 9)
        ftext(pdf, f"Partnere: {pj(r['partners'])}", 9)
        ftext(pdf, f"Tid: {r['period']}   Type: {r['typ']}", 9)
        if r["desc"]: ftext(pdf, r["desc"])
        pdf.ln(3)
    ftext(pdf, "Statistikk: nye lærekontrakter i Trøndelag", 11, "B")
    with pdf.table(col_widths=(60, 30, 30, 30)) as t:
        for row in [("Kontrakter", "2017", "2018", "2019"), ("Nye lærekontrakter", "2 612", "2 701", "2 790"),
                    ("Herav voksne over 25 år", "310", "342", "365")]:
            rr = t.row()
            for c in row: rr.cell(c)
    pdf.output(path)

@reg("Regjeringen_rapportering_2022")
def reg22(f, path):
    d = Document(); header(d, "Regjeringen – Kompetansepolitisk råd"); footer(d, "Side  |  Rapportering 2022")
    d.add_heading("Rapportering fra regjeringen 2022", 0)
    d.add_heading("1 Innledning", 1)
    d.add_paragraph("Kompetansepolitisk råd ble videreført etter at strategien gikk ut i 2021. Rapporten beskriver "
                    "departementenes tiltak i 2022. Tallene i vedlegget er hentet fra Prop. 1 S (2022–2023).")
    d.add_heading("2 Møter i rådet", 1)
    d.add_paragraph("Rådet hadde to møter i 2022: 9. mai og 24. oktober.")
    d.add_heading("3 Tiltak", 1)
    for i, r in enumerate(f["rows"], 1):
        d.add_heading(f"3.{i} {r['title']}", 2)
        p = d.add_paragraph()
        for lab, val in [("Delmål: ", r["dp"]), ("Type tiltak: ", r["typ"]), ("Ansvarlig: ", r["resp"]),
                         ("Samarbeidspartnere: ", pj(r["partners"])), ("Periode: ", r["period"])]:
            rr = p.add_run(lab); rr.bold = True; p.add_run(v(val) + "\n")
        d.add_paragraph(v(r["desc"]))
    d.add_heading("Vedlegg: Bevilgninger (mill. kroner)", 1)
    dtable(d, [["Post", "2021", "2022"], ["Kap. 257 post 21", "310,4", "352,9"], ["Kap. 258 post 21", "118,0", "96,5"]],
           bold_first_row=True)
    d.save(path)

@reg("NHO_kompetanserapport_2022")
def nho22(f, path):
    d = Document(); footer(d, "NHO · Næringslivets Hovedorganisasjon · nho.no")
    t = d.add_paragraph(); r = t.add_run("NHO"); r.bold = True; r.font.size = Pt(28); r.font.color.rgb = RGBColor(0, 0x55, 0x99)
    d.add_heading("Kompetanse i NHO-fellesskapet – rapport 2022", 1)
    d.add_paragraph("Kompetansebarometeret viser at 62 prosent av bedriftene har et udekket kompetansebehov. "
                    "Mangelen er størst på fagarbeidere. Under følger NHOs tiltak som følger opp strategien.")
    dtable(d, [["Medlemmer", "Antall"], ["Medlemsbedrifter", "30 100"], ["Ansatte i medlemsbedrifter", "745 000"]],
           bold_first_row=True)
    d.add_paragraph("")
    rows = [["Tiltak", "Beskrivelse", "Hvem", "Type", "Tid"]]
    for r in f["rows"]:
        who = r["resp"] + (f" sammen med {pj(r['partners'])}" if r["partners"] else "")
        rows.append([r["title"], v(r["desc"], "–"), who, v(r["typ"]), v(r["period"])])
    dtable(d, rows, widths=[3.5, 6, 3.5, 2, 2], bold_first_row=True)
    d.add_paragraph("Kontakt: kompetanse@nho.no")
    d.save(path)

@reg("Virke_innspill_og_rapport_2022")
def virke22(f, path):
    st = [P("VIRKE", S("logo", "DVB", 22, textColor=colors.HexColor("#c8102e"))), Spacer(1, 6),
          P("Virkes rapportering til Kompetansepolitisk råd 2022", "h1"),
          Table([[P("Virke mener: Arbeidsplassen må anerkjennes som en likeverdig læringsarena, og BIO-ordningen må styrkes.", "b")]],
                colWidths=[24 * cm], style=TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.red), ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fde8ea"))])),
          Spacer(1, 10)]
    rows = [[P(h, "cellb") for h in ["Nr", "Navn på tiltak", "Relasjon til delmål", "Ansvarlig/partnere", "Tidsrom", "Kommentar"]]]
    for i, r in enumerate(f["rows"], 1):
        ap = r["resp"] + (f" (ansvarlig); {pj(r['partners'])}" if r["partners"] else " (ansvarlig)")
        rows.append([P(str(i), "cell"), P(r["title"], "cell"), P(r["dp"], "cell"), P(ap, "cell"), P(r["period"], "cell"), P(v(r["desc"]), "cell")])
    st.append(Table(rows, colWidths=[1 * cm, 5 * cm, 3 * cm, 5.5 * cm, 3 * cm, 7.5 * cm], style=GRID, repeatRows=1))
    st += [Spacer(1, 10), P("Hovedorganisasjonen Virke, Postboks 2900 Solli, 0230 Oslo", "small")]
    rl_build(path, st, pagesize=landscape(A4), foot="Virke – side {n}", margins=1.5 * cm)

@reg("VOFO_arsrapport_kompetansestrategien_2022")
def vofo22(f, path):
    d = Document(); header(d, "Voksenopplæringsforbundet (VOFO)")
    d.add_heading("Studieforbundene og kompetansestrategien – VOFOs rapport for 2022", 0)
    d.add_paragraph("Studieforbundene gjennomførte i 2022 over 40 000 kurs. Nedenfor omtaler vi tiltakene våre, "
                    "ordnet etter tema.")
    cur = None
    for r in f["rows"]:
        if r["sec"] != cur:
            cur = r["sec"]; d.add_heading(cur, 1)
        bold_para(d, r["title"], 12)
        d.add_paragraph(f"Delmål i strategien: {r['dp']}")
        d.add_paragraph(f"Type: {v(r['typ'])}")
        d.add_paragraph(f"Ansvar: {r['resp']}")
        if r["partners"]: d.add_paragraph(f"Partnere: {pj(r['partners'])}")
        d.add_paragraph(f"Tid: {v(r['period'])}")
        if r["desc"]: d.add_paragraph(r["desc"])
    d.add_heading("Kursvirksomheten i tall", 1)
    dtable(d, [["", "2021", "2022"], ["Kurs", "36 512", "40 877"], ["Timer", "1 102 000", "1 244 500"],
               ["Deltakere", "402 113", "451 900"]], bold_first_row=True)
    d.save(path)

@reg("LO_rapport_NKPS_2023")
def lo23(f, path):
    st = [Spacer(1, 120), P("LO", S("lg", "DVB", 40)), P("Rapport om oppfølging av kompetansepolitikken 2023", "h1"),
          P("Innspill til Kompetansepolitisk råd"), PageBreak(), P("Innhold", "h2")]
    for i, r in enumerate(f["rows"], 1):
        st.append(P(f"{i}  {r['title']}  ......  {i + 2}", "small"))
    st.append(PageBreak())
    for r in f["rows"]:
        bar = Table([[P(r["title"], S("bar", "DVB", 11, textColor=colors.white))]], colWidths=[17 * cm],
                    style=TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#b0002a"))]))
        form = Table([[P(a, "cellb"), P(b, "cell")] for a, b in [
            ("Delmål", r["dp"]), ("Type tiltak", v(r["typ"])), ("Ansvarlig", r["resp"]),
            ("Samarbeidspartnere", pj(r["partners"])), ("Tidspunkt og varighet", v(r["period"])),
            ("Beskrivelse", v(r["desc"]))]], colWidths=[4.5 * cm, 12.5 * cm], style=GRID)
        st += [KeepTogether([bar, form]), Spacer(1, 12)]
    st += [P("Møter og høringer 2023", "h2"), P("• Høring om ny opplæringslov (svar 15. mars)"),
           P("• Møte i Kompetansepolitisk råd 3. mai og 8. november"),
           Spacer(1, 10), Table([[P("Kontakt: Rådgiver Per Nilsen, LO Samfunnspolitisk avdeling, tlf. 23 06 10 50", "cell")]],
                                colWidths=[17 * cm], style=TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black)]))]
    rl_build(path, st, head="LO – Landsorganisasjonen i Norge", foot="{n}")

@reg("KS_rapport_kompetansepolitisk_rad_2023")
def ks23(f, path):
    d = Document(); footer(d, "KS – Kommunesektorens organisasjon")
    d.add_heading("KS' rapportering 2023", 0)
    d.add_paragraph("KS rapporterer tiltak sortert etter delmål i strategien.")
    cur = None; tab = None
    for r in f["rows"]:
        if r["dp"] != cur:
            cur = r["dp"]; d.add_heading(cur, 2)
            tab = d.add_table(rows=1, cols=4); tab.style = "Light Grid Accent 1"
            for j, h in enumerate(["Tiltak", "Omtale", "Ansvar og samarbeid", "Periode"]): tab.cell(0, j).text = h
        c = tab.add_row().cells
        c[0].text = r["title"]; c[1].text = v(r["desc"])
        c[2].text = r["resp"] + (f", i samarbeid med {pj(r['partners'])}" if r["partners"] else "")
        c[3].text = v(r["period"])
    d.add_heading("KS i møter", 2)
    for m in ["Kompetansepolitisk råd, 4. mai 2023", "Kompetansepolitisk råd, 13. november 2023", "SRY, fire møter"]:
        d.add_paragraph(m, style="List Bullet")
    d.add_paragraph("Vennlig hilsen\nKS")
    d.save(path)

@reg("Spekter_kompetansetiltak_2023")
def spekter23(f, path):
    d = Document(); header(d, "SPEKTER  |  Arbeidsgiverforeningen"); footer(d, "Rapportering 2023 – Kompetansepolitisk råd")
    d.add_heading("Spekters kompetansetiltak 2023", 0)
    d.add_paragraph("Spekter organiserer 220 virksomheter med om lag 250 000 ansatte. Vi rapporterer seks tiltak.")
    for i, r in enumerate(f["rows"], 1):
        d.add_heading(f"Tiltak {i}: {r['title']}", 1)
        ans = r["resp"] + (f"; samarbeid med {pj(r['partners'])}" if r["partners"] else "")
        dtable(d, [["Delmål", r["dp"]], ["Type", v(r["typ"])], ["Ansvar/samarbeid", ans], ["Varighet", v(r["period"])]],
               widths=[4, 11], bold_first_col=True)
        if r["desc"]: d.add_paragraph(r["desc"])
    d.add_heading("Medlemsstatistikk", 2)
    dtable(d, [["Område", "Virksomheter"], ["Helseforetak", "29"], ["Øvrige", "191"]], bold_first_row=True)
    d.add_paragraph("")
    dtable(d, [["Kontakt: Direktør for kompetanse, Spekter. E-post: post@spekter.no"]])
    d.save(path)

@reg("Akademikerne_NKPS_rapport_2023")
def akad23(f, path):
    pdf = fpdf_new(head="Akademikerne · 1. desember 2023", foot="Side {n}")
    ftext(pdf, "Akademikernes rapport til Kompetansepolitisk råd 2023", 15, "B"); pdf.ln(2)
    ftext(pdf, "Akademikerne organiserer 240 000 medlemmer med høyere utdanning. Vi er opptatt av at kompetanse "
               "skal verdsettes og at alle skal ha mulighet til å lære hele livet.", 10); pdf.ln(3)
    cur = None
    for r in f["rows"]:
        if r["sec"] != cur:
            cur = r["sec"]; pdf.ln(2); ftext(pdf, cur, 12, "B")
        ftext(pdf, "• " + r["title"], 10, "B")
        bits = []
        if r["dp"]: bits.append(f"Delmål: {r['dp']}")
        if r["typ"]: bits.append(f"Type: {r['typ']}")
        bits.append(f"Ansvar: {r['resp']}")
        if r["partners"]: bits.append(f"Partnere: {pj(r['partners'])}")
        bits.append(f"Tid: {r['period']}")
        pdf.set_x(pdf.l_margin + 6); pdf.set_font("DV", "", 8.5); pdf.multi_cell(0, 4.5, " / ".join(bits), new_x="LMARGIN", new_y="NEXT")
        if r["desc"]:
            pdf.set_x(pdf.l_margin + 6); pdf.set_font("DV", "", 10); pdf.multi_cell(0, 5, r["desc"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.ln(3); ftext(pdf, "Akademikerne, Akersgata 16, 0158 Oslo", 8)
    pdf.output(path)

def area(r):
    c = r["codes"][0] if r["codes"] else "2"
    return c[0]
@reg("HK-dir_rapportering_NKPS_2023")
def hkdir23(f, path):
    d = Document(); landscape_doc(d); header(d, "Direktoratet for høyere utdanning og kompetanse (HK-dir)")
    footer(d, "HK-dir – rapport til Kompetansepolitisk råd 2023")
    d.add_heading("HK-dirs rapportering 2023", 0)
    d.add_paragraph("HK-dir rapporterer åtte tiltak i 2023: to under hovedinnsatsområde 1, fire under hovedinnsatsområde 2 "
                    "og to under hovedinnsatsområde 3.")
    dtable(d, [["Hovedinnsatsområde", "Antall tiltak"], ["1 Gode valg", "2"], ["2 Læring i arbeidslivet", "4"],
               ["3 Voksne med svak tilknytning", "2"], ["Totalt", "8"]], bold_first_row=True)
    names = {"1": "Hovedinnsatsområde 1: Gode valg for den enkelte og for samfunnet", "2": "Hovedinnsatsområde 2: Læring i arbeidslivet",
             "3": "Hovedinnsatsområde 3: Styrke kompetansen til voksne med svak tilknytning til arbeidslivet"}
    for a in "123":
        rs = [r for r in f["rows"] if area(r) == a]
        if not rs: continue
        d.add_heading(names[a], 2)
        rows = [["Tiltak", "Delmål", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Periode", "Kort beskrivelse"]]
        rows += [[r["title"], r["dp"], v(r["typ"]), r["resp"], pj(r["partners"]), v(r["period"]), v(r["desc"])] for r in rs]
        dtable(d, rows, widths=[4.5, 1.6, 2.8, 2.2, 4, 2.3, 7.5], bold_first_row=True)
    lo_convert(d, os.path.basename(path))

@reg("Vestland_fylkeskommune_rapport_2023")
def vl23(f, path):
    d = Document(); header(d, "Vestland fylkeskommune – Avdeling for opplæring og kompetanse")
    d.add_paragraph("Til: Kompetansepolitisk råd\nDato: 1. desember 2023")
    d.add_heading("Rapportering frå Vestland fylkeskommune 2023", 1)
    d.add_paragraph("Vestland fylkeskommune rapporterer på tiltak som følgjer opp den nasjonale kompetansepolitikken. "
                    "Tabellen viser tiltaka, og skildringa kjem etter tabellen.")
    rows = [["Tiltak", "Delmål", "Type", "Ansvarleg", "Samarbeidspartnarar", "Tidsrom"]]
    rows += [[r["title"], r["dp"], v(r["typ"]), r["resp"], pj(r["partners"]), v(r["period"])] for r in f["rows"]]
    dtable(d, rows, bold_first_row=True)
    d.add_heading("Skildring av tiltaka", 2)
    for r in f["rows"]:
        if r["desc"]:
            p = d.add_paragraph(); p.add_run(r["title"] + ": ").bold = True; p.add_run(r["desc"])
    d.add_heading("Møteplan 2024", 2)
    d.add_paragraph("Kompetanseforum Vestland: 14. februar, 12. juni og 9. oktober 2024.")
    d.add_paragraph("Med helsing\nKari Nordtveit\nfylkesdirektør")
    d.save(path)

@reg("Regjeringen_oppfolging_NKPS_2024")
def reg24(f, path):
    st = [P("Kunnskapsdepartementet", "h2"), P("Oppfølging av kompetansepolitikken – rapport 2024", "h1"),
          P("Rapporten gir en oversikt over tiltak fra departementene. Kompetansepolitisk råd hadde møter 30. april og 5. november 2024.", "serif"),
          Spacer(1, 8)]
    for r in f["rows"]:
        fb = Table([[P("Faktaboks", "cellb"), ""]] + [[P(a, "cellb"), P(b, "cell")] for a, b in [
            ("Tiltak", r["title"]), ("Delmål", r["dp"]), ("Type", v(r["typ"])), ("Ansvarlig departement", r["resp"]),
            ("Samarbeid", pj(r["partners"])), ("Periode", v(r["period"]))]],
            colWidths=[4 * cm, 12 * cm], style=TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.darkblue),
                                                          ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef2fa")),
                                                          ("SPAN", (0, 0), (1, 0))]))
        st += [KeepTogether([fb, Spacer(1, 4), P(v(r["desc"]), "serif")]), Spacer(1, 12)]
    st += [P("Budsjett 2024 (mill. kroner)", "h2"),
           Table([["Ordning", "2023", "2024"], ["Bransjeprogram", "220", "255"], ["Fleksible tilbud", "180", "170"]],
                 style=TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("FONT", (0, 0), (-1, -1), "DV", 8.5)]))]
    rl_build(path, st, head="Regjeringen.no", foot="Side {n}")

@reg("NHO_rapport_kompetansepolitisk_rad_2024")
def nho24(f, path):
    d = Document(); footer(d, "NHO 2024")
    for _ in range(4): d.add_paragraph("")
    t = d.add_paragraph(); r = t.add_run("NHO"); r.bold = True; r.font.size = Pt(36)
    d.add_paragraph("Kompetansepolitisk rapport 2024").runs[0].font.size = Pt(20)
    d.add_page_break()
    d.add_heading("Sammendrag", 1)
    d.add_paragraph("Seks av ti NHO-bedrifter mangler kompetanse¹. 4 100 bedrifter har lærlinger. "
                    "NHO rapporterer sju tiltak.")
    for r in f["rows"]:
        d.add_heading(r["title"], 2)
        for lab, val in [("Type: ", r["typ"]), ("Ansvarlig: ", r["resp"]),
                         ("Partnere: ", pj(r["partners"]) if r["partners"] else None), ("Tid: ", r["period"])]:
            if val: d.add_paragraph(lab + val, style="List Bullet")
        if r["desc"]: d.add_paragraph(r["desc"])
    d.add_paragraph("¹ Kilde: NHOs kompetansebarometer 2024, NIFU-rapport 2024:12.").runs[0].font.size = Pt(8)
    lo_convert(d, os.path.basename(path))

@reg("NAV_bidrag_kompetansestrategien_2024")
def nav24(f, path):
    d = Document(); footer(d, "Arbeids- og velferdsdirektoratet")
    d.add_heading("Notat", 0)
    dtable(d, [["Til:", "Kompetansepolitisk råd"], ["Fra:", "Arbeids- og velferdsdirektoratet"], ["Dato:", "29.11.2024"],
               ["Sak:", "NAVs bidrag til oppfølging av kompetansepolitikken"]], bold_first_col=True)
    d.add_paragraph("")
    for r in f["rows"]:
        d.add_paragraph(f"Tiltak: {r['title']}", style="List Number")
        for lab, val in [("Delmål: ", r["dp"]), ("Type: ", r["typ"]), ("Ansvarlig: ", r["resp"]),
                         ("Samarbeid: ", pj(r["partners"])), ("Periode: ", r["period"]), ("Beskrivelse: ", r["desc"])]:
            if val: labelled(d, lab, val)
    d.add_heading("Deltakere i opplæringstiltak", 2)
    dtable(d, [["Tiltak", "Deltakere 2023", "Deltakere 2024"], ["Opplæring (AMO)", "21 300", "23 050"],
               ["Fag- og yrkesopplæring", "1 150", "1 620"]], bold_first_row=True)
    d.save(path)

@reg("YS_rapportering_2024")
def ys24(f, path):
    d = Document(); header(d, "YS – Yrkesorganisasjonenes Sentralforbund")
    d.add_heading("YS' rapportering 2024", 1)
    d.add_paragraph("YS mener at kompetanseutvikling må skje på arbeidsplassen, og at tillitsvalgte må ha en sentral "
                    "rolle. YS-forbundene har over 220 000 medlemmer. Her følger tiltakene vi har arbeidet med i år.")
    for r in f["rows"]:
        bold_para(d, r["title"])
        if r["desc"]: d.add_paragraph(r["desc"])
        p = d.add_paragraph()
        lines = [("Delmål: ", r["dp"]), ("Type: ", r["typ"]), ("Ansvar: ", r["resp"]),
                 ("Samarbeid: ", pj(r["partners"]) if r["partners"] else None), ("Når: ", r["period"])]
        p.add_run("\n".join(a + b for a, b in lines if b))
    d.add_heading("Møter", 2)
    d.add_paragraph("YS deltok på rådsmøtene 24. april og 6. november 2024 og på HK-dirs partsmøte i juni.")
    d.save(path)

@reg("VOFO_rapport_NKPS_2024")
def vofo24(f, path):
    pdf = fpdf_new(head="VOFO – Voksenopplæringsforbundet", foot="VOFO 2024 · side {n}")
    ftext(pdf, "«Læring i frivillig sektor når dem ingen andre når.»", 12, "I"); pdf.ln(2)
    ftext(pdf, "VOFOs rapport til Kompetansepolitisk råd 2024", 15, "B"); pdf.ln(2)
    with pdf.table(col_widths=(42, 40, 45, 22, 41), text_align="LEFT") as t:
        hr = t.row()
        for h in ["Tiltak", "Mål i strategien", "Ansvarlig og partnere", "Periode", "Kommentar"]: hr.cell(h)
        for r in f["rows"]:
            rr = t.row()
            rr.cell(r["title"]); rr.cell(r["dp"])
            rr.cell(r["resp"] + (f" – partnere: {pj(r['partners'])}" if r["partners"] else ""))
            rr.cell(v(r["period"])); rr.cell(v(r["desc"]))
    pdf.ln(4); ftext(pdf, "Studieforbundene i tall 2024: 42 300 kurs, 480 000 deltakere, 1,3 mill. timer.", 9)
    ftext(pdf, "Kontakt: post@vofo.no, Storgata 10B, 0155 Oslo", 8)
    pdf.output(path)

@reg("LO_kompetanserapport_2025")
def lo25(f, path):
    d = Document(); landscape_doc(d); header(d, "LO  |  Kompetanse 2025")
    d.add_heading("LOs rapport om kompetansetiltak 2025", 1)
    rows = [["Nr", "Navn", "Delmål", "Type tiltak", "Ansvar", "Partnere", "Tidsperiode"]]
    rows += [[str(i), r["title"], r["dp"], v(r["typ"]), r["resp"], pj(r["partners"]), v(r["period"])] for i, r in enumerate(f["rows"], 1)]
    t = dtable(d, rows, bold_first_row=True)
    from docx.oxml.ns import qn; from docx.oxml import OxmlElement
    trPr = t.rows[0]._tr.get_or_add_trPr(); h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)
    d.add_heading("Utdyping", 2)
    for i, r in enumerate(f["rows"], 1):
        if r["desc"]: d.add_paragraph(f"Til nr. {i}: {r['desc']}")
    d.add_heading("LOs møter", 2)
    dtable(d, [["Dato", "Møte"], ["6. mai 2025", "Kompetansepolitisk råd"], ["11. november 2025", "Kompetansepolitisk råd"]],
           bold_first_row=True)
    d.save(path)

@reg("Unio_rapport_kompetansestrategien_2025")
def unio25(f, path):
    st = [P("Unio – hovedorganisasjon for universitets- og høyskoleutdannede", "small"),
          P("Unios rapportering til Kompetansepolitisk råd 2025", "h1"),
          Table([[P("«Kompetanse er nøkkelen til en bærekraftig velferdsstat.» – Unio-leder", "serif")]], colWidths=[16 * cm],
                style=TableStyle([("LINEBEFORE", (0, 0), (0, 0), 3, colors.teal)])), Spacer(1, 10)]
    for i, r in enumerate(f["rows"], 1):
        bits = [f"Delmål {r['dp']}"]
        if r["typ"]: bits.append(f"Type {r['typ']}")
        bits.append(f"Ansvar {r['resp']}")
        if r["partners"]: bits.append(f"Partnere {pj(r['partners'])}")
        bits.append(f"Periode {r['period']}")
        st += [P(f"{i}) {r['title']}", "b"), P(" | ".join(bits), "small")]
        if r["desc"]: st.append(P(r["desc"]))
        st.append(Spacer(1, 8))
    rl_build(path, st, foot="Unio · Stortingsgata 2 · 0158 Oslo · side {n}")

@reg("HK-dir_arsrapportering_kompetansestrategien_2025")
def hkdir25(f, path):
    d = Document(); header(d, "HK-dir"); footer(d, "Årsrapportering 2025")
    d.add_heading("HK-dirs rapportering til Kompetansepolitisk råd 2025", 0)
    d.add_paragraph("Oversikten er ordnet etter hovedinnsatsområde. Delmål står én gang for tiltak under samme delmål.")
    names = {"1": "Hovedinnsatsområde 1", "2": "Hovedinnsatsområde 2", "3": "Hovedinnsatsområde 3"}
    total = 0
    for a in "123":
        rs = [r for r in f["rows"] if area(r) == a]
        if not rs: continue
        d.add_heading(names[a], 1)
        t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
        for j, h in enumerate(["Delmål", "Tiltak", "Type", "Ansvar", "Partnere", "Periode"]): t.cell(0, j).text = h
        prev = None; start = None
        for r in rs:
            c = t.add_row().cells
            if r["dp"] == prev:
                t.cell(len(t.rows) - 1, 0).merge(t.cell(start, 0))
            else:
                c[0].text = r["dp"]; start = len(t.rows) - 1; prev = r["dp"]
            c[1].text = r["title"]; c[2].text = v(r["typ"]); c[3].text = r["resp"]; c[4].text = pj(r["partners"]); c[5].text = v(r["period"])
        c = t.add_row().cells; c[0].text = "Sum tiltak"; c[1].text = str(len(rs)); total += len(rs)
        for r in rs:
            if r["desc"]: d.add_paragraph(f"{r['title']}: {r['desc']}", style="List Bullet")
    d.add_paragraph(f"Totalt antall tiltak: {total}")
    d.save(path)

@reg("Vestland_rapport_kompetansepolitisk_rad_2025")
def vl25(f, path):
    pdf = fpdf_new("L", head="Vestland fylkeskommune", foot="Side {n}")
    ftext(pdf, "Rapportering til Kompetansepolitisk råd 2025", 16, "B")
    ftext(pdf, "Vestland fylkeskommune – Opplæring og kompetanse. Tiltaka er sorterte etter delmål i strategien¹.", 10); pdf.ln(3)
    cur = None
    for r in f["rows"]:
        if r["sec"] != cur:
            cur = r["sec"]; pdf.ln(2)
            ftext(pdf, f"{cur} (delmål: {r['dp']})", 11, "B")
        with pdf.table(col_widths=(62, 28, 42, 55, 30, 60), text_align="LEFT", first_row_as_headings=False) as t:
            rr = t.row()
            for c in [r["title"], v(r["typ"]), r["resp"], pj(r["partners"]), v(r["period"]), v(r["desc"])]: rr.cell(c)
    pdf.ln(4); ftext(pdf, "Møte i kompetanseforum: 12. mars og 24. september 2025.", 9)
    ftext(pdf, "¹ Kolonnar: tiltak, type, ansvarleg, partnarar, periode, merknad.", 8)
    pdf.ln(4); ftext(pdf, "Med helsing\nVestland fylkeskommune\nOle Hauge, fagleiar", 10)
    pdf.output(path)

@reg("Trondelag_fylkeskommune_kompetanserapport_2026")
def trl26(f, path):
    d = Document(); header(d, "Trøndelag fylkeskommune · Trööndelagen fylkentjïelte")
    d.add_heading("Kompetanserapport 2026", 0)
    d.add_paragraph("Fylkeskommunen rapporterer her på tiltak i 2026. Nøkkeltallene viser utviklingen i fylket.")
    bold_para(d, "Nøkkeltall")
    dtable(d, [["Indikator", "2024", "2025", "2026"], ["Voksne i videregående opplæring", "3 210", "3 380", "3 455"],
               ["Karriereveiledninger", "9 800", "10 450", "11 020"]], bold_first_row=True)
    for r in f["rows"]:
        d.add_paragraph("")
        dtable(d, [["Navn på tiltak", "Relasjon til delmål", "Type", "Ansvarlig", "Samarbeidspartnere", "Periode"],
                   [r["title"], r["dp"], v(r["typ"]), r["resp"], pj(r["partners"]), v(r["period"])]], bold_first_row=True)
        if r["desc"]: d.add_paragraph("Beskrivelse: " + r["desc"])
    d.add_paragraph("")
    dtable(d, [["Kontaktperson: Siri Aune, seksjon kompetanse, tlf. 74 17 40 00"]])
    d.save(path)

# ------------------------------------------------------------------ main
def expected():
    out = {}
    for f in FILES:
        out[f["name"]] = {"reporter": f["reporter"], "report_year": f["year"], "measures": [
            {"title": r["title"], "delmal": r["codes"], "type": r["ty"], "responsible": r["resp"], "partners": r["partners"],
             "period": r["period"], "description": r["desc"], "tiltak_id": r["tid"], "continues": r["continues"]}
            for r in f["rows"]]}
    return out

if __name__ == "__main__":
    for f in FILES:
        key = f["name"].rsplit(".", 1)[0]
        R[key](f, os.path.join(OUT, f["name"]))
        print("built", f["name"])
    json.dump(expected(), open(os.path.join(OUT, "expected.json"), "w"), ensure_ascii=False, indent=1)
    json.dump(near_pairs(), open(os.path.join(OUT, "near_misses.json"), "w"), ensure_ascii=False, indent=1)
    shutil.rmtree(BUILD, ignore_errors=True)
