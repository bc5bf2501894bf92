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


def test_footnote_marks_are_not_text():
    """A number set small and raised right after a word ("arbeidslivsmonitor¹") is a footnote mark;
    the same number starting the footnote at the page's foot, or a small number in the text, stays."""
    from tiltak.extract.pdf_reader import _Word, _without_footnote_marks

    def w(text, x0, top, size):
        return _Word(text=text, x0=x0, x1=x0 + 5.0 * len(text), top=top, bottom=top + size, size=size, bold=False)

    words = [w("Kommunesektorens", 40, 451.7, 7.9), w("arbeidslivsmonitor", 40, 461.7, 7.9),
             w("1", 130.0, 459.0, 6.3),  # raised: its foot 2.7 pt above the word's foot
             w("om", 40, 480.0, 7.9), w("20", 55.5, 480.0, 7.9),  # a number in the text, full size
             w("1", 40, 780.0, 6.0), w("Tidligere", 46.5, 780.0, 6.0),  # the footnote itself
             w("m", 40, 800.0, 7.9), w("2", 45.5, 797.5, 6.0)]  # "m²": a unit, not a word with a mark
    assert [x.text for x in _without_footnote_marks(words)] == [
        "Kommunesektorens", "arbeidslivsmonitor", "om", "20", "1", "Tidligere", "m", "2"]


def test_a_number_or_letter_in_brackets_set_apart_is_a_list_label():
    from tiltak.extract.pdf_reader import _Word, _lines

    def w(text, x0, bold=False):
        return _Word(text=text, x0=x0, x1=x0 + 5.0 * len(text), top=100.0, bottom=110.0, size=10.0, bold=bold)

    for mark in ("(1)", "(12)", "(b)"):
        line = _lines([w(mark, 60), w("Kompetansepluss", 90, bold=True), w("frivillighet.", 170, bold=True)], 1)[0]
        assert (line.label, line.text) == (mark, "Kompetansepluss frivillighet.")


def _pdf(path, lines, rules=(), uprights=(), boxes=(), rounded=()):
    """A one-page PDF in Helvetica: lines of (x, y, size, character spacing, angle in degrees, text; "**"
    before a line's text sets it in Helvetica-Bold),
    horizontal rules (x0, y, x1), upright ones (x, y0, y1), boxes (x, y, width, height) and filled
    boxes with rounded corners (x, y, width, height), drawn with curves."""
    _pdf_pages(path, [(lines, rules, uprights, boxes, rounded)])


def _page_stream(lines, rules=(), uprights=(), boxes=(), rounded=()) -> bytes:
    import math

    ops = [f"0.5 w {x0} {y} m {x1} {y} l S" for x0, y, x1 in rules]
    ops += [f"0.5 w {x} {y0} m {x} {y1} l S" for x, y0, y1 in uprights]
    ops += [f"0.5 w {x} {y} {w} {h} re S" for x, y, w, h in boxes]
    r = 8
    ops += [f"0.9 g {x + r} {y} m {x + w - r} {y} l {x + w} {y} {x + w} {y} {x + w} {y + r} c {x + w} {y + h - r} l "
            f"{x + w} {y + h} {x + w} {y + h} {x + w - r} {y + h} c {x + r} {y + h} l {x} {y + h} {x} {y + h} {x} {y + h - r} c "
            f"{x} {y + r} l {x} {y} {x} {y} {x + r} {y} c h f 0 g" for x, y, w, h in rounded]
    for x, y, size, spacing, angle, text in lines:
        c, s = math.cos(math.radians(angle)), math.sin(math.radians(angle))
        font, text = ("F2", text[2:]) if text.startswith("**") else ("F1", text)  # "**Name": in bold
        ops.append(f"BT /{font} {size} Tf {spacing} Tc {c:.6f} {s:.6f} {-s:.6f} {c:.6f} {x} {y} Tm ({text}) Tj ET")
    return "\n".join(ops).encode("cp1252")


def _pdf_pages(path, pages):
    """A PDF of A4 pages, each given as `_pdf`'s (lines, rules, uprights[, boxes[, rounded]])."""
    n = len(pages)
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(n)).encode()
    font = 3 + 2 * n
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % n]
    for i, page in enumerate(pages):
        stream = _page_stream(*page)
        objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                    b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>" % (4 + 2 * i, font, font + 1),
                    b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))


def test_letters_set_apart_and_text_at_a_slight_angle_are_read_as_words(tmp_path):
    """Character spacing wider than the gap that parts words, the spaces typed between them; and a
    scan's text layer set at a slight angle, where the computed letter size flickers."""
    spaced = [(72, 780 - 20 * k, 11, 2.5, 0, text) for k, text in enumerate(
        ["Tiltak: Kurs for tillitsvalgte", "Delmål: 2.2", "Ansvarlig: YS", "Samarbeid: Parat og Delta"])]
    tilted = [(72, 600 - 20 * k, 11, 0, 0.3, text) for k, text in enumerate(
        ["Tiltak: Nettverk for ledere", "Ansvarlig: Unio og forbundene"])]
    _pdf(tmp_path / "a.pdf", spaced)
    _pdf(tmp_path / "b.pdf", tilted)
    assert [p.text for p in read_pdf(str(tmp_path / "a.pdf")).paragraphs()] == [t for *_, t in spaced]
    assert [p.text for p in read_pdf(str(tmp_path / "b.pdf")).paragraphs()] == [t for *_, t in tilted]


