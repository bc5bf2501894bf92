"""Forms of reports first met in a blind batch (match32), each in a test's own words."""

import docx
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from test_report_forms import H, L, parse

from tiltak.extract.layouts.base import split_numbering

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CHUNK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"


def _with_chunk(path, intro: str, blob: bytes, content_type: str, name: str) -> None:
    """A Word file whose body is one paragraph and a part Word takes in whole after it (altChunk)."""
    document = docx.Document()
    document.add_paragraph(intro)
    part = Part(PackURI(f"/word/{name}"), content_type, blob, document.part.package)
    rid = document.part.relate_to(part, _CHUNK)
    chunk = parse_xml(f'<w:altChunk xmlns:w="{_W}" xmlns:r="{_R}" r:id="{rid}"/>')
    body = document.element.body
    body.insert(len(body) - 1, chunk)  # before the section's properties
    document.save(path)


def test_a_portals_html_export_taken_in_whole_by_word_is_read_as_the_body(tmp_path):
    """A report exported from a web portal: Word shows the HTML part (w:altChunk) in the body, so each
    heading with its table of facts is a measure, a list's items are items, and the page's script and
    style are no text. A draft left under the measures is none."""
    from tiltak.extract.file import extract_file

    html = """<html><head><title>Portal</title><style>h2{color:red}</style><script>var x = 1;</script></head><body>
    <p>Hjem › Rapporter › 2023</p><h1>Innmeldte tiltak 2023 – Udir</h1>
    <h2>Lærlingløftet i kommunene</h2>
    <table><tr><th>Delmål</th><td>2.3</td></tr><tr><th>Type</th><td>Prosjekt</td></tr>
    <tr><th>Ansvarlig</th><td>Udir</td></tr><tr><th>Periode</th><td>2021–2024</td></tr></table>
    <h2>Nettverk for prøvenemnder</h2>
    <table><tr><th>Delmål</th><td>2.5</td></tr><tr><th>Type</th><td>Nettverk</td></tr>
    <tr><th>Ansvarlig</th><td>Udir<br>fylkeskommunene</td></tr><tr><th>Periode</th><td>2022–</td></tr></table>
    <h2>Veileder for lærebedrifter</h2>
    <table><tr><th>Delmål</th><td>2.3, 2.5</td></tr><tr><th>Type</th><td>Annet</td></tr>
    <tr><th>Ansvarlig</th><td>Udir</td></tr><tr><th>Periode</th><td>2023</td></tr></table>
    <h2>Kompetanseløft for instruktører</h2>
    <table><tr><th>Delmål</th><td>2.2</td></tr><tr><th>Type</th><td>Kurs</td></tr>
    <tr><th>Ansvarlig</th><td>Udir</td></tr><tr><th>Periode</th><td>2023–2025</td></tr></table>
    <h2>Utkast – ikke sendt inn</h2><p>Pilot med digitale prøver, opprettet 3.10.2023</p>
    </body></html>""".encode("utf-8")
    _with_chunk(tmp_path / "portal.docx", "Rapport eksportert fra portalen", html, "text/html", "afchunk1.htm")
    got = [(m.title, m.goal_text, m.period_text) for m in extract_file(tmp_path / "portal.docx").measures]
    assert got == [("Lærlingløftet i kommunene", "2.3", "2021–2024"), ("Nettverk for prøvenemnder", "2.5", "2022–"),
                   ("Veileder for lærebedrifter", "2.3, 2.5", "2023"),
                   ("Kompetanseløft for instruktører", "2.2", "2023–2025")]


