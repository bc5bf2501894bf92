"""Forms of reports first met in a blind batch (match26), each in a test's own words: a register's
two-name column headers, a workbook printed sheet by sheet, measures numbered by the strategy's own
tiltak, a CV's dates before the names, an intranet feed framed by bars, a log's status marks, a
template's example row, a cover before a table of facts, rows that go on under "(forts.)"."""

from tiltak.extract.content import goal_reference, is_goal_line, is_period_line
from tiltak.extract.file import _once, _without_shared_head
from tiltak.extract.layouts import best_layout
from tiltak.extract.layouts.base import split_numbering, split_typed_number
from tiltak.extract.layouts.facts import facts_line
from tiltak.extract.layouts.segments import _dated_name
from tiltak.extract.model import Cell, Document, Paragraph, Run, Table
from tiltak.extract.pdf_reader import _read_page, _Word
from tiltak.extract.records import Provenance, RawMeasure
from tiltak.extract.vocabulary import header_field


def table(rows, page=None):
    cells = [Cell(text, r, c, page=page) for r, row in enumerate(rows) for c, text in enumerate(row)]
    return Table(cells=cells, n_rows=len(rows), n_cols=max(len(r) for r in rows), page=page, page_end=page)


def parse(*blocks, fmt="docx"):
    doc = Document(path="t", format=fmt, blocks=list(blocks))
    layout, _ = best_layout(doc)
    assert layout is not None
    return layout.parse(doc)


def B(text, lead=None):
    return Paragraph(text=text, bold=True, runs=[Run(text, bold=True)], lead=lead)


def H(text, level=2):
    """A heading in Word's style of its level."""
    return Paragraph(text=text, heading_level=level, bold=True, runs=[Run(text, bold=True)])


def L(label, value):
    """A "Label: value" line, its label in bold."""
    text = f"{label}: {value}"
    return Paragraph(text=text, lead=f"{label}:", runs=[Run(f"{label}:", bold=True), Run(f" {value}")])


def test_a_column_header_of_two_names_or_a_compound_ending_in_a_label():
    assert header_field("Prosjekt/tiltak") == "title"
    assert header_field("Utfører/partnere") == "partners"
    assert header_field("Avtaleperiode") == "period" and header_field("Prosjektansvarlig") == "responsible"
    # a label of its own wins over its last part; compounds of other words, or two unknown names, are none
    assert header_field("Rapporteringsperiode") == "other"
    assert header_field("Målgruppe") == "other"
    assert [header_field(h) for h in ("Deltakerantall", "Trepartssamarbeid", "Medieomtale", "Medansvar")] == [None] * 4
    assert header_field("Budsjett/ramme") is None
    assert header_field("Innkjøpsramme") is None and header_field("Tiltak") == "title"


def test_a_register_sums_its_budget_in_a_row_whose_year_is_no_count():
    t = table([["Løpenr.", "Prosjekt/tiltak", "Art", "Utfører/partnere", "Avtaleperiode", "Beløp", "Delmål"],
               ["21-1", "Analyse av lærlingmarkedet", "FoU", "Fafo", "2021", "900", "2.3"],
               ["21-2", "Nettverk for karriereveiledere", "Nettverk", "fylkene", "2021–2022", "300", "1.3"],
               ["21-3", "Kurs i lesing for ansatte", "Kurs", "VOFO", "2021", "1 200", "3.2"],
               ["", "Samlet kompetanseplan", "Plan", "KS", "2021–2023", "", ""],
               ["", "Totalt oppdrag 2021", "", "", "", "2 400", ""]])
    result = parse(t)
    assert [m.title for m in result.measures] == ["Analyse av lærlingmarkedet", "Nettverk for karriereveiledere",
                                                  "Kurs i lesing for ansatte", "Samlet kompetanseplan"]
    assert result.measures[1].partners_text == "fylkene" and result.measures[1].period_text == "2021–2022"
    assert not result.self_checks  # "2021" was no printed count of measures


