"""Measures as sections of a document, whatever the template: a heading, a form table, or a
measure-name label starts a measure; labelled fields, form rows and text fill it.

Reads the item stream of `segments`. A heading starts a measure when fields follow it before the
next heading, when it names its own goal ("… (delmål 2.2)"), or when it is numbered and styled like
headings that do; under a heading that names a delmål ("Delmål 1.3 – …") every lower heading, list
item or bullet is a measure of that delmål, and a bullet whose brackets name its delmål ("… (delmål
1.2; prosjekt; 2026)") is one anywhere. A paragraph whose first sentence names it and whose text
names its delmål is a measure in running text, when most of what a document lists is such
paragraphs. A "Tiltak:" label starts a measure when the measure at
hand already has a name or fields; a label given twice starts one too, named by the line just
before it. Text with no label goes to the field it continues, or is recognised by what it says (a
goal reference, a period, a type word), or is the description.

A document is trusted as a report only when some measure names its goal, or labels two of its
fields, one of them who does it: minutes, letters and tables of figures are not read as measures.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from ..content import (ALSO, NAME_END, is_greeting, SENTENCE_END, short_name_first, figure_after_label, goal_reference, is_closing, is_name, is_delmal_code, is_goal_line, is_instruction, is_number_list,
                       is_period_line, mentions_time, names_a_goal, says_old_numbers)
from ..model import Document, is_bullet
from ..prose_names import body_taken_part_in, defined_name, listed_names, named_subject, names_in_sentence, quoted_names, subject_name
from ..records import Provenance, RawMeasure
from ..settings import SETTINGS
from ..text import fold, join_paragraphs
from ..vocabulary import is_area, is_other_answer, label_field, label_key, names_a_section, value_field
from .base import Fit, ParseResult, split_title
from .section_heads import MEASURE_NUMBER, owners, ranks_below
from .section_keep import (built_up, drop_trailing_text, without_guesses_alone, one_per_listing, surely_of_the_strategy, without_closing_text,
                           without_dates_only, without_notices, without_overview)
from .facts import bracket_facts, gives_goal, leading_facts, named_before_colon, names_a_kind, trailing_facts
from .segments import (Item, chapter_goal, chosen, items, kickers, names_a_goal_in_short, says_goals_in_words,
                       split_numbering)

_CONTINUED_BY_TEXT = ("description", "other", "period", "partners", "responsible", "roles", "goal")
_DASH = re.compile(r"\s+[–—-]\s+")
_EVIDENCE = ("goal", "type", "responsible", "partners", "roles", "period")
_TRAILING_GOAL = re.compile(r"\s*[(\[]\s*([^()\[\]]*\d[^()\[\]]*)[)\]]\s*\.?$")
# "… spesialisthelsetjenesten Delmål 2.3": a goal cell run into the name (cells merged by the renderer)
_OTHER_MEASURES = re.compile(r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:andre|øvrige|øvrig|anna|andre\s+relevante|flere)\s+tiltak\b", re.I)
# "DELMÅL 1.2 Regional plan for …": the delmål set over the name (a slide's kicker) run into it
_LEADING_DELMAL = re.compile(r"^((?:delmål|dm)\.?\s*\d[.,]\d{1,2}(?:\s*(?:,|og|&|/)\s*\d[.,]\d{1,2})*)\s*[:–-]?\s+(?=\w)", re.I)
_TRAILING_DELMAL = re.compile(r"\s[–-]?\s*((?:delmål|dm)\.?\s*\d[.,]\d{1,2}(?:\s*(?:,|og|&|/|–|-)\s*\d[.,]\d{1,2})*)\s*\.?$", re.I)


_IN_ADDITION = re.compile(r"^\s*(?:i\s+tillegg|dessuten|i\s+tillegg\s+kommer)\s*:\s+(?=\S)", re.I)
_NAME_GOAL_COLON = re.compile(r"^(?P<name>[^:()]{3,120}?)\s*\((?P<goal>[^()]*\d[^()]*)\)\s*(?P<sep>:|\.|\s[–—])\s+(?P<text>\S.*)$",
                              re.S)


def _short_name(text: str) -> bool:
    """A line that may name the measure after it: a name, of a title's length."""
    return is_name(text) and len(text.split()) <= SETTINGS.layouts.title_words


_BACKGROUND = re.compile(r"^(?:bakgrunn(?: for tiltaket| for prosjektet)?|bakgrunnen|background)$")
_RUN_IN_BACKGROUND = re.compile(r"^\s*(?:bakgrunn|background)\s*[.:]\s+(?=\S)", re.I)


@dataclass
class _Measure:
    origin: str  # "head" | "form" | "field" | "list" (an item under a delmål's heading) | "prose" (a paragraph)
    title: list[str] = field(default_factory=list)
    title_from: str = ""  # "head" | "field" | "text"
    fields: dict[str, list[str]] = field(default_factory=dict)
    extra: dict[str, str] = field(default_factory=dict)
    form: int | None = None
    page: int | None = None
    page_end: int | None = None
    where: str = ""
    notes: list[str] = field(default_factory=list)
    sibling: bool = False  # started by a heading shaped like the measures' headings, without fields of its own
    labelled: bool = False  # has fields read from "Label: value" paragraphs
    free: list[tuple[str, str]] = field(default_factory=list)  # unlabelled text added, (field, text)
    trailing: list[tuple[str, str]] = field(default_factory=list)  # the unlabelled text since the last label
    evidence: set[str] = field(default_factory=set)  # fields named by a label, and "goal_ref" for a goal in words
    goal_numbering: str | None = None  # "old": the goal's label counts in the strategy's old tiltak numbers
    numbered_goal: bool = False  # its goal is the strategy's tiltak its heading's numbering gives ("7 b)")
    group_goal: str | None = None  # the delmål of the heading the measure stands under
    group_heading: str | None = None  # that heading's text, when it gives no delmål by code
    group_type: str | None = None  # the heading over it that is a type ("Prosjekt"), when it gives none itself
    group_fields: dict[str, str] = field(default_factory=dict)  # a band's "Ansvarlig: KD" over the forms under it
    headed: bool = False  # a heading, label lines and a form without a name: the text after the form is its own too
    bold_lead: bool = False  # a paragraph in running text named by its bold first words: typeset as a heading
    other_group: bool = False  # listed under "Andre tiltak": a measure of no delmål
    numbered: bool = False  # under a heading the writer numbers as a measure: "Tiltak 3 – …"
    free_before_fields: int | None = None  # how many unlabelled texts came before its first labelled field
    # field -> (where the text taken for it by its content stands, whether a label of the measure came before it)
    guessed: dict[str, tuple[str, bool]] = field(default_factory=dict)
    field_labels: dict[str, str] = field(default_factory=dict)  # field -> the label its last answer stood under

    def add(self, name: str, text: str, label: str | None = None) -> None:
        if label:
            self.trailing = []
        if name == "goal" and label and says_old_numbers(label):
            self.goal_numbering = "old"
        if label and text and name in _EVIDENCE:
            self.evidence.add(name)
        if name == "goal" and (goal_reference(text, bare=False) or label and (
                names_a_goal(text) or says_old_numbers(label) and is_number_list(text))):
            self.evidence.add("goal_ref")
        if name in ("other", "count", "section", "") and label:
            if text:
                self.extra[label] = join_paragraphs([self.extra.get(label, ""), text])
            return
        if name == "title":
            if text:
                self.title.append(text)
                self.title_from = "field"
            return
        if label:
            self.field_labels[name] = label
        together = _AND_WITH.search(text) if name == "responsible" and text and label and not self.fields.get("partners") else None
        if together:  # "Ansvarlig: KD; i samarbeid med Akademikerne": who, with whom
            text, self.fields["partners"] = text[:together.start()].strip(" ;,."), [text[together.end():].strip()]
        if text:
            self.fields.setdefault(name, []).append(text)
        else:
            self.fields.setdefault(name, [])

    def touch(self, item: Item) -> None:
        if self.page is None:
            self.page = item.page
        if item.page_end is not None:
            self.page_end = max(self.page_end or 0, item.page_end)

    @property
    def has_fields(self) -> bool:
        return bool(self.fields) or bool(self.extra) or self.title_from == "field"


def _bracketed_name(text: str) -> tuple[str, str] | None:
    """A heading's text that opens with a name in brackets and a full stop after them ("(Råd for
    samarbeid med arbeidslivet (RSA)). Akademikerne deltar …"): (the name, the text after it)."""
    if not text.startswith("("):
        return None
    depth = 0
    for k, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")")
        if depth == 0:
            name, after = text[1:k].strip(), text[k + 1:]
            if len(name.split()) < 2 or not name[:1].isupper() or not after[:1] in (".", ":") \
                    or after[1:2] not in ("", " "):
                return None  # (a note, "(videreført fra 2020). Kurs for …", is no name)
            rest = after[1:].strip()
            if rest and not rest.endswith((".", "!", "?", "…")) and len(rest.split()) < 8:
                return None  # what follows is a name, not the text: "(Nytt i 2021). Kurs for tillitsvalgte"
            return name, rest
    return None


def _split_title(item: Item) -> tuple[str, str | None]:
    return split_title(item.paragraphs, item.text)


_GROUP_FIELDS = ("responsible", "partners", "type", "goal", "period")
_WEAK_NAME_LABELS = {"emne"}  # a calendar item's subject names it; under a heading it is the topic
# "… – sjå omtale under delmål 1.4.", "(se beskrivelse under 2.1)": the measure is told of elsewhere
_SEE_ABOVE = re.compile(r"\s*[–—(-]\s*(?:sjå|se|jf\.?)\s+(?:omtale|omtalen|beskrivelse|beskrivinga|tiltaket)?\s*"
                        r"(?:under|ovanfor|ovenfor|over)\b[^()]*\)?\.?\s*$", re.I)
# "KD; i samarbeid med X", "KD. Samarbeid med X", "LO i samarbeid med AOF" (not "Rådet for samarbeid med
# arbeidslivet", nor "NHO + LO")
_AND_WITH = re.compile(r"(?:[;,.]\s*(?:i\s+)?|\s+i\s+)(?:samarbeid|samarbeider|samarbeidar)\s+med\s+(?=\S)", re.I)
_ALSO = re.compile(r"^\s*(?:også|òg)\b", re.I)
_MEASURES_WORD = re.compile(r"^(?:tiltak\w*|delmål\w*|mål|målet)\W*$", re.I)
_BOXED_CODE = re.compile(r"^\s*[☐☒☑□■▢✓✔xX]\s*[1-3][.,][1-6]\b")  # "☒ 1.4 Samarbeid mellom …", a box of a list of delmål
_QUOTED_LEAD = re.compile(r"[«\"“](?P<words>[^«»\"“”]{10,200})[»\"”]")
_NAME_THEN_TYPE = re.compile(r"^(?P<name>\S.{2,200}?)\.\s+(?P<type>[^\W\d_][^.;:]{1,30}?)\.?$")
_TYPE_AFTER_NAME = re.compile(r"^(?P<name>\S.*?)\s*\((?P<type>[^()]{2,30})\)\s*:?$")
_ALSO_NUMBER = re.compile(r"^\s*(?:gjelder\s+|gjeld\s+)?(?:også|òg)\s+(?:(?:nkps[\s-]*)?tiltak\s*)?(?:nr\.?|nummer)\s*"
                          r"\d{1,2}(?:\s*(?:,|og)\s*\d{1,2})*\s*\.?\s*$", re.I)


