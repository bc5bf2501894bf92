"""Matching: title words, hard negatives, paraphrases, clusters with cannot-links, stable ids."""

import csv

import pytest

from conftest import SAMPLES
from tiltak.normalize.config import load_config
from tiltak.normalize.matching import match
from tiltak.normalize.matching.clusters import cluster, stable_ids
from tiltak.normalize.matching.review import Decision
from tiltak.normalize.models import Measure


@pytest.fixture(scope="module")
def settings():
    return load_config().settings["matching"]


def M(title, reporter="Regjeringen", year=2018, delmal=("1.2",), type_="Råd/utvalg/nettverk", responsible=("Regjeringen",),
      partners=(), doc=None, period=None, n=[0]):
    n[0] += 1
    return Measure(measure_id=f"m{n[0]}", source_file=f"{doc or n[0]}.docx", source_sha256=doc or f"sha{n[0]}",
                   layout="row_table", reporter=reporter, report_year=year, title=title, delmal=list(delmal),
                   omrade=[int(delmal[0][0])] if delmal else [], type=type_, responsible=list(responsible),
                   partners=list(partners), period=period)


def test_title_words(gazetteer):
    from tiltak.normalize.matching.records import _words_model

    words = _words_model(gazetteer).words
    assert words("Deltakelse i Råd for samarbeid med arbeidslivet (RSA)") == ("rsa",)
    assert words("Unios deltakelse i RSA", "Unio") == ("rsa",)
    assert words("Deltakelse i universitets- og høyskolerådets (UHR) fagstrategiske enheter") == ("uhr", "fagstrategiske", "enheter")
    assert words("Arrangere en konferanse for LOs tillitsvalgte") == ("arrangere", "konferanse", "lo", "tillitsvalgte")
    assert words("Sørøst-Norge og Ålesund") == ("sørøst", "norge", "ålesund")  # æøå kept


def _suggestions(measures, settings, gazetteer, decisions=()):
    result = match(measures, settings, gazetteer, list(decisions))
    return result, {(measures[p.left].title, measures[p.right].title): result.suggestions[(p.left, p.right)]
                    for p in result.pairs}


def matrix_rows(numbers):
    with open(SAMPLES / "source" / "matrix_2018.csv", encoding="utf-8") as fh:
        rows = {int(r["row"]): r for r in csv.DictReader(fh)}
    return [rows[n] for n in numbers]


@pytest.mark.parametrize("numbers", [[3, 4, 5, 6, 7], [10, 11, 12], [94, 95], [80, 81, 82, 83, 84, 85]])
def test_hard_negatives_are_never_merged(settings, gazetteer, numbers):
    """Rows that look alike in the real matrix, each given by two reports (so nothing is capped as same-document)."""
    from tiltak.normalize.measures import Normalizer
    from tiltak.normalize.types import map_type

    norm = Normalizer()
    measures = []
    for doc in ("a", "b"):
        for r in matrix_rows(numbers):
            responsible, _ = norm.gazetteer.split_entry(r["ansvarlig"])
            partners, _ = norm.gazetteer.split_entry(r["samarbeidspartnere"])
            measures.append(M(r["tiltak"], reporter="Kompetanse Norge" if doc == "a" else responsible[0],
                              delmal=(r["delmal"],), type_=map_type(r["type"], norm.ref), responsible=responsible,
                              partners=partners, doc=doc))
    result, _ = _suggestions(measures, settings, gazetteer)
    for p in result.pairs:
        a, b = measures[p.left], measures[p.right]
        if a.title != b.title:
            assert result.suggestions[(p.left, p.right)] != "match", (a.title, b.title, [str(x) for x in p.parts])
    assert len(set(result.cluster_ids)) == len(numbers)


def test_the_same_council_in_other_words_is_merged(settings, gazetteer):
    partners = ["Unio", "Virke", "Spekter", "KS", "LO", "NHO", "KMD"]
    measures = [
        M("Deltakelse i yrkesopplæringsnemndene (SRY)", reporter="Spekter", delmal=("1.4",), responsible=["Partene"], partners=partners),
        M("NHOs representasjon i Samarbeidsrådet for yrkesopplæring og yrkesopplæringsnemndene", reporter="NHO",
          delmal=("1.4",), responsible=["Partene"], partners=partners),
        M("Vi deltar i yrkesopplæringsnemndene og i Samarbeidsrådet for yrkesopplæring (SRY)", reporter="Unio",
          delmal=("1.4",), responsible=["Partene"], partners=partners),
    ]
    result, _ = _suggestions(measures, settings, gazetteer)
    assert len(set(result.cluster_ids)) == 1


