# -*- coding: utf-8 -*-
"""Word renderers, part 1 (F01, F03, F06, F08, F10, F13); dispatch for all .docx files."""
from docx.enum.text import WD_BREAK
from docx.enum.section import WD_SECTION
from docx.shared import Cm, Pt

import docx_kit as K
from common import join_og, codes_og


# ---------------------------------------------------------------- F01 LO 2017 form
def r_lo_form(f, path):
    d = K.new_doc("Arial", 10.5)
    s = d.sections[0]
    K.header_footer_text(s, header_parts=[[("B", "LO", 20, "C8102E"), "   Landsorganisasjonen i Norge"],
                                          ["Youngs gate 11, 0181 Oslo · Telefon 23 06 10 50 · lo.no"]],
                         footer_parts=[[("ALIGN", "center"), "Side ", ("FIELD", "PAGE"), " av ",
                                        ("FIELD", "NUMPAGES", "3")]], size=8)
    ex = f["extra"]
    K.para(d, ex["intro"][0], size=10)
    K.para(d, "Rapportering til Kompetansepolitisk råd 2017", bold=True, size=15, space_before=6, space_after=6)
    K.para(d, ex["intro"][1])
    labels = ["1. Tiltak i Nasjonal kompetansepolitisk strategi", "2. Ansvarlig og samarbeidspartnere",
              "3. Beskrivelse av tiltaket (maks en halv side)", "4. Tidspunkt og varighet"]

    def resp_text(m):
        t = "%s har felles ansvar." % m["resp"] if m.get("joint") else "%s er ansvarlig." % m["resp"]
        if m["partners"]:
            t += " Samarbeid: %s." % join_og(m["partners"])
        return t

    def form(answers):
        t = d.add_table(rows=5, cols=2)
        t.style = "Table Grid"
        K.col_widths(t, [5.2, 11.3])
        top = K.merge_row(t.rows[0])
        K.cell_text(top, "Rapporteringsskjema – Nasjonal kompetansepolitisk strategi 2017          Rådsmedlem: LO",
                    bold=True, size=9)
        K.shade(top, "D9D9D9")
        for i, lab in enumerate(labels):
            c0, c1 = t.rows[i + 1].cells
            K.cell_text(c0, lab, bold=True, size=9.5)
            K.shade(c0, "F2F2F2")
            K.cell_text(c1, answers[i], size=10)
        K.para(d, "", space_after=4)
        return t

    n = len(f["measures"])
    for k, m in enumerate(f["measures"], 1):
        K.para(d, "Skjema %d av %d" % (k, n), italic=True, size=8.5, color="7F7F7F", space_after=1, keep_next=True)
        desc = "%s Type: %s." % (m["desc"], m["tp"])
        per = m["period"]
        if m.get("se_over"):
            desc += " Tidsrom: %s." % m["period"]
            per = "Se over."
        t = form(["", resp_text(m), desc, per])
        p0 = t.rows[1].cells[1].paragraphs[0]
        K.run(p0, m["title"], bold=True)
        K.run(p0, " " + m["nrtext"])
    K.para(d, ex["contact"], italic=True, size=9, space_before=8)
    d.save(path)


