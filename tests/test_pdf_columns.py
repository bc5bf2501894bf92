"""Text set in two newspaper columns without a rule between them is read a column at a time; a label
column beside its answers, or a table's columns, are read across as before."""

from dataclasses import dataclass

from tiltak.extract.pdf_columns import Dividers, in_columns


@dataclass
class W:
    text: str
    x0: float
    x1: float
    top: float
    size: float = 9.0
    bold: bool = False

    @property
    def bottom(self) -> float:
        return self.top + self.size


def row(top, x0, words, bold=False):
    out, x = [], x0
    for text in words:
        out.append(W(text, x, x + 6 * len(text), top, bold=bold))
        x += 6 * len(text) + 3
    return out


PROSE = ["kurs", "for", "ansatte", "i", "helse", "og", "omsorg"]  # a line that goes on with a sentence


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


def side_headings(first_top=60):
    """Per measure: its name in bold and two facts in a narrow left column, its text beside them."""
    words, top = [], first_top
    for k in range(2):
        words += row(top, 40, [f"Navn{k}"], bold=True) + row(top, 200, [f"t{k}a", *PROSE[:5]])
        words += row(top + 12, 40, ["Delmål", "3.6"]) + row(top + 12, 200, [f"t{k}b", *PROSE[:5]])
        words += row(top + 24, 40, ["Type:", "Kurs"]) + row(top + 24, 200, [f"t{k}c", *PROSE[:5]])
        words += row(top + 36, 200, [f"t{k}d", *PROSE[:3]])
        top += 70
    return words


def test_side_headings_are_read_a_measure_at_a_time_name_and_facts_first():
    groups = in_columns(side_headings(), 2.5)
    first = [[w.text for w in g][0] for g, _ in groups]
    assert first == ["Navn0", "t0a", "Navn1", "t1a"]
    assert [len(g) for g, _ in groups] == [5, 22, 5, 22] and all(e is not None and not e[2] for _, e in groups)


def test_a_column_of_bold_labels_beside_their_answers_is_no_side_heading():
    words = []
    for k, label in enumerate(["Ansvar", "Samarbeid", "Type", "Periode", "Beskrivelse", "Status", "Budsjett"]):
        words += row(60 + 12 * k, 40, [label], bold=True) + row(60 + 12 * k, 200, [f"s{k}", *PROSE[:5]])
    assert len(in_columns(words, 2.5)) == 1


def test_the_next_page_goes_on_in_the_columns_of_the_page_before():
    """Two rows beside the gutter are too few to find it, but enough to go on with it."""
    words = row(60, 40, ["v1", *PROSE[:5]]) + row(60, 300, ["h1", *PROSE[:5]]) + \
        row(72, 40, ["v2", *PROSE[:5]]) + row(72, 300, ["h2", *PROSE[:5]])
    assert len(in_columns(words, 2.5)) == 1
    groups = in_columns(words, 2.5, before=(244.0, "news"))
    assert [[w.text for w in g][0] for g, _ in groups] == ["v1", "h1"]


def test_a_borderless_table_of_two_columns_is_read_across():
    """Cells that each begin anew ("Etablere …" | "Kurs …"), one line a row: a table, not columns."""
    words = []
    for k in range(6):
        words += row(60 + 12 * k, 40, [f"Tiltak{k}", "etablere", "nytt", "regionalt", "forum"]) + \
            row(60 + 12 * k, 300, [f"Beskr{k}", "kurs", "for", "ansatte", "i", "helse"])
    assert len(in_columns(words, 2.5)) == 1


def test_side_headings_going_on_from_the_page_before_keep_its_text_apart():
    """The end of the last measure's text at the top of the page is not the next measure's."""
    words = row(40, 200, ["slutten", "av", "forrige", "tiltak", "og", "mer", "tekst"]) + \
        row(52, 200, ["som", "fortsetter", "her", "og", "slutter", "nå", "."]) + side_headings(first_top=80)
    groups = in_columns(words, 2.5, before=(120.0, "side"))
    assert [[w.text for w in g][0] for g, _ in groups] == ["slutten", "Navn0", "t0a", "Navn1", "t1a"]


