# -*- coding: utf-8 -*-
"""Word renderers, part 1: LO 2017, NHO 2017, KS 2018, YS 2019, NAV 2019, Spekter 2020."""
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docxkit import (new_doc, para, run, cell_text, cell_add_para, shade, table_borders, col_widths, repeat_header,
                     header_text, footer_page, vmerge, page_break, core, set_landscape)
from common import OLDNR, DM_NB, DM_SHORT, og


def _no_borders(t):
    table_borders(t, sz=0, color="FFFFFF", inside=False, outside=False)


# 1 ---------------------------------------------------------------- LO 2017
def lo2017(f, path):
    doc = new_doc("Arial", 10.5)
    sec = doc.sections[0]
    header_text(sec, "LO  Landsorganisasjonen i Norge", "Youngs gate 11, 0181 Oslo")
    footer_page(sec, before="Side ", with_total=True, cached_total="2")
    core(doc, "Rapportering NKPS 2017", "LO")
    doc.add_paragraph("Rapportering til Kompetansepolitisk råd 2017", style="Title")
    doc.add_heading("Innledning", level=1)
    para(doc, "LO har i 2017 fulgt opp Nasjonal kompetansepolitisk strategi gjennom egne tiltak og gjennom deltakelse i "
              "råd og utvalg. Tallene i parentes etter hvert tiltak viser hvilke av strategiens nummererte tiltak (1–16) "
              "tiltaket følger opp.")
    own = [r for r in f["rows"] if r["resp"] == "LO"]
    other = [r for r in f["rows"] if r["resp"] != "LO"]
    for head, rows in (("Tiltak LO har ansvar for", own), ("Tiltak LO deltar i", other)):
        doc.add_heading(head, level=1)
        for r in rows:
            p = doc.add_paragraph(style="List Number")
            run(p, r["title"], bold=True)
            nr = og([str(OLDNR[c]) for c in r["delmal"]])
            para(doc, f"{r['desc']} (NKPS-tiltak nr. {nr})")
            p2 = para(doc, "", size=9.5)
            run(p2, f"Ansvar: {r['resp']}; med: {', '.join(r['partners'])}; når: {r['period']}; type: {r['tp']}", italic=True, size=9.5)
    doc.add_heading("Kontakt", level=1)
    t = doc.add_table(rows=1, cols=1)
    table_borders(t, sz=6, color="C00000")
    cell_text(t.cell(0, 0), "Kontaktperson i LO: Per Hansen, rådgiver, Avdeling for samfunnspolitikk", bold=True)
    cell_add_para(t.cell(0, 0), "E-post: per.hansen@lo.no · Telefon 23 06 10 50")
    doc.save(path)


# 3 ---------------------------------------------------------------- NHO 2017
def nho2017(f, path):
    doc = new_doc("Calibri", 11)
    sec = doc.sections[0]
    header_text(sec, "NHO – Næringslivets Hovedorganisasjon", "Rapport NKPS 2017")
    footer_page(sec)
    core(doc, "NHO rapport NKPS 2017", "NHO")
    doc.add_heading("NHOs rapportering til Kompetansepolitisk råd 2017", level=1)
    para(doc, "Tiltakene er ordnet etter strategiens nummererte tiltak. Et tiltak som også følger opp andre nummer i "
              "strategien, står under det første og har en merknad under tabellen.")
    groups = {}
    for r in f["rows"]:
        groups.setdefault(OLDNR[r["delmal"][0]], []).append(r)
    for nr in sorted(groups):
        code = [c for c, n in OLDNR.items() if n == nr][0]
        doc.add_heading(f"Strategiens tiltak {nr} – {DM_SHORT[code]}", level=2)
        for r in groups[nr]:
            labels = [("Navn på tiltaket", r["title"]), ("Hvem", r["resp"]), ("Sammen med", ", ".join(r["partners"])),
                      ("Hva slags tiltak", r["tp"]), ("Tidsrom", r["period"]), ("Kort om tiltaket", r["desc"])]
            t = doc.add_table(rows=len(labels), cols=2)
            t.style = doc.styles["Table Grid"]
            for i, (a, v) in enumerate(labels):
                cell_text(t.cell(i, 0), a, bold=True, size=10)
                cell_text(t.cell(i, 1), v, size=10, bold=(i == 0))
                shade(t.cell(i, 0), "DCE6F1")
            col_widths(t, [4.0, 12.0])
            if len(r["delmal"]) > 1:
                more = og([str(OLDNR[c]) for c in r["delmal"][1:]])
                para(doc, f"Også knyttet til strategiens tiltak {more}.", italic=True, size=9.5)
            else:
                para(doc, "", size=4)
    doc.add_heading("Planlagt 2018", level=2)
    para(doc, "Følgende er under planlegging og rapporteres når de er satt i gang:")
    for x in ("Ny undersøkelse om lærebedrifters erfaringer (oppstart avhenger av finansiering)",
              "Digital veileder for bedrifter som vil bli lærebedrift"):
        doc.add_paragraph(x, style="List Bullet")
    doc.save(path)


