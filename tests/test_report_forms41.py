"""Forms of ordinary reports left from blind batches match40–41 (a goal column of the strategy's old
numbers beside measures told in the next cell, one-line measures with their facts after dashes, goal
headings with a code in brackets, cross-references under other delmål, labels over answers with no
rules, lettered points keyed to a table …), each in a test's own words."""

import docx
import pytest

from test_report_forms34 import _table


def _measures(path):
    from tiltak.extract.file import extract_file

    return extract_file(path).measures


def _normalized(path):
    from tiltak.extract.file import extract_file
    from tiltak.normalize.measures import Normalizer

    return Normalizer().normalize_file(extract_file(path))


def _bold_lead(document, lead, rest, style=None):
    p = document.add_paragraph(style=style)
    p.add_run(lead).bold = True
    p.add_run(rest)
    return p


def test_a_goal_column_of_old_numbers_beside_measures_told_in_the_next_cell(tmp_path):
    """A 2017 union's table: "NKPS-tiltak" over "Nr. 4 …" and the strategy's words, beside the measures
    told for it, several in one cell (a bold name, its text, a line of facts); "Også nr. 7" at the end
    of a fact adds a goal."""
    document = docx.Document()
    document.add_paragraph("Forbundets rapport til Kompetansepolitisk råd 2017")
    table = _table(document, [["NKPS-tiltak", "Vår oppfølging"],
                              ["Nr. 1\nEtablere et kompetansebehovsutvalg (KBU)", ""],
                              ["Nr. 4\nVidereutvikle samarbeidet mellom tilbydere og arbeidslivet", ""]])
    for row, measures in ((1, [("Plass i utvalget", "Forbundet har én plass.", "Type: råd. Ansvar: KD. Tid: Fra 2017.")]),
                          (2, [("Lærlingkampanjen", "Kampanje for flere lærlinger.", "Type: kampanje. Ansvar: Forbundet. "
                                                                                     "Tid: 2017. Også nr. 7."),
                               ("Yrkesfagdagen", "En dag for elever i ungdomsskolen.", "Type: arrangement. Ansvar: "
                                                                                      "Forbundet. Tid: Mai 2017.")])):
        cell = table.cell(row, 1)
        cell.paragraphs[0].text = ""
        for k, (name, text, facts) in enumerate(measures):
            p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
            p.add_run(name).bold = True
            cell.add_paragraph(text)
            cell.add_paragraph(facts)
    document.save(tmp_path / "2017_Forbundet.docx")
    measures = _normalized(tmp_path / "2017_Forbundet.docx")
    assert [(m.title, m.delmal, m.responsible) for m in measures] == [
        ("Plass i utvalget", ["1.1"], ["KD"]),
        ("Lærlingkampanjen", ["1.4", "2.3"], ["Forbundet"]),  # (nr. 7 is delmål 2.3)
        ("Yrkesfagdagen", ["1.4"], ["Forbundet"])]


def test_a_goal_column_needs_each_cell_to_name_a_goal(tmp_path):
    """Under the same label, a column whose cells are not all old numbers or goals is no goal column."""
    from tiltak.extract.layouts.segments import _goal_column
    from tiltak.extract.model import Cell, Table

    def table(firsts):
        cells = [Cell("NKPS-tiltak", 0, 0), Cell("Vår oppfølging", 0, 1)]
        cells += [c for r, f in enumerate(firsts, 1) for c in (Cell(f, r, 0), Cell("Tekst", r, 1))]
        return Table(cells=cells, n_rows=len(firsts) + 1, n_cols=2)

    assert _goal_column(table(["Nr. 1 Etablere et utvalg", "Nr. 4 Samarbeid"])) == 0
    assert _goal_column(table(["Nr. 1 Etablere et utvalg", "Samarbeid med skolene"])) is None
    assert _goal_column(table(["Nr. 1 Etablere et utvalg"])) is None  # (one row says too little)