def test_labels_beside_their_answers_on_the_page_after_columns_are_read_across():
    words = []
    for k, (label, answer) in enumerate([("Ansvar:", "Trøndelag fylkeskommune"), ("Partnere:", "NAV og KS"),
                                         ("Periode:", "2022 til 2024")]):
        words += row(60 + 12 * k, 40, [label]) + row(60 + 12 * k, 330, answer.split())
    assert len(in_columns(words, 2.5, before=(310.0, "news"))) == 1


def ruled_page():
    """A report title across the page, then three narrow columns parted by drawn rules: each with a
    measure's name, label lines and a few words of text, too short to pass for running text."""
    words = row(30, 40, ["Tiltak", "i", "Vestland", "2023"], bold=True)
    for c, x in enumerate((40, 220, 400)):
        words += row(60, x, [f"Namn{c}", "på", "tiltak"], bold=True)
        words += row(72, x, ["Delmål:", f"1.{c + 1}"])
        words += row(84, x, ["Ansvar:", "Vestland", "fylkeskommune"])
        for k in range(5):
            words += row(96 + 12 * k, x, [f"c{c}t{k}", "tekst", "her"])
    return words


RULES = [(210.0, 55.0, 800.0), (390.0, 55.0, 800.0)]


def test_columns_parted_by_rules_are_read_one_after_another_left_to_right():
    groups = in_columns(ruled_page(), 2.5, dividers=Dividers(RULES))
    assert [[w.text for w in g][0] for g, _ in groups] == ["Tiltak", "Namn0", "Namn1", "Namn2"]
    assert groups[0][1] is None and all(e is not None and e[2] for _, e in groups[1:])
    assert [w.text for w in groups[2][0]][-3:] == ["c1t4", "tekst", "her"]


def test_without_the_rules_such_short_columns_are_read_across():
    assert len(in_columns(ruled_page(), 2.5)) == 1


def test_a_rule_with_text_on_one_side_only_parts_nothing():
    words = ruled_page()
    assert len(in_columns(words, 2.5, dividers=Dividers([(30.0, 55.0, 800.0), (590.0, 55.0, 800.0)]))) == 1
    assert len(in_columns(words, 2.5, dividers=Dividers([(210.0, 300.0, 800.0)]))) == 1  # beside no text


def test_columns_whose_lines_keep_their_own_spacing_are_read_one_after_the_other():
    """The right column's lines sit between the left column's after its first two (another leading):
    few printed rows hold both, yet no row crosses the gutter."""
    words = []
    for k in range(9):
        words += row(60 + 12 * k, 40, [f"v{k}", *PROSE[:5]])
        words += row(60 + 12 * k + (0 if k < 2 else 6), 300, [f"h{k}", *PROSE[:5]])
    groups = in_columns(words, 2.5)
    assert [[w.text for w in g if w.text[1:].isdigit()] for g, _ in groups] == [[f"v{k}" for k in range(9)],
                                                                               [f"h{k}" for k in range(9)]]


def test_running_text_between_short_headings_and_facts_lines_is_still_running_text():
    """Per measure a heading and a facts line that stop short, then two lines of text that fill the
    column and go on with their sentence: half the lines reach the column's edge."""
    words = []
    top = 60
    for k in range(3):
        for x in (40, 300):
            words += row(top, x, [f"Navn{k}{x}"], bold=True)
            words += row(top + 12, x, ["Delmål", "2.1", "·", "KS"])
            for j in range(2):
                words += row(top + 24 + 12 * j, x, [f"t{k}{x}{j}" if j == 0 else "og", *PROSE[1:6]])
        top += 70
    groups = in_columns(words, 2.5)
    assert len(groups) == 2 and [w.text for w in groups[1][0]][0] == "Navn0300"


def test_two_columns_of_measures_each_on_its_own_lines_are_read_one_after_the_other():
    """Headings and short label lines in both columns (no running text), the right column's lines
    between the left's: no row crosses the gutter and almost none holds both, so they are columns."""
    block = [["Tiltak", "{}:", "Karriere", "Vestland"], ["Delmål:", "1.3"], ["Type:", "Informasjon"],
             ["Ansvarleg:", "Vestland", "fylkeskommune"], ["Tidsrom:", "2020–"]]
    words = []
    for k in range(8):
        words += row(60 + 12 * k, 40, [w.format(f"v{k}") for w in block[k % 5]])
        words += row(60 + 12 * k + (0 if k < 2 else 6), 300, [w.format(f"h{k}") for w in block[k % 5]])
    groups = in_columns(words, 2.5)
    assert len(groups) == 2 and all(w.x0 < 300 for w in groups[0][0]) and all(w.x0 >= 300 for w in groups[1][0])


