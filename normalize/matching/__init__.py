"""Matching: the same measure reported by several members, or in several years.

    result = match(measures, settings, gazetteer, decisions, previous_ids)

Candidate pairs (candidates.py) are scored from explainable comparisons (compare.py, weights in
matching.toml); scores above the match threshold merge automatically, those between the
thresholds go to the analyst. The analyst's decisions (review.py) are hard rules: a `match` joins
two measures, a `distinct` keeps them apart whatever chain of matches would join them
(clusters.py). Pure: no files are read or written here.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace

from ..orgs import Gazetteer
from ..reference import fold, read_csv
from .candidates import candidate_pairs
from .clusters import Split, cluster, stable_ids
from .compare import Comparator, PairScore, Part, Record
from .review import Decision, pair_id, pair_key
from .titles import SoftTfIdf, TitleWords

REVIEW_COLUMNS = [
    "pair_id", "group", "group_size", "suggestion", "score", "decision",
    "left_measure_id", "right_measure_id", "left_title", "right_title", "left_reporter", "right_reporter",
    "left_year", "right_year", "left_delmal", "right_delmal", "left_type", "right_type",
    "left_organisations", "right_organisations", "left_source", "right_source",
    "title", "organisations", "delmal", "type", "years", "dates", "names", "document", "same_document",
    "left_key", "right_key",
]


def content_key(reporter: str | None, year: int | None, title: str, delmal: list[str]) -> str:
    """Stable key of a measure's content: the same report sent again (or as Word and as PDF) gives it too."""
    text = f"{reporter or ''}|{year or ''}|{fold(title)}|{','.join(sorted(delmal))}"
    return hashlib.sha1(text.encode()).hexdigest()[:16]


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


def _words_model(gazetteer: Gazetteer) -> TitleWords:
    abbreviations = {r["abbreviation"]: r["expansions"].split("|") for r in read_csv("abbreviations.csv")}
    for org in gazetteer.orgs.values():
        # every name of an organisation is one token: "Universitetet i Oslo" is "UiO"
        if org.kind != "group" and len(org.canonical) >= 2:
            abbreviations.setdefault(org.canonical, []).extend(n for n in (org.full_name, *org.aliases) if n != org.canonical)
    from ..reference import data_path

    stop = {w.strip() for w in data_path("stopwords.txt").read_text(encoding="utf-8").splitlines()
            if w.strip() and not w.startswith("#")}
    names = {o.canonical: [o.full_name, *o.aliases] for o in gazetteer.orgs.values()}
    named = frozenset(r["abbreviation"] for r in read_csv("abbreviations.csv") if r["kind"] == "name")
    return TitleWords(abbreviations, stop, names, named)


def _ancestors(gazetteer: Gazetteer, name: str) -> frozenset[str]:
    out, seen = {name}, 0
    while (parent := gazetteer.parent_of(name)) and parent not in out and seen < 10:
        out.add(parent)
        name, seen = parent, seen + 1
    return frozenset(out)


def _org_sets(gazetteer: Gazetteer, names) -> tuple[frozenset[str], frozenset[str]]:
    """Organisations (not kinds of actors such as "skoler"), and the same with the bodies they
    belong to (KD is part of Regjeringen)."""
    own = frozenset(n for n in names if n and not gazetteer.is_group(n))
    up: set[str] = set()
    for name in own:
        up |= _ancestors(gazetteer, name)
    return own, frozenset(up)


def _dates(title: str, period: str | None, year: int | None) -> frozenset:
    """Dates with a day that the title or the timing text gives."""
    from ..dates import parse_period

    found = set()
    for text in (title, period):
        p = parse_period(text, year)
        found.update(d for d in (p.start_date, p.end_date) if d)
    return frozenset(found)


_CONTINUES = re.compile(
    r"\b(?:videreført|videreføres|videreføring|vidareført|vidareføring|fortsatt|fortsetter|forts\.|framleis|"
    r"forlenget|forlengelse|forlengd|oppfølging|følges opp|fase\s*(?:2|ii|to)|andre fase|ny runde|sluttrapport|"
    r"avsluttende|avsluttet|utvidet|utvides|igjen|som i fjor|årlig|årleg|oppdatert|oppdatering|videreutvikl\w*)\b", re.I)
