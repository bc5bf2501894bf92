#!/usr/bin/env python3
"""Blind test batch 5: generates NKPS member reports (docx / pdf) and expected.json
from the data held in this script.  Run with the batch venv:

    /work/blind/.venv5/bin/python /work/blind/batch5/make_batch.py

Word files are built with python-docx; most PDFs are Word files converted with
LibreOffice (soffice --headless), three PDFs are drawn directly with reportlab.
Only the file the member sends is kept in the batch folder.
"""
import json
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
BUILD = tempfile.mkdtemp(prefix="batch5_build_")


# --------------------------------------------------------------------------
# data model
# --------------------------------------------------------------------------
def M(title, delmal, goal=None, type=None, resp=None, partners=None, period=None, desc=None, **extra):
    """One measure.  `goal` is the goal reference exactly as printed in the report;
    `delmal` is what the report means.  `desc` is a str or a list of paragraphs."""
    d = dict(title=title, delmal=list(delmal), goal=goal, type=type, resp=resp,
             partners=partners, period=period, desc=desc)
    d.update(extra)
    return d


def desc_text(m):
    d = m["desc"]
    if d is None:
        return None
    if isinstance(d, list):
        return " ".join(p.strip() for p in d)
    return d


def paras(d):
    if d is None:
        return []
    return d if isinstance(d, list) else [d]


EXPECTED = {}
README = []


def register(fname, reporter, year, template, measures, note):
    EXPECTED[fname] = {
        "reporter": reporter,
        "report_year": year,
        "template": template,
        "measures": [
            {
                "title": m["title"],
                "delmal": m["delmal"],
                "type": m["type"],
                "responsible": m["resp"],
                "partners": m["partners"],
                "period": m["period"],
                "description": desc_text(m),
            }
            for m in measures
        ],
    }
    README.append(f"- `{fname}` ({len(measures)} tiltak) — {template}. {note}")


# --------------------------------------------------------------------------
# docx helpers
# --------------------------------------------------------------------------
def new_doc(font="Calibri", size=11, margins_cm=2.2):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(margins_cm)
        s.top_margin = s.bottom_margin = Cm(2.0)
    return doc


def landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    w, h = section.page_width, section.page_height
    if w < h:
        section.page_width, section.page_height = h, w


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def header_footer(doc, header_text=None, footer_text=None, page_numbers=True, page_fmt="Side {PAGE} av {NUMPAGES}"):
    for s in doc.sections:
        if header_text:
            p = s.header.paragraphs[0]
            p.text = header_text
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            for r in p.runs:
                r.font.size = Pt(8)
                r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        p = s.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if footer_text:
            r = p.add_run(footer_text + ("   " if page_numbers else ""))
            r.font.size = Pt(8)
        if page_numbers:
            parts = page_fmt.replace("{PAGE}", "\x00PAGE\x00").replace("{NUMPAGES}", "\x00NUMPAGES\x00").split("\x00")
            for part in parts:
                if not part:
                    continue
                r = p.add_run()
                r.font.size = Pt(8)
                if part in ("PAGE", "NUMPAGES"):
                    add_field(r, part)
                else:
                    r.text = part


def shade(cell, fill="D9E2F3"):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def set_widths(table, widths_cm):
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(widths_cm):
            gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))
    for row in table.rows:
        for i, cell in enumerate(row.cells):
            if i < len(widths_cm):
                cell.width = Cm(widths_cm[i])


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def no_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def cell_write(cell, text, bold=False, size=None, italic=False, first=True):
    """Write text (str or list of paragraphs) into a cell."""
    items = text if isinstance(text, list) else [text]
    for k, t in enumerate(items):
        if k == 0 and first:
            p = cell.paragraphs[0]
        else:
            p = cell.add_paragraph()
        r = p.add_run("" if t is None else t)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return cell


