# -*- coding: utf-8 -*-
"""PDF renderers 2: Innlandet 2020, LO 2021, Vestland 2021 (nn), VOFO 2022."""
from r_pdf_common import *  # noqa: F401,F403

GREY = colors.HexColor("#595959")


def _split_sentences(ds, n):
    parts = ds.split(". ")
    assert len(parts) > n, ds
    return ". ".join(parts[:n]) + ".", ". ".join(parts[n:])


def _bullet_style(name, **kw):
    return S(name, bulletFontName=FONT, **kw)


# ------------------------------------------------------------------ Innlandet 2020
def innl2020(f, path):
    W, H = A4
    first_page = 24

    def page(c, n, total):
        c.saveState()
        c.setFont(FONT, 8)
        c.setFillColor(GREY)
        c.drawString(2.4 * cm, H - 1.3 * cm, "Innlandet fylkeskommune · Årsrapport 2020")
        c.drawRightString(W - 2.4 * cm, H - 1.3 * cm, "Kapittel 4 Kompetanse")
        c.setStrokeColor(colors.HexColor("#BFBFBF"))
        c.line(2.4 * cm, H - 1.45 * cm, W - 2.4 * cm, H - 1.45 * cm)
        c.setFont(FONTB, 9)
        c.setFillColor(colors.black)
        x = W - 2.4 * cm if (first_page + n - 1) % 2 == 0 else 2.4 * cm
        fn = c.drawRightString if x > W / 2 else c.drawString
        fn(x, 1.2 * cm, str(first_page + n - 1))
        c.restoreState()

    teal = colors.HexColor("#006A6F")
    st_h1 = S("h1", size=18, bold=True, color=teal, after=10)
    st_h2 = S("h2", size=12.5, bold=True, color=teal, before=10, after=5)
    st_b = S("b", size=10, leading=13.5, after=6)
    st_m = S("m", size=10, leading=13.5, after=1, before=6)
    st_fact = S("fa", size=8, leading=10, color=colors.HexColor("#6F6F6F"), after=6)
    st_tc = S("tc", size=9, after=0)
    st_tcb = S("tcb", size=9, bold=True, after=0)
    story = [Paragraph("4 Kompetanse", st_h1), Paragraph("4.1 Mål for kompetanseområdet", st_h2),
             Paragraph("Innlandet fylkeskommune skal bidra til at innbyggere og arbeidsliv har den kompetansen "
                       "regionen trenger. Fylkeskommunen har fra 2020 fått flere oppgaver på kompetanseområdet "
                       "gjennom regionreformen, blant annet ansvaret for bedriftsintern opplæring og et tydeligere "
                       "ansvar for karriereveiledning.", st_b),
             Paragraph("Regional plan for kompetanse skal gi retning for arbeidet. Målene er at flere voksne "
                       "fullfører videregående opplæring, at flere tar fagbrev, at arbeidslivet får tilgang på "
                       "relevant etter- og videreutdanning i hele fylket, og at alle innbyggere har tilgang på "
                       "gratis karriereveiledning. Sammenslåingen av Hedmark og Oppland har krevd mye arbeid i "
                       "2020, og flere tilbud er samordnet. Pandemien førte til at mye av opplæringen ble "
                       "gjennomført digitalt fra mars.", st_b),
             Paragraph("Fylkeskommunen samarbeider tett med NAV Innlandet, kommunene, Høgskolen i Innlandet, "
                       "Fagskolen Innlandet og partene i arbeidslivet. Samarbeidet er formalisert i "
                       "Kompetanseforum Innlandet, som ble etablert høsten 2020.", st_b),
             Paragraph("4.2 Nøkkeltall", st_h2)]
    rows = [[Paragraph("Indikator", st_tcb), Paragraph("2020", st_tcb), Paragraph("2019", st_tcb)]]
    for a, b, c_ in f["kpis"]:
        rows.append([Paragraph(esc(a), st_tc), Paragraph(b, st_tc), Paragraph(c_, st_tc)])
    story.append(Table(rows, colWidths=[9 * cm, 2.5 * cm, 2.5 * cm], hAlign="LEFT",
                       style=[("LINEBELOW", (0, 0), (-1, 0), 0.8, teal), ("LINEBELOW", (0, 1), (-1, -1), 0.3,
                                                                            colors.HexColor("#D0D0D0"))]))
    story.append(Paragraph("Tabell 4.1 Nøkkeltall for kompetanseområdet. Tall for 2019 gjelder Hedmark og "
                           "Oppland samlet.", S("cap", size=8, italic=True, color=GREY, before=3, after=8)))
    story.append(Paragraph("4.3 Oppfølging av Nasjonal kompetansepolitisk strategi", st_h2))
    story.append(Paragraph("Fylkeskommunen rapporterer årlig til Kompetansepolitisk råd. Under omtales tiltakene "
                           "for 2020.", st_b))
    for m in f["measures"]:
        story.append(Paragraph("<b>%s.</b> %s" % (esc(m["t"]), esc(m["ds"])), st_m))
        story.append(Paragraph(esc("%s · %s · Ansvar: %s · Samarbeid: %s · %s"
                                   % (m["dm"], m["tp"], m["r"], ", ".join(m["p"]), m["per"])), st_fact))
    story.append(Paragraph("4.4 Økonomi", st_h2))
    rows = [[Paragraph(x, st_tcb) for x in ("Område (1000 kr)", "Regnskap 2020", "Budsjett 2020")]]
    for a, b, c_ in f["economy"]:
        bold = a == "Sum"
        rows.append([Paragraph(esc(a), st_tcb if bold else st_tc), Paragraph(b, st_tcb if bold else st_tc),
                     Paragraph(c_, st_tcb if bold else st_tc)])
    story.append(Table(rows, colWidths=[8 * cm, 3 * cm, 3 * cm], hAlign="LEFT",
                       style=[("LINEBELOW", (0, 0), (-1, 0), 0.8, teal), ("LINEABOVE", (0, -1), (-1, -1), 0.8, teal)]))
    build(path, story, margins=(2.4 * cm, 2.4 * cm, 2.2 * cm, 2.0 * cm), draw_page=page,
          title="Årsrapport 2020 – kapittel 4 Kompetanse")