# ---------------------------------------------------------------- F03 Regjeringen 2017 note
def r_reg_2017(f, path):
    d = K.new_doc("Times New Roman", 11.5)
    K.style_font(d, "Heading 1", font="Arial", size=13, color="000000")
    K.style_font(d, "Heading 2", font="Arial", size=11.5, color="1F3864")
    s = d.sections[0]
    K.header_footer_text(s, header_parts=[[("ALIGN", "right"), "Kunnskapsdepartementet"]],
                         footer_parts=[[("ALIGN", "center"), ("FIELD", "PAGE")]], size=9)
    K.para(d, "NOTAT", bold=True, size=20, font="Arial", space_after=6)
    g = d.add_table(rows=5, cols=2)
    K.table_borders(g, "none")
    K.col_widths(g, [2.8, 13.5])
    for i, (k, v) in enumerate([("Til:", "Sekretariatet for Kompetansepolitisk råd, Kompetanse Norge"),
                                ("Fra:", "Kunnskapsdepartementet, Kompetansepolitisk avdeling"),
                                ("Dato:", "4. desember 2017"), ("Saksnr.:", "17/5531"),
                                ("Emne:", "Oppfølging av Nasjonal kompetansepolitisk strategi 2017")]):
        K.cell_text(g.rows[i].cells[0], k, bold=True)
        K.cell_text(g.rows[i].cells[1], v, bold=(k == "Emne:"))
    p = K.para(d, "", space_after=6)
    K.para_border(p, ("bottom",))
    d.add_heading("1 Bakgrunn", level=1)
    K.para(d, "Nasjonal kompetansepolitisk strategi 2017–2021 ble signert 14. februar 2017 av regjeringen, partene i "
              "arbeidslivet, VOFO og Sametinget. Strategien har 16 tiltak. Departementene har i dette notatet samlet "
              "hvordan regjeringen følger opp hvert av tiltakene i 2017. Tiltak som partene og VOFO har ansvaret for, "
              "rapporteres av dem.")
    K.para(d, "Under hvert av strategiens tiltak står først tiltaksteksten slik den er formulert i strategien. "
              "Deretter følger regjeringens tiltak. Type tiltak er angitt i hakeparentes, og ansvarlig departement "
              "står i parentes etter navnet.")
    d.add_heading("2 Oppfølging av strategiens tiltak", level=1)
    ex = f["extra"]
    for nr in sorted(ex["strategy_text"]):
        d.add_heading("Strategiens tiltak nr. %d" % nr, level=2)
        K.para(d, "«%s»" % ex["strategy_text"][nr], italic=True, indent_cm=0.6, size=10.5)
        ms = [m for m in f["measures"] if m["nr"] == nr]
        if not ms:
            K.para(d, ex["empty"].get(nr, "Ingen nye tiltak i 2017."))
        for m in ms:
            p = d.add_paragraph(style="List Bullet")
            K.run(p, "[%s] " % m["tp"].capitalize())
            K.run(p, m["title"], bold=True)
            tail = " (%s)" % m["resp"]
            if m.get("also"):
                tail += " – gjelder også tiltak nr. %d" % m["also"]
            K.run(p, tail + ". " + m["desc"])
            if m["partners"]:
                K.run(p, " Samarbeid med %s." % join_og(m["partners"]))
            K.run(p, " Tid: %s." % m["period"])
    d.add_heading("3 Videre arbeid", level=1)
    K.para(d, "Departementet vil i 2018 legge fram en stortingsmelding om kompetansereform for arbeidslivet. "
              "Flere av tiltakene over vil inngå i reformen. Neste rapportering skjer høsten 2018.")
    d.save(path)


# ---------------------------------------------------------------- F06 KS 2019 Excel paste
def r_ks_2019(f, path):
    d = K.new_doc("Calibri", 11)
    s = d.sections[0]
    K.header_footer_text(s, header_parts=[[("B", "KS", 16, "00558C"), "  Kommunesektorens organisasjon"]],
                         footer_parts=[[("ALIGN", "right"), "Side ", ("FIELD", "PAGE")]], size=9)
    K.para(d, "Rapportering til Kompetansepolitisk råd 2019", bold=True, size=16, color="00558C", space_after=8)
    K.para(d, "KS rapporterer her tiltak som KS eier eller deltar i, og som følger opp Nasjonal kompetansepolitisk "
              "strategi. Oversikten er hentet fra KS' interne regneark for kompetansetiltak og limt inn i sin helhet.")
    K.para(d, "Kolonnen «KS' rolle» viser om KS eier tiltaket, deltar, eller er samarbeidspart. Delmål er oppgitt med "
              "nummer; der et tiltak følger opp flere delmål, er numrene satt sammen med «+».")
    K.para(d, "Oslo, 29. november 2019", italic=True)
    s2 = d.add_section(WD_SECTION.NEW_PAGE)
    K.landscape(s2)
    hdr = ["Nr", "Tiltak", "Beskrivelse", "KS' rolle", "Ansvarlig", "Partnere", "Tidsrom", "Tiltakstype", "Delmål"]
    ms = f["measures"]
    nrows = 1 + len(ms) + 1 + 1
    t = d.add_table(rows=nrows, cols=len(hdr))
    t.style = "Table Grid"
    K.col_widths(t, [0.9, 3.6, 6.8, 1.9, 2.6, 3.0, 2.0, 2.2, 1.6])
    for c, h in zip(t.rows[0].cells, hdr):
        K.cell_text(c, h, bold=True, size=9)
        K.shade(c, "BFBFBF")
    K.repeat_header(t.rows[0])
    ri = 1
    for i, m in enumerate(ms, 1):
        if i == 6:
            ri += 1  # an empty row left in the pasted range
        cells = t.rows[ri].cells
        vals = [str(i), m["title"], m["desc"], m["role"], m["resp"], None, m["period"], m["tp"], "+".join(m["dm"])]
        for c, v in zip(cells, vals):
            if v is not None:
                K.cell_text(c, v, size=9)
        K.cell_lines_softbreak(cells[5], m["partners"], size=9)
        ri += 1
    last = t.rows[ri].cells
    K.cell_text(last[1], "Antall tiltak", bold=True, size=9)
    K.cell_text(last[2], str(len(ms)), bold=True, size=9)
    K.para(d, "")
    K.para(d, "Møter i Kompetansepolitisk råd og andre møter KS har deltatt i:", bold=True, size=10)
    for mt in f["extra"]["meetings"]:
        K.para(d, mt, style="List Bullet", size=10)
    d.save(path)


