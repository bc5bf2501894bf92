# -*- coding: utf-8 -*-
"""Word renderers: LO 2017, YS 2018, Trøndelag 2019, KS 2020."""
from docx.shared import Cm, Pt

from r_docx_common import (new_doc, run, para, cell_text, shade, borders, repeat_header, col_widths,
                           header_footer, page_x_of_y, new_numbering, set_num, bullet, RIGHT, CENTER)


def _pj(p):
    return ", ".join(p)


# ---------------------------------------------------------------- LO 2017
def lo_2017(f, path):
    doc = new_doc(font="Arial", size=10.5, margins_cm=2.2)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    run(hp, "LO", bold=True, size=26, color="C8102E")
    run(hp, "   Landsorganisasjonen i Norge", size=10, color="555555")
    fp = sec.footer.paragraphs[0]
    run(fp, "Youngs gate 11, 0181 Oslo · Telefon 23 06 10 50 · lo.no", size=7.5, color="777777")
    fp2 = sec.footer.add_paragraph()
    fp2.alignment = RIGHT
    page_x_of_y(fp2, size=7.5, color="777777")

    para(doc, "Kompetanse Norge", after=0)
    para(doc, "v/ sekretariatet for Kompetansepolitisk råd", after=12)
    t = doc.add_table(rows=2, cols=3)
    borders(t, none=True)
    for i, (a, b) in enumerate([("Vår ref.", "17/00412-3/ASO"), ("Deres ref.", "17/1088"),
                                ("Dato", "29.09.2017")]):
        cell_text(t.cell(0, i), a, size=8, color="666666")
        cell_text(t.cell(1, i), b, size=10)
    para(doc, "", after=6)
    para(doc, "Rapportering – LOs oppfølging av Nasjonal kompetansepolitisk strategi 2017", bold=True,
         size=12, after=8)
    para(doc, "Vi viser til brev av 20. juni 2017 om rapportering fra medlemmene i Kompetansepolitisk råd. "
              "Nedenfor følger LOs tiltak i 2017. Vi har vist til nummereringen av tiltakene i strategien, "
              "slik sekretariatet ba om.", after=8)

    num = new_numbering(doc, fmt="decimal", text="%1.", indent_twips=360, hanging=360, bold=True)
    for m in f["measures"]:
        p = para(doc, "", before=6, after=2, keep_next=True)
        run(p, m["t"], bold=True)
        set_num(p, num)
        para(doc, m["ds"], indent_cm=0.63, after=2)
        fact = ("Strategiens tiltak nr. %s · Ansvar: %s · Med: %s · Tid: %s · Form: %s"
                % (m["dm"], m["r"], _pj(m["p"]), m["per"], m["tp"]))
        para(doc, fact, indent_cm=0.63, size=8.5, color="666666", italic=True, after=6)

    para(doc, "Videre arbeid", bold=True, before=10, after=2)
    para(doc, "LO vurderer å foreslå et eget kompetanseprogram for industrien i 2018 sammen med forbundene. "
              "Dette er ikke startet, og vi kommer tilbake til det i neste rapport.", after=10)
    para(doc, "Med vennlig hilsen", after=0)
    para(doc, "Landsorganisasjonen i Norge", after=18)
    t = doc.add_table(rows=2, cols=2)
    borders(t, none=True)
    cell_text(t.cell(0, 0), "Hilde Moen")
    cell_text(t.cell(1, 0), "nestleder")
    cell_text(t.cell(0, 1), "Arne Solbakken")
    cell_text(t.cell(1, 1), "rådgiver")
    para(doc, "", after=6)
    para(doc, "Kopi: NHO, YS, Unio, Akademikerne", size=9)
    doc.save(path)