def test_html_blocks_keep_headings_lists_spans_and_no_hidden_text():
    from tiltak.extract.html_blocks import html_blocks
    from tiltak.extract.model import Paragraph, Table

    blocks = html_blocks("""<meta charset="windows-1252"><body><h3>Tiltak i år</h3><p>Innledning <b>her</b>.</p>
      <ol start="4"><li><strong>Kurs for ledere</strong></li><li>Nettverk</li></ol><ul><li>Punkt</li></ul>
      <table><tr><th rowspan="2">Navn</th><th colspan="2">Delmål</th></tr><tr><td>1.1</td><td>1.2</td></tr></table>
      <script>document.write('x')</script>Til slutt</body>""".encode("cp1252"))
    paragraphs = [(b.text, b.heading_level, b.list_label, b.bold) for b in blocks if isinstance(b, Paragraph)]
    assert paragraphs == [("Tiltak i år", 3, None, True), ("Innledning her.", None, None, False),
                          ("Kurs for ledere", None, "4.", True), ("Nettverk", None, "5.", False),
                          ("Punkt", None, "•", False), ("Til slutt", None, None, False)]
    table = next(b for b in blocks if isinstance(b, Table))
    assert [c.paragraphs[0].bold for c in table.cells] == [True, True, False, False]  # a header cell is bold
    assert [(c.text, c.row, c.col, c.row_span, c.col_span) for c in table.cells] == [
        ("Navn", 0, 0, 2, 1), ("Delmål", 0, 1, 1, 2), ("1.1", 1, 1, 1, 1), ("1.2", 1, 2, 1, 1)]
    assert html_blocks(b"") == [] and html_blocks("<html></html>") == []


def test_a_plain_text_or_word_part_taken_in_whole_is_read_too(tmp_path):
    from tiltak.extract.docx_reader import read_docx

    _with_chunk(tmp_path / "t.docx", "Innledning", "Tiltak A\r\n\r\nTiltak B".encode(), "text/plain", "chunk.txt")
    assert [p.text for p in read_docx(str(tmp_path / "t.docx")).paragraphs()] == ["Innledning", "Tiltak A", "Tiltak B"]
    _with_chunk(tmp_path / "d.docx", "Innledning", "Tiltak C".encode(), "text/plain", "chunk.dat")
    assert [p.text for p in read_docx(str(tmp_path / "d.docx")).paragraphs()] == ["Innledning", "Tiltak C"]
    inner = docx.Document()
    inner.add_paragraph("Fra et annet dokument")
    inner.save(tmp_path / "inner.docx")
    _with_chunk(tmp_path / "w.docx", "Innledning", (tmp_path / "inner.docx").read_bytes(),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "chunk.docx")
    assert [p.text for p in read_docx(str(tmp_path / "w.docx")).paragraphs()] == ["Innledning", "Fra et annet dokument"]


def test_a_number_in_square_brackets_is_the_key_a_table_refers_to():
    """A cross table names each measure by a short name and "[3]"; the descriptions after it are headed
    "[3] Full name": the key is numbering, not the name's."""
    assert split_numbering("[3] Handlingsprogram for kompetanse 2025–2026") == (
        "[3]", "Handlingsprogram for kompetanse 2025–2026", "num")
    assert split_numbering("[12] Kompetanseforum") == ("[12]", "Kompetanseforum", "num")
    assert split_numbering("Kompetanseforum [2]")[0] is None
    assert split_numbering("[2]Kompetanseforum")[0] is None
    result = parse(H("[1] Karriere Vestland"), L("Delmål", "1.3"), H("[2] Kompetanseforum Vestland"), L("Delmål", "1.2"))
    assert [(m.title, m.goal_text) for m in result.measures] == [("Karriere Vestland", "1.3"),
                                                                ("Kompetanseforum Vestland", "1.2")]


def test_a_column_of_the_strategys_goals_in_words_gives_the_delmal():
    """An adviser's quick reference: "Strategimål (NKPS)" heads the column that gives each measure's
    delmål by its wording, shortened."""
    from test_report_forms import table

    result = parse(table([["Brukeren trenger …", "Tiltak", "Strategimål (NKPS)", "Type", "Varighet"],
                          ["… fagbrev", "Fagbrev for arbeidssøkere", "Gjøre det enklere å få dokumentert kompetanse",
                           "Forsøk", "2020–2022"],
                          ["… norsk", "Norskopplæring med arbeidspraksis",
                           "Målrette og effektivisere norskopplæring", "Kurs", "2021"]]))
    assert [(m.title, m.goal_text) for m in result.measures] == [
        ("Fagbrev for arbeidssøkere", "Gjøre det enklere å få dokumentert kompetanse"),
        ("Norskopplæring med arbeidspraksis", "Målrette og effektivisere norskopplæring")]


