"""Scoring a pair of measures from explainable comparisons.

Each comparison puts the pair in one level (title "high", delmål "same", …); each level has a
weight in log2 odds, declared in matching.toml. The score is the probability
1 / (1 + 2^-(prior + sum of weights)), and every part is kept for the review file.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import NamedTuple

from ..orgs import succeeds
from ..types import OTHER_TYPE
from .titles import recompose, SoftTfIdf, shared_prefix, word_similarity


@dataclass(frozen=True, slots=True)
class Record:
    """What matching needs to know about one measure."""

    index: int
    key: str
    documents: frozenset[str]  # the documents that give this content (a report sent as Word and as PDF: two)
    words: tuple[str, ...]
    vector: dict = field(hash=False, compare=False)
    reporter: str | None
    responsible: frozenset[str]
    responsible_up: frozenset[str]  # with the bodies they belong to (KD -> Regjeringen)
    organisations: frozenset[str]
    organisations_up: frozenset[str]
    delmal: frozenset[str]
    type: str | None
    year: int | None
    dates: frozenset[dt.date]
    ongoing: bool
    end_year: int | None
    open_ended: bool = False  # the timing is a start with no end ("2019–"): it runs on without saying "løpende"
    desc_words: tuple[str, ...] = ()  # the description's words, normalized like the title's
    names: frozenset[str] = frozenset()  # proper names and quoted names in the title and description
    title_text: str = ""  # the title folded, between spaces (where the other's quoted name may stand)
    continues: bool = False  # the title, description or timing says it goes on ("videreført", "fortsatt")
    peer_kinds: frozenset[str] = frozenset()  # kinds of the responsible bodies that run their own versions (county)
    county_run: bool = False  # the measure's stated responsible bodies are county councils, each one county
    desc_vector: dict[str, float] = field(default_factory=dict)  # the description's words, weighted
    alternatives: tuple[tuple[str, ...], ...] = ()  # the title without its brackets, and what they hold
    former: tuple[str, ...] = ()  # the name it had before, in brackets ("(tidligere Kompetansepluss arbeid)")
    lead: tuple[str, ...] = ()  # a short name the title opens with, its words ("Kompetansepluss frivillighet – …")
    own_token: str = ""  # the reporter's name as a title word ("lo"), left out of the other's title
    branded: bool = False  # one word besides the reporter's own name: a name of the reporter's ("KS Læring")
    names_reporter: bool = False  # the title says the reporter's name ("KS Læring – plattform …", "Karriere Vestland")
    title_years: frozenset[int] = frozenset()  # years the title names ("Kompetansekonferansen 2022")
    event: bool = False  # a conference, seminar or other happening (type Arrangement, or its words in the title)
    renewed: tuple[str, ...] = ()  # what the title calls new ("Ny samfunnskontrakt …": samfunnskontrakt)
    product: str = ""  # "survey" (an undersøkelse, kartlegging, barometer), "report" (a titled report), "evaluation", "information" (about a measure)
    start_year: int | None = None
    stated_term: tuple[int, int] | None = None  # the term its own timing gives ("2016–2020"), not its title's
    term_start: int | None = None  # the first year of a term the title or timing gives ("Samfunnskontrakten 2022–2026": 2022)
    goes_on: bool = False  # the title says the measure goes on ("…, videreført 2022–2026")
    replaces: tuple[str, ...] = ()  # what the text says this measure replaces ("… som erstatter Kompetansepluss")
    replaces_years: frozenset[int] = frozenset()  # … and the years that name gives ("avløser Kompetanseløft 2020")
    reported: frozenset[int] = frozenset()  # the years its reporter sent a report (in this run)
    regions: frozenset[str] = frozenset()  # counties the title names ("NAV Trøndelags deltakelse …")
    site: str = ""  # the institution a title ends by naming as where it runs, folded ("… ved OsloMet": oslomet)
    national: bool = False  # the title says it covers the country ("nasjonal", "alle fylker", "fylkeskommunene")
    named_up: frozenset[str] = frozenset()  # organisations_up and those the title names ("Partnarskap med VOFO")
    title_orgs: frozenset[str] = frozenset()  # organisations the title names, with the bodies they belong to
    org_words: frozenset[str] = frozenset()  # the title's words that are an organisation's name ("fellesforbundet")
    part_vector: dict[str, float] = field(default_factory=dict)  # the title's words with compounds split, weighted
    compound: bool = False  # a title word is split into parts ("bransjeprogrammer": bransje, programmer)
    own_kind: str = ""  # "union" (a social partner) whose title names itself as the owner: "Kurs for Unio-tillitsvalgte"
    self_run: bool = False  # run by its reporter or bodies of the reporter's only ("Akademikerne/Econa" for Akademikerne)
    takes_part: bool = False  # the title says its reporter takes part in something ("Virkes deltakelse i …", "Innspill til …")
    counties: frozenset[str] = frozenset()  # "all" (Fylkeskommunene among its organisations), "one" (a county)
    head: dict[str, float] = field(default_factory=dict)  # the name the title opens with before a dash or colon (a name few titles give), weighted
    sites: frozenset[str] = frozenset()  # the web addresses the title gives, by the site's name ("karriereveiledning")
    online: bool = False  # the title says it is a service on the web ("digital", "nettbasert", "på nett")
    scheme: str = ""  # the scheme the title opens with ("Bransjeprogram for varehandel": bransjeprogram)
    scheme_itself: bool = False  # ... and names no part of it ("Bransjeprogrammene"; other words common ones only)


class Part(NamedTuple):  # a tuple: a re-run makes 60,000 of them from the cache
    name: str
    level: str
    weight: float
    value: float | None = None

    @property
    def base_level(self) -> str:
        """The level without what qualifies it: "objects/very_high" is "very_high"."""
        return self.level.rpartition("/")[2]

    def __str__(self) -> str:
        shown = f" {self.value:.2f}" if self.value is not None else ""
        return f"{self.level}{shown} ({self.weight:+.1f})"


@dataclass(slots=True)
class PairScore:
    left: int
    right: int
    score: float
    weight: float
    parts: list[Part]
    same_document: bool = False
    same_reporter: bool = False

    def part(self, name: str) -> Part | None:
        return next((p for p in self.parts if p.name == name), None)

    def at(self, name: str, level: str) -> bool:
        """Whether the comparison `name` put the pair in `level`."""
        part = self.part(name)
        return part is not None and part.level == level


_OWN_PEOPLE = re.compile(r"tillitsvalgt|medlem|klubb")


def _own_report(a: Record, b: Record) -> bool:
    """a is a report with a name of its own in quotes ("Rapport: «Tid og penger til EVU»") that b's title
    does not give: a report of its own, not b's measure."""
    quoted = [n[1:] for n in a.names if n.startswith("«")]
    return a.product == "report" and bool(quoted) and not any(f" {n} " in b.title_text for n in quoted)


