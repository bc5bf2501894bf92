"""Outputs whose inputs have not changed are carried over from the last run, not written again."""

import json
import os

from click.testing import CliRunner

from conftest import SAMPLES
from tiltak.export.unchanged import MANIFEST, Carry
from tiltak.pipeline import main


def write_group(staging, text):
    def writer():
        (staging / "a.csv").write_text(text, encoding="utf-8")
        (staging / "sub").mkdir()
        (staging / "sub" / "b.json").write_text("{}", encoding="utf-8")
    return writer


def one_run(out, staging, inputs, text="v1"):
    """A run's writing of one group into `staging`, then staging becomes `out` (as output_set does)."""
    staging.mkdir()
    carry = Carry(out, staging, "1")
    calls = []
    carry.write("g", inputs, lambda: (calls.append(1), write_group(staging, text)()))
    carry.save()
    if out.exists():
        os.rename(out, out.with_name("old-" + staging.name))
    os.rename(staging, out)
    return carry, calls


def test_a_group_with_the_same_inputs_is_linked_not_written(tmp_path):
    out = tmp_path / "out"
    _, calls = one_run(out, tmp_path / "s1", {"rows": [1, 2]})
    assert calls == [1]
    inode = (out / "a.csv").stat().st_ino
    carry, calls = one_run(out, tmp_path / "s2", {"rows": [1, 2]}, text="v2")
    assert calls == [] and carry.carried == ["g"]
    assert (out / "a.csv").read_text(encoding="utf-8") == "v1" and (out / "a.csv").stat().st_ino == inode
    assert (out / "sub" / "b.json").is_file()
    assert set(json.loads((out / MANIFEST).read_text())["g"]["files"]) == {"a.csv", "sub/b.json"}


def test_other_inputs_or_an_edited_file_are_written_again(tmp_path):
    out = tmp_path / "out"
    one_run(out, tmp_path / "s1", {"rows": [1, 2]})
    _, calls = one_run(out, tmp_path / "s2", {"rows": [1, 3]}, text="v2")
    assert calls == [1] and (out / "a.csv").read_text(encoding="utf-8") == "v2"
    (out / "a.csv").write_text("the analyst's own edit, longer", encoding="utf-8")
    _, calls = one_run(out, tmp_path / "s3", {"rows": [1, 3]}, text="v3")
    assert calls == [1] and (out / "a.csv").read_text(encoding="utf-8") == "v3"
    (out / "sub" / "b.json").unlink()
    _, calls = one_run(out, tmp_path / "s4", {"rows": [1, 3]}, text="v4")
    assert calls == [1]


def test_a_damaged_manifest_means_everything_is_written(tmp_path):
    out = tmp_path / "out"
    one_run(out, tmp_path / "s1", {"rows": [1]})
    (out / MANIFEST).write_text("{not json", encoding="utf-8")
    _, calls = one_run(out, tmp_path / "s2", {"rows": [1]})
    assert calls == [1]


def test_a_rerun_carries_the_dataset_over_and_backs_up_nothing(tmp_path):
    out = tmp_path / "out"
    for _ in range(2):
        result = CliRunner().invoke(main, ["run", str(SAMPLES / "2018"), "--out", str(out), "--quiet"])
        assert result.exit_code == 0, result.output
    report = json.loads((out / "run_report.json").read_text(encoding="utf-8"))
    assert set(report["outputs_carried_over"]) == {"measures", "tiltak", "summaries", "organisations", "matrix",
                                                   "schema"}
    assert not (out / "backups").exists()  # nobody edited the review files
    for name in ("measures.csv", "measures.parquet", "tiltak.parquet", "matrix.xlsx", "schema/measure.schema.json"):
        assert (out / name).is_file(), name


def test_a_file_finished_after_its_group_is_carried_next_time(tmp_path):
    """The Parquet helper's way: the file is there (empty) when the group's writer returns and is
    written later, its temporary file lying beside it while another group writes."""
    out, staging = tmp_path / "out", tmp_path / "s1"
    staging.mkdir()
    carry = Carry(out, staging, "1")
    carry.write("late", {"rows": 1}, lambda: (staging / "late.parquet").touch())
    carry.write("other", {"rows": 2}, lambda: ((staging / ".late.parquet.x1y2.tmp").write_bytes(b"half"),
                                               (staging / "other.csv").write_text("o", encoding="utf-8")))
    (staging / ".late.parquet.x1y2.tmp").replace(staging / "late.parquet")  # written in the end
    carry.save()
    manifest = json.loads((staging / MANIFEST).read_text())
    assert set(manifest["other"]["files"]) == {"other.csv"}
    assert manifest["late"]["files"]["late.parquet"][0] == 4  # the size once written, not when handed over
    os.rename(staging, out)
    (tmp_path / "s2").mkdir()
    again = Carry(out, tmp_path / "s2", "1")
    written = []
    again.write("late", {"rows": 1}, lambda: written.append(1))
    assert written == [] and again.carried == ["late"]


def test_a_rerun_in_new_processes_carries_the_files_the_parquet_helper_wrote(tmp_path):
    """As the analyst runs it (a new process each time, so the Parquet files are written by the
    helper process): the second run carries them over, whole."""
    import shutil
    import subprocess
    import sys

    import pyarrow.parquet as pq

    reports = tmp_path / "reports"
    reports.mkdir()
    for name in ("lo_2018.docx", "ys_2018.docx"):
        shutil.copy(SAMPLES / "2018" / name, reports / name)
    out = tmp_path / "out"
    for _ in range(2):
        done = subprocess.run([sys.executable, "-m", "tiltak", "run", str(reports), "--out", str(out), "--quiet"],
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
    report = json.loads((out / "run_report.json").read_text(encoding="utf-8"))
    assert {"measures", "tiltak"} <= set(report["outputs_carried_over"])
    assert pq.read_table(out / "measures.parquet").num_rows == report["totals"]["measures"]
    assert not list(out.glob(".*.tmp"))
