"""Forms of ordinary reports from blind batches match54 and match55, each in a test's own words."""

import docx

from test_report_forms48 import _table
from tiltak.extract.content import short_name_first, ticked
from tiltak.extract.file import extract_file


def _measures(path):
    return [(m.title, m.goal_text) for m in extract_file(path).measures]


def test_a_templates_guidance_under_each_label_is_no_part_of_the_label(tmp_path):
    """The council's form filled in with its grey guidance left under each label ("Navn på tiltak" over
    "Skriv inn navnet på tiltaket …", "Vel eitt eller fleire delmål" in Nynorsk): one measure per form."""
    document = docx.Document()
    guidance = ("Skriv inn navnet på tiltaket slik det er kjent.", "Vel eitt eller fleire tiltak frå strategien.",
                "Velg én: FoU, Kurs/utdanning, Råd/utvalg/nettverk.", "Skriv inn hvem som er ansvarlig for tiltaket.")
    for name, number in (("Deltakelse i Kompetansebehovsutvalget", "nr. 1"), ("Skolering av tillitsvalgte", "nr. 6 og 8")):
        table = _table(document, [("Navn på tiltak", name), ("Relasjon til NKPS tiltak", number),
                                  ("Type tiltak", "Kurs/utdanning"), ("Ansvarlig", "LO")])
        for r, guide in enumerate(guidance):
            table.cell(r, 0).add_paragraph(guide).runs[0].italic = True
    document.save(tmp_path / "lo.docx")
    assert _measures(tmp_path / "lo.docx") == [("Deltakelse i Kompetansebehovsutvalget", "nr. 1"),
                                               ("Skolering av tillitsvalgte", "nr. 6 og 8")]


def test_an_x_typed_over_a_box_among_empty_ones_is_a_tick():
    """"☐ 1.2 X 1.3 ☐ 1.4" as a member typed it: 1.3 ticked; an X among other words is no box."""
    assert ticked("☐ 1.1 ☐ 1.2 X 1.3 ☐ 1.4") == "1.3"
    assert ticked("☐ 1.3 X 2.3 x 2.4 ☐ 3.1") == "2.3, 2.4"
    assert ticked("Kurs for X-bedrifter") == "Kurs for X-bedrifter"


def test_a_table_sorted_by_delmal_that_prints_each_delmal_once_gives_its_rows_that_delmal(tmp_path):
    """A ministry's matrix sorted by delmål prints each one only on its group's first row: the rows under it
    have that delmål. A table whose delmål cells do not go up in order keeps its empty cells empty."""
    rows = [("Delmål", "Tiltak", "Type tiltak", "Ansvarlig"), ("1.3", "Kvalitetsrammeverk", "Prosjekt", "KD"),
            ("", "Digital karriereveiledning", "Informasjon", "KD"), ("2.1", "Fleksible tilbud", "Kurs/utdanning", "KD"),
            ("", "Bransjeprogram", "Kurs/utdanning", "KD"), ("2.3", "Yrkesfagenes år", "Informasjon", "KD")]
    document = docx.Document()
    _table(document, rows)
    document.save(tmp_path / "kd.docx")
    assert [g for _, g in _measures(tmp_path / "kd.docx")] == ["1.3", "1.3", "2.1", "2.1", "2.3"]
    document = docx.Document()
    _table(document, [rows[0], rows[5], rows[2], rows[1], rows[4], rows[3]])
    document.save(tmp_path / "kd2.docx")
    assert [g for _, g in _measures(tmp_path / "kd2.docx")] == ["2.3", None, "1.3", None, "2.1"]


