"""The format-neutral document model every reader produces and every layout parser reads.

A document is a list of blocks in reading order: paragraphs and tables. Page headers and
footers are kept apart (`Document.headers`, `Document.footers`) and never appear among the
blocks. Positions (`Span`) are only known for PDF; Word documents leave them empty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace


@dataclass(slots=True)
class Span:
    """A run of words on one line, separated from its neighbours by a wide gap (PDF only)."""

    text: str
    x0: float
    x1: float
    bold: bool = False
    italic: bool = False


@dataclass(slots=True)
class Run:
    """A stretch of a paragraph in one style (bold, italic, size), in reading order."""

    text: str
    bold: bool = False
    italic: bool = False
    size: float | None = None


@dataclass(slots=True)
class Line:
    """One printed line of a paragraph (PDF only; a Word paragraph has no lines)."""

    text: str
    page: int
    top: float
    bottom: float
    x0: float
    x1: float
    spans: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class Paragraph:
    text: str
    """The paragraph's text without its list label, lines joined the way a reader reads them."""
    page: int | None = None
    page_end: int | None = None
    style: str | None = None
    heading_level: int | None = None
    font_size: float | None = None
    bold: bool | None = None
    italic: bool | None = None
    indent: float | None = None
    """Left indent in points: from the page's text edge (PDF) or the paragraph's indent (Word)."""
    list_label: str | None = None
    """The list number or bullet as rendered ("9.", "b)", "•"); never part of `text`."""
    lines: list[Line] = field(default_factory=list)
    runs: list[Run] = field(default_factory=list)
    lead: str | None = None
    """Leading text set apart from the rest by style (a bold run) or by a tab-wide gap: a run-in
    label ("Ansvarleg  NAV") or a title before its description."""
    notes: list[str] = field(default_factory=list)
    """The footnotes and endnotes whose marks stand in the paragraph, in order (Word)."""
    tabs: tuple[str, ...] = ()
    """The text between the tab characters typed in it, the first field empty when a tab opens it (Word:
    a table set with tab stops, "\tNr.\tType\tAnsvarlig"); () without tabs."""

    @property
    def display(self) -> str:
        """The paragraph as printed: label and text."""
        return f"{self.list_label} {self.text}" if self.list_label else self.text


def is_bullet(label: str | None) -> bool:
    """A list label that is a symbol ("•", "▪", "➢", "✓", "–"; Word's "o"), not a number or a letter."""
    return bool(label) and len(label) == 1 and (not label.isalnum() or label == "o")


# a number or letter typed in front of a paragraph: "(2)", "2.", "b)", "iv."
_TYPED_MARK = re.compile(r"^\s*(?:\(?\d{1,3}[.)]|\d{1,3}(?:\.\d{1,2}){1,3}\.?|\(?[a-zA-Z][.)]|\(?[ivxIVX]{1,4}[.)])\s*$")


def is_typed_mark(text: str) -> bool:
    """A list's number or letter typed by hand: "3.", "(2)", "34.1", "b)"."""
    return bool(_TYPED_MARK.match(text or ""))


def without_typed_mark(runs: list[Run]) -> list[Run]:
    """The runs without a number typed in front in another style than the text after it."""
    if len(runs) >= 3 and _TYPED_MARK.match(runs[0].text) and (runs[1].bold, runs[1].italic) != (runs[0].bold, runs[0].italic) \
            and runs[1].text.lstrip()[:1].isalpha():  # ("3." + "**5 millioner**": a number, not a name after its mark)
        return runs[1:]
    return runs


def style_lead(runs: list[Run]) -> str | None:
    """The leading text of a paragraph styled apart from the rest (a bold run-in label or title),
    or None when the paragraph is in one style. A number typed in front in another style is not
    the lead: "(2) **Evaluering av …** VOFO har …" leads with the bold name."""
    runs = without_typed_mark([r for r in runs if r.text.strip()])
    n = 1
    while n < len(runs) and (runs[n].bold, runs[n].italic) == (runs[0].bold, runs[0].italic):
        n += 1
    if n >= len(runs):
        return None
    return " ".join(" ".join(r.text.split()) for r in runs[:n]).strip() or None


