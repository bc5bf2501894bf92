"""Forms of ordinary reports first met in blind batches match34–37 (the who-with-whom and type fields),
each in a test's own words."""

import docx
import pytest
from test_report_forms34 import _table


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


def test_the_review_of_stop_39s_rules_misfires_each_mended(tmp_path):
    """A review by a helper who had not written the rules found these; each now as it should be."""
    from tiltak.extract.file import extract_file
    from tiltak.extract.layouts.facts import roles_told, sentence_facts
    from tiltak.extract.records import FileResult, RawMeasure
    from tiltak.normalize.measures import Normalizer

    # a heading "Virkemidler" or "Strategiens tiltak" over an introduction is no label with its answer
    for heading in ("Virkemidler", "Strategiens tiltak"):
        document = docx.Document()
        document.add_paragraph("Virke – rapport til Kompetansepolitisk råd 2021")
        document.add_heading(heading, level=1)
        document.add_paragraph("Her følger Virkes oppfølging av strategiens tiltak og virkemidler.")
        for title in ("Bransjeprogram for varehandel", "Virke Kompetanseportal"):
            document.add_heading(title, level=2)
            document.add_paragraph("Beskrivelse av tiltaket som gir ansatte kompetanse.")
            _table(document, [["Delmål", "Ansvarlig"], ["2.2", "Virke"]])
        document.save(tmp_path / "virke.docx")
        assert [m.title for m in extract_file(tmp_path / "virke.docx").measures] == [
            "Bransjeprogram for varehandel", "Virke Kompetanseportal"]
    # a partner column beside "KD (ansvar), LO" adds the names it does not repeat
    document = docx.Document()
    document.add_paragraph("LO – rapport 2022")
    _table(document, [["Tiltak", "Delmål", "Ansvarlig", "Med"],
                      ["Fagbrev på jobb", "2.2", "KD (ansvar), LO", "LO, NHO og Virke"],
                      ["Lærlingløftet", "1.4", "Ansvar: KS Med: NAV", "NAV, fylkeskommunene"]])
    document.save(tmp_path / "lo.docx")
    assert [(m.responsible_text, m.partners_text) for m in extract_file(tmp_path / "lo.docx").measures] == [
        ("KD", "LO, NHO, Virke"), ("KS", "NAV, fylkeskommunene")]
    # after "(ansvarlig)" only names; a singular mark after a list marks the last name
    assert roles_told("LO (ansvarlig) 2020–2024") is None and roles_told("LO (ansvarlig) Pågår") is None
    assert roles_told("KD (ansvarlig). Gjennomføres av HK-dir") is None
    assert roles_told("Fagforbundet, Delta, KS (ansvarlig)") == ("KS", "Fagforbundet, Delta")
    assert roles_told("Ansvarlig: KD, Med: LO") == ("KD", "LO")
    # what they do together is no partner's name
    assert sentence_facts("NAV har ansvaret sammen med kommunene for å følge opp deltakerne.") is None
    assert sentence_facts("LO har ansvaret sammen med Senter for seniorpolitikk. Det er et kurs.") == [
        ("responsible", "LO"), ("partners", "Senter for seniorpolitikk"), ("type", "kurs")]  # ("for" in a name)
    # brackets of years, organisations and parts after names stay in them
    path = _heading_report(tmp_path, "tails.docx", ["Samarbeidsrådet (råd)", "Kurs for tillitsvalgte (kurs)",
                                                    "Arendalsuka (2019)", "Karriereveiledning (HK-dir)",
                                                    "Jobbsjansen (del A)", "Menn i helse (kampanje)"])
    assert [m.title for m in extract_file(path).measures] == ["Samarbeidsrådet", "Kurs for tillitsvalgte",
                                                              "Arendalsuka (2019)", "Karriereveiledning (HK-dir)",
                                                              "Jobbsjansen (del A)", "Menn i helse"]
    # ids without a dash are part of the name; a year is no id; ids that leave two names alike stay
    for titles in (["VG3 Fagopplæring i skole", "VG2 Påbygg til generell studiekompetanse", "Lærlingløftet"],
                   ["KD-2019 Fagbrev på jobb", "KD-2020 Lærlingløftet"], ["ABC-1 Kurs", "ABC-2 Kurs"]):
        path = _heading_report(tmp_path, "ids.docx", titles)
        assert [m.title for m in extract_file(path).measures] == titles
    # "(også 2.3)" after a name that has 2.3: once
    path = _heading_report(tmp_path, "once.docx", ["Lærlingløftet (også 2.3)", "Fagbrev på jobb"], ["2.3", "2.5"])
    assert [m.goal_text for m in extract_file(path).measures] == ["2.3", "2.5"]
    # a type field that says nothing is no type stated: the type is inferred, not Annet
    for said in ("-", "x", "2.2", "Se over", "Ikke relevant", "Ukjent", "N/A", "Pågår"):
        raw = RawMeasure(index=1, title="Konferanse om livslang læring", type_text=said)
        [m] = Normalizer().normalize_file(FileResult(path="2019_LO.docx", status="ok", measures=[raw]))
        assert (m.type, m.type_source) == ("Arrangement", "inferred"), said
    assert sentence_facts("Dette er en samling av gode eksempler. LO har ansvaret.") is None  # (no type spelt)


