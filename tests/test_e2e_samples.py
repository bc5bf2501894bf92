"""End to end over samples/: the figures the issue asks for, from the CLI's own run."""

import json
import re

import pandas as pd
import pytest
from click.testing import CliRunner

from conftest import ROOT, SAMPLES
from tiltak.pipeline import main, run

SPEKTER_DELMAL = [["3.2"], ["1.4", "2.3"], ["1.4", "2.3"], ["2.2"], ["2.2"], ["1.4"], ["2.3"], ["3.4"]]


@pytest.fixture(scope="module")
def spekter(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    result = CliRunner().invoke(main, ["run", str(SAMPLES / "2017"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out, result.output


@pytest.mark.parametrize("name", ["spekter_2017.docx", "spekter_2017.pdf"])
def test_spekter_2017_gives_the_eight_measures(spekter, name):
    out, _ = spekter
    df = pd.read_parquet(out / "measures.parquet")
    rows = df[df.source_file == f"{name}"]
    assert len(rows) == 8
    assert [list(d) for d in rows.delmal] == SPEKTER_DELMAL
    assert set(rows.reporter) == {"Spekter"} and set(rows.report_year) == {2017}
    assert not any(re.match(r"\s*\d+\.\s", p) for p in rows.period)
    assert rows.iloc[0].period == "En dags varighet i september 2017. Vi vurderer å gjennomføre en slik søkekonferanse årlig."


def test_word_and_pdf_give_the_same_measures(spekter):
    out, _ = spekter
    df = pd.read_parquet(out / "measures.parquet")
    cols = ["title", "delmal_raw", "responsible_raw", "description", "period"]
    a = df[df.source_file.str.endswith(".docx")][cols].reset_index(drop=True)
    b = df[df.source_file.str.endswith(".pdf")][cols].reset_index(drop=True)
    pd.testing.assert_frame_equal(a, b)


def test_outputs_and_run_report(spekter):
    out, output = spekter
    csv = pd.read_csv(out / "measures.csv", dtype=str, keep_default_na=False)
    assert list(csv.columns[:6]) == ["measure_id", "cluster_id", "content_key", "source_file", "source_sha256", "page"]
    assert csv.loc[1, "delmal"] == "1.4; 2.3"
    report = json.loads((out / "run_report.json").read_text(encoding="utf-8"))
    assert report["totals"]["measures"] == 16 and report["totals"]["ok"] == 2
    entry = next(f for f in report["files"] if f["path"] == "spekter_2017.pdf")
    assert entry["status"] == "ok" and entry["layout"] == "numbered_report" and entry["measures"] == 8
    assert "Measures: 16 reported, 8 after merging duplicates" in output


def test_measure_ids_are_stable_across_runs():
    first = run(SAMPLES / "2017").measures.measure_id.tolist()
    assert run(SAMPLES / "2017").measures.measure_id.tolist() == first
    assert len(set(first)) == 16


def test_held_out_numbered_reports():
    """Reports written by someone else (another generator, other fonts, headers, page breaks)."""
    folder = ROOT / "tests" / "heldout" / "numbered"
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    df = run(folder).measures
    for name, exp in expected.items():
        rows = df[df.source_file == name]
        assert len(rows) == len(exp["measures"]), name
        assert set(rows.reporter) == {exp["reporter"]} and set(rows.report_year) == {exp["report_year"]}
        for (_, got), want in zip(rows.iterrows(), exp["measures"]):
            assert " ".join(got.title.split()) == want["title"], name
            assert list(got.delmal) == want["delmal"], name
            assert list(got.nkps_tiltak) == want["nkps_tiltak"], name
            assert " ".join(got.responsible_raw.split()) == want["responsible_text"], name
            assert got.description.startswith(want["description_start"]), name
            assert got.period == want["period"], name


def test_a_document_of_no_known_layout_is_reported_not_dropped(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("Referat fra styremøtet 3. mars")
    d.add_paragraph("Til stede: styret")
    d.save(tmp_path / "referat.docx")
    (tmp_path / "notes.txt").write_text("x")
    result = run(tmp_path)
    entry = next(f for f in result.report["files"] if f["path"] == "referat.docx")
    assert entry["status"] == "failed" and entry["error"].startswith("no known layout")
    assert entry["first_lines"][0] == "Referat fra styremøtet 3. mars"
    skipped = next(f for f in result.report["files"] if f["path"] == "notes.txt")
    assert skipped["status"] == "skipped"


def test_nothing_readable_exits_non_zero_and_leaves_earlier_outputs_untouched(tmp_path):
    reports, out = tmp_path / "reports", tmp_path / "out"
    reports.mkdir()
    (reports / "a.txt").write_text("x")
    out.mkdir()
    (out / "measures.csv").write_text("last year's", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(reports), "--out", str(out)])
    assert result.exit_code == 2
    assert "nothing was written" in result.output
    assert [p.name for p in out.iterdir()] == ["measures.csv"]
    assert (out / "measures.csv").read_text(encoding="utf-8") == "last year's"


def test_nothing_readable_into_an_output_folder_not_there_yet_says_so_and_makes_none(tmp_path):
    reports, out = tmp_path / "reports", tmp_path / "out"
    reports.mkdir()
    result = CliRunner().invoke(main, ["run", str(reports), "--out", str(out)])
    assert result.exit_code == 2, result.output
    assert "nothing was written" in result.output and "Figures are final" not in result.output
    assert not out.exists()


def test_readme_documents_every_column():
    from tiltak.normalize.models import WARNING_CODES, Measure

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in Measure.model_fields:
        assert f"| `{name}` |" in readme, name
    for code in WARNING_CODES:
        assert f"`{code}`" in readme, code


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = next(line for line in ci.splitlines() if "pytest" in line)
    assert command in readme
