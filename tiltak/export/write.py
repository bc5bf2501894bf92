"""Every output of a run, written into one folder (the staging folder of `outputs.output_set`)."""

from __future__ import annotations

import json
from pathlib import Path

from tiltak.normalize.matching import REVIEW_COLUMNS
from tiltak.normalize.models import Measure
from tiltak.normalize.tiltak import Tiltak, matrix

from .datapackage import write_datapackage
from .dataset import write_csv, write_rows as write_table
from .files import write_text
from .last_run import ARCHIVE_FILE
from .names import IDS_FILE, REVIEW_BOOK
from .parquet_helper import ParquetHelper
from .report import build_context, write_report, write_workbook
from .review_book import write_review_book
from .review_files import ARCHIVE_COLUMNS, rows_digest, update_archive, write_review_files
from .schema import write_schemas
from .summaries import ORGANISATION_COLUMNS, organisations_table, write_summaries
from .unchanged import Carry, code_version


def write_outputs(out: Path, result, normalizer, version: str, last: Path | None = None, parquet=None) -> None:
    """Every output into `out`; `last`: the last run's outputs, carried over where their inputs are the same;
    `parquet`: the ParquetHelper that writes the Parquet files (in a helper process, if it runs)."""
    parquet = parquet or ParquetHelper()
    try:
        _write_outputs(out, result, normalizer, version, last, parquet)
    except BaseException:
        parquet.abort()  # before the staging folder goes: the helper writes into it no more
        raise


def _write_outputs(out: Path, result, normalizer, version: str, last: Path | None, parquet: ParquetHelper) -> None:
    out.mkdir(parents=True, exist_ok=True)
    early = None  # the review workbook, written by the helper while this process writes the rest
    if result.matching is not None and parquet.running:
        early = out / f".{REVIEW_BOOK}.early"
        parquet.hand(early, write_review_book, result.matching.review_rows)
    carry = Carry(last, out, version + normalizer.version) if last else None
    rows = result.dumped or [m.model_dump() for m in result.records]
    clusters = [c.model_dump() for c in result.clusters]  # dumped once for both writers
    ref, grouped = normalizer.ref, matrix(result.year_rows, normalizer.ref)
    groups = [
        ("measures", rows, lambda: (write_csv(out / "measures.csv", rows, Measure),
                                    parquet.write(out / "measures.parquet", rows, Measure))),
        ("tiltak", clusters, lambda: (write_csv(out / "tiltak.csv", clusters, Tiltak),
                                      parquet.write(out / "tiltak.parquet", clusters, Tiltak))),
        ("summaries", result.year_rows, lambda: write_summaries(out, result.year_rows, ref)),
        ("organisations", rows, lambda: write_table(out / "organisations.csv", ORGANISATION_COLUMNS,
                                                    organisations_table(rows, normalizer.gazetteer))),
        ("matrix", grouped, lambda: write_workbook(out, grouped, ref)),
        ("schema", None, lambda: (write_schemas(out / "schema"), write_datapackage(
            out, Measure, Tiltak, REVIEW_COLUMNS, ARCHIVE_COLUMNS, version)))]
    for name, inputs, writer in groups:
        carry.write(name, inputs, writer) if carry else writer()
    if result.matching is not None:
        if result.matching.stale:
            update_archive(out / ARCHIVE_FILE, result.matching.stale)
        kept = set(result.report["matching"].get("review_files_kept", []))
        digest = rows_digest(result.matching.review_rows, version + normalizer.version + code_version())
        def book() -> Path:  # the helper's workbook, once it is written
            parquet.finish(until=early)
            return early

        result.report["matching"]["review_files"] = write_review_files(
            out, REVIEW_COLUMNS, result.matching.review_rows, kept, last or out, digest, book if early else None)
        result.report["matching"]["review_rows_digest"] = digest
    # What the analyst publishes says when it was made: written every run.
    context = build_context(result.report, result.year_rows, result.delmal_rows, result.type_rows, ref, grouped,
                            Path(result.report["reports_dir"]), out, rows)
    write_report(out, context, result.delmal_rows, result.type_rows, ref)
    write_text(out / IDS_FILE, json.dumps({m.content_key: m.cluster_id for m in result.records if m.content_key}))
    parquet.finish()
    if early:
        early.unlink(missing_ok=True)  # not used: the analyst's workbook said it all already
    if carry:
        result.report["outputs_carried_over"] = carry.carried
        carry.save()
    write_text(out / "run_report.json", json.dumps(result.report, ensure_ascii=False, indent=2) + "\n")
