# -*- coding: utf-8 -*-
"""Word renderers 2: Spekter 2022, HK-dir 2022, NHO 2023, NAV 2024, YS 2026."""
from r_docx_common import *  # noqa: F401,F403
from r_docx_common import (new_doc, para, run, shade, table_borders, no_borders, repeat_header, col_widths,
                           cell_text, compact_cells, header_footer, bullet, Footnotes, toc_field,
                           cell_bottom_border)
from batch_common import CODES


# ------------------------------------------------------------------ Spekter 2022
def spekter2022(f, path):
    doc = new_doc("Calibri", 11)
    sec = header_footer(doc, "Spekter", "arbeidsgiverforeningen", "Oslo, 30. september 2022")
    width = sec.page_width - sec.left_margin - sec.right_margin
    para(doc, "Rapport til Kompetansepolitisk råd 2022", style="Title")
    for t in f["intro"]:
        para(doc, t)
    for m in f["measures"]:
        h = para(doc, style="Heading 2")
        h.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        run(h, m["t"])
        run(h, "\t" + m["status"], size=10, color="7F7F7F")
        tb = doc.add_table(rows=5, cols=2)
        table_borders(tb, sz=4, color="BFBFBF")
        vals = [("Relevante delmål", m["dm"]), ("Tiltakstype", m["tp"]), ("Hovedansvar", m["r"]),
                ("Partnere", ", ".join(m["p"])), ("Tidsrom", m["per"])]
        for i, (lab, val) in enumerate(vals):
            cell_text(tb.rows[i].cells[0], lab, bold=True, size=10)
            shade(tb.rows[i].cells[0], "E7E6E6")
            cell_text(tb.rows[i].cells[1], val, size=10)
        col_widths(tb, [3.8, 12.2])
        compact_cells(tb, 1)
        para(doc, m["ds"], space_before=6)
    para(doc, "Avsluttet i 2021 (rapporteres ikke)", style="Heading 1")
    for t in f["ended"]:
        bullet(doc, t)
    doc.save(path)


# ------------------------------------------------------------------ HK-dir 2022
def hkdir2022(f, path):
    doc = new_doc("Calibri", 11)
    header_footer(doc, "HK-dir", "Rapport til Kompetansepolitisk råd 2022", None, page_prefix="")
    para(doc, "Rapport til Kompetansepolitisk råd 2022", style="Title")
    para(doc, "Direktoratet for høyere utdanning og kompetanse", italic=True, color="595959")
    para(doc, "Innhold", bold=True, size=13, space_before=12)
    toc_field(doc, [("1 Innledning", 2), ("2 Sammendrag", 2), ("3 Direktoratets tiltak", 3),
                    ("4 Planlagt for 2023", 6)])
    para(doc, "1 Innledning", style="Heading 1")
    for t in f["intro"]:
        para(doc, t)
    para(doc, "2 Sammendrag", style="Heading 1")
    ms = f["measures"]
    para(doc, "HK-dir rapporterer %d tiltak for 2022. Tabell 1 viser tiltakene fordelt på direktoratets "
              "egne kategorier." % len(ms))
    counts = {}
    for m in ms:
        counts[m["tp"]] = counts.get(m["tp"], 0) + 1
    para(doc, "Tabell 1 Tiltak etter kategori", italic=True, size=9, space_after=2)
    tb = doc.add_table(rows=1, cols=2)
    table_borders(tb, sz=4, color="A6A6A6", inside=False)
    cell_text(tb.rows[0].cells[0], "Kategori", bold=True, size=10)
    cell_text(tb.rows[0].cells[1], "Antall", bold=True, size=10, align=WD_ALIGN_PARAGRAPH.RIGHT)
    for k, v in counts.items():
        c = tb.add_row().cells
        cell_text(c[0], k, size=10)
        cell_text(c[1], str(v), size=10, align=WD_ALIGN_PARAGRAPH.RIGHT)
    c = tb.add_row().cells
    cell_text(c[0], "Sum", bold=True, size=10)
    cell_text(c[1], str(len(ms)), bold=True, size=10, align=WD_ALIGN_PARAGRAPH.RIGHT)
    col_widths(tb, [6.0, 2.0])
    compact_cells(tb, 1)
    para(doc, "3 Direktoratets tiltak", style="Heading 1")
    for n, m in enumerate(ms, 1):
        para(doc, "3.%d %s" % (n, m["t"]), style="Heading 2")
        for lab, val in (("Delmål:", m["dm"]), ("Kategori:", m["tp"]), ("Eier:", m["r"]),
                         ("Partnere:", ", ".join(m["p"])), ("Periode:", m["per"])):
            p = para(doc, space_after=0)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(2.6))
            run(p, lab, bold=True, size=10)
            run(p, "\t" + val, size=10)
        para(doc, m["ds"], space_before=6)
    para(doc, "4 Planlagt for 2023", style="Heading 1")
    para(doc, "Disse tiltakene er under forberedelse og rapporteres når de er startet:")
    for t in f["planned"]:
        bullet(doc, t)
    doc.save(path)


