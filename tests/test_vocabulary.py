"""One vocabulary of field labels (extract/data/labels.csv) and the one function that matches them."""

import pytest

from tiltak.extract.vocabulary import header_field, label_field, match_label, value_field


@pytest.mark.parametrize("text, field", [
    ("Tiltak", "title"), ("Navn på tiltak:", "title"), ("Namn på tiltaket", "title"), ("Measure", "title"),
    ("Relasjon til delmål", "goal"), ("Delmål (1.1–3.6)", "goal"), ("Sub-goal (delmål)", "goal"), ("Dm.", "goal"),
    ("Type tiltak", "type"), ("Ansvarleg", "responsible"), ("Hovedansvarlig:", "responsible"), ("Ansv.", "responsible"),
    ("Samarbeidspartnarar", "partners"), ("Samarb.", "partners"), ("Partners", "partners"),
    ("2. Ansvarlig og samarbeidspartnere", "roles"),
    ("3. Beskrivelse av tiltaket (maks en halv side)", "description"), ("Skildring", "description"),
    ("Beskr.", "description"), ("Beskrivelse, stikkord", "description"),
    ("Tidspunkt og varigheit", "period"), ("Timeframe", "period"), ("Tid", "period"),
    ("Kommentar", "other"), ("Innledning", "section"),
    ("Samarbeidspartenere", "partners"),  # a slip in a long label
    ("Med:", "partners"), ("1. Tiltaket og koblingen til strategien", "title"),
    ("2. Hvem er ansvarlig, og hvem samarbeider vi med?", "roles"), ("Hovedansvar", "responsible"),
])
def test_labels_in_every_form_members_write(text, field):
    assert label_field(text) == field


@pytest.mark.parametrize("text", [
    "Ansvarlig for tiltaket er Spekter, som står bak møtene.",  # a sentence, not a label
    "Relasjon til NKPS tiltak nr. 5 og 6",  # a label carrying its answer: numbers are never a hint
    "Relasjon til NKPS tiltak nr 6",
    "Samarbeidspartnere UH",  # a label and a word, not a slip
    "Tiltak 1", "Kurs/utdanning", "",
])
def test_texts_that_are_not_a_label_alone(text):
    assert label_field(text) is None


def test_a_label_with_its_answer_after_a_colon_a_tab_a_dash_or_in_bold():
    assert match_label("Delmål: 2.2") == match_label("Delmål: 2.2")
    m = match_label("Delmål: 2.2")
    assert (m.field, m.label, m.value, m.how) == ("goal", "Delmål", "2.2", "separator")
    assert match_label("Ansvarlig\tNAV").value == "NAV"
    assert match_label("Tidspunkt – våren 2019").field == "period"
    run_in = match_label("Ansvarleg Vestland fylkeskommune", lead="Ansvarleg")
    assert (run_in.field, run_in.value, run_in.how) == ("responsible", "Vestland fylkeskommune", "run-in")
    assert match_label("Samarbeidspartnere UH", lead="Samarbeidspartnere").value == "UH"
    assert match_label("Ansvarleg Vestland fylkeskommune") is None  # no style, no colon: plain text
    alone = match_label("Beskrivelse:")
    assert (alone.field, alone.value, alone.how) == ("description", "", "alone")
    assert match_label("Kompetanseløft – et samarbeid mellom KS og NAV") is None


def test_answers_that_name_their_field_and_wrapped_header_cells():
    assert value_field("Kurs/utdanning") == "type" and value_field("Forskning og utvikling") == "type"
    assert value_field("NAV") is None
    assert header_field("Samarbeidspartnere og") == "partners"  # a header wrapped over two lines
    assert header_field("Antall totalt") == "count"


@pytest.mark.parametrize("text, field", [
    ("Hvilket delmål i strategien tiltaket støtter", "goal"), ("Kva for delmål høyrer tiltaket til", "goal"),
    ("Hvem samarbeider tiltaket med", "partners"), ("Kven samarbeider de med", "partners"),
    ("Hvem har ansvaret for gjennomføringen", "responsible"),
])
def test_a_question_without_its_question_mark_in_a_labels_place(text, field):
    assert label_field(text, colon=True) == field  # a table's label cell, or before a colon
    assert label_field(text + "?") == field
    assert label_field(text) is None  # in running text such a line is a sentence, not a label


def test_a_label_whose_field_is_in_brackets():
    assert header_field("Hvorfor (delmål)") == "goal"  # "why": the brackets say it is the delmål
    assert header_field("Begrunnelse (delmål)") == "goal"
    assert header_field("Beskrivelse (maks en halv side)") == "description"  # a hint in brackets, as before


def test_a_label_with_the_year_it_is_for_is_that_label():
    from tiltak.extract.vocabulary import label_field

    assert header_field("Tiltak 2024") == "title" and header_field("Navn på tiltaket i 2021") == "title"
    assert header_field("Innmeldt 2019 som") is None and header_field("Årsrapport 2019") is None
    assert label_field("Tiltak 2024") is None  # a heading over the measures of that year, in running text


def test_labels_of_commissioned_work_and_project_plans():
    from tiltak.extract.vocabulary import label_field

    assert label_field("Oppdragsgiver") == "responsible" and label_field("Prosjekteier") == "responsible"
    assert label_field("Utført av") == "partners" and label_field("Utført av/med") == "partners"
    assert label_field("Prosjektmandat") == "title" and label_field("Prosjektleder") == "other"
    assert label_field("Oppfølging") == "other" and label_field("Metode") == "other"  # (a part of the text: extra)


def test_a_trackers_tags_name_the_delmal():
    assert match_label("Etiketter delmal-1.3, type-informasjon", "Etiketter").field == "goal"
