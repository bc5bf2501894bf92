"""A learned ranker over the matcher's comparison levels, against the hand-set weights, on every
labelled set, each held out in turn.

For every candidate pair of the samples and of the blind sets, the features are the levels the
comparisons give (one-hot, as in the review file) and the title similarity. Two models from
scikit-learn are trained on all sets but one and tested on that one (leave one set out): logistic
regression (a Fellegi–Sunter model with weights fitted jointly, not one at a time) and gradient-
boosted trees (which can weigh combinations of levels). Each model's merge threshold is the lowest
that keeps precision at 0.995 on its training sets; its queue is the pairs above 0.05. "Current" is
tiltak's own suggestion for the same pairs. Figures are per candidate pair (clustering and the
cannot-links of one report are left out), so they show how well each separates true from false
pairs, not the run's final figures.

    pip install -e ".[bench]"   # scikit-learn, only for this benchmark
    python benchmarks/ranker.py [--blind tests/blind/match1 ...]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.matching import blind_quality, quality  # noqa: E402
from benchmarks.weights import labelled_pairs  # noqa: E402

PRECISION = 0.995


def pairs_of(q: dict) -> list[tuple[bool, str, dict]]:
    """(same tiltak, tiltak's suggestion, features) for every labelled candidate pair of one set."""
    out = []
    for same, pair, comparator in labelled_pairs(q):
        features = {f"{p.name}={p.level}": 1.0 for p in pair.parts}
        features["title_value"] = pair.part("title").value or 0.0
        out.append((same, comparator.suggestion(pair), features))
    return out


def counts(truth, merged, queued) -> tuple[float, float, int, float]:
    tp = sum(1 for t, m in zip(truth, merged) if t and m)
    fp = sum(1 for t, m in zip(truth, merged) if m and not t)
    positives = sum(truth)
    seen = sum(1 for t, m, q in zip(truth, merged, queued) if t and (m or q))
    return tp / max(tp + fp, 1), tp / max(positives, 1), fp, seen / max(positives, 1)


def threshold(model, x, y) -> float:
    scores = model.predict_proba(x)[:, 1]
    for t in [i / 1000 for i in range(500, 1000)]:
        merged = scores >= t
        tp = int((merged & y).sum())
        if tp and tp / int(merged.sum()) >= PRECISION:
            return t
    return 1.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--blind", type=Path, action="append", default=None)
    args = parser.parse_args()
    try:
        import numpy as np
        from sklearn.ensemble import HistGradientBoostingClassifier
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        sys.exit("this benchmark needs scikit-learn: pip install scikit-learn")
    blind = args.blind or sorted(p for p in (ROOT / "tests" / "blind").glob("match*") if p.is_dir())
    sets = {"samples": pairs_of(quality())} | {f.name: pairs_of(blind_quality(f)) for f in blind}
    models = {"logistic": lambda: LogisticRegression(C=1.0, max_iter=5000),
              "trees": lambda: HistGradientBoostingClassifier(max_iter=200, random_state=0)}
    print(f"{'held out':10} {'model':9} {'precision':>9} {'recall':>7} {'false':>6} {'merged or queued':>17} {'queue':>6}")
    for held, test in sets.items():
        truth = [t for t, _, _ in test]
        merged = [s == "match" for _, s, _ in test]
        queued = [s == "review" for _, s, _ in test]
        p, r, fp, seen = counts(truth, merged, queued)
        print(f"{held:10} {'current':9} {p:9.3f} {r:7.3f} {fp:6d} {seen:17.3f} {sum(queued):6d}")
        train = [row for name, rows in sets.items() if name != held for row in rows]
        vectorizer = DictVectorizer(sparse=False)
        x = vectorizer.fit_transform([f for _, _, f in train])
        y = np.array([t for t, _, _ in train])
        xt = vectorizer.transform([f for _, _, f in test])
        for name, make in models.items():
            model = make().fit(x, y)
            cut = threshold(model, x, y)
            scores = model.predict_proba(xt)[:, 1]
            merged = list(scores >= cut)
            queued = [not m and s >= 0.05 for m, s in zip(merged, scores)]
            p, r, fp, seen = counts(truth, merged, queued)
            print(f"{'':10} {name:9} {p:9.3f} {r:7.3f} {fp:6d} {seen:17.3f} {sum(queued):6d}")


if __name__ == "__main__":
    main()
