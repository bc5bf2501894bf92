"""Scoring the candidate pairs within a time limit, shared among forked processes when there are
many, and the matching state a re-run over the same measures takes from the cache."""

from __future__ import annotations

import hashlib

from .compare import Comparator, PairScore, Part, Record


def _state_name(version: str, rep, docs) -> str:
    digest = hashlib.sha1(version.encode())
    for m, d in zip(rep, docs):
        digest.update(m.model_dump_json(exclude={"cluster_id", "content_key"}).encode())
        digest.update("|".join(sorted(d)).encode())
    return f"matching-{digest.hexdigest()[:24]}.pickle"


_LAST: dict[str, tuple] = {}  # the last state loaded, for a process that runs again (`tiltak watch`)


def _load_state(cache, name: str | None) -> tuple | None:
    """(records, tfidf, candidates, pair scores) kept by an earlier run over the same measures; the
    pair scores as a new list of the (unchanged) scores."""
    import pickle

    if name and name in _LAST:
        records, tfidf, candidates, pairs = _LAST[name]
        return records, tfidf, candidates, list(pairs)
    data = cache.get_bytes(name) if name else None
    if data is None:
        return None
    try:
        state = pickle.loads(data)  # tiltak's own cache, written by match()
    except Exception:  # noqa: BLE001 - an old or damaged cache entry is scored again
        return None
    if not (isinstance(state, tuple) and len(state) == 4):
        return None
    records, tfidf, candidates, flat = state
    pairs = unflat(flat)
    _LAST.clear()
    _LAST[name] = records, tfidf, candidates, tuple(pairs)
    return records, tfidf, candidates, pairs


PARALLEL_FROM = 2000  # candidate pairs from which scoring is shared among processes
_JOB: tuple = ()  # what forked scorers inherit: (comparator, records, candidates, deadline)


def _score_within(comparator: Comparator, records: list[Record], candidates, seconds: float, workers: int = 1):
    """The candidate pairs scored until `seconds` have passed: a run never hangs in matching, and
    says how far it got when it stops. With `workers` > 1 and many pairs, slices are scored in
    forked processes (where fork exists and no other thread runs), in the same order."""
    import time

    deadline = time.monotonic() + seconds
    if workers > 1 and len(candidates) >= PARALLEL_FROM:
        pairs = _score_forked(comparator, records, candidates, deadline, workers)
        if pairs is not None:
            done = len(pairs)
            return pairs, (None if done == len(candidates) else _stopped(seconds, done, len(candidates)))
    pairs = []
    for k, (a, b) in enumerate(candidates):
        if k % 5000 == 4999 and time.monotonic() > deadline:
            return pairs, _stopped(seconds, k, len(candidates))
        pairs.append(comparator.score(records[a], records[b]))
    return pairs, None


def _stopped(seconds: float, done: int, total: int) -> str:
    return (f"matching stopped after {seconds:.0f} s with {done:,} of {total:,} candidate pairs scored (the rest "
            "were not compared); raise [matching.candidates] max_seconds in tiltak.toml, or lower "
            "max_candidates_per_measure")


def _score_forked(comparator: Comparator, records: list[Record], candidates, deadline: float,
                  workers: int) -> list[PairScore] | None:
    import multiprocessing

    from tiltak.extract.forking import fork_is_safe

    if not fork_is_safe():
        return None
    global _JOB
    _JOB = (comparator, records, candidates, deadline)
    step = -(-len(candidates) // workers)
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            parts = pool.map(_score_slice, [(i, min(i + step, len(candidates))) for i in range(0, len(candidates), step)])
    except Exception:  # noqa: BLE001 - no processes to be had: scored here instead
        return None
    finally:
        _JOB = ()
    pairs = []
    for flat, complete in parts:
        pairs.extend(unflat(flat))
        if not complete:
            break  # the time ran out in this slice: what follows it was not scored
    return pairs


def _score_slice(bounds: tuple[int, int]) -> tuple[list[tuple], bool]:
    import time

    comparator, records, candidates, deadline = _JOB
    out = []
    for k in range(*bounds):
        if k % 5000 == 4999 and time.monotonic() > deadline:
            return out, False
        a, b = candidates[k]
        out.append(_flat(comparator.score(records[a], records[b])))
    return out, True


def _flat(p: PairScore) -> tuple:
    """A pair score as plain tuples: ten times faster to pickle and load than the objects."""
    return (p.left, p.right, p.score, p.weight, tuple((x.name, x.level, x.weight, x.value) for x in p.parts),
            p.same_document, p.same_reporter)


def unflat(flat: list[tuple]) -> list[PairScore]:
    """Pair scores from the tuples `_flat` made."""
    return [PairScore(a, b, score, weight, [Part(*x) for x in parts], same_doc, same_rep)
            for a, b, score, weight, parts, same_doc, same_rep in flat]