def test_a_bullet_set_close_to_its_text_is_the_lines_list_label(tmp_path):
    _pdf(tmp_path / "c.pdf", [(72, 780, 11, 0, 0, "Våre tiltak"), (72, 760, 11, 0, 0, "• Kurs for tillitsvalgte"),
                              (72, 740, 11, 0, 0, "• Nettverk for ledere")])
    got = [(p.list_label, p.text) for p in read_pdf(str(tmp_path / "c.pdf")).paragraphs()]
    assert got == [(None, "Våre tiltak"), ("•", "Kurs for tillitsvalgte"), ("•", "Nettverk for ledere")]
    _pdf(tmp_path / "d.pdf", [(72, 780, 11, 0, 0, "Deltakere: 60 fra LO"), (72, 766, 11, 0, 0, "+ 40 fra NHO")])
    assert [(p.list_label, p.text) for p in read_pdf(str(tmp_path / "d.pdf")).paragraphs()] == [
        (None, "Deltakere: 60 fra LO + 40 fra NHO")]


def test_letter_sizes_a_hair_apart_are_one_size_and_the_spacing_is_the_letters_not_the_widest_gap():
    from tiltak.extract.pdf_reader import _steady_sizes, _word_settings

    chars = [{"size": x} for x in (10.049, 10.051, 10.049, 12.0)]
    assert [c["size"] for c in _steady_sizes(chars)] == [10.049, 10.049, 10.049, 12.0]
    assert _steady_sizes([{"size": 10.0}, {"size": 12.0}]) == [{"size": 10.0}, {"size": 12.0}]

    def char(text, x0, top=100.0):
        return {"text": text, "x0": x0, "x1": x0 + 5, "top": top, "size": 10.0}

    spaced = [char(t, 50 + 8 * k) for k, t in enumerate("Tiltak for ledere og tillitsvalgte i helse")]  # 3 pt apart
    table = [char("2", 50, 200), char("1", 62, 200)]  # two cells 7 pt apart, no space between
    tolerance = _word_settings(spaced + table)["x_tolerance"]
    assert 3 < tolerance < 7


def test_text_set_on_end_reads_as_its_words_in_order(tmp_path):
    """A header cell turned a quarter to fit ("Tiltak (navn)" read upwards)."""
    _pdf(tmp_path / "e.pdf", [(72, 780, 11, 0, 0, "Oversikt over tiltak"), (100, 500, 9, 0, 90, "Tiltak (navn)")])
    texts = [p.text for p in read_pdf(str(tmp_path / "e.pdf")).paragraphs()]
    assert "Tiltak (navn)" in texts, texts


def test_a_line_wrapped_before_a_long_word_goes_on_in_the_same_paragraph(tmp_path):
    _pdf(tmp_path / "f.pdf", [(72, 780, 11, 0, 0, "VOFO har i år arbeidet videre med regler for"),
                              (72, 766, 11, 0, 0, "kompetanseutviklingsprogrammene i studieforbundene, som trer i kraft fra 2021."),
                              (72, 740, 11, 0, 0, "Kort avsnitt."), (72, 726, 11, 0, 0, "Neste avsnitt begynner her.")])
    texts = [p.text for p in read_pdf(str(tmp_path / "f.pdf")).paragraphs()]
    assert texts[0] == ("VOFO har i år arbeidet videre med regler for kompetanseutviklingsprogrammene i "
                        "studieforbundene, som trer i kraft fra 2021.")
    assert texts[1:] == ["Kort avsnitt.", "Neste avsnitt begynner her."]


def test_rows_ruled_only_across_with_their_text_in_columns_are_no_one_column_table(tmp_path):
    from tiltak.extract.layouts import best_layout

    rows = [("Kortnavn", "Tiltak", "Delmål", "Ansvar"), ("KARR", "Karriereveiledning for sykmeldte", "1.3", "NAV"),
            ("OPPL", "Opplæring som arbeidsmarkedstiltak", "3.5", "NAV"), ("GF", "Kurs i grunnleggende ferdigheter", "3.1", "HK-dir")]
    lines = [(x, 760 - 30 * r, 10, 0, 0, text) for r, row in enumerate(rows) for x, text in zip((60, 130, 330, 400), row)]
    _pdf(tmp_path / "g.pdf", lines, rules=[(50, 752 - 30 * r, 500) for r in range(len(rows))] + [(50, 775, 500)],
         uprights=[(50, 662, 775), (500, 662, 775)])  # a frame at each side: one column of boxes
    doc = read_pdf(str(tmp_path / "g.pdf"))
    layout, _ = best_layout(doc)
    assert [(m.title, m.goal_text) for m in layout.parse(doc).measures] == [
        ("Karriereveiledning for sykmeldte", "1.3"), ("Opplæring som arbeidsmarkedstiltak", "3.5"),
        ("Kurs i grunnleggende ferdigheter", "3.1")]


def test_a_table_without_rules_keeps_its_group_titles_across_it_and_its_subtotals_out(tmp_path):
    from tiltak.extract.layouts import best_layout

    header = ("Tiltak", "Delmål", "Ansvarlig", "Periode", "Budsjett")
    rows = [header, ("Innsatsområde 2 – Læring i arbeidslivet og i hele arbeidsstyrken",),
            ("Kurs for ledere i handelen", "2.1", "Virke", "2023", "120 000"),
            ("Bransjeprogram for varehandel", "2.4", "HK-dir", "2022–", "80 000"),
            ("Sum innsatsområde 2", "", "", "", "200 000"),
            ("Innsatsområde 3 – Inkludering av flere i arbeidslivet gjennom kompetanse",),
            ("Norskopplæring på arbeidsplassen", "3.4", "Virke", "2023", "50 000")]
    lines = [(x, 760 - 30 * r, 10, 0, 0, text) for r, row in enumerate(rows)
             for x, text in zip((60, 260, 320, 400, 470), row) if text]
    lines.append((60, 760 - 30 * 2 - 12, 10, 0, 0, "og servicenæringen"))  # a name over two lines
    _pdf(tmp_path / "u.pdf", lines)
    doc = read_pdf(str(tmp_path / "u.pdf"))
    layout, _ = best_layout(doc)
    assert [(m.title, m.goal_text) for m in layout.parse(doc).measures] == [
        ("Kurs for ledere i handelen og servicenæringen", "2.1"), ("Bransjeprogram for varehandel", "2.4"),
        ("Norskopplæring på arbeidsplassen", "3.4")]


