"""The evidence the matcher weighs, one kind at a time, on the kinds of pairs members write (the
examples are those of issue 11, written before the code): abbreviations against their expansion,
names each reporter gives the other, quoted and proper names, measures reported again the next year,
two counties' own versions, two rows of one report, compounds, bracketed names, texts found in the
other's description; and the review file grouped by candidate cluster."""

import pytest

from tiltak.normalize.config import load_config
from tiltak.normalize.matching import match, records_for
from tiltak.normalize.matching.candidates import block_keys
from tiltak.normalize.matching.compare import Comparator
from tiltak.normalize.matching.titles import recompose, word_similarity
from tiltak.normalize.models import Measure


@pytest.fixture(scope="module")
def settings():
    return load_config().settings["matching"]


def M(title, reporter="Regjeringen", year=2019, delmal=("2.2",), type_="Prosjekt", responsible=None, partners=(),
      description=None, doc=None, period=None, n=[0]):
    n[0] += 1
    return Measure(measure_id=f"e{n[0]}", source_file=f"{doc or n[0]}.docx", source_sha256=doc or f"sha-e{n[0]}",
                   layout="row_table", reporter=reporter, report_year=year, title=title, delmal=list(delmal),
                   omrade=[int(delmal[0][0])] if delmal else [], type=type_,
                   responsible=list(responsible if responsible is not None else [reporter]), partners=list(partners),
                   description=description, period=period)


def score(settings, gazetteer, measures, i=0, j=1):
    records, tfidf = records_for(measures, gazetteer, settings)
    return Comparator(settings, tfidf).score(records[i], records[j])


def levels(pair) -> dict[str, str]:
    return {p.name: p.level for p in pair.parts}


def suggestion(settings, gazetteer, measures) -> str:
    records, tfidf = records_for(measures, gazetteer, settings)
    comparator = Comparator(settings, tfidf)
    return comparator.suggestion(comparator.score(records[0], records[1]))


# Padding: rarity is counted over the titles given, as in a real run with many measures.
OTHERS = [M(t, reporter="KS", delmal=("3.1",)) for t in (
    "Digital kompetanse i kommunesektoren", "Lederutdanning for skoleledere", "Kompetanseløft i helse og omsorg",
    "Konferanse om livslang læring", "Samarbeid om læreplasser", "Kartlegging av kompetansebehov i kommunene",
    "Nettverk for opplæringskontorer", "Veiledning om videreutdanning", "Kurs i arbeidsmiljø")]


def test_an_organisation_name_and_its_short_form_are_one_title_word(gazetteer):
    from tiltak.normalize.matching.records import _words_model

    words = _words_model(gazetteer).words
    assert "uio" in words("Samarbeid med LO og Universitetet i Oslo om etterutdanning")
    assert words("Samarbeid med UiO om etterutdanning") == words("Samarbeid med Universitetet i Oslo om etterutdanning")


def test_each_naming_the_other_is_reciprocal(settings, gazetteer):
    lo = M("Arrangement under Arendalsuka 2018 sammen med Spekter", reporter="LO", partners=["Spekter"])
    spekter = M("Felles arrangement med LO/LO Stat om kompetanse", reporter="Spekter", partners=["LO"])
    assert levels(score(settings, gazetteer, [lo, spekter, *OTHERS]))["organisations"] == "reciprocal"
    one_way = M("Felles arrangement om kompetanse", reporter="Spekter")
    assert levels(score(settings, gazetteer, [lo, one_way, *OTHERS]))["organisations"] != "reciprocal"


def test_a_quoted_name_in_both_is_shared_evidence(settings, gazetteer):
    unio = M("Unio i referansegruppa for kompetansereformen «Lære hele livet»", reporter="Unio", partners=["KD"])
    kd = M("Referansegruppe for kompetansereformen «Lære hele livet»", reporter="Regjeringen", responsible=["KD"])
    pair = score(settings, gazetteer, [unio, kd, *OTHERS])
    assert levels(pair)["names"] == "shared"
    assert suggestion(settings, gazetteer, [unio, kd, *OTHERS]) != "distinct"


def test_a_name_one_title_quotes_and_the_other_prints_plain_is_shared(settings, gazetteer):
    plain = M("Samling for verneombud om læring i hverdagen", reporter="YS", year=2020)
    quoted = M("Flere samlinger «Læring i hverdagen» for verneombud", reporter="YS", year=2021)
    assert levels(score(settings, gazetteer, [plain, quoted, *OTHERS]))["names"] == "shared"
    # one word quoted is no name of its own; a name quoted only in a description is the title found there
    one = M("Kampanje om «Læring» for verneombud", reporter="YS", year=2021)
    assert levels(score(settings, gazetteer, [plain, one, *OTHERS]))["names"] == "none"
    told = M("Samlinger for verneombud", reporter="YS", year=2021, description="Bygger på «Læring i hverdagen».")
    assert levels(score(settings, gazetteer, [plain, told, *OTHERS]))["names"] == "none"
    # the name the other title opens with is its head, weighed by the title's match already
    head = M("Læring i hverdagen – film for verneombud", reporter="YS", year=2021)
    assert levels(score(settings, gazetteer, [quoted, head, *OTHERS]))["names"] == "none"
    # the words apart from each other in the plain title are no name
    apart = M("Læring i arbeid og hverdagen for verneombud", reporter="YS", year=2020)
    assert levels(score(settings, gazetteer, [apart, quoted, *OTHERS]))["names"] == "none"


def _term(measure, start, end):
    return measure.model_copy(update={"period": f"{start}–{end}", "start_year": start, "end_year": end})


@pytest.mark.parametrize("verb", ["Videreføre", "Vidareføre", "Fortsette", "Forlenge", "Utvide"])
def test_a_title_that_says_in_a_verb_the_measure_goes_on_continues_it(settings, gazetteer, verb):
    first = _term(M("Mentorordning for nyansatte i barnehagene", reporter="Unio", year=2020), 2020, 2021)
    again = _term(M(f"{verb} mentorordningen for nyansatte i barnehagene", reporter="Unio", year=2022), 2022, 2023)
    assert levels(score(settings, gazetteer, [first, again, *OTHERS]))["succession"] == "none"
    # the same verb in a description may speak of something else: the later term still follows the first
    said = _term(M("Mentorordning for nyansatte i barnehagene", reporter="Unio", year=2022,
                   description=f"Ordningen skal {verb.lower()} arbeidet med rekruttering."), 2022, 2023)
    assert levels(score(settings, gazetteer, [first, said, *OTHERS]))["succession"] == "periods_apart"


@pytest.mark.parametrize("part", ["del 2", "del II", "fase 3"])
def test_a_later_part_of_a_measure_continues_it(settings, gazetteer, part):
    first = M("Kartlegging av opplæringsbehov i barnehagene", reporter="Utdanningsforbundet", year=2021)
    later = M(f"Opplæringsbehov i barnehagene, {part}", reporter="Utdanningsforbundet", year=2024)
    pair = score(settings, gazetteer, [first, later, *OTHERS])
    assert levels(pair)["years"] == "continues" and not levels(pair)["title"].startswith("objects/"), levels(pair)
    assert suggestion(settings, gazetteer, [first, later, *OTHERS]) != "distinct"


def test_a_name_written_with_a_capital_inside_a_sentence_counts_wherever_it_stands(settings, gazetteer):
    lo = M("Kompetansetiltak for permitterte (Utdanningsløftet)", reporter="LO", year=2020)
    kd = M("Utdanningsløftet 2020 – opplæring for permitterte og ledige", reporter="Regjeringen", year=2020)
    assert levels(score(settings, gazetteer, [lo, kd, *OTHERS]))["names"] == "shared"
    # a capital at the start of a title alone is no name
    a, b = M("Digitalisering i skolen", reporter="LO"), M("Digitalisering av arkiv", reporter="NHO")
    assert levels(score(settings, gazetteer, [a, b, *OTHERS]))["names"] == "none"


def test_a_measure_reported_again_next_year_continues(settings, gazetteer):
    first = M("Hurtigsporet – raskere i jobb for flyktninger", reporter="NHO", year=2019)
    again = M("Hurtigsporet (videreføring)", reporter="NHO", year=2020)
    pair = score(settings, gazetteer, [first, again, *OTHERS])
    assert levels(pair)["years"] == "continues"
    assert suggestion(settings, gazetteer, [first, again, *OTHERS]) != "distinct"
    # another member the next year is no continuation
    other = M("Hurtigsporet (videreføring)", reporter="LO", year=2020)
    assert levels(score(settings, gazetteer, [first, other, *OTHERS]))["years"] != "continues"


def test_a_missing_delmal_on_one_side_is_no_evidence_against(settings, gazetteer):
    a = M("Bransjeprogram for varehandelen", reporter="Virke", delmal=("2.2",))
    b = M("Bransjeprogram for varehandelen", reporter="LO", delmal=())
    part = next(p for p in score(settings, gazetteer, [a, b, *OTHERS]).parts if p.name == "delmal")
    assert part.level == "missing" and part.weight == 0


def test_two_counties_running_their_own_version_stay_apart(settings, gazetteer):
    a = M("Fagbrev på jobb", reporter="Trøndelag fylkeskommune", responsible=["Trøndelag fylkeskommune"])
    b = M("Fagbrev på jobb i Vestland", reporter="Vestland fylkeskommune", responsible=["Vestland fylkeskommune"])
    pair = score(settings, gazetteer, [a, b, *OTHERS])
    assert levels(pair)["organisations"] == "separate_peers"
    assert suggestion(settings, gazetteer, [a, b, *OTHERS]) != "match"


def test_two_rows_of_one_report_with_other_titles_were_listed_apart(settings, gazetteer):
    a = M("Forskningsrapport «Kompetanse for omstilling»", reporter="Akademikerne", doc="one")
    b = M("Forskningsrapport «Etter- og videreutdanning i privat sektor»", reporter="Akademikerne", doc="one")
    assert levels(score(settings, gazetteer, [a, b, *OTHERS]))["document"] == "listed_apart"
    c = M("Forskningsrapport «Kompetanse for omstilling»", reporter="Akademikerne", doc="two")
    assert levels(score(settings, gazetteer, [a, c, *OTHERS]))["document"] == "different"


def test_compound_words():
    # a generic last part adds nothing; a specific one names something narrower
    assert word_similarity("kompetanseplussordningene", "kompetansepluss", 85) == 0.9
    assert word_similarity("kompetanseutviklingsmidler", "kompetanse", 85) == 0.6
    assert word_similarity("digitaliseringen", "digitalisering", 85) == 0.9
    # a compound the other title writes as two words
    assert recompose(("tillitsvalgtkurs",), ("kurs", "tillitsvalgte", "arbeidsplassen")) == ("tillitsvalgtkurs", "arbeidsplassen")
    assert recompose(("regelverksendringene",), ("endringer", "regelverket", "studieforbund")) == ("regelverksendringene", "studieforbund")
    assert recompose(("kurs", "tillitsvalgte"), ("arbeidsmiljø", "kurs")) == ("arbeidsmiljø", "kurs")
    # at the edges: a last part of three letters after a first of four ("elev" + "råd", "yrke(s)" + "råd"); a first
    # part of three letters is too short to tell
    assert recompose(("yrkesrådet",), ("råd", "for", "yrket")) == ("yrkesrådet", "for")
    assert recompose(("elevrådet",), ("råd", "for", "elevene")) == ("elevrådet", "for")
    assert recompose(("fagrådene",), ("råd", "for", "faget")) == ("råd", "for", "faget")


def test_a_compound_written_apart_is_the_same_title(settings, gazetteer):
    a = M("Kurs for tillitsvalgte: kompetanseutvikling på arbeidsplassen", reporter="YS", year=2019)
    b = M("Tillitsvalgtkurs i kompetanseutvikling", reporter="YS", year=2020)
    pair = score(settings, gazetteer, [a, b, *OTHERS])
    assert pair.part("title").value >= 0.65


def test_a_bracketed_name_is_a_second_name_but_an_abbreviation_in_brackets_is_not(settings, gazetteer):
    kd = M("Kompetanseutviklingsmidler i staten (statens kompetansefond)", reporter="Regjeringen")
    unio = M("Kompetansefondet", reporter="Unio")
    with_name = score(settings, gazetteer, [kd, unio, *OTHERS]).part("title").value
    without = score(settings, gazetteer, [M("Kompetanseutviklingsmidler i staten"), unio, *OTHERS]).part("title").value
    assert with_name >= 0.65 > without
    rsa = M("Tiltak for å styrke Råd for samarbeid med arbeidslivet (RSA)", reporter="LO")
    seat = M("Deltakelse i RSA", reporter="KS")
    assert score(settings, gazetteer, [rsa, seat, *OTHERS]).part("title").value < 0.85


def test_a_short_title_named_in_the_others_description(settings, gazetteer):
    spekter = M("Tildelingsutvalget", reporter="Spekter", partners=["KD"],
                description="Spekter sitter i utvalget som fordeler tilskudd i Kompetanseprogrammet til fleksible "
                            "videreutdanningstilbud.")
    kd = M("Kompetanseprogrammet – fleksible videreutdanningstilbud", reporter="Regjeringen", partners=["Spekter"])
    pair = score(settings, gazetteer, [kd, spekter, *OTHERS])
    assert pair.part("title").level.startswith("in_description/")
    # found in a description, a title counts as "medium" at most
    assert pair.part("title").value <= settings["title"]["cover_at_most"]


def test_blocking_keys_join_a_name_and_its_compounds(settings, gazetteer):
    measures = [M("Promotering av Kompetanseplussordningene", reporter="VOFO"),
                M("Informasjonsarbeid om Kompetansepluss", reporter="VOFO", year=2020), *OTHERS]
    records, _ = records_for(measures, gazetteer, settings)
    assert block_keys(records[0]) & block_keys(records[1])


def test_review_rows_are_grouped_by_candidate_cluster(settings, gazetteer):
    """Pairs scored by hand: a-b and a-c merged, b-c for review (joined: the merges settle it), d-e
    for review at 0.5 (the most uncertain), c-d for review at 0.3, f-g merged on their own."""
    from tiltak.normalize.matching import _review_rows
    from tiltak.normalize.matching.compare import PairScore

    measures = [M(f"Tiltak {name}", reporter=r) for name, r in zip("abcdefg", ["LO", "NHO", "KS", "YS", "Unio", "Virke", "VOFO"])]
    records, _ = records_for(measures, gazetteer, settings)
    scored = {(0, 1): (0.95, "match"), (0, 2): (0.90, "match"), (1, 2): (0.60, "review"), (3, 4): (0.50, "review"),
              (2, 3): (0.30, "review"), (5, 6): (0.99, "match")}
    pairs = [PairScore(a, b, score, 0.0, []) for (a, b), (score, _) in scored.items()]
    suggestions = {k: s for k, (_, s) in scored.items()}
    labels = [0, 0, 0, 3, 4, 5, 5]
    rows = _review_rows(pairs, suggestions, measures, records, {}, labels)
    got = [(r["group"], r["group_size"], r["suggestion"], r["left_title"][-1] + r["right_title"][-1]) for r in rows]
    assert got == [
        # one candidate cluster a–e (the c–d pair joins them), its most uncertain pair first
        ("G1", 5, "review", "de"), ("G1", 5, "review", "cd"), ("G1", 5, "joined", "bc"),
        ("G1", 5, "match", "ac"), ("G1", 5, "match", "ab"),
        ("G2", 2, "match", "fg")]


