# -*- coding: utf-8 -*-
"""Word renderers, part 2 (F14, F19, F20, F21, F22)."""
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

import docx_kit as K
from common import join_og, codes_og, AREAS, DELMAL_NN


# ---------------------------------------------------------------- F14 NAV 2022 annual report extract
def r_nav_2022(f, path):
    d = K.new_doc("Source Sans Pro", 10.5)
    for h, sz in (("Heading 1", 15), ("Heading 2", 12.5), ("Heading 3", 11)):
        K.style_font(d, h, font="Source Sans Pro", size=sz, color="3E3832")
    s = d.sections[0]
    pg = OxmlElement("w:pgNumType")
    pg.set(qn("w:start"), "38")
    K.insert_ordered(s._sectPr, pg)
    K.header_footer_text(s, header_parts=[[("B", "NAV", 11, "C30000"), "   Arbeids- og velferdsdirektoratet · "
                                           "Årsrapport 2022 – utdrag"]],
                         footer_parts=[[("ALIGN", "center"), ("FIELD", "PAGE", "38")]], size=8)
    d.add_heading("4 Kompetanse og kvalifisering", level=1)
    d.add_heading("4.1 Innledning", level=2)
    K.para(d, "Arbeids- og velferdsetaten skal bidra til at flere arbeidssøkere får den kompetansen arbeidslivet "
              "etterspør. Kapitlet beskriver opplæringstiltakene i 2022 og etatens bidrag til Nasjonal "
              "kompetansepolitisk strategi. Kapitlet inngår også i rapporteringen til Kompetansepolitisk råd.")
    d.add_heading("4.2 Nøkkeltall", level=2)
    K.para(d, "Tabell 4.1 Deltakere i opplæringstiltak (gjennomsnitt per måned)", italic=True, size=9.5)
    kpi = f["extra"]["kpi"]
    t = d.add_table(rows=1 + len(kpi), cols=3)
    t.style = "Light List Accent 1"
    K.col_widths(t, [8, 3, 3])
    for c, h in zip(t.rows[0].cells, ["Tiltak", "2021", "2022"]):
        K.cell_text(c, h, bold=True, size=9.5)
    for i, row in enumerate(kpi, 1):
        for c, v in zip(t.rows[i].cells, row):
            K.cell_text(c, v, size=9.5, bold=(row[0] == "Sum"))
    K.para(d, "Kilde: Arbeids- og velferdsdirektoratet, statistikk.", italic=True, size=8.5)
    d.add_heading("4.3 Tiltak som følger opp Nasjonal kompetansepolitisk strategi", level=2)
    K.para(d, "Nedenfor omtales de tiltakene etaten rapporterer til Kompetansepolitisk råd for 2022.")
    for m in f["measures"]:
        d.add_heading(m["title"], level=3)
        for lab, val in (("Målgruppe", m["malgruppe"]), ("Ansvar", m["resp"]),
                         ("Samarbeid", ", ".join(m["partners"])), ("Varighet", m["period"]),
                         ("Virkemiddeltype", m["tp"])):
            p = K.para(d, "", space_after=0)
            K.run(p, lab + ": ", bold=True)
            K.run(p, val)
        K.para(d, m["desc"], space_before=4)
    d.add_heading("4.4 Videre arbeid", level=2)
    K.para(d, "I 2023 vil etaten prioritere opplæring som gir formell kompetanse, og samarbeidet med "
              "fylkeskommunene om karriereveiledning skal videreutvikles.")
    d.save(path)


