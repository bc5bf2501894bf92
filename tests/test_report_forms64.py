"""Forms found at stop 52 (blind batches match64's informal reports and match65's Word features), each
in a test's own words: a bold theme with its delmål right over paragraphs led by bold names, a letter
whose italic lines between the measures are delmål in the strategy's words, notes whose brackets give the
delmål in words or as codes in square brackets, a numbered list of "Name (codes). What was done.",
justified lines in a PDF whose stretched word spaces are no columns, footnotes that give a measure's
delmål or partners, content controls still showing their placeholder, and bullets whose facts close them
in a bracket."""

import docx
from docx.oxml import parse_xml

from tiltak.extract.file import extract_file
from tiltak.extract.pdf_reader import _lines, _Word


def _measures(path, *fields):
    return [(m.title, m.goal_text) + tuple(getattr(m, f"{f}_text") for f in fields) for m in extract_file(path).measures]


def _bold_lead(document, name, text):
    p = document.add_paragraph()
    p.add_run(name).bold = True
    p.add_run(text)


def test_a_bold_theme_with_its_delmal_heads_the_bold_named_paragraphs_under_it(tmp_path):
    document = docx.Document()
    document.add_paragraph("Fellesorganisasjonen – innspill til rådet 2022")
    document.add_paragraph("Vi har ordnet tiltakene etter tema.")
    document.add_paragraph().add_run("Veiledning (delmål 1.3)").bold = True
    _bold_lead(document, "Karrieresamtaler for medlemmer.", " Vi tilbød 300 samtaler i år.")
    document.add_paragraph().add_run("Etter- og videreutdanning (delmål 2.1 og 2.2)").bold = True
    _bold_lead(document, "Nettkurs i sosialfaglig metode.", " Kurset hadde 800 deltakere.")
    _bold_lead(document, "Studiestipend.", " Stipendet gikk til 40 medlemmer.")
    document.add_paragraph("Med hilsen FO")
    document.save(tmp_path / "fo.docx")
    assert _measures(tmp_path / "fo.docx") == [
        ("Karrieresamtaler for medlemmer", "delmål 1.3"), ("Nettkurs i sosialfaglig metode", "delmål 2.1 og 2.2"),
        ("Studiestipend", "delmål 2.1 og 2.2")]


def test_italic_lines_in_the_strategys_words_give_the_delmal_of_the_measures_below(tmp_path):
    """The lines are 1.3's, 2.1's and 3.4's wording, shortened as a writer would; a numbered area over them
    is no measure."""
    document = docx.Document()
    document.add_paragraph("Arbeids- og inkluderingsdepartementet")
    document.add_paragraph("Departementets rapportering for 2019")
    document.add_paragraph("1 Gode valg for den enkelte og for samfunnet").runs[0].bold = True
    document.add_paragraph().add_run("Sørge for tilgang til karriereveiledning og et helhetlig system").italic = True
    _bold_lead(document, "Karriereveiledning i NAV.", " Veilederne har fått opplæring i 2019.")
    document.add_paragraph("2 Læring i arbeidslivet").runs[0].bold = True
    document.add_paragraph().add_run("Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken").italic = True
    _bold_lead(document, "Digitale kurs for arbeidssøkere.", " Kursene ble prøvd ut i to fylker.")
    document.add_paragraph("3 Styrke kompetansen til voksne med svak tilknytning til arbeidslivet").runs[0].bold = True
    document.add_paragraph().add_run("Målrette og effektivisere norskopplæring og introduksjonsprogrammet").italic = True
    _bold_lead(document, "Jobbsjansen.", " Ordningen ble videreført med 1 200 deltakere.")
    document.save(tmp_path / "aid.docx")
    assert [t for t, _ in _measures(tmp_path / "aid.docx")] == [
        "Karriereveiledning i NAV", "Digitale kurs for arbeidssøkere", "Jobbsjansen"]
    assert [m.goal_text for m in extract_file(tmp_path / "aid.docx").measures] == [
        "Sørge for tilgang til karriereveiledning og et helhetlig system",
        "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken",
        "Målrette og effektivisere norskopplæring og introduksjonsprogrammet"]