def test_same_document_rows_are_at_most_for_review(settings, gazetteer):
    a = M("Kompetansebehovsutvalget", doc="one")
    b = M("Kompetansebehovsutvalget (KBU)", doc="one")
    result, s = _suggestions([a, b], settings, gazetteer)
    assert list(s.values()) == ["review"] and len(set(result.cluster_ids)) == 2


def test_decisions_win_over_scores(settings, gazetteer):
    a, b = M("Kompetansebehovsutvalget"), M("Kompetansebehovsutvalget (KBU)")
    c = M("Ekspertutvalg om etter- og videreutdanning", delmal=("2.2",))
    keys = match([a, b, c], settings, gazetteer, []).keys
    assert len(set(match([a, b, c], settings, gazetteer, []).cluster_ids)) == 2
    no = Decision(keys[0], keys[1], "distinct", "review.csv", 2)
    yes = Decision(keys[0], keys[2], "match", "review.csv", 3)
    result = match([a, b, c], settings, gazetteer, [no, yes])
    ids = result.cluster_ids
    assert ids[0] != ids[1] and ids[0] == ids[2]
    assert {r["decision"] for r in result.review_rows} >= {"distinct", "match"}


def test_cannot_link_splits_a_chain_at_its_weakest_link():
    labels, splits = cluster(4, edges=[(0, 1, 0.99), (1, 2, 0.85), (2, 3, 0.97)], must=[], cannot=[(0, 3)])
    assert labels[0] == labels[1] and labels[2] == labels[3] and labels[0] != labels[2]
    assert splits[0].removed == [(1, 2, 0.85)] and not splits[0].conflict


def test_cannot_link_against_the_analysts_own_matches_is_a_conflict():
    labels, splits = cluster(3, edges=[], must=[(0, 1), (1, 2)], cannot=[(0, 2)])
    assert splits[0].conflict and len(set(labels)) == 1


def test_cluster_ids_are_stable():
    keys = ["k1", "k2", "k3"]
    first = stable_ids([0, 0, 1], keys, {})
    assert first == stable_ids([0, 0, 1], keys, {})
    previous = dict(zip(keys, first))
    # A new report adds a measure whose key sorts first and joins the first cluster: ids stay.
    grown = stable_ids([0, 0, 0, 1], ["k0", "k1", "k2", "k3"], previous)
    assert grown[1:] == first
    # The first cluster splits: the larger part keeps the id, the other gets a new one.
    split = stable_ids([0, 0, 1, 2], ["k1", "k2", "k9", "k3"], previous | {"k9": first[0]})
    assert split[0] == first[0] and split[2] != first[0] and split[3] == first[2]


def test_crowded_titles_keep_only_their_most_similar_candidates():
    import numpy as np

    from tiltak.normalize.matching.candidates import _top_per_row

    scores = np.array([[0, 90, 80, 70], [90, 0, 60, 50], [80, 60, 0, 0], [70, 50, 0, 0]], dtype=np.uint8)
    keep = _top_per_row(scores, 1)
    rows, cols = np.nonzero(np.triu(keep | keep.T, k=1))
    assert list(zip(rows.tolist(), cols.tolist())) == [(0, 1), (0, 2), (0, 3)]
    assert _top_per_row(scores, 3).sum() == (scores > 0).sum()  # nobody over the cap: all kept


def test_matching_that_runs_out_of_time_says_how_far_it_got(settings, gazetteer):
    import copy

    from tiltak.normalize.matching import match
    from tiltak.normalize.models import Measure

    quick = copy.deepcopy(settings)
    quick["candidates"]["max_seconds"] = 0.0
    measures = [Measure(measure_id=f"q{i}", source_file=f"r{i}.docx", source_sha256=f"s{i}", layout="row_table",
                        reporter="LO", report_year=2019, title=f"Kurs for tillitsvalgte i region {i}", delmal=["2.2"],
                        omrade=[2]) for i in range(300)]
    result = match(measures, quick, gazetteer, [])
    assert result.stats["scored_pairs"] == 4999 < result.stats["candidate_pairs"]
    assert any(w.startswith("matching stopped after 0 s with 4,999 of ") for w in result.warnings)


