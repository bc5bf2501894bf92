"""Forms of ordinary reports left from blind batches match42 and later (a ruled table cut by a page
break with its cut row left open on both pages and no header repeated), each in a test's own words."""

from test_pdf_reader import _pdf_pages
from test_report_forms41 import _measures

_COLUMNS = (50, 200, 260, 420, 545)  # Tiltak | Delmål | Innhold | Ledes av


def _row(y, cells):
    return [(x + 4, y, 9, 0, 0, text) for x, text in zip(_COLUMNS, cells) if text]


def test_a_ruled_table_cut_by_a_page_break_is_read_on_both_pages_its_cut_row_joined():
    """Page 1 ends inside a row: the column rules run on to the page's foot with no rule under them.
    Page 2 goes on with the rest of that row's text above the first rule and no header: the row is one
    measure, and the rows below it belong to the table begun on page 1."""
    import tempfile
    from pathlib import Path

    first = ([(50, 800, 12, 0, 0, "Virkes tiltak 2020")] + _row(748, ["Tiltak", "Delmål", "Innhold", "Ledes av"])
             + _row(728, ["Handelsløftet", "2.1", "Kurs for ansatte i handelen.", "Virke"])
             + _row(688, ["Verdsetting av kompetanse", "2.5", "Partssamarbeid om en modell", "NHO"])
             + _row(676, ["", "", "for å dokumentere kompetanse", ""]),
             [(50, 760, 545), (50, 740, 545), (50, 700, 545)],
             [(x, 60, 760) for x in _COLUMNS])
    second = (_row(788, ["", "", "fra arbeidslivet.", ""])
              + _row(768, ["Kompetansebevis for handelsansatte", "2.5", "Bransjebevis for ansatte.", "Virke"])
              + _row(728, ["HR-nettverk for ledere", "2.2", "Nettverk for HR-ledere.", "Virke"]),
              [(50, 780, 545), (50, 740, 545), (50, 700, 545)],
              [(x, 700, 800) for x in _COLUMNS])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "virke.pdf"
        _pdf_pages(path, [first, second])
        got = [(m.title, m.goal_text, m.responsible_text, m.description) for m in _measures(path)]
    assert got == [("Handelsløftet", "2.1", "Virke", "Kurs for ansatte i handelen."),
                   ("Verdsetting av kompetanse", "2.5", "NHO",
                    "Partssamarbeid om en modell for å dokumentere kompetanse fra arbeidslivet."),
                   ("Kompetansebevis for handelsansatte", "2.5", "Virke", "Bransjebevis for ansatte."),
                   ("HR-nettverk for ledere", "2.2", "Virke", "Nettverk for HR-ledere.")]


def test_only_a_tables_open_end_at_a_page_edge_is_closed():
    from tiltak.extract.pdf_reader import _open_ends

    def h(y, x0=50, x1=545):
        return {"orientation": "h", "x0": x0, "x1": x1, "top": y, "bottom": y}

    def v(x, top, bottom):
        return {"orientation": "v", "x0": x, "x1": x, "top": top, "bottom": bottom}

    # (pdfplumber's top runs down the page) a table open at the foot of the page: closed there
    open_foot = [h(100), h(140)] + [v(x, 100, 780) for x in _COLUMNS]
    assert [(e["top"], e["x0"], e["x1"]) for e in _open_ends(open_foot, 842)] == [(780, 50, 545)]
    # closed at both ends, open in mid-page, or ruled across once (column rules only): left as it is
    assert _open_ends([h(100), h(140), h(780)] + [v(x, 100, 780) for x in _COLUMNS], 842) == []
    assert _open_ends([h(100), h(140)] + [v(x, 100, 300) for x in _COLUMNS], 842) == []
    assert _open_ends([h(140)] + [v(x, 100, 780) for x in _COLUMNS], 842) == []
    # short strokes of a drawing low on a page, below boxes ruled across the page: no table's end
    assert _open_ends([h(100), h(140)] + [v(x, 703, 718) for x in (288, 298, 469, 479)], 842) == []


def test_a_names_dash_tail_that_says_it_also_serves_another_measure_of_the_strategy(tmp_path):
    """"• [Avtale] Samfunnskontrakten for flere læreplasser (KD) – gjelder også tiltak nr. 7. Kontrakten
    …" under "Strategiens tiltak nr. 4": the name ends before the dash, the owner's bracket is read as
    its neighbours' are, the old number 7 adds to the heading's 4 (not cut at "nr.")."""
    import docx

    from tiltak.extract.file import extract_file
    from tiltak.normalize.measures import Normalizer

    document = docx.Document()
    document.add_heading("Oppfølging av strategien 2017", level=1)
    for number, kind, name, rest, when in [
            (1, "[Utvalg]", "Etablere Kompetansebehovsutvalget (KBU)", " (KD). Utvalget oppnevnes for perioden 2017–2021 og "
                                                         "skal gi en samlet vurdering av kompetansebehovene på kort og lang sikt. "
                                                                        "Sekretariatet legges til Kompetanse Norge.", (" Samarbeid med partene.", " Tid: 2017–2021.")),
            (4, "[Avtale]", "Samfunnskontrakten for flere læreplasser", " (KD) – gjelder også tiltak nr. 7. Kontrakten "
                                                                        "mellom regjeringen, partene og KS skal gi flere læreplasser. Målet er at "
                                                                        "alle kvalifiserte søkere får tilbud om læreplass.", (" Samarbeid med KS.", " Tid: 2016–2020.")),
            (9, "[Forsøk]", "Forsøk med fagbrev på jobb", " (KD). Forsøket prøver ut en modell der voksne i "
                                               "arbeid kan ta fagbrev på grunnlag av praksis og opplæring på arbeidsplassen. "
                                                                          "Forsøket evalueres av Fafo.", (" Samarbeid med Fafo.", " Tid: 2017–2019."))]:
        document.add_heading(f"Strategiens tiltak nr. {number}", level=2)
        paragraph = document.add_paragraph(kind + " ", style="List Bullet")
        paragraph.add_run(name).bold = True  # the name in bold between its type and the rest
        paragraph.add_run(rest)
        for sentence in when:  # (each a run of its own, as Word leaves sentences typed later)
            paragraph.add_run(sentence)
    document.save(tmp_path / "kd.docx")
    extracted = extract_file(tmp_path / "kd.docx")
    assert [(m.title, m.responsible_text) for m in extracted.measures] == [
        ("Etablere Kompetansebehovsutvalget (KBU)", "KD"), ("Samfunnskontrakten for flere læreplasser", "KD"), ("Forsøk med fagbrev på jobb", "KD")]
    normalized = Normalizer().normalize_file(extracted)
    assert [m.delmal for m in normalized] == [["1.1"], ["1.4", "2.3"], ["2.5"]]  # old numbers 1, 4 and 7, 9