# 4 ---------------------------------------------------------------- KS 2018
def ks2018(f, path):
    doc = new_doc("Calibri", 10.5, landscape=True, margin_cm=1.8)
    sec = doc.sections[0]
    header_text(sec, "KS – Kommunesektorens organisasjon", "Rapportering NKPS 2018")
    footer_page(sec)
    core(doc, "KS rapport 2018", "KS")
    doc.add_heading("KS' tiltak for å følge opp Nasjonal kompetansepolitisk strategi – 2018", level=1)
    para(doc, "Oversikten er hentet fra KS' interne tiltaksliste (Excel). Kolonnen Delmål viser delmålsnummer; flere delmål "
              "er skilt med skråstrek.")
    cols = ["Kategori", "Delmål", "Tiltak", "Ansvar", "Partnere", "Periode", "Beskrivelse"]
    rows = f["rows"]
    n = len(rows) + 3
    t = doc.add_table(rows=n, cols=len(cols))
    t.style = doc.styles["Table Grid"]
    for j, c in enumerate(cols):
        cell_text(t.cell(0, j), c, bold=True, size=9)
        shade(t.cell(0, j), "D9E1F2")
    repeat_header(t.rows[0])
    i = 1
    for k, r in enumerate(rows):
        vals = [r["tp"], " / ".join(r["delmal"]), r["title"], r["resp"], ", ".join(r["partners"]), r["period"], r["desc"]]
        for j, v in enumerate(vals):
            cell_text(t.cell(i, j), v, size=9)
        i += 1
        if k == 2:  # an empty row left in the Excel range
            i += 1
    # last row: total
    cell_text(t.cell(n - 1, 0), "Sum tiltak", bold=True, size=9)
    cell_text(t.cell(n - 1, 2), str(len(rows)), bold=True, size=9)
    col_widths(t, [2.2, 1.8, 5.0, 1.8, 3.6, 1.9, 9.6])
    doc.add_heading("Møter i Kompetansepolitisk råd 2018", level=2)
    for x in ("14. februar – rådsmøte, Oslo", "6. juni – rådsmøte med innspillsmøte om kompetansereformen",
              "24. oktober – rådsmøte, Trondheim"):
        doc.add_paragraph(x, style="List Bullet")
    doc.save(path)


# 8 ---------------------------------------------------------------- YS 2019 board paper
def ys2019(f, path):
    doc = new_doc("Cambria", 11)
    sec = doc.sections[0]
    header_text(sec, "YS – Yrkesorganisasjonenes Sentralforbund", "Styresak 34/19")
    footer_page(sec)
    core(doc, "Styresak 34/19", "YS")
    t = doc.add_table(rows=4, cols=2)
    _no_borders(t)
    for i, (a, v) in enumerate((("Saksbehandler:", "Mette Larsen"), ("Møtedato:", "21.11.2019"), ("Arkiv:", "19/211"),
                                ("Vedlegg:", "Ingen"))):
        cell_text(t.cell(i, 0), a, bold=True, size=10)
        cell_text(t.cell(i, 1), v, size=10)
    col_widths(t, [3.5, 9])
    doc.add_heading("Styresak 34/19 Rapportering til Kompetansepolitisk råd 2019", level=1)
    doc.add_heading("Forslag til vedtak", level=2)
    para(doc, "Styret tar orienteringen til etterretning og slutter seg til at punktene a)–f) rapporteres som YS' tiltak "
              "for 2019.", italic=True)
    doc.add_heading("Saksframstilling", level=2)
    para(doc, "YS rapporterer hvert år til Kompetansepolitisk råd. Sekretariatet foreslår at følgende rapporteres:")
    letters = "abcdefgh"
    for i, r in enumerate(f["rows"]):
        p = para(doc, "")
        p.paragraph_format.left_indent = Cm(0.8)
        p.paragraph_format.first_line_indent = Cm(-0.8)
        run(p, f"{letters[i]})\t")
        run(p, r["title"], bold=True)
        run(p, ": " + r["desc"])
    para(doc, "Oversikten nedenfor viser delmål, type og ansvar for hvert punkt.")
    cols = ["Pkt.", "Delmål", "Type", "Ansvarlig", "Med", "Periode"]
    t = doc.add_table(rows=len(f["rows"]) + 1, cols=len(cols))
    t.style = doc.styles["Table Grid"]
    for j, c in enumerate(cols):
        cell_text(t.cell(0, j), c, bold=True, size=9.5)
    for i, r in enumerate(f["rows"], start=1):
        for j, v in enumerate([letters[i - 1] + ")", ", ".join(r["delmal"]), r["tp"], r["resp"], ", ".join(r["partners"]), r["period"]]):
            cell_text(t.cell(i, j), v, size=9.5)
    col_widths(t, [1.2, 2.0, 2.2, 2.0, 5.0, 3.0])
    para(doc, "")
    para(doc, "Sekretariatet viser for øvrig til at YS' representant i rådet har deltatt på alle rådsmøtene i 2019.")
    doc.save(path)


