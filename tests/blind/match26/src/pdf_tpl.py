# -*- coding: utf-8 -*-
"""reportlab templates.  Each function writes the PDF and returns the measures in printed order."""
import math
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib import colors
from reportlab.lib.colors import HexColor
from reportlab.lib.units import cm, mm
from reportlab.platypus import Table, TableStyle, Paragraph
from reportlab.lib.styles import ParagraphStyle

from data import DELMAL_SHORT
from common import fonts, wrap, lines_for, codes

GREY = HexColor("#6b6b6b")
LG = HexColor("#e6e6e6")


def P(text, size=8.5, font="DV", leading=None, color=colors.black, align=0):
    return Paragraph(text, ParagraphStyle("x", fontName=font, fontSize=size, leading=leading or size * 1.22,
                                          textColor=color, alignment=align))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ------------------------------------------------------------------ LO 2018 intranet feed
def intranet_feed_posts(rep, path):
    fonts()
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("LO Innsikt – Kompetanse")
    ms = {m["key"]: m for m in rep["measures"]}
    authors = {"lo_tariff_notat": ("Kari Nordby", "KN", "for 2 dager siden"),
               "kbu": ("Per Aasen", "PA", "for 4 dager siden"),
               "arendal_2018": ("Lise Holm", "LH", "for 1 uke siden"),
               "lo_tv_kurs": ("Ahmed Rana", "AR", "for 1 uke siden"),
               "evu_ekspertutvalg": ("Kari Nordby", "KN", "for 2 uker siden"),
               "lo_rsa_egne": ("Per Aasen", "PA", "for 3 uker siden"),
               "matindustrien40": ("Tone Vik (NNN)", "TV", "for 1 måned siden")}
    feed = [("post", "Velkommen til Silje, ny rådgiver i samfunnspolitisk avdeling!", "Personal", "Silje kommer fra "
             "Fagforbundet og skal jobbe med arbeidsmiljø.", []),
            ("m", "lo_tariff_notat", ["Veldig nyttig før tariffkonferansen!"]),
            ("m", "kbu", ["Når kommer neste rapport fra utvalget?"]),
            ("post", "Kantina er stengt fredag 24. august", "Praktisk", "Vi viser til kafeen i 1. etasje.", []),
            ("m", "arendal_2018", []),
            ("m", "lo_tv_kurs", ["Kan vi få kurset til Trondheim også?", "Se også referansegruppen under."]),
            ("m", "evu_ekspertutvalg", []),
            ("m", "lo_rsa_egne", []),
            ("m", "matindustrien40", ["Flott samarbeid med NHO Mat og drikke!"])]
    order = []

    def chrome(pg):
        c.setFillColor(HexColor("#c8102e")); c.rect(0, H - 40, W, 40, fill=1, stroke=0)
        c.setFillColor(colors.white); c.setFont("DV-B", 14); c.drawString(20, H - 26, "LO Innsikt")
        c.setFont("DV", 9); c.drawString(120, H - 26, "Nyheter    Dokumenter    Folk    Kompetanse")
        c.setFillColor(HexColor("#f4f4f4")); c.rect(0, 0, 110, H - 40, fill=1, stroke=0)
        c.setFillColor(GREY); c.setFont("DV", 8)
        for i, t in enumerate(["Feed", "Grupper", "Kompetansegruppa", "Tariff", "Arrangement"]):
            c.drawString(14, H - 70 - i * 16, t)
        c.setFont("DV", 7); c.drawString(120, 14, f"https://innsikt.lo.no/grupper/kompetanse   Skrevet ut 12.12.2018   {pg}")

    pg = 1; chrome(pg)
    y = H - 60
    x0, wid = 125, W - 145
    for item in feed:
        if item[0] == "post":
            _, head, tag, body, comments = item
            name, ini, when = ("Intranettredaksjonen", "IR", "for 5 dager siden")
            need = 90
        else:
            m = ms[item[1]]; order.append(m); name, ini, when = authors[m["key"]]
            head, tag, body, comments = m["title"], "Kompetanse", m["description"], item[2]
            need = 40 + 12 * len(lines_for(body, "DV", 9, wid - 50)) + 60 + 14 * len(comments)
        if y - need < 40:
            c.showPage(); pg += 1; chrome(pg); y = H - 60
        top = y
        c.setFillColor(HexColor("#dddddd")); c.circle(x0 + 14, y - 16, 12, fill=1, stroke=0)
        c.setFillColor(colors.black); c.setFont("DV-B", 8); c.drawCentredString(x0 + 14, y - 19, ini)
        c.setFont("DV-B", 9); c.drawString(x0 + 32, y - 12, name)
        c.setFont("DV", 7.5); c.setFillColor(GREY); c.drawString(x0 + 32, y - 23, f"{when} · {tag}")
        y -= 30
        y = wrap(c, head, x0 + 32, y, wid - 50, "DV-B", 10.5, color=colors.black)
        y = wrap(c, body, x0 + 32, y - 2, wid - 50, "DV", 9, color=colors.black)
        if item[0] == "m":
            if m["partners"]:
                y = wrap(c, "Med: " + " ".join("@" + p for p in m["partners"]),
                         x0 + 32, y - 2, wid - 50, "DV", 9, color=HexColor("#1a5fb4"))
            y = wrap(c, f"NKPS-delmål {codes(m['delmal'])} · {m['ptype']} · Ansvar: {m['responsible']} · "
                        f"{m['period']}", x0 + 32, y - 2, wid - 50, "DV", 7.5, color=GREY)
        c.setFont("DV", 7.5); c.setFillColor(GREY)
        c.drawString(x0 + 32, y - 12, f"♥ {7 + len(head) % 13}    {len(comments)} kommentarer    Del")
        y -= 18
        for cm_ in comments:
            c.setFillColor(HexColor("#f2f2f2")); c.rect(x0 + 40, y - 13, wid - 60, 13, fill=1, stroke=0)
            c.setFillColor(colors.black); c.setFont("DV", 7.5)
            c.drawString(x0 + 44, y - 10, "Ola B.: " + cm_)
            y -= 15
        c.setStrokeColor(LG); c.line(x0, y - 4, x0 + wid, y - 4)
        y -= 12
    c.save()
    return order


