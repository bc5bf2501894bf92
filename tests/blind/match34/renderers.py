# -*- coding: utf-8 -*-
"""Collects the render functions of all renderer modules (key = file dict 'render')."""
RENDER = {}
for _mod in ("r_docx_a", "r_docx_b", "r_pdf_a", "r_pdf_b", "r_pdf_c"):
    try:
        _m = __import__(_mod)
    except ModuleNotFoundError as e:  # modules are written one by one
        if e.name != _mod:
            raise
        continue
    RENDER.update(_m.RENDER)
