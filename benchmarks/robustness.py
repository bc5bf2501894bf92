"""Limits of one file: memory and time for long PDFs, huge Word tables and crowded titles.

    python benchmarks/robustness.py [--pages 10 250 1000] [--rows 100 1000 10000] [--similar 3000]

Each file is read by `extract.extract_file` in a fresh process (as a worker reads it), so the peak
resident memory printed is that of one worker with one document. Ratios are against the smallest
size of each kind, measured in the same run. Targets (issue 12): a 1,000-page PDF under 300 MB,
a 10,000-row Word table under 10 s, 3,000 near-identical titles matched without n² pairs.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "faults"))

READ_ONE = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
from tiltak.extract import extract_file
t = time.perf_counter()
r = extract_file(sys.argv[1], sys.argv[2])
print(json.dumps({{"seconds": time.perf_counter() - t, "status": r.status, "measures": len(r.measures),
                  "error": r.error, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def read_in_child(path: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", READ_ONE.format(root=str(ROOT)), str(path), str(path.parent)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    from hostile import numbered_report_pages, write_pdf, write_table_docx

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, nargs="*", default=[10, 250, 1000])
    parser.add_argument("--rows", type=int, nargs="*", default=[100, 1000, 10000])
    parser.add_argument("--similar", type=int, nargs="*", default=[300, 3000])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        base = None
        for n in args.pages:
            got = read_in_child(write_pdf(folder / f"long{n}.pdf", numbered_report_pages(n)))
            base = base or got
            print(f"PDF of {n:>5} pages: {got['measures']:>5} measures, {got['seconds']:6.1f} s, peak {got['peak_mb']:5.0f} MB"
                  f"  (× {got['seconds'] / base['seconds']:.1f} time, × {got['peak_mb'] / base['peak_mb']:.2f} memory"
                  f" of {args.pages[0]} pages) {got['error'] or ''}")
        crowded = [*numbered_report_pages(2), (["ord " * 100 for _ in range(1000)], 1)]  # 100,000 words on one page
        got = read_in_child(write_pdf(folder / "crowded.pdf", crowded))
        print(f"PDF with one page of 100,000 words: {got['measures']} measures, {got['seconds']:.1f} s, "
              f"peak {got['peak_mb']:.0f} MB (the page is named as not read)")
        base = None
        for n in args.rows:
            got = read_in_child(write_table_docx(folder / f"table{n}.docx", n))
            base = base or got
            print(f"Word table of {n:>6} rows: {got['measures']:>6} measures, {got['seconds']:6.2f} s, peak {got['peak_mb']:5.0f} MB"
                  f"  (× {got['seconds'] / base['seconds']:.1f} time of {args.rows[0]} rows) {got['error'] or ''}")
    similar(args.similar)


def similar(sizes: list[int]) -> None:
    """Measures whose titles differ in one or two words: every pair passes a similarity prefilter."""
    import time

    from tiltak.normalize.config import load_config
    from tiltak.normalize.matching import match
    from tiltak.normalize.models import Measure
    from tiltak.normalize.orgs import Gazetteer

    config = load_config()
    gazetteer = Gazetteer(config.organisations)
    words = ["kurs", "opplæring", "kompetanse", "ansatte", "ledere", "tillitsvalgte", "digital", "helse"]
    base = None
    for n in sizes:
        measures = [Measure(measure_id=f"s{i}", source_file=f"r{i % 40}.docx", source_sha256=f"sha{i % 40}",
                            layout="row_table", reporter=["LO", "NHO", "KS", "Virke"][i % 4], report_year=2018 + i % 5,
                            title=f"Kurs i {words[i % 8]} og {words[(i // 8) % 8]} for ansatte del {i % 13}",
                            delmal=["2.2"], omrade=[2], type="Kurs", responsible=["LO"])
                    for i in range(n)]
        t = time.perf_counter()
        result = match(measures, config.settings["matching"], gazetteer, [])
        seconds = time.perf_counter() - t
        base = base or seconds
        print(f"{n:>5} near-identical titles: {result.stats['candidate_pairs']:>8} pairs scored of {n * (n - 1) // 2:>8},"
              f" {seconds:5.1f} s (× {seconds / base:.1f} of {sizes[0]})")


if __name__ == "__main__":
    main()
