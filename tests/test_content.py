"""Fields recognised by what a line says, where no label names them."""

import pytest

from tiltak.extract.content import delmal_codes, goal_reference, is_closing, is_goal_line, is_period_line, mentions_time, ticked


@pytest.mark.parametrize("text", ["Delmål 2.3", "(dm 1.2 og 1.4)", "Relasjon til NKPS tiltak nr. 1", "2.1–2.3",
                                  "Tiltaket følger opp delmål 1.1.", "Tiltaket støtter delmål 2.2 og 2.4",
                                  "Knyttes til strategiens tiltak nr 12.",
                                  "NKPS tiltak 4 og 7", "tiltak 4, 7 og 12", "jf. tiltak 12 i strategien", "3.3, 3.4"])
def test_goal_lines(text):
    assert is_goal_line(text)


@pytest.mark.parametrize("text", ["Kompetanseløft i kommunene", "Tiltak 1", "Rapport levert 2.3.2019 til KD", "2019",
                                  "Tiltaket bidrar til delmål 2.2 ved å styrke kunnskapen om etter- og videreutdanning "
                                  "i hele arbeidsstyrken gjennom mange ulike tiltak"])
def test_lines_that_are_not_goal_lines(text):
    assert not is_goal_line(text)


def test_a_goal_reference_inside_a_longer_text():
    assert goal_reference("Tiltaket bidrar til delmål 2.2 ved å styrke kunnskapen") == "delmål 2.2"
    assert goal_reference("Vi følger opp NKPS-tiltak 12 i år") == "NKPS-tiltak 12"
    assert goal_reference("Vi startet i 2019 med 2 kurs") is None


@pytest.mark.parametrize("text, expected", [
    ("2019–2020", True), ("Høsten 2019", True), ("Løpende", True), ("Fra mars 2019", True), ("Årlig, siden 2015", True),
    ("Kurs for tillitsvalgte", False), ("NAV og KS", False),
    ("Kampanjen skal få flere jenter til å velge realfag og teknologi, og den har gått siden 2016", False),
])
def test_period_lines(text, expected):
    assert is_period_line(text) is expected


def test_closing_lines_and_times():
    assert is_closing("Oslo, 3. februar 2020") and is_closing("Bergen, 25. januar 2021")
    assert is_closing("Med vennlig hilsen") and is_closing("Venleg helsing")
    assert not is_closing("Oslo, Bergen og Trondheim deltok i 2019")
    assert mentions_time("lansert i august 2018") and not mentions_time("lansert på Arendalsuka")


@pytest.mark.parametrize("text, choices", [
    ("Område 2: ☐ 2.1 ☒ 2.2 ☐ 2.3 ☑ 2.4", "2.2, 2.4"),
    ("☐ FoU ☐ Kurs/utdanning ☒ Prosjekt ☐ Informasjon", "Prosjekt"),
    ("[ ] Arrangement [x] Råd/utvalg/nettverk", "Råd/utvalg/nettverk"),
    ("☐ 3.1 ☐ 3.2 ☐ 3.3", ""),
    ("Mål 1: ☒ 1.3\nMål 2: ☐ 2.1 ☒ 2.5", "1.3, 2.5"),
    ("Mål 1: ☒ 1.3 Mål 2: ☐ 2.1 ☒ 2.5", "1.3, 2.5"),
    ("Delmål 2.2 ☒", "Delmål 2.2 ☒"),  # no empty box: no form of choices
    ("1.1 ☐ 1.2 ☒ 2.1 ☐", "1.2"), ("1.1 ☐\n1.2 ☒\n2.1 ☐", "1.2"),  # the box after its choice
    ("☐ 1.2", ""), ("✔ Område 1: 1.2\n✔ Område 2: 2.1", "✔ Område 1: 1.2\n✔ Område 2: 2.1"),  # ticks as bullets
    ("Kurs for ansatte", "Kurs for ansatte")])
def test_of_choices_behind_boxes_only_the_ticked_ones_count(text, choices):
    assert ticked(text) == choices


def test_a_line_of_boxes_before_delmal_codes_is_a_goal_line_ticked_or_not():
    assert is_goal_line("Innsatsområde 3: ☐ 3.1 ☐ 3.2 ☐ 3.3")
    assert is_goal_line("☐ 1.1 ☒ 1.2")
    assert not is_goal_line("☐ Kurs ☒ Prosjekt")


def test_a_year_after_tiltak_is_no_old_number():
    from tiltak.extract.content import goal_reference

    assert goal_reference("NKPS-tiltak 2023") is None and goal_reference("Våre NKPS-tiltak 2024 (oversikt)") is None
    assert goal_reference("NKPS-tiltak 12") == "NKPS-tiltak 12"
    assert goal_reference("relasjon til NKPS tiltak nr 3, 4 og 12") == "relasjon til NKPS tiltak nr 3, 4 og 12"


def test_an_issue_key_is_no_old_number():
    from tiltak.extract.content import goal_reference

    assert goal_reference("NKPS-41 Karriereveiledning.no") is None
    assert goal_reference("NKPS-tiltak 4") == "NKPS-tiltak 4" and goal_reference("NKPS 4 og 7") == "NKPS 4 og 7"


@pytest.mark.parametrize("text, codes", [
    ("1.1 og 2,3", ["1.1", "2.3"]),            # a comma as typed is a dot
    ("delmål 3.6.", ["3.6"]),
    ("kapittel 12.4, avsnitt 2.13", []),       # parts of longer numbers are no codes
    ("4.1 og 0.5", []),                         # outside 1.1–3.6
    (None, []),
])
def test_delmal_codes_finds_the_strategys_codes_only(text, codes):
    assert delmal_codes(text) == codes
