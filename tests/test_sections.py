"""The section parser on small documents built straight in the document model: whatever the
template, a measure starts at a heading, a form table or a name label, and its fields follow."""

from tiltak.extract.layouts import assess_all, best_layout
from tiltak.extract.layouts.sections import Sections
from tiltak.extract.content import ticked
from tiltak.extract.model import Cell, Document, Paragraph, Run, Table


def P(text, **kw):
    return Paragraph(text=text, **kw)


def B(text):
    return Paragraph(text=text, bold=True, runs=[Run(text, bold=True)])


def runin(label, value):
    return Paragraph(text=f"{label} {value}", runs=[Run(label, bold=True), Run(value)], lead=label)


def doc(*blocks, fmt="docx"):
    return Document(path="t", format=fmt, blocks=list(blocks))


def read(*blocks, fmt="docx"):
    d = doc(*blocks, fmt=fmt)
    layout, _ = best_layout(d)
    assert layout is not None, [f.reasons for _, f in assess_all(d)]
    parsed = layout.parse(d)
    return parsed.layout or layout.name, parsed.measures


def table(rows, page=None):
    cells = [Cell(text, r, c, page=page) for r, row in enumerate(rows) for c, text in enumerate(row)]
    return Table(cells=cells, n_rows=len(rows), n_cols=max(len(r) for r in rows), page=page, page_end=page)


def test_typed_numbering_is_not_part_of_the_title_and_a_goal_line_needs_no_label():
    layout, ms = read(P("YS' rapport 2019", bold=True), P("YS rapporterer her sine tiltak."),
                      B("Tiltak 1 – Analyse av digitale endringer"), P("Relasjon til NKPS tiltak nr. 5 og 6."),
                      P("Ansvarlig: YS"), B("Tiltak 2 – Kurs for tillitsvalgte"), P("Relasjon til NKPS tiltak nr 6"),
                      P("Ansvarlig: YS"), P("Samarbeidspartnere: Delta, Parat"))
    assert layout == "label_paragraphs"
    assert [(m.title, m.goal_text) for m in ms] == [("Analyse av digitale endringer", "Relasjon til NKPS tiltak nr. 5 og 6."),
                                                    ("Kurs for tillitsvalgte", "Relasjon til NKPS tiltak nr 6")]
    assert ms[1].partners_text == "Delta, Parat"


def test_bold_run_in_labels_in_nynorsk_without_colon():
    _, ms = read(B("a) Karrieresenter for alle over 19 år"), runin("Delmål", "1.3"), runin("Ansvarleg", "Vestland fylkeskommune"),
                 runin("Samarbeidspartnarar", "NAV Vestland"), runin("Tidspunkt og varigheit", "Heile 2020"),
                 B("b) Partnarskap for karriererettleiing"), runin("Delmål", "1.3"), runin("Ansvarleg", "Vestland fylkeskommune"))
    assert [m.title for m in ms] == ["Karrieresenter for alle over 19 år", "Partnarskap for karriererettleiing"]
    assert (ms[0].responsible_text, ms[0].partners_text, ms[0].period_text) == (
        "Vestland fylkeskommune", "NAV Vestland", "Heile 2020")


def test_a_label_on_its_own_line_takes_the_answer_below_and_section_headings_are_no_measures():
    _, ms = read(B("Innledning"), P("VOFO er paraplyorganisasjon for studieforbundene."),
                 B("a) Promotering av Kompetansepluss"), B("Delmål"), P("3.2"), B("Ansvarlig"), P("VOFO"),
                 B("b) Evaluering av Kompetansepluss"), B("Delmål"), P("3.2, 3.6"), B("Ansvarlig"), P("VOFO"),
                 B("Oppsummering"), P("Studieforbundene er viktige for voksnes læring."))
    assert [(m.title, m.goal_text, m.responsible_text) for m in ms] == [
        ("Promotering av Kompetansepluss", "3.2", "VOFO"), ("Evaluering av Kompetansepluss", "3.2, 3.6", "VOFO")]


def test_a_label_alone_takes_every_line_of_boxes_below_it():
    """A checkbox form: "Delmål" alone, then a line of boxes per innsatsområde; the lines are the
    goal's answer, not text of the measure."""
    _, ms = read(B("Skjema for rapportering"), P("Kryss av for delmål."),
                 B("Nettverk for opplæringskontor"), B("Delmål"), P("Område 1: ☐ 1.1 ☐ 1.2"), P("Område 2: ☐ 2.1 ☒ 2.2"),
                 P("Område 3: ☒ 3.1 ☐ 3.2"), P("Ansvarlig: Spekter"), P("Beskrivelse: Møtes hvert kvartal."),
                 B("Lederkurs om kompetanse"), B("Delmål"), P("Område 1: ☒ 1.1 ☐ 1.2"), P("Område 2: ☐ 2.1 ☐ 2.2"),
                 P("Område 3: ☐ 3.1 ☐ 3.2"), P("Ansvarlig: Spekter"))
    assert [m.title for m in ms] == ["Nettverk for opplæringskontor", "Lederkurs om kompetanse"]
    assert ticked(ms[0].goal_text) == "2.2, 3.1" and ticked(ms[1].goal_text) == "1.1"
    assert ms[0].description == "Møtes hvert kvartal."


def test_a_footnote_on_a_heading_that_names_a_delmal_gives_the_measure_its_goal():
    def H(text, *notes):
        return Paragraph(text=text, heading_level=2, bold=True, runs=[Run(text, bold=True)], notes=list(notes))

    _, ms = read(P("Unio – rapportering 2020", heading_level=1),
                 H("Rapport om etter- og videreutdanning", "Delmål 2.2: Styrke kunnskapsgrunnlaget om læring."),
                 P("Ansvarlig: Unio. Samarbeid: Fafo. Periode: 2020."), P("Rapporten ser på finansiering."),
                 H("Seminar for tillitsvalgte", "Se unio.no for programmet."),
                 P("Ansvarlig: Unio. Periode: 2020."), P("Seminaret samlet 80 tillitsvalgte."))
    assert [(m.title, m.goal_text) for m in ms] == [
        ("Rapport om etter- og videreutdanning", "Delmål 2.2: Styrke kunnskapsgrunnlaget om læring."),
        ("Seminar for tillitsvalgte", None)]
    assert "unio.no" not in (ms[1].description or "")
    # a note in the text, or one that only mentions a delmål, gives none and starts no measure
    _, ms = read(P("Unio – rapportering 2020", heading_level=1, notes=["Delmål 3.1: Voksnes grunnleggende ferdigheter."]),
                 H("Seminar for tillitsvalgte"), P("Delmål: 1.1"), P("Ansvarlig: Unio."),
                 P("Seminaret ble holdt i Oslo.", notes=["Se også delmål 2.2 om kunnskapsgrunnlaget."]),
                 H("Kurs for ledere", "Se også delmål 2.2."), P("Ansvarlig: Unio. Periode: 2020."))
    assert [(m.title, m.goal_text) for m in ms] == [("Seminar for tillitsvalgte", "1.1"), ("Kurs for ledere", None)]
    assert ms[0].description == "Seminaret ble holdt i Oslo."


def test_section_numbers_of_a_decimal_outline_are_no_delmal():
    """"2.1 Kunnskap" over "2.1.1 Title": the memo numbers its sections; the delmål is in the text."""
    _, ms = read(B("1 Innledning"), P("Notatet gir en oversikt over våre tiltak."), B("2 Tiltak"),
                 B("2.1 Kunnskap og analyse"), B("2.1.1 Analyse av ingeniørbehovet"), P("Rapport om behovet fram mot 2030."),
                 P("Ansvarlig: Tekna. Tidsrom: 2022."), P("Tiltaket følger opp delmål 2.2."),
                 B("2.1.2 Seminar om etterutdanning"), P("Seminar for tillitsvalgte."), P("Ansvarlig: Tekna."),
                 P("Tiltaket følger opp delmål 2.4."), B("2.1.3 Medlemsundersøkelse om kompetanse"),
                 P("Undersøkelse blant 4000 medlemmer."), P("Ansvarlig: Tekna. Tidsrom: 2022."),
                 B("3 Oppsummering"), P("Vi følger opp i 2023."))
    assert [(m.title, m.goal_text) for m in ms] == [("Analyse av ingeniørbehovet", "delmål 2.2"),
                                                    ("Seminar om etterutdanning", "delmål 2.4"),
                                                    ("Medlemsundersøkelse om kompetanse", None)]
    # numbered as the strategy is (innsatsområde 2, delmål 2.1, its measures): the numbers are delmål
    _, ms = read(B("2 Læring i arbeidslivet"), B("2.1 Digital kompetanse i hele arbeidsstyrken"),
                 B("2.1.1 Bransjeprogrammene"), P("Programmene er videreført."), P("Ansvarlig: KD. Tidsrom: 2025."),
                 B("2.1.2 Kurs i kunstig intelligens"), P("Kurs for ansatte i staten."), P("Ansvarlig: KD. Tidsrom: 2025."))
    assert [(m.title, m.goal_text) for m in ms] == [("Bransjeprogrammene", "2.1"), ("Kurs i kunstig intelligens", "2.1")]
    _, ms = read(B("2 Læring i arbeidslivet"), B("2.1 Digital kompetanse i hele arbeidsstyrken"),
                 B("2.1.1 Bransjeprogrammene"), P("Programmene er videreført."), P("Ansvarlig: KD. Tidsrom: 2025."),
                 B("2.1.2 Kurs i kunstig intelligens"), P("Kurs for ansatte i staten."), P("Ansvarlig: KD. Tidsrom: 2025."),
                 B("4 Veien videre"), P("Vi fortsetter arbeidet i 2026."))
    assert [m.goal_text for m in ms] == ["2.1", "2.1"]  # a closing chapter numbered 4 is no outline of its own


def test_a_delmal_line_or_a_type_after_a_names_field_is_no_name():
    _, ms = read(B("Regional plan for kompetanse"), P("Planen samler partene om felles mål."),
                 P("Samarbeidspartnere: NAV, NHO"), P("Delmål 1.2"), P("Prosjekt"), P("Ansvar: Agder fylkeskommune"),
                 B("Karriere Agder"), P("Veiledning for voksne."), P("Samarbeidspartnere: NAV"), P("kommunene"),
                 P("Delmål 1.3"), P("Ansvar: Agder fylkeskommune"))
    assert [(m.title, m.goal_text, m.type_text, m.partners_text) for m in ms] == [
        ("Regional plan for kompetanse", "Delmål 1.2", "Prosjekt", "NAV, NHO"),
        ("Karriere Agder", "Delmål 1.3", None, "NAV kommunene")]


def test_sentences_after_a_period_field_are_the_description_not_the_period():
    _, ms = read(B("Kompetansebehovsutvalget"), P("Delmål: 1.1"), P("Med: LO, NHO, Unio"), P("Tidsrom: 2017–2021"),
                 P("LO deltar i utvalget. Utvalgets andre rapport ble lagt fram i 2019."),
                 B("Arena for kvalitet"), P("Delmål: 2.3"), P("Tidsrom:"), P("Høsten 2019"))
    assert [(m.title, m.period_text, m.partners_text) for m in ms] == [
        ("Kompetansebehovsutvalget", "2017–2021", "LO, NHO, Unio"), ("Arena for kvalitet", "Høsten 2019", None)]
    assert ms[0].description == "LO deltar i utvalget. Utvalgets andre rapport ble lagt fram i 2019."


def test_a_bold_lead_with_a_colon_under_other_measures_is_a_measure_not_a_label():
    _, ms = read(B("Kompetansebehovsutvalget"), P("Delmål: 1.1"), P("Ansvarlig: KD"), P("Når: Løpende"),
                 B("Øvrige tiltak"), runin("Virke HR-konferansen 2022:", "Kompetanse og omstilling var hovedtema."),
                 runin("Sted:", "Oslo Kongressenter."), runin("Deltakere:", "300 HR-ledere."))
    assert [(m.title, m.description) for m in ms] == [
        ("Kompetansebehovsutvalget", None), ("Virke HR-konferansen 2022", "Kompetanse og omstilling var hovedtema.")]
    assert ms[1].extra == {"Sted": "Oslo Kongressenter.", "Deltakere": "300 HR-ledere."}


def test_a_name_in_bold_over_its_text_like_its_siblings_is_a_measure_without_a_delmal_line():
    def lead(name, rest):
        return Paragraph(text=f"{name} {rest}", runs=[Run(name, bold=True), Run(" " + rest)], lead=name)

    _, ms = read(P("YS' rapportering til Kompetansepolitisk råd 2019", bold=True),
                 lead("YS i Kompetansebehovsutvalget.", "YS er representert i utvalget og bidrar med innspill."),
                 P("Delmål 1.1", italic=True),
                 lead("Kurs for tillitsvalgte.", "YS-forbundene tilbyr kurs om kompetanse på arbeidsplassen."),
                 P("Delmål 2.2", italic=True),
                 lead("Yrkesfagenes år.", "YS deltok i kampanjen som KD ledet i 2018."),
                 P("Innsatsområde 3: Voksne med svak tilknytning til arbeidslivet", bold=True),
                 lead("Samarbeidsprosjekt i Oslo.", "Prosjektet kombinerte praksis og norskopplæring."),
                 P("Delmålene 3.3 og 3.4", italic=True))
    assert [(m.title, m.goal_text) for m in ms] == [
        ("YS i Kompetansebehovsutvalget", "Delmål 1.1"), ("Kurs for tillitsvalgte", "Delmål 2.2"),
        ("Yrkesfagenes år", None), ("Samarbeidsprosjekt i Oslo", "Delmålene 3.3 og 3.4")]