# ------------------------------------------------------------------ KS 2019 printed html e-mail
def outlook_html_newsletter_print(rep, path):
    fonts()
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("Rapport til Kompetansepolitisk råd – KS' tiltak 2019")
    x0 = 40; wid = W - 80

    def mailhead():
        c.setFont("DV-B", 11); c.drawString(x0, H - 40, "Kompetanse i kommunesektoren")
        c.setLineWidth(1.5); c.line(x0, H - 46, W - x0, H - 46)
        c.setFont("DV-B", 8.5)
        y = H - 60
        for lab, val in [("Fra:", "KS Kompetanse <kompetanse@ks.no>"), ("Sendt:", "torsdag 28. november 2019 09:12"),
                         ("Til:", "sekretariatet@kompetansepolitiskrad.no"),
                         ("Emne:", "Rapport til Kompetansepolitisk råd – KS' tiltak 2019")]:
            c.setFont("DV-B", 8.5); c.drawString(x0, y, lab); c.setFont("DV", 8.5); c.drawString(x0 + 45, y, val)
            y -= 12
        return y

    y = mailhead() - 10
    c.setFont("DV", 7); c.setFillColor(HexColor("#1a5fb4"))
    c.drawCentredString(W / 2, y, "Vis denne e-posten i nettleseren"); y -= 10
    c.setFillColor(HexColor("#00505c")); c.rect(x0, y - 50, wid, 50, fill=1, stroke=0)
    c.setFillColor(colors.white); c.setFont("DV-B", 16); c.drawString(x0 + 14, y - 28, "KS · Kompetanse")
    c.setFont("DV", 9); c.drawString(x0 + 14, y - 42, "Nyhetsbrev · november 2019")
    y -= 62
    y = wrap(c, "Kjære medlemmer av Kompetansepolitisk råd. Her er KS' bidrag til årets rapportering: tiltakene "
                "vi leder eller deltar i for å følge opp Nasjonal kompetansepolitisk strategi.",
             x0, y, wid, "DV", 9.5, color=colors.black)
    y -= 8
    for m in rep["measures"]:
        tl = lines_for(m["title"], "DV-B", 12, wid - 150)
        bl = lines_for(m["description"], "DV", 9, wid - 150)
        facts = (f"Strategiens delmål {codes(m['delmal'])} · Type: {m['ptype']} · Ansvarlig: {m['responsible']}" +
                 (f" · Partnere: {', '.join(m['partners'])}" if m["partners"] else "") + f" · Periode: {m['period']}")
        fl = lines_for(facts, "DV", 7.5, wid - 150)
        need = len(tl) * 15 + len(bl) * 11.5 + len(fl) * 9.5 + 40
        need = max(need, 110)
        if y - need < 50:
            c.setFont("DV", 7); c.setFillColor(GREY); c.drawString(x0, 25, "Side %d" % c.getPageNumber())
            c.showPage(); y = mailhead() - 14
        c.setFillColor(HexColor("#d5dde0")); c.rect(x0, y - 95, 125, 90, fill=1, stroke=0)
        c.setFillColor(GREY); c.setFont("DV", 7); c.drawString(x0 + 4, y - 92, "Foto: KS")
        tx = x0 + 140
        yy = wrap(c, m["title"], tx, y, wid - 150, "DV-B", 12, leading=15, color=HexColor("#00505c"))
        yy = wrap(c, m["description"], tx, yy - 2, wid - 150, "DV", 9, leading=11.5, color=colors.black)
        yy = wrap(c, facts, tx, yy - 3, wid - 150, "DV", 7.5, leading=9.5, color=GREY)
        c.setFillColor(HexColor("#e35205")); c.roundRect(tx, yy - 20, 70, 15, 3, fill=1, stroke=0)
        c.setFillColor(colors.white); c.setFont("DV-B", 8); c.drawString(tx + 8, yy - 15, "Les mer →")
        y = min(yy - 30, y - 105)
        c.setStrokeColor(LG); c.line(x0, y + 6, W - x0, y + 6)
    if y < 170:
        c.showPage(); y = mailhead() - 14
    c.setFillColor(HexColor("#f3efe6")); c.rect(x0, y - 90, wid, 86, fill=1, stroke=0)
    c.setFillColor(colors.black); c.setFont("DV-B", 10); c.drawString(x0 + 10, y - 20, "Kalender")
    c.setFont("DV", 8.5)
    for i, t in enumerate(["12.–13. november: Kompetansekonferansen i Trondheim (fulltegnet)",
                           "5. desember: Webinar om lærlinger i kommunene",
                           "15. januar: Frist for påmelding til lederprogrammet"]):
        c.drawString(x0 + 10, y - 36 - i * 13, t)
    y -= 110
    c.setFont("DV", 7); c.setFillColor(GREY)
    c.drawCentredString(W / 2, y, "Du mottar denne e-posten fordi du er registrert i KS' nyhetstjeneste.")
    c.drawCentredString(W / 2, y - 10, "Avslutt abonnement  ·  Endre innstillinger  ·  KS, Haakon VIIs gate 9, Oslo")
    c.save()
    return rep["measures"]


