"""Forms of ordinary reports left from blind batches match36–37 (facts told in sentences after a
measure's text, names before a colon in bullets under a delmål's heading, a reporter naming itself,
a body's regional branch), each in a test's own words."""

import docx
import pytest


@pytest.mark.parametrize("text, kept, facts", [
    ("Kurset samla 40 deltakarar. Forbundet har ansvaret saman med AOF, i perioden 2023–2024. Tiltaket er eit kurs.",
     "Kurset samla 40 deltakarar.",
     [("responsible", "Forbundet"), ("partners", "AOF"), ("period", "2023–2024"), ("type", "kurs")]),
    # a sentence between the facts that tells no fact kept in the text
    ("Senteret gav råd til 200 verksemder. KS har ansvaret. Senteret blir evaluert neste år. Det er eit nettverk.",
     "Senteret gav råd til 200 verksemder. Senteret blir evaluert neste år.",
     [("responsible", "KS"), ("type", "nettverk")]),
    # one fact only, the first sentence, a field twice, a type word with a verb after it: no facts taken
    ("Kurset samla 40 deltakarar. LO har ansvaret.", None, None),
    ("LO har ansvaret. Tiltaket er et kurs.", None, None),
    ("Kurset går videre. LO har ansvaret. NHO har ansvaret.", None, None),
    ("Kurset går videre. LO har ansvaret. Det er et kurs vi er stolte av.", None, None),
])
def test_facts_told_in_sentences_after_a_measures_text(text, kept, facts):
    from tiltak.extract.layouts.facts import facts_after_text

    assert facts_after_text(text) == (None if kept is None else (kept, facts))


def _bullet(document, name, text):
    p = document.add_paragraph(style="List Bullet")
    p.add_run(f"{name}:").bold = True
    p.add_run(f" {text}")


def test_named_bullets_under_a_delmals_heading_with_their_facts_in_sentences(tmp_path):
    """A county's report: a delmål's heading, then bullets each naming a measure in bold before a colon
    (short names too, which look like a label), its text, and its facts in sentences at the end; a
    bullet with a figure after a short label is no measure, nor are the bullets under "Møte"."""
    from tiltak.extract.file import extract_file
    from tiltak.normalize.measures import Normalizer

    document = docx.Document()
    document.add_heading("Innlandet fylkeskommune – rapport om kompetansepolitikken 2024", level=1)
    document.add_heading("Delmål 1.3 Karriereveiledning", level=2)
    _bullet(document, "Karrieresenter Innlandet", "Sentera hadde 2 500 samtalar med vaksne i år. Fylkeskommunen har "
            "ansvaret saman med NAV Innlandet, i perioden 2024. Tiltaket er ei teneste.")
    _bullet(document, "Talet på samtalar", "2 500 samtalar i år, mot 1 900 året før.")
    document.add_heading("Delmål 2.1 Samarbeid mellom tilbydarar og arbeidsliv", level=2)
    _bullet(document, "Bransjenettverk for industrien", "Nettverket møttest fire gonger og laga ein felles plan for "
            "opplæring. Fylkeskommunen har ansvaret saman med NHO Innlandet, LO i Innlandet, i perioden frå 2022. "
            "Tiltaket er eit nettverk.")
    document.add_heading("Møte i 2024", level=2)
    document.add_paragraph("Kompetansepolitisk råd, 4. mars 2024", style="List Bullet")
    document.save(tmp_path / "2024_Innlandet_rapport.docx")

    result = extract_file(tmp_path / "2024_Innlandet_rapport.docx")
    assert [(m.title, m.goal_text, m.responsible_text, m.partners_text, m.period_text, m.type_text, m.description)
            for m in result.measures] == [
        # (a type in the writer's own word, none of the types' spellings, stays in the text)
        ("Karrieresenter Innlandet", "Delmål 1.3", "Fylkeskommunen", "NAV Innlandet", "2024", None,
         "Sentera hadde 2 500 samtalar med vaksne i år. Tiltaket er ei teneste."),
        ("Bransjenettverk for industrien", "Delmål 2.1", "Fylkeskommunen", "NHO Innlandet, LO i Innlandet", "frå 2022",
         "nettverk", "Nettverket møttest fire gonger og laga ein felles plan for opplæring.")]

    # the county named as "Fylkeskommunen" is the reporter; "NHO Innlandet" is NHO's branch, not the county
    measures = Normalizer().normalize_file(result)
    assert [(m.responsible, m.partners) for m in measures] == [
        (["Innlandet fylkeskommune"], ["NAV"]), (["Innlandet fylkeskommune"], ["NHO", "LO"])]
    assert measures[1].type == "Råd/utvalg/nettverk"


