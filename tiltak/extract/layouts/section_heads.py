"""Which headings of a document start a measure, and how headings rank (sections.py reads them)."""

from __future__ import annotations

import re
from collections import Counter

from ..content import goal_reference, is_delmal_code, is_goal_line, is_name
from ..model import is_bullet
from ..vocabulary import value_field
from .segments import Item, in_its_words
from .facts import named_before_colon


# a heading's own label that numbers it as a measure: "Tiltak 3 –", "Tiltak nr. 3:"
MEASURE_NUMBER = re.compile(r"^tiltak\s*(?:nr\.?\s*)?\d{1,2}\s*[–—:.-]?\s*$", re.I)  # (not "Tiltak 1 av 4")


def owners(its: list[Item]) -> tuple[set[int], set[int], set[int]]:
    """Headings that start a measure: fields or a form follow before the next heading, or (numbered)
    text naming its delmål; and headings shaped like those (same numbering, style or size) that have
    text under them. Also returns the numbered ones whose text names the delmål."""
    heads = [i for i, it in enumerate(its) if it.kind == "head"]
    owners: set[int] = set()
    goal_in_text: set[int] = set()
    bodies = {i: its[i + 1:(heads[k + 1] if k + 1 < len(heads) else len(its))] for k, i in enumerate(heads)}
    # a heading over two names or more, each right over its facts: headings over names, in this document
    names_below = any(_names_then_facts(body) >= 2 for body in bodies.values())
    # (but not a heading shaped as headings right over their facts are: those are the measures')
    direct = Counter(its[i].shape for i, body in bodies.items() if body and body[0].kind == "field")
    for i in heads:
        body = bodies[i]
        if its[i].section or value_field(its[i].text) == "type":  # "Kurs/utdanning" over its measures
            continue
        forms = [x for x in body if x.kind == "form"]
        if len(forms) >= 2 or (forms and forms[0].form_has_title and (body[0] is not forms[0] or its[i].goal)):
            continue  # a heading over several forms, or over text and a named form, or naming a delmål
            # over a named form ("Delmål 1.1 Kompetansebehov" over "Tiltak | KBU"), is a section's
        named = next((k for k, x in enumerate(body) if x.kind == "field" and x.field == "title" and x.form is None), None)
        if named is not None and any(x.kind == "field" and x.field == "title" and x.form is None for x in body[named + 1:]):
            body = body[:named]  # "Tiltak: …" labels name the measures under it: the heading is the document's
        if named == 0 and its[i].goal:
            continue  # "Delmål 1.3 – karriererettleiing" right over "3. Tiltak: Karriere Vestland": the label names the
            # measure, the heading gives its delmål (as it does over two such labels)
        fields = [x for x in body if x.kind == "field" and x.form is None]
        if its[i].goal and not forms and fields and all(x.field == "goal" for x in fields):
            continue  # "Regional samordning – delmål 1.2" over "Delmålet: «…»": a chapter's heading, not a measure's
        if _names_then_facts(body[:2]) and (names_below and direct[its[i].shape] < 2 or _is_goal_heading(its[i])):
            continue  # "Delmål 2.2 Styrke kunnskapsgrunnlaget" over a name and its facts: the name's heading
        if _is_goal_heading(its[i]) and len(body) > 1 and body[0].kind == "text" and body[1].kind == "field" \
                and body[1].where == body[0].where and body[0].paragraphs and is_bullet(body[0].paragraphs[0].list_label):
            continue  # "Karriereveiledning" over "• Karriere Vestland (2019–): … Ansvar: KD": the bullets are its measures
        if body and body[0].kind == "text" and body[0].paragraphs and is_bullet(body[0].paragraphs[0].list_label) \
                and named_before_colon(body[0].text):
            continue  # "2.3 Karrieremuligheter i yrkesfag" over "• Møteplass lærebedrifter (Arrangement): …": its measures
        if its[i].own_goal and not body and i + 1 < len(its) and its[i + 1].kind == "head" \
                and not its[i + 1].section and (ranks_below(its[i + 1].shape, its[i].shape)
                                                or its[i].how == "bold" and its[i + 1].how == "bold lead"):
            continue  # "Yrkesfag og fagopplæring (delmål 2.3)" right over a heading of lower rank (or over a name
            # run in bold into its paragraph's text): their delmål
        if its[i].own_goal or forms or any(
                (x.kind == "field" and x.form is None and x.field not in ("other", "count", "section")
                 and x.label != "note")
                or (x.kind == "text" and is_goal_line(x.text, bare=False)) for x in body):
            owners.add(i)
        elif its[i].label and not is_delmal_code(its[i].label) and any(
                x.kind == "text" and goal_reference(x.text, bare=False) for x in body):
            owners.add(i)  # "3. Fagbrev på jobb" over "… Tiltaket bidrar til delmål 2.5.": a numbered measure
            goal_in_text.add(i)
    # (not the strategy's own tiltak in its words: "Tiltak 4 – Videreutvikle samarbeidet mellom …", over the member's)
    numbered = [i for i in heads if MEASURE_NUMBER.match(its[i].label or "") and not is_goal_line(its[i].text, bare=False)
                and not in_its_words(its[i].text)]
    if len(numbered) >= 3:
        owners.update(numbered)  # "Tiltak 1 – …", "Tiltak 2 – …": the writer numbers its measures
    siblings: set[int] = set()
    shapes = Counter(its[i].shape for i in owners if not its[i].marker)
    if not shapes:
        return owners, siblings, goal_in_text
    first = min(owners)
    dominant = {s for s, n in shapes.items() if n >= 2}
    for i in heads:
        it = its[i]
        own_text = it.how == "bold lead" and len(it.text.strip()) > len((it.lead or "").strip())  # "**Name.** What it is …"
        if (i > first and i not in owners and it.shape in dominant and not it.section and not it.marker
                and not it.text.rstrip().endswith(":")  # "Vedtak:" leads into what follows, it names nothing
                and not (it.goal and it.text.strip(" .:") == it.goal.strip(" .:"))  # ("Delmål 3.6" alone: a group's)
                and (own_text or any(x.kind == "text" for x in bodies[i]))):
            siblings.add(i)
    return owners | siblings, siblings, goal_in_text