# Probes from the mutation run (benchmarks/mutation.py): the title measures, one rule each.

def _tfidf():
    from tiltak.normalize.matching.titles import SoftTfIdf

    titles = [("kurs", "ledere"), ("kurs", "lærere"), ("kurs", "digital", "kompetanse"),
              ("samfunnskontrakt", "læreplasser"), ("oppfølging", "samfunnskontrakt", "flere", "læreplasser", "kommunene"),
              *[(f"tema{i}", "kompetanse") for i in range(30)]]
    return SoftTfIdf(titles, 85, frozenset({"kbu"}))


def test_a_compound_of_eight_letters_is_recomposed():
    from tiltak.normalize.matching.titles import recompose

    assert recompose(("nettkurs",), ("kurs", "nettet")) == ("nettkurs",)  # "kurs på nettet" is a nettkurs
    assert recompose(("kurs",), ("kurs", "nettet")) == ("kurs", "nettet")


def test_a_word_and_a_longer_compound_of_it_are_alike_by_how_much_is_added():
    from tiltak.normalize.matching.titles import word_similarity

    assert word_similarity("digitalisering", "digitaliseringen", 85) == 0.9  # an ending
    assert word_similarity("utdanning", "utdanningsløp", 85) == 0.9  # four letters more
    assert word_similarity("nettverk", "nettverksmøte", 85) == 0.6  # a meeting of the network is narrower


def test_a_title_of_common_words_only_is_not_informative():
    t = _tfidf()
    assert not t.informative(t.vector(("kompetanse",)))
    assert t.informative(t.vector(("kurs", "digital", "kompetanse")))


def test_a_short_title_of_two_words_is_covered_by_a_longer_one_holding_both():
    t = _tfidf()
    short, long_ = ("samfunnskontrakt", "læreplasser"), ("oppfølging", "samfunnskontrakt", "flere", "læreplasser", "kommunene")
    assert t.coverage(t.vector(short), t.vector(long_), "no") == 1.0


def test_a_description_holds_a_known_name_but_not_a_common_word_alone():
    t = _tfidf()
    description = t.vector(("ks", "deltar", "kbu", "kurs", "ledere"))
    assert t.covered(t.vector(("kbu",)), description, 3) == 1.0
    assert t.covered(t.vector(("kurs",)), description, 3) == 0.0


def test_nothing_is_like_an_empty_title():
    t = _tfidf()
    some = t.vector(("kurs", "ledere"))
    assert t.coverage({}, some) == 0.0 and t.similarity({}, some) == 0.0 and t.covered({}, some) == 0.0


def test_county_councils_are_peers_but_all_of_them_together_are_not(gazetteer):
    from tiltak.normalize.matching.records import _peer_kinds

    assert _peer_kinds(gazetteer, ["Viken fylkeskommune"]) == {"county"}
    assert _peer_kinds(gazetteer, ["fylkeskommunene"]) == frozenset()  # every county: a group, no one county
    assert _peer_kinds(gazetteer, ["Viken fylkeskommune", "NAV"]) == frozenset()


def test_events_are_named_by_the_strong_words_of_the_type_arrangement():
    from tiltak.normalize.matching.records import _event_stems

    events = _event_stems()
    assert all(events.search(w) for w in ["konferansen", "fagseminaret", "møteplassen"])
    assert not any(events.search(w) for w in ["rapport", "kurs", "prosjekt", "utredning"])


def test_review_rows_show_both_measures_types(settings, gazetteer):
    a = M("Kompetanseforum for ledere", reporter="KS", type_="Kurs/utdanning")
    b = M("Kompetanseforum for ledere", reporter="NHO", type_="Arrangement", doc="x")
    a.description = "Et forum for ledere i kommunene."
    rows = match([a, b], settings, gazetteer, []).review_rows
    assert {(r["left_type"], r["right_type"]) for r in rows} <= {("Kurs/utdanning", "Arrangement"),
                                                                 ("Arrangement", "Kurs/utdanning")}
    assert rows and {r["left_description"] + r["right_description"] for r in rows} == {"Et forum for ledere i kommunene."}


