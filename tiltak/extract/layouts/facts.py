"""Fields written without labels, known by their content or by a label inside a line: a line of
facts ("1.2 · Prosjekt · 2021"), facts in brackets after a measure's name ("Fagbrev på jobb
(delmål 2.5; ansvarlig: Udir)"), who does it and with whom ("LO, i samarbeid med AOF")."""

from __future__ import annotations

import re
from functools import lru_cache

from ..content import MONTHS, goal_reference, is_delmal_code, is_goal_line, is_period_line, time_only
from ..records import FACT_FIELDS
from ..settings import SETTINGS
from ..text import FACT_MARKS, fold
from ..vocabulary import is_area, is_other_answer, is_status, label_field, leading_label, match_label, spells_a_type, type_spellings, value_field


# " | ", " · ", "; Label:", ". Label:" ("Ansvarlig: VOFO. Samarbeid: Kompetanse Norge. Periode: 2020.") or tabs
_FACT_FIELDS = ("goal", "type", "responsible", "partners", "roles", "period")
_INSIDE = r"((?:[^()\[\]]|\([^()\[\]]*\))+)"  # a bracket's text, with brackets of its own: "ansvar: KD (sekretariat …)"
_TRAILING_BRACKETS = re.compile(r"\s*[(\[]" + _INSIDE + r"[)\]]\s*\.?\s*$")
_FACT_SEPARATOR = re.compile(rf"\s*[{FACT_MARKS}]\s*|\s+[–—](?:\s+|$)")  # (a dash that ends the line: the next field is on the next)
FIELD_SEPARATOR = re.compile(rf"\s+[{FACT_MARKS}]\s+|\s*;\s+(?=\S(?:(?!\.\s)[^;:]){{0,40}}:)|(?<=\.)\s+(?=[^\W\d_][^.;:]{{0,40}}:)|\t+"
                             r"|\s+\(\d{1,2}\)\s+(?=[^\W\d_][^.;:()]{0,40}:)"  # "… og KN (4) Virketid: 2017–2021"
                             r"|(?<=\.)\s+(?=(?:delmål|delmåla|delmålet|delmålene)\s+\d)", re.I)  # "… Periode: 2020. Delmål 1.1."


_FACT_MARK = re.compile(rf"[{FACT_MARKS}]")
ONE_MORE = re.compile(r"^(?:også|og|òg)\s+", re.I)  # "også delmål 1.4", "Også nr. 7": one more
_COLON = re.compile(r":(?=\s|$)")
_SEMICOLON_OUTSIDE = re.compile(r";(?![^()\[\]]*[)\]])")  # a semicolon outside brackets


def field_parts(text: str) -> list[str]:
    """A line of fields cut into its fields: at the marks between them (FIELD_SEPARATOR), or, with
    none, before each known label ("Ansvarlig: VOFO Samarbeid: Kompetanse Norge", "Delmål 3.2 Type:
    Kurs", set apart only by space); the line whole when it holds one field."""
    text = text or ""
    cuts = [m for m in FIELD_SEPARATOR.finditer(text) if text[:m.start()].count("(") <= text[:m.start()].count(")")]
    bounds = [0, *[x for m in cuts for x in (m.start(), m.end())], len(text)]  # (not inside a bracket of facts)
    parts = [text[a:b].strip() for a, b in zip(bounds[::2], bounds[1::2]) if text[a:b].strip()]
    if len(parts) >= 2:
        return parts
    cuts, fields = [], []
    for m in _COLON.finditer(text or ""):
        before = text[:m.start()]
        if before.count("(") > before.count(")"):
            continue  # a label inside a bracket of facts is the bracket's ("Tiltak: KBU (delmål 1.1; ansvar: KD). …")
        words = list(re.finditer(r"\S+", before))
        for n in range(min(4, len(words)), 0, -1):  # the longest label that ends at the colon
            start = words[-n].start()
            head = before[start:]
            # (no label holds another's colon: "Ansvarlig: VOFO Samarbeid" is two)
            field = label_field(head) if not any(ch.isdigit() for ch in head) and ":" not in head else None
            if field not in (None, "other", "section"):
                cuts.append(start)
                fields.append(field)
                break
        else:  # no whole label: the delmål's head word right before the colon, codes after it ("… Kategori: Kurs NKPS: 1.1")
            after = _COLON.split(text[m.end():], maxsplit=1)[0].split()
            answer = " ".join(after[:-1] if len(after) > 1 and _COLON.search(text[m.end():]) else after)
            if words and m.start() > 0 and label_field(words[-1].group(), colon=True) == "goal" \
                    and not any(ch.isdigit() for ch in words[-1].group()) and is_goal_line(answer):
                cuts.append(words[-1].start())
                fields.append("goal")
    if len(set(fields)) < len(fields):  # a field twice: two boxes' lines run together, not one line's fields
        return [text.strip()]
    if not cuts or len(cuts) == 1 and (cuts[0] == 0 or not is_goal_line(text[:cuts[0]].strip(), bare=False)):
        return [text.strip()] if text and text.strip() else []
    bounds = ([0] if cuts[0] > 0 else []) + cuts + [len(text)]
    return [text[a:b].strip() for a, b in zip(bounds, bounds[1:]) if text[a:b].strip()]


# facts written as whole sentences ("Det er et kurs.", "LO har ansvaret.", "LO samarbeider med AOF.",
# "Dette tiltaket hører til delmål 2.2 i strategien.": an easy-read report's)
_GOAL_SENTENCE = re.compile(r"\b(?:hører|høyrer|høre|hører inn|høyrer inn)\s+(?:til|under)\b|\b(?:gjelder|gjeld|støtter|"
                            r"støttar|bidrar|bidreg|følger opp|følgjer opp|er knyttet|er knytt|handler om|handlar om)\b"
                            r"|\b(?:knyttet|knytt|knytta|relatert|koblet|kopla|kobla)\s+(?:til|mot)\b|\b(?:rettet|retta)\s+mot\b"
                            r"|\b(?:svarer|svarar)\s+på\b", re.I)
_WHO_LEADS = re.compile(r"^(?P<who>[^.,;:]{2,60}?)\s+(?:har|hadde)\s+(?:hoved|hovud)?ansvar(?:et)?"
                        r"(?:\s+for\s+(?:tiltaket|dette|arbeidet|det))?\s*\.?$|"
                        r"^(?:ansvaret\s+(?:ligger|ligg)\s+hos|ansvarlig\s+er|ansvarleg\s+er)\s+(?P<who2>[^.;:]{2,60}?)\s*\.?$", re.I)
