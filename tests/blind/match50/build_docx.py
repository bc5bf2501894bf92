# -*- coding: utf-8 -*-
"""Word templates (python-docx). Files that end as PDF are written to BUILD and converted by LibreOffice."""
import os
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from common import BY_NAME, HERE, BUILD, join, DELMAL_SHORT, DELMAL_NN, AREAS, AREAS_NN, CODES, area

# ------------------------------------------------------------------ low-level helpers
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)

def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader"); el.set(qn("w:val"), "true"); trPr.append(el)

def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit"); el.set(qn("w:val"), "true"); trPr.append(el)

def add_field(par, instr):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
    r2 = par.add_run(); it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r2._r.append(it)
    r3 = par.add_run(); f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate"); r3._r.append(f2)
    par.add_run("1")
    r4 = par.add_run(); f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end"); r4._r.append(f3)

def footer(doc, text, page=True, header=None):
    sec = doc.sections[0]
    p = sec.footer.paragraphs[0]; p.text = text
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if page:
        p.add_run("   Side "); add_field(p, "PAGE")
    if header:
        h = sec.header.paragraphs[0]; h.text = header; h.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for r in h.runs: r.font.size = Pt(8); r.font.color.rgb = RGBColor(0x66, 0x66, 0x66)

def base(font="Calibri", size=11, landscape=False):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    return doc

def para(doc_or_cell, text="", bold=False, italic=False, size=None, align=None, style=None, color=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if color: r.font.color.rgb = RGBColor.from_string(color)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p

def labelled(doc_or_cell, label, value, first=False):
    p = doc_or_cell.paragraphs[0] if first else doc_or_cell.add_paragraph()
    r = p.add_run(label); r.bold = True
    p.add_run(value)
    return p

def cell_text(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    lines = text.split("\n") if isinstance(text, str) else text
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i: p = cell.add_paragraph()
        r = p.add_run(line); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    return cell

def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

def table(doc, header, rows, widths=None, style="Table Grid", size=9, head_fill="D9D9D9", repeat=True):
    t = doc.add_table(rows=1, cols=len(header)); t.style = style
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, bold=True, size=size); shade(t.rows[0].cells[i], head_fill)
    if repeat: repeat_header(t.rows[0])
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v, size=size)
    if widths:
        set_widths(t, widths)
    return t

def set_widths(t, widths):
    """Set column widths both in the grid (used by LibreOffice/Word layout) and on each cell."""
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips if hasattr(Cm(w), "twips") else Cm(w) / 635)))
    for row in t.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells): row.cells[i].width = Cm(w)

def out(fname, pdf_target=False):
    if pdf_target:
        os.makedirs(BUILD, exist_ok=True)
        return os.path.join(BUILD, fname.rsplit(".", 1)[0] + ".docx")
    return os.path.join(HERE, fname)

# ------------------------------------------------------------------ 2 LO 2018
def lo_2018():
    f = BY_NAME["LO_rapport_2018_kompetansepolitisk_strategi.docx"]; rows = f["rows"]
    doc = base("Arial", 10)
    footer(doc, "LO – Rapportering NKPS 2018", header="Landsorganisasjonen i Norge | Avdeling for samfunnspolitikk")
    para(doc, "Landsorganisasjonen i Norge", bold=True, size=12, color="C00000")
    para(doc, "Rapport til Kompetansepolitisk råd", bold=True, size=20)
    para(doc, "LOs oppfølging av Nasjonal kompetansepolitisk strategi 2018", size=14)
    para(doc, "Oslo, 15. januar 2019 – saksnr. 18/00412", italic=True, size=9)
    para(doc, "Innhold", bold=True)
    for x in ["1 Innledning", "2 Oversikt over tiltak", "3 Nærmere om tiltakene", "4 Møter og innspill", "5 Kontakt"]:
        para(doc, x, size=9)
    doc.add_heading("1 Innledning", 1)
    para(doc, "LO har i 2018 fulgt opp strategien gjennom eget arbeid, gjennom forbundene og i samarbeid med de "
              "andre partene. Denne rapporten følger malen som ble vedtatt i rådet. Tiltak som er avsluttet, og "
              "forbundenes egne tiltak, er ikke tatt med.")
    doc.add_heading("2 Oversikt over tiltak", 1)
    para(doc, "Tabell 1. LOs tiltak 2018 (kortnavn). Se kapittel 3 for omtale.", italic=True, size=9)
    table(doc, ["Nr.", "Tiltak (kortnavn)", "Delmål", "Type"],
          [[str(i + 1), r["st"], r["sdp"], r["tp"]] for i, r in enumerate(rows)], widths=[1.2, 7.5, 2, 4.5])
    para(doc, "Antall tiltak: 8 (2017: 6)", size=9)
    doc.add_heading("3 Nærmere om tiltakene", 1)
    n = {"1": 0, "2": 0, "3": 0}
    cur = None
    for r in rows:
        a = area(r)
        if a != cur:
            cur = a; doc.add_heading(f"3.{a} {AREAS[a]}", 2)
        n[a] += 1
        doc.add_heading(f"3.{a}.{n[a]} {r['t']}", 3)
        labelled(doc, "Delmål: ", r["dp"])
        labelled(doc, "Type tiltak: ", r["tp"])
        labelled(doc, "Ansvarlig: ", r["r"])
        labelled(doc, "Samarbeidspartnere: ", join(r["p"]) if r["p"] else "–")
        labelled(doc, "Tidsrom: ", r["per"])
        para(doc, r["desc"])
    doc.add_heading("4 Møter og innspill", 1)
    for x in ["8. februar 2018: Møte i Kompetansepolitisk råd (Oslo)", "14. juni 2018: Møte i Kompetansepolitisk råd, tema regionreformen",
              "20. november 2018: Innspillsmøte om kompetansereformen", "LO har i tillegg gitt skriftlige innspill til statsbudsjettet 2019."]:
        para(doc, x, style="List Bullet")
    doc.add_heading("5 Kontakt", 1)
    t = doc.add_table(rows=1, cols=1); t.style = "Table Grid"
    c = t.rows[0].cells[0]; shade(c, "F2F2F2")
    cell_text(c, "Kontaktperson: rådgiver Kari Nordmann\nE-post: kari.nordmann@lo.no – telefon 23 06 10 50", size=9)
    doc.save(out(f["file"]))

