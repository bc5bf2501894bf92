"""What extraction hands on: raw measure records with provenance, and one result per file."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field



def shown_name(path, root=None) -> str:
    """A file's path below `root` as text any writer takes. A name whose bytes are not UTF-8 (old
    zip tools write Latin-1) is read as Windows-1252, so "Østfold.pdf" is shown as such."""
    import os
    from pathlib import Path

    path = Path(path)
    rel = path.relative_to(root).as_posix() if root else path.name
    try:
        rel.encode("utf-8")
        return rel
    except UnicodeEncodeError:
        raw = os.fsencode(rel)
        try:
            return raw.decode("cp1252")
        except UnicodeDecodeError:
            return raw.decode("latin-1")

class Provenance(BaseModel):
    file: str = Field("", description="Path of the source file, relative to the reports folder")
    sha256: str = Field("", description="SHA-256 of the source file's bytes")
    page: int | None = Field(None, description="First page the measure appears on (PDF only)")
    page_end: int | None = Field(None, description="Last page the measure appears on (PDF only)")
    locator: str = Field("", description="Where in the document, e.g. 'list item 3 + form 3' or 'table 1 row 12'")


# a measure's facts besides its name and text, by their labels' fields; the same as a RawMeasure's fields;
# and those with the text: every field a measure's text gives besides its name
FACT_FIELDS = ("goal", "type", "responsible", "partners", "period")
FACT_TEXTS = tuple(f"{f}_text" for f in FACT_FIELDS)
READ_FIELDS = (*FACT_TEXTS, "description")


class RawMeasure(BaseModel):
    """A measure as the layout parser read it: text only, nothing interpreted yet."""

    index: int = Field(description="Position of the measure in its document, from 1")
    title: str
    goal_text: str | None = Field(None, description="The goal reference as written (code, old number or text)")
    goal_numbering: Literal["old"] | None = Field(
        None, description="'old' when the goal's label or column says its numbers are the strategy's old tiltak numbers")
    type_text: str | None = None
    responsible_text: str | None = None
    partners_text: str | None = None
    roles_combined: bool = Field(False, description="responsible_text names both the responsible and the partners")
    description: str | None = None
    period_text: str | None = None
    heading: str | None = Field(None, description="The heading over the measure's heading or name, when it gives no "
                                "delmål by code: the delmål in its words, or a chapter's name")
    extra: dict[str, str] = Field(default_factory=dict, description="Labelled fields no column is meant for")
    notes: list[str] = Field(default_factory=list, description="Parser remarks, as 'code: message'")
    provenance: Provenance = Field(default_factory=Provenance)


class SelfCheck(BaseModel):
    """A total the document prints about itself, compared with what was parsed."""

    document: str = ""
    check: str
    printed: int | str
    parsed: int | str

    @property
    def ok(self) -> bool:
        return str(self.printed) == str(self.parsed)


class DocumentInfo(BaseModel):
    """What a document says about itself, for finding its reporter and year."""

    title_lines: list[str] = Field(default_factory=list)
    headers: list[str] = Field(default_factory=list)
    footers: list[str] = Field(default_factory=list)
    metadata: dict[str, str] = Field(default_factory=dict)
    pages_not_read: list[str] = Field(default_factory=list, description="pages left out, with why")
    ocr_pages: dict[int, float] = Field(default_factory=dict, description="scanned pages read by OCR, with their mean word confidence (0-100)")


Status = Literal["ok", "failed", "skipped"]


class FileResult(BaseModel):
    """The outcome of extracting one file."""

    path: str
    status: Status
    format: str | None = None
    sha256: str | None = None
    size: int | None = None
    pages: int | None = None
    layout: str | None = None
    fit: float | None = None
    measures: list[RawMeasure] = Field(default_factory=list)
    self_checks: list[SelfCheck] = Field(default_factory=list)
    info: DocumentInfo = Field(default_factory=DocumentInfo)
    error: str | None = None
    first_lines: list[str] = Field(default_factory=list)
    seconds: float = 0.0
    cached: bool = False
    duplicate_of: str | None = None
    stopped: Literal["timeout", "memory", "crash", "startup"] | None = Field(
        None, description="Why the worker reading this file was stopped, when it was")
    traceback: str | None = Field(None, description="For --debug only: where a reader failed")
