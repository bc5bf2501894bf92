# -*- coding: utf-8 -*-
"""Render every report of batch match52 from data.py and write the ground truth."""
import json, os, subprocess, shutil, itertools, sys
from docxlib import *
from data import FILES, OLD, WORDS_NB, WORDS_NN, NEAR_GROUPS

OUT = "/work/blind/match52"
TMP = "/work/blind/match52_build/tmp"
os.makedirs(TMP, exist_ok=True)
CHK = {}   # file -> list per row of printed strings (delmål form, type form) used by check.py

def R(row):
    tid, title, dm, typ, resp, partners, period, desc, cont = row
    tn, tp = (typ.split("|") + [typ.split("|")[0]])[:2] if typ else (None, None)
    return dict(tid=tid, title=title, dm=dm, tn=tn, tp=tp, resp=resp, partners=partners, period=period, desc=desc)

def pj(parts, og=" og "):
    if not parts: return ""
    if len(parts) == 1: return parts[0]
    if any(" og " in x for x in parts): return ", ".join(parts)
    return ", ".join(parts[:-1]) + og + parts[-1]

def dms(dm, style="code", sep=" og "):
    if style == "code": return sep.join(dm)
    if style == "delmal": return ("delmål " if len(dm) == 1 else "delmål ") + sep.join(dm)
    if style == "old": return sep.join(str(OLD[c]) for c in dm)
    if style == "nb": return sep.join(WORDS_NB[c] for c in dm)
    if style == "nn": return sep.join(WORDS_NN.get(c, WORDS_NB[c]) for c in dm)

def chk(fname, dmstr, tp):
    CHK.setdefault(fname, []).append({"delmal_printed": dmstr, "type_printed": tp})

def rows(fname):
    return [R(r) for r in FILES[fname]["rows"]]

def save_docx(doc, fname):
    doc.save(os.path.join(OUT, fname))

def save_pdf_via_lo(doc, fname):
    src = os.path.join(TMP, fname.replace(".pdf", ".docx"))
    doc.save(src)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", TMP, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(src.replace(".docx", ".pdf"), os.path.join(OUT, fname))

def lbl(doc, label, value, italic_label=False):
    p = doc.add_paragraph(); r = p.add_run(label); r.bold = not italic_label; r.italic = italic_label
    p.add_run(" " + value if value is not None else " ")
    p.paragraph_format.space_after = Pt(0)
    return p

# ------------------------------------------------------------------ 1 Spekter 2017
def b_spekter2017():
    fn = "spekter_2017_rapportering.docx"; d = new_doc("Times New Roman", 12)
    d.sections[0].header.paragraphs[0].text = "Arbeidsgiverforeningen Spekter"
    page_footer(d.sections[0], prefix="", total=False)
    heading_direct(d, "Rapportering på oppfølging av Nasjonal kompetansepolitisk strategi 2017", 15)
    d.add_paragraph("Spekter viser til brev fra Kunnskapsdepartementet og rapporterer her på tiltak vi har gjennomført "
                    "i 2017. Rapporteringen følger malen fra Kompetanse Norge.")
    d.add_paragraph("Rapporteringspunkter:").runs[0].bold = True
    lst = new_list(d, "decimal", "Rapporteringspunkt %1.", indent=2400, hanging=2400, bold=True)
    sub = new_list(d, "decimal", "%1.", indent=500, hanging=500)
    for i, r in enumerate(rows(fn)):
        p = d.add_paragraph(); set_num(p, lst); p.add_run(r["title"]).bold = True
        ds = "nr. " + dms(r["dm"], "old"); chk(fn, ds, None)
        d.add_paragraph(f"Relasjon til NKPS tiltak {ds}.")
        p = d.add_paragraph(); set_num(p, sub); p.add_run("Ansvarlig og samarbeidspartnere").italic = True
        d.add_paragraph(f"Ansvarlig: {r['resp']}. Samarbeidspartnere: {pj(r['partners'])}.")
        p = d.add_paragraph(); set_num(p, sub); p.add_run("Beskrivelse av tiltaket (maks en halv side)").italic = True
        d.add_paragraph(r["desc"])
        p = d.add_paragraph(); set_num(p, sub); p.add_run("Tidspunkt og varighet").italic = True
        d.add_paragraph(r["period"])
    d.add_paragraph("")
    d.add_paragraph("Oslo, 15. januar 2018\nMed vennlig hilsen\nArbeidsgiverforeningen Spekter")
    save_docx(d, fn)

# ------------------------------------------------------------------ 2 Spekter 2018 tracked changes
def b_spekter2018():
    fn = "spekter_2018_rapport_sporendringer.docx"; d = new_doc("Arial", 10)
    heading_direct(d, "Spekter – rapportering 2018", 16, "1F4E79")
    d.add_paragraph("Utkast til rapport til Kompetansepolitisk råd. Endringer fra fagavdelingen er markert.")
    cols = ["Nr", "Tiltak", "Delmål", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Tidsrom"]
    t = d.add_table(rows=1, cols=len(cols)); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, cols):
        c.paragraphs[0].add_run(h).bold = True
    rs = rows(fn); nr = 0
    order = [0, 1, "DEL", 2, 3, 4, 5, 6]
    for o in order:
        row = t.add_row(); cells = row.cells
        if o == "DEL":
            mark_row(row, "del", author="Ola Berg")
            vals = ["3", "Praksisplasser for masterstudenter i statsvitenskap", "1.4", "Kurs/utdanning", "Spekter", "UiO", "Høsten 2018"]
            for c, v in zip(cells, vals):
                cell_parts(c, [("del", v)], author="Ola Berg")
            continue
        r = rs[o]; nr += 1
        tp = r["tp"]; ds = dms(r["dm"], "code"); chk(fn, ds if r["tid"] != "SPK_FAGSKOLEKONF" else "2.3 og 1.4", tp)
        vals = [str(nr), r["title"], ds, tp, r["resp"], pj(r["partners"]), r["period"]]
        if r["tid"] == "SPK_HELSEFAG":
            mark_row(row, "ins")
            for c, v in zip(cells, vals):
                cell_parts(c, [("ins", v)])
            continue
        for j, (c, v) in enumerate(zip(cells, vals)):
            if r["tid"] == "ARENDAL" and j == 1:
                p = cell_parts(c, [("del", "Arrangement i Arendal"), ("ins", v)])
                d.add_comment(p.runs[0] if p.runs else c.paragraphs[0].add_run(""), text="Skriv fullt navn på arrangementet – det er dette KD teller.", author="Kari Nordmann", initials="KN")
            elif r["tid"] == "SPK_FAGSKOLEKONF" and j == 2:
                cell_parts(c, [("n", "2.3"), ("ins", " og 1.4")])
            else:
                c.paragraphs[0].add_run(v)
        if r["tid"] == "SRY":
            d.add_comment(cells[1].paragraphs[0].runs[0], text="Skal vi også nevne faglig råd for helse- og oppvekstfag?", author="Ola Berg", initials="OB")
    set_widths(t, [0.8, 5.0, 1.6, 2.4, 2.2, 2.6, 2.0])
    d.add_paragraph("")
    b = d.add_table(rows=2, cols=2); b.style = "Table Grid"
    b.cell(0, 0).text = "Godkjent av"; b.cell(0, 1).text = "Direktør for arbeidsliv"
    b.cell(1, 0).text = "Dato"; b.cell(1, 1).text = "1. februar 2019"
    save_docx(d, fn)

