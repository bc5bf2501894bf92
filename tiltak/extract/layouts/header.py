"""A row table's header: which column holds what. Columns are mapped by their labels, in any order
and wording, never by position; where the labels leave the measure's name or its delmål out, the
column is found by what its cells hold (names, sentences, bullets, old tiltak numbers).
"""

from __future__ import annotations

import re

from ..content import TICKS, first_code, goal_reference, ticked, is_delmal_code, opening_goal, is_goal_line, is_name, is_number_list, is_old_number_ref, says_old_numbers
from ..model import Cell, Paragraph, Table
from ..settings import SETTINGS
from ..text import fold
from ..vocabulary import combined_fields, header_field, match_label, spells_a_type, value_field
from .base import cell_lines
from .segments import enough_fields, fields_header, label_rows_below
from .facts import facts_line


def header_row(table: Table) -> tuple[int, dict[int, str], dict[int, str], dict[int, list[str]]] | None:
    """The header row among the first rows: at least three known labels, the measure's name among
    them. Returns the row, column -> field, column -> label as written, and column -> fields for a
    column that holds several ("Ansvar og samarbeid", "Type / tidsrom")."""
    for r in _first_rows(table, 3):
        stacked = _stacked_labels(table, r)
        if stacked is not None:  # two header rows: group labels over the fields' own
            r += 1
        mapping: dict[int, str] = {}
        labels: dict[int, str] = {}
        combined: dict[int, list[str]] = {}
        second_name: int | None = None
        first_lines = {c.col: c.text.strip().split("\n")[0].strip() for c in table.row_cells(r) if c.row == r}
        for col, text, group in stacked or [(c.col, c.text.replace("\n", " ").strip(), None)
                                            for c in table.row_cells(r) if c.row == r]:
            labels[col] = text
            if is_delmal_code(text):  # "1.1 | 1.2 | … | 3.6" over cells marked X: the delmål ticked
                mapping[col] = "tick:" + text.replace(",", ".")
                continue
            fields = [f for f in combined_fields(text) if f not in mapping.values()]
            if len(fields) >= 2:
                name, combined[col] = fields[0], fields
            else:
                name = header_field(text)
                if (not name or name == "other") and group:  # "Navn" under "Tiltak"
                    name = header_field(group)
                if not name and not stacked and first_lines.get(col, text) != text:
                    name = header_field(first_lines[col])  # "Type" over the form's guidance "FoU, kurs/utdanning, …"
            if name == "title" and "title" in mapping.values() and second_name is None:
                second_name = col  # "Innsats | Aktivitet | …": what is done, unless its cells are delmål
            if name in _BY_ANSWERS and name in mapping.values():
                # "FN-delmål | NKPS-delmål": the strategy's codes; "Kategori | … | Type": the types
                _column_of_answers(table, r, mapping, col, name)
                continue
            if name and name not in mapping.values() and name not in ("other", "section"):
                mapping[col] = name
        ticks = [c for c, f in mapping.items() if f.startswith("tick:")]
        if len(ticks) < 3:  # a delmål code or two in a row is an answer ("Delmål | 2.1 | Type | Kurs"), not a grid
            for c in ticks:
                del mapping[c]
        _numbers_are_no_title(table, r, mapping)
        if second_name is not None and "title" not in mapping.values():  # "Tiltak nr. | Tiltak | …": the names
            mapping[second_name], second_name = "title", None
        # (or only the measure's delmål and its text: "Hva | Beskrivelse | Delmål")
        if (len(mapping) >= SETTINGS.layouts.header_labels or {"goal", "description"} <= set(mapping.values())) \
                and "title" not in mapping.values():
            _title_column_of_names(table, r, mapping, labels)
            _title_column_by_content(table, r, mapping, labels)
        if "goal" in mapping.values() and "title" not in mapping.values():
            _title_column_of_bullets(table, r, mapping, labels)
        # "Tiltak | Status og resultater": the name cells hold "Delmål: 1.2" and more under the name
        names_with_fields = "title" in mapping.values() and fields_in_name_cells(table, r, mapping)
        if "title" in mapping.values():
            _facts_column(table, r, mapping, labels)
        if _enough(mapping) or names_with_fields or FACTS in mapping.values() or fields_header(table, r):
            if label_rows_below(table, r):
                return None
            _main_goal_columns(table, r, mapping, labels)
            if "goal" not in mapping.values():
                _goal_column_by_content(table, r, mapping, labels)
            if second_name is not None and second_name not in mapping and "description" not in mapping.values():
                mapping[second_name] = "description"
            if "goal" in mapping.values():
                _second_goal_column(table, r, mapping, labels)
            if "type" not in mapping.values():
                _type_column_by_content(table, r, mapping, labels)
            if "description" not in mapping.values():
                _description_of_remarks(table, r, mapping, labels)
            return r, mapping, labels, combined
    return None


