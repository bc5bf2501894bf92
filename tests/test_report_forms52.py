"""Forms of ordinary reports from blind batches match52 and match53, each in a test's own words."""

import docx

from test_pdf_reader import _pdf
from test_report_forms48 import _table
from tiltak.extract.file import extract_file
from tiltak.extract.layouts.facts import facts_line
from tiltak.extract.model import Document, Line, Paragraph, Run, with_wrapped_labels
from tiltak.extract.pdf_reader import read_pdf
from tiltak.normalize.goals import match_goal_texts, parse_goal
from tiltak.normalize.reference import load_reference


def _measures(path):
    return [(m.title, m.goal_text) for m in extract_file(path).measures]


def test_a_column_of_labelled_facts_under_a_header_naming_no_field_gives_each_rows_facts(tmp_path):
    """A county's table "Tiltak | Opplysninger": each row's second cell says "Ansvar: X" over a small table
    of labels and answers (Delmål | 2.1, Type | Prosjekt). Each row is a measure with those facts; the
    table of facts is no layout to be opened."""
    document = docx.Document()
    document.add_heading("Tiltak i 2019", 1)
    table = _table(document, [("Tiltak", "Opplysninger"), ("Digitalt løft i kommunene", "Ansvar: Nordland fk"),
                              ("Læreplassjegere i regionene", "Ansvar: Nordland fk")])
    table.cell(1, 1).add_paragraph("Kurset samlet 300 ledere.")  # a sentence besides the facts: the description
    for r, (code, kind) in ((1, ("2.1", "Prosjekt")), (2, ("2.3", "Informasjon"))):
        inner = table.cell(r, 1).add_table(rows=2, cols=2)
        for k, (label, value) in enumerate((("Delmål", code), ("Type", kind))):
            inner.cell(k, 0).text, inner.cell(k, 1).text = label, value
    document.save(tmp_path / "nordland.docx")
    got = [(m.title, m.goal_text, m.type_text, m.responsible_text, m.description)
           for m in extract_file(tmp_path / "nordland.docx").measures]
    assert got == [("Digitalt løft i kommunene", "2.1", "Prosjekt", "Nordland fk", "Kurset samlet 300 ledere."),
                   ("Læreplassjegere i regionene", "2.3", "Informasjon", "Nordland fk", None)]


def test_old_numbers_listed_with_a_comma_under_an_old_number_label_are_two_numbers():
    """"4, 7" in a column "NKPS tiltak nr." is the strategy's tiltak 4 and 7 (delmål 1.4 and 2.3), not a
    code "4.7"; a code written "2.3" stays a code there, and without the label "4, 7" names nothing."""
    ref = load_reference()
    assert parse_goal("4, 7", ref, old_numbers=True).delmal == ["1.4", "2.3"]
    assert parse_goal("5, 6", ref, old_numbers=True).delmal == ["2.1", "2.2"]
    assert parse_goal("2.3", ref, old_numbers=True).delmal == ["2.3"]
    assert parse_goal("4, 7", ref).delmal == []


def test_a_delmal_label_line_set_as_a_heading_over_lettered_names_is_the_goal_of_each(tmp_path):
    """A union's report: "Delmål: <the delmål's words>" in bold italics over a lettered list a), b), each
    item a name followed by its own "Type: … Ansvarlig: …" line; the list starts again under the next
    such line. Every item under a line has its delmål; a closing "Om oss" heading and its bullets are none."""
    document = docx.Document()
    for words, names in (("karriereveiledning", ("Karrieredag for medlemmer", "Veiledning på nett")),
                         ("digital kompetanse i hele arbeidsstyrken", ("Kurs i digitale verktøy", "Studie om automatisering"))):
        run = document.add_paragraph().add_run(f"Delmål: {words}")
        run.bold = run.italic = True
        for letter, name in zip("ab", names):
            document.add_paragraph().add_run(f"{letter}) {name}").bold = True
            document.add_paragraph("Type: Kurs/utdanning. Ansvarlig: YS. Tid: 2019.")
    document.add_paragraph().add_run("Om YS").bold = True
    document.add_paragraph("Frokostmøte om kompetanse (mars)", style="List Bullet")
    document.save(tmp_path / "ys.docx")
    assert _measures(tmp_path / "ys.docx") == [
        ("Karrieredag for medlemmer", "karriereveiledning"), ("Veiledning på nett", "karriereveiledning"),
        ("Kurs i digitale verktøy", "digital kompetanse i hele arbeidsstyrken"),
        ("Studie om automatisering", "digital kompetanse i hele arbeidsstyrken")]


