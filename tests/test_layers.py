"""The layers import one way only: extract ← normalize ← export ← pipeline (and the command line).
Every import counts, also one inside a function."""

import ast

import pytest

from conftest import ROOT

BELOW = {"extract": set(), "normalize": {"extract"}, "export": {"extract", "normalize"}}
LAYERS = {"extract", "normalize", "export", "pipeline", "cli", "tiltak"}


def imported(package: str) -> dict[str, set[str]]:
    """file -> the top-level project names it imports."""
    out = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        names = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
        out[path.relative_to(ROOT).as_posix()] = names & LAYERS
    return out


@pytest.mark.parametrize("package", sorted(BELOW))
def test_a_layer_imports_only_the_layers_below_it(package):
    wrong = {f: sorted(n - BELOW[package] - {package}) for f, n in imported(package).items() if n - BELOW[package] - {package}}
    assert wrong == {}


def test_pipeline_is_orchestration_only():
    lines = (ROOT / "pipeline.py").read_text(encoding="utf-8").count("\n")
    assert lines <= 200, f"pipeline.py has {lines} lines: move what is not orchestration to its layer"


def test_importing_a_text_helper_does_not_load_the_parsers():
    import subprocess
    import sys

    code = ("import sys; import extract.text; "
            "print(sorted(m for m in sys.modules if m.startswith(('extract.layouts', 'extract.batch', 'pandas'))))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
