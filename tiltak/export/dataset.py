"""The dataset as CSV and Parquet, written from the pydantic models.

Column order and types come from the model: lists are Parquet lists and "; "-joined in CSV,
dates are ISO dates, missing values are empty.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from pathlib import Path

from pydantic import BaseModel

from .files import atomic_path

LIST_SEPARATOR = "; "


def _arrow_type(annotation) -> "pa.DataType":  # noqa: F821
    import pyarrow as pa  # loaded only when a table is made

    origin = typing.get_origin(annotation)
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if origin in (typing.Union, types.UnionType):
        return _arrow_type(args[0])
    if origin is list:
        return pa.list_(_arrow_type(args[0]))
    if origin is typing.Literal:
        return pa.string()
    return {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_(), dt.date: pa.date32()}.get(
        annotation, pa.string())


def arrow_schema(model: type[BaseModel]) -> "pa.Schema":  # noqa: F821
    import pyarrow as pa

    return pa.schema([pa.field(name, _arrow_type(f.annotation), nullable=True, metadata={"description": f.description or ""})
                      for name, f in model.model_fields.items()])


def _dicts(rows: list) -> list[dict]:
    return [r if isinstance(r, dict) else r.model_dump() for r in rows]


_EPOCH = dt.date(1970, 1, 1)


def _json_value(value):
    if isinstance(value, dt.date):
        return (value - _EPOCH).days  # date32: days since 1970-01-01
    return value


def to_table(rows: list, model: type[BaseModel]) -> "pa.Table":  # noqa: F821
    """Rows (models, or their model_dump()) as an Arrow table with the model's schema.

    Built by Arrow's JSON reader from the rows as JSON lines rather than with Table.from_pylist: the
    same table, but pyarrow's first array from Python objects imports pandas (0.25 s of every run)."""
    import io
    import json

    import pyarrow as pa
    import pyarrow.json as pj

    schema = arrow_schema(model)
    dicts = _dicts(rows)
    if not dicts:
        return schema.empty_table()
    data = "\n".join(json.dumps({name: _json_value(d.get(name)) for name in schema.names}, ensure_ascii=False,
                                allow_nan=False) for d in dicts).encode("utf-8")
    table = pj.read_json(io.BytesIO(data), read_options=pj.ReadOptions(block_size=max(len(data) + 1, 1 << 20)),
                         parse_options=pj.ParseOptions(explicit_schema=schema, unexpected_field_behavior="error"))
    # the reader gave the schema's types: the schema's fields (their descriptions) set without a cast,
    # which would load pyarrow.compute (0.03 s)
    return pa.Table.from_arrays(table.select(schema.names).columns, schema=schema)


def to_frame(rows: list, model: type[BaseModel]) -> "pd.DataFrame":  # noqa: F821
    """A pandas DataFrame with the model's columns (lists stay Python lists)."""
    import pandas as pd  # only for the Python API: the command line never needs it
    import pyarrow as pa

    table = to_table(rows, model)
    return table.to_pandas(types_mapper={pa.int64(): pd.Int64Dtype(), pa.bool_(): pd.BooleanDtype(),
                                         pa.string(): pd.StringDtype()}.get)


def preload(arrow: bool = True) -> None:
    """Load the libraries of matching and writing (NumPy, pyarrow, XlsxWriter, Jinja: 0.4 s) in a
    thread while the main thread waits for the readers, so a run that reads files does not wait for
    them after; pyarrow (`arrow`) only where no helper process writes the Parquet files."""
    import threading

    def load() -> None:
        import jinja2  # noqa: F401
        import numpy  # noqa: F401  (matching's bulk comparison of words)
        import rapidfuzz.process  # noqa: F401
        import xlsxwriter  # noqa: F401

        if arrow:
            import pyarrow.json  # noqa: F401
            import pyarrow.parquet  # noqa: F401

    threading.Thread(target=load, name="tiltak-preload").start()


def csv_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return LIST_SEPARATOR.join(csv_value(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


def write_parquet(path: str | Path, rows: list, model: type[BaseModel]) -> None:
    import pyarrow.parquet as pq

    with atomic_path(path) as tmp:
        pq.write_table(to_table(rows, model), tmp)


def write_rows(path: str | Path, columns: list[str], rows: list[dict], *, excel: bool = False) -> None:
    """Every CSV tiltak writes: UTF-8 with ',' (with `excel`: BOM and ';', for Excel with Norwegian
    settings), formula-looking cells neutralised (report text is untrusted), written atomically."""
    import csv

    from .csvsafe import neutralise

    with atomic_path(path) as tmp:
        with open(tmp, "w", encoding="utf-8-sig" if excel else "utf-8", newline="") as fh:
            writer = csv.writer(fh, delimiter=";" if excel else ",")
            writer.writerow(columns)
            for row in rows:
                writer.writerow([neutralise(csv_value(row.get(c))) for c in columns])


def write_csv(path: str | Path, rows: list, model: type[BaseModel], *, excel: bool = False) -> None:
    """Rows (models, or their model_dump()) in the model's columns."""
    write_rows(path, list(model.model_fields), _dicts(rows), excel=excel)
