# -*- coding: utf-8 -*-
"""PDF renderers, part 2 (F12, F15, F16, F17, F18)."""
from reportlab.platypus import Flowable

from pdf_kit import (A4, landscape, cm, colors, TA_CENTER, TA_RIGHT, S, P, PX, e, build, grid_style, Table,
                     TableStyle, Spacer, PageBreak, KeepTogether, CondPageBreak)
from common import join_og, codes_og, AREAS

GREY = colors.HexColor("#595959")


# ---------------------------------------------------------------- F12 LO 2021 Outlook print
def r_lo_mail(f, path):
    def hf(c, n, tot):
        c.setFont("Sans", 8)
        c.setFillColor(colors.black)
        c.drawCentredString(A4[0] / 2, 1.0 * cm, str(n))

    ex = f["extra"]
    body = S("b", "Sans", 10.5, after=6)
    st = [P("Tor Arne Bakken", S("n", "Sans", 15, bold=True, after=2))]
    rule = Table([[""]], colWidths=[17 * cm], rowHeights=[3])
    rule.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.black)]))
    st += [rule, Spacer(1, 6)]
    g = Table([[P(k + ":", S("k", "Sans", 10, bold=True)), P(v, S("v", "Sans", 10))] for k, v in ex["mailhead"]],
              colWidths=[2.6 * cm, 14.4 * cm])
    g.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    st += [g, Spacer(1, 14), P("Hei!", body),
           P("Her er LOs tiltak for 2021, satt opp slik dere ba om i e-posten nedenfor. Vi har også lagt ved vårt "
             "kompetansepolitiske notat, men det er listen her som er rapporteringen.", body)]
    for i, m in enumerate(f["measures"], 1):
        tail = "delmål %s; %s; %s%s; %s" % (codes_og(m["dm"]), m["tp"], m["resp"],
                                            (", med " + join_og(m["partners"])) if m["partners"] else "",
                                            m["period"])
        st.append(PX("%d. <b>%s</b> – %s (%s)" % (i, e(m["title"]), e(m["desc"]), e(tail)),
                     S("l%d" % i, "Sans", 10.5, left=0.6 * cm, first=-0.6 * cm, after=5)))
    st += [Spacer(1, 6), P("Med hilsen", S("g", "Sans", 10.5, after=0)), P("Tor Arne Bakken", S("g2", "Sans", 10.5,
                                                                                             after=0)),
           P("Rådgiver, Samfunnspolitisk avdeling", S("g3", "Sans", 9.5, color=GREY, after=0)),
           P("LO – Landsorganisasjonen i Norge | Mobil 900 12 345", S("g4", "Sans", 9.5, color=GREY, after=12))]
    q = S("q", "Sans", 10, after=4)
    st += [P("-----Opprinnelig melding-----", q),
           P("Fra: Sekretariatet Kompetansepolitisk råd <kpr@hkdir.no>", S("q1", "Sans", 10, after=0)),
           P("Sendt: mandag 1. november 2021 09:02", S("q2", "Sans", 10, after=0)),
           P("Til: Rådsmedlemmene", S("q3", "Sans", 10, after=0)),
           P("Emne: Rapportering til Kompetansepolitisk råd 2021", S("q4", "Sans", 10, after=8)),
           P("Hei,", q),
           P("Vi ber om at rådsmedlemmene sender inn rapportering for 2021 innen 1. desember. Skriv ett tiltak per "
             "punkt, med navn og en kort beskrivelse, og oppgi i parentes: delmål; type tiltak; ansvarlig, med "
             "samarbeidspartnere; periode. Ta med tiltak som videreføres, også om de er rapportert før.", q),
           P("Til orientering – dette rapporterte LO for 2020:", q)]
    for k, tl in enumerate(ex["lastyear"], 1):
        st.append(P("%d. %s" % (k, tl), S("ly%d" % k, "Sans", 10, left=0.6 * cm, after=1)))
    st += [Spacer(1, 6),
           P("Vennlig hilsen", S("q5", "Sans", 10, after=0)), P("Sekretariatet for Kompetansepolitisk råd", q)]
    build(path, st, hf, margins=(2 * cm, 2 * cm, 1.6 * cm, 1.6 * cm), title="SV: Rapportering til "
          "Kompetansepolitisk råd 2021", author="Tor Arne Bakken")


