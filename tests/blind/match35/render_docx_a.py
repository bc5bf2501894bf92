# -*- coding: utf-8 -*-
"""Word renderers: LO 2017, KS 2018, Regjeringen 2019, YS 2020, Vestland 2020, Unio 2021."""
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx_common import (new_doc, runs, para, cell_text, shade, repeat_header, table_borders, col_widths,
                         header_footer, tab_stop, indent, page_break)
from common import old_join, codes_join, AREAS_NN, OLD_NR, WORDS_NB


def _by_id(f):
    return {r["tiltak_id"]: r for r in f["rows"]}


# ---------------------------------------------------------------- LO 2017
def lo17(f, path):
    doc = new_doc(font="Arial", size=10, margins_cm=1.8)
    header_footer(doc, [("LO – Landsorganisasjonen i Norge\tProtokoll", {})],
                  [("LOs kompetanseutvalg · møte 4/2017   ", {})], footer_total=True)
    para(doc, "PROTOKOLL", bold=True, size=16, space_after=0)
    para(doc, "Møte i LOs kompetanseutvalg", bold=True, size=12)
    for k, v in (("Tid:", "9. oktober 2017 kl. 10.00–12.30"), ("Sted:", "Folkets hus, møterom 5"),
                 ("Til stede:", "Fellesforbundet, Fagforbundet, Handel og Kontor, EL og IT Forbundet, NTL, "
                                "Norsk Arbeidsmandsforbund, LO Stat, LOs samfunnspolitiske avdeling"),
                 ("Forfall:", "FLT, Negotia"), ("Referent:", "LOs samfunnspolitiske avdeling")):
        p = para(doc, space_after=0)
        tab_stop(p, 2.6)
        indent(p, 2.6, -2.6)
        runs(p, [(k, {"bold": True}), ("\t" + v, {})])
    para(doc, "")
    para(doc, "Sak 20/17 Godkjenning av innkalling og dagsorden", bold=True, size=11, space_before=6)
    para(doc, "Vedtak: Innkalling og dagsorden godkjent.")
    para(doc, "Sak 21/17 Protokoll fra møte 3/2017", bold=True, size=11, space_before=6)
    para(doc, "Vedtak: Protokollen godkjent uten merknader.")
    para(doc, "Sak 22/17 Rapportering til Kompetansepolitisk råd 2017", bold=True, size=11, space_before=6)
    para(doc, "Saksopplysninger: Medlemmene i Kompetansepolitisk råd skal hvert år rapportere hvordan de følger opp "
              "strategien som ble signert i februar 2017. Kompetanse Norge har bedt om en kort oversikt over "
              "tiltakene med henvisning til strategiens tiltaksliste (nr. 1–16). Sekretariatet la fram et utkast "
              "etter innspill fra forbundene.")
    para(doc, "Vedtak: Utvalget slutter seg til oversikten over tiltak slik den går fram av tabellen under.")
    order = ["T01", "T02", "T04", "S4", "L1", "L2", "N3", "R1"]
    rows = _by_id(f)
    heads = ["Tiltak", "Kort om tiltaket", "Strategiens tiltak nr.", "Form", "Hvem har ansvaret", "Med", "Tidsrom"]
    tb = doc.add_table(rows=1 + len(order) + 1, cols=len(heads))
    table_borders(tb)
    for j, h in enumerate(heads):
        cell_text(tb.cell(0, j), [[(h, {"bold": True, "color": "FFFFFF"})]], size=8.5)
        shade(tb.cell(0, j), "C00000")
    repeat_header(tb.rows[0])
    for i, tid in enumerate(order, start=1):
        r = rows[tid]
        cell_text(tb.cell(i, 0), [[(r["title"], {"bold": True})]], size=8.5)
        cell_text(tb.cell(i, 1), [r["description"]], size=8.5)
        cell_text(tb.cell(i, 2), ["tiltak " + old_join(r["delmal"])], size=8.5)
        cell_text(tb.cell(i, 3), [r["type_printed"]], size=8.5)
        cell_text(tb.cell(i, 5), [", ".join(r["partners"])], size=8.5)
        cell_text(tb.cell(i, 6), [r["period"]], size=8.5)
    # owner column, vertically merged over equal consecutive owners
    i = 1
    while i <= len(order):
        j = i
        while j + 1 <= len(order) and rows[order[j]]["responsible"] == rows[order[i - 1]]["responsible"]:
            j += 1
        cell_text(tb.cell(i, 4), [rows[order[i - 1]]["responsible"]], size=8.5)
        if j > i:
            tb.cell(i, 4).merge(tb.cell(j, 4))
        i = j + 1
    last = len(order) + 1
    m = tb.cell(last, 0).merge(tb.cell(last, len(heads) - 1))
    cell_text(m, [[("Merknad: ", {"bold": True}),
                   ("Rapporten oversendes Kompetanse Norge innen 15. november 2017. Tiltakene er drøftet med "
                    "LO-forbundene i LOs kompetanseutvalg.", {"italic": True})]], size=8.5)
    col_widths(tb, [3.0, 4.6, 1.7, 1.6, 1.8, 2.3, 1.6])
    para(doc, "")
    para(doc, "Sak 23/17 Eventuelt", bold=True, size=11, space_before=6)
    para(doc, "Fellesforbundet ønsker at forsøket med fagbrev på jobb rapporteres neste år, når forbundene har mer "
              "erfaring med forsøket. Sekretariatet tar dette med i arbeidet med rapporten for 2018.")
    para(doc, "Neste møte: 4. desember 2017.", italic=True, space_before=6)
    doc.save(path)


