# -*- coding: utf-8 -*-
"""Renders every report of batch match54 from data.py. docx via python-docx, some PDFs via LibreOffice, others via reportlab."""
import os, subprocess, shutil, json
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
import data
from data import CODES, OLD, WORDS

OUT = "/work/blind/match54"
TMP = "/work/blind/match54_build/tmp"
os.makedirs(OUT, exist_ok=True); os.makedirs(TMP, exist_ok=True)
pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
EVID = {}   # file -> list per row of delmål evidence strings that must appear

def pj(p, og="og"):
    if not p: return ""
    if len(p) == 1: return p[0]
    if " og " in p[-1]: return ", ".join(p)   # a name with 'og' last: the office used commas only
    return ", ".join(p[:-1]) + f" {og} " + p[-1]

def tp(m): return m.get("tp") or m["type"] or ""

# ------------------------------------------------------------------ docx helpers
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr(); sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), hexcolor); tcPr.append(sh)

def page_field(par, instr="PAGE"):
    r = par.add_run(); f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
    r2 = par.add_run(); it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r2._r.append(it)
    r3 = par.add_run(); f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end"); r3._r.append(f2)

def newdoc(header=None, footer=None, pagenum=None, font="Calibri", landscape_=False):
    d = Document()
    st = d.styles["Normal"]; st.font.name = font; st.font.size = Pt(10.5)
    sec = d.sections[0]
    if landscape_:
        sec.orientation = WD_ORIENT.LANDSCAPE; sec.page_width, sec.page_height = sec.page_height, sec.page_width
        sec.left_margin = sec.right_margin = Cm(1.5)
    if header: sec.header.paragraphs[0].text = header
    if footer or pagenum is not None:
        p = sec.footer.paragraphs[0]
        if footer: p.add_run(footer)
        if pagenum == "Side av":
            p.add_run("Side "); page_field(p); p.add_run(" av "); page_field(p, "NUMPAGES")
        elif pagenum is not None:
            p.add_run(pagenum); page_field(p)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return d

def guid(cell_or_par, text):
    p = cell_or_par.add_paragraph() if hasattr(cell_or_par, "add_paragraph") else cell_or_par
    r = p.add_run(text); r.italic = True; r.font.color.rgb = RGBColor(0x80, 0x80, 0x80); r.font.size = Pt(8.5)
    return p

def setc(cell, text, bold=False):
    cell.text = ""; p = cell.paragraphs[0]; r = p.add_run(text); r.bold = bold; return p

def ticks(codes, mark="☒", blank="☐", only=False, grid=False):
    lines = []
    groups = [CODES[0:4], CODES[4:10], CODES[10:16]] if not grid else [CODES[0:4], CODES[4:8], CODES[8:12], CODES[12:16]]
    for g in groups:
        parts = [f"{mark} {c}" if c in codes else f"{blank} {c}" for c in g if (c in codes or not only)]
        if parts: lines.append("   ".join(parts))
    return lines

COUNCIL = dict(  # the council's own template (bokmål)
 title=("Navn på tiltak", "Skriv inn navnet på tiltaket slik det er kjent i virksomheten."),
 dm=("Relasjon til delmål (kryss av)", "Velg ett eller flere delmål. Sett kryss i boksen (☒) eller skriv delmålets nummer."),
 type=("Type tiltak", "Velg én: FoU, Kurs/utdanning, Råd/utvalg/nettverk, Prosjekt, Informasjon, Arrangement."),
 resp=("Ansvarlig", "Skriv inn hvem som er ansvarlig for tiltaket."),
 part=("Samarbeidspartnere", "Skriv inn samarbeidspartnere, skill med komma."),
 per=("Tidsrom", "Skriv inn når tiltaket starter og slutter."),
 desc=("Beskrivelse/status", "Beskriv tiltaket kort (maks en halv side) og status per rapporteringstidspunktet."),
)
NYNORSK = dict(
 title=("Namn på tiltak", "Skriv inn namnet på tiltaket."),
 dm=("Relasjon til delmål (kryss av)", "Vel eitt eller fleire delmål."),
 type=("Type tiltak", "Vel éin: FoU, Kurs/utdanning, Råd/utval/nettverk, Prosjekt, Informasjon, Arrangement."),
 resp=("Ansvarleg", "Skriv inn kven som er ansvarleg."),
 part=("Samarbeidspartnarar", "Skriv inn samarbeidspartnarar, skil med komma."),
 per=("Tidsrom", "Skriv inn når tiltaket startar og sluttar."),
 desc=("Skildring/status", "Skildre tiltaket kort og status."),
)

