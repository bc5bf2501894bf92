"""`tiltak watch`: runs again when what a run reads changes, and only then."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tiltak.watch import changed, inputs_state, watch


class Files:
    """Fake file states that a scripted sequence of saves changes between looks."""

    def __init__(self, saves: dict[int, dict]):
        self.inputs = {"r/a.pdf": (1, 10)}
        self.reviews = {"o/match_review.xlsx": (1, 5)}
        self.saves, self.looks, self.runs = saves, 0, []

    def look_inputs(self):
        self.looks += 1
        for key, value in self.saves.pop(self.looks, {}).items():
            (self.reviews if key.endswith("xlsx") else self.inputs)[key] = value
        return dict(self.inputs)

    def look_reviews(self):
        return dict(self.reviews)

    def run(self):
        self.runs.append(self.looks)
        self.reviews["o/match_review.xlsx"] = (100 + len(self.runs), 5)  # every run writes the review anew


def test_a_run_writing_its_review_file_starts_no_run_but_the_analyst_saving_it_does():
    files = Files({6: {"o/match_review.xlsx": (50, 6)}})
    said = []
    done = watch(files.run, files.look_inputs, files.look_reviews, sleep=lambda s: None, echo=said.append, runs=2)
    assert done == 2
    assert said == ["Changed: match_review.xlsx; running again"]
    assert files.runs == [1, 7]  # saved at the sixth look, found settled at the seventh


def test_a_report_changed_while_a_run_reads_starts_another():
    files = Files({2: {"r/b.docx": (3, 7)}})  # saved between the run's start and its end
    said = []
    watch(files.run, files.look_inputs, files.look_reviews, sleep=lambda s: None, echo=said.append, runs=2)
    assert said == ["Changed: b.docx; running again"]


def test_a_file_still_being_saved_is_waited_for():
    files = Files({3: {"r/a.pdf": (2, 11)}, 4: {"r/a.pdf": (3, 12)}, 5: {"r/a.pdf": (4, 13)}})
    watch(files.run, files.look_inputs, files.look_reviews, sleep=lambda s: None, echo=lambda s: None, runs=2)
    assert files.runs == [1, 6]  # one run, once the size stopped changing


def test_interrupt_stops_quietly():
    def run():
        raise KeyboardInterrupt

    said = []
    assert watch(run, dict, dict, echo=said.append) == 0
    assert said == ["Stopped watching."]


def test_office_lock_files_and_the_output_folder_inside_the_reports_are_not_watched(tmp_path):
    (tmp_path / "a.docx").write_bytes(b"x")
    (tmp_path / "~$a.docx").write_bytes(b"lock")
    (tmp_path / ".~lock.a.docx#").write_bytes(b"lock")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "measures.csv").write_text("x")
    config = tmp_path / "tiltak.toml"
    state = inputs_state(tmp_path, tmp_path / "out", [config, tmp_path / "absent.csv"])
    assert sorted(Path(p).name for p in state) == ["a.docx"]  # tiltak.toml is absent; then it counts
    config.write_text("[matching]\n")
    later = inputs_state(tmp_path, tmp_path / "out", [config])
    assert changed(state, later) == ["tiltak.toml"]


def test_watch_runs_again_when_the_analyst_saves_a_decision(tmp_path):
    """The command line, as the analyst uses it: a decision saved in the workbook is applied without a
    new command, and Ctrl+C ends the watch."""
    from openpyxl import load_workbook

    reports = tmp_path / "reports"
    reports.mkdir()
    samples = Path(__file__).resolve().parent.parent / "samples"
    for name in ("lo_2018.docx", "ys_2018.docx"):
        (reports / name).write_bytes((samples / "2018" / name).read_bytes())
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "tiltak", "watch", str(reports), "--out", str(out), "--every", "0.1",
                             "--workers", "1"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            cwd=tmp_path, env={**os.environ, "PYTHONUNBUFFERED": "1"},
                            # Ctrl+C reaches it however the tests were started (a shell's background job ignores it)
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        lines = []

        def until(text: str, limit: float = 60) -> None:
            stop = time.monotonic() + limit
            while time.monotonic() < stop:
                line = proc.stdout.readline()
                lines.append(line)
                if text in line:
                    return
            raise AssertionError(f"no {text!r} in {lines}")

        until("Ran at")
        book = load_workbook(out / "match_review.xlsx")
        sheet = book.active
        header = [c.value for c in sheet[1]]
        sheet.cell(row=2, column=header.index("Vurdering") + 1).value = "distinct"
        book.save(out / "match_review.xlsx")
        until("Changed: match_review.xlsx")
        until("1 of your decisions applied")
        until("Ran at")
    finally:
        proc.send_signal(signal.SIGINT)
        rest, _ = proc.communicate(timeout=30)
    assert "Stopped watching." in rest
    assert proc.returncode == 0