# ------------------------------------------------------------------ LO 2021
def lo2021(f, path):
    W, H = A4

    def page(c, n, total):
        c.saveState()
        c.setFont(FONTB, 9)
        c.drawString(2.5 * cm, H - 1.4 * cm, "LO-sekretariatet")
        c.setFont(FONT, 9)
        c.drawRightString(W - 2.5 * cm, H - 1.4 * cm, "Sak %s" % f["case"][0][1])
        c.setFont(FONT, 8)
        c.drawCentredString(W / 2, 1.2 * cm, "Side %d av %d" % (n, total))
        c.restoreState()

    st_t = S("t", font=SERIF, size=15, bold=True, before=8, after=10)
    st_h = S("h", font=SERIF, size=12, bold=True, before=10, after=4)
    st_b = S("b", font=SERIF, size=11, leading=14.5, after=6)
    st_i = S("i", font=SERIF, size=11, leading=14.5, after=6, italic=True)
    st_num = S("n", font=SERIF, size=11, leading=14.5, left=20, first=-20, before=6, after=2)
    st_dash = S("d", font=SERIF, size=10.5, leading=13.5, left=38, first=-12, after=1)
    grid = Table([[Paragraph("<b>%s</b>" % k, S("k", font=SERIF, size=10, after=0)),
                   Paragraph(esc(v), S("v", font=SERIF, size=10, after=0))] for k, v in f["case"]],
                 colWidths=[3.2 * cm, 9 * cm], hAlign="LEFT",
                 style=[("BOX", (0, 0), (-1, -1), 0.5, colors.black), ("INNERGRID", (0, 0), (-1, -1), 0.3, GREY)])
    story = [grid, Paragraph("Rapportering til Kompetansepolitisk råd 2021", st_t),
             Paragraph("Innstilling", st_h), Paragraph(esc(f["proposal"]), st_i),
             Paragraph("Saksframstilling", st_h)]
    for t in f["background"]:
        story.append(Paragraph(esc(t), st_b))
    story.append(Paragraph("Tiltak som rapporteres for 2021", st_h))
    for n, m in enumerate(f["measures"], 1):
        story.append(Paragraph("%d)&nbsp;&nbsp;<b>%s</b>" % (n, esc(m["t"])), st_num))
        for lab, val in (("Delmål", m["dm"]), ("Hvem", m["who"]), ("Type", m["tp"]), ("Tid", m["per"]),
                         ("Kort om", m["ds"])):
            story.append(Paragraph("–&nbsp;&nbsp;%s: %s" % (lab, esc(val)), st_dash))
    story.append(PageBreak())
    story.append(Paragraph("Vedlegg: Møteplan 2022", st_h))
    rows = [["Dato", "Møte"]] + [list(x) for x in f["meetings"]]
    story.append(Table(rows, colWidths=[3 * cm, 8 * cm], hAlign="LEFT",
                       style=[("FONT", (0, 0), (-1, -1), SERIF, 10), ("FONT", (0, 0), (-1, 0), SERIFB, 10),
                              ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black)]))
    build(path, story, margins=(2.5 * cm, 2.5 * cm, 2.3 * cm, 2.0 * cm), draw_page=page,
          title="LO-sekretariatet sak 112/21")