def test_cards_drawn_as_boxes_side_by_side_are_read_a_card_at_a_time():
    """Two rows of two boxes, each with a name and short lines: read box by box, row by row, left to
    right; the page's title above them first."""
    words = row(40, 40, ["Tiltakene"], bold=True)
    frames = []
    for r, top in enumerate((90, 220)):
        for c, x in enumerate((57, 306)):
            frames.append((x, top, x + 233, top + 110))
            words += row(top + 8, x + 7, [f"Navn{r}{c}"], bold=True)
            for k in range(3):
                words += row(top + 30 + 12 * k, x + 7, [f"k{r}{c}{k}", "tekst"])
    groups = in_columns(words, 2.5, dividers=Dividers(frames=frames))
    assert [[w.text for w in g][0] for g, _ in groups] == ["Tiltakene", "Navn00", "Navn01", "Navn10", "Navn11"]
    assert groups[0][1] is None and groups[2][1] == (306, 539, False)


def test_one_box_alone_is_read_with_the_page():
    words = row(40, 40, ["Fakta"], bold=True) + row(60, 50, ["Boks", "med", "tekst"]) + row(90, 40, ["Etter", "boksen"])
    assert len(in_columns(words, 2.5, dividers=Dividers(frames=[(45, 55, 300, 80)]))) == 1


def cards(shadow=False, border=False):
    words, frames = row(40, 40, ["Tiltakene"], bold=True), []
    for r, top in enumerate((90, 220)):
        for c, x in enumerate((57, 306)):
            frames.append((x, top, x + 233, top + 110))
            if shadow:
                frames.append((x + 3, top + 3, x + 236, top + 113))  # a drop shadow, drawn as an offset box
            words += row(top + 8, x + 7, [f"Navn{r}{c}"], bold=True)
            for k in range(3):
                words += row(top + 30 + 12 * k, x + 7, [f"k{r}{c}{k}", "tekst"])
    if border:
        frames.append((20, 20, 575, 820))  # around the page
        words += row(60, 40, ["Kortene", "under", "viser", "tiltakene"])  # text inside it, outside every card
    return words, frames


def test_cards_with_drop_shadows_or_inside_a_page_border_are_read_once_a_card_at_a_time():
    for words, frames in (cards(shadow=True), cards(border=True)):
        groups = in_columns(words, 2.5, dividers=Dividers(frames=frames))
        assert [[w.text for w in g][0] for g, _ in groups] == ["Tiltakene", "Navn00", "Navn01", "Navn10", "Navn11"]
        assert sum(len(g) for g, _ in groups) == len(words)


def test_a_rule_beside_side_headings_or_between_a_tables_columns_reads_them_as_before():
    side = side_headings()
    assert in_columns(side, 2.5, dividers=Dividers([(190.0, 50.0, 300.0)])) == in_columns(side, 2.5)
    table = row(30, 40, ["Tabell", "1"], bold=True)
    for k in range(8):
        table += row(60 + 12 * k, 40, [f"Tiltak{k}"]) + row(60 + 12 * k, 200, [f"Ansvar{k}"]) + row(60 + 12 * k, 350, [f"2.{k}"])
    assert len(in_columns(table, 2.5, dividers=Dividers([(190.0, 55.0, 260.0), (340.0, 55.0, 260.0)]))) == 1


def test_a_heading_across_the_page_between_two_stretches_of_a_rule_stays_whole_between_them():
    words = []
    for part, base in enumerate((60, 260)):
        for k in range(7):
            words += row(base + 12 * k, 40, [f"L{part}{k}", *PROSE[:4]]) + row(base + 12 * k, 300, [f"R{part}{k}", *PROSE[:4]])
    words += row(200, 40, ["Overskrift", "over", "begge", "spaltene", "som", "går", "tvers", "over", "siden"], bold=True)
    groups = in_columns(words, 2.5, dividers=Dividers([(290.0, 55.0, 150.0), (290.0, 255.0, 350.0)]))
    assert [[w.text for w in g][0] for g, _ in groups] == ["L00", "R00", "Overskrift", "L10", "R10"]
    assert len(groups[2][0]) == 9