# ------------------------------------------------------------------ 3 KS 2018 prose
def ks_2018():
    f = BY_NAME["KS_oppfolging_NKPS_2018.docx"]; rows = f["rows"]
    doc = base("Georgia", 10.5)
    footer(doc, "KS – Kommunesektorens organisasjon")
    para(doc, "KS' oppfølging av Nasjonal kompetansepolitisk strategi – rapport for 2018", bold=True, size=16)
    para(doc, "Til Kompetansepolitisk råd, v/ Kompetanse Norge", italic=True)
    para(doc, "KS er kommunesektorens interesse- og arbeidsgiverorganisasjon. Alle landets kommuner og fylkeskommuner "
              "er medlemmer. Kommunesektoren sysselsetter om lag en femtedel av alle arbeidstakere, og kompetanse er "
              "et sentralt tema i vårt arbeid¹.")
    para(doc, "KS i tall", bold=True)
    table(doc, ["", "2018"], [["Medlemskommuner", "422"], ["Fylkeskommuner", "18"], ["Ansatte i kommunesektoren", "ca. 500 000"],
                              ["Lærlinger i kommunesektoren", "5 987"]], widths=[8, 4])
    para(doc, "")
    intro = {"1": "Under det første hovedinnsatsområdet, gode valg for den enkelte og for samfunnet, vil vi trekke fram følgende:",
             "2": "Læring i arbeidslivet er det området der KS har flest tiltak.",
             "3": ""}
    cur = None
    for i, r in enumerate(rows):
        a = area(r)
        if a != cur:
            cur = a; doc.add_heading(AREAS[a], 2)
            if intro[a]: para(doc, intro[a])
        p = doc.add_paragraph()
        b = p.add_run(r["t"]); b.bold = True
        if r["id"] == "KS_DIGI": p.add_run("²")
        p.add_run(". ")
        if r["r"] == "KS":
            resp = "KS har ansvaret" + (f", i samarbeid med {join(r['p'])}." if r["p"] else " alene.")
        else:
            resp = f"Ansvaret ligger hos {r['r']}" + (f", i samarbeid med {join(r['p'])}." if r["p"] else ".")
        p.add_run(f"{resp} Tiltaket følger opp {r['dp']} og er registrert som {r['tp']}. {r['desc']} Tidsrom: {r['per']}.")
    para(doc, "")
    para(doc, "Med vennlig hilsen", )
    para(doc, "KS\nAvdeling for arbeidsgiverpolitikk")
    para(doc, "________________")
    para(doc, "¹ Se KS' arbeidsgiverstrategi 2020 og arbeidslivsmonitoren for utfyllende tall.", size=8)
    para(doc, "² Prosjektet inngår i avtalen om digital kompetanse mellom partene i kommunal sektor (2018).", size=8)
    doc.save(out(f["file"]))

