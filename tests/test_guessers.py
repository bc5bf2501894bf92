"""Type inference, and the reporter and year of a report, on labelled examples written by others.
Expected values come from the labels (the directorate's matrix, the blind batches' expected.json),
never from the code; each figure has a floor a little under what it reaches today."""

import csv
import json

import pytest

from conftest import ROOT, SAMPLES
from tiltak.extract.records import DocumentInfo
from tiltak.normalize.config import load_config
from tiltak.normalize.measures import Normalizer
from tiltak.normalize.orgs import Gazetteer
from tiltak.normalize.reporter import find_reporter, find_year
from tiltak.normalize.types import infer_type


def test_type_inference_on_the_directorates_matrix():
    """129 titles of the 2018 matrix, typed by the directorate; no descriptions to help."""
    normalizer = Normalizer(load_config())
    min_score = normalizer.config.get("types", "min_score")
    with open(SAMPLES / "source" / "matrix_2018.csv", encoding="utf-8") as fh:
        rows = [(r["tiltak"], r["type"].replace(" ", "")) for r in csv.DictReader(fh)]
    got = [infer_type(title, None, normalizer.stems, min_score) for title, _ in rows]
    right = sum(g == want for g, (_, want) in zip(got, rows))
    assert len(rows) == 129
    assert right / len(rows) >= 0.75  # 77.5% today
    assert sum(g is None for g in got) <= 10  # a type is found for nearly every title
    assert {g for g in got if g} >= {"FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Arrangement",
                                     "Informasjon"}


def blind_reports():
    for batch in sorted((ROOT / "tests" / "blind").glob("*/expected.json")):
        for name, e in json.loads(batch.read_text(encoding="utf-8")).items():
            if e.get("reporter") and e.get("report_year") and e.get("measures"):
                yield batch.parent.name, name, e


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer(load_config().organisations)


def test_the_year_of_a_report_from_its_title_block_and_file_name():
    """Title lines as the blind batches' writers made them; the file name as they named it."""
    cases = [("Rapportering til Kompetansepolitisk råd 2021 – NHO", "nho.xlsx", 2021),
             ("Nasjonal kompetansepolitisk strategi 2017–2021: LOs tiltak i 2019", "lo.docx", 2019),
             ("Oppfølging av strategien", "KS_rapport_NKPS_2020.pdf", 2020),
             ("Årsrapport", "rapport.docx", None),
             # a title's own term (no strategy's, no plan period's): from its first year, not a later line's year
             ("Regjeringens tiltaksoversikt 2025–2026", "oversikt.pdf", 2025),
             ("Handlingsprogram for perioden 2024–2027", "vestland_2025.pdf", 2025)]
    for line, path, year in cases:
        got, how = find_year(DocumentInfo(title_lines=[line] + (["Strategien ble forlenget i 2022."] if "oversikt" in line else [])), path, [])
        assert got == year, (line, path)
    # nothing in the title block or the name: the year the measures' texts name most often
    texts = ["Kurs høsten 2019", "Rapport levert i 2019 og 2020", "Konferanse 2019", "Ny plan fra 2018"]
    assert find_year(DocumentInfo(title_lines=["Årsrapport"]), "rapport.docx", texts) == (2019, "guessed")


def test_the_reporter_of_each_blind_report_from_its_file_name_and_title(gazetteer):
    """Every blind report's file name and first lines, against its writer's label."""
    from tiltak.normalize.reference import fold

    wrong, total = [], 0
    for batch, name, e in blind_reports():
        total += 1
        info = DocumentInfo(title_lines=[e.get("title", "")] if e.get("title") else [])
        got, _ = find_reporter(info, name, [], gazetteer)
        want = e["reporter"]  # as its writer names it: "Kunnskapsdepartementet" is KD
        if got is None or fold(got) not in {fold(want), fold(gazetteer.lookup(want) or "")}:
            wrong.append((batch, name, want, got))
    assert total >= 100
    assert len(wrong) / total <= 0.08, wrong[:10]  # from the file name alone: the document's lines help more