def para(doc, text="", bold=False, italic=False, size=None, style=None, align=None, space_after=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def runin(doc, label, value, sep=" ", style=None, label_bold=True, size=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    r = p.add_run(label)
    r.bold = label_bold
    if size:
        r.font.size = Pt(size)
    if value:
        r2 = p.add_run(sep + value)
        if size:
            r2.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(2)
    return p


def save_docx(doc, fname):
    path = os.path.join(OUT, fname)
    doc.save(path)
    return path


def docx_to_pdf(doc, fname_pdf):
    """Save the Word file in the build dir, convert with LibreOffice, keep only the PDF."""
    stem = os.path.splitext(fname_pdf)[0]
    src = os.path.join(BUILD, stem + ".docx")
    doc.save(src)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", BUILD, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(BUILD, stem + ".pdf"), os.path.join(OUT, fname_pdf))


# ==========================================================================
# 1. KS 2019 — Word, one two-column form table per measure
# ==========================================================================
KS = [
    M("Samarbeid om digital kompetanse i kommunene (DigiKomp) – videreføring 2019", ["2.1"], goal="2.1",
      type="Prosjekt", resp="KS",
      partners="KMD, LO Kommune, Unio, YS Kommune, Akademikerne Kommune",
      period="1. januar 2018 – 31. desember 2019",
      desc=["Prosjektet skal bidra til at ansatte i kommunesektoren får økt digital kompetanse og blir bedre i stand til å ta i bruk nye digitale verktøy.",
            "I 2019 deltok 96 kommuner. KS har arrangert regionale samlinger og utviklet digitale læringsressurser som er fritt tilgjengelige."]),
    M("Kommunesektorens arbeidslivsmonitor 2019", ["2.2"], goal="Delmål 2.2",
      type="FoU", resp="KS", partners=None, period="Publisert september 2019",
      desc="Monitoren gir oversikt over utviklingen i sysselsetting, kompetanse og sykefravær i kommunesektoren og brukes i dialogen med partene om framtidige kompetansebehov."),
    M("KS Læring – delingsplattform for kurs og kompetanseutvikling i kommunene", ["2.1", "2.2"], goal="2.1 og 2.2",
      type="Informasjon", resp="KS", partners="Kommuner og fylkeskommuner", period="Løpende",
      desc="En nettbasert plattform der kommuner kan dele kurs, arrangementer og e-læring med egne ansatte og med hverandre. Ved utgangen av 2019 var 310 kommuner tilknyttet."),
    M("FoU-prosjekt: «Teknologibasert læring på arbeidsplassen»", ["2.2"], goal="2.2",
      type="FoU", resp="KS", partners="Oslo Economics, NTNU", period="2019–2020",
      desc="Prosjektet undersøker hvordan kommuner kan bruke teknologi for å gjøre læring til en del av arbeidshverdagen, og hva som skal til for at slik læring gir effekt."),
    M("Lærlinger i kommunesektoren – status og rekruttering", ["2.3"], goal="Delmål 2.3",
      type="Informasjon", resp="KS", partners="Fylkeskommunene, Utdanningsdirektoratet", period="2019",
      desc="Årlig statusrapport om antall lærlinger i kommuner og fylkeskommuner, med råd og eksempler for å øke antallet læreplasser i helsearbeiderfaget og barne- og ungdomsarbeiderfaget."),
    M("Menn i helse – rekruttering av menn til helse- og omsorgssektoren", ["2.3", "3.3"], goal="2.3, 3.3",
      type="Kurs/utdanning", resp="KS", partners="NAV, kommuner, fylkeskommuner",
      period="Fra 2011, videreført i 2019",
      desc="Menn mellom 25 og 55 år som står utenfor arbeidslivet får tilbud om et komprimert løp til fagbrev som helsefagarbeider, med praksis i kommunen og lønn i læretiden."),
]


def build_ks():
    fname = "ks_2019.docx"
    doc = new_doc()
    header_footer(doc, header_text="KS – Kommunesektorens organisasjon", footer_text="Rapportering NKPS 2019")
    doc.add_heading("Rapportering fra KS til Kompetansepolitisk råd – 2019", level=1)
    para(doc, "KS viser til beslutningen i Kompetansepolitisk råd om at rådsmedlemmene årlig skal rapportere hvordan de "
              "følger opp delmålene i Nasjonal kompetansepolitisk strategi. Nedenfor følger en oversikt over KS' tiltak i 2019. "
              "Skjemaet er fylt ut for hvert tiltak.")
    para(doc, "Mange av tiltakene gjennomføres i samarbeid med arbeidstakerorganisasjonene i kommunesektoren, og flere "
              "av dem er videreført fra tidligere år.")
    labels = ["Navn på tiltak", "Delmål", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Beskrivelse", "Tidspunkt og varighet"]
    for i, m in enumerate(KS, 1):
        para(doc, f"Tiltak {i}", bold=True, space_after=2)
        t = doc.add_table(rows=len(labels), cols=2)
        t.style = "Table Grid"
        vals = [m["title"], m["goal"], m["type"], m["resp"], m["partners"], paras(m["desc"]), m["period"]]
        for r, (lab, v) in enumerate(zip(labels, vals)):
            c0, c1 = t.rows[r].cells
            cell_write(c0, lab, bold=True, size=10)
            shade(c0, "E7E6E6")
            cell_write(c1, v if v else "", size=10)
        set_widths(t, [4.2, 12.4])
        para(doc)
    para(doc, "Med vennlig hilsen")
    para(doc, "KS", bold=True, space_after=0)
    para(doc, "Ingrid Haugland, avdelingsdirektør, Arbeidsgiverpolitikk", space_after=0)
    save_docx(doc, fname)
    register(fname, "KS", 2019,
             "Word; intro, then one shaded 2-column form table per measure (label | answer), 'Tiltak n' caption above each; signature",
             KS, "One Samarbeidspartnere cell left empty; goals written '2.1', 'Delmål 2.2', '2.1 og 2.2', '2.3, 3.3'; multi-paragraph description.")


# ==========================================================================
# 2. LO 2020 — PDF from Word, landscape, one table for all, grouped by area
# ==========================================================================
LO_AREAS = [
    ("Hovedinnsatsområde 1: Gode valg for den enkelte og for samfunnet", [
        M("Deltakelse i Kompetansebehovsutvalget (KBU)", ["1.1"], goal="Delmål 1.1",
          type="Råd/utvalg/nettverk", resp="LO", partners="Partene, KD, forskere", period="2017–2023",
          desc="LO har fast medlem i utvalget og bidrar med innspill om kompetansebehov i LO-forbundenes bransjer. Utvalget la fram sin tredje rapport i 2020."),
        M("Fylkesvise kompetanseforum – LOs representanter i regionale partnerskap", ["1.2"], goal="1.2",
          type="Råd/utvalg/nettverk", resp="LO distriktskontorene",
          partners="Fylkeskommunene, NHO regionalt, NAV fylke", period="Løpende",
          desc="LOs distriktssekretærer deltar i de regionale kompetanseforumene og arbeider for at regionale kompetanseplaner følges opp med konkrete tiltak for arbeidstakere uten fullført utdanning."),
        M("Hospitering og faglig fornyelse for yrkesfaglærere", ["1.4"], goal="1.4",
          type="Kurs/utdanning", resp="LO/Fellesforbundet", partners="Norsk Industri, Udir, fylkeskommunene",
          period="2020–2021",
          desc="Yrkesfaglærere i bygg- og anleggsteknikk og teknologi- og industrifag får tilbud om å hospitere i bedrifter for å oppdatere sin kunnskap om arbeidsprosesser og utstyr."),
    ]),
    ("Hovedinnsatsområde 2: Læring i arbeidslivet", [
        M("Bransjeprogram for industri- og byggenæringen – oppfølging og evaluering", ["2.1", "2.4"], goal="2.1, 2.4",
          type="Kurs/utdanning", resp="LO, NHO",
          partners="Fellesforbundet, EL og IT Forbundet, BNL, Norsk Industri, Kompetanse Norge", period="2018–2021",
          desc=["Partene i bransjeprogrammet har i 2020 prioritert korte, fleksible moduler som kan tas ved siden av jobb, også for permitterte medlemmer.",
                "LO deltar i programrådet og i arbeidet med evalueringen som gjennomføres av Oxford Research. Erfaringene fra koronaåret viser at etterspørselen etter nettbaserte tilbud økte kraftig, og at tillitsvalgte spilte en viktig rolle i rekrutteringen av deltakere."]),
        M("Notat: «Tariffavtalenes rolle i kompetanseutviklingen – erfaringer fra 2020»", ["2.2"], goal="Delmål 2.2",
          type="FoU", resp="LO", partners="Fafo", period="Våren 2020",
          desc="Notatet gjennomgår kompetansebestemmelser i et utvalg tariffavtaler og hvordan de brukes lokalt."),
        M("Konferanse om fagarbeiderens framtid under Arendalsuka 2020 (digital)", ["2.3"], goal="2.3",
          type="Arrangement", resp="LO og NHO", partners="Udir, KD", period="August 2020",
          desc="Digital debatt om fagarbeiderens rolle i omstillingen, med vekt på videreutdanning i fagskolen og karriereveier for fagarbeidere."),
        M("Realkompetansevurdering i arbeidslivet – pilot i varehandel og industri", ["2.5"], goal="2.5",
          type="Prosjekt", resp="LO/Handel og Kontor", partners="Virke, YS, NHO, Kompetanse Norge",
          period="2019–2020",
          desc="Piloten prøver ut modellen for beskrivelse av kompetanse ervervet i arbeidslivet i fire virksomheter. Resultatene skal danne grunnlag for en felles anbefaling fra partene."),
    ]),
    ("Hovedinnsatsområde 3: Styrke kompetansen til voksne med svak tilknytning til arbeidslivet", [
        M("Tillitsvalgte som pådrivere for Kompetansepluss arbeid", ["3.2"], goal="3.2",
          type="Kurs/utdanning", resp="LO", partners="Kompetanse Norge, forbundene", period="2020",
          desc="Kurs for tillitsvalgte om hvordan de kan ta initiativ til søknader om midler til opplæring i grunnleggende ferdigheter på egen arbeidsplass."),
        M("Hurtigsporet for flyktninger – partssamarbeid i fire regioner", ["3.3", "3.4"], goal="3.3 og 3.4",
          type="Prosjekt", resp="LO, NHO", partners="IMDi, NAV, kommunene", period="2018–2020",
          desc="Samarbeid om å kartlegge kompetansen til nyankomne flyktninger tidlig og koble dem raskere til arbeidsgivere med behov for arbeidskraft. Prosjektet ble avsluttet i 2020."),
        M("Kurs i norsk på arbeidsplassen for medlemmer med innvandrerbakgrunn", ["3.4"], goal="Delmål 3.4",
          type="Kurs/utdanning", resp="AOF Norge (LOs studieforbund)", partners="Forbundene", period="Høsten 2020",
          desc="Arbeidsplassbaserte norskkurs i renhold, hotell og restaurant, kombinert med opplæring i digitale ferdigheter."),
    ]),
]
LO = [m for _, ms in LO_AREAS for m in ms]


def build_lo():
    fname = "lo_2020.pdf"
    doc = new_doc(size=10, margins_cm=1.6)
    landscape(doc.sections[0])
    header_footer(doc, header_text="Landsorganisasjonen i Norge (LO)", footer_text="LO – Rapportering NKPS 2020")
    doc.add_heading("LOs tiltak for oppfølging av Nasjonal kompetansepolitisk strategi 2020", level=1)
    para(doc, "Tabellen under viser tiltakene LO og LO-forbundene har gjennomført eller deltatt i i 2020, sortert etter "
              "strategiens tre hovedinnsatsområder. Koronapandemien har preget året, og flere tiltak er lagt om til digitale formater.")
    cols = ["Nr.", "Tiltak", "Delmål", "Type", "Ansvarlig", "Samarbeidspartnere", "Tidsrom", "Kort beskrivelse"]
    widths = [1.0, 5.0, 1.9, 3.4, 2.9, 3.9, 2.3, 6.0]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, cols):
        cell_write(c, h, bold=True, size=9)
        shade(c, "C00000")
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    repeat_header(t.rows[0])
    n = 0
    for area, ms in LO_AREAS:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[-1])
        cell_write(merged, area, bold=True, size=9)
        shade(merged, "F2DCDB")
        for m in ms:
            n += 1
            cells = t.add_row().cells
            vals = [f"{n}.", m["title"], m["goal"], m["type"], m["resp"], m["partners"], m["period"], paras(m["desc"])]
            for c, v in zip(cells, vals):
                cell_write(c, v if v else "", size=9)
    set_widths(t, widths)
    para(doc)
    para(doc, "Oppsummering", bold=True)
    para(doc, "LO vil i 2021 prioritere arbeidet med bransjeprogrammene og oppfølgingen av kompetansereformen «Lære hele livet». "
              "Vi ønsker et tettere samarbeid med fylkeskommunene om regionale kompetansestrategier.")
    para(doc, "Oslo, 15. januar 2021")
    para(doc, "Trude Sæther, rådgiver, LOs avdeling for samfunnspolitikk")
    docx_to_pdf(doc, fname)
    register(fname, "LO", 2020,
             "PDF from Word, landscape; one grid table (Nr. | Tiltak | Delmål | Type | Ansvarlig | Samarbeidspartnere | Tidsrom | Kort beskrivelse) with merged full-width rows for the three hovedinnsatsområder, repeated header row",
             LO, "Number column 1.–10.; area rows span the whole table; measure 4 has a two-paragraph description and the row of measure 7 is split over the page break (its description ends on page 2 under the repeated header); summary + signature after the table.")


# ==========================================================================
# 3. NHO 2018 — Word, numbered headings, bold run-in labels
# ==========================================================================
NHO = [
    M("Jenter og teknologi 2018 – nasjonal kampanje for tredje år på rad", ["2.3"], goal="2.3",
      type="Informasjon", resp="NHO", partners="NITO, Tekna, næringslivet, universiteter og høyskoler",
      period="Februar–desember 2018",
      desc=["Kampanjen skal inspirere jenter til å velge realfag og teknologiske utdanninger, både yrkesfag og høyere utdanning.",
            "I 2018 ble det holdt arrangementer i 14 fylker med om lag 9 000 deltakere, og rollemodeller fra bedriftene besøkte ungdomsskoler."]),
    M("Rapport om fagarbeideres bidrag til innovasjon i bedrifter", ["2.2"], goal="2.2",
      type="FoU", resp="NHO", partners="Fafo", period="2018",
      desc="Rapporten dokumenterer hvordan fagarbeidere bidrar til forbedring og innovasjon i produksjonen, og hva bedriftene gjør for å utvikle denne kompetansen."),
    M("Gode eksempler på kompetanseutviklingsstrategier i næringslivet (bestilt rapport)", ["2.2"], goal="2.2",
      type="FoU", resp="NHO", partners=None, period="Høsten 2018",
      desc="Rapporten beskriver hvordan et utvalg medlemsbedrifter arbeider strategisk med kompetanseutvikling for ansatte på alle nivåer."),
    M("Skatteinsentiv for kompetanse i virksomheter – utredning av 2–3 alternative modeller", ["2.2", "2.4"], goal="2.2 og 2.4",
      type="FoU", resp="NHO", partners="Samfunnsøkonomisk analyse", period="Høsten 2018",
      desc="Utredningen beskriver alternative innretninger på et skatteinsentiv for bedrifters investeringer i kompetanseutvikling, med anslag på provenyvirkning."),
    M("Hurtigsporet: kampanje i Bergen, Bodø, Drammen og Fredrikstad", ["3.3"], goal="3.3",
      type="Informasjon", resp="NHO", partners="NAV, kommunene", period="2018",
      desc="Kampanjen synliggjør flyktningers kompetanse og rekrutteringsmulighetene for næringslivet, og kobler bedrifter med NAV og kommunenes introduksjonsprogram."),
    M("NHOs Kompetansebarometer 2018", ["1.4", "2.2"], goal="1.4, 2.2",
      type="FoU", resp="NHO", partners="NIFU", period="Årlig (2018)",
      desc="Spørreundersøkelse blant NHOs medlemsbedrifter om kompetansebehov. Resultatene brukes i dialog med fylkeskommunene og utdanningsinstitusjonene."),
    M("Matindustrien 4.0 – kompetanseløft for hele matindustrien", ["2.1"], goal="2.1",
      type="Prosjekt", resp="NHO Mat og drikke", partners="LO/NNN, Sjømat Norge", period="2018–2020",
      desc="Partssamarbeid om et kompetanseløft for ansatte i matindustrien, med vekt på digitalisering og automatisering."),
]


def build_nho():
    fname = "nho_2018.docx"
    doc = new_doc(font="Calibri", size=11)
    header_footer(doc, footer_text="NHO – Næringslivets Hovedorganisasjon", page_fmt="{PAGE}")
    doc.add_heading("NHOs rapportering til Kompetansepolitisk råd for 2018", level=0)
    para(doc, "Innledning", bold=True)
    para(doc, "NHO legger med dette fram en oversikt over tiltak som følger opp Nasjonal kompetansepolitisk strategi i 2018. "
              "Tiltakene er nummerert fortløpende. For hvert tiltak oppgis hvilket delmål det knytter seg til, type tiltak, "
              "ansvarlig, eventuelle samarbeidspartnere, periode og en kort beskrivelse.")
    for i, m in enumerate(NHO, 1):
        doc.add_heading(f"{i}. {m['title']}", level=2)
        runin(doc, "Delmål:", m["goal"])
        runin(doc, "Type tiltak:", m["type"])
        runin(doc, "Ansvarlig:", m["resp"])
        runin(doc, "Samarbeidspartnere:", m["partners"] or "")
        runin(doc, "Periode:", m["period"])
        runin(doc, "Beskrivelse:", "")
        for p in paras(m["desc"]):
            para(doc, p)
    doc.add_heading("Avslutning", level=2)
    para(doc, "NHO vil videreføre de fleste tiltakene i 2019. Vi bidrar gjerne i drøftingen av en felles rapporteringsmal i rådet.")
    para(doc, "Oslo, 11. februar 2019")
    para(doc, "Kristin Skogen Lund")
    para(doc, "administrerende direktør", italic=True)
    save_docx(doc, fname)
    register(fname, "NHO", 2018,
             "Word; Heading 2 per measure with typed number '1. Title', then bold run-in labels (Delmål:, Type tiltak:, Ansvarlig:, Samarbeidspartnere:, Periode:), 'Beskrivelse:' alone followed by paragraphs",
             NHO, "One 'Samarbeidspartnere:' label with nothing after it; 'Avslutning' heading and signature are not measures; title with '2–3' and parentheses.")


# ==========================================================================
# 4. Spekter 2018 — PDF from Word; overview list with old NKPS numbers;
#    forms with A-D headings; period paragraph in Word 'List Number' style
#    whose automatic numbering leaks into the PDF
# ==========================================================================
SPEKTER = [
    M("Møteplass lærebedrifter 2018 – årlig samling for Spekters lærebedrifter", ["1.4", "2.3"],
      goal="Relasjon til NKPS tiltak nr. 4 og 7.", resp="Spekter",
      partners="Medlemsvirksomheter, fylkeskommuner, opplæringskontorer",
      period="Avholdt 1. mars 2018. Gjennomføres hvert år i begynnelsen av mars.",
      desc="Møteplassen samler virksomheter som er, eller ønsker å bli, lærebedrifter. Tema i 2018 var kvalitet i fagopplæringen og samarbeidet mellom skole og lærebedrift."),
    M("Fagskolekonferansen 2018: fagskoleutdanning i spesialisthelsetjenesten", ["2.3"],
      goal="Relasjon til NKPS tiltak nr 7.", resp="Spekter", partners="LO/Fagforbundet, YS/Delta",
      period="Oktober 2018, én dag.",
      desc="Konferansen rettet oppmerksomhet mot fagskoleutdanninger i helseforetakene og synliggjorde karrieremuligheter for fagarbeidere."),
    M("Felles arrangement med LO Stat under Arendalsuka 2018 om verdien av kompetansefornyelse", ["2.2"],
      goal="Relasjon til NKPS tiltak nr. 6.", resp="Spekter og LO Stat", partners=None,
      period="August 2018.",
      desc="Arrangementet satte søkelys på betydningen av at ansatte fornyer kompetansen sin gjennom hele yrkeslivet, med innledere fra helseforetak og statlige virksomheter."),
    M("Kompetanseutvikling i Spekters medlemsvirksomheter – kartlegging og erfaringsdeling", ["2.2"],
      goal="Relasjon til NKPS tiltak nr. 6.", resp="Spekter", partners="Spekters medlemmer",
      period="Hele 2018, videreføres i 2019.",
      desc="Spekter kartlegger hvordan medlemsvirksomhetene arbeider med kompetanseutvikling, og deler eksempler i arbeidsgivernettverket."),
    M("Dialogmøte med Spekters representanter i de faglige rådene og SRY", ["1.4", "2.3"],
      goal="Relasjon til NKPS tiltak nr. 4 og 7.", resp="Spekter", partners="Spekters medlemsvirksomheter",
      period="To møter i 2018.",
      desc="Møtene skal sikre at Spekters representanter i de faglige rådene og i Samarbeidsrådet for yrkesopplæring har god kontakt med virksomhetene de representerer."),
    M("Søkekonferanse om Kompetansepluss arbeid for medlemsvirksomhetene", ["3.2"],
      goal="Relasjon til NKPS tiltak nr 12.", resp="Spekter", partners="Kompetanse Norge",
      period="September 2018, én dag.",
      desc="Virksomhetene fikk informasjon om ordningen, om hva som kreves for å søke og om erfaringer fra tidligere prosjekter."),
    M("Nettverk for praksisplasser for flyktninger i helseforetakene", ["3.3", "3.4"],
      goal="Relasjon til NKPS tiltak nr. 13 og 14.", resp="Spekter", partners="IMDi, NAV, helseforetakene",
      period="Oppstart høsten 2018, varighet to år.",
      desc="Nettverket skal gjøre det enklere for helseforetakene å tilby språk- og arbeidspraksis til deltakere i introduksjonsprogrammet."),
]


def build_spekter():
    fname = "spekter_2018.pdf"
    doc = new_doc(font="Calibri", size=11)
    header_footer(doc, header_text="Arbeidsgiverforeningen Spekter", page_numbers=True, page_fmt="{PAGE}")
    doc.add_heading("Spekters rapportering til Kompetansepolitisk råd 2018", level=1)
    para(doc, "Spekter rapporterer her på tiltak som følger opp Nasjonal kompetansepolitisk strategi. Under følger først en "
              "oversikt over rapporteringspunktene, deretter et skjema for hvert tiltak.")
    para(doc, "Rapporteringspunkter:", bold=True)
    for i, m in enumerate(SPEKTER, 1):
        para(doc, f"{i}. {m['title']}", space_after=0)
        para(doc, "    " + m["goal"], italic=True, space_after=6)
    for m in SPEKTER:
        doc.add_page_break()
        para(doc, "A. Tiltak i Nasjonal kompetansepolitisk strategi", bold=True)
        para(doc, m["title"])
        para(doc, m["goal"])
        para(doc, "B. Ansvarlig og samarbeidspartnere", bold=True)
        para(doc, "Ansvarlig: " + m["resp"], space_after=0)
        if m["partners"]:
            para(doc, "Samarbeidspartnere: " + m["partners"])
        para(doc, "C. Beskrivelse av tiltaket (maks en halv side)", bold=True)
        for p in paras(m["desc"]):
            para(doc, p)
        para(doc, "D. Tidspunkt og varighet", bold=True)
        para(doc, m["period"], style="List Number")   # auto numbering continues 1., 2., ... across forms
    docx_to_pdf(doc, fname)
    register(fname, "Spekter", 2018,
             "PDF from Word; numbered overview 'Rapporteringspunkter' with 'Relasjon til NKPS tiltak nr …', then one page per measure with headings A–D (A. Tiltak i NKPS, B. Ansvarlig og samarbeidspartnere, C. Beskrivelse, D. Tidspunkt og varighet)",
             SPEKTER, "Goals only as old NKPS tiltak numbers (nr. 4 og 7 → 1.4, 2.3; nr 12 → 3.2; nr. 13 og 14 → 3.3, 3.4); the D paragraph uses Word's List Number style so '1.'…'7.' leak in front of the period text; no type field; every title appears twice (overview + form).")


# ==========================================================================
# 5. Virke 2019 — reportlab matrix, Delmål cell spanning its rows
# ==========================================================================
DELMAL_TEXT = {
    "1.1": "Etablere et kompetansebehovsutvalg (KBU)",
    "1.2": "Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle",
    "1.3": "Sørge for tilgang til karriereveiledning og et helhetlig system for karriereveiledning",
    "1.4": "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet",
    "2.1": "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken",
    "2.2": "Styrke kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.3": "Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker",
    "2.4": "Koble kompetansebehov i virksomheter og klynger til utdannings- og opplæringstilbydere",
    "2.5": "Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet",
    "2.6": "Forenkle og forbedre godkjenning av utenlandsk utdanning og yrkeskvalifikasjoner",
    "3.1": "Gi fleksibel opplæring på voksnes premisser",
    "3.2": "Stimulere til bruk av Kompetanseplussordningene",
    "3.3": "Benytte opplærings- og kompetansetiltak mer aktivt i arbeidsmarkeds- og integreringspolitikken",
    "3.4": "Målrette og effektivisere norskopplæring, introduksjonsprogrammet og øvrige kvalifiseringstiltak",
    "3.5": "Styrke og tilpasse NAVs opplæringstilbud for arbeidssøkere",
    "3.6": "Stimulere til læringsmotivasjon gjennom opplæring i frivillig sektor",
}

VIRKE_GROUPS = [
    ("1.3", [
        M("Karriereveiledning for voksne i handelsnæringen – innspill til karrieresentrene", ["1.3"],
          type="Råd/utvalg/ nettverk", resp="Virke", partners="Fylkeskommunale karrieresentre"),
    ]),
    ("2.1", [
        M("Litteraturstudie: «Digitaliseringens påvirkning på varehandelen»", ["2.1"],
          type="FoU", resp="Virke", partners="Handel og Kontor, Universitetet i Sørøst-Norge"),
        M("Bransjeprogram for varehandelen – digital kompetanse for butikkansatte", ["2.1"],
          type="Kurs/utdanning", resp="Virke", partners="HK, Kompetanse Norge, fagskoler"),
        M("Virke Kompetanseportal – e-læring for små og mellomstore virksomheter", ["2.1"],
          type="Informasjon", resp="Virke", partners="Medlemsvirksomheter"),
    ]),
    ("2.2", [
        M("Studie om «Hvordan påvirker ny teknologi kompetansebehovet i varehandelen?» – ferdigstilt 2019", ["2.2"],
          type="FoU", resp="Virke", partners="Samfunnsøkonomisk analyse, NAV, Handel og Kontor Norge"),
        M("HR-nettverk for ideelle og frivillige virksomheter", ["2.2"],
          type="Råd/utvalg/ nettverk", resp="Virke", partners="Virke Ideell og frivillighet"),
    ]),
    ("2.5", [
        M("«Balansekunst» – oppfølging av modell for å beskrive kompetanse bygget opp i arbeidslivet", ["2.5"],
          type="Prosjekt", resp="Virke", partners="LO, YS, NHO, Kompetanse Norge"),
        M("Pilotering av kompetansebevis i handel og service (2019–2020)", ["2.5"],
          type="Prosjekt", resp="Virke og HK", partners="Kompetanse Norge"),
    ]),
    ("3.3", [
        M("Praksisplasser for deltakere i introduksjonsprogrammet i Virke-virksomheter", ["3.3"],
          type="Prosjekt", resp="Virke", partners="IMDi, NAV, Oslo kommune"),
    ]),
]
VIRKE = [m for _, ms in VIRKE_GROUPS for m in ms]


def rl_styles():
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    ss = getSampleStyleSheet()
    st = {
        "h1": ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=8),
        "h2": ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=10, spaceAfter=4),
        "body": ParagraphStyle("body", parent=ss["BodyText"], fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6),
        "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5, leading=10.5),
        "cellb": ParagraphStyle("cellb", fontName="Helvetica-Bold", fontSize=8.5, leading=10.5),
        "small": ParagraphStyle("small", fontName="Helvetica", fontSize=7.5, leading=9),
    }
    return st


