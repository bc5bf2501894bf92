"""Forms of ordinary reports first met in blind batches match33–35, each in a test's own words."""

import docx


def _table(document, rows):
    """A table; a cell's lines each a paragraph of its own (as Enter makes them)."""
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            first, *more = text.split("\n")
            table.cell(r, c).text = first
            for line in more:
                table.cell(r, c).add_paragraph(line)
    return table


def _read(path):
    from tiltak.extract.file import extract_file

    return [(m.title, m.goal_text) for m in extract_file(path).measures]


_MEASURES = [["Nr.", "Tiltak", "Ansvarlig", "Type"],
             ["T1", "Bransjeprogram for varehandelen", "Virke", "Kurs"],
             ["T2", "Kompetansebarometer for handel", "Virke", "FoU"],
             ["T3", "Lederutvikling i små bedrifter", "Virke", "Kurs"]]


def test_delmal_marked_in_a_second_grid_of_ids_by_codes_are_the_measures(tmp_path):
    """A workbook printed to Word: the measures on one sheet with their ids, the delmål on another as a
    grid of ids by codes with a cross in each cell that applies (any order of rows; a measure in no
    row keeps none)."""
    document = docx.Document()
    document.add_paragraph("Virke – rapportering 2022, ark 1: Tiltak")
    _table(document, _MEASURES)
    document.add_paragraph("Ark 2: Kobling til delmål")
    _table(document, [["Nr.", "1.1", "1.2", "2.1", "2.2", "3.1"],
                      ["T3", "", "X", "", "", "x"],
                      ["T1", "", "", "✓", "", ""]])
    document.save(tmp_path / "virke.docx")
    assert _read(tmp_path / "virke.docx") == [("Bransjeprogram for varehandelen", "2.1"),
                                              ("Kompetansebarometer for handel", None),
                                              ("Lederutvikling i små bedrifter", "1.2, 3.1")]


def test_a_grid_of_codes_by_names_the_other_way_round_and_grids_of_other_keys(tmp_path):
    """The grid turned: codes down the side, the measures' names across the top. A grid whose keys are
    not the measures' (counties by codes), or that names only one of them, gives no delmål; a measure
    that gives its own keeps it."""
    document = docx.Document()
    measures = [row[:] for row in _MEASURES]
    measures[0].append("Delmål")
    measures[1].append("1.3")
    for row in measures[2:]:
        row.append("")
    _table(document, measures)
    _table(document, [["Delmål", "Bransjeprogram for varehandelen", "Kompetansebarometer for handel"],
                      ["2.2", "x", "x"], ["2.4", "", "x"], ["3.3", "x", ""]])
    _table(document, [["Fylke", "1.1", "1.2", "1.3"], ["T3", "x", "", ""], ["Agder", "", "x", ""]])
    document.save(tmp_path / "turned.docx")
    assert _read(tmp_path / "turned.docx") == [("Bransjeprogram for varehandelen", "1.3"),
                                               ("Kompetansebarometer for handel", "2.2, 2.4"),
                                               ("Lederutvikling i små bedrifter", None)]


def test_a_grid_marks_only_with_a_cross_or_yes_and_keys_two_measures_share_join_none(tmp_path):
    """"Ja" is a mark, "nei" and "–" are not; an id two measures share (each list numbered from 1)
    names neither."""
    document = docx.Document()
    _table(document, [["Nr", "Tiltak", "Ansvarlig"], ["1", "Kurs i arbeidsrett for tillitsvalgte", "LO"],
                      ["2", "Konferanse om etter- og videreutdanning", "LO"]])
    _table(document, [["Nr", "Tiltak", "Ansvarlig"], ["1", "Nettverk for opplæringsansvarlige", "LO"],
                      ["3", "Studie om kompetansebehov i industrien", "LO"]])
    _table(document, [["Nr", "2.1", "2.2", "2.3"], ["1", "ja", "ja", ""], ["2", "Ja", "nei", ""], ["3", "–", "ja", ""]])
    document.save(tmp_path / "lo.docx")
    assert _read(tmp_path / "lo.docx") == [("Kurs i arbeidsrett for tillitsvalgte", None),
                                           ("Konferanse om etter- og videreutdanning", "2.1"),
                                           ("Nettverk for opplæringsansvarlige", None),
                                           ("Studie om kompetansebehov i industrien", "2.2")]


