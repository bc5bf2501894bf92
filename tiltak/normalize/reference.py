"""Reference data, read from the data files in normalize/data/ and extract/data/ (the areas and the types,
which extraction reads too), and a user's tiltak.toml."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from tiltak.extract.text import fold  # noqa: F401 - normalize imports it from here
from tiltak.extract.vocabulary import area_names, type_spellings


def data_path(name: str) -> Path:
    return Path(str(resources.files("tiltak.normalize") / "data" / name))


def read_csv(name: str) -> list[dict[str, str]]:
    with open(data_path(name), encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]


@dataclass(frozen=True)
class Delmal:
    code: str
    omrade: int
    text: str


@dataclass(frozen=True)
class Organisation:
    canonical: str
    full_name: str
    aliases: tuple[str, ...]
    kind: str
    parent: str | None

    def names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((self.canonical, self.full_name, *self.aliases)))


@dataclass
class Reference:
    areas: dict[int, str]
    delmal: dict[str, Delmal]
    crosswalk: dict[int, str]
    type_spellings: dict[str, str]
    types: tuple[str, ...]
    organisations: list[Organisation] = field(default_factory=list)

    def omrade_of(self, code: str) -> int:
        return self.delmal[code].omrade


@cache
def load_reference() -> Reference:
    areas = dict(area_names())  # (a copy: extraction reads the same)
    delmal = {r["delmal"]: Delmal(r["delmal"], int(r["omrade"]), r["text"]) for r in read_csv("delmal.csv")}
    crosswalk = {int(r["tiltak"]): r["delmal"] for r in read_csv("nkps_tiltak.csv")}
    # one list for both layers (extraction knows a type among a line's facts by it); a copy, as the areas
    spellings = dict(type_spellings())
    types = tuple(dict.fromkeys(spellings.values()))
    orgs = [organisation_from_row(r) for r in read_csv("organisations.csv")]
    return Reference(areas, delmal, crosswalk, spellings, types, orgs)


def organisation_from_row(row: dict[str, str]) -> Organisation:
    aliases = tuple(a.strip() for a in re.split(r"\|", row.get("aliases", "") or "") if a.strip())
    return Organisation(
        canonical=row["canonical"].strip(),
        full_name=(row.get("full_name") or row["canonical"]).strip(),
        aliases=aliases,
        kind=(row.get("kind") or "other").strip(),
        parent=(row.get("parent") or "").strip() or None,
    )


@lru_cache(maxsize=1)
def bokmal_forms() -> dict[str, str]:
    """Nynorsk word forms -> the Bokmål ones (nynorsk.csv), folded: "vaksne" -> "voksne"."""
    return {fold(r["nynorsk"]): fold(r["bokmal"]) for r in read_csv("nynorsk.csv") if not r["nynorsk"].startswith("#")}