# ------------------------------------------------------------------ 3 LO 2017 landscape -> PDF
def b_lo2017():
    fn = "lo_2017_tiltak.pdf"; d = new_doc("Liberation Sans", 10)
    page_footer(d.sections[0], prefix="LO – Rapportering NKPS 2017 – side ", total=False)
    heading_direct(d, "Landsorganisasjonen i Norge", 20, "C00000")
    heading_direct(d, "Tiltak for oppfølging av Nasjonal kompetansepolitisk strategi – 2017", 14)
    d.add_paragraph("LO har i 2017 arbeidet med en rekke tiltak. Tabellen på neste side viser tiltakene med henvisning "
                    "til tiltaksnummer i strategien (NKPS tiltak nr. 1–16).")
    s = landscape_section(d)
    cols = ["Tiltak", "NKPS tiltak nr.", "Type", "Ansvarlig", "Samarbeid med", "Tidsrom"]
    t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, cols):
        c.paragraphs[0].add_run(h).bold = True; shade(c, "D9D9D9")
    repeat_header(t.rows[0])
    for r in rows(fn):
        ds = dms(r["dm"], "old", ", "); chk(fn, ds, r["tp"])
        vals = [r["title"], ds, r["tp"], r["resp"], pj(r["partners"]), r["period"] or "–"]
        for c, v in zip(t.add_row().cells, vals):
            c.text = v
    portrait_section(d)
    heading_direct(d, "Møter i Kompetansepolitisk råd 2017", 12)
    for m in ["14. februar 2017 – signering av strategien", "6. juni 2017 – rådsmøte", "28. november 2017 – rådsmøte om rapportering"]:
        d.add_paragraph(m, style="List Bullet")
    d.add_paragraph("")
    b = d.add_table(rows=3, cols=1); b.style = "Table Grid"
    b.cell(0, 0).text = "Kontaktperson i LO"; b.cell(1, 0).text = "Rådgiver Anne Solberg, avdeling for utdanning"
    b.cell(2, 0).text = "E-post: anne.solberg@lo.no – telefon 23 06 10 50"
    save_pdf_via_lo(d, fn)

# ------------------------------------------------------------------ 4 LO 2018 comments/hidden
def b_lo2018():
    fn = "lo_2018_rapport_kommentarer.docx"; d = new_doc("Calibri", 11)
    page_footer(d.sections[0])
    heading_direct(d, "LOs rapportering 2018 – Nasjonal kompetansepolitisk strategi", 16)
    p = d.add_paragraph("Under følger LOs tiltak i 2018. Flere av tiltakene er videreført fra 2017.")
    h = d.add_paragraph(); hr = h.add_run("Merknad: tall for deltakere hentes fra AOF før innsending."); hr.font.hidden = True
    for i, r in enumerate(rows(fn), 1):
        hp = heading_direct(d, f"{i}. {r['title']}", 13)
        ds = dms(r["dm"], "code", ", "); chk(fn, ds, r["tp"])
        lbl(d, "Delmål:", ds); lbl(d, "Type:", r["tp"]); lbl(d, "Ansvarlig:", r["resp"])
        lbl(d, "Samarbeid:", pj(r["partners"]) or "–"); lbl(d, "Periode:", r["period"])
        dp = d.add_paragraph(r["desc"])
        if r["tid"] == "KBU":
            d.add_comment(hp.runs[0], text="Er dette vårt tiltak? KD er ansvarlig – men vi deltar, så greit å ta med.", author="Trine Lie", initials="TL")
        if r["tid"] == "LO_UIO":
            d.add_comment(dp.runs[0], text="Har vi lagt til 2.2 i år? Ja – notatet handler også om kunnskapsgrunnlaget.", author="Per Hansen", initials="PH")
    d.add_paragraph("Med vennlig hilsen\nLandsorganisasjonen i Norge\nAvdeling for utdanning og kompetanse")
    save_docx(d, fn)

# ------------------------------------------------------------------ 5 LO 2019 web copy
def b_lo2019():
    fn = "lo_2019_fra_nettsiden.docx"; d = new_doc("Arial", 10)
    NB = "\u00a0"
    for t in ["Hjem", "› Politikk", "› Utdanning og kompetanse"]:
        d.add_paragraph(t)
    d.add_paragraph(""); d.add_paragraph("")
    p = d.add_paragraph(); r = p.add_run(f"LOs{NB}tiltak{NB}for{NB}kompetanse{NB}2019"); r.bold = True; r.font.size = Pt(18)
    d.add_paragraph(f"Publisert 12.02.2020{NB}|{NB}Oppdatert 13.02.2020")
    d.add_paragraph("Del på Facebook   Del på Twitter   Skriv ut")
    d.add_paragraph(""); d.add_paragraph("")
    d.add_paragraph(f"LO{NB}rapporterer hvert år til Kompetansepolitisk råd. Her er oversikten over våre tiltak i 2019.")
    for r in rows(fn):
        d.add_paragraph(""); d.add_paragraph("")
        p = d.add_paragraph(); p.add_run(r["title"].replace(" ", NB, 1)).bold = True
        ds = dms(r["dm"], "code", "/"); chk(fn, "Delmål " + ds, r["tp"])
        p = d.add_paragraph()
        lines = [f"Delmål{NB}{ds}", f"Type:{NB}{r['tp']}", f"Ansvar: {r['resp']}", f"Med: {pj(r['partners']) or '–'}", f"Når: {r['period']}"]
        for k, ln in enumerate(lines):
            p.add_run(ln)
            p.runs[-1].add_break()
        if r["desc"]:
            d.add_paragraph(r["desc"]); d.add_paragraph("Les mer »")
        d.add_paragraph("")
    d.add_paragraph(""); d.add_paragraph("Les også:"); d.add_paragraph("LO krever kompetansereform nå"); d.add_paragraph("Kurs for tillitsvalgte – påmelding")
    d.add_paragraph(""); d.add_paragraph("Vi bruker informasjonskapsler (cookies) for å gi deg en bedre opplevelse. Godta")
    save_docx(d, fn)