@dataclass(slots=True)
class Cell:
    text: str
    row: int
    col: int
    row_span: int = 1
    col_span: int = 1
    page: int | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    tables: list["Table"] = field(default_factory=list)
    """Tables nested inside the cell (Word), in order after its paragraphs."""


@dataclass(slots=True)
class Table:
    cells: list[Cell]
    n_rows: int
    n_cols: int
    page: int | None = None
    page_end: int | None = None
    ruled: bool = True
    columns: list[float] | None = None
    """Column boundaries (x, points) when known (PDF): a table continued on the next page has the same."""
    sheet: str | None = None
    """The spreadsheet's sheet the table is (xlsx), with `source_rows`: the sheet's row number of each row."""
    source_rows: list[int] | None = None
    _grid: list | None = field(default=None, repr=False, compare=False)

    def grid(self) -> list[list[Cell | None]]:
        """Rows × columns; a merged cell appears in every grid position it covers. Built once:
        a table's cells are not changed after reading."""
        if self._grid is None:
            rows: list[list[Cell | None]] = [[None] * self.n_cols for _ in range(self.n_rows)]
            for cell in self.cells:
                for r in range(cell.row, min(cell.row + cell.row_span, self.n_rows)):
                    for c in range(cell.col, min(cell.col + cell.col_span, self.n_cols)):
                        rows[r][c] = cell
            self._grid = rows
        return self._grid

    def row_cells(self, row: int) -> list[Cell]:
        """The distinct cells that start in or span into `row`, left to right."""
        seen: list[Cell] = []
        for cell in self.grid()[row]:
            if cell is not None and (not seen or seen[-1] is not cell):
                seen.append(cell)
        return seen


Block = Paragraph | Table


@dataclass(slots=True)
class Document:
    path: str
    format: str  # "pdf" | "docx"
    blocks: list[Block] = field(default_factory=list)
    pages: int | None = None
    headers: list[str] = field(default_factory=list)
    footers: list[str] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)
    pages_not_read: list[str] = field(default_factory=list)
    ocr_pages: dict[int, float] = field(default_factory=dict)  # scanned pages read by OCR: page -> mean confidence
    rules: dict[int, list[tuple[float, float, float]]] = field(default_factory=dict)
    """Horizontal rules per page (PDF): (y, x0, x1). Rows of a table ruled only across are told apart by them."""

    def paragraphs(self) -> list[Paragraph]:
        return [b for b in self.blocks if isinstance(b, Paragraph)]

    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

    def title_lines(self, n: int = 8) -> list[str]:
        """Body lines before the first list item or table: a title page, if the report has one."""
        out: list[str] = []
        for block in self.blocks:
            if isinstance(block, Table) or block.list_label or re.match(r"\s*\d{1,2}[.)]\s", block.text):
                break
            if block.text.strip():
                out.append(block.text.strip())
            if len(out) >= n:
                break
        return out

    def first_lines(self, n: int = 12) -> list[str]:
        """The first non-empty lines of body text, as printed (for reports and reporter detection)."""
        out: list[str] = []
        for block in self.blocks:
            if isinstance(block, Paragraph):
                texts = [block.display]
            else:
                texts = [" | ".join(c.text for c in block.row_cells(r) if c.text) for r in range(min(block.n_rows, 3))]
            for text in texts:
                if text.strip():
                    out.append(text.strip())
                if len(out) >= n:
                    return out
        return out


_QUOTED = re.compile(r"^\s*>(?:\s|$)")


_MAIL = re.compile(r"^\s*(?:fra|from|sendt|sent|emne|subject)\s*:|\b(?:skrev|wrote)\s*:\s*$", re.I)


