"""The content recognisers, the label matcher and the section parser in detail: each test pins down
a behaviour that a mutation probe (mutmut on extract/content.py, extract/vocabulary.py and
extract/layouts/) found no test to notice. Written by a reviewer from the behaviour described in
the README and the code's docstrings; expected values are the documents' own text."""

import pytest

from tiltak.extract.content import goal_reference, is_goal_line, is_period_line, mentions_time, names_a_goal
from tiltak.extract.layouts.sections import Sections, _clean_title
from tiltak.extract.layouts.segments import form_rows
from tiltak.extract.model import Cell, Document, Paragraph, Run, Table
from tiltak.extract.vocabulary import label_field, match_label


def P(text, **kw):
    return Paragraph(text=text, **kw)


def B(text, **kw):
    return Paragraph(text=text, bold=True, runs=[Run(text, bold=True)], **kw)


def H(text, **kw):
    return Paragraph(text=text, heading_level=2, **kw)


def doc(*blocks, fmt="docx"):
    return Document(path="t", format=fmt, blocks=list(blocks))


def parse(*blocks, fmt="docx"):
    return Sections().parse(doc(*blocks, fmt=fmt)).measures


def table(rows, page=None):
    cells = [Cell(text, r, c, page=page) for r, row in enumerate(rows) for c, text in enumerate(row)]
    return Table(cells=cells, n_rows=len(rows), n_cols=max(len(r) for r in rows), page=page, page_end=page)


# ---------------------------------------------------------------- content

def test_mentions_time_each_alone():
    assert mentions_time("2019–2020") and mentions_time("i mars") and mentions_time("Høsten")
    assert not mentions_time("") and not mentions_time("ingen tid her")


def test_period_lines_more():
    assert is_period_line("Fra mars 2019 til desember 2020")  # > 3 words, with a year
    assert is_period_line("2019–2020.")  # a trailing full stop
    assert is_period_line("Løpende fra oppstart")  # 3 words, no year
    assert not is_period_line("Oppstart 2019 – Kompetansepluss-arbeidslivsprogrammet og "
                              "Fagskoleutdanningsprogrammet i Nordland fylkeskommune")  # > 80 chars


def test_goal_line_guards():
    assert not is_goal_line("")
    assert not is_goal_line("Relasjon til NKPS tiltak nr. 4: " + "og så videre " * 12)


def test_names_a_goal():
    assert names_a_goal("Delmål 2.3") and names_a_goal("2.2 Styrke kunnskapsgrunnlaget")
    assert not names_a_goal("Kurs for ledere")


def test_goal_reference_bare_by_default():
    assert goal_reference("2.2, 2.4") == "2.2, 2.4"
    assert goal_reference("2.2, 2.4", bare=False) is None


# ---------------------------------------------------------------- vocabulary

def test_label_field_more():
    assert label_field("3. Delmål") == "goal" and label_field("b) Ansvarleg") == "responsible"
    assert label_field("Samarb.:") == "partners"
    assert label_field("Ansvarlig (NAV har hovedansvaret, fylkeskommunen og kommunene bidrar)") is None
    assert label_field("Beskrivelse, kort og konkret") == "description"


def test_match_label_more():
    m = match_label("Beskrivelse: Kurset har tre deler: teori, praksis og eksamen.")
    assert (m.field, m.value) == ("description", "Kurset har tre deler: teori, praksis og eksamen.")
    alone = match_label("Ansvarlig")
    assert (alone.field, alone.label, alone.value, alone.how) == ("responsible", "Ansvarlig", "", "alone")


# ---------------------------------------------------------------- sections

def test_trailing_bare_code_in_title():
    ms = parse(B("Kurs for lærlinger (2.3)"), P("Ansvarlig: VOFO"), P("Type tiltak: Kurs"))
    assert (ms[0].title, ms[0].goal_text) == ("Kurs for lærlinger", "2.3")


def test_relasjon_til_in_title():
    ms = parse(P("Tiltak: Brev om lærlinger til alle lærebedrifter i fylket. Relasjon til NKPS tiltak nr 4."),
               P("Ansvarlig: Spekter"), P("Type tiltak: Brev"))
    assert (ms[0].title, ms[0].goal_text) == ("Brev om lærlinger til alle lærebedrifter i fylket.", "Relasjon til NKPS tiltak nr 4.")


def test_each_known_field_keeps_a_measure():
    ms = parse(H("Kurs A"), P("Delmål: 2.2"), P("Ansvarlig: X"),
               H("Kurs B"), P("Type tiltak: Digital plattform"),
               H("Kurs C"), P("Tidsrom: 2019"),
               H("Kurs D"), P("Samarbeidspartnere: NAV"),
               H("Kurs E"), P("Ansvarlig og samarbeidspartnere: NAV og KS"))
    assert [m.title for m in ms] == ["Kurs A", "Kurs B", "Kurs C", "Kurs D", "Kurs E"]
    assert [m.index for m in ms] == [1, 2, 3, 4, 5]
    assert (ms[4].responsible_text, ms[4].roles_combined) == ("NAV og KS", True)
    assert not ms[0].roles_combined and not ms[1].roles_combined


def test_index_after_a_dropped_measure():
    ms = parse(H("Forord"), P("Ansvarlig: "), H("Kurs A"), P("Delmål: 2.2"), P("Ansvarlig: X"),
               H("Kurs B"), P("Delmål: 2.1"), P("Ansvarlig: Y"))
    assert [(m.index, m.title) for m in ms] == [(1, "Kurs A"), (2, "Kurs B")]


def test_roles_and_responsible_both():
    ms = parse(H("Kurs A"), P("Ansvarlig: A"), P("Ansvarlig og samarbeidspartnere: B"))
    assert ms[0].responsible_text == "A" and not ms[0].roles_combined


def test_measures_without_a_title():
    ms = parse(P("Delmål: 2.2"), P("Ansvarlig: NAV"))
    assert ms[0].title == "" and any(n.startswith("no_title") for n in ms[0].notes)
    assert len(parse(P("Delmål: 2.2"), P("Beskrivelse: Et kurs."))) == 1
    assert parse(P("Ansvarlig: NAV")) == []
    titled = parse(H("Kurs A"), P("Ansvarlig: NAV"))
    assert titled[0].title == "Kurs A" and not any(n.startswith("no_title") for n in titled[0].notes)


