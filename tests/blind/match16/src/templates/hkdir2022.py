"""HK-dir 2022: cover page, table of contents, numbered chapters per main area with numbered measure headings
and a facts line; two measures are only placed by "Innsatsområde 2". An appendix table repeats all measures."""
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER

from .. import docx_util as D
from ..data import AREAS, dm_codes

CH = {"1": 2, "2": 3, "3": 4}
TITLES = {"1": "Gode valg for den enkelte og for samfunnet", "2": "Læring i arbeidslivet",
          "3": "Voksne med svak tilknytning til arbeidslivet"}


def build(rep, out):
    doc = D.new_document(font="Calibri", size=11)
    D.heading_color(doc, "Heading 1", "3B1F5C")
    D.heading_color(doc, "Heading 2", "3B1F5C")
    # cover
    for _ in range(6):
        D.para(doc, "")
    D.para(doc, "Kompetansepolitisk råd", size=14, color="3B1F5C")
    D.para(doc, "Rapport fra HK-dir om oppfølging av kompetansepolitikken 2022", bold=True, size=24)
    D.para(doc, "Direktoratet for høyere utdanning og kompetanse", size=12)
    D.para(doc, "Rapport 4/2023 · Mars 2023", size=11, color="666666")
    D.page_break(doc)
    # toc
    D.para(doc, "Innhold", bold=True, size=16, color="3B1F5C")
    rows = rep["rows"]
    toc = [("1 Innledning", 3)]
    page = 3
    for area in ("1", "2", "3"):
        page += 1
        toc.append((f"{CH[area]} {TITLES[area]}", page))
        for j, r in enumerate([x for x in rows if x["area"] == area], 1):
            toc.append((f"    {CH[area]}.{j} {r['title']}", page))
    toc.append(("Vedlegg 1 Oversikt over tiltak", page + 1))
    for text, pg in toc:
        p = D.para(doc, space_after=1)
        p.paragraph_format.tab_stops.add_tab_stop(D.Cm(16.0), alignment=WD_TAB_ALIGNMENT.RIGHT, leader=WD_TAB_LEADER.DOTS)
        D.run(p, f"{text}\t{pg}", size=10)
    D.page_break(doc)
    sec = doc.sections[0]
    D.footer_text(sec, "HK-dir · Rapport 4/2023")
    doc.add_heading("1 Innledning", level=1)
    D.para(doc, "Fra 1. juli 2021 ble Kompetanse Norge en del av Direktoratet for høyere utdanning og kompetanse "
                "(HK-dir). HK-dir forvalter en rekke av virkemidlene som følger opp den nasjonale "
                "kompetansepolitikken, og rapporterer her på tiltak i 2022. Rapporten følger de tre "
                "innsatsområdene i Nasjonal kompetansepolitisk strategi, som er videreført i rådets arbeid etter "
                "at strategiperioden gikk ut.")
    D.para(doc, "Tiltakene er beskrevet med delmål, type tiltak, samarbeidspartnere og periode. Der et tiltak "
                "bidrar bredt innenfor et innsatsområde og ikke kan knyttes til ett bestemt delmål, er bare "
                "innsatsområdet oppgitt. Vedlegg 1 gir en samlet oversikt over tiltakene.")
    D.para(doc, "HK-dir er ansvarlig for alle tiltakene i rapporten, i de fleste tilfeller på oppdrag fra "
                "Kunnskapsdepartementet.")
    for area in ("1", "2", "3"):
        D.page_break(doc)
        doc.add_heading(f"{CH[area]} {TITLES[area]}", level=1)
        for j, r in enumerate([x for x in rows if x["area"] == area], 1):
            doc.add_heading(f"{CH[area]}.{j} {r['title']}", level=2)
            where = f"Delmål {dm_codes(r['delmal'])}" if r["delmal"] else f"Innsatsområde {area}"
            facts = [where, r["type"], "Samarbeid: " + ", ".join(r["partners"]), f"Periode: {r['period']}"]
            D.para(doc, " | ".join(facts), size=9, color="595959", space_after=2)
            D.para(doc, r["description"])
    D.page_break(doc)
    doc.add_heading("Vedlegg 1 Oversikt over tiltak", level=1)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Tiltak", "Delmål / område", "Type tiltak", "Ansvarlig"]):
        D.cell_write(c, h, bold=True, size=9)
        D.shade(c, "E4DFEC")
    D.repeat_header(t.rows[0])
    for r in rows:
        c = t.add_row().cells
        D.cell_write(c[0], r["title"], size=9)
        D.cell_write(c[1], dm_codes(r["delmal"]) if r["delmal"] else f"Område {r['area']}", size=9)
        D.cell_write(c[2], r["type"], size=9)
        D.cell_write(c[3], r["responsible"], size=9)
    D.set_widths(t, [7.5, 3.0, 3.6, 2.5])
    doc.save(out)
