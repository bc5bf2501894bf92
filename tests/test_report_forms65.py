"""Forms found at stop 52 in blind batch match65 (ordinary templates as Word and PDF build them), each in a
test's own words: two narrow newspaper columns of bullets, a table drawn without lines followed by a
bold heading and a list, a combined cell "Ansvarlig og partnere" written "YS (partnere: A og B)", and a
bullet whose bold name runs straight into its first fact's label."""

import docx

from tiltak.extract.file import extract_file
from tiltak.extract.layouts.row_table import _split_combined
from tiltak.extract.model import Cell, Paragraph
from tiltak.extract.pdf_columns import in_columns
from tiltak.extract.pdf_reader import _Word


def _row(top, *parts):
    """Words of one printed row: (x, text) parts, each word 5.2 pt a letter, spaces of 3 pt."""
    words = []
    for x, text in parts:
        for word in text.split():
            words.append(_Word(text=word, x0=x, x1=x + 5.2 * len(word), top=top, bottom=top + 10, size=10, bold=False))
            x = words[-1].x1 + 3
    return words


def test_two_narrow_columns_of_bullets_are_read_a_column_at_a_time():
    """Each column's bullets set 13 pt before their text (wider than a column gap may be): the list's
    indent, not a third column; three and a half words a row on average is still running text."""
    left = ["• Utredning av modeller for", "finansiering av etter- og", "videreutdanning – utredningen",
            "sammenligner modeller for", "finansiering av kurs og", "utdanning. (utredning; Unio)",
            "• Rapport om kompetanse", "i helsesektoren – ser på", "utfordringer og muligheter."]
    right = ["• Workshop om digitalisering", "med medlemsforbundene og", "forbundenes tillitsvalgte;",
             "februar 2020. (workshop; Unio)", "• Arbeidsgruppe for digital", "kompetanse i partene og",
             "fylkene; ansvar hos KD og", "partene. (arbeidsgruppe; KD)", "fra 2018 til 2020."]
    words = []
    for k, (a, b) in enumerate(zip(left, right)):
        parts = []
        for x, text in ((62, a), (312, b)):
            if text.startswith("• "):
                parts += [(x, "•"), (x + 18, text[2:])]
            else:
                parts.append((x + 18, text))
        words += _row(100 + 13 * k, *parts)
    groups = in_columns(words, 2.0)
    assert [edges is not None for _, edges in groups] == [True, True]
    assert " ".join(w.text for w in groups[0][0]).startswith("• Utredning av modeller for finansiering")
    assert " ".join(w.text for w in groups[1][0]).startswith("• Workshop om digitalisering med")


def test_a_bold_heading_under_a_table_drawn_without_lines_ends_it():
    from tiltak.extract.model import Document, Line, Span
    from tiltak.extract.layouts.unruled import tables_from_lines

    def line(top, *spans, bold=False):
        return Line(text=" ".join(t for _, t in spans), page=1, top=top, bottom=top + 10, x0=spans[0][0],
                    x1=spans[-1][0] + 6 * len(spans[-1][1]),
                    spans=[Span(text=t, x0=x, x1=x + 6 * len(t), bold=bold) for x, t in spans])

    lines = [line(100, (60, "Tiltak"), (250, "Delmål"), (320, "Type"), (400, "Periode"), bold=True),
             line(120, (60, "Kurs for tillitsvalgte"), (250, "2.2"), (320, "Kurs"), (400, "2023")),
             line(140, (60, "Lærlingkampanjen"), (250, "2.3"), (320, "Informasjon"), (400, "2023")),
             line(170, (57, "Møter i 2023"), bold=True),
             line(190, (60, "14. mars"), (120, "rådsmøte")),
             line(205, (60, "7. november"), (140, "rådsmøte"))]
    doc = Document(path="t", format="pdf", blocks=[Paragraph(text=ln.text, lines=[ln], page=1) for ln in lines])
    (table,) = tables_from_lines(doc)
    assert table.n_rows == 3
    # names set in bold in the table: a name's second line in bold is the name going on
    names = [line(100, (60, "Tiltak"), (250, "Delmål"), (320, "Type"), (400, "Periode"), bold=True),
             line(120, (60, "Kurs for tillitsvalgte"), (250, "2.2"), (320, "Kurs"), (400, "2023")),
             line(140, (60, "Bransjeprogrammene (videreført"), (250, "2.4"), (320, "Kurs"), (400, "2024")),
             line(150, (60, "2024–2027)"), bold=True),
             line(170, (60, "Lærlingkampanjen"), (250, "2.3"), (320, "Informasjon"), (400, "2023"))]
    for ln in names[1:3] + names[4:]:
        ln.spans[0].bold = True
    doc = Document(path="t", format="pdf", blocks=[Paragraph(text=ln.text, lines=[ln], page=1) for ln in names])
    (table,) = tables_from_lines(doc)
    assert table.n_rows == 4 and "2024–2027)" in next(c.text for c in table.cells if c.row == 2 and c.col == 0)


def test_a_cell_under_a_combined_header_giving_partners_in_a_bracket():
    cell = Cell(text="YS (partnere: Parat og Delta)", row=1, col=3, paragraphs=[Paragraph(text="YS (partnere: Parat og Delta)")])
    assert _split_combined(cell, cell.text, ["responsible", "partners"]) == {"responsible": "YS",
                                                                              "partners": "Parat og Delta"}


def test_a_bold_name_run_straight_into_its_first_facts_label(tmp_path):
    document = docx.Document()
    document.add_paragraph("Spekter – rapportering 2020")
    document.add_heading("Delmål 2.3", level=3)
    for name, facts in (("Deltakelse i SRY", " Ansvarlig: Spekter. Samarbeid: partene. Periode: Løpende."),
                        ("Lærlingtorget for sykehusene", " Ansvarlig: Spekter. Periode: 2020.")):
        paragraph = document.add_paragraph(style="List Bullet")
        paragraph.add_run(name).bold = True
        paragraph.add_run(facts)
    document.save(tmp_path / "s.docx")
    got = [(m.title, m.goal_text, m.responsible_text, m.period_text) for m in extract_file(tmp_path / "s.docx").measures]
    assert got == [("Deltakelse i SRY", "Delmål 2.3", "Spekter", "Løpende"),
                   ("Lærlingtorget for sykehusene", "Delmål 2.3", "Spekter", "2020")]
