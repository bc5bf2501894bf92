"""OCR on scanned reports: seconds per page, and how much of the text comes back.

    python benchmarks/ocr.py [FILE.pdf ...]

Default: the scanned sample (tests/fixtures/scanned/ks_2018_skannet.pdf) against its text original
(samples/2018/ks_2018.pdf), and the scans of the blind batch tests/blind/sheets1.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    from rapidfuzz.distance import Levenshtein

    from tiltak.extract import extract_file
    from tiltak.extract.ocr import unavailable

    why = unavailable()
    if why:
        raise SystemExit(why)
    files = [Path(a) for a in sys.argv[1:]] or [ROOT / "tests/fixtures/scanned/ks_2018_skannet.pdf",
                                                 *sorted((ROOT / "tests/blind/sheets1").glob("*_skannet.pdf"))]
    originals = {"ks_2018_skannet.pdf": ROOT / "samples/2018/ks_2018.pdf"}
    for path in files:
        started = time.perf_counter()
        result = extract_file(path, path.parent)
        seconds = time.perf_counter() - started
        pages = len(result.info.ocr_pages) or 1
        line = (f"{path.name}: {result.status}, {len(result.measures)} measures, {pages} pages OCR'd, "
                f"{seconds / pages:.1f} s per page, mean confidence "
                f"{sum(result.info.ocr_pages.values()) / pages:.0f}%")
        if path.name in originals:
            text = extract_file(originals[path.name], originals[path.name].parent)
            chars = sum(len(m.title) for m in text.measures)
            wrong = sum(Levenshtein.distance(a.title, b.title) for a, b in zip(text.measures, result.measures))
            line += f"; title characters right {100 * (1 - wrong / chars):.1f}% of {chars}"
        print(line)


if __name__ == "__main__":
    main()