def test_two_columns_of_measures_each_a_name_over_labelled_facts_are_read_a_column_at_a_time(tmp_path):
    """A two-column section: each column holds measures, a bold name over "Delmål:", "Type:", "Ansvarlig:"
    lines. Both columns' lines share the page's rows, so a row read across mixes two measures. They are
    read a column at a time, and a list after both columns comes after them."""
    left = [("**Lærlingløftet i handel", 780), ("Delmål: 2.3", 766), ("Type: Informasjon", 752),
            ("Ansvarlig: Virke", 738), ("Partnere: HK", 724)]
    right = [("**Bransjeskolen for varehandel", 780), ("Delmål: 2.1", 766), ("Type: Kurs", 752),
             ("Ansvarlig: Virke", 738), ("Partnere: NHO Service", 724), ("Tid: 2019", 710)]
    lines = [(60, y, 10, 0, 0, t) for t, y in left] + [(320, y, 10, 0, 0, t) for t, y in right]
    lines += [(60, 650, 10, 0, 0, "**Arrangementer"), (60, 636, 10, 0, 0, "Virkedagen 2019 i Oslo")]
    _pdf(tmp_path / "virke.pdf", lines)
    texts = [p.text for p in read_pdf(str(tmp_path / "virke.pdf")).paragraphs()]
    assert texts.index("Partnere: HK") < texts.index("Bransjeskolen for varehandel") < texts.index("Tid: 2019") \
        < texts.index("Arrangementer")
    assert not any("Virke Ansvarlig" in t or "Delmål: 2.3 Delmål" in t for t in texts)


def test_a_comment_in_a_table_cells_margin_is_no_part_of_the_cells_text(tmp_path):
    """A draft sent with a colleague's comment on a title in a table ("Skriv fullt navn"): the title is
    the cell's own text only."""
    document = docx.Document()
    table = _table(document, [("Tiltak", "Delmål", "Type", "Ansvarlig"), ("", "2.2", "Arrangement", "Spekter"),
                              ("Fagskolekonferanse 2018", "2.3", "Arrangement", "Spekter")])
    run = table.cell(1, 0).paragraphs[0].add_run("Felles arrangement under Arendalsuka")
    document.add_comment([run], text="Skriv fullt navn på arrangementet.", author="KH")
    document.save(tmp_path / "spekter.docx")
    assert [t for t, _ in _measures(tmp_path / "spekter.docx")] == ["Felles arrangement under Arendalsuka",
                                                                    "Fagskolekonferanse 2018"]


def test_a_name_saying_with_whom_about_what_is_no_line_of_facts():
    """"Samarbeid med UiO om kunnskapsøkonomien – avsluttet" names a measure (with whom about what), no
    partners and a state; "Samarbeid med LO – 2019" is a line of facts."""
    assert facts_line("Samarbeid med UiO om kunnskapsøkonomien – avsluttet") is None
    assert facts_line("Samarbeid med LO og NHO – 2019") == [("partners", "LO og NHO"), ("period", "2019")]