def without_quoted_mail(doc: Document) -> Document:
    """An e-mail reply pasted into a report: the message it answers, quoted line by line with ">",
    is not the report (a request's "- Tiltak: (navn på tiltaket)" would read as a measure). Only in
    a document with a mail's header lines ("Fra:", "Sendt:") or a "… skrev:" line. Nor is all that
    follows a reply's "-----Opprinnelig melding-----", or a "Fra: … Sendt: …" after the signature or a
    first such header."""
    if not any(isinstance(b, Paragraph) and _MAIL.search(b.text) for b in doc.blocks):
        return doc
    doc.blocks = _without_own_header(doc.blocks)
    cut = _answered_from(doc.blocks)
    if cut is not None:
        doc.blocks = doc.blocks[:cut]
    quoted = [isinstance(b, Paragraph) and bool(_QUOTED.match(b.text)) for b in doc.blocks]
    if sum(quoted) < 3 or all(quoted):
        return doc
    doc.blocks = [b for b, q in zip(doc.blocks, quoted) if not q]
    return doc


_HEADER_LINE = re.compile(r"^\s*(?:fra|from|sendt|sent|til|to|kopi|cc|emne|subject|dato|date|vedlegg|attachments?)\s*:", re.I)
_SUBJECT_LINE = re.compile(r"^\s*(?:emne|subject)\s*:", re.I)
_ADDRESS = re.compile(r"^\s*(?:fra|from|til|to)\s*:.*\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.I)


def _without_own_header(blocks: list) -> list:
    """An e-mail's own header at its top ("Fra: …", "Sendt: …", "Til: …", "Emne: …" as paragraphs) without its
    subject line: what the message is about, no measure's name. (A memo's "Fra:"/"Dato:"/"Emne:" stay: no "Sendt:".)"""
    start = next((k for k, b in enumerate(blocks[:4]) if isinstance(b, Paragraph) and _HEADER_LINE.match(b.text)), None)
    if start is None:
        return blocks
    end = start
    while end < len(blocks) and isinstance(blocks[end], Paragraph) and _HEADER_LINE.match(blocks[end].text):
        end += 1
    lines = [b.text for b in blocks[start:end]]
    # (sent, or sent from or to an e-mail address: a memo's "Fra: Siri Holm, VOFO" is neither)
    if not any(_SENDER.match(x) for x in lines) or not any(_SENT.match(x) or _ADDRESS.search(x) for x in lines):
        return blocks
    return blocks[:start] + [b for b in blocks[start:end] if not _SUBJECT_LINE.match(b.text)] + blocks[end:]


def _answered_from(blocks: list) -> int | None:
    """Where the message a reply answers begins: at "-----Opprinnelig melding-----" under a reply of its own
    (four paragraphs or tables at least, not a cover note), or at "Fra: … / Sendt: …" after the reply's
    signature or its own such header; None in a forward ("Emne: VS: …"), whose message is the report."""
    from .content import is_closing

    if any(isinstance(b, Paragraph) and _FORWARDED.match(b.text) for b in blocks[:12]):
        return None
    marker = next((k for k, b in enumerate(blocks) if k and isinstance(b, Paragraph) and _ORIGINAL.match(b.text)), None)
    if marker is not None:
        own = sum(1 for b in blocks[:marker] if not isinstance(b, Paragraph) or len(b.text.split()) >= 4)
        return marker if own >= 4 else None
    greeted = next((k for k, b in enumerate(blocks) if isinstance(b, Paragraph) and is_closing(b.text)), None)
    senders = [k for k, b in enumerate(blocks) if isinstance(b, Paragraph) and _SENDER.match(b.text)
               and any(isinstance(x, Paragraph) and _SENT.match(x.text) for x in blocks[k + 1:k + 4])]
    after = senders[0] if len(senders) >= 2 else greeted if greeted is not None else len(blocks)
    return next((k for k in senders if k > after), None)


_SENDER = re.compile(r"^\s*(?:fra|from)\s*:\s*\S", re.I)
_SENT = re.compile(r"^\s*(?:sendt|sent)\s*:\s*\S", re.I)  # (not a memo's "Dato:")
_FORWARDED = re.compile(r"^\s*(?:emne|subject)\s*:\s*(?:vs|fw|fwd|wg)\s*:", re.I)
_ORIGINAL = re.compile(r"^\s*-{3,}\s*(?:opprinnelig\s+melding|original\s+message|opphavleg\s+melding)\s*-{3,}\s*$", re.I)


# "[09:14] Kari Nordmann: …", "10:02 – Ola: …", "[09.14] Kari: …": when a message was written and by whom
# (a time with a full stop only in brackets: "1.01 Tiltak: …" numbers a form's fields)
_CHAT = re.compile(r"^\s*(?:\[\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\]|\d{1,2}:\d{2}(?::\d{2})?)\s*(?:[-–—]\s*)?"
                   r"(?P<who>[^\W\d_][\w.\-]*(?:\s+[^\W\d_][\w.\-]*){0,3})\s*:\s+(?=\S)")


def without_chat_marks(doc: Document) -> Document:
    """A chat exported as text: each message opens with its time and who wrote it ("[09:14] Kari
    Nordmann: Tiltak: …"); the messages are the text. Only where most paragraphs are such messages
    and two people or more write them, none of them a label ("09:00 Tiltak: …" is a programme's)."""
    from .vocabulary import label_field

    paragraphs = [b for b in doc.blocks if isinstance(b, Paragraph) and b.text.strip()]
    marks = [(p, m) for p in paragraphs if (m := _CHAT.match(p.text))]
    if len(marks) < 5 or 2 * len(marks) < len(paragraphs) or len({m.group("who") for _, m in marks}) < 2 \
            or any(label_field(m.group("who"), colon=True) is not None for _, m in marks):
        return doc
    for p, m in marks:
        _cut_start(p, m.end())
    return doc


_SHOWN_MARKS = str.maketrans({"¶": " ", "→": " "})  # Word's marks for a paragraph's end and a tab


def _unmarked(text: str) -> str:
    """The text without the marks, spaces they leave one space, line breaks kept."""
    return "\n".join(re.sub(r"[ \t]{2,}", " ", line) for line in text.translate(_SHOWN_MARKS).split("\n"))


def without_formatting_marks(doc: Document) -> Document:
    """A document printed with Word's formatting marks shown: "¶" closing each paragraph, "→" for
    each tab. The text without them; only where most paragraphs (three at least) end with "¶"."""
    paragraphs = doc.paragraphs() + [p for t in doc.tables() for c in t.cells for p in c.paragraphs]
    every = [p for p in paragraphs if p.text.strip()]
    marked = sum(1 for p in every if p.text.rstrip().endswith("¶"))
    if marked < 3 or 2 * marked < len(every):
        return doc
    for p in paragraphs:
        p.text = _unmarked(p.text).strip()
        p.runs = [Run(_unmarked(r.text), r.bold, r.italic, r.size) for r in p.runs if r.text.translate(_SHOWN_MARKS).strip()]
        if p.runs:
            p.runs[0].text = p.runs[0].text.lstrip()
        p.lead = _unmarked(p.lead).strip() or None if p.lead else None
    for t in doc.tables():
        for c in t.cells:
            c.text = _unmarked(c.text).strip()
    doc.blocks = [b for b in doc.blocks if not isinstance(b, Paragraph) or b.text or b.list_label]
    return doc


_QUESTION = re.compile(r"^\s*(?:spørsmål|spm\.?|question|q)\s*\d{1,2}\s*[:.)]\s*(?=\S)", re.I)
_ANSWER = re.compile(r"^\s*(?:svar|answer)\s*:\s*(?=\S)", re.I)


def with_answers_unmarked(doc: Document) -> Document:
    """A questionnaire answered in turn ("Spørsmål 1: Hva heter tiltaket?" / "Svar: Møteplass …"):
    the question is the label and the answer its value, without "Spørsmål 1:" and "Svar:". Only
    where at least two answers follow a question each."""
    blocks = doc.blocks
    answered = [i for i in range(1, len(blocks)) if isinstance(blocks[i], Paragraph) and _ANSWER.match(blocks[i].text)
                and isinstance(blocks[i - 1], Paragraph) and (_QUESTION.match(blocks[i - 1].text)
                                                              or blocks[i - 1].text.rstrip().endswith("?"))]
    if len(answered) < 2:
        return doc
    for i in answered:
        for block, mark in ((blocks[i - 1], _QUESTION), (blocks[i], _ANSWER)):
            if m := mark.match(block.text):
                _cut_start(block, m.end())
    return doc


def cut(p: Paragraph, a: int, b: int) -> None:
    """The paragraph without its characters a..b, in its text and its runs (counted without spaces:
    the runs may space them otherwise)."""
    start = len("".join(p.text[:a].split()))
    end = start + len("".join(p.text[a:b].split()))
    p.text = (p.text[:a] + p.text[b:]).strip()
    runs, seen = [], 0
    for run in p.runs:
        kept = []
        for ch in run.text:
            inside = start <= seen < end  # (a space goes with the letter after it)
            if not ch.isspace():
                seen += 1
            if not inside:
                kept.append(ch)
        text = "".join(kept) if runs else "".join(kept).lstrip()
        if text:
            runs.append(Run(text, run.bold, run.italic, run.size))
    p.runs = runs


# who runs it, set off before the name: "**KD:** *Kompetansebehovsutvalget (KBU)*. Utvalget la fram …": an
# organisation's short name (two capitals at least: KD, ASD, HK-dir, NAV) or a name that ends as a body's does
_WHO_FIRST = re.compile(r"^(?:(?-i:[A-ZÆØÅ]{2,})[\w&/-]*(?:\s+\w+){0,2}|(?:\S+\s+){0,3}\w*(?:departement|departementet|"
                        r"direktorat|direktoratet|fylkeskommune|kommune|forbund|forbundet|etaten|rådet))\s*:$", re.I)
_FACTS_AT_END = re.compile(r"\(([^()]*:[^()]*)\)\s*\.?\s*$")


def with_who_first(doc: Document) -> Document:
    """Paragraphs that open with who runs the measure in bold ("KD:", "Arbeids- og inkluderingsdepartementet:";
    not a label, "Ansvar:", "Merk:", nor a status), then its name in italic: the name leads, and who runs it is a fact at the end ("… (ansvar: KD; type: utvalg; …)" —
    in the bracket of facts the paragraph ends with, or one of its own). Two such paragraphs at least."""
    from .vocabulary import is_status, label_field

    found = []
    for p in doc.paragraphs():
        runs = [r for r in p.runs if r.text.strip()]
        lead = runs[0].text.strip() if runs else ""
        if len(runs) >= 3 and runs[0].bold and not runs[0].italic and _WHO_FIRST.match(lead) \
                and label_field(lead) is None and not is_status(lead.rstrip(":")) \
                and runs[1].italic and not runs[1].bold and not runs[2].italic and runs[2].text.lstrip()[:1] in ".:–-":
            found.append((p, runs))
    if len(found) < 2:
        return doc
    for p, runs in found:
        who, name, rest = runs[0].text.strip().rstrip(":"), " ".join(runs[1].text.split()), "".join(r.text for r in runs[2:])
        rest = rest.lstrip(" .:–-")
        facts = _FACTS_AT_END.search(rest)
        rest = (rest[:facts.start(1)] + f"ansvar: {who}; " + rest[facts.start(1):]) if facts else f"{rest} (ansvar: {who})"
        p.runs = [Run(f"{name}.", bold=True, size=runs[1].size), Run(f" {rest}", size=runs[2].size)]
        p.text = f"{name}. {rest}"
        p.lead = f"{name}."
        p.bold = False
    return doc


def with_label_spans(doc: Document) -> Document:
    """A printed line set as labels each with its answer in columns of their own, no colons ("Delmål
    1.3 │ Type Prosjekt │ Periode 2023–2025", a fact grid drawn without rules): the fields it says,
    as "Delmål: 1.3 · Type: Prosjekt · Periode: 2023–2025". Two fields at least, every part a known
    label of a fact with an answer."""
    from .records import FACT_FIELDS
    from .vocabulary import leading_label

    for p in doc.paragraphs():
        spans = [sp for line in p.lines for sp in line.spans]
        if not p.lines or len(p.lines) > 2 or any(len(line.spans) < 2 for line in p.lines) or any(":" in sp.text for sp in spans):
            continue  # (each line two columns at least, no label's colon)
        parts = [leading_label(sp.text, max_words=3) for sp in spans]
        if all(parts) and len({f for f, _, _ in parts}) == len(parts) and all(a for _, _, a in parts) \
                and all(f in (*FACT_FIELDS, "roles") for f, _, _ in parts):  # (not a card's "Tiltak 1 av 4 │ NKPS-tiltak nr. 12")
            p.text = " · ".join(f"{label}: {answer}" for _, label, answer in parts)
            p.runs, p.lead, p.bold = [Run(p.text, size=p.font_size)], None, False
    return doc


def with_labels_over_answers(doc: Document) -> Document:
    """A fact grid drawn without rules, its labels in a line of their own over a line of their answers, each
    answer under its label ("Delmål   Type      Ansvarlig" / "Delmål 1.2   Nettverk   HK-dir"): the answers'
    line as "Delmål: Delmål 1.2 · Type: Nettverk · Ansvarlig: HK-dir", the labels' line left out. Two columns
    at least, every part of the upper line a known label of a fact, each answer starting where its label does."""
    from .records import FACT_FIELDS
    from .vocabulary import label_field

    out: list = []
    for block in doc.blocks:
        prev = out[-1] if out else None
        labels = _one_line_spans(prev) if isinstance(prev, Paragraph) else None
        answers = _one_line_spans(block) if isinstance(block, Paragraph) and labels else None
        if labels and answers and len(labels) == len(answers) >= 2 and prev.page == block.page \
                and all(label_field(x.text, colon=True) in (*FACT_FIELDS, "roles") and ":" not in x.text for x in labels) \
                and all(abs(x.x0 - y.x0) <= 3.0 for x, y in zip(labels, answers)) \
                and not any(label_field(y.text) for y in answers):
            text = " · ".join(f"{x.text}: {y.text}" for x, y in zip(labels, answers))
            out[-1] = replace(block, text=text, runs=[Run(text, size=block.font_size)], lead=None, bold=False)
            continue
        out.append(block)
    doc.blocks = out
    return doc


def _one_line_spans(p: Paragraph) -> list[Span] | None:
    return p.lines[0].spans if len(p.lines) == 1 and len(p.lines[0].spans) >= 2 else None


def with_wrapped_labels(doc: Document) -> Document:
    """A label its column wrapped onto the answer's line ("Ansvarlig" over "departement  KD", in a fact
    box of labels left of their answers): one line, "Ansvarlig departement" the label of "KD". The
    label alone, and the next line's part set apart after it still a label of the same fact."""
    from .records import FACT_FIELDS
    from .vocabulary import label_field

    out: list = []
    for block in doc.blocks:
        prev = out[-1] if out else None
        if isinstance(block, Paragraph) and isinstance(prev, Paragraph) and block.lead and prev.page == block.page \
                and not prev.list_label and not block.list_label and block.text.startswith(block.lead) \
                and block.text[len(block.lead):].strip() and len(prev.text.split()) <= 3:
            field = label_field(prev.text.strip())
            joined = f"{prev.text.strip()} {block.lead.strip()}"
            if field in FACT_FIELDS and label_field(joined) == field and label_field(block.lead.strip()) != field:
                out[-1] = replace(block, text=f"{prev.text.strip()} {block.text}", lead=joined, runs=prev.runs + block.runs,
                                  lines=prev.lines + block.lines)
                continue
        out.append(block)
    doc.blocks = out
    return doc


def with_labels_left(doc: Document) -> Document:
    """A fact table of two columns with each answer left of its label ("2.2, 2.4 | Delmål", "HK-dir |
    Eier"): the columns swapped, labels first as forms have them. Four rows at least; every right cell
    a label of a fact, no left cell one (a word a label may be, "evaluering", is an answer there). So too
    lines each of an answer with its label set apart after it (`_labels_after_values`)."""
    from .records import FACT_FIELDS
    from .vocabulary import label_field

    for t in doc.tables():
        if t.n_cols != 2 or t.n_rows < 4 or len(t.cells) != 2 * t.n_rows:
            continue
        left = [" ".join(c.text.split()) for c in t.cells if c.col == 0]
        right = [" ".join(c.text.split()) for c in t.cells if c.col == 1]
        facts = (*FACT_FIELDS, "roles")
        if all(label_field(x.rstrip(":")) in facts for x in right) and not any(label_field(x.rstrip(":")) in facts for x in left):
            for c in t.cells:
                c.col = 1 - c.col
            t.cells.sort(key=lambda c: (c.row, c.col))
            t._grid = None  # (built again from the cells moved)
    return _labels_after_values(doc)


def _label_after(p: Paragraph) -> tuple[str, str] | None:
    """(the label, the value) of a line that gives a measure's fact or name, its label after it
    ("UH-institusjonene    Ansvarlig")."""
    from .records import FACT_FIELDS
    from .vocabulary import label_field

    words = p.display.split()
    for k in (3, 2, 1):
        label, value = " ".join(words[-k:]), " ".join(words[:-k])
        if value and len(words) - k <= 25 and all(w[:1].isalpha() and w[-1:].isalpha() for w in words[-k:]) \
                and label_field(label) in (*FACT_FIELDS, "title") \
                and label_field(" ".join(words[:k])) is None and _set_apart(p, label):
            return label, value
    return None


def _set_apart(p: Paragraph, label: str) -> bool:
    """The label stands apart from the value before it: a span of its own after a wide gap (PDF), after a
    tab (Word); not the last words of a bullet's sentence ("• Partene er enige om felles tiltak")."""
    if p.list_label and is_bullet(p.list_label):
        return False
    if p.lines:
        spans = p.lines[-1].spans
        return len(spans) >= 2 and " ".join(spans[-1].text.split()) == label
    return bool(p.tabs) and " ".join(p.tabs[-1].split()) == label


def _labels_after_values(doc: Document) -> Document:
    """Lines each of a fact with its label after it, right-aligned or to the right (a sheet's
    "Virkes HR-barometer   Tiltak" over "2.2   Delmål", "FoU   Type tiltak"): written as labelled lines,
    "Tiltak: Virkes HR-barometer". Four such lines in a row at least, naming three fields or more."""
    from .vocabulary import label_field

    blocks = list(doc.blocks)
    k = 0
    while k < len(blocks):
        run = []
        while k + len(run) < len(blocks) and isinstance(blocks[k + len(run)], Paragraph) \
                and (found := _label_after(blocks[k + len(run)])):
            run.append(found)
        if len(run) >= 4 and len({label_field(label) for label, _ in run}) >= 3:
            for j, (label, value) in enumerate(run):
                p = blocks[k + j]
                blocks[k + j] = replace(p, text=f"{label}: {value}", list_label=None, lead=f"{label}:",
                                        runs=[Run(f"{label}:", bold=True), Run(f" {value}", bold=bool(p.bold))], lines=[])
        k += max(len(run), 1)
    doc.blocks = blocks
    return doc


def _cut_start(p: Paragraph, n: int) -> None:
    """The paragraph without its first `n` characters, in its text and its runs; a lead that was
    them goes ("Svar:" in bold), and what leads the rest leads."""
    cut(p, 0, n)
    p.lead = style_lead(p.runs) if p.runs else None  # (the bold name after a typed bullet leads now)
    if p.runs:
        p.bold = all(r.bold for r in p.runs if r.text.strip())


_LANGUAGES = frozenset(("norsk", "bokmål", "nynorsk", "english", "engelsk", "norwegian", "samisk", "sámegiella",
                        "davvisámegiella", "nordsamisk", "lulesamisk", "sørsamisk", "svensk", "dansk"))
_FIRST_LANGUAGES = ("norsk", "bokmål", "nynorsk", "norwegian")


def without_translations(doc: Document) -> Document:
    """A table with a column per language ("Norsk | English"): the same text translated. Only the
    Norwegian column is read, as the table's one column (its header row left out)."""
    blocks = []
    for block in doc.blocks:
        if isinstance(block, Table) and block.n_rows >= 2 and block.n_cols >= 2:
            header = [" ".join(c.text.split()).casefold().strip(" :") for c in block.row_cells(0)]
            if len(header) == block.n_cols and all(h in _LANGUAGES for h in header):
                keep = next((i for i, h in enumerate(header) if h in _FIRST_LANGUAGES), 0)
                cells = [replace(c, row=c.row - 1, col=0, col_span=1) for c in block.cells
                         if c.row > 0 and c.col <= keep < c.col + c.col_span]  # (a row across both: kept)
                block = replace(block, cells=cells, n_rows=block.n_rows - 1, n_cols=1,
                                columns=[block.columns[keep], block.columns[keep + 1]] if block.columns else None,
                                source_rows=block.source_rows[1:] if block.source_rows else None, _grid=None)
        blocks.append(block)
    doc.blocks = blocks
    return doc


# box-drawing connectors at a line's start, and the mark of the node after them ("│ ├── ◉ ")
_TREE_START = re.compile(r"^[\s\u2500-\u257f]*[\u2500-\u257f][\s\u2500-\u257f]*(?:[◉○●◦•▪■□‣⁃◆◇]\s+)?")


def without_tree_lines(doc: Document) -> Document:
    """An outline drawn with box-drawing characters ("│ ├── ◉ Kompetanseforum", "│ │ └─ ○ Delmål: 1.2"),
    three lines or more: the connectors, and the node's mark after them, are drawing, not text."""
    drawn = [(p, m.end()) for p in doc.paragraphs() if (m := _TREE_START.match(p.text)) and p.text[m.end():].strip()]
    if len(drawn) < 3:
        return doc
    for p, end in drawn:
        _cut_start(p, end)
    return doc


def with_typed_bullets(doc: Document) -> Document:
    """A bullet typed in front of a paragraph's text ("▸ Møteplass lærebedrift", "– Name" in front of two
    paragraphs at least), not set by a list style: the paragraph's list label, as the PDF reader reads one (a form's boxes, "☐ 2.1 ☒ 2.2",
    stay in the text: they are choices)."""
    from .content import BOX_MARKS
    from .text import symbol_bullet

    paragraphs = list(doc.paragraphs())
    # a dash typed as a bullet: in front of two paragraphs at least, each opening with a capital ("– Kompetansepluss …"),
    # or in front of a name in bold ("– **Desentraliserte fagskuletilbod**: …")
    dashed = {id(p) for p in paragraphs if p.list_label is None and _TYPED_DASH.match(p.text)}
    named = {id(p) for p in paragraphs if id(p) in dashed and len(p.runs) >= 2 and p.runs[0].text.strip() in "–—-"
             and p.runs[1].bold and not p.runs[0].bold}
    for p in paragraphs:
        first = p.text[:1]
        if p.list_label is None and p.text[1:2] == " " and p.text[2:].strip() and (
                symbol_bullet(first) and first not in BOX_MARKS or (len(dashed) >= 2 or id(p) in named) and id(p) in dashed):
            p.list_label = first
            _cut_start(p, 2)
    return doc


_TYPED_DASH = re.compile(r"^[–—-] (?=[A-ZÆØÅ«\"])")
