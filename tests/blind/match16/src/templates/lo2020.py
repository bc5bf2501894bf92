"""LO 2020: headings are the quoted delmål texts (no codes); measures are bullets with a bold title, an en dash
and the description. A final "Andre tiltak" section has no delmål."""
from .. import docx_util as D
from ..data import DELMAL, ORDER


def build(rep, out):
    doc = D.new_document(font="Arial", size=10.5)
    D.heading_color(doc, "Heading 2", "C00000")
    sec = doc.sections[0]
    D.footer_text(sec, "LO · Rapportering NKPS 2020")
    D.para(doc, "LO", bold=True, size=22, color="C00000")
    D.para(doc, "Rapportering på Nasjonal kompetansepolitisk strategi – 2020", bold=True, size=14)
    D.para(doc, "2020 ble preget av koronapandemien, høy ledighet og mange permitterte. LO har i denne situasjonen "
                "lagt stor vekt på at kompetansetiltak skal være tilgjengelige for dem som står i fare for å falle "
                "ut av arbeidslivet. Tiltakene er ordnet under de delmålene i strategien de følger opp.")
    groups, other = {}, []
    for r in rep["rows"]:
        if r["delmal"]:
            groups.setdefault(r["delmal"][0], []).append(r)
        else:
            other.append(r)
    for code in ORDER:
        if code not in groups:
            continue
        doc.add_heading(f"«{DELMAL[code]}»", level=2)
        for r in groups[code]:
            p = doc.add_paragraph(style="List Bullet")
            D.run(p, r["title"], bold=True)
            D.run(p, " – " + r["description"])
    if other:
        doc.add_heading("Andre tiltak", level=2)
        for r in other:
            p = doc.add_paragraph(style="List Bullet")
            D.run(p, r["title"], bold=True)
            D.run(p, " – " + r["description"])
    D.save_via_soffice(doc, out)