def dm_lines(m, mode):
    if mode == "ticks": return ticks(m["delmal"])
    if mode == "ticks_only": return ticks(m["delmal"], only=True)
    if mode == "grid": return ticks(m["delmal"], grid=True)
    if mode == "xmark": return ticks(m["delmal"], mark="X", blank="☐")
    return [m.get("dp") or ", ".join(m["delmal"])]

def dm_evidence(m, mode):
    if mode in ("ticks", "ticks_only", "grid"): return [f"☒ {c}" for c in m["delmal"]]
    if mode == "xmark": return [f"X {c}" for c in m["delmal"]]
    return [m.get("dp") or ", ".join(m["delmal"])]

def council_form(d, ms, labels=COUNCIL, guidance=False, mode="ticks", extras=(), label_fill=None, blank=False, og="og", pre=None):
    """One form table. ms = list of measures (normally 1; 2 when a member pasted two measures into one form)."""
    rows = ["title", "dm", "type", "resp", "part", "per", "desc"]
    t = d.add_table(rows=len(rows) + len(extras), cols=2); t.style = "Table Grid"
    for i, key in enumerate(rows):
        lab, g = labels[key]
        c0, c1 = t.rows[i].cells
        setc(c0, lab, bold=True)
        if label_fill: shade(c0, label_fill)
        if blank:
            c1.text = ""; guid(c1.paragraphs[0], g); continue
        if guidance: guid(c0, g)
        c1.text = ""
        first = True
        def put(text):
            nonlocal first
            p = c1.paragraphs[0] if first else c1.add_paragraph(); first = False; p.add_run(text)
        if key == "dm":
            seen = []
            for m in ms:
                for ln in dm_lines(m, mode):
                    if ln not in seen: seen.append(ln)
            for ln in seen: put(ln)
            continue
        for k, m in enumerate(ms):
            pfx = (f"{'ab'[k]}) " if len(ms) > 1 else "")
            val = {"title": m["title"], "type": tp(m), "resp": m["responsible"], "part": pj(m["partners"], og) or "–",
                   "per": m["period"], "desc": m["description"] or ""}[key]
            if len(ms) > 1 and key in ("type", "resp") and all((tp(x) if key == "type" else x["responsible"]) == (tp(ms[0]) if key == "type" else ms[0]["responsible"]) for x in ms):
                if k == 0: put(val)
                continue
            put(pfx + val)
    for j, lab in enumerate(extras):
        c0, c1 = t.rows[len(rows) + j].cells
        setc(c0, lab, bold=True)
        if label_fill: shade(c0, label_fill)
        if not blank: setc(c1, " / ".join(m.get("extra", {}).get(lab, "") for m in ms))
    d.add_paragraph()
    return t

