# -*- coding: utf-8 -*-
"""Render the match60 batch from data.py. Output goes to /work/blind/match60, temp docx for LibreOffice to ./lo_src."""
import os, subprocess, shutil
from data import REPORTS, join
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = "/work/blind/match60"; LOSRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "lo_src")
os.makedirs(OUT, exist_ok=True); os.makedirs(LOSRC, exist_ok=True)
BY = {r["file"]: r for r in REPORTS}
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"; FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTI = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"

def P(m, og="og"): return join(m["partners"], og)

# ---------------- docx helpers ----------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), hexcol); tcPr.append(s)

def cant_split(row):
    trPr = row._tr.get_or_add_trPr(); e = OxmlElement("w:cantSplit"); trPr.append(e)

def page_field(par, prefix="Side "):
    par.add_run(prefix)
    r = par.add_run(); f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
    r2 = par.add_run(); it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "; r2._r.append(it)
    r3 = par.add_run(); f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end"); r3._r.append(f2)

def newdoc(font="Calibri", size=11, header=None, footer=None, pagenum=True, pageprefix="Side "):
    d = Document(); st = d.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    sec = d.sections[0]
    if header: sec.header.paragraphs[0].text = header
    fp = sec.footer.paragraphs[0]
    if footer: fp.add_run(footer + "   ")
    if pagenum: page_field(fp, pageprefix)
    return d

def para(d, text="", bold_label=None, bold=False, italic=False, size=None, keep=True, style=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if bold_label: r = p.add_run(bold_label); r.bold = True
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    p.paragraph_format.keep_together = keep
    return p

def kv_table(d, rows, w=(4.2, 12), label_fill="D9D9D9", style="Table Grid"):
    t = d.add_table(rows=0, cols=2); t.style = style
    for k, v in rows:
        if v is None: continue
        c = t.add_row().cells; c[0].text = k; c[1].text = v
        c[0].paragraphs[0].runs[0].bold = True
        if label_fill: shade(c[0], label_fill)
        c[0].width = Cm(w[0]); c[1].width = Cm(w[1])
        for cc in c: cc.paragraphs[0].paragraph_format.keep_with_next = True
    for r in t.rows: cant_split(r)
    return t

def grid(d, header, rows, widths=None, fill="BFBFBF", style="Table Grid"):
    t = d.add_table(rows=1, cols=len(header)); t.style = style
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]; c.text = h; c.paragraphs[0].runs[0].bold = True
        if fill: shade(c, fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row): cells[i].text = v if v is not None else ""
    if widths:
        for r in t.rows:
            for i, wd in enumerate(widths): r.cells[i].width = Cm(wd)
    for r in t.rows: cant_split(r)
    return t

def lo_convert(doc, name):
    src = os.path.join(LOSRC, name.replace(".pdf", ".docx")); doc.save(src)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", OUT, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

# ---------------- reportlab helpers ----------------
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
pdfmetrics.registerFont(TTFont("DV", FONT)); pdfmetrics.registerFont(TTFont("DVB", FONTB)); pdfmetrics.registerFont(TTFont("DVI", FONTI))
from reportlab.lib.fonts import addMapping
addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DVI"); addMapping("DV", 1, 1, "DVB")
def ST(size=10, lead=None, font="DV", left=0, space=3, color=colors.black):
    return ParagraphStyle("s%d%s%d" % (size, font, left), fontName=font, fontSize=size, leading=lead or size * 1.3,
                          leftIndent=left, spaceAfter=space, textColor=color)
def esc(s): return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def rl_build(name, story, header, footer_fn=None, top=2.6):
    def onpage(c, doc):
        c.saveState(); c.setFont("DV", 8); c.drawString(2 * 28.35, A4[1] - 1.4 * 28.35, header)
        c.drawRightString(A4[0] - 2 * 28.35, 1.2 * 28.35, footer_fn(doc.page) if footer_fn else str(doc.page)); c.restoreState()
    doc = SimpleDocTemplate(os.path.join(OUT, name), pagesize=A4, topMargin=top * 28.35, bottomMargin=2.3 * 28.35,
                            leftMargin=2.2 * 28.35, rightMargin=2.2 * 28.35)
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)

# ---------------- fpdf helpers ----------------
from fpdf import FPDF
class FP(FPDF):
    head = ""; foot = ""
    def header(self):
        self.set_font("DV", "", 8); self.cell(0, 6, self.head, new_x="LMARGIN", new_y="NEXT"); self.ln(3)
    def footer(self):
        self.set_y(-14); self.set_font("DV", "", 8); self.cell(0, 6, self.foot.format(n=self.page_no()), align="R")
def newfp(head, foot):
    p = FP(); p.head = head; p.foot = foot
    p.add_font("DV", "", FONT); p.add_font("DV", "B", FONTB); p.add_font("DV", "I", FONTI)
    p.set_auto_page_break(True, 20); p.add_page(); p.set_font("DV", "", 10); return p
def fline(p, text, style="", size=10, h=5.5, border=0, indent=0):
    p.set_font("DV", style, size); p.set_x(p.l_margin + indent)
    p.multi_cell(p.epw - indent, h, text, border=border, new_x="LMARGIN", new_y="NEXT")

