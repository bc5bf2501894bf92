"""What matching knows about each measure (a Record): its title words, organisations, years,
names and the other evidence the comparisons weigh, built once per run from the measures."""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from ..dates import open_ended
from ..orgs import Gazetteer, county_place
from ..reference import bokmal_forms, fold, read_csv
from .compare import Record
from .titles import Compounds, SoftTfIdf, TitleWords, alike_words, scheme_name


def content_key(reporter: str | None, year: int | None, title: str, delmal: list[str]) -> str:
    """Stable key of a measure's content: the same report sent again (or as Word and as PDF) gives it too."""
    text = f"{reporter or ''}|{year or ''}|{fold(title)}|{','.join(sorted(delmal))}"
    return hashlib.sha1(text.encode()).hexdigest()[:16]


def _words_model(gazetteer: Gazetteer) -> TitleWords:
    rows = read_csv("abbreviations.csv")
    abbreviations = {r["abbreviation"]: r["expansions"].split("|") for r in rows}
    for org in gazetteer.orgs.values():
        # every name of an organisation is one token: "Universitetet i Oslo" is "UiO"
        if org.kind != "group" and len(org.canonical) >= 2:
            abbreviations.setdefault(org.canonical, []).extend(n for n in (org.full_name, *org.aliases) if n != org.canonical)
    stop = _word_list("stopwords.txt") | _word_list("participation.txt")
    names = {o.canonical: [o.full_name, *o.aliases] for o in gazetteer.orgs.values()}
    # a council's or scheme's short name names one thing (KBU, FVO); a term (EVU, VGS) many
    named = frozenset(r["abbreviation"] for r in rows if r["kind"] == "name")
    # "Skills Reform" is Kompetansereformen: a title in English is read in the Norwegian name's words
    english = {fold(e): fold(r["name"]) for r in read_csv("english.csv") if not r["name"].startswith("#")
               for e in r["english"].split("|") if e.strip()}
    return TitleWords(abbreviations, stop, names, named, bokmal_forms(), english)


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
    return frozenset((*_day_dates(title, year), *_day_dates(period, year)))


_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=4096)
def _day_dates(text: str | None, year: int | None) -> tuple:
    from ..dates import parse_period

    if not text or not _DIGIT.search(text):  # a date with a day has a number
        return ()
    p = parse_period(text, year)
    return tuple(d for d in (p.start_date, p.end_date) if d)


_CONTINUES = re.compile(
    r"\b(?:videreført|videreføres|videreføring|vidareført|vidareføring|fortsatt|fortsetter|forts\.|framleis|"
    r"forlenget|forlengelse|forlengd|oppfølging|følges opp|(?:fase|del)\s*(?:[2-4]|ii|iii|to|tre)|andre fase|ny runde|sluttrapport|"
    r"avsluttende|avsluttet|utvidet|utvides|igjen|som i fjor|årlig|årleg|oppdatert|oppdatering|videreutvikl\w*)\b", re.I)
# a title's verb that says the measure goes on, in every form ("Videreføre kurset …", "Utvide ordningen"); in
# a description the same verb may speak of something else ("Avtalen viderefører innsatsen mot …")
_GOES_ON = re.compile(r"\b(?:videref[øo]r\w*|vidaref[øo]r\w*|fortset\w*|held fram|halde fram|forleng\w*|utvid\w*)\b", re.I)
# "Kvalitetsrammeverket – revisjon": a title that says the measure is revised goes on with it (a text that
# says so may speak of another measure: "Kursene er revidert etter Fafo-rapporten")
_REVISED = re.compile(r"\b(?:revisjon|revidert|revidering)\b", re.I)


def _goes_on(title: str) -> bool:
    return bool(_GOES_ON.search(title) or _REVISED.search(title))


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


# A web address: "karriereveiledning.no", "www.vilbli.no", "kompetansebehov.no/rapporter" (the site's name)
_SITE = re.compile(r"(?<![\w.@-])(?:www\.)?([^\W_][\w-]*[^\W_])\.(?-i:no|com|org|net|eu|nu|se|dk)(?![\w-])", re.I)


