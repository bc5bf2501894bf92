"""Candidate pairs: which pairs are worth scoring.

Up to `all_pairs_up_to` measures, every pair is looked at: rapidfuzz's `process.cdist` (in C, on
all cores) gives a cheap similarity of the sorted title words, and pairs above `prefilter` are
scored. Pairs that share a rare title word (an abbreviation such as `rsa`, a name; compared
without endings, so that "Kompetansepluss" meets "Kompetanseplussordningene") or a proper name
are always candidates. Above that size only the rare-word blocks are used, so the cost grows with the block
sizes, not with n².
"""

from __future__ import annotations

from collections import defaultdict

from rapidfuzz import fuzz, process

from .compare import Record
from .titles import _stem

KEY_LENGTH = 12  # "kompetansepluss" and "kompetanseplussordningene" share their first 12 letters


def block_keys(r: Record) -> set[str]:
    """A record's blocking keys: its title words, without their endings and cut to a length that
    joins a name and its compounds, the parts of its compounds, the words of its other names (an
    acronym spelt out: "NFK" meets "Nasjonalt forum for karriereveiledning"), and the proper names it gives."""
    parts = {_stem(w)[:KEY_LENGTH] for w in r.part_vector if len(w) >= 4} if r.compound else set()
    words = {w for alt in r.alternatives for w in alt} | set(r.words)
    return {_stem(w)[:KEY_LENGTH] for w in words if len(w) >= 3} | parts | set(r.names)


def _rare_word_pairs(records: list[Record], df: dict[str, int], max_df: int) -> set[tuple[int, int]]:
    blocks: dict[str, list[int]] = defaultdict(list)
    for r in records:
        for w in block_keys(r):
            if 1 < df.get(w, 0) <= max_df:
                blocks[w].append(r.index)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        members.sort()
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                pairs.add((a, b))
    return pairs


def _named_in_description_pairs(records: list[Record], names: frozenset[str], max_df: int) -> set[tuple[int, int]]:
    """A measure whose description names a council or scheme ("KS deltar i KBU") meets the
    measures whose title names it."""
    titled: dict[str, list[int]] = defaultdict(list)
    for r in records:
        for w in set(r.words) & names:
            titled[w].append(r.index)
    pairs: set[tuple[int, int]] = set()
    for r in records:
        for w in set(r.desc_words) & names:
            if len(titled[w]) <= max_df:
                pairs.update((min(r.index, o), max(r.index, o)) for o in titled[w] if o != r.index)
    return pairs


def _reciprocal_pairs(records: list[Record], max_df: int) -> set[tuple[int, int]]:
    """A measure whose title names another reporter ("Samarbeid med Vestland fylkeskommune …", from
    NAV) meets that reporter's measures that name it back ("Partnarskap med NAV Vestland …")."""
    titled: dict[str, list[Record]] = defaultdict(list)
    for r in records:
        for org in r.title_orgs:
            titled[org].append(r)
    pairs: set[tuple[int, int]] = set()
    for r in records:
        others = titled.get(r.reporter or "", [])
        if len(others) > max_df:
            continue
        pairs.update((min(r.index, o.index), max(r.index, o.index)) for o in others
                     if o.reporter != r.reporter and o.reporter in r.named_up)
    return pairs


def candidate_pairs(records: list[Record], df: dict[str, int], settings: dict,
                    names: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    cfg = settings["candidates"]
    n = len(records)
    if n < 2:
        return []
    # Word counts over records (not distinct titles) decide what is rare enough to block on.
    counts: dict[str, int] = defaultdict(int)
    for r in records:
        for w in block_keys(r):
            counts[w] += 1
    max_df = max(cfg["rare_word_max_titles"], int(cfg["rare_word_max_share"] * n))
    pairs = (_rare_word_pairs(records, counts, max_df) | _named_in_description_pairs(records, names, max_df)
             | _reciprocal_pairs(records, max_df))
    if n <= cfg["all_pairs_up_to"]:
        import numpy as np  # here only: a re-run whose pairs are cached never loads it

        texts = [" ".join(sorted(r.words)) for r in records]
        scores = process.cdist(texts, texts, scorer=fuzz.ratio, dtype=np.uint8, workers=-1,
                               score_cutoff=cfg["prefilter"])
        np.fill_diagonal(scores, 0)
        keep = _top_per_row(scores, cfg["max_candidates_per_measure"])
        rows, cols = np.nonzero(np.triu(keep | keep.T, k=1))
        pairs.update(zip(rows.tolist(), cols.tolist()))
    return sorted(pairs)


def _top_per_row(scores, k: int):
    """Each measure's `k` most similar titles above the prefilter (numpy arrays): thousands of
    near-identical titles ("Kurs i …") give k·n pairs to score, not n²."""
    import numpy as np

    keep = scores > 0
    crowded = np.flatnonzero(keep.sum(axis=1) > k)
    if len(crowded):
        top = np.argpartition(-scores[crowded].astype(np.int16), k - 1, axis=1)[:, :k]
        keep[crowded] = False
        keep[crowded[:, None], top] = True
    return keep