def test_provenance_pages_and_locator():
    ms = parse(B("Kurs A", page=2), P("Delmål: 2.2", page=2), P("Ansvarlig: X", page=3),
               B("Tiltak i fylket", page=4), P("Tiltak: Kurs B", page=4), P("Delmål: 2.1", page=4), P("Ansvarlig: Y", page=5), fmt="pdf")
    assert [(m.provenance.page, m.provenance.page_end, m.provenance.locator) for m in ms] == [
        (2, 3, "paragraph 1"), (4, 5, "paragraph 4")]
    label_first = parse(P("Tiltak: Kurs C", page=7), P("Delmål: 2.1", page=7), P("Ansvarlig: Y", page=8), fmt="pdf")
    assert (label_first[0].provenance.page, label_first[0].provenance.page_end, label_first[0].provenance.locator) == (7, 8, "paragraph 1")


def test_form_locators():
    a = table([["Tiltak", "A"], ["Delmål", "1.3"], ["Ansvarlig", "KS"]])
    b = table([["Tiltak", "B"], ["Delmål", "1.4"], ["Ansvarlig", "KS"]])
    ms = parse(a, b)
    assert [m.provenance.locator for m in ms] == ["form table 1", "form table 2"]


def test_layout_name_headings():
    d = doc(B("Kurs A"), P("Relasjon til NKPS tiltak nr 4"), P("Et kurs for ledere."),
            B("Kurs B"), P("Relasjon til NKPS tiltak nr 5"), P("Et kurs for ansatte."))
    parsed = Sections().parse(d)
    assert parsed.layout == "headings" and [m.title for m in parsed.measures] == ["Kurs A", "Kurs B"]


def test_bold_lead_heading_title_and_description():
    lead = Paragraph(text="Kurs i norsk. Kurset gir grunnleggende ferdigheter i norsk for voksne innvandrere.",
                     runs=[Run("Kurs i norsk.", bold=True), Run(" Kurset gir grunnleggende ferdigheter i norsk for voksne innvandrere.")],
                     lead="Kurs i norsk.")
    ms = parse(lead, P("Delmål: 2.2"), P("Ansvarlig: X"))
    assert (ms[0].title, ms[0].description) == ("Kurs i norsk", "Kurset gir grunnleggende ferdigheter i norsk for voksne innvandrere.")
    assert ms[0].provenance.locator == "paragraph 1"


def test_text_after_a_form_is_not_its():
    f = table([["Tiltak", "Kurs A"], ["Delmål", "2.2"], ["Ansvarlig", "NAV"]])
    ms = parse(f, P("Dette er en avsluttende merknad om rapporten."))
    assert ms[0].description is None


def test_untitled_form_on_the_same_page_is_a_new_measure():
    a = table([["Tiltak", "A"], ["Delmål", "1.3"], ["Ansvarlig", "KS"]], page=1)
    b = table([["Delmål", "1.4"], ["Ansvarlig", "NAV"]], page=1)
    ms = parse(a, b, fmt="pdf")
    assert [(m.title, m.goal_text) for m in ms] == [("A", "1.3"), ("", "1.4")]


def test_one_form_holding_several_measures():
    t = table([["Tiltak", "Kurs A"], ["Delmål", "2.2"], ["Ansvarlig", "NAV"],
               ["Tiltak", "Kurs B"], ["Delmål", "2.1"], ["Ansvarlig", "KS"],
               ["Tiltak", "Kurs C"], ["Delmål", "1.1"], ["Ansvarlig", "LO"]])
    ms = parse(t)
    assert [(m.title, m.responsible_text) for m in ms] == [("Kurs A", "NAV"), ("Kurs B", "KS"), ("Kurs C", "LO")]


def test_form_title_cell_with_description():
    cells = [Cell("Kurs A\nEt kurs for ledere i kommunene.", 0, 1, paragraphs=[B("Kurs A"), P("Et kurs for ledere i kommunene.")]),
             Cell("Tiltak", 0, 0), Cell("Delmål", 1, 0), Cell("2.2", 1, 1), Cell("Ansvarlig", 2, 0), Cell("NAV", 2, 1)]
    ms = parse(Table(cells=cells, n_rows=3, n_cols=2))
    assert (ms[0].title, ms[0].description) == ("Kurs A", "Et kurs for ledere i kommunene.")


def test_tiltak_labels_name_measures():
    ms = parse(P("Tiltak:"), P("Kurs C"), P("Delmål: 1.1"), P("Ansvarlig: Z"),
               P("Tiltak: Kurs A"), P("Delmål: 2.2"), P("Ansvarlig: X"),
               P("Tiltak: Kurs B"), P("Delmål: 2.1"), P("Ansvarlig: Y"))
    assert [(m.title, m.responsible_text) for m in ms] == [("Kurs C", "Z"), ("Kurs A", "X"), ("Kurs B", "Y")]


def test_tiltak_label_replaces_the_heading():
    ms = parse(H("Kompetanse i kommunene"), P("Tiltak: Kurs A"), P("Delmål: 2.2"), P("Ansvarlig: X"))
    assert [m.title for m in ms] == ["Kurs A"]


def test_clean_title():
    assert _clean_title("2. Kurs for ledere") == "Kurs for ledere"
    assert _clean_title("Kurs for ledere:") == "Kurs for ledere"
    assert _clean_title("Kurs for ledere –") == "Kurs for ledere"
    assert _clean_title("Kurs for ledere -") == "Kurs for ledere -"
    assert _clean_title("Kurs for ledere —") == "Kurs for ledere"


def test_other_labels_go_to_extra():
    ms = parse(H("Kurs A"), P("Delmål: 2.2"), P("Kommentar: intern"), P("Kommentar: og ekstern"),
               P("Antall: 120"), P("Merknad:"), P("Gjennomført som planlagt."), P("Ansvarlig: X"))
    assert len(ms) == 1
    assert ms[0].extra == {"Kommentar": "intern og ekstern", "Antall": "120", "Merknad": "Gjennomført som planlagt."}
    assert ms[0].description is None


def test_other_label_alone_on_its_line():
    ms = parse(H("Kurs A"), P("Delmål: 2.2"), P("Ansvarlig: X"), B("Kommentar"), P("Intern vurdering."))
    assert ms[0].extra == {"Kommentar": "Intern vurdering."}


