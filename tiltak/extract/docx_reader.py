"""Word (.docx) -> Document, with python-docx.

Walks the body XML in order (paragraphs, tables, content controls), renders automatic list
numbers (see docx_numbering), builds table grids honouring `gridSpan` and `vMerge`, and keeps
page headers and footers apart from the body. Word files carry no page positions, so
paragraphs and cells have no page.
"""

from __future__ import annotations

import re

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from .docx_numbering import Numbering
from .html_blocks import decoded, html_blocks
from .model import Cell, Document, Paragraph, Run, Table, is_typed_mark, style_lead
from .records import FACT_FIELDS
from .content import is_note_mark
from .text import clean
from .vocabulary import match_label

_SKIP_SUBTREES = {qn("w:del"), qn("w:moveFrom"), qn("w:txbxContent"), qn("w:pPr"), qn("w:rPr"),
                  "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"}
_HEADING = re.compile(r"^(?:heading|overskrift|rubrik|titre)\s*(\d)$", re.I)


def read_docx(path: str) -> Document:
    document = docx.Document(path)
    reader = _Reader(document)
    body = document.element.body
    blocks = reader.read_blocks(body)
    meta = {}
    core = document.core_properties
    for key in ("title", "author", "subject"):
        value = getattr(core, key, None)
        if value:
            meta[key] = str(value)
    if core.created:
        meta["created"] = core.created.isoformat()
    headers, footers = reader.headers_and_footers()
    _titles_as_headings(blocks)
    blocks = _comments_if_facts(blocks)
    return Document(path=str(path), format="docx", blocks=blocks, headers=headers, footers=footers, metadata=meta)


_TITLE_STYLES = ("title", "tittel")


def _titles_as_headings(blocks: list) -> None:
    """Paragraphs in Word's Title style, when there are several: documents bound into one (a
    procedure per measure), each title a heading of the first rank. (One is the document's title.)"""
    titles = [b for b in blocks if isinstance(b, Paragraph) and b.heading_level is None and b.text
              and (b.style or "").strip().casefold() in _TITLE_STYLES]
    if len(titles) >= 2:
        for p in titles:
            p.heading_level = 1


_RUN = qn("w:r")


def _notes(document) -> dict[tuple[str, str], str]:
    """(reference tag, id) -> the text of each footnote and endnote."""
    out: dict[tuple[str, str], str] = {}
    for rel in document.part.rels.values():
        kind = rel.reltype.rsplit("/", 1)[-1]
        if kind not in ("footnotes", "endnotes") or rel.is_external:
            continue
        try:
            root = parse_xml(rel.target_part.blob)
        except Exception:  # noqa: BLE001 - a broken notes part: the notes are lost, not the document
            continue
        note, ref = (qn("w:footnote"), qn("w:footnoteReference")) if kind == "footnotes" else \
            (qn("w:endnote"), qn("w:endnoteReference"))
        for el in root.iterfind(note):
            if el.get(qn("w:type")) in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            text = clean(" ".join(_run_text(p) for p in el.iter(qn("w:p"))).replace("\n", " "))
            if text:
                out[(ref, el.get(qn("w:id")))] = text
    return out


COMMENT = "(comment)"  # the style of a margin comment read as a paragraph: no style a document can have


def _comments(document) -> dict[str, list[str]]:
    """id -> the paragraphs of each comment in the margin (a reviewer's, or the facts a writer put there)."""
    out: dict[str, list[str]] = {}
    for rel in document.part.rels.values():
        if rel.reltype.rsplit("/", 1)[-1] != "comments" or rel.is_external:
            continue
        try:
            root = parse_xml(rel.target_part.blob)
        except Exception:  # noqa: BLE001 - a broken comments part: the comments are lost, not the document
            continue
        for el in root.iterfind(qn("w:comment")):
            texts = [clean(_run_text(p).replace("\n", " ")) for p in el.iter(qn("w:p"))]
            out[el.get(qn("w:id"))] = [t for t in texts if t]
    return out


