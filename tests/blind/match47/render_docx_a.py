# -*- coding: utf-8 -*-
"""Word files 1: Regjeringen 2017, Spekter 2017, LO 2018, NHO 2019, Vestland 2020, Spekter 2021."""
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import CODES, SHORT, NN, old_nr, og_join, STRAT_RESP
from docx_util import (new_doc, landscape, header_footer, para, run, table, set_cell, cell_shade,
                       repeat_header, no_borders, page_break, cant_split)

RENDER = {}


def reg(name):
    def d(fn):
        RENDER[name] = fn
        return fn
    return d


def dm_sorted(codes):
    return sorted(codes, key=CODES.index)


@reg("2017_Regjeringen_oppfolging.docx")
def regjeringen_2017(path, f):
    d = new_doc("Times New Roman", 11)
    header_footer(d.sections[0], "Kunnskapsdepartementet", "Notat", footer_text="Side ")
    para(d, "Oppfølging av Nasjonal kompetansepolitisk strategi", bold=True, size=16, space_after=2)
    para(d, "Regjeringens rapportering til Kompetansepolitisk råd for 2017", size=13, space_after=4)
    para(d, "Dato: 8. desember 2017 · Saksnr.: 17/4412", italic=True, size=9, space_after=12)
    d.add_heading("1 Bakgrunn", level=1)
    para(d, "Strategien ble signert 2. februar 2017 av regjeringen og partene i arbeidslivet. Rådsmedlemmene har "
            "avtalt å rapportere hvert år om hvordan de følger opp tiltakene i strategien. Dette notatet samler "
            "departementenes innspill. Flere av tiltakene gjennomføres i samarbeid med partene, og enkelte av dem "
            "vil også bli omtalt i partenes egne rapporter, for eksempel arbeidet i Kompetansebehovsutvalget.")
    d.add_heading("2 Oppfølging av tiltakene i strategien", level=1)
    para(d, "Tabellen følger nummereringen av tiltakene i strategien (nr. 1–16). Kolonnen «Ansvar etter strategien» "
            "viser hvem strategien peker ut. Hvem som har ansvaret for det enkelte tiltaket i oppfølgingen, står "
            "i faktalinjen under hvert tiltak.")
    by_nr = {}
    for m in f["measures"]:
        nrs = [old_nr(c) for c in dm_sorted(m["delmal"])]
        by_nr.setdefault(nrs[0], []).append((m, nrs[1:]))
    see_also = {}
    for nr, ms in by_nr.items():
        for m, rest in ms:
            for r in rest:
                see_also.setdefault(r, []).append((nr, m["title"]))
    t = table(d, 17, 4, widths=[1.2, 4.6, 2.6, 8.4])
    for i, h in enumerate(["Nr.", "Tiltak i strategien (kortform)", "Ansvar etter strategien", "Regjeringens oppfølging 2017"]):
        set_cell(t.rows[0].cells[i], h, bold=True, size=10, shade="D9D9D9")
    repeat_header(t.rows[0])
    for nr in range(1, 17):
        row = t.rows[nr].cells
        code = CODES[nr - 1]
        set_cell(row[0], "%d." % nr, size=10)
        set_cell(row[1], SHORT[code], size=10)
        set_cell(row[2], STRAT_RESP[nr], size=10)
        c = row[3]
        c.text = ""
        first = True
        for m, rest in by_nr.get(nr, []):
            p = c.paragraphs[0] if first else c.add_paragraph()
            if not first:
                p.paragraph_format.space_before = Pt(8)
            first = False
            run(p, m["title"], bold=True, size=10)
            if rest:
                run(p, " (gjelder også nr. %s)" % og_join([str(r) for r in rest]), size=10)
            p2 = c.add_paragraph(); run(p2, m["desc"], size=10)
            p3 = c.add_paragraph()
            run(p3, "Type: %s. Ansvar: %s. Med: %s. Tid: %s." % (m["typ"], m["resp"], og_join(m["partners"]), m["period"]),
                italic=True, size=9)
        if nr in see_also:
            for onr, title in see_also[nr]:
                p = c.paragraphs[0] if first else c.add_paragraph()
                first = False
                run(p, "Se «%s» under nr. %d." % (title, onr), italic=True, size=10)
        if first:
            run(c.paragraphs[0], "Ingen nye tiltak fra departementene i 2017.", italic=True, size=10, color="666666")
    d.add_heading("3 Videre arbeid", level=1)
    para(d, "Regjeringen tar sikte på å legge fram en stortingsmelding om kompetansereform i 2019. Departementene "
            "vil også vurdere en ny rapporteringsform sammen med rådet, slik at samme tiltak ikke blir rapportert "
            "flere ganger av ulike medlemmer.")
    para(d, "Kontaktperson: seniorrådgiver Kari Nordmann, KD, tlf. 22 24 00 00", size=9, italic=True)
    d.save(path)


