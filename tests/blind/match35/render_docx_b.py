# -*- coding: utf-8 -*-
"""Word renderers: Spekter 2022, NHO 2023, HK-dir 2023, Akademikerne 2024, Trøndelag 2026."""
from docx.shared import Pt
from docx_common import (new_doc, runs, para, cell_text, shade, repeat_header, table_borders, col_widths,
                         header_footer, page_break)
from common import codes_join, FULL_NB


def _by_id(f):
    return {r["tiltak_id"]: r for r in f["rows"]}


# ---------------------------------------------------------------- Spekter 2022 (questionnaire export)
def sp22(f, path):
    doc = new_doc(font="Arial", size=10)
    header_footer(doc, [("Nettskjema – eksport av enkeltsvar", {"color": "7F7F7F"})],
                  [("Eksportert 03.10.2022 11:05   ", {"color": "7F7F7F"})])
    para(doc, "Rapportering til Kompetansepolitisk råd 2022", bold=True, size=15)
    for k, v in (("Skjema:", "Rapportering til Kompetansepolitisk råd 2022 (HK-dir)"), ("Svar-ID:", "1482-0097"),
                 ("Startet:", "03.10.2022 09:14"), ("Fullført:", "03.10.2022 11:02")):
        p = para(doc, space_after=0)
        runs(p, [(k + " ", {"bold": True, "color": "595959"}), (v, {"color": "595959"})])
    doc.add_heading("Om virksomheten", level=1)
    for q, a in (("Organisasjon", "Spekter"), ("Kontaktperson", "Seniorrådgiver, avdeling for arbeidsliv"),
                 ("E-post", "post@spekter.no"), ("Hvor mange tiltak vil du registrere?", "7")):
        para(doc, q, bold=True, space_after=0)
        para(doc, a, space_after=6)
    n = len(f["rows"])
    for i, r in enumerate(f["rows"], start=1):
        doc.add_heading("Tiltak %d av %d" % (i, n), level=2)
        qa = [("Navn på tiltaket", [r["title"]]),
              ("Hvilke delmål bidrar tiltaket til? (velg ett eller flere)",
               ["%s %s" % (c, FULL_NB[c]) for c in r["delmal"]]),
              ("Hvilken type tiltak er det?", [r["type_printed"]]),
              ("Hvem er ansvarlig for tiltaket?", [r["responsible"]]),
              ("Hvem samarbeider dere med?", [", ".join(r["partners"])]),
              ("Når starter og slutter tiltaket?", [r["period"]]),
              ("Beskriv tiltaket kort (maks 500 tegn)", [r["description"]])]
        for q, answers in qa:
            para(doc, q, bold=True, space_after=0)
            for j, a in enumerate(answers):
                para(doc, a, space_after=6 if j == len(answers) - 1 else 0)
    doc.add_heading("Avslutning", level=2)
    for q, a in (("Vil du registrere et nytt tiltak?", "Nei"),
                 ("Har dere kommentarer til rapporteringen?",
                  "Vi savner et eget felt for tiltak vi deltar i, men som andre eier, for eksempel Kompetansebehovs"
                  "utvalget.")):
        para(doc, q, bold=True, space_after=0)
        para(doc, a, space_after=6)
    doc.save(path)


# ---------------------------------------------------------------- NHO 2023
def nho23(f, path):
    doc = new_doc(font="Calibri", size=11)
    header_footer(doc, [("NHO · Næringslivets Hovedorganisasjon", {"color": "00567A"})],
                  [("Rapport til Kompetansepolitisk råd 2023   ", {})], footer_total=True)
    rows = _by_id(f)
    para(doc, "NHOs rapport til Kompetansepolitisk råd 2023", style="Title")
    para(doc, "NHO følger opp strategien gjennom egne tiltak, gjennom landsforeningene og gjennom plassene i "
              "nasjonale råd og utvalg. Rapporten skiller mellom tiltak vi har rapportert før og nye tiltak i år.")

    def measure(tid):
        r = rows[tid]
        doc.add_heading(r["title"], level=3)
        if tid in f["first"]:
            para(doc, "Først rapportert: " + f["first"][tid], italic=True, size=9, color="7F7F7F")
        lab = [("Delmål (NKPS)", codes_join(r["delmal"], ", ", " og ")), ("Virkemiddel", r["type_printed"]),
               ("Eier", r["responsible"]), ("Partnere", ", ".join(r["partners"])), ("Tidsrom", r["period"])]
        t = doc.add_table(rows=len(lab), cols=2)
        table_borders(t, "single", 4, "A6A6A6")
        for i, (k, v) in enumerate(lab):
            cell_text(t.cell(i, 0), [[(k, {"bold": True})]], size=9.5)
            shade(t.cell(i, 0), "E7F0F4")
            cell_text(t.cell(i, 1), [v], size=9.5)
        col_widths(t, [3.8, 12.0])
        if tid == "T03":
            s1, s2 = r["description"].split(" og har ", 1)
            para(doc, s1 + " og har", space_before=6)
            page_break(doc)
            para(doc, s2)
        else:
            para(doc, r["description"], space_before=6)

    doc.add_heading("Videreførte tiltak", level=1)
    for tid in ("N1", "N2", "N3", "T03"):
        measure(tid)
    doc.add_heading("Nye tiltak i 2023", level=1)
    for tid in ("T05", "T18", "N5"):
        measure(tid)
    doc.add_heading("Avsluttede tiltak", level=1)
    para(doc, "Kampanjen for Hurtigsporet, som vi rapporterte i 2018, er avsluttet og rapporteres ikke i år.")
    doc.save(path)


