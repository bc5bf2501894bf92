"""Build the sample reports in samples/ from the seed texts (samples/source/).

    pip install -e '.[samples]'   # plus LibreOffice: apt-get install libreoffice-writer-nogui
    python samples/make_samples.py

The outputs are committed, so nobody needs this script (or LibreOffice) to run tiltak.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import docxkit as kit  # noqa: E402

SOURCE = HERE / "source"
FORM_HEADINGS = ("Tiltak i Nasjonal kompetansepolitisk strategi", "Ansvarlig og samarbeidspartnere",
                 "Beskrivelse av tiltaket (maks en halv side)", "Tidspunkt og varighet")


def numbered_report(source: dict, path: Path, font: str = "Calibri", size: float = 11) -> None:
    """Layout 1, as Spekter wrote it in Word: a numbered list of reporting points, then a form per
    measure whose headings are an automatic list restarting at 1. The answers under "Tidspunkt og
    varighet" were typed into the first list's numbering, so Word prints them as 9., 10., …"""
    document = kit.new_document(font=font, size=size, author=source["reporter"])
    kit.header_footer(document, header=source.get("header"), footer="Side {PAGE} av {NUMPAGES}")
    numbering = kit.Numbering(document)
    points = numbering.instance(numbering.abstract())
    heading_list = numbering.abstract()
    kit.paragraph(document, source["title"], bold=True, size=size + 3, space_after=12)
    kit.paragraph(document, "Rapporteringspunkter:", bold=True)
    for m in source["measures"]:
        kit.number(kit.paragraph(document, m["title"]), points)
        kit.paragraph(document, m["relation"], indent_cm=0.63, space_after=10)
    for m in source["measures"]:
        kit.page_break(document)
        headings = numbering.instance(heading_list, restart_at=1)
        kit.number(kit.paragraph(document, FORM_HEADINGS[0], bold=True), headings)
        kit.paragraph(document, m["title"], indent_cm=0.63)
        kit.paragraph(document, m.get("form_relation", m["relation"]), indent_cm=0.63, space_after=10)
        kit.number(kit.paragraph(document, FORM_HEADINGS[1], bold=True), headings)
        for text in m["responsible"]:
            kit.paragraph(document, text, indent_cm=0.63)
        kit.number(kit.paragraph(document, FORM_HEADINGS[2], bold=True), headings)
        for text in m["description"]:
            kit.paragraph(document, text, indent_cm=0.63)
        kit.number(kit.paragraph(document, FORM_HEADINGS[3], bold=True), headings)
        kit.number(kit.paragraph(document, m["period"]), points)
        for text in m.get("after_period", []):
            kit.paragraph(document, text)
    kit.save_reproducibly(document, path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-pdf", action="store_true", help="write only the .docx files")
    args = parser.parse_args()
    spekter = json.loads((SOURCE / "spekter_2017.json").read_text(encoding="utf-8"))
    docx_path = HERE / "2017" / "spekter_2017.docx"
    numbered_report(spekter, docx_path)
    if not args.no_pdf:
        kit.render_pdf(docx_path, docx_path.with_suffix(".pdf"))
    print(f"wrote {docx_path.relative_to(HERE.parent)} (+ .pdf)")


if __name__ == "__main__":
    main()
