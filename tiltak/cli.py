"""tiltak's command line: `tiltak run`, `tiltak watch`, `tiltak inspect`. Only click is loaded to parse the command
(so `tiltak --help` answers at once); the pipeline and its readers are imported when a command runs.
"""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from pathlib import Path

import click

from tiltak import __version__
from tiltak.export.names import REVIEW_BOOK, REVIEW_FILE, new_name


def summary_lines(report: dict) -> list[str]:
    t = report["totals"]
    lines = []
    for f in report["files"]:  # partial results first: they are easy to miss in the figures
        for gap in f.get("gaps") or []:
            lines.append(f"  ! {f['path']}: {gap}")
    if lines:
        lines.insert(0, f"Read only in part: {t.get('files_with_gaps', len(lines))} files (check these first)")
    lines += [f"Files: {t['files']} ({t['ok']} read" + (f", {t['cached']} of them from the cache" if t.get("cached") else "")
             + f", {t['failed']} failed, {t['skipped']} skipped)",
             f"Measures: {t['measures']} reported, {t.get('tiltak', t['measures'])} after merging duplicates",
             f"Warnings: {t['warnings']}" + (" (" + ", ".join(f"{k} {v}" for k, v in report["warnings"].items()) + ")"
                                             if report["warnings"] else "")]
    if t["self_checks"]:
        lines.append(f"Self-checks: {t['self_checks'] - t['self_checks_failed']} of {t['self_checks']} agree")
        for c in report["self_checks"]:
            if not c["ok"]:
                lines.append(f"  ! {c['document']}: {c['check']}: printed {c['printed']}, parsed {c['parsed']}")
    m = report.get("matching")
    if m:
        undecided = report.get("open", {}).get("undecided_pairs", m["review_pairs"])
        lines.append(f"Matching: {m['match_pairs']} pairs merged, {m['review_pairs']} for review in "
                     f"{m.get('review_groups', 0)} groups, {m['review_pairs'] - undecided} of them decided "
                     f"({m['review_rows']} rows in {REVIEW_BOOK}), "
                     f"{m['decisions_applied']} of your decisions applied"
                     + (f", {m['decisions_archived']} archived" if m["decisions_archived"] else ""))
        for w in m["warnings"]:
            lines.append(f"  ! {w}")
        for e in m.get("decision_errors", []):
            lines.append(f"  ! decision not read: {e}")
        for name in m.get("review_files_kept", []):
            lines.append(f"  ! {name} was kept as you left it: correct the rows above and run again "
                         f"(this run's review is in {new_name(name)})")
    for f in report["files"]:
        if f["status"] == "failed":
            lines.append(f"  failed: {f['path']}: {f['error']}")
    for name in report.get("outputs_held_open", []):
        lines.append(f"  ! {name} is open in another program and was not replaced: this run's version is "
                     f"{new_name(name)}; close it and run again")
    if t["ok"]:  # a run over nothing has no figures to call final or provisional
        lines.append(provisional_line(report.get("open")))
    return lines


def provisional_line(open_: dict | None) -> str:
    if not open_:
        return ""
    if open_["final"]:
        return "Figures are final: every pair decided, every file read, no warning open."
    parts = [f"{open_['undecided_pairs']} pairs not decided" if open_["undecided_pairs"] else "",
             f"{open_['warnings']} warnings open" if open_["warnings"] else "",
             f"{open_['failed_files']} files not read" if open_["failed_files"] else "",
             f"{open_['files_with_gaps']} read in part" if open_["files_with_gaps"] else "",
             f"{open_['self_checks_failed']} self-checks disagree" if open_["self_checks_failed"] else "",
             f"{open_['decision_errors']} decisions not read" if open_["decision_errors"] else ""]
    return "Figures are provisional: " + ", ".join(p for p in parts if p) + " (report.html lists them)."


@click.group()
@click.version_option(__version__, prog_name="tiltak")
def main() -> None:
    """tiltak: NKPS follow-up reports (PDF, Word) -> one clean dataset of measures."""


