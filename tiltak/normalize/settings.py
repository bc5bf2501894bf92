"""Every setting a project may change, as pydantic models: unknown keys, wrong types and values out
of range are refused before any file is read, with the key, the value and what is allowed.

The defaults live in `normalize/data/settings.toml` and `matching.toml` (documented there); these
models say what each may be. Types are strict: "high" is no number, "0.5" (a string) neither.
"""

from __future__ import annotations

import difflib
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


Weight = float  # a log2 odds added to a pair's score: any sign
Share = Annotated[float, Field(ge=0.0, le=1.0)]


class Goals(_Section):
    text_threshold: float = Field(ge=0, le=100, description="similarity (0-100) a goal's wording needs to map to a delmål")
    heading_threshold: float = Field(ge=0, le=100, description="similarity (0-100) the heading over a measure that "
                                     "gives no delmål needs to give it the delmål it says in other words")


class Types(_Section):
    min_score: float = Field(ge=0, description="keyword score an inferred type needs")


class Thresholds(_Section):
    match: Share
    review: Share
    continuing_title: Share

    @model_validator(mode="after")
    def _ordered(self):
        if self.review > self.match:
            raise ValueError(f"review ({self.review}) must not be above match ({self.match})")
        return self


class Candidates(_Section):
    all_pairs_up_to: int = Field(ge=0)
    prefilter: int = Field(ge=0, le=100)
    max_candidates_per_measure: int = Field(ge=1)
    max_seconds: float = Field(gt=0)
    rare_word_max_titles: int = Field(ge=1)
    rare_word_max_share: Share


class Level(_Section):
    name: str
    min: Share
    weight: Weight


class Title(_Section):
    word_ratio: float = Field(ge=0, le=100)
    prefix_min_words: int = Field(ge=1)
    prefix_tail_below: Share
    prefix_tail_share: Share
    levels: list[Level] = Field(min_length=2)
    prefix_only_weight: Weight
    common_words_at_most: str
    cover: Share
    in_description: Share
    in_description_min_words: int = Field(ge=1)
    cover_at_most: Share
    named_head: Share
    named_head_max_share: Share

    @model_validator(mode="after")
    def _levels(self):
        mins = [lv.min for lv in self.levels]
        if mins != sorted(mins, reverse=True) or mins[0] != 1.0 or mins[-1] != 0.0:
            raise ValueError(f"levels must go from min 1.0 down to min 0.0 (got {mins})")
        names = [lv.name for lv in self.levels]
        if self.common_words_at_most not in names:
            raise ValueError(f"common_words_at_most must be one of the levels {names}")
        return self


class Organisations(_Section):
    reciprocal: Weight
    reciprocal_member: Weight
    separate_peers: Weight
    peers_one_scheme: Weight = 0.0
    shared_network: Weight
    network_min_shared: int = Field(ge=1)
    network_min_share: Share
    same_responsible: Weight
    responsible_overlap: Weight
    any_overlap: Weight
    no_overlap: Weight
    all_counties: Weight = 0.0


class Delmal(_Section):
    same: Weight
    overlap: Weight
    disjoint: Weight


class TypeWeights(_Section):
    same: Weight
    different: Weight
    event_and_other: Weight


class Years(_Section):
    same: Weight
    continues: Weight
    adjacent_ongoing: Weight
    adjacent: Weight
    apart: Weight
    apart_ongoing: Weight
    apart_open: Weight = -2.0
    apart_other_member: Weight = -2.0
    cross_year_cover: Share


class Dates(_Section):
    same: Weight
    different: Weight
    event_other_year: Weight
    other_horizon: Weight
    other_year: Weight
    editions: Weight = -1.0


class Document(_Section):
    listed_apart: Weight


class Names(_Section):
    shared: Weight
    common_share: Share = 0.1  # a name more than this share of the measures give tells nothing
    site: Weight = 3.0
    online_words: list[str] = []
    not_online: list[str] = []


class Succession(_Section):
    successor: Weight
    periods_apart: Weight
    term_after: Weight = 0.0
    survey_and_report: Weight
    evaluation_of: Weight = -6.0


class Region(_Section):
    other: Weight
    national_and_county: Weight
    one_county: Weight = 0.0


class Topic(_Section):
    max_titles: Annotated[int, Field(ge=1)]
    max_share: Share
    min_letters: Annotated[int, Field(ge=1)]
    review_from: Share


class Matching(_Section):
    prior: Weight
    thresholds: Thresholds
    candidates: Candidates
    title: Title
    organisations: Organisations
    delmal: Delmal
    type: TypeWeights
    years: Years
    dates: Dates
    document: Document
    names: Names
    succession: Succession
    region: Region
    topic: Topic


class Settings(_Section):
    goals: Goals
    types: Types
    matching: Matching


class OrganisationEntry(_Section):
    """An organisation a project adds (`[[organisations]]` in tiltak.toml)."""

    canonical: str = Field(min_length=1)
    full_name: str = ""
    aliases: list[str] | str = Field(default_factory=list)
    kind: str = "other"
    parent: str = ""


def problems(error: ValidationError, data: dict, model: type[BaseModel]) -> list[str]:
    """One line per problem: the key as written in TOML, the value given, and what is allowed."""
    out = []
    for e in error.errors():
        where = ".".join(str(x) for x in e["loc"])
        if e["type"] == "extra_forbidden":
            known = _keys_at(model, e["loc"][:-1])
            close = difflib.get_close_matches(str(e["loc"][-1]), known, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else f" (known here: {', '.join(known)})"
            out.append(f"{where}: unknown setting{hint}")
        elif e["type"] == "missing":
            out.append(f"{where}: missing")
        else:
            value = e.get("input")
            message = e["msg"].removeprefix("Value error, ").replace("Input should be", "must be")
            out.append(f"{where}: {message}" if isinstance(value, (dict, list)) else f"{where} = {value!r}: {message}")
    return out


def _keys_at(model: type[BaseModel], loc: tuple) -> list[str]:
    for part in loc:
        if isinstance(part, int):
            continue
        field = model.model_fields.get(str(part))
        annotation = getattr(field, "annotation", None)
        args = getattr(annotation, "__args__", ()) or ()
        inner = next((a for a in (annotation, *args) if isinstance(a, type) and issubclass(a, BaseModel)), None)
        if inner is None:
            return []
        model = inner
    return list(model.model_fields)
