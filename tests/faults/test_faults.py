"""Fault injection (issue 12): hostile files in a batch, kill -9 at any moment, two runs on one
folder. Each run is the real CLI in its own process, as a user runs it."""

import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from conftest import SAMPLES
from hostile import numbered_report_pages, write_pdf

pytestmark = pytest.mark.faults

ROOT = Path(__file__).resolve().parents[2]


def tiltak(*args, env=None, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "tiltak", *map(str, args)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


def finished(*args, env=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tiltak", *map(str, args)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


def rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def one_complete_set(out: Path) -> dict:
    """The outputs in `out` are one run's: the run report's totals are the rows of the files."""
    report = json.loads((out / "run_report.json").read_text(encoding="utf-8"))
    measures, tiltak_rows = rows(out / "measures.csv"), rows(out / "tiltak.csv")
    assert len(measures) == report["totals"]["measures"]
    assert len(tiltak_rows) == report["totals"]["tiltak"]
    assert {m["cluster_id"] for m in measures} == {t["cluster_id"] for t in tiltak_rows}
    assert {m["source_file"] for m in measures} <= {f["path"] for f in report["files"]}
    assert not list(out.glob(".*.tmp"))
    return report


def processes_with(mark: str) -> list[int]:
    found = []
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                if mark.encode() in Path(f"/proc/{pid}/environ").read_bytes():
                    found.append(int(pid))
            except OSError:
                pass
    return found


@pytest.fixture()
def two_batches(tmp_path):
    """Two different folders of reports: a run over the second replaces the first's outputs."""
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    for name in ("spekter_2018.docx", "ks_2018.pdf"):
        shutil.copy(SAMPLES / "2018" / name, a / name)
    for name in ("spekter_2018.docx", "ks_2018.pdf", "lo_2018.docx", "vofo_2018.pdf", "akademikerne_2018.pdf"):
        shutil.copy(SAMPLES / "2018" / name, b / name)
    return a, b


def test_hostile_files_never_stop_the_batch(tmp_path):
    reports, out = tmp_path / "reports", tmp_path / "out"
    reports.mkdir()
    shutil.copy(SAMPLES / "2017" / "spekter_2017.docx", reports)
    lines = numbered_report_pages(2)
    lines[1][0] = lines[1][0].replace("Kompetansetiltak", "Kompetanse\x01tiltak")  # U+0001 in the text layer
    write_pdf(reports / "kontroll.pdf", lines)
    write_pdf(reports / os.fsdecode("Rapport_\xd8stfold.pdf".encode("latin-1")), numbered_report_pages(2))
    (reports / "tom.pdf").write_bytes(b"")
    (reports / "halv.docx").write_bytes((SAMPLES / "2017" / "spekter_2017.docx").read_bytes()[:3000])
    done = finished("run", reports, "--out", out, "--workers", "1")
    assert done.returncode == 0, done.stderr
    report = one_complete_set(out)
    status = {f["path"]: (f["status"], f["error"]) for f in report["files"]}
    assert status["spekter_2017.docx"][0] == status["kontroll.pdf"][0] == status["Rapport_Østfold.pdf"][0] == "ok"
    assert status["tom.pdf"] == ("failed", "the file is empty (0 bytes)")
    assert status["halv.docx"][0] == "failed" and status["halv.docx"][1]
    text = (out / "measures.csv").read_text(encoding="utf-8-sig")
    assert "\x01" not in text and "(cid:" not in text  # a glyph without a character is no text
    titles = [m["title"] for m in rows(out / "measures.csv")]
    assert titles.count("Kompetansetiltak nummer 1 for ansatte i handelen") == 2


@pytest.mark.parametrize("after", [0.5, 2.0, 3.5])
def test_kill_at_any_moment_leaves_one_complete_set_and_no_process(two_batches, tmp_path, after):
    a, b = two_batches
    out = tmp_path / "out"
    assert finished("run", a, "--out", out, "--workers", "2").returncode == 0
    first = one_complete_set(out)
    mark = f"TILTAK_FAULT_TEST={uuid.uuid4()}"
    env = dict(os.environ, TILTAK_FAULT_TEST=mark.split("=")[1])
    proc = tiltak("run", b, "--out", out, "--workers", "2", "--no-cache", env=env)
    time.sleep(after)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 5
    while processes_with(mark) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert processes_with(mark) == []  # the workers died with their run
    now = one_complete_set(out)
    assert now["totals"]["files"] in (first["totals"]["files"], len(list(b.iterdir())))
    # the next run cleans up what the killed one left and writes its own set
    assert finished("run", b, "--out", out).returncode == 0
    assert one_complete_set(out)["totals"]["files"] == len(list(b.iterdir()))
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.") and p.name != ".out.lock"]


@pytest.mark.parametrize("point", ["write:1", "write:4", "write:9", "write:14", "swap:1", "swap:2"])
def test_kill_at_each_write_leaves_one_complete_set(two_batches, tmp_path, point):
    """SIGKILL right after an output file is written, and around the swap of the set."""
    a, b = two_batches
    out = tmp_path / "out"
    assert finished("run", a, "--out", out).returncode == 0
    first = one_complete_set(out)
    killed = finished("run", b, "--out", out, env=dict(os.environ, TILTAK_KILL_AT=point))
    assert killed.returncode == -signal.SIGKILL
    now = one_complete_set(out)
    assert now["totals"]["files"] == (len(list(b.iterdir())) if point == "swap:2" else first["totals"]["files"])
    assert finished("run", b, "--out", out).returncode == 0
    assert one_complete_set(out)["totals"]["files"] == len(list(b.iterdir()))
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.")] == [".out.lock"]


def test_a_second_run_on_the_same_folder_is_refused_while_the_first_writes(two_batches, tmp_path):
    from tiltak.export.outputs import locked

    a, _ = two_batches
    out = tmp_path / "out"
    with locked(out):
        done = finished("run", a, "--out", out)
    assert done.returncode == 1
    assert "another tiltak run" in done.stderr and str(out.resolve()) in done.stderr
    assert not out.exists()  # nothing written by the refused run
    assert finished("run", a, "--out", out).returncode == 0  # the lock is free again


def test_outputs_a_run_no_longer_makes_are_removed_and_the_analysts_files_kept(two_batches, tmp_path):
    a, _ = two_batches
    out = tmp_path / "out"
    assert finished("run", a, "--out", out).returncode == 0
    (out / "chart_types_1999.png").write_bytes(b"old")
    (out / "notater.txt").write_text("mine", encoding="utf-8")
    assert finished("run", a, "--out", out).returncode == 0
    assert not (out / "chart_types_1999.png").exists()
    assert (out / "notater.txt").read_text(encoding="utf-8") == "mine"
    mask = os.umask(0)
    os.umask(mask)
    assert (out / "measures.csv").stat().st_mode & 0o777 == 0o666 & ~mask


# ---- the analyst's review file, as spreadsheets leave it ------------------------------------

@pytest.fixture(scope="module")
def reviewed(tmp_path_factory):
    """A run over one year of samples, and six decisions an analyst typed into its review file."""
    import pandas as pd

    out = tmp_path_factory.mktemp("reviewed")
    assert finished("run", SAMPLES / "2018", "--out", out).returncode == 0
    review = pd.read_csv(out / "match_review.csv", sep=";", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    asked = review[review.suggestion.isin(["review", "match"])].head(6).copy()
    assert len(asked) == 6
    asked["decision"] = ["ja", "nei", "ja", "nei", "ja", "nei"]
    return out, review, asked


def _save(out, frame, path=None):
    frame.to_csv(path or out / "match_review.csv", sep=";", index=False, encoding="utf-8-sig")


def _applied(out) -> int:
    return json.loads((out / "run_report.json").read_text(encoding="utf-8"))["matching"]["decisions_applied"]


def test_decisions_survive_a_spreadsheet_that_drops_the_key_columns(reviewed, tmp_path):
    out, _, asked = reviewed
    work = tmp_path / "out"
    shutil.copytree(out, work)
    _save(work, asked.drop(columns=["left_key", "right_key"]))
    assert finished("run", SAMPLES / "2018", "--out", work).returncode == 0
    assert _applied(work) == 6  # found by their pair_id


def test_a_norwegian_decision_header_is_read(reviewed, tmp_path):
    out, _, asked = reviewed
    work = tmp_path / "out"
    shutil.copytree(out, work)
    _save(work, asked.rename(columns={"decision": "Vurdering"}))
    assert finished("run", SAMPLES / "2018", "--out", work).returncode == 0
    assert _applied(work) == 6


@pytest.mark.parametrize("damage", ["garbage", "renamed", "workbook"])
def test_a_review_file_that_cannot_be_read_whole_is_kept_and_fails_strict(reviewed, tmp_path, damage):
    out, _, asked = reviewed
    work = tmp_path / "out"
    shutil.copytree(out, work)
    if damage == "garbage":
        asked.iloc[2, asked.columns.get_loc("decision")] = "kanskje"
        _save(work, asked)
        expected = "match_review.csv, row 4: decision 'kanskje' is not match or distinct"
    elif damage == "renamed":
        _save(work, asked.rename(columns={"decision": "Mitt valg"}))
        expected = "match_review.csv: no 'decision' column"
    else:
        (work / "match_review.csv").write_bytes(b"PK\x03\x04" + b"\x00" * 64)
        expected = "match_review.csv is not a CSV file"
    before = (work / "match_review.csv").read_bytes()
    done = finished("run", SAMPLES / "2018", "--out", work, "--strict")
    assert done.returncode == 1
    assert expected in done.stdout
    assert (work / "match_review.csv").read_bytes() == before  # the analyst's file, untouched
    assert (work / "match_review.new.csv").is_file()
    report = json.loads((work / "run_report.json").read_text(encoding="utf-8"))
    assert any(expected in e for e in report["matching"]["decision_errors"])
    if damage == "garbage":
        assert _applied(work) == 5  # the other rows still count


def test_settings_and_links_in_the_reports_folder_are_named_and_not_used(tmp_path):
    reports, out = tmp_path / "reports", tmp_path / "out"
    reports.mkdir()
    shutil.copy(SAMPLES / "2018" / "ks_2018.pdf", reports)
    (reports / "tiltak.toml").write_text("[matching.thresholds]\nmatch = 0.01\n", encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copy(SAMPLES / "2018" / "nho_2018.docx", elsewhere)
    (reports / "lenke").symlink_to(elsewhere, target_is_directory=True)
    done = finished("run", reports, "--out", out)
    assert done.returncode == 0, done.stderr
    report = json.loads((out / "run_report.json").read_text(encoding="utf-8"))
    files = {f["path"]: f for f in report["files"]}
    assert files["tiltak.toml"]["status"] == "skipped" and "--config" in files["tiltak.toml"]["error"]
    assert files["lenke/"]["status"] == "skipped" and "not followed" in files["lenke/"]["error"]
    assert files["ks_2018.pdf"]["status"] == "ok" and report["config"] is None


def test_an_unreadable_subfolder_is_named(tmp_path, monkeypatch):
    import tiltak.extract.discover as discovery

    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "a.pdf").write_bytes(b"%PDF-1.4")
    os.chmod(tmp_path / "locked", 0)
    real_walk = os.walk
    if os.access(tmp_path / "locked", os.R_OK):  # root reads any folder: the refusal is simulated
        def walk(top, onerror=None, **kw):
            for folder, dirs, files in real_walk(top, onerror=onerror, **kw):
                if "locked" in dirs:
                    dirs.remove("locked")
                    onerror(PermissionError(13, "Permission denied", str(Path(folder) / "locked")))
                yield folder, dirs, files
        monkeypatch.setattr(discovery.os, "walk", walk)
    try:
        wanted, others = discovery.discover(tmp_path)
    finally:
        os.chmod(tmp_path / "locked", 0o755)
    assert wanted == []
    assert [(o.path, o.status, o.error) for o in others] == [
        ("locked/", "failed", "the folder cannot be read (Permission denied); its files were not read")]


@pytest.mark.parametrize("megabytes", [12, 60])
def test_a_word_file_padded_to_swell_is_refused_with_its_ratio(tmp_path, megabytes):
    import zipfile

    from tiltak.extract.sniff import check

    path = tmp_path / "svulmer.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"<w:document>" + b" " * (megabytes * 1024 * 1024) + b"</w:document>")
    message = check(path)
    assert message.startswith("the Word file's word/document.xml would inflate ")
    assert f"to {megabytes} MB" in message and "more than 200 times" in message


def test_a_page_too_large_is_named_and_the_rest_of_the_file_read(tmp_path):
    from tiltak.extract import extract_file

    pages = numbered_report_pages(3)
    pages.insert(2, (["ord " * 40 for _ in range(400)], 2))  # 64,000 characters on one page
    result = extract_file(write_pdf(tmp_path / "stor.pdf", pages), tmp_path)
    assert result.status == "ok" and len(result.measures) == 6
    assert result.info.pages_not_read == ["page 3: 64,000 characters (more than 40,000)"]


def test_tables_nested_hundreds_deep_are_refused_in_a_sentence(tmp_path):
    import zipfile

    from docx import Document

    from tiltak.extract import extract_file

    path = tmp_path / "dyp.docx"
    Document().save(path)
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    inner = "<w:p><w:r><w:t>dypt</w:t></w:r></w:p>"
    for _ in range(150):
        inner = f'<w:tbl><w:tblGrid><w:gridCol w:w="2000"/></w:tblGrid><w:tr><w:tc>{inner}<w:p/></w:tc></w:tr></w:tbl>'
    xml = parts["word/document.xml"].decode()
    parts["word/document.xml"] = xml.replace("<w:body>", "<w:body>" + inner, 1).encode()
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    result = extract_file(path, tmp_path)
    assert result.status == "failed" and result.error.startswith("the Word file is nested too deeply to read")
