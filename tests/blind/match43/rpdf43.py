# -*- coding: utf-8 -*-
"""PDF renderers for match43 (reportlab) – one function per .pdf file; all content comes from batch_data."""
from reportlab.lib import colors
from reportlab.lib.units import cm, mm
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.enums import TA_LEFT, TA_RIGHT, TA_CENTER
from reportlab.platypus import (Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether, CondPageBreak, Flowable)
from pdfkit43 import S, P, e, build, tstyle, HLine, fonts
from batch_data import OLDNR, WORDS_NB, WORDS_NN, WORDS_LO

GREY = colors.HexColor("#595959")
LGREY = colors.HexColor("#8C8C8C")


def og(items, last=" og "):
    items = list(items)
    for it in items:
        assert " og " not in it, it
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + last + items[-1]


def oldnr(dm):
    return og([str(OLDNR[c]) for c in dm])


# ------------------------------------------------------------------ footnotes at the page foot
class FNMark(Flowable):
    """Zero-size flowable placed after the paragraph holding a superscript mark; registers the note on its page."""
    registry = None

    def __init__(self, reg, num, text):
        super().__init__()
        self.reg, self.num, self.text = reg, num, text

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        self.reg.setdefault(self.canv.getPageNumber(), []).append((self.num, self.text))


def draw_footnotes(c, page, reg, x, y, width, font="Sans", size=7.5):
    notes = reg.get(page, [])
    if not notes:
        return
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.5)
    top = y + len(notes) * (size * 1.35) + 4
    c.line(x, top, x + 4 * cm, top)
    c.setFont(font, size)
    yy = top - size - 3
    for num, text in notes:
        c.setFont(font, size * 0.8)
        c.drawString(x, yy + 2, str(num))
        c.setFont(font, size)
        c.drawString(x + 7, yy, text)
        yy -= size * 1.35


class PageRec(Flowable):
    """Records the page on which a key appears (for tables of contents built in a second pass)."""

    def __init__(self, reg, key):
        super().__init__()
        self.reg, self.key = reg, key

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        self.reg.setdefault(self.key, self.canv.getPageNumber())