def test_bullets_of_a_name_a_text_and_their_facts_in_a_bracket_split_by_dashes():
    """A federation's list: "• Name: what was done. (1.2 – kurs – VOFO med regionene – 2019)". The bracket's
    dashes part its facts; the type may be the writer's own word, and "X med Y" says who with whom."""
    from test_report_forms import H
    from tiltak.extract.model import Paragraph, Run

    def bullet(name, text, facts):
        whole = f"{name}: {text} ({facts})"
        return Paragraph(text=whole, list_label="•", lead=f"{name}:", runs=[Run(f"{name}:", bold=True), Run(f" {text} ({facts})")])

    result = parse(H("Gode valg for den enkelte"),
                   bullet("Opplæring av regionkontaktene", "De fikk kurs i regional politikk.",
                          "1.2 – kurs – Studieforbundet med regionene – 2019"),
                   bullet("Evaluering av ordningen", "Vi tok initiativ til en evaluering.",
                          "3.2 – FoU – Studieforbundet med frivillig sektor – 2019–2020"),
                   bullet("Avtaler med fylkene", "Fire avtaler i 2019.", "1.2 – avtaler – Studieforbundet med fylkene – 2018–2020"))
    got = [(m.title, m.goal_text, m.type_text, m.responsible_text, m.partners_text, m.period_text) for m in result.measures]
    assert got == [("Opplæring av regionkontaktene", "1.2", "kurs", "Studieforbundet", "regionene", "2019"),
                   ("Evaluering av ordningen", "3.2", "FoU", "Studieforbundet", "frivillig sektor", "2019–2020"),
                   ("Avtaler med fylkene", "1.2", "avtaler", "Studieforbundet", "fylkene", "2018–2020")]


def test_a_bracket_with_dashes_inside_a_name_or_a_period_is_no_list_of_facts():
    from tiltak.extract.layouts.facts import trailing_facts

    assert trailing_facts("Kurs for ledere (2019–2020)") is not None  # one fact: a period
    assert trailing_facts("Rapport om lønn (Fafo – oppdrag fra LO)") is None  # words, no facts
    assert trailing_facts("Kurs (2.2 – Fafo – Oslo og Bergen)") is None  # no writer's type among them: two unknowns
    for text in ("Kurs for ledere (1.2 – Fafo – 2019)", "Kurs (2.2 – Innlandet – 2019)", "Kurs (delmål 2.2, Fafo, 2019)",
                 "Samling (2.1 – Konferanse med lunsj – 2019)", "Samling (2.1 – Kurs med Fafo – 2019)"):
        assert trailing_facts(text) is None, text  # a name is no type; "Kurs med Fafo" is what, not who
    assert trailing_facts("Nettverk (2.3 – nettverk – LO med NHO – 2021)")[1] == (
        ("goal", "2.3"), ("type", "nettverk"), ("responsible", "LO"), ("partners", "NHO"), ("period", "2021"))


def _keyed(label, value, bold=False):
    """A key and its value in a column of keys (a PDF's key/value block): the key is the paragraph's lead."""
    from tiltak.extract.model import Paragraph, Run

    return Paragraph(text=f"{label} {value}", lead=label, bold=bold, runs=[Run(label, bold=True), Run(f" {value}")])


