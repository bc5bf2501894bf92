"""Shared data and helpers for the match15 batch generator."""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field

# ---------------------------------------------------------------- delmål
DELMAL = {
    "1.1": "Etablere et kompetansebehovsutvalg (KBU) bestående av forskere, analytikere og representanter for alle hovedorganisasjonene i arbeidslivet og departementene. KBU skal sammenstille og analysere kilder til kunnskap om Norges kompetansebehov, nasjonalt og regionalt.",
    "1.2": "Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle, og legge bedre til rette for regionalt samarbeid mellom ulike kompetanseaktører.",
    "1.3": "Sørge for tilgang til karriereveiledning og et helhetlig system for karriereveiledning, med særlig vekt på de regionale karrieresentrene. Styrke kompetansen til karriereveiledere og rådgivere, inkludert kunnskap om arbeidsliv, arbeidsmarkedets behov for kompetanse, seniorperspektivet, integreringsperspektivet og samisk kultur- og næringsliv.",
    "1.4": "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet, for å gjøre utdanningen relevant og for å gi bedre tilgang på kvalifisert arbeidskraft i alle regioner.",
    "2.1": "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken for å utnytte den teknologiske utviklingen og sikre nødvendig omstilling.",
    "2.2": "Styrke kunnskapsgrunnlaget om læring i arbeidslivet og spesielt kunnskapen om verdien av å investere i kompetanseutvikling for samfunnet, virksomheten og den enkelte.",
    "2.3": "Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker.",
    "2.4": "Arbeide mer systematisk for å koble kompetansebehov i små og store virksomheter og ulike klynger og næringsmiljø til utdannings- og opplæringstilbydere for utvikling av relevante etter- og videreutdanningstilbud.",
    "2.5": "Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet, slik at denne kan utnyttes mer effektivt. Som ledd i dette, vil det utvikles metode og modell for vurdering av kompetanse ervervet i arbeidslivet.",
    "2.6": "Forenkle og forbedre systemene for, og tilgangen på, godkjenning og vurdering av utenlandsk utdanning, yrkeskvalifikasjoner og kompletterende utdanning.",
    "3.1": "Gi fleksibel opplæring på voksnes premisser med sikte på raskere overgang til arbeid eller videre opplæring og at flest mulig voksne får anledning til å ta videregående opplæring.",
    "3.2": "Stimulere til bruk av Kompetanseplussordningene, inkludert prosjekter i samiske områder. Kompetansepluss arbeid og Kompetansepluss frivillighet videreutvikles i dialog med partene i arbeidslivet, og med frivillig sektor, herunder VOFO. Det etableres forsøk der Kompetansepluss arbeid kan kobles sammen med fagopplæring.",
    "3.3": "Benytte opplærings- og kompetansetiltak mer aktivt i arbeidsmarkeds- og integreringspolitikken, og benytte arbeidslivet mer aktivt som læringsarena.",
    "3.4": "Målrette og effektivisere norskopplæring, introduksjonsprogrammet og øvrige kvalifiseringstiltak for innvandrere. Styrke samarbeidet mellom myndighetene og partene om dette arbeidet.",
    "3.5": "Styrke og tilpasse NAVs opplæringstilbud for arbeidssøkere som trenger kvalifisering for å komme i jobb, gjennom blant annet økt satsing på kurs i grunnleggende ferdigheter, norskopplæring og utvikling av to-årig yrkesrettet opplæringstiltak.",
    "3.6": "Stimulere til at flere finner læringsmotivasjon og bygger sin læringsevne gjennom opplæring i frivillig sektor.",
}
CODES = list(DELMAL)
OLD_TO_CODE = {i + 1: c for i, c in enumerate(CODES)}

