import pytest

from tiltak.normalize.types import map_type


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


@pytest.mark.parametrize("written, canonical", [
    # a member's own words for one of the six
    ("Forum", "Råd/utvalg/nettverk"), ("Referansegruppe", "Råd/utvalg/nettverk"), ("Utval", "Råd/utvalg/nettverk"),
    ("Undersøkelse", "FoU"), ("Webinarserie", "Arrangement"), ("Utdanningstilbod", "Kurs/utdanning"),
    # a compound whose last part is a spelling of one: the longest part decides
    ("EU-prosjekt", "Prosjekt"), ("Partsprosjekt", "Prosjekt"), ("Nettkurs", "Kurs/utdanning"),
    ("Tillitsvalgtopplæring", "Kurs/utdanning"), ("Forskningsrapport", "FoU"), ("Fagkonferanse", "Arrangement"),
    # not a sentence's last word, nor a tail of three letters, nor a phrase or a word of many parts
    ("Vi lager et eget prosjekt", None), ("Fagråd", "Råd/utvalg/nettverk"), ("Statsråd", None),
    ("Tilskudd til kurs", None), ("Støtte til prosjekter", None), ("Ikke kurs", None), ("Datainnsamling", None),
])
def test_a_members_own_words_and_compounds_of_a_types_spelling(reference, written, canonical):
    assert map_type(written, reference) == canonical


@pytest.mark.parametrize("written", ["Lobbyvirksomhet", "Annet", "Stipend og lån", "", "Avtale", "Tilskuddsordning"])
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
    from tiltak.normalize.config import load_config
    from tiltak.normalize.measures import Normalizer
    from tiltak.normalize.types import infer_type

    normalizer = Normalizer(load_config())
    keywords, floor = normalizer.stems, normalizer.config.get("types", "min_score")
    assert infer_type("Konferanse om forskning på læring", None, keywords, floor) == "Arrangement"
    assert infer_type("Forskning på konferanser", None, keywords, floor) == "FoU"
    assert infer_type("Tiltak for voksne", "Et kurs for voksne i kommunene.", keywords, floor) == "Kurs/utdanning"
    assert infer_type("Tiltak for voksne", None, keywords, floor) is None  # no evidence: no type
    assert infer_type("Informasjonskampanje om fagbrev", None, keywords, floor) == "Informasjon"


# Probes from the mutation run (benchmarks/mutation.py): type inference from words, on a small
# keyword list made here, so every expected score is counted by hand.

def _keywords():
    from tiltak.normalize.types import Keywords

    return Keywords([("Arrangement", "konferanse", 3.0), ("Kurs/utdanning", "kurs", 2.0),
                     ("Informasjon", "kampanje", 3.0), ("Prosjekt", "prosjekt", 2.0)])


def test_a_long_stem_counts_as_the_first_part_of_a_compound():
    kw = _keywords()
    assert kw.stem_of("kampanjearbeid")[1] == "kampanje"  # 8 letters: long enough to lead a compound
    assert kw.stem_of("søkekonferansen")[1] == "konferanse"  # a compound's last part, inflected
    assert kw.stem_of("prosjektleder")[1] == "prosjekt"
    assert kw.stem_of("kursleder") is None  # "kurs" is too short to lead a compound
    assert kw.stem_of("kursene")[1] == "kurs"


def test_type_scores_are_summed_by_weight_and_place():
    from tiltak.normalize.types import infer_type

    kw = _keywords()
    # head word: 3 x 3.0 = 9.0
    assert infer_type("Konferanse", None, kw, 9.0) == "Arrangement"
    assert infer_type("Konferanse", None, kw, 9.5) is None
    # a description word counts its weight once: 3 x 1.0 = 3.0
    assert infer_type("Tiltak", "En konferanse for ledere", kw, 3.0) == "Arrangement"
    assert infer_type("Tiltak", "En konferanse for ledere", kw, 3.5) is None
    # the head ends at the first preposition: kurs in the head (2 x 3.0 = 6.0) beats the
    # conference after it (3 x 1.5 = 4.5)
    assert infer_type("Kurs om konferanseplanlegging", None, kw, 1.0) == "Kurs/utdanning"


def test_a_title_that_starts_with_a_preposition_keeps_its_head():
    from tiltak.normalize.types import infer_type

    # the head runs to the first preposition after the first word: "Om konferansen" (3 x 3.0 = 9.0)
    assert infer_type("Om konferansen for ledere", None, _keywords(), 9.0) == "Arrangement"


@pytest.mark.parametrize("stated, type_, warned", [
    ("Avtale", "Annet", True), ("Tilskuddsordning", "Annet", True),  # none of the six: Annet, words in type_raw
    ("Annet (avtale)", "Annet", False), ("Anna", "Annet", False),  # the form's own "other" choice
    ("EU-prosjekt", "Prosjekt", False),
])
def test_a_stated_type_none_of_the_six_is_counted_as_annet(stated, type_, warned):
    from tiltak.extract.records import FileResult, RawMeasure
    from tiltak.normalize.measures import Normalizer

    raw = RawMeasure(index=1, title="Samfunnskontrakt for flere læreplasser", type_text=stated)
    [m] = Normalizer().normalize_file(FileResult(path="2019_LO.docx", status="ok", measures=[raw]))
    assert (m.type, m.type_raw, m.type_source) == (type_, stated, "stated")
    assert ("unknown_type" in m.warnings) == warned


def test_delmal_words_beside_a_type_are_no_type_by_their_last_part():
    """"kompetansebehovsutvalg; Råd/utvalg/nettverk" as the goal: the type is said apart, the keyword
    (its last part "utvalg" a type's) the delmål's."""
    from tiltak.extract.records import FileResult, RawMeasure
    from tiltak.normalize.measures import Normalizer

    raw = RawMeasure(index=1, title="Akademikernes plass i utvalget", goal_text="kompetansebehovsutvalg; Råd/utvalg/nettverk")
    [m] = Normalizer().normalize_file(FileResult(path="2019_Akademikerne.docx", status="ok", measures=[raw]))
    assert m.delmal == ["1.1"]
