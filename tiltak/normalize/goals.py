"""Goal references -> delmål codes.

Reports name goals by delmål code ("delmål 2.3", "dm. 2.3", "2.3"), by the strategy's old
tiltak numbers ("Relasjon til NKPS tiltak nr. 4 og 7", "tiltak 4, 7 og 12"), or only by the
delmål's wording. Codes and old numbers are read here; wording is matched in `match_goal_text`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from rapidfuzz import fuzz, process

from tiltak.extract.content import ALSO, DELMAL_CODE, SENTENCE_END, WHOLE_AREA
from tiltak.extract.text import same_word

from .reference import Reference, fold

_CODE = re.compile(r"(?<![\d.,])(\d)\s?[.,]\s?(\d{1,2})(?![\d]|[.,]\d)")
_IN_PART = re.compile(r"\b(?:indirekte|delvis|også|òg)\s*$", re.I)
_EXCEPT = re.compile(r"\s*,?\s*(?:unntatt|utenom|bortsett\s+fra|med\s+unntak\s+av|untatt)\s+(?:delmål\s+)?"
                     r"\d[.,]\d(?:\s*(?:,|og|&)\s*\d[.,]\d)*", re.I)
# a point of a list: an old tiltak number only alone ("pkt. 9"), never beside a delmål code or of another
# document ("pkt. 4 i samarbeidsavtalen")
_POINT = re.compile(r"(?:punkt|pkt)\b", re.I)
_OTHER_DOCUMENT = re.compile(r"\s+(?:i|fra|frå|av)\s+(?!(?:den\s+)?(?:nasjonale\s+)?(?:strategien|nkps|kompetansestrategien|"
                             r"kompetansepolitisk))\w", re.I)
_OLD = re.compile(
    r"(?:\btiltak|\bnr|\bnummer|\bpunkt|\bpkt)\.?\s*(?:nr\.?\s*)?"
    r"(\d{1,2}(?:\s*(?:,|og|&|\+|and|eller|/|-|–)\s*\d{1,2})*)(?!\s*[.,]\s?\d)",  # ("nr 5+6": a note's plus)
    re.I,
)
_RANGE = re.compile(r"(\d{1,2})\s*[-–]\s*(\d{1,2})")
_TWO_DECIMALS = re.compile(r"^\s*\d\.\d0(?:\s*(?:,|og|/|\s)\s*\d\.\d0)*\s*$")  # "2.20", "1.40, 3.60": no other text
# "2.1–2.3": every delmål from the first to the last, in the strategy's order
_SPACED = re.compile(r"[.,]\s")  # a separator with a space after it: a list's, not a code's
_CODES_JOINED = re.compile(r"(?<=\d\.\d),(?=\d\.\d(?!\d))")
_CODE_RANGE = re.compile(r"(?<![\d.,])(\d)\s?[.,]\s?(\d{1,2})\s*(?:[-–—]|til)\s*(\d)\s?[.,]\s?(\d{1,2})(?![\d]|[.,]\d)")


@dataclass
class GoalRef:
    delmal: list[str] = field(default_factory=list)
    nkps_tiltak: list[int] = field(default_factory=list)
    source: str | None = None  # "code" | "old_number" | "text"
    score: float | None = None
    unknown: list[str] = field(default_factory=list)  # numbers or codes that are no goal


# OCR loses the dot of a small code ("2.2" read as "22"); no delmål or old tiltak number looks so
_OCR_CODE = re.compile(r"(?<![\d.,])(1)\s?([1-4])(?![\d.,])|(?<![\d.,])([23])\s?([1-6])(?![\d.,])")


def repair_ocr_codes(text: str | None) -> str | None:
    """'22' and 'Delmål 1 4' read by OCR as the codes they were: 2.2, 1.4."""
    return _OCR_CODE.sub(lambda m: ".".join(g for g in m.groups() if g), text) if text else text


# "Tiltaket er òg knytt til delmål 2.1", "Berører også delmål 2.3", "… bidrar i tillegg til delmål 1.4"


# after "also": "delmål" and its codes ("delmål 2.1 og 3.4"), not a chapter's number after them
# "også til delmål 2.1 og 2.4", "Også: Kunnskapsgrunnlaget (2.2)" (a code alone in a bracket)
_ALSO_GOALS = re.compile(r"\bdelmål(?:ene|a|et)?\s+(\d[.,]\d{1,2}(?:\s*(?:,|og|&|/)\s*\d[.,]\d{1,2})*)"
                         rf"|\(\s*({DELMAL_CODE}(?:\s*(?:,|og|&|/)\s*{DELMAL_CODE})*)\s*\)", re.I)
_ALSO_OLD = re.compile(r"\b(?:strategiens\s+|nkps[\s-]*)?(tiltak\s*(?:nr\.?|nummer)\s*\d{1,2}(?:\s*(?:,|og|&)\s*\d{1,2})*)(?![\d.,]\d)",
                       re.I)


def also_goals(text: str | None, ref: Reference, threshold: float = 85.0,
               old_numbers: bool = False) -> tuple[list[str], str]:
    """The delmål a measure's text says it serves as well, by code ("Tiltaket er òg knytt til delmål
    2.1.") or in the strategy's words ("Det bidreg òg til målet om å gi fleksibel opplæring på
    premissane til vaksne.", as similar as `threshold`), and that sentence; nothing when no sentence
    says "also" before naming a delmål. `old_numbers`: the measure's own goal is an old number, so
    "Gjelder også tiltak nr. 13." names another."""
    for sentence in SENTENCE_END.split(text or ""):
        also = ALSO.search(sentence)
        named = _ALSO_GOALS.search(sentence, also.end()) if also else None
        named = named or (_ALSO_OLD.search(sentence, also.end()) if also and old_numbers else None)
        if named:
            codes = parse_goal(next(g for g in named.groups() if g), ref).delmal
            if codes:
                return codes, sentence.strip()
        worded = (_ALSO_GOAL_WORDS.search(sentence, also.end()) or _ALSO_TO.match(sentence, also.end())) if also else None
        if worded:
            code, _ = match_goal_text(worded["words"].strip(" ."), ref, threshold)
            if code:
                return [code], sentence.strip()
    return [], ""


# "… òg til målet om å gi fleksibel opplæring …": a delmål in words after "also"; or right after "også til:"
# ("Bidrar også til: gi fleksibel opplæring …")
_ALSO_GOAL_WORDS = re.compile(r"\b(?:del)?mål(?:et|a|ene|setjinga|settingen)?\s+(?:om\s+)?(?:å\s+)?(?P<words>[^.;]{15,})", re.I)
_ALSO_TO = re.compile(r"\s*til\s*:\s*(?:å\s+)?(?P<words>[^.;]{15,})", re.I)


def parse_goal(text: str | None, ref: Reference, old_numbers: bool = False, ocr: bool = False) -> GoalRef:
    """Codes and old numbers in a goal reference; empty when the text names neither. `old_numbers`:
    the report's label or column says bare numbers are the strategy's old tiltak numbers ("5 og 6"
    under "NKPS-tiltak nr"). `ocr`: the text was read by OCR, which may have lost a code's dot."""
    out = GoalRef()
    if not text:
        return out
    if ocr and not old_numbers:
        text = repair_ocr_codes(text)
    text = _CODES_JOINED.sub(", ", text)  # "2.1,2.4": codes a comma joins with no space
    if old_numbers and not _OLD.search(text) and not any(
            f"{m.group(1)}.{m.group(2)}" in ref.delmal and not _SPACED.search(m.group(0)) for m in _CODE.finditer(text)):
        text = f"tiltak {text}"  # ("4, 7" under "NKPS tiltak nr.": two numbers, no code "4.7")
    skipped = []  # spans whose numbers are no delmål codes: old numbers, and codes a main goal leaves out
    for m in _OLD.finditer(text):
        if _POINT.match(m.group(0)) and (_CODE.search(text) or _OTHER_DOCUMENT.match(text, m.end())):
            continue  # "2.3 (jf. pkt. 4 i Samfunnskontrakten)": a point of another document, beside a delmål
        skipped.append(m.span())
        numbers: list[int] = []
        group = m.group(1)
        for a, b in _RANGE.findall(group):
            numbers.extend(range(int(a), int(b) + 1))
        group = _RANGE.sub(" ", group)
        numbers.extend(int(n) for n in re.findall(r"\d{1,2}", group))
        for n in numbers:
            if n in ref.crosswalk:
                if n not in out.nkps_tiltak:
                    out.nkps_tiltak.append(n)
            else:
                out.unknown.append(str(n))
    order = list(ref.delmal)
    for m in WHOLE_AREA.finditer(text):
        if _IN_PART.search(text[max(0, m.start() - 20):m.start()]):
            continue  # "Delmål 2.2 (og indirekte hele hovedmål 2)": the delmål named, not the area
        area = m["area"] or m["area2"]
        but = _EXCEPT.match(text, m.end())  # "… unntatt 2.5 og 2.6": those left out
        left_out = {f"{a}.{b}" for a, b in _CODE.findall(but.group(0))} if but else set()
        if but:
            skipped.append(but.span())
        out.delmal += [code for code in order if code.split(".")[0] == area and code not in out.delmal
                       and code not in left_out]
    for m in _CODE_RANGE.finditer(text):
        if any(a <= m.start() < b for a, b in skipped):
            continue
        first, last = f"{m.group(1)}.{m.group(2)}", f"{m.group(3)}.{m.group(4)}"
        if first in ref.delmal and last in ref.delmal and order.index(first) < order.index(last):
            for code in order[order.index(first): order.index(last) + 1]:
                if code not in out.delmal:
                    out.delmal.append(code)
    for m in _CODE.finditer(text):
        if any(a <= m.start() < b for a, b in skipped):
            continue
        code = f"{m.group(1)}.{m.group(2)}"
        if code not in ref.delmal and len(m.group(2)) == 2 and m.group(2).endswith("0") and _TWO_DECIMALS.match(text):
            code = f"{m.group(1)}.{m.group(2)[0]}"  # a statistics package's number with two decimals ("2.20": 2.2)
        if code in ref.delmal:
            if code not in out.delmal:
                out.delmal.append(code)
        else:
            out.unknown.append(code)
    if out.delmal:
        out.source = "code"
    for n in out.nkps_tiltak:
        code = ref.crosswalk[n]
        if code not in out.delmal:
            out.delmal.append(code)
        out.source = out.source or "old_number"
    out.delmal.sort(key=lambda c: tuple(int(x) for x in c.split(".")))
    return out


