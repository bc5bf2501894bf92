"""Forms of ordinary reports first met in blind batches match33–35, each in a test's own words."""

import docx


def _table(document, rows):
    """A table; a cell's lines each a paragraph of its own (as Enter makes them)."""
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            first, *more = text.split("\n")
            table.cell(r, c).text = first
            for line in more:
                table.cell(r, c).add_paragraph(line)
    return table


def _read(path):
    from tiltak.extract.file import extract_file

    return [(m.title, m.goal_text) for m in extract_file(path).measures]


_MEASURES = [["Nr.", "Tiltak", "Ansvarlig", "Type"],
             ["T1", "Bransjeprogram for varehandelen", "Virke", "Kurs"],
             ["T2", "Kompetansebarometer for handel", "Virke", "FoU"],
             ["T3", "Lederutvikling i små bedrifter", "Virke", "Kurs"]]


def test_delmal_marked_in_a_second_grid_of_ids_by_codes_are_the_measures(tmp_path):
    """A workbook printed to Word: the measures on one sheet with their ids, the delmål on another as a
    grid of ids by codes with a cross in each cell that applies (any order of rows; a measure in no
    row keeps none)."""
    document = docx.Document()
    document.add_paragraph("Virke – rapportering 2022, ark 1: Tiltak")
    _table(document, _MEASURES)
    document.add_paragraph("Ark 2: Kobling til delmål")
    _table(document, [["Nr.", "1.1", "1.2", "2.1", "2.2", "3.1"],
                      ["T3", "", "X", "", "", "x"],
                      ["T1", "", "", "✓", "", ""]])
    document.save(tmp_path / "virke.docx")
    assert _read(tmp_path / "virke.docx") == [("Bransjeprogram for varehandelen", "2.1"),
                                              ("Kompetansebarometer for handel", None),
                                              ("Lederutvikling i små bedrifter", "1.2, 3.1")]


def test_a_grid_of_codes_by_names_the_other_way_round_and_grids_of_other_keys(tmp_path):
    """The grid turned: codes down the side, the measures' names across the top. A grid whose keys are
    not the measures' (counties by codes), or that names only one of them, gives no delmål; a measure
    that gives its own keeps it."""
    document = docx.Document()
    measures = [row[:] for row in _MEASURES]
    measures[0].append("Delmål")
    measures[1].append("1.3")
    for row in measures[2:]:
        row.append("")
    _table(document, measures)
    _table(document, [["Delmål", "Bransjeprogram for varehandelen", "Kompetansebarometer for handel"],
                      ["2.2", "x", "x"], ["2.4", "", "x"], ["3.3", "x", ""]])
    _table(document, [["Fylke", "1.1", "1.2", "1.3"], ["T3", "x", "", ""], ["Agder", "", "x", ""]])
    document.save(tmp_path / "turned.docx")
    assert _read(tmp_path / "turned.docx") == [("Bransjeprogram for varehandelen", "1.3"),
                                               ("Kompetansebarometer for handel", "2.2, 2.4"),
                                               ("Lederutvikling i små bedrifter", None)]


def test_a_grid_marks_only_with_a_cross_or_yes_and_keys_two_measures_share_join_none(tmp_path):
    """"Ja" is a mark, "nei" and "–" are not; an id two measures share (each list numbered from 1)
    names neither."""
    document = docx.Document()
    _table(document, [["Nr", "Tiltak", "Ansvarlig"], ["1", "Kurs i arbeidsrett for tillitsvalgte", "LO"],
                      ["2", "Konferanse om etter- og videreutdanning", "LO"]])
    _table(document, [["Nr", "Tiltak", "Ansvarlig"], ["1", "Nettverk for opplæringsansvarlige", "LO"],
                      ["3", "Studie om kompetansebehov i industrien", "LO"]])
    _table(document, [["Nr", "2.1", "2.2", "2.3"], ["1", "ja", "ja", ""], ["2", "Ja", "nei", ""], ["3", "–", "ja", ""]])
    document.save(tmp_path / "lo.docx")
    assert _read(tmp_path / "lo.docx") == [("Kurs i arbeidsrett for tillitsvalgte", None),
                                           ("Konferanse om etter- og videreutdanning", "2.1"),
                                           ("Nettverk for opplæringsansvarlige", None),
                                           ("Studie om kompetansebehov i industrien", "2.2")]


