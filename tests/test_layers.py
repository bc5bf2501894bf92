"""The layers import one way only: extract ← normalize ← export ← pipeline (and the command line).
Every import counts, also one inside a function. Everything is installed under one name, tiltak."""

import ast

import pytest

from conftest import ROOT

BELOW = {"extract": set(), "normalize": {"extract"}, "export": {"extract", "normalize"}}
LAYERS = {"extract", "normalize", "export", "pipeline", "cli"}
PACKAGE = ROOT / "tiltak"


def layer(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "tiltak":
        return None
    return parts[1] if len(parts) > 1 and parts[1] in LAYERS else "tiltak"


def imported(package: str) -> dict[str, set[str]]:
    """file -> the top-level project names it imports."""
    out = {}
    for path in sorted((PACKAGE / package).rglob("*.py")):
        names = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {layer(a.name) for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(layer(node.module))
        out[path.relative_to(ROOT).as_posix()] = names - {None}
    return out


@pytest.mark.parametrize("package", sorted(BELOW))
def test_a_layer_imports_only_the_layers_below_it(package):
    wrong = {f: sorted(n - BELOW[package] - {package}) for f, n in imported(package).items() if n - BELOW[package] - {package}}
    assert wrong == {}


def test_pipeline_is_orchestration_only():
    lines = (PACKAGE / "pipeline.py").read_text(encoding="utf-8").count("\n")
    assert lines <= 200, f"pipeline.py has {lines} lines: move what is not orchestration to its layer"


def test_importing_a_text_helper_does_not_load_the_parsers():
    import subprocess
    import sys

    code = ("import sys; import tiltak.extract.text; print(sorted(m for m in sys.modules "
            "if m.startswith(('tiltak.extract.layouts', 'tiltak.extract.batch', 'tiltak.pipeline', 'pandas'))))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_code_imports_its_parts_under_the_package_name_only():
    """`import pipeline` would find a user's own pipeline.py first, and a second copy of a module
    would hold its own state: no module may import a part by its bare name."""
    bare = {}
    for path in sorted(ROOT.glob("*/**/*.py")):
        if path.is_relative_to(ROOT / ".venv") or path.is_relative_to(ROOT / "tests" / "blind"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        names |= {n.module.split(".")[0] for n in ast.walk(tree)
                  if isinstance(n, ast.ImportFrom) and n.level == 0 and n.module}
        if names & LAYERS:
            bare[path.relative_to(ROOT).as_posix()] = sorted(names & LAYERS)
    assert bare == {}
