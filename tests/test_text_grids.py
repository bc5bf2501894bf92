"""Tables drawn with characters ("+----+", "|") read as tables."""

from tiltak.extract.content import says_old_numbers
from tiltak.extract.layouts import best_layout
from tiltak.extract.model import Document, Line, Paragraph
from tiltak.extract.text_grids import with_text_grids

GRID = ["+----+--------------------+------+-------------+",
        "| Nr | Tiltak             | NKPS | Ansvar      |",
        "+====+====================+======+=============+",
        "| 1  | Fagbrev for        | 5 og | Oslo        |",
        "|    | voksne i kommunene | 6    | kommune     |",
        "+----+--------------------+------+-------------+",
        "| 2  | Kurs for ledere    | 12   | KS          |",
        "+----+--------------------+------+-------------+"]


def pdf_paragraph(lines):
    return Paragraph(text=" ".join(lines), page=1, lines=[Line(t, 1, 100 + 10 * k, 108 + 10 * k, 40, 400)
                                                         for k, t in enumerate(lines)])


def test_a_grid_of_characters_in_one_pdf_paragraph_is_a_table_of_its_rows():
    doc = with_text_grids(Document("t.pdf", "pdf", [Paragraph("Utskrift fra saksbehandlingssystemet", page=1),
                                                    pdf_paragraph(GRID), Paragraph("Slutt på utskrift", page=1)]))
    table = doc.blocks[1]
    assert [b.text for b in doc.paragraphs()] == ["Utskrift fra saksbehandlingssystemet", "Slutt på utskrift"]
    assert (table.n_rows, table.n_cols) == (3, 4)
    assert [c.text for c in table.row_cells(1)] == ["1", "Fagbrev for voksne i kommunene", "5 og 6", "Oslo kommune"]
    layout, _ = best_layout(doc)
    ms = layout.parse(doc).measures
    assert [(m.title, m.goal_text, m.goal_numbering) for m in ms] == [
        ("Fagbrev for voksne i kommunene", "5 og 6", "old"), ("Kurs for ledere", "12", "old")]


def test_a_grid_typed_one_line_a_paragraph_and_lines_that_only_look_like_one():
    doc = with_text_grids(Document("t.docx", "docx", [Paragraph(t) for t in GRID]))
    assert len(doc.tables()) == 1 and not doc.paragraphs()
    broken = GRID[:4] + ["| 1  | Fagbrev | 5 |"] + GRID[5:]  # a row of the wrong width: no table, the lines kept
    doc = with_text_grids(Document("t.docx", "docx", [Paragraph(t) for t in broken]))
    assert not doc.tables() and len(doc.paragraphs()) == len(broken)


def test_the_strategy_named_alone_over_a_column_counts_in_its_old_numbers():
    assert says_old_numbers("NKPS") and says_old_numbers("Strategien:")
    assert not says_old_numbers("Delmål i NKPS")