def test_a_delmal_added_at_the_end_of_a_fact_and_a_table_counting_the_measures(tmp_path):
    """Under a delmål's heading, a fact line that ends "; også delmål 2.4" (or "(også dm. 3.1)") adds
    that delmål and leaves the fact without it; a table that counts the measures by type, under its
    caption, is no measure."""
    from tiltak.extract.file import extract_file

    document = docx.Document()
    document.add_heading("Rapport fra Unio 2022", 0)
    document.add_paragraph("Tabell 1 Tiltak etter type")
    _table(document, [["Type", "Antall"], ["Kurs", "1"], ["Nettverk", "1"], ["Sum", "2"]])
    document.add_heading("Innsatsområde 2: Læring i arbeidslivet", 1)
    document.add_heading("Delmål 2.2 Styrke kunnskapsgrunnlaget", 2)
    document.add_paragraph("Kartlegging av kompetansebehov i helsesektoren")
    document.add_paragraph("Type tiltak: FoU; ansvarlig: Unio; tidsrom: 2022–2023; også delmål 1.1")
    document.add_paragraph("Unio kartlegger hvilke kompetansebehov medlemmene har i sykehusene.")
    document.add_heading("Delmål 2.4 Styrke kompetansen i offentlig sektor", 2)
    document.add_paragraph("Nettverk for tillitsvalgte i kommunene")
    document.add_paragraph("Type tiltak: Nettverk; ansvarlig: Unio kommune (også dm. 3.1); tidsrom: 2022–")
    document.add_paragraph("Nettverket møtes fire ganger i året om etter- og videreutdanning.")
    document.save(tmp_path / "unio.docx")
    from tiltak.normalize.measures import Normalizer

    got = [(m.title, m.delmal, m.responsible, m.period)
           for m in Normalizer().normalize_file(extract_file(tmp_path / "unio.docx"))]
    assert got == [("Kartlegging av kompetansebehov i helsesektoren", ["1.1", "2.2"], ["Unio"], "2022–2023"),
                   ("Nettverk for tillitsvalgte i kommunene", ["2.4", "3.1"], ["Unio kommune"], "2022–")]


def test_goal_at_end_and_count_tables_by_their_words():
    from tiltak.extract.content import goal_at_end
    from tiltak.extract.layouts.segments import is_count_table
    from tiltak.extract.model import Cell, Table

    assert goal_at_end("2019–, også delmål 2.3 og 2.4.") == ("2019–", "også delmål 2.3 og 2.4")
    assert goal_at_end("KS – òg delmål 1,2") == ("KS", "òg delmål 1,2")
    assert goal_at_end("Delmål 2.4") is None  # the goal itself, not added to another fact
    assert goal_at_end("samarbeid om delmål 2.4") is None  # no word that adds it
    assert goal_at_end("også delmål 2.4 i 2021, med KS") is None  # not at the end

    def table(rows):
        cells = [Cell(text=t, row=r, col=c) for r, row in enumerate(rows) for c, t in enumerate(row)]
        return Table(cells=cells, n_rows=len(rows), n_cols=len(rows[0]))

    assert is_count_table(table([["Delmål", "Antall tiltak"], ["1.1", "2"], ["Område 2", "5"]]))
    assert is_count_table(table([["Type", "2021"], ["Kurs", "3"], ["FoU", "1"], ["Totalt", "4"]]))
    # no head of counts and no sum row: a form's numbers ("Deltakere | 40")
    assert not is_count_table(table([["Tiltak", "Kurs for ledere"], ["Deltakere", "40"], ["Kurs", "3"]]))
    assert not is_count_table(table([["Type", "Antall"], ["Kurs", "3"], ["FoU", "mange"]]))  # a row with no count
    assert not is_count_table(table([["Type", "Antall"], ["Kurs", "3"]]))  # one row under the head


