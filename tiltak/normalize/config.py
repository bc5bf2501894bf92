"""Settings with documented defaults (normalize/data/settings.toml), and a project's own
`tiltak.toml` that adds organisations and aliases or changes settings without touching code.

    [[organisations]]
    canonical = "Nav Vestland"
    aliases = ["NAV Vestland"]
    kind = "agency"
    parent = "NAV"

    [goals]
    text_threshold = 70

    [matching.thresholds]
    match = 0.95
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from .reference import Organisation, data_path, load_reference, organisation_from_row
from .settings import OrganisationEntry, Settings, problems

PROJECT_FILE = "tiltak.toml"


class ConfigError(ValueError):
    """A project file that cannot be used: the message names the file, the key and what is allowed."""


@dataclass
class Config:
    settings: dict = field(default_factory=dict)
    organisations: list[Organisation] = field(default_factory=list)
    source: str | None = None

    def get(self, section: str, key: str):
        return self.settings[section][key]


def _merge(base: dict, extra: dict) -> dict:
    out = dict(base)
    for key, value in extra.items():
        out[key] = _merge(out[key], value) if isinstance(value, dict) and isinstance(out.get(key), dict) else value
    return out


def load_config(*search_dirs: str | Path | None, path: str | Path | None = None) -> Config:
    """Defaults, then the first tiltak.toml found in `search_dirs` (or the file at `path`)."""
    with open(data_path("settings.toml"), "rb") as fh:
        settings = tomllib.load(fh)
    with open(data_path("matching.toml"), "rb") as fh:
        settings["matching"] = tomllib.load(fh)
    orgs = list(load_reference().organisations)
    chosen = Path(path) if path else next(
        (Path(d) / PROJECT_FILE for d in search_dirs if d and (Path(d) / PROJECT_FILE).is_file()), None)
    if chosen is None:
        return Config(settings, orgs, None)
    try:
        with open(chosen, "rb") as fh:
            project = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{chosen}: cannot read the project file: {exc}") from exc
    rows = project.pop("organisations", []) or []
    if not isinstance(rows, list):
        raise ConfigError(f"{chosen}: organisations must be a list of [[organisations]] tables")
    for i, row in enumerate(rows):
        if not isinstance(row, dict) or not str(row.get("canonical", "")).strip():
            raise ConfigError(f"{chosen}: organisation {i + 1} needs a 'canonical' name")
        try:
            OrganisationEntry.model_validate(row)
        except ValidationError as exc:
            lines = problems(exc, row, OrganisationEntry)
            raise ConfigError(f"{chosen}: organisation {i + 1} ({row['canonical']}): " + "; ".join(lines)) from None
        aliases = row.get("aliases", [])
        if isinstance(aliases, str):
            aliases = [aliases]
        orgs.append(organisation_from_row({
            "canonical": str(row["canonical"]),
            "full_name": str(row.get("full_name", "") or row["canonical"]),
            "aliases": "|".join(str(a) for a in aliases),
            "kind": str(row.get("kind", "other")),
            "parent": str(row.get("parent", "") or ""),
        }))
    merged = _merge(settings, project)
    try:
        Settings.model_validate(merged)
    except ValidationError as exc:
        lines = problems(exc, merged, Settings)
        raise ConfigError(f"{chosen}: " + (lines[0] if len(lines) == 1 else "\n  " + "\n  ".join(lines))) from None
    return Config(merged, orgs, str(chosen))
