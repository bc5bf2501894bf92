"""tiltak.toml is checked before any file is read: every bad setting is one line that names the key,
the value and what is allowed (issue 13's examples)."""

import pytest
from click.testing import CliRunner

from conftest import SAMPLES
from tiltak.normalize.config import ConfigError, load_config
from tiltak.pipeline import main


@pytest.mark.parametrize("text, message", [
    ('[goals]\ntext_threshold = "high"\n', "goals.text_threshold = 'high': must be a valid number"),
    ('[matching.thresholds]\nmatch = 1.5\n', "matching.thresholds.match = 1.5: must be less than or equal to 1"),
    ('[matching.thresholds]\nmtch = 0.5\n', "matching.thresholds.mtch: unknown setting (did you mean 'match'?)"),
    ('[matchng]\nprior = 1.0\n', "matchng: unknown setting (did you mean 'matching'?)"),
    ('[matching.thresholds]\nreview = 0.9\n', "matching.thresholds: review (0.9) must not be above match (0.8)"),
    ('[matching.candidates]\nprefilter = "45"\n', "matching.candidates.prefilter = '45': must be a valid integer"),
    ('[[organisations]]\ncanonical = "NAV Agder"\nknd = "agency"\n',
     "organisation 1 (NAV Agder): knd: unknown setting (did you mean 'kind'?)"),
])
def test_a_bad_setting_is_one_line_naming_key_value_and_what_is_allowed(tmp_path, text, message):
    path = tmp_path / "tiltak.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(path=path)
    assert str(err.value) == f"{path}: {message}"


def test_the_defaults_are_valid_and_a_good_setting_is_taken(tmp_path):
    path = tmp_path / "tiltak.toml"
    path.write_text("[matching.thresholds]\nmatch = 0.9\n[goals]\ntext_threshold = 70\n", encoding="utf-8")
    config = load_config(path=path)
    assert config.settings["matching"]["thresholds"]["match"] == 0.9 and config.get("goals", "text_threshold") == 70


def test_the_run_stops_before_reading_any_file(tmp_path):
    path = tmp_path / "tiltak.toml"
    path.write_text("[matching.thresholds]\nmatch = 1.5\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(SAMPLES / "2017"), "--out", str(tmp_path / "out"),
                                       "--config", str(path)])
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: {path}: matching.thresholds.match = 1.5: must be less than or equal to 1"
    assert not (tmp_path / "out").exists()  # no line per file read: none was


def test_the_code_is_clean_by_ruff():
    """ruff, as configured in pyproject.toml (pyflakes' checks and mutable defaults)."""
    import shutil
    import subprocess

    from conftest import ROOT

    ruff = shutil.which("ruff")
    if ruff is None:
        pytest.skip("ruff is not installed (pip install -e '.[test]')")
    done = subprocess.run([ruff, "check", "--quiet", "."], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
