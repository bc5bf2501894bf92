"""Regjeringen 2019: landscape matrix per main area. The delmål cell (code + text) is merged vertically over
all measures of that delmål, the header row repeats on every page and long rows break across pages."""
from .. import docx_util as D
from ..data import AREAS, DELMAL, ORDER


def build(rep, out):
    doc = D.new_document(font="Times New Roman", size=10, landscape=True, margins_cm=2.0)
    sec = doc.sections[0]
    D.footer_text(sec, "Kunnskapsdepartementet – Regjeringens rapportering 2019")
    D.para(doc, "Regjeringens rapportering av tiltak 2019", bold=True, size=16)
    D.para(doc, "Nasjonal kompetansepolitisk strategi 2017–2021", size=12)
    D.para(doc, "Departementene rapporterer her på tiltak som følger opp delmålene i strategien. Oversikten er "
                "satt sammen av Kunnskapsdepartementet på grunnlag av innspill fra KD, ASD, JD, KMD, NFD og KUD. "
                "Tiltak som er rapportert tidligere år og som fortsatt pågår, er tatt med der det har skjedd "
                "noe nytt i 2019.")
    rows = rep["rows"]
    for area in ("1", "2", "3"):
        arows = [r for r in rows if r["delmal"][0].startswith(area + ".")]
        if not arows:
            continue
        D.para(doc, f"Hovedinnsatsområde {area}: {AREAS[area]}", bold=True, size=12)
        cols = ["Delmål", "Tiltak", "Beskrivelse", "Type tiltak", "Ansvarlig", "Samarbeidspartnere"]
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, cols):
            D.cell_write(c, h, bold=True, size=9)
            D.shade(c, "D9D9D9")
        D.repeat_header(t.rows[0])
        groups = {}
        for r in arows:
            groups.setdefault(r["delmal"][0], []).append(r)
        for code in ORDER:
            if code not in groups:
                continue
            first = None
            for r in groups[code]:
                cells = t.add_row().cells
                if first is None:
                    first = cells[0]
                    D.cell_write(cells[0], code, bold=True, size=9)
                    D.cell_add(cells[0], DELMAL[code], size=8)
                last = cells[0]
                D.cell_write(cells[1], r["title"], size=9)
                D.cell_write(cells[2], r["description"], size=9)
                D.cell_write(cells[3], r["type"], size=9)
                D.cell_write(cells[4], r["responsible"], size=9)
                D.cell_write(cells[5], ", ".join(r["partners"]), size=9)
            if last is not first:
                first.merge(last)
        D.set_widths(t, [4.6, 4.6, 8.0, 2.6, 1.9, 4.0])
        D.para(doc, "")
    D.para(doc, f"Totalt antall tiltak: {len(rows)}", bold=True)
    D.para(doc, "Tiltak som gjennomføres av underliggende etater, er rapportert under ansvarlig departement. "
                "Fylkeskommunenes egne tiltak inngår ikke i oversikten.", italic=True, size=9)
    D.save_via_soffice(doc, out)