def test_a_form_filled_in_for_two_measures_as_a_and_b_is_two(tmp_path):
    """The secretariat's form, one per measure, filled in once for two: "a) Name" and "b) Name" in the
    name's answer, each other answer in the same letters or shared. A name whose lines are a
    sentence's list stays one measure."""
    from tiltak.extract.file import extract_file

    document = docx.Document()
    document.add_paragraph("Rapporteringsskjema – NKPS 2021. Fyll ut ett skjema per tiltak.")
    for name, goal, kind, who, when in [
            ("Karriereveiledning for ansatte", "1.3", "Tjeneste", "Spekter", "2021"),
            ("a) Lederprogram i sykehusene\nb) Kompetanseplan for helsefagarbeidere", "a) 2.4\nb) 2.1, 2.4",
             "Kurs", "a) Spekter\nb) Spekter og Fagforbundet", "2021–2023"),
            ("Kartlegging av behov,\nb) kurs og oppfølging", "2.2", "Prosjekt", "Spekter", "2022")]:
        _table(document, [["Navn på tiltaket", name], ["Delmål", goal], ["Type", kind], ["Ansvarlig", who],
                          ["Periode", when]])
        document.add_paragraph("")
    table = document.add_table(rows=3, cols=2)  # lines broken in their paragraph (Shift+Enter)
    for r, (label, text) in enumerate([("Navn på tiltaket", "a) Nettverk for tillitsvalgte\nb) Lederkurs i kommunene"),
                                       ("Delmål", "a) 1.4\nb) 2.4"), ("Ansvarlig", "Spekter")]):
        table.cell(r, 0).text, table.cell(r, 1).text = label, text
    document.save(tmp_path / "spekter.docx")
    got = [(m.title, m.goal_text, m.type_text, m.responsible_text, m.period_text)
           for m in extract_file(tmp_path / "spekter.docx").measures]
    assert got[4:] == [("Nettverk for tillitsvalgte", "1.4", None, "Spekter", None),
                       ("Lederkurs i kommunene", "2.4", None, "Spekter", None)]
    assert got[:4] == [("Karriereveiledning for ansatte", "1.3", "Tjeneste", "Spekter", "2021"),
                   ("Lederprogram i sykehusene", "2.4", "Kurs", "Spekter", "2021–2023"),
                   ("Kompetanseplan for helsefagarbeidere", "2.1, 2.4", "Kurs", "Spekter og Fagforbundet", "2021–2023"),
                   ("Kartlegging av behov,\nb) kurs og oppfølging", "2.2", "Prosjekt", "Spekter", "2022")]


def test_a_note_under_the_table_adds_a_delmal_to_the_row_its_mark_stands_on(tmp_path):
    """"1.4¹" in a row's delmål and "¹ Tiltaket bidrar også til delmål 2.3." under the table: both
    delmål are the row's, the mark no part of them. A mark on a name is no delmål's; a mark with no
    note adds none."""
    from tiltak.extract.file import extract_file

    document = docx.Document()
    document.add_paragraph("KS – rapportering 2025")
    _table(document, [["Tiltak", "Delmål", "Ansvarlig"],
                      ["Samfunnskontrakten for flere læreplasser", "1.4¹", "KD"],
                      ["Menn i helse²", "3.3", "KS"],
                      ["Heltidskultur i kommunene", "2.2*", "KS"],
                      ["KS Læring", "2.1³", "KS"]])
    document.add_paragraph("¹ Tiltaket bidrar også til delmål 2.3.")
    document.add_paragraph("² Gjelder også delmål 3.5.")
    document.add_paragraph("* Delmål 2.4 omtales i kapittel 3.")
    document.save(tmp_path / "ks.docx")
    got = [(m.title, m.goal_text) for m in extract_file(tmp_path / "ks.docx").measures]
    assert got == [("Samfunnskontrakten for flere læreplasser", "1.4; delmål 2.3"), ("Menn i helse", "3.3"),
                   ("Heltidskultur i kommunene", "2.2; Delmål 2.4"), ("KS Læring", "2.1³")]


