# -*- coding: utf-8 -*-
"""PDF renderers: Virke 2019 (receipt), KS 2020 (sunburst), VOFO 2020 (plain-text mail with grid table)."""
import math
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.pdfgen import canvas
from pdf_common import register, split, draw_lines, para, wrapc, partners_str
from batch_data_common import AREAS

W, H = A4


# ---------------------------------------------------------------- 7 Virke 2019 receipt
def virke2019(f, path):
    register()
    n = 42
    L = []
    def ctr(t): L.append(("c", t))
    def row(t): L.append(("l", t))
    def lr(a, b): L.append(("l", a + " " * max(1, n - len(a) - len(b)) + b))
    rule = "-" * n
    ctr("V I R K E"); ctr("Hovedorganisasjonen Virke"); ctr("Kompetanse og arbeidsliv"); row(rule)
    ctr("KVITTERING – KOMPETANSEÅRET 2019"); ctr("Rapport til Kompetansepolitisk råd")
    lr("Dato: 15.11.2019", "Kasse: NKPS-1"); lr("Kvitt.nr: 2019-0042", "Betjent av: KOMP"); row(rule)
    lr("VARE", "DM   KODE"); row(rule)
    for m in f["measures"]:
        for ln in wrapc(m["title"], n - 2):
            row(ln)
        lr("", "+".join(m["delmal"]) + "   " + m["tp"])
        for lab, val in [("Ansv.", m["resp"]), ("Med", partners_str(m)), ("Periode", m["period"])]:
            for k, ln in enumerate(wrapc(f"{lab}: {val}", n - 4)):
                row(("    " if k == 0 else "      ") + ln)
        for k, ln in enumerate(wrapc(m["desc"], n - 6)):
            row(("    » " if k == 0 else "      ") + ln)
        row(rule)
    row("=" * n)
    lr("ANTALL TILTAK", str(len(f["measures"])))
    lr("  herav FOU", str(sum(m["tp"] == "FOU" for m in f["measures"])))
    lr("  herav RÅD/UTV", str(sum(m["tp"] == "RÅD/UTV" for m in f["measures"])))
    lr("MVA 0 %", "0,00"); lr("TOTALT ENGASJEMENT", "UBEGRENSET"); row("=" * n)
    lr("Betalt med:", "SAMARBEID"); row("")
    ctr("Takk for handelen!"); ctr("Åpent hele året – også i 2020"); ctr("Bytterett: ingen – tiltakene er i bruk")
    ctr("Spar kvitteringen")
    size, lead = 8, 10.2
    pw = 232; ph = 40 + lead * len(L) + 60
    c = canvas.Canvas(path, pagesize=(pw, ph))
    c.setTitle("Virke – kompetansekvittering 2019"); c.setAuthor("Virke")
    c.setFillColor(colors.HexColor("#fbfaf5")); c.rect(0, 0, pw, ph, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#222222"))
    y = ph - 30
    for kind, t in L:
        c.setFont("DVMB" if t.isupper() and kind == "c" else "DVM", size)
        if kind == "c":
            c.drawCentredString(pw / 2, y, t)
        else:
            c.drawString(10, y, t)
        y -= lead
    # barcode
    x = 30
    for i in range(60):
        wbar = 1 + (i * 7 % 3)
        if (i * 13) % 5 != 0:
            c.rect(x, 14, wbar * 0.8, 30, stroke=0, fill=1)
        x += wbar * 1.45
    c.showPage(); c.save()


# ---------------------------------------------------------------- 9 KS 2020 sunburst
PAL = {"1": colors.HexColor("#2e6f95"), "2": colors.HexColor("#d98e04"), "3": colors.HexColor("#9aa5b1")}


def _wedge(c, cx, cy, r, a0, ext, fill):
    c.setFillColor(fill); c.setStrokeColor(colors.white); c.setLineWidth(1.5)
    c.wedge(cx - r, cy - r, cx + r, cy + r, a0, ext, stroke=1, fill=1)


def _lab(c, cx, cy, r, ang, txt, font, size, col):
    a = math.radians(ang)
    c.setFillColor(col); c.setFont(font, size)
    c.drawCentredString(cx + r * math.cos(a), cy + r * math.sin(a) - size / 3, txt)


def ks2020(f, path):
    register()
    ms = f["measures"]
    num = {m["title"]: i for i, m in enumerate(ms, 1)}
    outer = []  # (delmal, number)
    for d in sorted({d for m in ms for d in m["delmal"]}):
        for m in ms:
            if d in m["delmal"]:
                outer.append((d, num[m["title"]]))
    seg = 330.0 / len(outer)
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("KS – Tiltakshjulet 2020"); c.setAuthor("KS")
    c.setFillColor(colors.HexColor("#1d3a5f")); c.setFont("DVB", 20)
    c.drawString(50, H - 70, "Tiltakshjulet 2020")
    c.setFont("DV", 11); c.setFillColor(colors.black)
    c.drawString(50, H - 90, "KS' oppfølging av Nasjonal kompetansepolitisk strategi")
    cx, cy = W / 2, H / 2 + 20
    # angles: start at 90 going clockwise -> use negative extents
    start = 90.0
    pos = []
    a = start
    for d, k in outer:
        pos.append((d, k, a, -seg)); a -= seg
    area3 = (a, -30.0)
    # outer ring
    for d, k, a0, ext in pos:
        _wedge(c, cx, cy, 215, a0, ext, PAL[d[0]].clone(alpha=0.55) if hasattr(PAL[d[0]], "clone") else PAL[d[0]])
    _wedge(c, cx, cy, 215, area3[0], area3[1], colors.HexColor("#e6e9ec"))
    # middle ring (delmål)
    groups = []
    for d, k, a0, ext in pos:
        if groups and groups[-1][0] == d:
            groups[-1][2] += ext
        else:
            groups.append([d, a0, ext])
    for d, a0, ext in groups:
        _wedge(c, cx, cy, 150, a0, ext, PAL[d[0]])
    _wedge(c, cx, cy, 150, area3[0], area3[1], colors.HexColor("#cfd5db"))
    # inner ring (areas)
    areas = []
    for d, a0, ext in groups:
        if areas and areas[-1][0] == d[0]:
            areas[-1][2] += ext
        else:
            areas.append([d[0], a0, ext])
    areas.append(["3", area3[0], area3[1]])
    for ar, a0, ext in areas:
        _wedge(c, cx, cy, 90, a0, ext, colors.HexColor("#1d3a5f") if ar != "3" else colors.HexColor("#8d99a6"))
    c.setFillColor(colors.white); c.circle(cx, cy, 40, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#1d3a5f")); c.setFont("DVB", 10); c.drawCentredString(cx, cy - 4, "KS 2020")
    for ar, a0, ext in areas:
        _lab(c, cx, cy, 66, a0 + ext / 2, ar, "DVB", 13, colors.white)
    for d, a0, ext in groups:
        _lab(c, cx, cy, 120, a0 + ext / 2, d, "DVB", 11, colors.white)
    for d, k, a0, ext in pos:
        am = math.radians(a0 + ext / 2)
        px, py = cx + 183 * math.cos(am), cy + 183 * math.sin(am)
        c.setFillColor(colors.white); c.setStrokeColor(colors.HexColor("#1d3a5f")); c.circle(px, py, 11, stroke=1, fill=1)
        c.setFillColor(colors.HexColor("#1d3a5f")); c.setFont("DVB", 10); c.drawCentredString(px, py - 3.5, str(k))
    _lab(c, cx, cy, 183, area3[0] + area3[1] / 2, "–", "DVB", 10, colors.HexColor("#55606b"))
    y = cy - 250
    c.setFillColor(colors.black); c.setFont("DVB", 9.5); c.drawString(50, y, "Slik leser du hjulet"); y -= 13
    for t in ["Innerst: hovedinnsatsområde (" + "; ".join(f"{k} {v}" for k, v in AREAS.items()) + ").",
              "I midten: delmål i strategien. Ytterst: KS' tiltak, nummerert som i nøkkelen på neste side.",
              "Et tiltak som gjelder flere delmål, står med samme nummer i hvert av feltene. KS har ingen tiltak under område 3 i 2020."]:
        y = para(c, 50, y, t, "DV", 8.5, W - 100, 11) - 2
    c.setFont("DV", 7); c.setFillColor(colors.grey); c.drawString(50, 30, "KS · Kommunesektorens organisasjon · 2020 · side 1")
    c.showPage()
    # key page
    c.setFillColor(colors.HexColor("#1d3a5f")); c.setFont("DVB", 15); c.drawString(50, H - 60, "Nøkkel til hjulet")
    y = H - 90
    for i, m in enumerate(ms, 1):
        c.setFillColor(colors.HexColor("#1d3a5f")); c.circle(60, y + 3.5, 9, stroke=0, fill=1)
        c.setFillColor(colors.white); c.setFont("DVB", 9.5); c.drawCentredString(60, y, str(i))
        c.setFillColor(colors.black)
        y = para(c, 78, y, m["title"], "DVB", 10.5, W - 130, 13)
        y = para(c, 78, y, f"{m['tp']} · Ansvarlig: {m['resp']} · Med: {partners_str(m)} · {m['period']}", "DV", 8.5, W - 130, 11,
                 colors.HexColor("#2e6f95"))
        y = para(c, 78, y, m["desc"], "DV", 9, W - 130, 11.5, colors.black) - 12
    c.setFillColor(colors.HexColor("#f1f3f5")); c.rect(50, y - 60, W - 100, 55, stroke=0, fill=1)
    c.setFillColor(colors.black); c.setFont("DVB", 9); c.drawString(60, y - 20, "Kommunesektoren i tall")
    c.setFont("DV", 8.5); c.drawString(60, y - 34, "356 kommuner · 11 fylkeskommuner · om lag 500 000 ansatte · 4 200 lærlinger tatt inn høsten 2020")
    c.setFont("DV", 7); c.setFillColor(colors.grey); c.drawString(50, 30, "KS · Kommunesektorens organisasjon · 2020 · side 2")
    c.showPage(); c.save()


# ---------------------------------------------------------------- 11 VOFO 2020 plain-text mail
def _grid(headers, rows, widths):
    def sep(ch="-"):
        return "+" + "+".join(ch * (w + 2) for w in widths) + "+"
    out = [sep(), "| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths)) + " |", sep("=")]
    for r in rows:
        cols = [wrapc(v, w) for v, w in zip(r, widths)]
        hgt = max(len(x) for x in cols)
        for i in range(hgt):
            out.append("| " + " | ".join((x[i] if i < len(x) else "").ljust(w) for x, w in zip(cols, widths)) + " |")
        out.append(sep())
    return out


def vofo2020(f, path):
    register()
    ms = f["measures"]
    L = ["Fra:    Kari Fjell <kari.fjell@vofo.example>",
         "Til:    postmottak@kompetansenorge.example",
         "Dato:   onsdag 28. oktober 2020 14:02",
         "Emne:   SV: Rapportering til Kompetansepolitisk råd 2020 - frist 1. november",
         "", "Hei!", "",
         *wrapc("Her kommer VOFOs rapportering for 2020. Vi sender den som ren tekst fordi vedlegg ikke går "
                "gjennom fra webmailen vår i dag. Tabellen har de fem tiltakene våre; kort omtale av hvert tiltak "
                "står under tabellen, nummerert likt.", 96), ""]
    rows = [[str(i), m["title"], ", ".join(m["delmal"]), m["tp"], m["resp"], partners_str(m), m["period"]] for i, m in enumerate(ms, 1)]
    L += _grid(["Nr", "Tiltak", "Delmål", "Type", "Ansvar", "Samarbeid", "Periode"], rows, [2, 27, 8, 11, 6, 17, 9])
    L += ["", "Kort om tiltakene:", ""]
    for i, m in enumerate(ms, 1):
        for k, ln in enumerate(wrapc(m["desc"], 90)):
            L.append((f"{i}) " if k == 0 else "   ") + ln)
        L.append("")
    L += ["Si fra hvis noe mangler!", "", "Hilsen Kari", "", "-- ", "Kari Fjell", "rådgiver | VOFO - Voksenopplæringsforbundet",
          "tlf. 22 00 00 00 | vofo.example", ""]
    q = ["-----Opprinnelig melding-----", "Fra: Kompetanse Norge <postmottak@kompetansenorge.example>",
         "Sendt: 1. oktober 2020 09:15", "Emne: Rapportering til Kompetansepolitisk råd 2020 - frist 1. november", "",
         *wrapc("Vi ber medlemmene av Kompetansepolitisk råd rapportere tiltak for 2020. Oppgi for hvert tiltak navn, delmål "
                "i strategien, type, ansvarlig, samarbeidspartnere og periode, og gi en kort omtale. Eksempel på utfylling:", 90),
         "", "| Eksempel: Kurs i kompetanseplanlegging | 2.2 | Kurs | Org. X | Org. Y | 2020 |", "",
         "Med vennlig hilsen", "Kompetanse Norge"]
    L += ["> " + x if x else ">" for x in q]
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("SV: Rapportering til Kompetansepolitisk råd 2020"); c.setAuthor("VOFO")
    size, lead = 7.6, 9.6
    y, page = H - 50, 1
    def foot():
        c.setFont("DVM", 7); c.setFillColor(colors.grey)
        c.drawString(40, 25, f"https://webmail.vofo.example/?_task=mail&_action=print  –  side {page}")
        c.setFillColor(colors.black)
    for ln in L:
        if y < 50:
            foot(); c.showPage(); y = H - 50; page += 1
        c.setFont("DVM", size); c.drawString(40, y, ln); y -= lead
    foot(); c.showPage(); c.save()
