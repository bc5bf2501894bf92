#!/usr/bin/env python3
"""Generate blind test batch 1: NKPS follow-up reports from many members, with ground truth.

All content lives in this script. expected.json is written from the same data that is rendered
(never read back from the files). PDFs are made either by rendering a .docx through LibreOffice
(soffice --headless) or directly with reportlab.

Run with the venv:  /work/blind/.venv/bin/python /work/blind/batch1/make_batch.py
"""
import json
import shutil
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).resolve().parent
BUILD = OUT.parent / "build_batch1"      # intermediate .docx for LibreOffice-rendered PDFs
EXPECTED = {}


def M(title, dm, delmal, type_, resp, partners, period, desc, **extra):
    """One measure. `dm` is the goal reference as printed, `delmal` the codes it means."""
    d = dict(title=title, dm=dm, delmal=delmal, type=type_, responsible=resp,
             partners=partners, period=period, description=desc)
    d.update(extra)
    return d


def record(fname, reporter, year, template, measures):
    EXPECTED[fname] = {
        "reporter": reporter,
        "report_year": year,
        "template": template,
        "measures": [
            {k: m[k] for k in ("title", "delmal", "type", "responsible", "partners", "period", "description")}
            for m in measures
        ],
    }


# ----------------------------------------------------------------------------------------------
# docx helpers
# ----------------------------------------------------------------------------------------------

def new_doc(font="Calibri", size=11, margins_cm=2.5):
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
        s.top_margin = s.bottom_margin = Cm(2.2)
    return doc


def landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    w, h = section.page_width, section.page_height
    if w < h:
        section.page_width, section.page_height = h, w
    section.left_margin = section.right_margin = Cm(1.8)


def add_field(paragraph, instr, placeholder="1"):
    run = paragraph.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); run._r.append(b)
    run2 = paragraph.add_run()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = f" {instr} "; run2._r.append(it)
    run3 = paragraph.add_run()
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); run3._r.append(s)
    paragraph.add_run(placeholder)
    run5 = paragraph.add_run()
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); run5._r.append(e)


def header_footer(doc, header_text=None, footer=None, header_align=WD_ALIGN_PARAGRAPH.RIGHT, size=9):
    """footer: None | 'page' ('Side N') | 'pageof' ('Side N av M') | 'num' (bare number) | str prefix."""
    for sec in doc.sections:
        if header_text:
            p = sec.header.paragraphs[0]
            p.text = ""
            r = p.add_run(header_text); r.font.size = Pt(size)
            p.alignment = header_align
        if footer:
            p = sec.footer.paragraphs[0]
            p.text = ""
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if footer == "num":
                add_field(p, "PAGE")
            elif footer == "page":
                p.add_run("Side ")
                add_field(p, "PAGE")
            elif footer == "pageof":
                p.add_run("Side ")
                add_field(p, "PAGE")
                p.add_run(" av ")
                add_field(p, "NUMPAGES")
            else:
                p.add_run(footer + "\t\tSide ")
                add_field(p, "PAGE")
            for r in p.runs:
                r.font.size = Pt(size)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader"); el.set(qn("w:val"), "true")
    trPr.append(el)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit"); el.set(qn("w:val"), "true")
    trPr.append(el)


def set_col_widths(table, widths_cm):
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


def cell_text(cell, text, bold=False, italic=False, size=None, first=True):
    """Write text into a cell (first paragraph when first=True, else a new paragraph)."""
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    if first:
        p.text = ""
    if text is None:
        return p
    r = p.add_run(text)
    r.bold = bold; r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def para(doc, text="", bold=False, italic=False, size=None, style=None, align=None, space_after=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def runin(doc, label, value, sep=" ", label_bold=True, indent_cm=None):
    p = doc.add_paragraph()
    r = p.add_run(label); r.bold = label_bold
    p.add_run(sep + value)
    if indent_cm:
        p.paragraph_format.left_indent = Cm(indent_cm)
    p.paragraph_format.space_after = Pt(2)
    return p


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# numbering definitions ------------------------------------------------------------------------
def add_abstract_num(doc, abstract_id, fmt="%1.", indent_twips=360, hanging=360):
    numbering = doc.part.numbering_part.element
    an = OxmlElement("w:abstractNum"); an.set(qn("w:abstractNumId"), str(abstract_id))
    mlt = OxmlElement("w:multiLevelType"); mlt.set(qn("w:val"), "singleLevel"); an.append(mlt)
    lvl = OxmlElement("w:lvl"); lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:lvlText", fmt), ("w:lvlJc", "left")):
        e = OxmlElement(tag); e.set(qn("w:val"), val); lvl.append(e)
    ppr = OxmlElement("w:pPr"); ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), str(indent_twips)); ind.set(qn("w:hanging"), str(hanging)); ppr.append(ind); lvl.append(ppr)
    an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)


_NUM_IDS = {}


def add_num(doc, abstract_id, start=None):
    numbering = doc.part.numbering_part.element
    existing = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(existing + [100]) + 1
    num = OxmlElement("w:num"); num.set(qn("w:numId"), str(nid))
    a = OxmlElement("w:abstractNumId"); a.set(qn("w:val"), str(abstract_id)); num.append(a)
    if start is not None:
        ov = OxmlElement("w:lvlOverride"); ov.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride"); so.set(qn("w:val"), str(start)); ov.append(so)
        num.append(ov)
    numbering.append(num)
    return nid


def set_num(paragraph, num_id, ilvl=0):
    pPr = paragraph._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl"); il.set(qn("w:val"), str(ilvl)); numPr.append(il)
    ni = OxmlElement("w:numId"); ni.set(qn("w:val"), str(num_id)); numPr.append(ni)
    pPr.insert(0, numPr) if len(pPr) == 0 else pPr.append(numPr)
    # keep numPr right after pStyle if any (schema order)
    ps = pPr.find(qn("w:pStyle"))
    if ps is not None:
        pPr.remove(numPr); ps.addnext(numPr)


