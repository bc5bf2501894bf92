"""Looking at a file before a reader opens it: what it really is, and whether it is safe to open.

The answers are sentences for the analyst: "the file is empty", "the file is an HTML page, not a
PDF (only its name ends in .pdf)", "legacy Word .doc: save it as .docx or PDF", "the Word file
would inflate to 2 GB (a zip bomb?)".
"""

from __future__ import annotations

import zipfile
from pathlib import Path

MAX_INFLATED_MB = 500  # a .docx that unpacks to more than this is not opened
MAX_RATIO = 200  # nor one whose parts compress better than this (a zip bomb)
MIN_BOMB_MB = 10  # ... when such a part is larger than this (real document.xml: well under 5 MB)

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy Office (.doc, .xls) container


def what_is(head: bytes) -> str:
    """A short name for what the first bytes of a file say it is."""
    if head.startswith(b"%PDF") or b"%PDF-" in head[:1024]:
        return "PDF"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if head.startswith(_OLE):
        return "legacy Office file"
    if head.startswith(b"{\\rtf"):
        return "RTF document"
    text = head[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<!doctype html", b"<html", b"<head", b"<body")):
        return "HTML page"
    if text.startswith(b"<?xml"):
        return "XML file"
    if head[:4] in (b"\x89PNG", b"GIF8") or head[:3] == b"\xff\xd8\xff":
        return "image"
    try:
        head[:512].decode("utf-8")
        return "text file"
    except UnicodeDecodeError:
        return "binary file"


def check(path: Path, max_inflated_mb: int | None = None) -> str | None:
    """Why `path` cannot be read as the report its name says, or None when it looks fine."""
    size = path.stat().st_size
    if size == 0:
        return "the file is empty (0 bytes)"
    with open(path, "rb") as fh:
        head = fh.read(2048)
    kind = what_is(head)
    suffix = path.suffix.lower()
    if suffix == ".pdf" and kind != "PDF":
        return f"the file is a {kind}, not a PDF (only its name ends in .pdf)"
    if suffix in (".xlsx", ".xlsm"):
        if kind == "legacy Office file":
            return "the file is a legacy Excel .xls renamed to .xlsx: open it in Excel and save it as .xlsx"
        if kind != "zip":
            return f"the file is a {kind}, not an Excel workbook (only its name ends in {suffix})"
        return _check_workbook(path, max_inflated_mb or MAX_INFLATED_MB)
    if suffix == ".docx":
        if kind == "legacy Office file":
            return "the file is a legacy Word .doc renamed to .docx: open it in Word and save it as .docx or PDF"
        if kind != "zip":
            return f"the file is a {kind}, not a Word document (only its name ends in .docx)"
        return _check_package(path, max_inflated_mb or MAX_INFLATED_MB)
    return None


def _open_package(path: Path, what: str, max_inflated_mb: int) -> tuple[set[str], str | None]:
    """The part names of a zip package (.docx, .xlsx), or why it is not opened: damaged, or it
    would inflate too far (a zip bomb: too large in all, or a part that compresses too well)."""
    try:
        with zipfile.ZipFile(path) as package:
            infos = package.infolist()
    except zipfile.BadZipFile:
        return set(), f"the {what} is damaged (its zip package cannot be opened); ask the sender for a new copy"
    inflated = sum(i.file_size for i in infos)
    if inflated > max_inflated_mb * 1024 * 1024:
        return set(), (f"the {what} would inflate to {inflated / 1024 / 1024:,.0f} MB when opened "
                       f"(more than {max_inflated_mb} MB; a zip bomb?); it was not opened")
    swollen = [i for i in infos if i.file_size > MIN_BOMB_MB * 1024 * 1024 and i.file_size / max(i.compress_size, 1) > MAX_RATIO]
    if swollen:
        part = max(swollen, key=lambda i: i.file_size)
        return set(), (f"the {what}'s {part.filename} would inflate {part.file_size / max(part.compress_size, 1):,.0f} "
                       f"times, to {part.file_size / 1024 / 1024:,.0f} MB, when opened (more than {MAX_RATIO:,} times; "
                       "a zip bomb, or text padded by a program?); it was not opened")
    return {i.filename for i in infos}, None


def _check_workbook(path: Path, max_inflated_mb: int) -> str | None:
    names, problem = _open_package(path, "workbook", max_inflated_mb)
    if problem:
        return problem
    if "xl/workbook.xml" not in names:
        return "the file is a zip archive but not an Excel workbook (no xl/workbook.xml)"
    return None


def _check_package(path: Path, max_inflated_mb: int) -> str | None:
    names, problem = _open_package(path, "Word file", max_inflated_mb)
    if problem:
        return problem
    if "word/document.xml" not in names:
        if "[Content_Types].xml" in names and any(n.startswith(("xl/", "ppt/")) for n in names):
            return "the file is an Excel or PowerPoint file named .docx; save the report as .docx or PDF"
        return "the file is a zip archive but not a Word document (no word/document.xml)"
    with zipfile.ZipFile(path) as package, package.open("word/document.xml") as part:
        if b"purl.oclc.org/ooxml/wordprocessingml" in part.read(4096):
            return ("the Word file is saved as 'Strict Open XML', which python-docx cannot open; "
                    "save it as an ordinary .docx (Word: Save As, 'Word Document')")
    return None


LEGACY = {".doc": "a legacy Word .doc file: open it in Word and save it as .docx or PDF",
          ".xls": "a legacy Excel .xls file: open it in Excel and save it as .xlsx",
          ".ods": "an OpenDocument spreadsheet: save it as .xlsx",
          ".rtf": "an RTF file: open it in Word and save it as .docx or PDF",
          ".odt": "an OpenDocument text: save it as .docx or PDF",
          ".wpd": "a WordPerfect file: save it as .docx or PDF"}
