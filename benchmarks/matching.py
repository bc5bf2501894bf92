"""How well and how fast matching works.

1. Quality on the labelled sets, with the same figures for each:
   - the samples (benchmarks/labels.py): the member reports, the directorate's matrix and
     Spekter's 2017 report, labelled from their sources;
   - the blind sets (tests/blind/match1 … match7): reports over two or three years, each set
     written by a helper who never read the matcher and labelled by its writer (expected.json:
     `tiltak_id` per measure, `continues` on a measure reported again; near_misses.json: pairs
     that must stay apart).
   Figures: pairwise precision, recall and F1 of the automatic merges (before any analyst
   decision); the share of true pairs merged or queued (queued: their clusters are joined by a
   pair in the review file, so the analyst sees them together); the queue (the decisions asked for:
   one per pair of clusters; pairs the automatic merges join anyway, and further pairs between the
   same two clusters, are not asked) as a share of the measures, and the candidate
   clusters they form; continuing measures merged or queued with their earlier year; near-misses
   merged.
2. Speed on synthetic measures: 1,000 and 10,000 measures made from the samples' measures (each
   real measure becomes several distinct ones with their own names, some reported two or three
   times in other words). Time of matching alone, candidate pairs scored, with one process and with
   the processes a run uses (one per core: scoring is shared among them).

    python benchmarks/matching.py [--sizes 1000 10000] [--blind tests/blind/match1 ...] [--no-speed] [--details]
    python benchmarks/matching.py --sweep match=0.8,0.75,0.7 [--blind ...]

3. `--sweep SETTING=V1,V2,…`: one threshold of matching.toml's [thresholds] set to each value in turn
   over every labelled set (each set read once, matched once per value): the figures per set and
   value, then per value how many sets keep precision >= 0.99 and merge no near-miss.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.labels import pairwise, samples_labels  # noqa: E402
from tiltak.extract.batch import Limits  # noqa: E402
from tiltak.normalize.config import load_config  # noqa: E402
from tiltak.normalize.matching import match  # noqa: E402
from tiltak.normalize.models import Measure  # noqa: E402
from tiltak.normalize.orgs import Gazetteer  # noqa: E402
from tiltak.pipeline import run  # noqa: E402

SYLLABLES = ["ka", "lo", "mi", "ner", "sta", "vik", "ber", "dal", "fjord", "li", "tun", "holm", "eng", "sø", "å",
             "gard", "mo", "nes", "by", "rud", "heim", "stad", "vang", "bakk", "elv"]


def quality() -> dict:
    """The samples' labelled set."""
    started = time.perf_counter()
    result = run(ROOT / "samples")
    seconds = time.perf_counter() - started
    df = result.measures
    labels, continuing, near = samples_labels(df)
    return figures(df, result.review, labels, continuing, near) | {"run_seconds": round(seconds, 1),
                                                                    "labels": labels, "result": result}


def figures(df, review, labels: dict[str, str], continuing: dict[str, str],
            near_misses: list[tuple[str, str]]) -> dict:
    """The quality figures of one run against labels (measure_id -> tiltak label).

    `continuing`: measure_id of a measure reported again -> label it continues; `near_misses`:
    pairs of labels that must stay apart."""
    from itertools import combinations

    predicted = dict(zip(df.measure_id, df.cluster_id))
    cluster_of_key = dict(zip(df.content_key, df.cluster_id))
    scores = pairwise(labels, predicted)
    # Clusters the review file joins: the analyst sees their members together.
    queued = review[review.suggestion == "review"]
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for lk, rk in zip(queued.left_key, queued.right_key):
        a, b = find(cluster_of_key.get(lk, lk)), find(cluster_of_key.get(rk, rk))
        if a != b:
            parent[a] = b
    ids = [i for i in labels if i in predicted]
    true_pairs = [(a, b) for a, b in combinations(ids, 2) if labels[a] == labels[b]]
    seen = [(a, b) for a, b in true_pairs if find(predicted[a]) == find(predicted[b])]
    by_label: dict[str, list[str]] = defaultdict(list)
    for i in ids:
        by_label[labels[i]].append(i)
    cont_ok = [m for m, label in continuing.items() if m in predicted and any(
        find(predicted[o]) == find(predicted[m]) for o in by_label[label] if o != m)]
    merged_near = [(a, b) for a, b in near_misses if any(
        predicted[x] == predicted[y] for x in by_label.get(a, []) for y in by_label.get(b, []))]
    missed = [(a, b) for a, b in true_pairs if find(predicted[a]) != find(predicted[b])]
    return scores | {
        "measures": len(df), "labelled": len(ids),
        "merged_or_queued": len(seen) / len(true_pairs) if true_pairs else 1.0, "missed_pairs": missed,
        "review_pairs": len(queued), "queue_share": len(queued) / max(len(df), 1),
        "review_groups": queued.group.nunique() if "group" in queued else None,
        "continuing": len(continuing), "continuing_found": len(cont_ok),
        "near_misses": len(near_misses), "near_misses_merged": merged_near}


