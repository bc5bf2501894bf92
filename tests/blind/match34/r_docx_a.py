# -*- coding: utf-8 -*-
"""Word renderers 1: LO 2017, Regjeringen 2018, KS 2019, Møre og Romsdal 2019, Akademikerne 2020, Unio 2021."""
from r_docx_common import *  # noqa: F401,F403
from r_docx_common import (new_doc, para, run, shade, table_borders, no_borders, repeat_header, col_widths,
                           cell_text, cell_add, compact_cells, header_footer, bullet, cell_bottom_border,
                           page_break)


def _split_desc(ds):
    """Split a description into two paragraphs before its last sentence."""
    i = ds.rstrip(".").rfind(". ")
    return ds[:i + 1], ds[i + 2:]


# ------------------------------------------------------------------ LO 2017
def lo2017(f, path):
    doc = new_doc("Calibri", 11)
    header_footer(doc, "LO", "Landsorganisasjonen i Norge", "Youngs gate 11, 0181 Oslo · www.lo.no")
    para(doc, "Rapportering til Kompetansepolitisk råd 2017", style="Title")
    para(doc, "Oslo, 15. desember 2017", align=WD_ALIGN_PARAGRAPH.RIGHT, italic=True)
    para(doc, "Innledning", style="Heading 1")
    for t in f["intro"]:
        para(doc, t)
    para(doc, "LOs tiltak i 2017", style="Heading 1")
    for m in f["measures"]:
        para(doc, "%s [%s]" % (m["t"], m["dm"]), style="Heading 2")
        tb = doc.add_table(rows=4, cols=2)
        no_borders(tb)
        vals = [("Hvem har ansvaret", m["r"]), ("Hvem er med", ", ".join(m["p"])), ("Form", m["tp"]),
                ("Når", m["per"])]
        for i, (lab, val) in enumerate(vals):
            cell_text(tb.rows[i].cells[0], lab, bold=True, size=10)
            cell_text(tb.rows[i].cells[1], val, size=10)
        col_widths(tb, [4.0, 12.0])
        compact_cells(tb, 1)
        if m.get("paras") == 2:
            a, b = _split_desc(m["ds"])
            para(doc, a, space_before=6)
            para(doc, b)
        else:
            para(doc, m["ds"], space_before=6)
    para(doc, "Møter og arenaer i 2017", style="Heading 1")
    para(doc, "LO har i 2017 deltatt i disse møtene knyttet til strategien:")
    for t in f["meetings"]:
        bullet(doc, t)
    para(doc, "Planlagt for 2018", style="Heading 1")
    para(doc, f["planned"])
    para(doc, "Med vennlig hilsen", space_before=12)
    para(doc, "Landsorganisasjonen i Norge")
    para(doc, "Avdeling for samfunnspolitikk", italic=True)
    doc.save(path)


# ------------------------------------------------------------------ Regjeringen 2018
def regj2018(f, path):
    doc = new_doc("Times New Roman", 11, margins_cm=2.0)
    header_footer(doc, None, None, "Kunnskapsdepartementet – notat 10.12.2018")
    para(doc, "NOTAT", bold=True, size=20, space_after=6)
    g = doc.add_table(rows=len(f["header"]), cols=2)
    table_borders(g, sz=4, color="A6A6A6")
    for i, (k, v) in enumerate(f["header"]):
        cell_text(g.rows[i].cells[0], k, bold=True, size=10)
        cell_text(g.rows[i].cells[1], v, size=10)
    col_widths(g, [3.0, 14.0])
    compact_cells(g)
    para(doc, "1 Bakgrunn", style="Heading 1")
    for t in f["intro"]:
        para(doc, t)
    para(doc, "2 Regjeringens tiltak", style="Heading 1")
    hdr = ["Tiltak", "Delmål", "Virkemiddel", "Samarbeid", "Tidsrom", "Status 2018"]
    tb = doc.add_table(rows=1, cols=6)
    table_borders(tb, sz=4, color="808080")
    for i, h in enumerate(hdr):
        cell_text(tb.rows[0].cells[i], h, bold=True, size=9)
        shade(tb.rows[0].cells[i], "BFBFBF")
    repeat_header(tb.rows[0])
    ms = f["measures"]
    for dept, idx in f["dept_groups"]:
        row = tb.add_row()
        c = row.cells[0].merge(row.cells[5])
        cell_text(c, dept, bold=True, size=9)
        shade(c, "DEEAF6")
        for i in idx:
            m = ms[i]
            r = tb.add_row().cells
            cell_text(r[0], m["t"], size=9)
            cell_text(r[1], m["dm"], size=9)
            cell_text(r[2], m["tp"], size=9)
            cell_text(r[3], ", ".join(m["p"]), size=9)
            cell_text(r[4], m["per"], size=9)
            cell_text(r[5], m["ds"], size=9)
    col_widths(tb, [3.6, 1.5, 2.2, 3.0, 1.9, 4.8])
    compact_cells(tb, 2)
    para(doc, "3 Videre arbeid", style="Heading 1")
    for t in f["closing"]:
        para(doc, t)
    doc.save(path)