def test_a_key_tiltak_does_not_know_between_known_keys_is_one_more_field():
    """"Involverte  KD, NAV" between "Tiltakseier  HK-dir" and "Tidsrom  2019–": a key of the same column,
    not a new measure's name. Its words are the partners' too, and Nynorsk's "Kven har ansvaret" is who."""
    from test_report_forms import B

    result = parse(B("Karriereveiledning på nett"), _keyed("Delmål", "1.3"), _keyed("Tiltakseier", "HK-dir"),
                   _keyed("Involverte", "KD, NAV"), _keyed("Tidsrom", "2019–"),
                   B("Kvalitetsrammeverket"), _keyed("Delmål", "1.3"), _keyed("Kven har ansvaret", "HK-dir"),
                   _keyed("Merknad frå oss", "Revidert i år"), _keyed("Tidsrom", "2017–"))
    got = [(m.title, m.responsible_text, m.partners_text, m.period_text, m.extra) for m in result.measures]
    assert got == [("Karriereveiledning på nett", "HK-dir", "KD, NAV", "2019–", {}),
                   ("Kvalitetsrammeverket", "HK-dir", None, "2017–", {"Merknad frå oss": "Revidert i år"})]
    named = parse(B("Karriereveiledning på nett"), _keyed("Delmål", "1.3"), _keyed("Tiltakseier", "HK-dir"),
                  _keyed("Kurs for tillitsvalgte i alle regionene", "2021"), _keyed("Tidsrom", "2019–"))
    assert [m.title for m in named.measures][1:] == ["Kurs for tillitsvalgte i alle regionene 2021"]  # a name, no key


def test_a_goal_label_over_a_code_and_its_short_wording_is_answered_by_it():
    """A web page's fact box: "Delmål i strategien" on its own line, under it "1.3 Karriereveiledning" (the
    code and the delmål's short name), which is the answer and no numbered heading. A web page's
    "Relatert innhold" after the last measure is none."""
    from test_report_forms import B
    from tiltak.extract.model import Paragraph, Run

    def line(text, bold=False):
        return Paragraph(text=text, bold=bold, runs=[Run(text, bold=bold)])

    blocks = []
    for name, code, words, kind in (("Opplæringstiltaket", "3.5", "NAVs opplæringstilbud", "Kurs"),
                                    ("Menn i helse", "3.3", "Opplæring i arbeidsmarkedspolitikken", "Prosjekt"),
                                    ("Fagbrev for arbeidssøkere", "2.5", "Dokumentert kompetanse", "Forsøk"),
                                    ("Norsk med arbeidspraksis", "3.4", "Kvalifisering av innvandrere", "Kurs")):
        blocks += [B(name), line("Tekst om tiltaket."), line("Delmål i strategien", bold=True), line(f"{code} {words}"),
                   line("Type", bold=True), line(kind), line("Ansvarlig", bold=True), line("NAV"),
                   line("Periode", bold=True), line("2021")]
    blocks += [B("Relatert innhold"), line("Arbeidsmarkedstiltak"), line("Kurs for arbeidssøkere")]
    got = [(m.title, m.goal_text, m.type_text) for m in parse(*blocks, fmt="pdf").measures]
    assert got == [("Opplæringstiltaket", "3.5 NAVs opplæringstilbud", "Kurs"),
                   ("Menn i helse", "3.3 Opplæring i arbeidsmarkedspolitikken", "Prosjekt"),
                   ("Fagbrev for arbeidssøkere", "2.5 Dokumentert kompetanse", "Forsøk"),
                   ("Norsk med arbeidspraksis", "3.4 Kvalifisering av innvandrere", "Kurs")]


def test_a_line_of_facts_with_the_writers_own_type_word_is_a_line_of_facts():
    """"Delmål 1.3 • Teneste • Ansvarleg: …": one word no list knows, among the delmål and other facts, is
    the type in the writer's words; an acronym there is who, and two unknown words no line of facts."""
    from tiltak.extract.layouts.facts import facts_line

    assert facts_line("Delmål 1.3 • Teneste • Ansvarleg: Vestland fylkeskommune • Partnarar: NAV, kommunane • 2020–") == [
        ("goal", "Delmål 1.3"), ("type", "Teneste"), ("responsible", "Vestland fylkeskommune"),
        ("partners", "NAV, kommunane"), ("period", "2020–")]
    assert facts_line("Delmål 2.4 • tilskot • 2023") == [("goal", "Delmål 2.4"), ("type", "tilskot"), ("period", "2023")]
    # a word with a capital and no who given apart may be a name; a state is no type
    assert facts_line("Delmål 1.2 • Tromsø • 2020") is None and facts_line("Delmål 1.2 • Avlyst • 2020") is None
    assert facts_line("Delmål 2.2 • NAV • 2021") is None
    assert facts_line("Teneste • Ansvarleg: KD • 2021") is None  # the writer's word, but no delmål beside it
    assert facts_line("Tilskot • Teneste • 2021") is None  # no delmål among them


