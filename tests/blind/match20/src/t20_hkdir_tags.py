"""HK-dir 2025: Roman-numeral paragraphs with italic titles; delmål as tags resolved through a legend table."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from .common import set_doc_font, join_no, set_cell_shading

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
SHORT = {"1.1": "Kompetansebehovsutvalget", "1.3": "Karriereveiledning", "2.1": "Digital kompetanse i arbeidsstyrken",
         "2.2": "Kunnskapsgrunnlaget om læring i arbeidslivet", "2.4": "Koble kompetansebehov og tilbydere",
         "3.2": "Kompetanseplussordningene / grunnleggende ferdigheter"}


def build(spec, out):
    doc = Document()
    set_doc_font(doc, "Carlito", 11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Direktoratet for høyere utdanning og kompetanse (HK-dir)"
    p = doc.add_paragraph(); r = p.add_run("HK-dirs rapportering til Kompetansepolitisk råd 2025"); r.bold = True; r.font.size = Pt(18)
    doc.add_paragraph("Hvert tiltak er merket med en eller flere koder i hakeparentes. Tabellen viser hvilket delmål "
                      "i Nasjonal kompetansepolitisk strategi kodene står for.")
    tags = spec["tags"]
    tb = doc.add_table(rows=1 + len(tags), cols=3); tb.style = "Table Grid"
    for i, h in enumerate(["Kode", "Delmål", "Kort om delmålet"]):
        c = tb.cell(0, i); c.text = ""; c.paragraphs[0].add_run(h).bold = True; set_cell_shading(c, "DDEBF7")
    for j, (code, tag) in enumerate(sorted(tags.items()), 1):
        tb.cell(j, 0).text = f"[{tag}]"; tb.cell(j, 1).text = code; tb.cell(j, 2).text = SHORT[code]
    doc.add_paragraph()
    for i, m in enumerate(spec["measures"]):
        p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(12)
        p.paragraph_format.left_indent = Cm(1.0); p.paragraph_format.first_line_indent = Cm(-1.0)
        rr = p.add_run(f"{ROMAN[i]}.\t"); rr.bold = True
        tr = p.add_run(m["title"]); tr.italic = True; tr.font.size = Pt(12.5)
        q = doc.add_paragraph(m["description"]); q.paragraph_format.left_indent = Cm(1.0)
        facts = [f"Eier: {m['responsible']}"]
        if m["partners"]:
            facts.append(f"Partnere: {join_no(m['partners'])}")
        facts += [f"Når: {m['period']}", f"Virkemiddel: {m['type']}"]
        q = doc.add_paragraph(" · ".join(facts)); q.paragraph_format.left_indent = Cm(1.0)
        q.runs[0].font.size = Pt(9.5)
        t = doc.add_paragraph(" ".join(f"[{tags[c]}]" for c in m["delmal"])); t.paragraph_format.left_indent = Cm(1.0)
        t.runs[0].font.size = Pt(9); t.runs[0].bold = True; t.runs[0].font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    doc.save(out)