_QUOTED = re.compile(r"[«\"“”]([^«»\"“”]{3,80})[»\"“”]")
_WORD = re.compile(r"[A-ZÆØÅ][a-zæøå]{4,}(?:-[A-ZÆØÅa-zæøå]+)?")
_INSIDE = re.compile(r"(?<=[\w,;:()»\"–-]\s)[A-ZÆØÅ][a-zæøå]{4,}(?:-[A-ZÆØÅa-zæøå]+)?|(?<=\()[A-ZÆØÅ][a-zæøå]{4,}")


def _proper_names(texts: list[str], org_words: frozenset[str]) -> frozenset[str]:
    """Words the documents write with a capital inside a sentence ("… i Hurtigsporet", "(Utdanningsløftet)"):
    names, wherever else they stand (a title may begin with one), unless they name an organisation."""
    return frozenset(fold(w) for t in texts for w in _INSIDE.findall(t or "")) - org_words


def _names(text: str, proper: frozenset[str]) -> frozenset[str]:
    """Quoted names («Lære hele livet») and proper names in a measure's title and description."""
    out = {"«" + fold(q) for q in _QUOTED.findall(text or "") if len(fold(q).split()) <= 8}
    out |= {fold(w) for w in _WORD.findall(text or "") if fold(w) in proper}
    return frozenset(out)


def _regions_pattern(gazetteer: Gazetteer) -> re.Pattern | None:
    """The counties' place names ("Trøndelag", "Møre og Romsdal") as they stand in a folded title."""
    places = set()
    for org in gazetteer.orgs.values():
        if org.kind == "county" and fold(org.canonical) != "fylkeskommunene":  # all of them: no one place
            for name in org.names():
                place = re.sub(r"\s*fylkeskommun\w*$", "", fold(name)).strip()
                if len(place) >= 4 and " " not in place.replace(" og ", "_"):
                    places.add(place)
    if not places:
        return None
    return re.compile(r"\b(" + "|".join(sorted(map(re.escape, places), key=len, reverse=True)) + r")s?\b")


def _peer_kinds(gazetteer: Gazetteer, responsible) -> frozenset[str]:
    """'county' when every responsible body is a county council: each runs its own regional version."""
    kinds = set()
    for name in responsible:
        org = gazetteer.org(name)
        kind = org.kind if org else ("county" if re.search(r"fylkeskommun", name, re.I) else None)
        kinds.add(kind if kind == "county" and fold(name) != "fylkeskommunene" else None)
    return frozenset(kinds) if kinds == {"county"} else frozenset()