@pytest.mark.parametrize("entry, names", [
    ("NHO Vestland, LO i Vestland", ["NHO", "LO"]),
    ("NAV Møre og Romsdal", ["NAV"]),
    # two counties, a county by its full name, a county's place alone: the counties
    ("Vestland og Rogaland", ["Vestland fylkeskommune", "Rogaland fylkeskommune"]),
    ("Vestland fylkeskommune, NAV", ["Vestland fylkeskommune", "NAV"]),
    ("Vestland", ["Vestland fylkeskommune"]),
])
def test_a_bodys_branch_in_a_county_is_the_body(entry, names):
    from tiltak.normalize.measures import Normalizer

    assert Normalizer().gazetteer.split_entry(entry)[0] == names


def test_bullets_under_headings_that_are_delmal_in_the_strategys_words(tmp_path):
    """Headings that are delmål in the strategy's words, in nynorsk, unquoted: the bullets under them are
    their measures and take their delmål; a heading that only resembles the strategy's words ("Samarbeid
    med arbeidslivet") or is a short name gives none; a sentence that adds "òg" a delmål in its words
    adds it."""
    from tiltak.extract.file import extract_file
    from tiltak.normalize.measures import Normalizer

    document = docx.Document()
    document.add_heading("Rogaland fylkeskommune – rapport til Kompetansepolitisk råd 2023", level=1)
    document.add_heading("Syte for tilgang til karriererettleiing og eit heilskapleg system for karriererettleiing",
                         level=2)
    _bullet(document, "Karriere Rogaland", "Senteret opna eit nytt kontor i Haugesund og gav fleire samtalar enn før.")
    document.add_heading("Vidareutvikle samarbeidet mellom opplærings- og utdanningstilbydarar og arbeidslivet", level=2)
    _bullet(document, "Kompetansemeklar for industrien", "Meklaren koplar bedrifter til fagskulen og universitetet. "
            "Tiltaket bidreg òg til målet om å gi fleksibel opplæring på premissane til vaksne.")
    document.add_heading("Samarbeid med arbeidslivet", level=2)
    _bullet(document, "Møte med partane", "Fylkeskommunen møtte partane fire gonger i løpet av året.")
    document.save(tmp_path / "2023_Rogaland_rapport.docx")

    result = extract_file(tmp_path / "2023_Rogaland_rapport.docx")
    assert [m.title for m in result.measures] == ["Karriere Rogaland", "Kompetansemeklar for industrien"]
    assert [m.delmal for m in Normalizer().normalize_file(result)] == [["1.3"], ["1.4", "3.1"]]


@pytest.mark.parametrize("heading, wording", [
    ("Styrkje det regionale folkevalde nivået sitt kompetansepolitiske ansvar og samordningsrolle", True),
    ("«Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger»", True),
    ("Regional plan for kompetanse og arbeidskraft 2025–2028", False),
    ("Styrke karriereveiledning", False),  # too short to be a delmål's sentence
    ("Kompetansepartnarskapet Vestland (tidlegare Kompetanseforum Vestland)", False),
    # a measure's or a report's name that shares a delmål's words, not in their order
    ("Kurs i grunnleggende ferdigheter for arbeidssøkere gjennom NAV og fylkeskommunen", False),
    ("Arbeids- og inkluderingsdepartementet – kompetansetiltak 2025", False),
])
def test_a_heading_in_a_delmals_words(heading, wording):
    from tiltak.extract.layouts.segments import is_goal_wording

    assert is_goal_wording(heading) is wording


