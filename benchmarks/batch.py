"""Speed and memory of a batch run, on one generated folder (figures in the README).

The folder holds copies of the sample reports (PDF and Word; by default 200 files and about 2,000
pages), each copy made distinct (its own title property, and in Word a changed paragraph), so
nothing is deduplicated or cached by accident. From one run this prints:

  1. pages per second of the full pipeline (one worker) vs a bare pdfplumber pass over the same
     PDFs (open, extract_text() and find_tables() on every page), and their ratio;
  2. the speed-up from 1 to 2 workers (whole folder);
  3. a warm re-run (everything cached) as a share of the cold run;
  4. peak memory (RSS, the process and its workers together) of the whole run, for a quarter of
     the folder and for all of it.

    python benchmarks/batch.py [--files 200] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "samples").rglob("*.pdf")) + sorted((ROOT / "tests" / "heldout").rglob("*.pdf"))
WORD_SOURCES = sorted((ROOT / "samples").rglob("*.docx"))


def _pages(path: Path) -> int:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return len(pdf.pages)


def make_folder(folder: Path, files: int, seed: int = 11) -> dict:
    """Distinct copies of the samples: PDFs get their own Title, Word files their own title and text."""
    import docx
    from pypdf import PdfWriter

    rng = random.Random(seed)
    pdfs = [(p, _pages(p)) for p in SOURCES]
    big = [p for p in pdfs if p[1] >= 9]  # the matrix and the numbered report carry most pages
    (folder / "pdf").mkdir(parents=True)
    (folder / "word").mkdir()
    n_pdf = int(files * 0.85)
    pages = 0
    for i in range(n_pdf):
        src, n = rng.choice(big) if rng.random() < 0.9 else rng.choice(pdfs)
        writer = PdfWriter(clone_from=src)
        writer.add_metadata({"/Title": f"Rapport {i}", "/Subject": f"kopi {i} av {src.name}"})
        writer.write(folder / "pdf" / f"{i:04d}_{src.name}")
        pages += n
    for i in range(files - n_pdf):
        src = rng.choice(WORD_SOURCES)
        d = docx.Document(src)
        d.core_properties.title = f"Rapport {i}"
        if d.paragraphs:
            d.paragraphs[-1].add_run(f" (kopi {i})")
        d.save(folder / "word" / f"{i:04d}_{src.name}")
    return {"files": files, "pdf_files": n_pdf, "pdf_pages": pages}


def bare_pass(folder: Path) -> tuple[int, float]:
    import pdfplumber

    pages = 0
    started = time.perf_counter()
    for path in sorted(folder.rglob("*.pdf")):
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.find_tables()
                pages += 1
    return pages, time.perf_counter() - started


def _tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(ppid, []).append(int(entry))
            except (OSError, ValueError, IndexError):
                pass
    total, stack = 0.0, [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/statm") as fh:
                total += int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1024 / 1024
        except (OSError, ValueError, IndexError):
            pass
        stack.extend(children.get(p, []))
    return total


def pipeline(folder: Path, out: Path, workers: int, cache: bool) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of `tiltak run` in its own process."""
    cmd = [sys.executable, "-m", "tiltak", "run", str(folder), "--out", str(out), "--quiet", "--workers", str(workers)]
    if not cache:
        cmd.append("--no-cache")
    started = time.perf_counter()
    process = subprocess.Popen(cmd, cwd=ROOT)
    peak = 0.0
    while process.poll() is None:
        peak = max(peak, _tree_rss_mb(process.pid))
        time.sleep(0.2)
    seconds = time.perf_counter() - started
    if process.returncode not in (0, 2):
        raise SystemExit(f"tiltak run failed with exit code {process.returncode}")
    return seconds, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--keep", type=Path, help="build (or reuse) the folder here instead of a temporary one")
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="tiltak-bench-"))
    folder = base / "reports"
    for old in [*base.glob("out-*"), base / "quarter"]:  # every measurement starts cold
        shutil.rmtree(old, ignore_errors=True)
    if not folder.exists():
        info = make_folder(folder, args.files)
    else:
        info = {"files": sum(1 for _ in folder.rglob("*.*")), "pdf_files": sum(1 for _ in folder.rglob("*.pdf")),
                "pdf_pages": sum(_pages(p) for p in folder.rglob("*.pdf"))}
    print(f"folder: {info['files']} files ({info['pdf_files']} PDF with {info['pdf_pages']} pages), {os.cpu_count()} cores")

    pages, bare = bare_pass(folder / "pdf")
    one_pdf, _ = pipeline(folder / "pdf", base / "out-pdf", workers=1, cache=False)
    print(f"1. bare pdfplumber pass: {pages / bare:.1f} pages/s ({bare:.0f} s); full pipeline, 1 worker, same PDFs: "
          f"{pages / one_pdf:.1f} pages/s ({one_pdf:.0f} s); pipeline / bare time = {one_pdf / bare:.2f}")

    one, _ = pipeline(folder, base / "out-1", workers=1, cache=False)
    two, peak_all = pipeline(folder, base / "out-2", workers=2, cache=True)
    print(f"2. whole folder: 1 worker {one:.0f} s, 2 workers {two:.0f} s: speed-up {one / two:.2f}x")

    warm, _ = pipeline(folder, base / "out-2", workers=2, cache=True)
    print(f"3. warm re-run (all cached): {warm:.1f} s = {warm / two:.1%} of the cold run")

    quarter = base / "quarter"
    if not quarter.exists():
        quarter.mkdir()
        for path in sorted(folder.rglob("*.*"))[::4]:
            shutil.copy(path, quarter / path.name)
    _, peak_quarter = pipeline(quarter, base / "out-q", workers=2, cache=False)
    print(f"4. peak memory (RSS, all processes): {peak_all:.0f} MB for {info['files']} files, "
          f"{peak_quarter:.0f} MB for a quarter of them")
    if not args.keep:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
