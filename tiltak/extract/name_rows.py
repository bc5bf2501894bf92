"""Tables that give each measure's name in a row across the table, over the row of its fields (and
maybe a row across with its text, "Kort om: …"), under a header that names the fields but not the
measure. Read as the table they stand for: a name column first, a text column last, one row per
measure, so the row-table parser reads them as any other table of measures."""

from __future__ import annotations

import re

from .content import is_goal_line, names_a_goal, says_old_numbers
from .model import Cell, Document, Paragraph, Table
from .vocabulary import header_field, label_field, match_label


def with_name_rows(doc: Document) -> Document:
    doc.blocks = [_unfolded(b) or b if isinstance(b, Table) else b for b in doc.blocks]
    return doc


def _across(table: Table, r: int) -> Cell | None:
    """The row's one cell, when it spans the table (or the row has text in its first cell only)."""
    cells = [c for c in table.row_cells(r) if c.row == r]
    filled = [c for c in cells if c.text.strip()]
    if len(cells) == 1 and table.n_cols > 1 or len(filled) == 1 and filled[0].col == 0 and len(cells) > 2:
        return filled[0] if filled else None
    return None


def _unfolded(table: Table) -> Table | None:
    if table.n_rows < 4 or table.n_cols < 3:
        return None
    header = [c for c in table.row_cells(0) if c.row == 0]
    fields = [header_field(c.text.replace("\n", " ").strip()) for c in header]
    if "title" in fields or sum(1 for f in fields if f and f not in ("other", "section")) < 2:
        return None
    rows: list[list[str]] = []  # name, the field cells, text
    for r in range(1, table.n_rows):
        across = _across(table, r)
        if across is not None and names_a_goal(across.text.strip()):
            return None  # "Delmål 1.2 – …" across the table: a group row over its measures, the row table's
        if across is not None:
            label = match_label(across.text.strip())
            if label is not None and label.field in ("description", "other") and rows:
                rows[-1][-1] = " ".join(x for x in (rows[-1][-1], label.value) if x)  # "Kort om: …"
            elif label is None:
                rows.append([across.text.strip()] + [""] * len(header) + [""])
            continue
        if not rows or any(rows[-1][1:-1]):
            return None  # a row of fields under no name of its own: not this kind of table
        cells = [c for c in table.row_cells(r) if c.row == r]
        if len(cells) != len(header):
            return None
        rows[-1][1:-1] = [c.text.strip() for c in cells]
    if len(rows) < 2 or any(not any(row[1:-1]) for row in rows):
        return None
    return _table_of(["Tiltak"] + [c.text.strip() for c in header] + ["Beskrivelse"], rows, table)


def with_matrices(doc: Document) -> Document:
    """A matrix of delmål (rows) by who reports (columns: "Delmål | Trøndelag fylkeskommune | NAV
    Trøndelag | …") with the measures' names in its cells: read as a table of measures with their
    delmål and who is responsible. A name in two rows is one measure of both."""
    doc.blocks = [_matrix_rows(b) or b if isinstance(b, Table) else b for b in doc.blocks]
    return doc


_NONE = {"", "-", "–", "—", "x"}
# "Fagbrev på jobb (K)": a legend's letter for the type after each name, which also parts the names in a cell
_NAME = re.compile(r"[^\W\d_]{3}")
_LETTER = re.compile(r"\s*\([A-ZÆØÅ]\)(?:\s+|$)")


def _matrix_rows(table: Table) -> Table | None:
    if table.n_rows < 3 or table.n_cols < 3:
        return None
    grid = table.grid()
    header = [c.text.replace("\n", " ").strip() if c is not None else "" for c in grid[0]]
    if header_field(header[0]) != "goal" or any(header_field(h) for h in header[1:]) \
            or not all(_NAME.search(h) and not re.search(r"\d", h) for h in header[1:]):
        return None  # who reports, by name: not "2019 | 2020" or "Antall | Andel"
    rows: list[list[str]] = []
    for r in range(1, table.n_rows):
        cells = grid[r]
        goal = cells[0].text.strip() if cells[0] is not None else ""
        if not names_a_goal(goal):
            return None
        for c in range(1, table.n_cols):
            text = cells[c].text.strip() if cells[c] is not None and cells[c].col == c else ""
            for name in (x.strip(" •-–") for x in (_LETTER.split(text.replace("\n", " ")) if _LETTER.search(text)
                                                    else text.split("\n"))):
                if name.lower() in _NONE:
                    continue
                if not _NAME.search(name):
                    return None  # "33 %", "12": counts, not names
                same = next((row for row in rows if row[0] == name and row[2] == header[c]), None)
                if same is not None:  # one measure in two delmål's rows: one of both
                    same[1] = f"{same[1]}; {goal}"
                else:
                    rows.append([name, goal, header[c]])
    if len(rows) < 2:
        return None
    return _table_of(["Tiltak", "Delmål", "Ansvarlig"], rows, table)