_WHO_WITH = re.compile(r"^(?P<who>[^.,;:]{2,60}?)\s+(?:samarbeider|samarbeidar)\s+med\s+(?P<with>[^.;:]{2,120}?)\s*\.?$", re.I)
_IT_IS = re.compile(r"^(?:det|dette|tiltaket)\s+er\s+(?:et|en|ei|eit|ein)\s+(?P<what>[^.;:]{2,80}?)\s*\.?$", re.I)


# a by-line: who made it and with whom, no sentence ("Unio i samarbeid med Proba samfunnsanalyse")
_BY_LINE = re.compile(r"^(?P<who>(?-i:[A-ZÆØÅ])[^.,;:]{1,40}?)\s+i\s+samarbeid\s+med\s+(?P<with>(?-i:[A-ZÆØÅ])[^.;:]{1,100})$",
                      re.I)


def by_line(text: str) -> list[tuple[str, str]] | None:
    """A by-line's who and with whom, as [("responsible", who), ("partners", with)], and the times
    that follow it as facts ("NHO med NIFU · 2023"); None for other text."""
    parts = FIELD_SEPARATOR.split(" ".join((text or "").split()))
    head, times = parts[0], parts[1:]
    if any(not is_period_line(t) or ":" in t for t in times):  # (not "… · Periode: 2021–", a labelled line's rest)
        return None
    m = _BY_LINE.match(head) or (_WHO_WITH_WHOM.match(head) if times else None)
    if not m or not _names_only(m.group("who")) or not _names_only(m.group("with")) or len(m.group("who").split()) > 5 \
            or label_field(m.group("who")) is not None:  # (not "Samarbeid med NAV · 2023")
        return None  # (who alone before a time is no by-line: "Oslo · mars 2023", "Foto Ole Hansen · 2022")
    return [("responsible", m.group("who").strip()), ("partners", m.group("with").strip())] + [("period", t) for t in times]


def sentence_fact(text: str) -> tuple[str, str] | None:
    """A short sentence that gives one fact of a measure, as (field, value): its delmål, who is
    responsible, who takes part, or its type; None for any other sentence."""
    text = (text or "").strip()
    if not text.endswith(".") or ":" in text or len(text.split()) > 16 or len(_SENTENCE_END.split(text)) > 1:
        return None  # one whole sentence, no label in it
    ref = goal_reference(text, bare=False)
    if ref and _GOAL_SENTENCE.search(text) and not re.search(r"\b(?:også|òg|i tillegg)\b", text, re.I) \
            and not _ABOUT_THE_REPORT.match(text):
        return "goal", ref  # ("gjelder også delmål 2.4" adds to the delmål above: read as before)
    m = _WHO_LEADS.match(text)
    if m and _names_only(who := (m.group("who") or m.group("who2")).strip()) and not _NOBODY.match(who):
        return "responsible", who
    m = _WHO_WITH.match(text)
    if m and _names_only(m.group("with")) and len(m.group("who").split()) <= 6 and not _NOBODY.match(m.group("with")) \
            and not _WHAT_FOR.search(m.group("with")):  # (not "… med NAV om å gi …")
        return "partners", m.group("with").strip()
    m = _IT_IS.match(text)
    if m and not _VERB.search(m.group("what")):  # (not "Det er et prosjekt vi er stolte av.")
        words = fold(m.group("what")).split()
        spellings = type_spellings()
        for n in (3, 2, 1):  # the longest spelling the words open with: "et råd der mange møtes"
            if len(words) >= n and " ".join(words[:n]) in spellings:
                return "type", " ".join(m.group("what").split()[:n])
    return None


_A_TYPE = re.compile(r"^(?:(?:et|en|ei|eit|ein)\s+)?(?P<what>[^\W\d_][^.;:,]{1,40}?)\s*\.$", re.I)
_WHAT_FOR = re.compile(r"\b(?:om|å|for å|til å)\b", re.I)  # what they do together, after whom: no names ("for" is in names)
_LEADS_WITH = re.compile(r"^(?P<who>[^.,;:]{2,60}?)\s+(?:har|hadde)\s+(?:hoved|hovud)?ansvar(?:et)?(?:\s+og\s+"
                         r"(?:samarbeider|samarbeidar)\s+med|\s+(?:sammen|saman)\s+med|,?\s+i\s+samarbeid\s+med)\s+(?P<with>[^.;:]{2,120}?)\s*\.?$", re.I)


def sentence_facts(text: str) -> list[tuple[str, str]] | None:
    """A paragraph of short sentences each giving a fact, or a label and its answer ("KD har ansvaret og
    samarbeider med ASD og HK-dir. Tidsrom: 2023–2027."): its (field, value) pairs; None unless every
    sentence is one and they give two facts or more."""
    found: list[tuple[str, str]] = []
    told = 0  # facts written as sentences (labels alone are read as labelled fields)
    for sentence in _SENTENCE_END.split((text or "").strip()):
        sentence = sentence.strip()
        both = _LEADS_WITH.match(sentence)
        if both and _names_only(both["who"]) and _names_only(both["with"]) and not _NOBODY.match(both["who"].strip()) \
                and not _NOBODY.match(both["with"].strip()) and not _WHAT_FOR.search(both["with"]):
            found += [("responsible", both["who"].strip()), ("partners", both["with"].strip())]
            told += 1
            continue
        fact = sentence_fact(sentence)
        told += fact is not None
        # among sentences that tell facts (not labels only): "Forskning." a type, "Strategiens tiltak nr. 4 og 7."
        # the reference alone
        if fact is None and (a_type := _A_TYPE.match(sentence)) and fold(a_type["what"]) in type_spellings():
            fact = "type", a_type["what"]
        elif fact is None and (ref := goal_reference(sentence, bare=False)) and fold(sentence.rstrip(". ")) == fold(ref):
            fact = "goal", ref
        label = match_label(sentence.rstrip(".")) if fact is None and ":" in sentence else None
        if label is not None and label.how == "separator" and not label.loose and label.field in FACT_FIELDS \
                and label.value:
            fact = label.field, label.value
        if fact is None:
            return None
        found.append(fact)
    return found if len(found) >= 2 and told else None


# "…, i perioden frå 2020." at the end of a sentence of facts: when
_IN_THE_PERIOD = re.compile(r",?\s+i\s+(?:perioden|tidsrommet)\s+(?P<when>[^.;:]{2,40}?)\s*\.?$", re.I)


