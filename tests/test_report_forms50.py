"""Forms of ordinary reports from blind batches match50 and match51, each in a test's own words."""

import docx

from tiltak.extract.file import extract_file
from tiltak.extract.layouts.base import split_title
from test_report_forms48 import _table
from tiltak.extract.model import Paragraph, Run


def _measures(path):
    return [(m.title, m.goal_text, m.type_text, m.responsible_text, m.description) for m in extract_file(path).measures]


def test_a_name_over_its_text_a_size_smaller_or_in_italic_in_one_cell_parts_them():
    """A table cell (as a PDF reader gives it): the measure's name in 9 pt over its text in 8.5 pt, or in
    roman over an italic text: the name, then the text. One size throughout is one text."""
    name = Paragraph(text="Kompetanseforum Agder (KFA)", font_size=9.0, runs=[Run("Kompetanseforum Agder (KFA)", size=9.0)])
    text = Paragraph(text="Forumet møtes fire ganger i året.", font_size=8.5, runs=[Run("Forumet møtes fire ganger i året.", size=8.5)])
    assert split_title([name, text], "x") == ("Kompetanseforum Agder (KFA)", "Forumet møtes fire ganger i året.")
    leaning = Paragraph(text=text.text, font_size=9.0, italic=True, runs=[Run(text.text, italic=True)])
    assert split_title([name, leaning], "x") == ("Kompetanseforum Agder (KFA)", "Forumet møtes fire ganger i året.")
    same = Paragraph(text=text.text, font_size=9.0, runs=[Run(text.text, size=9.0)])
    assert split_title([name, same], "Kompetanseforum Agder (KFA) Forumet møtes fire ganger i året.")[1] is None


def test_an_overview_table_of_short_names_before_a_section_per_measure_gives_the_sections_measures(tmp_path):
    """A ministry's report: a summary table (Nr | Tiltak | Delmål | Ansvarlig) by short names, then a
    heading and labelled lines per measure under its full name, in the same order. The measures are the
    sections' (full names and facts), not the table's rows."""
    document = docx.Document()
    document.add_heading("Sammendrag", 1)
    _table(document, [("Nr", "Tiltak", "Delmål", "Ansvarlig"), ("1", "Karriereportalen", "1.3", "KD"),
                      ("2", "Fagskoleløftet", "2.4", "KD"), ("3", "Norsk på jobb", "3.4", "AID")])
    document.add_paragraph("Tabell 1: Oversikt. Omtale følger under.").runs[0].italic = True
    document.add_heading("Omtale av tiltakene", 1)
    for name, code, who, text in [
            ("Nasjonal karriereportal (Karriereportalen)", "1.3", "KD", "Portalen samler veiledning for voksne."),
            ("Fagskoleløftet – flere studieplasser", "2.4 og 2.5", "KD", "Nye plasser i helse og teknologi."),
            ("Norskopplæring på arbeidsplassen (Norsk på jobb)", "3.4", "AID", "Kurs i norsk for ansatte.")]:
        document.add_heading(name, 2)
        for line in (f"Delmål: {code}", "Type tiltak: Prosjekt", f"Ansvarlig: {who}", f"Beskrivelse: {text}"):
            document.add_paragraph(line)
    document.save(tmp_path / "kd.docx")
    got = [(t, g) for t, g, *_ in _measures(tmp_path / "kd.docx")]
    assert got == [("Nasjonal karriereportal (Karriereportalen)", "1.3"), ("Fagskoleløftet – flere studieplasser", "2.4 og 2.5"),
                   ("Norskopplæring på arbeidsplassen (Norsk på jobb)", "3.4")]


