"""The field labels members write, in one data file (`data/labels.csv`), and the one function that
recognises them: as a table cell, a line of its own, "Label: value", or a bold run-in label.

Every layout parser asks `match_label` (or `label_field` for text that can only be a label, such as
a header cell). Matching is on folded text: case, punctuation and spacing are ignored, a leading
number ("3.", "b)") and a hint in parentheses ("(maks en halv side)") are dropped, a hint after the
label ("Beskrivelse, stikkord") is allowed, and a long label may be misspelt slightly.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field as dc_field
from functools import cached_property, lru_cache
from importlib import resources

from rapidfuzz import fuzz, process

from .settings import SETTINGS
from .text import fold

FIELDS = ("title", "goal", "type", "responsible", "partners", "roles", "description", "period", "count", "other",
          "section")
# (and a questionnaire's question number: "Spørsmål 1 – Namn på tiltaket", "Spm. 3: Type tiltak")
_LEADING_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[a-zA-Z][.)]|[ivxIVX]{1,4}[.)]|"
                             r"(?:spørsmål|spørsmål|spm\.?|question|q)\s*\d{1,2}[.:)]?\s*[–—:-]?)\s+(?=\S)", re.I)
_PARENS = re.compile(r"\((?!\s*\d{1,3}\s*\)\s*$)[^)]*\)|\[[^\]]*\]")  # (not a count after the words: "NKPS-tiltak (5)", a filter)
# (" = ": a system's export, "DELMAAL = 1.3"; " | ": a database's record view, "delmaal | {2.4}")
_SEPARATORS = (":", " = ", " | ", " – ", " - ", " — ", "\t")
_WRAPPED_BAR = re.compile(r"\s+\+\s+\|\s+")  # "… for industri, + | bygg og renhold": a value wrapped, marked


@dataclass(frozen=True)
class Vocabulary:
    labels: dict[str, str]  # folded label -> field
    hints: tuple[str, ...]
    values: dict[str, str]  # folded answer that names its field -> field
    heads: dict[str, str]  # a word that makes any short label before a colon name its field
    boxes: frozenset[str] = frozenset()  # titles of a fact box beside a measure ("Fakta"): no content
    asks: dict[str, str] = dc_field(default_factory=dict)  # how a question starts ("hvem", "hva slags") -> field
    columns: dict[str, str] = dc_field(default_factory=dict)  # labels only over a table's column ("Innsats")
    cards: frozenset[str] = frozenset()  # words a report sets before each measure's name ("Oppskrift: …")
    statuses: frozenset[str] = frozenset()  # where a measure stands, before its name ("Vidareført: …")
    other_types: frozenset[str] = frozenset()  # a type's answer that names none of the types ("Annet")

    @cached_property
    def by_length(self) -> list[str]:
        return sorted(self.labels, key=len, reverse=True)


def _data_rows(name: str) -> list[dict[str, str]]:
    """The rows of one of extraction's data files (extract/data/), comment lines left out."""
    text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")))


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    labels: dict[str, str] = {}
    hints: list[str] = []
    values: dict[str, str] = {}
    heads: dict[str, str] = {}
    boxes: set[str] = set()
    cards: set[str] = set()
    statuses: set[str] = set()
    other_types: set[str] = set()
    asks: dict[str, str] = {}
    columns: dict[str, str] = {}
    for row in _data_rows("labels.csv"):
        kind, key = row["field"].strip(), fold(row["text"])
        if kind == "hint":
            hints.append(key)
        elif kind.startswith("value:"):
            values[key] = kind.split(":", 1)[1]
        elif kind.startswith("head:"):
            heads[key] = kind.split(":", 1)[1]
        elif kind.startswith("ask:"):
            asks[key] = kind.split(":", 1)[1]
        elif kind.startswith("column:"):
            columns[key] = kind.split(":", 1)[1]
        elif kind == "box":
            boxes.add(key)
        elif kind == "card":
            cards.add(key)
        elif kind == "status":
            statuses.add(key)
        elif kind == "other_type":
            other_types.add(key)
        elif kind in FIELDS:
            labels.setdefault(key, kind)
        else:
            raise ValueError(f"labels.csv: unknown field {kind!r}")
    return Vocabulary(labels, tuple(hints), values, heads, frozenset(boxes), asks, columns, frozenset(cards),
                      frozenset(statuses), frozenset(other_types))