def soffice_pdf(docx_path: Path, dest_pdf: Path):
    outdir = docx_path.parent
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(docx_path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.copyfile(outdir / (docx_path.stem + ".pdf"), dest_pdf)


# ==============================================================================================
# 1. Regjeringen v/ Kunnskapsdepartementet 2019 — landscape matrix, merged Delmål column,
#    bold title + italic description in one cell, repeated header row, Status column
# ==============================================================================================
KD_GROUPS = [
    ("1.1 Etablere et kompetansebehovsutvalg (KBU)", ["1.1"], [
        M("Kompetansebehovsutvalget (KBU) – NOU 2019: 2 Fremtidige kompetansebehov II", None, ["1.1"],
          "Råd/utvalg/nettverk", "KD", "KMD, ASD, NFD, partene i arbeidslivet, Kompetanse Norge", None,
          "Utvalget la fram sin andre rapport i februar 2019. Rapporten drøfter utdanningssystemets evne til "
          "omstilling og hvordan tilbudet kan møte arbeidslivets behov.",
          status="Gjennomført. Tredje rapport planlegges i 2020."),
    ]),
    ("1.2 Regionalt folkevalgt nivås kompetansepolitiske ansvar", ["1.2"], [
        M("Regionreformen – overføring av oppgaver til fylkeskommunene, herunder tilskudd til karriereveiledning",
          None, ["1.2"], "Råd/utvalg/nettverk", "KMD", "KD, fylkeskommunene, KS", None,
          "Fra 1. januar 2020 får fylkeskommunene et tydeligere ansvar for kompetansepolitikken i egen region. "
          "Tilskuddet til de fylkesvise karrieresentrene legges inn i rammetilskuddet.",
          status="Vedtatt i Prop. 1 S (2019–2020)"),
        M("Innspillsmøter om kompetansereformen i alle fylker", None, ["1.2"], "Arrangement", "KD",
          "Fylkeskommunene, kommuner, utdanningsinstitusjoner, partene, Kompetanse Norge", None,
          "Statsråden har møtt regionale aktører for å samle innspill til stortingsmeldingen om kompetansereformen.",
          status="Avsluttet"),
    ]),
    ("1.3 Karriereveiledning", ["1.3"], [
        M("Nasjonal digital karriereveiledningstjeneste", None, ["1.3"], "Informasjon", "KD",
          "Kompetanse Norge, Utdanningsdirektoratet", None,
          "Tjenesten skal gi alle over 19 år tilgang på karriereveiledning via chat, telefon og nettside.",
          status="Lanseres januar 2020"),
        M("Nasjonalt kvalitetsrammeverk for karriereveiledning", None, ["1.3"], "Prosjekt", "KD",
          "Kompetanse Norge, fylkeskommunene", None,
          "Rammeverket omfatter etiske retningslinjer, kompetansestandarder for veiledere og et felles "
          "begrepsapparat.",
          status="Pågår"),
    ]),
    ("1.4 Samarbeid mellom utdanning og arbeidsliv", ["1.4"], [
        M("Arbeid med stortingsmelding om arbeidsrelevans i høyere utdanning", None, ["1.4"], "FoU", "KD",
          "UH-sektoren, partene i arbeidslivet", None,
          "Meldingen skal blant annet omhandle praksis, samarbeid med arbeidslivet og studentenes "
          "overgang til arbeid.",
          status="Planlagt lagt fram 2021"),
    ]),
    ("2.1 Digital kompetanse i hele arbeidsstyrken", ["2.1"], [
        M("Tilskudd til utvikling av fleksible videreutdanningstilbud i digital kompetanse", None, ["2.1"],
          "Kurs/utdanning", "KD", "Kompetanse Norge, DIKU, LO, NHO, KS, Virke, Spekter, YS, Unio, Akademikerne",
          None,
          "Utlysningen i 2019 ga støtte til 25 nye tilbud ved universiteter, høyskoler og fagskoler.",
          status="Videreføres i 2020"),
        M("Bransjeprogram for kommunal helse- og omsorgssektor og for industri- og byggenæringen", None, ["2.1"],
          "Kurs/utdanning", "KD", "Partene i arbeidslivet, Kompetanse Norge, utdanningstilbydere", None,
          "Partene i bransjene definerer kompetansebehovene, og tilbudene utvikles i samarbeid med tilbyderne.",
          status="Oppstart høsten 2020"),
    ]),
    ("2.2 Kunnskapsgrunnlaget om læring i arbeidslivet", ["2.2"], [
        M("Ekspertutvalg om etter- og videreutdanning (NOU 2019: 12 Lærekraftig utvikling)", None, ["2.2"],
          "Råd/utvalg/nettverk", "KD", "Forskere, aktører fra offentlig sektor og næringslivet", None,
          "Utvalget leverte sin utredning i juni 2019 med forslag til finansiering og organisering av "
          "livslang læring.",
          status="Levert juni 2019"),
        M("Meld. St. 14 (2019–2020) Kompetansereformen – Lære hele livet", None, ["2.2"], "Informasjon", "KD",
          "Berørte departementer", None,
          "Meldingen legger rammene for regjeringens arbeid med å sikre at ingen går ut på dato.",
          status="Legges fram våren 2020"),
    ]),
    ("2.6 Godkjenning av utenlandsk utdanning", ["2.6"], [
        M("Godkjenningsordning for utenlandsk fagskoleutdanning", None, ["2.6"], "Kurs/utdanning", "KD",
          "NOKUT", None,
          "Ordningen åpnet 1. januar 2019 og gir personer med fagskoleutdanning fra utlandet mulighet til "
          "å få denne vurdert.",
          status="I drift"),
    ]),
    ("3.1 Fleksibel opplæring på voksnes premisser", ["3.1"], [
        M("Forsøk med forberedende voksenopplæring (FVO)", None, ["3.1"], "Kurs/utdanning", "KD",
          "Kompetanse Norge, fylkeskommuner, KS/kommuner", None,
          "Forsøket prøver ut en samlet opplæring i grunnleggende ferdigheter og fag på grunnskolens nivå "
          "for voksne.",
          status="Pågår til 2021"),
    ]),
    ("3.4 Norskopplæring og kvalifisering av innvandrere", ["3.4"], [
        M("Ny integreringslov og reform av introduksjonsprogrammet", None, ["3.4"], "Prosjekt", "KD",
          "IMDi, Kompetanse Norge, KS", None,
          "Forslag til ny lov ble sendt på høring i 2019. Programmet skal i større grad føre til formell "
          "kvalifisering.",
          status="Lovforslag våren 2020"),
    ]),
]
KD_MEASURES = [m for _, _, ms in KD_GROUPS for m in ms]


def build_kd():
    fname = "kd_2019.docx"
    doc = new_doc("Arial", 10)
    landscape(doc.sections[0])
    header_footer(doc, "Kunnskapsdepartementet – Rapportering NKPS 2019", "pageof")
    para(doc, "Regjeringens oppfølging av Nasjonal kompetansepolitisk strategi – rapportering for 2019",
         bold=True, size=15, space_after=6)
    para(doc, "Kunnskapsdepartementet har samlet innspill fra berørte departementer. Tabellen nedenfor viser "
              "tiltak regjeringen har iverksatt eller videreført i 2019, ordnet etter delmålene i strategien. "
              "Enkelte tiltak berører flere delmål, men er bare ført opp én gang.", space_after=8)
    cols = ["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Status per 31.12.2019"]
    widths = [4.0, 8.2, 3.0, 2.2, 4.6, 3.6]
    n = len(KD_MEASURES)
    t = doc.add_table(rows=1 + n, cols=len(cols))
    t.style = "Table Grid"
    for i, c in enumerate(cols):
        cell_text(t.rows[0].cells[i], c, bold=True)
        shade(t.rows[0].cells[i], "D9E2F3")
    repeat_header(t.rows[0])
    r = 1
    for goal_text, _, ms in KD_GROUPS:
        start = r
        for m in ms:
            row = t.rows[r]
            cant_split(row)
            cell_text(row.cells[1], m["title"], bold=True)
            cell_text(row.cells[1], m["description"], italic=True, size=9, first=False)
            cell_text(row.cells[2], m["type"])
            cell_text(row.cells[3], m["responsible"])
            cell_text(row.cells[4], m["partners"])
            cell_text(row.cells[5], m["status"])
            r += 1
        if r - 1 > start:
            merged = t.cell(start, 0).merge(t.cell(r - 1, 0))
        else:
            merged = t.cell(start, 0)
        for p in merged.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        cell_text(merged, goal_text, size=9)
    set_col_widths(t, widths)
    para(doc, "")
    para(doc, "I tillegg har regjeringen videreført tiltak som er rapportert tidligere år, blant annet "
              "Kompetansepluss og Samfunnskontrakten for flere læreplasser. Disse er ikke gjentatt i tabellen.")
    para(doc, "Kunnskapsdepartementet, februar 2020", italic=True)
    doc.save(OUT / fname)
    record(fname, "Regjeringen", 2019,
           "landscape matrix, one row per measure, Delmål cell (code + short text) merged vertically over its rows, "
           "bold title + italic description in the Tiltak cell, header row repeated, extra Status column",
           KD_MEASURES)


# ==============================================================================================
# 2. LO 2019 — one two-column form table per measure, merged "Tiltak n" header row
# ==============================================================================================
LO_MEASURES = [
    M("Notat: «Tariffavtalenes betydning i kompetansepolitikken» – oppfølging i forbundene", "Delmål 2.2",
      ["2.2"], "FoU", "LO", "Fafo", "Januar–juni 2019",
      "Notatet fra Fafo ble presentert for forbundene i 2018. I 2019 har LO fulgt opp med gjennomgang av "
      "kompetansebestemmelsene i de største tariffavtalene og drøftinger i forbundenes tariffkonferanser."),
    M("Matindustrien 4.0 – kompetanseløft for hele matindustrien", "2.1", ["2.1"], "Prosjekt", "LO/NNN",
      "NHO Mat og drikke, Sjømat Norge", "2018–2020",
      "Partssammensatt prosjekt som kartlegger kompetansebehovet som følge av automatisering og digitalisering "
      "i næringsmiddelindustrien, og utvikler opplæringstilbud for ansatte uten fagbrev."),
    M(["Seminar om styrking av kompetanse i klyngesamarbeid", "(Arendalsuka 2019)"], "Delmål 2.4", ["2.4"],
      "Arrangement", "LO", "NHO, Eyde-klyngen", "14. august 2019",
      "Seminaret samlet bedrifter, tillitsvalgte og utdanningstilbydere for å diskutere hvordan klynger kan "
      "brukes til å utvikle relevante etter- og videreutdanningstilbud."),
    M("Forslag om større satsing på regionale karrieresentre", "1.3", ["1.3"], "Råd/utvalg/nettverk", "LO",
      None, "Løpende",
      "LO har i innspill til statsbudsjettet og i Kompetansepolitisk råd tatt til orde for at alle fylker skal "
      "ha karrieresentre med tilbud til voksne i arbeidslivet."),
    M("Deltakelse på arrangementer om oppfølging av Hurtigsporet", "Delmål 3.3 og 3.4", ["3.3", "3.4"],
      "Informasjon", "LO", "Egne forbund, NAV, NHO", "Hele 2019",
      "LO har deltatt på regionale møter om Hurtigsporet for å fremme at flyktninger med relevant "
      "kompetanse raskt kommer i arbeid på ordinære lønns- og arbeidsvilkår."),
    M("Observatørplass i Universitets- og høyskolerådets fagstrategiske enheter", "1.4", ["1.4"],
      "Råd/utvalg/ nettverk", "LO", "UHR", None,
      "Posisjonen brukes aktivt til å videreutvikle samarbeidet mellom UH-sektoren og arbeidslivet og bidra "
      "til høy relevans i utdanningene."),
]


def _title_str(t):
    return " ".join(t) if isinstance(t, list) else t


def build_lo():
    fname = "lo_2019.docx"
    doc = new_doc("Calibri", 11)
    header_footer(doc, "LO – Rapportering til Kompetansepolitisk råd 2019", "pageof", WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, "Rapportering fra LO om oppfølging av Nasjonal kompetansepolitisk strategi 2019", bold=True, size=16)
    para(doc, "Til: Kompetansepolitisk råd v/ Kompetanse Norge")
    para(doc, "Fra: Landsorganisasjonen i Norge (LO)")
    para(doc, "Dato: 31. januar 2020", space_after=10)
    para(doc, "LO har i 2019 arbeidet med kompetansepolitikk både sentralt og gjennom forbundene. Nedenfor "
              "rapporteres de tiltakene vi mener er mest relevante for strategiens delmål. Flere av tiltakene "
              "gjennomføres i samarbeid med arbeidsgiversiden.")
    labels = [("Navn på tiltak", "title"), ("Relasjon til delmål", "dm"), ("Type tiltak", "type"),
              ("Ansvarlig", "responsible"), ("Samarbeidspartnere", "partners"), ("Beskrivelse", "description"),
              ("Tidspunkt og varighet", "period")]
    for i, m in enumerate(LO_MEASURES, 1):
        rows = [(lab, key) for lab, key in labels if not (key == "period" and m["period"] is None)]
        t = doc.add_table(rows=1 + len(rows), cols=2)
        t.style = "Table Grid"
        hdr = t.cell(0, 0).merge(t.cell(0, 1))
        cell_text(hdr, f"Tiltak {i}", bold=True)
        shade(hdr, "C00000")
        hdr.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for j, (lab, key) in enumerate(rows, 1):
            c0, c1 = t.cell(j, 0), t.cell(j, 1)
            cell_text(c0, lab, bold=True)
            shade(c0, "F2F2F2")
            val = m[key]
            if isinstance(val, list):
                cell_text(c1, val[0])
                for extra in val[1:]:
                    cell_text(c1, extra, first=False)
            else:
                cell_text(c1, val)           # None -> empty cell (no partners)
        set_col_widths(t, [4.5, 11.5])
        para(doc, "")
    para(doc, "Samlet sett mener LO at partssamarbeidet om kompetanse har blitt styrket i 2019, men at "
              "finansieringen av etter- og videreutdanning for voksne fortsatt er en hovedutfordring.")
    para(doc, "Med vennlig hilsen")
    para(doc, "Landsorganisasjonen i Norge")
    para(doc, "Avdeling for samfunnspolitikk", italic=True)
    doc.save(OUT / fname)
    ms = [dict(m, title=_title_str(m["title"])) for m in LO_MEASURES]
    record(fname, "LO", 2019,
           "one 2-column form table per measure with a merged coloured 'Tiltak n' header row; one title typed "
           "over two paragraphs; a missing Tidspunkt row and an empty Samarbeidspartnere cell",
           ms)


# ==============================================================================================
# 3. NHO 2020 — numbered headings ("1. Title", Heading 2 style, number typed) + "Label: value" lines
#    rendered to PDF through LibreOffice
# ==============================================================================================
NHO_MEASURES = [
    M("Kompetansereformen: bransjeprogram for industri- og byggenæringen", "2.1 og 2.4", ["2.1", "2.4"],
      "Kurs/utdanning", "NHO",
      "Norsk Industri, Byggenæringens Landsforening (BNL), Fellesforbundet, Kompetanse Norge", "2020–2021",
      "Partene har sammen definert moduler innen automatisering, digital byggeprosess og ledelse av "
      "omstilling. Tilbudene er tilpasset at deltakerne er i jobb, og flere av dem tilbys digitalt etter "
      "koronautbruddet."),
    M("Rapport om fagarbeideres bidrag til innovasjon i bedrifter", "2.2", ["2.2"], "FoU", "NHO", "Fafo",
      "Ferdigstilt mars 2020",
      "Rapporten viser at fagarbeidere spiller en viktig rolle i innovasjonsarbeidet, særlig i industrien, "
      "og at dette i liten grad er synliggjort i innovasjonspolitikken."),
    M("«Jenter og teknologi» – nasjonal kampanje for femte år på rad", "2.3", ["2.3"], "Informasjon", "NHO",
      "Tekna, NITO og lokale lærebedrifter", "2020",
      "Kampanjen skal få flere jenter til å velge teknologiske fag i videregående og høyere utdanning. "
      "Skolebesøk ble i 2020 i stor grad erstattet av digitale arrangementer."),
    M("Kartlegging av kompetanseinvesteringer under permitteringsperioden våren 2020", "Delmål 2.2", ["2.2"],
      "FoU", "NHO", None, "April–juni 2020",
      "Spørreundersøkelse blant NHOs medlemsbedrifter om bruk av opplæring for permitterte ansatte og om "
      "hvilke ordninger bedriftene etterspør."),
    M("Hurtigsporet for nyankomne flyktninger – kampanje i fire byer", "3.3, 3.4", ["3.3", "3.4"],
      "Informasjon", "NHO", "NAV, Bergen, Bodø, Drammen og Fredrikstad kommune", "2019–2020",
      "Kampanjen synliggjør flyktningers kompetanse og rekrutteringsmulighetene for næringslivet."),
    M("Utredning av en skatteincentivmodell for kompetanseheving i virksomheter", "2.2", ["2.2"], "FoU", "NHO",
      "Samfunnsøkonomisk analyse", "2020",
      "Utredningen beskriver to–tre alternative innretninger og anslår provenyvirkninger."),
    M("Deltakelse i Samarbeidsrådet for yrkesopplæring (SRY) og de faglige rådene", "1.4", ["1.4"],
      "Råd/utvalg/nettverk", "Partene", "LO, KS, Unio, YS, Spekter, Virke", "Løpende",
      "NHO og medlemsforeningene deltar aktivt i arbeidet med fagfornyelsen og ny tilbudsstruktur."),
]


def build_nho():
    fname = "nho_2020.pdf"
    doc = new_doc("Liberation Sans", 10.5)
    header_footer(doc, "NHO  |  Rapportering til Kompetansepolitisk råd 2020", "page")
    para(doc, "Næringslivets Hovedorganisasjon", bold=True, size=12)
    doc.add_heading("Oppfølging av Nasjonal kompetansepolitisk strategi – NHOs rapport for 2020", level=1)
    para(doc, "2020 har vært preget av koronapandemien, og flere av NHOs planlagte aktiviteter er blitt "
              "gjennomført digitalt eller utsatt. Under følger de viktigste tiltakene NHO har gjennomført eller "
              "deltatt i. Henvisning til delmål følger nummereringen i strategiens vedlegg.")
    doc.add_heading("Tiltak", level=1)
    for i, m in enumerate(NHO_MEASURES, 1):
        doc.add_heading(f"{i}. {m['title']}", level=2)
        runin(doc, "Delmål:", m["dm"], label_bold=False)
        runin(doc, "Type tiltak:", m["type"], label_bold=False)
        runin(doc, "Ansvarlig:", m["responsible"], label_bold=False)
        if m["partners"]:
            runin(doc, "Samarbeidspartnere:", m["partners"], label_bold=False)
        runin(doc, "Tidsperiode:", m["period"], label_bold=False)
        p = runin(doc, "Beskrivelse:", m["description"], label_bold=False)
        p.paragraph_format.space_after = Pt(10)
    doc.add_heading("Avslutning", level=1)
    para(doc, "NHO vil i 2021 prioritere arbeidet med bransjeprogrammene og oppfølgingen av "
              "kompetansereformen. Vi ser fram til videre samarbeid i rådet.")
    para(doc, "Oslo, 15. januar 2021")
    BUILD.mkdir(exist_ok=True)
    src = BUILD / "nho_2020.docx"
    doc.save(src)
    soffice_pdf(src, OUT / fname)
    record(fname, "NHO", 2020,
           "Word→PDF (LibreOffice); Heading 2 per measure with typed number '1. Title'; plain 'Label: value' "
           "lines (Delmål/Type tiltak/Ansvarlig/Samarbeidspartnere/Tidsperiode/Beskrivelse); title with colon "
           "and «»; page header/footer",
           NHO_MEASURES)


# ==============================================================================================
# 4. KS 2019 — Heading 2 with Word automatic numbering (number not in text), fields as
#    "Label: value" lines separated by soft line breaks in ONE paragraph, unlabeled description
#    paragraph; goals given only as (shortened) delmål text
# ==============================================================================================
KS_MEASURES = [
    M("Samarbeid om digital kompetanse i kommunene",
      "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken", ["2.1"], "Prosjekt", "KS",
      "KMD, hovedsammenslutningene", "1. januar 2018 – 31. desember 2019",
      "71 kommuner deltar. KS har ansvar for å gjennomføre ulike typer møteplasser med bistand fra alle partene "
      "i samarbeidet, og for å spre erfaringer til kommuner som ikke deltar."),
    M("Kommunesektorens arbeidslivsmonitor 2019", "Styrke kunnskapsgrunnlaget om læring i arbeidslivet",
      ["2.2"], "FoU", "KS", None, "Rapport september 2019",
      "Monitoren gir oversikt over sysselsetting, kompetanse og rekrutteringsbehov i kommunesektoren."),
    M("KS Læring – plattform for deling av kurs og kunnskap",
      "Styrke kunnskapsgrunnlaget om læring i arbeidslivet og kunnskapen om verdien av å investere i "
      "kompetanseutvikling", ["2.2"], "Informasjon", "KS", "Kommuner og fylkeskommuner", "Løpende",
      "En plattform der kommuner kan dele kurs, arrangementer og annen kunnskap med sine ansatte og med "
      "hverandre. Over 300 kommuner bruker plattformen."),
    M("Teknologibasert læring på arbeidsplassen", "Digital kompetanse i hele arbeidsstyrken", ["2.1"], "FoU",
      "KS", "NTNU Samfunnsforskning", "2019–2020",
      "Prosjektet undersøker hvordan digitale læringsformer kan tas i bruk i turnusbaserte tjenester."),
    M("Status for lærlinger i kommunesektoren",
      "Synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker", ["2.3"], "Informasjon",
      "KS", None, "Årlig",
      "Statusrapporten viser antall lærlinger per kommune og fylkeskommune og brukes i dialogen om "
      "Samfunnskontrakten for flere læreplasser."),
    M("Rapport om kommunen som læringsarena for helse- og velferdsutdanninger",
      "Videreutvikle samarbeidet mellom utdanningstilbydere og arbeidslivet for å gjøre utdanningen relevant",
      ["1.4"], "FoU", "KS", "Rambøll", "Ferdigstilt juni 2019",
      "Rapporten peker på behovet for bedre kvalitet i praksisstudiene og tettere samarbeid mellom kommuner "
      "og utdanningsinstitusjoner."),
    M("Menn i helse – evaluering og videreføring",
      "Benytte arbeidslivet mer aktivt som læringsarena", ["3.3"], "FoU", "KS", "Østlandsforskning, NAV",
      "2019",
      "Menn i helse rekrutterer menn som står utenfor arbeidslivet til helsefagarbeiderutdanning. "
      "Evalueringen viser at mange fullfører og får fast arbeid."),
    M("Kompetanseheving for karriereveiledere i kommunal voksenopplæring",
      "Tilgang til karriereveiledning og styrket kompetanse hos karriereveiledere og rådgivere", ["1.3"],
      "Kurs/utdanning", "KS", "Kompetanse Norge, fylkeskommunene", "Høsten 2019",
      "Tre regionale samlinger for veiledere i voksenopplæringen om arbeidsmarkedet og veiledning av "
      "innvandrere."),
]


def build_ks():
    fname = "ks_2019.docx"
    doc = new_doc("Calibri", 11)
    header_footer(doc, "KS – Kommunesektorens organisasjon", "num")
    add_abstract_num(doc, 90, "%1.", 432, 432)
    num = add_num(doc, 90)
    doc.add_heading("KS' rapportering på oppfølging av Nasjonal kompetansepolitisk strategi 2019", level=1)
    para(doc, "KS rapporterer her på tiltak som bidrar til å nå delmålene i strategien. Tiltakene er "
              "ordnet etter hvor KS har hovedansvaret. Vi har valgt å vise til delmålene med ord, ikke nummer.")
    para(doc, "Oversikt over tiltak", bold=True, size=12)
    for m in KS_MEASURES:
        h = doc.add_heading(m["title"], level=2)
        set_num(h, num)
        p = doc.add_paragraph()
        fields = [("Delmål", m["dm"]), ("Type tiltak", m["type"]), ("Ansvarlig", m["responsible"]),
                  ("Samarbeidspartnere", m["partners"]), ("Tidsrom", m["period"])]
        first = True
        for lab, val in fields:
            if val is None:
                continue
            if not first:
                p.add_run().add_break()
            first = False
            r = p.add_run(lab + ": "); r.italic = True
            p.add_run(val)
        para(doc, m["description"])
    para(doc, "")
    para(doc, "KS vil i 2020 særlig følge opp kompetansereformen og arbeidet med heltidskultur i "
              "helse- og omsorgssektoren.")
    para(doc, "Oslo, januar 2020 – KS, Arbeidsgiverpolitisk avdeling", italic=True)
    doc.save(OUT / fname)
    record(fname, "KS", 2019,
           "Heading 2 per measure with Word automatic list numbering (number not in text); fields in one "
           "paragraph split by soft line breaks with italic labels; unlabelled description paragraph; goals "
           "only as shortened delmål text",
           KS_MEASURES)


# ==============================================================================================
# reportlab helpers
# ==============================================================================================
def rl_setup():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    base = "/usr/share/fonts/truetype/liberation2/"
    for name, f in (("LS", "LiberationSans-Regular.ttf"), ("LS-B", "LiberationSans-Bold.ttf"),
                    ("LS-I", "LiberationSans-Italic.ttf"), ("LS-BI", "LiberationSans-BoldItalic.ttf"),
                    ("LSe", "LiberationSerif-Regular.ttf"), ("LSe-B", "LiberationSerif-Bold.ttf"),
                    ("LSe-I", "LiberationSerif-Italic.ttf"), ("LSe-BI", "LiberationSerif-BoldItalic.ttf")):
        try:
            pdfmetrics.getFont(name)
        except KeyError:
            pdfmetrics.registerFont(TTFont(name, base + f))
    addMapping("LS", 0, 0, "LS"); addMapping("LS", 1, 0, "LS-B"); addMapping("LS", 0, 1, "LS-I"); addMapping("LS", 1, 1, "LS-BI")
    addMapping("LSe", 0, 0, "LSe"); addMapping("LSe", 1, 0, "LSe-B"); addMapping("LSe", 0, 1, "LSe-I"); addMapping("LSe", 1, 1, "LSe-BI")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ==============================================================================================
# 5. YS 2019 — reportlab PDF: "Tiltak n – Title" bold lines, fields on indented lines,
#    goals as OLD numbers ("Relasjon til NKPS tiltak nr. 5 og 6"), header + "Side x av y"
# ==============================================================================================
YS_MEASURES = [
    M("Analyse av endringer i arbeidslivet knyttet til nye digitale løsninger",
      "Relasjon til NKPS tiltak nr. 5 og 6.", ["2.1", "2.2"], "FoU", "YS", "Arbeidsforskningsinstituttet (AFI), OsloMet",
      "Januar–oktober 2019",
      "Analysen ser på hvordan digitalisering endrer arbeidsoppgaver i bransjer der YS-forbundene organiserer, "
      "og hvilke kompetansebehov dette gir."),
    M("Kartlegging av kompetansebehov i YS-forbundenes bransjer", "Relasjon til NKPS tiltak nr 6", ["2.2"],
      "Prosjekt", "YS", "YS-forbundene", "Høsten 2019",
      "Internt arbeid i egen organisasjon der forbundene har vurdert hvilke bransjer som har størst behov for "
      "utvikling av kompetanse."),
    M("Yrkesfagenes år – oppfølging i egne kanaler og overfor forbundene", "Relasjon til NKPS tiltak nr. 7",
      ["2.3"], "Informasjon", "YS", "KD, Virke, Spekter, LO, NHO", "2019",
      "YS har videreført budskapene fra informasjonskampanjen Yrkesfagenes år i egne kanaler og på "
      "tillitsvalgtkonferanser."),
    M("Samarbeidsprosjekt om Hurtigsporet – flyktninger raskt ut i arbeid kombinert med norskopplæring",
      "Relasjon til NKPS tiltak nr. 13 og 14", ["3.3", "3.4"], "Prosjekt", "Oslo kommune", "YS, Virke",
      "Prosjektet ble avsluttet i 2018 og er videreført som permanent tiltak i Oslo kommune fra 2019.",
      "YS har deltatt i styringsgruppen og bidratt med kontakt mot arbeidsplasser i privat tjenesteyting."),
    M("Kurs for tillitsvalgte om kompetanseutvikling på arbeidsplassen", "Relasjon til NKPS tiltak nr. 6",
      ["2.2"], "Kurs/utdanning", "YS", "Delta, Parat, Negotia", None,
      "Kurset gir tillitsvalgte verktøy for å ta opp kompetansebehov i drøftinger med arbeidsgiver og bruke "
      "avtaleverkets bestemmelser om kompetanse."),
]


def build_ys():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, KeepTogether
    from reportlab.pdfgen import canvas as rl_canvas
    rl_setup()
    fname = "ys_2019.pdf"

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k); self._saved = []
        def showPage(self):
            self._saved.append(dict(self.__dict__)); self._startPage()
        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                self.setFont("LS", 8.5)
                self.drawString(2.5 * cm, A4[1] - 1.4 * cm, "YS – Yrkesorganisasjonenes Sentralforbund")
                self.drawRightString(A4[0] - 2.5 * cm, A4[1] - 1.4 * cm, "Rapportering NKPS 2019")
                self.line(2.5 * cm, A4[1] - 1.55 * cm, A4[0] - 2.5 * cm, A4[1] - 1.55 * cm)
                self.drawCentredString(A4[0] / 2, 1.2 * cm, f"Side {self._pageNumber} av {n}")
                super().showPage()
            super().save()

    body = ParagraphStyle("b", fontName="LSe", fontSize=11, leading=14.5, spaceAfter=6)
    h1 = ParagraphStyle("h1", fontName="LSe-B", fontSize=15, leading=19, spaceAfter=10)
    tit = ParagraphStyle("t", fontName="LSe-B", fontSize=11.5, leading=14.5, spaceBefore=10, spaceAfter=4,
                         leftIndent=0)
    fld = ParagraphStyle("f", fontName="LSe", fontSize=11, leading=14, leftIndent=1.0 * cm, spaceAfter=2)
    story = [Paragraph("Rapport fra YS om oppfølging av Nasjonal kompetansepolitisk strategi 2019", h1),
             Paragraph("YS viser til bestillingen fra Kompetansepolitisk råd og rapporterer med dette de tiltakene "
                       "YS og forbundene har gjennomført i 2019. Vi har beholdt henvisningene til strategiens "
                       "tiltaksliste (tiltak nr. 1–16) slik vi gjorde i fjor.", body)]
    for i, m in enumerate(YS_MEASURES, 1):
        block = [Paragraph(esc(f"Tiltak {i} – {m['title']}"), tit),
                 Paragraph(esc(m["dm"]), fld),
                 Paragraph("Ansvarlig: " + esc(m["responsible"]), fld),
                 Paragraph("Samarbeidspartnere: " + esc(m["partners"]), fld),
                 Paragraph("Type tiltak: " + esc(m["type"]), fld)]
        if m["period"]:
            block.append(Paragraph("Tidspunkt og varighet: " + esc(m["period"]), fld))
        block.append(Paragraph("Beskrivelse: " + esc(m["description"]), fld))
        story.append(KeepTogether(block))
    story += [Spacer(1, 14),
              Paragraph("YS mener rapporteringen viser at partene tar et betydelig ansvar for å følge opp strategien. "
                        "Vi ber om at rapporteringsformatet forenkles fra neste år.", body),
              Spacer(1, 8), Paragraph("Oslo, 3. februar 2020", body),
              Paragraph("Yrkesorganisasjonenes Sentralforbund", body)]
    SimpleDocTemplate(str(OUT / fname), pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                      topMargin=2.3 * cm, bottomMargin=2.0 * cm, title="YS rapport NKPS 2019",
                      author="YS").build(story, canvasmaker=NumberedCanvas)
    record(fname, "YS", 2019,
           "reportlab PDF; bold 'Tiltak n – Title' lines; indented 'Label: value' lines; goals only as old "
           "'Relasjon til NKPS tiltak nr. x og y' line; running header and 'Side x av y'",
           YS_MEASURES)