def test_a_decided_pair_stays_a_question_answered(settings, gazetteer):
    """b-c was for review and the analyst said match: it joins their clusters, yet the row stays the
    analyst's answered question (counted as decided), not one "joined through other matches"."""
    from tiltak.normalize.matching import _review_rows
    from tiltak.normalize.matching.compare import PairScore
    from tiltak.normalize.matching.review import pair_key

    measures = [M(f"Tiltak {name}", reporter=r) for name, r in zip("abc", ["LO", "NHO", "KS"])]
    records, _ = records_for(measures, gazetteer, settings)
    pairs = [PairScore(0, 1, 0.95, 0.0, []), PairScore(1, 2, 0.60, 0.0, [])]
    suggestions = {(0, 1): "match", (1, 2): "review"}
    decided = {pair_key(records[1].key, records[2].key): "match"}
    rows = _review_rows(pairs, suggestions, measures, records, decided, [0, 0, 0])
    assert [(r["suggestion"], r["left_title"][-1] + r["right_title"][-1]) for r in rows] == [("review", "bc"), ("match", "ab")]
    assert (rows[0]["decision"], rows[0]["left_year"], rows[0]["right_year"], rows[0]["left_reporter"]) == (
        "match", 2019, 2019, "NHO")
    rows = _review_rows(pairs, suggestions, measures, records, {}, [0, 0, 0])
    assert [r["suggestion"] for r in rows][0] == "joined"  # undecided, the same clusters are joined by matches


def test_two_rows_of_one_report_never_end_in_one_cluster_by_automatic_matches(settings, gazetteer):
    """LO's short "Kompetansepluss" is held whole by both of HK-dir's sub-schemes: each pair alone
    would be merged, but HK-dir listed the two as separate measures, so the chain is cut at its
    weakest link and that link is put before the analyst."""
    lo = M("Kompetansepluss", reporter="LO", delmal=("3.2",), type_="Tilskuddsordning", responsible=["HK-dir"])
    work = M("Kompetansepluss arbeid", reporter="HK-dir", delmal=("3.2",), type_="Tilskuddsordning", doc="hkdir",
             partners=["LO"])
    volunteer = M("Kompetansepluss frivillighet", reporter="HK-dir", delmal=("3.2",), type_="Tilskuddsordning",
                  doc="hkdir", partners=["LO"])
    assert [score(settings, gazetteer, [lo, work, volunteer, *OTHERS], 0, j).score >= 0.8 for j in (1, 2)] \
        == [True, True]  # each pair alone would be merged
    result = match([lo, work, volunteer, *OTHERS], settings, gazetteer, [])
    ids = result.cluster_ids
    assert ids[1] != ids[2]
    assert {r["suggestion"] for r in result.review_rows if "LO" in (r["left_reporter"], r["right_reporter"])} \
        >= {"review"}


def test_rows_listed_apart_yield_to_the_analysts_matches_without_a_conflict():
    from tiltak.normalize.matching.clusters import cluster

    labels, splits = cluster(3, edges=[], must=[(0, 1), (1, 2)], cannot=[], apart=[(0, 2)])
    assert len(set(labels)) == 1 and splits == []
    labels, splits = cluster(3, edges=[(0, 1, 0.9), (1, 2, 0.95)], must=[], cannot=[], apart=[(0, 2)])
    assert labels[1] == labels[2] != labels[0] and splits[0].listed_apart and splits[0].removed == [(0, 1, 0.9)]


def test_of_the_pairs_between_two_clusters_only_the_strongest_is_asked(settings, gazetteer):
    """Clusters {a, b} and {c, d}: a–c, b–d and a–d are all for review; deciding a–c settles them."""
    from tiltak.normalize.matching import _review_rows
    from tiltak.normalize.matching.compare import PairScore

    measures = [M(f"Tiltak {name}", reporter=r) for name, r in zip("abcd", ["LO", "NHO", "KS", "YS"])]
    records, _ = records_for(measures, gazetteer, settings)
    scored = {(0, 1): (0.95, "match"), (2, 3): (0.90, "match"), (0, 2): (0.60, "review"), (1, 3): (0.70, "review"),
              (0, 3): (0.40, "review")}
    pairs = [PairScore(a, b, score, 0.0, []) for (a, b), (score, _) in scored.items()]
    rows = _review_rows(pairs, {k: s for k, (_, s) in scored.items()}, measures, records, {}, [0, 0, 2, 2])
    got = [(r["suggestion"], r["left_title"][-1] + r["right_title"][-1]) for r in rows]
    assert got == [("review", "bd"), ("repeat", "ac"), ("repeat", "ad"), ("match", "cd"), ("match", "ab")]
    # answered "distinct" (the clusters stay apart), the question still settles the others: not asked again
    from tiltak.normalize.matching.review import pair_key

    decided = {pair_key(records[1].key, records[3].key): "distinct"}
    rows = _review_rows(pairs, {k: s for k, (_, s) in scored.items()}, measures, records, decided, [0, 0, 2, 2])
    got = [(r["suggestion"], r["decision"], r["left_title"][-1] + r["right_title"][-1]) for r in rows]
    assert got == [("review", "distinct", "bd"), ("repeat", "", "ac"), ("repeat", "", "ad"), ("match", "", "cd"),
                   ("match", "", "ab")]


def test_a_later_measure_that_calls_new_what_the_earlier_names_is_its_successor(settings, gazetteer):
    old = M("Samfunnskontrakt for flere læreplasser", reporter="LO", year=2019, type_="Råd/utvalg/nettverk")
    new = M("Forhandlinger om ny samfunnskontrakt for flere læreplasser", reporter="LO", year=2021,
            type_="Råd/utvalg/nettverk")
    assert levels(score(settings, gazetteer, [old, new, *OTHERS]))["succession"] == "successor"
    assert levels(score(settings, gazetteer, [new, old, *OTHERS]))["succession"] == "successor"
    # new offers started the year before and reported again: the same measure, not a successor
    started = M("Nye fagskoletilbud i samarbeid med næringslivet", reporter="Nordland fylkeskommune", year=2019)
    again = M("Fagskoletilbud etter behovene i næringslivet", reporter="Nordland fylkeskommune", year=2020)
    assert levels(score(settings, gazetteer, [started, again, *OTHERS]))["succession"] == "none"
    # new tasks after a reform: not a new one of the reform
    reform = M("Regionreformen: overføring av kompetansepolitiske oppgaver til fylkeskommunene", year=2019)
    tasks = M("Fylkeskommunenes nye oppgaver etter regionreformen", year=2020)
    assert levels(score(settings, gazetteer, [reform, tasks, *OTHERS]))["succession"] == "none"
    # the same year: a new contract reported beside the one it replaces is not called a successor
    same_year = M("Samfunnskontrakt for flere læreplasser", reporter="KD", year=2021, type_="Råd/utvalg/nettverk")
    assert levels(score(settings, gazetteer, [same_year, M("Ny samfunnskontrakt for flere læreplasser", reporter="NHO",
                                                           year=2021, type_="Råd/utvalg/nettverk"), *OTHERS]))[
        "succession"] == "none"
    # both call it new: the same new contract
    other = M("Ny samfunnskontrakt for flere læreplasser", reporter="NHO", year=2022, type_="Råd/utvalg/nettverk")
    assert levels(score(settings, gazetteer, [new, other, *OTHERS]))["succession"] == "none"
    # both call it new, but the earlier one for a term over by the later report: the next agreement
    ia = M("Ny IA-avtale 2019–2022", reporter="Regjeringen", year=2018, type_="Råd/utvalg/nettverk")
    next_ia = M("Ny avtale om inkluderende arbeidsliv", reporter="LO", year=2022, type_="Råd/utvalg/nettverk")
    assert levels(score(settings, gazetteer, [ia, next_ia, *OTHERS]))["succession"] == "successor"
    within = M("Ny avtale om inkluderende arbeidsliv", reporter="LO", year=2020, type_="Råd/utvalg/nettverk")
    assert levels(score(settings, gazetteer, [ia, within, *OTHERS]))["succession"] == "none"  # the same, in its term
    # the later calls it new, but both name one term: the same contract
    named = M("Samfunnskontrakten 2022–2026", reporter="LO", year=2023, type_="Råd/utvalg/nettverk")
    renamed = M("Ny samfunnskontrakt for flere læreplasser (2022–2026)", reporter="KS", year=2024, type_="Råd/utvalg/nettverk")
    assert levels(score(settings, gazetteer, [named, renamed, *OTHERS]))["succession"] == "none"
    timed = M("Samfunnskontrakten", reporter="LO", year=2023, type_="Råd/utvalg/nettverk", period="2022–2026")
    timed.start_year, timed.end_year = 2022, 2026
    assert levels(score(settings, gazetteer, [timed, renamed, *OTHERS]))["succession"] == "none"
    before = M("Samfunnskontrakten 2016–2020", reporter="LO", year=2019, type_="Råd/utvalg/nettverk")
    assert levels(score(settings, gazetteer, [before, renamed, *OTHERS]))["succession"] != "none"


def test_a_revision_goes_on_with_its_measure(settings, gazetteer):
    first = M("Kvalitetsrammeverk for karriereveiledning", reporter="HK-dir", year=2021, type_="Prosjekt",
              period="2019–2021")
    revised = M("Kvalitetsrammeverk for karriereveiledning – revisjon", reporter="HK-dir", year=2025, type_="Prosjekt",
                period="2024–2025")
    (first.start_year, first.end_year), (revised.start_year, revised.end_year) = (2019, 2021), (2024, 2025)
    assert levels(score(settings, gazetteer, [first, revised, *OTHERS]))["succession"] == "none"
    report = M("Fafo-rapport om tillitsvalgtes rolle", reporter="LO", year=2022, type_="FoU")
    course = M("Tillitsvalgtskolering om kompetanse", reporter="LO", year=2023, type_="Kurs/utdanning")
    course.description = "Kursene er revidert etter Fafo-rapporten."  # (its own revision: not the report's)
    assert levels(score(settings, gazetteer, [report, course, *OTHERS]))["years"] != "continues"
    other = M("Kvalitetsrammeverk for karriereveiledning – ny utgave", reporter="HK-dir", year=2025, type_="Prosjekt")
    other.start_year, other.end_year = 2024, 2025
    assert levels(score(settings, gazetteer, [first, other, *OTHERS]))["succession"] == "periods_apart"


def test_a_titled_report_is_not_the_survey_it_was_written_from(settings, gazetteer):
    survey = M("Medlemsundersøkelse om kompetanse og læring", reporter="YS", year=2019, type_="FoU")
    report = M("Rapporten «Læring i jobben» – funn fra medlemsundersøkelsen", reporter="YS", year=2020, type_="FoU")
    pair = score(settings, gazetteer, [survey, report, *OTHERS])
    assert levels(pair)["succession"] == "survey_and_report"
    assert suggestion(settings, gazetteer, [survey, report, *OTHERS]) != "match"
    again = M("Medlemsundersøkelsen om kompetanse 2020", reporter="YS", year=2020, type_="FoU")
    assert levels(score(settings, gazetteer, [survey, again, *OTHERS]))["succession"] == "none"


def test_a_name_broken_in_two_by_a_narrow_cell_is_mended(gazetteer):
    from tiltak.normalize.matching.records import _words_model

    words = _words_model(gazetteer).words
    assert words("Kompetansebehovsu tvalget") == words("Kompetansebehovsutvalget") == ("kbu",)
    assert words("Kompetanse behov") != words("Kompetansebehovsutvalget")  # two words that make no known name


def test_a_description_that_names_the_council_brings_the_pair_to_the_analyst(settings, gazetteer):
    part = M("Deltakelse i utvalget som analyserer Norges framtidige kompetansebehov", reporter="KS",
             type_="Råd/utvalg/nettverk", description="KS deltar i KBU og bidrar med kunnskap om kommunesektoren.")
    council = M("Kompetansebehovsutvalget", reporter="LO", type_="Råd/utvalg/nettverk")
    measures = [part, council, *OTHERS]
    records, tfidf = records_for(measures, gazetteer, settings)
    from tiltak.normalize.matching.candidates import candidate_pairs

    assert (0, 1) in candidate_pairs(records, tfidf.df, settings, tfidf.names)
    assert levels(score(settings, gazetteer, measures))["title"].startswith("in_description/")
    assert suggestion(settings, gazetteer, measures) in ("review", "match")


def test_a_continuing_measure_is_not_asked_about_when_the_evidence_says_apart(settings, gazetteer):
    conference = [M(f"Konferanse om kompetanse og rekruttering {y}", reporter="KS", year=y, type_="Arrangement")
                  for y in (2019, 2020)]
    assert levels(score(settings, gazetteer, [*conference, *OTHERS]))["dates"] == "event_other_year"
    assert suggestion(settings, gazetteer, [*conference, *OTHERS]) == "distinct"
    guide = [M("Strategisk kompetanseplanlegging – veileder og verktøy", reporter="KS", year=2019, type_="Informasjon"),
             M("Kompetanseplanlegging i kommunene – oppdatert veileder", reporter="KS", year=2020, type_="Informasjon")]
    assert suggestion(settings, gazetteer, [*guide, *OTHERS]) in ("review", "match")


def test_a_plan_named_by_another_horizon_is_another_plan(settings, gazetteer):
    plans = [M("Kompetanseløft 2020", year=2018, type_="Strategi/plan"),
             M("Innspill til Kompetanseløft 2025", reporter="KS", year=2020, type_="Strategi/plan")]
    assert levels(score(settings, gazetteer, [*plans, *OTHERS]))["dates"] == "other_horizon"
    assert suggestion(settings, gazetteer, [*plans, *OTHERS]) == "distinct"
    surveys = [M("Kompetansebarometer 2019", reporter="NHO", year=2019, type_="FoU"),
               M("Kompetansebarometer 2020", reporter="NHO", year=2020, type_="FoU")]
    assert levels(score(settings, gazetteer, [*surveys, *OTHERS]))["dates"] == "editions"  # each its report's year


def test_two_terms_one_after_the_other_are_not_merged(settings, gazetteer):
    first = M("Samfunnskontrakten for flere læreplasser", reporter="YS", year=2021, period="2016–2021",
              type_="Råd/utvalg/nettverk", responsible=["KD"])
    second = M("Samfunnskontrakten for flere læreplasser", reporter="KD", year=2023, period="2022–2026",
               type_="Råd/utvalg/nettverk", responsible=["KD"])
    for m, (start, end) in ((first, (2016, 2021)), (second, (2022, 2026))):
        m.start_year, m.end_year = start, end
    assert levels(score(settings, gazetteer, [first, second, *OTHERS]))["succession"] == "periods_apart"
    # all else says one measure: a renewed contract is the same tiltak to some analysts, a new one to others
    assert suggestion(settings, gazetteer, [first, second, *OTHERS]) == "review"
    second.start_year = 2021  # terms that touch: the same one prolonged
    assert levels(score(settings, gazetteer, [first, second, *OTHERS]))["succession"] == "none"
    second.start_year, second.end_year = 2022, 2022  # one year after: no term of its own
    assert levels(score(settings, gazetteer, [first, second, *OTHERS]))["succession"] == "none"


def test_two_counties_own_forums_stay_apart_when_no_responsible_is_given(settings, gazetteer):
    a = M("Kompetanseforum Innlandet", reporter="Innlandet fylkeskommune", year=2022, responsible=[],
          type_="Råd/utvalg/nettverk", partners=["NAV", "LO"])
    b = M("Kompetanseforum Vestland", reporter="Vestland fylkeskommune", year=2022, responsible=[],
          type_="Råd/utvalg/nettverk", partners=["NAV", "LO"])
    assert levels(score(settings, gazetteer, [a, b, *OTHERS]))["organisations"] == "separate_peers"
    assert suggestion(settings, gazetteer, [a, b, *OTHERS]) != "match"


