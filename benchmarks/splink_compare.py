"""Splink against tiltak's hand-set Fellegi–Sunter matcher, on both labelled sets.

    python benchmarks/splink_compare.py [--blind tests/blind/match1] [--blocking rules|all]
                                        [--levels sql|tiltak|both] [--waterfall /tmp/splink_waterfall.html]

For each labelled set (the samples, and the blind set tests/blind/match1) tiltak runs as usual
(`pipeline.run`), and Splink (DuckDB backend) is fitted over the same measures: the same distinct
contents (measures with one content key are one record, as in tiltak), the same derived fields
(normalised title words, organisations with the bodies they belong to, delmål, type, year, dates),
thresholds 0.80 (merge) and 0.25–0.80 (queue). The quality figures are those of
benchmarks/matching.py (`figures`), computed alike for every approach: merges are Splink's clusters
(connected components at 0.80), queued pairs are Splink's pairs in the 0.25–0.80 band.

Two kinds of Splink comparisons:
  - `sql`: Splink's own, written in DuckDB SQL to mirror tiltak's levels: soft TF-IDF of the
    normalised title words (idf weights computed here; close spellings by Levenshtein ratio,
    one word the other plus an ending), the same-reporter cross-year cover, an approximate
    `prefix_only`; organisations by array intersection (network / same responsible / overlap with
    parent bodies / any overlap / none); delmål same / overlap / disjoint; type; year gap with the
    "goes on" rule; shared dates.
  - `tiltak`: tiltak's own comparison levels (its Comparator, as a DuckDB Python function), so
    that only the weights differ: this tells whether Splink's estimated m/u would improve tiltak's
    hand-set weights.
Both add one level tiltak applies as a rule instead of a weight: two rows of the same report.

For each kind, three models: m by expectation maximisation (u by random sampling, the prior from
a deterministic rule with an assumed recall), m from the set's own labels (the best case: trained
on what it is tested on; prior from the labels), and m and u from the OTHER set's labels (an
honest out-of-sample test; the prior from the deterministic rule).

Needs splink (`pip install splink`); it is not a dependency of tiltak and no test imports this file.
"""

from __future__ import annotations

import argparse
import logging
import math
import re
import sys
import time
import warnings
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MATCH, REVIEW = 0.80, 0.25
DETERMINISTIC_RECALL = 0.5  # assumed share of true pairs whose normalised titles are the same


# ---------------------------------------------------------------------------------------------
# The labelled sets, and tiltak's own figures
# ---------------------------------------------------------------------------------------------

@dataclass
class LabelledSet:
    name: str
    folder: Path
    result: object  # pipeline.RunResult
    labels: dict[str, str]
    continuing: dict[str, str]
    near: list[tuple[str, str]]
    run_seconds: float
    match_seconds: float = 0.0
    settings: dict = field(default_factory=dict)
    gazetteer: object = None
    contents: object = None  # pandas DataFrame, one row per distinct content (Splink's input)
    records: dict = field(default_factory=dict)  # content key -> tiltak Record
    comparator: object = None
    prior: dict = field(default_factory=dict)  # "deterministic", "labels", "true_pairs", "pairs", "rare_idf"
    levels: dict = field(default_factory=dict)  # (key, key) -> {comparison: tiltak's level}
    level_weights: dict = field(default_factory=dict)  # comparison -> {level: tiltak's weight}


def _timed_run(folder: Path):
    from tiltak.pipeline import run

    started = time.perf_counter()
    result = run(folder)
    return result, time.perf_counter() - started


def samples_set() -> LabelledSet:
    from benchmarks.labels import samples_labels

    result, seconds = _timed_run(ROOT / "samples")
    labels, continuing, near = samples_labels(result.measures)
    return LabelledSet("samples", ROOT / "samples", result, labels, continuing, near, seconds)


def blind_set(folder: Path) -> LabelledSet:
    from benchmarks.blind import matching_labels

    result, seconds = _timed_run(folder)
    labels, continuing, near = matching_labels(folder, result.measures.to_dict("records"))
    return LabelledSet(f"blind {folder.name}", folder, result, labels, continuing, near, seconds)


def tiltak_figures(ls: LabelledSet) -> dict:
    """tiltak's figures, and the time of its matching alone (as benchmarks/matching.py times it)."""
    from benchmarks.matching import figures
    from tiltak.normalize.config import load_config
    from tiltak.normalize.matching import match
    from tiltak.normalize.orgs import Gazetteer

    config = load_config(ls.folder, Path.cwd())
    ls.settings = config.settings["matching"]
    ls.gazetteer = Gazetteer(config.organisations)
    started = time.perf_counter()
    match(ls.result.records, ls.settings, ls.gazetteer, [])
    ls.match_seconds = time.perf_counter() - started
    out = figures(ls.result.measures, ls.result.review, ls.labels, ls.continuing, ls.near)
    return out | {"seconds": ls.match_seconds}


# ---------------------------------------------------------------------------------------------
# Splink's input: one row per distinct content, with tiltak's derived fields
# ---------------------------------------------------------------------------------------------

