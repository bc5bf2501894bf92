"""Text for scanned pages: Tesseract (Norwegian data) through pytesseract, an optional extra.

A page without a text layer that holds an image is rendered (pdfplumber's pypdfium2) and read by
Tesseract into words with their boxes, in the page's own coordinates, so that the PDF reader
builds lines, paragraphs and tables from them as from printed words. Each word's box is set to
its line's, so a line is one line whatever its letters' heights. The page's mean word confidence
goes with it.

    pip install 'tiltak[ocr]'  and  apt-get install tesseract-ocr tesseract-ocr-nor
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

HOW_TO_INSTALL = ("OCR needs Tesseract with Norwegian data: apt-get install tesseract-ocr tesseract-ocr-nor, "
                  "and pip install 'tiltak[ocr]'")


@dataclass
class OcrWord:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    confidence: float


@lru_cache(maxsize=1)
def unavailable(language: str = "nor") -> str | None:
    """Why OCR cannot run on this machine, or None when it can."""
    try:
        import pytesseract
    except ImportError:
        return "pytesseract is not installed; " + HOW_TO_INSTALL
    try:
        languages = pytesseract.get_languages(config="")
    except Exception:  # noqa: BLE001 - no tesseract binary, or one that does not start
        return "Tesseract is not installed; " + HOW_TO_INSTALL
    if language not in languages:
        return f"Tesseract has no '{language}' language data; " + HOW_TO_INSTALL
    return None


def read_page(page, resolution: int, language: str = "nor") -> tuple[list[OcrWord], float, list]:
    """The words Tesseract reads on a pdfplumber page, in points from the page's top left, their
    mean confidence (0-100), and the ruled tables drawn on the page as (cell boxes, table box)."""
    import os

    import pytesseract

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # one thread per Tesseract: the workers are the parallelism
    image = page.to_image(resolution=resolution).original.convert("L")
    scale = 72.0 / resolution
    grids = ruled_grids(image)
    page_image = image
    if grids:  # the page read without its ruled tables: they are read below, a row at a time
        from PIL import ImageDraw

        page_image = image.copy()
        for _, box in grids:
            ImageDraw.Draw(page_image).rectangle(box, fill=255)
    words = _words(pytesseract.image_to_data(page_image, lang=language, config="--psm 3",
                                             output_type=pytesseract.Output.DICT), scale, 0, 0)
    if grids:  # a ruled table: read a row of cells at a time, its lines whitened (as text they garble it)
        clean_image = _without_lines(image, resolution)
        pad = max(2, resolution // 100)
        for cells, (left, _, right, _) in grids:
            for top, bottom in sorted({(c[1], c[3]) for c in cells}):
                if bottom - top <= 3 * pad:
                    continue
                strip = clean_image.crop((left, top + pad, right, bottom - pad))
                words += _words(pytesseract.image_to_data(strip, lang=language, config="--psm 6",
                                                          output_type=pytesseract.Output.DICT), scale, left, top + pad)
    words = [w for w in words if w.text.strip("|") or len(w.text) > 1]  # a ruling line read as "|"
    _even_sizes(words)
    confidence = sum(w.confidence for w in words) / len(words) if words else 0.0
    tables = [([tuple(v * scale for v in cell) for cell in cells], tuple(v * scale for v in box)) for cells, box in grids]
    return words, round(confidence, 1), tables


def _even_sizes(words: list[OcrWord]) -> None:
    """A line's box grows with its ascenders, descenders and the specks beside it more than with its
    font, so OCR'd lines all get the page's usual size: paragraphs are told apart by gaps, list
    numbers and labels, not by a size OCR cannot measure."""
    if not words:
        return
    sizes = sorted(w.size for w in words)
    usual = sizes[len(sizes) // 2]
    for w in words:
        w.size = usual


def _runs_so_far(m):
    """Row by row, how many dark pixels run up to and including each one."""
    import numpy as np

    counts = np.cumsum(m, axis=1, dtype=np.int32)
    return counts - np.maximum.accumulate(np.where(m, 0, counts), axis=1)


def _run_lengths(dark, axis: int):
    """For each dark pixel, the length of the run of dark pixels along `axis` it belongs to."""
    import numpy as np

    m = dark if axis == 1 else dark.T
    runs = np.where(m, _runs_so_far(m) + _runs_so_far(m[:, ::-1])[:, ::-1] - 1, 0)
    return runs if axis == 1 else runs.T


def _without_lines(image, resolution: int):
    """The page with its ruling lines whitened: pixels in dark runs longer than any letter's stroke
    (a third of an inch), across or down. Text in the cells is left as it is."""
    import numpy as np
    from PIL import Image

    pixels = np.asarray(image).copy()
    dark = pixels < 160
    longest = resolution // 3
    pixels[(_run_lengths(dark, 1) >= longest) | (_run_lengths(dark, 0) >= longest)] = 255
    return Image.fromarray(pixels)


def _words(data: dict, scale: float, left0: int, top0: int) -> list[OcrWord]:
    """Tesseract's words, each with its line's top and bottom, in points on the page."""
    lines: dict[tuple[int, int, int], list[int]] = {}
    for i, text in enumerate(data["text"]):
        if text.strip() and float(data["conf"][i]) >= 0:
            lines.setdefault((data["block_num"][i], data["par_num"][i], data["line_num"][i]), []).append(i)
    words: list[OcrWord] = []
    for members in lines.values():
        top = (top0 + min(data["top"][i] for i in members)) * scale
        bottom = (top0 + max(data["top"][i] + data["height"][i] for i in members)) * scale
        size = round(max(bottom - top, 1.0) * 0.8, 1)  # a line's box is about 1.25 times its font size
        for i in members:
            left = (left0 + data["left"][i]) * scale
            words.append(OcrWord(text=data["text"][i].strip(), x0=left, x1=left + data["width"][i] * scale,
                                 top=top, bottom=bottom, size=size, confidence=float(data["conf"][i])))
    return words


def _longest_runs(dark, axis: int):
    """For each row (axis=1) or column (axis=0), the longest run of dark pixels in it."""
    return _runs_so_far(dark if axis == 1 else dark.T).max(axis=1)


def _smear(dark, k: int, axis: int):
    """Dark where any pixel within `k` along `axis` is dark."""
    import numpy as np

    prefix = np.concatenate([np.zeros_like(np.take(dark, [0], axis=axis), dtype=np.int32),
                             np.cumsum(dark, axis=axis, dtype=np.int32)], axis=axis)
    n = dark.shape[axis]
    index = np.arange(n)
    return (np.take(prefix, np.minimum(index + k + 1, n), axis=axis)
            - np.take(prefix, np.maximum(index - k, 0), axis=axis)) > 0


def _centres(flags) -> list[int]:
    """The middle of each run of set flags (a ruling line a few pixels thick)."""
    out, start = [], None
    for i, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            out.append((start + i - 1) // 2)
            start = None
    return out


def ruled_grids(image) -> list[tuple[list[tuple[int, int, int, int]], tuple[int, int, int, int]]]:
    """Tables drawn with ruling lines on a scanned page, in pixels: the lines are long runs of dark
    pixels across (a quarter of the page width) and down (through at least two rows). The cells are
    the grid between them (one table per page: the grid of all the lines found)."""
    import numpy as np

    dark = np.asarray(image) < 160
    height, width = dark.shape
    slack = max(2, width // 200)  # a scan is a little skewed: a line drifts some pixels across the page
    ys = _centres(_longest_runs(_smear(dark, slack, axis=0), 1) >= 0.25 * width)
    if len(ys) < 3:
        return []
    ys = [y for i, y in enumerate(ys) if i == 0 or y - ys[i - 1] > 2 * slack]
    top, bottom = ys[0], ys[-1]
    region = _smear(dark[top:bottom + 1], slack, axis=1)
    xs = _centres(_longest_runs(region, 0) >= 0.8 * (bottom - top))
    xs = [x for i, x in enumerate(xs) if i == 0 or x - xs[i - 1] > 2 * slack]
    if len(xs) < 2:
        return []
    cells = [(xs[c], ys[r], xs[c + 1], ys[r + 1]) for r in range(len(ys) - 1) for c in range(len(xs) - 1)]
    return [(cells, (xs[0], ys[0], xs[-1], ys[-1]))]