# ------------------------------------------------------------------ 5 Virke 2018 form tables
def virke_2018():
    f = BY_NAME["Virke_innrapportering_2018.docx"]; rows = f["rows"]
    doc = base("Calibri", 11)
    footer(doc, "Virke Hovedorganisasjonen · Postboks 2900 Solli · 0230 Oslo", page=False)
    para(doc, "VIRKE", bold=True, size=22, color="1F3864")
    para(doc, "Kompetansepolitisk råd\nv/Kompetanse Norge", size=10)
    para(doc, "Dato: 21.12.2018        Vår ref.: 2018/1144", size=9, align="r")
    para(doc, "Innrapportering av tiltak – Nasjonal kompetansepolitisk strategi 2018", bold=True, size=14)
    para(doc, "Vi viser til brev av 1. november 2018 med frist for innrapportering. Nedenfor følger ett skjema per "
              "tiltak. Relasjonen til strategien er beskrevet med delmålets ordlyd.")
    for i, r in enumerate(rows):
        para(doc, f"Skjema {i + 1} av {len(rows)}", italic=True, size=8)
        t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
        fields = [("Navn på tiltak", r["t"]), ("Relasjon til delmål", r["dp"]), ("Type tiltak", r["tp"]),
                  ("Ansvarlig", r["r"]), ("Samarbeidspartnere", join(r["p"], og=None)),
                  ("Beskrivelse", r["desc"]), ("Tidspunkt og varighet", r["per"])]
        for lab, val in fields:
            c = t.add_row().cells
            cell_text(c[0], lab, bold=True, size=10); shade(c[0], "DCE6F1"); cell_text(c[1], val, size=10)
        set_widths(t, [4.5, 12])
        para(doc, "")
    para(doc, "Virke i tall", bold=True)
    t = table(doc, ["Medlemsvirksomheter", "Ansatte i medlemsvirksomhetene", "Bransjer"], [["ca. 23 000", "over 250 000", "over 30"]])
    para(doc, "")
    para(doc, "Med vennlig hilsen\nHovedorganisasjonen Virke\n\nDirektør kompetanse og samfunnskontakt")
    doc.save(out(f["file"]))

# ------------------------------------------------------------------ 8 VOFO 2017 old numbering
def vofo_2017():
    f = BY_NAME["VOFO_rapport_2017.docx"]; rows = f["rows"]
    doc = base("Times New Roman", 11, landscape=True)
    footer(doc, "Voksenopplæringsforbundet (VOFO) – rapport 2017")
    para(doc, "Voksenopplæringsforbundet", bold=True, size=16)
    para(doc, "Rapport om oppfølging av Nasjonal kompetansepolitisk strategi (NKPS) 2017", bold=True, size=13)
    para(doc, "VOFO er paraplyorganisasjon for studieforbundene. Frivillig sektor er ansvarlig for NKPS tiltak 16. "
              "I tabellen viser første kolonne til tiltaksnummeret i strategiens liste over tiltak.")
    para(doc, "Studieforbundene i tall (2016)", bold=True)
    table(doc, ["Studieforbund", "Kurs", "Deltakere", "Kurstimer"], [["14", "43 500", "520 000", "1,9 mill."]])
    para(doc, "")
    t = table(doc, ["NKPS tiltak nr.", "Vårt tiltak", "Type", "Ansvar og samarbeid", "Tidsrom", "Beskrivelse"],
              [[r["dp"], r["t"], r["tp"], f"{r['r']} (i samarbeid med {join(r['p'])})", r["per"], r["desc"]] for r in rows],
              widths=[2.2, 5.5, 2.8, 4.5, 2.5, 8], size=10)
    para(doc, "")
    para(doc, "Kontakt: VOFO, Akersgata 16, 0158 Oslo – post@vofo.no", size=9)
    doc.save(out(f["file"]))

# ------------------------------------------------------------------ 12 YS 2019 words-only delmål, bullets
def ys_2019():
    f = BY_NAME["YS_innspill_NKPS_2019.docx"]; rows = f["rows"]
    doc = base("Verdana", 9.5)
    footer(doc, "YS – Yrkesorganisasjonenes Sentralforbund")
    para(doc, "YS' rapport om oppfølging av kompetansestrategien 2019", bold=True, size=15, color="00507D")
    doc.add_heading("YS i Kompetansepolitisk råd", 2)
    para(doc, "YS organiserer om lag 230 000 medlemmer i 12 forbund. YS har deltatt på følgende møter i 2019:")
    for x in ["7. mars: Kompetansepolitisk råd", "12. juni: Kompetansepolitisk råd (Bergen)", "29. oktober: Kompetansepolitisk råd og innspillsmøte om Lære hele livet"]:
        para(doc, x, style="List Bullet")
    para(doc, "Medlemmer per forbund (utvalg)", bold=True)
    table(doc, ["Forbund", "Medlemmer"], [["Delta", "95 000"], ["Parat", "42 000"], ["Finansforbundet", "34 000"], ["Andre", "59 000"]])
    doc.add_heading("Våre tiltak", 2)
    para(doc, "Tiltakene er ordnet etter de delene av strategien de følger opp. Type tiltak står i hakeparentes.", italic=True)
    cur = None
    for r in rows:
        if r["dp"] != cur:
            cur = r["dp"]; doc.add_heading(cur, 3)
        p = doc.add_paragraph(style="List Bullet")
        p.add_run(r["t"]).bold = True
        extra = f" Ansvar: {r['r']}; samarbeid med {join(r['p'])}; {r['per']}."
        p.add_run(f". {r['desc']}{extra} [{r['tp']}]")
    para(doc, "")
    para(doc, "Vennlig hilsen\nYS")
    doc.save(out(f["file"]))