def test_a_delmals_quoted_words_under_its_code_are_no_heading_of_their_own(tmp_path):
    document = docx.Document()
    document.add_paragraph().add_run("Delmål 3.2").bold = True
    document.add_paragraph().add_run("«Stimulere til bruk av Kompetanseplussordningene»").italic = True
    _bold_lead(document, "Kompetansepluss frivillighet", " – Forbundet informerer om ordningen.")
    document.add_paragraph("Samarbeid: studieforbundene").runs[0].italic = True
    document.add_paragraph().add_run("Delmål 3.6").bold = True
    document.add_paragraph().add_run("«Stimulere til at flere finner læringsmotivasjon»").italic = True
    _bold_lead(document, "Lær for livet", " – Kampanje for studieforbundene.")
    document.add_paragraph("Samarbeid: Frivillighet Norge").runs[0].italic = True
    document.add_paragraph().add_run("Delmål 2.5").bold = True
    document.add_paragraph().add_run("«Utvikle ordninger for dokumentasjon av kompetanse»").italic = True
    _bold_lead(document, "Realkompetanseverktøy", " – Verktøyet tas i bruk.")
    document.add_paragraph("Samarbeid: Frivillighet Norge").runs[0].italic = True
    document.save(tmp_path / "vofo.docx")
    assert [(t, g) for t, g in _measures(tmp_path / "vofo.docx")] == [
        ("Kompetansepluss frivillighet", "Delmål 3.2"), ("Lær for livet", "Delmål 3.6"),
        ("Realkompetanseverktøy", "Delmål 2.5")]


def test_a_closing_bracket_that_names_the_delmal_in_words(tmp_path):
    document = docx.Document()
    document.add_paragraph("Kort notat fra Unio 2021")
    _bold_lead(document, "Tillitsvalgtkurs om kompetanse", ": Tre kurs ble holdt digitalt. (delmålet om "
                                                           "kunnskapsgrunnlaget om læring i arbeidslivet)")
    _bold_lead(document, "Lærlingkampanjen", ": Forbundene delte ut materiell til skolene. (delmålet om "
                                             "karrieremuligheter i yrkesfag)")
    _bold_lead(document, "Kontaktforum med universitetene", ": Forumet møttes to ganger. (delmålet om "
                                                            "nasjonalt kvalifikasjonsrammeverk for golf)")
    document.save(tmp_path / "unio.docx")
    found = _measures(tmp_path / "unio.docx")
    assert found[:2] == [("Tillitsvalgtkurs om kompetanse", "kunnskapsgrunnlaget om læring i arbeidslivet"),
                         ("Lærlingkampanjen", "karrieremuligheter i yrkesfag")]
    assert all(goal != "nasjonalt kvalifikasjonsrammeverk for golf" for _, goal in found)  # (no delmål's words)


def test_codes_in_square_brackets_after_a_numbered_name(tmp_path):
    document = docx.Document()
    document.add_paragraph("Notat – rapportering 2021")
    for name, fact, text in (("Kompetansepluss frivillighet [3.2 / 3.6]", "Partner: HK-dir", "Ordningen gikk videre."),
                             ("Partnerskap med fylkene [1.2]", None, "To nye avtaler er inngått."),
                             ("Digitale kurs [2.1]", "Ansvarlig: studieforbundene", "Kursene ble lagt om.")):
        document.add_paragraph(name, style="List Number")
        if fact:
            document.add_paragraph(fact).runs[0].italic = True
        document.add_paragraph(text)
    document.save(tmp_path / "notat.docx")
    assert _measures(tmp_path / "notat.docx", "partners") == [
        ("Kompetansepluss frivillighet", "3.2 / 3.6", "HK-dir"), ("Partnerskap med fylkene", "1.2", None),
        ("Digitale kurs", "2.1", None)]


def test_a_numbered_list_of_names_with_codes_then_what_was_done(tmp_path):
    document = docx.Document()
    for line in ("Fra: Ola Dahl <od@parat.no>", "Sendt: 2. desember 2020 10:15", "Til: Sekretariatet", "Hei!",
                 "Her kommer våre tiltak:",
                 "1. Kurs i digital kompetanse (2.1). Parat holdt fem kurs for medlemmene.",
                 "2. Lærlingløftet i staten (2.3) – Vi har fulgt opp løftet i flere etater.",
                 "3. Arbeidslivspanelet (1.1, 2.2). Panelets rapport kom i juni.",
                 "Hilsen Ola"):
        document.add_paragraph(line)
    document.save(tmp_path / "parat.docx")
    assert _measures(tmp_path / "parat.docx") == [
        ("Kurs i digital kompetanse", "2.1"), ("Lærlingløftet i staten", "2.3"), ("Arbeidslivspanelet", "1.1, 2.2")]


