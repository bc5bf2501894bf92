"""What the analyst publishes: report.html (self-contained: no network, no scripts), the charts as
SVG beside it, and matrix.xlsx."""

from __future__ import annotations

import base64
import os
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

from .files import write_text
from .summaries import report_years

def _source_link(base: str, file: str, page: int | None) -> dict:
    """A link from the report to a source file and page, relative (`base`: the reports folder as
    seen from the report) so the two folders can move together."""
    if "://" in base:  # --link-base: the reports as published on a web or file server
        href = base.rstrip("/") + "/" + quote(file)
    else:
        href = quote(f"{base}/{file}" if base != "." else file)
    href += f"#page={page}" if page and file.lower().endswith(".pdf") else ""
    return {"href": href, "label": f"{file}, s. {page}" if page else file}


# Why a file was not read, in Norwegian for the report: (start of the English reason, Norwegian).
# The run report and the console keep the English sentence; an unknown one is shown as it is.
REASONS_NB = [
    ("the file is empty", "filen er tom (0 byte)"),
    ("the PDF has no text layer", "PDF-en har ikke noe tekstlag (trolig et skannet bilde)"),
    ("the PDF is password-protected", "PDF-en er passordbeskyttet; be avsenderen om en kopi uten passord"),
    ("the PDF is damaged or truncated", "PDF-en er skadet eller avkortet og kan ikke leses"),
    ("the PDF cannot be used", "PDF-en kan ikke brukes"),
    ("every page with text is too large", "alle sidene med tekst er for store til å leses"),
    ("the file is a legacy Word .doc", "filen er et gammelt Word-dokument (.doc) med nytt navn; lagre den som .docx eller PDF"),
    ("the file is an Excel or PowerPoint file", "filen er en Excel- eller PowerPoint-fil med navnet .docx"),
    ("the Word file is damaged", "Word-filen er skadet; be avsenderen om en ny kopi"),
    ("the Word file is nested too deeply", "Word-filen er nøstet for dypt til å leses (laget av et program)"),
    ("the Word file would inflate", "Word-filen ville blitt for stor når den pakkes ut (en zip-bombe?); den ble ikke åpnet"),
    ("the Word file's", "Word-filen er skadet; lagre den på nytt fra Word"),
    ("the Word package is incomplete", "Word-filen mangler deler; lagre den på nytt fra Word"),
    ("the file is not a valid Word document", "filen er ikke et gyldig Word-dokument (.docx)"),
    ("the file is a zip archive", "filen er et zip-arkiv, ikke et Word-dokument"),
    ("no known layout", "ingen kjent rapportmal: filen ble lest, men ligner ingen rapport tiltak kjenner"),
    ("reading took longer than", "lesingen tok for lang tid og ble stoppet"),
    ("reading needed more than", "lesingen brukte for mye minne og ble stoppet"),
    ("the reader crashed", "leseren krasjet på filen; den kan være skadet"),
    ("the reader did not start", "leseren startet ikke (maskinen kan være overbelastet)"),
    ("the folder cannot be read", "mappen kan ikke leses; filene i den ble ikke lest"),
    ("the file is a", "filen er ikke det navnet sier"),
    ("the file is", "filformatet leses ikke; lagre den som .docx eller PDF"),
    ("the file could not be read", "filen kunne ikke leses"),
]


def reason_nb(reason: str | None) -> str:
    for start, text in REASONS_NB:
        if (reason or "").startswith(start):
            return text
    return reason or ""


def finished_nb(iso: str | None) -> str:
    """'2026-11-29T07:30:00+00:00' as Norwegians write it, in Norwegian time where the machine knows it."""
    from datetime import datetime

    if not iso:
        return ""
    when = datetime.fromisoformat(iso)
    try:
        from zoneinfo import ZoneInfo

        when, zone = when.astimezone(ZoneInfo("Europe/Oslo")), ""
    except Exception:  # noqa: BLE001 - no time zone data on this machine
        zone = " UTC"
    months = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
              "november", "desember"]
    return f"{when.day}. {months[when.month - 1]} {when.year} kl. {when:%H.%M}{zone}"


# The warnings in Norwegian, for the report (the dataset keeps code and English message).
WARNINGS_NB = {
    "no_reporter": "avsender ikke funnet", "reporter_guessed": "avsender gjettet ut fra organisasjonen som nevnes oftest",
    "no_year": "rapportåret ikke funnet", "year_guessed": "rapportåret gjettet ut fra årstallene som nevnes oftest",
    "no_delmal": "delmål ikke funnet", "delmal_inferred": "delmål utledet av ordlyden, ikke oppgitt som kode",
    "unknown_goal": "ukjent delmål- eller tiltaksnummer", "type_inferred": "type utledet av tittel og beskrivelse",
    "unknown_type": "ukjent type, talt som Annet", "no_type": "type ikke oppgitt og ikke utledet",
    "unknown_org": "organisasjon som ikke er i registeret", "title_in_partners": "samarbeidsfeltet gjentar tittelen",
    "no_responsible": "ansvarlig ikke oppgitt", "goal_conflict": "listen og skjemaet oppgir ulike delmål",
    "no_form": "tiltaket står i listen, men har intet skjema", "unknown_field": "felt tiltak ikke har kolonne for",
    "no_title": "tittel ikke funnet", "goal_from_text": "delmål lest fra teksten, ikke fra et eget felt",
    "ocr_text": "lest med tekstgjenkjenning (OCR) fra en skannet side: sjekk stavingen",
    "responsible_from_text": "ansvarlig lest fra teksten, ikke fra et eget felt",
    "partners_from_text": "samarbeidspartnere lest fra teksten, ikke fra et eget felt",
    "period_from_text": "periode lest fra teksten, ikke fra et eget felt",
}


