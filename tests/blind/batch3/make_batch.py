#!/usr/bin/env python3
"""Generate blind test batch 3: Norwegian NKPS follow-up reports + expected.json.

Every document is rendered from the data held in this script, and expected.json is
written from the same data (never read back from the rendered files).

Run with the venv at /work/blind/.venv3 (reportlab, python-docx, lxml, pdfplumber);
needs `soffice` for the .docx -> .pdf conversions.
"""
import json
import os
import re
import shutil
import subprocess
import sys

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate,
                                Spacer, Table, TableStyle)

OUT = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(OUT, "_build")

# --------------------------------------------------------------------------------------
# data model
# --------------------------------------------------------------------------------------


def M(title, delmal, goal=None, type=None, resp=None, partners=None, period=None, desc=None, **extra):
    """One measure. `goal` is the goal exactly as the document writes it; `delmal` is the truth.
    `desc` may be a list of paragraphs (expected joins them with one space)."""
    m = dict(title=title, delmal=sorted(delmal, key=lambda c: tuple(int(x) for x in c.split("."))),
             goal=goal, type=type, resp=resp, partners=partners, period=period, desc=desc)
    m.update(extra)
    return m


def jn(x):
    if x is None:
        return None
    if isinstance(x, (list, tuple)):
        return " ".join(p.strip() for p in x)
    return x


FILES = {}  # filename -> dict(reporter, year, template, measures, render)


def register(fname, reporter, year, template, measures, fields):
    """fields: which of type/resp/partners/period/desc the template carries at all."""
    FILES[fname] = dict(reporter=reporter, year=year, template=template, measures=measures,
                        fields=fields)


def expected_entry(f):
    out = []
    for m in f["measures"]:
        e = {"title": m["title"], "delmal": m["delmal"]}
        for key, src in (("type", "type"), ("responsible", "resp"), ("partners", "partners"),
                         ("period", "period"), ("description", "desc")):
            e[key] = jn(m[src]) if src in f["fields"] else None
            if e[key] is not None and e[key].strip() == "":
                e[key] = None
        out.append(e)
    return {"reporter": f["reporter"], "report_year": f["year"], "template": f["template"],
            "measures": out}


# --------------------------------------------------------------------------------------
# docx helpers
# --------------------------------------------------------------------------------------


def new_doc(font="Calibri", size=11, landscape_=False, margins=2.2):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    s = d.sections[0]
    s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    if landscape_:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(margins))
    return d


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def widths(table, cms):
    table.autofit = False
    tw = [int(Cm(w)) for w in cms]
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), tw):
        gc.set(qn("w:w"), str(int(w / 635)))
    for tr in table._tbl.tr_lst:
        col = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = sum(tw[col:col + span])
            col += span


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cell_text(cell, text, bold=False, size=None, italic=False):
    """Write text (str or list of paragraphs) into a cell, replacing its content."""
    paras = text if isinstance(text, (list, tuple)) else [text if text is not None else ""]
    first = cell.paragraphs[0]
    for i, t in enumerate(paras):
        p = first if i == 0 else cell.add_paragraph()
        r = p.add_run(t)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return cell


def add_field(par, instr_text):
    run = par.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    i = OxmlElement("w:instrText")
    i.set(qn("xml:space"), "preserve")
    i.text = instr_text
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    run._r.append(b)
    run._r.append(i)
    run._r.append(s)
    run._r.append(t)
    run._r.append(e)


