"""Running-text Word templates: B (numbered headings), E (nynorsk bullets with sub-bullets),
H (table of contents + numbered headings + header/footer), L (bold label lines), O (headings per delmål)."""
from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Cm, Pt

from .catalog import AREAS, AREAS_NN, DELMAL, old_number
from .docx_util import (new_doc, para, runs, footer_pages, header_text, bottom_rule, join_codes)


def _by_area(rows):
    out = []
    for area in "123":
        out.append((area, [r for r in rows if r["dm"] and r["dm"][0][0] == area]))
    return [(a, rs) for a, rs in out if rs]


def render_B(path, rep):
    """LO: numbered measure headings; 2019 refers to old NKPS tiltak numbers, 2022 to delmål codes."""
    m = rep["meta"]
    d = new_doc("Cambria", 11, margin=2.5, heading_font="Cambria", heading_color="C00000")
    d.add_heading(m["title"], level=1)
    for t in m["intro"]:
        para(d, t)
    for i, r in enumerate(rep["rows"], start=1):
        d.add_heading(f"{i}. {r['title']}", level=2)
        if m["refstyle"] == "old":
            nums = [str(old_number(c)) for c in r["dm"]]
            ref = [("Relasjon til NKPS tiltak nr. " + join_codes(nums) + ".", False)]
        else:
            ref = [("Delmål: ", True), (join_codes(r["dm"]), False)]
        runs(para(d, space_after=0), ref)
        for lab, val in (("Type tiltak: ", r["typ"]), ("Ansvarlig: ", r["resp"]),
                         ("Samarbeidspartnere: ", r["partners"]), ("Tidsrom: ", r["period"])):
            runs(para(d, space_after=0), [(lab, True), (val, False)])
        para(d, r["desc"])
    d.save(path)
    return rep["rows"]


def render_E(path, rep):
    """Vestland (nynorsk): one bullet per measure, sub-bullets for the fields."""
    m = rep["meta"]
    d = new_doc("Calibri", 11, margin=2.3, heading_color="00594F")
    d.add_heading(m["title"], level=0)
    para(d, m["subtitle"], italic=True, size=12)
    para(d, m["intro"])
    order = []
    for area, rows in _by_area(rep["rows"]):
        order += rows
        d.add_heading(f"Hovudinnsatsområde {area}: {AREAS_NN[area]}", level=2)
        for r in rows:
            para(d, r["title"], bold=True, style="List Bullet")
            for lab, val in (("Delmål: ", join_codes(r["dm"])), ("Ansvarleg: ", r["resp"]),
                             ("Samarbeidspartnarar: ", r["partners"]), ("Periode: ", r["period"]),
                             ("Kort om tiltaket: ", r["desc"])):
                runs(para(d, style="List Bullet 2"), [(lab, False), (val, False)])
    d.save(path)
    return order


def render_H(path, rep):
    """YS: title page, static table of contents, numbered chapters per area, measure per sub-heading."""
    m = rep["meta"]
    d = new_doc("Calibri", 11, margin=2.5, heading_color="E4002B")
    header_text(d, m["header"])
    footer_pages(d, "YS – Rapportering NKPS 2021")
    para(d, "")
    para(d, m["title"], bold=True, size=22)
    para(d, "Nasjonal kompetansepolitisk strategi – oppfølging i 2021", size=14)
    para(d, "Oslo, februar 2022", italic=True)
    d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    para(d, "Innhold", bold=True, size=14)
    groups = _by_area(rep["rows"])
    page = m.get("toc_page", 3)  # the whole body fits from page 3 (checked against the rendered PDF)
    toc = [("1", "Innledning", page)]
    for k, (area, rows) in enumerate(groups, start=2):
        toc.append((str(k), f"Hovedinnsatsområde {area}: {AREAS[area]}", page))
        for j, r in enumerate(rows, start=1):
            toc.append((f"{k}.{j}", r["title"], page))
    for num, text, pg in toc:
        p = para(d, space_after=2)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        if "." in num:
            p.paragraph_format.left_indent = Cm(0.8)
        runs(p, [(f"{num}  {text}\t{pg}", "." not in num)], size=10)
    d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    d.add_heading("1 Innledning", level=1)
    para(d, m["intro"])
    order = []
    for k, (area, rows) in enumerate(groups, start=2):
        order += rows
        d.add_heading(f"{k} Hovedinnsatsområde {area}: {AREAS[area]}", level=1)
        for j, r in enumerate(rows, start=1):
            d.add_heading(f"{k}.{j} {r['title']}", level=2)
            para(d, r["desc"])
            info = (f"Delmål {join_codes(r['dm'])} | Type: {r['typ']} | Ansvarlig: {r['resp']} | "
                    f"Samarbeid: {r['partners']} | Periode: {r['period']}")
            para(d, info, italic=True, size=9.5)
    d.save(path)
    return order


def render_L(path, rep):
    """IMDi: each measure as a block of bold-label lines, separated by a rule."""
    m = rep["meta"]
    d = new_doc("Segoe UI", 10.5, margin=2.4, heading_font="Segoe UI", heading_color="5B2C6F")
    d.add_heading(m["title"], level=1)
    para(d, m["intro"])
    order = []
    for area, rows in _by_area(rep["rows"]):
        order += rows
        d.add_heading(f"Hovedinnsatsområde {area} – {AREAS[area]}", level=2)
        for r in rows:
            for lab, val in (("Tiltak: ", r["title"]), ("Delmål: ", join_codes(r["dm"])),
                             ("Type tiltak: ", r["typ"]), ("Ansvarlig: ", r["resp"]),
                             ("Samarbeidspartnere: ", r["partners"]), ("Periode: ", r["period"]),
                             ("Beskrivelse: ", r["desc"])):
                runs(para(d, space_after=1), [(lab, True), (val, False)])
            bottom_rule(para(d, space_after=6))
    d.save(path)
    return order


def render_O(path, rep):
    """KD 2025: a heading per delmål, measure as sub-heading, bullet facts, then a paragraph."""
    m = rep["meta"]
    d = new_doc("Times New Roman", 12, margin=2.5, heading_font="Arial", heading_color="000000")
    footer_pages(d, m["footer"], of_total=False)
    d.add_heading(m["title"], level=0)
    para(d, m["intro"])
    order = sorted(rep["rows"], key=lambda r: r["dm"][0])
    current = None
    for r in order:
        code = r["dm"][0]
        if code != current:
            current = code
            d.add_heading(f"Delmål {code}", level=1)
            para(d, DELMAL[code], italic=True)
        d.add_heading(r["title"], level=2)
        for lab, val in (("Ansvarlig: ", r["resp"]), ("Samarbeidspartnere: ", r["partners"]), ("Periode: ", r["period"])):
            runs(para(d, style="List Bullet"), [(lab, True), (val, False)])
        para(d, r["desc"])
    d.save(path)
    return order
