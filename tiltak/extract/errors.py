"""Turning reader exceptions into sentences a non-programmer understands."""

from __future__ import annotations

from pathlib import Path


def explain(exc: BaseException, path: Path) -> str:
    name = type(exc).__name__
    text = f"{exc} {exc.args!r}"
    from .pdf_reader import PdfError

    if isinstance(exc, PdfError):
        if "no text layer" in str(exc):
            from .ocr import unavailable
            from .settings import SETTINGS

            why = unavailable(SETTINGS.pdf.ocr_language)
            if why:
                return f"the PDF has no text layer: probably a scanned image; {why}"
            return "the PDF has no text layer, and OCR found no text in it"
        return f"the PDF cannot be used: {exc}"
    if "PDFPasswordIncorrect" in text or "password" in text.lower() or "Encrypt" in text:
        return "the PDF is password-protected; ask the sender for an unprotected copy"
    if name in ("PdfminerException", "PDFSyntaxError", "PSEOF", "PDFNoValidXRef") or "No /Root object" in text:
        return "the PDF is damaged or truncated and cannot be read"
    if name in ("PackageNotFoundError", "BadZipFile") or "not a zip file" in text.lower():
        return "the file is not a valid Word document (.docx)"
    if name == "XMLSyntaxError" and "depth" in text.lower():
        return ("the Word file is nested too deeply to read (tables inside tables, hundreds of levels: "
                "made by a program, not by hand); it was not read")
    if name == "XMLSyntaxError":
        return f"the Word file's XML is damaged ({exc}); save it again from Word"
    if name == "KeyError" and Path(path).suffix.lower() == ".docx":
        return f"the Word package is incomplete (a part it refers to is missing: {exc}); save it again from Word"
    return f"the file could not be read ({name}: {exc})"