def _names_then_facts(body: list[Item]) -> int:
    """How many lines that are a name stand right over a fact of a line of their own (not in a form)."""
    return sum(1 for a, b in zip(body, body[1:]) if a.kind == "text" and is_name(a.text) and not a.text.rstrip().endswith(":")
               and not is_goal_line(a.text) and b.kind == "field" and b.form is None
               and a.where != b.where)  # (not "Stad: Molde · Delmål 1.2 · …", nor "NKPS nr. 1" over "Type: råd")


def _is_goal_heading(head: Item) -> bool:
    """"Delmål 2.2 …": a heading that starts with its delmål's reference."""
    return bool(head.goal and head.how in ("style", "bold") and head.text.startswith(head.goal))


def ranks_below(shape: tuple, group: tuple) -> bool:
    """Whether a heading of `shape` stands under a heading of `group` shape (a Heading 3 under a
    Heading 2, a bold line or list item under a Heading 2, a smaller bold line under a larger one)."""
    if shape == group or not shape or not group:
        return False
    if shape[0] == "style":
        return group[0] == "style" and shape[1] > group[1]
    if group[0] == "style":
        return True
    if {shape[0], group[0]} <= {"typed", "list"} and len(shape) > 1 and len(group) > 1 and shape[1] == group[1]:
        return False  # "4) …" typed, "5) …" numbered by the list: one numbering, siblings
    size = shape[-1] if isinstance(shape[-1], (int, float)) and not isinstance(shape[-1], bool) else None
    group_size = group[-1] if isinstance(group[-1], (int, float)) and not isinstance(group[-1], bool) else None
    return not (size and group_size and size > group_size)