def _table_of(labels: list[str], rows: list[list[str]], source: Table) -> Table:
    """A table of measures under a header of `labels`, where `source` stood."""
    page = source.page
    cells = [Cell(text, 0, k, page=page) for k, text in enumerate(labels)]
    cells += [Cell(text, r + 1, k, page=page) for r, row in enumerate(rows) for k, text in enumerate(row)]
    return Table(cells=cells, n_rows=len(rows) + 1, n_cols=len(labels), page=page, page_end=source.page_end,
                 ruled=source.ruled)


# a table's key column by number or letter: "Nr.", "Nr", "#", "Tiltak nr.", "Pkt."
_KEY_HEAD = re.compile(r"^(?:nr\.?|#|tiltak\s*nr\.?|løpenr\.?|nummer|pkt\.?|punkt|bokstav|ref\.?|(?:vårt|vår)\s+(?:nr\.?|ref\.?))$", re.I)
_ITEM_KEY = re.compile(r"^\(?(\d{1,2}|[a-zA-Z])[.)]?$")
_TYPED_KEY = re.compile(r"^\s*\(?(\d{1,2}|[a-z])[.)]\s+(?=\S)")  # "a) YS i KBU: …" typed in the text


def _key(text: str) -> str | None:
    """"3.", "(3)", "c)", "C" -> "3", "3", "c", "c"; None for anything else."""
    m = _ITEM_KEY.match(text.strip())
    return m.group(1).lower() if m else None


def _in_order(keys: list[str | None]) -> bool:
    """1, 2, 3 … or a, b, c …"""
    n = len(keys)
    return keys in ([str(k) for k in range(1, n + 1)], [chr(ord("a") + k) for k in range(n)])


def with_listed_names(doc: Document) -> Document:
    """Measures named in a numbered or lettered list, each with its text, whose facts stand in a table after
    them keyed by the same numbers or letters ("Nr. | Delmål | Type | Ansvar …", "Pkt. | Delmål | …", no name
    column): read as one table of measures, the list's names and texts in its first and last columns, the
    list itself left out. Every key of the table must be one of the list's, in order."""
    blocks = doc.blocks
    for t, table in enumerate(blocks):
        if not isinstance(table, Table) or table.n_rows < 3 or table.n_cols < 3:
            continue
        header = [c.text.replace("\n", " ").strip() for c in table.row_cells(0)]
        fields = [header_field(h) for h in header[1:]]
        if not _KEY_HEAD.match(header[0]) or "title" in fields or None in fields \
                or sum(1 for f in fields if f not in ("other", "section")) < 2:
            continue  # (a column no field names may hold the names: "Prosjekt")
        keys = [_key(c.text) for r in range(1, table.n_rows) for c in table.row_cells(r)[:1]]
        if not _in_order(keys) or any(len(table.row_cells(r)) != len(header) for r in range(1, table.n_rows)):
            continue
        items = _numbered_items([b for b in blocks[:t] if isinstance(b, Paragraph)], len(keys))
        if items is None:
            after = _facts_into_list_after(blocks, t, header, len(keys))
            if after is not None:  # the table first, the list after it: its facts as the list's labelled lines
                doc.blocks = after
                return doc
            continue
        listed = {id(p) for _, _, ps in items for p in ps}
        rows = [[name] + [c.text.strip() for c in table.row_cells(r + 1)] + [text]
                for r, (name, text, _) in enumerate(items)]
        merged = _table_of(["Tiltak"] + header + ["Beskrivelse"], rows, table)
        doc.blocks = [b for b in blocks[:t] if id(b) not in listed] + [merged] + blocks[t + 1:]
        return doc
    return doc


