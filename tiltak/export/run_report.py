"""run_report.json: every file with its status and reasons, totals, warnings, self-checks, and
what is still open before the figures are final.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

from tiltak.extract import PARSER_VERSION
from tiltak.extract.records import FileResult
from tiltak.extract.settings import SETTINGS
from tiltak.normalize.coverage import coverage, gaps
from tiltak.normalize.models import Measure


def open_items(report: dict, review_rows: list[dict]) -> dict:
    """What still stands between these figures and final ones."""
    t, m = report["totals"], report.get("matching", {})
    items = {"undecided_pairs": sum(1 for r in review_rows if r["suggestion"] == "review" and not r["decision"]),
             "warnings": t["warnings"], "failed_files": t["failed"], "files_with_gaps": t.get("files_with_gaps", 0),
             "self_checks_failed": t["self_checks_failed"], "decision_errors": len(m.get("decision_errors", []))}
    return items | {"final": not any(items.values())}


def build_report(root: Path, out, files: list[FileResult], measures: list[Measure], config_source, seconds: float,
                 version: str) -> dict:
    by_file = Counter(m.source_file for m in measures)
    status = Counter(f.status for f in files)
    warnings = Counter(code for m in measures for code in m.warnings)
    checks = [c.model_dump() | {"ok": c.ok} for f in files for c in f.self_checks]
    meta: dict[str, dict] = {}
    per_file: dict[str, list[Measure]] = {}
    for m in measures:
        meta.setdefault(m.source_file, {"reporter": m.reporter, "report_year": m.report_year})
        per_file.setdefault(m.source_file, []).append(m)
    entries = []
    for f in files:
        entry = {"path": f.path, "status": f.status, "layout": f.layout, "measures": by_file.get(f.path, 0),
                 "seconds": f.seconds, "error": f.error, "format": f.format, "pages": f.pages, "sha256": f.sha256,
                 "cached": f.cached, "duplicate_of": f.duplicate_of,
                 **meta.get(f.path, {"reporter": None, "report_year": None})}
        if f.status == "ok":
            entry["coverage"] = coverage(per_file.get(f.path, []))
            floor = SETTINGS.pdf.ocr_confidence_floor
            entry["gaps"] = gaps(entry["coverage"]) + [f"not read: {p}" for p in f.info.pages_not_read] + [
                f"page {page} was read by OCR with a mean word confidence of {c:.0f}% (below {floor:.0f}%): check it"
                for page, c in sorted(f.info.ocr_pages.items()) if c < floor]
            entry["ocr_pages"] = f.info.ocr_pages
        if f.status == "failed":
            entry["first_lines"] = f.first_lines
        entries.append(entry)
    return {
        "tiltak_version": version,
        "parser_version": PARSER_VERSION,
        "finished": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "seconds": round(seconds, 3),
        "reports_dir": str(root),
        "out_dir": str(out) if out is not None else None,
        "config": config_source,
        "totals": {
            "files": len(files), "ok": status["ok"], "failed": status["failed"], "skipped": status["skipped"],
            "cached": sum(1 for f in files if f.cached), "pages": sum(f.pages or 0 for f in files if f.status == "ok"),
            "measures": len(measures), "warnings": sum(warnings.values()),
            "self_checks": len(checks), "self_checks_failed": sum(1 for c in checks if not c["ok"]),
            "files_with_gaps": sum(1 for e in entries if e.get("gaps")),
        },
        "warnings": dict(sorted(warnings.items())),
        "self_checks": checks,
        "files": entries,
    }
