"""Scanned pages: the grid of a ruled table found in the image, codes whose dot OCR lost, and the
scanned sample read as its text original (with Tesseract; skipped without it)."""

import pytest

from conftest import ROOT, SAMPLES
from tiltak.extract import extract_file
from tiltak.extract.ocr import ruled_grids, unavailable

SCANNED = ROOT / "tests" / "fixtures" / "scanned" / "ks_2018_skannet.pdf"


def test_a_ruled_table_is_found_in_a_skewed_scan():
    from PIL import Image, ImageDraw

    image = Image.new("L", (2400, 1600), 255)
    draw = ImageDraw.Draw(image)
    ys, xs = [200, 400, 700, 1000], [150, 900, 1400, 2250]
    for y in ys:
        draw.line([(xs[0], y), (xs[-1], y)], fill=0, width=4)
    for x in xs:
        draw.line([(x, ys[0]), (x, ys[-1])], fill=0, width=4)
    draw.text((200, 250), "Kompetanseforum", fill=0)  # text in a cell is no line
    skewed = image.rotate(0.5, fillcolor=255)
    ((cells, box),) = ruled_grids(skewed)
    assert len(cells) == 3 * 3
    assert all(abs(a - b) <= 15 for a, b in zip(box, (xs[0], ys[0], xs[-1], ys[-1])))


def test_a_code_whose_dot_ocr_lost_is_read_as_a_code():
    from tiltak.extract.records import Provenance, RawMeasure, FileResult
    from tiltak.normalize.measures import Normalizer

    def raw(goal, notes):
        return RawMeasure(index=1, title="Kurs", goal_text=goal, notes=notes, provenance=Provenance(file="ks.pdf", page=1))

    ocr = ["ocr_text: read by OCR from a scanned page (mean word confidence 92%); check the spelling"]
    result = FileResult(path="ks_2018.pdf", status="ok", sha256="x", measures=[raw("22", ocr), raw("Delmål 1 4", ocr),
                                                                                raw("22", [])])
    got = [m.delmal for m in Normalizer().normalize_file(result)]
    assert got[:2] == [["2.2"], ["1.4"]] and got[2] != ["2.2"]  # only OCR'd text is read so


def test_without_tesseract_the_message_says_how_to_install_it(monkeypatch):
    import tiltak.extract.ocr as ocr

    monkeypatch.setattr(ocr, "unavailable", lambda language="nor": "Tesseract is not installed; " + ocr.HOW_TO_INSTALL)
    result = extract_file(SCANNED, SCANNED.parent)
    assert result.status == "failed"
    assert result.error == ("the PDF has no text layer: probably a scanned image; Tesseract is not installed; OCR "
                            "needs Tesseract with Norwegian data: apt-get install tesseract-ocr tesseract-ocr-nor, and "
                            "pip install 'tiltak[ocr]'")


@pytest.mark.slow
@pytest.mark.skipif(unavailable() is not None, reason="Tesseract with Norwegian data is not installed")
def test_the_scanned_sample_gives_the_measures_of_its_text_original():
    from rapidfuzz.distance import Levenshtein

    text = extract_file(SAMPLES / "2018" / "ks_2018.pdf", SAMPLES)
    scan = extract_file(SCANNED, SCANNED.parent)
    assert scan.status == "ok" and len(scan.measures) == len(text.measures) == 20
    chars = sum(len(a.title) for a in text.measures)
    wrong = sum(Levenshtein.distance(a.title, b.title) for a, b in zip(text.measures, scan.measures))
    assert 1 - wrong / chars >= 0.95  # issue 14: at least 95% of the title characters right
    assert all(m.notes[-1].startswith("ocr_text:") for m in scan.measures)
    assert min(scan.info.ocr_pages.values()) >= 70

    from tiltak.normalize.measures import Normalizer

    normalizer = Normalizer()
    assert [m.delmal for m in normalizer.normalize_file(scan)] == [m.delmal for m in normalizer.normalize_file(text)]
