# -*- coding: utf-8 -*-
"""Word renderers: HK-dir 2021, Spekter 2022, NHO 2023, Vestland 2023 (nn)."""
from collections import Counter, OrderedDict

from docx.enum.text import WD_BREAK
from docx.shared import Pt

from r_docx_common import (new_doc, run, para, cell_text, shade, borders, repeat_header, col_widths,
                           header_footer, page_x_of_y, new_numbering, set_num, bullet, RIGHT, CENTER)
from batch_common import AREAS_NB, AREAS_NN, DELMAL, TYPES

DM_TEXT = dict(DELMAL)


def _pj(p):
    return ", ".join(p)


# ---------------------------------------------------------------- HK-dir 2021
def hkdir_2021(f, path):
    doc = new_doc(font="Calibri", size=11, heading_color="1E2B3C")
    header_footer(doc, "HK-dir · Rapportering til Kompetansepolitisk råd 2021", footer_left="hkdir.no")
    para(doc, "Rapportering til Kompetansepolitisk råd 2021", style="Title")
    para(doc, "Direktoratet for høyere utdanning og kompetanse (HK-dir)", size=12, color="555555", after=12)
    para(doc, "Sammendrag", style="Heading 1")
    para(doc, "HK-dir ble etablert 1. juli 2021, og Kompetanse Norge er nå en del av direktoratet. Denne rapporten "
              "omfatter tiltak som HK-dir har ansvaret for, eller der HK-dir er sekretariat. Tiltakene er ordnet "
              "etter hovedinnsatsområde og delmål. Tabell 1 viser fordelingen på type tiltak.")
    cnt = Counter(m["ty"] for m in f["measures"])
    para(doc, "Tabell 1 Tiltak fordelt på type", italic=True, size=9.5, after=2)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    cell_text(t.rows[0].cells[0], "Type tiltak", bold=True)
    cell_text(t.rows[0].cells[1], "Antall", bold=True)
    for ty in TYPES:
        if cnt.get(ty):
            r = t.add_row().cells
            cell_text(r[0], ty if ty != "Annet" else "Annet (tjenester, tilskudd)")
            cell_text(r[1], str(cnt[ty]), align=RIGHT)
    r = t.add_row().cells
    cell_text(r[0], "Sum", bold=True)
    cell_text(r[1], str(len(f["measures"])), bold=True, align=RIGHT)
    col_widths(t, [7, 2.5])
    groups = OrderedDict()
    for m in sorted(f["measures"], key=lambda m: [c for c, _ in DELMAL].index(m["d"][0])):
        groups.setdefault(m["d"][0], []).append(m)
    area = None
    for code, ms in groups.items():
        if code[0] != area:
            area = code[0]
            para(doc, "Hovedinnsatsområde %s: %s" % (area, AREAS_NB[area]), style="Heading 1")
        para(doc, "Delmål %s %s" % (code, DM_TEXT[code]), style="Heading 2")
        for m in ms:
            para(doc, m["t"], bold=True, before=6, after=1, keep_next=True)
            fact = "Type tiltak: %s; ansvarlig: %s; samarbeid: %s; tidsrom: %s" % (m["tp"], m["r"], _pj(m["p"]),
                                                                                   m["per"])
            if len(m["d"]) > 1:
                fact += "; også delmål " + " og ".join(m["d"][1:])
            para(doc, fact, italic=True, size=10, color="404040", after=2)
            para(doc, m["ds"], after=8)
    para(doc, "Om rapporteringen", style="Heading 1")
    para(doc, "HK-dir lager også en samlet oppsummering av rapportene fra alle rådsmedlemmene. Den følger som "
              "eget dokument og gjentar ikke tiltakene i denne rapporten.")
    doc.save(path)


# ---------------------------------------------------------------- Spekter 2022
def spekter_2022(f, path):
    doc = new_doc(font="Arial", size=10.5, heading_color="00594C")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    run(hp, "Spekter", bold=True, size=20, color="00594C")
    run(hp, "   Arbeidsgiverforeningen Spekter", size=9, color="555555")
    fp = sec.footer.paragraphs[0]
    run(fp, "Oslo, 30. september 2022        ", size=8, color="666666")
    page_x_of_y(fp, size=8, color="666666")
    para(doc, "Spekters rapportering på Nasjonal kompetansepolitisk strategi 2022", bold=True, size=16, after=8)
    para(doc, "Spekter rapporterer her tiltak vi har ansvaret for, og tiltak der Spekter deltar. Flere av "
              "tiltakene er videreført fra tidligere år. Spekters medlemmer er blant annet helseforetakene, og "
              "mange av tiltakene gjelder kompetanse i helsetjenesten.", after=8)
    num = new_numbering(doc, fmt="decimal", text="%1.", indent_twips=432, hanging=432)
    heads = ["Delmål", "Type", "Ansvar", "Partnere", "Periode"]
    for m in f["measures"]:
        h = para(doc, m["t"], style="Heading 2")
        set_num(h, num)
        t = doc.add_table(rows=2, cols=5)
        t.style = "Table Grid"
        for i, lab in enumerate(heads):
            cell_text(t.cell(0, i), lab, bold=True, size=9)
            shade(t.cell(0, i), "D9EAE7")
        for i, v in enumerate([m["dm"], m["tp"], m["r"], _pj(m["p"]), m["per"]]):
            cell_text(t.cell(1, i), v, size=9)
        col_widths(t, [1.9, 2.6, 3.0, 6.0, 2.5])
        para(doc, m["ds"], before=4, after=8)
    para(doc, "Planlagt, ikke startet", style="Heading 1")
    para(doc, "Følgende er planlagt for 2023 og rapporteres når de er i gang:")
    for s in ["Lederutviklingsprogram om strategisk kompetanseplanlegging",
              "Digital møteplass for opplæringsansvarlige i helseforetakene"]:
        bullet(doc, s)
    para(doc, "Kontakt", bold=True, before=10, after=2)
    para(doc, "Spørsmål om rapporten kan rettes til fagsjef Lene Aas, lene.aas@spekter.no.")
    doc.save(path)