def test_a_bracket_after_a_forms_bold_name_is_the_names_not_its_description(tmp_path):
    """The form's name cell "**LOs arbeid i SRY** (nr. 4 og 7 i strategien)": the strategy's old
    numbers, not the description's first words."""
    import docx

    from tiltak.extract.file import extract_file

    document = docx.Document()
    for name, bracket in [("LOs arbeid i Samarbeidsrådet for yrkesopplæring (SRY)", "(nr. 4 og 7 i strategien)"),
                          ("Tillitsvalgtopplæring om kompetanse", "(tiltak nr. 6)")]:
        table = document.add_table(rows=4, cols=2)
        table.style = "Table Grid"
        for row, (label, answer) in enumerate([("1. Tiltak i strategien", None), ("2. Ansvarlig", "LO"),
                                               ("3. Beskrivelse av tiltaket", "LO deltar i arbeidet med tre representanter."),
                                               ("4. Tidspunkt og varighet", "2016–2019")]):
            table.cell(row, 0).text = label
            if answer is None:
                paragraph = table.cell(row, 1).paragraphs[0]
                paragraph.add_run(name).bold = True
                paragraph.add_run(" " + bracket)
            else:
                table.cell(row, 1).text = answer
        document.add_paragraph("")
    document.save(tmp_path / "lo.docx")
    got = [(m.title, m.goal_text, m.description) for m in extract_file(tmp_path / "lo.docx").measures]
    assert got == [("LOs arbeid i Samarbeidsrådet for yrkesopplæring (SRY)", "nr. 4 og 7 i strategien",
                    "LO deltar i arbeidet med tre representanter."),
                   ("Tillitsvalgtopplæring om kompetanse", "tiltak nr. 6", "LO deltar i arbeidet med tre representanter.")]


def test_a_cut_cells_rest_under_a_bold_name_and_the_first_words_of_its_text_is_text():
    """"**Ekspertutvalg for etter- og videreutdanning** / Utvalget skal vurdere hvordan" on one page,
    "arbeidstakere kan få …" on the next: the rest goes on the text, not the name; a bold rest is the
    name's."""
    from tiltak.extract.layouts.row_table import _bold_then_plain
    from tiltak.extract.model import Cell, Paragraph

    def cell(*paragraphs):
        return Cell(text=" ".join(t for t, _ in paragraphs), row=0, col=0,
                    paragraphs=[Paragraph(text=t, bold=b) for t, b in paragraphs])

    before = cell(("Ekspertutvalg for etter- og videreutdanning", True), ("Utvalget skal vurdere hvordan", False))
    assert _bold_then_plain(before, cell(("arbeidstakere kan få bedre muligheter.", False)))
    assert not _bold_then_plain(before, cell(("videreutdanning", True)))
    assert not _bold_then_plain(cell(("Ekspertutvalg for etter- og", False)), cell(("videreutdanning", False)))


def test_a_notes_key_words_for_the_delmal_read_in_the_goal_column(tmp_path):
    """A board paper's table gives the delmål by its own key words ("Utdanning og arbeidsliv; Fleksibel
    opplæring for voksne") and a note under it says what each stands for ("Yrkesfagene = 2.3; …"): the
    cells read as those codes, also two words joined by "og", and the note is no measure's text."""
    import docx

    from tiltak.extract.file import extract_file

    document = docx.Document()
    document.add_paragraph("Vedlegg 1: Våre tiltak 2020")
    rows = [["Tiltak", "Delmål (stikkord)", "Type", "Hvem", "Når"],
            ["Fagbrev på jobb", "Utdanning og arbeidsliv; Fleksibel opplæring for voksne", "Kurs", "KD", "Fra 2019"],
            ["Jenter og teknologi", "Yrkesfagene", "Kampanje", "NHO", "2016–2021"],
            ["Kompetansenettverk for forbundene", "Kunnskapsgrunnlaget og Yrkesfagene", "Nettverk", "LO", "Fra 2020"]]
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.add_paragraph("Stikkordene viser til strategiens delmål: Utdanning og arbeidsliv = 1.4; Kunnskapsgrunnlaget = 2.2; "
                           "Yrkesfagene = 2.3; Fleksibel opplæring for voksne = 3.1.")
    document.save(tmp_path / "lo.docx")
    got = [(m.title, m.goal_text) for m in extract_file(tmp_path / "lo.docx").measures]
    assert got == [("Fagbrev på jobb", "1.4, 3.1"), ("Jenter og teknologi", "2.3"),
                   ("Kompetansenettverk for forbundene", "2.2, 2.3")]