# ==============================================================================================
# 6. Virke 2020 — one ONE-column table per measure: shaded label row, answer in the row below
# ==============================================================================================
VIRKE_MEASURES = [
    M("Studie: «Hvordan påvirker ny teknologi kompetansebehovet i varehandelen?»", "2.1, 2.2", ["2.1", "2.2"],
      "FoU", "Virke", "Samfunnsøkonomisk analyse, NAV, Handel og Kontor i Norge",
      "Ferdigstilt desember 2019, oppfølging i 2020",
      "Studien viser at behovet for digital kompetanse og kundebehandling øker, mens rene kasseoppgaver "
      "reduseres. Funnene er brukt i arbeidet med bransjeprogrammet for varehandel."),
    M("Bransjeprogram for varehandelen", "2.1", ["2.1"], "Kurs/utdanning", "Virke og Handel og Kontor",
      "Kompetanse Norge, NHO Service og Handel, utdanningstilbydere", "Høsten 2020 – 2021",
      "Et trepartsprogram som gir ansatte i varehandelen tilbud om korte, arbeidsrettede moduler innen "
      "netthandel, logistikk og salg."),
    M("«Balansekunst» – oppfølging av modell for å beskrive kompetanse ervervet i arbeidslivet", "2.5",
      ["2.5"], "FoU", "Virke", "LO, YS, NHO", "2020",
      "Modellen fra rapporten «Balansekunst» (2018) er prøvd ut i tre virksomheter. Erfaringene skal danne "
      "grunnlag for en enklere dokumentasjon av realkompetanse."),
    M("Virkes kompetanseforum for HR-ledere", "delmål 2.4", ["2.4"], "Råd/utvalg/nettverk", "Virke", None,
      "Fire samlinger i 2020",
      "Nettverket kobler HR-ledere i medlemsvirksomhetene med fagskoler og høyskoler for å utvikle relevante "
      "etter- og videreutdanningstilbud."),
    M("Deltakelse i Råd for samarbeid med arbeidslivet (RSA) ved OsloMet og Handelshøyskolen BI", "1.4",
      ["1.4"], "Råd/utvalg/nettverk", "Virke", "OsloMet, Handelshøyskolen BI", "Løpende", None),
    M("Digitalt kurs i karriereplanlegging for ansatte i varehandelen", "1.3 og 2.1", ["1.3", "2.1"],
      "Kurs/utdanning", "Virke", "Karriere Oslo", "Pilot våren 2020",
      "Kurset hjelper ansatte å kartlegge egen kompetanse og planlegge videre utdanning."),
]