def test_a_name_in_bold_inside_running_text_with_its_delmal_in_brackets_is_a_measure():
    def prose(before, name, after):
        return Paragraph(text=f"{before} {name} {after}", runs=[Run(before + " "), Run(name, bold=True), Run(" " + after)])

    _, ms = read(P("VOFO – årsrapport 2020", bold=True),
                 prose("I år har vi arbeidet med", "Kompetansepluss frivillighet – søknadsrunde 2020",
                       "(delmål 3.2). Studieforbundene sendte 120 søknader."),
                 prose("Et annet tiltak er", "Evaluering av Kompetansepluss frivillighet",
                       "(delmål 3.2). Evalueringen skal vise om ordningen virker."),
                 prose("Vi har også lest", "en god rapport", "(se vedlegg) om frivillighet."),
                 prose("Det er", "særlig viktig", "(delmål 2.2) at flere deltar."),
                 prose("Arbeidet bygger på", "Nasjonal strategi for karriereveiledning", "(jf. delmål 1.3), og mer."))
    assert [(m.title, m.goal_text) for m in ms] == [
        ("Kompetansepluss frivillighet – søknadsrunde 2020", "delmål 3.2"),
        ("Evaluering av Kompetansepluss frivillighet", "delmål 3.2")]  # "en god rapport (se vedlegg)": no delmål
    assert ms[0].description == "Studieforbundene sendte 120 søknader."
    decision = prose("Vedtakspunkt 12.1:", "Samarbeid om digital kompetanse", "(jf. strategiens tiltak nr. 5)")
    decision.lead = "Vedtakspunkt 12.1:"  # a label set apart by a tab, as Word's minutes do
    _, ms = read(P("Protokoll fra styremøte", bold=True), decision, P("Ansvar: KS"))
    assert [(m.title, m.goal_text) for m in ms] == [("Samarbeid om digital kompetanse", "jf. strategiens tiltak nr. 5")]


def test_tags_under_a_name_a_delmal_code_read_as_a_list_number_and_a_type():
    _, ms = read(P("Unios rapportering 2023", bold=True), B("Felles skolering med KS"),
                 Paragraph(text="Kurs/utdanning", list_label="2.2", bold=True), P("Ansvar: KS · Med: Unio · Når: 2023"),
                 B("Unios plass i Kompetansebehovsutvalget"),
                 Paragraph(text="Råd/utvalg/nettverk", list_label="1.1", bold=True), P("Ansvar: KD · Når: Løpende"),
                 fmt="pdf")
    assert [(m.title, m.goal_text, m.type_text, m.responsible_text) for m in ms] == [
        ("Felles skolering med KS", "2.2", "Kurs/utdanning", "KS"),
        ("Unios plass i Kompetansebehovsutvalget", "1.1", "Råd/utvalg/nettverk", "KD")]
    # a chapter heading numbered "1.1" whose words are a type's is a heading, not tags
    _, ms = read(Paragraph(text="Informasjon", list_label="1.1", heading_level=2),
                 Paragraph(text="Kampanje for fagbrev", heading_level=3), P("Delmål: 1.3"), P("Ansvarlig: NHO"))
    assert [(m.title, m.goal_text) for m in ms] == [("Kampanje for fagbrev", "1.3")]


def test_a_heading_numbering_a_form_table_is_replaced_by_the_forms_name():
    form = table([["Navn på tiltak", "Matindustrien 4.0"], ["Relasjon til delmål", "2.1"], ["Ansvarlig", "LO/NNN"]])
    layout, ms = read(B("Tiltak 1"), form, P("Med vennlig hilsen"), P("LO"))
    assert layout == "form_table"
    assert [(m.title, m.goal_text, m.responsible_text, m.description) for m in ms] == [
        ("Matindustrien 4.0", "2.1", "LO/NNN", None)]


def test_a_heading_names_a_label_table_without_a_name_row():
    labels = table([["Delmål", "1.2"], ["Ansvarlig", "Trøndelag fylkeskommune"], ["Tidsrom", "2020–2023"]])
    _, ms = read(P("2.1 Regional kompetansestrategi for Trøndelag 2020–2023", heading_level=2), labels)
    assert [(m.title, m.goal_text, m.period_text) for m in ms] == [
        ("Regional kompetansestrategi for Trøndelag 2020–2023", "1.2", "2020–2023")]


def test_one_column_tables_and_label_rows_above_their_answers():
    one = table([["Navn på tiltak"], ["Bransjeprogram for varehandelen"], ["Delmål"], ["2.1"], ["Ansvarlig"], ["Virke"]])
    above = table([["Tiltak", "Delmål"], ["Virkes HR-forum", "2.2"], ["Ansvarlig", "Samarbeidspartnere"], ["Virke", "HSH"]])
    _, ms = read(one, P(""), above)
    assert [(m.title, m.goal_text, m.responsible_text, m.partners_text) for m in ms] == [
        ("Bransjeprogram for varehandelen", "2.1", "Virke", None), ("Virkes HR-forum", "2.2", "Virke", "HSH")]


def test_an_unlabelled_first_row_across_a_form_names_the_measure():
    t = Table(cells=[Cell("Tekna: nettkurs i maskinlæring", 0, 0, col_span=2), Cell("Delmål:", 1, 0), Cell("2.1", 1, 1),
                     Cell("Ansvarlig:", 2, 0), Cell("Akademikerne/Tekna", 2, 1), Cell("Resultat:", 3, 0),
                     Cell("1 500 deltakere", 3, 1)], n_rows=4, n_cols=2)
    _, ms = read(t)
    assert (ms[0].title, ms[0].goal_text, ms[0].responsible_text) == ("Tekna: nettkurs i maskinlæring", "2.1",
                                                                       "Akademikerne/Tekna")
    assert ms[0].extra == {"Resultat:": "1 500 deltakere"}


def test_forms_nested_in_a_layout_table():
    inner = table([["Tiltak", "Forskningsrapport om EVU"], ["Dm.", "dm 2.2"], ["Ansv.", "Akademikerne/Econa"],
                   ["Samarb.", "Ny Analyse"]])
    outer = Table(cells=[Cell("1", 0, 0, paragraphs=[B("1")]), Cell("", 0, 1, tables=[inner])], n_rows=1, n_cols=2)
    _, ms = read(outer)
    assert [(m.title, m.goal_text, m.responsible_text, m.partners_text) for m in ms] == [
        ("Forskningsrapport om EVU", "dm 2.2", "Akademikerne/Econa", "Ny Analyse")]


def test_a_label_given_twice_starts_a_measure_named_by_the_line_before():
    _, ms = read(P("Tiltak: Promotering av Kompetanseplussordningene"), P("Delmål: 3.2"), P("Ansvarlig: VOFO"),
                 P("Evaluering av Kompetansepluss Frivillig"), P("Delmål: 3.2"), P("Ansvarlig: VOFO"))
    assert [m.title for m in ms] == ["Promotering av Kompetanseplussordningene", "Evaluering av Kompetansepluss Frivillig"]
    assert ms[0].responsible_text == "VOFO"


def test_text_without_a_label_goes_where_its_content_says():
    _, ms = read(P("1. Samarbeid om digital kompetanse", heading_level=2), P("Delmål: 2.1"),
                 P("Tidsrom: Høsten 2019"), P("71 kommuner deltar i samarbeidet, med bistand fra partene."),
                 P("2. Arbeidslivsmonitor", heading_level=2), P("Delmål: 2.2"), P("Tidsrom: 2019"),
                 P("Monitoren gir oversikt over kompetansebehovet."),
                 P("3. Menn i helse", heading_level=2), P("Delmål: 3.3"), P("Kurs/utdanning"), P("Våren 2020"),
                 P("Oslo, januar 2020 – KS"), P("Arbeidsgiverpolitisk avdeling"))
    assert [m.period_text for m in ms] == ["Høsten 2019", "2019", "Våren 2020"]
    assert ms[0].description == "71 kommuner deltar i samarbeidet, med bistand fra partene."
    assert ms[2].type_text == "Kurs/utdanning" and ms[2].description is None  # the signature is no part of it


def test_closing_words_after_the_last_labelled_field_are_not_the_measures():
    _, ms = read(*[p for i in range(3) for p in (B(f"Tiltak {i + 1}: Kurs nr. {i + 1}"), runin("Delmål", "2.2"),
                                                   runin("Skildring", f"Kurset nr. {i + 1}."))],
                 P("Samla sett har fylkeskommunen styrkt rolla si som regional kompetanseaktør."))
    assert [m.description for m in ms] == ["Kurset nr. 1.", "Kurset nr. 2.", "Kurset nr. 3."]


def test_a_goal_in_the_title_and_in_the_description():
    _, ms = read(B("Kompetanseheving for regionkonsulenter (delmål 3.2)"), P("Ansvarlig: VOFO"),
                 P("Type tiltak: Kurs"), B("Partnerskapsavtaler med fylkeskommunene"), P("Ansvarlig: VOFO"),
                 P("Beskrivelse: Avtalene følger opp delmål 1.2 i strategien."))
    assert (ms[0].title, ms[0].goal_text) == ("Kompetanseheving for regionkonsulenter", "delmål 3.2")
    assert ms[1].goal_text == "delmål 1.2" and any(n.startswith("goal_from_text") for n in ms[1].notes)


def test_minutes_and_letters_are_no_reports():
    minutes = doc(B("Sak 3/21 Oppsummering av rapporterte tiltak"), P("Sekretariatet presenterte oppsummeringen."),
                  P("Ansvarlig: Sekretariatet"), P("Frist: Neste møte"), B("Sak 4/21 Evaluering av strategien"),
                  P("KD orienterte om planene."), P("Ansvarlig: KD"))
    assert Sections().assess(minutes).score < 0.3 and best_layout(minutes)[0] is None
    letter = doc(P("Til: Kompetansepolitisk råd"), P("Fra: Virke"), P("Dato: 31. januar 2021"),
                 P("Vi oversender med dette vår rapport."))
    assert best_layout(letter)[0] is None


def test_a_form_cut_by_a_page_break_between_a_label_and_its_answer():
    first = table([["Navn på tiltak"], ["Notat om EVU-markedet"], ["Relasjon til delmål"], ["2.2"],
                   ["Tidspunkt og varighet"]], page=1)
    _, ms = read(first, P("Levert 2018", page=2), fmt="pdf")
    assert (ms[0].title, ms[0].period_text) == ("Notat om EVU-markedet", "Levert 2018")


def test_measures_listed_under_headings_that_name_their_delmal():
    def bullet(text):
        return P(text, list_label="•")

    _, ms = read(B("KS' rapport 2020"), P("Tiltakene er ordnet etter delmål."),
                 P("Delmål 1.3 – Karriereveiledning", heading_level=2),
                 bullet("Kompetanseheving for karriereveiledere i kommunene"), bullet("Karriereveiledning på nett"),
                 P("Delmål 2.2 – Kunnskapsgrunnlaget", heading_level=2),
                 P("Kommunesektorens arbeidslivsmonitor", heading_level=3),
                 P("Monitoren gir oversikt over kompetansebehovet i kommunene."),
                 P("Oppsummering", heading_level=2), P("KS vil følge opp i 2021."))
    assert [(m.title, m.goal_text) for m in ms] == [
        ("Kompetanseheving for karriereveiledere i kommunene", "Delmål 1.3"), ("Karriereveiledning på nett", "Delmål 1.3"),
        ("Kommunesektorens arbeidslivsmonitor", "Delmål 2.2")]
    assert ms[2].description == "Monitoren gir oversikt over kompetansebehovet i kommunene."


def test_bullets_name_dash_text_and_bracketed_facts_under_delmal_headings():
    """"Name – what it is (type, period)" bullets under headings that are a delmål with its words
    ("Delmål 1.3 Karriereveiledning", bold or styled) or only numbered like one ("2.2 Kunnskap");
    a measure under two delmål is listed twice and read once with both."""
    def bullet(text):
        return P(text, list_label="•")

    _, ms = read(P("Fellesforbundet – rapport 2025", heading_level=1), P("Tiltakene står under delmålene."),
                 B("Delmål 1.3 Karriereveiledning"),
                 bullet("Veiledning for permitterte – rådgivning om omskolering i regi av forbundet (informasjon/veiledning, "
                        "løpende)"),
                 P("2.2 Kunnskapsgrunnlaget", heading_level=2),
                 bullet("Medlemsundersøkelse om opplæring – spørsmål om kurs på arbeidsplassen (FoU, 2025)"),
                 bullet("Kurs i regelverk – Kompetanse for klubbledere – todagers samling (kurs, høsten 2025)"),
                 P("2.3 Yrkesfag og lærlinger", heading_level=2),
                 bullet("Medlemsundersøkelse om opplæring – spørsmål om kurs på arbeidsplassen (FoU, 2025)"))
    assert [(m.title, m.description, m.type_text, m.period_text) for m in ms] == [
        ("Veiledning for permitterte", "rådgivning om omskolering i regi av forbundet", "informasjon/veiledning",
         "løpende"),
        ("Medlemsundersøkelse om opplæring", "spørsmål om kurs på arbeidsplassen", "FoU", "2025"),
        ("Kurs i regelverk", "Kompetanse for klubbledere – todagers samling", "kurs", "høsten 2025")]
    assert [m.goal_text for m in ms] == ["Delmål 1.3", "2.2; 2.3", "2.2"]


def test_a_numbered_section_with_plain_bullets_is_no_delmal():
    _, ms = read(P("Rapport 2025", heading_level=1), P("1.1 Bakgrunn", heading_level=2),
                 P("Rapporten bygger på innspill fra:", ), P("lokale klubber", list_label="•"),
                 P("regionale kontorer", list_label="•"),
                 P("1.2 Metode", heading_level=2), P("Spørreundersøkelsen", heading_level=3),
                 P("Intervjuene", heading_level=3), P("Vi intervjuet tolv tillitsvalgte."),
                 P("Tiltak 1 – Kurs for tillitsvalgte", heading_level=2), P("Delmål: 2.2"), P("Ansvarlig: LO"))
    assert [(m.title, m.goal_text) for m in ms] == [("Kurs for tillitsvalgte", "2.2")]