@pytest.mark.parametrize("text, old, codes", [
    ("Forsøk i fem fylker. Gjelder også tiltak nr. 13.", True, ["3.3"]),
    ("Forsøk i fem fylker. Gjelder også tiltak nr. 13.", False, []),  # (a report by codes: another numbering)
    ("Tilskudd til opplæring. Gjelder også tiltak nr. 16 og 12.", True, ["3.2", "3.6"]),
    ("Også: Kunnskapsgrunnlaget (2.2)", False, ["2.2"]),
    ("Kurset ble holdt i 2.2-rommet.", False, []),
])
def test_a_text_that_adds_a_goal_by_old_number_or_a_bracketed_code(text, old, codes):
    from tiltak.normalize.goals import also_goals
    from tiltak.normalize.reference import load_reference

    assert also_goals(text, load_reference(), old_numbers=old)[0] == codes


@pytest.mark.parametrize("extra, goal, description, left", [
    # the strategy's words under a label tiltak does not know (one part shortened, the other exact)
    ({"Mål": "Styrke kunnskapsgrunnlaget om læring i arbeidslivet; Koble kompetansebehov i virksomheter og klynger"},
     "Styrke kunnskapsgrunnlaget om læring i arbeidslivet; Koble kompetansebehov i virksomheter og klynger", None, {}),
    ({"Mål": "2.1 Styrke og videreutvikle den digitale kompetansen; 2.2 Styrke kunnskapsgrunnlaget"},
     "2.1 Styrke og videreutvikle den digitale kompetansen; 2.2 Styrke kunnskapsgrunnlaget", None, {}),
    # the one unknown field told in sentences is the text
    ({"Status og innhold": "Forsøk i fem fylker der voksne kan ta fagbrev på jobben. Gjelder også tiltak nr. 13."},
     None, "Forsøk i fem fylker der voksne kan ta fagbrev på jobben. Gjelder også tiltak nr. 13.", {}),
    # a measure's own aim is no delmål; a known label's field (Målgruppe) is kept as it is
    ({"Mål": "Flere lærlinger i bedriftene i fylket"}, None, None, {"Mål": "Flere lærlinger i bedriftene i fylket"}),
    ({"Målgruppe": "Voksne uten fullført videregående opplæring i fylket."}, None, None,
     {"Målgruppe": "Voksne uten fullført videregående opplæring i fylket."}),
])
def test_fields_under_unknown_labels_that_give_the_goal_or_the_text(extra, goal, description, left):
    from tiltak.extract.file import _from_other_fields
    from tiltak.extract.records import Provenance, RawMeasure

    m = RawMeasure(index=1, title="Tiltaket", extra=extra, provenance=Provenance(file="x.docx", sha256="0"))
    out = _from_other_fields(m)
    assert (out.goal_text, out.description, out.extra) == (goal, description, left)


def test_measures_told_in_one_line_with_their_facts_after_dashes(tmp_path):
    """Carried-on measures listed one a line: the name (with a dash of its own), then the delmål, the
    type, who runs it and a note after a status ("Videreført: …"), or the delmål in a bracket after the
    name; a sentence with dashes in it is no measure."""
    document = docx.Document()
    document.add_heading("Videreførte tiltak", level=1)
    document.add_paragraph("Vi har – som tidligere år – deltatt i mange møter om kompetanse.")
    for line in ["Kompetansebehovsutvalget (KBU) – delmål 1.1 – Råd/utvalg – KD – Videreført: Ny rapport i 2019.",
                 "Regionreformen – fylkenes kompetanseansvar – delmål 1.2 – Oppgaveoverføring – KMD – Videreført: "
                 "Nye oppgaver fra 2020.",
                 "Tillitsvalgtkurs om kompetanse (2.2) – kurs – LO følger opp i de faglige rådene."]:
        document.add_paragraph(line, style="List Bullet")
    document.save(tmp_path / "2019_Departement.docx")
    assert [(m.title, m.goal_text, m.type_text, m.responsible_text, m.description)
            for m in _measures(tmp_path / "2019_Departement.docx")] == [
        ("Kompetansebehovsutvalget (KBU)", "delmål 1.1", "Råd/utvalg", "KD", "Ny rapport i 2019."),
        ("Regionreformen – fylkenes kompetanseansvar", "delmål 1.2", "Oppgaveoverføring", "KMD", "Nye oppgaver fra 2020."),
        ("Tillitsvalgtkurs om kompetanse", "2.2", "kurs", None, "LO følger opp i de faglige rådene.")]