@lru_cache(maxsize=1)
def _section_words() -> frozenset[str]:
    return frozenset(fold(row["text"]) for row in _data_rows("labels.csv") if row["field"].strip() == "section")


def names_a_section(label: str) -> bool:
    """A label that is also a report's own section ("Vedlegg", "Bakgrunn"), whatever field it names first; or a
    heading over the report's figures ("Tall fra kommunesektoren", "Nøkkeltal 2026")."""
    key = label_key(label)
    return key in _section_words() or bool(_FIGURES.match(key))


# ("Tall og nøkkeltall", "Tall fra kommunesektoren", "Nøkkeltal 2026"; not "Nøkkeltall for fagskolene", a publication)
_FIGURES = re.compile(r"^(?:tall|tal|nøkkeltall|nøkkeltal)(?:\s+(?:og\s+nøkkelta(?:ll|l)|(?:fra|frå)\s+\S.*|(?:19|20)\d{2}))?$")


def is_card_word(text: str) -> bool:
    """"Oppskrift", "Tiltakskort": a word a report sets before each measure's name, no part of it."""
    return fold(text) in vocabulary().cards


def is_other_answer(text: str) -> bool:
    """A type's answer that names none of the types: "Annet", "Anna", "Annet (avtale)", "Annen type"."""
    return fold(re.sub(r"\s*\(.*$", "", text or "")) in vocabulary().other_types


def is_status(text: str) -> bool:
    """"Videreført", "Nytt i loggen": where a measure stands, set before its name, no part of it."""
    return fold(text) in vocabulary().statuses


def is_box_title(text: str) -> bool:
    """"Fakta", "Faktaboks": the title of a box of fields beside a measure, which names nothing."""
    return fold(text) in vocabulary().boxes


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def reference_words() -> frozenset[str]:
    """Long words of the strategy's and the gazetteer's texts ("kompetansebehovsutvalget",
    "karriereveiledning"), lower case: a word a narrow cell broke is mended when it is one of them."""
    from ..normalize.reference import read_csv  # (the reference data are normalize's)

    texts = [r["text"] for name in ("delmal.csv", "nkps_tiltak.csv") for r in read_csv(name)]
    texts += [r["expansions"].replace("|", " ") for r in read_csv("abbreviations.csv")]
    texts += [" ".join((r["full_name"], r["aliases"].replace("|", " "))) for r in read_csv("organisations.csv")]
    return frozenset(w for t in texts for w in re.findall(r"[^\W\d_]{10,}", t.casefold()))


@lru_cache(maxsize=1)
def reference_vocabulary() -> frozenset[str]:
    """Every word of three letters or more in the reference data (the strategy's texts, the gazetteer,
    abbreviations, Nynorsk forms, type words, labels), lower case: words of their own ("ansatte",
    "vurdering"), never the end of a word a narrow column broke."""
    from ..normalize.reference import data_path

    files = [data_path(name) for name in ("delmal.csv", "nkps_tiltak.csv", "organisations.csv", "abbreviations.csv",
                                          "nynorsk.csv", "type_keywords.csv", "generic_heads.txt", "stopwords.txt")]
    files += [resources.files("tiltak.extract") / "data" / name for name in ("labels.csv", "types.csv", "areas.csv")]
    return frozenset(w for f in files for w in re.findall(r"[^\W\d_]{3,}", f.read_text(encoding="utf-8").casefold()))


def label_words() -> frozenset[str]:
    """Every word of every label, lower case."""
    return frozenset(w for label in vocabulary().labels for w in label.split())


