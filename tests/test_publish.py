"""What the analyst publishes (report.html, charts, matrix.xlsx) and what other tools read
(datapackage.json, JSON Schema, the Python API, the README's examples)."""

import json
import re
import shutil

import pandas as pd
import pytest

from conftest import ROOT, SAMPLES
from tiltak.pipeline import run

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """Two years of reports, one broken file, a self-check that fails: everything a report must show."""
    base = tmp_path_factory.mktemp("publish")
    reports = base / "reports"
    shutil.copytree(SAMPLES / "2018", reports / "2018")
    (reports / "2017").mkdir()
    shutil.copy(SAMPLES / "2017" / "spekter_2017.pdf", reports / "2017")
    (reports / "2018" / "ødelagt.pdf").write_bytes(b"")
    import docx  # the matrix with two rows removed: its self-check fails

    d = docx.Document(SAMPLES / "matrix" / "kompetanse_norge_matrise_2018.docx")
    for index in (4, 3):
        tr = d.tables[0].rows[index]._tr
        tr.getparent().remove(tr)
    (reports / "matrise").mkdir()
    d.save(reports / "matrise" / "matrise_kopi_2018.docx")
    out = base / "out"
    result = run(reports, out)
    return base, reports, out, result


def test_outputs_exist(published):
    _, _, out, _ = published
    for name in ("report.html", "matrix.xlsx", "chart_delmal.svg", "chart_types_2017.svg", "chart_types_2018.svg",
                 "datapackage.json", "schema/measure.schema.json", "schema/tiltak.schema.json"):
        assert (out / name).is_file(), name


def test_report_is_self_contained_and_shows_what_needs_attention_first(published):
    _, _, out, _ = published
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "<script" not in html and not re.search(r"""(src|href)=["']https?://""", html)
    alerts = html.index('id="varsler"')
    assert alerts < html.index('id="delmal"')
    assert "ødelagt.pdf" in html and "filen er tom (0 byte)" in html  # the reason in Norwegian
    assert "Antall totalt, delmål 1.2" in html and "trykket 19, lest 17" in html
    assert html.count("data:image/svg+xml;base64,") == 3  # per delmål, and types per area for each year
    assert 'id="aar"' in html  # two years: year over year


def test_figures_say_they_are_provisional_while_anything_is_open(published):
    _, _, out, result = published
    html = re.sub(r"\s+", " ", (out / "report.html").read_text(encoding="utf-8"))
    opened = result.report["open"]
    undecided = sum(1 for r in result.review.to_dict("records") if r["suggestion"] == "review" and not r["decision"])
    assert opened["undecided_pairs"] == undecided > 0 and opened["failed_files"] == 1 and not opened["final"]
    assert f"{undecided} par ikke vurdert" in html and "tallene er foreløpige" in html and "Endelige tall" not in html
    assert html.index('id="foreløpig"') < html.index('id="delmal"')
    warned = [m for m in result.records if m.warnings]
    assert f"Advarsler per tiltak ({len(warned)} tiltak)" in html


def test_figures_are_final_only_when_nothing_is_open():
    from tiltak.cli import provisional_line
    from tiltak.export.run_report import open_items

    report = {"totals": {"warnings": 0, "failed": 0, "files_with_gaps": 0, "self_checks_failed": 0},
              "matching": {"decision_errors": []}}
    decided = [{"suggestion": "review", "decision": "match"}, {"suggestion": "repeat", "decision": ""}]
    assert open_items(report, decided)["final"]
    assert provisional_line(open_items(report, decided)).startswith("Figures are final")
    pending = open_items(report, decided + [{"suggestion": "review", "decision": ""}])
    assert not pending["final"] and provisional_line(pending) == (
        "Figures are provisional: 1 pairs not decided (report.html lists them).")


