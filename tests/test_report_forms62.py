"""Forms of prose reports found at stop 48 (blind batch match62's first contact), each in a test's own words:
a chapter whose first paragraph gives the delmål of the measures under it, a question's heading over its
measures, headings the writer numbers as measures, a table headed only by the measure's text and delmål."""

import docx

from tiltak.extract.file import extract_file
from tiltak.extract.layouts.segments import chapter_goal
from tiltak.extract.pdf_reader import _Word, line_text


def _measures(path):
    return [(m.title, m.goal_text) for m in extract_file(path).measures]


def test_a_chapters_first_paragraph_that_gives_the_delmal_of_the_measures_under_it():
    assert chapter_goal("Tiltaka under høyrer til delmål 1.2.") == "delmål 1.2"
    assert chapter_goal("Tiltakene i dette kapitlet følger opp delmålet om å styrke kunnskapsgrunnlaget om læring i "
                        "arbeidslivet.") == "styrke kunnskapsgrunnlaget om læring i arbeidslivet"
    assert chapter_goal("Tiltaka i denne delen skal sørgje for tilgang til karriererettleiing for alle.") == \
        "sørgje for tilgang til karriererettleiing for alle"
    # a measure's own sentence of its delmål; a chapter's sentence of no delmål
    assert chapter_goal("Tiltaket hører til delmål 2.2.") is None
    assert chapter_goal("Tiltakene under er gjennomført i 2019.") is None


def test_measures_told_in_paragraphs_under_a_chapter_that_gives_their_delmal_once(tmp_path):
    """Each paragraph that names a measure is one, of the chapter's delmål; the chapter's intro, a grant
    received and a plan are none."""
    document = docx.Document()
    document.add_paragraph("Årsmelding frå Telemark fylkeskommune til Kompetansepolitisk råd 2020")
    document.add_heading("Karriererettleiing", level=1)
    document.add_paragraph("Tiltaka under høyrer til delmål 1.3.")
    document.add_paragraph("Karrieresenteret i Skien vart oppretta i januar 2020 og gir gratis rettleiing til vaksne.")
    document.add_paragraph("Vi fekk tilskot frå HK-dir til drifta av senteret.")
    document.add_paragraph("Fylkeskommunen har utvikla eit nettkurs i karriererettleiing for lærarar, saman med "
                           "Universitetet i Sørøst-Noreg.")
    document.add_heading("Vaksne", level=1)
    document.add_paragraph("Tiltaka i dette kapitlet følgjer opp delmålet om å gi fleksibel opplæring på vaksnes "
                           "premissar.")
    document.add_paragraph("Fagbrev på jobb vart innført i fire kommunar i 2020.")
    document.add_paragraph("Fylkeskommunen har etablert eit vaksenopplæringsnettverk for kommunane i Grenland.")
    document.add_paragraph("Neste steg er ein pilot i Notodden.")
    document.save(tmp_path / "telemark.docx")
    assert _measures(tmp_path / "telemark.docx") == [
        ("Karrieresenteret i Skien", "delmål 1.3"),
        ("nettkurs i karriererettleiing for lærarar", "delmål 1.3"),
        ("Fagbrev på jobb", "gi fleksibel opplæring på vaksnes premissar"),
        ("vaksenopplæringsnettverk for kommunane i Grenland", "gi fleksibel opplæring på vaksnes premissar")]


def test_a_question_over_the_measures_under_it_is_a_chapter_and_what_it_asks_for_their_delmal_in_words(tmp_path):
    document = docx.Document()
    document.add_paragraph("Handel og Kontor – svar til Kompetansepolitisk råd 2024")
    document.add_heading("Hva gjør forbundet for å styrke den digitale kompetansen i hele arbeidsstyrken?", level=2)
    document.add_paragraph("Forbundet har utviklet et nettkurs i netthandel for butikkansatte i samarbeid med Virke.")
    document.add_paragraph("Over 2 000 medlemmer har tatt kurset.")
    document.add_heading("Hvordan bidrar forbundet til kunnskap om læring i arbeidslivet?", level=2)
    document.add_paragraph("Forbundet har bestilt en rapport om opplæring i butikk fra Fafo.")
    document.save(tmp_path / "hk.docx")
    got = [(m.title, m.goal_text, m.heading) for m in extract_file(tmp_path / "hk.docx").measures]
    assert got == [("nettkurs i netthandel for butikkansatte", None,
                    "styrke den digitale kompetansen i hele arbeidsstyrken"),
                   ("rapport om opplæring i butikk", None, "kunnskap om læring i arbeidslivet")]