# =================== templates ===================
def spekter2017(r):
    f = r["file"]; ms = r["measures"]; s = []
    s.append(Paragraph("Rapportering fra Spekter – oppfølging av Nasjonal kompetansepolitisk strategi 2017", ST(14, font="DVB", space=10)))
    s.append(Paragraph("Rapporteringspunkter:", ST(11, font="DVB", space=6)))
    for i, m in enumerate(ms, 1):
        s.append(Paragraph(f"{i}. {esc(m['title'])}.", ST(10, left=14)))
        s.append(Paragraph(f"Relasjon til {m['dp']}.", ST(10, left=14, space=8)))
    s.append(PageBreak())
    leak = 9
    for m in ms:
        ansv = f"{m['resp']} står bak tiltaket" + (f" med {P(m)} som samarbeidspartnere." if m["partners"] else ".")
        if m["resp"].startswith("HOSPEEM"):
            ansv = f"{m['resp']} er sammen med EU-kommisjonen ansvarlig for prosjektet. Spekter deltar i styringsgruppen. Nasjonale samarbeidspartnere er {P(m)}."
        blk = [Paragraph("1. Tiltak i Nasjonal kompetansepolitisk strategi", ST(11, font="DVB", space=4)),
               Paragraph(esc(m["title"]), ST(10, left=14)), Paragraph(f"Relasjon til {m['dp']}.", ST(10, left=14, space=8)),
               Paragraph("2. Ansvarlig og samarbeidspartnere", ST(11, font="DVB", space=4)), Paragraph(esc(ansv), ST(10, left=14, space=8)),
               Paragraph("3. Beskrivelse av tiltaket (maks en halv side)", ST(11, font="DVB", space=4)), Paragraph(esc(m["desc"]), ST(10, left=14, space=8)),
               Paragraph("4. Tidspunkt og varighet", ST(11, font="DVB", space=4)), Paragraph(f"{leak}. {esc(m['period'])}.", ST(10, space=18))]
        leak += 1; s.append(KeepTogether(blk))
    s.append(Paragraph("Spekter, Postboks 7037 Majorstuen, 0306 Oslo – www.spekter.no", ST(8)))
    rl_build(f, s, "Spekter – Arbeidsgiverforeningen", lambda n: f"Side {n}")

def spekter2018(r):
    d = newdoc("Arial", 10, header="Spekter | Rapportering NKPS 2018", footer="spekter.no")
    d.add_heading("Spekters oppfølging av Nasjonal kompetansepolitisk strategi – 2018", 1)
    para(d, "Spekter rapporterer her tiltak for 2018. Flere av tiltakene fra 2017 er videreført. Tabellen viser tiltak, delmål og samarbeid.")
    para(d, "Møter i Kompetansepolitisk råd 2018", bold=True)
    for x in ["Rådsmøte 12. mars 2018, Oslo", "Rådsmøte 18. juni 2018", "Rådsmøte 3. desember 2018 – drøfting av årsrapporten"]:
        d.add_paragraph(x, style="List Bullet")
    rows = [[str(i), m["title"], m["dp"], m["tp"], m["resp"], P(m), m["period"] or "–"] for i, m in enumerate(r["measures"], 1)]
    grid(d, ["Nr", "Tiltak", "Delmål", "Type", "Ansvar", "Samarbeid", "Når"], rows, [0.8, 5, 1.5, 2.2, 2.4, 3.2, 2])
    para(d, "")
    t = kv_table(d, [("Kontakt", "Rådgiver Kari Nordmann, kari.nordmann@spekter.no, tlf. 23 08 40 00")])
    d.save(os.path.join(OUT, r["file"]))

def virke2017(r):
    d = newdoc("Georgia", 11, header="HOVEDORGANISASJONEN VIRKE", footer="Virke – rapport til Kompetansepolitisk råd 2017")
    para(d, "Rapport", size=24); para(d, "Virkes oppfølging av Nasjonal kompetansepolitisk strategi", size=16)
    para(d, "Oslo, 1. desember 2017")
    kv_table(d, [("Om Virke", "Virke organiserer over 23 000 virksomheter med mer enn 250 000 ansatte.")], label_fill="FCE4D6")
    para(d, "Nedenfor følger Virkes tiltak. Numrene viser til tiltakslisten i strategien.")
    for m in r["measures"]:
        d.add_heading(m["title"], 2)
        para(d, f"tiltak {m['dp'].split('tiltak ')[1]}" if False else m["dp"].replace("tiltak", "strategiens tiltak", 1), bold_label="Relasjon til strategien: ")
        para(d, m["tp"], bold_label="Type tiltak: ")
        para(d, m["resp"] + (f", i samarbeid med {P(m)}" if m["partners"] else ""), bold_label="Ansvarlig: ")
        if m["period"]: para(d, m["period"], bold_label="Tidspunkt og varighet: ")
        if m["desc"]: para(d, m["desc"])
    para(d, "Med vennlig hilsen\nVirke")
    d.save(os.path.join(OUT, r["file"]))