def test_a_named_line_with_its_facts_in_a_bracket_then_its_text(tmp_path):
    """A status memo: "Tiltak: Name (delmål 1.3; informasjon; ansvar: KD; med HK-dir; 2025–2027). Text"
    per measure under area headings: the name, the bracket's facts (its labels inside it are its own) and
    the text after it."""
    document = docx.Document()
    document.add_paragraph().add_run("Statusnotat").bold = True
    document.add_paragraph().add_run("A. Gode valg for den enkelte").bold = True
    document.add_paragraph("Tiltak: Karriereportalen (delmål 1.3; informasjon; ansvar: KD; med HK-dir; 2025–2027). "
                           "Portalen har fått chat med veiledere.")
    document.add_paragraph("Tiltak: Fagskoleløftet (delmål 2.4; kurs/utdanning; ansvar: KD; med fylkeskommunene; 2026). "
                           "Nye studieplasser i helsefag.")
    document.save(tmp_path / "notat.docx")
    got = _measures(tmp_path / "notat.docx")
    assert [(t, g, ty, r, d) for t, g, ty, r, d in got] == [
        ("Karriereportalen", "delmål 1.3", "informasjon", "KD", "Portalen har fått chat med veiledere."),
        ("Fagskoleløftet", "delmål 2.4", "kurs/utdanning", "KD", "Nye studieplasser i helsefag.")]


def test_a_list_of_short_names_and_as_many_forms_each_giving_its_items_old_numbers_pair_in_order(tmp_path):
    """The four-heading template: "Rapporteringspunkter" lists short names with their old numbers (two
    items run on in one line, as a PDF's text may give them), then one form per measure in the same order
    and with the same numbers, naming it in full: one measure per form, named as the form names it."""
    document = docx.Document()
    document.add_paragraph().add_run("Rapporteringspunkter:").bold = True
    document.add_paragraph("1. Lærlingbrev. Relasjon til NKPS tiltak nr. 7.")
    document.add_paragraph("2. Søkekonferanse (NKPS tiltak nr. 12) 3. HR-nettverket (NKPS tiltak nr. 6)")
    for name, number, period in [("Brev til alle medlemmer om å ta inn lærlinger", "7", "Mai 2018"),
                                 ("Søkekonferanse om Kompetansepluss for medlemmene", "12", "September 2018"),
                                 ("Nettverk for HR-direktører i medlemsvirksomhetene", "6", "Løpende")]:
        document.add_paragraph().add_run("1. Tiltak i Nasjonal kompetansepolitisk strategi").bold = True
        document.add_paragraph(name)
        document.add_paragraph(f"Relasjon til NKPS tiltak nr. {number}.")
        document.add_paragraph().add_run("2. Ansvarlig og samarbeidspartnere").bold = True
        document.add_paragraph("Spekter er ansvarlig for tiltaket.")
        document.add_paragraph().add_run("3. Beskrivelse av tiltaket (maks en halv side)").bold = True
        document.add_paragraph("Tiltaket er beskrevet i rapporten.")
        document.add_paragraph().add_run("4. Tidspunkt og varighet").bold = True
        document.add_paragraph(period)
    document.save(tmp_path / "spekter.docx")
    got = [t for t, *_ in _measures(tmp_path / "spekter.docx")]
    assert got == ["Brev til alle medlemmer om å ta inn lærlinger", "Søkekonferanse om Kompetansepluss for medlemmene",
                   "Nettverk for HR-direktører i medlemsvirksomhetene"]


def test_a_state_word_and_colon_before_a_name_is_no_part_of_it(tmp_path):
    """"Videreført: Kompetansekurs for tillitsvalgte" in a form's name row: the name without the state, kept
    aside."""
    document = docx.Document()
    for name in ("Videreført: Kompetansekurs for tillitsvalgte", "Nytt: Lederskolen i YS"):
        _table(document, [("Tiltak", name), ("Delmål", "2.2"), ("Ansvarlig", "YS"), ("Type tiltak", "Kurs")])
        document.add_paragraph("")
    document.save(tmp_path / "ys.docx")
    got = extract_file(tmp_path / "ys.docx").measures
    assert [m.title for m in got] == ["Kompetansekurs for tillitsvalgte", "Lederskolen i YS"]
    assert [m.extra.get("Status") for m in got] == ["Videreført", "Nytt"]