def test_a_delmal_added_at_the_end_of_a_fact_and_a_table_counting_the_measures(tmp_path):
    """Under a delmål's heading, a fact line that ends "; også delmål 2.4" (or "(også dm. 3.1)") adds
    that delmål and leaves the fact without it; a table that counts the measures by type, under its
    caption, is no measure."""
    from tiltak.extract.file import extract_file

    document = docx.Document()
    document.add_heading("Rapport fra Unio 2022", 0)
    document.add_paragraph("Tabell 1 Tiltak etter type")
    _table(document, [["Type", "Antall"], ["Kurs", "1"], ["Nettverk", "1"], ["Sum", "2"]])
    document.add_heading("Innsatsområde 2: Læring i arbeidslivet", 1)
    document.add_heading("Delmål 2.2 Styrke kunnskapsgrunnlaget", 2)
    document.add_paragraph("Kartlegging av kompetansebehov i helsesektoren")
    document.add_paragraph("Type tiltak: FoU; ansvarlig: Unio; tidsrom: 2022–2023; også delmål 1.1")
    document.add_paragraph("Unio kartlegger hvilke kompetansebehov medlemmene har i sykehusene.")
    document.add_heading("Delmål 2.4 Styrke kompetansen i offentlig sektor", 2)
    document.add_paragraph("Nettverk for tillitsvalgte i kommunene")
    document.add_paragraph("Type tiltak: Nettverk; ansvarlig: Unio kommune (også dm. 3.1); tidsrom: 2022–")
    document.add_paragraph("Nettverket møtes fire ganger i året om etter- og videreutdanning.")
    document.save(tmp_path / "unio.docx")
    got = [(m.title, m.goal_text, m.responsible_text, m.period_text) for m in extract_file(tmp_path / "unio.docx").measures]
    assert got == [("Kartlegging av kompetansebehov i helsesektoren", "Delmål 2.2; også delmål 1.1", "Unio", "2022–2023"),
                   ("Nettverk for tillitsvalgte i kommunene", "Delmål 2.4; også dm. 3.1", "Unio kommune", "2022–")]


def test_goal_at_end_and_count_tables_by_their_words():
    from tiltak.extract.content import goal_at_end
    from tiltak.extract.layouts.segments import is_count_table
    from tiltak.extract.model import Cell, Table

    assert goal_at_end("2019–, også delmål 2.3 og 2.4.") == ("2019–", "også delmål 2.3 og 2.4")
    assert goal_at_end("KS – òg delmål 1,2") == ("KS", "òg delmål 1,2")
    assert goal_at_end("Delmål 2.4") is None  # the goal itself, not added to another fact
    assert goal_at_end("samarbeid om delmål 2.4") is None  # no word that adds it
    assert goal_at_end("også delmål 2.4 i 2021, med KS") is None  # not at the end

    def table(rows):
        cells = [Cell(text=t, row=r, col=c) for r, row in enumerate(rows) for c, t in enumerate(row)]
        return Table(cells=cells, n_rows=len(rows), n_cols=len(rows[0]))

    assert is_count_table(table([["Delmål", "Antall tiltak"], ["1.1", "2"], ["Område 2", "5"]]))
    assert is_count_table(table([["Type", "2021"], ["Kurs", "3"], ["FoU", "1"], ["Totalt", "4"]]))
    # no head of counts and no sum row: a form's numbers ("Deltakere | 40")
    assert not is_count_table(table([["Tiltak", "Kurs for ledere"], ["Deltakere", "40"], ["Kurs", "3"]]))
    assert not is_count_table(table([["Type", "Antall"], ["Kurs", "3"], ["FoU", "mange"]]))  # a row with no count
    assert not is_count_table(table([["Type", "Antall"], ["Kurs", "3"]]))  # one row under the head