def test_delmal_in_a_table_of_codes_beside_numbers_or_short_names(tmp_path):
    """"Delmål | Tiltak nr." over "1.4 | 2, 3": each numbered measure gets the codes of its rows; a
    closing "Tiltak | Delmål" table by short names ("Stipend" for "Kompetansestipend for medlemmer",
    "Samfunnskontrakten" for "Samfunnskontrakt for …", "SRY" in brackets) gives them too; a word that
    only begins a name's compound ("Samarbeid"), or none of them ("Kurs"), names none. A table that
    counts measures per delmål gives none."""
    document = docx.Document()
    _table(document, [["Nr.", "Tiltak", "Ansvar"], ["1", "Kompetansebehovsutvalget (KBU)", "KD"],
                      ["2", "Samarbeidsrådet for yrkesopplæring (SRY)", "KD"], ["3", "Fagskolerådet", "KD"]])
    _table(document, [["Delmål", "Tiltak nr."], ["1.1", "1"], ["1.4", "2, 3"], ["2.3", "2"]])
    _table(document, [["Delmål", "Antall tiltak"], ["1.1", "3"], ["1.4", "1"], ["Sum", "4"]])
    document.save(tmp_path / "nho.docx")
    assert _read(tmp_path / "nho.docx") == [("Kompetansebehovsutvalget (KBU)", "1.1"),
                                            ("Samarbeidsrådet for yrkesopplæring (SRY)", "1.4, 2.3"),
                                            ("Fagskolerådet", "1.4")]
    document = docx.Document()
    for name in ("Kompetansestipend for medlemmer", "Samfunnskontrakt for kvalifisert arbeidskraft",
                 "Samarbeidsrådet for yrkesopplæring (SRY)", "Digital grunnopplæring for tillitsvalgte"):
        document.add_heading(name, 2)
        document.add_paragraph("YS-forbundene følger opp tiltaket i sine bransjer.")
        document.add_paragraph("Ansvar: YS – Periode: 2026 – Type: Kurs")
    document.add_paragraph("Tabell 2 Tiltakene og delmålene")
    _table(document, [["Tiltak", "Delmål"], ["Stipend", "2.4"], ["Samfunnskontrakten", "2.3"], ["SRY", "1.4, 2.3"],
                      ["Grunnopplæring", "2.1"], ["Samarbeid", "2.2"], ["Kurs", "2.2"]])
    document.save(tmp_path / "ys.docx")
    assert _read(tmp_path / "ys.docx") == [("Kompetansestipend for medlemmer", "2.4"),
                                           ("Samfunnskontrakt for kvalifisert arbeidskraft", "2.3"),
                                           ("Samarbeidsrådet for yrkesopplæring (SRY)", "1.4, 2.3"),
                                           ("Digital grunnopplæring for tillitsvalgte", "2.1")]


def test_a_heading_in_the_delmals_own_words_over_measures_gives_their_delmal(tmp_path):
    """Measures under headings that say a delmål in other words ("Kunnskap om læring i arbeidslivet")
    get it, marked inferred with a warning naming the heading; under a heading in no delmål's words
    ("Andre saker i 2021"), or one whose other measures give delmål of their own (a chapter's), none."""
    from tiltak.extract.file import extract_file
    from tiltak.normalize.measures import Normalizer

    document = docx.Document()
    document.add_heading("Unios tiltak 2021", 1)
    for heading, measures in [("Kunnskap om læring i arbeidslivet", [("Unios kompetanseundersøkelse", None)]),
                              ("Godkjenning av utenlandsk utdanning", [("Kompletterende utdanning for sykepleiere", None)]),
                              ("Digital kompetanse i hele arbeidsstyrken", [("Nettkurs for tillitsvalgte", None),
                                                                            ("Kurs i norsk for helsepersonell", "3.4")]),
                              ("Andre saker i 2021", [("Medlemsmøter om lønn", None)])]:
        document.add_heading(heading, 2)
        for name, goal in measures:
            document.add_paragraph(name)
            document.add_paragraph("Hva: Unio gjennomfører tiltaket sammen med forbundene i 2021.", style="List Bullet")
            document.add_paragraph("Hvem: Unio (ansvar), forbundene", style="List Bullet")
            if goal:
                document.add_paragraph(f"Delmål: {goal}", style="List Bullet")
    document.save(tmp_path / "unio.docx")
    measures = Normalizer().normalize_file(extract_file(tmp_path / "unio.docx"))
    got = [(m.title, m.delmal, m.delmal_source) for m in measures]
    assert got == [("Unios kompetanseundersøkelse", ["2.2"], "inferred"),
                   ("Kompletterende utdanning for sykepleiere", ["2.6"], "inferred"),
                   ("Nettkurs for tillitsvalgte", [], None), ("Kurs i norsk for helsepersonell", ["3.4"], "code"),
                   ("Medlemsmøter om lønn", [], None)]
    assert any(w.startswith("delmal_inferred") and "Kunnskap om læring i arbeidslivet" in w
               for w in measures[0].warning_messages)