def _told_facts(sentence: str) -> list[tuple[str, str]] | None:
    """The facts one sentence of a text tells ("Fylkeskommunen har ansvaret saman med NHO Vestland, HVL,
    i perioden 2025.", "Tiltaket er eit nettverk."), or None when it is no such sentence."""
    out: list[tuple[str, str]] = []
    when = _IN_THE_PERIOD.search(sentence)
    if when and is_period_line(when["when"]):
        out.append(("period", when["when"].strip()))
        sentence = sentence[:when.start()] + "."
    if out and sentence.strip() == ".":
        return out
    found = sentence_facts(sentence)
    if found is None:
        one = sentence_fact(sentence) or labelled_fact(sentence)
        found = [one] if one else None
    return None if found is None else found + out


# "Samarbeidspartnere er HK og HK-dir.": a fact's label and its answer joined by "er"
_LABEL_IS = re.compile(r"^(?P<label>[^\W\d_][\w-]{3,25})\s+(?:er|var|blir)\s+(?P<value>[^.;:]+?)\.?$")


def labelled_fact(sentence: str) -> tuple[str, str] | None:
    """A sentence that is a fact's label and its answer ("Ansvar: Spekter.", "Samarbeidspartnere er UH-institusjonene."),
    as (field, value)."""
    label = match_label(sentence.strip().rstrip(".")) if ":" in sentence else None
    joined = _LABEL_IS.match(sentence.strip()) if label is None else None
    joined_field = label_field(joined["label"], colon=True) if joined else None
    if joined_field in ("responsible", "partners", "period") \
            and (joined["value"][:1].isupper() or re.fullmatch(r"[\w-]+(?:ene|ane|er|ar|a)(?:\s+og\s+[\w-]+)?", joined["value"])
                 or is_period_line(joined["value"])):
        # (a name, bodies by their kind, or a time: not "Samarbeidet er viktig for oss")
        field, value = joined_field, joined["value"].strip()
    elif label is None or label.how != "separator" or label.loose or label.field not in FACT_FIELDS or not label.value:
        return None
    else:
        field, value = label.field, label.value.strip()
    fits = {"goal": lambda v: bool(goal_reference(v)), "period": is_period_line, "type": spells_a_type,
            "responsible": _names_only, "partners": _names_only}[field](value)
    # (a run-in heading over a sentence is no fact: "Samarbeid: Samarbeidet med NAV har vært avgjørende.")
    return (field, value) if fits and len(value.split()) <= 12 else None


# what an answer of each field must be alone, for a later sentence of it to be another fact's
_FITS = {"period": is_period_line, "type": lambda x: spells_a_type(x) or 0 < len(x.split()) <= 3 and not re.search(r"\d", x)}


def facts_after_fact(field: str, value: str | None) -> tuple[str, list[tuple[str, str]]] | None:
    """A fact's answer that runs on into sentences telling other facts ("Tidsrom: 2021–2025. Knyttet
    til delmål 1.4.", "Tidsrom: 2017. (Strategiens tiltak nr. 7.)"): the answer alone and those facts;
    None unless the answer alone fits its field and every sentence after it tells a fact."""
    sentences = [x.strip() for x in _SENTENCE_END.split((value or "").strip()) if x.strip()]
    first = sentences[0].rstrip(". ") if sentences else ""
    if len(sentences) < 2 or not (_FITS.get(field) or _names_only)(first):
        return None
    facts: list[tuple[str, str]] = []
    for sentence in sentences[1:]:
        bare = re.sub(r"^\((.*)\)\.?$", r"\1", sentence).strip()  # "(Strategiens tiltak nr. 1.)"
        told = _told_facts(bare if bare.endswith(".") else bare + ".")
        ref = goal_reference(bare, bare=False) if told is None else None
        if told is None and ref and fold(bare.rstrip(". ")) == fold(ref):
            told = [("goal", ref)]  # the reference alone: "Strategiens tiltak nr. 4 og 7."
        if told is None or any(name == field for name, _ in told):
            return None
        if any(name == "goal" and not is_delmal_code(value.split()[-1]) for name, value in told) \
                and _ANOTHER_PLAN.search(bare):
            return None  # "Tiltaket er knytt til tiltak 3 i Regional plan for kompetanse.": that plan's numbering
        facts += told
    return first, facts


# a numbered measure of another document than the strategy: "tiltak 3 i Regional plan for kompetanse", "pkt. 4 i avtalen"
_ANOTHER_PLAN = re.compile(r"\b(?:i|fra|frå)\s+(?:den\s+|det\s+)?(?!strategien\b|nkps\b|kompetansestrategien\b)"
                           r"(?:[^\W\d_]+\s+){0,2}[^\W\d_]*(?:plan|planen|planar|avtale|avtalen|program|programmet|kontrakt\w*)\b", re.I)


def facts_after_text(text: str | None) -> tuple[str, list[tuple[str, str]]] | None:
    """A description whose sentences after its first tell facts ("Karrieresentera gav 3000 samtalar.
    Fylkeskommunen har ansvaret saman med NAV, i perioden 2025. Tiltaket er eit nettverk."): the text
    without them and the facts, two or more of different fields, who has it among them; None else."""
    sentences = [x.strip() for x in _SENTENCE_END.split((text or "").strip()) if x.strip()]
    facts: list[tuple[str, str]] = []
    kept, telling = sentences[:1], []
    for sentence in sentences[1:]:
        told = _told_facts(sentence)
        if told is None and _reference_alone(sentence):
            told = []  # ("… Samarbeidspartnere: Fafo. Delmål 2.2.": the delmål, read before, among the facts)
        if told is None:
            kept.append(sentence)
        else:
            facts += told
            telling.append(sentence)
    # (the facts last, each a label and its answer or a delmål's reference alone)
    labels = [labelled_fact(x) is not None for x in telling]
    labelled = bool(facts) and sentences[len(kept):] == telling and any(labels) \
        and all(is_label or _reference_alone(x) for is_label, x in zip(labels, telling))
    if len({name for name, _ in facts}) < len(facts) or not labelled and (
            len(facts) < 2 or not any(f == "responsible" for f, _ in facts)):
        return None  # (a field twice: two measures' facts, or a text about others; who has it among them; but
        # "… Ansvar: Spekter." ends the text with a label and its answer)
    return " ".join(kept), facts


def _reference_alone(sentence: str) -> bool:
    """"Delmål 1.4.": a sentence that is a delmål's reference and nothing else."""
    ref = goal_reference(sentence, bare=False)
    return bool(ref) and fold(sentence.strip().rstrip(". ")) == fold(ref)


# who is no one named: "Ingen har ansvaret.", "Vi samarbeider med mange."
_NOBODY = re.compile(r"^(?:vi|alle|ingen|mange|de|dei|noen|nokon|man|andre|flere|fleire|dette|det)(?:\s+andre)?$", re.I)
# a sentence about the report, not a measure: "Rapporten gjelder delmål 2.1 og 2.2."
_ABOUT_THE_REPORT = re.compile(r"^(?:denne\s+|dette\s+)?(?:rapporten|rapport|dokumentet|oversikten|strategien|notatet)\b|^vi\b",
                               re.I)


