"""Hostile and oversized input files, generated on the spot (nothing large is committed).

A minimal PDF writer (Helvetica text, one content stream per page) so that tests and benchmarks
can make a 1,000-page report or a page of 100,000 words without any PDF library.
"""

from __future__ import annotations

from pathlib import Path


def _escape(text: str) -> bytes:
    raw = text.encode("cp1252", "replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def write_pdf(path: Path, pages: list, font_size: float = 10.0) -> Path:
    """A PDF with one page per list of lines, each line printed top-down on an A4 page (a page
    given as (lines, size) has its own font size)."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    pages_id = add(b"")  # filled in below
    kids = []
    for page in pages:
        lines, size = page if isinstance(page, tuple) else (page, font_size)
        ops = [b"BT", b"/F1 %.1f Tf" % size, b"%.1f TL" % (size * 1.3), b"50 800 Td"]
        for line in lines:
            ops.append(b"(" + _escape(line) + b") Tj T*")
        ops.append(b"ET")
        stream = b"\n".join(ops)
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                        b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (pages_id, content, font)))
    objects[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref)
    path.write_bytes(bytes(out))
    return path


def numbered_report_pages(n_pages: int, measures_per_page: int = 3, year: int = 2019) -> list[list[str]]:
    """A numbered report: a cover line with the reporter and year, then measures "N. Title" with
    their delmål and a description line, a few per page."""
    pages = [[f"Rapportering til Kompetansepolitisk råd {year}", "Fra: Virke", ""]]
    n = 0
    for _ in range(n_pages - 1):
        lines = []
        for _ in range(measures_per_page):
            n += 1
            lines += [f"{n}. Kompetansetiltak nummer {n} for ansatte i handelen",
                      f"Delmål: {1 + n % 3}.{1 + n % 4}",
                      "Beskrivelse: Kurs og veiledning for ansatte i virksomhetene, i samarbeid med partene.", ""]
        pages.append(lines)
    return pages


def write_table_docx(path: Path, n_rows: int, year: int = 2020) -> Path:
    """A Word report with one table of `n_rows` measures (Tiltak | Delmål | Type | Ansvarlig):
    the table XML is written directly, python-docx would take minutes to add 10,000 rows."""
    import zipfile
    from xml.sax.saxutils import escape

    from docx import Document

    doc = Document()
    doc.add_paragraph(f"Rapportering til Kompetansepolitisk råd {year} fra Virke")
    doc.add_paragraph("TABLE_HERE")
    doc.save(path)

    def cell(text: str) -> str:
        return f"<w:tc><w:p><w:r><w:t xml:space=\"preserve\">{escape(text)}</w:t></w:r></w:p></w:tc>"

    rows = ["<w:tr>" + "".join(cell(h) for h in ("Tiltak", "Delmål", "Type", "Ansvarlig")) + "</w:tr>"]
    for i in range(1, n_rows + 1):
        rows.append("<w:tr>" + "".join(cell(v) for v in (
            f"Kompetansetiltak {i} for ansatte i handelen", f"{1 + i % 3}.{1 + i % 4}", "Kurs", "Virke")) + "</w:tr>")
    table = ("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>"
             "<w:tblGrid>" + "<w:gridCol w:w=\"2000\"/>" * 4 + "</w:tblGrid>" + "".join(rows) + "</w:tbl>")
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    xml = parts["word/document.xml"].decode("utf-8")
    start = xml.rindex("<w:p>", 0, xml.index("TABLE_HERE")) if "<w:p>" in xml[:xml.index("TABLE_HERE")] else \
        xml.rindex("<w:p ", 0, xml.index("TABLE_HERE"))
    end = xml.index("</w:p>", xml.index("TABLE_HERE")) + len("</w:p>")
    parts["word/document.xml"] = (xml[:start] + table + xml[end:]).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path