def test_measures_in_running_text_one_paragraph_each():
    """A report written as prose: each paragraph's first sentence (bold or not) names the measure and
    the paragraph names its delmål in words; the introduction, naming none, is no measure."""
    def lead(name, rest):
        return Paragraph(text=f"{name} {rest}", runs=[Run(name, bold=True), Run(" " + rest)], lead=name)

    kind, ms = read(P("Fagforbundet – rapportering 2025", heading_level=1),
                    P("Fagforbundet har i år prioritert heltid og fagbrev. Tiltakene omtales ett for ett."),
                    lead("Fagbrev på jobb i kommunene.", "Forbundet har sammen med KS fått flere assistenter til å ta "
                         "fagbrev. Tiltaket gjelder delmål 2.3 og 3.1 og går over 2024–2026."),
                    P("Heltidsnettverket. Tillitsvalgte i tjue kommuner møtes jevnlig, jf. Meld. St. 5. Et "
                      "nettverk under delmål 2.2 som er løpende."),
                    P("Kontaktperson: Kari Nordmann."))
    assert kind == "running_text"
    assert [(m.title, m.goal_text) for m in ms] == [("Fagbrev på jobb i kommunene", "delmål 2.3 og 3.1"),
                                                     ("Heltidsnettverket", "delmål 2.2")]
    assert ms[1].description.startswith("Tillitsvalgte i tjue kommuner møtes jevnlig, jf. Meld. St. 5.")
    # a bold first sentence whose paragraph ends with its delmål in brackets, then one that does not
    _, ms = read(P("Virke – rapport 2025", heading_level=1), P("Her er tiltakene."),
                 lead("Handelskonferansen 2025.", "Virke holdt konferansen i Oslo med HK-dir (delmål 2.2)."),
                 lead("Bransjeprogrammet for handel.", "Virke og HK har fortsatt arbeidet i programmet (delmål 2.4). "
                      "Tilbudet ble videreført i hele 2025."))
    assert [m.title for m in ms] == ["Handelskonferansen 2025", "Bransjeprogrammet for handel"]


def test_one_paragraph_naming_a_delmal_is_no_measure():
    mail = doc(P("Fra: Ola Hansen"), P("Emne: Rapportering 2024"), P("Hei,"),
               P("Rapporten kommer neste uke. Den omtaler tiltakene under delmål 2.1 og 2.2, som i fjor."),
               P("Vennlig hilsen Ola"))
    assert best_layout(mail)[0] is None


def test_bullets_whose_brackets_name_their_delmal_and_labelled_fields():
    """No delmål headings: each bullet's brackets give its delmål and fields, some labelled
    ("ansvarleg: …", "partnarar: A, B"), parted by semicolons."""
    def bullet(text):
        return P(text, list_label="•")

    _, ms = read(B("Nordland fylkeskommune – rapport 2026"), B("Hovudinnsatsområde 2: Læring i arbeidslivet"),
                 bullet("Fagbrev for tilsette i kommunane – pilot i Vesterålen (delmål 2.3; prosjekt; ansvarleg: "
                        "Nordland fylkeskommune; partnarar: KS, NAV, kommunane; 2026–2027)"),
                 bullet("Kompetanseforum Nordland – nytt mandat (delmål 1.2 og 1.4; nettverk; ansvarleg: "
                        "Nordland fylkeskommune; løpande)"))
    assert [(m.title, m.goal_text, m.type_text, m.responsible_text, m.partners_text, m.period_text) for m in ms] == [
        ("Fagbrev for tilsette i kommunane", "delmål 2.3", "prosjekt", "Nordland fylkeskommune", "KS, NAV, kommunane",
         "2026–2027"),
        ("Kompetanseforum Nordland", "delmål 1.2 og 1.4", "nettverk", "Nordland fylkeskommune", None, "løpande")]


def test_a_line_of_fields_with_who_does_it_by_place():
    """"2.2 · Kurs · LO · Fafo, NHO · 2026": delmål, type and period by content, then who is responsible
    and who takes part by their place between them; such a line is evidence of a measure."""
    _, ms = read(P("LO – rapportering 2026", heading_level=1),
                 B("Kurs i kompetanseplanlegging"), P("Tredagerskurs for klubbledere i industrien."),
                 P("2.2 · Kurs · LO · Fafo, NHO · 2026", italic=True),
                 B("Lærlingundersøkelsen"), P("Spørreundersøkelse blant lærlinger i LO-forbundene."),
                 P("2.3 · FoU · LO · Fafo · 2026–2027", italic=True))
    assert [(m.title, m.goal_text, m.type_text, m.responsible_text, m.partners_text, m.period_text) for m in ms] == [
        ("Kurs i kompetanseplanlegging", "2.2", "Kurs", "LO", "Fafo, NHO", "2026"),
        ("Lærlingundersøkelsen", "2.3", "FoU", "LO", "Fafo", "2026–2027")]
    from tiltak.extract.layouts.facts import facts_line
    assert facts_line("Kurs for ledere – Oslo – Bergen – 2026") is None  # names by place only with · or |


def test_a_fact_box_beside_the_text_belongs_to_the_heading_above():
    """Text on the left, a box on the right titled "Fakta" with the fields: the box's title names
    nothing, the heading above names the measure."""
    facts = [B("Fakta"), P("Delmål: 2.2"), P("Type: Kurs"), P("Ansvar: Fellesforbundet"), P("Periode: 2025")]
    box = Table(cells=[Cell("Kurset går over to dager for nyvalgte klubbledere.", 0, 0),
                       Cell("\n".join(p.text for p in facts), 0, 1, paragraphs=facts)], n_rows=1, n_cols=2)
    _, ms = read(P("Fellesforbundet – rapport 2025", heading_level=1), P("Klubblederkurs", heading_level=2), box)
    assert [(m.title, m.goal_text, m.responsible_text) for m in ms] == [("Klubblederkurs", "2.2", "Fellesforbundet")]


def test_an_overview_before_the_forms_is_not_read_twice_and_guidance_is_no_measure():
    overview = table([["Nr.", "Tiltak", "Relasjon til delmål"], ["1", "Kurs A", "Delmål 1.4"], ["2", "Kurs B", "Delmål 2.2"]])
    forms = [table([["Navn på tiltaket", name], ["Relasjon til delmål", goal], ["Ansvarlig", "Spekter"]])
             for name, goal in (("Kurs A", "Delmål 1.4"), ("Kurs B", "Delmål 2.2"))]
    _, ms = read(B("Oversikt over tiltak"), overview, B("Tiltak 1"), forms[0], B("Tiltak 2"), forms[1])
    assert [(m.title, m.goal_text, m.responsible_text) for m in ms] == [("Kurs A", "Delmål 1.4", "Spekter"),
                                                                        ("Kurs B", "Delmål 2.2", "Spekter")]
    template = doc(B("Veiledning"), P("Navn på tiltak: kort og beskrivende navn.", list_label="•"),
                   P("Delmål: oppgi nummer på delmålet (for eksempel 2.1).", list_label="•"),
                   P("Type tiltak: velg én av FoU, Kurs/utdanning eller Prosjekt.", list_label="•"),
                   P("Ansvarlig: oppgi organisasjonens navn.", list_label="•"))
    assert best_layout(template)[0] is None


def test_a_line_under_a_delmal_heading_may_add_a_goal():
    _, ms = read(P("Delmål 2.2 – Kunnskapsgrunnlaget", heading_level=2), P("Rapport om fagarbeidere", heading_level=3),
                 P("Type: FoU | Ansvar: NHO | Samarbeid: Fafo | Tid: 2019–2020"), P("Berører også delmål 2.3."))
    assert [(m.title, m.type_text, m.responsible_text, m.partners_text, m.period_text) for m in ms] == [
        ("Rapport om fagarbeidere", "FoU", "NHO", "Fafo", "2019–2020")]
    assert "2.2" in ms[0].goal_text and "2.3" in ms[0].goal_text


def test_bullets_under_headings_that_name_a_type_and_fields_strung_on_one_line():
    """A report sorted by type: "Kurs/utdanning" heads its bullets ("**Name** – what it does (delmål
    3.4)"), each followed by "Ansvarlig: X. Samarbeid: Y. Periode: Z." on one line."""
    def bullet(name, rest):
        return Paragraph(text=f"{name} – {rest}", list_label="•", runs=[Run(name, bold=True), Run(f" – {rest}")],
                         lead=name)

    kind, got = read(
        B("Råd/utvalg/nettverk"),
        bullet("Kompetansepluss frivillighet", "Dialog med Kompetanse Norge om ordningen (delmål 3.2 og 3.6)"),
        P("Ansvarlig: VOFO. Samarbeid: Kompetanse Norge, studieforbundene. Periode: Løpende."),
        B("Kurs/utdanning"),
        bullet("Norsktrening i studieforbund", "Språkkafeer for innvandrere (delmål 3.4)"),
        P("Ansvarlig: VOFO. Periode: 2019."),
        bullet("Kompetanseheving for regionkonsulenter", "Samlinger om regional kompetansepolitikk (delmål 1.2)"),
        P("Ansvarlig: VOFO. Samarbeid: Fafo. Periode: 2019–2020."), fmt="pdf")
    assert [(m.title, m.goal_text, m.type_text, m.responsible_text, m.partners_text, m.period_text) for m in got] == [
        ("Kompetansepluss frivillighet", "delmål 3.2 og 3.6", "Råd/utvalg/nettverk", "VOFO",
         "Kompetanse Norge, studieforbundene", "Løpende"),  # (each answer without its sentence's full stop)
        ("Norsktrening i studieforbund", "delmål 3.4", "Kurs/utdanning", "VOFO", None, "2019"),
        ("Kompetanseheving for regionkonsulenter", "delmål 1.2", "Kurs/utdanning", "VOFO", "Fafo", "2019–2020")]


def test_the_documents_heading_and_intro_are_not_the_first_measure_when_labels_name_the_measures():
    kind, got = read(
        Paragraph("Virkes rapportering 2018", heading_level=1, bold=True),
        P("Virke har i 2018 arbeidet med følgende tiltak:"),
        P("Tiltak: Samfunnskontrakten for flere læreplasser"), P("Delmål: 1.4 og 2.3"),
        P("Beskrivelse: Virke følger opp kontrakten."), P("Type: Råd/utvalg/nettverk"), P("Ansvarlig: Virke"),
        P("* * *"),
        P("Tiltak: HR-nettverk om kompetanse"), P("Delmål: 2.2"), P("Beskrivelse: Et nettverk for HR-ledere."),
        P("Type: Råd/utvalg/nettverk"), P("Ansvarlig: Virke"))
    assert [(m.title, m.goal_text, m.description, m.type_text, m.responsible_text) for m in got] == [
        ("Samfunnskontrakten for flere læreplasser", "1.4 og 2.3", "Virke følger opp kontrakten.", "Råd/utvalg/nettverk",
         "Virke"),
        ("HR-nettverk om kompetanse", "2.2", "Et nettverk for HR-ledere.", "Råd/utvalg/nettverk", "Virke")]


def test_labels_written_as_questions():
    _, ms = read(B("Tiltak 1: Studieforbundenes kursdager"), B("Hva er tiltaket?"), P("Kursdager i alle regioner."),
                 B("Hvem står bak?"), P("VOFO, i samarbeid med studieforbundene"), B("Når?"), P("12.–13. mars 2024"),
                 B("Hvilke delmål i strategien?"), P("Delmål 3.6"), B("Hva slags tiltak?"), P("Arrangement"),
                 B("Tiltak 2: Kartlegging av frivillige"), B("Kva er tiltaket?"), P("Ei kartlegging."),
                 B("Kven står bak?"), P("VOFO"), B("Kva for delmål?"), P("Delmål 3.2"))
    assert [(m.title, m.goal_text, m.period_text) for m in ms] == [
        ("Studieforbundenes kursdager", "Delmål 3.6", "12.–13. mars 2024"), ("Kartlegging av frivillige", "Delmål 3.2", None)]
    assert (ms[0].description, ms[0].responsible_text, ms[0].type_text) == (
        "Kursdager i alle regioner.", "VOFO, i samarbeid med studieforbundene", "Arrangement")


def test_a_card_number_is_no_part_of_the_name():
    from tiltak.extract.layouts.base import split_numbering

    assert split_numbering("TILTAKSKORT 2 Studie om kompetansebehov") == ("TILTAKSKORT 2", "Studie om kompetansebehov", "word")
    assert split_numbering("Tiltaksplan 2020 for Agder")[0] is None  # a year, not a number
    assert split_numbering("24.–25. oktober 2019")[0] is None  # a day range is a date
    assert split_numbering("§ 3 Kompetansebehovsutvalget") == ("§ 3", "Kompetansebehovsutvalget", "word")
    assert split_numbering("Faktaboks 4.1: Fagbrev på jobb") == ("Faktaboks 4.1:", "Fagbrev på jobb", "word")
    assert split_numbering("Vedtakspunkt 12.1: Fagbrev på jobb") == ("Vedtakspunkt 12.1:", "Fagbrev på jobb", "word")
    assert split_numbering("Tiltak 2 av 4 NKPS-tiltak nr. 7") == ("Tiltak 2 av 4", "NKPS-tiltak nr. 7", "word")
    for sentence in ("§ 3 i forskriften gir rett til opplæring", "Boks 2 viser tallene for 2018.", "§ 4-2 Fagbrev"):
        assert split_numbering(sentence)[0] is None  # a sentence, a paragraph's number with its part


def test_a_register_id_before_each_name_is_its_numbering():
    _, ms = read(P("OSL-22-1 Karrieresenter for voksne"), P("Delmål: 1.3"), P("Eier: Oslo kommune"),
                 P("OSL-22-2 «Jobbsjansen» i bydelene"), P("Delmål: 3.4"), P("Eier: Oslo kommune"))
    assert [(m.title, m.goal_text) for m in ms] == [("Karrieresenter for voksne", "1.3"), ("«Jobbsjansen» i bydelene", "3.4")]
    from tiltak.extract.layouts.base import split_numbering

    for name in ("BIO-midler i Agder", "SRY-møte 2 om fagbrev", "LO-2019 rapport", "COVID-19 Tilskudd til opplæring",
                 "ISO-9001 Sertifisering", "EU-2020 Strategien"):
        assert split_numbering(name)[0] is None  # a name with a dash in it


