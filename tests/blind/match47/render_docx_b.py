# -*- coding: utf-8 -*-
"""Word files 2: HK-dir 2022, Vestland 2023, Regjeringen 2024, LO 2025, KS 2026."""
from docx.shared import Pt, Cm
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from common import CODES, SHORT, AREA, og_join
from docx_util import (new_doc, landscape, header_footer, para, run, table, set_cell, cell_shade,
                       repeat_header, no_borders, page_break)

RENDER = {}


def reg(name):
    def d(fn):
        RENDER[name] = fn
        return fn
    return d


def dms(codes):
    return sorted(codes, key=CODES.index)


@reg("2022_HKdir_notat.docx")
def hkdir_2022(path, f):
    d = new_doc("Calibri", 10.5)
    header_footer(d.sections[0], "Direktoratet for høyere utdanning og kompetanse", "Notat")
    para(d, "HK-dirs oppfølging av Nasjonal kompetansepolitisk strategi 2022", bold=True, size=16, space_after=4)
    para(d, "Rapport til Kompetansepolitisk råd. Tiltakene er knyttet til oppdrag i tildelingsbrevet for 2022; "
            "kolonnen «TB-punkt» viser til punktet i tildelingsbrevet.", italic=True, space_after=10)
    d.add_heading("1 Oversikt", level=1)
    ms = sorted(f["measures"], key=lambda m: [int(x) for x in m["tb"].split(".")])
    t = table(d, len(ms) + 1, 7, widths=[1.6, 4.6, 1.8, 2.4, 1.5, 3.4, 1.9])
    for i, h in enumerate(["TB-punkt", "Tiltak", "Delmål (NKPS)", "Kategori", "Eier", "Samarbeid", "Periode"]):
        set_cell(t.rows[0].cells[i], h, bold=True, size=9, shade="CFE2F3")
    repeat_header(t.rows[0])
    for i, m in enumerate(ms, 1):
        vals = [m["tb"], m["title"], " / ".join(dms(m["delmal"])), m["typ"], m["resp"], ", ".join(m["partners"]), m["period"]]
        for j, v in enumerate(vals):
            set_cell(t.rows[i].cells[j], v, size=9)
    para(d, "Tabell 1. HK-dirs tiltak i 2022.", italic=True, size=9, space_before=2)
    d.add_heading("2 Nærmere om tiltakene", level=1)
    chapters = [("3", "Karriereveiledning og kunnskapsgrunnlag"), ("4", "Kompetansereformen og tilskuddsordninger")]
    for ch, name in chapters:
        d.add_heading("Tildelingsbrevet kapittel %s: %s" % (ch, name), level=2)
        for m in [m for m in ms if m["tb"].startswith(ch + ".")]:
            p = para(d, "", space_after=0, keep_next=True); run(p, m["title"], bold=True)
            para(d, m["desc"], space_after=8)
    d.add_heading("3 Tiltak per kategori", level=1)
    cats = {}
    for m in ms:
        cats[m["typ"]] = cats.get(m["typ"], 0) + 1
    t2 = table(d, len(cats) + 2, 2, widths=[6, 2])
    set_cell(t2.rows[0].cells[0], "Kategori", bold=True); set_cell(t2.rows[0].cells[1], "Antall", bold=True)
    for i, (k, v) in enumerate(sorted(cats.items()), 1):
        set_cell(t2.rows[i].cells[0], k); set_cell(t2.rows[i].cells[1], str(v))
    set_cell(t2.rows[-1].cells[0], "Sum", bold=True); set_cell(t2.rows[-1].cells[1], str(len(ms)), bold=True)
    para(d, "Kontakt: avdeling for kompetanse og livslang læring, postmottak@hkdir.no", size=9, italic=True, space_before=10)
    d.save(path)


def start_page(section, n):
    pg = OxmlElement("w:pgNumType"); pg.set(qn("w:start"), str(n))
    section._sectPr.append(pg)