def test_headings_with_a_code_in_brackets_over_the_measures_and_references_under_other_delmal(tmp_path):
    """Goal headings in the member's short words with the code in brackets over bold names and their
    facts ("Også: … (2.2)" adds a goal); a report ordered by delmål whose later headings only refer to
    a measure told under an earlier one ("Se også: …")."""
    document = docx.Document()
    document.add_paragraph("Vi har ordnet tiltakene etter delmålene i strategien.")
    for heading, name, facts in [("Karriereveiledning (1.3)", "Nasjonalt forum for karriereveiledning",
                                  ["Eier: HK-dir", "Tidsrom: Løpende"]),
                                 ("Digital kompetanse (2.1)", "Kommunenes læringsplattform",
                                  ["Eier: KS", "Tidsrom: Løpende", "Også: Kunnskapsgrunnlaget (2.2)"])]:
        document.add_heading(heading, level=2)
        document.add_paragraph().add_run(name).bold = True
        for fact in facts:
            document.add_paragraph(fact)
    document.add_heading("Delmål 2.4 Kompetansebehov i virksomheter", level=2)
    document.add_paragraph("Se også: Nasjonalt forum for karriereveiledning (omtalt under delmål 1.3).")
    document.save(tmp_path / "2025_KS.docx")
    assert [(m.title, m.delmal) for m in _normalized(tmp_path / "2025_KS.docx")] == [
        ("Nasjonalt forum for karriereveiledning", ["1.3", "2.4"]), ("Kommunenes læringsplattform", ["2.1", "2.2"])]


@pytest.mark.parametrize("text, codes", [
    # a cell's lines run together: each delmål's words open with a capital after a word in lower case
    ("Vidareutvikle samarbeidet mellom opplærings- og utdanningstilbydarar og arbeidslivet Gi fleksibel opplæring "
     "på premissane til vaksne", ["1.4", "3.1"]),
    ("Samarbeid utdanning–arbeidsliv Kunnskapsgrunnlaget", ["1.4", "2.2"]),  # (a keyword only 2.2's text has)
    ("Styrkje det regionale folkevalde nivået sitt kompetansepolitiske ansvar og samordningsrolle", ["1.2"]),
])
def test_delmal_in_words_run_together(text, codes):
    from tiltak.normalize.goals import match_goal_texts
    from tiltak.normalize.reference import load_reference

    assert match_goal_texts(text, load_reference(), 80)[0] == codes


def test_a_status_in_brackets_after_the_names_is_a_tag_only_in_two_kinds(tmp_path):
    """"KS Læring (videreført)" beside "Lærlingløftet (nytt)": the status, kept as the measure's, not its
    name; a report that marks only what goes on ("(videreført)", "(fortsatt)") writes it as the name."""
    def report(name, titles):
        document = docx.Document()
        for title in titles:
            document.add_heading(title, level=2)
            document.add_paragraph("Delmål: 2.1")
            document.add_paragraph("Ansvarlig: KS")
        document.save(tmp_path / name)
        return [(m.title, m.status) for m in _normalized(tmp_path / name)]

    assert report("tagged.docx", ["KS Læring (videreført)", "Lærlingløftet (nytt)"]) == [
        ("KS Læring", "Videreført"), ("Lærlingløftet", "Nytt")]
    assert report("named.docx", ["KS Læring (videreført)", "Lærlingløftet (fortsatt)"]) == [
        ("KS Læring (videreført)", None), ("Lærlingløftet (fortsatt)", None)]


