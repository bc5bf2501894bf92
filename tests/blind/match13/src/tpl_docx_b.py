"""Word templates kept as .docx (part B): Virke 2021, VOFO 2019, Trøndelag 2022, Innlandet 2020."""
from docx.shared import Cm, Pt

from .catalog import AREAS, DELMAL, DELMAL_SHORT, join_no
from .docx_util import (cell_add_par, cell_text, header_footer, hrule, label_par, landscape, new_doc, para,
                        repeat_header, set_col_widths, shade)


def tpl_virke_bullets(rep, out, workdir):
    doc = new_doc("Calibri", 11)
    header_footer(doc.sections[0], "Virke", "Virkes rapportering 2021")
    doc.add_heading(rep.meta["title"], 0)
    para(doc, "Virke organiserer over 25 000 virksomheter innen handel, tjenesteyting og ideell sektor. Rapporten følger "
              "strukturen i strategien: hovedinnsatsområder og delmål. Under hvert delmål står Virkes tiltak.")
    by_code = {}
    for r in rep.rows:
        by_code.setdefault(r.delmal[0], []).append(r)
    last_area = None
    for code in sorted(by_code):
        a = code.split(".")[0]
        if a != last_area:
            doc.add_heading("%s %s" % (a, AREAS[a]), 1)
            last_area = a
        doc.add_heading("%s %s" % (code, DELMAL[code].rstrip(".")), 2)
        for r in by_code[code]:
            p = doc.add_paragraph(style="List Bullet")
            p.add_run(r.title).bold = True
            bits = ["Ansvar: " + r.resp]
            if r.partners:
                bits.append("Partnere: " + r.partners_print)
            bits.append("Periode: " + r.period)
            bits.append("Type: " + r.type_print)
            if len(r.delmal) > 1:
                bits.append("også delmål " + join_no(r.delmal[1:]))
            p.add_run(" – " + r.desc + " (" + "; ".join(bits) + ")")
    para(doc, "")
    para(doc, "Oslo, desember 2021")
    doc.save(out)


def tpl_vofo_delmal_tables(rep, out, workdir):
    doc = new_doc("Cambria", 10)
    sec = doc.sections[0]
    landscape(sec)
    header_footer(sec, "VOFO – Voksenopplæringsforbundet", None)
    doc.add_heading(rep.meta["title"], 1)
    para(doc, "VOFO rapporterer på de delmålene der studieforbundene og frivilligheten bidrar. Én tabell per delmål.")
    by_code = {}
    for r in rep.rows:
        by_code.setdefault(r.delmal[0], []).append(r)
    head = ["Tiltak", "Beskrivelse", "Type", "Ansvarlig", "Samarbeid", "Tidsrom"]
    for code in sorted(by_code):
        t = doc.add_table(rows=2, cols=6)
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, 5))
        cell_text(top, "Delmål %s – %s" % (code, DELMAL[code]), bold=True)
        shade(top, "FCE4D6")
        for i, h in enumerate(head):
            cell_text(t.cell(1, i), h, bold=True, size=9.5)
        for r in by_code[code]:
            c = t.add_row().cells
            for i, v in enumerate([r.title, r.desc, r.type_print, r.resp, r.partners_print or "", r.period]):
                cell_text(c[i], v, size=9.5)
        set_col_widths(t, [4.2, 9.2, 2.6, 2.8, 3.6, 2.2])
        para(doc, "")
    para(doc, "VOFO, januar 2020")
    doc.save(out)


def tpl_trondelag_cell(rep, out, workdir):
    doc = new_doc("Calibri", 10)
    sec = doc.sections[0]
    landscape(sec)
    header_footer(sec, "Trøndelag fylkeskommune", "Rapportering NKPS 2022")
    doc.add_heading(rep.meta["title"], 1)
    para(doc, "Trøndelag fylkeskommune har et regionalt ansvar for kompetansepolitikken. I tabellen står tittel og en kort "
              "omtale av hvert tiltak i første kolonne.")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["Tiltak (tittel og kort omtale)", "Delmål", "Type", "Ansvarlig", "Samarbeidspartnere", "Periode"]):
        cell_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9D9D9")
    repeat_header(t.rows[0])
    for r in rep.rows:
        c = t.add_row().cells
        cell_text(c[0], r.title, bold=True)
        cell_add_par(c[0], r.desc)
        cell_text(c[1], ", ".join(r.delmal))
        cell_text(c[2], r.type_print)
        cell_text(c[3], r.resp)
        cell_text(c[4], r.partners_print)
        cell_text(c[5], r.period)
    set_col_widths(t, [10.5, 1.7, 2.2, 3.4, 4.8, 2.2])
    doc.save(out)


def tpl_innlandet_labels(rep, out, workdir):
    doc = new_doc("Calibri", 11)
    header_footer(doc.sections[0], "Innlandet fylkeskommune", None)
    doc.add_heading(rep.meta["title"], 1)
    para(doc, "Innlandet fylkeskommune er nytt medlem av rapporteringen fra 2020. Under følger tiltakene våre, "
              "sortert etter hovedinnsatsområde.")
    by_area = {}
    for r in rep.rows:
        by_area.setdefault(r.delmal[0].split(".")[0], []).append(r)
    for a in sorted(by_area):
        doc.add_heading("%s (hovedinnsatsområde %s)" % (AREAS[a], a), 2)
        for r in by_area[a]:
            label_par(doc, "Tiltak:", r.title)
            label_par(doc, "Delmål:", join_no(r.delmal))
            label_par(doc, "Hva slags tiltak:", r.type_print)
            label_par(doc, "Ansvar:", r.resp)
            label_par(doc, "Partnere:", r.partners_print or "–")
            label_par(doc, "Når:", r.period)
            label_par(doc, "Beskrivelse:", r.desc)
            hrule(doc)
    para(doc, "Hamar, februar 2021")
    doc.save(out)