def test_letterhead_before_measures():
    ms = parse(P("Til: Kompetansepolitisk råd"), P("Dato: 31. januar 2021"),
               H("Kurs A"), P("Delmål: 2.2"), P("Ansvarlig: Virke"))
    assert [m.title for m in ms] == ["Kurs A"]


def test_repeated_label_new_measure_keeps_following_fields():
    ms = parse(P("Tiltak: Promotering"), P("Delmål: 3.2"), P("Ansvarlig: VOFO"),
               P("Evaluering av Kompetansepluss"), P("Delmål: 3.2"), P("Ansvarlig: KS"))
    assert [(m.title, m.responsible_text) for m in ms] == [("Promotering", "VOFO"), ("Evaluering av Kompetansepluss", "KS")]


def test_empty_paragraph_between_name_and_repeated_label():
    ms = parse(P("Tiltak: Kurs A"), P("Delmål: 3.2"), P("Ansvarlig: X"), P("Kurs B"), P(""), P("Delmål: 3.1"),
               P("Ansvarlig: Y"))
    assert [m.title for m in ms] == ["Kurs A", "Kurs B"]


def test_long_text_before_a_repeated_label_is_no_name():
    long = " ".join(["ord"] * 31) + "."
    ms = parse(P("Tiltak: Kurs A"), P("Delmål: 2.2"), P(long), P("Delmål: 2.1"), P("Ansvarlig: Y"))
    assert ms[0].description == long and ms[1].title == ""


def test_text_continues_its_field():
    ms = parse(P("Tiltak: Kurs A"), P("Beskrivelse: Første del."), P("Andre del av beskrivelsen."),
               P("Samarbeidspartnere: NAV"), P("KS"), P("Tidsrom: 2019–2020"), P("Forlenget til desember 2021"),
               B("Type tiltak"), P("Digital plattform"), P("Ansvarlig: X"),
               P("Kurset gir voksne en ny mulighet til å ta fagbrev gjennom arbeidsplassen sin."))
    m = ms[0]
    assert m.description == "Første del. Andre del av beskrivelsen. Kurset gir voksne en ny mulighet til å ta fagbrev gjennom arbeidsplassen sin."
    assert m.goal_text is None and m.partners_text == "NAV KS"
    assert m.period_text == "2019–2020 Forlenget til desember 2021" and m.type_text == "Digital plattform"


def test_second_goal_line_under_goal_label():
    ms = parse(H("Kurs A"), B("Delmål"), P("2.2"), P("Relasjon til NKPS tiltak nr 4"), P("Ansvarlig: X"))
    assert ms[0].goal_text == "2.2 Relasjon til NKPS tiltak nr 4"


def test_description_continuation_that_looks_like_a_period():
    ms = parse(H("Kurs A"), P("Delmål: 2.2"), P("Beskrivelse: Kurset går over to semestre."), P("Høsten 2020 og våren 2021."),
               P("Ansvarlig: X"))
    assert ms[0].period_text is None


def test_bare_code_after_period_label_is_the_goal():
    ms = parse(P("Tiltak: Kurs A"), P("Tidsrom: 2019"), P("2.2"), P("Ansvarlig: X"))
    assert ms[0].goal_text == "2.2"


def test_siblings_and_sections():
    ms = parse(B("Kurs A"), P("Delmål: 2.2"), P("Ansvarlig: X"), B("Kurs B"), P("Delmål: 2.1"), P("Ansvarlig: Y"),
               B("Kurs C"), P("Et nettverk for ledere i kommunene."), H("Annet"), P("Litt om året som gikk."),
               B("Oppsummering"), P("Året har vært godt."))
    assert [(m.title, m.description) for m in ms] == [("Kurs A", None), ("Kurs B", None),
                                                      ("Kurs C", "Et nettverk for ledere i kommunene.")]


def test_no_siblings_from_one_owner():
    ms = parse(B("Kurs A"), P("Delmål: 2.2"), P("Ansvarlig: X"), B("Tanker om året"), P("Et godt år."))
    assert [m.title for m in ms] == ["Kurs A"] and ms[0].description is None


def test_section_heading_before_measures_is_no_owner():
    ms = parse(B("Arbeid i året"), P("Tekst om året."), B("Kurs A"), P("Delmål: 2.2"), P("Ansvarlig: X"),
               B("Tanker om året"), P("Takk for samarbeidet."))
    assert [(m.title, m.description) for m in ms] == [("Kurs A", None)]


def test_heading_over_two_named_forms_then_a_heading_measure():
    fa = table([["Tiltak", "A"], ["Delmål", "1.3"], ["Ansvarlig", "KS"]])
    fb = table([["Tiltak", "B"], ["Delmål", "1.4"], ["Ansvarlig", "KS"]])
    ms = parse(B("Satsinger i regionen"), fa, fb, B("Kurs C"), P("Delmål: 2.2"), P("Ansvarlig: X"))
    assert [m.title for m in ms] == ["A", "B", "Kurs C"]


def test_drop_trailing_text_only_when_no_other_measure_has_free_text():
    ms = parse(*[p for i in range(3) for p in (B(f"Kurs {i}"), P("Delmål: 2.2"), P("Ansvarlig: X"))][:6],
               P("Kurs 1 er et tilbud til alle ansatte."), B("Kurs 2"), P("Delmål: 2.2"), P("Ansvarlig: X"),
               P("Kurs 2 er et tilbud til ledere."))
    assert ms[2].description == "Kurs 2 er et tilbud til ledere."


# confidence: what makes a document a report

def _assess(*blocks):
    return Sections().assess(doc(*blocks)).score


def test_confident_by_goal_label_with_answer_below():
    assert _assess(H("Kurs A"), B("Delmål"), P("2.2"), H("Kurs B"), B("Delmål"), P("2.1")) >= 0.5


def test_confident_by_goal_in_words_without_label():
    assert _assess(H("Kurs A"), P("Relasjon til NKPS tiltak nr. 5"), P("Tidsrom: 2019")) >= 0.5


def test_a_goal_mentioned_in_a_description_alone_does_not_make_a_report():
    """Prose may mention a delmål (a meeting notice does); the measure's name naming it does count."""
    assert _assess(H("Kurs A"), P("Ansvarlig: VOFO"), P("Beskrivelse: Følger opp delmål 1.2 i strategien.")) == 0.2
    assert _assess(H("Kurs A (delmål 1.2)"), P("Ansvarlig: VOFO"), P("Beskrivelse: Et kurs.")) >= 0.5


