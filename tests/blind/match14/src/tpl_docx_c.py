"""Word templates, part C (Trøndelag 2022, YS 2023, Vestland 2024, Udir 2025)."""
from docx.shared import Cm, Pt

from . import delmal as D
from .common import codes, group_consecutive, join
from .docx_util import (add_run, cant_split, cell_text, col_widths, footnote, header_footer, new_doc,
                        para, repeat_header, save, shade, table_borders, cell_margins, set_landscape)


# ---------------------------------------------------------------- Trøndelag 2022 (nested tables)
def trond22_nested(rep, path):
    doc = new_doc(font="Calibri", size=10)
    header_footer(doc.sections[0], header="Trøndelag fylkeskommune · Trööndelagen fylkentjïelte",
                  footer="Rapport om oppfølging av kompetansepolitikken 2022")
    para(doc, "Rapport om oppfølging av kompetansepolitikken 2022", bold=True, size=17, color="7A1E3C")
    para(doc, "Til Kompetansepolitisk råd, fra Trøndelag fylkeskommune, seksjon for kompetanse og "
              "kvalifisering", italic=True, after=8)
    para(doc, "Tiltakene er sortert etter strategiens tre hovedinnsatsområder. For hvert tiltak oppgir vi "
              "delmål, type, ansvar, partnere og periode, og gir en kort omtale.", after=8)
    outer = doc.add_table(rows=0, cols=2)
    table_borders(outer, top=(8, "7A1E3C"), bottom=(8, "7A1E3C"), left=None, right=None,
                  insideH=(8, "7A1E3C"), insideV=(4, "7A1E3C"))
    for s, rows in group_consecutive(rep["rows"], lambda r: r["sec"]):
        orow = outer.add_row()
        left, right = orow.cells
        cell_text(left, f"Hovedinnsatsområde {s}", bold=True, color="7A1E3C")
        left.add_paragraph(D.AREAS[s]).runs[0].font.size = Pt(9)
        shade(left, "F6E9EE")
        rp = right.paragraphs[0]
        add_run(rp, f"{len(rows)} tiltak", italic=True, size=8, color="777777")
        inner = right.add_table(rows=1, cols=2)
        inner.style = doc.styles["Table Grid"]
        cell_text(inner.rows[0].cells[0], "Tiltak", bold=True, size=9)
        cell_text(inner.rows[0].cells[1], "Om tiltaket", bold=True, size=9)
        for r in rows:
            ir = inner.add_row()
            cant_split(ir)
            cell_text(ir.cells[0], r["title"], bold=True)
            c = ir.cells[1]
            lines = [("Delmål", codes(r)), ("Type", r["type"]), ("Ansvarlig", r["resp"]),
                     ("Partnere", join(r["partners"])), ("Periode", r["period"])]
            first = True
            for lab, val in lines:
                p = c.paragraphs[0] if first else c.add_paragraph()
                first = False
                p.paragraph_format.space_after = Pt(0)
                add_run(p, f"{lab}: ", size=9, color="555555")
                add_run(p, val, size=9)
            p = c.add_paragraph(r["desc"])
            p.paragraph_format.space_before = Pt(3)
        col_widths(inner, [4.0, 8.6])
    col_widths(outer, [3.6, 13.0])
    save(doc, path)


# ---------------------------------------------------------------- YS 2023 (nested bullets)
YS_HEAD = {("1.1",): "Delmål 1.1 – Kompetansebehovsutvalget",
           ("2.2",): "Delmål 2.2 – Kunnskap om læring i arbeidslivet",
           ("2.1", "2.4"): "Delmål 2.1 og 2.4 – Digital kompetanse og etter- og videreutdanning",
           ("3.2",): "Delmål 3.2 – Kompetanseplussordningene",
           ("3.3",): "Delmål 3.3 – Opplæring i arbeidsmarkedspolitikken"}


def ys23_nested_bullets(rep, path):
    doc = new_doc(font="Calibri", size=11)
    header_footer(doc.sections[0], header="YS – Yrkesorganisasjonenes Sentralforbund",
                  footer="Rapport til Kompetansepolitisk råd 2023")
    para(doc, "YS' rapport til Kompetansepolitisk råd 2023", bold=True, size=17, color="C00000")
    para(doc, "YS følger fortsatt opp delmålene fra Nasjonal kompetansepolitisk strategi. Nedenfor er "
              "tiltakene gruppert etter delmål, med type tiltak, ansvar, samarbeid og tid som "
              "underpunkter.", after=8)
    main = [r for r in rep["rows"] if r.get("sec") != "other"]
    other = [r for r in rep["rows"] if r.get("sec") == "other"]
    for dm, rows in group_consecutive(main, lambda r: tuple(r["dm"])):
        doc.add_heading(YS_HEAD[dm], level=2)
        for r in rows:
            _ys_item(doc, r)
    doc.add_heading("Andre tiltak", level=2)
    for r in other:
        _ys_item(doc, r)
    save(doc, path)