# ---------------------------------------------------------------- HK-dir 2023
def hk23(f, path):
    doc = new_doc(font="Calibri", size=10.5, margins_cm=1.9)
    header_footer(doc, [("Direktoratet for høyere utdanning og kompetanse (HK-dir)", {"color": "3B3B8F"})],
                  [("Rapport til Kompetansepolitisk råd 2023   ", {})])
    rows = _by_id(f)
    para(doc, "Rapport til Kompetansepolitisk råd 2023", style="Title")
    doc.add_heading("Sammendrag", level=1)
    para(doc, "HK-dir har ansvar for flere av de nasjonale tiltakene i strategien på oppdrag fra "
              "Kunnskapsdepartementet. Tabellene viser hva vi gjorde i 2023, ordnet etter tema.")
    heads = ["Tiltak", "Hva vi gjorde i 2023", "Delmål", "Type", "Ansvar", "Partnere", "Periode"]
    boxes = {0: "Nøkkeltall 2023: 1,2 millioner besøk på karriereveiledning.no · 38 000 chat- og "
                "telefonsamtaler · 600 veiledere på kurs i kvalitetsrammeverket",
             1: "Nøkkeltall 2023: 112 tilbud fikk midler i bransjeprogrammene · 95 mill. kr til fleksible "
                "utdanningstilbud · 9 000 deltakere i Kompetanseprogrammet"}
    for k, (theme, ids) in enumerate(f["tables"]):
        t = doc.add_table(rows=2 + len(ids), cols=len(heads))
        table_borders(t, "single", 4, "3B3B8F")
        cap = t.cell(0, 0).merge(t.cell(0, len(heads) - 1))
        cell_text(cap, [[("Tabell %d  %s" % (k + 1, theme), {"bold": True, "color": "FFFFFF"})]])
        shade(cap, "3B3B8F")
        for j, h in enumerate(heads):
            cell_text(t.cell(1, j), [[(h, {"bold": True})]], size=8.5)
            shade(t.cell(1, j), "D9D9F0")
        if k == 0:
            repeat_header(t.rows[0])
            repeat_header(t.rows[1])
        for i, tid in enumerate(ids, start=2):
            r = rows[tid]
            vals = [[(r["title"], {"bold": True})], r["description"], codes_join(r["delmal"], ", "),
                    r["type_printed"], r["responsible"], ", ".join(r["partners"]), r["period"]]
            for j, v in enumerate(vals):
                cell_text(t.cell(i, j), [v], size=8.5)
        col_widths(t, [3.2, 5.6, 1.3, 1.8, 1.4, 2.5, 1.6])
        para(doc, "", space_after=2)
        if k in boxes:
            b = doc.add_table(rows=1, cols=1)
            table_borders(b, "single", 6, "BF9000")
            cell_text(b.cell(0, 0), [[(boxes[k], {"bold": True})]], size=9.5)
            shade(b.cell(0, 0), "FFF2CC")
            para(doc, "", space_after=2)
    para(doc, "Kontakt: Avdeling for kompetanse og karriere, HK-dir, postmottak@hkdir.no", italic=True, size=9)
    doc.save(path)


