"""The row-table parser on small tables built straight in the document model."""

from tiltak.extract.layouts import best_layout
from tiltak.extract.layouts.row_table import RowTable
from tiltak.extract.model import Cell, Document, Paragraph, Table

HEADER = ["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Antall totalt"]


def table(rows, page=None, columns=None, merges=(), ruled=True):
    """rows: lists of cell texts; merges: (row, col, row_span) for vertically merged cells."""
    covered = {(r + k, c) for r, c, span in merges for k in range(1, span)}
    spans = {(r, c): span for r, c, span in merges}
    cells = [Cell(text, r, c, row_span=spans.get((r, c), 1), page=page)
             for r, row in enumerate(rows) for c, text in enumerate(row) if (r, c) not in covered]
    return Table(cells=cells, n_rows=len(rows), n_cols=len(rows[0]), page=page, page_end=page, ruled=ruled, columns=columns)


def parse(*blocks, fmt="pdf"):
    doc = Document(path="t", format=fmt, blocks=list(blocks))
    layout, fit = best_layout(doc)
    assert layout is not None and layout.name == "row_table"
    return layout.parse(doc)


def test_columns_are_mapped_by_label_in_any_order_and_unknown_ones_kept_apart():
    t = table([["Navn på tiltak", "Kommentar", "Hovedansvarlig", "Relasjon til delmål", "Type"],
               ["Rapport om fagarbeidere", "intern", "NHO", "2.2", "FoU"]])
    m = parse(t).measures[0]
    assert (m.title, m.responsible_text, m.goal_text, m.type_text) == ("Rapport om fagarbeidere", "NHO", "2.2", "FoU")
    assert m.extra == {"Kommentar": "intern"} and "intern" not in m.model_dump_json().replace('"intern"', "")


def test_merged_delmal_and_count_cells_carry_to_every_row_and_check_themselves():
    t = table([HEADER,
               ["1.2 Styrke regionalt folkevalgt nivås …", "A", "FoU", "KD", "", "2"],
               ["", "B", "Prosjekt", "KS", "", ""],
               ["1.3 Sørge for tilgang til karriereveiledning", "C", "FoU", "KD", "", "1"]],
              merges=[(1, 0, 2), (1, 5, 2)])
    result = parse(t, Paragraph("Totalt antall tiltak 3"))
    assert [m.goal_text[:3] for m in result.measures] == ["1.2", "1.2", "1.3"]
    assert "Styrke" not in " ".join(m.title for m in result.measures)
    assert [(c.check, c.ok) for c in result.self_checks] == [
        ("Antall totalt, delmål 1.2", True), ("Antall totalt, delmål 1.3", True), ("Totalt antall tiltak", True)]


def test_a_table_over_pages_with_a_split_row_and_no_repeated_header():
    cols = [50.0, 150.0, 300.0, 380.0, 450.0, 530.0, 560.0]
    first = table([HEADER, ["2.2 Styrke kunnskapsgrunnlaget", "Utreder om fylkeskommunene skal få et", "FoU", "Regjeringen",
                            "Fylkes-", "2"]], page=1, columns=cols, merges=[])
    second = table([["", "utvidet ansvar", "", "", "kommunene", ""],
                    ["", "Forstudie om avkastning", "FoU", "Regjeringen", "KD, NIFU", ""]],
                   page=2, columns=cols, merges=[(0, 0, 2), (0, 5, 2)])
    result = parse(first, second)
    titles = [m.title for m in result.measures]
    assert titles == ["Utreder om fylkeskommunene skal få et utvidet ansvar", "Forstudie om avkastning"]
    assert result.measures[0].partners_text == "Fylkeskommunene"
    assert result.measures[1].goal_text.startswith("2.2")
    assert result.measures[0].provenance.page == 1 and result.measures[0].provenance.page_end == 2
    assert all(c.ok for c in result.self_checks)


def test_a_repeated_header_on_the_next_page_is_not_a_measure():
    cols = [0.0, 100.0, 200.0, 300.0, 400.0, 500.0, 550.0]
    p1 = table([HEADER, ["3.1 Gi fleksibel opplæring", "Forsøk med FVO", "Kurs/utdanning", "Regjeringen", "KD", "2"]],
               page=1, columns=cols)
    p2 = table([HEADER, ["", "Deltakelse på arrangementer", "Informasjon", "LO", "NAV", ""]], page=2, columns=cols,
               merges=[(1, 0, 1)])
    result = parse(p1, p2)
    assert [m.title for m in result.measures] == ["Forsøk med FVO", "Deltakelse på arrangementer"]
    assert result.measures[1].goal_text.startswith("3.1")


def test_separate_tables_with_text_between_are_not_joined():
    a = table([HEADER[:5], ["1.1", "KBU", "Råd", "Regjeringen", ""]], page=1)
    b = table([["1.2", "lower case start", "FoU", "KS", ""]], page=2)
    result = parse(a, Paragraph("Hovedinnsatsområde 2"), b)
    assert [m.title for m in result.measures] == ["KBU"]


def test_a_mismatch_with_the_printed_total_is_reported():
    t = table([HEADER, ["1.4 Videreutvikle", "A", "FoU", "KD", "", "3"], ["", "B", "FoU", "KD", "", ""]],
              merges=[(1, 0, 2), (1, 5, 2)])
    result = parse(t, Paragraph("Totalt antall tiltak 129"))
    failed = [(c.check, c.printed, c.parsed) for c in result.self_checks if not c.ok]
    assert failed == [("Antall totalt, delmål 1.4", 3, 2), ("Totalt antall tiltak", 129, 2)]


def test_columns_found_by_what_they_hold():
    """No header names the measure or the goal: the words column is the name, the old numbers are the goal."""
    t = table([["Nr.", "Innsats", "Tiltak i strategien", "Type", "Ansvarlig"],
               ["1.", "Kurs for tillitsvalgte om kompetanse", "6", "Kurs", "YS"],
               ["2.", "Kartlegging av kompetansebehov i bransjene", "5 og 6", "FoU", "YS"]])
    ms = parse(t).measures
    assert [(m.title, m.goal_text, m.goal_numbering) for m in ms] == [
        ("Kurs for tillitsvalgte om kompetanse", "6", "old"), ("Kartlegging av kompetansebehov i bransjene", "5 og 6", "old")]


def test_a_column_of_old_numbers_with_their_word_is_the_goal():
    """"Tiltak 1", "Tiltak 4 og 7" under "Tiltak i strategien" beside the "Tiltak" column of names."""
    t = table([["Nr.", "Tiltak", "Tiltak i strategien", "Ansvar og samarbeid", "Beskrivelse"],
               ["1.", "Deltakelse i Kompetansebehovsutvalget", "Tiltak 1", "LO", "LO deltar i utvalget."],
               ["2.", "Oppfølging av samfunnskontrakten", "Tiltak 4 og 7", "LO", "LO følger opp kontrakten."],
               ["3.", "Kurs for tillitsvalgte", "tiltak nr. 6", "LO", "Kurset gir tillitsvalgte kunnskap."]])
    ms = parse(t).measures
    assert [(m.title, m.goal_text) for m in ms] == [("Deltakelse i Kompetansebehovsutvalget", "Tiltak 1"),
                                                    ("Oppfølging av samfunnskontrakten", "Tiltak 4 og 7"),
                                                    ("Kurs for tillitsvalgte", "tiltak nr. 6")]