def test_answers_marked_by_the_numbers_of_questions_asked_once(tmp_path):
    """A letter that gives the secretariat's questions once, numbered, then under each measure's name
    the answers marked "(1)"…"(4)": each answer is the field its question asks for (a question that
    is no known label leaves its answer to be read by what it says: "2.3 – kurs")."""
    from tiltak.extract.file import extract_file

    document = docx.Document()
    document.add_paragraph("YS – svar på sekretariatets spørsmål om oppfølging av kompetansestrategien 2021")
    document.add_paragraph("(1) Hvilket delmål og hva slags tiltak? (2) Hvem er ansvarlig?")
    document.add_paragraph("(3) Hva går tiltaket ut på?")
    document.add_paragraph("(4) Når gjennomføres tiltaket?")
    for name, goal, who, what, when in (
            ("YS-skolen for tillitsvalgte", "2.3 – kurs", "YS", "Kurs i kompetanseplanlegging for tillitsvalgte.", "2021–2022"),
            ("Nettverk for seniorpolitikk", "3.3 – nettverk", "YS og Senter for seniorpolitikk",
             "Et nettverk som deler erfaringer om eldre arbeidstakere.", "Fra 2020")):
        document.add_paragraph().add_run(name).bold = True
        for n, answer in enumerate((goal, who, what, when), start=1):
            document.add_paragraph(f"({n}) {answer}")
    document.save(tmp_path / "ys.docx")
    assert [(m.title, m.goal_text, m.type_text, m.responsible_text, m.description, m.period_text)
            for m in extract_file(tmp_path / "ys.docx").measures] == [
        ("YS-skolen for tillitsvalgte", "2.3", "kurs", "YS", "Kurs i kompetanseplanlegging for tillitsvalgte.", "2021–2022"),
        ("Nettverk for seniorpolitikk", "3.3", "nettverk", "YS og Senter for seniorpolitikk",
         "Et nettverk som deler erfaringer om eldre arbeidstakere.", "Fra 2020")]


@pytest.mark.parametrize("lines", [
    ["(1) Hvem er ansvarlig?", "(2) Hva går tiltaket ut på?"],  # two questions only
    ["(1) Hvem er ansvarlig?", "(3) Hva går tiltaket ut på?", "(4) Når?"],  # not numbered 1, 2, 3
    ["(1) Kurs for tillitsvalgte.", "(2) Hvem er ansvarlig?", "(3) Når?"],  # not all questions
])
def test_numbered_lines_that_are_not_questions_asked_once_are_left_as_they_are(lines):
    from tiltak.extract.layouts.segments import _answers_by_number
    from tiltak.extract.model import Paragraph

    blocks = [Paragraph(text=x) for x in [*lines, "(1) LO", "(2) Kurs i 2021."]]
    assert _answers_by_number(blocks) == blocks


def _row_report(tmp_path, name, rows):
    from test_report_forms34 import _table
    from tiltak.extract.file import extract_file

    document = docx.Document()
    document.add_paragraph("Rapportering til Kompetansepolitisk råd – oppfølging av strategien")
    _table(document, rows)
    document.save(tmp_path / name)
    return extract_file(tmp_path / name).measures


def test_a_name_cells_own_line_that_gives_the_strategys_number_is_its_goal(tmp_path):
    """"Etablere et kompetansebehovsutvalg" with "NKPS nr. 1" on a line of its own in the name's cell:
    the line is the goal, not part of the name nor its description."""
    measures = _row_report(tmp_path, "kd.docx", [
        ["Tiltak", "Kategori", "Ansvar", "Tidsplan"],
        ["Etablere et kompetansebehovsutvalg\nNKPS nr. 1", "utvalg", "KD", "2017–2018"],
        ["Forsøk med modulstrukturert opplæring\nNKPS nr. 11 og 13", "forsøk", "KD", "2017–2021"]])
    assert [(m.title, m.goal_text, m.description) for m in measures] == [
        ("Etablere et kompetansebehovsutvalg", "NKPS nr. 1", None),
        ("Forsøk med modulstrukturert opplæring", "NKPS nr. 11 og 13", None)]


