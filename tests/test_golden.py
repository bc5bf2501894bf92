"""Every sample report against its golden files (tests/golden/): the document model and the parsed
measures. A change shows as a diff; when it is intended, rewrite them with
`python tests/golden/golden.py` and review `git diff tests/golden/` before committing."""

import difflib
import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "tests" / "golden"))
import golden  # noqa: E402


@pytest.mark.parametrize("path", golden.FIXTURES, ids=lambda p: golden.golden_name(p))
def test_the_model_and_the_measures_are_the_golden_ones(path):
    model, measures = golden.render(path)
    for got, suffix in ((model, ".model.txt"), (measures, ".measures.jsonl")):
        want = (golden.HERE / f"{golden.golden_name(path)}{suffix}").read_text(encoding="utf-8")
        if got != want:
            diff = "".join(list(difflib.unified_diff(want.splitlines(True), got.splitlines(True), "golden", "now"))[:60])
            pytest.fail(f"{path.name}{suffix} differs from its golden file "
                        f"(python tests/golden/golden.py rewrites it):\n{diff}")
