"""Form tables (label | answer) and "Label: value" paragraphs."""

from tiltak.extract.layouts import best_layout
from tiltak.extract.model import Cell, Document, Paragraph, Table


def form(pairs, page=None):
    cells = [c for r, (label, answer) in enumerate(pairs) for c in (Cell(label, r, 0, page=page), Cell(answer, r, 1, page=page))]
    return Table(cells=cells, n_rows=len(pairs), n_cols=2, page=page, page_end=page)


def parse(*blocks):
    doc = Document(path="t", format="docx", blocks=list(blocks))
    layout, _ = best_layout(doc)
    parsed = layout.parse(doc)
    return parsed.layout or layout.name, parsed.measures


def test_one_form_table_per_measure():
    a = form([("Tiltak", "Utredning av finansieringsmodeller"), ("Relasjon til delmål", "2.2"), ("Type tiltak", "FoU"),
              ("Ansvarlig", "Unio"), ("Samarbeidspartnere", "Proba samfunnsanalyse"), ("Beskrivelse", "En utredning."),
              ("Tidspunkt og varighet", "2018–2019")])
    b = form([("Tiltak", "Aktiv bruk av studieforbund"), ("Relasjon til delmål", "NKPS tiltak nr 16"),
              ("Type tiltak", "Kurs / utdanning"), ("Ansvarlig", "Unio"), ("Samarbeidspartnere", "Unios forbund")])
    name, ms = parse(Paragraph("Tiltak 1"), a, Paragraph("Tiltak 2"), b)
    assert name == "form_table"
    assert [(m.title, m.goal_text, m.type_text, m.responsible_text, m.partners_text) for m in ms] == [
        ("Utredning av finansieringsmodeller", "2.2", "FoU", "Unio", "Proba samfunnsanalyse"),
        ("Aktiv bruk av studieforbund", "NKPS tiltak nr 16", "Kurs / utdanning", "Unio", "Unios forbund")]
    assert ms[0].period_text == "2018–2019" and ms[0].description == "En utredning."


def test_a_form_whose_first_what_is_a_name_and_the_second_a_text():
    """No "Tiltak" row: "Kva" holds the measure's name, "Skildring" what it is (Nynorsk)."""
    forms = [form([("Kva", title), ("Delmål i strategien", goal), ("Kven har ansvaret", "Sogn og Fjordane fylkeskommune"),
                   ("Kategori", "Kurs/utdanning"), ("Tidsrom", "2018–2020"), ("Skildring", text)])
             for title, goal, text in (("Fagbrev på jobb", "3.1 og 2.5", "Vaksne tilsette kan ta fagbrev i jobben."),
                                       ("Hospitering i bedrift for yrkesfaglærarar", "1.4",
                                        "Lærarar kan hospitere inntil to veker."))]
    name, ms = parse(Paragraph("Tiltak 1"), forms[0], Paragraph("Tiltak 2"), forms[1])
    assert name == "form_table"
    assert [(m.title, m.goal_text, m.description) for m in ms] == [
        ("Fagbrev på jobb", "3.1 og 2.5", "Vaksne tilsette kan ta fagbrev i jobben."),
        ("Hospitering i bedrift for yrkesfaglærarar", "1.4", "Lærarar kan hospitere inntil to veker.")]


def test_a_short_description_first_in_a_form_under_a_heading_is_no_name():
    """Only a "what" ("Hva", "Kva") may be a name; "Kort beskrivelse" is a text, and the heading names."""
    from tiltak.extract.model import Run

    blocks = []
    for name in ("Digitale kurs for ledere", "Digitale kurs for tillitsvalgte"):
        blocks += [Paragraph(text=name, bold=True, heading_level=2, runs=[Run(name, bold=True)]),
                   form([("Kort beskrivelse", "Digitale kurs over to dager"), ("Innhold", "Kursene ble holdt i Oslo."),
                         ("Ansvarlig", "LO"), ("Delmål", "2.2"), ("Type", "Kurs")])]
    _, ms = parse(*blocks)
    assert [m.title for m in ms] == ["Digitale kurs for ledere", "Digitale kurs for tillitsvalgte"]


def test_a_form_table_cut_by_a_page_break_continues():
    a = form([("Tiltak", "A"), ("Delmål", "1.3"), ("Ansvarlig", "KS")], page=1)
    rest = form([("Beskrivelse", "Lang tekst"), ("Tidspunkt og varighet", "Løpende")], page=2)
    _, ms = parse(a, rest)
    assert len(ms) == 1 and ms[0].description == "Lang tekst" and ms[0].period_text == "Løpende"