def to_pdf(docx_path, final_name):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", TMP, docx_path], check=True, capture_output=True)
    shutil.copy(os.path.join(TMP, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf"), os.path.join(OUT, final_name))

def save(d, name, via_pdf=False):
    if via_pdf:
        p = os.path.join(TMP, name.replace(".pdf", ".docx")); d.save(p); to_pdf(p, name)
    else:
        d.save(os.path.join(OUT, name))

def intro(d, title, lines):
    h = d.add_heading(title, level=1)
    for l in lines: d.add_paragraph(l)

# ------------------------------------------------------------------ reportlab helpers
SS = getSampleStyleSheet()
def PS(name, **kw):
    base = dict(fontName="DV", fontSize=9.5, leading=12.5); base.update(kw); return ParagraphStyle(name, **base)
N = PS("n"); B = PS("b", fontName="DVB"); H1 = PS("h1", fontName="DVB", fontSize=16, leading=20, spaceAfter=8)
H2 = PS("h2", fontName="DVB", fontSize=12, leading=15, spaceBefore=10, spaceAfter=4); SM = PS("sm", fontSize=8, leading=10)
def P(t, s=N): return Paragraph(t.replace("&", "&amp;").replace("<", "&lt;"), s)

def rl_build(name, story, header, footer_fmt, pagesize=A4):
    def deco(c, doc):
        c.saveState(); c.setFont("DV", 8)
        w, h = pagesize
        c.drawString(40, h - 28, header)
        c.drawRightString(w - 40, 22, footer_fmt.format(n=doc.page))
        c.restoreState()
    doc = SimpleDocTemplate(os.path.join(OUT, name), pagesize=pagesize, leftMargin=40, rightMargin=40, topMargin=50, bottomMargin=45)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)

# ================================================================== the 22 files
def f_spekter2017(name, F):
    d = newdoc(header="Spekter – rapportering til Kompetansepolitisk råd", pagenum="")
    p = d.add_paragraph(); r = p.add_run("Spekter\nRapport om oppfølging av Nasjonal kompetansepolitisk strategi 2017"); r.bold = True; r.font.size = Pt(18)
    d.add_paragraph("Oslo, 1. november 2017")
    d.add_paragraph("Spekter viser til vedtak i Kompetansepolitisk råd om at medlemmene skal rapportere på oppfølgingen av strategien. Rapporten følger malen som ble sendt ut fra sekretariatet.")
    d.add_heading("Rapporteringspunkter", level=2)
    for m in F["rows"]:
        d.add_paragraph(f"{m['title']} (Relasjon til NKPS tiltak nr. {m['dp']})", style="List Number")
    ev = []
    for m in F["rows"]:
        d.add_page_break()
        d.add_paragraph("1. Tiltak i Nasjonal kompetansepolitisk strategi").runs[0].bold = True
        d.add_paragraph(m["title"]); d.add_paragraph(f"Relasjon til NKPS tiltak nr. {m['dp']}.")
        d.add_paragraph(f"Type tiltak: {tp(m)}")
        d.add_paragraph("2. Ansvarlig og samarbeidspartnere").runs[0].bold = True
        d.add_paragraph(f"Ansvarlig: {m['responsible']}")
        d.add_paragraph(f"Samarbeidspartnere: {pj(m['partners']) or 'ingen'}")
        d.add_paragraph("3. Beskrivelse av tiltaket (maks en halv side)").runs[0].bold = True
        d.add_paragraph(m["description"])
        d.add_paragraph("4. Tidspunkt og varighet").runs[0].bold = True
        d.add_paragraph(m["period"] + ".")
        ev.append([f"nr. {m['dp']}"])
    EVID[name] = ev
    save(d, name, via_pdf=True)

def f_lo2017(name, F):
    d = newdoc(footer="LO – Landsorganisasjonen i Norge   ", pagenum="Side ")
    intro(d, "Rapportering fra LO – Nasjonal kompetansepolitisk strategi 2017",
          ["Til Kompetansepolitisk råd v/ sekretariatet i Kompetanse Norge",
           "LO har fylt ut rapporteringsmalen for hvert tiltak. Tiltakene er knyttet til strategiens nummererte tiltak (nr. 1–16).",
           "Kontaktperson: rådgiver Trude Haugen, tlf. 23 06 10 00"])
    lab = dict(COUNCIL); lab["dm"] = ("Relasjon til NKPS tiltak", "Skriv inn tiltaksnummer fra strategien (1–16).")
    for m in F["rows"]:
        council_form(d, [m], labels=lab, guidance=True, mode="text")
    EVID[name] = [[m["dp"]] for m in F["rows"]]
    d.add_paragraph("Med vennlig hilsen\nLO\nAvdeling for utdanning")
    save(d, name)

def f_ks2018(name, F):
    d = newdoc(header="KS – Kommunesektorens organisasjon", pagenum="Side ")
    intro(d, "KS' rapportering til Kompetansepolitisk råd 2018", ["KS rapporterer på rådets mal. Vi har lagt til rader for kontaktperson og budsjett.", "Antall tiltak rapportert: 8"])
    for m in F["rows"]:
        council_form(d, [m], mode="ticks", extras=("Kontaktperson", "Budsjett"))
    d.add_paragraph("Nytt tiltak (ikke fylt ut):")
    council_form(d, [], mode="ticks", extras=("Kontaktperson", "Budsjett"), blank=True)
    EVID[name] = [dm_evidence(m, "ticks") for m in F["rows"]]
    save(d, name)

def f_nho2018(name, F):
    st = [P("NHO – Næringslivets Hovedorganisasjon", H1), P("Oppfølging av Nasjonal kompetansepolitisk strategi – rapport for 2018", H2),
          P("NHO rapporterer her på tiltak som følger opp strategiens delmål. Vi har bygget opp rådets mal i vår egen profil."),
          Spacer(1, 6)]
    kt = Table([[P("Nøkkeltall 2018", B), ""], [P("Medlemsbedrifter"), P("over 27 000")], [P("Lærlinger i medlemsbedrifter"), P("ca. 19 000")], [P("Tiltak rapportert"), P("8")]], colWidths=[200, 120])
    kt.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#1f4e79")), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde8f3"))]))
    st += [kt, Spacer(1, 10)]
    for m in F["rows"]:
        rows = [["Hva heter tiltaket?", m["title"]], ["Hvilke delmål?", m["dp"]], ["Hva slags tiltak?", tp(m)], ["Hvem har ansvaret?", m["responsible"]],
                ["Hvem samarbeider vi med?", pj(m["partners"]) or "–"], ["Når?", m["period"]], ["Kort beskrivelse", m["description"]]]
        t = Table([[P(a, B), P(b)] for a, b in rows], colWidths=[140, 340])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#dde8f3")), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        st += [KeepTogether([t]), Spacer(1, 12)]
    EVID[name] = [[m["dp"]] for m in F["rows"]]
    rl_build(name, st, "NHO | Rapport til Kompetansepolitisk råd 2018", "NHO | side {n}")

def f_reg2018(name, F):
    st = [P("Regjeringens tiltak for å følge opp Nasjonal kompetansepolitisk strategi – 2018", H1),
          P("Oversikten er satt sammen av Kunnskapsdepartementet på vegne av regjeringen. Delmål er oppgitt på første rad for hvert delmål og gjelder radene under.")]
    hdr = ["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Tidsrom"]
    rows = [[P(h, B) for h in hdr]]; prev = None; ev = []
    for m in F["rows"]:
        dm = " og ".join(m["delmal"])
        rows.append([P(dm if dm != prev else ""), P(m["title"]), P(tp(m)), P(m["responsible"]), P(pj(m["partners"])), P(m["period"])])
        prev = dm; ev.append(m["delmal"])
    t = Table(rows, colWidths=[50, 240, 115, 90, 180, 75], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e7e6e6")), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st += [t, Spacer(1, 14), P("Antall tiltak per hovedinnsatsområde", H2)]
    ct = Table([[P("Område", B), P("Antall", B)], [P("1 Gode valg"), P("4")], [P("2 Læring i arbeidslivet"), P("6")], [P("3 Voksne med svak tilknytning"), P("2")], [P("Totalt", B), P("12", B)]], colWidths=[200, 60])
    ct.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey)]))
    st.append(ct); EVID[name] = ev
    rl_build(name, st, "Kunnskapsdepartementet", "{n}", pagesize=landscape(A4))

