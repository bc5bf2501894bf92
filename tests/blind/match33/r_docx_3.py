# -*- coding: utf-8 -*-
"""Word renderers: Regjeringen 2024 (nn), Nordland 2025, Akademikerne 2026."""
from docx.shared import Pt

from r_docx_common import (new_doc, run, para, cell_text, shade, borders, repeat_header, col_widths,
                           header_footer, page_x_of_y, bullet, RIGHT, CENTER)
from batch_common import AREAS_NN, CODES


def _pj(p):
    return ", ".join(p)


# ---------------------------------------------------------------- Regjeringen 2024 (nynorsk)
def regjeringen_2024(f, path):
    doc = new_doc(font="Calibri", size=11, heading_color="002E5F")
    header_footer(doc, "Regjeringa · Oppfølging av NKPS 2024", footer_left="Kunnskapsdepartementet")
    para(doc, "Oppfølging av Nasjonal kompetansepolitisk strategi – rapport frå regjeringa 2024", style="Title")
    para(doc, "Kunnskapsdepartementet, oktober 2024", color="555555", after=10)
    para(doc, "Innleiing", style="Heading 1")
    para(doc, "Rapporten følgjer delmåla i strategien. Under kvart delmål står dei tiltaka departementa har "
              "ansvaret for. Tiltak som høyrer til fleire delmål, er omtalte under det første delmålet, med ei "
              "tilvising under dei andre.")
    primary = {}
    stubs = {}
    for m in f["measures"]:
        primary.setdefault(m["d"][0], []).append(m)
        for c in m["d"][1:]:
            stubs.setdefault(c, []).append(m)
    area = None
    for code in CODES:
        if code[0] != area:
            area = code[0]
            para(doc, "Hovudinnsatsområde %s: %s" % (area, AREAS_NN[area]), style="Heading 1")
        para(doc, "Delmål " + code, style="Heading 2")
        ms, st = primary.get(code, []), stubs.get(code, [])
        if not ms and not st:
            para(doc, "Ingen nye tiltak i 2024.", italic=True, color="666666")
        for m in ms:
            para(doc, m["t"], style="Heading 3")
            fact = "Ansvarleg: %s. Samarbeid: %s. Tidsrom: %s. Type: %s." % (m["r"], _pj(m["p"]), m["per"], m["tp"])
            para(doc, fact, size=10, color="404040", after=2)
            para(doc, m["ds"], after=8)
        for m in st:
            para(doc, "%s – sjå omtale under delmål %s." % (m["t"], m["d"][0]), italic=True, after=6)
    para(doc, "Samla talet på tiltak: %d" % len(f["measures"]), bold=True, before=12)
    doc.save(path)


# ---------------------------------------------------------------- Nordland 2025
AREAS_NL = [("1", "Kompetanse for omstilling og regional utvikling"),
            ("2", "Karriereveiledning og livslang læring"),
            ("3", "Utdanningstilbud i hele fylket")]
ADMIN = dict(no="1.3", t="Administrasjon og evaluering av handlingsprogrammet",
             ds="Sekretariat, rapportering og evaluering.", tp="Gjennom intern drift", r="Nordland fylkeskommune",
             p=[], per="2025–2026", amount="300", dm="Ikke NKPS-tiltak")


