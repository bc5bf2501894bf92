# -*- coding: utf-8 -*-
"""Build blind batch match31: 22 NKPS follow-up reports (11 .docx, 11 .pdf) + expected.json + near_misses.json.
Run: /work/blind/.venv31/bin/python make_batch.py   (python-docx, reportlab, pdfplumber)
All content comes from batch_data.FILES (one data structure); each layout function only renders it."""
import copy, datetime, itertools, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch_data import FILES, NEAR_MISS_GROUPS, DELMAL

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement, parse_xml

from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm, mm, inch
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit

OUT = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/truetype/dejavu/"
for n, f in [("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVI", "DejaVuSans-Oblique.ttf"),
             ("DVBI", "DejaVuSans-BoldOblique.ttf"), ("DVM", "DejaVuSansMono.ttf"), ("DVMB", "DejaVuSansMono-Bold.ttf"),
             ("DVS", "DejaVuSerif.ttf"), ("DVSB", "DejaVuSerif-Bold.ttf"), ("DVSI", "DejaVuSerif-Italic.ttf"),
             ("DVC", "DejaVuSansCondensed.ttf"), ("DVCB", "DejaVuSansCondensed-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(n, FD + f))

# ------------------------------------------------------------------ data normalisation
def codes(r):
    out = set()
    for x in r["dm"]:
        out.add(DELMAL[x - 1] if isinstance(x, int) else x)
    return sorted(out)

def dm_text(r, sep=" og "):
    c = codes(r)
    return c[0] if len(c) == 1 else ", ".join(c[:-1]) + sep + c[-1]

def pj(r, sep=", "):
    return sep.join(r["partners"])

def rows(fname):
    return FILES[fname]["rows"]

# ------------------------------------------------------------------ docx helpers
def new_doc(font="Calibri", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
    return d

def para(d, text="", bold=False, italic=False, size=None, color=None, style=None, align=None, space_after=None, underline=False):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic, r.underline = bold, italic, underline
        if size: r.font.size = Pt(size)
        if color: r.font.color.rgb = RGBColor.from_string(color)
    if align: p.alignment = align
    if space_after is not None: p.paragraph_format.space_after = Pt(space_after)
    return p

def run(p, text, bold=False, italic=False, size=None, color=None, underline=False, font=None):
    r = p.add_run(text)
    r.bold, r.italic, r.underline = bold, italic, underline
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    if font: r.font.name = font
    return r

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), fill)
    tcPr.append(sh)

def cell_text(cell, text, bold=False, italic=False, size=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run(p, text, bold=bold, italic=italic, size=size, color=color)
    return p

def add_field(p, instr, result_runs=()):
    """complex field: begin, instrText, separate, cached result, end"""
    def fc(t):
        r = OxmlElement("w:r"); f = OxmlElement("w:fldChar"); f.set(qn("w:fldCharType"), t); r.append(f); p._p.append(r)
    fc("begin")
    r = OxmlElement("w:r"); it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r.append(it); p._p.append(r)
    fc("separate")
    for t in result_runs:
        p.add_run(t)
    fc("end")

# ------------------------------------------------------------------ pdf helpers
def wrap(text, font, size, width):
    return simpleSplit(text, font, size, width) or [""]

def draw_lines(c, x, y, lines, font, size, lead=None, color=colors.black):
    lead = lead or size * 1.25
    c.setFont(font, size); c.setFillColor(color)
    for ln in lines:
        c.drawString(x, y, ln); y -= lead
    c.setFillColor(colors.black)
    return y

def draw_par(c, x, y, text, font, size, width, lead=None, color=colors.black):
    return draw_lines(c, x, y, wrap(text, font, size, width), font, size, lead, color)

LAYOUTS = {}
def layout(fname, name, made_with, desc):
    def deco(fn):
        LAYOUTS[fname] = dict(fn=fn, name=name, made_with=made_with, desc=desc)
        return fn
    return deco

# =================================================================== 1 LO 2017 congress protocol (docx)
@layout("2017_LO_kongressprotokoll.docx", "congress_motion_protocol", "python-docx",
        "extract of the LO congress protocol: motions 'Forslag 6.nn' with proposer, motion text in «», committee recommendation and vote; "
        "only adopted motions carry a shaded 'NKPS-merknad' box (old NKPS tiltak nr., type, ansvar, samarbeid, periode) and count; "
        "motions that 'Falt' or were 'Oversendt' are not measures (one of them looks like the KBU measure); 'Begrunnelse' = description")
def lo2017(fname):
    d = new_doc("Times New Roman", 11)
    para(d, "LO-kongressen 2017 – protokollutdrag", bold=True, size=18)
    para(d, "Sak 6: Kompetanse, utdanning og arbeidsliv (behandlet 10. mai 2017)", italic=True)
    para(d, "Utdraget under sendes Kompetansepolitisk råd som LOs rapportering for 2017. Vedtatte forslag som følger opp "
            "Nasjonal kompetansepolitisk strategi, har fått en NKPS-merknad fra LOs sekretariat. Forslag som falt eller ble "
            "oversendt, er tatt med for sammenhengens skyld, men er ikke tiltak.")
    proposers = ["LO Stat", "Fellesforbundet", "Fagforbundet", "Handel og Kontor", "Norsk Arbeidsmandsforbund", "EL og IT Forbundet",
                 "Industri Energi", "NNN", "FO"]
    extra = {2: ("Norsk Arbeidsmandsforbund", "Gratis fagskole for alle LO-medlemmer", "Falt (97 mot 215 stemmer)", "Avvises"),
             4: ("Fellesforbundet", "LO skal kreve to faste plasser i Kompetansebehovsutvalget", "Falt (64 mot 248 stemmer)", "Avvises"),
             6: ("Fagforbundet", "Egen kompetanseavgift for arbeidsgivere som ikke tar inn lærlinger", "Oversendt LOs sekretariat", "Oversendes sekretariatet")}
    items, k = [], 0
    rs = rows(fname)
    for i in range(len(rs) + len(extra)):
        if i in extra: items.append(("x", extra[i]))
        else: items.append(("m", rs[k])); k += 1
    for n, (kind, it) in enumerate(items):
        nr = f"Forslag 6.{(n * 3 + 4):02d}"
        para(d, nr, style="Heading 3")
        if kind == "x":
            prop, title, vedtak, innst = it
            desc = "Forslagsstiller mener at dette vil styrke medlemmenes muligheter for kompetanseutvikling."
        else:
            r = it; prop = proposers[n % len(proposers)]; title = r["title"]; vedtak = "Vedtatt"; innst = "Vedtas"; desc = r["desc"]
        p = para(d); run(p, "Forslagsstiller: ", italic=True); run(p, prop)
        p = para(d); run(p, "«" + title + "»", bold=True, size=12)
        p = para(d); run(p, "Redaksjonskomiteens innstilling: ", italic=True); run(p, innst + ".")
        p = para(d); run(p, "Vedtak: ", italic=True); run(p, vedtak + ".", bold=(vedtak == "Vedtatt"))
        if kind == "m":
            t = d.add_table(rows=1, cols=1); t.style = "Table Grid"
            c = t.cell(0, 0); shade(c, "E8EEF4"); c.text = ""
            q = c.paragraphs[0]
            run(q, "NKPS-merknad: ", bold=True, size=10)
            run(q, f"NKPS-tiltak nr. {r['old_nr']} – Type tiltak: {r['typ']} – Ansvarlig: {r['resp']} – "
                   f"Samarbeid: {pj(r)} – Periode: {r['period']}", size=10)
        p = para(d); run(p, "Begrunnelse: ", italic=True); run(p, desc)
    para(d, "Protokollen er godkjent av kongressens protokollkomité.", italic=True, size=9)
    d.save(os.path.join(OUT, fname))

# =================================================================== 3 YS 2017 telephone note (docx)
@layout("2017_YS_telefonnotat.docx", "telefonnotat_jottings", "python-docx",
        "telephone note written by a Kompetanse Norge officer while YS reported by phone: TELEFONNOTAT header grid (Dato/Samtale med/"
        "Notert av/Sak), then jotted notes: underlined measure title and '–' lines with abbreviations ('NKPS nr 5+6', 'type:', "
        "'ansv.:', 'med:', 'når:', 'hva:'); old NKPS numbers with '+'; an 'Annet fra samtalen' list (deadline, a course YS may add next year) is not measures")
def ys2017(fname):
    d = new_doc("Arial", 10)
    t = d.add_table(rows=5, cols=2); t.style = "Table Grid"
    cell_text(t.cell(0, 0), "TELEFONNOTAT", bold=True, size=14); t.cell(0, 0).merge(t.cell(0, 1))
    for i, (a, b) in enumerate([("Dato", "12.10.2017"), ("Samtale med", "Kari Nilsen, fagsjef kompetanse, YS"),
                                ("Notert av", "Ole Hansen, Kompetanse Norge"), ("Sak", "YS – rapportering til Kompetansepolitisk råd 2017 (muntlig)")], 1):
        cell_text(t.cell(i, 0), a, bold=True); cell_text(t.cell(i, 1), b)
    para(d)
    para(d, "YS sender ikke skriftlig rapport i år og ba oss notere tiltakene. Nilsen har lest gjennom notatet og godkjent det på e-post 13.10.", italic=True)
    para(d, "Notater fra samtalen", bold=True, size=12)
    for r in rows(fname):
        para(d, r["title"], underline=True, bold=True)
        typ = r["typ"]
        resp = "ansv.: " + r["resp"] + ("  –  med: " + pj(r) if r["partners"] else "")
        for ln in [f"NKPS nr {r['old_nr']}", f"type: {typ}", resp, f"når: {r['period']}", f"hva: {r['desc']}"]:
            p = para(d, "– " + ln, space_after=0); p.paragraph_format.left_indent = Cm(0.8)
        para(d)
    para(d, "Annet fra samtalen", bold=True, size=12)
    for ln in ["– Frist for skriftlig rapport neste år: 1. november.",
               "– YS vurderer et Parat-kurs om lønnsforhandling og kompetanse – ikke startet, tas evt. med i 2018.",
               "– Ønsker at sekretariatet sender ut malen tidligere."]:
        para(d, ln, space_after=0)
    para(d); para(d, "OH", italic=True)
    d.save(os.path.join(OUT, fname))

# =================================================================== 4 NHO 2018 facts in Word comments (docx)
@layout("2018_NHO_utkast_kommentarer.docx", "comment_balloon_facts", "python-docx (w:comments)",
        "draft where the body has only bold titles and description paragraphs; every measure's facts (Delmål/Type/Ansvar/Samarbeid/"
        "Periode) are in a Word comment by 'NHO Kompetanse' anchored to its title; other comments (a leader's reminder on the intro, "
        "a reply-like remark on one description) are not facts")
def nho2018(fname):
    d = new_doc("Calibri", 11)
    para(d, "NHOs oppfølging av kompetansestrategien 2018", bold=True, size=16)
    p = para(d, "Utkast 2 – faktaopplysninger om hvert tiltak står i kommentarfeltet, slik sekretariatet ba om.", italic=True)
    d.add_comment(p.runs[0], text="Husk å sjekke om Fagskolerådet skal med i år. – TH", author="Tore Haugen", initials="TH")
    para(d, "NHO og landsforeningene har i 2018 arbeidet med tiltak innenfor alle tre hovedinnsatsområdene. Under følger "
            "tiltakene NHO rapporterer til Kompetansepolitisk råd.")
    for i, r in enumerate(rows(fname)):
        p = d.add_paragraph(); p.paragraph_format.space_before = Pt(10)
        rt = run(p, r["title"], bold=True, size=12)
        txt = (f"Delmål: {dm_text(r)}\nType: {r['typ']}\nAnsvar: {r['resp']}\n"
               f"Samarbeid: {pj(r)}\nPeriode: {r['period']}")
        d.add_comment(rt, text=txt, author="NHO Kompetanse", initials="NK")
        q = para(d, r["desc"])
        if r["tid"] == "N1":
            d.add_comment(q.runs[0], text="NIFU har bekreftet tallene for 2018.", author="Tore Haugen", initials="TH")
    para(d, "Kontakt: NHO, avdeling for kompetanse og arbeidsliv.", italic=True, size=9)
    d.save(os.path.join(OUT, fname))

# =================================================================== 7 Regjeringen 2019 style-separator run-in headings (docx)
AREAS = {"1": "Hovedinnsatsområde 1: Gode valg for den enkelte og for samfunnet",
         "2": "Hovedinnsatsområde 2: Læring i arbeidslivet",
         "3": "Hovedinnsatsområde 3: Styrke kompetansen til voksne med svak tilknytning til arbeidslivet"}

def style_separator(p):
    """hide the paragraph mark with w:vanish + w:specVanish (Word's 'style separator'): the heading runs into the next paragraph"""
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    v = OxmlElement("w:vanish"); s = OxmlElement("w:specVanish")
    rPr.append(v); rPr.append(s); pPr.append(rPr)

@layout("2019_Regjeringen_rapport_innfelte_titler.docx", "style_separator_run_in_headings", "python-docx + w:specVanish",
        "ministry report whose measure titles are Heading 3 paragraphs joined to the following body paragraph by Word's style "
        "separator (hidden paragraph mark, w:specVanish): on screen 'Title. Text…' is one run-in paragraph, in the XML two; "
        "a cached TOC field at the top lists the titles again (not measures); facts in a small grey line after the text")
def reg2019(fname):
    d = new_doc("Cambria", 11)
    para(d, "Regjeringens oppfølging av Nasjonal kompetansepolitisk strategi – rapport 2019", bold=True, size=16)
    para(d, "Kunnskapsdepartementet på vegne av regjeringen", italic=True)
    para(d, "Innhold", bold=True, size=12)
    rs = rows(fname)
    tp = d.add_paragraph()
    tp.paragraph_format.tab_stops.add_tab_stop(Cm(15))
    add_field(tp, ' TOC \\o "1-3" \\h \\z \\u ', [])
    # cached TOC result as separate paragraphs inside the field: put begin/instr/sep in first para, end in last
    d._body._body.remove(tp._p)
    first = d.add_paragraph()
    first.paragraph_format.tab_stops.add_tab_stop(Cm(15))
    def fc(p, t):
        r = OxmlElement("w:r"); f = OxmlElement("w:fldChar"); f.set(qn("w:fldCharType"), t); r.append(f); p._p.append(r)
    fc(first, "begin")
    r_ = OxmlElement("w:r"); it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = ' TOC \\o "1-3" \\h \\z \\u '; r_.append(it); first._p.append(r_)
    fc(first, "separate")
    toc_lines, page = [], 2
    for a in "123":
        toc_lines.append((AREAS[a], page, 0))
        for r in rs:
            if codes(r)[0][0] == a:
                toc_lines.append((r["title"], page, 1)); page += 1 if len(toc_lines) % 3 == 0 else 0
    for i, (t, pg, lvl) in enumerate(toc_lines):
        p = first if i == 0 else d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15))
        p.paragraph_format.left_indent = Cm(0.6 * lvl); p.paragraph_format.space_after = Pt(0)
        run(p, f"{t}\t{pg}", size=10)
    fc(p, "end")
    d.add_page_break()
    para(d, "Regjeringen følger opp strategien gjennom tiltak i flere departementer. Tiltakene under er ordnet etter "
            "hovedinnsatsområde. Tiltak som berører flere delmål, står under det første.")
    for a in "123":
        para(d, AREAS[a], style="Heading 1")
        for r in rs:
            if codes(r)[0][0] != a: continue
            h = d.add_paragraph(style="Heading 3")
            h.add_run(r["title"] + ".")
            style_separator(h)
            b = d.add_paragraph(); b.add_run(" " + r["desc"])
            f = para(d, f"Delmål {dm_text(r)} · {r['typ']} · Ansvar: {r['resp']} · Samarbeid: {pj(r)} · {r['period']}",
                     italic=True, size=9, color="666666")
    d.save(os.path.join(OUT, fname))

