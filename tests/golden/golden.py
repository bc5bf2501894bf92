"""Golden files: for every sample report, the document model tiltak reads from it and the measures
it parses, as text to review as a diff when the code changes.

    python tests/golden/golden.py          # rewrite the golden files from the code as it is
    git diff tests/golden/                 # ... and read what changed before committing it

tests/test_golden.py compares the code against them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
SAMPLES = ROOT / "samples"
FIXTURES = sorted(p for folder in ("2017", "2018", "matrix") for p in (SAMPLES / folder).iterdir()
                  if p.suffix in (".pdf", ".docx", ".xlsx"))


def golden_name(path: Path) -> str:
    return f"{path.parent.name}__{path.name}"


def render(path: Path) -> tuple[str, str]:
    """(the document model as `tiltak inspect` shows it, the parsed measures as JSON lines)."""
    sys.path.insert(0, str(ROOT))
    from tiltak.extract import extract_file
    from tiltak.extract.inspect import inspect

    model = inspect(path, width=90, sections=("model",))
    model = model.replace(str(path), path.name)
    result = extract_file(path, path.parent)
    lines = [json.dumps({"layout": result.layout, "status": result.status, "error": result.error}, ensure_ascii=False)]
    for m in result.measures:
        row = m.model_dump(exclude={"index"})
        row["provenance"] = {k: v for k, v in row["provenance"].items() if k in ("page", "page_end", "locator")}
        lines.append(json.dumps(row, ensure_ascii=False, sort_keys=True))
    return model + "\n", "\n".join(lines) + "\n"


def main() -> None:
    for path in FIXTURES:
        model, measures = render(path)
        (HERE / f"{golden_name(path)}.model.txt").write_text(model, encoding="utf-8")
        (HERE / f"{golden_name(path)}.measures.jsonl").write_text(measures, encoding="utf-8")
        print(f"wrote golden files of {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