SHEET_MARK = re.compile(r"^(?:[A-Z]{1,2}|\d{1,4})$")  # a spreadsheet's column letter or row number


def _first_rows(table: Table, n: int) -> list[int]:
    """The first `n` rows with text, a spreadsheet's column letters and row numbers aside (a sheet
    printed with them, a title row and an empty row over its header)."""
    out: list[int] = []
    block = 0  # a sheet's title block over its header: rows of a label and a value or two in a wide table
    for r in range(table.n_rows):
        filled = [c for c in table.row_cells(r) if c.row == r and c.text.strip() and not SHEET_MARK.match(c.text.strip())]
        if not filled:
            continue
        if not out and table.n_cols >= 5 and len(filled) <= 2 and block < 4:
            block += 1
            n += 1  # (still asked about: a header may span its row in one cell)
        out.append(r)
        if len(out) == n:
            break
    return out


def _stacked_labels(table: Table, r: int) -> list[tuple[int, str, str | None]] | None:
    """A header of two rows: row `r` groups columns under a merged label ("Tiltak" over "Navn |
    Delmål", "Organisering" over "Ansvarlig | Samarbeidspartnere") and the row below labels them.
    Then each column's label is the lower one (or the upper one where it spans both rows), with
    the group label beside it."""
    if r + 1 >= table.n_rows:
        return None
    upper = [c for c in table.row_cells(r) if c.row == r]
    lower = [c for c in table.row_cells(r + 1) if c.row == r + 1 and c.text.strip()]
    if not any(c.col_span > 1 for c in upper) or len(lower) < 2 or \
            not all(header_field(t := c.text.replace("\n", " ").strip()) or is_delmal_code(t) for c in lower):
        return None
    out = []
    for cell in table.row_cells(r + 1):
        text = cell.text.replace("\n", " ").strip()
        if cell.row == r + 1:
            above = table.grid()[r][cell.col]
            out.append((cell.col, text, above.text.replace("\n", " ").strip() if above is not None else None))
        elif cell.row == r:  # a label over both rows
            out.append((cell.col, text, None))
    return out


_BULLET = re.compile(r"(?:^|\s)[•▪◦●]\s+")


def bullets(cell: Cell) -> list[str]:
    """The items of a cell that lists several measures as bullets ("• A – … • B – …"), or []."""
    listed = [p.text.strip() for p in cell.paragraphs if p.list_label and p.text.strip()]
    if len(listed) >= 1 and len(listed) == len([p for p in cell.paragraphs if p.text.strip()]):
        return listed
    parts = [x.strip() for x in _BULLET.split(cell.text.replace("\n", " ")) if x.strip()]
    return parts if _BULLET.match(cell.text.strip()) and parts else []


def _title_column_of_bullets(table: Table, header: int, mapping: dict[int, str], labels: dict[int, str]) -> None:
    """A row per delmål with its measures as bullets in another column ("Delmål | NHOs tiltak i 2021"):
    that column names the measures."""
    for col in sorted(labels):
        if col not in mapping and bulleted(table, header, col):
            mapping[col] = "title"
            return


def bulleted(table: Table, header: int, col: int) -> bool:
    """Most cells of the column below the header list measures as bullets."""
    cells = [c for r in range(header + 1, table.n_rows) for c in table.row_cells(r) if c.row == r and c.col == col]
    return len(cells) >= 2 and sum(1 for c in cells if bullets(c)) * 2 > len(cells)


def fields_in_name_cells(table: Table, header: int, mapping: dict[int, str]) -> bool:
    """Most name cells below the header give the delmål and another field as labelled lines under
    the name ("Karriere Trøndelag / Delmål: 1.3 / Ansvarlig: …"), or most cells of the text column
    ("Tiltak | Om tiltaket") open with them ("Delmål: 1.2 / Type: Prosjekt / Ansvarlig: …")."""
    for field, first in (("title", 1), ("description", 0)):
        col = next((c for c, f in mapping.items() if f == field), None)
        if col is None:
            continue
        cells = [c for r in range(header + 1, table.n_rows) for c in table.row_cells(r) if c.row == r and c.col == col]
        if cells and _most_give_goal_and_more(cells, first) and (len(cells) >= 2 or field == "description"):
            return True
    return False