# ------------------------------------------------------------------ NHO 2023
def nho2023(f, path):
    doc = new_doc("Arial", 10, landscape=True, margins_cm=2.0)
    header_footer(doc, "NHO", "Rapport til Kompetansepolitisk råd 2023", "Næringslivets Hovedorganisasjon")
    para(doc, "NHOs rapport til Kompetansepolitisk råd 2023", bold=True, size=16, color="1F3864", space_after=6)
    for t in f["intro"]:
        para(doc, t)
    para(doc, "Tabell 1 NHOs tiltak 2023", bold=True, size=9, space_after=2)
    hdr = ["Nr.", "Tiltak", "Kort beskrivelse", "Ny/videreført", "Ansvar", "Partnere", "Periode", "Kategori"]
    tb = doc.add_table(rows=1, cols=8)
    table_borders(tb, sz=4, color="8EAADB")
    for i, h in enumerate(hdr):
        cell_text(tb.rows[0].cells[i], h, bold=True, size=9, color="FFFFFF")
        shade(tb.rows[0].cells[i], "2F5496")
    repeat_header(tb.rows[0])
    ms = f["measures"]
    for n, m in enumerate(ms, 1):
        c = tb.add_row().cells
        vals = ["%d" % n, m["t"], m["ds"], m["mark"], m["r"], ", ".join(m["p"]) or "–", m["per"], m["tp"]]
        for i, v in enumerate(vals):
            cell_text(c[i], v, size=9, bold=(i == 1))
    col_widths(tb, [1.0, 4.2, 7.6, 2.0, 2.2, 4.0, 2.0, 2.7])
    compact_cells(tb, 2)
    para(doc, "")
    para(doc, "Tabell 2 Kobling til delmål", bold=True, size=9, space_after=2)
    t2 = doc.add_table(rows=1, cols=2)
    table_borders(t2, sz=4, color="8EAADB")
    cell_text(t2.rows[0].cells[0], "Delmål", bold=True, size=9)
    cell_text(t2.rows[0].cells[1], "Tiltak nr.", bold=True, size=9)
    shade(t2.rows[0].cells[0], "D9E2F3")
    shade(t2.rows[0].cells[1], "D9E2F3")
    for code in CODES:
        nums = [str(n) for n, m in enumerate(ms, 1) if code in m["d"]]
        if nums:
            c = t2.add_row().cells
            cell_text(c[0], code, size=9)
            cell_text(c[1], ", ".join(nums), size=9)
    col_widths(t2, [2.5, 4.0])
    compact_cells(t2, 1)
    para(doc, "")
    para(doc, f["closing"], italic=True, size=9)
    doc.save(path)


# ------------------------------------------------------------------ NAV 2024
def nav2024(f, path):
    doc = new_doc("Source Sans Pro", 11)
    header_footer(doc, "NAV", "Arbeids- og velferdsdirektoratet", "Rapport til Kompetansepolitisk råd 2024")
    fns = Footnotes(doc)
    para(doc, "Rapport til Kompetansepolitisk råd 2024", style="Title")
    for t in f["intro"]:
        para(doc, t)
    for m in f["measures"]:
        para(doc, m["t"], style="Heading 2")
        for lab, val in (("Delmål: ", m["dm"]), ("Virkemiddel: ", m["tp"]), ("Eier: ", m["r"]),
                         ("Samarbeid: ", ", ".join(m["p"])), ("Varighet: ", m["per"])):
            bullet(doc, runs=[(lab, dict(bold=True)), (val, {})])
        p = para(doc, m["ds"], space_before=4)
        if m.get("fn"):
            fns.add(p, m["fn"])
    para(doc, "Dette rapporterer NAV ikke", style="Heading 1")
    para(doc, f["not_reported"].split(": ", 1)[1])
    fns.finish()
    doc.save(path)


# ------------------------------------------------------------------ YS 2026
def ys2026(f, path):
    doc = new_doc("Calibri", 11)
    header_footer(doc, "YS", "Yrkesorganisasjonenes Sentralforbund", "YS – rapport til Kompetansepolitisk råd 2026")
    para(doc, "YS' rapport til Kompetansepolitisk råd 2026", style="Title")
    for t in f["intro"]:
        para(doc, t)
    para(doc, "Tabell 1 YS' rapporterte tiltak 2019–2026", italic=True, size=9, space_after=2)
    t1 = doc.add_table(rows=1, cols=2)
    table_borders(t1, sz=4, color="A6A6A6")
    cell_text(t1.rows[0].cells[0], "År", bold=True, size=10)
    cell_text(t1.rows[0].cells[1], "Antall tiltak", bold=True, size=10)
    for y, n in f["year_counts"]:
        c = t1.add_row().cells
        cell_text(c[0], y, size=10)
        cell_text(c[1], n, size=10, align=WD_ALIGN_PARAGRAPH.RIGHT)
    col_widths(t1, [3.0, 3.0])
    compact_cells(t1, 0)
    para(doc, "Tiltak 2026", style="Heading 1")
    for m in f["measures"]:
        para(doc, m["t"], style="Heading 2")
        para(doc, m["ds"])
        para(doc, "Ansvar: %s – Med: %s – Periode: %s – Type: %s" % (m["r"], ", ".join(m["p"]), m["per"], m["tp"]),
             italic=True, size=9.5, color="404040")
    para(doc, "Tiltakene og delmålene", style="Heading 1")
    para(doc, "Tabell 2 Tiltakene og delmålene", italic=True, size=9, space_after=2)
    t2 = doc.add_table(rows=1, cols=2)
    table_borders(t2, sz=4, color="A6A6A6")
    cell_text(t2.rows[0].cells[0], "Tiltak", bold=True, size=10)
    cell_text(t2.rows[0].cells[1], "Delmål", bold=True, size=10)
    for m in f["measures"]:
        c = t2.add_row().cells
        cell_text(c[0], m["short"], size=10)
        cell_text(c[1], ", ".join(m["d"]), size=10)
    col_widths(t2, [6.0, 3.0])
    compact_cells(t2, 0)
    para(doc, f["contact"], space_before=12)
    doc.save(path)


RENDER = dict(spekter2022=spekter2022, hkdir2022=hkdir2022, nho2023=nho2023, nav2024=nav2024, ys2026=ys2026)
