"""What every layout parser is, and small helpers they share."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Protocol

from ..model import Cell, Document, Paragraph, Table, without_typed_mark
from ..records import RawMeasure, SelfCheck
from ..content import MONTHS, OLD_IN_BRACKET, is_goal_line
from ..text import fold, join_paragraphs  # noqa: F401 - the layouts import fold from here


@dataclass
class ParseResult:
    measures: list[RawMeasure] = field(default_factory=list)
    self_checks: list[SelfCheck] = field(default_factory=list)
    layout: str | None = None
    """The layout as read, when a parser reads several (a form-table or label-paragraph report)."""
    reasons: list[str] = field(default_factory=list)
    confident: int | None = None
    """How many measures rest on strong evidence (labels of two fields, or a goal reference in words)."""
    others: list[RawMeasure] = field(default_factory=list)
    """Of the measures, those listed under "Andre tiltak" (of no delmål): a table's report may add them."""
    numbered: int = 0
    """Of the measures, those under a heading the writer numbers as a measure ("Tiltak 3 – …"), three or more."""


@dataclass(frozen=True)
class Fit:
    """How well a layout describes a document, 0 (not at all) to 1, and what it recognised."""

    score: float
    reasons: list[str] = field(default_factory=list)


class Layout(Protocol):
    name: str

    def assess(self, doc: Document) -> Fit: ...

    def parse(self, doc: Document) -> ParseResult: ...


@dataclass(slots=True)
class Unit:
    """One paragraph of the document, flattened out of tables too, with where it came from."""

    text: str
    label: str | None
    page: int | None
    page_end: int | None
    bold: bool | None
    where: str


def units(doc: Document) -> list[Unit]:
    out: list[Unit] = []
    for bi, block in enumerate(doc.blocks):
        if isinstance(block, Paragraph):
            out.append(Unit(block.text, block.list_label, block.page, block.page_end, block.bold, f"paragraph {bi + 1}"))
        elif isinstance(block, Table):
            for cell in block.cells:
                for p in cell_lines(cell):
                    if p.text or p.list_label:
                        out.append(Unit(p.text, p.list_label, p.page or cell.page, p.page_end or cell.page, p.bold,
                                        f"table at block {bi + 1}, row {cell.row + 1}"))
    return out


# The words a table's total or subtotal row opens with ("Sum", "Totalt", "Sum innsatsområde 1")
SUM_WORDS = r"(?:sum|delsum|totalsum|subtotal|totalt|total|i alt|samlet|grand total)"

