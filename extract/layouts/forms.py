"""Layout 3 forms: one two-column table per measure (label | answer), as in Word templates, and a
heading per measure followed by "Label: value" paragraphs. Both read the same labels."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Document, Paragraph, Table
from ..records import Provenance, RawMeasure
from ..text import join_paragraphs
from .base import ParseResult
from .labels import field_of, split_label

_RELATION = re.compile(r"\brelasjon til\b", re.I)


@dataclass
class _Form:
    fields: dict[str, list[str]] = field(default_factory=dict)
    extra: dict[str, str] = field(default_factory=dict)
    page: int | None = None
    page_end: int | None = None
    where: str = ""

    def add(self, name: str, text: str) -> None:
        if text:
            self.fields.setdefault(name, []).append(text)

    def measure(self, index: int) -> RawMeasure:
        f = {k: join_paragraphs(v) for k, v in self.fields.items()}
        title, goal = f.get("title", ""), f.get("goal", "")
        m = _RELATION.search(title)
        if m:  # "Brev om lærlinger. Relasjon til NKPS tiltak nr 4." in the name's cell
            title, goal = title[: m.start()].strip(), join_paragraphs([goal, title[m.start():]])
        roles = f.get("roles")
        return RawMeasure(
            index=index, title=title, goal_text=goal or None, type_text=f.get("type") or None,
            responsible_text=(f.get("responsible") or roles) or None, partners_text=f.get("partners") or None,
            roles_combined=bool(roles) and not f.get("responsible"), description=f.get("description") or None,
            period_text=f.get("period") or None, extra=self.extra,
            provenance=Provenance(page=self.page, page_end=self.page_end, locator=self.where),
        )


def _form_rows(table: Table) -> list[tuple[str | None, str, str]]:
    """(field, label, answer) per row of a label | answer table."""
    rows = []
    for r in range(table.n_rows):
        cells = table.row_cells(r)
        if not cells:
            continue
        label = cells[0].text.replace("\n", " ").strip()
        answer = "\n".join(c.text for c in cells[1:] if c.text).strip()
        name, inline = split_label(label)
        if name is None:
            name = field_of(label)
        elif inline:  # "Delmål: 2.2" in the label cell
            answer = "\n".join(x for x in (inline, answer) if x)
        rows.append((name, label, answer))
    return rows


class FormTable:
    name = "form_table"

    @staticmethod
    def _is_form(table: Table) -> bool:
        named = {name for name, _, _ in _form_rows(table) if name}
        return table.n_cols >= 2 and len(named) >= 3

    def fit(self, doc: Document) -> float:
        forms = [t for t in doc.tables() if self._is_form(t)]
        if not forms:
            return 0.0
        titled = sum(1 for t in forms if any(n == "title" for n, _, _ in _form_rows(t)))
        return 0.9 if titled else 0.5

    def parse(self, doc: Document) -> ParseResult:
        forms: list[_Form] = []
        for ti, table in enumerate(doc.tables()):
            rows = _form_rows(table)
            if not (self._is_form(table) or (forms and any(n for n, _, _ in rows))):
                continue
            for name, label, answer in rows:
                # A new measure starts at its name; a table without one continues the last form
                # (a form table cut by a page break).
                if name == "title" and (not forms or "title" in forms[-1].fields):
                    forms.append(_Form(page=table.page, page_end=table.page_end, where=f"form table {ti + 1}"))
                if not forms:
                    forms.append(_Form(page=table.page, page_end=table.page_end, where=f"form table {ti + 1}"))
                form = forms[-1]
                form.page_end = table.page_end or form.page_end
                if name:
                    form.add(name, answer)
                elif label and answer:
                    form.extra[label] = answer
        return ParseResult(measures=[f.measure(i + 1) for i, f in enumerate(forms) if f.fields.get("title")])


class LabelParagraphs:
    """A heading per measure (or a "Tiltak:" line), then "Label: value" paragraphs; a value may run
    on over the following paragraphs."""

    name = "label_paragraphs"

    @staticmethod
    def _labelled(p: Paragraph) -> tuple[str | None, str]:
        name, value = split_label(p.text)
        if name is None and len(p.text) <= 60 and not p.text.rstrip().endswith("."):
            name = field_of(p.text)  # a label on a line of its own
            value = ""
        return name, value

    def fit(self, doc: Document) -> float:
        labelled = [self._labelled(p)[0] for p in doc.paragraphs()]
        inline = [n for n, p in zip(labelled, doc.paragraphs()) if n and ":" in p.text]
        if len(inline) >= 3 and len(set(inline)) >= 2 and ("goal" in inline or "responsible" in inline):
            return 0.85
        return 0.0

    def parse(self, doc: Document) -> ParseResult:
        paragraphs = [p for p in doc.paragraphs() if p.text.strip()]
        labels = [self._labelled(p) for p in paragraphs]
        forms: list[_Form] = []
        current: str | None = None
        for i, (p, (name, value)) in enumerate(zip(paragraphs, labels)):
            next_is_label = i + 1 < len(paragraphs) and labels[i + 1][0] is not None
            if name == "title":
                if not forms or "title" in forms[-1].fields:
                    forms.append(_Form(page=p.page, page_end=p.page_end, where=f"paragraph {i + 1}"))
                forms[-1].add("title", value)
                current = "title"
            elif name:
                if not forms:
                    continue
                forms[-1].add(name, value)
                forms[-1].page_end = p.page_end or forms[-1].page_end
                current = name
            elif next_is_label and self._heading(p, forms, labels[i + 1][0]):
                forms.append(_Form(page=p.page, page_end=p.page_end, where=f"paragraph {i + 1}"))
                forms[-1].add("title", p.display if p.list_label and not p.list_label[0].isdigit() else p.text)
                current = "title"
            elif forms and current:
                forms[-1].add(current, p.text)
                forms[-1].page_end = p.page_end or forms[-1].page_end
        return ParseResult(measures=[f.measure(i + 1) for i, f in enumerate(forms) if f.fields.get("title")])

    @staticmethod
    def _heading(p: Paragraph, forms: list[_Form], next_label: str | None) -> bool:
        """A paragraph right before a label names a new measure when it looks like a heading, or
        when the label that follows was already given for the current measure."""
        if p.heading_level or p.bold or p.list_label:
            return True
        if not forms:
            return True
        return next_label in forms[-1].fields
