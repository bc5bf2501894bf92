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
    """(records, tfidf, candidates, pair scores, their suggestions) kept by an earlier run over the
    same measures; the pair scores and suggestions as new lists of the (unchanged) values."""
    import pickle

    if name and name in _LAST:
        records, tfidf, candidates, pairs, suggested = _LAST[name]
        return records, tfidf, candidates, list(pairs), list(suggested)
    data = cache.get_bytes(name) if name else None
    if data is None:
        return None
    try:
        state = pickle.loads(data)  # tiltak's own cache, written by save_state()
    except Exception:  # noqa: BLE001 - an old or damaged cache entry is scored again
        return None
    if not (isinstance(state, tuple) and len(state) == 5):
        return None
    records, tfidf, candidates, flat, suggested = state
    pairs = unflat(*flat)
    _LAST.clear()
    _LAST[name] = records, tfidf, candidates, tuple(pairs), tuple(suggested)
    return records, tfidf, candidates, pairs, list(suggested)


def save_state(cache, name: str, records, tfidf, candidates, pairs: list, suggested: list[str]) -> None:
    """What a re-run over the same measures takes from the cache: the suggestions too, as they
    depend only on the pair and the settings (both in `name`)."""
    import pickle

    flat = _flat(pairs)
    cache.put_bytes(name, pickle.dumps((records, tfidf, candidates, flat, suggested), protocol=pickle.HIGHEST_PROTOCOL))


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
    bounds = [(i, min(i + step, len(candidates))) for i in range(0, len(candidates), step)]
    try:  # the first slice scored here, the others in forked processes
        with multiprocessing.get_context("fork").Pool(len(bounds) - 1) as pool:
            rest = pool.map_async(_score_slice, bounds[1:])
            pairs, complete = _scored(*bounds[0])
            parts = rest.get()
    except Exception:  # noqa: BLE001 - no processes to be had: scored here instead
        return None
    finally:
        _JOB = ()
    for flat, more in parts:
        if not complete:
            break  # the time ran out in the slice before: what follows it was not scored
        pairs.extend(unflat(*flat))
        complete = more
    return pairs


def _score_slice(bounds: tuple[int, int]) -> tuple[tuple[list[tuple], list[tuple]], bool]:
    pairs, complete = _scored(*bounds)
    return _flat(pairs), complete


def _scored(start: int, end: int) -> tuple[list[PairScore], bool]:
    """The candidate pairs start…end scored, and whether all were before the deadline."""
    import time

    comparator, records, candidates, deadline = _JOB
    out = []
    for k in range(start, end):
        if k % 5000 == 4999 and time.monotonic() > deadline:
            return out, False
        a, b = candidates[k]
        out.append(comparator.score(records[a], records[b]))
    return out, True


def _flat(pairs: list[PairScore]) -> tuple[list[tuple], list[tuple]]:
    """Pair scores as plain tuples, each part an index into a table of the distinct parts (a few
    thousand among 60,000): ten times faster to pickle and load than the objects."""
    table: dict[tuple, int] = {}
    flat = [(p.left, p.right, p.score, p.weight, tuple(table.setdefault(tuple(x), len(table)) for x in p.parts),
             p.same_document, p.same_reporter) for p in pairs]
    return list(table), flat


def unflat(table: list[tuple], flat: list[tuple]) -> list[PairScore]:
    """Pair scores from what `_flat` made; equal parts are one Part."""
    parts = [Part(*x) for x in table]
    return [PairScore(a, b, score, weight, [parts[i] for i in idx], same_doc, same_rep)
            for a, b, score, weight, idx, same_doc, same_rep in flat]