def build_virke():
    fname = "virke_2020.docx"
    doc = new_doc("Georgia", 10.5)
    header_footer(doc, "Hovedorganisasjonen Virke", "Virke – Rapportering Nasjonal kompetansepolitisk strategi 2020")
    para(doc, "Virkes rapportering 2020", bold=True, size=18)
    para(doc, "Nasjonal kompetansepolitisk strategi 2017–2021", size=13, space_after=12)
    para(doc, "Virke organiserer over 24 000 virksomheter innen blant annet handel, tjenesteyting og ideell "
              "sektor. Under følger Virkes tiltak for 2020, ett skjema per tiltak.")
    rows = [("Tiltak", "title"), ("Delmål", "dm"), ("Type tiltak", "type"), ("Ansvarlig", "responsible"),
            ("Samarbeidspartnere", "partners"), ("Beskrivelse", "description"), ("Tidsrom", "period")]
    for m in VIRKE_MEASURES:
        present = [(lab, k) for lab, k in rows if m[k] is not None]
        t = doc.add_table(rows=2 * len(present), cols=1)
        t.style = "Table Grid"
        for j, (lab, k) in enumerate(present):
            c = t.cell(2 * j, 0)
            cell_text(c, lab, bold=True, size=9.5)
            shade(c, "DDEBF7")
            cell_text(t.cell(2 * j + 1, 0), m[k])
        set_col_widths(t, [16.0])
        para(doc, "")
    para(doc, "Virke bidrar i tillegg i Kompetansebehovsutvalget og i Kompetansepolitisk råd.")
    para(doc, "Oslo, 1. februar 2021")
    para(doc, "Hovedorganisasjonen Virke")
    doc.save(OUT / fname)
    record(fname, "Virke", 2020,
           "one single-column table per measure: shaded label row followed by its answer row; missing fields "
           "simply omitted (no partners / no description)",
           VIRKE_MEASURES)