def test_facts_over_each_name_under_an_areas_heading_are_the_names():
    """A fact line in grey over each measure's heading (H2), the first of an area right under the area's
    heading (H1): each line is the measure's below it (a kicker), not the area's. A line right under a
    heading of the measures' own rank stays that heading's."""
    from tiltak.extract.layouts.segments import _plain_kickers, items
    from tiltak.extract.model import Document, Paragraph, Run

    def line(text):
        return Paragraph(text=text, runs=[Run(text)])

    def its(*blocks):
        return items(Document(path="t", format="docx", blocks=list(blocks)))

    who = "Ansvarleg: Vestland fylkeskommune • Partnarar: NAV Vestland"
    area = its(H("Gode val for den einskilde og for samfunnet", 1), line(f"Delmål 1.3 • Kurs • {who} • 2020–"),
               H("Karriere Vestland"), line("Eit nytt kontor i Odda."), line(f"Delmål 1.2 • Prosjekt • {who} • 2023–2026"),
               H("Kompetanseforum Vestland"), line("Nytt mandat."), H("Læring i arbeidslivet", 1),
               line(f"Delmål 2.4 • Kurs • {who} • 2023"), H("Bedriftsintern opplæring"), line("41 bedrifter fekk tilskot."),
               line(f"Delmål 2.5 • Prosjekt • {who} • 2022–"), H("Fagbrev på jobb i Vestland"), line("Fleire fekk fagbrev."))
    kicked = _plain_kickers(area)
    assert {area[i].text for i in kicked} >= {"Delmål 1.3", "Delmål 1.2", "Delmål 2.4", "Delmål 2.5"}
    # each measure a Heading 1 with its facts right under it, then Heading 2 parts: the facts are its own
    parts = []
    for name in ("Karriere Vestland", "Kompetanseforum Vestland", "Fagbrev på jobb", "Bedriftsintern opplæring"):
        parts += [H(name, 1), line(f"Delmål 1.3 • Kurs • {who} • 2021–"), H("Status i 2023"), line("Etter planen."),
                  H("Vidare arbeid"), line("Vi held fram.")]
    assert _plain_kickers(its(*parts)) == set()
    same_rank = its(H("Karriere Vestland"), line(f"Delmål 1.3 • Kurs • {who} • 2020–"), H("Kompetanseforum Vestland"),
                    line("Nytt mandat."), line(f"Delmål 1.2 • Prosjekt • {who} • 2023–2026"), H("Bedriftsintern opplæring"),
                    line("Tekst."), line(f"Delmål 2.4 • Kurs • {who} • 2023"), H("Fagbrev på jobb"))
    assert _plain_kickers(same_rank) == set()


def test_a_delmal_named_in_the_strategys_own_words_in_the_text_is_read_from_it(reference):
    """No goal field, but the text says which delmål in its words: six words or more in a row as they
    stand in the delmål's text. Shared words that are no such run are not."""
    from tiltak.normalize.goals import goals_in_wording

    codes, sentence = goals_in_wording("Forumet møtes fire ganger. Tiltaket følger opp delmålet om å styrke regionalt "
                                       "folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle.", reference)
    assert codes == ["1.2"] and sentence.startswith("Tiltaket følger opp")
    assert goals_in_wording("Slik bidrar vi til tilgang til karriereveiledning, med særlig vekt på de regionale "
                            "karrieresentrene.", reference)[0] == ["1.3"]
    assert goals_in_wording("Vi styrker karriereveiledning og samarbeid med arbeidslivet i regionen.", reference)[0] == []
    # five words of a delmål's text are a phrase the field shares, not yet its wording
    assert goals_in_wording("Forumet skal bidra til et helhetlig system for karriereveiledning og samordning.",
                            reference)[0] == []
    assert goals_in_wording(None, reference) == ([], "")
    # the strategy's words in a sentence that says nothing of what the measure is for are the field's own
    for text in ("Kursene er utviklet i dialog med partene i arbeidslivet.",
                 "Deltakerne er arbeidssøkere som trenger kvalifisering for å komme i jobb.",
                 "Målet er at flest mulig voksne får anledning til å ta fagbrev."):
        assert goals_in_wording(text, reference)[0] == [], text
    assert goals_in_wording("Tiltaket skal gi fleksibel opplæring på voksnes premisser.", reference)[0] == ["3.1"]


