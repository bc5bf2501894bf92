"""The analyst's round trip, end to end from the CLI: run, decide in the review file, run again."""

import shutil

import pandas as pd
import pytest
from click.testing import CliRunner

from benchmarks.labels import pairwise, truth
from conftest import SAMPLES
from tiltak.pipeline import main
from test_e2e_matrix import PER_DELMAL, TYPE_AREA


def tiltak_run(reports, out, *args):
    result = CliRunner().invoke(main, ["run", str(reports), "--out", str(out), "--quiet", *args])
    assert result.exit_code == 0, result.output
    return result


def review(out):
    return pd.read_csv(out / "match_review.csv", sep=";", encoding="utf-8-sig", dtype=str, keep_default_na=False)


def decide_from_labels(out, sep=","):
    """Fill every decision as an analyst who knows the answer would; save it as Excel might."""
    measures = pd.read_parquet(out / "measures.parquet")
    labels = truth(measures)
    rv = review(out)
    rv["decision"] = ["ja" if labels[a] == labels[b] else "Nei" for a, b in zip(rv.left_measure_id, rv.right_measure_id)]
    rv["merknad"] = "sett"
    rv.sample(frac=1, random_state=3).to_csv(out / "match_review.csv", sep=sep, index=False, encoding="utf-8")
    return rv


@pytest.fixture(scope="module")
def decided(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    tiltak_run(SAMPLES / "2018", out)
    before = pd.read_parquet(out / "measures.parquet")
    first_review = review(out)
    filled = decide_from_labels(out)
    tiltak_run(SAMPLES / "2018", out)
    return out, before, first_review, filled


def test_automatic_matching_merges_no_distinct_measures(decided):
    _, before, first_review, _ = decided
    scores = pairwise(truth(before), dict(zip(before.measure_id, before.cluster_id)))
    assert scores["precision"] == 1.0 and scores["f1"] >= 0.95
    assert (first_review.suggestion == "review").sum() <= 30


def test_after_the_analysts_decisions_the_published_figures(decided):
    out, *_ = decided
    tiltak = pd.read_parquet(out / "tiltak.parquet")
    assert len(tiltak) == 129
    delmal = pd.read_csv(out / "summary_delmal.csv")
    assert dict(zip(delmal.delmal.astype(str), delmal.measures)) == PER_DELMAL
    types = pd.read_csv(out / "summary_type_omrade.csv").set_index("type")
    for type_, (a1, a2, a3, total) in TYPE_AREA.items():
        assert tuple(types.loc[type_, ["omrade_1", "omrade_2", "omrade_3", "total"]]) == (a1, a2, a3, total)
    kbu = tiltak[tiltak.title.str.contains("Kompetansebehovsutvalget")].iloc[0]
    assert set(kbu.reporters) == {"LO", "NHO", "Regjeringen"} and kbu.n_measures == 3


def test_every_decision_is_still_in_the_file(decided):
    out, _, _, filled = decided
    again = review(out).set_index("pair_id")
    for _, row in filled.iterrows():
        assert again.loc[row.pair_id, "decision"] == ("match" if row.decision == "ja" else "distinct")
    assert list((out / "backups").glob("match_review-*.csv"))


def test_cluster_ids_survive_a_rerun(decided, tmp_path):
    out, *_ = decided
    ids = pd.read_parquet(out / "measures.parquet").set_index("measure_id").cluster_id
    tiltak_run(SAMPLES / "2018", out)
    assert pd.read_parquet(out / "measures.parquet").set_index("measure_id").cluster_id.equals(ids)


def test_decisions_on_changed_measures_move_to_the_archive(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    for name in ("lo_2018.docx", "nho_2018.docx", "regjeringen_2018.docx"):
        shutil.copy(SAMPLES / "2018" / name, reports / name)
    out = tmp_path / "out"
    tiltak_run(reports, out)
    rv = review(out)
    rv["decision"] = "match"
    rv.to_csv(out / "match_review.csv", sep=";", index=False, encoding="utf-8-sig")
    (reports / "nho_2018.docx").unlink()  # NHO's report is withdrawn
    tiltak_run(reports, out)
    archive = pd.read_csv(out / "decisions_archive.csv", sep=";", encoding="utf-8-sig", dtype=str)
    kept = review(out)
    assert len(archive) + (kept.decision != "").sum() >= len(rv)
    assert archive.reason.str.contains("no longer").all()
    # NHO's report comes back: its decisions apply again.
    shutil.copy(SAMPLES / "2018" / "nho_2018.docx", reports / "nho_2018.docx")
    tiltak_run(reports, out)
    assert (review(out).decision != "").sum() == len(rv)


def test_last_years_decisions_are_reused_with_decisions(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    shutil.copy(SAMPLES / "2017" / "spekter_2017.docx", reports)
    shutil.copy(SAMPLES / "2018" / "spekter_2018.docx", reports)
    first = tmp_path / "first"
    tiltak_run(reports, first)
    rv = review(first)
    conference = rv[rv.left_title.str.contains("30") | rv.right_title.str.contains("30")]
    assert not conference.empty, "the 2017 conference and its 2018 report are queued or merged"
    rv["decision"] = ["match" if i in conference.index else "" for i in rv.index]
    rv.to_csv(tmp_path / "last_year.csv", sep=";", index=False, encoding="utf-8-sig")
    fresh = tmp_path / "fresh"
    result = tiltak_run(reports, fresh, "--decisions", str(tmp_path / "last_year.csv"))
    tiltak = pd.read_parquet(fresh / "tiltak.parquet")
    years = {tuple(y) for y in tiltak[tiltak.title.str.contains("konferanse|Konferanse")].years}
    assert (2017, 2018) in years
    assert result.exit_code == 0
