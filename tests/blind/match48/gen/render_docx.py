# -*- coding: utf-8 -*-
"""Word templates (each member office its own). Also builds the .docx sources that LibreOffice turns into PDF."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docxkit import *
from data import WORDS

AREAS = {"1": "Hovedinnsatsområde 1: Gode valg for den enkelte og for samfunnet",
         "2": "Hovedinnsatsområde 2: Læring i arbeidslivet",
         "3": "Hovedinnsatsområde 3: Styrke kompetansen til voksne med svak tilknytning til arbeidslivet"}


def area_of(m):
    return m["delmal"][0][0]


# ------------------------------------------------------------------ F01 Regjeringen 2017
def regjeringen_2017(f, out):
    doc = Document()
    base_font(doc, "Times New Roman", 11)
    landscape(doc)
    header_footer(doc, header="Kunnskapsdepartementet", page_numbers=True)
    para(doc, "Kunnskapsdepartementet", bold=True, size=14)
    para(doc, "Vår ref.: 17/2841-4    Dato: 14.12.2017", size=9)
    para(doc, "Regjeringens oppfølging av Nasjonal kompetansepolitisk strategi – rapport til "
              "Kompetansepolitisk råd 2017", bold=True, size=16)
    para(doc, "Strategien ble signert 3. februar 2017. Nedenfor følger en oversikt over tiltak departementene "
              "har satt i gang eller videreført i 2017. Kolonnen «NKPS tiltak nr.» viser til nummereringen i "
              "strategiens tiltaksliste (1–16).")
    ms = f["measures"]
    t = doc.add_table(rows=1, cols=6)
    set_borders(t)
    hdr = ["Nr", "Tiltak", "NKPS tiltak nr.", "Ansvarlig dep.", "Samarbeid med", "Tidsramme"]
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, bold=True, size=9)
        shade(t.rows[0].cells[i], "D9D9D9")
    for n, m in enumerate(ms, 1):
        c = t.add_row().cells
        cell_text(c[0], f"{n}.", size=9)
        cell_text(c[1], m["title"], bold=True, size=9)
        if m["desc"]:
            para(c[1], m["desc"], size=8, italic=True)
        cell_text(c[2], m["dp"], size=9)
        cell_text(c[3], m["resp"], size=9)
        cell_text(c[4], m["pj"] or "", size=9)
        cell_text(c[5], m["period"] or "", size=9)
    widths = [Cm(1), Cm(9), Cm(2.5), Cm(2.5), Cm(6), Cm(4)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    para(doc, "")
    para(doc, "Møter i Kompetansepolitisk råd 2017", bold=True, size=12)
    for s in ["1. 7. mars 2017 – konstituerende møte, Oslo",
              "2. 13. juni 2017 – tema: kompetansebehovsutvalget",
              "3. 28. november 2017 – tema: rapportering og oppfølging"]:
        para(doc, s)
    para(doc, "")
    box = doc.add_table(rows=1, cols=1)
    set_borders(box, 8, "1F4E79")
    cell_text(box.rows[0].cells[0], "Kontaktperson: seniorrådgiver Ingrid Haugen, Kompetanseavdelingen, "
                                   "tlf. 22 24 70 00, postmottak@kd.dep.no", size=9)
    doc.save(out)


# ------------------------------------------------------------------ F04 LO 2019 google-docs style
def lo_2019(f, out):
    doc = Document()
    base_font(doc, "Arial", 11)
    p = para(doc)
    run(p, "LOs rapportering til Kompetansepolitisk råd 2019", bold=True, size=20)
    p = para(doc)
    run(p, "Landsorganisasjonen i Norge – avdeling for samfunnspolitikk", size=10, color="666666")
    para(doc, "LO organiserer over 950 000 medlemmer i 21 forbund. Under følger tiltakene LO har gjennomført "
              "eller deltatt i i 2019 for å følge opp Nasjonal kompetansepolitisk strategi. Tiltakene fra 2018 "
              "er ført videre der det står «fortsatt».")
    for n, m in enumerate(f["measures"], 1):
        p = para(doc)
        p.paragraph_format.space_before = Pt(10)
        run(p, f"{n}) ", bold=True, size=12)
        run(p, "Tiltak: ", bold=True, size=12)
        run(p, m["title"], bold=True, size=12)
        soft_break(p)
        run(p, "Delmål: ", bold=True)
        run(p, m["dp"])
        soft_break(p)
        run(p, "Type: ", bold=True)
        run(p, m["tp"])
        soft_break(p)
        run(p, "Ansvar: ", bold=True)
        run(p, m["resp"])
        if m["partners"]:
            soft_break(p)
            run(p, "Med: ", bold=True)
            run(p, m["pj"])
        soft_break(p)
        run(p, "Når: ", bold=True)
        run(p, m["period"])
        if m["desc"]:
            soft_break(p)
            run(p, "Kort om: ", bold=True)
            run(p, m["desc"])
        soft_break(p)
        run(p, "Kontaktperson: ", bold=True, size=9)
        run(p, ["Trine Lise Sundnes", "Are Tomasgard", "Ellen Stensrud"][n % 3], size=9)
    p = para(doc)
    p.paragraph_format.space_before = Pt(14)
    run(p, "Vedlegg: møter LO har deltatt i", bold=True, size=12)
    for s in ["21.03.2019 KPR-møte (KD)", "12.06.2019 innspillsmøte kompetansereformen, Bergen",
              "30.10.2019 KPR-møte (KD)"]:
        p = para(doc)
        run(p, "• " + s, size=10)
    doc.save(out)


# ------------------------------------------------------------------ F06 NHO 2020 content controls
def nho_2020(f, out):
    doc = Document()
    base_font(doc, "Calibri", 10.5)
    header_footer(doc, header="NHO | Rapportskjema – Nasjonal kompetansepolitisk strategi", page_numbers=True)
    p = para(doc)
    run(p, "Rapportskjema for medlemmer av Kompetansepolitisk råd", bold=True, size=16, color="003366")
    p = para(doc)
    run(p, "Organisasjon: ", bold=True)
    sdt_inline(p, "Organisasjon", "NHO")
    p = para(doc)
    run(p, "Rapporteringsår: ", bold=True)
    sdt_inline(p, "År", "2020")
    p = para(doc)
    run(p, "Om NHO: ", bold=True)
    sdt_inline(p, "Om", "NHO har 28 000 medlemsbedrifter med om lag 700 000 årsverk.")
    for n, m in enumerate(f["measures"], 1):
        para(doc, "")
        outer = doc.add_table(rows=1, cols=2)
        set_borders(outer, 12, "003366")
        left, right = outer.rows[0].cells
        left.width, right.width = Cm(1.6), Cm(15)
        shade(left, "003366")
        cell_text(left, f"{n}", bold=True, size=22, color="FFFFFF")
        p = right.paragraphs[0]
        run(p, "Navn på tiltak: ", bold=True)
        sdt_inline(p, "Tiltak", m["title"])
        inner = right.add_table(rows=0, cols=2)
        set_borders(inner, 4, "A0A0A0")
        rows = [("Delmål (nr.)", m["dp"]), ("Type tiltak", m["tp"]), ("Ansvarlig", m["resp"]),
                ("Samarbeidspartnere", m["pj"]), ("Periode", m["period"]), ("Beskrivelse", m["desc"])]
        for lab, val in rows:
            c = inner.add_row().cells
            cell_text(c[0], lab, bold=True, size=9)
            shade(c[0], "E7EEF6")
            sdt_inline(c[1].paragraphs[0], lab, val)
        para(right, "")
    para(doc, "")
    p = para(doc)
    run(p, "Skjemaet er fylt ut av: ", bold=True)
    sdt_inline(p, "Signatur", "Tonje Brenna Helland, fagsjef kompetanse, NHO")
    p = para(doc)
    run(p, "Dato: ", bold=True)
    sdt_inline(p, "Dato", "15.01.2021")
    doc.save(out)


# ------------------------------------------------------------------ F07 KS 2018 frames + footnotes
def ks_2018(f, out):
    doc = Document()
    base_font(doc, "Georgia", 10.5)
    header_footer(doc, header="KS – Kommunesektorens organisasjon", footer="Oppfølging av NKPS 2018",
                  page_numbers=True)
    notes = Notes(doc, "footnotes")
    para(doc, "Kompetanse i kommunesektoren", bold=True, size=22, color="7B2C3B")
    para(doc, "KS' oppfølging av Nasjonal kompetansepolitisk strategi i 2018", italic=True, size=13)
    para(doc, "Kommunesektoren har om lag 500 000 ansatte. KS arbeider for at kommunene skal ha tilgang på "
              "riktig kompetanse, og har i 2018 fulgt opp strategien gjennom prosjekter, forskning og deltakelse "
              "i nasjonale råd og utvalg. Faktarammene til høyre oppsummerer hvert tiltak.")
    para(doc, "KS i tall", bold=True, size=12)
    for s in ["356 kommuner og 18 fylkeskommuner er medlemmer", "21 000 lærlinger i kommunesektoren",
              "8 regionkontorer"]:
        para(doc, "– " + s, size=9.5)
    for m in f["measures"]:
        doc.add_heading(m["title"], level=2)
        lines = [("Fakta", True), (f"Delmål: {m['dp']}", False), (f"Type: {m['tp']}", False),
                 (f"Ansvar: {m['resp']}", False)]
        if m["partners"]:
            lines.append((f"Partnere: {m['pj']}", False))
        frame_para(doc, lines)
        p = para(doc, m["desc"], space_after=2)
        notes.add(p, f"Periode: {m['period']}.")
        p.paragraph_format.right_indent = Cm(6)
        para(doc, "")
    doc.save(out)


# ------------------------------------------------------------------ F09 Spekter 2017 numbered report
def spekter_2017(f, out):
    doc = Document()
    base_font(doc, "Calibri", 11)
    header_footer(doc, footer="Spekter – rapportering NKPS 2017", page_numbers=True)
    para(doc, "Spekters rapportering – oppfølging av Nasjonal kompetansepolitisk strategi 2017", bold=True, size=15)
    para(doc, "Rapporteringspunkter:", bold=True)
    ms = f["measures"]
    for n, m in enumerate(ms, 1):
        para(doc, f"{n}. {m['title']}", space_after=0)
        para(doc, f"Relasjon til {m['dp']}.", italic=True)
    for n, m in enumerate(ms, 1):
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        para(doc, "1. Tiltak i Nasjonal kompetansepolitisk strategi", bold=True)
        para(doc, m["title"])
        para(doc, f"Relasjon til {m['dp']}.")
        para(doc, "2. Ansvarlig og samarbeidspartnere", bold=True)
        if m["resp"] == "LO og Spekter":
            s = "LO og Spekter er i fellesskap ansvarlig for konferansen."
        else:
            s = f"{m['resp']} er ansvarlig for tiltaket."
        if m["partners"]:
            s += f" Samarbeidspartnere er {m['pj']}."
        para(doc, s)
        para(doc, "3. Beskrivelse av tiltaket (maks en halv side)", bold=True)
        para(doc, m["desc"])
        para(doc, "4. Tidspunkt og varighet", bold=True)
        para(doc, m["period"] + ".")
    doc.save(out)


# ------------------------------------------------------------------ F12 Virke 2020 headings
def virke_2020(f, out):
    doc = Document()
    base_font(doc, "Calibri", 11)
    header_footer(doc, header="Virke – Hovedorganisasjonen", page_numbers=True)
    doc.add_heading("Virkes rapport til Kompetansepolitisk råd 2020", level=0)
    para(doc, "Virke har 25 000 medlemsvirksomheter. Rapporten er ordnet etter strategiens hovedinnsatsområder.")
    cur = None
    for m in f["measures"]:
        a = area_of(m)
        if a != cur:
            doc.add_heading(AREAS[a], level=1)
            cur = a
        doc.add_heading(m["title"], level=2)
        for lab, key in [("Delmål", "dp"), ("Type", "tp"), ("Ansvar", "resp"), ("Partnere", "pj"),
                         ("Periode", "period")]:
            if m[key]:
                p = para(doc, space_after=0)
                run(p, lab + ": ", bold=True)
                run(p, m[key])
        if m["desc"]:
            para(doc, m["desc"])
    doc.add_heading("Møter i rådet 2020", level=1)
    for s in ["4. mars 2020 (fysisk møte)", "17. juni 2020 (Teams)", "25. november 2020 (Teams)"]:
        para(doc, s, style="List Bullet")
    doc.add_heading("Kontakt", level=1)
    para(doc, "Fagsjef kompetanse Siri Eriksen, tlf. 22 54 17 00")
    doc.save(out)


# ------------------------------------------------------------------ F14 Unio 2018 words-only delmål
def unio_2018(f, out):
    doc = Document()
    base_font(doc, "Cambria", 11)
    para(doc, "Unio – hovedorganisasjon for universitetsutdannede", bold=True, size=12, color="C00000")
    para(doc, "Til: Kompetansepolitisk råd v/ Kompetanse Norge", size=10)
    para(doc, "Vår ref.: 2018/114    Oslo, 10. januar 2019", size=10)
    para(doc, "Unios rapportering for 2018 – oppfølging av Nasjonal kompetansepolitisk strategi", bold=True, size=13)
    para(doc, "Unio viser til bestillingen fra sekretariatet. Vi har ordnet tiltakene etter strategiens mål. "
              "Unio organiserer 360 000 medlemmer i 11 forbund.")
    cur = None
    for m in f["measures"]:
        if m["sec"] != cur:
            cur = m["sec"]
            p = para(doc)
            p.paragraph_format.space_before = Pt(8)
            run(p, f"Tiltak som skal «{WORDS[cur]}»:", italic=True)
        p = para(doc, style="List Bullet")
        run(p, m["title"], bold=True)
        s = f". {m['tp']}. Ansvarlig: {m['resp']}."
        if m["partners"]:
            s += f" Samarbeid med {m['pj']}."
        s += f" Tidsrom: {m['period']}."
        run(p, s)
    para(doc, "")
    para(doc, "Med vennlig hilsen")
    para(doc, "Unio", bold=True, space_after=0)
    para(doc, "Ragnhild Lied, leder", space_after=0)
    doc.save(out)


# ------------------------------------------------------------------ F15 Akademikerne 2018 endnotes
def akademikerne_2018(f, out):
    doc = Document()
    base_font(doc, "Calibri", 10.5)
    notes = Notes(doc, "endnotes")
    header_footer(doc, header="AKADEMIKERNE", page_numbers=True)
    para(doc, "Akademikernes rapportering 2018", bold=True, size=18, color="2E5597")
    para(doc, "Akademikerne har i 2018 prioritert å styrke kunnskapsgrunnlaget om etter- og videreutdanning for "
              "høyt utdannede. Opplysninger om samarbeidspartnere og tidspunkt står i sluttnotene.")
    t = doc.add_table(rows=1, cols=4)
    set_borders(t, 4, "2E5597")
    for i, h in enumerate(["Tiltak", "Delmål", "Type", "Ansvarlig"]):
        cell_text(t.rows[0].cells[i], h, bold=True, color="FFFFFF")
        shade(t.rows[0].cells[i], "2E5597")
    for m in f["measures"]:
        c = t.add_row().cells
        p = cell_text(c[0], m["title"])
        notes.add(p, f"Samarbeidspartner: {m['pj']}. Tid: {m['period']}.")
        cell_text(c[1], m["dp"])
        cell_text(c[2], m["tp"])
        cell_text(c[3], m["resp"])
    for row in t.rows:
        for i, w in enumerate([Cm(9), Cm(2), Cm(2.5), Cm(4)]):
            row.cells[i].width = w
    para(doc, "")
    para(doc, "Medlemsforeningene", bold=True, size=12)
    t2 = doc.add_table(rows=1, cols=2)
    set_borders(t2)
    cell_text(t2.rows[0].cells[0], "Forening", bold=True)
    cell_text(t2.rows[0].cells[1], "Medlemmer", bold=True)
    for a, b in [("Legeforeningen", "36 000"), ("Tekna", "80 000"), ("Econa", "20 000"),
                 ("Samfunnsviterne", "11 000")]:
        c = t2.add_row().cells
        cell_text(c[0], a)
        cell_text(c[1], b)
    doc.save(out)


# ------------------------------------------------------------------ F17 VOFO 2021 status table
def vofo_2021(f, out, earlier_ids=()):
    doc = Document()
    base_font(doc, "Verdana", 9)
    landscape(doc)
    header_footer(doc, header="Voksenopplæringsforbundet (VOFO)", page_numbers=True)
    para(doc, "VOFOs rapportering til Kompetansepolitisk råd – 2021", bold=True, size=16, color="00695C")
    para(doc, "Forord", bold=True)
    para(doc, "Pandemien preget også 2021. Studieforbundene har lagt om store deler av kursvirksomheten til "
              "digitale flater. Tabellen viser hvilke tiltak som er nye og hvilke som er videreført.")
    para(doc, "Lars Vik, generalsekretær", italic=True, size=8)
    t = doc.add_table(rows=1, cols=8)
    set_borders(t, 4, "00695C")
    hdr = ["Tiltak", "Ny/videreført", "Delmål", "Type", "Ansvar", "Partnere", "Periode", "Kommentar"]
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, bold=True, color="FFFFFF")
        shade(t.rows[0].cells[i], "00695C")
    for m in f["measures"]:
        c = t.add_row().cells
        vals = [m["title"], "Videreført" if m["tid"] in earlier_ids else "Ny", m["dp"], m["tp"], m["resp"],
                m["pj"] or "", m["period"], m["desc"] or ""]
        for i, v in enumerate(vals):
            cell_text(c[i], v, bold=(i == 0))
    para(doc, "")
    para(doc, "Kursaktivitet 2021", bold=True, size=11)
    t2 = doc.add_table(rows=1, cols=3)
    set_borders(t2)
    for i, h in enumerate(["", "Kurs", "Deltakere"]):
        cell_text(t2.rows[0].cells[i], h, bold=True)
    for r in [("Studieforbund i alt", "41 250", "312 400"), ("Herav digitale kurs", "9 880", "71 200"),
              ("Norskopplæring", "1 430", "11 900")]:
        c = t2.add_row().cells
        for i, v in enumerate(r):
            cell_text(c[i], v)
    doc.save(out)


# ------------------------------------------------------------------ F18 Møre og Romsdal 2018 nynorsk
def more_romsdal_2018(f, out):
    doc = Document()
    base_font(doc, "Calibri", 11)
    header_footer(doc, header="Møre og Romsdal fylkeskommune – Regional- og næringsavdelinga", page_numbers=True)
    para(doc, "Rapportering til Kompetansepolitisk råd 2018", bold=True, size=16)
    para(doc, "Innleiing frå fylkesordføraren", bold=True)
    para(doc, "Møre og Romsdal har eit arbeidsliv med sterke klynger og stort behov for fagarbeidarar. Fylkestinget "
              "vedtok i 2018 tre mål for kompetansearbeidet. Tiltaka under er ordna etter desse måla, og "
              "koplinga til delmåla i Nasjonal kompetansepolitisk strategi står i parentes.")
    goals = [("Mål 1: Eit samordna kompetansesystem og god karriererettleiing i heile fylket", [0, 1, 2]),
             ("Mål 2: Fleire vaksne med fullført vidaregåande opplæring og fagbrev", [3, 4]),
             ("Mål 3: Tett samarbeid mellom skule og arbeidsliv", [5, 6])]
    ms = f["measures"]
    for gi, (g, idx) in enumerate(goals, 1):
        para(doc, g, bold=True, size=12, color="1F5C99")
        for k, i in enumerate(idx, 1):
            m = ms[i]
            p = para(doc, space_after=0)
            run(p, f"{gi}.{k} ", bold=True)
            run(p, m["title"], bold=True)
            run(p, f" ({m['dp']})")
            if m["desc"]:
                para(doc, m["desc"], space_after=0)
            s = f"Type: {m['tp']}. Ansvar: {m['resp']}."
            if m["partners"]:
                s += f" Partnarar: {m['pj']}."
            s += f" Periode: {m['period']}."
            para(doc, s, italic=True, size=9.5)
    para(doc, "Lærekontraktar i fylket", bold=True)
    t = doc.add_table(rows=1, cols=3)
    set_borders(t)
    for i, h in enumerate(["År", "Godkjende lærekontraktar", "Søkjarar med læreplass (%)"]):
        cell_text(t.rows[0].cells[i], h, bold=True)
    for r in [("2016", "1 512", "71,8"), ("2017", "1 588", "73,2"), ("2018", "1 640", "76,0")]:
        c = t.add_row().cells
        for i, v in enumerate(r):
            cell_text(c[i], v)
    doc.save(out)


# ------------------------------------------------------------------ F21 HK-dir 2023 merged rows
def hkdir_2023(f, out):
    doc = Document()
    base_font(doc, "Arial", 9.5)
    landscape(doc)
    header_footer(doc, header="HK-dir  |  Direktoratet for høyere utdanning og kompetanse", page_numbers=True)
    para(doc, "Tiltak i kompetansepolitikken 2023 – HK-dir", bold=True, size=16, color="00205B")
    para(doc, "Oversikten viser direktoratets tiltak knyttet til delmålene i strategien. Kolonnen «Status» "
              "viser tidsrom eller status per 31.12.2023.")
    t = doc.add_table(rows=1, cols=6)
    set_borders(t, 4, "00205B")
    for i, h in enumerate(["Delmål", "Tiltak", "Type", "Ansvarlig", "Samarbeidspartnere", "Status"]):
        cell_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "C9D3E6")
    cur = None
    for m in f["measures"]:
        a = area_of(m)
        if a != cur:
            cur = a
            r = t.add_row().cells
            mc = r[0].merge(r[5])
            cell_text(mc, AREAS[a], bold=True, italic=True)
            shade(mc, "EEF1F7")
        c = t.add_row().cells
        for i, v in enumerate([m["dp"], m["title"], m["tp"], m["resp"], m["pj"] or "", m["period"]]):
            cell_text(c[i], v)
    para(doc, "")
    para(doc, "Søknader og tildelinger 2023", bold=True)
    t2 = doc.add_table(rows=1, cols=3)
    set_borders(t2)
    for i, h in enumerate(["Ordning", "Søknader", "Tildelt (mill. kr)"]):
        cell_text(t2.rows[0].cells[i], h, bold=True)
    for r in [("Kompetansepluss", "412", "186,5"), ("Fleksible videreutdanningstilbud", "233", "120,0"),
              ("Bransjeprogram", "–", "410,0")]:
        c = t2.add_row().cells
        for i, v in enumerate(r):
            cell_text(c[i], v)
    para(doc, "Kontakt: postmottak@hkdir.no", size=8)
    doc.save(out)


# ================================================================== sources for LibreOffice PDFs
def ks_2019_src(f, out):
    doc = Document()
    base_font(doc, "Liberation Sans", 9)
    landscape(doc)
    header_footer(doc, header="KS – Rapportering til Kompetansepolitisk råd 2019", page_numbers="x av y")
    para(doc, "KS: Tiltak for å følge opp Nasjonal kompetansepolitisk strategi – 2019", bold=True, size=14)
    para(doc, "Tabellen viser KS' tiltak i 2019. Tiltak merket «Videreført» ble også rapportert i 2018. "
              "KS er ansvarlig der ikke annet står. " * 2)
    para(doc, "Kommunesektoren sysselsetter om lag en femtedel av alle arbeidstakere i Norge, og behovet for "
              "kompetanse er stort innen helse, omsorg, oppvekst og teknikk. " * 6)
    t = doc.add_table(rows=1, cols=7)
    set_borders(t)
    hdr = ["Delmål", "Tiltak", "Type", "Ansvarlig", "Samarbeidspartnere", "Periode", "Status/beskrivelse"]
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "F2DCDB")
    repeat_header(t.rows[0])
    for m in f["measures"]:
        c = t.add_row().cells
        for i, v in enumerate([m["dp"], m["title"], m["tp"], m["resp"], m["pj"] or "", m["period"],
                               m["desc"] or ""]):
            cell_text(c[i], v)
    ws = [Cm(1.6), Cm(5.5), Cm(2.3), Cm(2.0), Cm(3.6), Cm(2.4), Cm(8.6)]
    for row in t.rows:
        for i, w in enumerate(ws):
            row.cells[i].width = w
    para(doc, "")
    para(doc, "Forkortelser: KMD – Kommunal- og moderniseringsdepartementet; NSF – Norsk Sykepleierforbund; "
              "FO – Fellesorganisasjonen; KSF – kommunenes strategiske forskningsorgan.", size=8)
    doc.save(out)


def ys_2019_src(f, out):
    doc = Document()
    base_font(doc, "Liberation Serif", 11)
    header_footer(doc, footer="YS – rapportering NKPS 2019", page_numbers=True)
    for _ in range(6):
        para(doc, "")
    para(doc, "Rapportering til Kompetansepolitisk råd", bold=True, size=26, align="center")
    para(doc, "Oppfølging av Nasjonal kompetansepolitisk strategi – 2019", size=16, align="center")
    para(doc, "Yrkesorganisasjonenes Sentralforbund (YS)", size=12, align="center")
    para(doc, "Januar 2020", size=12, align="center")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    para(doc, "Om YS", bold=True, size=14)
    para(doc, "YS er en partipolitisk uavhengig hovedorganisasjon med forbund i både privat og offentlig sektor.")
    t = doc.add_table(rows=0, cols=2)
    set_borders(t)
    for a, b in [("YS i tall", ""), ("Medlemmer", "225 000"), ("Forbund", "17"), ("Tillitsvalgte", "ca. 12 000")]:
        c = t.add_row().cells
        cell_text(c[0], a, bold=(b == ""))
        cell_text(c[1], b)
    para(doc, "")
    para(doc, "Tiltak 2019", bold=True, size=14)
    for m in f["measures"]:
        t = doc.add_table(rows=0, cols=2)
        set_borders(t, 6, "4F81BD")
        rows = [("Navn på tiltak", m["title"]), ("Relasjon til delmål", m["dp"]), ("Type tiltak", m["tp"]),
                ("Ansvarlig", m["resp"]), ("Samarbeidspartnere", m["pj"] or "–"),
                ("Tidspunkt og varighet", m["period"]), ("Beskrivelse", m["desc"] or "")]
        for lab, val in rows:
            c = t.add_row().cells
            cell_text(c[0], lab, bold=True)
            shade(c[0], "DCE6F1")
            cell_text(c[1], val, bold=(lab == "Navn på tiltak"))
            c[0].width, c[1].width = Cm(4.5), Cm(11.5)
        para(doc, "")
    doc.save(out)


def vofo_2018_src(f, out):
    doc = Document()
    base_font(doc, "Liberation Sans", 10.5)
    header_footer(doc, header="VOFO – Voksenopplæringsforbundet", page_numbers=True)
    para(doc, "Rapport: VOFOs oppfølging av Nasjonal kompetansepolitisk strategi 2018", bold=True, size=16)
    doc.add_heading("1 Innledning", level=1)
    para(doc, "VOFO er paraplyorganisasjon for 14 studieforbund. Under punkt 2 står tiltakene for 2018. "
              "Nummereringen av underpunktene er VOFOs egen.")
    doc.add_heading("2 Tiltak i 2018", level=1)
    for n, m in enumerate(f["measures"], 1):
        doc.add_heading(f"2.{n} {m['title']}", level=2)
        for lab, key in [("Delmål", "dp"), ("Type", "tp"), ("Ansvar", "resp"), ("Partnere", "pj"),
                         ("Tid", "period")]:
            if m[key]:
                p = para(doc, space_after=0)
                run(p, lab + ": ", bold=True)
                run(p, m[key])
        if m["desc"]:
            para(doc, m["desc"])
    doc.add_heading("3 Kursaktivitet i studieforbundene", level=1)
    t = doc.add_table(rows=1, cols=3)
    set_borders(t)
    for i, h in enumerate(["År", "Kurs", "Timer"]):
        cell_text(t.rows[0].cells[i], h, bold=True)
    for r in [("2016", "47 112", "1 812 000"), ("2017", "46 780", "1 790 500"), ("2018", "45 901", "1 771 300")]:
        c = t.add_row().cells
        for i, v in enumerate(r):
            cell_text(c[i], v)
    doc.save(out)


def vestland_2021_src(f, out):
    doc = Document()
    base_font(doc, "Liberation Sans", 10)
    landscape(doc)
    header_footer(doc, header="Vestland fylkeskommune · Avdeling for strategisk utvikling og digitalisering",
                  page_numbers=True)
    para(doc, "Rapportering til Kompetansepolitisk råd 2021", bold=True, size=18, color="1A5276")
    para(doc, "Innleiing", bold=True, size=12)
    para(doc, "Vestland fylkeskommune har sidan samanslåinga i 2020 bygd opp eit felles kompetansearbeid. "
              "Rapporten følgjer hovudinnsatsområda i strategien.")
    para(doc, "Om rapporteringa", bold=True, size=12)
    para(doc, "Tabellane viser kva tiltak fylkeskommunen har hatt ansvar for eller delteke i. Talet på "
              "deltakarar er ikkje med.")
    groups = [("Hovudinnsatsområde 1: Gode val for den enkelte og for samfunnet", [0, 1, 2, 3, 4],
               "Arbeidet i 2021 har særleg handla om å etablere den regionale planen og forumet."),
              ("Hovudinnsatsområde 3: Styrke kompetansen til vaksne med svak tilknyting til arbeidslivet", [5, 6],
               "Tiltaka er gjennomførte i samarbeid med NAV og kommunane i heile fylket.")]
    ms = f["measures"]
    for title, idx, after in groups:
        para(doc, title, bold=True, size=12, color="1A5276")
        t = doc.add_table(rows=1, cols=6)
        set_borders(t)
        for i, h in enumerate(["Tiltak", "Kopling til delmål", "Type", "Ansvar", "Partnarar", "Periode"]):
            cell_text(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D6EAF8")
        for i in idx:
            m = ms[i]
            c = t.add_row().cells
            for k, v in enumerate([m["title"], m["dp"], m["tp"], m["resp"], m["pj"] or "", m["period"]]):
                cell_text(c[k], v)
        para(doc, after, italic=True)
    box = doc.add_table(rows=1, cols=1)
    set_borders(box, 8, "1A5276")
    cell_text(box.rows[0].cells[0], "Kontaktperson: rådgjevar Solveig Natvik, tlf. 55 23 90 00, "
                                   "post@vlfk.no", size=9)
    doc.save(out)


def ks_2025_src(f, out):
    doc = Document()
    base_font(doc, "Liberation Serif", 10)
    two_columns(doc)
    header_footer(doc, header="KS Kompetanse · nyhetsbrev nr. 4/2025", page_numbers=True)
    para(doc, "Kompetanse i kommunene", bold=True, size=20, color="7B2C3B")
    para(doc, "Året som gikk: Her er KS' bidrag til kompetansepolitikken i 2025, sendt som rapport til "
              "Kompetansepolitisk råd.", italic=True)
    for m in f["measures"]:
        para(doc, m["title"], bold=True, size=12, color="7B2C3B", space_after=2)
        if m["desc"]:
            para(doc, m["desc"], space_after=2)
        s = f"Kort fortalt: Delmål: {m['dp']}. Type: {m['tp']}. Ansvar: {m['resp']}."
        if m["partners"]:
            s += f" Partnere: {m['pj']}."
        s += f" Periode: {m['period']}."
        para(doc, s, size=9, italic=True)
    box = doc.add_table(rows=1, cols=1)
    set_borders(box, 8, "7B2C3B")
    cell_text(box.rows[0].cells[0], "«Vi må bruke heltid som kompetansetiltak.» – ordfører i en "
                                   "Vestlandskommune", italic=True)
    para(doc, "")
    para(doc, "Kalender", bold=True, size=12)
    for s in ["12. februar 2026: Kompetansefrokost (digitalt)", "5. mars 2026: Møte i Kompetansepolitisk råd",
              "Les mer: ks.no/kompetanse"]:
        para(doc, s, size=9)
    doc.save(out)