@pytest.mark.parametrize("who", ["Delmål: ikke aktuelt", "Ansvarlig: NAV", "Samarbeidspartnere: NAV",
                                 "Ansvarlig og samarbeidspartnere: NAV"])
def test_confident_by_two_labels_one_of_them_who(who):
    assert _assess(H("Kurs A"), P(who), P("Type tiltak: Kurs"), H("Kurs B"), P(who), P("Type tiltak: Kurs")) >= 0.5


def test_not_confident_without_who_or_by_unlabelled_text():
    assert _assess(H("Kurs A"), P("Type tiltak: Kurs"), P("Tidsrom: 2019")) == 0.2
    assert _assess(H("Kurs A"), P("Ansvarlig: KD"), P("Høsten 2019"), H("Kurs B"), P("Ansvarlig: KD"), P("2020")) == 0.2
    assert _assess(P("Tiltak: Kurs A"), P("Tidsrom: 2019"), P("2.2")) == 0.2


def test_scores():
    three = [p for i in range(3) for p in (H(f"Kurs {i}"), P("Delmål: 2.2"), P("Ansvarlig: X"))]
    assert _assess(*three) == pytest.approx(0.9)
    six = [p for i in range(6) for p in (H(f"Kurs {i}"), P("Delmål: 2.2"), P("Ansvarlig: X"))]
    assert _assess(*six) == pytest.approx(0.9)
    two_of_three = three[:6] + [P("Delmål: 2.2"), P("Ansvarlig: X")]  # the third has no name
    assert _assess(*two_of_three) == pytest.approx(round((0.6 + 0.3 * 2 / 3) * (0.5 + 0.5 * 2 / 3), 3))


# ---------------------------------------------------------------- segments

def test_two_label_answer_pairs_per_row():
    t = table([["Tiltak", "Kurs A", "Delmål", "2.2"], ["Ansvarlig", "NAV", "Tidsrom", "2020"]])
    ms = parse(t)
    assert [(m.title, m.goal_text, m.responsible_text, m.period_text) for m in ms] == [("Kurs A", "2.2", "NAV", "2020")]


def test_label_and_value_in_the_first_cell():
    t = table([["Tiltak: Kurs A", ""], ["Delmål: 2.2", ""], ["Ansvarlig: NAV", ""]])
    ms = parse(t)
    assert [(m.title, m.goal_text, m.responsible_text) for m in ms] == [("Kurs A", "2.2", "NAV")]


def test_unknown_label_row_in_a_form_is_extra():
    t = table([["Tiltak", "Kurs A"], ["Delmål", "2.2"], ["Ansvarlig", "NAV"], ["Fremdrift", "God"]])
    assert parse(t)[0].extra == {"Fremdrift": "God"}


def test_one_column_answer_over_several_rows():
    t = table([["Navn på tiltak"], ["Kurs A"], ["Beskrivelse"], ["Linje 1"], ["Linje 2"], ["Ansvarlig"], ["NAV"]])
    ms = parse(t)
    assert (ms[0].description, ms[0].responsible_text) == ("Linje 1\nLinje 2", "NAV")


def test_form_rows_thresholds():
    assert form_rows(table([["Kommentar", "Ingen"], ["Ansvarlig", "NAV"]])) is None
    base = [["Tiltak", "Kurs A"], ["Ansvarlig", "NAV"]]
    assert form_rows(table(base + [["foo", "1"], ["bar", "2"], ["baz", "3"]])) is not None
    assert form_rows(table(base + [["foo", "1"], ["bar", "2"], ["baz", "3"], ["qux", "4"]])) is None
    header = ["Tiltak", "Delmål", "Ansvarlig"]
    assert form_rows(table([header, ["Kurs A", "2.2", "NAV"], ["Kurs B", "2.1", "KS"]])) is None
    assert form_rows(table([header, ["Kurs A", "2.2", "NAV"]])) is not None


def test_one_cell_layout_table():
    one = Table(cells=[Cell("", 0, 0, paragraphs=[P("Tiltak: Kurs A"), P("Delmål: 2.2"), P("Ansvarlig: NAV")])], n_rows=1, n_cols=1)
    assert [(m.title, m.goal_text) for m in parse(one)] == [("Kurs A", "2.2")]
    pdf = Table(cells=[Cell("Tiltak: Kurs B\nDelmål: 2.1\nAnsvarlig: KS", 0, 0)], n_rows=1, n_cols=1)
    assert [(m.title, m.goal_text) for m in parse(pdf)] == [("Kurs B", "2.1")]


def test_plain_table_text_is_description():
    ms = parse(H("Kurs A"), P("Delmål: 2.2"), P("Ansvarlig: X"), P("Beskrivelse: Tall:"),
               table([["Kommune", "Deltakere"], ["Bergen", "Mange"]]))
    assert "Deltakere" in (ms[0].description or "")


def test_label_cell_wrapped_over_two_lines():
    ms = parse(table([["Navn på\ntiltak", "Kurs A"], ["Delmål", "2.2"], ["Ansvarlig", "NAV"]]))
    assert ms[0].title == "Kurs A"


def test_form_continued_with_one_label_on_the_next_page():
    a = table([["Tiltak", "A"], ["Delmål", "1.3"], ["Ansvarlig", "KS"]], page=1)
    rest = table([["Tidspunkt og varighet", "Løpende"]], page=2)
    ms = parse(a, rest, fmt="pdf")
    assert len(ms) == 1 and ms[0].period_text == "Løpende"


def test_answer_in_the_next_pages_table():
    a = table([["Tiltak", "A"], ["Delmål", "1.3"], ["Tidspunkt og varighet", ""]], page=1)
    rest = table([["Løpende", ""]], page=2)
    ms = parse(a, rest, fmt="pdf")
    assert len(ms) == 1 and ms[0].period_text == "Løpende"


def test_paragraphs_over_a_page_break():
    ms = parse(B("Kurs A", page=1), P("Delmål: 2.2", page=1), P("Beskrivelse: Første del.", page=1),
               P("Andre del.", page=2), B("Kurs B", page=3), P("Delmål: 2.1", page=3), P("Ansvarlig: Y", page=3), fmt="pdf")
    assert [(m.title, m.description) for m in ms] == [("Kurs A", "Første del. Andre del."), ("Kurs B", None)]