# ------------------------------------------------------------------ KS 2019
def ks2019(f, path):
    doc = new_doc("Arial", 10, landscape=True, margins_cm=1.8)
    header_footer(doc, None, None, "Mal for rapportering – Kompetansepolitisk råd")
    para(doc, "Rapportering til Kompetansepolitisk råd 2019", bold=True, size=16, space_after=4)
    p = para(doc)
    run(p, "Medlem: ", bold=True)
    run(p, "KS")
    para(doc, f["contact"])
    para(doc, f["template_note"], italic=True, color="7F7F7F", size=9)
    hdr = ["Navn på tiltak", "Relasjon til delmål", "Type tiltak", "Ansvarlig", "Samarbeidspartnere",
           "Tidspunkt og varighet", "Kort beskrivelse"]
    tb = doc.add_table(rows=2, cols=7)
    table_borders(tb, sz=4, color="000000")
    for i, h in enumerate(hdr):
        cell_text(tb.rows[0].cells[i], h, bold=True, size=9)
        shade(tb.rows[0].cells[i], "D9D9D9")
        cell_text(tb.rows[1].cells[i], f["instruction_row"][i], italic=True, size=8, color="808080")
    repeat_header(tb.rows[0])
    ms = f["measures"]
    a, b = f["pair"]
    order = []
    for i in range(len(ms)):
        if i == a:
            order.append((a, b))
        elif i == b:
            continue
        else:
            order.append((i,))
    for item in order:
        r = tb.add_row().cells
        if len(item) == 1:
            m = ms[item[0]]
            cell_text(r[0], m["t"], size=9)
            cell_text(r[1], m["dm"], size=9)
            cell_text(r[2], m["tp"], size=9)
            cell_text(r[3], m["r"], size=9)
            cell_text(r[4], ", ".join(m["p"]), size=9)
            cell_text(r[5], m["per"], size=9)
            cell_text(r[6], m["ds"], size=9)
        else:
            m1, m2 = ms[item[0]], ms[item[1]]
            assert m1["r"] == m2["r"]
            cell_text(r[0], "1) %s\n2) %s" % (m1["t"], m2["t"]), size=9)
            cell_text(r[1], "1) %s\n2) %s" % (m1["dm"], m2["dm"]), size=9)
            cell_text(r[2], "1) %s\n2) %s" % (m1["tp"], m2["tp"]), size=9)
            cell_text(r[3], m1["r"], size=9)
            cell_text(r[4], "1) %s\n2) %s" % (", ".join(m1["p"]), ", ".join(m2["p"])), size=9)
            cell_text(r[5], "1) %s\n2) %s" % (m1["per"], m2["per"]), size=9)
            cell_text(r[6], "1) %s\n2) %s" % (m1["ds"], m2["ds"]), size=9)
    for _ in range(3):
        tb.add_row()
    col_widths(tb, [4.0, 2.4, 2.6, 2.0, 4.0, 2.6, 8.4])
    compact_cells(tb, 2)
    para(doc, "")
    para(doc, "Skjemaet sendes til Kompetanse Norge innen 15. desember.", italic=True, color="7F7F7F", size=9)
    doc.save(path)