def test_a_title_that_is_a_schemes_short_name_is_held_by_a_title_naming_it(settings, gazetteer):
    scheme = M("Innføring av forberedende voksenopplæring (FVO)", reporter="KD", year=2021, type_="Kurs/utdanning",
               partners=["HK-dir", "VOFO"])
    support = M("Faglig støtte til kommuner som tilbyr FVO", reporter="HK-dir", year=2021, type_="Informasjon",
                partners=["KD"])
    measures = [scheme, support, *OTHERS]
    assert levels(score(settings, gazetteer, measures))["title"].startswith("covered/")
    assert suggestion(settings, gazetteer, measures) in ("review", "match")
    # a term (EVU: further education of any kind) is no one thing
    assert suggestion(settings, gazetteer, [M("EVU", reporter="KS"), M("EVU for lærere i kommunene", reporter="LO"),
                                             *OTHERS]) == "distinct"


def test_a_councils_name_written_out_in_its_parts_is_the_council(gazetteer):
    from tiltak.normalize.matching.records import _words_model

    words = _words_model(gazetteer).words
    assert words("YS deltar i utvalget som analyserer Norges framtidige kompetansebehov", "YS")[-1] == "kbu"
    assert "kbu" not in words("Rapport om framtidige kompetansebehov i Norge")  # the need, not the council
    assert "kbu" not in words("Utvalget for etter- og videreutdanning")


def test_a_councils_name_with_words_between_its_words_is_the_council(gazetteer):
    from tiltak.normalize.matching.records import _words_model

    words = _words_model(gazetteer).words
    # SRY is "Samarbeidsrådet for yrkesopplæring": "fag- og" inside it, another ending, still SRY
    assert words("YS sitt sete i det nasjonale samarbeidsrådet for fag- og yrkesopplæringen", "YS") == ("nasjonale", "sry")
    assert "sry" not in words("Samarbeidsrådet i Innlandet om kompetanse og kurs i yrkesopplæring for voksne")


def test_a_councils_name_in_many_titles_is_not_a_common_title(settings, gazetteer):
    """"Kompetansebehovsutvalget (KBU)" from two members, among many titles naming KBU: a name of one
    council stays evidence however many titles name it; two words many titles use ("Digital
    kompetanse") do not."""
    themes = ("i skolen", "for ledere", "i staten", "i kommunene", "for lærere", "i sykehus", "for tillitsvalgte",
              "i industrien", "for seniorer", "i handelen", "for lærlinger", "i fylkene")
    padding = [M(f"Kurs om tema{chr(97 + i)}{chr(97 + k)}", reporter="KS") for i in range(6) for k in range(5)]
    kbu = [M("Kompetansebehovsutvalget (KBU)", reporter="LO"), M("Kompetansebehovsutvalget (KBU)", reporter="NHO"),
           *[M(f"KBU-rapport om kompetanse {t}", reporter="KD") for t in themes]]
    assert levels(score(settings, gazetteer, [*kbu, *padding]))["title"] == "exact"
    common = [M("Digital kompetanse", reporter="LO"), M("Digital kompetanse", reporter="NHO"),
              *[M(f"Digital kompetanse {t}", reporter="KD") for t in themes]]
    assert levels(score(settings, gazetteer, [*common, *padding]))["title"].startswith("common/")


def test_a_councils_name_written_out_beside_its_short_name_is_one_word(gazetteer):
    from tiltak.normalize.matching.records import _words_model

    words = _words_model(gazetteer).words
    assert words("Utvalget for kompetansebehov (KBU)", "YS") == words("KBU", "LO") == ("kbu",)


def test_a_titled_term_begun_after_the_other_was_reported_is_for_the_analyst(settings, gazetteer):
    """"Samfunnskontrakten … (2022–2026)" reported in 2023 against the contract reported in 2018 with no
    years: the same title, but maybe the next term; the analyst decides (never merged)."""
    old = M("Samfunnskontrakten for flere læreplasser", reporter="NHO", year=2018, type_="Råd/utvalg/nettverk",
            responsible=["KD"], partners=["KS", "LO", "NHO"])
    new = M("Samfunnskontrakten for flere læreplasser (2022–2026)", reporter="KS", year=2023,
            type_="Råd/utvalg/nettverk", responsible=["KD"], partners=["KS", "LO", "NHO"])
    assert levels(score(settings, gazetteer, [old, new, *OTHERS]))["succession"] == "term_after"
    assert suggestion(settings, gazetteer, [old, new, *OTHERS]) == "review"
    kwargs = dict(type_="Råd/utvalg/nettverk", responsible=["KD"], partners=["KS", "LO", "NHO"])
    talks = M("Samfunnskontrakten for flere læreplasser (2022–2026)", reporter="KS", year=2021, **kwargs)
    goes_on = M("Samfunnskontrakten for flere læreplasser, videreført 2022–2026", reporter="KS", year=2023, **kwargs)
    for later in (talks, goes_on):  # reported before its term began (the talks about it); says it goes on
        assert levels(score(settings, gazetteer, [old, later, *OTHERS]))["succession"] == "none"
    dated = M("Samfunnskontrakten for flere læreplasser 2016–2020", reporter="NHO", year=2018, **kwargs)
    assert levels(score(settings, gazetteer, [dated, new, *OTHERS]))["succession"] != "term_after"


def test_a_term_given_only_in_the_title_is_a_term(settings, gazetteer):
    """"… 2025–2028" in the title, no timing given, against a measure whose timing ended 2024: two
    terms one after the other."""
    old = M("Oppfølging av tariffavtalen om kompetanse", reporter="LO", year=2023,
            period="2019–2024").model_copy(update={"start_year": 2019, "end_year": 2024})
    new = M("Tariffavtalen om kompetanse 2025–2028", reporter="NHO", year=2025)
    assert levels(score(settings, gazetteer, [old, new, *OTHERS]))["succession"] == "periods_apart"
    same_term = M("Tariffavtalen om kompetanse 2019–2024", reporter="NHO", year=2023)
    assert levels(score(settings, gazetteer, [old, same_term, *OTHERS]))["succession"] == "none"


def test_a_term_after_a_term_is_the_same_measure_when_it_says_it_goes_on(settings, gazetteer):
    old = M("Kompetanseforum for industrien", reporter="NHO", year=2023,
            period="2021–2023").model_copy(update={"start_year": 2021, "end_year": 2023})
    goes_on = M("Kompetanseforum for industrien, videreført", reporter="NHO", year=2025,
                period="2024–2027").model_copy(update={"start_year": 2024, "end_year": 2027})
    renewed = M("Kompetanseforum for industrien", reporter="NHO", year=2025,
                period="2024–2027").model_copy(update={"start_year": 2024, "end_year": 2027})
    assert levels(score(settings, gazetteer, [old, goes_on, *OTHERS]))["succession"] == "none"
    assert levels(score(settings, gazetteer, [old, renewed, *OTHERS]))["succession"] == "periods_apart"


def test_a_bodys_secretariat_is_the_body(gazetteer):
    from tiltak.normalize.matching.records import _words_model

    words = _words_model(gazetteer).words
    assert words("Sekretariat for Kompetansebehovsutvalget", "HK-dir") == words("KBU", "LO") == ("kbu",)


def test_a_conference_and_a_forum_the_next_year_are_not_one_measure_going_on(settings, gazetteer):
    forum = M("Nasjonalt forum for karriereveiledning", reporter="HK-dir", year=2024, type_="Råd/utvalg/nettverk",
              delmal=("1.3",))
    conference = M("Nasjonal konferanse om karriereveiledning", reporter="HK-dir", year=2025, type_="Arrangement",
                   delmal=("1.3",))
    pair = score(settings, gazetteer, [forum, conference, *OTHERS])
    assert levels(pair)["type"] == "event_and_other"
    assert suggestion(settings, gazetteer, [forum, conference, *OTHERS]) == "distinct"
    report = M("Rapport om karriereveiledning", reporter="HK-dir", year=2025, type_="FoU", delmal=("1.3",))
    assert levels(score(settings, gazetteer, [forum, report, *OTHERS]))["type"] == "different"


def test_a_measure_that_says_it_replaces_another_is_its_successor(settings, gazetteer):
    old = M("Kompetanseprogrammet – fleksible utdanningstilbud", reporter="HK-dir", year=2023, type_="Kurs/utdanning")
    new = M("Fleksibel utdanning – ny samlet tilskuddsordning", reporter="HK-dir", year=2024, type_="Kurs/utdanning",
            description="Ny ordning som erstatter Kompetanseprogrammet og tidligere utlysninger.")
    assert levels(score(settings, gazetteer, [old, new, *OTHERS]))["succession"] == "successor"
    # replacing something common is no evidence: "erstatter tidligere kurs"
    plain = M("Kurs for ledere i kommunene", reporter="KS", year=2024, description="Erstatter tidligere kurs for ledere.")
    earlier = M("Kurs for ledere", reporter="KS", year=2023)
    assert levels(score(settings, gazetteer, [earlier, plain, *OTHERS]))["succession"] == "none"


def test_a_member_that_skipped_a_year_continues_from_its_last_report(settings, gazetteer):
    first = M("DigiLed – digital ledelse i kommunesektoren", reporter="KS", year=2022, type_="Kurs/utdanning")
    then = M("Lederutvikling i digital transformasjon (DigiLed)", reporter="KS", year=2024, type_="Kurs/utdanning",
             description="Programmet videreføres med nye kull.")
    assert levels(score(settings, gazetteer, [first, then, *OTHERS]))["years"] == "continues"
    between = M("Noe annet i 2023", reporter="KS", year=2023)  # a report in between: two years apart
    assert levels(score(settings, gazetteer, [first, then, between, *OTHERS]))["years"] == "apart"


def test_titles_naming_different_counties_are_each_countys_own(settings, gazetteer):
    a = M("NAV Trøndelags deltakelse i det regionale kompetanseforumet", reporter="NAV", responsible=["NAV"])
    b = M("Kompetanseforum Agder (videreført)", reporter="Agder fylkeskommune")
    assert levels(score(settings, gazetteer, [a, b, *OTHERS]))["region"] == "other"
    c = M("Kompetanseforum Trøndelag", reporter="Trøndelag fylkeskommune")
    assert levels(score(settings, gazetteer, [a, c, *OTHERS]))["region"] == "none"


def test_a_continuing_measure_with_no_delmal_in_common_or_years_apart_is_not_asked_about(settings, gazetteer):
    before = M("Kurs i digital kompetanse for tillitsvalgte", reporter="LO", year=2021, delmal=("2.1",))
    after = M("Digitale ferdigheter for tillitsvalgte – fortsatt", reporter="LO", year=2022, delmal=("2.1",))
    assert suggestion(settings, gazetteer, [before, after, *OTHERS]) in ("review", "match")
    other_goal = M("Digitale ferdigheter for tillitsvalgte – fortsatt", reporter="LO", year=2022, delmal=("3.4",))
    assert suggestion(settings, gazetteer, [before, other_goal, *OTHERS]) == "distinct"
    between = M("Noe helt annet", reporter="LO", year=2022)
    later = M("Digitale ferdigheter for tillitsvalgte", reporter="LO", year=2023, delmal=("2.1",), type_="Kurs/utdanning")
    pair = score(settings, gazetteer, [before, later, between, *OTHERS])
    assert levels(pair)["years"] == "apart" and pair.score < 0.25
    assert suggestion(settings, gazetteer, [before, later, between, *OTHERS]) == "distinct"


def test_a_measure_typed_as_a_happening_is_one_whatever_its_title_says(settings, gazetteer):
    """"Arendalsuka 2019" and "Arendalsuka 2020", both of the type Arrangement: each year's is its own,
    though no word of the titles names a happening."""
    a = M("Arendalsuka 2019", reporter="LO", year=2019, type_="Arrangement")
    b = M("Arendalsuka 2020", reporter="LO", year=2020, type_="Arrangement")
    assert levels(score(settings, gazetteer, [a, b, *OTHERS]))["dates"] == "event_other_year"
    c = M("Kompetansebarometer 2019", reporter="LO", year=2019, type_="FoU/utredning")
    d = M("Kompetansebarometer 2020", reporter="LO", year=2020, type_="FoU/utredning")
    assert levels(score(settings, gazetteer, [c, d, *OTHERS]))["dates"] == "editions"  # not a happening


def test_a_score_on_the_match_threshold_is_merged_and_on_the_review_threshold_reviewed(settings, gazetteer):
    from tiltak.normalize.matching.compare import PairScore

    records, tfidf = records_for([M("A b c"), M("D e f", reporter="LO")], gazetteer, settings)
    comparator = Comparator(settings, tfidf)
    t = settings["thresholds"]
    at = lambda s: comparator.suggestion(PairScore(0, 1, s, 0.0, []))  # noqa: E731
    assert [at(t["match"]), at(t["review"]), at(t["review"] - 0.001)] == ["match", "review", "distinct"]


def test_a_five_letter_word_ending_a_compound_is_its_head():
    assert word_similarity("forum", "karriereforum", 85) == 0.7
    assert word_similarity("kurs", "lederkurs", 85) == 0.0  # four letters: too short to say


def test_every_pair_is_looked_at_up_to_the_limit_counted_in_measures(settings, gazetteer):
    from tiltak.normalize.matching.candidates import candidate_pairs

    measures = [M("Lederutdanning i kommunene", reporter="KS"), M("Digitalt kompetanseløft for ansatte", reporter="LO"),
                M("Kurs i arbeidsmiljø for verneombud", reporter="YS")]
    records, tfidf = records_for(measures, gazetteer, settings)
    limited = lambda n: candidate_pairs(records, tfidf.df, {**settings, "candidates": {  # noqa: E731
        **settings["candidates"], "all_pairs_up_to": n, "prefilter": 0}}, tfidf.names)
    assert len(limited(3)) == 3  # three measures, three pairs, all looked at
    assert limited(2) == []  # more measures than the limit: only pairs that share a rare word


def test_compounds_split_into_parts_the_texts_use_as_words():
    from tiltak.normalize.matching.titles import Compounds

    c = Compounds("bransje programmet treparts havbruk nettverk kompetanse utvalget".split())
    assert c.parts("bransjeprogrammer") == ("bransje", "programmer")
    assert c.parts("trepartsprogrammene") == ("treparts", "programmene")
    assert c.parts("havbruksnettverket") == ("havbruks", "nettverket")  # the joining s: "havbruk" is the word
    assert c.parts("kompetanseutvikling") == ("kompetanseutvikling",)  # "utvikling" is no word of the texts
    assert c.parts("nettverk") == ("nettverk",)  # too short to be two words of four letters
    assert Compounds(["kurs", "planen"]).parts("kursplanen") == ("kurs", "planen")  # a part of four letters


def test_a_compound_is_like_its_parts_written_apart(settings, gazetteer):
    """The same three-party programmes, one writing "treparts bransjeprogrammer", the other
    "trepartsprogrammene for bransjer": alike once the compounds are split."""
    a = M("Treparts bransjeprogrammer for kompetanseutvikling", reporter="KD", description="Programmet gir korte tilbud.")
    b = M("Deltakelse i trepartsprogrammene for bransjer", reporter="YS", description="Bransje for bransje.")
    assert score(settings, gazetteer, [a, b, *OTHERS]).parts[0].value >= 0.45
    records = records_for([a, b, *OTHERS], gazetteer, settings)[0]
    assert block_keys(records[0]) & block_keys(records[1]) >= {"bransj", "programm"}  # the parts' stems


def test_two_reporters_whose_titles_name_each_other_are_compared(settings, gazetteer):
    """NAV's "Samarbeid med Vestland fylkeskommune om fagbrev" and the county's "Partnarskap med NAV
    Vestland om fagopplæring for vaksne": no title word in common, but each names the other."""
    from tiltak.normalize.matching.candidates import candidate_pairs

    a = M("Samarbeid med Vestland fylkeskommune om fagbrev for arbeidssøkere", reporter="AVdir")
    b = M("Partnarskap med NAV Vestland om fagopplæring for vaksne", reporter="Vestland fylkeskommune")
    records, tfidf = records_for([a, b, *OTHERS], gazetteer, settings)
    no_prefilter = {**settings, "candidates": {**settings["candidates"], "all_pairs_up_to": 0}}
    assert (0, 1) in candidate_pairs(records, tfidf.df, no_prefilter, tfidf.names)
    assert levels(score(settings, gazetteer, [a, b, *OTHERS]))["organisations"] == "reciprocal"