def _facts_into_list_after(blocks: list, t: int, header: list[str], n: int) -> list | None:
    """A table of facts by number ("Nr | Delmål | Type | Tidsrom") over a list of the numbered names, each with
    its own labelled lines ("1. Kompetanseforum …" / "Ansvarleg: …"): the blocks with each row's facts written
    as label lines under its name, the table left out; None when the list after it is not numbered 1 … n."""
    end = next((k for k in range(t + 1, len(blocks)) if isinstance(blocks[k], Table)), len(blocks))
    paragraphs = [b for b in blocks[t + 1:end] if isinstance(b, Paragraph)]
    numbered = [p for p in paragraphs if _item_key(p)]
    if len(numbered) != n or _numbered_items(paragraphs, n) is None:
        return None
    table = blocks[t]
    facts = {id(p): [Paragraph(text=f"{label}: {cell.text.strip()}", page=p.page, page_end=p.page)
                     for label, cell in zip(header[1:], table.row_cells(r + 1)[1:]) if label and cell.text.strip()]
             for r, p in enumerate(numbered)}
    out = [b for b in blocks[:t]]
    for b in blocks[t + 1:]:
        out.append(b)
        out.extend(facts.get(id(b), []))
    return out


def _item_key(p: Paragraph) -> str | None:
    if p.heading_level:
        return None
    if p.list_label:
        return _key(p.list_label)
    typed = _TYPED_KEY.match(p.text) or (_BOLD_LETTER.match(p.text) if p.bold else None)
    return typed.group(1).lower() if typed else None


_BOLD_LETTER = re.compile(r"^\s*([A-ZÆØÅ])\s+(?=[^\W\d_]|\d{2})")  # "**A KBU – nytt mandat**": a lettered name in bold


def with_keyed_tables(doc: Document) -> Document:
    """An overview table naming the measures by letter or number ("A | KBU – nytt mandat | Endret") and a
    table after it giving their facts by the same keys ("Bokstav | Delmål | Virkemiddel | Ansvar | …", no
    name column): read as one table of measures, the overview's columns then the facts'; a lettered list
    of the same names with a text under each gives the text (and is left out)."""
    blocks = doc.blocks
    tables = [(k, b) for k, b in enumerate(blocks) if isinstance(b, Table) and b.n_rows >= 3 and b.n_cols >= 2]
    for (i, names), (j, facts) in ((a, b) for x, a in enumerate(tables) for b in tables[x + 1:]):
        keys = _keys(names)
        if keys is None or keys != _keys(facts):
            continue
        head_names = [c.text.replace("\n", " ").strip() for c in names.row_cells(0)]
        head_facts = [c.text.replace("\n", " ").strip() for c in facts.row_cells(0)]
        fields = [header_field(h) for h in head_facts[1:]]
        named = [header_field(h) for h in head_names[1:]]
        if "title" not in named or "goal" in named or "title" in fields or "goal" not in fields \
                or sum(1 for f in fields if f not in (None, "other", "section")) < 2:
            continue  # (the facts give the delmål the overview lacks: not a table of meetings by number)
        rows = [[c.text.strip() for c in names.row_cells(r)] + [c.text.strip() for c in facts.row_cells(r)[1:]]
                for r in range(1, names.n_rows)]
        labels = head_names + head_facts[1:]
        items = _numbered_items([b for b in blocks[i + 1:j] if isinstance(b, Paragraph)], len(keys))
        listed: set[int] = set()
        if items and all(" ".join(name.split()) == " ".join(row[1].split()) for (name, _, _), row in zip(items, rows)):
            rows = [row + [text] for row, (_, text, _) in zip(rows, items)]
            labels = labels + ["Beskrivelse"]
            listed = {id(p) for _, _, ps in items for p in ps}
        merged = _table_of(labels, rows, names)
        doc.blocks = [merged if k == i else b for k, b in enumerate(blocks) if k != j and id(b) not in listed]
        return doc
    return doc


_NAMED_KEY = re.compile(r"^\s*(?:tiltak|punkt)\s+(\d{1,2})\s*[:.–—]\s+(?=\S)", re.I)  # "Tiltak 3: Name" over its text