# ------------------------------------------------------------------ 6 NHO 2018 facts table under heading
def b_nho2018():
    fn = "nho_2018_oppfolging.docx"; d = new_doc("Georgia", 10.5)
    d.sections[0].header.paragraphs[0].text = "NHO | Næringslivets Hovedorganisasjon"
    p = d.add_paragraph(); r = p.add_run("NHOs oppfølging av kompetansestrategien 2018"); r.font.size = Pt(20); r.font.color.rgb = RGBColor(0x00, 0x33, 0x66)
    d.add_paragraph("Dette dokumentet beskriver tiltakene NHO og landsforeningene har gjennomført i 2018.")
    for r in rows(fn):
        heading_direct(d, r["title"], 12.5, "003366")
        ds = dms(r["dm"], "delmal"); chk(fn, ds, r["tp"])
        t = d.add_table(rows=5, cols=2); t.style = "Light Grid Accent 1"
        for k, (a, b) in enumerate([("Delmål", ds), ("Type tiltak", r["tp"]), ("Ansvarlig", r["resp"]), ("Partnere", pj(r["partners"]) or "—"), ("Periode", r["period"])]):
            t.cell(k, 0).text = a; t.cell(k, 1).text = b
        d.add_paragraph(r["desc"])
    heading_direct(d, "Nøkkeltall", 12.5)
    t = d.add_table(rows=4, cols=2); t.style = "Table Grid"
    for k, (a, b) in enumerate([("Medlemsbedrifter", "27 000"), ("Lærlinger i medlemsbedrifter", "21 400"), ("Landsforeninger", "16"), ("Regionkontorer", "9")]):
        t.cell(k, 0).text = a; t.cell(k, 1).text = b
    d.add_paragraph("")
    b = d.add_table(rows=1, cols=1); b.style = "Table Grid"
    b.cell(0, 0).text = "Kontakt: Fagsjef kompetanse, NHO – kompetanse@nho.no"
    save_docx(d, fn)

# ------------------------------------------------------------------ 7 NHO 2019 two columns -> PDF
def b_nho2019():
    fn = "nho_2019_rapport.pdf"; d = new_doc("Liberation Serif", 10)
    page_footer(d.sections[0], prefix="NHO 2019 · ", total=True)
    heading_direct(d, "Rapport til Kompetansepolitisk råd 2019", 18)
    d.add_paragraph("Fra Næringslivets Hovedorganisasjon. Rapporten dekker kalenderåret 2019.")
    s = d.add_section(WD_SECTION.CONTINUOUS); set_cols(s, 2)
    for r in rows(fn):
        heading_direct(d, r["title"], 11, before=8)
        ds = dms(r["dm"], "code"); chk(fn, ds, r["tp"])
        lbl(d, "Delmål:", ds); lbl(d, "Type:", r["tp"]); lbl(d, "Ansvarlig:", r["resp"])
        lbl(d, "Partnere:", pj(r["partners"]) or "–"); lbl(d, "Tid:", r["period"])
        d.add_paragraph(r["desc"])
    s2 = d.add_section(WD_SECTION.CONTINUOUS); set_cols(s2, 1)
    heading_direct(d, "Arrangementer vi deltok på", 12)
    for m in ["Arendalsuka 2019 – debatt om livslang læring", "Kompetansefrokost hos Kompetanse Norge", "NHOs årskonferanse"]:
        d.add_paragraph(m, style="List Bullet")
    save_pdf_via_lo(d, fn)

# ------------------------------------------------------------------ 8 KS 2018 TOC + nested tables
def b_ks2018():
    fn = "ks_2018_rapport.docx"; d = new_doc("Calibri", 11)
    d.sections[0].header.paragraphs[0].text = "KS – Kommunesektorens organisasjon"
    page_footer(d.sections[0])
    p = d.add_paragraph(); r = p.add_run("KS' rapportering 2018\nNasjonal kompetansepolitisk strategi"); r.bold = True; r.font.size = Pt(22)
    add_toc(d, [("1 Innledning", 2), ("2 Læring i arbeidslivet", 2), ("3 Gode valg og styrket kompetanse", 3), ("4 KS i tall", 4)])
    d.add_page_break()
    d.add_heading("1 Innledning", 1)
    d.add_paragraph("KS rapporterer tiltak for kommunesektoren. Tiltakene er ordnet etter hovedinnsatsområde.")
    rs = rows(fn)
    groups = [("2 Læring i arbeidslivet", rs[:5]), ("3 Gode valg og styrket kompetanse", rs[5:])]
    for head, grp in groups:
        d.add_heading(head, 1)
        t = d.add_table(rows=1, cols=2); t.style = "Table Grid"
        t.cell(0, 0).paragraphs[0].add_run("Tiltak").bold = True; t.cell(0, 1).paragraphs[0].add_run("Detaljer").bold = True
        for r in grp:
            row = t.add_row(); c0, c1 = row.cells
            c0.text = r["title"]
            if r["desc"]:
                c0.add_paragraph(r["desc"]).runs[0].italic = True
            ds = dms(r["dm"], "code"); chk(fn, ds, r["tp"])
            c1.paragraphs[0].text = "Se tabell:"
            nt = c1.add_table(rows=4, cols=2); nt.style = "Table Grid"
            for k, (a, b) in enumerate([("Delmål", ds), ("Type", r["tp"]), ("Samarbeid", pj(r["partners"]) or "–"), ("Periode", r["period"])]):
                nt.cell(k, 0).text = a; nt.cell(k, 1).text = b
            c1.add_paragraph("Ansvarlig: " + r["resp"])
    d.add_heading("4 KS i tall", 1)
    t = d.add_table(rows=4, cols=2); t.style = "Table Grid"
    for k, (a, b) in enumerate([("Kommuner", "356"), ("Fylkeskommuner", "11"), ("Lærlinger i kommunesektoren", "9 800"), ("Deltakere i KS Læring", "120 000")]):
        t.cell(k, 0).text = a; t.cell(k, 1).text = b
    save_docx(d, fn)