@reg("2017_Spekter_rapport.docx")
def spekter_2017(path, f):
    d = new_doc("Arial", 10.5)
    header_footer(d.sections[0], "Spekter", "Rapportering til Kompetansepolitisk råd 2017")
    d.add_heading("Spekters rapportering på oppfølging av Nasjonal kompetansepolitisk strategi 2017", level=1)
    para(d, "Spekter viser til brev fra Kompetanse Norge og rapporterer med dette tiltak som Spekter har gjennomført "
            "eller startet i 2017. Under følger først en oversikt over rapporteringspunktene, deretter en kort "
            "omtale av hvert punkt.")
    d.add_heading("Rapporteringspunkter", level=2)
    for i, m in enumerate(f["measures"], 1):
        nrs = og_join([str(old_nr(c)) for c in dm_sorted(m["delmal"])])
        p = para(d, "", space_after=2)
        run(p, "%d. %s (%s) – relasjon til NKPS tiltak nr %s" % (i, m["title"], m["typ"], nrs))
    for i, m in enumerate(f["measures"], 1):
        d.add_heading("Punkt %d: %s" % (i, m["title"]), level=2)
        p = para(d); run(p, "Ansvarlig og samarbeidspartnere: ", bold=True)
        run(p, "Spekter i samarbeid med %s." % og_join(m["partners"]))
        p = para(d); run(p, "Beskrivelse: ", bold=True); run(p, m["desc"])
        p = para(d); run(p, "Når: ", bold=True); run(p, m["period"])
    d.add_heading("Planer for 2018", level=2)
    para(d, "Spekter vurderer å utvikle et e-læringskurs om kompetanseplanlegging for medlemmene, men dette er ikke "
            "besluttet. Spekter vil også invitere Kompetanse Norge til HR-nettverket våren 2018.")
    para(d, "Med vennlig hilsen")
    para(d, "Spekter\nAvdeling for arbeidsgiverpolitikk")
    d.save(path)


LO_SECS = {1: "1. LOs deltakelse i nasjonale organer", 2: "2. Avtaler og samarbeid med partene", 3: "3. LOs egne tiltak"}


@reg("2018_LO_rapport.docx")
def lo_2018(path, f):
    d = new_doc("Calibri", 11)
    sec = d.sections[0]
    header_footer(sec, "LO", "Landsorganisasjonen i Norge", footer_text="Rapport NKPS 2018 · side ", numpages=False)
    para(d, "LOs rapportering til Kompetansepolitisk råd 2018", bold=True, size=18, color="C00000", space_after=12)
    d.add_heading("Innledning", level=1)
    para(d, "LO har i 2018 arbeidet bredt med kompetansepolitikken, både gjennom plassene i nasjonale råd og utvalg, "
            "i avtaleverket og gjennom egne tiltak. Rapporten er delt i tre deler etter hvordan LO deltar. "
            "Under hvert tiltak står en linje med delmål, type, ansvar, samarbeidspartnere og periode.")
    for s in (1, 2, 3):
        d.add_heading(LO_SECS[s], level=1)
        for m in [m for m in f["measures"] if m["sec"] == s]:
            p = d.add_paragraph(style="List Bullet"); run(p, m["title"], bold=True)
            p.paragraph_format.keep_with_next = True
            p = para(d, m["desc"]); p.paragraph_format.left_indent = Cm(0.63)
            codes = og_join(dm_sorted(m["delmal"]))
            line = "→ delmål %s | %s | ansvar: %s | med: %s | %s" % (codes, m["typ"], m["resp"],
                                                                     ", ".join(m["partners"]), m["period"])
            p = para(d, line, size=9, color="595959", space_after=10); p.paragraph_format.left_indent = Cm(0.63)
    d.add_heading("Møter og konferanser i 2018", level=1)
    for t in ["Kompetansepolitisk råd, møter 14. mars og 24. oktober",
              "Innspillsmøte om kompetansereformen i KD, 6. september",
              "Nordisk LO-seminar om livslang læring, Stockholm, 11.–12. juni",
              "Arendalsuka: debatt om fagarbeidere og digitalisering"]:
        d.add_paragraph(t, style="List Bullet 2")
    para(d, "Oslo, 20. desember 2018", space_before=12)
    para(d, "LO, avdeling for samfunnspolitikk")
    d.save(path)


