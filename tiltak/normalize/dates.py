"""Timing text -> start and end year, ongoing, and ISO dates where a day is given.

"13. September", "21. september 2017", "Oppstart var i 2013", "igangsatt i 2016 og vil pågå
løpende", "2018–2019", "Starter 2019", "En dags varighet i september 2017", "Igangsatt våren
2017, varighet to år".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTHS = {name: i + 1 for i, name in enumerate(
    ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
     "desember"))}
MONTHS.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "okt": 10,
               "nov": 11, "des": 12})
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_YEAR = r"(?:19[89]\d|20[0-4]\d)"
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})\s*\.?\s*({_MONTH})\.?(?:\s+({_YEAR}))?\b", re.I)
_NUMERIC_DATE = re.compile(rf"\b(\d{{1,2}})\.(\d{{1,2}})\.({_YEAR})\b")
_RANGE = re.compile(rf"\b({_YEAR})\s*(?:[-–—/]\s*((?:19|20)?\d{{2}})(?!\d|\.\d)|\s+til\s+({_YEAR})\b)")  # "2016–2020." ends a sentence
_YEAR_RE = re.compile(rf"\b({_YEAR})\b")
_END_CUE = re.compile(rf"\b(?:avsluttet|avsluttes|ferdig|ferdigstilt|slutt|ut|til og med|innen|frem til|fram til|"
                      rf"levere\w*|sluttført)\s+(?:i\s+|høsten\s+|våren\s+|sommeren\s+|{_MONTH}\s+)?({_YEAR})", re.I)
_ONGOING = re.compile(r"\b(?:løpende|pågår|pågående|pågå|hvert år|årlig|årlige|fast|permanent|kontinuerlig|jevnlig|"
                      r"videreført|videreføres|fortsetter|ordinær drift|vil fortsette)\b", re.I)
# a start with no end, written as such: "2019–", "fra 2019", "2016 og framover"
_OPEN_START = re.compile(rf"\b{_YEAR}\s*[-–—]+\s*(?:$|[,;.)]|\s+(?:og|→))|\b(?:fra|frå|siden|sidan|f\.o\.m\.?)\s+{_YEAR}\b"
                         rf"(?!\s*(?:[-–—/]|til)\s*\d)|\b{_YEAR}\s*(?:→|->|og\s+(?:fremover|framover|utover))", re.I)
_DURATION = re.compile(r"\bvarighet\s+(?:på\s+)?(\w+)\s+år\b", re.I)
_NUMBER_WORDS = {"ett": 1, "en": 1, "ei": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "1": 1, "2": 2, "3": 3,
                 "4": 4, "5": 5, "6": 6}


@dataclass
class Period:
    start_year: int | None = None
    end_year: int | None = None
    ongoing: bool = False
    start_date: date | None = None
    end_date: date | None = None


def _full_year(start: int, text: str) -> int:
    value = int(text)
    return value if value >= 100 else start // 100 * 100 + value


def parse_period(text: str | None, default_year: int | None = None) -> Period:
    """Read timing text; a day and month without a year take the text's own year, else `default_year`."""
    out = Period()
    if not text:
        return out
    years = [int(y) for y in _YEAR_RE.findall(text)]
    context_year = years[0] if years else default_year
    dates: list[date] = []
    for m in _NUMERIC_DATE.finditer(text):
        d = _date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if d:
            dates.append(d)
    for m in _DAY_MONTH.finditer(text):
        year = int(m.group(3)) if m.group(3) else context_year
        if year is None:
            continue
        d = _date(year, MONTHS[m.group(2).lower()], int(m.group(1)))
        if d:
            dates.append(d)
    dates.sort()
    if dates:
        out.start_date = dates[0]
        out.end_date = dates[-1] if len(dates) > 1 else None
    range_m = _RANGE.search(text)
    if range_m:
        start = int(range_m.group(1))
        end = _full_year(start, range_m.group(2) or range_m.group(3))
        if end >= start:
            out.start_year, out.end_year = start, end
    end_m = _END_CUE.search(text)
    # A year that is only named as the end ("går ut 2018") says nothing about the start.
    end_only = {int(end_m.group(1))} if end_m and years.count(int(end_m.group(1))) == 1 else set()
    all_years = [y for y in years if y not in end_only] + [d.year for d in dates]
    if out.start_year is None and all_years:
        out.start_year = min(all_years)
    if end_m and (out.start_year is None or int(end_m.group(1)) >= out.start_year):
        out.end_year = int(end_m.group(1))
    duration = _DURATION.search(text)
    if duration and out.start_year is not None and out.end_year is None:
        n = _NUMBER_WORDS.get(duration.group(1).lower())
        if n:
            out.end_year = out.start_year + n
    if out.end_year is None and out.end_date is not None and out.end_date.year != out.start_year:
        out.end_year = out.end_date.year
    out.ongoing = bool(_ONGOING.search(text))
    return out


def open_ended(text: str | None) -> bool:
    """Timing written as a start with no end ("2019–", "fra 2019", "2016 og framover"): it runs on,
    though it does not say "løpende"."""
    return bool(text) and bool(_OPEN_START.search(text)) and parse_period(text).end_year is None


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
