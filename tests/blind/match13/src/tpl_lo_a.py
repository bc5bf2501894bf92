"""Templates written as Word and printed to PDF with LibreOffice (part A): NHO 2023, KS 2020, Spekter 2019."""
import os

import pdfplumber
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Cm, Pt

from .catalog import AREAS, DELMAL, join_no, old_numbers
from .convert import docx_to_pdf
from .docx_util import (cell_text, header_footer, label_par, landscape, new_doc, page_break, para, repeat_header,
                        set_col_widths, shade, vmerge)


def _nho_doc(rep, pages):
    doc = new_doc("Calibri", 11)
    header_footer(doc.sections[0], "NHO", "NHOs rapport til Kompetansepolitisk råd 2023")
    para(doc, "Næringslivets Hovedorganisasjon", size=12)
    para(doc, rep.meta["title"], bold=True, size=20)
    para(doc, "Februar 2024", size=11)
    para(doc, "")
    para(doc, "Innhold", bold=True, size=14)
    chapters = [("1 Innledning", [])]
    by_area = {}
    for r in rep.rows:
        by_area.setdefault(r.delmal[0].split(".")[0], []).append(r)
    for n, a in enumerate(("1", "2", "3"), start=2):
        subs = ["%d.%d %s" % (n, k, r.title) for k, r in enumerate(by_area.get(a, []), start=1)]
        chapters.append(("%d %s" % (n, AREAS[a]), subs))
    chapters.append(("5 Veien videre", []))
    for head, subs in chapters:
        for text, indent in [(head, 0)] + [(s, 0.6) for s in subs]:
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(indent)
            p.paragraph_format.space_after = Pt(1)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            p.add_run(text + "\t" + str(pages.get(text, 1)))
    page_break(doc)
    doc.add_heading("1 Innledning", 1)
    para(doc, "NHO rapporterer her om tiltak som følger opp delmålene i Nasjonal kompetansepolitisk strategi. "
              "Strategiperioden er over, men Kompetansepolitisk råd har bedt medlemmene rapportere etter samme mal. "
              "Kapitlene følger strategiens tre hovedinnsatsområder.")
    for n, a in enumerate(("1", "2", "3"), start=2):
        doc.add_heading("%d %s" % (n, AREAS[a]), 1)
        for k, r in enumerate(by_area.get(a, []), start=1):
            doc.add_heading("%d.%d %s" % (n, k, r.title), 2)
            label_par(doc, "Delmål i strategien:", join_no(r.delmal))
            label_par(doc, "Kategori:", r.type_print)
            label_par(doc, "Ansvarlig:", r.resp)
            label_par(doc, "Samarbeidspartnere:", r.partners_print or "–")
            label_par(doc, "Periode:", r.period)
            para(doc, r.desc)
    doc.add_heading("5 Veien videre", 1)
    para(doc, "NHO vil i 2024 prioritere arbeidet med læreplasser, trepartsprogrammene og kunnskapsgrunnlaget om "
              "bedriftenes kompetansebehov.")
    return doc, chapters


def tpl_nho_headings(rep, out, workdir):
    """Two passes: the manual table of contents gets the page numbers from the first print."""
    src = os.path.join(workdir, "nho_2023.docx")
    pages = {}
    for _ in range(2):
        doc, chapters = _nho_doc(rep, pages)
        doc.save(src)
        docx_to_pdf(src, out, workdir)
        wanted = [h for h, subs in chapters] + [s for h, subs in chapters for s in subs]
        pages = {}
        with pdfplumber.open(out) as pdf:
            for i, pg in enumerate(pdf.pages[1:], start=2):
                lines = [" ".join(l.split()) for l in (pg.extract_text() or "").splitlines()]
                for w in wanted:
                    if w not in pages and any(l == " ".join(w.split()) for l in lines):
                        pages[w] = i


def tpl_ks_matrix(rep, out, workdir):
    doc = new_doc("Arial", 9)
    sec = doc.sections[0]
    landscape(sec)
    sec.left_margin = sec.right_margin = Cm(1.5)
    header_footer(sec, "KS – Kommunesektorens organisasjon", "KS – tiltak 2020")
    para(doc, rep.meta["title"], bold=True, size=15)
    para(doc, "KS rapporterer tiltak der KS er ansvarlig eller deltar som part. Kolonnen Delmål viser delmålet i "
              "strategien; tiltak som hører til samme delmål, står samlet.")
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for i, h in enumerate(["Delmål", "Tiltak", "Beskrivelse", "Type", "Ansvarlig", "Partnere", "Periode"]):
        cell_text(t.rows[0].cells[i], h, bold=True, size=9)
        shade(t.rows[0].cells[i], "FFF2CC")
    repeat_header(t.rows[0])
    groups, prev = [], None
    for r in rep.rows:
        c = t.add_row().cells
        for i, v in enumerate([r.title, r.desc, r.type_print, r.resp, r.partners_print, r.period], start=1):
            cell_text(c[i], v, size=9)
        key = tuple(r.delmal)
        ri = len(t.rows) - 1
        if key != prev:
            groups.append([key, ri, ri])
            prev = key
        else:
            groups[-1][2] = ri
    for key, r0, r1 in groups:
        if len(key) == 1:
            txt = "%s %s" % (key[0], DELMAL[key[0]])
        else:
            txt = join_no(key)
        m = vmerge(t, 0, r0, r1)
        cell_text(m, txt, size=8.5)
    set_col_widths(t, [4.2, 4.0, 8.0, 2.2, 2.2, 3.2, 2.0])
    para(doc, "")
    para(doc, "KS, januar 2021")
    src = os.path.join(workdir, "ks_2020.docx")
    doc.save(src)
    docx_to_pdf(src, out, workdir)


def tpl_spekter_numbered(rep, out, workdir):
    doc = new_doc("Times New Roman", 12)
    header_footer(doc.sections[0], None, None)
    para(doc, rep.meta["title"], bold=True, size=14)
    para(doc, "Rapporteringspunkter:", bold=True)
    for i, r in enumerate(rep.rows, start=1):
        para(doc, "%d. %s" % (i, r.title))
        para(doc, "Relasjon til NKPS tiltak nr. %s." % old_numbers(r.delmal))
    leak = len(rep.rows) + 1
    for r in rep.rows:
        page_break(doc)
        para(doc, "1. Tiltak i Nasjonal kompetansepolitisk strategi", bold=True)
        para(doc, r.title)
        para(doc, "Relasjon til NKPS tiltak nr. %s." % old_numbers(r.delmal))
        para(doc, "2. Ansvarlig og samarbeidspartnere", bold=True)
        para(doc, r.extra["ansvar"])
        para(doc, "3. Beskrivelse av tiltaket (maks en halv side)", bold=True)
        para(doc, r.desc)
        para(doc, "4. Tidspunkt og varighet", bold=True)
        para(doc, "%d. %s" % (leak, r.period))
        leak += 1
    src = os.path.join(workdir, "spekter_2019.docx")
    doc.save(src)
    docx_to_pdf(src, out, workdir)