def test_index_cards_numbered_n_of_n_over_each_name_give_it_their_delmal():
    _, ms = read(B("Tiltak 1 av 2 NKPS-tiltak nr. 12"), B("Søkekonferanse om Kompetansepluss"), P("Hvem: Spekter"),
                 P("Når: September 2017"), B("Tiltak 2 av 2 NKPS-tiltak nr. 4 og 7"), B("Møteplass lærebedrifter"),
                 P("Hvem: Spekter"), P("Når: Mars 2017"), fmt="pdf")
    assert [(m.title, m.goal_text) for m in ms] == [("Søkekonferanse om Kompetansepluss", "NKPS-tiltak nr. 12"),
                                                    ("Møteplass lærebedrifter", "NKPS-tiltak nr. 4 og 7")]


def test_a_bold_line_that_ends_in_a_colon_leads_into_what_follows_and_is_no_measure():
    _, ms = read(B("Kurs for ledere"), P("Delmål: 2.2"), P("Ansvarlig: KS"), P("Kurset ble holdt to ganger."),
                 B("Vedtak:"), P("Styret slutter seg til rapporteringen."),
                 B("Nettverk for HR"), P("Delmål: 2.1"), P("Ansvarlig: KS"), P("Nettverket møtes årlig."),
                 B("Merknader:"), P("Ingen merknader fra administrasjonen."))
    assert [m.title for m in ms] == ["Kurs for ledere", "Nettverk for HR"]


def test_numbered_paragraphs_of_a_regulation_each_a_field():
    """"§ 3 Name", then "(1) Delmål: 1.1", and "(3) Samarbeidspartnere: … (4) Virketid: 2017–2021" on one line."""
    _, ms = read(B("§ 1 Formål"), P("(1) Rapporten gjør rede for tiltak som følger opp strategien."),
                 B("§ 3 Kompetansebehovsutvalget"), P("Delmål: 1.1", list_label="(1)"), P("Ansvarlig: KD", list_label="(2)"),
                 P("Samarbeidspartnere: ASD, KMD (4) Virketid: 2017–2021", list_label="(3)"),
                 B("§ 4 Kompetansereformen"), P("Delmål: 2.2", list_label="(1)"), P("Ansvarlig: KD", list_label="(2)"),
                 P("Samarbeidspartnere: partene (4) Virketid: 2019–", list_label="(3)"))
    assert [(m.title, m.goal_text, m.partners_text, m.period_text) for m in ms] == [
        ("Kompetansebehovsutvalget", "1.1", "ASD, KMD", "2017–2021"), ("Kompetansereformen", "2.2", "partene", "2019–")]


def test_numbered_items_with_facts_in_brackets_and_their_text_after():
    item = lambda n, text: Paragraph(text=text, list_label=f"{n}.")  # noqa: E731
    _, ms = read(B("Tiltak i 2024"),
                 item(1, "Fagbrev for voksne (delmål 3.1; ansvarlig: Udir; samarbeid: fylkeskommunene; 2023–2025) "
                         "Forsøket er utvidet med flere fag."),
                 item(2, "Læreplaner for nye fag (delmål 2.3; ansvarlig: Udir; 2024–2026, innføres fra 2025)"),
                 P("Nye læreplaner etter dialog med de faglige rådene."))
    assert [(m.title, m.goal_text, m.responsible_text) for m in ms] == [
        ("Fagbrev for voksne", "delmål 3.1", "Udir"), ("Læreplaner for nye fag", "delmål 2.3", "Udir")]
    assert ms[0].description == "Forsøket er utvidet med flere fag."
    assert ms[1].period_text == "2024–2026, innføres fra 2025"


def test_bullets_with_who_first_in_square_brackets_under_delmal_headings():
    bullet = lambda name, rest: Paragraph(text=f"{name} {rest}", list_label="•", lead=name,  # noqa: E731
                                          runs=[Run(name, bold=True), Run(" " + rest)])
    _, ms = read(B("Delmål 1.2: Regionalt samarbeid"),
                 bullet("Kurs for nemndsmedlemmer", "[LO, i samarbeid med AOF; våren 2024; Kurs; også delmål 1.4] – To dager."),
                 B("Delmål 2.3: Karrieremuligheter"),
                 bullet("Yrkesmesse i Bergen", "[Partene i Vestland; 2024; Arrangement] – En messe for elever."))
    assert [(m.title, m.responsible_text, m.partners_text, m.period_text) for m in ms] == [
        ("Kurs for nemndsmedlemmer", "LO", "AOF", "våren 2024"), ("Yrkesmesse i Bergen", "Partene i Vestland", None, "2024")]
    assert "1.2" in ms[0].goal_text and "1.4" in ms[0].goal_text
    assert ms[0].description == "To dager."


def test_a_report_in_running_text_named_by_bold_first_sentences_without_any_delmal():
    lead = lambda name, rest: Paragraph(text=f"{name} {rest}", lead=name, runs=[Run(name, bold=True), Run(" " + rest)])  # noqa: E731
    blocks = [B("Direktoratets bidrag til Nasjonal kompetansepolitisk strategi"), P("Her er årets viktigste tiltak."),
              lead("Jobbsjansen for unge.", "Ordningen er videreført i hele landet og gir unge voksne opplæring og arbeidstrening."),
              lead("Kurs i norsk for arbeidssøkere.", "Kursene kjøpes inn av fylkene og gis til arbeidssøkere med behov for det."),
              lead("Fagbrev på jobb.", "Direktoratet samarbeider med fylkeskommunene slik at flere voksne kan ta fagbrev i jobben.")]
    layout, ms = read(*blocks)
    assert layout == "running_text"
    assert [(m.title, m.goal_text) for m in ms] == [("Jobbsjansen for unge", None), ("Kurs i norsk for arbeidssøkere", None),
                                                    ("Fagbrev på jobb", None)]
    not_about = [B("Årsmelding"), *blocks[2:]]  # the same paragraphs in a document not about the strategy
    d = doc(*not_about)
    assert Sections().assess(d).score < 0.3


def test_a_line_of_labelled_fields_ending_in_the_delmal_as_a_sentence():
    _, ms = read(B("Fagbrev i arbeidslivet"), P("Voksne tar fagbrev i jobben."),
                 P("Ansvarlig: KD. Samarbeidspartnere: Udir, partene. Periode: 2020–2022. Delmål 2.5 og 2.3.", italic=True),
                 B("Kompetansebehovsutvalget"), P("Utvalget la fram sin rapport."),
                 P("Ansvarlig: KD. Periode: Løpende. Delmål 1.1.", italic=True))
    assert [(m.title, m.goal_text, m.period_text) for m in ms] == [
        ("Fagbrev i arbeidslivet", "Delmål 2.5 og 2.3.", "2020–2022."), ("Kompetansebehovsutvalget", "Delmål 1.1.", "Løpende.")]


def test_numbered_headings_whose_text_says_which_delmal_the_measure_serves():
    _, ms = read(P("LOs rapportering 2021", bold=True), P("Her er tiltakene LO vil trekke fram."),
                 B("1. Kurs for tillitsvalgte"), P("Åtte kurs ble holdt. Tiltaket bidrar til delmål 2.4."),
                 B("2. LOs kompetansekonferanse 2021"), P("Konferansen samlet 300 deltakere. Tiltaket bidrar til delmål 2.2."))
    assert [(m.title, m.goal_text) for m in ms] == [("Kurs for tillitsvalgte", "delmål 2.4"),
                                                    ("LOs kompetansekonferanse 2021", "delmål 2.2")]


def test_paragraphs_opening_with_their_delmal_and_name_in_bold():
    def para(lead, rest):
        return Paragraph(text=f"{lead} {rest}", lead=lead, runs=[Run(lead, bold=True), Run(" " + rest)])

    _, ms = read(P("LOs rapportering 2024", bold=True), P("Delmål er angitt foran hvert tiltak."),
                 para("1.1 – LO i Kompetansebehovsutvalget.", "LO har deltatt i utvalgets arbeid. Ansvarlig: KD. Periode: Løpende."),
                 para("1.3 og 2.3 – Karriereveiledning for tillitsvalgte – nye kurs.", "Kurset er videreført."),
                 P("Ansvarlig: LO. Samarbeid: AOF Norge. Periode: 2024."))
    assert [(m.title, m.goal_text, m.responsible_text) for m in ms] == [
        ("LO i Kompetansebehovsutvalget", "1.1", "KD"), ("Karriereveiledning for tillitsvalgte – nye kurs", "1.3 og 2.3", "LO")]


def test_a_table_with_a_measure_per_column_cut_after_its_name_row_by_a_page_break():
    names = Table(cells=[Cell(t, 0, c, page=1) for c, t in enumerate(["Tiltak", "Karrieredagen", "Fagskolemidler", "Godkjenning"])],
                  n_rows=1, n_cols=4, page=1, page_end=1)
    rows = [["Delmål", "1.3", "1.4 og 2.4", "2.6"], ["Ansvarlig", "HK-dir", "HK-dir", "HK-dir"],
            ["Tidsrom", "Oktober 2023", "Årlig", "2023–"]]
    rest = Table(cells=[Cell(t, r, c, page=2) for r, row in enumerate(rows) for c, t in enumerate(row)],
                 n_rows=3, n_cols=4, page=2, page_end=2)
    _, ms = read(P("HK-dirs tiltak 2023", bold=True), names, rest, fmt="pdf")
    assert [(m.title, m.goal_text, m.period_text) for m in ms] == [
        ("Karrieredagen", "1.3", "Oktober 2023"), ("Fagskolemidler", "1.4 og 2.4", "Årlig"), ("Godkjenning", "2.6", "2023–")]


def test_a_table_of_contents_and_its_heading_are_the_reports_not_a_measures():
    toc = "1 Innledning" + "." * 40 + "2 2 Etterutdanning for lærere" + "." * 30 + "2 3 Mentorordning" + "." * 40 + "3"
    doc = Document(path="t", format="pdf", blocks=[
        Paragraph("Rapport fra Lærerforbundet 2023", bold=True, page=1), Paragraph("Mars 2024", page=1),
        Paragraph("Innhold", bold=True, page=1), Paragraph(toc, page=1),
        Paragraph("Etterutdanning for lærere", bold=True, page=2),
        Paragraph("Delmål: 2.4", page=2), Paragraph("Ansvarlig: Udir", page=2),
        Paragraph("Kursene er videreført i 2023.", page=2),
        Paragraph("Mentorordning", bold=True, page=3),
        Paragraph("Delmål: 3.1", page=3), Paragraph("Ansvarlig: Lærerforbundet", page=3)])
    measures = Sections().parse(doc).measures
    assert [(m.title, m.goal_text, m.description) for m in measures] == [
        ("Etterutdanning for lærere", "2.4", "Kursene er videreført i 2023."), ("Mentorordning", "3.1", None)]


def test_a_heading_wrapped_over_two_lines_is_one_heading():
    def bold(text, page=1):
        return Paragraph(text, bold=True, page=page)

    doc = Document(path="t", format="pdf", blocks=[
        bold("Lærerløftet – etterutdanning (tidligere"), bold("Kompetanse for kvalitet)"),
        Paragraph("Delmål: 2.4", page=1), Paragraph("Ansvarlig: Udir", page=1),
        bold("Veiledning for nyutdannede lærere etter"), Paragraph("introduksjonsordningen", bold=True, page=1),
        Paragraph("Delmål: 2.2", page=1), Paragraph("Ansvarlig: KS", page=1)])
    measures = Sections().parse(doc).measures
    assert [(m.title, m.goal_text) for m in measures] == [
        ("Lærerløftet – etterutdanning (tidligere Kompetanse for kvalitet)", "2.4"),
        ("Veiledning for nyutdannede lærere etter introduksjonsordningen", "2.2")]


def test_bullets_under_delmal_headings_with_brackets_inside_their_facts_and_under_other_measures():
    def bullet(text):
        return P(text, style="List Bullet", list_label="•")

    _, ms = read(
        P("Delmål 1.1 – Kompetansebehovsutvalget", style="Heading 2", heading_level=2),
        bullet("Unios plass i KBU – Unio deltar i utvalget (ansvar: KD (sekretariat i HK-dir); periode: 2017–)"),
        P("Delmål 2.2 – Kunnskapsgrunnlaget", style="Heading 2", heading_level=2),
        bullet("Rapport om etterutdanning – Unio fikk laget en rapport (ansvar: Unio; periode: 2019)"),
        bullet("Seminar om livslang læring – et åpent seminar (ansvar: Unio; periode: 2019)"),
        P("Andre tiltak", style="Heading 2", heading_level=2),
        bullet("Lederkurs for tillitsvalgte – Unio-skolen har laget et nytt kurs (ansvar: Unio; periode: 2019)"))
    assert [(m.title, m.goal_text, m.responsible_text) for m in ms] == [
        ("Unios plass i KBU", "Delmål 1.1", "KD (sekretariat i HK-dir)"),
        ("Rapport om etterutdanning", "Delmål 2.2", "Unio"), ("Seminar om livslang læring", "Delmål 2.2", "Unio"),
        ("Lederkurs for tillitsvalgte", None, "Unio")]


def test_a_goal_line_then_a_form_without_a_name_belong_to_the_heading():
    """"2.1 Styrking av …" (a heading), "Delmål: «…»", then "Ansvar | VOFO …" with no name row: one
    measure, named by the heading."""
    blocks = []
    for title, goal, who in (("Styrking av VOFOs regionale tilstedeværelse", "«Styrke regionalt folkevalgt nivås "
                              "kompetansepolitiske ansvar og samordningsrolle»", "VOFO-regionene"),
                             ("Evaluering av Kompetansepluss frivillighet", "«Stimulere til bruk av "
                              "Kompetanseplussordningene»", "Kompetanse Norge")):
        blocks += [Paragraph(text=title, bold=True, heading_level=2, runs=[Run(title, bold=True)]),
                   runin("Delmål:", goal),
                   table([["Ansvar", "VOFO"], ["Samarbeid", who], ["Type", "Prosjekt"], ["Periode", "2018–2019"]]),
                   P("VOFO har arbeidet med dette gjennom hele året.")]
    _, ms = read(*blocks)
    assert [(m.title, m.responsible_text, m.partners_text) for m in ms] == [
        ("Styrking av VOFOs regionale tilstedeværelse", "VOFO", "VOFO-regionene"),
        ("Evaluering av Kompetansepluss frivillighet", "VOFO", "Kompetanse Norge")]
    assert ms[0].goal_text.startswith("«Styrke regionalt") and ms[1].description.startswith("VOFO har arbeidet")