def test_key_words_need_a_note_of_three_pairs_and_a_cell_of_key_words_only():
    from tiltak.extract.legends import _key_words

    assert _key_words("Stikkord: Digital kompetanse = 2.1; Yrkesfagene = 2.3; Voksne = 3.1.") == {
        "digital kompetanse": "2.1", "yrkesfagene": "2.3", "voksne": "3.1"}
    assert _key_words("Digital kompetanse = 2.1; Yrkesfagene = 2.3.") == {}  # two pairs: no key
    assert _key_words("Budsjettet ble 2.1 mill. kroner, og 3.1 mill. i 2021.") == {}


def test_a_line_of_facts_set_apart_by_slashes_after_a_sentence_is_a_paragraph_of_its_own(tmp_path):
    """A web mail's numbered measures "1. Name – text." with a line "Delmål 1.4 / råd/utvalg / KD – med
    LO, NHO / løpende" under each, in the text's own margin after a full line: the facts are the measure's,
    not more of its text; the owner before "– med" runs it, the rest take part."""
    from test_pdf_reader import _pdf

    from tiltak.extract.file import extract_file

    lines = [(50, 800, 14, 0, 0, "Rapportering 2019"),
             (50, 770, 10, 0, 0, "1. Virke i RSA-ene ved universiteter og høyskoler – Virke har plass i råd for samarbeid"),
             (62, 757, 10, 0, 0, "med arbeidslivet ved flere institusjoner og bruker plassen til å styrke relevansen."),
             (62, 744, 10, 0, 0, "Delmål 1.4 / råd/utvalg / UH-institusjonene – med Virke, NHO, LO / løpende"),
             (50, 720, 10, 0, 0, "2. Referansegruppen for ekspertutvalget om etter- og videreutdanning – Virke har deltatt i"),
             (62, 707, 10, 0, 0, "referansegruppen og spilt inn behovet for kortere, modulbaserte tilbud i utdanningene."),
             (62, 694, 10, 0, 0, "Delmål 2.2 / utvalg / KD – med Virke, NHO, LO, KS / 2018–2019"),
             (50, 670, 10, 0, 0, "3. Handelsløftet – Partssamarbeid om kompetanseheving i varehandelen for ansatte i butikk."),
             (62, 657, 10, 0, 0, "Delmål 2.1 og 2.4 / prosjekt / Virke – med Handel og Kontor / 2019–2021")]
    _pdf(tmp_path / "virke.pdf", lines)
    # (the name set in the text's own type here: its end at the dash is another rule's)
    got = [(m.title.split(" – ")[0], m.goal_text, m.type_text, m.period_text) for m in extract_file(tmp_path / "virke.pdf").measures]
    assert got == [("Virke i RSA-ene ved universiteter og høyskoler", "Delmål 1.4", "råd/utvalg", "løpende"),
                   ("Referansegruppen for ekspertutvalget om etter- og videreutdanning", "Delmål 2.2", "utvalg", "2018–2019"),
                   ("Handelsløftet", "Delmål 2.1 og 2.4", "prosjekt", "2019–2021")]


def test_a_code_and_the_delmals_words_in_italics_under_a_name_is_its_goal_not_a_heading(tmp_path):
    """"1. NHO i Kompetansebehovsutvalget" (bold, numbered) over an italic "1.1 Etablere et
    kompetansebehovsutvalg (KBU)" and run-in labels: the italic line gives the delmål (two of them,
    "1.4 …; 2.3 …"), it does not start a measure numbered 1.1."""
    import docx

    from tiltak.extract.file import extract_file

    document = docx.Document()
    document.add_heading("Hovedinnsatsområde 1: Gode valg", level=1)
    for name, goal, text in [
            ("NHO i Kompetansebehovsutvalget", "1.1 Etablere et kompetansebehovsutvalg (KBU)", "NHO bidrar med data."),
            ("Samarbeidsrådet for yrkesopplæring", "1.4 Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere "
             "og arbeidslivet; 2.3 Synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker",
             "NHO leder arbeidsgiversiden i SRY.")]:
        document.add_paragraph(style="List Number").add_run(name).bold = True
        document.add_paragraph().add_run(goal).italic = True
        document.add_paragraph(text)
        for label, answer in [("Type", "Utvalg"), ("Ansvar", "KD"), ("Tid", "2017–2021")]:
            paragraph = document.add_paragraph()
            paragraph.add_run(label).bold = True
            paragraph.add_run("\t" + answer)
    document.save(tmp_path / "nho.docx")
    got = [(m.title, m.goal_text) for m in extract_file(tmp_path / "nho.docx").measures]
    assert [t for t, _ in got] == ["NHO i Kompetansebehovsutvalget", "Samarbeidsrådet for yrkesopplæring"]
    assert got[0][1].startswith("1.1 Etablere") and got[1][1].startswith("1.4 Videreutvikle")


