"""Forms of reports first met in a blind batch (match28), each in a test's own words."""

from test_report_forms import H, L, parse

from tiltak.extract.model import Paragraph, Run


def test_an_id_of_a_delmal_and_a_letter_names_the_delmal_and_an_also_field_adds_to_it():
    """"3.4-b Title" numbers the measures under one delmål by letter: 3.4 is the measure's delmål
    (not a section number), and "Også delmål: 2.2" adds one; "Også delmål: –" adds none."""
    result = parse(H("Innsatsområde 3 – Voksne", level=1),
                   H("3.4-a\u2003Norskopplæring på arbeidsplassen"), L("Også delmål", "–"), L("Type", "Kurs/utdanning"),
                   L("Ansvarlig", "Nordland fylkeskommune"), Paragraph(text="Kurs for ansatte i kommunene."),
                   H("3.4-b Språkløft i barnehagene"), L("Også delmål", "2.2"), L("Type", "Prosjekt"),
                   L("Ansvarlig", "Kommunene"), Paragraph(text="Et løft for språk og fag."),
                   H("2.1c Digitalt grunnkurs"), L("Type", "Kurs/utdanning"), L("Ansvarlig", "KS"))
    assert [m.title for m in result.measures] == ["Norskopplæring på arbeidsplassen", "Språkløft i barnehagene",
                                                  "Digitalt grunnkurs"]
    assert [m.goal_text.replace("–", "").split() for m in result.measures] == [["3.4"], ["3.4", "2.2"], ["2.1"]]


def test_of_two_goal_columns_the_strategys_delmal_are_the_one_with_its_codes():
    """Another framework's goals labelled like delmål beside the strategy's ("Bærekraftsmål" codes
    4.4, 8.2 before "Delmål i strategien"), in either order: the column of the strategy's codes."""
    from test_report_forms import table

    rows = [["Nettkurs i statistikk", "4.4", "2.1"], ["Mentorordning for nyutdannede", "4.3, 8.5", "1.3"],
            ["Rapport om etterutdanning", "4.4", "2.2, 2.4"]]
    for header, order in ((["Tiltak", "Delmål (FN)", "Delmål i strategien"], (0, 1, 2)),
                          (["Tiltak", "Delmål", "Delmål (bærekraft)"], (0, 2, 1))):
        t = table([[*header, "Ansvarlig"]] + [[*(row[k] for k in order), "Forbundet"] for row in rows])
        result = parse(t)
        assert [m.goal_text for m in result.measures] == ["2.1", "1.3", "2.2, 2.4"], header
    # both columns of the strategy's codes: the first stays the goal column, the second's are the
    # measure's too (as match42's writer labelled "Hovedmål | Andre mål")
    t = table([["Tiltak", "Delmål", "Delmål (sekundært)", "Ansvarlig"]] + [[r[0], r[2], "3.1", "Forbundet"] for r in rows])
    assert [m.goal_text for m in parse(t).measures] == ["2.1; 3.1", "1.3; 3.1", "2.2, 2.4; 3.1"]
    # codes with the delmål's name in the first, bare codes in the second: the first stays, the second adds
    t = table([["Tiltak", "Delmål", "Relevante delmål", "Ansvarlig"]] + [
        [r[0], f"{r[2][:3]} Flere får kompetanse", "3.1", "Forbundet"] for r in rows])
    assert [m.goal_text for m in parse(t).measures] == ["2.1 Flere får kompetanse; 3.1", "1.3 Flere får kompetanse; 3.1",
                                                        "2.2 Flere får kompetanse; 3.1"]


