# -*- coding: utf-8 -*-
"""Word renderers, part 2: Akademikerne 2021, Regjeringen 2022 (nn), NHO 2023, Vestland 2024 (nn), HK-dir 2025."""
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docxkit import (new_doc, para, run, cell_text, cell_add_para, shade, table_borders, col_widths, repeat_header,
                     header_text, footer_page, vmerge, page_break, core)
from common import OLDNR, DM_NB, DM_NN, AREA_NN, og


def _no_borders(t):
    table_borders(t, sz=0, color="FFFFFF", inside=False, outside=False)


# 14 --------------------------------------------------------------- Akademikerne 2021
def akad2021(f, path):
    doc = new_doc("Calibri", 11)
    sec = doc.sections[0]
    header_text(sec, "Akademikerne", "Rapportering NKPS 2021")
    footer_page(sec)
    core(doc, "Akademikerne NKPS 2021", "Akademikerne")
    doc.add_heading("Akademikernes rapportering til Kompetansepolitisk råd 2021", level=1)
    para(doc, "Akademikerne følger opp strategien gjennom egne tiltak, gjennom medlemsforeningene og gjennom "
              "representasjon i råd og utvalg. Tiltakene er listet nedenfor.")
    for r in f["rows"]:
        p = doc.add_paragraph(style="List Bullet")
        run(p, r["title"], bold=True)
        if r["id"] == "T26":
            run(p, "1", superscript=True)
        run(p, " – " + r["desc"])
        for a, v in (("Delmål", "; ".join(f"{c} ({DM_NB[c]})" for c in r["delmal"])), ("Type", r["tp"]), ("Eier", r["resp"]),
                     ("Partnere", ", ".join(r["partners"])), ("Tid", r["period"])):
            q = doc.add_paragraph(style="List Bullet 2")
            run(q, f"{a}: {v}", size=10)
    doc.add_heading("Representasjon (rapporteres ikke som egne tiltak)", level=2)
    for x in ("Styret i Lånekassen", "Nasjonalt fagskoleråd (vararepresentant)", "Referansegruppe for Studiebarometeret",
              "Programstyret for Forskningsrådets program for utdanningsforskning"):
        doc.add_paragraph(x, style="List Bullet")
    para(doc, "")
    p = para(doc, "", size=9)
    run(p, "1", superscript=True, size=9)
    run(p, " Gjelder både Akademikerne sentralt og medlemsforeningene Tekna og Samfunnsøkonomene.", size=9)
    doc.save(path)


# 15 --------------------------------------------------------------- Regjeringen 2022 nynorsk
DEPT_NN = {"KD": "Kunnskapsdepartementet", "HOD": "Helse- og omsorgsdepartementet"}


def reg2022(f, path):
    doc = new_doc("Times New Roman", 11.5)
    sec = doc.sections[0]
    header_text(sec, "Kunnskapsdepartementet", "Notat")
    footer_page(sec, before="Side ", with_total=True, cached_total="3")
    core(doc, "Oppfølging av NKPS 2022", "KD")
    t = doc.add_table(rows=4, cols=2)
    _no_borders(t)
    for i, (a, v) in enumerate((("Til:", "Kompetansepolitisk råd"), ("Frå:", "Kunnskapsdepartementet"), ("Dato:", "30.11.2022"),
                                ("Sak:", "Regjeringa sine tiltak for å følgje opp Nasjonal kompetansepolitisk strategi"))):
        cell_text(t.cell(i, 0), a, bold=True)
        cell_text(t.cell(i, 1), v)
    col_widths(t, [2.5, 13.5])
    doc.add_heading("Oppfølging av NKPS – regjeringa sine tiltak 2022", level=1)
    para(doc, "Notatet viser tiltaka frå departementa. Kvart departement har ansvaret for tiltaka under sin overskrift. "
              "Etter kvar tabell følgjer ein kort omtale av tiltaka.")
    new_ids = {"T05", "T06", "T08", "T13", "T17"}
    for dep in ("KD", "HOD"):
        rows = [r for r in f["rows"] if r["resp"] == dep]
        doc.add_heading(DEPT_NN[dep], level=2)
        tab = doc.add_table(rows=len(rows) + 1, cols=5)
        tab.style = doc.styles["Table Grid"]
        for j, c in enumerate(("Tiltak", "Delmål", "Kva slags tiltak", "Samarbeid med", "Periode")):
            cell_text(tab.cell(0, j), c, bold=True, size=10)
            shade(tab.cell(0, j), "E2E2E2")
        repeat_header(tab.rows[0])
        for i, r in enumerate(rows, start=1):
            cell_text(tab.cell(i, 0), r["title"] + (" *" if r["id"] in new_ids else ""), size=10)
            for j, v in enumerate((", ".join(r["delmal"]), r["tp"], ", ".join(r["partners"]), r["period"]), start=1):
                cell_text(tab.cell(i, j), v, size=10)
        col_widths(tab, [5.5, 1.8, 2.6, 4.5, 2.0])
        para(doc, "* Nytt tiltak i 2022.", size=9, italic=True)
        para(doc, "Omtale", bold=True, space_before=6)
        for r in rows:
            p = para(doc, "")
            run(p, r["title"] + ". ", bold=True)
            run(p, r["desc"])
    doc.add_heading("Tal på tiltak", level=2)
    ct = doc.add_table(rows=4, cols=2)
    ct.style = doc.styles["Table Grid"]
    n_kd = sum(1 for r in f["rows"] if r["resp"] == "KD")
    for i, (a, v) in enumerate((("Departement", "Tal på tiltak"), ("KD", str(n_kd)), ("HOD", str(len(f["rows"]) - n_kd)),
                                ("I alt", str(len(f["rows"]))))):
        cell_text(ct.cell(i, 0), a, bold=(i in (0, 3)))
        cell_text(ct.cell(i, 1), v, bold=(i in (0, 3)))
    doc.save(path)