# ---------------------------------------------------------------- YS 2018
def ys_2018(f, path):
    doc = new_doc(font="Calibri", size=10, landscape=True, margins_cm=1.8)
    header_footer(doc, "YS – Yrkesorganisasjonenes Sentralforbund · Styresak 45/2018",
                  footer_left="Behandlet i styret 23.10.2018")
    para(doc, "STYRESAK", bold=True, size=16, after=4)
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Styresak nr.", "45/2018"), ("Møtedato", "23.10.2018"),
                                ("Saksbehandler", "Marit Lunde"), ("Arkiv", "2018/112")]):
        cell_text(t.cell(0, i), a, bold=True, size=9)
        shade(t.cell(0, i), "E7E6E6")
        cell_text(t.cell(1, i), b, size=9)
    para(doc, "", after=2)
    para(doc, "Rapportering til Kompetansepolitisk råd 2018", style="Heading 1")
    para(doc, "Forslag til vedtak", bold=True, after=2)
    para(doc, "Styret tar rapporteringen til orientering og ber sekretariatet sende tiltaksoversikten i "
              "vedlegg 1 til Kompetanse Norge innen 1. november.", italic=True, after=8)
    para(doc, "Bakgrunn", bold=True, after=2)
    para(doc, "YS signerte Nasjonal kompetansepolitisk strategi i 2017. Medlemmene i Kompetansepolitisk råd "
              "rapporterer hvert år hvilke tiltak de gjennomfører. Oversikten under viser tiltak der YS eier "
              "tiltaket eller deltar. Kolonnen «YS' rolle» er lagt til for styrets orientering.", after=8)
    para(doc, "Vedlegg 1 Tiltak 2018", style="Heading 2")
    heads = ["Nr", "Tiltak", "NKPS-delmål", "Kategori", "Eier", "YS' rolle", "Samarbeid", "Tidsrom",
             "Kommentar"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        cell_text(t.rows[0].cells[i], h, bold=True, size=8.5, color="FFFFFF")
        shade(t.rows[0].cells[i], "1F4E79")
    repeat_header(t.rows[0])
    for n, m in enumerate(f["measures"], 1):
        cells = t.add_row().cells
        vals = [str(n), m["t"], m["dm"], m["tp"], m["r"], m["role"], _pj(m["p"]), m["per"], m["ds"]]
        for i, v in enumerate(vals):
            cell_text(cells[i], v, size=8.5, bold=(i == 1))
    col_widths(t, [0.8, 4.2, 1.8, 2.0, 2.2, 1.6, 4.4, 2.0, 6.8])
    para(doc, "", after=6)
    para(doc, "Møter i perioden", bold=True, after=2)
    for s in ["Kompetansepolitisk råd, 6. juni 2018",
              "Seminar om KBU-rapporten «Fremtidige kompetansebehov I», 12. mars 2018",
              "Arendalsuka: debatt om livslang læring, 15. august 2018"]:
        bullet(doc, s)
    doc.save(path)


# ---------------------------------------------------------------- Trøndelag 2019
def trondelag_2019(f, path):
    doc = new_doc(font="Calibri", size=11, margins_cm=2.3, heading_color="00594F")
    header_footer(doc, "Årsrapport 2019 · Trøndelag fylkeskommune", footer_left="Trøndelag fylkeskommune",
                  of_total=False)
    para(doc, "Årsrapport 2019", style="Title")
    para(doc, "Utdrag: kapittel 6", italic=True, color="666666", after=10)
    para(doc, "6 Kompetanse og utdanning", style="Heading 1")
    para(doc, "6.1 Mål for sektoren", style="Heading 2")
    para(doc, "Fylkeskommunen skal sørge for at innbyggerne har kompetanse som arbeidslivet i Trøndelag "
              "trenger, og at flere fullfører videregående opplæring. Arbeidet skjer i tett samarbeid med "
              "partene i arbeidslivet, kommunene og utdanningsinstitusjonene.")
    para(doc, "6.2 Nøkkeltall", style="Heading 2")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Light List Accent 1"
    for i, h in enumerate(["Indikator", "2018", "2019"]):
        cell_text(t.rows[0].cells[i], h, bold=True)
    for row in [("Godkjente lærekontrakter", "2 851", "2 914"),
                ("Voksne i videregående opplæring", "1 390", "1 480"),
                ("Gjennomføring vgo (5 år)", "77,4 %", "78,1 %"),
                ("Besøk ved karrieresentrene", "6 020", "6 750")]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(c[i], v, align=RIGHT if i else None)
    para(doc, "", after=4)
    para(doc, "6.3 Oppfølging av Nasjonal kompetansepolitisk strategi", style="Heading 2")
    para(doc, "Trøndelag fylkeskommune rapporterer hvert år til Kompetansepolitisk råd. Nedenfor omtales "
              "tiltakene fylkeskommunen gjennomførte eller deltok i i 2019.")
    for n, m in enumerate(f["measures"], 1):
        para(doc, "6.3.%d %s" % (n, m["t"]), style="Heading 3")
        para(doc, m["ds"])
        line = "Ansvar: %s. Samarbeid: %s. Periode: %s. Type: %s." % (m["r"], _pj(m["p"]), m["per"], m["tp"])
        para(doc, line, italic=True, size=9.5, color="444444", after=8)
    para(doc, "6.4 Planlagt for 2020", style="Heading 2")
    para(doc, "Følgende er vedtatt, men ikke startet:")
    for s in ["Utredning av karriereveiledning for innvandrere i introduksjonsprogrammet",
              "Nytt kompetansenettverk for reiselivet i Trøndelag"]:
        bullet(doc, s)
    doc.save(path)


# ---------------------------------------------------------------- KS 2020
LABELS_KS = ["Navn på tiltak", "Relasjon til delmål", "Type tiltak", "Ansvarlig", "Samarbeidspartnere",
             "Beskrivelse av tiltaket", "Tidspunkt og varighet"]


def _ks_form(doc, n, values, loose=False, m=None):
    para(doc, "Tiltak %d" % n, bold=True, size=11, before=10, after=3, keep_next=True)
    t = doc.add_table(rows=len(LABELS_KS), cols=2)
    t.style = "Table Grid"
    for i, lab in enumerate(LABELS_KS):
        lc, vc = t.cell(i, 0), t.cell(i, 1)
        shade(lc, "DEEAF6")
        if loose and lab in ("Ansvarlig", "Samarbeidspartnere"):
            p = lc.paragraphs[0]
            run(p, lab + ": ", bold=True)
            run(p, values[i])
            cell_text(vc, "")
        else:
            cell_text(lc, lab, bold=True)
            cell_text(vc, values[i])
    col_widths(t, [4.5, 11.5])


def ks_2020(f, path):
    doc = new_doc(font="Calibri", size=10.5, margins_cm=2.2)
    header_footer(doc, "Kompetanse Norge – rapporteringsskjema NKPS", footer_left="KS", of_total=True)
    para(doc, "Rapporteringsskjema – Nasjonal kompetansepolitisk strategi", bold=True, size=15, after=2)
    para(doc, "Rapporterende organisasjon: KS", after=0)
    para(doc, "Rapporteringsår: 2020", after=6)
    para(doc, "Fyll ut ett skjema per tiltak. Kopier tabellen ved behov. Skriv kort og konkret.", italic=True,
         color="7F7F7F", size=9.5, after=6)
    ms = f["measures"]
    n = 0
    i = 0
    while i < len(ms):
        m = ms[i]
        n += 1
        if m.get("pair") == "a":
            a, b = ms[i], ms[i + 1]
            vals = ["a) %s\nb) %s" % (a["t"], b["t"]),
                    "a) %s\nb) %s" % (a["dm"], b["dm"]),
                    "a) %s\nb) %s" % (a["tp"], b["tp"]),
                    a["r"],
                    "a) %s\nb) %s" % (_pj(a["p"]), _pj(b["p"])),
                    "a) %s\nb) %s" % (a["ds"], b["ds"]),
                    "a) %s\nb) %s" % (a["per"], b["per"])]
            assert a["r"] == b["r"]
            _ks_form(doc, n, vals)
            i += 2
            continue
        vals = [m["t"], m["dm"], m["tp"], m["r"], _pj(m["p"]), m["ds"], m["per"]]
        _ks_form(doc, n, vals, loose=m.get("loose", False))
        i += 1
    _ks_form(doc, n + 1, [""] * 7)
    para(doc, "", after=8)
    para(doc, "Utfylt av KS, avdeling for arbeidsgiverpolitikk, 30.09.2020", italic=True, size=9)
    doc.save(path)
