"""Layout 2 and the row tables of layout 3: one table row per measure.

Columns are mapped by their header labels (header.py); unknown columns are kept apart (`extra`).
A table continues over pages with or without a repeated header row; a row split by a page break
is joined again; a merged cell (the Delmål column and "Antall totalt") gives its value to every
row it spans, also past a page break. Where the document prints its own totals ("Antall totalt"
per delmål, "Totalt antall tiltak 129") the parser checks itself against them.
"""

from __future__ import annotations

import re
from statistics import median
from dataclasses import dataclass, field

from ..model import Cell, Document, Paragraph, Table
from ..records import FACT_TEXTS, READ_FIELDS, Provenance, RawMeasure, SelfCheck
from ..text import fold, join_lines, join_paragraphs, unfinished
from ..content import (BOX_MARKS, DELMAL_CODE, TICKED, lettered_parts, first_code, goal_reference, is_goal_line, is_period_line, names_a_goal, opening_goal, says_planned,
                       says_old_numbers)
from ..settings import SETTINGS
from ..vocabulary import match_label, spells_a_type, value_field
from .base import SUM_WORDS, Fit, ParseResult, cell_texts, split_title
from .header import ALSO_GOAL, FACTS, SHEET_MARK, bullets, bulleted, fields_in_name_cells, header_row, labelled_lines, number_then_type
from .facts import FIELD_SEPARATOR, gives_goal, lead_then_partners, listed_item, who_and_partners
from .segments import coded_goal_heading, is_mark_grid, is_quoted_goal, open_layout_tables, paragraph_items, names_a_goal_in_short, says_goals_in_words
from .unruled import tables_from_lines

GROUP_FIELDS = ("goal", "count")  # merged over the rows of a delmål
# a count, not a year: "Sum oppdrag 2018" totals a budget
_TOTAL_ROW = re.compile(rf"^((?:{SUM_WORDS}|antall)\b[^\d]{{0,40}}?)(?!(?:19|20)\d{{2}}\s*$)(\d{{1,4}})\s*$", re.I)
# "Sum oppdrag 2018", "Samlet ramme", "Sum alle tiltak": a total of a word or three (and a year) in a row
# of no other field
_SUM_WORD_ROW = re.compile(rf"^\s*{SUM_WORDS}(?:\s+[^\W\d]+){{1,3}}(?:\s+(?:19|20)\d{{2}})?\s*:?\s*$", re.I)
_SUM_ROW = re.compile(rf"^\s*(?:\d\.\d{{1,2}}\s+)?{SUM_WORDS}(?:\s*[:.]?|\s+(?:for\s+)?"
                      r"(?:innsatsområde|hovedinnsatsområde|delmål|område|kapittel|post|gruppe)\b[^:]{0,30})\s*$", re.I)
_GOES_ON = re.compile(r"\s*\((?:forts\.?|fortsetter|fortsettelse|framhald|continued|cont\.?)\)\s*$", re.I)
_EXAMPLE = re.compile(r"^\s*(?:eksempel|eks\.|example|f\.\s?eks\.)\s*[:–—-]\s*\S", re.I)
_OUTLINE = re.compile(r"^\s*[⊟⊞]\s*")  # a group's mark in an outline or a pivot table (not a bullet: "►")
_TOTAL = re.compile(r"totalt\s+antall\s+tiltak\D{0,20}?(\d{1,4})", re.I)
_CODE = re.compile(r"^\s*(\d\.\d{1,2})")
_OPEN_YEAR = re.compile(r"(?:19|20)\d{2}\s*[-–—]\s*$")


def _used_label(line: str, facts: dict[str, str]) -> bool:
    """A "Label: value" line whose value is one of `facts` (taken as a field, so not description)."""
    lbl = match_label(line)
    return lbl is not None and lbl.how == "separator" and facts.get(lbl.field) == lbl.value


_NOTE_LABEL = re.compile(r"^[^\W\d_][\w ]{0,25}:\s")  # "Kilde: …", "Kontaktperson: …"


def _goal_once_per_group(rows: list) -> bool:
    """A table sorted by delmål that prints each delmål once, on its group's first row ("2.1 | A", " | B",
    "2.2 | C", " | D"): the delmål cells filled go up in the strategy's order, none twice, the first row
    has one, and empty ones, two at least, each follow a filled one or another empty one."""
    goals = [(row.values.get("goal") or "").strip() for row in rows]
    codes = [first_code(g) for g in goals if g]
    between = sum(1 for a, b in zip(goals, goals[1:]) if not a and b)  # an empty cell, then a group's first
    if len(goals) < 4 or not goals[0] or goals.count("") < 2 or not between or None in codes or len(set(codes)) < len(codes):
        return False
    order = [(int(a), int(b)) for a, b in codes]
    return order == sorted(order)


def _a_measures_row(row) -> bool:
    """A row with a name and another fact of a measure (not "Sum tiltak | 2", a note across the table)."""
    return bool(row.values.get("title")) and any(row.values.get(k) for k in ("type", "responsible", "partners", "period"))


def _without_trailing_notes(rows: list) -> list:
    """Rows below a table's measures that fill one cell only ("Kontaktperson: …", "Kilde: …"), or one
    of their own that leads into what follows ("Forklaring statusfarger:", under a table without
    rules, where an empty delmål cell takes the one above), are notes on the table, not measures
    without fields: measures above them fill three or more."""
    def own(row) -> list[str]:  # its own cells' values, not a group's carried down to it
        return [v for k, v in row.values.items() if v and k in row.cells and row.cells[k].text.strip()] \
            + list(row.extra.values())

    def filled(row) -> int:  # its own values, and a delmål its group gives it (not a group's type)
        goal = row.cells.get("goal")
        return len(own(row)) + bool(row.values.get("goal") and not (goal is not None and goal.text.strip()))

    full = [r for r in rows if filled(r) >= 3]
    if len(full) < 2:
        return rows

    def note(row) -> bool:
        given = sum(1 for v in row.values.values() if v) + len(row.extra)
        mine = own(row)
        return given == 1 or len(mine) == 1 and (mine[0].rstrip().endswith(":") or bool(_NOTE_LABEL.match(mine[0])))

    end = len(rows)
    while end > 0 and note(rows[end - 1]) and rows[end - 1] is not full[-1]:
        end -= 1
    return rows[:end]