def test_group_rows_and_columns_holding_two_fields():
    t = table([["Tiltak og beskrivelse", "Ansvar og samarbeid", "Type / tidsrom"],
               ["Delmål 1.3 – Karriereveiledning", "", ""],
               ["Karriere Innlandet", "Ansvarlig: Innlandet fylkeskommune\nSamarbeid: NAV", "Informasjon\nLøpende"],
               ["Delmål 2.2 – Kunnskapsgrunnlaget", "", ""],
               ["Monitor for kompetanse", "Ansvarlig: KS", "FoU\nPublisert 2019"]])
    t.cells = [c for c in t.cells if not (c.row in (1, 3) and c.col > 0)]
    for c in t.cells:
        if c.row in (1, 3):
            c.col_span = 3
    ms = parse(t, fmt="docx").measures
    assert [(m.title, m.goal_text, m.responsible_text, m.partners_text, m.type_text, m.period_text) for m in ms] == [
        ("Karriere Innlandet", "Delmål 1.3 – Karriereveiledning", "Innlandet fylkeskommune", "NAV", "Informasjon", "Løpende"),
        ("Monitor for kompetanse", "Delmål 2.2 – Kunnskapsgrunnlaget", "KS", None, "FoU", "Publisert 2019")]


def test_a_goal_column_of_further_delmal_adds_to_the_group_rows_delmal():
    def grouped(goal_header):
        t = table([["Tiltak", goal_header, "Type", "Ansvarlig"],
                   ["Delmål 2.1 – Digital kompetanse", "", "", ""],
                   ["Kurs i KI for ansatte", "2.2", "Kurs", "Spekter"],
                   ["Nettverk for digitalisering", "", "Nettverk", "Spekter"]])
        t.cells = [c for c in t.cells if not (c.row == 1 and c.col > 0)]
        for c in t.cells:
            if c.row == 1:
                c.col_span = 4
        return [(m.title, m.goal_text) for m in parse(t, fmt="docx").measures]

    assert grouped("Bidrar også til delmål") == [("Kurs i KI for ansatte", "Delmål 2.1 – Digital kompetanse; 2.2"),
                                                 ("Nettverk for digitalisering", "Delmål 2.1 – Digital kompetanse")]
    assert grouped("Delmål") == [("Kurs i KI for ansatte", "2.2"),
                                 ("Nettverk for digitalisering", "Delmål 2.1 – Digital kompetanse")]


def test_a_measure_over_two_rows_its_text_and_labelled_sentences_below_its_fields():
    t = table([["Nr.", "Tiltak", "Delmål", "Type", "Periode"],
               ["1", "Lærlingløftet", "2.3", "Prosjekt", "2025"],
               ["", "Kampanje for flere læreplasser i kommunene. Ansvar: Agder fylkeskommune. Samarbeid: KS, NAV.",
                "", "", ""],
               ["2", "Karriere Agder", "1.3", "Informasjon", "Løpende"],
               ["", "Gratis veiledning for voksne.", "", "", ""]], merges=[(1, 0, 2), (3, 0, 2)])
    for c in t.cells:
        if c.row in (2, 4) and c.col == 1:
            c.col_span = 4
    t.cells = [c for c in t.cells if not (c.row in (2, 4) and c.col > 1)]
    ms = parse(t, fmt="docx").measures
    assert [(m.title, m.goal_text, m.description, m.responsible_text, m.partners_text) for m in ms] == [
        ("Lærlingløftet", "2.3", "Kampanje for flere læreplasser i kommunene.", "Agder fylkeskommune", "KS, NAV"),
        ("Karriere Agder", "1.3", "Gratis veiledning for voksne.", None, None)]


def test_a_second_row_across_only_two_columns_is_the_measures_text():
    t = table([["Nr.", "Tiltak", "Delmål", "Ansvarlig"],
               ["1", "Kompetanseforum Agder", "1.2", "Agder fylkeskommune"],
               ["", "Forumet møtes fire ganger i året.", "", "Agder fylkeskommune"]], merges=[(1, 0, 2), (1, 3, 2)])
    for c in t.cells:
        if c.row == 2 and c.col == 1:
            c.col_span = 2
    t.cells = [c for c in t.cells if not (c.row == 2 and c.col == 2)]
    ms = parse(t, fmt="docx").measures
    assert [(m.title, m.description) for m in ms] == [("Kompetanseforum Agder", "Forumet møtes fire ganger i året.")]


def test_delmal_ticked_in_a_grid_and_the_details_in_an_appendix():
    """Columns 1.1 … 3.6 under a merged "Hovedinnsatsområde" row, an X under each delmål a measure
    serves; the measures' text and who runs them in an appendix of headings and labelled lines."""
    from tiltak.extract.layouts import best_layout, with_details

    codes = ["1.1", "1.2", "2.1", "2.2"]
    rows = [["Tiltak", "Hovedinnsatsområde 1", "", "Hovedinnsatsområde 2", "", "Type"],
            ["", *codes, ""],
            ["Karriereveiledning på nett", "", "X", "", "", "Informasjon"],
            ["Kurs i digital kompetanse", "", "", "x", "X", "Kurs"]]
    t = table(rows)
    t.cells = [c for c in t.cells if not (c.row == 0 and c.col in (2, 4)) and not (c.row == 1 and c.col in (0, 5))]
    for c in t.cells:
        if c.row == 0 and c.col in (1, 3):
            c.col_span = 2
        if c.row == 0 and c.col in (0, 5):
            c.row_span = 2
    appendix = [Paragraph("Vedlegg: Beskrivelse av tiltakene", bold=True),
                Paragraph("Karriereveiledning på nett", bold=True), Paragraph("Chat og telefon for voksne."),
                Paragraph("Ansvarlig: HK-dir"), Paragraph("Periode: Løpende"),
                Paragraph("Kurs i digital kompetanse", bold=True), Paragraph("Korte kurs for ansatte i kommunene."),
                Paragraph("Ansvarlig: KS"), Paragraph("Periode: 2025")]
    doc = Document(path="t", format="docx", blocks=[Paragraph("Rapport 2025", bold=True), t, *appendix])
    layout, _ = best_layout(doc)
    assert layout.name == "row_table"
    ms = with_details(doc, layout, layout.parse(doc)).measures
    assert [(m.title, m.goal_text, m.type_text, m.responsible_text, m.period_text, m.description) for m in ms] == [
        ("Karriereveiledning på nett", "1.2", "Informasjon", "HK-dir", "Løpende", "Chat og telefon for voksne."),
        ("Kurs i digital kompetanse", "2.1, 2.2", "Kurs", "KS", "2025", "Korte kurs for ansatte i kommunene.")]


def test_a_header_of_two_rows_with_group_labels_over_the_fields():
    """ "Tiltak" over "Navn | Delmål", "Organisering" over "Ansvarlig | Samarbeidspartnere"; Type and
    Periode span both header rows."""
    cells = [Cell("Tiltak", 0, 0, col_span=2), Cell("Type tiltak", 0, 2, row_span=2),
             Cell("Organisering", 0, 3, col_span=2), Cell("Periode", 0, 5, row_span=2),
             Cell("Navn", 1, 0), Cell("Delmål", 1, 1), Cell("Ansvarlig", 1, 3), Cell("Samarbeidspartnere", 1, 4)]
    rows = [["Kompetansebehovsutvalget", "1.1", "Råd/utvalg/nettverk", "KD", "ASD, NFD", "2017–2021"],
            ["Modulforsøket", "3.1", "Prosjekt", "KD", "Udir", "2017–2020"]]
    cells += [Cell(text, 2 + r, c) for r, row in enumerate(rows) for c, text in enumerate(row)]
    result = parse(Table(cells=cells, n_rows=4, n_cols=6))
    got = [(m.title, m.goal_text, m.type_text, m.responsible_text, m.partners_text, m.period_text)
           for m in result.measures]
    assert got == [("Kompetansebehovsutvalget", "1.1", "Råd/utvalg/nettverk", "KD", "ASD, NFD", "2017–2021"),
                   ("Modulforsøket", "3.1", "Prosjekt", "KD", "Udir", "2017–2020")]