# ---------------------------------------------------------------- F15 Vestland 2022 status export (nynorsk)
def r_vestland_2022(f, path):
    blue = colors.HexColor("#00334E")

    def hf(c, n, tot):
        c.setFont("Sans", 7.5)
        c.setFillColor(GREY)
        c.drawString(2 * cm, A4[1] - 1.1 * cm, "Utskrive 03.10.2022 09:14 av kari.lunde")
        c.drawRightString(A4[0] - 2 * cm, A4[1] - 1.1 * cm, "Vestland fylkeskommune – styringssystem")
        c.drawRightString(A4[0] - 2 * cm, 1.1 * cm, "Side %d av %d" % (n, tot))

    ex = f["extra"]
    body = S("b", "Sans", 9.5, after=4)
    lab = S("lab", "Sans", 8.5, bold=True, color=GREY)
    val = S("val", "Sans", 8.5)
    sub = S("sub", "Sans", 9, bold=True, color=blue, before=4, after=1)
    st = [P("Handlingsprogram for kompetanse og arbeidskraft – statusrapport", S("t", "Sans", 15, bold=True,
                                                                                color=blue, after=2)),
          P("Rapportering til Kompetansepolitisk råd 2022", S("t2", "Sans", 11, after=6)),
          P("Filter: Merknad = NKPS · Eining = Avdeling for innovasjon og næringsutvikling · Periode = 2022",
            S("fi", "Sans", 8, italic=True, color=GREY, after=8)),
          P("Utskrifta viser tiltaka i handlingsprogrammet som fylkeskommunen rapporterer til Kompetansepolitisk råd. "
            "Nummera framfor tiltaka er handlingsprogrammet sine eigne. Tiltak med status «Utgår» er ikkje rapporterte.",
            body)]

    def block(sysid, title, grid, skildring, kommentar):
        bar = Table([[P("%s  %s" % (sysid, title), S("bar", "Sans", 10.5, bold=True, color=colors.white))]],
                    colWidths=[17 * cm])
        bar.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), blue)]))
        def cellv(k, v):
            if k == "Status":  # the status symbol is drawn with DejaVu (not in Liberation Sans)
                s_, rest = v.split(" ", 1)
                return PX('<font name="DejaVu">%s</font> %s' % (s_, e(rest)), val)
            return P(v, val)
        g = Table([[P(k, lab), cellv(k, v)] for k, v in grid], colWidths=[3.6 * cm, 13.4 * cm])
        g.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#CCCCCC")),
                               ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return KeepTogether([bar, g, P("Skildring", sub), P(skildring, body), P("Kommentar 2. tertial", sub),
                             P(kommentar, S("k", "Sans", 9, italic=True, after=12))])

    sym = {"I rute": "● I rute", "Gjennomført": "✔ Gjennomført", "Forseinka": "▲ Forseinka"}
    order = ["1.1.1", "1.1.2", "1.3.2", "1.3.3", "2.1.1", "2.2.4", "2.2.5"]
    by = {m["sysid"]: m for m in f["measures"]}
    for sid in order:
        if sid in by:
            m = by[sid]
            grid = [("Status", sym[m["status"]]), ("Ansvarleg eining", m["resp"]), ("Partnarar", ", ".join(m["partners"])),
                    ("Periode", m["period"]), ("Tiltakstype", m["tp"]),
                    ("Kopling til NKPS", "; ".join(ex["nkps_nn"][c] for c in m["dm"]))]
            st.append(block(sid, m["title"], grid, m["desc"], m["komm"]))
        else:
            dr = ex["dropped"]
            grid = [("Status", "✖ " + dr["status"]), ("Ansvarleg eining", dr["resp"]), ("Partnarar", dr["partners"]),
                    ("Periode", dr["period"]), ("Tiltakstype", dr["tp"]), ("Kopling til NKPS", ex["nkps_nn"][dr["dm"]])]
            st.append(block(dr["sysid"], dr["title"], grid, dr["text"], "Ingen aktivitet i 2022."))
    st.append(P("Samandrag status", S("ss", "Sans", 11, bold=True, color=blue, before=6, after=4)))
    cnt = {}
    for m in f["measures"]:
        cnt[m["status"]] = cnt.get(m["status"], 0) + 1
    rows = [["Status", "Tal på tiltak"]] + [[k, str(v)] for k, v in cnt.items()] + [["Utgår", "1"],
                                                                                      ["Sum", str(len(f["measures"]) + 1)]]
    t = Table(rows, colWidths=[6 * cm, 3 * cm])
    t.setStyle(grid_style(colors.HexColor("#D6E4EC"), size=9))
    st.append(t)
    build(path, st, hf, margins=(2 * cm, 2 * cm, 1.8 * cm, 1.8 * cm), title="Statusrapport 2022",
          author="Vestland fylkeskommune")