@dataclass(frozen=True)
class Label:
    """A label found in a text: its field, the label as written, and the answer after it."""

    field: str
    label: str
    value: str
    how: str  # "alone" | "separator" | "run-in"
    loose: bool = False  # known only by a head word ("Knytning til strategien:"), not as a whole label


def label_key(text: str) -> str:
    """The folded text a label is looked up by: no leading number, no parentheses, no colon."""
    text = _LEADING_NUMBER.sub("", text.strip(), count=1)
    return fold(_PARENS.sub(" ", text))


_BRACKETED = re.compile(r"\(([^()]{3,30})\)")
_QUESTION_WORDS = frozenset("hva hvem hvilke hvilket hvilken hvor hvordan når kva kven kvar kor korleis".split())


def label_field(text: str, colon: bool = False) -> str | None:
    """The field `text` names when the whole text is a label ("Ansvarleg:", "3. Beskrivelse av
    tiltaket (maks en halv side)"), else None. `colon`: the text stands before a colon, so a short
    phrase around a field's head word is a label too ("Knytning til strategien", "Ansvarlig enhet")."""
    # a question, maybe with a note after it ("Hvilke delmål …? (flere svar mulig)")
    asking = bool(text) and re.sub(r"\s*\([^()]*\)$", "", text.strip().rstrip(":")).endswith("?")
    if not text or len(text) > SETTINGS.labels.max_length * (2 if asking else 1):  # a question may say more
        return None
    key = label_key(text)
    if "/" in text and _names_both_roles(text):
        return "roles"  # "Ansvarlig / med", "Kven (ansvarleg / med)": each answer names both, in that order
    if colon or text.rstrip().endswith(":"):
        # in a label's place a question needs no question mark: "Hvilket delmål i strategien tiltaket støtter"
        field = _field_of_key(key) or _by_head_word(key) or (_asked(key) if key.split()[:1] and key.split()[0] in _QUESTION_WORDS else None)
        if field:
            return field
    field = _field_of_key(key)
    if field is None and asking:
        field = _asked(key)
    if field is None and text.strip().rstrip(":").endswith(".") and " " not in key:
        field = _abbreviated(key)
    if field is None and "/" in text:
        field = _bilingual(text)
    if field is None and re.search(r"\w-\w", text):  # "Samarbeids-partnere": a word its writer broke
        field = _field_of_key(label_key(re.sub(r"(?<=\w)-(?=\w)", "", text)))
    if field is None and colon and (inner := _BRACKETED.search(text)):
        field = _field_of_key(label_key(inner.group(1)))  # "Hvorfor (delmål)": the field in brackets
    if field is None and _ASCII_LETTERS.search(key):  # "DELMAAL": æ, ø, å written as a system must
        field = label_field(_ASCII_LETTERS.sub(lambda m: _NORWEGIAN[m.group(0)], key), colon)
    return field


_TRAILING_YEAR = re.compile(r"\s+(?:i|for|pr\.?|per)?\s*(?:19|20)\d{2}(?:\s*[–-]\s*(?:19|20)?\d{2})?\s*:?\s*$", re.I)


_NORWEGIAN = {"aa": "å", "oe": "ø", "ae": "æ"}
_ASCII_LETTERS = re.compile("aa|oe|ae")


def combined_fields(text: str) -> list[str]:
    """The fields a header names together ("Ansvar og samarbeid", "Type / tidsrom", "Tiltak og
    beskrivelse"), in order, when every part is a label; else []."""
    parts = [p for p in re.split(r"\s*(?:/|&|\bog\b|\band\b|,)\s*", (text or "").strip().rstrip(":"), flags=re.I)
             if p.strip()]
    if len(parts) < 2:
        return []
    fields = [label_field(p, colon=True) for p in parts]
    if None in fields or "section" in fields or len(set(fields)) < len(fields):
        return []
    return [f for f in fields if f != "other"]