SLASHES = re.compile(r"\s+//\s+")  # "delmål 2.2 // arrangement // Unio": a log's marks between fields


def facts_line(text: str) -> list[tuple[str, str]] | None:
    """A line of fields, each known by its content or its own label: "1.2, 1.4 · Prosjekt · 2021–2024",
    "Delmål 3.2 | Kurs/utdanning | Ansvar: Unio | Høsten 2020". Its (field, value) pairs, or None."""
    text = SLASHES.sub(" · ", text) if text and " // " in text else text
    if _TAGS.match(text or ""):
        return _tag_facts(text)
    whole = _IN_SQUARE_BRACKETS.match(text or "")
    if whole:  # "[Rapportert til KPR: delmål 2.3 · Prosjekt · ansvar Spekter · 2022–2023]": a note of facts
        text = whole.group(1)
    parts = [x.strip() for x in _FACT_SEPARATOR.split(text or "") if x.strip()]
    lead, colon, rest = parts[0].partition(":") if whole and parts else ("", "", "")
    if len(parts) >= 2 and colon and rest.strip() and len(lead.split()) <= 5 and label_field(lead) is None \
            and not any(ch.isdigit() for ch in lead):  # (not a slide's "[LYSBILDE 2: Kurs – nr. 6]")
        parts[0] = rest.strip()  # a lead-in no field is known by ("Rapportert til KPR:"), before the first fact
    parts = [y.strip() for x in parts for y in (_WHOLE_BRACKET.sub(r"\1", x).split(";") if _WHOLE_BRACKET.match(x)
                                                 else [x]) if y.strip()]  # "(Ansvar: AID; med NAV) · 2021"
    if len(parts) < 2 and (text or "").count(";") >= 2:  # "3.2; informasjon; VOFO (med studieforbundene); 2020"
        semi = [x.strip() for x in _SEMICOLON_OUTSIDE.split(text) if x.strip()]
        if len(semi) >= 3 and not any(":" in x for x in semi):  # unlabelled: read as the same line set apart by "·"
            text = " · ".join(semi)
            parts = semi
    if len(parts) <= 2 and (text or "").count(" / ") >= 2:  # "Delmål 2.2 / kurs / Unio, med forbundene / 2020"
        slashed = [x.strip() for x in text.split(" / ") if x.strip()]  # ("… / KD – med LO / …": the dash a part's)
        if len(slashed) >= 3 and len(slashed) > len(parts) and not any(":" in x for x in slashed):
            text = " · ".join(slashed)
            parts = slashed
    if len(parts) < 2 and len(text or "") <= 200:  # "Delmål 1.1. Prosjekt. Samarbeid med LO. Periode 2017–.": sentences
        sentences = [x.strip() for x in _SENTENCE_END.split(text or "") if x.strip()]
        if len(sentences) < 2 or all(":" in x for x in sentences):  # labels all: read as labelled fields
            return None
        return _facts(sentences, labelled=True)
    if len(parts) < 2 or len(text) > 200 or _WITH_WHOM_ABOUT.match(parts[0]):
        return None
    inner = list(parts)
    if text.lstrip()[:1] in "([" and text.rstrip(" .")[-1:] in ")]":  # a bracket round the whole line is no part
        inner[0], inner[-1] = inner[0].lstrip("(["), inner[-1].rstrip(" .)]")
    if any(x.count("[") != x.count("]") or x.count("(") != x.count(")") for x in inner):
        return None  # a separator inside brackets: "Kompetanseundersøkelsen 2026 [Tiltak · FoU]" is a name and its tag
    if len(parts) == 2 and _FACT_MARK.search(text) and (m := _PARTNERS_FIRST.match(parts[1])) \
            and _names_only(parts[1][m.end():]) and written_as_names(parts[0]) and _facts([parts[0]]) is None:
        return [("responsible", parts[0]), ("partners", parts[1][m.end():])]  # "Spekter · med LO Stat": who, with whom
    labelled = _dashes_in_values(text)
    return _facts(parts, labelled=True) or (len(labelled) >= 2 and _facts(labelled, labelled=True)) \
        or _facts_and_names(text) or (_with_own_type(parts) if len(parts) >= 3 else None)


def _dashes_in_values(text: str) -> list[str]:
    """"Delmål: 2.1 – Type: Prosjekt – Tid: 1. januar 2018 – ut 2019": parted only at a dash before a
    label, so the dash inside the last value stays in it."""
    return [x.strip() for x in _DASH_BEFORE_LABEL.split(text) if x.strip()]


_DASH_BEFORE_LABEL = re.compile(r"\s+[–—]\s+(?=[^\W\d_][^:–—]{0,40}:)")


# "Samarbeid med UiO om kunnskapsøkonomien": with whom about what, a measure's name (not partners)
_WITH_WHOM_ABOUT = re.compile(r"^(?:i\s+)?(?:samarbeid|samarbeider|samarbeidar)\s+med\s+\S.*\s+om\s+(?-i:[a-zæøå])", re.I)
_VERB = re.compile(r"\b(?:har|er|ble|blir|var|skal|vil|kan|gir|tilbyr|utvikler|utviklet|gjennomfører|gjennomførte|"
                   r"arrangerer|arrangerte|lager|laget|jobber|arbeider|tilbys|gis|holdes|arrangeres|gjennomføres|"
                   r"utvikles|lages|drives|står|stod)\b", re.I)


def written_as_names(text: str) -> bool:
    """"Spekter og LO", "HOSPEEM og EPSU", "Universitetet i Oslo": capitalised words and the words that
    join names, or a name the gazetteer knows ("Vestland fylkeskommune"); not a name of a measure
    ("Bransjeprogram for industrien"), nor a fact ("Kurs", "Høsten")."""
    words = text.split()
    if not 1 <= len(words) <= 6 or not words[0][:1].isupper() or any(ch.isdigit() for ch in text):
        return False
    if all(w[:1].isupper() or w.casefold() in ("og", "i", "&", "/", "+", "and") for w in words):
        return True
    from ...normalize.orgs import organisation_named  # (the gazetteer: "Vestland fylkeskommune")

    return organisation_named(text) is not None


def _names_only(text: str) -> bool:
    """"KD, LO og Virke": a short list of who, not a sentence ("NHO har LO utviklet …")."""
    return len(text.split()) <= 16 and not _VERB.search(text)


