"""Tables drawn with characters: a plain-text printout whose rows are parted by "+-----+" lines and
whose cells by "|" (a case system's export, a monospace e-mail). Read as the tables they are, so
the row-table parser reads them as it reads any other table."""

from __future__ import annotations

import re

from .model import Cell, Document, Paragraph, Table
from .text import join_lines

_BORDER = re.compile(r"^\+(?:[-=]+\+){2,}$")  # "+-----+------+" (spaces removed)
_ROW = re.compile(r"^\|.*\|$")


def _lines(p: Paragraph) -> list[str]:
    return [ln.text.strip() for ln in p.lines] if p.lines else [p.text.strip()]


def _is_grid_line(text: str) -> bool:
    return bool(_BORDER.match(text.replace(" ", "")) or _ROW.match(text))


def with_text_grids(doc: Document) -> Document:
    """The document with each run of paragraphs that draws a table in characters as a Table."""
    if not any("+--" in b.text.replace(" ", "") for b in doc.paragraphs()):
        return doc
    blocks: list = []
    run: list[Paragraph] = []

    def flush() -> None:
        table = _table(run)
        if table is not None:
            blocks.append(table)
        else:
            blocks.extend(run)
        run.clear()

    for block in doc.blocks:
        if isinstance(block, Paragraph) and all(_is_grid_line(t) for t in _lines(block)):
            run.append(block)
            continue
        if run:
            flush()
        blocks.append(block)
    if run:
        flush()
    doc.blocks = blocks
    return doc


def _table(paragraphs: list[Paragraph]) -> Table | None:
    lines = [t for p in paragraphs for t in _lines(p)]
    borders = [k for k, t in enumerate(lines) if _BORDER.match(t.replace(" ", ""))]
    if len(borders) < 2:
        return None
    n_cols = lines[borders[0]].replace(" ", "").count("+") - 1
    rows: list[list[list[str]]] = []
    current: list[list[str]] | None = None
    for k, text in enumerate(lines):
        if k in borders:
            if current and any(current):
                rows.append(current)
            current = [[] for _ in range(n_cols)]
            continue
        parts = [x.strip() for x in text.strip()[1:-1].split("|")]
        if current is None or len(parts) != n_cols:
            return None  # not one grid: left as the lines it is
        for col, part in enumerate(parts):
            if part:
                current[col].append(part)
    if current and any(current):
        rows.append(current)
    if len(rows) < 2:
        return None
    page = paragraphs[0].page
    cells = [Cell(join_lines(texts), r, c, page=page) for r, row in enumerate(rows) for c, texts in enumerate(row)]
    return Table(cells=cells, n_rows=len(rows), n_cols=n_cols, page=page, page_end=paragraphs[-1].page_end or paragraphs[-1].page or page)


_DELIMITERS = (";", "\t", "|", ",")
_RULE = re.compile(r"^[\s_=\-–—.·]{5,}$")


def _fields(p: Paragraph, delimiter: str) -> list[str]:
    """The paragraph's fields: the text between the tabs typed in it (Word's reader keeps them apart
    from the text), else its text parted at the delimiter (quotes round a field that holds it)."""
    import csv

    if delimiter == "\t" and p.tabs:
        return list(p.tabs)
    try:
        row = next(csv.reader([p.text.replace("\n", " ")], delimiter=delimiter, skipinitialspace=True), [])
    except csv.Error:
        return [p.text]
    return [f.strip() for f in row]


def _fitted(fields: list[str], width: int) -> list[str] | None:
    """A row of the header's width; one field short is a last cell left empty."""
    if len(fields) == width:
        return fields
    return [*fields, ""] if len(fields) == width - 1 and width > 2 else None


