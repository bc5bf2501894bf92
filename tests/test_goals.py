import pytest

from tiltak.normalize.goals import match_goal_text, parse_goal


@pytest.mark.parametrize("text, delmal, old", [
    ("Relasjon til NKPS tiltak nr 12.", ["3.2"], [12]),
    ("Relasjon til NKPS tiltak nr. 4 og 7.", ["1.4", "2.3"], [4, 7]),
    ("tiltak 4, 7 og 12", ["1.4", "2.3", "3.2"], [4, 7, 12]),
    ("Relasjon til NKPS tiltak nr 1, 6 og 16", ["1.1", "2.2", "3.6"], [1, 6, 16]),
    ("delmål 2.3", ["2.3"], []),
    ("dm. 2.3", ["2.3"], []),
    ("2.3", ["2.3"], []),
    ("1.2 Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar", ["1.2"], []),
    ("Delmål 1.4 og 2,3", ["1.4", "2.3"], []),
    ("Relasjon til delmål 3.5.", ["3.5"], []),
    ("tiltak nr. 9", ["2.5"], [9]),
    ("nr. 13 og 14.", ["3.3", "3.4"], [13, 14]),
    ("NKPS nr 5+6", ["2.1", "2.2"], [5, 6]),  # a phone note's jotting
    ("2.20", ["2.2"], []),  # a statistics package's number with two decimals
    ("1.40, 3.60", ["1.4", "3.6"], []),
])
def test_goal_references_in_every_form(reference, text, delmal, old):
    ref = parse_goal(text, reference)
    assert ref.delmal == delmal
    assert ref.nkps_tiltak == old


def test_numbers_that_are_no_goal_are_reported(reference):
    ref = parse_goal("Relasjon til NKPS tiltak nr 17 og 4.7", reference)
    assert ref.nkps_tiltak == []
    assert "17" in ref.unknown and "4.7" in ref.unknown
    assert parse_goal("2.70 og 4.10", reference).delmal == []  # no delmål with a nought after it either


def test_dates_are_not_delmal_codes(reference):
    assert parse_goal("Avholdt 1.3.2018", reference).delmal == []


def test_wording_of_a_delmal_maps_to_it(reference):
    code, score = match_goal_text("Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger", reference, 72)
    assert code == "2.3" and score >= 72
    assert match_goal_text("Bedre kantinemat for alle ansatte", reference, 72)[0] is None


def test_two_delmal_quoted_by_their_wording():
    """LO writes its goals as the strategy's words in «»; codes from the report's own labels (blind match3)."""
    from tiltak.normalize.goals import match_goal_texts
    from tiltak.normalize.reference import load_reference

    text = ("«Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet» og «Samarbeide "
            "om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker»")
    codes, _ = match_goal_texts(text, load_reference(), 60)
    assert codes == ["1.4", "2.3"]


@pytest.mark.parametrize("text, delmal", [
    ("delmål 1.2–1.4", ["1.2", "1.3", "1.4"]),
    ("Delmål 2.1-2.3 og 3.6", ["2.1", "2.2", "2.3", "3.6"]),
    ("delmål 2.4–2.2", ["2.2", "2.4"]),  # a range backwards is two codes, not the codes between
])
def test_a_range_of_delmal_names_every_delmal_in_it(reference, text, delmal):
    assert parse_goal(text, reference).delmal == delmal


def test_bare_numbers_are_old_tiltak_numbers_only_where_the_report_says_so(reference):
    old = parse_goal("4 og 7", reference, old_numbers=True)
    assert (old.delmal, old.nkps_tiltak, old.source) == (["1.4", "2.3"], [4, 7], "old_number")
    code = parse_goal("2.2", reference, old_numbers=True)  # a code stays a code under such a label
    assert (code.delmal, code.nkps_tiltak, code.source) == (["2.2"], [], "code")
    assert parse_goal("4 og 7", reference).delmal == []


def test_wording_too_short_to_judge_names_no_delmal(reference):
    assert match_goal_text("Kompetanse", reference, 50) == (None, 0.0)


def test_a_range_of_old_numbers_names_each_number(reference):
    """The crosswalk as domain.md states it: tiltak n is the n-th delmål (4→1.4, 5→2.1, 6→2.2, 7→2.3)."""
    goal = parse_goal("Relasjon til NKPS tiltak nr. 4–7", reference)
    assert goal.nkps_tiltak == [4, 5, 6, 7] and goal.delmal == ["1.4", "2.1", "2.2", "2.3"]