def _quoted_in(a: Record, b: Record) -> frozenset[str]:
    """A name of two words or more that one title quotes and the other prints without quotes:
    "Videreføre kurset «Kompetanse på dagsordenen»" / "Kurs for tillitsvalgte: Kompetanse på dagsordenen".
    (A description's quoted name in the other's title is the title found in the description; the
    name the other title opens with is its head, which the title's match weighs already.)"""
    return frozenset(n for n in a.names if n.startswith("«") and " " in n and f" {n[1:]} " in a.title_text
                     and f" {n[1:]} " in b.title_text and not b.title_text.startswith(f" {n[1:]} "))


# the word a site's name joins to name the service: "karriereveiledningstjeneste", "vilbliportalen" (or its
# definite form: "den nettbaserte karriereveiledningen")
_SERVICE = r"(?:tjeneste|teneste|portal|nettsted|nettside|side)\w{0,3}"


def _site_named(a: Record, b: Record) -> frozenset[str]:
    """The site one title gives by its address, which the other names as a service on the web:
    "karriereveiledning.no" / "Nasjonal digital karriereveiledningstjeneste"."""
    if not a.sites or not b.online:
        return frozenset()
    return frozenset(s for s in a.sites if re.search(rf" {re.escape(s)}(?:en|a|et|ene|s?{_SERVICE})? ", b.title_text))


def _term(r: Record) -> frozenset[int]:
    """The years a measure's title names, else those of its timing's term."""
    if r.title_years:
        return r.title_years
    return frozenset(range(r.start_year, r.end_year + 1)) if r.start_year and r.end_year and r.end_year >= r.start_year \
        else frozenset()


def _one_horizon(a: Record, b: Record) -> bool:
    """Both titles name the same years, all after both reports, and one body runs both: a plan named
    by its horizon ("Kompetanseløft 2025", HOD's), one thing however common its words (not each
    member's own "Strategi 2030")."""
    return bool(a.title_years) and a.title_years == b.title_years and a.year is not None and b.year is not None \
        and min(a.title_years) > max(a.year, b.year) and bool(a.responsible & b.responsible)


_OBJECT_OF = ("i", "for", "av", "til", "ved", "om", "under", "innen", "innan", "på")


def _works_on(a: Record, b: Record) -> bool:
    """a's title names b's whole title, a name of two words or more with a proper name among them, after
    a preposition, with two words or more of its own before it ("innføring av kvalitetsrammeverket i
    karriere vestland" holds " i karriere vestland "); one reporter's both, and a's words before it do
    not say it goes on or that the reporter takes part in it."""
    name = b.title_text.strip()
    if not b.names & set(name.split()) or a.goes_on or len(name.split()) < 2 or len(a.title_text) <= len(b.title_text) \
            or not a.reporter or a.reporter != b.reporter:
        return False  # (not common words: "digital kompetanse", "karriereveiledning")
    from .records import _TAKES_PART  # (records builds Record: imported here)

    for prep in _OBJECT_OF:
        at = a.title_text.find(f" {prep} {name} ")
        if at > 0 and len(a.title_text[:at].split()) >= 2 and not _TAKES_PART.search(a.title_text[:at]) \
                and not _GOES_ON_WORDS.search(a.title_text[:at]):
            return True  # (not "Fylkeskommunens deltakelse i …", "Videre drift av …": the measure itself)
    return False


_GOES_ON_WORDS = re.compile(r"\b(?:videre|drift|fortsatt|fortsett\w*|vidare)\b")


def _probability(bits: float) -> float:
    return 1.0 / (1.0 + 2.0 ** (-bits))


def _term_years(r: Record) -> int:
    """How many years a title's own term spans ("2020–2024": 4), 0 without one."""
    return max(r.title_years) - min(r.title_years) if len(r.title_years) > 1 else 0


