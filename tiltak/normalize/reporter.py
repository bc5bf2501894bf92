"""Who sent a report and which year it covers: from the document (title page, headers and footers,
the file's title and author properties), else its file name."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import PurePosixPath

from tiltak.extract.records import DocumentInfo

from .orgs import Gazetteer

_YEAR = re.compile(r"(?<![\d–-])(20[1-4]\d)(?![\d]|\s*[–-]\s*20\d\d)")
_STRATEGY = re.compile(r"20\d\d\s*[–-]\s*20\d\d")


def _candidate_lines(info: DocumentInfo) -> list[str]:
    lines = [info.metadata.get("title", ""), info.metadata.get("subject", "")]
    return [ln for ln in lines + info.title_lines[:6] + info.headers + info.footers if ln]


def find_reporter(info: DocumentInfo, path: str, texts: list[str], gazetteer: Gazetteer) -> tuple[str | None, str | None]:
    """(reporter, how): how is 'document', 'file_name', 'guessed' or None."""
    for line in _candidate_lines(info) + [info.metadata.get("author", "")]:
        found = gazetteer.find(line)
        if found:
            return found[0].canonical, "document"
    stem = PurePosixPath(path).stem.replace("_", " ").replace("-", " ")
    found = gazetteer.find(stem, any_case=True)
    if found:
        return found[0].canonical, "file_name"
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
    years = re.findall(r"(?<!\d)(20[1-4]\d)(?!\d)", PurePosixPath(path).name)
    if years:
        return int(years[-1]), "file_name"
    counts = Counter(int(y) for text in texts for y in _YEAR.findall(_STRATEGY.sub(" ", text or "")))
    if counts:
        return counts.most_common(1)[0][0], "guessed"
    return None, None