def test_wordings_joined_by_semicolons_name_each_delmal(reference):
    """Two delmål shortened as members write them (texts of Vedlegg 1, seeds/001), one per part."""
    from tiltak.normalize.goals import match_goal_texts

    text = ("Sørge for tilgang til karriereveiledning og et helhetlig system for karriereveiledning; "
            "Benytte opplærings- og kompetansetiltak mer aktivt i arbeidsmarkeds- og integreringspolitikken")
    codes, score = match_goal_texts(text, reference, 72)
    assert codes == ["1.3", "3.3"] and 72 <= score <= 100
    one, _ = match_goal_texts("Styrke kunnskapsgrunnlaget om læring i arbeidslivet", reference, 72)
    assert one == ["2.2"]
    none, best = match_goal_texts("Bedre vær på Vestlandet og flere ferjer i fjordene", reference, 72)
    assert none == [] and 0 <= best < 72


# Probes from the mutation run (benchmarks/mutation.py): each pins one rule of reading goals.

def test_no_text_is_an_empty_reference_not_nothing(reference):
    for text in ("", None):
        ref = parse_goal(text, reference)
        assert ref is not None and ref.delmal == [] and ref.nkps_tiltak == [] and ref.unknown == []


def test_a_range_to_a_code_that_does_not_exist_is_no_range(reference):
    ref = parse_goal("delmål 1.2–1.9", reference)  # the strategy has no 1.9
    assert ref.delmal == ["1.2"] and "1.9" in ref.unknown
    assert parse_goal("delmål 2.1–2.3", reference).delmal == ["2.1", "2.2", "2.3"]


def test_content_words_leave_out_short_and_function_words():
    from tiltak.normalize.goals import _content_words

    assert _content_words("Vi gir et tilbud til alle") == ["gir", "tilbud", "alle"]


def test_a_word_matches_its_inflections_and_compounds_but_not_a_short_part():
    from tiltak.normalize.goals import _word_matches

    assert 0 < _word_matches("skole", ["skoleeiere"]) < 1  # five letters inside a longer word: a little less
    assert 0 < _word_matches("veilederne", ["karriereveiledere"]) < 1  # the head of a compound
    assert _word_matches("veilederne", ["veiledere"]) == 1  # the word in another form
    assert not _word_matches("lære", ["lærebedrifter"])  # four letters: too short to count inside a word
    assert not _word_matches("arbeidsliv", ["kantine"])


def test_word_overlap_needs_two_content_words_and_counts_their_length():
    from tiltak.normalize.goals import word_overlap

    assert word_overlap("karriereveiledning", "karriereveiledning for voksne") == 0.0
    # 18 + 6 = 24 characters of content words, all found: 100, discounted to 24/30 of it
    assert word_overlap("karriereveiledning voksne", "karriereveiledning for voksne") == pytest.approx(80.0)
    # half the length found, a longer goal statement around it (context): no discount
    assert word_overlap("karriereveiledning kantinemat", "karriereveiledning for voksne", context=60) == \
        pytest.approx(100.0 * 18 / 28)


def test_two_delmal_named_by_their_words_in_one_text_give_both(reference):
    from tiltak.normalize.goals import match_goal_texts

    # delmål 1.2 and 2.3 in the strategy's own words, shortened, joined by "; " and by ", og"
    for text in ("Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar; samarbeide om å synliggjøre "
                 "karrieremulighetene i yrkesfaglige utdanninger",
                 "regionalt folkevalgt nivås kompetansepolitiske ansvar, og karrieremulighetene i yrkesfaglige "
                 "utdanninger og yrker"):
        assert match_goal_texts(text, reference, 72)[0] == ["1.2", "2.3"]


def test_words_with_the_same_start_but_different_endings_do_not_match():
    from tiltak.normalize.goals import _word_matches

    assert not _word_matches("skolen", ["skoleeier"])  # a school is not a school owner


@pytest.mark.parametrize("text, codes", [
    ("Kurs for fagarbeidarar i industrien. Tiltaket er òg knytt til delmål 2.1.", ["2.1"]),
    ("Berører også delmål 2.3 og 2.4. Gjennomføres årlig.", ["2.3", "2.4"]),
    ("Prosjektet bidrar i tillegg til delmål 1,4.", ["1.4"]),
    ("Tiltaket er knytt til delmål 2.1.", []),  # no "also": the goal field says what it serves
    ("Ordningen fikk også 2.5 millioner kroner i 2019.", []),  # no delmål named
    ("Tiltaket er òg knytt til delmål 2.1 og 3.4, jf. kap. 2.3.", ["2.1", "3.4"]),  # not the chapter
    ("Arbeidet under delmål 1.1 har også gitt resultater.", []),  # the "also" of something else
    ("", []),
])
def test_a_text_that_says_a_measure_also_serves_a_delmal(reference, text, codes):
    from tiltak.normalize.goals import also_goals

    assert also_goals(text, reference)[0] == codes


def test_codes_a_comma_joins_with_no_space(reference):
    assert parse_goal("2.1,2.4", reference).delmal == ["2.1", "2.4"]
    assert parse_goal("1.2,3.4,3.6", reference).delmal == ["1.2", "3.4", "3.6"]