# ---------------------------------------------------------------- KS 2018
def ks18(f, path):
    doc = new_doc(font="Calibri", size=11)
    header_footer(doc, [("KS\t\t", {"bold": True}), ("Rapport til Kompetansepolitisk råd · 20.11.2018", {})],
                  [("KS · Haakon VIIs gate 9 · Postboks 1378 Vika, 0114 Oslo · www.ks.no        ", {})])
    rows = _by_id(f)
    para(doc, "KS' oppfølging av Nasjonal kompetansepolitisk strategi 2018", style="Title")
    para(doc, "Oslo, 20. november 2018", italic=True)
    doc.add_heading("Innledning", level=1)
    para(doc, "KS rapporterer her tiltakene kommunesektorens organisasjon har gjennomført eller startet i 2018. "
              "Tiltakene er ordnet etter KS' egne temaer. For hvert tiltak siterer vi målet i strategien som "
              "tiltaket følger opp.")
    doc.add_heading("KS' tiltak", level=1)
    for gtitle, ids in f["groups"]:
        doc.add_heading(gtitle, level=2)
        for tid in ids:
            r = rows[tid]
            doc.add_heading(r["title"], level=3)
            goal = " og ".join("«%s»" % (WORDS_NB[c][0].upper() + WORDS_NB[c][1:]) for c in r["delmal"])
            for lab, val in (("Strategiens mål:", goal), ("Ansvar:", r["responsible"]),
                             ("Samarbeid:", ", ".join(r["partners"])), ("Kategori:", r["type_printed"]),
                             ("Varighet:", r["period"])):
                p = para(doc, space_after=0)
                tab_stop(p, 3.4)
                indent(p, 3.4, -3.4)
                runs(p, [(lab, {"bold": True}), ("\t" + val, {})])
            para(doc, r["description"], space_before=4)
    doc.add_heading("Oppsummering", level=1)
    para(doc, "KS rapporterer sju tiltak i 2018. Tabellen viser hvordan de fordeler seg.")
    t = doc.add_table(rows=2 + len(f["groups"]), cols=2)
    table_borders(t)
    cell_text(t.cell(0, 0), [[("Antall tiltak per tema", {"bold": True})]])
    cell_text(t.cell(0, 1), [[("Antall", {"bold": True})]])
    for i, (g, ids) in enumerate(f["groups"], start=1):
        cell_text(t.cell(i, 0), [g])
        cell_text(t.cell(i, 1), [str(len(ids))])
    cell_text(t.cell(len(f["groups"]) + 1, 0), [[("Sum", {"bold": True})]])
    cell_text(t.cell(len(f["groups"]) + 1, 1), [[(str(len(f["rows"])), {"bold": True})]])
    col_widths(t, [12.0, 2.5])
    doc.save(path)


