"""The directorate's 2018 matrix (Word, and the PDF Word would print): 129 measures and exactly
the published figures, and the self-checks against the matrix's own totals."""

import shutil

import docx
import pandas as pd
import pytest
from click.testing import CliRunner

from conftest import SAMPLES
from tiltak.pipeline import main

MATRIX = SAMPLES / "matrix" / "kompetanse_norge_matrise_2018"
PER_DELMAL = {"1.1": 1, "1.2": 19, "1.3": 8, "1.4": 18, "2.1": 18, "2.2": 24, "2.3": 11, "2.4": 3, "2.5": 1, "2.6": 2,
              "3.1": 5, "3.2": 3, "3.3": 5, "3.4": 3, "3.5": 3, "3.6": 5}
TYPE_AREA = {"FoU": (6, 26, 3, 35), "Kurs/utdanning": (7, 10, 11, 28), "Råd/utvalg/nettverk": (21, 4, 3, 28),
             "Prosjekt": (6, 5, 4, 15), "Informasjon": (4, 4, 3, 11), "Arrangement": (2, 10, 0, 12)}


def run_one(path, tmp_path, *args):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(path, folder / path.name)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(folder), "--out", str(out), "--quiet", *args])
    return result, out


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_matrix_reproduces_the_published_figures(suffix, tmp_path):
    result, out = run_one(MATRIX.with_suffix(suffix), tmp_path, "--strict")
    assert result.exit_code == 0, result.output
    measures = pd.read_parquet(out / "measures.parquet")
    assert len(measures) == 129
    delmal = pd.read_csv(out / "summary_delmal.csv")
    assert dict(zip(delmal.delmal.astype(str), delmal.measures)) == PER_DELMAL
    area_totals = delmal.groupby("omrade").measures.sum().to_dict()
    assert area_totals == {1: 46, 2: 59, 3: 24}
    types = pd.read_csv(out / "summary_type_omrade.csv").set_index("type")
    for type_, (a1, a2, a3, total) in TYPE_AREA.items():
        assert tuple(types.loc[type_, ["omrade_1", "omrade_2", "omrade_3", "total"]]) == (a1, a2, a3, total), type_
    assert types.loc["Totalt", "total"] == 129
    report = pd.read_json(out / "run_report.json", typ="series")
    assert report["totals"]["self_checks"] == 17 and report["totals"]["self_checks_failed"] == 0


def test_the_delmal_text_never_leaks_into_titles(tmp_path):
    _, out = run_one(MATRIX.with_suffix(".pdf"), tmp_path)
    measures = pd.read_parquet(out / "measures.parquet")
    assert not measures.title.str.contains("Styrke regionalt folkevalgt").any()
    assert measures.title.iloc[0] == "Kompetansebehovsutvalget"
    row = measures[measures.title.str.startswith("Overføring av oppgaver fra statlig til fylkeskommunalt nivå; KD")].iloc[0]
    assert row.title.endswith("bør lovfestes")  # a row split by a page break is one row


def test_self_check_warns_on_a_copy_with_rows_removed(tmp_path):
    d = docx.Document(MATRIX.with_suffix(".docx"))
    table = d.tables[0]
    for index in (4, 3):  # two rows inside the merged 1.2 group
        tr = table.rows[index]._tr
        tr.getparent().remove(tr)
    copy = tmp_path / "matrise_kopi_2018.docx"
    d.save(copy)
    result, out = run_one(copy, tmp_path, "--strict")
    assert result.exit_code == 1
    report = pd.read_json(out / "run_report.json", typ="series")
    failed = [(c["check"], c["printed"], c["parsed"]) for c in report["self_checks"] if not c["ok"]]
    assert failed == [("Antall totalt, delmål 1.2", 19, 17), ("Totalt antall tiltak", 129, 127)]
    assert report["totals"]["measures"] == 127


def _norm(text):
    return " ".join((text if isinstance(text, str) else "").split())


def test_held_out_table_reports():
    """Table reports someone else made: other widths, fonts, page breaks; ruled or not; PDF or Word."""
    import json

    from conftest import ROOT
    from tiltak.normalize.reference import load_reference
    from tiltak.normalize.types import map_type
    from tiltak.pipeline import run

    folder = ROOT / "tests" / "heldout" / "tables"
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    result = run(folder)
    df = result.measures.astype(object).where(result.measures.notna(), None)
    ref = load_reference()
    for name, exp in expected.items():
        rows = df[df.source_file == name]
        assert len(rows) == len(exp["measures"]), name
        assert set(rows.reporter) == {exp["reporter"]} and set(rows.report_year) == {exp["report_year"]}, name
        for (_, got), want in zip(rows.iterrows(), exp["measures"]):
            assert _norm(got.title) == _norm(want["title"]), name
            assert list(got.delmal) == want["delmal"], (name, got.title)
            assert got.type == map_type(want["type"], ref), (name, got.title)
            assert _norm(got.responsible_raw) == _norm(want["responsible"]), (name, got.title)
            assert _norm(got.partners_raw) == _norm(want["partners"]), (name, got.title)
            if want.get("period") is not None:
                assert _norm(got.period) == _norm(want["period"]), (name, got.title)
        if "printed_totals" in exp:
            entry = next(f for f in result.files if f.path == name)
            printed = {c.check.rsplit(" ", 1)[-1] if "delmål" in c.check else "total": c.printed for c in entry.self_checks}
            assert printed == exp["printed_totals"] and all(c.ok for c in entry.self_checks), name


def test_member_reports_2018_in_every_layout():
    """The 18 member reports the matrix was made from: every measure's title, delmål and type."""
    import csv
    import json

    from tiltak.normalize.reference import load_reference
    from tiltak.normalize.types import map_type
    from tiltak.pipeline import run

    source = SAMPLES / "source"
    members = json.loads((source / "members_2018.json").read_text(encoding="utf-8"))
    with open(source / "matrix_2018.csv", encoding="utf-8") as fh:
        matrix = {int(r["row"]): r for r in csv.DictReader(fh)}
    result = run(SAMPLES / "2018")
    assert {f.layout for f in result.files} == {"row_table", "form_table", "label_paragraphs", "numbered_report"}
    df = result.measures
    ref = load_reference()
    for report in members["reports"]:
        rows = df[df.source_file.str.startswith(report["file"] + ".")]
        assert len(rows) == len(report["measures"]), report["file"]
        assert set(rows.reporter) == {report["reporter"]} and set(rows.report_year) == {2018}
        for (_, got), want in zip(rows.iterrows(), report["measures"]):
            row = matrix[want["matrix_row"]]
            assert _norm(got.title) == _norm(want["title"])
            assert list(got.delmal) == [row["delmal"]], got.title
            assert got.type == map_type(row["type"], ref), got.title
            if got.layout != "numbered_report":  # there one answer names both (roles combined)
                # spaces aside: a PDF renderer breaks a long name in a narrow column ("Utdanningsforbun det")
                assert _norm(got.partners_raw).replace(" ", "") == _norm(want["partners"]).replace(" ", ""), got.title
                assert _norm(got.responsible_raw).replace(" ", "") == _norm(want["responsible"]).replace(" ", ""), got.title