def kd2018(r):
    d = newdoc("Times New Roman", 10, header="Kunnskapsdepartementet", footer="Regjeringens rapportering 2018")
    d.add_heading("Regjeringens tiltak for å følge opp Nasjonal kompetansepolitisk strategi – 2018", 1)
    para(d, "Departementene har rapportert tiltak til Kompetansepolitisk råd. Tabellen viser tiltakene sortert etter delmål.")
    ms = r["measures"]
    t = grid(d, ["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere"],
             [[m["dp"], m["title"], m["tp"], m["resp"], P(m)] for m in ms], [1.6, 6, 2.8, 2.4, 4.5])
    hdr = t.rows[0]._tr.get_or_add_trPr(); e = OxmlElement("w:tblHeader"); hdr.append(e)
    # merge delmål cells over equal runs
    i = 0
    while i < len(ms):
        j = i
        while j + 1 < len(ms) and ms[j + 1]["dp"] == ms[i]["dp"]: j += 1
        if j > i:
            a = t.cell(i + 1, 0); b = t.cell(j + 1, 0); mc = a.merge(b)
            for p in mc.paragraphs[1:]: p._p.getparent().remove(p._p)
            mc.paragraphs[0].text = ms[i]["dp"]
        i = j + 1
    para(d, ""); para(d, "Tiltak per delmål", bold=True)
    cnt = {}
    for m in ms: cnt[m["dp"]] = cnt.get(m["dp"], 0) + 1
    grid(d, ["Delmål", "Antall"], [[k, str(v)] for k, v in cnt.items()] + [["Totalt", str(len(ms))]], [3, 2])
    d.save(os.path.join(OUT, r["file"]))

def regj2019nn(r):
    d = newdoc("Liberation Serif", 11, header="Regjeringa – rapport til Kompetansepolitisk råd", footer="Nynorsk utgåve")
    para(d, "Regjeringa si oppfølging av Nasjonal kompetansepolitisk strategi 2019", size=18, bold=True)
    para(d, "Nynorsk utgåve. Utarbeidd av Kunnskapsdepartementet i samarbeid med ASD, KMD og NFD.")
    d.add_heading("Innleiing", 1)
    para(d, "Regjeringa har i 2019 arbeidd vidare med tiltaka frå 2018. Her følgjer dei viktigaste tiltaka, ordna etter hovudinnsatsområde.")
    areas = {"1": "Hovudinnsatsområde 1: Gode val for den enkelte og for samfunnet", "2": "Hovudinnsatsområde 2: Læring i arbeidslivet",
             "3": "Hovudinnsatsområde 3: Styrkje kompetansen til vaksne med svak tilknyting til arbeidslivet"}
    cur = None
    for m in r["measures"]:
        a = m["d"][0][0]
        if a != cur: d.add_heading(areas[a], 1); cur = a
        p = para(d, m["title"], bold=True); p.paragraph_format.keep_with_next = True
        p = para(d, f"Delmål: {m['dp']} | Type: {m['tp']} | Ansvarleg: {m['resp']}"); p.paragraph_format.keep_with_next = True
        if m["partners"]: para(d, P(m), bold_label="Samarbeid: ")
        para(d, m["period"], bold_label="Tidsrom: ")
        if m["desc"]: para(d, m["desc"], italic=True)
    d.add_heading("Kontaktperson", 2)
    para(d, "Seniorrådgjevar Ola Nordmann, Kunnskapsdepartementet, postmottak@kd.dep.no")
    lo_convert(d, r["file"])

def lo2018(r):
    s = [Paragraph("LANDSORGANISASJONEN I NORGE", ST(9, font="DVB", color=colors.HexColor("#C00000"))),
         Paragraph("Youngs gate 11, 0181 Oslo", ST(8, space=14)),
         Paragraph("Til Kompetansepolitisk råd", ST(10)), Paragraph("Oslo, 30. november 2018", ST(10, space=10)),
         Paragraph("LOs rapportering av tiltak 2018", ST(14, font="DVB", space=8)),
         Paragraph("LO viser til bestillingen fra sekretariatet og rapporterer med dette våre tiltak for 2018, ordnet etter delmål.", ST(10, space=10))]
    cur = None
    for m in r["measures"]:
        if m["dp"] != cur:
            s.append(Paragraph(m["dp"], ST(12, font="DVB", space=6))); cur = m["dp"]
        blk = [Paragraph(esc(m["title"]), ST(10.5, font="DVB", space=2)),
               Paragraph(f"Type: {esc(m['tp'])}", ST(10, left=18, space=1)),
               Paragraph(f"Ansvarlig: {esc(m['resp'])}", ST(10, left=18, space=1))]
        if m["partners"]: blk.append(Paragraph(f"Samarbeid: {esc(P(m))}", ST(10, left=18, space=1)))
        blk.append(Paragraph(f"Når: {esc(m['period'])}", ST(10, left=18, space=8)))
        s.append(KeepTogether(blk))
    s += [Spacer(1, 12), Paragraph("Med vennlig hilsen", ST(10)), Paragraph("Landsorganisasjonen i Norge", ST(10)),
          Paragraph("Trude Tinnlund, 1. nestleder", ST(10))]
    pages = {"n": 0}
    rl_build(r["file"], s, "LO – Rapportering NKPS 2018", lambda n: f"Side {n}")