def _most_give_goal_and_more(cells: list[Cell], first: int, **how) -> bool:
    """Most of the cells give the delmål and another fact as labelled lines (`labelled_lines`' `how`)."""
    return sum(1 for c in cells if {"goal"} < set(labelled_lines(c, first, **how))) * 2 > len(cells)


FACTS = "facts"  # a column of labelled facts under a header that names no field ("Tiltak | Detaljer")


def _facts_column(table: Table, header: int, mapping: dict[int, str], labels: dict[int, str]) -> None:
    """A column whose label names no field and whose cells give the delmål and another fact as
    labelled lines or a table of labels ("Detaljer": "Ansvarlig: KS" over "Delmål | 2.1 / Type | …")."""
    for col in sorted(labels):
        if col in mapping:
            continue
        cells = _column_cells(table, header, col)
        if len(cells) >= 2 and _most_give_goal_and_more(cells, 0, nested=True, by_labels=True):
            mapping[col] = FACTS
            return


def labelled_lines(cell: Cell, first: int = 1, nested: bool = False, by_labels: bool = False) -> dict[str, str]:
    """The "Label: value" lines of a cell from paragraph `first` on (after its name), and its lines of
    facts ("Delmål 3.2 · Kurs/utdanning · VOFO · 2022"), by field; with `nested`, the rows of a table
    of labels in it too ("Delmål | 2.1"); with `by_labels`, facts its labels name only (not "Nr. 4 – avtale")."""
    found: dict[str, str] = {}
    label_rows = [Paragraph(text=f"{a.text.strip()}: {b.text.strip()}", page=cell.page) for t in cell.tables
                  for r in range(t.n_rows) if len(row := [c for c in t.row_cells(r) if c.row == r]) == 2
                  for a, b in [row] if a.text.strip() and b.text.strip()] if nested else []
    for p in cell_lines(cell)[first:] + label_rows:
        facts = facts_line(p.text) if not by_labels else None
        if facts and len(facts) >= 2:  # (its labels are those of its parts: "Delmål 2.1 · Prosjekt · Ansvar: KS")
            for field, value in facts:
                found.setdefault(field, value)
            continue
        lbl = match_label(p.text)
        if lbl is not None and lbl.how == "separator" and lbl.value and lbl.field not in ("title", "other", "section"):
            found.setdefault(lbl.field, lbl.value)
    return found


def _enough(mapping: dict[int, str]) -> bool:
    """A header names the measure and enough other fields (delmål ticked in columns count as the goal)."""
    return enough_fields({"goal" if f.startswith("tick:") else f for f in mapping.values()})


def _column_values(table: Table, header: int, col: int) -> list[str]:
    """The texts of a column's cells below the header, the empty ones and a group's row across the
    table ("Innsatsområde 1: …") left out."""
    return [c.text.strip() for c in _column_cells(table, header, col)]


def _column_cells(table: Table, header: int, col: int) -> list[Cell]:
    return [c for r in range(header + 1, table.n_rows) for c in table.row_cells(r)
            if c.col == col and c.row == r and c.text.strip() and (c.col_span < table.n_cols or table.n_cols == 1)]


def _numbers_are_no_title(table: Table, header: int, mapping: dict[int, str]) -> None:
    """A "name" column of bare numbers ("Tiltak i strategien": 6, "5 og 6") counts the strategy's old
    tiltak numbers: it is the goal column, and the name is to be found elsewhere."""
    col = next((c for c, f in mapping.items() if f == "title"), None)
    values = _column_values(table, header, col) if col is not None else []
    if values and sum(1 for v in values if is_number_list(v)) >= 0.8 * len(values):
        del mapping[col]
        if "goal" not in mapping.values():
            mapping[col] = "goal"


def _title_column_by_content(table: Table, header: int, mapping: dict[int, str], labels: dict[int, str]) -> None:
    """A header naming three fields but not the measure ("Innsats", "Hva"): the measure's name is the
    leftmost other column whose cells hold words, not numbers."""
    for col in sorted(labels):
        if col in mapping or header_field(labels[col]) == "other" and labels[col]:
            continue
        values = _column_values(table, header, col)
        if values and sum(1 for v in values if goal_reference(v, bare=False)) >= 0.5 * len(values):
            continue  # "Hvorfor": "Delmål 1.1 – felles kunnskapsgrunnlag …" in every cell
        if values and sum(1 for v in values if len(re.findall(r"[^\W\d_]{3,}", v)) >= 2) >= 0.8 * len(values):
            if _sentences(values) and _names_in_description(table, header, mapping) is not None:
                return  # "Hvordan" holds what is done, and the "Hva" column names the measures
            mapping[col] = "title"
            return