# ---------------------------------------------------------------- F08 Akademikerne 2019 mail pasted
def r_akad_mail(f, path):
    d = K.new_doc("Calibri", 11, margins_cm=2.5)
    ex = f["extra"]
    for k, v in ex["mailhead"]:
        p = K.para(d, "", space_after=0)
        K.run(p, k + ": ", bold=True)
        K.run(p, v)
    K.para(d, "", space_after=0)
    K.para(d, "Hei,", space_after=0)
    K.para(d, "", space_after=0)
    K.para(d, "Her kommer Akademikernes tiltak for 2019. Jeg har satt det opp slik dere ba om, ett tiltak per blokk. "
              "Si fra om noe mangler.", space_after=0)
    dash = "-" * 60
    for m in f["measures"]:
        K.para(d, "", space_after=0)
        K.para(d, dash, space_after=0)
        hvem = m["resp"] + (" – med %s" % join_og(m["partners"]) if m["partners"] else "")
        for lab, val in (("Tiltak", m["title"]), ("Mål", m["mal"]), ("Slags", m["tp"]), ("Hvem", hvem),
                         ("Når", m["period"]), ("Hva", m["desc"])):
            K.para(d, "%s: %s" % (lab, val), space_after=0)
    K.para(d, dash, space_after=0)
    K.para(d, "", space_after=0)
    K.para(d, "Akademikerne er ellers representert i:", space_after=0)
    for r in ex["representation"]:
        K.para(d, "- " + r, space_after=0)
    K.para(d, "", space_after=0)
    for line in ("Med vennlig hilsen", "Lene Aasen", "Seniorrådgiver | Akademikerne", "Tlf. 23 10 34 00"):
        K.para(d, line, space_after=0)
    d.save(path)


# ---------------------------------------------------------------- F10 Unio 2020 two columns
def r_unio_cols(f, path):
    d = K.new_doc("Georgia", 10.5)
    K.style_font(d, "Title", font="Georgia", size=22, color="006E51")
    K.style_font(d, "Heading 1", font="Georgia", size=13, color="006E51")
    s = d.sections[0]
    K.header_footer_text(s, header_parts=[[("B", "Unio", 14, "006E51"),
                                           "  Hovedorganisasjonen for universitets- og høyskoleutdannede"]],
                         footer_parts=[[("ALIGN", "right"), ("FIELD", "PAGE")]], size=8)
    d.add_paragraph("Unios rapportering til Kompetansepolitisk råd 2020", style="Title")
    d.add_heading("Om rapporten", level=1)
    K.para(d, "Unio rapporterer seks tiltak for 2020. Under navnet på hvert tiltak står en kort faktalinje i kursiv "
              "med delmål i strategien / type tiltak / hvem som har ansvaret og hvem som er med / periode. Deretter "
              "følger en kort omtale.")
    box = d.add_table(rows=1, cols=1)
    K.table_borders(box, "single", 6, "006E51")
    c = box.rows[0].cells[0]
    K.shade(c, "E2F0EA")
    K.cell_text(c, "Korona", bold=True)
    c.add_paragraph(f["extra"]["korona"])
    K.para(d, "")
    s2 = d.add_section(WD_SECTION.CONTINUOUS)
    K.section_columns(s2, 2, 0.9, sep=True)
    for m in f["measures"]:
        K.para(d, m["title"], bold=True, size=11.5, color="006E51", space_before=6, space_after=1, keep_next=True)
        who = m["resp"] + (", med %s" % join_og(m["partners"]) if m["partners"] else "")
        K.para(d, "Delmål %s / %s / %s / %s" % (codes_og(m["dm"]), m["tp"], who, m["period"]), italic=True,
               size=9, space_after=2, keep_next=True)
        K.para(d, m["desc"], space_after=6)
    p = K.para(d, "")
    K.column_break(p)
    K.para(d, "Planlagt, men utsatt", bold=True, size=11.5, color="7F7F7F")
    K.para(d, f["extra"]["planned"], italic=True)
    s3 = d.add_section(WD_SECTION.CONTINUOUS)
    K.section_columns(s3, 1)
    K.para(d, "Kontakt: Unio, Stortingsgata 2, 0158 Oslo · post@unio.no", size=9, space_before=12)
    d.save(path)