# Typed numbering before a heading's text: "1.", "1)", "(1)", "7 b)", "a)", "IV.", "1.1", "Tiltak 1:", "Tiltak nr. 2 –",
# "TILTAKSKORT 3" (a word for a measure's card or sheet), "Oppdrag 2018-02:" (a letter's numbered task),
# "TRFK-2021-04" (a register's ID), "Sak 2024/1187 ·", "Stand 3 ·", "[3]" (a key a table's cells refer to)
_NUMBERING = re.compile(
    r"^\s*(?:"
    r"(?P<word>(?:tiltak\w*|measure|aktivitet|prosjekt|punkt|vedtakspunkt|faktaboks|boks|tabell|table|figur|figure|"
    r"oppdrag|§)"
    r"\s*(?:nr\.?|nummer|no\.?)?\s*"
    r"(?P<wn>(?:19|20)\d{2}[-–/]\d{1,3}\b|\d{1,3}(?:\.\d{1,2})?\b(?![-–]\d)(?:\s+(?:av|of|/)\s+\d{1,3}\b)?"
    r"|[a-z](?=\s*[:.)\-–—]))\s*[:.)\-–—]?)"
    # a record's word and its ID before a colon ("Beslutning B-2022-01:", "Sak 12/2022:"; not a year
    # or a name's number: "Kompetanseløft 2025:", "Fase 2:")
    r"|(?P<idword>(?:sak|vedtak|beslutning|forslag|avgjørelse|avgjerd|anbefaling|tilrådning|punkt)\s+"
    r"(?:(?-i:[A-ZÆØÅ]{1,5})[-–]?\d{1,4}(?:[-–/]\d{1,4}){0,2}|\d{1,4}[-/]\d{1,4}(?:[-/]\d{1,4})?)\s*(?::|[·|](?=\s)))"
    # any word and a small number before a fact mark: a place's or a list's slot ("Stand 3 · Karriere …")
    r"|(?P<slot>(?!(?:delm(?:å|aa|a)l|(?:hoved|hovud)?m(?:å|aa|a)l|(?:hoved|hovud)?innsatsområde)\b)(?-i:[A-ZÆØÅ][a-zæøå]{1,15})\s+\d{1,3}\s+[·|](?=\s+(?-i:[A-ZÆØÅ«\"])))"
    r"|(?P<dotted>(?:\d{1,2}|(?-i:[IVX]{1,4}))\.\d{1,2}(?:\.\d{1,2}){0,2}[.)]?)"  # "1.2", "1.2)", a form's "II.1.1)"
    r"|(?P<num>\(?\d{1,3}(?:\s?[a-z])?[.)]|\[\d{1,3}\](?=\s))"  # "7 b)": the second measure under a strategy's number 7; "[3]"
    r"|(?P<letter>\(?[a-zA-Z][.)])"
    r"|(?P<roman>[IVXivx]{1,4}[.)])"
    r"|(?P<bare>\d{1,2}(?=\s+(?-i:[A-ZÆØÅ«\"])))"
    # a register's ID ("TRFK-2021-04"), a key result's code ("KR1.1"), a tile's letter ("K"; not the words
    # "A", "E", "I", "O", "Å", nor "E39", "CO2")
    r"|(?P<code>(?-i:[A-ZÆØÅ]{2,8}[-–/](?:19|20)?\d{2}[-–/]\d{1,4}|[A-ZÆØÅ]{1,3}\d{1,2}(?:\.\d{1,2}){1,2}"
    r"|[B-DF-HJ-NP-ZÆØ]"
    r"|\(\d{1,2}:\d{2}(?::\d{2})?\))"  # a recording's time stamp ("(02:10)")
    r"(?=\s+(?-i:[A-ZÆØÅ«\"]))"
    # a tile's symbol before a dash ("Kf – Kompetanseforum Vestland"): its letters begin the name's words
    r"|(?P<symbol>(?-i:[A-ZÆØÅ][a-zæøå]?))\s+[–—](?=\s+(?-i:[A-ZÆØÅ«\"])))"
    r")\s*", re.I)
# A date writes its month in lower case: "13. september", "24.–25. oktober"; "10. August …" is a list
# number before a sentence.
_DATE_AHEAD = re.compile(r"^\s*\d{1,2}\s*\.\s*(?:(?:[–—-]|og|/)\s*\d{1,2}\s*\.\s*)?(?:" + "|".join(MONTHS) + r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|des)\b")
_YEAR_AHEAD = re.compile(r"^\s*\d{1,2}\.\s*(?:\d{1,2}\.)?\s*(?:19|20)\d{2}\b")  # "5. 2021", "14.02.2023"


def cell_lines(cell: Cell) -> list[Paragraph]:
    """A cell's paragraphs; a cell read without them (PDF) as its lines."""
    return cell.paragraphs or [Paragraph(text=t, page=cell.page) for t in cell.text.split("\n") if t.strip()]


def cell_texts(cells) -> dict[int, str]:
    """A row's cells that hold text, by column, each on one line ("the header printed again" is the
    header's texts in the same columns)."""
    return {c.col: " ".join(c.text.split()) for c in cells if c is not None and c.text.strip()}