def esc(s):
    return (s or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_virke():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    fname = "virke_2019.pdf"
    st = rl_styles()

    def on_page(c, d):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(2 * cm, 1.2 * cm, "Virke – Hovedorganisasjonen for kunnskaps- og tjenestevirksomhet")
        c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"side {d.page}")
        c.setFillColor(colors.HexColor("#00594F"))
        c.rect(0, A4[1] - 0.6 * cm, A4[0], 0.6 * cm, stroke=0, fill=1)
        c.restoreState()

    doc = SimpleDocTemplate(os.path.join(OUT, fname), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, title="Virke – tiltak NKPS 2019")
    story = [Paragraph("Virkes tiltak i oppfølgingen av Nasjonal kompetansepolitisk strategi – 2019", st["h1"]),
             Paragraph("Virke rapporterer i år i samme matriseformat som Kompetanse Norge bruker i sin oppsummering. "
                       "Tiltakene er ordnet etter delmål. Beskrivelser av de enkelte tiltakene kan ettersendes ved behov.", st["body"]),
             Spacer(1, 6)]
    header = [Paragraph(h, st["cellb"]) for h in ["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere"]]
    data = [header]
    spans = []
    for code, ms in VIRKE_GROUPS:
        first = len(data)
        for k, m in enumerate(ms):
            dm = Paragraph(f"<b>{code}</b> {esc(DELMAL_TEXT[code])}", st["small"]) if k == 0 else ""
            data.append([dm, Paragraph(esc(m["title"]), st["cell"]), Paragraph(esc(m["type"]), st["cell"]),
                         Paragraph(esc(m["resp"]), st["cell"]), Paragraph(esc(m["partners"]), st["cell"])])
        if len(ms) > 1:
            spans.append(("SPAN", (0, first), (0, len(data) - 1)))
    t = Table(data, colWidths=[3.4 * cm, 5.4 * cm, 2.6 * cm, 2.0 * cm, 3.6 * cm], repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7F7F7F")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#CFE5E1")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ] + spans))
    story.append(t)
    story.append(Spacer(1, 10))
    story.append(Paragraph(f"Totalt antall tiltak: {len(VIRKE)}", st["body"]))
    story.append(Paragraph("Virke har i 2019 lagt særlig vekt på digital kompetanse i varehandelen og på dokumentasjon av "
                           "kompetanse ervervet i arbeidslivet. Kontaktperson: Eirik Lund, fagsjef kompetanse.", st["body"]))
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    register(fname, "Virke", 2019,
             "reportlab PDF; one matrix table Delmål | Tiltak | Type tiltak | Ansvarlig | Samarbeidspartnere, the Delmål cell (code + short goal text) spans all rows of its delmål",
             VIRKE, "No description/period fields; type spelled 'Råd/utvalg/ nettverk'; 'Totalt antall tiltak: 9' line after the table; titles with «» quotes and '?'.")


