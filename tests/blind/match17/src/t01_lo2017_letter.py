# -*- coding: utf-8 -*-
"""LO 2017: a letter. Measures are run-in bold leads inside running paragraphs."""
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

from .common import new_document, add_run, page_x_of_y, oldnums_text


def build(spec, out_path):
    doc = new_document(font="Times New Roman", size=12, margins_cm=2.5)
    sec = doc.sections[0]
    sec.different_first_page_header_footer = False
    hp = sec.header.paragraphs[0]
    add_run(hp, "Landsorganisasjonen i Norge", size=9, color="A00000", bold=True)
    add_run(hp, "\tVår ref.: 17/0412-3 KJH", size=9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(fp, "LO – Youngs gate 11, 0181 Oslo – www.lo.no        ", size=8)
    page_x_of_y(fp, size=8)

    def para(text="", bold=False, align=None, space_after=6):
        p = doc.add_paragraph()
        if text:
            add_run(p, text, bold=bold)
        if align:
            p.alignment = align
        p.paragraph_format.space_after = Pt(space_after)
        return p

    para("Kunnskapsdepartementet", space_after=0)
    para("v/ sekretariatet for Kompetansepolitisk råd", space_after=0)
    para("Postboks 8119 Dep", space_after=0)
    para("0032 Oslo", space_after=18)
    para("Oslo, 27. oktober 2017", align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=18)
    para("Rapportering fra LO om oppfølgingen av Nasjonal kompetansepolitisk strategi 2017", bold=True, space_after=12)

    para("Vi viser til brev fra Kunnskapsdepartementet av 12. september 2017 med invitasjon til å rapportere om "
         "hvordan medlemmene i Kompetansepolitisk råd følger opp Nasjonal kompetansepolitisk strategi. "
         "LO var med på å utarbeide strategien og står bak målet om at alle skal ha mulighet til å lære hele livet. "
         "Nedenfor gjør vi rede for de viktigste tiltakene LO har satt i gang eller deltar i. Vi viser til "
         "strategiens nummererte tiltak i parentes.")
    para("LO vil understreke at mye av arbeidet med kompetanse skjer i forbundene og gjennom tariffavtalene. "
         "Forbundene arbeider med en rekke egne tiltak som ikke er omtalt her, blant annet bransjevise "
         "kompetanseprosjekter, kursvirksomhet og opplæring av nye tillitsvalgte. Vi har heller ikke tatt med "
         "LOs arbeid med statsbudsjettet og høringsuttalelser om fag- og yrkesopplæringen.")

    for m in spec["measures"]:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(8)
        p.paragraph_format.first_line_indent = Cm(0)
        lead = m["p"].get("lead", ".")
        add_run(p, m["title"] + lead, bold=True)
        add_run(p, " " + m["description"] + " ")
        add_run(p, "(Jf. NKPS tiltak nr. %s.)" % oldnums_text(m["delmal"]), italic=True)

    para("LO ser det som viktig at rapporteringen også omfatter arbeidet som gjøres lokalt. Vi foreslår derfor at "
         "rådet drøfter en felles mal for rapporteringen fra 2018, slik at tiltakene lettere kan sammenlignes.")
    para("Vi ser fram til videre samarbeid i Kompetansepolitisk råd.", space_after=18)
    para("Med vennlig hilsen", space_after=24)
    para("Landsorganisasjonen i Norge", space_after=0)
    para("Kari Johanne Hauge", space_after=0)
    para("rådgiver, avdeling for samfunnspolitikk", space_after=0)
    doc.save(out_path)
