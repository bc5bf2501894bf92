"""How well and how fast matching works.

1. Quality on the labelled set (benchmarks/labels.py): the samples' member reports, the
   directorate's matrix and Spekter's 2017 report. Pairwise precision, recall and F1 of the
   automatic clusters (before any analyst decision), the number of pairs sent to review, and
   whether any hard negative was merged.
2. Speed on synthetic measures: 1,000 and 10,000 measures made from the samples' measures (each
   real measure becomes several distinct ones with their own names, some reported two or three
   times in other words). Time of matching alone, candidate pairs scored.

    python benchmarks/matching.py [--sizes 1000 10000]
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

from benchmarks.labels import HARD_NEGATIVE_ROWS, pairwise, truth  # noqa: E402
from normalize.config import load_config  # noqa: E402
from normalize.matching import match  # noqa: E402
from normalize.models import Measure  # noqa: E402
from normalize.orgs import Gazetteer  # noqa: E402
from pipeline import run  # noqa: E402

SYLLABLES = ["ka", "lo", "mi", "ner", "sta", "vik", "ber", "dal", "fjord", "li", "tun", "holm", "eng", "sø", "å",
             "gard", "mo", "nes", "by", "rud", "heim", "stad", "vang", "bakk", "elv"]


def quality() -> dict:
    started = time.perf_counter()
    result = run(ROOT / "samples")
    seconds = time.perf_counter() - started
    df = result.measures
    labels = truth(df)
    predicted = dict(zip(df.measure_id, df.cluster_id))
    scores = pairwise(labels, predicted)
    clusters_of_row: dict[str, set] = defaultdict(set)
    for mid, label in labels.items():
        clusters_of_row[label].add(predicted[mid])
    merged_negatives = []
    for name, rows in HARD_NEGATIVE_ROWS.items():
        seen: dict[str, int] = {}
        for row in rows:
            for cid in clusters_of_row[f"row{row}"]:
                if cid in seen and seen[cid] != row:
                    merged_negatives.append(name)
                seen[cid] = row
    review = result.review[result.review.suggestion == "review"]
    return scores | {"review_pairs": len(review), "hard_negatives_merged": sorted(set(merged_negatives)),
                     "measures": len(df), "run_seconds": round(seconds, 1)}


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
    config = load_config()
    gazetteer = Gazetteer(config.organisations)
    base = run(ROOT / "samples").records
    rows = []
    for n in sizes:
        measures = synthetic(base, n)
        started = time.perf_counter()
        result = match(measures, config.settings["matching"], gazetteer, [])
        rows.append({"measures": n, "seconds": round(time.perf_counter() - started, 2),
                     "candidate_pairs": result.stats["candidate_pairs"], "clusters": result.stats["clusters"],
                     "review_pairs": result.stats["review_pairs"]})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000])
    args = parser.parse_args()
    q = quality()
    print(f"labelled set: {q['measures']} measures, {q['true_pairs']} true pairs")
    print(f"  automatic clusters: precision {q['precision']:.3f}  recall {q['recall']:.3f}  F1 {q['f1']:.3f}")
    print(f"  pairs sent to review: {q['review_pairs']}")
    print(f"  hard negatives merged: {q['hard_negatives_merged'] or 'none'}")
    print(f"  whole run over samples/: {q['run_seconds']} s")
    for row in speed(args.sizes):
        print(f"{row['measures']:>6} synthetic measures: matched in {row['seconds']} s "
              f"({row['candidate_pairs']} candidate pairs, {row['clusters']} clusters, {row['review_pairs']} for review)")


if __name__ == "__main__":
    main()