def test_empty_form_answer_not_filled_from_the_same_page():
    a = table([["Tiltak", "A"], ["Delmål", "1.3"], ["Beskrivelse", ""]], page=1)
    ms = parse(a, P("Dette er et vanlig avsnitt etter tabellen.", page=1), fmt="pdf")
    assert ms[0].description is None


def test_list_numbered_headings_and_bullets():
    ms = parse(P("Kurs A", list_label="1."), P("Delmål: 2.2"), P("Ansvarlig: X"), P("Første punkt", list_label="•"),
               P("Andre punkt", list_label="o"),
               P("Kurs B", list_label="2."), P("Delmål: 2.1"), P("Ansvarlig: Y"))
    assert [m.title for m in ms] == ["Kurs A", "Kurs B"]
    from tiltak.extract.model import is_bullet

    assert [is_bullet(x) for x in ("•", "➢", "✓", "▪", "–", "o", "1.", "b)", "b", "iv.")] == [True] * 6 + [False] * 4


def test_sibling_needs_the_same_font_size():
    def BS(text, size):
        return Paragraph(text=text, bold=True, font_size=size, runs=[Run(text, bold=True)])
    ms = parse(BS("Kurs A", 14), P("Delmål: 2.2"), P("Ansvarlig: X"), BS("Kurs B", 14), P("Delmål: 2.1"), P("Ansvarlig: Y"),
               BS("Noe annet", 11), P("Litt tekst om noe annet."))
    assert [m.title for m in ms] == ["Kurs A", "Kurs B"]


def test_second_tiltak_label_under_a_heading():
    ms = parse(H("Område"), P("Tiltak: Kurs A"), P("Delmål: 2.2"), P("Ansvarlig: X"),
               P("Tiltak: Kurs B"), P("Delmål: 2.1"), P("Ansvarlig: Y"))
    assert [m.title for m in ms] == ["Kurs A", "Kurs B"]


def test_text_in_a_measure_without_a_name_is_no_name():
    ms = parse(P("Delmål: 2.2"), P("Ansvarlig: NAV"), P("Et kurs for ledere i kommunene."))
    assert (ms[0].title, ms[0].description) == ("", "Et kurs for ledere i kommunene.")


def test_responsible_and_roles_continue_on_the_next_line():
    ms = parse(H("Kurs A"), P("Delmål: 2.2"), P("Ansvarlig: NAV"), P("KS"),
               H("Kurs B"), P("Delmål: 2.1"), P("Ansvarlig og samarbeidspartnere: NAV"), P("KS"))
    assert [(m.responsible_text, m.description) for m in ms] == [("NAV KS", None), ("NAV KS", None)]


def test_good_measures_with_one_field_each():
    assert _assess(H("Kurs A"), P("Delmål: 2.2"), P("Ansvarlig: X"), H("Kurs B"), P("Tidsrom: 2019"),
                   H("Kurs C"), P("Samarbeidspartnere: NAV")) == pytest.approx(0.9)


def test_section_label_row_in_a_form_is_extra():
    t = table([["Tiltak", "Kurs A"], ["Delmål", "2.2"], ["Ansvarlig", "NAV"], ["Bakgrunn", "Lang historie"]])
    assert parse(t)[0].extra == {"Bakgrunn": "Lang historie"}


def test_text_after_forms_of_every_kind():
    f = table([["Tiltak", "Kurs A"], ["Delmål", "2.2"], ["Ansvarlig", "NAV"]], page=1)
    ms = parse(B("Tiltak 1"), f, P("Dette er en avsluttende merknad om rapporten."))
    assert ms[0].description is None
    rest = table([["Beskrivelse", "Lang tekst"], ["Tidspunkt og varighet", "Løpende"]], page=2)
    ms = parse(f, rest, P("Dette er en avsluttende merknad om rapporten.", page=2), fmt="pdf")
    assert len(ms) == 1 and ms[0].description == "Lang tekst"
    several = table([["Tiltak", "Kurs A"], ["Delmål", "2.2"], ["Ansvarlig", "NAV"],
                     ["Tiltak", "Kurs B"], ["Delmål", "2.1"], ["Ansvarlig", "KS"]])
    ms = parse(several, P("Dette er en avsluttende merknad om rapporten."))
    assert [m.description for m in ms] == [None, None]


def test_closing_words_dropped_after_an_other_answer():
    ms = parse(*[p for i in range(3) for p in (B(f"Tiltak {i + 1}: Kurs nr. {i + 1}"), P("Delmål: 2.2"), P("Ansvarlig: X"))],
               B("Merknad"), P("Bra."), P("Tidsrom: 2020"), P("Samla sett har fylkeskommunen styrkt rolla si som regional kompetanseaktør."))
    assert ms[2].extra == {"Merknad": "Bra."} and ms[2].description is None


def test_closing_words_are_dropped_only_after_the_last_measures_last_label():
    ms = parse(P("Tiltak: Kurs A"), P("Delmål: 1.1"), P("Ansvarlig: X"), P("Tiltak: Kurs B"), P("Delmål: 1.2"),
               P("Ansvarlig: Y"), P("Tiltak:"), P("Kurs C"), P("Beskrivelse:"), P("Kurset er for alle."),
               P("Delmål: 1.1"), P("Ansvarlig: Z"), P("Vi takker for samarbeidet i året som gikk."))
    assert [m.title for m in ms] == ["Kurs A", "Kurs B", "Kurs C"]
    assert ms[2].description == "Kurset er for alle." and ms[2].responsible_text == "Z"
    assert not any(n.startswith("no_title") for n in ms[2].notes)


def test_a_name_label_after_a_headed_measure_with_fields_starts_a_new_measure():
    ms = parse(B("Kurs A"), P("Delmål: 2.2"), P("Ansvarlig: X"), P("Tiltak: Kurs B"), P("Delmål: 2.1"),
               P("Ansvarlig: Y"))
    assert [(m.title, m.goal_text, m.responsible_text) for m in ms] == [("Kurs A", "2.2", "X"), ("Kurs B", "2.1", "Y")]


