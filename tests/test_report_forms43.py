"""Forms of ordinary reports left from blind batches match42–43 (a type in square brackets before each
name and the ministry in brackets after it, an action plan's "Hva" column of bold names beside a "Hvorfor"
column of delmål and a "Hvordan" column of the writer's type words, bullets "Name: text" over label
bullets or a line of facts, labels each beside its answer in a grid with no rules, a fact line set apart
by slashes, "Mål: 1.1" in an e-mail's blocks, a heading over planned measures), each in a test's own words."""

import docx

from test_pdf_reader import _pdf
from test_report_forms34 import _table
from test_report_forms41 import _measures


def test_a_type_in_square_brackets_before_each_name_and_the_owner_in_brackets_after_it():
    """A ministry's bullets "[Utvalg] Name (KD). Text …": the bracket before the name is its type (also
    a word of the writer's own, "[Forenkling]", where half of them spell a type), the one after it who
    runs it (where two names at least end so, and none names its owner otherwise); a bracket inside the
    name stays ("(KBU)")."""
    from tiltak.extract.file import _bracket_tails
    from tiltak.extract.records import RawMeasure

    titles = ["[Utvalg] Etablere Kompetansebehovsutvalget (KBU) (KD).", "[Forenkling] Raskere godkjenning (KD).",
              "[Kurs] Styrket arbeidsmarkedsopplæring (AMO) for arbeidssøkere (ASD).", "[Plan] Kompetanseløft 2020 (HOD)."]
    got = _bracket_tails([RawMeasure(index=i, title=t) for i, t in enumerate(titles)])
    assert [(m.title, m.type_text, m.responsible_text) for m in got] == [
        ("Etablere Kompetansebehovsutvalget (KBU)", "Utvalg", "KD"), ("Raskere godkjenning", "Forenkling", "KD"),
        ("Styrket arbeidsmarkedsopplæring (AMO) for arbeidssøkere", "Kurs", "ASD"), ("Kompetanseløft 2020", "Plan", "HOD")]
    one = _bracket_tails([RawMeasure(index=1, title="Kompetanseløft 2020 (HOD)"), RawMeasure(index=2, title="Fagbrev på jobb")])
    assert [m.title for m in one] == ["Kompetanseløft 2020 (HOD)", "Fagbrev på jobb"]  # one owner's bracket: the name's


def test_brackets_before_names_that_spell_no_type_stay_in_the_names():
    from tiltak.extract.file import _bracket_heads
    from tiltak.extract.records import RawMeasure

    titles = ["[Utkast] Kurs for tillitsvalgte", "[Revidert] Nettverk for ledere", "[Kurs] Digital kompetanse"]
    assert [m.title for m in _bracket_heads([RawMeasure(index=i, title=t) for i, t in enumerate(titles)])] == titles


def test_an_action_plans_columns_asked_as_questions(tmp_path):
    """"Hva | Hvorfor | Hvem | Med hvem | Når | Hvordan": the "Hva" cells a bold name over its text, the
    "Hvorfor" cells the delmål, the "Hvordan" cells a word or two each, the type in the writer's words;
    an area's row across the table is no measure and counts in no column."""
    document = docx.Document()
    table = _table(document, [["Hva", "Hvorfor", "Hvem", "Med hvem", "Når", "Hvordan"],
                              ["Innsatsområde 1: Gode valg", "", "", "", "", ""],
                              ["", "Delmål 1.1 – felles kunnskapsgrunnlag", "KD", "YS, partene", "Løpende", "Utvalgsarbeid"],
                              ["", "Delmål 2.2 – læring i arbeidslivet", "YS", "forbundene", "2024", "Kurs"],
                              ["", "Delmål 2.2 – kunnskapsgrunnlag", "YS", "Respons Analyse", "2024", "Undersøkelse"],
                              ["", "Delmål 2.1 – digital kompetanse", "YS", "Parat, Delta", "2024–2025", "Kurs"]])
    merged = table.cell(1, 0).merge(table.cell(1, 5))
    merged.text = "Innsatsområde 1: Gode valg"
    for row, (name, text) in enumerate([("YS i Kompetansebehovsutvalget", "YS deltar i utvalgets møter."),
                                        ("YS-skolen: Kompetanse og omstilling", "Kurs for tillitsvalgte."),
                                        ("YS Arbeidslivsbarometer 2024", "Årlig undersøkelse blant medlemmene."),
                                        ("Nettkurs for tillitsvalgte", "Nettkurs om digitale verktøy.")], start=2):
        cell = table.cell(row, 0)
        cell.paragraphs[0].add_run(name).bold = True
        cell.add_paragraph(text)
    document.save(tmp_path / "ys.docx")
    assert [(m.title, m.goal_text, m.type_text) for m in _measures(tmp_path / "ys.docx")] == [
        ("YS i Kompetansebehovsutvalget", "Delmål 1.1 – felles kunnskapsgrunnlag", "Utvalgsarbeid"),
        ("YS-skolen: Kompetanse og omstilling", "Delmål 2.2 – læring i arbeidslivet", "Kurs"),
        ("YS Arbeidslivsbarometer 2024", "Delmål 2.2 – kunnskapsgrunnlag", "Undersøkelse"),
        ("Nettkurs for tillitsvalgte", "Delmål 2.1 – digital kompetanse", "Kurs")]


