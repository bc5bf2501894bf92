"""Word templates kept as .docx (part A): KD 2021, LO 2019, NHO 2020, Unio 2021, Akademikerne 2019."""
from docx.shared import Cm, Pt

from .catalog import AREAS, DELMAL_SHORT, join_no, old_numbers
from .docx_util import (cell_add_par, cell_text, header_footer, landscape, new_doc, para, repeat_header,
                        set_col_widths, shade)


def _area(r):
    return r.delmal[0].split(".")[0]


def tpl_kd_docx_areas(rep, out, workdir):
    doc = new_doc("Calibri", 10.5)
    header_footer(doc.sections[0], "Kunnskapsdepartementet", "Rapportering til Kompetansepolitisk råd 2021")
    doc.add_heading(rep.meta["title"], 0)
    para(doc, "Regjeringen har i 2020 og 2021 prioritert tiltak for omstilling og kompetanse i forbindelse med "
              "koronapandemien. Flere av tiltakene som ble rapportert i 2019, er videreført eller utvidet. Under følger "
              "en oversikt over tiltak under Kunnskapsdepartementets ansvarsområde, ordnet etter hovedinnsatsområde.")
    for a in ("1", "2", "3"):
        rows = [r for r in rep.rows if _area(r) == a]
        doc.add_heading("Hovedinnsatsområde %s – %s" % (a, AREAS[a]), 1)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for i, h in enumerate(["Tiltak", "Delmål", "Virkemiddel", "Ansvar og samarbeid", "Tidsrom"]):
            cell_text(t.rows[0].cells[i], h, bold=True, size=9.5)
            shade(t.rows[0].cells[i], "DEEAF6")
        repeat_header(t.rows[0])
        for r in rows:
            c = t.add_row().cells
            cell_text(c[0], r.title, bold=True, size=9.5)
            cell_add_par(c[0], r.desc, size=9.5)
            cell_text(c[1], join_no(r.delmal), size=9.5)
            cell_text(c[2], r.type_print, size=9.5)
            cell_text(c[3], "Ansvarlig: " + r.resp, size=9.5)
            if r.partners:
                cell_add_par(c[3], "Samarbeid: " + r.partners_print, size=9.5)
            cell_text(c[4], r.period, size=9.5)
        set_col_widths(t, [7.6, 1.6, 2.2, 3.6, 1.8])
        para(doc, "")
    para(doc, "Kunnskapsdepartementet, november 2021", italic=True)
    doc.save(out)


def tpl_lo_forms(rep, out, workdir):
    doc = new_doc("Arial", 10)
    header_footer(doc.sections[0], "LO – Landsorganisasjonen i Norge", None)
    doc.add_heading(rep.meta["title"], 1)
    para(doc, "Under følger LOs tiltak for 2019. Vi har brukt skjemaet fra sekretariatet, ett skjema per tiltak. "
              "Relasjonen til strategien er oppgitt med nummeret på tiltaket i strategien (tiltak nr. 1–16).")
    for i, r in enumerate(rep.rows, start=1):
        doc.add_heading("Tiltak %d" % i, 3)
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        fields = [("Navn på tiltak", r.title),
                  ("Relasjon til NKPS (tiltak nr.)", "Tiltak nr. " + old_numbers(r.delmal)),
                  ("Type tiltak", r.type_print),
                  ("Ansvarlig", r.resp),
                  ("Samarbeidspartnere", r.partners_print or "–"),
                  ("Tidsperiode", r.period),
                  ("Kort beskrivelse", r.desc)]
        for lab, val in fields:
            c = t.add_row().cells
            cell_text(c[0], lab, bold=True)
            cell_text(c[1], val)
        set_col_widths(t, [4.6, 11.8])
        para(doc, "")
    para(doc, "Kontakt: LOs avdeling for samfunnspolitikk og utdanning.")
    doc.save(out)