def test_a_total_row_is_a_self_check_and_a_note_below_the_table_no_measure():
    t = table([["Nr.", "Tiltak", "Delmål", "Type tiltak", "Ansvarlig"],
               ["1.", "Kompetanseforum", "1.2", "Råd/utvalg/nettverk", "KS"],
               ["2.", "Fagbrev på jobb", "3.1", "Prosjekt", "KS"],
               ["Sum tiltak", "2", "", "", ""],
               ["Kontaktperson: rådgiver i KS, tlf. 24 13 26 00", "", "", "", ""]])
    result = parse(t)
    assert [m.title for m in result.measures] == ["Kompetanseforum", "Fagbrev på jobb"]
    assert [(c.check, c.printed, c.parsed) for c in result.self_checks] == [("Sum tiltak", 2, 2)]


def test_a_legend_below_a_table_without_rules_inherits_no_delmal_and_is_no_measure():
    """Without rules, an empty delmål cell continues the group above; a legend line under the
    table has none of its own and stays a note."""
    t = table([["Tiltak", "Delmål", "Ansvar", "Status"],
               ["Karriere Nordland", "1.3", "Nordland fylkeskommune", "Grønn"],
               ["Fagbrev for voksne", "3.1", "Nordland fylkeskommune", "Gul"],
               ["Fargekoder:", "", "", ""]], ruled=False)
    assert [(m.title, m.goal_text) for m in parse(t).measures] == [("Karriere Nordland", "1.3"),
                                                                   ("Fagbrev for voksne", "3.1")]
    # a last measure with only its name, under the delmål of the row above, is no note
    t = table([["Delmål", "Tiltak", "Ansvar", "Status"],
               ["1.3", "Karriere Nordland", "Nordland fylkeskommune", "Grønn"],
               ["1.2", "Kompetanseforum Nordland", "Nordland fylkeskommune", "Gul"],
               ["", "Karrieresenter i Bodø", "", ""]], ruled=False)
    assert [(m.title, m.goal_text) for m in parse(t).measures][-1] == ("Karrieresenter i Bodø", "1.2")
    t = table([["Delmål", "Tiltak", "Ansvar", "Status"],
               ["1.3", "Karriere Nordland", "Nordland fylkeskommune", "Grønn"],
               ["1.2", "Kompetanseforum Nordland", "Nordland fylkeskommune", "Gul"],
               ["", "Kilde: Nordland fylkeskommune, årsrapport 2018", "", ""]], ruled=False)
    assert [m.title for m in parse(t).measures] == ["Karriere Nordland", "Kompetanseforum Nordland"]


def test_a_budgets_sum_row_is_no_measure():
    t = table([["Tiltak", "Delmål", "Ansvar", "Bevilgning 2023 (mill. kr)"],
               ["Bransjeprogrammene", "2.1, 2.4", "KD", "248,0"], ["Fleksible videreutdanningstilbud", "2.1", "KD", "62,3"],
               ["Sum", "", "", "310,3"]])
    assert [m.title for m in parse(t).measures] == ["Bransjeprogrammene", "Fleksible videreutdanningstilbud"]


def test_a_column_that_numbers_the_rows_is_not_the_goal_column():
    """1, 2, 3 down a column count the rows; the old numbers beside it ("5 og 6") are the goal."""
    t = table([["Løpenr", "Innsats", "Tiltak i strategien", "Type", "Ansvarlig"],
               ["1", "Kurs for tillitsvalgte om kompetanse", "6", "Kurs", "YS"],
               ["2", "Kartlegging av kompetansebehov i bransjene", "5 og 6", "FoU", "YS"],
               ["3", "Konferanse om livslang læring", "12", "Arrangement", "YS"]])
    ms = parse(t).measures
    assert [m.goal_text for m in ms] == ["6", "5 og 6", "12"]


def test_a_split_row_whose_title_ended_on_the_first_page():
    """The page break cut a row after its title: the next page's first row has no title, only the
    rest of the other cells, and belongs to the row above."""
    cols = [50.0, 150.0, 300.0, 380.0, 450.0, 530.0, 560.0]
    first = table([HEADER, ["2.2 Styrke kunnskapsgrunnlaget", "Forstudie om avkastning", "FoU", "Regjeringen",
                            "KD,", "2"]], page=1, columns=cols)
    second = table([["", "", "", "", "NIFU", ""],
                    ["", "Utredning om fylkeskommunenes ansvar", "FoU", "Regjeringen", "KS", ""]],
                   page=2, columns=cols, merges=[(0, 0, 2), (0, 5, 2)])
    result = parse(first, second)
    assert [m.title for m in result.measures] == ["Forstudie om avkastning", "Utredning om fylkeskommunenes ansvar"]
    assert result.measures[0].partners_text == "KD, NIFU"


def test_a_first_row_on_a_new_page_with_a_delmal_code_of_its_own_is_the_next_row():
    """Its type and responsible cells are empty, as a cut row's would be; its own code says it is new."""
    cols = [50.0, 150.0, 300.0, 380.0, 450.0, 530.0, 560.0]
    first = table([HEADER, ["1.3 Karriereveiledning", "Veiledningsportal for voksne", "Informasjon", "KD",
                            "fylkeskommunene", "1"]], page=1, columns=cols)
    second = table([["1.4 Samarbeid utdanning – arbeidsliv", "Partnerskap med næringslivet i regionene", "",
                     "", "", "1"]], page=2, columns=cols)
    ms = parse(first, second).measures
    assert [(m.title, m.goal_text) for m in ms] == [
        ("Veiledningsportal for voksne", "1.3 Karriereveiledning"),
        ("Partnerskap med næringslivet i regionene", "1.4 Samarbeid utdanning – arbeidsliv")]


def test_cells_beside_a_bulleted_list_of_measures_listing_as_many_bullets_give_each_its_own():
    cells = [Cell("Delmål", 0, 0), Cell("Tiltak", 0, 1), Cell("Ansvarlig", 0, 2), Cell("Samarbeidspartnere", 0, 3),
             Cell("1.3 Karriereveiledning", 1, 0), Cell("• Kvalitetsrammeverk\n• Digital veiledning", 1, 1),
             Cell("• KD\n• ASD", 1, 2), Cell("• Kompetanse Norge, fylkeskommunene\n• NAV", 1, 3),
             Cell("2.1 Digital kompetanse", 2, 0), Cell("• Bransjeprogram\n• Kurs i KI", 2, 1), Cell("KD", 2, 2),
             Cell("partene", 2, 3)]
    ms = parse(Table(cells=cells, n_rows=3, n_cols=4)).measures
    assert [(m.title, m.responsible_text, m.partners_text) for m in ms] == [
        ("Kvalitetsrammeverk", "KD", "Kompetanse Norge, fylkeskommunene"), ("Digital veiledning", "ASD", "NAV"),
        ("Bransjeprogram", "KD", "partene"), ("Kurs i KI", "KD", "partene")]  # one for all: each has it