def lo2019(r):
    d = newdoc("Arial", 10, header="LO – Landsorganisasjonen i Norge", footer="Rapportering NKPS 2019")
    d.add_heading("LOs tiltak 2019 – Nasjonal kompetansepolitisk strategi", 1)
    para(d, "Skjemaet er fylt ut for hvert tiltak. Tiltak som er videreført fra 2018 er merket i beskrivelsen.")
    for i, m in enumerate(r["measures"], 1):
        para(d, f"Tiltak {i}", bold=True)
        kv_table(d, [("Navn på tiltak", m["title"]), ("Relasjon til delmål", m["dp"]), ("Type tiltak", m["tp"]), ("Ansvarlig", m["resp"]),
                     ("Samarbeidspartnere", P(m) or "–"), ("Tidspunkt og varighet", m["period"]), ("Beskrivelse", m["desc"] or "")], label_fill="F2DCDB")
        para(d, "")
    para(d, f"Antall tiltak: {len(r['measures'])}", bold=True)
    kv_table(d, [("Kontakt", "LO, avdeling for samfunnspolitikk – post@lo.no")])
    d.save(os.path.join(OUT, r["file"]))

def nho2019(r):
    d = newdoc("Calibri", 10, header="NHO – Rapport til Kompetansepolitisk råd / Report to the Council on Skills Policy 2019",
               footer="Næringslivets Hovedorganisasjon / Confederation of Norwegian Enterprise", pageprefix="Side / Page ")
    d.add_heading("NHOs tiltak 2019 / NHO measures 2019", 1)
    para(d, "Rapporten er tospråklig fordi den også sendes til våre europeiske søsterorganisasjoner. / This report is bilingual as it is also shared with our European sister organisations.")
    t = d.add_table(rows=1, cols=6); t.style = "Light Grid Accent 1"
    for i, h in enumerate(["Tiltak / Measure", "Delmål / Objective", "Type", "Ansvarlig / Responsible", "Partnere / Partners", "Periode / Period"]):
        t.rows[0].cells[i].text = h
    for m in r["measures"]:
        c = t.add_row().cells
        c[0].text = m["title"]; pe = c[0].add_paragraph(); rr = pe.add_run(m["en"]); rr.italic = True
        c[1].text = m["dp"]; c[2].text = m["tp"]; c[3].text = m["resp"]; c[4].text = P(m); c[5].text = m["period"]
    para(d, ""); para(d, "NHO har i 2019 deltatt i fire møter i Kompetansepolitisk råd. / NHO attended four council meetings in 2019.")
    d.save(os.path.join(OUT, r["file"]))

UNIO_EN = {"UNIO_FINANS": "Study of financing models for continuing education", "UNIO_HELSEPERS": "Report on upskilling of health personnel",
           "BRANSJE_HO": "Industry programme for the health and care sector", "UNIO_TVKURS": "Courses for union representatives on continuing education",
           "KBU": "Member of the Committee on Skill Needs", "RSA": "Participation in the councils for cooperation with working life"}
def unio2020(r):
    s = [Paragraph("Unio", ST(22, font="DVB", color=colors.HexColor("#1F4E79"))),
         Paragraph("Hovedorganisasjonen for universitetsutdannede", ST(10, space=12)),
         Paragraph("Rapport om oppfølging av Nasjonal kompetansepolitisk strategi 2020", ST(14, font="DVB", space=12))]
    for i, m in enumerate(r["measures"], 1):
        tbl = Table([[Paragraph("Delmål", ST(9, font="DVB")), Paragraph(m["dp"], ST(9)), Paragraph("Type", ST(9, font="DVB")), Paragraph(esc(m["tp"]), ST(9))],
                     [Paragraph("Ansvarlig", ST(9, font="DVB")), Paragraph(esc(m["resp"]), ST(9)), Paragraph("Periode", ST(9, font="DVB")), Paragraph(esc(m["period"]), ST(9))]],
                    colWidths=[55, 160, 50, 120])
        tbl.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        blk = [Paragraph(f"{i}. {esc(m['title'])}", ST(11.5, font="DVB", space=4)), tbl, Spacer(1, 3)]
        if m["partners"]: blk.append(Paragraph(f"Partnere: {esc(P(m))}", ST(9.5)))
        if m["desc"]: blk.append(Paragraph(esc(m["desc"]), ST(10)))
        blk.append(Spacer(1, 8)); s.append(KeepTogether(blk))
    s.append(PageBreak()); s.append(Paragraph("English summary", ST(13, font="DVB", space=6)))
    s.append(Paragraph("In 2020 Unio followed up the strategy through the following activities:", ST(10)))
    for m in r["measures"]: s.append(Paragraph("• " + UNIO_EN[m["tid"]], ST(10, left=12)))
    s.append(Spacer(1, 10)); s.append(Paragraph("Unio i tall", ST(11, font="DVB")))
    st = Table([["Forbund", "Medlemmer"], ["Utdanningsforbundet", "187 000"], ["Norsk Sykepleierforbund", "124 000"], ["Totalt", "380 000"]], colWidths=[180, 90])
    st.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("FONTNAME", (0, 0), (-1, -1), "DV")])); s.append(st)
    rl_build(r["file"], s, "Unio – rapportering 2020", lambda n: f"{n}")