GOALS_2023 = {1: "5.1 Mål: Rett kompetanse i heile fylket", 2: "5.2 Mål: Fleire vaksne fullfører vidaregåande opplæring"}


@reg("2023_Vestland_arsmelding_nn.docx")
def vestland_2023(path, f):
    d = new_doc("Calibri", 10.5)
    sec = d.sections[0]
    landscape(sec)
    start_page(sec, 47)
    header_footer(sec, "Årsmelding 2023 · Vestland fylkeskommune", "Kapittel 5", footer_text="", numpages=False)
    for t in sec.footer._element.iter(qn("w:t")):
        if t.text == "1":
            t.text = "47"
    d.add_heading("5 Kompetanse og arbeidsliv", level=1)
    para(d, "Vestland har låg arbeidsløyse og stor mangel på fagarbeidarar. I 2023 har fylkeskommunen prioritert "
            "tiltak for vaksne som treng fagbrev, og Karriere Vestland har hatt rekordmange samtalar. Tiltaka under "
            "er òg rapporterte til Kompetansepolitisk råd som fylkeskommunen si oppfølging av Nasjonal "
            "kompetansepolitisk strategi (NKPS).")
    para(d, "Nøkkeltal 2023", bold=True, space_before=6)
    t = table(d, 4, 3, widths=[9, 3, 3])
    for i, row in enumerate([("Indikator", "2022", "2023"), ("Karriererettleiingssamtalar", "7 650", "8 900"),
                             ("Vaksne deltakarar i vidaregåande opplæring", "4 120", "4 480"),
                             ("Fag- og sveinebrev for vaksne (praksiskandidatar)", "1 310", "1 402")]):
        for j, v in enumerate(row):
            set_cell(t.rows[i].cells[j], v, bold=(i == 0), size=9.5)
    for g in (1, 2):
        d.add_heading(GOALS_2023[g], level=2)
        ms = [m for m in f["measures"] if m["goal"] == g]
        t = table(d, len(ms) + 1, 7, widths=[4.5, 7.5, 2.0, 2.6, 3.0, 4.6, 2.0])
        for i, h in enumerate(["Tiltak", "Kort om tiltaket", "NKPS-delmål", "Type", "Ansvarleg", "Partnarar", "Periode"]):
            set_cell(t.rows[0].cells[i], h, bold=True, size=9.5, shade="E2EFDA")
        repeat_header(t.rows[0])
        for i, m in enumerate(ms, 1):
            vals = [m["title"], m["desc"], ", ".join(dms(m["delmal"])), m["typ"], m["resp"], ", ".join(m["partners"]), m["period"]]
            for j, v in enumerate(vals):
                set_cell(t.rows[i].cells[j], v, size=9.5)
    d.add_heading("5.3 Planlagde tiltak for 2024", level=2)
    para(d, "Fylkeskommunen planlegg eit eige opplæringsløft for helsefagarbeidarar saman med kommunane. Tiltaket er "
            "ikkje starta og vert rapportert når det er vedteke.")
    d.add_heading("5.4 Økonomi", level=2)
    para(d, "Netto driftsutgifter til kompetansetiltak for vaksne var 212 mill. kroner i 2023, mot 198 mill. kroner i 2022.")
    d.save(path)