def split_numbering(text: str) -> tuple[str | None, str, str | None]:
    """'Tiltak 2: Kurs' -> ('Tiltak 2:', 'Kurs', 'word'); '3) Kurs' -> ('3)', 'Kurs', 'num');
    text without numbering -> (None, text, None). A date ("13. mai") is not numbering."""
    if _DATE_AHEAD.match(text) or _YEAR_AHEAD.match(text):
        return None, text, None
    m = _NUMBERING.match(text)
    if not m:
        return None, text, None
    kind = next(k for k in ("word", "idword", "slot", "dotted", "num", "letter", "roman", "bare", "code") if m.group(k))
    rest = text[m.end():]
    if rest.lstrip(" ")[:1] in (";", ","):
        return None, text, None  # "3.2; kurs; VOFO; 2020": a line of facts, no number before a name
    if kind == "idword" and not rest[:1].isupper():
        return None, text, None  # "Sak 12/2022: behandlet i styret" is a sentence
    if kind == "slot" and is_goal_line(re.split(r"\s+[·|]\s+", rest)[0]):
        return None, text, None  # "Kurs 3 · Delmål 2.2": a line of facts, no slot before a name
    if kind == "idword" and _years_apart(m.group("idword")):
        return None, text, None  # "Forslag 2020–2022: …": a period, not a record's ID ("Sak 2024/1902")
    kind = "word" if kind in ("idword", "slot") else kind
    if m.group("symbol") and not _initials_of(m.group("symbol"), rest):
        return None, text, None  # "Ny – Fagskoletilbud", "Nå – Bransjeprogram": a word, not the name's symbol
    if kind in ("letter", "roman") and not rest[:1].isupper():
        return None, text, None  # "i dag", "a) …" in running text is rare; a heading starts with a capital
    if kind != "word" and not rest.strip():
        return None, text, None
    if kind == "word" and m.group(0).lstrip()[:1] in "§bBfF" and not m.group(0).lstrip().lower().startswith(
            ("tiltak", "prosjekt", "punkt")) and rest[:1].islower():
        return None, text, None  # "§ 3 i forskriften gir …", "Boks 2 viser …": a sentence, not a numbered name
    if kind == "word" and m.group(0).lstrip()[:1] in "tT" and m.group(0).lstrip().lower().startswith("tab") \
            and rest[:1].islower():
        return None, text, None  # "Tabell 2 viser …"
    return m.group(0).strip(), rest.strip(), kind


def _years_apart(text: str) -> bool:
    """Whether a record's ID is two years, the second the same or a few after the first ("2020–2022",
    "2024/25"; not a case number "2024/2031", years with "/" being written short)."""
    m = re.search(r"\b((?:19|20)\d\d)(?:[-–](\d\d(?:\d\d)?)|/(\d\d))\b", text)
    if not m:
        return False
    start, end = int(m.group(1)), m.group(2) or m.group(3)
    end = int(end) if len(end) == 4 else start // 100 * 100 + int(end)
    return 0 <= end - start <= 15


def _initials_of(symbol: str, name: str) -> bool:
    """Whether a tile's symbol is made of the name's words' first letters, in order ("Kf" of
    "Kompetanseforum Vestland": K, and f inside a later word's start or the first word; "Hf" of "…
    Høgskulen … Fagskulen"); a single letter not a word of its own ("I", "Å")."""
    words = re.findall(r"[^\W\d_]+", name)
    if len(symbol) == 1:
        return symbol not in "AEIOUYÅ" and any(w[:1] == symbol for w in words[:1])
    first, second = symbol[0].casefold(), symbol[1]
    at = next((k for k, w in enumerate(words) if w[:1].casefold() == first), None)
    if at is None:
        return False
    return second in words[at][1:].casefold() or any(w[:1].casefold() == second for w in words[at + 1:])


def numbering_shape(number: str | None, kind: str | None) -> str:
    """The form of a number, for telling sibling headings: '1)' and '12)' share 'n)'."""
    if not number:
        return ""
    if kind == "word":
        return re.sub(r"\d+|\b[a-z]\b", "n", number.lower())
    return re.sub(r"[a-z]", "a", re.sub(r"[ivx]+(?=[.)])", "r", re.sub(r"\d+", "n", number.lower())))


def split_typed_number(text: str) -> tuple[int | None, str]:
    """'3. Arrangere …' -> (3, 'Arrangere …'); a date such as '13. september' is not a number label."""
    number, rest, kind = split_numbering(text)
    if kind != "num" or number.startswith("(") or not number.rstrip(".)").isdigit():
        return None, text
    return int(number.rstrip(".)")), rest