# ------------------------------------------------------------------ 13 Akademikerne 2019, merged type column
def aka_2019():
    f = BY_NAME["Akademikerne_tiltak_2019.docx"]; rows = f["rows"]
    doc = base("Calibri", 10, landscape=True)
    footer(doc, "Akademikerne | Rapport til Kompetansepolitisk råd 2019")
    para(doc, "Akademikerne – tiltak i 2019 for å følge opp Nasjonal kompetansepolitisk strategi", bold=True, size=14)
    para(doc, "Akademikerne er hovedorganisasjonen for arbeidstakere med høyere utdanning, med 13 medlemsforeninger. "
              "Tabellen viser tiltak gruppert etter type. Rapportene er tilgjengelige på akademikerne.no.")
    hdr = ["Type tiltak", "Tiltak", "Delmål", "Ansvarlig", "Samarbeidspartner", "Tidspunkt"]
    t = doc.add_table(rows=1, cols=len(hdr)); t.style = "Table Grid"
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, bold=True, size=9); shade(t.rows[0].cells[i], "BDD7EE")
    repeat_header(t.rows[0])
    start = None; prev = None
    for k, r in enumerate(rows):
        c = t.add_row().cells
        cell_text(c[1], [r["t"]], size=9)
        p = c[1].add_paragraph(); rr = p.add_run(r["desc"]); rr.italic = True; rr.font.size = Pt(8)
        cell_text(c[2], r["dp"], size=9); cell_text(c[3], r["r"], size=9)
        cell_text(c[4], join(r["p"]), size=9); cell_text(c[5], r["per"], size=9)
        if r["tp"] == prev:
            t.cell(start, 0).merge(t.cell(k + 1, 0))
        else:
            start = k + 1; prev = r["tp"]; cell_text(c[0], r["tp"], bold=True, size=9)
    set_widths(t, [2.5, 10, 2, 3.5, 4, 3])
    para(doc, "")
    para(doc, "Antall tiltak: FoU 5, Råd/utvalg/nettverk 1, Informasjon 1. Kontakt: post@akademikerne.no", size=9)
    doc.save(out(f["file"]))

# ------------------------------------------------------------------ 15 Regjeringen 2020 summary + detail
def regj_2020():
    f = BY_NAME["Regjeringen_NKPS_rapport_2020.docx"]; rows = f["rows"]
    doc = base("Cambria", 10.5)
    footer(doc, "Regjeringens rapportering 2020 – Nasjonal kompetansepolitisk strategi")
    para(doc, "Kunnskapsdepartementet", size=10, color="1F4E79")
    para(doc, "Regjeringens rapportering til Kompetansepolitisk råd for 2020", bold=True, size=18)
    para(doc, "Rapporten er utarbeidet av KD på vegne av departementene som deltar i rådet (KD, ASD, KMD, NFD). "
              "Koronapandemien preget arbeidet i 2020; krisetiltakene på kompetansefeltet er bare omtalt der de "
              "inngår i varige tiltak.")
    doc.add_heading("Sammendrag: tiltak i 2020", 1)
    table(doc, ["Nr", "Tiltak", "Delmål", "Ansvarlig dep."],
          [[str(i + 1), r["st"], r["sdp"], r["r"]] for i, r in enumerate(rows)], widths=[1, 9, 2.5, 3])
    para(doc, "Tabell 1: Oversikt. Fullstendig omtale følger under.", italic=True, size=8.5)
    doc.add_heading("Omtale av tiltakene", 1)
    for r in rows:
        doc.add_heading(r["t"], 2)
        for lab, val in [("Delmål: ", r["dp"]), ("Type tiltak: ", r["tp"]), ("Ansvarlig: ", r["r"]),
                         ("Samarbeidspartnere: ", join(r["p"]) if r["p"] else "Ingen"), ("Periode: ", r["per"])]:
            labelled(doc, lab, val)
        labelled(doc, "Beskrivelse: ", r["desc"])
    doc.add_heading("Vedlegg: møter i rådet 2020", 1)
    for x in ["4. februar 2020 – ordinært møte", "16. juni 2020 – digitalt møte om kompetansetiltak i koronakrisen",
              "10. desember 2020 – digitalt møte"]:
        para(doc, x, style="List Bullet")
    doc.save(out(f["file"]))