# ------------------------------------------------------------------ Vestland 2021 (nn)
def vest2021(f, path):
    PS = landscape(A4)
    W, H = PS

    def page(c, n, total):
        c.saveState()
        c.setFont(FONT, 8)
        c.setFillColor(GREY)
        c.drawString(2.2 * cm, 1.1 * cm, "Vestland fylkeskommune – rapport til Kompetansepolitisk råd 2021")
        c.drawRightString(W - 2.2 * cm, 1.1 * cm, "Side %d" % n)
        c.restoreState()

    st_t = S("t", size=15, bold=True, after=6)
    st_b = S("b", size=10, after=8)
    st_h = S("h", size=8.5, bold=True, color=colors.white, after=0)
    st_c = S("c", size=8.5, leading=10.5, after=0)
    st_cb = S("cb", size=8.5, leading=10.5, bold=True, after=0)
    st_g = S("g", size=9, bold=True, after=0)
    hdr = [Paragraph(x, st_h) for x in ("Kva (tiltak)", "Kvifor (mål i strategien)", "Kven", "Korleis",
                                        "Kor lenge", "Skildring")]
    widths = [4.6 * cm, 4.6 * cm, 4.6 * cm, 3.0 * cm, 2.2 * cm, 6.3 * cm]
    base = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8C8C8C")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#2E5E3E")), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    ms = f["measures"]

    def mrow(m, desc=None):
        return [Paragraph(esc(m["t"]), st_cb), Paragraph(esc(m["dm"]), st_c),
                [Paragraph("Ansvarleg: " + esc(m["r"]), st_c), Paragraph("Med: " + esc(", ".join(m["p"])), st_c)],
                Paragraph(esc(m["tp"]), st_c), Paragraph(esc(m["per"]), st_c),
                Paragraph(esc(desc if desc is not None else m["ds"]), st_c)]

    t1, s1, t2, s2 = [hdr], list(base), [hdr], list(base)
    cur, sty = t1, s1

    def group(label):
        cur.append([Paragraph(label, st_g), "", "", "", "", ""])
        i = len(cur) - 1
        sty.append(("SPAN", (0, i), (-1, i)))
        sty.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#E2EFDA")))

    order = [("Vidareførte tiltak", f["cont_idx"]), ("Nye tiltak i 2021", f["new_idx"])]
    if not f.get("cont_first"):
        order.reverse()
    for label, idx in order:
        group(label)
        for i in idx:
            m = ms[i]
            if m.get("split"):
                a, b = _split_sentences(m["ds"], 1)
                cur.append(mrow(m, a))
                cur, sty = t2, s2
                cur.append(["", "", "", "", "", Paragraph(esc(b), st_c)])
                continue
            cur.append(mrow(m))
    story = [Paragraph("Rapport til Kompetansepolitisk råd 2021", st_t), Paragraph(esc(f["intro"]), st_b),
             Table(t1, colWidths=widths, style=s1, repeatRows=1), PageBreak(),
             Table(t2, colWidths=widths, style=s2, repeatRows=1)]
    build(path, story, pagesize=PS, margins=(2.2 * cm, 2.2 * cm, 1.8 * cm, 1.8 * cm), draw_page=page,
          title="Vestland fylkeskommune – rapport 2021")