def _run_para(document, parts, style=None):
    """A paragraph of runs: (text, bold, italic)."""
    p = document.add_paragraph(style=style)
    for text, bold, italic in parts:
        run = p.add_run(text)
        run.bold, run.italic = bold, italic
    return p


def test_numbered_items_over_an_unlabelled_line_of_facts_parted_by_semicolons(tmp_path):
    """"1. Name – text" items, each over a line "3.2; informasjon; VOFO (med studieforbundene); 2020"
    in the order the report's introduction gives: the delmål, type, who (with whom) and period. A
    sentence with semicolons is no such line."""
    from tiltak.extract.file import extract_file

    document = docx.Document()
    document.add_paragraph("VOFOs rapport 2020. Etter hvert tiltak står delmål; type; ansvarlig; periode.")
    document.add_paragraph("VOFOs tiltak", style="Heading 1")
    for name, text, facts in [
            ("Informasjon om Kompetansepluss", "VOFO har holdt tre informasjonsmøter om ordningen.",
             "3.2; informasjon; VOFO (med studieforbundene); 2020"),
            ("Partnerskapsavtaler med fylkeskommunene", "Regionleddene inngår avtaler med fylkene.",
             "1.2; nettverk; VOFO-regionene (med fylkeskommunene); 2019–2022"),
            ("Forskning om studieforbundene", "Fafo undersøker hvem som deltar; rapporten kommer; den er bestilt.",
             "3.6; FoU; VOFO (med Fafo); 2019–2020")]:
        _run_para(document, [(name, True, False), (f" – {text}", False, False)], style="List Number")
        _run_para(document, [(facts, False, True)])
    document.save(tmp_path / "vofo.docx")
    got = [(m.title, m.goal_text, m.type_text, m.responsible_text, m.period_text, m.description)
           for m in extract_file(tmp_path / "vofo.docx").measures]
    assert got == [
        ("Informasjon om Kompetansepluss", "3.2", "informasjon", "VOFO (med studieforbundene)", "2020",
         "VOFO har holdt tre informasjonsmøter om ordningen."),
        ("Partnerskapsavtaler med fylkeskommunene", "1.2", "nettverk", "VOFO-regionene (med fylkeskommunene)",
         "2019–2022", "Regionleddene inngår avtaler med fylkene."),
        ("Forskning om studieforbundene", "3.6", "FoU", "VOFO (med Fafo)", "2019–2020",
         "Fafo undersøker hvem som deltar; rapporten kommer; den er bestilt.")]


