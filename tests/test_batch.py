"""Batch runs that survive real folders: bad input, hangs, crashes, memory, cache, atomic outputs."""

import json
import shutil
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from conftest import SAMPLES, corpus_dir
from tiltak.extract import extract_file
from tiltak.extract.batch import Limits, run_pool
from tiltak.pipeline import main, run

SPEKTER_PDF = SAMPLES / "2017" / "spekter_2017.pdf"
SPEKTER_DOCX = SAMPLES / "2017" / "spekter_2017.docx"


def error_of(path):
    result = extract_file(path, path.parent)
    assert result.status == "failed"
    return result.error


def test_empty_file(tmp_path):
    (tmp_path / "tom.pdf").write_bytes(b"")
    assert error_of(tmp_path / "tom.pdf") == "the file is empty (0 bytes)"


def test_truncated_pdf(tmp_path):
    data = SPEKTER_PDF.read_bytes()
    (tmp_path / "halv.pdf").write_bytes(data[: len(data) // 2])
    assert "damaged or truncated" in error_of(tmp_path / "halv.pdf")


def test_encrypted_pdf(tmp_path):
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=SPEKTER_PDF)
    writer.encrypt(user_password="hemmelig", algorithm="RC4-128")
    writer.write(tmp_path / "låst.pdf")
    assert "password-protected" in error_of(tmp_path / "låst.pdf")


def test_pdf_without_text_layer(tmp_path):
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.write(tmp_path / "skannet.pdf")
    assert error_of(tmp_path / "skannet.pdf") == "the PDF cannot be used: its pages are empty: no text and no images"


@pytest.mark.parametrize("name, content, expected", [
    ("rapport.pdf", b"<!DOCTYPE html><html><body>Rapport</body></html>", "is a HTML page, not a PDF"),
    ("rapport.docx", "Rapport fra LO\nTiltak 1".encode(), "is a text file, not a Word document"),
    ("rapport.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "legacy Word .doc renamed to .docx"),
])
def test_wrong_content_behind_the_extension(tmp_path, name, content, expected):
    (tmp_path / name).write_bytes(content)
    assert expected in error_of(tmp_path / name)


def test_docx_that_is_not_a_word_package(tmp_path):
    with zipfile.ZipFile(tmp_path / "arkiv.docx", "w") as z:
        z.writestr("notater.txt", "ikke Word")
    assert "not a Word document (no word/document.xml)" in error_of(tmp_path / "arkiv.docx")


def test_zip_bomb_is_not_opened(tmp_path, monkeypatch):
    import tiltak.extract.sniff

    monkeypatch.setattr(tiltak.extract.sniff, "MAX_INFLATED_MB", 5)
    with zipfile.ZipFile(tmp_path / "bombe.docx", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"<" + b" " * (20 * 1024 * 1024))
    assert "would inflate to 20 MB" in error_of(tmp_path / "bombe.docx")


def test_strict_open_xml_gets_advice_not_a_traceback(tmp_path):
    if corpus_dir() is None:
        pytest.skip("the real-world corpus is not on this machine (set TILTAK_CORPUS)")
    corpus = corpus_dir() / "realworld-docx" / "docling" / "tests__data__docx__sources__Strict.docx"
    assert "'Strict Open XML'" in error_of(corpus) and "save it as an ordinary .docx" in error_of(corpus)


def test_a_folder_of_mixed_files_is_fully_accounted_for(tmp_path):
    reports = tmp_path / "innboks"
    (reports / "2017").mkdir(parents=True)
    shutil.copy(SPEKTER_DOCX, reports / "2017" / "spekter.docx")
    shutil.copy(SPEKTER_DOCX, reports / "2017" / "spekter kopi.docx")  # the same file twice
    (reports / "gammel.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    (reports / "~$spekter.docx").write_bytes(b"lock")
    (reports / ".DS_Store").write_bytes(b"x")
    (reports / "notat.txt").write_text("notat")
    (reports / "tom.pdf").write_bytes(b"")
    result = CliRunner().invoke(main, ["run", str(reports), "--out", str(tmp_path / "out"), "--quiet"])
    assert result.exit_code == 0 and "Traceback" not in result.output
    report = json.loads((tmp_path / "out" / "run_report.json").read_text(encoding="utf-8"))
    files = {f["path"]: f for f in report["files"]}
    on_disk = {p.relative_to(reports).as_posix() for p in reports.rglob("*") if p.is_file()}
    assert set(files) == on_disk
    assert files["2017/spekter kopi.docx"]["status"] == "skipped" or files["2017/spekter.docx"]["status"] == "skipped"
    duplicate = next(f for f in files.values() if f["duplicate_of"])
    assert "same content as" in duplicate["error"]
    assert report["totals"]["measures"] == 8
    assert files["gammel.doc"]["status"] == "failed" and "save it as .docx or PDF" in files["gammel.doc"]["error"]
    assert files["~$spekter.docx"]["status"] == "skipped" and files[".DS_Store"]["status"] == "skipped"
    assert files["tom.pdf"]["error"] == "the file is empty (0 bytes)"
    strict = CliRunner().invoke(main, ["run", str(reports), "--out", str(tmp_path / "out"), "--quiet", "--strict"])
    assert strict.exit_code == 1


def test_a_hang_a_crash_and_a_memory_hog_cost_only_their_own_files(tmp_path):
    names = ["a.pdf", "hang.pdf", "b.pdf", "crash.pdf", "hog.pdf", "c.pdf"]
    for name in names:
        (tmp_path / name).write_bytes(b"%PDF-1.4")
    paths = [tmp_path / n for n in names]
    from pool_tasks import misbehaving

    results = dict(run_pool(paths, tmp_path, Limits(workers=2, timeout=4, max_memory_mb=200), task=misbehaving))
    by_name = {names[i]: r for i, r in results.items()}
    assert len(by_name) == 6
    assert [by_name[n].status for n in ("a.pdf", "b.pdf", "c.pdf")] == ["ok", "ok", "ok"]
    assert "longer than 4 s" in by_name["hang.pdf"].error
    assert "crashed" in by_name["crash.pdf"].error
    assert "more than 200 MB of memory" in by_name["hog.pdf"].error


def test_cache_rereads_only_what_changed(tmp_path):
    reports = tmp_path / "r"
    reports.mkdir()
    for name in ("lo_2018.docx", "ys_2018.docx", "virke_2018.docx"):
        shutil.copy(SAMPLES / "2018" / name, reports / name)
    cache = tmp_path / "cache"
    first = run(reports, cache_dir=cache)
    assert not any(f.cached for f in first.files)
    second = run(reports, cache_dir=cache)
    assert all(f.cached for f in second.files)
    assert second.measures.drop(columns=[]).equals(first.measures)
    shutil.copy(SAMPLES / "2018" / "unio_2018.docx", reports / "ys_2018.docx")  # one file changes
    third = run(reports, cache_dir=cache)
    assert {f.path: f.cached for f in third.files} == {"lo_2018.docx": True, "virke_2018.docx": True, "ys_2018.docx": False}


def test_a_run_killed_while_writing_leaves_the_previous_outputs_whole(tmp_path, monkeypatch):
    out = tmp_path / "out"
    run(SAMPLES / "2017", out)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}

    import pyarrow.parquet as pq

    def dies(table, where, **kwargs):
        Path(where).write_bytes(b"PAR1 half a file")
        raise KeyboardInterrupt  # the run is killed in the middle of writing

    monkeypatch.setattr(pq, "write_table", dies)
    with pytest.raises(KeyboardInterrupt):
        run(SAMPLES / "2018", out)  # other reports: the Parquet files are written, not carried over
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    assert after["measures.parquet"] == before["measures.parquet"]
    assert not [name for name in after if name.endswith(".tmp")]
    pd.read_parquet(out / "measures.parquet")  # still a whole file


def test_csv_cells_that_look_like_formulas_are_neutralised(tmp_path):
    import docx

    d = docx.Document()
    table = d.add_table(rows=2, cols=4)
    for c, text in enumerate(["Tiltak", "Delmål", "Type tiltak", "Ansvarlig"]):
        table.cell(0, c).text = text
    for c, text in enumerate(['=HYPERLINK("http://x","klikk")', "2.2", "FoU", "@KS"]):
        table.cell(1, c).text = text
    d.save(tmp_path / "ondsinnet_2018.docx")
    out = tmp_path / "out"
    run(tmp_path, out)
    csv_text = (out / "measures.csv").read_text(encoding="utf-8")
    assert "'=HYPERLINK" in csv_text and ",=HYPERLINK" not in csv_text
    assert pd.read_parquet(out / "measures.parquet").title.iloc[0].startswith("=HYPERLINK")


@pytest.mark.slow
def test_the_real_world_corpus_runs_to_completion(tmp_path):
    corpus = corpus_dir()
    if corpus is None:
        pytest.skip("the real-world corpus (../shared/corpus) is not on this machine (set TILTAK_CORPUS)")
    report = run(corpus, limits=Limits(timeout=120)).report  # none is a report: the CLI would write nothing
    assert report["totals"]["ok"] == 0
    on_disk = {p.relative_to(corpus).as_posix() for p in corpus.rglob("*") if p.is_file()}
    assert {f["path"] for f in report["files"]} == on_disk
    for f in report["files"]:
        assert f["status"] in ("ok", "failed", "skipped") and (f["status"] == "ok" or f["error"]), f
    errors = [f["error"] for f in report["files"] if f["status"] == "failed"]
    assert sum("password-protected" in e for e in errors) == 18
    assert sum("Strict Open XML" in e for e in errors) == 2
