# -*- coding: utf-8 -*-
import os
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit

FD = "/usr/share/fonts/truetype/dejavu/"
_done = False


def fonts():
    global _done
    if _done:
        return
    for name, f in [("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"), ("DV-I", "DejaVuSans-Oblique.ttf"),
                    ("DV-BI", "DejaVuSans-BoldOblique.ttf"), ("DVS", "DejaVuSerif.ttf"),
                    ("DVS-B", "DejaVuSerif-Bold.ttf"), ("DVS-I", "DejaVuSerif-Italic.ttf"),
                    ("DVC", "DejaVuSansCondensed.ttf"), ("DVC-B", "DejaVuSansCondensed-Bold.ttf"),
                    ("DVM", "DejaVuSansMono.ttf")]:
        pdfmetrics.registerFont(TTFont(name, os.path.join(FD, f)))
    from reportlab.lib.fonts import addMapping
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DV-B"); addMapping("DV", 0, 1, "DV-I")
    addMapping("DV", 1, 1, "DV-BI")
    addMapping("DVS", 0, 0, "DVS"); addMapping("DVS", 1, 0, "DVS-B"); addMapping("DVS", 0, 1, "DVS-I")
    addMapping("DVS", 1, 1, "DVS-B")
    _done = True


def wrap(c, text, x, y, width, font="DV", size=9, leading=None, color=None):
    """Draw wrapped text with top-left at (x, y); return the y below the last line."""
    leading = leading or size * 1.25
    if color is not None:
        c.setFillColor(color)
    c.setFont(font, size)
    for line in simpleSplit(text, font, size, width):
        y -= leading
        c.drawString(x, y + leading * 0.2, line)
    return y


def lines_for(text, font, size, width):
    return simpleSplit(text, font, size, width)


def codes(dm, sep=", ", last=" og "):
    dm = list(dm)
    if not dm:
        return ""
    if len(dm) == 1:
        return dm[0]
    return sep.join(dm[:-1]) + last + dm[-1]