def _ys_item(doc, r):
    p = doc.add_paragraph(style="List Bullet")
    add_run(p, r["title"], bold=True)
    for lab, val in [("Type", r["type"]), ("Ansvar", r["resp"]), ("Samarbeid", join(r["partners"])),
                     ("Tid", r["period"])]:
        q = doc.add_paragraph(style="List Bullet 2")
        q.paragraph_format.space_after = Pt(0)
        add_run(q, f"{lab} – {val}", size=10)
    d = doc.add_paragraph(r["desc"])
    d.paragraph_format.left_indent = Cm(1.27)
    d.paragraph_format.space_after = Pt(8)


# ---------------------------------------------------------------- Vestland 2024 (table per delmål, nynorsk)
VL_TYPE = {"Råd/utvalg/nettverk": "Råd/utval/nettverk"}
VL24_NOTES = {
    "1.2": "Kompetanseforum Vestland er partnarskapet som følgjer opp den regionale planen.",
    "3.3": "Avtalen erstatta i 2022 dei tidlegare avtalane mellom NAV og dei to gamle fylkeskommunane.",
}


def vestl24_table_per_delmal_nn(rep, path):
    doc = new_doc(font="Calibri", size=10)
    header_footer(doc.sections[0], header="Vestland fylkeskommune", footer="Rapport til Kompetansepolitisk råd 2024")
    para(doc, "Rapport til Kompetansepolitisk råd 2024", bold=True, size=18, color="00616F")
    p = para(doc, "Vestland fylkeskommune rapporterer på tiltak som følgjer opp delmåla i Nasjonal "
                  "kompetansepolitisk strategi", after=6)
    footnote(doc, p, "Strategiperioden gjekk ut i 2021, men rådet har vidareført rapporteringa etter dei same delmåla.")
    add_run(p, ". Det er laga éin tabell for kvart delmål.")
    for dm, rows in group_consecutive(rep["rows"], lambda r: r["dm"][0]):
        t = doc.add_table(rows=2, cols=5)
        table_borders(t, top=(8, "00616F"), bottom=(8, "00616F"), left=(4, "9CC3C9"), right=(4, "9CC3C9"),
                      insideH=(4, "9CC3C9"), insideV=(4, "9CC3C9"))
        cell_margins(t)
        top = t.rows[0].cells[0].merge(t.rows[0].cells[4])
        tp = top.paragraphs[0]
        add_run(tp, f"Delmål {dm} – {D.SHORT_NN[dm]}", bold=True, color="FFFFFF")
        if dm in VL24_NOTES:
            footnote(doc, tp, VL24_NOTES[dm])
        shade(top, "00616F")
        for i, h in enumerate(["Tiltak", "Kva går tiltaket ut på", "Type", "Ansvar og partnarar", "Tidsrom"]):
            cell_text(t.rows[1].cells[i], h, bold=True, size=9)
            shade(t.rows[1].cells[i], "E3F0F2")
        repeat_header(t.rows[0])
        repeat_header(t.rows[1])
        for r in rows:
            row = t.add_row()
            cant_split(row)
            ap = f"{r['resp']} (ansvarleg)"
            if r["partners"]:
                ap += "; " + join(r["partners"])
            vals = [r["title"], r["desc"], VL_TYPE.get(r["type"], r["type"]), ap, r["period"]]
            for i, v in enumerate(vals):
                cell_text(row.cells[i], v, bold=(i == 0))
        col_widths(t, [3.6, 6.6, 2.2, 3.0, 1.6])
        para(doc, "", after=6)
    para(doc, "Bergen, februar 2025", italic=True, size=9)
    save(doc, path)


# ---------------------------------------------------------------- Udir 2025 (only horizontal rules)
def udir25_rules_only(rep, path):
    doc = new_doc(font="Arial", size=9, landscape=True, margins_cm=1.7)
    header_footer(doc.sections[0], header="Utdanningsdirektoratet", footer="Tiltaksoversikt 2025")
    para(doc, "Tiltaksoversikt 2025 – kompetansepolitikk", bold=True, size=16, color="303030")
    para(doc, "Utdanningsdirektoratets bidrag til oppfølgingen av Kompetansepolitisk råd. Delmålene viser til "
              "Nasjonal kompetansepolitisk strategi, som rådet fortsatt bruker som ramme for rapporteringen.",
         size=10, after=8)
    hdr = ["Nr.", "Tiltak", "Beskrivelse", "Delmål", "Kategori", "Ansvarlig / samarbeid", "Tidsrom"]
    t = doc.add_table(rows=1, cols=7)
    table_borders(t, top=(12, "000000"), bottom=(12, "000000"), left=None, right=None,
                  insideH=(2, "7F7F7F"), insideV=None)
    cell_margins(t, top=70, bottom=70)
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, bold=True)
    repeat_header(t.rows[0])
    for n, r in enumerate(rep["rows"], start=1):
        row = t.add_row()
        cant_split(row)
        ans = f"{r['resp']} (ansv.)"
        if r["partners"]:
            ans += "; " + join(r["partners"])
        vals = [str(n), r["title"], r["desc"], codes(r), r["type"], ans, r["period"]]
        for i, v in enumerate(vals):
            cell_text(row.cells[i], v, bold=(i == 1))
    col_widths(t, [1.0, 4.6, 9.0, 1.6, 2.8, 4.2, 2.4])
    para(doc, "Utdanningsdirektoratet, januar 2026", italic=True, size=8, before=8)
    save(doc, path)