def test_a_column_of_the_strategys_numbers_each_with_its_type_after_a_dash(tmp_path):
    """"1. Tiltak i NKPS" beside "Tiltak" (a second name column by its label) whose cells are the old
    numbers with the type after a dash ("Nr. 4 og 7 – avtale"): the goal column, the type taken out."""
    from tiltak.normalize.measures import Normalizer

    measures = _row_report(tmp_path, "2017_LO_rapport.docx", [
        ["Tiltak", "1. Tiltak i NKPS", "2. Ansvarlig", "3. Beskrivelse", "4. Tidspunkt"],
        ["Samfunnskontrakten for flere læreplasser", "Nr. 4 og 7 – avtale", "KD", "LO følger opp.", "2016–2020"],
        ["Tillitsvalgtopplæring", "Nr. 6 – kurs", "LO", "En ny kursmodul.", "2017–2018"]])
    assert [(m.title, m.goal_text, m.type_text) for m in measures] == [  # ("avtale": none of the types' spellings)
        ("Samfunnskontrakten for flere læreplasser", "Nr. 4 og 7 – avtale", None),
        ("Tillitsvalgtopplæring", "Nr. 6 – kurs", "kurs")]
    result = __import__("tiltak.extract.file", fromlist=["x"]).extract_file(tmp_path / "2017_LO_rapport.docx")
    assert [(m.delmal, m.type) for m in Normalizer().normalize_file(result)][1:] == [(["2.2"], "Kurs/utdanning")]
    assert Normalizer().normalize_file(result)[0].delmal == ["1.4", "2.3"]


def test_a_goal_column_whose_label_says_nothing_known_and_whose_cells_give_codes_a_line_each(tmp_path):
    """"Mål" (no known label) over "1.4" and "1.4 / 2.2" written on two lines: the goal column."""
    measures = _row_report(tmp_path, "unio.docx", [
        ["Tiltak", "Mål", "Ansvarlig", "Form", "Når"],
        ["Unio-forbundenes plasser i RSA", "1.4", "UH-institusjonene", "Råd", "Løpende"],
        ["Trepartssamarbeidet i sykehusene", "1.4\n2.2", "HOD", "Partssamarbeid", "2019–"]])
    assert [(m.title, m.goal_text) for m in measures] == [("Unio-forbundenes plasser i RSA", "1.4"),
                                                          ("Trepartssamarbeidet i sykehusene", "1.4 2.2")]


def test_codes_tagged_by_the_names_of_the_measures_a_cell_lists(tmp_path):
    """A row whose name cell lists two measures as bullets, and whose delmål cell tags each code with the
    short name of one ("1.1 (KBU) 1.4 (SRY)"): each measure its own code; codes on a line each go by place."""
    from tiltak.extract.layouts.row_table import _goals_by_item

    items = ["Kompetansebehovsutvalget (KBU)", "Samarbeidsrådet for yrkesopplæring (SRY)"]
    assert _goals_by_item("1.1 (KBU) 1.4 (SRY)", items) == ["1.1", "1.4"]
    assert _goals_by_item("1.1\n1.4", items) == ["1.1", "1.4"]
    # a tag no measure holds, a code without a tag, codes for one only: the row's codes for both
    assert _goals_by_item("1.1 (KBU) 1.4 (NAV)", items) is None
    assert _goals_by_item("1.1 (KBU) 1.4", items) is None
    assert _goals_by_item("1.1 (KBU) 1.4 (KBU)", items) is None


@pytest.mark.parametrize("text, facts", [
    ("Strategiens tiltak nr. 4 og 7. Et råd. YS har ansvaret, i samarbeid med Delta og Parat. Tidsrom: 2016–2020.",
     [("goal", "Strategiens tiltak nr. 4 og 7"), ("type", "råd"), ("responsible", "YS"), ("partners", "Delta og Parat"),
      ("period", "2016–2020")]),
    # a date's day before its month is no sentence's end; a type word alone is a sentence of its own
    ("Delmål 2.2. Seminar. YS har ansvaret. Tidsrom: 23. november 2017.",
     [("goal", "Delmål 2.2"), ("type", "Seminar"), ("responsible", "YS"), ("period", "23. november 2017")]),
    # a sentence that is not a fact: none read
    ("Strategiens tiltak nr. 6. Et råd. Rådet møttes fire ganger.", None),
])
def test_facts_written_as_short_sentences_under_a_name(text, facts):
    from tiltak.extract.layouts.facts import sentence_facts

    assert sentence_facts(text) == facts