def _by_head_word(key: str) -> str | None:
    words = key.split()
    if not words or len(words) > SETTINGS.labels.head_word_max_words:
        return None
    fields = {vocabulary().heads[w] for w in words if w in vocabulary().heads}
    return fields.pop() if len(fields) == 1 else None


def _asked(key: str) -> str | None:
    """A label written as a question ("Hvem står bak?", "Hvilke delmål i strategien?", "Kva slags
    tiltak?"): the field of a head word in it, else of how the question starts."""
    words = key.split()
    asks = vocabulary().asks
    start = next((" ".join(words[:n]) for n in range(len(words), 0, -1) if " ".join(words[:n]) in asks), None)
    if not words or len(words) > SETTINGS.labels.head_word_max_words + 4:
        return None  # a long question is one in the text, not a label
    if _SPOKEN.search(key) and not _NAMES_IT.intersection(words):
        return None  # "Hvem har ansvaret for at vi lærer hele livet?": a question in a dialogue, not a form's
    if start is not None and len(start.split()) > 1:
        return asks[start]  # "hva slags", "hvem samarbeider": said by the start itself
    if len(words) > SETTINGS.labels.head_word_max_words + 2:
        return None
    fields = {vocabulary().heads[w] for w in words if w in vocabulary().heads}
    if len(fields) == 1:
        return fields.pop()
    if start and len(words) > 5 and not _ABOUT_IT.intersection(words):
        return None  # "Hvordan påvirker ny teknologi kompetansebehovet i varehandelen?": a study's name, asking of its own
    return asks.get(start) if start else None


# a clause of the speaker's own after the question's start: "… for at vi lærer", "… når jeg ikke kan"
_SPOKEN = re.compile(r"\b(?:at|når|om|hvis|viss|dersom|fordi)\s+(?:vi|me|jeg|eg|du)\b")


_NAMES_IT = frozenset("tiltaket tiltak prosjektet ordningen ordninga satsingen satsinga aktiviteten".split())


# what a form's question asks about: the measure itself, or those who report it ("Hva har dere gjort …?")
_ABOUT_IT = frozenset("tiltaket tiltaka tiltak prosjektet ordningen ordninga aktiviteten arbeidet satsingen satsinga "
                      "dere de dykk vi det dette målet målgruppen målgruppa".split())


def _names_both_roles(text: str) -> bool:
    """A label that names the responsible and the partners apart by a slash, whole or in its brackets."""
    inner = _BRACKETED.search(text)
    return _bilingual(text) == "roles" or bool(inner) and _bilingual(inner.group(1)) == "roles"


def _bilingual(text: str) -> str | None:
    """A label in two languages or two words for one field: "Measure / Tiltak", "Ansvarlig/ansvarleg";
    "Ansvarlig / samarbeidspartnere" names both roles."""
    parts = [p for p in re.split(r"\s*/\s*", text.strip().rstrip(":")) if p.strip()]
    if len(parts) < 2:
        return None
    fields = {_field_of_key(label_key(p)) for p in parts}
    if None in fields:
        return None
    if fields == {"responsible", "partners"}:
        return "roles"
    return fields.pop() if len(fields) == 1 else None


@lru_cache(maxsize=1024)
def _abbreviated(key: str) -> str | None:
    """An abbreviated label ("Samarb.", "Beskr."): the start of labels of one field only."""
    if len(key) < 3:
        return None
    fields = {f for label, f in vocabulary().labels.items() if label.startswith(key)}
    return fields.pop() if len(fields) == 1 else None


