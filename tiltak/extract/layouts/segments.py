"""The document as a flat stream of items a measure can be read from, whatever the template (fields
written without labels are read by facts.py).

Paragraphs become headings (a style, bold, a list number, typed numbering such as "1)", "a)",
"Tiltak 1:"), labelled fields ("Label: value", a label alone with its answer below, a bold run-in
label) or plain text. Tables become fields too: a form table (label | answer, also with two
pairs per row or a label row above its answers), a one-column table whose label rows stand above
their answers; a layout table (one cell, or cells holding tables) is opened and read as what it
holds. Row tables are left to the row-table parser; other tables give their text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field as dc_field, replace

from ..content import (DELMAL_CODE, MONTHS, TICKED, old_number_columns, short_name_first, name_before_dash, figure_after_label, goal_reference, goal_key, goals_by_number, is_delmal_code, is_goal_line, is_name, is_period_line,
                       is_number_list, names_a_goal, says_old_numbers, time_only)
from ..model import Cell, Document, Paragraph, Run, Table, cut, is_bullet, style_lead
from ..records import FACT_FIELDS
from ..settings import SETTINGS
from ..text import FACT_MARKS, clean
from ..vocabulary import combined_fields, header_field, is_box_title, is_status, label_field, leading_label, match_label, names_a_section, value_field
from .base import SUM_WORDS, cell_texts, numbering_shape, split_numbering
from .facts import (FIELD_SEPARATOR, SLASHES, bracket_facts, by_line, category_facts, facts_among, facts_line, field_parts,
                    gives_goal, goal_first_facts, one_fact, sentence_fact, sentence_facts, trailing_facts, written_as_names)

@dataclass
class Item:
    kind: str  # "head" | "field" | "text" | "form"
    text: str
    field: str | None = None  # for fields
    label: str | None = None  # the label or numbering as written
    how: str = ""  # fields: alone | separator | run-in | cell | content | position | kicker; heads: style | bold | list | typed
    shape: tuple = ()  # heads: what siblings share (how, level or numbering form, size)
    page: int | None = None
    page_end: int | None = None
    where: str = ""
    form: int | None = None  # the form table an item came from
    form_has_title: bool = False  # "form" items: whether the table names the measure
    paragraphs: list[Paragraph] = dc_field(default_factory=list)
    bold: bool = False
    lead: str | None = None
    marker: bool = False  # a heading that only numbers the measure: "Tiltak 3"
    section: bool = False  # a heading that is a known section of a report, never a measure
    goal: str | None = None  # heads: the delmål the heading gives ("3.2 – Title", "Delmål 1.2 – …")
    own_goal: bool = False  # heads: the title ends with its goal ("… (delmål 2.2)")
    numbered_goal: bool = False  # heads: `goal` is the strategy's tiltak its numbering gives ("7 b)")


def kickers(its: list[Item]) -> set[int]:
    """Lines of facts set in bold, each right over a heading ("DELMÅL 1.1 · RÅD/UTVALG/NETTVERK"
    over a card's name): the heading's facts, not the measure's before it. Only when every such line
    of the document stands over a heading (the last one too): facts under the text end a measure.
    Without such lines, plain facts lines over each heading (`_plain_kickers`), else a labelled field
    set over each heading (`_labelled_kickers`)."""
    goals = {i for i, it in enumerate(its) if it.kind == "field" and it.how == "kicker"}
    if goals:
        return goals  # (delmål in words over each heading: `_goal_kickers`)
    lines = _fact_lines(its, bold=True)
    if not lines:
        return _plain_kickers(its) or _labelled_kickers(its)
    for at in lines.values():
        after = at[-1] + 1
        if after >= len(its) or its[after].kind != "head":
            return set()
    return {i for at in lines.values() for i in at}


def _fact_lines(its: list[Item], bold: bool = False) -> dict[int, list[int]]:
    """The lines of facts (fields known by content or place), each line's items by where they stand."""
    lines: dict[int, list[int]] = {}
    for i, it in enumerate(its):
        if it.kind == "field" and it.how in ("content", "position") and it.paragraphs and (it.bold or not bold):
            lines.setdefault(id(it.paragraphs[0]), []).append(i)
    return lines


def _plain_kickers(its: list[Item]) -> set[int]:
    """Lines of facts in plain type, each right over a heading ("Læring i arbeidslivet › Delmål 2.3 ›
    Kampanje › NHO" over the name): three or more, every one over a heading and none right under one, and
    no heading like those before the first (facts that close each measure come after the first measure's name)."""
    lines = _fact_lines(its)
    under_head = [at for at in lines.values() if at[0] > 0 and its[at[0] - 1].kind == "head"]
    if len(lines) < 3 or 2 * len(under_head) > len(lines) or any(
            at[-1] + 1 >= len(its) or its[at[-1] + 1].kind != "head" for at in lines.values()) or any(
            not _outranks(its[at[0] - 1].shape, its[at[-1] + 1].shape) for at in under_head):
        return set()  # (a line right under a heading is that heading's, whatever follows it, unless that
        # heading is of a higher rank and at most half the lines stand so: an area's "Læring i arbeidslivet"
        # over the first measure's facts, the other measures' facts under their text)
    under = {its[at[-1] + 1].shape for at in lines.values()}
    first = min(min(at) for at in lines.values())
    if any(it.kind == "head" and it.shape in under for it in its[:first]):
        return set()
    return {i for at in lines.values() for i in at}


def _outranks(above: tuple, below: tuple) -> bool:
    """A heading in Word's style of a higher rank than the one below it (Heading 1 over Heading 2)."""
    return len(above) > 1 and len(below) > 1 and above[0] == below[0] == "style" and above[1] < below[1]


def _labelled_kickers(its: list[Item]) -> set[int]:
    """A labelled field set right over each heading ("Strategien, tiltak 4: «…»" over "YS følger opp:
    …"): every field with that label stands right over a heading, three or more, the first of them
    before any other field of the document, and each heading it stands over has fields of its own."""
    by_label: dict[tuple, list[int]] = {}
    for i, it in enumerate(its):
        if it.kind == "field" and it.how == "separator" and it.form is None and it.label and it.field not in ("other", "count"):
            by_label.setdefault((it.field, it.label.split()[0].casefold()), []).append(i)
    fields = {i for i, it in enumerate(its) if it.kind == "field" and it.field not in ("other", "count")}
    for at in by_label.values():
        if len(at) < 3 or at[0] != min(fields) or not all(i + 1 < len(its) and its[i + 1].kind == "head" for i in at):
            continue
        # each heading it stands over has fields of its own before the next such line (not "Delmål: 2.1"
        # closing each measure, the last one before a closing heading)
        ends = [*at[1:], len(its)]
        shapes = {its[i + 1].shape for i in at}
        bare = [j for j in range(at[0] + 1, at[-1] + 2) if its[j].kind == "head" and its[j].shape in shapes and j - 1 not in at]
        if 2 * len(bare) >= len(at) and all(its[i].bold for i in at):
            continue  # (headings like theirs with no such line over them, as many as half, the lines set as headings:
            # a group's, "*Delmål: …*" over a) and b); not one measure of a kicker layout that gives no delmål)
        if all(any(j in fields for j in range(i + 2, end)) for i, end in zip(at, ends)):
            return set(at)
    return set()


def _join_transposed_cut(blocks: list) -> list:
    """A table with a measure per column ("Tiltak | A | B | C", then "Delmål", "Ansvarlig" … down its
    first column) that a page break cut after its name row: the rest, on the next page, joined to it."""
    out: list = []
    for block in blocks:
        prev = out[-1] if out else None
        if (isinstance(prev, Table) and isinstance(block, Table) and prev.n_cols == block.n_cols >= 3
                and prev.page_end is not None and block.page is not None and block.page > prev.page_end):
            first = [_cell_label(c) for r in range(prev.n_rows) for c in prev.row_cells(r) if c.col == 0 and c.row == r]
            rest = [_cell_label(c) for r in range(block.n_rows) for c in block.row_cells(r) if c.col == 0 and c.row == r]
            if first[:1] == ["title"] and rest and all(rest) and "title" not in rest:
                out[-1] = Table(cells=prev.cells + [replace(c, row=c.row + prev.n_rows) for c in block.cells],
                                n_rows=prev.n_rows + block.n_rows, n_cols=prev.n_cols, page=prev.page,
                                page_end=block.page_end, ruled=prev.ruled)
                continue
        out.append(block)
    return out


def items(doc: Document) -> list[Item]:
    out: list[Item] = []
    forms = [0]
    prev = None
    blocks = _answers_by_number(_slide_bullets(_join_transposed_cut(doc.blocks)))
    templates = repeated_forms(blocks)
    in_contents = False
    for bi, block in enumerate(blocks):
        where = f"block {bi + 1}"
        if isinstance(block, Paragraph):
            if _contents(block.text) or _LEADER.search(block.text) and (in_contents or _entries_ahead(blocks, bi) >= 3):
                # the report's table of contents or index (entries a paragraph each, or several in one),
                # and the label or heading over it ("Innhold", "Stikkordregister")
                while out and out[-1].kind in ("field", "head") and not out[-1].text.strip() or \
                        out and out[-1].kind == "field" and label_field(out[-1].label or "") == "section" or \
                        not in_contents and out and out[-1].kind == "head" and _INDEX_HEAD.match(out[-1].text):
                    out.pop()
                in_contents = True
                continue
            in_contents = False
            if goals_by_number(block.text):
                continue  # the delmål of the measures by their numbers: read with the measures (told_elsewhere)
            if isinstance(prev, Table) and _keys_the_codes_over(prev, block.text):
                prev = block
                continue  # "Delmåla: 1.2 regionalt folkevalt nivå …; 1.3 …" under a table headed by those codes
            out.extend(paragraph_items(block, f"paragraph {bi + 1}"))
        else:
            # a form table cut by a page break goes on with what is left of it, maybe one row
            continued = (isinstance(prev, Table) and prev.page_end is not None and block.page is not None
                         and block.page > prev.page_end and prev.n_cols == block.n_cols and out and out[-1].form
                         and not (_name_row(prev) and _name_row(block)))  # a new form, like the one before
            nxt = blocks[bi + 1] if bi + 1 < len(blocks) else None
            goes_on = (isinstance(nxt, Table) and block.page_end is not None and nxt.page is not None
                       and nxt.page > block.page_end and nxt.n_cols == block.n_cols
                       and not (_name_row(block) and _name_row(nxt)))  # (the next card, with a name of its own)
            found = _table_items(block, where, forms, min_labels=1 if continued or goes_on else None,
                                 continued=bool(continued), template=id(block) in templates,
                                 under_name=bool(out) and out[-1].kind == "head" and out[-1].how in ("style", "bold")
                                 and not _DATED.search(out[-1].text))  # (a heading that names the measure)
            if continued and len(found) > 1 and found[0].kind == "form" and found[1].kind == "field" \
                    and not found[1].field and not found[1].label and out[-1].kind == "field":
                # a row cut by the page break: its rest, under an empty label cell, ends the field above
                out[-1].text = "\n".join(x for x in (out[-1].text, found[1].text) if x)
                out[-1].paragraphs = out[-1].paragraphs + found[1].paragraphs
                out[-1].page_end = found[1].page_end
                del found[1]
            if continued and not any(it.kind == "form" for it in found) and out[-1].kind == "field" and not out[-1].text:
                # the page break fell between a label and its answer
                answer = [it for it in found if it.kind == "text"]
                out[-1].text = "\n".join(it.text for it in answer)
                out[-1].paragraphs = [p for it in answer for p in it.paragraphs]
                out[-1].page_end = block.page_end or out[-1].page_end
            else:
                out.extend(found)
            if not found and out and out[-1].kind == "head" and not out[-1].own_goal and _FIGURES_CAPTION.search(out[-1].text) \
                    and is_count_table(block):
                out.pop()  # "Antall tiltak per hovedinnsatsområde" over its counts: the table's caption
        prev = block
    return _goal_kickers(_goal_headings(_strategy_numbered(_italic_names(_answers_over_page_breaks(_join_wrapped_heads(
        _dated_go_on(_template_heads(_named_bullets_over_labels(out)))))))))


_KICKER_PARTS = re.compile(r"\s+[·|•/]\s+|\s*;\s*")


def _goal_kickers(out: list[Item]) -> list[Item]:
    """A short line right over each heading that names delmål in their own short words, parted by "·"
    ("SAMARBEID MELLOM UTDANNING OG ARBEIDSLIV · KARRIEREMULIGHETER I YRKESFAG" over a name): three
    such lines or more, every one over a heading, make the goal of the measure under each (`kickers`)."""
    from ...normalize.goals import goal_by_keywords, match_goal_text
    from ...normalize.reference import load_reference

    ref = load_reference()

    def goal_parts(text: str) -> list[str] | None:
        parts = [x.strip() for x in _KICKER_PARTS.split(text.strip()) if x.strip()]
        named = bool(parts) and len(parts) <= 3 and not _SENTENCES.search(text) and not text.rstrip().endswith(".") \
            and all(len(x.split()) <= 8 and (goal_by_keywords(x, ref) or match_goal_text(
                x, ref, SETTINGS.layouts.goal_heading_similarity)[0]) for x in parts)
        return parts if named else None

    naming = {i: parts for i, it in enumerate(out) if it.kind == "text" and (parts := goal_parts(it.text))}
    over = [i for i in naming if i + 1 < len(out) and out[i + 1].kind == "head" and not out[i + 1].goal]
    if len(over) < 3 or len(over) < len(naming):  # (every such line over a heading)
        return out
    # over every heading shaped as those under them, and none of those measures giving a delmål of its own
    # (a section's name over two measures each with its "Delmål:" is no kicker)
    shapes = {out[i + 1].shape for i in over}
    heads = [j for j, it in enumerate(out) if it.kind == "head" and it.shape in shapes]
    if any(j - 1 not in over for j in heads):
        return out
    for j in heads:
        end = next((k for k in range(j + 1, len(out)) if out[k].kind == "head" and out[k].shape in shapes), len(out))
        if any(out[k].kind == "field" and out[k].field == "goal" for k in range(j + 1, end)):
            return out
    for i in over:
        out[i] = replace(out[i], kind="field", field="goal", how="kicker", label=None, text="; ".join(naming[i]))
    return out


def _goal_headings(out: list[Item]) -> list[Item]:
    """Headings of one shape that name delmål in short words ("Et kompetansebehovsutvalg", "Digital
    kompetanse i hele arbeidsstyrken", "Karriereveiledning"): when three or more say a delmål in its
    own words, and no two the same one, they (and those of the shape that name one by its keywords
    only) are the document's headings of delmål and give their words as the delmål under them."""
    from collections import defaultdict

    from ...normalize.goals import goal_by_keywords, match_goal_text
    from ...normalize.reference import load_reference

    by_shape: dict[tuple, list[int]] = defaultdict(list)
    for k, it in enumerate(out):
        if it.kind == "head" and not it.goal and not it.section and not it.marker and it.how in ("style", "bold"):
            by_shape[it.shape].append(k)
        elif _set_apart_in_italic(out, k):  # ("*Etablere et kompetansebehovsutvalg*" over the measures' names)
            by_shape[("italic line", round(it.paragraphs[0].font_size or 0))].append(k)
    ref = load_reference()
    for shape, at in by_shape.items():
        if len(at) < 3:
            continue
        scored = {k: match_goal_text(out[k].text, ref, SETTINGS.layouts.goal_heading_similarity) for k in at}
        worded = {k: code for k, (code, _) in scored.items()}
        codes = {k: worded[k] or goal_by_keywords(out[k].text, ref) for k in at}
        found = [c for c in codes.values() if c]
        # (by keywords alone, "Kompetansepluss" is as likely a measure's name; two in a delmål's very words will do)
        close = sum(1 for code, score in scored.values() if code and score >= _CLOSE_WORDING)
        if (len({c for c in worded.values() if c}) >= 3 or close >= 2) and len(found) == len(set(found)):
            for k in at:
                if codes[k] and shape[0] == "italic line":
                    out[k] = replace(out[k], kind="head", how="italic", shape=shape, goal=out[k].text)
                elif codes[k]:
                    out[k].goal = out[k].text
    return out


_CLOSE_WORDING = 95  # similarity of a heading to a delmål's wording that is that wording, shortened


def _set_apart_in_italic(out: list[Item], k: int) -> bool:
    """A line of its own wholly in italic, no sentence, between lines that are not (not a delmål's words
    quoted under its code: "Delmål 1.2" over "*«Styrke regionalt folkevalgt nivås …»*")."""
    it = out[k]
    return (it.kind == "text" and _italic(it) and len(it.paragraphs) == 1 and not it.paragraphs[0].bold
            and not it.paragraphs[0].list_label and not it.text.rstrip().endswith((".", ":", "?", "!", "»", '"', "”"))
            and not it.text.lstrip().startswith(("«", '"', "“")) and not (k and out[k - 1].goal)
            and not (k + 1 < len(out) and _italic(out[k + 1])))


def _template_heads(out: list[Item]) -> list[Item]:
    """Headings of a template each measure fills in ("1 Formål", "2 Omfang", "3 Ansvar og roller" under
    every procedure's title): two headings or more, each the same words three times or more, another
    heading between each two, and those others not one name a year apart; or, when one of them asks for
    the name ("II.1.1) Tittel"), any that repeat. Each is a label whose answer is the text under it, of
    the measure named above or by its answer."""
    keys = [" ".join(it.text.casefold().split()) if it.kind == "head" and not it.section and not it.marker else None
            for it in out]
    seen: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        if key:
            seen.setdefault(key, []).append(i)
    repeated = {key for key, at in seen.items() if len(at) >= 3}
    # a template that asks for the name ("II.1.1) Tittel" in each notice): the measure's name is its answer
    named = any(label_field(key) == "title" for key in repeated)
    template, kinds = set(), 0
    for key in repeated:
        at = seen[key]
        # between each two, a heading of other words: the measure's own name
        if named or all(any(keys[j] and keys[j] not in repeated for j in range(a + 1, b)) for a, b in zip(at, at[1:])):
            template.update(at)
            kinds += 1
    between = {re.sub(r"\d+", "#", keys[j]) for j in range(min(template, default=0), len(keys))
               if keys[j] and keys[j] not in repeated}
    if kinds < 2 or len(between) == 1:
        # (one heading over each measure's box of facts, "NKPS-TILTAK – rapporteres …", is a heading; the
        # same measures under each year's heading, "Rapportering 2021", "… 2022", are measures)
        return out
    return [replace(it, kind="field", field=label_field(it.text) or "other", label=it.text, text="", how="alone")
            if i in template else it for i, it in enumerate(out)]


_NUMBER_AND_LETTER = re.compile(r"^\(?(\d{1,2})\s?[a-z]\)$")


def _strategy_numbered(out: list[Item]) -> list[Item]:
    """Measures numbered by the strategy's own tiltak (1–16) and a letter ("1 a)", "7 a)", "7 b)", "11 a)"):
    three numbers or more that jump where an outline's go on one by one, so each names the old tiltak
    its measure follows up."""
    labelled = [(it, int(m.group(1))) for it in out if it.kind == "head" and it.label
                and (m := _NUMBER_AND_LETTER.match(it.label.strip()))]
    numbers = {n for _, n in labelled}
    if len(numbers) < 3 or not numbers <= set(range(1, 17)) or numbers == set(range(min(numbers), max(numbers) + 1)):
        return out  # (an outline: "4 a) 4 b) 4 c)", "2 a) 3 a) 4 a)")
    for it, n in labelled:
        if not it.goal:
            it.goal, it.numbered_goal = f"tiltak nr. {n}", True
    return out


def _italic_name(it: Item) -> bool:
    p = it.paragraphs[0] if len(it.paragraphs) == 1 else None
    text = it.text.strip()
    return (it.kind == "text" and p is not None and bool(p.italic) and not p.bold and not p.list_label
            and len(text.split()) <= SETTINGS.layouts.prose_title_words and not text.startswith(("(", "[", "«", '"'))
            and not text.endswith((".", ":", "?", "!")) and not figure_after_label(text) and is_name(text))


def _italic(it: Item) -> bool:
    return bool(it.paragraphs) and bool(it.paragraphs[0].italic)


def _italic_names(out: list[Item]) -> list[Item]:
    """Names set apart in italic only, the document's way of heading its measures ("*Yrkesfagenes år*"
    over a text and its facts): read as headings when three or more stand so, each before plain text or
    a field, and labelled fields follow most of them."""
    # each set apart: plain text or a field after it, not in italic (a block of italic facts); each a
    # name of its own (the same italic words under every measure are its sub-headings: "Resultater så langt")
    found = [k for k, it in enumerate(out) if _italic_name(it) and k + 1 < len(out) and out[k + 1].kind in ("text", "field")
             and not _italic(out[k + 1])]
    seen = Counter(out[k].text.strip().casefold() for k in found)
    found = [k for k in found if seen[out[k].text.strip().casefold()] == 1]
    heads = set(found)
    if len(found) < 3:
        return out
    ends = [*found[1:], len(out)]
    facts = sum(any(x.kind == "field" and x.field not in ("other", "count", "section") for x in out[k + 1:end])
                for k, end in zip(found, ends))
    if facts < max(3, 0.6 * len(found)):
        return out
    return [replace(it, kind="head", how="italic", shape=("italic", round(it.paragraphs[0].font_size or 0)))
            if k in heads else it for k, it in enumerate(out)]


_OPEN_END = frozenset("etter for og i av med til om på fra mot under ved over hos samt –".split())


_NUMBER_ONLY = re.compile(r"^\s*(?:\d{1,2}|I{1,3}|IV|V)\s*[.)]?\s*$")


def _join_wrapped_heads(out: list[Item]) -> list[Item]:
    """A heading wrapped over two lines, the first leaving a bracket open ("Kompetanseprogrammet –
    frivillighet (tidligere" / "Kompetansepluss frivillighet)"), or ending on a word no title ends
    with before a line in lower case ("Kompetanseheving for karriereveiledere etter" /
    "kvalitetsrammeverket"), or, in one shape, either ("Sekretariat for" / "Kompetansebehovsutvalget",
    "Forvaltning av treparts" / "bransjeprogrammer"), or before a number alone ("… – fase" / "2"): one
    heading."""
    joined: list[Item] = []
    for it in out:
        prev = joined[-1] if joined else None
        if prev is None or prev.kind != "head" or it.kind != "head" or it.label or prev.page != it.page:
            joined.append(it)
            continue
        bracket = prev.shape == it.shape and prev.text.count("(") > prev.text.count(")") and \
            it.text.count(")") > it.text.count("(")
        open_end = prev.text.split()[-1:] != [] and prev.text.split()[-1].lower() in _OPEN_END
        # (of one shape, a line that goes on in lower case or after a word no title ends with)
        first = it.text.split()[0] if it.text.split() else ""
        unfinished = (it.text[:1].islower() and open_end  # ("eKompetanse …" is a name of its own)
                      or prev.shape == it.shape and (first.islower() and first.isalpha() or open_end
                                                     or _NUMBER_ONLY.match(it.text)))  # "… – fase" / "2"
        if bracket or unfinished:
            prev.text = f"{prev.text} {it.text}"
            prev.paragraphs = prev.paragraphs + it.paragraphs
            prev.page_end = it.page_end or it.page or prev.page_end
            continue
        joined.append(it)
    return joined


_LEADER = re.compile(r"(?:\.\s?|…\s?){4,}\s*(?:[A-ZÆØ]{1,3}-?)?\d{1,3}\b")  # (a page, or an entry's ID: "A3")


_INDEX_HEAD = re.compile(r"^\s*(?:innhold\w*|stikkord\w*|register|indeks|index|contents|emneregister|oversikt)\s*:?\s*$", re.I)


def _entries_ahead(blocks: list, k: int) -> int:
    """How many paragraphs from `k` on end in dot leaders and a page or an ID, one after another."""
    n = 0
    while k + n < len(blocks) and isinstance(blocks[k + n], Paragraph) and _LEADER.search(blocks[k + n].text):
        n += 1
    return n


def _contents(text: str) -> bool:
    """A table of contents: entries that end in dot leaders and a page number
    ("2.1 Kompetansebarometeret.......... 2"), most of the paragraph."""
    leaders = _LEADER.findall(text)
    return len(leaders) >= 3 or bool(leaders) and sum(len(x) for x in leaders) * 4 >= len(text)


def _answers_over_page_breaks(out: list[Item]) -> list[Item]:
    """A form's last label whose answer the page break pushed out of the table, to the top of the
    next page as a paragraph: the paragraph is the answer."""
    for i in range(len(out) - 1):
        it, nxt = out[i], out[i + 1]
        if (it.kind == "field" and it.form is not None and not it.text and nxt.kind == "text"
                and it.page is not None and nxt.page is not None and nxt.page > it.page):
            it.text, it.paragraphs, it.page_end = nxt.text, nxt.paragraphs, nxt.page
            nxt.kind, nxt.text = "skip", ""
    return [it for it in out if it.kind != "skip"]


def _slide_bullets(blocks: list) -> list:
    """A presentation sent to Word as an outline: each slide's bullets in a heading's style. A run of
    bulleted headings of which one is a fact, a label's line or a sentence is a slide's text, not headings."""
    out, k = list(blocks), 0
    while k < len(out):
        run = k
        while run < len(out) and isinstance(out[run], Paragraph) and out[run].heading_level and is_bullet(out[run].list_label):
            run += 1
        if any(one_fact(b.text) or _sentence(b.text) or (m := match_label(b.text)) and m.how == "separator" for b in out[k:run]):
            out[k:run] = [replace(b, heading_level=None) for b in out[k:run]]
        k = max(run, k + 1)
    return out


_NUMBER_MARK = re.compile(r"(?:^|\s)\((\d)\)\s+")


def _marked_parts(text: str) -> list[tuple[int, str]]:
    """"(1) … (2) …": each numbered part of a paragraph, or none when it does not open with one."""
    marks = list(_NUMBER_MARK.finditer(text))
    if not marks or marks[0].start() != 0:
        return []
    ends = [m.start() for m in marks[1:]] + [len(text)]
    return [(int(m.group(1)), text[m.end():end].strip()) for m, end in zip(marks, ends)]


def _answers_by_number(blocks: list) -> list:
    """Questions asked once, numbered ("(1) Hvilket tiltak … gjelder det? (2) Hvem er ansvarlig …?"), and
    under each measure the answers marked by the same numbers ("(2) Spekter; samarbeid med Fafo"): each
    answer read under its question, as a label (the questions themselves are no measure). A question
    tiltak knows no label for leaves its answer to be read by what it says."""
    questions: dict[int, str] = {}
    start = 0
    for k, b in enumerate(blocks):
        parts = _marked_parts(b.text.strip()) if isinstance(b, Paragraph) else []
        if parts and all(q.endswith("?") for _, q in parts) and [n for n, _ in parts] == \
                list(range(len(questions) + 1, len(questions) + 1 + len(parts))):
            start = k if not questions else start
            questions.update(parts)
        elif len(questions) >= 3:
            break
        else:
            questions = {}
    if len(questions) < 3:
        return blocks
    out = list(blocks[:start])
    for b in blocks[start:]:
        parts = _marked_parts(b.text.strip()) if isinstance(b, Paragraph) else []
        if parts and all(q.endswith("?") for _, q in parts) and all(questions.get(n) == q for n, q in parts):
            continue  # the questions themselves
        if len(parts) == 1 and parts[0][0] in questions and parts[0][1]:
            n, answer = parts[0]
            field = label_field(questions[n])
            text = f"{questions[n]}: {answer}" if field not in (None, "other", "section") else answer
            b = replace(b, text=text, runs=[], lead=None, list_label=None)
        out.append(b)
    return out


def _sentence(text: str) -> bool:
    return len(text.split()) >= 6 and text.rstrip().endswith((".", "!", "?"))


def paragraph_items(p: Paragraph, where: str) -> list[Item]:
    """The paragraph's item, or one per field where a line strings several together
    ("Ansvar: KD | Samarbeid: KMD | Type: Prosjekt | 2019–2021", "Ansvarlig: VOFO. Periode: 2020.",
    "1.2 · Prosjekt · 2021"); then, for a heading, the delmål a footnote on it opens with ("¹ Delmål 2.2: Styrke …")."""
    out = _paragraph_items(_without_intro_label(p), where)
    if out and out[0].kind == "head":  # on a measure's name only; a note elsewhere is not its delmål
        for note in p.notes:
            ref = goal_reference(note, bare=False)
            if ref and (note.strip().startswith(ref) or is_goal_line(note, bare=False) and not _SEE.match(note)):
                # "Delmål 2.2: Styrke …", "Gjelder delmål 2.3"; not "Se også delmål 2.2"
                out.append(Item("field", note, field="goal", label="note", how="content", **_facts_of(p, where)))
    elif out:  # a note on a measure's text or facts names who it is done with: "¹ I samarbeid med NSF og KS"
        for note in p.notes:
            m = _PARTNERS_NOTE.match(note)
            if m:
                out.append(Item("field", m["who"].strip(), field="partners", label="note", how="content",
                                **_facts_of(p, where)))
    return out


_SEE = re.compile(r"\s*(?:se|sjå|jf|jamfør|sammenlign)\b", re.I)
_PARTNERS_NOTE = re.compile(r"\s*(?:i\s+samarbeid\s+med|sammen\s+med|saman\s+med)\s+(?P<who>[^.;]{2,150}?)\.?\s*$", re.I)


def _without_intro_label(p: Paragraph) -> Paragraph:
    """A line that opens with a label of no fact right before a fact's label ("Kort fortalt: Delmål: 2.2.
    Type: FoU. …"): the line from the fact's label on (the first leads into the facts)."""
    outer = match_label(p.text) if ":" in p.text else None
    if outer is None or outer.how != "separator" or outer.field in (*FACT_FIELDS, "title") or not outer.value \
            or not p.text.rstrip().endswith(outer.value.rstrip()):
        return p
    inner = match_label(outer.value)
    if inner is None or inner.how != "separator" or inner.field not in FACT_FIELDS or not inner.value \
            or inner.loose or len(inner.label.split()) > 3 or not inner.label.strip()[:1].isalpha():
        return p  # (not "Mål: 2.5 Eier: Virke": the goal is the answer, "Eier" the next label)
    q = replace(p, runs=[replace(r) for r in p.runs], lines=[])
    cut(q, 0, len(p.text) - len(outer.value.lstrip()) - (len(p.text) - len(p.text.rstrip())))
    q.lead = style_lead(q.runs) if q.runs else None
    return q


_BRACKETED_GOAL = re.compile(r"\s*\(([^()]{3,80})\)\s*[.,;:]?\s*")


# a reference list's entry opens with who made it and when: "Akademikerne/Econa (2019). *Yngre eldre …*"
_CITED = re.compile(r"^\s*(?P<who>[^\s().\[\]][^().\[\]]{1,60}?)\s*\((?P<when>[^()]{4,24})\)\.?\s+")
_BRACKETED_FACTS = re.compile(r"^\[([^\[\]]+)\]\.?$")


def _name_head(name: str, p: Paragraph, where: str, size: float | None) -> list[Item]:
    """A measure's name found inside paragraph `p`, as the heading it stands for (set in bold)."""
    return _paragraph_items(Paragraph(text=name, page=p.page, page_end=p.page_end, bold=True, font_size=size,
                                      runs=[Run(name, bold=True)]), where)


def _cited(p: Paragraph, where: str) -> list[Item] | None:
    """An entry of a reference list of measures: who made it (when), its name in italic, then what else
    it says ("Utført av Ny Analyse.", "[Delmål 2.2 · FoU]"), its delmål among it: the name as a heading,
    who as responsible, when as its period, and the rest as its fields."""
    found = _CITED.match(p.text) if not (p.heading_level or p.list_label or p.italic) else None
    runs = [r for r in p.runs if r.text.strip()]
    italic = [k for k, r in enumerate(runs) if r.italic]
    if not found or not italic or italic != list(range(italic[0], italic[-1] + 1)) or not is_period_line(found["when"]):
        return None
    name = clean(" ".join(runs[k].text for k in italic)).rstrip(" .")
    if len(name.split()) < 2 or not p.text[found.end():].startswith(name):
        return None
    head = _name_head(name, p, where, size=None)
    at = _facts_of(p, where)
    out = head + [Item("field", found["who"].strip(), field="responsible", how="position", **at),
                  Item("field", found["when"].strip(), field="period", how="content", **at)]
    for sentence in re.split(r"(?<=[.\]])\s+", p.text[found.end() + len(name):].lstrip(" .")):
        inside = _BRACKETED_FACTS.match(sentence.strip())
        facts = (facts_line(inside.group(1)) or ([("goal", inside.group(1))] if is_goal_line(inside.group(1)) else None)
                 if inside else None)
        if facts:
            out += [Item("field", value, field=f, how="content", **at) for f, value in facts]
        elif sentence.strip():
            out += _paragraph_items(Paragraph(text=sentence.strip(), page=p.page, page_end=p.page_end), where)
    # (a reference list of sources names no delmål: "Kunnskapsdepartementet (2017). *Strategien*. Oslo.")
    return out if any(it.field == "goal" for it in out) else None


# «Name» [facts] in a sentence: "VOFO har gjennomført tiltaket «Kompetansepluss frivillighet» [3.2; informasjon;
# VOFO, med studieforbundene; 2020] for å …"
_QUOTED_THEN_FACTS = re.compile(r"«(?P<name>[^«»]{3,150})»\s*[\[(](?P<facts>[^\[\]()]{3,200})[\])]")


def _quoted_in_prose(p: Paragraph, where: str) -> list[Item] | None:
    """Running text that names its measures in quotes, each with its facts in a bracket right after it,
    its delmål among them: a measure per name, its facts, and the paragraph's text up to the next name
    (the brackets taken out) as its description."""
    if p.heading_level or p.list_label:
        return None
    found = [(m, facts) for m in _QUOTED_THEN_FACTS.finditer(p.text)
             if (facts := facts_line(m["facts"])) and any(f == "goal" for f, _ in facts)]
    if not found:
        return None
    at = _facts_of(p, where)
    out: list[Item] = []
    for k, (m, facts) in enumerate(found):
        out += _name_head(m["name"].strip(), p, where, size=None)
        out += [Item("field", value, field=f, how="position" if f in ("responsible", "partners") else "content", **at)
                for f, value in facts]  # (who, known by its place among the facts, as in any line of facts)
        end = found[k + 1][0].start() if k + 1 < len(found) else len(p.text)
        start = 0 if k == 0 else found[k - 1][0].end()
        text = p.text[start:m.start()] + "«" + m["name"] + "»" + p.text[m.end():end]
        out.append(Item("field", " ".join(text.split()), field="description", how="content", **at))
    return out


def _named_in_prose(p: Paragraph, where: str) -> list[Item] | None:
    """"… har vi arbeidet med **Kompetansepluss frivillighet** (delmål 3.2). Ordningen …": a name set in
    bold inside running text, its delmål in brackets right after it: the measure's name, its delmål and
    the text after them."""
    if p.bold or p.heading_level or p.list_label or not p.runs or p.runs[0].bold:
        return None
    for run in p.runs[1:]:
        name = run.text.strip()
        if not run.bold or len(name.split()) < 2 or not name[:1].isupper():
            continue  # a name: "særlig viktig" is emphasis
        at = p.text.find(name)
        bracket = _BRACKETED_GOAL.match(p.text, at + len(name)) if at > 0 else None
        ref = goal_reference(bracket.group(1), bare=False) if bracket else None
        if not ref or not (bracket.group(1).strip().startswith(ref) or p.text[:at].rstrip().endswith(":")):
            continue  # "(delmål 3.2)", or after a label "Vedtakspunkt 12.1:"; not "(jf. delmål 1.3)" in a sentence
        head = _name_head(name, p, where, size=p.font_size)
        rest = p.text[bracket.end():].strip()
        return head + [Item("field", bracket.group(1), field="goal", how="content", **_facts_of(p, where))] + \
            (_paragraph_items(Paragraph(text=rest, page=p.page, page_end=p.page_end), where) if rest else [])
    return None


def _paragraph_items(p: Paragraph, where: str) -> list[Item]:
    lead = (p.lead or "").strip()
    runs = [r for r in p.runs if r.text.strip()]
    if lead and runs and runs[0].bold and _GOAL_PREFIX.match(lead) and len(p.text.strip()) > len(lead) \
            and p.text.strip().startswith(lead) and not p.list_label:
        # "**1.3 og 2.3 – Karriereveiledning for tillitsvalgte.** Kurset er videreført … Ansvarlig: LO.":
        # the delmål and the name in bold as a heading, then the text and its fields
        name = Paragraph(text=lead.rstrip(" ."), page=p.page, page_end=p.page_end, bold=True,
                         runs=[replace(runs[0], text=lead.rstrip(" ."))])
        rest = Paragraph(text=p.text.strip()[len(lead):].strip(), page=p.page, page_end=p.page_end)
        return _paragraph_items(name, where) + _paragraph_items(rest, where)
    named = (_name_then_facts(p, where) or _name_dash_facts(p, where)) if not p.heading_level else None
    if named:
        return named
    if lead and runs and runs[0].bold and not p.bold and ":" not in lead and p.text.strip().startswith(lead) \
            and len(lead.split()) >= 2 and label_field(lead) is None:
        rest = p.text.strip()[len(lead):].strip()
        told = match_label(rest) if rest[:1].isalpha() else None
        if told is not None and told.how == "separator" and told.field in FACT_FIELDS and told.value \
                and rest.casefold().startswith(told.label.casefold()):
            # "• **Deltakelse i SRY** Ansvarlig: Spekter. Samarbeid: partene.": the name, then its facts
            name = Paragraph(text=lead, page=p.page, page_end=p.page_end, bold=True, list_label=p.list_label,
                             runs=[replace(runs[0], text=lead)], lead=lead)
            return _name_head(lead, name, where, size=p.font_size) + _paragraph_items(
                Paragraph(text=rest, page=p.page, page_end=p.page_end), where)
    stopped = _fact_at_tab_stop(p)
    if stopped:  # "**Forsøk med fagbrev på jobb** ........ 2016–2017": a name, then a fact at its tab stop
        name, (field, value) = stopped
        return _name_head(name, p, where, size=p.font_size) + [Item("field", value, field=field, how="content",
                                                                     **_facts_of(p, where))]
    asked = _asked_about(p)
    if asked is not None:  # "Hva er «Fagbrev på jobb»?": a heading asks about the name it quotes
        return _paragraph_items(asked, where)
    dated = _dated_name(p)
    if dated:  # "2017–2019 **Deltakelse i europeisk prosjekt …**": a timeline's or a CV's date, then the name
        name, when = dated
        return _paragraph_items(name, where) + [Item("field", when, field="period", how="dated", **_facts_of(p, where))]
    made = by_line(p.text) if p.italic and not (p.bold or p.heading_level or p.list_label) else None
    if made:  # "*Unio i samarbeid med Proba samfunnsanalyse*" under a name: who made it, with whom (set in
        # italics; a plain line of those words may be a name: "Lærlingkampanje i samarbeid med Virke")
        return [Item("field", value, field=name, how="sentence", **_facts_of(p, where)) for name, value in made]
    plain = not (p.bold or p.heading_level or p.list_label) and not chapter_goal(p.text)  # (a chapter's, no measure's)
    facts = sentence_facts(p.text) if plain else None
    if facts:  # "KD har ansvaret og samarbeider med ASD. Tidsrom: 2023–2027.": facts written as sentences
        return [Item("field", value, field=name, how="sentence", **_facts_of(p, where)) for name, value in facts]
    fact = sentence_fact(p.text) if plain else None
    if fact:  # "LO har ansvaret.": a fact written as a sentence
        return [Item("field", fact[1], field=fact[0], how="sentence", **_facts_of(p, where))]
    if not p.list_label and split_numbering(p.text)[0] and (bf := bracket_facts(p.text)) and len(bf[1]) >= 2 \
            and gives_goal(bf[1]):
        item = paragraph_item(p, where)  # "34.1 *Name.* Text (delmål 1.1; råd; ansvar: KD; 2017–)": a numbered item
        return [item] if item is not None else []
    named = _named_in_prose(p, where) or _cited(p, where) or _quoted_in_prose(p, where)
    if named:
        return named
    if p.list_label and is_delmal_code(p.list_label) and not p.heading_level and value_field(p.text) == "type":
        # tags set after a name, "[2.2] [Kurs/utdanning]": a delmål code read as a list number, then a type
        return [Item("field", p.list_label.rstrip("."), field="goal", how="content", **_facts_of(p, where)),
                Item("field", p.text.strip(), field="type", how="content", **_facts_of(p, where))]
    at_labels = _at_bold_labels(p)
    if at_labels:  # "**Ansvarlig:** Spekter **Samarbeid:** – **Tid:** 2017": a field at each bold label
        pieces = [Paragraph(text=x, page=p.page, page_end=p.page_end, list_label=None if k else p.list_label)
                  for k, x in enumerate(at_labels)]
        return [it for it in (paragraph_item(x, where) for x in pieces) if it is not None]
    text_after = _TEXT_AFTER_FACTS.search(p.text) if not p.heading_level else None
    tail = p.text[text_after.end():].strip() if text_after else ""
    if tail and (len(tail.split()) >= 8 or len(tail.split()) >= 4 and tail.endswith((".", "…"))) \
            and facts_line(p.text[:text_after.start()]):
        # "Delmål 1.3 · Råd/utvalg/nettverk · Ansvarlig: KS · Løpende — KS er medlem i …": a search hit's
        # facts, then its text
        head = replace(p, text=p.text[:text_after.start()].strip(), runs=[], lead=None)
        rest = replace(p, text=p.text[text_after.end():].strip(), runs=[], lead=None)
        return _paragraph_items(head, where) + _paragraph_items(rest, where)
    label = match_label(p.text.strip(), p.lead) if not p.heading_level else None
    if label is not None and label.how == "separator" and label.field in ("description", "other", "section") \
            and (led := facts_line(label.value)) and len(led) >= 2 and gives_goal(led):
        # "Kort fortalt: delmål 3.2 · kurs · ansvarlig: X · 2020–2021": a lead-in's label over a line of facts
        return _paragraph_items(replace(p, text=label.value, runs=[], lead=None), where)
    # (not a bold heading of delmål and words: "Delmål 2.1 og 2.2 – Læring i arbeidslivet", see _head_shape)
    facts = facts_line(p.text) if not p.heading_level and not (p.bold and _GOAL_PREFIX.match(p.text.strip())) else None
    if facts:  # who does it is known by its place in the line, the rest by content or their own label
        out = []
        for name, value in facts:
            how = "position" if name in ("responsible", "partners") else "content"  # (the field ends with its line)
            out.append(Item("field", value, field=name, label=_label_before(p.text, name, value), how=how,
                            **_facts_of(p, where)))
        return out
    note = _IN_BRACKETS.match(p.text) if not (p.heading_level or p.list_label) else None
    if note:  # a speaker's or an editor's note in square brackets: a cue ("[LYSARK 3]"), or fields to read
        inside = _LEAD_IN.sub("", note.group(1).strip())
        if _CUE.match(inside):
            return []
        if inside != note.group(1).strip() or match_label(inside) or facts_line(inside):
            return _paragraph_items(replace(p, text=inside, runs=[], lead=None), where)
    tags = category_facts(label.value) if label is not None and label.field in ("type", "goal", "other") else None
    if tags:  # "Kategorier: NKPS; Delmål 2.2; Arrangement": the delmål and the type among a label's categories
        return [Item("field", value, field=name, label=label.label, how="content", **_facts_of(p, where))
                for name, value in tags]
    if p.list_label and bracket_facts(p.text):  # "• Name – text (delmål 1.2; ansvarleg: X; 2026)": one item
        item = paragraph_item(p, where)
        return [item] if item is not None else []
    parts = field_parts(p.text)
    labelled = sum(1 for x in parts if (m := match_label(x)) and m.how == "separator")
    if len(parts) >= 2 and (labelled >= 2 or labelled == 1 and is_goal_line(parts[0], bare=False)):
        pieces = [Paragraph(text=_sentence_stop_off(x), page=p.page, page_end=p.page_end, italic=p.italic,
                            list_label=None if k else p.list_label, lead=None if k else p.lead, runs=[] if k else p.runs)
                  for k, x in enumerate(parts)]  # (a bullet's first part is the bullet's: its label, its bold lead)
        found = [it for it in (_part_item(x, where) for x in pieces) if it is not None]
        # a label with no answer whose field a later part gives ("[NKPS-tiltak · delmål 1.4 · …]"): a tag
        return [it for k, it in enumerate(found) if not (it.kind == "field" and not it.text and any(
            later.kind == "field" and later.field == it.field and later.text for later in found[k + 1:]))]
    led = goal_first_facts(p.text) if not p.heading_level else None
    if led:  # "**Delmål 1.4 og 3.3 · Plan**" under a slide's name: its facts, a type of its own left
        return [Item("field", value, field=name, how="content", **_facts_of(p, where)) for name, value in led]
    item = paragraph_item(p, where)
    return [item] if item is not None else []


def _part_item(p: Paragraph, where: str) -> Item | None:
    """One part of a line of labelled fields: a field by its label, or by its content when it has none
    ("Tiltak: X | Delmål 2.2 | FoU | Ansvar: KD | 2023–2025")."""
    fact = one_fact(p.text) if not match_label(p.text) else None
    if fact:
        return Item("field", fact[1], field=fact[0], how="content", **_facts_of(p, where))
    return paragraph_item(p, where)


_YEARS_SPAN = re.compile(r"(?:19|20)\d\d\s*[–-]")  # "2016–2017", "2018–"
_IN_BRACKETS = re.compile(r"^\s*\[([^\[\]]+)\]\s*$")
# a stage direction: a word in capitals or a cue's word, and its number ("LYSARK 3", "PAUSE", "Bilde 2")
_CUE = re.compile(r"^(?:(?-i:[A-ZÆØÅ]{3,})|lysark|slide|bilde|foto|video|film|pause)(?:\s+\d{1,3})?$", re.I)
# who a note is for, before its label ("Til taleren – Tiltak: …", "Note to speaker: Tiltak: …")
_LEAD_IN = re.compile(r"^(?:til\s+\w+|for\s+\w+|note\s+to\s+\w+|merk|obs)\s*[–—:-]\s*(?=[^\W\d_][\w ]{0,30}:)", re.I)


def _fact_at_tab_stop(p: Paragraph) -> tuple[str, tuple[str, str]] | None:
    """A name in bold (its paragraph's lead), then at a tab stop, or after dot leaders, one fact known
    by its content (a span of years, a delmål, a type): (the name, (field, value)); None for any other line."""
    if len(p.tabs) != 2 or p.list_label or not (p.bold or p.heading_level or p.runs and p.runs[0].bold):
        return None
    name, fact = (" ".join(x.split()) for x in p.tabs)
    found = one_fact(fact) if len(fact.split()) <= 6 else None
    if not found or one_fact(name) or label_field(name.rstrip(" :")) is not None:
        return None  # ("Delmål\tDM 2.2", "Tidsrom\t2021": a label and its answer)
    if found[0] == "period" and not _YEARS_SPAN.search(fact):
        return None  # a status ("Navn\tAVSLUTTET"), a cover's year or a letter's date ("Årsrapport\t2022")
    return name, found


_QUESTION = re.compile(r"^(?:hva|hvordan|hvorfor|hvem|hvilke|hvilken|når|kva|korleis|kvifor|kven|kva\s+for)\b.*\?$", re.I | re.S)
_CLOSING = {"«": "»", "“": "”", "„": "“”", '"': '"'}
_WHAT_IT_MEANS = re.compile(r"\b(?:menes|meinast|betyr|tyder|står\s+for|forskjellen|skilnaden)\b", re.I)  # a term asked about


def _asked_about(p: Paragraph) -> Paragraph | None:
    """A heading that is a question about one quoted name ("Hva har skjedd med «RSA – styrket
    LO-deltakelse»?", 'Hva er “Samarbeid om «Lære hele livet»”?'): that name, as the heading."""
    text = " ".join(p.text.split())
    if not (p.heading_level or p.bold) or not _QUESTION.match(text) or _WHAT_IT_MEANS.search(text):
        return None
    start = next((i for i, ch in enumerate(text) if ch in _CLOSING), None)
    if start is None:
        return None
    end = max(text.rfind(ch) for ch in _CLOSING[text[start]])
    name = text[start + 1:end].strip() if end > start else ""
    if len(name) < 3 or not name[:1].isupper() and not name[:1].isdigit() or text[end + 1:].strip() != "?" \
            or text[start] in name or any(ch in name for ch in _CLOSING[text[start]]):
        return None  # one quoted name, the question's end: not "forskjellen på «A» og «B»?"
    return replace(p, text=name, runs=[Run(name, bold=p.bold or any(r.bold for r in p.runs))])


_ABBREVIATED = re.compile(r"(?:\b\w{1,3}\.){2,}$|\b(?:osv|mfl|bl\.a|ca|nr|jf)\.$", re.I)  # "m.fl.", "osv."


def _sentence_stop_off(part: str) -> str:
    """A label's short answer without the full stop of the sentence it was written in ("Ansvarlig:
    Tekna." → "Ansvarlig: Tekna"); an abbreviation's stop, and a sentence's, stay."""
    label, colon, answer = part.partition(":")
    if colon and part.endswith(".") and not part.endswith("..") and len(answer.split()) <= 6 \
            and not _ABBREVIATED.search(answer.strip()):
        return part[:-1]
    return part


_FIRST_MARK = re.compile(rf"\s+[{FACT_MARKS}]\s+")
_LABELLED_WORD = re.compile(r"^[^\W\d_][\w-]*(?:\s+[\w-]+){0,2}:\s+\S+(?:\s+\S+){0,2}$")  # "Stad: Molde", "Status per desember: Gjennomført"
_SIGNIFIER = re.compile(r"^[^\w\s«\"“„'(\[]\s+")  # a log's "○ ", "> " before an entry


def _name_then_facts(p: Paragraph, where: str) -> list[Item] | None:
    """A line that opens with a measure's name, then its facts after a mark ("**Unio-konferansen
    2023** // delmål 2.2 // arrangement // Unio // 9. mars 2023"): the name as a heading, and the facts.
    The name in bold, or facts that give the delmål and two more."""
    text = SLASHES.sub(" · ", " ".join(p.text.split()))
    cut = _FIRST_MARK.search(text)
    if not cut:
        return None
    name, rest = _SIGNIFIER.sub("", text[:cut.start()]).strip(), text[cut.end():]
    facts = facts_line(rest) or facts_among(rest)
    if not facts or len(facts) < 2 or len(name.split()) < 2 or facts_line(text[:cut.start()]) or value_field(name) \
            or is_goal_line(name) or time_only(name) or _LABELLED_WORD.match(name) or written_as_names(name):
        return None  # (a line of facts only: "1.2 · Prosjekt · 2021", "Stad: Molde · Delmål 1.2 · …")
    runs = [r for r in p.runs if r.text.strip()]
    bold = bool(runs) and runs[0].bold and not p.bold and SLASHES.sub(" · ", runs[0].text).strip().startswith(
        text[:cut.start()].strip())
    if not bold and not (len(facts) >= 3 and gives_goal(facts) and facts_line(rest)):
        return None
    at = _facts_of(p, where)
    return _name_head(name, p, where, size=p.font_size) + [
        Item("field", value, field=f, how="position" if f in ("responsible", "partners") else "content", **at)
        for f, value in facts]


_DASHES = re.compile(r"\s+[–—]\s+")
_GOAL_CLOSING = re.compile(r"\s*\((?P<goal>[^()]{1,40})\)\s*$")  # "Samfunnskontrakten (2.3)"
_STATUS_LEAD = re.compile(r"^(?P<status>[^\W\d_][\w ]{2,30}?):\s+(?P<note>\S.*)$")
_ONE_WORD = re.compile(r"^[^\W\d_][\w/-]{2,30}$")


def _name_dash_facts(p: Paragraph, where: str) -> list[Item] | None:
    """A measure told in one line, its name and facts set apart by dashes, the delmål the first fact
    ("Kompetansebehovsutvalget (KBU) – delmål 1.1 – Råd/utvalg – KD – Videreført: Første rapport …")
    or in a bracket closing the name ("Samfunnskontrakten for flere læreplasser (2.3) – råd/utvalg – LO
    følger opp …"): the name as a heading, then the facts (a type among them: a known one, or a word of
    the writer's own right after the delmål with who runs it after it) and a closing sentence as its text."""
    text = " ".join(p.text.split())
    parts = _DASHES.split(text)
    if p.heading_level or len(parts) < 3:
        return None
    at = next((k for k in range(1, len(parts)) if _only_goal(parts[k])), None)
    if at is not None:
        name, goal, rest = " – ".join(parts[:at]), parts[at], parts[at + 1:]
    else:
        closing = _GOAL_CLOSING.search(parts[0])
        if not closing or not _only_goal(closing["goal"]):
            return None
        name, goal, rest = parts[0][:closing.start()], closing["goal"], parts[1:]
    if len(name.split()) > 12 or _SENTENCES.search(name) or is_goal_line(name) or value_field(name):
        return None
    facts, note = [("goal", goal)], None
    for k, part in enumerate(rest):
        fact = one_fact(part)
        given = {f for f, _ in facts}
        own_type = k == 0 and _ONE_WORD.match(part) and not any(ch.isupper() for ch in part[1:]) \
            and (k + 1 < len(rest) and written_as_names(rest[k + 1])  # ("frist – Unio sendte …": no type)
                 or len(rest) == 1 and part.islower() and not is_status(part))  # ("… — delmål 1.2 og 1.4 — plan")
        if fact and fact[0] not in given:
            facts.append(fact)
        elif own_type and "type" not in given:
            facts.append(("type", part))  # "Oppgaveoverføring – KMD": its type in the writer's word
        elif written_as_names(part) and "responsible" not in given:
            facts.append(("responsible", part))
        elif k == len(rest) - 1 and len(part.split()) >= 4:
            status = _STATUS_LEAD.match(part)
            note = status["note"] if status and is_status(status["status"]) else part
        else:
            return None
    if "type" not in {f for f, _ in facts}:
        return None  # ("Samling for … (1.3) – 12. mars – Bergen – referat sendt …": a log's line, no measure)
    base = _facts_of(p, where)
    return _name_head(name, p, where, size=p.font_size) + [
        Item("field", value, field=f, how="position" if f == "responsible" else "content", **base)
        for f, value in facts] + ([Item("field", note, field="description", how="content", **base)] if note else [])


def _only_goal(text: str) -> bool:
    """A text that is a goal reference and nothing more: "delmål 1.1", "2.3", "1.4 og 2.3"."""
    return goal_reference(text.strip(), bare=True) == text.strip()


def _label_before(text: str, name: str, value: str) -> str | None:
    """The label of a field in a line of facts ("Delmål: 2.1 – Type: Kurs"), when it names that field."""
    m = re.search(rf"([^\W\d_][^:|·•›–—]{{0,30}}?)\s*:\s*{re.escape(value)}", text)
    return m.group(1).strip() if m and label_field(m.group(1).strip(), colon=True) == name else None


def _dated_name(p: Paragraph) -> tuple[Paragraph, str] | None:
    """A bold name after a time set apart before it ("2017–2019  Deltakelse i …", "Løpende  Kompetanse…"):
    the name as a paragraph of its own, and the time."""
    lead = (p.lead or "").strip()
    text = p.text.strip()
    if not lead or not p.bold or p.list_label or p.heading_level or not text.startswith(lead):
        return None
    when, rest = lead.rstrip(",;–— "), text[len(lead):].strip()
    if when.endswith(":") or label_field(when, colon=True) or not is_period_line(when) or len(rest.split()) < 2 \
            or is_period_line(rest) or facts_line(rest):
        return None  # (a label's: "Tidsrom: 2021", "Relasjon til delmål: 2.3")
    return replace(p, text=rest, lead=None, runs=[Run(text=rest, bold=True)], lines=[]), when


def _dated_go_on(out: list[Item]) -> list[Item]:
    """A time set before a name that wraps in its narrow column ("2013–2016," over "videreført i drift",
    "Vårsemesteret" over "2019") goes on in the short line under the name."""
    keep: list[Item] = []
    skip = False
    for k, it in enumerate(out):
        if skip:
            skip = False
            continue
        if it.kind == "field" and it.how == "dated":
            nxt = out[k + 1] if k + 1 < len(out) else None
            if nxt is not None and nxt.kind in ("head", "text") and len(nxt.text.split()) <= 4 and (
                    is_period_line(nxt.text) or nxt.text[:1].islower()):
                it = replace(it, text=f"{it.text}{',' if nxt.text[:1].islower() else ''} {nxt.text.strip()}")
                skip = True
            it = replace(it, how="content")
        keep.append(it)
    return keep


def _at_bold_labels(p: Paragraph) -> list[str]:
    """The line cut before each label set in bold within it ("**Ansvarlig:** Spekter **Samarbeid:**
    Kompetanse Norge **Tid:** 13. september 2017"), when it opens with one; else nothing."""
    runs = [r for r in p.runs if r.text.strip()]
    starts = [k for k, r in enumerate(runs) if r.bold and r.text.rstrip().endswith(":")
              and label_field(split_numbering(r.text.strip())[1]) is not None]
    if len(starts) < 2 or starts[0] != 0:
        return []
    cuts, at = [], 0
    for k in starts:  # where each label stands in the paragraph's text (runs may part a word)
        at = p.text.find(runs[k].text.strip(), at)
        if at < 0:
            return []
        cuts.append(at)
        at += len(runs[k].text.strip())
    # (the marks between the fields are no part of them: "**Partnere:** LO | **Periode:** 2020")
    return [p.text[a:b].strip().rstrip(f" {FACT_MARKS};,").strip() for a, b in zip(cuts, [*cuts[1:], len(p.text)])]


def _facts_of(p: Paragraph, where: str) -> dict:
    """What an item keeps of the paragraph it was read from."""
    return dict(page=p.page, page_end=p.page_end or p.page, where=where, paragraphs=[p], bold=bool(p.bold), lead=p.lead)


_TEXT_AFTER_FACTS = re.compile(r"\s+[—–]\s+(?=[A-ZÆØÅ])")  # " — KS er medlem i forumet …"
# a web page's address or its path of links alone on a line: "ks.no › fagomrader › kompetanse", "https://…"
_ADDRESS = re.compile(r"^(?:https?://|www\.)\S+$|^[\w.-]+\.(?:no|com|org|net|eu)(?:\s*[›»>/]\s*[^\s›»>/]+)+\s*$", re.I)


def paragraph_item(p: Paragraph, where: str) -> Item | None:
    text = p.text.strip()
    if not text and not p.list_label:
        return None
    if text and not p.list_label and (not any(ch.isalnum() for ch in text) or is_box_title(text) or _ADDRESS.match(text)):
        return None  # a divider ("* * *", "———"), a fact box's title ("Fakta"), a page's address says nothing
    base = _facts_of(p, where)
    if text:
        lbl = match_label(text, p.lead)
        if lbl is not None and (lbl.loose and (p.bold or p.heading_level) and not p.lead
                                or lbl.field == "other" and p.heading_level and lbl.how == "separator" and lbl.value):
            lbl = None  # a heading with a colon in it ("Vedlegg: Tiltakene og …" in a Heading style), not a label
        if lbl is None and (p.bold or p.heading_level) and len(text.split()) <= 6 and names_a_section(text):
            return Item("head", text, shape=("section",), section=True, **base)  # ("Nøkkeltal 2026" over figures)
        if lbl is not None:
            if lbl.field == "section":
                return Item("head", text, shape=("section",), section=True, **base)
            return Item("field", lbl.value, field=lbl.field, label=lbl.label, how=lbl.how, **base)
    if text and not p.bold and not p.heading_level and goal_reference(text, bare=False) is None:
        hit = leading_label(text)  # "Målområde 3.6": a goal label and codes, with no colon between
        if hit and hit[0] == "goal" and hit[2] and names_a_goal(hit[2]) and len(text.split()) <= 8:
            return Item("field", hit[2], field="goal", label=hit[1], how="run-in", **base)
    lead = (p.lead or "").strip()
    if lead.endswith(":") and 1 <= len(lead.split()) <= 4 and len(lead) < len(text) \
            and not (p.list_label and _goal_in_trailing_facts(text)):  # (a bullet "Name: text (1.2 – kurs – …)")
        # "**Mål for året:** …": a label by its form, one tiltak does not know; its answer goes to extra
        return Item("field", text[len(lead):].strip() if text.startswith(lead) else text, field="other",
                    label=lead.rstrip(": "), how="run-in", **base)
    if text and p.italic and not (p.bold or p.heading_level or p.list_label) and _CODE_FIRST.match(text) \
            and says_goals_in_words(text):
        # "*1.4 Videreutvikle samarbeidet …; 2.3 Synliggjøre …*" in italics under a name: its delmål, not a
        # heading numbered 1.4 (an appendix's list of the delmål in plain type is no measure's)
        return Item("field", text, field="goal", how="content", **base)
    head = _head(p)
    if head is not None:
        return head | base
    return Item("text", text, **base)


_CODE_FIRST = re.compile(rf"^\s*{DELMAL_CODE}\s+[^\W\d_]")


def _goal_in_trailing_facts(text: str) -> bool:
    trailing = trailing_facts(text)
    return bool(trailing) and gives_goal(trailing[1])


class _Head(dict):
    """A heading's reading, merged with the paragraph's facts by `|`."""

    def __or__(self, base: dict) -> Item:  # type: ignore[override]
        return Item("head", **self, **base)


_CHOSEN = frozenset("☑☒◉")  # a form's ticked box or chosen option: an answer, never a heading


def chosen(it: Item) -> bool:
    """A form's ticked box or chosen option ("☑ 3.3 …", "◉ Prosjekt")."""
    return bool(it.paragraphs) and it.paragraphs[0].list_label in _CHOSEN


def _head(p: Paragraph) -> _Head | None:
    if p.list_label in _CHOSEN:
        return None
    head = _head_shape(p)
    if head is not None and not head.get("goal"):
        ref = goal_reference(head["text"], bare=False)
        if ref and head["text"].startswith(ref):
            head["goal"] = ref  # "Delmål 1.2 – Regionalt folkevalt nivå …": a group's heading
        elif ref and _TRAILING_REF.search(head["text"]):
            head["own_goal"] = True  # "Kurs for ledere (delmål 2.2)": the measure names its goal
        elif ref and _ends_with(head["text"], ref):
            head["goal"] = ref  # "Regional samordning – delmål 1.2": a chapter's, or a measure's (section_heads.owners)
        elif not ref and (codes := _CODES_CLOSING.search(head["text"])) and codes.start() > 0:
            head["goal"] = codes.group(1)  # "Karriereveiledning (1.3)": so too
        elif not ref and (p.list_label or head.get("label")) and _CODES_AFTER_NAME.match(head["text"]):
            head["own_goal"] = True  # "1. Samarbeidsrådet for yrkesopplæring (2.3). YS er representert …": a measure's
        elif head["how"] in ("style", "bold") and is_goal_wording(head["text"]):
            head["goal"] = head["text"]  # «Styrke og videreutvikle den digitale kompetansen …»: a delmål's words
    return head


def _named_bullets_over_labels(out: list[Item]) -> list[Item]:
    """A bullet that opens with a name in bold, a dash, then a sentence about it, right over labelled
    lines ("• **Akademikerne i Kompetansebehovsutvalget** – Akademikerne har én representant …" over
    "◦ Delmål: 1.1"), or with a name and a colon right over labelled bullets a level under it ("• KS
    Læring: Plattformen har …" over "◦ Eier: KS"): the name a heading, the sentence its text. (Such
    bullets with no labels under them are measures read as the bullets they are.)"""
    out = list(out)
    for k in range(len(out) - 2, -1, -1):
        it, nxt = out[k], out[k + 1]
        p = it.paragraphs[0] if it.kind == "text" and it.paragraphs else None
        if p is None or not p.list_label or nxt.kind != "field" or nxt.form is not None \
                or not (nxt.label or nxt.field in FACT_FIELDS):  # (a line of facts: "NKPS 1.3 · Ansvarleg: …")
            continue
        text, lead = " ".join(p.text.split()), " ".join((p.lead or "").split())
        runs = [r for r in p.runs if r.text.strip()]
        bold = bool(runs and runs[0].bold and text.startswith(lead))
        if not bold and nxt.paragraphs and _deeper(p, nxt.paragraphs[0]) and (cut := _NAME_COLON.match(text)):
            lead = cut["name"]  # "• KS Læring – plattform for kommunene: Plattformen har …" over "◦ Eier: KS"
        rest = text[len(lead):].strip()
        if (bold or lead and rest[:1] == ":") and len(lead.split()) >= 2 and rest[:1] in "–—:" \
                and len(rest.split()) >= 4 + 2 * bold and label_field(lead) is None and goal_reference(rest, bare=False) is None:
            base = _facts_of(p, it.where)
            head = Item("head", lead, how="bold lead", shape=("bold lead", "bullet"), **base)
            out[k:k + 1] = [head, Item("text", rest.lstrip("–—: "), **base)]
    return out


_NAME_COLON = re.compile(r"^(?!(?:gjelder|merk|nb|obs|oppdatert|note|kommentar|til\s+info)\b)(?P<name>[^:.!?]{5,120}?):\s+\S", re.I)
_LIST_LEVEL = re.compile(r"(\d)\s*$")


def _deeper(p: Paragraph, q: Paragraph) -> bool:
    """`q` a list item one level under `p`: indented further, or a list style of a higher level ("List Bullet 2")."""
    if p.indent is not None and q.indent is not None:
        return q.indent > p.indent + 4
    level = [int(m.group(1)) if (m := _LIST_LEVEL.search(x.style or "")) else 1 for x in (p, q)]
    return bool(q.list_label) and level[1] > level[0]


def _ends_with(text: str, ref: str) -> bool:
    """The text ends with the goal reference after a dash: "Regional samordning – delmål 1.2"."""
    return bool(re.search(r"\s[–—-]\s*" + re.escape(ref) + r"\s*$", text))


# a heading that is a sentence in quotes: the strategy's words for a delmål, over its measures
_QUOTED_GOAL = re.compile(r"^\s*«[^«»]{40,}»\s*[.:]?\s*$")




_FIGURE = re.compile(r"^\d[\d\s.,]*\s?(?:%|prosent)$", re.I)  # (not "2", a wrapped name's last word)


def _head_shape(p: Paragraph) -> _Head | None:
    text = p.text.strip()
    if _FIGURE.match(text) and not p.list_label:
        return None  # a figure set in bold ("80 %", a gauge's value), no heading
    prefix = _GOAL_PREFIX.match(text)
    if prefix and (p.bold or p.heading_level) and len(text) <= SETTINGS.layouts.heading_max_chars:
        # "3.2 – Title", "1.2 og 1.3 – Title": the delmål in front, then the measure's name
        shape = ("style", p.heading_level) if p.heading_level else ("bold", round(p.font_size or 0))
        return _Head(text=prefix.group(2).strip(), how="goal prefix", shape=shape, marker=False,
                     goal=prefix.group(1).strip())
    runs = [r for r in p.runs if r.text.strip()]
    numbered = bool(p.list_label) and not is_bullet(p.list_label)  # "(2) **Title.** Description …"
    typed, after, kind = split_numbering(text)
    if typed is not None and p.lead and after.startswith(p.lead) and not p.list_label:
        runs = runs[1:]  # "(2) " typed in front of the bold name
    else:
        typed, after = None, text
    run_in = bool(runs) and (runs[0].bold or runs[0].italic and typed is not None and p.lead.rstrip().endswith("."))
    if p.lead and run_in and len(p.lead) <= SETTINGS.layouts.heading_max_chars \
            and after.startswith(p.lead) and (not p.list_label or numbered) and split_numbering(after)[0] is None \
            and not (not p.bold and (ref := goal_reference(text, bare=False)) and text.startswith(ref)):
        # "**Title.** Description …" (not "**NKPS** tiltak nr. 12 og 16": a goal line whose first word is set off);
        # numbered, it ranks by its numbering as other numbered headings do
        shape = (("list", numbering_shape(p.list_label, "num"), True) if p.list_label else
                 ("typed", numbering_shape(typed, kind), True) if typed else ("bold", round(p.font_size or 0)))
        return _Head(text=after, label=p.list_label or typed, how="bold lead", shape=shape, marker=False)
    number, rest, kind = split_numbering(text)
    if len(text) > SETTINGS.layouts.heading_max_chars and not (number is not None and not p.list_label and not p.bold
                                                              and (short_name_first(rest or "") or name_before_dash(rest))):
        return None  # (a plain numbered paragraph that opens with a short name, or a name and a dash: its heading, however long)
    chapter = (number is not None and rest and (p.heading_level or p.bold) and not p.list_label
               and (ref := goal_reference(rest, bare=False))
               and (rest.startswith(ref) or _ends_with(rest, ref)))
    # ("1.1 Kompetansealliansen (NKPS delmål 1.2)": a numbered name with its delmål in a bracket, no goal line)
    # (nor "Yrkesfag (delmål 2.3)" in a heading's style: a heading that gives its delmål)
    base = rest if number is not None else text
    named = base and (tail := _TRAILING_REF.search(base)) and tail.start() > 0 \
        and (p.bold or p.heading_level or run_in) and goal_reference(base[tail.start():], bare=False)
    if is_goal_line(text) and not chapter and not named:  # ("2 Delmål 1.1 – …", "3 Karriere – delmål 1.3": a chapter's heading, below)
        # "Delmål 1.3 Karriererettleiing" as a heading over its measures; as plain text, a goal line
        if (p.heading_level or p.bold) and not p.list_label and (ref := goal_reference(text, bare=False)) \
                and (text.startswith(ref) or text.endswith(ref) and len(text[:text.find(ref)].split()) <= 2):
            # ("Gjelder delmål 1.2 og 1.4" over the measures of a section too)
            shape = ("style", p.heading_level) if p.heading_level else ("bold", round(p.font_size or 0))
            return _Head(text=text, how="style" if p.heading_level else "bold", shape=shape, marker=False, goal=ref)
        return None
    size = round(p.font_size or 0)
    if numbered:
        shape = ("list", numbering_shape(p.list_label, "num"), p.bold or False)
        return _Head(text=text, label=p.list_label, how="list", shape=shape, marker=False)
    if number is not None:
        marker = kind == "word" and not rest
        # a Heading style ranks the heading, whatever number is typed in front of its text
        shape = ("style", p.heading_level) if p.heading_level else ("typed", numbering_shape(number, kind), bool(p.bold))
        return _Head(text=rest, label=number, how="typed", shape=shape, marker=marker)
    if p.heading_level:
        return _Head(text=text, how="style", shape=("style", p.heading_level), marker=False)
    if p.bold and len(text.split()) <= SETTINGS.layouts.bold_heading_words:
        return _Head(text=text, how="bold", shape=("bold", size), marker=False)
    return None


# -- tables -------------------------------------------------------------------------------------

_BRACKETED_CODES = rf"[(\[]\s*({DELMAL_CODE}(?:\s*(?:,|og|&|/)\s*{DELMAL_CODE})*)\s*[)\]]"  # "(1.3)", "[3.2 / 3.6]"
_CODES_CLOSING = re.compile(rf"\s*{_BRACKETED_CODES}\s*$")
# a name, its delmål codes in a bracket, then a sentence: "Samarbeidsrådet for yrkesopplæring (2.3). YS er …"
_CODES_AFTER_NAME = re.compile(rf"^[^()\[\]]{{3,120}}?\s*{_BRACKETED_CODES}\s*(?:[.:]|\s[–—])\s+\S")
_TRAILING_REF = re.compile(r"[(\[][^()\[\]]*\d[^()\[\]]*[)\]]\s*\.?\s*$")
# "3.2 – Title", "1.2 og 1.3 – Title"; "2.5-a Title": an ID of the delmål and a letter (the measures under one delmål)
_GOAL_PREFIX = re.compile(r"^\s*((?:delmål\s*)?[1-3][.,][1-6](?:\s*(?:og|,|&|/|–|-)\s*[1-3][.,][1-6])*)"
                          r"(?:\s*[–—:-]|[-.]?[a-zæøå](?=\s))\s+(\S.*)$", re.I)


def is_layout_table(table: Table) -> bool:
    """A table used to place content, not to hold data: one cell, or cells that hold tables (not a
    form whose answer is a grid of boxes to tick: "3. Delmål (kryss av)" beside "☐ 1.1 ☒ 1.4 …"; not
    a table of measures whose cells hold their facts as tables of labels: "Tiltak | Detaljer")."""
    from .header import FACTS, header_row  # (the header reads cells with this module's helpers)

    if table.n_rows == 1 and table.n_cols == 1 or len(table.cells) == 1:
        return True
    if not any(c.tables for c in table.cells) or _a_form(table):
        return False
    header = header_row(table)
    if header is None:
        return True
    fields = set(header[1].values())
    nested = {c.row for c in table.cells if c.tables}
    # (a table of measures under a header of their fields, a table of figures nested in a row's text: its data)
    return FACTS not in fields and not ("title" in fields and len(fields) >= 4 and len(nested) * 2 < table.n_rows - header[0])


def _a_form(table: Table) -> bool:
    """Labels down the first column, three at least and half the rows, none of them holding a table."""
    labels = [c for c in table.cells if c.col == 0 and not c.tables
              and label_field(c.text.strip(), colon=True) not in (None, "section", "other")]
    return table.n_cols >= 2 and len(labels) >= max(3, table.n_rows / 2)


# ("7*": a note on the sum; "2 380 000", "12.450": thousands grouped)
_COUNT = re.compile(r"^(?:\d{1,4}|\d{1,3}(?:[ \u00a0\u202f.]\d{3})+)(?:\s?%)?\*?$")
_COUNT_HEAD = re.compile(rf"^(?:antall|tal|talet|number|n|count|{SUM_WORDS})\b", re.I)
# a caption that says a table of figures follows (not a measure's name over its results)
_FIGURES_CAPTION = re.compile(r"\b(?:antall|antal|tal|tall|talet|nøkkeltall|nøkkeltal|statistikk|tabell|figur|i tall|i tal)\b", re.I)
_YEAR_HEAD = re.compile(r"^(?:19|20)\d\d$")
_YEAR_IN = re.compile(r"\b(?:19|20)\d\d$")
_SUM_FIRST = re.compile(rf"^{SUM_WORDS}\b", re.I)


def is_count_table(table: Table) -> bool:
    """A table of counts: words down the side, a count ending every row below the header, and a head
    of counts ("Antall") over them or a sum row under them."""
    rows = [[" ".join(c.text.split()) for c in table.row_cells(r)] for r in range(table.n_rows)]
    rows = [r for r in rows if any(r)]
    if len(rows) < 3 or min(len(r) for r in rows) < 2:
        return False
    body = rows[1:]
    if sum(1 for h in rows[0] if is_delmal_code(h)) >= 3:
        return False  # a grid of delmål codes with a sum column ("Nr. | 1.1 | 1.2 | 2.1 | Sum")
    if all(_COUNT.match(c) for r in body for c in r) and (
            any(_YEAR_HEAD.match(h) or _COUNT_HEAD.match(h) for h in rows[0][1:])
            or any(len(re.sub(r"\D", "", c)) >= 3 for r in body for c in r)):
        # "Område | 2021 | 2025" over "1 | 2 | 2", "År | Lærlinger" over "2015 | 4 912": figures (not a key
        # of measure numbers to the strategy's, "Tiltak nr. | NKPS-tiltak" over "1 | 4")
        return True
    by_number = len(rows[0]) == 2 and says_old_numbers(rows[0][0])  # "Strategiens tiltak nr. | Antall tiltak": 1 | 1, …
    if not all(_COUNT.match(r[-1]) and r[0] and (by_number or not _COUNT.match(r[0])) for r in body):
        return False
    # ("Deltakere 2022": a figure of a year)
    return bool(_COUNT_HEAD.match(rows[0][-1]) or _SUM_FIRST.match(rows[-1][0]) or _YEAR_IN.search(rows[0][-1]))


def _keys_the_codes_over(table: Table, text: str) -> bool:
    """A line under a table that tells what the delmål codes over its columns stand for."""
    codes = goal_key(text)
    head = {" ".join(c.text.split()).replace(",", ".") for c in table.row_cells(0)} if table.n_rows else set()
    return bool(codes) and codes <= head


def is_mark_grid(table: Table) -> bool:
    """A grid of measures by goal: a header of delmål codes (three at least) or of the strategy's old
    numbers in order (1 … 8 at least), and under it nothing but a key and marks ("SRY | | | | X | …"); the
    delmål a layout joins to the measures (goal_matrix), no form."""
    if table.n_rows < 2:
        return False
    head = [" ".join(c.text.split()) for c in table.row_cells(0)]
    if sum(1 for h in head if is_delmal_code(h)) < 3 and not old_number_columns(head):
        return False
    marks = [" ".join(c.text.split()) for r in range(1, table.n_rows) for c in table.row_cells(r)[1:]]
    return all(not m or TICKED.match(m) for m in marks)


def open_layout_tables(blocks: list) -> list:
    """The blocks with every layout table replaced by what its cells hold, in reading order. Under
    a header that names a column the delmål ("Delmål | Tiltak", over forms nested in the rows), a
    row's delmål is a heading over what the row holds."""
    out: list = []
    for block in blocks:
        if isinstance(block, Table) and is_layout_table(block):
            for paragraphs, tables in _opened(block):
                out.extend(paragraphs)
                out.extend(open_layout_tables(tables))
        else:
            out.append(block)
    return out


def _opened(table: Table) -> list[tuple[list[Paragraph], list[Table]]]:
    """A layout table's cells in reading order, each as its paragraphs and the tables in it; a
    cell of the delmål's column as a heading ("Delmål 1.1 Kompetansebehov"), the header left out."""
    goal_col = _goal_column(table)
    label = next((c.text for c in table.row_cells(0) if c.row == 0 and c.col == goal_col), "") if goal_col is not None else ""
    out = []
    for cell in sorted(table.cells, key=lambda c: (c.row, c.col)):
        if goal_col is not None and cell.row == 0:
            continue  # the header: its labels are no content
        if cell.col == goal_col and _names_a_goal_under(cell.text, label):
            text = clean(cell.text.replace("\n", " "))
            if not goal_reference(text, bare=False):  # "1.1 Kompetansebehov" under "Delmål"; not "Delmål 1.1 …"
                text = f"{next(c.text.strip() for c in table.row_cells(0) if c.col == goal_col)} {text}"
            # (a heading of the lowest style: it ranks over the row's own headings and bold names)
            heading = Paragraph(text=text, bold=True, page=cell.page, page_end=cell.page, heading_level=_ROW_GOAL_LEVEL)
            out.append(([heading], []))
        else:
            out.append((_cell_paragraphs(cell), cell.tables))
    return out


_ROW_GOAL_LEVEL = 9


def _goal_column(table: Table) -> int | None:
    """The column a table's header names the delmål ("Delmål | Tiltak"), when every header cell is a
    label, or when each cell below the goal's label names a goal ("NKPS-tiltak | LOs oppfølging" over
    "Nr. 1 Etablere et kompetansebehovsutvalg" beside the measures told for it)."""
    if table.n_rows < 2:
        return None
    named = _all_fields(table, 0)
    if named is not None:
        return None if any(c.tables for c, _ in named) else next((c.col for c, f in named if f == "goal"), None)
    header = [c for c in table.row_cells(0) if c.row == 0 and c.text.strip()]
    goal = [c for c in header if header_field(c.text.replace("\n", " ")) == "goal"]
    if len(header) < 2 or len(goal) != 1 or any(c.tables for c in header):
        return None
    below = [c.text for c in table.cells if c.col == goal[0].col and c.row > 0 and c.text.strip()]
    return goal[0].col if len(below) >= 2 and all(_names_a_goal_under(t, goal[0].text) for t in below) else None


_OLD_NUMBER_FIRST = re.compile(r"^\s*(?:nr\.?|nummer)?\s*(\d{1,2}(?:\s*(?:,|og|&)\s*\d{1,2})*)(?![\d.,]\d)", re.I)


def _names_a_goal_under(text: str, label: str) -> bool:
    """A cell of the goal's column (under `label`) names a goal: a reference or a code, or, under a label
    that counts in the strategy's old numbers ("NKPS-tiltak"), a cell opening with one ("Nr. 4 …")."""
    if names_a_goal(text):
        return True
    m = _OLD_NUMBER_FIRST.match(text)
    return bool(m) and says_old_numbers(label.replace("\n", " ")) and is_number_list(m.group(1))


def is_row_table_header(table: Table) -> bool:
    """A header row naming the measure and two more fields, or the measure and its goal, or only
    fields in every cell ("Tiltak | Om tiltaket") over rows that open with no label."""
    goal_col = _goal_column(table)
    for r in range(min(3, table.n_rows)):
        cells = [c for c in table.row_cells(r) if c.row == r]
        fields = {header_field(c.text.replace("\n", " ")) for c in cells}
        if "title" not in fields and _codes_only_below(table, r, goal_col):
            # "Tiltak og beskrivelse | NKPS": the measure named with its text (not beside a column of the
            # strategy's numbers and words, whose rows are headings over the measures beside them)
            fields |= {f for c in cells for f in combined_fields(c.text.replace("\n", " "))}
        fields.discard(None)
        if (enough_fields(fields) and not _holds_answers(cells)) or fields_header(table, r):
            return not label_rows_below(table, r)
    return False


def _codes_only_below(table: Table, header: int, col: int | None) -> bool:
    """No goal column, or one whose cells under the header give codes alone, a line each."""
    return col is None or all(is_goal_line(line) for r in range(header + 1, table.n_rows) for c in table.row_cells(r)
                              if c.col == col and c.row == r for line in c.text.split("\n") if line.strip())


def _holds_answers(cells: list[Cell]) -> bool:
    """A row of answers, not of column names: a cell that opens with a label and its answer ("Ansvar:
    HK-dir"), or one of many words ("Tiltak | Nettbasert karriereveiledning. Chat, telefon … | Delmål 1.3")."""
    def answer(cell: Cell) -> bool:  # (not "Ansvar – samarbeid": two labels, a header's)
        lbl = match_label(cell.text.split("\n")[0])
        return len(cell.text.split()) > 12 or lbl is not None and lbl.how == "separator" and bool(lbl.value.strip()) \
            and label_field(lbl.value.strip()) is None
    return any(answer(c) for c in cells)


def enough_fields(fields: set[str]) -> bool:
    """A header names the measure and enough other fields: two more, or the goal alone (a list of
    measures and their delmål, an overview)."""
    return "title" in fields and (len(fields) >= SETTINGS.layouts.header_labels or "goal" in fields)


def _all_fields(table: Table, r: int) -> list[tuple[Cell, str]] | None:
    """Row `r`'s cells with text and the field each names, when every one names a field (two or more)."""
    cells = [c for c in table.row_cells(r) if c.row == r and c.text.strip()]
    named = [header_field(c.text.replace("\n", " ")) for c in cells]
    return list(zip(cells, named)) if len(cells) >= 2 and None not in named else None


def fields_header(table: Table, r: int) -> bool:
    """Every cell of row `r` names a field, the measure's name among them ("Tiltak | Om tiltaket"),
    over rows that open with names, not labels (a form's rows would), or over none (the rows go on
    on the next page)."""
    named = _all_fields(table, r)
    if named is None or not any(f == "title" for _, f in named):
        return False
    firsts = [c.text.replace("\n", " ") for c in table.cells if c.row > r and c.col == 0 and c.text.strip()]
    return not any(label_field(t) for t in firsts)


def is_quoted_goal(text: str) -> bool:
    """A heading that is a sentence in quotes: the strategy's words for a delmål."""
    return bool(_QUOTED_GOAL.match(text))


def is_goal_wording(text: str) -> bool:
    """A heading that is a delmål in the strategy's words, quoted or not, in bokmål or nynorsk ("Syte for
    tilgang til karriererettleiing og eit heilskapleg system …")."""
    text = " ".join((text or "").split())
    if is_quoted_goal(text):
        return True
    if not _GOAL_WORDING_LENGTH <= len(text) <= SETTINGS.layouts.heading_max_chars or _SENTENCES.search(text):
        return False
    return _in_its_words(text) is not None


def in_its_words(text: str) -> str | None:
    """The delmål `text` says in the strategy's own words, strictly, or None (see _in_its_words)."""
    return _in_its_words(text)


def _in_its_words(text: str) -> str | None:
    """The delmål `text` says in the strategy's own words, strictly (goal_heading_similarity), or None."""
    # the delmål's texts are normalize's reference data (normalize imports this package: imported here)
    from ...normalize.goals import goal_in_its_words
    from ...normalize.reference import load_reference

    return goal_in_its_words(text, load_reference(), SETTINGS.layouts.goal_heading_similarity)


def names_a_goal_in_short(text: str) -> bool:
    """A delmål named in short words of its own ("Samarbeid mellom utdanning og arbeidsliv" for 1.4's
    "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet …"): only where
    nothing but a delmål is expected (a group's row across a table with no delmål column)."""
    from ...normalize.goals import match_goal_text
    from ...normalize.reference import load_reference

    return match_goal_text(text, load_reference(), SETTINGS.layouts.goal_heading_similarity)[0] is not None


_CODE_THEN = re.compile(r"^\s*(?P<code>[1-3]\.[1-6])\.?\s+(?P<words>\S.*)$")


def coded_goal_heading(text: str) -> str | None:
    """A heading that is a delmål's code and its words ("1.4 Videreutvikle samarbeidet mellom …"): the
    code, when the words are that delmål's (not a chapter "2.1 Kunnskapsdepartementet")."""
    m = _CODE_THEN.match(text or "")
    return m["code"] if m and _in_its_words(m["words"]) == m["code"] else None


# a paragraph that says what the measures under it serve: "Tiltaka under høyrer til delmål 1.2", "Tiltakene i
# dette kapitlet følger opp delmålet om …", "Kapitlet gjelder delmålet om …", "Her rapporteres tiltak som skal …"
_MEASURES_BELOW = re.compile(
    r"\b(?:(?:tiltak(?:a|ene)?|aktivitet(?:ane|ene|ar|er))\s+(?:under|nedanfor|nedenfor|her|i\s+(?:dette|denne)\s+"
    r"(?:kapitlet|kapittelet|kapitelet|delen|avsnittet|bolken|området|innsatsområdet))"
    r"|(?:dette|denne)\s+(?:kapitlet|kapittelet|delen|avsnittet|bolken)|kapit+l?et\s+\w+"
    r"|(?:her|nedanfor|nedenfor)\s+rapporter\w*\s+(?:vi\s+)?(?:om\s+)?tiltak)", re.I)
_GOAL_WORDS = re.compile(r"\bdelmål(?:et|a)?\s+om\s+(?:å\s+)?(?P<words>[^.;]{15,})|\btiltak\s+(?:som\s+skal|for\s+å)\s+"
                         r"(?P<words2>[^.;]{15,})|^(?:tiltak(?:a|ene)|aktivitet(?:ane|ene))\b[^.;]{0,40}?\bskal\s+"
                         r"(?P<words3>[^.;]{15,})", re.I)


def chapter_goal(text: str) -> str | None:
    """The delmål a paragraph gives the measures under it, once for a chapter ("Tiltaka under høyrer til delmål
    1.2", "Tiltakene i dette kapitlet følger opp delmålet om å videreutvikle samarbeidet …"): the reference
    (a code, or the delmål's words), or None for any other paragraph."""
    text = " ".join((text or "").split())
    if len(text) > 300 or len(_SENTENCES.findall(text)) > 1 or not _MEASURES_BELOW.search(text):
        return None
    ref = goal_reference(text, bare=False)
    if ref:
        return ref
    worded = _GOAL_WORDS.search(text)
    # (the delmål's words as the paragraph gives them: normalisation reads which delmål they are)
    return (worded["words"] or worded["words2"] or worded["words3"]).strip() if worded else None


def says_goals_in_words(text: str) -> bool:
    """A field's answer that is one or more delmål in the strategy's words, parts ";" or a line apart
    (brackets left out) each as long as a short sentence, one of them at least a stretch of a delmål's
    first sentence: "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet;
    Koble kompetansebehov i virksomheter …" (the rest may be shortened, as normalisation reads them)."""
    parts = [" ".join(_BRACKETS.sub(" ", x).split()) for x in re.split(r"\s*[;\n]\s*", text or "") if x.strip()]
    return bool(parts) and all(len(x) >= _GOAL_PART_LENGTH for x in parts) and any(_in_its_words(x) for x in parts)


_BRACKETS = re.compile(r"\([^()]*\)")
_GOAL_PART_LENGTH = 25  # characters: "Etablere et kompetansebehovsutvalg", not "Digital kompetanse"
_GOAL_WORDING_LENGTH = 60  # characters: a delmål's words are a sentence; a measure's short name is not one
_SENTENCES = re.compile(r"[^\W\d_]{2}[.!?]\s+\S")


def label_rows_below(table: Table, header: int) -> bool:
    """Whether rows below a header row are labels again: label rows above their answers, a form
    drawn as a table, not one row per measure. The header printed again (a page break inside the
    table) is no such row."""
    def own(r: int) -> list[Cell]:
        return [c for c in table.row_cells(r) if c.row == r and c.text.strip()]

    for r in range(header + 1, table.n_rows):
        cells = own(r)
        if len(cells) >= 2 and all(label_field(c.text.replace("\n", " ")) for c in cells) \
                and cell_texts(cells) != cell_texts(own(header)):
            return True
    return False


_FORM_HEAD = re.compile(r"^(?:felt|spørsmål|spørsmål og svar|element|kategori|tema|post|punkt|opplysning|"
                        r"svar|innhold|verdi|opplysninger|utfylling|beskrivelse|kommentar)\s*:?$", re.I)


def _cell_label(cell: Cell) -> str | None:
    """A table cell is a label's place: a short phrase around a field's head word counts
    ("Relasjon til delmål i strategien")."""
    text = cell.text.replace("\n", " ").strip()
    if not text:
        return None
    lbl = match_label(text)
    if lbl is not None and lbl.how == "separator":
        return None  # "Delmål: 2.2" holds its answer: the row's reading splits it
    if goal_reference(text, bare=False) and re.search(r"\d", text):
        return None  # "Delmål 3.3": an answer that repeats its label
    return label_field(text, colon=True)


def _name_row(table: Table) -> bool:
    """The table's first row is one cell across it, not a label: a form's name row."""
    first = table.row_cells(0) if table.n_rows else []
    return (len(first) == 1 and first[0].col_span >= table.n_cols and bool(first[0].text.strip())
            and label_field(first[0].text.replace("\n", " ")) is None)


def repeated_forms(blocks) -> set[int]:
    """Tables (their ids) that are one form filled in again and again: two columns or more whose
    first column is the same labels in two tables or more ("Status", "Kontekst", "Delmål", "Eier" …
    under each measure's heading), short phrases, not numbers or codes. Such a table is a form
    however few of its labels tiltak knows."""
    def labels(table: Table) -> frozenset[str] | None:
        if table.n_cols < 2 or table.n_rows < 3:
            return None
        firsts = []
        for r in range(table.n_rows):
            cells = table.row_cells(r)
            text = " ".join(cells[0].text.split()) if len(cells) >= 2 else ""
            if not text or len(text.split()) > 6 or text.endswith(".") or not re.search(r"[^\W\d_]{3}", text) \
                    or goal_reference(text, bare=True):
                return None
            firsts.append(text.casefold())
        return frozenset(firsts) if len(set(firsts)) == len(firsts) else None

    def figures(table: Table) -> bool:  # "Deltakere | 340", "Lønn | 400 000": a table of figures
        answers = [" ".join(c.text.split()) for r in range(table.n_rows) for c in table.row_cells(r)[1:2]]
        return sum(1 for a in answers if re.fullmatch(r"[\d\s.,%]+(?:kr|mill\.?)?", a) and not is_period_line(a)) * 2 \
            >= len(answers)

    found = [(t, labels(t)) for t in blocks if isinstance(t, Table)]
    found = [(t, ls) for t, ls in found if ls and not figures(t)]
    return {id(t) for t, ls in found
            if any(o is not t and len(ls & other) >= 0.8 * max(len(ls), len(other)) for o, other in found)}


def _table_items(table: Table, where: str, forms: list[int], min_labels: int | None = None,
                 continued: bool = False, template: bool = False, under_name: bool = False) -> list[Item]:
    if is_layout_table(table):
        return _opened_items(table, where, forms)
    if is_count_table(table) or is_mark_grid(table):
        return []  # "Type tiltak | Antall" over "Kurs | 2" … "Sum | 8": the report counting its measures
    stacked = _stacked_forms(table) or _side_by_side_forms(table)
    if stacked:
        return [it for part in stacked for it in _table_items(part, where, forms, min_labels)]
    rows = form_rows(table, min_labels, continued, template, under_name)
    if rows is not None:
        forms[0] += 1
        fid = forms[0]
        out = [Item("form", "", page=table.page, page_end=table.page_end or table.page, where=f"form table {fid}",
                    form=fid, form_has_title=any(f == "title" for f, *_ in rows))]
        given = {name for name, *_ in rows if name}
        for name, label, value, paragraphs, r in rows:
            facts = _facts_in_answer(paragraphs, f"form table {fid}, row {r + 1}", given) if template and not name else []
            if facts:  # "Eier: KS. Samarbeid: KMD." under a label tiltak does not know
                out.extend(replace(it, form=fid, page=table.page, page_end=table.page_end or table.page) for it in facts)
                continue
            out.append(Item("field", value, field=name, label=label, how="cell", page=table.page,
                            page_end=table.page_end or table.page, where=f"form table {fid}, row {r + 1}", form=fid,
                            paragraphs=paragraphs))
        return out
    if is_row_table_header(table):
        return []  # a table of measures (an overview before their forms): the row-table parser's
    if _goal_column(table) is not None:
        return _opened_items(table, where, forms)  # each row's goal a heading over the measures beside it
    out = []
    for ci, cell in enumerate(sorted(table.cells, key=lambda c: (c.row, c.col))):
        for p in _cell_paragraphs(cell):
            out.extend(paragraph_items(p, f"{where}, row {cell.row + 1}"))
    return out


def _opened_items(table: Table, where: str, forms: list[int]) -> list[Item]:
    """The items of a table read cell by cell (`_opened`), and of the tables in its cells."""
    out: list[Item] = []
    for ci, (paragraphs, tables) in enumerate(_opened(table)):
        for p in paragraphs:
            out.extend(paragraph_items(p, f"{where}, cell {ci + 1}"))
        for ti, inner in enumerate(tables):
            out.extend(_table_items(inner, f"{where}, cell {ci + 1}, table {ti + 1}", forms))
    return out


def _stacked_forms(table: Table) -> list[Table] | None:
    """One table holding a form per measure, one under the other: a row of one cell across the
    table (the measure's name, not a label) above label rows, again and again. Each part is a form."""
    starts = []
    for r in range(table.n_rows):
        cells = table.row_cells(r)
        if (len(cells) == 1 and cells[0].row == r and cells[0].col_span >= table.n_cols >= 2 and cells[0].text.strip()
                and label_field(_flat(cells[0].text)) is None):
            starts.append(r)
    if len(starts) < 2 or starts[0] != 0:
        return None
    bounds = [*starts, table.n_rows]
    parts = []
    for start, end in zip(bounds, bounds[1:]):
        labelled = sum(1 for r in range(start + 1, end) if (cells := table.row_cells(r)) and _cell_label(cells[0]))
        if labelled < 2:
            return None  # full-width rows of some other kind (section bands), not forms
        cells = [replace(c, row=c.row - start, row_span=min(c.row_span, end - c.row)) for c in table.cells
                 if start <= c.row < end]
        parts.append(Table(cells=cells, n_rows=end - start, n_cols=table.n_cols, page=cells[0].page or table.page,
                           page_end=table.page_end, ruled=table.ruled, columns=table.columns))
    return parts


def _side_by_side_forms(table: Table) -> list[Table] | None:
    """One table holding a form per measure side by side: the labels down the first column ("Tiltak",
    "Delmål", …), each further column one measure's answers. Each label column and answer column is
    a form."""
    if table.n_cols < 3 or table.n_rows < 3:
        return None
    grid = table.grid()
    if any(c is None or c.col_span > 1 for row in grid for c in row):
        return None
    labels = [_cell_label(row[0]) for row in grid]
    if labels[0] != "title" or sum(1 for x in labels if x) < max(3, table.n_rows - 1):
        return None
    if any(_cell_label(c) for row in grid for c in row[1:] if c.text.strip()):
        return None
    parts = []
    for col in range(1, table.n_cols):
        if not grid[0][col].text.strip():
            continue
        cells = [replace(row[k], col=k and 1) for row in grid for k in (0, col)]
        parts.append(Table(cells=cells, n_rows=table.n_rows, n_cols=2, page=table.page, page_end=table.page_end,
                           ruled=table.ruled))
    return parts or None


def _cell_paragraphs(cell: Cell) -> list[Paragraph]:
    if cell.paragraphs or cell.tables:
        return [p for p in cell.paragraphs if p.text.strip() or p.list_label]
    return [Paragraph(text=t, page=cell.page, page_end=cell.page) for t in cell.text.split("\n") if t.strip()]


FormRow = tuple[str, str, str, list, int]  # field, label, answer, answer paragraphs, row


_A_DAY = re.compile(r"\b\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\b")  # "15.03.2022": when a form was filled in, not a time
# an answer that is a day ("15. mars 2022", "15.03.2022"): a deadline or when the form was filled in, no name
_DATED = re.compile(r"^\s*(?:\d{1,2}\.\s*(?:" + "|".join(MONTHS) + r")(?=\s+\d|\s*$)|" + _A_DAY.pattern + ")",
                    re.I)  # (not "8. mars-konferansen", a name)
_BEFORE = re.compile(r"^\s*(?:tidligere|tidlegare|før|forrige|opprinnelig)\b", re.I)


def _facts_in_answer(paragraphs: list[Paragraph], where: str, given: set[str]) -> list[Item]:
    """An answer that is labelled facts itself, every part of it ("Eier: KS. Samarbeid: KMD."), of
    fields the form does not give under labels of their own (`given`); not what was before
    ("Tidligere ansvarlig: KMD")."""
    found = [it for p in paragraphs for it in paragraph_items(p, where)]
    if not found or not all(it.kind == "field" and it.field not in (None, "", "other") for it in found):
        return []
    if any(it.field in given or _BEFORE.match(it.label or "") for it in found):
        return []
    return found


def form_rows(table: Table, min_labels: int | None = None, continued: bool = False,
              template: bool = False, under_name: bool = False) -> list[FormRow] | None:
    """A form table's rows as (field, label, answer, answer paragraphs, row), or None when the table
    is no form: labels in the first column (or in every other column), label rows above their answers
    (one column, or several), and at least `form_labels` known labels (a `template`, the form the
    document fills in again and again, needs none)."""
    if is_row_table_header(table) and table.n_rows > 2:
        return None
    grid = [table.row_cells(r) for r in range(table.n_rows)]
    run_in = _run_in_labels(grid)
    out: list[FormRow] = _boxes(grid)
    r = len(grid) if out else 0
    if not out and grid and len(grid[0]) == 2 and all(_FORM_HEAD.match(" ".join(c.text.split())) for c in grid[0]):
        r = 1  # "Felt | Innhold", "Spørsmål | Svar": the form's own header, no label and answer
    while r < len(grid):
        cells = grid[r]
        labels = [_cell_label(c) for c in cells]
        if not cells:
            r += 1
            continue
        if r in run_in:
            name, label, answer = run_in[r]
            out.append((name, label, answer, [Paragraph(text=answer, page=cells[0].page)], r))
            r += 1
            continue
        if all(labels) and r + 1 < len(grid) and len(grid[r + 1]) == len(cells) and not any(
                _cell_label(c) for c in grid[r + 1] if c.text.strip()):
            # a label row above its answers: "Tiltak | Delmål" then "Kurs | 2.3"
            for c, a, name in zip(cells, grid[r + 1], labels):
                out.append((name, _flat(c.text), a.text.strip(), _cell_paragraphs(a), r))
            r += 2
            continue
        if len(cells) >= 4 and len(cells) % 2 == 0 and all(labels[i] for i in range(0, len(cells), 2)):
            for i in range(0, len(cells), 2):
                out.append((labels[i], _flat(cells[i].text), cells[i + 1].text.strip(), _cell_paragraphs(cells[i + 1]), r))
            r += 1
            continue
        if len(cells) >= 2:
            first = cells[0]
            label_text = _flat(first.text)
            lbl = match_label(label_text)
            name = labels[0]
            answer_cells = cells[1:]
            answer = "\n".join(c.text for c in answer_cells if c.text).strip()
            paragraphs = [p for c in answer_cells for p in _cell_paragraphs(c)]
            if name is None and lbl is not None and lbl.how == "separator":
                name = lbl.field
                answer = "\n".join(x for x in (lbl.value, answer) if x)
            out.append((name or "", label_text, answer, paragraphs, r))
            r += 1
            continue
        # one cell: a label above its answer rows, or an answer row of the label above
        text = cells[0].text.strip()
        lbl = match_label(_flat(text))
        facts = _facts_row(text) if out else None
        if facts:  # "Bidrar til NKPS-tiltak nr. 6 · Type: FoU" across the form: facts of their own
            out.extend((name, label, value, [], r) for name, label, value in facts)
        elif lbl is not None and lbl.how in ("alone", "separator"):
            out.append((lbl.field, lbl.label, lbl.value, [], r))
        elif out and text:
            name, label, answer, paragraphs, row = out[-1]
            out[-1] = (name, label, "\n".join(x for x in (answer, text) if x), paragraphs + _cell_paragraphs(cells[0]), row)
        else:
            out.append(("", "", text, _cell_paragraphs(cells[0]), r))
        r += 1
    if template:  # a label tiltak does not know over a time or a delmål: the answer says what it is
        named = {name for name, *_ in out}
        for i, (name, label, answer, paragraphs, row) in enumerate(out):
            kind = None if name else "period" if is_period_line(answer) and not _A_DAY.search(answer) \
                else "goal" if goal_reference(answer, bare=False) else None
            if kind and kind not in named:
                out[i] = (kind, label, answer, paragraphs, row)
                named.add(kind)
    known = [name for name, *_ in out if name and name != "other"]
    if len(set(known)) < (min_labels or SETTINGS.layouts.form_labels) and not template:
        return None
    if not continued and (not template or is_name(out[0][2]) and re.search(r"[^\W\d_]{3}", out[0][2])) and out \
            and "title" not in known and not out[0][0] and out[0][2] and not _DATED.match(out[0][2]) and (
            not out[0][1] and len(grid[0]) == 1 or out[0][1] and len(out[0][1].split()) <= 3):
        # the first row names the measure: across the table without a label, or after a label
        # tiltak does not know ("Innsats | Kurs for ledere")
        name, label, answer, paragraphs, row = out[0]
        out[0] = ("title", label, answer, paragraphs, row)
    if not continued and not under_name and "title" not in known and out and out[0][0] == "description" and is_name(out[0][2]) \
            and _flat(out[0][1]).casefold().strip(" :?") in _WHAT and (
                any(name == "description" for name, *_ in out[1:])
                or len({name for name, *_ in out[1:]} & {"goal", "type", "responsible", "period"}) >= 2):
        # "Kva | Fagbrev på jobb" above "Skildring | Vaksne tilsette kan …", or above "Kven | Unio" and "Kva delmål |
        # 1.1": the first "what" is a name (not under a heading that names the measure: `under_name`)
        name, label, answer, paragraphs, row = out[0]
        out[0] = ("title", label, answer, paragraphs, row)
    unlabeled = sum(1 for name, label, answer, *_ in out if not name and (label or answer))
    if unlabeled > len(known) + 1 and not template:
        return None
    return out


def _facts_row(text: str) -> list[tuple[str, str, str]] | None:
    """A row of facts parted as a line of fields is ("·", "|", a tab, "; " before a label), each a
    labelled answer or a goal reference; else None."""
    parts = [x.strip() for x in FIELD_SEPARATOR.split(_flat(text)) if x and x.strip()]
    if len(parts) < 2:
        return None
    facts = []
    for part in parts:
        lbl = match_label(part)
        if lbl is not None and lbl.how == "separator":
            facts.append((lbl.field, lbl.label, lbl.value))
        elif is_goal_line(part, bare=False):
            facts.append(("goal", "", part))
        else:
            return None
    return facts


def _boxes(grid: list[list[Cell]]) -> list[FormRow]:
    """A form of boxes, each cell its label over its answer ("1 Tiltakets navn" in small type, then
    the name): a row per cell, when two thirds of the cells (three at least) are so; else nothing."""
    cells = list({id(c): c for row in grid for c in row if c.text.strip()}.values())  # (a box over two rows: once)
    out, boxed = [], 0
    for c in cells:
        paragraphs = _cell_paragraphs(c)
        first = paragraphs[0].text.strip() if paragraphs else ""
        inline = match_label(first)
        field = label_field(first, colon=True) if len(paragraphs) >= 2 and (inline is None or inline.how == "alone") \
            else None
        if field:
            boxed += 1
            out.append((field, first, "\n".join(p.text for p in paragraphs[1:]).strip(), paragraphs[1:], c.row))
        else:
            out.append(("", "", c.text.strip(), paragraphs, c.row))
    return out if boxed >= 3 and boxed * 3 >= len(cells) * 2 else []


_WHAT = {"hva", "kva"}  # "what": a name or a text; "Beskrivelse", "Innhold" are texts


def _run_in_labels(grid: list[list[Cell]]) -> dict[int, tuple[str, str, str]]:
    """A card whose label and answer columns have no rule between them, so each row is one cell
    that opens with its label ("Type tiltak Arrangement", "Ansvar Spekter"): the rows that do, by
    row, when three or more rows name different fields so and no row is a label alone."""
    found: dict[int, tuple[str, str, str]] = {}
    for r, cells in enumerate(grid):
        if len(cells) != 1:
            continue
        text = cells[0].text.strip()
        if label_field(_flat(text)) is not None:
            return {}  # labels on rows of their own: the rows below them are answers
        hit = leading_label(text) if r > 0 else None  # the first row names the card ("Tiltak for seniorer")
        if hit and hit[2] and hit[0] != "title":
            found[r] = hit
    return found if len({f for f, *_ in found.values()}) >= 3 else {}


def _flat(text: str) -> str:
    return " ".join(text.split())