def test_who_runs_it_set_off_in_bold_before_an_italic_name_is_a_fact_of_it(tmp_path):
    """"**KD:** *Kompetansebehovsutvalget (KBU)*. Utvalget … (Type: utvalg; med ASD; 2017–2021)" under delmål
    headings: the italic words are the name, KD who is responsible; one such paragraph alone is left as it is."""
    from tiltak.extract.file import extract_file

    def report(items):
        document = docx.Document()
        document.add_heading("Regjeringens tiltak 2019", level=1)
        for code, who, name, text in items:
            document.add_heading(f"Delmål {code} – et delmål i strategien", level=2)
            p = document.add_paragraph(style="List Number")
            p.add_run(f"{who}:").bold = True
            p.add_run(" ")
            p.add_run(name).italic = True
            p.add_run(f". {text}")
        document.save(tmp_path / "kd.docx")
        return extract_file(tmp_path / "kd.docx").measures

    got = report([("1.1", "KD", "Kompetansebehovsutvalget (KBU)",
                   "Utvalget la fram sin første rapport i 2018. (Type: utvalg; med ASD, NFD; 2017–2021)"),
                  ("3.3", "ASD", "Jobbsjansen", "Et program for innvandrerkvinner uten fast tilknytning til arbeidslivet.")])
    assert [(m.title, m.responsible_text, m.partners_text, m.type_text) for m in got] == [
        ("Kompetansebehovsutvalget (KBU)", "KD", "ASD, NFD", "utvalg"), ("Jobbsjansen", "ASD", None, None)]
    assert got[0].description == "Utvalget la fram sin første rapport i 2018."
    from tiltak.extract.docx_reader import read_docx
    from tiltak.extract.model import with_who_first

    report([("1.1", "KD", "Kompetansebehovsutvalget (KBU)", "Utvalget la fram sin første rapport i 2018.")])
    doc = read_docx(str(tmp_path / "kd.docx"))  # (as read, before the steps that tidy it)
    before = [p.text for p in doc.paragraphs()]
    assert [p.text for p in with_who_first(doc).paragraphs()] == before


