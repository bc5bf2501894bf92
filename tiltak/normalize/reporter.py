"""Who sent a report and which year it covers: from the document (title page, headers and footers,
the file's title and author properties), else its file name."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from pathlib import PurePosixPath

from tiltak.extract.records import DocumentInfo

from .orgs import Gazetteer, county_place

_YEAR = re.compile(r"(?<![\d–-])(20[1-4]\d)(?![\d]|\s*[–-]\s*20\d\d)")
_STRATEGY = re.compile(r"20\d\d\s*[–-]\s*20\d\d")
_OF_THE_STRATEGY = re.compile(r"strategi|nkps|periode|perioden|plan|handlingsprogram|program", re.I)  # a term that is the strategy's or a plan's


# an address ends with a postal code and place ("0032 Oslo", "NO-7004 Trondheim")
_POSTAL = re.compile(r"^\s*(?:NO?-)?\d{4}(?:\s+[^\W\d_][\w.-]*){1,2}\s*$")


def _candidate_lines(info: DocumentInfo) -> list[str]:
    """The lines that may name the reporter, the likeliest first. A letter opens with addresses (its
    sender's letterhead, then the addressee's, each down to a postal code): the lines after the last
    address come first, the addresses last, the addressee's after the sender's."""
    lines = [info.metadata.get("title", ""), info.metadata.get("subject", "")]
    first, addresses = info.title_lines[:6], []
    ends = [k for k, ln in enumerate(info.title_lines[:8]) if _POSTAL.match(ln)]
    if ends:  # (a letterhead in the page header is the sender's: before the addresses)
        first, addresses = info.title_lines[ends[-1] + 1:ends[-1] + 7], info.title_lines[:ends[-1] + 1]
    contents = next((k for k, ln in enumerate(first) if _CONTENTS.match(ln)), None)
    if contents is not None:  # a table of contents names measures and partners, not the sender: its entries left out
        after = info.title_lines[info.title_lines.index(first[contents]) + 1:][:14]
        first = first[:contents] + [ln for ln in after if not _ENTRY.search(ln)][:6]
    lines = [ln for ln in lines + first + info.headers + info.footers + addresses if ln]
    # an e-mail's header: its addressees ("Til:", "Kopi:", "Til Kompetanse Norge, sekretariatet …") come last
    return [ln for ln in lines if not _ADDRESSEES.match(ln)] + [ln for ln in lines if _ADDRESSEES.match(ln)]


_ENTRY = re.compile(r"(?:\s|\.{2,})\d{1,3}\s*$")  # a contents entry: "Bakgrunn 1", "Karriere Vestland ..... 3" (not a year)
_CONTENTS = re.compile(r"^\s*(?:innhold|innhald|innholdsfortegnelse|innhaldsliste|innhaldsoversikt|contents)\s*:?\s*$", re.I)


def _the_secretariats(line: str) -> bool:
    """A line of the addressee's or the secretariat's form: "Til Kompetanse Norge, …", "Vedlegg:
    Rapporteringsmal fra Kompetanse Norge", a form's header "Kompetanse Norge Rapporteringsskjema – …"."""
    return bool(_ADDRESSEES.match(line) or _FORM_OF.search(line))


_SENDER = re.compile(r"^\s*(?:fra|from|avsender)\s*:.*@([\w-]+)\.[a-z]{2,}\b", re.I)
_ADDRESSEES = re.compile(r"^\s*(?:(?:til|to|kopi|cc|bcc|blindkopi|mottaker)\s*:|til\s+(?-i:[A-ZÆØÅ]))", re.I)
# a sentence that names where the report goes: "… ber om at den sendes Kompetanse Norge innen fristen"
_SENT_TO = re.compile(r"\b(?:sendes|oversendes|sendast|vert sendt|sendt)\s+(?:til\s+)?(?=(?-i:[A-ZÆØÅ]))", re.I)
_FORM_OF = re.compile(r"\b(?:rapporteringsmal\w*|rapporteringsskjema\w*|(?:mal|skjema)\s+fr[aå])\b", re.I)  # (not "LOs sekretariat")