class _Progress:
    """A progress bar on a terminal; a line per file otherwise; nothing with --quiet."""

    def __init__(self, total: int, quiet: bool):
        self.total, self.done, self.failed = total, 0, 0
        self.bar = None
        self.quiet = quiet
        if not quiet and sys.stderr.isatty() and total:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self.bar = Progress(TextColumn("Reading reports"), BarColumn(), MofNCompleteColumn(),
                                TextColumn("{task.fields[failed]} failed"), TimeElapsedColumn(),
                                TextColumn("{task.fields[current]}"), console=Console(stderr=True), transient=True)
            self.task = self.bar.add_task("read", total=total, failed=0, current="")
            self.bar.start()

    def __call__(self, result) -> None:
        self.done += 1
        self.failed += result.status == "failed"
        if self.bar is not None:
            self.bar.update(self.task, advance=1, failed=self.failed, current=result.path[-60:])
        elif not self.quiet:
            state = "cached" if result.cached else result.status
            detail = f"{len(result.measures)} measures" if result.status == "ok" else result.error
            click.echo(f"[{self.done}/{self.total}] {result.path}: {state} ({detail})", err=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()


def _common_options(f):
    """The options `run` and `watch` share."""
    options = [
        click.argument("reports_dir", type=click.Path(exists=True, file_okay=False, path_type=Path)),
        click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
                     help="Folder for the dataset and the run report."),
        click.option("--config", "config_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                     help="Project file (default: tiltak.toml in the working directory; one inside REPORTS_DIR is "
                          "ignored)."),
        click.option("--decisions", "decision_files", multiple=True,
                     type=click.Path(exists=True, dir_okay=False, path_type=Path),
                     help="A review file with decisions to apply (e.g. last year's); may be given more than once. "
                          f"The {REVIEW_BOOK} (or {REVIEW_FILE}, whichever was saved last) in --out is always read."),
        click.option("--workers", type=click.IntRange(1), default=None,
                     help="Files read at once (default: the machine's cores)."),
        click.option("--timeout", type=click.FloatRange(1), default=180.0, show_default=True,
                     help="Seconds one file may take before it is stopped and reported as failed."),
        click.option("--max-memory", "max_memory", type=click.IntRange(64), default=2048, show_default=True,
                     help="MB of memory one file may take before it is stopped and reported as failed."),
        click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
                     help="Where extractions of unchanged files are kept (default: OUT/.cache)."),
        click.option("--no-cache", is_flag=True, help="Read every file again, ignoring the cache."),
        click.option("--link-base", "link_base", default=None, metavar="URL",
                     help="Where the reports folder is published (https://…/rapporter/): report.html links sources "
                          "there instead of to the files beside it."),
        click.option("--quiet", is_flag=True, help="Print nothing but errors."),
        click.option("--debug", is_flag=True, help="Show Python tracebacks for files that failed and for errors."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


@contextmanager
def _loading():
    """The first load of the pipeline makes objects that live to the end of the process: the
    collector is off meanwhile and they are set aside (frozen) after, so that no pass walks them
    (0.03 s of a re-run after one decision; benchmarks/loop.py)."""
    import gc

    if "tiltak.pipeline" in sys.modules:
        yield
        return
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def _run_once(reports_dir: Path, out_dir: Path, config_path: Path | None, decision_files: tuple[Path, ...],
              workers: int | None, timeout: float, max_memory: int, cache_dir: Path | None, no_cache: bool,
              link_base: str | None, quiet: bool, debug: bool):
    """One run with its console output; a ClickException with a clear sentence when it stops."""
    with _loading():
        from tiltak.extract.batch import Limits
        from tiltak.export.outputs import OutputLocked
        from tiltak.extract.discover import discover
        from tiltak.normalize.config import PROJECT_FILE
        from tiltak.pipeline import run

    limits = Limits(workers=workers or Limits().workers, timeout=timeout, max_memory_mb=max_memory)
    total = len(discover(reports_dir, PROJECT_FILE)[0])
    progress = _Progress(total, quiet)
    try:
        result = run(reports_dir, out_dir, config_path=config_path, decisions=list(decision_files), limits=limits,
                     cache_dir=None if no_cache else (cache_dir or out_dir / ".cache"), progress=progress,
                     link_base=link_base)
    except (ValueError, NotADirectoryError, OutputLocked) as exc:
        raise click.ClickException(str(exc)) from exc
    except Exception as exc:  # noqa: BLE001 - a clear sentence, the traceback only with --debug
        if debug:
            raise
        raise click.ClickException(f"the run stopped: {exc} (run again with --debug to see where)") from exc
    finally:
        progress.close()
    if debug:
        for f in result.files:
            if f.traceback:
                click.echo(f"--- {f.path}\n{f.traceback}", err=True)
    if not quiet:
        for line in summary_lines(result.report):
            click.echo(line)
        if result.written:
            click.echo(f"Wrote {out_dir}/: report.html, matrix.xlsx, measures and tiltak (.csv, .parquet), {REVIEW_BOOK} "
                       f"and {REVIEW_FILE}, "
                       "summary tables, organisations.csv, datapackage.json, run_report.json")
    if result.report["totals"]["ok"] == 0:
        kept = " (the outputs already in it are left as they were)" if out_dir.is_dir() and any(out_dir.iterdir()) \
            else ""
        click.echo(f"Nothing could be read: no report gave any measures; nothing was written to {out_dir}{kept}.",
                   err=True)
    return result


def entry() -> None:
    """The `tiltak` command (`main` with the collector set for a run). A run makes many objects that
    live to its end: the cycle collector's passes over them cost a re-run 0.1 s of 0.7, and the
    interpreter's last collection at the exit 0.06 s more (benchmarks/loop.py). So the collector runs
    less often, and at the exit every object is set aside (frozen) instead of walked: nothing is
    waiting in them to be written. Only for the command: the Python API's caller keeps its own."""
    import gc

    gc.set_threshold(50_000, 20, 20)
    try:
        main()
    finally:
        gc.freeze()


@main.command("run")
@_common_options
@click.option("--strict", is_flag=True,
              help="Exit non-zero when a file failed or a document's own totals disagree with what was parsed.")
def run_command(strict: bool, **options) -> None:
    """Read every .pdf and .docx under REPORTS_DIR and write the dataset to --out."""
    result = _run_once(**options)
    if result.report["totals"]["ok"] == 0:
        sys.exit(2)
    if strict and result.exit_code_strict:
        sys.exit(1)


@main.command("watch")
@_common_options
@click.option("--every", type=click.FloatRange(0.05, 60), default=0.5, show_default=True,
              help="Seconds between looks for changed files.")
def watch_command(every: float, **options) -> None:
    """Run, then run again whenever a report under REPORTS_DIR, the review file in --out
    (match_review.xlsx or .csv), a --decisions file or the project file is saved. Stop with Ctrl+C.
    The figures follow the analyst's decisions as they are saved, without the start-up of a new run."""
    import time
    from datetime import datetime

    from tiltak.normalize.config import PROJECT_FILE
    from tiltak.watch import inputs_state, review_state, watch

    reports, out = options["reports_dir"], options["out_dir"]
    others = [*options["decision_files"], options["config_path"] or Path.cwd() / PROJECT_FILE]

    def run_once() -> None:
        import gc

        started = time.perf_counter()
        try:
            _run_once(**options)
        except click.ClickException as exc:  # a bad file or setting: say so and wait for the next save
            click.echo(f"Error: {exc.format_message()}", err=True)
        gc.collect()  # the collector runs seldom in a run (entry): what the run left goes now, while it waits
        click.echo(f"Ran at {datetime.now():%H:%M:%S} in {time.perf_counter() - started:.2f} s; "
                   f"watching {reports} and {out / REVIEW_BOOK} (Ctrl+C stops).")

    watch(run_once, lambda: inputs_state(reports, out, others), lambda: review_state(out), every=every,
          echo=click.echo)


@main.command("inspect")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--show", "show", multiple=True, type=click.Choice(["model", "items", "fits", "settings"]),
              help="What to print (default: model, items and fits); may be given more than once.")
@click.option("--width", type=click.IntRange(40), default=110, show_default=True, help="Characters per line of text shown.")
def inspect_command(file: Path, show: tuple[str, ...], width: int) -> None:
    """Show what tiltak sees in one report: the document model (blocks, tables, styles, running
    headers and footers removed), the items the section parser reads (headings, labels recognised),
    and each layout's fit with its reasons and the measures the best one reads."""
    from tiltak.extract.inspect import inspect
    from tiltak.extract.settings import SETTINGS

    sections = show or ("model", "items", "fits")
    if "settings" in sections:
        click.echo(json.dumps(SETTINGS.model_dump(), indent=2, ensure_ascii=False))
        sections = tuple(x for x in sections if x != "settings")
        if not sections:
            return
    try:
        click.echo(inspect(file, width=width, sections=sections))
    except Exception as exc:  # noqa: BLE001 - a clear sentence for a file that cannot be read
        from tiltak.extract.errors import explain

        raise click.ClickException(f"{file}: {explain(exc, file)}") from exc