# ------------------------------------------------------------------ 18 NAV 2021
def nav_2021():
    f = BY_NAME["NAV_bidrag_NKPS_2021.docx"]; rows = f["rows"]
    doc = base("Source Sans Pro", 10.5)
    footer(doc, "Arbeids- og velferdsdirektoratet", header="NAV | Rapport | 2021")
    para(doc, "Arbeids- og velferdsetatens bidrag til oppfølging av Nasjonal kompetansepolitisk strategi 2021", bold=True, size=15)
    doc.add_heading("1 Innledning", 1)
    para(doc, "NAV rapporterer gjennom ASD til Kompetansepolitisk råd. Rapporten omtaler tiltak der NAV har en "
              "sentral rolle. Tall for 2021 er foreløpige.")
    doc.add_heading("1.1 Nøkkeltall", 2)
    table(doc, ["Deltakere i opplæringstiltak 2021", "Antall"], [["AMO-kurs", "31 200"], ["Fag- og yrkesopplæring", "2 450"],
          ["Høyere utdanning som tiltak", "380"], ["Sum", "34 030"]], widths=[9, 3])
    doc.add_heading("2 NAVs tiltak", 1)
    for i, r in enumerate(rows):
        doc.add_heading(f"2.{i + 1} {r['t']}", 2)
        sent = f"{r['r']} har ansvaret, i samarbeid med {join(r['p'])}. Tiltaket er knyttet til delmål {r['dp']} og er av typen {r['tp']}."
        para(doc, sent)
        para(doc, r["desc"])
        para(doc, f"Periode: {r['per']}", italic=True)
    doc.add_heading("3 Videre arbeid", 1)
    para(doc, "NAV vil i 2022 prioritere samarbeidet med fylkeskommunene om opplæring for personer uten fullført videregående opplæring.")
    doc.save(out(f["file"]))

# ------------------------------------------------------------------ 19 Vestland questionnaire (nynorsk)
def vestland_2021():
    f = BY_NAME["Vestland_fylkeskommune_sporjeskjema_2021.docx"]; rows = f["rows"]
    doc = base("Calibri", 10)
    footer(doc, "Eksportert frå Questback 14.01.2022 – Vestland fylkeskommune")
    para(doc, "Spørjeskjema: Rapportering til Kompetansepolitisk råd 2021", bold=True, size=14)
    para(doc, "Respondent: Vestland fylkeskommune, avdeling for strategisk utvikling og digitalisering", size=9)
    para(doc, "Rettleiing: Fyll ut eitt sett med spørsmål per tiltak. Kryss av for eitt eller fleire delmål og éin type.", italic=True, size=9)
    types = ["FoU", "Kurs/utdanning", "Råd/utval/nettverk", "Prosjekt", "Informasjon", "Arrangement", "Anna"]
    for i, r in enumerate(rows):
        para(doc, f"Tiltak {i + 1}", bold=True, size=12, color="2E75B6")
        para(doc, "Spørsmål 1 – Namn på tiltaket:", bold=True); para(doc, r["t"])
        para(doc, "Spørsmål 2 – Kva delmål i strategien følgjer tiltaket opp? (kryss av)", bold=True)
        for c in CODES:
            para(doc, f"{'☒' if c in r['d'] else '☐'} {c} {DELMAL_NN[c]}", size=9)
        para(doc, "Spørsmål 3 – Type tiltak", bold=True)
        para(doc, "   ".join(f"{'☒' if tp == r['tp'] else '☐'} {tp}" for tp in types), size=9)
        para(doc, "Spørsmål 4 – Ansvarleg:", bold=True); para(doc, r["r"])
        para(doc, "Spørsmål 5 – Samarbeidspartnarar:", bold=True); para(doc, join(r["p"]))
        para(doc, "Spørsmål 6 – Periode:", bold=True); para(doc, r["per"])
        para(doc, "Spørsmål 7 – Kort skildring:", bold=True); para(doc, r["desc"])
        para(doc, "")
    para(doc, "Spørsmål 8 – Har de andre kommentarar til rapporteringa?", bold=True)
    para(doc, "Vi ønskjer ei felles digital løysing for rapporteringa, slik at fylka slepp å fylle ut same skjema fleire gonger.")
    doc.save(out(f["file"]))

# ------------------------------------------------------------------ 21 NHO 2024 faktaboks
def nho_2024():
    f = BY_NAME["NHO_kompetanserapport_2024.docx"]; rows = f["rows"]
    doc = base("Arial", 10)
    footer(doc, "NHO – Næringslivets Hovedorganisasjon", header="Kompetanserapport 2024")
    para(doc, "NHOs kompetansepolitiske innsats 2024", bold=True, size=18, color="003366")
    para(doc, "Rapport til Kompetansepolitisk råd", size=12)
    para(doc, "NHO i tall", bold=True)
    table(doc, ["Medlemsbedrifter", "Årsverk i medlemsbedriftene", "Landsforeninger", "Lærlinger i medlemsbedriftene"],
          [["over 33 000", "ca. 750 000", "16", "ca. 19 000"]])
    para(doc, "Møter i Kompetansepolitisk råd 2024: 5. mars, 11. juni og 3. desember.", size=9)
    for r in rows:
        doc.add_heading(r["t"], 2)
        t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"
        cell_text(t.rows[0].cells[0], r["desc"], size=10)
        right = t.rows[0].cells[1]; shade(right, "E7EEF7")
        cell_text(right, "Faktaboks", bold=True, size=9)
        for lab, val in [("Delmål: ", r["dp"]), ("Type: ", r["tp"]), ("Ansvar: ", r["r"]),
                         ("Med: ", join(r["p"])), ("Når: ", r["per"])]:
            p = right.add_paragraph(); a = p.add_run(lab); a.bold = True; a.font.size = Pt(9)
            b = p.add_run(val); b.font.size = Pt(9)
        set_widths(t, [10.5, 6])
    para(doc, "")
    para(doc, "Kontakt: fagsjef kompetanse, NHO Arbeidsliv – kompetanse@nho.no", size=9)
    doc.save(out(f["file"]))