def test_a_column_of_labels_in_boxes_with_their_answers_printed_beside_them(tmp_path):
    """A PDF fact box drawn as a column of ruled label cells ("Målgruppe", "Eier" …) with each answer
    printed right of its box, not ruled: a two-column table, each answer beside its label."""
    from test_pdf_reader import _pdf
    from tiltak.extract.model import Table
    from tiltak.extract.pdf_reader import read_pdf

    labels = ["Målgruppe", "Knyttet til delmål", "Eier", "Varighet"]
    answers = ["Alle over 19 år", "1.3", "Kompetanse Norge", "2019–"]
    lines = [(72, 780, 12, 0, 0, "3.1 Nasjonal digital karriereveiledning")]
    lines += [(76, 746 - 20 * k, 10, 0, 0, text) for k, text in enumerate(labels)]
    lines += [(230, 746 - 20 * k, 10, 0, 0, text) for k, text in enumerate(answers)]
    _pdf(tmp_path / "nav.pdf", lines, boxes=[(72, 740 - 20 * k, 140, 20) for k in range(4)])
    tables = [b for b in read_pdf(str(tmp_path / "nav.pdf")).blocks if isinstance(b, Table)]
    assert [[c.text for c in t.row_cells(r)] for t in tables for r in range(t.n_rows)] == \
        [[label, answer] for label, answer in zip(labels, answers)]
    # boxes of other text (not labels) beside a column of text: no answers joined to them
    _pdf(tmp_path / "other.pdf", [(76, 746 - 20 * k, 10, 0, 0, t) for k, t in enumerate(["Oslo", "Bergen", "Tromsø"])]
         + [(230, 746 - 20 * k, 10, 0, 0, t) for k, t in enumerate(["120", "80", "40"])],
         boxes=[(72, 740 - 20 * k, 140, 20) for k in range(3)])
    tables = [b for b in read_pdf(str(tmp_path / "other.pdf")).blocks if isinstance(b, Table)]
    assert [t.n_cols for t in tables] in ([], [1])


def test_short_headings_that_name_delmal_each_another_head_the_bullets_under_them(tmp_path):
    """Headings of one shape, each naming another delmål in short words of its own (three of them
    in the strategy's words: "Et kompetansebehovsutvalg"; others by its keywords: "Karriereveiledning"), over bullets that name a measure and give its
    facts: each bullet a measure of its heading's delmål; a heading of that shape naming none ("LOs
    prioriteringer for 2025") ends them, and its bullets are no measures."""
    from tiltak.extract.file import extract_file
    from tiltak.normalize.measures import Normalizer

    document = docx.Document()
    document.add_paragraph("LOs rapportering til Kompetansepolitisk råd 2024")
    for heading, name, facts in (
            ("Et kompetansebehovsutvalg", "KBU – LOs plass i utvalget", "Ansvar: KD. Med: LO. Type: utvalg."),
            ("Karriereveiledning", "Karrierekurs for tillitsvalgte", "Ansvar: LO. Med: AOF. Type: kurs."),
            ("Digital kompetanse i hele arbeidsstyrken", "Digikurs for tillitsvalgte", "Ansvar: LO. Med: AOF. Type: kurs."),
            ("Karrieremuligheter i yrkesfag", "Yrkesfagturneen", "Ansvar: LO. Med: forbundene. Type: informasjon.")):
        document.add_paragraph().add_run(heading).bold = True
        p = document.add_paragraph(style="List Bullet")
        p.add_run(name).bold = True
        p.add_run(f" (2024): LO deltar i arbeidet og melder om god framdrift. {facts}")
    document.add_paragraph().add_run("LOs prioriteringer for 2025").bold = True
    document.add_paragraph("Flere læreplasser i offentlig sektor.", style="List Bullet")
    document.save(tmp_path / "2024_LO_rapport.docx")

    result = extract_file(tmp_path / "2024_LO_rapport.docx")
    assert [(m.title, m.responsible_text) for m in result.measures] == [
        ("KBU – LOs plass i utvalget", "KD"), ("Karrierekurs for tillitsvalgte", "LO"),
        ("Digikurs for tillitsvalgte", "LO"), ("Yrkesfagturneen", "LO")]
    assert [m.delmal for m in Normalizer().normalize_file(result)] == [["1.1"], ["1.3"], ["2.1"], ["2.3"]]