# ------------------------------------------------------------------ reportlab helpers
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph as RP, Table, TableStyle, Spacer, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
ST = ParagraphStyle("n", fontName="DV", fontSize=8.5, leading=10.5)
STB = ParagraphStyle("b", fontName="DVB", fontSize=8.5, leading=10.5)
H1 = ParagraphStyle("h", fontName="DVB", fontSize=15, leading=19, spaceAfter=8)
BODY = ParagraphStyle("body", fontName="DV", fontSize=10, leading=13, spaceAfter=6)
def P(t, s=ST): return RP(esc(t), s)

def rl_build(fn, story, footer, band=None):
    def onpage(c, doc):
        c.saveState()
        if band:
            c.setFillColor(colors.HexColor(band)); c.rect(0, A4[1] - 40, A4[0], 40, fill=1, stroke=0)
            c.setFillColor(colors.white); c.setFont("DVB", 11); c.drawString(40, A4[1] - 26, footer[0])
        c.setFillColor(colors.black); c.setFont("DV", 8)
        c.drawRightString(A4[0] - 40, 25, footer[1].format(n=doc.page))
        c.restoreState()
    doc = SimpleDocTemplate(os.path.join(OUT, fn), pagesize=A4, topMargin=60, bottomMargin=50, leftMargin=40, rightMargin=40)
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)

GRID = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6EEF5"))])

# ------------------------------------------------------------------ 9 KS 2019 reportlab
def b_ks2019():
    fn = "ks_2019_oppsummering.pdf"; story = [P("KS – Oppsummering av tiltak 2019", H1)]
    story.append(P("KS i tall 2019", STB))
    st = Table([[P("Kommuner"), P("356")], [P("Kommuner i digitaliseringssamarbeid"), P("71")], [P("Nye FoU-prosjekter"), P("4")]], colWidths=[200, 60])
    st.setStyle(GRID); story += [st, Spacer(1, 12)]
    data = [[P(h, STB) for h in ["Delmål", "Tiltak", "Type", "Samarbeid", "Tidsrom", "Status"]]]
    for r, raw in zip(rows(fn), FILES[fn]["rows"]):
        ds = dms(r["dm"], "delmal"); chk(fn, ds, r["tp"])
        data.append([P(ds), P(r["title"]), P(r["tp"]), P(pj(r["partners"]) or "–"), P(r["period"]), P("Videreført" if raw[8] else "Nytt")])
    t = Table(data, colWidths=[60, 170, 60, 100, 70, 55], repeatRows=1); t.setStyle(GRID)
    story += [P("Tiltak – ansvarlig: KS", STB), t, Spacer(1, 10), P("Spørsmål kan rettes til KS, avdeling for arbeidsgiverpolitikk.", BODY)]
    rl_build(fn, story, ("KS", "Side {n}"), band="#7A1E3A")

# ------------------------------------------------------------------ 10 Regjeringen 2018 landscape matrix, vMerge
def b_reg2018():
    fn = "regjeringen_2018_tiltak.docx"; d = new_doc("Calibri", 10)
    heading_direct(d, "Regjeringens rapportering 2018", 18)
    d.add_paragraph("Kunnskapsdepartementet har samlet innspill fra KD, KMD, ASD, NFD, JD, HOD og FD. "
                    "Tiltakene er ført opp per delmål i tabellen i neste del.")
    landscape_section(d)
    cols = ["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere"]
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, cols):
        c.paragraphs[0].add_run(h).bold = True; shade(c, "BDD7EE")
    repeat_header(t.rows[0])
    prev = None
    for r in rows(fn):
        row = t.add_row(); cells = row.cells
        code = r["dm"][0]; chk(fn, code, r["tp"])
        if code != prev:
            cells[0].text = code; vmerge(cells[0], "restart")
        else:
            vmerge(cells[0], "continue")
        prev = code
        for c, v in zip(cells[1:], [r["title"], r["tp"], r["resp"], pj(r["partners"])]):
            c.text = v
    portrait_section(d)
    heading_direct(d, "Oversikt over departementenes møter med partene", 12)
    for m in ["Kompetansepolitisk råd, 7. juni 2018", "Kompetansepolitisk råd, 27. november 2018", "Innspillsmøter om kompetansereformen (5 møter)"]:
        d.add_paragraph(m, style="List Bullet")
    d.add_paragraph("Departementet vil følge opp rapporteringen i 2019.")
    save_docx(d, fn)

# ------------------------------------------------------------------ 11 Regjeringen 2019 -> PDF
def b_reg2019():
    fn = "regjeringen_2019_rapport.pdf"; d = new_doc("Liberation Sans", 10.5)
    page_footer(d.sections[0], prefix="Side ", total=False, extra="Kunnskapsdepartementet")
    heading_direct(d, "Oppfølging av Nasjonal kompetansepolitisk strategi – Regjeringen 2019", 16)
    d.add_paragraph("Rapporten er sortert etter delmål. Under hvert delmål beskrives tiltakene kort.")
    NAMES = {"1.1": "Kompetansebehovsutvalget", "1.3": "Karriereveiledning", "2.1": "Digital kompetanse",
             "2.2": "Kunnskapsgrunnlaget om læring i arbeidslivet", "2.3": "Yrkesfaglige karrieremuligheter",
             "2.6": "Godkjenning av utenlandsk utdanning", "3.5": "NAVs opplæringstilbud"}
    prev = None
    for r in rows(fn):
        code = r["dm"][0]
        if code != prev:
            heading_direct(d, f"Delmål {code} {NAMES[code]}", 12.5, "1F3864")
            prev = code
        ds = f"Delmål {code}" if len(r["dm"]) == 1 else "og " + r["dm"][1]
        chk(fn, f"Delmål {code}", r["tp"])
        p = d.add_paragraph(); p.add_run(r["title"]).bold = True
        extra = f" Tiltaket gjelder også delmål {r['dm'][1]}." if len(r["dm"]) > 1 else ""
        p.add_run(f" (Type: {r['tp']}; ansvarlig: {r['resp']}; samarbeid: {pj(r['partners'])}; tid: {r['period']}). {r['desc']}{extra}")
    heading_direct(d, "Vedlegg: oversikt over høringer 2019", 12)
    for m in ["Høring om endringer i voksenopplæringen (frist 1. april 2019)", "Høring om fagskoleforskriften (frist 15. september 2019)"]:
        d.add_paragraph(m, style="List Bullet")
    save_pdf_via_lo(d, fn)