@reg("2019_NHO_rapport.docx")
def nho_2019(path, f):
    d = new_doc("Calibri", 11)
    header_footer(d.sections[0], "NHO", "Næringslivets Hovedorganisasjon", footer_text="Side ",
                  footer_right="Oslo, 15. januar 2020")
    para(d, "NHOs oppfølging av Nasjonal kompetansepolitisk strategi", bold=True, size=17, space_after=0)
    para(d, "Rapport for 2019", size=13, color="1F4E79", space_after=12)
    d.add_heading("Sammendrag", level=1)
    para(d, "NHO rapporterer seks tiltak i 2019. To av dem er videreført fra tidligere år. Tiltakene er sortert etter "
            "det første delmålet de skal bidra til; under hvert tiltak står type, ansvar, partnere og tidsrom.")
    groups = {}
    for m in f["measures"]:
        groups.setdefault(dm_sorted(m["delmal"])[0], []).append(m)
    for code in dm_sorted(groups):
        d.add_heading("Delmål %s – %s" % (code, SHORT[code]), level=1)
        for m in groups[code]:
            p = d.add_paragraph(style="List Number")
            run(p, m["title"], bold=True); run(p, ": " + m["desc"])
            others = [c for c in dm_sorted(m["delmal"]) if c != code]
            line = "Type: %s – Ansvar: %s – Partnere: %s – Tid: %s" % (m["typ"], m["resp"], ", ".join(m["partners"]), m["period"])
            if others:
                line += " – Gjelder også delmål %s." % og_join(others)
            p = para(d, line, italic=True, size=9.5, space_after=10); p.paragraph_format.left_indent = Cm(0.63)
    d.add_heading("Andre bidrag", level=1)
    para(d, "NHO har i tillegg deltatt på regjeringens innspillsmøter om kompetansereformen og i styringsgruppen for "
            "Arbeidslivsportalen. Dette regnes ikke som egne tiltak i rapporteringen.")
    d.save(path)