def test_heading_then_label_value_paragraphs():
    ps = [Paragraph("Akademikernes rapportering 2018"),
          Paragraph("Forskningsrapport «Yngre eldre i arbeidslivet»", heading_level=2),
          Paragraph("Delmål: 2.2"), Paragraph("Type tiltak: FoU"), Paragraph("Ansvarlig: Akademikerne/Econa"),
          Paragraph("Beskrivelse: Rapporten ser på eldre arbeidstakere."), Paragraph("Den ble lansert i mai."),
          Paragraph("Tidspunkt og varighet: 2018"),
          Paragraph("Forskningsrapport «Framtidens behov for akademikere»", heading_level=2),
          Paragraph("Delmål: 2.2"), Paragraph("Type tiltak: Forskning og utvikling"), Paragraph("Ansvarlig: Akademikerne")]
    name, ms = parse(*ps)
    assert name == "label_paragraphs"
    assert [m.title for m in ms] == ["Forskningsrapport «Yngre eldre i arbeidslivet»", "Forskningsrapport «Framtidens behov for akademikere»"]
    assert ms[0].description == "Rapporten ser på eldre arbeidstakere. Den ble lansert i mai."
    assert ms[1].type_text == "Forskning og utvikling" and ms[1].goal_text == "2.2"


def test_label_paragraphs_without_heading_style_start_a_measure_when_labels_repeat():
    ps = [Paragraph("Tiltak: Promotering av Kompetanseplussordningene"), Paragraph("Delmål: 3.2"),
          Paragraph("Ansvarlig: VOFO"), Paragraph("Evaluering av Kompetansepluss Frivillig"),
          Paragraph("Delmål: 3.2"), Paragraph("Ansvarlig: VOFO")]
    _, ms = parse(*ps)
    assert [m.title for m in ms] == ["Promotering av Kompetanseplussordningene", "Evaluering av Kompetansepluss Frivillig"]


def test_one_table_holding_a_form_per_measure_under_a_name_row_across_it():
    """Each measure: its name in one cell across the table, then Delmål | …, Ansvarlig | … rows."""
    rows, cells = 0, []
    for name, goal, who in [("Regional kompetanseplan for Nordland", "1.2", "Nordland fylkeskommune"),
                            ("Karriere Nordland", "1.3", "Nordland fylkeskommune"),
                            ("RSA ved Nord universitet", "1.4", "Nord universitet")]:
        cells.append(Cell(name, rows, 0, col_span=2))
        for k, (label, answer) in enumerate([("Delmål", goal), ("Type tiltak", "Prosjekt"), ("Ansvarlig", who)]):
            cells += [Cell(label, rows + 1 + k, 0), Cell(answer, rows + 1 + k, 1)]
        rows += 4
    name, ms = parse(Paragraph("Tabellen viser tiltakene, ett om gangen."), Table(cells=cells, n_rows=rows, n_cols=2))
    assert name == "form_table"
    assert [(m.title, m.goal_text, m.type_text, m.responsible_text, m.description) for m in ms] == [
        ("Regional kompetanseplan for Nordland", "1.2", "Prosjekt", "Nordland fylkeskommune", None),
        ("Karriere Nordland", "1.3", "Prosjekt", "Nordland fylkeskommune", None),
        ("RSA ved Nord universitet", "1.4", "Prosjekt", "Nord universitet", None)]


def test_a_form_row_whose_label_cell_holds_its_value_too():
    """"Ansvarlig: Unio" in the label cell and more in the answer cell: one field, both parts."""
    a = form([("Tiltak", "Utredning av finansieringsmodeller"), ("Relasjon til delmål", "2.2"), ("Type tiltak", "FoU"),
              ("Ansvarlig: Unio", "med forbundene"), ("Samarbeidspartnere", "Proba samfunnsanalyse")])
    b = form([("Tiltak", "Aktiv bruk av studieforbund"), ("Relasjon til delmål", "3.2"), ("Type tiltak", "Kurs"),
              ("Ansvarlig", "Unio"), ("Samarbeidspartnere", "Unios forbund")])
    name, ms = parse(Paragraph("Tiltak 1"), a, Paragraph("Tiltak 2"), b)
    assert name == "form_table"
    assert ms[0].responsible_text == "Unio\nmed forbundene" and ms[1].responsible_text == "Unio"


