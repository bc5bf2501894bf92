# -*- coding: utf-8 -*-
"""Akademikerne 2021: memo with typed section numbers 3.1.1 etc. that look like delmål codes.
Delmål only in a running sentence after each measure."""
from docx import Document
from docx.shared import Pt, Cm
from common import set_font, table_borders, col_widths, page_x_of_y, codes_og

GROUPS = [("3.1", "Kunnskapsgrunnlag og Kompetansebehovsutvalget", ["KBU", "AKA_KBUSEM", "AKA_FRAMTID"]),
          ("3.2", "Samarbeid med utdanningssektoren", ["AKA_UIO"]),
          ("3.3", "Kompetansereformen", ["LHL"])]


def heading(doc, text, size):
    p = doc.add_paragraph(); r = p.add_run(text); r.bold = True; r.font.size = Pt(size)
    p.paragraph_format.space_before = Pt(10); p.paragraph_format.keep_with_next = True
    return p


def build(rep, out):
    doc = Document()
    set_font(doc, "Times New Roman", 11.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.8)
    page_x_of_y(sec.footer.paragraphs[0])
    p = doc.add_paragraph(); r = p.add_run("NOTAT"); r.bold = True; r.font.size = Pt(22)
    t = doc.add_table(rows=5, cols=2)
    table_borders(t, "none")
    for row, (k, v) in zip(t.rows, [("Til:", "Kompetansepolitisk råd v/ sekretariatet i HK-dir"),
                                    ("Fra:", "Akademikerne"), ("Dato:", "12.11.2021"),
                                    ("Saksnr.:", "21/00417-3"),
                                    ("Sak:", "Rapportering på oppfølging av NKPS 2021")]):
        row.cells[0].paragraphs[0].add_run(k).bold = True
        row.cells[1].paragraphs[0].add_run(v)
    col_widths(t, [2.5, 12])
    heading(doc, "1 Innledning", 13)
    doc.add_paragraph("Akademikerne viser til bestillingen fra sekretariatet og gir her en oversikt over "
                      "tiltak vi har gjennomført eller deltatt i. Vi har lagt vekt på delmål 1.1 og 2.2, "
                      "der vi mener hovedorganisasjonen har størst mulighet til å bidra.")
    heading(doc, "2 Bakgrunn", 13)
    doc.add_paragraph("Strategiperioden 2017–2021 går mot slutten. Punkt 2.1 i bestillingen ber om en "
                      "vurdering av måloppnåelse; den kommer i et eget notat. Punkt 2.2 ber om tiltaksoversikt, "
                      "som følger i kapittel 3.")
    heading(doc, "3 Akademikernes tiltak", 13)
    by = {m["k"]: m for m in rep["measures"]}
    for gnr, gname, keys in GROUPS:
        heading(doc, "%s %s" % (gnr, gname), 12)
        for j, k in enumerate(keys, 1):
            m = by[k]
            heading(doc, "%s.%d %s" % (gnr, j, m["title"]), 11.5)
            doc.add_paragraph(m["desc"])
            s = "Ansvarlig: %s." % m["resp"]
            if m["partners"]:
                s += " Samarbeidspartnere: %s." % ", ".join(m["partners"])
            if m["period"]:
                s += " Tidsrom: %s." % m["period"]
            pp = doc.add_paragraph(); rr = pp.add_run(s); rr.italic = True; rr.font.size = Pt(10)
            pp.paragraph_format.space_after = Pt(0)
            doc.add_paragraph("Tiltaket følger opp delmål %s." % codes_og(m["d"]))
    heading(doc, "4 Oppsummering", 13)
    doc.add_paragraph("Akademikerne ønsker at en ny strategi etter 2021 legger større vekt på etter- og "
                      "videreutdanning for arbeidstakere med høyere utdanning.")
    doc.save(out)