# Short headings used in some reports (first clause of the delmål text)
DELMAL_SHORT = {
    "1.1": "Etablere et kompetansebehovsutvalg (KBU)",
    "1.2": "Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle",
    "1.3": "Sørge for tilgang til karriereveiledning og et helhetlig system for karriereveiledning",
    "1.4": "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet",
    "2.1": "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken",
    "2.2": "Styrke kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.3": "Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker",
    "2.4": "Arbeide mer systematisk for å koble kompetansebehov i virksomheter til utdannings- og opplæringstilbydere",
    "2.5": "Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet",
    "2.6": "Forenkle og forbedre godkjenning og vurdering av utenlandsk utdanning",
    "3.1": "Gi fleksibel opplæring på voksnes premisser",
    "3.2": "Stimulere til bruk av Kompetanseplussordningene",
    "3.3": "Benytte opplærings- og kompetansetiltak mer aktivt i arbeidsmarkeds- og integreringspolitikken",
    "3.4": "Målrette og effektivisere norskopplæring, introduksjonsprogrammet og øvrige kvalifiseringstiltak for innvandrere",
    "3.5": "Styrke og tilpasse NAVs opplæringstilbud for arbeidssøkere",
    "3.6": "Stimulere til at flere finner læringsmotivasjon gjennom opplæring i frivillig sektor",
}
# Nynorsk short forms (used by the county councils writing nynorsk)
DELMAL_NN = {
    "1.2": "Styrkje regionalt folkevalt nivå sitt kompetansepolitiske ansvar og samordningsrolle, og leggje betre til rette for regionalt samarbeid mellom ulike kompetanseaktørar",
    "1.3": "Sørgje for tilgang til karriererettleiing og eit heilskapleg system for karriererettleiing, med særleg vekt på dei regionale karrieresentera",
    "1.4": "Vidareutvikle samarbeidet mellom opplærings- og utdanningstilbydarar og arbeidslivet",
    "2.5": "Gjere det enklare å få dokumentert kompetanse som er tileigna i arbeidslivet",
    "3.1": "Gje fleksibel opplæring på premissane til vaksne",
    "3.3": "Nytte opplærings- og kompetansetiltak meir aktivt i arbeidsmarknads- og integreringspolitikken",
    "3.5": "Styrkje og tilpasse opplæringstilbodet i NAV for arbeidssøkjarar",
}

AREAS = {
    "1": "Gode valg for den enkelte og for samfunnet",
    "2": "Læring i arbeidslivet",
    "3": "Styrke kompetansen til voksne med svak tilknytning til arbeidslivet",
}

TYPES = ["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"]


# ---------------------------------------------------------------- measure
@dataclass
class M:
    tid: str
    title: str
    delmal: list
    type: str
    responsible: str
    partners: list
    period: str
    description: str
    x: dict = field(default_factory=dict)  # printed variants used by a template

    def __post_init__(self):
        assert self.type in TYPES, (self.tid, self.type)
        for c in self.delmal:
            assert c in DELMAL, (self.tid, c)

    def get(self, key, default=""):
        return self.x.get(key, default)

    def expected(self):
        return {
            "title": self.title,
            "delmal": list(self.delmal),
            "type": self.type,
            "responsible": self.responsible,
            "partners": list(self.partners),
            "period": self.period,
            "description": self.description,
            "tiltak_id": self.tid,
        }


def join_no(items, conj="og"):
    """'a, b og c'"""
    items = list(items)
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + f" {conj} " + items[-1]


# ---------------------------------------------------------------- fonts (reportlab)
_FONTS_DONE = False
FONT_FILES = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "LibSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LibSans-Bold": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LibSans-Italic": "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf",
    "LibSans-BoldItalic": "/usr/share/fonts/truetype/liberation/LiberationSans-BoldItalic.ttf",
    "LibSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LibSerif-Bold": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LibSerif-Italic": "/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf",
    "LibNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-Bold": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "Carlito-Bold": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
    "Carlito-Italic": "/usr/share/fonts/truetype/crosextra/Carlito-Italic.ttf",
}


def register_fonts():
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping

    for name, path in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, path))
    addMapping("LibSans", 0, 0, "LibSans")
    addMapping("LibSans", 1, 0, "LibSans-Bold")
    addMapping("LibSans", 0, 1, "LibSans-Italic")
    addMapping("LibSans", 1, 1, "LibSans-BoldItalic")
    addMapping("LibSerif", 0, 0, "LibSerif")
    addMapping("LibSerif", 1, 0, "LibSerif-Bold")
    addMapping("LibSerif", 0, 1, "LibSerif-Italic")
    addMapping("LibSerif", 1, 1, "LibSerif-Bold")
    addMapping("DejaVuSans", 0, 0, "DejaVuSans")
    addMapping("DejaVuSans", 1, 0, "DejaVuSans-Bold")
    addMapping("DejaVuSans", 0, 1, "DejaVuSans-Oblique")
    addMapping("DejaVuSans", 1, 1, "DejaVuSans-Bold")
    addMapping("Carlito", 0, 0, "Carlito")
    addMapping("Carlito", 1, 0, "Carlito-Bold")
    addMapping("Carlito", 0, 1, "Carlito-Italic")
    addMapping("Carlito", 1, 1, "Carlito-Bold")
    addMapping("LibNarrow", 0, 0, "LibNarrow")
    addMapping("LibNarrow", 1, 0, "LibNarrow-Bold")
    addMapping("LibNarrow", 0, 1, "LibNarrow")
    addMapping("LibNarrow", 1, 1, "LibNarrow-Bold")
    _FONTS_DONE = True