# ==========================================================================
# 6. KD 2020 — Word, grouped by area and delmål headings, bulleted measures
# ==========================================================================
KD_GROUPS = [
    ("Hovedinnsatsområde 1 – Gode valg for den enkelte og for samfunnet", [
        ("1.2", "Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle, og legge bedre til rette for regionalt samarbeid mellom ulike kompetanseaktører", [
            M("Regionreformen: overføring av oppgaver og tilskudd til karriereveiledning til fylkeskommunene", ["1.2"],
              type="Råd/utvalg/nettverk", resp="KD", partners="KMD, fylkeskommunene, Kompetanse Norge",
              period="Fra 1. januar 2020",
              desc="Fra 2020 har fylkeskommunene fått ansvaret for tilskuddet til karriereveiledning og en tydeligere rolle i kompetansepolitikken. Departementet har fulgt opp med veiledning og dialogmøter."),
        ]),
        ("1.3", "Sørge for tilgang til karriereveiledning og et helhetlig system for karriereveiledning", [
            M("Nasjonalt kvalitetsrammeverk for karriereveiledning – implementering", ["1.3"],
              type="Prosjekt", resp="Kompetanse Norge", partners="Fylkeskommunale karrieresentre, NAV",
              period="2019–2021",
              desc="Rammeverket skal bidra til felles forståelse av hva god karriereveiledning er, og tas i bruk i karrieresentrene, i skolen og i NAV."),
            M("Digital karriereveiledning (nettbasert tjeneste via chat og telefon)", ["1.3"],
              type="Informasjon", resp="Kompetanse Norge", partners="KD, fylkeskommunene",
              period="Lansert januar 2020",
              desc=["Tjenesten gir alle over 19 år tilgang til gratis veiledning uavhengig av bosted.",
                    "I 2020 ble det gjennomført over 16 000 veiledninger, mange med personer som var permittert eller ledige."]),
        ]),
        ("1.4", "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet", [
            M("Bransjeprogrammene for kompetanseutvikling – utvidelse til nye bransjer", ["1.4"],
              type="Kurs/utdanning", resp="KD", partners="ASD, partene i arbeidslivet, Kompetanse Norge",
              period="2020",
              desc="I 2020 ble bransjeprogrammene utvidet til blant annet reiseliv, renhold og frisørfaget som ledd i tiltakspakkene under pandemien."),
        ]),
    ]),
    ("Hovedinnsatsområde 2 – Læring i arbeidslivet", [
        ("2.1", "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken", [
            M("Tilskudd til fleksible videreutdanningstilbud i digital kompetanse (utlysning 2020)", ["2.1"],
              type="Kurs/utdanning", resp="KD", partners="DIKU, Kompetanse Norge, universiteter og høyskoler",
              period="2020–2021",
              desc="Midlene går til utvikling av korte, nettbaserte tilbud som kan kombineres med jobb. Partene i arbeidslivet deltar i vurderingen av søknadene."),
        ]),
        ("2.2", "Styrke kunnskapsgrunnlaget om læring i arbeidslivet", [
            M("Ekspertutvalg om etter- og videreutdanning – oppfølging av NOU 2019: 12 «Lære hele livet»", ["2.2"],
              type="Råd/utvalg/nettverk", resp="KD", partners="Partene i arbeidslivet", period="2020",
              desc="Utvalgets anbefalinger om finansiering, livsopphold og tilbud er sendt på høring og følges opp i arbeidet med kompetansereformen."),
        ]),
        ("2.6", "Forenkle og forbedre systemene for godkjenning og vurdering av utenlandsk utdanning", [
            M("Godkjenningsordning for utenlandsk fagskoleutdanning – første driftsår", ["2.6"],
              type="Kurs/utdanning", resp="NOKUT", partners="KD", period="2019–2020",
              desc="NOKUT behandlet de første søknadene i 2019. Ordningen skal gjøre det enklere for personer med utenlandsk fagskoleutdanning å få brukt kompetansen sin."),
        ]),
    ]),
    ("Hovedinnsatsområde 3 – Styrke kompetansen til voksne med svak tilknytning til arbeidslivet", [
        ("3.1", "Gi fleksibel opplæring på voksnes premisser", [
            M("Forsøk med forberedende voksenopplæring (FVO) – andre forsøksrunde", ["3.1"],
              type="Kurs/utdanning", resp="Kompetanse Norge", partners="KS, kommuner, fylkeskommuner",
              period="2020–2023",
              desc="Forsøket prøver ut en ny modell for opplæring på grunnskolenivå for voksne, med vekt på grunnleggende ferdigheter og praksis."),
        ]),
        ("3.4", "Målrette og effektivisere norskopplæring, introduksjonsprogrammet og øvrige kvalifiseringstiltak for innvandrere", [
            M("Ny integreringslov og reform av introduksjonsprogrammet", ["3.4"],
              type="Prosjekt", resp="KD", partners="IMDi, Kompetanse Norge, KS",
              period="Ikrafttredelse 1. januar 2021",
              desc="Loven gir et mer fleksibelt introduksjonsprogram med sluttmål om fullført videregående opplæring eller arbeid, og stiller krav om kartlegging og karriereveiledning."),
        ]),
    ]),
]
KD = [m for _, gs in KD_GROUPS for _, _, ms in gs for m in ms]


def build_kd():
    fname = "kd_2020.docx"
    doc = new_doc(font="Calibri", size=11)
    header_footer(doc, header_text="Kunnskapsdepartementet", footer_text="Regjeringens rapportering – NKPS 2020")
    doc.add_heading("Regjeringens oppfølging av Nasjonal kompetansepolitisk strategi – rapport for 2020", level=0)
    para(doc, "Kunnskapsdepartementet koordinerer regjeringens rapportering til Kompetansepolitisk råd. Rapporten er bygget opp "
              "etter strategiens hovedinnsatsområder og delmål. Under hvert delmål er tiltakene listet med en kort beskrivelse, "
              "ansvarlig aktør, samarbeidspartnere, type tiltak og tidsrom.")
    para(doc, "Året har vært preget av koronapandemien, og regjeringen har satt i gang flere midlertidige tiltak for å gi "
              "permitterte og ledige mulighet til å bruke ventetiden til kompetanseheving.")
    for area, groups in KD_GROUPS:
        doc.add_heading(area, level=1)
        for code, text, ms in groups:
            doc.add_heading(f"Delmål {code}: {text}", level=2)
            for m in ms:
                p = doc.add_paragraph(style="List Bullet")
                r = p.add_run(m["title"])
                r.bold = True
                for d in paras(m["desc"]):
                    q = para(doc, d)
                    q.paragraph_format.left_indent = Cm(0.63)
                    q.paragraph_format.space_after = Pt(2)
                meta = f"Ansvar: {m['resp']} | Samarbeid: {m['partners']} | Type: {m['type']} | {m['period']}"
                q = para(doc, meta, italic=True, size=9)
                q.paragraph_format.left_indent = Cm(0.63)
    doc.add_heading("Videre arbeid", level=1)
    para(doc, "Regjeringen vil i 2021 legge fram en stortingsmelding om fagskolene og følge opp kompetansereformen «Lære hele livet». "
              "Departementet takker rådsmedlemmene for godt samarbeid.")
    save_docx(doc, fname)
    register(fname, "KD", 2020,
             "Word; Heading 1 per hovedinnsatsområde, Heading 2 'Delmål x.y: <goal text>', measures as bold bullet items followed by indented description and an italic pipe-separated line 'Ansvar: … | Samarbeid: … | Type: … | <period>'",
             KD, "Delmål only in the headings; the period has no label (last part of the pipe line); 'Videre arbeid' closing section; NOU 2019: 12 with colon in a title.")