def unio2021nn(r):
    d = newdoc("Cambria", 11, header="Unio – rapport 2021 (nynorsk)", footer="unio.no")
    d.add_heading("Unio si rapportering til Kompetansepolitisk råd 2021", 1)
    para(d, "Møte vi har delteke på i 2021:", bold=True)
    for x in ["Kompetansepolitisk råd, 9. februar 2021 (digitalt)", "Kompetansepolitisk råd, 14. september 2021"]:
        d.add_paragraph(x, style="List Bullet")
    for m in r["measures"]:
        rows = [("Kva", m["title"]), ("Kven", m["resp"]), ("Kva delmål", m["dp"]), ("Type", m["tp"]),
                ("Samarbeidspartnarar", P(m) if m["partners"] else None), ("Tidsrom", m["period"]), ("Skildring", m["desc"])]
        kv_table(d, rows, label_fill="DEEAF6")
        if m["cont"]: para(d, "Tiltaket er vidareført frå 2020.", italic=True)
        else: para(d, "Nytt tiltak i 2021.", italic=True)
    para(d, "Helsing\nUnio")
    d.save(os.path.join(OUT, r["file"]))

def ys2022nn(r):
    d = newdoc("Liberation Sans", 10, header="YS – Yrkesorganisasjonenes Sentralforbund", footer="Rapport NKPS 2022")
    para(d, "YS – rapport om oppfølging av Nasjonal kompetansepolitisk strategi 2022", size=16, bold=True)
    d.add_heading("Kort om YS", 2)
    para(d, "YS har om lag 230 000 medlemer i 14 forbund. Rapporten er skriven på nynorsk.")
    for i, m in enumerate(r["measures"], 1):
        p = d.add_paragraph(); rr = p.add_run(f"Tiltak {i}: "); rr.bold = True; rr2 = p.add_run(m["title"]); rr2.bold = True
        p.paragraph_format.keep_with_next = True
        pPr = p._p.get_or_add_pPr(); s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:fill"), "E2EFD9"); pPr.append(s)
        for lab, val in [("Delmål: ", m["dp"]), ("Type: ", m["tp"]), ("Ansvarleg: ", m["resp"]), ("Samarbeidspartnarar: ", P(m) if m["partners"] else None),
                         ("Tidsrom: ", m["period"]), ("Skildring: ", m["desc"])]:
            if val: q = para(d, val, bold_label=lab); q.paragraph_format.keep_with_next = True
        para(d, "")
    para(d, "Møte i rådet 2022", bold=True)
    grid(d, ["Dato", "Stad", "Tema"], [["15. mars", "Oslo", "KBU-rapporten"], ["20. oktober", "Digitalt", "Årsrapport"]], [3, 3, 6])
    lo_convert(d, r["file"])

def ks2019(r):
    d = newdoc("Calibri", 11, header="KS – Kommunesektorens organisasjon", footer="KS rapport NKPS 2019")
    para(d, "Rapportering til Kompetansepolitisk råd 2019", size=18, bold=True)
    d.add_heading("Innledning", 1)
    para(d, "KS rapporterer tiltak som følger opp strategien i kommunesektoren. Noen tiltak deles med andre rådsmedlemmer.")
    for i, m in enumerate(r["measures"], 1):
        h = d.add_heading(f"Tiltak {i} – {m['title']}", 2)
        kv_table(d, [("Delmål", m["dp"]), ("Type", m["tp"]), ("Ansvarlig", m["resp"]), ("Partnere", P(m) or "–"), ("Periode", m["period"])], w=(3, 13), label_fill="FFF2CC")
        if m["desc"]: para(d, m["desc"])
    d.add_heading("Statistikk: lærlinger i kommunesektoren", 2)
    grid(d, ["År", "Lærlinger", "Endring"], [["2017", "6 132", "–"], ["2018", "6 487", "+355"], ["2019", "6 901", "+414"]], [3, 3, 3])
    para(d, "Kontakt: KS, Haakon VIIs gate 9, Oslo – ks@ks.no")
    lo_convert(d, r["file"])

def vofo2018(r):
    p = newfp("VOFO – Voksenopplæringsforbundet", "VOFO rapport 2018 – side {n}")
    p.set_fill_color(230, 240, 250); p.set_font("DV", "B", 16); p.cell(0, 12, "VOFO – rapportering av tiltak 2018", fill=True, new_x="LMARGIN", new_y="NEXT"); p.ln(3)
    fline(p, "VOFO representerer frivilligheten i Kompetansepolitisk råd. Her er våre tiltak for 2018.")
    p.ln(2)
    for m in r["measures"]:
        if p.get_y() > 230: p.add_page()
        fline(p, f"Tiltak: {m['title']}", "B", border="LTR")
        for lab, v in [("Hvilket delmål", m["dp"]), ("Type", m["tp"]), ("Ansvarlig", m["resp"]), ("Samarbeid med", P(m)), ("Periode", m["period"])]:
            fline(p, f"{lab}: {v}", border="LR")
        fline(p, "", h=2, border="LBR"); p.ln(4)
    fline(p, "VOFO i tall", "B")
    for a, b in [("Studieforbund", "14"), ("Kursdeltakere 2018", "512 000"), ("Kurstimer", "1 640 000")]:
        p.set_font("DV", "", 10); p.cell(60, 6, a, border=1); p.cell(40, 6, b, border=1, new_x="LMARGIN", new_y="NEXT")
    p.output(os.path.join(OUT, r["file"]))

