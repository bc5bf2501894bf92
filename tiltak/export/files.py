"""Writing output files atomically: a run killed half-way leaves the previous file whole."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


@contextlib.contextmanager
def atomic_path(path: str | Path):
    """Yield a temporary path beside `path`; it replaces `path` only when the block succeeds."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    os.chmod(tmp, 0o666 & ~_umask())  # as an ordinary new file would be, not mkstemp's 0600
    try:
        yield Path(tmp)
        os.replace(tmp, path)
        fault_point("write")
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


_FAULTS: dict[str, int] = {}


def fault_point(kind: str) -> None:
    """For the fault-injection tests only: `TILTAK_KILL_AT=write:3` kills this process with
    SIGKILL right after the third output file is written (`swap:1`, at the swap of the set)."""
    wanted = os.environ.get("TILTAK_KILL_AT")
    if not wanted or not wanted.startswith(kind + ":"):
        return
    _FAULTS[kind] = _FAULTS.get(kind, 0) + 1
    if _FAULTS[kind] == int(wanted.split(":", 1)[1]):
        import signal

        os.kill(os.getpid(), signal.SIGKILL)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text(path: str | Path, text: str, encoding: str = "utf-8") -> None:
    with atomic_path(path) as tmp:
        tmp.write_text(text, encoding=encoding)
