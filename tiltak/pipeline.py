"""tiltak's orchestration: discover, extract (in worker processes, cached), normalize, match, write
the outputs as one set. The command line is cli.py; from Python: `tiltak.run("reports/")`.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from functools import cached_property, partial
from pathlib import Path

from tiltak.cli import __version__
from tiltak.export.dataset import preload, to_frame
from tiltak.export.last_run import load_decisions, previous_cluster_ids
from tiltak.export.names import REVIEW_BOOK, REVIEW_FILE
from tiltak.export.outputs import locked, output_set
from tiltak.export.parquet_helper import ParquetHelper
from tiltak.export.summaries import delmal_table, type_area_table
from tiltak.export.write import write_outputs
from tiltak.export.run_report import build_report, open_items
from tiltak.extract.batch import Cache, Limits, extract_all
from tiltak.extract.discover import discover
from tiltak.extract.records import FileResult
from tiltak.normalize.config import PROJECT_FILE, load_config
from tiltak.normalize.measures import Normalizer, normalized
from tiltak.normalize.matching import REVIEW_COLUMNS, MatchResult, match
from tiltak.normalize.models import Measure
from tiltak.normalize.tiltak import Tiltak, build_tiltak, year_rows


def _frame(rows: list[dict], columns: list[str] | None = None):
    import pandas as pd  # only when a frame is asked for

    return pd.DataFrame(rows, columns=columns)


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
        return _frame(self.matching.review_rows if self.matching else [], REVIEW_COLUMNS)

    @cached_property
    def summary_delmal(self):
        return _frame(self.delmal_rows)

    @cached_property
    def summary_type_omrade(self):
        return _frame(self.type_rows)

    @property
    def exit_code_strict(self) -> int:
        o = self.report["open"]  # of what is open, these make a --strict run fail
        return 1 if o["failed_files"] or o["self_checks_failed"] or o["decision_errors"] else 0


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
    with locked(Path(out)), ParquetHelper.start() as parquet:  # one run at a time writes to a folder
        return _run(root, Path(out), config_path, decisions, limits, cache_dir, progress, link_base, parquet)


def _run(root: Path, out_path: Path | None, config_path, decisions, limits, cache_dir, progress,
         link_base: str | None = None, parquet: ParquetHelper | None = None) -> RunResult:
    started = time.perf_counter()
    limits = limits or Limits()
    config = load_config(Path.cwd(), path=config_path)  # never from the reports folder: members' material
    normalizer = Normalizer(config)
    paths, others = discover(root, PROJECT_FILE)
    cache = Cache(Path(cache_dir)) if cache_dir else None
    by_path: dict[str, list[Measure]] = {}

    def arrived(result: FileResult) -> None:
        # Normalized while the workers read the next files.
        by_path[result.path] = normalized(result, normalizer, cache)
        if progress:
            progress(result)

    # the writers' libraries load while the workers read (not when every file comes from the cache)
    load = partial(preload, arrow=not parquet.running) if parquet else None
    files = extract_all(paths, root, limits, cache, arrived, load)
    measures = [m for result in files for m in by_path.get(result.path, [])]
    files = sorted(files + others, key=lambda f: f.path)

    decided, decision_problems, review_warnings = load_decisions(out_path, [Path(p) for p in decisions])
    decision_errors = [msg for msgs in decision_problems.values() for msg in msgs]
    kept = sorted(name for name in (REVIEW_FILE, REVIEW_BOOK) if out_path and str(out_path / name) in decision_problems)
    matched = match(measures, config.settings["matching"], normalizer.gazetteer, decided, previous_cluster_ids(out_path),
                    cache=cache, version=normalizer.version, workers=limits.workers)
    for m, cid, key in zip(measures, matched.cluster_ids, matched.keys):
        m.cluster_id, m.content_key = cid, key
    clusters = build_tiltak(measures, normalizer.ref)
    report = build_report(root, out_path, files, measures, config.source, time.perf_counter() - started, __version__)
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
                       type_rows=type_area_table(per_year, normalizer.ref))
    if out_path is not None and report["totals"]["ok"] > 0:  # a run over nothing never replaces good outputs
        held: list[str] = []
        with output_set(out_path, held) as staging:
            write_outputs(staging, result, normalizer, __version__, last=out_path, parquet=parquet)
        result.written = True
        report["outputs_held_open"] = held  # on the console only: run_report.json was written before
    return result


from tiltak.cli import entry, main, provisional_line, summary_lines  # noqa: E402,F401  (the command line, for callers of tiltak.pipeline)


if __name__ == "__main__":
    entry()