def test_a_bold_appendix_line_over_lines_of_no_facts_is_the_reports_own_section(tmp_path):
    """"**Vedlegg: oversikt over høringer 2019**" after the last measure, over bullets, starts the report's
    appendix: the bullets are no measures of the last delmål heading's group. "**Vedlegg:** rapport.pdf"
    among a measure's labelled lines is a fact of that measure (review of stop 46)."""
    document = docx.Document()
    for code, words, name, extra in (("2.2", "Kunnskapsgrunnlaget", "Kompetansebarometer for handel", "Rapport fra NIFU (pdf)"),
                                     ("3.5", "NAVs opplæringstilbud", "Toårig yrkesrettet opplæring i NAV", None)):
        document.add_paragraph().add_run(f"Delmål {code} {words}").bold = True
        document.add_paragraph(f"• {name}")
        document.add_paragraph("Type: Kurs/utdanning")
        if extra:
            document.add_paragraph().add_run(f"Vedlegg: {extra}").bold = True
        for line in ("Ansvarlig: KD", "Periode: 2019"):
            document.add_paragraph(line)
    document.add_paragraph().add_run("Vedlegg: oversikt over høringer 2019").bold = True
    document.add_paragraph("• Høring om endringer i voksenopplæringen")
    document.add_paragraph("• Høring om fagskoleforskriften")
    document.save(tmp_path / "kd.docx")
    got = [(m.title, m.responsible_text, m.extra.get("Vedlegg")) for m in extract_file(tmp_path / "kd.docx").measures]
    assert got == [("Kompetansebarometer for handel", "KD", "Rapport fra NIFU (pdf)"), ("Toårig yrkesrettet opplæring i NAV", "KD", None)]


def test_a_heading_of_a_delmal_code_and_its_own_words_gives_the_table_under_it_that_delmal(tmp_path):
    """"2.2 Styrke kunnskapsgrunnlaget om læring i arbeidslivet" over a table of measures with no delmål
    column: each row's delmål is 2.2. A chapter number before other words ("2.1 Kunnskapsdepartementet")
    gives none."""
    document = docx.Document()
    document.add_heading("2.2 Styrke kunnskapsgrunnlaget om læring i arbeidslivet", 2)
    _table(document, [("Tiltak", "Omtale", "Ansvar og samarbeid", "Periode"),
                      ("Kompetansebarometer for kommunene", "Årlig undersøkelse.", "KS, med Rambøll", "2023")])
    document.add_heading("2.1 Kunnskapsdepartementet", 2)
    _table(document, [("Tiltak", "Omtale", "Ansvar og samarbeid", "Periode"),
                      ("Nettverk for skoleeiere", "Møtes to ganger i året.", "KD", "2023")])
    document.save(tmp_path / "ks.docx")
    assert _measures(tmp_path / "ks.docx") == [("Kompetansebarometer for kommunene", "2.2"), ("Nettverk for skoleeiere", None)]


def test_words_a_narrow_ruled_column_breaks_at_its_edge_are_mended(tmp_path):
    """A renderer broke long words in a narrow table column without a hyphen: "Bransjeprogra" over "m"
    (a fragment too short to be a word) shows the column breaks words, so "Kompetansebar" at the edge
    over "ometeret" is one word too. The table is double-spaced: its lines are no paragraphs each."""
    def cell(lines, top):  # a name's lines 24 pt apart, at x 60 in a column ruled at 50 and 130
        return [(60, top - 24 * k, 10, 0, 0, t) for k, t in enumerate(lines)]
    lines = cell(["Bransjeprogra", "m for industri", "og bygg"], 770) + cell(["Kompetansebar", "ometeret (NHO)", "og NIFU"], 690)
    lines += [(140, 760, 10, 0, 0, "2.1"), (140, 690, 10, 0, 0, "2.2"), (60, 810, 10, 0, 0, "Tiltak"), (140, 810, 10, 0, 0, "Delmål")]
    _pdf(tmp_path / "hkdir.pdf", lines, rules=[(50, y, 200) for y in (825, 790, 710, 630)],
         uprights=[(x, 630, 825) for x in (50, 130, 200)])
    table = read_pdf(str(tmp_path / "hkdir.pdf")).tables()[0]
    names = [c.text for c in table.cells if c.col == 0][1:]
    assert names == ["Bransjeprogram for industri og bygg", "Kompetansebarometeret (NHO) og NIFU"]


