"""tiltak inspect: what tiltak sees in one report, and why a layout fits or not."""

from click.testing import CliRunner

from conftest import ROOT, SAMPLES
from tiltak.pipeline import main


def test_inspect_shows_the_model_the_items_and_the_fits():
    result = CliRunner().invoke(main, ["inspect", str(SAMPLES / "2018" / "nho_2018.docx")])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "== Document model" in out and "== Items" in out and "== Layouts (best first)" in out
    assert "field goal" in out and "-> form_table:" in out


def test_inspect_explains_a_document_no_layout_fits(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("Referat fra styremøtet 3. mars")
    d.add_paragraph("Ansvarlig: styret")
    d.save(tmp_path / "referat.docx")
    result = CliRunner().invoke(main, ["inspect", str(tmp_path / "referat.docx"), "--show", "fits"])
    assert result.exit_code == 0 and "no layout fits" in result.output


def test_inspect_prints_the_settings_and_names_a_broken_file(tmp_path):
    result = CliRunner().invoke(main, ["inspect", str(ROOT / "README.md"), "--show", "settings"])
    assert '"line_tolerance"' in result.output and '"fuzzy_ratio"' in result.output
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4 broken")
    result = CliRunner().invoke(main, ["inspect", str(tmp_path / "x.pdf")])
    assert result.exit_code == 1 and "x.pdf" in result.output and "Traceback" not in result.output