# ------------------------------------------------------------------ Møre og Romsdal 2019 (nn)
def mr2019(f, path):
    doc = new_doc("Calibri", 10.5, landscape=True, margins_cm=1.8)
    header_footer(doc, "Møre og Romsdal fylkeskommune", "Handlingsplan 2019 – kompetanse",
                  "Regional kompetansestrategi for Møre og Romsdal", page_prefix="Side ")
    para(doc, "Handlingsplan 2019 – Regional kompetansestrategi for Møre og Romsdal", style="Heading 1")
    para(doc, "Utdrag: tiltak som følgjer opp Nasjonal kompetansepolitisk strategi (NKPS)", italic=True)
    for t in f["intro"]:
        para(doc, t)
    hdr = ["Regionalt mål", "Tiltak", "Kva skal gjerast", "NKPS", "Tiltakstype", "Ansvarleg", "Partnarar",
           "Tidsrom"]
    tb = doc.add_table(rows=1, cols=8)
    table_borders(tb, sz=4, color="7F7F7F")
    for i, h in enumerate(hdr):
        cell_text(tb.rows[0].cells[i], h, bold=True, size=9, color="FFFFFF")
        shade(tb.rows[0].cells[i], "1F4E79")
    repeat_header(tb.rows[0])
    ms = f["measures"]
    for gi, (goal, idx) in enumerate(f["goals"]):
        if gi:
            tb.add_row()  # empty row between groups
        first_row = None
        rows = []
        for i in idx:
            m = ms[i]
            r = tb.add_row()
            rows.append(r)
            c = r.cells
            cell_text(c[1], m["t"], bold=True, size=9)
            cell_text(c[2], m["ds"], size=9)
            cell_text(c[3], m["dm"], size=9)
            cell_text(c[4], m["tp"], size=9)
            cell_text(c[5], m["r"], size=9)
            cell_text(c[6], ", ".join(m["p"]), size=9)
            cell_text(c[7], m["per"], size=9)
        top = rows[0].cells[0]
        if len(rows) > 1:
            top = top.merge(rows[-1].cells[0])
        cell_text(top, goal, italic=True, size=9)
        shade(top, "DDEBF7")
    last = tb.add_row()
    c = last.cells[0].merge(last.cells[7])
    cell_text(c, "Tal på tiltak: %d" % len(ms), bold=True, size=9)
    col_widths(tb, [3.0, 3.8, 6.4, 1.5, 2.0, 2.8, 3.6, 1.9])
    compact_cells(tb, 2)
    para(doc, "")
    para(doc, f["closing"])
    doc.save(path)


# ------------------------------------------------------------------ Akademikerne 2020
def akad2020(f, path):
    doc = new_doc("Calibri", 11, landscape=True, margins_cm=2.0)
    para(doc, "Akademikerne – tiltak 2020 (NKPS)", bold=True, size=14, space_after=2)
    para(doc, "Notat til Kompetansepolitisk råd, 30.11.2020", italic=True, color="595959")
    para(doc, f["intro"])
    hdr = ["ID", "Tiltak", "NKPS-delmål", "Type", "Ansvarlig", "Med", "Start", "Slutt", "Kommentar"]
    tb = doc.add_table(rows=1, cols=9)
    table_borders(tb, sz=2, color="D4D4D4")
    for i, h in enumerate(hdr):
        cell_text(tb.rows[0].cells[i], h, bold=True, size=8.5,
                  align=WD_ALIGN_PARAGRAPH.RIGHT if h in ("Start", "Slutt") else None)
        cell_bottom_border(tb.rows[0].cells[i])
    for m in f["measures"]:
        c = tb.add_row().cells
        vals = [m["rid"], m["t"], m["dm"], m["tp"], m["r"], ", ".join(m["p"]), m["start"], m["slutt"], m["ds"]]
        for i, v in enumerate(vals):
            cell_text(c[i], v, size=8.5, align=WD_ALIGN_PARAGRAPH.RIGHT if i in (6, 7) else None)
    col_widths(tb, [1.6, 4.4, 1.8, 1.9, 2.1, 3.6, 1.1, 1.1, 8.0])
    compact_cells(tb, 0)
    para(doc, "")
    para(doc, "Møter Akademikerne har deltatt i 2020:", bold=True)
    for t in f["meetings"]:
        bullet(doc, t)
    para(doc, "Akademikerne, sekretariatet", italic=True, space_before=10)
    doc.save(path)


# ------------------------------------------------------------------ Unio 2021
def unio2021(f, path):
    doc = new_doc("Calibri", 11)
    header_footer(doc, "Unio", "Rapport til Kompetansepolitisk råd 2021", None)
    para(doc, "Unios rapport til Kompetansepolitisk råd 2021", style="Title")
    for t in f["intro"]:
        para(doc, t)
    para(doc, "Unios tiltak", style="Heading 1")
    ms = f["measures"]
    for words, idx in f["groups"]:
        para(doc, words, style="Heading 2")
        for i in idx:
            m = ms[i]
            para(doc, m["t"], bold=True, space_before=6, space_after=2)
            bullet(doc, runs=[("Hva: ", dict(bold=True)), (m["ds"], {})])
            bullet(doc, runs=[("Hvem: ", dict(bold=True)), (m["who"], {})])
            bullet(doc, runs=[("Når: ", dict(bold=True)), (m["per"], {})])
            bullet(doc, runs=[("Form: ", dict(bold=True)), (m["tp"], {})])
            if m.get("also"):
                bullet(doc, runs=[("Gjelder også: ", dict(bold=True)), (m["also"], {})])
    para(doc, "Under planlegging", style="Heading 1")
    for t in f["planned"]:
        bullet(doc, t)
    para(doc, "Møter Unio har deltatt i", style="Heading 1")
    for t in f["meetings"]:
        bullet(doc, t)
    doc.save(path)


RENDER = dict(lo2017=lo2017, regj2018=regj2018, ks2019=ks2019, mr2019=mr2019, akad2020=akad2020,
              unio2021=unio2021)
