"""What the whole document says of its measures beside where it tells them: a note under a table, an
overview's or a matrix's codes, "Se også" under another delmål's heading, "X er ansvarlig for alle
tiltakene i denne rapporten", a ministry's heading over its measures. Each step takes the measures a
layout parsed and the document, and gives the measures with what it found added."""

from __future__ import annotations

import re

from .content import delmal_codes, goal_reference, goals_by_number
from .goal_matrix import goals_from_matrices
from .model import Document, Paragraph
from .records import RawMeasure
from .text import fold


def told_elsewhere(measures: list[RawMeasure], doc: Document) -> list[RawMeasure]:
    """Every step below, in this order (a cross-reference adds to a delmål found before it)."""
    for step in (_goals_named_elsewhere, goals_from_matrices, _goals_in_notes, _goals_of_cross_references,
                 _goals_by_number, _owner_told_once, _owners_by_heading):
        measures = step(measures, doc)
    return measures


# a note's mark after a delmål's code ("1.4¹", "2.1*"; readers drop the marks after words), and the note
_MARK = r"(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}|\*{1,3}|[†‡])"
_NOTE = re.compile(rf"^\s*({_MARK})\s*(\S.*)$", re.S)
_MARKED = re.compile(rf"(?<=\S){_MARK}(?=\s|$|[,;.)])")
# a note that says a delmål is not, or was once, the measure's: "Ikke delmål 2.3, som …", "Tidligere delmål 2.3"
_NOT_NOW = re.compile(r"\b(?:ikke|ikkje|tidligere|tidlegare|før|feil|erstatter|erstattar)\b", re.I)


def _goals_in_notes(measures: list[RawMeasure], doc: Document) -> list[RawMeasure]:
    """A note mark on a measure's delmål ("1.4¹") and the note under the table giving a delmål ("¹
    Tiltaket bidrar også til delmål 2.3."): that delmål is the measure's too (not one the note says
    it is not, or was once); the mark of a note is no text."""
    notes = {m.group(1): m.group(2) for p in doc.paragraphs() if (m := _NOTE.match(p.text))}
    if not notes:
        return measures
    out = []
    for m in measures:
        marks = [mark for mark in _MARKED.findall(m.goal_text or "") if mark in notes]
        added = [ref for mark in marks if not _NOT_NOW.search(notes[mark]) and (ref := goal_reference(notes[mark], bare=False))]
        if marks:
            m = m.model_copy(update={"goal_text": "; ".join([_MARKED.sub("", m.goal_text), *added])})
        out.append(m)
    return out


# delmål codes right after a name, then a fact mark: "2.1 + 2.4 · Kurs/utdanning · 4,5 mill." (not "1,5"
# årsverk, nor "2,4 – 3,1 mill. kr")
_CODES_AFTER = re.compile(r"^[\s·:–—(-]*((?:delmål\s*)?[1-3]\.[1-6](?:\s*(?:\+|og|,|/|&)\s*[1-3]\.[1-6])*)(?=\s*(?:$|[·|]))")


def _goals_named_elsewhere(measures: list[RawMeasure], doc: Document) -> list[RawMeasure]:
    """A measure with no delmål that the document names again elsewhere with codes right after the
    name (a diagram's or an overview's box: "Bransjeprogram for varehandel 2.1 + 2.4 · Kurs"): those
    delmål are its."""
    if all(m.goal_text for m in measures):
        return measures
    texts = [" ".join(p.text.split()) for p in doc.paragraphs()]
    texts += [" ".join(c.text.split()) for t in doc.tables() for c in t.cells]
    by_start: dict[str, list[str]] = {}
    for text in texts:
        by_start.setdefault(fold(text[:12]), []).append(text)
    out = []
    for m in measures:
        title = " ".join(m.title.split())
        found = None
        if not m.goal_text and len(title) >= 8:
            for text in by_start.get(fold(title[:12]), ()):
                codes = _CODES_AFTER.match(text[len(title):]) if fold(text[:len(title)]) == fold(title) else None
                if codes:
                    found = codes.group(1)
                    break
        out.append(m.model_copy(update={"goal_text": found}) if found else m)
    return out


