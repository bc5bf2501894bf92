# -*- coding: utf-8 -*-
"""Fonts and small helpers for the reportlab renderers."""
import textwrap
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit

_D = "/usr/share/fonts/truetype/dejavu/"
_FONTS = {
    "DV": "DejaVuSans.ttf", "DVB": "DejaVuSans-Bold.ttf", "DVI": "DejaVuSans-Oblique.ttf",
    "DVBI": "DejaVuSans-BoldOblique.ttf", "DVM": "DejaVuSansMono.ttf", "DVMB": "DejaVuSansMono-Bold.ttf",
    "DVMI": "DejaVuSansMono-Oblique.ttf",
    "DVS": "DejaVuSerif.ttf", "DVSB": "DejaVuSerif-Bold.ttf", "DVSI": "DejaVuSerif-Italic.ttf",
    "DVC": "DejaVuSansCondensed.ttf", "DVCB": "DejaVuSansCondensed-Bold.ttf",
}
_done = False


def register():
    global _done
    if _done:
        return
    for k, v in _FONTS.items():
        pdfmetrics.registerFont(TTFont(k, _D + v))
    from reportlab.lib.fonts import addMapping
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB")
    addMapping("DV", 0, 1, "DVI"); addMapping("DV", 1, 1, "DVBI")
    addMapping("DVS", 0, 0, "DVS"); addMapping("DVS", 1, 0, "DVSB")
    addMapping("DVS", 0, 1, "DVSI"); addMapping("DVS", 1, 1, "DVSB")
    _done = True


def split(text, font, size, width):
    return simpleSplit(text, font, size, width)


def wrapc(text, width):
    """Word wrap for monospace output (never breaks words or hyphens)."""
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) or [""]


def draw_lines(c, x, y, lines, font, size, lead=None, color=None):
    lead = lead or size * 1.25
    c.setFont(font, size)
    if color is not None:
        c.setFillColor(color)
    for ln in lines:
        c.drawString(x, y, ln)
        y -= lead
    return y


def para(c, x, y, text, font, size, width, lead=None, color=None):
    return draw_lines(c, x, y, split(text, font, size, width), font, size, lead, color)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def partners_str(m, sep=", ", empty="–"):
    return sep.join(m["partners"]) if m["partners"] else empty