def test_questions_alone_over_answers_that_carry_labels_and_a_text_that_says_it_is_none(tmp_path):
    """A heading per measure, each question on a line of its own over its answer, an answer with labels
    of its own ("Ansvarlig: KD. Med: Unio."); a closing heading whose text says it is no measure."""
    document = docx.Document()
    for name, goal, who in [("Referansegruppen for EVU", "Tiltaket hører til delmål 2.2.", "Ansvarlig: KD. Med: Unio."),
                            ("Tillitsvalgtskolering", "Tiltaket hører til delmål 2.1.", "Ansvarlig: Unio. Med: AOF.")]:
        document.add_paragraph().add_run(name).bold = True
        for question, answer in [("Hvilket delmål i strategien?", goal), ("Hvem har ansvaret, og hvem er med?", who),
                                 ("Når?", "2020")]:
            document.add_paragraph(question)
            document.add_paragraph(answer)
    document.add_paragraph().add_run("Andre saker vi har arbeidet med").bold = True
    document.add_paragraph("Vi har uttalt oss om lønn. Dette er ikke tiltak i oppfølgingen av strategien.")
    document.save(tmp_path / "2020_Unio.docx")
    assert [(m.title, m.goal_text, m.responsible_text, m.partners_text, m.period_text)
            for m in _measures(tmp_path / "2020_Unio.docx")] == [
        ("Referansegruppen for EVU", "delmål 2.2", "KD", "Unio", "2020"),
        ("Tillitsvalgtskolering", "delmål 2.1", "Unio", "AOF", "2020")]


def test_labels_over_their_answers_printed_with_no_rules_are_a_table(tmp_path):
    """A PDF's fact strip: "Delmål  Type  Eier  Med  Tid" over the answers, one answer wrapping in its
    column; lines of a table of several rows under such labels are left to the table readers."""
    from test_pdf_reader import _pdf
    from tiltak.extract.model import Table
    from tiltak.extract.pdf_reader import read_pdf

    xs = [72, 140, 230, 330, 470]
    lines = [(72, 780, 12, 0, 0, "Handelsløftet"), (72, 760, 10, 0, 0, "Virkes eget program for varehandelen.")]
    lines += [(x, 735, 9, 0, 0, t) for x, t in zip(xs, ["Delmål", "Type", "Eier", "Med", "Tid"])]
    lines += [(x, 720, 9, 0, 0, t) for x, t in zip(xs, ["2.1 / 2.3", "Utdanning", "Virke", "Handel og", "2019–2022"])]
    lines += [(330, 709, 9, 0, 0, "Kontor")]
    _pdf(tmp_path / "virke.pdf", lines)
    tables = [b for b in read_pdf(str(tmp_path / "virke.pdf")).blocks if isinstance(b, Table)]
    assert [[" ".join(c.text.split()) for c in t.row_cells(r)] for t in tables for r in range(t.n_rows)] == [
        ["Delmål", "Type", "Eier", "Med", "Tid"], ["2.1 / 2.3", "Utdanning", "Virke", "Handel og Kontor", "2019–2022"]]

    rows = [(x, 735, 9, 0, 0, t) for x, t in zip(xs, ["Delmål", "Type", "Eier", "Med", "Tid"])]
    for k, row in enumerate([["2.1", "Kurs", "Virke", "LO", "2020"], ["2.2", "FoU", "Virke", "Fafo", "2021"]]):
        rows += [(x, 720 - 14 * k, 9, 0, 0, t) for x, t in zip(xs, row)]
    _pdf(tmp_path / "rows.pdf", rows)
    assert not any(isinstance(b, Table) and b.n_rows == 2 for b in read_pdf(str(tmp_path / "rows.pdf")).blocks)


