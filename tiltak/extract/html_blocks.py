"""HTML -> the document model's blocks: the part a Word file takes in whole (`w:altChunk`), as a
portal's or a mail's export does ("<h2>Tiltak</h2><table><tr><th>Delmål</th><td>1.3</td></tr>…").

Headings (h1–h6) are headings, paragraphs and list items paragraphs (items with their bullet or
number), tables tables with their spans; scripts, styles and the head are no text. lxml (python-docx's
own parser) reads the HTML as a browser would, unclosed tags and all.
"""

from __future__ import annotations

import re

from .model import Cell, Paragraph, Run, Table
from .text import clean

_SKIP = {"head", "script", "style", "title", "meta", "link", "noscript", "template"}
_BLOCKS = {"p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "blockquote", "pre",
           "address", "figure", "figcaption", "dl", "dt", "dd", "form", "fieldset", "center", "body", "html"}
_HEADING = re.compile(r"^h([1-6])$")
_BOLD = {"b", "strong", "th"}


def html_blocks(markup: bytes | str) -> list:
    """The blocks of an HTML document, in reading order."""
    import lxml.html

    if isinstance(markup, bytes):
        markup = decoded(markup)
    markup = _XML_DECLARATION.sub("", markup, count=1)  # (lxml takes no encoding declaration in a str)
    if not markup.strip():
        return []
    try:
        root = lxml.html.document_fromstring(markup)
    except Exception:  # noqa: BLE001 - markup lxml cannot read gives no text rather than stopping the file
        return []
    out: list = []
    _walk(root, out)
    return out


_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)


def decoded(blob: bytes) -> str:
    """Text of bytes in the encoding they declare, else UTF-8, else Windows' western code page."""
    if blob[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return blob.decode("utf-16", "replace")
    head = blob[:2048].decode("ascii", "ignore")
    m = re.search(r"charset\s*=\s*[\"']?([\w-]+)", head, re.I)
    for encoding in ([m.group(1)] if m else []) + ["utf-8", "cp1252"]:
        try:
            return blob.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return blob.decode("utf-8", "replace")


def _tag(el) -> str:
    return el.tag.lower() if isinstance(el.tag, str) else ""


def _has_blocks(el) -> bool:
    return any(_tag(c) in _BLOCKS or _tag(c) in ("table", "ul", "ol", "li") or _HEADING.match(_tag(c))
               for c in el.iter() if c is not el)


def _walk(el, out: list) -> None:
    """Block children in order; text standing between them is a paragraph of its own."""
    loose: list[str] = [el.text or ""]
    for child in el:
        tag = _tag(child)
        if tag in _SKIP or not tag:
            loose.append(child.tail or "")
            continue
        block = tag in _BLOCKS or tag in ("table", "ul", "ol", "li", "br", "hr") or _HEADING.match(tag)
        if not block:
            loose.append(_text(child))
            loose.append(child.tail or "")
            continue
        _flush(loose, out)
        if tag == "table":
            out.append(_table(child))
        elif tag in ("ul", "ol"):
            _list(child, out)
        elif m := _HEADING.match(tag):
            text = clean(_text(child))
            if text:
                out.append(Paragraph(text=text, style=f"Heading {m.group(1)}", heading_level=int(m.group(1)),
                                     bold=True, runs=[Run(text, bold=True)]))
        elif tag in ("br", "hr"):
            pass
        elif _has_blocks(child):
            _walk(child, out)
        else:
            _paragraph(child, out)
        loose = [child.tail or ""]
    _flush(loose, out)


def _flush(loose: list[str], out: list) -> None:
    text = clean(" ".join(loose))
    if text:
        out.append(Paragraph(text=text, bold=False, runs=[Run(text)]))
    loose.clear()


def _paragraph(el, out: list, label: str | None = None) -> None:
    """A paragraph, one per line its <br> breaks ("<b>Delmål:</b> 1.3<br><b>Ansvarlig:</b> Udir"), its
    bold opening words its lead."""
    lines = [clean(x) for x in _text(el, breaks="\n").split("\n")]
    lines = [x for x in lines if x] or ([""] if label else [])
    bold = _bold_texts(el)
    for k, text in enumerate(lines):
        whole = bool(text) and clean(" ".join(bold)) == clean(" ".join(lines))
        lead = next((b for b in bold if b and text.startswith(b) and len(b) < len(text)), None)
        runs = [Run(lead, bold=True), Run(text[len(lead):])] if lead else ([Run(text, bold=whole)] if text else [])
        out.append(Paragraph(text=text, bold=whole, lead=lead, list_label=label if k == 0 else None, runs=runs))


def _list(el, out: list) -> None:
    ordered = _tag(el) == "ol"
    n = int(el.get("start", "1")) if (el.get("start") or "").isdigit() else 1
    for item in el:
        if _tag(item) != "li":
            continue
        label = f"{n}." if ordered else "•"
        n += 1
        nested = [c for c in item if _tag(c) in ("ul", "ol", "table")]
        for c in nested:
            item.remove(c)
        _paragraph(item, out, label)
        for c in nested:
            if _tag(c) == "table":
                out.append(_table(c))
            else:
                _list(c, out)


def _table(el) -> Table:
    rows = [tr for tr in el.iter("tr") if _nearest_table(tr) is el]
    cells: list[Cell] = []
    taken: set[tuple[int, int]] = set()
    n_cols = 0
    for r, tr in enumerate(rows):
        col = 0
        for td in tr:
            if _tag(td) not in ("td", "th"):
                continue
            while (r, col) in taken:
                col += 1
            span, down = _span(td.get("colspan")), _span(td.get("rowspan"))
            inner: list = []
            _walk(td, inner)
            paragraphs = [p for p in inner if isinstance(p, Paragraph)]
            if _tag(td) == "th":
                for p in paragraphs:
                    p.bold = True
            text = "\n".join(p.display for p in paragraphs if p.display)
            cells.append(Cell(text=text, row=r, col=col, row_span=down, col_span=span, paragraphs=paragraphs,
                              tables=[t for t in inner if isinstance(t, Table)]))
            for dr in range(down):
                for dc in range(span):
                    taken.add((r + dr, col + dc))
            col += span
        n_cols = max(n_cols, col)
    return Table(cells=cells, n_rows=len(rows), n_cols=n_cols)


def _nearest_table(tr):
    parent = tr.getparent()
    while parent is not None and _tag(parent) != "table":
        parent = parent.getparent()
    return parent


def _span(value: str | None) -> int:
    return max(1, min(int(value), 50)) if value and value.strip().isdigit() else 1


def _text(el, breaks: str = " ") -> str:
    """The text of an element, its line breaks as `breaks`, a space between its blocks, what is never
    shown left out."""
    parts = [el.text or ""] if _tag(el) not in _SKIP else []
    for child in el:
        tag = _tag(child)
        if tag not in _SKIP and tag:
            block = tag in _BLOCKS or tag in ("li", "table", "tr", "td", "th") or _HEADING.match(tag)
            parts.append(breaks if tag == "br" else (" " if block else "") + _text(child, breaks) + (" " if block else ""))
        parts.append(child.tail or "")
    return "".join(parts)


def _bold_texts(el) -> list[str]:
    """The texts set in bold within an element (all of it when it is bold itself)."""
    if _tag(el) in _BOLD:
        return [clean(_text(el))]
    return [clean(_text(b)) for b in el.iter() if _tag(b) in _BOLD and b is not el]