# 17 --------------------------------------------------------------- NHO 2023
def nho2023(f, path):
    doc = new_doc("Calibri", 10, landscape=True, margin_cm=1.6)
    sec = doc.sections[0]
    header_text(sec, "NHO", "Kompetansepolitisk råd – rapport 2023")
    footer_page(sec)
    core(doc, "NHO rapport 2023", "NHO")
    doc.add_heading("NHOs tiltak 2023", level=1)
    para(doc, "Tabellen viser tiltak NHO eier eller deltar i. Status viser om tiltaket er nytt eller videreført fra tidligere "
              "rapportering. Der KD eier tiltaket, er eier-cellen slått sammen.")
    status = {"T02": "Videreført", "N1": "Videreført", "N2": "Videreført"}
    rows = sorted(f["rows"], key=lambda r: (r["resp"] != "KD", r["id"]))
    rows = [r for r in rows if r["resp"] == "KD"] + [r for r in f["rows"] if r["resp"] != "KD"]
    cols = ["#", "Tiltak", "Beskrivelse", "Delmål", "Type", "Eier", "Partnere", "Status", "Periode"]
    planned = ["Kompetanseportal for små bedrifter", "Bransjenettverk for grønn omstilling"]
    n = len(rows) + 2 + 1 + len(planned)
    t = doc.add_table(rows=n, cols=len(cols))
    t.style = doc.styles["Table Grid"]
    for j, c in enumerate(cols):
        cell_text(t.cell(0, j), c, bold=True, size=9)
        shade(t.cell(0, j), "BDD7EE")
    repeat_header(t.rows[0])
    i = 1
    kd_rows = []
    for k, r in enumerate(rows, start=1):
        vals = [str(k), r["title"], r["desc"], ", ".join(r["delmal"]), r["tp"], r["resp"], ", ".join(r["partners"]),
                status.get(r["id"], "Nytt"), r["period"]]
        for j, v in enumerate(vals):
            cell_text(t.cell(i, j), v, size=9)
        if r["resp"] == "KD":
            kd_rows.append(i)
        i += 1
        if k == 4:
            i += 1  # empty row
    m = vmerge(t, 5, kd_rows[0], kd_rows[-1])
    for extra_p in m.paragraphs[1:]:
        extra_p._p.getparent().remove(extra_p._p)
    cell_text(m, "KD", size=9)
    sec_row = t.rows[i]
    a = sec_row.cells[0].merge(sec_row.cells[-1])
    cell_text(a, "Planlagt, ikke startet", bold=True, size=9)
    shade(a, "D9D9D9")
    i += 1
    for x in planned:
        cell_text(t.cell(i, 0), "–", size=9)
        cell_text(t.cell(i, 1), x, size=9, italic=True)
        cell_text(t.cell(i, 7), "Planlagt", size=9)
        i += 1
    col_widths(t, [0.8, 4.2, 7.0, 1.5, 1.7, 1.3, 3.5, 1.8, 1.8])
    doc.add_heading("Oppsummering", level=2)
    st = doc.add_table(rows=3, cols=2)
    st.style = doc.styles["Table Grid"]
    nv = sum(1 for r in f["rows"] if r["id"] in status)
    for k, (a_, v) in enumerate((("Videreført", str(nv)), ("Nytt", str(len(f["rows"]) - nv)), ("Sum", str(len(f["rows"]))))):
        cell_text(st.cell(k, 0), a_, bold=(k == 2))
        cell_text(st.cell(k, 1), v, bold=(k == 2))
    col_widths(st, [4, 2])
    doc.save(path)