def _raised(r) -> bool:
    align = r.find(qn("w:rPr") + "/" + qn("w:vertAlign"))
    return align is not None and align.get(qn("w:val")) == "superscript"


def _raised_text(r) -> str | None:
    """What a raised run shows, with the raised runs right after it (Word may part "2.2" into "2" and
    ".2"), set apart as a remark: " (2.2)"; "" for a run that goes on from the one before, None for a
    run that is not raised. A note's mark (a number, *, †) shows nothing: it is not text."""
    if not _raised(r):
        return None
    before = r.getprevious()
    if before is not None and before.tag == _RUN and _raised(before):
        return ""
    texts, run = [], r
    while run is not None and run.tag == _RUN and _raised(run):
        texts.append("".join(t.text or "" for t in run.iter(qn("w:t"))))
        run = run.getnext()
    text = "".join(texts).strip()
    return "" if not text or is_note_mark(text) else f" ({text})"


def _comments_if_facts(blocks: list) -> list:
    """Comments are read only when the body gives no facts by labels of its own: then they hold them (a
    draft whose facts stand in the margin); else they are reviewers' remarks ("Ansvar: sjekk med Anne")."""
    def labelled(text: str) -> bool:
        label = match_label(text)
        return label is not None and label.how == "separator" and label.field in FACT_FIELDS

    body = [b for b in blocks if not (isinstance(b, Paragraph) and b.style == COMMENT)]
    if len(body) == len(blocks) or not any(
            labelled(b.text) if isinstance(b, Paragraph) else any(labelled(p.text) for c in b.cells for p in c.paragraphs)
            for b in body):
        return blocks
    return body


def _anchored(blocks: list, floating: list[int]) -> list:
    """Tables set floating, when the first comes before any heading: Word writes a floating table before
    the paragraph it is anchored to, so each box of facts stands before its measure's heading. Each is
    read after that paragraph. (A first box after a heading floats beside its own measure: as written.)"""
    first_heading = next((k for k, b in enumerate(blocks) if isinstance(b, Paragraph) and b.heading_level), None)
    if not floating or first_heading is None or floating[0] > first_heading:
        return blocks
    out = list(blocks)
    for k in reversed(floating):
        after = next((j for j in range(k + 1, len(out)) if isinstance(out[j], Paragraph) and out[j].text.strip()), None)
        if after is not None:
            out.insert(after, out.pop(k))
    return out


def _drop_cap(p_el) -> bool:
    """A paragraph that is a drop cap: the first letter of the next, framed and set large."""
    frame = p_el.find(f"{qn('w:pPr')}/{qn('w:framePr')}")
    return frame is not None and frame.get(qn("w:dropCap")) in ("drop", "margin") and 0 < len(_run_text(p_el).strip()) <= 3


_SDT = qn("w:sdt")


def _placeholder(el) -> bool:
    """A content control still showing its placeholder ("Klikk her for å skrive inn tekst."): left empty."""
    props = el.find(qn("w:sdtPr"))
    return props is not None and props.find(qn("w:showingPlcHdr")) is not None


def _run_text(el) -> str:
    """Text of a paragraph-like element, as Word shows it (no deleted text, no text boxes, no placeholder
    of an empty content control)."""
    parts: list[str] = []

    def walk(node) -> None:
        for child in node:
            tag = child.tag
            if tag in _SKIP_SUBTREES or tag == _SDT and _placeholder(child):
                continue
            if tag == _RUN and _hidden(child):
                continue
            raised = _raised_text(child) if tag == _RUN else None
            if raised is not None:  # raised text other than a note's mark ("Tittel²·²"): a remark
                parts.append(raised)
            elif tag == qn("w:t"):
                parts.append(child.text or "")
            elif tag == qn("w:tab"):
                parts.append("\t")
            elif tag in (qn("w:br"), qn("w:cr")):
                if child.get(qn("w:type")) != "page":
                    parts.append("\n")
            elif tag == qn("w:noBreakHyphen"):
                parts.append("-")
            elif tag == _FIELD_CHAR and (box := _form_checkbox(child)):
                parts.append(box)
            else:
                walk(child)

    walk(el)
    return "".join(parts)


