import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(SAMPLES))  # docxkit: helpers for writing Word files in tests


@pytest.fixture(scope="session")
def reference():
    from normalize.reference import load_reference

    return load_reference()


@pytest.fixture(scope="session")
def gazetteer(reference):
    from normalize.orgs import Gazetteer

    return Gazetteer(reference.organisations)