def records_for(measures, gazetteer: Gazetteer, settings: dict,
                documents: list[frozenset[str]] | None = None) -> tuple[list[Record], SoftTfIdf]:
    words_model = _words_model(gazetteer)
    words = [words_model.words(m.title, m.reporter) for m in measures]
    # a council's or scheme's short name names one thing (KBU, FVO); a term (EVU, VGS) many
    named = frozenset(words_model.token(r["abbreviation"]) for r in read_csv("abbreviations.csv")
                      if r["kind"] == "name") - {""}
    tfidf = SoftTfIdf(words, settings["title"]["word_ratio"], named)
    org_words = frozenset(w for o in gazetteer.orgs.values() for n in o.names() for w in fold(n).split())
    proper = _proper_names([f"{m.title}. {m.description or ''}" for m in measures], org_words)
    org_tokens = frozenset(t for o in gazetteer.orgs.values() if (t := words_model.token(o.canonical)))
    event_stems = _event_stems()
    desc_words = [words_model.words(m.description, m.reporter) if m.description else () for m in measures]
    regions = _regions_pattern(gazetteer)
    years_of: dict = defaultdict(set)
    for m in measures:
        if m.report_year is not None:
            years_of[m.reporter].add(m.report_year)
    reported = {k: frozenset(v) for k, v in years_of.items()}
    records = []
    for i, (m, w) in enumerate(zip(measures, words)):
        responsible, responsible_up = _org_sets(gazetteer, m.responsible)
        organisations, organisations_up = _org_sets(gazetteer, [*m.responsible, *m.partners, m.reporter])
        texts = " ".join(t for t in (m.title, m.description, m.period) if t)
        records.append(Record(
            index=i, key=m.content_key or content_key(m.reporter, m.report_year, m.title, m.delmal),
            documents=documents[i] if documents else frozenset([m.source_sha256]), words=w, vector=tfidf.vector(w),
            reporter=m.reporter, responsible=responsible, responsible_up=responsible_up, organisations=organisations,
            organisations_up=organisations_up, delmal=frozenset(m.delmal), type=m.type, year=m.report_year,
            dates=_dates(m.title, m.period, m.report_year), ongoing=m.ongoing, end_year=m.end_year,
            desc_words=desc_words[i], desc_vector=tfidf.vector(desc_words[i]),
            alternatives=_alternatives(words_model, m.title, m.reporter, w, org_tokens),
            own_token=words_model.token(m.reporter) if m.reporter else "",
            title_years=frozenset(int(y) for y in _TITLE_YEAR.findall(m.title or "")),
            renewed=tuple(w for x in _RENEWED.findall(m.title or "") for w in words_model.words(x, m.reporter)),
            product=_product(m.title or ""),
            event=m.type == "Arrangement" or any(stem in x for x in fold(m.title or "").split() for stem in event_stems),
            names=_names(f"{m.title}. {m.description or ''}", proper), continues=bool(_CONTINUES.search(texts)),
            peer_kinds=_peer_kinds(gazetteer, m.responsible or ([m.reporter] if m.reporter else [])),
            start_year=m.start_year, reported=reported.get(m.reporter, frozenset()),
            regions=frozenset(regions.findall(fold(m.title or ""))) if regions else frozenset(),
            replaces=tuple(w for x in _REPLACES.findall(texts) for w in words_model.words(_named(x), m.reporter)),
            replaces_years=frozenset(int(y) for x in _REPLACES.findall(texts) for y in _TITLE_YEAR.findall(x))))
    _keep_rare_names(records)
    return records, tfidf


_TITLE_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")
# "ny samfunnskontrakt", "det nye programmet": a new one of a thing; not "nye oppgaver" (new tasks)
_RENEWED = re.compile(r"\b(?:(?:det|den)\s+nye|ny|nytt|neste|fornyet|fornya)\s+([^\W\d_]+)", re.I)
_REPLACES = re.compile(r"\b(?:erstatter|avløser|erstatte|avløse|avløyser|erstattar)\s+((?:[^\s.,;]+\s+){0,3}[^\s.,;]+)",
                       re.I)
def _named(text: str) -> str:
    """The words of a text that are written as names: "Kompetanseprogrammet og tidligere utlysninger"
    -> "Kompetanseprogrammet"."""
    return " ".join(w for w in text.split() if w[:1].isupper())


_REPORT = re.compile(r"^\W*(?:rapport(?:en)?|publikasjon(?:en)?)\b", re.I)
_SURVEY = re.compile(r"undersøkelse|undersøking|kartlegging|barometer", re.I)


def _product(title: str) -> str:
    """'report' for a titled report ("Rapporten «Tid til å lære?»"), 'survey' for a survey."""
    if _REPORT.match(title):
        return "report"
    return "survey" if _SURVEY.search(title) else ""


def _event_stems() -> frozenset[str]:
    """Words that name a happening: the strong keywords of the type Arrangement (type_keywords.csv)."""
    return frozenset(r["stem"] for r in read_csv("type_keywords.csv") if r["type"] == "Arrangement" and int(r["weight"]) >= 3)


_BRACKETS = re.compile(r"\(([^()]*)\)")