def _without_odd_rows(rows: list) -> list:
    """In a table whose other rows each give a delmål and a type any list knows: a row with only its
    name and an empty box to tick or sign (a sign-up sheet's "Ledig oppgave – meld deg! | … | ☐") is a
    free slot, no measure."""
    def known_type(row) -> bool:
        return value_field(row.values.get("type") or "") == "type"

    def goal(row) -> bool:
        text = row.values.get("goal") or ""
        return bool(goal_reference(text) or names_a_goal(text))

    full = [r for r in rows if goal(r) and known_type(r)]
    if len(full) < max(3, 0.6 * len(rows)):
        return rows

    def blank(row) -> bool:  # only its name, and a box to tick or sign
        boxes = [v for v in row.extra.values() if v and set(v.replace(" ", "")) <= BOX_MARKS]
        return bool(boxes) and not any(v for k, v in row.values.items() if k != "title") and len(boxes) == len(
            [v for v in row.extra.values() if v])

    return [r for r in rows if not blank(r)]


def _without_remarks(rows: list) -> list:
    """Where most rows list their measures as bullets in a cell, a row whose cell holds text without a
    bullet and no field of its own ("Kompetansepluss videreføres uten endringer") is a remark."""
    bulleted = {r.where.split(", item")[0] for r in rows if r.listed}
    plain = [r for r in rows if not r.listed and r.values.get("title")]
    if len(bulleted) < 2 or len(bulleted) <= len(plain):
        return rows
    return [r for r in rows if r.listed or any(r.values.get(k) for k in _OWN_FIELDS) or r.extra]


_OWN_FIELDS = ("type", "responsible", "partners", "roles", "period")


_PLACEHOLDER = re.compile(r"^[-–—.\s]+$|^(?:n/?a|ingen|ikke aktuelt)$", re.I)
# "the same as above": ditto marks, and the words for them
_DITTO = re.compile(r"^(?:[\"”“〃″„]|''|«\s*[-–—\"]?\s*»|d\.?\s?o\.?|ditto|idem|(?:samme\s+)?som\s+(?:over|ovenfor)|samme)$", re.I)


# between measures listed in one cell, each with its bracketed facts: a semicolon after a bracket, or a new line
_PACKED = re.compile(r"(?<=[\])])\s*;\s+|\n")


@dataclass
class _Row:
    values: dict[str, str]
    cells: dict[str, Cell]
    extra: dict[str, str]
    page: int | None
    page_end: int | None
    where: str
    inherits: bool = False  # an empty group cell here continues the group above
    listed: bool = False  # a measure listed as a bullet in a cell


def _lettered_rows(row: _Row) -> list[_Row]:
    """One row of two measures, each cell giving its part after "a)" and "b)" ("a) Nasjonalt fagskoleråd
    … b) Samfunnskontrakten …", "a) 1.4 b) 1.4, 2.3"): a row each; a cell without letters is both's."""
    cell = row.cells.get("title")
    names = lettered_parts(cell.text) if cell is not None else None
    if not names or any(re.search(r"(?:,|\s(?:og|eller|samt))$", n.split("\n")[0]) for n in names[:-1]):
        return []  # ("a) Kartlegging av behov, b) utvikling av kurs og c) evaluering": one sentence's list)
    own_description = row.cells.get("description") is None or row.cells.get("description") is cell
    out = []
    for k, part in enumerate(names):
        values = {}
        for key, text in row.values.items():
            if key == "title" or (key == "description" and own_description):
                continue
            parts = lettered_parts(text)
            values[key] = parts[k] if parts and len(parts) == len(names) else text
        title, _, description = part.partition("\n")
        values["title"] = title.strip()
        if description.strip():
            values["description"] = join_lines([values.get("description", ""), description.strip()])
        out.append(_item_row(row, values, k))
    return out


_TAGGED_CODE = re.compile(rf"({DELMAL_CODE})\s*\(([^()]{{2,40}})\)")


def _goals_by_item(goal: str, items: list[str]) -> list[str] | None:
    """A goal cell beside a cell of several measures that gives each its own: one line per measure
    ("1.1" / "1.4"), or codes tagged by the measures' names ("1.1 (KBU) 1.4 (SRY)"). None otherwise."""
    lines = [x.strip() for x in goal.split("\n") if x.strip()]
    if len(items) > 1 and len(lines) == len(items) and all(first_code(x) for x in lines):
        return lines
    tagged = _TAGGED_CODE.findall(goal)
    if len(items) < 2 or len(tagged) < 2 or _TAGGED_CODE.sub("", goal).strip(" ,;/og"):
        return None
    own = ["" for _ in items]
    for code, tag in tagged:
        holders = [k for k, item in enumerate(items) if fold(tag) in fold(item)]
        if len(holders) != 1:
            return None
        own[holders[0]] = f"{own[holders[0]]}, {code}" if own[holders[0]] else code
    return own if all(own) else None


def _item_row(row: _Row, values: dict[str, str], k: int) -> _Row:
    """The k-th of several measures one row's cell lists, with `values` of its own."""
    return _Row(values, dict(row.cells), dict(row.extra), row.page, row.page_end, f"{row.where}, item {k + 1}", listed=True)


@dataclass
class _Logical:
    """A table as the reader sees it: one header, its rows, maybe over several fragments."""

    mapping: dict[int, str]
    labels: dict[int, str]
    rows: list[_Row] = field(default_factory=list)
    group_goal: str | None = None  # from the last group row across the table
    group_type: str | None = None  # from the last type group of an outline (a pivot table's rows)
    combined: dict[int, list[str]] = field(default_factory=dict)  # columns that hold several fields


_NOTE = re.compile(r"^\s*(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹*]+)\s+\S")  # "1 Proba-rapport 2021-3: …"


def _is_header_again(cells: list[Cell | None], lt: _Logical) -> bool:
    labels = {col: " ".join(label.split()) for col, label in lt.labels.items() if label and label.strip()}
    return len(labels) >= 2 and cell_texts(cells) == labels



