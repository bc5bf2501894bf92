"""Organisations: the gazetteer, splitting joint entries, and roles in free text.

Names are matched on NFC text. A one-word name written with a capital ("Spekter", "Virke",
"Delta", "KD") only matches with that capital in running text, because the same word in lower
case is ordinary Norwegian ("et bredt spekter", "virke", "delta i"); in a list of names (a table
cell) every name matches in any case.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, cached_property

from rapidfuzz import fuzz, process

from .reference import Organisation, fold

# Separators between names in a list of organisations. "/" inside "kommune-/fylkeskommune" is not one.
_SEPARATORS = re.compile(r"\s*(?:[,;&+\n]|(?<!-)/|\.\s+(?=[A-ZÆØÅ])|\bog\b|\bsamt\b|\band\b|\bi samarbeid med\b|\bsammen med\b)\s*")
_FILLERS = re.compile(r"^(?:m\.?\s?fl\.?|mfl\.?|med flere|m\.?\s?m\.?|osv\.?|etc\.?|o\.?\s?a\.?|m\.?fl|flere|andre|ulike|div\.?)$", re.I)
_TRAILING_FILLER = re.compile(r"\s+(?:m\.?\s?fl\.?|mfl\.?|med flere|m\.\s?m\.?)\s*$", re.I)
_MENTION = re.compile(r"^@[^\W\d_]")
_MENTION_MARK = re.compile(r"(?:^|\s+)@(?=[^\W\d_])")
_PARENS = re.compile(r"\s*\(([^()]*)\)")
# Words that lead into a name ("fra næringslivet") or qualify it ("som arbeidsgivere", "på oppdrag fra").
_LEAD = re.compile(r"^(?:(?:fra|i|ved|for|hos|via|med|og|samt|også|både|ulike|flere|alle|andre|egne|de|relevante)\s+)+", re.I)
_QUALIFIER = re.compile(r"^(?:som\b|på oppdrag\b|på vegne\b|etter behov\b|ved behov\b)", re.I)
_STOPWORDS = {"i", "og", "fra", "på", "for", "med", "til", "av", "som", "ved", "oppdrag", "vegne", "samt", "eller", "the"}


@dataclass(frozen=True)
class Mention:
    canonical: str
    start: int
    end: int
    raw: str


def _pattern(alias: str) -> str:
    words = [re.escape(w) for w in alias.split()]
    return r"\s+".join(words)


GROUP = "group"  # a kind of actor ("skoler", "egne medlemmer"), not one organisation


class Gazetteer:
    def __init__(self, organisations: list[Organisation]):
        self.orgs: dict[str, Organisation] = {}
        for org in organisations:
            self.orgs[org.canonical] = org  # a later row (the user's file) wins
        self._by_fold: dict[str, str] = {}
        strict, loose, groups = [], [], []
        for org in self.orgs.values():
            for name in org.names():
                self._by_fold.setdefault(fold(name), org.canonical)
                if org.kind == GROUP:
                    groups.append(name)
                elif len(name.split()) == 1 and name[:1].isupper():
                    strict.append(name)
                else:
                    loose.append(name)
        self._names = (strict, loose, groups)
        self._choices = list(self._by_fold)

    @cached_property
    def _patterns(self) -> tuple[re.Pattern | None, re.Pattern | None, re.Pattern | None]:
        """(strict, loose, any case): compiled when first needed (a run from the cache may need none)."""
        strict, loose, groups = self._names
        return self._compile(strict, 0), self._compile(loose, re.I), self._compile(strict + loose + groups, re.I)

    @staticmethod
    def _compile(names: list[str], flags: int) -> re.Pattern | None:
        if not names:
            return None
        alts = "|".join(_pattern(n) for n in sorted(set(names), key=len, reverse=True))
        return re.compile(rf"(?<![\w-])(?:{alts})(?:s|’s|'s)?(?![\w-])", flags)

    def org(self, canonical: str) -> Organisation | None:
        return self.orgs.get(canonical)

    def parent_of(self, canonical: str) -> str | None:
        org = self.orgs.get(canonical)
        return org.parent if org else None

    def lookup(self, name: str) -> str | None:
        """The canonical name for one written name: exact (any case), genitive, or a close spelling."""
        key = fold(name)
        if not key:
            return None
        if key in self._by_fold:
            return self._by_fold[key]
        if key.endswith("s") and key[:-1] in self._by_fold:
            return self._by_fold[key[:-1]]
        if len(key) >= 6:
            best = process.extractOne(key, self._choices, scorer=fuzz.ratio, score_cutoff=92)
            if best:
                return self._by_fold[best[0]]
        return None

    def is_group(self, canonical: str) -> bool:
        org = self.orgs.get(canonical)
        return org is not None and org.kind == GROUP

    def find(self, text: str, any_case: bool = False) -> list[Mention]:
        """Known organisations named in `text`, in order, longest name first where they overlap.

        Running text (the default) only finds names; `any_case` is for a list of names (a table
        cell): any case, and kinds of actors ("skoler", "egne medlemmer") too."""
        text = unicodedata.normalize("NFC", text)
        found: list[Mention] = []
        strict, loose, any_case_names = self._patterns
        patterns = [any_case_names] if any_case else [strict, loose]
        for pattern in patterns:
            if pattern is None:
                continue
            for m in pattern.finditer(text):
                canonical = self.lookup(m.group(0))
                if canonical:
                    found.append(Mention(canonical, m.start(), m.end(), m.group(0)))
        found.sort(key=lambda x: (x.start, -(x.end - x.start)))
        kept: list[Mention] = []
        for m in found:
            if kept and m.start < kept[-1].end:
                continue
            kept.append(m)
        return kept

    def split_entry(self, text: str | None) -> tuple[list[str], list[str]]:
        """A list of names as written in a cell -> (canonical names, unknown names as written).

        "Spekter og LO Stat" -> Spekter, LO Stat; "LO/Fellesforbundet" -> LO, Fellesforbundet;
        "KD, Kompetanse Norge, partene" -> KD, Kompetanse Norge, Partene; "KS m. fl." -> KS.
        """
        if not text or not text.strip():
            return [], []
        text = unicodedata.normalize("NFC", text).strip().rstrip(".")
        text = _TRAILING_FILLER.sub("", text)
        if _MENTION.match(text):  # "@LO @NHO Mat og drikke": names as an intranet's mentions
            text = ", ".join(x.strip() for x in _MENTION_MARK.split(text) if x.strip())
        # Names that contain a separator ("Møre og Romsdal fylkeskommune") are kept whole.
        kept: list[str] = []
        protected = text
        for m in reversed(self.find(text, any_case=True)):
            if _SEPARATORS.search(m.raw):
                kept.append(m.raw)
                protected = f"{protected[:m.start]}\ue000{len(kept) - 1}\ue001{protected[m.end:]}"
        names: list[str] = []
        unknown: list[str] = []
        for piece in _SEPARATORS.split(protected):
            piece = re.sub(r"\ue000(\d+)\ue001", lambda g: kept[int(g.group(1))], piece)
            cleaned = _PARENS.sub("", piece).strip(" ,.-–:")
            if not cleaned or _FILLERS.match(cleaned) or not re.search(r"\w", cleaned) or _QUALIFIER.match(cleaned) \
                    or all(w.casefold() in _STOPWORDS for w in cleaned.split()):
                continue
            for found in self._names_in_piece(cleaned):
                target = unknown if found not in self.orgs else names
                if found not in target:
                    target.append(found)
        return names, unknown

    def _names_in_piece(self, piece: str) -> list[str]:
        """Canonical names in one piece of a list, or the piece as written when it is a name
        tiltak does not know ("Kanalprosjektet Telemark AS" is not Telemark)."""
        canonical = self.lookup(piece) or self.lookup(_LEAD.sub("", piece).strip())
        if canonical:
            return [canonical]
        mentions = self.find(piece, any_case=True)
        rest = piece
        for m in reversed(mentions):
            rest = rest[:m.start] + " " + rest[m.end:]
        leftover = [w for w in re.findall(r"[\w-]+", rest) if w.casefold() not in _STOPWORDS and not _LEAD.match(w + " ")]
        if mentions and not leftover:
            if len(mentions) == 2 and piece[mentions[0].end:mentions[1].start].strip().lower() in ("", "i") \
                    and self._branch_place(*mentions):
                return [mentions[0].canonical]  # "NHO Vestland", "LO i Vestland": the body's branch there
            return [m.canonical for m in mentions]
        return [_LEAD.sub("", piece).strip() or piece]

    def _branch_place(self, body: Mention, place: Mention) -> bool:
        """Whether `place` is only a county's place named after another body ("NAV Vestland")."""
        org = self.org(place.canonical)
        return org is not None and org.kind == "county" and body.canonical != place.canonical \
            and fold(place.raw) == county_place(place.canonical) and self.org(body.canonical) is not None \
            and self.org(body.canonical).kind != "county"


