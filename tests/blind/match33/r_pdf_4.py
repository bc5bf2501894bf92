# -*- coding: utf-8 -*-
"""PDF renderers: KS 2025 (landscape table + 'Om tiltakene'), Virke 2026 (narrative + overview table)."""
from r_pdf_common import colors, cm, A4, landscape, TA_RIGHT, TA_CENTER, Spacer, KeepTogether, PageBreak, \
    style, P, build, grid, HR, esc, TableStyle, Table


# ---------------------------------------------------------------- KS 2025
def ks_2025(f, path):
    PS = landscape(A4)
    body = style("b", size=10.5, leading=14, after=6)
    h = style("h", size=13, bold=True, before=10, after=5, color=colors.HexColor("#005A7C"))
    c = style("c", size=10.5, leading=13.5, after=0)
    cb = style("cb", size=10.5, leading=13.5, bold=True, after=0, color=colors.white)
    s = [P("KS' rapportering til Kompetansepolitisk råd 2025", style("t", size=17, bold=True, after=8)),
         P("KS rapporterer tiltak der KS har ansvaret eller deltar sammen med andre. Kommunesektoren er landets "
           "største arbeidsgiver, og behovet for kompetanse i helse og omsorg, oppvekst og teknisk sektor er "
           "stort. Tabellen gir en oversikt over tiltakene; under «Om tiltakene» er hvert tiltak beskrevet.", body),
         P("Rapporten er behandlet i KS' hovedstyre. Tiltak som er avsluttet tidligere, er ikke tatt med. Der "
           "KS deltar i et tiltak som en annen part har ansvaret for, står den ansvarlige i kolonnen "
           "«Ansvarlig».", body),
         P("Hovedpunkter for 2025", h)]
    for b in ["Flere lærlinger i kommunene og flere voksne som tar fagbrev",
              "Kompetanseplaner i helse- og omsorgstjenesten etter at Kompetanseløft 2025 avsluttes",
              "Bruk av kunstig intelligens i kommunal forvaltning",
              "Karriereveiledning for ansatte som må omstille seg",
              "Heltid som grunnlag for kompetanseutvikling i helse og omsorg",
              "Bedre statistikk om kompetansebehov i kommunene"]:
        s.append(P("•&nbsp;&nbsp;" + esc(b), style("bul", size=10.5, leading=14, left=0.5 * cm, first=-0.35 * cm, after=2), raw=True))
    s.append(P("Oversikt over tiltakene", style("h0", size=13, bold=True, before=10, after=5, keep=False,
                                                 color=colors.HexColor("#005A7C"))))
    data = [[P(x, cb) for x in ["Nr", "Tiltak", "Delmål", "Type", "Ansvarlig", "Partnere", "Periode", "Status"]]]
    fn = None
    for n, m in enumerate(f["measures"], 1):
        if m.get("footnote"):
            fn = m["footnote"]
        data.append([P(str(n), c), P(m["t"], style("ct", size=10.5, leading=13.5, bold=True, after=0)), P(m["dm"], c),
                     P(m["tp"], c), P(m["r"], c), P(", ".join(m["p"]), c), P(m["per"], c), P(m["status"], c)])
    data.append([P("<b>Totalt: %d tiltak</b>" % len(f["measures"]), c, raw=True)] + [P("", c)] * 7)
    W = [1.0 * cm, 7.0 * cm, 1.8 * cm, 2.7 * cm, 2.4 * cm, 5.8 * cm, 2.4 * cm, 2.7 * cm]
    t = Table(data, colWidths=W, repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8C8C8C")),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#005A7C")),
                           ("SPAN", (0, -1), (-1, -1)), ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#E6EEF2")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    t.hAlign = "LEFT"
    s.append(t)
    if fn:
        s += [Spacer(1, 3), P("¹ " + fn, style("fn", size=8.5, after=0))]
    s.append(P("Om tiltakene", h))
    for m in f["measures"]:
        s.append(P(m["t"], style("ot", size=11, bold=True, before=6, after=1, keep=True)))
        s.append(P(m["ds"], body))

    def draw(cv, page, total):
        cv.setFont("Sans", 8)
        cv.setFillColor(colors.HexColor("#005A7C"))
        cv.drawString(1.8 * cm, PS[1] - 1.1 * cm, "KS – Kommunesektorens organisasjon")
        cv.setFillColor(colors.HexColor("#666666"))
        cv.drawRightString(PS[0] - 1.8 * cm, 0.9 * cm, "Rapport til Kompetansepolitisk råd 2025 · side %d av %d" % (page, total))

    build(path, s, draw, pagesize=PS, margins=(1.8 * cm, 1.8 * cm, 1.6 * cm, 1.5 * cm), title="KS rapport 2025")


