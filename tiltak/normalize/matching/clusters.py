"""Clusters of measures that are the same measure.

Connected components over match edges: the automatic ones and the analyst's `match` decisions
(must-links). An analyst's `distinct` is a cannot-link: no chain of automatic matches may join
the two measures, so a cluster that would is split at its weakest automatic link, and the split
is listed. Cluster ids are stable: a cluster keeps the id its measures had in the previous run
(the largest part keeps it when a cluster splits), and a new cluster's id comes from its
members' content keys, so the same measures give the same id on every run.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field


@dataclass
class Split:
    left: int
    right: int
    removed: list[tuple[int, int, float]] = field(default_factory=list)
    conflict: bool = False  # the analyst's own match decisions join the two
    listed_apart: bool = False  # the two are rows of one report, not the analyst's distinct


def _components(n: int, adjacency: dict[int, dict[int, float]]) -> list[int]:
    label = [-1] * n
    current = 0
    for start in range(n):
        if label[start] != -1:
            continue
        queue = deque([start])
        label[start] = current
        while queue:
            node = queue.popleft()
            for nxt in adjacency[node]:
                if label[nxt] == -1:
                    label[nxt] = current
                    queue.append(nxt)
        current += 1
    return label


def _path(adjacency: dict[int, dict[int, float]], a: int, b: int) -> list[int] | None:
    previous = {a: a}
    queue = deque([a])
    while queue:
        node = queue.popleft()
        if node == b:
            path = [b]
            while path[-1] != a:
                path.append(previous[path[-1]])
            return path[::-1]
        for nxt in adjacency[node]:
            if nxt not in previous:
                previous[nxt] = node
                queue.append(nxt)
    return None


MUST = float("inf")


def cluster(n: int, edges: list[tuple[int, int, float]], must: list[tuple[int, int]],
            cannot: list[tuple[int, int]], apart: list[tuple[int, int]] = ()) -> tuple[list[int], list[Split]]:
    """Component label per measure, and the splits the cannot-links forced. `apart` are weaker
    cannot-links (two rows one author listed as two measures): they split chains of automatic
    matches too, but yield to the analyst's match decisions without a word."""
    adjacency: dict[int, dict[int, float]] = defaultdict(dict)
    forbidden = {frozenset(p) for p in cannot}
    for a, b, score in edges:
        if frozenset((a, b)) not in forbidden:
            adjacency[a][b] = adjacency[b][a] = score
    for a, b in must:
        adjacency[a][b] = adjacency[b][a] = MUST
    splits: list[Split] = []
    for k, (a, b) in enumerate([*cannot, *apart]):
        split = Split(a, b, listed_apart=k >= len(cannot))
        while (path := _path(adjacency, a, b)) is not None:
            links = [(path[i], path[i + 1], adjacency[path[i]][path[i + 1]]) for i in range(len(path) - 1)]
            weakest = min((link for link in links if link[2] != MUST), key=lambda link: link[2], default=None)
            if weakest is None:
                split.conflict = True
                break
            x, y, _ = weakest
            del adjacency[x][y], adjacency[y][x]
            split.removed.append(weakest)
        if split.removed or (split.conflict and not split.listed_apart):
            splits.append(split)
    return _components(n, adjacency), splits


def stable_ids(labels: list[int], keys: list[str], previous: dict[str, str]) -> list[str]:
    """An id per measure's cluster: the id its members had before when there is one, else one
    made from the smallest member key."""
    members: dict[int, list[int]] = defaultdict(list)
    for i, label in enumerate(labels):
        members[label].append(i)
    used: set[str] = set()
    by_label: dict[int, str] = {}
    for label in sorted(members, key=lambda lb: (-len(members[lb]), min(keys[i] for i in members[lb]))):
        old = Counter(previous[keys[i]] for i in members[label] if keys[i] in previous)
        choice = next((cid for cid, _ in sorted(old.items(), key=lambda kv: (-kv[1], kv[0])) if cid not in used), None)
        if choice is None:
            seed = min(keys[i] for i in members[label])
            choice = "t" + hashlib.sha1(seed.encode()).hexdigest()[:10]
            salt = 0
            while choice in used:
                salt += 1
                choice = "t" + hashlib.sha1(f"{seed}#{salt}".encode()).hexdigest()[:10]
        used.add(choice)
        by_label[label] = choice
    return [by_label[label] for label in labels]
