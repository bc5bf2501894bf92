# -*- coding: utf-8 -*-
"""PDF renderers 1: Spekter 2017, NHO 2018, YS 2019, Virke 2020."""
from r_pdf_common import *  # noqa: F401,F403
from r_pdf_common import build_fn, draw_footnotes

GREY = colors.HexColor("#595959")


def _split_sentences(ds, n):
    """First n sentences / rest."""
    parts = ds.split(". ")
    return ". ".join(parts[:n]) + ".", ". ".join(parts[n:])


# ------------------------------------------------------------------ Spekter 2017
def spekter2017(f, path):
    W, H = A4

    def page(c, n, total):
        c.saveState()
        c.setFont(FONTB, 14)
        c.setFillColor(colors.HexColor("#00558C"))
        c.drawString(2.2 * cm, H - 1.5 * cm, "Spekter")
        c.setFont(FONT, 8)
        c.setFillColor(GREY)
        c.drawRightString(W - 2.2 * cm, H - 1.45 * cm, "Rapportering – Nasjonal kompetansepolitisk strategi 2017")
        c.setStrokeColor(colors.HexColor("#00558C"))
        c.line(2.2 * cm, H - 1.7 * cm, W - 2.2 * cm, H - 1.7 * cm)
        c.drawCentredString(W / 2, 1.3 * cm, "Side %d av %d" % (n, total))
        c.restoreState()

    st_t = S("t", size=15, bold=True, after=8)
    st_b = S("b", size=10, after=6)
    st_c = S("c", size=8.5, leading=10.5, after=0)
    st_cb = S("cb", size=8.5, leading=10.5, bold=True, after=2)
    st_h = S("h", size=8.5, leading=10.5, bold=True, color=colors.white)
    story = [Paragraph("Spekters oppfølging av Nasjonal kompetansepolitisk strategi 2017", st_t)]
    for t in f["intro"]:
        story.append(Paragraph(esc(t), st_b))
    hdr = [Paragraph(h, st_h) for h in ("Tiltak", "Strategiens tiltak nr.", "Hvem", "Når", "Art")]
    widths = [5.2 * cm, 2.2 * cm, 3.6 * cm, 2.3 * cm, 3.3 * cm]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7F7F7F")),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#00558C")),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]

    def who(m):
        return [Paragraph(esc(m["resp_print"]), st_c)] + [Paragraph(esc(p), st_c) for p in m["p"]]

    def row(m, desc=None):
        return [[Paragraph(esc(m["t"]), st_cb), Paragraph(esc(desc if desc is not None else m["ds"]), st_c)],
                Paragraph(esc(m["dm"]), st_c), who(m), Paragraph(esc(m["per"]), st_c), Paragraph(esc(m["tp"]), st_c)]

    rows1, rows2 = [hdr], [hdr]
    cur = rows1
    for m in f["measures"]:
        if m.get("split"):
            a, b = _split_sentences(m["ds"], 2)
            rows1.append(row(m, a))
            rows2.append([Paragraph(esc(b), st_c), "", "", "", ""])
            cur = rows2
            continue
        cur.append(row(m))
    rows2.append(["", "", "", "", ""])  # empty template row left in
    story.append(Table(rows1, colWidths=widths, style=style, repeatRows=1))
    story.append(PageBreak())
    story.append(Table(rows2, colWidths=widths, style=style, repeatRows=1))
    story.append(Spacer(1, 10))
    story.append(Paragraph(esc(f["contact"]), st_b))
    box = Table([[Paragraph(esc(f["planned"]), S("p", size=9, italic=True))]], colWidths=[16.6 * cm],
                style=[("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EDEDED")),
                       ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#BFBFBF"))])
    story.append(box)
    build(path, story, margins=(2.2 * cm, 2.2 * cm, 2.4 * cm, 2.0 * cm), draw_page=page,
          title="Spekter – rapportering NKPS 2017")


# ------------------------------------------------------------------ NHO 2018
def nho2018(f, path):
    W, H = A4
    blue = colors.HexColor("#003B71")

    def page(c, n, total):
        c.saveState()
        c.setFont(FONTB, 13)
        c.setFillColor(blue)
        c.drawString(2.3 * cm, H - 1.5 * cm, "NHO")
        c.setFont(FONT, 8.5)
        c.setFillColor(GREY)
        c.drawRightString(W - 2.3 * cm, H - 1.45 * cm, "Rapport til Kompetansepolitisk råd 2018")
        c.setStrokeColor(blue)
        c.setLineWidth(0.8)
        c.line(2.3 * cm, H - 1.7 * cm, W - 2.3 * cm, H - 1.7 * cm)
        c.setFont(FONT, 8.5)
        c.drawCentredString(W / 2, 1.2 * cm, str(n))
        c.restoreState()

    st_t = S("t", size=16, bold=True, color=blue, after=10)
    st_h = S("h", size=12, bold=True, color=blue, before=10, after=4)
    st_b = S("b", size=10, after=6)
    st_i = S("i", size=10, left=16, first=-16, after=1, bold=True)
    st_f = S("f", size=8.5, italic=True, left=16, after=1, color=GREY)
    st_d = S("d", size=10, left=16, after=8)
    st_ai = S("ai", size=10, left=32, first=-16, after=1)
    st_af = S("af", size=8.5, italic=True, left=32, after=1, color=GREY)
    st_ad = S("ad", size=10, left=32, after=6)

    def facts(m):
        return "Ansvar: %s | Partnere: %s | Periode: %s | Type: %s" % (m["r"], ", ".join(m["p"]), m["per"], m["tp"])

    story = [Paragraph("NHOs oppfølging av Nasjonal kompetansepolitisk strategi 2018", st_t),
             Paragraph("Om rapporten", st_h)]
    for t in f["intro"]:
        story.append(Paragraph(esc(t), st_b))
    ms = f["measures"]
    n = 0
    for words, items in f["groups"]:
        story.append(Paragraph(esc(words), st_h))
        for it in items:
            n += 1
            if isinstance(it, tuple):
                story.append(Paragraph("%d.&nbsp;&nbsp;%s" % (n, esc(f["ab_lead"])),
                                       S("l", size=10, left=16, first=-16, after=3)))
                for letter, j in zip("ab", it[1]):
                    m = ms[j]
                    story.append(Paragraph("%s)&nbsp;&nbsp;<b>%s</b>" % (letter, esc(m["t"])), st_ai))
                    story.append(Paragraph(esc(facts(m)), st_af))
                    story.append(Paragraph(esc(m["ds"]), st_ad))
                continue
            m = ms[it]
            story.append(Paragraph("%d.&nbsp;&nbsp;%s" % (n, esc(m["t"])), st_i))
            story.append(Paragraph(esc(facts(m)), st_f))
            if m.get("also"):
                story.append(Paragraph("Gjelder også: " + esc(m["also"]), st_f))
            story.append(Paragraph(esc(m["ds"]), st_d))
    story.append(Paragraph("Oppsummering", st_h))
    story.append(Paragraph("NHO rapporterer %d tiltak i 2018. Fordelingen på strategiens hovedinnsatsområder "
                           "er vist under." % len(ms), st_b))
    rows = [["Hovedinnsatsområde", "Antall tiltak"]] + [[a, str(b)] for a, b in f["summary_counts"]]
    rows.append(["Sum", str(sum(b for _, b in f["summary_counts"]))])
    story.append(Table(rows, colWidths=[7 * cm, 3 * cm], hAlign="LEFT",
                       style=[("FONT", (0, 0), (-1, -1), FONT, 9.5), ("FONT", (0, 0), (-1, 0), FONTB, 9.5),
                              ("FONT", (0, -1), (-1, -1), FONTB, 9.5), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                              ("LINEBELOW", (0, 0), (-1, 0), 0.8, blue), ("LINEABOVE", (0, -1), (-1, -1), 0.5, blue)]))
    build(path, story, margins=(2.3 * cm, 2.3 * cm, 2.4 * cm, 2.0 * cm), draw_page=page,
          title="NHO – rapport 2018")


# ------------------------------------------------------------------ YS 2019
def ys2019(f, path):
    W, H = A4

    def page(c, n, total, notes):
        c.saveState()
        c.setFont(FONTB, 11)
        c.setFillColor(colors.HexColor("#C8102E"))
        c.drawString(2.2 * cm, H - 1.4 * cm, "YS")
        c.setFillColor(GREY)
        c.setFont(FONT, 8)
        c.drawString(2.2 * cm, 1.2 * cm, "YS – Yrkesorganisasjonenes Sentralforbund")
        c.drawRightString(W - 2.2 * cm, 1.2 * cm, "Side %d" % n)
        c.restoreState()
        draw_footnotes(c, notes, 2.2 * cm, 2.9 * cm, W - 4.4 * cm)

    st_t = S("t", size=16, bold=True, after=10)
    st_h = S("h", size=12.5, bold=True, before=12, after=4)
    st_b = S("b", size=10.5, leading=14, after=6)
    st_mt = S("mt", size=12, bold=True, before=10, after=3)
    st_f = S("f", size=10, leading=13, after=3)
    story = [Paragraph("YS' rapport til Kompetansepolitisk råd 2019", st_t),
             Paragraph("YS og kompetansepolitikken", st_h)]
    for t in f["intro"]:
        story.append(Paragraph(esc(t), st_b))
    story.append(Paragraph("Tiltak 2019", st_h))
    fn_no = 0
    for m in f["measures"]:
        if m.get("split"):
            story.append(Spacer(1, f.get("pad", 0)))
        story.append(Paragraph(esc(m["t"]), st_mt))
        story.append(Paragraph("<b>Delmål:</b> %s&nbsp;&nbsp;<b>Ansvar:</b> %s&nbsp;&nbsp;<b>Med:</b> %s&nbsp;&nbsp;"
                               "<b>Periode:</b> %s&nbsp;&nbsp;<b>Type:</b> %s"
                               % (esc(m["dm"]), esc(m["r"]), esc(", ".join(m["p"])), esc(m["per"]), esc(m["tp"])),
                               st_f))
        sup = ""
        fns = []
        for note in m.get("notes", []):
            fn_no += 1
            sup += "<super>%d</super>" % fn_no
            fns.append((fn_no, note))
        p = Paragraph("<b>Om tiltaket:</b> %s%s" % (esc(m["ds"]), sup), st_b)
        p._fns = fns
        story.append(p)
    story.append(Paragraph("YS' prioriteringer for 2020", st_h))
    story.append(Paragraph(esc(f["closing"]), st_b))
    build_fn(path, story, page, margins=(2.2 * cm, 2.2 * cm, 2.2 * cm, 3.4 * cm), title="YS – rapport 2019")


# ------------------------------------------------------------------ Virke 2020
def virke2020(f, path):
    W, H = A4
    green = colors.HexColor("#00704A")

    def page(c, n, total):
        c.saveState()
        c.setFont(FONTB, 18)
        c.setFillColor(green)
        c.drawString(2.2 * cm, H - 1.6 * cm, "virke")
        c.setFont(FONT, 8)
        c.setFillColor(GREY)
        c.drawString(2.2 * cm, 1.2 * cm, "Virke | Rapport NKPS 2020 | side %d" % n)
        c.restoreState()

    st_t = S("t", size=17, bold=True, after=10)
    st_h1 = S("h1", size=13, bold=True, color=green, before=10, after=6)
    st_h = S("h", size=11.5, bold=True, before=12, after=4)
    st_b = S("b", size=10, leading=13.5, after=6)
    st_lab = S("lab", size=8.5, bold=True, after=0)
    st_val = S("val", size=8.5, after=0)
    story = [Paragraph("Rapport til Kompetansepolitisk råd 2020", st_t), Paragraph("Innledning", st_h1)]
    for t in f["intro"]:
        story.append(Paragraph(esc(t), st_b))
    story.append(Paragraph("Virkes tiltak", st_h1))
    widths = [1.6 * cm, 3.2 * cm, 4.3 * cm, 5.1 * cm, 2.4 * cm]
    for n, m in enumerate(f["measures"], 1):
        story.append(Paragraph("%d&nbsp;&nbsp;&nbsp;%s" % (n, esc(m["t"])), st_h))
        story.append(Paragraph(esc(m["ds"]), st_b))
        if n == 3:
            story.append(PageBreak())
        grid = Table([[Paragraph(x, st_lab) for x in ("Delmål", "Kategori", "Eier", "Partnere", "Tidsrom")],
                      [Paragraph(esc(x), st_val) for x in (m["dm"], m["tp"], m["r"], ", ".join(m["p"]) or "–",
                                                           m["per"])]],
                     colWidths=widths, hAlign="LEFT",
                     style=[("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#A6A6A6")),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E2EFDA")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")])
        story.append(grid)
    story.append(Paragraph("Virke mener videre", st_h1))
    for t in f["closing_bullets"]:
        story.append(Paragraph(esc(t), S("bl", size=10, left=14, bulletIndent=4, after=3, bulletFontName=FONT), bulletText="•"))
    build(path, story, margins=(2.2 * cm, 2.2 * cm, 2.4 * cm, 2.0 * cm), draw_page=page,
          title="Virke – rapport NKPS 2020")


RENDER = dict(spekter2017=spekter2017, nho2018=nho2018, ys2019=ys2019, virke2020=virke2020)
