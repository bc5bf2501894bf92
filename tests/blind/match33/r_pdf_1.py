# -*- coding: utf-8 -*-
"""PDF renderers: Spekter 2017 (e-mail print), Regjeringen 2018 (notat), NHO 2018 (Excel print)."""
from r_pdf_common import *  # noqa: F401,F403
from r_pdf_common import colors, cm, A4, landscape, TA_RIGHT, TA_CENTER, Spacer, KeepTogether, PageBreak, \
    style, P, build, grid, HR, esc, TableStyle, Table


def _pj(p):
    return ", ".join(p)


# ---------------------------------------------------------------- Spekter 2017 (Outlook print)
def spekter_2017(f, path):
    W = A4[0] - 4 * cm
    body = style("b", size=10.5, after=0, leading=13.5)
    lab = style("l", size=10.5, after=0, leading=13.5)
    small = style("sm", size=8, color=colors.HexColor("#777777"), after=0)
    s = []
    s.append(P("Ingrid Hansen", style("u", size=13, bold=True, after=2)))
    s.append(HR(W, thick=2.2))
    hdr = [("Fra:", "Marte Ødegård <marte.odegard@spekter.no>"),
           ("Sendt:", "fredag 29. september 2017 14:37"),
           ("Til:", "Postmottak Kompetanse Norge <postmottak@kompetansenorge.no>"),
           ("Kopi:", "Anders Lie <anders.lie@spekter.no>"),
           ("Emne:", "SV: Rapportering på NKPS 2017 – frist 1. oktober")]
    t = Table([[P(a, style("hb", size=10.5, bold=True, after=0)), P(b, lab)] for a, b in hdr],
              colWidths=[2.2 * cm, W - 2.2 * cm])
    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    s += [t, Spacer(1, 14)]
    s.append(P("Hei,", body))
    s.append(Spacer(1, 10))
    s.append(P("Her kommer Spekters innspill til årets rapportering. Vi har skrevet det rett inn i e-posten – "
               "si fra om dere trenger det i malen.", body))
    s.append(Spacer(1, 10))
    for n, m in enumerate(f["measures"], 1):
        block = [P("%d) %s" % (n, m["t"]), body),
                 P("NKPS nr: %s" % m["dm"], body), P("Type: %s" % m["tp"], body), P("Hvem: %s" % m["r"], body)]
        if m["p"]:
            block.append(P("Sammen med: %s" % _pj(m["p"]), body))
        block.append(P("Når: %s" % m["per"], body))
        s += block
        s.append(P(m["ds"], style("d", size=10.5, leading=13.5, before=4, after=0)))
        s.append(Spacer(1, 11))
    s.append(P("Ta gjerne kontakt hvis noe er uklart.", body))
    s.append(Spacer(1, 10))
    for line in ["Med vennlig hilsen", "Marte Ødegård", "Rådgiver, Arbeidsgiverforeningen Spekter",
                 "Mobil: 926 14 588 | www.spekter.no"]:
        s.append(P(line, body))
    s.append(Spacer(1, 6))
    s.append(P("Denne e-posten kan inneholde konfidensiell informasjon. Dersom du har mottatt den ved en feil, "
               "vennligst gi beskjed til avsender og slett e-posten.", small))
    s.append(Spacer(1, 12))
    s.append(HR(W, thick=0.6, color=colors.HexColor("#B5C4DF")))
    q = [("Fra:", "Postmottak Kompetanse Norge <postmottak@kompetansenorge.no>"),
         ("Sendt:", "tirsdag 20. juni 2017 09:12"),
         ("Til:", "Marte Ødegård <marte.odegard@spekter.no>; medlemmer i Kompetansepolitisk råd"),
         ("Emne:", "Rapportering på NKPS 2017 – frist 1. oktober")]
    for a, b in q:
        s.append(P("<b>%s</b> %s" % (a, esc(b)), style("q", size=10.5, after=0), raw=True))
    s.append(Spacer(1, 10))
    for line in ["Til medlemmene i Kompetansepolitisk råd",
                 "",
                 "Vi minner om årets rapportering på oppfølgingen av Nasjonal kompetansepolitisk strategi. "
                 "Fristen er 1. oktober. For hvert tiltak ber vi om navn på tiltaket, relasjon til NKPS tiltak "
                 "nr., ansvarlig og samarbeidspartnere, en kort beskrivelse og tidspunkt og varighet.",
                 "",
                 "Eksempel på utfylling:",
                 "Tiltak: Etablere et kompetansebehovsutvalg (KBU)",
                 "Relasjon til NKPS tiltak nr: 1",
                 "Ansvarlig: KD. Samarbeidspartnere: partene i arbeidslivet",
                 "Beskrivelse: Utvalget skal sammenstille og analysere kilder til kunnskap om kompetansebehov.",
                 "Tidspunkt og varighet: 2017–2021",
                 "",
                 "Vennlig hilsen",
                 "Sekretariatet for Kompetansepolitisk råd, Kompetanse Norge"]:
        s.append(P(line, body) if line else Spacer(1, 9))

    def draw(c, page, total):
        c.setFont("Sans", 9)
        c.drawCentredString(A4[0] / 2, 1.2 * cm, str(page))

    build(path, s, draw, margins=(2 * cm, 2 * cm, 1.8 * cm, 2 * cm), title="SV: Rapportering på NKPS 2017")