def test_a_workbook_printed_sheet_by_sheet_gives_each_sheet_its_delmal():
    """Column letters over each sheet, row numbers beside it, the sheet's title row naming a delmål,
    an empty row, then the header; a measure on two sheets is one measure of both."""
    def sheet(goal, rows, page):
        return table([["", "A", "B", "C", "D"], ["1", f"Delmål {goal} – slik arket heter", "", "", ""], ["2", "", "", "", ""],
                      ["3", "Tiltak", "Type", "Ansvarlig", "Periode"]]
                     + [[str(4 + k), *r] for k, r in enumerate(rows)], page=page)
    result = parse(sheet("1.3", [["Veiledning på nett", "Tjeneste", "HK-dir", "2021"]], 1),
                   sheet("2.1", [["Tilskudd til nettkurs", "Tilskudd", "HK-dir", "2021–2022"],
                                 ["Lærlingløftet", "Prosjekt", "HK-dir", "2021"]], 2),
                   sheet("2.4", [["Tilskudd til nettkurs", "Tilskudd", "HK-dir", "2021–2022"]], 3), fmt="pdf")
    measures = _once(result.measures)
    assert [(m.title, m.goal_text) for m in measures] == [
        ("Veiledning på nett", "Delmål 1.3"), ("Tilskudd til nettkurs", "Delmål 2.1; Delmål 2.4"),
        ("Lærlingløftet", "Delmål 2.1")]


def raw(k, title, goal, where, **facts):
    return RawMeasure(index=k, title=title, goal_text=goal, provenance=Provenance(locator=where), **facts)


def test_rows_of_two_tables_are_one_measure_only_with_all_facts_alike():
    facts = dict(type_text="Kurs", responsible_text="Virke", partners_text="HK", period_text="2023")
    same = [raw(1, "Salgskurs", "2.1", "table 1 row 2", **facts, extra={"Merknad": "Nytt i år"}),
            raw(2, "Salgskurs", "2.4", "table 2 row 2", **facts, extra={"Merknad": "Står også på ark 2.1"})]
    assert [m.goal_text for m in _once(same)] == ["2.1; 2.4"]
    noted = [same[0], raw(2, "Salgskurs", "2.4", "table 2 row 2", **facts, extra={"Merknad": "Eget kurs for HK"})]
    assert len(_once(noted)) == 2  # a note of its own is no pointer to the first
    two_facts = [raw(1, "Salgskurs", "2.1", "table 1 row 2", type_text="Kurs", responsible_text="Virke"),
                 raw(2, "Salgskurs", "2.4", "table 2 row 2", type_text="Kurs", responsible_text="Virke")]
    assert len(_once(two_facts)) == 2
    # a summary's rows of two reporters, or a row missing a fact, stay two
    other = [raw(1, "Salgskurs", "2.1", "table 1 row 2", **facts),
             raw(2, "Salgskurs", "2.4", "table 2 row 2", **(facts | {"responsible_text": "HK"}))]
    assert len(_once(other)) == 2
    thin = [raw(1, "Salgskurs", "2.1", "table 1 row 2", **facts),
            raw(2, "Salgskurs", "2.4", "table 2 row 2", type_text="Kurs", responsible_text="Virke")]
    assert len(_once(thin)) == 2


def test_measures_numbered_by_the_strategys_tiltak_and_a_letter():
    assert split_numbering("12 b) Nettverk for rådgivere")[:2] == ("12 b)", "Nettverk for rådgivere")
    assert split_typed_number("12 b) Nettverk for rådgivere") == (None, "12 b) Nettverk for rådgivere")
    result = parse(
        Paragraph("Vi merker hvert tiltak med strategiens nummer."),
        B("2 a) Bransjedialog om kompetanse"), Paragraph("Type: Nettverk – Ansvarlig: Virke – Tidsrom: 2017"),
        B("9 a) Kurs for mellomledere"), Paragraph("Type: Kurs – Ansvarlig: Virke – Tidsrom: 2017 – Også nr. 3"),
        B("9 b) Lederprogram i handelen"), Paragraph("Type: Kurs – Ansvarlig: Virke – Tidsrom: 2017"),
        B("14 a) Studie av nettkurs"), Paragraph("Type: FoU – Ansvarlig: Virke – Tidsrom: 2017"))
    assert [(m.title, m.goal_text) for m in result.measures] == [
        ("Bransjedialog om kompetanse", "tiltak nr. 2"), ("Kurs for mellomledere", "tiltak nr. 9 Også nr. 3"),
        ("Lederprogram i handelen", "tiltak nr. 9"), ("Studie av nettkurs", "tiltak nr. 14")]