def test_a_form_with_its_own_header_row_and_a_name_tagged_by_its_delmal(tmp_path):
    """An annual report's "Felt | Innhold" form under each measure's heading: the header row is no label
    and answer. A newsletter's "[NKPS 2.1/2.4] Bransjeprogrammene — …": the tag is the delmål."""
    document = docx.Document()
    for name, code in (("Fagbrev på jobb i kommunesektoren", "2.5"), ("Kompetanseløft 2025", "1.4 og 2.2")):
        document.add_heading(name, 3)
        _table(document, [("Felt", "Innhold"), ("Delmål", code), ("Type tiltak", "Prosjekt"), ("Ansvarlig", "KS")])
    document.save(tmp_path / "ks.docx")
    assert _measures(tmp_path / "ks.docx") == [("Fagbrev på jobb i kommunesektoren", "2.5"), ("Kompetanseløft 2025", "1.4 og 2.2")]
    from tiltak.extract.file import _goal_head
    from tiltak.extract.records import RawMeasure

    tagged = [_goal_head(RawMeasure(index=k, title=t)) for k, t in enumerate(
        ("[NKPS 2.1/2.4] Bransjeprogrammene", "[Delmål 1.3] karriereveiledning.no", "[Utvalg] Kompetansebehovsutvalget"))]
    assert [(m.title, m.goal_text) for m in tagged] == [("Bransjeprogrammene", "NKPS 2.1/2.4"),
                                                        ("karriereveiledning.no", "Delmål 1.3"),
                                                        ("[Utvalg] Kompetansebehovsutvalget", None)]


def test_bullets_naming_their_measure_and_stating_its_delmal_are_measures_under_any_heading(tmp_path):
    """Board papers: under "Sak 12/2023 Oppfølging av kompetansestrategien", bullets "**Name**: text. Delmål
    2.2. FoU. Ansvar: NHO." or "**Name** – kurs (delmål 2.4). Text." are measures; another case's bullets
    naming no delmål are none."""
    document = docx.Document()
    document.add_heading("Sak 11/2023 Økonomi", 1)
    document.add_paragraph("Inntektene økte i 2023.", style="List Bullet")
    document.add_heading("Sak 12/2023 Oppfølging av kompetansestrategien", 1)
    for name, rest in (("Næringslivets kompetansebarometer 2023", ": Sjette gjennomføring. Delmål 2.2. FoU. Ansvar: NHO."),
                       ("Bransjeprogram for helse og omsorg", " – kurs (delmål 2.4). Regionalt tilbud. Samarbeid: KS.")):
        p = document.add_paragraph(style="List Bullet")
        p.add_run(name).bold = True
        p.add_run(rest)
    document.add_heading("Sak 13/2023 Strategi", 1)
    p = document.add_paragraph(style="List Bullet")
    p.add_run("Medlemsportal").bold = True
    p.add_run(": Ny portal for medlemmene i 2024.")
    document.save(tmp_path / "nho.docx")
    assert [(t, g) for t, g in _measures(tmp_path / "nho.docx")] == [
        ("Næringslivets kompetansebarometer 2023", "Delmål 2.2"), ("Bransjeprogram for helse og omsorg", "delmål 2.4")]


def test_a_short_name_then_a_whole_sentence_and_a_name_then_a_dash_and_a_sentence():
    """"Samarbeidsrådet for yrkesopplæring. Unio deltar i rådet.": the name, then its text; a name with a full
    stop inside an abbreviation stays whole."""
    assert short_name_first("Samarbeidsrådet for yrkesopplæring. Unio deltar i rådet.") == (
        "Samarbeidsrådet for yrkesopplæring", "Unio deltar i rådet.")
    assert short_name_first("Oppfølging av Meld. St. 14") is None
    assert short_name_first("Kompetanseløft. Nytt") is None


def test_a_name_a_dash_and_a_sentence_is_the_name_and_its_text(tmp_path):
    """Minutes: "3) Fagbrev på jobb i helseforetakene – Pilot for helsefagarbeidere. Ansvarlig: Spekter.": the
    name before the dash; "Kompetanseløft 2025 – arbeidsgiverstøtte" (no sentence after it) stays whole."""
    document = docx.Document()
    document.add_heading("Tiltak", 1)
    for text in ("Fagbrev på jobb i helseforetakene – Pilot for helsefagarbeidere.", "Kompetanseløft 2025 – arbeidsgiverstøtte"):
        document.add_heading(text, 2)
        document.add_paragraph("Delmål: 2.5")
        document.add_paragraph("Ansvarlig: Spekter")
    document.save(tmp_path / "spekter.docx")
    got = [(m.title, m.description) for m in extract_file(tmp_path / "spekter.docx").measures]
    assert got == [("Fagbrev på jobb i helseforetakene", "Pilot for helsefagarbeidere."),
                   ("Kompetanseløft 2025 – arbeidsgiverstøtte", None)]
