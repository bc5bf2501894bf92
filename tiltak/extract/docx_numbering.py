"""Word's automatic list numbers, computed from the numbering definitions.

python-docx exposes `w:numPr` on paragraphs but not the number Word prints. This module
resolves each paragraph's list instance (`numId`, directly or through its style), its level
(`ilvl`), the level's format, text and start value, instance overrides (`startOverride`) and
restarts, and renders the label the way Word does. Word keeps one set of counters per abstract
numbering definition: list instances that share one continue each other's numbering unless an
instance overrides the start value.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from docx.oxml.ns import qn

_W_VAL = qn("w:val")


@dataclass(slots=True)
class Level:
    start: int = 0
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None  # lvlRestart: restart after a use of levels < restart


@dataclass(slots=True)
class ListInstance:
    abstract_id: str
    start_overrides: dict[int, int] = field(default_factory=dict)
    level_overrides: dict[int, Level] = field(default_factory=dict)


def _val(el, tag: str, default=None):
    child = el.find(qn(tag)) if el is not None else None
    if child is None:
        return default
    return child.get(_W_VAL, default)


def _parse_level(lvl) -> Level:
    restart = _val(lvl, "w:lvlRestart")
    return Level(
        start=int(_val(lvl, "w:start", "0") or 0),
        fmt=_val(lvl, "w:numFmt", "decimal") or "decimal",
        text=_val(lvl, "w:lvlText", "") or "",
        restart=int(restart) if restart is not None else None,
    )


def _roman(n: int) -> str:
    if n <= 0:
        return str(n)
    out = ""
    for value, sym in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                       (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += sym
            n -= value
    return out


def _letters(n: int) -> str:
    # Word repeats the letter: a..z, aa..zz, aaa..
    if n <= 0:
        return str(n)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    if fmt in ("decimal", "ordinal", "cardinalText", "ordinalText", "decimalFullWidth"):
        return str(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "none":
        return ""
    return str(n)


_BULLETS = {"\uf0b7": "•", "\uf0a7": "▪", "\uf0d8": "➢", "\uf0fc": "✓", "o": "o", "-": "-", "–": "–"}


class Numbering:
    """Renders list labels for the paragraphs of one document, in document order."""

    def __init__(self, numbering_el, styles_el):
        self._abstract: dict[str, dict[int, Level]] = {}
        self._abstract_style_link: dict[str, str] = {}
        self._instances: dict[str, ListInstance] = {}
        self._style_numpr: dict[str, tuple[str | None, int | None]] = {}
        self._style_based_on: dict[str, str] = {}
        self._counters: dict[str, dict[int, int]] = {}
        self._seen_instances: set[str] = set()
        if styles_el is not None:
            self._read_styles(styles_el)
        if numbering_el is not None:
            self._read_numbering(numbering_el)

    def _read_styles(self, styles_el) -> None:
        for style in styles_el.iterfind(qn("w:style")):
            sid = style.get(qn("w:styleId"))
            if sid is None:
                continue
            based = _val(style, "w:basedOn")
            if based:
                self._style_based_on[sid] = based
            numpr = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
            if numpr is not None:
                ilvl = _val(numpr, "w:ilvl")
                self._style_numpr[sid] = (_val(numpr, "w:numId"), int(ilvl) if ilvl is not None else None)

    def _read_numbering(self, numbering_el) -> None:
        for absn in numbering_el.iterfind(qn("w:abstractNum")):
            aid = absn.get(qn("w:abstractNumId"))
            self._abstract[aid] = {int(lvl.get(qn("w:ilvl"), "0")): _parse_level(lvl) for lvl in absn.iterfind(qn("w:lvl"))}
            link = _val(absn, "w:numStyleLink")
            if link:
                self._abstract_style_link[aid] = link
        for num in numbering_el.iterfind(qn("w:num")):
            inst = ListInstance(abstract_id=_val(num, "w:abstractNumId", "") or "")
            for ov in num.iterfind(qn("w:lvlOverride")):
                ilvl = int(ov.get(qn("w:ilvl"), "0"))
                start = _val(ov, "w:startOverride")
                if start is not None:
                    inst.start_overrides[ilvl] = int(start)
                lvl = ov.find(qn("w:lvl"))
                if lvl is not None:
                    inst.level_overrides[ilvl] = _parse_level(lvl)
            self._instances[num.get(qn("w:numId"))] = inst

    def _levels(self, abstract_id: str, depth: int = 0) -> dict[int, Level]:
        link = self._abstract_style_link.get(abstract_id)
        if link and depth < 5:
            num_id, _ = self._style_numpr.get(link, (None, None))
            inst = self._instances.get(num_id or "")
            if inst is not None and inst.abstract_id != abstract_id:
                return self._levels(inst.abstract_id, depth + 1)
        return self._abstract.get(abstract_id, {})

    def _style_numbering(self, style_id: str | None) -> tuple[str | None, int | None]:
        for _ in range(10):
            if style_id is None:
                break
            if style_id in self._style_numpr:
                return self._style_numpr[style_id]
            style_id = self._style_based_on.get(style_id)
        return None, None

    def label_for(self, p_el) -> tuple[str | None, int | None, str | None]:
        """(label, level, list id) for a `w:p` element; call in document order."""
        ppr = p_el.find(qn("w:pPr"))
        style_id = _val(ppr, "w:pStyle")
        num_id, ilvl = self._style_numbering(style_id)
        numpr = ppr.find(qn("w:numPr")) if ppr is not None else None
        if numpr is not None:
            direct_num = _val(numpr, "w:numId")
            direct_lvl = _val(numpr, "w:ilvl")
            if direct_num is not None:
                num_id = direct_num
            if direct_lvl is not None:
                ilvl = int(direct_lvl)
        if not num_id or num_id == "0" or num_id not in self._instances:
            return None, None, None
        level = ilvl or 0
        inst = self._instances[num_id]
        levels = self._levels(inst.abstract_id)
        counters = self._counters.setdefault(inst.abstract_id, {})
        if num_id not in self._seen_instances:
            self._seen_instances.add(num_id)
            for ov_level, start in inst.start_overrides.items():
                counters[ov_level] = start - 1
                for deeper in [k for k in counters if k > ov_level]:
                    del counters[deeper]

        def level_def(k: int) -> Level:
            return inst.level_overrides.get(k) or levels.get(k) or Level(start=1)

        this = level_def(level)
        counters[level] = counters[level] + 1 if level in counters else this.start
        for deeper in [k for k in counters if k > level]:
            restart = level_def(deeper).restart
            if restart is None or (restart != 0 and level < restart):
                del counters[deeper]
        if this.fmt == "bullet":
            label = _BULLETS.get(this.text, this.text or "•")
        else:
            label = this.text
            for k in range(9):
                token = f"%{k + 1}"
                if token in label:
                    value = counters.get(k, level_def(k).start)
                    label = label.replace(token, format_number(value, level_def(k).fmt))
        label = label.strip() or None
        return label, level, num_id
