"""Forms of ordinary reports left from blind batches match46 and match47, each in a test's own words."""

import docx

from tiltak.extract.file import extract_file


def _table(document, rows):
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    return table


def test_a_bullet_naming_its_measure_and_old_numbers_in_a_bracket_before_a_colon_is_that_measure(tmp_path):
    """A ministry's note compiles other ministries' inputs: under a heading naming two ministries, an
    intro line ending with a colon (it has a date, but is no period), then bullets "Name (tiltak 8): text.
    Ansvar: … Med: …". Each bullet is a measure named before its bracket, the bracket its goal; a bracket
    of years inside the name stays in it."""
    document = docx.Document()
    document.add_heading("Oppfølging av strategien – innspill", 1)
    document.add_heading("2 Nærings- og fiskeridepartementet og Landbruksdepartementet", 2)
    document.add_paragraph("Innspill fra NFD og LMD (e-post 2.11.2017):").runs[0].italic = True
    document.add_paragraph("Bransjeprogram for sjømatnæringen (tiltak 8): Ansatte i fiskeindustrien får tilbud om "
                           "fagbrev gjennom opplæring på arbeidsplassen. Ansvar: NFD. Med: Sjømat Norge, NNN. "
                           "Periode: 2017–2019.", style="List Bullet")
    document.add_paragraph("Grønn kompetanse (2017–2020) (tiltak 9 og 12): Kurs i bærekraftig drift for bønder. "
                           "Ansvar: LMD. Med: Norges Bondelag. Periode: 2017–2020.", style="List Bullet")
    document.add_heading("3 Oppsummering", 2)
    document.add_paragraph("Departementene har meldt inn to tiltak.")
    document.save(tmp_path / "notat.docx")
    got = [(m.title, m.goal_text, m.responsible_text, m.period_text) for m in extract_file(tmp_path / "notat.docx").measures]
    assert got == [("Bransjeprogram for sjømatnæringen", "tiltak 8", "NFD", "2017–2019"),
                   ("Grønn kompetanse (2017–2020)", "tiltak 9 og 12", "LMD", "2017–2020")]


def test_a_table_of_figures_with_thousands_grouped_and_a_sum_row_is_no_measure(tmp_path):
    """After the measures, a bold heading over a table of course figures ("Kurs | Deltakere") whose
    numbers are grouped by thousands ("12 450") and whose last row is a sum: no measure, and its
    "Kurs" header gives no measure a type."""
    document = docx.Document()
    for name, text in [("Lesesirkler for voksne", "Sirklene møtes hver uke på bibliotekene."),
                       ("Kurs i digital hverdag", "Kurs for eldre i bruk av offentlige nettjenester.")]:
        document.add_paragraph().add_run(name).bold = True
        document.add_paragraph("Delmål: 3.2")
        document.add_paragraph("Ansvar: Studieforbundet Viken")
        document.add_paragraph(text)
    document.add_paragraph().add_run("Aktivitet i 2024").bold = True
    _table(document, [("Region", "Kurs", "Deltakere"), ("Viken øst", "1 210", "9 870"),
                      ("Viken vest", "2 040", "14 300"), ("Sum", "3 250", "24 170")])
    document.save(tmp_path / "vofo.docx")
    got = [(m.title, m.goal_text) for m in extract_file(tmp_path / "vofo.docx").measures]
    assert got == [("Lesesirkler for voksne", "3.2"), ("Kurs i digital hverdag", "3.2")]


def test_a_key_to_the_delmal_codes_under_a_matrix_is_no_measures_goal(tmp_path):
    """An X-matrix of measures by delmål code, then a line telling what each code over its columns
    stands for ("Delmåla: 2.1 …; 2.4 …; 3.1 …"): a key, no goal of a measure (the heading over the matrix
    is no measure); the measures under their headings take their delmål from the matrix."""
    document = docx.Document()
    document.add_heading("Oversyn over tiltak og delmål", 1)
    _table(document, [("Tiltak", "2.1", "2.4", "3.1"), ("Kompetanseløft i Nordland", "X", "", "X"),
                      ("Bransjenettverk for industrien", "", "X", "")])
    document.add_paragraph("Delmåla: 2.1 digital kompetanse i arbeidsstyrken; 2.4 kople kompetansebehov til "
                           "tilbodet; 3.1 fleksibel opplæring for vaksne")
    document.add_heading("Tiltaka", 1)
    for name, text in [("Kompetanseløft i Nordland", "Tilbod om fagbrev og kurs til tilsette i kommunane."),
                       ("Bransjenettverk for industrien", "Nettverket samlar verksemder og skular fire gonger i året.")]:
        document.add_heading(name, 2)
        document.add_paragraph(text)
        document.add_paragraph("Ansvarleg: Nordland fylkeskommune. Tidsrom: 2021–2023. Type: Prosjekt.")
    document.save(tmp_path / "nordland.docx")
    got = [(m.title, m.goal_text) for m in extract_file(tmp_path / "nordland.docx").measures]
    assert [t for t, _ in got] == ["Kompetanseløft i Nordland", "Bransjenettverk for industrien"]
    assert "regional" not in " ".join(g or "" for _, g in got) and "digital kompetanse" not in " ".join(g or "" for _, g in got)


def test_also_an_old_number_on_a_line_under_a_name_adds_to_the_headings_old_number(tmp_path):
    """A 2017 report grouped under "Strategiens tiltak nr. N – words": an italic line "Gjelder også nr. 9."
    under a measure's name adds that old number to the heading's."""
    document = docx.Document()
    document.add_heading("Strategiens tiltak nr. 3 – Karriereveiledning", 2)
    document.add_paragraph().add_run("Karrieredager i videregående skole").bold = True
    document.add_paragraph().add_run("Gjelder også nr. 9.").italic = True
    document.add_paragraph("Ansvar: Virke")
    document.add_paragraph("Tidsrom: 2017")
    document.add_paragraph("Kort om tiltaket: Bedrifter møter elever for å fortelle om yrkene sine.")
    document.add_heading("Strategiens tiltak nr. 7 – Flere læreplasser", 2)
    document.add_paragraph().add_run("Handelsnettverk for lærlinger").bold = True
    document.add_paragraph("Ansvar: Virke")
    document.add_paragraph("Tidsrom: løpende")
    document.add_paragraph("Kort om tiltaket: Nettverket deler erfaringer om opplæring i butikk.")
    document.save(tmp_path / "virke.docx")
    got = [(m.title, m.goal_text) for m in extract_file(tmp_path / "virke.docx").measures]
    assert got == [("Karrieredager i videregående skole", "Strategiens tiltak nr. 3 Gjelder også nr. 9."),
                   ("Handelsnettverk for lærlinger", "Strategiens tiltak nr. 7")]