def test_paragraphs_named_by_bold_words_are_measures_whether_or_not_a_heading_is_above():
    """Under a section heading the first such paragraph reads as running text, the next as a heading:
    all are measures of one kind, named without their full stop."""
    def lead(name, text):
        return Paragraph(text=f"{name} {text}", runs=[Run(name, bold=True), Run(" " + text)], lead=name)

    _, ms = read(B("LOs rapport 2021"), P("LO rapporterer her på tiltakene i strategien."),
                 B("Kunnskapsgrunnlag og veiledning"),
                 lead("Kompetansebehovsutvalget (KBU).", "LO har fortsatt sin plass i utvalget. (delmål 1.1)"),
                 lead("Sterke karrieresentre.", "LO har arbeidet for gratis karriereveiledning. (delmål 1.3)"),
                 lead("Kompetansereformen «Lære hele livet».", "LO deltar i oppfølgingen og har spilt inn behovet for et"),
                 P("studiefinansieringssystem som gjør det mulig å kombinere jobb og utdanning."),
                 lead("Notat om tariffavtalene.", "Fafo har skrevet et notat for LO. (delmål 2.2)"),
                 lead("Kurs for tillitsvalgte.", "Kurset er videreført digitalt. (delmål 2.2)"),
                 lead("Bransjeprogram for varehandel.", "Virke og HK har utviklet tilbud. (delmål 2.1)"),
                 lead("Opplæring for permitterte.", "LO har arbeidet for retten til opplæring. (delmål 3.3)"),
                 B("Kompetanse i arbeidslivet"),
                 lead("Bransjeprogrammene.", "LO deltar i alle programmene. (delmål 2.1 og 2.4)"),
                 lead("Menn i helse.", "Fagforbundet deltar i programmet. (delmål 3.3)"))
    assert [m.title for m in ms] == ["Kompetansebehovsutvalget (KBU)", "Sterke karrieresentre",
                                     "Kompetansereformen «Lære hele livet»", "Notat om tariffavtalene",
                                     "Kurs for tillitsvalgte", "Bransjeprogram for varehandel", "Opplæring for permitterte",
                                     "Bransjeprogrammene", "Menn i helse"]


def test_a_numbered_chapter_named_by_its_delmal_heads_its_measures():
    """"2 Delmål 1.1 – Kompetansebehovsutvalget" (a chapter's number, the delmål, one word) over
    "2.1 Kompetansebehovsutvalget": the chapter gives the measure below it its delmål."""
    _, ms = read(B("Rapportering til Kompetansepolitisk råd"), B("1 Innledning"), P("Vi rapporterer tiltakene."),
                 B("2 Delmål 1.1 – Kompetansebehovsutvalget"), B("2.1 Kompetansebehovsutvalget"),
                 P("Akademikerne deltar i utvalget."), P("Ansvarlig: KD. Type: Råd/utvalg/nettverk."),
                 B("3 Delmål 1.3 – Karriereveiledning"), B("3.1 Karriereveiledning for medlemmer"),
                 P("Foreningene tilbyr veiledning."), P("Ansvarlig: Akademikerne. Type: Informasjon."),
                 B("4 Delmål 2.1 – Digital kompetanse"), B("4.1 Arbeidsgruppe om digital kompetanse"),
                 P("Vi deltok i arbeidsgruppen."), P("Ansvarlig: KD. Type: Råd/utvalg/nettverk."), fmt="pdf")
    assert [(m.title, m.goal_text) for m in ms] == [("Kompetansebehovsutvalget", "Delmål 1.1"),
                                                    ("Karriereveiledning for medlemmer", "Delmål 1.3"),
                                                    ("Arbeidsgruppe om digital kompetanse", "Delmål 2.1")]


def test_a_goal_label_and_codes_without_a_colon_give_the_goal():
    """"Målområde 3.6" under a measure's name: the goal; "Delmål 1.4 – …" is read as it was."""
    _, ms = read(B("VOFO – rapportering for 2021"), P("VOFO rapporterer på tiltakene."),
                 B("Oppfølging av Fafo-rapporten"), P("Målområde 3.6"), P("Type: Kunnskapsgrunnlag/FoU"),
                 P("Fafos sluttrapport kom i 2020."), P("Ansvar: VOFO"),
                 B("Regelverksarbeid i studieforbundsordningen"), P("Målområde 3.6"), P("Type: Politisk påvirkning"),
                 P("Ny forskrift har trådt i kraft."), P("Ansvar: VOFO"), fmt="pdf")
    assert [(m.title, m.goal_text) for m in ms] == [("Oppfølging av Fafo-rapporten", "3.6"),
                                                    ("Regelverksarbeid i studieforbundsordningen", "3.6")]


def test_a_heading_that_quotes_a_delmal_heads_its_bullets():
    """«Styrke og videreutvikle den digitale kompetansen …» as a heading: the strategy's words for a
    delmål; the bullets under it are its measures (normalisation finds the code)."""
    def bullet(name, text):
        return Paragraph(text=f"{name} – {text}", list_label="•", runs=[Run(name, bold=True), Run(f" – {text}")],
                         lead=name)

    _, ms = read(B("LO"), P("Rapportering på Nasjonal kompetansepolitisk strategi – 2020."),
                 B("«Etablere et kompetansebehovsutvalg bestående av forskere, analytikere og representanter for "
                   "alle hovedorganisasjonene.»"),
                 bullet("Kompetansebehovsutvalget", "Utvalget ledes av KD, og LO er fast medlem."),
                 B("«Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken.»"),
                 bullet("Treparts bransjeprogrammer", "Programmene forvaltes av Kompetanse Norge."),
                 bullet("Partssamarbeid om digital kompetanse", "Partene møtes i en arbeidsgruppe."))
    assert [(m.title, (m.goal_text or "")[:20]) for m in ms] == [
        ("Kompetansebehovsutvalget", "«Etablere et kompeta"), ("Treparts bransjeprogrammer", "«Styrke og videreutv"),
        ("Partssamarbeid om digital kompetanse", "«Styrke og videreutv")]


def test_a_chapter_naming_its_delmal_after_a_dash_heads_its_numbered_measures():
    """"2 Regional samordning – delmål 1.2", its "Delmålet: «…»", then "2.1 …" with fields: the
    chapter is no measure, and gives its delmål to the measures under it (Nynorsk)."""
    _, ms = read(B("Rapport til Kompetansepolitisk råd 2019"), P("Fylkeskommunen rapporterer tiltaka sine."),
                 B("2 Regional samordning – delmål 1.2"), P("Delmålet: «Styrkje det regionale folkevalde nivået.»"),
                 B("2.1 Regional plan for kompetanse og arbeidskraft"), P("Planen skal samle innsatsen."),
                 P("Ansvarleg: Vestland fylkeskommune"), P("Tidsrom: 2019–2021"),
                 B("3 Karriererettleiing – delmål 1.3"), P("Delmålet: «Sørgje for tilgang til karriererettleiing.»"),
                 B("3.1 Karrieresentra i fylket"), P("Dei gir gratis rettleiing."), P("Ansvarleg: fylkeskommunen"),
                 P("Tidsrom: Løpande"))
    assert [(m.title, m.goal_text) for m in ms] == [("Regional plan for kompetanse og arbeidskraft", "delmål 1.2"),
                                                    ("Karrieresentra i fylket", "delmål 1.3")]


def test_a_delmal_set_over_a_name_is_the_measures_delmal_not_part_of_its_name():
    _, ms = read(B("DELMÅL 1.3 Karriere Innlandet"), P("Hva: Karrieresentrene tilbyr gratis veiledning."),
                 P("Type: Informasjon"), P("Ansvar: Innlandet fylkeskommune"),
                 B("Delmål 2.4 Bedriftsintern opplæring (BIO)"), P("Hva: Tilskudd til bedrifter i omstilling."),
                 P("Ansvar: Innlandet fylkeskommune"))
    assert [(m.title, m.goal_text) for m in ms] == [("Karriere Innlandet", "DELMÅL 1.3"),
                                                    ("Bedriftsintern opplæring (BIO)", "Delmål 2.4")]


def labelled_line(*pairs):
    runs = [r for label, value in pairs for r in (Run(label, bold=True), Run(value))]
    return Paragraph(text=" ".join(f"{label} {value}" for label, value in pairs), runs=runs, lead=pairs[0][0])


def test_several_bold_labels_on_one_line_are_several_fields_under_the_list_heading_without_a_list():
    layout, ms = read(B("Spekters rapportering til Kompetansepolitisk råd"), B("Rapporteringspunkter"),
                      labelled_line(("a) Tiltak:", "Møteplass lærebedrifter"), ("NKPS-tiltak nr.:", "4 og 7")),
                      labelled_line(("Ansvarlig:", "Spekter"), ("Samarbeid:", "Fafo, fylkeskommuner"),
                                    ("Tid:", "Årlig i mars")),
                      labelled_line(("Beskrivelse:", "Heldagsarrangement for lærebedrifter.")),
                      labelled_line(("b) Tiltak:", "Arbeidsgivernettverk"), ("NKPS-tiltak nr.:", "6")),
                      labelled_line(("Ansvarlig:", "Spekter"), ("Samarbeid:", "–"), ("Tid:", "Løpende fra 2016")),
                      labelled_line(("Beskrivelse:", "Nettverket samler HR-direktører.")))
    assert layout == "label_paragraphs"
    assert [(m.title, m.goal_text, m.responsible_text, m.partners_text, m.period_text) for m in ms] == [
        ("Møteplass lærebedrifter", "4 og 7", "Spekter", "Fafo, fylkeskommuner", "Årlig i mars"),
        ("Arbeidsgivernettverk", "6", "Spekter", "–", "Løpende fra 2016")]  # a dash for "none", as printed


def test_forms_nested_in_a_row_per_delmal_have_that_rows_delmal():
    """An outer table "Delmål | Tiltak", one row per delmål, the measures' forms nested in its cells."""
    def form(name, kind):
        return table([["Tiltak", name], ["Type", kind], ["Ansvar", "KS"], ["Periode", "Løpende"]])

    rows = [("Delmål 1.1 Kompetansebehovsutvalg (KBU)", [form("Kompetansebehovsutvalget", "Råd/utvalg/nettverk")]),
            ("2.2 Kunnskapsgrunnlaget", [form("KS' arbeidslivsmonitor", "FoU"), form("Lansering av monitoren", "Arrangement")]),
            ("2.3 Karrieremuligheter i yrkesfagene", [form("Samfunnskontrakten", "Råd/utvalg/nettverk")])]
    cells = [Cell("Delmål", 0, 0), Cell("Tiltak", 0, 1)]
    for r, (goal, forms) in enumerate(rows, start=1):
        cells += [Cell(goal, r, 0), Cell("", r, 1, tables=forms)]
    outer = Table(cells=cells, n_rows=len(rows) + 1, n_cols=2)
    _, ms = read(B("KS' rapportering 2024"), outer)
    assert [(m.title, m.goal_text) for m in ms] == [("Kompetansebehovsutvalget", "Delmål 1.1"),
                                                    ("KS' arbeidslivsmonitor", "Delmål 2.2"),
                                                    ("Lansering av monitoren", "Delmål 2.2"),
                                                    ("Samfunnskontrakten", "Delmål 2.3")]


def test_a_cards_facts_in_bold_over_its_name_and_a_name_wrapped_in_one_shape():
    """Cards: "DELMÅL 1.1 · RÅD/UTVALG/NETTVERK" in bold over the name (wrapped after "for"), the text,
    then the other facts; the next card's facts line follows the first card's last line."""
    _, ms = read(B("Tiltakene"),
                 B("DELMÅL 1.1 · RÅD/UTVALG/NETTVERK"), B("Sekretariat for"), B("Kompetansebehovsutvalget"),
                 P("Direktoratet er sekretariat for KBU."), P("Ansvar: HK-dir · Partnere: KD · Periode: 2017–"),
                 B("DELMÅL 1.3 · PROSJEKT"), B("Kvalitetsrammeverket for karriereveiledning"),
                 P("Rammeverket består av etiske retningslinjer."), P("Ansvar: HK-dir · Partnere: KD · Periode: 2019–"))
    assert [(m.title, m.goal_text, m.type_text, m.period_text) for m in ms] == [
        ("Sekretariat for Kompetansebehovsutvalget", "DELMÅL 1.1", "RÅD/UTVALG/NETTVERK", "2017–"),
        ("Kvalitetsrammeverket for karriereveiledning", "DELMÅL 1.3", "PROSJEKT", "2019–")]


def test_a_numbered_paragraph_led_by_a_bold_name_is_a_measure_named_without_its_full_stop():
    def numbered(mark, name, text, tight=False):
        runs = [Run(f"{mark} ")] if tight else []
        runs += [Run(name, bold=True), Run(text)]
        return Paragraph(text=f"{name} {text}" if not tight else f"{mark} {name} {text}", runs=runs,
                         list_label=None if tight else mark, lead=None if tight else name)

    from tiltak.extract.model import style_lead

    tight = numbered("(2)", "Evaluering av Kompetansepluss frivillighet.", "VOFO har tatt initiativ.", tight=True)
    tight.lead = style_lead(tight.runs)  # as the readers set it: the number typed in front is not the lead
    assert tight.lead == "Evaluering av Kompetansepluss frivillighet."
    _, ms = read(B("Våre tiltak i 2018"),
                 numbered("(1)", "Kompetansepluss frivillighet.", "VOFO har medvirket til at studieforbundene bruker "
                          "ordningen, og har informert medlemsorganisasjonene om hvordan de søker midler. " * 3),
                 P("Delmål: 3.2 og 3.6 – Type: Kurs/utdanning – Ansvar: Kompetanse Norge", italic=True),
                 P("Periode: 2016–2019", italic=True), tight, P("Delmål: 3.2 – Type: FoU – Ansvar: VOFO – Periode: 2018–2019", italic=True))
    assert [(m.title, m.goal_text) for m in ms] == [("Kompetansepluss frivillighet", "3.2 og 3.6"),
                                                    ("Evaluering av Kompetansepluss frivillighet", "3.2")]