class Comparator:
    def __init__(self, settings: dict, tfidf: SoftTfIdf):
        self.s = settings
        self.tfidf = tfidf
        self.title_levels = sorted(settings["title"]["levels"], key=lambda lv: lv["min"], reverse=True)
        # titles already this alike need no compounds joined: the level could only rise to "very_high"
        self.recompose_below = next(lv["min"] for lv in self.title_levels if lv["name"] == "high")
        cap = settings["title"]["common_words_at_most"]
        self.above_common = {lv["name"] for lv in self.title_levels
                             if lv["min"] > next(c["min"] for c in self.title_levels if c["name"] == cap)}

    def title(self, a: Record, b: Record) -> Part:
        part = self._title(a, b)
        # only medium alike, each with a rare word the other has nothing like ("Godkjenning av
        # utenlandsk fagskoleutdanning" / "… fag- og yrkesopplæring"): one frame round two things,
        # reviewed, never merged
        if part.level == "medium" and a.reporter and a.reporter == b.reporter and self._own_rare_word(a, b) \
                and self._own_rare_word(b, a):
            return Part("title", "objects/medium", part.weight, part.value)
        # each names the scheme it was before, and those differ ("Kompetanseprogrammet (tidligere
        # Kompetansepluss arbeid)" / "… – frivillighet (tidligere Kompetansepluss frivillighet)"):
        # two schemes renamed into one name, reviewed, never merged
        if part.level not in ("exact", "objects/medium") and self._former_names_apart(a, b):
            return Part("title", f"objects/{part.level}", part.weight, part.value)
        # one title is the other's whole name after a preposition and words of its own ("Innføring av
        # kvalitetsrammeverket i Karriere Vestland" / "Karriere Vestland"): a work on or in that measure,
        # reviewed, never merged (not "Videre drift av …", "Fylkeskommunens deltakelse i …": the measure itself)
        if part.level not in ("exact",) and not part.level.startswith("objects/") and (_works_on(a, b) or _works_on(b, a)):
            return Part("title", f"objects/{part.level}", part.weight, part.value)
        # "Digital kompetanse" from two members: the same common words name many measures
        cap = self.s["title"]["common_words_at_most"]
        if part.level in self.above_common and not self.tfidf.informative(a.vector) and not _one_horizon(a, b):
            level = next(lv for lv in self.title_levels if lv["name"] == cap)
            # (two words or more each, all alike: "Ekspertutvalget for etter- og videreutdanning" / "Ekspertutvalg
            # om etter- og videreutdanning", one name; reviewed at least, see `_one_name_in_common_words`)
            same = "same/" if min(len(a.words), len(b.words)) >= 2 and (part.value or 0) >= 0.9 else ""
            return Part("title", f"common/{same}{cap}", level["weight"], part.value)
        return part

    def _title(self, a: Record, b: Record) -> Part:
        cfg = self.s["title"]
        if a.words == b.words and a.words:
            top = self.title_levels[0]
            return Part("title", top["name"], top["weight"], 1.0)
        sim = self._similarity(a, b)
        if a.year != b.year and a.reporter and a.reporter == b.reporter and self._may_cover(a, b):
            sim = max(sim, self.s["years"]["cross_year_cover"] * self.tfidf.coverage(a.vector, b.vector, single_word="any"))
        # A short name the other title holds whole ("Samfunnskontrakten"), or a title the other
        # measure's description names ("Tildelingsutvalg" whose text says "… tilskudd til fleksible
        # videreutdanningstilbud"): the texts agree as much as that.
        # text found elsewhere is weaker evidence than two names that agree: "medium" at most
        cover = described = headed = 0.0
        if sim < cfg["cover_at_most"]:
            cover = cfg["cover"] * self.tfidf.coverage(a.vector, b.vector, single_word="name")
            described = cfg["in_description"] * max(
                self.tfidf.covered(a.vector, b.desc_vector, cfg["in_description_min_words"]),
                self.tfidf.covered(b.vector, a.desc_vector, cfg["in_description_min_words"]))
            if self._head_held(a, b) or self._head_held(b, a):
                headed = cfg["named_head"]
        if min(max(cover, described, headed), cfg["cover_at_most"]) > sim:
            if headed > max(cover, described):
                # the value is what the titles share without the name: a pair alike by that alone is reviewed
                level = self._level(min(headed, cfg["cover_at_most"]))
                return Part("title", f"head/{level['name']}", level["weight"],
                            max(sim, min(max(cover, described), cfg["cover_at_most"])))
            name = "covered" if cover >= described else "in_description"
            sim = min(max(cover, described), cfg["cover_at_most"])
            level = self._level(sim)
            return Part("title", f"{name}/{level['name']}", level["weight"], sim)
        prefix = shared_prefix(a.words, b.words, cfg["word_ratio"])
        if prefix >= cfg["prefix_min_words"]:
            tail_a, tail_b = a.words[prefix:], b.words[prefix:]
            if tail_a and tail_b and min(self.tfidf.share(tail_a, a.words), self.tfidf.share(tail_b, b.words)) \
                    >= cfg["prefix_tail_share"]:
                tail = self.tfidf.similarity(self.tfidf.vector(tail_a), self.tfidf.vector(tail_b))
                if tail < cfg["prefix_tail_below"]:
                    return Part("title", "prefix_only", cfg["prefix_only_weight"], tail)
        level = self._level(sim)
        return Part("title", level["name"], level["weight"], sim)

    def _may_cover(self, a: Record, b: Record) -> bool:
        """A one-word title of a short word many titles give covers the member's title of another year only
        when that title opens with it ("Kurs" / "Kurs for tillitsvalgte"; not "Læring" of "KS Læring" /
        "Teknologibasert læring på arbeidsplassen", however few titles say "læring"); a long word
        ("Samfunnskontrakten") anywhere."""
        short, long_ = (a, b) if len(a.vector) <= len(b.vector) else (b, a)
        if len(short.vector) != 1:
            return True
        word = next(iter(short.vector))
        if word in self.tfidf.names or len(word) >= 10:
            return True
        if short.branded and not long_.names_reporter:
            # "KS Læring": the reporter's name for a thing of its own, not "læring" in another title (but in "KS
            # Læring – plattform …", "Karriere Vestland – karrieresentera for vaksne": the same name again)
            return False
        return self.tfidf.rare(word) \
            or bool(long_.words) and word_similarity(word, long_.words[0], self.tfidf.word_ratio) >= 0.9

    def _level(self, sim: float) -> dict:
        """The title level of a similarity below exact."""
        return next((lv for lv in self.title_levels if lv["min"] < 1.0 and sim >= lv["min"]), self.title_levels[-1])

    def _head_held(self, a: Record, b: Record) -> bool:
        """a's title opens with a name ("Jobbsjansen – styrket innsats …") that b's title holds whole
        ("Jobbsjansen i kommunene")."""
        return bool(a.head and b.vector) and self.tfidf.covered(a.head, b.vector, min_words=1, rare=False) >= 0.9

    def _similarity(self, a: Record, b: Record) -> float:
        """Soft TF-IDF of the titles, each without the other reporter's name ("Samarbeid med LO om …"
        from NHO is LO's "Samarbeid om …"), and of a title's bracketed name against the other
        ("Kompetanseutviklingsmidler i staten (statens kompetansefond)")."""
        va, vb = a.vector, b.vector
        if b.own_token and b.own_token in va:
            va = self.tfidf.vector(tuple(w for w in a.words if w != b.own_token))
        if a.own_token and a.own_token in vb:
            vb = self.tfidf.vector(tuple(w for w in b.words if w != a.own_token))
        sim = self.tfidf.similarity(va, vb)
        if sim < self.recompose_below:  # "tillitsvalgtkurs" / "kurs for tillitsvalgte"
            joined_b, joined_a = recompose(a.words, b.words), recompose(b.words, a.words)
            if joined_b != b.words or joined_a != a.words:
                sim = max(sim, self.tfidf.similarity(self.tfidf.vector(joined_a), self.tfidf.vector(joined_b)))
            if a.compound or b.compound:  # "bransjeprogrammer" / "trepartsprogrammene for bransjer"
                sim = max(sim, self.tfidf.similarity(a.part_vector, b.part_vector))
        # (not when each title names other organisations: "Tillitsvalgtkurs (LO)" / "Tillitsvalgtkurs (YS)")
        if (a.alternatives or b.alternatives) and not (a.org_words and b.org_words and a.org_words.isdisjoint(b.org_words)):
            for wa in [None, *a.alternatives]:
                for wb in [None, *b.alternatives]:
                    if wa is not None or wb is not None:
                        sim = max(sim, self.tfidf.similarity(va if wa is None else self.tfidf.vector(wa),
                                                             vb if wb is None else self.tfidf.vector(wb)))
        return sim

    def organisations(self, a: Record, b: Record) -> Part:
        """An organisation matches itself and the body it belongs to (KD and Regjeringen), not its
        siblings (KD and ASD). Each naming the other ("with Spekter" / "with LO") is the strongest;
        two counties each running their own version is evidence against. Two counties whose titles
        only name one scheme ("Bedriftsintern opplæring (BIO)") may run one measure or each their
        own: such a pair is reviewed, never merged (analysts judge it both ways)."""
        w = self.s["organisations"]
        if (a.reporter and b.reporter and a.reporter != b.reporter and a.reporter in b.named_up
                and b.reporter in a.named_up):
            if a.reporter in b.organisations | b.title_orgs and b.reporter in a.organisations | a.title_orgs:
                return Part("organisations", "reciprocal", w["reciprocal"])
            # one reached only through a body of its own (a union of LO's, a directorate under KD): a
            # little weaker, so that of two rows one report lists apart, the one named by name stays
            return Part("organisations", "reciprocal_member", w["reciprocal_member"])
        if a.reporter and b.reporter and succeeds(a.reporter, b.reporter):
            # a county and the county that took over from it (or the one it was split into): one body over
            # the years, no two counties' own measures; but a split or a merger leaves more than one county
            # on one side, so such a pair is put to the analyst, never merged
            return Part("organisations", "county_line", 0.0)
        own_a, own_b = a.responsible or {a.reporter}, b.responsible or {b.reporter}  # none given: the reporter's
        apart = a.reporter != b.reporter and not (own_a & b.responsible_up or own_b & a.responsible_up)
        # two counties' own versions; "Kurs … for Unio-tillitsvalgte" and LO's course of the same name
        unions = "union" in (a.own_kind, b.own_kind) and {a.own_kind, b.own_kind} <= {"union", "union_reporter"}
        if apart and a.peer_kinds and a.peer_kinds == b.peer_kinds and self._one_named(a, b):
            return Part("organisations", "peers_one_scheme", w["peers_one_scheme"])
        # two counties' titles each naming its own county ("Karriere Vestland" / "Karriere Trøndelag")
        own_places = bool(a.reporter != b.reporter and a.regions and b.regions and not a.regions & b.regions
                          and not _one_line(a.regions, b.regions) and "one" in a.counties and "one" in b.counties)
        # two social partners each running a course for its own shop stewards or members ("Kurs for
        # tillitsvalgte om kompetanseplaner", Akademikerne's / "Kompetansekurs for tillitsvalgte", YS')
        own_people = apart and "" not in (a.own_kind, b.own_kind) and a.self_run and b.self_run \
            and bool(_OWN_PEOPLE.search(a.title_text)) and bool(_OWN_PEOPLE.search(b.title_text))
        if own_places or apart and (a.peer_kinds and a.peer_kinds == b.peer_kinds or unions) or own_people:
            return Part("organisations", "separate_peers", w["separate_peers"])
        common = len(a.organisations & b.organisations)
        union = len(a.organisations | b.organisations)
        if common >= w["network_min_shared"] and common >= w["network_min_share"] * union:
            return Part("organisations", "shared_network", w["shared_network"], common / union)
        if a.responsible and a.responsible == b.responsible:
            return Part("organisations", "same_responsible", w["same_responsible"])
        if a.responsible & b.responsible_up or b.responsible & a.responsible_up:
            return Part("organisations", "responsible_overlap", w["responsible_overlap"])
        if a.organisations & b.organisations_up or b.organisations & a.organisations_up:
            return Part("organisations", "any_overlap", w["any_overlap"])
        if "all" in a.counties and "one" in b.counties or "one" in a.counties and "all" in b.counties:
            # "Fylkeskommunene" on one side, a county on the other: not strangers, not the same body
            return Part("organisations", "all_counties", w["all_counties"])
        if a.organisations and b.organisations:
            return Part("organisations", "no_overlap", w["no_overlap"])
        return Part("organisations", "missing", 0.0)

    def _one_named(self, a: Record, b: Record) -> bool:
        """Both titles are the name of one scheme and nothing else ("Bedriftsintern opplæring (BIO)",
        "BIO – bedriftsintern opplæring i Trøndelag"): two counties running that scheme, not their own."""
        return bool(a.words) and set(a.words) == set(b.words) and all(x in self.tfidf.names for x in a.words)

    def delmal(self, a: Record, b: Record) -> Part:
        w = self.s["delmal"]
        if not a.delmal or not b.delmal:
            return Part("delmal", "missing", 0.0)
        if a.delmal == b.delmal:
            return Part("delmal", "same", w["same"])
        if a.delmal & b.delmal:
            return Part("delmal", "overlap", w["overlap"])
        return Part("delmal", "disjoint", w["disjoint"])

    def type(self, a: Record, b: Record) -> Part:
        w = self.s["type"]
        if not a.type or not b.type or a.type == b.type == OTHER_TYPE:  # (two types none of the six: no evidence)
            return Part("type", "missing", 0.0)
        if a.type == b.type:
            return Part("type", "same", w["same"])
        if a.event != b.event:  # a conference and a forum, a programme, a report: not one measure going on
            return Part("type", "event_and_other", w["event_and_other"])
        if a.takes_part != b.takes_part:  # a member's part is typed by its role ("Råd", "Innspill"), not by the
            return Part("type", "missing", 0.0)  # kind of what it takes part in
        return Part("type", "different", w["different"])

    def years(self, a: Record, b: Record) -> Part:
        w = self.s["years"]
        if a.year is None or b.year is None:
            return Part("years", "missing", 0.0)
        gap = abs(a.year - b.year)
        if gap == 0:
            return Part("years", "same", w["same"])
        # a member that skipped a year: its next report follows the last one as the next year's would
        consecutive = bool(a.reporter) and a.reporter == b.reporter and not any(
            y in a.reported for y in range(min(a.year, b.year) + 1, max(a.year, b.year)))
        earlier, later = (a, b) if a.year < b.year else (b, a)
        if gap > 1 and not consecutive:
            if earlier.ongoing or (earlier.end_year or 0) >= later.year:
                return Part("years", "apart_ongoing", w["apart_ongoing"])  # "løpende" in 2017, reported again in 2019
            if earlier.open_ended:
                return Part("years", "apart_open", w["apart_open"])  # "2016–" in 2017: it may run on
            if a.reporter and b.reporter and a.reporter != b.reporter:  # members report a scheme in the years they take part
                return Part("years", "apart_other_member", w["apart_other_member"])
            return Part("years", "apart", w["apart"])
        if a.reporter and a.reporter == b.reporter and (later.continues or earlier.ongoing or earlier.continues):
            # the same member reports it again and says it goes on: a continuing measure
            return Part("years", "continues", w["continues"])
        # It goes on, it ends later, or the later report is about something done in the earlier year.
        if earlier.ongoing or (earlier.end_year or 0) >= later.year or any(d.year == earlier.year for d in later.dates):
            return Part("years", "adjacent_ongoing", w["adjacent_ongoing"])
        return Part("years", "adjacent", w["adjacent"])

    def names(self, a: Record, b: Record) -> Part:
        """A proper or quoted name both give («Lære hele livet», Hurtigsporet, Arendalsuka)."""
        w = self.s["names"]
        sites = a.sites & b.sites | _site_named(a, b) | _site_named(b, a)
        if sites:
            return Part("names", "site", w["site"], float(len(sites)))
        shared = a.names & b.names | _quoted_in(a, b) | _quoted_in(b, a)
        if shared:
            return Part("names", "shared", w["shared"], float(len(shared)))
        return Part("names", "none", 0.0)

    def topic(self, a: Record, b: Record) -> Part:
        """A word of few titles both titles give ("permitterte" in "Kompetansetiltak for permitterte i
        koronakrisen" / "Partssamarbeid om opplæring for permitterte"): the same subject. No weight: with
        the rest agreeing it puts the pair before the analyst, never merges it."""
        t = self.s["topic"]
        most = max(t["max_titles"], t["max_share"] * self.tfidf.titles)
        shared = [w for w in set(a.words) & set(b.words) - a.org_words - b.org_words
                  if len(w) >= t["min_letters"] and self.tfidf.titles_with(w) <= most]
        return Part("topic", "shared" if shared else "none", 0.0, float(len(shared)))

    def region(self, a: Record, b: Record) -> Part:
        """Titles that name different counties ("… i Trøndelag" / "Kompetanseforum Agder") are each
        county's own measure."""
        if a.regions and b.regions and not a.regions & b.regions:
            if _one_line(a.regions, b.regions):  # "… Sogn og Fjordane" / "… Vestland": the county that took over
                return Part("region", "successor", 0.0)
            return Part("region", "other", self.s["region"]["other"])
        if (a.regions and not b.regions and b.national) or (b.regions and not a.regions and a.national):
            # "Nasjonal modell for … fylkeskommunene" / "Partnarskap med NAV Vestland": the whole
            # country's measure and one county's own
            return Part("region", "national_and_county", self.s["region"]["national_and_county"])
        named = a if a.regions else b
        if bool(a.regions) != bool(b.regions) and a.reporter != b.reporter and "one" in named.counties:
            # "Fagbrev på jobb i Sogn og Fjordane" (the county's, run by it) / "Fagbrev på jobb" (a ministry):
            # the county's own roll-out or its part of the scheme, labelled each way: reviewed, never merged
            # (not a county in an institution's name: "… ved Høgskolen i Innlandet")
            return Part("region", "one_county", self.s["region"]["one_county"])
        sited, other = (a, b) if a.site else (b, a)
        if bool(a.site) != bool(b.site) and f" {sited.site} " not in other.title_text and a.reporter == b.reporter:
            # "Rådet for samarbeid med arbeidslivet ved OsloMet" / "Råd for samarbeid med arbeidslivet" from one
            # member: one institution's council and the councils at large, reviewed, never merged (from two
            # members, "… ved Høgskolen i Innlandet" / the ministry's scheme, blind writers join them)
            return Part("region", "one_site", self.s["region"]["one_county"])
        county, other = (a, b) if a.county_run else (b, a)
        if a.reporter != b.reporter and county.county_run and other.peer_kinds != {"county"} \
                and not (a.regions or b.regions) and "one" not in other.counties:
            # "Grunnleggjande ferdigheiter i arbeidslivet (Kompetansepluss)" (a county runs it) /
            # "Kompetanseprogrammet (tidl. Kompetansepluss)" (KD): so too, when no title names the county
            # and no one county takes part in the other (not a partner's report of the county's forum)
            return Part("region", "county_run", self.s["region"]["one_county"])
        return Part("region", "none", 0.0)

    def document(self, a: Record, b: Record, title: Part) -> Part:
        """Two rows of one report whose titles differ: their author listed them as two measures."""
        shared = bool(a.documents & b.documents)
        if shared and title.base_level not in ("exact", "very_high"):
            return Part("document", "listed_apart", self.s["document"]["listed_apart"])
        return Part("document", "same" if shared else "different", 0.0)

    def dates(self, a: Record, b: Record) -> Part:
        """Dates with a day in common or not; else the years the titles name: a conference of
        another year is another conference, a barometer of another year most often the same one."""
        w = self.s["dates"]
        if a.dates and b.dates:
            if a.dates & b.dates:
                return Part("dates", "same", w["same"])
            if (a.event or b.event) and not {d.year for d in a.dates} & {d.year for d in b.dates} \
                    and not ((a.continues or b.continues) and not (a.title_years and b.title_years)):
                # (one held again each year that says it goes on is the same, unless each title names its year)
                return Part("dates", "event_other_year", w["event_other_year"])  # "23. april 2024" / "april 2025"
            return Part("dates", "different", w["different"])
        if a.title_years and b.title_years and not a.title_years & b.title_years:
            if a.event or b.event:
                return Part("dates", "event_other_year", w["event_other_year"])
            if any(r.year is not None and max(r.title_years) > r.year
                   or r.stated_term and r.stated_term[1] in r.title_years and r.stated_term[1] != r.year for r in (a, b)):
                # a plan named by its horizon: "Kompetanseløft 2020" and "Kompetanseløft 2025" are two plans
                # (named before it ends, or by the year its stated term ends, reported after: 2021–2025 in 2026;
                # not a yearly edition named by its report's year)
                return Part("dates", "other_horizon", w["other_horizon"])
            if a.year in a.title_years and b.year in b.title_years:
                # each named by its own report's year ("Status 2018, …" / "Status 2021, …"): editions
                return Part("dates", "editions", w["editions"])
            return Part("dates", "other_year", w["other_year"])
        for one, other in ((a, b), (b, a)):
            if one.title_years and not other.title_years and a.event and b.event and other.year is not None \
                    and one.year in one.title_years and other.year not in one.title_years \
                    and not (a.continues or b.continues
                             or set(a.words) <= set(b.words) or set(b.words) <= set(a.words)):
                # "Klyngeseminar 2019" reported in 2019, a seminar on the same reported in 2017: two happenings
                # (not a recurring one whose words one title holds all of, «Møteplass lærebedrifter», nor one said to go on)
                return Part("dates", "event_other_year", w["event_other_year"])
        return Part("dates", "missing", 0.0)

    def succession(self, a: Record, b: Record) -> Part:
        """One measure follows the other: a later title calls new what the earlier names ("Ny
        samfunnskontrakt" after "Samfunnskontrakten"), a text says it replaces the other by name, or
        a term starts after the other's ended; and a report is not the survey it was written from."""
        w = self.s["succession"]
        for early, late in ((a, b), (b, a)):
            # (the earlier one new too, but for a term over by the later report: "Ny IA-avtale
            # 2019–2022" in 2018, "Ny avtale om inkluderende arbeidsliv" in 2022)
            # (not when the later says it goes on: "Kompetanse i tariffavtalene – ny kartlegging (fase 2)")
            # (nor when both name one term: "Samfunnskontrakten 2022–2026", "Ny samfunnskontrakt (2022–2026)")
            if late.renewed and not late.goes_on and early.year is not None and late.year is not None \
                    and late.year > early.year \
                    and (not early.renewed or early.title_years and max(early.title_years) <= late.year
                         and not late.title_years & early.title_years) \
                    and not (late.title_years and late.title_years == _term(early)) \
                    and self._any_alike(late.renewed, early.words):
                return Part("succession", "successor", w["successor"])
            # "Ny ordning som erstatter Kompetanseprogrammet" (and the year, when the name gives one)
            if late.replaces and (not late.replaces_years or late.replaces_years & early.title_years) \
                    and self._any_alike(late.replaces, early.words):
                return Part("succession", "successor", w["successor"])
        for early, late in ((a, b), (b, a)):
            # two terms one after the other: "Samfunnskontrakten 2016–2021" (or "ut 2021") and "… 2022–2026";
            # not when the later one says it goes on ("Kompetansebehovsutvalget (KBU), videreført")
            # (or titles naming terms of several years, the later begun the year the earlier ends: "Regional
            # plan … 2020–2024" / "… 2024–2028"; timings that meet so, or a school year's "2020–2021" against
            # "2021–2022", are as often one measure going on)
            if not late.continues and late.start_year and late.end_year and late.end_year > late.start_year \
                    and early.end_year and (early.end_year < late.start_year or early.end_year == late.start_year
                                            and _term_years(early) >= 2 and _term_years(late) >= 2):
                return Part("succession", "periods_apart", w["periods_apart"])
        for early, late in ((a, b), (b, a)):
            # a measure with a term ("Samfunnskontrakten 2022–2026", or a timing "2022–2026"), reported
            # once it had begun, against a measure reported before it began, whose title names no years
            # and whose timing (if any) is over by then
            if late.term_start and not late.goes_on and late.year and late.year >= late.term_start \
                    and early.year and early.year < late.term_start and not early.title_years \
                    and (early.end_year is None or early.end_year < late.term_start):
                return Part("succession", "term_after", w["term_after"])
        if {a.product, b.product} == {"survey", "report"}:
            return Part("succession", "survey_and_report", w["survey_and_report"])
        if (a.product == "evaluation") != (b.product == "evaluation"):  # a measure and its evaluation
            return Part("succession", "evaluation_of", w["evaluation_of"])
        return Part("succession", "none", 0.0)

    def _any_alike(self, words: tuple[str, ...], others: tuple[str, ...]) -> bool:
        ratio = self.s["title"]["word_ratio"]
        return any(word_similarity(x, y, ratio) >= 0.85 for x in words for y in others)

    def score(self, a: Record, b: Record) -> PairScore:
        same_document = len(a.documents | b.documents) == 1
        parts = [self.title(a, b), self.organisations(a, b), self.delmal(a, b), self.type(a, b), self.years(a, b),
                 self.dates(a, b), self.names(a, b), self.succession(a, b), self.region(a, b), self.topic(a, b)]
        parts.append(self.document(a, b, parts[0]))
        if a.scheme and a.scheme == b.scheme and a.words != b.words and (a.scheme_itself or b.scheme_itself):
            parts.append(Part("scheme", "part", 0.0))  # a member's part of a scheme, and the scheme
        if (a.product == "trial") != (b.product == "trial") and not (a.product and b.product):
            parts.append(Part("trial", "one", 0.0))
        if (a.product == "information") != (b.product == "information") and a.reporter != b.reporter:
            parts.append(Part("information", "one", 0.0))
        if (a.product == "input") != (b.product == "input") and a.reporter != b.reporter:
            parts.append(Part("input", "one", 0.0))  # a member's input to a reform, and the reform
        if _own_report(a, b) or _own_report(b, a):
            parts.append(Part("report", "own", 0.0))
        if parts[0].base_level not in ("exact", "very_high") and (self._name_and_a_part(a, b) or self._name_and_a_part(b, a)):
            parts.append(Part("name", "and_part", 0.0))  # "Kompetansepluss" / "Kompetansepluss frivillighet"
        bits = self.s["prior"] + sum(p.weight for p in parts)
        return PairScore(a.index, b.index, _probability(bits), bits, parts, same_document=same_document,
                         same_reporter=bool(a.reporter) and a.reporter == b.reporter)

    def suggestion(self, pair: PairScore) -> str:
        t = self.s["thresholds"]
        if pair.score < t["match"] and self._terms_apart(pair):
            return "review"
        if pair.score >= t["match"]:
            # Two rows of one document were listed apart by their author, or the titles share only the
            # name one opens with ("Kompetanseprogrammet – …" / "Informasjonskampanje om Kompetanseprogrammet"),
            # or one title names a term begun after the other was reported, or each plan its own horizon
            # ("Kompetanseløft 2020 – …" / "Kompetanseløft 2025 – …", both told as follow-up): an analyst decides.
            return "review" if (pair.same_document or self._by_head_alone(pair) or self._peers_one_scheme(pair)
                                or self._one_county(pair) or self._county_line(pair)
                                or self._trial_and_scheme(pair) or self._scheme_and_part_by_others(pair)
                                or self._name_and_part_by_others(pair)
                                or self._each_its_own_object(pair) or self._terms_apart(pair)
                                or self._editions(pair) or pair.at("dates", "other_horizon")
                                or self._told_of_in_another_year(pair)) else "match"
        if pair.score >= t["review"]:
            return "review"
        # The same member the next year, with a title still like it: a continuing measure is put
        # before the analyst at least, whatever else differs.
        years, title = pair.part("years"), pair.part("title")
        if years is not None and years.level in ("continues", "adjacent", "adjacent_ongoing") and pair.same_reporter \
                and title is not None and (title.value or 0) >= t["continuing_title"] and (
                    not self.decided_apart(pair) or (title.value or 0) >= 0.99 and not self._apart_in_time(pair)):
            return "review"  # (the very name again: put before the analyst even with other delmål read)
        if self._same_topic(pair) or self._one_scheme(pair) or self._one_name_in_common_words(pair):
            return "review"
        return "distinct"

    @staticmethod
    def _told_of_in_another_year(pair: PairScore) -> bool:
        """A member's text of one year names its measure of another ("Brev om lærlinger …: direktøren viser til
        Samfunnskontrakten"): the titles agree only through the text, and the years may tell of a measure
        going on or of one measure citing the other; an analyst decides."""
        title, years = pair.part("title"), pair.part("years")
        return title is not None and title.level.startswith("in_description") and pair.same_reporter \
            and years is not None and years.level in ("continues", "adjacent", "adjacent_ongoing")

    def _one_name_in_common_words(self, pair: PairScore) -> bool:
        """Titles of two words or more, every one alike, but words many titles use ("Ekspertutvalget for
        etter- og videreutdanning" from a member / "Ekspertutvalg om etter- og videreutdanning" from the
        ministry): capped as common words, and weighed down by other reporters and years, yet the same name;
        put before the analyst when the delmål agree and nothing sets them apart in time or place, nor as
        peers each running its own."""
        title, delmal, region = pair.part("title"), pair.part("delmal"), pair.part("region")
        return (title is not None and title.level.startswith("common/same/")
                and delmal is not None and delmal.level in ("same", "overlap", "missing")
                and (region is None or region.level == "none") and not self.decided_apart(pair)
                # (not two counties' or two unions' own, each running it for its own: "Fagbrev på jobb")
                and not pair.at("organisations", "separate_peers") and not self._county_line(pair))

    @staticmethod
    def _one_scheme(pair: PairScore) -> bool:
        """A title that names a part of a scheme and one that names the scheme itself
        ("Bransjeprogram for kommunal helse- og omsorgssektor" / "Bransjeprogrammene"): a member's part of a
        shared scheme, which one analyst calls the scheme and another its own tiltak (the blind sets label
        it each way): reviewed, never merged by it. (Two parts, "… for varehandel" / "… for industri og bygg",
        are each their own to most; the scheme joins them in the review.) Only with delmål and organisations
        in common or unsaid; not another year's event or plan, a successor, the scheme's evaluation, other
        counties'."""
        levels = {p.name: p.level for p in pair.parts}
        return (levels.get("scheme") == "part" and levels.get("succession", "none") == "none"
                and levels.get("dates") not in ("event_other_year", "other_horizon")
                and levels.get("region", "none") in ("none", "one_county", "county_run", "one_site")
                and levels.get("delmal") != "disjoint"
                and levels.get("organisations") not in ("no_overlap", "separate_peers"))

    def _same_topic(self, pair: PairScore) -> bool:
        """Titles that share a word of few titles, with the delmål and who takes part agreeing: the same
        subject in other words ("Kompetansetiltak for permitterte …" / "Opplæring for permitterte …"),
        put before the analyst. Not another year's event or plan, a successor, another county's."""
        levels = {p.name: p for p in pair.parts}
        topic, delmal, orgs = levels.get("topic"), levels.get("delmal"), levels.get("organisations")
        region = levels.get("region")
        names = levels.get("names")
        shared = (topic is not None and topic.level == "shared") or (names is not None and names.level == "site")
        return (shared and delmal is not None and delmal.level in ("same", "overlap", "missing")
                and orgs is not None and orgs.weight > 0 and not self.decided_apart(pair)
                and (region is None or region.level == "none") and pair.score >= self.s["topic"]["review_from"])

    def _scheme_and_part_by_others(self, pair: PairScore) -> bool:
        """A scheme and a part of it ("Bransjeprogrammene – NHO-forbundenes deltakelse" / "Bransjeprogrammet
        for industri og bygg") whose titles are no more than somewhat alike, or where the part's title
        covers the scheme's and only who names whom merges them ("Bransjeprogrammene" from LO, naming NHO, /
        NHO's "Bransjeprogram for industri og bygg": the members of a scheme name each other; the blind
        sets label it each way): what else they share is the scheme's, not evidence of one
        measure; an analyst decides."""
        title = pair.part("title")
        if not pair.at("scheme", "part") or title is None:
            return False
        return title.base_level not in ("exact", "very_high", "high") or title.level.startswith("covered/") \
            and (pair.at("organisations", "reciprocal") or pair.at("organisations", "reciprocal_member")) \
            and self._merged_by_organisations(pair)

    def _name_and_part_by_others(self, pair: PairScore) -> bool:
        """A name alone and that name with a rare word of its own ("Kompetansepluss" / "Kompetansepluss
        frivillighet"): a scheme and one of its parts, or two parts. Merged by the rest, not by who takes
        part: without what the organisations add, an analyst decides."""
        return pair.at("name", "and_part") and self._merged_by_organisations(pair)

    def _merged_by_organisations(self, pair: PairScore) -> bool:
        """The organisations' evidence, and only it, carries the pair over the match threshold."""
        orgs = pair.part("organisations")
        return orgs is not None and orgs.weight > 0 and _probability(pair.weight - orgs.weight) < self.s["thresholds"]["match"]

    @staticmethod
    def _one_county(pair: PairScore) -> bool:
        return pair.at("region", "one_county") or pair.at("region", "county_run") or pair.at("region", "one_site")

    @staticmethod
    def _trial_and_scheme(pair: PairScore) -> bool:
        """One title a trial ("Forsøk med fagbrev på jobb"), the other not: the scheme the trial became
        is the same tiltak to one analyst and another to the next (three blind sets each way), so one decides.
        So with information about a scheme against the scheme ("Informasjon om Kompetansepluss …"), and a
        report with a name of its own in quotes against a measure whose title does not give it, and a member's
        input to a measure against the measure ("Innspill til kompetansereformen" / "Kompetansereformen"): four
        blind sets label it apart (match49, 52, 54, 55), five one tiltak (match3, 18, 30, 48, 53)."""
        return any(p.name in ("trial", "information", "input") and p.level == "one" or p.name == "report" for p in pair.parts)

    @staticmethod
    def _editions(pair: PairScore) -> bool:
        """Each title names its own report's year: a yearly survey is one tiltak to one analyst, and each
        year's status report its own to another (the blind sets label it each way), so one decides."""
        return pair.at("dates", "editions")

    def _terms_apart(self, pair: PairScore) -> bool:
        """One term after another (2016–2020 / 2022–2026, or a titled term begun after the other was
        reported) of measures the rest calls one: a renewed contract or plan is the same tiltak to
        one analyst and a new one to another (two blind sets label it each way), so one decides.
        (Terms apart that merge all the same, a standing council's, stay merged.)"""
        succession = pair.part("succession")
        if succession is None or succession.level not in ("periods_apart", "term_after"):
            return False
        # A member's own measure in a new term ("Tillitsvalgtopplæring …" 2017–2019 / "… – digital utgave"
        # 2021–2022) is as often its continuation: reviewed when the rest would review it.
        bar = self.s["thresholds"]["review" if pair.same_reporter else "match"]
        return _probability(pair.weight - succession.weight) >= bar

    def _by_head_alone(self, pair: PairScore) -> bool:
        """Merged only because one title's opening name is in the other: without it, not merged."""
        title = pair.part("title")
        if title is None or not title.level.startswith("head/"):
            return False
        without = pair.weight - title.weight + self._level(title.value or 0.0)["weight"]
        return _probability(without) < self.s["thresholds"]["match"]

    @staticmethod
    def _each_its_own_object(pair: PairScore) -> bool:
        title = pair.part("title")
        return title is not None and title.level.startswith("objects/")

    def _name_and_a_part(self, a: Record, b: Record) -> bool:
        """`a`'s title is one word, and `b`'s opens with a short name that is that word and one or two of
        its own, a rare one among them: "Kompetansepluss" / "Kompetansepluss frivillighet"."""
        extra = b.lead[1:]
        return len(a.words) == 1 and b.lead[:1] == a.words and 1 <= len(extra) <= 2 \
            and any(self.tfidf.idf.get(x, 0.0) >= self.tfidf.rare_idf for x in extra)

    @staticmethod
    def _former_names_apart(a: Record, b: Record) -> bool:
        """Both titles give the name they had before, and each of those has a word the other lacks."""
        x, y = set(a.former), set(b.former)
        return bool(x - y) and bool(y - x) and bool(x & y)

    def _own_rare_word(self, a: Record, b: Record) -> bool:
        t = self.tfidf
        return any(t.idf.get(x, 0.0) >= t.rare_idf and not any(word_similarity(x, y, t.word_ratio) >= 0.6 for y in b.words)
                   for x in a.words)

    @staticmethod
    def _peers_one_scheme(pair: PairScore) -> bool:
        return pair.at("organisations", "peers_one_scheme")

    @staticmethod
    def _county_line(pair: PairScore) -> bool:
        """A county's measure and one of the county that took over from it (or the counties it became)."""
        return pair.at("organisations", "county_line") or pair.at("region", "successor")

    @staticmethod
    def _apart_in_time(pair: PairScore) -> bool:
        """Another year's event or plan, or a successor: evidence even a name said again does not outweigh."""
        levels = {p.name: p.level for p in pair.parts}
        return levels.get("dates") in ("event_other_year", "other_horizon") or levels.get("succession", "none") != "none"

    @staticmethod
    def decided_apart(pair: PairScore) -> bool:
        """Evidence a continuing measure never shows: another year's event or plan, a successor, a
        report against its survey, no delmål in common."""
        return Comparator._apart_in_time(pair) or pair.at("delmal", "disjoint") or pair.at("type", "event_and_other")


def _one_line(a: frozenset[str], b: frozenset[str]) -> bool:
    """Places of counties where each of one side's took over from, or was taken over by, one of the other's."""
    return all(any(succeeds(x, y) for y in b) for x in a)