# ------------------------------------------------------------------ 12 Virke 2018 a) lists restarted, hyperlinks, bookmarks
def b_virke2018():
    fn = "virke_2018_rapport.docx"; d = new_doc("Verdana", 9.5)
    heading_direct(d, "Virkes rapportering til Kompetansepolitisk råd – 2018", 15, "E2001A")
    d.add_paragraph("Virke organiserer tiltakene etter delmålene i strategien.")
    rs = rows(fn)
    secs = [(rs[0:2], "2.5"), (rs[2:4], "2.1"), (rs[4:6], "2.3"), (rs[6:8], "1.4")]
    base = new_list(d, "lowerLetter", "%1)", indent=500, hanging=500, bold=True); lst = base
    for k, (grp, code) in enumerate(secs):
        heading_direct(d, f"Delmål: {WORDS_NB[code]}", 11.5, "444444", italic=True)
        if k:
            lst = restart_list(d, base)
        for j, r in enumerate(grp):
            chk(fn, WORDS_NB[code], r["tp"])
            p = d.add_paragraph(); set_num(p, lst)
            if j == 0 and k in (0, 2):
                add_hyperlink(p, "https://www.virke.no/kompetanse/" + r["tid"].lower(), r["title"], bold=True)
            else:
                add_bookmarked(p, "_Tiltak_" + r["tid"], r["title"])
            q = d.add_paragraph(f"Type: {r['tp']}. Ansvarlig: {r['resp']}. Partnere: {pj(r['partners'])}. Tid: {r['period']}.")
            q.paragraph_format.left_indent = Cm(0.9)
    heading_direct(d, "Om Virke", 11)
    d.add_paragraph("Virke er hovedorganisasjonen for over 23 000 virksomheter. I 2018 holdt vi 14 seminarer om kompetanse, blant annet:")
    for m in ["Frokostseminar: Kompetanse i handelen (mars)", "Virkedagen 2018 (oktober)"]:
        d.add_paragraph(m, style="List Bullet")
    save_docx(d, fn)

# ------------------------------------------------------------------ 13 Virke 2020 reportlab letter
def b_virke2020():
    fn = "virke_2020_rapport.pdf"; story = [P("VIRKE", H1), P("Oslo, 20. januar 2021", BODY), P("Til Kompetansepolitisk råd", BODY),
        P("Rapportering for 2020", STB), Spacer(1, 6),
        P("Koronapandemien preget året. Mange av våre medlemmer hadde permitterte ansatte, og flere tiltak ble lagt om til digitale former.", BODY)]
    data = [[P(h, STB) for h in ["Tiltak", "Delmål", "Type", "Ansvar og partnere", "Tidsrom"]]]
    for r in rows(fn):
        ds = dms(r["dm"], "code", ", "); chk(fn, ds, r["tp"])
        data.append([P(r["title"]), P(ds), P(r["tp"]), P(f"{r['resp']} med {pj(r['partners'])}"), P(r["period"])])
    t = Table(data, colWidths=[190, 50, 75, 140, 60], repeatRows=1); t.setStyle(GRID)
    story += [t, Spacer(1, 14), P("Med vennlig hilsen", BODY), P("Hovedorganisasjonen Virke", BODY)]
    rl_build(fn, story, ("", "{n}"))

# ------------------------------------------------------------------ 14 YS 2018 roman numbering + form tables
def b_ys2018():
    fn = "ys_2018_skjema.docx"; d = new_doc("Cambria", 11)
    d.add_heading("YS – rapportering 2018", 0)
    d.add_paragraph("Yrkesorganisasjonenes Sentralforbund rapporterer følgende tiltak:")
    lst = new_list(d, "lowerRoman", "%1.", indent=600, hanging=600, bold=True)
    for r in rows(fn):
        p = d.add_paragraph(); set_num(p, lst); p.add_run(r["title"]).bold = True
        ds = dms(r["dm"], "code", ", "); chk(fn, ds, r["tp"])
        t = d.add_table(rows=7, cols=2); t.style = "Table Grid"
        for k, (a, b) in enumerate([("Navn på tiltak", r["title"]), ("Relasjon til delmål", ds), ("Type tiltak", r["tp"]),
                                    ("Ansvarlig", r["resp"]), ("Samarbeidspartnere", pj(r["partners"])),
                                    ("Tidspunkt og varighet", r["period"]), ("Beskrivelse", r["desc"])]):
            t.cell(k, 0).text = a; t.cell(k, 1).text = b
        d.add_paragraph("")
    b = d.add_table(rows=1, cols=1); b.style = "Table Grid"
    b.cell(0, 0).text = "Om YS: 220 000 medlemmer i 20 forbund. Kontakt: post@ys.no"
    d.add_paragraph("Vennlig hilsen YS")
    save_docx(d, fn)