def test_measures_named_in_quotes_with_their_facts_in_a_bracket_inside_sentences(tmp_path):
    """Running text that names each measure in «guillemets» with a bracket of its facts right after it,
    two in one paragraph: a measure each, its facts, its sentence as its description."""
    from tiltak.extract.file import extract_file

    document = docx.Document()
    document.add_paragraph("VOFOs rapportering til Kompetansepolitisk råd 2022")
    document.add_paragraph("Regionalt har VOFO inngått «Avtaler med fylkeskommunene» [1.2; prosjekt; VOFO, med "
                           "fylkeskommunene; 2022–2024] i to fylker. I tillegg er «Kursnettverk i regionene» [1.2 og 3.6; "
                           "nettverk; VOFO, med studieforbundene; 2022–] etablert.")
    document.add_paragraph("Studien «Frivillig læring etter pandemien» [3.6; forskning; VOFO, med Fafo; 2022] kom i mai.")
    document.add_paragraph("Året har ellers vært preget av «dugnadsånd» i hele sektoren.")
    document.save(tmp_path / "vofo.docx")
    assert [(m.title, m.goal_text, m.responsible_text, m.period_text) for m in extract_file(tmp_path / "vofo.docx").measures] == [
        ("Avtaler med fylkeskommunene", "1.2", "VOFO", "2022–2024"),
        ("Kursnettverk i regionene", "1.2 og 3.6", "VOFO", "2022–"),
        ("Frivillig læring etter pandemien", "3.6", "VOFO", "2022")]


def _named_with_lines(document, named, lines):
    """Each (name, delmål) as a bold name over a line "Delmål: …" and the same labelled `lines`."""
    for name, goal in named:
        document.add_paragraph().add_run(name).bold = True
        for line in (f"Delmål: {goal}", *lines):
            document.add_paragraph(line)


def test_measures_with_labelled_fields_beside_a_table_of_other_measures(tmp_path):
    """A report with its new measures as headings with labelled fields and its continued ones in a table
    after them: both; a measure told in the text that the table holds too (its name in other words) once."""
    from test_report_forms34 import _table
    from tiltak.extract.file import extract_file

    document = docx.Document()
    document.add_paragraph("Regjeringens oppfølging av strategien 2020")
    _named_with_lines(document, (("Overføring av oppgaver til fylkeskommunene", "1.2"), ("Fagbrev på jobb", "3.1"),
                                 ("Kompetansereformen Lære hele livet", "2.2")),
                      ("Departement: KD", "Samarbeid: partene", "Varighet: 2020–"))
    document.add_paragraph("Videreførte tiltak")
    _table(document, [["Tiltak", "Delmål", "Ansvar", "Status 2020"],
                      ["Kompetansepluss", "3.2", "KD", "Videreført"], ["Bransjeprogram", "2.1", "KD", "Videreført"],
                      ["Fagbrev på jobb (ordningen)", "3.1", "KD", "Videreført"]])
    document.save(tmp_path / "reg.docx")
    assert sorted(m.title for m in extract_file(tmp_path / "reg.docx").measures) == sorted([
        "Kompetansepluss", "Bransjeprogram", "Fagbrev på jobb (ordningen)", "Overføring av oppgaver til fylkeskommunene",
        "Kompetansereformen Lære hele livet"])


def test_an_other_heading_over_closing_words_is_no_measure(tmp_path):
    """"Annet" over the letter's closing paragraph, after measures named by bold first sentences."""
    from tiltak.extract.file import extract_file

    document = docx.Document()
    document.add_paragraph("Rapportering av YS' oppfølging av Nasjonal kompetansepolitisk strategi 2018")
    for name in ("YS i Nasjonalt fagskoleråd", "Kurs for tillitsvalgte", "Seminar om livslang læring"):
        p = document.add_paragraph()
        p.add_run(f"{name}.").bold = True
        p.add_run(" YS deltar aktivt i arbeidet gjennom forbundene sine.")
        document.add_paragraph("Strategiens tiltak nr. 6. Kurs. YS har ansvaret, i samarbeid med Parat. Tidsrom: 2018.")
    document.add_paragraph().add_run("Annet").bold = True
    document.add_paragraph("YS vurderer å tilby flere kurs i 2019 og kommer tilbake til det.")
    document.save(tmp_path / "ys.docx")
    assert [m.title for m in extract_file(tmp_path / "ys.docx").measures] == [
        "YS i Nasjonalt fagskoleråd", "Kurs for tillitsvalgte", "Seminar om livslang læring"]


