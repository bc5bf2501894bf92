"""The numbered-report parser on small documents built straight in the document model."""

from tiltak.extract.layouts import best_layout
from tiltak.extract.layouts.numbered import NumberedReport, heading_of
from tiltak.extract.model import Document, Paragraph, Table, Cell


def P(text, label=None, page=None):
    return Paragraph(text=text, list_label=label, page=page)


def form(title, relation, responsible, description, period, period_label=None):
    return [P("Tiltak i Nasjonal kompetansepolitisk strategi", "1."), P(title), P(relation),
            P("Ansvarlig og samarbeidspartnere", "2."), P(responsible),
            P("Beskrivelse av tiltaket (maks en halv side)", "3."), P(description),
            P("Tidspunkt og varighet", "4."), P(period, period_label)]


def report(*blocks):
    return Document(path="x.docx", format="docx", blocks=[b for group in blocks for b in group])


LIST = [P("Rapporteringspunkter:"), P("Brev om lærlinger.", "1."), P("Relasjon til NKPS tiltak nr. 4 og 7."),
        P("Arrangere «Møteplass lærebedrifter».", "2."), P("Relasjon til NKPS tiltak nr 7.")]


def test_list_and_forms_are_joined_not_doubled():
    doc = report(LIST,
                 form("Brev om lærlinger.", "Relasjon til NKPS tiltak nr. 4 og 7.", "Spekter er ansvarlig.", "Brevet.",
                      "Brevet ble sendt 8. mai 2017.", "9."),
                 form("Arrangere «Møteplass lærebedrifter».", "Relasjon til NKPS tiltak nr 7.", "Spekter.", "Møteplass.",
                      "Oppstart var i 2013.", "10."))
    layout, fit = best_layout(doc)
    assert layout.name == "numbered_report" and fit >= 0.9
    measures = layout.parse(doc).measures
    assert [m.title for m in measures] == ["Brev om lærlinger.", "Arrangere «Møteplass lærebedrifter»."]
    assert [m.goal_text for m in measures] == ["Relasjon til NKPS tiltak nr. 4 og 7.", "Relasjon til NKPS tiltak nr 7."]
    assert [m.period_text for m in measures] == ["Brevet ble sendt 8. mai 2017.", "Oppstart var i 2013."]
    assert measures[0].responsible_text == "Spekter er ansvarlig." and measures[0].roles_combined
    assert measures[0].provenance.locator == "list item 1 + form 1"


def test_a_list_under_its_own_words_with_knyttes_til_lines_and_forms_asked_as_questions():
    """No "Rapporteringspunkter" and no "Relasjon til": "Knyttes til strategiens tiltak nr …" relates each
    measure; the forms' headings are "Tiltaket og koblingen til strategien", "Hvem er ansvarlig, og hvem
    samarbeider vi med?" …"""
    def qform(title, relation, who, text, when):
        return [P("Tiltaket og koblingen til strategien", "1."), P(title), P(relation),
                P("Hvem er ansvarlig, og hvem samarbeider vi med?", "2."), P(who),
                P("Hva går tiltaket ut på?", "3."), P(text), P("Når og hvor lenge?", "4."), P(when)]

    doc = report([P("Tiltak vi rapporterer på:"), P("Lederkurs om kompetanse", "1."),
                  P("Knyttes til strategiens tiltak nr 6."), P("Nettverk for HR-ledere", "2."),
                  P("Knyttes til strategiens tiltak nr. 4 og 7.")],
                 qform("Lederkurs om kompetanse", "Knyttes til strategiens tiltak nr 6.", "Spekter er ansvarlig.",
                       "Kurs for ledere.", "Våren 2017."),
                 qform("Nettverk for HR-ledere", "Knyttes til strategiens tiltak nr. 4 og 7.", "Spekter.",
                       "Nettverket møtes.", "Løpende."))
    layout, fit = best_layout(doc)
    assert layout.name == "numbered_report"
    ms = layout.parse(doc).measures
    assert [(m.title, m.goal_text, m.period_text) for m in ms] == [
        ("Lederkurs om kompetanse", "Knyttes til strategiens tiltak nr 6.", "Våren 2017."),
        ("Nettverk for HR-ledere", "Knyttes til strategiens tiltak nr. 4 og 7.", "Løpende.")]
    # "kobling til" and "knyttet til" that relate to something else are no relation lines
    prose = report([P("Utdanningene må ha tett kobling til praksisfeltet."), P("Tiltak knyttet til delmålene"),
                    P("Knyttet til arbeidet i forbundene.")])
    assert "0 'Relasjon til …' lines" in NumberedReport().assess(prose).reasons[1]