def _word(text, x0, width, bold=False):
    return _Word(text=text, x0=x0, x1=x0 + width, top=100.0, bottom=110.5, size=10.5, bold=bold)


def test_a_justified_lines_stretched_spaces_split_no_columns():
    """Justified, every space stretched to 10 pt (wider than a column gap of 0.6 font sizes): one span,
    and the bold name is the paragraph's lead."""
    x, words = 54.0, []
    for text, bold in (("Møteplass", True), ("lærebedrifter:", True), ("Spekter", False), ("arrangerte", False),
                       ("for", False), ("fjerde", False), ("gang", False)):
        words.append(_word(text, x, 5.5 * len(text), bold))
        x = words[-1].x1 + 10.0
    line = _lines(words, 1)[0]
    assert [s.text for s in line.line.spans] == ["Møteplass lærebedrifter: Spekter arrangerte for fjerde gang"]
    # a line of text then a figure far to the right: two spans, as before
    row = [_word("Lærlinger", 54, 50), _word("i", 107, 4), _word("helseforetakene", 114, 80), _word("1412", 300, 22)]
    assert [s.text for s in _lines(row, 1)[0].line.spans] == ["Lærlinger i helseforetakene", "1412"]
    # a header of codes set at even distances: each code a column
    codes = [_word(f"1.{k}", 200 + 30 * k, 13) for k in range(1, 6)]
    assert len(_lines(codes, 1)[0].line.spans) == 5


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _mark(paragraph, note: int) -> None:
    paragraph._p.append(parse_xml(f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                                  f'<w:footnoteReference w:id="{note}"/></w:r>'))


def test_footnotes_that_say_a_measures_delmal_or_who_it_is_done_with(tmp_path):
    from test_docx_reader import _with_notes

    document = docx.Document()
    document.add_paragraph("Akademikerne – rapport 2022")
    for k, (name, facts) in enumerate((("Seniorpolitisk seminar", "Ansvarlig: Akademikerne. Tidsrom: 2022."),
                                        ("Kurs i kompetanseplanlegging", "Ansvarlig: Tekna. Tidsrom: Våren 2022."),
                                        ("Karrierestøtte for nyutdannede", "Ansvarlig: Akademikerne."))):
        _mark(document.add_heading(name, level=2), 2 * k + 1)
        _mark(document.add_paragraph(facts), 2 * k + 2)
    document.save(tmp_path / "ak.docx")
    _with_notes(tmp_path / "ak.docx", {1: "Gjelder delmål 2.2", 2: "I samarbeid med Senter for seniorpolitikk",
                                       3: "Gjelder delmål 2.1 og 2.4", 4: "Se også rapporten fra 2021.",
                                       5: "Se også delmål 1.3 i fjorårets rapport", 6: "Sammen med Unio."})
    assert _measures(tmp_path / "ak.docx", "partners") == [
        ("Seniorpolitisk seminar", "Gjelder delmål 2.2", "Senter for seniorpolitikk"),
        ("Kurs i kompetanseplanlegging", "Gjelder delmål 2.1 og 2.4", None),
        ("Karrierestøtte for nyutdannede", None, "Unio")]  # (a note that points elsewhere gives no delmål)


def test_a_content_control_showing_its_placeholder_is_empty(tmp_path):
    document = docx.Document()
    document.add_paragraph("NHO – rapportering 2020")
    table = document.add_table(rows=4, cols=3)
    for r, row in enumerate((("Tiltak", "Delmål", "Ansvarlig"), ("Jenter og teknologi", "2.3", "NHO"),
                             ("Fagbrev på jobb", "2.5", "NHO"), ("Klikk her for å skrive inn tekst.",) * 3)):
        for c, text in enumerate(row):
            cell = table.cell(r, c).paragraphs[0]
            if r == 3:  # Word's empty content controls: their placeholder shown, grey
                cell._p.append(parse_xml(
                    f'<w:sdt {W}><w:sdtPr><w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent><w:r>'
                    f'<w:t>{text}</w:t></w:r></w:sdtContent></w:sdt>'))
            elif r == 2 and c == 0:  # a filled one: its text
                cell._p.append(parse_xml(
                    f'<w:sdt {W}><w:sdtPr><w:text/></w:sdtPr><w:sdtContent><w:r><w:t>{text}</w:t></w:r>'
                    f'</w:sdtContent></w:sdt>'))
            else:
                cell.text = text
    document.save(tmp_path / "nho.docx")
    assert [t for t, _ in _measures(tmp_path / "nho.docx")] == ["Jenter og teknologi", "Fagbrev på jobb"]


