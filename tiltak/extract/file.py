"""One report file in, its raw measure records out: read it into the document model, tidy it,
parse it with the layout that fits it best, and note what the reader saw."""

from __future__ import annotations

import re
import time
import traceback
from collections import Counter
from pathlib import Path

from . import READERS, sha256_of
from .content import MONTHS, OLD_IN_BRACKET, SENTENCE_END, goal_at_end, is_period_line, is_number_list, lettered_parts, says_none, says_not_begun, says_planned, ticked
from .guidance import without_guidance
from .model import (Document, with_answers_unmarked, with_label_spans, with_labels_over_answers, with_wrapped_labels, with_labels_left, with_typed_bullets, with_who_first, without_chat_marks,
                    without_formatting_marks, without_quoted_mail, without_translations, without_tree_lines)
from .records import FACT_FIELDS, FACT_TEXTS, READ_FIELDS, DocumentInfo, FileResult, RawMeasure, shown_name
from .sniff import check
from .legends import with_bracket_order, with_key_words, with_legend_codes, with_mark_keys, with_symbol_legends, without_shape_legends
from .name_rows import with_facts_beside, with_goal_key_tables, with_keyed_tables, with_listed_names, with_matrices, with_name_rows, with_sheet_grids, with_stacked_measures
from .text import fold
from .told_elsewhere import told_elsewhere
from .text_grids import with_delimited_tables, with_json_records, with_text_grids
from .vocabulary import header_field, is_card_word, is_status, label_field


def read_document(path: str | Path) -> Document:
    """Read a PDF, Word or spreadsheet file into the format-neutral document model."""
    suffix = Path(path).suffix.lower()
    if suffix == ".pdf":
        from .pdf_reader import read_pdf

        return _tidied(read_pdf(str(path)))
    if suffix == ".docx":
        from .docx_reader import read_docx

        return _tidied(read_docx(str(path)))
    if suffix in (".xlsx", ".xlsm"):
        from .xlsx_reader import read_xlsx

        return read_xlsx(str(path))
    raise ValueError(f"unsupported file type {suffix}")


def _tidied(doc: Document) -> Document:
    """The reader's document as the layouts read it: Word's formatting marks printed with it, an
    e-mail's quoted lines and a template's guidance left out, a questionnaire's answers as values of its
    questions, a table's translation columns left out, the document's own codes for the delmål and the
    symbols a legend explains read as what they stand for (a diagram's key of shapes left out), JSON
    records as forms, tables drawn with characters or pasted as delimited text, names in rows across the
    table and matrices of delmål by reporter read as tables, a numbered list of names with a table of their
    facts by number read as one table, a measure sheet's grid of labels over answers written out as label lines, bullets typed before a Word paragraph's text as its list label, who
    runs a measure set off before its name as a fact after it, and an outline's drawn connectors left out."""
    for step in (without_formatting_marks, without_quoted_mail, without_chat_marks, without_guidance, with_answers_unmarked,
                 with_json_records, with_text_grids, with_delimited_tables,
                 without_tree_lines, without_translations, with_legend_codes, with_key_words, with_mark_keys, with_typed_bullets, with_who_first, with_label_spans, with_labels_over_answers, with_wrapped_labels, with_labels_left, with_bracket_order,
                 with_symbol_legends, without_shape_legends, with_name_rows, with_matrices, with_keyed_tables, with_listed_names, with_goal_key_tables,
                 with_sheet_grids, with_stacked_measures, with_facts_beside):
        doc = step(doc)
    return doc


def extract_file(path: str | Path, root: str | Path | None = None, sha256: str | None = None) -> FileResult:
    """Read one report and parse it with the layout that fits it best (`sha256`: when the caller
    has already hashed the file)."""
    started = time.perf_counter()
    path = Path(path)
    rel = shown_name(path, root)
    result = FileResult(path=rel, status="failed", format=READERS.get(path.suffix.lower()))
    try:
        result.size = path.stat().st_size
        result.sha256 = sha256 or sha256_of(path)
        problem = check(path)
        if problem:
            result.error = problem
            result.seconds = round(time.perf_counter() - started, 3)
            return result
        doc = read_document(path)
        result.pages = doc.pages
        result.first_lines = doc.first_lines(8)
        result.info = DocumentInfo(title_lines=doc.title_lines(), headers=doc.headers, footers=doc.footers,
                                   metadata=doc.metadata, pages_not_read=doc.pages_not_read, ocr_pages=doc.ocr_pages)
        from .layouts import best_layout, what_was_seen, with_details

        layout, fit = best_layout(doc)
        result.fit = round(fit, 3)
        if layout is None:
            result.error = ("no known layout: the file was read, but it does not look like any report layout tiltak knows; "
                            + what_was_seen(doc))
        else:
            parsed = with_details(doc, layout, layout.parse(doc))
            result.layout = parsed.layout or layout.name
            kept = _once(_without_shared_head(_box_headings([m for m in parsed.measures
                                                             if not says_none(m.title) and not _rejected(m) and not _blank(m)])))
            kept = [part.model_copy(update={"index": i + 1}) for i, part in
                    enumerate(part for m in _without_record_ids(kept) for part in _lettered_measures(_sentence_after_dash(_without_status_word(m))))]
            kept = told_elsewhere(_overview_entries(kept), doc)
            kept = [_roles_apart(_goal_from_facts(_facts_after_text(_facts_in_closing_bracket(_facts_after_a_fact(_type_tag(m))))))
                    for m in _goal_label_of_the_document(_bracket_tails(kept))]  # (after them: "også delmål 2.4" adds to a delmål found there)
            kept = [_without_own_label(m) for m in kept]
            if result.layout in _TOLD_IN_SENTENCES:
                kept = [_facts_told_in_sentences(m) for m in kept]
            tagged = _status_tags(kept)
            result.measures = [_with_source(_ocr_noted(_noted(_without_status(m, tagged)), doc.ocr_pages), rel,
                                            result.sha256) for m in kept]
            result.self_checks = [c.model_copy(update={"document": rel}) for c in parsed.self_checks]
            if result.measures:
                result.status = "ok"
            else:
                result.error = f"the file looks like a {layout.name.replace('_', ' ')}, but no measures were found in it"
    except Exception as exc:  # noqa: BLE001 - any reader failure becomes this file's error
        from .errors import explain

        result.error = explain(exc, path)
        result.traceback = traceback.format_exc()
    result.seconds = round(time.perf_counter() - started, 3)
    return result


