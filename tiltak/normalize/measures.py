"""Raw records -> validated Measure models: goals, types, organisations, dates, reporter, year."""

from __future__ import annotations

import hashlib
import json
import re
from functools import cache
from pathlib import Path

from rapidfuzz import fuzz

from tiltak.extract.content import ticked
from tiltak.extract.records import FileResult, RawMeasure
from tiltak.extract.vocabulary import is_other_answer

from .config import Config, load_config
from .dates import parse_period
from .goals import also_goals, goal_by_keywords, goals_in_wording, match_goal_text, match_goal_texts, parse_goal
from .models import Measure
from .orgs import Gazetteer, looks_like_list, roles_in_text
from .reference import fold, load_reference, read_csv
from .reporter import find_reporter, find_year
from .types import OTHER_TYPE, Keywords, infer_type, map_type


def _version(config: Config) -> str:
    """Changes whenever the normalization code, its data files or the project's settings do."""
    here = Path(__file__).resolve().parent
    digest = hashlib.sha1()
    for path in sorted(p for p in here.rglob("*") if p.is_file() and p.suffix in (".py", ".csv", ".toml", ".txt")):
        digest.update(path.relative_to(here).as_posix().encode())
        digest.update(path.read_bytes())
    digest.update(json.dumps(config.settings, sort_keys=True, default=str).encode())
    digest.update(json.dumps([o.__dict__ for o in config.organisations], sort_keys=True, default=str).encode())
    return digest.hexdigest()[:12]