def _title_column_of_names(table: Table, header: int, mapping: dict[int, str], labels: dict[int, str]) -> None:
    """No column names the measure, and the "what" column ("Hva", "Beskrivelse") holds names, not
    sentences ("Medlem av Samarbeidsrådet for yrkesopplæring"): it is the name column, and another
    column its label calls text ("Hvordan") the description."""
    if "title" in mapping.values():
        return
    col = _names_in_description(table, header, mapping)
    if col is not None:
        mapping[col] = "title"
        text = next((c for c in sorted(labels) if c not in mapping and header_field(labels[c]) == "description"), None)
        if text is not None:
            mapping[text] = "description"


def _names_in_description(table: Table, header: int, mapping: dict[int, str]) -> int | None:
    """The description column, when its cells are names (short, one line, no full stop), or each opens
    with a name in bold over its text ("**Deltakelse i RSA ved …**" / "Unio-forbundene er med …")."""
    col = next((c for c, name in sorted(mapping.items()) if name == "description"), None)
    values = _column_values(table, header, col) if col is not None else []
    short = [v for v in values if is_name(v)]
    if values and len(short) >= 0.8 * len(values):
        return col
    cells = _column_cells(table, header, col) if col is not None else []
    named = [c for c in cells if len(ps := [p for p in c.paragraphs if p.text.strip()]) >= 2 and ps[0].bold
             and not any(p.bold for p in ps[1:]) and is_name(ps[0].text)]
    return col if cells and len(named) >= 0.8 * len(cells) else None


_REMARKS = re.compile(r"^(?:merknad(?:er)?|kommentar(?:er|ar)?|omtale|utdyping|om\s+tiltaket)$", re.I)


ALSO_GOAL = "also:goal"  # a column of more delmål beside the goal's


def _second_goal_column(table: Table, header: int, mapping: dict[int, str], labels: dict[int, str]) -> None:
    """Beside the goal column, another whose label speaks of goals ("Andre mål", "Også delmål") and whose
    cells are codes alone, where any: more delmål of the measure."""
    for col in sorted(labels):
        values = _column_values(table, header, col)
        if col not in mapping and _GOAL_WORD.search(labels[col]) and values and all(is_goal_line(v) for v in values):
            mapping[col] = ALSO_GOAL
            return


_GOAL_WORD = re.compile(r"mål\b", re.I)
# "Hovedmål 1", "Hovudmål 2", "Innsatsområde 3": a column of a main goal's delmål
_MAIN_GOAL = re.compile(r"^(?:(?:hoved|hovud)(?:mål|innsatsområde)|innsatsområde)\s*[1-3]$", re.I)
_TICK_MARKS = re.compile(rf"[{TICKS}xX](?=\s*\d[.,]\d)")


def _main_goal_columns(table: Table, header: int, mapping: dict[int, str], labels: dict[int, str]) -> None:
    """Columns of the strategy's main goals ("Hovedmål 1 | Hovedmål 2 | Hovedmål 3") whose cells give the
    delmål under each, ticked or not ("✓ 2.1 ✓ 2.4"): together the measure's delmål (the first the goal
    column, unless one is labelled so; the others more delmål)."""
    cols = [c for c in sorted(labels) if c not in mapping and _MAIN_GOAL.match(" ".join(labels[c].split()))]
    if len(cols) < 2:
        return
    for col in cols:
        values = [", ".join(_TICK_MARKS.sub(" ", ticked(v) or "").split()) for v in _column_values(table, header, col)]
        if not all(is_goal_line(v) for v in values if v.strip(" –—-")):  # ("–" in a cell of none: empty)
            return
    for col in cols:
        mapping[col] = ALSO_GOAL if "goal" in mapping.values() else "goal"