def test_bullets_name_and_colon_over_label_bullets_a_level_under(tmp_path):
    """Under "Delmål 2.1 Digital kompetanse": "• KS Læring – plattform for kommunene: Plattformen har …"
    over "◦ Eier: KS", "◦ Kategori: Digital plattform": the bullet's name before the colon is the
    measure's (not the goal heading), the rest its text. A bullet with no labels under it is none of this."""
    document = docx.Document()
    document.add_heading("Delmål 2.1 Digital kompetanse", level=2)
    document.add_paragraph("KS Læring – plattform for kommunene: Plattformen har 290 000 brukere.", style="List Bullet")
    for line in ["Eier: KS", "Med: kommunene", "Tid: Fra 2017", "Kategori: Digital plattform"]:
        document.add_paragraph(line, style="List Bullet 2")
    document.add_paragraph("Digital omstilling i kommunene: Program for ledere om kunstig intelligens.", style="List Bullet")
    for line in ["Eier: KS", "Med: Digdir", "Tid: 2026–2028", "Kategori: Opplæring"]:
        document.add_paragraph(line, style="List Bullet 2")
    document.save(tmp_path / "ks.docx")
    assert [(m.title, m.goal_text, m.responsible_text, m.description) for m in _measures(tmp_path / "ks.docx")] == [
        ("KS Læring – plattform for kommunene", "Delmål 2.1", "KS", "Plattformen har 290 000 brukere."),
        ("Digital omstilling i kommunene", "Delmål 2.1", "KS", "Program for ledere om kunstig intelligens.")]


def test_labels_each_beside_its_answer_in_a_grid_with_no_rules(tmp_path):
    """A directorate's fact grid printed with no rules before each text: "Delmål 1.3   Type Prosjekt
    Periode 2023–2025" / "Ansvar HK-dir   Samarbeid fylkeskommunene, NAV" under a bold name."""
    lines = []
    y = 760
    for name, goal, kind, when, who, partners, text in [
            ("Kvalitetsrammeverket for karriereveiledning", "1.3", "Prosjekt", "2023-2025", "HK-dir", "NAV",
             "Rammeverket utvides med en standard for veiledere."),
            ("Regionale analyser av kompetansebehov", "1.2", "FoU", "2024", "HK-dir", "fylkeskommunene",
             "Et felles analyseopplegg for fylkeskommunene.")]:
        lines.append((72, y, 12, 0, 0, name))
        lines += [(72, y - 18, 9, 0, 0, f"Delmål {goal}"), (230, y - 18, 9, 0, 0, f"Type {kind}"),
                  (390, y - 18, 9, 0, 0, f"Periode {when}"), (72, y - 30, 9, 0, 0, f"Ansvar {who}"),
                  (230, y - 30, 9, 0, 0, f"Samarbeid {partners}"), (72, y - 48, 10.5, 0, 0, text)]
        y -= 90
    _pdf(tmp_path / "hkdir.pdf", lines)
    assert [(m.title, m.goal_text, m.type_text, m.period_text, m.responsible_text, m.partners_text)
            for m in _measures(tmp_path / "hkdir.pdf")] == [
        ("Kvalitetsrammeverket for karriereveiledning", "1.3", "Prosjekt", "2023-2025", "HK-dir", "NAV"),
        ("Regionale analyser av kompetansebehov", "1.2", "FoU", "2024", "HK-dir", "fylkeskommunene")]