def test_a_bullets_bold_name_before_a_dash_and_its_text_heads_the_label_bullets_under_it(tmp_path):
    document = docx.Document()
    document.add_heading("Akademikernes rapport 2021", level=1)
    for name, text, goal in [("Akademikerne i Kompetansebehovsutvalget", "Vi har én representant i utvalget og "
                              "bidrar med analyser.", "1.1"),
                             ("Karriereveiledning for medlemmer", "Foreningene tilbyr veiledning til medlemmer i "
                              "overgangsfaser.", "1.3")]:
        _bold_lead(document, name, f" – {text}", style="List Bullet")
        for fact in (f"Delmål: {goal}", "Eier: Akademikerne"):
            document.add_paragraph(fact, style="List Bullet 2")
    # a bold name before a dash and its facts is read as a name with facts, as before
    _bold_lead(document, "KBU", " — delmål 1.1 · Råd/utvalg · KD med partene", style="List Bullet")
    document.save(tmp_path / "2021_Akademikerne.docx")
    assert [(m.title, m.goal_text, m.description) for m in _measures(tmp_path / "2021_Akademikerne.docx")][:2] == [
        ("Akademikerne i Kompetansebehovsutvalget", "1.1", "Vi har én representant i utvalget og bidrar med analyser."),
        ("Karriereveiledning for medlemmer", "1.3", "Foreningene tilbyr veiledning til medlemmer i overgangsfaser.")]


def test_lettered_points_with_their_names_in_bold_keyed_to_a_table_of_facts(tmp_path):
    """A board paper: points a)–c), each a bold name and its text in one line, then a table keyed by the
    same letters ("Pkt. | Delmål | Type | Ansvarlig")."""
    document = docx.Document()
    document.add_heading("Styresak 34/19 Rapportering til Kompetansepolitisk råd", level=1)
    document.add_paragraph("Sekretariatet foreslår at følgende rapporteres:")
    for letter, name, text in [("a", "YS i Kompetansebehovsutvalget", "YS har én representant i KBU."),
                               ("b", "YS-skolen: kurs for tillitsvalgte", "Todagers kurs om kompetanseplaner."),
                               ("c", "YS' kompetansekonferanse", "Konferanse om digital omstilling.")]:
        p = document.add_paragraph(f"{letter}) ")
        p.add_run(name).bold = True
        p.add_run(f": {text}")
    document.add_paragraph("Oversikten nedenfor viser delmål, type og ansvar for hvert punkt.")
    _table(document, [["Pkt.", "Delmål", "Type", "Ansvarlig"], ["a)", "1.1", "Utvalg", "KD"],
                      ["b)", "2.2", "Kurs", "YS"], ["c)", "2.1, 2.2", "Konferanse", "YS"]])
    document.save(tmp_path / "2019_YS_styresak.docx")
    assert [(m.title, m.goal_text, m.responsible_text, m.description)
            for m in _measures(tmp_path / "2019_YS_styresak.docx")] == [
        ("YS i Kompetansebehovsutvalget", "1.1", "KD", "YS har én representant i KBU."),
        ("YS-skolen: kurs for tillitsvalgte", "2.2", "YS", "Todagers kurs om kompetanseplaner."),
        ("YS' kompetansekonferanse", "2.1, 2.2", "YS", "Konferanse om digital omstilling.")]


def test_a_what_column_whose_cells_open_with_a_bold_name_over_its_text_names_the_measures(tmp_path):
    document = docx.Document()
    document.add_paragraph("Her kommer våre tiltak for 2018.")
    table = _table(document, [["Hva", "Hvem", "Når", "Delmål", "Type"],
                              ["", "Universitetene (ansvar)", "Løpende", "1.4", "Råd"],
                              ["", "Unio (ansvar)", "2018", "2.2", "FoU"]])
    for row, (name, text) in enumerate([("Deltakelse i RSA", "Forbundene er med i rådene ved høyskolene."),
                                        ("Medlemsundersøkelse om EVU", "Spørreundersøkelse blant 4000 medlemmer.")], 1):
        cell = table.cell(row, 0)
        cell.paragraphs[0].add_run(name).bold = True
        cell.add_paragraph(text)
    document.save(tmp_path / "2018_Unio_epost.docx")
    assert [(m.title, m.goal_text, m.description) for m in _measures(tmp_path / "2018_Unio_epost.docx")] == [
        ("Deltakelse i RSA", "1.4", "Forbundene er med i rådene ved høyskolene."),
        ("Medlemsundersøkelse om EVU", "2.2", "Spørreundersøkelse blant 4000 medlemmer.")]