def blind_quality(folder: Path) -> dict:
    """The blind labelled set: its measures found in tiltak's rows by title, file by file."""
    import json

    from benchmarks.blind import matching_labels

    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    started = time.perf_counter()
    result = run(folder)
    seconds = time.perf_counter() - started
    df = result.measures
    rows = df.to_dict("records")
    labels, continuing, near = matching_labels(folder, rows)
    out = figures(df, result.review, labels, continuing, near)
    by_id = {r["measure_id"]: r for r in rows}
    out["describe"] = lambda m: (f"{by_id[m]['reporter']} {by_id[m]['report_year']}: {by_id[m]['title'][:60]!r}"
                                 f" [{labels.get(m)}]")
    return out | {"run_seconds": round(seconds, 1), "labels": labels, "result": result,
                  "expected_measures": sum(len(e["measures"]) for e in expected.values())}


def rematched(result, labelled, settings: dict, gazetteer: Gazetteer) -> dict:
    """One labelled run's measures matched again with other matching settings, and its figures
    (`labelled`: rows -> labels, continuing, near-misses)."""
    import pandas as pd

    from tiltak.export.dataset import to_frame
    from tiltak.normalize.matching import REVIEW_COLUMNS

    measures = [m.model_copy(update={"cluster_id": None}) for m in result.records]
    matched = match(measures, settings, gazetteer, [])
    for m, cid, key in zip(measures, matched.cluster_ids, matched.keys):
        m.cluster_id, m.content_key = cid, key
    df = to_frame([m.model_dump() for m in measures], Measure)
    return figures(df, pd.DataFrame(matched.review_rows, columns=REVIEW_COLUMNS), *labelled(df))


def sweep(spec: str, blind: list[Path]) -> None:
    import copy

    from benchmarks.blind import matching_labels

    setting, _, values = spec.partition("=")
    grid = [float(v) for v in values.split(",") if v]
    if not grid:
        raise SystemExit("--sweep needs SETTING=V1,V2,… (e.g. match=0.8,0.75,0.7)")
    config = load_config()
    gazetteer = Gazetteer(config.organisations)
    if setting not in config.settings["matching"]["thresholds"]:
        raise SystemExit(f"--sweep: no threshold {setting!r} in matching.toml "
                         f"(there are {', '.join(config.settings['matching']['thresholds'])})")
    settings = {}
    for value in grid:  # one settings object per value, made once
        settings[value] = copy.deepcopy(config.settings["matching"])
        settings[value]["thresholds"][setting] = value
    sets = [("samples", run(ROOT / "samples"), samples_labels)]
    sets += [(f.name, run(f), lambda df, f=f: matching_labels(f, df.to_dict("records"))) for f in blind]
    kept: dict[float, list[str]] = defaultdict(list)
    for name, result, labelled in sets:
        for value in grid:
            q = rematched(result, labelled, settings[value], gazetteer)
            print(f"{name:>8} {setting}={value:<5} precision {q['precision']:.3f}  recall {q['recall']:.3f}  "
                  f"merged or queued {q['merged_or_queued']:.3f}  queue {q['queue_share']:5.1%}  "
                  f"continuing {q['continuing_found']}/{q['continuing']}  near-misses merged {len(q['near_misses_merged'])}")
            if q["precision"] >= 0.99 and not q["near_misses_merged"]:
                kept[value].append(name)
    for value in grid:
        print(f"{setting}={value}: precision >= 0.99 and no near-miss merged on {len(kept[value])} of {len(sets)} sets")