def with_goal_key_tables(doc: Document) -> Document:
    """A closing table that links the report's numbered measures to the strategy ("Vårt nr. | Tiltak |
    NKPS tiltak nr.": 1 | Møteplass lærebedrifter | 4 og 7, its names short forms of the list's above it;
    or only "Tiltak nr. | Delmål" for measures named "Tiltak 1: …" above it): no measures of its own, but
    each number's goal, written out as a paragraph ("Punkt 1: tiltak nr. 4 og 7. Punkt 2: …") where the
    table stood, for the measures read from the list (told_elsewhere)."""
    blocks = doc.blocks
    for t, table in enumerate(blocks):
        keys = _keys(table) if isinstance(table, Table) and table.n_cols >= 2 else None
        first = table.row_cells(0)[0].text.strip() if keys else ""
        if not keys or not first:
            continue
        head = [c.text.replace("\n", " ").strip() for c in table.row_cells(0)]
        fields = [None] + [header_field(h) for h in head[1:]]  # (the first column the keys', "Tiltak nr." too)
        if "goal" not in fields or len([f for f in fields if f not in (None, "other")]) > 3 \
                or "title" not in fields and fields[1:] != ["goal"]:
            continue
        names = [table.row_cells(r)[fields.index("title")].text.split() for r in range(1, table.n_rows)] \
            if "title" in fields else []
        listed = [k for b in blocks[:t] if isinstance(b, Paragraph)
                  and (k := _item_key(b) if names else (m.group(1) if (m := _NAMED_KEY.match(b.text)) else None))]
        if any(len(n) > 4 for n in names) or listed[-len(keys):] != keys:
            continue  # (short names only, for a list numbered as the table is, just above it)
        col = fields.index("goal")
        old = says_old_numbers(head[col])
        parts = [f"Punkt {key}: {'tiltak nr. ' if old else 'delmål '}{' '.join(table.row_cells(r)[col].text.split())}"
                 for r, key in enumerate(keys, start=1) if table.row_cells(r)[col].text.strip()]
        doc.blocks = blocks[:t] + [Paragraph(text=". ".join(parts) + ".", page=table.page)] + blocks[t + 1:]
        return doc
    return doc


def _keys(table: Table) -> list[str] | None:
    """A table's keys down its first column, under a header whose first cell is empty or a key's label
    ("Bokstav", "Nr."): 1, 2, 3 … or a, b, c …, one a row; else None."""
    if any(len(table.row_cells(r)) != table.n_cols for r in range(table.n_rows)):
        return None
    first = table.row_cells(0)[0].text.strip()
    keys = [_key(table.row_cells(r)[0].text) for r in range(1, table.n_rows)]
    return keys if (not first or _KEY_HEAD.match(first)) and _in_order(keys) else None


def _numbered_items(paragraphs: list[Paragraph], n: int) -> list[tuple[str, str, list[Paragraph]]] | None:
    """The last `n` items numbered 1 … n (or lettered a, b, …) among the paragraphs (not headings), each a
    short name with text under it up to the next item or heading, or a name in bold before its text in
    the item's own line ("a) **YS i Kompetansebehovsutvalget:** YS har én …"): (name, text, the
    paragraphs), or None."""
    numbered = [k for k, p in enumerate(paragraphs) if _item_key(p)]
    if len(numbered) < n:
        return None
    at = numbered[-n:]
    if not _in_order([_item_key(paragraphs[k]) for k in at]):
        return None
    items = []
    for i, k in enumerate(at):
        end = at[i + 1] if i + 1 < len(at) else next(
            (j for j in range(k + 1, len(paragraphs)) if paragraphs[j].heading_level or j in numbered
             or paragraphs[j].bold and len(paragraphs[j].text.split()) <= 8), len(paragraphs))  # (or a short line in bold)
        under = [p for p in paragraphs[k + 1:end] if not p.heading_level]  # (its text, and bullets under it)
        p = paragraphs[k]
        text = " ".join(p.text.split())
        typed = (_TYPED_KEY.match(text) or (_BOLD_LETTER.match(text) if p.bold else None)) if not p.list_label else None
        text = text[typed.end():] if typed else text
        lead = " ".join((p.lead or "").split()).rstrip(":–— ")
        if lead and text.startswith(lead) and len(text) > len(lead) + 1:
            name, told = lead, text[len(lead):].strip(" :–—")  # the name in bold, its text after it
            under = []
        else:
            name, told = text, " ".join(" ".join(x.text.split()) for x in under)
        if not name or len(name.split()) > 16 or not told:
            return None  # (a list of other things, questions or challenges, has no text under its items)
        items.append((name, told, [p, *under]))  # (the paragraphs left out of the document)
    return items