def test_an_outline_numbered_one_two_three_with_letters_names_no_tiltak():
    result = parse(
        B("1 a) Bransjedialog om kompetanse"), Paragraph("Delmål: 2.1 – Type: Nettverk – Ansvarlig: Virke"),
        B("1 b) Kurs for mellomledere"), Paragraph("Delmål: 2.2 – Type: Kurs – Ansvarlig: Virke"),
        B("2 a) Lederprogram i handelen"), Paragraph("Delmål: 2.2 – Type: Kurs – Ansvarlig: Virke"))
    assert [(m.title, m.goal_text) for m in result.measures] == [
        ("Bransjedialog om kompetanse", "2.1"), ("Kurs for mellomledere", "2.2"), ("Lederprogram i handelen", "2.2")]
    one_chapter = parse(*[x for k in "abc" for x in (B(f"4 {k}) Kurs {k} for ledere"), Paragraph("Delmål: 2.2 – Type: Kurs"))])
    assert [m.goal_text for m in one_chapter.measures] == ["2.2"] * 3  # "4 a) 4 b) 4 c)": a chapter's outline


def test_also_a_delmal_among_a_line_of_facts_adds_to_the_goal():
    result = parse(B("2.1 – Bransjedialog om kompetanse"), Paragraph("Nettverk · 2022 · Også delmål 2.4"),
                   B("2.2 – Kurs for mellomledere"), Paragraph("Kurs · 2023"))
    assert [(m.title, m.goal_text) for m in result.measures] == [
        ("Bransjedialog om kompetanse", "2.1 Også delmål 2.4"), ("Kurs for mellomledere", "2.2")]


def test_a_delmal_under_a_name_numbered_by_the_strategy_adds_to_its_goal():
    result = parse(
        B("3 a) Bransjedialog om kompetanse"), Paragraph("Delmål: 2.1 – Type: Nettverk – Ansvarlig: Virke"),
        B("5 a) Kurs for mellomledere"), Paragraph("Type: Kurs – Ansvarlig: Virke"),
        B("9 a) Lederprogram i handelen"), Paragraph("Type: Kurs – Ansvarlig: Virke"), Paragraph("Delmål: 2.2"),
        Paragraph("Delmål: 2.3"), Paragraph("Ansvarlig: HK"))
    assert [(m.title, m.goal_text) for m in result.measures] == [
        ("Bransjedialog om kompetanse", "tiltak nr. 3 2.1"), ("Kurs for mellomledere", "tiltak nr. 5"),
        ("Lederprogram i handelen", "tiltak nr. 9 2.2"), ("", "2.3")]  # a second delmål starts a measure of its own


def test_a_cvs_dates_stand_before_the_names_and_go_on_under_them():
    result = parse(
        Paragraph("Tiltakene våre satt opp som en CV."),
        B("2016–2018, Praksisplasser i sykehus", lead="2016–2018,"), B("utvidet i 2019"),
        Paragraph("Spekter · med Helse Vest"), Paragraph("Delmål 1.4 · Prosjekt"),
        B("Høstsemesteret Kurs i samtaleledelse", lead="Høstsemesteret"), B("2020"),
        Paragraph("Spekter · med Virke, HK"), Paragraph("Delmål 2.2 · Kurs"),
        B("Mai 2021 Frokostseminar om lærlinger", lead="Mai 2021"),
        Paragraph("Spekter og NHO · med helseforetakene"), Paragraph("Delmål 2.3 · Arrangement"), fmt="pdf")
    assert [(m.title, m.period_text, m.responsible_text, m.partners_text) for m in result.measures] == [
        ("Praksisplasser i sykehus", "2016–2018, utvidet i 2019", "Spekter", "Helse Vest"),
        ("Kurs i samtaleledelse", "Høstsemesteret 2020", "Spekter", "Virke, HK"),
        ("Frokostseminar om lærlinger", "Mai 2021", "Spekter og NHO", "helseforetakene")]
    assert is_period_line("Vårsemesteret") and not is_period_line("Semesteroppgave om lønn og arbeid i Norge")
    # a bold label and its answer is no time before a name
    labelled = B("Relasjon til delmål: Delmål 2.3", lead="Relasjon til delmål:")
    assert _dated_name(labelled) is None and _dated_name(B("Til 2024 Nettverk for HR", lead="Til 2024")) is not None


def test_who_then_with_whom_in_a_line_of_facts():
    assert facts_line("Virke · med HK, NHO Handel") == [("responsible", "Virke"), ("partners", "HK, NHO Handel")]
    assert facts_line("Kurs i salg · med praktiske øvelser") is None  # a name with a remark, no who
    assert facts_line("Vi har kurs · med LO") is None and facts_line("Lag 7 og 8 · med LO") is None
    assert facts_line("lokale lag · med LO") is None
    assert facts_line("Kurs · med LO") == [("type", "Kurs"), ("partners", "LO")]  # a fact first, not who
    assert facts_line("Bransjeprogram for industrien · med NHO og Fellesforbundet") is None


def word(text, x0, top, size=10.0, bold=False):
    return _Word(text=text, x0=x0, x1=x0 + 6 * len(text), top=top, bottom=top + size, size=size, bold=bold)