# =================================================================== 8 Virke 2019 PDF converted to Word (docx)
@layout("2019_Virke_konvertert_fra_pdf.docx", "pdf_to_word_line_paragraphs", "python-docx",
        "PDF converted back to Word (Acrobat-style): every printed line is its own paragraph with exact spacing, no heading styles "
        "(titles are 13 pt bold direct formatting, two titles broken over two paragraphs), one word hyphenated across a line break, "
        "the old page header and 'Side n av 3' footer sit as body paragraphs in the middle of the text")
def virke2019(fname):
    d = new_doc("Arial", 10)
    def line(text, bold=False, size=10, italic=False):
        p = d.add_paragraph(); p.paragraph_format.space_after = Pt(0); p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.line_spacing = Pt(size + 3)
        if text: run(p, text, bold=bold, size=size, italic=italic)
        return p
    hdr = "Hovedorganisasjonen Virke – rapport til Kompetansepolitisk råd 2019"
    line(hdr, size=8, italic=True); line("")
    line("Virkes oppfølging av Nasjonal kompetansepolitisk strategi", bold=True, size=15); line("")
    for ln in wrap("Virke rapporterer her tiltak for 2019. Tiltakene er valgt ut fordi de bidrar direkte til strategiens delmål. "
                   "Beskrivelsene er korte; ta kontakt med Virke for mer informasjon.", "Helvetica", 10, 440):
        line(ln)
    line("")
    rs = rows(fname); pageno = 1
    for i, r in enumerate(rs):
        t = r["title"]
        if len(t) > 45:
            ws = t.split(" "); cut = len(ws) // 2
            line(" ".join(ws[:cut]), bold=True, size=13); line(" ".join(ws[cut:]), bold=True, size=13)
        else:
            line(t, bold=True, size=13)
        line(f"Delmål {dm_text(r)} | {r['typ']} | Ansvar: {r['resp']} | Samarbeid: {pj(r)} | {r['period']}", italic=True, size=9)
        desc = r["desc"]
        lines = wrap(desc, "Helvetica", 10, 440)
        if r["tid"] == "R1":   # one hyphenated line break inside a word
            lines = ["Bransjeprogram for varehandelen der ansatte uten fagbrev får modul-",
                     "basert opplæring og mulighet til å ta fagbrev i salgsfaget."]
        for ln in lines: line(ln)
        line("")
        if i in (1, 3):
            pageno += 1
            line(f"Side {pageno - 1} av 3", size=8); line(hdr, size=8, italic=True); line("")
    line(f"Side 3 av 3", size=8)
    d.save(os.path.join(OUT, fname))

# =================================================================== 10 KS 2020 handbook with index (docx)
@layout("2020_KS_handbok_stikkord.docx", "handbook_xe_index", "python-docx + XE/INDEX fields",
        "a KS handbook for municipalities: guidance chapters 1–2 (not measures; mention measures in passing and carry an 'Eksempel' box), "
        "chapter 3 holds the report: Heading 2 '3.n Title' (typed numbers), label lines Delmål/Tiltakstype/Eier/Med/Tidsrom and text; "
        "hidden XE index fields after the titles and a cached two-column INDEX 'Stikkordregister' at the end naming measures and partners with page numbers (not measures)")
def ks2020(fname):
    d = new_doc("Calibri", 11)
    para(d, "Kompetanse i kommunesektoren", bold=True, size=24, color="1F4E79")
    para(d, "Håndbok for kommuner og fylkeskommuner – utgave 2020", size=14)
    para(d, "1 Om håndboka", style="Heading 1")
    para(d, "Håndboka gir råd om strategisk kompetanseplanlegging og viser hva KS gjør nasjonalt. Kapittel 3 er samtidig KS' "
            "rapport til Kompetansepolitisk råd for 2020.")
    para(d, "2 Kompetanseplanlegging i kommunen", style="Heading 1")
    para(d, "En god kompetanseplan bygger på kartlegging av behov i hver tjeneste. Mange kommuner bruker Menn i helse og "
            "bransjeprogrammet som en del av planen; se kapittel 3.")
    t = d.add_table(rows=1, cols=1); t.style = "Table Grid"; c = t.cell(0, 0); shade(c, "FFF2CC")
    c.text = ""; run(c.paragraphs[0], "Eksempel: Kompetanseplan i Nordby kommune", bold=True)
    c.add_paragraph("Nordby kommune kartla i 2019 behovet for helsefagarbeidere og inngikk avtale med den videregående skolen om "
                    "et eget løp for voksne. (Eksempelet er ikke et KS-tiltak.)")
    para(d, "3 KS' tiltak 2020 – rapport til Kompetansepolitisk råd", style="Heading 1")
    for i, r in enumerate(rows(fname), 1):
        h = d.add_paragraph(style="Heading 2"); h.add_run(f"3.{i} {r['title']}")
        add_field(h, f' XE "{r["title"].split(" – ")[0]}" ', [])
        for lab, val in [("Delmål", dm_text(r)), ("Tiltakstype", r["typ"]), ("Eier", r["resp"]), ("Med", pj(r)), ("Tidsrom", r["period"])]:
            p = para(d, space_after=0); run(p, lab + ": ", bold=True); run(p, val)
        para(d, r["desc"])
    para(d, "4 Stikkordregister", style="Heading 1")
    entries = {}
    for i, r in enumerate(rows(fname)):
        entries[r["title"].split(" – ")[0]] = [5 + i]
        for pt in r["partners"]:
            entries.setdefault(pt, []).append(5 + i)
    entries["Menn i helse"] = [3, 6]; entries["Kompetanseplan"] = [3]
    p0 = d.add_paragraph()
    lines = [f"{k}, {', '.join(str(x) for x in sorted(set(v)))}" for k, v in sorted(entries.items(), key=lambda kv: kv[0].lower())]
    def fc(p, t):
        r = OxmlElement("w:r"); f = OxmlElement("w:fldChar"); f.set(qn("w:fldCharType"), t); r.append(f); p._p.append(r)
    fc(p0, "begin")
    r_ = OxmlElement("w:r"); it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = ' INDEX \\c "2" \\z "1044" '; r_.append(it); p0._p.append(r_)
    fc(p0, "separate")
    for j, ln in enumerate(lines):
        p = p0 if j == 0 else d.add_paragraph()
        p.paragraph_format.space_after = Pt(0); run(p, ln, size=9)
    fc(p, "end")
    d.save(os.path.join(OUT, fname))

# =================================================================== 11 VOFO 2020 Christmas letter with drop caps (docx)
def dropcap(d, letter, font="Georgia"):
    p = d.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    fp = OxmlElement("w:framePr")
    for k, v in [("w:dropCap", "drop"), ("w:lines", "3"), ("w:wrap", "around"), ("w:vAnchor", "text"), ("w:hAnchor", "text")]:
        fp.set(qn(k), v)
    pPr.insert(0, fp)
    sp = OxmlElement("w:spacing"); sp.set(qn("w:line"), "828"); sp.set(qn("w:lineRule"), "exact"); pPr.append(sp)
    r = p.add_run(letter); r.font.size = Pt(50); r.font.name = font; r.font.color.rgb = RGBColor(0xA0, 0x1C, 0x1C)
    rPr = r._r.get_or_add_rPr(); pos = OxmlElement("w:position"); pos.set(qn("w:val"), "-10"); rPr.append(pos)
    return p

@layout("2020_VOFO_julehilsen.docx", "christmas_letter_drop_caps", "python-docx + w:framePr dropCap",
        "VOFO's Christmas greeting to members that doubles as its NKPS report: each measure paragraph opens with a red drop cap "
        "(a separate framed paragraph holding only the first letter of the title), the rest of the title in bold small caps, ' – ' "
        "and the description; an italic 'Kort fortalt:' line gives delmål/type/ansvar/med/periode; the opening paragraph also has a drop cap "
        "but is not a measure, nor are the greeting, the 'årets julegave' paragraph and the P.S.")
def vofo2020(fname):
    d = new_doc("Georgia", 11)
    para(d, "God jul fra VOFO!", bold=True, size=26, color="A01C1C", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, "Julehilsen og rapport om kompetansetiltak 2020", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, "Kjære medlemsorganisasjoner og samarbeidspartnere,")
    dropcap(d, "D")
    para(d, "et har vært et år ingen av oss glemmer. Kurslokaler ble stengt, og studieforbundene flyttet læringen hjem til folk. "
            "Nedenfor forteller vi om tiltakene VOFO rapporterer til Kompetansepolitisk råd for 2020.")
    for r in rows(fname):
        t = r["title"]
        dropcap(d, t[0])
        p = d.add_paragraph()
        rr = run(p, t[1:], bold=True); rr.font.small_caps = True
        run(p, " – " + r["desc"])
        para(d, f"Kort fortalt: delmål {dm_text(r)} · {r['typ'].lower()} · ansvarlig: {r['resp']} · med: {pj(r)} · {r['period']}",
             italic=True, size=9, color="555555")
    para(d, "Årets julegave til medlemmene er et gratis webinar i januar om digitale kurs – påmelding på vofo.no.")
    para(d, "God jul og godt nytt læringsår!")
    para(d, "Kari Solberg, generalsekretær", italic=True)
    para(d, "P.S. Husk søknadsfristen for studieforbundsmidler 1. februar.", size=9)
    d.save(os.path.join(OUT, fname))