# "Se også: Fagbrev på jobb (omtalt under delmål 1.4)." under another delmål's heading
_SEE_ALSO = re.compile(r"^(?:se\s+også|sjå\s+(?:også|òg)|se\s+òg|jf\.?|jfr\.?)\s*:?\s*(?P<name>.+?)"
                       r"(?:\s*\((?:omtalt|omtala|beskrevet|skildra|se)\b[^()]*\))?\s*\.?$", re.I)


def _goals_of_cross_references(measures: list[RawMeasure], doc: Document) -> list[RawMeasure]:
    """A report ordered by delmål that tells a measure once, under its first, and under the others only
    refers to it ("Se også: Fagbrev på jobb (omtalt under delmål 1.4)."): each heading's delmål is the
    measure's too."""
    names = {fold(m.title): k for k, m in enumerate(measures) if m.title and m.goal_text}
    added: dict[int, list[str]] = {}
    heading, rank = None, None
    for p in doc.paragraphs():
        text = " ".join(p.text.split())
        ref = goal_reference(text, bare=False)
        if (p.bold or p.heading_level) and ref and text.startswith(ref):
            heading, rank = ref, (p.heading_level or 99, -(p.font_size or 0))
            continue
        if heading and (p.heading_level or p.bold) and (p.heading_level or 99, -(p.font_size or 0)) <= rank:
            heading = None  # ("Vedlegg: Andre aktiviteter" after the delmål's sections)
        seen = _SEE_ALSO.match(text) if heading else None
        k = names.get(fold(seen["name"])) if seen else None
        if k is not None and heading not in added.setdefault(k, []):
            added[k].append(heading)
    return [m.model_copy(update={"goal_text": "; ".join([m.goal_text, *added[k]])}) if added.get(k) else m
            for k, m in enumerate(measures)]


def _goals_by_number(measures: list[RawMeasure], doc: Document) -> list[RawMeasure]:
    """A closing paragraph that gives each numbered measure its delmål ("Kobling til strategien: Punkt 1
    følger opp delmål 3.3 og 3.5. Punkt 2 følger opp delmål 1.3. …"), two numbers at least, none past the
    measures read: the n-th measure's delmål, where it has none of its own or the number's include all
    of its own (its text names one: "delmål 3.1 er lagt til")."""
    given: dict[int, str] = {}
    for p in doc.paragraphs():
        given.update(goals_by_number(p.text))
    if len(given) < 2 or max(given) > len(measures) or min(given) < 1:
        return measures
    from_it = set(given.values())  # (the paragraph read as the last measure's goal, under its label: not its own)

    def takes(own: str | None, told: str) -> bool:
        codes = set(delmal_codes(own))
        return not own or own in from_it or bool(codes) and codes < set(delmal_codes(told))

    return [m.model_copy(update={"goal_text": given[k]}) if k in given and takes(m.goal_text, given[k]) else m
            for k, m in enumerate(measures, start=1)]


# "HK-dir er ansvarlig for alle tiltakene i denne rapporten.", "Fylkeskommunen har ansvaret for tiltaka."
_OWNER_OF_ALL = re.compile(r"(?:^|(?<=[.!]\s))(?P<who>(?-i:[A-ZÆØÅ])[^.,;:()]{1,50}?)\s+(?:er|står\s+som)\s+"
                           r"(?:ansvarlig|ansvarleg|eier|eigar)\s+for|(?:^|(?<=[.!]\s))(?P<has>(?-i:[A-ZÆØÅ])[^.,;:()]{1,50}?)"
                           r"\s+har\s+(?:hoved|hovud)?ansvar(?:et)?\s+for", re.I)
_ALL_MEASURES = re.compile(r"\s*(?:alle\s+|dei\s+|de\s+)?(?:tiltakene|tiltaka)(?:\s+(?:i|under)\s+(?:denne\s+|dette\s+)?"
                           r"(?:rapporten|notatet|dokumentet|kapittel\s+\d+|kapitlet|tabellen)|\s+(?:nedenfor|under|her))?\s*[.]",
                           re.I)  # (this report's: not "… for tiltakene i strategien", "… tiltaka under sin overskrift")

