# -*- coding: utf-8 -*-
"""VOFO 2021: scanned-looking text PDF: uneven character spacing per line, slight skew, grey
speckles; Bokmål and Nynorsk mixed."""
import random
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from common import fonts, codes_og

FONT, SIZE, LEAD = "Serif", 10.5, 15
X0, X1 = 70, 500


def build(rep, out):
    fonts()
    rnd = random.Random(2021)
    blocks = [("Sans-B", 14, "VOFO – Voksenopplæringsforbundet"),
              ("Sans-B", 12, "Rapportering til Kompetansepolitisk råd 2021"), ("", 0, ""),
              (FONT, SIZE, "VOFO rapporterer på vegner av studieforbunda. Studieforbunda har i 2021 halde fram "
                           "med digitale kurs og har samstundes arbeidd med nye reglar i studieforbundsordninga. "
                           "Under følgjer tiltaka med delmål, kategori, ansvar og tidsrom."), ("", 0, "")]
    for m in rep["measures"]:
        blocks.append((FONT + "-B", SIZE, "Tiltak: " + m["title"]))
        blocks.append((FONT, SIZE, "Delmål: " + codes_og(m["d"])))
        blocks.append((FONT, SIZE, "Kategori: " + m["type"]))
        blocks.append((FONT, SIZE, "Ansvarleg: " + m["resp"]))
        if m["partners"]:
            blocks.append((FONT, SIZE, "Samarbeid: " + ", ".join(m["partners"])))
        if m["period"]:
            blocks.append((FONT, SIZE, "Tidsrom: " + m["period"]))
        blocks.append((FONT, SIZE, "Om tiltaket: " + m["desc"]))
        blocks.append(("", 0, ""))
    blocks.append((FONT, SIZE, "Oslo, 30. november 2021. Med helsing VOFO, generalsekretær."))
    # lay out: every line gets its own character spacing; wrap so that the spaced line fits
    pages, cur, y = [], [], 780
    for font, size, text in blocks:
        if not text:
            y -= LEAD * 0.6; continue
        words = text.split()
        while words:
            cs = rnd.choice([0.0, 0.5, 1.2, 2.0, 3.4])
            line = [words.pop(0)]
            while words:
                trial = " ".join(line + [words[0]])
                if stringWidth(trial, font, size) + len(trial) * cs > X1 - X0:
                    break
                line.append(words.pop(0))
            if y < 70:
                pages.append(cur); cur, y = [], 780
            cur.append((font, size, " ".join(line), y, cs)); y -= LEAD
    pages.append(cur)
    c = canvas.Canvas(out, pagesize=A4)
    c.setTitle("VOFO rapport 2021 (skannet)")
    for pn, pg in enumerate(pages, 1):
        c.saveState()
        c.setFillGray(0.97); c.rect(0, 0, A4[0], A4[1], stroke=0, fill=1)
        c.setFillGray(0.75)
        for _ in range(140):
            c.circle(rnd.uniform(0, A4[0]), rnd.uniform(0, A4[1]), rnd.uniform(0.2, 0.7), stroke=0, fill=1)
        c.translate(A4[0] / 2, A4[1] / 2); c.rotate(0.22); c.translate(-A4[0] / 2, -A4[1] / 2)
        c.setFillGray(0.12)
        for font, size, text, y, cs in pg:
            t = c.beginText(X0 + rnd.uniform(-2, 2), y)
            t.setFont(font, size)
            t.setCharSpace(cs)
            t.textOut(text)
            c.drawText(t)
        c.setFont("Serif", 8)
        c.drawCentredString(A4[0] / 2, 36, "- %d -" % pn)
        c.restoreState()
        c.showPage()
    c.save()