# ---------------------------------------------------------------- F16 Spekter 2023 kicker + pipe line
def r_spekter_2023(f, path):
    teal = colors.HexColor("#00677F")

    def hf(c, n, tot):
        c.setFont("Sans-Bold", 13)
        c.setFillColor(teal)
        c.drawString(2.2 * cm, A4[1] - 1.5 * cm, "SPEKTER")
        c.setFont("Sans", 7.5)
        c.drawString(2.2 * cm, A4[1] - 1.85 * cm, "Arbeidsgiverforeningen")
        c.setFillColor(GREY)
        c.drawString(2.2 * cm, 1.2 * cm, "Spekter · Postboks 7004 Majorstuen · 0306 Oslo · spekter.no")
        c.drawRightString(A4[0] - 2.2 * cm, 1.2 * cm, "%d / %d" % (n, tot))

    body = S("b", "Serif", 10.5, after=4)
    st = [P("Rapportering til Kompetansepolitisk råd 2023", S("t", "Sans", 18, bold=True, color=teal, after=8)),
          P("Sammendrag", S("h", "Sans", 12.5, bold=True, after=4)),
          P("Spekter rapporterer seks tiltak for 2023. Fire av dem er videreført fra tidligere år. Over hvert tiltak "
            "står hva slags tiltak det er; under omtalen står delmål, ansvar, samarbeidspartnere og tidspunkt.", body)]
    cnt = [["Type tiltak", "Antall"], ["Arrangement", "2"], ["Nettverk", "1"], ["Råd og utvalg", "2"],
           ["Avtale", "1"], ["Sum", "6"]]
    t = Table(cnt, colWidths=[5 * cm, 2 * cm])
    t.setStyle(grid_style(colors.HexColor("#D9E8EC"), size=9))
    st += [Spacer(1, 4), t, Spacer(1, 10), P("Tiltakene", S("h2", "Sans", 12.5, bold=True, after=6))]
    kick = S("k", "Sans", 8, bold=True, color=colors.HexColor("#C0504D"), after=0)
    ttl = S("tt", "Sans", 13, bold=True, color=teal, after=4)
    pipe = S("p", "Sans", 8.5, color=GREY, after=14)
    for m in f["measures"]:
        fl = "Delmål: %s | Ansvar: %s | I samarbeid med: %s | Tidspunkt: %s" % (
            ", ".join(m["dm"]), m["resp"], ", ".join(m["partners"]), m["period"])
        st.append(KeepTogether([P(m["tp"], kick), P(m["title"], ttl), P(m["desc"], body), P(fl, pipe)]))
    st.append(P("Møter Spekter har deltatt i", S("h3", "Sans", 12.5, bold=True, after=4)))
    rows = [["Dato", "Møte"]] + [list(r) for r in f["extra"]["meetings"]]
    t = Table(rows, colWidths=[3 * cm, 11 * cm])
    t.setStyle(grid_style(colors.HexColor("#D9E8EC"), size=9))
    st.append(t)
    build(path, st, hf, margins=(2.2 * cm, 2.2 * cm, 2.6 * cm, 2 * cm), title="Spekter 2023", author="Spekter")


