"""Forms of ordinary reports found at stop 47 (blind batch match55's gaps and batches match56–57), each in a
test's own words."""

import docx

from tiltak.extract.file import extract_file
from tiltak.extract.layouts.facts import facts_after_fact, sentence_fact
from tiltak.extract.vocabulary import label_field, match_label


def _fields(path):
    return [(m.title, m.goal_text, m.type_text, m.period_text) for m in extract_file(path).measures]


def test_an_answer_that_runs_on_into_a_sentence_of_another_fact_gives_both():
    """"Tidsrom: 2022–2024. Knyttet til delmål 3.2." in a paragraph of run-in labels: the period, and the
    delmål its next sentence tells; a bracketed old number after the answer the same."""
    assert facts_after_fact("period", "2022–2024. Knyttet til delmål 3.2.") == ("2022–2024", [("goal", "delmål 3.2")])
    assert facts_after_fact("period", "Våren 2019. (Strategiens tiltak nr. 5 og 9.)") == \
        ("Våren 2019", [("goal", "Strategiens tiltak nr. 5 og 9")])
    assert facts_after_fact("type", "samling. Relasjon til NKPS tiltak nr. 3.") == \
        ("samling", [("goal", "Relasjon til NKPS tiltak nr. 3")])
    # a sentence after the answer that tells no fact; an answer that does not fit its field alone
    assert facts_after_fact("period", "2021. Arbeidet ble forsinket av pandemien.") is None
    assert facts_after_fact("period", "Arbeidet pågikk hele året. Knyttet til delmål 1.2.") is None
    assert facts_after_fact("type", "kurs for ledere i 2020. Knyttet til delmål 2.1.") is None


def test_a_goal_sentence_opening_with_knyttet_til_or_rettet_mot():
    assert sentence_fact("Knyttet til delmål 2.4.") == ("goal", "delmål 2.4")
    assert sentence_fact("Rettet mot delmål 1.1 og 3.2.") == ("goal", "delmål 1.1 og 3.2")
    assert sentence_fact("Knyttet til arbeidet i fylket.") is None


def test_a_name_that_opens_with_a_label_word_and_om_relevant_is_no_label():
    """"Samarbeid om relevant fagskoleutdanning – …" is a measure's name and what it is; "Samarbeid (om
    relevant):" is the partners' label with its hint."""
    assert match_label("Samarbeid om relevant fagskoleutdanning – Arbeid for bedre utdanning.") is None
    assert label_field("Samarbeidspartnere om relevant:") == "partners"


def test_numbered_paragraphs_whose_run_in_facts_end_with_their_delmal(tmp_path):
    document = docx.Document()
    document.add_paragraph("4. Våre tiltak i 2021")
    for k, (name, period, goal) in enumerate((("Digital lederskole for kommuner", "2021–2022", "Knyttet til delmål 2.1."),
                                              ("Nettverk for lærebedrifter", "løpende", "(Strategiens tiltak nr. 4.)")), 1):
        document.add_paragraph(f"4.{k} {name}. Et tiltak for medlemmene. Ansvarlig: Virke. Type: kurs. "
                               f"Tidsrom: {period}. {goal}")
    document.save(tmp_path / "virke.docx")
    assert _fields(tmp_path / "virke.docx") == [("Digital lederskole for kommuner", "delmål 2.1", "kurs", "2021–2022"),
                                               ("Nettverk for lærebedrifter", "Strategiens tiltak nr. 4", "kurs", "løpende")]


def test_a_key_to_the_numbers_and_a_project_not_reported_to_the_strategy_are_no_measures(tmp_path):
    """An annual report's chapter opens with "Tallene i parentes viser til strategiens tiltak nr. 1–16." (a key
    to its notation, no delmål of the chapter), and its next chapter tells a project "ikke rapportert til
    kompetansestrategien": neither is a measure."""
    document = docx.Document()
    document.add_paragraph("Årsberetning 2017")
    document.add_paragraph("3 Kompetansepolitikk").runs[0].bold = True
    document.add_paragraph("Forbundet signerte strategien i 2017. Tallene i parentes viser til strategiens tiltak nr. 1–16.")
    for name, number in (("Kurs for tillitsvalgte i omstilling", "6"), ("Bransjenettverk for fagbrev", "9 og 11")):
        p = document.add_paragraph()
        p.add_run(f"{name}.").bold = True
        p.add_run(f" Et tiltak for medlemmene. Ansvarlig: Fellesforbundet. Type: kurs. Tidsrom: 2017. "
                  f"(Strategiens tiltak nr. {number}.)")
    document.add_paragraph("4 Andre prosjekter").runs[0].bold = True
    p = document.add_paragraph()
    p.add_run("Sommerpatruljen.").bold = True
    p.add_run(" Besøkte 3 000 arbeidsplasser. Prosjektet er ikke rapportert til kompetansestrategien.")
    document.save(tmp_path / "ff.docx")
    assert [(t, g) for t, g, _, _ in _fields(tmp_path / "ff.docx")] == [
        ("Kurs for tillitsvalgte i omstilling", "Strategiens tiltak nr. 6"),
        ("Bransjenettverk for fagbrev", "Strategiens tiltak nr. 9 og 11")]