def tpl_nho_landscape_table(rep, out, workdir):
    doc = new_doc("Calibri", 10)
    sec = doc.sections[0]
    landscape(sec)
    sec.left_margin = sec.right_margin = Cm(1.6)
    header_footer(sec, "NHO – Næringslivets Hovedorganisasjon", "Rapportering NKPS 2020")
    doc.add_heading(rep.meta["title"], 1)
    para(doc, "NHO har også i 2020 bidratt til å følge opp Nasjonal kompetansepolitisk strategi. Koronapandemien har "
              "preget året, og flere av tiltakene er knyttet til krisepakkene. Tabellen viser tiltakene NHO har ansvar "
              "for eller deltar i.")
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for i, h in enumerate(["Nr.", "Tiltak", "Delmål", "Kategori", "Ansvar og samarbeid", "Tidsrom", "Omtale"]):
        cell_text(t.rows[0].cells[i], h, bold=True, size=9, color="FFFFFF")
        shade(t.rows[0].cells[i], "1F3864")
    repeat_header(t.rows[0])
    for i, r in enumerate(rep.rows, start=1):
        c = t.add_row().cells
        cell_text(c[0], "%d." % i, size=9)
        cell_text(c[1], r.title, bold=True, size=9)
        cell_text(c[2], join_no(r.delmal), size=9)
        cell_text(c[3], r.type_print, size=9)
        cell_text(c[4], r.resp + " (ansvarlig)", size=9)
        if r.partners:
            cell_add_par(c[4], "Med: " + r.partners_print, size=9)
        cell_text(c[5], r.period, size=9)
        cell_text(c[6], r.desc, size=9)
    set_col_widths(t, [1.0, 4.6, 1.7, 2.6, 4.2, 2.0, 10.3])
    para(doc, "")
    para(doc, "NHO, desember 2020")
    doc.save(out)


def tpl_unio_transposed(rep, out, workdir):
    doc = new_doc("Calibri", 10)
    sec = doc.sections[0]
    landscape(sec)
    header_footer(sec, "Unio – hovedorganisasjon for universitets- og høyskoleutdannede", None)
    doc.add_heading(rep.meta["title"], 1)
    para(doc, "Unio rapporterer i år i en samlet matrise. Hver kolonne er ett tiltak.")
    labels = ["Tiltak", "Delmål", "Type", "Ansvarlig", "Samarbeid", "Varighet", "Beskrivelse"]
    chunks = [rep.rows[:4], rep.rows[4:]]
    for k, chunk in enumerate(chunks, start=1):
        t = doc.add_table(rows=len(labels), cols=len(chunk) + 1)
        t.style = "Table Grid"
        for i, lab in enumerate(labels):
            cell_text(t.cell(i, 0), lab, bold=True, size=9.5)
            shade(t.cell(i, 0), "E2EFD9")
        for j, r in enumerate(chunk, start=1):
            vals = [r.title, "Delmål " + join_no(r.delmal), r.type_print, r.resp, r.partners_print or "–", r.period, r.desc]
            for i, v in enumerate(vals):
                cell_text(t.cell(i, j), v, bold=(i == 0), size=9.5)
        set_col_widths(t, [2.8] + [5.8] * len(chunk))
        para(doc, "")
        if k == 1:
            para(doc, "Matrisen fortsetter under.", italic=True)
    doc.save(out)


def tpl_akad_quoted(rep, out, workdir):
    doc = new_doc("Georgia", 10)
    header_footer(doc.sections[0], None, "Akademikerne – rapportering NKPS 2019")
    doc.add_heading(rep.meta["title"], 1)
    para(doc, "Akademikerne og medlemsforeningene har i 2019 arbeidet med flere tiltak som følger opp strategien. "
              "For hvert tiltak har vi angitt hvilket delmål i strategien tiltaket støtter.")
    for r in rep.rows:
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        dm = "; ".join("«%s»" % DELMAL_SHORT[c] for c in r.delmal)
        for lab, val in [("Tiltakets navn", r.title), ("Hvilket delmål i strategien tiltaket støtter", dm),
                         ("Kategori", r.type_print), ("Ansvar", r.resp), ("Samarbeid med", r.partners_print or "–"),
                         ("Tid", r.period), ("Om tiltaket", r.desc)]:
            c = t.add_row().cells
            cell_text(c[0], lab, bold=True, size=9.5)
            shade(c[0], "F2F2F2")
            cell_text(c[1], val, size=9.5)
        set_col_widths(t, [4.8, 11.6])
        para(doc, "")
    doc.save(out)