def aka2018(r):
    s = [Paragraph("AKADEMIKERNE", ST(16, font="DVB", color=colors.HexColor("#00594F"))),
         Paragraph("Rapport til Kompetansepolitisk råd 2018", ST(12, font="DVB", space=10))]
    box = Table([[Paragraph("Akademikerne har 200 000 medlemmer i 13 foreninger.", ST(9))]], colWidths=[220])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#00594F")), ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#E8F3F1"))]))
    s += [box, Spacer(1, 10)]
    secs = [("Råd og utvalg", lambda m: m["tp"] in ("Råd/utvalg", "Arbeidsgruppe")), ("Utdanning, kurs og informasjon", lambda m: m["tp"] in ("Utdanning", "Informasjon", "Kurs")),
            ("Forskningsrapporter", lambda m: m["tp"] == "FoU")]
    for name, fn in secs:
        s.append(Paragraph(name, ST(12, font="DVB", space=5)))
        for m in r["measures"]:
            if not fn(m): continue
            line = f"Delmål {m['dp']} · {esc(m['tp'])} · Ansvar: {esc(m['resp'])}" + (f" · Partner: {esc(P(m))}" if m["partners"] else "") + f" · År: {esc(m['period'])}"
            s.append(KeepTogether([Paragraph("• " + f"<b>{esc(m['title'])}</b>", ST(10, left=10, space=1)), Paragraph(line, ST(9, left=22, space=7))]))
    s += [Spacer(1, 10), Paragraph("Vennlig hilsen Akademikerne", ST(10))]
    rl_build(r["file"], s, "Akademikerne | NKPS 2018", lambda n: f"– {n} –")

HK_EN = {"KBU": "Secretariat of the Norwegian Committee on Skill Needs", "KVALRAMME": "National quality framework for career guidance",
         "KARRDIGI": "The online service karriereveiledning.no", "NFK": "National forum for career guidance",
         "BRANSJE_VH": "Industry programme for retail", "KPA": "SkillsPlus Work grant scheme", "HKD_NVL": "Nordic Network for Adult Learning (NVL)"}
def hkdir2022(r):
    d = newdoc("Calibri", 11, header="HK-dir – Direktoratet for høyere utdanning og kompetanse", footer="Rapport NKPS 2022")
    d.add_heading("HK-dirs oppfølging av Nasjonal kompetansepolitisk strategi 2022", 1)
    para(d, "Kompetanse Norge ble 1. juli 2021 en del av HK-dir. Rapporten dekker direktoratets tiltak i 2022.")
    areas = {"1": "Gode valg for den enkelte og for samfunnet", "2": "Læring i arbeidslivet", "3": "Voksne med svak tilknytning til arbeidslivet"}
    for a in "123":
        ms = [m for m in r["measures"] if m["d"][0][0] == a]
        if not ms: continue
        d.add_heading(f"Hovedinnsatsområde {a}: {areas[a]}", 2)
        grid(d, ["Tiltak", "Delmål", "Type"], [[m["title"], m["dp"], m["tp"]] for m in ms], [9, 2, 4], fill="C6E0B4")
        for m in ms:
            p = para(d, m["title"], bold=True)
            para(d, m["resp"], bold_label="Ansvarlig: ")
            if m["partners"]: para(d, P(m), bold_label="Samarbeid: ")
            para(d, m["period"], bold_label="Periode: ")
            if m["desc"]: para(d, m["desc"], bold_label="Om tiltaket: ")
    para(d, "Nøkkeltall 2022", bold=True)
    grid(d, ["Indikator", "Verdi"], [["Samtaler på karriereveiledning.no", "41 200"], ["Tilskudd Kompetansepluss (mill. kr)", "118"]], [8, 3])
    d.add_page_break()
    d.add_heading("Annex – Summary for the OECD Skills Strategy team", 1)
    para(d, "This annex is provided in English for our international partner. It summarises the measures reported above.")
    for m in r["measures"]: d.add_paragraph(HK_EN[m["tid"]], style="List Bullet")
    para(d, "Contact: international@hkdir.no")
    d.save(os.path.join(OUT, r["file"]))