def test_a_page_framed_by_a_top_bar_and_a_side_bar_keeps_its_text():
    """Two drawn bars make a 'table' of two cells around the page: the text neither bar holds is the page's."""
    words = [word("Intranett", 10, 10), word("Meny", 10, 60), word("Grupper", 10, 80),
             word("Kurs", 200, 100, bold=True), word("for", 230, 100, bold=True), word("tillitsvalgte", 250, 100, bold=True),
             word("Delmål", 200, 130), word("2.2", 245, 130)]
    cells = [(0.0, 0.0, 595.0, 40.0), (0.0, 40.0, 110.0, 842.0)]
    lines, tables, _ = _read_page(words, [(cells, (0.0, 0.0, 595.0, 842.0))], 842.0, 1, set())
    assert any("Intranett" in c.text for t, _ in tables for c in t.cells)
    assert [pl.text for pl in lines] == ["Kurs for tillitsvalgte", "Delmål 2.2"]


def test_where_a_measure_stands_before_every_name_is_no_part_of_it():
    def m(k, title):
        return RawMeasure(index=k, title=title)
    marked = [m(1, "Videreført: Karrieresenteret i Agder"), m(2, "Nytt: Lærlingløftet"), m(3, "Avsluttet: Kurs i lesing")]
    assert [x.title for x in _without_shared_head(marked)] == ["Karrieresenteret i Agder", "Lærlingløftet", "Kurs i lesing"]
    # a name that only opens with a word and a colon keeps it
    names = [m(1, "Videreført: Karrieresenteret i Agder"), m(2, "Kurs i lesing"), m(3, "Lærlingløftet")]
    assert _without_shared_head(names) == names


def test_a_templates_example_row_left_in_is_no_measure():
    rows = [["Tiltak", "Delmål", "Type", "Ansvarlig"],
            ["Eksempel: Kurs for nye ledere", "2.2", "Kurs", "Organisasjonen"],
            ["Lederkurs i sykehus", "2.2", "Kurs", "Unio"], ["Nettverk for HR", "1.2", "Nettverk", "Unio"]]
    assert [m.title for m in parse(table(rows)).measures] == ["Lederkurs i sykehus", "Nettverk for HR"]
    every = [rows[0]] + [[f"Eksempel: {r[0]}", *r[1:]] for r in rows[2:]] + [["Eksempel: Kurs i lesing", "3.2", "Kurs", "Unio"]]
    assert len(parse(table(every)).measures) == 3  # every name so opened: the report's own word


def test_a_covers_name_and_period_then_a_table_of_its_facts_is_one_measure():
    facts = table([["Prosjektnavn", "Lærlinger i staten"], ["Prosjekteier", "DFØ"], ["Periode", "2021–2023"],
                   ["Delmål", "2.3"], ["Type", "Prosjekt"]])
    result = parse(Paragraph("Sluttrapport"), B("Lærlinger i staten"), Paragraph("2021–2023"), Paragraph("DFØ"),
                   Paragraph("Mai 2024"), B("Innhold"), Paragraph("Prosjektfakta 2"), Paragraph("Sammendrag 3"),
                   B("Prosjektfakta"), facts, B("Sammendrag"), Paragraph("Prosjektet har rekruttert lærlinger til staten."),
                   fmt="pdf")
    assert [(m.title, m.goal_text, m.responsible_text) for m in result.measures] == [("Lærlinger i staten", "2.3", "DFØ")]
    # one name twice, each with its delmål and type: two webinars
    twice = parse(B("Webinar om lærlinger"), Paragraph("Delmål 2.3 · Arrangement"), Paragraph("Om lærlinger i mai."),
                  B("Kurs i HMS"), Paragraph("Delmål 2.2 · Kurs"),
                  B("Webinar om lærlinger"), Paragraph("Delmål 2.3 · Arrangement · Ansvar: NHO"), Paragraph("I november."))
    assert [m.title for m in twice.measures] == ["Webinar om lærlinger", "Kurs i HMS", "Webinar om lærlinger"]


def test_a_row_that_goes_on_under_its_name_said_again():
    head = ["Nr", "Tiltak", "Delmål", "Ansvarlig", "Omtale"]
    first = table([head, ["1", "Kurs i norsk for ansatte", "3.4", "ASD", "Kurset går over to"]], page=1)
    second = table([head, ["1", "Kurs i norsk for ansatte (forts.)", "", "", "semestre."],
                    ["2", "Nettverk for veiledere", "1.3", "ASD", "Et nettverk."]], page=2)
    result = parse(first, second, fmt="pdf")
    assert [(m.title, m.description) for m in result.measures] == [
        ("Kurs i norsk for ansatte", "Kurset går over to semestre."), ("Nettverk for veiledere", "Et nettverk.")]