# =================================================================== 14 Spekter 2022 floating fact tables anchored before the heading (docx)
def float_table(tbl, x_cm=10.8, w_cm=5.8):
    tblPr = tbl._tbl.tblPr
    pp = OxmlElement("w:tblpPr")
    for k, v in [("w:leftFromText", "170"), ("w:rightFromText", "0"), ("w:topFromText", "0"), ("w:bottomFromText", "170"),
                 ("w:vertAnchor", "text"), ("w:horzAnchor", "margin"), ("w:tblpX", str(int(x_cm * 567))), ("w:tblpY", "60")]:
        pp.set(qn(k), v)
    ov = OxmlElement("w:tblOverlap"); ov.set(qn("w:val"), "never")
    tw = OxmlElement("w:tblW"); tw.set(qn("w:w"), str(int(w_cm * 567))); tw.set(qn("w:type"), "dxa")
    for old_ in tblPr.findall(qn("w:tblW")): tblPr.remove(old_)
    order = ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize", "tblW", "jc",
             "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook"]
    kids = list(tblPr) + [pp, ov, tw]
    for k in list(tblPr): tblPr.remove(k)
    kids.sort(key=lambda e: order.index(e.tag.split("}")[1]) if e.tag.split("}")[1] in order else 99)
    for k in kids: tblPr.append(k)

@layout("2022_Spekter_faktarammer.docx", "floating_fact_tables_anchor_first", "python-docx + w:tblpPr",
        "report where each measure has a small shaded fact table floated to the right margin (w:tblpPr) beside its heading; in the "
        "XML the floating table comes BEFORE the Heading 2 it belongs to (Word anchors it to the following paragraph), so document "
        "order is facts → title → text; a floating 'Kontakt' box at the end is not a measure")
def spekter2022(fname):
    d = new_doc("Calibri", 11)
    para(d, "Spekter – kompetanse og læring i medlemsvirksomhetene 2022", bold=True, size=17, color="00557F")
    para(d, "Rapport til Kompetansepolitisk råd. Faktaopplysningene for hvert tiltak står i rammen til høyre.", italic=True)
    for r in rows(fname):
        t = d.add_table(rows=5, cols=2); t.style = "Table Grid"
        for i, (a, b) in enumerate([("Delmål", dm_text(r)), ("Type", r["typ"]), ("Ansvar", r["resp"]), ("Med", pj(r)), ("Periode", r["period"])]):
            cell_text(t.cell(i, 0), a, bold=True, size=8); cell_text(t.cell(i, 1), b, size=8)
            shade(t.cell(i, 0), "DCE9F1"); shade(t.cell(i, 1), "F2F7FA")
            t.cell(i, 0).width = Cm(1.7); t.cell(i, 1).width = Cm(4.1)
        float_table(t)
        h = d.add_paragraph(style="Heading 2"); h.add_run(r["title"])
        # move the floating table before its heading
        h._p.addprevious(t._tbl)
        b = d.add_paragraph(r["desc"]); b.paragraph_format.right_indent = Cm(6.3)
        e = d.add_paragraph(); e.paragraph_format.right_indent = Cm(6.3); e.paragraph_format.space_after = Pt(30)
    t = d.add_table(rows=1, cols=1); t.style = "Table Grid"; shade(t.cell(0, 0), "FCE4D6")
    cell_text(t.cell(0, 0), "Kontakt: Spekter, avdeling for kompetanse og arbeidsliv – post@spekter.no", size=8)
    float_table(t)
    last = d.add_paragraph("Spekter, desember 2022"); last._p.addprevious(t._tbl)
    d.save(os.path.join(OUT, fname))

# =================================================================== 15 YS 2022 member-benefits catalogue (docx)
@layout("2022_YS_medlemsfordeler.docx", "member_benefits_catalogue", "python-docx",
        "member-benefits catalogue of the YS federations: Heading 1 sections (Forsikring, Bank og økonomi, Kompetanse og karriere, "
        "Kunnskap om arbeidslivet, Fritid); each a 3-column table Fordel | Hva får du? | Slik gjør du; only benefits with a green "
        "'NKPS ·' tag line in the middle cell are reported measures; insurance, loans, cabins and an untagged language-course discount are not")
def ys2022(fname):
    d = new_doc("Segoe UI", 10)
    para(d, "Medlemsfordeler 2022", bold=True, size=24, color="005A70")
    para(d, "For medlemmer i YS-forbundene", size=13)
    para(d, "Fordeler merket NKPS er samtidig YS' rapportering til Kompetansepolitisk råd for 2022.", italic=True, color="2E7D32")
    rs = {r["tid"]: r for r in rows(fname)}
    sections = [
        ("Forsikring", [("Innboforsikring", "Rimelig innboforsikring gjennom forbundets avtale.", "Bestill på forbundets nettside.")]),
        ("Bank og økonomi", [("Medlemslån", "Gunstig boliglån for medlemmer.", "Søk i banken."), ]),
        ("Kompetanse og karriere", [rs["Y1"], rs["Y3"], ("Rabatt på språkkurs hos Folkeuniversitetet", "20 prosent rabatt på alle åpne språkkurs.", "Oppgi medlemsnummer ved påmelding."), rs["Y4"], rs["Y5"]]),
        ("Kunnskap om arbeidslivet – dette gjør YS for deg", [rs["Y2"], rs["T02"]]),
        ("Fritid", [("Hytter og leiligheter", "Leie av forbundets hytter til medlemspris.", "Book via Min side.")]),
    ]
    how = {"Y1": "Meld deg på via tillitsvalgtportalen.", "Y3": "Logg inn på ys.no/nettkurs.", "Y4": "Søk innen 1. mars og 1. september.",
           "Y5": "Bestill time på ys.no/karriere.", "Y2": "Les rapporten på ys.no.", "T02": "Kontakt YS sentralt."}
    for sec, items in sections:
        para(d, sec, style="Heading 1")
        t = d.add_table(rows=1, cols=3); t.style = "Light Grid Accent 1" if "Light Grid Accent 1" in [s.name for s in d.styles] else "Table Grid"
        for i, h in enumerate(["Fordel", "Hva får du?", "Slik gjør du"]):
            cell_text(t.cell(0, i), h, bold=True)
        for it in items:
            c = t.add_row().cells
            if isinstance(it, tuple):
                cell_text(c[0], it[0], bold=True); cell_text(c[1], it[1]); cell_text(c[2], it[2])
            else:
                r = it
                cell_text(c[0], r["title"], bold=True)
                cell_text(c[1], r["desc"])
                q = c[1].add_paragraph()
                run(q, f"NKPS · delmål {dm_text(r)} · {r['typ'].lower()} · ansvar: {r['resp']} · med: {pj(r)} · {r['period']}",
                    size=8, color="2E7D32", bold=True)
                cell_text(c[2], how[r["tid"]])
    para(d); para(d, "Alle priser og vilkår gjelder per 1. januar 2022.", size=8, italic=True)
    d.save(os.path.join(OUT, fname))

# =================================================================== 18 Regjeringen 2024 speech manuscript (docx)
@layout("2024_Regjeringen_talemanus.docx", "speech_manuscript_cues", "python-docx",
        "minister's speech manuscript to the council ('Sjekkes mot fremføring'): large-print spoken paragraphs, red '[LYSARK n]' cues, "
        "and before each measure a grey bracketed note to the speaker '[Til taleren – Tiltak: … | Delmål … | type | Ansvar: … | Med: … | periode]' "
        "giving the title and facts; the spoken paragraph after the note is the description; greeting, anecdote, a '[Kan kuttes]' "
        "paragraph and the closing are not measures")
def reg2024(fname):
    d = new_doc("Arial", 14)
    para(d, "Kunnskapsministerens innlegg – Kompetansepolitisk råd 12. mars 2024", bold=True, size=14)
    para(d, "Sjekkes mot fremføring · Taletid ca. 12 minutter · Versjon 3", italic=True, size=10, color="C00000")
    para(d, "Takk for invitasjonen, og takk til alle dere som hver dag sørger for at kompetansepolitikken blir mer enn ord på papir.")
    para(d, "[LYSARK 1]", bold=True, color="C00000", size=11)
    para(d, "Da jeg besøkte et verksted i Sunndalsøra i fjor, fortalte en sveiser meg at han hadde tatt tre kurs på to år – "
            "alle i arbeidstiden. Det er den typen historier jeg vil høre mer av.")
    for i, r in enumerate(rows(fname)):
        if i in (2, 5):
            para(d, f"[LYSARK {i // 2 + 2}]", bold=True, color="C00000", size=11)
        para(d, f"[Til taleren – Tiltak: {r['title']} | Delmål {dm_text(r)} | {r['typ']} | Ansvar: {r['resp']} | Med: {pj(r)} | {r['period']}]",
             italic=True, size=10, color="808080")
        para(d, r["desc"])
        if i == 3:
            para(d, "[Kan kuttes ved tidsnød:] Jeg møtte også Kari, som tok fagbrev som 52-åring. Hun sa at det viktigste var at "
                    "lederen hennes hadde troen på henne.", size=12, color="808080")
    para(d, "[LYSARK 6]", bold=True, color="C00000", size=11)
    para(d, "La meg avslutte med å si at vi trenger dere alle. Takk for oppmerksomheten.")
    d.save(os.path.join(OUT, fname))

# =================================================================== 22 Vestland 2026 PowerPoint 'send to Word – outline only' (docx, nynorsk)
@layout("2026_Vestland_disposisjon.docx", "pptx_send_to_word_outline_nn", "python-docx",
        "nynorsk presentation sent from PowerPoint to Word as 'outline only': slide titles are 20 pt bold paragraphs with outline level 1 "
        "(no heading style, no slide numbers), bullets at two levels ('Delmål …', type, 'Ansvarleg:', 'Med:', period; the description as "
        "level-2 bullet); title slide, 'Innhald', a 'Kva er NKPS?' slide and 'Spørsmål?' are not measures")
def vestland2026(fname):
    d = new_doc("Calibri", 12)
    def title(t):
        p = d.add_paragraph(); p.paragraph_format.space_before = Pt(18)
        pPr = p._p.get_or_add_pPr(); ol = OxmlElement("w:outlineLvl"); ol.set(qn("w:val"), "0"); pPr.append(ol)
        run(p, t, bold=True, size=20)
    def bullet(t, lvl=1):
        p = d.add_paragraph(style="List Bullet" if lvl == 1 else "List Bullet 2")
        pPr = p._p.get_or_add_pPr(); ol = OxmlElement("w:outlineLvl"); ol.set(qn("w:val"), str(lvl)); pPr.append(ol)
        run(p, t, size=16 if lvl == 1 else 14)
    title("Vestland fylkeskommune – kompetansetiltak 2026"); bullet("Kompetansepolitisk råd, 3. mars 2026"); bullet("Seksjon for kompetanse og næring")
    title("Innhald"); bullet("Kva er NKPS?"); bullet("Tiltaka våre i 2026"); bullet("Vegen vidare")
    title("Kva er NKPS?"); bullet("Nasjonal kompetansepolitisk strategi – 16 delmål i tre hovudinnsatsområde"); bullet("Fylkeskommunane rapporterer tiltak kvart år")
    for r in rows(fname):
        title(r["title"])
        bullet(f"Delmål {dm_text(r)}"); bullet(r["typ"]); bullet(f"Ansvarleg: {r['resp']}"); bullet(f"Med: {pj(r)}"); bullet(r["period"])
        bullet(r["desc"], 2)
    title("Spørsmål?"); bullet("kompetanse@vlfk.no")
    d.save(os.path.join(OUT, fname))

# =================================================================== 2 Spekter 2017 Acrobat comment summary (pdf)
@layout("2017_Spekter_kommentarsammendrag.pdf", "acrobat_comment_summary", "reportlab",
        "Acrobat 'Sammendrag av kommentarer' printout (landscape): left half a reduced image of each page of Spekter's draft (title bold, "
        "description small) with numbered yellow comment markers, right half the numbered comment list (type · author · time) "
        "joined by connector lines; the comments carry the facts ('NKPS tiltak nr … | type | Ansvar | Med | Tid'); one comment is only a spelling remark")
