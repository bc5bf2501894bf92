# -*- coding: utf-8 -*-
"""Dump the text of PDFs page by page with pdfplumber."""
import sys
import pdfplumber

for path in sys.argv[1:]:
    print("=" * 20, path)
    with pdfplumber.open(path) as pdf:
        for i, p in enumerate(pdf.pages, 1):
            print("----- page %d (%.0fx%.0f)" % (i, p.width, p.height))
            print(p.extract_text())