# ---------------------------------------------------------------- F19 YS 2024 handlingsplan
def r_ys_2024(f, path):
    d = K.new_doc("Calibri", 10)
    s = d.sections[0]
    K.landscape(s)
    K.header_footer_text(s, header_parts=[[("B", "YS", 14, "E4032E"), "  Yrkesorganisasjonenes Sentralforbund"]],
                         footer_parts=[[("ALIGN", "right"), "Side ", ("FIELD", "PAGE")]], size=8)
    K.para(d, "Handlingsplan for kompetansepolitikk 2024 – status pr. 31.12.2024", bold=True, size=15,
           space_after=4)
    K.para(d, "Handlingsplanen ble vedtatt av YS-styret i februar 2024. Tabellen viser status for tiltakene ved "
              "utgangen av året og er YS' rapportering til Kompetansepolitisk råd.")
    hdr = ["Hva", "Hvorfor", "Hvem", "Med hvem", "Når", "Hvordan", "Status pr. 31.12."]
    ms = f["measures"]
    areas = ["1", "2", "3"]
    nrows = 1 + len(areas) + len(ms) + 1
    t = d.add_table(rows=nrows, cols=len(hdr))
    t.style = "Table Grid"
    K.col_widths(t, [6.2, 4.4, 1.8, 3.0, 2.6, 2.3, 3.0])
    for c, h in zip(t.rows[0].cells, hdr):
        K.cell_text(c, h, bold=True, color="FFFFFF")
        K.shade(c, "E4032E")
    K.repeat_header(t.rows[0])
    ri = 1
    for a in areas:
        mc = K.merge_row(t.rows[ri])
        K.cell_text(mc, "Innsatsområde %s: %s" % (a, AREAS[a]), bold=True)
        K.shade(mc, "F2D7D9")
        ri += 1
        am = [m for m in ms if m["area"] == a]
        if not am:
            mc = K.merge_row(t.rows[ri])
            K.cell_text(mc, f["extra"]["none3"], italic=True)
            ri += 1
        for m in am:
            c = t.rows[ri].cells
            K.cell_text(c[0], m["title"], bold=True)
            c[0].add_paragraph().add_run(m["desc"]).font.size = Pt(9)
            for cc, v in zip(c[1:], [m["why"], m["resp"], ", ".join(m["partners"]), m["period"], m["tp"],
                                     m["status"]]):
                K.cell_text(cc, v)
            ri += 1
    K.para(d, "")
    K.para(d, "Handlingsplanen for 2025 legges fram for YS-styret i februar 2025.", italic=True)
    d.save(path)


# ---------------------------------------------------------------- F20 NHO 2025 faktaboks with dot leaders
def r_nho_2025(f, path):
    d = K.new_doc("Arial", 10.5)
    K.style_font(d, "Heading 1", font="Arial", size=14, color="002C5F")
    K.style_font(d, "Heading 2", font="Arial", size=12, color="002C5F")
    s = d.sections[0]
    hp = s.header.paragraphs[0]
    s.header.is_linked_to_previous = False
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT)
    K.run(hp, "NHO", bold=True, size=14, color="002C5F")
    K.run(hp, "\tRapportering til Kompetansepolitisk råd 2025", size=8)
    K.header_footer_text(s, footer_parts=[[("ALIGN", "center"), "Side ", ("FIELD", "PAGE"), " av ",
                                           ("FIELD", "NUMPAGES", "3")]], size=8)
    K.para(d, "Rapportering til Kompetansepolitisk råd 2025", bold=True, size=17, color="002C5F", space_after=6)
    d.add_heading("Innledning", level=1)
    K.para(d, "NHO rapporterer syv tiltak for 2025. For hvert tiltak følger en kort omtale og en faktaboks med "
              "mål i strategien, form, ansvar, samarbeidspartnere og tid.")
    d.add_heading("Tiltak 2025", level=1)
    for m in f["measures"]:
        d.add_heading(m["title"], level=2)
        K.para(d, m["desc"])
        box = d.add_table(rows=1, cols=1)
        K.table_borders(box, "none")
        c = box.rows[0].cells[0]
        K.shade(c, "DCE6F2")
        K.cell_text(c, "Faktaboks", bold=True, size=9.5, color="002C5F")
        for lab, val in (("Mål i strategien", codes_og(m["dm"])), ("Form", m["tp"]), ("Ansvar", m["resp"]),
                         ("Med", ", ".join(m["partners"])), ("Tid", m["period"])):
            p = c.add_paragraph()
            p.paragraph_format.space_after = Pt(0)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(4.8), WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.DOTS)
            K.run(p, lab, size=9.5)
            K.run(p, "\t" + val, size=9.5)
        K.para(d, "", space_after=2)
    d.add_heading("NHO har også deltatt i", level=1)
    for o in f["extra"]["ogsaa"]:
        K.para(d, o, style="List Bullet")
    d.save(path)