def nordland_2025(f, path):
    doc = new_doc(font="Calibri", size=10.5, landscape=True, margins_cm=1.8, heading_color="004B87")
    header_footer(doc, "Nordland fylkeskommune · Handlingsprogram for kompetanse 2025–2026",
                  footer_left="Utdrag til Kompetansepolitisk råd")
    para(doc, "Handlingsprogram for kompetanse 2025–2026", style="Title")
    para(doc, "Nordland fylkeskommune – utdrag til rapportering til Kompetansepolitisk råd", color="555555",
         after=8)
    para(doc, "Handlingsprogrammet følger opp den regionale kompetanseplanen. Tabellene viser tiltakene med "
              "fylkeskommunens egne numre. Kolonnen «Kobling til NKPS» viser hvilket delmål i Nasjonal "
              "kompetansepolitisk strategi tiltaket følger opp. Beløp er i hele tusen kroner.", after=6)
    heads = ["Nr.", "Tiltak", "Hvordan", "Ansvar", "Samarbeid", "Tidsrom", "Kr (1000)", "Kobling til NKPS"]
    rows = [dict(m) for m in f["measures"]] + [ADMIN]
    for a, name in AREAS_NL:
        para(doc, "Satsingsområde %s: %s" % (a, name), style="Heading 2")
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for i, h in enumerate(heads):
            cell_text(t.rows[0].cells[i], h, bold=True, size=9.5, color="FFFFFF")
            shade(t.rows[0].cells[i], "004B87")
        total = 0
        for m in sorted([r for r in rows if r["no"].split(".")[0] == a], key=lambda r: r["no"]):
            c = t.add_row().cells
            cell_text(c[0], m["no"], size=9.5)
            cell_text(c[1], m["t"], bold=True, size=9.5)
            p = c[1].add_paragraph()
            run(p, m["ds"], size=9.5)
            cell_text(c[2], m["tp"], size=9.5)
            cell_text(c[3], m["r"], size=9.5)
            cell_text(c[4], _pj(m["p"]) if m["p"] else "–", size=9.5)
            cell_text(c[5], m["per"], size=9.5)
            cell_text(c[6], m["amount"], size=9.5, align=RIGHT)
            cell_text(c[7], m["dm"], size=9.5, italic=(m is ADMIN))
            total += int(m["amount"].replace(" ", ""))
        c = t.add_row().cells
        cell_text(c[1], "Sum", bold=True, size=9.5)
        cell_text(c[6], "{:,}".format(total).replace(",", " "), bold=True, size=9.5, align=RIGHT)
        for cc in c:
            shade(cc, "E8EEF5")
        col_widths(t, [1.1, 7.2, 2.6, 2.6, 4.2, 2.0, 1.7, 4.6])
        para(doc, "", after=4)
    doc.save(path)


# ---------------------------------------------------------------- Akademikerne 2026
def akademikerne_2026(f, path):
    doc = new_doc(font="Calibri", size=11, margins_cm=2.0)
    header_footer(doc, "Akademikerne", footer_left="Akademikerne · tiltak 2026", of_total=False)
    para(doc, "Akademikernes tiltak 2026 – rapportering til Kompetansepolitisk råd", bold=True, size=14, after=6)
    para(doc, "Tabellen under er limt inn fra vår tiltaksoversikt i Excel. Spørsmål kan rettes til sekretariatet.",
         after=6)
    heads = ["Tiltak", "Delmål", "Kategori", "Eier", "Partnere", "År", "Kommentar"]
    t = doc.add_table(rows=1, cols=len(heads))
    borders(t, sz=4, color="A9D08E")
    for i, h in enumerate(heads):
        cell_text(t.rows[0].cells[i], h, bold=True, size=9, color="FFFFFF")
        shade(t.rows[0].cells[i], "70AD47")
    band = False
    for i, m in enumerate(f["measures"]):
        if i == 4:
            c = t.add_row().cells
            for cc in c:
                cell_text(cc, "", size=9)
                shade(cc, "E2EFDA" if band else "FFFFFF")
            band = not band
        c = t.add_row().cells
        vals = [m["t"], m["dm"], m["tp"], m["r"], _pj(m["p"]), m["per"], m["ds"]]
        for j, v in enumerate(vals):
            num = j == 5 and v.isdigit()
            cell_text(c[j], v, size=9, align=RIGHT if num else None)
            shade(c[j], "E2EFDA" if band else "FFFFFF")
        band = not band
    c = t.add_row().cells
    cell_text(c[0], "Totalt", bold=True, size=9)
    cell_text(c[6], str(len(f["measures"])), bold=True, size=9, align=RIGHT)
    col_widths(t, [4.0, 1.4, 1.9, 2.2, 2.8, 1.7, 4.0])
    para(doc, "", after=6)
    para(doc, "Møter vi har deltatt i", bold=True, after=2)
    for s in ["Kompetansepolitisk råd, 12. mars 2026", "KBU-seminar om ny hovedrapport, 4. juni 2026",
              "Arendalsuka: debatt om KI og kompetanse, 18. august 2026"]:
        bullet(doc, s)
    doc.save(path)