class Normalizer:
    """Holds the reference data and settings for one run; `normalize_file` is pure given them."""

    def __init__(self, config: Config | None = None):
        self.config = config or load_config()
        self.version = _version(self.config)
        self.ref = load_reference()
        self.gazetteer = Gazetteer(self.config.organisations)
        self.stems = Keywords([(r["type"], r["stem"].casefold(), float(r["weight"])) for r in read_csv("type_keywords.csv")])

    def normalize_file(self, result: FileResult) -> list[Measure]:
        if result.status != "ok":
            return []
        texts = [t for m in result.measures for t in (m.responsible_text, m.partners_text) if t]
        reporter, how_reporter = find_reporter(result.info, result.path, texts, self.gazetteer)
        periods = [m.period_text or "" for m in result.measures]
        year, how_year = find_year(result.info, result.path, periods)
        out = []
        for raw in result.measures:
            m = self.normalize_measure(raw, result, reporter, year)
            if reporter is None:
                m.add_warning("no_reporter", "the sender is not named on the title page, in the headers or in the file name")
            elif how_reporter == "guessed":
                m.add_warning("reporter_guessed", f"{reporter} is the organisation the report names most often")
            if year is None:
                m.add_warning("no_year", "no year on the title page, in the headers or in the file name")
            elif how_year == "guessed":
                m.add_warning("year_guessed", f"{year} is the year the report's timing texts mention most often")
            out.append(m)
        return out

    def normalize_measure(self, raw: RawMeasure, result: FileResult, reporter: str | None, year: int | None) -> Measure:
        sha = result.sha256 or ""
        m = Measure(
            measure_id=f"{sha[:12]}-{raw.index:03d}",
            source_file=raw.provenance.file or result.path,
            source_sha256=sha,
            page=raw.provenance.page,
            locator=raw.provenance.locator,
            layout=result.layout or "",
            reporter=reporter,
            report_year=year,
            title=raw.title,
            delmal_raw=raw.goal_text,
            type_raw=raw.type_text,
            responsible_raw=raw.responsible_text,
            partners_raw=raw.partners_text,
            description=raw.description,
            period=raw.period_text,
            status=status_of(raw.extra),
        )
        for note in raw.notes:
            code, _, message = note.partition(": ")
            m.add_warning(code, message)
        self._goals(m, raw)
        self._type(m, raw)
        self._organisations(m, raw, result.layout or "", reporter)
        period = parse_period(raw.period_text, year)
        m.start_year, m.end_year, m.ongoing = period.start_year, period.end_year, period.ongoing
        m.start_date, m.end_date = period.start_date, period.end_date
        return Measure.model_validate(m.model_dump())

    def _goals(self, m: Measure, raw: RawMeasure) -> None:
        ocr = any(n.startswith("ocr_text") for n in raw.notes)
        text = ticked(raw.goal_text)  # of a line of boxes, the ticked choices
        goal = parse_goal(text, self.ref, old_numbers=raw.goal_numbering == "old", ocr=ocr)
        if goal.unknown:
            m.add_warning("unknown_goal", f"the strategy has no goal {', '.join(goal.unknown)} (in '{raw.goal_text}')")
        if goal.delmal:
            m.delmal, m.nkps_tiltak, m.delmal_source = goal.delmal, goal.nkps_tiltak, goal.source
        elif text:
            # keywords that give the type beside the delmål's words ("kunnskapsgrunnlag om …; FoU"): the words only
            words = "; ".join(part for part in re.split(r"\s*;\s*", text) if not map_type(part, self.ref, compounds=False)) or text
            codes, score = match_goal_texts(words, self.ref, self.config.get("goals", "text_threshold"))
            keyed = None if codes else goal_by_keywords(words, self.ref)
            if keyed:  # "Karriereveiledning": words only delmål 1.3 has
                m.delmal, m.delmal_source = [keyed], "inferred"
                m.add_warning("delmal_inferred", f"'{_short(raw.goal_text)}' reads as delmål {keyed} (words only "
                                                 "its text has)")
            elif codes:
                m.delmal, m.delmal_source = codes, "inferred"
                m.add_warning("delmal_inferred",
                              f"'{_short(raw.goal_text)}' reads as delmål {', '.join(codes)} (similarity {score:.0f})")
            else:
                m.add_warning("no_delmal", f"'{_short(raw.goal_text)}' names no delmål (best similarity {score:.0f})")
        elif raw.goal_text:
            m.add_warning("no_delmal", f"no box is ticked in '{_short(raw.goal_text)}'")
        else:
            worded, sentence = goals_in_wording(raw.description, self.ref)
            headed, score = (match_goal_text(raw.heading, self.ref, self.config.get("goals", "heading_threshold"))
                             if raw.heading and not worded else (None, 0.0))
            if worded:  # "Tiltaket følger opp delmålet om å styrke regionalt folkevalgt nivås …"
                m.delmal, m.delmal_source = worded, "inferred"
                m.add_warning("delmal_inferred", f"the text names delmål {', '.join(worded)} in the strategy's own "
                                                 f"words: '{_short(sentence)}'")
            elif headed:  # "Kunnskap om læring i arbeidslivet" over the measures of delmål 2.2
                m.delmal, m.delmal_source = [headed], "inferred"
                m.add_warning("delmal_inferred", f"the heading '{_short(raw.heading)}' over the measure reads as "
                                                 f"delmål {headed} (similarity {score:.0f})")
            else:
                m.add_warning("no_delmal", "the report gives no goal for this measure")
        also, sentence = also_goals(raw.description, self.ref, self.config.get("goals", "heading_threshold"),
                                    old_numbers=m.delmal_source == "old_number") if m.delmal else ([], "")
        added = [c for c in also if c not in m.delmal]
        if added:
            m.delmal = sorted(set(m.delmal) | set(added))
            m.add_warning("goal_from_text", f"the text adds delmål {', '.join(added)}: '{_short(sentence)}'")
        m.omrade = sorted({self.ref.omrade_of(c) for c in m.delmal})

    def _type(self, m: Measure, raw: RawMeasure) -> None:
        stated = ticked(raw.type_text)  # of a line of boxes, the ticked choice
        if stated and _SAYS_NOTHING.search(stated.strip()):
            stated = None  # "-", "x", "2.2", "Se over", "Ikke relevant", "Pågår": no type said
        if stated and stated.strip():
            canonical = map_type(stated, self.ref)
            m.type_source = "stated"
            m.type = canonical or OTHER_TYPE
            if not canonical and not is_other_answer(stated):  # ("Annet (avtale)": the form's own choice)
                m.add_warning("unknown_type", f"'{stated.strip()}' is none of the six types; counted as "
                                              f"'{OTHER_TYPE}', the words kept in type_raw")
            return
        inferred = infer_type(raw.title, raw.description, self.stems, self.config.get("types", "min_score"))
        if inferred:
            m.type, m.type_source = inferred, "inferred"
            m.add_warning("type_inferred", f"no type stated; '{inferred}' inferred from the title and description")
        else:
            m.add_warning("no_type", "no type stated, and the title and description do not point to one")

    def _organisations(self, m: Measure, raw: RawMeasure, layout: str, reporter: str | None) -> None:
        unknown: list[str] = []
        if raw.roles_combined:
            text = raw.responsible_text or ""
            if text and looks_like_list(text):
                names, unknown = self.gazetteer.split_entry(text)
                m.responsible, m.partners = names[:1], names[1:]
            else:
                m.responsible, m.partners = roles_in_text(text, self.gazetteer)
            if not m.responsible and reporter:
                m.responsible = [reporter]
        else:
            m.responsible, unknown_r = self._names(raw.responsible_text)
            unknown += unknown_r
            lead, rest = self._responsible_then_partners(raw.responsible_text) if not raw.partners_text else ([], [])
            if lead:  # "Trøndelag fylkeskommune – opplæringskontorene, lærebedrifter"
                m.responsible, m.partners = lead, rest
            elif raw.partners_text and _repeats_title(raw.partners_text, raw.title):
                m.add_warning("title_in_partners", "the partner field repeats the title; no partners read from it")
            else:
                m.partners, unknown_p = self._names(raw.partners_text)
                unknown += unknown_p
        kind = _self_names().get(fold((raw.responsible_text or "").strip(" ."))) if reporter else None
        org = self.gazetteer.org(reporter) if kind else None
        if kind == "any" or org is not None and org.kind == kind:
            m.responsible = [reporter]  # "Fylkeskommunen" in a county's report: the county itself
        if unknown:
            m.add_warning("unknown_org", f"not in the gazetteer, kept as written: {', '.join(unknown)}")
        if not m.responsible:
            m.add_warning("no_responsible", "no responsible organisation is stated")

    def _responsible_then_partners(self, text: str | None) -> tuple[list[str], list[str]]:
        """A responsible field that names the partners after a dash ("HK-dir – Trøndelag fylkeskommune,
        Karriere Trøndelag"): who is responsible, and the partners; nothing when the dash explains a
        name ("KS – Kommunesektorens organisasjon") or either side names no organisation."""
        parts = re.split(r"\s+[–—-]\s+", text or "", maxsplit=1)
        if len(parts) != 2:
            return [], []
        (lead, _), (rest, unknown) = self._names(parts[0]), self._names(parts[1])
        rest = [p for p in rest if p not in lead]
        if not lead or len(unknown) == len(rest) or not looks_like_list(parts[0]) or not looks_like_list(parts[1]):
            return [], []
        return lead, rest

    def _names(self, text: str | None) -> tuple[list[str], list[str]]:
        if not text:
            return [], []
        if looks_like_list(text):
            names, unknown = self.gazetteer.split_entry(text)
            return names + unknown, unknown
        return [m.canonical for m in self.gazetteer.find(text)], []