def test_bold_facts_under_each_measures_text_end_that_measure():
    """The same facts line as a card's, but under the text: the last one stands over no heading."""
    _, ms = read(B("Tiltakene"),
                 B("Sekretariat for Kompetansebehovsutvalget"), P("Direktoratet er sekretariat for KBU."),
                 B("DELMÅL 1.1 · RÅD/UTVALG/NETTVERK"),
                 B("Kvalitetsrammeverket for karriereveiledning"), P("Rammeverket består av etiske retningslinjer."),
                 B("DELMÅL 1.3 · PROSJEKT"))
    assert [(m.title, m.goal_text) for m in ms] == [("Sekretariat for Kompetansebehovsutvalget", "DELMÅL 1.1"),
                                                    ("Kvalitetsrammeverket for karriereveiledning", "DELMÅL 1.3")]


def test_a_heading_in_lower_case_joins_the_one_above_unless_it_is_a_name_of_its_own():
    from tiltak.extract.layouts.segments import items

    heads = [it.text for it in items(doc(B("Forvaltning av treparts"), B("bransjeprogrammer"), P("Tekst."),
                                         B("Kompetanseløftet"), B("eKompetanse for lærere"), P("Tekst.")))
             if it.kind == "head"]
    assert heads == ["Forvaltning av treparts bransjeprogrammer", "Kompetanseløftet", "eKompetanse for lærere"]


def test_fields_cut_at_bold_labels_keep_words_whose_style_changes_inside_them():
    from tiltak.extract.layouts.segments import paragraph_items
    from tiltak.extract.model import style_lead

    runs = [Run("Ansvarlig:", bold=True), Run(" Spek"), Run("ter", italic=True), Run(" "), Run("Samarbeid:", bold=True),
            Run(" Kompe"), Run("tanse Norge")]
    p = Paragraph(text="".join(r.text for r in runs), runs=runs, lead="Ansvarlig:")
    assert [(it.field, it.text) for it in paragraph_items(p, "x")] == [("responsible", "Spekter"),
                                                                        ("partners", "Kompetanse Norge")]
    # a number typed in front of a bold number is no list mark before a name: "3." "**5 millioner**"
    assert style_lead([Run("3."), Run("5 millioner", bold=True), Run(" til kurs")]) == "3."


def test_a_questionnaire_answered_question_by_question_reads_each_answer_as_its_field():
    from tiltak.extract.file import _tidied

    blocks = []
    for n, (name, goal, who, when) in enumerate([("Lederkurs i lærlingoppfølging", "2.3", "Virke er ansvarlig.", "Våren 2019"),
                                                 ("Nettverk for opplæringsledere", "1.4", "Virke og HSH.", "2019–2020")], 1):
        blocks += [B(f"Skjema {n}"),
                   P("Spm. 1: Hva heter tiltaket?"),
                   Paragraph(text=f"Svar: {name}", runs=[Run("Svar:", bold=True), Run(f" {name}")], lead="Svar:"),
                   P("Spm. 2: Hvilke delmål bidrar tiltaket til, og hvordan?"), P(f"Svar: {goal}"),
                   P("Spm. 3: Hvem står bak?"), P(f"Svar: {who}"),
                   P("Spm. 4: Når skjer det, og hvor lenge skal det vare?"), P(f"Svar: {when}")]
    d = _tidied(doc(*blocks))
    layout, _ = best_layout(d)
    ms = layout.parse(d).measures
    assert [(m.title, m.goal_text, m.period_text) for m in ms] == [
        ("Lederkurs i lærlingoppfølging", "2.3", "Våren 2019"), ("Nettverk for opplæringsledere", "1.4", "2019–2020")]
    assert ms[0].responsible_text == "Virke er ansvarlig."


def test_a_long_question_is_a_label_by_how_it_starts():
    from tiltak.extract.vocabulary import label_field

    assert label_field("Hvilke tiltak i strategien (tiltak nr. i NKPS) hører tiltaket til?") == "goal"
    assert label_field("Hvor lenge skal de ansatte vente på at kursene blir tilbudt i alle regioner?") is None
    assert label_field("Når gjennomføres tiltaket, og hvor lenge varer det?") == "period"
    assert label_field("Beskriv tiltaket kort (maks en halv side).") == "description"
    assert label_field("Hvilke tiltak i strategien har etter deres syn hatt størst effekt så langt i perioden, og hvorfor "
                       "mener dere at nettopp disse har virket?") is None  # longer than any label: a question in the text


def test_a_line_of_facts_written_as_short_sentences_gives_the_fields():
    _, ms = read(B("Kompetanseheving i kommunene"),
                 P("Delmål 3.2. Kurs/utdanning. I samarbeid med KS og fylkeskommunene. Periode 2019–2021.", italic=True),
                 P("Kursene ble holdt i alle fylker."), B("Nettverk for HR-ledere"),
                 P("Delmål 1.1. Råd/utvalg/nettverk. Sammen med Spekter.", italic=True), P("Fire møter i året."))
    assert [(m.title, m.goal_text, m.type_text, m.partners_text, m.period_text) for m in ms] == [
        ("Kompetanseheving i kommunene", "Delmål 3.2.", "Kurs/utdanning.", "KS og fylkeskommunene.", "Periode 2019–2021."),
        ("Nettverk for HR-ledere", "Delmål 1.1.", "Råd/utvalg/nettverk.", "Spekter.", None)]  # raw: normalizing cleans
    from tiltak.extract.layouts.facts import facts_line

    assert facts_line("Kursene ble holdt i alle fylker. De varte i to dager.") is None  # sentences, not facts


def test_a_table_with_a_column_per_language_is_read_in_norwegian_only():
    from tiltak.extract.file import _tidied

    def cell(r, c, name, goal, who, lang_goal="Delmål"):
        lines = [B(name), P(f"{lang_goal} {goal}"), P(f"{'Ansvarlig' if lang_goal == 'Delmål' else 'Responsible'}: {who}")]
        return Cell("\n".join(p.text for p in lines), r, c, paragraphs=lines)

    cells = [Cell("Bokmål", 0, 0), Cell("English", 0, 1),
             cell(1, 0, "Kurs i norsk for ansatte", "3.4", "Kompetanse Norge"),
             cell(1, 1, "Norwegian courses for employees", "3.4", "Skills Norway", "Sub-goal"),
             cell(2, 0, "Nettverk for karrieresentre", "1.3", "HK-dir"),
             cell(2, 1, "Network of career centres", "1.3", "HK-dir", "Sub-goal")]
    d = _tidied(doc(P("Rapport / Report", bold=True), Table(cells=cells, n_rows=3, n_cols=2)))
    layout, _ = best_layout(d)
    assert [m.title for m in layout.parse(d).measures] == ["Kurs i norsk for ansatte", "Nettverk for karrieresentre"]


def test_the_documents_own_codes_for_the_delmal_are_read_through_its_key_table():
    from tiltak.extract.file import _tidied

    key = table([["Merke", "Delmål", "Forklaring"], ["[LÆRING]", "2.1", "Læring i arbeidslivet"],
                 ["[VALG]", "1.3", "Karriereveiledning"], ["[BASIS]", "3.2", "Grunnleggende ferdigheter"]])
    d = _tidied(doc(P("Tiltakene er merket med koder; tabellen viser hva de betyr."), key,
                    B("Veiledning for voksne i omstilling"), P("Tilbud i alle fylker."),
                    P("Ansvarlig: HK-dir · Type: Informasjon"), B("[VALG]"),
                    B("Kurs i lesing og skriving"), P("Kurs på arbeidsplassen."),
                    P("Ansvarlig: HK-dir · Type: Kurs"), B("[BASIS] [LÆRING]")))
    layout, _ = best_layout(d)
    assert [(m.title, m.goal_text, m.type_text) for m in layout.parse(d).measures] == [
        ("Veiledning for voksne i omstilling", "Delmål 1.3", "Informasjon"),
        ("Kurs i lesing og skriving", "Delmål 3.2, 2.1", "Kurs")]


def test_labelled_fields_parted_by_dashes_keep_a_dash_inside_a_value():
    from tiltak.extract.layouts.facts import facts_line

    assert facts_line("Delmål: 3.1 – Type: Kurs – Ansvarlig: Unio – Tid: 1. mars 2021 – ut 2022") == [
        ("goal", "3.1"), ("type", "Kurs"), ("responsible", "Unio"), ("period", "1. mars 2021 – ut 2022")]
    from tiltak.extract.vocabulary import label_field

    assert label_field("Rapporteringsår") == "other"  # the report's year beside "Tiltak" in a form: no measure


def I(text):
    return Paragraph(text=text, italic=True, runs=[Run(text, italic=True)])


def test_names_set_apart_in_italic_only_head_their_measures():
    layout, ms = read(B("Rapport for 2020"), I("(beløp i millioner kroner)"),
                      I("Lederutvikling i helseforetakene"), P("Program for nye avdelingsledere."),
                      P("Eier: Spekter. Tidsramme: 2019–2021."),
                      I("Nettverk for HR-direktører"), P("Fire samlinger i året."), P("Eier: Spekter. Tidsramme: løpende."),
                      I("Analyse av sykefravær"), P("Eier: Spekter og Fafo. Tidsramme: 2020."),
                      I("Merk: tallene er foreløpige"))
    assert [m.title for m in ms] == ["Lederutvikling i helseforetakene", "Nettverk for HR-direktører", "Analyse av sykefravær"]
    assert ms[1].description == "Fire samlinger i året."


def test_italic_lines_without_fields_after_them_stay_text():
    layout, ms = read(B("Kurs for tillitsvalgte"), P("Ansvar: LO"), P("Periode: 2021"), P("Delmål: 2.2"),
                      I("Deltakere fra Bergen"), P("Kurset ble holdt tre ganger."),
                      I("Kursholder Kari Nordmann"), P("Hun har holdt kurset siden 2019."),
                      I("Oppsummering fra samlingen"), P("Deltakerne var fornøyde."))
    assert [m.title for m in ms] == ["Kurs for tillitsvalgte"]
    assert "Kari Nordmann" in ms[0].description


def test_a_label_takes_its_field_back_from_text_that_was_only_guessed_to_be_it():
    layout, ms = read(B("Fagskoletilbud i havbruk"),
                      P("Tilbudet startet i august 2020. Ansvarlig: Vestland fylkeskommune. Periode: 2020–2023."),
                      P("Bidrar til delmål 2.4."))
    assert len(ms) == 1 and ms[0].period_text.startswith("2020–2023")
    assert "august 2020" in ms[0].description
    # a line of its own taken for the period, then the next measure's name and its labelled period: two measures
    layout, ms = read(P("Kurs for tillitsvalgte"), P("Delmål: 2.1"), P("Høsten 2021"),
                      P("Nettverk for ledere"), P("Periode: 2021–2022"), P("Delmål: 2.2"),
                      P("Rapport om etterutdanning"), P("Delmål: 1.3"), P("Periode: 2021"))
    assert [m.title for m in ms] == ["Kurs for tillitsvalgte", "Nettverk for ledere", "Rapport om etterutdanning"]


def test_a_background_heading_just_after_a_measures_name_starts_its_description():
    layout, ms = read(B("KS' rapport 2025"), P("Vi legger ved prosjektplanene."),
                      P("Prosjektplan: Digital læring i barnehagen"), P("Versjon 2"), B("1. Bakgrunn"),
                      P("Barnehagene ba om nettkurs."), P("Prosjekteier: KS"), B("2. Tidsplan"), P("2024–2025"),
                      B("3. Kobling til NKPS"), P("delmål 2.1 (digital kompetanse)"),
                      P("Prosjektplan: Lederskole for rektorer"), B("1. Bakgrunn"), P("Rektorene ønsket en skole."),
                      P("Prosjekteier: KS og Udir"), B("2. Tidsplan"), P("2025"),
                      B("3. Kobling til NKPS"), P("delmål 2.2 (kunnskapsgrunnlaget)"))
    assert layout == "label_paragraphs"  # (numbered sections in each plan are no list of the strategy's tiltak)
    assert [m.title for m in ms] == ["Digital læring i barnehagen", "Lederskole for rektorer"]
    assert "nettkurs" in ms[0].description and "ønsket en skole" in ms[1].description
    assert [(m.responsible_text, m.period_text) for m in ms] == [("KS", "2024–2025"), ("KS og Udir", "2025")]


def test_the_line_before_the_first_label_names_the_first_measure_as_it_names_the_others():
    layout, ms = read(B("Tiltaksoversikt 2025"), P("Eksportert fra planverktøyet."), P("NKPS-tiltak 2025 (Nordland)"),
                      P("Innsatsområde 1: Gode valg"),
                      P("Karriereforum Nordland"), P("Delmål: 1.3"), P("Ansvarlig: Nordland fylkeskommune"),
                      P("Periode: 2019–"),
                      P("Om: Forumet møtes to ganger i året."),
                      P("Fagbrev for voksne i Nordland"), P("Delmål: 3.1"), P("Ansvarlig: Nordland fylkeskommune"),
                      P("Kompetansestrategi for Nordland"), P("Delmål: 1.2"), P("Ansvarlig: Nordland fylkeskommune"))
    assert [m.title for m in ms] == ["Karriereforum Nordland", "Fagbrev for voksne i Nordland", "Kompetansestrategi for Nordland"]
    assert "Eksportert" not in (ms[0].description or "")