_FIELD_CHAR = qn("w:fldChar")


def _form_checkbox(fld) -> str | None:
    """An old Word form's check box (a FORMCHECKBOX field), as Word shows it: "☒" ticked, "☐" not."""
    box = fld.find(f"{qn('w:ffData')}/{qn('w:checkBox')}")
    if box is None:
        return None
    mark = box.find(qn("w:checked"))
    mark = box.find(qn("w:default")) if mark is None else mark
    return "☒" if mark is not None and _on(mark) else "☐"


class _Reader:
    def __init__(self, document):
        self.document = document
        styles_el = document.styles.element
        self._styles_el = styles_el
        try:
            numbering_el = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            numbering_el = None
        self.numbering = Numbering(numbering_el, styles_el)
        self.notes = _notes(document)
        self.comments = _comments(document)
        self.style_names: dict[str, str] = {}
        # style id -> (bold, italic, size, based on)
        self.style_props: dict[str, tuple[bool | None, bool | None, float | None, str | None]] = {}
        for style in styles_el.iterfind(qn("w:style")):
            sid = style.get(qn("w:styleId"))
            name_el = style.find(qn("w:name"))
            self.style_names[sid] = name_el.get(qn("w:val")) if name_el is not None else sid
            rpr = style.find(qn("w:rPr"))
            based = style.find(qn("w:basedOn"))
            self.style_props[sid] = (_toggle(rpr, "w:b"), _toggle(rpr, "w:i"), _size(rpr),
                                     based.get(qn("w:val")) if based is not None else None)

    def _style_value(self, sid: str | None, index: int):
        for _ in range(10):
            if sid is None or sid not in self.style_props:
                return None
            value = self.style_props[sid][index]
            if value is not None:
                return value
            sid = self.style_props[sid][3]
        return None

    def _runs(self, p_el, sid: str | None) -> list[Run]:
        """The paragraph's runs with their effective bold, italic and size (run, character style,
        paragraph style), neighbours in the same style merged."""
        runs: list[Run] = []
        underlined: list[bool] = []  # of the runs with text
        for r in p_el.iter(qn("w:r")):
            if _skipped(r, p_el) or _hidden(r):
                continue
            raised = _raised_text(r)
            text = _run_text(r) if raised is None else raised
            if not text:
                continue
            rpr = r.find(qn("w:rPr"))
            rstyle = rpr.find(qn("w:rStyle")) if rpr is not None else None
            csid = rstyle.get(qn("w:val")) if rstyle is not None else None
            props = []
            for tag, index in (("w:b", 0), ("w:i", 1)):
                value = _toggle(rpr, tag)
                for source in (csid, sid):
                    if value is None:
                        value = self._style_value(source, index)
                props.append(bool(value))
            size = _size(rpr) or self._style_value(csid, 2) or self._style_value(sid, 2)
            if text.strip():
                underlined.append(_underlined(rpr))
            if runs and (runs[-1].bold, runs[-1].italic) == tuple(props) and (not text.strip() or runs[-1].size == size):
                runs[-1].text += text
            elif runs and not runs[-1].text.strip():
                runs[-1] = Run(runs[-1].text + text, props[0], props[1], size)
            else:
                runs.append(Run(text, props[0], props[1], size))
        if underlined and all(underlined):  # a name underlined as a whole is set apart as a bold one is
            for run in runs:
                run.bold = True
        return runs

    def read_blocks(self, container) -> list:
        blocks: list = []
        initial = ""  # a drop cap's letter, set in a frame of its own: the first of the next paragraph's text
        floating: list[int] = []  # where tables set floating stand
        for child in container:
            if child.tag == qn("w:p") and _drop_cap(child):
                initial += _run_text(child).strip()
                continue
            if initial and child.tag != qn("w:p"):
                blocks.append(Paragraph(text=initial, runs=[Run(initial)]))
                initial = ""
            if child.tag == qn("w:p"):
                blocks.extend(self.read_paragraph(child, initial))
                blocks.extend(self._commented(child))
                initial = ""
            elif child.tag == qn("w:tbl"):
                if child.find(f"{qn('w:tblPr')}/{qn('w:tblpPr')}") is not None:
                    floating.append(len(blocks))
                blocks.append(self.read_table(child))
            elif child.tag in (qn("w:sdt"), qn("w:customXml")) and not (child.tag == _SDT and _placeholder(child)):
                content = child.find(qn("w:sdtContent"))
                blocks.extend(self.read_blocks(content if content is not None else child))
            elif child.tag == qn("w:altChunk"):
                blocks.extend(self.alt_chunk(child))
        return _anchored(blocks, floating)

    def alt_chunk(self, el) -> list:
        """A part Word takes in whole where it stands (`w:altChunk`): HTML (a portal's export), plain
        text or another Word document. Word shows it in the body, so it is read as the body's."""
        try:
            part = self.document.part.related_parts[el.get(qn("r:id"))]
            blob, kind = part.blob, (part.content_type or "").lower()
        except (KeyError, AttributeError, TypeError):
            return []
        name = str(getattr(part, "partname", "")).lower()
        if "html" in kind or name.endswith((".htm", ".html", ".xhtml")):
            return html_blocks(blob)
        if kind.startswith("text/plain") or name.endswith(".txt"):
            return [Paragraph(text=t, runs=[Run(t)]) for t in (clean(x) for x in decoded(blob).splitlines()) if t]
        if "wordprocessingml" in kind or name.endswith((".docx", ".docm")):
            import io

            try:
                inner = docx.Document(io.BytesIO(blob))
            except Exception:  # noqa: BLE001 - a chunk that is no Word file gives no text
                return []
            return _Reader(inner).read_blocks(inner.element.body)
        return []

    def _commented(self, p_el) -> list[Paragraph]:
        """The comments on a paragraph of the body, each of its lines a paragraph after it (those on a
        table's cells are not read)."""
        return [Paragraph(text=text, style=COMMENT, runs=[Run(text)])
                for ref in p_el.iter(qn("w:commentReference")) for text in self.comments.get(ref.get(qn("w:id")), [])]

    def read_paragraph(self, p_el, initial: str = "") -> list[Paragraph]:
        label, _level, _list = self.numbering.label_for(p_el)
        text = clean(initial + _run_text(p_el).replace("\n", " "))
        ppr = p_el.find(qn("w:pPr"))
        style_el = ppr.find(qn("w:pStyle")) if ppr is not None else None
        sid = style_el.get(qn("w:val")) if style_el is not None else None
        style = self.style_names.get(sid, sid) if sid else None
        heading = None
        if style:
            m = _HEADING.match(style.strip())
            heading = int(m.group(1)) if m else None
        outline = ppr.find(qn("w:outlineLvl")) if ppr is not None else None
        if heading is None and outline is not None:
            lvl = int(outline.get(qn("w:val"), "9"))
            heading = lvl + 1 if lvl < 9 else None
        size = self._style_value(sid, 2)
        out = []
        groups = _line_groups(self._runs(p_el, sid))
        if initial and groups and groups[0]:
            groups[0][0].text = initial + groups[0][0].text
        for gi, runs in enumerate(groups):
            typed = "".join(r.text for r in runs)
            raw = typed.strip()
            lead = clean(raw.split("\t", 1)[0]) if "\t" in raw else None
            lead = None if lead and is_typed_mark(lead) else lead  # ("34.1<tab>*Name.* Text": the name leads)
            # (a last empty field kept: a row's last cell may be empty; a soft line break is a space)
            tabs = tuple(clean(x) for x in typed.replace("\n", " ").rstrip(" ").split("\t")) if "\t" in typed.strip(" \n") else ()
            for run in runs:
                run.text = clean(run.text.replace("\n", " "))
            runs = [r for r in runs if r.text]
            lead = lead or style_lead(runs)
            text = clean(" ".join(r.text for r in runs)) if len(groups) > 1 else text
            first = gi == 0
            if text or (label and first):
                out.append(Paragraph(text=text, style=style, heading_level=heading, font_size=next(
                    (r.size for r in runs if r.size), None) or size, bold=all(r.bold for r in runs) if runs else None,
                    italic=all(r.italic for r in runs) if runs else None, indent=self._indent(ppr, sid),
                    list_label=label if first else None, runs=runs, lead=lead, tabs=tabs))
        marks = [(m.tag, m.get(qn("w:id"))) for m in p_el.iter(qn("w:footnoteReference"), qn("w:endnoteReference"))]
        if out and marks:
            out[0].notes = [n for n in (self.notes.get(mark) for mark in marks) if n]
        for box in p_el.iter(qn("w:txbxContent")):
            if any(a.tag.endswith("}Fallback") for a in box.iterancestors()):
                continue
            for inner in box.iterfind(qn("w:p")):
                out.extend(self.read_paragraph(inner))
        return out

    def read_table(self, tbl_el) -> Table:
        cells: list[Cell] = []
        open_cells: dict[int, Cell] = {}  # grid column -> cell that a vMerge continuation extends
        n_cols = 0
        rows = [tr for tr in tbl_el.iterfind(qn("w:tr"))]
        for r, tr in enumerate(rows):
            col = 0
            trpr = tr.find(qn("w:trPr"))
            before = _int(trpr, "w:gridBefore") if trpr is not None else 0
            col += before
            for tc in _row_cells(tr):
                tcpr = tc.find(qn("w:tcPr"))
                span = _int(tcpr, "w:gridSpan") or 1
                vmerge = tcpr.find(qn("w:vMerge")) if tcpr is not None else None
                inner = [b for b in self.read_blocks(tc) if not (isinstance(b, Paragraph) and b.style == COMMENT)]
                paragraphs = [p for p in inner if isinstance(p, Paragraph)]
                nested = [t for t in inner if isinstance(t, Table)]
                lines = [p.display for p in paragraphs]
                for t in nested:
                    lines.extend(" ".join(c.text for c in t.row_cells(i) if c.text) for i in range(t.n_rows))
                text = "\n".join(line for line in lines if line)
                if vmerge is not None and vmerge.get(qn("w:val"), "continue") == "continue" and col in open_cells:
                    cell = open_cells[col]
                    cell.row_span = r - cell.row + 1
                    if text:
                        cell.text = f"{cell.text}\n{text}" if cell.text else text
                        cell.paragraphs.extend(paragraphs)
                        cell.tables.extend(nested)
                else:
                    cell = Cell(text=text, row=r, col=col, col_span=span, paragraphs=paragraphs, tables=nested)
                    cells.append(cell)
                    for c in range(col, col + span):
                        open_cells.pop(c, None)
                    if vmerge is not None:
                        open_cells[col] = cell
                col += span
            for c in list(open_cells):
                if open_cells[c].row + open_cells[c].row_span - 1 < r and c >= col:
                    open_cells.pop(c)
            n_cols = max(n_cols, col)
        grid = tbl_el.find(qn("w:tblGrid"))
        if grid is not None:
            n_cols = max(n_cols, len(grid.findall(qn("w:gridCol"))))
        return Table(cells=cells, n_rows=len(rows), n_cols=n_cols)

    def _indent(self, ppr, sid: str | None) -> float | None:
        """Left indent in points, from the paragraph or its style (w:ind w:left / w:start, twips)."""
        for _ in range(10):
            ind = ppr.find(qn("w:ind")) if ppr is not None else None
            if ind is not None:
                for attr in ("w:left", "w:start"):
                    value = ind.get(qn(attr))
                    if value is not None:
                        try:
                            return int(value) / 20
                        except ValueError:
                            return None
            if sid is None:
                return None
            style = self._styles_el.find(f"{qn('w:style')}[@{qn('w:styleId')}='{sid}']")
            if style is None:
                return None
            ppr = style.find(qn("w:pPr"))
            sid = self.style_props.get(sid, (None, None, None, None))[3]
        return None

    def headers_and_footers(self) -> tuple[list[str], list[str]]:
        headers: list[str] = []
        footers: list[str] = []
        for section in self.document.sections:
            for attr, bucket in (("header", headers), ("first_page_header", headers), ("even_page_header", headers),
                                 ("footer", footers), ("first_page_footer", footers), ("even_page_footer", footers)):
                try:
                    part = getattr(section, attr)
                    if part.is_linked_to_previous:  # no definition of its own
                        continue
                    element = part._element
                except Exception:  # a broken header part must not stop the read
                    continue
                for block in self.read_blocks(element):
                    texts = [block.display] if isinstance(block, Paragraph) else [c.text for c in block.cells]
                    for text in texts:
                        text = clean(text)
                        if text and text not in bucket:
                            bucket.append(text)
        return headers, footers