def test_a_sheets_title_block_over_its_header_row(tmp_path):
    """An Excel range printed as a table: "NKPS | 2020 – KS sine tiltak", "Rapportert | av: KS", "Dato: |
    15.12.2020" and an empty row over "Delmål | Tiltak | Form | …": one row a measure, under that header."""
    import docx

    from tiltak.extract.file import extract_file

    rows = [["NKPS", "2020 – KS sine tiltak", "", "", "", ""], ["Rapportert", "av: KS", "", "", "", ""],
            ["Dato:", "15.12.2020", "", "", "", ""], ["", "", "", "", "", ""],
            ["Delmål", "Tiltak", "Form", "Hvem har ansvar", "Hvem er med", "Når"],
            ["1.1", "KS deltar i KBU", "Utvalg", "KD", "KS", "2017–2023"],
            ["2.1", "KS Læring – digital læringsplattform", "E-læring", "KS", "kommunene", "Løpende"],
            ["2.3", "Lærlingkampanjen «Bli lærling i kommunen»", "Kampanje", "KS", "fylkeskommunene", "2020"]]
    document = docx.Document()
    table = document.add_table(rows=len(rows), cols=6)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.save(tmp_path / "ks.docx")
    got = [(m.title, m.goal_text, m.responsible_text) for m in extract_file(tmp_path / "ks.docx").measures]
    assert got == [("KS deltar i KBU", "1.1", "KD"), ("KS Læring – digital læringsplattform", "2.1", "KS"),
                   ("Lærlingkampanjen «Bli lærling i kommunen»", "2.3", "KS")]


def test_what_a_measure_follows_up_in_paraphrased_nynorsk_words_two_goals_joined_by_og():
    """"Følgjer opp: Styrkje det regionale folkevalde nivået si kompetansepolitiske rolle og vidareutvikle
    samarbeidet mellom utdanningstilbydarar og arbeidslivet": two delmål (1.2 and 1.4), parted at the one
    "og" where each side fits a delmål of its own."""
    from tiltak.extract.vocabulary import label_field
    from tiltak.normalize.goals import match_goal_texts
    from tiltak.normalize.reference import load_reference

    assert label_field("Følgjer opp") == "goal" and label_field("Følger opp") == "goal"
    ref = load_reference()
    cases = {"Styrkje det regionale folkevalde nivået si kompetansepolitiske rolle og vidareutvikle samarbeidet mellom "
             "utdanningstilbydarar og arbeidslivet": ["1.2", "1.4"],
             "Vidareutvikle samarbeidet mellom utdanningstilbydarar og arbeidslivet og gi fleksibel opplæring på "
             "premissane til vaksne": ["1.4", "3.1"],
             "Sikre tilgang til karriererettleiing": ["1.3"]}
    for text, codes in cases.items():
        assert match_goal_texts(text, ref, 72)[0] == codes, text  # (72: the settings' text_threshold)


def test_a_closing_paragraph_gives_each_numbered_measure_its_delmal():
    """"Kobling til strategien": "Punkt 1 følger opp delmål 3.3 og 3.5. Punkt 2 følger opp delmål 1.3." —
    each to the measure of that number, also over a goal read from that paragraph; not where a number
    is past the measures read."""
    from tiltak.extract.model import Document, Paragraph
    from tiltak.extract.records import RawMeasure
    from tiltak.extract.told_elsewhere import _goals_by_number

    doc = Document(path="nav.pdf", format="pdf", blocks=[
        Paragraph(text="Kobling til strategien", bold=True),
        Paragraph(text="Punkt 1 følger opp delmål 3.3 og 3.5. Punkt 2 følger opp delmål 1.3. Punkt 3 gjelder delmål 2.5.")])
    measures = [RawMeasure(index=1, title="Opplæringstiltak i NAV"), RawMeasure(index=2, title="Nasjonalt forum"),
                RawMeasure(index=3, title="Fagbrev for arbeidssøkere", goal_text="delmål 3.3 og 3.5")]
    assert [m.goal_text for m in _goals_by_number(measures, doc)] == ["delmål 3.3 og 3.5", "delmål 1.3", "delmål 2.5"]
    assert [m.goal_text for m in _goals_by_number(measures[:2], doc)] == [None, None]  # "Punkt 3" is past them


def test_a_flattened_forms_drawn_tick_boxes_read_as_the_choices_they_tick(tmp_path):
    """A form printed flat: each delmål code and type beside an empty square drawn on the page, an "X"
    typed into the ticked ones. The line reads "☐ 1.1 ☒ 1.4 …", its ticked codes the answer; no box is a
    bullet."""
    from test_pdf_reader import _pdf

    from tiltak.extract.pdf_reader import read_pdf

    lines, boxes = [(50, 800, 11, 0, 0, "Delmål (kryss av)")], []
    for k, (code, on) in enumerate([("1.1", False), ("1.3", False), ("1.4", True), ("2.3", True), ("2.4", False)]):
        x = 50 + 60 * k
        boxes.append((x, 778, 9, 9))
        lines.append((x + 13, 780, 9, 0, 0, code))
        if on:
            lines.append((x + 2, 780, 8, 0, 0, "X"))
    _pdf(tmp_path / "ks.pdf", lines, boxes=boxes)
    texts = [p.text for p in read_pdf(str(tmp_path / "ks.pdf")).paragraphs()]
    assert texts == ["Delmål (kryss av)", "☐ 1.1 ☐ 1.3 ☒ 1.4 ☒ 2.3 ☐ 2.4"]
    from tiltak.extract.content import ticked

    assert ticked(texts[1]) == "1.4, 2.3"


