"""A document's own codes for the delmål: a key table ("Kode | Delmål": "[VEILEDNING] | 1.3") and
the codes under each measure ("[DIGITAL] [KOBLING]"), read as the delmål they stand for; and symbols
a legend explains ("◆ delmål", "⚗ FoU"), read as the labels and types they stand for."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from .content import is_delmal_code
from .model import Document, Paragraph, Run, Table
from .vocabulary import header_field

_CODE = re.compile(r"\[[^\[\]]{2,30}\]")
_CODES_ONLY = re.compile(r"^\s*(?:\[[^\[\]]{2,30}\][\s,;]*)+$")


def _key(table: Table) -> dict[str, str] | None:
    """{"[VEILEDNING]": "1.3", …} when one column holds a code in brackets and another a delmål on every row."""
    if table.n_rows < 3 or table.n_cols < 2:
        return None
    rows = table.grid()[1:]
    for code_col in range(table.n_cols):
        codes = [" ".join(r[code_col].text.split()) if r[code_col] else "" for r in rows]
        if not all(_CODE.fullmatch(c) for c in codes):
            continue
        for goal_col in range(table.n_cols):
            goals = [r[goal_col].text.strip() if r[goal_col] else "" for r in rows]
            if goal_col != code_col and all(is_delmal_code(g) for g in goals):
                return {c.casefold(): g.replace(",", ".") for c, g in zip(codes, goals)}
    return None


def with_legend_codes(doc: Document) -> Document:
    """A key table whose codes stand alone on lines under the measures: those lines read as
    "Delmål 2.1, 2.4", and the key left out. (A table of measures with codes in brackets is no key:
    it names the measure, and its codes stand on no line of their own.)"""
    from .layouts.header import header_row  # (the parsers load when a document is read, not on import)

    keys: dict[int, dict[str, str]] = {}
    for k, block in enumerate(doc.blocks):
        key = _key(block) if isinstance(block, Table) else None
        if key and header_row(block) is None:
            keys[k] = key
    if not keys:
        return doc
    known = {code: goal for key in keys.values() for code, goal in key.items()}
    lines = [b for b in doc.blocks if isinstance(b, Paragraph) and _CODES_ONLY.match(b.text)
             and all(c.casefold() in known for c in _CODE.findall(b.text))]
    if not lines:
        return doc
    for block in lines:  # plain, as a goal line: a bold one would lead the next measure
        goals = dict.fromkeys(known[c.casefold()] for c in _CODE.findall(block.text))
        block.text, block.bold, block.runs, block.lead = "Delmål " + ", ".join(goals), False, [], None
    doc.blocks = [b for k, b in enumerate(doc.blocks) if k not in keys]
    return doc


# "Kompetansebehovsutvalg = 1.1; Utdanning og arbeidsliv = 1.4": a key word and the delmål it stands for
_WORD_IS_CODE = re.compile(r"(?:^|[;:,]\s*|\.\s+)([^\W\d_][^=;:,.]{1,58}?)\s*=\s*(\d\.\d{1,2})\b")
_KEY_PARTS = re.compile(r"\s*[;,\n]\s*")


def _key_words(text: str) -> dict[str, str]:
    """{"kompetansebehovsutvalg": "1.1", …} from a paragraph that pairs three key words at least with
    delmål codes; nothing from other paragraphs."""
    pairs = _WORD_IS_CODE.findall(text)
    return {" ".join(w.split()).casefold(): code for w, code in pairs} if len(pairs) >= 3 else {}


def with_key_words(doc: Document) -> Document:
    """A document's own key words for the delmål, explained in a note ("Stikkordene viser til
    strategiens delmål: Kompetansebehovsutvalg = 1.1; Yrkesfagene = 2.3; …"): a cell of a delmål column
    that holds key words only ("Utdanning og arbeidsliv; Fleksibel opplæring for voksne") reads as their
    codes ("1.4, 3.1"); the note itself left out."""
    keys = {k: found for k, b in enumerate(doc.blocks) if isinstance(b, Paragraph) and (found := _key_words(b.text))}
    if not keys:
        return doc
    known = {word: code for key in keys.values() for word, code in key.items()}
    used = False
    for block in doc.blocks:
        if not isinstance(block, Table):
            continue
        goal_cols = {c.col for c in block.row_cells(0) if header_field(" ".join(c.text.split())) == "goal"}
        for cell in block.cells:
            if cell.row == 0 or cell.col not in goal_cols:
                continue  # (only the delmål column's cells: a name may be a key word too)
            parts = [" ".join(p.split()).casefold() for p in _KEY_PARTS.split(cell.text.strip()) if p.strip()]
            # ("Yrkesfagene og Kunnskapsgrunnlaget": two, where the whole is no key word)
            parts = [x for p in parts for x in ([p] if p in known else p.split(" og "))]
            if parts and all(p in known for p in parts):
                codes = ", ".join(dict.fromkeys(known[p] for p in parts))
                cell.text = codes
                cell.paragraphs = [Paragraph(text=codes, page=cell.page)]
                used = True
    if used:
        doc.blocks = [b for k, b in enumerate(doc.blocks) if k not in keys]
    return doc


# "Tegnforklaring: ◆ delmål ⌂ ansvarlig …", "Symboler:", "Forklaring: ◉ = tiltak": a line that explains symbols
_LEGEND_LEAD = re.compile(r"^\s*(?:tegnforklaring|teiknforklaring|forklaring|symbolforklaring|symboler|legend|key)\b[^:]*:\s*",
                          re.I)


_SHORT_LEAD = re.compile(r"^\s*[^\W\d_][^:]{0,60}:\s*(?=\S)")
_JOINERS = frozenset("\ufe0e\ufe0f\u200d")  # an emoji's presentation selectors and joiner: part of its symbol


def _symbol(ch: str) -> bool:
    """A pictogram or a shape ("✎", "⚗", "◆", "⌂"), not a letter, a digit, punctuation, a bullet or a
    box a form ticks (those are choices: content.ticked)."""
    from .content import BOX_MARKS

    return unicodedata.category(ch) in ("So", "Sm") and ch not in "+<=>|~¬±×÷°•◦▪▫" and ch not in BOX_MARKS


def _pairs(text: str) -> list[tuple[str, str]]:
    """(symbol, the words after it) along a line: "◆ delmål ⌂ ansvarlig" -> [("◆", "delmål"), ("⌂", "ansvarlig")]."""
    out: list[tuple[str, str]] = []
    joined = False
    for ch in text:
        if ch in _JOINERS or "\U0001f3fb" <= ch <= "\U0001f3ff":  # a selector, a skin tone: the symbol's own
            joined = joined or ch == "\u200d"
            continue
        if _symbol(ch) and joined and out and not out[-1][1]:
            joined = False  # "👩‍💼": one symbol, known by its first part
            continue
        joined = False
        if _symbol(ch):
            out.append((ch, ""))
        elif out:
            out[-1] = (out[-1][0], out[-1][1] + ch)
    return [(s, words.strip(" =:,;.\t")) for s, words in out]


def _meaning(words: str) -> tuple[str, str] | None:
    """What a symbol stands for: a field's label ("delmål" -> ("label", "Delmål")) or a type of
    measure ("Kurs/utdanning" -> ("type", "Kurs/utdanning"))."""
    from .vocabulary import label_field, value_field

    if not words:
        return None
    if value_field(words) == "type":
        return "type", words
    field = label_field(words, colon=True)
    if field and field not in ("other", "section", "count", "title"):
        return "label", words[:1].upper() + words[1:]
    return None


def _legend_of(block) -> dict[str, tuple[str, str]]:
    """A legend: a line that says it is one ("Tegnforklaring: …"), or a table of symbols over (or beside)
    their meanings; two meanings or more, for two thirds of its symbols or more."""
    if isinstance(block, Paragraph) and _LEGEND_LEAD.match(block.text):
        pairs = _pairs(_LEGEND_LEAD.sub("", block.text))
    elif isinstance(block, Paragraph) and (lead := _SHORT_LEAD.match(block.text)):
        # "Slik leser du oversikten: 🎯 delmål 🏷️ type tiltak 👤 ansvarlig": any short lead, three meanings or more
        pairs = _pairs(block.text[lead.end():])
        if len(pairs) < 3 or any(found[0] != "label" for _, w in pairs if (found := _meaning(w))):
            return {}  # (symbols of types after a lead may sum up the measures: "Slik fordeler tiltakene seg: 📚 Kurs …")
    elif isinstance(block, Table) and block.n_rows * block.n_cols >= 4 and min(block.n_rows, block.n_cols) == 2:
        grid = [[(c.text.strip() if c else "") for c in row] for row in block.grid()]
        if block.n_cols == 2 and block.n_rows > 2:
            grid = [list(col) for col in zip(*grid)]  # symbols down the first column
        symbols, words = grid
        if not all(len(s) == 1 and _symbol(s) for s in symbols):
            return {}
        pairs = list(zip(symbols, words))
    else:
        return {}
    meanings = {s: found for s, w in pairs if (found := _meaning(w))}
    return meanings if len(meanings) >= 2 and 3 * len(meanings) >= 2 * len(pairs) else {}


def with_symbol_legends(doc: Document) -> Document:
    """Symbols a legend explains ("⚗ FoU", "◆ delmål", "⌂ ansvarlig"), used for labels and types: a
    line's label symbols read as its labels ("◆ 2.1 ◆ 2.2" -> "Delmål: 2.1, 2.2"; "⌂ Virke ⚭ LO" ->
    "Ansvarlig: Virke", "Samarbeidspartnere: LO", a line each), a type symbol before a name as the
    measure's name and type ("Tiltak: …", "Type: FoU"); the legend itself left out. A symbol the PDF
    reader took for the line's bullet counts as the line's first."""
    legends = {k: found for k, b in enumerate(doc.blocks) if (found := _legend_of(b))}
    if not legends:
        return doc
    meaning = {s: m for found in legends.values() for s, m in found.items()}
    blocks: list = []
    for k, block in enumerate(doc.blocks):
        if k in legends:
            continue
        if not isinstance(block, Paragraph):
            blocks.append(block)
            continue
        text = block.text.strip()
        if block.list_label in meaning:
            text = f"{block.list_label} {text}"
        if not text or text[:1] not in meaning:
            blocks.append(block)
            continue
        kind = meaning[text[:1]]
        if kind[0] == "type":  # "⚗ Balansekunst – …": the measure's name, then its type
            blocks += [_line(block, f"Tiltak: {text[1:].strip()}"), _line(block, f"Type: {kind[1]}")]
            continue
        labelled: dict[str, list[str]] = {}
        for symbol, value in _pairs(text):
            found = meaning.get(symbol)
            if found and found[0] == "label" and value:
                labelled.setdefault(found[1], []).append(value)
            elif found and found[0] == "type":
                labelled.setdefault("Type", []).append(found[1])
        blocks += [_line(block, f"{label}: {', '.join(values)}") for label, values in labelled.items()] or [block]
    doc.blocks = blocks
    return doc


def _line(p: Paragraph, text: str) -> Paragraph:
    return Paragraph(text=text, page=p.page, page_end=p.page_end, style=p.style, font_size=p.font_size, bold=False,
                     italic=p.italic, indent=p.indent, runs=[Run(text)], lead=None)


# "Romben = spørsmål, avrundet boks = tilbud": what a diagram's shapes, colours or marks stand for
_SHAPE_PAIR = re.compile(r"(?:^|[,;.]\s*|\s{2,})([^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2}|\W)\s+=\s+([^=,;.]{1,40}?)"
                         r"(?=\s*(?:[,;.]|\s{2,}|$))")


def without_shape_legends(doc: Document) -> Document:
    """A line that says what a diagram's shapes or marks stand for, two of them or more ("Romben =
    spørsmål, avrundet boks = tilbud."; "☑ = gjennomført ☐ = ikkje starta"): the diagram's key, no
    measure's text. (A system's export of labelled values, "DELMAAL = 1.3", is no key.)"""
    from .vocabulary import label_field

    def legend(text: str) -> bool:  # (its meanings words, no figures: "Kvinner = 62 %" is data)
        key, _, rest = text.partition(". ")
        pairs = _SHAPE_PAIR.findall(key)
        covered = sum(len(a) + len(b) + 3 for a, b in pairs)
        return len(pairs) >= 2 and covered >= 0.6 * len(key) and len(rest.split()) <= 8 \
            and not any(ch.isdigit() for _, b in pairs for ch in b) \
            and not any(label_field(a.strip(), colon=True) for a, _ in pairs)

    kept = [b for b in doc.blocks if not (isinstance(b, Paragraph) and legend(b.text))]
    if len(kept) < len(doc.blocks):
        doc.blocks = kept
    return doc



# "I parentes: type; delmål; ansvar; samarbeid; periode." — the order of the facts in each item's bracket
_BRACKET_ORDER = re.compile(r"(?:^|[.:!]\s+)(?:i\s+(?:parentes|parentesen|parentesane|parentesene|klammer|klammene|hakeparentes)|"
                            r"(?:parentesen|parentesene|klammene)\s+(?:viser|gir|inneheld|inneholder))\s*:\s*(?P<order>[^.]+)\.?\s*$",
                            re.I)
_LAST_BRACKET = re.compile(r"[(\[](?P<inside>[^()\[\]]+)[)\]]\s*\.?\s*$")


def with_bracket_order(doc: Document) -> Document:
    """A sentence that tells the order of the facts in the items' brackets below it ("I parentes: type;
    delmål; ansvar; samarbeid; periode."), each a field's label: the bracket of each list item right after
    it (up to the first paragraph that is none, or has no such bracket), with as many parts parted the
    same way, written with those labels ("(Type: Arrangement; Delmål: 2.3; Ansvar:
    Spekter; …)"), so that each part is the fact its place says, whatever its words."""
    from .vocabulary import label_field

    blocks = doc.blocks
    for i, block in enumerate(blocks):
        m = _BRACKET_ORDER.search(block.text) if isinstance(block, Paragraph) else None
        if not m:
            continue
        mark = ";" if ";" in m["order"] else "·" if "·" in m["order"] else "|" if "|" in m["order"] else ","
        labels = [x.strip() for x in m["order"].split(mark) if x.strip()]
        if len(labels) < 3 or any(label_field(x, colon=True) in (None, "other", "section") for x in labels):
            continue
        for k in range(i + 1, len(blocks)):
            p = blocks[k]
            if not isinstance(p, Paragraph):
                break
            tail = _LAST_BRACKET.search(p.text) if p.list_label else None
            parts = [x.strip() for x in tail["inside"].split(mark)] if tail else []
            if len(parts) != len(labels):
                break  # (the list items right after the sentence only: a bracket further on is no item's)
            bracket = f" ({'; '.join(f'{label}: {part}' for label, part in zip(labels, parts))})"
            text = p.text[:tail.start()].rstrip() + bracket
            blocks[k] = replace(p, text=text, runs=_with_last_bracket(p.runs, p.text[tail.start():].strip(), bracket, text))
    return doc