# ==========================================================================
# 7. Vestland 2021 — Nynorsk, PDF from Word, one table per measure with the
#    label on a shaded row above the answer
# ==========================================================================
VESTLAND = [
    M("Kompetansealliansen Vestland – regionalt partnarskap for kompetanse", ["1.2"],
      goal="Styrkje det regionale folkevalde nivået sitt kompetansepolitiske ansvar og samordningsrolle",
      type="Råd/utval/nettverk", resp="Vestland fylkeskommune",
      partners="NHO Vestland, LO i Vestland, NAV Vestland, Universitetet i Bergen, Høgskulen på Vestlandet, fagskulane",
      period="2020–2023",
      desc="Alliansen samlar dei viktigaste kompetanseaktørane i fylket og skal følgje opp den regionale kompetansestrategien. I 2021 vart det halde fire møte, og det vart sett ned ei eiga arbeidsgruppe for fagskuletilbod."),
    M("Karrieresentera i Vestland: gratis karriererettleiing for vaksne", ["1.3"], goal="1.3",
      type="Informasjon", resp="Vestland fylkeskommune", partners="NAV Vestland, kommunane",
      period="Heile året",
      desc="Karrieresentera i Bergen, Førde, Stord og Voss gir individuell rettleiing og gruppetilbod. Talet på samtalar auka med om lag 30 prosent frå 2020."),
    M("Fagbrev på jobb – utviding til fleire lærefag", ["3.1"],
      goal="3.1 Gi fleksibel opplæring på vaksne sine premissar",
      type="Kurs/utdanning", resp="Vestland fylkeskommune", partners="Opplæringskontora, verksemdene",
      period="Skuleåret 2021/22",
      desc="Tilsette med lang praksis kan ta fagbrev gjennom ein individuell opplæringsplan i eigen jobb. Ordninga er utvida til mellom anna industrimekanikarfaget og kokkfaget."),
    M("Industrifagskulen Vestland: modulbaserte fagskuletilbod for tilsette i industrien", ["2.4"],
      goal="Arbeide meir systematisk for å kople kompetansebehov i verksemder og klynger til utdanningstilbydarar",
      type="Kurs/utdanning", resp="Fagskulen Vestland", partners="GCE Ocean Technology, Norsk Industri, Fellesforbundet",
      period="2021–2022",
      desc="Korte, nettbaserte modular innan automasjon og digitalisering, utvikla saman med industriklyngene i fylket."),
    M("Kompetanseløft for helsefagarbeidarar med minoritetsspråkleg bakgrunn (Sogn og Fjordane-modellen)", ["3.4", "3.5"],
      goal="3.4 og 3.5", type="Kurs/utdanning", resp="Vestland fylkeskommune", partners="NAV, kommunane",
      period="2021",
      desc="Modellen kombinerer norskopplæring, fagopplæring og praksis i kommunale helse- og omsorgstenester, og er no teken i bruk i heile fylket."),
    M("«Digitalt løft Vestland» – digital kompetanse i verksemder i distrikta", ["2.1"], goal="2.1",
      type="Prosjekt", resp="Vestland fylkeskommune", partners="Innovasjon Noreg, næringshagane",
      period=None,
      desc="Prosjektet gir små verksemder tilbod om kartlegging av digital modenskap og korte kurs. Tidsramme er ikkje avklart."),
]


def build_vestland():
    fname = "vestland_fylkeskommune_2021.pdf"
    doc = new_doc(font="Liberation Sans", size=10)
    header_footer(doc, header_text="Vestland fylkeskommune – Opplæring og kompetanse", page_fmt="Side {PAGE}")
    doc.add_heading("Rapportering til Kompetansepolitisk råd 2021", level=1)
    para(doc, "Vestland fylkeskommune", bold=True)
    para(doc, "Vestland fylkeskommune rapporterer her om tiltak som fylgjer opp Nasjonal kompetansepolitisk strategi. "
              "Fylkeskommunen har frå 2020 fått eit større ansvar for kompetansepolitikken i regionen, og tiltaka under er "
              "ein del av arbeidet med den regionale kompetansestrategien. Kvart tiltak er skildra i eit eige skjema.")
    labels = [("Namn på tiltaket", "title"), ("Delmål i strategien", "goal"), ("Type tiltak", "type"),
              ("Ansvarleg", "resp"), ("Samarbeidspartnarar", "partners"), ("Tidsrom", "period"),
              ("Skildring av tiltaket", "desc")]
    for i, m in enumerate(VESTLAND, 1):
        doc.add_heading(f"Tiltak {i}", level=3)
        t = doc.add_table(rows=2 * len(labels), cols=1)
        t.style = "Table Grid"
        for k, (lab, key) in enumerate(labels):
            lc = t.rows[2 * k].cells[0]
            vc = t.rows[2 * k + 1].cells[0]
            cell_write(lc, lab, bold=True, size=9)
            shade(lc, "DDEBF7")
            v = m[key]
            cell_write(vc, (paras(v) if key == "desc" else v) or "", size=10)
        set_widths(t, [16.5])
        para(doc)
    para(doc, "Bergen, 20. januar 2022")
    para(doc, "Kari Fjeldstad", space_after=0)
    para(doc, "fylkesdirektør for opplæring og kompetanse")
    docx_to_pdf(doc, fname)
    register(fname, "Vestland fylkeskommune", 2021,
             "PDF from Word, Nynorsk; one single-column table per measure with each label on a shaded row above its answer (Namn på tiltaket, Delmål i strategien, Type tiltak, Ansvarleg, Samarbeidspartnarar, Tidsrom, Skildring av tiltaket)",
             VESTLAND, "Two goals given only as Nynorsk paraphrase of the delmål text (→1.2, →2.4), one as code + text; one Tidsrom row empty; type 'Råd/utval/nettverk' in Nynorsk.")


# ==========================================================================
# 8. Innlandet 2020 — Word, one table, row per measure, combined cells
# ==========================================================================
INNLANDET = [
    M("Fagbrev på jobb – felles ordning for Innlandet", ["3.1"], goal="3.1",
      type="Kurs/utdanning", resp="Innlandet fylkeskommune",
      partners="NAV Innlandet, opplæringskontorene, kommunene", period="2020–2021",
      desc="Ordningene i tidligere Hedmark og Oppland er slått sammen. Ansatte kan ta fagbrev med utgangspunkt i egen arbeidspraksis."),
    M("Modulstrukturert opplæring for voksne i helsearbeiderfaget og barne- og ungdomsarbeiderfaget", ["3.1"], goal="3.1",
      type="Kurs/utdanning", resp="Innlandet fylkeskommune", partners="Udir, voksenopplæringssentrene",
      period="Skoleåret 2020/21",
      desc="Del av det nasjonale forsøket med modulstrukturert opplæring. 64 deltakere startet høsten 2020."),
    M("Ungt Entreprenørskap-metodikk i introduksjonsprogrammet: etablereropplæring for innvandrere", ["3.4"], goal="3.4",
      type="Prosjekt", resp="Innlandet fylkeskommune", partners="Ungt Entreprenørskap Innlandet, kommunene",
      period="2019–2020",
      desc="Deltakere i introduksjonsprogrammet lærer å utvikle en forretningsidé, samtidig som norskopplæringen knyttes til praktiske oppgaver."),
    M("Samarbeidsavtale med NAV Innlandet om opplæring for arbeidssøkere", ["3.5"], goal="3.5",
      type="Råd/utvalg/nettverk", resp="Innlandet fylkeskommune og NAV Innlandet", partners=None,
      period="Fra mars 2020",
      desc="Avtalen regulerer samarbeidet om kjøp av opplæring, kartlegging av realkompetanse og felles informasjon til arbeidssøkere."),
    M("Regional kompetansestrategi for Innlandet 2020–2024", ["1.2", "1.4"], goal="1.2 / 1.4",
      type="Råd/utvalg/nettverk", resp="Innlandet fylkeskommune",
      partners="KS, LO, NHO, NAV, Fylkesmannen i Innlandet, Høgskolen i Innlandet, NTNU Gjøvik",
      period="Vedtatt desember 2020",
      desc="Strategien er utarbeidet i partnerskap og beskriver felles prioriteringer for kompetanseutvikling i regionen de neste fire årene."),
    M("Karriere Innlandet – karriereveiledning for voksne i omstilling etter koronautbruddet", ["1.3"], goal="1.3",
      type="Informasjon", resp="Karriere Innlandet", partners="NAV Innlandet",
      period="April–desember 2020",
      desc="Ekstra veiledningskapasitet for permitterte og ledige, med telefon- og videoveiledning."),
    M("Kompetansepakke for permitterte: korte kurs via fagskolene", ["2.1", "3.3"], goal="2.1, 3.3",
      type="Kurs/utdanning", resp="Innlandet fylkeskommune", partners="Fagskolen Innlandet, NAV",
      period="Våren og høsten 2020",
      desc="Korte kurs i blant annet digital kompetanse, bygningsinformasjonsmodellering og ledelse, gratis for permitterte."),
]


def build_innlandet():
    fname = "innlandet_fylkeskommune_2020.docx"
    doc = new_doc(font="Calibri", size=10, margins_cm=1.8)
    landscape(doc.sections[0])
    header_footer(doc, header_text="Innlandet fylkeskommune", page_fmt="Side {PAGE} av {NUMPAGES}")
    doc.add_heading("Innlandet fylkeskommune – tiltak i oppfølgingen av NKPS, 2020", level=1)
    para(doc, "Innlandet fylkeskommune ble etablert 1. januar 2020 ved sammenslåing av Hedmark og Oppland. Tabellen viser "
              "tiltak fylkeskommunen har ansvar for eller deltar i. Delmål er oppgitt med nummer fra strategien.")
    cols = ["Tiltak og beskrivelse", "Delmål", "Ansvar og samarbeid", "Type / tidsrom"]
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, cols):
        cell_write(c, h, bold=True, size=10)
        shade(c, "FCE4D6")
    repeat_header(t.rows[0])
    for m in INNLANDET:
        cells = t.add_row().cells
        cell_write(cells[0], m["title"], bold=True, size=10)
        for d in paras(m["desc"]):
            cell_write(cells[0], d, size=9, first=False)
        cell_write(cells[1], m["goal"], size=10)
        cell_write(cells[2], "Ansvarlig: " + m["resp"], size=9)
        cell_write(cells[2], "Samarbeid: " + (m["partners"] or ""), size=9, first=False)
        cell_write(cells[3], [m["type"], m["period"]], size=9)
    set_widths(t, [11.5, 2.2, 7.0, 4.5])
    para(doc)
    para(doc, "Kontaktperson: Ola Brenna, seksjonsleder kompetanse og karriere, Innlandet fylkeskommune", italic=True)
    save_docx(doc, fname)
    register(fname, "Innlandet fylkeskommune", 2020,
             "Word, landscape; one table with a row per measure: 'Tiltak og beskrivelse' (bold title paragraph + description paragraph in the same cell) | Delmål | 'Ansvar og samarbeid' (two labelled lines) | 'Type / tidsrom' (two unlabelled lines)",
             INNLANDET, "Title and description share a cell; type and period share a cell without labels; one 'Samarbeid:' line empty; goals '1.2 / 1.4' and '2.1, 3.3'.")