# ------------------------------------------------------------------ 15 Unio 2019 tracked + restart
def b_unio2019():
    fn = "unio_2019_utkast_sporendringer.docx"; d = new_doc("Calibri", 11)
    heading_direct(d, "UTKAST – Unios rapportering 2019", 15)
    d.add_paragraph("Unio rapporterer egne tiltak (del 1) og tiltak der Unio deltar (del 2).")
    rs = rows(fn)
    base = new_list(d, "decimal", "%1.", indent=400, hanging=400, bold=True)
    heading_direct(d, "Del 1 – Unios egne tiltak", 12)
    def item(r, lst, title_parts=None, dm_parts=None):
        p = d.add_paragraph(); set_num(p, lst)
        add_parts(p, title_parts or [("n", r["title"])], bold=True)
        ds = dms(r["dm"], "code")
        q = d.add_paragraph()
        add_parts(q, [("n", "Delmål ")] + (dm_parts or [("n", ds)]) +
                  [("n", f" | Type {r['tp']} | Ansvarlig {r['resp']} | Samarbeid {pj(r['partners'])} | Tid {r['period']}")])
        return p
    for r in rs[:4]:
        if r["tid"] == "UNIO_HELSE":
            chk(fn, "2.2", r["tp"])
            p = item(r, base, title_parts=[("n", "Rapport om "), ("del", "utfordringer og muligheter for "), ("ins", "kompetanseheving av "), ("n", "helsepersonell")])
            d.add_comment(p.runs[0], text="Tittel endret slik rapporten heter hos Ny Analyse.", author="Kari Nordmann", initials="KN")
        elif r["tid"] == "UNIO_TV":
            chk(fn, "Delmål 2.1 og 2.2", r["tp"])
            item(r, base, dm_parts=[("n", "2.1"), ("ins", " og 2.2")])
        else:
            chk(fn, dms(r["dm"], "code"), r["tp"]); item(r, base)
        if r["tid"] == "UNIO_DIG":
            # whole measure deleted with tracked changes
            p = d.add_paragraph(); set_num(p, base); add_parts(p, [("del", "Innspill til statsbudsjettet 2020")], author="Ola Berg", bold=True); mark_para(p, "del", author="Ola Berg")
            q = d.add_paragraph(); add_parts(q, [("del", "Delmål 2.2 | Type Annet | Ansvarlig Unio | Samarbeid – | Tid Høsten 2019")], author="Ola Berg"); mark_para(q, "del", author="Ola Berg")
            d.add_comment(d.paragraphs[-3].runs[0], text="Dette er ikke et tiltak etter strategien – slettet.", author="Ola Berg", initials="OB")
    heading_direct(d, "Del 2 – Unio deltar i", 12)
    lst2 = restart_list(d, base)
    for r in rs[4:]:
        chk(fn, dms(r["dm"], "code"), r["tp"]); item(r, lst2)
    b = d.add_table(rows=2, cols=1); b.style = "Table Grid"
    b.cell(0, 0).text = "Kontakt"; b.cell(1, 0).text = "Seniorrådgiver, Unio – post@unio.no"
    save_docx(d, fn)

# ------------------------------------------------------------------ 16 Akademikerne 2018 -> PDF
def b_akad2018():
    fn = "akademikerne_2018.pdf"; d = new_doc("Liberation Sans", 10)
    page_footer(d.sections[0], prefix="Akademikerne · side ", total=False)
    for _ in range(6): d.add_paragraph("")
    heading_direct(d, "AKADEMIKERNE", 28, "00594F")
    heading_direct(d, "Rapportering – Nasjonal kompetansepolitisk strategi 2018", 14)
    d.add_paragraph("Oslo, februar 2019")
    d.add_page_break()
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Tiltak", "Delmål", "Type", "Ansvarlig", "Samarbeid"]):
        c.paragraphs[0].add_run(h).bold = True; shade(c, "C6E0B4")
    repeat_header(t.rows[0])
    for r in rows(fn):
        ds = dms(r["dm"], "delmal"); chk(fn, ds, r["tp"])
        for c, v in zip(t.add_row().cells, [r["title"], ds, r["tp"], r["resp"], pj(r["partners"])]):
            c.text = v
    set_widths(t, [6.0, 2.0, 2.4, 3.0, 3.2])
    d.add_paragraph("")
    heading_direct(d, "Om Akademikerne", 11)
    d.add_paragraph("Akademikerne er hovedorganisasjonen for 13 foreninger med over 200 000 medlemmer.")
    b = d.add_table(rows=2, cols=2); b.style = "Table Grid"
    b.cell(0, 0).text = "Kontaktperson"; b.cell(0, 1).text = "Fagsjef for utdanning"
    b.cell(1, 0).text = "Telefon"; b.cell(1, 1).text = "22 12 12 00"
    save_pdf_via_lo(d, fn)

# ------------------------------------------------------------------ 17 VOFO 2019
def b_vofo2019():
    fn = "vofo_2019_rapport.docx"; d = new_doc("Calibri", 11)
    heading_direct(d, "VOFO – Voksenopplæringsforbundet", 16, "5B2C6F")
    d.add_paragraph("Rapport til Kompetansepolitisk råd for 2019 fra frivilligheten ved VOFO.")
    h = d.add_paragraph(); hr = h.add_run("Gammel tekst: VOFO hadde 14 regionledd i 2018 og planla å halvere antallet."); hr.font.hidden = True
    rs = rows(fn)
    outline = [("1 Regional tilstedeværelse", rs[:4]), ("2 Kompetansepluss og norsktrening", rs[4:])]
    for sec, grp in outline:
        heading_direct(d, sec, 13)
        for i, r in enumerate(grp, 1):
            heading_direct(d, f"{sec.split()[0]}.{i} {r['title']}", 11, italic=True, before=6)
            ds = dms(r["dm"], "delmal"); chk(fn, ds, r["tp"])
            t = d.add_table(rows=6, cols=2); t.style = "Table Grid"
            for k, (a, b) in enumerate([("Tiltak", r["title"]), ("Delmål", ds), ("Type", r["tp"]), ("Partnere", pj(r["partners"])), ("Periode", r["period"]), ("Beskrivelse", r["desc"])]):
                t.cell(k, 0).text = a; t.cell(k, 1).text = b
    heading_direct(d, "Kursaktivitet i studieforbundene 2019", 12)
    t = d.add_table(rows=3, cols=3); t.style = "Table Grid"
    for k, vals in enumerate([("", "Kurs", "Timer"), ("Norsk", "4 210", "96 000"), ("Grunnleggende ferdigheter", "610", "18 300")]):
        for j, v in enumerate(vals): t.cell(k, j).text = v
    d.add_paragraph("Med hilsen VOFO")
    save_docx(d, fn)

