"""KS 2023: newsletter items with kicker line, headline, lead, body and a 'Fakta' line."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from .common import set_doc_font, join_no, codes, para_border


def build(spec, out):
    doc = Document()
    set_doc_font(doc, "Georgia", 10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(3)
    p = doc.add_paragraph(); r = p.add_run("KS KOMPETANSE"); r.bold = True; r.font.size = Pt(28); r.font.color.rgb = RGBColor(0x00, 0x4F, 0x9F)
    p = doc.add_paragraph(); r = p.add_run("Nyhetsbrev nr. 4 · desember 2023 · Årsrapport til Kompetansepolitisk råd"); r.font.size = Pt(9)
    para_border(p, sides=("bottom",), sz=12, color="004F9F")
    doc.add_paragraph("I denne utgaven samler vi KS' tiltak for å følge opp Nasjonal kompetansepolitisk strategi i 2023.")
    for m in spec["measures"]:
        k = doc.add_paragraph()
        kick = (f"DELMÅL {codes(m['delmal'])} · " if m["delmal"] else "") + m["type"].upper()
        kr = k.add_run(kick); kr.font.size = Pt(8); kr.bold = True; kr.font.color.rgb = RGBColor(0xC0, 0x39, 0x2B)
        k.paragraph_format.space_before = Pt(16); k.paragraph_format.space_after = Pt(0)
        h = doc.add_paragraph(); hr = h.add_run(m["title"]); hr.bold = True; hr.font.size = Pt(15)
        h.paragraph_format.space_after = Pt(2)
        ld = doc.add_paragraph(); lr = ld.add_run(m["description"]); lr.italic = True
        facts = [f"Ansvar: {m['responsible']}."]
        if m["partners"]:
            facts.append(f"Med: {join_no(m['partners'])}.")
        facts.append(f"Tidsrom: {m['period']}.")
        f = doc.add_paragraph(); fr = f.add_run("Fakta: "); fr.bold = True; fr.font.size = Pt(8.5)
        f2 = f.add_run(" ".join(facts)); f2.font.size = Pt(8.5)
    k = doc.add_paragraph(); kr = k.add_run("KORT NYTT"); kr.bold = True; kr.font.size = Pt(8)
    k.paragraph_format.space_before = Pt(18)
    h = doc.add_paragraph(); hr = h.add_run("Ny rådgiver i KS Kompetanse"); hr.bold = True; hr.font.size = Pt(13)
    doc.add_paragraph("Fra januar forsterkes avdelingen med en rådgiver som skal arbeide med lærlingordningen i kommunene.")
    doc.save(out)
