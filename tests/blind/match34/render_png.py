# -*- coding: utf-8 -*-
"""Render one PDF page to PNG for a visual check: render_png.py FILE PAGE [OUT]"""
import sys
import pdfplumber

path, page = sys.argv[1], int(sys.argv[2])
out = sys.argv[3] if len(sys.argv) > 3 else "/tmp/page.png"
with pdfplumber.open(path) as pdf:
    pdf.pages[page - 1].to_image(resolution=70).save(out)
print(out)