def test_a_line_that_refers_to_a_measure_told_of_under_another_delmal_adds_this_delmal_to_it():
    """A report by delmål: "Samfunnskontrakten – sjå omtale under delmål 1.4." under "Delmål 2.3" is no
    measure; the contract, told of under 1.4, serves 2.3 too. A total at the end is no measure."""
    from tiltak.extract.model import Paragraph, Run

    def line(text, italic=False):
        return Paragraph(text=text, italic=italic, runs=[Run(text, italic=italic)])

    def fields(kind):
        return line(f"Ansvarleg: KD. Samarbeid: partane. Tidsrom: 2022–2026. Type: {kind}.")

    result = parse(H("Delmål 1.4"), H("Samfunnskontrakten for fleire læreplassar", 3), fields("Avtale"),
                   line("Kontrakten er følgd opp."), H("Delmål 2.1"), H("Bransjeprogramma", 3), fields("Kurs"),
                   line("19 program."), H("Delmål 2.3"),
                   line("Samfunnskontrakten for fleire læreplassar – sjå omtale under delmål 1.4.", italic=True),
                   H("Delmål 2.4"), line("Bransjeprogramma (se beskrivelse under delmål 2.1)", italic=True),
                   H("Delmål 3.6"), H("Fagbrev på jobb", 3), fields("Kurs"), line("Ordninga er vidareført."),
                   line("Samla talet på tiltak: 3"))
    got = [(m.title, m.goal_text) for m in result.measures]
    assert got == [("Samfunnskontrakten for fleire læreplassar", "Delmål 1.4; Delmål 2.3"),
                   ("Bransjeprogramma", "Delmål 2.1; Delmål 2.4"), ("Fagbrev på jobb", "Delmål 3.6")]


def test_a_row_of_two_measures_lettered_a_and_b_in_each_cell_is_two_rows():
    """A union's table: its last row holds two measures, each cell giving "a) …" and "b) …" (a date run into
    the next letter: "a) 2021–b) 2016–2020"). A cell without letters belongs to both; a title cell
    "a)" alone, or letters out of order, is one row as written."""
    from test_report_forms import table

    result = parse(table([["Delmål", "Tiltak og beskrivelse", "Form", "Når"],
                          ["1.1", "Kompetansebehovsutvalget", "råd", "2017–"],
                          ["a) 1.4 b) 1.4, 2.3", "a) Nasjonalt fagskoleråd\nRådet er nytt.\nb) Samfunnskontrakten\n"
                           "Perioden er over.", "a) råd b) avtale", "a) 2021–b) 2016–2020"],
                          ["2.2", "a) Kurs i digitale ferdigheter", "kurs", "2021"]]))
    got = [(m.title, m.goal_text, m.type_text, m.period_text, m.description) for m in result.measures]
    assert got == [("Kompetansebehovsutvalget", "1.1", "råd", "2017–", None),
                   ("Nasjonalt fagskoleråd", "1.4", "råd", "2021–", "Rådet er nytt."),
                   ("Samfunnskontrakten", "1.4, 2.3", "avtale", "2016–2020", "Perioden er over."),
                   ("a) Kurs i digitale ferdigheter", "2.2", "kurs", "2021", None)]
    from tiltak.extract.content import lettered_parts

    assert lettered_parts("b) x a) y") is None and lettered_parts("Kurs a) og b)") is None


