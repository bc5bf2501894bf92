"""datapackage.json: a Frictionless Data Package describing every CSV a run writes.

Field names, types and descriptions come from the pydantic models where there is one (measures,
tiltak); multi-valued fields are Table Schema `list` fields with their "; " delimiter. Keys:
measures.measure_id and tiltak.cluster_id are primary keys; measures.cluster_id refers to
tiltak.cluster_id.
"""

from __future__ import annotations

import datetime as dt
import json
import types
import typing
from pathlib import Path

from pydantic import BaseModel

from .dataset import LIST_SEPARATOR
from .files import write_text

_SCALARS = {str: "string", int: "integer", float: "number", bool: "boolean", dt.date: "date"}


def _field(name: str, annotation, description: str = "") -> dict:
    origin = typing.get_origin(annotation)
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if origin in (typing.Union, types.UnionType):
        return _field(name, args[0], description)
    out: dict = {"name": name, "description": description}
    if origin is list:
        out |= {"type": "list", "delimiter": LIST_SEPARATOR, "itemType": _SCALARS.get(args[0], "string")}
    elif origin is typing.Literal:
        out |= {"type": "string", "constraints": {"enum": list(typing.get_args(annotation))}}
    else:
        out["type"] = _SCALARS.get(annotation, "string")
    return out


def model_fields(model: type[BaseModel]) -> list[dict]:
    return [_field(name, f.annotation, f.description or "") for name, f in model.model_fields.items()]


def _plain(names: list[tuple[str, str, str]]) -> list[dict]:
    return [{"name": n, "type": t, "description": d} for n, t, d in names]


SUMMARY_DELMAL = _plain([("report_year", "integer", "Report year"), ("delmal", "string", "Delmål code"),
                         ("omrade", "integer", "Main area of the delmål"),
                         ("measures", "integer", "Deduplicated measures serving the delmål that year")])
SUMMARY_TYPES = _plain([("report_year", "integer", "Report year"),
                        ("type", "string", "Type, a stated type that is none of the six, '(ingen type)', or 'Totalt'"),
                        ("omrade_1", "integer", "Measures of the type in main area 1"),
                        ("omrade_2", "integer", "Measures of the type in main area 2"),
                        ("omrade_3", "integer", "Measures of the type in main area 3"),
                        ("total", "integer", "Measures of the type")])
ORGANISATIONS = _plain([("name", "string", "Canonical name, or the name as written when not in the gazetteer"),
                        ("known", "boolean", "Whether the gazetteer knows the organisation"),
                        ("kind", "string", "ministry, social partner, county, agency, research institute, education, "
                                           "voluntary, other, or group (a kind of actor)"),
                        ("parent", "string", "The organisation it belongs to"), ("full_name", "string", "Full name"),
                        ("as_reporter", "integer", "Measures it reported"), ("as_responsible", "integer",
                                                                                "Measures it is responsible for"),
                        ("as_partner", "integer", "Measures it is a partner in")])
_REVIEW_DESCRIPTIONS = {
    "pair_id": "Stable id of the pair (from the two content keys)",
    "group": "Candidate cluster: the measures that may be one tiltak (G1, G2 …, most uncertain first)",
    "group_size": "Measures in the candidate cluster",
    "suggestion": "match, review, repeat (for review, between the same two clusters as a review row above: its "
                  "decision settles this one), joined (for review, but the automatic matches join the two anyway) "
                  "or distinct",
    "names": "Score part: a quoted or proper name both give", "document": "Score part: two rows of one report",
    "score": "Probability that the two are the same measure", "decision": "The analyst's decision: match or distinct",
    "left_key": "Content key of the left measure", "right_key": "Content key of the right measure",
}


def _review_fields(columns: list[str]) -> list[dict]:
    fields = []
    for c in columns:
        type_ = "number" if c == "score" else "integer" if c == "group_size" else "string"
        fields.append({"name": c, "type": type_, "description": _REVIEW_DESCRIPTIONS.get(c, c.replace("_", " "))})
    return fields


def _csv_resource(name: str, path: str, fields: list[dict], description: str, *, excel: bool = False, **keys) -> dict:
    resource = {"name": name, "path": path, "profile": "tabular-data-resource", "format": "csv", "mediatype": "text/csv",
                "encoding": "utf-8-sig" if excel else "utf-8", "description": description,
                "schema": {"fields": fields, "missingValues": [""], **keys}}
    if excel:
        resource["dialect"] = {"delimiter": ";"}
    return resource


def write_datapackage(out: Path, measure_model, tiltak_model, review_columns: list[str], archive_columns: list[str],
                      version: str) -> None:
    resources = [
        _csv_resource("measures", "measures.csv", model_fields(measure_model),
                      "One row per measure as reported, normalized, with the raw text beside each value",
                      primaryKey=["measure_id"],
                      foreignKeys=[{"fields": ["cluster_id"], "reference": {"resource": "tiltak", "fields": ["cluster_id"]}}]),
        _csv_resource("tiltak", "tiltak.csv", model_fields(tiltak_model), "One row per deduplicated measure",
                      primaryKey=["cluster_id"]),
        _csv_resource("summary_delmal", "summary_delmal.csv", SUMMARY_DELMAL, "Deduplicated measures per delmål and year"),
        _csv_resource("summary_type_omrade", "summary_type_omrade.csv", SUMMARY_TYPES,
                      "Deduplicated measures per type and main area, per year"),
        _csv_resource("organisations", "organisations.csv", ORGANISATIONS, "Organisations the measures name",
                      primaryKey=["name"]),
        _csv_resource("match_review", "match_review.csv", _review_fields(review_columns),
                      "Pairs of measures for the analyst to decide (Excel: UTF-8 with BOM, ';')", excel=True,
                      primaryKey=["pair_id"]),
    ]
    if (out / "decisions_archive.csv").exists():
        resources.append(_csv_resource("decisions_archive", "decisions_archive.csv", _review_fields(archive_columns),
                                       "Analyst decisions whose measures changed or disappeared", excel=True))
    package = {"profile": "tabular-data-package", "name": "tiltak-nkps-measures", "title": "NKPS measures (tiltak)",
               "description": "Measures reported in the follow-up of Nasjonal kompetansepolitisk strategi, "
                              f"extracted and deduplicated by tiltak {version}",
               "resources": resources}
    write_text(out / "datapackage.json", json.dumps(package, ensure_ascii=False, indent=2) + "\n")