def _type_column_by_content(table: Table, header: int, mapping: dict[int, str], labels: dict[int, str]) -> None:
    """No column labelled the type, and one whose cells are a word or two each, some of them types
    ("Hvordan": "Kurs", "Undersøkelse", "Utvalgsarbeid", "Avtale"), under a label that calls it the text
    or none: the type in the writer's words (not "Sektor": "Utdanning", "Forskning")."""
    for col in range(table.n_cols):
        if not (mapping.get(col) == "description" or col not in mapping and not labels.get(col, "").strip()):
            continue  # (a column its label calls the text, "Hvordan", or one with no label)
        values = _column_values(table, header, col)
        typed = [fold(v) for v in values if spells_a_type(v)]
        if len(values) >= 3 and all(len(v.split()) <= 2 for v in values) and len(typed) >= max(2, 0.4 * len(values)) \
                and len(set(typed)) >= 2:  # (not an area's "Kunnskapsgrunnlag" twice among "Karriere", "Rekruttering")
            mapping[col] = "type"
            return


def _description_of_remarks(table: Table, header: int, mapping: dict[int, str], labels: dict[int, str]) -> None:
    """A table with no description column, its remarks column of sentences ("Merknad", "Kommentar"):
    the only text about each measure, its description, when half its cells or more run to eight words.
    (Notes of a few words, "Se vedlegg.", "Gjennomført som planlagt.", are remarks.)"""
    for col, label in labels.items():
        values = _column_values(table, header, col)
        if col not in mapping and _REMARKS.match(label.strip(" :")) and values and _sentences(values) \
                and 2 * sum(len(v.split()) >= 8 for v in values) >= len(values):
            mapping[col] = "description"
            return


def _sentences(values: list[str]) -> bool:
    """Most cells are sentences: they end with a full stop or run past fourteen words."""
    return sum(1 for v in values if v.rstrip().endswith(".") or len(v.split()) > 14) >= 0.8 * len(values)


# a field two columns may name, and what its answers are: of two, the column whose cells are such answers
_BY_ANSWERS = {
    "goal": lambda v: is_goal_line(v) or first_code(v) is not None,  # (a code with its name, "2.2 Flere får …")
    "type": lambda v: value_field(v) == "type",
}


def _column_of_answers(table: Table, header: int, mapping: dict[int, str], col: int, field: str) -> None:
    """Two columns labelled as one field (another framework's goals beside the strategy's, "FN-delmål |
    NKPS-delmål"; a checklist's "Kategori" beside its "Type"): the field's column is the one whose
    cells are its answers (the strategy's delmål, the types of measures)."""
    first = next(c for c, f in mapping.items() if f == field)

    def answers(c: int) -> int:
        return sum(1 for v in _column_values(table, header, c) if _BY_ANSWERS[field](v))

    if answers(col) > answers(first):
        del mapping[first]
        mapping[col] = field


_THEN_TYPE = re.compile(r"^(?P<numbers>.*?\d)\s+[–—-]\s+(?P<type>[^\W\d_][^\d–—]{1,38})$")
_NUMBER_WORD = re.compile(r"^(?:nr\.?|nummer|no\.)\s*", re.I)


def number_then_type(text: str) -> tuple[str, str | None]:
    """"Nr. 4 og 7 – avtale": the strategy's numbers, and the type after them in a word or three (None
    when none follows)."""
    m = _THEN_TYPE.match(text.strip())
    if m and len(m["type"].split()) <= 3 and is_number_list(numbers := _NUMBER_WORD.sub("", m["numbers"])):
        return numbers, m["type"].strip()
    return _NUMBER_WORD.sub("", text.strip()), None


def _goal_column_by_content(table: Table, header: int, mapping: dict[int, str], labels: dict[int, str]) -> None:
    """A column no label maps (or one a second time, "Tiltak i strategien" beside "Tiltak") whose
    cells are goal references or the old tiltak numbers ("6", "Tiltak 4 og 7") is the goal column."""
    for col, label in sorted(labels.items(), key=lambda kv: not says_old_numbers(kv[1])):
        if col in mapping:
            continue
        values = _column_values(table, header, col)
        kept = header_field(label) == "other"  # "Nr." numbers the rows; "Mål" over codes alone is the goal
        if not values or [v.rstrip(".)") for v in values] == [str(n) for n in range(1, len(values) + 1)]:
            continue
        numbers = sum(1 for v in values if is_number_list(n := number_then_type(v)[0]) or is_old_number_ref(n))
        goals = sum(1 for v in values if v.strip() and (all(is_goal_line(x) for x in v.split("\n") if x.strip())  # "1.4" / "2.2"
                                                       or opening_goal(" ".join(v.split()))))
        if kept and goals < 0.8 * len(values):
            continue
        if (numbers + goals) >= 0.8 * len(values) and (goals or says_old_numbers(label)):
            mapping[col] = "goal"
            return