def test_a_fact_line_set_apart_by_slashes():
    from tiltak.extract.layouts.facts import facts_line

    assert facts_line("Delmål 2.2 / kurs / Unio, med medlemsforbundene / 2020") == [
        ("goal", "Delmål 2.2"), ("type", "kurs"), ("responsible", "Unio"), ("partners", "medlemsforbundene"),
        ("period", "2020")]
    assert facts_line("Kurs/utdanning for ledere / 2020") is None  # one slash apart: no line of facts


def test_an_emails_blocks_with_mal_for_the_delmal_and_a_heading_over_planned_measures(tmp_path):
    """"Tiltak: … / Mål: 1.4 (samarbeid utdanning–arbeidsliv) / Slags: råd / Hvem: …": "Mål" giving codes
    alone is the delmål, "Slags" the type; "Mål: Flere lærlinger i 2020" is no delmål. A heading
    "Planlagt, men utsatt" over a paragraph is no measure."""
    document = docx.Document()
    document.add_paragraph("Her kommer våre tiltak, ett per blokk.")
    for name, aim, kind in [("RSA ved universitetene", "1.4 (samarbeid utdanning–arbeidsliv)", "råd"),
                            ("Lærlingkampanjen", "Flere lærlinger i 2020", "kampanje")]:
        document.add_paragraph("-" * 40)
        for line in [f"Tiltak: {name}", f"Mål: {aim}", f"Slags: {kind}", "Hvem: KD", "Når: løpende"]:
            document.add_paragraph(line)
    document.add_paragraph("-" * 40)
    document.add_paragraph().add_run("Planlagt, men utsatt").bold = True
    document.add_paragraph("Webinarserie om livslang læring. Serien er utsatt til 2021.")
    document.save(tmp_path / "epost.docx")
    assert [(m.title, m.goal_text, m.type_text) for m in _measures(tmp_path / "epost.docx")] == [
        ("RSA ved universitetene", "1.4 (samarbeid utdanning–arbeidsliv)", "råd"),
        ("Lærlingkampanjen", None, "kampanje")]


def test_a_card_header_and_labelled_lines_are_no_grid_of_facts(tmp_path):
    """"Tiltak 1 av 4   NKPS-tiltak nr. 12" over a card is a counter, not facts; "1) Samarbeid med
    Kompetanse Norge …" over "- delmål: 1.3" is a name and a labelled line (a colon), not a grid."""
    _pdf(tmp_path / "kort.pdf", [(72, 760, 10, 0, 0, "Tiltak 1 av 4"), (300, 760, 10, 0, 0, "NKPS-tiltak nr. 12"),
                                 (72, 740, 12, 0, 0, "Samarbeid med Kompetanse Norge om karriereveiledning"),
                                 (72, 726, 10, 0, 0, "- delmål: 1.3")])
    from tiltak.extract.file import read_document

    texts = [p.text for p in read_document(tmp_path / "kort.pdf").paragraphs()]
    assert not any(" · " in t for t in texts)