# the same as a label: "Ansvarlig for alle tiltakene: Trøndelag fylkeskommune."
_OWNER_LABEL = re.compile(r"^(?:ansvarlig|ansvarleg|ansvar|eier|eigar)\s+for\s+(?:alle\s+|dei\s+|de\s+)?(?:tiltakene|tiltaka)"
                          r"(?:\s+(?:i|under)\s+(?:denne\s+|dette\s+)?(?:rapporten|notatet|dokumentet|kapittel\s+\d+|kapitlet|"
                          r"tabellen))?\s*:\s*(?P<who>(?-i:[A-ZÆØÅ])[^.;:()]{1,60}?)\s*\.?$", re.I)


def _names_someone(text: str) -> bool:
    """An organisation's name, not "Se omtalen under hvert tiltak" or "Ulike aktører"."""
    from ..normalize.orgs import organisation_named  # (the gazetteer: normalize's reference)

    return organisation_named(text) is not None or len(text.split()) <= 4 and not _NO_ONE.match(text)


_NO_ONE = re.compile(r"(?:se|sjå|jf|jfr|ulike|varierer|flere|fleire|avhengig|alle|kvart|hvert)\b", re.I)


def _owner_told_once(measures: list[RawMeasure], doc: Document) -> list[RawMeasure]:
    """A report that says once who runs its measures ("HK-dir er ansvarlig for alle tiltakene i denne
    rapporten.", "Kompetanse Norge er ansvarlig for tiltakene i kapittel 2.", "Ansvarlig for alle
    tiltakene: Trøndelag fylkeskommune."): the one responsible for each
    measure that names none. (Not "… har ansvaret for tiltaka under sin overskrift": each heading's.)"""
    if all(m.responsible_text for m in measures):
        return measures
    owners = set()
    for p in doc.paragraphs():
        text = " ".join(p.text.split())
        owners |= {(m["who"] or m["has"]).strip() for m in _OWNER_OF_ALL.finditer(text) if _ALL_MEASURES.match(text, m.end())}
        if (labelled := _OWNER_LABEL.match(text)) and _names_someone(labelled["who"]):
            owners.add(labelled["who"])
    if len(owners) != 1:
        return measures
    owner = owners.pop()
    return [m if m.responsible_text else m.model_copy(update={"responsible_text": owner}) for m in measures]


def _owners_by_heading(measures: list[RawMeasure], doc: Document) -> list[RawMeasure]:
    """The government's report by ministry: headings that are a ministry's name ("2 Kunnskapsdepartementet
    (KD)", "Arbeids- og sosialdepartementet"), each over its measures, which name no one responsible: the
    heading's ministry runs them. A measure belongs to the last heading of that shape before it. (Other
    bodies' names as headings may be partners the report is ordered by.)"""
    if all(m.responsible_text for m in measures):
        return measures
    from ..normalize.orgs import ministry_named  # (the gazetteer: normalize's reference)
    from .layouts.base import split_numbering

    def shape(p: Paragraph) -> tuple:
        return p.heading_level, bool(p.bold), round(p.font_size or 0)

    def named(p: Paragraph) -> str | None:
        text = split_numbering(" ".join(p.text.split()))[1]
        return text if (p.heading_level or p.bold) and len(text) <= 80 and ministry_named(text) else None

    owners = {k: name for k, b in enumerate(doc.blocks) if isinstance(b, Paragraph) and (name := named(b))}
    shapes = {shape(doc.blocks[k]) for k in owners}
    if not owners or len(shapes) != 1:
        return measures
    texts = [fold(" ".join(b.text.split())) if isinstance(b, Paragraph) else
             " ".join(fold(c.text) for c in b.cells) for b in doc.blocks]
    out, at = [], 0
    for m in measures:
        found = next((k for k in range(at, len(texts)) if fold(m.title) and fold(m.title) in texts[k]), None)
        if found is None:
            out.append(m)
            continue
        at = found
        above = next((k for k in range(found - 1, -1, -1) if isinstance(doc.blocks[k], Paragraph)
                      and shape(doc.blocks[k]) in shapes), None)
        owner = owners.get(above) if above is not None else None
        out.append(m.model_copy(update={"responsible_text": owner}) if owner and not m.responsible_text else m)
    return out
