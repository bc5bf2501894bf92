"""Templates written as Word and printed to PDF with LibreOffice (part B): Vestland 2021 (nynorsk), AID 2023."""
import os

from docx.shared import Cm, Pt

from .catalog import DELMAL, DELMAL_NN, DELMAL_SHORT, join_no
from .convert import docx_to_pdf
from .docx_util import cell_text, header_footer, new_doc, para, set_col_widths, shade


def tpl_vestland_forms_nn(rep, out, workdir):
    doc = new_doc("Calibri", 11)
    header_footer(doc.sections[0], "Vestland fylkeskommune", "Rapportering NKPS 2021")
    doc.add_heading(rep.meta["title"], 1)
    doc.add_heading("Innleiing", 2)
    para(doc, "Vestland fylkeskommune vart skipa 1. januar 2020 ved samanslåing av Hordaland og Sogn og Fjordane. "
              "Med regionreforma fekk fylkeskommunen eit større ansvar for kompetansepolitikken. Under følgjer eitt "
              "skjema for kvart tiltak.")
    for r in rep.rows:
        dm = " / ".join("%s %s" % (c, DELMAL_NN.get(c, DELMAL[c])) for c in r.delmal)
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for lab, val in [("Namn på tiltak", r.title), ("Delmål", dm), ("Type tiltak", r.type_print),
                         ("Ansvarleg", r.resp), ("Samarbeidspartnarar", r.partners_print or "–"),
                         ("Tidsrom", r.period), ("Skildring", r.desc)]:
            c = t.add_row().cells
            cell_text(c[0], lab, bold=True)
            shade(c[0], "EAF1DD")
            cell_text(c[1], val)
        set_col_widths(t, [4.4, 12.0])
        para(doc, "")
    para(doc, "Bergen, januar 2022")
    src = os.path.join(workdir, "vestland_2021.docx")
    doc.save(src)
    docx_to_pdf(src, out, workdir)


def tpl_aid_prose(rep, out, workdir):
    doc = new_doc("Liberation Serif", 11)
    header_footer(doc.sections[0], "Arbeids- og inkluderingsdepartementet", None)
    para(doc, rep.meta["title"], bold=True, size=16)
    doc.add_heading("1 Innledning", 1)
    para(doc, "Arbeids- og inkluderingsdepartementet (AID) fikk fra 1. januar 2022 ansvaret for integreringsfeltet. "
              "Departementet rapporterer her om tiltak innenfor arbeidsmarkeds- og integreringspolitikken som følger "
              "opp delmålene i Nasjonal kompetansepolitisk strategi. Tiltakene er ordnet etter delmål.")
    doc.add_heading("2 Tiltak", 1)
    groups = {}
    for r in rep.rows:
        groups.setdefault(r.delmal[0], []).append(r)
    for k, code in enumerate(sorted(groups), start=1):
        doc.add_heading("2.%d Delmål %s – %s" % (k, code, DELMAL_SHORT[code]), 2)
        for r in groups[code]:
            p = doc.add_paragraph()
            p.add_run(r.title + ".").bold = True
            p.add_run(" " + r.desc)
            t = doc.add_table(rows=2, cols=5)
            t.style = "Table Grid"
            for i, h in enumerate(["Delmål", "Type", "Ansvar", "Partnere", "Periode"]):
                cell_text(t.cell(0, i), h, bold=True, size=9)
                shade(t.cell(0, i), "DDD9C4")
            for i, v in enumerate([join_no(r.delmal), r.type_print, r.resp, r.partners_print or "–", r.period]):
                cell_text(t.cell(1, i), v, size=9)
            set_col_widths(t, [2.4, 2.6, 2.6, 5.6, 2.6])
            para(doc, "")
    doc.add_heading("3 Videre arbeid", 1)
    para(doc, "Departementet vil i 2024 følge opp kompetansetiltakene i NAV og integreringsfeltet i tett dialog med "
              "partene i arbeidslivet.")
    src = os.path.join(workdir, "aid_2023.docx")
    doc.save(src)
    docx_to_pdf(src, out, workdir)
