"""Extracting many files: in worker processes, with a time limit and a memory guard per file, and a
cache keyed on each file's content and the parser's version.

A hang or crash in pdfplumber or python-docx only costs its own file: the worker is stopped from
outside (an in-process timeout cannot stop such a hang), the file is reported as failed, and a new
worker takes the next file. Only one document per worker is in memory at a time, and results come
back as small records, so memory stays flat in the number of files.
"""

from __future__ import annotations

import contextlib
import hashlib
import multiprocessing as mp
import os
import time
from dataclasses import dataclass
from multiprocessing.connection import wait
from pathlib import Path
from typing import Callable, Iterator

from .records import FileResult, shown_name

_HERE = Path(__file__).resolve().parent


def _parser_version() -> str:
    """Changes whenever the extraction code or its data (the label vocabulary) does, so a cache
    never serves results of older code."""
    digest = hashlib.sha1()
    for path in sorted(p for p in _HERE.rglob("*") if p.suffix in (".py", ".csv")):
        digest.update(path.relative_to(_HERE).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def __getattr__(name: str):
    """PARSER_VERSION is computed when first asked for: importing the package stays cheap."""
    if name == "PARSER_VERSION":
        globals()["PARSER_VERSION"] = version = _parser_version()
        return version
    raise AttributeError(name)


@dataclass
class Limits:
    workers: int = os.cpu_count() or 1
    timeout: float = 180.0  # seconds per file
    max_memory_mb: int = 2048  # resident memory of one worker


class Cache:
    """One JSON file per (content hash, parser version), and other named entries (normalized
    measures, pair scores) for whoever keys them; written under unique temporary names."""

    def __init__(self, folder: Path):
        self.folder = folder

    def _path(self, sha: str) -> Path:
        from . import batch

        return self.folder / f"{sha}-{batch.PARSER_VERSION}.json"

    def get(self, sha: str, rel: str) -> FileResult | None:
        text = self.get_json(self._path(sha).name)
        if text is None:
            return None
        try:
            result = FileResult.model_validate_json(text)
        except ValueError:
            return None
        # made just now from the stored text, so changed in place: the file may have been moved or renamed
        for m in result.measures:
            m.provenance.file = rel
        for c in result.self_checks:
            c.document = rel
        result.path, result.cached = rel, True
        return result

    def get_bytes(self, name: str) -> bytes | None:
        path = self.folder / name
        try:
            return path.read_bytes() if path.is_file() else None
        except OSError:
            return None

    def put_bytes(self, name: str, data: bytes) -> None:
        import tempfile

        self.folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=self.folder)  # runs may share a cache
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, self.folder / name)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    def get_json(self, name: str) -> str | None:
        data = self.get_bytes(name)
        return data.decode("utf-8") if data is not None else None

    def put_json(self, name: str, text: str) -> None:
        self.put_bytes(name, text.encode("utf-8"))

    def put(self, result: FileResult) -> None:
        if not result.sha256 or result.status == "skipped" or result.stopped:
            return  # a stopped file may read on another machine or with other limits
        self.put_json(self._path(result.sha256).name, result.model_dump_json(exclude={"traceback"}))


def _die_with_parent() -> None:
    """Linux: the kernel kills this worker when the run that started it dies (even by kill -9)."""
    import ctypes
    import signal

    with contextlib.suppress(Exception):  # not Linux: the parent's pool stops its workers itself
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _worker(conn) -> None:  # runs in the child process
    import logging

    _die_with_parent()
    from .file import extract_file

    # pdfminer logs every oddity of a malformed PDF; the file's status says what matters.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    conn.send("ready")  # the time limit counts from here: start-up is not the file's
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        path, root, sha = task
        conn.send(extract_file(path, root, sha).model_dump_json())


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1024 / 1024
    except (OSError, ValueError, IndexError):
        return 0.0  # not Linux, or the process is gone: no guard


STARTUP_LIMIT = 120.0  # seconds a new worker may take to import its readers


@dataclass
class _Slot:
    process: mp.Process
    conn: object
    born: float = 0.0
    ready: bool = False
    task: tuple[int, Path] | None = None
    started: float = 0.0


@contextlib.contextmanager
def _main_not_rerun():
    """A spawned worker imports the caller's script again unless told not to, and a script without
    `if __name__ == "__main__":` would then run the whole job in every worker. The workers' code
    lives in this package, so they are started without the script."""
    import sys

    main = sys.modules.get("__main__")
    saved = {k: main.__dict__[k] for k in ("__file__", "__spec__") if main is not None and k in main.__dict__}
    try:
        if main is not None:
            main.__dict__.pop("__file__", None)
            main.__dict__["__spec__"] = None
        yield
    finally:
        if main is not None:
            main.__dict__.pop("__spec__", None)
            main.__dict__.update(saved)


def _failed(path: Path, root: Path, error: str, seconds: float, stopped: str | None = None) -> FileResult:
    from . import READERS

    return FileResult(path=shown_name(path, root), status="failed", format=READERS.get(path.suffix.lower()),
                      error=error, seconds=round(seconds, 3), stopped=stopped)