def test_in_a_table_of_bulleted_measures_a_cell_without_bullet_or_fields_is_a_remark():
    cells = [Cell("Delmål", 0, 0), Cell("Tiltak", 0, 1), Cell("Ansvarlig", 0, 2),
             Cell("2.1 Digital kompetanse", 1, 0), Cell("• Digitalt løft for seniorer\n• Kodeklubb for voksne", 1, 1),
             Cell("• ASD\n• KD", 1, 2),
             Cell("3.2 Grunnleggende ferdigheter", 2, 0), Cell("Ordningen videreføres som før", 2, 1), Cell("", 2, 2),
             Cell("3.5 Opplæring i NAV", 3, 0), Cell("• Fagbrev for ledige", 3, 1), Cell("• ASD", 3, 2)]
    ms = parse(Table(cells=cells, n_rows=4, n_cols=3)).measures
    assert [m.title for m in ms] == ["Digitalt løft for seniorer", "Kodeklubb for voksne", "Fagbrev for ledige"]
    # names without bullets in most rows: measures, however many bullets one cell holds
    cells = [Cell("Delmål", 0, 0), Cell("Tiltak", 0, 1),
             Cell("2.1", 1, 0), Cell("• Digitalt løft for seniorer\n• Kodeklubb for voksne", 1, 1),
             Cell("3.2", 2, 0), Cell("Kompetansepluss arbeid", 2, 1), Cell("3.5", 3, 0), Cell("Fagbrev for ledige", 3, 1)]
    ms = parse(Table(cells=cells, n_rows=4, n_cols=2)).measures
    assert [m.title for m in ms] == ["Digitalt løft for seniorer", "Kodeklubb for voksne", "Kompetansepluss arbeid",
                                     "Fagbrev for ledige"]


def test_a_row_that_only_goes_on_with_the_name_above_is_part_of_that_measure():
    """The name wrapped into a second row of its own, the text too, every other cell empty."""
    ms = parse(table([["Nr", "Tiltak", "Delmål", "Type", "Ansvarlig", "Beskrivelse"],
                      ["1", "Lærlingløftet i handelen:", "2.3", "Prosjekt", "Virke", "Flere lærlinger i butikk."],
                      ["", "rekruttering og oppfølging", "", "", "", "Kampanjen nådde 300 bedrifter."],
                      ["2", "Kompetanseforum for kjedene", "2.2", "Nettverk", "Virke", "Møter to ganger i året."]])).measures
    assert [(m.title, m.goal_text) for m in ms] == [("Lærlingløftet i handelen: rekruttering og oppfølging", "2.3"),
                                                    ("Kompetanseforum for kjedene", "2.2")]
    assert ms[0].description == "Flere lærlinger i butikk. Kampanjen nådde 300 bedrifter."


def test_a_table_of_names_whose_cells_give_the_fields_as_labelled_lines():
    """"Tiltak | Status og resultater": the name cell holds the name, then "Delmål: …", "Ansvarlig: …"."""
    def name_cell(r, name, *lines):
        return Cell("\n".join([name, *lines]), r, 0, paragraphs=[Paragraph(text=t) for t in (name, *lines)])

    cells = [Cell("Tiltak", 0, 0), Cell("Status og resultater", 0, 1),
             name_cell(1, "Karriere Agder", "Delmål: 1.3", "Ansvarlig: Agder fylkeskommune", "Periode: 2021–2024"),
             Cell("4 000 samtaler i 2022.", 1, 1),
             name_cell(2, "BIO-ordningen i Agder", "Delmål: 2.4", "Ansvarlig: Agder fylkeskommune", "Type: Tilskudd"),
             Cell("41 bedrifter fikk støtte.", 2, 1)]
    ms = parse(Table(cells=cells, n_rows=3, n_cols=2), fmt="docx").measures
    assert [(m.title, m.goal_text, m.responsible_text) for m in ms] == [
        ("Karriere Agder", "1.3", "Agder fylkeskommune"), ("BIO-ordningen i Agder", "2.4", "Agder fylkeskommune")]
    assert ms[0].period_text == "2021–2024" and ms[1].type_text == "Tilskudd"


def test_a_row_per_delmal_with_its_measures_as_bullets_in_one_cell():
    cells = [Cell("Delmål", 0, 0), Cell("Våre tiltak i 2022", 0, 1),
             Cell("2.3 Karrieremuligheter i yrkesfag", 1, 0),
             Cell("• Yrkesfagkampanjen – Filmer i sosiale medier. Ansvar: NHO; samarbeid med LO. "
                  "• SRY – Samarbeidsrådet for yrkesopplæring – NHO deltar i rådet. (også delmål 1.4)", 1, 1),
             Cell("2.5 Dokumentasjon av kompetanse", 2, 0),
             Cell("• Fagbrev på jobb – Informasjon til bedriftene. Ansvar: Fylkeskommunene.", 2, 1)]
    ms = parse(Table(cells=cells, n_rows=3, n_cols=2)).measures
    assert [(m.title, m.responsible_text, m.partners_text) for m in ms] == [
        ("Yrkesfagkampanjen", "NHO", "LO"), ("SRY – Samarbeidsrådet for yrkesopplæring", None, None),
        ("Fagbrev på jobb", "Fylkeskommunene", None)]
    assert "1.4" in ms[1].goal_text and ms[1].goal_text.startswith("2.3")
    assert ms[0].description == "Filmer i sosiale medier."


def test_a_what_column_of_names_is_the_name_column_when_no_column_names_the_measure():
    # "Hva" is read as the description; with no name column and names in its cells, it names the measure
    t = table([["Mål i strategien", "Hva", "Hvem", "Når"],
               ["Styrke karriereveiledningen for voksne", "Veiledningsdager for tillitsvalgte", "Akademikerne", "2021"],
               ["Styrke karriereveiledningen for voksne", "Nettverk for studieveiledere i forbundene",
                "Akademikerne, forbundene", "Hele året"]],
              merges=[(1, 0, 2)])
    measures = parse(t).measures
    assert [m.title for m in measures] == ["Veiledningsdager for tillitsvalgte", "Nettverk for studieveiledere i forbundene"]
    assert [m.period_text for m in measures] == ["2021", "Hele året"]
    # sentences in the same column are descriptions: the table is not read as names
    t = table([["Mål i strategien", "Hva", "Hvem", "Når"],
               ["Styrke karriereveiledningen", "Vi har holdt fire veiledningsdager for tillitsvalgte i år.",
                "Akademikerne", "2021"],
               ["Styrke karriereveiledningen", "Forbundene har bygd et nettverk for studieveiledere.",
                "Akademikerne", "2022"]])
    doc = Document(path="t", format="pdf", blocks=[t])
    layout, _ = best_layout(doc)
    assert layout is None or all(m.title is None or not m.title.startswith(("Vi har", "Forbundene"))
                                 for m in layout.parse(doc).measures)


def test_one_table_per_delmal_named_in_a_title_row_above_the_header():
    def per_goal(title, rows):  # the title row is one cell across the table
        body = table([["Navn på tiltak", "Type", "Ansvarlig", "Periode"], *rows])
        cells = [Cell(title, 0, 0, col_span=4)] + [Cell(c.text, c.row + 1, c.col) for c in body.cells]
        return Table(cells=cells, n_rows=body.n_rows + 1, n_cols=4)

    first = per_goal("Delmål 1.4 Videreutvikle samarbeidet mellom tilbydere og arbeidslivet",
                     [["Bransjenettverk for industrien", "Nettverk", "Norsk Industri", "2021–"]])
    second = per_goal("Delmål 3.6 Læring i frivillig sektor", [["Studiesirkler for seniorer", "Kurs", "Senioruniversitetet", "2022"],
                                                               ["Lesesirkler på biblioteket", "Kurs", "Bibliotekene", "2022"]])
    ms = parse(first, second, fmt="docx").measures
    assert [(m.title, m.goal_text) for m in ms] == [("Bransjenettverk for industrien", "Delmål 1.4"),
                                                   ("Studiesirkler for seniorer", "Delmål 3.6"),
                                                   ("Lesesirkler på biblioteket", "Delmål 3.6")]