@reg("2020_Vestland_rapport_nn.docx")
def vestland_2020(path, f):
    d = new_doc("Calibri", 11)
    header_footer(d.sections[0], "Vestland fylkeskommune", "Rapportering NKPS 2020", footer_text="Side ", numpages=False)
    para(d, "Rapportering til Kompetansepolitisk råd 2020", bold=True, size=18, space_after=2)
    para(d, "Vestland fylkeskommune, avdeling for opplæring og kompetanse", size=11, color="555555", space_after=12)
    d.add_heading("Innleiing", level=1)
    para(d, "Vestland fylkeskommune vart etablert 1. januar 2020. Fylkeskommunen har fått fleire nye oppgåver på "
            "kompetansefeltet, mellom anna ansvaret for karriererettleiing. Tabellen under viser kva delmål i "
            "strategien kvart tiltak er knytt til. Deretter følgjer ei kort omtale av tiltaka.")
    d.add_heading("Oversikt over tiltak og delmål", level=1)
    used = dm_sorted({c for m in f["measures"] for c in m["delmal"]})
    t = table(d, len(f["measures"]) + 1, len(used) + 1)
    set_cell(t.rows[0].cells[0], "Tiltak", bold=True, size=10, shade="DCE6F1")
    for j, c in enumerate(used, 1):
        set_cell(t.rows[0].cells[j], c, bold=True, size=10, shade="DCE6F1")
        t.rows[0].cells[j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, m in enumerate(f["measures"], 1):
        set_cell(t.rows[i].cells[0], m["title"], size=10)
        for j, c in enumerate(used, 1):
            set_cell(t.rows[i].cells[j], "X" if c in m["delmal"] else "", size=10)
            t.rows[i].cells[j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for row in t.rows:
        row.cells[0].width = Cm(8.5)
        for j in range(1, len(used) + 1):
            row.cells[j].width = Cm(1.3)
    para(d, "Delmåla: " + "; ".join("%s %s" % (c, NN[c].lower()) for c in used) + ".", italic=True, size=9, space_before=4)
    d.add_heading("Tiltaka", level=1)
    for m in f["measures"]:
        d.add_heading(m["title"], level=2)
        para(d, m["desc"])
        p = para(d, "", size=10)
        run(p, "Ansvarleg: %s.  Partnarar: %s.  Tidsrom: %s.  Type: %s." % (
            m["resp"], ", ".join(m["partners"]), m["period"], m["typ"]), size=10, color="404040")
    d.add_heading("Vidare arbeid", level=1)
    para(d, "I 2021 vil fylkeskommunen vedta ein regional plan og styrkje samarbeidet med NAV om vaksne utan "
            "fullført vidaregåande opplæring. Spørsmål kan rettast til seksjon for kompetanse.")
    d.save(path)


@reg("2021_Spekter_rapport.docx")
def spekter_2021(path, f):
    d = new_doc("Arial", 10)
    sec = d.sections[0]
    landscape(sec)
    header_footer(sec, "Spekter", "Rapport NKPS 2021", footer_text="Side ", numpages=False,
                  footer_right="spekter.no")
    para(d, "Spekters tiltak for å følge opp kompetansestrategien – 2021", bold=True, size=15, space_after=6)
    para(d, "Tabellen viser tiltakene Spekter har arbeidet med i 2021. Kolonnen «Mål i strategien» angir hvilke "
            "delmål tiltaket bidrar til, med strategiens egne ord i kortform. Lærlingforumet er videreført fra "
            "tidligere år; de øvrige tiltakene er nye i rapporteringen.")
    ms = f["measures"]
    cont = [m for m in ms if m["tid"] == "S1"]
    new = [m for m in ms if m["tid"] != "S1"]
    t = table(d, 1 + 1 + len(cont) + 1 + len(new), 5, widths=[5.0, 8.5, 5.2, 2.8, 4.5])
    for i, h in enumerate(["Tiltak", "Beskrivelse", "Mål i strategien", "Type", "Hvem og når"]):
        set_cell(t.rows[0].cells[i], h, bold=True, color="FFFFFF", shade="00607A")
    repeat_header(t.rows[0])
    r = 1
    for label, group in (("Videreført fra tidligere år", cont), ("Nye tiltak i 2021", new)):
        c = t.rows[r].cells[0].merge(t.rows[r].cells[4])
        set_cell(c, label, bold=True, italic=True, shade="E7F1F3")
        r += 1
        for m in group:
            cells = t.rows[r].cells
            set_cell(cells[0], m["title"], bold=True)
            set_cell(cells[1], m["desc"])
            set_cell(cells[2], "\n".join(SHORT[c] for c in dm_sorted(m["delmal"])))
            set_cell(cells[3], m["typ"])
            set_cell(cells[4], "Ansvar: %s\nMed: %s\nNår: %s" % (m["resp"], ", ".join(m["partners"]), m["period"]))
            r += 1
    para(d, "")
    d.add_heading("Møteplasser Spekter har deltatt på i 2021", level=2)
    t2 = table(d, 4, 3, widths=[3, 12, 6])
    for i, row in enumerate([("Dato", "Møte", "Arrangør"),
                             ("3. mars", "Kompetansepolitisk råd", "KD"),
                             ("16. juni", "Innspillsmøte om ny fagskolemelding", "KD"),
                             ("9. november", "Nasjonal konferanse om karriereveiledning", "HK-dir")]):
        for j, v in enumerate(row):
            set_cell(t2.rows[i].cells[j], v, bold=(i == 0))
    d.save(path)