def _first_sentence(item: Item) -> tuple[str, str]:
    """(the first sentence without its full stop, the rest); a bold lead is the first sentence."""
    text = item.text.strip()
    lead = (item.lead or "").strip()
    if lead and text.startswith(lead) and lead.endswith("."):
        return lead.rstrip(". "), text[len(lead):].strip()
    m = SENTENCE_END.search(text)
    return (text[:m.start()].strip(), text[m.end():].strip()) if m else ("", text)


# a name in quotes: «Teknologibasert læring på arbeidsplassen»
_IN_QUOTES = re.compile(r"«([^«»]{4,120})»")


def _named_in_first_sentence(item: Item, first: str) -> str | None:
    """A name set in bold, or in quotes, inside the first sentence of a paragraph of running text that is no
    name itself ("Vi publiserer hvert år **Kommunesektorens Arbeidslivsmonitor**, som …", "I tillegg har vi
    startet FoU-prosjektet «Teknologibasert læring på arbeidsplassen», som …"): that name, two words or more
    (or one long one) with a capital, or three words or more after "en", "et"; a quote only after the kind of
    measure it names; never a body's name."""
    p = item.paragraphs[0] if item.paragraphs else None
    if p is None or not first or len(first.split()) < 6:
        return None
    runs = [r for r in p.runs if r.text.strip()]
    # (a bold lead too: "**KS Læring** er en plattform …"; not a paragraph all in bold)
    names = [(r.text.strip(" ,.;:"), False) for r in runs if r.bold] if len(runs) >= 2 and not all(r.bold for r in runs) else []
    names += [(m.group(1).strip(), True) for m in _IN_QUOTES.finditer(first)]
    for name, quoted in names:
        words = name.split()
        at = first.find(name)
        before = first[:max(at, 0)].rstrip(" «")
        if not name or at < 0 or goal_reference(name, bare=False) or _names_a_body(name):
            continue  # (a partner set in bold: "i samarbeid med **Kompetanse Norge**")
        if at == 0 and not re.match(r"\s+[a-zæøå]", first[len(name):]):
            continue  # a name that leads the paragraph only when a sentence goes on from it ("**KS Læring** er en …"),
            # not "**Kompetansereformen – Lære hele livet** (Type: …; ansvarlig: …)", a heading of its facts
        if quoted and not (_KIND_BEFORE.search(before) and not _CITED.search(before)):
            continue  # a quote names the measure after its kind ("FoU-prosjektet «…»"), not a delmål's words or a
            # report it follows up ("Som oppfølging av rapporten «…» har NHO startet …")
        # (in lower case only after "en", "et": "en **regelverks- og praksisendring i studieforbundsordningen**";
        # "mot **ansatte uten fullført videregående opplæring**" is emphasis)
        if name[:1].isupper() and (len(words) >= 2 or len(name) >= 10) \
                or len(words) >= 3 and re.search(r"\b(?:en|et|ei|eit|ein)$", before, re.I):
            return name
    return None


def _names_in_paragraph(it: Item) -> list[str]:
    """The measures the first sentence of a paragraph names (in bold, in quotes, or in its words)."""
    first = _first_sentence(it)[0] or it.text
    named = _named_in_first_sentence(it, first) if not quoted_names(first) else None
    named = named or (_run_in_name(it.text) if it.kind == "text" else None)
    subject = named_subject(first) if it.kind == "text" and len(first.split()) > 4 else None
    return [named] if named else names_in_sentence(first) or ([subject] if subject else [])


def _prose_chapters(its: list[Item], owners: set[int]) -> set[int]:
    """Headings over paragraphs of running text, two or more of them (and half or more) each naming a
    measure of its own ("Yrkesfag og lærlinger" over "Lærlingnettverket, som KS etablerte i 2018, …" and "Vi
    har fortsatt vårt arbeid i Samfunnskontrakten …"): a chapter's headings, the paragraphs its measures."""
    heads = [i for i, it in enumerate(its) if it.kind == "head"]
    chapters = set()
    for k, i in enumerate(heads):
        body = its[i + 1:heads[k + 1] if k + 1 < len(heads) else len(its)]
        if body and body[0].kind == "text" and chapter_goal(body[0].text):
            chapters.add(i)  # (its first paragraph says what the measures under it serve: "Tiltaka under høyrer til …")
            continue
        # (a question what the measures under it are for is no measure's name: "Hva gjør Virke for å styrke …?")
        asks = _asked_for(its[i].text) is not None
        body = body[:next((k for k, x in enumerate(body) if x.kind != "text"), len(body))]  # (the paragraphs under it)
        if i not in owners and not asks or not body \
                or MEASURE_NUMBER.match(its[i].label or ""):  # ("Tiltak 3:": the writer's measure)
            continue
        # (each naming one, or each closing with its own delmål: "… (delmål 2.5)", "… (3.4)")
        named = [x for x in body if _names_in_paragraph(x) or _goal_closing(x.text)]
        if len(named) >= 2 and len(named) * 2 >= len(body) or named and asks:
            chapters.add(i)
    return chapters


# "Kompetansebehovsutvalget – utvalget er oppnevnt …", "Kompetansekurs for tillitsvalgte (videreført): LOs kurs …": a
# name in plain type before a dash or a colon, then what it is in lower case
_RUN_IN_NAME = re.compile(r"^(?P<name>[A-ZÆØÅ«](?:[^–—:;.()]|\.(?=\S)){2,90}?)(?:\s*\([^()]{2,30}\))?(?:\s+[–—]\s+|:\s+)"
                          r"(?=[a-zæøå]|(?:[A-ZÆØÅ]+|[A-ZÆØÅ][a-zæøå]+)s\s)")  # (or a possessive: "LOs kurs …")


_CONTACT = re.compile(r"(?:post|besøks)?adresse|kontakt|telefon|tlf|e-?post|org\.?\s*nr|saksbehandl|referanse|vår\s+ref|"
                      r"deres\s+ref|dato|kopi|vedlegg", re.I)  # a letter's lines, no measure's name


# "Deltakelse i KBU – Unio er med i utvalget … Delmål 1.1.": a bullet's name in plain type before a spaced dash,
# then sentences of its own
_PLAIN_LEAD = re.compile(r"^(?P<name>«[^«»]{3,120}»|[A-ZÆØÅ«][^–—:;.!?]{2,100}?)(?:\s+[–—]|:)\s+(?P<rest>\S.*[.!?)])\s*$")
# delmål codes in a bracket closing a text: "… uten å gå veien om skole. (2.5, 3.1)"
_CLOSING_CODES = re.compile(r"\((?P<codes>[1-3]\.[1-6](?:\s*(?:,|/|og|\+)\s*[1-3]\.[1-6])*)\)\.?\s*$")


# a sentence that tells one more measure in a paragraph: "I tillegg har vi …", "Vi har også …", "Unio har òg …"
_ONE_MORE = re.compile(r"^(?:i\s+tillegg|dessuten|(?:vi|me|(?-i:[A-ZÆØÅ])[\w-]*)\s+har\s+(?:også|òg|videre|vidare))\b", re.I)


_AFTER_BRACKET = re.compile(r"\)\.\s+(?=[A-ZÆØÅ«])")  # "… (delmål 1.4). Vi har også …"


def _second_in_paragraph(text: str) -> tuple[str, str, str] | None:
    """(the text before, the text from, the name of) a second measure a paragraph tells in a sentence of
    its own after the first ("… I tillegg har vi fått utarbeidet en rapport om kompetanseheving av
    helsepersonell sammen med Ny Analyse. Begge følger opp delmål 2.2."), named as a member names its
    measures; None where no such sentence names one."""
    text = " ".join(text.split())
    starts = sorted({m.end() for m in SENTENCE_END.finditer(text)} | {m.end() for m in _AFTER_BRACKET.finditer(text)})
    for at in starts:
        sentence = text[at:]
        if not _ONE_MORE.match(sentence):
            continue
        first = SENTENCE_END.split(sentence, maxsplit=1)[0]
        names = names_in_sentence(first)
        if len(names) == 1 and len(names[0].split()) <= SETTINGS.layouts.prose_title_words and not _names_a_body(names[0]):
            return text[:at].strip(), sentence.strip(), names[0]
    return None


# a bracket of facts closing a text, its parts set apart: "… (kurs – studieforbundene og IMDi – 2024)"
_FACTS_CLOSING = re.compile(r"\([^()]*(?:\s[–—-]\s|;|,)[^()]*\)\s*$")
_CODES_AFTER_LEAD = re.compile(r"^\s*\((?P<codes>[^()]{3,30})\)\s*[.:]?\s+(?=\S)")


def _lead_goal(it: Item) -> str | None:
    """The delmål codes in a bracket after a paragraph's bold name ("**HR-nettverket** (2.2). Nettverket …"), or None."""
    lead = (it.lead or "").strip()
    if it.how != "bold lead" or not lead or not it.text.startswith(lead):
        return None
    m = _CODES_AFTER_LEAD.match(it.text[len(lead):])
    return m["codes"].strip() if m and is_goal_line(m["codes"]) and goal_reference(m["codes"]) else None


# a bracket closing a text that names the delmål in words: "(delmålet om karrieremuligheter i yrkesfag)"
_WORDED_GOAL = re.compile(r"\((?:jf\.?\s+|se\s+)?delmål(?:et|a)?\s*(?:om\s+|:\s*)?(?P<words>[^\W\d][^()]{8,150})\)\.?\s*$", re.I)


def _worded_goal(text: str) -> str | None:
    """The words of a delmål a closing bracket names ("… (delmålet om kunnskapsgrunnlaget om læring i
    arbeidslivet)"), when they are one delmål's."""
    m = _WORDED_GOAL.search(" ".join(text.split()))
    return m["words"].strip() if m and names_a_goal_in_short(m["words"]) else None


def _plain_lead(text: str) -> tuple[str, str] | None:
    """(name, text after it) of a bullet named in plain type before a dash and told in sentences after it."""
    m = _PLAIN_LEAD.match(" ".join(text.split()))
    if m is None or len(m["name"].split()) > SETTINGS.layouts.prose_title_words \
            or not (SENTENCE_END.search(m["rest"]) or _CLOSING_CODES.sub("", m["rest"]).rstrip().endswith((".", "!", "?"))) \
            or label_field(m["name"]) or goal_reference(m["name"], bare=False) or _names_a_body(m["name"]) \
            or m["rest"][:1].islower() and not SENTENCE_END.search(m["rest"]):
        return None  # (in lower case, sentences: "– utviklet sammen med KS. Ordningen gir …"; not the name's own
        # words, "YS Arbeidslivsbarometer – tema kompetanse (delmål 2.2).")
    name = m["name"].strip()
    return (name[1:-1] if name.startswith("«") and name.endswith("»") else name), m["rest"]  # («Name – part»: the name)