def test_a_what_column_of_names_beside_a_how_column_of_sentences():
    rows = [["Hva", "Hvorfor (delmål)", "Hvordan", "Hvem", "Når"],
            ["Lærlingløftet", "2.3", "Vi har besøkt over hundre bedrifter for å skaffe flere læreplasser i regionen.",
             "Virke – bransjeforeningene", "2021–2023"],
            ["Lederprogram for butikksjefer", "2.1", "Programmet gir butikksjefer opplæring i digital handel og drift.",
             "Virke – Handelshøyskolen BI", "2022"]]
    ms = parse(table(rows), fmt="docx").measures
    assert [(m.title, m.goal_text, m.period_text) for m in ms] == [("Lærlingløftet", "2.3", "2021–2023"),
                                                                  ("Lederprogram for butikksjefer", "2.1", "2022")]
    assert ms[0].description.startswith("Vi har besøkt")


def test_a_text_column_whose_cells_open_with_the_fields_as_labelled_lines():
    def cell(text, r, c):
        return Cell(text, r, c, paragraphs=[Paragraph(t) for t in text.split("\n")])

    rows = [["Tiltak", "Om tiltaket"],
            ["Karrieresenter Nordland", "Delmål: 1.3\nType: Prosjekt\nAnsvarlig: Nordland fylkeskommune\nVeiledning for voksne."],
            ["Fagbrev på jobb", "Delmål: 3.1\nType: Kurs/utdanning\nAnsvarlig: Nordland fylkeskommune\nMerknad: ny runde\nFlere tok fagbrev."]]
    t = Table(cells=[cell(text, r, c) for r, row in enumerate(rows) for c, text in enumerate(row)], n_rows=3, n_cols=2)
    ms = parse(t, fmt="docx").measures
    assert [(m.title, m.goal_text, m.type_text, m.responsible_text, m.description) for m in ms] == [
        ("Karrieresenter Nordland", "1.3", "Prosjekt", "Nordland fylkeskommune", "Veiledning for voksne."),
        ("Fagbrev på jobb", "3.1", "Kurs/utdanning", "Nordland fylkeskommune", "Merknad: ny runde Flere tok fagbrev.")]


def test_a_whole_row_on_the_next_page_is_not_the_rest_of_a_row_ending_in_a_word_that_ends_in_i():
    cols = [50.0, 150.0, 300.0, 380.0, 450.0, 530.0, 560.0]
    first = table([HEADER, ["2.3", "Jenter og teknologi", "Informasjon", "NHO", "NTNU, Abelia", "2016-"]],
                  page=1, columns=cols)
    second = table([HEADER, ["", "Lærlingkampanjen i industrien", "Informasjon", "Norsk Industri", "NHO", "2019"]],
                   page=2, columns=cols)
    titles = [m.title for m in parse(first, second).measures]
    assert titles == ["Jenter og teknologi", "Lærlingkampanjen i industrien"]


def test_the_header_printed_again_inside_the_table_is_no_measure():
    t = table([HEADER,
               ["2.1", "KS Læring", "Informasjon", "KS", "kommunene", ""],
               ["2.2", "Kommunesektorens arbeidslivsmonitor", "FoU", "KS", "", ""],
               HEADER,
               ["3.3", "Menn i helse", "Prosjekt", "KS", "NAV", ""]])
    assert [m.title for m in parse(t).measures] == ["KS Læring", "Kommunesektorens arbeidslivsmonitor", "Menn i helse"]


def test_bullets_under_andre_tiltak_below_the_table_are_measures_too():
    from tiltak.extract.layouts import with_details

    t = table([["Navn på tiltak", "Kort om tiltaket", "Målområde", "Hvem", "Varighet"],
               ["KS Læring", "Plattformen er videreutviklet.", "2.1", "KS", "Løpende"],
               ["Menn i helse", "Programmet er etablert i alle fylker.", "3.3", "KS, NAV", "Fra 2011"]])
    from tiltak.extract.model import Run

    name, rest = "Program for heltidskultur", " (2022–2025) – KS og Fagforbundet samarbeider om flere hele stillinger."
    bullet = Paragraph(text=name + rest, list_label="•", runs=[Run(name, bold=True), Run(rest)], lead=name)
    doc = Document(path="t", format="docx", blocks=[t, Paragraph(text="Andre tiltak", bold=True, heading_level=2), bullet])
    layout, _ = best_layout(doc)
    ms = with_details(doc, layout, layout.parse(doc)).measures
    assert [(m.title, m.goal_text) for m in ms] == [("KS Læring", "2.1"), ("Menn i helse", "3.3"),
                                                    ("Program for heltidskultur", None)]


def test_a_paragraph_led_by_a_bold_name_under_andre_tiltak_below_the_table_is_a_measure_too():
    from tiltak.extract.layouts import with_details
    from tiltak.extract.model import Run

    t = table([["Navn på tiltak", "Kort om tiltaket", "Målområde", "Hvem", "Varighet"],
               ["KS Læring", "Plattformen er videreutviklet.", "2.1", "KS", "Løpende"],
               ["Menn i helse", "Programmet er etablert i alle fylker.", "3.3", "KS, NAV", "Fra 2011"]])
    name, rest = "Aktiv bruk av studieforbund.", " Flere forbund bruker studieforbundene til kurs for medlemmene."
    lead = Paragraph(text=name + rest, runs=[Run(name, bold=True), Run(rest)], lead=name)
    closing = Paragraph(text="KS vil i 2020 prioritere arbeidet med kompetansereformen.")
    doc = Document(path="t", format="docx", blocks=[t, Paragraph(text="Andre tiltak", bold=True, heading_level=2),
                                                    lead, closing])
    layout, _ = best_layout(doc)
    ms = with_details(doc, layout, layout.parse(doc)).measures
    assert [(m.title, m.goal_text) for m in ms] == [("KS Læring", "2.1"), ("Menn i helse", "3.3"),
                                                    ("Aktiv bruk av studieforbund", None)]


def test_sentences_under_andre_tiltak_are_no_measures():
    from tiltak.extract.layouts import with_details

    t = table([["Navn på tiltak", "Kort om tiltaket", "Målområde", "Hvem", "Varighet"],
               ["KS Læring", "Plattformen er videreutviklet.", "2.1", "KS", "Løpende"],
               ["Menn i helse", "Programmet er etablert i alle fylker.", "3.3", "KS, NAV", "Fra 2011"]])
    notes = [Paragraph(text=text, list_label="•") for text in
             ("Se også vedlegg 2 for mer informasjon.", "Vi har deltatt i mange møter om kompetanse.")]
    doc = Document(path="t", format="docx", blocks=[t, Paragraph(text="Andre tiltak", bold=True, heading_level=2), *notes])
    layout, _ = best_layout(doc)
    assert [m.title for m in with_details(doc, layout, layout.parse(doc)).measures] == ["KS Læring", "Menn i helse"]