_LABEL_OF = {"goal": "Delmål"}  # a label for a column known by its answers


def with_sheet_grids(doc: Document) -> Document:
    """A grid of labels over one row of answers for each measure, two or more, all with the same labels:
    a measure sheet's ("Tiltaksark nr. | Namn på tiltaket | Ansvarleg eining | Tiltakstype"), each
    followed by the sheet's labelled sections ("Mål i NKPS", "Tidsplan"); or the facts of a measure
    named and told above it ("Delmål i NKPS | Kategori | Eigar | Partnarar | Tidsrom", no name). Each
    grid written out as label lines ("Namn på tiltaket: …"), so that a sheet, or a name with its text
    and facts, reads as one measure."""
    grids = [k for k, b in enumerate(doc.blocks) if isinstance(b, Table) and b.n_rows == 2]
    if len(grids) < 2 or len(grids) != sum(1 for b in doc.blocks if isinstance(b, Table)):
        return doc
    heads = {tuple(" ".join(c.text.split()) for c in doc.blocks[k].row_cells(0)) for k in grids}
    if len(heads) != 1:
        return doc
    head = next(iter(heads))
    fields = [header_field(h) for h in head]
    for col, field in enumerate(fields):  # "MÅL" over "Delmål 3.1" in every grid: the goal
        if field in (None, "other") and "goal" not in fields and all(
                _gives_goal(doc.blocks[k].row_cells(1)[col].text) for k in grids if col < len(doc.blocks[k].row_cells(1))):
            fields[col] = "goal"
    facts = sum(1 for f in fields if f not in (None, "other", "title"))
    if "title" in fields:
        if facts < 1:
            return doc
        ends = grids[1:] + [len(doc.blocks)]
        for k, end in zip(grids, ends):
            labels = [b for b in doc.blocks[k + 1:end] if isinstance(b, Paragraph)
                      and label_field(b.text) not in (None, "other", "section")]
            if len(labels) < 2:
                return doc  # (a sheet's own sections: two labels at least, "Mål i NKPS" and "Tidsplan")
    elif facts < 3 or "goal" not in fields or any(not isinstance(doc.blocks[k - 1], Paragraph) for k in grids if k) \
            or grids[0] == 0:
        return doc  # (the facts of a measure named above each: three facts at least, the delmål among them)
    labels = [label if header_field(label) == field else _LABEL_OF.get(field) for label, field in zip(head, fields)]
    out = []
    for k, block in enumerate(doc.blocks):
        if k not in grids:
            out.append(block)
            continue
        answers = [" ".join(c.text.split()) for c in block.row_cells(1)]
        out += [Paragraph(text=f"{label}: {answer}", page=block.page)
                for label, answer, field in zip(labels, answers, fields) if field and answer]
    doc.blocks = out
    return doc


def with_stacked_measures(doc: Document) -> Document:
    """A table of a row per delmål (or per tiltak of the strategy's old numbering) whose answer cell
    stacks the measures that serve it, each a name in bold, its text and its facts ("Delmål i strategien |
    Hva YS gjør", "Nr. | Tiltak i strategien | … | Regjeringens oppfølging 2017"): one cell at least
    with two measures. Written out as the measures, each its name, "Delmål: …" (or the old number) from
    its row, and its paragraphs; a row with no name in bold ("Ingen nye tiltak", "Se … under nr. 4")
    gives none."""
    out: list = []
    changed = False
    for block in doc.blocks:
        found = _stacked(block) if isinstance(block, Table) else None
        if found is None:
            out.append(block)
            continue
        goal_col, col, old = found
        grid = block.grid()
        for r in range(1, block.n_rows):
            goal_cell, cell = grid[r][goal_col], grid[r][col]
            goal = " ".join(goal_cell.text.split()).rstrip(".") if goal_cell is not None else ""
            for name, rest in _named_parts(cell) if cell is not None and cell.row == r else ():
                out.append(Paragraph(text=name.text, page=name.page or block.page, bold=True, runs=name.runs))
                if goal:
                    out.append(Paragraph(text=f"{'NKPS-tiltak nr.' if old else 'Delmål'}: {goal}", page=block.page))
                out.extend(rest)
        changed = True
    if changed:
        doc.blocks = out
    return doc