def test_a_label_kept_aside_that_holds_the_delmal_for_two_measures_holds_it_for_the_others(tmp_path):
    """A county's letter: each measure's "Mål:" line gives its delmål in the strategy's words; two say
    them at length, one in a word ("Mål: karriereveiledning"). That word is the third measure's delmål;
    a fourth's own aim under the same label ("Minst fire møter i året …") is none."""
    document = docx.Document()
    for name, goal in (("Kompetansestrategi for Trøndelag", "regionalt folkevalgt nivås kompetansepolitiske ansvar"),
                       ("Karriere Trøndelag", "karriereveiledning"),
                       ("Flere læreplasser i Trøndelag", "karrieremulighetene i yrkesfaglige utdanninger"),
                       ("Lærlingtorget", "Minst fire møter i året med alle partene")):
        document.add_paragraph().add_run(name).bold = True
        for line in (f"Mål: {goal}", "Ansvar: Trøndelag fylkeskommune", "Tid: 2019"):
            document.add_paragraph(line)
    document.save(tmp_path / "trondelag.docx")
    assert [g for _, g in _measures(tmp_path / "trondelag.docx")] == [
        "regionalt folkevalgt nivås kompetansepolitiske ansvar", "karriereveiledning",
        "karrieremulighetene i yrkesfaglige utdanninger", None]  # (the measure's own aim is no delmål: review of stop 46)


def test_a_delmals_word_found_only_inside_another_word_fits_less_than_the_word_itself():
    """"arbeidslivet som læringsarena" is delmål 3.3's ("… benytte arbeidslivet mer aktivt som
    læringsarena"), not 1.4's, whose "opplærings-" holds "læring" only inside it."""
    codes, _ = match_goal_texts("arbeidslivet som læringsarena; NAVs opplæringstilbud", load_reference(), 60)
    assert codes == ["3.3", "3.5"]


def test_a_label_its_column_wrapped_onto_the_answers_line_is_one_label():
    """A fact box of labels left of their answers: "Ansvarlig" alone, then "departement" set apart before
    "KD" on the next line. One line "Ansvarlig departement KD", its label "Ansvarlig departement"."""
    def para(text, lead=None):
        return Paragraph(text=text, lead=lead, page=1, runs=[Run(text)], lines=[Line(text, 1, 0, 10, 0, 100)])
    doc = Document(path="x.pdf", format="pdf", blocks=[para("Ansvarlig"), para("departement KD", lead="departement"),
                                                        para("Periode 2024–2026", lead="Periode")])
    got = [(p.text, p.lead) for p in with_wrapped_labels(doc).paragraphs()]
    assert got == [("Ansvarlig departement KD", "Ansvarlig departement"), ("Periode 2024–2026", "Periode")]


def test_a_table_of_contents_names_no_reporter():
    """A county's report whose first lines are its contents ("Innhald", then entries naming a college and a
    county's fagskule) and whose name is only in the page header: the header's county sent it."""
    from tiltak.extract.records import DocumentInfo
    from tiltak.normalize.orgs import Gazetteer
    from tiltak.normalize.reporter import find_reporter

    info = DocumentInfo(title_lines=["Rapportering på Nasjonal kompetansepolitisk strategi 2017", "Innhald", "Bakgrunn 1",
                                     "Strategisk samarbeid mellom Høgskulen på Vestlandet og Fagskulen 2"],
                        headers=["Sogn og Fjordane fylkeskommune – utskrift"])
    assert find_reporter(info, "rapport_2017.docx", [], Gazetteer(load_reference().organisations))[0] == \
        "Sogn og Fjordane fylkeskommune"


def test_a_pages_number_said_beside_the_sender_at_its_foot_is_no_text(tmp_path):
    """A one-page letter (no other page to repeat on) closes with "Side 1 – Trøndelag fylkeskommune" set
    apart at the foot: the page's label, not the last measure's text. A line of text that says "side" is text."""
    _pdf(tmp_path / "brev.pdf", [(72, 780, 11, 0, 0, "**Karriere Trøndelag"), (72, 766, 11, 0, 0, "Ansvar: Trøndelag fylkeskommune"),
                                 (72, 752, 11, 0, 0, "Vi har fått en side 2 – med nye tilbud på nettstedet."),
                                 (72, 40, 9, 0, 0, "Side 1 – Trøndelag fylkeskommune")])
    texts = [p.text for p in read_pdf(str(tmp_path / "brev.pdf")).paragraphs()]
    assert "Side 1 – Trøndelag fylkeskommune" not in texts
    assert any("side 2" in t for t in texts)