# (not "tiltak nr. 4", nor a date's day: "23. november 2017")
_SENTENCE_END = re.compile(r"(?<=\.)(?<!\bnr\.)(?<!\bca\.)(?<!\bjf\.)(?<!\bSt\.)\s+(?=\S)(?!(?:" + "|".join(MONTHS) + r")\b)",
                           re.I)
# who takes part, said before their names: "i samarbeid med", "sammen med", "med bidrag fra"
_TOGETHER_WORDS = r"(?:i\s+)?(?:samarbeid|samarbeider|samarbeidar)\s+med|(?:sammen|saman)\s+med|med\s+bidrag\s+fr[aå]"
_MED = r"med\s+(?=(?-i:[A-ZÆØÅ])|\w+(?:ene|ane)\b)"  # "med NAV", "med partene" (not "med forbehold", "med 30 deltakere")
_PARTNERS_FIRST = re.compile(rf"^(?:(?:{_TOGETHER_WORDS})\s+|{_MED})", re.I)  # ("med NAV" as a fact of its own)
# a by-line's "NHO med NIFU": who, with whom
# among a bracket's facts, "VOFO med frivillig sektor": who, with whom (whatever the words after "med")
_WHO_WITH_ANY = re.compile(r"^(?P<who>(?-i:[A-ZÆØÅ])[^.,;:]{1,40}?)\s+med\s+(?P<with>[^.;:()]{2,80})$", re.I)
_WHO_WITH_WHOM = re.compile(rf"^(?P<who>(?-i:[A-ZÆØÅ])[^.,;:]{{1,40}}?)\s+{_MED}(?P<with>[^.;:]{{1,100}})$", re.I)


_WHOLE_BRACKET = re.compile(r"^\(([^()]+)\)$")
_IN_SQUARE_BRACKETS = re.compile(r"^\s*\[([^\[\]]+)\]\s*\.?\s*$")
_NUMBERS = re.compile(r"^(?:nr|nummer)\.?\s*\d{1,2}(?:\s*(?:,|og|&)\s*\d{1,2})*$", re.I)
_TAGS = re.compile(r"^\s*(?:#[^\s#]+\s*){1,12}$")


def _tag_facts(text: str) -> list[tuple[str, str]] | None:
    """A line of hashtags ("#2.1 #2.4 #kurs #seniorer"): the delmål codes among them, and a type."""
    tags = [t.lstrip("#").replace("_", " ") for t in text.split()]
    goals = [t for t in tags if is_goal_line(t)]
    known = [f for t in tags if t not in goals and (f := _facts([t]))]  # tags that name no field are left
    rest = [f[0] for f in known]
    if len({name for name, _ in rest}) < len(rest):
        return None
    return [("goal", ", ".join(goals))] * bool(goals) + rest or None


def goal_first_facts(text: str) -> list[tuple[str, str]] | None:
    """A line of facts that opens with its delmål in words ("Delmål 1.4 og 3.3 · Plan"): the delmål and
    the parts known by their content; a part no list knows (a type of the writer's own) is left. None
    for any other line."""
    parts = [x.strip() for x in re.split(rf"\s*[{FACT_MARKS}]\s*", text or "") if x.strip()]  # (not a dash: a name may follow)
    if len(parts) < 2 or not is_goal_line(parts[0]) or goal_reference(parts[0], bare=False) != parts[0]:
        return None
    found = [("goal", parts[0])] + [f for x in parts[1:] if (f := one_fact(x))]
    return found if len({name for name, _ in found}) == len(found) else None


def one_fact(text: str) -> tuple[str, str] | None:
    """A text that is one fact known by its content ("2016–2017", "Delmål 2.2", "Kurs/utdanning"), or None;
    a name with a year ("Kompetanseløft 2025") is no period."""
    found = _facts([text])
    if not found or len(found) != 1 or found[0][0] == "period" and not time_only(text):
        return None
    return found[0]


def facts_among(text: str) -> list[tuple[str, str]] | None:
    """The parts of a line of facts each known by its content, the others left ("delmål 1.4 · avtale ·
    … · 2022–2026": a type no list knows): None unless they give the delmål and one more."""
    parts = [x.strip() for x in _FACT_SEPARATOR.split(text or "") if x.strip()]
    found = [f[0] for x in parts if (f := _facts([x])) and len(f) == 1]
    names = [name for name, _ in found]
    return found if "goal" in names and len(found) >= 2 and len(set(names)) == len(names) else None


def category_facts(text: str) -> list[tuple[str, str]] | None:
    """A label's answer listing categories ("NKPS; Delmål 2.2; Arrangement", a calendar's or a
    register's tags): the delmål and the type among them; None unless it gives both or several
    delmål, with at most one category that names no field (the strategy's own tag)."""
    parts = [x.strip() for x in (text or "").split(";") if x.strip()]
    if len(parts) < 2:
        return None
    found = [_facts([x]) for x in parts]
    if sum(1 for f in found if f is None) > 1 or any(f and len(f) > 1 for f in found):
        return None
    facts = [f[0] for f in found if f]
    names = [name for name, _ in facts]
    if names.count("type") > 1 or set(names) - {"goal", "type"} or len(facts) < 2:
        return None
    goals = [v for name, v in facts if name == "goal"]
    return [("goal", ", ".join(goals))] * bool(goals) + [(n, v) for n, v in facts if n == "type"]


def _facts_and_names(text: str) -> list[tuple[str, str]] | None:
    """"3.6 · FoU · KD · Studieforbundene, KUD · 2025–2026": between the fields known by content,
    who is responsible, then who takes part (with · or | between the parts; with dashes only in a line
    that opens with its delmål, "Delmål 2.2 – FoU – Spekter – Fafo – 2020": a dash may be a title's)."""
    parts = [x.strip() for x in re.split(rf"\s*[{FACT_MARKS}]\s*", text) if x.strip()]
    if len(parts) < 4:
        dashed = [x.strip() for x in re.split(r"\s+[–—]\s+", text) if x.strip()]
        parts = dashed if is_goal_line(dashed[0]) else parts
    if len(parts) < 4:
        return None
    known = [_facts([x]) for x in parts]
    names = [x for x, k in zip(parts, known) if k is None]
    if len(names) > 2 or any(len(x.split()) > 10 for x in names) or not any(k and k[0][0] == "goal" for k in known):
        return None
    roles = iter(("responsible", "partners"))
    found = [k[0] if k else (next(roles), x) for x, k in zip(parts, known) if k != []]  # ([]: an area, left out)
    if len(names) == 1:  # "VOFO + Fafo": who does it, then who takes part
        at = next(i for i, (f, _) in enumerate(found) if f == "responsible")
        found[at:at + 1] = _who(names[0])
    return found if len({f for f, _ in found}) == len(found) else None