def f_virke2019(name, F):
    d = newdoc(header="VIRKE  |  Hovedorganisasjonen Virke")
    intro(d, "Virkes rapportering til Kompetansepolitisk råd 2019", ["Virke har brukt rådets mal. Veiledningsteksten er fjernet."])
    d.add_heading("Møter i rådet 2019", level=3)
    for l in ["14. februar 2019 – rådsmøte", "12. juni 2019 – rådsmøte", "3. desember 2019 – rådsmøte"]: d.add_paragraph(l, style="List Bullet")
    rows = F["rows"]
    council_form(d, rows[0:2], mode="text")
    for m in rows[2:]: council_form(d, [m], mode="text")
    EVID[name] = [dm_evidence(m, "text") for m in rows]
    save(d, name)

def f_ys2019(name, F):
    d = newdoc(font="Times New Roman")
    d.add_paragraph("YS – Yrkesorganisasjonenes Sentralforbund\nBrugata 19, 0186 Oslo")
    d.add_paragraph("Kompetansepolitisk råd\nv/ Kompetanse Norge\n\nVår ref.: 2019/0412   Deres ref.: 19/1033   Dato: 15.11.2019")
    d.add_paragraph().add_run("Rapportering om oppfølging av Nasjonal kompetansepolitisk strategi 2019").bold = True
    d.add_paragraph("Vi viser til brev fra sekretariatet der rådsmedlemmene blir bedt om å rapportere på rådets mal. YS svarer på malens spørsmål i brevs form nedenfor.")
    for m in F["rows"]:
        p = d.add_paragraph(); p.add_run("Tiltak: ").bold = True; p.add_run(m["title"]).bold = True
        d.add_paragraph(f"Delmål: Tiltaket følger opp {m['dp']}. Type tiltak: {tp(m)}.")
        d.add_paragraph(f"Ansvar og samarbeid: Ansvarlig er {m['responsible']}. Samarbeidspartnere er {pj(m['partners'])}.")
        d.add_paragraph(f"Når: {m['period']}.")
        d.add_paragraph(m["description"])
    d.add_paragraph("YS ser fram til videre arbeid i rådet.\n\nMed vennlig hilsen\n\nHans-Christian Gabrielsen\nleder, YS\n\nKopi: YS-forbundene")
    EVID[name] = [[m["dp"]] for m in F["rows"]]
    save(d, name)