def test_a_line_of_hashtags_gives_the_delmal_codes_and_type_among_them():
    from tiltak.extract.layouts.facts import facts_line

    assert facts_line("#1.3 #3.5 #informasjon") == [("goal", "1.3, 3.5"), ("type", "informasjon")]
    assert facts_line("#FoU") == [("type", "FoU")]
    assert facts_line("#2.2 #fou #seniorer") == [("goal", "2.2"), ("type", "fou")]  # a tag of no field is left
    assert facts_line("#kompetanse #livslanglæring") is None  # tags that name no field
    ms = parse(P("YS – rapport 2021", heading_level=1), B("Kartlegging av seniorers kompetanse"), P("#2.2 #fou"),
                 P("Ansvarlig: YS. Periode: 2021."), B("Nettverk for HR-ledere"), P("#1.4 #2.3 #råd"),
                 P("Ansvarlig: YS. Periode: 2021–2022."))
    assert [(m.title, m.goal_text, m.type_text) for m in ms] == [
        ("Kartlegging av seniorers kompetanse", "2.2", "fou"), ("Nettverk for HR-ledere", "1.4, 2.3", "råd")]


def test_a_line_of_unlabelled_fields_is_read_by_its_content():
    from tiltak.extract.layouts.facts import facts_line

    assert facts_line("1.2, 1.4 · Råd/utvalg/nettverk · 2021–2024") == [
        ("goal", "1.2, 1.4"), ("type", "Råd/utvalg/nettverk"), ("period", "2021–2024")]
    assert facts_line("Delmål 3.2 | Kurs/utdanning | Høsten 2020") == [
        ("goal", "Delmål 3.2"), ("type", "Kurs/utdanning"), ("period", "Høsten 2020")]
    # a title after its delmål, a title with a date in it, one field alone: not a line of fields
    assert facts_line("2.3 – Konferanse i Oslo 30. november 2017 sammen med LO") is None
    assert facts_line("Kompetansepluss · fase 2") is None
    assert facts_line("2019–2020") is None
    # a field with its own label among them, and a line of them broken after a separator
    assert facts_line("Delmål 2.2 · Prosjekt · Ansvar: EPSU og HOSPEEM ·") == [
        ("goal", "Delmål 2.2"), ("type", "Prosjekt"), ("responsible", "EPSU og HOSPEEM")]
    assert facts_line("Samarbeid: Norsk Sykepleierforbund, Spekter · 2017–2019") == [
        ("partners", "Norsk Sykepleierforbund, Spekter"), ("period", "2017–2019")]
    assert facts_line("Delmål: 3.2 – Type: FoU – Partnere: studieforbundene –") == [  # dashes between them
        ("goal", "3.2"), ("type", "FoU"), ("partners", "studieforbundene")]


def test_which_heading_stands_under_which():
    """Probe from the mutation run: the rank of headings decides what a measure's heading is."""
    from tiltak.extract.layouts.section_heads import ranks_below as _ranks_below

    assert _ranks_below(("style", 3), ("style", 2)) is True
    assert _ranks_below(("bold", 12), ("style", 2)) is True  # a bold line under a Heading 2
    assert _ranks_below(("bold", 10), ("bold", 12)) is True  # a smaller bold line under a larger one
    assert _ranks_below(("bold", 14), ("bold", 12)) is False
    assert _ranks_below(("style", 2), ("bold", 12)) is False
    assert _ranks_below(("bold", 12), ("bold", 12)) is False


def test_what_was_seen_names_the_labels_and_what_is_missing():
    from tiltak.extract.layouts import what_was_seen
    from tiltak.extract.model import Document, Paragraph

    doc = Document(path="t", format="docx", blocks=[Paragraph("Innledning om rapporten vår"), Paragraph("Ansvarlig: KD"),
                                                    Paragraph("Ansvarlig: NHO"),
                                                    Paragraph("Mål for året: flere kurs", lead="Mål for året:")])
    # a label tiltak does not know ("Mål for året:") is no field it can use
    assert what_was_seen(doc) == ("read 4 paragraphs, 0 tables, 0 headings; labels recognised: «Ansvarlig» ×2; "
                                  "nothing names the measures (no heading, numbered title or 'Tiltak:' label before "
                                  "the fields)")


# ---------------------------------------------------------------- templates, exports, receipts (match21's classes)
def test_a_name_that_ends_in_its_codes_in_brackets_is_surely_a_measure_of_the_strategy():
    """A list of names each tagged with its delmål ("… (2.1, 2.4)") and a line of facts under it, no
    field labelled: the codes in the name say it is the strategy's, as a goal named in words does."""
    d = doc(P("Tiltak i 2020", heading_level=2),
            P("Nettverk for opplæringskontor (1.4)", list_label="•"), P("Prosjekt – 2020–2021"),
            P("Kurs i arbeidsrett for verneombud (2.1, 2.2)", list_label="•"), P("Kurs/utdanning – 2020"))
    assert Sections().assess(d).score >= 0.5  # (0.2 when no measure is surely the strategy's)
    assert [(m.title, m.goal_text) for m in Sections().parse(d).measures] == [
        ("Nettverk for opplæringskontor", "1.4"), ("Kurs i arbeidsrett for verneombud", "2.1, 2.2")]
    plain = doc(P("Nettverk for opplæringskontor (1.4)"),
                P("Prosjekt – ansvarlig: LO – 2020–2021"), P("Kurs i arbeidsrett for verneombud (2.1, 2.2)"),
                P("Kurs/utdanning – ansvarlig: LO – 2020"))  # no list: each name taken back from the text above
    assert Sections().assess(plain).score >= 0.5
    assert [(m.title, m.goal_text) for m in Sections().parse(plain).measures] == [
        ("Nettverk for opplæringskontor", "1.4"), ("Kurs i arbeidsrett for verneombud", "2.1, 2.2")]


def test_codes_alone_in_a_bracket_tag_the_whole_name_a_bracket_of_facts_parts_it_at_its_dash():
    from tiltak.extract.layouts.facts import bracket_facts

    assert bracket_facts("Bransjeløft (2.1, 2.4)") == ("Bransjeløft", (("goal", "2.1, 2.4"),), "")
    ms = parse(H("Delmål 2.2"), P("Bransjeløft – opplæring for hele bransjen (2.2)", list_label="•"),
               P("Lederkurs – videreført fra 2019 (kurs, 2020)", list_label="•"))
    assert [(m.title, m.description) for m in ms] == [("Bransjeløft – opplæring for hele bransjen", None),
                                                      ("Lederkurs", "videreført fra 2019")]


