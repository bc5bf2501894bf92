"""The PDF reader on the Spekter sample (rendered by LibreOffice the way Word prints it)."""

import pytest

from conftest import SAMPLES
from tiltak.extract.pdf_reader import read_pdf

PDF = SAMPLES / "2017" / "spekter_2017.pdf"


@pytest.fixture(scope="module")
def doc():
    return read_pdf(str(PDF))


def test_pages_headers_and_footers(doc):
    assert doc.pages == 9
    assert doc.headers == ["Arbeidsgiverforeningen Spekter"]
    assert all(f.startswith("Side ") for f in doc.footers)
    body = " ".join(p.text for p in doc.paragraphs())
    assert "Arbeidsgiverforeningen" not in body and "Side 3 av 9" not in body


def test_list_labels_are_split_from_the_text(doc):
    labelled = [(p.list_label, p.text[:20]) for p in doc.paragraphs() if p.list_label]
    assert ("1.", "Gjennomføre møteplas") in labelled
    assert ("9.", "En dags varighet i s") in labelled  # Word's numbering leaking into the answer


def test_a_wrapped_line_starting_with_a_date_is_not_a_list_item(doc):
    desc = next(p for p in doc.paragraphs() if p.text.startswith("Spekter ønsker"))
    assert "Vi vil 13. September arrangere" in desc.text
    assert desc.list_label is None


def test_paragraphs_know_their_page(doc):
    first_form = next(p for p in doc.paragraphs() if p.text.startswith("Tiltak i Nasjonal"))
    assert first_form.page == 2 and first_form.list_label == "1."