def test_stray_typed_number_is_dropped_but_a_date_is_kept():
    doc = report(LIST[:3], form("Brev om lærlinger.", "Relasjon til NKPS tiltak nr 4.", "Spekter.", "x",
                                "9. En dags varighet i september 2017."),
                 )
    assert NumberedReport().parse(doc).measures[0].period_text == "En dags varighet i september 2017."
    doc = report(LIST[:3], form("Brev om lærlinger.", "Relasjon til NKPS tiltak nr 4.", "Spekter.", "x",
                                "13. september 2017, en dag."))
    assert NumberedReport().parse(doc).measures[0].period_text == "13. september 2017, en dag."


def test_forms_without_a_list_and_a_list_without_forms():
    only_forms = report(form("A", "Relasjon til NKPS tiltak nr 1.", "KD.", "a", "2018"),
                        form("B", "Relasjon til NKPS tiltak nr 2.", "KD.", "b", "2019"))
    assert [m.title for m in NumberedReport().parse(only_forms).measures] == ["A", "B"]
    only_list = report(LIST)
    layout, _ = best_layout(only_list)
    measures = layout.parse(only_list).measures
    assert len(measures) == 2 and all("no_form" in n for m in measures for n in m.notes)


def test_list_and_form_disagreeing_on_the_goal_is_noted():
    doc = report(LIST[:3], form("Brev om lærlinger.", "Relasjon til NKPS tiltak nr 5.", "S.", "x", "2017"))
    m = NumberedReport().parse(doc).measures[0]
    assert any(n.startswith("goal_conflict") for n in m.notes)
    assert "nr 5" in m.goal_text and "4 og 7" in m.goal_text


def test_headings_typed_by_hand_inline_answers_and_forms_in_tables():
    assert heading_of("2. Ansvarlig og samarbeidspartnere") == ("responsible", "")
    assert heading_of("Tidspunkt og varighet: Starter 2019") == ("period", "Starter 2019")
    assert heading_of("3. Beskrivelse av tiltaket (maks en halv side)")[0] == "description"
    assert heading_of("Ansvarlig for tiltaket er Spekter, som står bak møtene.")[0] is None
    cells = [Cell("1. Tiltak i Nasjonal kompetansepolitisk strategi", 0, 0), Cell("Brev om lærlinger.\nRelasjon til NKPS tiltak nr 4.", 0, 1),
             Cell("2. Ansvarlig og samarbeidspartnere", 1, 0), Cell("Spekter", 1, 1),
             Cell("3. Beskrivelse av tiltaket", 2, 0), Cell("Et brev.", 2, 1),
             Cell("4. Tidspunkt og varighet", 3, 0), Cell("Mai 2017", 3, 1)]
    doc = Document(path="t.pdf", format="pdf", blocks=[Table(cells=cells, n_rows=4, n_cols=2)])
    m = NumberedReport().parse(doc).measures[0]
    assert (m.title, m.goal_text, m.responsible_text, m.period_text) == (
        "Brev om lærlinger.", "Relasjon til NKPS tiltak nr 4.", "Spekter", "Mai 2017")


def test_unrelated_text_does_not_fit():
    doc = report([P("Referat fra styremøte"), P("1. Godkjenning av innkalling", None), P("Saken ble vedtatt.")])
    assert best_layout(doc)[0] is None