# ==========================================================================
# 9. ASD 2018 — reportlab, per measure heading + horizontal label/value grid
# ==========================================================================
ASD = [
    M("Ny IA-avtale 2019–2022: kompetanse som virkemiddel for å stå i arbeid", ["3.3"], goal="3.3",
      type="Råd/utvalg/nettverk", resp="ASD", partners="Partene i arbeidslivet", period="Forhandlet høsten 2018",
      desc="I den nye avtalen om et mer inkluderende arbeidsliv har partene og myndighetene forpliktet seg til at også kompetansetiltak kan være nødvendige for at flere skal kunne stå i arbeid."),
    M("Opplæringstiltaket – nytt arbeidsmarkedstiltak for arbeidsledige og personer med nedsatt arbeidsevne", ["3.5"], goal="3.5",
      type="Kurs/utdanning", resp="ASD", partners="AVdir, NAV", period="2018–2019",
      desc=["Tiltaket samler tidligere opplæringstiltak i ett og gir mulighet for opplæring i inntil tre år for personer med nedsatt arbeidsevne.",
            "Det legges vekt på yrkesrettet opplæring som fører fram til fag- eller svennebrev."]),
    M("Revisjon av tiltaksforskriften – bestemmelser om opplæring i arbeidsmarkedstiltak", ["3.3", "3.5"], goal="3.3 og 3.5",
      type="Regelverksendring", resp="ASD", partners="AVdir", period="2018",
      desc="Forskriften endres for å forsterke vektleggingen av yrkesopplæring når opplæring brukes som virkemiddel i arbeidsmarkedspolitikken."),
    M("Forsøk med utvidet bruk av opplæring i NAV – evaluering ved Frischsenteret", ["2.2", "3.5"], goal="2.2, 3.5",
      type="FoU", resp="ASD", partners="Frischsenteret, NAV", period="2018–2021",
      desc="Evalueringen skal gi kunnskap om effekten av opplæring for arbeidssøkere sammenlignet med andre arbeidsmarkedstiltak."),
    M("Kompetanse og seniorer – tilskudd til Senter for seniorpolitikk (SSP)", ["2.2"], goal="2.2",
      type="Informasjon", resp="ASD", partners="SSP, partene i arbeidslivet", period="Årlig",
      desc="SSP formidler kunnskap om seniorers læring og kompetanseutvikling og gjennomfører Norsk seniorpolitisk barometer."),
    M("Hurtigsporet i NAV: kartlegging og kvalifisering av nyankomne flyktninger", ["3.3", "3.4"], goal="3.3, 3.4",
      type="Prosjekt", resp="ASD, JD", partners="NAV, IMDi, kommunene", period="2017–2019",
      desc="Flyktninger med kompetanse som etterspørres i arbeidslivet skal tidlig få kartlagt kompetansen sin og raskere komme i jobb."),
]