# ------------------------------------------------------------------ Akademikerne 2019 Venn
def venn_overlap_diagram(rep, path):
    fonts()
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("Akademikerne – tiltak 2019")
    c.setFont("DV-B", 18); c.drawString(50, H - 60, "Akademikernes kompetansepolitiske innsats 2019")
    c.setFont("DV", 10); c.setFillColor(GREY)
    c.drawString(50, H - 78, "Tiltakene plassert etter hvilke hovedinnsatsområder i strategien de bidrar til")
    cx, cy, r = W / 2, H - 330, 120
    circ = [(cx - 70, cy + 50, HexColor("#2e86ab"), "1 Gode valg for den enkelte"),
            (cx + 70, cy + 50, HexColor("#f18f01"), "2 Læring i arbeidslivet"),
            (cx, cy - 70, HexColor("#4f9d69"), "3 Voksne med svak tilknytning")]
    for x, y, col, lab in circ:
        c.setFillColor(col, alpha=0.18); c.setStrokeColor(col); c.setLineWidth(1.5)
        c.circle(x, y, r, fill=1, stroke=1)
    c.setFillColor(colors.black); c.setFont("DV-B", 9)
    c.drawCentredString(cx - 120, cy + 180, circ[0][3])
    c.drawCentredString(cx + 120, cy + 180, circ[1][3])
    c.drawCentredString(cx, cy - 200, circ[2][3])
    ms = {m["key"]: m for m in rep["measures"]}
    place = {"kbu": (cx - 150, cy + 80), "akad_karriere": (cx - 150, cy + 30), "rsa": (cx - 15, cy + 110),
             "akad_menon": (cx + 110, cy + 95), "akad_econa_evu": (cx + 110, cy + 40),
             "digital_flex": (cx + 55, cy - 20)}
    for k, (x, y) in place.items():
        wrap(c, ms[k]["title"], x - 45, y, 95, "DVC", 6.5, leading=7.6, color=colors.black)
    c.setFont("DV", 7); c.setFillColor(GREY)
    c.drawString(50, cy - 215, "Ingen av årets tiltak er rettet bare mot hovedinnsatsområde 3.")
    y = cy - 245
    c.setFillColor(colors.black); c.setFont("DV-B", 13); c.drawString(50, y, "Tiltakene kort"); y -= 8
    order = [ms[k] for k in ["kbu", "akad_karriere", "rsa", "akad_menon", "akad_econa_evu", "digital_flex"]]
    for m in order:
        if y < 90:
            c.showPage(); y = H - 60
        y = wrap(c, m["title"], 50, y - 4, W - 100, "DV-B", 10, color=colors.black)
        y = wrap(c, f"{m['ptype']} · Ansvar: {m['responsible']} · Med: {', '.join(m['partners'])} · {m['period']}",
                 50, y, W - 100, "DV-I", 8.5, color=GREY)
        y = wrap(c, m["description"], 50, y, W - 100, "DV", 9, color=colors.black)
    c.setFont("DV", 7); c.setFillColor(GREY); c.drawString(50, 30, "Akademikerne · Fridtjof Nansens plass 6 · Oslo")
    c.save()
    return order