def build_contents(ls: LabelledSet) -> None:
    """Distinct contents (as tiltak's `match` makes them), with the fields the comparisons use:
    tiltak's own derivations (normalised title words and their idf weights, organisations with the
    bodies they belong to, dates, names), so that only the comparison and the weights differ."""
    import pyarrow as pa

    from tiltak.normalize.matching import records_for
    from tiltak.normalize.matching.compare import Comparator
    try:
        from tiltak.normalize.matching.titles import _stem as stem
    except ImportError:  # its stemmer moved: compare whole words
        def stem(word: str) -> str:
            return word

    measures = ls.result.records
    members: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(measures):
        members[m.content_key].append(i)
    keys = list(members)
    rep = [measures[members[k][0]] for k in keys]
    docs = [frozenset(measures[i].source_sha256 for i in members[k]) for k in keys]
    records, tfidf = records_for(rep, ls.gazetteer, ls.settings, docs)
    ls.records = dict(zip(keys, records))
    ls.comparator = Comparator(ls.settings, tfidf)
    ls.prior["rare_idf"] = getattr(tfidf, "rare_idf", 0.0)
    default_idf = getattr(tfidf, "_default_idf", 0.0)

    # A content's label: its measures' label (measures of one content are one measure).
    label_of: dict[str, str | None] = {}
    for k in keys:
        found = {ls.labels[measures[i].measure_id] for i in members[k] if measures[i].measure_id in ls.labels}
        label_of[k] = sorted(found)[0] if found else None

    def listed(values) -> list | None:
        values = sorted(values)
        return values or None

    def weighted(vector: dict) -> list | None:
        return [{"w": w, "v": float(v), "i": float(tfidf.idf.get(w, default_idf)), "s": stem(w), "d": w.isdigit()}
                for w, v in sorted(vector.items())] or None

    rows = []
    for k, m, r in zip(keys, rep, records):
        desc = getattr(r, "desc_words", ())
        rows.append({
            "unique_id": k, "title": m.title, "reporter": r.reporter, "year": r.year,
            "words": list(r.words) or None, "tv": weighted(r.vector),
            "dv": weighted(tfidf.vector(desc)) if desc else None,
            "responsible": listed(r.responsible), "responsible_up": listed(r.responsible_up),
            "organisations": listed(r.organisations), "organisations_up": listed(r.organisations_up),
            "peer_kinds": listed(getattr(r, "peer_kinds", ())),
            "delmal": listed(r.delmal), "type": r.type, "ongoing": bool(r.ongoing), "end_year": r.end_year,
            "continues": bool(getattr(r, "continues", False)),
            "dates": listed(d.isoformat() for d in r.dates), "date_years": listed({d.year for d in r.dates}),
            "names": listed(getattr(r, "names", ())), "documents": listed(r.documents), "label": label_of[k],
        })
    text, texts = pa.string(), pa.list_(pa.string())
    vector = pa.list_(pa.struct([("w", text), ("v", pa.float64()), ("i", pa.float64()), ("s", text),
                                 ("d", pa.bool_())]))
    schema = pa.schema([
        ("unique_id", text), ("title", text), ("reporter", text), ("year", pa.int64()), ("words", texts),
        ("tv", vector), ("dv", vector), ("responsible", texts), ("responsible_up", texts), ("organisations", texts),
        ("organisations_up", texts), ("peer_kinds", texts), ("delmal", texts), ("type", text),
        ("ongoing", pa.bool_()), ("end_year", pa.int64()), ("continues", pa.bool_()), ("dates", texts),
        ("date_years", pa.list_(pa.int64())), ("names", texts), ("documents", texts), ("label", text)])
    ls.contents = pa.Table.from_pylist(rows, schema=schema)

    n = len(keys)
    by_label: dict[str, int] = defaultdict(int)
    for k in keys:
        if label_of[k]:
            by_label[label_of[k]] += 1
    ls.prior["true_pairs"] = sum(c * (c - 1) // 2 for c in by_label.values())
    ls.prior["pairs"] = n * (n - 1) // 2


def score_all_pairs(ls: LabelledSet) -> float:
    """tiltak's comparison levels for every pair of contents (what the `tiltak` levels look up)."""
    started = time.perf_counter()
    keys = sorted(ls.records)
    for i, a in enumerate(keys):
        ra = ls.records[a]
        for b in keys[i + 1:]:
            score = ls.comparator.score(ra, ls.records[b])
            ls.levels[(a, b)] = {p.name: p.level for p in score.parts}
            for p in score.parts:
                ls.level_weights.setdefault(p.name, {})[p.level] = p.weight
    return time.perf_counter() - started


# ---------------------------------------------------------------------------------------------
# Comparisons
# ---------------------------------------------------------------------------------------------

def macros(settings: dict, rare_idf: float) -> list[str]:
    """SQL macros, defined in the DuckDB database Splink runs in: tiltak's title similarity in SQL.
    (Splink's SQL parser would take the variables of list comprehensions for columns, so the
    word-level work lives in macros; the levels call them with l./r. columns only.)"""
    title = settings["title"]
    cyc = settings["years"].get("cross_year_cover", 0.0)
    cover, in_desc = title.get("cover", 0.0), title.get("in_description", 0.0)
    desc_min, at_most = title.get("in_description_min_words", 3), title.get("cover_at_most", 1.0)
    return [
        # word_similarity on word structs (w: the word, s: its stem, d: all digits, from tiltak's
        # titles.py): the same word; an ending, or the head of a compound; the last part of a
        # compound; a close spelling (Levenshtein ratio here, rapidfuzz's Indel ratio in tiltak)
        """CREATE OR REPLACE MACRO lev_ratio(x, y) AS 1.0 - levenshtein(x, y) / greatest(length(x), length(y))""",
        """CREATE OR REPLACE MACRO word_sim(x, y) AS CASE
            WHEN x.w = y.w THEN 1.0
            WHEN length(x.w) >= 6 AND length(y.w) >= 6 AND (starts_with(x.w, y.w) OR starts_with(y.w, x.w))
                THEN CASE WHEN abs(length(x.w) - length(y.w)) <= 4 THEN 0.9 ELSE 0.6 END
            WHEN CASE WHEN length(x.s) <= length(y.s)
                      THEN length(x.s) >= 5 AND length(y.s) > length(x.s) + 2 AND ends_with(y.s, x.s)
                      ELSE length(y.s) >= 5 AND length(x.s) > length(y.s) + 2 AND ends_with(x.s, y.s) END THEN 0.7
            WHEN x.d OR y.d THEN 0.0
            WHEN lev_ratio(x.w, y.w) >= 0.85 THEN lev_ratio(x.w, y.w)
            ELSE 0.0 END""",
        "CREATE OR REPLACE MACRO best_sim(x, b) AS coalesce(list_max([word_sim(x, y) for y in b]), 0.0)",
        # soft TF-IDF, one way and both ways
        """CREATE OR REPLACE MACRO soft_directed(a, b) AS
            coalesce(list_sum([x.v * coalesce(list_max([y.v * word_sim(x, y) for y in b]), 0.0) for x in a]), 0.0)""",
        """CREATE OR REPLACE MACRO soft_tfidf(a, b) AS CASE WHEN a IS NULL OR b IS NULL THEN 0.0
            ELSE least(1.0, (soft_directed(a, b) + soft_directed(b, a)) / 2) END""",
        # SoftTfIdf.covered: how much of a's word weight b holds, if a rare word of a is in b
        f"""CREATE OR REPLACE MACRO covered(a, b, min_words) AS CASE
            WHEN a IS NULL OR b IS NULL OR (len(a) < min_words AND NOT (len(a) = 1 AND length(a[1].w) >= 10)) THEN 0.0
            WHEN NOT coalesce(list_bool_or([best_sim(x, b) >= 0.9 AND x.i >= {rare_idf} for x in a]),
                              false) THEN 0.0
            ELSE coalesce(list_sum([x.v * x.v * best_sim(x, b) for x in a]), 0.0) END""",
        # SoftTfIdf.coverage: how much of the shorter title the other holds
        f"""CREATE OR REPLACE MACRO coverage_of(s, l, single_word) AS CASE
            WHEN len(s) < 2 AND (NOT single_word OR length(s[1].w) < 10 OR s[1].i < {rare_idf}) THEN 0.0
            ELSE covered(s, l, 2) END""",
        """CREATE OR REPLACE MACRO coverage(a, b, single_word) AS CASE WHEN a IS NULL OR b IS NULL THEN 0.0
            WHEN len(a) <= len(b) THEN coverage_of(a, b, single_word) ELSE coverage_of(b, a, single_word) END""",
        # Comparator.title: similarity, the cross-year cover, and text found elsewhere (a short name
        # the other title holds whole, or a title the other's description holds), capped
        f"""CREATE OR REPLACE MACRO title_base(a, b, rep_a, rep_b, year_a, year_b) AS
            CASE WHEN rep_a = rep_b AND year_a <> year_b
            THEN greatest(soft_tfidf(a, b), {cyc} * coverage(a, b, false)) ELSE soft_tfidf(a, b) END""",
        f"""CREATE OR REPLACE MACRO title_elsewhere(a, b, da, db) AS
            greatest({cover} * coverage(a, b, true), {in_desc} * greatest(covered(a, db, {desc_min}), covered(b, da, {desc_min})))""",
        f"""CREATE OR REPLACE MACRO title_sim(a, b, da, db, rep_a, rep_b, year_a, year_b) AS CASE
            WHEN title_elsewhere(a, b, da, db) > title_base(a, b, rep_a, rep_b, year_a, year_b)
            THEN least(title_elsewhere(a, b, da, db), {at_most})
            ELSE title_base(a, b, rep_a, rep_b, year_a, year_b) END""",
        """CREATE OR REPLACE MACRO found_elsewhere(a, b, da, db, rep_a, rep_b, year_a, year_b) AS
            title_elsewhere(a, b, da, db) > title_base(a, b, rep_a, rep_b, year_a, year_b)""",
        """CREATE OR REPLACE MACRO prefix_len(a, b) AS coalesce(
            list_position([a[i] = b[i] for i in range(1, least(len(a), len(b)) + 1)], false) - 1, least(len(a), len(b)))""",
        # prefix_only, approximately: four or more leading words the same (tiltak: alike), and the
        # rest of each title shares no word with the other's (tiltak: tails less alike than 0.45)
        """CREATE OR REPLACE MACRO prefix_only(a, b, min_words) AS prefix_len(a, b) >= min_words
            AND len(a) > prefix_len(a, b) AND len(b) > prefix_len(a, b)
            AND NOT list_has_any(list_slice(a, prefix_len(a, b) + 1, len(a)), list_slice(b, prefix_len(a, b) + 1, len(b)))""",
    ]


def _level(sql: str, label: str, null: bool = False) -> dict:
    """A comparison level; written with l.x / r.x as in blocking rules, given to Splink as x_l / x_r."""
    sql = re.sub(r"\b([lr])\.(\w+)", r"\2_\1", sql)
    return {"sql_condition": sql, "label_for_charts": label, "is_null_level": null}


# The column each of tiltak's comparisons reads (named in its levels, so that Splink does not
# estimate a comparison from an EM block that was made on it).
COLUMN_OF = {"title": "words", "organisations": "organisations", "delmal": "delmal", "type": "type",
             "years": "year", "dates": "dates", "names": "names", "document": "documents"}


def tiltak_comparisons(level_weights: dict[str, dict[str, float]]) -> list:
    """tiltak's own levels (looked up with a DuckDB Python function), strongest first."""
    from splink import comparison_library as cl

    out = []
    for comp, weights in level_weights.items():
        levels = sorted((lv for lv in weights if lv != "missing"), key=lambda lv: (-weights[lv], lv))
        col = COLUMN_OF.get(comp)
        touch = f" AND (l.{col} IS NULL OR l.{col} IS NOT NULL)" if col else ""
        body = []
        if "missing" in weights:
            body.append(_level(f"tiltak_level('{comp}', l.unique_id, r.unique_id) = 'missing'{touch}", "missing", True))
            touch = ""
        for i, lv in enumerate(levels[:-1]):
            body.append(_level(f"tiltak_level('{comp}', l.unique_id, r.unique_id) = '{lv}'{touch if i == 0 else ''}", lv))
        body.append(_level("ELSE", levels[-1]))
        out.append(cl.CustomComparison(body, output_column_name=comp, comparison_description=f"tiltak's {comp}"))
    return out


def sql_comparisons(settings: dict) -> list:
    """Splink comparisons in DuckDB SQL that mirror tiltak's (as of its matching.toml sections)."""
    from splink import comparison_library as cl

    title_args = "l.tv, r.tv, l.dv, r.dv, l.reporter, r.reporter, l.year, r.year"
    title_levels = [
        _level("l.words IS NULL OR r.words IS NULL", "missing", True),
        _level("l.words = r.words", "exact"),
        _level(f"prefix_only(l.words, r.words, {settings['title']['prefix_min_words']}) "
               f"AND NOT found_elsewhere({title_args})", "prefix_only")]
    levels = sorted(settings["title"]["levels"], key=lambda lv: -lv["min"])
    for lv in levels:
        if 0 < lv["min"] < 1.0:
            title_levels.append(_level(f"title_sim({title_args}) >= {lv['min']}", lv["name"]))
    title_levels.append(_level("ELSE", levels[-1]["name"]))

    org = settings["organisations"]
    common = "len(list_intersect(l.organisations, r.organisations))"
    union = "len(list_distinct(list_concat(l.organisations, r.organisations)))"
    overlap = ("(coalesce(list_has_any(l.responsible, r.responsible_up), false) "
               "OR coalesce(list_has_any(r.responsible, l.responsible_up), false))")
    org_levels = [_level("l.organisations IS NULL OR r.organisations IS NULL", "missing", True)]
    if "reciprocal" in org:
        org_levels.append(_level(
            "l.reporter IS NOT NULL AND r.reporter IS NOT NULL AND l.reporter <> r.reporter "
            "AND coalesce(list_contains(r.organisations_up, l.reporter), false) "
            "AND coalesce(list_contains(l.organisations_up, r.reporter), false)", "reciprocal"))
    if "separate_peers" in org:
        org_levels.append(_level(
            "l.peer_kinds IS NOT NULL AND l.peer_kinds = r.peer_kinds AND l.responsible IS NOT NULL "
            f"AND r.responsible IS NOT NULL AND NOT {overlap} AND l.reporter IS DISTINCT FROM r.reporter",
            "separate_peers"))
    org_levels += [
        _level(f"{common} >= {org['network_min_shared']} AND {common} >= {org['network_min_share']} * {union}",
               "shared_network"),
        _level("l.responsible IS NOT NULL AND l.responsible = r.responsible", "same_responsible"),
        _level(overlap, "responsible_overlap"),
        _level("list_has_any(l.organisations, r.organisations_up) OR list_has_any(r.organisations, l.organisations_up)",
               "any_overlap"),
        _level("ELSE", "no_overlap")]

    gap = "abs(l.year - r.year)"
    earlier_goes_on = ("(CASE WHEN l.year < r.year THEN coalesce(l.ongoing, false) OR coalesce(l.end_year, 0) >= r.year "
                       "OR coalesce(list_contains(r.date_years, l.year), false) "
                       "ELSE coalesce(r.ongoing, false) OR coalesce(r.end_year, 0) >= l.year "
                       "OR coalesce(list_contains(l.date_years, r.year), false) END)")
    year_levels = [_level("l.year IS NULL OR r.year IS NULL", "missing", True), _level("l.year = r.year", "same"),
                   _level(f"{gap} > 1", "apart")]
    if "continues" in settings["years"]:
        year_levels.append(_level(
            "l.reporter = r.reporter AND (l.continues OR r.continues "
            "OR (CASE WHEN l.year < r.year THEN coalesce(l.ongoing, false) ELSE coalesce(r.ongoing, false) END))",
            "continues"))
    year_levels += [_level(earlier_goes_on, "adjacent_ongoing"), _level("ELSE", "adjacent")]

    out = [
        cl.CustomComparison(title_levels, output_column_name="title",
                            comparison_description="soft TF-IDF of the normalised title words, in SQL"),
        cl.CustomComparison(org_levels, output_column_name="organisations"),
        cl.CustomComparison([
            _level("l.delmal IS NULL OR r.delmal IS NULL", "missing", True), _level("l.delmal = r.delmal", "same"),
            _level("list_has_any(l.delmal, r.delmal)", "overlap"), _level("ELSE", "disjoint")],
            output_column_name="delmal"),
        cl.CustomComparison([
            _level("l.type IS NULL OR r.type IS NULL", "missing", True), _level("l.type = r.type", "same"),
            _level("ELSE", "different")], output_column_name="type"),
        cl.CustomComparison(year_levels, output_column_name="years"),
        cl.CustomComparison([
            _level("l.dates IS NULL OR r.dates IS NULL", "missing", True), _level("list_has_any(l.dates, r.dates)", "same"),
            _level("ELSE", "different")], output_column_name="dates"),
    ]
    if "document" in settings:  # two rows of one report whose titles are not (nearly) the same
        very_high = next((lv["min"] for lv in levels if lv["name"] == "very_high"), 0.85)
        out.append(cl.CustomComparison([
            _level(f"list_has_any(l.documents, r.documents) AND NOT (l.words = r.words "
                   f"OR coalesce(title_sim({title_args}) >= {very_high}, false))", "listed_apart"),
            _level("list_has_any(l.documents, r.documents)", "same"), _level("ELSE", "different")],
            output_column_name="document"))
    if "names" in settings:
        out.append(cl.CustomComparison([
            _level("coalesce(list_has_any(l.names, r.names), false)", "shared"), _level("ELSE", "none")],
            output_column_name="names"))
    return out


def blocking_rules(mode: str, n: int, settings: dict) -> tuple[list, int]:
    """Blocking for prediction, and the most contents a rare word may be in. `rules`: a shared rare
    title word (as tiltak's rare-word blocks), the same reporter, the same delmål; `all`: every pair."""
    from splink import block_on

    cand = settings["candidates"]
    max_df = max(cand["rare_word_max_titles"], int(cand["rare_word_max_share"] * n))
    if mode == "all":
        return ["1=1"], max_df
    return [block_on("rare_words", arrays_to_explode=["rare_words"]), block_on("reporter"), block_on("delmal")], max_df


def _with_rare_words(table, max_df: int):
    """Add `rare_words`: title words of 3+ letters in 2..max_df contents (tiltak's rare-word blocks)."""
    import pyarrow as pa

    words = table.column("words").to_pylist()
    counts: dict[str, int] = defaultdict(int)
    for ws in words:
        for w in set(ws or []):
            counts[w] += 1
    rare = [sorted(w for w in set(ws or []) if 1 < counts[w] <= max_df and len(w) >= 3) or None for ws in words]
    return table.append_column("rare_words", pa.array(rare, pa.list_(pa.string())))


# ---------------------------------------------------------------------------------------------
# Splink models
# ---------------------------------------------------------------------------------------------

@dataclass
class SplinkRun:
    name: str
    figures: dict
    seconds: float
    model: dict
    notes: list[str] = field(default_factory=list)
    linker: object = None
    predictions: object = None  # Splink's scored pairs (SplinkDataFrame)
    pairs: object = None  # the same as a pandas DataFrame


def _connection(ls: LabelledSet, kind: str):
    import duckdb

    con = duckdb.connect()
    for macro in macros(ls.settings, ls.prior["rare_idf"]):
        con.execute(macro)
    if kind == "tiltak":
        levels, records, comparator = ls.levels, ls.records, ls.comparator

        def level(comp: str, a: str, b: str) -> str:
            key = (a, b) if a < b else (b, a)
            parts = levels.get(key)
            if parts is None:
                parts = levels[key] = {p.name: p.level for p in comparator.score(records[key[0]], records[key[1]]).parts}
            return parts.get(comp, "missing")

        con.create_function("tiltak_level", level, ["VARCHAR", "VARCHAR", "VARCHAR"], "VARCHAR", side_effects=False)
    return con


def _linker(ls: LabelledSet, kind: str, blocking: str, model: dict | None, level_weights: dict | None = None):
    from splink import DuckDBAPI, Linker, SettingsCreator

    db_api = DuckDBAPI(connection=_connection(ls, kind))
    rules, max_df = blocking_rules(blocking, ls.contents.num_rows, ls.settings)
    table = _with_rare_words(ls.contents, max_df)
    if model is None:
        comps = tiltak_comparisons(level_weights) if kind == "tiltak" else sql_comparisons(ls.settings)
        settings = SettingsCreator(
            link_type="dedupe_only", comparisons=comps, blocking_rules_to_generate_predictions=rules,
            retain_intermediate_calculation_columns=True, retain_matching_columns=True,
            additional_columns_to_retain=["title", "label"])
    else:  # a trained model (the other set's): the same comparisons and blocking
        settings = model
    df = db_api.register(table, dataset_display_name=f"contents_{kind}")
    return Linker(df, settings, log_level=logging.ERROR)


def clamp_em_underflow() -> None:
    """Splink 5.0.0's EM can drive an m (of a level the matches never fall in) below the 1e-300 its
    setters accept, and then stops with an error. Clamp such values to that minimum, as Splink
    itself does when it turns m and u into weights (M_U_CLAMP_MIN)."""
    from splink.internals import expectation_maximisation as em
    from splink.internals.comparison_level import M_U_CLAMP_MIN

    original = em.m_u_records_to_lookup_dict
    if getattr(original, "clamped", False):
        return

    def clamped(records):
        lookup = original(records)
        for levels in lookup.values():
            for values in levels.values():
                for k in ("m_probability", "u_probability"):
                    v = values.get(k)
                    if isinstance(v, (int, float)) and v < M_U_CLAMP_MIN:
                        values[k] = M_U_CLAMP_MIN
        return lookup

    clamped.clamped = True
    em.m_u_records_to_lookup_dict = clamped


def _set_prior(linker, p: float) -> None:
    linker._settings_obj._probability_two_random_records_match = p


def _deterministic_prior(linker) -> float:
    linker.training.estimate_probability_two_random_records_match(["l.words = r.words"], recall=DETERMINISTIC_RECALL)
    return linker._settings_obj._probability_two_random_records_match


def _estimate_u(linker) -> None:
    """u from every pair (these sets are small enough for the sample to be all of them)."""
    linker.training.estimate_u_using_random_sampling(max_pairs=1e7, seed=1, min_count_per_level=None, num_chunks=1)


EM_BLOCKS = [  # each comparison is estimated in a block not made on it
    "len(list_intersect(l.words, r.words)) * 2 >= least(len(l.words), len(r.words))",
    "l.delmal = r.delmal AND l.type = r.type",
]


def train_em(ls: LabelledSet, kind: str, blocking: str, level_weights: dict | None) -> tuple[object, list[str]]:
    """u by random sampling, m by expectation maximisation, the prior from a deterministic rule."""
    linker = _linker(ls, kind, blocking, None, level_weights)
    _estimate_u(linker)
    prior = ls.prior["deterministic"] = _deterministic_prior(linker)
    notes = [f"prior {prior:.4f} from `l.words = r.words` with recall {DETERMINISTIC_RECALL} "
             f"(true: {ls.prior['true_pairs'] / ls.prior['pairs']:.4f})"]
    maximum = linker._settings_obj.training_settings.max_iterations
    for rule in EM_BLOCKS:
        try:
            session = linker.training.estimate_parameters_using_expectation_maximisation(rule)
        except Exception as exc:  # noqa: BLE001 - Splink rejects m values that underflow
            notes.append(f"EM blocked on `{rule}` FAILED: {str(exc).splitlines()[0][:120]}")
            continue
        iterations = len(session._core_model_settings_history) - 1
        skipped = [c.output_column_name for c in session._comparisons_that_cannot_be_estimated]
        notes.append(f"EM blocked on `{rule}`: {iterations} iterations "
                     f"({'converged' if iterations < maximum else 'stopped at the maximum, not converged'}), "
                     f"λ in the block {session.core_model_settings.probability_two_random_records_match:.3f}, "
                     f"not estimated: {', '.join(skipped) or 'none'}")
    _set_prior(linker, prior)
    return linker, notes


def train_labels(ls: LabelledSet, kind: str, blocking: str, level_weights: dict | None) -> tuple[object, list[str]]:
    """u by random sampling, m from the label column, the prior from the labels: the best case."""
    linker = _linker(ls, kind, blocking, None, level_weights)
    _estimate_u(linker)
    linker.training.estimate_m_from_label_column("label")
    prior = ls.prior["labels"] = ls.prior["true_pairs"] / ls.prior["pairs"]
    _set_prior(linker, prior)
    return linker, [f"prior {prior:.4f} from the labels ({ls.prior['true_pairs']} true pairs of {ls.prior['pairs']})"]


def transfer(ls: LabelledSet, kind: str, blocking: str, model: dict, source: str) -> tuple[object, list[str]]:
    """m and u from the other set's labels; the prior from this set's deterministic rule."""
    linker = _linker(ls, kind, blocking, model)
    prior = ls.prior.get("deterministic") or _deterministic_prior(linker)
    _set_prior(linker, prior)
    return linker, [f"m and u from the labels of {source}, prior {prior:.4f} from this set's deterministic rule"]


def evaluate(ls: LabelledSet, name: str, linker, started: float, notes: list[str]) -> SplinkRun:
    """Predict, cluster at 0.80 (Splink's connected components), queue the 0.25–0.80 band; the
    figures as for tiltak."""
    import pandas as pd

    from benchmarks.matching import figures

    predictions = linker.inference.predict()
    clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(predictions, MATCH)
    pairs = predictions.as_pandas_dataframe()
    cluster_of = dict(zip(*[clusters.as_pandas_dataframe()[c] for c in ("unique_id", "cluster_id")]))
    seconds = time.perf_counter() - started
    df = ls.result.measures.copy()
    df["cluster_id"] = [f"s{cluster_of[k]}" for k in df.content_key]
    band = pairs[(pairs.match_probability >= REVIEW) & (pairs.match_probability < MATCH)]
    review = pd.DataFrame({"suggestion": "review", "left_key": band.unique_id_l, "right_key": band.unique_id_r})
    out = figures(df, review, ls.labels, ls.continuing, ls.near)
    model = linker.misc.save_model_to_json()
    return SplinkRun(name, out | {"seconds": seconds}, seconds, model, notes, linker, predictions, pairs)


def blocking_recall(ls: LabelledSet, pairs) -> tuple[int, int]:
    """True pairs of contents among the pairs Splink scored (with any probability)."""
    label = dict(zip(ls.contents.column("unique_id").to_pylist(), ls.contents.column("label").to_pylist()))
    got = sum(1 for a, b in zip(pairs.unique_id_l, pairs.unique_id_r) if label[a] and label[a] == label[b])
    return got, ls.prior["true_pairs"]


def tiltak_notes(ls: LabelledSet) -> str:
    """What tiltak scored, and what its queue holds besides the band (its rules)."""
    label = dict(zip(ls.contents.column("unique_id").to_pylist(), ls.contents.column("label").to_pylist()))
    key_of = {r.index: k for k, r in ls.records.items()}
    matched, review = ls.result.matching, ls.result.review
    true_scored = sum(1 for p in matched.pairs if label.get(key_of.get(p.left))
                      and label.get(key_of.get(p.left)) == label.get(key_of.get(p.right)))
    queued = review[review.suggestion == "review"]
    below = int((queued.score.astype(float) < REVIEW).sum())
    same_doc = int((queued.same_document == "yes").sum())
    return (f"tiltak scored {matched.stats['candidate_pairs']} candidate pairs (true pairs of contents among them "
            f"{true_scored}/{ls.prior['true_pairs']}); of its {len(queued)} queued pairs, {below} score below {REVIEW} "
            f"(queued by its continuing-measure rule) and {same_doc} are two rows of one document")


def agreement(ls: LabelledSet, run: SplinkRun) -> str:
    """How often the SQL comparisons put a scored pair in the level tiltak's own comparison does."""
    if not ls.levels:
        return ""
    out = []
    for comp in run.model["comparisons"]:
        name = comp["output_column_name"]
        levels = comp["comparison_levels"]
        real = [lv["label_for_charts"] for lv in levels if not lv.get("is_null_level")]
        label_of = {len(real) - 1 - i: lv for i, lv in enumerate(real)} | {-1: "missing"}
        same = total = 0
        for a, b, gamma in zip(run.pairs.unique_id_l, run.pairs.unique_id_r, run.pairs[f"gamma_{name}"]):
            theirs = ls.levels.get((a, b) if a < b else (b, a), {}).get(name)
            if theirs is None:
                continue
            total += 1
            same += label_of[int(gamma)] == theirs.split("/")[-1]
        if total:
            out.append(f"{name} {same / total:.1%}")
    return "SQL level = tiltak's level on the scored pairs: " + ", ".join(out)


# ---------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------

COLUMNS = [("precision", "prec", "{:.3f}"), ("recall", "recall", "{:.3f}"), ("f1", "F1", "{:.3f}"),
           ("merged_or_queued", "merged|queued", "{:.3f}"), ("queue_share", "queue", "{:.1%}"),
           ("continuing", "continuing", None), ("near", "near-miss merged", None), ("seconds", "seconds", "{:.1f}")]


def _cell(q: dict, key: str, fmt: str | None) -> str:
    if key == "continuing":
        return f"{q['continuing_found']}/{q['continuing']}"
    if key == "near":
        return f"{len(q['near_misses_merged'])}/{q['near_misses']}"
    return fmt.format(q[key])


def print_table(title: str, rows: list[tuple[str, dict]]) -> None:
    width = max(len(name) for name, _ in rows) + 2
    sizes = [max(len(label), 7) + 2 for _, label, _ in COLUMNS]
    print(f"\n{title}\n{'':<{width}}" + "".join(f"{label:>{n}}" for (_, label, _), n in zip(COLUMNS, sizes)))
    for name, q in rows:
        print(f"{name:<{width}}" + "".join(f"{_cell(q, key, fmt):>{n}}" for (key, _, fmt), n in zip(COLUMNS, sizes)))


def _bits(p: float) -> float:
    return math.log2(p / (1 - p)) if p and 0 < p < 1 else float("nan")


def print_weights(level_weights: dict, prior: float, models: dict[str, dict], priors: dict[str, float]) -> None:
    """Splink's weights on tiltak's own levels (log2 m/u) beside tiltak's hand-set ones."""
    names = list(models)
    print("\nWeights (log2 odds) on tiltak's own levels: hand-set vs Splink's log2(m/u)")
    print(f"{'comparison level':<38}{'tiltak':>8}" + "".join(f"{n:>20}" for n in names))
    print(f"{'prior':<38}{prior:>8.1f}" + "".join(f"{_bits(priors[n]):>20.1f}" for n in names))
    got: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    for n, model in models.items():
        for comp in model["comparisons"]:
            for lv in comp["comparison_levels"]:
                if lv.get("is_null_level"):
                    continue
                m, u = lv.get("m_probability"), lv.get("u_probability")
                # Splink's own reading: a level it did not observe counts as 1e-6
                unseen = not isinstance(m, (int, float)) or not isinstance(u, (int, float))
                m = m if isinstance(m, (int, float)) else 1e-6
                u = u if isinstance(u, (int, float)) else 1e-6
                w = math.log2(max(m, 1e-300) / max(u, 1e-300))
                got[(comp["output_column_name"], lv["label_for_charts"])][n] = (
                    f"{w:.1f}{'*' if unseen else ''}" if w > -100 else "never")
    for comp, weights in level_weights.items():
        for level, w in sorted(weights.items(), key=lambda kv: -kv[1]):
            if level == "missing":
                continue
            ws = got.get((comp, level), {})
            print(f"{comp + ' ' + level:<38}{w:>8.1f}" + "".join(f"{ws.get(n, '?'):>20}" for n in names))
    print("  * a level the training did not see (Splink takes 1e-6 for its m or u); never: m clamped to ~0")


def waterfall(run: SplinkRun, path: Path) -> str | None:
    """A waterfall chart for one instructive pair: the most likely true pair that was not merged,
    else the weakest merged one."""
    records = [r for r in run.predictions.as_record_list() if r.get("label_l") and r["label_l"] == r.get("label_r")]
    missed = sorted((r for r in records if r["match_probability"] < MATCH), key=lambda r: -r["match_probability"])
    pick = missed[:1] or sorted(records, key=lambda r: r["match_probability"])[:1]
    if not pick:
        return None
    record = pick[0]
    chart = run.linker.visualisations.waterfall_chart([record], filter_nulls=False)
    chart.save(str(path), inline=True)
    return f"{record['title_l'][:50]!r} / {record['title_r'][:50]!r} (p = {record['match_probability']:.3f})"


def tiltak_version() -> str:
    """The commit the run used, and whether normalize/ had uncommitted changes (tiltak's matcher
    is being worked on: its figures are those of this tree)."""
    import subprocess

    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "status", "--short", "--", "tiltak/normalize"], cwd=ROOT, capture_output=True,
                               text=True, timeout=10).stdout.split("\n")
    except (OSError, subprocess.SubprocessError):
        return "tiltak at an unknown commit"
    changed = [line[3:] for line in dirty if line.strip()]
    return f"tiltak at {head}" + (f", with uncommitted changes in {', '.join(changed)}" if changed else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--blind", type=Path, action="append", default=None,
                        help="a blind labelled folder; may be given more than once (default: tests/blind/match1)")
    parser.add_argument("--blocking", choices=["rules", "all"], default="rules",
                        help="Splink's prediction blocking: rare title word, reporter, delmål (rules) or every pair")
    parser.add_argument("--levels", choices=["sql", "tiltak", "both"], default="both",
                        help="Splink's comparisons in SQL, tiltak's own levels, or both")
    parser.add_argument("--waterfall", type=Path, default=Path("/tmp/splink_waterfall.html"),
                        help="where to save a waterfall chart of one pair of the last blind set")
    args = parser.parse_args(argv)
    try:
        import splink  # noqa: F401
    except ImportError:
        print("splink is not installed, so nothing was compared: `pip install splink` (it brings duckdb) "
              "and run again.", file=sys.stderr)
        return 0
    warnings.filterwarnings("ignore")
    logging.getLogger("splink").setLevel(logging.ERROR)
    clamp_em_underflow()

    sets = [samples_set()]
    for folder in args.blind or [ROOT / "tests" / "blind" / "match1"]:
        if (folder / "near_misses.json").is_file():
            sets.append(blind_set(folder))
    kinds = ["sql", "tiltak"] if args.levels == "both" else [args.levels]
    title_of = {"sql": "Splink", "tiltak": "Splink, tiltak's levels"}
    # m and u for an out-of-sample test: the samples' for a blind set, the first blind set's for the samples
    source_of = {ls.name: (sets[1] if ls is sets[0] else sets[0]) for ls in sets} if len(sets) > 1 else {}

    tiltak_rows: dict[str, dict] = {}
    notes: dict[str, list[str]] = defaultdict(list)
    prep: dict[str, float] = {}
    for ls in sets:
        tiltak_rows[ls.name] = tiltak_figures(ls)
        started = time.perf_counter()
        build_contents(ls)
        prep[ls.name] = time.perf_counter() - started
        notes[ls.name].append(
            f"{len(ls.result.measures)} measures, {ls.contents.num_rows} distinct contents, {ls.prior['true_pairs']} "
            f"true pairs of contents; tiltak's run took {ls.run_seconds:.1f} s, its matching alone "
            f"{ls.match_seconds:.2f} s (the table's seconds; Splink's include preparing the fields)")
        notes[ls.name].append(tiltak_notes(ls))
    level_weights: dict[str, dict[str, float]] = {}
    scoring: dict[str, float] = {}
    if "tiltak" in kinds:  # tiltak's levels for every pair; the levels of all sets, so that models transfer
        for ls in sets:
            scoring[ls.name] = score_all_pairs(ls)
            for comp, weights in ls.level_weights.items():
                level_weights.setdefault(comp, {}).update(weights)

    runs: dict[tuple[str, str, str], SplinkRun] = {}
    for ls in sets:
        for kind in kinds:
            extra = prep[ls.name] + (scoring.get(ls.name, 0.0) if kind == "tiltak" else 0.0)
            for variant, train in (("EM", train_em), ("m from labels", train_labels)):
                started = time.perf_counter() - extra
                linker, why = train(ls, kind, args.blocking, level_weights)
                run = evaluate(ls, f"{title_of[kind]} ({variant})", linker, started, why)
                runs[(ls.name, kind, variant)] = run
                got, total = blocking_recall(ls, run.pairs)
                if kind == "sql" and variant == "EM" and ls.levels:
                    why.append(agreement(ls, run))
                notes[ls.name].append(f"{run.name}: {len(run.pairs)} pairs scored (blocking: {args.blocking}), "
                                      f"true pairs among them {got}/{total}; " + "; ".join(why))
    for ls in sets:
        if ls.name not in source_of:
            continue
        other = source_of[ls.name]
        for kind in kinds:
            extra = prep[ls.name] + (scoring.get(ls.name, 0.0) if kind == "tiltak" else 0.0)
            started = time.perf_counter() - extra
            linker, why = transfer(ls, kind, args.blocking, runs[(other.name, kind, "m from labels")].model, other.name)
            run = evaluate(ls, f"{title_of[kind]} (labels of {other.name})", linker, started, why)
            runs[(ls.name, kind, "transfer")] = run
            notes[ls.name].append(f"{run.name}: " + "; ".join(why))

    print(f"{tiltak_version()}; splink {splink.__version__}")
    for ls in sets:
        q = tiltak_rows[ls.name]
        rows = [("tiltak (hand-set weights)", q)] + [
            (runs[k].name, runs[k].figures) for kind in kinds for v in ("EM", "m from labels", "transfer")
            if (k := (ls.name, kind, v)) in runs]
        print_table(f"{ls.name}: {q['measures']} measures, {q['labelled']} labelled, {q['true_pairs']} true pairs "
                    f"(Splink blocking: {args.blocking})", rows)
    for ls in sets:
        print(f"\n{ls.name}:")
        for note in notes[ls.name]:
            print(f"  - {note}")
    if "tiltak" in kinds:
        models, priors = {}, {}
        for ls in sets:
            for variant, key in (("EM", "deterministic"), ("m from labels", "labels")):
                label = f"{ls.name.split()[-1]} {'EM' if variant == 'EM' else 'labels'}"
                models[label] = runs[(ls.name, "tiltak", variant)].model
                priors[label] = ls.prior[key]
        print_weights(level_weights, sets[0].settings["prior"], models, priors)
    if args.waterfall:
        run = runs[(sets[-1].name, kinds[0], "EM")]
        try:
            shown = waterfall(run, args.waterfall)
        except Exception as exc:  # noqa: BLE001 - the chart is a by-product
            shown = None
            print(f"\nNo waterfall chart: {exc}")
        if shown:
            print(f"\nWaterfall chart ({sets[-1].name}, {run.name}) of {shown}: {args.waterfall}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