_BRACKETS = re.compile(r"[(\[]" + _INSIDE + r"[)\]]")
_TOGETHER = re.compile(rf"[,;]?\s+(?:{_TOGETHER_WORDS})\s+|\s+\+\s+|[,;]\s*{_MED}", re.I)


def _who(text: str) -> list[tuple[str, str]]:
    """The fields a text of who does it gives: who is responsible, and who takes part when it says so."""
    lead, partners = who_and_partners(text)
    return [("responsible", lead)] + ([("partners", partners)] if partners else [])


def who_and_partners(text: str) -> tuple[str, str | None]:
    """"LO, i samarbeid med AOF" / "KD; samarbeid med LO" / "KD, med LO" / "VOFO + Fafo" -> (who does it,
    who takes part)."""
    lead, *partners = _TOGETHER.split(text, maxsplit=1)
    return lead.strip(" ,;"), (partners[0].strip() or None) if partners else None


# who is responsible, marked in brackets after the names: "KD (ansvar), LO", "LO og Spekter (ansvarlige)"
_RESPONSIBLE_MARK = re.compile(r"\s*\((?:hoved)?ansvar(?:lig|lige|leg|lege|et)?\)\s*[,;]?\s*", re.I)


_ROLES_IN_SENTENCES = re.compile(
    r"^(?P<who>[^.;:]{2,60}?)\s+(?:er|var)\s+(?:ansvarlig|ansvarleg|hovedansvarlig|hovudansvarleg)\.?"
    r"(?:\s+(?P<with>[^.;:]{2,120}?)\s+(?:deltar|deltek|bidrar|bidreg|er\s+med)\.?)?\s*$", re.I)
# who, then after a dash or a comma with whom: "VOFO – med studieforbundene, frivillige organisasjoner"
_WHO_MED = re.compile(rf"^(?P<who>[^.;:()–—,]{{2,60}}?)\s+{_MED}(?P<with>[^.;:()]{{2,120}}?)\.?$", re.I)
_WHO_DASH_WITH = re.compile(rf"^(?P<who>[^.;:()–—,]{{2,60}}?)\s*(?:\s[–—-]|,)\s*(?:(?:{_TOGETHER_WORDS})\s+|{_MED})"
                            r"(?P<with>[^.;:()]{2,120}?)\.?$", re.I)


_ABOUT = re.compile(r"\s(?:om|for|til|på|ved)\s")  # "NHO – sammen med LO om lønnsoppgjøret": a topic, not names


def lead_then_partners(text: str | None) -> tuple[str, str] | None:
    """A field whose label says it names both roles ("Kven (ansvarleg / med)", "Ansvarleg og
    samarbeidspartnarar"), told so: "Vestland fylkeskommune / NAV Vestland, NHO Vestland" (one slash
    between names), or "Vestland fylkeskommune; NAV Vestland, kommunane" (one semicolon before a list):
    (responsible, partners)."""
    text = " ".join((text or "").split())
    for mark in (" / ", ";"):
        parts = [x.strip() for x in text.split(mark)]
        if len(parts) == 2 and all(parts) and "," not in parts[0] and all(len(x.split()) <= 16 for x in parts):
            return parts[0], parts[1]
    return None


def roles_told(text: str | None) -> tuple[str, str | None] | None:
    """A who-field that says the roles itself: labels inside it ("Ansvar: HK-dir Med: KS, NAV",
    one label of each, in either order) or the responsible marked ("KD (ansvar), LO, NHO",
    "Spekter (ansvarlig) helseforetakene"; "Fagforbundet, Delta, KS (ansvarlig)": the last name the
    responsible one, "LO og Spekter (ansvarlige)" both): (who is responsible, who takes part) or None.
    Names only, on either side (not "KD (ansvarlig). Gjennomføres av HK-dir", "LO (ansvarlig) 2020–2024");
    or in sentences ("KD er ansvarlig. LO og NHO deltar.")."""
    text = " ".join((text or "").split())
    told = _ROLES_IN_SENTENCES.match(text)
    if told and _names_only(told["who"]) and (not told["with"] or _names_only(told["with"])):
        return told["who"], told["with"] or None  # "KD er ansvarlig. LO, NHO og fylkeskommunene deltar."
    told = _WHO_DASH_WITH.match(text)
    if told and _names_only(told["who"]) and _names_only(told["with"]) and not _ABOUT.search(told["with"]):
        return told["who"], told["with"]  # "VOFO – med studieforbundene", "HK-dir, i samarbeid med KS"
    told = _WHO_MED.match(text)
    if told and _names_only(told["with"]) and not _ABOUT.search(told["with"]) and written_as_names(told["who"]) \
            and value_field(told["who"]) != "type" and fold(told["who"]) not in type_spellings():
        return told["who"], told["with"]  # "Innlandet fylkeskommune med NAV, kommunene": a known name, then with whom
    found = [match_label(p) for p in field_parts(text)]
    fields = [f.field if f is not None and f.how == "separator" else None for f in found]
    if len(fields) == 2 and set(fields) == {"partners", "responsible"} and all(f.value.strip(" ,;.") for f in found):
        values = {f.field: f.value.strip(" ,;.") for f in found}
        return values["responsible"], values["partners"]
    mark = _RESPONSIBLE_MARK.search(text)
    lead, rest = (text[:mark.start()].strip(" ,;."), text[mark.end():].strip(" ,;.")) if mark else ("", "")
    if not lead or len(lead.split()) > 8 or "(" in lead or not _names_only(lead) \
            or rest and (not _names_only(rest) or any(ch.isdigit() for ch in rest) or is_status(rest) or "(" in rest):
        return None
    names = [x.strip() for x in re.split(r"\s*,\s*|\s+og\s+", lead) if x.strip()]
    if len(names) > 1 and not re.search(r"ansvarlige\)|ansvarlege\)", mark.group(0), re.I):
        # one body marked after a list: the last named
        return names[-1], ", ".join(names[:-1] + ([rest] if rest else []))
    return lead, rest or None


@lru_cache(maxsize=4096)
def bracket_facts(text: str) -> tuple[str, tuple[tuple[str, str], ...], str] | None:
    """Fields in brackets after a measure's name, at the end of the line or with its description
    after them: "Fagbrev på jobb (delmål 2.5; ansvarlig: Udir; fra 2018) Ordningen gir …".
    (the name, the (field, value) pairs, what follows) or None. Brackets inside the text need two
    fields at least, after a name of a title's length."""
    trailing = trailing_facts(text)
    if trailing:
        return trailing[0], trailing[1], ""
    for m in _BRACKETS.finditer(text or ""):
        before = text[:m.start()].rstrip()
        if not before or len(before.split()) > 2 * SETTINGS.layouts.title_words:
            return None
        found = _bracketed(m.group(1))
        if found and len(found) >= 2:
            return before, found, _after(text, m)
    return None