def match_goal_text(text: str, ref: Reference, threshold: float, context: int = 0) -> tuple[str | None, float]:
    """The delmål whose wording fits `text` best, when it fits above `threshold` (0-100). `context`:
    the length of the goal statement `text` is a part of, so a short part is not taken for vague."""
    if not text or len(fold(text)) < 12:
        return None, 0.0
    choices = {code: fold(d.text) for code, d in ref.delmal.items()}
    query = fold(text)
    best = process.extractOne(query, choices, scorer=_goal_similarity, scorer_kwargs={"context": context})
    if best is None:
        return None, 0.0
    _, score, code = best
    return (code, score) if score >= threshold else (None, score)


def goal_in_its_words(text: str, ref: Reference, threshold: float) -> str | None:
    """The delmål whose first sentence `text` says in its words and their order, in bokmål or nynorsk
    ("Syte for tilgang til karriererettleiing og eit heilskapleg system …" is 1.3), when as similar as
    `threshold` (0-100): stricter than `match_goal_text`, which may take a measure's name that shares a
    delmål's words ("Kurs i grunnleggende ferdigheter for arbeidssøkere") for it."""
    query = " ".join(_expansions().get(w, w) for w in fold(text or "").split())
    if not query:
        return None
    best, code = 0.0, None
    for c, d in ref.delmal.items():
        first = _first_sentence(d.text)
        score = fuzz.partial_ratio(query, first) if len(query) < len(first) else fuzz.ratio(query, first)
        if score > best:
            best, code = score, c
    return code if best >= threshold else None