def f_unio2019(name, F):
    d = newdoc(header="Unio – rapport til Kompetansepolitisk råd", pagenum="")
    intro(d, "Unios rapport 2019", ["Unio organiserer over 370 000 medlemmer i 12 forbund.", "Delmålene er beskrevet med strategiens egne ord."])
    for m in F["rows"]: council_form(d, [m], mode="text", guidance=True)
    EVID[name] = [[m["dp"]] for m in F["rows"]]
    save(d, name, via_pdf=True)

def f_ak2020(name, F):
    d = newdoc(header="Akademikerne", pagenum="")
    intro(d, "Akademikernes rapportering 2020", ["Akademikerne består av 13 foreninger.", ""])
    t = d.add_table(rows=4, cols=2); t.style = "Table Grid"
    for i, (a, b) in enumerate([("Forening", "Antall medlemmer"), ("Legeforeningen", "38 000"), ("Tekna", "83 000"), ("Econa", "22 000")]):
        t.rows[i].cells[0].text = a; t.rows[i].cells[1].text = b
    d.add_paragraph()
    for m in F["rows"]: council_form(d, [m], mode="text", extras=("Resultater",))
    EVID[name] = [[m["dp"]] for m in F["rows"]]
    save(d, name)

def f_vofo2020(name, F):
    st = [P("VOFO – Voksenopplæringsforbundet", H1), P("Rapport om oppfølging av Nasjonal kompetansepolitisk strategi 2020", H2),
          P("Studieforbundene er en viktig arena for læring i frivillig sektor. I 2020 ble mye av aktiviteten lagt om til digitale kurs."),
          P("Statistikk 2020", H2)]
    stt = Table([[P("", B), P("2019", B), P("2020", B)], [P("Kurs i studieforbund"), P("52 300"), P("39 800")], [P("Deltakere"), P("512 000"), P("361 000")], [P("Kurstimer"), P("1,9 mill."), P("1,4 mill.")]], colWidths=[150, 80, 80])
    stt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey)])); st += [stt]
    st.append(P("Tiltak", H2))
    for m in F["rows"]:
        st.append(P(m["title"], H2))
        st.append(P(f"Fakta – Delmål: {m['dp']} | Type: {tp(m)} | Ansvarlig: {m['responsible']} | Samarbeid: {pj(m['partners'])} | Periode: {m['period']}", SM))
        st.append(P(m["description"]))
    st += [P("Møter og dialog 2020", H2)] + [P("• " + x) for x in ["Møte med KD om studieforbundsmidlene, 4. mars", "Rådsmøte i Kompetansepolitisk råd, 16. juni (digitalt)", "Dialogmøte med fylkeskommunene, 22. oktober"]]
    EVID[name] = [[m["dp"]] for m in F["rows"]]
    rl_build(name, st, "VOFO – årsrapport til Kompetansepolitisk råd", "Side {n}")

def f_mr2020(name, F):
    d = newdoc(header="Møre og Romsdal fylkeskommune", pagenum="Side ")
    p = d.add_paragraph(); r = p.add_run("MØRE OG ROMSDAL FYLKESKOMMUNE\nRapportering til Kompetansepolitisk råd 2020"); r.bold = True; r.font.size = Pt(16)
    d.add_paragraph("Kontaktinformasjon: Kompetanseavdelinga, postmottak@mrfylke.no")
    d.add_page_break()
    rows = F["rows"]
    for m in rows: council_form(d, [m], labels=NYNORSK, guidance=True, mode="ticks")
    EVID[name] = [dm_evidence(m, "ticks") for m in rows]
    save(d, name)

def vl_form(d, m):
    labs = [("Kva heiter tiltaket", m["title"]), ("Delmål", m["dp"]), ("Kva type tiltak", tp(m)), ("Kven har ansvaret", m["responsible"]),
            ("Samarbeid med", pj(m["partners"])), ("Når", m["period"]), ("Status", m["description"])]
    t = d.add_table(rows=len(labs), cols=2); t.style = "Table Grid"
    for i, (a, b) in enumerate(labs):
        setc(t.rows[i].cells[0], a, bold=True); shade(t.rows[i].cells[0], "D9E2F3"); setc(t.rows[i].cells[1], b)
        trPr = t.rows[i]._tr.get_or_add_trPr(); cs = OxmlElement("w:cantSplit"); trPr.append(cs)
    d.add_paragraph()