def test_a_social_partner_is_one_of_the_parties_a_ministry_names(settings, gazetteer):
    """KD runs it with "partene i arbeidslivet"; YS reports its part in it: they have an organisation in common."""
    a = M("Treparts bransjeprogram", reporter="KD", partners=["Partene"])
    b = M("Trepartsprogrammene for bransjer", reporter="YS")
    assert levels(score(settings, gazetteer, [a, b, *OTHERS]))["organisations"] == "any_overlap"
    c = M("Kurs for tillitsvalgte", reporter="LO")
    d = M("Kurs for tillitsvalgte", reporter="YS")
    assert levels(score(settings, gazetteer, [c, d, *OTHERS]))["organisations"] != "any_overlap"  # parties apart


def test_a_measure_still_going_reported_again_years_later_by_another_member(settings, gazetteer):
    """LO's "løpende" part in Hurtigsporet in 2017, NAV's Hurtigsporet in 2019: years apart, yet the
    earlier one said it goes on; a measure of 2017 alone, reported in 2019, is another matter."""
    a = M("Deltakelse i Hurtigsporet for nyankomne flyktninger", reporter="LO", year=2017, period="Fra 2016, løpende.")
    a.ongoing = True  # as normalization reads "løpende"
    b = M("Hurtigsporet for nyankomne flyktninger", reporter="AVdir", year=2019)
    assert levels(score(settings, gazetteer, [a, b, *OTHERS]))["years"] == "apart_ongoing"
    c = M("Deltakelse i Hurtigsporet for nyankomne flyktninger", reporter="LO", year=2017, period="2017")
    assert levels(score(settings, gazetteer, [c, b, *OTHERS]))["years"] == "apart_other_member"


def test_a_new_scheme_named_by_the_words_after_ny_is_the_old_ones_successor(settings, gazetteer):
    """"Ny forberedende opplæring for voksne" spells FVO, which the trial's title names."""
    trial = M("Forsøk med forberedende voksenopplæring (FVO)", reporter="KD", year=2018, delmal=("3.1",))
    new = M("Ny forberedende opplæring for voksne i opplæringsloven", reporter="KD", year=2020, delmal=("3.1",))
    assert levels(score(settings, gazetteer, [trial, new, *OTHERS]))["succession"] == "successor"


def test_a_ministrys_assignment_is_the_work_of_the_body_it_names(settings, gazetteer):
    """"Oppdrag til Udir om ny tilbudsstruktur" and Udir's "Ny tilbudsstruktur i yrkesfagene": the
    word "oppdrag" only says who was given the work."""
    a = M("Oppdrag til Utdanningsdirektoratet om ny tilbudsstruktur i yrkesfagene", reporter="KD", year=2020)
    b = M("Ny tilbudsstruktur i yrkesfagene", reporter="Udir", year=2019)
    records, _ = records_for([a, b, *OTHERS], gazetteer, settings)
    assert "oppdrag" not in records[0].words
    assert score(settings, gazetteer, [a, b, *OTHERS]).parts[0].value >= 0.85


def test_two_unions_courses_for_their_own_people_stay_apart(settings, gazetteer):
    """"Kurs i kompetanseplanlegging for Unio-tillitsvalgte" and LO's course of the same name are each
    union's own; "YS' arbeid for fagbrev på jobb" is YS's part in a scheme others report too."""
    lo = M("Kurs i kompetanseplanlegging for tillitsvalgte", reporter="LO", year=2024, delmal=("2.4",))
    unio = M("Kurs i kompetanseplanlegging for Unio-tillitsvalgte", reporter="Unio", year=2024, delmal=("2.4",))
    assert levels(score(settings, gazetteer, [lo, unio, *OTHERS]))["organisations"] == "separate_peers"
    ks = M("Fagbrev på jobb i kommunene", reporter="KS", year=2023, delmal=("2.5",))
    ys = M("YS' arbeid for fagbrev på jobb", reporter="YS", year=2023, delmal=("2.5",))
    assert levels(score(settings, gazetteer, [ks, ys, *OTHERS]))["organisations"] != "separate_peers"
    sry = M("Unio-representanter i SRY", reporter="Unio", year=2024)
    lo_sry = M("LOs representanter i SRY", reporter="LO", year=2024)
    assert levels(score(settings, gazetteer, [sry, lo_sry, *OTHERS]))["organisations"] != "separate_peers"


def test_the_name_a_title_opens_with_held_by_the_other_title_puts_the_pair_before_the_analyst(settings, gazetteer):
    # "Name – this year's work": the name is the measure, the rest differs from member to member
    named = [M("Praksiskandidatordningen – bedre bruk i handel og tjenesteyting", reporter="Virke", year=2022,
               partners=("Fylkeskommunene",)),
             M("Praksiskandidatordningen – bedre informasjon og veiledning", reporter="NHO", year=2023,
               partners=("Fylkeskommunene",)), *OTHERS]
    assert levels(score(settings, gazetteer, named))["title"] == "head/high"
    assert suggestion(settings, gazetteer, named) == "review"
    one_side = [M("Jobbsjansen – styrket innsats for innvandrerkvinner", reporter="Arbeids- og inkluderingsdepartementet"),
                M("Jobbsjansen i kommunene", reporter="KS", year=2020), *OTHERS]
    assert levels(score(settings, gazetteer, one_side))["title"] == "head/high"
    # without a dash or colon, the same words are no opening name
    plain = [M("Praksiskandidatordningen bedre bruk i handel og tjenesteyting", reporter="Virke", year=2020),
             M("Praksiskandidatordningen bedre informasjon og veiledning", reporter="NHO", year=2023), *OTHERS]
    assert not levels(score(settings, gazetteer, plain))["title"].startswith("head/")


def test_an_opening_name_many_titles_give_in_some_form_is_no_evidence(settings, gazetteer):
    # "Bransjeprogrammene – …": the whole scheme, against each branch's own programme
    common = [M(f"Bransjeprogram for {b}", reporter="NHO") for b in ("varehandel", "industri og bygg",
                                                                      "helse og omsorg", "reiseliv", "elektro")]
    measures = [M("Bransjeprogrammene – NHO-forbundenes deltakelse", reporter="NHO", year=2023), *common, *OTHERS]
    records, tfidf = records_for(measures, gazetteer, settings)
    comparator = Comparator(settings, tfidf)
    for k in range(1, 6):
        assert not comparator.score(records[0], records[k]).part("title").level.startswith("head/")


def test_an_opening_name_alone_never_merges_a_pair(settings, gazetteer):
    # all else agrees, but only the name is shared: the programme and the campaign about it
    measures = [M("Kompetanseprogrammet – grunnleggende ferdigheter for voksne", reporter="HK-dir", delmal=("2.3",)),
                M("Informasjonskampanje om Kompetanseprogrammet", reporter="HK-dir", year=2020, delmal=("2.3",)),
                *OTHERS]
    pair = score(settings, gazetteer, measures)
    assert pair.part("title").level == "head/high" and pair.score >= settings["thresholds"]["match"]
    assert suggestion(settings, gazetteer, measures) == "review"


def test_a_title_giving_its_former_name_in_brackets_is_like_a_title_with_that_name(settings, gazetteer):
    measures = [M("Realfagsløftet for voksne", reporter="KD", year=2019),
                M("Matematikkløftet (tidligere Realfagsløftet for voksne)", reporter="HK-dir", year=2022), *OTHERS]
    assert levels(score(settings, gazetteer, measures))["title"] in ("exact", "very_high")
    # "før:" says it too
    measures[1] = M("Matematikkløftet (før: Realfagsløftet for voksne)", reporter="HK-dir", year=2022)
    assert levels(score(settings, gazetteer, measures))["title"] in ("exact", "very_high")


def test_two_counties_naming_one_scheme_and_nothing_else_are_put_before_the_analyst(settings, gazetteer):
    # Analysts judge this both ways (one national scheme, or each county's own administration of it):
    # never merged, never dismissed as two counties' own versions.
    a = M("Bedriftsintern opplæring (BIO)", reporter="Nordland fylkeskommune", year=2021,
          responsible=["Nordland fylkeskommune"], partners=["NAV"])
    b = M("BIO – bedriftsintern opplæring i Agder", reporter="Agder fylkeskommune", year=2021,
          responsible=["Agder fylkeskommune"], partners=["NAV"])
    pair = score(settings, gazetteer, [a, b, *OTHERS])
    assert levels(pair)["organisations"] == "peers_one_scheme"
    assert suggestion(settings, gazetteer, [a, b, *OTHERS]) == "review"
    # their own regional plans stay two counties' own versions
    c = M("Regional plan for kompetanse og BIO", reporter="Nordland fylkeskommune", year=2021,
          responsible=["Nordland fylkeskommune"])
    d = M("Regional plan for kompetanse og BIO", reporter="Agder fylkeskommune", year=2021,
          responsible=["Agder fylkeskommune"])
    assert levels(score(settings, gazetteer, [c, d, *OTHERS]))["organisations"] == "separate_peers"


def test_one_members_titles_round_two_different_things_are_asked_not_merged(settings, gazetteer):
    # the same frame, each title with a rare word the other has nothing like: two measures or one
    # renamed, which no other evidence (same member, next year, "videreført") can settle alone
    a = M("Jobbklubb for arbeidsledige seniorer", reporter="NAV", year=2020, delmal=("3.5",), type_="Opplæring",
          responsible=["NAV"], partners=["KS"], period="løpende")
    b = M("Jobbklubb for arbeidsledige ungdommer", reporter="NAV", year=2021, delmal=("3.5",), type_="Opplæring",
          responsible=["NAV"], partners=["KS"], period="løpende", description="Tilbudet er videreført i 2021.")
    pair = score(settings, gazetteer, [a, b, *OTHERS])
    assert levels(pair)["title"] == "objects/medium"
    assert suggestion(settings, gazetteer, [a, b, *OTHERS]) == "review"
    # a rare word on one side only is a longer title of the same thing: not asked for that
    c = M("Jobbklubb for arbeidsledige seniorer i kommunene", reporter="NAV", year=2021, delmal=("3.5",),
          type_="Opplæring", responsible=["NAV"], partners=["KS"], period="løpende")
    assert not levels(score(settings, gazetteer, [a, c, *OTHERS]))["title"].startswith("objects/")


def test_a_measure_written_with_a_start_and_no_end_may_run_on_years_later(settings, gazetteer):
    a = M("Tilskudd til opplæring i norsk for arbeidsinnvandrere", reporter="KD", year=2019, period="2019–")
    b = M("Tilskudd til opplæring i norsk for arbeidsinnvandrere", reporter="KD", year=2023, period="Løpende")
    c = M("Tilskudd til opplæring i norsk for arbeidsinnvandrere", reporter="KD", year=2019, period="2019")
    between = M("Kompetansereformen Lære hele livet", reporter="KD", year=2021)  # (KD reported in 2021 too)
    assert levels(score(settings, gazetteer, [a, b, between, *OTHERS]))["years"] == "apart_open"
    assert levels(score(settings, gazetteer, [c, b, between, *OTHERS]))["years"] == "apart"
    assert score(settings, gazetteer, [a, b, between, *OTHERS]).weight > \
        score(settings, gazetteer, [c, b, between, *OTHERS]).weight


def test_kinds_of_actors_are_no_organisation_two_measures_share(settings, gazetteer):
    a = M("Kurs i digital kompetanse for lærere", reporter="Unio", responsible=["Unio"], partners=["skoler"])
    b = M("Nettverk for lærere i digital kompetanse", reporter="KS", responsible=["KS"], partners=["skoler"])
    assert levels(score(settings, gazetteer, [a, b, *OTHERS]))["organisations"] == "no_overlap"



def test_a_nynorsk_title_is_compared_in_its_bokmal_words(gazetteer):
    from tiltak.normalize.matching.records import _words_model

    words = _words_model(gazetteer).words
    assert words("Karriererettleiing for vaksne") == words("Karriereveiledning for voksne")


def test_all_county_councils_on_one_side_and_one_county_on_the_other_are_no_strangers(settings, gazetteer):
    a = M("Forsøk med moduler i fagopplæringen for voksne", reporter="KD", responsible=["Udir"],
          partners=["Fylkeskommunene"])
    b = M("Moduler i fagopplæringen for voksne i Rogaland", reporter="Rogaland fylkeskommune",
          responsible=["Rogaland fylkeskommune"], partners=["NAV"])
    c = M("Moduler i fagopplæringen for voksne", reporter="Virke", responsible=["Virke"], partners=["NAV"])
    assert levels(score(settings, gazetteer, [a, b, *OTHERS]))["organisations"] == "all_counties"
    assert levels(score(settings, gazetteer, [a, c, *OTHERS]))["organisations"] == "no_overlap"


def test_a_short_word_and_its_inflected_form_are_one_word():
    assert word_similarity("råd", "rådene", 85) == 0.9
    assert word_similarity("kurs", "kursene", 85) == 0.9
    assert word_similarity("råd", "rådgiver", 85) == 0.0  # another word that begins the same


def test_the_reporters_own_members_say_who_takes_part_not_what(gazetteer):
    from tiltak.normalize.matching.records import _words_model

    words = _words_model(gazetteer).words
    assert words("YS-forbundenes deltakelse i bransjeprogrammene", "YS") == words("Bransjeprogrammene", "YS")
    assert words("NHO-foreningenes representanter i de faglige rådene", "NHO") == words("De faglige rådene", "NHO")


def test_two_counties_titles_each_naming_its_own_county_stay_apart(settings, gazetteer):
    # run with NAV, so not "every responsible body a county": the places in the titles tell them apart
    a = M("Karriere Agder", reporter="Agder fylkeskommune", year=2022, responsible=["Agder fylkeskommune", "NAV"])
    b = M("Karriere Rogaland", reporter="Rogaland fylkeskommune", year=2022,
          responsible=["Rogaland fylkeskommune", "NAV"])
    assert levels(score(settings, gazetteer, [a, b, *OTHERS]))["organisations"] == "separate_peers"
    assert suggestion(settings, gazetteer, [a, b, *OTHERS]) == "distinct"


def test_two_schemes_renamed_into_one_name_are_for_the_analyst(settings, gazetteer):
    """Each title gives the scheme it was before, and those differ: the renamed work scheme and
    the renamed volunteer scheme share the new name, yet are two schemes."""
    work = M("Kompetanseprogrammet (tidligere Kompetansepluss arbeid)", reporter="YS", year=2023,
             delmal=("3.2",), type_="Kurs/utdanning", responsible=["HK-dir"])
    volunteer = M("Kompetanseprogrammet – frivillighet (tidligere Kompetansepluss frivillighet)", reporter="VOFO",
                  year=2023, delmal=("3.2",), type_="Kurs/utdanning", responsible=["HK-dir"])
    assert levels(score(settings, gazetteer, [work, volunteer, *OTHERS]))["title"].startswith("objects/")
    assert suggestion(settings, gazetteer, [work, volunteer, *OTHERS]) != "match"
    same = M("Kompetanseprogrammet (tidl. Kompetansepluss arbeid)", reporter="LO", year=2023,
             delmal=("3.2",), type_="Kurs/utdanning", responsible=["HK-dir"])
    assert not levels(score(settings, gazetteer, [work, same, *OTHERS]))["title"].startswith("objects/")
    # brackets that say something else than a former name part nothing
    national = M("Fagbrev på jobb (nasjonal ordning for voksne)", reporter="LO", year=2023, type_="Kurs/utdanning",
                 responsible=["Udir"])
    employees = M("Fagbrev på jobb (ordning for ansatte)", reporter="YS", year=2023, type_="Kurs/utdanning",
                  responsible=["Udir"])
    assert not levels(score(settings, gazetteer, [national, employees, *OTHERS]))["title"].startswith("objects/")