# ---------------------------------------------------------------- F17 KS 2023 landscape table
def r_ks_2023(f, path):
    blue = colors.HexColor("#00558C")
    ps = landscape(A4)

    def hf(c, n, tot):
        c.setFont("Sans-Bold", 13)
        c.setFillColor(blue)
        c.drawString(1.8 * cm, ps[1] - 1.3 * cm, "KS")
        c.setFont("Sans", 8)
        c.drawString(2.8 * cm, ps[1] - 1.3 * cm, "Rapportering NKPS 2023")
        c.setFillColor(colors.black)
        c.drawString(1.8 * cm, 1.0 * cm, "30.11.2023")
        c.drawRightString(ps[0] - 1.8 * cm, 1.0 * cm, "Side %d" % n)

    body = S("b", "Sans", 10, after=6)
    cs = S("cs", "Sans", 8, leading=10, after=0)
    csb = S("csb", "Sans", 8, leading=10, after=0, bold=True)
    st = [P("KS' rapportering til Kompetansepolitisk råd 2023", S("t", "Sans", 16, bold=True, color=blue, after=6)),
          P("Tabellen viser tiltakene KS eier eller deltar i. Hovedmålet er det delmålet i strategien tiltaket "
            "først og fremst følger opp; andre delmål står i egen kolonne.", body)]
    hdr = ["Tiltak", "Hovedmål", "Andre mål", "Beskrivelse", "Kategori", "Eier", "Med", "Tidsrom"]
    rows = [[P(x, csb) for x in hdr]]
    ms = f["measures"]
    for m in ms:
        other = ", ".join(c for c in m["dm"] if c != m["main"])
        title = e(m["title"]) + ("<super>%d</super>" % m["fn"] if m.get("fn") else "")
        rows.append([PX("<b>%s</b>" % title, csb), P(m["main"], cs), P(other, cs), P(m["desc"], cs),
                     P(m["tp"], cs), P(m["resp"], cs), P(", ".join(m["partners"]), cs), P(m["period"], cs)])
    # Eier 'KS' merged over the first four rows (all KS-owned)
    nks = 0
    for m in ms:
        if m["resp"] != "KS":
            break
        nks += 1
    for r in range(2, nks + 1):
        rows[r][5] = ""
    style = grid_style(colors.HexColor("#D4E3EE"), size=8)
    style.add("SPAN", (5, 1), (5, nks))
    style.add("VALIGN", (5, 1), (5, nks), "MIDDLE")
    t = Table(rows, colWidths=[4.4 * cm, 1.6 * cm, 1.6 * cm, 7.6 * cm, 2.0 * cm, 1.8 * cm, 3.8 * cm, 2.6 * cm],
              repeatRows=1)
    t.setStyle(style)
    st.append(t)
    for n, txt in sorted(f["extra"]["footnotes"].items()):
        st.append(PX("<super>%d</super> %s" % (n, e(txt)), S("fn%d" % n, "Sans", 7.5, after=1)))
    st.append(Spacer(1, 10))
    st.append(P("Planlagt – ikke startet", S("h", "Sans", 11, bold=True, color=blue, after=4)))
    rows = [["Tiltak", "Status"]] + [list(r) for r in f["extra"]["planned"]]
    t = Table(rows, colWidths=[10 * cm, 5 * cm])
    t.setStyle(grid_style(colors.HexColor("#EEEEEE"), size=9))
    st.append(t)
    build(path, st, hf, pagesize=ps, margins=(1.8 * cm, 1.8 * cm, 1.9 * cm, 1.6 * cm), title="KS NKPS 2023",
          author="KS")


# ---------------------------------------------------------------- F18 HK-dir 2024
class ChapterMark(Flowable):
    def __init__(self, name):
        Flowable.__init__(self)
        self.name = name
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        c = self.canv
        pg = c.getPageNumber()
        if c.__dict__.get("_chpage") != pg:  # like STYLEREF: the first chapter heading on the page
            c._chapter = self.name
            c._chpage = pg
        c._last = self.name