@pytest.mark.parametrize("name, reporter", [
    ("trondelag_2019.docx", "Trøndelag fylkeskommune"), ("more-og-romsdal-fk-rapport-2018.pdf", "Møre og Romsdal fylkeskommune"),
    ("Ostfold_fylkeskommune_2020.docx", "Østfold fylkeskommune"), ("rapport_2019.docx", None),
])
def test_the_reporter_of_a_file_name_written_without_ae_oe_aa(gazetteer, name, reporter):
    assert find_reporter(DocumentInfo(title_lines=[]), name, [], gazetteer)[0] == reporter


def test_the_reporter_guessed_from_the_organisation_the_measures_name_most(gazetteer):
    texts = ["Ansvarlig: Virke", "Virke og HK", "Virke", "Samarbeid med NHO", "Virke"]
    assert find_reporter(DocumentInfo(title_lines=["Årsrapport 2019"]), "rapport.docx", texts, gazetteer) == (
        "Virke", "guessed")
    assert find_reporter(DocumentInfo(title_lines=["Årsrapport 2019"]), "rapport.docx", texts[:2], gazetteer) == (
        None, None)  # twice is no evidence


def test_a_partner_field_that_repeats_the_title_is_a_slip_not_partners():
    """The matrix's own slip (domain.md): a few rows repeat the title in the partner column."""
    from tiltak.extract.records import FileResult, Provenance, RawMeasure

    title = "Kompetanseløft for ansatte i barnehagene"
    raws = [RawMeasure(index=1, title=title, goal_text="2.2", responsible_text="KD", partners_text=title,
                       provenance=Provenance(file="m.docx")),
            RawMeasure(index=2, title=title, goal_text="2.2", responsible_text="KD", partners_text="KS, Utdanningsforbundet",
                       provenance=Provenance(file="m.docx"))]
    slip, fine = Normalizer().normalize_file(FileResult(path="m.docx", status="ok", sha256="s", measures=raws))
    assert "title_in_partners" in slip.warnings and slip.partners == []
    assert "title_in_partners" not in fine.warnings and fine.partners == ["KS", "Utdanningsforbundet"]


def test_a_responsible_field_that_names_the_partners_after_a_dash():
    """"Trøndelag fylkeskommune – opplæringskontorene, lærebedrifter": the responsible, then its
    partners; a dash that explains a name ("KS – Kommunesektorens organisasjon") parts nothing."""
    from tiltak.extract.records import FileResult, Provenance, RawMeasure

    texts = ["Trøndelag fylkeskommune – opplæringskontorene, NAV", "HK-dir – Trøndelag fylkeskommune, KS",
             "KS – Kommunesektorens organisasjon", "NHO – se beskrivelsen"]
    raws = [RawMeasure(index=i + 1, title=f"Tiltak {i}", goal_text="2.2", responsible_text=t,
                       provenance=Provenance(file="m.docx")) for i, t in enumerate(texts)]
    got = [(m.responsible, m.partners) for m in
           Normalizer().normalize_file(FileResult(path="m.docx", status="ok", sha256="s", measures=raws))]
    assert got[0] == (["Trøndelag fylkeskommune"], ["Opplæringskontorene", "NAV"])
    assert got[1] == (["HK-dir"], ["Trøndelag fylkeskommune", "KS"])
    assert got[2] == (["KS"], [])
    assert got[3][1] == []  # no organisation after the dash: no partners made of it


