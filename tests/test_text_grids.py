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


def _word_with_tabs(tmp_path, lines):
    import docx

    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)  # a "\t" in the text is a tab Word sets at its next tab stop
    path = tmp_path / "tabs.docx"
    d.save(path)
    from tiltak.extract import extract_file

    return extract_file(path)


def test_a_word_table_set_with_tab_stops_is_a_table(tmp_path):
    result = _word_with_tabs(tmp_path, ["Rapport fra Virke", "Tiltak\tDelmål\tType\tAnsvarlig",
                                        "Kurs i regnskap\t2.2\tKurs/utdanning\tVirke",
                                        "Nettverk for HR-ledere\t2.1\tRåd/utvalg/nettverk\tVirke og HSH"])
    assert [(m.title, m.goal_text, m.responsible_text) for m in result.measures] == [
        ("Kurs i regnskap", "2.2", "Virke"), ("Nettverk for HR-ledere", "2.1", "Virke og HSH")]


def test_a_tab_stop_table_with_each_name_on_its_own_line_over_its_row(tmp_path):
    result = _word_with_tabs(tmp_path, [
        "Rapport fra VOFO", "Tiltak", "\tDelmål\tType\tAnsvarlig\tPeriode", "____________________________",
        "Lesesirkler for voksne", "\t3.2\tKurs/utdanning\tStudieforbundene\t2019", "Sirkler i bibliotekene.",
        "Kartlegging av frivillig opplæring", "\t3.6\tFoU\tVOFO\t2019–2020", "En rapport om omfang.",
        "Møteplass for studieforbund", "\t3.2\tArrangement\tVOFO\tHøsten 2019", "En samling i Oslo.",
        "Kontakt: post@vofo.no"])  # (no rule after the rows: the last one's text no longer than the others')
    assert [(m.title, m.goal_text, m.type_text, m.period_text, m.description) for m in result.measures] == [
        ("Lesesirkler for voksne", "3.2", "Kurs/utdanning", "2019", "Sirkler i bibliotekene."),
        ("Kartlegging av frivillig opplæring", "3.6", "FoU", "2019–2020", "En rapport om omfang."),
        ("Møteplass for studieforbund", "3.2", "Arrangement", "Høsten 2019", "En samling i Oslo.")]