# "Hurtigsporet for nyankomne flyktninger (tiltak 13 og 14): Flyktninger …", "Møteplass lærebedrifter
# (Arrangement): Gjennomført …": a name, its goal or type in a bracket right before the colon, then what it is
_BRACKET_BEFORE_COLON = re.compile(r"^(?P<name>\S.{2,150}?)\s*\((?P<inside>[^()]{1,60})\)\s*:\s+(?P<rest>\S.*)$", re.S)
_ONE_OLD_NUMBER = re.compile(r"^(?:nkps[\s-]*)?tiltak\s*(?:nr\.?\s*)?\d{1,2}$", re.I)


def named_before_colon(text: str, own_words: bool = False) -> tuple[str, str, str, str] | None:
    """(the name, "goal" or "type", the bracket's value, the text) of a line that names a measure with its
    goal or type in a bracket before a colon; None when the bracket is neither ("IA-avtalen (2014–2018): …").
    `own_words`: the line is known to be a measure, and a word of the writer's own is its type ("(Avtale)")."""
    m = _BRACKET_BEFORE_COLON.match((text or "").strip())
    if not m or len(m.group("name").split()) > 2 * SETTINGS.layouts.title_words:
        return None
    inside = m.group("inside").strip()
    if is_goal_line(inside) or _ONE_OLD_NUMBER.match(inside):
        field = "goal"
    elif value_field(inside) == "type" or own_words and names_a_kind(inside):
        field = "type"
    else:
        return None
    return m.group("name").strip(), field, inside, m.group("rest").strip()


_LISTED_ITEM = re.compile(r"^(\S.*?)\s*\[([^\[\]]+)\]\s*\.?$")


def listed_item(text: str) -> tuple[str, tuple[tuple[str, str], ...]] | None:
    """One of several measures listed in a cell, its facts in square brackets after its name ("Ny
    IA-avtale [3.3 | Tilskudd | 2019–2022 | med partene]"): (the name, its facts). The one part no field
    knows is who is responsible; of several such, none is read."""
    found = bracket_facts(text)
    if found and not found[2]:
        return found[0], found[1]
    m = _LISTED_ITEM.match(text.strip())
    if not m:
        return None
    parts = [x.strip() for x in re.split(rf"\s*[{FACT_MARKS};]\s*", m.group(2)) if x.strip()]
    found = [(x, _facts([x], labelled=True)) for x in parts]
    known = [pair for _, k in found for pair in (k or [])]
    unknown = [x for x, k in found if k is None]
    if len(unknown) == 1 and not any(f in ("responsible", "roles") for f, _ in known):
        known += _who(unknown[0])  # the one part no field knows is who: "[2.4 | Prosjekt | Kompetanse Norge | 2020]"
    if len(known) < 2 or not gives_goal(known) or len({f for f, _ in known}) < len(known):
        return None
    return m.group(1), tuple(known)


def _after(text: str, m: re.Match) -> str:
    """What follows a bracket of facts, without the dash or stop that joins it on."""
    return text[m.end():].lstrip(" .;–—-").rstrip()


def leading_facts(text: str) -> tuple[tuple[tuple[str, str], ...], str] | None:
    """Fields in a bracket the text starts with (a bold name was before it): "[LO, i samarbeid med AOF;
    våren 2019; Kurs] – Todagerskurs om …" -> (the (field, value) pairs, what follows) or None."""
    text = (text or "").lstrip()
    m = _BRACKETS.match(text)
    found = _bracketed(m.group(1)) if m else None
    return (found, _after(text, m)) if found and len(found) >= 2 else None


@lru_cache(maxsize=4096)
def trailing_facts(text: str) -> tuple[str, tuple[tuple[str, str], ...]] | None:
    """Fields in brackets at the end of a line, each known by its content: "Kurs for tillitsvalgte –
    … (kurs, 2024)", "(råd/utvalg, løpende)". (the text before them, their (field, value) pairs) or None.
    Cached: a bullet is asked about by the item reader and the section parser alike."""
    m = _TRAILING_BRACKETS.search(text or "")
    if not m or m.start() == 0:
        return None
    found = _bracketed(m.group(1))
    return (text[:m.start()].rstrip(), found) if found else None


def _bracketed(inside: str) -> tuple[tuple[str, str], ...] | None:
    """The fields a bracket holds, each known by its content or label, or None."""
    # "(delmål 1.2; prosjekt; ansvarleg: X; partnarar: A, B; løpande)": semicolons part it, else marks
    # ("|", "·"), else dashes between words ("(1.2 – kurs – VOFO med regionene – 2019)"), else commas
    if ";" in inside:
        between = r"\s*;\s*"
    elif len(_FACT_MARK.findall(inside)) >= 2:  # "[Delmål 1.1 | Råd | Med: LO, HK-dir | 2017–]": the marks only
        between = r"(?!)"
    elif len(_SPACED_DASH.findall(inside)) >= 2:
        between = r"\s+[–—]\s+"
    else:
        between = r"\s*,\s+"
    parts = [x.strip() for x in re.split(rf"{between}|\s*[{FACT_MARKS}]\s*", inside) if x.strip()]
    if not parts or len(inside) > 200:
        return None
    # "[Tiltak · delmål 1.4 · Råd/utvalg/nettverk]": the word for a measure marks what it is, no fact
    parts = [x for x in parts if label_field(x.rstrip(":")) != "title" or len(x.split()) > 2]
    found = _facts(parts, labelled=True, who_with=True) or _facts_after_who(parts) if parts else None
    if not found and len(parts) >= 3:
        found = _with_own_type(parts)
    if not found and len(parts) >= 4:
        found = _owner_then_partners(parts)
    return tuple(found) if found else None


def _owner_then_partners(parts: list[str]) -> list[tuple[str, str]] | None:
    """"[2.4; program; KD; LO-forbundene; 2020–2025]": two parts side by side that no field knows, each
    a name or names, are who runs the measure and then with whom; the others are facts (a delmål among
    them, a type maybe in the writer's own word)."""
    for k in range(len(parts) - 1):
        pair = parts[k:k + 2]
        if not all(written_as_names(x) and _facts([x], labelled=True) is None for x in pair):
            continue
        rest = parts[:k] + parts[k + 2:]
        known = _facts(rest, labelled=True) or _with_own_type(rest)
        if known and gives_goal(known) and len(known) == len(rest) and not any(f in ("responsible", "partners", "roles")
                                                                               for f, _ in known):
            return [*known, ("responsible", pair[0]), ("partners", pair[1])]
    return None


