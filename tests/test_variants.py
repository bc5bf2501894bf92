"""The variant suite: the sample measures in every template axis, Word and PDF (tests/variants/).
The expectations come from the generator's source data (samples/source), never from tiltak."""

import json
import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

FOLDER = ROOT / "tests" / "variants"


def test_every_variant_is_read_exactly():
    from blind import run_tiltak
    from variants import field_errors

    expected = json.loads((FOLDER / "expected.json").read_text(encoding="utf-8"))
    rows, files = run_tiltak(FOLDER / "files")
    assert {f["path"] for f in files} == set(expected)
    errors = {name: problems for name, problems in field_errors(expected, rows).items() if problems}
    assert errors == {}


def test_the_suite_covers_every_axis_in_both_formats():
    expected = json.loads((FOLDER / "expected.json").read_text(encoding="utf-8"))
    axes = {axis for exp in expected.values() for axis in exp["axes"]}
    assert axes >= {"template", "labels", "colon", "numbering", "nesting", "title style", "page breaks", "landscape",
                    "header", "goal"}
    for name in expected:
        other = name[:-4] + ".docx" if name.endswith(".pdf") else name[:-5] + ".pdf"
        assert other in expected and (FOLDER / "files" / name).is_file()