@cache
def _first_sentence(text: str) -> str:
    """A delmål's first sentence, folded (once per text)."""
    return fold(text.split(". ")[0])


def _goal_similarity(a: str, b: str, context: int = 0, **_: object) -> float:
    # A shortened or paraphrased delmål: the query is usually a prefix or a part of the text, or
    # its words in other forms ("kobling av kompetansebehov til EVU-tilbud").
    return max(fuzz.ratio(a, b), fuzz.partial_ratio(a, b) if len(a) >= 25 else 0.0,
               0.9 * fuzz.token_sort_ratio(a, b), 0.95 * word_overlap(a, b, context))


_SHORT_WORDS = {"og", "i", "for", "av", "om", "med", "til", "på", "som", "en", "ei", "et", "fra", "frå", "å", "at",
                "the", "and", "of", "to", "in", "den", "det", "de", "er", "skal", "kan", "har", "mer", "mest", "bedre"}


@cache
def abbreviation_words() -> dict[str, str]:
    """Each known abbreviation, folded, to its first expansion's words ("sry" -> "samarbeidsrådet for yrkesopplæring")."""
    from .reference import read_csv

    return {fold(r["abbreviation"]): fold(r["expansions"].split("|")[0]) for r in read_csv("abbreviations.csv")}


@cache
def _expansions() -> dict[str, str]:
    """Abbreviations to their words, and Nynorsk word forms to the Bokmål ones the delmål use."""
    from .reference import bokmal_forms

    return {**abbreviation_words(), **bokmal_forms()}


