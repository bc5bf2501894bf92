import pytest

from normalize.types import map_type


@pytest.mark.parametrize("written, canonical", [
    ("FoU", "FoU"), ("Forskning og utvikling", "FoU"), ("F&U", "FoU"),
    ("Kurs/utdanning", "Kurs/utdanning"), ("Kurs / utdanning", "Kurs/utdanning"), ("Kurs og utdanning", "Kurs/utdanning"),
    ("Råd/utvalg/ nettverk", "Råd/utvalg/nettverk"), ("Råd, utvalg og nettverk", "Råd/utvalg/nettverk"),
    ("Råd / utvalg / nettverk", "Råd/utvalg/nettverk"), ("Råd, utvalg, nettverk", "Råd/utvalg/nettverk"),
    ("Prosjekt", "Prosjekt"), ("prosjekter", "Prosjekt"),
    ("Informasjon", "Informasjon"), ("Informasjonstiltak", "Informasjon"), ("informasjonskampanje", "Informasjon"),
    ("Arrangement", "Arrangement"), ("Arrangement/konferanse", "Arrangement"), ("Konferanse", "Arrangement"),
    ("Seminar", "Arrangement"), ("Seminar/workshop", "Arrangement"),
])
def test_stated_types_in_any_spelling(reference, written, canonical):
    assert map_type(written, reference) == canonical


@pytest.mark.parametrize("written", ["Lobbyvirksomhet", "Annet", "Stipend og lån", ""])
def test_types_that_are_none_of_the_six(reference, written):
    assert map_type(written, reference) is None