def test_an_outline_drawn_with_box_characters_reads_as_its_text():
    from tiltak.extract.model import without_tree_lines

    lines = ["Tiltak 2025", "├── Mål 1: Karriere", "│   ├── ● Karrieresenter for voksne", "│   │   ├─ ◦ Delmål: 1.3",
             "│   │   └─ ◦ Ansvar: Agder fylkeskommune", "│   └── ● Kompetanseforum Agder", "│       └─ ◦ Delmål: 1.2",
             "└── Sist endret 2. mai"]
    d = without_tree_lines(doc(*[P(t) for t in lines]))
    assert [p.text for p in d.paragraphs()] == ["Tiltak 2025", "Mål 1: Karriere", "Karrieresenter for voksne", "Delmål: 1.3",
                                                "Ansvar: Agder fylkeskommune", "Kompetanseforum Agder", "Delmål: 1.2",
                                                "Sist endret 2. mai"]
    kept = without_tree_lines(doc(P("├── Bare én linje"), P("Delmål: 2.1")))  # one drawn line is no outline
    assert kept.paragraphs()[0].text == "├── Bare én linje"


def test_a_lead_every_name_opens_with_is_the_templates_not_the_names():
    def lead(name):
        return Paragraph(text=name, bold=True, runs=[Run(name, bold=True)])

    layout, ms = read(B("Unio 2018"), lead("Unio svarer: Kurs for tillitsvalgte"), P("Delmål: 2.1"),
                      lead("Unio svarer: Nettverk for ledere i helse"), P("Delmål: 2.1"),
                      lead("Unio svarer: Rapport om etterutdanning"), P("Delmål: 2.2"))
    assert [m.title for m in ms] == ["Kurs for tillitsvalgte", "Nettverk for ledere i helse", "Rapport om etterutdanning"]
    layout, ms = read(B("NHO 2018"), lead("Kompetansepluss: arbeid"), P("Delmål: 3.2"),
                      lead("Kompetansepluss: frivillighet"), P("Delmål: 3.2"),
                      lead("Kompetansepluss: norsk"), P("Delmål: 3.2"))
    assert [m.title for m in ms] == ["Kompetansepluss: arbeid", "Kompetansepluss: frivillighet", "Kompetansepluss: norsk"]


def test_a_labelled_field_set_over_each_heading_belongs_to_the_heading_below():
    layout, ms = read(B("YS 2017"), P("Vi svarer på strategiens tiltak."),
                      P("Strategien, tiltak 2: «Etablere et nasjonalt råd»"), B("Råd for kompetanse"), P("Ansvar: KD"),
                      P("Strategien, tiltak 6: «Styrke kunnskapsgrunnlaget»"), B("Barometer om læring"), P("Ansvar: YS"),
                      P("Strategien, tiltak 9: «Dokumentere kompetanse»"), B("Prosjekt om dokumentasjon"), P("Ansvar: Virke"),
                      P("Kontakt: Kari Nordmann"))
    assert [(m.title, m.goal_text) for m in ms] == [("Råd for kompetanse", "«Etablere et nasjonalt råd»"),
                                                   ("Barometer om læring", "«Styrke kunnskapsgrunnlaget»"),
                                                   ("Prosjekt om dokumentasjon", "«Dokumentere kompetanse»")]


def test_a_block_of_italic_facts_under_bold_names_gives_no_names():
    blocks = []
    for name, goal, kind in [("Regional plan for Innlandet", "Delmål 1.2", "Prosjekt"),
                             ("Karriere Innlandet", "Delmål 1.3", "Råd/utvalg/nettverk"),
                             ("Fagbrev på jobb", "Delmål 3.1", "Kurs/utdanning")]:
        blocks += [B(name), I(goal), I("Ansvar: Innlandet fylkeskommune"), I("Tidsrom: 2019–2021"), I(kind),
                   P("Fylkeskommunen leder arbeidet.")]
    layout, ms = read(*blocks)
    assert [m.title for m in ms] == ["Regional plan for Innlandet", "Karriere Innlandet", "Fagbrev på jobb"]


def test_a_heading_wrapped_before_a_number_alone_is_one_heading():
    from tiltak.extract.layouts.segments import Item, _join_wrapped_heads

    shape = ("bold", 11)
    its = [Item("head", "Kompetanseløft for helsepersonell – fase", how="bold", shape=shape, page=2),
           Item("head", "2", how="bold", shape=shape, page=2), Item("text", "(delmål 2.2)", page=2),
           Item("head", "Nettverk for ledere", how="bold", shape=shape, page=2),
           Item("head", "Kurs i digital læring", how="bold", shape=shape, page=2)]
    assert [it.text for it in _join_wrapped_heads(its)] == [
        "Kompetanseløft for helsepersonell – fase 2", "(delmål 2.2)", "Nettverk for ledere", "Kurs i digital læring"]


def test_symbols_a_legend_explains_read_as_labels_and_types():
    from tiltak.extract.legends import with_symbol_legends

    legend = table([["☎", "✈", "♜"], ["Arrangement", "Prosjekt", "Råd/utvalg/nettverk"]])
    d = with_symbol_legends(doc(B("NHO 2020"), legend, P("Forklaring: ◎ delmål ✉ ansvar ☂ periode"),
                                P("✈ Lærlingløftet i byggfag"), P("◎ 2.3 ◎ 2.4"), P("✉ NHO Byggenæringen ☂ 2020–2022"),
                                P("Flere lærlinger i byggfag."),
                                P("☎ Hvordan rekruttere flere fagarbeidere?"), P("◎ 2.3"), P("✉ NHO ☂ mars 2020"),
                                Paragraph(text="Bransjeråd for reiseliv", list_label="♜"),  # (the PDF reader's bullet)
                                P("◎ 1.4"), P("✉ NHO Reiseliv ☂ 2019–")))
    texts = [p.text for p in d.paragraphs()]
    assert "Delmål: 2.3, 2.4" in texts and "Ansvar: NHO Byggenæringen" in texts and "Periode: 2020–2022" in texts
    assert not any(t.startswith("Forklaring") for t in texts) and not d.tables()
    layout, ms = read(*d.blocks)
    assert [(m.title, m.type_text, m.goal_text, m.period_text) for m in ms] == [
        ("Lærlingløftet i byggfag", "Prosjekt", "2.3, 2.4", "2020–2022"),
        ("Hvordan rekruttere flere fagarbeidere?", "Arrangement", "2.3", "mars 2020"),
        ("Bransjeråd for reiseliv", "Råd/utvalg/nettverk", "1.4", "2019–")]


def test_symbols_with_no_legend_stay_as_written():
    from tiltak.extract.legends import with_symbol_legends

    lines = ["✈ Reiser i 2020: 4", "☎ 22 00 00 00", "◎ Mål: 2.3",
             "◎ Delmål ✉ Ansvar ☎ 22 00 00 00 ✈ Oslo ♜ Bergen",  # (a contact line: says it is no legend)
             "☐ Kurs/utdanning ☒ Prosjekt ☐ FoU", "☒ 1.3", "◎ 2.3",  # (a form's boxes: choices)
             "☂ Prosjekt ♜ Arrangement", "☂ Kurs i norsk"]  # (tags, in a line that says it is no legend)
    choices = table([["☐", "☒", "☐"], ["Kurs/utdanning", "Prosjekt", "FoU"]])  # a form's type as boxes
    d = with_symbol_legends(doc(*[P(t) for t in lines], choices))
    assert [p.text for p in d.paragraphs()] == lines and d.tables() == [choices]


def test_a_names_own_delmal_counts_besides_its_goal_field():
    layout, ms = read(B("Kurs for tillitsvalgte (delmål 2.1)"), P("Delmål: 2.2"), P("Ansvar: LO"),
                      B("Nettverk for ledere (delmål 1.2)"), P("Delmål: 1.2"), P("Ansvar: LO"))
    assert [m.goal_text for m in ms] == ["2.2 delmål 2.1", "1.2 delmål 1.2"]


def test_an_abstracts_run_in_background_is_the_measures_description():
    layout, ms = read(B("Studier 2019"), Paragraph(text="Yngre eldre i arbeidslivet", heading_level=2),
                      P("Oppdragsgiver: Akademikerne"), P("Utført av: Ny Analyse"),
                      runin("Bakgrunn.", "Studien ser på arbeidstakere over 55 år."), runin("Metode.", "Registerdata."),
                      P("Delmål: 2.2"),
                      Paragraph(text="Framtidens behov for akademikere", heading_level=2), P("Oppdragsgiver: Akademikerne"),
                      runin("Bakgrunn.", "Framskrivinger mot 2035."), P("Delmål: 2.2"))
    assert [(m.title, m.goal_text, m.description) for m in ms] == [
        ("Yngre eldre i arbeidslivet", "2.2", "Studien ser på arbeidstakere over 55 år."),
        ("Framtidens behov for akademikere", "2.2", "Framskrivinger mot 2035.")]


def test_the_same_italic_words_under_every_bold_name_are_sub_headings():
    blocks = []
    for name in ["Kurs for tillitsvalgte", "Nettverk for ledere", "Rapport om lærlinger"]:
        blocks += [B(name), I("Innhold i tiltaket"), P("Tiltaket er beskrevet her."), P("Ansvar: LO"),
                   I("Resultater så langt"), P("Gode tilbakemeldinger."), P("Delmål: 2.2")]
    layout, ms = read(*blocks)
    assert [m.title for m in ms] == ["Kurs for tillitsvalgte", "Nettverk for ledere", "Rapport om lærlinger"]


def test_a_delmal_line_closing_each_measure_stays_with_it():
    blocks = []
    for name, goal in [("Kurs for tillitsvalgte", "2.1"), ("Nettverk for ledere", "2.2"), ("Rapport om lærlinger", "1.3")]:
        blocks += [B(name), P("Et tiltak vi gjennomførte i år."), P(f"Delmål: {goal}")]
    layout, ms = read(*blocks, B("Veien videre"), P("Vi fortsetter arbeidet."))
    assert [(m.title, m.goal_text) for m in ms][:3] == [("Kurs for tillitsvalgte", "2.1"), ("Nettverk for ledere", "2.2"),
                                                       ("Rapport om lærlinger", "1.3")]


def test_a_heading_with_a_year_over_measures_in_running_text_is_a_heading():
    runs = lambda name, rest: Paragraph(text=f"{name} {rest}", runs=[Run(name, bold=True), Run(" " + rest)], lead=name)  # noqa: E731
    layout, ms = read(B("Tiltak 2024"), runs("Kurs for tillitsvalgte.", "LO holdt kurset i mars (delmål 2.1)."),
                      runs("Nettverk for ledere.", "Nettverket møttes fire ganger (delmål 2.2)."),
                      runs("Rapport om lærlinger.", "Rapporten kom i mai (delmål 2.3)."))
    assert [m.title for m in ms] == ["Kurs for tillitsvalgte", "Nettverk for ledere", "Rapport om lærlinger"]


def test_a_schemes_name_before_its_parts_is_kept():
    lead = lambda name: Paragraph(text=name, bold=True, runs=[Run(name, bold=True)])  # noqa: E731
    names = ["Bransjeprogram: Helse og omsorg", "Bransjeprogram: Bygg og anlegg", "Bransjeprogram: Varehandel og service"]
    blocks = [b for n in names for b in (lead(n), P("Delmål: 2.1"))]
    layout, ms = read(*blocks)
    assert [m.title for m in ms] == names


def test_a_typed_bullet_and_a_line_of_facts_parted_by_dashes():
    from tiltak.extract.model import with_typed_bullets

    d = with_typed_bullets(doc(B("Til kapittel 4.1 Gode valg"), P("Merknad: Fagopplæringen må synes."),
                               B("Spekters tiltak:"), B("▸ Møteplass lærebedrift"),
                               P("Delmål 1.4 og 2.3 – Arrangement – Spekter – Fafo og opplæringskontorer – Mars 2020"),
                               P("Møteplassen samlet 120 deltakere."), B("▸ Arbeidsgivernettverket"),
                               P("Delmål 2.2 – Råd/utvalg/nettverk – Spekter – medlemsvirksomhetene – Løpende"),
                               P("☐ 2.1 ☒ 2.2")))
    assert [(p.list_label, p.text) for p in d.paragraphs()][3] == ("▸", "Møteplass lærebedrift")
    assert d.paragraphs()[-1].list_label is None  # a form's boxes are choices, not bullets
    layout, ms = read(*d.blocks[:-1])
    assert [(m.title, m.goal_text, m.type_text, m.responsible_text, m.partners_text) for m in ms] == [
        ("Møteplass lærebedrift", "Delmål 1.4 og 2.3", "Arrangement", "Spekter", "Fafo og opplæringskontorer"),
        ("Arbeidsgivernettverket", "Delmål 2.2", "Råd/utvalg/nettverk", "Spekter", "medlemsvirksomhetene")]
    layout, ms = read(B("Tiltak"), P("Kurs for ledere – Spekter – Fafo – 2020"), P("Delmål: 2.1"))
    assert ms[0].title == "Kurs for ledere – Spekter – Fafo – 2020"  # (no delmål first: a name with dashes)


def test_a_goal_line_with_its_first_word_in_bold_is_the_measures_goal():
    def lead(word, rest):
        return Paragraph(text=f"{word} {rest}", runs=[Run(word, bold=True), Run(" " + rest)], lead=word)

    blocks = []
    for name, nr in [("Kurs i grunnleggende ferdigheter", "12 og 16"), ("Norsktrening med frivillige", "14"),
                     ("Kurslederopplæring", "16")]:
        blocks += [P("Kurs 17-031"), B(name), P("Samarbeid: Kompetanse Norge"), P("Kategori: Kurs/utdanning"),
                   lead("NKPS", f"tiltak nr. {nr}"), P("Kurs som gjennomføres i frivillige organisasjoner.")]
    blocks += [lead("Kurs for ledere", ". . . . . . . . . delmål 2.1"), P("Samarbeid: KS"), P("Kategori: Kurs/utdanning")]
    layout, ms = read(*blocks)
    assert ms[-1].title == "Kurs for ledere"  # (a name with its delmål after dot leaders: a heading)
    assert [(m.title, m.goal_text) for m in ms[:3]] == [("Kurs i grunnleggende ferdigheter", "NKPS tiltak nr. 12 og 16"),
                                                   ("Norsktrening med frivillige", "NKPS tiltak nr. 14"),
                                                   ("Kurslederopplæring", "NKPS tiltak nr. 16")]