# ---------------------------------------------------------------- Regjeringen 2018 (notat)
def regjeringen_2018(f, path):
    W = A4[0] - 5 * cm
    F = "Serif"
    body = style("b", font=F, size=11, leading=14, after=6)
    h1 = style("h1", font=F, size=13, bold=True, before=12, after=6)
    tit = style("t", font=F, size=11, bold=True, before=8, after=2)
    lab = style("lab", font=F, size=10, leading=12.5, after=0)
    s = [P("NOTAT", style("n", font=F, size=20, bold=True, after=10))]
    rows = [("Til:", "Kompetansepolitisk råd"), ("Fra:", "Kunnskapsdepartementet"), ("Dato:", "15.11.2018"),
            ("Saksnr.:", "18/2741"),
            ("Emne:", "Regjeringens oppfølging av Nasjonal kompetansepolitisk strategi i 2018")]
    t = Table([[P(a, style("ga", font=F, size=10.5, bold=True, after=0)), P(b, style("gb", font=F, size=10.5, after=0))]
               for a, b in rows], colWidths=[2.5 * cm, W - 2.5 * cm])
    t.setStyle(TableStyle([("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    s += [t, Spacer(1, 8)]
    s.append(P("1 Innledning", h1))
    s.append(P("Departementene rapporterer samlet på regjeringens tiltak i oppfølgingen av strategien. "
               "Notatet er organisert etter ansvarlig departement. For hvert tiltak oppgis hvilket delmål det "
               "er knyttet til, hva slags tiltak det er, hvem departementet samarbeider med og tidsperioden.", body))
    s.append(P("2 Oversikt", h1))
    s.append(P("Regjeringen rapporterer 11 tiltak for 2018. Tabell 1 viser fordelingen på departement.", body))
    by = {}
    for m in f["measures"]:
        by.setdefault(m["r"], []).append(m)
    data = [["Departement", "Antall tiltak"]] + [[k, str(len(v))] for k, v in by.items()] + \
           [["Sum", str(len(f["measures"]))]]
    labb = style("labb", font=F, size=10, bold=True, after=0)
    tb = grid([[P(a, labb if a in ("Departement", "Sum") else lab), P(b, labb if a in ("Departement", "Sum") else lab)]
               for a, b in data], [7 * cm, 3 * cm], font=F)
    s += [P("Tabell 1 Antall tiltak per departement", style("cap", font=F, size=9.5, italic=True, after=3)), tb,
          Spacer(1, 6)]
    ch = 3
    for dept, ms in by.items():
        s.append(P("%d %s" % (ch, dept), h1))
        ch += 1
        for m in ms:
            s.append(P(m["t"], tit))
            for a, b in [("Knyttet til delmål", m["dm"]), ("Art", m["tp"]), ("I samarbeid med", _pj(m["p"])),
                         ("Tidsperiode", m["per"])]:
                s.append(P("<i>%s:</i> %s" % (a, esc(b)), lab, raw=True))
            s.append(Spacer(1, 3))
            s.append(P(m["ds"], body))
    s.append(P("%d Videre arbeid" % ch, h1))
    s.append(P("Regjeringen tar sikte på å legge fram en stortingsmelding om en kompetansereform for "
               "arbeidslivet. Departementene vil også vurdere et eget tilbud om karriereveiledning for voksne "
               "arbeidssøkere. Dette vil bli rapportert når arbeidet er startet.", body))

    def draw(c, page, total):
        c.setFont("Serif", 8.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawRightString(A4[0] - 2.5 * cm, A4[1] - 1.3 * cm, "KD – notat")
        c.drawCentredString(A4[0] / 2, 1.2 * cm, "Side %d av %d" % (page, total))

    build(path, s, draw, margins=(2.5 * cm, 2.5 * cm, 2.2 * cm, 2.2 * cm), title="Notat")


# ---------------------------------------------------------------- NHO 2018 (Excel print)
def nho_2018(f, path):
    PS = landscape(A4)
    cell = style("c", size=9, leading=11, after=0)
    cellb = style("cb", size=9, leading=11, bold=True, after=0)
    W = [1.4 * cm, 4.8 * cm, 7.6 * cm, 2.9 * cm, 4.3 * cm, 2.3 * cm, 3.4 * cm]
    s = [P("NHO – tiltak i oppfølgingen av Nasjonal kompetansepolitisk strategi 2018", style("t", size=12, bold=True, after=1)),
         P("Oppdatert 12.10.2018", style("u", size=9, after=6))]
    data = [[P(h, cellb) for h in ["ID", "Tiltak", "Beskrivelse", "Ansvarlig", "Samarbeidspartnere", "Tidsrom",
                                   "Kategori"]]]
    ms = f["measures"]
    for m in ms:
        if m["xid"] == "N-07":
            data.append([P("", cell)] * 7)
        data.append([P(m["xid"], cell), P(m["t"], cell), P(m["ds"], cell), P(m["r"], cell), P(_pj(m["p"]), cell),
                     P(m["per"], cell), P(m["tp"], cell)])
    data.append([P("", cell)] * 7)
    data.append([P("", cell), P("Antall tiltak", cellb),
                 P("%d" % len(ms), style("n", size=9, align=TA_RIGHT, after=0)), P("", cell), P("", cell),
                 P("", cell), P("", cell)])
    t = Table(data, colWidths=W, repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#BFBFBF")),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 1),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    s += [t, PageBreak()]
    codes = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "3.1", "3.2", "3.3", "3.4",
             "3.5", "3.6"]
    s.append(P("Kobling til delmål i NKPS (sett x)", style("t2", size=12, bold=True, after=6)))
    cc = style("cc", size=9, align=TA_CENTER, after=0)
    mat = [[P("ID", cellb)] + [P(c, style("ch", size=9, bold=True, align=TA_CENTER, after=0)) for c in codes]]
    for m in ms:
        mat.append([P(m["xid"], cell)] + [P("x" if c in m["d"] else "", cc) for c in codes])
    t2 = Table(mat, colWidths=[1.8 * cm] + [1.3 * cm] * 16)
    t2.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#BFBFBF")),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7"))]))
    s.append(t2)
    sheet_of_page = {}

    def draw(c, page, total):
        name = "Delmål" if page == total else "Tiltak"
        c.setFont("Sans", 9)
        c.drawString(1.5 * cm, PS[1] - 1.0 * cm, "NHO_NKPS_2018.xlsx")
        c.drawCentredString(PS[0] / 2, PS[1] - 1.0 * cm, name)
        c.drawCentredString(PS[0] / 2, 0.8 * cm, "Side %d av %d" % (page, total))

    build(path, s, draw, pagesize=PS, margins=(1.5 * cm, 1.5 * cm, 1.6 * cm, 1.5 * cm), title="NHO_NKPS_2018.xlsx")
