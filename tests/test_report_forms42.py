"""Who runs a measure, as ordinary reports say it (left from blind batches match40–41): a header cell
that says its answers name both roles ("Kven (ansvarleg / med)"), "VOFO – med studieforbundene", a
line under a table that names the owner of all its measures, a header's abbreviation on a line of its
own ("Ansvarlig" over "dep."). Each in a test's own words."""

import docx
import pytest

from test_report_forms34 import _table
from test_report_forms41 import _measures


def test_a_header_word_over_an_abbreviation_on_the_next_line_stays_two_words():
    """"Ansvarlig" filling a narrow header cell and "dep." under it: a word and an abbreviation, not a
    word the renderer broke ("fylkeskommun" + "ene." is one)."""
    from tiltak.extract.text import join_wrapped

    assert join_wrapped([("Ansvarlig", 99.0), ("dep.", 20.0)], 100.0, 5.0, known=set()) == "Ansvarlig dep."
    assert join_wrapped([("Ansv.", 99.0), ("org.", 20.0)], 100.0, 5.0, known=set()) == "Ansv. org."
    assert join_wrapped([("fylkeskommun", 99.0), ("ene.", 20.0)], 100.0, 5.0, known=set()) == "fylkeskommunene."
    assert join_wrapped([("Fagskule", 99.0), ("tilbod", 30.0)], 100.0, 5.0, known={"fagskuletilbod"}) == "Fagskuletilbod"


@pytest.mark.parametrize("label, field", [
    ("Kven (ansvarleg / med)", "roles"),
    ("Hvem (ansvar/med)", "roles"),
    ("Ansvarlig / med", "roles"),
    ("Ansvarlig dep.", "responsible"),
    ("Ansvarlig/ansvarleg", "responsible"),  # two languages, one field
    ("Ansvarlig (evt. med)", "responsible"),
    ("Measure / Tiltak", "title"),
])
def test_a_label_that_names_both_roles_apart_by_a_slash(label, field):
    from tiltak.extract.vocabulary import header_field

    assert header_field(label) == field


@pytest.mark.parametrize("text, roles", [
    ("VOFO – med studieforbundene, frivillige organisasjoner", ("VOFO", "studieforbundene, frivillige organisasjoner")),
    ("Kompetanse Norge – med VOFO, studieforbundene", ("Kompetanse Norge", "VOFO, studieforbundene")),
    ("HK-dir, i samarbeid med KS og NAV", ("HK-dir", "KS og NAV")),
    ("Fylkeskommunen – sammen med kommunene", ("Fylkeskommunen", "kommunene")),
    ("KD – med forbehold om midler", None),  # not whom
    ("KD – med 30 deltakere", None),
    ("NHO, LO og KS", None),
    ("Spekter står bak tiltaket, med bidrag fra medlemsvirksomhetene", None),  # a sentence, not a name
])
def test_who_then_with_whom_after_a_dash(text, roles):
    from tiltak.extract.layouts.facts import roles_told

    assert roles_told(text) == roles


def test_a_who_column_whose_header_says_both_roles_apart_by_a_slash(tmp_path):
    """A county's table under "Kven (ansvarleg / med)": "Vestland fylkeskommune / NAV Vestland, LO
    Vestland" is the county, with NAV and LO; a cell that names one body is that body alone."""
    document = docx.Document()
    document.add_paragraph("Vestland fylkeskommune – rapport til Kompetansepolitisk råd 2024")
    _table(document, [["Tiltak", "Kven (ansvarleg / med)", "Delmål", "Type"],
                      ["Kompetanseforum Vestland", "Vestland fylkeskommune / NAV Vestland, LO Vestland", "1.2", "Nettverk"],
                      ["Karriere Vestland", "Vestland fylkeskommune", "1.3", "Teneste"],
                      ["Desentralisert fagskuletilbod", "Fagskulen Vestland / Vestland fylkeskommune, kommunane", "2.1",
                       "Kurs"]])
    document.save(tmp_path / "vestland.docx")
    assert [(m.responsible_text, m.partners_text) for m in _measures(tmp_path / "vestland.docx")] == [
        ("Vestland fylkeskommune", "NAV Vestland, LO Vestland"), ("Vestland fylkeskommune", None),
        ("Fagskulen Vestland", "Vestland fylkeskommune, kommunane")]


def test_the_owner_of_all_the_measures_said_as_a_label_under_the_table(tmp_path):
    """"Ansvarlig for alle tiltakene: Trøndelag fylkeskommune." under a table with no owner column; a
    label that says whose the measures of the strategy are names none of this report's."""
    def report(line):
        document = docx.Document()
        document.add_paragraph("Tabell 5.4 Tiltak som følger opp NKPS")
        _table(document, [["Tiltak", "Delmål", "Type", "Samarbeidspartnere"],
                          ["Kompetanseforum Trøndelag", "1.2", "Nettverk", "NAV Trøndelag, NTNU"],
                          ["Karrieresenteret i Trøndelag", "1.3", "Tjeneste", "NAV Trøndelag"]])
        document.add_paragraph(line)
        document.save(tmp_path / "trondelag.docx")
        return [m.responsible_text for m in _measures(tmp_path / "trondelag.docx")]

    assert report("Ansvarlig for alle tiltakene: Trøndelag fylkeskommune.") == ["Trøndelag fylkeskommune"] * 2
    assert report("Ansvarlig for tiltakene i strategien: Kunnskapsdepartementet.") == [None, None]


def test_a_header_cell_with_the_forms_guidance_under_its_label(tmp_path):
    """The secretariat's form: "Type" with the allowed answers under it in the same cell ("FoU,
    kurs/utdanning, råd/utvalg/nettverk, …"), "Periode" over "fra–til": the first line is the label."""
    document = docx.Document()
    document.add_paragraph("Rapporteringsskjema – Kompetansepolitisk råd 2024")
    _table(document, [["Tiltak (navn)", "Delmål", "Type\nFoU, kurs/utdanning, råd/utvalg/nettverk, prosjekt, informasjon, "
                        "arrangement", "Ansvarlig", "Periode\nfra–til"],
                      ["Bli lærling i kommunen", "2.3", "kampanje", "KS", "2024"],
                      ["Menn i helse", "3.3", "prosjekt", "KS", "2021–2025"]])
    document.save(tmp_path / "skjema.docx")
    assert [(m.title, m.type_text, m.period_text) for m in _measures(tmp_path / "skjema.docx")] == [
        ("Bli lærling i kommunen", "kampanje", "2024"), ("Menn i helse", "prosjekt", "2021–2025")]