def test_a_letters_addressee_is_not_its_reporter(gazetteer):
    """A letter opens with the address block of the one it is sent to; the sender is named below."""
    letter = DocumentInfo(title_lines=["Kunnskapsdepartementet", "v/ sekretariatet for Kompetansepolitisk råd",
                                       "Postboks 8119 Dep", "0032 Oslo", "Oslo, 27. oktober 2017",
                                       "Rapportering fra LO om oppfølgingen av Nasjonal kompetansepolitisk strategi 2017"])
    assert find_reporter(letter, "brev_2017.docx", [], gazetteer) == ("LO", "document")
    report = DocumentInfo(title_lines=["Kunnskapsdepartementet", "Rapport om tiltak 2019"])  # no address: the sender
    assert find_reporter(report, "rapport_2019.docx", [], gazetteer)[0] == "KD"
    # the sender's letterhead over the addressee's address; a letterhead alone; a title led by its year
    both = ["Landsorganisasjonen i Norge", "Youngs gate 11", "0181 Oslo", "Kunnskapsdepartementet",
            "Postboks 8119 Dep", "0032 Oslo", "Rapportering om oppfølgingen av strategien"]
    assert find_reporter(DocumentInfo(title_lines=both), "brev.docx", [], gazetteer)[0] == "LO"
    assert find_reporter(DocumentInfo(title_lines=both[:3] + ["Rapportering 2019"]), "brev.docx", [], gazetteer)[0] == "LO"
    assert find_reporter(DocumentInfo(title_lines=["LO", "2019 Rapportering om oppfølgingen av NKPS"]), "x.docx", [],
                         gazetteer)[0] == "LO"


def test_an_e_mails_sender_is_its_reporter_and_its_addressees_are_not(gazetteer):
    """A reply pasted into Word: the header names the sender by address and the secretariat as addressee."""
    mail = ["Fra: Kari Nordmann <kari.nordmann@virke.no>", "Sendt: 1. desember 2019 10:12",
            "Til: Postmottak HK-dir <postmottak@hkdir.no>", "Emne: SV: Rapportering 2019"]
    assert find_reporter(DocumentInfo(title_lines=mail), "svar.docx", [], gazetteer) == ("Virke", "document")
    # a sender on a private address: the addressee is named last, after the lines that follow
    private = ["Fra: Kari <kari@gmail.com>", "Til: Kompetanse Norge", "Emne: Innspill fra YS", "Hei,"]
    assert find_reporter(DocumentInfo(title_lines=private), "svar.docx", [], gazetteer)[0] == "YS"


def test_of_boxes_in_the_goal_and_type_fields_only_the_ticked_ones_are_read():
    from tiltak.extract.records import FileResult, Provenance, RawMeasure

    raws = [RawMeasure(index=1, title="Nettverk for opplæringskontor", goal_text="Område 1: ☐ 1.1 ☐ 1.2\nOmråde 2: ☐ 2.1 ☒ 2.2",
                       type_text="☐ FoU ☒ Råd/utvalg/nettverk ☐ Prosjekt", provenance=Provenance(file="m.docx")),
            RawMeasure(index=2, title="Lederkurs", goal_text="☐ 1.1 ☐ 1.2", provenance=Provenance(file="m.docx"))]
    ticked, none = Normalizer().normalize_file(FileResult(path="m.docx", status="ok", sha256="s", measures=raws))
    assert (ticked.delmal, ticked.type, ticked.delmal_raw) == (["2.2"], "Råd/utvalg/nettverk", raws[0].goal_text)
    assert none.delmal == [] and "no_delmal" in none.warnings


def test_keywords_that_give_the_type_beside_the_delmals_words():
    """"Nøkkelord: samarbeid mellom utdanning og arbeidsliv; Råd/utvalg/nettverk": the type's word
    stands beside the delmål's words and does not dilute them."""
    from tiltak.extract.records import FileResult, Provenance, RawMeasure

    raws = [RawMeasure(index=1, title="Plass i rådene for samarbeid med arbeidslivet",
                       goal_text="samarbeid mellom utdanning og arbeidsliv; Råd/utvalg/nettverk",
                       provenance=Provenance(file="m.docx"))]
    m, = Normalizer().normalize_file(FileResult(path="m.docx", status="ok", sha256="s", measures=raws))
    assert m.delmal == ["1.4"] and m.delmal_source == "inferred"


