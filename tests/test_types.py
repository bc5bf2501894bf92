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


@pytest.mark.parametrize("written, canonical", [
    ("Prosjkt", "Prosjekt"),  # a slip: close enough to one spelling
    ("Kurs/utdaning", "Kurs/utdanning"),
    ("  ", None), (None, None),
    ("Kurs og prosjekt", None),  # parts that disagree name no one type
])
def test_slips_and_disagreeing_parts(reference, written, canonical):
    assert map_type(written, reference) == canonical


def test_inferred_type_weighs_the_titles_head_over_its_tail_and_the_description():
    """'Konferanse om forskning': the head (before the first preposition) names the type; a word in
    the description counts less than one in the title."""
    from normalize.config import load_config
    from normalize.measures import Normalizer
    from normalize.types import infer_type

    normalizer = Normalizer(load_config())
    keywords, floor = normalizer.stems, normalizer.config.get("types", "min_score")
    assert infer_type("Konferanse om forskning på læring", None, keywords, floor) == "Arrangement"
    assert infer_type("Forskning på konferanser", None, keywords, floor) == "FoU"
    assert infer_type("Tiltak for voksne", "Et kurs for voksne i kommunene.", keywords, floor) == "Kurs/utdanning"
    assert infer_type("Tiltak for voksne", None, keywords, floor) is None  # no evidence: no type
    assert infer_type("Informasjonskampanje om fagbrev", None, keywords, floor) == "Informasjon"