def _named(p: Paragraph) -> bool:
    """A measure's name in bold: the whole paragraph, or its bold lead before a bracket ("**Name** (kurs)")."""
    text = p.text.strip()
    if not text or len(text.split()) > 16 or text.endswith("."):
        return False
    if p.bold:
        return True
    lead = " ".join((p.lead or "").split())
    return bool(lead) and re.fullmatch(r"\([^()]*\)\.?", text[len(lead):].strip() or "()") is not None \
        and text.startswith(lead)


def _named_parts(cell: Cell) -> list[tuple[Paragraph, list[Paragraph]]]:
    """The measures a cell stacks: each name in bold and the paragraphs under it."""
    parts: list[tuple[Paragraph, list[Paragraph]]] = []
    for p in cell.paragraphs:
        if _named(p):
            parts.append((p, []))
        elif parts and p.text.strip():
            parts[-1][1].append(p)
    return [(name, rest) for name, rest in parts if rest]


def _gives_goal(text: str) -> bool:
    """A cell of a goal column: codes, or a delmål in the strategy's words ("Videreutvikle samarbeidet …")."""
    from .layouts.segments import says_goals_in_words

    text = " ".join(text.split())
    return is_goal_line(text) or says_goals_in_words(text) or names_a_goal(text)


def _stacked(table: Table) -> tuple[int, int, bool] | None:
    """(the goal's column, the measures' column, whether the goal is the strategy's old number) of a
    table that stacks measures in its last column's cells (their facts in them: no column after it),
    or None."""
    if table.n_rows < 3 or any(len(table.row_cells(r)) != table.n_cols for r in range(table.n_rows)):
        return None
    head = [" ".join(c.text.split()) for c in table.row_cells(0)]
    grid = table.grid()
    col = table.n_cols - 1
    counts = [len(_named_parts(grid[r][col])) for r in range(1, table.n_rows) if grid[r][col] is not None and grid[r][col].row == r]
    if max(counts, default=0) < 2 or sum(1 for n in counts if n) < 2:
        return None
    goals = [k for k in range(col) if header_field(head[k]) == "goal" and all(
        _gives_goal(grid[r][k].text) for r in range(1, table.n_rows) if grid[r][k] is not None and grid[r][k].text.strip())]
    numbers = [k for k in range(col) if says_old_numbers(head[k]) and all(
        re.fullmatch(r"\d{1,2}\.?", " ".join(grid[r][k].text.split())) for r in range(1, table.n_rows) if grid[r][k] is not None)]
    if goals:
        return goals[0], col, False
    return (numbers[0], col, True) if numbers else None


def with_facts_beside(doc: Document) -> Document:
    """A table of one row per measure, two cells: a box of facts (labels, each over or before its
    answer: "MÅL" / "2.2", "ANSVAR" / "NHO") and the measure, its name in bold over its text, side by
    side in either order. Written out as the name and text, then the facts, so that the facts follow
    the name they belong to."""
    def field_of(p) -> str | None:
        field = label_field(p.text.strip().rstrip(":"))
        return field if field is not None or ":" not in p.text else label_field(p.text.split(":")[0])

    def facts(cell: Cell) -> bool:  # (the delmål among them: "MÅL", not a contact box's "Kontakt / Ansvarlig")
        fields = [f for p in cell.paragraphs if (f := field_of(p)) not in (None, "section")]
        return len(fields) >= 2 and len(fields) * 3 >= len([p for p in cell.paragraphs if p.text.strip()]) \
            and ("goal" in fields or "other" in fields and any(_gives_goal(p.text) for p in cell.paragraphs))

    def named(cell: Cell) -> bool:
        first = next((p for p in cell.paragraphs if p.text.strip()), None)
        return first is not None and bool(first.bold) and not facts(cell) and label_field(first.text.strip().rstrip(":")) is None

    out, changed = [], False
    for block in doc.blocks:
        cells = block.row_cells(0) if isinstance(block, Table) and block.n_rows == 1 and block.n_cols == 2 else []
        if len(cells) == 2 and any(facts(c) for c in cells) and any(named(c) for c in cells):
            box, measure = (cells[0], cells[1]) if facts(cells[0]) else (cells[1], cells[0])
            out += [p for p in measure.paragraphs if p.text.strip()] + [p for p in box.paragraphs if p.text.strip()]
            changed = True
        else:
            out.append(block)
    if changed:
        doc.blocks = out
    return doc
