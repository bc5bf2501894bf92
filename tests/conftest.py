import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


def corpus_dir() -> Path | None:
    """The real-world corpus: $TILTAK_CORPUS, else shared/corpus beside the checkout or the workspace."""
    import os

    for candidate in (os.environ.get("TILTAK_CORPUS"), ROOT.parent / "shared" / "corpus", "/work/shared/corpus"):
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return None
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(SAMPLES))  # docxkit: helpers for writing Word files in tests


@pytest.fixture(scope="session")
def reference():
    from tiltak.normalize.reference import load_reference

    return load_reference()


@pytest.fixture(scope="session")
def gazetteer(reference):
    from tiltak.normalize.orgs import Gazetteer

    return Gazetteer(reference.organisations)