def test_facts_one_to_a_line_and_a_line_of_facts_before_text_end_their_paragraphs(tmp_path):
    """A note of facts (a type, a period, a delmål), one to a line, each its own paragraph; a line
    of facts parted by bars ends where it ends, the text after it begins anew."""
    _pdf(tmp_path / "n.pdf", [(72, 780, 10, 0, 0, "Delmål 2.1"), (72, 768, 10, 0, 0, "Kurs/utdanning"),
                              (72, 756, 10, 0, 0, "2020–2021")])  # (the widest line sets the edge: no line is short)
    assert [p.text for p in read_pdf(str(tmp_path / "n.pdf")).paragraphs()] == ["Delmål 2.1", "Kurs/utdanning", "2020–2021"]
    _pdf(tmp_path / "f.pdf", [(72, 720, 10, 0, 0, "Nr. 3 | Prosjekt | LO + Fafo | 2019–2020 | Oslo, Bergen og Trondheim"),
                              (72, 708, 10, 0, 0, "LO holder kurs for tillitsvalgte i alle fylker.")])
    assert [p.text for p in read_pdf(str(tmp_path / "f.pdf")).paragraphs()] == [
        "Nr. 3 | Prosjekt | LO + Fafo | 2019–2020 | Oslo, Bergen og Trondheim", "LO holder kurs for tillitsvalgte i alle fylker."]


def test_a_boxs_label_in_small_type_over_its_answer_is_a_paragraph_of_its_own(tmp_path):
    rules = [(60, 800, 400), (60, 760, 400), (60, 720, 400)]
    uprights = [(60, 720, 800), (400, 720, 800)]
    _pdf(tmp_path / "b.pdf", [(64, 790, 6.5, 0, 0, "1 Navn på tiltaket"), (66, 779, 10, 0, 0, "Leseløft for voksne"),
                              (64, 750, 6.5, 0, 0, "DELMÅL 3.2"), (66, 739, 10, 0, 0, "Norsk på jobb")],
         rules=rules, uprights=uprights)
    doc = read_pdf(str(tmp_path / "b.pdf"))
    cells = [[p.text for p in c.paragraphs] for c in doc.blocks[0].cells]
    assert cells == [["1 Navn på tiltaket", "Leseløft for voksne"], ["DELMÅL 3.2 Norsk på jobb"]]  # (a kicker, no label)


def test_a_single_letter_set_apart_before_a_name_is_no_lead(tmp_path):
    """A tile's type letter ("K   Kurs i …") is not the name the rest of the line describes."""
    _pdf(tmp_path / "k.pdf", [(72, 780, 10, 0, 0, "K"), (96, 780, 10, 0, 0, "Kurs i lesing og skriving for voksne i arbeid"),
                              (72, 740, 10, 0, 0, "Nr"), (96, 740, 10, 0, 0, "Tiltak og tidsrom for hele året")])
    assert [p.lead for p in read_pdf(str(tmp_path / "k.pdf")).paragraphs()] == [None, "Nr"]


def test_a_line_of_facts_wrapped_after_a_comma_goes_on_in_its_paragraph(tmp_path):
    _pdf(tmp_path / "w.pdf", [(72, 720, 10, 0, 0, "Delmål 2.1 | Ansvar: VOFO | Samarbeid: LO, NHO,"),
                              (72, 708, 10, 0, 0, "Virke og KS")])
    assert [p.text for p in read_pdf(str(tmp_path / "w.pdf")).paragraphs()] == [
        "Delmål 2.1 | Ansvar: VOFO | Samarbeid: LO, NHO, Virke og KS"]


def test_a_watermark_set_across_the_page_is_not_text(tmp_path):
    text = [(72, 780 - 20 * k, 11, 0, 0, t) for k, t in enumerate(
        ["Tiltak: Kompetanseheving i barnehagen", "Delmål: 2.1", "Ansvar: KS og kommunene", "Tid: 2022–2024"])]
    _pdf(tmp_path / "w.pdf", [*text, (120, 600, 90, 0, 40, "KONFIDENSIELT"), (150, 640, 60, 0, 30, "Kopi")])
    assert [p.text for p in read_pdf(str(tmp_path / "w.pdf")).paragraphs()] == [t for *_, t in text]


def test_a_drafts_line_numbers_in_the_margin_are_not_text(tmp_path):
    lines = ["Tiltak: Lederutdanning for styrere", "Delmål: 2.2 Ansvar: KS", "Kurset går over to semestre og",
             "gir studiepoeng.", "", "Tiltak: Nettverk for oppvekstsjefer", "Delmål: 1.2 Ansvar: KS",
             "Nettverket møtes fire ganger i året.", "", "Tiltak: Veileder for kompetanseplaner", "Delmål: 2.2",
             "Ansvar: KS"]
    numbered = [(60 - 5 * len(str(k + 1)), 780 - 16 * k, 7, 0, 0, str(k + 1)) for k in range(len(lines))]
    text = [(80, 780 - 16 * k, 10, 0, 0, t) for k, t in enumerate(lines) if t]
    _pdf(tmp_path / "n.pdf", [*numbered, *text])
    got = " ".join(p.text for p in read_pdf(str(tmp_path / "n.pdf")).paragraphs())
    assert got.split() == " ".join(lines).split()