def _with_last_bracket(runs: list[Run], bracket: str, told: str, text: str) -> list[Run]:
    """The runs with the last one's closing bracket written anew (a bold name before it stays bold);
    one run of the new `text` when the last run does not end with the bracket."""
    last = runs[-1].text.rstrip() if runs else ""
    if not last.endswith(bracket):
        return [Run(text)]
    return runs[:-1] + [replace(runs[-1], text=last[:-len(bracket)].rstrip() + told)]


# "a) = delmål 1.3", "(b) delmål 2.1", "c = 2.2": a mark of a letter and the delmål it stands for
_MARK_IS_CODE = re.compile(r"(?:^|(?<=\s))\(?([a-zA-Z])\)?\s*(?:=|:|–)?\s*(?:delmål\s*)?([1-3][.,][1-6])(?!\d)", re.I)
# where the marks stand: "[b, c]", "(a, e)", "(d)" after a name, a stop or the end after them (not a list's "(a)
# teknologi, (b) ledelse" in a text)
_MARKS = re.compile(r"(?<=[\w)\]»\"])\s*[\[(]\s*([a-zA-Z](?:\s*[,;/]\s*[a-zA-Z])*)\s*[\])](?=\s*(?:[.:;,–—-]|$))")


def _mark_key(text: str) -> dict[str, str]:
    """{"a": "1.3", …} from a text that gives three marks at least their delmål; nothing else."""
    pairs = _MARK_IS_CODE.findall(text or "")
    key = {m.casefold(): code.replace(",", ".") for m, code in pairs}
    return key if len(key) >= 3 and len(key) == len(pairs) else {}