def f_vl2021(name, F):
    d = newdoc(header="Vestland fylkeskommune", pagenum="")
    intro(d, "Rapport frå Vestland fylkeskommune 2021", ["Vestland fylkeskommune rapporterer for første gong som samanslått fylke.", "Møte i partnarskapen: 9. mars, 8. juni, 14. september og 7. desember 2021."])
    for m in F["rows"]: vl_form(d, m)
    d.add_paragraph("Med helsing\nAvdeling for opplæring og kompetanse")
    EVID[name] = [[m["dp"]] for m in F["rows"]]
    save(d, name, via_pdf=True)

def f_ks2021(name, F):
    d = newdoc(header="KS – Kommunesektorens organisasjon", pagenum="Side av")
    intro(d, "Rapportering til Kompetansepolitisk råd 2021", ["KS bruker rådets mal. Delmål er skrevet inn som nummer."])
    for m in F["rows"]: council_form(d, [m], mode="text", guidance=True, extras=("Endring fra forrige rapport",))
    EVID[name] = [[m["dp"]] for m in F["rows"]]
    save(d, name, via_pdf=True)

def f_lo2021(name, F):
    d = newdoc(footer="LO  ·  ", pagenum="")
    intro(d, "LOs rapport om kompetansepolitikken 2021", ["LO rapporterer på sju tiltak. Tabellen under hvert tiltak følger rådets spørsmål."])
    d.add_heading("Statistikk: kurs og deltakere", level=3)
    t = d.add_table(rows=3, cols=3); t.style = "Table Grid"
    for i, r in enumerate([("År", "Kurs", "Deltakere"), ("2020", "41", "820"), ("2021", "56", "1 130")]):
        for j, v in enumerate(r): t.rows[i].cells[j].text = v
    for k, m in enumerate(F["rows"], 1):
        d.add_heading(f"Tiltak {k} – {m['title']}", level=2)
        t = d.add_table(rows=7, cols=3); t.style = "Table Grid"
        vals = [("Delmål i strategien", m["dp"], ""), ("Kategori", tp(m), ""), ("Hvem leder", m["responsible"], ""), ("Med hvem", pj(m["partners"]) or "–", ""),
                ("Periode", m["period"], ""), ("Status", m["description"], ""), ("Felt", "Svar", "Kommentar")]
        vals = [vals[-1]] + vals[:-1]
        for i, r in enumerate(vals):
            for j, v in enumerate(r): setc(t.rows[i].cells[j], v, bold=(i == 0 or j == 0))
        if k == 3: t.rows[6].cells[2].text = "Se også 2017-rapporten"
    d.add_paragraph("\nMed hilsen\nLO")
    EVID[name] = [[m["dp"]] for m in F["rows"]]
    save(d, name)

def f_nav2022(name, F):
    d = newdoc(header="Arbeids- og velferdsdirektoratet", pagenum="")
    intro(d, "NAVs rapport til Kompetansepolitisk råd 2022", ["NAV har fylt ut rådets mal. Bare avkryssede delmål er tatt med."])
    d.add_heading("Deltakere i opplæringstiltak 2019–2022", level=3)
    t = d.add_table(rows=5, cols=2); t.style = "Table Grid"
    for i, r in enumerate([("År", "Deltakere (gj.snitt per måned)"), ("2019", "13 200"), ("2020", "12 100"), ("2021", "14 900"), ("2022", "15 600")]):
        t.rows[i].cells[0].text, t.rows[i].cells[1].text = r
    d.add_paragraph()
    for m in F["rows"]: council_form(d, [m], mode="ticks_only", extras=("Resultater", "Kontaktperson"), label_fill="E7E6E6")
    EVID[name] = [dm_evidence(m, "ticks_only") for m in F["rows"]]
    save(d, name)

def f_hkdir2022(name, F):
    st = [P("Direktoratet for høyere utdanning og kompetanse (HK-dir)", H1), P("Rapportering til Kompetansepolitisk råd 2022", H2),
          P("Innhold", H2)] + [P(f"{i}. {m['title']}", SM) for i, m in enumerate(F["rows"], 1)] + [PageBreak()]
    for m in F["rows"]:
        rows = [["Tiltak", m["title"]], ["Delmål", m["dp"]], ["Kategori", tp(m)], ["Ansvar", m["responsible"]], ["Samarbeid", pj(m["partners"])], ["Varighet", m["period"]], ["Kort omtale", m["description"]]]
        t = Table([[P(a, B), P(b)] for a, b in rows], colWidths=[90, 390])
        t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.grey), ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f2f2f2")), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        st += [P("Tiltakskort", SM), KeepTogether([t]), Spacer(1, 10)]
    st.append(P("Tiltak per delmål", H2))
    cnt = {}
    for m in F["rows"]:
        for c in m["delmal"]: cnt[c] = cnt.get(c, 0) + 1
    ct = Table([[P("Delmål", B), P("Antall", B)]] + [[P(c), P(str(n))] for c, n in sorted(cnt.items())], colWidths=[80, 60])
    ct.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey)])); st.append(ct)
    EVID[name] = [[m["dp"]] for m in F["rows"]]
    rl_build(name, st, "HK-dir", "HK-dir rapport 2022 – side {n}")