def _named_rows(blocks: list, k: int, header: list[str], delimiter: str, first: Paragraph) -> tuple[Table | None, int]:
    """A table whose first column is the name on a line of its own: the header's first field empty
    under the name's label ("Tiltak"), each name over its row (first field empty), the lines after a
    row its text; a rule across, a heading or the end of the text ends it, and the last row's text is
    no longer than any other row's. (the table, the index after its last line) or (None, k)."""
    rows: list[list[str]] = []
    texts: list[list[str]] = []
    plain: list[tuple[int, str]] = []  # lines since the last row: its text, then the next row's name
    j, last = k, k
    while j < len(blocks) and isinstance(blocks[j], Paragraph) and not blocks[j].heading_level:
        fields = _fitted(_fields(blocks[j], delimiter), len(header))
        if _RULE.match(blocks[j].text) or not blocks[j].text.strip():
            if rows:
                break
        elif fields is not None and not fields[0]:
            if not plain:
                break  # a row without its name: not this table
            if rows:
                texts[-1] += [t for _, t in plain[:-1]]
            rows.append([plain[-1][1], *fields[1:]])
            texts.append([])
            plain, last = [], j
        else:
            plain.append((j, blocks[j].text.strip()))
        j += 1
    if len(rows) < 2:
        return None, k
    most = min(len(t) for t in texts[:-1])
    taken = plain[:most]
    texts[-1] += [t for _, t in taken]
    end = taken[-1][0] + 1 if taken else last + 1
    table_rows = [["Tiltak", *header[1:], "Beskrivelse"]] + [[*row, join_lines(t)] for row, t in zip(rows, texts)]
    cells = [Cell(text=text, row=r, col=c, page=first.page) for r, row in enumerate(table_rows) for c, text in enumerate(row)]
    return Table(cells=cells, n_rows=len(table_rows), n_cols=len(header) + 1, page=first.page,
                 page_end=blocks[end - 1].page_end or blocks[end - 1].page), end


def _header_of(p: Paragraph, before: Paragraph | None = None) -> tuple[str, int, bool] | None:
    """A delimited header line ("nr;tiltak;delmaal;type;ansvarlig"): its delimiter, its width and whether
    the names stand on lines of their own, when three of its fields or more are known column labels, one
    of them the measure's name (or its first field empty under a line that is the name's label alone:
    "Tiltak", then "\tNKPS nr.\tType\tAnsvarlig"). Set with tabs in Word, it needs a delmål or type
    column too: a list of contacts ("Navn | Kontaktperson | Dato") is typed the same way."""
    from .vocabulary import header_field

    for delimiter in _DELIMITERS:
        if (len(p.tabs) - 1 if delimiter == "\t" and p.tabs else p.text.count(delimiter)) < 2:
            continue
        fields = _fields(p, delimiter)
        if len(fields) < 3:
            continue
        known = [header_field(f) for f in fields]
        named_above = not fields[0] and before is not None and header_field(before.text) == "title"
        if named_above:
            known[0] = "title"
        if p.tabs and delimiter == "\t" and not {"goal", "type"} & set(known):
            continue
        if "title" in known and sum(1 for k in known if k) >= 3:
            return delimiter, len(fields), named_above
    return None


def with_delimited_tables(doc: Document) -> Document:
    """Rows of a system's export pasted as text, one a line, fields parted by ";", a tab, "|" or ","
    (quotes around a field that holds the delimiter), under a header line of known labels: a table.
    Also a Word table set with tab stops, its names on lines of their own when the header has no label
    over them (`_named_rows`)."""
    blocks: list = []
    k = 0
    while k < len(doc.blocks):
        block = doc.blocks[k]
        before = blocks[-1] if blocks and isinstance(blocks[-1], Paragraph) else None
        found = _header_of(block, before) if isinstance(block, Paragraph) and not block.list_label else None
        if found is None:
            blocks.append(block)
            k += 1
            continue
        delimiter, width, named_above = found
        rows = [_fields(block, delimiter)]
        k += 1
        if named_above:  # names on their own lines over their rows ("Tiltak", then "\tNr.\tType\t…")
            table, k = _named_rows(doc.blocks, k, rows[0], delimiter, block)
            if table is None:
                blocks.append(block)
            elif before.heading_level:
                blocks.append(table)  # (under the section's heading "Tiltak")
            else:
                blocks[-1] = table  # (in place of the name's label over the header)
            continue
        while k < len(doc.blocks) and isinstance(doc.blocks[k], Paragraph) \
                and (row := _fitted(_fields(doc.blocks[k], delimiter), width)) is not None:
            rows.append(row)
            k += 1
        if len(rows) < 2:
            blocks.append(block)
            continue
        cells = [Cell(text=text, row=r, col=c, page=block.page) for r, row in enumerate(rows) for c, text in enumerate(row)]
        blocks.append(Table(cells=cells, n_rows=len(rows), n_cols=width, page=block.page,
                            page_end=doc.blocks[k - 1].page_end or doc.blocks[k - 1].page))
    doc.blocks = blocks
    return doc