# ================================================================== sources for LibreOffice PDFs
# ------------------------------------------------------------------ 6 Sogn og Fjordane 2018 (nynorsk), merged type column
def sfj_2018():
    f = BY_NAME["SFJ_fylkeskommune_rapport_2018.pdf"]; rows = f["rows"]
    doc = base("Liberation Serif", 10.5, landscape=True)
    footer(doc, "Sogn og Fjordane fylkeskommune – Rapport til Kompetansepolitisk råd 2018")
    para(doc, "SOGN OG FJORDANE FYLKESKOMMUNE", bold=True, size=11, color="385623")
    para(doc, "Rapportering av tiltak – Nasjonal kompetansepolitisk strategi 2018", bold=True, size=15)
    para(doc, "Fylkeskommunen rapporterer i år for fyrste gong direkte til rådet. Tabellen nedanfor viser tiltaka "
              "gruppert etter type. Delmåla er oppgjevne med nummera i strategien.")
    hdr = ["Type", "Tiltak", "Delmål", "Ansvarleg", "Samarbeidspartnarar", "Periode", "Skildring"]
    t = doc.add_table(rows=1, cols=len(hdr)); t.style = "Table Grid"
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, bold=True, size=9.5); shade(t.rows[0].cells[i], "C5E0B3")
    repeat_header(t.rows[0])
    start = None; prev = None
    for k, r in enumerate(rows):
        c = t.add_row().cells; cant_split(t.rows[-1])
        for j, v in enumerate([r["t"], r["dp"], r["r"], join(r["p"]), r["per"], r["desc"]]):
            cell_text(c[j + 1], v, size=9.5)
        if r["tp"] == prev:
            t.cell(start, 0).merge(t.cell(k + 1, 0))
        else:
            start = k + 1; prev = r["tp"]; cell_text(c[0], r["tp"], bold=True, size=9.5)
    set_widths(t, [2.6, 6, 1.5, 3.2, 4, 2.6, 5.4])
    para(doc, "")
    t2 = doc.add_table(rows=1, cols=1); t2.style = "Table Grid"; shade(t2.rows[0].cells[0], "F2F2F2")
    cell_text(t2.rows[0].cells[0], "Kontaktperson: seniorrådgjevar, Opplæringsavdelinga\nE-post: post@sfj.no – tlf. 57 65 61 00", size=9)
    para(doc, "Med helsing\nSogn og Fjordane fylkeskommune")
    doc.save(out(f["file"], True))