def test_a_caption_over_a_form_that_names_nothing_is_its_name_without_the_tables_number():
    def form():
        return table([["Hva gjør vi?", "Hvem er med?", "Når?"],
                      ["Samlinger for ledere i små bedrifter.", "Ansvarlig: Virke", "Våren 2021"]])

    ms = parse(P("Tabell 3: Lederskolen for små bedrifter"), form(), P("Figur 1 viser deltakerne."),
               P("Mentorordning for nye ledere", style="Caption"), form())
    assert [(m.title, m.description, m.period_text) for m in ms] == [
        ("Lederskolen for små bedrifter", "Samlinger for ledere i små bedrifter.", "Våren 2021"),
        ("Mentorordning for nye ledere", "Samlinger for ledere i små bedrifter.", "Våren 2021")]


def test_a_row_of_facts_across_a_form_parted_by_dots_is_its_own_facts():
    form = table([["Hva gjør vi?", "Hvem er med?", "Når?"], ["Kurs om lønn.", "Ansvarlig: YS", "2018"],
                  ["Bidrar til NKPS-tiltak nr. 7 · Type: Kurs/utdanning", "", ""]])
    form.cells = [c for c in form.cells if not (c.row == 2 and c.col > 0)]
    form.cells[-1].col_span = 3
    rows = form_rows(form)
    assert [(f, a) for f, _, a, *_ in rows][-3:] == [("period", "2018"), ("goal", "Bidrar til NKPS-tiltak nr. 7"),
                                                     ("type", "Kurs/utdanning")]


def test_a_form_of_boxes_each_its_label_over_its_answer_is_read_box_by_box():
    def box(label, answer, r, c):
        return Cell(f"{label}\n{answer}", r, c, paragraphs=[P(label), P(answer)])

    form = Table(cells=[box("1 Navn på tiltaket", "Leseløft for voksne", 0, 0), box("2 Mottaker (ansvarlig)", "VOFO", 1, 0),
                        box("3 Samarbeidspartnere", "Studieforbundene", 1, 1), box("4 Periode", "2024", 2, 0),
                        box("5 Delmål i strategien", "3.2", 2, 1), Cell("Signert elektronisk", 3, 0)],
                 n_rows=4, n_cols=2)
    assert [(f, a) for f, _, a, *_ in form_rows(form)] == [
        ("title", "Leseløft for voksne"), ("responsible", "VOFO"), ("partners", "Studieforbundene"),
        ("period", "2024"), ("goal", "3.2"), ("", "Signert elektronisk")]


@pytest.mark.parametrize("text, number, rest", [
    ("KR2.1 Lærlingløftet", "KR2.1", "Lærlingløftet"), ("B4.2 Kompetanseforum", "B4.2", "Kompetanseforum"),
    ("E39 Rogfast", None, "E39 Rogfast"), ("Å fremme likestilling", None, "Å fremme likestilling"),
    ("A New Approach", None, "A New Approach"),
    ("Tabell 2: Lederskolen", "Tabell 2:", "Lederskolen"), ("Figur 3: Deltakere", "Figur 3:", "Deltakere"),
    ("P Hurtigsporet", "P", "Hurtigsporet"), ("Tabell 2 viser deltakerne", None, "Tabell 2 viser deltakerne"),
    ("I Norge har vi", None, "I Norge har vi"), ("NAV Hurtigsporet", None, "NAV Hurtigsporet")])
def test_a_key_results_or_a_tiles_code_before_a_name_is_numbering(text, number, rest):
    from tiltak.extract.layouts.base import split_numbering

    assert split_numbering(text)[:2] == (number, rest)


def test_a_systems_export_writes_key_equals_value_and_its_letters_without_ae_oe_aa():
    got = [match_label(t) for t in ("DELMAAL = 2.3", "SAMARBEIDSPARTNERE = NAV; KS")]
    assert [(x.field, x.label, x.value) for x in got] == [("goal", "DELMAAL", "2.3"),
                                                          ("partners", "SAMARBEIDSPARTNERE", "NAV; KS")]
    assert match_label("DM = delmål i strategien") is None  # an abbreviation explained
    assert label_field("Måloppnåelse") == label_field("Maaloppnaaelse")


def test_a_question_for_a_label_may_have_a_note_after_its_question_mark():
    assert label_field("Hvilke delmål støtter tiltaket? (flere svar mulig)") == "goal"
    assert label_field("Hvilke delmål støtter tiltaket (flere svar mulig)") is None


def test_ticked_choices_under_a_question_are_its_answers_not_headings():
    ms = parse(P("Navn på tiltaket"), P("Lesekurs for ledige"), P("Hvilke delmål bidrar tiltaket til?"),
               P("2.4 Styrke kvaliteten i opplæring for ansatte", list_label="☑"),
               P("3.5 Styrke og tilpasse NAVs opplæringstilbud", list_label="☑"),
               P("Type tiltak"), P("Kurs/utdanning", list_label="◉"), P("Tidsperiode"), P("2021"))
    assert [(m.title, m.type_text, m.period_text) for m in ms] == [("Lesekurs for ledige", "Kurs/utdanning", "2021")]
    assert "2.4" in ms[0].goal_text and "3.5" in ms[0].goal_text


def test_a_heading_with_nothing_but_a_time_under_it_is_no_measure_beside_measures_that_name_delmal():
    ms = parse(H("Referat fra møte i kompetanseforumet"), P("Tid: 3. mars 2024 kl. 12–14"),
               H("Karrieresenter for voksne"), P("Delmål: 1.3"), P("Ansvarlig: fylkeskommunen"),
               H("Fagbrev på jobb"), P("Delmål: 3.1"), P("Ansvarlig: fylkeskommunen"))
    assert [m.title for m in ms] == ["Karrieresenter for voksne", "Fagbrev på jobb"]


def test_a_templates_guidance_after_each_label_is_taken_out_and_a_paragraph_of_guidance_goes():
    from tiltak.extract.guidance import without_guidance

    d = doc(P("[Skriv ein blokk per tiltak og slett denne teksten]"),
            P("Namn: [Kort namn] Lærlingløft i Agder"), P("Periode: [Frå–til] 2024–2025"),
            P("Namn: [Kort namn] Kompetanseforum Agder"), P("Periode: [Frå–til] Løpande"),
            P("[KV] Karriereveiledning på nett"), P("[KV] Karrieresentre i fylkene"))
    assert [p.text for p in without_guidance(d).blocks] == [
        "Namn: Lærlingløft i Agder", "Periode: 2024–2025", "Namn: Kompetanseforum Agder", "Periode: Løpande",
        "[KV] Karriereveiledning på nett", "[KV] Karrieresentre i fylkene"]  # a measure's tags, not guidance


