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
                                        "Nettverk for HR-ledere\t2.1\tRåd/utvalg/nettverk\tVirke og HSH",
                                        "Språkpraksis i butikk\t3.4\tProsjekt"])  # its last cell left empty
    assert [(m.title, m.goal_text, m.responsible_text) for m in result.measures] == [
        ("Kurs i regnskap", "2.2", "Virke"), ("Nettverk for HR-ledere", "2.1", "Virke og HSH"),
        ("Språkpraksis i butikk", "3.4", None)]


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


def test_tab_typed_lines_that_are_no_measure_table_stay_text(tmp_path):
    import docx

    from tiltak.extract import extract_file
    from tiltak.extract.file import read_document

    d = docx.Document()
    d.add_paragraph("Innledning som blir stående.")
    signature = d.add_paragraph("Kari Nordmann\tPer Hansen\tOla Nilsen")
    signature.runs[0].add_break()  # a soft line break: the titles under the names
    signature.add_run("Rådgiver\tSeksjonssjef\tDirektør")
    for line in ["Navn\tKontaktperson\tDato", "Kari\tOla\t1. mars", "Per\tAnne\t2. mars"]:  # contacts, no delmål or type
        d.add_paragraph(line)
    d.save(tmp_path / "t.docx")
    result = extract_file(tmp_path / "t.docx")
    assert result.error is None or "could not be read" not in result.error
    assert not result.measures
    assert "Innledning som blir stående." in [p.text for p in read_document(tmp_path / "t.docx").paragraphs()]


def test_a_tab_stop_tables_neighbours_and_empty_last_cells_are_kept(tmp_path):
    import docx

    from tiltak.extract import extract_file
    from tiltak.extract.file import read_document

    d = docx.Document()
    d.add_paragraph("Rapport fra VOFO")
    d.add_heading("Tiltak", level=2)
    for line in ["\tDelmål\tType\tAnsvarlig", "Lesesirkler for voksne", "\t3.2\tKurs/utdanning\tStudieforbundene",
                 "Sirkler i bibliotekene.", "Frist:\tjuni", "Kartlegging av frivillig opplæring", "\t3.6\tFoU\t",
                 "En rapport om omfang.", "Samling for studieforbund", "\t3.2\tArrangement\tVOFO", "En samling i Oslo.",
                 "Mer om planene videre."]:
        d.add_paragraph(line)
    d.add_heading("Planer for 2020", level=2)
    d.add_paragraph("Teksten etter tabellen handler om noe annet.")
    d.save(tmp_path / "v.docx")
    got = [(m.title, m.goal_text, m.responsible_text, m.description) for m in extract_file(tmp_path / "v.docx").measures]
    assert got == [("Lesesirkler for voksne", "3.2", "Studieforbundene", "Sirkler i bibliotekene. Frist: juni"),
                   ("Kartlegging av frivillig opplæring", "3.6", None, "En rapport om omfang."),
                   ("Samling for studieforbund", "3.2", "VOFO", "En samling i Oslo.")]
    texts = [p.text for p in read_document(tmp_path / "v.docx").paragraphs()]
    assert "Tiltak" in texts and "Teksten etter tabellen handler om noe annet." in texts and "Mer om planene videre." in texts


def test_a_heading_ends_a_tab_stop_table_with_names_over_rows(tmp_path):
    import docx

    from tiltak.extract.file import read_document

    d = docx.Document()
    d.add_paragraph("Tiltak")
    for line in ["\tDelmål\tType", "Lesesirkler", "\t3.2\tKurs/utdanning", "I bibliotekene.", "Kartlegging", "\t3.6\tFoU",
                 "Om omfang."]:
        d.add_paragraph(line)
    d.add_heading("Andre saker", level=2)
    d.add_paragraph("Møteplass")  # (rows under the heading: no part of the table above it)
    d.add_paragraph("\t3.2\tArrangement")
    d.save(tmp_path / "h.docx")
    doc = read_document(tmp_path / "h.docx")
    assert [[c.text for c in doc.tables()[0].row_cells(r)] for r in range(3)] == [
        ["Tiltak", "Delmål", "Type", "Beskrivelse"], ["Lesesirkler", "3.2", "Kurs/utdanning", "I bibliotekene."],
        ["Kartlegging", "3.6", "FoU", "Om omfang."]]
    assert [p.text for p in doc.paragraphs()] == ["Andre saker", "Møteplass", "3.2 Arrangement"]


def test_json_pasted_from_a_reporting_system_is_read_as_its_records():
    import json

    from tiltak.extract.text_grids import with_json_records

    export = {"eksport": {"system": "Portalen", "aar": 2025},
              "_mal": {"tiltak": "Navn på tiltaket", "delmaal": ["x.y"]},
              "tiltak": [{"id": "P-1", "tiltak": "Fagbrev på jobb", "delmaal": ["2.5"], "ansvarlig": "KD",
                          "partnere": ["LO", "NHO"], "periode": "2018–", "omtale": "Voksne tar fagbrev."},
                         {"id": "P-2", "tiltak": "Karriereveiledning på nett", "delmaal": ["1.3", "1.2"],
                          "ansvarlig": "HK-dir", "partnere": [], "periode": "2020–", "omtale": "Chat og telefon."}]}
    lines = json.dumps(export, ensure_ascii=False, indent=2).replace(" ", "\xa0").splitlines()  # as Word keeps it
    doc = with_json_records(Document("t.docx", "docx", [Paragraph("Eksport fra portalen"),
                                                       *[Paragraph(t) for t in lines], Paragraph("Slutt")]))
    assert [b.text for b in doc.paragraphs()] == ["Eksport fra portalen", "Slutt"]
    assert len(doc.tables()) == 2  # the records; not the export's metadata, not the template
    assert [c.text for c in doc.tables()[1].row_cells(2)] == ["delmaal", "1.3, 1.2"]
    result = best_layout(doc)[0].parse(doc)
    assert [(m.title, m.goal_text, m.partners_text) for m in result.measures] == [
        ("Fagbrev på jobb", "2.5", "LO, NHO"), ("Karriereveiledning på nett", "1.3, 1.2", None)]


def test_text_that_only_opens_with_a_brace_stays_text():
    from tiltak.extract.text_grids import with_json_records

    blocks = [Paragraph("{Merknad} Kurset er videreført."), Paragraph("[1] Se vedlegg."), Paragraph("{"), Paragraph("ikke json")]
    assert [b.text for b in with_json_records(Document("t.docx", "docx", list(blocks))).blocks] == [b.text for b in blocks]


def test_json_of_one_record_or_of_figures():
    import json

    from tiltak.extract.text_grids import with_json_records

    def pasted(value):
        lines = json.dumps(value, ensure_ascii=False, indent=2).splitlines()
        return with_json_records(Document("t.docx", "docx", [Paragraph(t) for t in lines]))

    one = pasted({"tiltak": "Fagbrev på jobb", "delmål": "2.5", "ansvarlig": {"navn": "KD", "id": 7}})
    assert [c.text for c in one.tables()[0].row_cells(2)] == ["ansvarlig", "KD 7"]
    figures = pasted([{"fylke": "Vestland", "deltakere": 340}, {"fylke": "Rogaland", "deltakere": 120}])
    assert not figures.tables() and len(figures.paragraphs()) > 4  # no measures in it: the text as it was