def spekter2017(fname):
    W, H = landscape(A4)
    c = canvas.Canvas(os.path.join(OUT, fname), pagesize=(W, H))
    rs = rows(fname); pages = [rs[0:2], rs[2:4], rs[4:6]]; cn = 0
    for pi, chunk in enumerate(pages):
        c.setFont("DVB", 10); c.drawString(1.5 * cm, H - 1.2 * cm, "Sammendrag av kommentarer: Spekter_rapport_NKPS_2017_v3.pdf")
        c.setFont("DV", 8); c.drawRightString(W - 1.5 * cm, H - 1.2 * cm, f"Side: {pi + 1}")
        # thumbnail
        tx, ty, tw, th = 1.5 * cm, 1.6 * cm, 12.5 * cm, H - 3.6 * cm
        c.setStrokeColor(colors.grey); c.rect(tx, ty, tw, th); c.setStrokeColor(colors.black)
        y = ty + th - 0.9 * cm
        c.setFont("DVI", 6); c.drawString(tx + 0.6 * cm, y, "Spekter – oppfølging av Nasjonal kompetansepolitisk strategi 2017"); y -= 0.9 * cm
        markers = []
        for r in chunk:
            y = draw_par(c, tx + 0.6 * cm, y, r["title"], "DVB", 8, tw - 1.8 * cm, 10)
            markers.append((tx + tw - 0.9 * cm, y + 11, r))
            y -= 2
            y = draw_par(c, tx + 0.6 * cm, y, r["desc"], "DV", 6.5, tw - 1.8 * cm, 8.2)
            y -= 0.9 * cm
        if pi == 1:
            markers.append((tx + tw - 0.9 * cm, ty + 2.2 * cm, None))
            c.setFont("DV", 6.5); c.drawString(tx + 0.6 * cm, ty + 2 * cm, "Alle tiltak er forankret i Spekters styre.")
        # comments
        cx = W / 2 + 1 * cm; cy = H - 2.6 * cm
        for mx, my, r in markers:
            cn += 1
            c.setFillColor(colors.HexColor("#FFE46B")); c.rect(mx, my - 6, 9, 9, fill=1, stroke=1); c.setFillColor(colors.black)
            c.setFont("DVB", 6); c.drawCentredString(mx + 4.5, my - 4, str(cn))
            c.setStrokeColor(colors.HexColor("#C9A800")); c.line(mx + 9, my - 1.5, cx - 0.2 * cm, cy + 3); c.setStrokeColor(colors.black)
            c.setFont("DVB", 8); c.drawString(cx, cy, f"{cn}   Notat    Kari Berg (Spekter)    {21 + cn}.09.2017 14:{10 + cn:02d}:05")
            cy -= 11
            if r is None:
                txt = "Skal vi ta med styreforankringen i alle tiltakene, eller bare her? (ikke fakta)"
            else:
                txt = (f"NKPS tiltak nr {r['old_nr']} | {r['typ']} | Ansvar: {r['resp']}" +
                       (f" | Med: {pj(r)}" if r["partners"] else "") + f" | Tid: {r['period']}")
            cy = draw_par(c, cx + 0.5 * cm, cy, txt, "DV", 8, W - cx - 2.2 * cm, 10.5)
            cy -= 0.6 * cm
        c.setFont("DV", 7); c.drawString(1.5 * cm, 0.8 * cm, "Adobe Acrobat – kommentarer oppsummert med forbindelseslinjer på samme side")
        c.showPage()
    c.save()

# =================================================================== 5 NAV 2018 green-bar line-printer listing (pdf)
@layout("2018_NAV_listeutskrift.pdf", "greenbar_lineprinter_listing", "reportlab",
        "mainframe batch listing on 15-inch continuous green-bar paper with sprocket holes: monospace, job/page header with run date, "
        "fixed-width columns NR/TILTAK/DELMÅL/TYPE/ANSVARLIG/SAMARBEID/PERIODE whose long values wrap onto continuation lines inside "
        "their column, a 'MERKNAD:' line under each record (= description), upper-case type codes, '*** ANTALL TILTAK' total and end-of-job lines (not measures)")
def nav2018(fname):
    W, H = 15 * inch, 11 * inch
    c = canvas.Canvas(os.path.join(OUT, fname), pagesize=(W, H))
    cols = [("NR", 4), ("TILTAK", 38), ("DELMÅL", 9), ("TYPE", 11), ("ANSVARLIG", 18), ("SAMARBEID", 30), ("PERIODE", 12)]
    lh, fs = 12, 8.6; x0 = 0.9 * inch
    import textwrap
    def wrapc(t, w): return textwrap.wrap(t, w) or [""]
    def header(pg):
        return [f"ARBEIDS- OG VELFERDSDIREKTORATET          LISTE NKPSR07 - NKPS-TILTAK RAPPORTERT FOR 2018           KJØREDATO 15.01.19 07.42      SIDE {pg:03d}",
                "",
                "".join(n.ljust(w + 1) for n, w in cols),
                "".join(("-" * w).ljust(w + 1) for n, w in cols), ""]
    body = []
    for i, r in enumerate(rows(fname), 1):
        vals = [f"{i:03d}", r["title"], " ".join(codes(r)), r["typ"], r["resp"], pj(r), r["period"]]
        wrapped = [wrapc(v, w) for v, (n, w) in zip(vals, cols)]
        for k in range(max(len(x) for x in wrapped)):
            body.append("".join((x[k] if k < len(x) else "").ljust(w + 1) for x, (n, w) in zip(wrapped, cols)))
        ml = textwrap.wrap(r["desc"], 110)
        body.append("     MERKNAD: " + ml[0])
        for m in ml[1:]: body.append("              " + m)
        body.append("")
    body += [f"*** ANTALL TILTAK: {len(rows(fname))}", "", "*** SLUTT PÅ LISTE NKPSR07 ***   JOBB NKPSR07 AVSLUTTET  RC=0000"]
    per = 44; pages = [body[i:i + per] for i in range(0, len(body), per)]
    for pg, chunk in enumerate(pages, 1):
        lines = header(pg) + chunk
        top = H - 0.8 * inch
        for b in range(0, 60, 6):   # green bars
            c.setFillColor(colors.HexColor("#DDEFD9")); c.rect(0.75 * inch, top - (b + 3) * lh + 3, W - 1.5 * inch, 3 * lh, fill=1, stroke=0)
        c.setFillColor(colors.white); c.setStrokeColor(colors.HexColor("#BBBBBB"))
        for yy in range(12, int(H), 36):
            c.circle(0.3 * inch, yy, 5, fill=0); c.circle(W - 0.3 * inch, yy, 5, fill=0)
        c.setFillColor(colors.black); c.setFont("DVM", fs)
        y = top
        for ln in lines:
            c.drawString(x0, y, ln); y -= lh
        c.showPage()
    c.save()

# =================================================================== 6 Møre og Romsdal 2018 fair floor plan + stand list (pdf, nynorsk)
@layout("2018_MoreogRomsdal_kompetansemesse.pdf", "fair_floorplan_standlist_nn", "reportlab",
        "nynorsk programme for the county's competence fair: page 1 a drawn hall plan with numbered stands and short exhibitor names "
        "(Inngang, Scene, Kafé), page 2 a 'Standliste' table (Stand | Utstillar | Kva vi viser fram) where only the county's own stands are "
        "measures, page 3 'Fylkeskommunen sine tiltak' with 'Stand n · title', a fact line and the text; other exhibitors are not measures")
def mr2018(fname):
    W, H = A4
    c = canvas.Canvas(os.path.join(OUT, fname), pagesize=A4)
    rs = rows(fname)
    others = [(1, "NTNU i Ålesund", "Studietilbod for vaksne i arbeid"), (2, "Høgskulen i Molde", "Logistikk og helsefag"),
              (4, "NAV Møre og Romsdal", "Jobbsøking og rettleiing"), (6, "Fagskulen i Ålesund", "Tekniske fagskuletilbod"),
              (8, "Opplæringskontoret for maritime fag", "Læreplassar om bord"), (10, "Ulstein Group", "Lærlingar i verftsindustrien"),
              (12, "Studieforbundet AOF", "Kurs for vaksne")]
    own = [3, 5, 7, 9, 11]
    stands = {n: ("Møre og Romsdal fylkeskommune", r) for n, r in zip(own, rs)}
    for n, a, b in others: stands[n] = (a, b)
    c.setFont("DVB", 17); c.drawString(2 * cm, H - 2.2 * cm, "Kompetansemessa Møre og Romsdal 2018")
    c.setFont("DV", 11); c.drawString(2 * cm, H - 3 * cm, "Standkart – Plassen, Molde, 18. oktober")
    hx, hy, hw, hh = 2 * cm, 5 * cm, W - 4 * cm, 17 * cm
    c.rect(hx, hy, hw, hh)
    for n in range(1, 13):
        col = (n - 1) % 4; row = (n - 1) // 4
        x = hx + 0.8 * cm + col * 4.3 * cm; y = hy + hh - 4.2 * cm - row * 4.6 * cm
        c.setFillColor(colors.HexColor("#F4D03F") if n in own else colors.HexColor("#D6EAF8")); c.rect(x, y, 3.6 * cm, 2.8 * cm, fill=1)
        c.setFillColor(colors.black); c.setFont("DVB", 16); c.drawString(x + 0.2 * cm, y + 2.0 * cm, str(n))
        c.setFont("DV", 6.5)
        lbl = "Fylkeskommunen" if n in own else stands[n][0]
        for j, ln in enumerate(wrap(lbl, "DV", 6.5, 3.2 * cm)): c.drawString(x + 0.2 * cm, y + 1.2 * cm - j * 8, ln)
    c.setFont("DVB", 10); c.drawCentredString(W / 2, hy + 0.6 * cm, "▲ Inngang")
    c.drawString(hx + 0.5 * cm, hy + 1.6 * cm, "Scene"); c.drawRightString(hx + hw - 0.5 * cm, hy + 1.6 * cm, "Kafé")
    c.setFont("DVI", 8); c.drawString(2 * cm, 3.8 * cm, "Gule standar: Møre og Romsdal fylkeskommune. Blå standar: andre utstillarar.")
    c.showPage()
    c.setFont("DVB", 14); c.drawString(2 * cm, H - 2 * cm, "Standliste")
    y = H - 3 * cm; xs = [2 * cm, 3.4 * cm, 8.6 * cm]
    c.setFont("DVB", 9)
    for x, h_ in zip(xs, ["Stand", "Utstillar", "Kva vi viser fram"]): c.drawString(x, y, h_)
    y -= 4; c.line(2 * cm, y, W - 2 * cm, y); y -= 12
    for n in range(1, 13):
        a, b = stands[n]
        t = b["title"] if isinstance(b, dict) else b
        c.setFont("DV", 9); c.drawString(xs[0], y, str(n)); c.drawString(xs[1], y, a if len(a) < 30 else a[:28] + "…" if False else a)
        lines = wrap(t, "DVB" if n in own else "DV", 9, W - 2 * cm - xs[2])
        y2 = draw_lines(c, xs[2], y, lines, "DVB" if n in own else "DV", 9, 11)
        y = min(y2, y - 11) - 6
    c.showPage()
    c.setFont("DVB", 14); c.drawString(2 * cm, H - 2 * cm, "Fylkeskommunen sine tiltak på messa")
    c.setFont("DVI", 9); c.drawString(2 * cm, H - 2.6 * cm, "Rapportert til Kompetansepolitisk råd 2018")
    y = H - 3.6 * cm
    for n, r in zip(own, rs):
        y = draw_par(c, 2 * cm, y, f"Stand {n} · {r['title']}", "DVB", 11, W - 4 * cm, 14)
        y = draw_par(c, 2 * cm, y, f"Delmål: {dm_text(r)} | Type: {r['typ']} | Ansvarleg: {r['resp']} | Samarbeid: {pj(r)} | Periode: {r['period']}",
                     "DVI", 8.5, W - 4 * cm, 11)
        y = draw_par(c, 2 * cm, y - 2, r["desc"], "DV", 9.5, W - 4 * cm, 12.5) - 12
    c.showPage(); c.save()

# =================================================================== 9 Akademikerne 2019 SPSS output viewer (pdf)
def grid_table(c, x, y, widths, rows_, font="DV", size=7.5, lead=9.5, header_fill="#E8E8E8", bold_first=True, pad=3):
    """draw a simple ruled table; rows_ = list of list of str; returns new y"""
    for ri, row in enumerate(rows_):
        cells = [wrap(v, ("DVB" if (ri == 0 and bold_first) else font), size, w - 2 * pad) for v, w in zip(row, widths)]
        h = max(len(cl) for cl in cells) * lead + 2 * pad
        if ri == 0 and header_fill:
            c.setFillColor(colors.HexColor(header_fill)); c.rect(x, y - h, sum(widths), h, fill=1, stroke=0); c.setFillColor(colors.black)
        xx = x
        for cl, w in zip(cells, widths):
            c.rect(xx, y - h, w, h)
            draw_lines(c, xx + pad, y - pad - size, cl, "DVB" if (ri == 0 and bold_first) else font, size, lead)
            xx += w
        y -= h
    return y

@layout("2019_Akademikerne_spss_utskrift.pdf", "spss_case_summaries", "reportlab",
        "IBM SPSS Statistics Viewer output exported to PDF: the syntax log (GET FILE / SUMMARIZE), 'Case Processing Summary' (not measures), "
        "then 'Case Summaries' with case numbers and variable labels (Tiltak, Delmål 1, Delmål 2, Type tiltak, Ansvarlig, Samarbeidspartnere, "
        "Periode), delmål as numeric F5.2 values ('1.10', '2.20'), an empty second delmål, 'Total N' row and footnote; descriptions in a second "
        "Case Summaries table keyed by case number")