def test_tables_of_a_name_and_its_text_under_each_delmals_quoted_words_are_that_delmals_measures():
    """"Tiltak | Om tiltaket" under each quoted delmål; the last table's header ends a page and its
    rows go on under an empty row on the next."""
    cols = [57.0, 204.0, 527.0]
    first = "«Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet»"
    second = "«Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken»"
    last = "«Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet …»"
    blocks = (Paragraph("Virkes rapportering 2021", bold=True),
                   Paragraph(first, bold=True),
                   table([["Tiltak", "Om tiltaket"], ["Deltakelse i RSA", "Virke deltar i RSA ved høyskoler."],
                          ["Plass i UHRs enheter", "Virke er observatør i enhetene."]], page=1, columns=cols),
                   Paragraph(second, bold=True),
                   table([["Tiltak", "Om tiltaket"], ["Bransjeprogram for varehandelen", "Virke er med i styringsgruppen."]],
                         page=1, columns=cols),
                   Paragraph(last, bold=True),
                   table([["Tiltak", "Om tiltaket"]], page=1, columns=cols),
                   table([["", ""], ["Balansekunst", "Modellen er videreutviklet."]], page=2, columns=cols))
    result = parse(*blocks)
    # the measures themselves, not an overview of names that forms describe in full: a strong fit
    assert RowTable().assess(Document(path="t", format="pdf", blocks=list(blocks))).score >= 0.9
    assert [(m.title, m.goal_text, m.description) for m in result.measures] == [
        ("Deltakelse i RSA", first, "Virke deltar i RSA ved høyskoler."),
        ("Plass i UHRs enheter", first, "Virke er observatør i enhetene."),
        ("Bransjeprogram for varehandelen", second, "Virke er med i styringsgruppen."),
        ("Balansekunst", last, "Modellen er videreutviklet.")]


def test_a_name_merged_over_rows_is_one_measure_and_its_activities_its_description():
    """A results chain: Innsats | Aktivitet | Resultat | Ansvar og samarbeid, the effort's cell merged
    over its activities; "Ansvar: … Med: …" in one line of the shared column."""
    t = table([["Innsats", "Aktivitet", "Resultat", "Ansvar og samarbeid", "Delmål"],
               ["Kompetanseløft for verneombud", "Nettkurs om omstilling", "400 deltakere", "Ansvar: YS. Med: NHO, Virke.", "2.2"],
               ["", "Samlinger i fem regioner", "Fem samlinger", "", ""],
               ["Bransjedialog i handelen", "Dialogmøter med partene", "Tre møter", "Ansvar: YS. Med: Virke.", "1.1"]],
              merges=[(1, 0, 2), (1, 3, 2), (1, 4, 2)])
    ms = parse(t).measures
    assert [(m.title, m.goal_text, m.responsible_text, m.partners_text) for m in ms] == [
        ("Kompetanseløft for verneombud", "2.2", "YS.", "NHO, Virke."), ("Bransjedialog i handelen", "1.1", "YS.", "Virke.")]
    assert "Nettkurs om omstilling" in ms[0].description and "Samlinger i fem regioner" in ms[0].description
    assert ms[0].description.count("Nettkurs") == 1


def test_a_second_name_column_of_old_numbers_is_the_delmal_not_the_description():
    t = table([["Nr.", "Tiltak", "Tiltak i strategien", "Ansvarlig"],
               ["1.", "Utredning av voksnes rett til opplæring", "3 og 15", "KD"],
               ["2.", "Nettverk for karrieresentre", "3", "KD"]])
    ms = parse(t).measures
    assert [(m.title, m.goal_text, m.description) for m in ms] == [
        ("Utredning av voksnes rett til opplæring", "3 og 15", None), ("Nettverk for karrieresentre", "3", None)]


def test_a_numbered_column_headed_tiltak_leaves_the_names_to_the_next():
    t = table([["Tiltak nr.", "Tiltak", "Delmål", "Ansvarlig"], ["1", "Kurs i grunnleggende ferdigheter", "3.2", "HK-dir"],
               ["2", "Nettverk for tillitsvalgte", "2.2", "LO"], ["3", "Konferanse om fagbrev på jobb", "2.5", "NHO"]])
    assert [(m.title, m.goal_text) for m in parse(t).measures] == [
        ("Kurs i grunnleggende ferdigheter", "3.2"), ("Nettverk for tillitsvalgte", "2.2"), ("Konferanse om fagbrev på jobb", "2.5")]


def test_a_dash_in_every_cell_of_a_month_with_nothing_is_no_measure():
    t = table([["Måned", "Tiltak", "Delmål", "Ansvar"], ["Mars", "Lederkurs for rektorer", "2.2", "KS"],
               ["April", "–", "–", "–"], ["Mai", "Nettverk for skoleeiere", "2.1", "KS"]])
    assert [m.title for m in parse(t).measures] == ["Lederkurs for rektorer", "Nettverk for skoleeiere"]


def test_a_sheets_count_row_after_its_row_number_is_a_self_check_not_a_measure():
    t = table([["1", "Tiltak", "Delmål"], ["2", "Bli i handel", "2.3"], ["3", "Seniorer i handelen", "2.2"],
               ["4", "Antall tiltak: 2", ""]])  # (the sheet's row numbers down its first column)
    result = parse(t)
    assert [m.title for m in result.measures] == ["Bli i handel", "Seniorer i handelen"]
    assert [(c.printed, c.parsed) for c in result.self_checks] == [(2, 2)]


def test_ditto_marks_take_the_value_of_the_row_above_in_their_column():
    t = table([["Delmål", "Navn på tiltaket", "Kategori", "Hvem har ansvaret"],
               ["3.4", "Nettkurs i norsk for ansatte", "Kurs/utdanning", "Virke"],
               ["〃", "Lederprogram for butikksjefer", "do.", "〃"],
               ["som over", "Mentorordning for nye ledere", "Prosjekt", "HSH"],
               ["2.1", "Rapport om lønnsomhet", "''", "Samme"]])
    got = [(m.title, m.goal_text, m.type_text, m.responsible_text) for m in parse(t).measures]
    assert got == [("Nettkurs i norsk for ansatte", "3.4", "Kurs/utdanning", "Virke"),
                   ("Lederprogram for butikksjefer", "3.4", "Kurs/utdanning", "Virke"),
                   ("Mentorordning for nye ledere", "3.4", "Prosjekt", "HSH"),
                   ("Rapport om lønnsomhet", "2.1", "Prosjekt", "HSH")]