def header_footer(doc, header=None, footer=None, page_no=True, page_prefix="Side "):
    s = doc.sections[0]
    if header:
        p = s.header.paragraphs[0]
        p.text = header
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for r in p.runs:
            r.font.size = Pt(8)
            r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    p = s.footer.paragraphs[0]
    if footer:
        r = p.add_run(footer + ("   " if page_no else ""))
        r.font.size = Pt(8)
    if page_no:
        r = p.add_run(page_prefix)
        r.font.size = Pt(8)
        add_field(p, "PAGE")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def para(doc, text="", bold=False, size=None, italic=False, underline=False, style=None,
         indent=None, space_after=None, align=None, color=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.underline = underline
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def runin(doc, label, value, sep=" ", label_bold=True, indent=None, label_underline=False):
    p = doc.add_paragraph()
    r = p.add_run(label)
    r.bold = label_bold
    r.underline = label_underline
    p.add_run(sep + value)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    p.paragraph_format.space_after = Pt(2)
    return p


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# --------------------------------------------------------------------------------------
# reportlab helpers
# --------------------------------------------------------------------------------------

FONT_DIR = "/usr/share/fonts/truetype/liberation2"
if not os.path.isdir(FONT_DIR):
    FONT_DIR = "/usr/share/fonts/truetype/liberation"
pdfmetrics.registerFont(TTFont("LS", os.path.join(FONT_DIR, "LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("LS-B", os.path.join(FONT_DIR, "LiberationSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("LS-I", os.path.join(FONT_DIR, "LiberationSans-Italic.ttf")))
pdfmetrics.registerFont(TTFont("LSe", os.path.join(FONT_DIR, "LiberationSerif-Regular.ttf")))
pdfmetrics.registerFont(TTFont("LSe-B", os.path.join(FONT_DIR, "LiberationSerif-Bold.ttf")))
pdfmetrics.registerFont(TTFont("LM", os.path.join(FONT_DIR, "LiberationMono-Regular.ttf")))
from reportlab.pdfbase.pdfmetrics import registerFontFamily  # noqa: E402

registerFontFamily("LS", normal="LS", bold="LS-B", italic="LS-I", boldItalic="LS-B")
registerFontFamily("LSe", normal="LSe", bold="LSe-B", italic="LSe", boldItalic="LSe-B")


def PS(name, font="LS", size=10, leading=None, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.25,
                          alignment=TA_LEFT, splitLongWords=0, **kw)


def check_fit(data, col_widths, pad=6):
    """Fail loudly if any single word is wider than its column (reportlab would overflow it)."""
    for row in data:
        for cell, w in zip(row, col_widths):
            if not isinstance(cell, Paragraph):
                continue
            st = cell.style
            for word in cell.getPlainText().split():
                ww = pdfmetrics.stringWidth(word, st.fontName, st.fontSize)
                assert ww <= w - 2 * pad, f"word {word!r} ({ww:.0f}pt) too wide for column {w:.0f}pt"


def esc(t):
    return (t or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ======================================================================================
# 1. KD 2020 — landscape matrix, Delmål column merged over groups, repeated header
# ======================================================================================

KD = [
    M("Oppfølging av regionreformen: fylkeskommunenes nye oppgaver i kompetansepolitikken",
      ["1.2"], "1.2 Regionalt folkevalgt nivå", "Råd/utvalg/nettverk", "KD",
      "KMD, fylkeskommunene, Kompetanse Norge", status="Gjennomført fra 1.1.2020"),
    M("Nasjonalt kvalitetsrammeverk for karriereveiledning – implementering i fylkene",
      ["1.3"], "1.3 Karriereveiledning", "Prosjekt", "KD",
      "Kompetanse Norge, fylkeskommunene, karrieresentrene", status="Pågår"),
    M("Nasjonal digital karriereveiledningstjeneste (chat, telefon og nett)",
      ["1.3"], None, "Informasjon", "KD", "Kompetanse Norge", status="Utvidet åpningstid fra mars 2020"),
    M("Arbeid med stortingsmelding om arbeidsrelevans i høyere utdanning",
      ["1.4"], "1.4 Samarbeid utdanning – arbeidsliv", "FoU", "KD",
      "UH-sektoren, partene i arbeidslivet", status="Legges fram våren 2021"),
    M("Tilskudd til fleksible videreutdanningstilbud – digital kompetanse og grønn omstilling",
      ["2.1"], "2.1 Digital kompetanse", "Kurs/utdanning", "KD",
      "Kompetanse Norge, partene, universiteter og høyskoler, fagskoler",
      status="57 tilbud fikk midler i 2020"),
    M("Bransjeprogram for kompetanseutvikling – utvidet til ni bransjer under pandemien",
      ["2.1"], None, "Kurs/utdanning", "Regjeringen (KD og ASD)",
      "Partene i de aktuelle bransjene, Kompetanse Norge", status="Utvidet juni 2020"),
    M("Oppfølging av Ekspertutvalget for etter- og videreutdanning (NOU 2019: 12)",
      ["2.2"], "2.2 Kunnskapsgrunnlaget", "FoU", "KD", "NIFU, Kompetanse Norge, SSB",
      status="Pågår"),
    M("Fagfornyelsen – nye læreplaner i yrkesfag fra høsten 2020",
      ["2.3"], "2.3 Yrkesfag", "Prosjekt", "KD", "Utdanningsdirektoratet, de faglige rådene, SRY",
      status="Innført Vg1 skoleåret 2020–21"),
    M("Forprosjekt om nasjonal modell for vurdering av kompetanse ervervet i arbeidslivet",
      ["2.5"], "2.5 Dokumentasjon av kompetanse", "FoU", "KD",
      "Kompetanse Norge, Virke, NHO, LO, YS", status="Rapport levert desember 2020"),
    M("Godkjenningsordning for utenlandsk fagskoleutdanning (NOKUT)",
      ["2.6"], "2.6 Godkjenning av utenlandsk utdanning", "Kurs/utdanning", "KD", "NOKUT",
      status="I ordinær drift"),
    M("Forsøk med forberedende voksenopplæring (FVO) – videreføring og evaluering",
      ["3.1"], "3.1 Fleksibel opplæring for voksne", "Kurs/utdanning", "KD",
      "Kompetanse Norge, fylkeskommuner, KS/kommuner", status="Forsøket avsluttes 2022"),
    M("Ny integreringslov: kompetansekartlegging og sluttmål i introduksjonsprogrammet",
      ["3.4"], "3.4 Norskopplæring og kvalifisering av innvandrere", "Prosjekt", "KD",
      "IMDi, Kompetanse Norge, KS", status="Trer i kraft 1.1.2021"),
    M("Ny fordelingsmodell for tilskudd til studieforbund",
      ["3.6"], "3.6 Frivillig sektor", "Råd/utvalg/nettverk", "KD", "VOFO, studieforbundene",
      status="Høring høsten 2020"),
]
register("kd_2020.docx", "KD", 2020,
         "landscape matrix Delmål|Tiltak|Type tiltak|Ansvarlig|Samarbeidspartnere|Status 2020; "
         "Delmål cells merged vertically over each group; repeated header row",
         KD, fields={"type", "resp", "partners"})


def render_kd(path):
    d = new_doc(size=10, landscape_=True, margins=1.8)
    header_footer(d, header="Kunnskapsdepartementet", footer="Rapportering NKPS 2020")
    para(d, "Kunnskapsdepartementets rapportering for 2020", bold=True, size=16)
    para(d, "Oppfølging av Nasjonal kompetansepolitisk strategi 2017–2021", size=12, italic=True)
    para(d, "Tabellen under viser tiltak Kunnskapsdepartementet har hatt ansvar for eller bidratt "
            "til i 2020, sortert etter delmål i strategien. Tiltak som er rapportert av andre "
            "departementer, er ikke tatt med. Kolonnen «Status 2020» angir hvor langt arbeidet var "
            "kommet ved utgangen av året.")
    cols = ["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Status 2020"]
    t = d.add_table(rows=1 + len(KD), cols=len(cols))
    t.style = "Table Grid"
    widths(t, [3.8, 7.4, 3.6, 3.0, 5.0, 3.3])
    for i, c in enumerate(cols):
        cell_text(t.rows[0].cells[i], c, bold=True)
        shade(t.rows[0].cells[i], "1F3864")
        for r in t.rows[0].cells[i].paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    repeat_header(t.rows[0])
    # group rows by delmål: a row with goal None continues the previous group
    groups = []
    for i, m in enumerate(KD):
        if m["goal"] is not None:
            groups.append([i])
        else:
            groups[-1].append(i)
    for g in groups:
        first = KD[g[0]]
        top = t.rows[1 + g[0]].cells[0]
        if len(g) > 1:
            top = top.merge(t.rows[1 + g[-1]].cells[0])
        cell_text(top, first["goal"])
        shade(top, "D9E2F3")
    for i, m in enumerate(KD):
        row = t.rows[1 + i].cells
        cell_text(row[1], m["title"])
        cell_text(row[2], m["type"])
        cell_text(row[3], m["resp"])
        cell_text(row[4], m["partners"])
        cell_text(row[5], m["status"], italic=True)
    para(d)
    para(d, "Samlet er det rapportert 13 tiltak fra Kunnskapsdepartementet. Flere av tiltakene "
            "følges opp i samarbeid med Arbeids- og sosialdepartementet og Kommunal- og "
            "moderniseringsdepartementet.")
    para(d, "Oslo, 15. januar 2021")
    para(d, "Kunnskapsdepartementet, Avdeling for kompetansepolitikk")
    d.save(path)


# ======================================================================================
# 2. LO 2019 — one two-column form table per measure, shaded label column (-> PDF)
# ======================================================================================

LO = [
    M("Kompetanseløft i industrien: partssammensatt bransjeprogram for industri og bygg",
      ["2.1"], "2.1", "Kurs/utdanning", "LO/Fellesforbundet",
      "NHO, Norsk Industri, BNL, Kompetanse Norge", "2018–2020",
      ["Bransjeprogrammet gir ansatte i industri- og byggenæringen tilbud om korte, "
       "arbeidsplassnære kurs og videreutdanningsmoduler. Fellesforbundet har deltatt i "
       "styringsgruppen og i utlysningen av midler.",
       "I 2019 fikk 24 tilbud midler, og om lag 1 400 deltakere startet på opplæring."]),
    M("Rapport «Tariffavtalenes betydning for etter- og videreutdanning» – oppfølging",
      ["2.2"], "2.2", "FoU", "LO", "Fafo", "Rapporten ble publisert i juni 2019",
      "Rapporten kartlegger hvilke bestemmelser om kompetanse som finnes i tariffavtalene og "
      "hvordan de brukes lokalt. LO følger opp funnene i kurs for tillitsvalgte."),
    M("Konferansen «Fagarbeideren i fremtidens arbeidsliv»",
      ["1.4", "2.3"], "2.3 og 1.4", "Arrangement", "LO", "KD, Utdanningsdirektoratet, NHO",
      "14. november 2019, én dag",
      "Konferanse om kvalitet og relevans i fag- og yrkesopplæringen, med innlegg fra "
      "lærebedrifter, skoler og faglige råd. Om lag 250 deltakere."),
    M("Deltakelse i Råd for samarbeid med arbeidslivet (RSA) ved universiteter og høyskoler",
      ["1.4"], "1.4", "Råd/utvalg/nettverk", "LO og forbundene", "UH-sektoren", "Løpende",
      "LO og forbundene har representanter i RSA ved de fleste statlige universiteter og "
      "høyskoler og bruker plassene til å fremme arbeidslivsrelevans i utdanningene."),
    M("Kurs for tillitsvalgte om kompetanseplaner i virksomheten",
      ["2.2", "2.4"], "2.2, 2.4", "Kurs/utdanning", "LO", "", "Vår og høst 2019",
      "To-dagers kurs i regi av LOs skoleavdeling om hvordan tillitsvalgte kan bidra til "
      "kartlegging av kompetansebehov og lage kompetanseplaner sammen med arbeidsgiver."),
    M("Hurtigsporet – oppfølging av flyktninger i arbeid",
      ["3.3", "3.4"], "3.3 og 3.4", "Informasjon", "LO", "NAV, NHO, IMDi", "2019",
      "Deltakelse på regionale arrangementer om Hurtigsporet og informasjon til egne "
      "medlemmer og tillitsvalgte om hvordan nyankomne flyktninger kan tas inn i "
      "virksomhetene."),
]
register("lo_2019.pdf", "LO", 2019,
         "one 2-column form table per measure (label | answer), grey shaded label column; "
         "page header/footer; intro, summary and signature (docx->LibreOffice PDF)",
         LO, fields={"type", "resp", "partners", "period", "desc"})


def render_lo(path):
    d = new_doc(size=10.5)
    header_footer(d, header="Landsorganisasjonen i Norge (LO)", footer="LO – rapportering NKPS 2019")
    para(d, "LOs rapportering til Kompetansepolitisk råd 2019", bold=True, size=16)
    para(d, "Oppfølging av Nasjonal kompetansepolitisk strategi", size=12)
    para(d, "LO har i 2019 arbeidet videre med tiltak innenfor alle tre hovedinnsatsområdene i "
            "strategien. Nedenfor følger en beskrivelse av de viktigste tiltakene. Hvert tiltak er "
            "beskrevet i et eget skjema etter malen fra sekretariatet.")
    labels = [("Navn på tiltak", "title"), ("Relasjon til delmål", "goal"), ("Type tiltak", "type"),
              ("Ansvarlig", "resp"), ("Samarbeidspartnere", "partners"), ("Beskrivelse", "desc"),
              ("Tidspunkt og varighet", "period")]
    for m in LO:
        t = d.add_table(rows=len(labels), cols=2)
        t.style = "Table Grid"
        widths(t, [4.6, 12.0])
        for i, (lab, key) in enumerate(labels):
            cell_text(t.rows[i].cells[0], lab, bold=True)
            shade(t.rows[i].cells[0], "D9D9D9")
            cell_text(t.rows[i].cells[1], m[key], bold=(key == "title"))
        para(d)
    para(d, "Oppsummering", bold=True, size=12)
    para(d, "LO vil i 2020 særlig prioritere arbeidet med bransjeprogrammene og oppfølgingen av "
            "Kompetansereformen – Lære hele livet. Vi ser fram til videre samarbeid i rådet.")
    para(d, "Med vennlig hilsen")
    para(d, "Landsorganisasjonen i Norge")
    para(d, "Kari Nordvik, rådgiver, Avdeling for utdanning og kompetanse")
    d.save(path)


# ======================================================================================
# 3. NHO 2021 — Word Heading 2 "Tiltak n: Title", bold run-in labels without colon
# ======================================================================================

NHO = [
    M("Kompetansebarometeret 2021: bedriftenes behov for kompetanse",
      ["2.2"], "DM 2.2", "FoU", "NHO", "NIFU", "Februar–mai 2021",
      "Årlig spørreundersøkelse blant NHOs medlemsbedrifter om behovet for kompetanse. Over 6 000 "
      "bedrifter svarte i 2021, og resultatene brukes i dialogen med fylkeskommunene."),
    M("Jenter og teknologi – nasjonal kampanje for flere jenter i tekniske fag",
      ["2.3"], "DM 2.3", "Informasjon", "NHO", "NITO, Tekna, Abelia, Ungt Entreprenørskap",
      "2016–2021, videreføres",
      "Kampanjen besøker videregående skoler og ungdomsskoler med rollemodeller fra bedrifter. "
      "I 2021 ble de fleste besøkene gjennomført digitalt."),
    M("Utredning av et skatteinsentiv for kompetanseheving i bedrifter",
      ["2.2", "2.4"], "DM 2.2/2.4", "FoU", "NHO", "Samfunnsøkonomisk analyse",
      "Rapport levert mars 2021",
      "Rapporten beskriver tre alternative innretninger av et skattefradrag for bedrifters "
      "utgifter til etter- og videreutdanning, med anslag for provenyvirkning."),
    M("Bransjeprogrammet for reiseliv og servering",
      ["2.1"], "DM 2.1", "Kurs/utdanning", "NHO Reiseliv",
      "Fellesforbundet, Kompetanse Norge, fagskoler", None,
      "Gratis nettbaserte kurs for permitterte og ansatte i reiseliv og servering, blant annet "
      "i digital markedsføring, matsikkerhet og vertskap."),
    M("Yrkesopplæringsnemndene: felles opplæring av partsrepresentanter",
      ["1.2", "1.4"], "DM 1.2/1.4", "Råd/utvalg/nettverk", "Partene (NHO og LO)",
      "Fylkeskommunene", "Høsten 2021",
      "Digitale samlinger for nye medlemmer av yrkesopplæringsnemndene etter regionreformen, "
      "med vekt på nemndenes rolle i dimensjonering av læreplasser."),
]
register("nho_2021.docx", "NHO", 2021,
         "Word Heading 2 per measure typed 'Tiltak n: Title'; bold run-in labels without colon "
         "(Delmål/Type/Ansvar/Samarbeid/Tidsrom/Om tiltaket); goals as 'DM 2.2/2.4'; one measure "
         "without Tidsrom", NHO, fields={"type", "resp", "partners", "period", "desc"})


def render_nho(path):
    d = new_doc(size=11)
    header_footer(d, header="NHO – Næringslivets Hovedorganisasjon", page_prefix="")
    d.add_heading("NHOs oppfølging av Nasjonal kompetansepolitisk strategi 2021", level=1)
    para(d, "NHO og landsforeningene har i 2021 prioritert tiltak som gjør det lettere for "
            "bedriftene å få tak i riktig kompetanse etter pandemien. Rapporten er disponert slik "
            "at hvert tiltak beskrives under en egen overskrift.")
    para(d, "DM = delmål i strategien.", italic=True, size=9)
    for i, m in enumerate(NHO, 1):
        d.add_heading(f"Tiltak {i}: {m['title']}", level=2)
        runin(d, "Delmål", m["goal"], sep="\t")
        runin(d, "Type", m["type"], sep="\t")
        runin(d, "Ansvar", m["resp"], sep="\t")
        runin(d, "Samarbeid", m["partners"], sep="\t")
        if m["period"]:
            runin(d, "Tidsrom", m["period"], sep="\t")
        runin(d, "Om tiltaket", m["desc"], sep="  ")
    d.add_heading("Veien videre", level=1)
    para(d, "NHO vil i 2022 følge opp arbeidet med Kompetansereformen og de nye "
            "bransjeprogrammene. Spørsmål om rapporten kan rettes til avdeling for "
            "kompetansepolitikk.")
    para(d, "Oslo, 20. desember 2021")
    d.save(path)


# ======================================================================================
# 4. KS 2020 — reportlab landscape row table over pages, repeated header, row split
# ======================================================================================

KS = [
    M("Samarbeid om digital kompetanse i kommunal sektor («Digitaliseringsløftet»)",
      ["2.1"], "2.1", "Prosjekt", "KS", "KMD, hovedsammenslutningene",
      desc="Partssammensatt program med regionale møteplasser og læringsressurser for ansatte i "
           "71 kommuner. Programmet gir ledere, tillitsvalgte og ansatte felles forståelse av "
           "hva digitalisering betyr for tjenestene.",
      comment="Forlenget ut 2020 på grunn av pandemien"),
    M("KS Læring – plattform for deling av kurs og kompetanse mellom kommuner",
      ["2.1", "2.2"], "2.1 / 2.2", "Informasjon", "KS", "Kommunene",
      desc="Digital læringsplattform der kommuner kan dele kurs, arrangementer og annen kunnskap "
           "med sine ansatte og med hverandre. Over 300 kommuner brukte plattformen i 2020.",
      comment="Ny versjon lansert"),
    M("Kommunesektorens arbeidslivsmonitor 2020",
      ["2.2"], "2.2", "FoU", "KS", "",
      desc="Årlig statistisk oversikt over ansatte, kompetanse, rekruttering og "
           "kompetansebehov i kommuner og fylkeskommuner.",
      comment=""),
    M("FoU-prosjektet «Teknologibasert læring på arbeidsplassen»",
      ["2.2"], "2.2", "FoU", "KS", "Oxford Research",
      desc="Prosjektet undersøker hvordan kommunale virksomheter bruker e-læring, simulering og "
           "digitale verktøy i opplæringen av ansatte, og hva som fremmer læringsutbytte.",
      comment="Sluttrapport våren 2021"),
    M("Lærlingløftet i kommunene: flere læreplasser i helse- og oppvekstfag",
      ["2.3"], "2.3", "Prosjekt", "KS", "Fagforbundet, fylkeskommunene",
      desc="Kommuner får veiledning og erfaringsdeling for å øke antallet lærlinger, særlig i "
           "helsearbeiderfaget og barne- og ungdomsarbeiderfaget.",
      comment="Mål: 1 lærling per 1 000 innbyggere"),
    M("Status 2020 – lærlinger i kommunesektoren",
      ["2.3"], "2.3", "Informasjon", "KS", "",
      desc="Oversikt over antall lærlinger per kommune og fylke, publisert på ks.no.",
      comment="Se eget vedlegg"),
    M("Kommunenes strategiske forskningsorgan (KSF)",
      ["1.4"], "1.4", "Råd/utvalg/nettverk", "KS", "Kommuner, UH-sektoren",
      desc="KSF samler kommunene om en felles forskningsagenda og skal styrke samarbeidet "
           "mellom kommunesektoren og universiteter og høyskoler om praksis og forskning.",
      comment=""),
    M("Rekruttering og kompetanse i helse- og omsorgstjenestene – oppfølging av "
      "Kompetanseløft 2025",
      ["1.4", "2.3"], "1.4 og 2.3", "Prosjekt", "KS", "HOD, Helsedirektoratet, Fagforbundet, NSF",
      desc="KS bistår kommunene med strategisk kompetanseplanlegging og tiltak for å rekruttere "
           "og beholde sykepleiere og helsefagarbeidere.",
      comment="Pågår"),
    M("Deltakelse i Kompetansebehovsutvalget (KBU)",
      ["1.1"], "1.1", "Råd/utvalg/nettverk", "Regjeringen", "KS og de øvrige partene",
      desc="KS er representert i KBU og bidrar med kunnskap om kompetansebehov i kommunal "
           "sektor. Utvalget leverte sin andre rapport i 2020.",
      comment=""),
    M("Veileder for strategisk kompetanseplanlegging i kommunene",
      ["2.4"], "2.4", "Informasjon", "KS", "",
      desc="Oppdatert veileder med maler og eksempler på hvordan kommuner kan kartlegge "
           "kompetansebehov og koble dem til tilbud fra utdanningsinstitusjoner i regionen.",
      comment="Publisert september 2020"),
    M("Erfaringsseminar om Kompetansepluss i kommunale tjenester",
      ["3.2"], "3.2", "Arrangement", "KS", "Kompetanse Norge",
      desc="Seminar for kommuner som har hatt eller ønsker prosjekter med grunnleggende "
           "ferdigheter for ansatte i renhold, kjøkken og omsorg.",
      comment="Gjennomført digitalt 22. oktober"),
    M("Språkpraksis i kommunale virksomheter for deltakere i introduksjonsprogrammet",
      ["3.3", "3.4"], "3.3, 3.4", "Prosjekt", "KS", "IMDi, NAV",
      desc="Kommunale barnehager, sykehjem og driftsavdelinger tilbyr språkpraksis med veileder "
           "til deltakere i introduksjonsprogrammet, kombinert med norskopplæring.",
      comment=""),
    M("Menn i helse – videreføring og evaluering",
      ["3.3"], "3.3", "Prosjekt", "KS", "NAV, Østlandsforskning",
      desc="Rekrutteringsprogram der menn som står utenfor arbeidslivet får praksis og "
           "utdanning som helsefagarbeider. Programmet er evaluert av Østlandsforskning.",
      comment="Evalueringen viser høy gjennomføring"),
]
register("ks_2020.pdf", "KS", 2020,
         "reportlab landscape table, one row per measure: Nr|Tiltak|Beskrivelse|Delmål|Type|"
         "Ansvarlig|Samarbeidspartnere|Kommentar over several pages, header repeated, rows may "
         "split across pages; empty cells for some partners",
         KS, fields={"type", "resp", "partners", "desc"})


def _ks_page(canvas, doc):
    canvas.saveState()
    w, h = landscape(A4)
    canvas.setFont("LS", 8)
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.drawString(1.5 * cm, h - 1.0 * cm, "KS – Kommunesektorens organisasjon")
    canvas.drawRightString(w - 1.5 * cm, h - 1.0 * cm, "Rapportering NKPS 2020")
    canvas.drawCentredString(w / 2, 0.8 * cm, f"Side {doc.page}")
    canvas.restoreState()


def render_ks(path):
    doc = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                            topMargin=1.6 * cm, bottomMargin=1.4 * cm, title="KS rapportering 2020",
                            author="KS")
    h1 = PS("h1", "LS-B", 15)
    body = PS("b", "LS", 9.5)
    cellp = PS("c", "LS", 8.5, leading=10.5)
    cellb = PS("cb", "LS-B", 8.5, leading=10.5)
    headp = PS("hd", "LS-B", 8.5, leading=10.5, textColor=colors.white)
    story = [Paragraph("KS' rapportering av tiltak 2020 – Nasjonal kompetansepolitisk strategi", h1),
             Spacer(1, 6),
             Paragraph("KS rapporterer her tiltak som er gjennomført eller videreført i 2020. "
                       "Tabellen følger delmålene i strategien. Flere tiltak ble justert eller "
                       "flyttet til digitale flater som følge av koronapandemien.", body),
             Spacer(1, 8)]
    head = ["Nr", "Tiltak", "Beskrivelse", "Delmål", "Type", "Ansvarlig", "Samarbeidspartnere",
            "Kommentar"]
    data = [[Paragraph(x, headp) for x in head]]
    for i, m in enumerate(KS, 1):
        data.append([Paragraph(str(i), cellp), Paragraph(esc(m["title"]), cellb),
                     Paragraph(esc(m["desc"]), cellp), Paragraph(esc(m["goal"]), cellp),
                     Paragraph(esc(m["type"]), cellp), Paragraph(esc(m["resp"]), cellp),
                     Paragraph(esc(m["partners"]), cellp), Paragraph(esc(m["comment"]), cellp)])
    cw = [0.8, 5.2, 6.8, 1.6, 3.3, 2.2, 4.2, 2.6]
    check_fit(data, [c * cm for c in cw])
    t = Table(data, colWidths=[c * cm for c in cw], repeatRows=1, splitInRow=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#004E7C")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8899AA")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#EEF3F7")]),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    story += [t, Spacer(1, 12),
              Paragraph("Totalt 13 tiltak. Kontaktperson i KS: seniorrådgiver Ingrid Berg.", body)]
    doc.build(story, onFirstPage=_ks_page, onLaterPages=_ks_page)


# ======================================================================================
# 5. YS 2019 — reportlab portrait, "1)" bold titles, abbreviated "Label: value" lines
# ======================================================================================

YS = [
    M("YS Arbeidslivsbarometer 2019: kompetanse og omstilling i norsk arbeidsliv",
      ["2.2"], "Delmål 2.2", "FoU", "YS", "Respons Analyse", "Publisert november 2019",
      "Årlig undersøkelse blant arbeidstakere om læring på jobb, behov for ny kompetanse og "
      "bekymring for omstilling. Årets tema var kompetanse og digitalisering."),
    M("Kartlegging av kompetansebehov i medlemsforbundenes bransjer",
      ["2.1", "2.2"], "jf. NKPS tiltak nr. 5 og 6", "Prosjekt", "YS", "Medlemsforbundene", "2019",
      "YS har sammen med forbundene vurdert hvilke bransjer som har størst behov for utvikling "
      "av kompetanse, særlig innen bank, finans og handel."),
    M("Yrkesfagenes dag – deltakelse i regionale arrangementer",
      ["2.3"], "Delmål 2.3", "Arrangement", "YS og Delta", "Fylkeskommunene", "Vår 2019",
      "Tillitsvalgte og lærlinger fra YS-forbundene deltok på stands og i paneler for å vise "
      "fram karrieremuligheter i yrkesfagene."),
    M("Partssammensatt arbeidsgruppe om digital kompetanse i staten",
      ["2.1"], "Delmål 2.1", "Råd/utvalg/nettverk", "YS Stat",
      "KMD, LO Stat, Unio, Akademikerne", "2019–2020",
      "Arbeidsgruppen utarbeider felles anbefalinger om hvordan statlige virksomheter kan "
      "bygge digital kompetanse hos ansatte."),
    M("Tillitsvalgtopplæring: «Kompetanse på dagsorden»",
      ["2.2"], "jf. NKPS tiltak nr. 6", "Kurs/utdanning", "YS", None, "Tre kurs høsten 2019",
      "Kurs for tillitsvalgte om hvordan kompetanseutvikling kan tas opp i lokale "
      "forhandlinger og i drøftinger med arbeidsgiver."),
    M("Innspill til Kompetansereformen – Lære hele livet",
      ["2.2", "2.4"], "Delmål 2.2 og 2.4", "Informasjon", "YS", None, "2019",
      "YS har gitt skriftlige og muntlige innspill til departementet om finansiering av etter- "
      "og videreutdanning og bedre koblinger mellom bedrifter og tilbydere."),
    M("Hurtigsporet i Oslo: samarbeid om flyktninger i arbeid",
      ["3.3"], "jf. NKPS tiltak nr. 13", "Prosjekt", "Oslo kommune", "YS, Virke, NAV",
      "Avsluttet 2019",
      "Samarbeidsprosjekt om å få flyktninger raskt ut i arbeidslivet, kombinert med "
      "norskopplæring. Tiltaket er overført til Oslo kommune som permanent ordning."),
]
register("ys_2019.pdf", "YS", 2019,
         "reportlab portrait; measures as bold '1)' numbered titles (some wrap) followed by "
         "abbreviated 'Label: value' lines (Mål/Type/Ansv./Samarb./Periode/Beskr.); goals as "
         "codes or old NKPS tiltak numbers; two measures lack Samarb.",
         YS, fields={"type", "resp", "partners", "period", "desc"})


def _ys_page(canvas, doc):
    canvas.saveState()
    w, h = A4
    canvas.setFont("LS", 8)
    canvas.drawString(2.2 * cm, h - 1.2 * cm, "YS – Yrkesorganisasjonenes Sentralforbund")
    canvas.line(2.2 * cm, h - 1.35 * cm, w - 2.2 * cm, h - 1.35 * cm)
    canvas.drawRightString(w - 2.2 * cm, 1.0 * cm, f"{doc.page}")
    canvas.restoreState()


def render_ys(path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2.0 * cm, bottomMargin=1.8 * cm, title="YS rapport 2019")
    h1 = PS("h1", "LS-B", 16, spaceAfter=4)
    h2 = PS("h2", "LS", 11, spaceAfter=10, textColor=colors.HexColor("#333333"))
    body = PS("b", "LS", 10, spaceAfter=6)
    tit = PS("t", "LS-B", 11, spaceBefore=10, spaceAfter=3, leftIndent=18, firstLineIndent=-18)
    line = PS("l", "LS", 10, leftIndent=18, spaceAfter=1)
    story = [Paragraph("YS' oppfølging av Nasjonal kompetansepolitisk strategi", h1),
             Paragraph("Rapport for 2019 til Kompetansepolitisk råd", h2),
             Paragraph("YS har i 2019 lagt vekt på kunnskapsgrunnlaget om læring i arbeidslivet "
                       "og på digital kompetanse. Nedenfor er YS' tiltak listet opp med mål, type, "
                       "ansvar og samarbeidspartnere. Henvisninger til «NKPS tiltak nr.» gjelder "
                       "den nummererte tiltakslisten i strategien.", body)]
    for i, m in enumerate(YS, 1):
        block = [Paragraph(f"{i})&nbsp;&nbsp;{esc(m['title'])}", tit),
                 Paragraph(f"Mål: {esc(m['goal'])}", line),
                 Paragraph(f"Type: {esc(m['type'])}", line),
                 Paragraph(f"Ansv.: {esc(m['resp'])}", line)]
        if m["partners"]:
            block.append(Paragraph(f"Samarb.: {esc(m['partners'])}", line))
        block.append(Paragraph(f"Periode: {esc(m['period'])}", line))
        block.append(Paragraph(f"Beskr.: {esc(m['desc'])}", line))
        story.append(KeepTogether(block))
    story += [Spacer(1, 14),
              Paragraph("YS vil i 2020 videreføre arbeidet i partssamarbeidet og i "
                        "Kompetansebehovsutvalget.", body),
              Paragraph("Oslo, 28. januar 2020<br/>Hans Olav Lie, fagsjef", body)]
    doc.build(story, onFirstPage=_ys_page, onLaterPages=_ys_page)


# ======================================================================================
# 6. Virke 2021 — per measure a 4-column form: two label/answer pairs side by side
# ======================================================================================

VIRKE = [
    M("Kompetansebehov i varehandelen etter pandemien",
      ["2.2"], "2.2", "FoU", "Virke", "Handel og Kontor, Samfunnsøkonomisk analyse", "2021",
      "Studie av hvordan netthandel, selvbetjening og endrede kundevaner påvirker "
      "kompetansebehovet i butikk og lager. Rapporten danner grunnlag for nye kurs i "
      "bransjeprogrammet."),
    M("Balansekunst 2.0 – pilotering av modell for beskrivelse av kompetanse fra arbeidslivet",
      ["2.5"], "2.5", "Prosjekt", "Virke", "LO, YS, NHO, Kompetanse Norge", "2020–2021",
      "Modellen fra rapporten «Balansekunst» prøves ut i seks virksomheter innen handel, "
      "reiseliv og helse. Ansatte får beskrevet kompetansen de har bygget opp på jobb."),
    M("Bransjeprogram for varehandel: digital handel og kundeopplevelse",
      ["2.1"], "2.1", "Kurs/utdanning", "Virke og HK", "Høyskolen Kristiania, Kompetanse Norge",
      "Høsten 2021",
      "Nettbaserte moduler på 7,5 studiepoeng for ansatte i varehandelen. 420 deltakere "
      "startet høsten 2021."),
    M("Virke Kompetansedagen 2021",
      ["1.4", "2.4"], "1.4, 2.4", "Arrangement", "Virke", "", "9. september 2021",
      "Heldagskonferanse om samarbeid mellom virksomheter og utdanningstilbydere, med vekt på "
      "korte, fleksible tilbud tilpasset små og mellomstore virksomheter."),
]
register("virke_2021.docx", "Virke", 2021,
         "one 4-column form table per measure: title row merged, then two label/answer pairs side "
         "by side (Delmål|x|Type tiltak|y; Ansvarlig|x|Periode|y), partners and description rows merged",
         VIRKE, fields={"type", "resp", "partners", "period", "desc"})


def render_virke(path):
    d = new_doc(font="Arial", size=10)
    header_footer(d, header="Virke Hovedorganisasjon", footer="Rapport til Kompetansepolitisk råd 2021")
    para(d, "Virkes rapportering – Nasjonal kompetansepolitisk strategi", bold=True, size=15,
         color="7A1F5C")
    para(d, "Rapporteringsår: 2021", size=10)
    para(d, "Virke har i 2021 arbeidet med tiltak for kompetanseutvikling i handel og tjenesteyting. "
            "Under følger fire tiltak som vi ønsker å rapportere.")
    for i, m in enumerate(VIRKE, 1):
        para(d, f"Tiltak {i}", bold=True, size=11, space_after=2)
        t = d.add_table(rows=5, cols=4)
        t.style = "Table Grid"
        r = t.rows
        cell_text(r[0].cells[0], "Navn på tiltak", bold=True)
        c = r[0].cells[1].merge(r[0].cells[3])
        cell_text(c, m["title"], bold=True)
        cell_text(r[1].cells[0], "Delmål", bold=True)
        cell_text(r[1].cells[1], m["goal"])
        cell_text(r[1].cells[2], "Type tiltak", bold=True)
        cell_text(r[1].cells[3], m["type"])
        cell_text(r[2].cells[0], "Ansvarlig", bold=True)
        cell_text(r[2].cells[1], m["resp"])
        cell_text(r[2].cells[2], "Periode", bold=True)
        cell_text(r[2].cells[3], m["period"])
        cell_text(r[3].cells[0], "Samarbeids-partnere", bold=True)
        cell_text(r[3].cells[1].merge(r[3].cells[3]), m["partners"])
        cell_text(r[4].cells[0], "Beskrivelse", bold=True)
        cell_text(r[4].cells[1].merge(r[4].cells[3]), m["desc"])
        for row in (0, 1, 2, 3, 4):
            shade(r[row].cells[0], "F2E6EE")
        for row in (1, 2):
            shade(r[row].cells[2], "F2E6EE")
        widths(t, [3.2, 5.3, 3.2, 4.9])
        para(d)
    para(d, "Kontaktperson: Maria Haugen, fagsjef kompetanse, Virke")
    d.save(path)


# ======================================================================================
# 7. Unio 2020 — bold large "a)" lines, labels alone on a line with the answer below,
#    goals only as (paraphrased) delmål text
# ======================================================================================

UNIO = [
    M("Kompetanseheving for helsepersonell: rapport om videreutdanning i kommunene",
      ["2.2"], "Styrke kunnskapsgrunnlaget om læring i arbeidslivet", "FoU", "Unio", "Ny Analyse",
      desc=["Rapporten ser på utfordringer og muligheter for kompetanseheving av sykepleiere, "
            "fysioterapeuter og andre helseprofesjoner i kommunene.",
            "Funnene viser at mange mangler tid og finansiering til videreutdanning, og Unio "
            "bruker rapporten i dialogen med KS og departementene."]),
    M("Finansiering av etter- og videreutdanning – modeller for offentlig sektor",
      ["2.2"], "Kunnskapen om verdien av å investere i kompetanseutvikling", "FoU", "Unio",
      "Proba samfunnsanalyse",
      desc="Utredning av ulike modeller for finansiering av etter- og videreutdanning, blant annet "
           "partsfond, individuelle kompetansekontoer og utdanningspermisjon med lønn."),
    M("Digitalisering i velferdsstaten – workshop med medlemsforbundene",
      ["2.1"], "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken",
      "Arrangement", "Unio", "Unios medlemsorganisasjoner",
      desc="Workshop om Unios digitaliseringspolitikk. Temaet tas videre inn i "
           "tillitsvalgtskoleringen i forbundene."),
    M("Kompetansehevende kurs for medlemmene gjennom studieforbund",
      ["3.6"], "Stimulere til læringsmotivasjon gjennom opplæring i frivillig sektor",
      "Kurs/utdanning", "Unio", "Unios forbund, studieforbundene",
      desc="Aktiv bruk av studieforbundene til kurs for medlemmer og tillitsvalgte, blant annet i "
           "arbeidsrett og lokal lønnsdannelse."),
    M("Innspill om arbeidslivsrelevans i profesjonsutdanningene",
      ["1.4"], "Samarbeidet mellom utdanningstilbydere og arbeidslivet", "Informasjon", "Unio", None,
      desc="Unio har gitt innspill til stortingsmeldingen om arbeidsrelevans i høyere utdanning og "
           "pekt på behovet for bedre praksis i lærer-, sykepleier- og politiutdanningene."),
]
register("unio_2020.docx", "Unio", 2020,
         "bold 14pt typed 'a)'..'e)' title lines (no heading styles); each label alone on its own "
         "line with the answer on the next line; goals given only as paraphrased delmål text; "
         "last measure without Samarbeidspartnere",
         UNIO, fields={"type", "resp", "partners", "desc"})


def render_unio(path):
    d = new_doc(font="Times New Roman", size=12)
    header_footer(d, footer="Unio – Hovedorganisasjon for universitetsutdannede", page_prefix="")
    para(d, "Unios rapport til Kompetansepolitisk råd for 2020", bold=True, size=18)
    para(d, "Unio organiserer om lag 370 000 medlemmer i offentlig og privat sektor. Vi har i 2020 "
            "fulgt opp strategien gjennom utredninger, arrangementer og kurs. Delmålene er angitt "
            "med strategiens egne formuleringer.")
    for i, m in enumerate(UNIO):
        p = para(d, f"{'abcdefgh'[i]}) {m['title']}", bold=True, size=14)
        p.paragraph_format.space_before = Pt(12)
        for lab, key in (("Delmål", "goal"), ("Type tiltak", "type"), ("Ansvarlig", "resp"),
                         ("Samarbeidspartnere", "partners"), ("Beskrivelse", "desc")):
            if m[key] is None:
                continue
            pl = para(d, lab, italic=True, space_after=0)
            pl.runs[0].font.color.rgb = RGBColor(0x44, 0x44, 0x44)
            vals = m[key] if isinstance(m[key], list) else [m[key]]
            for v in vals:
                para(d, v, space_after=4)
    para(d)
    para(d, "Med hilsen", space_after=0)
    para(d, "Unio", space_after=0)
    para(d, "Ragnhild Lied, leder")
    d.save(path)


# ======================================================================================
# 8. Akademikerne 2019 — per measure table with labels ABOVE answers (3 columns), ranges
# ======================================================================================

AKAD = [
    M("Forskningsrapport «Etter- og videreutdanning blant høyt utdannede – status 2019»",
      ["2.2"], "2.2", "FoU", "Akademikerne/Econa", "Ny Analyse", "Januar–juni 2019",
      "Rapporten kartlegger deltakelse i etter- og videreutdanning blant høyt utdannede, hvem "
      "som betaler og hvilke barrierer medlemmene opplever."),
    M("Framtidens behov for akademikere: oppdatert framskrivning mot 2035",
      ["1.1", "2.2"], "1.1, 2.2", "FoU", "Akademikerne", "Samfunnsøkonomisk analyse", "2019",
      "Oppdatering av framskrivningene av tilbud og etterspørsel etter personer med "
      "høyere utdanning, brukt som innspill til Kompetansebehovsutvalget."),
    M("Karriereveiledning for medlemmer i overgangen mellom utdanning og arbeid",
      ["1.3"], "1.3", "Informasjon", "Akademikerne og medlemsforeningene", "", "Løpende",
      "Medlemsforeningene tilbyr individuell karriereveiledning, CV-gjennomgang og webinarer "
      "om jobbskifte."),
    M("Digital kompetanse for høyt utdannede – pilot med korte moduler",
      ["2.1", "2.2", "2.3"], "2.1–2.3", "Kurs/utdanning", "Akademikerne/Tekna", "NTNU, OsloMet",
      "Høsten 2019",
      "Pilot med tre korte nettbaserte moduler i dataanalyse, programmering og "
      "informasjonssikkerhet for medlemmer i arbeid."),
    M("Seminar «Yngre eldre i arbeidslivet» – seniorers læring og karriere",
      ["2.2", "2.3", "2.4"], "2.2 – 2.4", "Arrangement", "Akademikerne/Econa",
      "Senter for seniorpolitikk", "10. oktober 2019",
      "Frokostseminar med presentasjon av rapporten om yngre eldre og paneldebatt om "
      "livslang læring."),
]
register("akademikerne_2019.pdf", "Akademikerne", 2019,
         "per measure a 3-column table with shaded label rows ABOVE answer rows "
         "(Tiltak|Delmål|Ansvarlig / Samarbeidspartnere|Type tiltak|Tidsperiode / Beskrivelse); "
         "goal ranges '2.1–2.3', '2.2 – 2.4' (docx->LibreOffice PDF)",
         AKAD, fields={"type", "resp", "partners", "period", "desc"})


def render_akad(path):
    d = new_doc(font="Calibri", size=10.5)
    header_footer(d, header="AKADEMIKERNE", footer="Akademikerne – rapportering 2019")
    para(d, "Rapportering til Kompetansepolitisk råd – Akademikerne 2019", bold=True, size=15)
    para(d, "Akademikerne har i 2019 rapportert fem tiltak. Der et tiltak er relevant for flere "
            "påfølgende delmål, er dette angitt som et intervall.")
    for i, m in enumerate(AKAD, 1):
        para(d, f"Tiltak {i} av {len(AKAD)}", size=9, italic=True, space_after=1)
        t = d.add_table(rows=6, cols=3)
        t.style = "Table Grid"
        r = t.rows
        for j, lab in enumerate(["Tiltak", "Delmål", "Ansvarlig"]):
            cell_text(r[0].cells[j], lab, bold=True, size=9)
            shade(r[0].cells[j], "DDEBF7")
        cell_text(r[1].cells[0], m["title"])
        cell_text(r[1].cells[1], m["goal"])
        cell_text(r[1].cells[2], m["resp"])
        for j, lab in enumerate(["Samarbeidspartnere", "Type tiltak", "Tidsperiode"]):
            cell_text(r[2].cells[j], lab, bold=True, size=9)
            shade(r[2].cells[j], "DDEBF7")
        cell_text(r[3].cells[0], m["partners"])
        cell_text(r[3].cells[1], m["type"])
        cell_text(r[3].cells[2], m["period"])
        c = r[4].cells[0].merge(r[4].cells[2])
        cell_text(c, "Beskrivelse", bold=True, size=9)
        shade(c, "DDEBF7")
        cell_text(r[5].cells[0].merge(r[5].cells[2]), m["desc"])
        widths(t, [7.2, 4.2, 5.2])
        para(d)
    para(d, "Oslo, februar 2020")
    para(d, "Akademikerne, sekretariatet")
    d.save(path)


# ======================================================================================
# 9. Spekter 2020 — 2017-style: Rapporteringspunkter list + one form per measure,
#    Word list numbering continues into "Tidspunkt" paragraphs (leaks "7.", "8." ...)
# ======================================================================================

SPEKTER = [
    M("Digital møteplass for lærebedrifter i helseforetakene",
      ["1.4", "2.3"], "Relasjon til NKPS tiltak nr. 4 og 7.", None,
      "Spekter er ansvarlig for tiltaket. Samarbeidspartnere er medlemsvirksomhetene og "
      "opplæringskontorene.", None,
      "Gjennomført 4. mars 2020. Møteplassen arrangeres årlig.",
      "Møteplassen samler lærebedrifter og virksomheter som ønsker å bli lærebedrifter for å "
      "utveksle erfaringer om kvalitet i fagopplæringen og samarbeid med skolene. På grunn av "
      "smittevern ble arrangementet gjennomført delvis digitalt."),
    M("Oppfordring til medlemsvirksomhetene om å opprettholde læreplasser under pandemien",
      ["2.3"], "Relasjon til NKPS tiltak nr 7.", None,
      "Spekter står bak tiltaket.", None,
      "Brevet ble sendt 2. april 2020 og fulgt opp i medlemsmøter gjennom året.",
      "Administrerende direktør sendte brev til øverste leder i alle medlemsvirksomheter med "
      "oppfordring om å beholde lærlinger og ta inn nye lærlinger høsten 2020."),
    M("Fagskolekonferansen 2020 – fagskoleutdanning i spesialisthelsetjenesten",
      ["1.4", "2.3"], "Relasjon til NKPS tiltak nr. 4 og 7.", None,
      "Spekter i samarbeid med LO/Fagforbundet og YS/Delta.", None,
      "Én dag, 12. november 2020 (digital).",
      "Konferansen synliggjorde karrieremuligheter for fagarbeidere gjennom fagskoleutdanning "
      "og drøftet behovet for nye fagskoletilbud i sykehusene."),
    M("Arbeidsgivernettverk for HR-direktører om strategisk kompetanseutvikling",
      ["2.2"], "Relasjon til NKPS tiltak nr. 6.", None,
      "Spekter står bak tiltaket, med bidrag fra medlemsvirksomhetene.", None,
      "Tiltaket ble igangsatt i 2016 og pågår løpende.",
      "Nettverket møtes hvert kvartal. I 2020 var kompetansebehov etter pandemien og bruk av "
      "digitale læringsformer gjennomgående tema."),
    M("Felles arrangement med LO Stat under Arendalsuka 2020",
      ["2.2"], "Relasjon til NKPS tiltak nr 6.", None,
      "Spekter og LO Stat.", None,
      "Planlagt august 2020, gjennomført som nettsendt debatt.",
      "Debatt om betydningen og verdien av fornyelse av ansattes kompetanse i offentlig eid "
      "virksomhet."),
    M("Søkekonferanse om Kompetansepluss arbeid for medlemsvirksomhetene",
      ["3.2"], "Relasjon til NKPS tiltak nr. 12.", None,
      "Spekter, med Kompetanse Norge som bidragsyter.", None,
      "Én dag i september 2020.",
      "Medlemsvirksomhetene fikk informasjon om ordningen, gevinstene av å delta og hva som "
      "kreves for å søke. Gode eksempler fra sykehus og kulturinstitusjoner ble presentert."),
]
register("spekter_2020.pdf", "Spekter", 2020,
         "2017-style: 'Rapporteringspunkter' numbered list with 'Relasjon til NKPS tiltak nr …', "
         "then one form per measure with typed headings 1.–4. (combined 'Ansvarlig og "
         "samarbeidspartnere' field -> responsible, partners null); Word list numbering continues "
         "into the 'Tidspunkt og varighet' answers ('7.'..'12.' leak, not part of period)",
         SPEKTER, fields={"resp", "period", "desc"})


def render_spekter(path):
    d = new_doc(font="Calibri", size=11)
    header_footer(d, header="Arbeidsgiverforeningen Spekter", page_prefix="")
    para(d, "Rapportering fra Spekter – Nasjonal kompetansepolitisk strategi 2020", bold=True, size=15)
    para(d, "Rapporteringspunkter:", bold=True)
    for m in SPEKTER:
        para(d, m["title"], style="List Number", space_after=0)
        para(d, m["goal"], indent=1.27)
    for m in SPEKTER:
        page_break(d)
        para(d, "1. Tiltak i Nasjonal kompetansepolitisk strategi", bold=True)
        para(d, m["title"], indent=0.6)
        para(d, m["goal"], indent=0.6)
        para(d, "2. Ansvarlig og samarbeidspartnere", bold=True)
        para(d, m["resp"], indent=0.6)
        para(d, "3. Beskrivelse av tiltaket (maks en halv side)", bold=True)
        para(d, m["desc"], indent=0.6)
        para(d, "4. Tidspunkt og varighet", bold=True)
        para(d, m["period"], style="List Number")
    d.save(path)


# ======================================================================================
# 10. ASD 2021 — reportlab; section-numbered headings "3.1 Title" (not delmål!),
#     unlabelled description paragraph, then a small label table
# ======================================================================================

ASD = [
    M("Opplæringstiltaket – utvidet adgang til ordinær utdanning som arbeidsmarkedstiltak",
      ["3.5"], "3.5", "Kurs/utdanning", "ASD / Arbeids- og velferdsdirektoratet",
      "KD, fylkeskommunene", "Fra 1. juli 2021",
      "Endringene i tiltaksforskriften gjør det mulig for flere arbeidssøkere å ta fag- og "
      "yrkesopplæring og høyere utdanning med stønad fra Nav. Aldersgrensen for rett til "
      "opplæring ble senket fra 25 til 22 år."),
    M("IA-avtalen 2019–2022: kompetanse som virkemiddel for å stå i arbeid",
      ["3.3"], "3.3", "Råd/utvalg/nettverk", "ASD", "Partene i arbeidslivet", "2019–2022",
      "Partene og myndighetene er enige om at kompetansetiltak kan være nødvendige for at "
      "arbeidstakere skal kunne stå i arbeid. Bransjeprogrammene under IA-avtalen ble "
      "videreført i 2021."),
    M("Forsøk med fagbrev for arbeidsledige i samarbeid mellom Nav og fylkeskommunene",
      ["3.1", "3.5"], "3.1 og 3.5", "Prosjekt", "ASD", "KD, Nav, fylkeskommunene", "2021–2023",
      "I forsøket kombineres arbeidspraksis i bedrift med modulstrukturert opplæring fram mot "
      "fag- eller svennebrev. Fem fylker deltar."),
    M("Kartlegging av kompetansen til permitterte og ledige under pandemien",
      ["2.2"], "2.2", "FoU", "Arbeids- og velferdsdirektoratet", "Fafo, Kompetanse Norge", "2021",
      "Analysen bruker registerdata til å beskrive utdanning, yrkeserfaring og "
      "opplæringsbehov blant personer som ble permittert eller ledige i 2020."),
    M("Nye krav til kurs i grunnleggende ferdigheter i arbeidsmarkedsopplæringen (AMO)",
      ["3.4", "3.5"], "3.4 og 3.5", "Kurs/utdanning", "ASD", "Kompetanse Norge, IMDi",
      "Innført 2021",
      "Nav skal i større grad kjøpe kurs i lesing, skriving, regning og digitale ferdigheter "
      "tilpasset deltakere med kort botid og svake norskferdigheter."),
    M("Overføring av ansvaret for bedriftsintern opplæring (BIO) til fylkeskommunene",
      ["1.2", "2.4"], "1.2 og 2.4", "Råd/utvalg/nettverk", "ASD og KMD", "Fylkeskommunene",
      "Fra 1.1.2020, oppfølging 2021",
      "Etter regionreformen forvalter fylkeskommunene BIO-ordningen. Departementet har i 2021 "
      "fulgt opp bruken av de ekstra midlene som ble bevilget under pandemien."),
]
register("asd_2021.pdf", "ASD", 2021,
         "reportlab memo with chapter numbering; each measure under a section heading '3.1 Title' "
         "… '3.6 Title' (section numbers, NOT delmål), an unlabelled description paragraph, then "
         "a small shaded label table (Delmål/Type/Ansvarlig/Samarbeid/Periode)",
         ASD, fields={"type", "resp", "partners", "period", "desc"})


def _asd_page(canvas, doc):
    canvas.saveState()
    w, h = A4
    canvas.setFont("LSe", 8)
    canvas.drawString(2.5 * cm, h - 1.3 * cm, "Arbeids- og sosialdepartementet")
    canvas.drawRightString(w - 2.5 * cm, h - 1.3 * cm, "Rapportering NKPS 2021")
    canvas.drawCentredString(w / 2, 1.1 * cm, f"– {doc.page} –")
    canvas.restoreState()


def render_asd(path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                            topMargin=2.2 * cm, bottomMargin=2.0 * cm, title="ASD rapport 2021")
    h0 = PS("h0", "LSe-B", 17, spaceAfter=12)
    h1 = PS("h1", "LSe-B", 13, spaceBefore=14, spaceAfter=6)
    h2 = PS("h2", "LSe-B", 11.5, spaceBefore=12, spaceAfter=4, leftIndent=30, firstLineIndent=-30)
    body = PS("b", "LSe", 11, leading=14, spaceAfter=6)
    small = PS("s", "LSe", 9.5, leading=11.5)
    smallb = PS("sb", "LSe-B", 9.5, leading=11.5)
    story = [Paragraph("Arbeids- og sosialdepartementets oppfølging av Nasjonal kompetansepolitisk "
                       "strategi – rapport for 2021", h0),
             Paragraph("1 Innledning", h1),
             Paragraph("Arbeids- og sosialdepartementet (ASD) har ansvar for flere av delmålene under "
                       "hovedinnsatsområde 3 om voksne med svak tilknytning til arbeidslivet. "
                       "Dette notatet beskriver departementets tiltak i 2021.", body),
             Paragraph("2 Sammendrag", h1),
             Paragraph("Pandemien preget også 2021. Departementet har prioritert tiltak som gir "
                       "ledige og permitterte mulighet til å bruke ventetiden på opplæring. Seks "
                       "tiltak omtales i kapittel 3.", body),
             Paragraph("3 Departementets tiltak", h1)]
    for i, m in enumerate(ASD, 1):
        rows = [("Delmål", m["goal"]), ("Type", m["type"]), ("Ansvarlig", m["resp"]),
                ("Samarbeid", m["partners"]), ("Periode", m["period"])]
        tdata = [[Paragraph(a, smallb), Paragraph(esc(b), small)] for a, b in rows]
        check_fit(tdata, [3.0 * cm, 10.5 * cm])
        t = Table(tdata, colWidths=[3.0 * cm, 10.5 * cm], hAlign="LEFT")
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#E7E6E6")),
                               ("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
                               ("INNERGRID", (0, 0), (-1, -1), 0.25, colors.grey),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(KeepTogether([Paragraph(f"3.{i}&nbsp;&nbsp;&nbsp;{esc(m['title'])}", h2),
                                   Paragraph(esc(m["desc"]), body), t]))
    story += [Paragraph("4 Videre arbeid", h1),
              Paragraph("Departementet vil i 2022 følge opp evalueringen av opplæringstiltaket og "
                        "arbeidet med en ny stortingsmelding om arbeidsmarkedspolitikken.", body),
              Spacer(1, 10),
              Paragraph("Oslo, 14. januar 2022", body)]
    doc.build(story, onFirstPage=_asd_page, onLaterPages=_asd_page)


# ======================================================================================
# 11. Møre og Romsdal fylkeskommune 2020 (nynorsk) — underlined "Tiltak nr. 1 – Title",
#     indented "Label: value" lines
# ======================================================================================

MR = [
    M("Kompetansealliansen Møre og Romsdal: felles kunnskapsgrunnlag om kompetansebehov",
      ["1.2"], "1.2", "Råd/utval/nettverk", "Møre og Romsdal fylkeskommune",
      "NHO, LO, NAV, Høgskulen i Volda, NTNU i Ålesund, fagskolen", "Etablert 2019, vidareført 2020",
      "Alliansen samlar aktørane i regionen om eit felles kunnskapsgrunnlag og ein handlingsplan "
      "for kompetanse. I 2020 vart det halde fire møte, to av dei digitalt."),
    M("Karrieresenteret: karriererettleiing for alle over 19 år",
      ["1.3"], "1.3", "Prosjekt", "Møre og Romsdal fylkeskommune", "NAV, kommunane", "Heile 2020",
      "Karrieresenteret har utvida tilbodet med rettleiing på telefon og video, og har gitt "
      "kompetanseheving til rettleiarar i NAV og vidaregåande skular."),
    M("Fagbrev på jobb i kommunal helse- og omsorgssektor",
      ["3.1"], "3.1", "Kurs/utdanning", "Møre og Romsdal fylkeskommune",
      "Kommunane, opplæringskontora", "2020–2022",
      "Tilsette utan fagbrev får ta fagbrev som helsefagarbeidar medan dei er i jobb, basert "
      "på realkompetansevurdering og individuell plan."),
    M("Bedriftsintern opplæring (BIO) – ekstraordinær utlysing under koronapandemien",
      ["2.4"], "2.4", "Prosjekt", "Møre og Romsdal fylkeskommune",
      "NAV Møre og Romsdal, næringsforeiningane", "April–desember 2020",
      "Fylkeskommunen lyste ut ekstra midlar til bedrifter som ville bruke permitteringsperioden "
      "til opplæring. 86 bedrifter fekk tilskot."),
    M("Plan for kvalifisering av innvandrarar: opplæring og arbeidspraksis",
      ["3.3", "3.4"], "3.3 og 3.4", "Kurs/utdanning", "Møre og Romsdal fylkeskommune",
      "Kommunane, IMDi", None,
      "Planen koplar norskopplæring, grunnskule for vaksne og arbeidspraksis i eitt løp, slik "
      "at deltakarane kjem raskare i jobb eller vidare utdanning."),
]
register("more_og_romsdal_2020.docx", "Møre og Romsdal fylkeskommune", 2020,
         "nynorsk; bold underlined headings typed 'Tiltak nr. 1 – Title'; fields on indented "
         "'Label: value' lines (Delmål/Type tiltak/Ansvarleg/Samarbeidspartnarar/Tidsrom/"
         "Skildring); last measure without Tidsrom",
         MR, fields={"type", "resp", "partners", "period", "desc"})


def render_mr(path):
    d = new_doc(font="Cambria", size=11)
    header_footer(d, header="Møre og Romsdal fylkeskommune – Regional- og næringsavdelinga")
    para(d, "Rapportering på oppfølging av Nasjonal kompetansepolitisk strategi 2020", bold=True,
         size=15)
    para(d, "Møre og Romsdal fylkeskommune rapporterer med dette fem tiltak for 2020. Koronapandemien "
            "førte til at fleire tiltak vart lagde om, og at nye tiltak for permitterte kom til.")
    for i, m in enumerate(MR, 1):
        p = para(d, f"Tiltak nr. {i} – {m['title']}", bold=True, underline=True, size=12)
        p.paragraph_format.space_before = Pt(12)
        for lab, key in (("Delmål", "goal"), ("Type tiltak", "type"), ("Ansvarleg", "resp"),
                         ("Samarbeidspartnarar", "partners"), ("Tidsrom", "period"),
                         ("Skildring", "desc")):
            if m[key] is None:
                continue
            runin(d, lab + ":", m[key], label_bold=False, indent=1.0)
    para(d)
    para(d, "Molde, 1. februar 2021")
    para(d, "Per Ivar Strand, seniorrådgjevar")
    d.save(path)


# ======================================================================================
# 12. Vestland fylkeskommune 2021 (nynorsk) — one long landscape table, no repeated
#     header, long descriptions so rows break over pages
# ======================================================================================

VL_LONG = ("Arbeidet har i 2021 vore organisert med ei styringsgruppe og fleire arbeidsgrupper. "
           "Erfaringane så langt viser at tett kontakt med arbeidslivet i regionen gjer det lettare "
           "å treffe med tilboda, men at små kommunar og bedrifter treng meir hjelp til å "
           "formulere behova sine. Fylkeskommunen vil difor styrkje rettleiinga mot denne gruppa "
           "i 2022, og følgje med på korleis tilboda blir tekne i bruk.")
VESTLAND = [
    M("Kompetanseforum Vestland – regionalt partnarskap for kompetanse", ["1.2"],
      "1.2 Styrkje regionalt folkevalt nivå si samordningsrolle", "Råd/utval/nettverk",
      "Vestland fylkeskommune", "NHO, LO, KS, NAV, Høgskulen på Vestlandet, Universitetet i Bergen",
      "2020–2023",
      ["Kompetanseforum Vestland er eit partnarskap mellom fylkeskommunen, partane i arbeidslivet, "
       "NAV og utdanningsinstitusjonane. Forumet skal samordne innsatsen for kompetanse i fylket "
       "og følgje opp den regionale kompetansestrategien.", VL_LONG]),
    M("Strategisk samarbeid mellom Høgskulen på Vestlandet og Fagskulen Vestland innan tekniske fag",
      ["1.4"], "1.4", "Kurs/utdanning", "Vestland fylkeskommune",
      "Høgskulen på Vestlandet, Fagskulen Vestland", "2021",
      "Samarbeidet skal gje betre overgangar frå fagskule til høgskule og felles emne innan "
      "elkraft, automasjon og maritime fag."),
    M("Karrieresentera i Vestland: rettleiing for vaksne, permitterte og arbeidsledige", ["1.3"],
      "Karriererettleiing – eit heilskapleg system", "Prosjekt", "Vestland fylkeskommune",
      "NAV Vestland", "Heile 2021",
      "Dei fem karrieresentera i fylket har gitt rettleiing til over 4 000 vaksne i 2021. "
      "Tilbodet er utvida med rettleiing på kveldstid og i fleire språk."),
    M("Opplæringstilbod som helsefagarbeidar for minoritetsspråklege («Sogn og Fjordane-modellen»)",
      ["3.5"], "3.5", "Kurs/utdanning", "Vestland fylkeskommune", "NAV, kommunane", "2021–2022",
      ["Kombinert opplæring i norsk, helsefag og praksis i kommunale helse- og omsorgstenester, "
       "tilpassa deltakarar med kort butid.",
       "Modellen vart utvikla i det tidlegare Sogn og Fjordane og blir no teken i bruk i heile "
       "Vestland. Deltakarane får lønn frå kommunen i praksisperioden og følgjer ein eigen "
       "læreplan i norsk med fagomgrep frå helsefaget. Etter to år kan dei gå opp til fagprøve. "
       "I 2021 starta tre nye klassar med til saman 38 deltakarar, og gjennomføringa har vore "
       "høg samanlikna med ordinære tilbod. Fylkeskommunen har i samarbeid med NAV laga ein "
       "rettleiar for kommunar som vil starte opp, og det er etablert eit nettverk for "
       "praksisrettleiarane i kommunane. Nettverket møttest to gonger i 2021."]),
    M("Fleksible vidaregåande opplæringstilbod for vaksne – modulstrukturert opplæring", ["3.1"],
      "3.1", "Kurs/utdanning", "Vestland fylkeskommune", "Kommunane, NAV", "Frå hausten 2021",
      ["Vaksne kan ta fagbrev gjennom modular som kan kombinerast med arbeid. Tilbodet gjeld i "
       "første omgang helsearbeidarfaget, industrimekanikarfaget og barne- og "
       "ungdomsarbeidarfaget.", VL_LONG]),
    M("Digital kompetanse i industrien: kurs for tilsette i små og mellomstore bedrifter", ["2.1"],
      "2.1", "Kurs/utdanning", "Vestland fylkeskommune", "Næringsklyngene i fylket, fagskulen",
      "2021", "Korte kurs i digitalisering, automasjon og datadrivne produksjonsprosessar."),
    M("Hospitering for yrkesfaglærarar i lokalt arbeidsliv", ["2.3"],
      "2.3", "Kurs/utdanning", "Vestland fylkeskommune", "Bedrifter, opplæringskontor",
      "Skuleåret 2021–22",
      "Yrkesfaglærarar får hospitere ei til to veker i bedrifter for å halde seg oppdaterte "
      "på utviklinga i faget, og instruktørar i lærebedrifter kan hospitere i skulen."),
    M("Kartlegging av kompetansebehov i offentleg sektor i Vestland", ["2.2"],
      "2.2", "FoU", "Vestland fylkeskommune", "Vestlandsforsking", "Rapport hausten 2021",
      "Kartlegginga omfattar kommunar, helseføretak og statlege verksemder i fylket."),
    M("Kompetansepluss frivilligheit – regionale kurs i grunnleggjande ferdigheiter", ["3.2", "3.6"],
      "3.2 og 3.6", "Kurs/utdanning", "Studieforbunda i Vestland", "VOFO Vestland, Vestland "
      "fylkeskommune", "2021",
      "Studieforbunda har gjennomført kurs i lesing, skriving og digitale ferdigheiter for "
      "vaksne med svake grunnleggjande ferdigheiter, med støtte frå fylkeskommunen."),
]
register("vestland_2021.pdf", "Vestland fylkeskommune", 2021,
         "nynorsk; one long landscape table Tiltak|Skildring|Delmål|Ansvarleg|Samarbeid|Type|Periode "
         "without repeated header, rows break across pages; one goal given only as delmål text "
         "(docx->LibreOffice PDF)",
         VESTLAND, fields={"type", "resp", "partners", "period", "desc"})


def render_vestland(path):
    d = new_doc(font="Arial", size=9.5, landscape_=True, margins=1.4)
    d.sections[0].top_margin = Cm(1.0)
    d.sections[0].bottom_margin = Cm(1.0)
    header_footer(d, header="Vestland fylkeskommune", footer="Rapportering NKPS 2021")
    para(d, "Vestland fylkeskommune – rapportering på tiltak i 2021", bold=True, size=14)
    para(d, "Nasjonal kompetansepolitisk strategi. Tabellen viser tiltak fylkeskommunen har ansvar "
            "for eller deltek i. Skildringane er henta frå verksemdsplanane.")
    cols = ["Tiltak", "Skildring", "Delmål", "Ansvarleg", "Samarbeid", "Type", "Periode"]
    t = d.add_table(rows=1 + len(VESTLAND), cols=len(cols))
    t.style = "Table Grid"
    widths(t, [5.0, 6.7, 3.0, 3.0, 3.5, 3.5, 2.2])
    for i, c in enumerate(cols):
        cell_text(t.rows[0].cells[i], c, bold=True)
        shade(t.rows[0].cells[i], "C6E0B4")
    for i, m in enumerate(VESTLAND, 1):
        r = t.rows[i].cells
        cell_text(r[0], m["title"], bold=True)
        cell_text(r[1], m["desc"])
        cell_text(r[2], m["goal"])
        cell_text(r[3], m["resp"])
        cell_text(r[4], m["partners"])
        cell_text(r[5], m["type"])
        cell_text(r[6], m["period"])
        if not isinstance(m["desc"], list):
            cant_split(t.rows[i])  # short rows stay whole; long rows may break over the page
    para(d)
    para(d, "Bergen, 31. januar 2022 – Avdeling for opplæring og kompetanse")
    d.save(path)


# ======================================================================================
# 13. VOFO 2019 — Heading 1 per main area, Heading 2 "(1) Title", unlabelled description
#     first, then "Label: value" lines
# ======================================================================================

VOFO = [
    M("Styrking av VOFOs regionale tilstedeværelse i kompetansesamarbeid",
      ["1.2"], "1.2", "Prosjekt", "VOFO", "Studieforbundene, fylkeskommunene",
      desc="VOFO har slått sammen regionledd og ansatt regionkonsulenter for å bidra i regionale "
           "kompetanseforum og synliggjøre studieforbundene overfor karriereveiledere.",
      area=1),
    M("Promotering av Kompetanseplussordningene overfor studieforbundene",
      ["3.2"], "3.2 (NKPS tiltak 12)", "Informasjon", "VOFO", "Studieforbundene",
      desc="Informasjonsmøter og nyhetsbrev om søknadsrunden for Kompetansepluss frivillighet, "
           "med eksempler på vellykkede kurs.", area=3),
    M("Evaluering av Kompetansepluss frivillighet",
      ["3.2"], "3.2", "FoU", "VOFO", "Kompetanse Norge",
      desc="VOFO har bidratt med data og innspill til evalueringen og formidlet resultatene til "
           "studieforbundene.", area=3),
    M("Forskningsprosjekt: Studieforbundene som læringskatalysatorer",
      ["3.6"], "3.6", "FoU", "VOFO", "Fafo",
      desc="Prosjektet undersøker hvordan kurs i studieforbund motiverer voksne til videre "
           "læring, og hvilke grupper som nås.", area=3),
    M("Informasjonsprosjektet «Inkludering gjennom læring» (2019–2020)",
      ["3.4", "3.6"], "3.4, 3.6", "Prosjekt", "VOFO", "Studieforbundene og kursarrangører",
      desc="Kursarrangører får veiledning og materiell for å rekruttere innvandrere til kurs i "
           "norsk og samfunnskunnskap i regi av frivillige organisasjoner.", area=3),
]
register("vofo_2019.docx", "VOFO", 2019,
         "Word Heading 1 per hovedinnsatsområde, Heading 2 per measure typed '(1) Title'; "
         "description paragraph without label first, then 'Delmål:/Type:/Ansvarlig:/"
         "Samarbeidspartnere:' lines; one goal '3.2 (NKPS tiltak 12)'; title with '(2019–2020)'",
         VOFO, fields={"type", "resp", "partners", "desc"})


def render_vofo(path):
    d = new_doc(font="Calibri", size=11)
    header_footer(d, footer="VOFO – Voksenopplæringsforbundet", page_prefix="s. ")
    para(d, "Voksenopplæringsforbundet (VOFO)", size=10, color="2E75B6")
    para(d, "Rapport om oppfølging av Nasjonal kompetansepolitisk strategi 2019", bold=True, size=16)
    para(d, "VOFO representerer frivillig sektor i Kompetansepolitisk råd. Studieforbundene når hvert "
            "år over en halv million deltakere. Tiltakene er ordnet etter hovedinnsatsområde.")
    areas = {1: "Hovedinnsatsområde 1: Gode valg for den enkelte og for samfunnet",
             3: "Hovedinnsatsområde 3: Styrke kompetansen til voksne med svak tilknytning til "
                "arbeidslivet"}
    cur = None
    for i, m in enumerate(VOFO, 1):
        if m["area"] != cur:
            cur = m["area"]
            d.add_heading(areas[cur], level=1)
        d.add_heading(f"({i}) {m['title']}", level=2)
        para(d, m["desc"])
        for lab, key in (("Delmål", "goal"), ("Type", "type"), ("Ansvarlig", "resp"),
                         ("Samarbeidspartnere", "partners")):
            runin(d, lab + ":", m[key], label_bold=False)
    d.add_heading("Avslutning", level=1)
    para(d, "VOFO vil i 2020 arbeide videre med regelverket for studieforbundsordningen og med "
            "regional tilstedeværelse etter regionreformen.")
    para(d, "Oslo, 10. februar 2020 – Sissel Ødegård, generalsekretær")
    d.save(path)


# ======================================================================================
# 14. NFD 2020 — bilingual (English/Norwegian) form tables, no shading; one goal only in
#     the title "(delmål 2.4)", one only inside the description
# ======================================================================================

NFD = [
    M("Arenaprogrammet og Norwegian Innovation Clusters – kompetanse i klyngene",
      ["2.4"], "2.4", "Prosjekt", "NFD", "Innovasjon Norge, SIVA, Forskningsrådet", "2020–2021",
      "Klyngeprogrammet er videreutviklet etter evalueringen, med krav om at klyngene skal ha "
      "en plan for kompetanseutvikling i medlemsbedriftene."),
    M("Omstillingsmotoren – kompetanseløft for små og mellomstore bedrifter i klynger",
      ["2.4"], None, "Prosjekt", "NFD", "Kongsberg-klyngen, Digital Norway, Smart Innovation Norway",
      "2020",
      "Utvalgte klyngemiljøer bruker sin kunnskap til å gi små og mellomstore bedrifter et "
      "kompetanseløft på områder som er viktige for omstilling.", title_suffix=" (delmål 2.4)"),
    M("Digital kompetanse i industrien: Digital Norway Toolbox",
      ["2.1"], "", "Informasjon", "Digital Norway", "NFD, NHO", "2020",
      "Gratis nettbasert verktøykasse som hjelper små bedrifter å komme i gang med "
      "digitalisering. Tiltaket følger opp delmål 2.1."),
    M("Styringsdialog med Innovasjon Norge og SIVA om kompetanse",
      ["1.4", "2.4"], "1.4 / 2.4", "Råd/utvalg/nettverk", "NFD", "Innovasjon Norge, SIVA",
      "Årlig",
      "Kompetanse i næringslivet er tema i etatsstyringen, blant annet gjennom oppdrag om "
      "samarbeid med fylkeskommunene og utdanningstilbydere."),
]
register("nfd_2020.pdf", "NFD", 2020,
         "bilingual labels 'Measure / Tiltak', 'Goal / Delmål', 'Responsible / Ansvarlig' … in "
         "unshaded 2-column tables; one goal only in the title '(delmål 2.4)' with no goal row, "
         "one goal row empty and the goal only in the description (docx->LibreOffice PDF)",
         NFD, fields={"type", "resp", "partners", "period", "desc"})


def render_nfd(path):
    d = new_doc(font="Georgia", size=10)
    header_footer(d, header="Nærings- og fiskeridepartementet / Ministry of Trade, Industry and "
                             "Fisheries", page_prefix="Page / Side ")
    para(d, "Nærings- og fiskeridepartementet – rapportering 2020", bold=True, size=15)
    para(d, "Report on follow-up of the Norwegian Strategy for Skills Policy (NKPS)", italic=True)
    para(d, "Skjemaet er tospråklig fordi det også brukes i rapporteringen til OECD-prosjektet om "
            "kompetansestrategier. Departementet rapporterer fire tiltak for 2020.")
    for i, m in enumerate(NFD, 1):
        rows = [("Measure / Tiltak", m["title"] + m.get("title_suffix", ""))]
        if m["goal"] is not None:
            rows.append(("Goal / Delmål", m["goal"]))
        rows += [("Type", m["type"]), ("Responsible / Ansvarlig", m["resp"]),
                 ("Partners / Samarbeidspartnere", m["partners"]), ("Period / Periode", m["period"]),
                 ("Description / Beskrivelse", m["desc"])]
        para(d, f"{i}.", bold=True, space_after=1)
        t = d.add_table(rows=len(rows), cols=2)
        t.style = "Table Grid"
        widths(t, [5.4, 11.2])
        for j, (a, b) in enumerate(rows):
            cell_text(t.rows[j].cells[0], a, italic=True)
            cell_text(t.rows[j].cells[1], b)
        para(d)
    para(d, "Nærings- og fiskeridepartementet, 29. januar 2021")
    d.save(path)


# ======================================================================================
# 15. Innlandet fylkeskommune 2021 — row table with full-width group rows per delmål,
#     extra Budsjett and Status columns
# ======================================================================================

INN_GROUPS = [
    ("Delmål 1.2 – Regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle", ["1.2"]),
    ("Delmål 1.3 – Karriereveiledning", ["1.3"]),
    ("Delmål 2.4 – Koble kompetansebehov i virksomheter til utdanningstilbydere", ["2.4"]),
    ("Delmål 3.1 og 3.5 – Fleksibel opplæring for voksne og opplæring for arbeidssøkere",
     ["3.1", "3.5"]),
    ("Delmål 3.4 – Kvalifisering av innvandrere", ["3.4"]),
]
INN = [
    M("Regional kompetansestrategi for Innlandet 2021–2024", ["1.2"], group=0,
      desc="Strategien er utarbeidet i partnerskap og vedtatt av fylkestinget. Den peker ut fem "
           "satsingsområder, blant annet grønn omstilling og helse.",
      resp="Innlandet fylkeskommune",
      partners="NHO, LO, KS, NAV, Høgskolen i Innlandet, Fylkesmannen", budget="350 000",
      status="Vedtatt juni 2021"),
    M("Kompetanseforum Innlandet – fire møter i 2021", ["1.2"], group=0,
      desc="Forumet følger opp strategien og drøfter dimensjonering av fagskole- og "
           "videregående tilbud.", resp="Innlandet fylkeskommune",
      partners="Partnerskapet for kompetanse", budget="120 000", status="Gjennomført"),
    M("Karriere Innlandet: karriereveiledning på nett, telefon og chat", ["1.3"], group=1,
      desc="Karrieresentrene i Hamar, Lillehammer og Gjøvik har utvidet tilbudet med digital "
           "veiledning og drop-in for permitterte.", resp="Innlandet fylkeskommune",
      partners="NAV Innlandet", budget="4,2 mill.", status="Pågår"),
    M("Tilskuddsordning for bedriftsintern opplæring (BIO)", ["2.4"], group=2,
      desc="112 bedrifter fikk tilskudd til opplæring av ansatte i omstilling.",
      resp="Innlandet fylkeskommune", partners="NAV, Innovasjon Norge", budget="18 mill.",
      status="Avsluttet for 2021"),
    M("Fleksible fagskoletilbud innen bioøkonomi og tre", ["2.4"], group=2,
      desc="Nye deltidstilbud utviklet sammen med skog- og trebransjen i regionen.",
      resp="Fagskolen Innlandet", partners="Treindustrien, Norsk Skog, Innlandet fylkeskommune",
      budget="2,5 mill.", status="Oppstart høsten 2021"),
    M("Fagbrev på jobb for voksne arbeidstakere", ["3.1", "3.5"], group=3,
      desc="Voksne i arbeid kan ta fagbrev gjennom praksis på egen arbeidsplass, med "
           "realkompetansevurdering og tilpasset teoriundervisning.",
      resp="Innlandet fylkeskommune", partners="Opplæringskontorene, bedrifter",
      budget="1,8 mill.", status="Pågår"),
    M("Samarbeidsavtale med NAV Innlandet om opplæring for arbeidssøkere", ["3.1", "3.5"], group=3,
      desc="Avtalen gir arbeidssøkere plass i videregående opplæring for voksne i kombinasjon med "
           "ytelser fra NAV.", resp="Innlandet fylkeskommune og NAV Innlandet", partners="",
      budget="—", status="Signert mars 2021"),
    M("Ungt Entreprenørskap-metodikk i introduksjonsprogrammet", ["3.4"], group=4,
      desc="Deltakere i introduksjonsprogrammet lærer etablererkompetanse gjennom "
           "elevbedrift-metodikk, kombinert med norskopplæring.",
      resp="Innlandet fylkeskommune", partners="Ungt Entreprenørskap Innlandet, kommunene",
      budget="400 000", status="Pilot i tre kommuner"),
]
register("innlandet_2021.docx", "Innlandet fylkeskommune", 2021,
         "table Tiltak|Beskrivelse|Ansvarlig|Partnere|Budsjett (kr)|Status with full-width merged "
         "group rows 'Delmål 1.2 – …' (one group covers 'Delmål 3.1 og 3.5'); no type column",
         INN, fields={"resp", "partners", "desc"})


def render_innlandet(path):
    d = new_doc(font="Calibri", size=10, landscape_=True, margins=2.0)
    header_footer(d, header="Innlandet fylkeskommune", footer="Årsrapportering NKPS 2021")
    para(d, "Innlandet fylkeskommune", size=10, color="8B4513")
    para(d, "Rapportering på Nasjonal kompetansepolitisk strategi – tiltak 2021", bold=True, size=15)
    para(d, "Innlandet fylkeskommune rapporterer tiltak gruppert etter delmål. Budsjett er "
            "fylkeskommunens egne midler i 2021 der dette er kjent.")
    cols = ["Tiltak", "Beskrivelse", "Ansvarlig", "Partnere", "Budsjett (kr)", "Status"]
    t = d.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for i, c in enumerate(cols):
        cell_text(t.rows[0].cells[i], c, bold=True)
        shade(t.rows[0].cells[i], "F4B183")
    repeat_header(t.rows[0])
    cur = None
    for m in INN:
        if m["group"] != cur:
            cur = m["group"]
            row = t.add_row()
            c = row.cells[0].merge(row.cells[-1])
            cell_text(c, INN_GROUPS[cur][0], bold=True)
            shade(c, "FBE5D6")
        row = t.add_row().cells
        cell_text(row[0], m["title"])
        cell_text(row[1], m["desc"])
        cell_text(row[2], m["resp"])
        cell_text(row[3], m["partners"])
        cell_text(row[4], m["budget"])
        cell_text(row[5], m["status"])
    widths(t, [5.6, 7.4, 3.4, 4.0, 2.2, 3.1])
    para(d)
    para(d, "Hamar, 25. januar 2022")
    d.save(path)


# ======================================================================================
# 16/17. Inbox files without measures
# ======================================================================================

register("ys_epost_2020.pdf", "YS", 2020,
         "no measures: e-mail printed to PDF (reportlab monospace) about a late 2020 report; "
         "mentions delmål and 'tiltak' in passing", [], fields=set())
register("ks_vedlegg_laerlingstatistikk_2020.docx", "KS", 2020,
         "no measures: statistics attachment, table of apprentices per county 2018–2020 with totals",
         [], fields=set())


def render_email(path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.0 * cm, rightMargin=2.0 * cm,
                            topMargin=1.8 * cm, bottomMargin=1.8 * cm, title="E-post")
    mono = PS("m", "LM", 9, leading=11.5)
    monob = PS("mb", "LS-B", 12, spaceAfter=8)
    body = PS("b", "LS", 10.5, leading=14, spaceAfter=8)
    hdr = [("Fra:", "Eirin Solberg &lt;eirin.solberg@ys.no&gt;"),
           ("Sendt:", "fredag 29. januar 2021 14:07"),
           ("Til:", "postmottak@kompetansenorge.no"),
           ("Kopi:", "Hans Olav Lie"),
           ("Emne:", "SV: Rapportering NKPS 2020 – frist 1. februar"),
           ("Vedlegg:", "(ingen)")]
    story = [Paragraph("Utskrift – Outlook", monob)]
    t = Table([[Paragraph(a, mono), Paragraph(b, mono)] for a, b in hdr],
              colWidths=[2.4 * cm, 14 * cm], hAlign="LEFT")
    t.setStyle(TableStyle([("LINEBELOW", (0, -1), (-1, -1), 0.6, colors.black),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
    story += [t, Spacer(1, 12)]
    for txt in [
        "Hei,",
        "Takk for påminnelsen. YS' rapport for 2020 er dessverre ikke ferdig til fristen. Vi har "
        "hatt mye arbeid med permitteringsregelverket dette året, og innspillene fra forbundene "
        "kom sent inn.",
        "Vi regner med å sende rapporten i løpet av neste uke. Den vil i hovedsak omtale de samme "
        "tiltakene som i fjor, med vekt på delmål 2.1 og 2.2, og vi bruker samme mal som sist.",
        "Gi gjerne beskjed dersom dette skaper problemer for oppsummeringen til rådsmøtet i mars.",
        "Vennlig hilsen<br/>Eirin Solberg<br/>Rådgiver, YS<br/>Tlf. 22 00 00 00",
        "-----Opprinnelig melding-----<br/>Fra: Kompetanse Norge<br/>Sendt: 18. januar 2021<br/>"
        "Emne: Rapportering NKPS 2020 – frist 1. februar<br/><br/>Til medlemmene i "
        "Kompetansepolitisk råd: Vi minner om fristen for rapportering av tiltak for 2020. Bruk "
        "gjerne malen som ble sendt ut i fjor.",
    ]:
        story.append(Paragraph(txt, body))
    doc.build(story)


def render_stats(path):
    d = new_doc(font="Calibri", size=10.5)
    header_footer(d, header="KS – vedlegg til rapportering 2020", page_prefix="")
    para(d, "Vedlegg: Lærlinger i kommunesektoren 2018–2020", bold=True, size=14)
    para(d, "Tabellen viser antall lærlinger i kommuner og fylkeskommuner per 1. oktober, fordelt på "
            "fylke (2020-inndeling). Kilde: KS' lærlingundersøkelse. Tallene for 2018 og 2019 er "
            "omregnet til ny fylkesinndeling.")
    rows = [("Agder", 612, 655, 701), ("Innlandet", 798, 842, 880), ("Møre og Romsdal", 455, 470, 492),
            ("Nordland", 521, 540, 566), ("Oslo", 390, 418, 447), ("Rogaland", 690, 702, 731),
            ("Troms og Finnmark", 433, 452, 470), ("Trøndelag", 905, 951, 990),
            ("Vestfold og Telemark", 702, 735, 760), ("Vestland", 1102, 1150, 1198),
            ("Viken", 1680, 1755, 1832)]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, c in enumerate(["Fylke", "2018", "2019", "2020", "Endring 2019–2020 (%)"]):
        cell_text(t.rows[0].cells[i], c, bold=True)
        shade(t.rows[0].cells[i], "D9D9D9")
    tot = [0, 0, 0]
    for f, a, b, c in rows:
        r = t.add_row().cells
        for i, v in enumerate([f, f"{a:,}".replace(",", " "), f"{b:,}".replace(",", " "),
                               f"{c:,}".replace(",", " "), f"{(c - b) / b * 100:.1f}".replace(".", ",")]):
            cell_text(r[i], v)
        tot = [tot[0] + a, tot[1] + b, tot[2] + c]
    r = t.add_row().cells
    for i, v in enumerate(["Totalt", *[f"{x:,}".replace(",", " ") for x in tot],
                           f"{(tot[2] - tot[1]) / tot[1] * 100:.1f}".replace(".", ",")]):
        cell_text(r[i], v, bold=True)
    widths(t, [5.0, 2.4, 2.4, 2.4, 4.4])
    para(d)
    para(d, "Merknad: Lærlinger i kommunale foretak er ikke med. Målet i Samfunnskontrakten er minst "
            "én lærling per 1 000 innbyggere i hver kommune.", italic=True, size=9)
    d.save(path)


# ======================================================================================
# build
# ======================================================================================

RENDER = {
    "kd_2020.docx": render_kd,
    "lo_2019.pdf": render_lo,
    "nho_2021.docx": render_nho,
    "ks_2020.pdf": render_ks,
    "ys_2019.pdf": render_ys,
    "virke_2021.docx": render_virke,
    "unio_2020.docx": render_unio,
    "akademikerne_2019.pdf": render_akad,
    "spekter_2020.pdf": render_spekter,
    "asd_2021.pdf": render_asd,
    "more_og_romsdal_2020.docx": render_mr,
    "vestland_2021.pdf": render_vestland,
    "vofo_2019.docx": render_vofo,
    "nfd_2020.pdf": render_nfd,
    "innlandet_2021.docx": render_innlandet,
    "ys_epost_2020.pdf": render_email,
    "ks_vedlegg_laerlingstatistikk_2020.docx": render_stats,
}
REPORTLAB = {"ks_2020.pdf", "ys_2019.pdf", "asd_2021.pdf", "ys_epost_2020.pdf"}

CODE = re.compile(r"\b([123])\.(\d)\b")


def sanity():
    assert set(RENDER) == set(FILES)
    for fn, f in FILES.items():
        for m in f["measures"]:
            for c in m["delmal"]:
                assert re.fullmatch(r"[123]\.[1-6]", c) and not (c[0] == "1" and c[2] > "4"), (fn, c)
            g = m.get("goal") or ""
            # where the goal is written as plain codes (no range, no old number), they must agree
            if g and "tiltak" not in g.lower() and "–" not in g and CODE.search(g) \
                    and not re.search(r"\d\.\d\s*[–-]\s*\d\.\d", g):
                codes = sorted(set(a + "." + b for a, b in CODE.findall(g)))
                assert codes == m["delmal"], (fn, m["title"], codes, m["delmal"])
        assert f["measures"] == [] or 3 <= len(f["measures"]) <= 15, fn
    for m in INN:
        assert m["delmal"] == INN_GROUPS[m["group"]][1], m["title"]


def main():
    sanity()
    if os.path.isdir(BUILD):
        shutil.rmtree(BUILD)
    os.makedirs(BUILD)
    for fn in list(os.listdir(OUT)):
        if fn.endswith((".pdf", ".docx")):
            os.remove(os.path.join(OUT, fn))
    to_convert = []
    for fn, fun in RENDER.items():
        if fn.endswith(".docx"):
            fun(os.path.join(OUT, fn))
        elif fn in REPORTLAB:
            fun(os.path.join(OUT, fn))
        else:
            src = os.path.join(BUILD, fn[:-4] + ".docx")
            fun(src)
            to_convert.append(src)
    if to_convert:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", BUILD,
                        *to_convert], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        for src in to_convert:
            shutil.move(src[:-5] + ".pdf", os.path.join(OUT, os.path.basename(src)[:-5] + ".pdf"))
    shutil.rmtree(BUILD)
    exp = {fn: expected_entry(FILES[fn]) for fn in RENDER}
    with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=2)
    for fn in RENDER:
        print(f"{fn:45s} {len(FILES[fn]['measures']):3d} measures")


if __name__ == "__main__":
    sys.exit(main())