_CLOSING_DELMAL = re.compile(r"\(delmål(?:a|et)?\s+[1-3][.,][1-6][^()]{0,20}\)\.?\s*$", re.I)  # "… (delmål 2.5)"


def _goal_closing(text: str) -> bool:
    """A paragraph that closes by giving its delmål in a bracket: "… særlig innen helsefag. (delmål 2.5)"."""
    return bool(_CLOSING_CODES.search(text) or _CLOSING_DELMAL.search(text))


def _goal_of_text(text: str) -> str | None:
    """The delmål a bullet's text gives: a reference, or codes in a bracket closing it ("… (2.5, 3.1)")."""
    codes = _CLOSING_CODES.search(text)
    return goal_reference(text, bare=False) or (codes["codes"] if codes else None)


def _run_in_name(text: str) -> str | None:
    """The name a paragraph opens with before a dash or a colon (no label tiltak knows, no body's name)."""
    text = " ".join(text.split())
    m = _RUN_IN_NAME.match(text)
    # (not a sentence's aside between dashes: "Totalt sett – og særlig i helse – er behovet …")
    if m is None or re.match(r"(?:og|men|eller|særlig|ikke|spesielt)\b", text[m.end():]) or len(m["name"].split()) > 10 or label_field(m["name"]) or goal_reference(m["name"], bare=False) \
            or _names_a_body(m["name"]) or _CONTACT.match(m["name"]):
        return None
    return m["name"].strip(" «»")


def _named_in_telling(text: str) -> str | None:
    """The measure a paragraph of running text names in its first sentence (see prose_names): None for a
    sentence that names none (or one opening with a bracket or a quote: "(Råd for … (RSA)). …"). Called only
    on a heading with a full stop: a line with none is a name, verb or not ("Kurs for tillitsvalgte som ble …")."""
    if not text[:1].isalpha():
        return None
    first = SENTENCE_END.split(text, maxsplit=1)[0].rstrip(". ")
    names = names_in_sentence(first) or [named_subject(first)]
    return names[0] if names[0] and len(names[0].split()) < len(first.split()) else None


_ASKED_FOR = re.compile(r"^(?:hva|kva|hvordan|korleis|på\s+hvilken\s+måte|på\s+kva\s+måte)\b[^?]*?\b(?:for\s+å|til\s+å|for|til)\s+"
                        r"(?P<words>[^?]{8,})\?\s*$", re.I)


def _asked_for(text: str) -> str | None:
    """What a question's heading asks the measures under it are for ("Hva gjør Virke for å styrke den digitale
    kompetansen i hele arbeidsstyrken?" → "styrke den digitale kompetansen …"): maybe a delmål's words."""
    asked = _ASKED_FOR.match(" ".join(text.split()))
    return asked["words"] if asked else None


def _outright(sentence: str) -> list[str]:
    """The measures a sentence names outright: one it says is a kind of measure, or bodies by name that a
    member takes part in (not what follows any verb: "Vi har gjennomført en spørreundersøkelse …" may be a
    measure's results)."""
    named = defined_name(sentence)
    taken_part_in = body_taken_part_in(sentence)
    return quoted_names(sentence) or ([named] if named else listed_names(sentence) or ([taken_part_in] if taken_part_in else []))


# the kind of measure a quoted name follows ("FoU-prosjektet «…»", "kampanjen «…»"), and what a cited work follows
_KIND_BEFORE = re.compile(r"(?:prosjekt\w*|kampanje\w*|konferanse\w*|nettverk\w*|program\w*|kurs\w*|seminar\w*|satsing\w*|"
                          r"tiltak\w*|ordning\w*|studie\w*|kartlegging\w*|rapport\w*|veileder\w*|rettleiar\w*|"
                          r"undersøkelse\w*|utredning\w*|arrangement\w*|forum\w*|pilot\w*)$", re.I)
_CITED = re.compile(r"\b(?:oppfølging av|som følge av|jf\.?|ifølge|i tråd med|på grunnlag av|basert på|delmål\w*|målet)\b", re.I)


def _names_a_body(text: str) -> bool:
    """A heading that is one organisation's name ("Kunnskapsdepartementet", "KS")."""
    from ...normalize.orgs import organisation_named  # (the gazetteer: normalize's reference)

    return organisation_named(" ".join(text.split())) is not None


def _plain_code_line(it: Item) -> bool:
    """A plain line that starts with a delmål's code ("2.3 Samarbeide om …"), no heading's style."""
    return it.kind == "head" and bool(it.label) and is_delmal_code(it.label) and not it.bold \
        and not it.paragraphs[0].heading_level


def _headings_of_no_goal(measures: list[RawMeasure]) -> list[RawMeasure]:
    """A heading over measures that give delmål of their own ("Kunnskapsgrunnlag, veiledning og reform"
    over 1.1, 1.3 and 2.2) is a chapter's, no delmål's: no heading for the measures under it."""
    chapters = {m.heading for m in measures if m.heading and m.goal_text}
    return [m.model_copy(update={"heading": None}) if m.heading in chapters else m for m in measures]


def _worded_goals_of_chapters(measures: list[RawMeasure], groups: list[str | None]) -> list[RawMeasure]:
    """A heading in a delmål's words over measures of which one gives a delmål of its own is a chapter's
    ("Digital kompetanse i hele arbeidsstyrken" over a course of delmål 3.4): its words are no delmål of
    the others under it."""
    own = {g for m, g in zip(measures, groups) if g and m.goal_text and m.goal_text != g and g not in m.goal_text
           and not goal_reference(g, bare=False)}
    return [m.model_copy(update={"goal_text": None}) if g in own and m.goal_text == g else m
            for m, g in zip(measures, groups)]


def _without_closing_stop(title: str) -> str:
    """A bold lead's name without the full stop that closes it (not an abbreviation's: "m.fl.")."""
    return title[:-1] if re.search(r"(?:[^\W\d_]{2}|[»”)]|\s\d{1,4})\.$", title) else title  # ("fase 2.", "2024.")


def _clean_title(text: str) -> str:
    number, rest, kind = split_numbering(text)
    if number is not None and rest:
        text = rest
    return text.strip().strip(":–-— ").strip() if text.strip().endswith((":", "–", "—")) else text.strip()


_NAMES_OF_THE_STRATEGY = r"kompetansepolitiske?\s+strategi\w*|kompetansestrategi\w*|\bnkps\b"
_THE_STRATEGY = re.compile(_NAMES_OF_THE_STRATEGY, re.I)


def _tied_to_the_strategy(text: str, ref: str) -> bool:
    """Whether the strategy is named in the words around a delmål the text gives."""
    at = text.find(ref)
    return at >= 0 and bool(_THE_STRATEGY.search(text[max(0, at - 80):at + len(ref) + 80]))


_ABOUT_THE_STRATEGY = re.compile(_NAMES_OF_THE_STRATEGY + r"|kompetansepolitisk|hovudinnsatsområde|hovedinnsatsområde|delmål",
                                  re.I)


def _bold_lead_series(its: list[Item]) -> list[_Measure]:
    """A report on the strategy written as running text, a paragraph per measure named by its bold
    first sentence, with no delmål or field given anywhere ("**Hurtigsporet for nyankomne
    flyktninger.** Hurtigsporet er videreført …"): three such paragraphs or more make the measures;
    their delmål are left for the analyst."""
    leads = [it for it in its if it.kind == "head" and it.how == "bold lead"]
    if len(leads) < 3 or not any(_ABOUT_THE_STRATEGY.search(it.text) for it in its):
        return []
    out = []
    for it in leads:
        title, rest = _first_sentence(it)
        if not title or len(title.split()) > SETTINGS.layouts.prose_title_words or len(rest.split()) < 8:
            continue
        m = _Measure(origin="prose", where=it.where, sibling=True, evidence={"strategy_series"})
        m.touch(it)
        m.title.append(title)
        m.title_from = "text"
        m.add("description", rest)
        out.append(m)
    return out if len(out) >= 3 else []


_TWO_SENTENCES = re.compile(r"[^\W\d_]{2}[.!?]\s+[A-ZÆØÅ]")
_TOP_NUMBER = re.compile(r"^\s*(\d{1,2})\.?\s")


def numbers_sections(its: list[Item]) -> bool:
    """The document numbers its own chapters: a known section of a report under a number the strategy
    gives one of its three areas ("1 Innledning", "2 Bakgrunn"). ("4 Veien videre" after chapters
    numbered as the strategy's areas says nothing.)"""
    for it in its:
        if it.kind != "head" or not it.section:
            continue
        top = it.label if it.label and re.fullmatch(r"\d{1,2}\.?", it.label) else \
            (m.group(1) if (m := _TOP_NUMBER.match(it.text)) else None)
        if top and int(top.rstrip(".")) <= 3:
            return True
    return False


def _set_as_heading(it: Item) -> bool:
    """A label of no known fact, bold on a line of its own ("**Videre arbeid**"): a closing section's
    heading, not a field of the paragraph before."""
    return it.kind == "field" and it.field == "other" and it.how == "alone" and it.bold and not it.text


