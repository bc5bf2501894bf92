"""`tiltak watch`: a run, and another whenever a report, the analyst's review file, a decisions file or
the project file changes. The analyst saves match_review.xlsx and the figures follow, without a new
process loading the code and the writers' libraries for every decision (most of a re-run's time).
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Callable

from tiltak.export.names import REVIEW_BOOK, REVIEW_FILE

State = dict[str, tuple[int, int]]  # path -> (modified, size)


def _stat(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


def _report_files(reports: Path, out: Path) -> list[Path]:
    """The files a run would look at; not hidden ones, Office's lock files ("~$…", made when a
    report is opened) or the output folder when it lies inside the reports folder."""
    out = out.resolve()
    found = []
    for folder, dirs, files in os.walk(reports):
        dirs[:] = [d for d in dirs if not d.startswith(".") and (Path(folder) / d).resolve() != out]
        found += [Path(folder) / f for f in files if not f.startswith((".", "~$"))]
    return found


def inputs_state(reports: Path, out: Path, others: list[Path]) -> State:
    """What a run reads, except the review files in `out`: the reports, decisions and project files."""
    state = {}
    for path in [*_report_files(reports, out), *others]:
        if (seen := _stat(path)) is not None:
            state[str(path)] = seen
    return state


def review_state(out: Path) -> State:
    return {str(p): seen for p in (out / REVIEW_BOOK, out / REVIEW_FILE) if (seen := _stat(p)) is not None}


def changed(before: State, after: State) -> list[str]:
    """The names of files added, removed or changed."""
    return sorted(Path(p).name for p in before.keys() | after.keys() if before.get(p) != after.get(p))


def watch(run_once: Callable[[], None], inputs: Callable[[], State], reviews: Callable[[], State], *,
          every: float = 0.5, settle: float = 0.1, sleep: Callable[[float], None] = time.sleep,
          echo: Callable[[str], None] = print, runs: int | None = None) -> int:
    """Run once, then again after each change of the `inputs` or the `reviews`, until interrupted (or
    after `runs` runs). A change is acted on once the files have stayed the same for `settle` seconds
    (a program still saving). The review files a run writes itself start no run; a report changed
    while a run was reading does. Returns the number of runs."""
    done = 0
    seen: State = {}
    try:
        while runs is None or done < runs:
            read = inputs()
            before = read | reviews()
            if done:
                if before == seen:
                    sleep(every)
                    continue
                sleep(settle)
                if inputs() | reviews() != before:  # still being saved
                    continue
                echo(f"Changed: {', '.join(changed(seen, before))}; running again")
            run_once()
            done += 1
            # the review files the run wrote start no run; a report changed while it read does
            seen = read | reviews()
    except KeyboardInterrupt:
        echo("Stopped watching.")
    return done