def build_asd():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    fname = "asd_2018.pdf"
    st = rl_styles()

    def on_page(c, d):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.drawString(2 * cm, A4[1] - 1.2 * cm, "Arbeids- og sosialdepartementet")
        c.drawRightString(A4[0] - 2 * cm, A4[1] - 1.2 * cm, "Rapportering NKPS 2018")
        c.line(2 * cm, A4[1] - 1.35 * cm, A4[0] - 2 * cm, A4[1] - 1.35 * cm)
        c.drawCentredString(A4[0] / 2, 1.2 * cm, f"– {d.page} –")
        c.restoreState()

    doc = SimpleDocTemplate(os.path.join(OUT, fname), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2.2 * cm, bottomMargin=2 * cm, title="ASD rapportering 2018")
    story = [Paragraph("Arbeids- og sosialdepartementets rapportering til Kompetansepolitisk råd 2018", st["h1"]),
             Paragraph("Arbeids- og sosialdepartementet (ASD) har hovedansvar for delmål 3.5 og deler ansvaret for delmål 3.3 "
                       "med andre departementer. Her følger en oversikt over departementets tiltak i 2018.", st["body"]),
             Paragraph("Sammendrag: Departementets innsats har i 2018 særlig vært rettet mot opplæring som virkemiddel "
                       "i arbeidsmarkedspolitikken og mot forhandlingene om en ny IA-avtale.", st["body"])]
    labels = ["Delmål", "Type", "Ansvarlig", "Samarbeidspartnere", "Periode"]
    for i, m in enumerate(ASD, 1):
        block = [Paragraph(f"Tiltak {i}: {esc(m['title'])}", st["h2"])]
        row = [m["goal"], m["type"], m["resp"], m["partners"], m["period"]]
        t = Table([[Paragraph(l, st["cellb"]) for l in labels], [Paragraph(esc(v), st["cell"]) for v in row]],
                  colWidths=[2.2 * cm, 3.4 * cm, 2.4 * cm, 5.0 * cm, 4.0 * cm])
        t.setStyle(TableStyle([
            ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
            ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E8E8")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        block += [t, Spacer(1, 4)]
        block += [Paragraph(esc(p), st["body"]) for p in paras(m["desc"])]
        story.append(KeepTogether(block))
    story.append(Spacer(1, 14))
    story.append(Paragraph("Oslo, 4. februar 2019", st["body"]))
    story.append(Paragraph("Hans Christian Holte, ekspedisjonssjef, Arbeidsmarkedsavdelingen", st["body"]))
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    register(fname, "ASD", 2018,
             "reportlab PDF; per measure a bold heading 'Tiltak n: <title>', a two-row grid with labels across the top (Delmål | Type | Ansvarlig | Samarbeidspartnere | Periode) and values below, then description paragraphs",
             ASD, "Intro and 'Sammendrag' paragraph mention delmål 3.5/3.3 but are not measures; non-standard type 'Regelverksendring'; running header and '– n –' footer.")


# ==========================================================================
# 10. VOFO 2020 — Word, 'Tiltak: <title>' headings, labels on their own line
# ==========================================================================
VOFO = [
    M("Studieforbundenes koronatilpasning – omlegging til digital opplæring", ["2.1", "3.6"],
      goal="NKPS tiltak nr. 5 og 16", type="Kurs/utdanning", resp="Studieforbundene",
      partners="VOFO, Kompetanse Norge", period="Mars–desember 2020",
      desc=["Da samfunnet stengte ned i mars 2020 la studieforbundene og medlemsorganisasjonene raskt om til nettbaserte kurs.",
            "VOFO har samlet erfaringer og utviklet veiledere for digital kursgjennomføring, slik at også deltakere med svake digitale ferdigheter kan delta."]),
    M("Promotering av Kompetansepluss frivillighet", ["3.2"], goal="NKPS tiltak nr. 12",
      type="Informasjon", resp="VOFO", partners=None, period="2020",
      desc="Informasjonsarbeid overfor studieforbund og frivillige organisasjoner om muligheten til å søke midler til opplæring i grunnleggende ferdigheter."),
    M("Ny forskrift om studieforbund – oppfølging av regelverks- og praksisendringer", ["3.6"], goal="NKPS tiltak nr. 16",
      type="Råd/utvalg/nettverk", resp="VOFO", partners="KD, Kompetanse Norge", period="2019–2020",
      desc="VOFO har deltatt i dialogen om ny forskrift og bistått studieforbundene med å tilpasse seg endringene i tilskuddsordningen."),
    M("Forskningsprosjekt: studieforbundene som læringskatalysatorer", ["2.2", "3.6"], goal="NKPS tiltak nr. 6 og 16",
      type="FoU", resp="VOFO", partners="Fafo", period="2019–2021",
      desc="Prosjektet undersøker hvordan kurs i studieforbund bidrar til læringsmotivasjon og videre utdanning blant voksne med lite formell utdanning."),
    M("Norsktrening for innvandrere i regi av frivillige organisasjoner", ["3.4", "3.6"], goal="NKPS tiltak nr. 14 og 16",
      type="Kurs/utdanning", resp="Studieforbundene", partners="IMDi, frivillige lag og foreninger", period="Løpende",
      desc="Språkkafeer og samtalegrupper som supplement til den offentlige norskopplæringen. Mange tilbud ble flyttet ut eller over på nett i 2020."),
]


def build_vofo():
    fname = "vofo_2020.docx"
    doc = new_doc(font="Cambria", size=11)
    header_footer(doc, header_text="VOFO – Voksenopplæringsforbundet", page_numbers=True, page_fmt="{PAGE}")
    doc.add_heading("VOFOs rapportering for 2020 – Nasjonal kompetansepolitisk strategi", level=1)
    para(doc, "Voksenopplæringsforbundet (VOFO) representerer frivilligheten i Kompetansepolitisk råd. Vi har valgt å "
              "fortsette å vise til strategiens nummererte tiltak (NKPS tiltak nr. 1–16), slik vi gjorde i tidligere rapporter.")
    for m in VOFO:
        doc.add_heading(f"Tiltak: {m['title']}", level=2)
        fields = [("Relasjon til NKPS", m["goal"]), ("Type tiltak", m["type"]), ("Ansvarlig", m["resp"])]
        if m["partners"]:
            fields.append(("Samarbeidspartnere", m["partners"]))
        fields += [("Tidsperspektiv", m["period"]), ("Beskrivelse", m["desc"])]
        for lab, v in fields:
            para(doc, lab, bold=True, space_after=0)
            for p in paras(v):
                para(doc, p, space_after=6)
    para(doc, "")
    para(doc, "Oslo, januar 2021")
    para(doc, "Voksenopplæringsforbundet", space_after=0)
    para(doc, "Sturla Bjerkaker, generalsekretær")
    save_docx(doc, fname)
    register(fname, "VOFO", 2020,
             "Word; Heading 2 'Tiltak: <title>' per measure, each field as a bold label paragraph with the answer on the next line(s) (Relasjon til NKPS, Type tiltak, Ansvarlig, Samarbeidspartnere, Tidsperspektiv, Beskrivelse)",
             VOFO, "Goals only as old numbers 'NKPS tiltak nr. 5 og 16' etc. (5→2.1, 6→2.2, 12→3.2, 14→3.4, 16→3.6); intro mentions 'nr. 1–16' (not a measure); one measure lacks the Samarbeidspartnere label altogether.")


# ==========================================================================
# 11. Akademikerne 2019 — PDF from Word, compact table, goal ranges
# ==========================================================================
AKADEMIKERNE = [
    M("Forskningsrapport «Etter- og videreutdanning blant høyt utdannede i Norge – status og veien videre»", ["2.2"],
      goal="2.2", resp="Akademikerne/Econa", period="Lansert mars 2019"),
    M("Forskningsrapport «Yngre eldre i arbeidslivet» – oppfølgingsseminar", ["2.2"],
      goal="delmål 2.2", resp="Akademikerne/Econa", period="April 2019"),
    M("Forskningsrapport «Behovet for etter- og videreutdanning i høyutdanningsgruppene»", ["2.1", "2.2"],
      goal="2.1–2.2", resp="Akademikerne/Tekna", period="2019"),
    M("«Framtidens behov for akademikere» – rapport fra Samfunnsøkonomisk analyse", ["1.1", "2.2"],
      goal="1.1, 2.2", resp="Akademikerne", period="2018–2019"),
    M("Innspill til ekspertutvalget for etter- og videreutdanning (Markussen-utvalget)", ["2.2", "2.3", "2.4"],
      goal="2.2–2.4", resp="Akademikerne", period="2018–2019"),
    M("Karriereveiledning for akademikere midt i karrieren – pilot med medlemsforeningene", ["1.3"],
      goal="1.3", resp="Akademikerne", period="Høsten 2019"),
    M("Digital kompetanse for akademikere: kursrekke i samarbeid med BI og NTNU", ["2.1"],
      goal="2.1", resp="Akademikerne/Samfunnsviterne", period="2019–2020"),
]


def build_akademikerne():
    fname = "akademikerne_2019.pdf"
    doc = new_doc(font="Carlito", size=11)
    header_footer(doc, footer_text="Akademikerne – hovedorganisasjon for akademikere", page_fmt="{PAGE}")
    doc.add_heading("Akademikernes innrapportering 2019", level=1)
    para(doc, "Til Kompetansepolitisk råd v/ Kompetanse Norge", italic=True)
    para(doc, "Akademikerne og medlemsforeningene har i 2019 særlig arbeidet med kunnskapsgrunnlaget om etter- og "
              "videreutdanning for høyt utdannede. Tiltakene er kort oppsummert i tabellen under. Når et tiltak dekker flere "
              "delmål, er det angitt som et intervall.")
    cols = ["#", "Tiltak", "Delmål", "Ansvarlig", "Når"]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Light Grid Accent 1"
    for c, h in zip(t.rows[0].cells, cols):
        cell_write(c, h, bold=True, size=10)
    for i, m in enumerate(AKADEMIKERNE, 1):
        cells = t.add_row().cells
        for c, v in zip(cells, [str(i), m["title"], m["goal"], m["resp"], m["period"]]):
            cell_write(c, v, size=10)
    set_widths(t, [0.7, 6.4, 1.8, 5.6, 2.1])
    para(doc)
    para(doc, "Akademikerne bidrar gjerne med utdypende informasjon om tiltakene.")
    para(doc, "Med hilsen", space_after=0)
    para(doc, "Akademikerne", bold=True, space_after=0)
    para(doc, "Kristin Dæhli, fagsjef")
    docx_to_pdf(doc, fname)
    register(fname, "Akademikerne", 2019,
             "PDF from Word; a short letter with one compact styled table # | Tiltak | Delmål | Ansvarlig | Når, no type/partner/description columns",
             AKADEMIKERNE, "Goals as ranges with en dash ('2.1–2.2', '2.2–2.4' → 2.2, 2.3, 2.4) and 'delmål 2.2'; titles with «» quotes and dashes; type, partners and description all null.")


# ==========================================================================
# 12. NFD 2021 — Word, English labels run-in
# ==========================================================================
NFD = [
    M("Omstillingsmotoren – competence boost for SMEs through industry clusters", ["2.4"], goal="Delmål 2.4",
      type="Project", resp="NFD", partners="Innovasjon Norge, SIVA, Digital Norway", period="2019–2022",
      desc="Selected cluster organisations use their knowledge and networks to give small and medium-sized enterprises a competence boost in areas important for restructuring, such as digitalisation and green transition."),
    M("The Norwegian Innovation Clusters programme: skills and competence module", ["2.4"], goal="2.4",
      type="Project", resp="Innovasjon Norge", partners="SIVA, Forskningsrådet", period="2021",
      desc="Clusters in the programme are required to describe how they cooperate with education providers on relevant continuing education for member companies."),
    M("Industry programme (bransjeprogram) for the maritime industry and aquaculture", ["1.4", "2.1"], goal="1.4 and 2.1",
      type="Course/education", resp="NFD and KD",
      partners="Norsk Industri, Sjømat Norge, Fellesforbundet, NNN", period="2021–2022",
      desc=["Short, flexible courses developed by universities, university colleges and vocational colleges in cooperation with the social partners in the industries.",
            "The programme was launched in spring 2021 as part of the measures to help the industries through the pandemic."]),
    M("Steering dialogue with the business policy instruments (Innovasjon Norge, SIVA, the Research Council) on skills", ["1.2", "2.4"],
      goal="1.2, 2.4", type="Council/committee/network", resp="NFD", partners="KMD, KD", period="Annual",
      desc="The ministry uses the annual steering dialogue to ask the agencies to support regional skills partnerships and cluster-based learning."),
    M("Digital21 – follow-up of the industry strategy for digital competence", ["2.1"], goal="Sub-goal 2.1",
      type="Information", resp="NFD", partners="Digital21 forum, Digital Norway", period="2021–2023",
      desc="Digital21 gathers business, research and government to strengthen the use of digital technology; the 2021 report gives priority to basic digital skills in SMEs."),
]


def build_nfd():
    fname = "nfd_2021.docx"
    doc = new_doc(font="Arial", size=10.5)
    header_footer(doc, header_text="Ministry of Trade, Industry and Fisheries (NFD) – Nærings- og fiskeridepartementet",
                  page_fmt="Page {PAGE}")
    doc.add_heading("Follow-up of the Norwegian Strategy for Skills Policy – report for 2021", level=1)
    para(doc, "This report is written in English because it is also used as input to the Nordic Council of Ministers' "
              "working group on skills. Goals refer to the sub-goals (delmål) of Nasjonal kompetansepolitisk strategi.")
    para(doc, "Summary: NFD reports five measures, mainly under sub-goal 2.4 (linking company needs to education providers).", italic=True)
    for m in NFD:
        doc.add_heading(m["title"], level=2)
        for lab, v in [("Objective:", m["goal"]), ("Type:", m["type"]), ("Lead:", m["resp"]),
                       ("Partners:", m["partners"]), ("Timeframe:", m["period"])]:
            runin(doc, lab, v)
        ps = paras(m["desc"])
        runin(doc, "Description:", ps[0])
        for p in ps[1:]:
            para(doc, p)
    para(doc, "")
    para(doc, "Contact: Marianne Berg, senior adviser, Department for Business Development", italic=True)
    save_docx(doc, fname)
    register(fname, "NFD", 2021,
             "Word in English; Heading 2 with the bare title per measure, then bold run-in labels Objective: / Type: / Lead: / Partners: / Timeframe: / Description:",
             NFD, "English labels and type names ('Project', 'Course/education', 'Council/committee/network'); 'Sub-goal 2.1', 'Delmål 2.4', '1.4 and 2.1'; italic summary line mentions 2.4 but is not a measure.")


# ==========================================================================
# 13. YS 2018 — reportlab letter, numbered list with goal in parentheses
# ==========================================================================
YS = [
    M("Kartlegging av bransjer med behov for kompetanseutvikling i YS-forbundene", ["2.1"], goal="(delmål 2.1)",
      desc="YS har internt vurdert hvilke bransjer som har størst behov for kompetanseutvikling som følge av digitalisering, og drøftet funnene med forbundene."),
    M("Analyse av endringer i arbeidslivet knyttet til nye digitale løsninger – YS Arbeidslivsbarometer 2018", ["2.1", "2.2"],
      goal="(delmål 2.1 og 2.2)", partners="AFI (OsloMet)",
      desc="Barometeret viser at tre av fire arbeidstakere har opplevd endringer i arbeidsoppgavene som følge av ny teknologi de siste to årene."),
    M("Yrkesfagenes år 2018 – deltakelse i informasjonskampanjen", ["2.3"], goal="(delmål 2.3)", resp="YS og Delta",
      desc="YS og forbundene har deltatt i kampanjen på nett og i sosiale medier med eksempler fra medlemmer med fagbrev."),
    M("Hurtigsporet i Oslo – samarbeidsprosjekt med Virke og Oslo kommune", ["3.3"], goal="(delmål 3.3)",
      partners="Virke, Oslo kommune",
      desc="Prosjektet skulle få flyktninger raskt ut i arbeidslivet, kombinert med norskopplæring. Prosjektet ble avsluttet i 2018 og er overført til Oslo kommune som et mer permanent tiltak."),
    M("Realkompetanse i arbeidslivet – YS' innspill til modell for dokumentasjon", ["2.5"], goal="(delmål 2.5)",
      desc="YS har bidratt i arbeidet med en modell og metode for å beskrive kompetanse som bygges opp i arbeidslivet."),
]


def build_ys():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    fname = "ys_2018.pdf"
    st = rl_styles()
    item = ParagraphStyle("item", parent=st["body"], fontName="Helvetica-Bold", leftIndent=0.8 * cm,
                          firstLineIndent=-0.8 * cm, spaceBefore=8, spaceAfter=3)
    sub = ParagraphStyle("sub", parent=st["body"], leftIndent=0.8 * cm)

    def on_page(c, d):
        c.saveState()
        c.setFont("Helvetica-Bold", 20)
        c.drawString(2 * cm, A4[1] - 2.0 * cm, "YS")
        c.setFont("Helvetica", 8)
        c.drawString(3.3 * cm, A4[1] - 1.95 * cm, "Yrkesorganisasjonenes Sentralforbund")
        c.drawString(2 * cm, 1.2 * cm, "YS, Brugata 19, 0186 Oslo  ·  ys.no")
        c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, str(d.page))
        c.restoreState()

    doc = SimpleDocTemplate(os.path.join(OUT, fname), pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                            topMargin=3 * cm, bottomMargin=2 * cm, title="YS rapportering 2018")
    story = [Paragraph("Kompetansepolitisk råd<br/>v/ Kompetanse Norge<br/>Postboks 236 Sentrum<br/>0103 Oslo", st["body"]),
             Spacer(1, 8),
             Paragraph("Vår dato: 28.01.2019 &nbsp;&nbsp;&nbsp; Vår ref.: 19/0042", st["body"]),
             Spacer(1, 8),
             Paragraph("YS' rapportering av tiltak for 2018 – Nasjonal kompetansepolitisk strategi", st["h2"]),
             Paragraph("Vi viser til anmodning om rapportering av tiltak som følger opp strategien. YS rapporterer følgende "
                       "tiltak for 2018. Delmålet tiltaket knytter seg til, står i parentes etter tiltaket.", st["body"])]
    for i, m in enumerate(YS, 1):
        story.append(Paragraph(f"{i})&nbsp;&nbsp;&nbsp;{esc(m['title'])} {m['goal']}", item))
        story.append(Paragraph(esc(m["desc"]), sub))
        if m["resp"]:
            story.append(Paragraph("Ansvar: " + esc(m["resp"]), sub))
        if m["partners"]:
            story.append(Paragraph("Samarbeidspartner: " + esc(m["partners"]), sub))
    story += [Spacer(1, 10),
              Paragraph("YS vil i 2019 videreføre arbeidet med digital kompetanse og arbeidslivsbarometeret.", st["body"]),
              Spacer(1, 10),
              Paragraph("Med vennlig hilsen<br/>Yrkesorganisasjonenes Sentralforbund", st["body"]),
              Paragraph("Erik Kollerud<br/>leder", st["body"])]
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    register(fname, "YS", 2018,
             "reportlab PDF letter; numbered items '1)' with bold title followed by '(delmål x.y)', an indented description and sometimes 'Ansvar:' / 'Samarbeidspartner:' lines",
             YS, "Goal only in parentheses at the end of the title line; responsible given for one measure only (otherwise implicit YS → null); type and period absent; letterhead, reference line and signature.")


# ==========================================================================
# 14. HOD 2021 — Word, 4-column form per measure with merged cells
# ==========================================================================
HOD = [
    M("Kompetanseløft 2025 – tilskudd til kompetanse- og innovasjonstiltak i de kommunale helse- og omsorgstjenestene", ["1.4"],
      goal="Delmål 1.4", type="Kurs/utdanning", resp="HOD", partners="Helsedirektoratet, Statsforvalteren, KS",
      period="2021–2025",
      desc="Planen skal bidra til en faglig sterk tjeneste og til at kommunene har tilstrekkelig og kompetent personell. Tilskudd går blant annet til fagskoleutdanning og videreutdanning for ansatte."),
    M("Bransjeprogram for kommunal helse- og omsorgssektor: videreutdanning for helsefagarbeidere", ["2.3", "2.4"],
      goal="2.3 og 2.4", type="Kurs/utdanning", resp="KD og HOD",
      partners="KS, Fagforbundet, Delta, NSF, Spekter", period="2019–2021",
      desc="Programmet gir ansatte uten fagbrev og helsefagarbeidere tilbud om utdanning som kan kombineres med jobb, blant annet fagskolemoduler i eldreomsorg og psykisk helse."),
    M("Menn i helse – videreføring og nasjonal spredning", ["2.3", "3.3"], goal="2.3, 3.3",
      type=None, resp="KS", partners="HOD, NAV, fylkeskommunene", period="2021",
      desc="Rekrutteringsprogrammet er utvidet til flere kommuner med finansiering fra HOD."),
    M("Kartlegging av kompetansebehov i en digitalisert helse- og omsorgssektor", ["2.1", "2.2"], goal="2.1/2.2",
      type="FoU", resp="Helsedirektoratet", partners="Ipsos, KS", period="2021",
      desc="Undersøkelsen kartlegger hvilke digitale ferdigheter ansatte trenger når nye velferdsteknologiske løsninger tas i bruk."),
    M("Kompletterende utdanning for sykepleiere med utdanning fra land utenfor EU/EØS", ["2.6"], goal="Delmål 2.6",
      type="Kurs/utdanning", resp="HOD", partners="Helsedirektoratet, OsloMet, VID vitenskapelige høgskole",
      period="Fra høsten 2021",
      desc="Tilbudet skal gjøre det raskere for sykepleiere med utenlandsk utdanning å oppnå norsk autorisasjon."),
]


def build_hod():
    fname = "hod_2021.docx"
    doc = new_doc(font="Calibri", size=10.5)
    header_footer(doc, header_text="Helse- og omsorgsdepartementet", footer_text="Rapportering Kompetansepolitisk råd 2021",
                  page_fmt="{PAGE}/{NUMPAGES}")
    doc.add_heading("Helse- og omsorgsdepartementets tiltak 2021", level=1)
    para(doc, "HOD rapporterer her tiltak på helse- og omsorgsfeltet som bidrar til å nå målene i Nasjonal kompetansepolitisk "
              "strategi. Noen av tiltakene rapporteres også av KS og KD.")
    for m in HOD:
        t = doc.add_table(rows=5, cols=4)
        t.style = "Table Grid"
        r0 = t.rows[0].cells
        cell_write(r0[0], "Tiltak", bold=True)
        shade(r0[0], "DEEAF6")
        mc = r0[1].merge(r0[3])
        cell_write(mc, m["title"], bold=True)
        r1 = t.rows[1].cells
        cell_write(r1[0], "Delmål", bold=True); shade(r1[0], "DEEAF6")
        cell_write(r1[1], m["goal"])
        cell_write(r1[2], "Type tiltak", bold=True); shade(r1[2], "DEEAF6")
        cell_write(r1[3], m["type"] or "")
        r2 = t.rows[2].cells
        cell_write(r2[0], "Ansvarlig", bold=True); shade(r2[0], "DEEAF6")
        cell_write(r2[1], m["resp"])
        cell_write(r2[2], "Periode", bold=True); shade(r2[2], "DEEAF6")
        cell_write(r2[3], m["period"])
        r3 = t.rows[3].cells
        cell_write(r3[0], "Samarbeids-partnere", bold=True); shade(r3[0], "DEEAF6")
        cell_write(r3[1].merge(r3[3]), m["partners"])
        r4 = t.rows[4].cells
        cell_write(r4[0], "Beskrivelse", bold=True); shade(r4[0], "DEEAF6")
        cell_write(r4[1].merge(r4[3]), paras(m["desc"]))
        set_widths(t, [3.3, 5.2, 2.7, 5.4])
        para(doc)
    para(doc, "Helse- og omsorgsdepartementet, 25. januar 2022")
    save_docx(doc, fname)
    register(fname, "HOD", 2021,
             "Word; one 4-column form table per measure: 'Tiltak' + title merged over 3 columns, then label/value pairs side by side (Delmål | … | Type tiltak | …; Ansvarlig | … | Periode | …), partners and description merged rows",
             HOD, "Label 'Samarbeids-partnere' written with a hyphen; one empty Type tiltak cell; goals 'Delmål 1.4', '2.1/2.2'; title with EU/EØS.")


# ==========================================================================
# 15. No-measure file: meeting invitation (Word)
# ==========================================================================
def build_innkalling():
    fname = "innkalling_kompetansepolitisk_rad_juni_2020.docx"
    doc = new_doc(font="Calibri", size=11)
    para(doc, "Kompetanse Norge", bold=True, size=14, space_after=0)
    para(doc, "Sekretariat for Kompetansepolitisk råd", italic=True)
    para(doc, "Til medlemmene i Kompetansepolitisk råd", space_after=0)
    para(doc, "Kopi: vararepresentanter og kontaktpersoner")
    para(doc, "Oslo, 20. mai 2020", align="right")
    doc.add_heading("Innkalling til møte i Kompetansepolitisk råd", level=1)
    para(doc, "Tid: torsdag 11. juni 2020 kl. 10.00–13.00", space_after=0)
    para(doc, "Sted: Digitalt møte (Teams). Lenke sendes ut dagen før.")
    para(doc, "Saksliste", bold=True)
    agenda = [
        ("Sak 8/20", "Godkjenning av innkalling og saksliste"),
        ("Sak 9/20", "Godkjenning av referat fra møtet 6. februar 2020"),
        ("Sak 10/20", "Oppsummering av rådsmedlemmenes rapportering for 2019 – innledning ved Kompetanse Norge"),
        ("Sak 11/20", "Kompetansetiltak for permitterte og ledige under koronapandemien – orientering fra KD og ASD"),
        ("Sak 12/20", "Forslag til felles rapporteringsmal fra 2021 (delmål, type tiltak, ansvarlig, samarbeidspartnere)"),
        ("Sak 13/20", "Eventuelt"),
    ]
    t = doc.add_table(rows=0, cols=2)
    no_borders(t)
    for a, b in agenda:
        c = t.add_row().cells
        cell_write(c[0], a, bold=True)
        cell_write(c[1], b)
    set_widths(t, [2.6, 13.8])
    para(doc)
    para(doc, "Til sak 12/20: Sekretariatet foreslår at alle medlemmer fra neste år rapporterer i et felles skjema der hvert "
              "tiltak knyttes til ett eller flere av strategiens 16 delmål. Utkast til skjema følger vedlagt.")
    para(doc, "Eventuelle forfall meldes til sekretariatet innen 5. juni.")
    para(doc, "Vennlig hilsen", space_after=0)
    para(doc, "Sekretariatet for Kompetansepolitisk råd")
    save_docx(doc, fname)
    EXPECTED[fname] = {"reporter": "Kompetanse Norge", "report_year": 2020,
                       "template": "Meeting invitation (Word) with a borderless agenda table 'Sak n/20'; no measures",
                       "measures": []}
    README.append(f"- `{fname}` (0 tiltak) — meeting invitation from the council secretariat: borderless agenda table "
                  "with 'Sak 8/20 … 13/20'; mentions delmål, type tiltak, ansvarlig and rapportering but contains no measures.")


# ==========================================================================
# 16. No-measure file: budget table (PDF from Word)
# ==========================================================================
def build_budsjett():
    fname = "kompetansereformen_budsjett_2020.pdf"
    doc = new_doc(font="Liberation Serif", size=11)
    header_footer(doc, header_text="Kunnskapsdepartementet – til orientering", page_fmt="{PAGE}")
    doc.add_heading("Kompetansereformen «Lære hele livet» – bevilgninger i 2020", level=1)
    para(doc, "Tabellen viser bevilgninger over Kunnskapsdepartementets budsjett til ordninger som inngår i "
              "kompetansereformen, slik de følger av Prop. 1 S (2019–2020) og revidert nasjonalbudsjett. Beløp i mill. kroner.")
    rows = [
        ("Kap. 257 post 70", "Kompetanseprogrammet, inkl. Kompetansepluss", "207,5", "196,2"),
        ("Kap. 257 post 21", "Bransjeprogram for kompetanseutvikling", "100,0", "40,0"),
        ("Kap. 258 post 21", "Fleksible videreutdanningstilbud", "60,0", "45,0"),
        ("Kap. 258 post 21", "Nettbasert karriereveiledning", "12,0", "8,0"),
        ("Kap. 256 post 70", "Tilskudd til voksenopplæringsforbund og studieforbund", "223,4", "218,0"),
        ("Kap. 240 post 60", "Tilskudd til fagskoler", "942,1", "880,6"),
        ("", "Sum", "1 545,0", "1 387,8"),
    ]
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Kapittel/post", "Formål", "Budsjett 2020", "Budsjett 2019"]):
        cell_write(c, h, bold=True)
        shade(c, "D9D9D9")
    for r in rows:
        cells = t.add_row().cells
        for k, (c, v) in enumerate(zip(cells, r)):
            cell_write(c, v, bold=(r[1] == "Sum"))
            if k >= 2:
                c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_widths(t, [3.4, 7.6, 2.9, 2.9])
    para(doc)
    para(doc, "Kilde: Prop. 1 S (2019–2020) Kunnskapsdepartementet. Tallene er avrundet og ikke kvalitetssikret for publisering.", italic=True, size=9)
    docx_to_pdf(doc, fname)
    EXPECTED[fname] = {"reporter": "KD", "report_year": 2020,
                       "template": "Budget table (PDF from Word): Kapittel/post | Formål | Budsjett 2020 | Budsjett 2019; no measures",
                       "measures": []}
    README.append(f"- `{fname}` (0 tiltak) — KD budget overview for the competence reform: one table of budget posts with "
                  "amounts and a Sum row; programme names look like measures but it is not a report.")


# ==========================================================================
def main():
    for f in os.listdir(OUT):
        if f.endswith((".pdf", ".docx")):
            os.remove(os.path.join(OUT, f))
    builders = [build_ks, build_lo, build_nho, build_spekter, build_virke, build_kd, build_vestland,
                build_innlandet, build_asd, build_vofo, build_akademikerne, build_nfd, build_ys, build_hod,
                build_innkalling, build_budsjett]
    for b in builders:
        b()
    with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(EXPECTED, fh, ensure_ascii=False, indent=2)
    total = sum(len(v["measures"]) for v in EXPECTED.values())
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("# Blind test batch 5\n\n")
        fh.write(f"{len(EXPECTED)} files, {total} measures in all. Generated by `make_batch.py` "
                 "(expected.json comes from the same data, not from the rendered files).\n"
                 "Docx-sourced PDFs are converted with LibreOffice; virke_2019.pdf, asd_2018.pdf and ys_2018.pdf are drawn with reportlab.\n\n")
        fh.write("\n".join(README) + "\n")
    shutil.rmtree(BUILD, ignore_errors=True)
    print(f"{len(EXPECTED)} files, {total} measures")


if __name__ == "__main__":
    main()