def test_circled_numbers_down_the_margin_are_kept_as_they_are():
    """"①".isdigit() is true, but it is no number a draft counts its lines with: a list's labels."""
    from tiltak.extract.pdf_reader import _Word, _without_line_numbers

    words = []
    for k in range(9):
        top = 100.0 + 14 * k
        words += [_Word(text=chr(0x2460 + k), x0=50.0, x1=58.0, top=top, bottom=top + 10, size=10.0, bold=False),
                  _Word(text="Tiltak", x0=80.0, x1=110.0, top=top, bottom=top + 10, size=10.0, bold=False),
                  _Word(text=f"nummer{k}", x0=115.0, x1=160.0, top=top, bottom=top + 10, size=10.0, bold=False)]
    assert _without_line_numbers(words) == words


def test_row_numbers_beside_wrapped_lines_are_kept(tmp_path):
    rows = [("1", "Kurs for tillitsvalgte i", "helse og omsorg"), ("2", "Nettverk for ledere i", "kommunene"),
            ("3", "Rapport om", "lærlinger"), ("4", "Konferanse om", "kompetanse"), ("5", "Veileder for", "praksis"),
            ("6", "Kurs i", "norsk"), ("7", "Kartlegging av", "behov"), ("8", "Samling for", "rådgivere")]
    lines = []
    for k, (n, a, b) in enumerate(rows):
        y = 780 - 30 * k
        lines += [(50, y, 10, 0, 0, n), (80, y, 10, 0, 0, a), (80, y - 12, 10, 0, 0, b)]
    _pdf(tmp_path / "r.pdf", lines)
    got = " ".join(p.text for p in read_pdf(str(tmp_path / "r.pdf")).paragraphs()).split()
    assert [x for x in got if x.isdigit()] == [n for n, *_ in rows]


def test_a_tables_column_of_numbers_under_its_heading_is_kept(tmp_path):
    lines = [(50, 790, 10, 0, 0, "Nr"), (80, 790, 10, 0, 0, "Tiltak"), (400, 790, 10, 0, 0, "Delmål")]
    names = ["Kurs i norsk", "Nettverk for ledere", "Rapport om lærlinger", "Konferanse om kompetanse", "Veileder for praksis",
             "Kurs i digital læring", "Kartlegging av behov", "Samling for rådgivere", "Fagbrev på jobb"]
    for k, name in enumerate(names):
        y = 776 - 14 * k
        lines += [(50, y, 10, 0, 0, str(k + 1)), (80, y, 10, 0, 0, name), (400, y, 10, 0, 0, "2.1")]
    _pdf(tmp_path / "t.pdf", lines)
    got = " ".join(p.text for p in read_pdf(str(tmp_path / "t.pdf")).paragraphs()).split()
    assert [x for x in got if x.isdigit()] == [str(k + 1) for k in range(len(names))]


def test_a_large_running_number_beside_a_name_does_not_part_its_lines():
    from tiltak.extract.pdf_reader import _Word, _without_big_numerals

    name = [_Word(text="Lederprogram", x0=100.0, x1=170.0, top=100.0, bottom=113.0, size=13.0, bold=True),
            _Word(text="for", x0=100.0, x1=115.0, top=116.0, bottom=129.0, size=13.0, bold=True)]
    numeral = _Word(text="04", x0=40.0, x1=80.0, top=95.0, bottom=129.0, size=34.0, bold=True)
    figure = _Word(text="12", x0=40.0, x1=60.0, top=200.0, bottom=210.0, size=10.0, bold=False)  # no larger than its line
    line = _Word(text="deltakere", x0=70.0, x1=120.0, top=200.0, bottom=210.0, size=10.0, bold=False)
    alone = _Word(text="7", x0=40.0, x1=80.0, top=300.0, bottom=334.0, size=34.0, bold=True)  # a figure with nothing beside it
    assert _without_big_numerals([numeral, *name, figure, line, alone]) == [*name, figure, line, alone]
    circled = _Word(text="④", x0=40.0, x1=66.0, top=98.0, bottom=124.0, size=26.0, bold=True)
    assert _without_big_numerals([circled, *name]) == name
    # cards side by side: each number by its own name
    right = [_Word(text="05", x0=300.0, x1=340.0, top=95.0, bottom=129.0, size=34.0, bold=True),
             _Word(text="Fagbrev", x0=360.0, x1=410.0, top=100.0, bottom=113.0, size=13.0, bold=True)]
    assert _without_big_numerals([numeral, *name, *right]) == [*name, right[1]]
    far = _Word(text="Mål", x0=500.0, x1=540.0, top=100.0, bottom=122.0, size=20.0, bold=True)  # level with it, far off
    assert _without_big_numerals([numeral, *name, far]) == [*name, far]
    # key figures: large numbers by their captions in plain type, not counting up
    kpi = [_Word(text="25", x0=40.0, x1=80.0, top=300.0, bottom=336.0, size=36.0, bold=True),
           _Word(text="lærebedrifter", x0=90.0, x1=160.0, top=310.0, bottom=322.0, size=12.0, bold=False),
           _Word(text="12", x0=40.0, x1=80.0, top=400.0, bottom=436.0, size=36.0, bold=True),
           _Word(text="kurs", x0=90.0, x1=120.0, top=410.0, bottom=422.0, size=12.0, bold=False)]
    assert _without_big_numerals(kpi) == kpi