# ---------------------------------------------------------------- F13 Regjeringen 2021 nynorsk
def r_reg_2021_nn(f, path):
    d = K.new_doc("Arial", 10.5)
    K.style_font(d, "Heading 1", font="Arial", size=13, color="000000")
    K.style_font(d, "Heading 2", font="Arial", size=11, color="000000")
    nid = K.add_numbering_abstract(d, [dict(text="%1", style="Heading1", left=432, hanging=432),
                                       dict(text="%1.%2", style="Heading2", left=576, hanging=576)])
    K.style_numbering(d, "Heading 1", nid, 0)
    K.style_numbering(d, "Heading 2", nid, 1)
    s = d.sections[0]
    K.header_footer_text(s, header_parts=[["Kunnskapsdepartementet"]],
                         footer_parts=[[("ALIGN", "right"), "Side ", ("FIELD", "PAGE")]], size=8)
    K.para(d, "Notat", bold=True, size=18, space_after=8)
    g = d.add_table(rows=4, cols=2)
    K.table_borders(g, "none")
    K.col_widths(g, [2.2, 12.0])
    for i, (k, v) in enumerate(f["extra"]["grid"]):
        K.cell_text(g.rows[i].cells[0], k + ":", bold=True)
        K.cell_text(g.rows[i].cells[1], v)
    K.para(d, "")
    K.para(d, "Oppfølging av Nasjonal kompetansepolitisk strategi – status 2021", bold=True, size=13)
    d.add_heading("Samandrag", level=1)
    K.para(d, "Regjeringa rapporterer ni tiltak i 2021. Tabellen viser kor mange tiltak kvart departement har "
              "ansvaret for. Tiltak som er avslutta, står i kapittel 3.")
    t = d.add_table(rows=1 + len(f["extra"]["counts"]), cols=2)
    t.style = "Table Grid"
    K.col_widths(t, [6, 3])
    K.cell_text(t.rows[0].cells[0], "Departement", bold=True)
    K.cell_text(t.rows[0].cells[1], "Tal på tiltak", bold=True)
    for i, (dep, n) in enumerate(f["extra"]["counts"], 1):
        K.cell_text(t.rows[i].cells[0], dep, bold=(dep == "Sum"))
        K.cell_text(t.rows[i].cells[1], n, bold=(dep == "Sum"))
    d.add_heading("Tiltak", level=1)
    for m in f["measures"]:
        d.add_heading(m["title"], level=2)
        K.para(d, m["desc"])
        p = K.para(d, "")
        K.run(p, "Status 2021: ", bold=True)
        K.run(p, m["status"])
        ft = d.add_table(rows=2, cols=5)
        ft.style = "Table Grid"
        K.col_widths(ft, [2.0, 2.4, 5.6, 2.6, 3.0])
        for c, h in zip(ft.rows[0].cells, ["Delmål", "Ansvarleg", "Saman med", "Kategori", "Tidsrom"]):
            K.cell_text(c, h, bold=True, size=9)
            K.shade(c, "E7E6E6")
        for c, v in zip(ft.rows[1].cells, [", ".join(m["dm"]), m["resp"], ", ".join(m["partners"]), m["tp"],
                                            m["period"]]):
            K.cell_text(c, v, size=9)
        K.para(d, "", space_after=2)
    d.add_heading("Avslutta tiltak", level=1)
    K.para(d, "Desse tiltaka er rapporterte tidlegare år og er no avslutta. Dei er ikkje med i teljinga.")
    for e in f["extra"]["ended"]:
        K.para(d, e, style="List Bullet")
    d.save(path)


def render(f, path):
    import render_docx2
    table = {
        "2017_LO_skjema.docx": r_lo_form,
        "2017_Regjeringen_oppfolging.docx": r_reg_2017,
        "2019_KS_rapport.docx": r_ks_2019,
        "2019_Akademikerne_epost.docx": r_akad_mail,
        "2020_Unio_rapport.docx": r_unio_cols,
        "2021_Regjeringen_notat_nn.docx": r_reg_2021_nn,
    }
    table.update(render_docx2.TABLE)
    table[f["file"]](f, path)