def _online_pattern(names: dict) -> re.Pattern | None:
    """A title word that says the measure is a service on the web ("digital", "nettbasert", "chat"),
    as a folded title holds it."""
    starts, not_online = names.get("online_words") or [], names.get("not_online") or []
    if not starts:
        return None
    exclude = "".join(rf"(?!{re.escape(fold(w))})" for w in not_online)
    return re.compile(rf"(?<!\w){exclude}(?:{'|'.join(re.escape(fold(w)) for w in starts)})")


_NATIONAL = re.compile(r"\b(?:nasjonal\w*|landsdekkende|hele landet|alle fylke\w*|fylkeskommunene)\b")


def _all_counties(name: str) -> bool:
    """"Fylkeskommunene": every county council together, no one place."""
    return fold(name) == "fylkeskommunene"


def _regions_pattern(gazetteer: Gazetteer) -> re.Pattern | None:
    """The counties' place names ("Trøndelag", "Møre og Romsdal") as they stand in a folded title."""
    places = set()
    for org in gazetteer.orgs.values():
        if org.kind == "county" and not _all_counties(org.canonical):
            for name in org.names():
                place = county_place(name)
                if len(place) >= 4 and " " not in place.replace(" og ", "_"):
                    places.add(place)
    if not places:
        return None
    return re.compile(r"\b(" + "|".join(sorted(map(re.escape, places), key=len, reverse=True)) + r")s?\b")


@lru_cache(maxsize=None)
def _word_list(name: str) -> frozenset[str]:
    """A data file of words, one a line, "#" comments left out."""
    from ..reference import data_path

    lines = data_path(name).read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


# Taking part in something shared, in every form: the words of participation.txt (stop words, exact)
# and the verbs' other forms ("deltok", "bidrar", "i regi av"): "LOs plass i SRY", "Unio-representanter i …"
_TAKES_PART = re.compile(r"\b(?:deltak\w*|deltag\w*|deltar|delta|deltok|representa\w*|plass|sete|medlem(?:skap)?(?![\w-])|"
                         r"sekretariat\w*|innspill|bidrag|bidrar|i regi av)\b", re.I)


_PART_WORDS = r"(?:arbeid|innsats|oppfølging|deltakelse|bidrag|rolle|plass|sete|representa)"
# a member's part in something shared, said in whole words ("Virkes deltakelse i …", "Innspill til …";
# not "Deltakerundersøkelse i …", a measure of its own)
_PART_IN = re.compile(r"\b(?:deltakelse|deltagelse|deltar|deltok|medlemskap|representasjon|representert|sekretariat(?:et)?|"
                      r"innspill|innspel)\b", re.I)


def _own_kind(gazetteer: Gazetteer, words_model: TitleWords, m, words) -> str:
    """"union" for a social partner's measure whose title is for the partner's own people, with nothing
    shared in it ("Kurs for Unio-tillitsvalgte": no council, no taking part); "union_reporter"
    for any other measure a social partner reports; else ""."""
    org = gazetteer.org(m.reporter) if m.reporter else None
    if org is None or org.kind != "social partner":
        return ""
    # its name joined to whom the measure is for: "Unio-tillitsvalgte", "LO-medlemmer", or owning the thing
    # it names first: "Unios medlemsundersøkelse" (not "YS' arbeid for …", "LOs oppfølging av …": its part in another's)
    names = [n for n in org.names() if n]
    for_its_own = any(re.search(rf"(?<!\w){re.escape(n)}-[^\W\d_]", m.title or "", re.I)
                      or re.match(rf"\s*{re.escape(n)}(?:s|')\s+(?!{_PART_WORDS})[^\W\d_]{{4,}}", m.title or "")
                      for n in names)
    shared = _TAKES_PART.search(m.title or "") or any(x in words_model.named for x in words)
    return "union" if for_its_own and not shared else "union_reporter"


def _counties(gazetteer: Gazetteer, names) -> frozenset[str]:
    """"all" when the organisations include every county council together, "one" for a county."""
    out = set()
    for name in names:
        org = gazetteer.org(name)
        if org is not None and org.kind == "county":
            out.add("all" if _all_counties(name) else "one")
    return frozenset(out)


