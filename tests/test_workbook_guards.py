"""Report text is untrusted: no workbook tiltak writes turns it into a formula or chokes on it."""

from openpyxl import load_workbook

from tiltak.export.review_book import write_review_book
from tiltak.export.xlsx import legal_text, looks_like_formula, write_matrix


def test_matrix_cells_that_start_like_a_formula_stay_text(tmp_path):
    assert looks_like_formula('=HYPERLINK("http://x","klikk")') and looks_like_formula("-2 kurs")
    assert not looks_like_formula("Kurs 2.0") and legal_text("Kurs\x01 for ledere") == "Kurs for ledere"
    rows = [{"title": "=1+1", "type": "@SUM(A1)", "responsible": ["+47 KS"], "partners": [], "cluster_id": "t1"}]
    write_matrix(tmp_path / "m.xlsx", {2019: {1: {"1.2": rows}}}, {1: "Område"}, {"1.2": "Delmål"})
    ws = load_workbook(tmp_path / "m.xlsx").active
    cells = {c.value: c for row in ws.iter_rows() for c in row if c.value}
    for text in ("=1+1", "@SUM(A1)", "+47 KS"):  # as written, marked as text (Excel's quote prefix)
        assert cells[text].data_type == "s" and cells[text].quotePrefix
    assert not cells["1.2 Delmål"].quotePrefix
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)


def test_review_book_cells_are_text_as_written(tmp_path):
    write_review_book(tmp_path / "r.xlsx", [{"group": "G1", "left_title": "=HYPERLINK(\"x\")", "left_delmal": "1.10",
                                             "score": "0.5", "suggestion": "review"}])
    ws = load_workbook(tmp_path / "r.xlsx").active
    cells = {c.value: c for c in ws[2] if c.value is not None}
    assert cells['=HYPERLINK("x")'].data_type == "s" and cells["1.10"].data_type == "s"
    assert cells[0.5].data_type == "n"