class _Segmenter:
    """Walks the items once, starting measures and filling their fields (see the module's docstring)."""

    def __init__(self, its: list[Item]):
        self.its = its
        self.facts_per_line = Counter(x.where for x in its if x.kind == "field")
        self.owners, self.siblings, self.goal_in_text = owners(its)
        self.prose_chapters = _prose_chapters(its, self.owners)
        self.owners -= self.prose_chapters
        self.group_prose = False  # the last heading is a chapter's over measures told in paragraphs
        self.group_start = 0  # the first measure under the last heading that starts none
        self.numbered = sum(1 for x in its if x.kind == "head" and MEASURE_NUMBER.match(x.label or ""))  # "Tiltak 3 –"
        self.out: list[_Measure] = []
        self.cur: _Measure | None = None
        self.closed = False  # a heading that starts no measure, or a closing line, ends the one before
        self.open_field: str | None = None  # the field text without a label continues
        self.last: tuple[int, _Measure | None, str | None] | None = None  # the text just seen and where it went
        self.prev_form_page: int | None = None
        self.group_goal: str | None = None  # from the last heading that names a delmål and starts no measure
        self.group_heading: str | None = None  # the last heading that starts no measure, naming no delmål by code
        self.answered: int | None = None  # the last line read as a goal label's answer
        self.group_fields: dict[str, str] = {}  # a label line over forms that each name a measure ("Ansvarlig: KD")
        self.group_shape: tuple = ()
        self.group_names: tuple | None = None  # the shape of the names under a delmål's label line (`_goal_over_names`)
        self.goals_lead: bool | None = None  # whether such lines stand over measures (None: none seen yet)
        self.group_type: str | None = None  # from the last heading that is a type of measure ("Prosjekt")
        self.group_other = False  # the last heading is "Andre tiltak": its bullets are measures
        self.group_by_number = False  # the group's delmål is only the heading's number ("2.1 …")
        self.group_bare = False  # the group's heading is its delmål alone ("Delmål 1.2 og 1.4"), no chapter's name
        self.goal_sections: set[tuple] = set()  # shapes of headings read as sections by the delmål line under them
        self.outline = numbers_sections(its)  # "1 Innledning", "4 Oppsummering": the numbers are the document's
        self.kickers = kickers(its)
        self.kicker: list[Item] = []  # facts set over the next heading, for its measure

    def run(self) -> list[_Measure]:
        for i, it in enumerate(self.its):
            if it.kind == "head":
                self.head(i, it)
            elif it.kind == "form":
                self.form(i, it)
            elif it.kind == "field" and it.form is not None:
                self.form_row(it)
            elif it.kind == "field" and it.field == "title":
                self.name_label(it)
            elif it.kind == "field":
                self.field(i, it)
            else:
                self.text(i, it)
        self._first_named_by_its_line()
        drop_trailing_text(self.out)
        for m in self.out:
            for name, text in m.group_fields.items():
                if not m.fields.get(name):
                    m.add(name, text)
        return self.out

    def _first_named_by_its_line(self) -> None:
        """Measures each named by the line just before their first label, the first of them under the
        document's heading ("Tiltakstre 2025" … "Kompetanseforum Trøndelag" / "Delmål: 1.2"): that line
        names the first one too, not the heading over all of them."""
        if len(self.out) < 3:
            return
        first, rest = self.out[0], self.out[1:]
        k = first.free_before_fields
        if first.origin != "head" or first.title_from != "head" or not k or k < 2 or first.free[k - 1][0] != "description" \
                or sum(m.title_from == "text" for m in rest) < max(2, 0.8 * len(rest)):
            return
        line = first.free[k - 1][1]
        if not _short_name(line) or SENTENCE_END.search(line):
            return
        first.title, first.title_from = [line], "text"
        before = {text for _, text in first.free[:k]}  # the heading's, whatever field they went to, not the measure's
        for name in list(first.fields):
            first.fields[name] = [t for t in first.fields[name] if t not in before]
            if not first.fields[name]:
                del first.fields[name]

    def new(self, origin: str, item: Item) -> _Measure:
        m = _Measure(origin=origin, where=item.where, group_goal=self.group_goal, group_heading=self.group_heading,
                     group_fields=dict(self.group_fields) if origin == "form" else {})
        m.touch(item)
        self.out.append(m)
        self.cur, self.closed = m, False
        for it in self.kicker if origin == "head" else ():
            m.add(it.field or "", it.text, it.label)
            m.labelled = True
        self.kicker = []
        return m

    def head(self, i: int, it: Item) -> None:
        if self.group_names is not None and it.shape != self.group_names:
            self.group_goal = self.group_names = None  # (a delmål's label line over names: another heading ends it)
        if self._goal_answered(i, it):
            return
        self.last, self.open_field = None, None
        cur = self.cur
        label = self._unknown_label(i, it)
        if label:
            # "Involverte  KD, NAV" between "Tiltakseier  HK-dir" and "Tidsrom  2019–": a label tiltak does
            # not know, set as the labels around it are; its answer is kept in extra
            cur.add("other", it.text[len(it.lead or ""):].strip(" :\t"), label)
            return
        fields_below = i + 1 < len(self.its) and self.its[i + 1].kind in ("field", "form") \
            and not _set_as_heading(self.its[i + 1])
        if self.group_other and it.how == "bold lead" and not fields_below and i not in self.owners:
            self.listed(it)  # "**Aktiv bruk av studieforbund.** Flere av forbundene …" under "Andre tiltak"
            return
        bracketed = bracket_facts(it.text) if it.paragraphs and (it.paragraphs[0].list_label or it.label) else None
        if bracketed and len(bracketed[1]) >= 2 and gives_goal(bracketed[1]) and not fields_below:
            self.listed(it)  # "2. Følgeevaluering av forsøket (delmål 3.1; ansvarlig: Udir; 2018–2022)": a measure
            return
        if it.how == "bold lead" and not fields_below and self.prose(it):
            self.cur.bold_lead = True
            return  # "**Kompetansekonferansen 2024.** NHO arrangerte … (delmål 2.2).": a measure in running text
        if i in self.owners:
            self.group_prose = False
            if self.group_goal and not it.goal and it.shape == self.group_shape and not self.group_bare:
                # a heading as the delmål's headings are, of no delmål: their group ends (but a delmål alone,
                # "Delmål 2.2", set as the names under it are, heads them all)
                self.group_goal = None
            if self.outline and self.group_by_number and it.label and it.label.rstrip(".").startswith(f"{self.group_goal}."):
                self.group_goal = None  # "3.1" over "3.1.1 Title": the numbers of sections, not a delmål
                self.group_by_number = False
            cur = self.new("head", it)
            cur.sibling = i in self.siblings
            cur.numbered = bool(MEASURE_NUMBER.match(it.label or ""))
            cur.sibling = cur.sibling or cur.numbered and self.numbered >= 3  # (kept with no field: the writer's measure)
            if self.group_type and ranks_below(it.shape, self.group_shape):
                cur.group_type = self.group_type  # "Prosjekt" over its measures' headings
            if not it.marker:
                title, rest = _split_title(it)
                if it.how == "bold lead" and rest or it.how == "bold":
                    title = _without_closing_stop(title)  # "**Bransjeprogrammene.** Programmene er …"
                whole = " ".join(f"{title} {rest or ''}".split())
                tagged = trailing_facts(whole) if whole.endswith("]") else None
                if tagged and (rest is None or tagged[0] == " ".join(title.split())):
                    # "**Kompetanseundersøkelsen 2026** [Tiltak · FoU]": the name, then its tag of facts
                    title, rest = tagged[0], None
                    for name, value in tagged[1]:
                        cur.add(name, value)
                        if name == "goal" and goal_reference(value):
                            cur.evidence.add("goal_ref")  # ("… [3.2 / 3.6]": the name's own codes)
                typed = _TYPE_AFTER_NAME.match(title)
                # "**Name** (Reform). …": the bracket after the bold name, the writer's own type word
                outside = bool(typed and it.lead and typed["name"].strip().endswith(it.lead.strip()))
                colon = bool(it.paragraphs) and f"{title.strip()}:" in it.paragraphs[0].text  # "• Name (Nettverk): …"
                if typed and (value_field(typed["type"]) == "type" and (outside or colon)
                              or outside and names_a_kind(typed["type"])):
                    # "• **Arbeidsgivernettverket (Nettverk):** …"
                    title = typed["name"]
                    cur.add("type", typed["type"])
                named = _bracketed_name(title)
                if named:  # "Tiltak 1 (Medlemskap i KBU). Akademikerne deltar …": a theorem's note names it
                    title, rest = named[0], join_paragraphs([named[1], rest or ""]) or None
                cut = short_name_first(title) if rest is None and it.how == "typed" and not it.bold else None
                if cut:  # a plain numbered line of a short sentence, then more: "3) Søkekonferanse om X. Seminar der …"
                    title, rest = cut
                whole = f"{title.rstrip('. ')}. {rest}" if rest else title
                # (or a numbered item whose first sentence tells of its measure: "1. YS er representert i SRY og …")
                told = _named_in_telling(whole) if (cur.numbered or it.label and len(title.split()) >= 8
                                                    and not re.search(r"\s[–—]\s|:\s", title)) \
                    and it.text[:1].isalpha() and not it.bold and it.how != "bold lead" \
                    and re.search(r"(?:[^\W\d_]{2}|\))\.(?:\s|$)", it.text.rstrip()) \
                    and not (it.paragraphs and it.paragraphs[0].lead) else None  # (a name in bold or italics is one)
                if told:  # "Tiltak 1: Møteplass lærebedrifter er videreført og ble …": the name the sentence tells of
                    title, rest = told, whole
                cur.title.append(title)
                cur.title_from = "head"
                if rest:
                    cur.add("description", rest)
            if it.goal and (it.how == "goal prefix" or it.numbered_goal):
                cur.fields["goal"] = [it.goal]
                cur.numbered_goal = it.numbered_goal
                cur.evidence.add("goal_ref")
            if it.own_goal or i in self.goal_in_text or self.group_goal and goal_reference(self.group_goal, bare=False):
                cur.evidence.add("goal_ref")  # (or it stands under a heading that names its delmål: "Delmål 3.1")
            return
        if (self.group_goal and not self.group_by_number and not it.goal and not it.section
                and ranks_below(it.shape, self.group_shape) and not is_area(it.text)):  # (an area is over delmål)
            self.listed(it)  # a heading with no fields under a heading that names the delmål
            return
        if (cur is not None and not self.closed and cur.labelled and it.how == "bold" and not it.label and not it.goal
                and not (self.group_goal and it.shape == self.group_shape)  # (shaped as the delmål's headings: one)
                and len(it.text.split()) <= 4 and not it.text.endswith(".") and value_field(it.text) != "type"
                and not _OTHER_MEASURES.match(it.text) and i + 1 not in self.owners):  # (over a measure: its heading)
            # a short bold line among a measure's labels is a label tiltak does not know: kept in extra
            self.open_field = f"other:{it.text.rstrip(':')}"
            cur.add("other", "", it.text.rstrip(":"))
            return
        run_in = _RUN_IN_BACKGROUND.match(it.text)
        if it.section and cur is not None and not self.closed and cur.title and (
                run_in or _BACKGROUND.match(label_key(it.text)) and (set(cur.fields) <= {"description"} or (
                    cur.title_from == "field" and not {"goal", "description"} & set(cur.fields)))):
            # "Prosjektmandat: Menn i helse" … "1 Bakgrunn"; an abstract's "Bakgrunn. Studien ser på …": the measure's own
            self.open_field = "description"
            if run_in:
                cur.add("description", it.text[run_in.end():].strip())
            return
        if cur is not None and (cur.has_fields or cur.title):
            self.closed = True
        # ("Yrkesfag og fagopplæring (delmål 2.3)" over its measures' headings: their delmål)
        self.group_goal = it.goal or (goal_reference(it.text, bare=False) if it.own_goal else None)
        self.group_bare = bool(it.goal) and fold(it.text).strip(" .:") == fold(it.goal).strip(" .:")
        self.group_prose = i in self.prose_chapters
        self.group_start = len(self.out)
        self.group_shape = it.shape
        if not it.text.rstrip().endswith(":"):  # ("NHO bidrar på to måter …:" over a) and b): the heading's own)
            self.group_heading = None if self.group_goal or it.section or it.marker or is_area(it.text) \
                or value_field(it.text) == "type" else _asked_for(it.text) or it.text  # ("Prosjekt" over its measures: their type)
        self.group_fields = {}
        # "2.1 Digital kompetanse" over bullets: numbered like a delmål, which only the bullets can confirm
        # (not "2.1 Kunnskapsdepartementet": a chapter's number over one body's measures)
        self.group_by_number = not it.goal and bool(it.label and is_delmal_code(it.label)) and not _names_a_body(it.text)
        if self.group_by_number:
            self.group_goal = it.label.rstrip(".")
        self.group_type = it.text if value_field(it.text) == "type" else None
        # "Andre tiltak", "Øvrige tiltak": the bullets under it are measures, of no delmål
        self.group_other = bool(_OTHER_MEASURES.match(it.text))
        self.last = (i, None, None)

    def _goal_answered(self, i: int, it: Item) -> bool:
        """"Delmål i strategien" alone over "1.3 Karriereveiledning" (plain, a key below it): the answer, the
        delmål and its short wording, not a numbered heading."""
        following = self.its[i + 1] if i + 1 < len(self.its) else None
        more = self.answered == i - 1  # (a second answer under the first: "1.4 Videreutvikle …", "2.3 Samarbeide …")
        if not more and (self.open_field != "goal" or self.cur is None or self.cur.fields.get("goal")) \
                or not _plain_code_line(it) or following is None or following.kind != "field" and not _plain_code_line(following):
            return False
        self.cur.add("goal", f"{it.label.rstrip('.')} {it.text}")
        self.cur.evidence.add("goal_ref")
        self.open_field, self.answered = None, i
        return True

    def _referred(self, text: str) -> bool:
        """"Samfunnskontrakten … – sjå omtale under delmål 1.4." under the heading of another delmål: the
        measure told of there serves this delmål too; no measure of its own."""
        m = _SEE_ABOVE.search(text)
        if not m:
            return False
        name = fold(text[:m.start()])
        told = next((x for x in self.out if x.title and fold(" ".join(x.title)) == name), None)
        if told is None:
            return False
        own = told.fields.get("goal") or ([told.group_goal] if told.group_goal else [])
        told.fields["goal"] = ["; ".join([*own, self.group_goal])]  # (as file._once joins a measure listed twice)
        return True

    def _unknown_label(self, i: int, it: Item) -> str | None:
        """A line with a lead of a word or three, between two labelled fields of the measure being read,
        each of them with a lead too (a key's column): one more label, not a new measure. The label, or None."""
        cur, lead = self.cur, (it.lead or "").strip().rstrip(":")
        if cur is None or self.closed or not cur.labelled or it.how != "bold lead" or not lead \
                or not 1 <= len(lead.split()) <= 3 or not it.text.startswith(lead) or len(it.text) <= len(lead) + 1:
            return None
        before, after = self.its[i - 1] if i else None, self.its[i + 1] if i + 1 < len(self.its) else None
        # (and the key after it is one the measure has not given yet: else that key opens the next measure)
        keyed = all(x is not None and x.kind == "field" and x.form is None and x.lead and x.how in ("run-in", "separator")
                    for x in (before, after)) and after.field not in cur.fields and after.field != "title"
        return lead if keyed else None

    def listed(self, it: Item) -> None:
        """A measure listed under a heading that names its delmål: the item is its name (and, when
        long, its name's sentence and a description)."""
        cur = self.new("list", it)
        if self.group_goal:
            cur.evidence.add("goal_ref")
        if self.group_type:
            cur.fields["type"] = [self.group_type]
        title, rest = _split_title(it)
        if rest is None and it.how != "bold lead" and (plain := _plain_lead(it.text)):
            title, rest = plain  # "• Deltakelse i KBU – Unio er med i utvalget …. Delmål 1.1."
        named = named_before_colon(it.text, own_words=True)
        if named:  # "Hurtigsporet … (tiltak 13 og 14): Flyktninger …", "Møteplass lærebedrifter (Arrangement): …"
            title, name, value, rest = named
            cur.add(name, value)
            if name == "goal":
                cur.evidence.add("goal_ref")
        if it.how == "bold lead" and rest:
            title = _without_closing_stop(title)  # "**Aktiv bruk av studieforbund.** Flere …"
        leading = leading_facts(rest) if rest else None
        if leading:  # "**Kurs for …** [LO, i samarbeid med AOF; våren 2019; Kurs] – Todagerskurs …"
            facts, rest = leading[0], leading[1] or None
            for name, value in facts:
                cur.add(name, value)
        bracketed = None if leading else bracket_facts(rest if rest is not None else title)
        if bracketed:  # "Kurs for tillitsvalgte – videreføring av kurset (kurs, 2024)"
            text, facts, after = bracketed
            for name, value in facts:
                cur.add(name, value)
            if any(name == "goal" for name, _ in facts):
                cur.evidence.add("goal_ref")  # the name's own bracket gives its delmål
            if rest is not None:
                rest = " ".join(x for x in (text, after) if x) or None
            elif after:  # "Fagbrev på jobb (delmål 2.5; ansvarlig: Udir) Ordningen gir …": the name, then what it is
                title, rest = text, after
            else:
                # the name, then a dash, then what it is; a bracket of codes alone tags the whole name
                # ("Balansekunst – modell for å beskrive kompetanse (2.5)")
                dash = _DASH.search(text) if any(name != "goal" for name, _ in facts) else None
                title, rest = (text[:dash.start()], text[dash.end():] or None) if dash else (text, None)
                if rest is None and (plain := _plain_lead(title)):
                    title, rest = plain  # "Name: what was done. (delmål 1.1)": the name before the colon
        typed = _NAME_THEN_TYPE.match(title) if rest is None else None
        if typed and names_a_kind(typed["type"]):
            title = typed["name"]  # "• Digitalisering i tillitsvalgtskoleringen. Kurs. Ansvarlig: …"
            cur.add("type", typed["type"])
        words = title.split()
        if rest is None and len(words) > SETTINGS.layouts.title_words:
            end = NAME_END.search(title)
            if end:
                title, rest = title[:end.start()] + ".", title[end.end():]
        cur.title.append(title)
        cur.title_from = "head"
        # under "Andre tiltak" a bullet is a measure when it names one: in bold, or a name (no sentence)
        cur.other_group = self.group_other and (bool(it.lead) or not title.rstrip().endswith("."))
        if rest:
            cur.add("description", rest)

    def prose(self, it: Item) -> bool:
        """A paragraph that is a measure in running text: a short first sentence names it, and the
        text names the delmål it serves ("Jobbsjansen. AID har ansvaret … Tiltaket hører til delmål 3.4 …")."""
        lead_goal = _lead_goal(it)
        ref = _goal_of_text(it.text) or lead_goal or _worded_goal(it.text)  # ("… (2.1)": codes closing it too)
        # under a heading that names the delmål ("Delmål 2.1 Digital kompetanse"), a paragraph need not name it;
        # nor after a measure in running text, when it names a measure outright (`_outright`)
        # (not after a measure of a form or a heading under it: the paragraphs comment on that one)
        under = not ref and (bool(self.group_goal) and not self.group_by_number or self.group_prose) \
            and all(m.origin == "prose" for m in self.out[self.group_start:])
        series = not ref and not under and self.cur is not None and self.cur.origin == "prose" and it.kind == "text"
        if not (ref or under or series) or (self.cur is not None and not self.closed and self.cur.origin != "prose"
                                             and not lead_goal):
            return False
        title, rest = _first_sentence(it)
        first = title or it.text
        named = _named_in_first_sentence(it, title) if not quoted_names(first) else None  # (two in quotes: each)
        named = named or (_run_in_name(it.text) if it.kind == "text" and not series else None)
        after_codes = None
        lead = (it.lead or "").strip(" :–—") if it.how == "bold lead" and it.text.startswith((it.lead or "").strip()) else ""
        if not named and ref and ref == lead_goal:
            named = lead  # "**HR-nettverket** (2.2). Nettverket møttes …"
            after_codes = _CODES_AFTER_LEAD.sub("", it.text[len(it.lead.strip()):], count=1).strip()
        elif not named and lead and re.match(r"\s*[–—:]\s+\S", it.text[len(it.lead.strip()):]) and not label_field(lead):
            named = lead  # "**Kompetansebehovsutvalget (KBU)** – LO deltar fortsatt i utvalget. …"
            after_codes = it.text[len(it.lead.strip()):].strip().lstrip("–—:").strip()
        if not named and it.how == "bold lead" and it.lead and rest and title.rstrip(". ") == it.lead.strip().rstrip(". ") \
                and not label_field(title.rstrip(". ")) and not names_a_section(title.rstrip(". ")) \
                and not bracket_facts(it.text):  # (its facts in a bracket: read as a listed measure's)
            named = title.rstrip(". ")  # "**KS Læring**. Plattformen har …": the bold first sentence is the name
        names = [named] if named else [] if it.kind != "text" else _outright(first) if series else names_in_sentence(first)
        if not names and under and it.kind == "text" and (subject := named_subject(first)):
            names = [subject]  # ("Kompetansealliansen vart etablert våren 2019 …" under the delmål's heading)
        # (a bold lead is the name itself; "Vi har også deltatt i SRY og i KBU": a measure for each body)
        if names:  # "KS har fått gjennomført en evaluering av satsingen **Menn i helse**. …": that name, all the text
            rest = after_codes or it.text.strip()
        elif under or series:
            return False  # a paragraph that names no measure: the section's context, results or plans
        else:  # the first sentence names it: all of it, or its subject ("Bransjeprogram for … omfattet …"); a
            # paragraph of one sentence is that sentence ("HR-nettverket vårt har hatt fem samlingar … (delmål 2.2).")
            sentence = title or it.text.strip().rstrip(".")
            names = [subject_name(sentence) or sentence if len(sentence.split()) > 4 else sentence]
        if not all(names) or not rest or ref and any(ref in name for name in names) \
                or any(len(name.split()) > SETTINGS.layouts.prose_title_words for name in names):
            return False
        told = [(name, ref, rest if len(names) == 1 else None) for name in names]  # (name, delmål, text)
        second = _second_in_paragraph(rest) if len(names) == 1 else None
        if second is not None:  # "… I tillegg har vi fått utarbeidet en rapport om …": a measure each
            before, after, other = second
            own, theirs = goal_reference(before, bare=False), goal_reference(after, bare=False)
            if own or theirs:  # (each its own delmål, or the one the paragraph gives both: "Begge følger opp delmål 2.2")
                first_goal = own or (ref if ref == lead_goal else theirs)
                told = [(names[0], first_goal, before), (other, theirs or first_goal, after)]
        for name, goal, description in told:
            cur = self.new("prose", it)
            cur.title.append(name)
            cur.title_from = "text"
            if goal:
                cur.fields["goal"] = [goal]
            cur.evidence.add("goal_ref")
            # (one of the measures told before it, or under a chapter's heading that may give theirs in its
            # words, "Hva gjør Virke for å styrke den digitale kompetansen …?": kept with no delmål)
            cur.sibling = series or under and not self.group_goal
            if description:
                cur.add("description", description)
        self.closed = True  # the next paragraph is the next measure's, or no measure's
        return True

    def form(self, i: int, it: Item) -> None:
        last, self.open_field, self.last = self.last, None, None
        cur = self.cur
        # the form under a heading (maybe after a description in words, or after label lines when the
        # form names no measure: "Delmål: «…»" above "Ansvar | VOFO") is that measure's
        fresh_head = (cur is not None and not self.closed and cur.origin == "head" and cur.form is None
                      and (not cur.labelled or not it.form_has_title) and cur.title_from != "field")
        # a "Tiltak: …" line, then a label table without a name row: the table holds that measure's fields
        named_only = (cur is not None and not self.closed and cur.form is None and cur.title_from == "field"
                      and not cur.fields and not it.form_has_title)
        # a form without a name row at the top of a later page goes on with the form before
        cut = (cur is not None and cur.form is not None and not self.closed and self.prev_form_page is not None
               and it.page is not None and it.page >= self.prev_form_page and cur.page is not None
               and it.page > cur.page)
        if fresh_head:
            cur.form, cur.origin = it.form, "form"
            cur.headed = cur.labelled and not it.form_has_title  # after label lines: the text after it is its own
            if it.form_has_title and cur.title_from == "head":
                cur.title, cur.title_from = [], ""  # the form names the measure; the heading numbers it
        elif (not it.form_has_title and cut) or named_only:
            cur.form = it.form
        else:
            fresh = self.new("form", it)
            fresh.form = it.form
            caption = self._caption(last, i) if not it.form_has_title else None
            if caption:  # "Tabell 2: Deltakelse i arbeidsgruppen" over a form that names nothing: its name
                fresh.title, fresh.title_from = [_clean_title(caption)], "text"
        self.closed = False
        self.prev_form_page = it.page_end

    def form_row(self, it: Item) -> None:
        cur = self.cur
        if cur is None or (it.field == "title" and cur.title_from == "field" and cur.form == it.form):
            cur = self.new("form", it)  # (a second name row: one table holding several measures)
            cur.form = it.form
        cur.touch(it)
        if it.field == "title":
            title, rest = _split_title(it)
            cur.add("title", _clean_title(title))
            if rest:
                cur.add("description", rest)
        else:
            cur.add(it.field or "", it.text, it.label)
        self.prev_form_page = it.page_end

    def name_label(self, it: Item) -> None:
        """"Tiltak: …" names a measure: a new one, unless the heading just before started it."""
        cur = self.cur
        if fold(it.label or "") in _WEAK_NAME_LABELS and cur is not None and not self.closed and cur.title_from == "head":
            cur.add("other", it.text, it.label)  # "Emne: …" under a heading: the course's topic, not its name
            return
        if cur is None or self.closed or cur.title_from == "field" or cur.labelled or (
                cur.origin != "head" and (cur.has_fields or cur.title)):
            cur = self.new("field", it)
        if cur.title_from == "head":
            cur.title, cur.title_from = [], ""
        cur.touch(it)
        self.last = None
        if not it.text:
            self.open_field = "title"  # the name is on the line below
            return
        title, rest = _split_title(it)
        cur.add("title", _clean_title(title))
        if rest:
            cur.add("description", rest)
        self.open_field = None

    def field(self, i: int, it: Item) -> None:
        if self._goal_of_section(i, it):
            return
        if i in self.kickers:
            self.kicker.append(it)
            return
        name = it.field or ""
        cur = self.cur
        if it.label == "note":  # a footnote's delmål on the heading that just started this measure, or its partners
            if cur is not None and not self.closed and cur.title and not cur.fields.get(name):
                cur.add(name, it.text, it.label)
            return
        if name == "other" and it.how == "run-in" and (self.group_other or self._named_bullet(it)) and it.paragraphs \
                and len((it.label or "").split()) >= 2 and (cur is None or self.closed or cur.origin == "list"):
            # "**Virke HR-konferansen 2022:** Kompetanse og omstilling var …" under "Øvrige tiltak" or a
            # delmål's heading: a measure (a word alone, "**Sted:** Oslo", is a field of the measure above)
            p = it.paragraphs[0]
            self.listed(replace(it, kind="text", text=p.text, field=None, label=None, lead=p.lead))
            self.last = None
            return
        if name in ("other", "count") and (cur is None or self.closed):
            return  # "Til:", "Dato:" on a letterhead start no measure
        if it.label and name in _GROUP_FIELDS and (cur is None or self.closed or cur.form is not None) \
                and i + 1 < len(self.its) and self.its[i + 1].kind == "form" and self.its[i + 1].form_has_title \
                and not (i and (self.its[i - 1].kind == "form" or self.its[i - 1].form is not None)):
            # (a line right under a form is that form's: "Periode: 2021" printed below each)
            # a band over forms that each name their measure (an Access report's "Ansvarlig: KD
            # Kunnskapsdepartementet"): the field of every measure under it that gives none
            self.group_fields[name] = it.text
            self.last = None
            return
        if self._goal_over_names(i, it) or self._own_section(i, it):
            return
        answer = i > 0 and self.its[i - 1].kind == "field" and self.its[i - 1].field == name and not self.its[i - 1].text \
            and self.its[i - 1].how == "alone"  # "Hvem har ansvaret, og hvem er med?" over "Ansvarlig: KD. Med: Unio."
        repeated = (cur is not None and not self.closed and name in cur.fields and name not in ("other", "count") and not answer
                    and cur.form is None and not (name == "goal" and (_ALSO.match(it.text) or _ALSO.match(it.label or "") or cur.numbered_goal))
                    and not (name == "description" and all(("description", v) in cur.free for v in cur.fields[name])))
        # ("Også nr. 7", "Også delmål: 1.4": one more; a delmål under a name numbered by the strategy's tiltak adds to it;
        # text that went to the description for want of a field, "Referansenummer: 23/01234", is not its label's)
        if repeated and it.label and i and self.its[i - 1].kind == "field" and self.its[i - 1].label \
                and cur.field_labels.get(name) and label_key(cur.field_labels[name]) != label_key(it.label) \
                and cur.title and name == "responsible" \
                and it.text.strip() and len(it.text.split()) <= 8 and not it.text.rstrip().endswith("."):
            # (names on the label's own line, not "Hvem kan jeg kontakte?" over "Spørsmål kan rettes til …")
            # "Oppdragsgiver: KD" then "Ansvarlig: HK-dir" in one run of labelled lines: the earlier kept aside
            cur.extra[cur.field_labels[name]] = "; ".join(cur.fields.pop(name))
            repeated = False
        guess = cur.guessed.get(name) if cur is not None else None
        if repeated and (it.label or it.how in ("content", "position")) and cur.fields[name] and guess and (guess[0] == it.where or not guess[1]) \
                and all((name, v) in cur.free for v in cur.fields[name]):
            # "Gruppen leverte i juni 2018. Ansvarlig: KD. Periode: 2017–2018.": a sentence of the label's own
            # paragraph, or a line before any label of the measure, was only taken for that field by its
            # content; the label gives the field, and the text is the description
            for text in cur.fields.pop(name):
                cur.add("description", text)
            repeated = False
        if cur is None or self.closed or repeated:
            title = self._take_back(self.last, i) or self._caption(self.last, i, ("text",))  # (or the line that went nowhere)
            cur = self.new("field", it)
            if title:
                cur.title.append(title)
                cur.title_from = "text"
        cur.touch(it)
        if cur.free_before_fields is None:
            cur.free_before_fields = len(cur.free)
        if name == "goal":
            cur.numbered_goal = False  # (a delmål of its own adds to the numbering's once; another starts a measure)
        cur.add(name, it.text, it.label)
        if it.how == "position":  # "3.6 · FoU · KD · Fafo · 2026": who does it, by its place in a line of fields
            cur.evidence.add(name)
        elif name == "goal" and it.how == "content" and is_delmal_code(it.text.split(",")[0]) \
                and self.facts_per_line[it.where] >= 3:
            cur.evidence.add(name)  # a delmål's code among three facts or more of one line: "3.2; kurs; VOFO; 2020"
        cur.labelled = True
        # a label's answer may go on below it; a value known by its place or content ends with its line
        self.open_field = name if name not in ("count", "section") and it.how not in ("position", "content") else None
        if name == "other" and it.label:
            self.open_field = f"other:{it.label}"
        self.last = None

    def _own_section(self, i: int, it: Item) -> bool:
        """"**Vedlegg: oversikt over høringer 2019**" in bold over lines that are no facts: the report's own
        section begins (the last measure and its delmål's group end); among a measure's facts ("**Vedlegg:**
        rapport.pdf" before "Ansvarlig: …") it is a fact of that measure."""
        nxt = self.its[i + 1] if i + 1 < len(self.its) else None
        if not (it.field == "other" and it.bold and it.label and it.text and names_a_section(it.label)) \
                or nxt is not None and nxt.kind in ("field", "form"):
            return False
        if self.cur is not None:
            self.closed = True
        self.group_goal = self.group_names = self.group_heading = self.group_type = None
        self.group_other, self.group_by_number, self.group_fields = False, False, {}
        self.last, self.open_field = None, None
        return True

    def _goal_over_names(self, i: int, it: Item) -> bool:
        """A delmål's label line set as a heading (bold or italic, alone) over measures' names whose
        own fields follow them ("*Delmål: digital kompetanse …*" over "a) Name / Type: FoU. …" and "b)
        …", or over "Tiltak: Name" lines): the delmål of every measure under it, as a heading's."""
        nxt = self.its[i + 1] if i + 1 < len(self.its) else None
        cur = self.cur
        named_next = nxt is not None and (nxt.kind == "head" and i + 1 in self.owners
                                          or nxt.kind == "field" and nxt.field == "title" and nxt.form is None)
        if not (it.field == "goal" and it.label and it.text and it.bold and named_next
                and (cur is None or self.closed or cur.title and cur.has_fields)):
            return False
        if self.goals_lead is None:  # the document's first such line: over the first measure, or closing one
            self.goals_lead = cur is None or self.closed or not cur.labelled
        if not self.goals_lead:
            return False  # ("… Beskrivelse: …" then "**Delmål: 2.2 …**" closing each measure: its own)
        if cur is not None:
            self.closed = True
        self.group_goal, self.group_shape, self.group_by_number, self.group_heading = it.text, ("field",), False, None
        self.group_names = nxt.shape if nxt.kind == "head" else None
        self.last = (i, None, None)
        return True

    def _goal_of_section(self, i: int, it: Item) -> bool:
        """A delmål's label and answer right under a heading, over headings of a lower rank that each
        start a measure ("Gode valg for den enkelte" / "Delmålet: Styrke regionalt …" / "**Styrking av …**"
        / "Type: prosjekt · …"): the delmål of every measure under that heading, which is none itself."""
        head = self.its[i - 1] if i else None
        nxt = self.its[i + 1] if i + 1 < len(self.its) else None
        cur = self.cur
        if not (it.field == "goal" and it.label and it.text and cur is not None and not self.closed
                and cur.origin == "head" and cur.title and not cur.has_fields and head is not None
                and head.kind == "head" and not head.goal and nxt is not None and nxt.kind == "head"
                and i + 1 in self.owners and ranks_below(nxt.shape, head.shape)):
            return False
        names = 1
        for j in range(i + 2, len(self.its)):  # (each measure under it with a delmål line over its name: theirs)
            x = self.its[j]
            if x.kind == "head" and not ranks_below(x.shape, head.shape):
                break
            if x.kind == "head" and x.shape == nxt.shape and self.its[j - 1].kind == "field" and self.its[j - 1].field == "goal":
                return False
            names += x.kind == "head" and x.shape == nxt.shape and j in self.owners
        if names < 2 and head.shape not in self.goal_sections:
            return False  # (one name under the first such: as likely the measure's own heading over a line of its facts)
        self.goal_sections.add(head.shape)
        self.out.remove(cur)
        self.cur, self.closed = None, True
        self.group_goal, self.group_shape, self.group_by_number, self.group_heading = it.text, head.shape, False, None
        self.last = (i, None, None)
        return True

    @staticmethod
    def _named_with_its_goal(it: Item) -> str | None:
        """A bullet naming its measure in bold before a colon, a dash or a bracket, whose text states its
        delmål by code ("• **Lærlingløftet**: Kampanje for … Delmål 1.4/2.3. Prosjekt. Ansvar: NHO", "•
        **Karriere Trøndelag** – veiledning (delmål 1.3). …"): a measure, under any heading. Its delmål, or None."""
        p = it.paragraphs[0] if it.paragraphs else None
        lead = (p.lead or "").strip() if p is not None else ""
        runs = [r for r in p.runs if r.text.strip()] if p is not None else []
        if not lead or not runs or not runs[0].bold or not it.text.startswith(lead):
            plain = _plain_lead(it.text)  # (or in plain type before a dash, sentences after it: "• Deltakelse i KBU – Unio er …")
            return _goal_of_text(plain[1]) if plain else None
        after = it.text[len(lead):].lstrip()
        return goal_reference(after, bare=False) if after[:1] in (":", "–", "—", "(") else None

    def _named_bullet(self, it: Item) -> bool:
        """A bullet under a delmål's heading that names its measure before a colon and tells of it in a
        sentence ("• **Karriere Vestland:** Karrieresentera gav over 3000 samtalar …"), not a field with
        a figure or a few words ("• **Antall deltakere:** 300")."""
        p = it.paragraphs[0] if it.paragraphs else None
        return bool(self.group_goal and p is not None and p.list_label and len(it.text.split()) >= 6
                    and (it.text.rstrip().endswith((".", "!")) or _FACTS_CLOSING.search(p.text))
                    and not figure_after_label(p.text))  # (or its facts in a closing bracket: "… (kurs – VOFO – 2024)")

    def text(self, i: int, it: Item) -> None:
        cur = self.cur
        if self.group_goal and self._referred(it.text):
            return
        if self._goal_lead(i, it) or self._chapter_intro(i, it):
            return
        if is_closing(it.text):
            self.closed = True
            if is_greeting(it.text):
                self.group_goal = None  # ("Med vennlig hilsen" over the signature: no measure of the last delmål)
        listed = it.paragraphs and it.paragraphs[0].list_label and not it.text.rstrip().endswith(":")
        own = named_before_colon(it.text, own_words=True) if listed else None
        named = own if own and (own[1] == "goal" or value_field(own[2]) == "type") else None  # (not a word of its own)
        if listed and self.group_by_number and not bracket_facts(it.text) and not own:
            listed = None  # a numbered section's bullet list, not measures of a delmål
        goal_told = self._named_with_its_goal(it) if listed else None
        named_goal = listed and (gives_goal((bracket_facts(it.text) or ("", (), ""))[1]) or bool(named) or bool(goal_told))
        if listed and (self.group_goal or self.group_type or named_goal or self.group_other) and (
                cur is None or self.closed or cur.origin == "list" or named_goal):
            self.listed(it)  # "• Kurs for …" under "Delmål 2.2 – …" or under "Kurs/utdanning"
            if goal_told and self.cur is not None and not self.cur.fields.get("goal"):
                self.cur.add("goal", goal_told)
            self.last = None
            return
        if (cur is None or self.closed or cur.origin == "prose") and not listed and self.prose(it):
            return
        if cur is not None and cur.form is not None and cur.origin == "form" and not cur.headed:
            self.closed = True  # text after a form table is not part of it (but of the heading over both)
        if cur is None or self.closed:
            self.last = (i, None, None)
            return
        target = self._text_target(cur, self.open_field, it)
        cur.free.append((target, it.text))
        cur.trailing.append((target, it.text))
        cur.touch(it)
        if target == "title":
            cur.add("title", it.text)
            self.open_field = None
        elif target.startswith("other:"):
            cur.add("other", it.text, target.split(":", 1)[1])
        else:
            cur.add(target, it.text)
            if target != self.open_field and target not in ("description", "title"):
                cur.guessed[target] = (it.where, cur.labelled)
            if target == self.open_field and target in _EVIDENCE:
                cur.evidence.add(target)  # the answer under a label on a line of its own
                if target == "goal" and (names_a_goal(it.text) or cur.goal_numbering and is_number_list(it.text)):
                    cur.evidence.add("goal_ref")
        self.last = (i, cur, target)

    def _chapter_intro(self, i: int, it: Item) -> bool:
        """The paragraph under a chapter's heading that gives the delmål of the measures under it ("Tiltaka under
        høyrer til delmål 1.2"; "Tiltakene i dette kapitlet følger opp delmålet om å …"): theirs, as a heading's."""
        before = self.its[i - 1] if i else None
        # (under a chapter's heading, or a short line that is one, read as text: "Læringsmotivasjon gjennom frivillig sektor")
        line = before is not None and before.kind == "text" and len(before.text.split()) <= 8 and not SENTENCE_END.search(
            before.text) and not before.text.rstrip().endswith((".", ":")) and (self.cur is None or self.closed
                                                                              or self.cur.origin == "prose")
        goal = chapter_goal(it.text) if (self.group_prose and self.group_start == len(self.out) or line) else None
        if not goal:
            return False
        if line:
            self.group_prose, self.group_start, self.group_heading = True, len(self.out), before.text
            if self.cur is not None:
                self.closed = True
        self.group_goal, self.group_by_number = goal, False
        self.last = (i, None, None)
        return True

    def _goal_lead(self, i: int, it: Item) -> bool:
        """A line that leads into the bullets under it by a delmål's words in quotes ("Tiltak som skal
        «Styrke kunnskapsgrunnlaget om læring i arbeidslivet»:"): their delmål, as a heading's."""
        quoted = _QUOTED_LEAD.search(it.text) if it.text.rstrip().endswith(":") else None
        nxt = self.its[i + 1] if i + 1 < len(self.its) else None
        outside = (it.text[:quoted.start()] + " " + it.text[quoted.end():]).split() if quoted else []
        if quoted is None or nxt is None or not (nxt.paragraphs and is_bullet(nxt.paragraphs[0].list_label)) \
                or len(outside) > 6 or not any(_MEASURES_WORD.match(w) for w in outside) \
                or not says_goals_in_words(quoted["words"]):
            return False  # (not "Prosjektet følger opp delmålet «…» og har gitt disse resultatene:", its results)
        if self.cur is not None:
            self.closed = True
        self.group_goal, self.group_shape, self.group_by_number, self.group_heading = quoted["words"], ("lead",), False, None
        self.last = (i, None, None)
        return True

    def _caption(self, last, i: int, kinds: tuple[str, ...] = ("text", "head")) -> str | None:
        """The short line just before item i, when it went to no field of a measure: a form's caption,
        or a heading that started none; a label's name."""
        if last is None or last[0] != i - 1 or last[1] is not None or self.its[i - 1].kind not in kinds:
            return None
        text = self.its[i - 1].text
        return text if _short_name(text) and not is_closing(text) else None  # (not a dateline: "Bodø, 4. oktober 2022")

    @staticmethod
    def _take_back(last, i: int) -> str | None:
        """The text just before a label that starts a new measure names it: take it back from the
        field it was added to."""
        if last is None or last[0] != i - 1:
            return None
        _, measure, target = last
        if measure is None:
            return None
        if target and not target.startswith("other:") and target != "title" and measure.fields.get(target):
            text = measure.fields[target].pop()
            if len(text.split()) <= SETTINGS.layouts.title_words:
                return text
            measure.fields[target].append(text)
        return None

    @staticmethod
    def _text_target(cur: _Measure, open_field: str | None, it: Item) -> str:
        text = it.text
        if open_field == "title" and not cur.title:
            return "title"
        if open_field and open_field.startswith("other:"):
            return open_field
        if open_field == "goal" and (not cur.fields.get("goal") or is_goal_line(text) or chosen(it)
                                     or _BOXED_CODE.match(text) or _another_goal_in_words(it, cur.fields["goal"][-1])):
            return "goal"  # (each ticked choice under "Hvilke delmål …?" is one; a second delmål in its words)
        if open_field == "type" and not cur.fields.get("type"):
            return "type"
        if open_field in _CONTINUED_BY_TEXT and not cur.fields.get(open_field):
            return open_field  # a label on its own line, its answer below
        if open_field in ("description", "other"):
            return open_field
        if open_field == "period" and mentions_time(text) and len(text.split()) <= SETTINGS.layouts.period_words \
                and not _WEB_ADDRESS.match(text) \
                and not _TWO_SENTENCES.search(text) and not figure_after_label(text) \
                and not (text.rstrip().endswith(".") and len(text.split()) > 6
                         and not cur.fields["period"][-1].rstrip().endswith(".")):
            # (not "Resultatmål 2023: 80 %"; nor a sentence after "Periode: Fra 2020", but one after a period told in one)
            return "period"  # (not "LO deltar i utvalget. Rapporten kom i 2019.": a description)
        if (open_field in ("responsible", "partners", "roles") and len(text.split()) <= SETTINGS.layouts.names_words
                and not text.endswith(".") and not is_goal_line(text, bare=False) and value_field(text) != "type"
                and not (is_period_line(text) and not cur.fields.get("period"))):
            return open_field  # the names go on (not "Delmål 1.2", "Prosjekt" or "2025–2028" on the next line)
        if not cur.fields.get("goal") and (is_goal_line(text, bare=cur.labelled or cur.form is not None)
                                           or cur.group_goal and _ALSO_NUMBER.match(text)):
            return "goal"  # ("Gjelder også nr. 7." under a heading by the strategy's old number)
        if not cur.fields.get("type") and value_field(text) == "type":
            return "type"
        if not cur.fields.get("period") and is_period_line(text) and not text.rstrip().endswith(":"):
            return "period"  # (not "Innspill fra JD (e-post 14.11.2017):", a list's lead)
        return "description"


