"""Matching: the same measure reported by several members, or in several years.

    result = match(measures, settings, gazetteer, decisions, previous_ids)

What matching knows of each measure is built once (records.py); candidate pairs (candidates.py)
are scored from explainable comparisons (compare.py, weights in matching.toml; scoring.py shares
the work among processes and keeps the result for a re-run); scores above the match threshold
merge automatically, those between the thresholds go to the analyst. The analyst's decisions (review.py) are hard rules: a `match` joins
two measures, a `distinct` keeps them apart whatever chain of matches would join them
(clusters.py). Pure: no files are read or written here.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

from ..orgs import Gazetteer
from .candidates import candidate_pairs
from .clusters import Split, cluster, stable_ids
from .compare import Comparator, PairScore, Record
from .records import content_key, records_for
from .review import Decision, pair_id, pair_key
from .scoring import _load_state, _score_within, _state_name, save_state

REVIEW_COLUMNS = [
    "pair_id", "group", "group_size", "suggestion", "score", "decision",
    "left_measure_id", "right_measure_id", "left_title", "right_title", "left_reporter", "right_reporter",
    "left_year", "right_year", "left_delmal", "right_delmal", "left_type", "right_type",
    "left_organisations", "right_organisations", "left_source", "right_source",
    "title", "organisations", "delmal", "type", "years", "dates", "names", "document", "same_document",
    "left_key", "right_key",
]


@dataclass
class MatchResult:
    cluster_ids: list[str]
    keys: list[str]
    pairs: list[PairScore]
    suggestions: dict[tuple[int, int], str]
    review_rows: list[dict]
    applied: list[Decision]
    stale: list[tuple[Decision, str]]
    splits: list[Split]
    warnings: list[str] = field(default_factory=list)
    stats: dict = field(default_factory=dict)


def match(measures, settings: dict, gazetteer: Gazetteer, decisions: list[Decision],
          previous_ids: dict[str, str] | None = None, cache=None, version: str = "", workers: int = 1) -> MatchResult:
    """Measures with the same content key (the same report sent as Word and as PDF, or sent twice)
    are one record: they are the same measure, and only distinct contents are compared.
    `cache` (extract.batch.Cache): keeps the pair scores for the same measures and `version` (of
    the code, data and settings), so a re-run after the analyst's decisions does not score again.
    `workers`: processes that may share the scoring."""
    with _no_cycle_collection():
        return _match(measures, settings, gazetteer, decisions, previous_ids, cache, version, workers)


@contextmanager
def _no_cycle_collection():
    """Matching makes a great many objects and no reference cycles: Python's cycle collector, which
    would look at all of them again and again, took a tenth of its time with 10,000 measures."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _match(measures, settings: dict, gazetteer: Gazetteer, decisions: list[Decision], previous_ids, cache,
           version: str, workers: int) -> MatchResult:
    keys = [m.content_key or content_key(m.reporter, m.report_year, m.title, m.delmal) for m in measures]
    members: dict[str, list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        members[key].append(i)
    distinct = list(members)
    rep = [measures[members[k][0]] for k in distinct]
    docs = [frozenset(measures[i].source_sha256 for i in members[k]) for k in distinct]
    # The same measures as a run before: their records, candidates and scores from the cache.
    stored = _state_name(version, rep, docs) if cache is not None and len(rep) > 1 else None
    state = _load_state(cache, stored)
    if state is not None:
        records, tfidf, candidates, pairs, suggested = state
    else:
        records, tfidf = records_for(rep, gazetteer, settings, docs, workers)
        candidates = candidate_pairs(records, tfidf.df, settings, tfidf.names)
        pairs = None
    position = {k: i for i, k in enumerate(distinct)}
    comparator = Comparator(settings, tfidf)

    # Decisions: the latest for each pair of measures wins; those whose measures are gone are stale.
    # A row whose key columns a spreadsheet dropped is found by its pair_id among this run's pairs.
    by_pair_id = {pair_id(distinct[a], distinct[b]): (distinct[a], distinct[b]) for a, b in candidates}
    unresolved = [d for d in decisions if d.pair and d.pair not in by_pair_id]
    decisions = [replace(d, left_key=by_pair_id[d.pair][0], right_key=by_pair_id[d.pair][1]) if d.pair in by_pair_id
                 else d for d in decisions if d not in unresolved]
    latest: dict[tuple[str, str], Decision] = {}
    warnings: list[str] = []
    for d in decisions:
        previous = latest.get(d.key)
        if previous and previous.decision != d.decision:
            warnings.append(f"{d.source} row {d.row} says {d.decision} where {previous.source} row {previous.row} "
                            f"said {previous.decision}; {d.source} wins")
        latest[d.key] = d
    applied = [d for d in latest.values() if d.left_key in position and d.right_key in position and d.left_key != d.right_key]
    stale = [(d, "a measure it is about is no longer in the reports (or its title, reporter, year or delmål changed)")
             for d in latest.values() if d not in applied]
    stale += [(d, "its pair_id is not among this run's pairs, and the row has no left_key/right_key") for d in unresolved]
    decided = {d.key: d.decision for d in applied}

    if pairs is None:
        pairs, gave_up = _score_within(comparator, records, candidates, settings["candidates"]["max_seconds"], workers)
        suggested = [comparator.suggestion(p) for p in pairs]
        if gave_up:
            warnings.append(gave_up)
        elif stored is not None:
            save_state(cache, stored, records, tfidf, candidates, pairs, suggested)
    scored = {(p.left, p.right) for p in pairs}
    for d in applied:  # decided pairs that are no longer candidates are still shown and applied
        a, b = sorted((position[d.left_key], position[d.right_key]))
        if (a, b) not in scored:
            pairs.append(comparator.score(records[a], records[b]))
            suggested.append(comparator.suggestion(pairs[-1]))
    suggestions = {(p.left, p.right): s for p, s in zip(pairs, suggested)}

    edges = [(p.left, p.right, p.score) for p in pairs if suggestions[(p.left, p.right)] == "match"]
    must = [(position[l], position[r]) for (l, r), d in decided.items() if d == "match"]
    cannot = [(position[l], position[r]) for (l, r), d in decided.items() if d == "distinct"]
    labels, _ = cluster(len(records), edges, must, cannot)
    apart = _listed_apart(labels, records, comparator)
    labels, splits = cluster(len(records), edges, must, cannot, apart)
    for split in splits:  # a link removed because it joined two rows of one report is asked about
        for a, b, _ in split.removed:
            if split.listed_apart:
                suggestions[(min(a, b), max(a, b))] = "review"
    rep_ids = stable_ids(labels, distinct, previous_ids or {})
    ids = [rep_ids[position[k]] for k in keys]
    for split in splits:
        if split.conflict:
            warnings.append(f"your decisions conflict: '{rep[split.left].title[:50]}' and "
                            f"'{rep[split.right].title[:50]}' are marked distinct but joined by match decisions")
    rows = _review_rows(pairs, suggestions, rep, records, decided, labels)
    counts = defaultdict(int)
    for s in suggestions.values():
        counts[s] += 1
    shown = defaultdict(int)
    for r in rows:
        shown[r["suggestion"]] += 1
    stats = {"measures": len(measures), "distinct_contents": len(records), "candidate_pairs": len(candidates),
             "scored_pairs": len(pairs), "match_pairs": counts["match"], "review_pairs": shown["review"],
             "joined_pairs": shown["joined"], "repeat_pairs": shown["repeat"], "review_groups": len({r["group"] for r in rows if r["suggestion"] == "review"}),
             "clusters": len(set(ids)), "decisions_applied": len(applied), "decisions_archived": len(stale),
             "splits": len(splits), "review_rows": len(rows)}
    splits = [Split(members[distinct[s.left]][0], members[distinct[s.right]][0],
                    [(members[distinct[a]][0], members[distinct[b]][0], sc) for a, b, sc in s.removed], s.conflict, s.listed_apart)
              for s in splits]
    return MatchResult(ids, keys, pairs, suggestions, rows, applied, stale, splits, warnings, stats)


def _listed_apart(labels: list[int], records: list[Record], comparator: Comparator) -> list[tuple[int, int]]:
    """Pairs in one cluster that are two rows of one report with different titles: the author
    listed them as two measures, so no chain of automatic matches may make them one."""
    rows: dict[tuple[int, str], list[int]] = defaultdict(list)
    for i, label in enumerate(labels):
        for doc in records[i].documents:
            rows[(label, doc)].append(i)
    apart = set()
    for members in rows.values():
        for x, a in enumerate(members):
            for b in members[x + 1:]:
                if comparator.title(records[a], records[b]).base_level not in ("exact", "very_high"):
                    apart.add((a, b))
    return sorted(apart)


def _groups(n: int, pairs: list[PairScore]) -> list[int]:
    """Candidate clusters: connected components over the pairs that are merged or asked about."""
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for p in pairs:
        parent[root(p.left)] = root(p.right)
    return [root(i) for i in range(n)]


def _review_rows(pairs: list[PairScore], suggestions, measures, records: list[Record], decided,
                 labels: list[int]) -> list[dict]:
    """One row per pair of content keys, grouped by candidate cluster (all the measures that may be
    one tiltak, as OpenRefine shows a cluster): groups with pairs to review first, the most uncertain
    first; in a group, its pairs for review, then those already joined through other matches, then
    its automatic matches (weakest first, to be overruled). Last, decided pairs scored below review.
    A pair for review whose measures the matches join anyway is `joined`: decide it only to split.
    Of the pairs for review between the same two clusters only the strongest is asked; the others
    are `repeat` (its decision settles them)."""
    best: dict[tuple[str, str], PairScore] = {}
    for p in pairs:
        k = pair_key(records[p.left].key, records[p.right].key)
        if suggestions[(p.left, p.right)] == "distinct" and k not in decided:
            continue
        if k not in best or p.score > best[k].score:
            best[k] = p
    shown = {}
    asked: dict[tuple[int, int], tuple[str, str]] = {}  # two clusters -> the pair that asks about them
    for k, p in sorted(best.items(), key=lambda kv: (-kv[1].score, kv[0])):
        s = suggestions[(p.left, p.right)]
        clusters = tuple(sorted((labels[p.left], labels[p.right])))
        if s == "review" and k in decided:
            asked.setdefault(clusters, k)  # the analyst's answer stays with the question and settles its repeats
        elif s == "review" and clusters[0] == clusters[1]:
            s = "joined"
        elif s == "review" and clusters in asked:
            s = "repeat"  # the same two clusters as a pair above: one decision settles both
        elif s == "review":
            asked[clusters] = k
        shown[k] = s
    linked = [p for k, p in best.items() if shown[k] != "distinct"]
    group_of = _groups(len(records), linked)
    order = {"review": 0, "repeat": 1, "joined": 1, "match": 2, "distinct": 3}

    def uncertainty(k, p) -> float:
        if shown[k] == "review":
            return abs(p.score - 0.5)
        return 1.0 + (1.0 - p.score if shown[k] in ("joined", "repeat") else p.score)

    members: dict[int, set[int]] = defaultdict(set)
    first: dict[int, tuple] = {}
    for k, p in best.items():
        if shown[k] == "distinct":
            continue
        g = group_of[p.left]
        members[g] |= {p.left, p.right}
        rank = (order[shown[k]] if shown[k] not in ("joined", "repeat") else 2, uncertainty(k, p), records[p.left].key)
        first[g] = min(first.get(g, rank), rank)
    group_order = sorted(first, key=lambda g: first[g])
    number = {g: i + 1 for i, g in enumerate(group_order)}
    width = len(str(len(group_order)))

    def sort_key(item):
        k, p = item
        if shown[k] == "distinct":
            return (1, 0, 0, uncertainty(k, p), k)
        return (0, number[group_of[p.left]], order[shown[k]], uncertainty(k, p), k)

    rows = []
    for k, p in sorted(best.items(), key=sort_key):
        left, right = measures[p.left], measures[p.right]
        g = group_of[p.left] if shown[k] != "distinct" else None
        row = {
            "pair_id": pair_id(*k), "group": f"G{number[g]:0{width}d}" if g is not None else "",
            "group_size": len(members[g]) if g is not None else "", "suggestion": shown[k],
            "score": f"{p.score:.3f}", "decision": decided.get(k, ""),
            "left_measure_id": left.measure_id, "right_measure_id": right.measure_id,
            "left_title": left.title, "right_title": right.title,
            "left_description": left.description or "", "right_description": right.description or "",
            "left_reporter": left.reporter or "", "right_reporter": right.reporter or "",
            "left_year": left.report_year or "", "right_year": right.report_year or "",
            "left_delmal": ", ".join(left.delmal), "right_delmal": ", ".join(right.delmal),
            "left_type": left.type or "", "right_type": right.type or "",
            "left_organisations": ", ".join(dict.fromkeys([*left.responsible, *left.partners])),
            "right_organisations": ", ".join(dict.fromkeys([*right.responsible, *right.partners])),
            "left_source": _source(left), "right_source": _source(right),
            "same_document": "yes" if p.same_document else "",
            "left_key": records[p.left].key, "right_key": records[p.right].key,
        }
        for part in p.parts:
            if part.name in REVIEW_COLUMNS:
                row[part.name] = str(part)
        rows.append(row)
    return rows


def _source(m) -> str:
    """Where the measure is: the file and page, or for Word (no pages) the place in the document."""
    if m.page:
        return f"{m.source_file}, p. {m.page}"
    return f"{m.source_file}, {m.locator}" if getattr(m, "locator", "") else m.source_file
