"""tiltak under its own name: `import tiltak; tiltak.run("reports/")`.

The modules keep the repository's layout (pipeline, extract, normalize, export); this package is
the public API a script or notebook should use, so that it does not depend on those names.
"""

from cli import __version__
from extract import extract_file
from extract.batch import Limits
from normalize.config import ConfigError
from pipeline import RunResult, run

__all__ = ["run", "RunResult", "Limits", "ConfigError", "extract_file", "__version__"]