def test_a_forms_first_row_of_a_day_names_no_measure():
    """A grant call's fact table under its name: the first row's answer is a deadline ("Siste frist |
    1. juni 2021", under a label tiltak does not know), not the measure's name; a first row of an
    unknown label whose answer is a name still names it."""
    from test_report_forms import B, table

    def call(name, first):
        return [B(name), table([first, ["Delmål", "2.3"], ["Ansvarlig", "Fylkeskommunen"], ["Periode", "2021–2022"]])]

    result = parse(*call("Tilskudd til lærebedrifter", ["Siste frist", "1. juni 2021"]),
                   *call("Etterutdanning for instruktører", ["Utlyst dato", "12.04.2021"]))
    assert [m.title for m in result.measures] == ["Tilskudd til lærebedrifter", "Etterutdanning for instruktører"]
    # a name that opens with a day ("8. mars-konferansen") is a name
    result = parse(table([["Arrangement", "8. mars-konferansen om fagarbeid"], ["Delmål", "2.3"], ["Ansvarlig", "LO"],
                          ["Periode", "2021"]]))
    assert [m.title for m in result.measures] == ["8. mars-konferansen om fagarbeid"]
    result = parse(table([["Innsats", "Kurs for ledere"], ["Delmål", "2.3"], ["Ansvarlig", "KS"], ["Periode", "2021"]]))
    assert [m.title for m in result.measures] == ["Kurs for ledere"]


def test_a_grant_calls_labels_are_no_fields_of_the_measure():
    from tiltak.extract.vocabulary import label_field

    assert label_field("Hvem kan søke") == "other" and label_field("Kven kan søkje") == "other"
    assert label_field("Søknadsfrist") == "other"


def test_a_by_line_in_italics_with_its_time_gives_who_with_whom_and_when():
    """"Virke med HSH og NAV · 2021–2022" in italics under a name: who, with whom, when. A place, a
    credit, a scheme or a label before a time is no by-line ("Oslo · mars 2023", "Foto Ole Hansen ·
    2022", "Samarbeid med NAV · 2023"), nor is a line of other words ("Kurs med 40 deltakere · 2023")."""
    from tiltak.extract.layouts.facts import by_line

    assert by_line("Virke med HSH og NAV · 2021–2022") == [("responsible", "Virke"), ("partners", "HSH og NAV"),
                                                            ("period", "2021–2022")]
    assert by_line("Unio i samarbeid med Fafo") == [("responsible", "Unio"), ("partners", "Fafo")]
    for text in ("Kurs med 40 deltakere · 2023", "Digitale kurs · 2023", "Virke med HSH", "Virke · Kurs/utdanning",
                 "Virke med HSH · Prosjekt", "Samarbeid: Ny Analyse · 2018", "Utdanningsdirektoratet · Periode: 2021–",
                 "Oslo · mars 2023", "Foto Ole Hansen · 2022", "Kompetansepluss · 2016–2023", "Samarbeid med NAV · 2023",
                 "Regjeringen og partene · 2022–2026"):
        assert by_line(text) is None, text


def test_a_name_cell_with_its_line_of_facts_makes_a_table_of_measures_whatever_its_other_columns():
    """"Tiltak | Vår | Høst": each name cell holds the name, a line of facts and "Om tiltaket: …"; the other
    columns are status notes tiltak does not know."""
    from test_report_forms import table

    rows = [["Tiltak", "Vår", "Høst"],
            ["Lesekurs for voksne\nDelmål 3.2 · Kurs/utdanning · Studieforbundet · 2021\nOm tiltaket: Kurs i lesing og skriving.",
             "Tre kurs", "Fem kurs"],
            ["Nettverk for kursledere\nDelmål 3.6 · Prosjekt · Ansvar: VOFO · Med: regionene · Periode: Løpende\nOm tiltaket: Samlinger.",
             "Samling", "–"]]
    t = table(rows)
    for c in t.cells:  # a cell's lines are its paragraphs, as the readers give them
        c.paragraphs = [Paragraph(text=line) for line in c.text.split("\n")]
    result = parse(t)
    assert [m.title for m in result.measures] == ["Lesekurs for voksne", "Nettverk for kursledere"]
    assert [m.goal_text for m in result.measures] == ["Delmål 3.2", "Delmål 3.6"]
    assert [m.type_text for m in result.measures] == ["Kurs/utdanning", "Prosjekt"]
    assert [m.period_text for m in result.measures] == ["2021", "Løpende"]
    assert [m.partners_text for m in result.measures][1] == "regionene"  # (a line of facts with labels in its parts)
    assert [m.description for m in result.measures] == ["Kurs i lesing og skriving.", "Samlinger."]