# ==============================================================================================
# 7. Unio 2020 — portrait table, one row per measure, columns in an unusual order with a Nr
#    column, goal ranges ("2.1–2.3"), header repeated; rendered to PDF through LibreOffice
# ==============================================================================================
UNIO_MEASURES = [
    M("Utredning av ulike modeller for finansiering av etter- og videreutdanning", "2.2", ["2.2"], "FoU",
      "Unio", "Proba samfunnsanalyse", "2019–2020", None),
    M("Rapport om kompetanseheving av helsepersonell – utfordringer og muligheter", "2.2", ["2.2"], "FoU",
      "Unio", "Ny Analyse", "2020", None),
    M("Workshop om digitaliseringspolitikk med medlemsforbundene", "2.1", ["2.1"], "Arrangement", "Unio",
      "Unios medlemsforbund", "Februar 2020", None),
    M("Digital kompetanse som tema i tillitsvalgtskoleringen", "2.1–2.3", ["2.1", "2.2", "2.3"],
      "Kurs/utdanning", "Unio", "Utdanningsforbundet, Norsk Sykepleierforbund", "2020–2021", None),
    M("Deltakelse i Råd for samarbeid med arbeidslivet (RSA)", "1.4", ["1.4"], "Råd/utvalg/nettverk", "Unio",
      "UH-institusjonene, KS, Virke, NHO", "Løpende", None),
    M("Aktiv bruk av studieforbund – kompetansehevende kurs for medlemmene", "3.6", ["3.6"], "Kurs/utdanning",
      "Unio", "Unios forbund", "Løpende", None),
    M("Innspill til Meld. St. 14 (2019–2020) Kompetansereformen – Lære hele livet", "1.2, 2.2", ["1.2", "2.2"],
      "Informasjon", "Unio", None, "Våren 2020", None),
    M("Digitalt seminar under Arendalsuka: «Livslang læring i offentlig sektor»", "2.2", ["2.2"],
      "Arrangement", "Unio og KS", "Spekter", "August 2020", None),
    M("Kartlegging av videreutdanningsbehov blant ansatte i politiet", "2.2 og 2.4", ["2.2", "2.4"], "FoU",
      "Unio/Politiets Fellesforbund", "Politihøgskolen", "2020", None),
]


def build_unio():
    fname = "unio_2020.pdf"
    doc = new_doc("Liberation Sans", 10)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(1.5)
    header_footer(doc, "Unio – rapportering NKPS 2020", "page")
    para(doc, "Unios rapportering til Kompetansepolitisk råd for 2020", bold=True, size=15, space_after=8)
    para(doc, "Unio er hovedorganisasjon for 13 forbund med over 380 000 medlemmer, de fleste i offentlig sektor. "
              "Tabellen viser tiltak Unio og forbundene har gjennomført i 2020. Kolonnen «Delmål» viser til "
              "delmålene i strategien.", space_after=8)
    cols = [("Nr.", None), ("Tiltak", "title"), ("Delmål", "dm"), ("Type tiltak", "type"),
            ("Ansvarlig", "responsible"), ("Samarbeidspartnere", "partners"), ("Periode", "period")]
    widths = [0.9, 5.1, 1.5, 2.6, 2.3, 3.7, 1.9]
    t = doc.add_table(rows=1 + len(UNIO_MEASURES), cols=len(cols))
    t.style = "Table Grid"
    for i, (c, _) in enumerate(cols):
        cell_text(t.cell(0, i), c, bold=True, size=9)
        shade(t.cell(0, i), "E7E6E6")
    repeat_header(t.rows[0])
    for r, m in enumerate(UNIO_MEASURES, 1):
        cell_text(t.cell(r, 0), f"{r}.", size=9)
        for i, (_, k) in enumerate(cols[1:], 1):
            cell_text(t.cell(r, i), m[k], size=8.5)
    set_col_widths(t, widths)
    para(doc, "")
    para(doc, "Unio vil understreke at kompetanseutvikling for ansatte i offentlig sektor krever at det settes av "
              "tid og midler, og at arbeidsgiver tar ansvar for å legge til rette.")
    para(doc, "Oslo, 29. januar 2021")
    para(doc, "Unio – hovedorganisasjon for universitetsutdannede", italic=True)
    BUILD.mkdir(exist_ok=True)
    src = BUILD / "unio_2020.docx"
    doc.save(src)
    soffice_pdf(src, OUT / fname)
    record(fname, "Unio", 2020,
           "Word→PDF (LibreOffice); portrait table one row per measure, columns Nr. | Tiltak | Delmål | Type | "
           "Ansvarlig | Samarbeidspartnere | Periode; goal range '2.1–2.3'; no description column",
           UNIO_MEASURES)


# ==============================================================================================
# 8. Akademikerne 2019 — layout table (number | nested label table) with abbreviated labels
# ==============================================================================================
AKAD_MEASURES = [
    M("Forskningsrapport «Etter- og videreutdanning blant høyt utdannede i Norge – status og veien videre»",
      "dm 2.2", ["2.2"], "FoU", "Akademikerne/Econa", "Ny Analyse", "2019",
      "Rapporten kartlegger deltakelse i og finansiering av EVU blant medlemmer med høyere utdanning."),
    M("Forskningsrapport «Framtidens behov for akademikere»", "dm 1.1 og 2.2", ["1.1", "2.2"], "FoU",
      "Akademikerne", "Samfunnsøkonomisk analyse", "Publisert mai 2019",
      "Framskrivinger av tilbud og etterspørsel etter arbeidskraft med høyere utdanning fram mot 2035. "
      "Rapporten er også lagt fram for Kompetansebehovsutvalget."),
    M("Bistand til medlemmer i utviklingen av karrieren, i overgangen mellom utdanning og arbeid og mellom "
      "ulike jobber", "dm 1.3", ["1.3"], "Informasjon", "Akademikerne", "Medlemsforeningene", "Løpende",
      "Foreningene tilbyr karriererådgivning, CV-kurs og webinarer om jobbskifte."),
    M("Behovet for etter- og videreutdanning i høyutdanningsgruppene", "dm 2.2", ["2.2"], "FoU",
      "Akademikerne/Tekna", "Tekna", "2019",
      "Spørreundersøkelse blant Teknas medlemmer om behov for og barrierer mot videreutdanning."),
    M("Innspill til ekspertutvalget for etter- og videreutdanning", "dm 2.2", ["2.2"], "Råd/utv./nettv.",
      "Akademikerne", None, "Jan.–mars 2019",
      "Akademikerne har gitt skriftlige og muntlige innspill, blant annet om skattefradrag for EVU."),
    M("Yngre eldre i arbeidslivet – kompetanse og omstilling for seniorer", "dm 2.2, 1.3", ["2.2", "1.3"], "FoU",
      "Akademikerne/Econa", "Ny Analyse", None,
      "Rapporten ser på hvordan seniorer kan holde kompetansen oppdatert og hvilken rolle karriereveiledning "
      "kan spille."),
]


def build_akademikerne():
    fname = "akademikerne_2019.docx"
    doc = new_doc("Calibri", 10.5)
    header_footer(doc, "Akademikerne", "num", WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, "Akademikernes rapport – oppfølging av NKPS 2019", bold=True, size=16)
    para(doc, "Forkortelser: Dm. = delmål, Ansv. = ansvarlig, Samarb. = samarbeidspartnere, Beskr. = "
              "beskrivelse. Oversikten omfatter tiltak i regi av Akademikerne sentralt og medlemsforeningene.",
         italic=True, size=9.5, space_after=10)
    outer = doc.add_table(rows=len(AKAD_MEASURES), cols=2)
    outer.style = "Table Grid"
    labels = [("Tiltak", "title"), ("Dm.", "dm"), ("Type", "type"), ("Ansv.", "responsible"),
              ("Samarb.", "partners"), ("Tid", "period"), ("Beskr.", "description")]
    for i, m in enumerate(AKAD_MEASURES):
        left, right = outer.cell(i, 0), outer.cell(i, 1)
        cell_text(left, f"{i + 1}", bold=True, size=14)
        shade(left, "FCE4D6")
        present = [(l, k) for l, k in labels if m[k] is not None]
        inner = right.add_table(rows=len(present), cols=2)
        inner.style = "Table Grid"
        for j, (l, k) in enumerate(present):
            cell_text(inner.cell(j, 0), l, bold=True, size=9.5)
            cell_text(inner.cell(j, 1), m[k], bold=(k == "title"))
        set_col_widths(inner, [2.0, 12.2])
        # python-docx leaves an empty paragraph before the nested table; keep it (Word does the same)
    set_col_widths(outer, [1.2, 14.8])
    para(doc, "")
    para(doc, "Akademikerne, 10. februar 2020")
    doc.save(OUT / fname)
    record(fname, "Akademikerne", 2019,
           "outer layout table (row per measure: big number | nested 2-column label table); abbreviated "
           "labels Dm./Ansv./Samarb./Beskr./Tid; goals 'dm 2.2', 'dm 2.2, 1.3'; type abbreviated",
           AKAD_MEASURES)