def f_spekter2022(name, F):
    d = newdoc(header="Spekter", pagenum="")
    intro(d, "Spekters rapportering 2022", ["Spekters representanter i rådet: Anne-Kari Bratten og Holger Schmidt."])
    rows = F["rows"]
    for m in rows[:4]: council_form(d, [m], mode="xmark", guidance=(m is rows[0]))
    council_form(d, rows[4:6], mode="xmark")
    d.add_paragraph("Med vennlig hilsen\nSpekter")
    EVID[name] = [dm_evidence(m, "xmark") for m in rows]
    save(d, name)

def vmerge(t, col, r0, r1):
    a = t.cell(r0, col); b = t.cell(r1, col)
    if r1 > r0: a.merge(b)

def f_reg2023(name, F):
    d = newdoc(header="Regjeringen – oppfølging av Nasjonal kompetansepolitisk strategi", pagenum="", landscape_=True)
    intro(d, "Regjeringens tiltak 2023", ["Tabellen viser tiltak fordelt på delmål. Kolonnen «Antall» viser antall tiltak per delmål."])
    rows = F["rows"]
    groups = []
    for m in rows:
        key = " og ".join(m["delmal"])
        if groups and groups[-1][0] == key: groups[-1][1].append(m)
        else: groups.append((key, [m]))
    t = d.add_table(rows=1, cols=7); t.style = "Table Grid"
    for j, h in enumerate(["Delmål", "Tiltak", "Type", "Ansvarlig", "Samarbeidspartnere", "Periode", "Antall"]): setc(t.rows[0].cells[j], h, bold=True)
    area = None
    for key, ms in groups:
        a = key[0]
        if a != area:
            area = a; r = t.add_row(); c = r.cells[0].merge(r.cells[6])
            setc(c, {"1": "Hovedinnsatsområde 1: Gode valg for den enkelte og for samfunnet", "2": "Hovedinnsatsområde 2: Læring i arbeidslivet", "3": "Hovedinnsatsområde 3: Voksne med svak tilknytning til arbeidslivet"}[a], bold=True)
        start = len(t.rows)
        for m in ms:
            r = t.add_row().cells
            for j, v in enumerate(["", m["title"], tp(m), m["responsible"], pj(m["partners"]), m["period"], ""]): r[j].text = v
        t.cell(start, 0).text = key; t.cell(start, 6).text = str(len(ms))
        vmerge(t, 0, start, len(t.rows) - 1); vmerge(t, 6, start, len(t.rows) - 1)
    EVID[name] = [[" og ".join(m["delmal"])] for m in rows]
    save(d, name)

def f_nho2024(name, F):
    d = newdoc(header="NHO", pagenum="")
    intro(d, "NHOs rapport til Kompetansepolitisk råd 2024", ["Kontaktperson: fagsjef kompetanse, NHO"])
    d.add_heading("Nøkkeltall for NHOs medlemsbedrifter", level=3)
    t = d.add_table(rows=3, cols=2); t.style = "Table Grid"
    for i, r in enumerate([("Bedrifter med lærlinger", "6 400"), ("Andel med udekket kompetansebehov", "61 %"), ("Svar i kompetansebarometeret", "5 900")]):
        t.rows[i].cells[0].text, t.rows[i].cells[1].text = r
    d.add_paragraph()
    for m in F["rows"]:
        labs = [("TILTAK", m["title"]), ("DELMÅL", m["dp"]), ("TYPE", tp(m)), ("ANSVAR", m["responsible"]), ("PARTNERE", pj(m["partners"])), ("TID", m["period"]), ("OM TILTAKET", m["description"])]
        t = d.add_table(rows=7, cols=2); t.style = "Table Grid"
        for i, (a, b) in enumerate(labs): setc(t.rows[i].cells[0], a, bold=True); setc(t.rows[i].cells[1], b)
        d.add_paragraph()
    EVID[name] = [[m["dp"]] for m in F["rows"]]
    save(d, name)

