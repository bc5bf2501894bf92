"""The analyst's loop, timed on the samples (issue 13): `tiltak --help`, a re-run after one review
decision (and one with nothing changed; and one in a running `tiltak watch`), and a cold run against a bare pdfplumber + python-docx pass
over the same files.

    python benchmarks/loop.py [--repeat 5] [FOLDER]

Every figure is the median of `--repeat` runs, each a fresh process (as the analyst runs it), and
the bare pass is measured in the same run. Targets: --help <= 0.2 s, re-run after one decision
<= 0.5 s, cold run <= 1.2 x the bare pass.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = """
import sys, pdfplumber, docx
from pathlib import Path
for path in sorted(Path(sys.argv[1]).rglob("*")):
    if path.suffix.lower() == ".pdf":
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text(); page.find_tables(); page.close()
    elif path.suffix.lower() == ".docx":
        d = docx.Document(path)
        [p.text for p in d.paragraphs]; [c.text for t in d.tables for r in t.rows for c in r.cells]
"""


# as the analyst's Python runs: compiled modules cached (a shell that sets PYTHONDONTWRITEBYTECODE
# would have every run compile tiltak's modules again, 0.07 s)
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed(cmd: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, check=False, capture_output=True, cwd=ROOT, env=ENV)
    return time.perf_counter() - started


def median(cmd: list[str], repeat: int, before=None) -> float:
    times = []
    for _ in range(repeat):
        if before:
            before()
        times.append(timed(cmd))
    return statistics.median(times)


def decide_one(out: Path) -> None:
    from openpyxl import load_workbook

    path = out / "match_review.xlsx"
    wb = load_workbook(path)
    ws = wb.active
    header = [c.value for c in ws[1]]
    decision, suggestion = header.index("Vurdering") + 1, header.index("Forslag") + 1
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=suggestion).value == "vurder")
    cell = ws.cell(row=row, column=decision)
    cell.value = "distinct" if cell.value == "match" else "match"  # a new decision every time
    wb.save(path)


def watched(tiltak: list[str], folder: Path, out: Path, repeat: int) -> tuple[float, float]:
    """`tiltak watch` running: the median time of its re-run after one decision (as it prints it),
    and from the workbook's save to the re-run's end."""
    import re

    proc = subprocess.Popen(tiltak + ["watch", str(folder), "--out", str(out), "--quiet", "--every", "0.1"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=ROOT)
    ran, seen = [], []
    try:
        next(line for line in proc.stdout if "Ran at" in line)
        for _ in range(repeat):
            decide_one(out)
            saved = time.perf_counter()
            line = next(line for line in proc.stdout if "Ran at" in line)
            seen.append(time.perf_counter() - saved)
            ran.append(float(re.search(r"in ([\d.]+) s", line).group(1)))
    finally:
        proc.terminate()
        proc.wait(10)
    return statistics.median(ran), statistics.median(seen)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", type=Path, default=ROOT / "samples")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    tiltak = [sys.executable, "-c", "from tiltak.cli import entry; entry()"]
    baseline = median([sys.executable, "-c", "pass"], args.repeat)
    helped = median(tiltak + ["--help"], args.repeat)
    print(f"python -c pass: {baseline:.3f} s; tiltak --help: {helped:.3f} s (target <= 0.2 s)")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        run = tiltak + ["run", str(args.folder), "--out", str(out), "--quiet", "--workers", "1"]

        def fresh():
            shutil.rmtree(out, ignore_errors=True)

        bare = median([sys.executable, "-c", BARE, str(args.folder)], args.repeat)
        cold = median(run, args.repeat, before=fresh)
        default = median(run[:-2], args.repeat, before=fresh)
        print(f"bare pdfplumber + python-docx pass: {bare:.2f} s; cold run, no cache: {default:.2f} s as the analyst "
              f"runs it = {default / bare:.2f} x the bare pass (target <= 1.2); {cold:.2f} s with one worker, the "
              f"bare pass's one core = {cold / bare:.2f} x")
        timed(run)
        rerun = median(run, args.repeat, before=lambda: decide_one(out))
        print(f"re-run after one review decision: {rerun:.2f} s (target <= 0.5 s)")
        timed(run)
        unchanged = median(run, args.repeat)
        print(f"re-run with nothing changed (the dataset, summaries and workbook carried over): {unchanged:.2f} s")
        ran, seen = watched(tiltak, args.folder, out, args.repeat)
        print(f"`tiltak watch`, re-run after one review decision: {ran:.2f} s (target <= 0.5 s); "
              f"from the save to the outputs written: {seen:.2f} s (it looks every 0.1 s)")


if __name__ == "__main__":
    main()