def test_a_board_papers_numbered_paragraphs_with_an_italic_name_and_facts_in_a_bracket(tmp_path):
    """"34.1<tab>*Kompetansebehovsutvalget.* Unio har … (delmål 1.1; råd/utvalg; ansvar: KD; med: …;
    2017–2021)": the italic words the name (its closing stop off, also after "fase 2"), the rest its
    text, the bracket its facts; a bracket of one fact ("(jf. strategiens tiltak nr. 5)") is the
    name's own."""
    from tiltak.extract.file import extract_file

    document = docx.Document()
    document.add_paragraph("Unios tiltak i 2021").runs[0].bold = True
    for number, name, text, facts in [
            ("34.1", "Kompetansebehovsutvalget.", "Unio har fulgt opp utvalgets analyse av mangelen på sykepleiere.",
             "(delmål 1.1; råd/utvalg; ansvar: KD; med: hovedorganisasjonene; 2017–2021)"),
            ("34.2", "Kompetanseheving av helsepersonell – fase 2.", "Ny Analyse har fulgt opp rapporten fra 2018 med en "
             "ny runde intervjuer i kommunene om hvordan videreutdanning for helsepersonell blir finansiert.",
             "(delmål 2.2; FoU; ansvar: Unio; med: Ny Analyse; 2018–2021)")]:
        _run_para(document, [(f"{number}\t", False, False), (name, False, True), (f" {text} {facts}", False, False)])
    document.save(tmp_path / "unio.docx")
    got = [(m.title, m.goal_text, m.type_text, m.responsible_text, m.partners_text, m.period_text)
           for m in extract_file(tmp_path / "unio.docx").measures]
    assert got == [("Kompetansebehovsutvalget", "delmål 1.1", "råd/utvalg", "KD", "hovedorganisasjonene", "2017–2021"),
                   ("Kompetanseheving av helsepersonell – fase 2", "delmål 2.2", "FoU", "Unio", "Ny Analyse", "2018–2021")]


def test_bullets_ending_in_a_tag_of_facts_parted_by_bars_keep_commas_in_a_fact(tmp_path):
    """"**Name:** text. [Delmål 1.1 | Råd/utvalg | Ansvar: KD | Med: hovedorganisasjonene, HK-dir | 2017–]":
    the bars part the facts, so "Med: A, B" keeps both partners."""
    from tiltak.extract.file import extract_file

    document = docx.Document()
    document.add_paragraph("Våre tiltak i 2024").runs[0].bold = True
    for name, text, tag in [
            ("Akademikernes representant i KBU:", "Akademikerne har bidratt til utvalgets rapport.",
             "[Delmål 1.1 | Råd/utvalg | Ansvar: KD | Med: hovedorganisasjonene, HK-dir | 2017–]"),
            ("Kompetansestipend i foreningene:", "Foreningene gir medlemmer stipend til videreutdanning.",
             "[Delmål 2.2 | Stipendordning | Ansvar: Akademikerne | Med: Econa, Tekna | 2023–2025]")]:
        _run_para(document, [(name, True, False), (f" {text} {tag}", False, False)], style="List Bullet")
    document.save(tmp_path / "ak.docx")
    got = [(m.title, m.goal_text, m.type_text, m.responsible_text, m.partners_text, m.period_text)
           for m in extract_file(tmp_path / "ak.docx").measures]
    assert got == [("Akademikernes representant i KBU", "Delmål 1.1", "Råd/utvalg", "KD", "hovedorganisasjonene, HK-dir", "2017–"),
                   ("Kompetansestipend i foreningene", "Delmål 2.2", "Stipendordning", "Akademikerne", "Econa, Tekna",
                    "2023–2025")]


def test_a_web_forms_answers_exported_question_by_question_with_two_delmal_answers(tmp_path):
    """A survey tool's export: each question a line, its answer the lines below; the delmål question
    answered by two lines "1.4 Videreutvikle …" and "2.3 Samarbeide om …" (the choices ticked): both
    the measure's, neither a heading of its own."""
    from tiltak.extract.file import extract_file
    from tiltak.normalize.measures import Normalizer

    document = docx.Document()
    document.add_paragraph("Skjema: Rapportering til Kompetansepolitisk råd 2022")
    for k, (name, goals, kind) in enumerate([
            ("Møteplass lærebedrifter 2022", ["1.4 Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere "
                                             "og arbeidslivet", "2.3 Samarbeide om å synliggjøre og utvikle "
                                             "karrieremulighetene i yrkesfaglige utdanninger og yrker"], "Arrangement"),
            ("Spekters HR-direktørnettverk", ["2.2 Styrke kunnskapsgrunnlaget om læring i arbeidslivet"], "Nettverk")]):
        document.add_heading(f"Tiltak {k + 1} av 2", 2)
        for question, answers in [("Navn på tiltaket", [name]), ("Hvilke delmål bidrar tiltaket til? (velg ett eller flere)",
                                                                 goals),
                                  ("Hvilken type tiltak er det?", [kind]), ("Hvem er ansvarlig for tiltaket?", ["Spekter"])]:
            document.add_paragraph(question)
            for answer in answers:
                document.add_paragraph(answer)
    document.save(tmp_path / "skjema.docx")
    got = [(m.title, m.delmal, m.type) for m in Normalizer().normalize_file(extract_file(tmp_path / "skjema.docx"))]
    assert got == [("Møteplass lærebedrifter 2022", ["1.4", "2.3"], "Arrangement"),
                   ("Spekters HR-direktørnettverk", ["2.2"], "Råd/utvalg/nettverk")]