def test_a_questionnaires_numbered_questions_are_labels_and_its_boxes_of_delmal_its_answer(tmp_path):
    """A survey tool's export: "Spørsmål 1 – Namn på tiltaket:" over the answer, "Spørsmål 2 – Kva delmål …?
    (kryss av)" over a box a line for each delmål in the county's own words, one or two ticked, "Spørsmål 3
    – Type tiltak" over a line of boxes. The questions are labels; the ticked delmål are the measure's."""
    codes = [("1.3", "Tilgang til karriererettleiing"), ("1.4", "Samarbeid mellom tilbydarar og arbeidsliv"),
             ("2.4", "Kople behov og tilbod"), ("3.3", "Opplæring i arbeidsmarknadspolitikken")]
    document = docx.Document()
    for k, (name, ticked) in enumerate([("Karrieresenter for vaksne", {"1.3"}), ("Fagskule i nord", {"1.4", "3.3"})], 1):
        document.add_paragraph().add_run(f"Tiltak {k}").bold = True
        document.add_paragraph().add_run("Spørsmål 1 – Namn på tiltaket:").bold = True
        document.add_paragraph(name)
        document.add_paragraph().add_run("Spørsmål 2 – Kva delmål følgjer tiltaket opp? (kryss av)").bold = True
        for code, words in codes:
            document.add_paragraph(f"{'☒' if code in ticked else '☐'} {code} {words}")
        document.add_paragraph().add_run("Spørsmål 3 – Type tiltak").bold = True
        document.add_paragraph("☐ FoU ☒ Kurs/utdanning ☐ Prosjekt ☐ Anna")
        document.add_paragraph().add_run("Spørsmål 4 – Ansvarleg:").bold = True
        document.add_paragraph("Nordland fylkeskommune")
    document.save(tmp_path / "svar.docx")
    from tiltak.extract.content import ticked as ticked_of
    got = [(m.title, ticked_of(m.goal_text), m.responsible_text) for m in extract_file(tmp_path / "svar.docx").measures]
    assert [(t, [c.split()[0] for c in g.split(", ")], r) for t, g, r in got] == [
        ("Karrieresenter for vaksne", ["1.3"], "Nordland fylkeskommune"),
        ("Fagskule i nord", ["1.4", "3.3"], "Nordland fylkeskommune")]


def test_a_text_that_closes_with_a_bracket_of_the_measures_facts_gives_them(tmp_path):
    """An annual account's note lists the measures as lettered bold names over their text, each text closing
    with "(NKPS tiltak nr. 2; samarbeidsavtale; ansvar: VOFO; samarbeid: fylkeskommunene; 2017–2019)": the
    bracket's facts are the measure's, the text is what comes before it."""
    document = docx.Document()
    document.add_paragraph().add_run("Note 9 Oppfølging av strategien").bold = True
    for letter, name, bracket in [("a", "Partnerskap med fylket", "NKPS tiltak nr. 2; avtale; ansvar: Viken VOFO; "
                                   "samarbeid: fylkeskommunen; 2019–2021"),
                                  ("b", "Kurs for kursledere", "NKPS tiltak nr. 16; kurs; ansvar: Viken VOFO; "
                                   "samarbeid: studieforbundene; 2019")]:
        document.add_paragraph().add_run(f"{letter}) {name}").bold = True
        document.add_paragraph(f"Tiltaket er omtalt i årsmeldingen. ({bracket})")
    document.save(tmp_path / "note.docx")
    got = [(m.title, m.responsible_text, m.partners_text, m.period_text, m.description)
           for m in extract_file(tmp_path / "note.docx").measures]
    assert got == [("Partnerskap med fylket", "Viken VOFO", "fylkeskommunen", "2019–2021", "Tiltaket er omtalt i årsmeldingen."),
                   ("Kurs for kursledere", "Viken VOFO", "studieforbundene", "2019", "Tiltaket er omtalt i årsmeldingen.")]
