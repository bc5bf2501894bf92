"""Text set in two newspaper columns without a rule between them is read a column at a time; a label
column beside its answers, or a table's columns, are read across as before."""

from dataclasses import dataclass

from tiltak.extract.pdf_columns import in_columns


@dataclass
class W:
    text: str
    x0: float
    x1: float
    top: float
    size: float = 9.0


def row(top, x0, words):
    out, x = [], x0
    for text in words:
        out.append(W(text, x, x + 6 * len(text), top))
        x += 6 * len(text) + 3
    return out


PROSE = ["kurs", "for", "ansatte", "i", "helse", "og", "omsorg"]


def test_two_columns_of_prose_are_read_one_after_the_other():
    words = row(40, 40, ["Unios", "rapport", "2018"])  # a title over the left column: read first
    for k in range(8):
        words += row(60 + 12 * k, 40, [f"v{k}", *PROSE[:5]]) + row(60 + 12 * k, 300, [f"h{k}", *PROSE[:5]])
    groups = in_columns(words, 2.5)
    texts = [[w.text for w in g if w.text[:1] in "vh" and w.text[1:].isdigit() or w.text == "Unios"] for g, _ in groups]
    assert texts == [["Unios", *(f"v{k}" for k in range(8))], [f"h{k}" for k in range(8)]]
    assert groups[0][1][1] < 300 <= groups[1][1][0]


def test_labels_beside_their_answers_and_a_tables_columns_are_read_across():
    labels = []
    for k, (label, answer) in enumerate([("Ansvar:", "KS"), ("Samarbeid:", "NAV"), ("Type:", "Kurs"),
                                         ("Periode:", "2019"), ("Delmål:", "2.2"), ("Status:", "Pågår"),
                                         ("Budsjett:", "2 mill."), ("Kontakt:", "Kari")]):
        labels += row(60 + 12 * k, 40, [label]) + row(60 + 12 * k, 300, [answer])
    assert len(in_columns(labels, 2.5)) == 1
    table = []
    for k in range(8):
        table += row(60 + 12 * k, 40, PROSE[:4]) + row(60 + 12 * k, 230, PROSE[:4]) + row(60 + 12 * k, 420, PROSE[:4])
    assert len(in_columns(table, 2.5)) == 1


def test_a_line_across_the_gutter_parts_the_columns_from_the_text_around_them():
    words = []
    for k in range(7):
        words += row(60 + 12 * k, 40, [f"v{k}", *PROSE[:5]]) + row(60 + 12 * k, 300, [f"h{k}", *PROSE[:5]])
    words += row(160, 40, ["Kontakt", "oss", "på", "telefon", "eller", "e-post", "om", "rapporten", "og",
                           "tiltakene", "som", "er", "beskrevet", "over", "her"])  # across the page
    groups = in_columns(words, 2.5)
    assert [len(g) for g, _ in groups] == [7 * 6, 7 * 6, 15] and groups[2][1] is None