def test_a_chapter_numbered_like_a_delmal_over_one_bodys_measures_gives_them_no_delmal():
    """"2.1 Kunnskapsdepartementet" in bold over measures whose text says which of the strategy's
    measures each follows up: the heading's number is the chapter's, not delmål 2.1."""
    from tiltak.extract.layouts.sections import _names_a_body

    assert _names_a_body("Kunnskapsdepartementet") and _names_a_body("Helse- og omsorgsdepartementet")
    assert not _names_a_body("Digital kompetanse") and not _names_a_body("Styrke kunnskapsgrunnlaget")


def _docx_table(document, rows):
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    return table


def test_an_overview_by_letter_and_a_table_of_facts_by_the_same_letters_are_one_table(tmp_path):
    """"A | KBU – nytt mandat | Endret" … in an overview, each letter's name in bold over a short text,
    and at the end "Bokstav | Delmål | Virkemiddel | Ansvar | Periode": one measure a letter, its name
    from the overview, its facts from the table, its text from under its bold name."""
    import docx

    from tiltak.extract.file import extract_file

    names = [("A", "KBU – nytt mandat fra 2023", "Utvalget er videreført med nytt mandat og ny sammensetning."),
             ("B", "Fagbrev på jobb", "Ordningen videreføres, og flere fag er tatt inn i ordningen."),
             ("C", "Kompetanseløft 2025", "Oppfølgeren av Kompetanseløft 2020 for helse og omsorg.")]
    document = docx.Document()
    document.add_paragraph("Oversikt").runs[0].bold = True
    _docx_table(document, [["", "Tiltak", "Status"]] + [[k, n, "Endret"] for k, n, _ in names])
    for key, name, text in names:
        document.add_paragraph().add_run(f"{key} {name}").bold = True
        document.add_paragraph(text)
    document.add_paragraph("Faktaopplysninger").runs[0].bold = True
    _docx_table(document, [["Bokstav", "Delmål", "Virkemiddel", "Ansvar", "Periode"], ["A", "1.1", "utvalg", "KD", "2023–2027"],
                           ["B", "2.5", "ordning", "KD", "Løpende"], ["C", "2.4, 3.1", "program", "HOD", "2021–2025"]])
    document.save(tmp_path / "kd.docx")
    got = [(m.title, m.goal_text, m.responsible_text, m.description) for m in extract_file(tmp_path / "kd.docx").measures]
    assert got == [(n, g, o, t) for (_, n, t), g, o in zip(names, ["1.1", "2.5", "2.4, 3.1"], ["KD", "KD", "HOD"])]


def test_a_closing_table_of_short_names_by_number_gives_the_numbered_measures_their_goals(tmp_path):
    """A letter's measures "1) Name. Text …" with label lines under each, and at its end "Vårt nr. | Tiltak
    | NKPS tiltak nr." of short names: the letter's measures, each with the old numbers of its row."""
    import docx

    from tiltak.extract.file import extract_file
    from tiltak.normalize.measures import Normalizer

    items = [("Møteplass lærebedrifter", "Medlemmer som er lærebedrifter møtes for å utveksle erfaringer om fagopplæringen.",
              "Spekter, sammen med opplæringskontorene.", "Fra 2016, løpende – nettverk."),
             ("Søkekonferanse om KompetansePluss arbeid", "Seminar der medlemsvirksomhetene får kunnskap om ordningen og gevinstene.",
              "Spekter, sammen med Kompetanse Norge.", "September 2017 – konferanse."),
             ("Spekters plass i Samarbeidsrådet for yrkesopplæring", "Spekter har én representant i SRY og løfter behovene i helse.",
              "KD, sammen med Spekter og partene.", "Oppnevningsperioden 2016–2019 – råd.")]
    document = docx.Document()
    document.add_paragraph("Spekters rapportering til Kompetansepolitisk råd 2017").runs[0].bold = True
    for k, (name, text, who, when) in enumerate(items, start=1):
        document.add_paragraph(f"{k}) {name}. {text}")
        document.add_paragraph(f"Ansvar og samarbeid: {who}")
        document.add_paragraph(f"Tidspunkt og form: {when}")
    document.add_paragraph("Oversikt: kobling til strategiens tiltak").runs[0].bold = True
    _docx_table(document, [["Vårt nr.", "Tiltak", "NKPS tiltak nr."], ["1", "Møteplass", "4 og 7"], ["2", "Søkekonferanse", "12"],
                           ["3", "SRY", "4"]])
    document.save(tmp_path / "spekter.docx")
    extracted = extract_file(tmp_path / "spekter.docx")
    assert [m.title for m in extracted.measures] == [name for name, *_ in items]
    assert [m.delmal for m in Normalizer().normalize_file(extracted)] == [["1.4", "2.3"], ["3.2"], ["1.4"]]


def test_bullets_of_continued_measures_with_their_facts_in_a_bracket_in_a_fixed_order():
    """"Bransjeprogrammene – Siste år. [2.4; program; KD; LO-forbundene; 2020–2025]": two names side by side
    that no field knows are who runs it and with whom; "program" the writer's type."""
    from tiltak.extract.layouts.facts import trailing_facts

    assert trailing_facts("Bransjeprogrammene – Siste år før evaluering. [2.4; program; KD; LO-forbundene; 2020–2025]") == (
        "Bransjeprogrammene – Siste år før evaluering.",
        (("goal", "2.4"), ("type", "program"), ("period", "2020–2025"), ("responsible", "KD"), ("partners", "LO-forbundene")))
    # a pair with no delmål among the facts is none of this
    assert trailing_facts("Kurs for tillitsvalgte [kurs; LO; AOF; 2025]") is None


