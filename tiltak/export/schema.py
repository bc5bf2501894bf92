"""JSON Schema of the dataset's models, generated from the pydantic models.

The schemas ship with the package (export/schema/) and every run copies them to OUT/schema/.
Regenerate after changing a model:  python -m export.schema
"""

from __future__ import annotations

import json
from pathlib import Path

from .files import write_text

HERE = Path(__file__).resolve().parent / "schema"


def schemas() -> dict[str, dict]:
    from tiltak.normalize.models import Measure
    from tiltak.normalize.tiltak import Tiltak

    return {"measure.schema.json": Measure.model_json_schema(), "tiltak.schema.json": Tiltak.model_json_schema()}


def render(schema: dict) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def write_schemas(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, schema in schemas().items():
        write_text(folder / name, render(schema))


if __name__ == "__main__":
    write_schemas(HERE)
    print(f"wrote {', '.join(schemas())} to {HERE}")