def run_pool(paths: list[Path], root: Path, limits: Limits, task: Callable = _worker,
             hashes: list[str | None] | None = None) -> Iterator[tuple[int, FileResult]]:
    """(index, result) for every path, in the order they finish (`hashes`: their SHA-256, when known)."""
    ctx = mp.get_context("spawn")  # no inherited threads or locks from the parent
    slots: list[_Slot] = []

    def start() -> _Slot:
        parent, child = ctx.Pipe()
        process = ctx.Process(target=task, args=(child,), daemon=True)
        with _main_not_rerun():
            process.start()
        child.close()
        return _Slot(process, parent, born=time.monotonic())

    def stop(slot: _Slot) -> None:
        if slot.process.is_alive():
            slot.process.kill()
        slot.process.join(5)
        slot.conn.close()

    if not paths:
        return
    queue = list(enumerate(paths))[::-1]
    try:
        slots = [start() for _ in range(max(1, min(limits.workers, len(paths))))]
        while queue or any(s.task for s in slots):
            for slot in slots:
                if slot.task is None and queue:
                    slot.task = queue.pop()
                    slot.started = time.monotonic()
                    index = slot.task[0]
                    slot.conn.send((str(slot.task[1]), str(root), hashes[index] if hashes else None))
            busy = [s for s in slots if s.task]
            ready = wait([s.conn for s in busy] + [s.process.sentinel for s in busy], timeout=0.5)
            now = time.monotonic()
            for i, slot in enumerate(slots):
                if slot.task is None:
                    continue
                index, path = slot.task
                outcome: FileResult | None = None
                if slot.conn in ready:
                    try:
                        message = slot.conn.recv()
                        if message == "ready":
                            slot.ready, slot.started = True, now
                        else:
                            outcome = FileResult.model_validate_json(message)
                    except (EOFError, OSError):
                        outcome = None
                if outcome is None and not slot.process.is_alive():
                    code = slot.process.exitcode
                    outcome = _failed(path, root, f"the reader crashed on this file (exit code {code}); "
                                                  "the file may be damaged", now - slot.started, "crash")
                elif outcome is None and not slot.ready and now - slot.born > STARTUP_LIMIT:
                    outcome = _failed(path, root, f"the reader did not start within {STARTUP_LIMIT:.0f} s "
                                                  "(the machine may be overloaded)", now - slot.started, "startup")
                elif outcome is None and slot.ready and now - slot.started > limits.timeout:
                    outcome = _failed(path, root, f"reading took longer than {limits.timeout:.0f} s and was stopped "
                                                  "(the file may be malformed or very large)", now - slot.started, "timeout")
                elif outcome is None and _rss_mb(slot.process.pid) > limits.max_memory_mb:
                    outcome = _failed(path, root, f"reading needed more than {limits.max_memory_mb} MB of memory and "
                                                  "was stopped (the file may be malformed or very large)",
                                      now - slot.started, "memory")
                if outcome is None:
                    continue
                if not slot.process.is_alive() or outcome.stopped:
                    stop(slot)
                    slots[i] = slot = start()
                slot.task = None
                yield index, outcome
    finally:
        for slot in slots:
            try:
                slot.conn.send(None)
            except (OSError, ValueError):
                pass
        for slot in slots:
            if slot.task is None:  # an idle worker exits by itself; its exit (0.1-0.3 s) is not waited for
                slot.conn.close()
            else:  # stopped in the middle of a file (an error, Ctrl+C)
                stop(slot)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def extract_all(paths: list[Path], root: Path, limits: Limits, cache: Cache | None,
                on_result: Callable[[FileResult], None] | None = None,
                while_reading: Callable[[], None] | None = None) -> list[FileResult]:
    """Every file's result, in the order of `paths`: duplicates read once, cached results reused.
    `while_reading` is called when workers start on files not in the cache."""
    from . import sha256_of

    results: dict[int, FileResult] = {}
    first_of: dict[str, int] = {}
    todo: list[int] = []
    hashes: dict[int, str] = {}
    for i, path in enumerate(paths):
        rel = shown_name(path, root)
        try:
            sha = sha256_of(path)
        except OSError as exc:
            results[i] = _failed(path, root, f"the file cannot be read ({exc.strerror or exc})", 0)
            continue
        if sha in first_of:
            original = shown_name(paths[first_of[sha]], root)
            results[i] = FileResult(path=rel, status="skipped", sha256=sha, duplicate_of=original,
                                    error=f"same content as {original} (read once)")
            continue
        first_of[sha] = i
        hashes[i] = sha
        cached = cache.get(sha, rel) if cache else None
        if cached is not None:
            results[i] = cached
        else:
            todo.append(i)
    for i, result in results.items():
        if on_result:
            on_result(result)
    # The largest files first: a big file handed out last keeps one worker busy while the others wait.
    todo.sort(key=lambda i: -_size(paths[i]))
    if todo and while_reading:
        while_reading()
    for k, result in run_pool([paths[i] for i in todo], root, limits, hashes=[hashes[i] for i in todo]):
        results[todo[k]] = result
        if cache:
            cache.put(result)
        if on_result:
            on_result(result)
    return [results[i] for i in range(len(paths))]