def test_a_fact_table_with_each_answer_left_of_its_label(tmp_path):
    """"2.2, 2.4 | Delmål", "evaluering | Kategori", "HK-dir | Eier", "Oslo Economics | Samarbeid", "2024–2026 |
    Tidsrom" under a measure's heading: read as a form with its labels first."""
    import docx

    from tiltak.extract.file import extract_file

    document = docx.Document()
    for name, goal, kind in [("Følgeevaluering av bransjeprogrammene", "2.2, 2.4", "evaluering"),
                             ("Forvaltning av bransjeprogrammene", "2.4", "program")]:
        document.add_heading(name, level=2)
        document.add_paragraph("Programmene er utvidet til nye bransjer i 2025.")
        _docx_table(document, [[goal, "Delmål"], [kind, "Kategori"], ["HK-dir", "Eier"], ["Oslo Economics, NIFU", "Samarbeid"],
                               ["2024–2026", "Tidsrom"]])
    document.save(tmp_path / "hkdir.docx")
    got = [(m.title, m.goal_text, m.type_text, m.responsible_text) for m in extract_file(tmp_path / "hkdir.docx").measures]
    assert got == [("Følgeevaluering av bransjeprogrammene", "2.2, 2.4", "evaluering", "HK-dir"),
                   ("Forvaltning av bransjeprogrammene", "2.4", "program", "HK-dir")]


def test_codes_set_apart_by_a_middle_dot_in_a_column_labelled_mal():
    from tiltak.extract.file import _CODES_ONLY

    assert _CODES_ONLY.match("2.4 · 3.1") and _CODES_ONLY.match("1.1; 1.2") and not _CODES_ONLY.match("2.4 · kurs")


def test_a_grid_of_the_measures_by_the_strategys_old_numbers_keyed_by_short_names_and_acronyms(tmp_path):
    """Measures under headings with label lines, and an appendix "Tiltak | 1 | 2 | … | 16" marking each by
    its short name ("SRY", "Kompetanseløft 2020"): each measure's delmål from its row's old numbers (SRY
    the abbreviation of the name's words); the grid itself no measure."""
    import docx

    from tiltak.extract.file import extract_file
    from tiltak.normalize.measures import Normalizer

    document = docx.Document()
    for name, who in [("KS i Samarbeidsrådet for yrkesopplæring", "KD"), ("KS sin oppfølging av Kompetanseløft 2020", "KS"),
                      ("Fagbrev på jobb i kommunene (forsøk)", "KD")]:
        document.add_heading(name, level=2)
        for label, answer in [("Hva", "KS deltar i arbeidet sammen med kommunene."), ("Hvem", who), ("Når", "2016–2020")]:
            document.add_paragraph(f"{label}: {answer}")
    document.add_heading("Vedlegg: Tiltakene og strategiens tiltak nr. 1–16", level=1)
    marks = {"SRY": (4, 7), "Kompetanseløft 2020": (8, 11), "Fagbrev på jobb (forsøk)": (9,)}
    _docx_table(document, [["Tiltak"] + [str(n) for n in range(1, 17)]]
                + [[key] + ["X" if n in on else "" for n in range(1, 17)] for key, on in marks.items()])
    document.save(tmp_path / "ks.docx")
    extracted = extract_file(tmp_path / "ks.docx")
    assert len(extracted.measures) == 3
    assert [m.delmal for m in Normalizer().normalize_file(extracted)] == [["1.4", "2.3"], ["2.4", "3.1"], ["2.5"]]


def test_a_table_of_the_measures_and_a_grid_of_them_by_delmal_give_one_row_each(tmp_path):
    """"Nr. | Tiltak | Ansvarleg | Type | Tid" and, in its own chapter, "Tiltak | 1.1 | … | 3.6" over "1 Karriere
    Vestland | | | X …": the grid's marks are the delmål of the table's measures, not rows of their own."""
    import docx

    from tiltak.extract.file import extract_file

    codes = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"]
    names = [("Karriere Vestland – karrieresentera i fylket", "Informasjon", ("1.3",)),
             ("Kompetanseforum Vestland", "Nettverk", ("1.2", "1.4")), ("Fagbrev på jobb", "Opplæring", ("2.5",))]
    document = docx.Document()
    document.add_heading("2 Tiltak", level=1)
    _docx_table(document, [["Nr.", "Tiltak", "Ansvarleg", "Type", "Tid"]]
                + [[str(k), n, "Vestland fylkeskommune", t, "2020–"] for k, (n, t, _) in enumerate(names, start=1)])
    document.add_heading("3 Kopling til delmål", level=1)
    _docx_table(document, [["Tiltak"] + codes] + [[f"{k} {n.split(' –')[0]}"] + ["X" if c in on else "" for c in codes]
                                                  for k, (n, _, on) in enumerate(names, start=1)])
    document.save(tmp_path / "vestland.docx")
    got = [(m.title, m.goal_text) for m in extract_file(tmp_path / "vestland.docx").measures]
    assert got == [(n, ", ".join(on)) for n, _, on in names]