def test_a_rerun_over_the_same_measures_takes_the_matching_state_from_the_cache(settings, gazetteer, tmp_path,
                                                                                  monkeypatch):
    import tiltak.normalize.matching as matching
    from tiltak.extract.batch import Cache

    measures = [M("Kompetanseforum for ledere", reporter="KS"), M("Kompetanseforum for ledere", reporter="NHO", doc="x"),
                M("Kurs i arbeidsmiljø", reporter="LO", doc="y")]
    cache = Cache(tmp_path)
    first = match(measures, settings, gazetteer, [], cache=cache, version="v1")
    assert list(tmp_path.rglob("matching-*.pickle"))

    def fail(*_a, **_k):
        raise AssertionError("scored again")

    monkeypatch.setattr(matching, "records_for", fail)
    monkeypatch.setattr(matching, "_score_within", fail)
    again = match(measures, settings, gazetteer, [], cache=cache, version="v1")
    assert again.cluster_ids == first.cluster_ids and again.review_rows == first.review_rows
    assert [(p.left, p.right, p.score, [str(x) for x in p.parts]) for p in again.pairs] == \
        [(p.left, p.right, p.score, [str(x) for x in p.parts]) for p in first.pairs]
    monkeypatch.undo()
    other = match(measures, settings, gazetteer, [], cache=cache, version="v2")  # other code or settings: scored again
    assert other.cluster_ids == first.cluster_ids


def test_scoring_shared_among_processes_gives_the_serial_result(settings, gazetteer, monkeypatch):
    import tiltak.normalize.matching.scoring as scoring

    titles = ["Kompetanseforum for ledere", "Kurs i arbeidsmiljø", "Kompetanseforum for lærere", "Kurs for ledere",
              "Konferanse om livslang læring", "Kurs i arbeidsmiljø og ledelse"]
    measures = [M(t, reporter=r, doc=f"{r}{i}") for i, t in enumerate(titles) for r in ("KS", "LO", "NHO")]
    serial = match(measures, settings, gazetteer, [])
    monkeypatch.setattr(scoring, "PARALLEL_FROM", 2)
    monkeypatch.setattr("threading.active_count", lambda: 1)  # the test runner's own threads hold no lock we need
    forked = []
    real = scoring._score_forked
    monkeypatch.setattr(scoring, "_score_forked", lambda *a: forked.append(real(*a)) or forked[-1])
    shared = match(measures, settings, gazetteer, [], workers=2)
    assert forked and forked[0] is not None  # the slices were scored in forked processes
    assert [(p.left, p.right, p.score, [str(x) for x in p.parts]) for p in shared.pairs] == \
        [(p.left, p.right, p.score, [str(x) for x in p.parts]) for p in serial.pairs]
    assert shared.cluster_ids == serial.cluster_ids and shared.review_rows == serial.review_rows


def test_records_built_in_forked_slices_are_the_serial_ones(settings, gazetteer, monkeypatch):
    import tiltak.normalize.matching.records as records

    titles = ["Kompetanseforum for ledere", "Kurs i arbeidsmiljø", "Nasjonalt forum for karriereveiledning", "NFK",
              "Konferanse om livslang læring", "Kurs i arbeidsmiljø og ledelse (tidligere Lederkurs)"]
    measures = [M(t, reporter=r, doc=f"{r}{i}") for i, t in enumerate(titles) for r in ("KS", "LO", "NHO")]
    serial, _ = records.records_for(measures, gazetteer, settings)
    monkeypatch.setattr(records, "PARALLEL_FROM", 2)
    monkeypatch.setattr("threading.active_count", lambda: 1)  # the test runner's own threads hold no lock we need
    sliced = []
    real = records._in_slices
    monkeypatch.setattr(records, "_in_slices", lambda *a: sliced.append(a[1:]) or real(*a))
    shared, _ = records.records_for(measures, gazetteer, settings, workers=2)
    assert sliced == [(len(measures), 2), (len(measures), 2)]  # title words and records, each shared
    assert shared == serial


def test_matching_pauses_the_cycle_collector_and_restores_it(settings, gazetteer, monkeypatch):
    import gc

    import tiltak.normalize.matching as matching

    seen = []
    real = matching.records_for
    monkeypatch.setattr(matching, "records_for", lambda *a, **k: seen.append(gc.isenabled()) or real(*a, **k))
    measures = [M("Kurs i arbeidsmiljø"), M("Kurs i arbeidsmiljø og ledelse", reporter="LO")]
    assert gc.isenabled()
    match(measures, settings, gazetteer, [])
    assert seen == [False] and gc.isenabled()

    def fail(*a, **k):
        raise RuntimeError("broken")
    monkeypatch.setattr(matching, "records_for", fail)
    with pytest.raises(RuntimeError):
        match(measures, settings, gazetteer, [])
    assert gc.isenabled()  # on again after a failure too
    gc.disable()
    try:
        monkeypatch.setattr(matching, "records_for", real)
        match(measures, settings, gazetteer, [])
        assert not gc.isenabled()  # a caller that had it off keeps it off
    finally:
        gc.enable()


