# -*- coding: utf-8 -*-
"""PDF renderers 3: Regjeringen 2023, KS 2024, Møre og Romsdal 2025 (nn)."""
from r_pdf_common import *  # noqa: F401,F403
from r_pdf_common import build_fn_anchored, draw_footnotes
from batch_common import AREAS_NB, WORDS_NB

GREY = colors.HexColor("#595959")


def _split_sentences(ds, n):
    parts = ds.split(". ")
    assert len(parts) > n, ds
    return ". ".join(parts[:n]) + ".", ". ".join(parts[n:])


# ------------------------------------------------------------------ Regjeringen 2023
def regj2023(f, path):
    W, H = A4

    def page(c, n, total, notes):
        c.saveState()
        if n > 1:
            c.setFont(FONT, 8)
            c.setFillColor(GREY)
            c.drawString(2.4 * cm, H - 1.3 * cm, "Notat – oppfølging av NKPS 2023")
        c.setFont(FONT, 8)
        c.setFillColor(GREY)
        c.drawRightString(W - 2.4 * cm, 1.2 * cm, "Side %d av %d" % (n, total))
        c.restoreState()
        draw_footnotes(c, notes, 2.4 * cm, 2.6 * cm, W - 4.8 * cm)

    st_lh = S("lh", font=SERIF, size=12, align=TA_CENTER, after=2)
    st_t = S("t", font=SERIF, size=16, bold=True, before=14, after=6)
    st_d = S("d", font=SERIF, size=10, italic=True, after=10)
    st_h = S("h", font=SERIF, size=12.5, bold=True, before=12, after=5)
    st_b = S("b", font=SERIF, size=11, leading=14.5, after=6)
    st_c = S("c", font=SERIF, size=9.5, leading=12, after=2)
    st_cb = S("cb", font=SERIF, size=9.5, leading=12, bold=True, after=2)
    st_hd = S("hd", font=SERIF, size=9.5, bold=True, after=0)
    anchors = []

    def make_story():
        del anchors[:]
        story = [Paragraph(esc(f["letterhead"]).upper(), st_lh),
                 Paragraph("Oppfølging av Nasjonal kompetansepolitisk strategi 2023", st_t),
                 Paragraph("Notat til Kompetansepolitisk råd, 1. desember 2023", st_d)]
        for t in f["intro"]:
            story.append(Paragraph(esc(t), st_b))
        ms = f["measures"]
        counts = {}
        for m in ms:
            counts[m["r"]] = counts.get(m["r"], 0) + 1
        rows = [[Paragraph("Departement", st_hd), Paragraph("Antall tiltak", st_hd)]]
        rows += [[Paragraph(k, st_c), Paragraph(str(v), st_c)] for k, v in counts.items()]
        rows.append([Paragraph("Sum", st_cb), Paragraph(str(len(ms)), st_cb)])
        story.append(Paragraph("Tabell 1 Antall tiltak per departement", S("cap", font=SERIF, size=9, italic=True,
                                                                            before=4, after=2)))
        story.append(Table(rows, colWidths=[5 * cm, 3 * cm], hAlign="LEFT",
                           style=[("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                                  ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black)]))
        fn_no = 0
        for area, idx in f["areas"]:
            story.append(Paragraph("Hovedinnsatsområde %s: %s" % (area, AREAS_NB[area]), st_h))
            rows = [[Paragraph("Tiltak og status", st_hd), Paragraph("Fakta", st_hd)]]
            fns_by_row = []
            for i in idx:
                m = ms[i]
                sup = ""
                if m.get("note"):
                    fn_no += 1
                    sup = "<super>%d</super>" % fn_no
                    fns_by_row.append((fn_no, m["note"]))
                    anchors.append((fn_no, m["note"], m["t"][:25]))
                left = [Paragraph(esc(m["t"]) + sup, st_cb), Paragraph(esc(m["ds"]), st_c)]
                right = [Paragraph("Dep.: " + esc(m["r"]), st_c), Paragraph("Delmål: " + esc(m["dm"]), st_c),
                         Paragraph("Virkemiddel: " + esc(m["tp"]), st_c),
                         Paragraph("Med: " + esc(", ".join(m["p"])), st_c), Paragraph("Periode: " + esc(m["per"]), st_c)]
                rows.append([left, right])
            tb = Table(rows, colWidths=[10.2 * cm, 6.0 * cm], repeatRows=1,
                       style=[("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#808080")),
                              ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E7E6E6")),
                              ("VALIGN", (0, 0), (-1, -1), "TOP")])
            story.append(tb)
        story.append(Paragraph(esc(f["ended"]), S("e", font=SERIF, size=10.5, before=12)))
        return story

    build_fn_anchored(path, make_story, page, anchors, margins=(2.4 * cm, 2.4 * cm, 2.0 * cm, 3.2 * cm),
                      title="Notat – NKPS 2023")


# ------------------------------------------------------------------ KS 2024
def ks2024(f, path):
    W, H = A4
    navy = colors.HexColor("#1B365D")

    def page(c, n, total):
        c.saveState()
        c.setFont(FONTB, 12)
        c.setFillColor(navy)
        c.drawString(2.2 * cm, H - 1.45 * cm, "KS")
        c.setFont(FONT, 8)
        c.setFillColor(GREY)
        c.drawRightString(W - 2.2 * cm, H - 1.4 * cm, "Kompetansestrategien – rapport 2024")
        c.drawRightString(W - 2.2 * cm, 1.2 * cm, "side %d" % n)
        c.restoreState()

    st_t = S("t", size=16, bold=True, color=navy, after=8)
    st_h = S("h", size=12, bold=True, color=navy, before=10, after=4)
    st_b = S("b", size=10, leading=13.5, after=6)
    st_cap = S("cap", size=10, bold=True, before=10, after=3)
    st_c = S("c", size=9, leading=11.5, after=0)
    st_cb = S("cb", size=9, leading=11.5, bold=True, after=0)
    st_hd = S("hd", size=8.5, bold=True, color=colors.white, after=0)
    ms = f["measures"]
    story = [Paragraph("KS' rapport til Kompetansepolitisk råd 2024", st_t), Paragraph("Sammendrag", st_h),
             Paragraph(esc(f["intro"]), st_b),
             Paragraph("Tabell 1 Tiltak per delmål", S("c1", size=9, italic=True, after=2))]
    rows = [["Delmål", "Antall"]] + [[code, str(len(idx))] for code, idx in f["groups"]]
    rows.append(["Sum", str(len(ms))])
    story.append(Table(rows, colWidths=[3 * cm, 2 * cm], hAlign="LEFT",
                       style=[("FONT", (0, 0), (-1, -1), FONT, 9), ("FONT", (0, 0), (-1, 0), FONTB, 9),
                              ("FONT", (0, -1), (-1, -1), FONTB, 9), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                              ("LINEBELOW", (0, 0), (-1, 0), 0.6, navy), ("LINEABOVE", (0, -1), (-1, -1), 0.6, navy)]))
    story.append(Paragraph("Tiltakene", st_h))
    widths = [5.6 * cm, 5.4 * cm, 2.6 * cm, 3.0 * cm]
    for code, idx in f["groups"]:
        story.append(Paragraph("Delmål %s %s" % (code, esc(WORDS_NB[code])), st_cap))
        rows = [[Paragraph(x, st_hd) for x in ("Tiltak", "Hvem", "Når", "Type")]]
        sty = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#A6A6A6")),
               ("BACKGROUND", (0, 0), (-1, 0), navy), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        for i in idx:
            m = ms[i]
            rows.append([Paragraph(esc(m["t"]), st_cb),
                         [Paragraph("Ansvar: " + esc(m["r"]), st_c), Paragraph("Med: " + esc(", ".join(m["p"])), st_c)],
                         Paragraph(esc(m["per"]), st_c), Paragraph(esc(m["tp"]), st_c)])
            desc = m["ds"] + (" Følger også opp delmål %s." % m["extra_dm"] if m.get("extra_dm") else "")
            rows.append([Paragraph(esc(desc), st_c), "", "", ""])
            r = len(rows) - 1
            sty += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#F2F2F2"))]
        story.append(Table(rows, colWidths=widths, style=sty, repeatRows=1))
    story.append(Paragraph("KS videre", st_h))
    story.append(Paragraph(esc(f["closing"].split(": ", 1)[1]), st_b))
    build(path, story, margins=(2.2 * cm, 2.2 * cm, 2.3 * cm, 2.0 * cm), draw_page=page, title="KS – rapport 2024")


# ------------------------------------------------------------------ Møre og Romsdal 2025 (nn)
def mr2025(f, path):
    PS = landscape(A4)
    W, H = PS

    def page(c, n, total):
        c.saveState()
        c.setFont(FONTB, 9)
        c.setFillColor(colors.HexColor("#00506E"))
        c.drawString(1.7 * cm, H - 1.2 * cm, "Møre og Romsdal fylkeskommune")
        c.setFont(FONT, 8)
        c.setFillColor(GREY)
        c.drawString(1.7 * cm, 1.0 * cm, "Rapport til Kompetansepolitisk råd 2025")
        c.drawRightString(W - 1.7 * cm, 1.0 * cm, "Side %d av %d" % (n, total))
        c.restoreState()

    st_t = S("t", size=15, bold=True, after=6)
    st_b = S("b", size=10, after=8)
    st_h = S("h", size=8.5, bold=True, after=0)
    st_c = S("c", size=9.5, leading=12, after=0)
    st_cb = S("cb", size=9.5, leading=12, bold=True, after=0)
    hdr = [Paragraph(x, st_h) for x in ("Nr.", "Tiltak", "Skildring", "Delmål", "Ansvarleg", "Partnarar", "Periode",
                                        "Tiltakstype", "Nytt / vidareført")]
    widths = [1.0 * cm, 4.0 * cm, 5.8 * cm, 1.6 * cm, 3.0 * cm, 3.7 * cm, 2.2 * cm, 3.1 * cm, 1.9 * cm]
    base = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7F7F7F")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#BDD7EE")), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    t1, s1, t2, s2 = [hdr], list(base), [hdr], list(base)
    cur = t1

    def mrow(n, m, desc=None):
        return [Paragraph("%d" % n, st_c), Paragraph(esc(m["t"]), st_cb),
                Paragraph(esc(desc if desc is not None else m["ds"]), st_c), Paragraph(esc(m["dm"]), st_c),
                Paragraph(esc(m["r"]), st_c), Paragraph(esc(", ".join(m["p"])), st_c), Paragraph(esc(m["per"]), st_c),
                Paragraph(esc(m["tp"]), st_c), Paragraph(esc(m["mark"]), st_c)]

    for n, m in enumerate(f["measures"], 1):
        if n == 5:
            cur.append([""] * 9)  # empty row left in the table
        if m.get("split"):
            a, b = _split_sentences(m["ds"], 2)
            cur.append(mrow(n, m, a))
            cur = t2
            cur.append(["", "", Paragraph(esc(b), st_c), "", "", "", "", "", ""])
            continue
        cur.append(mrow(n, m))
    t2.append([Paragraph("Samla: %d tiltak" % len(f["measures"]), st_cb)] + [""] * 8)
    s2.append(("SPAN", (0, len(t2) - 1), (-1, len(t2) - 1)))
    story = [Paragraph("Rapport til Kompetansepolitisk råd 2025", st_t)]
    for t in f["intro"]:
        story.append(Paragraph(esc(t), st_b))
    story += [Table(t1, colWidths=widths, style=s1, repeatRows=1), PageBreak(),
              Table(t2, colWidths=widths, style=s2, repeatRows=1), Spacer(1, 10),
              Paragraph(esc(f["contact"]), st_b)]
    build(path, story, pagesize=PS, margins=(1.7 * cm, 1.7 * cm, 1.8 * cm, 1.7 * cm), draw_page=page,
          title="Møre og Romsdal fylkeskommune – rapport 2025")


RENDER = dict(regj2023=regj2023, ks2024=ks2024, mr2025=mr2025)
