"""LO 2017: logic-model table (Innsats | Aktivitet | Resultat | Ansvar og med hvem | NKPS-tiltak nr.)."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from .common import set_doc_font, set_cell_shading, vmerge, page_landscape, old_numbers, join_no, add_field


def build(spec, out):
    doc = Document()
    set_doc_font(doc, "Calibri", 10)
    sec = doc.sections[0]
    page_landscape(sec)
    sec.left_margin = sec.right_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = "Landsorganisasjonen i Norge – Kompetansepolitisk råd"
    hp.runs[0].font.size = Pt(8); hp.runs[0].font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("Side "); add_field(fp.add_run(), "PAGE")

    t = doc.add_paragraph(); r = t.add_run("LOs oppfølging av Nasjonal kompetansepolitisk strategi – 2017")
    r.bold = True; r.font.size = Pt(18); r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    doc.add_paragraph("Tabellen viser LOs innsats i 2017 som en resultatkjede: for hver innsats oppgir vi "
                      "aktiviteter og forventede resultater, hvem vi samarbeider med, og hvilke tiltak i "
                      "strategien (NKPS tiltak nr. 1–16) innsatsen følger opp.")

    rows = sum(len(m["lm"]) for m in spec["measures"])
    tbl = doc.add_table(rows=rows + 1, cols=5)
    tbl.style = "Table Grid"
    widths = [Cm(5.2), Cm(6.8), Cm(5.8), Cm(4.6), Cm(2.4)]
    heads = ["Innsats", "Aktivitet", "Resultat", "Ansvar og med hvem", "NKPS-tiltak nr."]
    for i, h in enumerate(heads):
        c = tbl.cell(0, i); c.text = ""; rr = c.paragraphs[0].add_run(h); rr.bold = True
        rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF); set_cell_shading(c, "C00000")
    r0 = 1
    for m in spec["measures"]:
        n = len(m["lm"])
        for j, (a, res) in enumerate(m["lm"]):
            tbl.cell(r0 + j, 1).text = a
            tbl.cell(r0 + j, 2).text = res
        c = vmerge(tbl, 0, r0, r0 + n - 1)
        c.text = ""
        p = c.paragraphs[0]; rr = p.add_run(m["title"]); rr.bold = True
        p2 = c.add_paragraph(); r2 = p2.add_run(f"({m['period']})"); r2.italic = True; r2.font.size = Pt(9)
        c = vmerge(tbl, 3, r0, r0 + n - 1)
        txt = f"Ansvar: {m['responsible']}."
        if m["partners"]:
            txt += f" Med: {join_no(m['partners'])}."
        c.text = txt
        c = vmerge(tbl, 4, r0, r0 + n - 1)
        c.text = old_numbers(m["delmal"])
        r0 += n
    for row in tbl.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("Kontaktperson: rådgiver i LOs avdeling for utdanning og kompetanse.")
    doc.save(out)