def test_the_evaluation_of_a_measure_is_its_own_measure(settings, gazetteer):
    scheme = M("Kompetanseprogrammet (tidligere Kompetansepluss frivillighet)", reporter="VOFO", year=2021,
               delmal=("3.2",), type_="Kurs/utdanning", responsible=["VOFO"], partners=["Studieforbundene"])
    evaluation = M("Evaluering av Kompetansepluss frivillighet", reporter="VOFO", year=2018, delmal=("3.2",),
                   type_="FoU", responsible=["VOFO"], partners=["Kompetanse Norge"])
    assert levels(score(settings, gazetteer, [scheme, evaluation, *OTHERS]))["succession"] == "evaluation_of"
    assert suggestion(settings, gazetteer, [scheme, evaluation, *OTHERS]) != "match"
    again = M("Følgeevaluering av Kompetansepluss frivillighet", reporter="VOFO", year=2019, delmal=("3.2",),
              type_="FoU", responsible=["VOFO"])
    assert levels(score(settings, gazetteer, [evaluation, again, *OTHERS]))["succession"] == "none"


def test_an_evaluation_named_after_the_measure_is_its_own_measure_too(settings, gazetteer):
    """"Menn i helse, evaluering": the evaluation word after the name, not before it."""
    scheme = M("Menn i helse", reporter="KS", year=2017, delmal=("3.3",), responsible=["KS"], partners=["NAV"])
    for title in ("Menn i helse, evaluering", "Menn i helse – sluttevaluering"):
        evaluation = M(title, reporter="KS", year=2018, delmal=("3.3",), type_="FoU", responsible=["KS"],
                       partners=["Østlandsforskning"])
        assert levels(score(settings, gazetteer, [scheme, evaluation, *OTHERS]))["succession"] == "evaluation_of"
        assert suggestion(settings, gazetteer, [scheme, evaluation, *OTHERS]) != "match"


def test_a_happening_named_by_its_year_and_one_reported_another_year_are_two(settings, gazetteer):
    """"Klyngeseminar 2019" (reported 2019) and a seminar on the same reported in 2017: two seminars;
    a recurring one under its own name, or one said to go on, stays one measure."""
    kw = dict(reporter="LO", type_="Arrangement", responsible=["LO"], partners=["NHO", "Eyde-klyngen"])
    early = M("Seminar om kompetanse i klyngesamarbeid", year=2017, **kw)
    late = M("Klyngeseminar 2019: kompetanse i klynger og nettverk", year=2019, **kw)
    assert levels(score(settings, gazetteer, [early, late, *OTHERS]))["dates"] == "event_other_year"
    same = M("Møteplass lærebedrifter", year=2020, **kw), M("Arrangere «Møteplass lærebedrifter» 2018", year=2018, **kw)
    assert levels(score(settings, gazetteer, [*same, *OTHERS]))["dates"] == "missing"
    going_on = M("Seminar om kompetanse i klyngesamarbeid (videreført)", year=2017, **kw)
    assert levels(score(settings, gazetteer, [going_on, late, *OTHERS]))["dates"] == "missing"


def test_a_yearly_happening_with_its_dates_that_says_it_goes_on_is_one_measure(settings, gazetteer):
    """Held 4. mars 2018 and 6. mars 2020: two happenings, unless one says it goes on ("holdes hvert år",
    "videreføres"); two titles each naming their year stay two."""
    kw = dict(reporter="NHO", type_="Arrangement", responsible=["NHO"], partners=["LO"])
    early = M("Lærlingdagen i Trøndelag 2018", year=2018, period="Holdt 4. mars 2018.", **kw)
    late = M("Lærlingdagen i Trøndelag", year=2020, period="Holdt 6. mars 2020.", **kw)
    assert levels(score(settings, gazetteer, [early, late, *OTHERS]))["dates"] == "event_other_year"
    late_on = M("Lærlingdagen i Trøndelag", year=2020, period="Holdt 6. mars 2020. Videreføres hvert år.", **kw)
    assert levels(score(settings, gazetteer, [early, late_on, *OTHERS]))["dates"] == "different"
    titled = M("Lærlingdagen i Trøndelag 2020", year=2020, period="Holdt 6. mars 2020. Videreføres hvert år.", **kw)
    assert levels(score(settings, gazetteer, [early, titled, *OTHERS]))["dates"] == "event_other_year"


def test_editions_each_named_by_its_own_reports_year_are_put_to_the_analyst(settings, gazetteer):
    """"Status 2018, …" / "Status 2021, …": one tiltak or each year's its own, labellers differ: never merged."""
    kw = dict(reporter="KS", delmal=("2.3",), type_="Informasjon", responsible=["KS"])
    early = M("Status 2018, lærlinger i kommunesektoren", year=2018, **kw)
    late = M("Status 2021, lærlinger i kommunesektoren", year=2021, **kw)
    assert levels(score(settings, gazetteer, [early, late, *OTHERS]))["dates"] == "editions"
    assert suggestion(settings, gazetteer, [early, late, *OTHERS]) == "review"
    # a title year that is not its report's: the year a survey was taken, not an edition's name
    survey = M("Kompetansebarometeret 2017", year=2018, **kw), M("Kompetansebarometeret 2019", year=2020, **kw)
    assert levels(score(settings, gazetteer, [*survey, *OTHERS]))["dates"] == "other_year"


def test_a_term_given_in_the_timing_or_in_the_description_is_a_term(settings, gazetteer):
    kwargs = dict(type_="Råd/utvalg/nettverk", responsible=["KD"], partners=["KS", "LO", "NHO"])
    described = M("Samfunnskontrakt for flere læreplasser", reporter="LO", year=2017,
                  description="LO følger opp kontrakten. Kontrakten gjelder for perioden 2016–2020.", **kwargs)
    untimed = M("Samfunnskontrakt for flere læreplasser", reporter="NHO", year=2018, **kwargs)
    renewed = M("Samfunnskontrakt for flere læreplasser", reporter="LO", year=2024, period="2022–2026",
                **kwargs).model_copy(update={"start_year": 2022, "end_year": 2026})
    assert levels(score(settings, gazetteer, [described, renewed, *OTHERS]))["succession"] == "periods_apart"
    assert levels(score(settings, gazetteer, [untimed, renewed, *OTHERS]))["succession"] == "term_after"
    for earlier in (described, untimed):
        assert suggestion(settings, gazetteer, [earlier, renewed, *OTHERS]) == "review"


def test_a_title_in_english_is_compared_in_the_norwegian_words(settings, gazetteer):
    kw = dict(delmal=("2.2",), type_="Prosjekt")
    norwegian = M("Kompetansereformen – Lære hele livet", reporter="KD", year=2020, **kw)
    english = M("The Skills Reform – Lifelong Learning", reporter="Unio", year=2021, **kw)
    assert levels(score(settings, gazetteer, [norwegian, english, *OTHERS]))["title"] in ("exact", "very_high")
    course = M("Kurs i grunnleggende ferdigheter for voksne", reporter="VOFO", year=2022, **kw)
    in_english = M("Basic skills courses for adults", reporter="Kompetanse Norge", year=2022, **kw)
    assert levels(score(settings, gazetteer, [course, in_english, *OTHERS]))["title"] not in ("different", "low")


def test_reciprocity_through_a_member_weighs_less_than_by_name(settings, gazetteer):
    """LO names Virke; Virke's joint project names LO, its bransjeprogram only Handel og Kontor (a union of LO's)."""
    lo = M("Partssamarbeid med Virke om kompetanse i handelen", reporter="LO", year=2022, responsible=["LO"],
           partners=["Virke"])
    joint = M("Felles prosjekt om kompetanseløft i handelen", reporter="Virke", year=2023, responsible=["Virke"],
              partners=["LO", "Handel og Kontor"])
    programme = M("Bransjeprogram for varehandelen", reporter="Virke", year=2023, responsible=["HK-dir"],
                  partners=["Virke", "Handel og Kontor"])
    assert levels(score(settings, gazetteer, [lo, joint, *OTHERS]))["organisations"] == "reciprocal"
    assert levels(score(settings, gazetteer, [lo, programme, *OTHERS]))["organisations"] == "reciprocal_member"


def test_a_new_phase_of_a_measure_is_no_successor_and_other_members_years_apart_weigh_less(settings, gazetteer):
    first = M("Kartlegging av opplæringsavtaler i bransjene", reporter="YS", year=2018)
    phase = M("Opplæringsavtaler i bransjene – ny kartlegging (fase 2)", reporter="YS", year=2022)
    assert levels(score(settings, gazetteer, [first, phase, *OTHERS]))["succession"] == "none"
    renewed = M("Ny kartlegging av opplæringsavtaler i bransjene", reporter="YS", year=2022)
    assert levels(score(settings, gazetteer, [first, renewed, *OTHERS]))["succession"] == "successor"
    # a scheme one member reports in 2018 and another in 2022: they report the years they take part
    other = M("Kartlegging av opplæringsavtaler i bransjene", reporter="LO", year=2022)
    again = M("Kartlegging av opplæringsavtaler i bransjene", reporter="YS", year=2022)
    assert levels(score(settings, gazetteer, [first, other, *OTHERS]))["years"] == "apart_other_member"
    between = M("Kurs for tillitsvalgte om lønn", reporter="YS", year=2020)  # (YS reported in 2020 too)
    assert levels(score(settings, gazetteer, [first, again, between, *OTHERS]))["years"] == "apart"
    assert settings["years"]["apart"] < settings["years"]["apart_other_member"] < 0


def test_a_stage_of_a_measure_is_no_title_word(gazetteer):
    from tiltak.normalize.matching.records import _words_model

    words = _words_model(gazetteer).words
    assert words("Kvalitetsrammeverk for karriereveiledning – implementering") == words(
        "Kvalitetsrammeverk for karriereveiledning")


def test_a_word_of_few_titles_both_give_puts_the_pair_before_the_analyst(settings, gazetteer):
    """ "permitterte" in two members' titles otherwise worded apart, each naming the other, the same
    delmål or one side's none: reviewed, never merged; not with other delmål, nor without the members
    naming each other."""
    lo = M("Kompetansetiltak for permitterte i koronakrisen", reporter="LO", year=2020, partners=["NHO"])
    nho = M("Opplæring for permitterte i koronakrisen", reporter="NHO", year=2021, partners=["LO"], delmal=("2.2", "3.1"),
            type_="FoU")  # only the delmål overlapping, and another type: below the review's score
    pair = score(settings, gazetteer, [lo, nho, *OTHERS])
    assert levels(pair)["topic"] == "shared" and settings["topic"]["review_from"] <= pair.score < settings["thresholds"]["review"]
    assert suggestion(settings, gazetteer, [lo, nho, *OTHERS]) == "review"
    # titles with nothing else alike: the word alone is not enough
    worded_apart = M("Partssamarbeid om opplæring for permitterte og ledige", reporter="NHO", year=2021, partners=["LO"])
    assert score(settings, gazetteer, [lo, worded_apart, *OTHERS]).score < settings["topic"]["review_from"]
    assert suggestion(settings, gazetteer, [lo, worded_apart, *OTHERS]) == "distinct"
    apart = M("Opplæring for permitterte i koronakrisen", reporter="NHO", year=2021, partners=["LO"],
              delmal=("3.4",), type_="FoU")
    assert suggestion(settings, gazetteer, [lo, apart, *OTHERS]) == "distinct"
    unknown = M("Opplæring for permitterte i koronakrisen", reporter="NHO", year=2021, partners=["LO"],
                delmal=(), type_="FoU")
    # a delmål missing on one side is no evidence against (issue 11); delmål of their own are ("apart")
    assert suggestion(settings, gazetteer, [lo, unknown, *OTHERS]) == "review"
    strangers = [M("Kompetansetiltak for permitterte i koronakrisen", reporter="LO", year=2020),
                 M("Opplæring for permitterte i koronakrisen", reporter="NHO", year=2021, delmal=("2.2", "3.1"), type_="FoU")]
    assert suggestion(settings, gazetteer, [*strangers, *OTHERS]) == "distinct"
    # a word many titles give is no subject of its own
    common = [M(f"Kurs for permitterte i {place}", reporter="KS", delmal=("3.1",))
              for place in ("Bergen", "Tromsø", "Bodø", "Hamar", "Molde", "Alta")]
    topic = lambda ms: next(p for p in score(settings, gazetteer, ms).parts if p.name == "topic").value  # noqa: E731
    assert (topic([lo, nho, *OTHERS]), topic([lo, nho, *OTHERS, *common])) == (2.0, 1.0)  # koronakrisen alone


def test_a_compounds_first_part_is_no_form_of_the_name_it_opens():
    """"Kompetanseprogrammet" is rare though "kompetanse" is in many titles: its opening name is a name."""
    from tiltak.normalize.matching.titles import SoftTfIdf

    titles = [("kompetanseprogrammet", "tilskudd"), ("kompetanseprogrammet", "tidligere", "kompetansepluss"),
              *[("digital", "kompetanse", f"x{k}") for k in range(8)], ("bransjeprogram", "industri"),
              ("bransjeprogrammene", "bygg")]
    tfidf = SoftTfIdf(titles, 85)
    assert tfidf.titles_with("kompetanseprogrammet") == 2
    assert tfidf.titles_with("bransjeprogrammene") == 2  # an inflected form counts


def test_an_acronym_no_list_knows_is_spelt_out_by_the_one_title_of_its_initials(settings, gazetteer):
    """"SKV" from one member, "Senter for kvalitet i veiledning" from another: the same name, compared
    and blocked on as such; not when two titles of the run share those initials, nor a known name."""
    from tiltak.normalize.matching.candidates import candidate_pairs

    full = M("Senter for kvalitet i veiledning", reporter="KS", delmal=("1.3",), partners=["Spekter"])
    short = M("SKV", reporter="Spekter", year=2021, delmal=("1.3",), partners=["KS"])
    ms = [full, short, *OTHERS]
    records, tfidf = records_for(ms, gazetteer, settings)
    assert records[1].alternatives == (("senter", "kvalitet", "veiledning"),)
    assert (0, 1) in candidate_pairs(records, tfidf.df, settings, tfidf.names)
    assert levels(score(settings, gazetteer, ms))["title"] in ("exact", "very_high")
    two = [full, short, M("Studie av kompetanse i verftene", reporter="NHO", delmal=("2.2",)), *OTHERS]
    assert records_for(two, gazetteer, settings)[0][1].alternatives == ()  # "skv" twice: which one is meant
    named = [M("Nettverk for helse og omsorg", reporter="LO"), M("NHO", reporter="KS"), *OTHERS]  # a member's name
    assert records_for(named, gazetteer, settings)[0][1].alternatives == ()
    within = [M("Helse og miljø i skolen", reporter="KS"), M("Kurs i HMS", reporter="LO"), *OTHERS]
    assert records_for(within, gazetteer, settings)[0][1].alternatives == ()  # an acronym in a title: no name of it


def test_who_runs_it_said_in_brackets_after_the_name_is_no_part_of_it(settings, gazetteer):
    """"Kompetanseløft 2025 (HOD)" from one member, "Kompetanseløft 2025" from another: the same name;
    a bracket that names something else stays the title's second name."""
    ms = [M("Lederløft for kommunene (KS)", reporter="Spekter", delmal=("1.4",)),
          M("Lederløft for kommunene", reporter="KS", year=2021, delmal=("1.4",)),
          M("Kompetansefond (statens kompetansefond)", reporter="KD"), *OTHERS]
    records, _ = records_for(ms, gazetteer, settings)
    assert records[0].alternatives == (("lederløft", "kommunene"),)
    assert records[1].alternatives == ()
    assert records[2].alternatives[0] == ("kompetansefond",) and len(records[2].alternatives) == 2
    assert levels(score(settings, gazetteer, ms[:2] + ms[3:]))["title"] in ("exact", "very_high")