def _peer_kinds(gazetteer: Gazetteer, responsible, reporter: str | None = None) -> frozenset[str]:
    """'county' when every responsible body is a county council, or, in a county council's report, a body
    of its own county's ("Fagskolen Innlandet" in Innlandet's): each runs its own regional version."""
    kinds = set()
    place = county_place(reporter) if reporter and re.search(r"fylkeskommun", reporter, re.I) else ""
    for name in responsible:
        org = gazetteer.org(name)
        kind = org.kind if org else ("county" if re.search(r"fylkeskommun", name, re.I) else None)
        if kind != "county" and place and re.search(rf"\b{re.escape(place)}\b", fold(name)):
            kind = "county"
        kinds.add(kind if kind == "county" and not _all_counties(name) else None)
    return frozenset(kinds) if kinds == {"county"} else frozenset()


PARALLEL_FROM = 2000  # measures from which building their records is shared among processes
_JOB: tuple = ()  # what forked builders inherit: (the function that builds one,)


@dataclass(frozen=True)
class _Models:
    """What every record is built with: learnt once from all the measures."""

    gazetteer: Gazetteer
    words_model: TitleWords
    words: list
    desc_words: list
    parts: list
    tfidf: SoftTfIdf
    part_tfidf: SoftTfIdf
    proper: frozenset
    org_tokens: frozenset
    event_stems: re.Pattern
    regions: re.Pattern | None
    spelt_out: dict  # an acronym no list knows ("nfk") -> the words of the one title it abbreviates
    head_limit: float
    reported: dict
    documents: list | None
    online: re.Pattern | None = None


def records_for(measures, gazetteer: Gazetteer, settings: dict,
                documents: list[frozenset[str]] | None = None, workers: int = 1) -> tuple[list[Record], SoftTfIdf]:
    """`workers`: processes that may share the building when there are many measures."""
    words_model = _words_model(gazetteer)
    both = _in_slices(lambda i: (words_model.words(measures[i].title, measures[i].reporter),
                                 words_model.words(measures[i].description, measures[i].reporter)
                                 if measures[i].description else ()), len(measures), workers)
    words, desc_words = [w for w, _ in both], [d for _, d in both]
    ratio = settings["title"]["word_ratio"]
    compounds = Compounds(w for ws in [*words, *desc_words] for w in ws)
    parts = [compounds.split(w) for w in words]
    alike = alike_words({w for ws in [*words, *parts] for w in ws}, ratio)  # one pass for both models
    tfidf = SoftTfIdf(words, ratio, words_model.named, alike)
    part_tfidf = SoftTfIdf(parts, ratio, words_model.named, alike)
    org_words = frozenset(w for o in gazetteer.orgs.values() for n in o.names() for w in fold(n).split())
    proper = _proper_names([f"{m.title}. {m.description or ''}" for m in measures], org_words)
    years_of: dict = defaultdict(set)
    for m in measures:
        if m.report_year is not None:
            years_of[m.reporter].add(m.report_year)
    models = _Models(
        gazetteer, words_model, words, desc_words, parts, tfidf, part_tfidf, proper,
        org_tokens=frozenset(t for o in gazetteer.orgs.values() if (t := words_model.token(o.canonical))),
        event_stems=_event_stems(), regions=_regions_pattern(gazetteer), spelt_out=_spelt_out(words),
        head_limit=max(5.0, settings["title"]["named_head_max_share"] * tfidf.titles),
        reported={k: frozenset(v) for k, v in years_of.items()}, documents=documents,
        online=_online_pattern(settings["names"]))
    records = _in_slices(lambda i: _record(models, i, measures[i]), len(measures), workers)
    _keep_rare_names(records, settings["names"]["common_share"])
    return records, tfidf