def test_forms_side_by_side_one_measure_per_column():
    """Labels down the first column, a measure in each further column (two tables of two, the last
    column of the second left empty)."""
    def side(rows):
        cells = [Cell(text, r, c) for r, row in enumerate(rows) for c, text in enumerate(row)]
        return Table(cells=cells, n_rows=len(rows), n_cols=len(rows[0]))

    first = side([["Navn på tiltak", "Lederutvikling i sykehusene", "Nettverk for HR-ledere"],
                  ["Delmål", "2.2", "1.4, 2.2"], ["Type tiltak", "Kurs", "Nettverk"],
                  ["Ansvarlig", "Spekter", "Spekter"], ["Periode", "2025", "Løpende"]])
    second = side([["Navn på tiltak", "Kartlegging av kompetansebehov", ""], ["Delmål", "1.1", ""],
                   ["Type tiltak", "FoU", ""], ["Ansvarlig", "Spekter og HK-dir", ""], ["Periode", "2025–2026", ""]])
    name, ms = parse(Paragraph("Spekter – rapport 2025"), first, second)
    assert name == "form_table"
    assert [(m.title, m.goal_text, m.type_text, m.responsible_text, m.period_text) for m in ms] == [
        ("Lederutvikling i sykehusene", "2.2", "Kurs", "Spekter", "2025"),
        ("Nettverk for HR-ledere", "1.4, 2.2", "Nettverk", "Spekter", "Løpende"),
        ("Kartlegging av kompetansebehov", "1.1", "FoU", "Spekter og HK-dir", "2025–2026")]


def test_a_two_column_table_of_labels_and_figures_is_not_split():
    counts = Table(cells=[Cell(t, r, c) for r, row in enumerate([["Tiltak", "Antall", "Andel"], ["Kurs", "4", "40 %"],
                                                                  ["Prosjekt", "6", "60 %"]])
                          for c, t in enumerate(row)], n_rows=3, n_cols=3)
    from tiltak.extract.layouts.segments import _side_by_side_forms
    assert _side_by_side_forms(counts) is None


def one_column_card(rows):
    return Table(cells=[Cell(text, r, 0) for r, text in enumerate(rows)], n_rows=len(rows), n_cols=1)


def test_a_card_whose_labels_and_answers_have_no_rule_between_them():
    # read as one cell a row: the label opens the cell and the answer follows it
    a = one_column_card(["Lærlingløftet i Nordland", "Delmål 2.3", "Type tiltak Kampanje", "Ansvarlig Nordland fylkeskommune",
                         "Samarbeidspartnere NHO Nordland, LO Nordland", "Periode 2022–2024",
                         "Beskrivelse Kampanjen skal gi flere læreplasser i privat sektor."])
    b = one_column_card(["Karrieredag for voksne", "Delmål 1.3", "Type tiltak Arrangement", "Ansvarlig Karriere Nordland",
                         "Samarbeidspartnere NAV", "Periode 2023", "Beskrivelse En dag med veiledning for voksne."])
    name, ms = parse(Paragraph("Våre tiltak"), a, b)
    assert name == "form_table"
    assert [(m.title, m.goal_text, m.type_text, m.responsible_text, m.partners_text, m.period_text) for m in ms] == [
        ("Lærlingløftet i Nordland", "2.3", "Kampanje", "Nordland fylkeskommune", "NHO Nordland, LO Nordland", "2022–2024"),
        ("Karrieredag for voksne", "1.3", "Arrangement", "Karriere Nordland", "NAV", "2023")]
    assert ms[1].description == "En dag med veiledning for voksne."


def test_forms_side_by_side_whose_answers_repeat_their_label():
    rows = [("Tiltak", "Seniorpolitisk nettverk", "Etterutdanning for lektorer"),
            ("Delmål", "Delmål 3.3", "Delmål 2.4"), ("Type", "Nettverk", "Utdanning"),
            ("Ansvarlig", "Akademikerne", "Utdanningsforbundet"), ("Samarbeid", "Senter for seniorpolitikk", "Udir"),
            ("Varighet", "Løpende", "2021–2023")]
    table = Table(cells=[Cell(text, r, c) for r, row in enumerate(rows) for c, text in enumerate(row)],
                  n_rows=len(rows), n_cols=3)
    _, ms = parse(Paragraph("Tiltak i 2021"), table)
    assert [(m.title, m.goal_text, m.responsible_text) for m in ms] == [
        ("Seniorpolitisk nettverk", "Delmål 3.3", "Akademikerne"), ("Etterutdanning for lektorer", "Delmål 2.4", "Utdanningsforbundet")]


def test_a_cards_name_that_opens_with_a_label_word_is_its_name():
    a = one_column_card(["Tiltak for seniorer i Nordland", "Delmål 3.3", "Type tiltak Kurs", "Ansvarlig NAV Nordland",
                         "Periode 2023"])
    b = one_column_card(["Samarbeid med NAV om karrieredager", "Delmål 1.3", "Type tiltak Arrangement",
                         "Ansvarlig Karriere Nordland", "Periode 2023"])
    _, ms = parse(Paragraph("Våre tiltak"), a, b)
    assert [m.title for m in ms] == ["Tiltak for seniorer i Nordland", "Samarbeid med NAV om karrieredager"]