def _content_words(text: str) -> list[str]:
    words: list[str] = []
    for w in fold(text).split():
        words.extend(_expansions().get(w, w).split())
    return [w for w in words if w not in _SHORT_WORDS and len(w) >= 3]


def _word_matches(q: str, words: list[str]) -> float:
    """1 for a word of the text in any form; a little less for one found only inside another word, a
    compound's part ("læringsarena" in "opplærings-"), so a text that has the word itself fits better."""
    inside = False
    for w in words:
        if q == w or min(len(q), len(w)) >= 5 and ((w.startswith(q) or q.startswith(w)) and abs(len(q) - len(w)) <= 3
                                                   or q[:5] == w[:5] and fuzz.ratio(q, w) >= 70):  # (an ending's difference)
            return 1.0
        if min(len(q), len(w)) >= 5 and (q in w or w in q) or len(q) >= 8 and q[:6] in w:
            inside = True  # (the head of a compound: "veilederne" in "karriereveiledere")
    return _INSIDE if inside else 0.0


_INSIDE = 0.95


_OVERLAP_CHARS = 30  # a query with fewer characters of content words than this counts for less


def word_overlap(query: str, text: str, context: int = 0) -> float:
    """0-100: the share of the query's content words (by their length: long words say more) found in
    the text, in any inflection or inside a compound; discounted for a query of few words (unless
    it is a part of a longer goal statement, `context` characters of content words)."""
    q = _content_words(query)
    if len(q) < 2:
        return 0.0
    t = _content_words(text)
    total = sum(len(w) for w in q)
    matched = sum(len(w) * _word_matches(w, t) for w in q)
    return 100.0 * matched / total * min(1.0, max(total, context) / _OVERLAP_CHARS)


def match_goal_texts(text: str, ref: Reference, threshold: float) -> tuple[list[str], float]:
    """The delmål a goal written as wording names: one per part when the text joins several
    ("Kunnskapsgrunnlaget om læring …; kobling av kompetansebehov …"), else the best for the whole.
    Returns the codes and the lowest similarity among them (or the best one's, when none fits)."""
    quoted = [q for q in re.findall(r"[«“\"]([^»”\"]+)[»”\"]", text or "") if len(fold(q)) >= 12]
    if len(quoted) > 1:  # «Videreutvikle samarbeidet …» og «Samarbeide om å synliggjøre …»
        found = [match_goal_text(q, ref, threshold) for q in quoted]
        if all(c for c, _ in found):
            return sorted(dict.fromkeys(c for c, _ in found), key=lambda c: tuple(int(x) for x in c.split("."))), \
                min(sc for _, sc in found)
    halves = _two_goals_at_one_og(text, ref, threshold)
    if halves:
        return halves
    # ";" or lines apart; each opening with a capital after a word in lower case (a table cell's lines run
    # together: "… og arbeidslivet Gi fleksibel opplæring …"); by commas and "og"
    for pattern in (r"\s*(?:;|\n|\s/\s|•)\s*", r"(?<=[a-zæøå])\s+(?=[A-ZÆØÅ][a-zæøå]+(?:\s|$))",
                    r",\s*(?:og\s+)?|\s+og\s+(?=\S+\s+\S+\s+\S+)"):
        parts = [p for p in re.split(pattern, text or "") if len(fold(p)) >= 12]
        if len(parts) > 1:
            whole = sum(len(w) for w in _content_words(text))
            found = [match_goal_text(p, ref, threshold, context=whole) for p in parts]
            # a part in a word or two only one delmål's text has ("Kunnskapsgrunnlaget"): that one
            found = [(c, sc) if c else (goal_by_keywords(p, ref), threshold) for p, (c, sc) in zip(parts, found)]
            codes = [c for c, _ in found if c]
            if len(codes) == len(parts) and len(set(codes)) > 1:
                return sorted(dict.fromkeys(codes), key=lambda c: tuple(int(x) for x in c.split("."))), min(s for _, s in found)
            if pattern.startswith(r"\s*(?:;") and len(codes) == len(parts):
                return sorted(dict.fromkeys(codes), key=lambda c: tuple(int(x) for x in c.split("."))), min(s for _, s in found)
    code, score = match_goal_text(text, ref, threshold)
    return ([code] if code else []), score


