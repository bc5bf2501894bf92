# -*- coding: utf-8 -*-
"""Word templates (python-docx). Some are converted to PDF with LibreOffice by build.py."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from common import dm_text, type_text, title_printed, og, section_heading, WORDS_NB

def base(font="Calibri", size=11, margins=2.2, landscape=False):
    d = Document()
    st = d.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    s = d.sections[0]
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE; s.page_width, s.page_height = s.page_height, s.page_width
    for a in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, a, Cm(margins))
    return d

def page_field(par, instr="PAGE"):
    run = par.add_run()
    a = OxmlElement("w:fldChar"); a.set(qn("w:fldCharType"), "begin")
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = instr
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "separate")
    r = OxmlElement("w:t"); r.text = "1"
    c = OxmlElement("w:fldChar"); c.set(qn("w:fldCharType"), "end")
    for e in (a, t, b, r, c): run._r.append(e)

def header_footer(d, head=None, foot=None, pages="Side {P}", align_head=WD_ALIGN_PARAGRAPH.RIGHT):
    s = d.sections[0]
    if head:
        p = s.header.paragraphs[0]; p.text = head; p.alignment = align_head
        for r in p.runs: r.font.size = Pt(8); r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    p = s.footer.paragraphs[0]
    if foot: p.add_run(foot + "   ").font.size = Pt(8)
    if pages:
        pre, _, post = pages.partition("{P}")
        p.add_run(pre).font.size = Pt(8); page_field(p)
        if "{N}" in post:
            a, _, b = post.partition("{N}"); p.add_run(a).font.size = Pt(8); page_field(p, "NUMPAGES"); p.add_run(b)
        else: p.add_run(post)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr(); sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), color); tcPr.append(sh)

def cell(c, text, bold=False, size=None, color=None, italic=False):
    c.text = ""
    p = c.paragraphs[0]
    lines = text.split("\n") if text else [""]
    for i, ln in enumerate(lines):
        if i: p = c.add_paragraph()
        r = p.add_run(ln); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if color: r.font.color.rgb = RGBColor.from_string(color)
    return c

def widths(t, ws):
    t.autofit = False
    grid = t._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(ws): gc.set(qn("w:w"), str(int(ws[i] * 567)))
    for i, col in enumerate(t.columns):
        if i < len(ws): col.width = Cm(ws[i])
    for row in t.rows:
        for i, w in enumerate(ws):
            row.cells[i].width = Cm(w)

def para(d, text, bold=False, size=None, italic=False, align=None, color=None, space_after=None, style=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None: p.paragraph_format.space_after = Pt(space_after)
    return p

def runin(d, label, value, size=None):
    p = d.add_paragraph(); r = p.add_run(label); r.bold = True
    r2 = p.add_run(value)
    if size: r.font.size = r2.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(2)
    return p

def P(m): return og(m["partners"])

# ------------------------------------------------------------------ YS 2019: one form table per measure
def ys2019(r, path):
    d = base("Arial", 10)
    header_footer(d, "YS – Yrkesorganisasjonenes Sentralforbund", "Rapportering til Kompetansepolitisk råd 2019", "Side {P} av {N}")
    para(d, "Rapportering fra YS – oppfølging av Nasjonal kompetansepolitisk strategi", True, 16, color="1F3864")
    para(d, "Rapporteringsår: 2019", italic=True)
    para(d, "YS har i 2019 videreført hovedtyngden av tiltakene fra tidligere år. Nedenfor følger ett skjema per tiltak, "
            "slik sekretariatet har bedt om. Tiltak som er videreført fra tidligere år er merket.")
    for i, m in enumerate(r["measures"], 1):
        para(d, f"Skjema {i}", True, 9, color="777777", space_after=0)
        t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
        rows = [("Navn på tiltak", title_printed(m)), ("Relasjon til delmål", dm_text(m, "ys2019")),
                ("Type tiltak", type_text(m, "ys2019")), ("Ansvarlig", m["responsible"]),
                ("Samarbeidspartnere", P(m) or "–"), ("Tidspunkt og varighet", m["period"]), ("Beskrivelse", m["description"])]
        for a, b in rows:
            c = t.add_row().cells; cell(c[0], a, True); shade(c[0], "DCE6F1"); cell(c[1], b)
        widths(t, [4.2, 12.3]); d.add_paragraph()
    para(d, "Kontaktperson i YS", True)
    t = d.add_table(rows=3, cols=2); t.style = "Table Grid"
    for i, (a, b) in enumerate([("Navn", "Rådgiver Kari Nordbø"), ("E-post", "kari.nordbo@ys.no"), ("Telefon", "22 06 20 00")]):
        cell(t.rows[i].cells[0], a, True); cell(t.rows[i].cells[1], b)
    d.save(path)

# ------------------------------------------------------------------ YS 2022 (LO -> PDF): landscape table + statistics
def ys2022(r, path):
    d = base("Liberation Sans", 9.5, 1.6, landscape=True)
    header_footer(d, "YS | Tiltak 2022 | Nasjonal kompetansepolitisk strategi", None, "{P}")
    para(d, "YS – tiltak for oppfølging av kompetansestrategien, 2022", True, 15)
    para(d, "Tabellen viser YS sine tiltak i 2022. Kolonnen «Nr.» er YS sin egen løpenummerering og er ikke knyttet til delmålene.")
    cols = ["Nr.", "Tiltak", "Delmål", "Type", "Ansvar", "Samarbeidspartnere", "Periode"]
    t = d.add_table(rows=1, cols=len(cols)); t.style = "Table Grid"
    for i, h in enumerate(cols): cell(t.rows[0].cells[i], h, True); shade(t.rows[0].cells[i], "FCE4D6")
    for i, m in enumerate(r["measures"], 1):
        c = t.add_row().cells
        vals = [f"{i}.", title_printed(m), dm_text(m, "ys2022"), type_text(m, "ys2022"), m["responsible"], P(m) or "–", m["period"]]
        for j, v in enumerate(vals): cell(c[j], v)
    widths(t, [1.2, 7.5, 2.2, 3.2, 2.6, 5.8, 3.0])
    d.add_paragraph()
    para(d, "Antall tiltak per hovedinnsatsområde", True)
    t = d.add_table(rows=4, cols=3); t.style = "Table Grid"
    for i, row in enumerate([("Hovedinnsatsområde", "2021", "2022"), ("1 Gode valg", "2", "2"), ("2 Læring i arbeidslivet", "5", "4"), ("3 Voksne med svak tilknytning", "0", "0")]):
        for j, v in enumerate(row): cell(t.rows[i].cells[j], v, i == 0)
    para(d, "Merknad: I tillegg deltar YS-forbundene i en rekke lokale prosjekter som ikke er rapportert her.", italic=True, size=8)
    d.save(path)

# ------------------------------------------------------------------ Unio 2018: numbered headings + paragraphs
def unio2018(r, path):
    d = base("Times New Roman", 11.5)
    header_footer(d, "Unio – hovedorganisasjon for universitets- og høyskoleutdannede", None, "– {P} –")
    para(d, "Til Kompetansepolitisk råd v/ Kunnskapsdepartementet", size=10)
    para(d, "Oslo, 15. desember 2018", size=10, align="r")
    para(d, "Unios rapport om oppfølging av Nasjonal kompetansepolitisk strategi 2018", True, 15)
    para(d, "Unio organiserer over 370 000 medlemmer i 13 forbund. Vi viser til bestillingen fra sekretariatet og rapporterer "
            "her om Unios tiltak i 2018. For hvert tiltak er delmål, type og ansvar oppgitt.")
    para(d, "Møter i rådet i 2018", True, 12)
    for s in ["Møte i Kompetansepolitisk råd 7. februar 2018", "Møte i Kompetansepolitisk råd 13. juni 2018", "Arbeidsmøte om rapportering 24. oktober 2018"]:
        d.add_paragraph(s, style="List Bullet")
    para(d, "Unios tiltak", True, 13)
    for i, m in enumerate(r["measures"], 1):
        p = d.add_paragraph(); rr = p.add_run(f"{i}. {title_printed(m)}"); rr.bold = True; rr.font.size = Pt(12)
        p = d.add_paragraph(); p.add_run(f"Tiltaket følger opp {dm_text(m, 'unio2018')}. Type: {type_text(m, 'unio2018')}.").italic = True
        runin(d, "Ansvarlig: ", m["responsible"])
        if m["partners"]: runin(d, "Samarbeidspartnere: ", P(m))
        runin(d, "Tidsrom: ", m["period"])
        para(d, m["description"])
    para(d, "Med vennlig hilsen")
    para(d, "Unio\nRagnhild Lied, leder")
    d.save(path)

# ------------------------------------------------------------------ Unio 2020 (LO -> PDF): section per delmål + table
def unio2020(r, path):
    d = base("Liberation Serif", 11)
    header_footer(d, "Unio rapport 2020", "Unio", "side {P}")
    para(d, "Unio", True, 28, color="C00000")
    para(d, "Rapport om tiltak 2020 – Nasjonal kompetansepolitisk strategi", True, 16)
    para(d, "Innhold: 1 Innledning · 2 Tiltak sortert etter delmål · 3 Nøkkeltall", italic=True, size=9)
    para(d, "1 Innledning", True, 13)
    para(d, "Koronapandemien preget året. Flere av Unios arrangementer ble gjennomført digitalt. Tiltakene er sortert etter delmålene i strategien; "
            "delmålet står i overskriften og gjelder alle tiltakene i tabellen under.")
    para(d, "2 Tiltak sortert etter delmål", True, 13)
    seen = []
    for m in r["measures"]:
        k = m["delmal"][0]
        if k not in seen: seen.append(k)
    for k in seen:
        para(d, section_heading(k, "unio2020"), True, 11.5, color="C00000")
        t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
        for i, h in enumerate(["Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Tidsrom"]):
            cell(t.rows[0].cells[i], h, True, 9.5)
        for m in r["measures"]:
            if m["delmal"][0] != k: continue
            c = t.add_row().cells
            for j, v in enumerate([title_printed(m), type_text(m, "unio2020"), m["responsible"], P(m) or "", m["period"]]):
                cell(c[j], v, size=9.5)
        widths(t, [5.5, 2.6, 2.6, 3.6, 2.2]); d.add_paragraph()
    para(d, "3 Nøkkeltall", True, 13)
    t = d.add_table(rows=3, cols=2); t.style = "Table Grid"
    for i, (a, b) in enumerate([("Medlemmer i Unio-forbundene", "373 000"), ("Tillitsvalgte som deltok på skolering", "1 150"), ("Antall rapporterte tiltak", str(len(r["measures"])))]):
        cell(t.rows[i].cells[0], a); cell(t.rows[i].cells[1], b)
    d.save(path)

# ------------------------------------------------------------------ Unio 2023: short report, bold title + one meta line
def unio2023(r, path):
    d = base("Calibri", 10.5, 2.5)
    header_footer(d, None, "Unio – kortrapport NKPS 2023", "{P}")
    para(d, "Kortrapport 2023", True, 20, color="8B0000")
    para(d, "Unios bidrag til oppfølgingen av kompetansestrategien", italic=True, size=12)
    para(d, "Strategiperioden er over, men rådet har bedt medlemmene fortsette å rapportere i samme format. "
            "Hvert tiltak har en linje med delmål, type, ansvar, partnere og periode.")
    for m in r["measures"]:
        para(d, title_printed(m), True, 11.5, space_after=0)
        meta = [f"Delmål {dm_text(m, 'unio2023')}", type_text(m, "unio2023"), f"Ansvar: {m['responsible']}"]
        if m["partners"]: meta.append(f"Partnere: {P(m)}")
        meta.append(m["period"])
        para(d, " | ".join(meta), size=9, color="555555", space_after=2)
        para(d, m["description"])
    para(d, "Nøkkeltall 2023", True, 11)
    t = d.add_table(rows=3, cols=3); t.style = "Light Grid Accent 2"
    for i, row in enumerate([("", "2022", "2023"), ("Medlemmer", "378 000", "385 000"), ("Forbund", "13", "13")]):
        for j, v in enumerate(row): cell(t.rows[i].cells[j], v)
    d.save(path)

# ------------------------------------------------------------------ Akademikerne 2017: row table with old numbers
def aka2017(r, path):
    d = base("Georgia", 9.5, 1.8, landscape=True)
    header_footer(d, "AKADEMIKERNE", "Rapportering NKPS 2017", "Side {P}")
    para(d, "Akademikernes rapportering på Nasjonal kompetansepolitisk strategi 2017", True, 14)
    para(d, "Kolonnen «NKPS nr.» viser til nummereringen av tiltakene i strategien (1–16).", italic=True)
    cols = ["Tiltak", "NKPS nr.", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Tidsrom", "Beskrivelse"]
    t = d.add_table(rows=1, cols=len(cols)); t.style = "Table Grid"
    for i, h in enumerate(cols): cell(t.rows[0].cells[i], h, True, color="FFFFFF"); shade(t.rows[0].cells[i], "00395D")
    for m in r["measures"]:
        c = t.add_row().cells
        for j, v in enumerate([title_printed(m), dm_text(m, "aka2017"), type_text(m, "aka2017"), m["responsible"], P(m), m["period"], m["description"]]):
            cell(c[j], v)
    widths(t, [6.0, 1.6, 2.8, 2.8, 3.0, 2.0, 7.0])
    d.add_paragraph()
    para(d, "Akademikerne har i tillegg deltatt på møtene i Kompetansepolitisk råd 8. mai og 4. desember 2017.", size=9)
    d.save(path)

# ------------------------------------------------------------------ Akademikerne 2021: memo, sections in words
def aka2021(r, path):
    d = base("Cambria", 11)
    header_footer(d, "Akademikerne – NOTAT", None, "{P}")
    para(d, "NOTAT", True, 22)
    t = d.add_table(rows=4, cols=2); t.style = "Table Grid"
    for i, (a, b) in enumerate([("Til:", "Kompetansepolitisk råd"), ("Fra:", "Akademikerne, sekretariatet"), ("Dato:", "30.11.2021"), ("Sak:", "Rapportering 2021")]):
        cell(t.rows[i].cells[0], a, True); cell(t.rows[i].cells[1], b)
    d.add_paragraph()
    para(d, "Akademikerne organiserer 13 foreninger med om lag 230 000 medlemmer. Tiltakene nedenfor er ordnet under delmålene i strategien.")
    order = []
    for m in r["measures"]:
        if m["delmal"][0] not in order: order.append(m["delmal"][0])
    for k in order:
        d.add_heading(section_heading(k, "aka2021"), level=2)
        for m in r["measures"]:
            if m["delmal"][0] != k: continue
            d.add_heading(title_printed(m), level=3)
            para(d, m["description"])
            runin(d, "Type: ", type_text(m, "aka2021")); runin(d, "Ansvar: ", m["responsible"])
            runin(d, "Samarbeid: ", P(m)); runin(d, "Periode: ", m["period"])
    para(d, "Spørsmål om notatet kan rettes til seniorrådgiver Per Ås, per.as@akademikerne.no.", italic=True, size=9)
    d.save(path)

# ------------------------------------------------------------------ Virke 2020: table per measure, merged title row
def virke2020(r, path):
    d = base("Verdana", 9.5)
    header_footer(d, "Virke · Hovedorganisasjonen", "virke.no", "Side {P}")
    para(d, "HOVEDORGANISASJONEN VIRKE", True, 9, color="E30613")
    para(d, "Virkes rapport til Kompetansepolitisk råd 2020", True, 16)
    para(d, "Virke har i 2020 prioritert bransjeprogrammene og kompetansebehov i handel og tjenesteyting. Delmålene oppgis med ordlyden fra strategien.")
    for i, m in enumerate(r["measures"], 1):
        t = d.add_table(rows=1, cols=2); t.style = "Table Grid"
        a, b = t.rows[0].cells; m0 = a.merge(b)
        cell(m0, f"Tiltak {i}: {title_printed(m)}", True, 10.5, color="FFFFFF"); shade(m0, "E30613")
        for lab, val in [("Delmål i strategien", dm_text(m, "virke2020")), ("Type", type_text(m, "virke2020")),
                         ("Ansvarlig", m["responsible"]), ("Samarbeidspartnere", P(m)), ("Tidspunkt og varighet", m["period"]),
                         ("Beskrivelse", m["description"])]:
            c = t.add_row().cells; cell(c[0], lab, True); cell(c[1], val)
        widths(t, [4.5, 12.0]); d.add_paragraph()
    t = d.add_table(rows=1, cols=1); t.style = "Table Grid"
    cell(t.rows[0].cells[0], "Kontakt\nFagsjef kompetanse Ingrid Sand\nTelefon 22 54 17 00\ningrid.sand@virke.no", size=9); shade(t.rows[0].cells[0], "F2F2F2")
    d.save(path)

# ------------------------------------------------------------------ Virke 2024: status table
def virke2024(r, path):
    d = base("Arial", 9.5, 2.0)
    header_footer(d, "Virke – Statusrapport kompetanse 2024", None, "{P}")
    para(d, "Statusrapport 2024", True, 18)
    para(d, "Oppfølging av Nasjonal kompetansepolitisk strategi og kompetansereformen", size=11)
    para(d, "Statuskolonnen viser om tiltaket er nytt eller videreført fra tidligere rapporter.")
    cols = ["Tiltak", "Status", "Delmål", "Kategori", "Ansvar", "I samarbeid med", "Periode"]
    t = d.add_table(rows=1, cols=len(cols)); t.style = "Light List Accent 1"
    for i, h in enumerate(cols): cell(t.rows[0].cells[i], h, True)
    status = {"BP-VH": "Videreført", "CONF-VIRKE": "Årlig", "VIRKE-LAERE": "Videreført"}
    for m in r["measures"]:
        c = t.add_row().cells
        for j, v in enumerate([title_printed(m), status.get(m["tiltak_id"], "Ny"), dm_text(m, "virke2024"), type_text(m, "virke2024"),
                               m["responsible"], P(m) or "–", m["period"]]):
            cell(c[j], v)
    widths(t, [5.0, 1.9, 1.4, 2.4, 1.6, 3.3, 2.0])
    d.add_paragraph()
    para(d, "Avsluttet siden forrige rapport: studien om ny teknologi i varehandelen (ferdigstilt 2020).", italic=True, size=9)
    d.save(path)

# ------------------------------------------------------------------ VOFO 2017: Spekter-like forms with old numbers
def vofo2017(r, path):
    d = base("Calibri", 11)
    header_footer(d, "VOFO – Voksenopplæringsforbundet", "Rapport NKPS 2017", "{P}")
    para(d, "Voksenopplæringsforbundet (VOFO)", True, 14)
    para(d, "Rapportering av tiltak 2017 – Nasjonal kompetansepolitisk strategi", True, 13)
    para(d, "Rapporteringspunkter:", True)
    for i, m in enumerate(r["measures"], 1):
        para(d, f"{i}. {title_printed(m)}", space_after=0)
        para(d, f"Relasjon til NKPS tiltak nr. {dm_text(m, 'vofo2017')}.", italic=True)
    n = len(r["measures"])
    for i, m in enumerate(r["measures"]):
        d.add_page_break()
        para(d, "1. Tiltak i Nasjonal kompetansepolitisk strategi", True)
        para(d, title_printed(m)); para(d, f"Relasjon til NKPS tiltak nr. {dm_text(m, 'vofo2017')}.")
        para(d, f"Type tiltak: {type_text(m, 'vofo2017')}")
        para(d, "2. Ansvarlig og samarbeidspartnere", True)
        para(d, f"Ansvarlig: {m['responsible']}. Samarbeidspartnere: {P(m)}.")
        para(d, "3. Beskrivelse av tiltaket (maks en halv side)", True)
        para(d, m["description"])
        para(d, "4. Tidspunkt og varighet", True)
        para(d, f"{n + 1 + i}. {m['period']}")   # leaked list numbering, as in Word
    d.add_paragraph()
    para(d, "Med hilsen\nVOFO\nSturla Bjerkaker, generalsekretær")
    d.save(path)

# ------------------------------------------------------------------ VOFO 2025 (LO -> PDF): title+description cell
def vofo2025(r, path):
    d = base("Liberation Sans", 9.5, 1.8, landscape=True)
    header_footer(d, "VOFO | Voksenopplæringsforbundet", "Rapport til Kompetansepolitisk råd 2025", "{P}")
    para(d, "VOFO – rapport 2025", True, 18, color="2E7D32")
    para(d, "Studieforbundene er en viktig del av voksnes læring. Tabellen viser VOFOs tiltak i 2025. I 2025 gjennomførte studieforbundene "
            "om lag 60 000 kurs med 480 000 deltakere (tall fra SSB), men dette er ikke tiltak i rapporteringens forstand.")
    cols = ["Tiltak og beskrivelse", "Delmål", "Type tiltak", "Ansvarlig", "Partnere", "Periode"]
    t = d.add_table(rows=1, cols=len(cols)); t.style = "Table Grid"
    for i, h in enumerate(cols): cell(t.rows[0].cells[i], h, True); shade(t.rows[0].cells[i], "C8E6C9")
    for m in r["measures"]:
        c = t.add_row().cells
        c0 = c[0]; c0.text = ""
        p = c0.paragraphs[0]; p.add_run(title_printed(m)).bold = True
        c0.add_paragraph(m["description"])
        for j, v in enumerate([dm_text(m, "vofo2025"), type_text(m, "vofo2025"), m["responsible"], P(m), m["period"]], 1):
            cell(c[j], v)
    widths(t, [10.0, 2.2, 2.8, 2.2, 4.0, 2.5])
    d.add_paragraph()
    para(d, "Kontakt: VOFO, Rådhusgata 5, 0151 Oslo · post@vofo.no", size=8)
    d.save(path)

# ------------------------------------------------------------------ Kompetanse Norge 2019: report with numbered sections
def kn2019(r, path):
    d = base("Calibri", 11)
    header_footer(d, "Kompetanse Norge", "Rapportering NKPS 2019", "Side {P} av {N}")
    para(d, "Kompetanse Norge", True, 12, color="006E8C")
    para(d, "Oppfølging av Nasjonal kompetansepolitisk strategi – rapport for 2019", True, 18)
    para(d, "1 Sammendrag", True, 14)
    para(d, "Kompetanse Norge rapporterer åtte tiltak i 2019. Direktoratet er også sekretariat for rådet og har utarbeidet "
            "oppsummeringen av alle medlemmenes rapporter. Den er ikke en del av denne rapporten.")
    para(d, "2 Statistikk", True, 14)
    t = d.add_table(rows=4, cols=3); t.style = "Table Grid"
    for i, row in enumerate([("Ordning", "Søknader", "Tildelt (mill. kr)"), ("Kompetansepluss arbeid", "212", "118,5"), ("Kompetansepluss frivillighet", "96", "21,0"), ("Karriereveiledning (fylkesvise tilskudd)", "19", "37,2")]):
        for j, v in enumerate(row): cell(t.rows[i].cells[j], v, i == 0)
    para(d, "Tabell 1: Tilskudd 2019. Tallene gjelder tilskudd, ikke tiltak.", italic=True, size=9)
    para(d, "3 Tiltak", True, 14)
    for i, m in enumerate(r["measures"], 1):
        para(d, f"3.{i} {title_printed(m)}", True, 12, color="006E8C")
        t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
        for lab, val in [("Delmål", dm_text(m, "kn2019")), ("Type tiltak", type_text(m, "kn2019")), ("Ansvarlig", m["responsible"]),
                         ("Samarbeidspartnere", P(m)), ("Periode", m["period"])]:
            c = t.add_row().cells; cell(c[0], lab, True); cell(c[1], val)
        widths(t, [4.0, 12.0])
        para(d, m["description"])
    d.save(path)

# ------------------------------------------------------------------ HK-dir 2026: run-in labels, meetings appendix
def hk2026(r, path):
    d = base("Open Sans", 10.5)
    header_footer(d, "Direktoratet for høyere utdanning og kompetanse (HK-dir)", None, "{P}")
    para(d, "Rapport til Kompetansepolitisk råd 2026", True, 18, color="3C1053")
    para(d, "HK-dir – tiltak i oppfølgingen av kompetansepolitikken", size=12)
    para(d, "Kompetanse Norge ble en del av HK-dir i 2021. Tiltakene under er de HK-dir selv har ansvar for.")
    for m in r["measures"]:
        p = d.add_paragraph(style="List Bullet"); rr = p.add_run(title_printed(m)); rr.bold = True
        p2 = d.add_paragraph()
        p2.add_run(m["description"] + " ")
        p2.add_run(f"Knyttet til {dm_text(m, 'hk2026')} ({type_text(m, 'hk2026')}). ")
        p2.add_run(f"Ansvarlig: {m['responsible']}. Samarbeid med {P(m)}. Periode: {m['period']}.")
    para(d, "Vedlegg: Møter i Kompetansepolitisk råd 2026", True, 12)
    t = d.add_table(rows=4, cols=2); t.style = "Table Grid"
    for i, (a, b) in enumerate([("Dato", "Tema"), ("12. februar 2026", "Kompetansebehov og KBU-rapport"), ("10. juni 2026", "Voksnes læring"), ("2. desember 2026", "Rapportering og plan for 2027")]):
        cell(t.rows[i].cells[0], a, i == 0); cell(t.rows[i].cells[1], b, i == 0)
    para(d, "Med vennlig hilsen\nHK-dir, avdeling for kompetanse", size=10)
    d.save(path)

# ------------------------------------------------------------------ Innlandet 2021: table with contact column, cover
def inn2021(r, path):
    d = base("Calibri", 10, 2.0, landscape=True)
    header_footer(d, "Innlandet fylkeskommune", "Saksnr. 21/04512", "Side {P}")
    para(d, "Innlandet fylkeskommune", True, 20, color="1B5E20")
    para(d, "Rapportering til Kompetansepolitisk råd 2021", True, 14)
    para(d, "Behandlet i hovedutvalg for næring, kompetanse og kultur 24.11.2021 (sak 88/21).", italic=True)
    para(d, "Innlandet fylkeskommune rapporterer på tiltak der fylkeskommunen har ansvar eller deltar aktivt. Nasjonale ordninger som fylket bare "
            "forvalter er tatt med når fylket har egen aktivitet i ordningen.")
    cols = ["Tiltak", "Delmål", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Periode", "Beskrivelse", "Kontaktperson"]
    t = d.add_table(rows=1, cols=len(cols)); t.style = "Table Grid"
    for i, h in enumerate(cols): cell(t.rows[0].cells[i], h, True, 9); shade(t.rows[0].cells[i], "C5E0B4")
    contacts = ["Anne Berg", "Ola Vik", "Siri Lund", "Siri Lund", "Tor Hauge", "Anne Berg"]
    for m, k in zip(r["measures"], contacts):
        c = t.add_row().cells
        for j, v in enumerate([title_printed(m), dm_text(m, "inn2021"), type_text(m, "inn2021"), m["responsible"], P(m), m["period"], m["description"], k]):
            cell(c[j], v, size=9)
    widths(t, [4.0, 1.7, 2.2, 3.2, 3.0, 2.0, 6.0, 2.0])
    d.save(path)

# ------------------------------------------------------------------ Nordland 2023 (LO -> PDF): sections by delmål code
def nord2023(r, path):
    d = base("Liberation Sans", 10.5)
    header_footer(d, "Nordland fylkeskommune – Nordland fylkeskommune – Nordland fylkeskommune", None, "{P}")
    para(d, "Nordland fylkeskommune", True, 12, color="004B87")
    para(d, "Rapport om kompetansetiltak 2023", True, 18)
    para(d, "Oppfølging av Nasjonal kompetansepolitisk strategi og regional plan", italic=True)
    para(d, "Innhold", True)
    for s in ["Innledning", "Tiltak etter delmål", "Kontaktinformasjon"]: d.add_paragraph(s, style="List Number")
    para(d, "Innledning", True, 13)
    para(d, "Nordland har store avstander og mange små arbeidsplasser. Fylkeskommunen har siden 2020 hatt ansvar for flere "
            "kompetansepolitiske oppgaver som tidligere lå hos staten. I 2023 hadde karrieresentrene 4 100 veiledningssamtaler.")
    para(d, "Tiltak etter delmål", True, 13)
    order = []
    for m in r["measures"]:
        if m["delmal"][0] not in order: order.append(m["delmal"][0])
    for k in order:
        d.add_heading(section_heading(k, "nord2023"), level=2)
        for m in r["measures"]:
            if m["delmal"][0] != k: continue
            para(d, title_printed(m), True, 11, space_after=1)
            para(d, m["description"], space_after=1)
            extra = f" Tiltaket gjelder også delmål {', '.join(m['delmal'][1:])}." if len(m["delmal"]) > 1 else ""
            para(d, f"Type: {type_text(m, 'nord2023')}. Ansvar: {m['responsible']}. Samarbeid: {P(m)}. Periode: {m['period']}.{extra}", size=9.5)
    para(d, "Kontaktinformasjon", True, 13)
    para(d, "Seksjon for kompetanse og karriere, postmottak@nfk.no, telefon 75 65 00 00", size=9.5)
    d.save(path)

# ------------------------------------------------------------------ Vestland 2021 (nynorsk): form table per measure
def vest2021(r, path):
    d = base("Arial", 10)
    header_footer(d, "Vestland fylkeskommune – Rapportering NKPS 2021", None, "Side {P}")
    para(d, "VESTLAND FYLKESKOMMUNE", True, 10, color="00607A")
    para(d, "Rapportering til Kompetansepolitisk råd 2021", True, 16)
    para(d, "Vestland fylkeskommune har sidan samanslåinga i 2020 arbeidd med ein felles regional plan for kompetanse. "
            "Under følgjer eitt skjema per tiltak. Delmåla er oppgitt med nummer og kortform.")
    for m in r["measures"]:
        t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
        for lab, val in [("Namn på tiltak", title_printed(m)), ("Delmål", dm_text(m, "vest2021")), ("Type tiltak", type_text(m, "vest2021")),
                         ("Ansvarleg", m["responsible"]), ("Samarbeidspartnarar", P(m)), ("Tidsrom", m["period"]), ("Skildring", m["description"])]:
            c = t.add_row().cells; cell(c[0], lab, True); shade(c[0], "D9EEF2"); cell(c[1], val)
        widths(t, [4.2, 12.3]); d.add_paragraph()
    para(d, "Kontaktperson: rådgjevar Marit Eide, Vestland fylkeskommune", size=9)
    para(d, "Venleg helsing\nAvdeling for opplæring og kompetanse", size=9)
    d.save(path)

TEMPLATES = {f.__name__: f for f in [ys2019, ys2022, unio2018, unio2020, unio2023, aka2017, aka2021, virke2020, virke2024,
                                      vofo2017, vofo2025, kn2019, hk2026, inn2021, nord2023, vest2021]}
