"""The Parquet files (and the review workbook) written by a forked helper process that loads pyarrow
(0.2 s, with numpy) on the other core while the run reads, matches and writes the rest: a re-run
does not wait for the import nor for the writing (benchmarks/loop.py).

`write` hands a Parquet file to the helper and returns (`hand`: any file, with the module-level
function that writes it): the file is there at once, empty until written, so a group of outputs
knows its files. `finish` waits until every file handed over (or up to one) is written. Where fork
is not safe (`tiltak.extract.forking`) or the helper fails, is stuck or was never used, the files
are written in this process (or not at all), so the outputs are the same either way.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
import tempfile
from pathlib import Path
from typing import Callable

from tiltak.extract.forking import fork_is_safe

from .dataset import write_parquet

WAIT_SECONDS = 60.0  # for one file; a helper that takes longer is stopped and the file written here


class ParquetHelper:
    def __init__(self):
        self._conn = None
        self._pid = 0
        self._used = False
        self._pending: list[tuple[str, Callable, tuple, str]] = []  # (path, writer, its arguments, the job's file)

    @classmethod
    def start(cls) -> "ParquetHelper":
        helper = cls()
        if "pyarrow.parquet" in sys.modules:  # loaded here already (the Python API's caller): no wait to save
            return helper
        if not fork_is_safe():
            return helper
        if os.environ.get("TILTAK_KILL_AT"):  # fault injection counts the writes of the run's own process
            return helper
        from multiprocessing import Pipe

        ours, theirs = Pipe()
        try:
            pid = os.fork()
        except OSError:
            ours.close()
            theirs.close()
            return helper
        if pid == 0:  # the helper: never returns
            try:
                ours.close()
            finally:
                _serve(theirs)
        theirs.close()
        helper._conn, helper._pid = ours, pid
        return helper

    @property
    def running(self) -> bool:
        return self._conn is not None

    def write(self, path: str | Path, rows: list, model) -> None:
        """Hand the Parquet file `path` to the helper if it runs (written by `finish` at the latest), else write it now."""
        self.hand(path, write_parquet, rows, model)

    def hand(self, path: str | Path, writer: Callable, *args) -> None:
        """`writer(path, *args)` in the helper if it runs, else now; `writer` a module-level function."""
        if self._conn is not None:
            self._used = True
            job = ""
            try:
                # the arguments go by a file: a pipe would hold this process until the helper has loaded pyarrow
                fd, job = tempfile.mkstemp(prefix="tiltak-parquet-", suffix=".pickle")
                with os.fdopen(fd, "wb") as fh:
                    pickle.dump((str(path), writer, args), fh, protocol=pickle.HIGHEST_PROTOCOL)
                Path(path).touch()
                self._conn.send(job)
                self._pending.append((str(path), writer, args, job))
                return
            except Exception:  # noqa: BLE001 - gone, or the arguments would not pickle: written here instead
                _remove(job)
                self._stop()
        writer(path, *args)  # here: an error is raised as it would be without the helper

    def finish(self, until: str | Path | None = None) -> None:
        """Return when every file handed to the helper (with `until`: up to that one) is written; one
        it could not write is written here (its error raised here)."""
        count = len(self._pending) if until is None else \
            next((k + 1 for k, job in enumerate(self._pending) if job[0] == str(until)), 0)  # 0: written already
        pending, self._pending = self._pending[:count], self._pending[count:]
        for k, (path, writer, args, job) in enumerate(pending):
            if self._conn is not None:
                try:
                    if self._conn.poll(WAIT_SECONDS) and self._conn.recv() is None:
                        continue
                except Exception:  # noqa: BLE001 - gone: written here
                    pass
                self._stop()
                _remove_partial(pending[k:] + self._pending)  # the rest is written here when waited for
            writer(path, *args)

    def abort(self) -> None:
        """The run stopped: the helper is stopped, and nothing it was given is left behind."""
        if self._conn is not None:
            self._stop()
        _remove_partial(self._pending)
        self._pending = []

    def close(self) -> None:
        """Let the helper finish and wait for it; one never given a file is stopped at once."""
        if self._conn is None:
            return
        if not self._used:
            self._stop()
            return
        try:
            self.finish()
        finally:
            if self._conn is not None:
                try:
                    self._conn.send(None)
                except OSError:
                    pass
                self._conn.close()
                self._conn = None
                self._reap()

    def _stop(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        try:
            os.kill(self._pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self._reap()

    def _reap(self) -> None:
        try:
            os.waitpid(self._pid, 0)
        except ChildProcessError:
            pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, *_) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()  # the run stopped: its files are not wanted


def _remove_partial(pending: list) -> None:
    """The job files of `pending`, and what the helper had begun to write (files.atomic_path's
    temporary file beside each path)."""
    for path, *_, job in pending:
        _remove(job)
        target = Path(path)
        for tmp in target.parent.glob(f".{target.name}.*.tmp") if target.parent.is_dir() else ():
            _remove(str(tmp))


def _remove(job: str) -> None:
    if job:
        try:
            os.unlink(job)
        except OSError:
            pass


def _serve(conn) -> None:
    code = 0
    try:
        import pyarrow.json  # noqa: F401
        import pyarrow.parquet  # noqa: F401
        import xlsxwriter  # noqa: F401 - for the review workbook

        while (job := conn.recv()) is not None:
            try:
                with open(job, "rb") as fh:
                    path, writer, args = pickle.load(fh)  # written by this run's own process
                _remove(job)
                writer(path, *args)
                conn.send(None)
            except Exception as exc:  # noqa: BLE001 - the caller writes the file itself and sees the error
                conn.send(repr(exc))
    except BaseException:  # noqa: BLE001 - the caller gone, or interrupted: nothing to report to
        code = 1
    finally:
        os._exit(code)  # no atexit handlers or buffered output of the parent's