def test_area_headings_over_tables_are_no_measures_beside_them(tmp_path):
    """The strategy's areas across the first row of each table of their measures: the tables' rows only."""
    from test_report_forms34 import _table
    from tiltak.extract.file import extract_file

    document = docx.Document()
    document.add_paragraph("NHOs rapportering 2018")
    for area, rows in (("Hovedinnsatsområde 1: Gode valg for den enkelte og for samfunnet",
                        [["KBU", "1.1", "NHO", "Råd/utvalg"], ["Karriereveiledning i bedrift", "1.3", "NHO", "Prosjekt"]]),
                       ("Hovedinnsatsområde 3: Styrke kompetansen til voksne med svak tilknytning til arbeidslivet",
                        [["Kompetansepluss", "3.2", "Kompetanse Norge", "Kurs"], ["Jobbsjansen", "3.4", "IMDi", "Prosjekt"]])):
        document.add_paragraph().add_run(area.split(":")[1].strip()).bold = True
        table = _table(document, [[area, "", "", ""], ["Tiltak", "Delmål", "Ansvarlig", "Type"], *rows])
        table.cell(0, 0).merge(table.cell(0, 3)).text = area  # the area's name across the table's first row
    document.save(tmp_path / "nho.docx")
    assert [m.title for m in extract_file(tmp_path / "nho.docx").measures] == [
        "KBU", "Karriereveiledning i bedrift", "Kompetansepluss", "Jobbsjansen"]


def test_the_review_of_stop_40s_rules_misfires_each_mended(tmp_path):
    """Each misfire the review of this stop's rules found, in its own words."""
    from test_report_forms34 import _table
    from tiltak.extract.file import extract_file
    from tiltak.extract.layouts.facts import facts_after_text
    from tiltak.normalize.measures import Normalizer

    # measure names that hold a delmål's keyword ("Kompetansepluss", "Karriereveiledning") over a paragraph
    # with its facts: the names are the measures
    document = docx.Document()
    document.add_paragraph("Rapport om tiltak 2019")
    for name in ("Kompetansepluss", "Introduksjonsprogrammet", "Karriereveiledning", "Digital kompetanse"):
        document.add_paragraph().add_run(name).bold = True
        document.add_paragraph("Tilskuddsordning for opplæring av voksne. Ansvarlig: Kompetanse Norge. Periode: 2019.")
    document.save(tmp_path / "names.docx")
    assert [m.title for m in extract_file(tmp_path / "names.docx").measures] == [
        "Kompetansepluss", "Introduksjonsprogrammet", "Karriereveiledning", "Digital kompetanse"]

    # sentences about others in a description, a type word that is none: no facts taken
    assert facts_after_text("Sentera hadde 3000 samtalar. NAV samarbeider med skolene. Det er ei utfordring.") is None
    assert facts_after_text("Ordninga gir vaksne fagbrev. Bedriftene har ansvaret. Det er eit stort løft.") is None

    # a small note under a table, then a table of figures on the same page: no rows of figures as measures
    document = docx.Document()
    document.add_paragraph("Rapport fra Vestland fylkeskommune 2023")
    _table(document, [["Tiltak", "Delmål", "Ansvarleg", "Periode"], ["Karriere Vestland", "1.3", "VLFK", "2023"],
                      ["Fagbrev på jobb", "2.5", "VLFK", "2023"]])
    note = document.add_paragraph("1 Karriere Vestland hadde 3000 samtalar i 2023.")
    note.runs[0].font.size = docx.shared.Pt(7)
    _table(document, [["Karrieresenter", "2021", "2022", "2023"], ["Karriere Bergen", "1 200", "1 350", "1 500"]])
    document.save(tmp_path / "stats.docx")
    assert [m.title for m in extract_file(tmp_path / "stats.docx").measures] == ["Karriere Vestland", "Fagbrev på jobb"]

    # sections that tell a table's measures again in other words ("Nærmere om tiltakene"): counted once
    document = docx.Document()
    document.add_paragraph("KDs rapport 2021")
    _table(document, [["Tiltak", "Delmål", "Ansvar"], ["KBU", "1.1", "KD"], ["Fagskoleløftet", "1.4", "KD"],
                      ["Kompetansereformen", "2.2", "KD"]])
    document.add_paragraph("Nærmere om tiltakene")
    _named_with_lines(document, (("Kompetansebehovsutvalget", "1.1"), ("Økt satsing på høyere yrkesfaglig utdanning", "1.4"),
                                 ("Lære hele livet – reformen", "2.2")),
                      ("Ansvarlig: KD", "Type: Reform", "Varighet: 2020–"))
    document.save(tmp_path / "kd.docx")
    assert len(extract_file(tmp_path / "kd.docx").measures) == 3

    # "Departementet" in a county's report, "Forbundet" in LO's: not the reporter; "NAV – Vestland": two
    normalizer = Normalizer()
    document = docx.Document()
    document.add_paragraph("Rogaland fylkeskommune – rapport 2022")
    _table(document, [["Tiltak", "Delmål", "Ansvarlig"], ["Kompetanseløft", "1.2", "Departementet"],
                      ["Karriere Rogaland", "1.3", "Fylkeskommunen"]])
    document.save(tmp_path / "2022_Rogaland_rapport.docx")
    got = normalizer.normalize_file(extract_file(tmp_path / "2022_Rogaland_rapport.docx"))
    assert [m.responsible for m in got] == [["Departementene"], ["Rogaland fylkeskommune"]]
    assert normalizer.gazetteer.split_entry("NAV – Vestland")[0] == ["NAV", "Vestland fylkeskommune"]
    assert normalizer.gazetteer.split_entry("NAV med Vestland")[0] == ["NAV", "Vestland fylkeskommune"]

    # a partner after the strategy's number and a dash is no type
    measures = _row_report(tmp_path, "2017_Fellesforbundet.docx", [
        ["Tiltak", "1. Tiltak i NKPS", "Ansvarlig", "Tidspunkt"],
        ["Kurs i fagopplæring", "Nr. 16 – Fellesforbundet", "LO", "2017"],
        ["Bransjeprogram", "Nr. 6 – kurs", "LO", "2017"]])
    assert [m.type_text for m in measures] == [None, "kurs"]