def test_names_of_other_organisations_in_brackets_keep_two_measures_apart(settings, gazetteer):
    """"Tillitsvalgtkurs (LO)" and "Tillitsvalgtkurs (YS)" from two other members: each union's own course."""
    ms = [M("Tillitsvalgtkurs i kompetanseplanlegging (LO)", reporter="Spekter", delmal=("2.2",)),
          M("Tillitsvalgtkurs i kompetanseplanlegging (YS)", reporter="KS", delmal=("2.2",)), *OTHERS]
    assert levels(score(settings, gazetteer, ms))["title"] not in ("exact", "very_high")


def test_a_plan_named_by_its_horizon_is_one_thing_however_common_its_words(settings, gazetteer):
    """"Kompetanseløft 2025" (HOD's) from two members before 2025 names one plan; the same common words
    naming a year both reports have reached ("Digital kompetanse 2019" in 2019 and 2020) or two
    different years stay common words."""
    themes = ("i skolen", "for ledere", "i staten", "i kommunene", "for lærere", "i sykehus", "for tillitsvalgte",
              "i industrien", "for seniorer", "i handelen", "for lærlinger", "i fylkene")
    padding = [M(f"Kompetanseløft {t}", reporter="KD") for t in themes] + \
        [M(f"Kurs om tema{chr(97 + i)}{chr(97 + k)}", reporter="KS") for i in range(6) for k in range(5)]

    def title_level(a, b):
        return levels(score(settings, gazetteer, [a, b, *padding]))["title"]

    assert title_level(M("Kompetanseløft 2025", reporter="KS", year=2020, responsible=["HOD"]),
                       M("Kompetanseløft 2025", reporter="Spekter", year=2021, responsible=["HOD"])) == "exact"
    # each member's own plan of that name: common words still
    assert title_level(M("Kompetanseløft 2025", reporter="KS", year=2020),
                       M("Kompetanseløft 2025", reporter="Spekter", year=2021)).startswith("common/")
    assert title_level(M("Kompetanseløft 2019", reporter="KS", year=2019),
                       M("Kompetanseløft 2019", reporter="Spekter", year=2020)).startswith("common/")
    assert title_level(M("Kompetanseløft", reporter="KS", year=2020),
                       M("Kompetanseløft", reporter="Spekter", year=2021)).startswith("common/")
    assert title_level(M("Kompetanseløft 2025", reporter="KS", year=2020),
                       M("Kompetanseløft 2030", reporter="Spekter", year=2021)).startswith("common/")


def test_a_trial_and_the_scheme_it_became_are_put_to_the_analyst(settings, gazetteer):
    """"Forsøk med fagbrev på jobb" / "Fagbrev på jobb": one tiltak to some writers, two to others (the
    blind sets label it each way), so never merged; two trials, or a trial and its evaluation, as before."""
    kw = dict(delmal=("2.5",), type_="Kurs/utdanning", responsible=["Udir"], partners=["LO", "NHO"])
    trial = M("Forsøk med fagbrev på jobb", reporter="LO", year=2017, **kw)
    scheme = M("Fagbrev på jobb", reporter="NHO", year=2018, **kw)
    assert levels(score(settings, gazetteer, [trial, scheme, *OTHERS])).get("trial") == "one"
    assert suggestion(settings, gazetteer, [trial, scheme, *OTHERS]) == "review"
    pilot = M("Pilot: fagbrev på jobb i Nordland", reporter="NHO", year=2018, **kw)
    assert "trial" not in levels(score(settings, gazetteer, [trial, pilot, *OTHERS]))  # two trials
    again = M("Forsøk med fagbrev på jobb", reporter="NHO", year=2018, **kw)
    assert suggestion(settings, gazetteer, [trial, again, *OTHERS]) == "match"


def test_two_names_of_one_trial_are_both_trials(settings, gazetteer):
    kw = dict(delmal=("2.5",), type_="Kurs/utdanning", responsible=["Udir"], partners=["LO", "NHO"])
    for a, b in (("Forsøk med fagbrev på jobb", "Fagbrev på jobb – forsøksordning"),
                 ("Pilotprosjekt: Kompetansepluss i kommunene", "Kompetansepluss i kommunene (pilotprosjekt)"),
                 ("Forsøk med modulstrukturert opplæring", "Modulforsøket for voksne")):
        pair = score(settings, gazetteer, [M(a, reporter="LO", year=2017, **kw), M(b, reporter="NHO", year=2018, **kw), *OTHERS])
        assert "trial" not in levels(pair), (a, b)


def test_a_web_address_names_one_service_by_its_address_or_as_a_service_on_the_web(settings, gazetteer):
    """A site a title gives by its address ("vilbli.no") is one service; a title that calls its name a
    service on the web ("Digital vilbli-tjeneste", "Vilbli på nett") names it too. The site's name in a
    title that says nothing of the web, or another site, is no such evidence."""
    site = M("Drift av vilbli.no", reporter="Udir", year=2021, delmal=("1.3",))
    again = M("Vilbli.no – nye søkefunksjoner", reporter="Fylkeskommunene", year=2022, delmal=("1.3",),
              responsible=["Udir"])
    online = M("Nasjonal digital vilblitjeneste for søkere", reporter="KD", year=2020, delmal=("1.3",))
    on_the_web = M("Vilbli på nett for elever", reporter="KD", year=2020, delmal=("1.3",))
    offline = M("Vilbli-samlinger for rådgivere", reporter="KD", year=2020, delmal=("1.3",))
    other_site = M("Drift av utdanning.no", reporter="HK-dir", year=2021, delmal=("1.3",))
    network = M("Nettverk for vilblirådgivere", reporter="KD", year=2020, delmal=("1.3",))
    assert levels(score(settings, gazetteer, [site, again, *OTHERS]))["names"] == "site"
    assert levels(score(settings, gazetteer, [online, site, *OTHERS]))["names"] == "site"
    assert levels(score(settings, gazetteer, [site, on_the_web, *OTHERS]))["names"] == "site"
    definite = M("Samarbeid om den nasjonale nettbaserte vilblien", reporter="NAV", year=2021, delmal=("1.3",))
    assert levels(score(settings, gazetteer, [site, definite, *OTHERS]))["names"] == "site"
    assert levels(score(settings, gazetteer, [site, offline, *OTHERS]))["names"] != "site"
    assert levels(score(settings, gazetteer, [site, other_site, *OTHERS]))["names"] != "site"
    assert levels(score(settings, gazetteer, [site, network, *OTHERS]))["names"] != "site"  # "nettverk" is no web
    portal = M("Utdanning.no", reporter="HK-dir", delmal=("1.3",))
    courses = M("Digitale kurs i utdanningsvalg for rådgivere", reporter="KS", delmal=("1.3",))
    assert levels(score(settings, gazetteer, [portal, courses, *OTHERS]))["names"] != "site"  # another word begun so
    from tiltak.normalize.matching.records import _SITE

    assert _SITE.findall("Informasjon på https://www.vilbli.no") == ["vilbli"]
    assert _SITE.findall("Fagbrev på jobb.Se egen omtale") == []  # a full stop before a sentence, no address
    pair = score(settings, gazetteer, [online, site, *OTHERS])
    assert pair.part("names").weight == settings["names"]["site"]


def test_a_site_both_name_puts_a_pair_before_the_analyst_when_delmal_and_organisations_agree(settings, gazetteer):
    """Two members' rows on one web service in few words alike: reviewed at least, never left apart;
    with the delmål apart they are not."""
    county = M("Lenke til vilbli.no fra fylkets sider og chat", reporter="Vestland fylkeskommune", year=2024,
               delmal=("1.3",), responsible=["Vestland fylkeskommune", "Udir"])
    owner = M("Vilbli.no – ny søkemotor", reporter="Udir", year=2023, delmal=("1.3",))
    assert suggestion(settings, gazetteer, [county, owner, *OTHERS]) in ("review", "match")
    apart = M("Vilbli.no – ny søkemotor", reporter="Udir", year=2023, delmal=("2.4",))
    assert suggestion(settings, gazetteer, [county, apart, *OTHERS]) == "distinct"


def test_a_members_own_measure_in_a_new_term_is_reviewed_as_its_continuation(settings, gazetteer):
    """The same member's course in a term after the first one, its title shortened or added to and its
    type written otherwise: as often its continuation as a new measure, so the analyst decides; another
    member's of as much alike stays apart."""
    first = _term(M("Opplæring av tillitsvalgte i kompetansearbeid på arbeidsplassen", reporter="YS", year=2017,
                    type_="Kurs/utdanning", partners=["Unio"]), 2017, 2019)
    later = _term(M("Opplæring av tillitsvalgte i kompetansearbeid – nettkurs", reporter="YS", year=2021,
                    type_="Annet"), 2021, 2022)
    pair = score(settings, gazetteer, [first, later, *OTHERS])
    assert levels(pair)["succession"] == "periods_apart"
    assert suggestion(settings, gazetteer, [first, later, *OTHERS]) == "review"
    others = _term(M("Opplæring av tillitsvalgte i kompetansearbeid – nettkurs", reporter="Unio", year=2021,
                     type_="Annet", partners=["YS"]), 2021, 2022)
    assert levels(score(settings, gazetteer, [first, others, *OTHERS]))["organisations"] == "reciprocal"
    assert suggestion(settings, gazetteer, [first, others, *OTHERS]) == "distinct"


def test_a_countys_own_title_and_another_members_without_a_county_are_reviewed_not_merged(settings, gazetteer):
    """"Fagbrev på jobb i Nordland" from the county and "Fagbrev på jobb" from the ministry: the county's
    roll-out of the scheme is its own tiltak to one analyst and the scheme to the next, so one decides,
    though the titles are the same once the reporter's own name is left out. The county's own two
    titles, with and without its name, may merge."""
    kwargs = dict(delmal=("2.5",), type_="Prosjekt", partners=["Fylkeskommunene"])
    county = M("Fagbrev på jobb i Nordland", reporter="Nordland fylkeskommune", year=2020,
               delmal=("2.5",), type_="Prosjekt", responsible=["Nordland fylkeskommune"])
    ministry = M("Fagbrev på jobb", reporter="KD", year=2020, responsible=["KD"], **kwargs)
    pair = score(settings, gazetteer, [county, ministry, *OTHERS])
    assert levels(pair)["region"] == "one_county"
    assert pair.score >= settings["thresholds"]["match"]  # all else says one measure
    assert suggestion(settings, gazetteer, [county, ministry, *OTHERS]) == "review"
    again = M("Fagbrev på jobb", reporter="Nordland fylkeskommune", year=2021, delmal=("2.5",), type_="Prosjekt",
              responsible=["Nordland fylkeskommune"])
    assert levels(score(settings, gazetteer, [county, again, *OTHERS]))["region"] == "none"
    assert suggestion(settings, gazetteer, [county, again, *OTHERS]) == "match"


def test_information_about_a_scheme_and_the_scheme_are_reviewed_not_merged(settings, gazetteer):
    """"Informasjon om Kompetansepluss frivillighet til studieforbundene" (a federation's information work)
    against the ministry's "Kompetansepluss arbeid og Kompetansepluss frivillighet": its own tiltak to one
    analyst, the scheme to the next; never merged. Two rows of information work may merge."""
    kwargs = dict(delmal=("3.2",), type_="Annet")
    info = M("Informasjon om Kompetansepluss frivillighet til studieforbundene", reporter="VOFO", year=2019,
             responsible=["VOFO"], partners=["KD"], **kwargs)
    scheme = M("Kompetansepluss frivillighet", reporter="KD", year=2019, responsible=["KD"], partners=["VOFO"], **kwargs)
    pair = score(settings, gazetteer, [info, scheme, *OTHERS])
    assert levels(pair).get("information") == "one"
    assert pair.score >= settings["thresholds"]["match"]  # all else says one measure
    assert suggestion(settings, gazetteer, [info, scheme, *OTHERS]) == "review"
    again = M("Informasjonsarbeid om Kompetansepluss frivillighet", reporter="VOFO", year=2020, responsible=["VOFO"],
              partners=["KD"], **kwargs)
    assert "information" not in levels(score(settings, gazetteer, [info, again, *OTHERS]))
    own = M("Kompetansepluss frivillighet – informasjon til studieforbundene", reporter="VOFO", year=2020,
            responsible=["VOFO"], partners=["KD"], **kwargs)
    assert "information" not in levels(score(settings, gazetteer, [info, own, *OTHERS]))  # one member's own rows
    campaign = M("Informasjonskampanjen om Kompetansepluss frivillighet", reporter="VOFO", year=2021, **kwargs)
    assert levels(score(settings, gazetteer, [campaign, scheme, *OTHERS])).get("information") == "one"


def test_a_county_in_an_institutions_name_is_no_countys_own_measure(settings, gazetteer):
    """"… ved Høgskolen i Innlandet" from a union against the ministry's title without it: a county's name
    inside an institution's, no county's roll-out, so the pair may merge."""
    union = M("Videreutdanning for lærere i yrkesfag ved Høgskolen i Innlandet", reporter="Utdanningsforbundet",
              responsible=["Utdanningsforbundet"], partners=["KD"], delmal=("2.2",), type_="Kurs/utdanning")
    ministry = M("Videreutdanning for lærere i yrkesfag", reporter="KD", responsible=["KD"],
                 partners=["Utdanningsforbundet"], delmal=("2.2",), type_="Kurs/utdanning")
    assert levels(score(settings, gazetteer, [union, ministry, *OTHERS]))["region"] == "none"



def test_a_county_run_measure_named_after_a_national_scheme_is_reviewed_not_merged(settings, gazetteer):
    """"Grunnleggjande ferdigheiter i arbeidslivet (Kompetansepluss)", run by a county, and
    "Kompetanseprogrammet (tidl. Kompetansepluss)" from the ministry: no title names the county, yet the
    county runs its own, so the analyst decides; two county-run measures, or two of the ministry's, are
    compared as before."""
    county = M("Grunnleggjande ferdigheiter i arbeidslivet (Kompetansepluss)", reporter="Møre og Romsdal fylkeskommune",
               year=2019, delmal=("3.2",), type_="Prosjekt", responsible=["Møre og Romsdal fylkeskommune"])
    ministry = M("Kompetanseprogrammet (tidl. Kompetansepluss)", reporter="KD", year=2019, delmal=("3.2",),
                 type_="Prosjekt", responsible=["KD"])
    pair = score(settings, gazetteer, [county, ministry, *OTHERS])
    assert levels(pair)["region"] == "county_run"
    assert suggestion(settings, gazetteer, [county, ministry, *OTHERS]) == "review"
    agency = M("Kompetanseprogrammet", reporter="HK-dir", year=2020, delmal=("3.2",), type_="Prosjekt",
               responsible=["HK-dir"])
    assert levels(score(settings, gazetteer, [ministry, agency, *OTHERS]))["region"] == "none"
    # a county's report that names no one, responsible or partner: not said to run it, compared as before
    silent = M("Kompetanseprogrammet (tidl. Kompetansepluss)", reporter="Vestland fylkeskommune", year=2019,
               delmal=("3.2",), type_="Prosjekt", responsible=[])
    assert levels(score(settings, gazetteer, [silent, ministry, *OTHERS]))["region"] == "none"
    # a partner's report of the county's own forum, the county among its partners: the same measure
    partner = M("Kompetanseforum – NAVs deltakelse", reporter="NAV", year=2019, delmal=("3.2",), type_="Prosjekt",
                responsible=["NAV"], partners=["Møre og Romsdal fylkeskommune"])
    assert levels(score(settings, gazetteer, [county, partner, *OTHERS]))["region"] == "none"