# a type field that says nothing: no word, a code, a placeholder, a status
_SAYS_NOTHING = re.compile(r"^(?!.*[^\W\d_]{2})|^(?:se\s+(?:over|ovenfor|under|nedenfor)|ikke\s+(?:relevant|aktuelt|oppgitt)"
                           r"|ikkje\s+(?:relevant|aktuelt)|ukjent|n/?a|tbd|pågår|pågående|avsluttet|planlagt)\W*$", re.I)


@cache
def _self_names() -> dict[str, str]:
    return {fold(r["name"]): r["kind"] for r in read_csv("self_names.csv") if not r["name"].startswith("#")}


def _repeats_title(partners: str, title: str) -> bool:
    a, b = fold(partners), fold(title)
    return len(a) > 15 and (fuzz.ratio(a, b) >= 90 or (len(a) > 30 and (a in b or b in a)))


def _short(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def normalized(result, normalizer: Normalizer, cache) -> list[Measure]:
    """A file's normalized measures, from the cache when the file (its content and its name, which
    the reporter and year may come from), the code and the settings are unchanged."""
    if cache is None or result.status != "ok" or not result.sha256:
        return normalizer.normalize_file(result)
    from tiltak.extract import PARSER_VERSION as parser_version

    where = hashlib.sha1(result.path.encode()).hexdigest()[:8]
    name = f"{result.sha256}-{where}-{parser_version}-{normalizer.version}.measures.json"
    cached = cache.get_json(name)
    if cached is not None:
        try:
            rows = json.loads(cached)
            return [Measure.model_validate(r) for r in rows]
        except (ValueError, TypeError):
            pass
    measures = normalizer.normalize_file(result)
    cache.put_json(name, json.dumps([m.model_dump(mode="json") for m in measures], ensure_ascii=False))
    return measures


_STATUS_LABEL = re.compile(r"^(?:status|ny\s*/\s*videreført|nytt\s*/\s*videreført|ny\s*/\s*vidareført|nytt\s*/\s*vidareført|"
                           r"ny eller videreført)\b", re.I)


def status_of(extra: dict[str, str]) -> str | None:
    """The status a field gives in a few words ("Status: Videreført", "Ny/videreført: Ny"), else None."""
    for label, value in extra.items():
        if _STATUS_LABEL.match(label.strip()) and value and len(value.split()) <= 5:
            return value.strip()
    return None