# 19 --------------------------------------------------------------- Vestland 2024 nynorsk
def vestland2024(f, path):
    doc = new_doc("Calibri", 11)
    sec = doc.sections[0]
    header_text(sec, "Vestland fylkeskommune", "Rapport NKPS 2024")
    footer_page(sec, before="")
    core(doc, "Vestland NKPS 2024", "Vestland fylkeskommune")
    doc.add_paragraph("Vestland fylkeskommune – rapportering til Kompetansepolitisk råd 2024", style="Title")
    para(doc, "Rapporten følgjer dei tre hovudinnsatsområda i strategien. Tiltak som er vidareførte frå tidlegare år, er merkte.")
    cont_from = {"V1": 2020, "V2": 2020, "V4": 2020, "V5": 2020}
    by_area = {}
    for r in f["rows"]:
        by_area.setdefault(r["delmal"][0][0], []).append(r)
    for a in sorted(by_area):
        doc.add_heading(f"Hovudinnsatsområde {a}: {AREA_NN[a]}", level=1)
        for r in by_area[a]:
            doc.add_heading(r["title"], level=2)
            para(doc, r["desc"])
            para(doc, "Knytt til delmål " + og(r["delmal"]) + ".", size=10)
            p = para(doc, "", size=10)
            for k, (lab, v) in enumerate((("Ansvarleg: ", r["resp"]), ("Partnarar: ", ", ".join(r["partners"])),
                                          ("Type: ", r["tp"]), ("Tid: ", r["period"]))):
                if k:
                    run(p, "\t", size=10)
                run(p, lab, bold=True, size=10)
                run(p, v, size=10)
            if r["id"] in cont_from:
                para(doc, f"Vidareført frå rapporten for {cont_from[r['id']]}.", italic=True, size=9.5, color="595959")
    doc.add_heading("Kontakt", level=1)
    para(doc, "Seksjon for kompetanse og arbeidsliv, Vestland fylkeskommune. Telefon 55 63 90 00.")
    doc.save(path)


# 21 --------------------------------------------------------------- HK-dir 2025
RESULTS = {"T10": "I 2025 fikk 310 virksomheter og 95 frivillige organisasjoner tilsagn.",
           "T09": "Sluttrapporten viser at programmene har nådd mange med kort utdanning.",
           "T12": "Den reviderte utgaven ble publisert i september.",
           "T14": "Det kom 88 søknader, og 31 tilbud fikk tilskudd.",
           "H1": "Resultatene publiseres i første kvartal 2026.",
           "H2": "Oppdraget ble lyst ut i mars. Første delrapport kommer i 2026.",
           "H3": "Rapporten ble lansert i desember 2024, og oppfølgende analyser kom i 2025."}


def hkdir2025(f, path):
    doc = new_doc("Arial", 10.5)
    sec = doc.sections[0]
    header_text(sec, "Direktoratet for høyere utdanning og kompetanse (HK-dir)", "2025")
    footer_page(sec, before="HK-dir · Rapport til Kompetansepolitisk råd · ")
    core(doc, "HK-dir rapport 2025", "HK-dir")
    doc.add_paragraph("Rapport til Kompetansepolitisk råd 2025", style="Title")
    doc.add_heading("1 Innledning", level=1)
    para(doc, "HK-dir rapporterer her tiltak som følger opp Nasjonal kompetansepolitisk strategi. Hvert tiltak har en tabell "
              "med nøkkelinformasjon, en omtale og resultater for året.")
    doc.add_heading("2 Tiltak", level=1)
    for r in f["rows"]:
        doc.add_heading(r["title"], level=2)
        t = doc.add_table(rows=5, cols=2)
        t.style = doc.styles["Table Grid"]
        for k, (a, v) in enumerate((("Periode", r["period"]), ("Type", r["tp"]), ("Delmål", ", ".join(r["delmal"])),
                                    ("Eier", r["resp"]), ("Partnere", ", ".join(r["partners"])))):
            cell_text(t.cell(k, 0), a, bold=True, size=9.5)
            shade(t.cell(k, 0), "EDEDED")
            cell_text(t.cell(k, 1), v, size=9.5)
        col_widths(t, [3, 13])
        doc.add_heading("Om tiltaket", level=3)
        para(doc, r["desc"])
        doc.add_heading("Resultater 2025", level=3)
        para(doc, RESULTS[r["id"]])
    doc.add_heading("3 Andre oppdrag", level=1)
    para(doc, "HK-dir har også hatt disse oppdragene i 2025. De rapporteres ikke som NKPS-tiltak:")
    for x in ("Drift av Samordna opptak", "Forvaltning av Erasmus+ i Norge", "Studiebarometeret 2025"):
        doc.add_paragraph(x, style="List Bullet")
    doc.save(path)


RENDER_D2 = {"2021_Akademikerne_rapport.docx": akad2021, "2022_Regjeringen_notat_nn.docx": reg2022,
             "2023_NHO_rapport.docx": nho2023, "2024_Vestland_rapport_nn.docx": vestland2024,
             "2025_HKdir_rapport.docx": hkdir2025}