def test_a_numbered_list_of_names_with_their_facts_in_a_table_by_number_after_them(tmp_path):
    """Word's numbered list "1. Deltakelse i KBU" with a line of text under each, then "Opplysninger om
    tiltakene": a table Nr. | Delmål | Type | Ansvar keyed 1 … n. One measure per number, the list's name
    and text with the table's facts; a table whose numbers are not the list's is left as it is."""
    from tiltak.extract.file import extract_file

    def report(keys):
        document = docx.Document()
        document.add_heading("YS' tiltak 2022", level=1)
        document.add_paragraph("Tiltakene er nummerert. Tabellen til slutt gir delmål og andre opplysninger.")
        for name, text in (("Deltakelse i Kompetansebehovsutvalget", "YS er med i utvalget."),
                           ("YS-skolen: kurs for tillitsvalgte", "Tre samlinger om omstilling."),
                           ("YS Arbeidslivsbarometer", "Den årlige undersøkelsen.")):
            document.add_paragraph(name, style="List Number")
            document.add_paragraph(text)
        document.add_heading("Opplysninger om tiltakene", level=2)
        _table(document, [["Nr.", "Delmål", "Type", "Ansvar"]] + [[k, goal, type_, who] for k, goal, type_, who in
                                                                   zip(keys, ("1.1", "2.1", "2.2"), ("Råd", "Kurs", "FoU"),
                                                                       ("KD", "YS", "YS"))])
        document.save(tmp_path / "ys.docx")
        return extract_file(tmp_path / "ys.docx").measures

    got = report(["1", "2", "3"])
    assert [(m.title, m.goal_text, m.type_text, m.responsible_text, m.description) for m in got] == [
        ("Deltakelse i Kompetansebehovsutvalget", "1.1", "Råd", "KD", "YS er med i utvalget."),
        ("YS-skolen: kurs for tillitsvalgte", "2.1", "Kurs", "YS", "Tre samlinger om omstilling."),
        ("YS Arbeidslivsbarometer", "2.2", "FoU", "YS", "Den årlige undersøkelsen.")]
    assert [m.title for m in report(["4", "5", "6"])] != [m.title for m in got]


def test_the_review_of_the_late_rules_misfires_each_mended(tmp_path):
    """Labels, notes and statuses in bold before an italic value are no one who runs a measure; a numbered
    list of other things (no text under its items) or a table with a column no field names is no list of
    measures with their facts."""
    from tiltak.extract.docx_reader import read_docx
    from tiltak.extract.model import with_who_first
    from tiltak.extract.name_rows import with_listed_names

    document = docx.Document()
    for lead, value in (("Ansvar:", "KS"), ("Status:", "Pågår"), ("Merk:", "Tallene er foreløpige"),
                        ("Kompetansepluss:", "Arbeid"), ("Tiltak:", "Bransjeprogram for varehandel")):
        p = document.add_paragraph()
        p.add_run(lead).bold = True
        p.add_run(" ")
        p.add_run(value).italic = True
        p.add_run(". Mer tekst om det.")
    document.save(tmp_path / "leads.docx")
    doc = read_docx(str(tmp_path / "leads.docx"))
    before = [p.text for p in doc.paragraphs()]
    assert [p.text for p in with_who_first(doc).paragraphs()] == before

    def listed(items, header, texts=True):
        document = docx.Document()
        for name in items:
            document.add_paragraph(name, style="List Number")
            if texts:
                document.add_paragraph("Tekst under punktet.")
        _table(document, [header] + [[str(k), "2.2", "Kurs", "LO"] for k in range(1, len(items) + 1)])
        document.save(tmp_path / "listed.docx")
        doc = read_docx(str(tmp_path / "listed.docx"))
        return len(doc.blocks), len(with_listed_names(doc).blocks)

    names = ["Kurs for tillitsvalgte", "Konferanse om læring", "Kartlegging i forbundene"]
    assert listed(names, ["Nr.", "Delmål", "Type", "Ansvar"]) == (7, 1)  # the list and the table: one table
    assert listed(names, ["Nr.", "Delmål", "Type", "Ansvar"], texts=False) == (4, 4)  # challenges, questions
    assert listed(names, ["Nr.", "Prosjekt", "Type", "Ansvar"]) == (7, 7)  # the names may be in "Prosjekt"
