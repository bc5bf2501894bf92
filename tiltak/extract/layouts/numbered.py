"""Layout 1: the numbered report (Spekter 2017).

A list "Rapporteringspunkter" of numbered measures, each followed by "Relasjon til NKPS tiltak
nr …", then one form per measure under four numbered headings. The list and the forms describe
the same measures, so they are joined, never doubled. List labels (Word's numbering leaks stray
numbers such as "9." into the answers) are never part of a field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from ..content import RELATION_WORDS
from ..model import Document
from ..records import Provenance, RawMeasure
from ..settings import SETTINGS
from ..text import join_paragraphs
from ..vocabulary import match_label
from .base import Fit, ParseResult, Unit, fold, split_typed_number, units

LIST_HEADING = ("rapporteringspunkter",)
# "Relasjon til …", "Knyttes til strategiens tiltak nr …" (not "kobling til praksisfeltet")
_RELATION = re.compile(rf"\brelasjon til\b|\b{RELATION_WORDS}\s+til\s+"
                       r"(?:nkps|strategien|strategiens|tiltak|den nasjonale kompetansepolitiske)\b", re.I)
_URL_ONLY = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
_BRACKET_END = re.compile(r"\s*\([^()]*\)\s*$")  # "Spekters HR-nettverk (Nettverk)": its type
_FORM_NUMBER = re.compile(r"^\s*(?:(?:punkt|tiltak|pkt\.?)\s*)?\d{1,2}\s*[.:)–-]?\s*", re.I)  # "Punkt 1: ", "3. "
_FORM_FIELDS = {"title", "roles", "responsible", "partners", "description", "period", "type", "goal"}


def heading_of(text: str) -> tuple[str | None, str]:
    """Which form heading a paragraph is (a field label, numbered or not), and any answer written
    after a colon on the same line."""
    label = match_label(text)
    if label is None or label.field not in _FORM_FIELDS or label.how == "run-in":
        return None, ""
    name = "responsible" if label.field == "roles" else label.field
    return name, label.value if label.how == "separator" else ""


# "Medlem av kompetansebehovsutvalget (KBU) (NKPS tiltak nr. 1)": the old number in a bracket after the name
_OLD_IN_TAIL = re.compile(r"\((?=(?:nkps[\s-]*)?tiltak\s*(?:nr\.?\s*)?\d{1,2}(?:\s*(?:,|og|&)\s*\d{1,2})*\)\s*\.?\s*$)", re.I)


@dataclass
class _Item:
    """A measure as read from the list or from one form."""

    number: int | None
    title: list[str] = field(default_factory=list)
    goal: list[str] = field(default_factory=list)
    fields: dict[str, list[str]] = field(default_factory=dict)
    extra: list[str] = field(default_factory=list)
    first: Unit | None = None
    last: Unit | None = None

    def add_title_text(self, text: str) -> None:
        m = _RELATION.search(text) or _OLD_IN_TAIL.search(text)
        if m:
            before = text[: m.start()].strip().rstrip(" –—-")  # ("Name (type) – relasjon til …")
            if before:
                self.title.append(before)
            self.goal.append(text[m.start():].strip())
        elif self.goal:
            # Text after the relation line belongs to the measure, not its name.
            self.extra.append(text)
        else:
            self.title.append(text)


class NumberedReport:
    name = "numbered_report"

    def __init__(self) -> None:
        self._named: set[int] = set()  # the units that open a form by naming a listed measure

    def assess(self, doc: Document) -> Fit:
        """A list of measures that relate to the strategy ("Relasjon til NKPS tiltak nr …"), with or
        without its heading "Rapporteringspunkter", and forms under numbered headings."""
        found = self._scan(doc)
        kinds = {kind for kind, _ in found["headings"]}
        forms = sum(1 for kind, _ in found["headings"] if kind == "title")
        if not forms:
            self._split(doc)
            forms = len(self._named)  # (headings that name the listed measures again)
        # the list relating the measures to the strategy comes before the forms (numbered sections
        # inside the forms, "4 Tidsplan", "5 Kobling til NKPS", are no such list)
        listed = found["relations"] >= 2 and found["numbered"] >= 2 and len(self._split(doc)[0]) >= 2
        reasons = [f"{forms} forms (a measure-name heading), form headings seen: {', '.join(sorted(kinds)) or 'none'}",
                   f"{found['relations']} 'Relasjon til …' lines, {found['numbered']} numbered paragraphs",
                   "a 'Rapporteringspunkter' heading" if found["list_heading"] else "no 'Rapporteringspunkter' heading"]
        score = 0.0
        if forms and len(kinds) >= 3:
            # forms alone, with no list of measures, are the section parser's (a blank template too);
            # under the list's heading but with no list that relates its measures to the strategy, the
            # forms are the section parser's unless it reads them worse
            score = 0.95 if listed else 0.6 if found["list_heading"] else 0.25
        elif listed:
            score = 0.6
        if found["list_heading"]:
            score = min(1.0, score + 0.1) if score else 0.3
        return Fit(score, reasons)

    def fit(self, doc: Document) -> float:
        return self.assess(doc).score

    def _scan(self, doc: Document) -> dict:
        headings, relations, numbered, list_heading = [], 0, 0, False
        for u in units(doc):
            kind, _ = heading_of(u.text)
            if kind:
                headings.append((kind, u))
            if _RELATION.search(u.text):
                relations += 1
            if u.label or split_typed_number(u.text)[0] is not None:
                numbered += 1
            if fold(u.text).startswith(LIST_HEADING):
                list_heading = True
        return {"headings": headings, "relations": relations, "numbered": numbered, "list_heading": list_heading}

    def parse(self, doc: Document) -> ParseResult:
        listed, rest = self._split(doc)
        return ParseResult(measures=self._join(listed, self._read_forms(rest)))

    def _split(self, doc: Document) -> tuple[list[_Item], list[Unit]]:
        """The list of measures before the first form, and the units from that form on. A form opens
        with a name label ("Navn på tiltaket:"), or with a heading that names a listed measure again
        ("Punkt 1: Spekters representasjon i RSA")."""
        seq = units(doc)
        first_form = next((i for i, u in enumerate(seq) if heading_of(u.text)[0] == "title"), len(seq))
        listed = self._read_list(seq[:first_form])
        named = self._named_forms(seq, listed) if first_form == len(seq) else []  # (no form names its measure by a label)
        if named:
            first_form = min(named)
            listed = self._read_list(seq[:first_form])
        self._named = {id(seq[i]) for i in named}
        return listed, seq[first_form:]

    @staticmethod
    def _named_forms(seq: list[Unit], listed: list[_Item]) -> list[int]:
        """The units after the list that name its measures again, one each, in the list's order."""
        if len(listed) < 2 or listed[-1].first is None:
            return []
        end = next(i for i, u in enumerate(seq) if u is listed[-1].first) + 1
        names = [" ".join(item.title).rstrip(" –—-") for item in listed]
        titles = [(fold(name), fold(_BRACKET_END.sub("", name))) for name in names]
        found: list[int] = []
        for i in range(end, len(seq)):
            name = fold(_FORM_NUMBER.sub("", seq[i].text))
            if name and len(found) < len(titles) and max(fuzz.ratio(name, t) for t in titles[len(found)]) \
                    >= SETTINGS.layouts.list_title_ratio:
                found.append(i)
        return found if len(found) == len(titles) else []

    # -- the list of reporting points ---------------------------------------------------------

    def _read_list(self, seq: list[Unit]) -> list[_Item]:
        start = next((i + 1 for i, u in enumerate(seq) if fold(u.text).startswith(LIST_HEADING)), 0)
        items: list[_Item] = []
        for u in seq[start:]:
            number, text = self._list_number(u, len(items) + 1)
            if number is not None:
                items.append(_Item(number=number, first=u, last=u))
                # the next items run on in the same line ("2. Deltakelse i SRY (NKPS tiltak nr. 4 og 7) 3. Utvikle …")
                while text and (cut := re.search(rf"(?<=[).])\s+{number + 1}\.\s+(?=[A-ZÆØÅ«])", text)):
                    items[-1].add_title_text(text[:cut.start()].strip())
                    number, text = number + 1, text[cut.end():]
                    items.append(_Item(number=number, first=u, last=u))
                if text:
                    items[-1].add_title_text(text)
            elif items and u.text:
                items[-1].add_title_text(u.text)
                items[-1].last = u
        # Without the heading, a list is only a list of measures when its items relate to the strategy.
        if start == 0:
            items = [it for it in items if it.goal]
        return items

    @staticmethod
    def _list_number(u: Unit, expected: int) -> tuple[int | None, str]:
        if u.label:
            digits = re.match(r"\d+", u.label)
            return (int(digits.group()) if digits else expected), u.text
        number, text = split_typed_number(u.text)
        if number is not None and number == expected:
            return number, text
        return None, u.text

    # -- the forms, one per measure -------------------------------------------------------------

    def _read_forms(self, seq: list[Unit]) -> list[_Item]:
        forms: list[_Item] = []
        current_field: str | None = None
        fresh = False  # the next unit is the first of its section
        for u in seq:
            kind, inline = heading_of(u.text)
            if id(u) in self._named:
                kind, inline = "title", _FORM_NUMBER.sub("", u.text).strip()
            if kind == "title":
                forms.append(_Item(number=len(forms) + 1, first=u, last=u))
            if kind:
                current_field = kind
                fresh = True
                if inline:
                    self._add(forms[-1], kind, inline)
                    fresh = False
                continue
            if forms and u.bold and len(forms[-1].fields) >= 2 and len(u.text.split()) <= 8 and not u.text.rstrip().endswith("."):
                current_field = None  # a heading of the report's own after a form's answers ("Planer for 2018")
                continue
            if not forms or not u.text or current_field is None and forms[-1].fields:
                continue
            text = u.text
            if fresh and not u.label and current_field != "title":
                # A stray list number that lost its tab in the PDF text: "9. En dags varighet …"
                number, rest = split_typed_number(text)
                if number is not None:
                    text = rest
            fresh = False
            forms[-1].last = u
            if _URL_ONLY.match(text):
                self._add(forms[-1], "description", text)
            else:
                self._add(forms[-1], current_field or "title", text)
        return forms

    @staticmethod
    def _add(item: _Item, kind: str, text: str) -> None:
        if kind == "title":
            item.add_title_text(text)
        else:
            item.fields.setdefault(kind, []).append(text)

    # -- joining list and forms -----------------------------------------------------------------

    def _join(self, listed: list[_Item], forms: list[_Item]) -> list[RawMeasure]:
        pairs: list[tuple[_Item | None, _Item | None]] = []
        used: set[int] = set()
        if len(listed) == len(forms) >= 2 and all(item.goal and form.goal and set(_reference_numbers(item.goal)) == set(
                _reference_numbers(form.goal)) for item, form in zip(listed, forms)):
            # as many forms as listed items, each giving its item's old numbers: one by one in order, however
            # the list shortens the names ("Lærlingbrev" / "Brev fra Spekter til alle medlemsvirksomhetene …")
            return [self._measure(n + 1, item, form, title_of_form=True) for n, (item, form) in enumerate(zip(listed, forms))]
        for form in forms:
            best, best_score = None, 0.0
            form_title = fold(" ".join(form.title))
            for i, item in enumerate(listed):
                if i in used:
                    continue
                score = fuzz.ratio(form_title, fold(" ".join(item.title)))
                # Same position in list and forms is the normal case: a small bonus breaks ties.
                score += 5 if i == len(pairs) else 0
                if score > best_score:
                    best, best_score = i, score
            if best is not None and best_score >= SETTINGS.layouts.list_title_ratio:
                used.add(best)
                pairs.append((listed[best], form))
            else:
                pairs.append((None, form))
        # List items without a form keep their place in list order.
        for i, item in enumerate(listed):
            if i not in used:
                pairs.append((item, None))
        order = {id(item): i for i, item in enumerate(listed)}

        def position(pair: tuple[_Item | None, _Item | None]) -> int:
            item, form = pair
            return order[id(item)] if item is not None else len(listed) + (form.number or 0)

        pairs.sort(key=position)
        return [self._measure(n + 1, item, form) for n, (item, form) in enumerate(pairs)]

    def _measure(self, index: int, item: _Item | None, form: _Item | None, title_of_form: bool = False) -> RawMeasure:
        notes: list[str] = []
        main = item or form
        assert main is not None
        title = join_paragraphs(main.title) or join_paragraphs(form.title if form else [])
        if title_of_form and form is not None and form.title:
            title = join_paragraphs(form.title)  # (the form names the measure in full)
        goal_parts = list(item.goal) if item else []
        if form and form.goal:
            if not goal_parts:
                goal_parts = list(form.goal)
            elif fold(" ".join(form.goal)) != fold(" ".join(goal_parts)):
                notes.append(f"goal_conflict: the list says '{' '.join(goal_parts)}', the form says '{' '.join(form.goal)}'")
                goal_parts += form.goal
        if item and form is None:
            notes.append("no_form: the measure is listed but has no form of its own")
        fields = form.fields if form else {}
        extra_text = (item.extra if item else []) + (form.extra if form else [])
        description = join_paragraphs(extra_text + fields.get("description", []))
        first = main.first
        last = (form or main).last
        where = []
        if item:
            where.append(f"list item {item.number}")
        if form:
            where.append(f"form {form.number}")
        return RawMeasure(
            index=index,
            title=title,
            goal_text=join_paragraphs(goal_parts) or None,
            responsible_text=join_paragraphs(fields.get("responsible", [])) or None,
            partners_text=join_paragraphs(fields.get("partners", [])) or None,
            roles_combined=not fields.get("partners"),
            description=description or None,
            period_text=join_paragraphs(fields.get("period", [])) or None,
            type_text=join_paragraphs(fields.get("type", [])) or None,
            notes=notes,
            provenance=Provenance(page=first.page if first else None,
                                  page_end=(last.page_end or last.page) if last else None,
                                  locator=" + ".join(where)),
        )


def _reference_numbers(parts: list[str]) -> list[str]:
    """The numbers a goal reference gives ("Relasjon til NKPS tiltak nr. 4 og 7." -> 4, 7)."""
    return re.findall(r"\d+(?:[.,]\d)?", " ".join(parts))