def test_a_plans_next_term_begun_the_year_the_first_ends_is_a_term_after_it(settings, gazetteer):
    """"Regional plan for kompetanse 2020–2024" and "… 2024–2028" from one county: the next plan, begun
    the year the first ends; reviewed, not merged. Timings alone that meet so (a course 2017–2019, then
    2019–2021) are as often one measure going on: no terms apart."""
    first = _term(M("Regional plan for kompetanse og arbeidskraft 2020–2024", reporter="Vestland fylkeskommune",
                    year=2020, delmal=("1.2",), type_="Annet"), 2020, 2024)
    second = _term(M("Regional plan for kompetanse og arbeidskraft 2024–2028", reporter="Vestland fylkeskommune",
                     year=2024, delmal=("1.2",), type_="Annet"), 2024, 2028)
    assert levels(score(settings, gazetteer, [first, second, *OTHERS]))["succession"] == "periods_apart"
    assert suggestion(settings, gazetteer, [first, second, *OTHERS]) == "review"
    course = _term(M("Kurs for tillitsvalgte om kompetanse", reporter="YS", year=2018, delmal=("2.2",),
                     type_="Kurs/utdanning"), 2017, 2019)
    again = _term(M("Kurs for tillitsvalgte om kompetanse", reporter="YS", year=2020, delmal=("2.2",),
                    type_="Kurs/utdanning"), 2019, 2021)
    assert levels(score(settings, gazetteer, [course, again, *OTHERS]))["succession"] != "periods_apart"
    # a school year's span in each title, one after the other: the same measure reported again
    year1 = _term(M("Kompetanse for kvalitet – videreutdanning for lærere 2020–2021", reporter="KD", year=2020,
                    delmal=("2.2",), type_="Kurs/utdanning"), 2020, 2021)
    year2 = _term(M("Kompetanse for kvalitet – videreutdanning for lærere 2021–2022", reporter="KD", year=2021,
                    delmal=("2.2",), type_="Kurs/utdanning"), 2021, 2022)
    assert levels(score(settings, gazetteer, [year1, year2, *OTHERS]))["succession"] != "periods_apart"


def test_a_members_part_of_a_shared_scheme_and_the_scheme_are_reviewed_not_merged(settings, gazetteer):
    """"Bransjeprogram for kommunal helse- og omsorgssektor" (KS) and "Bransjeprogrammene" (KD): a member's
    part of a scheme and the scheme itself, one tiltak to one analyst, the part its own to another; put
    before the analyst, never merged by it. Not two parts, not the scheme's evaluation, not a type of
    measure ("Utviklingsprosjekt for …"), not two titles that open with other names."""
    from tiltak.normalize.matching.titles import scheme_name

    assert [scheme_name(t) for t in ("Bransjeprogram for varehandel", "Bransjeprogrammene – videreført",
                                     "Bransjeprogrammet i helse og omsorg", "Kompetanseplussordningene",
                                     "Evaluering av bransjeprogrammene", "Utviklingsprosjekt for lærere",
                                     "Treparts bransjeprogram", "Pilotprosjektet i Agder", "«Bransjeprogrammene»",
                                     "Bransjeprogrammene 2022", "Kompetansetiltaket", "Helsesektoren",
                                     "Utviklingsarbeid i barnehagene")] == [
        "bransjeprogram", "bransjeprogram", "bransjeprogram", "kompetanseplussordning", "", "", "", "",
        "bransjeprogram", "bransjeprogram", "", "", ""]
    part = M("Bransjeprogram for kommunal helse- og omsorgssektor", reporter="KS", year=2020, delmal=("2.2", "2.4"),
             responsible=["KS"], partners=["Fagforbundet"])
    scheme = M("Bransjeprogrammene", reporter="KD", year=2024, delmal=("2.2", "2.4"), type_="Annet", responsible=["KD"],
               partners=["LO", "KS"])
    other = M("Bransjeprogram for industri og bygg", reporter="LO", year=2021, delmal=("2.2",), responsible=["LO"])
    for pair in ([part, scheme], [scheme, other]):
        assert levels(score(settings, gazetteer, [*pair, *OTHERS]))["scheme"] == "part"
        assert suggestion(settings, gazetteer, [*pair, *OTHERS]) == "review"
    # no delmål in common, or no organisation: not so
    elsewhere = M("Bransjeprogrammene", reporter="KD", year=2024, delmal=("1.1",), type_="Annet", responsible=["KD"],
                  partners=["LO", "KS"])
    assert suggestion(settings, gazetteer, [part, elsewhere, *OTHERS]) == "distinct"
    strangers = M("Bransjeprogram for reiselivet", reporter="Virke", year=2021, delmal=("2.2",), responsible=["Virke"])
    assert levels(score(settings, gazetteer, [strangers, scheme, *OTHERS]))["organisations"] == "no_overlap"
    assert suggestion(settings, gazetteer, [strangers, scheme, *OTHERS]) == "distinct"
    # two parts: each its own to most analysts; the scheme joins them in the review
    assert "scheme" not in levels(score(settings, gazetteer, [part, other, *OTHERS]))
    assert suggestion(settings, gazetteer, [part, other, *OTHERS]) == "distinct"
    evaluation = M("Evaluering av bransjeprogrammene", reporter="HK-dir", year=2023, delmal=("2.2",),
                   responsible=["HK-dir"])
    assert "scheme" not in levels(score(settings, gazetteer, [evaluation, scheme, *OTHERS]))
    assert suggestion(settings, gazetteer, [part, evaluation, *OTHERS]) == "distinct"
    # two schemes' names
    programme = M("Kompetanseprogrammet for frivillige", reporter="VOFO", year=2021, delmal=("3.2",),
                  responsible=["VOFO"])
    assert "scheme" not in levels(score(settings, gazetteer, [programme, other, *OTHERS]))
    assert suggestion(settings, gazetteer, [programme, other, *OTHERS]) == "distinct"
    # the evaluation of a part, named after it: its own measure
    evaluated = M("Bransjeprogram for industri og bygg – evaluering", reporter="NHO", year=2022, delmal=("2.2",),
                  responsible=["NHO"])
    assert levels(score(settings, gazetteer, [scheme, evaluated, *OTHERS]))["succession"] == "evaluation_of"
    assert suggestion(settings, gazetteer, [scheme, evaluated, *OTHERS]) == "distinct"
    # two counties' own programmes of one name
    vestland = M("Kompetanseprogram for næringslivet i Vestland", reporter="Vestland fylkeskommune", year=2021, delmal=("2.2",),
                 responsible=["Vestland fylkeskommune"])
    agder = M("Kompetanseprogram for Agder", reporter="Agder fylkeskommune", year=2021, delmal=("2.2",),
              responsible=["Agder fylkeskommune"])
    assert levels(score(settings, gazetteer, [vestland, agder, *OTHERS]))["region"] == "other"
    assert suggestion(settings, gazetteer, [vestland, agder, *OTHERS]) == "distinct"


def test_two_counties_own_schools_running_alike_offers_are_separate_peers(settings, gazetteer):
    """"Desentralisert fagskoletilbud" run by Fagskolen Innlandet in Innlandet's report, and
    "Desentraliserte fagskuletilbod" by Fagskulen Vestland in Vestland's: each county's own offer, run by
    a body of its own county, as two county councils' own versions are. A national body in a county's
    report is no county's own."""
    innlandet = M("Desentralisert fagskoletilbud", reporter="Innlandet fylkeskommune", year=2020,
                  delmal=("2.4", "3.1"), type_="Kurs/utdanning", responsible=["Fagskolen Innlandet"])
    vestland = M("Desentraliserte fagskuletilbod", reporter="Vestland fylkeskommune", year=2021,
                 delmal=("2.4", "3.1"), type_="Kurs/utdanning", responsible=["Fagskulen Vestland"])
    assert levels(score(settings, gazetteer, [innlandet, vestland, *OTHERS]))["organisations"] == "separate_peers"
    assert suggestion(settings, gazetteer, [innlandet, vestland, *OTHERS]) == "distinct"
    national = M("Desentraliserte fagskoletilbud", reporter="Vestland fylkeskommune", year=2021,
                 delmal=("2.4", "3.1"), type_="Kurs/utdanning", responsible=["HK-dir"])
    assert levels(score(settings, gazetteer, [innlandet, national, *OTHERS]))["organisations"] != "separate_peers"


def test_two_types_none_of_the_six_are_no_evidence_either_way(settings, gazetteer):
    """"Avtale" and "Tilskuddsordning", both counted as Annet, are not the same type; Annet against one of
    the six is a different type, as the words were."""
    a = M("Flere lærlinger i staten", reporter="LO", year=2020, type_="Annet")
    b = M("Flere lærlinger i staten – tilskudd", reporter="KD", year=2020, type_="Annet")
    c = M("Flere lærlinger i staten – kurs", reporter="KD", year=2020, type_="Kurs/utdanning")
    assert levels(score(settings, gazetteer, [a, b, *OTHERS]))["type"] == "missing"
    assert levels(score(settings, gazetteer, [a, c, *OTHERS]))["type"] == "different"


def test_two_plans_named_by_their_horizons_are_never_merged(settings, gazetteer):
    """"Kompetanseløft 2020 – kommunenes oppfølging" (2016–2020, reported 2020) and "Kompetanseløft 2025 –
    oppfølging i kommunene" (2021–2025, reported 2026) by one member, both told as follow-up: each names its
    plan by the year its term ends, two plans; at most reviewed. One plan reported twice is one."""
    first = M("Kompetanseløft 2020 – kommunenes oppfølging", reporter="KS", year=2020, delmal=("3.1",),
              responsible=["KD"], partners=["KS", "Utdanningsforbundet"], period="2016–2020")
    second = M("Kompetanseløft 2025 – oppfølging i kommunene", reporter="KS", year=2026, delmal=("3.1",),
               responsible=["KD"], partners=["KS", "Utdanningsforbundet"], period="2021–2025")
    for m, (start, end) in ((first, (2016, 2020)), (second, (2021, 2025))):
        m.start_year, m.end_year = start, end
    assert levels(score(settings, gazetteer, [first, second, *OTHERS]))["dates"] == "other_horizon"
    assert suggestion(settings, gazetteer, [first, second, *OTHERS]) != "match"
    again = M("Kompetanseløft 2020 – kommunenes oppfølging", reporter="KS", year=2019, delmal=("3.1",),
              responsible=["KD"], partners=["KS", "Utdanningsforbundet"], period="2016–2020")
    again.start_year, again.end_year = 2016, 2020
    assert suggestion(settings, gazetteer, [again, first, *OTHERS]) == "match"


def test_a_yearly_edition_whose_term_ends_its_reports_year_is_no_horizon(settings, gazetteer):
    """"Kompetansebarometer 2020" (2018–2020, reported 2020) against the next year's barometer: an edition
    named by its report's year, put to the analyst as before; the year a stated term ends counts as a
    horizon only when the report comes after it."""
    first = M("Kompetansebarometer 2020", reporter="Virke", year=2020, type_="FoU", period="2018–2020")
    first.start_year, first.end_year = 2018, 2020
    second = M("Kompetansebarometeret for handel og tjenester 2021", reporter="Virke", year=2021, type_="FoU")
    assert levels(score(settings, gazetteer, [first, second, *OTHERS]))["dates"] == "editions"
    assert suggestion(settings, gazetteer, [first, second, *OTHERS]) == "review"


@pytest.mark.parametrize("work, on, expected", [
    # a work on or in a measure, named by the measure's whole name after a preposition: reviewed
    ("Innføring av kvalitetsrammeverket i Karriere Østfold", "Karriere Østfold", "review"),
    ("Evaluering av Jobbsjansen", "Jobbsjansen", "review"),
    # the same measure said to go on, a name that only opens the other's: not so
    ("Videreføring av arbeidet i Karriere Østfold", "Karriere Østfold", "match"),
])
def test_a_work_on_a_measure_named_after_a_preposition_is_reviewed_not_merged(settings, gazetteer, work, on, expected):
    """The same county the next years: "Innføring av kvalitetsrammeverket i Karriere Østfold" is a
    project in the career centre "Karriere Østfold", not the centre (match36)."""
    measures = [M(work, reporter="Østfold fylkeskommune", year=2020, delmal=("1.3",), type_="Prosjekt"),
                M(on, reporter="Østfold fylkeskommune", year=2022, delmal=("1.3",), type_="Prosjekt"), *OTHERS]
    assert suggestion(settings, gazetteer, measures) == expected


def test_a_common_word_or_another_members_name_after_a_preposition_is_no_work_on_it(settings, gazetteer):
    """"Nasjonalt forum for karriereveiledning" holds Unio's one-word "Karriereveiledning" after "for": a
    common word, not a measure's name (match1 labels them one tiltak)."""
    measures = [M("Nasjonalt forum for karriereveiledning", reporter="Unio", year=2019, delmal=("1.3",), type_="Råd/utvalg/nettverk"),
                M("Karriereveiledning", reporter="Unio", year=2020, delmal=("1.3",), type_="Råd/utvalg/nettverk"), *OTHERS]
    records, tfidf = records_for(measures, gazetteer, settings)
    assert not levels(Comparator(settings, tfidf).score(records[0], records[1]))["title"].startswith("objects/")


@pytest.mark.parametrize("work, on", [
    ("Videre drift av Karriere Østfold i 2022", "Karriere Østfold"),  # it says the measure goes on
    ("Fylkeskommunens deltakelse i Kompetanseforum Østfold", "Kompetanseforum Østfold"),  # its seat: the measure
    ("Gratis kurs i digital kompetanse for ansatte", "Digital kompetanse"),  # common words, no measure's name
])
def test_the_measure_itself_or_common_words_after_a_preposition_are_no_work_on_it(settings, gazetteer, work, on):
    """The review's misfires of the rule above, each now compared as any two titles are."""
    measures = [M(work, reporter="Østfold fylkeskommune", year=2020, delmal=("1.3",), type_="Prosjekt"),
                M(on, reporter="Østfold fylkeskommune", year=2022, delmal=("1.3",), type_="Prosjekt"), *OTHERS]
    records, tfidf = records_for(measures, gazetteer, settings)
    assert not levels(Comparator(settings, tfidf).score(records[0], records[1]))["title"].startswith("objects/")


def test_a_unions_own_member_survey_and_another_unions_stay_apart(settings, gazetteer):
    """match42's near-miss: "Unios medlemsundersøkelse om etter- og videreutdanning" against
    Akademikerne's "Medlemsundersøkelse om etter- og videreutdanning": each union's own survey of its
    members ("medlem…" in a compound is no taking part); "LOs oppfølging av …" stays its part in another's."""
    aka = M("Medlemsundersøkelse om etter- og videreutdanning", reporter="Akademikerne", year=2019,
            responsible=("Akademikerne",))
    unio = M("Unios medlemsundersøkelse om etter- og videreutdanning", reporter="Unio", year=2020, responsible=("Unio",))
    assert levels(score(settings, gazetteer, [aka, unio, *OTHERS]))["organisations"] == "separate_peers"
    lo = M("LOs oppfølging av samfunnskontrakten", reporter="LO", year=2020)
    ys = M("YS' oppfølging av samfunnskontrakten", reporter="YS", year=2020)
    assert levels(score(settings, gazetteer, [lo, ys, *OTHERS]))["organisations"] != "separate_peers"


