"""The normalized measure: the dataset's row, validated.

Field order is column order in measures.csv / measures.parquet; the descriptions are the data
dictionary (README, JSON Schema).
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .reference import load_reference

WARNING_CODES = {
    "no_reporter": "the report's sender could not be found in the document or its file name",
    "reporter_guessed": "the sender was taken from the organisation the report names most often",
    "no_year": "the report year could not be found in the document or its file name",
    "year_guessed": "the report year was taken from the years the report mentions most often",
    "no_delmal": "no delmål could be found for the measure",
    "delmal_inferred": "the delmål was inferred from goal wording, not stated as a code or number",
    "unknown_goal": "a goal number or code that the strategy does not have",
    "type_inferred": "the type was not stated; it was inferred from the title and description",
    "unknown_type": "a stated type that is none of the six types; counted as Annet, the words kept in type_raw",
    "no_type": "no type was stated and none could be inferred",
    "unknown_org": "an organisation that is not in the gazetteer; kept as written",
    "title_in_partners": "the partner field repeats the measure's title (a slip in the report)",
    "no_responsible": "no responsible organisation was stated",
    "goal_conflict": "the list and the form of a numbered report disagree on the goal",
    "no_form": "a numbered report lists the measure but has no form for it",
    "unknown_field": "the report has a labelled field tiltak has no column for; kept in 'extra'",
    "no_title": "the measure's name was not found; its other fields were read",
    "goal_from_text": "no goal field; the goal was read from a reference in the measure's title or text",
    "ocr_text": "read by OCR from a scanned page; check the spelling",
    "responsible_from_text": "no responsible field; who runs the measure was read from its sentences",
    "partners_from_text": "no partner field; who it is run with was read from the measure's sentences",
    "period_from_text": "no period field; when it runs was read from the measure's sentences",
}


class Measure(BaseModel):
    """One measure as one report gave it, normalized, with the raw text beside each value."""

    model_config = ConfigDict(validate_assignment=False)

    measure_id: str = Field(description="Stable id: the file's SHA-256 prefix and the measure's position in it")
    cluster_id: str | None = Field(None, description="The deduplicated measure (row of tiltak.csv) this report of it belongs to")
    content_key: str | None = Field(None, description="Key of the measure's content (reporter, year, title, delmål); review decisions refer to it")
    source_file: str = Field(description="Source file, relative to the reports folder")
    source_sha256: str = Field(description="SHA-256 of the source file")
    page: int | None = Field(None, description="First page of the measure (PDF only)")
    locator: str = Field("", description="Where in the document the measure was read")
    layout: str = Field(description="Layout parser that read the document")
    reporter: str | None = Field(None, description="Organisation that sent the report (canonical name)")
    report_year: int | None = Field(None, description="Year the report covers")
    title: str = Field(description="The measure's name as written")
    delmal: list[str] = Field(default_factory=list, description="Delmål codes the measure serves (1.1-3.6)")
    omrade: list[int] = Field(default_factory=list, description="Main areas (1-3) of those delmål")
    nkps_tiltak: list[int] = Field(default_factory=list, description="The strategy's old tiltak numbers (1-16), as reported")
    delmal_raw: str | None = Field(None, description="The goal reference as written")
    delmal_source: Literal["code", "old_number", "text", "inferred"] | None = Field(
        None, description="How the delmål was found: stated code, old number, matched wording, or inferred")
    type: str | None = Field(None, description="One of the six types, or Annet when the stated type is none of them (its words in type_raw)")
    type_raw: str | None = Field(None, description="The type as written")
    type_source: Literal["stated", "inferred"] | None = Field(None, description="Whether the type was stated or inferred")
    responsible: list[str] = Field(default_factory=list, description="Responsible organisations (canonical names)")
    responsible_raw: str | None = Field(None, description="The responsible field as written")
    partners: list[str] = Field(default_factory=list, description="Partner organisations (canonical names)")
    partners_raw: str | None = Field(None, description="The partner field as written")
    description: str | None = Field(None, description="Description as written")
    period: str | None = Field(None, description="Timing and duration as written")
    status: str | None = Field(None, description="Where the report says the measure stands, as written (Videreført, Nytt, "
                                                 "Pågår …), from a status field or after its name")
    start_year: int | None = Field(None, description="Year the measure started, from the timing text")
    end_year: int | None = Field(None, description="Year the measure ends or ended, when stated")
    ongoing: bool = Field(False, description="The timing text says the measure continues (løpende, årlig …)")
    start_date: date | None = Field(None, description="First date given with a day")
    end_date: date | None = Field(None, description="Last date given with a day, when there are several")
    warnings: list[str] = Field(default_factory=list, description="Warning codes for this measure")
    warning_messages: list[str] = Field(default_factory=list, description="The warnings as 'code: message'")

    @field_validator("delmal")
    @classmethod
    def _known_delmal(cls, value: list[str]) -> list[str]:
        known = load_reference().delmal
        bad = [v for v in value if v not in known]
        if bad:
            raise ValueError(f"unknown delmål {bad}")
        return value

    @field_validator("omrade")
    @classmethod
    def _known_area(cls, value: list[int]) -> list[int]:
        if any(v not in (1, 2, 3) for v in value):
            raise ValueError(f"unknown area in {value}")
        return value

    def add_warning(self, code: str, message: str) -> None:
        self.warnings.append(code)
        self.warning_messages.append(f"{code}: {message}")