# ==============================================================================================
# 9. VOFO 2020 — "a) Title" bold plain lines, labels WITHOUT colon on their own line, answer below;
#    intro, "Oppsummering" section and signature
# ==============================================================================================
VOFO_MEASURES = [
    M("Promotering av Kompetanseplussordningene overfor studieforbundene", "3.2", ["3.2"], "Informasjon",
      "VOFO", "Studieforbundene, Kompetanse Norge", "2020",
      "VOFO har informert studieforbundene om utlysningene i Kompetansepluss frivillighet og bistått med "
      "søknadsskriving."),
    M("Evaluering av Kompetansepluss frivillighet", "3.2, 3.6", ["3.2", "3.6"], "FoU", "VOFO",
      "Frivillig sektor", "2019–2020",
      "Evalueringen viser at ordningen når deltakere som ellers ikke deltar i opplæring, men at "
      "søknadsprosessen oppleves krevende for små organisasjoner."),
    M("Forskningsprosjekt: studieforbundene som læringskatalysatorer", "3.6", ["3.6"], "FoU", "VOFO", "Fafo",
      "2019–2021",
      "Prosjektet undersøker hvordan kurs i studieforbund motiverer voksne med lite formell utdanning til "
      "videre læring."),
    M("Partnerskapsavtaler med fylkeskommunene", "1.2", ["1.2"], "Informasjon", "VOFO og VOFO-regionene",
      "Fylkeskommunene", "Løpende",
      "VOFO har inngått partnerskapsavtaler med fem fylkeskommuner for å styrke frivillighetens plass i "
      "regionale kompetansestrategier."),
    M("Kompetanseheving for eksisterende og nye regionkonsulenter", "1.2", ["1.2"], "Kurs/utdanning", "VOFO",
      None, "Våren 2020",
      "Regionkonsulentene har fått opplæring i regional kompetansepolitikk og karriereveiledning."),
    M("Digital omstilling av kurstilbudet under koronapandemien", "2.1 og 3.6", ["2.1", "3.6"], "Prosjekt",
      "VOFO", "Studieforbundene og kursarrangører", "Mars–desember 2020",
      "Da fysiske kurs ble stengt i mars, bisto VOFO studieforbundene med å legge om til digital "
      "undervisning. Over 3 000 kurs ble gjennomført digitalt."),
]