def test_a_measure_named_bare_in_an_overview_and_told_of_elsewhere_is_one_measure():
    """A diagram's box ("Karriere Nordland · 1.3 · Prosjekt") and the same name told of on the next
    page (who, when, a text): one measure, the told one, with the box's delmål (besides its own); a name told of twice
    stays twice (two measures of one name), and a bare name alone stays."""
    from tiltak.extract.file import _overview_entries
    from tiltak.extract.records import Provenance, RawMeasure

    def m(title, page, **facts):
        return RawMeasure(index=page, title=title, provenance=Provenance(page=page, locator=f"paragraph {page}"), **facts)

    measures = [m("Karriere Nordland", 1, goal_text="1.3", type_text="Prosjekt"), m("Lærlingløftet", 1, goal_text="2.3"),
                m("Kompetanseforum", 1, goal_text="1.2"),
                m("Karriere Nordland", 2, responsible_text="Nordland fylkeskommune", description="Veiledning."),
                m("Lærlingløftet", 2, goal_text="2.5", period_text="2022–2024"),
                m("Nettverk for ledere", 2, responsible_text="KS"), m("Nettverk for ledere", 3, responsible_text="NHO"),
                m("Kartlegging", 3, goal_text="1.1", extra={"Målgruppe": "Kommunene"}),
                m("Kartlegging", 4, goal_text="3.2", description="Kartlegging av behov.")]
    out = _overview_entries(measures)
    assert [(x.title, x.goal_text, x.type_text, x.provenance.page) for x in out] == [
        ("Kompetanseforum", "1.2", None, 1), ("Karriere Nordland", "1.3", "Prosjekt", 2), ("Lærlingløftet", "2.5; 2.3", None, 2),
        ("Nettverk for ledere", None, None, 2), ("Nettverk for ledere", None, None, 3), ("Kartlegging", "1.1", None, 3),
        ("Kartlegging", "3.2", None, 4)]  # (a name with labelled facts of its own is no bare entry)
    assert [x.index for x in out] == [1, 2, 3, 4, 5, 6, 7]


def test_a_document_printed_with_its_formatting_marks_shown_reads_without_them():
    """"¶" closing each paragraph and "→" for each tab (Word's marks, printed): the text without them;
    a document with a "¶" or two of its own (a note, a symbol explained) keeps them."""
    from tiltak.extract.model import Document, without_formatting_marks

    def doc(*texts):
        return Document(path="t", format="pdf", blocks=[Paragraph(text=t, lead=t.split("→")[0].strip() if "→" in t else None,
                                                                  runs=[Run(t)]) for t in texts])

    marked = without_formatting_marks(doc("Tiltak: → Kurs for tillitsvalgte ¶", "Type: → Kurs/utdanning¶", "¶",
                                          "Ansvarlig: → LO¶", "LO har i år¶ holdt kurs.¶"))
    assert [p.text for p in marked.paragraphs()] == ["Tiltak: Kurs for tillitsvalgte", "Type: Kurs/utdanning",
                                                     "Ansvarlig: LO", "LO har i år holdt kurs."]
    assert [p.lead for p in marked.paragraphs()][:3] == ["Tiltak:", "Type:", "Ansvarlig:"]
    assert [r.text.strip() for p in marked.paragraphs() for r in p.runs][0] == "Tiltak: Kurs for tillitsvalgte"
    runs = without_formatting_marks(Document(path="t", format="docx", blocks=[
        Paragraph(text="Ansvarlig: NHO¶", runs=[Run("Ansvarlig:", bold=True), Run(" NHO¶")]),
        Paragraph(text="Linje én\nlinje to¶"), Paragraph(text="Tre¶")]))
    assert "".join(r.text for r in runs.paragraphs()[0].runs) == "Ansvarlig: NHO "
    assert runs.paragraphs()[1].text == "Linje én\nlinje to"
    kept = without_formatting_marks(doc("Kurs → jobb", "Tegnet ¶ markerer avsnitt.", "Ansvarlig: LO", "Type: Kurs",
                                        "Periode: 2019 ¶"))
    assert [p.text for p in kept.paragraphs()][0] == "Kurs → jobb" and kept.paragraphs()[4].text == "Periode: 2019 ¶"