def find_reporter(info: DocumentInfo, path: str, texts: list[str], gazetteer: Gazetteer) -> tuple[str | None, str | None]:
    """(reporter, how): how is 'document', 'file_name', 'guessed' or None."""
    for line in info.title_lines[:8]:  # an e-mail's sender: "Fra: Kari Nordmann <kari@lo.no>" names LO
        sender = _SENDER.match(line)
        if sender and (canonical := gazetteer.lookup(sender.group(1))):
            return canonical, "document"
    lines = _candidate_lines(info)
    own = {info.metadata.get("title", ""), info.metadata.get("subject", "")}  # the file's own title: the sender's
    late = [ln for ln in lines if ln not in own and _the_secretariats(ln)]
    # the author's name before the addressee's and the secretariat's form's lines
    for line in [ln for ln in lines if ln not in late] + [info.metadata.get("author", "")] + late:
        found = gazetteer.find(line.replace("_", " "))  # ("HK-dir_tiltak_2021.xlsx", a sheet's name as its title)
        sent_to = {m.end() for m in _SENT_TO.finditer(line)}
        found = [f for f in found if f.start not in sent_to]  # (not where it is sent: "… sendes Kompetanse Norge")
        if found:
            return found[0].canonical, "document"
    stem = PurePosixPath(path).stem.replace("_", " ")
    spaced = stem.replace("-", " ")
    found = gazetteer.find(stem, any_case=True) or gazetteer.find(spaced, any_case=True)
    if found:  # "HK-dir_tiltak_2021" is HK-dir, "LO-Stat-2022" LO Stat
        return found[0].canonical, "file_name"
    spelt = _in_ascii(spaced, gazetteer)
    if spelt:
        return spelt, "file_name"
    counts = Counter(m.canonical for text in texts for m in gazetteer.find(text))
    if counts:
        (top, n), *rest = counts.most_common(2) + [(None, 0)]
        if n >= 3 and n >= 2 * rest[0][1]:
            return top, "guessed"
    return None, None


def find_year(info: DocumentInfo, path: str, texts: list[str]) -> tuple[int | None, str | None]:
    """(year, how): the year a title or header line names, else the file name's, else the most common."""
    for line in _candidate_lines(info):
        years = _YEAR.findall(_STRATEGY.sub(" ", line))
        if years:
            return int(years[0]), "document"
        term = _STRATEGY.search(line)
        if term and not _OF_THE_STRATEGY.search(line):  # "Regjeringens tiltaksoversikt 2025–2026": from its first year
            return int(term.group(0)[:4]), "document"  # (not a plan's or a programme's term: "Regional plan … 2021–2033")
    years = re.findall(r"(?<!\d)(20[1-4]\d)(?!\d)", PurePosixPath(path).name)
    if years:
        return int(years[-1]), "file_name"
    counts = Counter(int(y) for text in texts for y in _YEAR.findall(_STRATEGY.sub(" ", text or "")))
    if counts:
        return counts.most_common(1)[0][0], "guessed"
    return None, None


def _ascii(text: str) -> str:
    """Letters as a file name without æ, ø and å writes them: "Trøndelag" -> "trondelag"."""
    text = text.lower().replace("ø", "o").replace("æ", "ae")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


@lru_cache(maxsize=4)
def _ascii_names(gazetteer: Gazetteer) -> list[tuple[str, str]]:
    """Every name with æøå, and every county's place, as a file name writes it, longest first."""
    names: dict[str, str] = {}
    for org in gazetteer.orgs.values():
        for name in org.names():
            key = _ascii(name)
            if len(key) >= 4 and key != name.lower():  # a name with æøå: the plain one was looked for already
                names.setdefault(key, org.canonical)
            place = _ascii(county_place(name))
            if org.kind == "county" and len(place) >= 4 and place != key:
                names.setdefault(place, org.canonical)
    return sorted(names.items(), key=lambda kv: len(kv[0]), reverse=True)


def _in_ascii(stem: str, gazetteer: Gazetteer) -> str | None:
    """The organisation a file name spells without æøå ("trondelag_fk_2022", "more_og_romsdal"):
    its names and its place's name, whole words, the longest first."""
    text = _ascii(stem)
    for key, canonical in _ascii_names(gazetteer):
        if re.search(rf"(?<![a-z]){re.escape(key)}(?![a-z])", text):
            return canonical
    return None