# a status badge set after a name in capitals ("Jenter og teknologi PÅGÅR"); "– videreført" in
# lower case is the name's own
_STATUS = re.compile(r"\s+[(\[]?(AVSLUTTET|AVSLUTTA|PÅGÅR|PÅGÅENDE|PLANLAGT|PLANLAGD|GJENNOMFØRT|IGANGSATT|"
                     r"FORSINKET|STARTET|FERDIG|NYTT|VIDEREFØRT|VIDAREFØRT|I RUTE|UTSATT|STANSET)[)\]]?$")


def _lettered_measures(m: RawMeasure) -> list[RawMeasure]:
    """One entry naming two measures on lines "a) Menn i helse" / "b) Bransjeprogram …" (or "1) …" /
    "2) …"; a form filled in for two): one measure each, every field's "a) …" / "b) …" part its own, a field without the
    letters both's. Not a name with a sentence's list ("a) kartlegging, b) kurs og c) evaluering")."""
    second = re.search(r"(?<![^\s–—-])([b2])\)", m.title)
    if not second:
        return [m]
    first = "a)" if second.group(1) == "b" else "1)"
    names = lettered_parts(m.title if m.title.startswith(first) else f"{first} {m.title}")
    if not names or not all(names) or any(n.endswith((",", " og", " eller")) for n in names[:-1]):
        return [m]  # (nor a name wrapped before "(fase 2)": no name after the mark)
    # each name on a line of its own, or another field lettered alike ("a) 2.4 b) 2.1" on one line)
    if len(m.title.split("\n")) != len(names) and not any(
            len(lettered_parts(getattr(m, f) or "") or ()) == len(names) for f in FACT_TEXTS):
        return [m]
    out = []
    for k, name in enumerate(names):
        update: dict = {"title": name}
        for field in READ_FIELDS:
            parts = lettered_parts(getattr(m, field) or "")
            if parts and len(parts) == len(names):
                update[field] = parts[k]
        update["extra"] = {key: (parts[k] if (parts := lettered_parts(v)) and len(parts) == len(names) else v)
                           for key, v in m.extra.items()}
        update["provenance"] = m.provenance.model_copy(update={"locator": f"{m.provenance.locator}, item {k + 1}".lstrip(", ")})
        out.append(m.model_copy(update=update))
    return out


def _goal_from_facts(m: RawMeasure) -> RawMeasure:
    """A delmål added at the end of another fact ("Tidsrom: 2018–; også delmål 2.4") is the measure's."""
    update = {}
    for field in FACT_TEXTS[1:]:  # (the facts besides the goal)
        found = goal_at_end(getattr(m, field))
        if found:
            update[field] = found[0] or None
            goal = update.get("goal_text", m.goal_text)
            update["goal_text"] = f"{goal}; {found[1]}" if goal else found[1]
    return m.model_copy(update=update) if update else m


def _goal_label_of_the_document(measures: list[RawMeasure]) -> list[RawMeasure]:
    """`_from_other_fields` of each measure; and where a label tiltak keeps aside ("Mål") held the delmål
    in the strategy's words for two measures at least, the same label's answer is the delmål of the
    others too, however short ("Mål: karriereveiledning")."""
    read = [_from_other_fields(m) for m in measures]
    goal_labels = Counter(label for m, r in zip(measures, read) if not m.goal_text and r.goal_text
                          for label, value in m.extra.items() if label not in r.extra and value == r.goal_text)
    labels = {label for label, n in goal_labels.items() if n >= 2}
    out = []
    for r in read:
        label = next((x for x in r.extra if x in labels), None) if not r.goal_text else None
        if label is not None and _names_a_goal_in_words(r.extra[label]):  # (not the measure's own aim: "Minst fire møter …")
            extra = dict(r.extra)
            r = r.model_copy(update={"goal_text": extra.pop(label), "extra": extra})
        out.append(r)
    return out


def _names_a_goal_in_words(text: str) -> bool:
    """A short answer that names a delmål in the strategy's words or its key word ("karriereveiledning")."""
    from ..normalize.goals import goal_by_keywords, match_goal_texts  # (the delmål's words are normalize's data)
    from ..normalize.reference import load_reference

    ref = load_reference()
    return bool(match_goal_texts(text, ref, _GOAL_WORDS_SIMILAR)[0] or goal_by_keywords(text, ref))


_GOAL_WORDS_SIMILAR = 72  # as normalisation maps a goal's wording (settings.toml: goals.text_threshold)


def _from_other_fields(m: RawMeasure) -> RawMeasure:
    """Fields under labels tiltak does not know ("Mål:", "Status og innhold"), of a measure that lacks
    what they hold: one that says delmål in the strategy's words is its goal (as is the one field under
    a label kept aside that gives codes alone: "Mål: 1.4"); the one that tells of it in sentences is
    its description."""
    from .layouts.segments import says_goals_in_words

    extra, update = dict(m.extra), {}
    unknown = [label for label in extra if header_field(label) is None and label_field(label) is None]
    if not m.goal_text:
        kept = [label for label in extra if label not in unknown]  # ("Mål", "Status": labels kept aside)
        coded = [label for label in kept if _CODES_ONLY.match(extra[label])]  # "Mål: 1.4 (…)"
        worded = next((label for label in unknown + kept if says_goals_in_words(extra[label]) or _codes_first(extra[label])),
                      coded[0] if len(coded) == 1 else None)
        if worded:
            update["goal_text"] = extra.pop(worded)
            unknown = [label for label in unknown if label != worded]
    told = [label for label in unknown if len(extra[label].split()) >= _TOLD_WORDS and _TOLD.search(extra[label])]
    if not m.description and len(told) == 1:
        update["description"] = extra.pop(told[0])
    return m.model_copy(update=update | {"extra": extra}) if update else m


