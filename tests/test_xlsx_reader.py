"""Spreadsheet reports: a sheet becomes a table of the document model and is read as a Word table is."""

from openpyxl import Workbook

from tiltak.extract import extract_file, read_document
from tiltak.extract.sniff import check


def workbook(path, instruction_first=True):
    wb = Workbook()
    if instruction_first:
        wb.active.title = "Instruksjon"
        wb.active["A1"] = "Skriv ett tiltak per rad. Tiltak, delmål og ansvarlig må fylles ut."
        ws = wb.create_sheet("Rapport")
    else:
        ws = wb.active
        ws.title = "Rapport"
    ws["B2"] = "Rapportering til Kompetansepolitisk råd 2021 – NHO"
    ws.merge_cells("B2:F2")
    ws.append([])
    ws.append([None, "Relevant delmål", "Tiltakets navn", "Kategori", None, "Hovedansvarlig"])
    ws.append([None, 2.3, "Bransjeprogram for industrien", "Kurs/utdanning", None, "NHO"])
    ws.append([None, None, "Fagbrev på jobb – informasjon til bedriftene", "Informasjon/veiledning", None, "NHO"])
    ws.merge_cells("B5:B6")  # one delmål over two measures
    ws.append([None, None, None, None, None, None])
    ws.append([None, "1.10", "Kompetanseforum i regionene", "Råd/utvalg/nettverk", None, "NHO-regionene"])
    wb.save(path)
    return path


def test_the_report_sheet_is_found_behind_an_instruction_sheet_and_read_as_a_table(tmp_path):
    result = extract_file(workbook(tmp_path / "nho_2021.xlsx"), tmp_path)
    assert result.status == "ok" and result.layout == "row_table" and result.format == "xlsx"
    got = [(m.title, m.goal_text, m.type_text, m.responsible_text, m.provenance.locator) for m in result.measures]
    assert got == [
        ("Bransjeprogram for industrien", "2.3", "Kurs/utdanning", "NHO", "sheet 'Rapport' row 5"),
        ("Fagbrev på jobb – informasjon til bedriftene", "2.3", "Informasjon/veiledning", "NHO", "sheet 'Rapport' row 6"),
        ("Kompetanseforum i regionene", "1.10", "Råd/utvalg/nettverk", "NHO-regionene", "sheet 'Rapport' row 8")]
    assert result.info.title_lines[0] == "Rapportering til Kompetansepolitisk råd 2021 – NHO"


def test_merged_cells_are_spans_and_empty_rows_and_columns_are_left_out(tmp_path):
    doc = read_document(workbook(tmp_path / "r.xlsx", instruction_first=False))
    (table,) = [b for b in doc.blocks if hasattr(b, "cells")]
    assert (table.n_rows, table.n_cols) == (4, 4)  # the empty row and the empty column E are gone
    goal = next(c for c in table.cells if c.text == "2.3")
    assert (goal.row, goal.col, goal.row_span) == (1, 0, 2)


def test_legacy_and_false_workbooks_are_named(tmp_path):
    (tmp_path / "gammel.xlsx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    assert check(tmp_path / "gammel.xlsx") == ("the file is a legacy Excel .xls renamed to .xlsx: open it in Excel and "
                                                "save it as .xlsx")
    (tmp_path / "tekst.xlsx").write_text("Tiltak;Delmål\n", encoding="utf-8")
    assert check(tmp_path / "tekst.xlsx") == "the file is a text file, not an Excel workbook (only its name ends in .xlsx)"


def test_a_row_that_says_no_measure_is_reported_is_no_measure(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Delmål", "Tiltak", "Type", "Ansvarlig"])
    ws.append(["1.1", "Kompetansebehovsutvalget (KBU)", "Råd/utvalg/nettverk", "KD"])
    ws.append(["1.4", "Ingen nye tiltak i 2018 – se omtale under delmål 2.3", None, None])
    ws.append(["2.4", "Ingen nye tiltak rapportert", None, None])
    ws.append(["2.5", "Ikke aktuelt", None, None])
    ws.append(["3.1", "Forsøk med forberedende voksenopplæring (FVO)", "Prosjekt", "KD"])
    ws.append(["3.3", "Ingen utenfor – tiltak for unge", "Prosjekt", "KD"])  # a name that opens with "Ingen"
    ws.append(["3.5", "Ikke bare kurs: relevant opplæring", "Kurs/utdanning", "KD"])
    wb.save(tmp_path / "kd_2018.xlsx")
    result = extract_file(tmp_path / "kd_2018.xlsx", tmp_path)
    assert [m.title for m in result.measures] == ["Kompetansebehovsutvalget (KBU)",
                                                  "Forsøk med forberedende voksenopplæring (FVO)",
                                                  "Ingen utenfor – tiltak for unge", "Ikke bare kurs: relevant opplæring"]