def _two_goals_at_one_og(text: str, ref: Reference, threshold: float) -> tuple[list[str], float] | None:
    """Two delmål paraphrased in one sentence, joined by one of its "og"s ("Styrkje det regionale nivået si
    rolle og vidareutvikle samarbeidet mellom utdanningstilbydarar og arbeidslivet"): the "og" where both
    sides fit a delmål of their own best, when both fit above `threshold` and better than the whole."""
    if not text or any(mark in text for mark in ";\n•«»\""):
        return None
    ogs = [m for m in re.finditer(r"\s+og\s+", text)]
    if not ogs or len(ogs) > 4:
        return None
    _, whole = match_goal_text(text, ref, threshold)
    best: tuple[float, list[str]] | None = None
    for m in ogs:
        left, right = text[:m.start()], text[m.end():]
        if len(left.split()) < 3 or len(right.split()) < 3:
            continue
        (a, sa), (b, sb) = match_goal_text(left, ref, threshold), match_goal_text(right, ref, threshold)
        if a and b and a != b and min(sa, sb) > whole and (best is None or min(sa, sb) > best[0]):
            best = (min(sa, sb), sorted([a, b], key=lambda c: tuple(int(x) for x in c.split("."))))
    return (best[1], best[0]) if best else None


def goal_by_keywords(text: str | None, ref: Reference) -> str | None:
    """The delmål a goal of one to three words names by words only its text has ("Karriereveiledning",
    "Digital kompetanse", "Kompetansebehovsutvalget"): each word, or its inflection, in one delmål's
    text and no other's; None when no delmål, or several, have them."""
    words = _content_words(text or "")
    if not 1 <= len(words) <= 3 or sum(len(w) for w in words) < (11 if len(words) == 1 else 8):
        return None  # (one word of fewer letters is no delmål's own: "Omstilling", "Motivasjon")
    goals = _delmal_words(tuple((code, d.text) for code, d in ref.delmal.items()))
    hits = [code for code, goal_words in goals.items() if all(any(same_word(w, x) for x in goal_words) for w in words)]
    return hits[0] if len(hits) == 1 else None


@cache
def _delmal_words(goals: tuple[tuple[str, str], ...]) -> dict[str, list[str]]:
    return {code: _content_words(text) for code, text in goals}


# a sentence that says what the measure is for: "følger opp delmålet om …", "bidrar til …", "Tiltaket skal …"
_PURPOSE = re.compile(r"\bdelmål|\bstrategi|\bf(?:ø|y)lg(?:er|jer)\s+opp\b|\bbidr(?:ar|eg|a)\b|"
                      r"^\W*(?:det|den|dette|[^\W\d_]{3,}(?:et|en|a))\s+skal\b", re.I)  # "Utvalget skal styrke …"


def goals_in_wording(text: str | None, ref: Reference, min_words: int = 6) -> tuple[list[str], str]:
    """The delmål a measure's text names by the strategy's own wording, in no goal field: in a sentence
    that says what the measure is for, a run of `min_words` words or more that stands in a delmål's text
    as it stands in the measure's ("Tiltaket følger opp delmålet om å styrke regionalt folkevalgt nivås
    kompetansepolitiske ansvar og samordningsrolle"). The delmål and the sentence that names the first."""
    found: list[str] = []
    first = ""
    goals = _runs_of_goals(tuple((code, d.text) for code, d in ref.delmal.items()), min_words)
    for sentence in SENTENCE_END.split(text or ""):
        if not _PURPOSE.search(sentence):
            continue  # ("… i dialog med partene i arbeidslivet": the field's words, no goal said)
        runs = _runs(sentence, min_words)
        for code, theirs in goals.items():
            if code not in found and runs & theirs:
                found.append(code)
                first = first or sentence.strip()
    return sorted(found), first


def _runs(text: str, n: int) -> frozenset[tuple[str, ...]]:
    """Every run of `n` words in a row of a text, folded."""
    words = fold(text).split()
    return frozenset(tuple(words[i:i + n]) for i in range(len(words) - n + 1))


@cache
def _runs_of_goals(goals: tuple[tuple[str, str], ...], n: int) -> dict[str, frozenset[tuple[str, ...]]]:
    return {code: _runs(text, n) for code, text in goals}
