"""Forms of ordinary reports first met in blind batches match34–37 (the who-with-whom and type fields),
each in a test's own words."""

import docx
import pytest


def _table(document, rows):
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            first, *more = text.split("\n")
            table.cell(r, c).text = first
            for line in more:
                table.cell(r, c).add_paragraph(line)
    return table


@pytest.mark.parametrize("text, told", [
    ("Ansvar: HK-dir Med: KS, NAV og partene", ("HK-dir", "KS, NAV og partene")),
    ("Ansvarleg: Vestland fylkeskommune\nSaman med: kommunane", ("Vestland fylkeskommune", "kommunane")),
    ("Samarbeid: Fafo; Ansvarlig: Unio", ("Unio", "Fafo")),  # either order
    ("KD (ansvar), LO, NHO, Virke", ("KD", "LO, NHO, Virke")),
    ("Spekter (ansvarlig) helseforetakene", ("Spekter", "helseforetakene")),
    ("LO og Spekter (ansvarlige)", ("LO og Spekter", None)),
    # no roles said: a name, a name with its short form, one label alone, a sentence about a responsibility
    ("Kunnskapsdepartementet", None), ("Kunnskapsdepartementet (KD)", None), ("Ansvar: KD", None),
    ("Ansvar: KS · kommunene", None), ("KS | Med: NAV", None),  # one part unlabelled
    ("Fylkeskommunen har ansvar for tilbudet (ansvarlig) i hele fylket sammen med kommunene og NAV lokalt", None),
])
def test_a_who_field_that_says_the_roles_itself(text, told):
    from tiltak.extract.layouts.facts import roles_told

    assert roles_told(text) == told


def test_responsible_and_partners_said_inside_one_cell_or_line_each_their_own(tmp_path):
    """A column "Ansvar og samarbeid" whose cells say "Ansvar: … / Med: …"; a form's "Hvem har ansvaret"
    and "Hvem er med" rows; "KD (ansvar), LO, NHO" under "Ansvarlig": who is responsible, and who takes part."""
    from tiltak.extract.file import extract_file
    from tiltak.normalize.measures import Normalizer

    document = docx.Document()
    document.add_paragraph("KS – rapportering til Kompetansepolitisk råd 2024")
    _table(document, [["Tiltak", "Delmål", "Ansvar og samarbeid", "Periode"],
                      ["Menn i helse", "3.3", "Ansvar: KS\nMed: NAV, kommunene", "2019–"],
                      ["KS Læring", "2.1", "Ansvar: KS\nSamarbeid: fylkeskommunene", "2016–"]])
    document.save(tmp_path / "ks.docx")
    result = extract_file(tmp_path / "ks.docx")
    assert [(m.responsible_text, m.partners_text) for m in result.measures] == [
        ("KS", "NAV, kommunene"), ("KS", "fylkeskommunene")]
    measures = Normalizer().normalize_file(result)
    assert [(m.responsible, m.partners) for m in measures] == [(["KS"], ["NAV", "Kommunene"]),
                                                                (["KS"], ["Fylkeskommunene"])]

    document = docx.Document()
    document.add_paragraph("LO – rapport om oppfølging av strategien 2017")
    for title, who, with_whom in (("Samarbeidsrådet for yrkesopplæring", "Kunnskapsdepartementet", "LO, NHO, KS"),
                                  ("LOs kompetansekonferanse", "LO", "Fafo")):
        document.add_heading(title, level=2)
        _table(document, [["Hvem har ansvaret", who], ["Hvem er med", with_whom], ["Form", "Råd"], ["Når", "2017–"]])
    document.save(tmp_path / "lo.docx")
    assert [(m.title, m.responsible_text, m.partners_text) for m in extract_file(tmp_path / "lo.docx").measures] == [
        ("Samarbeidsrådet for yrkesopplæring", "Kunnskapsdepartementet", "LO, NHO, KS"),
        ("LOs kompetansekonferanse", "LO", "Fafo")]


def _heading_report(tmp_path, name, titles, facts=None):
    document = docx.Document()
    document.add_paragraph("Oppfølging av Nasjonal kompetansepolitisk strategi 2022")
    for k, title in enumerate(titles):
        document.add_heading(title, level=2)
        document.add_paragraph("Tiltaket gir voksne bedre muligheter til å ta utdanning ved siden av jobb.")
        _table(document, [["Delmål", "Periode"], [(facts or ["2.4"] * len(titles))[k], "2020–2024"]])
    document.save(tmp_path / name)
    return tmp_path / name