# ---------------------------------------------------------------- NHO 2023
def nho_2023(f, path):
    doc = new_doc(font="Calibri", size=11)
    header_footer(doc, "NHO – Næringslivets Hovedorganisasjon", footer_left="NHO · Notat", of_total=False)
    para(doc, "NOTAT", bold=True, size=18, after=6)
    for a, b in [("Til:", "Kompetansepolitisk råd v/ HK-dir"), ("Fra:", "NHO, avdeling for kompetanse"),
                 ("Dato:", "29.09.2023"), ("Emne:", "NHOs rapportering på kompetansestrategien 2023")]:
        p = para(doc, "", after=0)
        run(p, a + " ", bold=True)
        run(p, b)
    para(doc, "", after=4)
    para(doc, "NHO rapporterer sju tiltak for 2023. Høyre kolonne gir delmål, type, ansvar, partnere og periode i "
              "den rekkefølgen. Tre av tiltakene er videreført fra tidligere år.", after=8)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    cell_text(t.rows[0].cells[0], "Tiltak", bold=True)
    cell_text(t.rows[0].cells[1], "Delmål · type · ansvar · partnere · periode", bold=True)
    for c in t.rows[0].cells:
        shade(c, "E2EFDA")
    repeat_header(t.rows[0])
    for m in f["measures"]:
        r = t.add_row().cells
        ps = cell_text(r[0], m["t"], bold=True)
        p = r[0].add_paragraph()
        run(p, m["ds"])
        lines = [m["dm"], m["tp"], m["r"], _pj(m["p"]) if m["p"] else "–", m["per"]]
        cell_text(r[1], "\n".join(lines), size=10)
    col_widths(t, [11.0, 5.0])
    para(doc, "", after=6)
    para(doc, "Avsluttet i 2022 (rapporteres ikke)", bold=True, after=2)
    for s in ["Hurtigsporet-kampanjen i fire byer", "NHOs deltakelse i arbeidsgruppen for digital kompetanse (2018)"]:
        bullet(doc, s)
    doc.save(path)


# ---------------------------------------------------------------- Vestland 2023 (nynorsk)
def vestland_2023(f, path):
    doc = new_doc(font="Calibri", size=11, heading_color="00447C")
    header_footer(doc, "Vestland fylkeskommune", footer_left="Rapport til Kompetansepolitisk råd 2023")
    para(doc, "Rapport til Kompetansepolitisk råd 2023", style="Title")
    para(doc, "Vestland fylkeskommune – Opplæring og kompetanse", color="555555", after=10)
    para(doc, "Innleiing", style="Heading 1")
    para(doc, "Vestland fylkeskommune rapporterer her tiltak som følgjer opp Nasjonal kompetansepolitisk strategi. "
              "Over kvar tiltakstittel står ei kort linje med delmål, type tiltak, ansvarleg, partnarar og "
              "periode. Fleire av tiltaka er vidareførte frå rapporten for 2020.")
    area = None
    for m in sorted(f["measures"], key=lambda m: m["d"][0][0]):
        if m["d"][0][0] != area:
            area = m["d"][0][0]
            para(doc, AREAS_NN[area], style="Heading 1")
        fact = "%s • %s • Ansvarleg: %s • Partnarar: %s • %s" % (m["dm"], m["tp"], m["r"], _pj(m["p"]), m["per"])
        para(doc, fact, size=8.5, color="7F7F7F", before=10, after=0, keep_next=True)
        para(doc, m["t"], style="Heading 2")
        if m.get("split"):
            k = m["ds"].index(". ") + 1
            first, rest = m["ds"][:k], m["ds"][k + 1:]
            assert first + " " + rest == m["ds"]
            p = para(doc, first, after=0)
            p.add_run().add_break(WD_BREAK.PAGE)
            para(doc, rest)
        else:
            para(doc, m["ds"])
    para(doc, "Vidare arbeid", style="Heading 1")
    para(doc, "I 2024 skal fylkeskommunen rullere handlingsprogrammet og vurdere eit nytt tilbod om "
              "karriererettleiing for tilsette i kommunane. Det er ikkje sett i gang enno.")
    para(doc, "Kontakt: Ola Brekke, seniorrådgjevar, ola.brekke@vlfk.no", italic=True, size=9.5)
    doc.save(path)