# a field of codes alone, maybe with their words in brackets: "1.1", "1.4 og 2.3", "2.4 · 3.1", "1.4 (samarbeid …)"
_CODES_ONLY = re.compile(r"^\s*(?:delmål\s*)?[1-3]\.[1-6](?:(?:\s*(?:,|og|\+|/|&|·|;)\s*|\s*\n\s*)[1-3]\.[1-6])*\s*(?:\([^()]{1,80}\))?\s*\.?$",
                         re.I)


def _codes_first(text: str) -> bool:
    """Each part (";" or a line apart) opens with a delmål's code: "2.1 Styrke og videreutvikle …; 2.2 …"."""
    parts = [x for x in re.split(r"\s*[;\n]\s*", text or "") if x.strip()]
    return bool(parts) and all(_CODE_THEN_WORDS.match(x) for x in parts)


_CODE_THEN_WORDS = re.compile(r"^\s*[1-3]\.[1-6]\.?\s+(?-i:[A-ZÆØÅ])[^\W\d_]+\s+\S+")  # (not "2,5 mill. kroner")


_TOLD = re.compile(r"\w[.!]\s*$")  # ends as a sentence does
_TOLD_WORDS = 8


# "Kompetansebarometeret [FoU] – Videreført. …": the name, its type in square brackets, then its text
_TYPE_TAG = re.compile(r"^(?P<name>\S.*?)\s*\[(?P<type>[^\[\]]{2,30})\]\s*(?:[–—:-]\s*(?P<rest>\S.*))?$")


def _type_tag(m: RawMeasure) -> RawMeasure:
    """A name tagged with its type in square brackets ("Hurtigsporet [Prosjekt] – Arbeidet fortsetter …",
    "RSA [Råd]"): the name, the type where the measure gives none, the words after it the text's."""
    from .prose_names import names_a_body
    from .vocabulary import spells_a_type

    tagged = _TYPE_TAG.match(" ".join(m.title.split())) if "[" in m.title else None
    tag = tagged["type"].strip() if tagged else ""
    # (a type's word, or a word like one that tiltak does not know: "[Avtale]"; not a body's name, "[LO]")
    if tagged is None or not (spells_a_type(tag) or re.fullmatch(r"[A-ZÆØÅ][a-zæøå]{2,20}", tag) and not names_a_body(tag)):
        return m
    rest = " ".join(x for x in (tagged["rest"], m.description) if x) or None
    return m.model_copy(update={"title": tagged["name"].strip(), "type_text": m.type_text or tagged["type"].strip(),
                                "description": rest})


def _facts_in_closing_bracket(m: RawMeasure) -> RawMeasure:
    """A text that closes with a bracket of the measure's facts ("… kompetansepartnerskapene. (NKPS tiltak
    nr. 2; samarbeidsavtale; ansvar: VOFO; samarbeid: fylkeskommunene; 2017–2019)"): the facts its fields
    lack, the text without the bracket."""
    from .layouts.facts import gives_goal, trailing_facts

    told = trailing_facts(m.description) if m.description and m.description.rstrip().endswith(")") else None
    if told is None or len(told[1]) < 3 or not gives_goal(told[1]) or not told[0].rstrip().endswith((".", "!", "?")):
        return m
    update = {f"{name}_text": value for name, value in told[1] if name in FACT_FIELDS and not getattr(m, f"{name}_text")}
    return m.model_copy(update={**update, "description": told[0].strip() or None}) if update else m


def _facts_after_a_fact(m: RawMeasure) -> RawMeasure:
    """A fact whose answer runs on into sentences of other facts ("Tidsrom: 2021–2025. Knyttet til
    delmål 1.4."): the answer alone, and those facts where the measure gives none of them."""
    from .layouts.facts import facts_after_fact

    update: dict[str, str] = {}
    for name in ("period", "type", "responsible", "partners"):
        told = facts_after_fact(name, getattr(m, f"{name}_text"))
        if told is None or any(getattr(m, f"{field}_text") or f"{field}_text" in update for field, _ in told[1]):
            continue
        update |= {f"{name}_text": told[0]} | {f"{field}_text": value for field, value in told[1]}
    return m.model_copy(update=update) if update else m


def _facts_after_text(m: RawMeasure) -> RawMeasure:
    """A measure whose description goes on with sentences of its facts ("… Fylkeskommunen har ansvaret
    saman med NAV Vestland, i perioden 2025. Tiltaket er eit nettverk."): those facts, when it gives none
    of them in fields of its own."""
    from .layouts.facts import facts_after_text

    told = facts_after_text(m.description)
    if told is None or any(getattr(m, f"{name}_text") for name, _ in told[1]):
        return m
    update = {f"{name}_text": value for name, value in told[1]}
    return m.model_copy(update={**update, "description": told[0] or None})


_LEADING_LABEL = re.compile(r"^(?P<label>[^\W\d_][^:]{0,30}):\s+(?=\S)")


def _without_own_label(m: RawMeasure) -> RawMeasure:
    """A field's answer that starts with its own label ("Periode: 2024–2026", "År: 2018", where the line's
    label and answer were read as one): the answer."""
    from .vocabulary import label_field

    update = {}
    for name in ("type", "responsible", "partners", "period"):
        value = getattr(m, f"{name}_text")
        lead = _LEADING_LABEL.match(value or "")
        if lead and (label_field(lead["label"], colon=True) == name
                     or name == "period" and lead["label"].casefold() in ("år", "året", "årstall")):
            update[f"{name}_text"] = value[lead.end():].strip()
    return m.model_copy(update=update) if update else m


# layouts whose measures are told in sentences (not a table's or a form's columns)
_TOLD_IN_SENTENCES = ("running_text", "headings", "numbered_report")