def test_text_in_one_box_drawn_round_it_is_read_as_text_not_a_table(tmp_path):
    lines = ["Tiltak: Kurs i regnskap", "Delmål: 2.2", "Ansvar: Virke", "Periode: 2020"]
    _pdf(tmp_path / "box.pdf", [(80, 760 - 16 * k, 10, 0, 0, t) for k, t in enumerate(lines)],
         rules=[(60, 780, 530), (60, 690, 530), (60, 400, 530)], uprights=[(60, 400, 780), (530, 400, 780)])
    doc = read_pdf(str(tmp_path / "box.pdf"))
    assert not doc.tables() and [p.text for p in doc.paragraphs()] == lines


def test_a_tab_on_end_in_the_margin_is_no_part_of_the_text(tmp_path):
    """A thumb index's tab turned on end right of all the text ("1 Gode valg") is left out; a header
    cell on end within the text stays (the test above)."""
    text = "LO har fast plass i utvalget og bidrar med innspill fra forbundene om kompetansebehov i bransjene."
    _pdf(tmp_path / "t.pdf", [(72, 780, 11, 0, 0, "Deltakelse i Kompetansebehovsutvalget"),
                              (72, 766, 11, 0, 0, "Ansvarlig: LO"), (72, 740, 10, 0, 0, text),
                              (560, 700, 9, 0, 90, "1 Gode valg")])
    texts = [p.text for p in read_pdf(str(tmp_path / "t.pdf")).paragraphs()]
    assert texts == ["Deltakelse i Kompetansebehovsutvalget", "Ansvarlig: LO", text]
    # beyond the text but not in the page's outer strip (a chart's axis on end beside short lines): kept
    _pdf(tmp_path / "a.pdf", [(72, 780, 11, 0, 0, "Kurs for tillitsvalgte"), (72, 766, 11, 0, 0, "Ansvarlig: LO"),
                              (72, 752, 11, 0, 0, "Periode: 2021–2022"), (72, 738, 11, 0, 0, "Delmål: 2.2"),
                              *[(72, 700 - 14 * k, 10, 0, 0, f"Kurs nummer {k} for ansatte") for k in range(8)],
                              (400, 700, 9, 0, 90, "Antall")])
    assert "Antall" in [p.text for p in read_pdf(str(tmp_path / "a.pdf")).paragraphs()]


def test_a_few_words_in_a_narrow_box_beside_a_name_are_one_label_before_it(tmp_path):
    """ "NKPS / nr. / 4 og 7" centred in a box left of the name: one paragraph, before the name (not
    "NKPS Deltakelse i …", "nr.", "4 og 7 Type: …"); a comb of boxes, a letter to each, is no label."""
    box = [(66, 780, 8, 0, 0, "NKPS"), (70, 770, 8, 0, 0, "nr."), (66, 760, 8, 0, 0, "4 og 7")]
    text = [(110, 780, 11, 0, 0, "Representasjon i SRY"), (110, 766, 10, 0, 0, "Type: Råd/utvalg/nettverk"),
            (110, 752, 10, 0, 0, "Ansvarlig: LO")]
    _pdf(tmp_path / "b.pdf", box + text, boxes=[(60, 745, 40, 50)])
    texts = [p.text for p in read_pdf(str(tmp_path / "b.pdf")).paragraphs()]
    assert texts[:2] == ["NKPS nr. 4 og 7", "Representasjon i SRY"], texts
    comb = [(62 + 14 * k, 700, 10, 0, 0, ch) for k, ch in enumerate("2.2")]
    _pdf(tmp_path / "c.pdf", text + comb + [(120, 700, 10, 0, 0, "Delmål")],
         boxes=[(60 + 14 * k, 695, 14, 16) for k in range(3)])
    texts = [p.text for p in read_pdf(str(tmp_path / "c.pdf")).paragraphs()]
    assert texts[-1] == "2 . 2 Delmål", texts  # read across, in its place


def test_a_bold_name_wrapped_before_a_long_word_goes_on(tmp_path):
    """A name in bold broken before a word that would not have fit, beside a column of facts: one
    paragraph, though the next line begins with a capital."""
    from tiltak.extract.pdf_reader import _Word, _lines, _paragraphs

    def line(words, top, bold, x0=100.0):
        out, x = [], x0
        for t in words:
            out.append(_Word(text=t, x0=x, x1=x + 6.0 * len(t), top=top, bottom=top + 11, size=11.0, bold=bold))
            x += 6.0 * len(t) + 3
        return out

    words = line(["KBU", "–", "LOs", "medlem", "i"], 100, True) + line(["Kompetansebehovsutvalget"], 114, True)
    words += line(["LOs", "representant", "legger", "fram."], 130, False)
    texts = [p.text for p in _paragraphs(_lines(words, 1))]
    assert texts[0] == "KBU – LOs medlem i Kompetansebehovsutvalget", texts


def test_facts_set_flush_right_one_to_a_line_are_a_paragraph_each(tmp_path):
    """A column of facts set flush right: "Med: KD, partene" and "2017–2023" are two facts; a label's
    value wrapped flush left goes on ("… kompetansestrategi" / "(handlingsplan 2024)")."""
    right = [(540 - 5.2 * len(t), 780 - 11 * k, 9, 0, 0, t) for k, t in enumerate(["Ansvar: LO", "Med: KD, partene", "2017-2023"])]
    _pdf(tmp_path / "r.pdf", right)
    texts = [p.text for p in read_pdf(str(tmp_path / "r.pdf")).paragraphs()]
    assert texts[-2:] == ["Med: KD, partene", "2017-2023"], texts
    left = [(72, 780, 10, 0, 0, "Navn på tiltak: Oppfølging av Trøndelags kompetansestrategi for de neste årene i fylket"),
            (72, 767, 10, 0, 0, "(handlingsplan 2024)")]
    _pdf(tmp_path / "l.pdf", left)
    texts = [p.text for p in read_pdf(str(tmp_path / "l.pdf")).paragraphs()]
    assert texts == ["Navn på tiltak: Oppfølging av Trøndelags kompetansestrategi for de neste årene i fylket "
                     "(handlingsplan 2024)"], texts