def test_bullets_under_a_delmal_heading_named_before_a_colon_with_their_facts_in_a_closing_bracket(tmp_path):
    document = docx.Document()
    document.add_paragraph("Studieforbundet – rapport 2024")
    document.add_heading("3.4 – Norskopplæring", level=2)
    for line in ("Språkkafé i bibliotekene: Tilbudet finnes nå i 40 kommuner. (kurs – bibliotekene – 2024)",
                 "Norskkurs for foreldre: (kurs – kommunene og IMDi – 2024)"):
        paragraph = document.add_paragraph(style="List Bullet")
        name, text = line.split(": ", 1)
        paragraph.add_run(name + ":").bold = True
        paragraph.add_run(" " + text)
    document.save(tmp_path / "sf.docx")
    assert _measures(tmp_path / "sf.docx") == [("Språkkafé i bibliotekene", "3.4"), ("Norskkurs for foreldre", "3.4")]


def test_an_e_mail_sent_from_an_address_drops_its_subject_and_reads_its_bullets(tmp_path):
    """No "Sendt:" line, but sent from an e-mail address: the subject names no measure; each bullet's
    name stands before its colon, its delmål in the bracket closing it."""
    document = docx.Document()
    for line in ("Fra: Kari Lie <kari.lie@asd.dep.no>", "Til: sekretariat@hkdir.no",
                 "Emne: Bidrag fra ASD – rapportering 2025", "Hei,", "Her er våre videreførte tiltak:"):
        document.add_paragraph(line)
    for line in ("Jobbsjansen: Ordningen er videreført med flere plasser i 2025. (delmål 3.4)",
                 "Kompetansepluss arbeid: Midlene ble fordelt i mars. (delmål 3.2)"):
        document.add_paragraph(line, style="List Bullet")
    document.add_paragraph("Vennlig hilsen Kari Lie")
    document.save(tmp_path / "asd.docx")
    assert _measures(tmp_path / "asd.docx") == [("Jobbsjansen", "delmål 3.4"), ("Kompetansepluss arbeid", "delmål 3.2")]
    # a memo's header, from a person and no address: its subject stays as it was read
    from tiltak.extract.model import Paragraph, _without_own_header

    memo = [Paragraph(text=t) for t in ("Til: Kompetansepolitisk råd", "Fra: Siri Holm, VOFO", "Emne: Kompetansepluss")]
    assert [p.text for p in _without_own_header(memo)] == [p.text for p in memo]


def test_long_numbered_items_named_before_a_dash_one_numbering_typed_or_by_the_list(tmp_path):
    """Each item names its measure before a dash and tells of it at length (longer than a heading may be);
    and "4)" typed and "5)" numbered by Word's list are one numbering: neither heads a group over the other."""
    document = docx.Document()
    document.add_paragraph("Hei! Her er våre tiltak for 2020:")
    long_text = ("NHO har vært med på å velge ut hvilke moduler som skal tilbys, og fagskoler og høyskoler har "
                 "levert tilbudene til bedriftene i hele landet, også i distriktene der tilbudet har vært tynt. "
                 "Sammen med LO, Fellesforbundet, Norsk Industri og Byggenæringens Landsforening. ")
    for line in (f"1) Bransjeprogrammet for industri og bygg [Kurs] – {long_text}(delmål 2.4)",
                 f"2) Lærlingløftet i reiselivet [Prosjekt] – {long_text}(delmål 2.3)",
                 "3) Hurtigsporet [Prosjekt] – Arbeidet fortsetter i flere regioner. Sammen med IMDi. (delmål 3.4)"):
        document.add_paragraph(line)
    document.save(tmp_path / "nho.docx")
    assert [(t, g) for t, g in _measures(tmp_path / "nho.docx")] == [
        ("Bransjeprogrammet for industri og bygg", "delmål 2.4"), ("Lærlingløftet i reiselivet", "delmål 2.3"),
        ("Hurtigsporet", "delmål 3.4")]
    from tiltak.extract.layouts.section_heads import ranks_below

    assert not ranks_below(("list", "a)", False), ("typed", "a)", False))
    assert ranks_below(("list", "a.", False), ("typed", "1", True))  # (another numbering under a chapter's: below)


