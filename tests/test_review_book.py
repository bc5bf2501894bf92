"""match_review.xlsx, the analyst's file: codes stay text, the score is a number, the decision is a
list, Norwegian headers; decisions typed into it come back; the file saved last is the one read."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from conftest import SAMPLES
from tiltak.pipeline import main


def tiltak_run(out, *args):
    result = CliRunner().invoke(main, ["run", str(SAMPLES / "2018"), "--out", str(out), "--quiet", *args])
    assert result.exit_code in (0, 1), result.output
    return result


def sheet(out):
    ws = load_workbook(out / "match_review.xlsx").active
    header = [c.value for c in ws[1]]
    return ws, header


@pytest.fixture(scope="module")
def ran(tmp_path_factory):
    out = tmp_path_factory.mktemp("book")
    tiltak_run(out)
    return out


def test_codes_stay_text_the_score_is_a_number_and_the_decision_a_list(ran):
    ws, header = sheet(ran)
    assert header[:9] == ["Gruppe", "Tiltak i gruppen", "Forslag", "Vurdering", "Sannsynlighet", "Tittel A", "Tittel B",
                          "Beskrivelse A", "Beskrivelse B"]
    delmal = header.index("Delmål A") + 1
    score = header.index("Sannsynlighet") + 1
    cells = [ws.cell(row=r, column=delmal) for r in range(2, ws.max_row + 1)]
    assert any(c.value == "2.3" for c in cells) and all(c.data_type == "s" for c in cells if c.value)
    assert all(isinstance(ws.cell(row=r, column=score).value, (int, float)) for r in range(2, ws.max_row + 1))
    (check,) = ws.data_validations.dataValidation
    assert check.formula1 == '"match,distinct"' and str(check.sqref).startswith("D2:D")
    assert ws.freeze_panes == "F2" and ws.page_setup.orientation == "landscape"


def test_decisions_typed_into_the_workbook_are_applied_and_kept(ran, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(ran, out)
    ws, header = sheet(out)
    decision, suggestion = header.index("Vurdering") + 1, header.index("Forslag") + 1
    asked = [r for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=suggestion).value in ("vurder", "koblet via andre")]
    assert len(asked) >= 4
    for r, value in zip(asked, ["match", "distinct", "ja", "nei"]):
        ws.cell(row=r, column=decision).value = value
    ws.parent.save(out / "match_review.xlsx")
    tiltak_run(out)
    report = json.loads((out / "run_report.json").read_text(encoding="utf-8"))
    assert report["matching"]["decisions_applied"] == 4
    ws, header = sheet(out)
    kept = [ws.cell(row=r, column=header.index("Vurdering") + 1).value for r in range(2, ws.max_row + 1)]
    assert sorted(v for v in kept if v) == ["distinct", "distinct", "match", "match"]
    assert list((out / "backups").glob("match_review-*.xlsx"))  # the analyst's file, kept before it was replaced


def test_a_decision_that_changes_nothing_else_keeps_the_analysts_workbook(ran, tmp_path):
    """"distinct" on a pair for review changes no other row: the workbook the analyst saved already
    says what this run would write, so it stays as saved (nothing to back up, nothing replaced)."""
    import hashlib

    import pandas as pd

    out = tmp_path / "out"
    shutil.copytree(ran, out)
    ws, header = sheet(out)
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=3).value == "vurder")
    pair = ws.cell(row=row, column=header.index("pair_id") + 1).value
    ws.cell(row=row, column=header.index("Vurdering") + 1).value = "distinct"
    ws.parent.save(out / "match_review.xlsx")
    saved = (out / "match_review.xlsx").read_bytes()
    for _ in range(2):  # and the next run does not take the kept file for a new edit
        tiltak_run(out)
        assert (out / "match_review.xlsx").read_bytes() == saved
        assert not (out / "backups").exists()
        report = json.loads((out / "run_report.json").read_text(encoding="utf-8"))
        assert report["matching"]["decisions_applied"] == 1
        assert report["matching"]["review_files"]["match_review.xlsx"] == hashlib.sha256(saved).hexdigest()
        review = pd.read_csv(out / "match_review.csv", sep=";", encoding="utf-8-sig", dtype=str, keep_default_na=False)
        assert review.set_index("pair_id").loc[pair, "decision"] == "distinct"


def test_the_workbook_is_written_again_when_it_says_anything_else(tmp_path):
    from tiltak.export.review_book import holds, read_review_book, write_review_book

    rows = [{"pair_id": "p1", "left_key": "a", "right_key": "b", "group": "G1", "group_size": 2, "suggestion": "review",
             "score": "0.612", "decision": "distinct", "left_title": "Fagbrev på jobb"},
            {"pair_id": "p2", "left_key": "c", "right_key": "d", "group": "G2", "group_size": 2, "suggestion": "match",
             "score": "0.990", "decision": "", "left_title": "Kompetansepluss"}]
    path = tmp_path / "match_review.xlsx"
    write_review_book(path, rows)
    assert not holds(path, rows)  # not read in this run: nothing known of what it says
    read_review_book(path)
    assert holds(path, rows)
    assert holds(path, [dict(rows[0], left_title="Fagbrev på jobb (ny tittel)"), rows[1]])  # the measures' text
    for changed in ({"decision": "match"}, {"suggestion": "repeat"}, {"group": "G3"}, {"group_size": 3},
                    {"score": "0.700"}, {"pair_id": "p9"}):
        assert not holds(path, [dict(rows[0], **changed), rows[1]]), changed
    assert not holds(path, rows[::-1]) and not holds(path, rows[:1])
    os.utime(path, (1, 1))  # saved again since it was read
    assert not holds(path, rows)


def test_the_file_saved_last_is_read_and_the_other_named(ran, tmp_path):
    import pandas as pd

    out = tmp_path / "out"
    shutil.copytree(ran, out)
    ws, header = sheet(out)
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=3).value == "vurder")
    ws.cell(row=row, column=header.index("Vurdering") + 1).value = "match"
    ws.parent.save(out / "match_review.xlsx")
    review = pd.read_csv(out / "match_review.csv", sep=";", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    review.loc[review.suggestion == "review", "decision"] = "distinct"
    review.to_csv(out / "match_review.csv", sep=";", index=False, encoding="utf-8-sig")
    stamp = os.stat(out / "match_review.xlsx").st_mtime
    os.utime(out / "match_review.csv", (stamp + 60, stamp + 60))
    tiltak_run(out)
    report = json.loads((out / "run_report.json").read_text(encoding="utf-8"))
    assert report["matching"]["warnings"] == [
        "both match_review.xlsx and match_review.csv were changed since the last run: match_review.csv (saved last) "
        "was read, match_review.xlsx was not; copy its decisions over if they are wanted"]
    assert report["matching"]["decisions_applied"] == (review.suggestion == "review").sum()


def _calc_installed() -> bool:
    """LibreOffice with Calc (its Writer alone cannot open a workbook)."""
    soffice = shutil.which("soffice")
    return soffice is not None and any(Path(os.path.realpath(soffice)).parent.glob("libsclo.so*"))


@pytest.mark.skipif(not _calc_installed(), reason="LibreOffice Calc is not installed")
def test_calc_with_norwegian_settings_keeps_codes_and_decisions(ran, tmp_path):
    """The workbook opened and saved again by LibreOffice Calc in Norwegian (nb-NO) settings."""
    out = tmp_path / "out"
    shutil.copytree(ran, out)
    ws, header = sheet(out)
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=3).value == "vurder")
    ws.cell(row=row, column=header.index("Vurdering") + 1).value = "match"
    ws.parent.save(out / "match_review.xlsx")
    calc = tmp_path / "calc"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to",
                    "xlsx:Calc MS Excel 2007 XML", "--outdir", str(calc), str(out / "match_review.xlsx")],
                   check=True, capture_output=True, timeout=120, env=dict(os.environ, LC_ALL="nb_NO.UTF-8", LANG="nb_NO.UTF-8"))
    shutil.copy(calc / "match_review.xlsx", out / "match_review.xlsx")
    ws, header = sheet(out)
    delmal = header.index("Delmål A") + 1
    assert all(isinstance(ws.cell(row=r, column=delmal).value, (str, type(None))) for r in range(2, ws.max_row + 1))
    tiltak_run(out)
    report = json.loads((out / "run_report.json").read_text(encoding="utf-8"))
    assert report["matching"]["decisions_applied"] == 1


def test_cells_without_a_reference_are_read_in_their_place(tmp_path):
    """SpreadsheetML lets a writer leave out a cell's reference ("r"): it is then the next column."""
    import zipfile

    from tiltak.export.review_book import read_review_book

    sheet_xml = ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                 '<row r="1"><c t="inlineStr"><is><t>Vurdering</t></is></c><c t="inlineStr"><is><t>pair_id</t></is></c>'
                 '<c r="D1" t="inlineStr"><is><t>left_key</t></is></c></row>'
                 '<row r="2"><c t="inlineStr"><is><t>match</t></is></c><c t="inlineStr"><is><t>p1</t></is></c>'
                 '<c r="D2" t="inlineStr"><is><t>k1</t></is></c></row></sheetData></worksheet>')
    path = tmp_path / "book.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
                   'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   '<Override PartName="/xl/worksheets/sheet1.xml" '
                   'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
        z.writestr("_rels/.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                   'officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                   '<sheet name="Vurdering" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                   'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                   'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml)
    names, rows = read_review_book(path)
    assert rows == [{"decision": "match", "pair_id": "p1", "left_key": "k1"}]


def test_a_run_reads_only_the_columns_it_uses_wherever_the_analyst_moved_them(tmp_path):
    from openpyxl import Workbook

    from tiltak.export.review_book import KEEP, read_review_book

    wb = Workbook()
    ws = wb.active
    ws.title = "Vurdering"
    ws.append(["Merknad", "right_key", "Tittel A", "Vurdering", "Beskrivelse A", "left_key", "pair_id"])
    ws.append(["sjekk med KS", "k2", "Fagbrev på jobb", "ja", "Lang tekst", "k1", "p1"])
    wb.save(tmp_path / "book.xlsx")
    names, rows = read_review_book(tmp_path / "book.xlsx", KEEP)
    assert names == ["merknad", "right_key", "left_title", "decision", "left_description", "left_key", "pair_id"]
    assert rows == [{"merknad": "", "right_key": "k2", "left_title": "Fagbrev på jobb", "decision": "ja",
                     "left_description": "", "left_key": "k1", "pair_id": "p1"}]
    assert read_review_book(tmp_path / "book.xlsx")[1][0]["merknad"] == "sjekk med KS"  # all, without KEEP


def test_a_workbook_holding_other_measure_text_than_this_run_writes_is_written_again(tmp_path):
    """The analyst's decisions are all that differ, yet a measure's description changed (a report
    sent again): the workbook is written again, the analyst's copy kept in backups."""
    import json

    from tiltak.export.review_book import read_review_book, write_review_book
    from tiltak.export.review_files import rows_digest, write_review_files

    rows = [{"pair_id": "p1", "left_key": "a", "right_key": "b", "group": "G1", "group_size": 2,
             "suggestion": "review", "score": "0.612", "decision": "", "left_description": "Kurs i Oslo."}]
    (tmp_path / "match_review.xlsx").unlink(missing_ok=True)
    write_review_book(tmp_path / "match_review.xlsx", rows)
    (tmp_path / "run_report.json").write_text(json.dumps({"matching": {"review_rows_digest": rows_digest(rows, "v1")}}))
    decided = [dict(rows[0], decision="distinct")]
    write_review_book(tmp_path / "match_review.xlsx", decided)  # the analyst's save
    read_review_book(tmp_path / "match_review.xlsx")
    saved = (tmp_path / "match_review.xlsx").read_bytes()
    write_review_files(tmp_path, ["pair_id", "decision"], decided, set(), digest=rows_digest(decided, "v1"))
    assert (tmp_path / "match_review.xlsx").read_bytes() == saved  # only the decision differs: kept
    read_review_book(tmp_path / "match_review.xlsx")
    changed = [dict(decided[0], left_description="Kurs i Bergen.")]
    write_review_files(tmp_path, ["pair_id", "decision"], changed, set(), digest=rows_digest(changed, "v1"))
    assert (tmp_path / "match_review.xlsx").read_bytes() != saved


def test_the_run_report_counts_the_review_rows_and_keeps_their_digest_apart(ran):
    import csv

    report = json.loads((ran / "run_report.json").read_text(encoding="utf-8"))
    with open(ran / "match_review.csv", encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    assert report["matching"]["review_rows"] == len(rows) > 0
    assert len(report["matching"]["review_rows_digest"]) == 40