def test_a_page_of_text_on_end_is_read_though_it_stands_beyond_the_level_text(tmp_path):
    """A landscape page set on end, with an upright page number: its text is the page's, no tab."""
    turned = [(560 - 14 * k, 100, 10, 0, 90, f"Linje {k} om kurs for tillitsvalgte i kommunene") for k in range(6)]
    _pdf(tmp_path / "p.pdf", [*turned, (40, 40, 9, 0, 0, "Side 3")])
    texts = " ".join(p.text for p in read_pdf(str(tmp_path / "p.pdf")).paragraphs())
    assert "Linje 0 om kurs" in texts and "Linje 5 om kurs" in texts, texts


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_a_table_set_sideways_on_a_portrait_page_reads_as_the_reader_turns_the_paper(tmp_path, turn):
    """A landscape table turned onto a portrait page (either way) or a page printed upside down: its
    cells read in rows and columns, not letter by letter across the turned lines."""
    rows = [("Tiltak", "Delmål", "Ansvarlig"), ("Kurs for tillitsvalgte i kommunene", "2.2", "KS"),
            ("Bransjeprogram for varehandel", "2.1", "Virke"), ("Nettverk for karriereveiledere", "1.3", "HK-dir")]
    xs, ys = (60, 330, 420, 560), (500, 478, 456, 434, 412)  # the grid, as the table is drawn level

    def turned(x, y):  # a point of the level table, where the turned page puts it
        return {90: (595 - y, x), 180: (595 - x, 842 - y), 270: (y, 842 - x)}[turn]

    lines = [(*turned(x + 4, y - 15), 10, 0, turn, text) for y, row in zip(ys, rows) for x, text in zip(xs, row)]
    across = [(turned(xs[0], y), turned(xs[-1], y)) for y in ys]
    down = [(turned(x, ys[0]), turned(x, ys[-1])) for x in xs]
    flat = [(min(a[0], b[0]), a[1], max(a[0], b[0])) for a, b in across + down if a[1] == b[1]]
    upright = [(a[0], min(a[1], b[1]), max(a[1], b[1])) for a, b in across + down if a[0] == b[0]]
    _pdf(tmp_path / "s.pdf", lines, rules=flat, uprights=upright)
    doc = read_pdf(str(tmp_path / "s.pdf"))
    (table,) = doc.tables()
    assert [[c.text for c in row] for row in table.grid()] == [list(r) for r in rows]


def test_a_page_stays_as_it_is_when_its_letters_are_mirrored_or_few_are_turned():
    """Mirrored letters (a scanner's or a printer's flip) are no turn of the page; a page whose
    header cells stand on end (fewer than `turned_share` of its letters) is read as it is."""
    from types import SimpleNamespace

    from tiltak.extract.pdf_reader import _level

    mirrored = SimpleNamespace(chars=[{"matrix": (-1, 0, 0, 1, 0, 0)}] * 100)
    assert _level(None, mirrored) is mirrored
    headers_on_end = SimpleNamespace(chars=[{"matrix": (1, 0, 0, 1, 0, 0)}] * 45 + [{"matrix": (0, 1, -1, 0, 0, 0)}] * 55)
    assert _level(None, headers_on_end) is headers_on_end


def test_a_fact_box_ruled_only_across_with_labels_beside_their_answers_is_a_form_of_two_columns(tmp_path):
    """A framed box beside the text, its rows ruled across and no line between label and answer
    ("Søknadsfrist  1. juni 2021", a label wrapped over two lines beside a long answer): label | answer;
    a row of other text (the form's name) stays one cell across both columns."""
    rows = [(["Kurs for ledere"], []), (["Søknadsfrist"], ["1. juni 2021"]), (["Delmål"], ["2.3"]),
            (["Ansvarlig"], ["Fylkeskommunen"]), (["Samarbeids-", "partnere"], ["NAV og", "kommunene"])]
    lines, rules, y = [], [], 790
    for label, answer in rows:
        lines += [(46, y - 12 - 11 * k, 9, 0, 0, text) for k, text in enumerate(label)]
        lines += [(124, y - 12 - 11 * k, 9, 0, 0, text) for k, text in enumerate(answer)]
        y -= 8 + 11 * max(len(label), len(answer))
        rules.append((40, y, 230))
    lines.append((260, 770, 10, 0, 0, "Om tiltaket: kurs for ansatte i kommunene."))
    _pdf(tmp_path / "box.pdf", lines, rules=rules[:-1], boxes=[(40, y, 190, 790 - y)])
    (table,) = read_pdf(str(tmp_path / "box.pdf")).tables()
    assert [[c.text for c in row] for row in table.grid()] == [
        ["Kurs for ledere", "Kurs for ledere"], ["Søknadsfrist", "1. juni 2021"], ["Delmål", "2.3"],
        ["Ansvarlig", "Fylkeskommunen"], ["Samarbeidspartnere", "NAV og kommunene"]]  # (the name across both columns)