def _facts_told_in_sentences(m: RawMeasure) -> RawMeasure:
    """A measure told in sentences with none of its facts in fields of their own: who runs it, with
    whom and when, as its sentences say them ("Prosjektet drives av NHO sammen med NITO …", "startet
    våren 2019"), each noted as read from the text."""
    from .layouts.told_facts import answer_told, told_facts

    answer = answer_told(m.responsible_text) if m.responsible_text and not m.roles_combined else None
    if answer:  # "Ansvar: LO er ansvarlig for tiltaket. Samarbeidspartnere er KD og NHO."
        m = m.model_copy(update={
            "responsible_text": answer["responsible"], "partners_text": m.partners_text or answer.get("partners"),
            "notes": m.notes + [f"responsible_from_text: '{answer['responsible']}' was read from the sentences "
                                "given as the responsible"]})
    if m.responsible_text or m.partners_text or m.period_text or not m.description:
        return m

    text = m.description
    if text[:1].islower() and m.title:  # "Menn i helse | er et FoU-prosjekt som …": the sentence the name opens
        text = f"{m.title} {text}"
    told = told_facts(text)
    if not told:
        return m
    notes = [f"{name}_from_text: the {name} '{value}' was read from the measure's sentences" for name, value in told.items()]
    return m.model_copy(update={**{f"{name}_text": value for name, value in told.items()}, "notes": m.notes + notes})


# "Videreført: Kompetansekurs for tillitsvalgte": the measure's state before its name (not "Videreført:
# regelverks- og praksisendring …", a name that says it)
_STATUS_WORD = re.compile(r"^(?P<status>(?i:videreført|vidareført|videreføres|vidareførast|fortsatt|fortsett|ny|nytt|nye|"
                          r"avsluttet|avslutta|pågående|pågåande))\s*:\s+(?=[A-ZÆØÅ«\"])")


# "Fagbrev på jobb i helseforetakene – Pilot for helsefagarbeidere.": a name, a dash, and a sentence that tells
# what it is (a name ends with no full stop)
_DASH_SENTENCE = re.compile(r"^(?P<name>\S.{2,120}?)\s+[–—]\s+(?P<told>(?-i:[A-ZÆØÅ])[^–—]{8,}[^.]\.)\s*$")


def _sentence_after_dash(m: RawMeasure) -> RawMeasure:
    """A name whose dash is followed by a sentence ending with a full stop: the name, and the sentence the
    start of its description."""
    told = _DASH_SENTENCE.match(m.title)
    if told is None or len(told["told"].split()) < 3:
        return m
    description = " ".join(x for x in (told["told"], m.description) if x)
    return m.model_copy(update={"title": told["name"], "description": description})


def _without_status_word(m: RawMeasure) -> RawMeasure:
    found = _STATUS_WORD.match(m.title or "")
    if not found:
        return m
    return m.model_copy(update={"title": m.title[found.end():], "extra": {"Status": found["status"], **m.extra}})


# a record's own id before its name: "KD-1", "HOD-2", "HK-23-04" (letters, a dash, a number; not a year)
_RECORD_ID = re.compile(r"^(?P<id>[A-ZÆØÅ]{1,6}(?:-[A-ZÆØÅ0-9]{1,4})?-\d{1,3})(?!\d)\s+(?=[A-ZÆØÅ0-9«\"])")


def _without_record_ids(measures: list[RawMeasure]) -> list[RawMeasure]:
    """Names that open with ids of one kind, a different id each ("KD-1 KBU – nytt mandat", "KD-2 …",
    "HOD-1 …"): the names without them, the id kept beside (extra "Id", so a table keyed by them joins).
    Two such names at least, every name of the document but one has its id, and the names stay apart
    ("VG3 Fagopplæring", "A2 Norskopplæring": no dash, part of the name)."""
    found = [_RECORD_ID.match(m.title) for m in measures]
    ids = [f.group("id") for f in found if f]
    names = [fold(m.title[f.end():]) for m, f in zip(measures, found) if f]
    if len(ids) < 2 or len(set(ids)) < len(ids) or len(set(names)) < len(names) or len(ids) < len(measures) - 1 \
            or any(re.search(r"(?:19|20)\d\d", i) for i in ids):
        return measures
    return [m.model_copy(update={"title": m.title[f.end():], "extra": {"Id": f.group("id"), **m.extra}}) if f else m
            for m, f in zip(measures, found)]


_TAIL = re.compile(r"\s*\((?P<inside>[^()]{1,40})\)\s*\.?\s*$")


def _bracket_tails(measures: list[RawMeasure]) -> list[RawMeasure]:
    """A bracket after a name that says one more fact: "Lærlingløftet (også 2.3)" adds a delmål;
    "Samarbeidsrådet (SRY) (råd)" a type, when the document's brackets after names that spell a type, or
    are one word in lower case, are its types (two of them at least, and most of them, spell a type:
    "(avtale)" beside "(kurs)" and "(råd)" is a type too; not "(HK-dir)", "(2019)", "(del A)");
    "Kompetanseløft 2020 (HOD)." who runs it, where the names of two measures at least end so and none
    names its owner otherwise; "(nr. 4 og 7)" its goal in the strategy's old numbers. The name without
    it. (A type in square brackets before the name, first: `_bracket_heads`.)"""
    from .layouts.facts import ONE_MORE, trailing_facts

    measures = [_also_after_dash(m) for m in _bracket_heads(measures)]
    tails = [_TAIL.search(m.title) for m in measures]
    typed = [t for t in tails if t and _spells_a_type(t.group("inside"))]
    said = typed + [t for t in tails if t and t not in typed and re.fullmatch(r"[^\W\d_]+", t.group("inside"))
                    and t.group("inside").islower()]
    types = len(typed) >= 2 and 2 * len(typed) > len(said)
    owners = _owners_in_tails(measures, tails)
    out = []
    for m, t in zip(measures, tails):
        if owners and t is not None and t in owners and not m.responsible_text:
            m, t = m.model_copy(update={"title": m.title[:t.start()], "responsible_text": t.group("inside")}), None
        old = OLD_IN_BRACKET.match(t.group("inside")) if t and not m.goal_text else None
        if old and is_number_list(old.group("numbers")):  # "Konferanse med Spekter om læreplasser (nr. 4 og 7)" in 2017
            m, t = m.model_copy(update={"title": m.title[:t.start()], "goal_text": t.group("inside"),
                                        "goal_numbering": "old"}), None
        told = trailing_facts(m.title) if t and ONE_MORE.match(t.group("inside")) else None
        if told and len(told[1]) == 1 and told[1][0][0] == "goal":  # "(også 2.3)": one more delmål, once
            added = ONE_MORE.sub("", told[1][0][1]).strip()
            known = set(_CODE.findall(m.goal_text or ""))
            goal = m.goal_text if set(_CODE.findall(added)) <= known else "; ".join(x for x in (m.goal_text, added) if x)
            m = m.model_copy(update={"title": m.title[:t.start()], "goal_text": goal or None})
        elif types and t in said and not m.type_text:
            m = m.model_copy(update={"title": m.title[:t.start()], "type_text": t.group("inside")})
        out.append(m)
    return out