def test_a_form_whose_delmal_answer_is_a_grid_of_boxes_to_tick(tmp_path):
    """One form per measure, "3. Delmål (kryss av)" beside a table of boxes ("☐ 1.1 ☒ 1.4 …") and "4.
    Type tiltak" beside boxes with a write-in ("☒ Annet: avtale"): a form, not a table to place content;
    the ticked choices are the answers. A spare form left blank is no measure."""
    from tiltak.extract.file import extract_file
    from tiltak.normalize.measures import Normalizer

    document = docx.Document()
    document.add_paragraph("Fyll ut ett skjema per tiltak. Kryss av for delmål og type tiltak.")
    for name, ticks, kind, who in [("Møteplass lærebedrifter", {"1.4", "2.3"}, "☐ FoU ☒ Arrangement ☐ Annet: ______", "Spekter"),
                                   ("Samfunnskontrakten", {"1.4"}, "☐ FoU ☐ Arrangement ☒ Annet: avtale", "KD"),
                                   ("", set(), "☐ FoU ☐ Arrangement ☐ Annet: ______", "")]:
        table = _table(document, [["1. Navn på tiltaket", name], ["3. Delmål (kryss av)", ""], ["4. Type tiltak", kind],
                                  ["5. Ansvarlig", who], ["7. Periode", "2023" if name else ""]])
        grid = table.cell(1, 1).add_table(rows=2, cols=2)
        for k, code in enumerate(["1.1", "1.4", "2.3", "3.1"]):
            grid.cell(k // 2, k % 2).text = ("☒ " if code in ticks else "☐ ") + code
    document.save(tmp_path / "skjema.docx")
    measures = Normalizer().normalize_file(extract_file(tmp_path / "skjema.docx"))
    assert [(m.title, m.delmal, m.type, m.responsible) for m in measures] == [
        ("Møteplass lærebedrifter", ["1.4", "2.3"], "Arrangement", ["Spekter"]),
        ("Samfunnskontrakten", ["1.4"], "Annet", ["KD"])]


def test_a_choice_ticked_with_words_written_beside_it():
    from tiltak.extract.content import ticked

    assert ticked("☐ FoU ☐ Prosjekt\n☒ Annet: avtale") == "Annet: avtale"
    assert ticked("☐ FoU ☒ Kurs\n☐ Annet: ________") == "Kurs"
    assert ticked("Område 2: ☐ 2.1 ☒ 2.2 Område 3: ☐ 3.1 ☒ 3.2") == "2.2, 3.2"  # a label before the next boxes


def test_a_group_row_across_the_table_in_the_strategys_words_gives_the_delmal(tmp_path):
    """"Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet" across the
    table over its measures: their delmål, in words (1.4)."""
    from tiltak.extract.file import extract_file
    from tiltak.normalize.measures import Normalizer

    document = docx.Document()
    table = _table(document, [["Tiltak", "Status", "Type", "Hvem", "Periode"],
                              ["Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet", "", "", "", ""],
                              ["Samarbeidsrådet for yrkesopplæring", "Nytt", "Råd", "KD", "2020–2024"],
                              ["Kompetanseløft 2025", "Nytt", "Plan", "HOD", "2021–2025"],
                              ["Styrke kunnskapsgrunnlaget om læring i arbeidslivet", "", "", "", ""],
                              ["Heltidskultur og kompetanse", "Nytt", "Program", "KS", "2022–2024"]])
    for row in (1, 4):
        text = table.cell(row, 0).text
        table.cell(row, 0).merge(table.cell(row, 4)).text = text
    document.save(tmp_path / "ks.docx")
    assert [(m.title, m.delmal) for m in Normalizer().normalize_file(extract_file(tmp_path / "ks.docx"))] == [
        ("Samarbeidsrådet for yrkesopplæring", ["1.4"]), ("Kompetanseløft 2025", ["1.4"]),
        ("Heltidskultur og kompetanse", ["2.2"])]


def test_a_column_of_area_words_is_no_type_column(tmp_path):
    """"Innsatsområde": "Kunnskapsgrunnlag" twice among "Karriere" and "Rekruttering" (one type's spelling,
    not types) stays no type."""
    document = docx.Document()
    _table(document, [["Innsatsområde", "Aktivitet", "Kobling til strategien", "Ansvar"],
                      ["Kunnskapsgrunnlag", "Kompetansebehovsutvalget", "Delmål 1.1", "KD"],
                      ["Karriere", "Karriereveiledning for medlemmer", "Delmål 1.3", "Akademikerne"],
                      ["Rekruttering", "Jenter og teknologi", "Delmål 2.3", "NHO"],
                      ["Kunnskapsgrunnlag", "Medlemsundersøkelse om kompetanse", "Delmål 2.2", "Akademikerne"]])
    document.save(tmp_path / "a.docx")
    assert [m.type_text for m in _measures(tmp_path / "a.docx")] == [None] * 4


def test_a_name_column_that_holds_the_text_and_the_facts_beside_a_column_of_codes(tmp_path):
    """"Tiltak og beskrivelse | NKPS | Status": each first cell a bold name, its text and italic label lines
    ("Ansvar: …", "Type: Tjeneste"); the codes one per line in the next cell are that row's delmål."""
    document = docx.Document()
    table = _table(document, [["Tiltak og beskrivelse", "NKPS", "Status"], ["", "1.3", "Videreført"], ["", "2.5\n3.1", "Ny"]])
    for row, (name, text, facts) in enumerate([
            ("Karrieresenter Trøndelag", "Sju kontorer og et digitalt tilbud.", ["Ansvar: Trøndelag fylkeskommune",
                                                                                 "Med: NAV Trøndelag", "Type: Tjeneste"]),
            ("Fagbrev på jobb – Trøndelagsmodellen", "Egne veiledere i hver region.", ["Ansvar: Trøndelag fylkeskommune",
                                                                                      "Periode: Løpende", "Type: Opplæring"])],
            start=1):
        cell = table.cell(row, 0)
        cell.paragraphs[0].add_run(name).bold = True
        cell.add_paragraph(text)
        for line in facts:
            cell.add_paragraph().add_run(line).italic = True
    document.save(tmp_path / "trondelag.docx")
    assert [(m.title, m.goal_text, m.type_text, m.responsible_text, m.description)
            for m in _measures(tmp_path / "trondelag.docx")] == [
        ("Karrieresenter Trøndelag", "1.3", "Tjeneste", "Trøndelag fylkeskommune", "Sju kontorer og et digitalt tilbud."),
        ("Fagbrev på jobb – Trøndelagsmodellen", "2.5 3.1", "Opplæring", "Trøndelag fylkeskommune",
         "Egne veiledere i hver region.")]


def test_a_second_goal_column_and_a_table_of_planned_measures(tmp_path):
    """"Hovedmål | Andre mål": the second column's codes are the measure's too (where any); the table under
    "Planlagt – ikke startet" holds no measures."""
    document = docx.Document()
    _table(document, [["Tiltak", "Hovedmål", "Andre mål", "Kategori", "Eier"],
                      ["Menn i helse", "3.3", "1.4", "Prosjekt", "KS"],
                      ["KS Læring", "2.1", "", "Informasjon", "KS"],
                      ["Bli lærling i kommunen", "2.3", "1.4", "Informasjon", "KS"]])
    document.add_paragraph().add_run("Planlagt – ikke startet").bold = True
    _table(document, [["Tiltak", "Status"], ["Kartlegging av kompetansebehov", "Oppstart 2024"],
                      ["Læringsnettverk for heltidskultur", "Avventer finansiering"]])
    document.save(tmp_path / "ks.docx")
    assert [(m.title, m.goal_text) for m in _measures(tmp_path / "ks.docx")] == [
        ("Menn i helse", "3.3; 1.4"), ("KS Læring", "2.1"), ("Bli lærling i kommunen", "2.3; 1.4")]


def test_who_commissions_and_who_runs_in_one_run_of_labels_and_a_sentence_after_the_period(tmp_path):
    """"Oppdragsgiver: KD" then "Ansvarlig: HK-dir" under one name: one measure, run by HK-dir (KD kept
    aside); the sentence after "Periode: Fra 2020" that ends with a year and a full stop is its text."""
    document = docx.Document()
    for name, period, text in [("Karriereveiledning.no", "Fra 2020", "Tjenesten hadde 1,9 millioner besøk i 2024. "
                                                                         "Chatten har fått kveldsåpent."),
                               ("Kompetanseprogrammet", "Løpende", "Tilskudd til opplæring i grunnleggende ferdigheter.")]:
        document.add_heading(name, level=2)
        for line in ["Oppdragsgiver: KD", "Delmål: 1.3", "Type: Informasjon", "Ansvarlig: HK-dir", "Partnere: NAV",
                     f"Periode: {period}"]:
            document.add_paragraph(line)
        document.add_paragraph(text)
    document.save(tmp_path / "hkdir.docx")
    assert [(m.title, m.responsible_text, m.period_text, m.extra) for m in _measures(tmp_path / "hkdir.docx")] == [
        ("Karriereveiledning.no", "HK-dir", "Fra 2020", {"Oppdragsgiver": "KD"}),
        ("Kompetanseprogrammet", "HK-dir", "Løpende", {"Oppdragsgiver": "KD"})]


def test_a_count_table_by_the_strategys_numbers_with_a_marked_sum_is_no_measures():
    from tiltak.extract.layouts.segments import is_count_table
    from tiltak.extract.model import Cell, Table

    rows = [["Strategiens tiltak nr.", "Antall tiltak"], ["1", "1"], ["2", "0"], ["3", "1"], ["Sum", "7*"]]
    table = Table(cells=[Cell(text=t, row=r, col=c) for r, row in enumerate(rows) for c, t in enumerate(row)],
                  n_rows=len(rows), n_cols=2)
    assert is_count_table(table)
    rows[0][0] = "År"  # numbers down the side under a head of no numbering: not counted by the strategy's numbers
    table = Table(cells=[Cell(text=t, row=r, col=c) for r, row in enumerate(rows) for c, t in enumerate(row)],
                  n_rows=len(rows), n_cols=2)
    assert not is_count_table(table)


def test_a_question_alone_after_the_last_measures_labels_is_no_second_owner(tmp_path):
    """"Ansvar: Regjeringen" then, under the last measure, "Hvem kan jeg kontakte?" over "Spørsmål kan
    rettes til LOs avdeling …": the measure keeps its owner."""
    document = docx.Document()
    document.add_heading("Trepartssamarbeid i kompetansereformen", level=2)
    for line in ["Delmål: 2.1", "Type: Råd/utvalg/nettverk", "Ansvar: Regjeringen", "Med: LO, NHO"]:
        document.add_paragraph(line)
    document.add_paragraph("Hvem kan jeg kontakte?")
    document.add_paragraph("Spørsmål kan rettes til LOs avdeling for utdanning og kompetanse.")
    document.save(tmp_path / "lo.docx")
    assert [m.responsible_text for m in _measures(tmp_path / "lo.docx")][:1] == ["Regjeringen"]


def test_the_strategys_old_numbers_in_a_bracket_after_a_name():
    """"Konferanse med Spekter om læreplasser (nr. 4 og 7)", "… (tiltak nr. 4)": the goal in old numbers;
    "(2019)" and "(del 2)" stay the name's, as does a bracket after a name that has its goal."""
    from tiltak.extract.file import _bracket_tails
    from tiltak.extract.records import RawMeasure

    got = _bracket_tails([RawMeasure(index=1, title="Konferanse med Spekter om læreplasser (nr. 4 og 7)"),
                          RawMeasure(index=2, title="Tillitsvalgtopplæring (tiltak nr. 4)"),
                          RawMeasure(index=3, title="Fagbrev på jobb (2019)"),
                          RawMeasure(index=4, title="Kurs (nr. 2)", goal_text="2.2")])
    assert [(m.title, m.goal_text, m.goal_numbering) for m in got] == [
        ("Konferanse med Spekter om læreplasser", "nr. 4 og 7", "old"), ("Tillitsvalgtopplæring", "tiltak nr. 4", "old"),
        ("Fagbrev på jobb (2019)", None, None), ("Kurs (nr. 2)", "2.2", None)]


def test_the_review_of_stop_42s_rules_misfires_each_mended(tmp_path):
    """What a reviewer who had not written the rules found them doing wrong, each kept right."""
    from tiltak.extract.content import says_planned
    from tiltak.extract.file import _bracket_heads
    from tiltak.extract.layouts.facts import roles_told
    from tiltak.extract.layouts.segments import is_count_table
    from tiltak.extract.model import Cell, Table
    from tiltak.extract.records import RawMeasure

    # a heading that starts "Planlagt…" is planned work only where it says so, and over the next table only
    assert [says_planned(t) for t in ["Planlagte og pågående tiltak", "Planlagt aktivitet i 2025",
                                      "Planlagt kurs i digital handel for ledere", "Planlagt – ikke startet",
                                      "Planlagte tiltak 2025", "Planlagt, men utsatt"]] == [False] * 3 + [True] * 3
    document = docx.Document()
    document.add_paragraph().add_run("Planlagte tiltak 2025").bold = True
    _table(document, [["Tiltak", "Delmål", "Type", "Ansvar"], ["Kurs i KI", "2.1", "Kurs", "Virke"],
                      ["Nettverk for HR", "2.2", "Nettverk", "Virke"]])
    document.add_paragraph("Tabell 2: Gjennomførte tiltak i 2024")
    _table(document, [["Tiltak", "Delmål", "Type", "Ansvar"], ["Bransjeprogram for varehandel", "2.1", "Kurs", "Virke"],
                      ["HR-monitor", "2.2", "FoU", "Virke"]])
    document.save(tmp_path / "virke.docx")
    assert [m.title for m in _measures(tmp_path / "virke.docx")] == ["Bransjeprogram for varehandel", "HR-monitor"]
    # a column a known label names ("Sektor") is no type column, however its words spell types
    document = docx.Document()
    _table(document, [["Tiltak", "Delmål", "Sektor", "Ansvar"], ["Kurs for ledere", "2.2", "Arbeidsliv", "KS"],
                      ["Fagskoletilbud", "2.1", "Utdanning", "KS"], ["Barometer", "2.2", "Forskning", "KS"],
                      ["Lærlingløftet", "2.3", "Utdanning", "KS"]])
    document.save(tmp_path / "sektor.docx")
    assert [m.type_text for m in _measures(tmp_path / "sektor.docx")] == [None] * 4
    # "Ansvarlig for tiltakene: Se omtalen under hvert tiltak." names no owner
    document = docx.Document()
    _table(document, [["Tiltak", "Delmål", "Type"], ["Kurs for ledere", "2.2", "Kurs"], ["Barometer", "2.2", "FoU"]])
    document.add_paragraph("Ansvarlig for tiltakene: Se omtalen under hvert tiltak.")
    document.save(tmp_path / "se.docx")
    assert [m.responsible_text for m in _measures(tmp_path / "se.docx")] == [None, None]
    # a status in square brackets is no type
    got = _bracket_heads([RawMeasure(index=i, title=t) for i, t in enumerate(
        ["[Kurs] Styrket AMO", "[Oppdatert] Kompetanseprogrammet", "[Kurs] Nettkurs", "[Nytt] Fagbrev på jobb"])])
    assert [(m.title, m.type_text) for m in got] == [("Styrket AMO", "Kurs"), ("[Oppdatert] Kompetanseprogrammet", None),
                                                     ("Nettkurs", "Kurs"), ("[Nytt] Fagbrev på jobb", None)]
    # two partner labels in one run are one measure's
    document = docx.Document()
    document.add_heading("Kompetanseforum", level=2)
    for line in ["Delmål: 1.2", "Ansvarlig: Fylkeskommunen", "Samarbeidspartnere: NAV, kommunene", "Andre partnere: LO, NHO"]:
        document.add_paragraph(line)
    document.save(tmp_path / "partnere.docx")
    assert [m.title for m in _measures(tmp_path / "partnere.docx")] == ["Kompetanseforum"]
    # a note bullet over label bullets names no measure
    document = docx.Document()
    document.add_heading("Delmål 2.1 Digital kompetanse", level=2)
    document.add_paragraph("Gjelder begge tiltakene under: teksten er oppdatert med tall for 2024.", style="List Bullet")
    document.add_paragraph("KS Læring: Plattformen har 290 000 brukere i kommunene.", style="List Bullet")
    for line in ["Eier: KS", "Kategori: Digital plattform"]:
        document.add_paragraph(line, style="List Bullet 2")
    document.save(tmp_path / "merk.docx")
    assert "Gjelder begge tiltakene under" not in [m.title for m in _measures(tmp_path / "merk.docx")]
    # numbers down the side of a table of three columns are no count by the strategy's numbers
    rows = [["Strategiens tiltak nr.", "Vårt tiltak", "Antall"], ["3", "Bransjeprogram for industrien", "120"],
            ["4", "Lærlingkampanje", "40"], ["12", "Kompetansepluss-kurs", "85"]]
    assert not is_count_table(Table(cells=[Cell(text=t, row=r, col=c) for r, row in enumerate(rows) for c, t in enumerate(row)],
                                    n_rows=len(rows), n_cols=3))
    # a topic after the partner is no partner
    assert roles_told("NHO – sammen med LO om lønnsoppgjøret") is None