_BRACKET_THEN_TEXT = re.compile(r"^\s*(?P<bracket>\([^()]{1,40}\))\s*[.:]\s+(?=\S)")


def _type_or_goal(inside: str) -> bool:
    from .facts import names_a_kind  # (facts reads titles with split_title: imported here)
    from ..vocabulary import value_field

    return value_field(inside) == "type" or names_a_kind(inside) or is_goal_line(inside)


def split_title(paragraphs: list[Paragraph], text: str) -> tuple[str, str | None]:
    """A title written with its description in one cell or paragraph: the title in bold, the
    description after it in another style (italic, or plain and long). Returns (title, description)."""
    ps = [p for p in paragraphs if p.text.strip()]
    if len(ps) >= 2 and ps[0].bold:
        n = next((i for i, p in enumerate(ps) if not p.bold), len(ps))
        if n < len(ps) and not any(p.bold for p in ps[n:]):
            title, rest = [p.text for p in ps[:n]], [p.text for p in ps[n:]]
            lead = (ps[n].lead or "").strip()
            runs = [r for r in ps[n].runs if r.text.strip()]
            if lead and runs and runs[0].bold and rest[0].startswith(lead):  # the bold name's last words wrapped
                title, rest[0] = title + [lead], rest[0][len(lead):].strip()  # ("… i / **frivilligheten** (Konferanse)")
            return join_paragraphs(title), join_paragraphs([x for x in rest if x]) or None
    if len(ps) >= 2 and (ps[0].font_size and all(p.font_size and p.font_size <= ps[0].font_size - 0.4 for p in ps[1:])
                         or not ps[0].italic and all(p.italic for p in ps[1:])) \
            and not ps[0].text.rstrip().endswith((".", ":")) and len(ps[0].text.split()) <= 20:
        # a name over its text set a size smaller ("Kompetansebehovsutvalget (KBU)" 9 pt over 8.5 pt), or in italic
        return ps[0].text, join_paragraphs([p.text for p in ps[1:]]) or None
    if len(ps) == 1:
        p = ps[0]
        runs = without_typed_mark([r for r in p.runs if r.text.strip()])  # "(2) **Name.** Text"
        lead = p.lead
        cut = len(p.text.strip()) - len(text.strip())
        if lead and cut > 0 and not text.startswith(lead) and p.text.strip().endswith(text.strip()) \
                and p.text.strip().startswith(lead.strip()) and len(lead.strip()) > cut \
                and re.match(r"tiltak\s*(?:nr\.?\s*)?\d{1,2}\b", p.text.strip(), re.I):
            lead = lead.strip()[cut:].strip()  # ("**Tiltak 3 – Karriere Vestland** er …": the label read apart)
        # a bold lead, or an italic one ending its sentence ("*Kompetansebehovsutvalget.* Unio har …")
        if lead and runs and (runs[0].bold or runs[0].italic and lead.rstrip().endswith(".")) and text.startswith(lead):
            after = text[len(lead):].strip()
            rest = after.lstrip("–—:.- ").strip()  # ("**Name** – text": the dash parts them; "**Name**. Text")
            bracket = _BRACKET_THEN_TEXT.match(after)
            if bracket and runs[0].bold and _type_or_goal(bracket["bracket"][1:-1]):
                # "**Name** (Kurs). Text …": the bracket's type or delmål goes with the name (its time does not)
                return f"{lead.strip()} {bracket['bracket']}", after[bracket.end():].strip()
            rest_runs = runs[next((i for i, r in enumerate(runs) if not r.bold), len(runs)):]
            inside = re.fullmatch(r"\(([^()]*)\)\.?", rest)
            if inside and (OLD_IN_BRACKET.match(inside.group(1)) or is_goal_line(inside.group(1))):
                # "**Name** (nr. 4 og 7 i strategien)": a bracket of goals after the name is the name's
                return text, None
            if rest and (all(r.italic for r in rest_runs) or len(rest.split()) >= 6
                         or lead.rstrip().endswith((".", ":", "–", "-")) or after[:1] in ("–", "—", "-", ":")
                         or after[:2] == ". "):
                return lead.rstrip(" :–-"), rest
    return text, None