# "Samfunnskontrakten (KD) – gjelder også tiltak nr. 7.", "– også delmål 2.3", "(gjelder også nr. 7)": a name's
# tail that adds a goal
_ALSO_GOAL = (r"(?:gjelder\s+|gjeld\s+)?(?:også|òg)\s+((?:strategiens\s+)?(?:(?:tiltak|delmål)\s*(?:nr\.?\s*)?|nr\.?\s*)"
              r"\d{1,2}(?:\.\d{1,2})?(?:\s*(?:,|og|&|\+)\s*\d{1,2}(?:\.\d{1,2})?)*)")
_ALSO_TAIL = re.compile(rf"\s+[–—-]\s+{_ALSO_GOAL}\s*\.?\s*$|\s*\({_ALSO_GOAL}\s*\)\s*\.?\s*$", re.I)


def _also_after_dash(m: RawMeasure) -> RawMeasure:
    """The name without a dash's tail that gives one more goal, the goal added to the measure's."""
    tail = _ALSO_TAIL.search(m.title)
    if not tail or tail.start() == 0 or tail.group(2) and m.goal_numbering != "old":
        return m  # ("(gjelder også nr. 2)" is the strategy's tiltak only beside a goal in its old numbers)
    also = tail.group(1) or tail.group(2)
    also = f"tiltak {also}" if also.lower().startswith("nr") else also  # ("nr. 7": the strategy's tiltak)
    own = m.goal_text
    if own and m.goal_numbering == "old" and is_number_list(own):
        own = f"tiltak nr. {own}"  # ("4" under "NKPS-tiltak nr." beside "tiltak nr. 7": both the strategy's)
    goal = "; ".join(x for x in (own, also) if x)
    return m.model_copy(update={"title": m.title[:tail.start()].rstrip(), "goal_text": goal})




def _spells_a_type(text: str) -> bool:
    """"Kurs", "råd", "Prosjekt/forsøk" (one of its parts)."""
    from .vocabulary import spells_a_type

    return any(spells_a_type(x) for x in [text, *text.split("/")] if x.strip())


# a type in square brackets before the name: "[Utvalg] Etablere Kompetansebehovsutvalget (KBU) (KD)."
_TYPE_HEAD = re.compile(r"^\s*\[(?P<inside>[^\[\]]{2,30})\]\s+(?=\S)")