def test_headings_the_writer_numbers_as_measures_start_them_named_by_their_bold_words(tmp_path):
    """"**Tiltak 1 – Name.** Text …" three times or more: a measure each, even with no field of its own."""
    document = docx.Document()
    document.add_paragraph("Innlandet fylkeskommune – rapport 2021")
    for k, (name, text) in enumerate([("Regional kompetanseplan", " vart vedteken i 2021 og samlar partane."),
                                      ("Karriere Innlandet", " gir gratis rettleiing til alle vaksne."),
                                      ("Fagbrev for tilsette i kommunane", ". Fire kommunar er med.")], start=1):
        p = document.add_paragraph()
        p.add_run(f"Tiltak {k} – {name}").bold = True
        p.add_run(text)
    document.save(tmp_path / "innlandet.docx")
    assert [m.title for m in extract_file(tmp_path / "innlandet.docx").measures] == \
        ["Regional kompetanseplan", "Karriere Innlandet", "Fagbrev for tilsette i kommunane"]


def test_a_table_headed_only_by_the_measures_text_and_delmal_takes_its_name_column_by_content(tmp_path):
    document = docx.Document()
    document.add_paragraph("NHO Service og Handel – rapportering 2022")
    table = document.add_table(rows=4, cols=3)
    rows = [("Hva", "Beskrivelse", "Delmål"),
            ("Bransjeprogram for reiseliv", "Kurs for ansatte i hotell og restaurant, med fagskolene.", "2.1"),
            ("Lærlingløftet i service", "Flere lærebedrifter i renhold og vakt, sammen med LO.", "2.3"),
            ("Servicebarometeret", "Årlig undersøkelse om kompetansebehov blant medlemmene.", "1.1")]
    for row, values in zip(table.rows, rows):
        for cell, value in zip(row.cells, values):
            cell.text = value
    document.save(tmp_path / "nho.docx")
    assert _measures(tmp_path / "nho.docx") == [("Bransjeprogram for reiseliv", "2.1"),
                                                ("Lærlingløftet i service", "2.3"), ("Servicebarometeret", "1.1")]


def test_a_stop_set_in_another_font_than_the_word_it_touches_is_that_words():
    bold = _Word("arbeidskraft", 100.0, 150.0, 10.0, 20.0, 10.0, True)
    stop = _Word(".", 150.2, 153.0, 10.0, 20.0, 10.0, False)
    next_word = _Word("Planen", 156.0, 180.0, 10.0, 20.0, 10.0, False)
    assert line_text([bold, stop, next_word]) == "arbeidskraft. Planen"
    # a stop a space away stays apart; a word that touches is no stop
    apart = _Word(".", 154.0, 157.0, 10.0, 20.0, 10.0, False)
    word = _Word("Nord", 150.2, 170.0, 10.0, 20.0, 10.0, False)
    assert line_text([bold, apart]) == "arbeidskraft ."
    assert line_text([bold, word]) == "arbeidskraft Nord"


def test_names_inside_the_sentences_members_write_in_prose():
    from tiltak.extract.prose_names import names_in_sentence, object_name, subject_name

    # a verb split by its subject or an adverb; a subject after the verb; a name after the work on it
    assert object_name("I tillegg tek vi i bruk det nasjonale kvalitetsrammeverket for karriererettleiing.") == \
        "nasjonale kvalitetsrammeverket for karriererettleiing"
    assert object_name("Virke deltar fortsatt i bransjeprogrammet for varehandel sammen med HK-dir.") == \
        "bransjeprogrammet for varehandel"
    assert object_name("Sammen med LO arrangerte vi et frokostmøte om lærlinger i mars.") == "frokostmøte om lærlinger"
    assert object_name("YS har deltatt i arbeidet med Balansekunst, Virkes modell for å beskrive kompetanse.") == \
        "Balansekunst"
    assert object_name("Vi har arrangert et seminar under Arendalsuka 2024 om verdien av fagbrev.") == \
        "seminar under Arendalsuka 2024"
    assert object_name("Den 21. september arrangerte Spekter en konferanse om integrering for medlemmene.") == \
        "konferanse om integrering"
    assert object_name("Vi har arbeidet med promotering av Kompetansepluss frivillighet overfor studieforbundene.") == \
        "promotering av Kompetansepluss frivillighet"
    assert object_name("Akademikerne deltar i rådene for samarbeid med arbeidslivet ved universitetene.") == \
        "rådene for samarbeid med arbeidslivet"
    assert names_in_sentence("Spekter er representert i SRY og i faglige råd for helse- og oppvekstfag.") == \
        ["SRY", "faglige råd for helse- og oppvekstfag"]
    # a verb in the passive, or a verb's form as a noun after a preposition, tells of no name after it
    assert object_name("Møteplass lærebedrifter er videreført og ble arrangert for tolvte gang.") is None
    assert object_name("Vi fekk midlar til arbeidet med lærlingar.") is None
    # the subject of a sentence that tells what became of it
    assert subject_name("Møteplass lærebedrifter er videreført og ble arrangert for tolvte gang.") == \
        "Møteplass lærebedrifter"
    assert subject_name("Kompetansealliansen vert etablert våren 2019 for å samarbeide om kompetansebehovet.") == \
        "Kompetansealliansen"
    assert subject_name("En rapport om kommunen som læringsarena er utarbeidet av Rambøll for KS.") == \
        "rapport om kommunen som læringsarena"


