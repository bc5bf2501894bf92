"""Forms of reports first met in a blind batch (match28), each in a test's own words."""

from test_report_forms import parse

from tiltak.extract.model import Paragraph, Run


def H(text, level=2):
    return Paragraph(text=text, heading_level=level, bold=True, runs=[Run(text, bold=True)])


def L(label, value):
    text = f"{label}: {value}"
    return Paragraph(text=text, lead=f"{label}:", runs=[Run(f"{label}:", bold=True), Run(f" {value}")])


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