def test_a_dash_typed_as_a_bullet_before_each_name_and_its_bracket_of_facts_under_it(tmp_path):
    """An e-mail's "– **Name** : text" lines, each over "[delmål 3.2 | kurs | VOFO | med X | 2019]" set in
    further: the dash is a bullet (it stands before two names at least), the bold name before the colon the
    measure's name."""
    import docx

    from tiltak.extract.file import extract_file

    document = docx.Document()
    document.add_paragraph("Hei, her er tiltakene våre for 2019, med fakta i klammene under hvert tiltak.")
    for name, text, facts in [("Kompetansepluss frivillighet", "Kurs i grunnleggende ferdigheter i frivillige organisasjoner.",
                               "[delmål 3.2 og 3.6 | kurs | VOFO | med Kompetanse Norge | 2019]"),
                              ("Voksnes læring-konferansen", "Årlig møteplass for studieforbund og frivillige organisasjoner.",
                               "[delmål 3.6 | konferanse | VOFO | med Kompetanse Norge | november 2019]")]:
        paragraph = document.add_paragraph("– ")
        paragraph.add_run(name).bold = True
        paragraph.add_run(" : " + text)
        document.add_paragraph(facts).paragraph_format.left_indent = docx.shared.Pt(24)
    document.save(tmp_path / "vofo.docx")
    got = [(m.title, m.goal_text, m.type_text) for m in extract_file(tmp_path / "vofo.docx").measures]
    assert got == [("Kompetansepluss frivillighet", "delmål 3.2 og 3.6", "kurs"), ("Voksnes læring-konferansen", "delmål 3.6", "konferanse")]


def test_the_message_a_reply_answers_is_not_the_report():
    """Under a reply's "-----Opprinnelig melding-----", or a "Fra: … / Sendt: …" after its signature, is
    the request it answers (its example would read as a measure): left out; the reply's own header stays."""
    from tiltak.extract.model import Document, Paragraph, without_quoted_mail

    def doc(*texts):
        return Document(path="mail.pdf", format="pdf", blocks=[Paragraph(text=t) for t in texts])

    body = ["Fra: Anne Sørli <anne@vofo.no>", "Sendt: 29. november 2019", "Hei,", "– Voksnes læring-konferansen : Årlig møteplass.",
            "[delmål 3.6 | konferanse | VOFO | med Kompetanse Norge | november 2019]", "Vennlig hilsen", "Anne Sørli"]
    request = ["Fra: Kompetanse Norge", "Sendt: 14. oktober 2019", "Eksempel: Karrieredag (delmål 1.3), ansvarlig: fylket."]
    assert [p.text for p in without_quoted_mail(doc(*body, "-----Opprinnelig melding-----", *request)).blocks] == body
    assert [p.text for p in without_quoted_mail(doc(*body, *request)).blocks] == body
    assert [p.text for p in without_quoted_mail(doc(*body[2:], *request)).blocks] == body[2:]  # (a print with no header of its own)
    memo = ["Til: Kompetansepolitisk råd", "Fra: KD", "Dato: 1.12.2019", "Tiltak 1 …"]
    assert [p.text for p in without_quoted_mail(doc(*memo)).blocks] == memo


def test_one_more_measure_after_i_tillegg_named_before_its_goal_and_a_colon():
    """"I tillegg: Lederutvikling for kompetanseplanlegging (delmål 2.2 og 2.4): Modulbasert program …" run
    on in a bullet: the name, its delmål, and its text."""
    from tiltak.extract.layouts.sections import _IN_ADDITION, _NAME_GOAL_COLON

    title = _IN_ADDITION.sub("", "I tillegg: Lederutvikling for kompetanseplanlegging (delmål 2.2 og 2.4): Modulbasert program for ledere.")
    told = _NAME_GOAL_COLON.match(title)
    assert (told["name"], told["goal"], told["text"]) == ("Lederutvikling for kompetanseplanlegging", "delmål 2.2 og 2.4",
                                                          "Modulbasert program for ledere.")


def test_items_under_a_heading_that_says_not_begun_and_the_meetings_attended_are_no_measures(tmp_path):
    """"Planlagt, ikke startet" over an item that happens to give a year ("oppstart tidligst 2022"), and
    "Møter og arenaer LO har deltatt i" over dated bullets, after measures with their facts: neither is a
    measure."""
    import docx

    from tiltak.extract.file import extract_file

    document = docx.Document()
    for name, goal in [("Digitalt løft for små bedrifter", "2.1"), ("Kompetanse for grønn omstilling", "2.4")]:
        document.add_paragraph().add_run(name).bold = True
        document.add_paragraph(f"Delmål {goal} · Prosjekt · LO · med Fafo · 2021–2022")
        document.add_paragraph("Kurs og veiledning for bedrifter og tillitsvalgte.")
    document.add_paragraph().add_run("Planlagt, ikke startet").bold = True
    document.add_paragraph().add_run("Nettverk for HR-ledere i industrien").bold = True
    document.add_paragraph("Oppstart tidligst høsten 2022.")
    document.add_paragraph().add_run("Møter og arenaer LO har deltatt i").bold = True
    for day in ["12.02.2025 Kompetansepolitisk råd", "03.04.2025 KBU-seminar om grønn omstilling"]:
        document.add_paragraph(day, style="List Bullet")
    document.save(tmp_path / "lo.docx")
    assert [m.title for m in extract_file(tmp_path / "lo.docx").measures] == ["Digitalt løft for små bedrifter",
                                                                            "Kompetanse for grønn omstilling"]