def test_paragraphs_that_open_with_a_name_before_a_dash_or_a_colon(tmp_path):
    """A ministry's chapter of "Name – what it is (delmål x.y)" paragraphs: each a measure, the ministry's
    heading none; a paragraph of figures none."""
    document = docx.Document()
    document.add_paragraph("Regjeringens rapport til Kompetansepolitisk råd 2023")
    document.add_heading("1 Nærings- og fiskeridepartementet", level=1)
    document.add_paragraph("Kompetanseløft for sjømatnæringen – et program for ansatte i fiskeindustrien, med "
                           "fagskolene. (delmål 2.1)")
    document.add_paragraph("Lærlingtilskudd i havbruk – videreført for 2023 i samarbeid med partene. (delmål 2.3)")
    document.add_paragraph("Næringsstøtten til kompetanse var 40 millioner kroner i 2023.")
    document.add_paragraph("Digitalt løft: kurs i digitale verktøy for små bedrifter, gjennomført av Innovasjon Norge. "
                           "(delmål 2.1 og 2.4)")
    document.save(tmp_path / "nfd.docx")
    assert _measures(tmp_path / "nfd.docx") == [("Kompetanseløft for sjømatnæringen", "delmål 2.1"),
                                                ("Lærlingtilskudd i havbruk", "delmål 2.3"),
                                                ("Digitalt løft", "delmål 2.1 og 2.4")]


def test_headings_that_number_measures_over_a_sentence_that_tells_of_one(tmp_path):
    document = docx.Document()
    document.add_paragraph("Akademikernes rapport 2023")
    for k, text in enumerate(["Forskerforbundets kurs i karriereplanlegging er videreført og hadde 300 deltakere.",
                              "Sammen med Unio arrangerte vi et seminar om livslang læring i Bergen.",
                              "Akademikerne er representert i Kompetansebehovsutvalget (delmål 1.1)."], start=1):
        document.add_paragraph(f"Tiltak {k}: {text}")
    document.save(tmp_path / "akad.docx")
    assert _measures(tmp_path / "akad.docx") == [("Forskerforbundets kurs i karriereplanlegging", None),
                                                 ("seminar om livslang læring i Bergen", None),
                                                 ("Kompetansebehovsutvalget", "delmål 1.1")]


def test_a_bold_heading_of_two_delmal_and_words_heads_the_measures_under_it_and_figures_head_none(tmp_path):
    """"Delmål 2.1 og 2.2 – Læring i arbeidslivet" set in bold is a heading of two delmål, not a fact line of the
    measure above it; "Tall fra kommunesektoren" over figures is no measure."""
    document = docx.Document()
    document.add_paragraph("KS – kompetansetiltak 2024")
    for heading, measures in [("Delmål 1.4 – Samarbeid mellom utdanning og arbeidsliv",
                               [("Råd for samarbeid med arbeidslivet", ". KS deltar i RSA ved sju universiteter.")]),
                              ("Delmål 2.1 og 2.2 – Læring i arbeidslivet",
                               [("KS Læring", ". Plattformen har nå over 400 000 brukere."),
                                ("Arbeidslivsmonitoren", ". Monitoren gir oversikt over rekruttering.")])]:
        document.add_paragraph().add_run(heading).bold = True
        for name, text in measures:
            p = document.add_paragraph()
            p.add_run(name).bold = True
            p.add_run(text)
    document.add_paragraph().add_run("Tall fra kommunesektoren").bold = True
    document.add_paragraph("Antall lærlinger: 7 450")
    document.add_paragraph("Kommuner med Menn i helse: 210")
    document.save(tmp_path / "ks.docx")
    assert _measures(tmp_path / "ks.docx") == [("Råd for samarbeid med arbeidslivet", "Delmål 1.4"),
                                               ("KS Læring", "Delmål 2.1 og 2.2"),
                                               ("Arbeidslivsmonitoren", "Delmål 2.1 og 2.2")]


def test_points_of_the_strategys_list_in_brackets_are_its_old_numbers():
    from tiltak.extract.content import goal_reference

    assert goal_reference("LO er representert i SRY og i de faglige rådene (punkt 4 og 7).", bare=False) == "punkt 4 og 7"
    assert goal_reference("Modellen utvikles av Virke. (pkt. 9)", bare=False) == "pkt. 9"
    assert goal_reference("Avtalen gjelder fra punkt 4 i kontrakten.", bare=False) is None