def test_margin_notes_level_with_each_name_are_read_after_the_name_and_its_text():
    """Facts in the margin (no bold), each note level with a bold name in the text column: name and
    text first, then the note; a page's introduction over both is read before them."""
    words, top = row(30, 200, ["Innledning", *PROSE]), 60
    for k in range(3):
        words += row(top, 200, [f"Navn{k}", "for", "voksne"], bold=True)
        words += row(top + 3, 40, ["Delmål", f"1.{k + 1}"]) + row(top + 14, 40, ["Prosjekt"])
        words += row(top + 14, 200, [f"t{k}a", *PROSE]) + row(top + 26, 200, [f"t{k}b", *PROSE])
        words += row(top + 38, 200, [f"t{k}c", *PROSE[:3]])
        top += 60
    groups = in_columns(words, 2.5)
    assert [[w.text for w in g][0] for g, _ in groups] == ["Innledning", "Navn0", "Delmål", "Navn1", "Delmål",
                                                           "Navn2", "Delmål"]
    assert [len(g) for g, _ in groups[1:3]] == [3 + 8 + 8 + 4, 3]


def test_margin_notes_beside_a_name_run_in_before_its_text_and_a_name_right_under_a_heading():
    """The name in bold opens a line of the text ("Navn0 for voksne. Kurset gir …"), the note's lines
    set between the text's (the margin in smaller type), and a bold heading right over the first name."""
    words = row(40, 200, ["Digitalisering"], bold=True)
    top = 60
    for k in range(3):
        name = row(top, 200, [f"Navn{k}", "for", "voksne."], bold=True)
        words += name + row(top, name[-1].x1 + 3, ["Kurset", "gir"])
        words += row(top, 40, ["Delmål", f"1.{k + 1}"]) + row(top + 9, 40, ["Prosjekt"]) + row(top + 19, 40, ["2024"])
        words += row(top + 14, 200, [f"t{k}a", *PROSE]) + row(top + 28, 200, [f"t{k}b", *PROSE[:3]])
        top += 60
    groups = in_columns(words, 2.5)
    assert [[w.text for w in g][0] for g, _ in groups] == ["Digitalisering", "Navn0", "Delmål", "Navn1", "Delmål",
                                                           "Navn2", "Delmål"]
    assert [w.text for w in groups[2][0]] == ["Delmål", "1.1", "Prosjekt", "2024"]


def test_a_bold_word_opening_a_line_of_text_is_no_name_unless_a_note_stands_beside_it():
    words = []
    top = 60
    for k in range(3):
        name = row(top, 200, [f"Navn{k}", "for", "voksne."], bold=True)
        words += name + row(top, name[-1].x1 + 3, ["Kurset", "gir"])
        words += row(top, 40, ["Delmål", f"1.{k + 1}"]) + row(top + 9, 40, ["Prosjekt"])
        words += row(top + 14, 200, [f"t{k}a", *PROSE])
        emphasis = row(top + 28, 200, ["Viktig:"], bold=True)  # a bold word after a plain line
        words += emphasis + row(top + 28, emphasis[-1].x1 + 3, [f"t{k}b", *PROSE])
        words += row(top + 42, 200, [f"t{k}c", *PROSE[:3]])
        top += 70
    groups = in_columns(words, 2.5)
    assert [[w.text for w in g][0] for g, _ in groups] == ["Navn0", "Delmål", "Navn1", "Delmål", "Navn2", "Delmål"]


def test_two_tables_side_by_side_beside_a_rule_are_read_one_after_the_other():
    """Two tables on one wide page, a rule between them, their rows not level with each other: the
    left table, then the right one (not their rows shuffled together)."""
    words = []
    for k in range(7):
        words += row(60 + 20 * k, 40, [f"L{k}", "Kurs", "1.1", "Virke"]) + row(68 + 20 * k, 320, [f"R{k}", "FoU", "2.2", "NHO"])
    groups = in_columns(words, 2.5, dividers=Dividers([(300.0, 50.0, 220.0)]))
    firsts = [w.text for g, _ in groups for w in g if w.text[:1] in "LR" and w.text[1:].isdigit()]
    assert firsts == [f"L{k}" for k in range(7)] + [f"R{k}" for k in range(7)]