# ------------------------------------------------------------------ 9 NHO 2019, merged delmål column, split table
def nho_2019():
    f = BY_NAME["NHO_arsrapport_kompetansestrategien_2019.pdf"]; rows = f["rows"]
    doc = base("Liberation Sans", 10)
    doc.sections[0].left_margin = doc.sections[0].right_margin = Cm(1.8)
    footer(doc, "NHO · Rapportering NKPS 2019")
    para(doc, "")
    para(doc, "NHO", bold=True, size=40, color="003366", align="c")
    para(doc, "Næringslivets Hovedorganisasjon", size=14, align="c")
    para(doc, "Årsrapport: NHOs oppfølging av Nasjonal kompetansepolitisk strategi 2019", bold=True, size=16, align="c")
    para(doc, "Oslo, januar 2020", italic=True, align="c")
    page_break(doc)
    para(doc, "Innhold", bold=True, size=13)
    for x in ["1. Sammendrag ........ 2", "2. Tiltak 2019 ........ 2", "3. Veien videre ........ 4"]:
        para(doc, x)
    doc.add_heading("1. Sammendrag", 1)
    para(doc, "NHO og landsforeningene har i 2019 rapportert ni tiltak. Hovedvekten ligger på kunnskapsgrunnlaget "
              "om læring i arbeidslivet (delmål 2.2), der vi har bestilt tre rapporter. " * 1)
    para(doc, "Kompetansebarometeret for 2019 viser at seks av ti medlemsbedrifter har udekket kompetansebehov. "
              "Mangelen er størst på fagarbeidere med yrkesfaglig utdanning, særlig innen tekniske fag og helse. "
              "Bedriftene peker på at det tar lang tid å utvikle nye tilbud i fagskolene og ved universitetene, og "
              "at små bedrifter har liten kapasitet til å frigjøre ansatte til opplæring. Tallene er ikke tiltak, "
              "men gir bakgrunn for prioriteringene under.")
    doc.add_heading("2. Tiltak 2019", 1)
    hdr = ["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Tidsrom"]
    t = doc.add_table(rows=1, cols=len(hdr)); t.style = "Table Grid"
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, bold=True, size=8.5); shade(t.rows[0].cells[i], "D6DCE4")
    repeat_header(t.rows[0])
    start = None; prev = None
    for k, r in enumerate(rows):
        c = t.add_row().cells; cant_split(t.rows[-1])
        cell_text(c[1], [r["t"]], size=8.5)
        p = c[1].add_paragraph(); x = p.add_run(r["desc"]); x.font.size = Pt(8.5); x.italic = True
        cell_text(c[2], r["tp"], size=8.5); cell_text(c[3], r["r"], size=8.5)
        cell_text(c[4], join(r["p"]) if r["p"] else "", size=8.5); cell_text(c[5], r["per"], size=8.5)
        if r["dp"] == prev:
            t.cell(start, 0).merge(t.cell(k + 1, 0))
        else:
            start = k + 1; prev = r["dp"]; cell_text(c[0], r["dp"], bold=True, size=8.5)
    set_widths(t, [1.6, 5.9, 2.8, 1.9, 3.6, 2.4])
    para(doc, "Sum tiltak: 9", bold=True, size=8.5)
    doc.add_heading("3. Veien videre", 1)
    para(doc, "NHO vil i 2020 prioritere bransjeprogrammene og arbeidet med Kompetansereformen.")
    doc.save(out(f["file"], True))

# ------------------------------------------------------------------ 10 KS 2019, summary table + detail with fact tables
def ks_2019():
    f = BY_NAME["KS_rapport_NKPS_2019.pdf"]; rows = f["rows"]
    doc = base("Liberation Serif", 11)
    footer(doc, "KS · Rapport til Kompetansepolitisk råd 2019")
    para(doc, "KS", bold=True, size=28, color="7030A0")
    para(doc, "Rapport om oppfølging av Nasjonal kompetansepolitisk strategi 2019", bold=True, size=16)
    para(doc, "Denne rapporten gir først en oversikt over tiltakene og omtaler deretter hvert tiltak nærmere. "
              "Der tiltaket er videreført fra 2018, er dette markert i oversikten³.")
    doc.add_heading("Oversikt over tiltak 2019", 1)
    st = {"KS_DIGI": "Videreført", "KS_MONITOR": "Videreført", "SAMFK": "Videreført"}
    table(doc, ["Tiltak", "Delmål", "Status"], [[r["st"], r["sdp"], st.get(r["id"], "Nytt")] for r in rows], widths=[10, 2.5, 3])
    para(doc, "Antall tiltak: 7, hvorav 3 videreført fra 2018.", size=9)
    page_break(doc)
    doc.add_heading("Nærmere omtale av tiltakene", 1)
    for i, r in enumerate(rows):
        doc.add_heading(r["t"], 2)
        t = doc.add_table(rows=0, cols=2); t.style = "Light Grid Accent 4" if False else "Table Grid"
        for lab, val in [("Delmål", r["dp"]), ("Type", r["tp"]), ("Ansvarlig", r["r"]),
                         ("Samarbeidspartnere", join(r["p"]) if r["p"] else "–"), ("Periode", r["per"])]:
            c = t.add_row().cells; cell_text(c[0], lab, bold=True, size=9.5); cell_text(c[1], val, size=9.5)
            shade(c[0], "E4DFEC")
        set_widths(t, [4, 12.5])
        p = para(doc, r["desc"])
        if r["id"] == "BRANSJE_HO": p.add_run("¹")
        if r["id"] == "SRY": p.add_run("²")
    para(doc, "_____")
    for x in ["¹ Programmet ble etablert i revidert nasjonalbudsjett 2019; KS deltar i styringsgruppen.",
              "² I oversikten er tiltaket ført under delmål 1.4; i omtalen er også delmål 2.3 tatt med.",
              "³ Tiltak som kun er nevnt i årsberetningen, er ikke tatt med."]:
        para(doc, x, size=8)
    doc.save(out(f["file"], True))

