# -*- coding: utf-8 -*-
"""Rendering of member reports to .docx (python-docx). PDFs are made from the .docx by LibreOffice."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER, WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from .catalog import DELMAL, DELMAL_NN, AREAS, OLDNR


# ---------------------------------------------------------------- helpers
def og(items, conj="og"):
    items = list(items)
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + f" {conj} " + items[-1]


def dm(m, mode, nn=False):
    codes = m["delmal"]
    texts = DELMAL_NN if nn else DELMAL
    if mode == "code":
        return ", ".join(codes)
    if mode == "delmal":
        return ("Delmål " if len(codes) == 1 else "Delmål ") + og(codes)
    if mode == "text":
        return "; ".join(texts.get(c, DELMAL[c]) for c in codes)
    if mode == "both":
        return "\n".join(f"{c} {texts.get(c, DELMAL[c])}" for c in codes)
    if mode == "old":
        nrs = [str(OLDNR[c]) for c in codes]
        return "Relasjon til NKPS tiltak nr. " + og(nrs) + "."
    if mode == "sentence":
        word = "delmål"
        return f"Tiltaket bidrar til {word} {og(codes)}."
    return ""


def tp(m):
    return m.get("tp") or m["type"]


def new_doc(landscape=False, header=None, page_numbers=False, font=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(font)
    sec = d.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(2.0))
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    if header:
        hp = sec.header.paragraphs[0]
        hp.text = header
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for r in hp.runs:
            r.font.size = Pt(8)
    if page_numbers:
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = fp.add_run("Side ")
        r.font.size = Pt(8)
        _field(fp, "PAGE")
    return d


def _field(par, instr):
    run = par.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    i = OxmlElement("w:instrText"); i.set(qn("xml:space"), "preserve"); i.text = instr
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    for el in (b, i, s, t, e):
        run._r.append(el)
    run.font.size = Pt(8)


def para(d, text="", bold=False, italic=False, size=None, style=None, align=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


def label(d, lab, val, sep=": "):
    p = d.add_paragraph()
    r = p.add_run(lab + sep)
    r.bold = True
    p.add_run(val)
    return p


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def set_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(widths):
            gc.set(qn("w:w"), str(int(widths[i] * 567)))
    for row in t.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def table(d, header, rows, widths=None, size=None, bold_first_col=False):
    t = d.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, bold=True, size=size)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v, bold=(bold_first_col and i == 0), size=size)
    if widths:
        set_widths(t, widths)
    return t


def form(d, pairs, widths=(4.5, 12.5), size=None):
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab, val in pairs:
        c = t.add_row().cells
        cell_text(c[0], lab, bold=True, size=size)
        cell_text(c[1], val, size=size)
    set_widths(t, widths)
    d.add_paragraph()
    return t


def intro(d, rep):
    for p in rep.get("intro", []):
        para(d, p)


def cover(d, rep, toc_titles=None, first_page=3):
    para(d, "")
    para(d, "")
    para(d, rep["org"], bold=True, size=14)
    para(d, rep["title"], bold=True, size=24)
    para(d, rep.get("subtitle", f"Rapportering for {rep['year']}"), size=14)
    para(d, "")
    para(d, rep.get("cover_note", ""), italic=True)
    page_break(d)
    if toc_titles is not None:
        para(d, "Innhold", bold=True, size=16)
        for i, t in enumerate(toc_titles):
            p = d.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            p.add_run(f"{t}\t{first_page + i}")
        para(d, "")


# ---------------------------------------------------------------- templates
def t_letter(rep):
    """Letter: 'Vi viser til ...', each measure a bold lead-in + prose, goals in a closing line."""
    d = new_doc()
    for ln in rep["letterhead"]:
        para(d, ln, bold=ln == rep["letterhead"][0])
    para(d, "")
    para(d, rep["title"], bold=True, size=13)
    intro(d, rep)
    for m in rep["measures"]:
        p = d.add_paragraph()
        r = p.add_run(m["title"])
        r.bold = True
        p = d.add_paragraph(m["description"] + " " + m.get("extra", ""))
        para(d, f"Ansvarlig: {m['responsible']}. Samarbeidspartnere: {m['partners'] or 'ingen'}. "
                f"Periode: {m['period']}. {dm(m, rep.get('dm', 'delmal'))}.", italic=True)
    for ln in rep.get("closing", []):
        para(d, ln)
    return d


def t_cover_forms(rep):
    """Cover page, table of contents, one form table per measure on its own page, header/footer."""
    d = new_doc(header=rep.get("header"), page_numbers=True)
    titles = [f"{i}. {m['title']}" for i, m in enumerate(rep["measures"], 1)]
    cover(d, rep, toc_titles=titles + ["Vedlegg: Delmål i strategien"], first_page=3)
    intro(d, rep)
    page_break(d)
    for i, m in enumerate(rep["measures"], 1):
        d.add_heading(f"{i}. {m['title']}", level=2)
        form(d, [("Tiltak", m["title"]), ("Delmål", dm(m, rep.get("dm", "both"))),
                 ("Type tiltak", tp(m)), ("Ansvarlig", m["responsible"]),
                 ("Samarbeidspartnere", m["partners"]), ("Tidspunkt og varighet", m["period"]),
                 ("Beskrivelse", m["description"])])
        page_break(d)
    d.add_heading("Vedlegg: Delmål i strategien", level=2)
    for c, t in DELMAL.items():
        para(d, f"{c} {t}", size=9)
    return d


def t_numbered_sentence(rep):
    """Numbered paragraphs; the goal appears only in a closing sentence."""
    d = new_doc(page_numbers=True)
    para(d, rep["org"], bold=True, size=12)
    d.add_heading(rep["title"], level=1)
    intro(d, rep)
    for i, m in enumerate(rep["measures"], 1):
        p = para(d, f"{i}. {m['title']}", bold=True)
        p.paragraph_format.space_before = Pt(10)
        body = m["description"]
        body += f" Tiltaket er i regi av {m['responsible']}"
        body += (f", i samarbeid med {m['partners']}." if m["partners"] else ".")
        body += f" {m['period']}."
        body += " " + dm(m, "sentence")
        para(d, body)
    return d


def t_numbered_forms(rep):
    """Spekter-like: 'Rapporteringspunkter' list with old tiltak numbers, then one four-heading form per measure.
    Word list numbering (style List Number) leaks into the 'Tidspunkt og varighet' answers."""
    d = new_doc()
    para(d, rep["org"], bold=True, size=12)
    para(d, rep["title"], bold=True, size=14)
    intro(d, rep)
    para(d, "Rapporteringspunkter:", bold=True)
    for m in rep["measures"]:
        d.add_paragraph(m["title"], style="List Number")
        para(d, dm(m, "old"))
    for m in rep["measures"]:
        page_break(d)
        para(d, "1. Tiltak i Nasjonal kompetansepolitisk strategi", bold=True)
        para(d, m["title"])
        para(d, dm(m, "old"))
        para(d, "2. Ansvarlig og samarbeidspartnere", bold=True)
        para(d, m.get("resp_text") or (f"{m['responsible']} er ansvarlig for tiltaket."
                 + (f" Samarbeidspartnere er {m['partners']}." if m["partners"] else "")))
        para(d, "3. Beskrivelse av tiltaket (maks en halv side)", bold=True)
        para(d, m["description"])
        para(d, "4. Tidspunkt og varighet", bold=True)
        d.add_paragraph(m["period"], style="List Number")
    return d


def t_row_table(rep):
    """One table, one row per measure."""
    d = new_doc(landscape=rep.get("landscape", False))
    para(d, rep["org"], bold=True, size=12)
    d.add_heading(rep["title"], level=1)
    intro(d, rep)
    cols = rep.get("cols", ["Tiltak", "Delmål", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Tidsrom", "Kort beskrivelse"])
    rows = [[m["title"], dm(m, rep.get("dm", "code")), tp(m), m["responsible"], m["partners"], m["period"], m["description"]]
            for m in rep["measures"]]
    table(d, cols, rows, widths=rep.get("widths"), size=9)
    for ln in rep.get("closing", []):
        para(d, ln)
    return d


def t_summary_detail(rep):
    """Summary table of all measures, then detailed section per measure repeating the titles."""
    d = new_doc(header=rep.get("header"), page_numbers=True)
    d.add_heading(rep["title"], level=0)
    para(d, rep["org"], bold=True)
    d.add_heading("1 Innledning", level=1)
    intro(d, rep)
    d.add_heading("2 Oversikt over tiltak", level=1)
    rows = [[str(i), m["title"], dm(m, "code"), tp(m)] for i, m in enumerate(rep["measures"], 1)]
    table(d, ["Nr.", "Tiltak", "Delmål", "Type tiltak"], rows, widths=[1.2, 10, 2.3, 3.5], size=9)
    d.add_heading("3 Nærmere omtale av tiltakene", level=1)
    for i, m in enumerate(rep["measures"], 1):
        d.add_heading(f"3.{i} {m['title']}", level=2)
        label(d, "Delmål", dm(m, "both").replace("\n", "; "))
        label(d, "Ansvarlig", m["responsible"])
        label(d, "Samarbeidspartnere", m["partners"] or "–")
        label(d, "Tidsrom", m["period"])
        para(d, m["description"])
    return d


def _merge_col(t, col, groups):
    """groups: list of (start_row, n_rows)."""
    for start, n in groups:
        if n > 1:
            a = t.cell(start, col)
            b = t.cell(start + n - 1, col)
            txt = a.text
            m = a.merge(b)
            cell_text(m, txt, size=8)


def t_matrix(rep, nn=False):
    """Landscape matrix with merged Delmål cells."""
    d = new_doc(landscape=True, header=rep.get("header"), page_numbers=True, font=9)
    para(d, rep["org"], bold=True, size=12)
    para(d, rep["title"], bold=True, size=14)
    intro(d, rep)
    cols = rep["cols"]
    rows, groups, prev, start = [], [], None, 1
    for i, m in enumerate(rep["measures"]):
        key = dm(m, rep.get("dm", "code"), nn=nn)
        rows.append([key if key != prev else "", m["title"], tp(m), m["responsible"], m["partners"],
                     m["period"], m["description"]][:len(cols)])
        if key != prev:
            if prev is not None:
                groups.append((start, i + 1 - start))
            start, prev = i + 1, key
    groups.append((start, len(rows) + 1 - start))
    t = table(d, cols, rows, widths=rep.get("widths"), size=8)
    _merge_col(t, 0, groups)
    for ln in rep.get("closing", []):
        para(d, ln)
    return d


def t_per_delmal(rep):
    """One row per delmål; several measures listed in the cell as bullets 'Title – text'."""
    d = new_doc(header=rep.get("header"))
    para(d, rep["org"], bold=True, size=12)
    d.add_heading(rep["title"], level=1)
    intro(d, rep)
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    cell_text(t.rows[0].cells[0], "Delmål", bold=True)
    cell_text(t.rows[0].cells[1], rep.get("col2", "Tiltak og aktiviteter"), bold=True)
    order = []
    for m in rep["measures"]:
        g = m["delmal"][0]
        if g not in order:
            order.append(g)
    for g in order:
        c = t.add_row().cells
        cell_text(c[0], f"{g}\n{DELMAL[g]}", size=9)
        c[1].text = ""
        first = True
        for m in rep["measures"]:
            if m["delmal"][0] != g:
                continue
            p = c[1].paragraphs[0] if first else c[1].add_paragraph()
            first = False
            r = p.add_run("• " + m["title"])
            r.bold = True
            r.font.size = Pt(9)
            extra = ""
            if len(m["delmal"]) > 1:
                extra = " (også delmål " + og(m["delmal"][1:]) + ")"
            r2 = p.add_run(" – " + m["description"] + f" Ansvar: {m['responsible']}"
                           + (f"; samarbeid med {m['partners']}" if m["partners"] else "") + "." + extra)
            r2.font.size = Pt(9)
    set_widths(t, [4.5, 12.5])
    return d


def t_heading_labels(rep):
    """Heading per measure, then bold label paragraphs."""
    d = new_doc(header=rep.get("header"), page_numbers=True)
    para(d, rep["org"], bold=True, size=12)
    d.add_heading(rep["title"], level=1)
    intro(d, rep)
    for m in rep["measures"]:
        d.add_heading(m["title"], level=2)
        label(d, "Relasjon til delmål", dm(m, rep.get("dm", "delmal")))
        label(d, "Type tiltak", tp(m))
        label(d, "Ansvarlig", m["responsible"])
        label(d, "Samarbeidspartnere", m["partners"] or "–")
        label(d, "Tidspunkt og varighet", m["period"])
        label(d, "Beskrivelse", m["description"])
    return d


def t_areas(rep):
    """Organised by the three hovedinnsatsområder; measures as sub-headings with prose."""
    d = new_doc(page_numbers=True)
    para(d, rep["org"], bold=True, size=12)
    d.add_heading(rep["title"], level=0)
    intro(d, rep)
    for a in ("1", "2", "3"):
        ms = [m for m in rep["measures"] if m["delmal"][0].startswith(a)]
        if not ms:
            continue
        d.add_heading(f"Hovedinnsatsområde {a}: {AREAS[a]}", level=1)
        for m in ms:
            d.add_heading(m["title"], level=2)
            para(d, m["description"] + f" (jf. {dm(m, 'delmal').lower()})")
            para(d, f"Ansvar: {m['responsible']}" + (f". Samarbeid: {m['partners']}" if m["partners"] else "")
                 + f". Tidsrom: {m['period']}.", italic=True, size=9)
    return d


def t_form_tables(rep, nn=False):
    """One two-column form table per measure, label variants configurable."""
    d = new_doc(header=rep.get("header"), page_numbers=rep.get("page_numbers", False))
    para(d, rep["org"], bold=True, size=12)
    d.add_heading(rep["title"], level=1)
    intro(d, rep)
    L = rep["labels"]
    for i, m in enumerate(rep["measures"], 1):
        if rep.get("numbered_heads"):
            para(d, rep["numbered_heads"].format(i=i), bold=True)
        pairs = [(L[0], m["title"]), (L[1], dm(m, rep.get("dm", "text"), nn=nn)), (L[2], tp(m)),
                 (L[3], m["responsible"]), (L[4], m["partners"] or "–"), (L[5], m["description"]),
                 (L[6], m["period"])]
        form(d, pairs)
    return d


def t_status_2col(rep):
    """Table 'Tiltak | Status og resultater': facts in the first cell."""
    d = new_doc(landscape=rep.get("landscape", False), header=rep.get("header"))
    para(d, rep["org"], bold=True, size=12)
    d.add_heading(rep["title"], level=1)
    intro(d, rep)
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    cell_text(t.rows[0].cells[0], "Tiltak", bold=True)
    cell_text(t.rows[0].cells[1], "Status og resultater", bold=True)
    for m in rep["measures"]:
        c = t.add_row().cells
        c[0].text = ""
        p = c[0].paragraphs[0]
        r = p.add_run(m["title"]); r.bold = True; r.font.size = Pt(9)
        for lab, val in (("Delmål", dm(m, rep.get("dm", "code"))), ("Ansvarlig", m["responsible"]),
                         ("Partnere", m["partners"] or "–"), ("Type", tp(m)), ("Periode", m["period"])):
            q = c[0].add_paragraph()
            rr = q.add_run(f"{lab}: {val}"); rr.font.size = Pt(9)
        cell_text(c[1], m["description"], size=9)
    set_widths(t, [7, 10] if not rep.get("landscape") else [9, 16.5])
    return d


def t_numbered_heads(rep):
    """Decimal-numbered headings (2.1, 2.2 ...) with label lines; header/footer."""
    d = new_doc(header=rep.get("header"), page_numbers=True)
    d.add_heading(rep["title"], level=0)
    para(d, rep["org"], bold=True)
    d.add_heading("1 Innledning", level=1)
    intro(d, rep)
    d.add_heading("2 Tiltak", level=1)
    for i, m in enumerate(rep["measures"], 1):
        d.add_heading(f"2.{i} {m['title']}", level=2)
        para(d, f"Delmål: {dm(m, 'both').replace(chr(10), ' / ')}")
        para(d, f"Type tiltak: {tp(m)} | Ansvarlig: {m['responsible']} | Samarbeidspartnere: {m['partners'] or '–'}")
        para(d, f"Periode: {m['period']}")
        para(d, "Status 2023: " + m["description"])
    return d


def t_prose(rep):
    """Prose report without any delmål references; bold titles start paragraphs."""
    d = new_doc(header=rep.get("header"))
    para(d, rep["org"], bold=True, size=12)
    d.add_heading(rep["title"], level=1)
    intro(d, rep)
    prev = None
    for m in rep["measures"]:
        if m.get("sec") and m["sec"] != prev:
            d.add_heading(m["sec"], level=2)
            prev = m["sec"]
        if True:
            p = d.add_paragraph()
            r = p.add_run(m["title"] + ". ")
            r.bold = True
            p.add_run(m["description"] + " " + m.get("extra", ""))
    for ln in rep.get("closing", []):
        para(d, ln)
    return d


def t_num_table_status(rep):
    """Table Nr | Tiltak | Relasjon til delmål | Ansvarlig og samarbeidspartnere | Status."""
    d = new_doc(landscape=True, header=rep.get("header"))
    para(d, rep["org"], bold=True, size=12)
    d.add_heading(rep["title"], level=1)
    intro(d, rep)
    rows = []
    for i, m in enumerate(rep["measures"], 1):
        rp = m["responsible"] + (f" (samarbeid: {m['partners']})" if m["partners"] else "")
        rows.append([str(i), m["title"], dm(m, rep.get("dm", "delmal")), rp, m["description"] + f" Tidsrom: {m['period']}."])
    table(d, ["Nr", "Tiltak", "Relasjon til delmål", "Ansvarlig og samarbeidspartnere", f"Status {rep['year']}"],
          rows, widths=[1, 6, 4, 5.5, 9], size=9)
    return d


TEMPLATES = {
    "letter": t_letter, "cover_forms": t_cover_forms, "numbered_sentence": t_numbered_sentence,
    "numbered_forms": t_numbered_forms, "row_table": t_row_table, "summary_detail": t_summary_detail,
    "matrix": t_matrix, "matrix_nn": lambda r: t_matrix(r, nn=True), "per_delmal": t_per_delmal,
    "heading_labels": t_heading_labels, "areas": t_areas, "form_tables": t_form_tables,
    "form_tables_nn": lambda r: t_form_tables(r, nn=True), "status_2col": t_status_2col,
    "numbered_heads": t_numbered_heads, "prose": t_prose, "num_table_status": t_num_table_status,
}


def render(rep):
    return TEMPLATES[rep["template"]](rep)
