"""Worker tasks for testing the process pool (importable, as spawned workers need)."""

import os
import time
from pathlib import Path

from tiltak.extract.records import FileResult


def misbehaving(conn):
    """Hangs on files named *hang*, crashes on *crash*, eats memory on *hog*, else reads fine."""
    conn.send("ready")
    while True:
        task = conn.recv()
        if task is None:
            return
        path, root = task[:2]
        name = Path(path).name
        if "hang" in name:
            time.sleep(3600)
        if "crash" in name:
            os._exit(3)
        if "hog" in name:
            hog = bytearray(400 * 1024 * 1024)
            hog[::4096] = b"x" * len(hog[::4096])
            time.sleep(3600)
        conn.send(FileResult(path=Path(path).relative_to(root).as_posix(), status="ok").model_dump_json())