# ---------------------------------------------------------------- Regjeringen 2019
def reg19(f, path):
    doc = new_doc(font="Times New Roman", size=12, margins_cm=2.5)
    header_footer(doc, None, [("Kunnskapsdepartementet – notat   ", {})], footer_total=True)
    t = doc.add_table(rows=6, cols=2)
    table_borders(t, "single", 4, "000000")
    cell_text(t.cell(0, 0), [[("NOTAT", {"bold": True, "size": 16})]])
    t.cell(0, 0).merge(t.cell(0, 1))
    for i, (k, v) in enumerate([("Til:", "Kompetansepolitisk råd"), ("Fra:", "Kunnskapsdepartementet"),
                                ("Kopi:", "ASD, HOD, KMD, NFD"), ("Dato:", "12.11.2019"),
                                ("Vår ref.:", "19/4417")], start=1):
        cell_text(t.cell(i, 0), [[(k, {"bold": True})]])
        cell_text(t.cell(i, 1), [v])
    col_widths(t, [3.0, 13.0])
    para(doc, "")
    para(doc, "Oppfølging av Nasjonal kompetansepolitisk strategi – regjeringens tiltak 2019", bold=True, size=14)
    doc.add_heading("Kort om notatet", level=1)
    para(doc, "Notatet gir en oversikt over tiltak regjeringen har gjennomført eller videreført i 2019 for å følge "
              "opp strategien. Tiltakene er samordnet av Kunnskapsdepartementet etter innspill fra de andre "
              "departementene.")
    doc.add_heading("Budsjett 2019", level=1)
    para(doc, "Tabell 1 Bevilgninger 2019 til utvalgte tiltak (mill. kr)", italic=True)
    bud = [("Kompetansepluss (kap. 257 post 70)", "208,4"), ("Bransjeprogram for kompetanseutvikling", "40,0"),
           ("Fleksible videreutdanningstilbud", "35,0"), ("Digital karriereveiledning", "22,5"), ("Sum", "305,9")]
    bt = doc.add_table(rows=len(bud) + 1, cols=2)
    table_borders(bt)
    cell_text(bt.cell(0, 0), [[("Post", {"bold": True})]])
    cell_text(bt.cell(0, 1), [[("2019", {"bold": True})]])
    for i, (k, v) in enumerate(bud, start=1):
        b = k == "Sum"
        cell_text(bt.cell(i, 0), [[(k, {"bold": b})]])
        cell_text(bt.cell(i, 1), [[(v, {"bold": b})]])
        bt.cell(i, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    col_widths(bt, [11.0, 3.0])
    para(doc, "Kilde: Prop. 1 S (2018–2019). Beløpene omfatter også midler som ikke gjelder strategien.",
         italic=True, size=9)
    doc.add_heading("Oversikt over tiltakene", level=1)
    for r in f["rows"]:
        doc.add_heading(r["title"], level=3)
        lab = [("Delmål i strategien", codes_join(r["delmal"], ", ", " og ")),
               ("Ansvarlig departement", r["responsible"]), ("Samarbeid", ", ".join(r["partners"])),
               ("Virkemiddel", r["type_printed"]), ("Periode", r["period"]), ("Status 2019", r["description"])]
        lt = doc.add_table(rows=len(lab), cols=2)
        for i, (k, v) in enumerate(lab):
            cell_text(lt.cell(i, 0), [[(k, {"bold": True, "size": 11})]])
            cell_text(lt.cell(i, 1), [[(v, {"size": 11})]])
        col_widths(lt, [4.5, 11.5])
        para(doc, "", space_after=2)
    doc.add_heading("Videre arbeid", level=1)
    para(doc, "Regjeringen vil legge fram en stortingsmelding om kompetansereformen «Lære hele livet» i 2020. "
              "Meldingen vil gi retning for flere av tiltakene over.")
    doc.save(path)


# ---------------------------------------------------------------- YS 2020
def ys20(f, path):
    doc = new_doc(landscape=True, font="Calibri", size=10, margins_cm=1.6)
    header_footer(doc, [("YS – Yrkesorganisasjonenes Sentralforbund", {"bold": True})],
                  [("YS · Brugata 19 · 0134 Oslo   ", {})])
    para(doc, "YS – tiltak i 2020 for å følge opp Nasjonal kompetansepolitisk strategi", bold=True, size=14)
    para(doc, "Tabellen viser tiltakene YS og YS-forbundene har arbeidet med i 2020. Type tiltak er markert med X "
              "i én av kolonnene FoU, Kurs, Råd/utvalg, Prosjekt, Info og Arr. Delmål er oppgitt med nummeret i "
              "strategien.", size=10)
    ticks = ["FoU", "Kurs", "Råd/utvalg", "Prosjekt", "Info", "Arr."]
    heads = ["Tiltak", "Kort om tiltaket", "Delmål"] + ticks + ["Ansvarlig", "Partnere", "Periode"]
    n = len(f["rows"])
    tb = doc.add_table(rows=n + 2, cols=len(heads))
    table_borders(tb)
    for j, h in enumerate(heads):
        cell_text(tb.cell(0, j), [[(h, {"bold": True})]], size=8.5)
        shade(tb.cell(0, j), "BDD7EE")
    repeat_header(tb.rows[0])
    counts = {k: 0 for k in ticks}
    for i, r in enumerate(f["rows"], start=1):
        cell_text(tb.cell(i, 0), [[(r["title"], {"bold": True})]], size=8.5)
        cell_text(tb.cell(i, 1), [r["description"]], size=8.5)
        dm = codes_join(r["delmal"], ", ")
        parts = [(dm, {})]
        if r["tiltak_id"] == "R1":
            parts.append(("1", {"superscript": True}))
        cell_text(tb.cell(i, 2), [parts], size=8.5)
        col = ticks.index(r["type_printed"])
        counts[r["type_printed"]] += 1
        for k, tk in enumerate(ticks):
            cell_text(tb.cell(i, 3 + k), ["X" if k == col else ""], size=8.5)
            tb.cell(i, 3 + k).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        cell_text(tb.cell(i, 9), [r["responsible"]], size=8.5)
        cell_text(tb.cell(i, 10), [", ".join(r["partners"])], size=8.5)
        cell_text(tb.cell(i, 11), [r["period"]], size=8.5)
    cell_text(tb.cell(n + 1, 0), [[("Antall tiltak: %d" % n, {"bold": True})]], size=8.5)
    for k, tk in enumerate(ticks):
        cell_text(tb.cell(n + 1, 3 + k), [[(str(counts[tk]), {"bold": True})]], size=8.5)
        tb.cell(n + 1, 3 + k).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for j in range(len(heads)):
        shade(tb.cell(n + 1, j), "F2F2F2")
    col_widths(tb, [4.2, 6.4, 1.4, 0.9, 0.9, 1.4, 1.3, 0.9, 0.9, 1.9, 3.0, 1.8])
    para(doc, "¹ Virke er ansvarlig for prosjektet; YS deltar i styringsgruppen.", size=8, italic=True,
         space_before=4)
    para(doc, "Spørsmål om rapporten kan rettes til YS' avdeling for arbeidsliv og kompetanse.", size=9)
    doc.save(path)


# ---------------------------------------------------------------- Vestland 2020 (nynorsk)
def vest20(f, path):
    doc = new_doc(font="Calibri", size=10.5)
    header_footer(doc, [("Vestland fylkeskommune · Opplæring og kompetanse", {"color": "1F4E79"})],
                  [("Rapport til Kompetansepolitisk råd 2020   ", {})])
    rows = _by_id(f)
    para(doc, "Rapport til Kompetansepolitisk råd 2020", style="Title")
    para(doc, "Vestland fylkeskommune", bold=True, size=13)
    doc.add_heading("Om rapporten", level=1)
    para(doc, "Vestland fylkeskommune vart oppretta 1. januar 2020. Rapporten viser tiltaka fylkeskommunen har "
              "sett i gang eller ført vidare for å følgje opp Nasjonal kompetansepolitisk strategi. Tiltaka er "
              "ordna etter hovudinnsatsområda i strategien.")
    groups = [("1", ["V1", "V5", "V2", "V4a", "V3"]), ("3", ["V6"])]
    nrows = 1 + sum(1 + len(ids) for _, ids in groups)
    tb = doc.add_table(rows=nrows, cols=2)
    table_borders(tb, "single", 4, "1F4E79")
    cell_text(tb.cell(0, 0), [[("Tiltak og skildring", {"bold": True, "color": "FFFFFF"})]])
    cell_text(tb.cell(0, 1), [[("Opplysningar", {"bold": True, "color": "FFFFFF"})]])
    shade(tb.cell(0, 0), "1F4E79")
    shade(tb.cell(0, 1), "1F4E79")
    repeat_header(tb.rows[0])
    i = 1
    for area, ids in groups:
        g = tb.cell(i, 0).merge(tb.cell(i, 1))
        cell_text(g, [[("Hovudinnsatsområde %s: %s" % (area, AREAS_NN[area]), {"bold": True})]])
        shade(g, "DEEAF6")
        i += 1
        for tid in ids:
            r = rows[tid]
            cell_text(tb.cell(i, 0), [[(r["title"], {"bold": True})], r["description"]])
            cell_text(tb.cell(i, 1), [
                [("Delmål: ", {"bold": True}), (codes_join(r["delmal"], ", ", " og "), {})],
                [("Kategori: ", {"bold": True}), (r["type_printed"], {})],
                [("Ansvarleg: ", {"bold": True}), (r["responsible"], {})],
                [("Partnarar: ", {"bold": True}), (", ".join(r["partners"]), {})],
                [("Tid: ", {"bold": True}), (r["period"], {})]], size=9.5)
            i += 1
    col_widths(tb, [10.0, 6.6])
    doc.add_heading("Planar for 2021", level=1)
    for b in ("Kartlegging av kompetansebehov i havbruk og maritim næring",
              "Betre samarbeid med NAV om vaksne utan fullført vidaregåande opplæring",
              "Ny nettstad for karriererettleiing i fylket"):
        para(doc, b, style="List Bullet")
    para(doc, "Kontakt: rådgjevar for vaksenopplæring, Vestland fylkeskommune, Askedalen 2, 6863 Leikanger.",
         italic=True, size=9, space_before=8)
    doc.save(path)


# ---------------------------------------------------------------- Unio 2021 (board paper)
def unio21(f, path):
    doc = new_doc(font="Georgia", size=11)
    header_footer(doc, [("Unio – styret", {"italic": True})], [("Styresak 34/21   ", {})])
    t = doc.add_table(rows=3, cols=4)
    table_borders(t, "single", 4, "7F7F7F")
    cell_text(t.cell(0, 0), [[("Styresak 34/21", {"bold": True, "size": 15})]])
    t.cell(0, 0).merge(t.cell(0, 3))
    for (rr, cc, k, v) in ((1, 0, "Møtedato:", "14.10.2021"), (1, 2, "Saksbehandler:", "Unio-sekretariatet"),
                           (2, 0, "Arkivnr.:", "21/118"), (2, 2, "Vedlegg:", "Ingen")):
        cell_text(t.cell(rr, cc), [[(k, {"bold": True})]])
        cell_text(t.cell(rr, cc + 1), [v])
    col_widths(t, [2.8, 4.5, 3.2, 5.5])
    para(doc, "")
    para(doc, "Rapportering til Kompetansepolitisk råd 2021", bold=True, size=14)
    para(doc, "Forslag til vedtak", bold=True, space_before=6)
    para(doc, "Styret slutter seg til Unios rapport til Kompetansepolitisk råd for 2021 slik den framgår av "
              "punktene 34.1–34.5.")
    para(doc, "Bakgrunn", bold=True, space_before=6)
    para(doc, "Unio rapporterer hvert år til Kompetansepolitisk råd om oppfølgingen av Nasjonal kompetansepolitisk "
              "strategi. Sekretariatet har samlet innspill fra forbundene. Tallene i parentes etter hvert punkt viser "
              "delmål, type tiltak, ansvar, samarbeidspartnere og periode.")
    para(doc, "Unios tiltak i 2021", bold=True, space_before=6)
    for i, r in enumerate(f["rows"], start=1):
        facts = "(delmål %s; %s; ansvar: %s; med: %s; %s)" % (
            codes_join(r["delmal"], ", ", " og "), r["type_printed"], r["responsible"], ", ".join(r["partners"]),
            r["period"])
        p = para(doc)
        indent(p, 1.2, -1.2)
        tab_stop(p, 1.2)
        runs(p, [("34.%d\t" % i, {}), (r["title"] + ".", {"italic": True}), (" " + r["description"] + " ", {}),
                 (facts, {})])
    para(doc, "Vurdering", bold=True, space_before=6)
    para(doc, "Sekretariatet mener rapporten gir et riktig bilde av Unios innsats. Unio bør i 2022 arbeide for at "
              "Kompetansebehovsutvalget får et nytt mandat, og for en egen rapport om kompetanse i politiet.")
    doc.save(path)