def _bracket_heads(measures: list[RawMeasure]) -> list[RawMeasure]:
    """Names that each open with a bracket saying the type ("[Utvalg] …", "[Plan] …"): where two at
    least, and half of them, spell a type, every such bracket is the measure's type ("[Forenkling]"
    too), not its name."""
    measures = [_goal_head(m) for m in measures]
    heads = [h if h and not is_status(h.group("inside")) else None for h in (_TYPE_HEAD.match(m.title) for m in measures)]
    said = [h for h in heads if h]  # ("[Nytt] …", "[Oppdatert] …": a status, no type)
    if sum(_spells_a_type(h.group("inside")) for h in said) < max(2, (len(said) + 1) // 2):
        return measures
    return [m.model_copy(update={"title": m.title[h.end():], "type_text": m.type_text or h.group("inside")}) if h else m
            for m, h in zip(measures, heads)]


# "[NKPS 2.1/2.4] Bransjeprogrammene", "[Delmål 1.3] Karriereportalen": the name's tag of its delmål
_GOAL_HEAD = re.compile(r"^\s*\[(?P<inside>(?:nkps|delmål|delmal|mål)?\s*[1-3]\.[1-6](?:\s*(?:/|,|og|&|\+)\s*[1-3]\.[1-6])*)\]\s*",
                        re.I)


def _goal_head(m: RawMeasure) -> RawMeasure:
    """A name that opens with a tag of its delmål in square brackets: the delmål, and the name after it."""
    head = _GOAL_HEAD.match(m.title)
    if head is None or not m.title[head.end():].strip():
        return m
    goal = "; ".join(x for x in (m.goal_text, head.group("inside")) if x)
    return m.model_copy(update={"title": m.title[head.end():], "goal_text": goal})


def _owners_in_tails(measures: list[RawMeasure], tails: list) -> set:
    """The brackets after names that name who runs each ("Kompetanseløft 2020 (HOD)."), where two at
    least do, and no measure names its owner otherwise."""
    from ..normalize.orgs import organisation_named  # (the gazetteer: normalize's reference)

    named = {t for t in tails if t and organisation_named(t.group("inside"))}
    return named if len(named) >= 2 and not any(m.responsible_text for m in measures) else set()


_CODE = re.compile(r"\b[1-3]\.[1-6]\b")


def _roles_apart(m: RawMeasure) -> RawMeasure:
    """A who-field that says who is responsible and who takes part ("Ansvar: HK-dir Med: KS, NAV";
    "KD (ansvar), LO, NHO"): each its own field. A partner field beside it adds the names it does not
    repeat (a repeat with the next column's words run in, "NAV, kommunane Teneste", adds none)."""
    from .layouts.facts import lead_then_partners, roles_told

    told = roles_told(m.responsible_text)
    if told is None and m.roles_combined:
        told = lead_then_partners(m.responsible_text)
    if told is None:
        return m
    lead, partners = told
    if m.partners_text:
        said = [fold(x) for x in _NAMES_APART.split(partners or "") if x.strip()]
        more = [x.strip() for x in _NAMES_APART.split(m.partners_text) if x.strip()
                and not any(fold(x).startswith(y) for y in said)]
        partners = ", ".join([partners] * bool(partners) + more) or None
    return m.model_copy(update={"responsible_text": lead, "partners_text": partners, "roles_combined": False})


_NAMES_APART = re.compile(r"\s*[,;]\s*|\s+og\s+")



# a proposal the member turned down ("Status: Forkastet") is in the log for the record, not run
# (the word alone, or with by whom or when: "Avvist søknad … – ny søknad sendt" is a measure that goes on)
_REJECTED = re.compile(r"^(?:forkastet|forkasta|avvist|avslått|avslege|skrinlagt|skrinlagd|ikke vedtatt|ikkje vedteke)"
                       r"(?:\s+(?:av\s+[^,;.]{1,40}|(?:i|den|per|pr\.)?\s*\d[\d.\s]*))?\s*\.?$", re.I)


# a checklist's category that says a row is the reporter's own chore, not a measure: "Internt", "Intern
# oppgåve" (as a type, "Intern" is a measure for the reporter's own staff, and stays)
_INTERNAL = re.compile(r"^(?:internt|intern\s+oppgave|intern\s+oppgåve|ikke\s+(?:et\s+)?tiltak|ikkje\s+(?:eit\s+)?tiltak)\.?$",
                       re.I)
_CATEGORY = {"kategori", "kategorisering", "klassifisering"}


def _blank(m: RawMeasure) -> bool:
    """A form left blank (a spare copy): no name, no text, and no answer but boxes none of which is ticked."""
    return not m.title.strip() and not (m.description or "").strip() and not any(ticked(getattr(m, f)) for f in FACT_TEXTS)


def _rejected(m: RawMeasure) -> bool:
    """A measure its report says was turned down ("Status: Forkastet"), a checklist's row of the
    reporter's own chores ("Kategori: Internt"), a row whose delmål says it is none ("ikkje NKPS-tiltak"),
    or a text of no facts that says so ("Dette er ikke tiltak i oppfølgingen av strategien.") or is headed
    as planned ("Planlagt, men utsatt"), or stands under a heading that says it is not begun, or is a
    heading over the meetings the member sat in, with no facts but their dates, or over a box of the member's
    figures."""
    return any(fold(label) == "status" and _REJECTED.match(value.strip())
               or fold(label) in _CATEGORY and _INTERNAL.match(value.strip()) for label, value in m.extra.items()) \
        or bool(m.goal_text and _NOT_OURS.search(m.goal_text) and not _A_CODE.search(m.goal_text)) \
        or not any(getattr(m, f) for f in FACT_TEXTS) and bool(_SAYS_IT_IS_NONE.search(m.description or "")
                                                               or says_planned(m.title)) \
        or says_not_begun(m.heading or "") \
        or _heading_over(m, _MEETINGS, _dated_lines) or _heading_over(m, _FIGURES_HEAD, _figure_lines)


def _heading_over(m: RawMeasure, heading: re.Pattern, lines) -> bool:
    """A heading of that kind over lines of that kind, with no facts but a time read from them."""
    return bool(heading.search(m.title or "")) and not any(getattr(m, f) for f in FACT_TEXTS if f != "period_text") \
        and lines(" ".join(x for x in (m.period_text, m.description) if x))


_A_DAY = re.compile(rf"\b\d{{1,2}}\.\s*(?:{'|'.join(MONTHS)})\b", re.I)


def _dated_lines(text: str) -> bool:
    """Lines of dates ("Rådsmøte 7. mars 2018 Rådsmøte 12. juni 2018 (tema: …)", "9. februar 2021 (digitalt)"): a
    day and month at least, a few words each; not sentences that tell what the meetings were about."""
    days = len(_A_DAY.findall(text))
    return days >= 1 and len(text.split()) <= 10 * days


# a box of the member's figures: "NHO i tall", "Nøkkeltal 2022", "Tall og fakta"
_FIGURES_HEAD = re.compile(r"\bi\s+tal+\b|\bnøkkeltal+\b|\btal+\s+og\s+fakta\b", re.I)


def _figure_lines(text: str) -> bool:
    """Short lines of figures ("Om lag 8 500 lærlinger i NHO-bedrifter 10 regionkontorer"): a number that is no
    year for every few words, no sentence; or a table's header line of a few words ("Karrieresenter Veiledninger
    2021"), no time alone. Not a publication's text ("Årlig statistikkpublikasjon, utgitt 2020 og 2021.")."""
    figures = [x for x in re.findall(r"\d[\d\s.,]*\d|\d", text) if not re.fullmatch(r"(?:19|20)\d\d", x.strip())]
    if figures:
        return len(text.split()) <= 8 * len(figures) and not SENTENCE_END.search(text) and not text.rstrip().endswith(".")
    return 0 < len(text.split()) <= 4 and not is_period_line(text) and not text.rstrip().endswith(".")


# a heading over the meetings the member sat in ("Møter i Kompetansepolitisk råd 2018", "Møter og høringer 2019",
# "Møte i Kompetanseforum Vestland 2021"), its dates read as a period at most: no measure (not "Møteplass …")
_MEETINGS = re.compile(r"^(?:(?:sentrale|viktige|våre|andre|øvrige)\s+)?(?:møter|møte|rådsmøter|møteplan|møteoversikt|"
                       r"møtedeltakelse|møtedeltaking|møteaktivitet|høringer|høyringar|høringssvar|høyringssvar)\b(?!-)", re.I)


# a delmål field that says the row is no measure of the strategy ("– (ikkje NKPS-tiltak, feilmerkt)"),
# and names no delmål ("2.4 (ikke NKPS-finansiert)" is one)
_NOT_OURS = re.compile(r"\bikk(?:e|je)\s+(?:eit?\s+|et\s+)?(?:nkps-?)?tiltak\b", re.I)
_A_CODE = re.compile(r"\b[1-3][.,][1-6]\b")
# a sentence that says what it tells of is none ("Dette er ikke tiltak i oppfølgingen av strategien."), not one
# that says so in passing ("Forumet er ikke et tiltak i seg selv, men …", "Det fantes ikke tiltak for …")
_SAYS_IT_IS_NONE = re.compile(r"(?:^|[.!]\s+)(?:dette|disse|desse|det|dei|de)\s+er\s+ikk(?:e|je)\s+(?:eit?\s+|et\s+)?"
                              r"(?:nkps-?)?tiltak(?:\s+i\s+(?:oppfølgingen|oppfølginga|strategien|nkps)[^.]*)?\s*\."
                              # "Prosjektet er ikke rapportert til kompetansestrategien."
                              r"|(?:^|[.!]\s+)(?:dette|det|prosjektet|tiltaket|arbeidet|aktiviteten|programmet)\s+"
                              r"(?:er|blir|vert|vart|ble)\s+ikk(?:e|je)\s+(?:rapportert|rapportert\s+inn|innrapportert|meldt\s+inn)\s+"
                              r"(?:til|under|som\s+tiltak\s+i)\s+[^.,]*(?:strategi|nkps|kompetansepolitisk)[^.,]*\.", re.I)


def _status_tags(measures: list[RawMeasure]) -> bool:
    """The report tags its measures' names with their status in brackets, in two kinds at least
    ("KS Læring (videreført)", "Kompetanseløft 2025 (nytt)"): a tag, not a part of the name. One kind
    alone ("… (videreført)" on the measures carried on) may be the name as the member writes it."""
    found = [_STATUS_BRACKET.search(m.title or "") for m in measures]
    kinds = {"goes on" if fold(f.group(1)) in _GOES_ON else fold(f.group(1)) for f in found if f and is_status(f.group(1))}
    return len(kinds) >= 2


_GOES_ON = {"videreført", "vidareført", "videreføres", "vidareførast", "fortsatt", "framleis", "fortsetter", "held fram"}


def _without_status(m: RawMeasure, tagged: bool = False) -> RawMeasure:
    """A status set after the name in capitals, or, in a report that tags them so (`tagged`), alone in
    a bracket ("KS Læring (videreført)"), is the measure's status, not part of its name."""
    found = _STATUS.search(m.title)
    if not found and tagged and (bracket := _STATUS_BRACKET.search(m.title)) and is_status(bracket.group(1)):
        found = bracket
    if not found or "Status" in m.extra or not any(ch.islower() for ch in m.title[:found.start()]):
        return m  # (a name in capitals, or a status already read from its column: as it is)
    return m.model_copy(update={"title": m.title[:found.start()].rstrip(" –-"),
                                "extra": {**m.extra, "Status": found.group(1).capitalize()}})


_STATUS_BRACKET = re.compile(r"\s+\(([^\W\d_][^()]{1,20})\)$")


_HEAD = re.compile(r"^([^\W\d_][\w-]*(?:\s[\w-]+){0,2}):\s+(\S.*)$")


def _without_shared_head(measures: list[RawMeasure]) -> list[RawMeasure]:
    """Every name in the report opened by the same label of a measure and a colon ("Oppskrift:
    Lærlingløft i varehandelen", three names or more), or each by where it stands ("Vidareført: …", "Nytt i
    loggen: …"): the report's marks, not part of the names ("Studie: Hvordan …" alone among others is a name)."""
    found = [_HEAD.match(m.title or "") for m in measures]
    heads = {f.group(1).casefold() for f in found if f}
    if len(measures) < 3 or not all(found):
        return measures
    if not (len(heads) == 1 and is_card_word(found[0].group(1))) and not all(is_status(h) for h in heads):
        return measures  # ("Bransjeprogram: Varehandel", "… : Reiseliv": names of their own)
    return [m.model_copy(update={"title": f.group(2)}) for m, f in zip(measures, found)]


_FACTS = ("goal_text", "type_text", "responsible_text", "partners_text")


def _box_headings(measures: list[RawMeasure]) -> list[RawMeasure]:
    """A box of facts under each measure, every box with the same heading ("NKPS-TILTAK – rapporteres
    til …"), read as measures of that name: the heading names nothing, the facts are the measure's
    above, which has none of its own."""
    counts = Counter(fold(m.title) for m in measures)

    def boxed(k: int) -> bool:
        m, above = measures[k], measures[k - 1] if k else None
        return (above is not None and not _in_table(m) and not _in_table(above) and any(getattr(m, f) for f in _FACTS)
                and not any(getattr(above, f) for f in _FACTS))

    repeated = {t for t, n in counts.items() if n >= 2}
    heads = {t for t in repeated if all(boxed(k) for k, m in enumerate(measures) if fold(m.title) == t)}
    if not heads:
        return measures
    boxed_at = [k for k, m in enumerate(measures) if fold(m.title) in heads]
    out: list[RawMeasure] = []
    for k, m in enumerate(measures):
        if fold(m.title) in heads:
            above = out[-1]
            given = {f: getattr(m, f) for f in (*_FACTS, "roles_combined") if getattr(m, f) and not getattr(above, f)}
            if m.period_text:  # the box's own period says it, not a date in the text above
                given["period_text"] = m.period_text
            out[-1] = above.model_copy(update={**given, "extra": {**m.extra, **above.extra},
                                               "notes": above.notes + m.notes})
        elif boxed_at[0] - 1 <= k <= boxed_at[-1] and k + 1 not in boxed_at and not any(getattr(m, f) for f in _FACTS):
            continue  # among measures marked with such boxes, a text without one is not reported (a flyer
            # for the annual meeting among the measures' flyers)
        else:
            out.append(m)
    return [m.model_copy(update={"index": k}) for k, m in enumerate(out, 1)]


def _in_table(m: RawMeasure) -> bool:
    return m.provenance.locator.startswith(("table", "sheet"))


_SAME_IF_GIVEN = ("responsible_text", "partners_text", "period_text", "type_text")
# the text of a measure listed again under another delmål only points to where it is told
_POINTER = re.compile(r"\b(?:se|sjå|jf\.?|viser til|omtalt|omtale|følger også opp|følgjer òg opp|fylgjer òg opp"
                      r"|(?:også|òg) (?:på|under|i) (?:ark(?:et)?|fanen|delmål|tabell(?:en)?))\b", re.I)


def _once(measures: list[RawMeasure]) -> list[RawMeasure]:
    """One measure listed again under a second delmål in one report ("Fagbrevkonferansen 2021" under 1.4
    and again under 2.3, "Se omtale under delmål 1.4") is one measure of both. Not rows of a table (a
    summary's rows of several reporters), nor the same name with other facts or a text of its own."""
    out: list[RawMeasure] = []
    first: dict[str, int] = {}
    for m in measures:
        key = fold(m.title)
        k = first.get(key) if key else None
        seen = out[k] if k is not None else None
        again = (seen is not None and m.goal_text and seen.goal_text and fold(m.goal_text) != fold(seen.goal_text)
                 and (not _in_table(m) or _same_table_rows(seen, m) or _all_facts_alike(seen, m))
                 and not any(getattr(m, f) and fold(getattr(m, f)) != fold(getattr(seen, f) or "") for f in _SAME_IF_GIVEN)
                 and not any(seen.extra.get(name, v) != v and not _POINTER.search(v) for name, v in m.extra.items())
                 and (not m.description or _POINTER.search(m.description)))
        if not again:
            if key:
                first.setdefault(key, len(out))
            out.append(m)
            continue
        out[k] = seen.model_copy(update={"goal_text": f"{seen.goal_text}; {m.goal_text}"})
    return [m.model_copy(update={"index": i + 1}) for i, m in enumerate(out)]


def _overview_entries(measures: list[RawMeasure]) -> list[RawMeasure]:
    """A measure named twice in one report, once bare (a diagram's or an overview's box: the name
    with its delmål or type, no text and no one named) and once told of: one measure, the told one,
    with the bare entry's type where it gives none and its delmål besides its own."""
    told: dict[str, RawMeasure] = {}  # the first told measure of each name
    for m in measures:
        if not _bare(m) and fold(m.title):
            told.setdefault(fold(m.title), m)
    merged = {id(m): m for m in told.values()}  # each told measure, with what its bare entries add
    kept = []
    for m in measures:
        other = told.get(fold(m.title)) if _bare(m) else None
        if other is None:
            kept.append(m)
            continue
        now = merged[id(other)]
        fill = {f: getattr(m, f) for f in ("goal_text", "type_text") if getattr(m, f) and not getattr(now, f)}
        if m.goal_text and now.goal_text and fold(m.goal_text) != fold(now.goal_text):
            fill["goal_text"] = f"{now.goal_text}; {m.goal_text}"  # listed under a second delmål too
        merged[id(other)] = now.model_copy(update=fill) if fill else now
    if len(kept) == len(measures):
        return measures
    return [merged.get(id(m), m).model_copy(update={"index": i + 1}) for i, m in enumerate(kept)]


def _bare(m: RawMeasure) -> bool:
    """No text and no one named, no fact besides (a diagram's question beside the box answered in a
    word or two, "tempo?: Ja Ja", is none)."""
    return not (m.description or m.responsible_text or m.partners_text or m.period_text
                or any(not label.rstrip().endswith("?") or len(value.split()) > 3 for label, value in m.extra.items()))


def _same_table_rows(a: RawMeasure, b: RawMeasure) -> bool:
    """Two rows of one table with the same responsible: a measure the table lists under each of its
    delmål (a pivot table's rows), not two reporters' rows of a summary."""
    ta, tb = a.provenance.locator.rpartition(" row ")[0], b.provenance.locator.rpartition(" row ")[0]
    return bool(ta and ta == tb and _in_table(a) and a.responsible_text
                and fold(a.responsible_text) == fold(b.responsible_text or ""))


def _all_facts_alike(a: RawMeasure, b: RawMeasure) -> bool:
    """Rows of two tables (a workbook's sheets, one per delmål) that give the same facts, three or more of
    who is responsible, partners, period and type: one measure listed on each sheet it serves, not two
    reporters' rows."""
    given = [f for f in _SAME_IF_GIVEN if getattr(a, f) or getattr(b, f)]
    return len(given) >= 3 and all(fold(getattr(a, f) or "") == fold(getattr(b, f) or "") for f in given)


def _noted(m: RawMeasure) -> RawMeasure:
    """A measure without a name is never passed on without saying so."""
    if not m.title.strip() and not any(n.startswith("no_title") for n in m.notes):
        return m.model_copy(update={"notes": m.notes + ["no_title: the measure's name was not found; its other fields were read"]})
    return m


def _ocr_noted(m: RawMeasure, ocr_pages: dict[int, float]) -> RawMeasure:
    """A measure read from a scanned page says so, with how sure the OCR was."""
    pages = [p for p in range(m.provenance.page or 0, (m.provenance.page_end or m.provenance.page or 0) + 1)
             if p in ocr_pages]
    if not pages:
        return m
    confidence = min(ocr_pages[p] for p in pages)
    return m.model_copy(update={"notes": m.notes + [
        f"ocr_text: read by OCR from a scanned page (mean word confidence {confidence:.0f}%); check the spelling"]})


def _with_source(m: RawMeasure, rel: str, sha: str) -> RawMeasure:
    prov = m.provenance.model_copy(update={"file": rel, "sha256": sha})
    return m.model_copy(update={"provenance": prov})