def build_vofo():
    fname = "vofo_2020.docx"
    doc = new_doc("Cambria", 11)
    header_footer(doc, "Voksenopplæringsforbundet (VOFO)", "page", WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Rapportering fra VOFO – Nasjonal kompetansepolitisk strategi 2020", bold=True, size=15)
    para(doc, "Innledning", bold=True, size=12)
    para(doc, "VOFO er paraplyorganisasjon for studieforbundene og representerer frivilligheten i "
              "Kompetansepolitisk råd. Vi rapporterer på tiltak der VOFO har hatt en aktiv rolle i 2020. "
              "Hvert tiltak er markert med bokstav.")
    para(doc, "Tiltak", bold=True, size=12)
    labels = [("Delmål", "dm"), ("Type tiltak", "type"), ("Ansvarlig", "responsible"),
              ("Samarbeidspartnere", "partners"), ("Tidspunkt", "period"), ("Beskrivelse", "description")]
    for i, m in enumerate(VOFO_MEASURES):
        para(doc, f"{'abcdefghij'[i]}) {m['title']}", bold=True, space_after=4)
        for lab, k in labels:
            if m[k] is None:
                continue
            p = para(doc, lab, bold=True, size=10, space_after=0)
            p.paragraph_format.left_indent = Cm(0.6)
            p = para(doc, m[k], space_after=4)
            p.paragraph_format.left_indent = Cm(0.6)
        para(doc, "")
    para(doc, "Oppsummering", bold=True, size=12)
    para(doc, "Koronapandemien har vist at studieforbundene raskt kan ta i bruk digitale løsninger. VOFO vil i "
              "2021 arbeide for at Kompetansepluss frivillighet videreføres i det nye kompetanseprogrammet.")
    para(doc, "Med hilsen")
    para(doc, "Voksenopplæringsforbundet")
    para(doc, "Generalsekretær", italic=True)
    doc.save(OUT / fname)
    record(fname, "VOFO", 2020,
           "plain bold 'a) Title' lines (no Heading style); each label alone on its own line without colon, "
           "answer on the next line, indented; Innledning/Oppsummering/signature around",
           VOFO_MEASURES)


# ==============================================================================================
# 10. Trøndelag fylkeskommune 2019 (Bokmål) — chapter/section numbering "2.1 Title" (section numbers
#     that look like delmål codes!) + small 2-column label table under each heading
# ==============================================================================================
TRL_MEASURES = [
    M("Kompetanseforum Trøndelag", "1.2 Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og "
      "samordningsrolle", ["1.2"], "Råd/utvalg/nettverk", "Trøndelag fylkeskommune",
      "NAV Trøndelag, NHO Trøndelag, LO Trøndelag, KS, NTNU, Fylkesmannen i Trøndelag",
      "Etablert mars 2019, løpende",
      "Forumet samler de viktigste kompetanseaktørene i fylket fire ganger i året og er rådgivende for "
      "fylkeskommunens arbeid med kompetansestrategien."),
    M("Regional kompetansestrategi for Trøndelag 2020–2023", "1.2 og 1.4", ["1.2", "1.4"], "Prosjekt",
      "Trøndelag fylkeskommune", "Kompetanseforum Trøndelag", "Vedtatt i fylkestinget desember 2019",
      "Strategien peker ut fire satsingsområder: karriereveiledning, fagbrev for voksne, digital kompetanse "
      "og samarbeid om etter- og videreutdanning."),
    M("Karrieresenteret i Trøndelag – veiledning for voksne over 19 år", "1.3 Karriereveiledning", ["1.3"],
      "Informasjon", "Trøndelag fylkeskommune", "NAV, kommunene", "Hele 2019",
      "Karrieresenteret har avdelinger i Trondheim, Steinkjer og Orkanger og gir gratis veiledning til "
      "voksne."),
    M("DigiT – kompetanseløft i digitalisering for kommunene i Trøndelag", "2.1", ["2.1"], "Prosjekt",
      "KS Trøndelag og Trøndelag fylkeskommune", "Kommunene, Fylkesmannen", "2019–2021",
      "Et digitaliseringsutvalg koordinerer opplæring av ansatte i kommunene i digitale verktøy og "
      "tjenesteutvikling."),
    M("Fagbrev på jobb og modulstrukturert opplæring for voksne", "3.1", ["3.1"], "Kurs/utdanning",
      "Trøndelag fylkeskommune", "NAV, opplæringskontorene", "Fra høsten 2019",
      "Voksne uten fullført videregående opplæring får tilbud om å ta fagbrev mens de er i jobb, eller "
      "opplæring i moduler tilpasset egen situasjon."),
    M("Samarbeidsavtale med NAV om opplæring av arbeidssøkere", "3.5", ["3.5"], "Kurs/utdanning",
      "Trøndelag fylkeskommune", "NAV Trøndelag", "2019–2022",
      "Avtalen gir arbeidssøkere tilgang til fylkeskommunale opplæringstilbud og felles kartlegging av "
      "kompetanse."),
    M("Bransjenettverk for havbruk og marin næring", "2.4", ["2.4"], "Råd/utvalg/nettverk",
      "Trøndelag fylkeskommune", "Sjømat Norge, NTNU, fagskolene i Trøndelag", None,
      "Nettverket skal koble bedriftenes kompetansebehov til etter- og videreutdanningstilbud ved fagskolene "
      "og NTNU."),
]


def build_trondelag():
    fname = "trondelag_2019.docx"
    doc = new_doc("Calibri", 11)
    header_footer(doc, "Trøndelag fylkeskommune · Rapportering NKPS 2019", "pageof")
    para(doc, "Trøndelag fylkeskommune", size=12)
    para(doc, "Rapportering på oppfølging av Nasjonal kompetansepolitisk strategi 2019", bold=True, size=17,
         space_after=12)
    doc.add_heading("1 Innledning", level=1)
    para(doc, "Fylkeskommunen har fått en tydeligere rolle i kompetansepolitikken gjennom regionreformen. "
              "Kapittel 2 beskriver tiltakene fylkeskommunen har gjennomført i 2019. Nummereringen i "
              "kapittel 2 følger dokumentets kapittelinndeling, ikke strategiens delmål.")
    doc.add_heading("2 Tiltak", level=1)
    rows = [("Delmål", "dm"), ("Type tiltak", "type"), ("Ansvarlig", "responsible"),
            ("Samarbeidspartnere", "partners"), ("Tidspunkt og varighet", "period"), ("Beskrivelse", "description")]
    for i, m in enumerate(TRL_MEASURES, 1):
        doc.add_heading(f"2.{i} {m['title']}", level=2)
        present = [(l, k) for l, k in rows if m[k] is not None]
        t = doc.add_table(rows=len(present), cols=2)
        t.style = "Light Grid Accent 1"
        for j, (l, k) in enumerate(present):
            cell_text(t.cell(j, 0), l, bold=True, size=10)
            cell_text(t.cell(j, 1), m[k], size=10)
        set_col_widths(t, [4.2, 11.8])
    doc.add_heading("3 Oppsummering", level=1)
    para(doc, "Tiltakene viser at fylkeskommunen har tatt en aktiv samordningsrolle. I 2020 vil arbeidet "
              "konsentreres om oppfølging av den regionale kompetansestrategien.")
    para(doc, "Steinkjer, 20. januar 2020")
    para(doc, "Avdeling for utdanning", italic=True)
    doc.save(OUT / fname)
    record(fname, "Trøndelag fylkeskommune", 2019,
           "Heading 1 chapters + Heading 2 '2.n Title' (section numbers look like delmål codes but are not) "
           "followed by a small 2-column label table (Light Grid style); title contains '2020–2023'",
           TRL_MEASURES)


# ==============================================================================================
# 11. Vestland fylkeskommune 2020 (Nynorsk) — "Tiltak n: Title" bold lines, bold run-in labels in the
#     same paragraph as the answer, no colon after the label
# ==============================================================================================
VESTLAND_MEASURES = [
    M("Karrieresenter for alle over 19 år i heile Vestland", "1.3", ["1.3"], "Informasjon",
      "Vestland fylkeskommune", "NAV Vestland, kommunane", "Frå 1. januar 2020",
      "Karriere Vestland har avdelingar i Bergen, Førde, Stord og Voss og gir gratis karriererettleiing til "
      "vaksne. Frå mars 2020 vart rettleiinga i stor grad gitt digitalt."),
    M("Kompetanseløft Vestland: fagbrev på jobb for tilsette i kommunane", "3.1", ["3.1"], "Kurs/utdanning",
      "Vestland fylkeskommune", "KS Vestland, kommunane", "2020–2022",
      "Tilsette utan fagbrev i helse- og oppvekstsektoren får tilbod om å ta fagbrev på arbeidsplassen."),
    M("Strategisk samarbeid mellom Høgskulen på Vestlandet og Fagskulen Vestland innan tekniske fag", "1.4",
      ["1.4"], "Kurs/utdanning", "Vestland fylkeskommune", "Høgskulen på Vestlandet, Fagskulen Vestland",
      "Løpande",
      "Samarbeidet skal gje betre overgangar mellom fagskule og høgskule og felles tilbod til industrien."),
    M("Opplæringstilbod som helsefagarbeidar for minoritetsspråklege («Sogn og Fjordane-modellen»)",
      "3.4 og 3.5", ["3.4", "3.5"], "Kurs/utdanning", "Vestland fylkeskommune", "NAV, kommunane",
      "Vidareført i heile fylket frå 2020",
      "Modellen kombinerer norskopplæring, fag og praksis og har gitt gode resultat i tidlegare Sogn og Fjordane."),
    M("Partnarskap for karriererettleiing", "delmål 1.2 og 1.3", ["1.2", "1.3"], "Råd/utval/nettverk",
      "Vestland fylkeskommune", "NAV Vestland, NHO Vestland, LO i Vestland, KS, Fylkesmannen i Vestland", None,
      "Partnarskapet samordnar karriererettleiinga i fylket og skal gje eit heilskapleg tilbod."),
    M("Kompetansepakke for permitterte og ledige under koronapandemien", "3.3", ["3.3"], "Kurs/utdanning",
      "Vestland fylkeskommune", "NAV Vestland, vidaregåande skular, Fagskulen Vestland", "April–desember 2020",
      "Fylkeskommunen oppretta korte kurs og fag frå vidaregåande opplæring for permitterte og ledige, "
      "finansiert gjennom tilskot frå staten."),
]


def build_vestland():
    fname = "vestland_2020.docx"
    doc = new_doc("Calibri", 11)
    header_footer(doc, "Vestland fylkeskommune – Rapportering Nasjonal kompetansepolitisk strategi 2020", "num")
    para(doc, "Vestland fylkeskommune", bold=True, size=12, space_after=2)
    para(doc, "Rapportering på oppfølging av Nasjonal kompetansepolitisk strategi for 2020", bold=True, size=16,
         space_after=10)
    para(doc, "Vestland fylkeskommune vart skipa 1. januar 2020 ved samanslåing av Hordaland og Sogn og Fjordane. "
              "Det første året har vore prega av både regionreforma og koronapandemien. Nedanfor følgjer "
              "tiltaka fylkeskommunen har sett i verk for å følgje opp delmåla i strategien.")
    fields = [("Delmål", "dm"), ("Type tiltak", "type"), ("Ansvarleg", "responsible"),
              ("Samarbeidspartnarar", "partners"), ("Skildring", "description"),
              ("Tidspunkt og varigheit", "period")]
    for i, m in enumerate(VESTLAND_MEASURES, 1):
        p = para(doc, f"Tiltak {i}: {m['title']}", bold=True, size=12, space_after=4)
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.keep_with_next = True
        for lab, k in fields:
            if m[k] is None:
                continue
            runin(doc, lab, m[k], sep="  ")
    para(doc, "")
    para(doc, "Samla sett har fylkeskommunen i 2020 styrkt rolla si som regional kompetanseaktør, særleg "
              "gjennom karriererettleiing og tilbod til permitterte.")
    para(doc, "Bergen, 25. januar 2021")
    para(doc, "Avdeling for opplæring og kompetanse")
    doc.save(OUT / fname)
    record(fname, "Vestland fylkeskommune", 2020,
           "Nynorsk; bold 'Tiltak n: Title' line (one title itself contains a colon); bold run-in labels "
           "without colon in the same paragraph as the answer (Ansvarleg, Samarbeidspartnarar, Skildring, "
           "Tidspunkt og varigheit)",
           VESTLAND_MEASURES)


# ==============================================================================================
# 12. Møre og Romsdal fylkeskommune 2019 (Nynorsk) — reportlab PDF, landscape table one row per
#     measure, bold title + italic "skildring" in the Tiltak cell, header repeated on each page
# ==============================================================================================
MR_MEASURES = [
    M("Kompetansealliansen Møre og Romsdal", "1.2", ["1.2"], "Råd/utval/nettverk",
      "Møre og Romsdal fylkeskommune", "Næringsliv og klynger, høgskular, fagskular, vidaregåande skular",
      "Etablert våren 2019",
      "Alliansen skal samarbeide om regionen sitt kompetansebehov i framtida på bakgrunn av eit felles "
      "kunnskapsgrunnlag."),
    M("Kunnskapsgrunnlag om kompetansebehovet i regionen fram mot 2030", "1.2", ["1.2"], "FoU",
      "Møre og Romsdal fylkeskommune", "Møreforsking", "2019",
      "Analysen kartlegg kva kompetanse næringslivet og offentleg sektor vil trenge."),
    M("Karrieresenter for alle over 19 år og kompetanseheving for alle rettleiarar", "1.3", ["1.3"],
      "Prosjekt", "Møre og Romsdal fylkeskommune", "Kommunane, NAV Møre og Romsdal", "2019–2020",
      "Tilbodet er utvida til å gjelde alle vaksne, og alle rettleiarar i fylket får fagleg påfyll."),
    M("Eigen plan for opplæring og arbeidspraksis for innvandrarar", "3.3", ["3.3"], "Kurs/utdanning",
      "Møre og Romsdal fylkeskommune", "Kommunane", "Frå hausten 2019",
      "Planen samordnar vaksenopplæring, introduksjonsprogram og praksisplassar i lokalt arbeidsliv."),
    M("Vaksenopplæring på vidaregåande nivå – modulstrukturerte tilbod i helse- og oppvekstfag", "3.1",
      ["3.1"], "Kurs/utdanning", "Møre og Romsdal fylkeskommune", "NAV, kommunane", "2019–2021",
      "Vaksne kan ta fag i moduler og kombinere opplæringa med arbeid."),
    M("Maritim kompetanseklynge – etter- og vidareutdanning for verftsindustrien", "2.4", ["2.4"], "Prosjekt",
      "Møre og Romsdal fylkeskommune", "GCE Blue Maritime, NTNU i Ålesund, Fagskulen i Ålesund", "2019–2020",
      "Bedriftene i klynga melder inn behov, og fagskulen og NTNU utviklar korte tilbod."),
    M("Yrkesfagdagar for elevar i ungdomsskulen", "2.3", ["2.3"], "Arrangement",
      "Møre og Romsdal fylkeskommune", "Opplæringskontora, lokale bedrifter", "Oktober 2019",
      "Elevane møter lærlingar og fagarbeidarar og får prøve ulike yrke."),
    M("Digitalt kompetanseløft for tilsette i vidaregåande skular", "2.1", ["2.1"], "Kurs/utdanning",
      "Møre og Romsdal fylkeskommune", None, "2019",
      "Alle lærarar får opplæring i digitale læringsressursar og vurdering."),
]


def build_more_romsdal():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape as rl_landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    rl_setup()
    fname = "more_og_romsdal_2019.pdf"
    PS = rl_landscape(A4)

    def on_page(c, d):
        c.saveState()
        c.setFont("LS", 8)
        c.drawString(1.5 * cm, PS[1] - 1.1 * cm, "Møre og Romsdal fylkeskommune – Rapportering NKPS 2019")
        c.drawRightString(PS[0] - 1.5 * cm, 0.9 * cm, str(d.page))
        c.restoreState()

    body = ParagraphStyle("b", fontName="LS", fontSize=10, leading=13, spaceAfter=6)
    h1 = ParagraphStyle("h1", fontName="LS-B", fontSize=15, leading=19, spaceAfter=8)
    cell = ParagraphStyle("c", fontName="LS", fontSize=8.8, leading=11)
    cellb = ParagraphStyle("cb", parent=cell, fontName="LS-B")
    celli = ParagraphStyle("ci", parent=cell, fontName="LS-I", fontSize=8.3, leading=10.5, spaceBefore=3)
    hdr = ParagraphStyle("h", parent=cell, fontName="LS-B", textColor=colors.white)
    cols = ["Delmål", "Tiltak", "Type tiltak", "Ansvarleg", "Samarbeidspartnarar", "Periode"]
    data = [[Paragraph(c, hdr) for c in cols]]
    for m in MR_MEASURES:
        data.append([Paragraph(esc(m["dm"]), cell),
                     [Paragraph(esc(m["title"]), cellb), Paragraph(esc(m["description"]), celli)],
                     Paragraph(esc(m["type"]), cell),
                     Paragraph(esc(m["responsible"]), cell),
                     Paragraph(esc(m["partners"] or ""), cell),
                     Paragraph(esc(m["period"]), cell)])
    widths = [1.6 * cm, 9.6 * cm, 3.2 * cm, 3.6 * cm, 5.6 * cm, 3.0 * cm]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1F4E79")),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#808080")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F2F2F2")]),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    story = [Paragraph("Rapportering på oppfølging av Nasjonal kompetansepolitisk strategi 2019", h1),
             Paragraph("Møre og Romsdal fylkeskommune rapporterer med dette på tiltak i 2019. Tabellen viser "
                       "tiltaka ordna etter delmål i strategien. Nummera i kolonna «Delmål» viser til vedlegg 1 "
                       "i strategien.", body),
             Spacer(1, 6), t, Spacer(1, 12),
             Paragraph("Fylkeskommunen vil i 2020 halde fram arbeidet i Kompetansealliansen og vidareutvikle "
                       "karrieresenteret.", body),
             Paragraph("Molde, 31. januar 2020", body)]
    SimpleDocTemplate(str(OUT / fname), pagesize=PS, leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                      topMargin=1.6 * cm, bottomMargin=1.5 * cm, title="Rapportering NKPS 2019",
                      author="Møre og Romsdal fylkeskommune").build(story, onFirstPage=on_page, onLaterPages=on_page)
    record(fname, "Møre og Romsdal fylkeskommune", 2019,
           "reportlab PDF, Nynorsk, landscape table one row per measure (Delmål | Tiltak | Type | Ansvarleg | "
           "Samarbeidspartnarar | Periode), bold title + italic skildring stacked in the Tiltak cell, header row "
           "repeated, zebra rows",
           MR_MEASURES)