# -- roles in free text ---------------------------------------------------------------------
# A sentence that says who is responsible; organisations before it (and before any partner
# clause that follows) are responsible, the rest are partners.
_RESPONSIBLE_CUE = re.compile(
    r"\b(?:ansvarlig|ansvaret|har ansvar|står bak|står ansvarlig|eier|initiert|igangsatt|leder|arrangerer|"
    r"gjennomfører|er arrangør|hovedansvarlig)\b", re.I)
_PARTNER_CLAUSE = re.compile(
    r"\b(?:med bidrag fra|i samarbeid med|samarbeidsprosjekt med|med|hvor|der|i tillegg til|og det er|"
    r"bidragsyter\w*|samarbeidspartner\w*|deltar|bidrar|innlegg fra)\b", re.I)
_PARTNER_CUE = re.compile(
    r"\b(?:samarbeidspartner\w*|bidragsyter\w*|bidrar|bidrag|deltar|deltakere|i samarbeid med|innlegg fra|"
    r"samarbeider med|partnere|involvert)\b", re.I)
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ0-9«\"])")


def roles_in_text(text: str | None, gazetteer: Gazetteer) -> tuple[list[str], list[str]]:
    """Responsible and partner organisations named in a free-text answer.

    "Spekter står bak tiltaket med Kompetanse Norge som bidragsyter." -> [Spekter], [Kompetanse Norge]
    """
    responsible: list[str] = []
    partners: list[str] = []
    if not text:
        return responsible, partners
    for sentence in _SENTENCES.split(text):
        mentions = gazetteer.find(sentence)
        if not mentions:
            continue
        cue = _RESPONSIBLE_CUE.search(sentence)
        if cue:
            clause = next((m for m in _PARTNER_CLAUSE.finditer(sentence, cue.start()) if m.start() >= cue.start()), None)
            boundary = clause.start() if clause else len(sentence)
            for m in mentions:
                (responsible if m.start < boundary else partners).append(m.canonical)
        else:
            partners.extend(m.canonical for m in mentions)
    responsible = list(dict.fromkeys(responsible))
    partners = [p for p in dict.fromkeys(partners) if p not in responsible]
    return responsible, partners