# ---------------------------------------------------------------- Virke 2026
def virke_2026(f, path):
    W = A4[0] - 4.4 * cm
    body = style("b", size=10.5, leading=14.5, after=6)
    h = style("h", size=14, bold=True, before=12, after=6, color=colors.HexColor("#00264D"))
    ht = style("ht", size=11.5, bold=True, before=8, after=2, keep=True)
    s = [P("<font size='18' color='#00264D'><b>Virke</b></font>&nbsp;&nbsp;&nbsp;Hovedorganisasjonen Virke · "
           "Postboks 2900 Solli · 0230 Oslo", style("lh", size=8.5, leading=22, after=12), raw=True),
         P("Virkes rapport til Kompetansepolitisk råd 2026", style("t", size=17, bold=True, after=3)),
         P("Oslo, 15. oktober 2026", style("d", size=10, color=colors.HexColor("#555555"), after=10)),
         P("Virke organiserer over 25 000 virksomheter i handel, tjenesteyting, kultur og ideell sektor. Her "
           "beskriver vi tiltakene Virke har arbeidet med i 2026. En samlet oversikt med delmål, type, ansvar, "
           "partnere og periode står til slutt i rapporten.", body)]
    pol = ["Arbeidsplassen må anerkjennes som en likeverdig læringsarena.",
           "Kompetanse fra arbeidslivet må kunne dokumenteres og verdsettes.",
           "Ordningene for etter- og videreutdanning må også nå de små virksomhetene."]
    box = Table([[[P("<b>Virke mener</b>", style("vm", size=10.5, after=3), raw=True)] +
                  [P("•&nbsp;&nbsp;" + esc(x), style("vb", size=10, leading=13, left=0.4 * cm, first=-0.3 * cm, after=1), raw=True)
                   for x in pol]]], colWidths=[W])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#E5ECF4")),
                             ("LEFTPADDING", (0, 0), (-1, -1), 9), ("TOPPADDING", (0, 0), (-1, -1), 7),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    s += [box, P("Våre tiltak", h)]
    for m in f["measures"]:
        s += [P(m["t"], ht), P(m["ds"], body)]
    s.append(P("Oversikt", h))
    c = style("c", size=9, leading=11.5, after=0)
    cb = style("cb", size=9, leading=11.5, bold=True, after=0)
    data = [[P(x, cb) for x in ["Tiltak", "Delmål", "Type", "Ansvar", "Partnere", "Periode"]]]
    for m in f["measures"]:
        data.append([P(m["t"], c), P(m["dm"], c), P(m["tp"], c), P(m["r"], c), P(", ".join(m["p"]), c),
                     P(m["per"], c)])
    t = Table(data, colWidths=[4.3 * cm, 1.6 * cm, 2.6 * cm, 2.1 * cm, 3.9 * cm, 2.1 * cm], repeatRows=1)
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#9FB3C8")),
                           ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.HexColor("#00264D")),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E5ECF4")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
    t.hAlign = "LEFT"
    s.append(t)

    def draw(cv, page, total):
        cv.setFont("Sans", 8)
        cv.setFillColor(colors.HexColor("#666666"))
        cv.drawString(2.2 * cm, 1.2 * cm, "Virke · Rapport til Kompetansepolitisk råd 2026")
        cv.drawRightString(A4[0] - 2.2 * cm, 1.2 * cm, "side %d" % page)

    build(path, s, draw, margins=(2.2 * cm, 2.2 * cm, 2.0 * cm, 2.0 * cm), title="Virke rapport 2026")