def test_an_overview_matrix_and_a_table_of_details_are_one_set_of_measures(tmp_path):
    """Printed without rules: a matrix with marked group lines and its rows one line each, as close as
    lines; then the same measures again in a table of their details."""
    from test_pdf_reader import _pdf
    from tiltak.extract import read_document

    lines = [(60, 800, 10, 0, 0, "Innsatsområde / Tiltak"), (330, 800, 10, 0, 0, "Delmål"), (400, 800, 10, 0, 0, "Type"),
             (60, 470, 10, 0, 0, "Tiltak"), (250, 470, 10, 0, 0, "Ansvarlig"), (400, 470, 10, 0, 0, "Periode")]
    y = 784
    for group, rows in [("Gode valg", [("Karriereveiledning på nett", "1.3", "Prosjekt"),
                                        ("Kvalitetsrammeverk for veiledning", "1.3", "FoU")]),
                        ("Læring i arbeidslivet", [("Bransjeprogram for industri", "2.1, 2.4", "Kurs/utdanning"),
                                                    ("Fagbrev på jobb", "2.3", "Kurs/utdanning")])]:
        lines += [(45, y, 10, 0, 0, "+"), (60, y, 10, 0, 0, group), (400, y, 10, 0, 0, "2")]
        y -= 14
        for name, goal, kind in rows:
            lines += [(75, y, 10, 0, 0, name), (330, y, 10, 0, 0, goal), (400, y, 10, 0, 0, kind)]
            y -= 14
    lines += [(60, y, 10, 0, 0, "Totalt 4")]
    y = 454
    for name, who, when in [("Karriereveiledning på nett", "HK-dir", "2020–"), ("Kvalitetsrammeverk for veiledning", "HK-dir", "2021"),
                            ("Bransjeprogram for industri", "KD", "2018–2022"), ("Fagbrev på jobb", "Fylkene", "2019–")]:
        lines += [(60, y, 10, 0, 0, name), (250, y, 10, 0, 0, who), (400, y, 10, 0, 0, when)]
        y -= 14
    path = tmp_path / "dashboard.pdf"
    _pdf(path, lines)
    layout, _ = best_layout(doc := read_document(path))
    got = [(m.title, m.goal_text, m.type_text, m.responsible_text, m.period_text) for m in layout.parse(doc).measures]
    assert got == [("Karriereveiledning på nett", "1.3", "Prosjekt", "HK-dir", "2020–"),
                   ("Kvalitetsrammeverk for veiledning", "1.3", "FoU", "HK-dir", "2021"),
                   ("Bransjeprogram for industri", "2.1, 2.4", "Kurs/utdanning", "KD", "2018–2022"),
                   ("Fagbrev på jobb", "2.3", "Kurs/utdanning", "Fylkene", "2019–")]


def test_the_same_names_in_three_tables_are_one_measure_each():
    from tiltak.extract.layouts.row_table import _listed_twice
    from tiltak.extract.records import RawMeasure

    names = ["Kurs i norsk", "Nettverk for ledere", "Rapport om lærlinger"]
    ms = ([RawMeasure(index=1, title=n, goal_text="2.1") for n in names]
          + [RawMeasure(index=1, title=n, responsible_text="KS") for n in names]
          + [RawMeasure(index=1, title=n, period_text="2021") for n in names])
    got = _listed_twice(ms, [0, 0, 0, 1, 1, 1, 2, 2, 2])
    assert [(m.title, m.goal_text, m.responsible_text, m.period_text) for m in got] == [
        (n, "2.1", "KS", "2021") for n in names]


def test_wrapped_rows_of_an_unruled_table_stay_whole(tmp_path):
    from test_pdf_reader import _pdf
    from tiltak.extract import read_document

    lines = [(60, 800, 10, 0, 0, "Tiltak"), (260, 800, 10, 0, 0, "Ansvarlig"), (420, 800, 10, 0, 0, "Delmål")]
    y = 784
    for a, b, who, who2, goal in [("Kurs for tillitsvalgte i", "helse og omsorg", "Vestland", "fylkeskommune", "2.1"),
                                  ("Nettverk for ledere i", "kommunene", "KS og", "kommunene", "1.2"),
                                  ("Rapport om lærlinger i", "byggfag", "NHO", "Byggenæringen", "2.3")]:
        lines += [(60, y, 10, 0, 0, a), (260, y, 10, 0, 0, who), (420, y, 10, 0, 0, goal),
                  (60, y - 12, 10, 0, 0, b), (260, y - 12, 10, 0, 0, who2)]
        y -= 30
    path = tmp_path / "wrapped.pdf"
    _pdf(path, lines)
    layout, _ = best_layout(doc := read_document(path))
    got = [(m.title, m.responsible_text) for m in layout.parse(doc).measures]
    assert got == [("Kurs for tillitsvalgte i helse og omsorg", "Vestland fylkeskommune"),
                   ("Nettverk for ledere i kommunene", "KS og kommunene"),
                   ("Rapport om lærlinger i byggfag", "NHO Byggenæringen")]


def test_an_export_pasted_as_delimited_text_is_a_table():
    from tiltak.extract.text_grids import with_delimited_tables

    lines = ["Eksport fra registeret, limt inn.", "id;navn;delmaal;ansvarlig;periode",
             '1;Kurs for tillitsvalgte;2.2;LO;2023', '2;"Nettverk; for ledere";1.2;LO og NHO;2021–2023',
             "3;Rapport om lærlinger;2.3;Fafo;2022", "Antall rader: 3"]
    d = with_delimited_tables(Document(path="t", format="docx", blocks=[Paragraph(text=t) for t in lines]))
    assert [type(b).__name__ for b in d.blocks] == ["Paragraph", "Table", "Paragraph"]
    got = [(m.title, m.goal_text, m.responsible_text) for m in parse(*d.blocks, fmt="docx").measures]
    assert got == [("Kurs for tillitsvalgte", "2.2", "LO"), ("Nettverk; for ledere", "1.2", "LO og NHO"),
                   ("Rapport om lærlinger", "2.3", "Fafo")]
    prose = with_delimited_tables(Document(path="t", format="docx", blocks=[
        Paragraph(text="Tiltak, delmål, og hvem som har ansvaret står under."),
        Paragraph(text="Vi har kurs, nettverk, og rapporter.")]))
    assert [type(b).__name__ for b in prose.blocks] == ["Paragraph", "Paragraph"]


def test_a_cell_listing_measures_with_their_facts_in_brackets_gives_a_row_each():
    """One row per body, its measures in one cell parted by semicolons, each with its facts in
    square brackets (a fact no field knows, "Annet", left out); a cell with one such measure too."""
    t = table([["Eier", "Tiltak [delmål | type | tid | samarbeid]"],
               ["Fylkesmannen", "Nettverk for rektorer [1.2 | Råd/utvalg/nettverk | 2018–2020 | med KS]; "
                                "Veiledningsportal for voksne [1.3, 3.1 | Annet | Løpende | med NAV]"],
               ["Statped", "Kurs i tegnspråk (delmål 3.4; kurs; 2019)"]])
    got = [(m.title, m.goal_text, m.type_text, m.period_text, m.partners_text, m.responsible_text) for m in parse(t).measures]
    assert got == [("Nettverk for rektorer", "1.2", "Råd/utvalg/nettverk", "2018–2020", "KS", "Fylkesmannen"),
                   ("Veiledningsportal for voksne", "1.3, 3.1", None, "Løpende", "NAV", "Fylkesmannen"),
                   ("Kurs i tegnspråk", "delmål 3.4", "kurs", "2019", None, "Statped")]


def test_a_listed_measures_facts_by_place_and_a_single_ones_text_are_kept():
    t = table([["Tiltak [delmål | type | ansvar | tid]", "Beskrivelse"],
               ["Tilskudd til bransjeprogram [2.4 | Prosjekt | Kompetanse Norge | 2018–2022]", "Midler til partene."],
               ["IA-avtalen [3.3 | Annet | Ansvarlig: ASD, med partene | 2019–2022]", "Avtalen om inkluderende arbeidsliv."]])
    got = [(m.title, m.responsible_text, m.partners_text, m.description) for m in parse(t).measures]
    assert got == [("Tilskudd til bransjeprogram", "Kompetanse Norge", None, "Midler til partene."),
                   ("IA-avtalen", "ASD", "partene", "Avtalen om inkluderende arbeidsliv.")]