def test_the_review_of_match32_and_match33s_classes_misfires_each_mended():
    """Measures named by a short bold lead, each before its own keys, keep their names (a key after the
    lead that the measure above has given opens the next measure). A blank goal key in a PDF is not
    answered by the next measure's numbered bold heading."""
    from test_report_forms import B
    from tiltak.extract.model import Paragraph, Run

    def lead(name, rest):
        return Paragraph(text=f"{name} {rest}", lead=name, runs=[Run(name, bold=True), Run(f" {rest}")])

    result = parse(lead("Karriere Vestland", "– eit tilbod om karriererettleiing."), _keyed("Delmål", "1.3"),
                   _keyed("Ansvarleg", "Vestland fylkeskommune"), _keyed("Periode", "2020–"),
                   lead("Kompetanseforum Vestland", "– nytt mandat frå 2023."), _keyed("Delmål", "1.2"),
                   _keyed("Ansvarleg", "Vestland fylkeskommune"), _keyed("Periode", "2023–"),
                   lead("Fagbrev på jobb", "– fleire fekk fagbrev."), _keyed("Delmål", "2.5"),
                   _keyed("Ansvarleg", "Vestland fylkeskommune"), _keyed("Periode", "2021–"))
    assert [(m.title, m.goal_text) for m in result.measures] == [
        ("Karriere Vestland", "1.3"), ("Kompetanseforum Vestland", "1.2"), ("Fagbrev på jobb", "2.5")]
    # (the bold lead is the name; the dash after it parts what it is from it)
    assert result.measures[0].description == "eit tilbod om karriererettleiing."

    def line(text, bold=False):
        return Paragraph(text=text, bold=bold, runs=[Run(text, bold=bold)])

    blank = parse(B("1.1 Karriere Vestland"), line("Tekst om tiltaket."), line("Ansvarleg", bold=True), line("KD"),
                  line("Delmål", bold=True), line("1.3"),
                  B("1.2 Kompetanseforum Vestland"), line("Tekst om tiltaket."), line("Ansvarleg", bold=True), line("KD"),
                  line("Delmål", bold=True),
                  B("1.3 Fagbrev på jobb"), line("Tekst om tiltaket."), line("Ansvarleg", bold=True), line("KD"),
                  line("Delmål", bold=True), line("2.5"), fmt="pdf")
    assert [m.title for m in blank.measures] == ["Karriere Vestland", "Kompetanseforum Vestland", "Fagbrev på jobb"]


def test_lettered_parts_of_one_sentence_or_beside_a_description_column():
    """"a) Kartlegging av behov, b) utvikling av kurs og c) evaluering" is one measure's list of steps; a
    description column without letters is both measures'."""
    from test_report_forms import table

    steps = parse(table([["Delmål", "Tiltak", "Når"], ["1.1", "Kompetansebehovsutvalget", "2017–"],
                         ["1.4", "a) Kartlegging av behov, b) utvikling av kurs og c) evaluering", "2021"]]))
    assert len(steps.measures) == 2
    both = parse(table([["Delmål", "Tiltak", "Beskrivelse", "Når"], ["1.1", "Kompetansebehovsutvalget", "LO deltar.", "2017–"],
                        ["1.4", "a) Nasjonalt fagskoleråd b) Samfunnskontrakten", "Begge er følgde opp.", "2021"]]))
    assert [(m.title, m.description) for m in both.measures][1:] == [
        ("Nasjonalt fagskoleråd", "Begge er følgde opp."), ("Samfunnskontrakten", "Begge er følgde opp.")]


def test_html_lines_broken_by_br_are_paragraphs_with_their_bold_leads_and_any_encoding():
    from tiltak.extract.html_blocks import decoded, html_blocks

    got = [(b.text, b.lead) for b in html_blocks("<p><b>Delmål:</b> 1.3<br><b>Ansvarlig:</b> Udir</p>")]
    assert got == [("Delmål: 1.3", "Delmål:"), ("Ansvarlig: Udir", "Ansvarlig:")]
    xhtml = '<?xml version="1.0" encoding="utf-8"?><html><body><h2>Lærlingløftet</h2></body></html>'
    assert [b.text for b in html_blocks(xhtml)] == ["Lærlingløftet"]
    assert decoded("Lærlingløftet".encode("cp1252")) == "Lærlingløftet"
    assert decoded("Lærlingløftet".encode("utf-16")) == "Lærlingløftet"
