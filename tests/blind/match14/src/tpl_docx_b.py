"""Word templates, part B (KS 2020, Spekter 2020, Vestland 2021, AID 2022, NHO 2022)."""
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt

from . import delmal as D
from .common import codes, group_consecutive, join, area_of
from .docx_util import (add_run, cant_split, cell_text, col_widths, header_footer, new_doc, page_break,
                        para, repeat_header, save, shade, table_borders, cell_margins)


# ---------------------------------------------------------------- KS 2020 (landscape matrix)
def ks20_merged_matrix(rep, path):
    doc = new_doc(font="Calibri", size=9.5, landscape=True, margins_cm=1.6)
    header_footer(doc.sections[0], header="KS – Kommunesektorens organisasjon",
                  footer="Rapportering til Kompetansepolitisk råd 2020")
    para(doc, "KS' rapportering til Kompetansepolitisk råd 2020", bold=True, size=16, color="00305E")
    para(doc, "Oppfølging av Nasjonal kompetansepolitisk strategi – tiltak i kommunesektoren", size=11, after=6)
    para(doc, "Oversikten viser tiltak der KS har ansvar eller deltar. Kolonnen Delmål viser til strategiens "
              "delmål 1.1–3.6. Der KS bidrar i tiltak som andre har ansvaret for, står KS blant "
              "samarbeidspartene.", after=8)
    hdr = ["Delmål", "Tiltak", "Beskrivelse", "Type tiltak", "Ansvar", "Samarbeidsparter", "Tidsrom"]
    t = doc.add_table(rows=1, cols=7)
    table_borders(t, top=(6, "00305E"), bottom=(6, "00305E"), left=(4, "9DB3C8"), right=(4, "9DB3C8"),
                  insideH=(4, "9DB3C8"), insideV=(4, "9DB3C8"))
    cell_margins(t)
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]
        cell_text(c, h, bold=True, color="FFFFFF")
        shade(c, "00305E")
    repeat_header(t.rows[0])
    for dm, grp in group_consecutive(rep["rows"], lambda r: codes(r)):
        first = len(t.rows)
        for r in grp:
            row = t.add_row()
            cant_split(row)
            vals = [None, r["title"], r["desc"], r["type"], r["resp"], join(r["partners"]), r["period"]]
            for i, v in enumerate(vals):
                if v is not None:
                    cell_text(row.cells[i], v, bold=(i == 1))
        last = len(t.rows) - 1
        m = t.rows[first].cells[0]
        if last > first:
            m = m.merge(t.rows[last].cells[0])
        p = m.paragraphs[0]
        add_run(p, dm, bold=True)
        m.add_paragraph().add_run(D.SHORT[r["dm"][0]]).font.size = Pt(8)
        shade(m, "EAF0F6")
    col_widths(t, [2.4, 4.2, 8.4, 2.4, 2.6, 3.8, 2.6])
    para(doc, "Kilde: KS, avdeling for arbeidsgiverpolitikk og avdeling for utdanning og oppvekst.",
         italic=True, size=8, before=6)
    save(doc, path)


# ---------------------------------------------------------------- Spekter 2020 (question forms)
SP20_Q = ["Hva heter tiltaket?",
          "Hvilket delmål i strategien bidrar tiltaket til?",
          "Hvilken type tiltak er det?",
          "Hvem er ansvarlig, og hvem samarbeider dere med?",
          "Når gjennomføres tiltaket, og hvor lenge varer det?",
          "Beskriv tiltaket kort (maks fem linjer)"]