# ------------------------------------------------------------------ ASD 2020 (forts.) rows
def continued_rows_forts(rep, path):
    fonts()
    PW, PH = landscape(A4)
    c = canvas.Canvas(path, pagesize=(PW, PH))
    c.setTitle("ASD – rapportering NKPS 2020")
    ms = {m["key"]: m for m in rep["measures"]}
    colw = [28, 150, 45, 70, 95, 120, 62, 190]
    hdr = ["Nr", "Tiltak", "Delmål", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Periode", "Omtale"]

    def split(text, frac):
        words = text.split(); n = int(len(words) * frac)
        return " ".join(words[:n]), " ".join(words[n:])

    def row(no, m, desc, title=None, blank=False):
        if blank:
            vals = [no, title or "", "", "", "", "", "", desc]
        else:
            vals = [no, title or m["title"], ", ".join(m["delmal"]), m["ptype"], m["responsible"],
                    ", ".join(m["partners"]), m["period"], desc]
        return [P(esc(v), 8) for v in vals]

    bio1, bio2 = split(ms["asd_bio_overforing"]["description"], 0.45)
    fb1, fb2 = split(ms["asd_fagbrev_pilot"]["description"], 0.5)
    pages = [
        [row("1", ms["asd_amo_utredning"], ms["asd_amo_utredning"]["description"]),
         row("2", ms["asd_bio_overforing"], bio1)],
        [row("2", ms["asd_bio_overforing"], bio2, title=ms["asd_bio_overforing"]["title"] + " (forts.)", blank=True),
         row("3", ms["asd_utdanning_tiltak"], ms["asd_utdanning_tiltak"]["description"]),
         row("4", ms["asd_fagbrev_pilot"], fb1)],
        [row("(forts.)", None, fb2, blank=True),
         row("5", ms["asd_norsk_kurs"], ms["asd_norsk_kurs"]["description"]),
         row("6", ms["asd_inkluderingsdugnad"], ms["asd_inkluderingsdugnad"]["description"]),
         row("7", ms["asd_kvalifisering"], ms["asd_kvalifisering"]["description"])],
    ]
    order = [ms[k] for k in ["asd_amo_utredning", "asd_bio_overforing", "asd_utdanning_tiltak", "asd_fagbrev_pilot",
                             "asd_norsk_kurs", "asd_inkluderingsdugnad", "asd_kvalifisering"]]
    for pi, rows in enumerate(pages):
        y = PH - 40
        c.setFont("DV", 8); c.setFillColor(GREY)
        c.drawString(40, y, "Arbeids- og sosialdepartementet"); c.drawRightString(PW - 40, y, "Rapportering NKPS 2020")
        y -= 16
        if pi == 0:
            c.setFillColor(colors.black); c.setFont("DV-B", 16)
            c.drawString(40, y - 10, "Arbeids- og sosialdepartementets tiltak i 2020")
            y = wrap(c, "Tabellen viser departementets tiltak i oppfølgingen av Nasjonal kompetansepolitisk strategi. "
                        "Tiltak som også er omtalt i Prop. 1 S (2020–2021) er tatt med dersom de har betydning for "
                        "kompetansepolitikken. Lange omtaler fortsetter på neste side.", 40, y - 18, PW - 80, "DV", 9,
                     color=colors.black)
            y -= 8
        data = [[P(h, 8, "DV-B", color=colors.white) for h in hdr]] + rows
        t = Table(data, colWidths=colw)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, HexColor("#555555")),
                               ("BACKGROUND", (0, 0), (-1, 0), HexColor("#2f4f6f")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        w, h = t.wrapOn(c, PW - 80, PH)
        t.drawOn(c, 40, y - h)
        c.setFont("DV", 8); c.setFillColor(GREY); c.drawCentredString(PW / 2, 20, f"Side {pi + 1} av 3")
        c.showPage()
    c.save()
    return order


# ------------------------------------------------------------------ HK-dir 2021 workbook
def workbook_sheet_per_delmal(rep, path):
    fonts()
    PW, PH = landscape(A4)
    c = canvas.Canvas(path, pagesize=(PW, PH))
    c.setTitle("HK-dir_tiltak_2021.xlsx")
    sheets = ["Forside"] + rep["sheets"]
    colw = [250, 70, 80, 150, 70, 150]
    letters = "ABCDEF"
    order, seen = [], set()

    def frame(sheet, pg):
        c.setFont("DV", 8); c.setFillColor(GREY)
        c.drawCentredString(PW / 2, PH - 22, f"HK-dir_tiltak_2021.xlsx – Ark: {sheet}")
        c.drawCentredString(PW / 2, 14, f"Side {pg}")
        # tab strip
        x = 40
        for s in sheets:
            w = 14 + c.stringWidth(s, "DV", 8)
            c.setFillColor(colors.white if s == sheet else HexColor("#dcdcdc"))
            c.setStrokeColor(HexColor("#999999")); c.rect(x, 28, w, 14, fill=1, stroke=1)
            c.setFillColor(HexColor("#217346") if s == sheet else colors.black)
            c.setFont("DV-B" if s == sheet else "DV", 8); c.drawString(x + 7, 32, s)
            x += w
        c.setFont("DV", 8); c.setFillColor(GREY); c.drawString(x + 8, 32, "+")

    def grid_row(y, rn, vals, bold=False, fill=None, h=None):
        x = 40
        wrapped = [lines_for(v, "DVC-B" if bold else "DVC", 8, w - 6) for v, w in zip(vals, colw)]
        h = h or max(14, 10 * max(len(wl) for wl in wrapped) + 4)
        c.setStrokeColor(HexColor("#c0c0c0")); c.setFillColor(HexColor("#eeeeee"))
        c.rect(18, y - h, 22, h, fill=1, stroke=1)
        c.setFillColor(GREY); c.setFont("DV", 7); c.drawCentredString(29, y - 10, str(rn))
        for wl, w in zip(wrapped, colw):
            if fill:
                c.setFillColor(fill); c.rect(x, y - h, w, h, fill=1, stroke=0)
            c.setStrokeColor(HexColor("#c0c0c0")); c.rect(x, y - h, w, h, fill=0, stroke=1)
            c.setFillColor(colors.black); c.setFont("DVC-B" if bold else "DVC", 8)
            yy = y - 10
            for ln in wl:
                c.drawString(x + 3, yy, ln); yy -= 10
            x += w
        return y - h

    def col_header(y):
        x = 40
        c.setFillColor(HexColor("#eeeeee")); c.rect(18, y - 12, 22, 12, fill=1, stroke=1)
        for L, w in zip(letters, colw):
            c.setFillColor(HexColor("#eeeeee")); c.setStrokeColor(HexColor("#c0c0c0")); c.rect(x, y - 12, w, 12, fill=1, stroke=1)
            c.setFillColor(GREY); c.setFont("DV", 7); c.drawCentredString(x + w / 2, y - 9, L); x += w
        return y - 12

    pg = 1
    frame("Forside", pg)
    y = col_header(PH - 40)
    for rn, v in enumerate([["Rapportering til Kompetansepolitisk råd 2021", "", "", "", "", ""],
                            ["Virksomhet: Direktoratet for høyere utdanning og kompetanse (HK-dir)", "", "", "", "", ""],
                            ["Arbeidsboken har ett ark per delmål i strategien. Tiltak som hører til to delmål, står på "
                             "begge arkene.", "", "", "", "", ""],
                            ["Sist oppdatert: 15.11.2021", "", "", "", "", ""]], 1):
        y = grid_row(y, rn, v, bold=(rn == 1))
    c.showPage()
    for code in rep["sheets"]:
        pg += 1
        frame(code, pg)
        y = col_header(PH - 40)
        y = grid_row(y, 1, [f"Delmål {code} – {DELMAL_SHORT[code]}", "", "", "", "", ""], bold=True)
        y = grid_row(y, 2, ["Tiltak", "Type", "Ansvarlig", "Samarbeid", "Periode", "Merknad"], bold=True,
                     fill=HexColor("#d9ead3"))
        rn = 3
        for m in rep["measures"]:
            if code not in m["delmal"]:
                continue
            if m["key"] in seen:
                first = [s for s in rep["sheets"] if s in m["delmal"]][0]
                note = f"Også på ark {first}"
            else:
                note = m["description"]; order.append(m); seen.add(m["key"])
            y = grid_row(y, rn, [m["title"], m["ptype"], m["responsible"], ", ".join(m["partners"]), m["period"], note])
            rn += 1
        for k in range(3):
            y = grid_row(y, rn + k, [""] * 6)
        c.showPage()
    c.save()
    return order


# ------------------------------------------------------------------ LO 2022 spreadsheet with comments
def spreadsheet_cell_comments_appendix(rep, path):
    fonts()
    PW, PH = landscape(A4)
    c = canvas.Canvas(path, pagesize=(PW, PH))
    c.setTitle("LO_tiltak_2022.xlsx")
    colw = [30, 230, 55, 70, 80, 190, 70]
    letters = "ABCDEFG"
    ms = rep["measures"]
    c.setFont("DV", 8); c.setFillColor(GREY); c.drawCentredString(PW / 2, PH - 22, "LO_tiltak_2022.xlsx – Tiltak")
    x = 40; y = PH - 40
    c.setFillColor(HexColor("#eeeeee")); c.rect(18, y - 12, 22, 12, fill=1, stroke=1)
    for L, w in zip(letters, colw):
        c.setFillColor(HexColor("#eeeeee")); c.setStrokeColor(HexColor("#c0c0c0")); c.rect(x, y - 12, w, 12, fill=1, stroke=1)
        c.setFillColor(GREY); c.setFont("DV", 7); c.drawCentredString(x + w / 2, y - 9, L); x += w
    y -= 12
    comments = []

    def row(rn, vals, bold=False, fill=None, mark=None):
        nonlocal y
        wrapped = [lines_for(v, "DVC-B" if bold else "DVC", 8, w - 6) for v, w in zip(vals, colw)]
        h = max(14, 10 * max(len(wl) for wl in wrapped) + 4)
        c.setFillColor(HexColor("#eeeeee")); c.setStrokeColor(HexColor("#c0c0c0")); c.rect(18, y - h, 22, h, fill=1, stroke=1)
        c.setFillColor(GREY); c.setFont("DV", 7); c.drawCentredString(29, y - 10, str(rn))
        x = 40
        for ci, (wl, w) in enumerate(zip(wrapped, colw)):
            if fill:
                c.setFillColor(fill); c.rect(x, y - h, w, h, fill=1, stroke=0)
            c.setStrokeColor(HexColor("#c0c0c0")); c.rect(x, y - h, w, h, fill=0, stroke=1)
            c.setFillColor(colors.black); c.setFont("DVC-B" if bold else "DVC", 8)
            yy = y - 10
            for ln in wl:
                c.drawString(x + 3, yy, ln); yy -= 10
            if mark is not None and ci == mark:
                p = c.beginPath(); p.moveTo(x + w - 6, y); p.lineTo(x + w, y); p.lineTo(x + w, y - 6); p.close()
                c.setFillColor(colors.red); c.drawPath(p, fill=1, stroke=0)
            x += w
        y -= h

    row(1, ["LO – tiltak i oppfølgingen av Nasjonal kompetansepolitisk strategi 2022", "", "", "", "", "", ""], bold=True)
    row(2, [""] * 7)
    row(3, ["Nr", "Tiltak", "Delmål", "Type", "Ansvarlig", "Samarbeidspartnere", "Periode"], bold=True,
        fill=HexColor("#fde9e9"), mark=2)
    comments.append(("C3", "LO sekretariatet", "Bruk kodene fra strategien, skill med semikolon."))
    for i, m in enumerate(ms, 1):
        rn = 3 + i
        row(rn, [str(i), m["title"], "; ".join(m["delmal"]), m["ptype"], m["responsible"], ", ".join(m["partners"]),
                 m["period"]], mark=1)
        comments.append((f"B{rn}", "LO sekretariatet", m["description"]))
    row(4 + len(ms), [""] * 7)
    row(5 + len(ms), ["", f"Antall tiltak: {len(ms)}", "", "", "", "", ""], bold=True)
    c.setFont("DV", 8); c.setFillColor(GREY); c.drawCentredString(PW / 2, 14, "Side 1")
    c.showPage()
    c.setFont("DV", 8); c.setFillColor(GREY); c.drawCentredString(PW / 2, PH - 22, "LO_tiltak_2022.xlsx – Tiltak")
    c.setFillColor(colors.black); c.setFont("DV-B", 11); c.drawString(40, PH - 50, "Kommentarer")
    y = PH - 70
    for cell, who, txt in comments:
        c.setFont("DV-B", 8.5); c.setFillColor(colors.black); c.drawString(40, y, f"Celle: {cell}")
        c.setFont("DV", 8.5); c.drawString(110, y, f"Kommentar: {who}:")
        y = wrap(c, txt, 110, y - 2, PW - 160, "DV", 8.5, color=colors.black) - 8
    c.setFont("DV", 8); c.setFillColor(GREY); c.drawCentredString(PW / 2, 14, "Side 2")
    c.save()
    return ms


# ------------------------------------------------------------------ Møre og Romsdal 2022 gevinstkart (nn)
def gevinstkart_benefit_map_nn(rep, path):
    fonts()
    PW, PH = landscape(A4)
    c = canvas.Canvas(path, pagesize=(PW, PH))
    c.setTitle("Gevinstkart kompetanse 2022")
    c.setFont("DV-B", 15); c.drawString(30, PH - 36, "Gevinstkart: Kompetansepolitikk i Møre og Romsdal 2022")
    c.setFont("DV", 8.5); c.setFillColor(GREY)
    c.drawString(30, PH - 50, "Alle tiltak har Møre og Romsdal fylkeskommune som ansvarleg. Rapport til Kompetansepolitisk råd.")
    cols = [("Tiltak", 30, 215), ("Resultat", 290, 160), ("Effekt", 490, 140), ("Samfunnsmål", 670, 145)]
    for name, x, w in cols:
        c.setFillColor(HexColor("#1d3557")); c.rect(x, PH - 78, w, 18, fill=1, stroke=0)
        c.setFillColor(colors.white); c.setFont("DV-B", 9); c.drawString(x + 6, PH - 73, name.upper())
    ms = rep["measures"]
    boxes = []
    y = PH - 88
    for m in ms:
        lines = [(m["title"], "DV-B", 8.5),
                 (f"Delmål {codes(m['delmal'])} · {m['ptype']}", "DV", 7),
                 ("Med: " + ", ".join(m["partners"]), "DV", 7), (m["period"], "DV", 7)]
        h = 6 + sum(10 * len(lines_for(t, f, s, 203)) for t, f, s in lines)
        c.setFillColor(HexColor("#e8f1f8")); c.setStrokeColor(HexColor("#1d3557")); c.roundRect(30, y - h, 215, h, 4, fill=1, stroke=1)
        yy = y - 2
        for t, f, s in lines:
            yy = wrap(c, t, 36, yy, 203, f, s, leading=10, color=colors.black if f == "DV-B" else GREY)
        boxes.append(y - h / 2)
        y -= h + 10
    res = ["Betre samordna kompetansetilbod", "Fleire vaksne med rettleiing", "Oppdatert fagkunnskap hjå lærarar",
           "Fleire vaksne med fagbrev"]
    eff = ["Kompetanse som svarar på behova i arbeidslivet", "Lågare fråfall og betre gjennomføring",
           "Auka sysselsetjing"]
    def col_boxes(items, x, w, top, gap):
        mids = []
        yy = top
        for t in items:
            n = len(lines_for(t, "DV", 8, w - 12)); h = 12 * n + 12
            c.setFillColor(HexColor("#fff4e0")); c.setStrokeColor(HexColor("#e09f3e")); c.roundRect(x, yy - h, w, h, 4, fill=1, stroke=1)
            wrap(c, t, x + 6, yy - 4, w - 12, "DV", 8, leading=12, color=colors.black)
            mids.append(yy - h / 2); yy -= h + gap
        return mids
    rm = col_boxes(res, 290, 160, PH - 100, 28)
    em = col_boxes(eff, 490, 140, PH - 120, 40)
    sm = col_boxes(["Eit berekraftig arbeidsliv med rett kompetanse i heile fylket"], 670, 145, PH - 180, 0)
    c.setStrokeColor(GREY); c.setLineWidth(0.8)
    links = [(0, 0), (1, 1), (2, 2), (3, 0), (4, 3)]
    for a, b in links:
        c.line(245, boxes[a], 290, rm[b])
    for a, b in [(0, 0), (1, 2), (2, 1), (3, 2)]:
        c.line(450, rm[a], 490, em[b])
    for a in range(3):
        c.line(630, em[a], 670, sm[0])
    c.setFont("DV", 7); c.setFillColor(GREY); c.drawString(30, 20, "Side 1 av 2")
    c.showPage()
    c.setFont("DV-B", 13); c.drawString(30, PH - 40, "Korleis lese kartet")
    y = wrap(c, "Gevinstkartet viser korleis tiltaka (til venstre) gjev resultat som igjen skal gje effektar og bidra "
                "til samfunnsmålet. Pilene viser dei viktigaste samanhengane. Resultat og effektar er ikkje tiltak, "
                "men det fylkeskommunen vil oppnå.", 30, PH - 50, PW - 60, "DV", 9.5, color=colors.black)
    y -= 10
    c.setFont("DV-B", 11); c.drawString(30, y, "Resultatindikatorar"); y -= 6
    data = [["Indikator", "2021", "Mål 2025"], ["Vaksne i karriererettleiing", "1 840", "2 500"],
            ["Lærarar med hospitering", "22", "60"], ["Fagbrev for vaksne", "146", "250"]]
    t = Table([[P(v, 8.5) for v in r] for r in data], colWidths=[200, 60, 60])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, GREY), ("BACKGROUND", (0, 0), (-1, 0), LG)]))
    w, h = t.wrapOn(c, 400, 300); t.drawOn(c, 30, y - h)
    c.setFont("DV", 7); c.setFillColor(GREY); c.drawString(30, 20, "Side 2 av 2")
    c.save()
    return ms