# a sentence that says what the report's numbers stand for ("Tallene i parentes viser til strategiens tiltak
# nr. 1–16."): a key to the notation, no delmål of the text it stands in
_KEY_SENTENCE = re.compile(r"\b(?:tallene|tala|talla|numrene|numra|nummera|kodene|kodane|tallet|nummeret)\b[^.]*?"
                           r"\b(?:viser\s+til|vis\s+til|refererer\s+til|refererar\s+til|henviser\s+til|står\s+for|svarer\s+til|"
                           r"svarar\s+til)\b[^.]*\b(?:tiltak|delmål|nummer|numra|numrene)\b", re.I)


def _without_keys(text: str) -> str:
    return ". ".join(x.rstrip(".") for x in SENTENCE_END.split(text) if not _KEY_SENTENCE.search(x)) if text else text


def _another_goal_in_words(it: Item, before: str) -> bool:
    """After a delmål in the strategy's words under a goal label, another: in its words too, or a bullet
    of a few words (the delmål paraphrased: "• Gi fleksibel opplæring på premissane til vaksne")."""
    if not says_goals_in_words(before):
        return False
    bullet = bool(it.paragraphs and it.paragraphs[0].list_label)
    return says_goals_in_words(it.text) or bullet and len(it.text.split()) <= 16 and not it.text.rstrip().endswith(".")