def test_a_bullets_name_in_quotes_with_a_dash_in_it_before_the_colon(tmp_path):
    document = docx.Document()
    document.add_paragraph("LOs tiltak i 2019, med delmål i parentes:")
    for line in ("«Matindustrien 4.0 – kompetanseløft for bransjen»: Prosjektet kartlegger digitale behov. (2.1)",
                 "Fagbrev på jobb – utviklet sammen med KS og NHO. Ordningen gir voksne fagbrev. (2.5, 3.1)"):
        document.add_paragraph(line, style="List Bullet")
    document.save(tmp_path / "lo.docx")
    assert _measures(tmp_path / "lo.docx") == [("Matindustrien 4.0 – kompetanseløft for bransjen", "2.1"),
                                               ("Fagbrev på jobb", "2.5, 3.1")]


def test_two_headings_in_a_delmals_very_words_head_the_paragraphs_under_them(tmp_path):
    """An annual report's chapters: two in 3.6's and 1.2's own words (shortened), one that is no delmål's."""
    document = docx.Document()
    document.add_heading("Årsmelding 2019 – utdrag", level=1)
    document.add_heading("Læring og opplæring i frivillig sektor", level=2)
    _bold_lead(document, "Læringsmotivasjon i frivilligheten.", " Et forskningsprosjekt om hvorfor voksne deltar i kurs.")
    document.add_heading("Regionalt samarbeid mellom ulike kompetanseaktører", level=2)
    _bold_lead(document, "Regionkontakter i fylkene.", " VOFO har fått kontaktpersoner i alle fylker i 2019.")
    document.add_heading("Styrets arbeid", level=2)
    document.add_paragraph("Styret har hatt åtte møter i 2019.")
    document.save(tmp_path / "vofo.docx")
    assert _measures(tmp_path / "vofo.docx") == [
        ("Læringsmotivasjon i frivilligheten", "Læring og opplæring i frivillig sektor"),
        ("Regionkontakter i fylkene", "Regionalt samarbeid mellom ulike kompetanseaktører")]


def test_an_annual_reports_chapter_whose_paragraphs_each_close_with_their_delmal(tmp_path):
    """Numbered chapters of an annual report over paragraphs that each tell a measure and close with its
    delmål ("(delmål 2.5)", "(3.4)"): the chapters are no measures; each paragraph is one, named by its
    subject, by what was done through it, or by the body taken part in."""
    document = docx.Document()
    document.add_heading("6 Kompetanse", level=1)
    document.add_paragraph("Kommunene trenger flere fagarbeidere. Kapitlet er også vår rapport til rådet.")
    document.add_heading("6.1 Fagopplæring", level=2)
    document.add_paragraph("Fagbrev på jobb er tatt i bruk i mange kommuner, særlig i helsefagene. (delmål 2.5)")
    document.add_paragraph("Lærlingløftet i kommunene har gitt kommunene hjelp til å ta inn flere lærlinger. (2.3)")
    document.add_heading("6.2 Integrering", level=2)
    document.add_paragraph("Gjennom Hurtigsporet for flyktninger har kommunene fått kartlagt kompetansen tidlig. (3.4)")
    document.add_paragraph("KS deltar i Nasjonalt forum for karriereveiledning og har løftet behovet for veiledning. (1.3)")
    document.add_heading("6.3 Styrets arbeid", level=2)
    document.add_paragraph("Styret behandlet kompetansepolitikken i oktober.")
    document.save(tmp_path / "ks.docx")
    assert _measures(tmp_path / "ks.docx") == [
        ("Fagbrev på jobb", "delmål 2.5"), ("Lærlingløftet i kommunene", "2.3"),
        ("Hurtigsporet for flyktninger", "3.4"), ("Nasjonalt forum for karriereveiledning", "1.3")]