def test_the_content_key_tells_reporters_years_titles_and_delmal_apart():
    from tiltak.normalize.matching import content_key

    key = content_key("LO", 2019, "Kurs for tillitsvalgte", ["1.2"])
    assert key == content_key("LO", 2019, "Kurs  for Tillitsvalgte", ["1.2"])  # the same words, folded
    assert len({key, content_key("NHO", 2019, "Kurs for tillitsvalgte", ["1.2"]),
                content_key("LO", 2020, "Kurs for tillitsvalgte", ["1.2"]),
                content_key("LO", 2019, "Kurs for tillitsvalgte", ["2.2"])}) == 4


def test_two_different_decisions_on_one_pair_are_a_warning_and_the_later_wins(settings, gazetteer):
    a, b = M("Kompetanseforum for ledere", reporter="KS"), M("Kompetanseforum for ledere", reporter="NHO", doc="x")
    keys = match([a, b], settings, gazetteer, []).keys
    same = match([a, b], settings, gazetteer, [Decision(keys[0], keys[1], "distinct", "review.csv", 2),
                                               Decision(keys[0], keys[1], "distinct", "review.xlsx", 3)])
    assert not [w for w in same.warnings if "says" in w]
    differ = match([a, b], settings, gazetteer, [Decision(keys[0], keys[1], "distinct", "review.csv", 2),
                                                 Decision(keys[0], keys[1], "match", "review.xlsx", 3)])
    assert [w for w in differ.warnings if "review.xlsx row 3 says match where review.csv row 2 said distinct" in w]
    assert len(set(differ.cluster_ids)) == 1


def test_a_word_and_itself_with_an_ending_from_six_letters():
    from tiltak.normalize.matching.titles import word_similarity

    assert word_similarity("ledere", "lederes", 85) == 0.9


def test_the_words_found_alike_in_bulk_hold_every_pair_the_word_comparison_finds_alike():
    """The bulk look-up only saves time: every pair `word_similarity` scores above 0 is in it."""
    from itertools import permutations

    from tiltak.normalize.matching.titles import alike_words, word_similarity

    words = ["digitalisering", "digitaliseringen", "kampanje", "omdømmekampanje", "kampanjen", "nettverk",
             "nettverksmøte", "deltakelse", "deltagelse", "utdanning", "utdanningsløp", "kompetansepluss",
             "kompetanseplussordningene", "forum", "karriereforum", "kurs", "lederkurs", "fagbrev", "fagbrevet",
             "2019", "2020", "kbu", "rsa", "opplæring", "opplæringen", "voksenopplæring", "tillitsvalgte"]
    alike = alike_words(words, 85)
    found = {(a, b) for a, b in permutations(words, 2) if word_similarity(a, b, 85) > 0}
    assert found and all(b in alike[a] for a, b in found)
    assert "kurs" not in alike["lederkurs"] and "2020" not in alike["2019"]  # not everything: then it saves nothing


def test_a_one_word_title_of_a_common_word_covers_its_members_title_next_year_only_at_its_head(settings, gazetteer):
    """A member's one-word title the year before ("Lærlinger") and this year's longer one that opens with it
    ("Lærlinger i varehandelen") are put together; a word many titles give, inside another title
    ("KS Læring" / "Teknologibasert læring på arbeidsplassen"), covers nothing (the stop-45 review)."""
    common = [M(t, reporter=r, year=2019, delmal=("2.2",), responsible=(r,)) for t, r in [
        ("Læring i arbeidslivet – konferanse", "LO"), ("Digital læring for ledere", "NHO"), ("Læring på jobben", "YS"),
        ("Lærlinger i helse", "Spekter"), ("Flere lærlinger i staten", "Unio")]]
    ms = [M("Lærlinger", reporter="Virke", year=2019, delmal=("2.3",), type_="Informasjon", responsible=("Virke",)),
          M("Lærlinger i varehandelen", reporter="Virke", year=2020, delmal=("2.3",), type_="Informasjon", responsible=("Virke",)),
          M("KS Læring", reporter="KS", year=2018, delmal=("2.2",), type_="Informasjon", responsible=("KS",)),
          M("Teknologibasert læring på arbeidsplassen", reporter="KS", year=2019, delmal=("2.2",), type_="Informasjon",
            responsible=("KS",)), *common]
    _, got = _suggestions(ms, settings, gazetteer)
    assert got.get(("Lærlinger", "Lærlinger i varehandelen")) in ("match", "review")
    assert got.get(("KS Læring", "Teknologibasert læring på arbeidsplassen"), "distinct") == "distinct"