def test_speaker_notes_under_a_slide_belong_to_the_slides_name():
    blocks = []
    for name, goal in [("Kompetansebehovsutvalget", "1.1"), ("Kompetansereformen «Lære hele livet»", "2.2"),
                       ("Bransjeprogram for kompetanseutvikling", "2.4")]:
        blocks += [B(name), P("• Et punkt på lysbildet"), P("Kunnskapsdepartementet"), B("Notater:"), P(f"Delmål: {goal}"),
                   P("Ansvarlig: KD"), P("Omtale av tiltaket.")]
    layout, ms = read(*blocks)
    assert [(m.title, m.goal_text) for m in ms] == [("Kompetansebehovsutvalget", "1.1"),
                                                   ("Kompetansereformen «Lære hele livet»", "2.2"),
                                                   ("Bransjeprogram for kompetanseutvikling", "2.4")]


def test_a_trackers_key_before_every_name_is_numbering():
    keyed = [B(f"NKPS-{n} {name}") for n, name in [(41, "Karriereveiledning.no – fase 2"), (47, "Kompetanseprogrammet"),
                                                    (53, "Bransjeprogram for kompetanseutvikling")]]
    _, ms = read(*[b for k in keyed for b in (k, P("Etiketter: delmal-1.3"), P("Ansvarlig: HK-dir"))])
    assert [m.title for m in ms] == ["Karriereveiledning.no – fase 2", "Kompetanseprogrammet", "Bransjeprogram for kompetanseutvikling"]
    mixed = [B("COVID-19 Tilskudd til opplæring"), B("Kurs for ledere"), B("ISO-9001 Sertifisering")]
    _, ms = read(*[b for k in mixed for b in (k, P("Delmål: 2.1"), P("Ansvarlig: HK-dir"))])
    assert [m.title for m in ms] == ["COVID-19 Tilskudd til opplæring", "Kurs for ledere", "ISO-9001 Sertifisering"]


def H(text):
    return Paragraph(text=text, heading_level=2, bold=True, runs=[Run(text, bold=True)])


def test_a_path_of_facts_in_plain_type_over_each_name_belongs_to_the_name_below():
    """"Innsatsområde 3 › Delmål 3.2 › Pilot › Unio": a path over each heading, the area left out (its
    delmål says it), a type written as any spelling tiltak knows, who is responsible by its place."""
    _, ms = read(P("Unio rapporterer"),
                 P("Innsatsområde 3 › Delmål 3.2 › Pilot › Unio"), H("Lesekurs for renholdere"),
                 P("Kurset gis på arbeidsplassen."), P("Periode: 2021"),
                 P("Innsatsområde 2 › Delmål 2.1 › Kampanje › Unio"), H("Digital kompetanse for sykepleiere"),
                 P("En kampanje på sosiale medier."),
                 P("1 Gode valg for den enkelte og for samfunnet › Delmål 1.3 › Nettverk › Unio"),
                 H("Karrierenettverk for tillitsvalgte"), P("Nettverket møtes to ganger i året."))
    assert [(m.title, m.goal_text, m.type_text, m.responsible_text) for m in ms] == [
        ("Lesekurs for renholdere", "Delmål 3.2", "Pilot", "Unio"),
        ("Digital kompetanse for sykepleiere", "Delmål 2.1", "Kampanje", "Unio"),
        ("Karrierenettverk for tillitsvalgte", "Delmål 1.3", "Nettverk", "Unio")]


def test_facts_parted_by_round_bullets_with_a_name_between_them():
    from tiltak.extract.layouts.facts import facts_line

    found = dict(facts_line("Delmål 1.2 • Arrangement • Virke • Mai 2024 • Med: HSH"))
    assert [found.get(f) for f in ("goal", "type", "responsible", "period")] == ["Delmål 1.2", "Arrangement", "Virke", "Mai 2024"]


def test_the_marks_between_fields_after_bold_labels_are_not_part_of_them():
    p = Paragraph(text="Ansvar: KS    |    Periode: 2022", runs=[Run("Ansvar:", bold=True), Run(" KS    |    "),
                                                                Run("Periode:", bold=True), Run(" 2022")])
    _, ms = read(H("Lederutdanning"), P("Et studium for ledere."), p,
                 H("Nettverk for oppvekst"), P("Et nettverk."), P("Ansvar: KS | Periode: 2023"))
    assert [(m.responsible_text, m.period_text) for m in ms] == [("KS", "2022"), ("KS", "2023")]


def test_plain_facts_under_each_measures_text_end_that_measure_even_before_a_closing_heading():
    _, ms = read(P("Unio rapporterer"),
                 H("Lesekurs for renholdere"), P("Kurset gis på arbeidsplassen."), P("Delmål 3.2 › Pilot › Unio › 2021"),
                 H("Digital kompetanse for sykepleiere"), P("En kampanje."), P("Delmål 2.1 › Kampanje › Unio › 2022"),
                 H("Karrierenettverk for tillitsvalgte"), P("Nettverket møtes."), P("Delmål 1.3 › Nettverk › Unio › 2023"),
                 H("Planer for neste år"), P("Unio vil fortsette arbeidet."))
    assert [(m.title, m.goal_text) for m in ms][:3] == [("Lesekurs for renholdere", "Delmål 3.2"),
                                                        ("Digital kompetanse for sykepleiere", "Delmål 2.1"),
                                                        ("Karrierenettverk for tillitsvalgte", "Delmål 1.3")]


def test_plain_facts_right_under_each_name_stay_with_it_when_the_text_below_looks_like_a_heading():
    """A magazine's drop cap: each text opens with a large letter in bold, read as a heading's lead."""
    def dropcap(text):
        return Paragraph(text=text, runs=[Run(text[0], bold=True), Run(text[1:])], lead=text[0])

    _, ms = read(H("Lesekurs for renholdere"), P("Delmål 3.2 | Pilot | Unio | 2021"), dropcap("Kurset gis på jobben."),
                 H("Digital kompetanse for sykepleiere"), P("Delmål 2.1 | Kampanje | Unio | 2022"), dropcap("En kampanje."),
                 H("Karrierenettverk for tillitsvalgte"), P("Delmål 1.3 | Nettverk | Unio | 2023"), dropcap("Nettverket."))
    assert [(m.title, m.goal_text) for m in ms] == [("Lesekurs for renholdere", "Delmål 3.2"),
                                                    ("Digital kompetanse for sykepleiere", "Delmål 2.1"),
                                                    ("Karrierenettverk for tillitsvalgte", "Delmål 1.3")]


def test_a_chats_marks_of_time_and_writer_are_no_part_of_its_messages():
    from tiltak.extract.model import without_chat_marks

    lines = ["[08:58] Per Hansen: Hei, her er tiltakene.", "[09:02] Per Hansen: Tiltak: Kurs i lønnssystemer",
             "[09:03] Per Hansen: Delmål: 2.1", "[09:05] Anne Dahl: Tiltak: Nettverk for HR-ledere",
             "[09:06] Anne Dahl: Delmål: 2.2", "[09:07] Anne Dahl: Ansvarlig: Virke"]
    tidied = without_chat_marks(doc(*[P(t) for t in lines]))
    assert [b.text for b in tidied.blocks] == ["Hei, her er tiltakene.", "Tiltak: Kurs i lønnssystemer", "Delmål: 2.1",
                                               "Tiltak: Nettverk for HR-ledere", "Delmål: 2.2", "Ansvarlig: Virke"]
    log = [P(f"[09:0{k}] Systemet: Tiltak {k} lagret.") for k in range(6)]  # one writer: a log, not a chat
    assert [b.text for b in without_chat_marks(doc(*log)).blocks][0] == "[09:00] Systemet: Tiltak 0 lagret."
    form = [P(f"1.0{k} {t}") for k, t in enumerate(["Tiltak: Kurs i regnskap", "Delmål: 2.2", "Ansvarlig: Virke",
                                                     "Tiltak: Nettverk", "Delmål: 2.1", "Ansvarlig: HSH"], 1)]
    assert [b.text for b in without_chat_marks(doc(*form)).blocks][0] == "1.01 Tiltak: Kurs i regnskap"  # numbered fields
    points = [P(f"2.1{k} {t}") for k, t in enumerate(["Regnskap: kurs for ansatte", "Lønn: kurs for ledere",
                                                     "Regnskap: nettverk", "Lønn: veileder", "HMS: kurs", "HMS: samling"])]
    assert [b.text for b in without_chat_marks(doc(*points)).blocks][0] == "2.10 Regnskap: kurs for ansatte"
    programme = [P(f"{9 + k}:00 {t}") for k, t in enumerate(["Tiltak: Kurs", "Delmål: 2.2", "Kari: Velkommen",
                                                            "Tiltak: Nettverk", "Delmål: 2.1", "Ola: Takk"])]
    assert [b.text for b in without_chat_marks(doc(*programme)).blocks][0] == "9:00 Tiltak: Kurs"  # a label is nobody
    few = [P("Møtet startet."), P("10:15 Kari: Kaffe i kantina."), P("Ansvarlig: Virke"), P("Delmål: 2.2"),
           P("10:30 Ola: Videre."), P("Tiltak: Kurs"), P("Delmål: 2.1"), P("Periode: 2020")]  # a few messages among text
    assert [b.text for b in without_chat_marks(doc(*few)).blocks][1] == "10:15 Kari: Kaffe i kantina."


def test_a_reference_lists_entries_are_measures_named_by_their_italic_title():
    """"Who (when). *Title*. Who did it. [facts]": the APA-style entry of a research report."""
    def entry(who, when, name, rest):
        lead = f"{who} ({when}). "
        return Paragraph(text=f"{lead}{name}. {rest}", runs=[Run(lead), Run(name, italic=True), Run(f". {rest}")])

    _, ms = read(B("Rapporter"),
                 entry("Fafo/NHO", "2021–2022", "Lærlinger i små bedrifter", "[Delmål 2.3 · FoU]"), P("En studie av læreplasser."),
                 entry("NHO", "2022", "Kompetansebarometeret for industrien", "[Delmål 1.1 · FoU]"), P("Årlig undersøkelse."),
                 entry("NHO/Abelia", "Løpende", "Digitale ferdigheter i små bedrifter", "[Delmål 2.1 · Prosjekt]"))
    assert [(m.title, m.responsible_text, m.period_text, m.goal_text, m.type_text) for m in ms] == [
        ("Lærlinger i små bedrifter", "Fafo/NHO", "2021–2022", "Delmål 2.3", "FoU"),
        ("Kompetansebarometeret for industrien", "NHO", "2022", "Delmål 1.1", "FoU"),
        ("Digitale ferdigheter i små bedrifter", "NHO/Abelia", "Løpende", "Delmål 2.1", "Prosjekt")]
    assert ms[0].description == "En studie av læreplasser."


def test_words_in_brackets_or_an_italic_word_later_in_a_sentence_make_no_reference_entry():
    from tiltak.extract.layouts.segments import _cited

    def para(lead, name, rest):
        return Paragraph(text=f"{lead}{name}{rest}", runs=[Run(lead), Run(name, italic=True), Run(rest)])

    assert _cited(para("Opplæringsloven (voksenopplæring). ", "Rett til videregående", " gjelder alle."), "b") is None
    assert _cited(para("NHO (2022). Vi har laget en ", "helt ny", " veileder for bedrifter."), "b") is None
    assert _cited(para("NHO (2022). ", "Kompetansebarometeret", ". Årlig."), "b") is None  # a name of one word
    assert _cited(para("NHO (2022). ", "Kompetansebarometeret 2022", ". Årlig. [Delmål 1.1]"), "b") is not None


def test_a_reference_list_of_sources_names_no_measures():
    def entry(who, when, name, rest):
        lead = f"{who} ({when}). "
        return Paragraph(text=f"{lead}{name}. {rest}", runs=[Run(lead), Run(name, italic=True), Run(f". {rest}")])

    _, ms = read(H("Lesekurs for renholdere"), P("Delmål: 3.2"), P("Ansvarlig: Unio"),
                 H("Nettverk for tillitsvalgte"), P("Delmål: 2.2"), P("Ansvarlig: Unio"),
                 H("Referanser"), entry("Kunnskapsdepartementet", "2017", "Norsk strategi for kompetansepolitikk", "Oslo: KD."),
                 entry("Fafo", "2019", "Tillitsvalgte og kompetanse", "Rapport 2019:12."))
    assert [m.title for m in ms if m.title != "Referanser"] == ["Lesekurs for renholdere", "Nettverk for tillitsvalgte"]
    assert not any(m.responsible_text in ("Kunnskapsdepartementet", "Fafo") for m in ms)


def test_a_path_over_each_name_that_opens_the_document_and_the_strategys_own_word_for_an_area():
    _, ms = read(P("Hovedinnsatsområde 3 › Delmål 3.2 › Pilot › Unio"), H("Lesekurs for renholdere"),
                 P("Kurset gis på arbeidsplassen."),
                 P("Hovedinnsatsområde 2 › Delmål 2.1 › Kampanje › Unio"), H("Digital kompetanse for sykepleiere"),
                 P("En kampanje."),
                 P("Hovedinnsatsområde 1 › Delmål 1.3 › Nettverk › Unio"), H("Karrierenettverk for tillitsvalgte"),
                 P("Nettverket møtes."), H("Planer for neste år"))
    assert [(m.title, m.goal_text, m.responsible_text) for m in ms][:3] == [
        ("Lesekurs for renholdere", "Delmål 3.2", "Unio"), ("Digital kompetanse for sykepleiere", "Delmål 2.1", "Unio"),
        ("Karrierenettverk for tillitsvalgte", "Delmål 1.3", "Unio")]
