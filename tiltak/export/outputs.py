"""One run's outputs replace the last run's as one set, and only one run writes to a folder at a time.

A run writes into a staging folder beside OUT, which starts with hard links to everything in OUT
that is not a run output (the analyst's review file and decision archive, backups, the cache, the
analyst's own files). When the set is complete the two folders are exchanged in one system call
(Linux `renameat2(RENAME_EXCHANGE)`), so after a kill at any moment OUT holds one run's complete
set; the old set is then removed. Outputs a run no longer makes (an old year's chart) go with it.
Where the exchange is not available (another OS or file system) files are replaced one by one,
each atomically. Leftovers of killed runs are removed by the next run, under the lock.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fnmatch
import os
import shutil
from pathlib import Path
from typing import Iterator

from .files import fault_point
from .unchanged import MANIFEST
from .names import IDS_FILE, REVIEW_BOOK, REVIEW_FILE, new_name

# What a run writes; everything else in OUT is carried over untouched.
RUN_OUTPUTS = ("measures.csv", "measures.parquet", "tiltak.csv", "tiltak.parquet", "summary_*.csv",
               "organisations.csv", "report.html", "matrix.xlsx", "chart_*.svg", "chart_*.png", "schema", "datapackage.json",
               IDS_FILE, "run_report.json", MANIFEST)
# ... and the new versions of them written beside a file another program held open
RUN_OUTPUTS += tuple(new_name(p) for p in RUN_OUTPUTS if "." in p.lstrip(".")) + (new_name(REVIEW_FILE), new_name(REVIEW_BOOK))


class OutputLocked(RuntimeError):
    """Another run is writing to the same output folder."""


def _is_output(name: str) -> bool:
    return any(fnmatch.fnmatchcase(name, pattern) for pattern in RUN_OUTPUTS)


def _sibling(out: Path, kind: str) -> Path:
    return out.parent / f".{out.name}.{kind}"


@contextlib.contextmanager
def locked(out: Path) -> Iterator[None]:
    """Hold the output folder's lock (a file beside it) for the block; refuse when another run holds it."""
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    path = _sibling(out, "lock")
    with open(path, "a+") as fh:
        try:
            _lock(fh)
        except (BlockingIOError, PermissionError):
            fh.seek(0)
            holder = fh.read().strip() or "another process"
            raise OutputLocked(f"another tiltak run ({holder}) is writing to {out}; wait for it to finish "
                               "or give another --out") from None
        fh.seek(0)
        fh.truncate()
        fh.write(f"pid {os.getpid()}")
        fh.flush()
        try:
            _remove_leftovers(out)
            yield
        finally:
            fh.seek(0)
            fh.truncate()


def _lock(fh) -> None:
    """An exclusive lock on an open file, or BlockingIOError/PermissionError when another process has it."""
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt

        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        return
    fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _remove_leftovers(out: Path) -> None:
    """Staging and old folders of runs that were killed (only called under the lock)."""
    for path in out.parent.glob(f".{out.name}.staging-*"):
        shutil.rmtree(path, ignore_errors=True)
    for path in out.parent.glob(f".{out.name}.old-*"):
        shutil.rmtree(path, ignore_errors=True)
    if out.is_dir():
        for path in out.glob(".*.tmp"):  # atomic writes of runs before this one that were killed
            with contextlib.suppress(OSError):
                path.unlink()


def _link_tree(src: Path, dst: Path) -> None:
    """`dst` gets the entries of `src` as hard links (copies where links are refused)."""
    for root, dirs, files in os.walk(src):
        here = dst / Path(root).relative_to(src)
        here.mkdir(exist_ok=True)
        for d in dirs:
            (here / d).mkdir(exist_ok=True)
        for f in files:
            try:
                os.link(Path(root) / f, here / f, follow_symlinks=False)
            except OSError:
                shutil.copy2(Path(root) / f, here / f, follow_symlinks=False)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically; False where the system cannot."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except Exception:  # noqa: BLE001 - not Linux (Windows has no C library to load by None)
        return False
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EXDEV):
        return False
    raise OSError(code, os.strerror(code), str(a))


@contextlib.contextmanager
def output_set(out: Path, locked_files: list[str] | None = None) -> Iterator[Path]:
    """A staging folder to write the run's outputs to; when the block succeeds it becomes OUT.
    `locked_files` gets the outputs another program held open (Excel on Windows), whose new
    version went beside them (matrix.new.xlsx)."""
    out = out.resolve()
    staging = _sibling(out, f"staging-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    try:
        if out.is_dir():
            for entry in out.iterdir():
                if not _is_output(entry.name):
                    if entry.is_dir() and not entry.is_symlink():
                        _link_tree(entry, staging / entry.name)
                    else:
                        _link_tree_file(entry, staging / entry.name)
        yield staging
        fault_point("swap")
        if not out.exists():
            os.rename(staging, out)
        elif _exchange(staging, out):
            old = _sibling(out, f"old-{os.getpid()}")
            fault_point("swap")
            os.rename(staging, old)  # `staging` now names the previous set
            shutil.rmtree(old, ignore_errors=True)
        else:
            held = _replace_one_by_one(staging, out)
            if locked_files is not None:
                locked_files.extend(held)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _link_tree_file(src: Path, dst: Path) -> None:
    try:
        os.link(src, dst, follow_symlinks=False)
    except OSError:
        shutil.copy2(src, dst, follow_symlinks=False)


def _replace_one_by_one(staging: Path, out: Path) -> list[str]:
    """The files of `staging` into `out`; a file another program holds open (Windows refuses to
    replace or remove a workbook open in Excel) is left, its new version beside it. Returns those."""
    held = []
    for entry in out.iterdir():
        if _is_output(entry.name) and not (staging / entry.name).exists():
            try:
                shutil.rmtree(entry) if entry.is_dir() and not entry.is_symlink() else entry.unlink()
            except PermissionError:
                held.append(entry.name)
    for root, _dirs, files in os.walk(staging):
        for name in sorted(files, key=lambda n: n == "run_report.json"):  # the run report last
            src = Path(root) / name
            dst = out / src.relative_to(staging)
            if dst.exists() and os.path.samefile(src, dst):
                continue  # carried over, not rewritten
            dst.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.replace(src, dst)
            except PermissionError:
                os.replace(src, dst.with_name(new_name(dst.name)))
                held.append(dst.relative_to(out).as_posix())
    return held