def akad2019(fname):
    W, H = landscape(A4)
    c = canvas.Canvas(os.path.join(OUT, fname), pagesize=(W, H))
    rs = rows(fname)
    c.setFont("DV", 8); c.drawString(1.5 * cm, H - 1 * cm, "Output1 [Dokument1] – IBM SPSS Statistics Viewer"); c.drawRightString(W - 1.5 * cm, H - 1 * cm, "Page 1")
    y = H - 2 * cm
    log = ["GET FILE='K:\\Analyse\\NKPS\\akademikerne_tiltak_2019.sav'.", "DATASET NAME DataSet1 WINDOW=FRONT.",
           "SUMMARIZE", "  /TABLES=tiltak delmaal1 delmaal2 type ansvar partnere periode", "  /FORMAT=VALIDLIST CASENUM TOTAL LIMIT=100",
           "  /TITLE='Case Summaries'", "  /MISSING=VARIABLE", "  /CELLS=COUNT."]
    y = draw_lines(c, 1.5 * cm, y, log, "DVM", 7.5, 9.5)
    y -= 8; c.setFont("DVB", 13); c.drawString(1.5 * cm, y, "Summarize"); y -= 14
    c.setFont("DV", 8); c.drawString(1.5 * cm, y, "[DataSet1] K:\\Analyse\\NKPS\\akademikerne_tiltak_2019.sav"); y -= 16
    c.setFont("DVB", 9); c.drawString(1.5 * cm, y, "Case Processing Summary"); y -= 6
    n = len(rs)
    y = grid_table(c, 1.5 * cm, y, [4 * cm, 1.6 * cm, 1.6 * cm, 1.6 * cm, 1.6 * cm, 1.6 * cm, 1.6 * cm],
                   [["", "Included N", "Percent", "Excluded N", "Percent", "Total N", "Percent"],
                    ["Tiltak", str(n), "100.0%", "0", "0.0%", str(n), "100.0%"],
                    ["Delmål 2", "0", "0.0%", str(n), "100.0%", str(n), "100.0%"]])
    y -= 16; c.setFont("DVB", 9); c.drawString(1.5 * cm, y, "Case Summaries"); c.setFont("DV", 6); c.drawString(1.5 * cm + 72, y + 4, "a"); y -= 6
    widths = [1.0 * cm, 6.2 * cm, 1.5 * cm, 1.5 * cm, 3.3 * cm, 3.8 * cm, 5.0 * cm, 2.4 * cm]
    tb = [["", "Tiltak", "Delmål 1", "Delmål 2", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Periode"]]
    for i, r in enumerate(rs, 1):
        cs = codes(r)
        tb.append([str(i), r["title"], f"{float(cs[0]):.2f}", f"{float(cs[1]):.2f}" if len(cs) > 1 else "", r["typ"], r["resp"], pj(r), r["period"]])
    tb.append(["Total N", str(n), str(n), "0", str(n), str(n), str(n), str(n)])
    y = grid_table(c, 1.5 * cm, y, widths, tb)
    c.setFont("DV", 7); c.drawString(1.5 * cm, y - 10, "a. Limited to first 100 cases.")
    c.showPage()
    c.setFont("DV", 8); c.drawString(1.5 * cm, H - 1 * cm, "Output1 [Dokument1] – IBM SPSS Statistics Viewer"); c.drawRightString(W - 1.5 * cm, H - 1 * cm, "Page 2")
    y = H - 2 * cm
    y = draw_lines(c, 1.5 * cm, y, ["SUMMARIZE", "  /TABLES=beskr", "  /FORMAT=VALIDLIST CASENUM TOTAL LIMIT=100", "  /TITLE='Case Summaries'", "  /CELLS=COUNT."], "DVM", 7.5, 9.5)
    y -= 12; c.setFont("DVB", 9); c.drawString(1.5 * cm, y, "Case Summaries"); c.setFont("DV", 6); c.drawString(1.5 * cm + 72, y + 4, "a"); y -= 6
    tb = [["", "Beskrivelse av tiltaket"]] + [[str(i), r["desc"]] for i, r in enumerate(rs, 1)] + [["Total N", str(n)]]
    y = grid_table(c, 1.5 * cm, y, [1.4 * cm, 20 * cm], tb)
    c.setFont("DV", 7); c.drawString(1.5 * cm, y - 10, "a. Limited to first 100 cases.")
    c.showPage(); c.save()

# =================================================================== 12 LO 2021 DocuSign envelope (pdf)
@layout("2021_LO_signert_rapport.pdf", "docusign_envelope_certificate", "reportlab",
        "e-signed report: every page stamped 'DocuSign Envelope ID: …', initials tags at the page foot, a 'DocuSigned by' signature block, "
        "and a final English 'Certificate Of Completion' page (envelope data, signer events, timestamps – not measures); measures are bold "
        "titles with a '·'-separated fact line and text")
def lo2021(fname):
    W, H = A4
    c = canvas.Canvas(os.path.join(OUT, fname), pagesize=A4)
    env = "9C3F1A2E-7B44-4D0C-A1E2-5B6F8E0C2D19"
    def stamp(pg):
        c.setFont("DV", 7); c.setFillColor(colors.grey); c.drawString(1.2 * cm, H - 0.8 * cm, f"DocuSign Envelope ID: {env}"); c.setFillColor(colors.black)
        c.setStrokeColor(colors.HexColor("#F4B400")); c.rect(W - 4.2 * cm, 1 * cm, 2.6 * cm, 1 * cm); c.setStrokeColor(colors.black)
        c.setFont("DVI", 10); c.drawString(W - 3.6 * cm, 1.35 * cm, "RS"); c.setFont("DV", 6); c.drawString(W - 4.2 * cm, 0.7 * cm, "Initialer")
        c.setFont("DV", 8); c.drawCentredString(W / 2, 1.2 * cm, f"{pg}")
    pg = 1; stamp(pg)
    y = H - 2.5 * cm
    c.setFont("DVB", 16); c.drawString(2.2 * cm, y, "LOs rapport til Kompetansepolitisk råd 2021"); y -= 22
    y = draw_par(c, 2.2 * cm, y, "LO rapporterer her sine tiltak for 2021. Rapporten er godkjent og signert elektronisk av LOs nestleder.", "DV", 10, W - 4.4 * cm, 13) - 10
    for r in rows(fname):
        need = 40 + len(wrap(r["desc"], "DV", 10, W - 4.4 * cm)) * 13
        if y - need < 3 * cm:
            c.showPage(); pg += 1; stamp(pg); y = H - 2.5 * cm
        y = draw_par(c, 2.2 * cm, y, r["title"], "DVB", 11.5, W - 4.4 * cm, 14)
        y = draw_par(c, 2.2 * cm, y, f"Delmål {dm_text(r)} · {r['typ']} · Ansvarlig: {r['resp']} · Samarbeid: {pj(r)} · {r['period']}",
                     "DVI", 8.5, W - 4.4 * cm, 11)
        y = draw_par(c, 2.2 * cm, y - 2, r["desc"], "DV", 10, W - 4.4 * cm, 13) - 12
    if y < 7 * cm:
        c.showPage(); pg += 1; stamp(pg); y = H - 2.5 * cm
    c.setFont("DV", 10); c.drawString(2.2 * cm, y, "Oslo, 15. desember 2021"); y -= 30
    c.setStrokeColor(colors.HexColor("#F4B400")); c.roundRect(2.2 * cm, y - 30, 6.5 * cm, 38, 4); c.setStrokeColor(colors.black)
    c.setFont("DV", 7); c.drawString(2.4 * cm, y, "DocuSigned by:"); c.setFont("DVI", 14); c.drawString(2.4 * cm, y - 16, "Randi Storlien")
    c.setFont("DVM", 6); c.drawString(2.4 * cm, y - 26, "4F7A21C0D9E84B1…"); y -= 44
    c.setFont("DV", 10); c.drawString(2.2 * cm, y, "Randi Storlien, nestleder i LO")
    c.showPage(); pg += 1; stamp(pg)
    y = H - 2.5 * cm; c.setFont("DVB", 15); c.drawString(2.2 * cm, y, "Certificate Of Completion"); y -= 22
    for a, b in [("Envelope Id:", env), ("Subject:", "Vennligst signer: LO_rapport_NKPS_2021.pdf"), ("Source Envelope:", ""),
                 ("Document Pages:", str(pg - 1)), ("Signatures:", "1"), ("Initials:", str(pg - 1)), ("Envelope Originator:", "LO sekretariatet"),
                 ("Status:", "Completed")]:
        c.setFont("DVB", 9); c.drawString(2.2 * cm, y, a); c.setFont("DV", 9); c.drawString(6.5 * cm, y, b); y -= 13
    y -= 10
    y = grid_table(c, 2.2 * cm, y, [6 * cm, 4.5 * cm, 6 * cm],
                   [["Signer Events", "Signature", "Timestamp"],
                    ["Randi Storlien\nnestleder@lo.no\nSecurity Level: Email", "Signature Adoption: Pre-selected Style", "Sent: 14.12.2021 | 09:12\nViewed: 15.12.2021 | 08:40\nSigned: 15.12.2021 | 08:47"],
                    ["Envelope Summary Events", "Status", "Timestamps"],
                    ["Envelope Sent", "Hashed/Encrypted", "14.12.2021 | 09:12"], ["Completed", "Security Checked", "15.12.2021 | 08:47"]], size=8)
    c.showPage(); c.save()

# =================================================================== 13 Innlandet 2021 MS Project task sheet (pdf)
def workdays(a, b):
    d0 = datetime.date(*map(int, reversed(a.split(".")))); d1 = datetime.date(*map(int, reversed(b.split("."))))
    return sum(1 for k in range((d1 - d0).days + 1) if (d0 + datetime.timedelta(k)).weekday() < 5)

@layout("2021_Innlandet_prosjektplan.pdf", "ms_project_wbs_task_sheet", "reportlab",
        "Microsoft Project 'Oppgaveoppføring' printout (landscape): ID, notes icon, Oppgavenavn with outline indentation, WBS codes "
        "(1.1, 1.2.3 … – they look like delmål codes but are not), Varighet, Start, Slutt, Forgjengere and custom columns Tekst1 (NKPS-delmål), "
        "Tekst2 (Type), Tekst3 (Ansvarlig) and Ressursnavn (= partners); bold summary tasks and ◆ milestones are not measures; "
        "the task notes (descriptions) are printed on page 2 keyed by ID")
def innl2021(fname):
    W, H = landscape(A4)
    c = canvas.Canvas(os.path.join(OUT, fname), pagesize=(W, H))
    rs = rows(fname)
    area_of = {"I1": "1", "I2": "1", "I3": "1", "I5": "1", "I4": "2"}
    plan = [("s", "NKPS-oppfølging Innlandet fylkeskommune 2021", "1", 0)]
    plan.append(("s", "Gode valg for den enkelte og for samfunnet", "1.1", 1))
    k = 1
    for r in rs:
        if area_of[r["tid"]] == "1": plan.append(("t", r, f"1.1.{k}", 2)); k += 1
    plan.append(("s", "Læring i arbeidslivet", "1.2", 1))
    for r in rs:
        if area_of[r["tid"]] == "2": plan.append(("t", r, "1.2.1", 2))
    plan.append(("s", "Rapportering", "1.3", 1))
    plan.append(("m", "Rapport til Kompetansepolitisk råd levert", "1.3.1", 2))
    cols = [("ID", 0.9), ("", 0.5), ("Oppgavenavn", 6.6), ("WBS", 1.3), ("Varighet", 1.6), ("Start", 1.9), ("Slutt", 1.9), ("Forg.", 1.0),
            ("Tekst1 (NKPS)", 1.9), ("Tekst2 (Type)", 2.6), ("Tekst3 (Ansvarlig)", 3.0), ("Ressursnavn", 3.6)]
    c.setFont("DVB", 10); c.drawString(1.2 * cm, H - 1.1 * cm, "Oppgaveoppføring – NKPS-oppfølging Innlandet fylkeskommune 2021")
    c.setFont("DV", 8); c.drawRightString(W - 1.2 * cm, H - 1.1 * cm, "Prosjekt: NKPS_Innlandet_2021.mpp   Dato: fr 14.01.22")
    x0 = 1.2 * cm; y = H - 1.8 * cm
    widths = [w * cm for _, w in cols]
    tb = [[n for n, _ in cols]]; styles = ["h"]; notes = []
    for idx, (kind, it, wbs, lvl) in enumerate(plan, 1):
        ind = "   " * lvl
        if kind == "s":
            tb.append([str(idx), "", ind + it, wbs, "", "", "", "", "", "", "", ""]); styles.append("s")
        elif kind == "m":
            tb.append([str(idx), "", ind + "◆ " + it, wbs, "0 d", "15.11.2021", "15.11.2021", "", "", "", "", ""]); styles.append("m")
        else:
            r = it; a, b = r["period"].split("–")
            tb.append([str(idx), "✎", ind + r["title"], wbs, f"{workdays(a, b)} d", a, b, "", ", ".join(codes(r)), r["typ"], r["resp"], "; ".join(r["partners"])])
            styles.append("t"); notes.append((idx, r))
    for row, st in zip(tb, styles):
        font = "DVB" if st in ("h", "s") else "DV"
        cells = [wrap(v, font, 7, w - 4) for v, w in zip(row, widths)]
        # keep indentation on first line
        h = max(len(cl) for cl in cells) * 8.8 + 4
        if st == "h":
            c.setFillColor(colors.HexColor("#DCE6F1")); c.rect(x0, y - h, sum(widths), h, fill=1, stroke=0); c.setFillColor(colors.black)
        xx = x0
        for cl, w in zip(cells, widths):
            c.setStrokeColor(colors.HexColor("#AAAAAA")); c.rect(xx, y - h, w, h); c.setStrokeColor(colors.black)
            draw_lines(c, xx + 2, y - 9, cl, font, 7, 8.8); xx += w
        y -= h
    c.setFont("DV", 7); c.drawString(x0, 1 * cm, "Side 1 av 2")
    c.showPage()
    c.setFont("DVB", 10); c.drawString(1.2 * cm, H - 1.1 * cm, "Oppgavenotater")
    y = H - 2 * cm
    for idx, r in notes:
        y = draw_par(c, 1.2 * cm, y, f"ID {idx}  {r['title']}", "DVB", 9, W - 2.4 * cm, 11.5)
        y = draw_par(c, 1.8 * cm, y, r["desc"], "DV", 9, W - 3.6 * cm, 11.5) - 8
    c.setFont("DV", 7); c.drawString(1.2 * cm, 1 * cm, "Side 2 av 2")
    c.showPage(); c.save()

# =================================================================== 16 HK-dir 2023 Doffin tender notices (pdf)
@layout("2023_HKdir_kunngjoringer.pdf", "doffin_tender_notices", "reportlab",
        "procurement notices printed from the public tender database, one per page: 'Kunngjøring av konkurranse', Doffin reference, "
        "sections Del I/II/IV/VI with numbered points (II.1.1 Tittel, II.1.2 CPV-kode, II.1.4 Kort beskrivelse, II.2.7 Kontraktens "
        "varighet; the point numbers look like delmål codes), the NKPS link, type and partners only in 'VI.3 Ytterligere opplysninger'; a canteen "
        "tender marked 'ikke relevant for NKPS' is not a measure")
def hkdir2023(fname):
    W, H = A4
    c = canvas.Canvas(os.path.join(OUT, fname), pagesize=A4)
    rs = list(rows(fname))
    items = rs[:3] + [None] + rs[3:]
    cpv = {"FoU": "73110000 Forskningstjenester", "Prosjekt": "72000000 IT-tjenester: rådgivning, programvareutvikling, Internett og støtte"}
    for n, r in enumerate(items):
        y = H - 2 * cm
        c.setFillColor(colors.HexColor("#003B5C")); c.rect(0, H - 1.3 * cm, W, 1.3 * cm, fill=1, stroke=0); c.setFillColor(colors.white)
        c.setFont("DVB", 11); c.drawString(2 * cm, H - 0.85 * cm, "doffin – Database for offentlige innkjøp"); c.setFillColor(colors.black)
        y -= 0.6 * cm
        c.setFont("DVB", 15); c.drawString(2 * cm, y, "Kunngjøring av konkurranse"); y -= 16
        c.setFont("DV", 8.5); c.drawString(2 * cm, y, f"Doffin-referanse: 2023-3{12040 + n * 37}    Kunngjort: {10 + n}.0{1 + n % 8}.2023    Tjenester"); y -= 22
        def sec(t):
            nonlocal y
            c.setFillColor(colors.HexColor("#E6EEF3")); c.rect(2 * cm, y - 4, W - 4 * cm, 15, fill=1, stroke=0); c.setFillColor(colors.black)
            c.setFont("DVB", 9.5); c.drawString(2.2 * cm, y, t); y -= 20
        def pt(lab, val):
            nonlocal y
            c.setFont("DVB", 8.5); c.drawString(2.2 * cm, y, lab); y -= 11
            y = draw_par(c, 2.8 * cm, y, val, "DV", 9, W - 5 * cm, 11.5) - 5
        sec("Del I: Oppdragsgiver")
        pt("I.1) Navn og adresser", "Direktoratet for høyere utdanning og kompetanse (HK-dir), org.nr. 919 466 421, Postboks 1093, 5809 Bergen")
        pt("I.4) Type oppdragsgiver", "Departement eller annen statlig myndighet")
        sec("Del II: Formål")
        if r is None:
            pt("II.1.1) Tittel", "Kantine- og møteservice for HK-dirs kontor i Bergen og Oslo"); pt("II.1.2) Hoved-CPV-kode", "55520000 Catering")
            pt("II.1.4) Kort beskrivelse", "Rammeavtale om kantinedrift og servering ved møter og arrangementer.")
            pt("II.2.7) Kontraktens varighet", "Start: 01.01.2024  Slutt: 31.12.2025")
            sec("Del VI: Supplerende opplysninger"); pt("VI.3) Ytterligere opplysninger", "Oppdraget er ikke relevant for NKPS-rapporteringen.")
        else:
            a, b = r["period"].split("–")
            pt("II.1.1) Tittel", r["title"]); c.setFont("DV", 8); c.drawString(2.8 * cm, y + 2, f"Referansenummer: 23/0{1234 + n * 211}"); y -= 12
            pt("II.1.2) Hoved-CPV-kode", cpv[r["typ"]]); pt("II.1.3) Type kontrakt", "Tjenester")
            pt("II.1.4) Kort beskrivelse", r["desc"])
            pt("II.2.7) Kontraktens varighet", f"Start: {a}  Slutt: {b}")
            sec("Del IV: Prosedyre"); pt("IV.1.1) Type prosedyre", "Åpen anbudskonkurranse"); pt("IV.2.2) Tilbudsfrist", f"{14 + n}.0{2 + n % 6}.2023 kl. 12:00")
            sec("Del VI: Supplerende opplysninger")
            pt("VI.3) Ytterligere opplysninger", f"Oppdraget følger opp delmål {dm_text(r)} i Nasjonal kompetansepolitisk strategi "
               f"(tiltakstype i rapporteringen: {r['typ']}). Samarbeid: {pj(r)}.")
        c.setFont("DV", 7); c.drawString(2 * cm, 1 * cm, f"Utskrift fra doffin.no – side {n + 1} av {len(items)}")
        c.showPage()
    c.save()

# =================================================================== 17 Unio 2023 survey report with follow-up boxes (pdf)
@layout("2023_Unio_undersokelse.pdf", "survey_report_followup_boxes", "reportlab",
        "member-survey report: method box (N, response rate), numbered findings with drawn horizontal bar charts (category labels and "
        "percentages, not measures), each finding followed by a framed 'Unio følger opp' box holding one or two measures (bold title, "
        "'|'-separated fact line, text); a percentage table in the appendix is not measures")
def unio2023(fname):
    W, H = A4
    c = canvas.Canvas(os.path.join(OUT, fname), pagesize=A4)
    rs = {r["tid"]: r for r in rows(fname)}
    findings = [("1 Færre får tid til faglig oppdatering", [("Sykehus", 38), ("Skole", 44), ("Barnehage", 29), ("Høyere utdanning", 61)], ["U1", "U2"]),
                ("2 Kompetansebehovene i sykehusene øker", [("Sykepleiere", 72), ("Fysioterapeuter", 58), ("Jordmødre", 66)], ["S7"]),
                ("3 Læreplasser og fagskole i helse og oppvekst", [("Enig", 54), ("Verken eller", 27), ("Uenig", 19)], ["T05", "T03"]),
                ("4 Ny teknologi uten opplæring", [("Fått opplæring", 35), ("Delvis", 33), ("Ingen opplæring", 32)], ["U3"])]
    y = H - 2.2 * cm
    c.setFont("DVB", 18); c.drawString(2 * cm, y, "Unio-undersøkelsen 2023"); y -= 20
    c.setFont("DV", 12); c.drawString(2 * cm, y, "Kompetanse og læring i arbeidslivet – hovedfunn og Unios oppfølging"); y -= 26
    c.setFillColor(colors.HexColor("#F2F2F2")); c.rect(2 * cm, y - 34, W - 4 * cm, 40, fill=1, stroke=0); c.setFillColor(colors.black)
    draw_par(c, 2.3 * cm, y - 6, "Om undersøkelsen: Nettbasert undersøkelse blant medlemmer i Unio-forbundene, mars 2023. N = 4 812, "
             "svarprosent 31. Gjennomført av Respons Analyse.", "DV", 9, W - 4.6 * cm, 11.5)
    y -= 60
    def newpage():
        nonlocal y
        c.setFont("DV", 7); c.drawString(2 * cm, 1 * cm, "Unio – undersøkelse 2023"); c.showPage(); y = H - 2 * cm
    for title, bars, ms in findings:
        if y < 12 * cm: newpage()
        c.setFont("DVB", 13); c.drawString(2 * cm, y, title); y -= 18
        for lab, v in bars:
            c.setFont("DV", 8.5); c.drawRightString(5.8 * cm, y, lab)
            c.setFillColor(colors.HexColor("#C0392B")); c.rect(6 * cm, y - 2, v * 0.09 * cm, 9, fill=1, stroke=0); c.setFillColor(colors.black)
            c.drawString(6.2 * cm + v * 0.09 * cm, y, f"{v} %"); y -= 14
        c.setFont("DVI", 7.5); c.drawString(6 * cm, y, "Andel av de spurte. Kilde: Unio-undersøkelsen 2023."); y -= 18
        top = y
        inner = []
        for tid in ms:
            r = rs[tid]
            inner.append((r, wrap(r["desc"], "DV", 9, W - 5.4 * cm), wrap(f"Delmål {dm_text(r)} | {r['typ']} | Ansvar: {r['resp']} | Med: {pj(r)} | {r['period']}", "DVI", 8, W - 5.4 * cm)))
        hbox = 22 + sum(16 + len(f) * 10 + len(dl) * 11.5 + 8 for r, dl, f in inner)
        c.setStrokeColor(colors.HexColor("#C0392B")); c.setLineWidth(1.2); c.rect(2 * cm, top - hbox, W - 4 * cm, hbox); c.setLineWidth(1); c.setStrokeColor(colors.black)
        c.setFont("DVB", 9); c.setFillColor(colors.HexColor("#C0392B")); c.drawString(2.4 * cm, top - 13, "UNIO FØLGER OPP"); c.setFillColor(colors.black)
        yy = top - 28
        for r, dl, f in inner:
            yy = draw_par(c, 2.4 * cm, yy, r["title"], "DVB", 10.5, W - 5.4 * cm, 13)
            yy = draw_lines(c, 2.4 * cm, yy, f, "DVI", 8, 10)
            yy = draw_lines(c, 2.4 * cm, yy, dl, "DV", 9, 11.5) - 8
        y = top - hbox - 26
    newpage()
    c.setFont("DVB", 12); c.drawString(2 * cm, y, "Vedlegg: Tabell 1 Deltakelse i etter- og videreutdanning siste 12 måneder (prosent)"); y -= 10
    grid_table(c, 2 * cm, y, [6 * cm, 3 * cm, 3 * cm, 3 * cm],
               [["Sektor", "Formell EVU", "Kurs", "Ingen"], ["Sykehus", "14", "62", "24"], ["Skole", "22", "51", "27"],
                ["Barnehage", "9", "48", "43"], ["Høyere utdanning", "11", "70", "19"], ["Alle", "15", "57", "28"]], size=9, lead=11)
    c.setFont("DV", 7); c.drawString(2 * cm, 1 * cm, "Unio – undersøkelse 2023"); c.showPage(); c.save()

# =================================================================== 19 Møre og Romsdal 2024 public mail journal (pdf, nynorsk)
@layout("2024_MoreogRomsdal_postliste.pdf", "einnsyn_postliste_nn", "reportlab",
        "nynorsk public mail-journal extract ('Offentleg journal', filtered on cases tagged NKPS): one block per case 'Sak 2024/nnnn · title' "
        "with case fields (Ansvarleg, Samarbeid, Periode, NKPS-delmål, Tiltakstype, Samandrag) followed by a table of journal entries "
        "(Jp.nr | Dato | I/U/N | Dokumenttittel | Avsendar/mottakar) whose document titles repeat the measure names (not measures); "
        "one case 'ikkje NKPS-tiltak' (PC purchase) is not a measure")
def mr2024(fname):
    W, H = A4
    c = canvas.Canvas(os.path.join(OUT, fname), pagesize=A4)
    rs = list(rows(fname))
    items = rs[:3] + [None] + rs[3:]
    y = H - 1.8 * cm
    c.setFont("DVB", 14); c.drawString(1.8 * cm, y, "Offentleg journal – Møre og Romsdal fylkeskommune"); y -= 15
    c.setFont("DV", 9); c.drawString(1.8 * cm, y, "Utval: saker merkte «NKPS» · periode 01.01.2024–31.12.2024 · henta 20.01.2025"); y -= 22
    docs = ["Invitasjon til møte – {t}", "Referat frå oppstartsmøte – {t}", "Svar på førespurnad om {t}", "Tilskotsbrev – {t}"]
    pg = 1
    for n, r in enumerate(items):
        if y < 9 * cm:
            c.setFont("DV", 7); c.drawString(1.8 * cm, 1 * cm, f"Side {pg}"); c.showPage(); pg += 1; y = H - 1.8 * cm
        sak = f"Sak 2024/{1187 + n * 143}"
        c.setFillColor(colors.HexColor("#E9F1E4")); c.rect(1.8 * cm, y - 5, W - 3.6 * cm, 17, fill=1, stroke=0); c.setFillColor(colors.black)
        if r is None:
            c.setFont("DVB", 10.5); c.drawString(2 * cm, y, f"{sak} · Innkjøp av elev-PC-ar til dei vidaregåande skulane"); y -= 20
            for lab, val in [("Ansvarleg:", "Møre og Romsdal fylkeskommune"), ("NKPS-delmål:", "– (ikkje NKPS-tiltak, feilmerkt)"), ("Samandrag:", "Rammeavtale for innkjøp av 4 000 berbare PC-ar.")]:
                c.setFont("DVB", 8.5); c.drawString(2 * cm, y, lab); c.setFont("DV", 8.5); c.drawString(4.6 * cm, y, val); y -= 11
            rows_ = [["Jp.nr", "Dato", "I/U/N", "Dokumenttittel", "Avsendar/mottakar"], ["2024/2322-1", "04.03.2024", "U", "Kunngjering av konkurranse – elev-PC", "Doffin"]]
        else:
            c.setFont("DVB", 10.5); c.drawString(2 * cm, y, f"{sak} · {r['title']}"); y -= 20
            for lab, val in [("Ansvarleg:", r["resp"]), ("Samarbeid:", pj(r)), ("Periode:", r["period"]), ("NKPS-delmål:", dm_text(r)),
                             ("Tiltakstype:", r["typ"]), ("Samandrag:", r["desc"])]:
                c.setFont("DVB", 8.5); c.drawString(2 * cm, y, lab)
                y = draw_par(c, 4.6 * cm, y, val, "DV", 8.5, W - 6.6 * cm, 10.5)
            short = r["title"].split(" – ")[0]
            rows_ = [["Jp.nr", "Dato", "I/U/N", "Dokumenttittel", "Avsendar/mottakar"]]
            for j in range(2 + n % 2):
                rows_.append([f"2024/{1187 + n * 143}-{j + 1}", f"{10 + j * 7}.0{2 + j}.2024", "UIN"[j % 3], docs[(n + j) % 4].format(t=short),
                              r["partners"][j % len(r["partners"])]])
        y -= 4
        y = grid_table(c, 2 * cm, y, [2.4 * cm, 2 * cm, 1.2 * cm, 7.2 * cm, 4.4 * cm], rows_, size=7.5, lead=9, header_fill="#F3F3F3") - 18
    c.setFont("DV", 7); c.drawString(1.8 * cm, 1 * cm, f"Side {pg}"); c.showPage(); c.save()

# =================================================================== 20 KS 2025 Keynote export with every build stage (pdf)
@layout("2025_KS_presentasjon_byggetrinn.pdf", "keynote_build_stages", "reportlab",
        "16:9 presentation exported with 'include each stage of builds': every measure slide appears three times (title + goal/type chip; "
        "+ Ansvar/Med/Periode; + description) with the same slide number, so each measure is printed three times but counts once; title "
        "slide, themed agenda slide, 'Takk!' and contact slides are not measures")
def ks2025(fname):
    W, H = 960, 540
    c = canvas.Canvas(os.path.join(OUT, fname), pagesize=(W, H))
    navy = colors.HexColor("#1B2A49")
    def frame(no):
        c.setFillColor(navy); c.rect(0, 0, W, 28, fill=1, stroke=0); c.setFillColor(colors.white)
        c.setFont("DV", 10); c.drawString(30, 10, "KS · Kompetansepolitisk råd · 4. mars 2025"); c.drawRightString(W - 30, 10, str(no))
        c.setFillColor(colors.black)
    c.setFillColor(navy); c.rect(0, 0, W, H, fill=1, stroke=0); c.setFillColor(colors.white)
    c.setFont("DVB", 36); c.drawString(60, 300, "Kompetansetiltak i kommunesektoren 2025"); c.setFont("DV", 18); c.drawString(60, 260, "KS' rapport til Kompetansepolitisk råd")
    c.showPage()
    frame(2); c.setFont("DVB", 30); c.drawString(60, 450, "Dette skal jeg snakke om")
    for i, t in enumerate(["Helse og omsorg", "Læreplasser", "Digital læring", "Karriereveiledning"]):
        c.setFont("DV", 22); c.drawString(90, 380 - i * 45, "•  " + t)
    c.showPage()
    for no, r in enumerate(rows(fname), 3):
        for stage in (1, 2, 3):
            frame(no)
            y = draw_par(c, 60, 460, r["title"], "DVB", 30, W - 120, 36)
            c.setFillColor(colors.HexColor("#E8A33D")); c.roundRect(60, y - 16, 330, 26, 12, fill=1, stroke=0); c.setFillColor(colors.black)
            c.setFont("DVB", 13); c.drawString(75, y - 8, f"Delmål {dm_text(r)} · {r['typ']}")
            y -= 60
            if stage >= 2:
                for lab, val in [("Ansvar", r["resp"]), ("Med", pj(r)), ("Periode", r["period"])]:
                    c.setFont("DVB", 16); c.drawString(60, y, lab); y = draw_par(c, 170, y, val, "DV", 16, W - 230, 20) - 6
            if stage == 3:
                y -= 10; draw_par(c, 60, y, r["desc"], "DVI", 17, W - 120, 22)
            c.showPage()
    frame(no + 1); c.setFont("DVB", 40); c.drawCentredString(W / 2, 280, "Takk!"); c.showPage()
    frame(no + 2); c.setFont("DVB", 26); c.drawString(60, 440, "Kontakt")
    c.setFont("DV", 18); c.drawString(60, 390, "KS, avdeling for arbeidsgiverpolitikk – kompetanse@ks.no"); c.showPage()
    c.save()

# =================================================================== 21 NHO 2025 psql expanded-display output (pdf)
@layout("2025_NHO_databaseuttrekk.pdf", "psql_expanded_records", "reportlab",
        "terminal output of a PostgreSQL session printed to PDF: '\\x on', a count query (9 – includes two rows that are not reported), "
        "then the SELECT in expanded display: '-[ RECORD n ]-' blocks with 'column | value' lines, delmål and partners as Postgres array "
        "literals ({1.4,2.3}, {NHO,LO,\"HK-dir\"}), long values wrapped with '+' continuation marks, '(7 rows)' footer; prompts and SQL are not measures")
def nho2025(fname):
    W, H = A4
    c = canvas.Canvas(os.path.join(OUT, fname), pagesize=A4)
    import textwrap
    lines = ["nho_kompetanse=> \\x on", "Expanded display is on.",
             "nho_kompetanse=> SELECT count(*) FROM nkps_tiltak WHERE aar = 2025;", "-[ RECORD 1 ]", "count | 9", "",
             "nho_kompetanse=> SELECT tittel, delmaal, type, ansvarlig, partnere, periode, beskrivelse",
             "nho_kompetanse->   FROM nkps_tiltak WHERE aar = 2025 AND rapporteres ORDER BY id;"]
    def arr(xs):
        return "{" + ",".join(('"%s"' % x) if (" " in x or "-" in x or "/" in x) else x for x in xs) + "}"
    rs = rows(fname)
    for i, r in enumerate(rs, 1):
        lines.append(f"-[ RECORD {i} ]" + "-" * 12 + "+" + "-" * 60)
        for k, v in [("tittel", r["title"]), ("delmaal", arr(codes(r))), ("type", r["typ"]), ("ansvarlig", r["resp"]),
                     ("partnere", arr(r["partners"])), ("periode", r["period"]), ("beskrivelse", r["desc"])]:
            parts = textwrap.wrap(v, 62) or [""]
            for j, ptx in enumerate(parts):
                lab = k if j == 0 else ""
                lines.append(f"{lab:<11} | {ptx}" + (" +" if j < len(parts) - 1 else ""))
    lines += [f"", f"({len(rs)} rows)", "", "nho_kompetanse=> \\q"]
    per = 68; y = H - 1.6 * cm
    c.setFillColor(colors.HexColor("#101010")); c.rect(0, 0, W, H, fill=1, stroke=0)
    for n, ln in enumerate(lines):
        if y < 1.5 * cm:
            c.showPage(); c.setFillColor(colors.HexColor("#101010")); c.rect(0, 0, W, H, fill=1, stroke=0); y = H - 1.6 * cm
        c.setFillColor(colors.HexColor("#7CFC98") if ln.startswith("nho_kompetanse") else colors.HexColor("#E6E6E6"))
        c.setFont("DVM", 8.3); c.drawString(1.4 * cm, y, ln); y -= 11
    c.showPage(); c.save()

# =================================================================== ground truth, checks, README
ORDER = sorted(FILES, key=lambda f: (FILES[f]["year"], f))

def build_expected():
    exp, seen = {}, {}
    for f in ORDER:
        meta = FILES[f]; ms = []
        for r in meta["rows"]:
            key = (meta["reporter"], r["tid"])
            cont = any(y < meta["year"] for y in seen.get(key, []))
            ms.append(dict(title=r["title"], delmal=codes(r), type=r["ctype"], responsible=r["resp"], partners=list(r["partners"]),
                           period=r["period"], description=r["desc"], tiltak_id=r["tid"], continues=cont))
        for r in meta["rows"]:
            seen.setdefault((meta["reporter"], r["tid"]), []).append(meta["year"])
        exp[f] = dict(reporter=meta["reporter"], report_year=meta["year"], measures=ms)
    return exp

def build_near_misses(exp):
    pairs = []
    occ = {}
    for f in ORDER:
        for m in exp[f]["measures"]:
            occ.setdefault(m["tiltak_id"], []).append([f, m["title"]])
    for name, ids in NEAR_MISS_GROUPS:
        for a, b in itertools.combinations(ids, 2):
            for x in occ.get(a, []):
                for y in occ.get(b, []):
                    pairs.append([x, y])
    return pairs

if __name__ == "__main__":
    only = sys.argv[1:]
    for f in ORDER:
        if only and not any(o in f for o in only): continue
        LAYOUTS[f]["fn"](f)
        print("built", f)
    exp = build_expected()
    nm = build_near_misses(exp)
    json.dump(exp, open(os.path.join(OUT, "expected.json"), "w"), ensure_ascii=False, indent=1)
    json.dump(nm, open(os.path.join(OUT, "near_misses.json"), "w"), ensure_ascii=False, indent=1)
    print("rows", sum(len(v["measures"]) for v in exp.values()), "near-miss pairs", len(nm),
          "continues", sum(m["continues"] for v in exp.values() for m in v["measures"]))

CONVENTIONS = r"""
## Conventions

- **title**: exactly as printed, without list/record numbers, field labels or syntax around it: LO 2017 «…» guillemets and the
  'Forslag 6.nn' number are not part of the title; Regjeringen 2019 run-in headings end with a full stop that belongs to the run-in
  (title without it); KS 2020 '3.n' heading numbers are typed but stripped; MR 2018 'Stand n ·' and MR 2024 'Sak 2024/nnnn ·' prefixes
  stripped; NAV 2018 and SPSS/psql/MS Project titles are printed wrapped over several lines inside a column – the title is the joined
  text; Virke 2019 has two titles broken over two paragraphs (joined with a space); VOFO 2020 titles begin with a drop-cap letter
  held in a separate framed paragraph (title = letter + rest, e.g. «Kompetansepluss frivillighet»); Regjeringen 2024 titles are the text
  after 'Tiltak:' in the speaker notes; HK-dir 2023 titles are the 'II.1.1) Tittel' values.
- **delmal**: sorted new codes. 2017 files print old NKPS numbers (LO 'NKPS-tiltak nr. 4 og 7', Spekter comments 'NKPS tiltak nr 4 og 7',
  YS phone note 'NKPS nr 5+6'), mapped n → n-th delmål. Akademikerne 2019 prints SPSS numeric values '1.10', '1.40', '2.20' (= 1.1, 1.4, 2.2);
  the empty 'Delmål 2' column means none. NHO 2025 prints Postgres arrays '{1.4,2.3}'. Innlandet 2021: the WBS codes (1.1.2 …) are NOT delmål;
  delmål are in 'Tekst1 (NKPS)'. HK-dir 2023: the notice point numbers (II.1.4 …) are not delmål; the goal is in VI.3.
- **type**: canonical six-way type. Printed words that are none of the five named types → `Annet` (Avtale, Informasjon, Plan, Kampanje,
  Rettleiing, 'ANNET'); 'Nettverk', 'råd', 'RÅD/UTVALG' → Råd/utvalg/nettverk; 'kurs', 'Kurs', 'KURS' → Kurs/utdanning; 'prosj.', 'PROSJEKT' →
  Prosjekt; 'Konferanse' → Arrangement.
- **responsible / partners**: as printed; partners split on ', ' (NAV/LO/others), '; ' (MS Project 'Ressursnavn') or array commas (psql,
  quotes removed). Where a member reports its seat in a body owned by someone else, the printed 'Ansvar' is the owner (e.g. KD) and the
  member is a partner. Spekter 2017 S6 prints no partners → []. The LO 2017 'Forslagsstiller' (a federation) is not responsible or partner.
  HK-dir 2023: responsible = the contracting authority in I.1 ('… (HK-dir)' → "HK-dir"); partners from 'Samarbeid:' in VI.3.
  LO 2021 signer, YS 2017 interview partner and note-taker, NHO 2018 comment authors are people, not partners.
- **period**: as printed. Innlandet 2021 and HK-dir 2023 print a start and an end date in two places ('Start'/'Slutt' columns, 'Start: … Slutt: …'):
  the period is 'start–end' (e.g. '01.01.2021–31.12.2024'). The computed 'Varighet' (e.g. '1043 d') is not the period.
- **description**: LO 2017 'Begrunnelse'; Spekter 2017 the small text under each title in the page image (left); YS 2017 the 'hva:' line;
  NAV 2018 'MERKNAD:' (wrapped); SPSS the second 'Case Summaries' table (by case number); Innlandet the 'Oppgavenotater' page (by ID);
  HK-dir 'II.1.4) Kort beskrivelse'; MR 2024 'Samandrag:'; Regjeringen 2024 the spoken paragraph after the note; KS 2025 the text that
  appears on the third build stage; VOFO 2020 the text after ' – ' in the drop-cap paragraph; Vestland 2026 the level-2 bullet;
  YS 2022 the 'Hva får du?' cell without the NKPS tag line; Virke 2019 the lines after the fact line, joined (one word hyphenated at a
  line break: 'modul-' + 'basert' = 'modulbasert').
- **Not measures** (must not be counted): LO 2017 motions 6.10, 6.16, 6.22 ('Falt', 'Oversendt' – one is about KBU seats);
  Spekter 2017 comment 5 (a question about board approval) and the Acrobat header/footer; YS 2017 'Annet fra samtalen' (deadline, a
  possible Parat course not started); NHO 2018 comments by 'Tore Haugen' (reminder about Fagskolerådet, NIFU remark);
  NAV 2018 page header, column ruler, '*** ANTALL TILTAK: 7' and end-of-job lines; MR 2018 the floor-plan stand labels and the seven
  other exhibitors in the Standliste (NTNU i Ålesund, NAV, Ulstein …); Regjeringen 2019 the cached TOC (titles again, with page numbers);
  Akademikerne 2019 syntax log, 'Case Processing Summary', 'Total N' rows, footnote; Virke 2019 repeated page header and 'Side n av 3' lines;
  KS 2020 chapters 1–2, the 'Eksempel: Kompetanseplan i Nordby kommune' box, hidden XE fields and the 'Stikkordregister' (INDEX result,
  measure names with page numbers); VOFO 2020 the opening drop-cap paragraph, 'årets julegave', greeting, P.S.; LO 2021 DocuSign
  envelope stamps, initials boxes, signature block and the 'Certificate Of Completion' page; Innlandet 2021 summary tasks (IDs 1, 2, 7, 9)
  and the milestone 'Rapport til Kompetansepolitisk råd levert'; Spekter 2022 the floating 'Kontakt' box; YS 2022 insurance, loan,
  cabin benefits and the untagged 'Rabatt på språkkurs hos Folkeuniversitetet'; HK-dir 2023 the canteen tender ('ikke relevant for NKPS');
  Unio 2023 method box, bar charts, 'Tabell 1'; Regjeringen 2024 '[LYSARK n]' cues, greeting, the welder anecdote, the '[Kan kuttes …]'
  paragraph and closing; MR 2024 the journal-entry rows (document titles repeat measure names) and 'Sak … Innkjøp av elev-PC-ar' (feilmerkt);
  KS 2025 title, agenda ('Helse og omsorg', 'Læreplasser' …), 'Takk!', 'Kontakt' slides, and the 2nd/3rd build copies of every measure
  slide (each measure counts once); NHO 2025 the count query result ('count | 9' includes two non-reported rows), prompts and SQL;
  Vestland 2026 the slides 'Vestland fylkeskommune – kompetansetiltak 2026', 'Innhald', 'Kva er NKPS?', 'Spørsmål?'.
- **continues**: true only when the same reporter has the same tiltak_id in an earlier report year (27 rows).

## Identity judgements (analyst decisions)

1. **Seat in a shared body = the body.** LO/YS/NHO/Akademikerne/Regjeringen rows about KBU are one tiltak (T01); SRY rows of LO, YS,
   NHO, Virke, Spekter are T02; RSA rows of Virke, Akademikerne, Unio are T03; Nasjonalt forum for karriereveiledning (NAV 2018, KS 2020,
   KS 2025) is T15; Nasjonalt fagskoleråd (LO 2021, NHO 2025) is T18; the hospital tripartite cooperation (Spekter 2022, Unio 2023) is S7.
2. **A member's seat in the EVU committee's reference group** (Virke 2019, Akademikerne 2019) is its part in the committee (T11).
   HK-dir's 2023 national mapping of adult participation is a different tiltak (near-miss).
3. **Agreements with a new period are new tiltak**: Samfunnskontrakten for flere læreplasser 2016–2020 (T04: LO 2017, NHO 2018, LO 2021's
   'sluttrapport') ≠ Samfunnskontrakt … kvalifisert arbeidskraft 2022–2026 (T05: Spekter 2022, Unio 2023, Regjeringen 2024, KS 2025, NHO 2025).
   Kompetanseløft 2020 (T16: Regjeringen 2019, KS 2020) ≠ Kompetanseløft 2025 (T17). Spekter's 2017 letter about apprentices (S6) is its own tiltak.
   County plans with a new period are new (MR 2018 strategy M3 ≠ MR 2024 plan M6).
4. **Pilot vs national scheme**: 'Forsøk med fagbrev på jobb' 2016–2017 (T07: LO 2017, YS 2017) ≠ 'Fagbrev på jobb' national scheme
   (T06: NHO 2018, Regjeringen 2019, LO 2021, Regjeringen 2024). NAV's pilot 'Fagbrev for arbeidssøkere' and the counties' own fagbrev
   offers (MR M4, Innlandet I4) are separate.
5. **Programme vs its evaluation**: bransjeprogram (T08: NHO 2018, Regjeringen 2019, KS 2020, LO 2021, Regjeringen 2024, NHO 2025) ≠
   evaluation (T09: HK-dir 2023 tender 'Følgeevaluering …' = Regjeringen 2024 'Evaluering av bransjeprogrammene' – the same commission seen
   by the buyer and the ministry) ≠ Virke's Handelsløftet (R1). Kompetansepluss/Kompetanseprogrammet (T10: Regjeringen 2019, VOFO 2020,
   Regjeringen 2024) ≠ its evaluation (H2) ≠ Spekter's conferences about it (S2) ≠ Møre og Romsdal's roll-out (M7).
6. **Renamed measures keep their id**: Kompetansepluss → Kompetanseprogrammet; fleksible videreutdanningstilbud i digital kompetanse →
   'Tilskuddsordning for fleksible utdanningstilbud (tidligere …)' (T14); Nasjonal digital karriereveiledningstjeneste → 'Drift og
   videreutvikling av karriereveiledning.no' (T13, HK-dir operates it); Spekter's 'Søkekonferanse om KompetansePluss arbeid' →
   'Søkekonferanse om Kompetanseprogrammet (tidligere KompetansePluss)' (S2, continues); YS-skolen course renamed 'Kompetanse og omstilling' (Y1).
7. **Recurring series** (Spekter's Møteplass lærebedrifter, NHO's barometer, YS' barometer, KS' 'Bli lærling i kommunen' campaign) are
   continuing tiltak of their reporter; the different members' surveys are near-misses of each other. Unio's own survey (U2) is reported
   as a measure *in* the survey report; its charts are not measures.
8. Menn i helse: KS 2020 = NAV 2018 'Menn i helse – rekruttering via NAV' = KS 2025 'nasjonal videreføring' (K1). AMO: NAV 2018 'AMO-kurs i
   norsk …' = Regjeringen 2019 'Arbeidsmarkedsopplæring (AMO) i norsk …' (T21); NAV's digital-skills course (V1) is different.
9. The counties' own forums, plans, career centres and fagbrev offers are separate tiltak per county (near-misses), and separate from
   national schemes.
"""

def write_readme(exp, nm):
    from collections import Counter
    rows_all = [(f, m) for f in ORDER for m in exp[f]["measures"]]
    ids = Counter(m["tiltak_id"] for f, m in rows_all)
    reps = {}
    for f, m in rows_all: reps.setdefault(m["tiltak_id"], set()).add(exp[f]["reporter"])
    L = ["# Blind test batch match31", "",
         "Synthetic Norwegian NKPS follow-up reports (PDF and Word) with ground truth, in 22 layouts not used in earlier batches. "
         "Rebuild: `/work/blind/.venv31/bin/python make_batch.py` (needs python-docx ≥ 1.2 for comments, reportlab, pdfplumber); "
         "all content is in `batch_data.py` (one data structure: FILES + NEAR_MISS_GROUPS), `make_batch.py` only renders it.", "",
         "## Counts", "", "| item | n |", "|---|---|",
         f"| report files | {len(ORDER)} ({sum(f.endswith('.docx') for f in ORDER)} .docx, {sum(f.endswith('.pdf') for f in ORDER)} .pdf) |",
         f"| reporters | {len({exp[f]['reporter'] for f in ORDER})} |",
         f"| report years | {', '.join(str(y) for y in sorted({exp[f]['report_year'] for f in ORDER}))} |",
         f"| nynorsk reports | {sum(FILES[f]['lang'] == 'nn' for f in ORDER)} |",
         f"| measure rows | {len(rows_all)} |", f"| distinct tiltak | {len(ids)} |",
         f"| tiltak reported in more than one row | {sum(1 for v in ids.values() if v > 1)} |",
         f"| tiltak reported by more than one reporter | {sum(1 for v in reps.values() if len(v) > 1)} |",
         f"| rows with continues=true | {sum(m['continues'] for f, m in rows_all)} |", f"| near-miss pairs | {len(nm)} |", "",
         "## Files", "", "| file | reporter | year | made with | layout (template) | rows |", "|---|---|---|---|---|---|"]
    for f in ORDER:
        lo = LAYOUTS[f]
        L.append(f"| {f} | {exp[f]['reporter']} | {exp[f]['report_year']} | {lo['made_with']} | `{lo['name']}`: {lo['desc']} | {len(exp[f]['measures'])} |")
    L.append(CONVENTIONS)
    L += ["## Same-tiltak groups (generated)", ""]
    for tid in sorted(ids, key=lambda t: (t[0] != "T", t)):
        if ids[tid] < 2: continue
        parts = [f"{exp[f]['reporter']} {exp[f]['report_year']} «{m['title']}»" + (" (cont.)" if m["continues"] else "")
                 for f, m in rows_all if m["tiltak_id"] == tid]
        L.append(f"- **{tid}**: " + "; ".join(parts))
    L += ["", "## Near-miss groups (every pair of different tiltak inside a group is listed in near_misses.json)", ""]
    for name, gids in NEAR_MISS_GROUPS:
        L.append(f"- {name}: " + ", ".join(gids))
    open(os.path.join(OUT, "README.md"), "w").write("\n".join(L) + "\n")

_old_main_done = True
if __name__ == "__main__":
    write_readme(build_expected(), build_near_misses(build_expected()))
    print("README written")