def spekter20_question_forms(rep, path):
    doc = new_doc(font="Calibri", size=10.5)
    header_footer(doc.sections[0], header="Arbeidsgiverforeningen Spekter", footer="Oppfølging av NKPS – 2020")
    para(doc, "Oppfølging av Nasjonal kompetansepolitisk strategi", bold=True, size=16, color="003A70")
    para(doc, "Spekters rapport for 2020", size=13, after=8)
    para(doc, "Sekretariatet har i år bedt om at hvert tiltak beskrives i et fast skjema med spørsmål. "
              "2020 har vært preget av pandemien, og flere av Spekters arrangementer ble gjennomført "
              "digitalt. Spekter rapporterer på seks tiltak.", after=10)
    for i, r in enumerate(rep["rows"], start=1):
        para(doc, f"Tiltak {i}", bold=True, size=11, color="003A70", before=8, after=3)
        t = doc.add_table(rows=6, cols=2)
        t.style = doc.styles["Table Grid"]
        cell_margins(t, top=60, bottom=60)
        dm = "Delmål " + codes(r, last="og")
        vals = [r["title"], dm, r["tp"], r["rp"], r["period"], r["desc"]]
        for j, (q, v) in enumerate(zip(SP20_Q, vals)):
            cant_split(t.rows[j])
            cell_text(t.rows[j].cells[0], q, italic=True, size=9.5)
            shade(t.rows[j].cells[0], "EEF3F8")
            cell_text(t.rows[j].cells[1], v, bold=(j == 0))
        col_widths(t, [5.5, 11.1])
    save(doc, path)


# ---------------------------------------------------------------- Vestland 2021 (nynorsk, bold labels)
VL_TYPE = {"Råd/utvalg/nettverk": "Råd/utval/nettverk"}


def vestl21_bold_labels_nn(rep, path):
    doc = new_doc(font="Calibri", size=11)
    sec = doc.sections[0]
    header_footer(sec, header="Vestland fylkeskommune", footer="Rapportering til Kompetansepolitisk råd 2021")
    sec.different_first_page_header_footer = True
    para(doc, "", after=140)
    para(doc, "Vestland fylkeskommune", size=14, color="00616F")
    para(doc, "Rapportering til Kompetansepolitisk råd 2021", bold=True, size=24, color="00616F", after=6)
    para(doc, "Oppfølging av Nasjonal kompetansepolitisk strategi", size=14, after=80)
    para(doc, "Avdeling for strategisk utvikling og digitalisering", italic=True)
    page_break(doc)
    doc.add_heading("Innleiing", level=1)
    para(doc, "Vestland fylkeskommune har sidan samanslåinga i 2020 arbeidd for å samle det regionale "
              "kompetansearbeidet. Under følgjer tiltaka fylkeskommunen har ansvar for eller deltek i. "
              "For nokre tiltak har vi vist til delmålet med ordlyden i strategien.")
    for a, rows in group_consecutive(rep["rows"], area_of):
        doc.add_heading(D.AREAS_NN[a], level=1)
        for r in rows:
            doc.add_heading(r["title"], level=2)
            lines = [("Delmål", r["dmp"]), ("Type tiltak", VL_TYPE.get(r["type"], r["type"])),
                     ("Ansvarleg", r["resp"]), ("Samarbeidspartnarar", join(r["partners"])),
                     ("Periode", r["period"])]
            for lab, val in lines:
                p = doc.add_paragraph()
                p.paragraph_format.tab_stops.add_tab_stop(Cm(4.6), WD_TAB_ALIGNMENT.LEFT)
                p.paragraph_format.left_indent = Cm(4.6)
                p.paragraph_format.first_line_indent = Cm(-4.6)
                p.paragraph_format.space_after = Pt(2)
                add_run(p, lab, bold=True)
                add_run(p, "\t" + val)
            para(doc, "Skildring", bold=True, before=4, after=2)
            para(doc, r["desc"], after=10)
    save(doc, path)


# ---------------------------------------------------------------- AID 2022 (forms with long labels)
AID_LABELS = ["Navn på tiltaket",
              "Hvilke(t) delmål i strategien tiltaket følger opp",
              "Tiltakets art (FoU, kurs/utdanning, råd/utvalg/nettverk, prosjekt, informasjon eller arrangement)",
              "Ansvarlig departement eller etat",
              "Øvrige samarbeidspartnere",
              "Tidsperiode for tiltaket",
              "Beskrivelse av tiltaket og status per 2022"]


