"""Outputs whose inputs have not changed since the last run are carried over, not written again.

Each group of outputs (the measures' CSV and Parquet, the summaries, …) is written from some
inputs. The run records a key for them (a hash of the inputs and of the writers' code) and the
files the group made, with their size and modification time, in MANIFEST. The next run, writing
into its staging folder, links the last run's files instead of writing them when the key is the
same and every file is still as that run left it (a file someone edited is written again).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from functools import lru_cache
from pathlib import Path
from typing import Callable

MANIFEST = ".tiltak-outputs.json"
_HERE = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def code_version() -> str:
    """A digest of the writers' code and templates: outputs written by other code are written again."""
    digest = hashlib.sha1()
    for path in sorted(p for p in _HERE.rglob("*") if p.suffix in (".py", ".j2", ".json", ".html")):
        digest.update(path.relative_to(_HERE).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _stamp(path: Path) -> list[int]:
    st = path.stat()
    return [st.st_size, st.st_mtime_ns]


def _entries(folder: Path) -> set[str]:
    """The entries of `folder`, without the temporary files of writes under way (files.atomic_path)."""
    return {p.name for p in folder.iterdir() if not (p.name.startswith(".") and p.name.endswith(".tmp"))}


def _files_in(folder: Path, names: set[str]) -> list[str]:
    """The files under the top-level entries `names` of `folder` (a group may write a folder)."""
    out = []
    for name in sorted(names):
        path = folder / name
        if path.is_dir():
            out += sorted(p.relative_to(folder).as_posix() for p in path.rglob("*") if p.is_file())
        else:
            out.append(name)
    return out


class Carry:
    """`write(group, inputs, writer)` in the staging folder, or carry the group over from `out`."""

    def __init__(self, out: Path, staging: Path, version: str):
        self.out, self.staging = out, staging
        self.version = version + code_version()
        self.carried: list[str] = []
        self.now: dict[str, dict] = {}
        try:
            self.last = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.last = {}

    def key(self, inputs) -> str:
        text = json.dumps(inputs, sort_keys=True, ensure_ascii=False, default=str)
        return hashlib.sha1((self.version + text).encode()).hexdigest()

    def write(self, group: str, inputs, writer: Callable[[], object]) -> None:
        key = self.key(inputs)
        last = self.last.get(group) if isinstance(self.last, dict) else None
        if isinstance(last, dict) and last.get("key") == key and self._unchanged(last.get("files")):
            for name in last["files"]:
                _link(self.out / name, self.staging / name)
            self.carried.append(group)
            files = last["files"]
        else:
            before = _entries(self.staging)
            writer()
            files = _files_in(self.staging, _entries(self.staging) - before)
        self.now[group] = {"key": key, "files": list(files)}

    def _unchanged(self, files) -> bool:
        if not isinstance(files, dict) or not files:
            return False
        try:
            return all(_stamp(self.out / name) == stamp for name, stamp in files.items())
        except OSError:
            return False

    def save(self) -> None:
        """The manifest, once every file is written (a Parquet file may be written after its group)."""
        now = {group: {"key": entry["key"], "files": {name: _stamp(self.staging / name) for name in entry["files"]}}
               for group, entry in self.now.items()}
        (self.staging / MANIFEST).write_text(json.dumps(now, indent=1) + "\n", encoding="utf-8")


def _link(src: Path, dst: Path) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)