def with_mark_keys(doc: Document) -> Document:
    """A key of letters for the delmål ("Forklaring til koder: a) = delmål 1.3 b) = delmål 2.1 …") and the
    marks after the measures' names ("… for tillitsvalgte [b, c]."): the marks read as the delmål they
    stand for ("(delmål 2.1, 2.2)"), the key left out. Only brackets whose every letter the key gives."""
    keys = {}
    for k, b in enumerate(doc.blocks):
        text = b.text if isinstance(b, Paragraph) else " ".join(c.text for c in b.cells) \
            if isinstance(b, Table) and b.n_rows * b.n_cols <= 2 else ""
        if (found := _mark_key(text)):
            keys[k] = found
    if not keys:
        return doc
    known = {m: code for key in keys.values() for m, code in key.items()}

    def read(m: re.Match) -> str:
        marks = [x.strip().casefold() for x in re.split(r"[,;/]", m.group(1))]
        if not all(x in known for x in marks):
            return m.group(0)
        return " (delmål " + ", ".join(dict.fromkeys(known[x] for x in marks)) + ")"

    def marked(p: Paragraph) -> Paragraph:
        text = _MARKS.sub(read, p.text) if _MARKS.search(p.text) else p.text
        if text == p.text:
            return p
        return replace(p, text=text, runs=[replace(r, text=_MARKS.sub(read, r.text)) for r in p.runs],
                       lead=_MARKS.sub(read, p.lead) if p.lead else p.lead)

    used = False
    for k, b in enumerate(doc.blocks):
        if k in keys:
            continue
        if isinstance(b, Paragraph) and (new := marked(b)) is not b:
            doc.blocks[k], used = new, True
        elif isinstance(b, Table):  # ("Name [b, c]" in a table's name cells)
            for cell in b.cells:
                paragraphs = [marked(p) for p in cell.paragraphs]
                if any(new is not old for new, old in zip(paragraphs, cell.paragraphs)):
                    cell.paragraphs, cell.text, used = paragraphs, "\n".join(p.text for p in paragraphs), True
    if used:
        doc.blocks = [b for k, b in enumerate(doc.blocks) if k not in keys]
    return doc