def _para(document, text, lead=None, bold=False):
    p = document.add_paragraph()
    if lead:
        p.add_run(lead).bold = True
    p.add_run(text).bold = bold
    return p


def test_the_review_of_stop_46s_rules_misfires_each_mended(tmp_path):
    """What a reviewer who had not written stop 46's rules found them doing wrong, each as a document a
    member could write: (a) a "Delmål:" line over each measure's heading, one measure giving none: each
    measure's own, not a group's; (b) a bold "Delmål: …" line closing each measure: that measure's, not
    the next one's; (c) a column styled "Comment" by the document itself: its text kept; (d) a partner
    whose name holds "om" (a network about a topic): still a partner; (e) a contents list before the
    report's title: the title names the sender."""
    from tiltak.extract.layouts.facts import labelled_fact
    from tiltak.extract.records import DocumentInfo
    from tiltak.normalize.orgs import Gazetteer
    from tiltak.normalize.reporter import find_reporter

    document = docx.Document()
    document.add_heading("Unio – rapportering 2021", 1)
    for goal, name in (("2.2", "Kompetanseundersøkelse blant medlemmene"), ("1.4", "Samarbeid med UH-sektoren om praksis"),
                       (None, "Kurs for Unio-tillitsvalgte"), ("2.1", "Digital kompetanse i helsesektoren")):
        if goal:
            _para(document, f"Delmål: {goal}")
        document.add_heading(name, 2)
        _para(document, "Prosjekt", lead="Type tiltak: ")
        _para(document, "Unio", lead="Ansvarlig: ")
    document.save(tmp_path / "a.docx")
    assert [g for _, g in _measures(tmp_path / "a.docx")] == ["2.2", "1.4", None, "2.1"]

    document = docx.Document()
    document.add_heading("LOs rapportering 2020", 1)
    for name, goal in (("Kurs for tillitsvalgte om kompetanseplaner", "2.2"), ("Bransjeprogram for industrien", "2.4"),
                       ("Digitalt løft for ansatte", "2.1")):
        document.add_heading(name, 2)
        _para(document, "Kurs/utdanning", lead="Type tiltak: ")
        _para(document, "LO", lead="Ansvarlig: ")
        _para(document, f"Delmål: {goal}", bold=True)
    document.save(tmp_path / "b.docx")
    assert [g for _, g in _measures(tmp_path / "b.docx")] == ["2.2", "2.4", "2.1"]

    document = docx.Document()
    style = document.styles.add_style("Comment", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
    table = _table(document, [("Tiltak", "Delmål", "Type", "Ansvarlig", "Kommentar"),
                              ("Karrieredag for medlemmer", "1.3", "Arrangement", "YS", ""),
                              ("Kurs i digitale verktøy", "2.1", "Kurs/utdanning", "YS", "")])
    for r in (1, 2):
        table.cell(r, 4).paragraphs[0].text, table.cell(r, 4).paragraphs[0].style = "Videreført fra 2020", style
    document.save(tmp_path / "c.docx")
    assert [m.extra.get("Kommentar") for m in extract_file(tmp_path / "c.docx").measures] == ["Videreført fra 2020"] * 2

    assert labelled_fact("Samarbeidspartnere: Nasjonalt fagskoleråd og Samarbeidsforum om fagskole.") == \
        ("partners", "Nasjonalt fagskoleråd og Samarbeidsforum om fagskole")

    info = DocumentInfo(title_lines=["Innhold", "Innledning 1", "Våre tiltak 2", "Akademikernes rapportering 2020"])
    assert find_reporter(info, "rapport.docx", [], Gazetteer(load_reference().organisations))[0] == "Akademikerne"
