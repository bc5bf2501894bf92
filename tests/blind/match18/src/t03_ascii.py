# -*- coding: utf-8 -*-
"""KS 2017: plain-text export in monospace with an ASCII grid; cells wrap over several lines."""
import textwrap
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from common import fonts, old_numbers

COLS = [("Nr", 3), ("Tiltak", 24), ("NKPS", 6), ("Type", 12), ("Ansvar", 6),
        ("Partnere", 20), ("Periode", 9), ("Omtale", 28)]


def wrap(text, w):
    out = []
    for chunk in textwrap.wrap(text, w, break_on_hyphens=False, break_long_words=False) or [""]:
        while len(chunk) > w:        # very long token: cut where a slash allows
            cut = chunk.rfind("/", 0, w)
            cut = cut + 1 if cut > 0 else w
            out.append(chunk[:cut]); chunk = chunk[cut:]
        out.append(chunk)
    return out


def build(rep, out):
    fonts()
    sep = "+" + "+".join("-" * (w + 2) for _, w in COLS) + "+"
    lines = ["KS – KOMMUNESEKTORENS ORGANISASJON",
             "RAPPORTERING: OPPFØLGING AV NASJONAL KOMPETANSEPOLITISK STRATEGI 2017",
             "Utskrift fra saksbehandlingssystemet 14.12.2017 kl. 09:14  (sak 17/01288)", ""]
    lines.append(sep)
    lines.append("|" + "|".join(" " + h.ljust(w) + " " for h, w in COLS) + "|")
    lines.append(sep.replace("-", "="))
    for i, m in enumerate(rep["measures"], 1):
        vals = [str(i), m["title"], old_numbers(m["d"]) or "-", m["type"], m["resp"],
                ", ".join(m["partners"]) or "-", m["period"] or "-", m["desc"]]
        cells = [wrap(v, w) for v, (_, w) in zip(vals, COLS)]
        h = max(len(c) for c in cells)
        for r in range(h):
            lines.append("|" + "|".join(" " + (c[r] if r < len(c) else "").ljust(w) + " "
                                        for c, (_, w) in zip(cells, COLS)) + "|")
        lines.append(sep)
    lines += ["", "Forklaring: NKPS = tiltaksnummer i strategiens tiltaksliste (1-16).",
              "Type: FoU, Kurs/utdanning, Råd/utvalg/nettverk, Prosjekt, Informasjon, Arrangement.",
              "", "*** Slutt på utskrift ***"]
    c = canvas.Canvas(out, pagesize=A4)
    c.setTitle("KS NKPS 2017")
    size, lead = 6.6, 8.2
    y0 = A4[1] - 40
    per_page = int((A4[1] - 80) / lead)
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    for pn, pg in enumerate(pages, 1):
        c.setFont("Mono", size)
        y = y0
        for ln in pg:
            c.drawString(24, y, ln)
            y -= lead
        c.drawString(24, 24, "Side %d av %d" % (pn, len(pages)))
        c.showPage()
    c.save()