def test_two_social_partners_own_courses_for_their_shop_stewards_stay_apart(settings, gazetteer):
    """YS's and Akademikerne's courses for their own shop stewards, alike in name, each run by its
    reporter: two measures (match51); one member's course next year is its own again."""
    ms = [M("Kompetansekurs for tillitsvalgte", reporter="YS", year=2019, delmal=("2.2",), type_="Kurs/utdanning",
            responsible=("YS",), partners=("YS-forbundene",)),
          M("Kurs for tillitsvalgte om kompetanseplaner", reporter="Akademikerne", year=2019, delmal=("2.2",),
            type_="Kurs/utdanning", responsible=("Akademikerne",), partners=("medlemsforeningene",)),
          M("Kompetansekurs for tillitsvalgte i YS-forbundene", reporter="YS", year=2020, delmal=("2.2",),
            type_="Kurs/utdanning", responsible=("YS",), partners=("YS-forbundene",))]
    _, got = _suggestions(ms, settings, gazetteer)
    assert got.get(("Kompetansekurs for tillitsvalgte", "Kurs for tillitsvalgte om kompetanseplaner"), "distinct") == "distinct"
    assert got.get(("Kompetansekurs for tillitsvalgte", "Kompetansekurs for tillitsvalgte i YS-forbundene")) == "match"


def test_a_report_with_a_name_of_its_own_in_quotes_is_put_to_the_analyst_against_another_measure(settings, gazetteer):
    """Unio's "Rapport: «Tid og penger til EVU» – …" (2023) and its follow-up of a financing study (2020),
    whose text names the subject: never merged on their own (match51), reviewed at most."""
    ms = [M("Oppfølging av utredningen om finansiering av EVU", reporter="Unio", year=2020, delmal=("2.2",), type_="FoU",
            responsible=("Unio",)),
          M("Rapport: «Tid og penger til EVU» – resultater fra medlemsundersøkelsen", reporter="Unio", year=2021,
            delmal=("2.2",), type_="FoU", responsible=("Unio",)).model_copy(update={
                "description": "Rapporten følger opp utredningen om finansiering av EVU med en medlemsundersøkelse."})]
    _, got = _suggestions(ms, settings, gazetteer)
    assert got.get((ms[0].title, ms[1].title), "distinct") in ("review", "distinct")


def test_a_partners_course_run_with_its_own_member_bodies_is_still_its_own(settings, gazetteer):
    """LO's course for its shop stewards and Akademikerne's, run by Akademikerne with a member association of
    its own ("Akademikerne/Econa"): each partner's own course, never merged (match53)."""
    ms = [M("Kompetansekurs for tillitsvalgte", reporter="LO", year=2023, delmal=("2.2",), type_="Kurs/utdanning",
            responsible=("LO",), partners=("AOF Norge",)),
          M("Kurs for tillitsvalgte om kompetanseutvikling", reporter="Akademikerne", year=2023, delmal=("2.2",),
            type_="Kurs/utdanning", responsible=("Akademikerne", "Econa"))]
    _, got = _suggestions(ms, settings, gazetteer)
    assert got.get((ms[0].title, ms[1].title), "distinct") == "distinct"


def _levels(ms, gazetteer, pairs):
    """Each comparison's level for the given pairs of `ms` (by index)."""
    from tiltak.normalize.matching.compare import Comparator
    from tiltak.normalize.matching.records import records_for

    settings = load_config().settings["matching"]
    records, tfidf = records_for(ms, gazetteer, settings, [frozenset([m.source_sha256]) for m in ms], 1)
    comparator = Comparator(settings, tfidf)
    return [{p.name: p.level for p in comparator.score(records[i], records[j]).parts} for i, j in pairs]


