"""Extraction: a report file in, raw measure records with provenance out.

`extract_file` is a pure function of the file (path -> FileResult): no global state, so any
map engine (a process pool here; Dask, Spark or Ray elsewhere) can run it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

READERS = {".pdf": "pdf", ".docx": "docx", ".xlsx": "xlsx", ".xlsm": "xlsx"}

# loaded when first asked for: a run whose files all come from the cache never loads the readers and layouts
_LAZY = {"extract_file": "file", "read_document": "file", "FileResult": "records", "RawMeasure": "records",
         "Provenance": "records", "SelfCheck": "records", "DocumentInfo": "records"}


def __getattr__(name: str):
    if name == "PARSER_VERSION":  # computed on first use (it hashes the package's files)
        from . import batch

        return batch.PARSER_VERSION
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(name)


def sha256_of(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


__all__ = ["extract_file", "read_document", "FileResult", "RawMeasure", "Provenance", "SelfCheck", "PARSER_VERSION"]
