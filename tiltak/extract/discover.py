"""Which files of a reports folder are read: every report file under it, and a result for every
other file (skipped or failed, with what to do) so that nothing in the folder goes unmentioned.
"""

from __future__ import annotations

import os
from pathlib import Path

from . import READERS
from .records import FileResult, shown_name
from .sniff import LEGACY


def discover(root: Path, settings_file: str = "tiltak.toml") -> tuple[list[Path], list[FileResult]]:
    """Files to read, and a result for every other file (skipped, or failed with what to do), in a
    stable order. `settings_file` found among the reports is listed, never used."""
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
        elif path.name == settings_file:
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