def _show(name: str, q: dict) -> None:
    print(f"{name}: {q['measures']} measures ({q['labelled']} labelled), {q['true_pairs']} true pairs")
    print(f"  automatic merges: precision {q['precision']:.3f}  recall {q['recall']:.3f}  F1 {q['f1']:.3f}")
    print(f"  true pairs merged or queued: {q['merged_or_queued']:.3f} ({len(q['missed_pairs'])} missed)")
    print(f"  queue: {q['review_pairs']} pairs for review, {q['queue_share']:.1%} of the measures"
          + (f", in {q['review_groups']} candidate clusters" if q.get("review_groups") is not None else ""))
    print(f"  continuing measures merged or queued: {q['continuing_found']} of {q['continuing']}")
    print(f"  near-misses merged: {len(q['near_misses_merged'])} of {q['near_misses']}"
          + (f" {q['near_misses_merged']}" if q['near_misses_merged'] else ""))


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def _reword(title: str, rng: random.Random) -> str:
    words = title.split()
    if len(words) > 4 and rng.random() < 0.5:
        del words[rng.randrange(1, len(words))]
    if rng.random() < 0.4:
        words.insert(0, rng.choice(["Deltakelse i", "Vi deltar i", "Medlem av", "Arbeid med"]))
    if rng.random() < 0.3:
        i = rng.randrange(len(words))
        w = words[i]
        if len(w) > 5:
            j = rng.randrange(1, len(w) - 1)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]  # a typo: two letters swapped
    return " ".join(words)


def synthetic(base: list[Measure], n: int, seed: int = 7) -> list[Measure]:
    rng = random.Random(seed)
    reporters = sorted({m.reporter for m in base if m.reporter})
    out: list[Measure] = []
    while len(out) < n:
        src = rng.choice(base)
        title = f"{src.title} – {_name(rng)}"
        copies = 1 if rng.random() < 0.8 else rng.randint(2, 3)
        for c in range(copies):
            if len(out) >= n:
                break
            reporter = src.reporter if c == 0 else rng.choice(reporters)
            out.append(src.model_copy(update={
                "measure_id": f"syn{len(out):06d}", "source_sha256": f"doc{len(out) // 40}",
                "title": title if c == 0 else _reword(title, rng), "reporter": reporter,
                "report_year": rng.choice([2017, 2018, 2019]), "cluster_id": None, "content_key": None}))
    return out


def speed(sizes: list[int]) -> list[dict]:
    """Matching time with one process, and with the processes a run uses by default (one per core)."""
    config = load_config()
    gazetteer = Gazetteer(config.organisations)
    base = run(ROOT / "samples").records
    cores = Limits().workers
    rows = []
    for n in sizes:
        measures = synthetic(base, n)
        row: dict = {"measures": n, "seconds": {}}
        for workers in sorted({1, cores}):
            started = time.perf_counter()
            result = match(measures, config.settings["matching"], gazetteer, [], workers=workers)
            row["seconds"][workers] = round(time.perf_counter() - started, 2)
        rows.append(row | {"candidate_pairs": result.stats["candidate_pairs"], "clusters": result.stats["clusters"],
                           "review_pairs": result.stats["review_pairs"]})
    return rows


def _blind_sets() -> list[Path]:
    return sorted((p for p in (ROOT / "tests" / "blind").glob("match*") if (p / "near_misses.json").is_file()),
                  key=lambda p: int(p.name[5:]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000])
    parser.add_argument("--blind", type=Path, action="append", default=None,
                        help="a blind labelled folder (default: every tests/blind/match*)")
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--details", action="store_true", help="list the true pairs neither merged nor queued")
    parser.add_argument("--sweep", metavar="SETTING=V1,V2", help="a threshold of matching.toml tried at each value")
    args = parser.parse_args()
    if args.sweep:
        return sweep(args.sweep, args.blind or _blind_sets())
    _show("samples (labelled from their sources)", quality())
    blind = args.blind or _blind_sets()
    for folder in blind:
        q = blind_quality(folder)
        _show(f"blind set {folder.name} ({q['expected_measures']} measures written)", q)
        if args.details:
            for a, b in q["missed_pairs"]:
                print(f"    missed: {q['describe'](a)}  /  {q['describe'](b)}")
    if args.no_speed:
        return
    for row in speed(args.sizes):
        times = ", ".join(f"{s} s with {w} process{'es' if w > 1 else ''}" for w, s in row["seconds"].items())
        print(f"{row['measures']:>6} synthetic measures: matched in {times} "
              f"({row['candidate_pairs']} candidate pairs, {row['clusters']} clusters, {row['review_pairs']} for review)")


if __name__ == "__main__":
    main()