def test_each_measure_links_to_its_source_and_page(published):
    _, reports, out, _ = published
    html = (out / "report.html").read_text(encoding="utf-8")
    links = re.findall(r'<a href="([^"]+)">([^<]+)</a>', html)
    pdf_links = [(h, t) for h, t in links if "spekter_2017.pdf#page=" in h]
    assert pdf_links and all(", s. " in t for _, t in pdf_links)
    href = pdf_links[0][0].split("#")[0]
    assert (out / href).resolve() == (reports / "2017" / "spekter_2017.pdf").resolve()


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (.ci/run installs Debian's chromium)")
def test_report_renders_in_a_real_browser(published):
    from playwright.sync_api import sync_playwright

    _, _, out, _ = published
    errors, requests = [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-quic"])
        page = browser.new_page()
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("request", lambda r: requests.append(r.url))
        page.goto((out / "report.html").as_uri())
        assert page.locator("h1").inner_text().startswith("Oppsummering av tiltak")
        assert page.locator("table").count() >= 4
        assert page.locator("table.matrix").first.is_visible()
        widths = page.eval_on_selector_all("img", "imgs => imgs.map(i => i.complete ? i.naturalWidth : 0)")
        assert len(widths) == 3 and all(w > 300 for w in widths)
        assert page.locator("#varsler").is_visible()
        phone = browser.new_page(viewport={"width": 375, "height": 800})
        phone.goto((out / "report.html").as_uri())
        assert phone.evaluate("document.documentElement.scrollWidth") <= 375  # wide tables scroll in place
        browser.close()
    assert errors == []
    assert all(u.startswith(("file:", "data:")) for u in requests)


def test_matrix_workbook_is_ready_to_edit_and_print(published):
    from openpyxl import load_workbook

    _, _, out, result = published
    wb = load_workbook(out / "matrix.xlsx")
    assert wb.sheetnames == ["Matrise 2018", "Matrise 2017"]
    ws = wb["Matrise 2018"]
    assert [c.value for c in ws[1]] == ["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Antall totalt"]
    assert ws.freeze_panes == "A2" and ws.print_title_rows in ("1:1", "$1:$1") and ws.page_setup.orientation == "landscape"
    assert ws[1][0].font.b and ws.cell(3, 2).alignment.wrap_text
    assert ws.column_dimensions["B"].width >= 40
    long = next(r for r in range(3, ws.max_row) if len(str(ws.cell(r, 2).value or "")) > 150)
    assert ws.row_dimensions[long].height >= 15 * 3  # wrapped text gets its rows: nothing overlaps in print
    merged = [str(r) for r in ws.merged_cells.ranges]
    assert any(r.startswith("A") and ":A" in r for r in merged)  # a delmål over its measures
    assert any(r.startswith("F") and ":F" in r for r in merged)  # its count
    assert ws.cell(ws.max_row, 1).value == f"Totalt antall tiltak {len(result.tiltak[result.tiltak.years.map(lambda y: 2018 in list(y))])}"


def test_data_package_validates(published):
    from frictionless import validate

    _, _, out, _ = published
    report = validate(out / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]
    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    measures = next(r for r in package["resources"] if r["name"] == "measures")
    assert measures["schema"]["foreignKeys"][0]["reference"] == {"resource": "tiltak", "fields": ["cluster_id"]}
    delmal = next(f for f in measures["schema"]["fields"] if f["name"] == "delmal")
    assert delmal["type"] == "list" and delmal["delimiter"] == "; " and delmal["description"]


def test_shipped_json_schema_is_the_models_own():
    from tiltak.export.schema import HERE, render, schemas

    for name, schema in schemas().items():
        assert (HERE / name).read_text(encoding="utf-8") == render(schema), f"run: python -m tiltak.export.schema ({name})"


def test_python_api_returns_frames_and_writes_nothing(tmp_path):
    reports = tmp_path / "reports"
    shutil.copytree(SAMPLES / "2017", reports)
    before = sorted(p.name for p in tmp_path.rglob("*"))
    from tiltak.pipeline import run as api_run

    result = api_run(reports)
    assert sorted(p.name for p in tmp_path.rglob("*")) == before
    assert len(result.measures) == 16 and len(result.tiltak) == 8
    assert isinstance(result.review, pd.DataFrame) and result.report["totals"]["ok"] == 2
    assert result.summary_delmal.measures.sum() == 10  # two measures serve two delmål


def test_readme_examples_work_as_written(published, monkeypatch):
    base, _, out, _ = published
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Using the outputs"):]
    section = section[: section.index("\n## ", 3)]
    blocks = re.findall(r"```python\n(.*?)```", section, re.S)
    assert len(blocks) >= 2
    if not (base / "samples").exists():
        (base / "samples").symlink_to(SAMPLES)  # the examples run where a clone's samples/ and out/ are
    monkeypatch.chdir(base)
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {})


def test_readme_api_example_runs_as_a_script_without_a_main_guard(tmp_path):
    """Saved as a file and run with python, as a user would: no main guard, no tracebacks."""
    import subprocess
    import sys

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Using the outputs"):]
    block = re.findall(r"```python\n(.*?)```", section, re.S)[0]
    assert "__main__" not in block
    (tmp_path / "samples").symlink_to(SAMPLES)
    script = tmp_path / "mitt_skript.py"
    script.write_text(block + '\nprint("measures", len(result.measures), "failed", result.report["totals"]["failed"])\n',
                      encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr[-2000:]
    assert done.stdout.strip().endswith("failed 0")


def test_the_api_raises_standard_exceptions(tmp_path):
    with pytest.raises(NotADirectoryError, match="does not exist"):
        run(tmp_path / "finnes_ikke")
    (tmp_path / "fil.txt").write_text("x")
    with pytest.raises(NotADirectoryError, match="is not a folder"):
        run(tmp_path / "fil.txt")
    with pytest.raises(ValueError, match="workers must be a whole number of at least 1, not 0"):
        run(tmp_path, workers=0)


def test_source_links_point_to_a_published_folder_when_given_a_base_url():
    from tiltak.export.report import _source_link

    assert _source_link("https://intra.example/rapporter/", "2018/ks 2018.pdf", 4) == {
        "href": "https://intra.example/rapporter/2018/ks%202018.pdf#page=4", "label": "2018/ks 2018.pdf, s. 4"}
    assert _source_link("../reports", "lo.docx", None)["href"] == "../reports/lo.docx"


def test_the_package_answers_to_its_own_name():
    import tiltak

    assert tiltak.run is run and tiltak.__version__


def test_parquet_tables_are_arrows_own_and_need_no_pandas(tmp_path):
    """The Parquet writer builds its tables with Arrow's JSON reader: the same table as
    Table.from_pylist (the oracle), with the model's field descriptions, and pandas never loaded."""
    import datetime as dt
    import subprocess
    import sys

    import pyarrow as pa

    from tiltak.export.dataset import arrow_schema, to_table
    from tiltak.normalize.models import Measure

    rows = [Measure(measure_id="m1", source_file="a «b».pdf", source_sha256="s", layout="row_table", title='Kurs\n"x" æøå',
                    delmal=["1.2", "2.3"], omrade=[1, 2], report_year=2019, start_date=dt.date(2019, 3, 1)).model_dump(),
            Measure(measure_id="m2", source_file="b.docx", source_sha256="t", layout="sections", title="B").model_dump()]
    want = pa.Table.from_pylist(rows, schema=arrow_schema(Measure))
    got = to_table(rows, Measure)
    assert got.equals(want) and got.schema.equals(want.schema, check_metadata=True)
    assert to_table([], Measure).schema.equals(want.schema)
    code = ("import sys; from tiltak.export.dataset import write_parquet; from tiltak.normalize.models import Measure; "
            f"write_parquet({str(tmp_path / 'm.parquet')!r}, [Measure(measure_id='m', source_file='f', source_sha256='s', "
            "layout='x', title='t')], Measure); print('pandas' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"


def test_the_report_template_compiles_without_a_cache_folder(monkeypatch):
    import jinja2

    from tiltak.export import report

    def refused(*args, **kwargs):
        raise RuntimeError("no temporary folder to be had")

    cached = report._template()
    monkeypatch.setattr(jinja2, "FileSystemBytecodeCache", refused)
    report._template.cache_clear()
    try:
        fresh = report._template()
        assert fresh.environment.bytecode_cache is None
        assert cached.environment.bytecode_cache is not None
        assert fresh.name == cached.name == "report.html.j2"
    finally:
        report._template.cache_clear()