def _goal_above(table: Table, header: int) -> str | None:
    """The delmål a title row above the header names ("Delmål 3.2 – Stimulere til …" across a
    table of that delmål's measures; a workbook's sheet, its column letters and row numbers aside)."""
    for r in range(header):
        texts = {c.text.strip() for c in table.row_cells(r) if c.text.strip() and not SHEET_MARK.match(c.text.strip())}
        ref = opening_goal(texts.pop()) if len(texts) == 1 else None
        if ref:
            return ref
    return None


def _new_code(before: str, text: str) -> bool:
    """A delmål cell that opens with a code other than the one the cell above opened with."""
    now = first_code(text)
    return now is not None and now != first_code(before)


def _continues(prev: Table, table: Table) -> bool:
    if prev.n_cols != table.n_cols:
        return False
    if prev.columns and table.columns and len(prev.columns) == len(table.columns):
        return all(abs(a - b) <= 4 for a, b in zip(prev.columns, table.columns))
    return True


def _second_row(grid: list[list[Cell | None]], r: int) -> Cell | None:
    """A measure's second row: a cell merged down from the row above ("Nr." over two rows) and one
    cell across the rest, holding its text ("… Ansvar: X. Samarbeid: Y."). That cell, or None."""
    if r == 0:
        return None
    row = [c for k, c in enumerate(grid[r]) if c is not None and not any(c is x for x in grid[r][:k])]
    from_above = [c for c in row if c.row < r]
    own = [c for c in row if c.row == r]
    if not from_above or len(own) != 1 or own[0].col_span < 2 or not own[0].text.strip():
        return None
    return own[0] if all(any(c is x for x in grid[r - 1]) for c in from_above) else None


def _told(text: str) -> bool:
    """A sentence or more of six words or longer: what a measure is, not a group's name."""
    return len(text.split()) >= 6 and text.rstrip().endswith((".", "!", "…"))


def _add_text(row: _Row, cell: Cell) -> None:
    """The second row's text: labelled sentences to their fields, the rest to the description."""
    for it in paragraph_items(Paragraph(text=" ".join(cell.text.split()), page=cell.page), row.where):
        name = it.field if it.kind == "field" and it.field in ("responsible", "partners", "roles", "period", "type",
                                                             "goal") else "description"
        if name == "description" or not row.values.get(name):
            row.values[name] = join_lines([row.values[name], it.text]) if row.values.get(name) else it.text


_OTHER_GOALS = re.compile(r"\b(?:andre|øvrige|ytterligere|også|flere|sekundære?|other|additional|secondary)\b", re.I)


def _adds_to_group(lt: _Logical) -> bool:
    """The goal column's header says its delmål come in addition ("Andre delmål", "Bidrar også til")."""
    return any(lt.mapping.get(col) == "goal" and _OTHER_GOALS.search(text) for col, text in lt.labels.items())


def _continues_group(before: str, text: str) -> bool:
    """A goal cell at the top of a page that only finishes the text of the group above: the group
    above starts with a code ("2.2 Styrke …"), this text has none and starts in lower case or
    finishes a sentence the cell above left open."""
    if not before or not _CODE.match(before) or _CODE.match(text) or re.search(r"\d", text[:12]):
        return False
    return text[:1].islower() or not before.rstrip().endswith((".", "!", "?"))


def _same_name_cell(prev: _Row, row: _Row) -> bool:
    name = row.cells.get("title")
    return name is not None and name.row_span > 1 and name is prev.cells.get("title")


def _split_combined(cell: Cell, text: str, fields: list[str]) -> dict[str, str]:
    """A cell under a header naming several fields, shared out by what each line is: its own label
    ("Ansvarlig: …", "Samarbeid: …"), a type word or a period, a bold title above its description;
    what is left goes to the first field."""
    out: dict[str, str] = {}
    if fields[0] == "title":
        typed = _TYPE_IN_BRACKET.match(" ".join(text.split())) if "type" in fields else None
        if typed and value_field(typed["type"]) == "type":
            # "Konferanse om læringsmotivasjon i / frivilligheten (Konferanse)" under "Tiltak (type)"
            return {"title": typed["title"], "type": typed["type"]}
        title, rest = split_title(cell.paragraphs, text)
        if rest is None and len(cell.paragraphs) > 1:  # the name's paragraph, then the description
            title, rest = cell.paragraphs[0].text, " ".join(p.text for p in cell.paragraphs[1:])
        facts = labelled_lines(cell, 1) if len(cell.paragraphs) > 2 else {}
        if facts and rest:  # "Karrieresenter Trøndelag / text / Ansvar: … / Type: Tjeneste": the facts under the text
            out.update({k: v for k, v in facts.items() if k not in ("description", "title")})
            rest = " ".join(p.text for p in cell.paragraphs[1:] if not _labelled(p.text)) or None
        out["title"] = title
        if rest:
            out["description" if "description" in fields else fields[1]] = rest
        return out
    lines = [p.text for p in cell.paragraphs] or text.split("\n")
    lines = [part for line in lines for part in _labelled_parts(line, fields)]
    last: str | None = None
    for line in (ln.strip() for ln in lines):
        if not line:
            continue
        lbl = match_label(line)
        bracket = _PARTNERS_IN_BRACKET.match(line) if {"responsible", "partners"} <= set(fields) else None
        if bracket and not out:  # "YS (partnere: Parat og Delta)": who runs it, then who with
            out["responsible"], key, value = bracket["who"], "partners", bracket["with"]
        elif lbl is not None and lbl.how == "separator" and lbl.field in fields + ["roles"]:
            key, value = ("responsible" if lbl.field == "roles" else lbl.field), lbl.value
        elif "type" in fields and value_field(line) == "type":
            key, value = "type", line
        elif "type" in fields and "period" in fields and (m := _TYPE_THEN_PERIOD.match(line)) \
                and value_field(m.group(1)) == "type":
            out["type"] = join_lines([out.get("type", ""), m.group(1)])  # the type word, then the period
            key, value = "period", m.group(2)
        elif "period" in fields and is_period_line(line):
            key, value = "period", line
        elif last is None and fields[:2] == ["responsible", "partners"] and (told := lead_then_partners(line)):
            out["responsible"], key, value = told[0], "partners", told[1]  # "Vestland fylkeskommune / NAV, LO"
        else:
            key, value = last or fields[0], line  # a line without a label goes on with the one above
            if key == "type":  # a type is one word or phrase; what follows is the cell's other field
                key = next((f for f in fields if f != "type" and not out.get(f)), key)
        out[key] = join_lines([out.get(key, ""), value])
        last = key
    return out