def nav2021(r):
    p = newfp("Arbeids- og velferdsdirektoratet", "Side {n}")
    p.set_font("DV", "B", 18); p.cell(0, 10, "Notat", new_x="LMARGIN", new_y="NEXT")
    for a, b in [("Til:", "Kompetansepolitisk råd"), ("Fra:", "Arbeids- og velferdsdirektoratet (NAV)"), ("Dato:", "15.11.2021"),
                 ("Sak:", "NAVs rapportering på Nasjonal kompetansepolitisk strategi 2021")]:
        p.set_font("DV", "B", 10); p.cell(20, 6, a); p.set_font("DV", "", 10); p.cell(0, 6, b, new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    for i, m in enumerate(r["measures"], 1):
        fline(p, f"{i}. {m['title']}", "B", 11)
        for lab, v in [("Delmål", m["dp"]), ("Type", m["tp"]), ("Ansvar", m["resp"]), ("Samarbeid", P(m)), ("Tid", m["period"])]:
            fline(p, f"– {lab}: {v}", indent=6)
        if m["desc"]: fline(p, m["desc"], "I", indent=6)
        p.ln(3)
    fline(p, "Nøkkeltall", "B", 11)
    for a, b in [("Deltakere i arbeidsmarkedsopplæring 2021", "28 400"), ("Herav med fagbrev som mål", "1 150")]:
        p.set_font("DV", "", 10); p.cell(95, 6, a, border=1); p.cell(30, 6, b, border=1, new_x="LMARGIN", new_y="NEXT")
    p.output(os.path.join(OUT, r["file"]))

def sf2018(r):
    p = newfp("Sogn og Fjordane fylkeskommune", "Side {n}")
    fline(p, "Rapport til Kompetansepolitisk råd 2018", "B", 15, 8)
    fline(p, "Innleiing", "B", 11)
    fline(p, "Fylkeskommunen rapporterer fem tiltak. Tabellen gir oversyn; tiltaka er skildra under.")
    p.ln(2); ws = [12, 22, 45, 40]
    for i, h in enumerate(["Nr", "Delmål", "Type", "Tidsrom"]): p.set_font("DV", "B", 9); p.cell(ws[i], 7, h, border=1)
    p.ln(7)
    for n, m in enumerate(r["measures"], 1):
        for i, v in enumerate([str(n), m["dp"], m["tp"], m["period"]]): p.set_font("DV", "", 9); p.cell(ws[i], 7, v, border=1)
        p.ln(7)
    p.ln(4); fline(p, "Tiltaka", "B", 11)
    for n, m in enumerate(r["measures"], 1):
        fline(p, f"{n}. {m['title']}", "B")
        fline(p, f"Ansvarleg: {m['resp']}. Samarbeidspartnarar: {P(m)}.", indent=5); p.ln(2)
    p.output(os.path.join(OUT, r["file"]))

def mr2019(r):
    d = newdoc("Calibri", 11, header="Møre og Romsdal fylkeskommune", footer="Rapport NKPS 2019")
    d.add_heading("Møre og Romsdal fylkeskommune – rapport om kompetansepolitiske tiltak 2019", 1)
    para(d, "Fylkeskommunen har i 2019 styrkt rolla si som regional kompetanseaktør. Her er tiltaka.")
    for i, m in enumerate(r["measures"], 1):
        d.add_heading(f"{i}. {m['title']}", 2)
        para(d, f"Ansvarleg: {m['resp']}. Samarbeidspartnarar: {P(m)}. Tidsrom: {m['period']}.")
        para(d, f"Kva delmål: {m['dp']}. Type: {m['tp']}.")
        if m["desc"]: para(d, m["desc"], bold_label="Skildring: ")
    para(d, "Møte i kompetanseforum 2019", bold=True)
    grid(d, ["Dato", "Stad"], [["4. april", "Molde"], ["19. september", "Ålesund"], ["28. november", "Kristiansund"]], [4, 4])
    para(d, "Med helsing\nfylkesdirektør for utdanning")
    d.save(os.path.join(OUT, r["file"]))

def mr2020(r):
    d = newdoc("Calibri", 9, header="Møre og Romsdal fylkeskommune – NKPS 2020", footer="mrfylke.no")
    d.add_heading("Rapport 2020", 1)
    para(d, "Tabellen viser tiltaka i 2020. Kolonna Status viser om tiltaket er vidareført frå 2019.")
    grid(d, ["Kva", "Delmål", "Type", "Kven", "Samarbeidspartnarar", "Tidsrom", "Status"],
         [[m["title"], m["dp"], m["tp"], m["resp"], P(m), m["period"], "Vidareført" if m["cont"] else "Nytt"] for m in r["measures"]],
         [4.2, 1.4, 2, 3, 3.2, 1.8, 1.8], fill="DDEBF7")
    para(d, ""); para(d, "Tal frå 2020", bold=True)
    grid(d, ["Karriererettleiingssamtalar", "Tal"], [["Vaksne", "2 310"], ["Digitale samtalar", "1 045"]], [6, 2])
    d.save(os.path.join(OUT, r["file"]))

def vl2020(r):
    d = newdoc("Calibri", 11, header="Vestland fylkeskommune", footer="Rapport til Kompetansepolitisk råd 2020")
    d.add_heading("Vestland fylkeskommune – rapport 2020", 1)
    para(d, "Vestland fylkeskommune vart skipa 1. januar 2020 då Hordaland og Sogn og Fjordane slo seg saman. Fleire tiltak frå dei gamle fylka er vidareførte.")
    for m in r["measures"]:
        kv_table(d, [("Tiltak", m["title"]), ("Kva delmål", m["dp"]), ("Type", m["tp"]), ("Ansvarleg", m["resp"]),
                     ("Samarbeidspartnarar", P(m)), ("Tidsrom", m["period"]), ("Skildring", m["desc"])], label_fill="E4DFEC")
        para(d, "")
    kv_table(d, [("Kontakt", "Avdeling for innovasjon og næringsutvikling, post@vlfk.no")])
    d.save(os.path.join(OUT, r["file"]))

def vl2025(r):
    d = newdoc("Liberation Sans", 10, header="Vestland fylkeskommune · Rapport NKPS 2025", footer="Vestland fylkeskommune")
    para(d, "Kompetansepolitiske tiltak i Vestland 2025", size=18, bold=True)
    para(d, "Rapporten er kortare enn tidlegare år. Tiltak som held fram frå før er merkte.")
    for m in r["measures"]:
        kv_table(d, [("Kva", m["title"]), ("Kva delmål", m["dp"]), ("Type", m["tp"]), ("Kven", m["resp"]),
                     ("Samarbeidspartnarar", P(m)), ("Tidsrom", m["period"]), ("Skildring", m["desc"])], label_fill="C5E0B3")
        if m["cont"]: para(d, "Tiltaket er vidareført.", italic=True)
        para(d, "")
    para(d, "BIO-søknader 2023–2025", bold=True)
    grid(d, ["År", "Søknader", "Innvilga"], [["2023", "212", "148"], ["2024", "236", "151"], ["2025", "244", "160"]], [3, 3, 3])
    lo_convert(d, r["file"])

def tr2019(r):
    d = newdoc("Arial", 9, header="Trøndelag fylkeskommune – Trööndelagen fylkentjïelte", footer="Rapport NKPS 2019")
    d.add_heading("Trøndelag fylkeskommune: tiltak 2019", 1)
    para(d, "Trøndelag fylkeskommune / Trööndelagen fylkentjïelte rapporterer her tiltak som følger opp strategien. Delmålene er angitt med ord.")
    grid(d, ["Tiltak", "Delmål", "Type", "Ansvarlig", "Partnere", "Periode"],
         [[m["title"], m["dp"], m["tp"], m["resp"], P(m), m["period"]] for m in r["measures"]], [4.5, 3, 2, 2.6, 3.5, 2])
    para(d, ""); para(d, "Møter 2019", bold=True)
    for x in ["Regionalt partnerskap, 7. mars 2019", "Kompetanseforum, 12. juni 2019"]: d.add_paragraph(x, style="List Bullet")
    para(d, "Med hilsen\nfylkesdirektør")
    d.save(os.path.join(OUT, r["file"]))

def tf2021(r):
    s = [Paragraph("Rapport om kompetansepolitiske tiltak 2021", ST(15, font="DVB", space=6)),
         Paragraph("Troms og Finnmark fylkeskommune / Romsa ja Finnmárkku fylkkagielda følger opp strategien gjennom regional planlegging, karriereveiledning og voksenopplæring.", ST(10, space=10)),
         Paragraph("Tiltak i 2021", ST(12.5, font="DVB", space=6))]
    for m in r["measures"]:
        blk = [Paragraph(esc(m["title"]), ST(11, font="DVB", space=2))]
        for lab, v in [("Delmål", m["dp"]), ("Type", m["tp"]), ("Ansvarlig", m["resp"]), ("Samarbeidspartnere", P(m)), ("Periode", m["period"])]:
            blk.append(Paragraph(f"{lab}: {esc(v)}", ST(10, left=12, space=1)))
        blk.append(Spacer(1, 8)); s.append(KeepTogether(blk))
    s.append(Paragraph("Karrieresentrene i tall", ST(11, font="DVB", space=4)))
    t = Table([["Karrieresenter", "Veiledninger 2021"], ["Tromsø", "1 840"], ["Alta", "960"], ["Karasjok", "210"]], colWidths=[160, 110])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("FONTNAME", (0, 0), (-1, -1), "DV")])); s.append(t)
    s.append(Spacer(1, 8)); s.append(Paragraph("Kontakt: postmottak@tffk.no", ST(9)))
    rl_build(r["file"], s, "Troms og Finnmark fylkeskommune / Romsa ja Finnmárkku fylkkagielda", lambda n: f"Side {n}")