def test_a_timelines_cards_taking_turns_beside_a_rule_are_read_across_in_their_order():
    """A time line down the middle, a card left, then one right, in turn: read down the page."""
    words, top = [], 60
    for k in range(4):
        x = 40 if k % 2 == 0 else 320
        for j in range(6):
            words += row(top + 12 * j, x, [f"C{k}x{j}", "tekst", "om", "tiltaket"])
        top += 90
    groups = in_columns(words, 2.5, dividers=Dividers([(300.0, 50.0, 420.0)]))
    order = [w.text for g, _ in groups for w in g if w.text.startswith("C") and w.text.endswith("x0")]
    assert order == ["C0x0", "C1x0", "C2x0", "C3x0"]


def test_a_narrow_box_of_a_few_words_beside_a_name_is_read_whole_before_it():
    """ "NKPS / nr. / 1" in a grey box left of the measure's name and facts: the box's words first, as
    a group of their own, then the text beside them (not "NKPS Deltakelse …", "nr.", "1 Type …")."""
    words = row(30, 40, ["Innledning", *PROSE])
    box = row(62, 45, ["NKPS"]) + row(74, 48, ["nr."]) + row(86, 52, ["1"])
    words += box + row(62, 100, ["Deltakelse", "i", "KBU"], bold=True) + row(74, 100, ["Type:", "Råd"])
    words += row(86, 100, ["Ansvarlig:", "LO"]) + row(98, 100, ["Tekst", *PROSE])
    groups = in_columns(words, 2.5, dividers=Dividers(tags=[(42.0, 58.0, 90.0, 110.0)]))
    assert [[w.text for w in g] for g, _ in groups][:2] == [["Innledning", *PROSE], ["NKPS", "nr.", "1"]]
    assert [w.text for w in groups[2][0]][:3] == ["Deltakelse", "i", "KBU"]
    # a box with nothing beside it (a page number framed) is read in its place
    alone = words + row(200, 40, ["Side", "2"])
    assert len(in_columns(alone, 2.5, dividers=Dividers(tags=[(38.0, 196.0, 80.0, 212.0)]))) == 1
    # a box holding a sentence is no label
    boxed = row(30, 40, ["Innledning", *PROSE]) + row(62, 45, ["Kurs", "for", "ansatte", "i", "helse", "og", "omsorg"])
    boxed += row(62, 300, ["Deltakelse", "i", "KBU"], bold=True)
    assert len(in_columns(boxed, 2.5, dividers=Dividers(tags=[(42.0, 58.0, 260.0, 80.0)]))) == 1


def test_a_column_of_facts_right_of_each_name_and_its_text_is_read_after_them():
    """Each measure's facts in a narrow column right of its text, the first level with the name in
    bold: the name and text, then the facts, a measure at a time."""
    words, top = [], 60
    for k in range(3):
        words += row(top, 40, [f"Navn{k}", "for", "voksne"], bold=True) + row(top, 440, ["Delmål", f"1.{k + 1}"])
        words += row(top + 12, 40, [f"t{k}a", *PROSE]) + row(top + 11, 455, ["Prosjekt"])
        words += row(top + 24, 40, [f"t{k}b", *PROSE]) + row(top + 22, 470, ["2024"])
        words += row(top + 36, 40, [f"t{k}c", *PROSE[:3]])
        top += 70
    groups = in_columns(words, 2.5)
    assert [[w.text for w in g][0] for g, _ in groups] == ["Navn0", "Delmål", "Navn1", "Delmål", "Navn2", "Delmål"]
    assert [w.text for w in groups[1][0]] == ["Delmål", "1.1", "Prosjekt", "2024"]


def test_a_page_number_in_a_box_beside_the_footer_leaves_the_columns_as_they_are():
    words = row(40, 40, ["Unios", "rapport", "2018"])
    for k in range(8):
        words += row(60 + 12 * k, 40, [f"v{k}", *PROSE[:5]]) + row(60 + 12 * k, 300, [f"h{k}", *PROSE[:5]])
    words += row(200, 40, ["Årsrapport", "2022"]) + row(200, 505, ["12"])
    plain = in_columns(words, 2.5)
    assert [[w.text for w in g] for g, _ in in_columns(words, 2.5, dividers=Dividers(tags=[(500.0, 196.0, 522.0, 212.0)]))] \
        == [[w.text for w in g] for g, _ in plain]
