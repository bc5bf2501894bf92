"""Build the sample reports in samples/ from the seed texts (samples/source/).

    pip install -e '.[samples]'   # plus LibreOffice: apt-get install libreoffice-writer-nogui
    python samples/make_samples.py

The outputs are committed, so nobody needs this script (or LibreOffice) to run tiltak.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import docxkit as kit  # noqa: E402

SOURCE = HERE / "source"
FORM_HEADINGS = ("Tiltak i Nasjonal kompetansepolitisk strategi", "Ansvarlig og samarbeidspartnere",
                 "Beskrivelse av tiltaket (maks en halv side)", "Tidspunkt og varighet", "Type tiltak")


def numbered_report(source: dict, path: Path, font: str = "Calibri", size: float = 11) -> None:
    """Layout 1, as Spekter wrote it in Word: a numbered list of reporting points, then a form per
    measure whose headings are an automatic list restarting at 1. The answers under "Tidspunkt og
    varighet" were typed into the first list's numbering, so Word prints them as 9., 10., …"""
    document = kit.new_document(font=font, size=size, author=source["reporter"])
    kit.header_footer(document, header=source.get("header"), footer="Side {PAGE} av {NUMPAGES}")
    numbering = kit.Numbering(document)
    points = numbering.instance(numbering.abstract())
    heading_list = numbering.abstract()
    kit.paragraph(document, source["title"], bold=True, size=size + 3, space_after=12)
    kit.paragraph(document, "Rapporteringspunkter:", bold=True)
    for m in source["measures"]:
        kit.number(kit.paragraph(document, m["title"]), points)
        kit.paragraph(document, m["relation"], indent_cm=0.63, space_after=10)
    for m in source["measures"]:
        kit.page_break(document)
        headings = numbering.instance(heading_list, restart_at=1)
        kit.number(kit.paragraph(document, FORM_HEADINGS[0], bold=True), headings)
        kit.paragraph(document, m["title"], indent_cm=0.63)
        kit.paragraph(document, m.get("form_relation", m["relation"]), indent_cm=0.63, space_after=10)
        kit.number(kit.paragraph(document, FORM_HEADINGS[1], bold=True), headings)
        for text in m["responsible"]:
            kit.paragraph(document, text, indent_cm=0.63)
        kit.number(kit.paragraph(document, FORM_HEADINGS[2], bold=True), headings)
        for text in m["description"]:
            kit.paragraph(document, text, indent_cm=0.63)
        kit.number(kit.paragraph(document, FORM_HEADINGS[3], bold=True), headings)
        kit.number(kit.paragraph(document, m["period"]), points)
        for text in m.get("after_period", []):
            kit.paragraph(document, text)
        if m.get("type"):  # the 2018 template asks for the type too
            kit.number(kit.paragraph(document, FORM_HEADINGS[4], bold=True), headings)
            kit.paragraph(document, m["type"], indent_cm=0.63)
    kit.save_reproducibly(document, path)


MATRIX_HEADER = ("Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Antall totalt")
MATRIX_WIDTHS = (3.1, 4.6, 2.5, 2.7, 3.0, 1.1)