@pytest.mark.parametrize("text, roles", [
    ("KD er ansvarlig. LO, NHO og fylkeskommunene deltar.", ("KD", "LO, NHO og fylkeskommunene")),
    ("LO er ansvarlig.", ("LO", None)),
    ("Tiltaket er ansvarlig for mye. Alle deltar.", None),  # (no names: a sentence about something else)
])
def test_roles_told_in_sentences(text, roles):
    from tiltak.extract.layouts.facts import roles_told

    assert roles_told(text) == roles


def test_new_measures_beside_a_table_of_carried_on_ones_that_shares_some_of_their_delmal(tmp_path):
    """New measures as bold names, a text and a line of facts, then a table of the carried-on ones; two
    of the four new ones share a delmål with a row, and one its delmål, type and who with a row: all
    four are the report's, besides the table's rows."""
    document = docx.Document()
    document.add_heading("Nye tiltak", level=1)
    for name, text, facts in [
            ("Nettkurs i digital kompetanse for medlemmer", "Et eget tilbud med AOF.",
             "Delmål: 2.1 – Type: Kurs – Ansvar: LO – Med: AOF – Periode: 2023–2024"),
            ("Kartlegging av kompetansebehov", "Spørreundersøkelse blant tillitsvalgte.",
             "Delmål: 2.2 – Type: FoU – Ansvar: LO – Med: Fafo – Periode: 2023"),
            ("Samfunnskontrakten", "LO følger opp kontrakten.",
             "Delmål: 1.4, 2.3 – Type: Avtale – Ansvar: KD – Med: LO – Periode: 2022–2026"),
            ("Grønn omstilling – LO-rapport", "Rapport om fagene som trengs.",
             "Delmål: 2.4 – Type: FoU – Ansvar: LO – Med: Fellesforbundet – Periode: 2023")]:
        document.add_paragraph().add_run(name).bold = True
        document.add_paragraph(text)
        document.add_paragraph(facts)
    document.add_heading("Videreførte tiltak", level=1)
    _table(document, [["Tiltak", "Delmål", "Type", "Ansvar", "Med", "Periode"],
                      ["Digitalkurs for tillitsvalgte", "2.1", "Kurs", "LO", "forbundene", "2020–"],
                      ["LOs kompetansekonferanse", "2.2", "Konferanse", "LO", "Fafo", "Årlig"]])
    document.save(tmp_path / "2023_LO.docx")
    assert sorted(m.title for m in _measures(tmp_path / "2023_LO.docx")) == sorted([
        "Digitalkurs for tillitsvalgte", "LOs kompetansekonferanse", "Nettkurs i digital kompetanse for medlemmer",
        "Kartlegging av kompetansebehov", "Samfunnskontrakten", "Grønn omstilling – LO-rapport"])