def _in_slices(build, n: int, workers: int) -> list:
    """[build(0), …, build(n - 1)], in slices shared among forked processes (the first one built
    here) when there are many and forking is safe."""
    if workers > 1 and n >= PARALLEL_FROM:
        import multiprocessing

        from tiltak.extract.forking import fork_is_safe

        if fork_is_safe():
            global _JOB
            _JOB = (build,)
            step = -(-n // workers)
            bounds = [(i, min(i + step, n)) for i in range(0, n, step)]
            try:
                with multiprocessing.get_context("fork").Pool(len(bounds) - 1) as pool:
                    rest = pool.map_async(_build_slice, bounds[1:])
                    first = [build(i) for i in range(*bounds[0])]
                    return first + [x for built in rest.get() for x in built]
            except Exception:  # noqa: BLE001 - no processes to be had: built here instead
                pass
            finally:
                _JOB = ()
    return [build(i) for i in range(n)]


def _build_slice(bounds: tuple[int, int]) -> list:
    build = _JOB[0]
    return [build(i) for i in range(*bounds)]


def _record(models: _Models, i: int, m) -> Record:
    gazetteer, words_model, tfidf, org_tokens = models.gazetteer, models.words_model, models.tfidf, models.org_tokens
    w = models.words[i]
    responsible, responsible_up = _org_sets(gazetteer, m.responsible)
    organisations, organisations_up = _org_sets(gazetteer, [*m.responsible, *m.partners, m.reporter])
    # "Partnarskap med VOFO Vestland": the title names a partner, for reciprocity only
    named_up = _org_sets(gazetteer, [x.canonical for x in gazetteer.find(m.title)] if m.title else [])[1]
    texts = " ".join(t for t in (m.title, m.description, m.period, m.status) if t)
    replaced = _REPLACES.findall(texts)
    term = _title_span(m.title)
    timed = bool(m.start_year or m.end_year)
    timing = term if term[0] else _described_term(m.description)  # when the timing is not given
    desc_words = models.desc_words[i]
    title = fold(m.title or "")
    goes_on = bool(_CONTINUES.search(m.title or "") or _goes_on(m.title or ""))
    whole = words_model.words(m.title or "") if m.reporter else ()  # the title's words, the reporter's name kept
    return Record(
        index=i, key=m.content_key or content_key(m.reporter, m.report_year, m.title, m.delmal),
        documents=models.documents[i] if models.documents else frozenset([m.source_sha256]), words=w,
        vector=tfidf.vector(w), reporter=m.reporter, responsible=responsible, responsible_up=responsible_up,
        organisations=organisations, own_kind=_own_kind(gazetteer, words_model, m, w),
        takes_part=bool(_PART_IN.search(m.title or "")),
        self_run=bool(m.reporter) and all(m.reporter in _ancestors(gazetteer, x) for x in responsible or {m.reporter}),
        head=tfidf.vector(_head(words_model, m.title or "", m.reporter, w, org_tokens, tfidf, models.head_limit)),
        named_up=organisations_up | named_up, title_orgs=named_up, org_words=frozenset(w) & org_tokens,
        part_vector=models.part_tfidf.vector(models.parts[i]), compound=models.parts[i] != w,
        organisations_up=organisations_up, delmal=frozenset(m.delmal), type=m.type, year=m.report_year,
        dates=_dates(m.title, m.period, m.report_year), ongoing=m.ongoing, open_ended=open_ended(m.period),
        end_year=m.end_year if timed else timing[1],
        desc_words=desc_words, desc_vector=tfidf.vector(desc_words),
        alternatives=_alternatives(words_model, m.title, m.reporter, w, org_tokens) + _acronym_spelt_out(m.title, w, models),
        former=_former_name(words_model, m.title, m.reporter),
        lead=_lead(words_model, m.title or "", m.reporter),
        own_token=words_model.token(m.reporter) if m.reporter else "",
        branded=len(w) == 1 and len(whole) > 1,
        names_reporter=bool(m.reporter) and words_model.token(m.reporter) in whole,
        title_years=title_years(m.title or ""),
        renewed=_renewed(words_model, m.title or "", m.reporter),
        product=_product(m.title or ""),
        event=m.type == "Arrangement" or bool(models.event_stems.search(title)),
        names=_names(f"{m.title}. {m.description or ''}", models.proper),
        sites=frozenset(fold(s) for s in _SITE.findall(m.title or "")),
        online=bool(models.online and models.online.search(title)),
        scheme=(scheme := scheme_name(m.title or "")),
        scheme_itself=bool(scheme) and all(tfidf.titles_with(x) > models.head_limit for x in w[1:]),
        title_text=f" {title} ",
        continues=goes_on or bool(_CONTINUES.search(texts)),
        peer_kinds=_peer_kinds(gazetteer, m.responsible or ([m.reporter] if m.reporter else []), m.reporter),
        # (a county's report that names no one responsible but its partners: the county leads it)
        county_run=_peer_kinds(gazetteer, m.responsible or ([m.reporter] if m.reporter and m.partners else [])) == {"county"},
        counties=_counties(gazetteer, organisations),
        start_year=m.start_year if timed else timing[0],
        stated_term=(m.start_year, m.end_year) if m.start_year and m.end_year and m.start_year < m.end_year else None,
        term_start=term[0] or (m.start_year if m.start_year and m.end_year and m.end_year > m.start_year else None),
        goes_on=goes_on,
        reported=models.reported.get(m.reporter, frozenset()),
        regions=frozenset(models.regions.findall(title)) if models.regions else frozenset(),
        site=fold(at_site["site"]) if (at_site := _AT_SITE.search(m.title or "")) else "",
        national=bool(_NATIONAL.search(title)),
        replaces=tuple(w for x in replaced for w in words_model.words(_named(x), m.reporter)),
        replaces_years=frozenset(int(y) for x in replaced for y in _TITLE_YEAR.findall(x)))


# an institution a title names as where it runs: "Rådet for samarbeid med arbeidslivet ved OsloMet", "RSA ved
# Høgskulen på Vestlandet"
_AT_SITE = re.compile(r"\bved\s+(?P<site>[A-ZÆØÅ][\w-]*(?:\s+(?:(?:på|i|for|og)\s+)?[A-ZÆØÅ][\w-]*)*)")
_TITLE_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")
_YEAR_SPAN = re.compile(r"\b((?:19|20)\d{2})\s*[–—-]\s*((?:19|20)?\d{2})\b")


def _year_spans(title: str | None) -> list[tuple[int, int]]:
    """The spans of years a title names ("2023–2030", "2023–30"), of up to 15 years."""
    spans = [(int(a), int(b) if len(b) == 4 else int(a[:2] + b)) for a, b in _YEAR_SPAN.findall(title or "")]
    return [(a, b) for a, b in spans if 0 < b - a <= 15]


def _title_span(title: str | None) -> tuple[int | None, int | None]:
    """The term a title gives when no timing does: "Intensjonsavtalen … 2025–2028" runs 2025 to 2028."""
    spans = _year_spans(title)
    return spans[0] if len(spans) == 1 else (None, None)


_DESCRIBED_TERM = re.compile(r"\b(?:for|i)\s+(?:perioden|tidsrommet)\s+(\S+\s*[–—-]\s*\S+)", re.I)


def _described_term(description: str | None) -> tuple[int | None, int | None]:
    """The term a description gives ("Kontrakten gjelder for perioden 2016–2020"), as the timing of a
    measure that states none."""
    m = _DESCRIBED_TERM.search(description or "")
    spans = _year_spans(m.group(1)) if m else []
    return spans[0] if spans else (None, None)


def title_years(title: str) -> frozenset[int]:
    """The years a title names, a span as every year in it: "Regional plan 2023–2030" covers 2024."""
    years = {int(y) for y in _TITLE_YEAR.findall(title)}
    for a, b in _year_spans(title):
        years.update(range(a, b + 1))
    return frozenset(years)
# "ny samfunnskontrakt", "det nye programmet": a new one of a thing; not "nye oppgaver" (new tasks)
_RENEWED = re.compile(r"\b(?:(?:det|den)\s+nye|ny|nytt|neste|fornyet|fornya)\s+([^\W\d_]+)((?:\s+[^\W\d_]+){0,5})", re.I)


_HEAD = re.compile(r"^\W*(.{3,80}?)(?:\s[–—-]\s|:\s)\S")


def _head(words_model: TitleWords, title: str, reporter, words, org_tokens: frozenset[str], tfidf: SoftTfIdf,
          limit: float) -> tuple[str, ...]:
    """The name a title opens with before a dash or colon: "Praksiskandidatordningen – bedre bruk i
    handel" -> praksiskandidatordningen. One to three words, a long one alone, not organisations only,
    each word in at most `limit` titles in any form ("Bransjeprogrammene – …" names no one thing)."""
    found = _HEAD.match(title)
    head = words_model.words(found.group(1), reporter) if found else ()
    if not head or len(head) > 3 or head == words or set(head) <= org_tokens:
        return ()
    if len(head) == 1 and len(head[0]) < 9 or any(tfidf.titles_with(x) > limit for x in head):
        return ()
    return head


def _renewed(words_model: TitleWords, title: str, reporter) -> tuple[str, ...]:
    """What a title calls new: the word after "ny", or the name the words after it spell ("Ny
    forberedende opplæring for voksne …" is a new FVO)."""
    out = []
    for first, more in _RENEWED.findall(title):
        out += words_model.words(first, reporter)
        spelt = words_model.words(first + more, reporter)
        if spelt and spelt[0] in words_model.named and spelt[0] not in out:
            out.append(spelt[0])
    return tuple(out)
_REPLACES = re.compile(r"\b(?:erstatter|avløser|erstatte|avløse|avløyser|erstattar)\s+((?:[^\s.,;]+\s+){0,3}[^\s.,;]+)",
                       re.I)
def _named(text: str) -> str:
    """The words of a text that are written as names: "Kompetanseprogrammet og tidligere utlysninger"
    -> "Kompetanseprogrammet"."""
    return " ".join(w for w in text.split() if w[:1].isupper())


# a trial, before the scheme it may become: "Forsøk med fagbrev på jobb", "Modulforsøket", "… (pilotprosjekt)"
_TRIAL = re.compile(r"\w*forsøk(?:et|a|ene)?\b|\bforsøksordning(?:a|en)?\b|\w*pilot(?:en|ene|prosjekt(?:et)?|ering)?\b|"
                    r"\bprøveprosjekt(?:et)?\b|\bprøveordning(?:a|en)?\b|\butprøving(?:a|en)?\b", re.I)  # anywhere in it
_REPORT = re.compile(r"^\W*(?:rapport(?:en)?|publikasjon(?:en)?)\b", re.I)
_SURVEY = re.compile(r"undersøkelse|undersøking|kartlegging|barometer", re.I)


_EVALUATION = re.compile(r"^\W*(?:følge|slutt|ekstern\s+)?evaluering(?:en)?\s+(?:av|om|av\s+forsøket\s+med)\b"
                         r"|[,:–—-]\s*(?:følge|slutt|ekstern\s+)?evaluering(?:en)?\s*$", re.I)  # "Menn i helse, evaluering"


# information about a measure: "Informasjon om Kompetansepluss frivillighet til studieforbundene"
_INFORMATION = re.compile(r"^\W*(?:informasjon(?:en|a)?|informasjonsarbeid(?:et)?|informasjonskampanj(?:e|en|a)|"
                          r"informasjonstiltak(?:et)?|informasjonsmøte(?:t|r|ne)?|promotering(?:en|a)?|"
                          r"markedsføring(?:en|a)?|profilering(?:en|a)?)\s+(?:om|av|for|til)\b", re.I)


_INPUT = re.compile(r"\b(?:innspill|innspel)\b", re.I)


def _product(title: str) -> str:
    """'report' for a titled report ("Rapporten «Tid til å lære?»"), 'survey' for a survey,
    'evaluation' for the evaluation of a measure ("Evaluering av Kompetansepluss frivillighet"),
    'input' for a member's input to one ("Innspill til kompetansereformen"), 'information' for information
    about one ("Informasjon om Kompetansepluss frivillighet")."""
    if _REPORT.match(title):
        return "report"
    if _EVALUATION.search(title):
        return "evaluation"
    if _INPUT.search(title):
        return "input"
    if _INFORMATION.search(title):
        return "information"
    if _SURVEY.search(title):
        return "survey"
    return "trial" if _TRIAL.search(title) else ""


def _event_stems() -> re.Pattern:
    """Words that name a happening: the strong keywords of the type Arrangement (type_keywords.csv),
    found inside any word."""
    stems = sorted(r["stem"] for r in read_csv("type_keywords.csv") if r["type"] == "Arrangement" and int(r["weight"]) >= 3)
    return re.compile("|".join(re.escape(s) for s in stems if s and not any(c.isspace() for c in s)) or "(?!)")


_BRACKETS = re.compile(r"\(([^()]*)\)")
# "Kompetanseprogrammet (tidligere Kompetansepluss)": the bracket gives its former name
_FORMERLY = re.compile(r"^\s*(?:tidligere|tidlegare|tidl\.|før|forhen|inntil \d{4})(?:\s+(?:kalt|kjent som|het|heitte|navn|namn))?\s*:?\s*",
                       re.I)


def _alternatives(words_model: TitleWords, title: str, reporter, words,
                  org_tokens: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    """A title with a name in brackets, as its two names: "Kompetanseutviklingsmidler i staten
    (statens kompetansefond)" is both. Brackets holding only organisations give the name without
    them ("Kompetanseløft 2025 (HOD)" is Kompetanseløft 2025); "videreført" gives none."""
    main = words_model.words(_BRACKETS.sub(" ", title or ""), reporter)
    inner = [words_model.words(_FORMERLY.sub("", t), reporter) for t in _BRACKETS.findall(title or "")]
    if main and main != words and any(w and set(w) <= org_tokens for w in inner):
        return (main,)  # who runs it, said after the name
    # not an abbreviation of what it follows ("Råd for samarbeid med arbeidslivet (RSA)"), nor organisations
    inner = [w for w in inner if w and not set(w) <= set(main) and not set(w) <= org_tokens]
    if not inner:
        return ()
    return tuple(dict.fromkeys(w for w in [main, *inner] if w and w != words))


_ACRONYM = re.compile(r"[A-ZÆØÅ]{3,6}")


def _spelt_out(words: list[tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """Titles of three to six words by their initials ("Nasjonalt forum for karriereveiledning": nfk),
    where only one title's words give them."""
    found: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for w in words:
        if 3 <= len(w) <= 6 and all(x.isalpha() for x in w):
            found["".join(x[0] for x in w)].add(w)
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1}


def _acronym_spelt_out(title: str | None, words: tuple[str, ...], models: _Models) -> tuple[tuple[str, ...], ...]:
    """A title that is a name's initials and nothing else ("NFK"), no list knowing them: the name spelt
    out, when one title of the run is a name of those initials ("Kurs i HMS" is no name of its own)."""
    acronym = (title or "").strip()
    if not _ACRONYM.fullmatch(acronym) or words != (acronym.casefold(),) or words[0] in models.org_tokens:
        return ()
    whole = models.spelt_out.get(words[0])
    return (whole,) if whole else ()


_LEAD_END = re.compile(r"\s[–—-]\s|:\s|\s?\(|,\s")


def _lead(words_model: TitleWords, title: str, reporter) -> tuple[str, ...]:
    """A name of two or three words a title opens with, every one a word of its own (no "i", "for"
    between), before a dash, colon, comma, bracket or its end: "Kompetansepluss frivillighet"; not
    "Kompetansepluss – nytt mandat", "Hurtigsporet i introduksjonsprogrammet"."""
    found = _LEAD_END.search(title)
    lead = title[:found.start()] if found else title
    words = words_model.words(lead, reporter) if 2 <= len(lead.split()) <= 3 else ()
    return words if len(words) == len(lead.split()) else ()


def _former_name(words_model: TitleWords, title: str, reporter) -> tuple[str, ...]:
    """The words of the name a title says it had before ("… (tidligere Kompetansepluss arbeid)")."""
    for inner in _BRACKETS.findall(title or ""):
        if _FORMERLY.match(inner):
            return words_model.words(_FORMERLY.sub("", inner), reporter)
    return ()


def _keep_rare_names(records: list[Record], share: float) -> None:
    """Names many measures give (Norge, Kompetansereformen in every second title: more than `share` of
    them) tell nothing."""
    from collections import Counter

    df = Counter(n for r in records for n in r.names)
    limit = max(3, int(share * len(records)))
    for k, r in enumerate(records):
        rare = frozenset(n for n in r.names if df[n] <= limit)
        if rare != r.names:
            object.__setattr__(r, "names", rare)