def looks_like_list(text: str) -> bool:
    """A list of names ("KD, Udir og KS") rather than sentences about them."""
    pieces = [p for p in _SEPARATORS.split(_PARENS.sub("", text)) if p.strip()]
    return bool(pieces) and max(len(p.split()) for p in pieces) <= 6 and not _RESPONSIBLE_CUE.search(text) \
        and not _PARTNER_CUE.search(text)


def county_place(name: str) -> str:
    """A county council's place, folded: "Møre og Romsdal fylkeskommune" -> "møre og romsdal"."""
    return re.sub(r"\s*fylkeskommun\w*$", "", fold(name)).strip()


@cache
def _successions() -> frozenset[tuple[str, str]]:
    """(county, the county it took over from) of the county reforms, by place, folded (county_successions.csv)."""
    from .reference import read_csv

    return frozenset((fold(r["county"]), fold(r["took_over_from"])) for r in read_csv("county_successions.csv"))


def succeeds(a: str, b: str) -> bool:
    """Whether one county took over from the other (Vestland from Sogn og Fjordane in 2020, Akershus from
    Viken in 2024): a county council or its place, either way round."""
    x, y = county_place(a), county_place(b)
    return x != y and ((x, y) in _successions() or (y, x) in _successions())


@cache
def _reference_gazetteer() -> Gazetteer:
    from .reference import load_reference

    return Gazetteer(load_reference().organisations)


def organisation_named(text: str) -> str | None:
    """The canonical name when `text` is one known organisation's name, with its short name in brackets or
    not ("Kunnskapsdepartementet (KD)"); None for any other text."""
    return _reference_gazetteer().lookup(re.sub(r"\s*\([^()]{1,15}\)\s*$", "", text or ""))


def ministry_named(text: str) -> str | None:
    """The canonical name when `text` is a ministry's name ("Kunnskapsdepartementet (KD)"), else None."""
    canonical = organisation_named(text)
    org = _reference_gazetteer().org(canonical) if canonical else None
    return canonical if org is not None and org.kind == "ministry" else None