# ------------------------------------------------------------------ YS 2023 OneNote page
def onenote_page_containers(rep, path):
    fonts()
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("NKPS-rapportering 2023 - OneNote")
    c.setFont("DV", 20); c.drawString(40, H - 60, "NKPS-rapportering 2023")
    c.setStrokeColor(HexColor("#bbbbbb")); c.line(40, H - 66, 330, H - 66)
    c.setFont("DV", 8); c.setFillColor(GREY); c.drawString(40, H - 78, "tirsdag 14. februar 2023        10:42")
    ms = {m["key"]: m for m in rep["measures"]}
    layout = [("m", "ys_tv_kurs", 40, H - 100, 250, "☐"), ("note", "Spør Per om deltakertall fra Delta!", 320, H - 100, 200),
              ("m", "ys_afi_analyse", 300, H - 150, 250, "★"), ("m", "ys_bransjevurdering", 40, H - 250, 230, "☐"),
              ("note", "(?) Skal KBU med i år også? Sjekk med sekretariatet.", 330, H - 320, 200),
              ("m", "lo_sry", 60, H - 380, 220, ""), ("m", "kbu", 320, H - 390, 230, "☑"),
              ("note", "Frist til HK-dir: 1. mars. Lenke: https://www.ys.no/kompetanse", 40, H - 500, 230),
              ("m", "samfunnskontrakt_2226", 300, H - 520, 250, "★")]
    order = []
    for it in layout:
        if it[0] == "note":
            _, txt, x, y, w = it
            c.setStrokeColor(HexColor("#dddddd")); c.setDash(2, 2)
            n = len(lines_for(txt, "DV", 9, w - 10)); c.rect(x - 4, y - 12 * n - 8, w, 12 * n + 10, fill=0, stroke=1)
            c.setDash()
            wrap(c, txt, x, y, w - 10, "DV", 9, leading=12, color=HexColor("#444444"))
            continue
        _, k, x, y, w, tag = it
        m = ms[k]; order.append(m)
        c.setStrokeColor(HexColor("#dddddd")); c.setDash(2, 2)
        body = [m["title"], f"NKPS {codes(m['delmal'])} | {m['ptype']} | {m['responsible']}" +
                (" + " + ", ".join(m["partners"]) if m["partners"] else "") + f" | {m['period']}", m["description"]]
        n = sum(len(lines_for(t, "DV", 9, w - 24)) for t in body)
        c.rect(x - 4, y - 12 * n - 10, w, 12 * n + 12, fill=0, stroke=1); c.setDash()
        if tag:
            c.setFont("DV", 10); c.setFillColor(HexColor("#7719aa")); c.drawString(x, y - 10, tag)
        yy = wrap(c, m["title"], x + 16, y, w - 24, "DV-B", 9, leading=12, color=colors.black)
        yy = wrap(c, body[1], x + 16, yy, w - 24, "DV", 8.5, leading=12, color=HexColor("#555555"))
        wrap(c, m["description"], x + 16, yy, w - 24, "DV", 9, leading=12, color=colors.black)
    c.setFont("DV", 7); c.setFillColor(GREY); c.drawString(40, 24, "YS Kompetanse › Rapportering › NKPS-rapportering 2023")
    c.save()
    return order