def test_the_strategys_name_before_a_code_is_a_delmal():
    assert goal_reference("NKPS 3.1 og 3.2") == "NKPS 3.1 og 3.2" and is_goal_line("NKPS 1.4")
    assert facts_line("NKPS 3.2 | Kurs | VOFO + studieforbundene | 2024") == [
        ("goal", "NKPS 3.2"), ("type", "Kurs"), ("responsible", "VOFO"), ("partners", "studieforbundene"), ("period", "2024")]
    assert goal_reference("NKPS-tiltak 2024") is None  # a year, no code


def test_a_notice_with_no_fact_among_measures_that_each_give_theirs_is_none():
    def post(title, facts="Delmål 2.2 · Kurs · Ansvar: LO · 2019"):
        return [B(title), Paragraph("En setning om saken."), Paragraph(facts)] if facts else [B(title), Paragraph("En setning.")]
    notice = "Heisen er stengt mandag 3. mars"
    blocks = [*post("Kurs i tariff"), *post(notice, None), *post("Kurs i HMS"), *post("Nettverk for tillitsvalgte"),
              *post("Arbeidsmiljøkonferansen"), *post("Nettkurs i lønnsforhandlinger for nye tillitsvalgte", None)]
    assert [m.title for m in parse(*blocks).measures] == [  # (a measure told in prose alone is kept)
        "Kurs i tariff", "Kurs i HMS", "Nettverk for tillitsvalgte", "Arbeidsmiljøkonferansen",
        "Nettkurs i lønnsforhandlinger for nye tillitsvalgte"]
    # among measures that give fewer facts a measure without any is kept
    thin = [*post("Kurs i tariff"), *post(notice, None), *post("Kurs i HMS", "Delmål 2.2 · Kurs"),
            *post("Nettverk for tillitsvalgte"), *post("Arbeidsmiljøkonferansen")]
    assert notice in [m.title for m in parse(*thin).measures]


def test_partners_written_as_mentions():
    from tiltak.normalize.config import load_config
    from tiltak.normalize.orgs import Gazetteer
    g = Gazetteer(load_config().organisations)
    assert g.split_entry("@Virke @Handel og Kontor @Fafo")[0] == ["Virke", "Handel og Kontor", "Fafo"]
    names, unknown = g.split_entry("@Folkeakademiet @lokallagene")
    assert not any("@" in x for x in names + unknown) and len(names + unknown) == 2
    assert g.split_entry("Virke og HK") == (["Virke", "Handel og Kontor"], [])


def test_a_reporter_named_with_a_hyphen_in_the_file_name():
    from tiltak.extract.records import DocumentInfo
    from tiltak.normalize.config import load_config
    from tiltak.normalize.orgs import Gazetteer
    from tiltak.normalize.reporter import find_reporter
    g = Gazetteer(load_config().organisations)
    info = DocumentInfo()
    assert find_reporter(info, "inn/HK-dir_oversikt_2022.pdf", [], g) == ("HK-dir", "file_name")
    assert find_reporter(info, "inn/LO-Stat-rapport-2022.pdf", [], g) == ("LO Stat", "file_name")
    assert find_reporter(info, "inn/hk_rapport_2022.pdf", [], g) == ("Handel og Kontor", "file_name")


def test_a_second_table_keyed_by_the_measures_numbers_gives_their_texts():
    register = table([["Løpenr.", "Prosjekt/tiltak", "Art", "Delmål"], ["21-1", "Analyse av lærlingmarkedet", "FoU", "2.3"],
                      ["21-2", "Nettverk for karriereveiledere", "Nettverk", "1.3"], ["21-3", "Kurs i lesing", "Kurs", "3.2"]])
    notes = table([["21-2", "Nettverket møtes to ganger i året."], ["21-1", "Analysen kommer i mars."]])
    result = parse(register, Paragraph("Kort om oppdragene"), notes)
    assert [m.description for m in result.measures] == ["Analysen kommer i mars.", "Nettverket møtes to ganger i året.",
                                                        None]
    # a table whose first cells are not all the measures' numbers is left alone
    other = table([["21-2", "Nettverket møtes to ganger i året."], ["Kilde", "Registeret"]])
    assert [m.description for m in parse(register, Paragraph("Kort om oppdragene"), other).measures] == [None] * 3
