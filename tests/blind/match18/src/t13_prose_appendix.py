# -*- coding: utf-8 -*-
"""Trøndelag 2020: long prose part that talks about the measures loosely, then an appendix table
(landscape section) that is the actual list of measures."""
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import set_font, table_borders, col_widths, shade, landscape, repeat_header, page_x_of_y

PROSE = [
 ("Innledning",
  "Trøndelag fylkeskommune har i 2020 fulgt opp Nasjonal kompetansepolitisk strategi i en krevende situasjon. "
  "Koronapandemien førte til høy ledighet og mange permitteringer, og fylkeskommunen fikk samtidig nye "
  "oppgaver gjennom regionreformen. Rapporten beskriver først hvordan arbeidet er organisert, og viser deretter "
  "alle tiltakene i en samlet oversikt i vedlegg 1."),
 ("Regional kompetansepolitikk",
  "Kompetansestrategien som ble vedtatt i 2019, er fulgt opp med en handlingsplan. Kompetanseforumet har vært "
  "den viktigste møteplassen mellom arbeidsliv og utdanningstilbydere, og forumet har i år gitt råd om "
  "dimensjonering av fagskoletilbudet. Fra 2020 forvalter fylkeskommunen også midlene til bedriftsintern "
  "opplæring, som tidligere lå hos NAV."),
 ("Karriereveiledning og voksnes læring",
  "Karrieresentrene har tatt imot langt flere voksne enn før. Partnerskapet for karriereveiledning er derfor "
  "utvidet til å omfatte NAV-kontorene. Fylkeskommunen har også deltatt i det nasjonale forsøket med "
  "forberedende voksenopplæring, og erfaringene derfra tas med inn i arbeidet med den nye ordningen. "
  "Ordningen med fagbrev på jobb har vokst, og modellen for helsefagarbeidere har fått nytt navn."),
 ("Samarbeid med partene og NAV",
  "Samarbeidet med partene i arbeidslivet og NAV er styrket gjennom felles prosjektgrupper. Flere av "
  "tiltakene i vedlegget er gjennomført sammen med kommunene og universitetene i regionen."),
]
HEAD = ["Nr", "Tiltak", "Delmål", "Kategori", "Ansvar", "Partnere", "Tidsrom", "Kort om"]


def build(rep, out):
    doc = Document()
    set_font(doc, "Calibri", 11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    page_x_of_y(sec.footer.paragraphs[0])
    sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    sec.header.paragraphs[0].text = "Trøndelag fylkeskommune"
    doc.add_heading("Rapport til Kompetansepolitisk råd 2020", level=0)
    for h, txt in PROSE:
        doc.add_heading(h, level=1)
        doc.add_paragraph(txt)
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    landscape(s2)
    s2.left_margin = s2.right_margin = Cm(1.8)
    doc.add_heading("Vedlegg 1: Tiltaksoversikt", level=1)
    t = doc.add_table(rows=1, cols=len(HEAD))
    table_borders(t)
    for c, h in zip(t.rows[0].cells, HEAD):
        c.paragraphs[0].add_run(h).bold = True; shade(c, "E2EFD9")
    repeat_header(t.rows[0])
    for i, m in enumerate(rep["measures"], 1):
        vals = [str(i), m["title"], ", ".join(m["d"]), m["type"], m["resp"], ", ".join(m["partners"]),
                m["period"], m["desc"]]
        cells = t.add_row().cells
        for c, v in zip(cells, vals):
            c.paragraphs[0].add_run(v).font.size = Pt(9)
    col_widths(t, [0.8, 5.2, 1.6, 2.6, 2.8, 4.0, 2.0, 6.6])
    doc.save(out)