def test_a_delmal_named_by_words_only_its_text_has():
    """A goal of a word or three ("Karriereveiledning", "Digital kompetanse", "Kompetansebehovsutvalget")
    names the one delmål whose text has those words (inflected, or inside a compound); words several
    delmål have ("Kompetanse", "Frivillig sektor") or none has ("Lærlinger") name none, nor one word
    of fewer than eleven letters ("Omstilling", "Motivasjon": words of the text, no delmål's name)."""
    from tiltak.normalize.goals import goal_by_keywords
    from tiltak.normalize.reference import load_reference

    ref = load_reference()
    got = {t: goal_by_keywords(t, ref) for t in ("Karriereveiledning", "Digital kompetanse", "Kompetansebehovsutvalget",
                                                 "Kompetansepluss", "Godkjenning", "Innvandrere", "Kompetanse",
                                                 "Frivillig sektor", "Lærlinger", "Karriere", "Fag", "",
                                                 "Omstilling", "Motivasjon")}
    assert got == {"Karriereveiledning": "1.3", "Digital kompetanse": "2.1", "Kompetansebehovsutvalget": "1.1",
                   "Kompetansepluss": "3.2", "Godkjenning": "2.6", "Innvandrere": "3.4", "Kompetanse": None,
                   "Frivillig sektor": None, "Lærlinger": None, "Karriere": None, "Fag": None, "": None,
                   "Omstilling": None, "Motivasjon": None}


def test_a_row_of_two_measures_numbered_1_and_2_in_each_cell(tmp_path):
    """"1) Kompetanseløft 2020 / 2) Menn i helse" in a row, each cell's "1) …" and "2) …" its parts, a
    cell without numbers both's; numbers in another order are no such row."""
    document = docx.Document()
    _table(document, [["Navn på tiltak", "Delmål", "Ansvarlig", "Periode"],
                      ["Bli lærling i kommunen", "2.3", "KS", "2019"],
                      ["1) Kompetanseløft 2020\n2) Menn i helse", "1) 1.4 og 3.1\n2) 3.3", "KS", "1) 2016–2020\n2) 2010–"],
                      ["2) Lederprogram\n1) Kurs", "2.2", "KS", "2019"]])
    document.save(tmp_path / "ks.docx")
    assert _read(tmp_path / "ks.docx") == [("Bli lærling i kommunen", "2.3"), ("Kompetanseløft 2020", "1.4 og 3.1"),
                                           ("Menn i helse", "3.3"), ("2) Lederprogram 1) Kurs", "2.2")]


def test_a_sentence_across_a_table_under_a_row_is_that_rows_text(tmp_path):
    """A small table per delmål, each measure's row followed by a row merged across the table with what
    it is ("Kommunene hadde 5 400 lærlinger i 2024, …."): that row's text, no group heading, so the
    next row keeps the delmål over the table; a short name across the table is still a group's."""
    from tiltak.extract.file import extract_file

    document = docx.Document()
    document.add_paragraph("Delmål 2.3 Karrieremuligheter i yrkesfagene").runs[0].bold = True
    table = _table(document, [["Tiltak", "Hvem", "Når", "Type"],
                              ["Samfunnskontrakten 2022–2026", "Ansvar: KS", "2022–2026", "Avtale"],
                              ["Kommunene hadde 5 400 lærlinger i 2024, en økning på 6 prosent.", "", "", ""],
                              ["Lærlingløftet i kommunene", "Ansvar: KS", "2019–", "Kampanje"],
                              ["Kampanjen er utvidet med en verktøykasse for kommunene.", "", "", ""]])
    for r in (2, 4):
        table.cell(r, 0).merge(table.cell(r, 3))
        table.cell(r, 0).paragraphs[-1].text = ""  # (a merge keeps each cell's empty paragraph)
    document.save(tmp_path / "ks.docx")
    got = [(m.title, m.goal_text, m.description) for m in extract_file(tmp_path / "ks.docx").measures]
    assert got == [("Samfunnskontrakten 2022–2026", "Delmål 2.3",
                    "Kommunene hadde 5 400 lærlinger i 2024, en økning på 6 prosent."),
                   ("Lærlingløftet i kommunene", "Delmål 2.3",
                    "Kampanjen er utvidet med en verktøykasse for kommunene.")]