def test_who_runs_the_measures_said_once_or_by_the_headings_they_stand_under(tmp_path):
    """"HK-dir er ansvarlig for alle tiltakene i denne rapporten." (the measures name no one); a ministry
    note whose headings are the ministries, each over a table of its own measures with no owner column.
    A measure that names its own keeps it; a sentence about a field of policy names no owner."""
    document = docx.Document()
    document.add_paragraph("HK-dir ble etablert i 2021. HK-dir er ansvarlig for alle tiltakene i denne rapporten.")
    for name, who in [("Karriereveiledning på nett", None), ("Kompetanseprogrammet", "KD")]:
        document.add_heading(name, level=2)
        document.add_paragraph("Delmål: 1.3")
        if who:
            document.add_paragraph(f"Ansvarlig: {who}")
    document.save(tmp_path / "hkdir.docx")
    assert [(m.title, m.responsible_text) for m in _measures(tmp_path / "hkdir.docx")] == [
        ("Karriereveiledning på nett", "HK-dir"), ("Kompetanseprogrammet", "KD")]

    document = docx.Document()
    document.add_paragraph("Fylkeskommunen har et regionalt ansvar for kompetansepolitikken. Kvart departement har "
                           "ansvaret for tiltaka under sin overskrift.")
    for ministry, rows in [("Kunnskapsdepartementet", [["Kompetansebehovsutvalet", "1.1", "Utval"],
                                                       ["Fagbrev på jobb", "2.5", "Ordning"]]),
                           ("Helse- og omsorgsdepartementet", [["Kompetanseløft 2025", "2.2", "Plan"]])]:
        document.add_heading(ministry, level=2)
        _table(document, [["Tiltak", "Delmål", "Kva slags tiltak"], *rows])
    document.save(tmp_path / "regjeringa.docx")
    assert [(m.title, m.responsible_text) for m in _measures(tmp_path / "regjeringa.docx")] == [
        ("Kompetansebehovsutvalet", "Kunnskapsdepartementet"), ("Fagbrev på jobb", "Kunnskapsdepartementet"),
        ("Kompetanseløft 2025", "Helse- og omsorgsdepartementet")]


def test_the_review_of_stop_41s_rules_misfires_each_mended(tmp_path):
    """What a reviewer who had not written the rules found them doing wrong, each kept right."""
    def read(name, build):
        document = docx.Document()
        build(document)
        document.save(tmp_path / name)
        return _measures(tmp_path / name)

    def passing(d):  # a text that says "ikke (et) tiltak" in passing is still a measure
        for name, text, goal in [
                ("Karriereveiledning for voksne", "Vi har styrket karrieresentrene.", "1.3"),
                ("Regionalt kompetanseforum", "Forumet er ikke et tiltak i seg selv, men en arena der partene møtes.", ""),
                ("Fagbrev på jobb", "Det fantes ikke tiltak for voksne uten fagbrev, så vi startet en ordning.", ""),
                ("Bransjeprogram for industrien", "Kurs for ansatte i industrien.", "2.1")]:
            d.add_paragraph().add_run(name).bold = True
            d.add_paragraph(text)
            if goal:
                d.add_paragraph(f"Delmål: {goal}")
    assert [m.title for m in read("passing.docx", passing)] == [
        "Karriereveiledning for voksne", "Regionalt kompetanseforum", "Fagbrev på jobb", "Bransjeprogram for industrien"]

    def strategy_owner(d):  # who owns the strategy's measures does not run the report's own
        d.add_paragraph("Kunnskapsdepartementet har hovedansvaret for tiltakene i strategien. Her rapporterer LO på "
                        "egne tiltak.")
        _table(d, [["Tiltak", "Delmål", "Beskrivelse"], ["Tillitsvalgtkurs", "1.4", "Kurs for tillitsvalgte."],
                   ["Fagbrevkampanje", "2.3", "Kampanje for fagbrev."]])
    assert [m.responsible_text for m in read("lo.docx", strategy_owner)] == [None, None]

    def partners(d):  # a county's chapters by partner: no owners
        d.add_paragraph("Under står tiltakene ordnet etter hvem vi samarbeider med.")
        for partner, name in [("NAV", "Fagbrev for arbeidsledige"), ("KS", "Kompetanseplaner i kommunene")]:
            d.add_heading(partner, 1)
            d.add_heading(name, 2)
            d.add_paragraph("Delmål: 1.4")
    assert [m.responsible_text for m in read("innlandet.docx", partners)] == [None, None]

    def amounts(d):  # "2,5 mill. kroner" under an unknown label is no delmål
        _table(d, [["Tiltak", "Ansvar", "Periode", "Ramme"], ["Digitalt løft", "KS", "2021–2023", "2,5 mill. kroner per år"],
                   ["Læreplasser i kommunene", "KS", "2021", "1.5 årsverk i sekretariatet"]])
    assert [m.goal_text for m in read("ks.docx", amounts)] == [None, None]

    def meetings(d):  # a log's lines with a code, a date, a place and a note are no measures
        d.add_paragraph().add_run("Tillitsvalgtskolering").bold = True
        d.add_paragraph("Delmål: 2.1")
        d.add_heading("Møter og innspill i 2020", 1)
        for line in ["Samling for karriereveiledere (1.3) – 12. mars – Bergen – referat sendt til alle deltakerne.",
                     "Høringssvar om yrkesfagene – delmål 2.3 – Stortinget – Unio ga innspill sammen med LO.",
                     "Innspill til KBU (1.1) – frist – Unio sendte notat om behovene i helsesektoren."]:
            d.add_paragraph(line, style="List Bullet")
    assert [m.title for m in read("unio.docx", meetings)] == ["Tillitsvalgtskolering"]

    def appendix(d):  # a reference under a later heading of another kind adds no delmål
        for goal, name in [("Delmål 1.4 Samarbeid", "Fagbrev på jobb"), ("Delmål 2.4 Kompetansebehov", "Bransjeprogram")]:
            d.add_heading(goal, 1)
            d.add_paragraph().add_run(name).bold = True
            d.add_paragraph(f"Delmål: {goal.split()[1]}")
        d.add_heading("Vedlegg: Andre aktiviteter og lenker", 1)
        d.add_paragraph("Se også: Fagbrev på jobb (omtalt under delmål 1.4).")
    assert [m.goal_text for m in read("nho.docx", appendix)] == ["1.4", "2.4"]