# ------------------------------------------------------------------ 18 Vestland 2021 nynorsk, 'Tiltak 1:' restarted
def b_vestland2021():
    fn = "vestland_2021_rapport_nn.docx"; d = new_doc("Calibri", 11)
    page_footer(d.sections[0], prefix="Side ", total=True)
    heading_direct(d, "Vestland fylkeskommune – rapportering 2021", 16, "00558C")
    heading_direct(d, "Om fylkeskommunen", 11)
    d.add_paragraph("Vestland fylkeskommune vart oppretta 1. januar 2020 då Hordaland og Sogn og Fjordane slo seg saman.")
    rs = rows(fn)
    base = new_list(d, "decimal", "Tiltak %1:", indent=1100, hanging=1100, bold=True); lst = base
    for k, (head, grp) in enumerate([("Hovudinnsatsområde 1: Gode val for den einskilde og for samfunnet", rs[:5]),
                                      ("Hovudinnsatsområde 2 og 3: Læring i arbeidslivet og vaksne med svak tilknyting", rs[5:])]):
        heading_direct(d, head, 12.5)
        if k: lst = restart_list(d, base)
        for r in grp:
            p = d.add_paragraph(); set_num(p, lst); p.add_run(r["title"]).bold = True
            ds = dms(r["dm"], "nn"); chk(fn, ds, r["tp"])
            lbl(d, "Delmål:", ds); lbl(d, "Type tiltak:", r["tp"]); lbl(d, "Ansvarleg:", r["resp"])
            lbl(d, "Samarbeidspartnarar:", pj(r["partners"])); lbl(d, "Periode:", r["period"])
            lbl(d, "Skildring:", r["desc"])
    heading_direct(d, "Møte i partnarskapet for kompetanse 2021", 12)
    t = d.add_table(rows=3, cols=2); t.style = "Table Grid"
    for k, (a, b) in enumerate([("Dato", "Tema"), ("9. mars 2021", "Kompetansebehov etter pandemien"), ("2. november 2021", "Handlingsplan 2022")]):
        t.cell(k, 0).text = a; t.cell(k, 1).text = b
    d.add_paragraph("Med helsing\nVestland fylkeskommune, avdeling for strategi og styring")
    save_docx(d, fn)

# ------------------------------------------------------------------ 19 Møre og Romsdal 2018 reportlab
def b_mr2018():
    fn = "more_og_romsdal_2018.pdf"
    story = [P("Rapportering 2018 – Møre og Romsdal fylkeskommune", H1), P("Samandrag", STB),
             P("Fylkeskommunen har i 2018 arbeidet med å styrke den regionale kompetansepolitikken. Tabellen under viser tiltaka.", BODY)]
    data = [[P(h, STB) for h in ["Nr", "Tiltak", "Delmål", "Type", "Partnere", "Tid"]]]
    for i, r in enumerate(rows(fn), 1):
        ds = dms(r["dm"], "code", "/"); chk(fn, ds, r["tp"])
        data.append([P(str(i)), P(r["title"]), P(ds), P(r["tp"]), P(pj(r["partners"]) or "–"), P(r["period"])])
    t = Table(data, colWidths=[25, 160, 50, 80, 140, 60], repeatRows=1); t.setStyle(GRID)
    story += [P("Ansvarleg for alle tiltak: Møre og Romsdal fylkeskommune", STB), Spacer(1, 4), t, Spacer(1, 14), P("Fordeling av tiltak per delmål", STB)]
    cnt = Table([[P("1.2"), P("2")], [P("1.3"), P("1")], [P("2.2"), P("1")], [P("2.3"), P("1")], [P("3.1"), P("1")]], colWidths=[60, 40]); cnt.setStyle(GRID)
    story.append(cnt)
    rl_build(fn, story, ("Møre og Romsdal fylkeskommune", "Side {n}"), band="#2E6DA4")