@lru_cache(maxsize=4096)
def _field_of_key(key: str) -> str | None:
    if not key:
        return None
    vocab = vocabulary()
    if key in vocab.labels:
        return vocab.labels[key]
    cuts = [i for i, ch in enumerate(key) if ch == " "]
    for cut in reversed(cuts):  # the longest label the key starts with, then a hint
        if key[:cut] in vocab.labels and _is_hint(key[cut:].strip()):
            return vocab.labels[key[:cut]]
    if len(key) >= SETTINGS.labels.fuzzy_min_length and not any(ch.isdigit() for ch in key):
        best = process.extractOne(key, vocab.labels.keys(), scorer=fuzz.ratio,
                                  score_cutoff=SETTINGS.labels.fuzzy_ratio)
        if best is not None and len(best[0].split()) == len(key.split()):  # a slip, not a label and a word
            return vocab.labels[best[0]]
    return None


def _is_hint(tail: str) -> bool:
    """A hint after a label ("kort", "maks en halv side"); never numbers, which are an answer."""
    if any(ch.isdigit() for ch in tail):
        return False
    # a condition ends the label: "Samarbeid (om relevant)", never "Samarbeid om relevant utdanning"
    return any(tail == h or tail.startswith(h + " ") and h.split()[0] not in ("om", "hvis", "dersom")
               for h in vocabulary().hints)


def export_key(head: str) -> bool:
    """The text before " = " is a system export's key ("DELMAAL = 1.3"), not an abbreviation explained
    ("DM = delmål i strategien")."""
    return len(head.strip()) >= 4


def match_label(text: str, lead: str | None = None) -> Label | None:
    """The label `text` starts with, if any, and the answer after it.

    `lead`: the paragraph's leading run when it is styled apart from the rest (bold or italic),
    so "**Ansvarleg** NAV og fylkeskommunen" is a label with its answer."""
    text = (text or "").strip()
    if not text:
        return None
    for sep in _SEPARATORS:
        head, found, rest = text.partition(sep)
        if sep == " = " and not export_key(head):
            continue
        if sep == " | ":
            head, rest = head.lstrip("| "), _WRAPPED_BAR.sub(" ", rest).rstrip("| ")  # ("| Ansvar | LO |": a row's bars)
            if " | " in rest:
                continue  # a row of several cells, not a key and its value
        if sep in (" | ", " = "):
            rest = _array_items(rest)
        if found and head.strip() and len(head) <= SETTINGS.labels.max_length:
            field = label_field(head, colon=sep in (":", " = "))
            if field == "goal" and sep in (" – ", " - ", " — ") and rest.strip()[:1].islower() \
                    and not any(ch.isdigit() for ch in rest):
                continue  # "NKPS-TILTAK – rapporteres til …": a heading, no delmål after a dash
            if field:
                return Label(field, head.strip(), rest.strip(), "separator" if rest.strip() else "alone",
                             loose=label_field(head) is None)
    lead = (lead or "").strip()
    if lead and text.startswith(lead) and len(lead) < len(text):
        field = label_field(lead.rstrip(":").strip())
        if field:
            return Label(field, lead.rstrip(":").strip(), text[len(lead):].strip(" :\t"), "run-in")
    field = label_field(text.rstrip(":").strip())
    if field:
        return Label(field, text.rstrip(":").strip(), "", "alone")
    return None


def _array_items(value: str) -> str:
    """A database's array written as its literal ("{NHO,LO,\"HK-dir\"}", "{1.4,2.3}"): its items, a comma
    between; any other value as it is."""
    inner = value.strip()
    if not (inner.startswith("{") and inner.endswith("}")) or "{" in inner[1:-1]:
        return value
    return ", ".join(x.strip() for x in next(csv.reader([inner[1:-1]], skipinitialspace=True)) if x.strip())


def leading_label(text: str, max_words: int = 4) -> tuple[str, str, str] | None:
    """A known label the text opens with and the answer after it, with nothing between them
    ("Type tiltak Arrangement", "Samarbeidspartnere NAV, KS"): (field, label, answer), the longest
    label first; None when the text opens with none or has no answer after it."""
    words = (text or "").split()
    for n in range(min(max_words, len(words) - 1), 0, -1):
        field = vocabulary().labels.get(label_key(" ".join(words[:n])))
        if field and field not in ("other", "section"):
            found = re.match(r"\s*(?:\S+\s+){%d}" % n, text)
            return field, " ".join(words[:n]), text[found.end():].strip()
    return None