def f_tr2024(name, F):
    st = [P("Trøndelag fylkeskommune", H1), P("Rapport til Kompetansepolitisk råd 2024", H2),
          P("Trøndelag fylkeskommune har ansvar for regional kompetansepolitikk. Under følgjer tiltaka våre, sorterte etter delmål."),
          P("Møteplan 2024: Kompetanseforum 12. februar, 10. juni og 4. november.")]
    prev = None
    for m in F["rows"]:
        if m["dp"] != prev:
            st.append(P(f"Delmål: {m['dp']}", H2)); prev = m["dp"]
        rows = [["Tiltak", m["title"]], ["Type", tp(m)], ["Ansvarleg", m["responsible"]], ["Partnarar", pj(m["partners"])], ["Periode", m["period"]], ["Skildring", m["description"]]]
        t = Table([[P(a, SM), P(b)] for a, b in rows], colWidths=[70, 410])
        t.setStyle(TableStyle([("LINEBELOW", (0, -1), (-1, -1), 0.6, colors.HexColor("#7f7f7f")), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        st += [KeepTogether([t]), Spacer(1, 8)]
    EVID[name] = [[m["dp"]] for m in F["rows"]]
    rl_build(name, st, "Trøndelag fylkeskommune – Trööndelagen fylhkentjïelte", "{n}")

def f_virke2025(name, F):
    d = newdoc(header="Virke", pagenum="Side ")
    p = d.add_paragraph(); r = p.add_run("Hovedorganisasjonen Virke\nRapport til Kompetansepolitisk råd 2025"); r.bold = True; r.font.size = Pt(16)
    d.add_paragraph("Innhold: 1 Innledning – 2 Tiltak – 3 Vedlegg")
    d.add_page_break()
    d.add_heading("2 Tiltak", level=2)
    for m in F["rows"]: council_form(d, [m], mode="grid", extras=("Budsjett",))
    council_form(d, [], mode="grid", extras=("Budsjett",), blank=True)
    EVID[name] = [dm_evidence(m, "grid") for m in F["rows"]]
    save(d, name, via_pdf=True)

def f_unio2026(name, F):
    d = newdoc(header="Unio", pagenum="", landscape_=True)
    intro(d, "Unios rapport til Kompetansepolitisk råd 2026", ["Unio rapporterer seks tiltak i én tabell."])
    t = d.add_table(rows=1, cols=7); t.style = "Table Grid"
    for j, h in enumerate(["Tiltak", "Delmål", "Type", "Ansvarlig", "Partnere", "Tidsrom", "Status"]): setc(t.rows[0].cells[j], h, bold=True)
    for m in F["rows"]:
        r = t.add_row().cells
        for j, v in enumerate([m["title"], m["dp"], tp(m), m["responsible"], pj(m["partners"]), m["period"], m["description"]]): r[j].text = v
    d.add_heading("Unios medlemsforbund", level=3)
    t2 = d.add_table(rows=3, cols=2); t2.style = "Table Grid"
    for i, r in enumerate([("Utdanningsforbundet", "190 000"), ("Norsk Sykepleierforbund", "125 000"), ("Politiets Fellesforbund", "16 000")]):
        t2.rows[i].cells[0].text, t2.rows[i].cells[1].text = r
    d.add_heading("Møter i Kompetansepolitisk råd 2026", level=3)
    for l in ["10. mars 2026", "9. juni 2026", "1. desember 2026"]: d.add_paragraph(l, style="List Bullet")
    EVID[name] = [[m["dp"]] for m in F["rows"]]
    save(d, name)

RENDER = [f_spekter2017, f_lo2017, f_ks2018, f_nho2018, f_reg2018, f_virke2019, f_ys2019, f_unio2019, f_ak2020, f_vofo2020, f_mr2020,
          f_vl2021, f_ks2021, f_lo2021, f_nav2022, f_hkdir2022, f_spekter2022, f_reg2023, f_nho2024, f_tr2024, f_virke2025, f_unio2026]

if __name__ == "__main__":
    for fn, (name, F) in zip(RENDER, data.FILES.items()):
        fn(name, F); print("built", name)
        EVID[name] = [{"dm": ev, "type": tp(m)} for ev, m in zip(EVID[name], F["rows"])]
    json.dump(EVID, open("/work/blind/match54_build/evidence.json", "w"), ensure_ascii=False, indent=1)