def test_a_grid_of_short_names_by_ticked_delmal_after_measures_told_in_full_gives_their_delmal(tmp_path):
    """A county's annual report chapter: each measure a heading with its facts on a line; at the end a
    grid of the measures' short names by the sixteen delmål, ticked. The headings are the measures, the
    grid their delmål (joined by the short names), not a table of measures of its own."""
    from test_report_forms34 import _table
    from tiltak.extract.file import extract_file

    document = docx.Document()
    document.add_heading("5 Kompetanse og livslang læring", level=1)
    for name, facts in (("Karriere Vestland – karrieresenter for vaksne", "Ansvarleg: Vestland fylkeskommune · Tid: 2020–"),
                        ("Kompetanseforum Vestland", "Ansvarleg: Vestland fylkeskommune · Tid: 2020–"),
                        ("Modulstrukturert opplæring for vaksne", "Ansvarleg: Vestland fylkeskommune · Tid: 2020–2022")):
        document.add_heading(name, level=3)
        document.add_paragraph("Fylkeskommunen held fram med tiltaket i 2021.")
        document.add_paragraph(facts)
    codes = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"]
    document.add_paragraph("Tabell 5.2 Tiltak knytte til delmål")
    _table(document, [["Tiltak", *codes]] + [[short, *("x" if c == code else "" for c in codes)] for short, code in
                                               (("Karriere Vestland", "1.3"), ("Kompetanseforum", "1.2"),
                                                ("Modulstrukturert opplæring", "3.1"))])
    document.save(tmp_path / "vestland.docx")
    assert [(m.title, m.goal_text) for m in extract_file(tmp_path / "vestland.docx").measures] == [
        ("Karriere Vestland – karrieresenter for vaksne", "1.3"), ("Kompetanseforum Vestland", "1.2"),
        ("Modulstrukturert opplæring for vaksne", "3.1")]