_SPACED_DASH = re.compile(r"\s[–—]\s")
# a measure's state, not its type ("Delmål 1.2 • Avlyst • 2020")
_NO_TYPE_WORDS = frozenset("avlyst utsatt ferdig ferdigstilt avsluttet avslutta pågår planlagt planlagd "
                           "videreført vidareført gjennomført ny nytt startet starta godkjent".split())
_TYPE_WORD = re.compile(r"^[^\W\d_]{3,25}(?:[ /-][^\W\d_]{2,25})?$")


# words for a kind of measure that is none of the six types ("(Avtale)", "(Reform)"): named as a type where a
# place or an organisation could stand as well ("Karrieresenteret (Bergen)", "Bransjeprogram. Fellesforbundet")
_OTHER_KINDS = frozenset("avtale avtaler reform plan strategi tilskudd tilskot tilskuddsordning tilskotsordning ordning "
                         "lov lovarbeid lovendring forskrift stortingsmelding melding stipend kampanje tjeneste teneste "
                         "tenestetilbod tjenestetilbud forvaltningsendring innspill innspel utredning utgreiing rapport "
                         "seminar workshop veiledning rettleiing program satsing verktøy pilot forsøk evaluering "
                         "undersøkelse kartlegging nettside portal".split())


def names_a_kind(word: str) -> bool:
    """A type's spelling, or a word for a kind of measure that is none of the six."""
    return spells_a_type(word) or fold(word) in _OTHER_KINDS


def gives_goal(facts) -> bool:
    """Whether (field, value) pairs read from a text give a delmål."""
    return any(field == "goal" for field, _ in facts)


def _with_own_type(parts: list[str]) -> list[tuple[str, str]] | None:
    """Facts in a bracket or a line, one of them a type in the writer's own word ("(1.2 – avtaler – VOFO
    med fylkeskommunene – 2018–2020)", "Delmål 1.3 • Teneste • Ansvarleg: …"): a word or two that is no
    other fact, when the rest give the delmål and one fact more."""
    for k, part in enumerate(parts):
        if not _TYPE_WORD.match(part) or any(ch.isupper() for ch in part[1:]) or fold(part) in _NO_TYPE_WORDS:
            continue  # (not an acronym, "NAV", "HK-dir": who, not what; not a state, "avlyst")
        rest = _facts(parts[:k] + parts[k + 1:], labelled=True, who_with=True)
        if not rest or len(rest) < 2 or not gives_goal(rest) or any(f == "type" for f, _ in rest):
            continue
        # a word with a capital may be a name ("Fafo", "Innlandet"): a type only where who is given apart
        if part[:1].islower() or any(f == "responsible" for f, _ in rest):
            return [*rest[:k], ("type", part), *rest[k:]]
    return None


def _facts_after_who(parts: list[str]) -> list[tuple[str, str]] | None:
    """"[LO, i samarbeid med AOF; våren 2019; Kurs]": who does it first, by its place, then fields
    known by their content (two at least)."""
    rest = _facts(parts[1:], labelled=True) if len(parts) >= 3 else None
    who = parts[0]
    if not rest or len(who.split()) > 12 or any(ch.isdigit() for ch in who) or any(f in ("responsible", "roles")
                                                                                  for f, _ in rest):
        return None
    return _who(who) + rest


_GOAL_WORD = re.compile(r"^(?:mål|maal|målet|strategimål|nkps(?:[\s-]*mål)?)\s*:?\s+(?=\d)", re.I)


def _facts(parts: list[str], labelled: bool = False, who_with: bool = False) -> list[tuple[str, str]] | None:
    """`who_with`: a part "X med Y" is who, with whom (in a bracket of facts)."""
    found = []
    for part in parts:
        lbl = match_label(part) if labelled and ":" in part else None
        if lbl is not None and lbl.how == "separator" and lbl.field in _FACT_FIELDS and lbl.value:
            found += _who(lbl.value) if lbl.field == "responsible" else [(lbl.field, lbl.value)]  # "ansvarlig: KD, med LO"
        elif found and found[-1][0] == "goal" and is_delmal_code(part):
            found[-1] = ("goal", f"{found[-1][1]}, {part}")  # "(2.1, 2.4)": one goal of two codes
        elif is_goal_line(part) or is_goal_line(ONE_MORE.sub("", part)):
            found.append(("goal", part))  # "også delmål 1.4": adds to the delmål of the heading above
        elif labelled and (m := _GOAL_WORD.match(part)) and is_goal_line(part[m.end():]):
            found.append(("goal", part[m.end():]))  # "Mål 2.1 og 2.4 | Program | …": codes after a goal's word
        elif _NUMBERS.match(ONE_MORE.sub("", part)):
            found.append(("goal", part))  # "Nr. 2 og 3", "Også nr. 7" among a line's facts: the strategy's numbers
        elif spells_a_type(part):
            found.append(("type", part))  # (among a line's facts any spelling of a type: "Kampanje", "Pilot")
        elif is_area(part) or is_other_answer(part):
            continue  # "2 Læring i arbeidslivet": the area its delmål lies in, said again; "Annet": no type
        elif who_with and (m := _WHO_WITH_ANY.match(part)) and _names_only(m.group("who")) \
                and _names_only(m.group("with")) and value_field(m.group("who")) != "type" \
                and fold(m.group("who")) not in type_spellings():  # ("Kurs med Fafo": what, with whom)
            found += [("responsible", m.group("who").strip()), ("partners", m.group("with").strip())]  # "VOFO med regionene"
        elif labelled and (m := _PARTNERS_FIRST.match(part)) and _names_only(part[m.end():]):
            found.append(("partners", part[m.end():]))  # "Samarbeid med KD, LO og Virke"
        elif labelled and (hit := leading_label(part, max_words=2)) and hit[0] in ("responsible", "partners") \
                and hit[2][:1].isupper() and hit[2].count("(") == hit[2].count(")") and _names_only(hit[2]):
            # (not "samarbeid mellom skole og arbeidsliv", nor a sentence cut at "(fra 1." of a date)
            found += _who(hit[2]) if hit[0] == "responsible" else [(hit[0], hit[2])]  # "ansvar Spekter", no colon
        elif is_period_line(part) and len(part.split()) <= 4:  # "Høsten 2020", not "Konferanse i Oslo 30. november"
            found.append(("period", part))
        elif labelled and found and is_period_line(head := part.split(",")[0]) and len(head.split()) <= 4:
            found.append(("period", part))  # "2018–2021, innføres fra skoleåret 2020–2021": a term and a note
        else:
            return None
    return found if len({f for f, _ in found}) == len(found) else None