# ============================================================================ 2017 Regjeringen (KD note)
def reg_2017(f, path):
    fonts()
    W = A4[0] - 4.4 * cm
    reg = {}
    body = S("b", size=10.5, leading=14, after=6)
    h1 = S("h1", size=13, bold=True, before=10, after=6, keep=1)
    tit = S("t", size=11.5, bold=True, before=10, after=3, keep=1)
    lab = S("l", size=9, color=GREY, leading=11, after=0)
    val = S("v", size=9.5, leading=11.5, after=0)
    st = []
    st.append(P("NOTAT", S("n", size=20, bold=True, after=8)))
    grid = [[P("Til:", lab), P("Kompetansepolitisk råd", val)],
            [P("Fra:", lab), P("Kunnskapsdepartementet", val)],
            [P("Dato:", lab), P("15.12.2017", val)],
            [P("Saksnr.:", lab), P("17/4411", val)],
            [P("Sak:", lab), P("Oppfølging av Nasjonal kompetansepolitisk strategi – status 2017", val)]]
    t = Table(grid, colWidths=[2.2 * cm, W - 2.2 * cm])
    t.setStyle(tstyle(("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, -1), (-1, -1), 0.6, colors.black),
                      ("BOTTOMPADDING", (0, 0), (-1, -1), 3)))
    st += [t, Spacer(1, 10)]
    st.append(P("1 Innledning", h1))
    st.append(P("Strategien ble signert 3. februar 2017. I strategien er det listet opp 16 nummererte tiltak. Dette notatet "
                "gir en status for regjeringens oppfølging i 2017. Kapittel 2 viser hvor mange tiltak som knytter seg til hvert "
                "av strategiens punkter, og kapittel 3 omtaler tiltakene.", body))
    st.append(P("2 Oversikt", h1))
    cnt = {n: 0 for n in range(1, 17)}
    for m in f["measures"]:
        for c in m["dm"]:
            cnt[OLDNR[c]] += 1
    rows = [["Strategiens tiltak nr.", "Antall tiltak"]] + [[str(n), str(cnt[n])] for n in range(1, 17)]
    rows.append(["Sum", "%d*" % len(f["measures"])])
    t = Table(rows, colWidths=[4.5 * cm, 3 * cm], hAlign="LEFT")
    t.setStyle(tstyle(("FONT", (0, 0), (-1, -1), "Sans", 8.5), ("FONT", (0, 0), (-1, 0), "Sans-B", 8.5),
                      ("FONT", (0, -1), (-1, -1), "Sans-B", 8.5), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                      ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F1")), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                      ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)))
    st += [t, P("* Tiltak som gjelder flere av strategiens punkter, er telt under hvert punkt, men bare én gang i summen.",
                S("s", size=8, italic=True, color=GREY, before=2, after=8))]
    st.append(P("3 Regjeringens tiltak", h1))
    fnum = 0
    for m in f["measures"]:
        st.append(P(m["title"], tit))
        g = [["Strategiens tiltak nr.", oldnr(m["dm"])], ["Departement", m["resp"]],
             ["I samarbeid med", ", ".join(m["partners"])], ["Virkemiddel", m["tp"]], ["Tidsplan", m["period"]]]
        g = [[P(a, lab), P(b, val)] for a, b in g]
        t = Table(g, colWidths=[3.6 * cm, W - 3.6 * cm], hAlign="LEFT")
        t.setStyle(tstyle(("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                          ("TOPPADDING", (0, 0), (-1, -1), 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)))
        st += [t, Spacer(1, 3)]
        if m["extra"].get("fn"):
            fnum += 1
            st.append(Paragraph(e(m["desc"]) + "<super>%d</super>" % fnum, body))
            st.append(FNMark(reg, fnum, m["extra"]["fn"]))
        else:
            st.append(P(m["desc"], body))
    st.append(P("4 Videre arbeid", h1))
    st.append(P("Departementet vil i 2018 følge opp den første rapporten fra Kompetansebehovsutvalget og legge fram en "
                "vurdering av en nasjonal ordning for fagbrev på jobb. Det tas sikte på en ny statusrapport til rådet i "
                "desember 2018.", body))

    def deco(c, page, total):
        c.setFont("Sans", 8)
        c.setFillColor(GREY)
        c.drawString(2.2 * cm, A4[1] - 1.3 * cm, "Kunnskapsdepartementet")
        c.drawRightString(A4[0] - 2.2 * cm, A4[1] - 1.3 * cm, "Side %d av %d" % (page, total))
        c.setStrokeColor(LGREY)
        c.line(2.2 * cm, A4[1] - 1.45 * cm, A4[0] - 2.2 * cm, A4[1] - 1.45 * cm)
        c.setFillColor(colors.black)
        draw_footnotes(c, page, reg, 2.2 * cm, 1.3 * cm, W)
    build(path, st, deco, margins=(2.2 * cm, 2.2 * cm, 2.2 * cm, 3.2 * cm), title="Oppfølging av NKPS – status 2017",
          author="Kunnskapsdepartementet")


# ============================================================================ 2018 NHO (landscape, two-row header)
def nho_2018(f, path):
    fonts()
    PS = landscape(A4)
    W = PS[0] - 3.6 * cm
    st = []
    st.append(P("NHOs rapportering – Nasjonal kompetansepolitisk strategi 2018", S("t", size=16, bold=True, after=6,
                                                                                     color=colors.HexColor("#003366"))))
    st.append(P("NHO rapporterer her tiltak som følger opp strategien i 2018. Tabellen omfatter både tiltak NHO har ansvaret "
                "for, og råd og utvalg der NHO deltar. Delmål er oppgitt med nummer.", S("b", size=10.5, leading=14, after=5)))
    st.append(P("Kompetanse er et av NHOs viktigste satsingsområder. Bedriftene melder om stort behov for fagarbeidere og for "
                "ansatte med digital kompetanse, og NHO arbeider for at utdanningssystemet og arbeidslivet samarbeider tettere. "
                "Flere av tiltakene gjennomføres sammen med landsforeningene og regionkontorene.", S("b2", size=10.5, leading=14, after=10)))
    hs = S("h", size=9.5, bold=True, leading=11, color=colors.white, align=TA_CENTER)
    cs = S("cs", size=9.3, leading=11.8)
    cb = S("cb", size=9.3, leading=11.8, bold=True)
    hdr1 = [P("Tiltaket", hs), "", P("Delmål", hs), P("Kategori", hs), P("Ansvar", hs), "", P("Periode", hs)]
    hdr2 = [P("Navn", hs), P("Innhold", hs), "", "", P("Eier", hs), P("Partnere", hs), ""]
    data = [hdr1, hdr2]
    order = ["T01", "T02", "T04", "T19", "T11", "N1", "SHARED", "T23", "N2"]
    ms = {m["id"]: m for m in f["measures"]}
    shared = [m for m in f["measures"] if m["extra"].get("shared")]
    for k in order:
        if k == "SHARED":
            a, b = shared
            data.append([[P(a["title"], cb), Spacer(1, 6), P(b["title"], cb)],
                         [P(a["desc"], cs), Spacer(1, 6), P(b["desc"], cs)],
                         P(", ".join(a["dm"]), cs), P(a["tp"], cs), P(a["resp"], cs), P(", ".join(a["partners"]), cs),
                         P(a["period"], cs)])
            continue
        m = ms[k]
        data.append([P(m["title"], cb), P(m["desc"], cs), P(", ".join(m["dm"]), cs), P(m["tp"], cs), P(m["resp"], cs),
                     P(", ".join(m["partners"]), cs), P(m["period"], cs)])
    cw = [4.9, 7.6, 1.4, 3.5, 3.0, 3.7, 2.3]
    scale = W / (sum(cw) * cm)
    t = Table(data, colWidths=[x * cm * scale for x in cw], repeatRows=2)
    t.setStyle(tstyle(("SPAN", (0, 0), (1, 0)), ("SPAN", (4, 0), (5, 0)), ("SPAN", (2, 0), (2, 1)), ("SPAN", (3, 0), (3, 1)),
                      ("SPAN", (6, 0), (6, 1)), ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#003366")),
                      ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7F7F7F")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                      ("VALIGN", (0, 0), (-1, 1), "MIDDLE"), ("LINEBELOW", (0, 1), (-1, 1), 1.0, colors.black),
                      ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)))
    st.append(t)
    nye = 4
    st.append(P("Totalt %d tiltak, hvorav %d nye." % (len(f["measures"]), nye), S("s", size=9, bold=True, before=6)))
    st.append(P("Kontakt: fagsjef kompetanse, NHO Arbeidsliv, tlf. 23 08 80 00", S("k", size=8.5, color=GREY, before=10)))

    def deco(c, page, total):
        c.setFont("Sans", 7.5)
        c.setFillColor(GREY)
        c.drawRightString(PS[0] - 1.8 * cm, PS[1] - 1.1 * cm, "Næringslivets Hovedorganisasjon")
        c.drawCentredString(PS[0] / 2, 0.9 * cm, "NHO · januar 2019 · side %d" % page)
    build(path, st, deco, pagesize=PS, margins=(1.8 * cm, 1.8 * cm, 1.7 * cm, 1.6 * cm),
          title="NHOs rapportering NKPS 2018", author="NHO")


# ============================================================================ 2019 Virke (web-mail print)
def virke_2019(f, path):
    fonts()
    W = A4[0] - 3.6 * cm
    sm = S("sm", size=8.5, color=GREY, leading=11, after=0)
    body = S("b", size=10, leading=13.5, after=5)
    fact = S("f", size=9.5, leading=12, color=colors.HexColor("#444444"), left=14, after=9)
    st = []
    st.append(P("Virke Mail", S("logo", size=13, bold=True, color=colors.HexColor("#D52B1E"), after=2)))
    st.append(P("Marte Lie &lt;m.lie@virke.no&gt;", S("acc", size=8.5, color=GREY, align=TA_RIGHT, after=4), esc=False))
    st.append(HLine(W, 0.6, colors.grey))
    st.append(P("Rapportering NKPS 2019 – Virke", S("subj", size=14, bold=True, before=6, after=1)))
    st.append(P("1 melding", sm))
    st.append(HLine(W, 0.6, colors.grey))
    hdr = Table([[P("<b>Marte Lie</b> &lt;m.lie@virke.no&gt;", S("x", size=9.5), esc=False),
                  P("11. februar 2020 kl. 15:02", S("y", size=9, align=TA_RIGHT))]], colWidths=[W * 0.65, W * 0.35])
    hdr.setStyle(tstyle(("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)))
    st += [Spacer(1, 4), hdr]
    st.append(P("Til: postmottak@kompetansenorge.no", sm))
    st.append(P("Kopi: Kjersti Holm &lt;k.holm@virke.no&gt;", sm, esc=False))
    st.append(Spacer(1, 10))
    st.append(P("Hei,", body))
    st.append(P("Her kommer Virkes rapportering på oppfølgingen av Nasjonal kompetansepolitisk strategi for 2019. For hvert "
                "tiltak har vi skrevet delmål, type, hvem som har ansvaret (og hvem som er med) og periode på linjen under "
                "beskrivelsen, slik dere ba om.", body))
    for i, m in enumerate(f["measures"], start=1):
        st.append(Paragraph("%d. <b>%s</b> – %s" % (i, e(m["title"]), e(m["desc"])),
                            S("m%d" % i, size=10, leading=13.5, left=14, first=-14, after=2)))
        line = "Delmål %s / %s / %s – med %s / %s" % (og(m["dm"]), m["tp"].lower(), m["resp"], ", ".join(m["partners"]),
                                                       m["period"])
        st.append(P(line, fact))
    st.append(P("Si gjerne fra om dere trenger mer informasjon.", body))
    st.append(P("Med vennlig hilsen<br/>Marte Lie<br/>fagsjef kompetanse<br/>Virke – Hovedorganisasjonen for virksomheter "
                "i handel og tjenesteyting<br/>tlf. 22 54 17 00", S("sig", size=9.5, leading=12.5, after=8), esc=False))
    st.append(P("Vedlegg: Virke_NKPS_2019.xlsx (14 kB)", S("v", size=8.5, color=GREY, after=10)))
    q = S("q", size=9, leading=12, color=colors.HexColor("#555555"), left=10, after=2)
    quoted = ["Fra: Kompetanse Norge &lt;postmottak@kompetansenorge.no&gt;",
              "Sendt: 2. desember 2019 10:11", "Emne: Rapportering på NKPS 2019",
              "Til medlemmene i Kompetansepolitisk råd.",
              "Vi ber om at hvert tiltak beskrives med delmål, type, ansvarlig, samarbeidspartnere og periode, for eksempel:",
              "<i>Eksempel: Nettverk for karriereveiledere – delmål 1.3 / nettverk / fylkeskommunen – med NAV / 2019–2020</i>",
              "Frist 1. februar 2020."]
    qs = [P(x, q, esc=False) for x in quoted]
    qt = Table([[qs]], colWidths=[W])
    qt.setStyle(tstyle(("LINEBEFORE", (0, 0), (0, -1), 1.5, colors.HexColor("#BBBBBB")), ("LEFTPADDING", (0, 0), (-1, -1), 8)))
    st.append(qt)

    def deco(c, page, total):
        c.setFont("Sans", 7.5)
        c.setFillColor(colors.black)
        c.drawString(1.2 * cm, A4[1] - 0.8 * cm, "12.02.2020, 09:14")
        c.drawCentredString(A4[0] / 2, A4[1] - 0.8 * cm, "Virke Mail – Rapportering NKPS 2019 – Virke")
        c.drawString(1.2 * cm, 0.7 * cm, "https://mail.virke.no/mail/u/0/?ik=3f9a1c07d2&view=pt&search=all&permthid=thread-f%3A1657943")
        c.drawRightString(A4[0] - 1.2 * cm, 0.7 * cm, "%d/%d" % (page, total))
    build(path, st, deco, margins=(1.8 * cm, 1.8 * cm, 1.6 * cm, 1.5 * cm), title="Virke Mail – Rapportering NKPS 2019",
          author="Virke")


# ============================================================================ 2020 LO (board paper)
def lo_2020(f, path):
    fonts()
    W = A4[0] - 4.4 * cm
    body = S("b", size=10.5, leading=14, after=6)
    h = S("h", size=11.5, bold=True, before=8, after=4, keep=1)
    st = []
    st.append(P("Sak til LOs sekretariat", S("t", size=16, bold=True, after=6, color=colors.HexColor("#C8102E"))))
    lab = S("l", size=8.5, color=GREY)
    val = S("v", size=9.5)
    g = Table([[P("Saksnr.", lab), P("Møtedato", lab), P("Saksbehandler", lab), P("Arkiv", lab)],
               [P("112/2020", val), P("14.12.2020", val), P("Avdeling for samfunnspolitikk", val), P("20/0933", val)]],
              colWidths=[W / 4] * 4)
    g.setStyle(tstyle(("LINEABOVE", (0, 0), (-1, 0), 0.5, colors.black), ("LINEBELOW", (0, -1), (-1, -1), 0.5, colors.black),
                      ("LEFTPADDING", (0, 0), (-1, -1), 0)))
    st += [g, Spacer(1, 8)]
    st.append(P("Rapportering på oppfølging av Nasjonal kompetansepolitisk strategi 2020", S("tt", size=13, bold=True, after=6)))
    st.append(P("Forslag til vedtak", h))
    st.append(P("Sekretariatet slutter seg til rapporten og vedlagte oversikt over LOs tiltak, som sendes Kompetansepolitisk "
                "råd innen fristen 15. januar 2021.", S("i", size=10.5, italic=True, leading=14, after=6)))
    st.append(P("Saksframstilling", h))
    st.append(P("Kompetansepolitisk råd har bedt medlemmene om å rapportere tiltak som følger opp strategien. Koronapandemien "
                "har preget arbeidet i 2020. Mange medlemmer er permittert, og behovet for opplæring har økt.", body))
    st.append(P("LO har videreført deltakelsen i Kompetansebehovsutvalget og kurset for tillitsvalgte, og forbundene har gått "
                "inn i de nye bransjeprogrammene. I tillegg har AOF tilbudt nettkurs for permitterte. En samlet oversikt står i "
                "vedlegg 1.", body))
    st.append(P("Administrasjonen mener rapporteringsformen bør forenkles, og vil ta dette opp med sekretariatet for rådet.", body))
    from reportlab.platypus import NextPageTemplate
    st += [NextPageTemplate("land"), PageBreak()]
    W = landscape(A4)[0] - 4.4 * cm
    st.append(P("Vedlegg 1: LOs tiltak 2020", S("vh", size=12, bold=True, before=0, after=4)))
    hs = S("hs", size=9.5, bold=True, leading=11)
    cs = S("cs", size=9.5, leading=12)
    cb = S("cb", size=9.5, leading=12, bold=True)
    data = [[P(x, hs) for x in ("Tiltak", "Delmål (stikkord)", "Type", "Hvem", "Når", "Status")]]
    sty = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F2DCDB")),
           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    for m in f["measures"]:
        data.append([P(m["title"], cb), P("; ".join(WORDS_LO[c] for c in m["dm"]), cs), P(m["tp"], cs),
                     P("%s; %s" % (m["resp"], ", ".join(m["partners"])), cs), P(m["period"], cs),
                     P(m["extra"]["status"], cs)])
        r = len(data)
        data.append([Paragraph("<i>Hva:</i> " + e(m["desc"]), cs), "", "", "", "", ""])
        sty += [("SPAN", (0, r), (-1, r)), ("LINEBELOW", (0, r), (-1, r), 1.0, colors.HexColor("#C8102E"))]
    cw = [5.6, 4.6, 2.8, 6.0, 2.8, 3.0]
    sc = W / (sum(cw) * cm)
    t = Table(data, colWidths=[x * cm * sc for x in cw], repeatRows=0)
    t.setStyle(tstyle(*sty))
    st.append(t)
    used = sorted({c for m in f["measures"] for c in m["dm"]})
    st.append(P("Stikkordene viser til strategiens delmål: " + "; ".join("%s = %s" % (WORDS_LO[c], c) for c in used) + ".",
                S("n", size=8, italic=True, color=GREY, before=3, after=8)))
    st.append(P("Tidligere tiltak som er avsluttet", h))
    for s in ("Forsøket med fagbrev på jobb (rapportert 2017) – forsøket ble avsluttet i 2018.",
              "Notat om tariffavtalenes betydning i kompetansepolitikken (Fafo) – levert 2017.",
              "Seminar om kompetanse i klyngesamarbeid – gjennomført november 2017."):
        st.append(Paragraph("• " + e(s), S("bl", size=10, left=12, first=-8, after=2)))

    def deco(c, page, total):
        pw, ph = c._pagesize
        c.setFont("Sans", 8)
        c.setFillColor(GREY)
        c.drawString(2.2 * cm, ph - 1.3 * cm, "LO · Sak til sekretariatet 112/2020")
        c.drawRightString(pw - 2.2 * cm, ph - 1.3 * cm, "Side %d av %d" % (page, total))
    mg = (2.2 * cm, 2.2 * cm, 2.4 * cm, 2.2 * cm)
    build(path, st, deco, title="Sak til LOs sekretariat 112/2020", author="LO",
          templates=[("port", A4, mg), ("land", landscape(A4), (2.2 * cm, 2.2 * cm, 2.0 * cm, 1.8 * cm))])


# ============================================================================ 2020 Spekter (cover, toc, chapters)
def spekter_2020(f, path):
    def story(toc):
        fonts()
        W = A4[0] - 4.4 * cm
        reg = {}
        body = S("b", font="Serif", size=11, leading=15, after=6)
        h1 = S("h1", size=15, bold=True, before=6, after=8, keep=1, color=colors.HexColor("#00557F"))
        h2 = S("h2", size=12, bold=True, before=10, after=4, keep=1, color=colors.HexColor("#00557F"))
        st = [Spacer(1, 6 * cm), P("Spekter", S("cv", size=34, bold=True, color=colors.HexColor("#00557F"), after=20)),
              P("Rapportering til Kompetansepolitisk råd", S("cv2", size=18, after=8)),
              P("Oppfølging av Nasjonal kompetansepolitisk strategi 2020", S("cv3", size=13, color=GREY, after=30)),
              P("Desember 2020", S("cv4", size=11, color=GREY)), PageBreak()]
        st.append(P("Innhold", h1))
        chapters = [("c1", "1 Innledning"), ("c2", "2 Tiltak videreført fra tidligere år"), ("c3", "3 Nye tiltak"),
                    ("c4", "4 Koronasituasjonen")]
        for k, t in chapters:
            tt = Table([[P(t, S("tc", size=11)), P(str(toc.get(k, "")), S("tp", size=11, align=TA_RIGHT))]],
                       colWidths=[W - 2 * cm, 2 * cm])
            tt.setStyle(tstyle(("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#BBBBBB"))))
            st.append(tt)
        st.append(PageBreak())
        st += [PageRec(reg, "c1"), P("1 Innledning", h1)]
        st.append(P("Spekter rapporterer årlig til Kompetansepolitisk råd om tiltak som følger opp strategien. Kapittel 2 "
                    "omtaler tiltak vi har rapportert tidligere år, og kapittel 3 nye tiltak i 2020. For hvert tiltak gir en "
                    "faktatabell delmål, kategori, ansvar, samarbeid og tidsrom.", body))
        hs = S("hs", size=8, bold=True, leading=9.5, color=colors.white)
        cs = S("cs", size=8.2, leading=10)
        for sect, key, head in (("old", "c2", "2 Tiltak videreført fra tidligere år"), ("new", "c3", "3 Nye tiltak")):
            st += [PageRec(reg, key), P(head, h1)]
            n = 0
            for m in f["measures"]:
                if m["extra"]["sect"] != sect:
                    continue
                n += 1
                st.append(P("%s.%d %s" % (head[0], n, m["title"]), h2))
                goals = "; ".join("%s (%s)" % (WORDS_NB[c], c) for c in m["dm"])
                data = [[P(x, hs) for x in ("Delmål i strategien", "Kategori", "Ansvarlig", "Samarbeid med", "Tidsrom")],
                        [P(goals, cs), P(m["tp"], cs), P(m["resp"], cs), P(", ".join(m["partners"]), cs), P(m["period"], cs)]]
                cw = [5.6, 3.4, 2.0, 3.8, 2.2]
                sc = W / (sum(cw) * cm)
                t = Table(data, colWidths=[x * cm * sc for x in cw])
                t.setStyle(tstyle(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#00557F")),
                                  ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9DB9CC")), ("VALIGN", (0, 0), (-1, -1), "TOP")))
                st += [t, Spacer(1, 5), P(m["desc"], body)]
        st += [PageRec(reg, "c4"), P("4 Koronasituasjonen", h1)]
        st.append(P("Pandemien har gjort at flere planlagte samlinger er flyttet til nett eller utsatt til 2021. Helseforetakene "
                    "har hatt stor belastning, og mange lærlinger har fått forlenget læretid. Spekter følger situasjonen tett "
                    "sammen med partene.", body))
        return st, reg

    def deco(c, page, total):
        if page == 1:
            return
        c.setFont("Sans", 8)
        c.setFillColor(GREY)
        c.drawString(2.2 * cm, 1.2 * cm, "Spekter · 15.12.2020")
        c.drawRightString(A4[0] - 2.2 * cm, 1.2 * cm, str(page))
    st, reg = story({})
    build(path, st, deco, title="Spekter – rapportering NKPS 2020", author="Spekter")
    st, reg2 = story(reg)
    build(path, st, deco, title="Spekter – rapportering NKPS 2020", author="Spekter")


# ============================================================================ 2021 Unio (annual report chapter)
def unio_2021(f, path):
    fonts()
    W = A4[0] - 4.6 * cm
    body = S("b", font="Serif", size=10.5, leading=14.5, after=7, align=TA_LEFT)
    h1 = S("h1", size=16, bold=True, after=8, color=colors.HexColor("#6A1B4D"))
    h2 = S("h2", size=11.5, bold=True, before=8, after=4, keep=1, color=colors.HexColor("#6A1B4D"))
    chap = {}
    st = [PageRec(chap, 1), P("6 Kompetansepolitikk", h1)]
    st.append(P("Unio arbeider for at alle ansatte skal få utvikle kompetansen sin gjennom hele yrkeslivet. Unio er medlem av "
                "Kompetansepolitisk råd og rapporterer hvert år hvordan vi følger opp Nasjonal kompetansepolitisk strategi. "
                "Tiltakene i 2021 er omtalt nedenfor.", body))
    secs = [("6.1 Utdanning og arbeidsliv", ["T03"]), ("6.2 Kompetanse i helse og omsorg", ["T22", "U3"]),
            ("6.3 Partssamarbeid og tillitsvalgte", ["T25", "U1", "U2"])]
    ms = {m["id"]: m for m in f["measures"]}
    for head, ids in secs:
        st.append(P(head, h2))
        for k in ids:
            m = ms[k]
            s = "<b>%s.</b> %s Tiltaket hører til delmål %s i strategien (type: %s). Ansvarlig er %s, og med i arbeidet er " \
                "%s. Periode: %s." % (e(m["title"]), e(m["desc"]), og(m["dm"]), e(m["tp"]), e(m["resp"]),
                                      e(og(m["partners"])), e(m["period"]))
            st.append(Paragraph(s, body))
    st.append(P("6.4 Unios representasjon", h2))
    rep = [("Organ", "Unios representant"), ("Kompetansebehovsutvalget (KBU)", "Unio-leder"),
           ("Samarbeidsrådet for yrkesopplæring (SRY)", "Utdanningsforbundet"),
           ("Råd for samarbeid med arbeidslivet (RSA), OsloMet", "Norsk Sykepleierforbund"),
           ("Nasjonalt fagskoleråd", "Forskerforbundet (vara)")]
    t = Table([[P(a, S("r", size=9, bold=(i == 0))), P(b, S("r2", size=9, bold=(i == 0)))] for i, (a, b) in enumerate(rep)],
              colWidths=[W * 0.62, W * 0.38])
    t.setStyle(tstyle(("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EFE3EA"))))
    st += [t, PageBreak(), PageRec(chap, 2), P("7 Lønnsoppgjøret 2021", h1)]
    st.append(P("Hovedoppgjøret 2021 ble gjennomført med en ramme på 2,7 prosent. Unio-forbundene brøt forhandlingene i "
                "staten og gikk til mekling. Kapitlet omtaler oppgjøret i de ulike tariffområdene.", body))

    def deco(c, page, total):
        c.setFont("Sans", 8)
        c.setFillColor(GREY)
        c.drawString(2.3 * cm, A4[1] - 1.3 * cm, "Unio – Årsberetning 2021")
        c.drawRightString(A4[0] - 2.3 * cm, A4[1] - 1.3 * cm, "7 Lønnsoppgjøret" if page >= chap.get(2, 99) else "6 Kompetansepolitikk")
        c.setFont("Sans", 9)
        c.drawCentredString(A4[0] / 2, 1.2 * cm, str(30 + page))
    build(path, st, deco, margins=(2.3 * cm, 2.3 * cm, 2.2 * cm, 2.2 * cm), title="Unio årsberetning 2021 (utdrag)",
          author="Unio")


# ============================================================================ 2022 KS (landscape, delmål group rows)
def ks_2022(f, path):
    fonts()
    PS = landscape(A4)
    W = PS[0] - 4.4 * cm
    reg = {}
    st = [P("KS' rapportering på Nasjonal kompetansepolitisk strategi 2022", S("t", size=15, bold=True, after=4,
                                                                                color=colors.HexColor("#005A8C"))),
          P("Tabellen viser KS' tiltak ordnet etter strategiens delmål. Status viser om tiltaket er nytt eller videreført fra "
            "tidligere rapportering.", S("b", size=10.5, leading=14, after=5)),
          P("KS er kommunesektorens organisasjon og arbeidsgiverorganisasjon. Kommunene og fylkeskommunene er landets største "
            "arbeidsgivere og har et stort behov for kompetanse, særlig i helse og omsorg og i oppvekstsektoren. KS samarbeider "
            "med arbeidstakerorganisasjonene og staten om mange av tiltakene.", S("b2", size=10.5, leading=14, after=10))]
    hs = S("hs", size=10, bold=True, color=colors.white)
    cs = S("cs", size=10, leading=13)
    gs = S("gs", size=10, bold=True, italic=True, leading=12.5)
    data = [[P(x, hs) for x in ("Tiltak", "Status", "Type", "Hvem", "Periode")]]
    styles = [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#005A8C")), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
              ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]
    order = ["1.4", "2.2", "2.3", "3.3"]
    fnote = None
    for c in order:
        group = [m for m in f["measures"] if m["dm"][0] == c]
        if not group:
            continue
        r = len(data)
        data.append([P(WORDS_NB[c], gs), "", "", "", ""])
        styles += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#DDEBF7"))]
        for m in group:
            sup = ""
            if len(m["dm"]) > 1:
                sup = "<super>1</super>"
                fnote = "Gjelder også delmål: " + "; ".join(WORDS_NB[x] for x in m["dm"][1:]) + "."
            cell = [Paragraph("<b>%s</b>%s" % (e(m["title"]), sup), cs), Spacer(1, 2), P(m["desc"], cs)]
            if sup:
                cell.append(FNMark(reg, 1, fnote))
            data.append([cell, P(m["extra"]["status"], cs), P(m["tp"], cs),
                         [P("Eier: " + m["resp"], cs), P("Med: " + ", ".join(m["partners"]), cs)], P(m["period"], cs)])
    cw = [11.5, 3.0, 2.2, 5.6, 3.0]
    sc = W / (sum(cw) * cm)
    t = Table(data, colWidths=[x * cm * sc for x in cw], repeatRows=0)
    t.setStyle(tstyle(*styles))
    st.append(t)
    box = Table([[P("<b>Status i tall:</b> Videreført fra 2018: 2 · Nye i 2022: 4 · Sum: 6", S("bx", size=9.5), esc=False)]],
                colWidths=[W * 0.5], hAlign="LEFT")
    box.setStyle(tstyle(("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#005A8C")),
                        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F3F8FC"))))
    st += [Spacer(1, 10), box]

    def deco(c, page, total):
        c.setFont("Sans", 8)
        c.setFillColor(GREY)
        c.drawString(2.2 * cm, PS[1] - 1.2 * cm, "KS – Rapportering Nasjonal kompetansepolitisk strategi 2022")
        c.drawRightString(PS[0] - 2.2 * cm, PS[1] - 1.2 * cm, "24.01.2023")
        c.drawCentredString(PS[0] / 2, 0.8 * cm, str(page))
        c.setFillColor(colors.black)
        draw_footnotes(c, page, reg, 2.2 * cm, 1.2 * cm, W)
    build(path, st, deco, pagesize=PS, margins=(2.2 * cm, 2.2 * cm, 1.8 * cm, 2.6 * cm), title="KS rapport NKPS 2022",
          author="KS")


# ============================================================================ 2023 Regjeringen (tables per ministry)
def reg_2023(f, path):
    fonts()
    PS = landscape(A4)
    W = PS[0] - 4.0 * cm
    st = [P("Oppfølging av Nasjonal kompetansepolitisk strategi – rapport 2023", S("t", size=15, bold=True, after=4)),
          P("Notatet gir regjeringens rapportering til Kompetansepolitisk råd for 2023. Tiltakene er ført opp i én tabell per "
            "ansvarlig departement. Kolonnen Status viser om tiltaket er videreført fra tidligere rapportering eller nytt.",
            S("b", size=10.5, leading=14, after=5)),
          P("Rapporten omfatter tiltak under Kunnskapsdepartementet, Helse- og omsorgsdepartementet og Arbeids- og "
            "inkluderingsdepartementet. Tiltak som er avsluttet eller har endret navn siden forrige rapport, er omtalt i "
            "rammen til slutt.", S("b2", size=10.5, leading=14, after=8))]
    cap = S("cap", size=11, bold=True, before=6, after=3, keep=1)
    hs = S("hs", size=9.5, bold=True, leading=11)
    cs = S("cs", size=9.5, leading=12)
    cb = S("cb", size=9.5, leading=12, bold=True)

    def table(ms):
        data = [[P(x, hs) for x in ("Tiltak", "Status", "Delmål", "Samarbeid", "Type", "Periode", "Omtale")]]
        for m in ms:
            data.append([P(m["title"], cb), P(m["extra"]["status"], cs), P(", ".join(m["dm"]), cs),
                         P(", ".join(m["partners"]), cs), P(m["tp"], cs), P(m["period"], cs), P(m["desc"], cs)])
        cw = [5.0, 2.2, 1.4, 4.0, 2.8, 1.9, 8.0]
        sc = W / (sum(cw) * cm)
        t = Table(data, colWidths=[x * cm * sc for x in cw], repeatRows=1)
        t.setStyle(tstyle(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9")), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                          ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 3),
                          ("BOTTOMPADDING", (0, 0), (-1, -1), 4)))
        return t
    kd = [m for m in f["measures"] if m["resp"] == "KD"]
    st += [P("Ansvarlig departement: KD", cap), table(kd[:4]), PageBreak(),
           P("Ansvarlig departement: KD (forts.)", cap), table(kd[4:])]
    for dep in ("HOD", "AID"):
        st += [P("Ansvarlig departement: %s" % dep, cap), table([m for m in f["measures"] if m["resp"] == dep])]
    box = [P("<b>Endringer siden forrige rapport</b>", S("bh", size=9.5), esc=False),
           P("Kompetansepluss har fått nytt navn (Kompetanseprogrammet). Tilskuddet til fleksible videreutdanningstilbud i "
             "digital kompetanse er utvidet og har nytt navn. Nasjonal digital karriereveiledningstjeneste er i ordinær drift "
             "hos HK-dir og rapporteres ikke lenger av departementet. Fagbrev på jobb er en varig ordning og rapporteres "
             "ikke særskilt. Ekspertutvalget for etter- og videreutdanning har levert sin sluttrapport.",
             S("bt", size=9, leading=12))]
    bt = Table([[box]], colWidths=[W * 0.7], hAlign="LEFT")
    bt.setStyle(tstyle(("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                       ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)))
    st += [Spacer(1, 10), bt,
           P("I alt %d tiltak: KD %d, HOD %d, AID %d." % (len(f["measures"]), len(kd),
                                                        sum(m["resp"] == "HOD" for m in f["measures"]),
                                                        sum(m["resp"] == "AID" for m in f["measures"])),
             S("sum", size=9.5, before=8))]

    def deco(c, page, total):
        c.setFont("Sans", 8)
        c.setFillColor(GREY)
        c.drawString(2.0 * cm, PS[1] - 1.1 * cm, "Oppfølging av NKPS – rapport 2023")
        c.drawRightString(PS[0] - 2.0 * cm, PS[1] - 1.1 * cm, "Kunnskapsdepartementet · 18.01.2024")
        c.drawCentredString(PS[0] / 2, 0.8 * cm, "Side %d av %d" % (page, total))
    build(path, st, deco, pagesize=PS, margins=(2.0 * cm, 2.0 * cm, 1.7 * cm, 1.5 * cm),
          title="Oppfølging av NKPS – rapport 2023", author="Kunnskapsdepartementet")


# ============================================================================ 2023 Vestland (nn annual report)
def vestland_2023(f, path):
    fonts()
    W = A4[0] - 4.4 * cm
    body = S("b", size=10.5, leading=14.5, after=6)
    h1 = S("h1", size=14, bold=True, after=6, color=colors.HexColor("#00594F"))
    h2 = S("h2", size=11, bold=True, before=8, after=4, keep=1, color=colors.HexColor("#00594F"))
    bul = S("bu", size=10.5, leading=14.5, left=12, first=-9, after=1)
    grey = S("g", size=8.5, leading=10.5, color=LGREY, left=12, after=8)
    st = [P("3.3 Gjennomføring i vidaregåande opplæring", h1),
          P("Delen elevar som fullførte og bestod vidaregåande opplæring innan fem år, auka frå 80,1 til 81,3 prosent. "
            "Fylkeskommunen har styrkt oppfølgingstenesta og tilbodet om lærekandidatordning.", body)]
    t0 = Table([[P(a, S("k0", size=9, bold=(i == 0))), P(b, S("k01", size=9, bold=(i == 0), align=TA_RIGHT)),
                 P(c, S("k02", size=9, bold=(i == 0), align=TA_RIGHT))] for i, (a, b, c) in enumerate(
        [("Gjennomføring", "2022", "2023"), ("Studieførebuande, fullført innan fem år (%)", "89,0", "89,4"),
         ("Yrkesfag, fullført innan fem år (%)", "70,2", "72,5"), ("Lærlingar med godkjend kontrakt", "4 310", "4 455")])],
        colWidths=[W * 0.64, W * 0.18, W * 0.18])
    t0.setStyle(tstyle(("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9EAD3"))))
    st += [t0, Spacer(1, 10), P("3.4 Kompetanse", h1),
          P("Fylkeskommunen har ei lovfesta rolle i kompetansepolitikken og skal samordne arbeidet med kompetanse i regionen. "
            "Tiltaka under er ordna etter måla i den regionale kompetansestrategien for 2021–2024. Under kvart tiltak står "
            "det kva delmål i Nasjonal kompetansepolitisk strategi (NKPS) tiltaket følgjer opp.", body)]
    goals = [("Mål 1: Betre tilgang til karriererettleiing", ["W1"]),
             ("Mål 2: Sterkare regionalt samarbeid om kompetanse", ["W2"]),
             ("Mål 3: Kompetanse i arbeidslivet", ["W5"]),
             ("Mål 4: Fleire vaksne med fagbrev og vidaregåande opplæring", ["W6", "W10", "W11"])]
    ms = {m["id"]: m for m in f["measures"]}
    for head, ids in goals:
        st.append(P(head, h2))
        for k in ids:
            m = ms[k]
            st.append(Paragraph("• <b>%s</b>: %s" % (e(m["title"]), e(m["desc"])), bul))
            st.append(P("NKPS %s · Ansvarleg: %s · Med: %s · Type: %s · Periode: %s" % (
                og(m["dm"]), m["resp"], ", ".join(m["partners"]), m["tp"], m["period"]), grey))
    st.append(P("Nøkkeltal", h2))
    rows = [("Indikator", "2022", "2023"), ("Rettleiingssamtalar i Karriere Vestland", "3 850", "4 100"),
            ("Vaksne som tok fagbrev (praksiskandidatar og fagbrev på jobb)", "610", "680"),
            ("Verksemder med tilsegn om BIO-midlar", "52", "48")]
    t = Table([[P(a, S("k", size=9, bold=(i == 0))), P(b, S("k2", size=9, bold=(i == 0), align=TA_RIGHT)),
                P(c, S("k3", size=9, bold=(i == 0), align=TA_RIGHT))] for i, (a, b, c) in enumerate(rows)],
              colWidths=[W * 0.64, W * 0.18, W * 0.18])
    t.setStyle(tstyle(("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9EAD3"))))
    st.append(t)
    st.append(P("Planlagde tiltak 2024 (ikkje starta)", h2))
    for s in ("Kompetanseløft for reiselivet i Sogn – førebuing saman med næringa.",
              "Nytt tilbod om norskopplæring på arbeidsplassen – avheng av statlege midlar."):
        st.append(Paragraph("• " + e(s), bul))
    st += [Spacer(1, 8), P("3.5 Tannhelse", h1),
           P("Den offentlege tannhelsetenesta gav behandling til 142 000 pasientar i 2023. Ventetida for vaksne i "
             "prioriterte grupper er redusert.", body)]

    def deco(c, page, total):
        c.setFont("Sans", 8)
        c.setFillColor(GREY)
        c.drawString(2.2 * cm, A4[1] - 1.3 * cm, "Vestland fylkeskommune · Årsmelding 2023")
        c.drawRightString(A4[0] - 2.2 * cm, A4[1] - 1.3 * cm, "3 Opplæring og kompetanse")
        c.setFont("Sans", 9)
        c.drawRightString(A4[0] - 2.2 * cm, 1.2 * cm, str(57 + page))
    build(path, st, deco, title="Årsmelding 2023 – 3.4 Kompetanse", author="Vestland fylkeskommune")


# ============================================================================ 2024 HK-dir (fakta boxes)
def hkdir_2024(f, path):
    def story(toc):
        fonts()
        W = A4[0] - 4.4 * cm
        reg = {}
        body = S("b", size=10.5, leading=14, after=6)
        h1 = S("h1", size=15, bold=True, before=6, after=6, keep=1, color=colors.HexColor("#2B2A63"))
        h2 = S("h2", size=12, bold=True, before=10, after=4, keep=1, color=colors.HexColor("#2B2A63"))
        st = [P("Rapport til Kompetansepolitisk råd 2024", S("t", size=20, bold=True, after=4, color=colors.HexColor("#2B2A63"))),
              P("Direktoratet for høyere utdanning og kompetanse (HK-dir)", S("st", size=11, color=GREY, after=14)),
              P("Innhold", S("ih", size=12, bold=True, after=4))]
        chapters = [("c1", "1 Om rapporten"), ("c2", "2 HK-dirs tiltak"), ("c3", "3 Nøkkeltall"), ("c4", "4 Møter og fora")]
        for k, t in chapters:
            tt = Table([[P(t, S("tc", size=10.5)), P(str(toc.get(k, "")), S("tp", size=10.5, align=TA_RIGHT))]],
                       colWidths=[W - 2 * cm, 2 * cm])
            tt.setStyle(tstyle(("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#BBBBBB"))))
            st.append(tt)
        st += [Spacer(1, 14), PageRec(reg, "c1"), P("1 Om rapporten", h1),
               P("HK-dir rapporterer her tiltak som direktoratet har ansvaret for, og som følger opp Nasjonal "
                 "kompetansepolitisk strategi. De fleste tiltakene er oppdrag fra Kunnskapsdepartementet i tildelingsbrevet. "
                 "For hvert tiltak gir en faktaboks oppdragsgiver, delmål, type, ansvarlig, partnere og periode.", body),
               P("Tiltak som departementet selv rapporterer, er ikke gjentatt her, med mindre HK-dir har en egen rolle i "
                 "gjennomføringen.", body),
               PageRec(reg, "c2"), P("2 HK-dirs tiltak", h1)]
        lab = S("fl", size=8.8, bold=True, leading=11, color=colors.HexColor("#2B2A63"))
        val = S("fv", size=8.8, leading=11)
        for m in f["measures"]:
            st.append(P(m["title"], h2))
            rows = [("Oppdragsgiver", "KD (%s)" % m["extra"]["tb"]), ("Delmål", og(m["dm"])), ("Type", m["tp"]),
                    ("Ansvarlig", m["resp"]), ("Partnere", ", ".join(m["partners"])), ("Periode", m["period"])]
            t = Table([[P(a, lab), P(b, val)] for a, b in rows], colWidths=[3.0 * cm, 8.5 * cm], hAlign="RIGHT")
            t.setStyle(tstyle(("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#ECEBF5")), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5), ("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.HexColor("#2B2A63"))))
            st += [P("Fakta", S("fk", size=8.5, bold=True, align=TA_RIGHT, after=1, keep=1, color=colors.HexColor("#2B2A63"))),
                   t, Spacer(1, 5), P(m["desc"], body)]
        st += [PageRec(reg, "c3"), P("3 Nøkkeltall", h1)]
        rows = [("Indikator", "2023", "2024"), ("Besøk på karriereveiledning.no (mill.)", "1,6", "1,9"),
                ("Tilsagn i Kompetanseprogrammet", "580", "620"), ("Nye fleksible utdanningstilbud", "49", "57")]
        t = Table([[P(a, S("k", size=9.5, bold=(i == 0))), P(b, S("k2", size=9.5, bold=(i == 0), align=TA_RIGHT)),
                    P(c, S("k3", size=9.5, bold=(i == 0), align=TA_RIGHT))] for i, (a, b, c) in enumerate(rows)],
                  colWidths=[W * 0.64, W * 0.18, W * 0.18])
        t.setStyle(tstyle(("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey)))
        st += [t, PageRec(reg, "c4"), P("4 Møter og fora", h1)]
        for s in ("Kompetansepolitisk råd – fire møter i 2024", "Nordisk nettverk for voksnes læring (NVL), Reykjavik, mai",
                  "Dialogmøter med fylkeskommunene om karriereveiledning, høsten 2024",
                  "Konferansen «Lære hele livet», Oslo, 24. oktober"):
            st.append(Paragraph("• " + e(s), S("bl", size=10.5, left=12, first=-9, after=2)))
        return st, reg

    def deco(c, page, total):
        c.setFont("Sans-B", 9)
        c.setFillColor(colors.HexColor("#2B2A63"))
        c.drawString(2.2 * cm, A4[1] - 1.3 * cm, "HK-dir")
        c.setFont("Sans", 8)
        c.setFillColor(GREY)
        c.drawRightString(A4[0] - 2.2 * cm, A4[1] - 1.3 * cm, "Rapport til Kompetansepolitisk råd 2024")
        c.drawCentredString(A4[0] / 2, 1.2 * cm, str(page))
    st, reg = story({})
    build(path, st, deco, title="HK-dir – rapport til Kompetansepolitisk råd 2024", author="HK-dir")
    st, _ = story(reg)
    build(path, st, deco, title="HK-dir – rapport til Kompetansepolitisk råd 2024", author="HK-dir")


# ============================================================================ 2025 NHO (web page print, accordion)
def nho_2025(f, path):
    fonts()
    W = A4[0] - 3.6 * cm
    body = S("b", size=11.5, leading=16, after=8)
    st = [P("NHO&nbsp;&nbsp;&nbsp;&nbsp;Tema&nbsp;&nbsp;&nbsp;Medlemskap&nbsp;&nbsp;&nbsp;Kurs og arrangementer&nbsp;&nbsp;&nbsp;"
            "Om NHO&nbsp;&nbsp;&nbsp;Logg inn", S("menu", size=8.5, color=GREY, after=6), esc=False),
          HLine(W, 0.4, colors.HexColor("#CCCCCC")),
          P("Forside › Tema › Kompetanse og utdanning › Artikler", S("bc", size=8, color=GREY, before=4, after=8)),
          P("Slik følger NHO opp kompetansestrategien", S("h1", size=20, bold=True, leading=24, after=4)),
          P("Publisert 13.01.2026 · Oppdatert 14.01.2026", S("d", size=8, color=GREY, after=6)),
          P("NHO rapporterer hvert år til Kompetansepolitisk råd om hvordan vi følger opp Nasjonal kompetansepolitisk "
            "strategi. Her er tiltakene for 2025. Klikk på et tiltak for å lese mer.", S("lead", size=13, leading=17.5, after=10)),
          P("Om strategien", S("h2", size=14, bold=True, before=4, after=4)),
          P("Nasjonal kompetansepolitisk strategi ble underskrevet av regjeringen og partene i arbeidslivet i 2017. Målet er "
            "at alle skal ha mulighet til å lære hele livet, og at arbeidslivet får den kompetansen det trenger. Strategien "
            "følges opp av Kompetansepolitisk råd, der NHO er medlem.", body),
          P("Våre tiltak 2025", S("h2b", size=14, bold=True, before=4, after=4))]
    chip = S("chip", size=8.5, leading=10.5, color=colors.HexColor("#003366"))
    for m in f["measures"]:
        bar = Table([[P("−", S("mk", size=13, bold=True)), P(m["title"], S("ti", size=12.5, bold=True, leading=15))]],
                    colWidths=[0.7 * cm, W - 0.7 * cm])
        bar.setStyle(tstyle(("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EEEEEE")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)))
        chips = ["Delmål " + og(m["dm"]), m["tp"], m["resp"], "Med: " + ", ".join(m["partners"]), m["period"]]
        cw = [2.6, 2.9, 2.6, W / cm - 2.6 - 2.9 - 2.6 - 2.3, 2.3]
        ct = Table([[P(x, chip) for x in chips]], colWidths=[x * cm for x in cw])
        ct.setStyle(tstyle(("BOX", (0, 0), (0, 0), 0.5, colors.HexColor("#7FA7CC")), ("BOX", (1, 0), (1, 0), 0.5, colors.HexColor("#7FA7CC")),
                           ("BOX", (2, 0), (2, 0), 0.5, colors.HexColor("#7FA7CC")), ("BOX", (3, 0), (3, 0), 0.5, colors.HexColor("#7FA7CC")),
                           ("BOX", (4, 0), (4, 0), 0.5, colors.HexColor("#7FA7CC")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F2F7FC"))))
        st += [Spacer(1, 4), bar, Spacer(1, 4), ct, Spacer(1, 4), P(m["desc"], body)]
    st.append(P("Les også", S("lo", size=12, bold=True, before=10, after=4)))
    for s in ("NHO: – Vi trenger flere fagarbeidere", "Kompetansebarometeret 2025: Dette mangler bedriftene",
              "Ny rapport om læreplasser i industrien"):
        st.append(P("› " + s, S("li", size=10, color=colors.HexColor("#00539F"), after=2)))
    nb = Table([[P("<b>Meld deg på NHOs nyhetsbrev om kompetanse</b><br/>Få siste nytt om utdanning, fagopplæring og "
                   "kompetansepolitikk rett i innboksen.", S("nb", size=9.5, leading=12.5), esc=False)]], colWidths=[W])
    nb.setStyle(tstyle(("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#E8F0F8")), ("TOPPADDING", (0, 0), (-1, -1), 8),
                       ("BOTTOMPADDING", (0, 0), (-1, -1), 8)))
    st += [Spacer(1, 10), nb, Spacer(1, 10),
           P("Vi bruker informasjonskapsler (cookies) for å gi deg en bedre opplevelse av nho.no. Godta alle · Innstillinger",
             S("ck", size=8, color=GREY))]

    def deco(c, page, total):
        c.setFont("Sans", 7.5)
        c.setFillColor(colors.black)
        c.drawString(1.2 * cm, A4[1] - 0.8 * cm, "14.01.2026, 10:22")
        c.drawCentredString(A4[0] / 2, A4[1] - 0.8 * cm, "Slik følger NHO opp kompetansestrategien | NHO")
        c.drawString(1.2 * cm, 0.7 * cm, "https://www.nho.no/tema/kompetanse/artikler/slik-folger-nho-opp-kompetansestrategien/")
        c.drawRightString(A4[0] - 1.2 * cm, 0.7 * cm, "%d/%d" % (page, total))
    build(path, st, deco, margins=(1.8 * cm, 1.8 * cm, 1.6 * cm, 1.6 * cm),
          title="Slik følger NHO opp kompetansestrategien | NHO", author="")


RENDER = {
    "2017_Regjeringen_oppfolging.pdf": reg_2017,
    "2018_NHO_rapport.pdf": nho_2018,
    "2019_Virke_rapport.pdf": virke_2019,
    "2020_LO_rapport.pdf": lo_2020,
    "2020_Spekter_rapport.pdf": spekter_2020,
    "2021_Unio_arsberetning.pdf": unio_2021,
    "2022_KS_rapport.pdf": ks_2022,
    "2023_Regjeringen_oppfolging.pdf": reg_2023,
    "2023_Vestland_arsmelding.pdf": vestland_2023,
    "2024_HKdir_rapport.pdf": hkdir_2024,
    "2025_NHO_nettside.pdf": nho_2025,
}