def test_the_review_of_stop_38s_classes_misfires_each_mended(tmp_path):
    """A grid of codes with a sum column is still a grid; a table of the strategy's own tiltak numbers
    by delmål is no key to the report's numbered rows; a note that says a delmål is not, or was once,
    the row's adds none; a name wrapped before "(fase 2)" is one measure; "også delmål 2.4" in a fact
    adds to a delmål found in a grid, not in its place."""
    document = docx.Document()
    _table(document, _MEASURES)
    _table(document, [["Nr.", "1.1", "1.2", "2.1", "2.2", "Sum"], ["T1", "", "", "x", "", "1"],
                      ["T3", "", "x", "", "x", "2"]])
    document.save(tmp_path / "sum.docx")
    assert _read(tmp_path / "sum.docx") == [("Bransjeprogram for varehandelen", "2.1"),
                                            ("Kompetansebarometer for handel", None),
                                            ("Lederutvikling i små bedrifter", "1.2, 2.2")]
    document = docx.Document()
    _table(document, [["Nr.", "Tiltak", "Ansvarlig"], ["1", "Kurs i arbeidsrett", "LO"], ["2", "Nettverk for HR", "LO"],
                      ["3", "Konferanse om fagbrev", "LO"]])
    _table(document, [["Delmål", "Tiltak i strategien (nr.)"], ["1.1", "1, 2"], ["2.2", "3, 4, 5"], ["3.1", "6"]])
    document.add_paragraph("")
    _table(document, [["Tiltak", "Delmål"], ["Kurs for verneombud", "2.2¹"], ["Nettverk for ledere", "2.1²"]])
    document.add_paragraph("¹ Ikke delmål 2.3, som oppgitt i fjorårets rapport.")
    document.add_paragraph("² Tidligere delmål 2.4.")
    document.save(tmp_path / "lo.docx")
    assert _read(tmp_path / "lo.docx") == [("Kurs i arbeidsrett", None), ("Nettverk for HR", None),
                                           ("Konferanse om fagbrev", None), ("Kurs for verneombud", "2.2"),
                                           ("Nettverk for ledere", "2.1")]
    document = docx.Document()
    for name, goal, when in [("Kompetansepluss arbeid\n(fase 2)", "3.2", "2018–2020"),
                             ("Fagbrev på jobb", "2.1", "2019–")]:
        _table(document, [["Navn på tiltak", name], ["Delmål", goal], ["Ansvarlig", "KS"], ["Periode", when]])
        document.add_paragraph("")
    document.save(tmp_path / "ks.docx")
    assert [t for t, _ in _read(tmp_path / "ks.docx")] == ["Kompetansepluss arbeid\n(fase 2)", "Fagbrev på jobb"]
    document = docx.Document()
    _table(document, [["ID", "Tiltak", "Ansvarlig", "Periode"],
                      ["N-01", "Kompetansebarometeret", "NHO", "2018–; også delmål 2.4"],
                      ["N-02", "Matindustrien 4.0", "NHO Mat og Drikke", "2018–2020"]])
    _table(document, [["ID", "1.1", "1.4", "2.1", "2.2"], ["N-01", "", "", "", "x"], ["N-02", "", "x", "x", ""]])
    document.save(tmp_path / "nho.docx")
    assert _read(tmp_path / "nho.docx") == [("Kompetansebarometeret", "2.2; også delmål 2.4"),
                                            ("Matindustrien 4.0", "1.4, 2.1")]