def test_a_printers_proof_is_read_inside_its_crop_marks_and_its_folio_is_no_text(tmp_path):
    """Crop marks in the corners show where the page is cut: the slug outside them (file name, time,
    paper) is no text; the folio at the page's foot (page number and running title) is none either;
    short lines elsewhere (a mark at an edge's middle, a colour bar) move nothing."""
    marks = [(10, 40, 34), (561, 40, 585), (10, 802, 34), (561, 802, 585), (285, 10, 305)]  # across
    uprights = [(40, 10, 34), (555, 10, 34), (40, 808, 832), (555, 808, 832), (295, 5, 25)]  # down
    lines = [(200, 815, 7, 0, 0, "rapport_kap4.indd 13 12.02.2024 13:47"),
             (60, 760, 14, 0, 0, "Kompetansetiltak i 2023"), (60, 730, 10, 0, 0, "Delmål: 2.3"),
             (60, 716, 10, 0, 0, "Ansvarlig: Fylkeskommunen"), (60, 60, 8, 0, 0, "13 Virke · Årsrapport 2023"),
             (60, 20, 7, 0, 0, "Prøvetrykk 2 · Papir: 115 g")]
    body = [(60, 690 - 14 * k, 10, 0, 0, f"Linje {k} i omtalen av kurset for ansatte i kommunene.") for k in range(12)]
    lines[4:4] = body
    colour_bar = [(70 + 14 * k, 814, 14, 10) for k in range(8)]  # in the slug, left of the file name
    _pdf(tmp_path / "proof.pdf", lines, rules=marks, uprights=uprights, boxes=colour_bar)
    texts = [p.text for p in read_pdf(str(tmp_path / "proof.pdf")).paragraphs()]
    assert texts[:3] == ["Kompetansetiltak i 2023", "Delmål: 2.3", "Ansvarlig: Fylkeskommunen"], texts
    assert texts[3].startswith("Linje 0") and texts[-1].endswith("kommunene."), texts  # (no slug, no folio)
    # a chart's ticks along its axes at the page's edges (in the corner strips, but no corner's pair):
    # no crop marks, nothing cut
    ticks = [(10, y, 16) for y in range(100, 800, 100)] + [(579, y, 585) for y in range(100, 800, 100)]
    ticks_up = [(x, 10, 16) for x in range(100, 520, 100)]
    chart = [(160, 700 - 14 * k, 10, 0, 0, f"Linje {k} i omtalen av kurset.") for k in range(20)]
    _pdf(tmp_path / "ticks.pdf", chart + [(160, 790, 8, 0, 0, "Kilde: SSB")], rules=ticks, uprights=ticks_up)
    assert "Kilde: SSB" in [p.text for p in read_pdf(str(tmp_path / "ticks.pdf")).paragraphs()]
    # corner marks like a proof's round a page whose text mostly stands beyond them (a frame's
    # decoration): nothing cut
    wide = [(12, y, size, sp, angle, text) for _, y, size, sp, angle, text in lines]
    _pdf(tmp_path / "wide.pdf", wide, rules=marks, uprights=uprights)
    assert "Prøvetrykk 2 · Papir: 115 g" in [p.text for p in read_pdf(str(tmp_path / "wide.pdf")).paragraphs()]
    # the same page without crop marks: the slug is text (only a proof has one)
    _pdf(tmp_path / "plain.pdf", lines)
    assert "Prøvetrykk 2 · Papir: 115 g" in [p.text for p in read_pdf(str(tmp_path / "plain.pdf")).paragraphs()]


def test_rounded_cards_narrower_than_a_frame_are_read_a_card_at_a_time_their_centred_lines_one_paragraph(tmp_path):
    """A journey map's cards: rounded boxes side by side, each a fifth of the page wide, holding a
    name centred on two lines, its facts and a sentence: each card is read whole, its name one
    paragraph; a box of a few words (a tag) frames no card."""
    cards = [("Karrieresenter", "Vestland", "1.3 · Prosjekt", "Gratis veiledning i"),
             ("Regional plan for", "kompetanse", "1.2 · Prosjekt", "Planen samordner i"),
             ("Kurs i norsk for", "innvandrere", "3.4 · Kurs/utdanning", "Norsk og fag i")]
    lines, rounded = [], []
    for k, (name1, name2, facts, text) in enumerate(cards):
        x = 40 + 180 * k
        rounded.append((x, 600, 110, 110))
        for j, line in enumerate((name1, name2)):
            lines.append((x + 55 - 2.5 * len(line), 690 - 12 * j, 10, 0, 0, line))  # centred (Helvetica ~5 pt a letter)
        lines += [(x + 6, 660, 9, 0, 0, facts), (x + 6, 640, 8, 0, 0, text), (x + 6, 630, 8, 0, 0, "kommunen.")]
    _pdf(tmp_path / "cards.pdf", [(40, 780, 14, 0, 0, "Vegen til ny kompetanse"), *lines], rounded=rounded)
    texts = [p.text for p in read_pdf(str(tmp_path / "cards.pdf")).paragraphs()]
    assert texts[:3] == ["Vegen til ny kompetanse", "Karrieresenter Vestland", "1.3 · Prosjekt"], texts
    assert texts.index("Regional plan for kompetanse") > texts.index("Gratis veiledning i kommunen.")
    assert "Kurs i norsk for innvandrere" in texts


def test_a_line_of_facts_in_a_cell_ends_with_its_line(tmp_path):
    """A cell's line of facts, then a sentence on the next line in the same type: the facts are a
    paragraph of their own, not run into the sentence."""
    lines = [(60, 760, 10, 0, 0, "Tiltak"), (300, 760, 10, 0, 0, "Status"),
             (60, 730, 9, 0, 0, "Delmål 3.2 · Kurs · VOFO · 2021"),
             (60, 719, 9, 0, 0, "Kurs i lesing og skriving."), (300, 730, 9, 0, 0, "Delmål 1.3 · Prosjekt · Ansvar: Direktoratet for"),
             (300, 719, 9, 0, 0, "Høyere utdanning og kompetanse")]
    _pdf(tmp_path / "c.pdf", lines, rules=[(50, 775, 550), (50, 745, 550), (50, 690, 550)],
         uprights=[(50, 690, 775), (290, 690, 775), (550, 690, 775)])
    (table,) = read_pdf(str(tmp_path / "c.pdf")).tables()
    cell = table.grid()[1][0]
    assert [p.text for p in cell.paragraphs] == ["Delmål 3.2 · Kurs · VOFO · 2021", "Kurs i lesing og skriving."]
    # a line of facts that breaks after "for" goes on
    assert [p.text for p in table.grid()[1][1].paragraphs] == [
        "Delmål 1.3 · Prosjekt · Ansvar: Direktoratet for Høyere utdanning og kompetanse"]