_WEB_ADDRESS = re.compile(r"^\s*(?:https?://|www\.)\S+", re.I)  # a printed page's address at its foot: no period
_KEY = re.compile(r"^([A-ZÆØÅ]{2,10})-\d{1,5}\s+(?=\S)")  # an issue tracker's key: "NKPS-41 …"
_LEAD = re.compile(r"^([^:]{2,40}):\s+(?=\S)")  # a lead before a colon: "YS følger opp: …"
_OURS = frozenset("vi vår vårt våre me svar svaret svarer svarar følger følgjer rapporterer rapporterar".split())  # "Vårt svar:"


def _without_shared_start(measures: list[RawMeasure]) -> list[RawMeasure]:
    """What every name in the document opens with, three names or more, the same each time: an issue
    tracker's key ("NKPS-41 …", "NKPS-47 …"; one name's "COVID-19 Tilskudd …" is its own), or a lead
    that is the reporter's (an acronym: "YS følger opp: Kurs for …") or the report speaking ("Vårt
    svar: …"): the template's, not the names'."""
    for pattern, accept in ((_KEY, lambda lead, rests: True), (_LEAD, _reporters_lead)):
        found = [pattern.match(m.title) for m in measures]
        if len(measures) < 3 or not all(found) or len({f.group(1).casefold() for f in found}) != 1:
            continue
        rests = [m.title[f.end():] for m, f in zip(measures, found)]
        if accept(found[0].group(1), rests):
            measures = [m.model_copy(update={"title": rest}) for m, rest in zip(measures, rests)]
    return measures