def _line_groups(runs: list[Run]) -> list[list[Run]]:
    """A paragraph's runs, cut where a line (after a soft line break) starts with a field label:
    "Delmål: …<br/>Type tiltak: …<br/>Ansvarlig: …" is three paragraphs, as a reader sees it."""
    lines: list[list[Run]] = [[]]
    for run in runs:
        parts = run.text.split("\n")
        for k, part in enumerate(parts):
            if k:
                lines.append([])
            if part:
                lines[-1].append(Run(part, run.bold, run.italic, run.size))
    if len(lines) == 1:
        return [runs]
    groups: list[list[Run]] = [lines[0]]
    for line in lines[1:]:
        text = clean("".join(r.text for r in line))
        if text and match_label(text, style_lead(line)) is not None:
            groups.append(list(line))
        else:
            if groups[-1] and line:
                groups[-1].append(Run("\n", groups[-1][-1].bold, groups[-1][-1].italic, groups[-1][-1].size))
            groups[-1].extend(line)
    return groups if len(groups) > 1 else [runs]


def _hidden(r) -> bool:
    """A run set as hidden text (a template's guidance, "skjult tekst"): Word neither shows nor prints it."""
    return _toggle(r.find(qn("w:rPr")), "w:vanish") is True


def _skipped(el, stop) -> bool:
    """Whether `el` lies in a subtree Word does not show as the paragraph's text (deleted text, text boxes)."""
    parent = el.getparent()
    while parent is not None and parent is not stop:
        if parent.tag in _SKIP_SUBTREES or parent.tag == _SDT and _placeholder(parent):
            return True
        parent = parent.getparent()
    return False