def build_context(report: dict, year_rows: list[dict], delmal_rows: list[dict], type_rows: list[dict], ref,
                  matrix: dict, reports_dir: Path, out: Path, measures: list[dict] = ()) -> dict:
    years = report_years(year_rows) or [None]
    counts = {(r["report_year"], r["delmal"]): r["measures"] for r in delmal_rows}
    areas = []
    for number, name in ref.areas.items():
        codes = [c for c, d in ref.delmal.items() if d.omrade == number]
        areas.append({"number": number, "name": name,
                      "delmal": [{"code": c, "counts": {y: counts.get((y, c), 0) for y in years}} for c in codes],
                      "totals": {y: sum(1 for r in year_rows if r["report_year"] == y and number in r["omrade"])
                                 for y in years}})
    year_totals = {y: sum(1 for r in year_rows if r["report_year"] == y) for y in years}
    by_cluster: dict[str, set] = {}
    for r in year_rows:
        by_cluster.setdefault(r["cluster_id"], set()).add(r["report_year"])
    continued = sum(1 for ys in by_cluster.values() if len(ys) > 1)
    base = report.get("link_base") or Path(os.path.relpath(reports_dir.resolve(), out.resolve())).as_posix()
    matrix_ctx = {}
    for y in years:
        matrix_ctx[y] = [
            {"number": a, "name": ref.areas[a],
             "delmal": [{"code": c, "text": ref.delmal[c].text,
                         "rows": [r | {"sources": [_source_link(base, f, p) for f, p in r["sources"]]}
                                  for r in matrix[y][a][c]]}
                        for c in sorted(matrix[y][a], key=lambda c: tuple(int(x) for x in c.split(".")))]}
            for a in sorted(matrix.get(y, {}))]
    return {
        "version": report.get("tiltak_version"), "finished": finished_nb(report.get("finished")),
        "reports_dir": Path(report.get("reports_dir") or "").name, "totals": report["totals"], "years": years, "areas": areas,
        "year_totals": year_totals, "continued": continued,
        "types": {y: [r for r in type_rows if r["report_year"] == y] for y in years},
        "matrix": matrix_ctx,
        "failed": [f | {"reason": reason_nb(f["error"])} for f in report["files"] if f["status"] == "failed"],
        "gaps": [f for f in report["files"] if f.get("gaps")],
        "failed_checks": [c for c in report["self_checks"] if not c["ok"]],
        "match_warnings": report.get("matching", {}).get("warnings", []),
        "open": report.get("open", {}),
        "measure_warnings": [{"file": m["source_file"], "page": m.get("page"), "title": m["title"],
                              "warnings": [WARNINGS_NB.get(code, code) for code in m["warnings"]]}
                             for m in measures if m.get("warnings")],
    }


@lru_cache(maxsize=1)
def _template():
    """The report's template, compiled once per process (a watching process runs many times), and
    its compiled code kept in Jinja's own cache folder for the user (compiling takes 0.1 s of a run;
    the cache is keyed on the template's text, so a changed template is compiled again)."""
    from jinja2 import Environment, FileSystemBytecodeCache, PackageLoader, select_autoescape

    def env(cache):
        return Environment(loader=PackageLoader("tiltak.export", "templates"),
                           autoescape=select_autoescape(["html", "j2"]), bytecode_cache=cache)

    try:
        return env(FileSystemBytecodeCache()).get_template("report.html.j2")
    except (OSError, RuntimeError):  # no cache folder to be had: compiled here, as without it
        return env(None).get_template("report.html.j2")


def write_report(out: Path, context: dict, delmal_rows: list[dict], type_rows: list[dict], ref) -> list[Path]:
    """report.html with its charts inside it, and the same charts as SVG files beside it."""
    from . import charts

    written = []
    drawn = [("chart_delmal.svg", None, charts.per_delmal(delmal_rows))]
    drawn += [(f"chart_types_{y}.svg" if y else "chart_types.svg", y, charts.types_per_area(type_rows, y, ref.areas))
              for y in context["years"]]
    context["chart_types"] = {}
    for name, year, svg in drawn:
        write_text(out / name, svg)
        written.append(out / name)
        encoded = base64.b64encode(svg.encode("utf-8")).decode()
        if name == "chart_delmal.svg":
            context["chart_delmal"] = encoded
        else:
            context["chart_types"][year] = encoded
    write_text(out / "report.html", _template().render(**context))
    written.append(out / "report.html")
    return written


def write_workbook(out: Path, matrix: dict, ref) -> Path:
    from .xlsx import write_matrix  # openpyxl is only loaded when a workbook is written

    write_matrix(out / "matrix.xlsx", matrix, ref.areas, {c: d.text for c, d in ref.delmal.items()})
    return out / "matrix.xlsx"