def test_two_unruled_tables_side_by_side_are_read_one_after_the_other(tmp_path):
    """Two tables on one page with a rule between them, each row followed by a line of text across
    the table, the right table's rows not level with the left's: each table its own measures."""
    from test_pdf_reader import _pdf
    from tiltak.extract import read_document

    lines = []
    for x, dy, rows in [(40, 0, [("Kurs i salg", "1.1", "Virke"), ("Råd for handel", "1.4", "UHR"),
                                 ("Nettverk for HR", "1.2", "Virke")]),
                        (310, 9, [("Studie om lager", "2.1", "Fafo"), ("Fagbrev i butikk", "2.5", "NHO"),
                                  ("Norsk i handel", "3.3", "NAV")])]:
        y = 760 - dy
        lines += [(x, y, 9, 0, 0, "Tiltak"), (x + 110, y, 9, 0, 0, "Delmål"), (x + 170, y, 9, 0, 0, "Ansvarlig")]
        for name, goal, who in rows:
            y -= 18
            lines += [(x, y, 9, 0, 0, name), (x + 110, y, 9, 0, 0, goal), (x + 170, y, 9, 0, 0, who),
                      (x, y - 11, 8, 0, 0, f"Om {name.lower()} i korte trekk, for ansatte og ledere i handelen.")]
            y -= 11
    path = tmp_path / "a3.pdf"
    _pdf(path, lines, uprights=[(297, 520, 780)])
    layout, _ = best_layout(doc := read_document(path))
    got = [(m.title, m.goal_text, m.responsible_text) for m in layout.parse(doc).measures]
    assert got == [("Kurs i salg", "1.1", "Virke"), ("Råd for handel", "1.4", "UHR"), ("Nettverk for HR", "1.2", "Virke"),
                   ("Studie om lager", "2.1", "Fafo"), ("Fagbrev i butikk", "2.5", "NHO"), ("Norsk i handel", "3.3", "NAV")]


def test_a_pivot_tables_outline_gives_each_row_its_delmal_and_type():
    """A spreadsheet's pivot table printed as an outline: "⊟ delmål" over "⊟ type" over the names,
    each group with its count, a subtotal after each delmål ("2.2 Totalt"), a grand total and a note
    below; the same measure under two delmål is one measure of both (reported once, as its note says)."""
    from tiltak.extract.file import _once

    t = table([["Radetiketter", "Ansvarlig", "Samarbeid", "Periode", "Antall av Tiltak"],
               ["⊟ 1.1 Etablere et kompetansebehovsutvalg", "", "", "", "1"],
               ["⊟ Råd/utvalg/nettverk", "", "", "", "1"],
               ["Deltakelse i KBU", "NHO", "KD", "2017–", "1"],
               ["1.1 Totalt", "", "", "", "1"],
               ["⊟ 2.2 Styrke kunnskapsgrunnlaget", "", "", "", "2"],
               ["⊟ Arrangement", "", "", "", "1"],
               ["NHOs konferanse 2018", "NHO", "", "mai 2018", "1"],
               ["⊟ FoU", "", "", "", "1"],
               ["Fagbrev på jobb", "NHO", "LO", "2018–2020", "1"],
               ["2.2 Totalt", "", "", "", "2"],
               ["⊟ 2.5 Gjøre det enklere å få dokumentert kompetanse", "", "", "", "1"],
               ["⊟ FoU", "", "", "", "1"],
               ["Fagbrev på jobb", "NHO", "LO", "2018–2020", "1"],
               ["⊞ Kurs i norsk", "NAV", "", "2019", "1"],  # a mark before a measure's own row: no group
               ["Totalsum", "", "", "", "4"],
               ["Merk: tiltak med to delmål telles under begge.", "", "", "", ""]], ruled=False)
    got = [(m.title, m.goal_text, m.type_text, m.responsible_text) for m in _once(parse(t).measures)]
    assert got == [("Deltakelse i KBU", "1.1 Etablere et kompetansebehovsutvalg", "Råd/utvalg/nettverk", "NHO"),
                   ("NHOs konferanse 2018", "2.2 Styrke kunnskapsgrunnlaget", "Arrangement", "NHO"),
                   ("Fagbrev på jobb", "2.2 Styrke kunnskapsgrunnlaget; 2.5 Gjøre det enklere å få dokumentert kompetanse",
                    "FoU", "NHO"),
                   ("Kurs i norsk", "2.5 Gjøre det enklere å få dokumentert kompetanse", "FoU", "NAV")]


def test_two_rows_of_one_table_with_one_name_but_two_responsible_stay_two():
    from tiltak.extract.file import _once

    t = table([["Tiltak", "Delmål", "Ansvarlig"], ["KBU", "1.1", "KD"], ["Kurs i norsk", "3.3", "NAV"],
               ["KBU", "1.2", "NHO"]])
    assert [(m.title, m.goal_text) for m in _once(parse(t).measures)] == [("KBU", "1.1"), ("Kurs i norsk", "3.3"),
                                                                          ("KBU", "1.2")]


def test_a_bulleted_row_and_a_source_note_under_groups_are_read_as_before():
    """A row marked "►" with a year is a measure (no outline group); a "Kilde:" note under a table of
    delmål groups is no measure, though the group's delmål reaches it."""
    t = table([["Tiltak", "Ansvarlig", "Periode"], ["► Fagbrev på jobb", "", "2021"], ["Kurs i norsk", "NAV", "2020"]])
    assert "Fagbrev på jobb" in [m.title.lstrip("► ") for m in parse(t).measures]
    grouped = table([["Tiltak", "Ansvarlig", "Periode"], ["Delmål 2.1 – digital kompetanse", "Delmål 2.1 – digital kompetanse",
                                                          "Delmål 2.1 – digital kompetanse"],
                     ["Kurs i norsk", "NAV", ""], ["Nettverk for HR", "Virke", ""], ["Kilde: egne tall fra 2022", "", ""]],
                    merges=())
    grouped.cells = [c for c in grouped.cells if not (c.row == 1 and c.col > 0)]
    grouped.cells[[k for k, c in enumerate(grouped.cells) if c.row == 1][0]].col_span = 3
    grouped._grid = None
    assert [m.title for m in parse(grouped).measures] == ["Kurs i norsk", "Nettverk for HR"]


def test_one_sheets_rows_of_one_name_are_one_measure_whatever_the_sheets_name():
    from tiltak.extract.file import _once
    from tiltak.extract.records import Provenance, RawMeasure

    ms = [RawMeasure(index=k, title="Fagbrev på jobb", goal_text=g, responsible_text="NHO",
                     provenance=Provenance(locator=f"sheet 'Pivot 2025' row {k + 2}")) for k, g in ((1, "2.3"), (2, "2.5"))]
    assert [(m.title, m.goal_text) for m in _once(ms)] == [("Fagbrev på jobb", "2.3; 2.5")]


def test_a_statistics_packages_total_row_counts_each_column_and_is_no_measure():
    """SPSS case summaries: the case number, then the columns; "Total" under the case numbers and a
    count under every column, the name's too."""
    t = table([["", "Tiltak", "Delmål", "Type tiltak", "Ansvarlig"],
               ["1", "Akademikerne i Kompetansebehovsutvalget", "1.10", "Råd/utvalg/nettverk", "KD"],
               ["2", "Kurs i strategisk kompetanseplanlegging", "2.20", "Kurs/utdanning", "Tekna"],
               ["Total", "2", "2", "2", "2"]])
    assert [m.title for m in parse(t).measures] == ["Akademikerne i Kompetansebehovsutvalget",
                                                    "Kurs i strategisk kompetanseplanlegging"]
