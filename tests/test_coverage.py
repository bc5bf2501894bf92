"""No silent partial result: per file, how completely each field was read, and the gaps shown first."""

import docx
from click.testing import CliRunner

from tiltak.normalize.coverage import gaps
from tiltak.pipeline import main


def test_gaps_name_missing_titles_goals_and_responsibles():
    full = {"measures": 4, "title": 4, "delmal": 4, "type": 0, "responsible": 4, "partners": 0, "period": 0}
    assert gaps(full) == []  # types and periods are often not given: no warning
    assert gaps(full | {"delmal": 0}) == ["4 of 4 measures have no delmål"]
    assert gaps(full | {"delmal": 2}) == ["2 of 4 measures have no delmål"]
    assert gaps(full | {"delmal": 3}) == []  # one measure without a goal is that measure's warning, not the file's
    assert gaps(full | {"title": 3, "responsible": 0}) == [
        "1 of 4 measures have no title", "none of the 4 measures names a responsible organisation"]
    assert gaps({"measures": 0}) == []


def test_a_report_read_without_its_goals_is_shown_first(tmp_path):
    d = docx.Document()
    d.add_paragraph("KS rapport 2019")
    for title in ("Kurs for ledere", "Nettverk for HR", "Analyse av behov"):
        d.add_heading(title, level=2)
        d.add_paragraph("Ansvarlig: KS")
        d.add_paragraph("Samarbeidspartnere: NAV")
        d.add_paragraph("Mål for tiltaket: bedre kompetanse")  # no delmål given
    (tmp_path / "in").mkdir()
    d.save(tmp_path / "in" / "ks_2019.docx")
    result = CliRunner().invoke(main, ["run", str(tmp_path / "in"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    lines = [ln for ln in result.output.splitlines() if not ln.startswith("[")]  # progress lines go to stderr
    assert lines[0].startswith("Read only in part: 1 files")
    assert lines[1] == "  ! ks_2019.docx: 3 of 3 measures have no delmål"
    import json

    report = json.loads((tmp_path / "out" / "run_report.json").read_text(encoding="utf-8"))
    entry = report["files"][0]
    assert entry["coverage"]["measures"] == 3 and entry["coverage"]["delmal"] == 0 and entry["coverage"]["title"] == 3
    assert report["totals"]["files_with_gaps"] == 1
    assert "bare delvis" in (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