# 9 ---------------------------------------------------------------- NAV 2019
def nav2019(f, path):
    doc = new_doc("Arial", 10.5)
    sec = doc.sections[0]
    header_text(sec, "Arbeids- og velferdsdirektoratet", "Rapport NKPS 2019")
    footer_page(sec, before="Arbeids- og velferdsdirektoratet · side ")
    core(doc, "NAV rapport NKPS 2019", "NAV")
    doc.add_paragraph("NAVs oppfølging av Nasjonal kompetansepolitisk strategi 2019", style="Title")
    para(doc, "Tiltakene er ordnet under det delmålet de først og fremst følger opp. Gjelder et tiltak flere delmål, "
              "står det en merknad under tabellen.")
    groups = {}
    for r in f["rows"]:
        groups.setdefault(r["delmal"][0], []).append(r)
    for code in sorted(groups, key=lambda c: OLDNR[c]):
        doc.add_heading(f"Delmål {code} – {DM_NB[code]}", level=1)
        for r in groups[code]:
            doc.add_heading(r["title"], level=3)
            para(doc, f"Tiltakstype: {r['tp']}", italic=True, size=9.5)
            para(doc, r["desc"])
            t = doc.add_table(rows=2, cols=3)
            t.style = doc.styles["Table Grid"]
            for j, (a, v) in enumerate((("Ansvar", r["resp"]), ("Samarbeid", ", ".join(r["partners"])), ("Tidsperiode", r["period"]))):
                cell_text(t.cell(0, j), a, bold=True, size=9.5)
                shade(t.cell(0, j), "E4ECF4")
                cell_text(t.cell(1, j), v, size=9.5)
            col_widths(t, [4.0, 8.0, 4.0])
            if len(r["delmal"]) > 1:
                para(doc, "Gjelder også delmål " + og(r["delmal"][1:]) + ".", italic=True, size=9.5)
    doc.add_heading("Under planlegging", level=1)
    para(doc, "Følgende er ikke satt i gang og rapporteres ikke som tiltak i år:")
    for x in ("Digital kartlegging av grunnleggende ferdigheter hos arbeidssøkere", "Samarbeid med fylkeskommunene om AMO-kurs i 2020"):
        doc.add_paragraph(x, style="List Bullet")
    doc.save(path)


# 11 --------------------------------------------------------------- Spekter 2020
def spekter2020(f, path):
    doc = new_doc("Georgia", 10.5)
    sec = doc.sections[0]
    header_text(sec, "SPEKTER", "Rapport til Kompetansepolitisk råd 2020")
    footer_page(sec, before="", with_total=True, cached_total="3", align="center")
    core(doc, "Spekter rapport 2020", "Spekter")
    doc.add_heading("1 Innledning", level=1)
    para(doc, "Spekter organiserer arbeidsgivere i helseforetak, kultur, samferdsel og annen virksomhet med offentlig eierskap. "
              "Rapporten omtaler tiltak Spekter har ansvar for eller deltar i. Under «Hvem» er ansvarlig merket.")
    doc.add_heading("2 Rapporterte tiltak", level=1)
    for i, r in enumerate(f["rows"], start=1):
        doc.add_heading(f"2.{i} {r['title']}", level=2)
        others = [p for p in r["partners"]]
        hvem = f"{r['resp']} (ansvarlig), " + ", ".join(others)
        t = doc.add_table(rows=4, cols=2)
        _no_borders(t)
        for k, (a, v) in enumerate((("Delmål:", og(r["delmal"])), ("Hvem:", hvem), ("Type:", r["tp"]), ("Når:", r["period"]))):
            cell_text(t.cell(k, 0), a, bold=True, size=10)
            cell_text(t.cell(k, 1), v, size=10)
        col_widths(t, [2.5, 13.5])
        para(doc, "Beskrivelse", bold=True, space_before=4)
        para(doc, r["desc"])
    doc.add_heading("3 Møter og arenaer", level=1)
    para(doc, "Spekter har i tillegg deltatt i disse møtene (ikke egne tiltak):")
    for x in ("Kompetansepolitisk råd, tre møter", "Dialogmøte med HOD om kompetansebehov i helseforetakene, juni 2020",
              "Nordisk møte for arbeidsgiverorganisasjoner i sykehussektoren (digitalt)"):
        doc.add_paragraph(x, style="List Bullet")
    doc.save(path)


RENDER_D1 = {"2017_LO_rapport.docx": lo2017, "2017_NHO_rapport.docx": nho2017, "2018_KS_rapport.docx": ks2018,
             "2019_YS_styresak.docx": ys2019, "2019_NAV_rapport.docx": nav2019, "2020_Spekter_rapport.docx": spekter2020}
