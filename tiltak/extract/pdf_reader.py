"""PDF -> Document, with pdfplumber.

Per page: words with font and size, ruled tables (pdfplumber's line strategy, only on pages that
have ruling lines), printed lines built from the words outside tables, page headers and footers
recognised by position and repetition, and paragraphs grouped from the lines. A list label is
a leading number or bullet followed by a tab-wide gap ("9.<tab>En dags varighet"), as Word and
LibreOffice render automatic lists.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, replace
from statistics import median

import pdfplumber
from pdfplumber.utils.text import extract_words

from .model import Cell, Document, Line, Paragraph, Run, Span, Table, style_lead
from .settings import SETTINGS
from . import ocr
from .pdf_columns import NO_DIVIDERS, Dividers, in_columns, printed_rows, within
from .pdf_strips import label_strips
from .content import is_goal_line, is_note_mark, is_period_line
from .layouts.facts import facts_line
from .text import FACT_MARKS, breaks_words, clean, join_lines, join_wrapped, symbol_bullet, unfinished, vocabulary
from .vocabulary import export_key, label_field, label_key, label_words, reference_vocabulary, reference_words, value_field

S = SETTINGS.pdf
TABLE_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines", "snap_tolerance": S.table_tolerance,
                  "join_tolerance": S.table_tolerance, "intersection_tolerance": S.table_tolerance}
WORD_SETTINGS = {"x_tolerance": S.word_x_tolerance, "y_tolerance": S.word_y_tolerance, "keep_blank_chars": False,
                 "use_text_flow": False}

# a list number or a bullet; Symbol and Wingdings bullets come as private-use characters (U+F0B7 …)
_LABEL = re.compile(r"^(?:\(?\d{1,3}[.)]|\([a-zA-Z]\)|\d{1,2}(?:\.\d{1,2})+\.?|[a-zA-Z][.)]|[ivxIVX]{1,4}[.)]|[•◦▪·●■□\-–o\uf020-\uf0ff])$")
_PAGE_NUMBER = re.compile(r"^(?:side|page|s\.)?\s*[-–]?\s*\d{1,4}\s*[-–]?\s*(?:(?:av|of|/)\s*\d{1,4})?$", re.I)
# a folio: the page number beside the publication's running title, "13 NHO · Årsrapport 2023", "Rapport 2023 | 7"
_FOLIO = re.compile(r"^(?:\d{1,3}\s+[^·|:]+\s[·|]\s[^·|:]+|[^·|:]+\s[·|]\s(?:[^·|:]+\s)?\d{1,3}"
                    # or the page's number said beside the sender: "Side 1 – Trøndelag fylkeskommune", "LO – side 2 av 3"
                    r"|(?:side|page)\s*\d{1,3}(?:\s*(?:av|of|/)\s*\d{1,3})?\s*[–—|·-]\s*[^·|:]+"
                    r"|[^·|:]+\s[–—|·-]\s*(?:side|page)\s*\d{1,3}(?:\s*(?:av|of|/)\s*\d{1,3})?)$", re.I)


class PdfError(Exception):
    """A PDF that opened but cannot give a document (no pages, no text)."""


@dataclass(slots=True)
class _Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    italic: bool = False
    note: str | None = None  # the footnote mark set right after it ("varehandel¹": "1")


def read_pdf(path: str) -> Document:
    with pdfplumber.open(path) as pdf:
        n_pages = len(pdf.pages)
        if n_pages == 0:
            raise PdfError("the PDF has no pages")
        meta = {k.lower(): clean(v if isinstance(v, str) else v.decode("utf-8", "replace"))
                for k, v in (pdf.metadata or {}).items() if k in ("Title", "Author", "Subject") and isinstance(v, (str, bytes))}
        raw = []
        not_read = []
        ocr_pages: dict[int, float] = {}
        images = 0
        for page in pdf.pages:
            images += bool(page.images)
            n_chars = _text_size(page)
            if n_chars > S.max_page_chars:  # a page of 100,000 words would take minutes and gigabytes
                raw.append(([], [], float(page.height), [], NO_DIVIDERS))
                not_read.append(f"page {page.page_number}: {n_chars:,} characters (more than {S.max_page_chars:,})")
            else:
                page = _trimmed(pdf, _level(pdf, page))
                raw.append(_page_objects(page))
                if not raw[-1][0] and page.images and len(ocr_pages) >= S.ocr_max_pages:
                    not_read.append(f"page {page.page_number}: scanned, after the {S.ocr_max_pages} pages OCR reads "
                                    "in one file")
                elif not raw[-1][0] and page.images and ocr.unavailable(S.ocr_language) is None:
                    words, confidence, grids = ocr.read_page(page, S.ocr_resolution, S.ocr_language)  # scanned
                    raw[-1] = ([_Word(w.text, w.x0, w.x1, w.top, w.bottom, w.size, False) for w in words], grids,
                               float(page.height), [], NO_DIVIDERS)
                    ocr_pages[page.page_number] = confidence
            page.close()  # its layout objects go now: memory follows the largest page, not the document
    # words printed in the document, and the words of every field label: a label broken in a narrow
    # column ("Samarbeidspart" + "nere") is mended even where the document prints it only once
    known = vocabulary(w.text for words, *_ in raw for w in words) | label_words() | reference_words()
    rules = {i + 1: page_rules for i, (*_, page_rules, _) in enumerate(raw) if page_rules}
    pages = []
    last_columns: list[float] | None = None  # of the last table on the page before
    gutter: tuple[float, str] | None = None  # between the columns of text on the page before
    for i, (words, boxes, height, _, dividers) in enumerate(raw):
        pages.append(_read_page(words, boxes, height, i + 1, known, last_columns, gutter, dividers))
        tables = pages[-1][1]
        last_columns = max(tables, key=lambda t: t[1])[0].columns if tables else None
        gutter = _gutter_of(pages[-1][0])
    if not any(lines or tables for lines, tables, _ in pages):
        if not_read:
            raise PdfError("every page with text is too large to read: " + "; ".join(not_read[:3]))
        if not images:
            raise PdfError("its pages are empty: no text and no images")
        raise PdfError("no text layer")
    headers, footers = _find_running_lines(pages)
    blocks: list = []
    body_lines: list[_PageLine] = []
    for (lines, tables, _), page_no in zip(pages, range(1, n_pages + 1)):
        kept = [pl for pl in lines if id(pl) not in headers and id(pl) not in footers]
        placed = {id(pl): k for k, pl in enumerate(lines)}
        # Tables and text in reading order: emit paragraphs up to each table's top (or its place in
        # its column's flow).
        for table, top, *at in sorted(tables, key=lambda t: t[2] if len(t) > 2 else t[1]):
            before = [pl for pl in kept if (placed[id(pl)] < at[0] if at else pl.line.top < top)]
            kept = kept[len(before):] if at else [pl for pl in kept if pl.line.top >= top]
            body_lines.extend(before)
            if body_lines:
                blocks.extend(_paragraphs(body_lines))
                body_lines = []
            blocks.append(table)
        body_lines.extend(kept)
    blocks.extend(_paragraphs(body_lines))
    blocks = with_footnotes(blocks)
    header_texts = list(dict.fromkeys(headers.values()))
    footer_texts = list(dict.fromkeys(footers.values()))
    return Document(path=str(path), format="pdf", blocks=blocks, pages=n_pages, pages_not_read=not_read, ocr_pages=ocr_pages,
                    headers=header_texts,
                    footers=footer_texts, metadata=meta, rules=rules)


_STRINGS = re.compile(rb"\((?:[^\\)]|\\.)*\)|<[0-9A-Fa-f\s]+>")


def _text_size(page) -> int:
    """About how many characters a page shows, from its content streams, before any layout work:
    the bytes of the strings it prints (exactly its characters for one-byte fonts)."""
    from pdfminer.pdftypes import resolve1

    try:
        streams = resolve1(page.page_obj.attrs.get("Contents"))
        streams = streams if isinstance(streams, list) else [streams]
        data = [resolve1(stream).get_data() for stream in streams if stream is not None]
    except Exception:  # noqa: BLE001 - an odd content stream: the page is read as usual
        return 0
    if sum(len(d) for d in data) < S.max_page_chars:
        return 0  # too small to hold that many characters
    return sum(len(m) - 2 if m[:1] == b"(" else (len(m) - 2) // 2 for d in data for m in _STRINGS.findall(d))


def _trimmed(pdf, page):
    """A printer's proof: the page inside its crop marks (short lines in the corners, outside the
    printed page, that show where it is cut); the slug beyond them (file name, time, paper) is no text
    of the report."""
    w, h = float(page.width), float(page.height)
    edge = S.crop_mark_margin * min(w, h)
    marks = [e for e in page.lines if 2 <= e["x1"] - e["x0"] + e["bottom"] - e["top"] <= edge]  # (not a colour bar's boxes)
    across = [e for e in marks if e["bottom"] - e["top"] < 1 and (e["x1"] <= edge or e["x0"] >= w - edge)]
    down = [e for e in marks if e["x1"] - e["x0"] < 1 and (e["bottom"] <= edge or e["top"] >= h - edge)]
    left, right = [e["x0"] for e in down if e["x0"] < 0.25 * w], [e["x0"] for e in down if e["x0"] > 0.75 * w]
    top, bottom = [e["top"] for e in across if e["top"] < 0.25 * h], [e["top"] for e in across if e["top"] > 0.75 * h]
    if not (left and right and top and bottom):
        return page
    box = (max(left), max(top), min(right), min(bottom))
    # each corner has its two marks, each beyond the cut it shows ("⌐" outside the page, not a chart's ticks)
    for x, y, outward_x, outward_y in ((box[0], box[1], -1, -1), (box[2], box[1], 1, -1), (box[0], box[3], -1, 1),
                                       (box[2], box[3], 1, 1)):
        if not any(abs(e["top"] - y) < 1 and (e["x1"] <= x + 1 if outward_x < 0 else e["x0"] >= x - 1) for e in across) \
                or not any(abs(e["x0"] - x) < 1 and (e["bottom"] <= y + 1 if outward_y < 0 else e["top"] >= y - 1)
                           for e in down):
            return page
    chars = page.chars
    outside = sum(1 for c in chars if not (box[0] <= c["x0"] and c["x1"] <= box[2] and box[1] <= c["top"] <= box[3]))
    return page.within_bbox(box) if outside <= 0.1 * len(chars) else page  # (a slug is a line or two)


def _mirrored(char: dict) -> bool:
    """A letter set mirrored (a negative determinant): no turn the page can undo."""
    a, b, c, d = char["matrix"][:4]
    return a * d - b * c <= 0


def _long_turned_lines(page, turned: list[dict], turn: int) -> bool:
    """The turned letters make lines across much of the page (its text set on end), not a grid's
    header cells on end (short names over columns of ticks)."""
    across = turn == 180  # lines run across the page; turned a quarter, up or down it
    lines: dict[int, list[float]] = {}
    for c in turned:
        lines.setdefault(round((c["top"] if across else c["x0"]) / 3), []).append(c["x0"] if across else c["top"])
    reach = max((max(v) - min(v) for v in lines.values()), default=0)
    return reach >= S.turned_line_share * float(page.width if across else page.height)


def _level(pdf, page):
    """The page as it reads when most of its letters are turned one way (a table set sideways on a
    portrait page, a page printed upside down): turned level, as a reader turns the paper."""
    angles = [(c, round(math.degrees(math.atan2(c["matrix"][1], c["matrix"][0]))) % 360) for c in page.chars]
    turns = [None if _mirrored(c) else angle for c, angle in angles if not _slanted(c)]
    if not turns:
        return page
    turn, count = max(((t, turns.count(t)) for t in (90, 180, 270)), key=lambda tc: tc[1])
    if count < S.turned_share * len(turns) or not _long_turned_lines(page, [c for c, angle in angles if angle == turn], turn):
        return page
    from pdfplumber.page import Page

    obj = page.page_obj
    rotation = (page.rotation + turn) % 360
    obj.attrs["Rotate"] = obj.rotate = rotation  # pdfminer lays the page out turned; pdfplumber measures it so
    page.close()
    return Page(pdf, obj, page_number=page.page_number, initial_doctop=page.initial_doctop)


# pdfplumber's "(cid:1)" for a glyph the font maps to no character: not text
_UNMAPPED = re.compile(r"\(cid:\d+\)")


def _page_objects(page) -> tuple[list[_Word], list[tuple[list, tuple]], float, list, Dividers]:
    """What one page gives: its words, the cell boxes and outline of each ruled table, its height,
    its horizontal rules, and what may part its text into columns: long vertical rules (x, top,
    bottom) and drawn boxes (x0, top, x1, bottom)."""
    words = [
        _Word(text=text, x0=w["x0"], x1=w["x1"], top=w["top"], bottom=w["bottom"], size=round(w.get("size", 0), 1),
              bold=_is_bold(w.get("fontname", "")), italic=_is_italic(w.get("fontname", "")))
        for w in _words(page) if (text := clean(_UNMAPPED.sub("", w["text"])))
    ]
    words = _with_tick_boxes(_without_big_numerals(_without_line_numbers(_without_footnote_marks(words))), page.rects)
    edges = page.edges
    settings = {**TABLE_SETTINGS, "explicit_horizontal_lines": _open_ends(edges, float(page.height))}
    boxes = _side_by_side([([c for c in found.cells if c], found.bbox) for found in page.find_tables(settings)]) if edges else []
    rules = sorted({(round(e["top"], 1), round(e["x0"], 1), round(e["x1"], 1)) for e in edges
                    if e.get("orientation") == "h" and e["x1"] - e["x0"] >= S.rule_min_length})
    upright = sorted({(round(e["x0"], 1), round(e["top"], 1), round(e["bottom"], 1)) for e in edges
                      if e.get("orientation") == "v" and e["bottom"] - e["top"] >= S.column_rule_share * float(page.height)})
    # each drawn box: its width, its height, and where it stands (rounded)
    rects = [(r["x1"] - r["x0"], r["bottom"] - r["top"], (round(r["x0"], 1), round(r["top"], 1), round(r["x1"], 1),
                                                          round(r["bottom"], 1))) for r in page.rects]
    # rounded boxes and other drawn shapes, filled or closed
    shapes = [(c["x1"] - c["x0"], c["bottom"] - c["top"], (round(c["x0"], 1), round(c["top"], 1), round(c["x1"], 1),
                                                           round(c["bottom"], 1)))
              for c in page.curves if c.get("fill") or len(c["pts"]) > 3 and c["pts"][0] == c["pts"][-1]]
    card = S.frame_min_share * float(page.width)
    frames = {at for w, h, at in rects + shapes if w >= card and h >= 2 * S.rule_min_length}
    # narrower boxes that each hold lines of text (a journey map's or a board's cards), not a label
    narrow = [at for w, h, at in rects + shapes if S.card_min_share * float(page.width) <= w < card and h >= S.rule_min_length]
    if len(narrow) <= 200:  # (not a grid of shaded cells: each box's words are counted)
        frames |= {at for at in narrow if sum(1 for x in words if within(x, at)) >= S.card_min_words}
    frames = sorted(frames)
    small = sorted({at for w, h, at in rects if S.tag_min_size <= w < card and h >= S.tag_min_size and at not in frames})
    return words, boxes, float(page.height), rules, Dividers(upright, frames, _lone(small))


_TICK = re.compile(r"^[xX✓✔✗✘]$")
_CLOSING_MARKS = re.compile(r"^[.,!?)\]»”]+$")


def line_text(words: list[_Word]) -> str:
    """The words of a line as text, a space between each, but none before a stop or a comma set in another
    font than the word it touches (the reader splits words where the font changes): "**arbeidskraft**.", not
    "arbeidskraft ."."""
    out = ""
    for k, w in enumerate(words):
        last = words[k - 1] if k else None
        touching = last is not None and _CLOSING_MARKS.match(w.text) and -0.5 <= w.x0 - last.x1 < S.touching_gap * (w.size or 10)
        out += w.text if not out or touching else " " + w.text
    return out


def _with_tick_boxes(words: list[_Word], rects: list[dict]) -> list[_Word]:
    """A flattened form's tick boxes, drawn as small empty squares beside their choices ("□ 1.3 □ 1.4"):
    each read as "☐", or as "☒" where a cross or a tick is typed inside it, so a line of them reads as
    the choices it ticks. Three boxes at least on the page; a filled square is a bullet."""
    boxes = [r for r in rects if S.tick_box_min <= r["width"] <= S.tick_box_max and abs(r["width"] - r["height"]) <= 1.5
             and not r.get("fill")]
    if len(boxes) < 3:
        return words
    out, used = list(words), set()
    for r in boxes:
        inside = next((k for k, w in enumerate(words) if k not in used and _TICK.match(w.text)
                       and r["x0"] - 1 <= (w.x0 + w.x1) / 2 <= r["x1"] + 1 and r["top"] - 1 <= (w.top + w.bottom) / 2 <= r["bottom"] + 1), None)
        size = words[inside].size if inside is not None else r["height"]
        mark = _Word(text="☒" if inside is not None else "☐", x0=r["x0"], x1=r["x1"], top=r["top"], bottom=r["bottom"],
                     size=size, bold=False)
        if inside is not None:
            used.add(inside)
        out.append(mark)
    return [w for k, w in enumerate(out) if k not in used]


def _open_ends(edges: list[dict], height: float) -> list[dict]:
    """A ruled table cut by a page break is left open there: its column rules run on past its last
    row rule to the foot of the page (or down from the head of the next page to its first). Each such
    end is closed by a rule across those columns, so the row cut in two is read as a row on both pages."""
    tol = S.table_tolerance
    flat = [e for e in edges if e.get("orientation") == "h"]
    upright = [e for e in edges if e.get("orientation") == "v"]
    closed: list[dict] = []
    for end in ("top", "bottom"):
        groups: dict[int, list[dict]] = {}
        for e in upright:
            groups.setdefault(round(e[end] / tol), []).append(e)
        for group in groups.values():
            x0, x1 = min(e["x0"] for e in group), max(e["x1"] for e in group)
            y = median(e[end] for e in group)
            if len(group) < 3 or (y < 0.6 * height if end == "bottom" else y > 0.4 * height):
                continue
            across = [h for h in flat if h["x0"] <= x0 + tol and h["x1"] >= x1 - tol]
            if len(across) < 2 or any(abs(h["top"] - y) <= tol and h["x0"] - tol <= e["x0"] <= h["x1"] + tol
                                      for h in flat for e in group):
                continue  # (a rule at that end meets one of them: boxes side by side, each closed)
            other = "top" if end == "bottom" else "bottom"
            if not all(any(abs(h["top"] - e[other]) <= tol for h in across) for e in group):
                continue  # (each column rule starts at a rule across the table: not a drawing's short strokes)
            # only the end of the table: no rule across it further on that side
            if end == "bottom" and max(h["top"] for h in across) < y or end == "top" and min(h["top"] for h in across) > y:
                closed.append({"x0": x0, "x1": x1, "top": y, "bottom": y, "width": x1 - x0, "height": 0,
                               "orientation": "h", "object_type": "line"})
    return closed


def _side_by_side(tables: list[tuple[list, tuple]]) -> list[tuple[list, tuple]]:
    """Tables drawn side by side whose rows lie on the same lines (an Access report's column of
    boxed labels, a small gap, then the column of answers): one table."""
    out: list[tuple[list, tuple]] = []
    for cells, bbox in sorted(tables, key=lambda t: (round(t[1][1]), t[1][0])):
        if out:
            last_cells, last = out[-1]
            rows = _axis([c[1] for c in cells] + [c[3] for c in cells])
            if abs(bbox[1] - last[1]) <= S.grid_tolerance and abs(bbox[3] - last[3]) <= S.grid_tolerance \
                    and 0 <= bbox[0] - last[2] <= S.table_join_gap and len(rows) > 2 \
                    and _same_axis(rows, _axis([c[1] for c in last_cells] + [c[3] for c in last_cells])):
                # the gap goes to the left table's cells
                widened = [(x0, top, bbox[0] if abs(x1 - last[2]) <= S.grid_tolerance else x1, bottom)
                           for x0, top, x1, bottom in last_cells]
                out[-1] = (widened + cells, (last[0], min(last[1], bbox[1]), bbox[2], max(last[3], bbox[3])))
                continue
        out.append((cells, bbox))
    return sorted(out, key=lambda t: (t[1][1], t[1][0]))


def _same_axis(a: list[float], b: list[float], tolerance: float = S.grid_tolerance) -> bool:
    """Two lists of grid lines that are the same lines: as many, each within `tolerance`."""
    return len(a) == len(b) and all(abs(x - y) <= tolerance for x, y in zip(a, b))


def _lone(boxes: list[tuple[float, float, float, float]]) -> list[tuple[float, float, float, float]]:
    """The boxes with no box of their height right beside them: a comb of boxes (a form's field, a
    letter to each box) or a grid of cells holds no label of its own."""
    def beside(a, b) -> bool:
        return a != b and abs(a[1] - b[1]) <= 1 and abs(a[3] - b[3]) <= 1 and (
            -1 <= b[0] - a[2] <= S.grid_tolerance or -1 <= a[0] - b[2] <= S.grid_tolerance)

    return [a for a in boxes if not any(beside(a, b) for b in boxes)] if len(boxes) < 200 else []


def _steady_sizes(chars: list[dict]) -> list[dict]:
    """Letters of one size whose computed sizes differ in the second or third decimal (text set at a
    slight angle, a scan's text layer) are one size: words are not parted where it flickers."""
    sizes = sorted({c["size"] for c in chars})
    one, base = {}, None
    for x in sizes:
        if base is None or x - base > 0.06:
            base = x
        one[x] = base
    if all(one[x] == x for x in sizes):
        return chars
    return [{**c, "size": one[c["size"]]} for c in chars]


def _word_settings(chars: list[dict]) -> dict:
    """pdfplumber's word settings for a page's letters. Letters set apart by character spacing ("R a p p o
    r t") with the spaces typed between the words: the words end at the spaces, not at the gaps."""
    gaps, spaces = [], 0
    for a, b in zip(chars, chars[1:]):
        if b["text"] == " ":
            spaces += 1
        elif a["text"] != " " and abs(a["top"] - b["top"]) < 1 and 0 <= b["x0"] - a["x1"] < a["size"]:
            gaps.append(b["x0"] - a["x1"])
    wide = sorted(g for g in gaps if g > S.word_x_tolerance)
    if not gaps or spaces < 0.05 * len(chars) or len(wide) < S.spaced_share * len(gaps):
        return WORD_SETTINGS
    # the letters' spacing, not the widest gap on the page (columns of a table a few points apart)
    return WORD_SETTINGS | {"x_tolerance": wide[int(0.9 * (len(wide) - 1))] + 0.5}


def _slanted(char: dict) -> bool:
    """A letter set at a slant, neither level nor turned a quarter: a watermark or a stamp across the
    page ("UTKAST" at 45°), never the text."""
    a, b = char["matrix"][:2]
    angle = math.degrees(math.atan2(b, a)) % 90
    return 5 < angle < 85


def _words(page) -> list[dict]:
    """The page's words; text turned a quarter (a table's header cells set on end to fit) is read
    upwards when turned left, downwards when turned right, its letters as close as a word's."""
    chars = _steady_sizes([c for c in page.chars if not _slanted(c)])
    turned = [c for c in chars if not c.get("upright", True)]
    if not turned:
        return extract_words(chars, extra_attrs=["fontname", "size"], **_word_settings(chars))
    upright = [c for c in chars if c.get("upright", True)]
    words = extract_words(upright, extra_attrs=["fontname", "size"], **_word_settings(upright))
    up = sum(1 for c in turned if c["matrix"][1] > 0)
    directions = {"line_dir_rotated": "ltr", "char_dir_rotated": "btt"} if 2 * up >= len(turned) else \
        {"line_dir_rotated": "rtl", "char_dir_rotated": "ttb"}
    # (pdfplumber gives a turned letter's width as its size: the word's breadth is the size)
    on_end: list[dict] = []
    for w in extract_words(turned, extra_attrs=["fontname"], **(WORD_SETTINGS | directions)):
        w = w | {"size": w["x1"] - w["x0"]}
        last = on_end[-1] if on_end else None
        if last is not None and abs(w["x0"] - last["x0"]) < 1 and min(abs(w["top"] - last["bottom"]),
                                                                     abs(last["top"] - w["bottom"])) < 0.5 * w["size"]:
            # the next word of the same line on end: one word, as the line reads ("Tiltak (navn)")
            last.update(text=f"{last['text']} {w['text']}", top=min(last["top"], w["top"]),
                        bottom=max(last["bottom"], w["bottom"]))
        else:
            on_end.append(w)
    if not words:
        return on_end
    # tabs turned on end beyond all the page's level text, a few words in its outer strip (a thumb
    # index in the margin), are no part of it; a table's header cell on end stands within the table
    left, right, width = min(u["x0"] for u in words), max(u["x1"] for u in words), float(page.width)
    tabs = [w for w in on_end if (w["x0"] >= right or w["x1"] <= left)
            and (w["x0"] >= (1 - S.tab_strip) * width or w["x1"] <= S.tab_strip * width)]
    if len(tabs) > S.tab_words or any(len(w["text"].split()) > S.tab_words_each for w in tabs):
        return words + on_end  # the page's own text set on end (lines of it), not tabs beside it
    taken = {id(w) for w in tabs}
    return words + [w for w in on_end if id(w) not in taken]


def _without_line_numbers(words: list[_Word]) -> list[_Word]:
    """A draft's line numbers down the margin (1, 2, 3 … by each line, set flush at one edge): not text.
    Eight or more numbers aligned at one edge, each first on its line and left of most of the text,
    counting up, one by every line, with no heading over them."""
    numbers = [w for w in words if w.text.isdecimal() and len(w.text) <= 4]  # not "①", "²": no int()
    if len(numbers) < 8:
        return words
    text_left = sorted(w.x0 for w in words)[len(words) // 2]

    def first_on_line(w: _Word) -> bool:
        return not any(v is not w and v.x1 <= w.x0 + 0.5 and v.top < w.bottom and w.top < v.bottom for v in words)

    for edge in (lambda w: round(w.x1), lambda w: round(w.x0)):  # set flush right or flush left
        groups: dict[int, list[_Word]] = {}
        for w in numbers:
            groups.setdefault(edge(w), []).append(w)
        column = max((sorted((w for w in numbers if abs(edge(w) - k) <= 1), key=lambda w: w.top) for k in groups),
                     key=len)
        if len(column) < 8 or any(w.x1 >= text_left for w in column) or not all(first_on_line(w) for w in column):
            continue
        top, in_column = column[0], {id(w) for w in column}
        if any(id(v) not in in_column and v.x0 < top.x1 + 2 and v.x1 > top.x0 - 2 and top.top - 3 * (top.bottom - top.top) < v.bottom <= top.top
               for v in words):
            continue  # a heading over them ("Nr", "NKPS-tiltak nr"): a table's column of numbers
        values = [int(w.text) for w in column]
        # every line beside them has its number (a table's row numbers leave a wrapped cell's lines without)
        lines = {round(w.top) for w in words if w.x0 > column[0].x1 and column[0].top - 1 <= w.top <= column[-1].bottom}
        numbered = sum(any(abs(t - w.top) <= 0.6 * (w.bottom - w.top) + 1 for w in column) for t in lines)
        if numbered >= 0.9 * len(lines) and sum(0 < b - a <= 3 for a, b in zip(values, values[1:])) >= 0.8 * (len(values) - 1):
            return [w for w in words if id(w) not in in_column]
    return words


_NUMERAL = re.compile(r"^(?:\d{1,2}[.)]?|[\u2460-\u2473\u2776-\u2793])$")  # "04", "4.", "④", "❹"


def _without_big_numerals(words: list[_Word]) -> list[_Word]:
    """Running numbers set large beside names ("01" or "④" in 34 pt by a 13 pt heading): the names'
    numbering, not lines of their own that would part a name's lines. A number alone, twice the size of
    the nearest word level with it or more; a name in bold beside each, or the numbers counting up (a
    key figure, "25" by "nye lærebedrifter", stays)."""
    smallest = min((w.size for w in words if w.size), default=0)
    found: list[tuple[int, _Word]] = []  # (index, the nearest word beside it)
    for k, w in enumerate(words):
        if not w.size or w.size < 2 * smallest or not _NUMERAL.match(w.text):
            continue
        beside = [v for v in words if v is not w and v.size and v.top < w.bottom and w.top < v.bottom
                  and (v.x0 >= w.x1 or v.x1 <= w.x0)]
        near = min(beside, key=lambda v: max(v.x0 - w.x1, w.x0 - v.x1), default=None)
        if near is not None and 2 * near.size <= w.size:
            found.append((k, near))
    values = [_numeral_value(words[k].text) for k, _ in sorted(found, key=lambda f: words[f[0]].top)]
    counting = len(values) >= 2 and all(b == a + 1 for a, b in zip(values, values[1:]))
    if not found or not (counting or all(near.bold for _, near in found)):
        return words
    drop = {k for k, _ in found}
    return [w for k, w in enumerate(words) if k not in drop]


def _numeral_value(text: str) -> int:
    digits = text.rstrip(".)")
    return int(digits) if digits.isdecimal() else int(unicodedata.numeric(digits))


# a word a footnote mark may follow: three letters or more ("arbeidslivsmonitor¹"; not "m²"), maybe with
# a question mark or a closing quote ("varehandelen?²"), or a year ("Kompetanseløft 2020¹")
_MARKED_WORD = re.compile(r"[^\W\d_]{3}[?!»”\")]?$|^(?:19|20)\d{2}$")


def _without_footnote_marks(words: list[_Word]) -> list[_Word]:
    """Footnote marks are not text: a number (or *, †) set small and raised right after a word of
    three letters or more ("arbeidslivsmonitor¹"; not "m²") or a year: kept as the word's `note`. A small
    number that starts a line (the footnote itself) stays."""
    ends: dict[int, list[_Word]] = {}  # words by where they end, to the point
    for v in words:
        ends.setdefault(int(v.x1), []).append(v)
    marks = set()
    noted: dict[int, str] = {}
    for k, w in enumerate(words):
        if not is_note_mark(w.text) or not w.size:
            continue
        near = [v for x in range(int(w.x0 - 1.5), int(w.x0 + 1.0) + 1) for v in ends.get(x, ())]
        for v in near:
            if v is w or v.size * S.footnote_size < w.size or not -1.0 <= w.x0 - v.x1 <= 1.5:
                continue
            raised = (v.bottom - w.bottom) >= 0.15 * v.size
            if raised and w.top >= v.top - 0.5 * v.size and _MARKED_WORD.search(v.text):
                marks.add(k)
                noted[id(v)] = w.text
                break
    return [replace(w, note=noted[id(w)]) if id(w) in noted else w for k, w in enumerate(words) if k not in marks] \
        if marks else words


def _read_page(words: list[_Word], boxes, height: float, page_no: int, known: set[str],
               columns_before: list[float] | None = None, gutter_before: tuple[float, str] | None = None,
               dividers: Dividers = NO_DIVIDERS):
    tables: list[tuple[Table, float]] = []
    outlines: list[tuple] = []  # each table's (x0, top, x1, bottom)
    lowest = 0.0  # the bottom of the lowest table

    def keep(table: Table, cells: list, bbox: tuple) -> list[_Word]:
        nonlocal lowest
        tables.append((table, bbox[1]))
        outlines.append(bbox)
        lowest = max(lowest, bbox[3])
        # the words its cells hold; the rest of its outline is text of the page (a page framed by a top
        # bar and a side bar: a "table" of two cells around all the text)
        return [w for w in words if not any(_centred_in(w, cell) for cell in cells)]

    for k, (cells, bbox) in enumerate(boxes):
        cells, bbox = _answers_beside(cells, bbox, words)
        cells = _with_open_box(cells, bbox, words)
        # one row of cells is a frame, unless it is the rest of a table from the page before
        table = _table_from(cells, words, page_no, known, one_row_columns=columns_before if k == 0 else None)
        if table is not None:
            words = keep(table, cells, bbox)
    for cells, bbox in label_strips(words, S.line_tolerance):  # labels over their answers, no rules drawn
        if (table := _table_from(cells, words, page_no, known)) is not None:
            words = keep(table, cells, bbox)
    lines = []
    if tables and (flow := _columns_around(words, tables, outlines, dividers, page_no)) is not None:
        return flow, tables, height
    if tables:  # the text among the tables as printed; below the last one, as any page's text
        lines = _lines([w for w in words if w.top < lowest], page_no)
        words = [w for w in words if w.top >= lowest]
        gutter_before = None
    # text in columns: a column at a time
    for group, edges in in_columns(words, S.line_tolerance, gutter_before, dividers) if words else ():
        if group and edges and any(_held(group, tag) for tag in dividers.tags):
            group = _one_line(group)  # a box's few words ("NKPS nr." / "1"): one label
        for pl in _lines(group, page_no):
            pl.column = edges
            lines.append(pl)
    return lines, tables, height


def _columns_around(words: list[_Word], tables: list, outlines: list[tuple], dividers: Dividers,
                    page_no: int) -> list[_PageLine] | None:
    """Two newspaper columns with each table (a fact box, a small table of codes) inside one of them:
    the lines a column at a time, and each table given its place in its column's flow (the third
    item of its entry: how many of the page's lines come before it). None when the text is not in
    two such columns or a table stands across them."""
    groups = in_columns(words, S.line_tolerance, None, dividers) if words else []
    columns = [edges for _, edges in groups if edges]
    if len(columns) != 2 or not all(edges[2] for edges in columns) or columns[0][1] >= columns[1][0]:
        return None
    # each table on one side of the gutter (its outline may stand out a little from its column's text)
    homes = [0 if bbox[2] <= columns[1][0] else 1 if bbox[0] >= columns[0][1] else None for bbox in outlines]
    if None in homes:
        return None
    lines: list[_PageLine] = []
    spans = []  # (first, end) of each column's lines
    for group, edges in groups:
        first = len(lines)
        for pl in _lines(group, page_no):
            pl.column = edges
            lines.append(pl)
        if edges:
            spans.append((first, len(lines)))
    for k, ((table, top), home) in enumerate(zip(tables, homes)):
        first, end = spans[home]
        at = next((i for i in range(first, end) if lines[i].line.top >= top), end)
        tables[k] = (table, top, at)
    return lines


def _with_open_box(cells: list, bbox: tuple, words: list[_Word]) -> list:
    """Words inside a table's outline that no cell holds, in a column with no cells over their rows: a
    cell merged down the column whose closing rule lies on the next page ("Kunnskapsdepartementet" in
    one box beside its ministry's rows), a cell from the last cell above them to the next one below,
    or to the table's foot."""
    x0, top, x1, bottom = bbox
    loose = [w for w in words if x0 < w.x0 and w.x1 < x1 and top < w.top and w.bottom < bottom
             and not any(_centred_in(w, c) for c in cells)]
    if not loose or len(cells) < 4:
        return cells
    tol = S.grid_tolerance
    columns = sorted({(round(c[0], 1), round(c[2], 1)) for c in cells})
    out = list(cells)
    for c0, c1 in columns:
        mine = [w for w in loose if c0 - tol <= w.x0 and w.x1 <= c1 + tol]
        if not mine:
            continue
        above = [c[3] for c in cells if abs(c[0] - c0) <= tol and abs(c[2] - c1) <= tol and c[3] <= min(w.top for w in mine) + tol]
        below = [c[1] for c in cells if abs(c[0] - c0) <= tol and abs(c[2] - c1) <= tol and c[1] >= max(w.bottom for w in mine) - tol]
        box = (c0, max(above, default=top), c1, min(below, default=bottom))
        if not any(c[0] < c1 - tol and c[2] > c0 + tol and c[1] < box[3] - tol and c[3] > box[1] + tol for c in out):
            out.append(box)  # (no cell of the column, or across it, in that stretch)
    return out


def _answers_beside(cells: list, bbox: tuple, words: list[_Word]) -> tuple[list, tuple]:
    """A column of ruled boxes that each hold a field's label, with its answer printed beside the box
    and not ruled ("Målgruppe | Alle over 19 år", the answers' column drawn without lines): each
    answer a cell of its own, right of its label. Other boxes are returned as they are."""
    if len(cells) < 3 or len({round(c[0]) for c in cells}) > 1 or len({round(c[2]) for c in cells}) > 1:
        return cells, bbox
    x1 = cells[0][2]
    labels = beside = 0
    right = x1
    in_order = sorted(words, key=lambda w: (round(w.top), w.x0))
    for c0, top, c1, bottom in cells:
        inside = " ".join(w.text for w in in_order if _centred_in(w, (c0, top, c1, bottom)))
        labels += label_field(inside) is not None
        answer = [w for w in words if w.x0 >= c1 + 1 and top - 1 <= (w.top + w.bottom) / 2 <= bottom + 1]
        beside += bool(answer)
        right = max([right] + [w.x1 for w in answer])
    if labels < 0.8 * len(cells) or beside < 0.5 * len(cells):
        return cells, bbox
    out = [half for c0, top, c1, bottom in cells for half in ((c0, top, c1, bottom), (c1, top, right + 1, bottom))]
    return out, (bbox[0], bbox[1], right + 1, bbox[3])


def _centred_in(w: _Word, box: tuple[float, float, float, float]) -> bool:
    """The word's centre lies in the cell `box` (x0, top, x1, bottom), with a point's slack each side."""
    x0, top, x1, bottom = box
    return x0 - 1 <= (w.x0 + w.x1) / 2 <= x1 + 1 and top - 1 <= (w.top + w.bottom) / 2 <= bottom + 1


def _held(words: list[_Word], box: tuple[float, float, float, float]) -> bool:
    return all(within(w, box) for w in words)


def _one_line(words: list[_Word]) -> list[_Word]:
    """Words in reading order set as one printed line (each after the one before)."""
    ordered = [w for row in printed_rows(words, S.line_tolerance) for w in row]
    first, x, out = ordered[0], ordered[0].x0, []
    for w in ordered:
        out.append(replace(w, x0=x, x1=x + (w.x1 - w.x0), top=first.top, bottom=first.bottom))
        x = out[-1].x1 + 0.25 * (w.size or 10.0)
    return out


def _gutter_of(lines: list[_PageLine]) -> tuple[float, str] | None:
    """The gutter between the page's columns, when its text ends in them: (x, "news" or "side")."""
    columns = [pl.column for pl in lines if pl.column]
    if not columns or max(lines, key=lambda pl: pl.line.bottom).column is None:
        return None
    edges = sorted(set(columns))
    if len(edges) > 2:  # columns between rules: a page in columns has its own rules
        return None
    left, right = edges[0], edges[-1]
    return (left[1] + right[0]) / 2, "news" if left[2] else "side"


def _is_bold(fontname: str) -> bool:
    name = fontname.lower()
    return any(k in name for k in ("bold", "black", "heavy", "semibold", "demi"))


def _is_italic(fontname: str) -> bool:
    name = fontname.lower()
    return any(k in name for k in ("italic", "oblique", "kursiv"))


@dataclass(slots=True)
class _PageLine:
    """A printed line with what paragraph grouping needs; becomes a model Line."""

    line: Line
    size: float
    bold: bool
    label: str | None
    text: str  # without the label
    words: list[_Word]  # without the label
    italic: bool = False
    column: tuple[float, float, bool] | None = None  # on a page set in columns: its edges, and whether text runs on into it


def _lines(words: list[_Word], page_no: int) -> list[_PageLine]:
    out = []
    for row in printed_rows(words, S.line_tolerance):
        if _typed_rule(row):
            continue
        size = median(w.size for w in row) or 10.0
        wide = max(S.span_gap * size, 1.8 * _justified_space(row, size))
        spans: list[Span] = []
        current: list[_Word] = [row[0]]
        for prev, w in zip(row, row[1:]):
            if w.x0 - prev.x1 > wide:
                spans.append(_span(current))
                current = [w]
            else:
                current.append(w)
        spans.append(_span(current))
        text = line_text(row)
        line = Line(text=text, page=page_no, top=min(w.top for w in row), bottom=max(w.bottom for w in row),
                    x0=row[0].x0, x1=max(w.x1 for w in row), spans=spans)
        label = None
        words = row
        gap = row[1].x0 - row[0].x1 if len(row) > 1 else 0.0
        choices = sum(1 for w in row if w.text in "☐☒") >= 2  # a line of tick boxes: each box its choice's, none a bullet
        if len(row) > 1 and not choices and (_LABEL.match(row[0].text) and gap >= S.label_gap * size or symbol_bullet(row[0].text)):
            label = "•" if "\uf020" <= row[0].text <= "\uf0ff" else row[0].text
            words = row[1:]
            text = line_text(words)
        chars = sum(len(w.text) for w in words)
        bold = sum(len(w.text) for w in words if w.bold) > S.bold_share * chars
        italic = sum(len(w.text) for w in words if w.italic) > S.bold_share * chars
        out.append(_PageLine(line=line, size=size, bold=bold, label=label, text=text, words=words, italic=italic))
    return out


def _justified_space(row: list[_Word], size: float) -> float:
    """The space between words of a justified line (stretched alike, wider than a column's gap may be),
    or 0: three gaps or more, most of them within a point of each other, between words (not a row of
    codes or ticks: "1.1   1.2   1.3" are columns)."""
    gaps = [w.x0 - prev.x1 for prev, w in zip(row, row[1:])]
    spaced = [g for g in gaps if g > 0.2 * size]
    if len(spaced) < 3 or sum(sum(ch.isalpha() for ch in w.text) >= 3 for w in row) < 0.6 * len(row):
        return 0.0
    middle = median(spaced)
    alike = sum(abs(g - middle) <= 1.0 for g in spaced)
    return middle if alike >= 3 and alike >= 0.6 * len(spaced) else 0.0


_RULE_CHARS = frozenset("-=_+*~#─━═")


_RECORD_MARK = re.compile(r"^\[\s*[^\W\d_]+\s+\d{1,5}\s*\]$")


def _typed_rule(row: list[_Word]) -> bool:
    """A rule typed with dashes or equals signs, a record's number in brackets in it or not
    ("-[ RECORD 2 ]----+----", "==========="): a line drawn, no text. A line with words beside its
    dashes is text ("--- Delmål 2 ---", "Ansvarlig: LO ______")."""
    chars = "".join(w.text for w in row)
    rest = "".join(ch for ch in " ".join(w.text for w in row) if ch not in _RULE_CHARS).strip()
    return sum(ch in _RULE_CHARS for ch in chars) >= 8 and (not any(ch.isalpha() for ch in rest)
                                                            or bool(_RECORD_MARK.match(" ".join(rest.split()))))


def _span(words: list[_Word]) -> Span:
    chars = sum(len(w.text) for w in words) or 1
    return Span(text=line_text(words), x0=words[0].x0, x1=max(w.x1 for w in words),
                bold=sum(len(w.text) for w in words if w.bold) > S.bold_share * chars,
                italic=sum(len(w.text) for w in words if w.italic) > S.bold_share * chars)


def _running_key(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower()).strip()


def _find_running_lines(pages) -> tuple[dict[int, str], dict[int, str]]:
    """Page headers and footers: lone page numbers in the top or bottom band, and band lines that
    repeat on other pages (digits ignored, so "Side 3 av 9" repeats) and sit apart from the body
    (a wider gap or a smaller font). A line that starts with a list number is a heading, not a header."""
    n = len(pages)
    counts: dict[tuple[str, str], int] = {}
    candidates: list[tuple[str, _PageLine, bool]] = []
    for lines, _tables, height in pages:
        seen: set[tuple[str, str]] = set()
        body_size = median(pl.size for pl in lines) if lines else 10.0
        for i, pl in enumerate(lines):
            band = "top" if pl.line.bottom < S.band * height else "bottom" if pl.line.top > (1 - S.band) * height else None
            if band is None:
                continue
            neighbour = lines[i + 1] if band == "top" and i + 1 < len(lines) else lines[i - 1] if band == "bottom" and i else None
            gap = (neighbour.line.top - pl.line.bottom if band == "top" else pl.line.top - neighbour.line.bottom) \
                if neighbour else 1e9
            apart = gap >= 1.2 * pl.size or pl.size <= 0.9 * body_size
            key = (band, _running_key(pl.line.text))
            candidates.append((band, pl, apart))
            if key not in seen:
                seen.add(key)
                counts[key] = counts.get(key, 0) + 1
    headers: dict[int, str] = {}
    footers: dict[int, str] = {}
    for band, pl, apart in candidates:
        text = clean(pl.line.text)
        repeats = counts[(band, _running_key(text))]
        # a numbered line or a field label at the top of every page is a form's heading, not a header
        numbered = pl.label is not None or re.match(r"\d{1,3}[.)]\s", text) or label_field(text) or \
            ":" in text and label_field(text.split(":", 1)[0], colon=True)  # "Delmål: 2.2" is a field
        running = n > 1 and repeats >= max(2, S.running_share * n) and not numbered and (apart or repeats >= 0.9 * n)
        if running or _PAGE_NUMBER.match(text) or apart and _FOLIO.match(text) and len(text.split()) <= 8:
            (headers if band == "top" else footers)[id(pl)] = text
    return headers, footers


def _right_edges(lines: list[_PageLine]) -> dict[int, float]:
    """Each page's right text edge: the farthest a line reaches that another line reaches too (within a
    font size), not one line alone beyond the rest (a pull quote, a note set to the right); it lies in the
    right half of the text's width, else the farthest line's end is the edge (a short page of ragged lines)."""
    ends: dict[int, list[tuple[float, float, float]]] = {}
    for pl in lines:
        ends.setdefault(pl.line.page, []).append((pl.line.x1, pl.size, pl.line.x0))
    right = {}
    for page, xs in ends.items():
        xs.sort(reverse=True)
        half = (xs[0][0] + min(x0 for _, _, x0 in xs)) / 2
        right[page] = next((x for (x, size, _), (y, _, _) in zip(xs, xs[1:]) if y >= x - size and x >= half), xs[0][0])
    return right


def _paragraphs(lines: list[_PageLine]) -> list[Paragraph]:
    """Group printed lines into paragraphs: a new one starts at a list label, after a wider
    vertical gap, on a change of font size or weight, or after a short line."""
    if not lines:
        return []
    right = _right_edges(lines)
    left: dict[int, float] = {}
    for pl in lines:
        left[pl.line.page] = min(left.get(pl.line.page, pl.line.x0), pl.line.x0)
    groups: list[list[_PageLine]] = []
    for pl in lines:
        if groups and not _starts_paragraph(groups[-1][-1], pl, right):
            groups[-1].append(pl)
        else:
            groups.append([pl])
    return [_paragraph(group, group[0].column[0] if group[0].column else left.get(group[0].line.page, 0.0))
            for group in groups]


def _in_capitals(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 4 and all(ch.isupper() for ch in letters)


def _label_line(pl: _PageLine) -> bool:
    """A line that starts with a field label: "Ansvarlig: …", or a label span set apart by a wide gap.
    A label starts with a capital; "varighet: …" is the rest of a label the line break cut."""
    key, bar, value = pl.text.partition(" | ")
    if bar and " | " not in value and label_field(key) is not None:
        return True  # "delmaal | {2.4}": a database's record, its keys in lower case
    if not pl.text[:1].isupper():
        return False
    spans = pl.line.spans
    if spans and len(spans) > 1 and label_field(spans[0].text):
        return True
    head, colon, _ = pl.text.partition(":")
    if not colon:
        head, colon, _ = pl.text.partition(" = ")  # "DELMAAL = 1.3": a system's export
        colon = colon if export_key(head) else ""
    return bool(colon) and label_field(head) is not None


_FACTS_PARTED = re.compile(rf"\s[{FACT_MARKS}]\s")


def _fact_line(pl: _PageLine) -> bool:
    """A short line that is one fact by its content: a type ("Kurs/utdanning"), a period ("2020–2021"),
    a delmål ("Delmål 2.1")."""
    return _fact_of(pl) is not None


def _fact_of(pl: _PageLine) -> str | None:
    text = pl.text.strip()
    if len(text.split()) > 4:
        return None
    return "type" if value_field(text) == "type" else "period" if is_period_line(text) else \
        "goal" if is_goal_line(text) else None


def _label_of(pl: _PageLine) -> str | None:
    return label_field(pl.text.partition(":")[0]) if _label_line(pl) else None


def _starts_paragraph(prev: _PageLine, pl: _PageLine, right: dict[int, float]) -> bool:
    if pl.label is not None:
        return True
    broken = _broken_off(prev, pl)
    if abs(prev.size - pl.size) > 0.6 and not broken:
        return True  # (a line's size is its most words': a name's end, then dot leaders in smaller type)
    if (prev.bold, prev.italic) != (pl.bold, pl.italic):
        # a change of style parts paragraphs, unless the style runs on over the line break: a bold
        # title that ends on the next line, before its description ("Title of the measure. Text …")
        ends, starts = prev.words[-1] if prev.words else None, pl.words[0] if pl.words else None
        if ends is None or starts is None or (ends.bold, ends.italic) != (starts.bold, starts.italic) \
                or (starts.bold and not prev.bold):
            return True
    if _label_line(pl) or _fact_line(pl) and (_fact_line(prev) or _label_of(prev) not in (None, _fact_of(pl))
                                               and abs(pl.line.x0 - prev.line.x0) > 0.5 * prev.size):
        # facts one to a line (a margin note's, set flush right: "Med: KD, partene" / "2017–2023"); a
        # label's value wrapped flush left goes on ("Navn på tiltak: … kompetansestrategi" / "(handlingsplan 2024)")
        return True
    if _facts_end(prev, pl):
        return True  # "Nr. 12 | Kurs/utdanning | VOFO | 2017–2019", then text: the line of facts ends there
    if _facts_start(prev, pl):
        return True  # a sentence ends, then "Delmål 1.4 / råd/utvalg / KD – med LO / løpende" under it
    at, below = _answer_x(prev), _answer_x(pl)
    if at is not None and below is not None and abs(at - below) <= S.grid_tolerance:
        return True  # "Emne: …" over "Sted: …", the answers set at one tab stop: a label a line, known or not
    if prev.line.page != pl.line.page:
        # A paragraph runs on over a page break when the sentence does.
        return prev.text.rstrip().endswith((".", ":", "!", "?")) or not pl.text[:1].islower()
    gap = pl.line.top - prev.line.bottom
    if gap > S.paragraph_gap * prev.size:
        return True
    if pl.column != prev.column and not (pl.column and prev.column and pl.column[2] and prev.column[2]):
        return True  # into a column or out of one; from a side heading to its text (newspaper text runs on)
    edge = prev.column[1] if prev.column else right[prev.line.page]
    width = edge - prev.line.x0
    if (pl.text[:1].islower() or prev.bold and pl.bold and _in_capitals(prev.text) <= _in_capitals(pl.text)) \
            and prev.line.x1 + 0.5 * prev.size + (pl.words[0].x1 - pl.words[0].x0) > edge:
        # a sentence (or a name in bold) goes on with a word that would not have fit: wrapped, not ended
        # (not a kicker in capitals over a name: "NKPS-TILTAKET" / "Digitaliseringssamarbeidet i …")
        return False
    if broken:
        return False
    if prev.column and _centred(prev, prev.column) and _centred(pl, prev.column):
        return False  # text centred in a card, line under line: one paragraph however short its lines
    return prev.line.x1 < edge - S.short_line * max(width, 1)


def _broken_off(prev: _PageLine, pl: _PageLine) -> bool:
    """A line broken off after "og", "etter-" or a comma, the next going on in the same size, short
    as the first may be: a name broken to leave its dot leaders room ("… om etter- og" / "videreutdanning
    ........ 2016–2018")."""
    if not pl.text[:1].islower() or not prev.words or not pl.words or not unfinished(prev.text):
        return False
    return abs(prev.words[-1].size - pl.words[0].size) <= 0.6  # (a change of style is judged apart)


_LABEL_WORD = re.compile(r"^[^\W\d_][\w()./-]*:$")


def _answer_x(pl: _PageLine) -> float | None:
    """Where the answer starts in a line that opens with a label of one to three words, the first
    capitalised, and a gap after its colon ("Sted:   Kantina"); None for any other line."""
    words = pl.words
    for k, w in enumerate(words[:3]):
        if w.text.endswith(":"):
            if not _LABEL_WORD.match(words[0].text if k == 0 else words[0].text + ":") or not words[0].text[:1].isupper() \
                    or k + 1 >= len(words) or words[k + 1].x0 - w.x1 < 1.5 * pl.size:
                return None
            return words[k + 1].x0
    return None


def _centred(pl: _PageLine, column: tuple[float, float, bool]) -> bool:
    return abs((pl.line.x0 + pl.line.x1) / 2 - (column[0] + column[1]) / 2) < 0.5 * pl.size \
        and pl.line.x0 - column[0] > pl.size


def _runs(group: list[_PageLine]) -> list[Run]:
    runs: list[Run] = []
    for pl in group:
        for w in pl.words:
            if runs and (runs[-1].bold, runs[-1].italic) == (w.bold, w.italic):
                runs[-1].text += " " + w.text
            else:
                runs.append(Run(w.text, w.bold, w.italic, w.size))
    return runs


def _lead(group: list[_PageLine], runs: list[Run]) -> str | None:
    spans = group[0].line.spans
    if group[0].label is None and len(spans) > 1 and len(spans[0].text.strip()) > 1:  # ("K  Kurs i …": a tile's mark)
        return spans[0].text
    return style_lead(runs)


def _paragraph(group: list[_PageLine], left: float = 0.0) -> Paragraph:
    first = group[0]
    runs = _runs(group)
    text = join_lines([pl.text for pl in group])
    return Paragraph(
        text=text,
        page=first.line.page,
        page_end=group[-1].line.page,
        font_size=median(pl.size for pl in group),
        bold=all(pl.bold for pl in group),
        italic=all(pl.italic for pl in group),
        indent=round(first.line.x0 - left, 1),
        list_label=first.label,
        lines=[pl.line for pl in group],
        runs=runs,
        lead=_lead(group, runs),
        tabs=_leader_stops(text),
        notes=[_NOTE + w.note for pl in group for w in pl.words if w.note and w.note.isdecimal()],
    )


_NOTE = "\x00note "  # a footnote's mark, until `with_footnotes` puts its text in its place


def with_footnotes(blocks: list) -> list:
    """The text of each footnote whose mark a paragraph (or a table's cell) carries, as that paragraph's
    note (as Word keeps them): the nearest paragraph after it that opens with its number ("1 Delmål
    2.1"), or is its number alone over the note's text; those paragraphs left out of the text. A mark
    whose note is not found is dropped."""
    taken: set[int] = set()
    marked = {k for k, b in enumerate(blocks) if isinstance(b, Paragraph) and b.notes}

    def noted(p: Paragraph, k: int) -> Paragraph:
        notes = [text for mark in p.notes if (text := _note_after(blocks, k, mark[len(_NOTE):], taken, marked))]
        return replace(p, notes=notes)

    for k, block in enumerate(blocks):
        if k in marked:
            blocks[k] = noted(block, k)
        elif isinstance(block, Table):
            for cell in block.cells:
                cell.paragraphs = [noted(p, k) if p.notes else p for p in cell.paragraphs]
    return [b for j, b in enumerate(blocks) if j not in taken]


def _note_after(blocks: list, k: int, number: str, taken: set[int], marked: set[int]) -> str | None:
    for j in range(k + 1, len(blocks)):
        b = blocks[j]
        if j in taken or j in marked or not isinstance(b, Paragraph) or b.bold:
            continue
        text = b.text.strip()
        if text.rstrip(".)") == number and not b.list_label and j + 1 < len(blocks) and j + 1 not in marked \
                and isinstance(blocks[j + 1], Paragraph) and blocks[j + 1].text.strip()[:1].isupper():
            taken |= {j, j + 1}
            return blocks[j + 1].text.strip()
        if (b.list_label or "").rstrip(".)") == number and text[:1].isupper():
            taken.add(j)
            return text
        # (a note opens with a capital or a quote: "1 Delmål 2.1"; not "1 200 ansatte …", "2 av 3 …")
        opened = re.match(rf"{number}[.)]?\s+([A-ZÆØÅ«\"].*)$", text) if not b.list_label else None
        if opened:  # "1 Delmål 2.1"
            taken.add(j)
            return opened.group(1)
    return None


_LEADERS = re.compile(r"\s*(?:\.\s?|…\s?){4,}\s*")


def _leader_stops(text: str) -> tuple[str, ...]:
    """Dot leaders are a tab stop drawn ("Forsøk med fagbrev på jobb ........ 2016–2017"): the parts
    between them, as Word's tabs give; () without them."""
    parts = [x.strip() for x in _LEADERS.split(text)]
    return tuple(parts) if len(parts) >= 2 and all(parts) else ()


def _table_from(boxes: list, words: list[_Word], page_no: int, known: set[str],
                one_row_columns: list[float] | None = None) -> Table | None:
    """A pdfplumber table's cell boxes -> model Table with row and column spans from the cell grid.
    A single row of boxes is more likely a frame than a table, unless its columns are those of
    `one_row_columns` (the table the page before ended with)."""
    if not boxes:
        return None
    xs = _axis([b[0] for b in boxes] + [b[2] for b in boxes])
    ys = _axis([b[1] for b in boxes] + [b[3] for b in boxes])
    continues = one_row_columns is not None and _same_axis(one_row_columns, xs, 2 * S.grid_tolerance)
    if len(xs) < 2 or (len(ys) < 3 and not (len(ys) == 2 and (continues or _starts_with_label(boxes, words)))):
        return None
    placed = []
    right_edge: dict[int, float] = {}  # grid column boundary -> rightmost text before it
    for x0, top, x1, bottom in boxes:
        inside = [w for w in words if _centred_in(w, (x0, top, x1, bottom))]
        lines = _lines(inside, page_no)
        c1 = _index(xs, x1)
        if lines:
            right_edge[c1] = max(right_edge.get(c1, 0.0), max(pl.line.x1 for pl in lines))
        placed.append((x0, top, x1, bottom, c1, lines))
    if len(xs) == 2 and sum(1 for *_, lines in placed for pl in lines if len(pl.line.spans) >= 3) >= 2:
        return None  # one column of boxes whose lines are set in columns: rows ruled only across, not cells
    if len(xs) == 2:
        # one column of boxes, each a label beside its answer (a fact box ruled only across): two columns
        # (a box of other text, the form's name across it, stays one cell across both)
        paired = [bool(lines) and len(lines[0].line.spans) == 2 and label_field(lines[0].line.spans[0].text) is not None
                  for *_, lines in placed]
        at = median(lines[0].line.spans[1].x0 for (*_, lines), two in zip(placed, paired) if two) - 1 if any(paired) else 0
        if sum(paired) >= 2 and sum(paired) >= 0.5 * len(placed) and not any(
                sp.x0 < at < sp.x1 for (*_, lines), two in zip(placed, paired) if two for pl in lines for sp in pl.line.spans):
            # (an answer wrapped back to the box's edge, under its label, is no column of answers)
            halves = [half for (x0, top, x1, bottom, *_), two in zip(placed, paired)
                      for half in (((x0, top, at, bottom), (at, top, x1, bottom)) if two else ((x0, top, x1, bottom),))]
            return _table_from(halves, words, page_no, known, one_row_columns)
    if len(xs) == 2 and sum(1 for *_, lines in placed if lines) <= 1:
        return None  # one column with text in one box: a frame or a page's coloured background, not a table
    cells: list[Cell] = []
    # the table's own line spacing (a double-spaced table's lines are no paragraphs each)
    steps = [b.line.top - a.line.bottom for *_, lines in placed for a, b in zip(lines, lines[1:])]
    spacing = median(steps) if len(steps) >= 3 else 0.0
    grouped = [(box, _cell_paragraph_groups(box[5], spacing)) for box in placed]
    # a column where a word is surely broken at the edge breaks words: its lines at the edge go on in the next
    breaking = {c1 for (x0, top, x1, bottom, c1, _), groups in grouped for grp in groups
                if breaks_words(*_cell_lines(grp, right_edge.get(c1, x1)))}
    # words the table prints inside a line somewhere (after another word): words of their own, never a
    # broken word's end, which only ever starts a line ("ansatte", not "æringskonferansen")
    words_of_their_own = {t.strip("«»\"'()[],.;:!?").casefold() for *_, lines in placed for pl in lines
                          for t in pl.text.split()[1:]} | reference_vocabulary()
    for (x0, top, x1, bottom, c1, lines), groups in grouped:
        c0, r0, r1 = _index(xs, x0), _index(ys, top), _index(ys, bottom)
        texts = [join_wrapped(*_cell_lines(grp, right_edge.get(c1, x1)), known, words_of_their_own if c1 in breaking else None)
                 for grp in groups]
        paragraphs = []
        for grp, text in zip(groups, texts):
            p = _paragraph(grp, x0)
            p.text, p.list_label = text, None  # the cell's text keeps its label, as printed
            paragraphs.append(p)
        cells.append(Cell(text="\n".join(texts), row=r0, col=c0, row_span=max(1, r1 - r0), col_span=max(1, c1 - c0),
                          page=page_no, paragraphs=paragraphs))
    cells.sort(key=lambda c: (c.row, c.col))
    return Table(cells=cells, n_rows=len(ys) - 1, n_cols=len(xs) - 1, page=page_no, page_end=page_no, ruled=True,
                 columns=[round(x, 1) for x in xs])


def _starts_with_label(boxes: list, words: list[_Word]) -> bool:
    """A single row of several cells whose first cell is a field label: a form's row (the first of a
    form the page break cut), not a frame around text."""
    if len(boxes) < 2:
        return False
    first = min(boxes, key=lambda b: b[0])
    inside = sorted((w for w in words if _centred_in(w, first)), key=lambda w: (round(w.top), w.x0))
    return label_field(" ".join(w.text for w in inside), colon=True) is not None


def _cell_lines(group: list[_PageLine], right: float) -> tuple[list[tuple[str, float]], float, float]:
    """A cell's paragraph as join_wrapped reads it: each line's text and right edge, the column's right
    edge, and how near it a line ends to reach it (0.6 of the font size)."""
    lines = [(pl.text if pl.label is None else f"{pl.label} {pl.text}", pl.line.x1) for pl in group]
    return lines, right, 0.6 * median(pl.size for pl in group)


def _cell_paragraph_groups(lines: list[_PageLine], spacing: float = 0.0) -> list[list[_PageLine]]:
    """A cell's lines in paragraphs: a gap wider than a paragraph's (or than the table's own `spacing`
    by more than a third of a line) parts them."""
    groups: list[list[_PageLine]] = []
    for pl in lines:
        prev = groups[-1][-1] if groups else None
        gap = max(S.paragraph_gap * pl.size, spacing + 0.3 * pl.size)
        if (prev is not None and pl.label is None and pl.line.top - prev.line.bottom <= gap
                and (prev.bold, prev.italic) == (pl.bold, pl.italic) and not _label_line(pl)
                and not (len(groups[-1]) <= 2 and prev.size - pl.size >= 0.4)  # (a name over its text a size smaller)
                and not (prev.size < pl.size - 0.6 and _box_label(prev.text)) and not _facts_end(prev, pl)):
            groups[-1].append(pl)
        else:
            groups.append([pl])
    return groups


def _facts_end(prev: _PageLine, pl: _PageLine) -> bool:
    """A line of facts ("Delmål 3.2 · Kurs/utdanning · VOFO · 2022") ends with its line: the next one,
    not its continuation, starts a paragraph of its own."""
    return bool(_FACTS_PARTED.search(prev.text)) and not pl.text[:1].islower() and not _FACTS_PARTED.search(pl.text) \
        and not prev.text.rstrip().endswith(tuple(FACT_MARKS)) and not unfinished(prev.text) and facts_line(prev.text) is not None


def _facts_start(prev: _PageLine, pl: _PageLine) -> bool:
    """After a line that ends a sentence, a line of three facts at least, one a delmål, is a paragraph
    of its own (set in the text's own size and margin, where nothing else parts them)."""
    if not prev.text.rstrip().endswith((".", "!", "?")) or not (_FACTS_PARTED.search(pl.text) or pl.text.count(" / ") >= 2):
        return False
    facts = facts_line(pl.text) or []
    return len(facts) >= 3 and any(name == "goal" for name, _ in facts)


def _box_label(text: str) -> bool:
    """A box's label, set in small type over its answer: "1 Tiltakets navn" (not "DELMÅL 3.1" over a name)."""
    return label_field(text, colon=True) is not None and not any(ch.isdigit() for ch in label_key(text))


def _axis(values: list[float], tol: float = S.grid_tolerance) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > tol:
            out.append(v)
    return out


def _index(axis: list[float], v: float) -> int:
    return min(range(len(axis)), key=lambda i: abs(axis[i] - v))