def _row_cells(tr):
    for child in tr:
        if child.tag == qn("w:tc"):
            yield child
        elif child.tag in (qn("w:sdt"), qn("w:customXml")):
            content = child.find(qn("w:sdtContent"))
            yield from _row_cells(content if content is not None else child)


def _int(parent, tag: str) -> int:
    if parent is None:
        return 0
    el = parent.find(qn(tag))
    if el is None:
        return 0
    try:
        return int(el.get(qn("w:val"), "0"))
    except ValueError:
        return 0


def _toggle(rpr, tag: str) -> bool | None:
    """A run property such as bold (w:b) or italic (w:i): True, False, or None when not set here."""
    if rpr is None:
        return None
    el = rpr.find(qn(tag))
    return None if el is None else _on(el)


def _on(el) -> bool:
    """Word's on/off value: on unless it says "0", "false" or "off" (no value is on)."""
    return el.get(qn("w:val"), "true") not in ("0", "false", "off")


def _underlined(rpr) -> bool:
    """Underlined by the run itself (w:u); a link's underline comes from its character style and is not counted."""
    el = rpr.find(qn("w:u")) if rpr is not None else None
    return el is not None and el.get(qn("w:val"), "single") not in ("none", "0", "false")


def _size(rpr) -> float | None:
    if rpr is None:
        return None
    sz = rpr.find(qn("w:sz"))
    if sz is None:
        return None
    try:
        return int(sz.get(qn("w:val"))) / 2
    except (TypeError, ValueError):
        return None