def value_field(text: str) -> str | None:
    """The field an answer names by itself ("Kurs/utdanning" is a type)."""
    return vocabulary().values.get(fold(text))


@lru_cache(maxsize=1)
def area_names() -> dict[int, str]:
    """The strategy's three areas (innsatsområder) by number (areas.csv)."""
    return {int(r["omrade"]): r["name"].strip() for r in _data_rows("areas.csv")}


@lru_cache(maxsize=1)
def _area_keys() -> dict[str, int]:
    return {fold(name): k for k, name in area_names().items()}


_AREA = re.compile(r"^(?:(?:(?:hoved|hovud)?innsatsområde|(?:hoved|hovud)?område)\s*)?([1-3])\b[.:)]?\s*(.*)$", re.I)


def is_area(text: str) -> bool:
    """A line's part that names one of the strategy's areas: "2 Læring i arbeidslivet", "Innsatsområde
    2", "Læring i arbeidslivet" (the delmål says it too: a measure's area is never its own field)."""
    text = (text or "").strip()
    names = _area_keys()
    if fold(text) in names:
        return True
    m = _AREA.match(text)
    if not m:
        return False
    number, rest = int(m.group(1)), fold(m.group(2))
    return names.get(rest) == number or (not rest and text[:1].isalpha())


@lru_cache(maxsize=1)
def type_spellings() -> dict[str, str]:
    """Every spelling of a measure's type (types.csv): folded
    spelling -> canonical type. Wider than `value_field`'s type words, which name the type on a line of
    their own ("Rapport" alone is a heading; "Delmål 2.2 · Rapport · 2021" gives a type)."""
    return {fold(r["spelling"]): r["type"].strip() for r in _data_rows("types.csv")}


def spells_a_type(text: str) -> bool:
    """A type's word or any of its spellings ("Kurs", "Undersøkelse", "Kunnskapsgrunnlag")."""
    return value_field(text) == "type" or fold(text) in type_spellings()


def header_field(text: str) -> str | None:
    """A header cell's field; a header wrapped over two lines shows only its start ("Samarbeidspartnere og").
    A cell is a label's place, so a short phrase around a field's head word counts too."""
    field = label_field(text, colon=True)
    if field:
        return field
    key = label_key(text)
    if key in vocabulary().columns:
        return vocabulary().columns[key]
    if (bare := _TRAILING_YEAR.sub("", text)) != text and bare.strip() and label_field(bare, colon=True) == "title":
        return "title"  # "Tiltak 2023": the measures of that year (a year after "Tidsrom" is its answer)
    if "/" in text:  # two names for one column, one of them a label: "Oppdrag/tiltak", "Leverandør/samarbeid"
        named = {header_field(p) for p in text.split("/") if p.strip()} - {None, "other"}
        if len(named) == 1:
            return named.pop()
    if len(key) < 5:
        return None
    for label in vocabulary().by_length:
        if label.startswith(key + " "):  # whole words: "Prosjekt" is no start of "Prosjektnavn"
            return vocabulary().labels[label]
    return _compound_label(key)


# the labels that make a compound header name their field: "Kontraktsperiode", "Prosjektansvarlig" (not
# "Trepartssamarbeid", "Deltakerantall", "Medieomtale": compounds of other words)
_COMPOUND_HEADS = ("periode", "perioden", "ansvarlig", "ansvarleg")


@lru_cache(maxsize=1024)
def _compound_label(key: str) -> str | None:
    """A one-word header ending in a label that compounds ("Kontraktsperiode" is a period); a label of
    its own ("Rapporteringsperiode") was looked up first."""
    if " " in key:
        return None
    head = next((h for h in _COMPOUND_HEADS if key.endswith(h) and len(key) > len(h) + 2), None)
    return vocabulary().labels[head] if head else None