def test_a_members_part_in_a_programme_is_typed_by_its_role_not_against_the_programmes_type(gazetteer):
    """Virke's "deltakelse i bransjeprogrammene" (typed as a council seat) against NHO's row on the programmes
    (typed as courses): a member's part is typed by its role, so the types differing is no evidence against
    (match53); two measures of their own typed apart are."""
    ms = [M("Virkes deltakelse i bransjeprogrammene", reporter="Virke", year=2022, delmal=("2.4",),
            type_="Råd/utvalg/nettverk", responsible=("Virke",)),
          M("Bransjeprogrammene", reporter="NHO", year=2022, delmal=(), type_="Kurs/utdanning", responsible=("KD",)),
          M("Bransjeråd for varehandelen", reporter="Virke", year=2022, delmal=("2.4",), type_="Råd/utvalg/nettverk",
            responsible=("Virke",))]
    ms.append(M("Deltakerundersøkelse i bransjeprogrammene", reporter="Virke", year=2022, delmal=("2.4",), type_="FoU",
                responsible=("Virke",)))  # a survey of the participants: a measure of its own, not a part
    part, own, survey = _levels(ms, gazetteer, [(0, 1), (2, 1), (3, 1)])
    assert (part["type"], own["type"], survey["type"]) == ("missing", "different", "different")


def test_a_county_and_the_county_that_took_over_from_it_are_one_body(gazetteer):
    """Sogn og Fjordane (2017) and Vestland (2021), which took it over in 2020: no two counties' own measures,
    and titles naming each are no other county's; Hordaland and Sogn og Fjordane stay two counties."""
    from tiltak.normalize.orgs import succeeds

    assert succeeds("Vestland fylkeskommune", "Sogn og Fjordane fylkeskommune") and succeeds("Akershus", "Viken")
    assert not succeeds("Hordaland fylkeskommune", "Sogn og Fjordane fylkeskommune")
    ms = [M("Karrieresenteret i Sogn og Fjordane", reporter="Sogn og Fjordane fylkeskommune", year=2017, delmal=("1.3",),
            type_="Informasjon", responsible=("Sogn og Fjordane fylkeskommune",)),
          M("Karriere Vestland", reporter="Vestland fylkeskommune", year=2021, delmal=("1.3",), type_="Informasjon",
            responsible=("Vestland fylkeskommune",)),
          M("Karrieresenteret i Hordaland", reporter="Hordaland fylkeskommune", year=2017, delmal=("1.3",),
            type_="Informasjon", responsible=("Hordaland fylkeskommune",))]
    after, beside = _levels(ms, gazetteer, [(0, 1), (0, 2)])
    assert after["organisations"] != "separate_peers" and after["region"] == "successor"
    assert beside["organisations"] == "separate_peers" and beside["region"] == "other"


def test_counties_split_or_merged_are_put_to_the_analyst_never_merged_through_their_successor(settings, gazetteer):
    """Viken's career centre (2022) and those of Akershus and Buskerud (2024), two of the counties Viken was
    split into: each may continue Viken's, but the two are different counties' own; no automatic merge may
    join them through Viken (review of stop 46)."""
    ms = [M(f"Karriere {place} – karriereveiledning for voksne", reporter=f"{place} fylkeskommune", year=year,
            delmal=("1.3",), type_="Informasjon", responsible=(f"{place} fylkeskommune",))
          for place, year in (("Viken", 2022), ("Akershus", 2024), ("Buskerud", 2024))]
    result, got = _suggestions(ms, settings, gazetteer)
    assert "match" not in got.values()
    assert len(set(result.cluster_ids)) == 3


def test_a_members_input_to_a_reform_is_put_to_the_analyst_never_merged(settings, gazetteer):
    """LO's "Innspill til kompetansereformen" and the ministry's reform: four blind sets label a member's input
    apart from the measure, five label them one (stop 46): reviewed, never merged. Two members' inputs are
    alike as any two rows."""
    ms = [M("Kompetansereformen Lære hele livet", reporter="Regjeringen", year=2019, delmal=("2.2",), type_="Annet",
            responsible=("KD",)),
          M("Innspill til kompetansereformen Lære hele livet", reporter="LO", year=2019, delmal=("2.2",), type_="Annet",
            responsible=("LO",), partners=("KD",))]
    _, got = _suggestions(ms, settings, gazetteer)
    assert got.get((ms[0].title, ms[1].title)) == "review"