def aid22_long_label_forms(rep, path):
    doc = new_doc(font="Arial", size=10)
    header_footer(doc.sections[0], header="Arbeids- og inkluderingsdepartementet",
                  footer="Rapportering til Kompetansepolitisk råd 2022")
    para(doc, "Arbeids- og inkluderingsdepartementet", size=11, color="1B365D")
    para(doc, "Rapportering til Kompetansepolitisk råd – 2022", bold=True, size=17, color="1B365D", after=8)
    para(doc, "Fra 1. januar 2022 har Arbeids- og inkluderingsdepartementet (AID) ansvaret for arbeids-, "
              "velferds- og integreringspolitikken. AID rapporterer her på tiltak på sitt eget område og på "
              "tiltak der departementet samarbeider med Kunnskapsdepartementet. Strategiperioden for Nasjonal "
              "kompetansepolitisk strategi er over, men rådet har bedt om at rapporteringen fortsatt følger "
              "strategiens delmål.", after=10)
    n = len(rep["rows"])
    for i, r in enumerate(rep["rows"], start=1):
        para(doc, f"Skjema {i} av {n}", italic=True, size=8.5, color="666666", before=6, after=2)
        t = doc.add_table(rows=7, cols=2)
        table_borders(t, top=(6, "1B365D"), bottom=(6, "1B365D"), left=(4, "A6A6A6"), right=(4, "A6A6A6"),
                      insideH=(4, "A6A6A6"), insideV=(4, "A6A6A6"))
        cell_margins(t, top=50, bottom=50)
        vals = [r["title"], r["dmp"], r["type"].lower() if r["type"] != "FoU" else "FoU", r["resp"],
                join(r["partners"]), r["period"], r["desc"]]
        for j, (lab, v) in enumerate(zip(AID_LABELS, vals)):
            cant_split(t.rows[j])
            cell_text(t.rows[j].cells[0], lab, size=8.5)
            shade(t.rows[j].cells[0], "F2F2F2")
            cell_text(t.rows[j].cells[1], v, bold=(j == 0))
        col_widths(t, [6.2, 10.4])
    save(doc, path)


# ---------------------------------------------------------------- NHO 2022 (Hva/Hvorfor/Hvordan/Hvem/Når)
NHO22_SEC = {"1": "Del 1: Gode valg – kompetansebehov og relevans",
             "2": "Del 2: Læring i arbeidslivet",
             "3": "Del 3: Voksne med svak tilknytning til arbeidslivet"}


def nho22_what_why_how(rep, path):
    doc = new_doc(font="Calibri", size=10)
    header_footer(doc.sections[0], header="NHO – Kompetanserapport 2022", footer="nho.no")
    para(doc, "Kompetanserapport 2022", bold=True, size=20, color="002D5A")
    para(doc, "Hva NHO gjør for å følge opp kompetansepolitikken – rapport til Kompetansepolitisk råd",
         size=12, after=8)
    para(doc, "Rapporten er bygd opp rundt fem spørsmål: hva vi gjør, hvorfor (hvilket delmål i "
              "strategien tiltaket følger opp), hvordan, hvem som har ansvaret og er med, og når. "
              "Tiltak som ble rapportert også i tidligere år er tatt med når de er videreført.", after=6)
    for s, rows in group_consecutive(rep["rows"], lambda r: r["sec"]):
        doc.add_heading(NHO22_SEC[s], level=2)
        t = doc.add_table(rows=1, cols=5)
        table_borders(t, top=(12, "002D5A"), bottom=(12, "002D5A"), left=None, right=None,
                      insideH=(4, "BFBFBF"), insideV=(4, "BFBFBF"))
        cell_margins(t)
        for i, h in enumerate(["Hva", "Hvorfor (delmål)", "Hvordan", "Hvem", "Når"]):
            cell_text(t.rows[0].cells[i], h, bold=True, color="002D5A")
            shade(t.rows[0].cells[i], "E7EEF6")
        repeat_header(t.rows[0])
        for r in rows:
            row = t.add_row()
            cant_split(row)
            vals = [r["title"], codes(r), r["desc"], r["rp"], r["period"]]
            for i, v in enumerate(vals):
                cell_text(row.cells[i], v, bold=(i == 0))
        col_widths(t, [3.6, 2.0, 6.4, 3.2, 1.6])
    save(doc, path)