def test_bullets_with_a_bold_name_and_a_dash_and_no_labels_under_them_stay_bullets(tmp_path):
    """"• **Name** – text" bullets right under delmål headings, no labelled lines under them, are the
    measures the bullets are (a layout reads them so): no heading is made of them."""
    from tiltak.extract.file import read_document
    from tiltak.extract.layouts.segments import items

    document = docx.Document()
    document.add_heading("1.4 Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet", level=2)
    _bold_lead(document, "Deltakelse i RSA", " – Virke deltar i rådene ved OsloMet og flere høyskoler i landet.",
               style="List Bullet")
    _bold_lead(document, "Bransjeprogram for varehandel", " – Virke er arbeidsgiverpart i programmet fra 2020.",
               style="List Bullet")
    _bold_lead(document, "Karriereveiledning for medlemmer", " – Foreningene tilbyr veiledning til medlemmer.",
               style="List Bullet")
    document.add_paragraph("Delmål: 1.3", style="List Bullet 2")
    document.save(tmp_path / "virke.docx")
    heads = [it.text for it in items(read_document(tmp_path / "virke.docx")) if it.kind == "head"]
    assert heads[1:] == ["Karriereveiledning for medlemmer"]  # (the last, over a label, only)


def test_a_type_heading_over_measures_headed_by_their_names_gives_their_type(tmp_path):
    """"Prosjekt" as a heading over measures each headed by its bold name over labelled lines: their type,
    unless one gives its own."""
    document = docx.Document()
    document.add_heading("Prosjekt", level=2)
    for name, lines in [("Omstilling til digitale kurs", ["Ansvarlig: VOFO", "Periode: 2020"]),
                        ("Kurslederopplæring på nett", ["Ansvarlig: VOFO", "Type: Kurs"])]:
        _bold_lead(document, name, " – Et tiltak som hjelper studieforbundene med å flytte kurs til nett.",
                   style="List Bullet")
        for line in lines:
            document.add_paragraph(line)
    document.save(tmp_path / "vofo.docx")
    assert [(m.title, m.type_text) for m in _measures(tmp_path / "vofo.docx")] == [
        ("Omstilling til digitale kurs", "Prosjekt"), ("Kurslederopplæring på nett", "Kurs")]