def _reporters_lead(lead: str, rests: list[str]) -> bool:
    words = lead.split()
    if len(words) > 5 or not all(r[:1].isupper() and len(r.split()) >= 2 for r in rests):
        return False  # "Kompetansepluss: arbeid", "…: frivillighet": one scheme's parts, named by it
    # (not "Bransjeprogram: Helse og omsorg": the scheme the names are part of)
    return words[0].isupper() and len(words[0]) >= 2 or any(w.casefold() in _OURS for w in words)


class Sections:
    name = "sections"

    def __init__(self) -> None:
        self._last: tuple | None = None

    def assess(self, doc: Document) -> Fit:
        result = self._parse(doc)
        measures = result.measures
        series = result.layout == "running_text" and all(not (m.goal_text or m.responsible_text) for m in measures)
        # (or, in running text or under headings the writer numbers as measures, "Tiltak 3 – …", a name and its text)
        told = series or bool(result.numbered)
        good = [m for m in measures if m.title and (m.goal_text or m.responsible_text or m.type_text or m.period_text
                                                     or m.partners_text or told and m.description)]
        if not good:
            reasons = ["no measure found: no heading, form table or name label followed by labelled fields"]
            return Fit(0.0, reasons + result.reasons)
        if not result.confident and not result.numbered:  # minutes with "Ansvarlig:" lines, numbers under headings: not a report
            return Fit(0.2, [f"{len(good)} sections with a name and a field, but none with a goal reference in "
                             "words or labels of two fields of a measure"] + result.reasons)
        score = (0.6 + 0.3 * min(1.0, len(good) / 3)) * (0.5 + 0.5 * len(good) / len(measures))
        reasons = [f"{len(good)} of {len(measures)} measures have a name and at least one labelled field"] + result.reasons
        if series:  # only names and texts, in a document about the strategy: any layout with fields goes first
            score = min(score, 0.5)
            reasons[0] = (f"{len(good)} paragraphs named by a bold first sentence in a report on the strategy, "
                          "no delmål or field given")
        return Fit(round(score, 3), reasons)

    def fit(self, doc: Document) -> float:
        return self.assess(doc).score

    def parse(self, doc: Document) -> ParseResult:
        return self._parse(doc)

    def _parse(self, doc: Document) -> ParseResult:
        # assess, then parse: one reading. The document itself is kept, not its id: a new document
        # may get a freed one's id.
        if self._last is not None and self._last[0] is doc and self._last[2] == len(doc.blocks):
            return self._last[1]
        its = items(doc)
        measures = self._segment(its)
        kept = [(m, r) for m, r in ((m, self._measure(i + 1, m)) for i, m in enumerate(measures)) if r is not None]
        kept = without_closing_text(without_notices(without_dates_only(without_guesses_alone(one_per_listing(built_up(
            without_overview(kept)))))))
        raw = _without_shared_start([r.model_copy(update={"index": i + 1}) for i, (_, r) in enumerate(kept)])
        raw = _worded_goals_of_chapters(_headings_of_no_goal(raw), [m.group_goal for m, _ in kept])
        confident = sum(1 for m, r in kept if r.title and surely_of_the_strategy(m.evidence, r))
        kinds = Counter("form_table" if m.form is not None else "label_paragraphs" if m.labelled
                        else "running_text" if m.origin == "prose" else "headings" for m in measures)
        layout = kinds.most_common(1)[0][0] if kinds else self.name
        heads = sum(1 for it in its if it.kind == "head")
        fields = Counter(it.field for it in its if it.kind == "field")
        forms = sum(1 for it in its if it.kind == "form")
        reasons = [f"read {len(its)} items: {heads} headings, {forms} form tables, "
                   + ", ".join(f"{k} ×{v}" for k, v in fields.most_common()) + " labelled"]
        others = [r for (m, _), r in zip(kept, raw) if m.other_group]
        numbered = sum(1 for m, _ in kept if m.numbered)
        result = ParseResult(measures=raw, layout=layout, reasons=reasons, confident=confident, others=others,
                             numbered=numbered if numbered >= 3 else 0)
        self._last = (doc, result, len(doc.blocks))
        return result

    def _segment(self, its: list[Item]) -> list[_Measure]:
        measures = _Segmenter(its).run() or _bold_lead_series(its)
        # Measures in running text are a report's form only when they are most of what it lists: one
        # paragraph naming a delmål is an e-mail's or an introduction's sentence.
        # (a paragraph named by its bold first words is set as a heading: kept like those under headings)
        prose = sum(1 for m in measures if m.origin == "prose")
        if prose and (prose < 2 or prose * 2 < len(measures)):
            measures = [m for m in measures if m.origin != "prose" or m.bold_lead]
        return measures

    @staticmethod
    def _measure(index: int, m: _Measure) -> RawMeasure | None:
        f = {k: join_paragraphs(v) for k, v in m.fields.items()}
        if m.group_type and not f.get("type"):
            f["type"] = m.group_type
        title = join_paragraphs(m.title)
        notes = list(m.notes)
        goal = f.get("goal", "")
        rel = re.search(r"\brelasjon til\b", title, re.I)
        if rel and rel.start() > 0:  # "Brev om lærlinger. Relasjon til NKPS tiltak nr 4." in the name
            title, goal = title[: rel.start()].strip(), join_paragraphs([goal, title[rel.start():]])
        title = _IN_ADDITION.sub("", title, count=1)  # "I tillegg: Lederutvikling …": one more measure, named after it
        told = _NAME_GOAL_COLON.match(title)
        if told and told["sep"] != ":" and not is_goal_line(told["goal"]):
            told = None  # ("KBU (delmål 1.1; råd/utvalg; ansvar: KD). Utvalget …": a bracket of facts, read below)
        if told and goal_reference(told["goal"]):  # "Name (delmål 2.2 og 2.4): what it is", run together with its text
            title, goal = told["name"], join_paragraphs([goal, told["goal"]])
            f["description"] = join_paragraphs([told["text"], f.get("description", "")])
            m.evidence.add("goal_ref")
        bracketed = bracket_facts(title) if "(" in title and m.title_from == "field" else None
        if bracketed and len(bracketed[1]) >= 2 and gives_goal(bracketed[1]):
            # "Tiltak: KBU (delmål 1.1; råd/utvalg; ansvar: KD; med …; 2024–2027). Utvalget leverte …"
            title = bracketed[0]
            for name, value in bracketed[1]:
                f.setdefault(name, value)
            if bracketed[2]:
                f["description"] = join_paragraphs([bracketed[2], f.get("description", "")])
            goal = goal or f.get("goal", "")
            m.evidence.add("goal_ref")
        leading = _LEADING_DELMAL.match(title)
        if leading and len(title) > leading.end():
            title, goal = title[leading.end():].strip(), goal or leading.group(1)
        trailing = _TRAILING_GOAL.search(title) or _TRAILING_DELMAL.search(title)
        if trailing and goal_reference(trailing.group(1)) and trailing.start() > 0:
            title = title[: trailing.start()].strip(" –-")
            # the name's own delmål, besides a goal field's ("(NKPS tiltak 4 og 7)" under "Strategien, tiltak 4")
            goal = join_paragraphs([goal, trailing.group(1)]) if goal and trailing.group(1) not in goal else goal or trailing.group(1)
            m.evidence.add("goal_ref")  # the name itself gives its delmål, as one in its words does
        if m.group_goal and (not goal or ALSO.search(goal) and "goal" not in m.evidence):
            # the heading's delmål; a line "Berører også delmål 2.3" under it adds to it
            goal = join_paragraphs([m.group_goal, goal]) if goal else m.group_goal
        if not goal:
            for k, source in enumerate((title, f.get("description", ""), *m.extra.values())):
                source = _without_keys(source) if k else source
                ref = goal_reference(source) if source else None
                if ref:
                    goal = ref
                    notes.append(f"goal_from_text: the goal '{ref}' was read from the measure's text")
                    if k == 0 or _tied_to_the_strategy(source, ref):
                        # the name itself says it, or the text says whose delmål it is ("følger opp delmål 2.2 i
                        # Nasjonal kompetansepolitisk strategi"); prose may only mention one
                        m.evidence.add("goal_ref")
                    break
        answers = [v for v in (title, goal, *(f.get(k) for k in ("type", "responsible", "partners", "roles", "period",
                                                                   "description"))) if v]
        if answers and sum(1 for v in answers if is_instruction(v)) * 2 >= len(answers):
            return None  # a blank template's guidance ("oppgi nummer på delmålet …"), not a measure
        known = sum(1 for k in ("type", "responsible", "partners", "roles", "period") if f.get(k)) + bool(goal)
        if title and is_delmal_code(title.strip()):
            return None  # "1.1" alone (a grid's column of codes read as lines): a delmål, no measure's name
        if not known and (not m.sibling and not m.other_group or is_other_answer(title)):
            return None  # ("Andre tiltak" says its bullets are measures; "Annet" over a closing word is none)
        if not title:
            from_text = not f.get("goal") and bool(goal)  # "NFD bidrar særlig til delmål 2.4 …": an introduction
            if known - from_text + bool(f.get("description")) < 2 or from_text and known == 1:
                return None
            notes.append("no_title: the measure's name was not found; its other fields were read")
        roles = f.get("roles")
        return RawMeasure(
            index=index, title=title, goal_text=goal or None, type_text=f.get("type") or None,
            responsible_text=(f.get("responsible") or roles) or None, partners_text=f.get("partners") or None,
            roles_combined=bool(roles) and not f.get("responsible"), description=f.get("description") or None,
            period_text=f.get("period") or None, extra=m.extra, notes=notes, heading=m.group_heading,
            goal_numbering=m.goal_numbering if goal and goal == f.get("goal", "") else None,
            provenance=Provenance(page=m.page, page_end=m.page_end, locator=m.where),
        )
