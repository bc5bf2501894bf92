"""Outputs another program holds open. Windows will not replace or remove a workbook open in Excel;
where outputs are replaced one by one (not Linux), such a file is left as it is and the run's new
version goes beside it, and the run says so. Simulated here: the exchange of folders is refused
and replacing the two workbooks raises PermissionError, as on Windows."""

from __future__ import annotations

import os
from pathlib import Path

from tiltak.cli import summary_lines
from tiltak.export import outputs
from tiltak.pipeline import run

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "2018"


def test_a_workbook_open_in_excel_is_left_and_the_new_version_written_beside_it(tmp_path, monkeypatch):
    reports = tmp_path / "reports"
    reports.mkdir()
    for name in ("lo_2018.docx", "ys_2018.docx", "unio_2018.docx"):
        (reports / name).write_bytes((SAMPLES / name).read_bytes())
    out = tmp_path / "out"
    run(reports, out, workers=1)
    before = {name: (out / name).read_bytes() for name in ("match_review.xlsx", "matrix.xlsx")}
    (reports / "ys_2018.docx").unlink()  # the figures change: every output is written anew

    real_replace = os.replace
    held = {out / "match_review.xlsx", out / "matrix.xlsx"}

    def replace(src, dst):
        if Path(dst) in held:
            raise PermissionError(13, "The process cannot access the file because it is being used by another process")
        real_replace(src, dst)

    monkeypatch.setattr(outputs, "_exchange", lambda a, b: False)
    monkeypatch.setattr(outputs.os, "replace", replace)
    result = run(reports, out, workers=1)

    assert {name: (out / name).read_bytes() for name in before} == before  # left as they were
    assert (out / "matrix.new.xlsx").is_file() and (out / "match_review.new.xlsx").is_file()
    assert sorted(result.report["outputs_held_open"]) == ["match_review.xlsx", "matrix.xlsx"]
    assert any("matrix.xlsx is open in another program" in line and "matrix.new.xlsx" in line
               for line in summary_lines(result.report))
    assert "ys_2018" not in (out / "measures.csv").read_text(encoding="utf-8")  # the rest was replaced

    monkeypatch.setattr(outputs.os, "replace", real_replace)  # Excel closed: the next run cleans up
    run(reports, out, workers=1)
    assert not (out / "matrix.new.xlsx").exists() and (out / "matrix.xlsx").read_bytes() != before["matrix.xlsx"]