def with_json_records(doc: Document) -> Document:
    """The document with JSON pasted into it (a reporting system's export) read as what it holds:
    each object of a list of records as a form table of its keys and values; the rest of the JSON
    (the export's own metadata, a template object "_mal") is no text of the report."""
    if not any(b.text.lstrip().startswith(("{", "[")) for b in doc.paragraphs()):
        return doc
    blocks: list = []
    k = 0
    while k < len(doc.blocks):
        block = doc.blocks[k]
        end = _json_end(doc.blocks, k) if isinstance(block, Paragraph) else None
        if end is None:
            blocks.append(block)
            k += 1
            continue
        parsed, paragraphs = end
        tables = _record_tables(parsed, paragraphs)
        blocks.extend(tables or paragraphs)  # JSON of no measures ("[1]", a table of figures): as it was
        k += len(paragraphs)
    doc.blocks = blocks
    return doc


def _json_end(blocks: list, k: int):
    """(the JSON value, its paragraphs) when paragraph k opens a JSON object or list that parses."""
    import json

    first = blocks[k].text.replace("\xa0", " ").strip()
    if not first.startswith(("{", "[")):
        return None
    texts: list[str] = []
    depth = 0
    for j in range(k, min(len(blocks), k + 5000)):
        if not isinstance(blocks[j], Paragraph):
            return None
        text = blocks[j].text.replace("\xa0", " ")
        texts.append(text)
        depth += _depth_change(text)
        if depth <= 0:
            try:
                return json.loads("\n".join(texts)), blocks[k:j + 1]
            except ValueError:
                return None
    return None


def _depth_change(text: str) -> int:
    depth, quoted, escaped = 0, False, False
    for ch in text:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = quoted
        elif ch == '"':
            quoted = not quoted
        elif not quoted and ch in "{[":
            depth += 1
        elif not quoted and ch in "}]":
            depth -= 1
    return depth


def _record_tables(value, paragraphs: list[Paragraph]) -> list[Table]:
    """A form table per record (an object in a list of objects), keys starting with "_" left out."""
    page, page_end = paragraphs[0].page, paragraphs[-1].page_end or paragraphs[-1].page
    out: list[Table] = []

    def walk(v) -> None:
        if isinstance(v, dict):
            if _names_a_measure(v):  # one record pasted on its own
                out.append(_form(v, page, page_end))
                return
            for key, inner in v.items():
                if not str(key).startswith("_"):
                    walk(inner)
        elif isinstance(v, list):
            records = [x for x in v if isinstance(x, dict)]
            if records and len(records) == len(v) and any(_names_a_measure(r) for r in records):
                out.extend(_form(r, page, page_end) for r in records)
            else:
                for x in v:
                    walk(x)

    walk(value)
    return [t for t in out if t is not None]


def _names_a_measure(record: dict) -> bool:
    """A record with a key for a measure's name ("tiltak", "navn", "title") holding text."""
    from .vocabulary import label_field

    return any(label_field(str(k).replace("_", " ")) == "title" and isinstance(v, str) and v.strip()
               for k, v in record.items())


def _form(record: dict, page, page_end) -> Table | None:
    def shown(v) -> str:  # a list's values, an object's values ({"kode": "2.1", "navn": "…"}), parted by commas
        if isinstance(v, list):
            return ", ".join(x for x in (shown(y) for y in v) if x)
        if isinstance(v, dict):
            return " ".join(x for x in (shown(y) for y in v.values()) if x)
        return "" if v is None else str(v)

    rows = [(str(k), shown(v)) for k, v in record.items() if not str(k).startswith("_")]
    if len(rows) < 2:
        return None
    cells = [Cell(text, r, c, page=page) for r, row in enumerate(rows) for c, text in enumerate(row)]
    return Table(cells=cells, n_rows=len(rows), n_cols=2, page=page, page_end=page_end)
