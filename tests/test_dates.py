from datetime import date

import pytest

from tiltak.normalize.dates import parse_period


@pytest.mark.parametrize("text, default_year, start, end, ongoing, start_date, end_date", [
    ("13. September", 2017, 2017, None, False, date(2017, 9, 13), None),
    ("21. september 2017", None, 2017, None, False, date(2017, 9, 21), None),
    ("Oppstart var i 2013, og tiltaket gjennomføres hvert år i begynnelsen av mars.", None, 2013, None, True, None, None),
    ("Tiltaket ble igangsatt i 2016 og vil pågå løpende.", None, 2016, None, True, None, None),
    ("2018–2019", None, 2018, 2019, False, None, None),
    ("skoleåret 2020-21", None, 2020, 2021, False, None, None),
    ("Starter 2019", None, 2019, None, False, None, None),
    ("En dags varighet i september 2017. Vi vurderer å gjennomføre en slik søkekonferanse årlig.", None, 2017, None, True, None, None),
    ("Igangsatt våren 2017, varighet to år.", None, 2017, 2019, False, None, None),
    ("Samarbeidsprosjektet startet i 2013 og prosjektet ble avsluttet i 2016.", None, 2013, 2016, False, None, None),
    ("Brevet ble sendt den 8. mai 2017.", None, 2017, None, False, date(2017, 5, 8), None),
    ("Konferansen holdes 21. SEPTEMBER 2017 og deretter videre oppfølging.", None, 2017, None, False, date(2017, 9, 21), None),
    ("Fra 1. januar 2018 til 31. desember 2019", None, 2018, 2019, False, date(2018, 1, 1), date(2019, 12, 31)),
    ("1.3.2018", None, 2018, None, False, date(2018, 3, 1), None),
    ("Rapport levert i juni 2019", None, 2019, None, False, None, None),
    ("Prosjektet går ut 2018", 2017, None, 2018, False, None, None),
    ("Oppstart 2016, ut 2018", None, 2016, 2018, False, None, None),
    ("Løpende", None, None, None, True, None, None),
    ("", None, None, None, False, None, None),
])
def test_timing_text(text, default_year, start, end, ongoing, start_date, end_date):
    p = parse_period(text, default_year)
    assert (p.start_year, p.end_year, p.ongoing, p.start_date, p.end_date) == (start, end, ongoing, start_date, end_date)


def test_an_impossible_date_is_not_a_date():
    assert parse_period("31. februar 2018").start_date is None


def test_a_span_that_ends_a_sentence_keeps_its_end():
    from tiltak.normalize.dates import parse_period

    p = parse_period("Tiltaket har pågått gjennom hele kontraktsperioden 2016–2020.", 2020)
    assert (p.start_year, p.end_year) == (2016, 2020)
    assert parse_period("2019-20.5", 2020).end_year is None  # a number after the stop: no year span


@pytest.mark.parametrize("text, expected", [
    ("2019–", True), ("2016 –", True), ("fra 2019", True), ("siden 2017", True), ("2018 og framover", True),
    ("2016–, evaluert 2020", True),
    ("2019–2021", False), ("Fra 2019 til 2021", False), ("2019", False), ("Våren 2019", False), ("Løpende", False),
    (None, False),
])
def test_a_start_with_no_end_is_open_ended(text, expected):
    from tiltak.normalize.dates import open_ended

    assert open_ended(text) is expected