def test_a_form_filled_in_for_two_measures_as_a_and_b_is_two(tmp_path):
    """The secretariat's form, one per measure, filled in once for two: "a) Name" and "b) Name" in the
    name's answer, each other answer in the same letters or shared. A name whose lines are a
    sentence's list stays one measure."""
    from tiltak.extract.file import extract_file

    document = docx.Document()
    document.add_paragraph("Rapporteringsskjema – NKPS 2021. Fyll ut ett skjema per tiltak.")
    for name, goal, kind, who, when in [
            ("Karriereveiledning for ansatte", "1.3", "Tjeneste", "Spekter", "2021"),
            ("a) Lederprogram i sykehusene\nb) Kompetanseplan for helsefagarbeidere", "a) 2.4\nb) 2.1, 2.4",
             "Kurs", "a) Spekter\nb) Spekter og Fagforbundet", "2021–2023"),
            ("Kartlegging av behov,\nb) kurs og oppfølging", "2.2", "Prosjekt", "Spekter", "2022")]:
        _table(document, [["Navn på tiltaket", name], ["Delmål", goal], ["Type", kind], ["Ansvarlig", who],
                          ["Periode", when]])
        document.add_paragraph("")
    table = document.add_table(rows=3, cols=2)  # lines broken in their paragraph (Shift+Enter)
    for r, (label, text) in enumerate([("Navn på tiltaket", "a) Nettverk for tillitsvalgte\nb) Lederkurs i kommunene"),
                                       ("Delmål", "a) 1.4\nb) 2.4"), ("Ansvarlig", "Spekter")]):
        table.cell(r, 0).text, table.cell(r, 1).text = label, text
    document.save(tmp_path / "spekter.docx")
    got = [(m.title, m.goal_text, m.type_text, m.responsible_text, m.period_text)
           for m in extract_file(tmp_path / "spekter.docx").measures]
    assert got[4:] == [("Nettverk for tillitsvalgte", "1.4", None, "Spekter", None),
                       ("Lederkurs i kommunene", "2.4", None, "Spekter", None)]
    assert got[:4] == [("Karriereveiledning for ansatte", "1.3", "Tjeneste", "Spekter", "2021"),
                   ("Lederprogram i sykehusene", "2.4", "Kurs", "Spekter", "2021–2023"),
                   ("Kompetanseplan for helsefagarbeidere", "2.1, 2.4", "Kurs", "Spekter og Fagforbundet", "2021–2023"),
                   ("Kartlegging av behov,\nb) kurs og oppfølging", "2.2", "Prosjekt", "Spekter", "2022")]


def test_a_note_under_the_table_adds_a_delmal_to_the_row_its_mark_stands_on(tmp_path):
    """"1.4¹" in a row's delmål and "¹ Tiltaket bidrar også til delmål 2.3." under the table: both
    delmål are the row's, the mark no part of them. A mark on a name is no delmål's; a mark with no
    note adds none."""
    from tiltak.extract.file import extract_file

    document = docx.Document()
    document.add_paragraph("KS – rapportering 2025")
    _table(document, [["Tiltak", "Delmål", "Ansvarlig"],
                      ["Samfunnskontrakten for flere læreplasser", "1.4¹", "KD"],
                      ["Menn i helse²", "3.3", "KS"],
                      ["Heltidskultur i kommunene", "2.2*", "KS"],
                      ["KS Læring", "2.1³", "KS"]])
    document.add_paragraph("¹ Tiltaket bidrar også til delmål 2.3.")
    document.add_paragraph("² Gjelder også delmål 3.5.")
    document.add_paragraph("* Delmål 2.4 omtales i kapittel 3.")
    document.save(tmp_path / "ks.docx")
    got = [(m.title, m.goal_text) for m in extract_file(tmp_path / "ks.docx").measures]
    assert got == [("Samfunnskontrakten for flere læreplasser", "1.4; delmål 2.3"), ("Menn i helse", "3.3"),
                   ("Heltidskultur i kommunene", "2.2; Delmål 2.4"), ("KS Læring", "2.1³")]