def _labelled(text: str) -> bool:
    lbl = match_label(text)
    return lbl is not None and lbl.how == "separator" and bool(lbl.value) and lbl.field not in ("title", "other", "section")


def _labelled_parts(line: str, fields: list[str]) -> list[str]:
    """"Ansvar: LO. Med: KD og NHO.": a line of several labelled fields, each on its own."""
    parts = [p for p in FIELD_SEPARATOR.split(line) if p and p.strip()]
    if len(parts) < 2:
        return [line]
    labels = [match_label(p.strip()) for p in parts]
    if all(lbl is not None and lbl.how == "separator" and lbl.field in fields + ["roles"] for lbl in labels):
        return parts
    return [line]


_PARTNERS_IN_BRACKET = re.compile(r"^(?P<who>[^():]{2,80}?)\s*\((?:samarbeids)?partnere?\s*:\s*(?P<with>[^()]{2,200})\)\s*$",
                                  re.I)
_TYPE_IN_BRACKET = re.compile(r"^(?P<title>[^()]{3,}?)\s*\((?P<type>[^()]{2,30})\)\.?$")
_TYPE_THEN_PERIOD = re.compile(r"^(\S+(?:\s*/\s*\S+)*)\s+(.+)$")




def _without_bare_rows(measures: list[RawMeasure]) -> list[RawMeasure]:
    """One table's rows that give none of a measure's facts, three or more, where more rows give them:
    a catalogue's other entries (insurance among benefits tagged NKPS), a plan's summary tasks."""
    kept = [m for m in measures if any(getattr(m, f) for f in FACT_TEXTS)]
    bare = len(measures) - len(kept)
    if bare < 3 or bare * 2 >= len(measures):
        return measures  # (a row or two without facts are measures whose cells were left blank)
    return kept


def _listed_twice(measures: list[RawMeasure], tables: list[int]) -> list[RawMeasure]:
    """The same measures in two tables of one report (an overview with delmål and type, then a table of
    details): when most names of a later table stand in an earlier one, each such row is one measure
    with the fields of both (none of them saying otherwise)."""

    out = list(measures)
    for t in sorted(set(tables))[1:]:
        later = [k for k, tt in enumerate(tables) if tt == t]
        earlier = {fold(out[k].title): k for k, tt in enumerate(tables) if tt < t and out[k] is not None and out[k].title}
        same = [k for k in later if fold(measures[k].title) in earlier]
        if len(same) < 2 or len(same) < 0.8 * len(later):
            continue
        for k in same:
            a, b = out[earlier[fold(measures[k].title)]], measures[k]
            if any(getattr(a, f) and getattr(b, f) and fold(getattr(a, f)) != fold(getattr(b, f)) for f in READ_FIELDS):
                continue
            out[earlier[fold(b.title)]] = a.model_copy(update={f: getattr(a, f) or getattr(b, f) for f in READ_FIELDS}
                                                       | {"extra": {**b.extra, **a.extra}})
            out[k] = None  # type: ignore[call-overload]
    kept = [m for m in out if m is not None]
    return [m.model_copy(update={"index": i + 1}) for i, m in enumerate(kept)] if len(kept) < len(out) else measures


def _described_by_number(measures: list[RawMeasure], tables: list[Table]) -> list[RawMeasure]:
    """A table of two columns, no header, whose first cells are the measures' own numbers ("18/01 |
    Utvalget leverte …", a register's second table "Kort om oppdragene"): each row is its measure's text."""
    numbers: dict[str, int] = {}
    for k, m in enumerate(measures):
        for value in m.extra.values():
            if _OWN_NUMBER.match(value.strip()):
                numbers[value.strip()] = -1 if value.strip() in numbers else k  # (a number twice names none)
    if len(numbers) < 2:
        return measures
    out = list(measures)
    for table in tables:
        rows = [[c for c in table.row_cells(r) if c.text.strip()] for r in range(table.n_rows)]
        keyed = [(numbers.get(cells[0].text.strip(), -1), cells[1].text.strip()) for cells in rows if len(cells) == 2]
        if table.n_cols != 2 or header_row(table) or len(keyed) < 2 or len(keyed) < 0.8 * table.n_rows \
                or any(k < 0 for k, _ in keyed) or len({k for k, _ in keyed}) < len(keyed):
            continue
        for k, text in keyed:
            out[k] = out[k].model_copy(update={"description": join_lines([out[k].description or "", text])})
    return out


_OWN_NUMBER = re.compile(r"^(?:\d{1,4}(?:[./-]\d{1,4})?|[A-ZÆØÅ]{1,5}[-/]?\d{1,4}(?:[-/]\d{1,4})?)$")  # "18/01", "7", "A-3"


def _bold_then_plain(before: Cell | None, after: Cell | None) -> bool:
    if before is None or after is None or not before.paragraphs or not after.paragraphs:
        return False
    # (the bold name, maybe the first words of its description under it, then the rest of those)
    return bool(before.paragraphs[0].bold) and not any(p.bold for p in after.paragraphs)