# ------------------------------------------------------------------ Virke 2024 metro map
def metro_line_map(rep, path):
    fonts()
    PW, PH = landscape(A4)
    c = canvas.Canvas(path, pagesize=(PW, PH))
    c.setTitle("Virke – kompetanselinjer 2024")
    c.setFont("DV-B", 16); c.drawString(30, PH - 36, "Virkes kompetanselinjer 2024")
    c.setFont("DV", 9); c.setFillColor(GREY)
    c.drawString(30, PH - 50, "Hver linje er et delmål i Nasjonal kompetansepolitisk strategi. Stasjoner er tiltak; "
                              "byttestasjoner bidrar til to delmål.")
    lines = {"2.1": (HexColor("#e63946"), PH - 120), "2.2": (HexColor("#457b9d"), PH - 220),
             "2.4": (HexColor("#2a9d8f"), PH - 320), "2.5": (HexColor("#f4a261"), PH - 420)}
    for code, (col, y) in lines.items():
        c.setStrokeColor(col); c.setLineWidth(7); c.line(120, y, PW - 40, y)
        c.setFillColor(col); c.setFont("DV-B", 9); c.drawString(30, y + 6, f"Linje {code}")
        c.setFont("DV", 7.5); c.drawString(30, y - 8, DELMAL_SHORT[code])
    ms = rep["measures"]
    xs = {m["key"]: 170 + i * 110 for i, m in enumerate(ms)}
    order = []
    for m in ms:
        x = xs[m["key"]]
        ys = [lines[cd][1] for cd in m["delmal"]]
        if len(ys) > 1:
            c.setStrokeColor(colors.black); c.setLineWidth(1); c.setFillColor(colors.white)
            c.roundRect(x - 8, min(ys) - 8, 16, max(ys) - min(ys) + 16, 8, fill=1, stroke=1)
        for yv in ys:
            c.setStrokeColor(colors.black); c.setLineWidth(1.5); c.setFillColor(colors.white); c.circle(x, yv, 7, fill=1, stroke=1)
        top = max(ys)
        yy = wrap(c, m["title"], x - 48, top + 52, 100, "DVC-B", 7.2, leading=8.4, color=colors.black)
        info = f"{m['ptype']} · {m['responsible']}" + (f" med {', '.join(m['partners'])}" if m["partners"] else "") + f" · {m['period']}"
        wrap(c, info, x - 48, min(ys) - 12, 100, "DVC", 6.3, leading=7.4, color=GREY)
        c.setFont("DVC-B", 6.5); c.setFillColor(colors.black)
        c.drawString(x + 10, top - 3, " ⇄ ".join(m["delmal"]))
        order.append(m)
    c.setFont("DV", 7); c.setFillColor(GREY); c.drawString(30, 20, "Virke · Side 1 av 2")
    c.showPage()
    c.setFont("DV-B", 13); c.drawString(30, PH - 40, "Om stasjonene")
    y = PH - 50
    for m in ms:
        y = wrap(c, m["title"], 30, y - 4, PW - 60, "DV-B", 10, color=colors.black)
        y = wrap(c, m["description"], 30, y, PW - 60, "DV", 9.5, color=colors.black)
    c.setFont("DV", 7); c.setFillColor(GREY); c.drawString(30, 20, "Virke · Side 2 av 2")
    c.save()
    return order


