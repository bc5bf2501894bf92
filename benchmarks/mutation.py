"""Mutation probes: small changes to the code that a good test suite notices.

    python benchmarks/mutation.py [--per-package 12] [--seed 1] [PACKAGE ...]

For each package (tiltak/extract/layouts, tiltak/normalize/goals.py, tiltak/normalize/types.py,
tiltak/normalize/matching) a
sample of mutants is made from the code's syntax tree — a comparison turned (`<` ↔ `<=`, `==` ↔
`!=`), `and` ↔ `or`, a `not` dropped, a number off by one, `True` ↔ `False`, a returned value
replaced by None — and for each the package's tests run (fast suite, stop at the first failure).
A mutant is killed when a test fails. Prints the kill rate per package and every survivor, to be
read: a survivor is either a missing test or a change that does not matter.

The file under test is changed in place and always restored (check `git status` after a kill -9).
A simpler tool than mutmut (whose copy of the tree did not see the repository's packages through
the editable install when they stood at the top level); the same idea.
"""

from __future__ import annotations

import argparse
import ast
import copy
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PACKAGES = {
    "tiltak/extract/layouts": ["tests/test_row_table.py", "tests/test_sections.py", "tests/test_forms.py",
                               "tests/test_numbered.py", "tests/test_layout_details.py", "tests/test_golden.py",
                               "tests/test_variants.py", "tests/test_blind.py"],
    "tiltak/extract/layouts/told_facts.py": ["tests/test_told_facts.py"],
    "tiltak/normalize/goals.py": ["tests/test_goals.py"],
    "tiltak/normalize/types.py": ["tests/test_types.py", "tests/test_guessers.py"],
    "tiltak/normalize/matching": ["tests/test_matching.py", "tests/test_match_evidence.py", "tests/test_review_file.py"],
}
SWAPS = {ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt, ast.Eq: ast.NotEq, ast.NotEq: ast.Eq,
         ast.In: ast.NotIn, ast.NotIn: ast.In, ast.Is: ast.IsNot, ast.IsNot: ast.Is}


def mutation_points(tree: ast.AST) -> list[tuple[int, str]]:
    """(index in ast.walk order, kind) of every node a mutation applies to."""
    points = []
    for i, node in enumerate(ast.walk(tree)):
        if isinstance(node, ast.Compare) and type(node.ops[0]) in SWAPS:
            points.append((i, "compare"))
        elif isinstance(node, ast.BoolOp):
            points.append((i, "boolop"))
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            points.append((i, "not"))
        elif isinstance(node, ast.Constant) and type(node.value) in (int, float) and not isinstance(node.value, bool):
            points.append((i, "number"))
        elif isinstance(node, ast.Constant) and isinstance(node.value, bool):
            points.append((i, "bool"))
        elif isinstance(node, ast.Return) and node.value is not None and not (
                isinstance(node.value, ast.Constant) and node.value.value is None):
            points.append((i, "return"))
    return points


def mutate(tree: ast.AST, index: int, kind: str) -> tuple[ast.AST, int, str]:
    tree = copy.deepcopy(tree)
    node = list(ast.walk(tree))[index]
    line = getattr(node, "lineno", 0)
    if kind == "compare":
        old = type(node.ops[0])
        node.ops[0] = SWAPS[old]()
        what = f"{old.__name__} -> {SWAPS[old].__name__}"
    elif kind == "boolop":
        old = type(node.op)
        node.op = ast.Or() if old is ast.And else ast.And()
        what = f"{old.__name__} -> {'Or' if old is ast.And else 'And'}"
    elif kind == "not":
        parent = next(p for p in ast.walk(tree) for f in ast.iter_fields(p) for v in (
            f[1] if isinstance(f[1], list) else [f[1]]) if v is node)
        for name, value in ast.iter_fields(parent):
            if value is node:
                setattr(parent, name, node.operand)
            elif isinstance(value, list) and node in value:
                value[value.index(node)] = node.operand
        what = "not dropped"
    elif kind == "number":
        what = f"{node.value!r} -> {node.value + 1!r}"
        node.value = node.value + 1
    elif kind == "bool":
        what = f"{node.value} -> {not node.value}"
        node.value = not node.value
    else:
        node.value = ast.Constant(value=None)
        what = "return None"
    return ast.fix_missing_locations(tree), line, what


def run_tests(tests: list[str], timeout: float) -> bool:
    """True when the tests fail (the mutant is killed)."""
    try:
        done = subprocess.run([sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", "-n", "0",
                               "-m", "not slow and not faults", *tests], cwd=ROOT, capture_output=True,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        return True  # an endless loop is noticed too
    return done.returncode != 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("packages", nargs="*", default=list(PACKAGES))
    parser.add_argument("--per-package", type=int, default=12)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=300)
    args = parser.parse_args()
    for package in args.packages:
        rng = random.Random(f"{args.seed}:{package}")  # the same sample for a package, whatever else runs
        target = ROOT / package
        files = [target] if target.is_file() else sorted(target.rglob("*.py"))
        candidates = []
        for path in files:
            tree = ast.parse(path.read_text(encoding="utf-8"))
            candidates += [(path, tree, i, kind) for i, kind in mutation_points(tree)]
        sample = rng.sample(candidates, min(args.per_package, len(candidates)))
        killed, survivors, started = 0, [], time.perf_counter()
        for path, tree, index, kind in sample:
            original = path.read_text(encoding="utf-8")
            mutant, line, what = mutate(tree, index, kind)
            try:
                path.write_text(ast.unparse(mutant) + "\n", encoding="utf-8")
                dead = run_tests(PACKAGES[package], args.timeout)
            finally:
                path.write_text(original, encoding="utf-8")
            killed += dead
            if not dead:
                survivors.append(f"{path.relative_to(ROOT)}:{line}: {what}")
        print(f"{package}: {killed} of {len(sample)} mutants killed ({killed / max(len(sample), 1):.0%}), "
              f"from {len(candidates)} mutation points, {time.perf_counter() - started:.0f} s")
        for s in survivors:
            print(f"  survived: {s}")


if __name__ == "__main__":
    main()