def test_a_grid_with_its_column_headers_on_end_is_not_turned(tmp_path):
    """Most letters on the page are long names set on end over the columns of a grid of ticks: the
    page is read as it stands (its title and codes level), not turned."""
    names = ["Arbeidsgiverforeningen Spekter", "Landsorganisasjonen i Norge", "Næringslivets Hovedorganisasjon",
             "Kommunesektorens organisasjon", "Yrkesorganisasjonenes Sentralforbund", "Akademikerne og Unio sammen"]
    lines = [(60, 780, 14, 0, 0, "Delmål og parter")]
    lines += [(200 + 40 * k, 560, 9, 0, 90, name) for k, name in enumerate(names)]
    lines += [(60, 530 - 20 * r, 9, 0, 0, code) for r, code in enumerate(("1.1", "1.3", "2.2", "3.1"))]
    lines += [(196 + 40 * k, 530 - 20 * r, 9, 0, 0, "X") for r in range(4) for k in range(6) if (r + k) % 2 == 0]
    _pdf(tmp_path / "grid.pdf", lines)
    texts = [p.text for p in read_pdf(str(tmp_path / "grid.pdf")).paragraphs()]
    assert texts[0] == "Delmål og parter", texts


def test_a_folio_is_a_page_number_beside_one_running_title():
    from tiltak.extract.pdf_reader import _FOLIO

    for folio in ("13 NHO · Årsrapport 2023", "Årsrapport 2023 | 7", "4 Virke | Kompetanse i handelen"):
        assert _FOLIO.match(folio), folio
    for line in ("Delmål 2.1 | Kurs/utdanning | Spekter | 2022", "Ansvarlig: NHO · Periode: 2022", "Kurs · 2022",
                 "12 Bransjeprogram | Prosjekt | NHO", "Lærlingløftet · Prosjekt · 2021"):
        assert not _FOLIO.match(line), line


def test_a_fact_box_whose_answers_wrap_back_under_their_labels_stays_one_column(tmp_path):
    """Typed "Label:<tab>answer", the answer's next lines back at the box's edge (Word wraps so): the
    rows are read whole, not cut at the tab into word salad."""
    rows = [["Søknadsfrist:", "1. juni 2021"], ["Ansvarlig:", "Fylkeskommunen"],
            ["Beskrivelse:", "Kurset gir ledere i", None, "kommunene innsikt i omstilling."]]
    lines, rules, y = [], [], 790
    for row in rows:
        lines += [(46, y - 12, 9, 0, 0, row[0]), (124, y - 12, 9, 0, 0, row[1])]
        if len(row) > 2:
            lines.append((46, y - 23, 9, 0, 0, row[3]))
        y -= 8 + 11 * (2 if len(row) > 2 else 1)
        rules.append((40, y, 230))
    _pdf(tmp_path / "wrap.pdf", lines, rules=rules[:-1], boxes=[(40, y, 190, 790 - y)])
    (table,) = read_pdf(str(tmp_path / "wrap.pdf")).tables()
    assert table.n_cols == 1
    assert table.grid()[2][0].text.replace("\n", " ") == "Beskrivelse: Kurset gir ledere i kommunene innsikt i omstilling."


def test_a_short_line_broken_off_after_og_goes_on_in_the_next():
    """A menu card's name broken after "og" to leave its dot leaders (in smaller type) room on the
    next line: one paragraph. A short line that ends a phrase, or a next line that starts a name, parts them."""
    from tiltak.extract.pdf_reader import _lines, _paragraphs, _Word

    def line(top, *parts):  # (text, bold) parts; dot leaders and what follows them in smaller type
        words, x = [], 40.0
        for text, bold in parts:
            for t in text.split():
                size = 10.0 if bold or not t.startswith(".") and not t[:1].isdigit() else 8.5
                words.append(_Word(text=t, x0=x, x1=x + 5.0 * len(t), top=top, bottom=top + size, size=size, bold=bold))
                x += 5.0 * len(t) + 3
        return words

    def texts(*rows):
        return [p.text for p in _paragraphs(_lines([w for r in rows for w in r], 1))]

    wide = line(150, ("Tekst som fyller hele linjen fra kant til kant slik en brødtekst i et menykort gjør det", False))
    broken = texts(line(100, ("Utvalg om etter- og", True)),
                   line(113, ("videreutdanning", True), (". " * 40 + "2016–2018", False)), wide)
    assert broken[0].startswith("Utvalg om etter- og videreutdanning .") and broken[0].endswith("2016–2018")
    leaders = _paragraphs(_lines([w for r in (line(100, ("Utvalg om etter- og", True)), line(
        113, ("videreutdanning", True), (". " * 40 + "2016–2018", False))) for w in r], 1))[0]
    assert leaders.tabs == ("Utvalg om etter- og videreutdanning", "2016–2018")  # dot leaders: a tab stop drawn
    ended = texts(line(100, ("Utvalg om etter- og videreutdanning", True)),
                  line(113, ("kurs", True), (". " * 40 + "2016–2018", False)), wide)
    assert ended[0] == "Utvalg om etter- og videreutdanning"
    named = texts(line(100, ("Kurs og", True)), line(113, ("Nettverk", True), (". " * 40 + "2017", False)), wide)
    assert named[0] == "Kurs og"