# ------------------------------------------------------------------ VOFO 2022
def vofo2022(f, path):
    W, H = A4
    red = colors.HexColor("#A6192E")

    def page(c, n, total):
        c.saveState()
        c.setFont(FONTB, 9)
        c.setFillColor(red)
        c.drawString(2.3 * cm, H - 1.4 * cm, "VOFO – Voksenopplæringsforbundet")
        c.setFillColor(GREY)
        c.setFont(FONT, 8)
        c.drawRightString(W - 2.3 * cm, 1.2 * cm, str(n))
        c.restoreState()

    st_t = S("t", size=16, bold=True, after=8)
    st_h = S("h", size=12, bold=True, color=red, before=10, after=5)
    st_b = S("b", size=10, leading=13.5, after=6)
    st_l = S("l", size=9.5, bold=True, after=0)
    st_v = S("v", size=9.5, leading=12.5, after=0)
    story = [Paragraph("Rapport til Kompetansepolitisk råd 2022", st_t), Paragraph("Om studieforbundene", st_h)]
    for t in f["intro"]:
        story.append(Paragraph(esc(t), st_b))
    rows = [[Paragraph("Studieforbundenes aktivitet 2022", st_l), ""]] + \
           [[Paragraph(esc(a), st_v), Paragraph(b, st_v)] for a, b in f["stats"]]
    story.append(Table(rows, colWidths=[8 * cm, 3 * cm], hAlign="LEFT",
                       style=[("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F2DCDB")),
                              ("ALIGN", (1, 1), (1, -1), "RIGHT"), ("BOX", (0, 0), (-1, -1), 0.4, GREY),
                              ("LINEBELOW", (0, 1), (-1, -2), 0.2, colors.HexColor("#D9D9D9"))]))
    story.append(Paragraph("Kilde: Kompetanse Norge/HK-dir, statistikk for studieforbund.",
                           S("k", size=8, italic=True, color=GREY, before=2, after=6)))
    story.append(Paragraph("Våre tiltak", st_h))
    fstyle = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#A6A6A6")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
              ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F2F2F2"))]
    for m in f["measures"]:
        vals = [("Navn", m["t"]), ("Knyttet til", m["dm"]), ("Art", m["tp"]), ("Ansvar", m["r"]),
                ("Med", ", ".join(m["p"])), ("Når", m["per"]), ("Kort om", m["ds"])]
        rows = [[Paragraph(k, st_l), Paragraph(("<b>%s</b>" if k == "Navn" else "%s") % esc(v), st_v)]
                for k, v in vals]
        story.append(Table(rows, colWidths=[3 * cm, 13.4 * cm], style=fstyle))
        story.append(Spacer(1, 12))
    box = Table([[Paragraph(esc(f["contact"]), S("c", size=9, after=0))]], colWidths=[16.4 * cm],
                style=[("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EDEDED"))])
    story.append(box)
    build(path, story, margins=(2.3 * cm, 2.3 * cm, 2.2 * cm, 2.0 * cm), draw_page=page,
          title="VOFO – rapport 2022")


RENDER = dict(innl2020=innl2020, lo2021=lo2021, vest2021=vest2021, vofo2022=vofo2022)