# ------------------------------------------------------------------ 20 Sogn og Fjordane 2017 nynorsk, fields
def b_sf2017():
    fn = "sogn_og_fjordane_2017_nn.docx"; d = new_doc("Calibri", 11)
    hp = d.sections[0].header.paragraphs[0]; hp.add_run("Sogn og Fjordane fylkeskommune – utskrive "); add_field(hp, 'DATE \\@ "d. MMMM yyyy"', "12. januar 2018")
    page_footer(d.sections[0])
    p = d.add_paragraph(); r = p.add_run("Rapportering på Nasjonal kompetansepolitisk strategi 2017"); r.bold = True; r.font.size = Pt(18)
    rs = rows(fn)
    add_toc(d, [("Bakgrunn", 1)] + [(r["title"][:60], 2 + i // 2) for i, r in enumerate(rs)] + [("Kontaktpersonar", 4)], title="Innhald")
    d.add_heading("Bakgrunn", 1)
    d.add_paragraph("Fylkeskommunen rapporterer tiltak knytte til tiltaka i strategien (NKPS tiltak nr. 1–16).")
    for r in rs:
        d.add_heading(r["title"], 2)
        ds = "NKPS tiltak nr. " + dms(r["dm"], "old"); chk(fn, ds, r["tp"])
        d.add_paragraph(ds)
        lbl(d, "Ansvarleg:", r["resp"]); lbl(d, "Samarbeidspartnarar:", pj(r["partners"]))
        lbl(d, "Type:", r["tp"]); lbl(d, "Tid:", r["period"])
        d.add_paragraph(r["desc"])
    d.add_heading("Kontaktpersonar", 1)
    t = d.add_table(rows=2, cols=2); t.style = "Table Grid"
    t.cell(0, 0).text = "Namn"; t.cell(0, 1).text = "Rolle"; t.cell(1, 0).text = "Ingrid Myklebust"; t.cell(1, 1).text = "Rådgjevar, opplæringsavdelinga"
    save_docx(d, fn)

# ------------------------------------------------------------------ 21 HK-dir 2023
def b_hkdir2023():
    fn = "hkdir_2023_rapport.docx"; d = new_doc("Calibri", 11)
    d.sections[0].header.paragraphs[0].text = "Direktoratet for høyere utdanning og kompetanse (HK-dir)"
    page_footer(d.sections[0], prefix="", total=False)
    heading_direct(d, "HK-dirs rapportering til Kompetansepolitisk råd 2023", 17)
    heading_direct(d, "Sammendrag", 12)
    d.add_paragraph("HK-dir forvalter en rekke kompetansepolitiske virkemidler. Rapporten viser tiltak og ordninger i 2023.")
    heading_direct(d, "Nøkkeltall 2023", 12)
    t = d.add_table(rows=4, cols=2); t.style = "Table Grid"
    for k, (a, b) in enumerate([("Tilskuddsordninger forvaltet", "31"), ("Bransjeprogram i drift", "20"), ("Veiledningssamtaler (karriereveiledning.no)", "40 512"), ("Tildelt til Kompetansepluss (mill. kr)", "212")]):
        t.cell(k, 0).text = a; t.cell(k, 1).text = b
    d.add_paragraph("Kilde: HK-dirs årsrapport 2023.")
    rs = rows(fn)
    base = new_list(d, "decimal", "Tiltak %1:", indent=1100, hanging=1100, bold=True); lst = base
    for k, (head, grp) in enumerate([("Tiltak", rs[:4]), ("Ordninger", rs[4:])]):
        heading_direct(d, head, 13, "8B0000")
        if k: lst = restart_list(d, base)
        for r in grp:
            p = d.add_paragraph(); set_num(p, lst)
            if r["tid"] == "DIGKARR":
                add_hyperlink(p, "https://karriereveiledning.no", r["title"], bold=True)
            else:
                add_bookmarked(p, "bm_" + r["tid"], r["title"])
            ds = dms(r["dm"], "delmal"); chk(fn, ds, r["tp"])
            ft = d.add_table(rows=2, cols=4); ft.style = "Table Grid"
            for j, (a, b) in enumerate([("Delmål", ds), ("Type", r["tp"]), ("Partnere", pj(r["partners"]) or "–"), ("Periode", r["period"])]):
                ft.cell(0, j).text = a; ft.cell(1, j).text = b
            d.add_paragraph(f"Ansvarlig: {r['resp']}. {r['desc']}")
    save_docx(d, fn)

# ------------------------------------------------------------------ 22 NAV 2024 -> PDF
def b_nav2024():
    fn = "nav_2024_rapport.pdf"; d = new_doc("Liberation Sans", 10)
    d.sections[0].header.paragraphs[0].text = "Arbeids- og velferdsdirektoratet"
    page_footer(d.sections[0])
    p = d.add_paragraph(); r = p.add_run("NAVs bidrag til kompetansepolitikken 2024"); r.bold = True; r.font.size = Pt(18)
    rs = rows(fn)
    add_toc(d, [("1 Innledning", 1), ("2 Tiltak", 2)] + [("   " + r["title"], 2 + i // 3) for i, r in enumerate(rs)] + [("3 Tall fra 2024", 4)])
    d.add_heading("1 Innledning", 1)
    d.add_paragraph("NAV rapporterer for første gang som eget medlem. Rapporten omfatter tiltak for arbeidssøkere.")
    d.add_heading("2 Tiltak", 1)
    for r in rs:
        d.add_heading(r["title"], 2)
        ds = dms(r["dm"], "code", ", "); chk(fn, ds, r["tp"])
        t = d.add_table(rows=5, cols=2); t.style = "Table Grid"
        for k, (a, b) in enumerate([("Delmål", ds), ("Type", r["tp"]), ("Ansvarlig", r["resp"]), ("Samarbeid", pj(r["partners"])), ("Periode", r["period"])]):
            t.cell(k, 0).text = a; t.cell(k, 1).text = b
        d.add_paragraph(r["desc"])
    d.add_heading("3 Tall fra 2024", 1)
    t = d.add_table(rows=3, cols=2); t.style = "Table Grid"
    for k, (a, b) in enumerate([("Deltakere i opplæringstiltak", "31 900"), ("Fullførte fagbrev", "1 240"), ("Kontorer", "265")]):
        t.cell(k, 0).text = a; t.cell(k, 1).text = b
    d.add_paragraph("Kontakt: nav.no/kompetanse")
    save_pdf_via_lo(d, fn)

BUILDERS = [b_spekter2017, b_spekter2018, b_lo2017, b_lo2018, b_lo2019, b_nho2018, b_nho2019, b_ks2018, b_ks2019,
            b_reg2018, b_reg2019, b_virke2018, b_virke2020, b_ys2018, b_unio2019, b_akad2018, b_vofo2019,
            b_vestland2021, b_mr2018, b_sf2017, b_hkdir2023, b_nav2024]

def ground_truth():
    exp = {}; seen = {}
    for fn in sorted(FILES, key=lambda f: FILES[f]["year"]):
        pass
    # continues: same reporter, same tiltak_id, earlier year in this batch
    for fn, f in FILES.items():
        ms = []
        for row in f["rows"]:
            r = R(row)
            earlier = any(g["reporter"] == f["reporter"] and g["year"] < f["year"] and any(x[0] == r["tid"] for x in g["rows"])
                          for g in FILES.values())
            if earlier != row[8]:
                print("WARN continues mismatch", fn, r["title"])
            ms.append(dict(title=r["title"], delmal=sorted(r["dm"]), type=r["tn"], responsible=r["resp"],
                           partners=list(r["partners"]), period=r["period"], description=r["desc"],
                           tiltak_id=r["tid"], continues=earlier))
        exp[fn] = dict(reporter=f["reporter"], report_year=f["year"], measures=ms)
    return exp

def near_misses(exp):
    pairs = []
    for grp in NEAR_GROUPS:
        occ = [(fn, m["title"], m["tiltak_id"]) for fn, e in exp.items() for m in e["measures"] if m["tiltak_id"] in grp]
        for a, b in itertools.combinations(occ, 2):
            if a[2] != b[2]:
                pairs.append([[a[0], a[1]], [b[0], b[1]]])
    return pairs

if __name__ == "__main__":
    for f in os.listdir(OUT):
        p = os.path.join(OUT, f)
        if os.path.isfile(p): os.remove(p)
    only = sys.argv[1:]
    for b in BUILDERS:
        if only and b.__name__ not in only: continue
        b(); print("built", b.__name__)
    exp = ground_truth()
    nm = near_misses(exp)
    json.dump(exp, open(os.path.join(OUT, "expected.json"), "w"), ensure_ascii=False, indent=1)
    json.dump(nm, open(os.path.join(OUT, "near_misses.json"), "w"), ensure_ascii=False, indent=1)
    json.dump(CHK, open("/work/blind/match52_build/checkinfo.json", "w"), ensure_ascii=False, indent=1)
    print("near-miss pairs", len(nm))
