# -*- coding: utf-8 -*-
"""LO 2017: e-mail reply pasted into Word. Quoted request lines ('> ') contain a template
'- Tiltak:' that is NOT a measure."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from common import set_font, old_numbers


def build(rep, out):
    doc = Document()
    set_font(doc, "Calibri", 11)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.2)
    meta = rep["meta"]

    def p(text="", bold=False, indent=None, color=None, size=None):
        para = doc.add_paragraph()
        para.paragraph_format.space_after = Pt(0)
        if indent:
            para.paragraph_format.left_indent = Cm(indent)
        r = para.add_run(text)
        r.bold = bold
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if size:
            r.font.size = Pt(size)
        return para

    hdr = [("Fra:", meta["sender"]), ("Sendt:", "fredag 15. desember 2017 14:02"),
           ("Til:", "Postmottak Kompetanse Norge <postmottak@kompetansenorge.no>"),
           ("Kopi:", "Trine Bakke <trine.bakke@lo.no>"),
           ("Emne:", "SV: Rapportering – oppfølging av Nasjonal kompetansepolitisk strategi 2017")]
    for k, v in hdr:
        para = doc.add_paragraph(); para.paragraph_format.space_after = Pt(0)
        para.add_run(k + " ").bold = True
        para.add_run(v)
    p()
    p("Hei,")
    p()
    p("Viser til e-posten under. Her er LOs innspill til årets rapportering. Vi har ikke fylt ut "
      "skjemaet, men listet tiltakene under med henvisning til tiltaksnummer i strategien slik dere ba om.")
    p()
    for m in rep["measures"]:
        p("- Tiltak: " + m["title"])
        if m["d"]:
            p("NKPS-tiltak nr.: " + old_numbers(m["d"]), indent=0.6)
        p("Hvem: " + m["resp"], indent=0.6)
        if m["partners"]:
            p("Sammen med: " + ", ".join(m["partners"]), indent=0.6)
        if m["period"]:
            p("Når: " + m["period"], indent=0.6)
        p("Om: " + m["desc"], indent=0.6)
        p()
    p("Si fra om noe er uklart.")
    p()
    p("Med vennlig hilsen")
    p("Ingrid Aasheim")
    p("rådgiver, LOs samfunnspolitiske avdeling")
    p("Mobil: 900 00 000")
    p()
    p("-----Opprinnelig melding-----", color="1F497D")
    for k, v in [("Fra:", "Postmottak Kompetanse Norge"), ("Sendt:", "onsdag 8. november 2017 09:31"),
                 ("Til:", "rådsmedlemmene i Kompetansepolitisk råd"),
                 ("Emne:", "Rapportering – oppfølging av Nasjonal kompetansepolitisk strategi 2017")]:
        p(k + " " + v, color="1F497D")
    p()
    quoted = [
        "Hei,",
        "",
        "Kompetansepolitisk råd har besluttet at rådsmedlemmene skal rapportere om hvordan de",
        "konkret følger opp strategien. Vi ber om at dere for hvert tiltak oppgir:",
        "",
        "- Tiltak: (navn på tiltaket)",
        "  NKPS-tiltak nr.: (nummer i strategiens tiltaksliste, 1–16)",
        "  Hvem: (ansvarlig)",
        "  Sammen med: (samarbeidspartnere)",
        "  Når: (tidspunkt og varighet)",
        "  Om: (kort beskrivelse, maks en halv side)",
        "",
        "Frist for innspill er 15. desember.",
        "",
        "Vennlig hilsen",
        "Kompetanse Norge, sekretariatet for Kompetansepolitisk råd",
    ]
    for q in quoted:
        p(("> " + q).rstrip(), color="1F497D")
    doc.save(out)