def test_names_opening_with_record_ids_of_one_kind_lose_them(tmp_path):
    """"KD-1 KBU – nytt mandat", "KD-2 …", "HOD-1 …": the department's own ids, not the names; kept beside
    as "Id". A single name with such a start, or two names with the same start, keep theirs."""
    from tiltak.extract.file import extract_file

    path = _heading_report(tmp_path, "kd.docx", ["KD-1 KBU – nytt mandat", "KD-2 Fagbrev på jobb",
                                                 "HOD-1 Kompetanseløft 2025"])
    got = extract_file(path).measures
    assert [(m.title, m.extra.get("Id")) for m in got] == [("KBU – nytt mandat", "KD-1"), ("Fagbrev på jobb", "KD-2"),
                                                          ("Kompetanseløft 2025", "HOD-1")]
    path = _heading_report(tmp_path, "one.docx", ["NAV-2 Kompetansetiltak", "Fagbrev på jobb", "Jobbsjansen"])
    assert [m.title for m in extract_file(path).measures][0] == "NAV-2 Kompetansetiltak"
    path = _heading_report(tmp_path, "half.docx", ["KD-1 KBU", "KD-2 Fagbrev på jobb", "Jobbsjansen", "Kompetanseløft"])
    assert [m.title for m in extract_file(path).measures][:2] == ["KD-1 KBU", "KD-2 Fagbrev på jobb"]
    path = _heading_report(tmp_path, "same.docx", ["KS-2 Lærlingløftet", "KS-2 Menn i helse"])
    assert [m.title for m in extract_file(path).measures] == ["KS-2 Lærlingløftet", "KS-2 Menn i helse"]


def test_a_bracket_after_a_name_that_adds_a_delmal_or_gives_the_documents_types(tmp_path):
    """"Lærlingløftet (også 2.3)": one more delmål; lower-case brackets after the names, most of them
    spelling a type ("(råd)", "(kurs)", "(avtale)"): every one the type. A name's own bracket stays."""
    from tiltak.extract.file import extract_file

    path = _heading_report(tmp_path, "lo.docx", ["Samarbeidsrådet for yrkesopplæring (SRY) (råd)",
                                                 "Kurs for tillitsvalgte (kurs)", "Samfunnskontrakten (avtale)",
                                                 "Lærlingløftet (også 2.3)", "Barometeret (FoU)", "Bransjeprogram (NHO)"],
                                 ["1.4", "2.2", "2.3", "1.4", "1.1", "2.2"])
    got = [(m.title, m.type_text, m.goal_text) for m in extract_file(path).measures]
    assert got == [("Samarbeidsrådet for yrkesopplæring (SRY)", "råd", "1.4"), ("Kurs for tillitsvalgte", "kurs", "2.2"),
                   ("Samfunnskontrakten", "avtale", "2.3"), ("Lærlingløftet", None, "1.4; 2.3"),
                   ("Barometeret", "FoU", "1.1"), ("Bransjeprogram (NHO)", None, "2.2")]
    # one type word among brackets that explain names: the names keep them
    path = _heading_report(tmp_path, "own.docx", ["Kompetanseløft (helse og omsorg)", "Fagbrev på jobb (kurs)",
                                                  "Jobbsjansen (for kvinner)"])
    assert [m.title for m in extract_file(path).measures] == ["Kompetanseløft (helse og omsorg)", "Fagbrev på jobb (kurs)",
                                                              "Jobbsjansen (for kvinner)"]


def test_fact_sentences_in_nynorsk_and_who_with_whom_in_one_sentence():
    """"Tiltaket er eit utdanningstilbod." gives the type; "Fylkeskommunen har ansvaret saman med NAV og
    HK-dir." who is responsible and who takes part."""
    from tiltak.extract.layouts.facts import sentence_fact, sentence_facts

    assert sentence_fact("Tiltaket er eit utdanningstilbod.") == ("type", "utdanningstilbod")
    assert sentence_fact("Tiltaket er ein konferanse.") == ("type", "konferanse")
    assert sentence_facts("Fylkeskommunen har ansvaret saman med NAV Vestland og HK-dir. Tiltaket er eit nettverk.") == [
        ("responsible", "Fylkeskommunen"), ("partners", "NAV Vestland og HK-dir"), ("type", "nettverk")]