def test_the_review_of_stop_48s_later_rules_misfires_each_mended(tmp_path):
    """REVIEW49's cases (a helper who had not written the rules): a publication named "Nøkkeltall for …", a
    measure whose text opens "Aktivitetene i dette programmet skal …", a plain numbered name with a verb in
    it, sentences of context under a delmål's heading, an aside between dashes, the strategy's own tiltak as
    numbered headings over a member's bullets."""
    from tiltak.extract.prose_names import named_subject
    from tiltak.extract.vocabulary import names_a_section

    assert not names_a_section("Nøkkeltall for fagskolene") and not names_a_section("Statistikk for voksnes læring")
    assert names_a_section("Nøkkeltall 2024") and names_a_section("Tall fra kommunesektoren")
    assert chapter_goal("Aktivitetene i dette programmet skal bidra til delmål 2.2.") is None
    assert named_subject("Etterspørselen etter digitale kurs ble doblet fra 2023 til 2024.") is None
    assert named_subject("Koronapandemien ga store utfordringer for kursene.") is None
    assert named_subject("Fagbrev på jobb vart innført i fire kommunar i 2020.") == "Fagbrev på jobb"

    document = docx.Document()
    document.add_paragraph("YS rapportering 2024")
    for k, (name, text) in enumerate([("Kurs for tillitsvalgte som ble permittert under pandemien",
                                       "Kursene gikk over tre dager og samlet 40 deltakere."),
                                      ("Nettverket Kompetanse gir vekst", "Nettverket møtes fire ganger i året."),
                                      ("Partssamarbeid om kompetanse i staten", "YS Stat deltar med KMD.")], start=1):
        document.add_paragraph(f"Tiltak {k} – {name}")
        document.add_paragraph(text)
    document.save(tmp_path / "ys.docx")
    assert [m.title for m in extract_file(tmp_path / "ys.docx").measures] == [
        "Kurs for tillitsvalgte som ble permittert under pandemien", "Nettverket Kompetanse gir vekst",
        "Partssamarbeid om kompetanse i staten"]

    document = docx.Document()
    document.add_paragraph("Virke – rapport 2023")
    document.add_heading("Delmål 2.1 Digital kompetanse", level=1)
    document.add_paragraph("Virke har utviklet et nettkurs i digital markedsføring for små butikker i 2023.")
    document.add_paragraph("Etterspørselen etter digitale kurs ble doblet fra 2022 til 2023.")
    document.add_paragraph("Samlet sett – og særlig i varehandelen – er behovet for kurs større enn før.")
    document.add_paragraph("Virke har også arrangert et seminar om kunstig intelligens i handelen.")
    document.save(tmp_path / "virke.docx")
    assert _measures(tmp_path / "virke.docx") == [("nettkurs i digital markedsføring for små butikker", "Delmål 2.1"),
                                                  ("seminar om kunstig intelligens i handelen", "Delmål 2.1")]

    document = docx.Document()
    document.add_heading("Spekters oppfølging av strategien 2017", level=1)
    for number, words, bullet in [
            (4, "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet",
             "Helsesekretærutdanningen: Spekter har sammen med OUS startet et samarbeid om utdanningen."),
            (5, "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken",
             "Digitaliseringskurs for ledere i helseforetakene, sammen med Helse Sør-Øst."),
            (6, "Styrke kunnskapsgrunnlaget om læring i arbeidslivet",
             "Spekter-konferansen om kompetanse, arrangert årlig i mars.")]:
        document.add_heading(f"Tiltak {number} – {words}", level=2)
        document.add_paragraph(bullet, style="List Bullet")
    document.save(tmp_path / "spekter.docx")
    assert not any(m.title.startswith(("Videreutvikle", "Styrke")) for m in extract_file(tmp_path / "spekter.docx").measures)


def test_a_question_in_another_language_or_of_no_purpose_heads_no_chapter(tmp_path):
    """A paper's "What are the most negative impacts …?" over its paragraphs (the real-world corpus): no chapter
    of measures, so "To purchase reprints …: …" names none."""
    document = docx.Document()
    document.add_paragraph("Work-life balance training for shift workers")
    document.add_heading("What are the most negative impacts of family on your work?", level=2)
    document.add_paragraph("FWC – positive: more time with children, shared meals and support from partners.")
    document.add_paragraph("To purchase reprints of this article please e-mail: reprints@example.com")
    document.add_paragraph("Or visit our web site for further details: www.example.com/reprints")
    document.save(tmp_path / "paper.docx")
    assert extract_file(tmp_path / "paper.docx").measures == []
