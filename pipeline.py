"""tiltak: the orchestration and the command line. Discover, extract, normalize, write.

    tiltak run REPORTS_DIR --out OUT_DIR

From Python (a notebook):

    from pipeline import run
    result = run("reports/")
    result.measures  # pandas DataFrame
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property
from datetime import datetime, timezone
from pathlib import Path

from export.dataset import to_frame, write_csv, write_parquet, write_rows as write_table
from export.files import write_text
from export.outputs import locked, output_set
from export.review_files import REVIEW_BOOK, REVIEW_FILE, review_to_read, write_review_files
from export.datapackage import write_datapackage
from export.report import build_context, write_report, write_workbook
from export.schema import write_schemas
from export.summaries import ORGANISATION_COLUMNS, delmal_table, organisations_table, type_area_table, write_summaries
from extract import PARSER_VERSION, READERS
from extract.batch import Cache, Limits, extract_all
from extract.settings import SETTINGS
from extract.records import FileResult, shown_name
from extract.sniff import LEGACY
from normalize.config import PROJECT_FILE, load_config
from normalize.coverage import coverage, gaps
from normalize.measures import Normalizer
from normalize.matching import REVIEW_COLUMNS, MatchResult, match
from normalize.matching.review import ARCHIVE_COLUMNS, Decision, read_decisions, update_archive
from normalize.models import Measure
from normalize.tiltak import Tiltak, build_tiltak, matrix, year_rows

ARCHIVE_FILE = "decisions_archive.csv"


@dataclass
class RunResult:
    """What a run gives, in memory: models and the report for tools, and DataFrames for analysis
    (made when first asked for: the command line never loads pandas)."""

    records: list[Measure]
    clusters: list[Tiltak]
    files: list[FileResult]
    matching: MatchResult | None = None
    report: dict = field(default_factory=dict)
    year_rows: list[dict] = field(default_factory=list)
    dumped: list[dict] = field(default_factory=list)  # records as dicts, made once for every writer
    delmal_rows: list[dict] = field(default_factory=list)  # summary_delmal.csv's rows
    type_rows: list[dict] = field(default_factory=list)  # summary_type_omrade.csv's rows
    cache: Cache | None = None
    written: bool = False  # the outputs in `out` were replaced by this run's

    @cached_property
    def measures(self):
        """pandas.DataFrame: one row per measure as reported."""
        return to_frame(self.dumped, Measure)

    @cached_property
    def tiltak(self):
        """pandas.DataFrame: one row per deduplicated measure."""
        return to_frame(self.clusters, Tiltak)

    @cached_property
    def review(self):
        """pandas.DataFrame: the pairs for the analyst, as match_review.csv."""
        import pandas as pd

        return pd.DataFrame(self.matching.review_rows if self.matching else [], columns=REVIEW_COLUMNS)

    @cached_property
    def summary_delmal(self):
        import pandas as pd

        return pd.DataFrame(self.delmal_rows)

    @cached_property
    def summary_type_omrade(self):
        import pandas as pd

        return pd.DataFrame(self.type_rows)

    @property
    def exit_code_strict(self) -> int:
        t = self.report["totals"]
        return 1 if t["failed"] or t["self_checks_failed"] or self.report.get("matching", {}).get("decision_errors") else 0


def discover(root: Path) -> tuple[list[Path], list[FileResult]]:
    """Files to read, and a result for every other file (skipped, or failed with what to do), in a
    stable order."""
    wanted: list[Path] = []
    others: list[FileResult] = []
    found: list[Path] = []

    def unreadable(exc: OSError) -> None:
        where = Path(exc.filename) if exc.filename else root
        others.append(FileResult(path=shown_name(where, root) + "/", status="failed",
                                 error=f"the folder cannot be read ({exc.strerror or exc}); its files were not read"))

    for folder, dirs, files in os.walk(root, onerror=unreadable):
        for d in sorted(dirs):
            if (Path(folder) / d).is_symlink():
                others.append(FileResult(path=shown_name(Path(folder) / d, root) + "/", status="skipped",
                                         error="a link to a folder: not followed (put the reports themselves here)"))
        found += [Path(folder) / f for f in files]
    for path in sorted(found):
        rel = shown_name(path, root)
        suffix = path.suffix.lower()
        if not path.is_file():
            others.append(FileResult(path=rel, status="skipped", error="not a regular file (a broken link?)"))
        elif path.name == PROJECT_FILE:
            others.append(FileResult(path=rel, status="skipped", error="settings inside the reports folder are "
                                     "ignored (the folder holds what members send); give the file with --config to use it"))
        elif any(part.startswith(".") for part in path.relative_to(root).parts):
            others.append(FileResult(path=rel, status="skipped", error="hidden file"))
        elif path.name.startswith("~$"):
            others.append(FileResult(path=rel, status="skipped", error="Office lock file (the document is open in Word)"))
        elif suffix in READERS:
            wanted.append(path)
        elif suffix in LEGACY:
            others.append(FileResult(path=rel, status="failed", error=f"the file is {LEGACY[suffix]}"))
        else:
            others.append(FileResult(path=rel, status="skipped",
                                     error=f"not a report format tiltak reads ({suffix or 'no extension'}); only .pdf, .docx and .xlsx"))
    return wanted, others


def normalized(result: FileResult, normalizer: Normalizer, cache: Cache | None) -> list[Measure]:
    """A file's normalized measures, from the cache when the file (its content and its name, which
    the reporter and year may come from), the code and the settings are unchanged."""
    if cache is None or result.status != "ok" or not result.sha256:
        return normalizer.normalize_file(result)
    where = hashlib.sha1(result.path.encode()).hexdigest()[:8]
    name = f"{result.sha256}-{where}-{PARSER_VERSION}-{normalizer.version}.measures.json"
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


def load_decisions(out: Path | None, extra: list[Path]) -> tuple[list[Decision], dict[str, list[str]], list[str]]:
    """The analyst's decisions: the archive first, then files given with --decisions, then the
    review file in the output folder the analyst saved last (the latest word wins); the problems
    found, per file; and warnings about review files not read."""
    review, warnings = review_to_read(out) if out else ([], [])
    paths = ([out / ARCHIVE_FILE] if out else []) + list(extra) + review
    decisions: list[Decision] = []
    problems: dict[str, list[str]] = {}
    for path in paths:
        if path.is_file():
            found, bad = read_decisions(path)
            decisions += found
            if bad:
                problems[str(path)] = bad
    return decisions, problems, warnings


IDS_FILE = ".cluster_ids.json"  # content_key -> cluster_id of the last run, quicker to read than the Parquet


def previous_cluster_ids(out: Path | None) -> dict[str, str]:
    """content_key -> cluster_id from the last run's dataset, so cluster ids stay put."""
    path = out / "measures.parquet" if out else None
    if not path or not path.is_file():
        return {}
    try:
        return dict(json.loads((out / IDS_FILE).read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        pass  # an older run's output folder: from its Parquet file
    try:
        import pyarrow.parquet as pq

        table = pq.read_table(path, columns=["content_key", "cluster_id"]).to_pylist()
    except Exception:  # an old or damaged file only costs the ids their history
        return {}
    return {r["content_key"]: r["cluster_id"] for r in table if r["content_key"] and r["cluster_id"]}


def run(reports: str | Path, out: str | Path | None = None, *, config_path: str | Path | None = None,
        decisions: list[str | Path] = (), workers: int | None = None, limits: Limits | None = None,
        cache_dir: str | Path | None = None, progress=None, link_base: str | None = None) -> RunResult:
    """Run the whole job over a folder of reports. Writes files only when `out` is given; the
    analyst's decisions are read from `out` (and `decisions`) either way. `workers`: files read at
    once (default: the machine's cores; `limits` sets the time and memory limits too). `cache_dir`
    reuses earlier extractions of unchanged files; `progress` is called with each file's result;
    `link_base`: the URL the reports folder is published at, for report.html's source links.
    Raises NotADirectoryError for a reports folder that is none, ValueError for a bad argument,
    ConfigError (a ValueError) for a bad tiltak.toml."""
    root = Path(reports)
    if not root.is_dir():
        raise NotADirectoryError(f"{root} is not a folder" if root.exists() else f"{root} does not exist")
    if workers is not None:
        if not isinstance(workers, int) or workers < 1:
            raise ValueError(f"workers must be a whole number of at least 1, not {workers!r}")
        limits = replace(limits or Limits(), workers=workers)
    if link_base is not None and "://" not in link_base:
        raise ValueError(f"link_base must be a URL such as https://server/rapporter/, not {link_base!r}")
    if out is None:
        return _run(root, None, config_path, decisions, limits, cache_dir, progress, link_base)
    with locked(Path(out)):  # one run at a time writes to a folder
        return _run(root, Path(out), config_path, decisions, limits, cache_dir, progress, link_base)


def _run(root: Path, out_path: Path | None, config_path, decisions, limits, cache_dir, progress,
         link_base: str | None = None) -> RunResult:
    started = time.perf_counter()
    out = out_path
    config = load_config(Path.cwd(), path=config_path)  # never from the reports folder: members' material
    normalizer = Normalizer(config)
    paths, others = discover(root)
    cache = Cache(Path(cache_dir)) if cache_dir else None
    by_path: dict[str, list[Measure]] = {}

    def arrived(result: FileResult) -> None:
        # Normalized while the workers read the next files.
        by_path[result.path] = normalized(result, normalizer, cache)
        if progress:
            progress(result)

    files = extract_all(paths, root, limits or Limits(), cache, arrived)
    measures = [m for result in files for m in by_path.get(result.path, [])]
    files = sorted(files + others, key=lambda f: f.path)

    decided, decision_problems, review_warnings = load_decisions(out_path, [Path(p) for p in decisions])
    decision_errors = [msg for msgs in decision_problems.values() for msg in msgs]
    kept = sorted(name for name in (REVIEW_FILE, REVIEW_BOOK) if out_path and str(out_path / name) in decision_problems)
    matched = match(measures, config.settings["matching"], normalizer.gazetteer, decided, previous_cluster_ids(out_path),
                    cache=cache.folder if cache else None, version=normalizer.version)
    for m, cid, key in zip(measures, matched.cluster_ids, matched.keys):
        m.cluster_id, m.content_key = cid, key
    clusters = build_tiltak(measures, normalizer.ref)
    report = build_report(root, out, files, measures, config.source, time.perf_counter() - started)
    report["matching"] = matched.stats | {
        "warnings": review_warnings + matched.warnings,
        "decision_errors": decision_errors,
        "review_files_kept": kept,
        "splits": [{"left": measures[s.left].measure_id, "right": measures[s.right].measure_id,
                    "removed_links": [[measures[a].measure_id, measures[b].measure_id, round(score, 3)]
                                      for a, b, score in s.removed], "conflict": s.conflict,
                    "reason": "rows of one report" if s.listed_apart else "analyst's distinct"} for s in matched.splits]}
    report["totals"]["tiltak"] = len(clusters)
    report["link_base"] = link_base
    report["open"] = open_items(report, matched.review_rows)
    per_year = year_rows(measures, normalizer.ref)
    dumped = [m.model_dump() for m in measures]
    result = RunResult(records=measures, clusters=clusters, files=files, matching=matched, report=report,
                       year_rows=per_year, dumped=dumped, delmal_rows=delmal_table(per_year, normalizer.ref),
                       type_rows=type_area_table(per_year, normalizer.ref), cache=cache)
    if out_path is not None and report["totals"]["ok"] > 0:  # a run over nothing never replaces good outputs
        with output_set(out_path) as staging:
            inside = cache is not None and cache.folder.resolve().is_relative_to(out_path.resolve())
            result.cache = Cache(staging / cache.folder.resolve().relative_to(out_path.resolve())) if inside else cache
            write_outputs(staging, result, normalizer)  # charts cached in the set that replaces OUT
        result.cache, result.written = cache, True
    return result


def open_items(report: dict, review_rows: list[dict]) -> dict:
    """What still stands between these figures and final ones."""
    t, m = report["totals"], report.get("matching", {})
    items = {"undecided_pairs": sum(1 for r in review_rows if r["suggestion"] == "review" and not r["decision"]),
             "warnings": t["warnings"], "failed_files": t["failed"], "files_with_gaps": t.get("files_with_gaps", 0),
             "self_checks_failed": t["self_checks_failed"], "decision_errors": len(m.get("decision_errors", []))}
    return items | {"final": not any(items.values())}


def build_report(root: Path, out, files: list[FileResult], measures: list[Measure], config_source, seconds: float) -> dict:
    by_file = Counter(m.source_file for m in measures)
    status = Counter(f.status for f in files)
    warnings = Counter(code for m in measures for code in m.warnings)
    checks = [c.model_dump() | {"ok": c.ok} for f in files for c in f.self_checks]
    meta: dict[str, dict] = {}
    per_file: dict[str, list[Measure]] = {}
    for m in measures:
        meta.setdefault(m.source_file, {"reporter": m.reporter, "report_year": m.report_year})
        per_file.setdefault(m.source_file, []).append(m)
    entries = []
    for f in files:
        entry = {"path": f.path, "status": f.status, "layout": f.layout, "measures": by_file.get(f.path, 0),
                 "seconds": f.seconds, "error": f.error, "format": f.format, "pages": f.pages, "sha256": f.sha256,
                 "cached": f.cached, "duplicate_of": f.duplicate_of,
                 **meta.get(f.path, {"reporter": None, "report_year": None})}
        if f.status == "ok":
            entry["coverage"] = coverage(per_file.get(f.path, []))
            floor = SETTINGS.pdf.ocr_confidence_floor
            entry["gaps"] = gaps(entry["coverage"]) + [f"not read: {p}" for p in f.info.pages_not_read] + [
                f"page {page} was read by OCR with a mean word confidence of {c:.0f}% (below {floor:.0f}%): check it"
                for page, c in sorted(f.info.ocr_pages.items()) if c < floor]
            entry["ocr_pages"] = f.info.ocr_pages
        if f.status == "failed":
            entry["first_lines"] = f.first_lines
        entries.append(entry)
    return {
        "tiltak_version": __version__,
        "parser_version": PARSER_VERSION,
        "finished": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "seconds": round(seconds, 3),
        "reports_dir": str(root),
        "out_dir": str(out) if out is not None else None,
        "config": config_source,
        "totals": {
            "files": len(files), "ok": status["ok"], "failed": status["failed"], "skipped": status["skipped"],
            "cached": sum(1 for f in files if f.cached), "pages": sum(f.pages or 0 for f in files if f.status == "ok"),
            "measures": len(measures), "warnings": sum(warnings.values()),
            "self_checks": len(checks), "self_checks_failed": sum(1 for c in checks if not c["ok"]),
            "files_with_gaps": sum(1 for e in entries if e.get("gaps")),
        },
        "warnings": dict(sorted(warnings.items())),
        "self_checks": checks,
        "files": entries,
    }


def write_outputs(out: Path, result: RunResult, normalizer: Normalizer) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rows = result.dumped or [m.model_dump() for m in result.records]
    write_csv(out / "measures.csv", rows, Measure)
    write_parquet(out / "measures.parquet", rows, Measure)
    write_csv(out / "tiltak.csv", result.clusters, Tiltak)
    write_parquet(out / "tiltak.parquet", result.clusters, Tiltak)
    ref = normalizer.ref
    write_summaries(out, result.year_rows, ref)
    write_table(out / "organisations.csv", ORGANISATION_COLUMNS, organisations_table(rows, normalizer.gazetteer))
    if result.matching is not None:
        if result.matching.stale:
            update_archive(out / ARCHIVE_FILE, result.matching.stale)
        kept = set(result.report["matching"].get("review_files_kept", []))
        result.report["matching"]["review_files"] = write_review_files(
            out, REVIEW_COLUMNS, result.matching.review_rows, kept)
    # What the analyst publishes, and what other tools read.
    grouped = matrix(result.year_rows, ref)
    delmal_rows, type_rows = result.delmal_rows, result.type_rows
    context = build_context(result.report, result.year_rows, delmal_rows, type_rows, ref, grouped,
                            Path(result.report["reports_dir"]), out, rows)
    write_report(out, context, delmal_rows, type_rows, ref, result.cache)
    write_workbook(out, grouped, ref)
    write_schemas(out / "schema")
    write_datapackage(out, Measure, Tiltak, REVIEW_COLUMNS, ARCHIVE_COLUMNS, __version__)
    write_text(out / IDS_FILE, json.dumps({m.content_key: m.cluster_id for m in result.records if m.content_key}))
    write_text(out / "run_report.json", json.dumps(result.report, ensure_ascii=False, indent=2) + "\n")


from cli import __version__, main, provisional_line, summary_lines  # noqa: E402,F401  (the command line)


if __name__ == "__main__":
    main()