# ---------------------------------------------------------------- F21 Trøndelag 2025 three-column table
def r_trond_2025(f, path):
    d = K.new_doc("Calibri", 10.5)
    K.style_font(d, "Heading 1", font="Calibri", size=14, color="6B1F3A")
    s = d.sections[0]
    K.header_footer_text(s, header_parts=[[("B", "Trøndelag fylkeskommune", 10, "6B1F3A"),
                                           " · Trööndelagen fylkentjïelte"]],
                         footer_parts=[[("ALIGN", "right"), "Side ", ("FIELD", "PAGE")]], size=8)
    K.para(d, "Rapportering til Kompetansepolitisk råd 2025", bold=True, size=17, space_after=6)
    d.add_heading("Bakgrunn", level=1)
    K.para(d, "Trøndelag fylkeskommune rapporterer sine kompetansepolitiske tiltak til Kompetansepolitisk råd. "
              "Tabellen viser tiltakene i 2025, hvilke delmål i strategien de følger opp, og om de er nye eller "
              "videreført fra tidligere år.")
    d.add_heading("Tiltak", level=1)
    ms = f["measures"]
    t = d.add_table(rows=1 + len(ms), cols=3)
    t.style = "Table Grid"
    K.col_widths(t, [11.5, 1.8, 3.3])
    for c, h in zip(t.rows[0].cells, ["Tiltak og beskrivelse", "NKPS", "Status"]):
        K.cell_text(c, h, bold=True, color="FFFFFF")
        K.shade(c, "6B1F3A")
    K.repeat_header(t.rows[0])
    for i, m in enumerate(ms, 1):
        c = t.rows[i].cells
        K.cell_text(c[0], m["title"], bold=True)
        c[0].add_paragraph(m["desc"])
        for lab, val in (("Ansvar", m["resp"]), ("Med", ", ".join(m["partners"])), ("Periode", m["period"]),
                         ("Type", m["tp"])):
            p = c[0].add_paragraph()
            p.paragraph_format.space_after = Pt(0)
            K.run(p, lab + ": ", italic=True, size=9.5)
            K.run(p, val, italic=True, size=9.5)
        K.cell_text(c[1], "\n".join(m["dm"]))
        K.cell_text(c[2], m["status"])
        if m["id"] == "C7":
            r = c[2].paragraphs[0].add_run("1")
            r.font.superscript = True
    p = K.para(d, "", size=8.5)
    r = p.add_run("1")
    r.font.superscript = True
    r.font.size = Pt(8.5)
    K.run(p, " " + f["extra"]["footnote"], size=8.5)
    d.add_heading("Veien videre", level=1)
    K.para(d, "Den nye regionale planen for kompetanse og arbeidskraft skal følges opp med et handlingsprogram som "
              "legges fram for fylkestinget i 2026.")
    d.save(path)


# ---------------------------------------------------------------- F22 Vestland 2026 nynorsk
def r_vestland_2026(f, path):
    d = K.new_doc("Calibri", 11)
    K.style_font(d, "Heading 1", font="Calibri", size=15, color="00334E")
    K.style_font(d, "Heading 2", font="Calibri", size=12.5, color="00334E")
    nid = K.add_numbering_abstract(d, [dict(text="%1", style="Heading1", left=432, hanging=432),
                                       dict(text="%1.%2", style="Heading2", left=576, hanging=576)])
    K.style_numbering(d, "Heading 1", nid, 0)
    K.style_numbering(d, "Heading 2", nid, 1)
    s = d.sections[0]
    K.header_footer_text(s, header_parts=[[("B", "Vestland fylkeskommune", 10, "00334E")]],
                         footer_parts=[[("ALIGN", "center"), "Side ", ("FIELD", "PAGE")]], size=8)
    K.para(d, "Rapport til Kompetansepolitisk råd 2026", bold=True, size=20, color="00334E", space_after=2)
    K.para(d, "Avdeling for innovasjon og næringsutvikling · 25. september 2026", size=9.5, color="595959")
    d.add_heading("Innleiing", level=1)
    K.para(d, "Vestland fylkeskommune rapporterer seks tiltak for 2026. Fire av dei er vidareførte frå tidlegare "
              "år. For kvart tiltak står delmål, ansvar, partnarar, type og tid samla i eitt avsnitt under omtalen.")
    d.add_heading("Tiltak i 2026", level=1)
    for m in f["measures"]:
        d.add_heading(m["title"], level=2)
        K.para(d, m["desc"])
        dm = " og ".join("%s (%s)" % (c, DELMAL_NN[c]) for c in m["dm"])
        for lab, val in (("Delmål", dm), ("Ansvarleg", m["resp"]), ("Partnarar", ", ".join(m["partners"])),
                         ("Type", m["tp"]), ("Tid", m["period"])):
            for txt, bold, after in ((lab, True, 0), (val, False, 3)):
                p = K.para(d, "", space_after=after, space_before=0, indent_cm=0.3)
                K.run(p, txt, bold=bold, size=9.5 if bold else 10, smallcaps=bold, color="00334E" if bold else None)
                K.shade_para(p, "EAF1F5")
                K.para_border(p, ("left",), sz=24, color="00334E")
        K.para(d, "", space_after=4)
    d.add_heading("Planlagde tiltak 2027", level=1)
    K.para(d, "Desse tiltaka er under planlegging og er ikkje sette i gang. Dei vert rapporterte når dei har starta:")
    for x in f["extra"]["planned"]:
        K.para(d, x, style="List Bullet")
    d.save(path)


TABLE = {
    "2022_NAV_arsrapport.docx": r_nav_2022,
    "2024_YS_handlingsplan.docx": r_ys_2024,
    "2025_NHO_rapport.docx": r_nho_2025,
    "2025_Trondelag_rapport.docx": r_trond_2025,
    "2026_Vestland_rapport_nn.docx": r_vestland_2026,
}