def esc(s: str) -> str:
    """Escape text for reportlab Paragraph markup."""
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------- docx helpers
def docx_base(font="Calibri", size=11, lang="nb-NO"):
    from docx import Document
    from docx.shared import Pt
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

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
    lang_el = OxmlElement("w:lang")
    lang_el.set(qn("w:val"), lang)
    rpr.append(lang_el)
    for hs in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        try:
            h = doc.styles[hs]
            h.font.name = font
            hr = h.element.get_or_add_rPr()
            rf = hr.find(qn("w:rFonts"))
            if rf is None:
                rf = OxmlElement("w:rFonts")
                hr.append(rf)
            for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                rf.set(qn(a), font)
            for a in list(rf.attrib):
                if a.endswith("Theme"):
                    del rf.attrib[a]
        except KeyError:
            pass
    core = doc.core_properties
    core.author = ""
    core.last_modified_by = ""
    core.comments = ""
    core.title = ""
    core.keywords = ""
    return doc


def set_margins(section, cm_lr=2.2, cm_tb=2.0):
    from docx.shared import Cm

    section.left_margin = section.right_margin = Cm(cm_lr)
    section.top_margin = section.bottom_margin = Cm(cm_tb)


def set_landscape(section):
    from docx.enum.section import WD_ORIENT

    section.orientation = WD_ORIENT.LANDSCAPE
    w, h = section.page_width, section.page_height
    if w < h:
        section.page_width, section.page_height = h, w


def shade(cell, fill="D9D9D9"):
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def repeat_header(row):
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cant_split(row):
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_col_widths(table, widths_cm):
    from docx.shared import Cm

    table.autofit = False
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)
    # also grid
    from docx.oxml.ns import qn

    grid = table._tbl.tblGrid
    cols = grid.findall(qn("w:gridCol"))
    for gc, w in zip(cols, widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))


def cell_text(cell, text, bold=False, size=None, italic=False, align=None):
    """Replace the content of a cell by one or more paragraphs (split on \n)."""
    from docx.shared import Pt

    parts = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    for i, part in enumerate(parts):
        if i > 0:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
        if align is not None:
            p.alignment = align
    return cell


def add_runs(par, pieces, size=None):
    """pieces: list of (text, style) where style in '', 'b', 'i', 'bi'."""
    from docx.shared import Pt

    for text, style in pieces:
        r = par.add_run(text)
        r.bold = "b" in style
        r.italic = "i" in style
        if size:
            r.font.size = Pt(size)
    return par


def add_page_field(paragraph, prefix="", suffix=""):
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    if prefix:
        paragraph.add_run(prefix)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)
    if suffix:
        paragraph.add_run(suffix)


def footer_text(section, text, with_page=True, align_right=True):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    p = section.footer.paragraphs[0]
    p.text = ""
    if text:
        r = p.add_run(text + ("   " if with_page else ""))
        r.font.size = Pt(8)
    if with_page:
        add_page_field(p)
    if align_right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def header_text(section, text, size=8):
    from docx.shared import Pt

    p = section.header.paragraphs[0]
    p.text = ""
    r = p.add_run(text)
    r.font.size = Pt(size)


def set_columns(section, num=2, space_twips=567):
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sectPr.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(space_twips))


def page_break(doc):
    from docx.enum.text import WD_BREAK

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def set_cell_margins(table, cm=0.15):
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    tblPr = table._tbl.tblPr
    mar = OxmlElement("w:tblCellMar")
    for side in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), str(int(cm * 567)))
        el.set(qn("w:type"), "dxa")
        mar.append(el)
    tblPr.append(mar)


def table_borders(table, sz=4, color="808080", inside=True):
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    sides = ["top", "left", "bottom", "right"] + (["insideH", "insideV"] if inside else [])
    for side in ["top", "left", "bottom", "right", "insideH", "insideV"]:
        el = OxmlElement(f"w:{side}")
        if side in sides:
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), str(sz))
            el.set(qn("w:color"), color)
        else:
            el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


# ---------------------------------------------------------------- soffice
def docx_to_pdf(docx_path: str, outdir: str) -> str:
    """Render a .docx with LibreOffice and return the pdf path."""
    profile = os.path.join(tempfile.gettempdir(), "lo_profile_match15")
    cmd = [
        "soffice",
        f"-env:UserInstallation=file://{profile}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        outdir,
        docx_path,
    ]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    pdf = os.path.join(outdir, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
    if not os.path.exists(pdf):
        raise RuntimeError("soffice produced no pdf for " + docx_path)
    return pdf


def render_via_soffice(doc, filename, outdir, tmpdir):
    """Save doc as tmpdir/<stem>.docx, convert, move pdf to outdir/filename."""
    stem = os.path.splitext(filename)[0]
    dpath = os.path.join(tmpdir, stem + ".docx")
    doc.save(dpath)
    pdf = docx_to_pdf(dpath, tmpdir)
    shutil.move(pdf, os.path.join(outdir, filename))
