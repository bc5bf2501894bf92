"""The matcher's weights against what the labelled sets say they should be.

For every candidate pair of a labelled set, each comparison puts the pair in one level (as in the
review file). Over the pairs the labels call the same measure, the share in a level is its m; over
the others, its u; log2(m/u) is the weight the data supports (Fellegi–Sunter with m and u counted
from labels, as Splink's `estimate_m_from_label_column` does for m; add-half smoothing). Printed
beside the weight in matching.toml, per set and for the sets together, so that a weight far from
its evidence shows.

    python benchmarks/weights.py [--blind tests/blind/match1 ...]
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.matching import blind_quality, quality  # noqa: E402
from tiltak.normalize.config import load_config  # noqa: E402
from tiltak.normalize.matching import records_for  # noqa: E402
from tiltak.normalize.matching.candidates import candidate_pairs  # noqa: E402
from tiltak.normalize.matching.compare import Comparator  # noqa: E402
from tiltak.normalize.orgs import Gazetteer  # noqa: E402


def labelled_pairs(q: dict):
    """(same tiltak, the pair's score, the comparator) for every candidate pair of one labelled set
    whose two measures both carry a label."""
    cfg = load_config()
    settings = cfg.settings["matching"]
    measures = q["result"].records
    labels = q["labels"]
    records, tfidf = records_for(measures, Gazetteer(cfg.organisations), settings)
    comparator = Comparator(settings, tfidf)
    for a, b in candidate_pairs(records, tfidf.df, settings, tfidf.names):
        la, lb = labels.get(measures[a].measure_id), labels.get(measures[b].measure_id)
        if la is not None and lb is not None:
            yield la == lb, comparator.score(records[a], records[b]), comparator


def level_counts(q: dict) -> tuple[dict[str, Counter], dict[str, Counter], int, int]:
    """Per comparison, how often each level occurs among true pairs (m) and other pairs (u)."""
    m, u = defaultdict(Counter), defaultdict(Counter)
    n_m = n_u = 0
    for same, pair, _ in labelled_pairs(q):
        n_m, n_u = n_m + same, n_u + (not same)
        for part in pair.parts:
            level = part.level.split("/")[-1] if part.name == "title" else part.level
            (m if same else u)[part.name][level] += 1
    return m, u, n_m, n_u


def current_weights(settings: dict) -> dict[tuple[str, str], float]:
    out = {("title", lv["name"]): lv["weight"] for lv in settings["title"]["levels"]}
    out[("title", "prefix_only")] = settings["title"]["prefix_only_weight"]
    for name in ("organisations", "delmal", "type", "years", "dates", "names", "document"):
        for level, value in settings.get(name, {}).items():
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                out[(name, level)] = float(value)
    return out


def estimate(m: dict[str, Counter], u: dict[str, Counter], n_m: int, n_u: int) -> dict[tuple[str, str], tuple]:
    out = {}
    for name in sorted(set(m) | set(u)):
        levels = set(m[name]) | set(u[name])
        for level in levels:
            pm = (m[name][level] + 0.5) / (n_m + 0.5 * len(levels))
            pu = (u[name][level] + 0.5) / (n_u + 0.5 * len(levels))
            out[(name, level)] = (m[name][level], u[name][level], math.log2(pm / pu))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--blind", type=Path, action="append", default=None)
    args = parser.parse_args()
    blind = args.blind or [ROOT / "tests" / "blind" / "match1"]
    sets = {"samples": quality()} | {f.name: blind_quality(f) for f in blind}
    counted = {name: level_counts(q) for name, q in sets.items()}
    together_m, together_u = defaultdict(Counter), defaultdict(Counter)
    for m, u, _, _ in counted.values():
        for name in m:
            together_m[name].update(m[name])
        for name in u:
            together_u[name].update(u[name])
    counted["together"] = (together_m, together_u, sum(c[2] for c in counted.values()),
                           sum(c[3] for c in counted.values()))
    estimates = {name: estimate(*c) for name, c in counted.items()}
    weights = current_weights(load_config().settings["matching"])
    for name, (_, _, n_m, n_u) in counted.items():
        prior = math.log2((n_m + 0.5) / (n_u + 0.5))
        print(f"{name}: {n_m} true and {n_u} other candidate pairs; prior log2 odds among candidates {prior:+.1f}")
    keys = sorted({k for e in estimates.values() for k in e})
    names = list(estimates)
    print(f"\n{'comparison':14} {'level':22} {'toml':>6}  " + "  ".join(f"{n[:12]:>20}" for n in names))
    for key in keys:
        cells = []
        for n in names:
            e = estimates[n].get(key)
            cells.append(f"{e[0]:>4}/{e[1]:<5} {e[2]:+6.1f}" if e else f"{'':>20}")
        toml = weights.get(key)
        print(f"{key[0]:14} {key[1]:22} {toml if toml is not None else '':>6}  " + "  ".join(f"{c:>20}" for c in cells))


if __name__ == "__main__":
    main()