# ---------------------------------------------------------------- Akademikerne 2024
def akad24(f, path):
    doc = new_doc(font="Calibri", size=11)
    header_footer(doc, [("Akademikerne", {"bold": True, "color": "00407A"})], None)
    para(doc, "Notat", bold=True, size=16)
    for k, v in (("Til:", "Kompetansepolitisk råd v/ sekretariatet i HK-dir"), ("Fra:", "Akademikerne"),
                 ("Dato:", "15. november 2024"), ("Sak:", "Akademikernes rapportering for 2024")):
        p = para(doc, space_after=0)
        runs(p, [(k + " ", {"bold": True}), (v, {})])
    para(doc, "")
    para(doc, "Akademikerne følger opp strategien særlig gjennom plassene i nasjonale råd og utvalg og gjennom "
              "foreningenes egne tilbud til medlemmene. Taggen i hakeparentes etter hvert punkt gir delmål, type, "
              "ansvar, samarbeid og periode.")
    para(doc, "Våre tiltak i 2024", bold=True, size=12, space_before=6)
    for r in f["rows"]:
        tag = "[Delmål %s | %s | Ansvar: %s | Med: %s | %s]" % (
            codes_join(r["delmal"], ", "), r["type_printed"], r["responsible"], ", ".join(r["partners"]),
            r["period"])
        p = para(doc, style="List Bullet")
        runs(p, [(r["title"] + ":", {"bold": True}), (" " + r["description"] + " ", {}),
                 (tag, {"color": "595959", "size": 9.5})])
    para(doc, "Møter vi har deltatt i", bold=True, size=12, space_before=6)
    for m in ("Kompetansepolitisk råd – fire møter", "KBU-seminar om grønn omstilling (mars)",
              "Innspillsmøte om stortingsmeldingen om kompetansepolitikk (juni)"):
        para(doc, m, style="List Bullet")
    p = para(doc, space_before=6)
    runs(p, [("Merk: ", {"bold": True}), ("Rapporten omfatter ikke tiltak i regi av enkeltforeningene utover det "
                                          "som er nevnt over.", {"italic": True})])
    doc.save(path)


# ---------------------------------------------------------------- Trøndelag 2026
def tro26(f, path):
    doc = new_doc(landscape=True, font="Calibri", size=10, margins_cm=1.7)
    header_footer(doc, [("Trøndelag fylkeskommune · Handlingsplan 2026 – utdrag", {"color": "4F6228"})],
                  [("Kompetansestrategi for Trøndelag   ", {})], footer_total=True)
    rows = _by_id(f)
    para(doc, "Handlingsplan 2026 – Kompetansestrategi for Trøndelag (utdrag)", bold=True, size=15)
    para(doc, "Om handlingsplanen", bold=True, space_before=4)
    para(doc, "Utdraget viser tiltakene som rapporteres til Kompetansepolitisk råd. «Videreført» betyr at tiltaket "
              "også stod i fylkeskommunens handlingsplan for 2025. Nummereringen T1–T6 er planens egen.")
    heads = ["Nr", "Tiltak", "Hva skal gjøres", "Hvem", "Når", "Form", "NKPS", "Status"]
    n = 1 + sum(1 + len(ids) for _, ids in f["groups"])
    t = doc.add_table(rows=n, cols=len(heads))
    table_borders(t, "single", 4, "76923C")
    for j, h in enumerate(heads):
        cell_text(t.cell(0, j), [[(h, {"bold": True})]], size=9)
        shade(t.cell(0, j), "D7E4BC")
    repeat_header(t.rows[0])
    i, nr = 1, 1
    W = f["nkps_words"]
    for g, ids in f["groups"]:
        gc = t.cell(i, 0).merge(t.cell(i, len(heads) - 1))
        cell_text(gc, [[("Innsatsområde " + g, {"bold": True})]], size=9)
        shade(gc, "EBF1DE")
        i += 1
        for tid in ids:
            r = rows[tid]
            nk = ", ".join("%s (%s)" % (W[c], c) for c in r["delmal"])
            vals = [["T%d" % nr], [[(r["title"], {"bold": True})]], [r["description"]],
                    ["Ansvar: " + r["responsible"], "Med: " + ", ".join(r["partners"])], [r["period"]],
                    [r["type_printed"]], [nk], [r["status"]]]
            for j, v in enumerate(vals):
                cell_text(t.cell(i, j), v, size=9)
            i += 1
            nr += 1
    col_widths(t, [0.9, 4.0, 6.4, 4.6, 1.6, 1.8, 3.4, 1.6])
    para(doc, "Økonomi", bold=True, space_before=8)
    para(doc, "Tiltakene finansieres innenfor rammen til sektor for utdanning. Menn i oppvekst har i tillegg fått "
              "1,2 mill. kr i regionale utviklingsmidler for 2026.")
    doc.save(path)