def read_rows(name: str) -> list[dict]:
    with open(SOURCE / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def matrix_report(rows: list[dict], delmal_texts: dict[str, str], areas: dict[int, str], path: Path,
                  title: str, font: str = "Calibri", size: float = 9) -> None:
    """Layout 2, the directorate's summary matrix: one table per main area, the Delmål and
    "Antall totalt" cells merged over all rows of a delmål (w:vMerge), the header row repeated on
    every page, rows allowed to break across pages, and the printed total at the end."""
    document = kit.new_document(font=font, size=size, margins_cm=2.0, author="Kompetanse Norge")
    kit.header_footer(document, header="Kompetanse Norge", footer="{PAGE}")
    kit.paragraph(document, title, bold=True, size=14, space_after=12)
    kit.paragraph(document, "Vedlegg 2: Matrise over de innrapporterte tiltakene", bold=True, size=12)
    for area in sorted({int(r["omrade"]) for r in rows}):
        area_rows = [r for r in rows if int(r["omrade"]) == area]
        kit.paragraph(document, f"Hovedinnsatsområde {area}: {areas[area]}", bold=True, size=11)
        table = document.add_table(rows=1 + len(area_rows), cols=len(MATRIX_HEADER))
        kit.borders(table)
        kit.column_widths(table, list(MATRIX_WIDTHS))
        for c, label in enumerate(MATRIX_HEADER):
            kit.set_cell_text(table.cell(0, c), label, bold=True)
        kit.repeat_header(table.rows[0])
        start = 1
        for code in dict.fromkeys(r["delmal"] for r in area_rows):
            group = [r for r in area_rows if r["delmal"] == code]
            end = start + len(group) - 1
            for i, r in enumerate(group):
                for c, key in ((1, "tiltak"), (2, "type"), (3, "ansvarlig"), (4, "samarbeidspartnere")):
                    kit.set_cell_text(table.cell(start + i, c), r[key])
            first, count = table.cell(start, 0), table.cell(start, 5)
            if end > start:
                first = first.merge(table.cell(end, 0))
                count = count.merge(table.cell(end, 5))
            kit.set_cell_text(first, f"{code} {delmal_texts[code]}")
            kit.set_cell_text(count, str(len(group)))
            start = end + 1
        kit.paragraph(document, "")
    kit.paragraph(document, f"Totalt antall tiltak {len(rows)}", bold=True)
    kit.save_reproducibly(document, path)


# How each member lays out its table: (label, field) in column order, font, size.
ROW_TABLE_STYLES = {
    "Regjeringen": ([("Delmål", "goal"), ("Tiltak", "title"), ("Type tiltak", "type"), ("Ansvarlig", "responsible"),
                     ("Samarbeidspartnere", "partners"), ("Tidspunkt og varighet", "period")], "Times New Roman", 10),
    "LO": ([("Navn på tiltak", "title"), ("Relasjon til delmål", "goal"), ("Type", "type"),
            ("Hovedansvarlig", "responsible"), ("Samarbeidspartnere og bidragsytere", "partners"),
            ("Beskrivelse", "description")], "Arial", 9),
    "default": ([("Tiltak", "title"), ("Delmål", "goal"), ("Type tiltak", "type"), ("Ansvarlig", "responsible"),
                 ("Samarbeidspartnere", "partners"), ("Tidspunkt og varighet", "period")], "Calibri", 10),
    "unruled": ([("Tiltak", "title"), ("Delmål", "goal"), ("Type tiltak", "type"), ("Ansvarlig", "responsible"),
                 ("Samarbeidspartnere", "partners")], "Calibri", 10),
}
FORM_LABELS = [("Navn på tiltak", "title"), ("Relasjon til delmål", "goal"), ("Type tiltak", "type"),
               ("Ansvarlig", "responsible"), ("Samarbeidspartnere", "partners"), ("Beskrivelse", "description"),
               ("Tidspunkt og varighet", "period")]
PARAGRAPH_LABELS = [("Delmål", "goal"), ("Type tiltak", "type"), ("Ansvarlig", "responsible"),
                    ("Samarbeidspartnere", "partners"), ("Beskrivelse", "description"), ("Tidspunkt og varighet", "period")]


def _intro(document, report: dict) -> None:
    kit.paragraph(document, report["title"], bold=True, size=14, space_after=10)
    kit.paragraph(document, f"{report['reporter']} rapporterer her tiltak som følger opp delmålene i Nasjonal "
                            "kompetansepolitisk strategi.", space_after=10)


def row_table_report(report: dict, path: Path, ruled: bool = True) -> None:
    """A member's table with one row per measure; the header row repeats on every page."""
    key = report["reporter"] if report["reporter"] in ROW_TABLE_STYLES else ("default" if ruled else "unruled")
    columns, font, size = ROW_TABLE_STYLES[key]
    document = kit.new_document(font=font, size=size, margins_cm=2.0, author=report["reporter"])
    kit.header_footer(document, header=report["reporter"], footer="Side {PAGE}")
    _intro(document, report)
    table = document.add_table(rows=1 + len(report["measures"]), cols=len(columns))
    kit.borders(table, on=ruled)
    widths = {"title": 4.6, "description": 4.0, "partners": 3.0, "goal": 1.6, "type": 2.3, "responsible": 2.4,
              "period": 2.4}
    kit.column_widths(table, [widths[f] for _, f in columns])
    for c, (label, _) in enumerate(columns):
        kit.set_cell_text(table.cell(0, c), label, bold=True)
    kit.repeat_header(table.rows[0])
    for r, m in enumerate(report["measures"], 1):
        for c, (_, field) in enumerate(columns):
            kit.set_cell_text(table.cell(r, c), m.get(field) or "", space_after=0 if ruled else 6)
    kit.save_reproducibly(document, path)


def spreadsheet_report(report: dict, path: Path) -> None:
    """The member's table filled in as a spreadsheet: a guidance sheet first (as the directorate's
    template has it), then the report's sheet with a title block, a header row and a row per measure."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    columns, _, _ = ROW_TABLE_STYLES["default"]
    wb = Workbook()
    wb.properties.creator = report["reporter"]
    wb.properties.created = wb.properties.modified = kit.FIXED_TIME
    guide = wb.active
    guide.title = "Veiledning"
    guide["A1"] = "Fyll inn ett tiltak per rad på arket «Tiltak». Oppgi delmål med kode, for eksempel 1.2."
    ws = wb.create_sheet("Tiltak")
    ws["A1"] = report["title"]
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(columns))
    ws["A2"] = f"{report['reporter']} rapporterer her tiltak som følger opp delmålene i Nasjonal kompetansepolitisk strategi."
    ws.append([])
    ws.append([label for label, _ in columns])
    for cell in ws[4]:
        cell.font = Font(bold=True)
    for m in report["measures"]:
        ws.append([m.get(field) or None for _, field in columns])
    for row in ws.iter_rows(min_row=5):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.number_format = "@"  # codes as text: "1.2" must not become a number or a date
    for letter, width in zip("ABCDEF", (40, 10, 20, 24, 30, 18)):
        ws.column_dimensions[letter].width = width
    kit.save_reproducibly(wb, path)


def form_tables_report(report: dict, path: Path) -> None:
    """A Word template filled in by hand: a heading and a label | answer table per measure."""
    document = kit.new_document(font="Calibri", size=11, author=report["reporter"])
    kit.header_footer(document, header=report["title"], footer="{PAGE}")
    _intro(document, report)
    for i, m in enumerate(report["measures"], 1):
        kit.paragraph(document, f"Tiltak {i}", bold=True, size=12)
        table = document.add_table(rows=len(FORM_LABELS), cols=2)
        kit.borders(table)
        kit.column_widths(table, [4.5, 11.5])
        for r, (label, field) in enumerate(FORM_LABELS):
            kit.set_cell_text(table.cell(r, 0), label, bold=True)
            kit.set_cell_text(table.cell(r, 1), m.get(field) or "")
        kit.paragraph(document, "")
    kit.save_reproducibly(document, path)


def label_paragraphs_report(report: dict, path: Path) -> None:
    """A heading per measure (Word's Heading 2), then "Label: value" paragraphs."""
    document = kit.new_document(font="Cambria", size=11, author=report["reporter"])
    kit.header_footer(document, footer="{PAGE}")
    _intro(document, report)
    for m in report["measures"]:
        document.add_heading(m["title"], level=2)
        for label, field in PARAGRAPH_LABELS:
            if m.get(field):
                kit.paragraph(document, f"{label}: {m[field]}", space_after=2)
    kit.save_reproducibly(document, path)


def numbered_source(report: dict) -> dict:
    """A member report in the shape numbered_report() takes."""
    measures = []
    for m in report["measures"]:
        roles = f"{m['responsible']} er ansvarlig for tiltaket."
        if m.get("partners"):
            roles += f" Samarbeidspartnere er {m['partners']}."
        measures.append({"title": m["title"], "relation": m["goal"], "responsible": [roles],
                         "description": [m.get("description") or ""], "period": m.get("period") or "",
                         "type": m.get("type")})
    return {"reporter": report["reporter"], "title": report["title"], "header": report["reporter"], "measures": measures}


def member_reports(path: Path, no_pdf: bool) -> list[Path]:
    data = json.loads(path.read_text(encoding="utf-8"))
    written = []
    for report in data["reports"]:
        folder = HERE / str(data["year"])
        layout = report["layout"]
        docx_path = folder / f"{report['file']}.docx"
        if layout == "row_table_docx":
            row_table_report(report, docx_path)
        elif layout in ("row_table_pdf_ruled", "row_table_pdf_unruled"):
            with tempfile.TemporaryDirectory() as tmp:
                source = Path(tmp) / docx_path.name
                row_table_report(report, source, ruled=layout.endswith("_ruled"))
                if no_pdf:
                    continue
                kit.render_pdf(source, docx_path.with_suffix(".pdf"))
            written.append(docx_path.with_suffix(".pdf"))
            continue
        elif layout == "row_table_xlsx":
            spreadsheet_report(report, docx_path.with_suffix(".xlsx"))
            written.append(docx_path.with_suffix(".xlsx"))
            continue
        elif layout == "form_tables_docx":
            form_tables_report(report, docx_path)
        elif layout == "label_paragraphs_docx":
            label_paragraphs_report(report, docx_path)
        elif layout == "numbered_docx":
            numbered_report(numbered_source(report), docx_path)
        else:
            raise SystemExit(f"unknown layout {layout} for {report['file']}")
        written.append(docx_path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-pdf", action="store_true", help="write only the .docx files")
    args = parser.parse_args()
    spekter = json.loads((SOURCE / "spekter_2017.json").read_text(encoding="utf-8"))
    docx_path = HERE / "2017" / "spekter_2017.docx"
    numbered_report(spekter, docx_path)
    if not args.no_pdf:
        kit.render_pdf(docx_path, docx_path.with_suffix(".pdf"))
    print(f"wrote {docx_path.relative_to(HERE.parent)} (+ .pdf)")

    rows = read_rows("matrix_2018.csv")
    texts = {r["delmal"]: r["text"] for r in read_rows("delmal_texts_2018_matrix.csv")}
    areas = {int(r["omrade"]): r["name"] for r in csv.DictReader(open(HERE.parent / "tiltak" / "extract" / "data" / "areas.csv",
                                                                        encoding="utf-8"))}
    matrix = HERE / "matrix" / "kompetanse_norge_matrise_2018.docx"
    matrix_report(rows, texts, areas, matrix,
                  "Oppsummering av tiltak i oppfølgingen av Nasjonal kompetansepolitisk strategi")
    if not args.no_pdf:
        kit.render_pdf(matrix, matrix.with_suffix(".pdf"))
    print(f"wrote {matrix.relative_to(HERE.parent)} (+ .pdf)")
    for written in member_reports(SOURCE / "members_2018.json", args.no_pdf):
        print(f"wrote {written.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main()