# ==============================================================================================
# 13. ASD 2020 — form table per measure with ENGLISH labels (template reused from a Nordic working
#     group), Norwegian answers, no header row
# ==============================================================================================
ASD_MEASURES = [
    M("Nytt arbeidsmarkedstiltak: opplæring for arbeidsledige og personer med nedsatt arbeidsevne", "3.5",
      ["3.5"], "Kurs/utdanning", "ASD", "Arbeids- og velferdsdirektoratet (AVdir)", "Fra 1. januar 2020",
      "Tiltaket samler tidligere opplæringstiltak i ett tiltak og gir mulighet for opplæring i inntil tre år "
      "for personer med nedsatt arbeidsevne."),
    M("Overføring av bedriftsintern opplæring (BIO) til fylkeskommunene", "1.2", ["1.2"],
      "Råd/utvalg/nettverk", "ASD", "Fylkeskommunene, KMD, Arbeids- og velferdsetaten", "Fra 2020",
      "Som del av regionreformen er ansvaret for BIO-ordningen overført fra NAV til fylkeskommunene."),
    M("Ny IA-avtale 2019–2022 – kompetanse som virkemiddel for å stå i arbeid", "3.3", ["3.3"],
      "Råd/utvalg/nettverk", "ASD", "Partene i arbeidslivet", "2019–2022",
      "Partene og myndighetene har forpliktet seg til at også kompetansetiltak kan være nødvendige for å "
      "forebygge sykefravær og frafall."),
    M("Utvidet adgang til opplæring for ledige og permitterte under koronapandemien", "3.3, 3.5",
      ["3.3", "3.5"], "Kurs/utdanning", "ASD", "NAV, KD", "Mai 2020 – juni 2021",
      "Midlertidige regelendringer gir ledige og permitterte rett til å ta opplæring mens de mottar "
      "dagpenger."),
    M("Utvikling av verktøy for kompetansekartlegging i NAV", "3.5", ["3.5"], "Prosjekt",
      "Arbeids- og velferdsdirektoratet", "Kompetanse Norge", None, None),
]


def build_asd():
    fname = "asd_2020.docx"
    doc = new_doc("Times New Roman", 12)
    header_footer(doc, "Arbeids- og sosialdepartementet", "page", WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, "Arbeids- og sosialdepartementet", size=11)
    para(doc, "Rapportering 2020 – Nasjonal kompetansepolitisk strategi", bold=True, size=16, space_after=10)
    para(doc, "ASD rapporterer på tiltak innenfor departementets ansvarsområde. Skjemaet er det samme som "
              "brukes i den nordiske arbeidsgruppen for kompetansepolitikk, derfor engelske feltnavn.")
    labels = [("Measure", "title"), ("Sub-goal (delmål)", "dm"), ("Type", "type"),
              ("Responsible", "responsible"), ("Partners", "partners"), ("Description", "description"),
              ("Timeframe", "period")]
    for m in ASD_MEASURES:
        t = doc.add_table(rows=len(labels), cols=2)
        t.style = "Table Grid"
        for j, (lab, k) in enumerate(labels):
            cell_text(t.cell(j, 0), lab, bold=(k == "title"))
            cell_text(t.cell(j, 1), m[k], bold=(k == "title"))   # empty cell when missing
        set_col_widths(t, [4.0, 12.0])
        para(doc, "")
    para(doc, "Departementet viser for øvrig til Kunnskapsdepartementets samlede rapportering for regjeringen.")
    para(doc, "Oslo, 22. januar 2021")
    doc.save(OUT / fname)
    record(fname, "ASD", 2020,
           "one 2-column form table per measure with ENGLISH labels (Measure, Sub-goal (delmål), Responsible, "
           "Partners, Description, Timeframe), Norwegian answers, no header row; last measure has empty "
           "Description and Timeframe cells",
           ASD_MEASURES)


# ==============================================================================================
# 14. Spekter 2019 — Spekter's own layout: "Rapporteringspunkter" numbered summary list (title + old
#     NKPS number), then one form per measure with 4 auto-numbered headings; the period answer is
#     (by mistake) on the list numbering and continues it (7., 8., ...). Rendered through LibreOffice.
# ==============================================================================================
SPEKTER_MEASURES = [
    M("Arrangere «Møteplass lærebedrifter» 2019", "Relasjon til NKPS tiltak nr. 4 og 7.", ["1.4", "2.3"],
      None, "Spekter", "Medlemsvirksomheter, Fafo, fylkeskommuner og opplæringskontor",
      "Heldagsarrangement 7. mars 2019. Tiltaket gjennomføres hvert år.",
      ["Hensikten med møteplassen er at Spekters medlemmer som er lærebedrifter, eller som ønsker å bli det, "
       "skal møtes for å utveksle erfaringer.",
       "Tema i 2019 var kvalitet i fagopplæringen og samarbeid mellom skole og lærebedrift."]),
    M("Fagskolekonferanse 2019 – fagskoleutdanninger i spesialisthelsetjenesten", "Relasjon til NKPS tiltak nr 7.",
      ["2.3"], None, "Spekter", "LO/Fagforbundet, YS/Delta", "Én dag, november 2019.",
      ["Konferansen skal synliggjøre karrieremuligheter for fagarbeidere i helseforetakene."]),
    M("Arbeidsgivernettverk for Spekters medlemsvirksomheter om kompetansepolitiske problemstillinger",
      "Relasjon til NKPS tiltak nr. 6.", ["2.2"], None, "Spekter", None,
      "Tiltaket ble igangsatt i 2016 og pågår løpende.",
      ["Møtene ledes av Spekters administrerende direktør. Deltakere er HR-direktører og organisasjonsdirektører "
       "i medlemsvirksomhetene."]),
    M("Felles arrangement med LO Stat under Arendalsuka 2019 om verdien av fornyelse av ansattes kompetanse",
      "Relasjon til NKPS tiltak nr 6.", ["2.2"], None, "Spekter og LO Stat", None, "August 2019.",
      ["Arrangementet rettet oppmerksomheten mot betydningen av at ansatte får fornye kompetansen sin "
       "gjennom hele yrkeslivet."]),
    M("Søkekonferanse om Kompetansepluss arbeid for medlemsvirksomhetene", "Relasjon til NKPS tiltak nr. 12.",
      ["3.2"], None, "Spekter", "Kompetanse Norge", "Én dag i september 2019.",
      ["Medlemsvirksomhetene får kunnskap om ordningen og hva som kreves for å søke. Gode eksempler fra "
       "virksomheter som har gjennomført prosjekter, presenteres."]),
    M("Praksisplasser for masterstudenter i statsvitenskap", "Relasjon til NKPS tiltak nr 4.", ["1.4"], None,
      "Spekter", "Universitetet i Oslo", "Vårsemesteret 2019.",
      ["Spekter tar imot to studenter hvert semester i samarbeid med Institutt for statsvitenskap."]),
]


def build_spekter():
    fname = "spekter_2019.pdf"
    doc = new_doc("Liberation Serif", 12)
    header_footer(doc, "Spekter – rapportering NKPS 2019", "num")
    add_abstract_num(doc, 91, "%1.", 360, 360)
    add_abstract_num(doc, 92, "%1.", 360, 360)
    list_num = add_num(doc, 91)                      # Rapporteringspunkter list (and leaking periods)
    para(doc, "Spekters rapportering på Nasjonal kompetansepolitisk strategi 2019", bold=True, size=15,
         space_after=10)
    para(doc, "Rapporteringspunkter:", bold=True)
    for m in SPEKTER_MEASURES:
        p = para(doc, m["title"], space_after=2)
        set_num(p, list_num)
        q = para(doc, m["dm"], space_after=8)
        q.paragraph_format.left_indent = Cm(0.64)
    heads = ["Tiltak i Nasjonal kompetansepolitisk strategi", "Ansvarlig og samarbeidspartnere",
             "Beskrivelse av tiltaket (maks en halv side)", "Tidspunkt og varighet"]

    def ans(text):
        p = para(doc, text, space_after=4)
        p.paragraph_format.left_indent = Cm(0.64)
        return p

    for m in SPEKTER_MEASURES:
        page_break(doc)
        form_num = add_num(doc, 92, start=1)          # restarts at 1 for each form
        for hi, h in enumerate(heads):
            hp = para(doc, h, bold=True, space_after=6)
            set_num(hp, form_num)
            if hi == 0:
                ans(m["title"]); ans(m["dm"])
            elif hi == 1:
                ans("Ansvarlig: " + m["responsible"])
                if m["partners"]:
                    ans("Samarbeidspartnere: " + m["partners"])
            elif hi == 2:
                for d in m["description"]:
                    ans(d)
            else:
                p = para(doc, m["period"], space_after=4)
                set_num(p, list_num)                   # the slip: continues the first list
    BUILD.mkdir(exist_ok=True)
    src = BUILD / "spekter_2019.docx"
    doc.save(src)
    soffice_pdf(src, OUT / fname)
    ms = [dict(m, description=" ".join(m["description"])) for m in SPEKTER_MEASURES]
    record(fname, "Spekter", 2019,
           "Word→PDF (LibreOffice); Spekter layout: numbered 'Rapporteringspunkter' summary list (each measure "
           "listed once there AND again in its form), then one form per page with 4 auto-numbered headings; "
           "goals only as old 'NKPS tiltak nr'; period answers accidentally on the summary list numbering so "
           "'7.', '8.' … leak into the PDF text; no type given",
           ms)


# ==============================================================================================
BUILDERS = [build_kd, build_lo, build_nho, build_ks, build_ys, build_virke, build_unio, build_akademikerne,
            build_vofo, build_trondelag, build_vestland, build_more_romsdal, build_asd, build_spekter]


def main():
    for f in OUT.iterdir():
        if f.suffix in (".docx", ".pdf"):
            f.unlink()
    for b in BUILDERS:
        b()
        print("built", b.__name__)
    # sanity on the source data itself
    for fname, rep in EXPECTED.items():
        for m in rep["measures"]:
            assert isinstance(m["title"], str) and m["title"].strip(), (fname, m)
            for code in m["delmal"]:
                a, b_ = code.split(".")
                assert (a == "1" and 1 <= int(b_) <= 4) or (a in "23" and 1 <= int(b_) <= 6), (fname, code)
    with open(OUT / "expected.json", "w", encoding="utf-8") as fh:
        json.dump(EXPECTED, fh, ensure_ascii=False, indent=2)
    print(len(EXPECTED), "reports,", sum(len(r["measures"]) for r in EXPECTED.values()), "measures")


if __name__ == "__main__":
    main()