def _alternatives(words_model: TitleWords, title: str, reporter, words,
                  org_tokens: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    """A title with a name in brackets, as its two names: "Kompetanseutviklingsmidler i staten
    (statens kompetansefond)" is both. Brackets holding only organisations or "videreført" give none."""
    main = words_model.words(_BRACKETS.sub(" ", title or ""), reporter)
    inner = [words_model.words(t, reporter) for t in _BRACKETS.findall(title or "")]
    # not an abbreviation of what it follows ("Råd for samarbeid med arbeidslivet (RSA)"), nor organisations
    inner = [w for w in inner if w and not set(w) <= set(main) and not set(w) <= org_tokens]
    if not inner:
        return ()
    return tuple(dict.fromkeys(w for w in [main, *inner] if w and w != words))


def _keep_rare_names(records: list[Record]) -> None:
    """Names many measures give (Norge, Kompetansereformen in every second title) tell nothing."""
    from collections import Counter

    df = Counter(n for r in records for n in r.names)
    limit = max(3, int(0.05 * len(records)))
    for k, r in enumerate(records):
        rare = frozenset(n for n in r.names if df[n] <= limit)
        if rare != r.names:
            object.__setattr__(r, "names", rare)


def match(measures, settings: dict, gazetteer: Gazetteer, decisions: list[Decision],
          previous_ids: dict[str, str] | None = None, cache=None, version: str = "", workers: int = 1) -> MatchResult:
    """Measures with the same content key (the same report sent as Word and as PDF, or sent twice)
    are one record: they are the same measure, and only distinct contents are compared.
    `cache` (extract.batch.Cache): keeps the pair scores for the same measures and `version` (of
    the code, data and settings), so a re-run after the analyst's decisions does not score again.
    `workers`: processes that may share the scoring."""
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
        records, tfidf, candidates, flat = state
        pairs = [PairScore(a, b, score, weight, [Part(*x) for x in parts], same_doc, same_rep)
                 for a, b, score, weight, parts, same_doc, same_rep in flat]
    else:
        records, tfidf = records_for(rep, gazetteer, settings, docs)
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
        if gave_up:
            warnings.append(gave_up)
        elif stored is not None:
            import pickle

            flat = [_flat(p) for p in pairs]
            cache.put_bytes(stored, pickle.dumps((records, tfidf, candidates, flat), protocol=pickle.HIGHEST_PROTOCOL))
    scored = {(p.left, p.right) for p in pairs}
    for d in applied:  # decided pairs that are no longer candidates are still shown and applied
        a, b = sorted((position[d.left_key], position[d.right_key]))
        if (a, b) not in scored:
            pairs.append(comparator.score(records[a], records[b]))
    suggestions = {(p.left, p.right): comparator.suggestion(p) for p in pairs}

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


def _state_name(version: str, rep, docs) -> str:
    digest = hashlib.sha1(version.encode())
    for m, d in zip(rep, docs):
        digest.update(m.model_dump_json(exclude={"cluster_id", "content_key"}).encode())
        digest.update("|".join(sorted(d)).encode())
    return f"matching-{digest.hexdigest()[:24]}.pickle"


def _load_state(cache, name: str | None) -> tuple | None:
    """(records, tfidf, candidates, pair scores) kept by an earlier run over the same measures."""
    import pickle

    data = cache.get_bytes(name) if name else None
    if data is None:
        return None
    try:
        state = pickle.loads(data)  # tiltak's own cache, written by match()
    except Exception:  # noqa: BLE001 - an old or damaged cache entry is scored again
        return None
    return state if isinstance(state, tuple) and len(state) == 4 else None


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
    import sys
    import threading

    # Linux only (fork is unsafe with macOS system libraries, missing on Windows), and never beside
    # another thread: the child could inherit a lock that thread holds
    if not sys.platform.startswith("linux") or threading.active_count() > 1:
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
        pairs.extend(PairScore(a, b, score, weight, [Part(*x) for x in ps], same_doc, same_rep)
                     for a, b, score, weight, ps, same_doc, same_rep in flat)
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
                if comparator.title(records[a], records[b]).level not in ("exact", "very_high"):
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
        if s == "review" and clusters[0] == clusters[1]:
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