def test_a_publications_number_in_its_series_is_no_period():
    from tiltak.extract.content import is_period_line

    assert not is_period_line("HK-dir rapport 4/2021") and not is_period_line("Notat nr. 2/2019")
    assert is_period_line("4/2021") and is_period_line("Skoleåret 2020/21")


def test_the_review_of_stop_43s_rules_misfires_each_mended(tmp_path):
    """A helper who had not written the rules found these; each now reads as a careful reader would."""
    import docx

    from tiltak.extract.file import extract_file

    def measures(lines_before, name):
        d = docx.Document()
        for line in lines_before:
            d.add_paragraph(line)
        for title, goal in [("Bransjeprogram for industrien", "3.1"), ("Fagbrev på jobb i kommunene", "2.5")]:
            d.add_paragraph().add_run(title).bold = True
            d.add_paragraph(f"Delmål {goal}. Ansvarlig: Fagforbundet. Periode: 2019–2021.")
            d.add_paragraph("Kurs og veiledning for tillitsvalgte i hele landet.")
        d.save(tmp_path / name)
        return [m.title for m in extract_file(tmp_path / name).measures]

    both = ["Bransjeprogram for industrien", "Fagbrev på jobb i kommunene"]
    # a forward: the message under "-----Opprinnelig melding-----" is the report
    assert measures(["Fra: Kari Hansen", "Sendt: 3. mars 2021", "Emne: VS: Rapport fra Fagforbundet", "Hei, videresender rapporten.",
                     "-----Opprinnelig melding-----", "Fra: Fagforbundet", "Sendt: 1. mars 2021"], "forward.docx") == both
    # a cover letter, signed, then the memo it sends with its own "Fra:" and "Dato:"
    assert measures(["Fra: Fagforbundet", "Sendt: 1. mars 2021", "Emne: Rapportering 2020", "Vi sender med dette vår rapport.",
                     "Med vennlig hilsen", "Kari Hansen", "NOTAT", "Fra: Fagforbundet, seksjon kompetanse", "Dato: 28.02.2021"],
                    "cover.docx") == both
    # the strategy's own numbers in prose are no report's numbering
    assert measures(["KS har særlig arbeidet med strategiens tiltak 1 og 2. Tiltak 1 gjelder delmål 1.1. Tiltak 2 gjelder delmål 2.3."],
                    "prose.docx") == both

    # a name that is a key word keeps its name; a meeting table keyed by number gives no facts to the measures
    d = docx.Document()
    d.add_paragraph("Stikkordene viser til strategien: Karriereveiledning = 1.3; Fagbrev på jobb = 2.5; Bransjeprogram = 3.1.")
    _docx_table(d, [["Tiltak", "Delmål", "Ansvarlig"], ["Karriereveiledning", "Karriereveiledning; Fagbrev på jobb", "Virke"],
                    ["Bransjeprogram for varehandelen", "Bransjeprogram", "Virke"]])
    d.save(tmp_path / "keys.docx")
    assert [(m.title, m.goal_text) for m in extract_file(tmp_path / "keys.docx").measures] == [
        ("Karriereveiledning", "1.3, 2.5"), ("Bransjeprogram for varehandelen", "3.1")]
    d = docx.Document()
    _docx_table(d, [["Nr.", "Tiltak", "Delmål"], ["1", "Bransjeprogram for industrien", "3.1"], ["2", "Fagbrev på jobb", "2.5"],
                    ["3", "Karriereveiledning for ansatte", "1.3"]])
    d.add_paragraph("Møter med departementet i 2020")
    _docx_table(d, [["Nr.", "Dato", "Ansvarlig", "Samarbeidspartnere"], ["1", "12.02.2020", "NHO", "KD og LO"],
                    ["2", "03.06.2020", "Virke", "KS"], ["3", "10.11.2020", "Spekter", "Unio"]])
    d.save(tmp_path / "meetings.docx")
    from tiltak.extract.file import read_document
    from tiltak.extract.name_rows import with_keyed_tables

    assert len(with_keyed_tables(read_document(tmp_path / "meetings.docx")).tables()) == 2  # (left apart)

    # meetings anyone can join are a measure; "Planlagte tiltak 2022" says nothing of begun or not
    from tiltak.extract.content import says_not_begun
    from tiltak.extract.layouts.section_keep import _MEETINGS

    assert not _MEETINGS.search("Møter for tillitsvalgte om kompetanse der alle kan delta")
    assert _MEETINGS.search("Møter og arenaer LO har deltatt i")
    assert not says_not_begun("Planlagte tiltak 2022") and says_not_begun("Planlagt, ikke startet")


def test_a_word_a_narrow_cell_broke_after_other_words_is_mended_when_the_strategy_knows_it():
    """"LOs deltakelse i Kompet" / "ansebehovsutvalget" in a narrow cell: the line's last word and the next
    line's first are one word the strategy's texts know; "Kurs for tillitsvalgte i" / "rolle" stay apart."""
    from tiltak.extract.text import join_wrapped
    from tiltak.extract.vocabulary import reference_words

    known = reference_words()
    assert "kompetansebehovsutvalget" in known
    assert join_wrapped([("LOs deltakelse i Kompet", 194.3), ("ansebehovsutvalget", 176.8)], 195.0, 5.4, known) == \
        "LOs deltakelse i Kompetansebehovsutvalget"
    assert join_wrapped([("Kurs for tillitsvalgte i", 194.3), ("rolle som veileder", 176.8)], 195.0, 5.4, known) == \
        "Kurs for tillitsvalgte i rolle som veileder"
