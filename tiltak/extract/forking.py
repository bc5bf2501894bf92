"""Whether this process may fork a helper (the pair scorers, the Parquet writer; extraction spawns its
workers instead): on Linux only (fork is unsafe with macOS system libraries and missing on Windows),
and never beside another thread (the child could inherit a lock that thread holds)."""

from __future__ import annotations

import sys
import threading


def fork_is_safe() -> bool:
    return sys.platform.startswith("linux") and threading.active_count() == 1