def test_a_countys_measure_that_names_no_one_responsible_is_its_own_roll_out(settings, gazetteer):
    """match42's near-miss: Vestland's "Innføring av kvalitetsrammeverket for karriererettleiing" (no
    responsible stated) against the directorate's framework: the county's own, reviewed, never merged."""
    county = M("Innføring av kvalitetsrammeverket for karriererettleiing", reporter="Vestland fylkeskommune", year=2022,
               delmal=("1.3",), partners=("HK-dir",))
    national = M("Videreutvikling av kvalitetsrammeverket for karriereveiledning", reporter="HK-dir", year=2024,
                 delmal=("1.3",), responsible=("HK-dir",))
    assert levels(score(settings, gazetteer, [county, national, *OTHERS]))["region"] == "county_run"
    assert suggestion(settings, gazetteer, [county, national, *OTHERS]) != "match"


def test_the_same_members_very_name_in_a_later_report_is_asked_about_whatever_delmal_were_read(settings, gazetteer):
    """"Fagbrev på jobb i Vestland" from the county in 2020 (2.5 read) and in its next report (3.1 read), a
    name many counties use (the title weighed "common"): its score says apart, but the very name said again
    by the same member is put before the analyst though no delmål is in common; a name only like it, or
    another year's event, is not (stop 43, match45)."""
    from tiltak.normalize.matching.compare import Part, PairScore

    records, tfidf = records_for([M("Fagbrev på jobb i Vestland"), *OTHERS], gazetteer, settings)
    comparator = Comparator(settings, tfidf)

    def pair(title: float, dates: str = "missing") -> PairScore:
        parts = [Part("title", "common/high", 5.0, title), Part("delmal", "disjoint", -4.0), Part("type", "different", -1.0),
                 Part("years", "adjacent", -1.0), Part("dates", dates, 0.0), Part("succession", "none", 0.0)]
        return PairScore(left=0, right=1, score=0.005, weight=-7.5, parts=parts, same_reporter=True)

    assert comparator.suggestion(pair(1.0)) == "review"
    assert comparator.suggestion(pair(0.85)) == "distinct"  # (only like it)
    assert comparator.suggestion(pair(1.0, "event_other_year")) == "distinct"


# a run's worth of other titles (150), none of them with a word of the pairs tried against them
A_RUN = [M(f"{what} {where}", reporter="KS", delmal=("3.1",)) for what in (
    "Kurs for ansatte i", "Nettverk for ledere i", "Kartlegging av behov i", "Konferanse om yrkesfag i", "Veiledning av lærlinger i")
    for where in ("Agder", "Rogaland", "Vestland", "Trøndelag", "Nordland", "Troms", "Finnmark", "Innlandet", "Viken",
                  "Oslo", "Telemark", "Vestfold", "Buskerud", "Østfold", "Akershus", "Hedmark", "Oppland", "Hordaland",
                  "Sogn", "Møre", "Romsdal", "Hålogaland", "Lofoten", "Helgeland", "Namdalen", "Hallingdal",
                  "Valdres", "Gudbrandsdalen", "Setesdal", "Sunnmøre")]


def test_one_name_in_common_words_from_another_member_and_year_is_reviewed(settings, gazetteer):
    """A member's "Ekspertutvalget for etter- og videreutdanning" two years after the ministry's "Ekspertutvalg om
    etter- og videreutdanning": words many titles use (capped as common, weighed down by another reporter and
    year), yet one name: put before the analyst, never merged by it. Not with delmål apart, nor for a
    one-word title."""
    common = [M(t, reporter=r, delmal=("2.2",)) for t, r in (
        ("Høringsinnspill til ekspertutvalget for etter- og videreutdanning", "Unio"),
        ("Oppfølging av ekspertutvalget for etter- og videreutdanning", "Regjeringen"),
        ("Tilskudd til etter- og videreutdanning i kommunene", "KS"), ("Etter- og videreutdanning for lærere", "Unio"),
        ("Ekspertutvalg for digital kompetanse", "NHO"), ("Nytt ekspertutvalg om fagskolene", "KD"),
        ("Møte med ekspertutvalget om fagskolene", "NHO"), ("Innspill til ekspertutvalget om lærerutdanning", "YS"))]
    common += A_RUN  # five of 160 titles give "ekspertutvalget", no rare word
    pair = [M("Ekspertutvalget for etter- og videreutdanning", reporter="LO", year=2020, responsible=["LO"]),
            M("Ekspertutvalg om etter- og videreutdanning", reporter="KD", year=2018, responsible=["KD"])]
    assert levels(score(settings, gazetteer, pair + common + OTHERS))["title"].startswith("common/")
    assert suggestion(settings, gazetteer, pair + common + OTHERS) == "review"
    apart = [pair[0], M("Ekspertutvalg om etter- og videreutdanning", reporter="KD", year=2018, delmal=("3.1",))]
    assert suggestion(settings, gazetteer, apart + common + OTHERS) == "distinct"
    peers = [M("Fagbrev på jobb", reporter="Innlandet fylkeskommune", year=2020, delmal=("2.5",)),
             M("Fagbrev på jobb", reporter="Vestland fylkeskommune", year=2024, delmal=("2.5",))]
    assert suggestion(settings, gazetteer, peers + common + OTHERS) == "distinct"  # each county's own


def test_a_reporters_brand_of_one_word_covers_no_title_of_its_next_year(settings, gazetteer):
    """KS's "KS Læring" (its learning platform) and KS's "Teknologibasert læring på arbeidsplassen" the next year:
    without the reporter's name the first is one word, "læring", which the second holds; a name of KS's own, not
    the same measure renamed (match59). Never merged; "Kurs" / "Kurs for tillitsvalgte" as before."""
    pair = [M("KS Læring", reporter="KS", year=2018, delmal=("2.2",)),
            M("Teknologibasert læring på arbeidsplassen", reporter="KS", year=2019, delmal=("2.1", "2.2"))]
    assert suggestion(settings, gazetteer, pair + A_RUN) != "match"  # ("læring" in two titles of 152: a rare word)


def test_a_nynorsk_expansion_is_its_abbreviation_as_the_bokmal_one_is(gazetteer):
    """"Ekspertutvalet for etter- og vidareutdanning" (nynorsk) and "Ekspertutvalg om etter- og videreutdanning": both
    name EVU (match60); so "Kompetansebehovsutvalet" is KBU and "førebuande vaksenopplæring" FVO."""
    from tiltak.normalize.matching.records import _words_model

    words = _words_model(gazetteer).words
    assert "evu" in words("Ekspertutvalet for etter- og vidareutdanning") and "evu" in words("Ekspertutvalg om etter- og videreutdanning")
    assert words("Medlem av Kompetansebehovsutvalet") == words("Medlem av KBU")
    assert words("Forsøk med førebuande vaksenopplæring") == words("Forsøk med FVO")


def test_a_members_text_that_cites_its_measure_of_another_year_is_reviewed_not_merged(settings, gazetteer):
    """Spekter's letter of 2017 says it refers to Samfunnskontrakten; Spekter reports Samfunnskontrakten in 2018
    (match62's first contact merged them): the titles agree only through the text, so an analyst decides."""
    letter = M("Brev om lærlinger til alle medlemsvirksomhetene", reporter="Spekter", year=2017, delmal=("2.3",),
               type_="Informasjon", description="Administrerende direktør viser i brevet til Samfunnskontrakten for "
                                                "flere læreplasser og oppfordrer virksomhetene til å ta inn lærlinger.")
    contract = M("Samfunnskontrakten for flere læreplasser", reporter="Spekter", year=2018, delmal=("2.3",),
                 type_="Annet", description="Spekter er part i kontrakten.")
    assert levels(score(settings, gazetteer, [letter, contract, *OTHERS]))["title"].startswith("in_description")
    assert suggestion(settings, gazetteer, [letter, contract, *OTHERS]) == "review"


def test_a_name_alone_and_that_name_with_a_part_of_its_own_are_for_the_analyst(settings, gazetteer):
    """"Jobbsjansen" from the ministry, naming the union as a partner, and "Jobbsjansen ungdom" the
    union runs, naming the ministry: who takes part would merge them; a scheme and one of its parts may
    be one tiltak or two, so the analyst decides."""
    whole = M("Jobbsjansen", reporter="KD", year=2021, delmal=("3.4",), type_="Prosjekt", responsible=["KD"],
              partners=["IMDi", "Fagforbundet"])
    part = M("Jobbsjansen ungdom", reporter="Fagforbundet", year=2021, delmal=("3.4",), type_="Prosjekt",
             responsible=["Fagforbundet"], partners=["KD"])
    pair = score(settings, gazetteer, [whole, part, *OTHERS])
    assert levels(pair)["name"] == "and_part" and levels(pair)["organisations"].startswith("reciprocal")
    assert pair.score >= settings["thresholds"]["match"]  # all the rest would merge them
    assert suggestion(settings, gazetteer, [whole, part, *OTHERS]) == "review"
    # the name with only a common word more, the name saying more of itself after a dash, or the name
    # in a longer phrase: not a part of its own, merged as before
    for title in ("Jobbsjansen i kommunene", "Jobbsjansen i introduksjonsprogrammet", "Jobbsjansen – tilskudd",
                  "Jobbsjansen ved universiteter og høyskoler"):
        other = M(title, reporter="Fagforbundet", year=2021, delmal=("3.4",), type_="Prosjekt",
                  responsible=["Fagforbundet"], partners=["KD"])
        assert "name" not in levels(score(settings, gazetteer, [whole, other, *OTHERS, M("Kompetanse i kommunene")]))


def test_a_scheme_and_a_part_of_it_somewhat_alike_are_not_merged_by_naming_each_other(settings, gazetteer):
    """NHO's "Bransjeprogrammene – NHO-forbundenes deltakelse" names LO; Fellesforbundet's "Bransjeprogrammet
    for industri og bygg" names NHO: each names the other, the delmål agree, yet one is the scheme and the
    other one of its programmes, and their titles share only the scheme's name: the analyst decides."""
    scheme = M("Bransjeprogrammene – NHO-forbundenes deltakelse", reporter="NHO", year=2023, delmal=("2.1", "2.4"),
               type_="Kurs/utdanning", responsible=["NHO"], partners=["LO", "HK-dir"])
    branch = M("Bransjeprogrammet for industri og bygg", reporter="LO", year=2023, delmal=("2.1", "2.4"),
               type_="Kurs/utdanning", responsible=["Fellesforbundet"], partners=["NHO", "HK-dir"])
    # the scheme in other members' rows, as in a year's reports: its name is a common word there
    others = [M(t, reporter="Virke") for t in (
        "Bransjeprogram for varehandel", "Bransjeprogram for kommunal helse- og omsorgssektor",
        "Forvaltning av tilskudd til bransjeprogrammene", "Bransjeprogram for kompetanseutvikling",
        "Bransjeprogrammene (trepartssamarbeid)")]
    pair = score(settings, gazetteer, [scheme, branch, *others, *OTHERS])
    assert levels(pair)["scheme"] == "part" and levels(pair)["title"] in ("medium", "low")
    assert pair.score >= settings["thresholds"]["match"]  # all the rest would merge them
    assert suggestion(settings, gazetteer, [scheme, branch, *others, *OTHERS]) == "review"
    # the same programme in the scheme's words and its own, as like as that: merged as before
    same = M("Bransjeprogrammet for industri og bygg – Fellesforbundets kurs", reporter="LO", year=2024,
             delmal=("2.1", "2.4"), type_="Kurs/utdanning", responsible=["Fellesforbundet"], partners=["NHO"])
    assert suggestion(settings, gazetteer, [branch, same, *others, *OTHERS]) == "match"


def test_a_part_whose_title_covers_the_schemes_is_not_merged_by_naming_each_other(settings, gazetteer):
    """The scheme by its plural name from one union ("Bransjeprogrammene", naming NHO) and an employer's own
    programme ("Bransjeprogram for bygg og anlegg", naming the union): the part's title covers the scheme's
    word, and only who names whom carries them over the match threshold; one blind writer labels them one
    tiltak, another two: the analyst decides. A part told without "for" ("Bransjeprogram bygg og anlegg")
    opens with the scheme just the same."""
    from tiltak.normalize.matching.titles import scheme_name

    assert scheme_name("Bransjeprogram bygg og anlegg") == scheme_name("Bransjeprogram for bygg og anlegg") == "bransjeprogram"
    assert scheme_name("Bransjeprogram Nord") == ""  # (a name in capitals after it is the name's own)
    scheme = M("Bransjeprogrammene", reporter="Fellesforbundet", year=2022, delmal=("2.1",),
               type_="Råd/utvalg/nettverk", responsible=["Fellesforbundet"], partners=["NHO", "HK-dir"])
    branch = M("Bransjeprogram for bygg og anlegg", reporter="NHO", year=2022, delmal=("2.1",),
               type_="Råd/utvalg/nettverk", responsible=["NHO"], partners=["Fellesforbundet"])
    others = [M(t, reporter="Virke") for t in (
        "Bransjeprogram for varehandel", "Bransjeprogram for kommunal helse- og omsorgssektor",
        "Forvaltning av tilskudd til bransjeprogrammene", "Bransjeprogram for kompetanseutvikling")]
    pair = score(settings, gazetteer, [scheme, branch, *others, *OTHERS])
    assert levels(pair)["scheme"] == "part" and levels(pair)["title"].startswith("covered/")
    assert levels(pair)["organisations"] in ("reciprocal", "reciprocal_member")
    assert pair.score >= settings["thresholds"]["match"]  # all the rest would merge them
    assert suggestion(settings, gazetteer, [scheme, branch, *others, *OTHERS]) == "review"
    # named through a body of its own (NHO names LO's Fellesforbundet, LO names NHO): the same
    lo = scheme.model_copy(update={"reporter": "LO", "responsible": ["LO"]})
    via = branch.model_copy(update={"partners": ["Fellesforbundet"]})
    assert levels(score(settings, gazetteer, [lo, via, *others, *OTHERS]))["organisations"] == "reciprocal_member"
    assert suggestion(settings, gazetteer, [lo, via, *others, *OTHERS]) == "review"
    # the same member's programme the next year, its title the same: merged as before
    again = M("Bransjeprogram bygg og anlegg", reporter="NHO", year=2023, delmal=("2.1",),
              type_="Råd/utvalg/nettverk", responsible=["NHO"], partners=["Fellesforbundet"])
    assert suggestion(settings, gazetteer, [branch, again, *others, *OTHERS]) == "match"


def test_one_institutions_council_and_the_councils_at_large_are_reviewed_not_merged(settings, gazetteer):
    """One member's "Rådet for samarbeid med arbeidslivet ved OsloMet" names where it runs; its "Råd for
    samarbeid med arbeidslivet" the councils at every university (the blind writer labels them apart, and
    could as well have joined them): an analyst decides. Both at the same institution: as before (and
    from two members, see the test of "… ved Høgskolen i Innlandet")."""
    wide = M("Deltakelse i Råd for samarbeid med arbeidslivet", reporter="Unio", year=2022, delmal=("1.4",),
             type_="Råd/utvalg/nettverk", responsible=["Unio"])
    one = M("Rådet for samarbeid med arbeidslivet ved OsloMet", reporter="Unio", year=2023, delmal=("1.4",),
            type_="Råd/utvalg/nettverk", responsible=["Unio"])
    pair = score(settings, gazetteer, [wide, one, *OTHERS])
    assert levels(pair)["region"] == "one_site"
    assert suggestion(settings, gazetteer, [wide, one, *OTHERS]) == "review"
    again = M("Råd for samarbeid med arbeidslivet ved OsloMet", reporter="Unio", year=2024, delmal=("1.4",),
              type_="Råd/utvalg/nettverk", responsible=["Unio"])
    assert levels(score(settings, gazetteer, [one, again, *OTHERS]))["region"] == "none"
    assert suggestion(settings, gazetteer, [one, again, *OTHERS]) == "match"