# ------------------------------------------------------------------ 11 Møre og Romsdal årsmelding kap. 5 (nynorsk)
def mr_2019():
    f = BY_NAME["MR_fylkeskommune_arsmelding_2019_kap5.pdf"]; rows = f["rows"]
    doc = base("Liberation Sans", 10)
    footer(doc, "Møre og Romsdal fylkeskommune · Årsmelding 2019", header="Kapittel 5 Kompetanse og utdanning")
    para(doc, "5 Kompetanse og utdanning", bold=True, size=18, color="1F4E79")
    doc.add_heading("5.1 Innleiing", 2)
    para(doc, "Dette kapitlet er også fylkeskommunen si rapportering til Kompetansepolitisk råd. Tiltak som følgjer "
              "opp Nasjonal kompetansepolitisk strategi, er merkte med delmål og type under kvar overskrift.")
    t = doc.add_table(rows=1, cols=1); t.style = "Table Grid"; c = t.rows[0].cells[0]; shade(c, "DEEAF6")
    cell_text(c, "Nøkkeltal 2019", bold=True, size=10)
    for x in ["Elevar i vidaregåande opplæring: 11 420", "Lærlingar med kontrakt: 2 157", "Vaksne i vidaregåande opplæring: 618",
              "Gjennomføring (5 år): 77,4 %", "Nye kompetansetiltak i 2019: 6"]:
        c.add_paragraph(x)
    groups = [("5.2", "Regional kompetansepolitikk", ["MR_ALLIANSE", "MR_PLAN", "BIO"]),
              ("5.3", "Karriererettleiing og fagskule", ["MR_KARR", "MR_FAGSKULE"]),
              ("5.4", "Integrering", ["MR_INNV"])]
    byid = {r["id"]: r for r in rows}
    for num, name, ids in groups:
        doc.add_heading(f"{num} {name}", 2)
        for j, tid in enumerate(ids):
            r = byid[tid]
            doc.add_heading(f"{num}.{j + 1} {r['t']}", 3)
            para(doc, r["desc"] + f" Ansvarleg er {r['r']}, og tiltaket vert gjennomført saman med {join(r['p'])}.")
            para(doc, f"NKPS-delmål: {r['dp']} · Type: {r['tp']} · Periode: {r['per']}", italic=True, size=9)
    doc.add_heading("5.5 Økonomi", 2)
    table(doc, ["Område", "Rekneskap 2019 (mill. kr)", "Budsjett 2019 (mill. kr)"],
          [["Vidaregåande opplæring", "1 512,4", "1 498,0"], ["Fagskule", "58,2", "57,5"], ["Karriererettleiing", "6,1", "6,0"]])
    doc.save(out(f["file"], True))

# ------------------------------------------------------------------ 17 LO 2021, one table per area
def lo_2021():
    f = BY_NAME["LO_rapportering_2021.pdf"]; rows = f["rows"]
    doc = base("Liberation Sans", 10, landscape=True)
    footer(doc, "LO · Rapportering til Kompetansepolitisk råd 2021")
    para(doc, "LO", bold=True, size=30, color="C00000")
    para(doc, "Rapportering 2021 – Nasjonal kompetansepolitisk strategi", bold=True, size=16)
    doc.add_heading("Forord", 2)
    para(doc, "Strategiperioden 2017–2021 er over. LO mener strategien bør videreføres, og at partssamarbeidet i "
              "bransjeprogrammene viser at trepartssamarbeid virker. Tabellene under viser LOs tiltak i 2021, "
              "ordnet etter hovedinnsatsområde.")
    cur = None
    for a in ["1", "2", "3"]:
        sub = [r for r in rows if area(r) == a]
        if not sub: continue
        doc.add_heading(AREAS[a], 2)
        hdr = ["Tiltak", "Delmål", "Type", "Ansvarlig/partnere", "Periode"]
        t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
        for i, h in enumerate(hdr):
            cell_text(t.rows[0].cells[i], h, bold=True, size=9); shade(t.rows[0].cells[i], "F4B084")
        repeat_header(t.rows[0])
        for r in sub:
            c = t.add_row().cells; cant_split(t.rows[-1])
            cell_text(c[0], [r["t"]], size=9); pp = c[0].add_paragraph(); x = pp.add_run(r["desc"]); x.font.size = Pt(8.5)
            cell_text(c[1], r["dp"], size=9); cell_text(c[2], r["tp"], size=9)
            cell_text(c[3], [f"Ansvarlig: {r['r']}", f"Partnere: {join(r['p'])}" if r["p"] else "Partnere: –"], size=9)
            cell_text(c[4], r["per"], size=9)
        set_widths(t, [10.2, 2, 3.5, 5.5, 4])
        para(doc, "")
    doc.add_heading("Møter og innspill 2021", 2)
    for x in ["9. februar: Kompetansepolitisk råd (digitalt)", "22. april: Innspill til ny strategi etter 2021",
              "7. september: Arendalsuka – debatt om voksnes læring", "1. desember: Kompetansepolitisk råd"]:
        para(doc, x, style="List Bullet")
    doc.save(out(f["file"], True))

ALL = [lo_2018, ks_2018, virke_2018, vofo_2017, ys_2019, aka_2019, regj_2020, nav_2021, vestland_2021, nho_2024,
       sfj_2018, nho_2019, ks_2019, mr_2019, lo_2021]

if __name__ == "__main__":
    for fn in ALL:
        fn(); print("built", fn.__name__)