@reg("2024_Regjeringen_oppfolging.docx")
def regjeringen_2024(path, f):
    d = new_doc("Calibri", 11)
    header_footer(d.sections[0], "Kunnskapsdepartementet", "", footer_text="Oppfølging av NKPS 2024 – side ")
    para(d, "Oppfølging av Nasjonal kompetansepolitisk strategi", bold=True, size=17, space_after=0)
    para(d, "Regjeringens rapport til Kompetansepolitisk råd 2024", size=13, space_after=12)
    d.add_heading("1 Innledning", level=1)
    para(d, "Strategien ble forlenget etter 2021, og rådet har avtalt at medlemmene fortsatt rapporterer årlig. "
            "Kapittel 2 gir en kort status for tiltak som er rapportert tidligere, kapittel 3 omtaler nye tiltak, "
            "og kapittel 4 lister tiltak som er avsluttet.")
    videre = [m for m in f["measures"] if m["st"] == "videre"]
    ny = [m for m in f["measures"] if m["st"] == "ny"]
    d.add_heading("2 Videreførte tiltak", level=1)
    para(d, "Tabellen viser hva som er nytt i 2024 for tiltak som er omtalt i tidligere rapporter.")
    t = table(d, len(videre) + 1, 7, widths=[4.0, 5.2, 1.4, 2.0, 1.2, 2.6, 1.8])
    for i, h in enumerate(["Tiltak", "Nytt i 2024", "Delmål", "Type", "Dep.", "Samarbeid", "Periode"]):
        set_cell(t.rows[0].cells[i], h, bold=True, size=9, shade="D9E2F3")
    repeat_header(t.rows[0])
    for i, m in enumerate(videre, 1):
        vals = [m["title"], m["desc"], ", ".join(dms(m["delmal"])), m["typ"], m["resp"], ", ".join(m["partners"]), m["period"]]
        for j, v in enumerate(vals):
            set_cell(t.rows[i].cells[j], v, size=9)
    d.add_heading("3 Nye tiltak", level=1)
    for i, m in enumerate(ny, 1):
        d.add_heading("3.%d %s" % (i, m["title"]), level=2)
        para(d, m["desc"])
        ft = table(d, 5, 2, widths=[4.0, 11.5])
        rows = [("Delmål", og_join(dms(m["delmal"]))), ("Type tiltak", m["typ"]), ("Ansvarlig", m["resp"]),
                ("Samarbeidspartnere", ", ".join(m["partners"])), ("Varighet", m["period"])]
        for r, (k, v) in enumerate(rows):
            set_cell(ft.rows[r].cells[0], k, bold=True, size=9.5, shade="F2F2F2")
            set_cell(ft.rows[r].cells[1], v, size=9.5)
        para(d, "", space_after=4)
    d.add_heading("4 Avsluttede tiltak", level=1)
    para(d, "Følgende tiltak fra tidligere rapporter er avsluttet og rapporteres ikke lenger: Kompetanseløft 2020 "
            "(erstattet av Kompetanseløft 2025, se 3.3); Nasjonal digital karriereveiledningstjeneste (tjenesten "
            "driftes nå av HK-dir som karriereveiledning.no); Nye kompetanseoppgaver for fylkeskommunene "
            "(gjennomført).")
    d.save(path)


@reg("2025_LO_rapport.docx")
def lo_2025(path, f):
    d = new_doc("Calibri", 11)
    sec = d.sections[0]
    landscape(sec)
    sec.left_margin = sec.right_margin = Cm(1.6)
    header_footer(sec, "LO", "Rapport til Kompetansepolitisk råd 2025")
    para(d, "LOs tiltak 2025", bold=True, size=16, color="C00000", space_after=4)
    para(d, "LO fører en løpende oversikt over kompetansetiltakene i et regneark. Oversikten er limt inn under. "
            "Kolonnen «Kommentar» beskriver tiltaket og hva som er gjort i år.", space_after=8)
    videre = [m for m in f["measures"] if m["st"] == "videre"]
    ny = [m for m in f["measures"] if m["st"] == "ny"]
    hdr = ["Nr", "Tiltak", "NKPS delmål", "Tiltakstype", "Ansvarlig", "Samarbeidspartnere", "Periode", "Kommentar"]
    widths = [0.8, 5.0, 1.8, 2.6, 1.8, 4.4, 2.0, 7.6]
    nrows = 1 + 1 + len(videre) + 1 + 1 + len(ny)
    t = table(d, nrows, 8, widths=widths)
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True, size=9, shade="FCE4D6")
    repeat_header(t.rows[0])
    r = 1
    n = 1
    for label, group in (("VIDEREFØRTE TILTAK", videre), ("NYE TILTAK", ny)):
        c = t.rows[r].cells[0].merge(t.rows[r].cells[7])
        set_cell(c, label, bold=True, size=9, shade="F2F2F2")
        r += 1
        for m in group:
            vals = [str(n), m["title"], ";".join(dms(m["delmal"])), m["typ"], m["resp"], ", ".join(m["partners"]),
                    m["period"], m["desc"]]
            for j, v in enumerate(vals):
                set_cell(t.rows[r].cells[j], v, size=9)
            r += 1; n += 1
        if label.startswith("VIDERE"):
            for j in range(8):
                set_cell(t.rows[r].cells[j], "", size=9)
            r += 1
    d.add_heading("Møter og høringer 2025", level=2)
    for tx in ["Kompetansepolitisk råd, 12. februar og 15. oktober",
               "Høring: forslag til endringer i fagskoleforskriften (LOs svar 2. mai)",
               "Møte med statsråden om KI og kompetanse, 20. august"]:
        d.add_paragraph(tx, style="List Bullet")
    d.save(path)