T = {"Spekter_rapportering_NKPS_2017.pdf": spekter2017, "Spekter_2018_oppfolging.docx": spekter2018, "Virke_NKPS_rapport_2017.docx": virke2017,
     "KD_Regjeringen_rapport_2018.docx": kd2018, "Regjeringa_rapport_NKPS_2019_nynorsk.pdf": regj2019nn, "LO_rapportering_2018.pdf": lo2018,
     "LO_tiltak_2019.docx": lo2019, "NHO_NKPS_2019_Tiltak_Measures.docx": nho2019, "Unio_rapport_2020.pdf": unio2020,
     "Unio_2021_rapport_nn.docx": unio2021nn, "YS_rapport_2022_nynorsk.pdf": ys2022nn, "KS_NKPS_rapport_2019.pdf": ks2019,
     "VOFO_rapport_2018.pdf": vofo2018, "Akademikerne_2018.pdf": aka2018, "HK-dir_oppfolging_NKPS_2022.docx": hkdir2022,
     "NAV_rapportering_2021.pdf": nav2021, "Sogn_og_Fjordane_fylkeskommune_2018.pdf": sf2018, "More_og_Romsdal_fylkeskommune_2019.docx": mr2019,
     "MR_fylke_rapport_NKPS_2020.docx": mr2020, "Vestland_fylkeskommune_rapport_2020.docx": vl2020, "Vestland_fylkeskommune_2025.pdf": vl2025,
     "Trondelag_fylkeskommune_2019.docx": tr2019, "Troms_og_Finnmark_fylkeskommune_2021.pdf": tf2021}

if __name__ == "__main__":
    for f in os.listdir(OUT): os.remove(os.path.join(OUT, f))
    assert set(T) == set(BY), set(BY) ^ set(T)
    for f, fn in T.items(): fn(BY[f]); print("built", f)