class RowTable:
    name = "row_table"

    def _tables(self, doc: Document) -> list[tuple[Table, bool, str | None]]:
        """Tables in order, each with whether text stands between it and the table before, and the
        goal the heading above it names ("Delmål 1.2 – …" over a table of that delmål's measures)."""
        out: list[tuple[Table, bool, str | None]] = []
        text_between = False
        heading_goal: str | None = None
        sizes = [b.font_size for b in doc.blocks if isinstance(b, Paragraph) and b.font_size]
        body = median(sizes) if sizes else None
        note_page: int | None = None
        planned = False
        for block in open_layout_tables(doc.blocks):
            if isinstance(block, Table):
                if note_page is not None and not (block.page and block.page > note_page):
                    text_between = True  # (a note under a table, and another table on the same page)
                if planned:  # right under "Planlagt – ikke startet": no measures yet
                    planned = False
                    continue
                out.append((block, text_between, heading_goal))
                text_between, note_page = False, None
            elif body and block.font_size and block.font_size < 0.9 * body and _NOTE.match(block.text) \
                    and out and block.page is not None and block.page == out[-1][0].page_end:
                note_page = block.page  # a footnote at the foot of the page, between a table and its rest on the next
            elif block.text.strip():
                text_between = True
                planned = bool(block.heading_level or block.bold) and says_planned(block.text)
                ref = opening_goal(block.text) or (block.text.strip() if is_quoted_goal(block.text) else None) \
                    or coded_goal_heading(block.text)
                if ref and len(block.text) <= SETTINGS.layouts.heading_max_chars:
                    heading_goal = ref
                elif block.heading_level or block.bold:
                    heading_goal = None  # another heading: another group
        grids = [t for t, *_ in out if is_mark_grid(t)]
        if grids and any(header_row(t) and t not in grids for t, *_ in out):
            # a grid of the measures by delmål beside a table of them: their delmål (goal_matrix), no rows
            out = [x for x in out if x[0] not in grids]
        if any(header_row(t) for t, *_ in out):
            return out
        return [(t, False, None) for t in tables_from_lines(doc)] if doc.format == "pdf" else []

    def assess(self, doc: Document) -> Fit:
        found = self._tables(doc)
        tables = [t for t, *_ in found]
        headed_goals = [(t, goal) for t, _, goal in found if header_row(t)]
        headed = [t for t, _ in headed_goals]
        if not headed:
            return Fit(0.0, [f"{len(tables)} tables, none with a header row naming the measure and "
                             f"{SETTINGS.layouts.header_labels - 1}+ other known fields"])
        header, mapping, *_ = header_row(headed[0])
        fields = sorted(set(mapping.values()))
        rows = sum(t.n_rows for t in tables)
        reasons = [f"{len(headed)} of {len(tables)} tables with a header row ({', '.join(fields)}), {rows} rows"]
        title_col = next((c for c, f in mapping.items() if f == "title"), None)
        if fields_in_name_cells(headed[0], header, mapping):
            reasons.append("the name or text cells give the delmål and other fields as labelled lines")
        elif "goal" in fields and title_col is not None and bulleted(headed[0], header, title_col):
            reasons.append("a row per delmål, its measures as bullets in one cell")
        elif len({"goal" if f.startswith("tick:") else f for f in fields}) < SETTINGS.layouts.header_labels \
                and not any(goal for _, goal in headed_goals):
            # names and delmål only (a column or a grid of ticks): an overview, which forms or sections may
            # describe in full (not a table of measures under each delmål's heading)
            return Fit(0.6, reasons + ["the header names only the measure and its delmål"])
        return Fit(0.95 if rows >= 3 else 0.7, reasons)

    def fit(self, doc: Document) -> float:
        return self.assess(doc).score

    def parse(self, doc: Document) -> ParseResult:
        found = self._tables(doc)
        logical = self._read(found)
        measures: list[RawMeasure] = []
        checks: list[SelfCheck] = []
        tables: list[int] = []  # the logical table of each measure
        for t, lt in enumerate(logical):
            self._carry_groups(lt)
            rows = _without_odd_rows(_without_remarks(_without_trailing_notes(lt.rows)))
            first = len(measures)
            for row in rows:
                title = row.values.get("title", "")
                if _OUTLINE.match(title):  # "▸ Kurs i norsk": an outline's mark before a measure's own row
                    title = row.values["title"] = _OUTLINE.sub("", title)
                # ("Nr." is kept in extra; a delmål cell merged down over the rows, or carried over a page break,
                # gives a total row under it a delmål that is none of its own)
                texts = [v for v in (*row.extra.values(), *row.values.values()) if v]
                own = [v for v in (*row.extra.values(), *(v for k, v in row.values.items() if k != "goal")) if v] \
                    if re.search(r"\btiltak\b", title, re.I) else []  # (a total of measures: not "Samlet kompetanseløft …")
                total = next((t for t in (_TOTAL_ROW.match(" ".join(x)) for x in (texts, texts[::-1], own, own[::-1])) if t), None) \
                    or _TOTAL_ROW.match(title)  # ("9 | Antall tiltak: 7": a sheet's row number before it)
                if total:  # "Sum tiltak | 7" under the table: the document counts its own measures
                    checks.append(SelfCheck(check=total.group(1).strip(), printed=int(total.group(2)),
                                            parsed=len(measures) - first))
                    continue
                if not title or _SUM_ROW.match(title) or not any(ch.isalpha() for ch in title):
                    continue  # "Sum | … | 362,7": a budget's total; "Total | 6 | 6 | 0 | 6": a count under each column
                if _SUM_WORD_ROW.match(title) and not any(v for k, v in row.values.items() if k != "title"):
                    continue
                if _EXAMPLE.match(title) and sum(1 for x in rows if _EXAMPLE.match(x.values.get("title", ""))) == 1 \
                        and len(rows) >= 3:
                    continue  # a template's example row left in ("Eksempel: Kurs i …"); all so named are a card word
                goal_col = next((c for c, name in lt.mapping.items() if name == "goal"), None)
                numbering = "old" if goal_col is not None and says_old_numbers(lt.labels.get(goal_col)) else None
                measures.append(self._measure(len(measures) + 1, row, numbering))
                tables.append(t)
            kept = _without_bare_rows(measures[first:])
            if len(kept) < len(measures) - first:
                measures[first:] = [m.model_copy(update={"index": first + i + 1}) for i, m in enumerate(kept)]
                tables[first:] = [t] * len(kept)
            checks.extend(self._group_checks(lt))
        measures = _described_by_number(_listed_twice(measures, tables), [t for t, *_ in found])
        printed_total = self._printed_total(doc)
        if printed_total is not None:
            checks.append(SelfCheck(check="Totalt antall tiltak", printed=printed_total, parsed=len(measures)))
        return ParseResult(measures=measures, self_checks=checks)

    # -- reading tables into logical tables ---------------------------------------------------

    def _read(self, found: list[tuple[Table, bool, str | None]]) -> list[_Logical]:
        out: list[_Logical] = []
        prev: Table | None = None
        for ti, (table, text_between, heading_goal) in enumerate(found):
            header = header_row(table)
            above = _goal_above(table, header[0]) if header else None  # a table of its own delmål
            continuation = (prev is not None and bool(out) and not text_between and _continues(prev, table)
                            and (header is None or header[1] == out[-1].mapping) and above is None)
            if header and not continuation:
                out.append(_Logical(mapping=header[1], labels=header[2], combined=header[3]))
            elif not continuation:
                prev = None
                continue
            start = header[0] + 1 if header else 0
            new_page = prev is not None and prev.page_end is not None and table.page is not None and table.page > prev.page_end
            lt = out[-1]
            if heading_goal and "goal" not in lt.mapping.values():
                lt.group_goal = heading_goal
            if above and not continuation and "goal" not in lt.mapping.values():
                lt.group_goal = above
            grid = table.grid()
            inherits = continuation or not table.ruled
            for r in range(start, table.n_rows):
                if _is_header_again(grid[r], lt):  # the header printed again inside the table (a page break in it)
                    continue
                group = self._group_row(grid[r], table)
                if group is not None and lt.rows and _told(group) and not names_a_goal(" ".join(group.split()[:3])):
                    # "Kommunene hadde 5 400 lærlinger i 2024, …." across the table under a row: that row's text
                    _add_text(lt.rows[-1], next(c for c in grid[r] if c is not None))
                    continue
                if group is not None:  # "Delmål 1.2 – …" across the table: the goal of the rows below
                    if value_field(group) == "type":  # a type under a delmål (an outline's second level)
                        lt.group_type = group
                    else:
                        # (the delmål in the strategy's words: "Videreutvikle samarbeidet mellom …"; with no delmål
                        # column, in short: "Samarbeid mellom utdanning og arbeidsliv")
                        lt.group_goal = group if names_a_goal(group) or goal_reference(group) or says_goals_in_words(group) \
                            or "goal" not in lt.mapping.values() and names_a_goal_in_short(group) else None
                        lt.group_type = None
                    continue
                second = _second_row(grid, r)
                if second is not None and lt.rows:  # a measure over two rows: its text under its fields
                    _add_text(lt.rows[-1], second)
                    continue
                row = self._row(grid[r], lt, table, ti, r)
                if lt.rows and _same_name_cell(lt.rows[-1], row):  # the name merged over this row too: one measure
                    self._join(lt.rows[-1], row)
                    continue
                listed = self._listed_rows(row) or self._packed_rows(row) or _lettered_rows(row)
                if listed:  # several measures as bullets in one cell: a row each, with the row's other fields
                    lt.rows.extend(listed)
                    continue
                if lt.rows and self._rest_of_row(row, lt.rows[-1]):  # "programstyre og rekruttering" under "… byggenæringen:"
                    self._join(lt.rows[-1], row)
                    continue
                if lt.group_type and not row.values.get("type"):
                    row.values["type"] = lt.group_type
                if lt.group_goal and not row.values.get("goal"):
                    row.values["goal"] = lt.group_goal
                elif lt.group_goal and _adds_to_group(lt):  # "Andre delmål": besides the group's delmål
                    row.values["goal"] = f"{lt.group_goal}; {row.values['goal']}"
                row.inherits = inherits
                if row.values.get("goal"):
                    inherits = not table.ruled
                if r == start and continuation and new_page and lt.rows and self._is_split(lt.rows[-1], row):
                    self._join(lt.rows[-1], row)
                elif any(row.values.values()) or row.extra:
                    lt.rows.append(row)
            prev = table
        return out

    @staticmethod
    def _row(cells: list[Cell | None], lt: _Logical, table: Table, ti: int, r: int) -> _Row:
        values: dict[str, str] = {}
        by_field: dict[str, Cell] = {}
        extra: dict[str, str] = {}
        seen: set[int] = set()
        for col, cell in enumerate(cells):
            if cell is None or id(cell) in seen:
                continue
            seen.add(id(cell))
            name = lt.mapping.get(col) or next((lt.mapping[c] for c in range(cell.col, cell.col + cell.col_span)
                                                if c in lt.mapping), None)
            text = cell.text.strip()
            if _PLACEHOLDER.match(text):  # "–" in a month with nothing: an empty cell
                text = ""
            elif name and name != "title" and lt.rows and _DITTO.match(text):  # the row above's value
                text = lt.rows[-1].values.get(name, "")
            if name and name.startswith("tick:"):
                if TICKED.match(text):
                    values["goal"] = f"{values['goal']}, {name[5:]}" if values.get("goal") else name[5:]
                continue
            if name == ALSO_GOAL:  # "Hovedmål | Andre mål": the second column's delmål are the measure's too
                if text:
                    values["goal"] = f"{values['goal']}; {text}" if values.get("goal") else text
                continue
            if name == FACTS:  # "Ansvarlig: KS" over a table "Delmål | 2.1 / Type | Prosjekt": the row's facts
                facts = labelled_lines(cell, 0, nested=True)
                for key, value in facts.items():
                    values.setdefault(key, value)
                    by_field.setdefault(key, cell)
                # its sentences besides them tell of the measure ("Se tabell:" leads into the facts: none)
                told = [p.text.strip() for p in cell.paragraphs if p.text.strip() and not _used_label(p.text, facts)
                        and not p.text.rstrip().endswith(":")]
                if told:
                    values["description"] = join_lines([values.get("description", ""), *told])
                continue
            fields = lt.combined.get(col)
            if fields:
                for key, part in _split_combined(cell, text, fields).items():
                    values[key] = join_lines([values[key], part]) if values.get(key) else part
                    by_field[key] = cell
                continue
            if name == "description" and (facts := labelled_lines(cell, 0)) and {"goal"} < set(facts):
                # "Delmål: 1.2 / Type: Prosjekt / Ansvarlig: … / text": the fields, then the description
                for key, value in facts.items():
                    values.setdefault(key, value)
                    by_field.setdefault(key, cell)
                text = "\n".join(t for t in cell.text.split("\n") if t.strip() and not _used_label(t, facts))
            if name == "title":
                facts = labelled_lines(cell)
                if facts:  # the name, then its fields as labelled lines in the same cell
                    for key, value in facts.items():
                        values.setdefault(key, value)
                        by_field.setdefault(key, cell)
                    text = cell.paragraphs[0].text.strip() if cell.paragraphs else text.split("\n")[0]
                paragraphs = cell.paragraphs if not facts else cell.paragraphs[:1]
                goal_lines = [p for p in paragraphs[1:] if is_goal_line(p.text, bare=False)]
                if goal_lines and "goal" not in values:  # "Etablere et kompetansebehovsutvalg / NKPS nr. 1": its goal
                    values["goal"] = "; ".join(p.text.strip() for p in goal_lines)
                    by_field["goal"] = cell
                    paragraphs = [p for p in paragraphs if not any(p is g for g in goal_lines)]
                    text = "\n".join(p.text for p in paragraphs).strip()
                text, rest = split_title(paragraphs, text)
                if rest:
                    values["description"] = join_lines([rest, values.get("description", "")])
            if name == "goal" and "type" not in lt.mapping.values() and (typed := number_then_type(text)[1]) \
                    and spells_a_type(typed):  # (a known type only)
                values["type"] = typed  # "Nr. 4 og 7 – avtale": the strategy's numbers, then the type
                by_field["type"] = cell
            if name == "goal" and values.get("goal") and text:  # (after a column of more delmål)
                text = f"{text}; {values['goal']}"
            if name:
                values[name] = join_lines([values[name], text]) if name == "description" and values.get(name) else text
                by_field[name] = cell
            elif text and lt.labels.get(col):
                extra[lt.labels[col]] = text
        page = table.page
        where = f"sheet '{table.sheet}' row {table.source_rows[r]}" if table.sheet and table.source_rows \
            else f"table {ti + 1} row {r + 1}"
        return _Row(values, by_field, extra, page, page, where)

    @staticmethod
    def _group_row(cells: list[Cell | None], table: Table) -> str | None:
        """The text of a row that is one cell across the table (a group or section heading), or an
        outline's group: its name after an outline's mark, its count in the last cells ("⊟ 2.2 Styrke
        kunnskapsgrunnlaget … | | | 2", a pivot table's rows)."""
        distinct = {id(c): c for c in cells if c is not None}
        first = cells[0] if cells else None
        if first is not None and _OUTLINE.match(first.text) and table.n_cols >= 3 and all(
                not c.text.strip() or c.text.strip().isdecimal() for c in distinct.values() if c is not first):
            return " ".join(_OUTLINE.sub("", first.text).split()) or None
        if len(distinct) != 1 or table.n_cols < 3:
            return None
        cell = next(iter(distinct.values()))
        if cell.col_span < table.n_cols or not cell.text.strip():
            return None
        return " ".join(cell.text.split())

    @staticmethod
    def _listed_rows(row: _Row) -> list[_Row]:
        """"• Fagbrev på jobb – NHO har … Ansvar: Fylkeskommunene. (også delmål 2.3)": the name before the
        dash, labelled fields ("Ansvar: KD; samarbeid med LO") and a further delmål from the text."""
        cell = row.cells.get("title")
        items = bullets(cell) if cell is not None else []
        if len(items) < 1 or not row.values.get("goal"):
            return []
        # the row's other cells listing as many bullets: each item's own, by its place ("• KD • ASD")
        parallel = {key: listed for key, c in row.cells.items() if key != "title" and c is not cell
                    and len(listed := bullets(c)) == len(items) > 1}
        if "goal" not in parallel and (own := _goals_by_item(row.values["goal"], items)):
            parallel["goal"] = own
        out = []
        for k, item in enumerate(items):
            values = {key: v for key, v in row.values.items() if key not in ("title", "description")}
            values |= {key: listed[k] for key, listed in parallel.items()}
            # the name ends at the last dash of the first sentence: "SRY – Samarbeidsrådet … – NHO deltar …"
            first = re.split(r"(?<=[^\W\d_]{2})\.\s", item, maxsplit=1)[0]
            is_sentence = first != item or item.rstrip().endswith(".")  # a name alone keeps its dashes
            dashes = list(re.finditer(r"\s+[–—-]\s+", first)) if is_sentence else []
            name, rest = (item[:dashes[-1].start()], item[dashes[-1].end():]) if dashes else (item, "")
            values["title"] = name.strip()
            for sentence in re.split(r"(?<=\.)\s+", rest):
                lbl = match_label(sentence)
                if lbl is not None and lbl.how == "separator" and lbl.field in ("responsible", "roles"):
                    who, partners = who_and_partners(lbl.value.strip(" ."))  # "KD; samarbeid med LO"
                    values["responsible"] = who
                    if partners:
                        values["partners"] = partners
                elif (also := goal_reference(sentence)) and re.search(r"\bogså\b", sentence, re.I):
                    values["goal"] = f"{values['goal']}; {also}"
                elif sentence.strip():
                    values["description"] = join_lines([values.get("description", ""), sentence.strip()])
            out.append(_item_row(row, values, k))
        return out

    @staticmethod
    def _packed_rows(row: _Row) -> list[_Row]:
        """A name cell listing measures, each with its facts in brackets after its name, parted by
        semicolons or lines ("KBU [1.1 | Råd/utvalg/nettverk | 2017–2023]; Tilskudd til … [2.1 | …]"):
        a row each, its own facts over the row's."""
        cell = row.cells.get("title")
        pieces = [x.strip() for x in _PACKED.split(cell.text) if x.strip()] if cell is not None else []
        parsed = [listed_item(x) for x in pieces]
        if not pieces or (len(pieces) < 2 and row.values.get("goal")) or \
                not all(p and gives_goal(p[1]) for p in parsed):
            return []  # (one measure in the cell: its bracket names its delmål when no column does)
        dropped = ("title",) if len(parsed) == 1 else ("title", "description")  # (several share none of the row's text)
        shared = {key: v for key, v in row.values.items() if key not in dropped}
        return [_item_row(row, shared | dict(facts) | {"title": name}, k) for k, (name, facts) in enumerate(parsed)]

    @staticmethod
    def _rest_of_row(row: _Row, prev: _Row) -> bool:
        """A row that only goes on with the name and text of the row above: no field of its own, and
        a name that starts in lower case (a measure over two rows, its name wrapped into the second), or
        a plain sentence under a name set in bold (the text of the measure above, run on into a row)."""
        title = row.values.get("title", "")
        if not title or row.extra or any(row.values.get(k) for k in ("goal", "type", "responsible", "partners", "roles", "period")):
            return False
        return title[:1].islower() or (len(title.split()) >= 4 and title.rstrip().endswith(".")
                                       and _bold_then_plain(prev.cells.get("title"), row.cells.get("title")))

    @staticmethod
    def _is_split(prev: _Row, row: _Row) -> bool:
        """The first row on a new page is the rest of the row the page break cut."""
        title = row.values.get("title", "")
        if not title:
            return True
        if title[:1].islower():
            return True
        if _new_code(prev.values.get("goal", ""), row.values.get("goal", "")):
            return False  # a delmål cell of its own: the next row, however empty its other cells
        short = [k for k in ("type", "responsible") if k in row.values]
        if short and not any(row.values[k] for k in short):
            return True
        for key, text in row.values.items():
            before = prev.values.get(key, "")
            if key == "period" and _OPEN_YEAR.search(before):
                continue  # "2016–": a term with no end, not a line the page break cut
            if text and before and unfinished(before):
                return key not in GROUP_FIELDS
        return False

    @staticmethod
    def _join(prev: _Row, row: _Row) -> None:
        values = dict(row.values)
        if values.get("title") and fold(_GOES_ON.sub("", values["title"])) == fold(prev.values.get("title", "")):
            del values["title"]  # "Overføring av BIO … (forts.)": the name said again over the rest of its row
        if values.get("title") and _bold_then_plain(prev.cells.get("title"), row.cells.get("title")):
            # a bold title above, and its description runs on over the page break
            values["description"] = join_lines([values.pop("title"), values.get("description", "")])
        for key, text in values.items():
            if key in GROUP_FIELDS and row.cells.get(key) is not None and row.cells[key].row_span > 1 and not text:
                continue
            if row.cells.get(key) is not None and row.cells[key] is prev.cells.get(key):
                continue  # one merged cell over both rows: its text once
            if text:
                prev.values[key] = join_lines([prev.values.get(key, ""), text])
        for key, text in row.extra.items():
            prev.extra[key] = join_lines([prev.extra.get(key, ""), text])
        prev.page_end = row.page

    @staticmethod
    def _carry_groups(lt: _Logical) -> None:
        """A merged Delmål or "Antall totalt" cell gives its value to every row it spans, also
        past a page break, where the PDF shows the rest of the merged cell empty."""
        last: dict[str, str] = {}
        page: int | None = None
        once = _goal_once_per_group(lt.rows)
        for row in lt.rows:
            new_page = page is not None and row.page is not None and row.page > page
            page = row.page if row.page is not None else page
            for key in GROUP_FIELDS:
                value = row.values.get(key, "")
                cell = row.cells.get(key)
                if value and new_page and key == "goal" and _continues_group(last.get(key, ""), value):
                    # the merged cell's text runs on over the page break: the rest of the same group
                    row.values[key] = last[key]
                elif value:
                    last[key] = value
                elif key in last and ((cell is not None and cell.row_span > 1) or row.inherits
                                      or key == "goal" and once and _a_measures_row(row)):
                    row.values[key] = last[key]

    # -- measures and self-checks -------------------------------------------------------------

    @staticmethod
    def _measure(index: int, row: _Row, goal_numbering: str | None = None) -> RawMeasure:
        v = {k: join_paragraphs(t.split("\n")) for k, t in row.values.items()}
        roles = v.get("roles")
        return RawMeasure(
            index=index,
            title=v.get("title", ""),
            goal_text=v.get("goal") or None,
            type_text=v.get("type") or None,
            responsible_text=(v.get("responsible") or roles) or None,
            partners_text=v.get("partners") or None,
            roles_combined=bool(roles) and not v.get("responsible"),
            description=v.get("description") or None,
            period_text=v.get("period") or None,
            extra=row.extra,
            goal_numbering=goal_numbering,
            provenance=Provenance(page=row.page, page_end=row.page_end, locator=row.where),
        )

    @staticmethod
    def _group_checks(lt: _Logical) -> list[SelfCheck]:
        if "count" not in lt.mapping.values():
            return []
        checks: list[SelfCheck] = []
        groups: list[tuple[str, str, int]] = []  # goal, printed count, rows
        for row in lt.rows:
            if not row.values.get("title"):
                continue
            goal, count = row.values.get("goal", ""), row.values.get("count", "")
            if groups and groups[-1][0] == goal and groups[-1][1] == count:
                groups[-1] = (goal, count, groups[-1][2] + 1)
            else:
                groups.append((goal, count, 1))
        for goal, count, n in groups:
            digits = re.search(r"\d+", count or "")
            if not digits:
                continue
            code = _CODE.match(goal)
            label = f"Antall totalt, delmål {code.group(1)}" if code else f"Antall totalt, '{goal[:40]}'"
            checks.append(SelfCheck(check=label, printed=int(digits.group()), parsed=n))
        return checks

    @staticmethod
    def _printed_total(doc: Document) -> int | None:
        texts = [b.text for b in doc.blocks if isinstance(b, Paragraph)]
        texts += [c.text for t in doc.tables() for c in t.cells]
        for text in reversed(texts):
            m = _TOTAL.search(text.replace("\n", " "))
            if m:
                return int(m.group(1))
        return None