@reg("2026_KS_rapport.docx")
def ks_2026(path, f):
    d = new_doc("Calibri", 11)
    header_footer(d.sections[0], "KS", "Kommunesektorens organisasjon", footer_text="Side ", numpages=False)
    para(d, "KS' rapportering til Kompetansepolitisk råd 2026", bold=True, size=17, space_after=10)
    d.add_heading("Sammendrag", level=1)
    areas = {}
    for m in f["measures"]:
        areas.setdefault(dms(m["delmal"])[0][0], []).append(m)
    para(d, "KS rapporterer %d tiltak i 2026. Tabellen viser fordelingen på strategiens hovedinnsatsområder "
            "(etter første delmål)." % len(f["measures"]))
    t = table(d, 5, 2, widths=[10, 2.5])
    set_cell(t.rows[0].cells[0], "Hovedinnsatsområde", bold=True); set_cell(t.rows[0].cells[1], "Antall", bold=True)
    for i, a in enumerate("123", 1):
        set_cell(t.rows[i].cells[0], "%s %s" % (a, AREA[a])); set_cell(t.rows[i].cells[1], str(len(areas.get(a, []))))
    set_cell(t.rows[4].cells[0], "Totalt", bold=True); set_cell(t.rows[4].cells[1], str(len(f["measures"])), bold=True)
    for a in "123":
        d.add_heading("Hovedinnsatsområde %s: %s" % (a, AREA[a]), level=1)
        ms = areas.get(a, [])
        if not ms:
            para(d, "KS har ingen egne tiltak på dette området i 2026.", italic=True)
            continue
        tt = table(d, len(ms) + 1, 6, widths=[7.0, 1.5, 2.3, 1.7, 2.8, 1.8])
        for i, h in enumerate(["Tiltak og beskrivelse", "Delmål", "Type", "Ansvarlig", "Andre aktører", "Tid"]):
            set_cell(tt.rows[0].cells[i], h, bold=True, size=9.5, shade="DDEBF7")
        repeat_header(tt.rows[0])
        for i, m in enumerate(ms, 1):
            c = tt.rows[i].cells[0]
            c.text = ""
            run(c.paragraphs[0], m["title"], bold=True, size=9.5)
            p = c.add_paragraph(); run(p, m["desc"], size=9.5)
            vals = [", ".join(dms(m["delmal"])), m["typ"], m["resp"], ", ".join(m["partners"]), m["period"]]
            for j, v in enumerate(vals, 1):
                set_cell(tt.rows[i].cells[j], v, size=9.5)
    d.add_heading("Planlagt, ikke startet", level=1)
    para(d, "Følgende tiltak er planlagt, men ikke startet, og telles ikke med i oversikten:")
    d.add_paragraph("Kompetanseløft for barnehageansatte i små kommuner (oppstart 2027)", style="List Bullet")
    d.add_paragraph("Nettverk for kompetanseplanleggere i fylkeskommunene", style="List Bullet")
    d.save(path)