def test_a_letterhead_in_the_page_header_is_the_sender_before_the_addressees_address(gazetteer):
    """A letter whose first lines are only the addressee's address, its sender's letterhead in the page
    header, and nothing after the address that names an organisation (match38's LO letter)."""
    letter = DocumentInfo(title_lines=["Kompetanse Norge", "Sekretariatet for Kompetansepolitisk råd",
                                       "Postboks 236 Sentrum", "0103 Oslo"],
                          headers=["LO Landsorganisasjonen i Norge"])
    assert find_reporter(letter, "2017_brev_med_vedlegg.docx", [], gazetteer) == ("LO", "document")


def test_the_addressee_and_the_secretariats_form_name_no_reporter(gazetteer):
    """match42/43: "Til Kompetanse Norge, sekretariatet …" over a union's letter with its letterhead in the
    page header; "Vedlegg: Rapporteringsmal fra Kompetanse Norge" in a board paper; the secretariat's form
    whose page header names the secretariat, filled in by KS (the file's author)."""
    letter = DocumentInfo(title_lines=["Til Kompetanse Norge, sekretariatet for Kompetansepolitisk råd",
                                       "Rapportering til Kompetansepolitisk råd 2017"],
                          headers=["LO Landsorganisasjonen i Norge"])
    assert find_reporter(letter, "rapport.docx", [], gazetteer)[0] == "LO"
    paper = DocumentInfo(title_lines=["STYRESAK", "Vedlegg: Rapporteringsmal fra Kompetanse Norge",
                                      "Sak 45/2019: Rapportering til Kompetansepolitisk råd 2019"], headers=["YS"])
    assert find_reporter(paper, "sak.pdf", [], gazetteer)[0] == "YS"
    form = DocumentInfo(title_lines=["Rapportering fra medlemmene i Kompetansepolitisk råd – 2018"],
                        headers=["Kompetanse Norge Rapporteringsskjema – Kompetansepolitisk råd"], metadata={"author": "KS"})
    assert find_reporter(form, "skjema.docx", [], gazetteer)[0] == "KS"
    # the file's own title names the sender, though it says "Rapporteringsskjema"; the form's header the secretariat
    filled = DocumentInfo(title_lines=["Rapportering til Kompetansepolitisk råd 2023"],
                          headers=["HK-dir · Rapportering til Kompetansepolitisk råd 2023 Skjema v2.1"],
                          metadata={"title": "Rapporteringsskjema 2023 – Spekter", "author": "Spekter"})
    assert find_reporter(filled, "skjema.docx", [], gazetteer)[0] == "Spekter"
    own = DocumentInfo(title_lines=["Kompetanse Norge", "Årsrapport 2018"])  # the directorate's own report
    assert find_reporter(own, "rapport.pdf", [], gazetteer)[0] == "Kompetanse Norge"


def test_the_reporter_is_not_where_the_report_is_sent(gazetteer):
    """A board paper's decision "… ber om at den sendes Kompetanse Norge innen fristen" under its page header
    "LO Sekretariatet · Styresak": Kompetanse Norge receives it, LO sends it; "sendes Kompetansepolitisk råd
    som LOs rapportering" names LO all the same."""
    info = DocumentInfo(title_lines=["Sak 34/17", "Rapportering til Kompetansepolitisk råd 2017",
                                     "Sekretariatet slutter seg til rapporteringen og ber om at den sendes Kompetanse Norge innen fristen."],
                        headers=["LO Sekretariatet · Styresak"])
    assert find_reporter(info, "styresak.docx", [], gazetteer)[0] == "LO"
    said = DocumentInfo(title_lines=["Utdraget under sendes Kompetansepolitisk råd som LOs rapportering for 2017."])
    assert find_reporter(said, "protokoll.docx", [], gazetteer)[0] == "LO"