def test_who_takes_part_after_med_or_a_plus_and_a_labelled_responsible_holding_both():
    from tiltak.extract.layouts.facts import facts_line, who_and_partners

    assert who_and_partners("Udir, med fylkeskommunene") == ("Udir", "fylkeskommunene")
    assert who_and_partners("VOFO + Fafo") == ("VOFO", "Fafo")
    assert who_and_partners("Kurs med praksis") == ("Kurs med praksis", None)
    assert facts_line("Prosjekt – ansvarleg: Agder fylkeskommune, saman med NAV – 2024") == [
        ("type", "Prosjekt"), ("responsible", "Agder fylkeskommune"), ("partners", "NAV"), ("period", "2024")]


def test_the_strategys_old_numbers_and_a_bracket_of_facts_among_a_lines_facts():
    from tiltak.extract.layouts.facts import facts_line

    assert facts_line("Nr. 4 og 7 | Råd/utvalg/nettverk | YS + LO | 2017") == [
        ("goal", "Nr. 4 og 7"), ("type", "Råd/utvalg/nettverk"), ("responsible", "YS"), ("partners", "LO"),
        ("period", "2017")]
    assert facts_line("(Ansvar: IMDi; med kommunene) · Løpende") == [
        ("responsible", "IMDi"), ("partners", "kommunene"), ("period", "Løpende")]


def test_a_bold_name_on_a_line_of_its_own_keeps_no_closing_stop_and_a_value_in_a_line_of_facts_ends_there():
    ms = parse(B("Partssamarbeid om digital kompetanse."), P("Delmål 2.1 · Prosjekt · 2018–2020"),
               P("Prosjektet prøver ut lokale opplegg i 2019 og 2020 i tolv kommuner."))
    assert [(m.title, m.period_text, m.description) for m in ms] == [
        ("Partssamarbeid om digital kompetanse", "2018–2020",
         "Prosjektet prøver ut lokale opplegg i 2019 og 2020 i tolv kommuner.")]


def test_a_list_of_five_partners_in_a_bracket_is_still_names():
    from tiltak.extract.layouts.facts import bracket_facts

    got = bracket_facts("Kompetanseforum (delmål 1.2; ansvar: Agder fylkeskommune; saman med NHO Agder, LO i Agder, "
                        "NAV Agder, Universitetet i Agder, Statsforvaltaren; 2020–2024)")
    assert got[1][2] == ("partners", "NHO Agder, LO i Agder, NAV Agder, Universitetet i Agder, Statsforvaltaren")


def test_note_marks_in_unicode_superscript_and_guidance_in_nynorsk():
    from tiltak.extract.content import is_instruction, is_note_mark

    assert is_note_mark("²") and is_note_mark("¹³") and not is_note_mark("2.1")
    assert is_instruction("Oppgje nummeret på delmålet") and is_instruction("Vel ein av typane under")
    assert not is_instruction("Velferdsteknologi i kommunane")
    assert not is_instruction("Vel ein tredel av deltakarane fullførte")  # ("just over": prose in Nynorsk)


def test_guidance_in_a_forms_cells_goes_too_and_an_answer_in_brackets_each_time_stays():
    from tiltak.extract.guidance import without_guidance

    form = Table(cells=[Cell("Periode: [Frå–til] 2024", 0, 0, paragraphs=[P("Periode: [Frå–til] 2024")]),
                        Cell("Periode: [Frå–til] 2025", 1, 0, paragraphs=[P("Periode: [Frå–til] 2025")])],
                 n_rows=2, n_cols=1)
    d = without_guidance(doc(form, P("Status: [Pågår]"), P("Status: [Pågår]")))
    assert [c.text for c in d.blocks[0].cells] == ["Periode: 2024", "Periode: 2025"]
    assert [p.text for p in d.blocks[1:]] == ["Status: [Pågår]", "Status: [Pågår]"]


def test_a_box_over_two_rows_is_read_once_and_med_before_a_word_that_is_no_name_is_no_partner():
    from tiltak.extract.layouts.facts import facts_line, who_and_partners

    def box(label, answer, r, c, span=1):
        return Cell(f"{label}\n{answer}", r, c, row_span=span, paragraphs=[P(label), P(answer)])

    form = Table(cells=[box("Navn på tiltaket", "Leseløft", 0, 0), box("Beskrivelse", "Kurs i lesing.", 0, 1, 2),
                        box("Periode", "2024", 1, 0), box("Ansvarlig", "VOFO", 2, 0)], n_rows=3, n_cols=2)
    assert [f for f, *_ in form_rows(form)] == ["title", "description", "period", "responsible"]
    assert facts_line("Delmål 2.1 · Kurs · med forbehold om finansiering") is None
    assert who_and_partners("NAV, med støtte fra HK-dir") == ("NAV, med støtte fra HK-dir", None)
    assert who_and_partners("AID; med partene") == ("AID", "partene")


def test_a_measure_whose_only_field_is_its_term_is_kept_beside_measures_that_name_delmal():
    ms = parse(H("Lærlingløftet"), P("Periode: 2024–2026"),
               H("Karrieresenter for voksne"), P("Delmål: 1.3"), P("Ansvarlig: fylkeskommunen"),
               H("Fagbrev på jobb"), P("Delmål: 3.1"), P("Ansvarlig: fylkeskommunen"))
    assert [m.title for m in ms] == ["Lærlingløftet", "Karrieresenter for voksne", "Fagbrev på jobb"]


def test_a_letters_numbered_task_is_numbering():
    from tiltak.extract.layouts.base import split_numbering

    assert split_numbering("Oppdrag 2018-02: Nasjonalt kvalitetsrammeverk")[:2] == ("Oppdrag 2018-02:", "Nasjonalt kvalitetsrammeverk")
    assert split_numbering("IA-avtalen 2019–2022")[0] is None and split_numbering("Tiltak 2019-2020 Kurs")[0] is None