def r_hkdir_2024(f, path):
    purple = colors.HexColor("#3B2B6D")

    def hf(c, n, tot):
        if n == 1:
            return
        c.setFont("Sans", 8)
        c.setFillColor(purple)
        ch = c.__dict__.get("_chapter", "") if c.__dict__.get("_chpage") == n else c.__dict__.get("_last", "")
        c.drawString(2.2 * cm, A4[1] - 1.3 * cm, ch)
        c.drawRightString(A4[0] - 2.2 * cm, 1.2 * cm, "HK-dir · Rapport 7/2024 · side %d" % n)

    body = S("b", "Serif", 10.5, after=10)
    h1 = S("h1", "Sans", 16, bold=True, color=purple, after=8)
    ttl = S("tt", "Sans", 11.5, bold=True, after=3)
    gl = S("gl", "Sans", 8.5, leading=10.5, after=0)
    chapters = ["1 Innledning", "2 Gode valg for den enkelte og for samfunnet", "3 Læring i arbeidslivet",
                "4 Voksne med svak tilknytning til arbeidslivet", "5 Oppdrag som ikke rapporteres som NKPS-tiltak"]
    st = [Spacer(1, 5 * cm), P("RAPPORT 7/2024", S("r", "Sans", 11, bold=True, color=purple, after=10)),
          P("Oppfølging av Nasjonal kompetansepolitisk strategi", S("ct", "Sans", 24, bold=True, leading=28,
                                                                    after=10)),
          P("Rapportering til Kompetansepolitisk råd 2024", S("cs", "Sans", 14, after=40)),
          P("Direktoratet for høyere utdanning og kompetanse (HK-dir)", S("cd", "Sans", 10, after=2)),
          P("November 2024", S("cd2", "Sans", 10)), PageBreak(),
          ChapterMark("Innhold"), P("Innhold", h1)]
    for i, ch in enumerate(chapters):
        st.append(P("%s ..................................................... %d" % (ch, [3, 3, 3, 4, 4][i]),
                    S("toc%d" % i, "Sans", 10.5, after=4)))
    st += [PageBreak(), ChapterMark(chapters[0]), P(chapters[0], h1),
           P("HK-dir rapporterer hvert år til Kompetansepolitisk råd om direktoratets tiltak som følger opp Nasjonal "
             "kompetansepolitisk strategi. Tiltakene er ordnet etter strategiens tre hovedinnsatsområder. For hvert "
             "tiltak står delmål, type, periode, ansvar og samarbeidspartnere i en liten tabell før omtalen.", body),
           P("Tabell 2 Tiltak per delmål", S("tb", "Sans", 9.5, bold=True, after=3))]
    from collections import Counter
    cnt = Counter(c for m in f["measures"] for c in m["dm"])
    rows = [["Delmål", "Antall tiltak"]] + [[c, str(n)] for c, n in sorted(cnt.items())] + \
        [["Sum (tiltak kan telle under flere delmål)", str(sum(cnt.values()))]]
    t = Table(rows, colWidths=[9 * cm, 3 * cm])
    t.setStyle(grid_style(colors.HexColor("#E4DFF0"), size=9))
    st += [t, Spacer(1, 10)]
    for ch_i, ch in (("1", chapters[1]), ("2", chapters[2]), ("3", chapters[3])):
        st += [CondPageBreak(6 * cm), ChapterMark(ch), P(ch, h1)]
        for m in [m for m in f["measures"] if m["ch"] == ch_i]:
            g = Table([[PX("<b>Delmål</b> %s" % e(", ".join(m["dm"])), gl), PX("<b>Type</b> %s" % e(m["tp"]), gl),
                        PX("<b>Periode</b> %s" % e(m["period"]), gl)],
                       [PX("<b>Ansvar</b> %s" % e(m["resp"]), gl),
                        PX("<b>Samarbeid</b> %s" % e(", ".join(m["partners"])), gl), ""]],
                      colWidths=[5.5 * cm, 5.5 * cm, 5.6 * cm])
            g.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F1EEF7")),
                                   ("SPAN", (1, 1), (2, 1)), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            if m["id"] == "T09":
                st += [P(m["title"], ttl), g, PageBreak(), P(m["desc"], body)]
            else:
                st.append(KeepTogether([P(m["title"], ttl), g, Spacer(1, 4), P(m["desc"], body)]))
    st += [CondPageBreak(5 * cm), ChapterMark(chapters[4]), P(chapters[4], h1),
           P("HK-dir har også andre oppdrag som berører kompetansepolitikken, men som ikke rapporteres som tiltak i "
             "oppfølgingen av strategien:", body)]
    for o in f["extra"]["other"]:
        st.append(P("• " + o, S("o", "Serif", 10.5, left=0.5 * cm, after=2)))
    build(path, st, hf, margins=(2.2 * cm, 2.2 * cm, 2.2 * cm, 2 * cm), title="Rapport 7/2024", author="HK-dir")


TABLE = {
    "2021_LO_epost.pdf": r_lo_mail,
    "2022_Vestland_statusrapport_nn.pdf": r_vestland_2022,
    "2023_Spekter_rapport.pdf": r_spekter_2023,
    "2023_KS_rapport.pdf": r_ks_2023,
    "2024_HKdir_rapport.pdf": r_hkdir_2024,
}