# ------------------------------------------------------------------ NAV 2025 single project final report
def single_project_final_report(rep, path):
    fonts()
    W, H = A4
    m = rep["measures"][0]
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("Sluttrapport – Forsøk med fagbrev for arbeidssøkere")
    c.setFillColor(HexColor("#c30000")); c.rect(0, H - 260, W, 260, fill=1, stroke=0)
    c.setFillColor(colors.white); c.setFont("DV", 14); c.drawString(60, H - 120, "Sluttrapport")
    c.setFont("DV-B", 26); c.drawString(60, H - 160, m["title"])
    c.setFont("DV", 13); c.drawString(60, H - 185, "2020–2024")
    c.setFillColor(colors.black); c.setFont("DV", 11)
    c.drawString(60, 120, "Arbeids- og velferdsdirektoratet"); c.drawString(60, 104, "Mars 2025")
    c.setFont("DV", 8); c.setFillColor(GREY); c.drawString(60, 80, "Rapporten er også sendt Kompetansepolitisk råd som NAVs rapportering for 2025.")
    c.showPage()
    c.setFont("DV-B", 15); c.drawString(60, H - 70, "Innhold")
    toc = [("Prosjektfakta", 2), ("Sammendrag", 2), ("1 Bakgrunn", 3), ("2 Gjennomføring", 3), ("3 Resultater", 3),
           ("4 Veien videre", 4)]
    y = H - 95
    for t, p in toc:
        c.setFont("DV", 10); c.drawString(60, y, t); c.drawRightString(W - 60, y, str(p))
        c.setStrokeColor(HexColor("#aaaaaa")); c.setDash(1, 2); c.line(60 + c.stringWidth(t, "DV", 10) + 4, y, W - 72, y); c.setDash()
        y -= 16
    y -= 14
    c.setFont("DV-B", 13); c.drawString(60, y, "Prosjektfakta"); y -= 8
    facts = [("Prosjektnavn", m["title"]), ("Prosjekteier", m["responsible"]),
             ("Samarbeidspartnere", ", ".join(m["partners"])), ("Periode", m["period"]),
             ("Delmål i NKPS", codes(m["delmal"])), ("Type", m["ptype"]), ("Budsjett", "38,5 mill. kr")]
    t = Table([[P(a, 9, "DV-B"), P(b, 9)] for a, b in facts], colWidths=[130, W - 250])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, GREY), ("BACKGROUND", (0, 0), (0, -1), LG)]))
    w, h = t.wrapOn(c, W - 120, 400); t.drawOn(c, 60, y - h); y -= h + 24
    c.setFont("DV-B", 13); c.setFillColor(colors.black); c.drawString(60, y, "Sammendrag")
    y = wrap(c, m["description"], 60, y - 4, W - 120, "DV", 10, color=colors.black)
    c.setFont("DV", 8); c.setFillColor(GREY); c.drawCentredString(W / 2, 30, "2")
    c.showPage()
    y = H - 70
    sections = [("1 Bakgrunn", "Mange arbeidssøkere mangler fullført videregående opplæring. Forsøket ble satt i gang "
                 "av Arbeids- og sosialdepartementet i 2020 for å prøve ut et løp mot fagbrev innenfor "
                 "arbeidsmarkedspolitikken."),
                ("2 Gjennomføring", "Forsøket ble gjennomført i fem fylker med disse hovedaktivitetene:"),
                ("3 Resultater", "Av 412 deltakere har 228 bestått fag- eller svenneprøve. Fafos evaluering viser at "
                 "deltakerne oftere er i arbeid ett år etter forsøket enn en sammenlignbar gruppe.")]
    for head, txt in sections:
        c.setFont("DV-B", 13); c.setFillColor(colors.black); c.drawString(60, y, head)
        y = wrap(c, txt, 60, y - 4, W - 120, "DV", 10, color=colors.black) - 6
        if head.startswith("2"):
            for b in ["Rekruttering av deltakere gjennom NAV-kontorene", "Kartlegging av realkompetanse",
                      "Opplæring i skole kombinert med praksis i lærebedrift",
                      "Følgeevaluering ved Fafo"]:
                y = wrap(c, "•  " + b, 72, y, W - 140, "DV", 10, color=colors.black)
            y -= 8
        y -= 10
    c.setFont("DV", 8); c.setFillColor(GREY); c.drawCentredString(W / 2, 30, "3")
    c.showPage()
    c.setFont("DV-B", 13); c.drawString(60, H - 70, "4 Veien videre")
    wrap(c, "Departementene har besluttet å gjøre ordningen landsdekkende fra 2026. Direktoratet vil bidra i arbeidet "
            "med den nasjonale ordningen og dele erfaringene fra forsøket med fylkeskommunene.", 60, H - 74, W - 120,
         "DV", 10, color=colors.black)
    c.setFont("DV", 8); c.setFillColor(GREY); c.drawCentredString(W / 2, 30, "4")
    c.save()
    return rep["measures"]
