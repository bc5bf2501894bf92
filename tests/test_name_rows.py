"""Tables that name each measure in a row across the table, over the row of its fields."""

from tiltak.extract.layouts import best_layout
from tiltak.extract.model import Cell, Document, Table
from tiltak.extract.name_rows import with_name_rows


def table(rows):
    """rows: a list of texts (a row across the table) or of cell texts."""
    n = max(len(r) for r in rows if isinstance(r, list))
    cells = []
    for r, row in enumerate(rows):
        if isinstance(row, str):
            cells.append(Cell(row, r, 0, col_span=n))
        else:
            cells += [Cell(text, r, c) for c, text in enumerate(row)]
    return Table(cells=cells, n_rows=len(rows), n_cols=n)


HEADER = ["Delmål", "Type", "Ansvarleg", "Tidsrom"]


def test_a_name_across_the_table_over_its_fields_and_its_text_is_one_measure():
    doc = with_name_rows(Document("t.docx", "docx", [table([
        HEADER, "Kompetanseforum Agder", ["1.2", "Råd/utvalg/nettverk", "Agder fylkeskommune", "2024–2027"],
        "Kort om: Nytt arbeidsprogram frå 2024.",
        "Karriere Agder", ["1.3", "Informasjon", "Agder fylkeskommune", "Løpande"]])]))
    layout, _ = best_layout(doc)
    ms = layout.parse(doc).measures
    assert [(m.title, m.goal_text, m.responsible_text, m.period_text, m.description) for m in ms] == [
        ("Kompetanseforum Agder", "1.2", "Agder fylkeskommune", "2024–2027", "Nytt arbeidsprogram frå 2024."),
        ("Karriere Agder", "1.3", "Agder fylkeskommune", "Løpande", None)]


def test_group_rows_over_several_measures_and_tables_with_a_name_column_stay_as_they_are():
    grouped = table([["Tiltak"] + HEADER, "Delmål 1.2 – Regional samordning",
                     ["Kompetanseforum Agder", "1.2", "Råd/utvalg/nettverk", "Agder fylkeskommune", "2024–2027"],
                     ["Karriere Agder", "1.3", "Informasjon", "Agder fylkeskommune", "Løpande"]])
    assert with_name_rows(Document("t.docx", "docx", [grouped])).blocks[0] is grouped
    two_under_one = table([HEADER, "Regional samordning", ["1.2", "Råd", "Agder fylkeskommune", "2024"],
                           ["1.3", "Informasjon", "Agder fylkeskommune", "Løpande"]])
    assert with_name_rows(Document("t.docx", "docx", [two_under_one])).blocks[0] is two_under_one


def test_a_matrix_of_delmal_by_who_reports_gives_each_name_its_delmal_and_responsible():
    from tiltak.extract.name_rows import with_matrices

    t = table([["Delmål", "Agder fylkeskommune", "NAV Agder", "LO og NHO i Agder"],
               ["1.2 Regionalt folkevalgt nivå", "Kompetanseforum Agder (R) Kompetansestrategi for Agder (P)", "–", "–"],
               ["1.4 Samarbeid mellom utdanning og arbeidsliv", "Kompetansestrategi for Agder (P)", "–", "–"],
               ["3.5 NAVs opplæringstiltak", "–", "Opplæring i arbeidsmarkedstiltak (K)", "–"]])
    doc = with_matrices(Document("t.pdf", "pdf", [t]))
    layout, _ = best_layout(doc)
    ms = layout.parse(doc).measures
    assert [(m.title, m.goal_text, m.responsible_text) for m in ms] == [
        ("Kompetanseforum Agder", "1.2 Regionalt folkevalgt nivå", "Agder fylkeskommune"),
        ("Kompetansestrategi for Agder", "1.2 Regionalt folkevalgt nivå; 1.4 Samarbeid mellom utdanning og arbeidsliv",
         "Agder fylkeskommune"),
        ("Opplæring i arbeidsmarkedstiltak", "3.5 NAVs opplæringstiltak", "NAV Agder")]
    # a table of measures whose columns are fields is no matrix
    fields = table([["Delmål", "Tiltak", "Ansvarlig"], ["1.2", "Kompetanseforum Agder", "Agder fylkeskommune"],
                    ["1.3", "Karriere Agder", "Agder fylkeskommune"]])
    assert with_matrices(Document("t.pdf", "pdf", [fields])).blocks[0] is fields


def test_tables_of_counts_or_years_and_group_rows_over_measures_stay_as_they_are():
    from tiltak.extract.name_rows import with_matrices

    counts = table([["Delmål", "Antall tiltak", "Andel"], ["1.2 Regionalt nivå", "4", "33 %"], ["1.3 Karriere", "8", "67 %"]])
    years = table([["Delmål", "2019", "2020"], ["1.2 Regionalt nivå", "Forum", "Plan"], ["1.3 Karriere", "Senter", "Senter"]])
    for t in (counts, years):
        assert with_matrices(Document("t.pdf", "pdf", [t])).blocks[0] is t
    groups = table([["", "Ansvarlig", "Periode", "Type"], "Delmål 1.2 Regionalt folkevalgt nivå",
                    ["Kompetanseforum Agder", "Agder fylkeskommune", "2024", "Råd"],
                    "Delmål 1.3 Karriereveiledning", ["Karriere Agder", "Agder fylkeskommune", "2024", "Informasjon"]])
    assert with_name_rows(Document("t.docx", "docx", [groups])).blocks[0] is groups
    lines = table([["Delmål", "Agder fylkeskommune", "NAV Agder"],
                   ["1.2 Regionalt nivå", "Kompetanseforum Agder\nKarriere Agder", "–"], ["1.3 Karriere", "–", "Veiledning i NAV"]])
    titles = [c.text for c in with_matrices(Document("t.pdf", "pdf", [lines])).blocks[0].cells if c.col == 0][1:]
    assert titles == ["Kompetanseforum Agder", "Karriere Agder", "Veiledning i NAV"]
