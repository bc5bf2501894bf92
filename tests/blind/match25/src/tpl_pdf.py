# -*- coding: utf-8 -*-
"""PDF templates of batch match25 drawn with reportlab. Each render(rep, path) writes the file and
returns the measures in reading order (None = data order)."""
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, A3, landscape
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle, Paragraph, SimpleDocTemplate, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.graphics import renderPDF
from xml.sax.saxutils import escape as esc
from common import *
from data import DELMAL_NB, DELMAL_NN


# ---------------------------------------------------------------- KD 2018 written answer
def stortinget(rep, path):
    W, H = A4
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=22 * mm, bottomMargin=20 * mm,
                            title="Skriftlig spørsmål – svar", author="Kunnskapsdepartementet")
    st = ParagraphStyle("n", fontName="DVS", fontSize=10, leading=14, spaceAfter=6)
    sb = ParagraphStyle("b", parent=st, leftIndent=14, bulletIndent=2)
    sh = ParagraphStyle("h", fontName="DVB", fontSize=14, leading=18, spaceAfter=8)
    sm = ParagraphStyle("m", fontName="DV", fontSize=8.5, leading=11, textColor=colors.HexColor("#444444"))
    E = []
    E.append(Paragraph("STORTINGET · Skriftlige spørsmål og svar", sm))
    E.append(Spacer(1, 6))
    E.append(Paragraph("Dokument nr. 15:1432 (2017–2018)", sh))
    E.append(Paragraph("Innlevert: 14.05.2018 · Sendt: 15.05.2018 · Besvart: 23.05.2018 av kunnskapsminister Jan Tore Sanner", sm))
    E.append(Spacer(1, 8))
    E.append(Paragraph("<b>Spørsmål fra Marianne Aasen (A):</b> «Hvilke konkrete tiltak har regjeringen satt i gang for å følge opp "
                       "Nasjonal kompetansepolitisk strategi, og hvordan rapporteres de til Kompetansepolitisk råd?»", st))
    E.append(Paragraph("<b>Begrunnelse:</b> Strategien ble signert i februar 2017. Det er behov for en samlet oversikt over hva "
                       "regjeringen faktisk gjør.", st))
    E.append(Paragraph("<b>Svar:</b>", st))
    E.append(Paragraph("Regjeringen rapporterer årlig til Kompetansepolitisk råd, og dette svaret er også lagt ved departementets "
                       "rapport for 2018. Jeg vil særlig trekke fram disse tiltakene:", st))
    for m in rep["measures"]:
        part = (f"{m['resp']} med {join_no(m['partners'])}") if m["partners"] else m["resp"]
        txt = (f"<b>{esc(m['title'])}</b>. {esc(m['desc'])} (Delmål {dm_codes(m)} · {esc(m['ptype'])} · {esc(part)} · {esc(m['period'])})")
        E.append(Paragraph(txt, sb, bulletText="•"))
    E.append(Paragraph("Flere av tiltakene bygger på kunnskapsgrunnlaget fra Kompetansebehovsutvalget, og jeg vil komme tilbake "
                       "til Stortinget med en melding om kompetansereformen.", st))
    E.append(Spacer(1, 8))
    E.append(Paragraph("Jan Tore Sanner", st))

    def foot(c, d):
        c.setFont("DV", 7.5); c.setFillColor(colors.grey)
        c.drawString(25 * mm, 12 * mm, "stortinget.no – Dokument nr. 15:1432 (2017–2018)")
        c.drawRightString(W - 25 * mm, 12 * mm, f"Side {d.page}")
    doc.build(E, onFirstPage=foot, onLaterPages=foot)


# ---------------------------------------------------------------- NHO 2018 pivot
def pivot(rep, path):
    W, H = landscape(A4)
    c = canvas.Canvas(path, pagesize=(W, H)); c.setTitle("Pivot NKPS-tiltak NHO 2018")
    ms = rep["measures"]
    rows = []  # (level, label, resp, partners, period, count)
    order = []
    codes = sorted(set(code for m in ms for code in m["dm"]))
    total = 0
    for code in codes:
        mm_ = [m for m in ms if code in m["dm"]]
        rows.append((0, f"⊟ {code} {DELMAL_NB[code]}", "", "", "", len(mm_)))
        for ty in sorted(set(m["ptype"] for m in mm_)):
            tm = sorted([m for m in mm_ if m["ptype"] == ty], key=lambda m: m["title"])
            rows.append((1, "⊟ " + ty, "", "", "", len(tm)))
            for m in tm:
                rows.append((2, m["title"], m["resp"], ", ".join(m["partners"]), m["period"], 1))
                if m not in order:
                    order.append(m)
        rows.append((9, f"{code} Totalt", "", "", "", len(mm_)))
        total += len(mm_)
    rows.append((10, "Totalsum", "", "", "", total))
    x0, colw = 28, [400, 80, 150, 75, 70]
    y = H - 40
    c.setFont("DVB", 11); c.drawString(x0, y, "NHO – NKPS-tiltak 2018 (pivot fra tiltaksregisteret)"); y -= 16
    c.setFont("DV", 7.5); c.drawString(x0, y, "Rapportår   2018   (Filter)        Organisasjon   NHO   (Filter)"); y -= 16

    def header(y):
        c.setFillColor(colors.HexColor("#DDEBF7")); c.rect(x0, y - 4, sum(colw), 13, fill=1, stroke=0)
        c.setFillColor(colors.black); c.setFont("DVB", 7.5)
        xs = x0
        for lab, w in zip(["Radetiketter", "Ansvarlig", "Samarbeid", "Periode", "Antall av Tiltak"], colw):
            c.drawString(xs + 2, y, lab); xs += w
        return y - 14
    y = header(y)
    for lvl, lab, resp, part, per, n in rows:
        if y < 40:
            c.showPage(); y = H - 40; y = header(y)
        font = "DVB" if lvl in (0, 9, 10) else "DV"
        if lvl in (9, 10):
            c.setFillColor(colors.HexColor("#F2F2F2")); c.rect(x0, y - 3, sum(colw), 11, fill=1, stroke=0)
        c.setFillColor(colors.black)
        ind = {0: 0, 1: 12, 2: 26, 9: 0, 10: 0}[lvl]
        c.setFont(font, 7.2)
        lines = simpleSplit(lab, font, 7.2, colw[0] - ind - 4)
        c.drawString(x0 + 2 + ind, y, lines[0])
        xs = x0 + colw[0]
        for val, w in zip([resp, part, per], colw[1:4]):
            c.drawString(xs + 2, y, val); xs += w
        c.drawRightString(xs + colw[4] - 6, y, str(n))
        for extra in lines[1:]:
            y -= 9; c.drawString(x0 + 2 + ind, y, extra)
        c.setStrokeColor(colors.HexColor("#BFBFBF")); c.setLineWidth(0.3); c.line(x0, y - 3, x0 + sum(colw), y - 3)
        y -= 11
    y -= 8
    c.setFont("DVI", 7); c.drawString(x0, y, "Merk: tiltak med to delmål telles under begge delmålene. Antall unike tiltak: " + str(len(ms)) + ".")
    c.save()
    return order


# ---------------------------------------------------------------- Vestland 2019 staircase (nn)
TYPE_NN = {"Råd/utvalg/nettverk": "Råd/utval/nettverk", "Kurs/utdanning": "Kurs/utdanning", "Prosjekt": "Prosjekt"}


def _mbox(c, m, x, ytop, w, nn=True, fill="#FFFFFF", size=6.6):
    """measure box drawn downward from ytop; returns bottom"""
    lines = []
    lines += [("DVB", 7.6, l) for l in simpleSplit(m["title"], "DVB", 7.6, w - 8)]
    meta = f"Delmål {dm_codes(m)} · {TYPE_NN[m['type']] if nn else m['ptype']} · {m['period']}"
    lines += [("DV", size, l) for l in simpleSplit(meta, "DV", size, w - 8)]
    who = f"Ansvar: {m['resp']}" + (f" · Med: {', '.join(m['partners'])}" if m["partners"] else "")
    lines += [("DVI", size, l) for l in simpleSplit(who, "DVI", size, w - 8)]
    if m["desc"]:
        lines += [("DV", size, l) for l in simpleSplit(m["desc"], "DV", size, w - 8)]
    h = sum(s * 1.25 for _, s, _ in lines) + 8
    c.setFillColor(colors.HexColor(fill)); c.setStrokeColor(colors.HexColor("#005A70")); c.setLineWidth(0.8)
    c.roundRect(x, ytop - h, w, h, 4, fill=1, stroke=1)
    c.setFillColor(colors.black)
    y = ytop - 4
    for f, s, l in lines:
        y -= s * 1.25 - 1
        c.setFont(f, s); c.drawString(x + 4, y + 1, l)
    return ytop - h


def staircase_nn(rep, path):
    W, H = landscape(A4)
    c = canvas.Canvas(path, pagesize=(W, H)); c.setTitle("Kompetansetrappa i Vestland 2019")
    by = {m["g"]: m for m in rep["measures"]}
    c.setFont("DVB", 15); c.drawString(30, H - 38, "Kompetansetrappa i Vestland")
    c.setFont("DV", 9); c.drawString(30, H - 52, "Rapport frå Vestland fylkeskommune til Kompetansepolitisk råd 2019 – tiltaka er plasserte på trinnet dei høyrer til.")
    steps = [("Steg 1: Grunnleggjande dugleikar", "vl_gf"), ("Steg 2: Vidaregåande opplæring", "modul"),
             ("Steg 3: Fagbrev", "vl_praksis"), ("Steg 4: Fagskule", "vl_fagskule"), ("Steg 5: Høgare utdanning og EVU", None)]
    base = 70; sw = 128; x0 = 30
    order = []
    for i, (lab, g) in enumerate(steps):
        top = base + 40 + i * 45
        x = x0 + i * sw
        c.setFillColor(colors.HexColor("#9FD3DE" if i % 2 == 0 else "#7CC3D1")); c.setStrokeColor(colors.white)
        c.rect(x, base, sw, top - base, fill=1, stroke=1)
        c.setFillColor(colors.HexColor("#003845")); c.setFont("DVB", 7.5)
        yy = top - 12
        for l in simpleSplit(lab, "DVB", 7.5, sw - 8):
            c.drawString(x + 4, yy, l); yy -= 9
        if g:
            _mbox(c, by[g], x + 3, top + 150, sw - 6)
            order.append(by[g])
        else:
            c.setFont("DVI", 7); c.setFillColor(colors.grey); c.drawString(x + 6, top + 10, "Ingen nye tiltak i 2019")
    # guidance banner on the right
    bx = x0 + 5 * sw + 12
    c.setFillColor(colors.HexColor("#FCE9B8")); c.rect(bx, base, W - bx - 24, 380, fill=1, stroke=0)
    c.setFillColor(colors.HexColor("#6B4E00")); c.setFont("DVB", 8.5)
    c.drawString(bx + 6, base + 366, "Rettleiing langs heile trappa")
    _mbox(c, by["vl_karriere"], bx + 6, base + 355, W - bx - 36, fill="#FFF8E5")
    order.append(by["vl_karriere"])
    # foundation band
    c.setFillColor(colors.HexColor("#005A70")); c.rect(x0, 22, W - 54, 44, fill=1, stroke=0)
    c.setFillColor(colors.white); c.setFont("DVB", 8); c.drawString(x0 + 6, 54, "GRUNNMUR – samarbeid i regionen")
    m = by["vl_forum"]
    c.setFont("DVB", 9); c.drawString(x0 + 6, 41, m["title"])
    c.setFont("DV", 7); c.drawString(x0 + 6, 30, f"Delmål {dm_codes(m)} · {TYPE_NN[m['type']]} · {m['period']} · Ansvar: {m['resp']} · Med: {', '.join(m['partners'])}")
    c.drawString(x0 + 430, 41, m["desc"])
    order.append(m)
    c.save()
    return order


# ---------------------------------------------------------------- VOFO 2019 flyers
FLY = {"vofo_kpf": ("Tid: 12. mars 2019 kl. 10.00–14.00", "Sted: Frivillighetshuset, Oslo"),
       "vofo_norsk": ("Tid: 19.–20. september 2019", "Sted: Quality Hotel Gardermoen"),
       "vofo_region": ("Tid: 24. oktober 2019 kl. 09.30–15.30", "Sted: Scandic Ørnen, Bergen"),
       "vofo_laering": ("Tid: 5. september 2019, hele dagen", "Sted: Over hele landet – se vofo.no")}


def flyers(rep, path):
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4); c.setTitle("VOFO – invitasjoner 2019")
    pages = [m for m in rep["measures"]]
    pages.insert(2, None)  # the annual meeting
    for m in pages:
        c.setFillColor(colors.HexColor("#2E7D32")); c.rect(0, H - 90, W, 90, fill=1, stroke=0)
        c.setFillColor(colors.white); c.setFont("DVB", 30); c.drawString(40, H - 60, "INVITASJON")
        c.setFont("DV", 10); c.drawRightString(W - 40, H - 60, "VOFO · Voksenopplæringsforbundet")
        c.setFillColor(colors.HexColor("#1B1B1B"))
        if m is None:
            y = wrap(c, "Årsmøte i VOFO 2019", 40, H - 150, W - 80, "DVB", 24, 30)
            y = wrap(c, "Tid: 6. juni 2019 kl. 10.00", 40, y - 10, W - 80, "DV", 12, 16)
            y = wrap(c, "Sted: Frivillighetshuset, Oslo", 40, y, W - 80, "DV", 12, 16)
            y = wrap(c, "Saksliste og sakspapirer sendes medlemsorganisasjonene fire uker før møtet. Hver medlemsorganisasjon har to stemmer.",
                     40, y - 14, W - 80, "DV", 11, 15)
            c.showPage(); continue
        y = wrap(c, m["title"], 40, H - 150, W - 80, "DVB", 24, 30)
        t1, t2 = FLY[m["g"]]
        y = wrap(c, t1, 40, y - 10, W - 80, "DV", 12, 16)
        y = wrap(c, t2, 40, y, W - 80, "DV", 12, 16)
        y = wrap(c, "Påmelding: vofo.no/pamelding – gratis for medlemsorganisasjonene", 40, y, W - 80, "DV", 12, 16)
        y = wrap(c, m["desc"], 40, y - 14, W - 80, "DVS", 12, 17)
        # NKPS box
        bh = 74; by_ = 60
        c.setStrokeColor(colors.HexColor("#2E7D32")); c.setFillColor(colors.HexColor("#EEF6EE")); c.rect(40, by_, W - 80, bh, fill=1, stroke=1)
        c.setFillColor(colors.HexColor("#2E7D32")); c.setFont("DVB", 8); c.drawString(48, by_ + bh - 14, "NKPS-TILTAK – rapporteres til Kompetansepolitisk råd")
        c.setFillColor(colors.black)
        lines = [f"Delmål {dm_codes(m)}    Type: {m['ptype']}", f"Ansvarlig: {m['resp']}    Samarbeid: {', '.join(m['partners'])}",
                 f"Periode: {m['period']}"]
        yy = by_ + bh - 28
        for l in lines:
            c.setFont("DV", 8.5); c.drawString(48, yy, l); yy -= 13
        c.showPage()
    c.save()


# ---------------------------------------------------------------- Akademikerne 2020 bubble chart
def bubble(rep, path):
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4); c.setTitle("Akademikerne – tiltak 2020")
    ms = rep["measures"]
    c.setFont("DVB", 16); c.drawString(40, H - 50, "Akademikerne – tiltak i 2020")
    c.setFont("DV", 9); c.drawString(40, H - 65, "Rapport til Kompetansepolitisk råd. Figuren viser tiltakene etter delmål og oppstartsår.")
    codes = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"]
    years = [2017, 2018, 2019, 2020, 2021]
    gx, gy, gw, gh = 70, H - 330, 470, 220
    c.setStrokeColor(colors.black); c.setLineWidth(0.8); c.line(gx, gy, gx + gw, gy); c.line(gx, gy, gx, gy + gh)
    c.setFont("DV", 6.5)
    for i, code in enumerate(codes):
        x = gx + 15 + i * (gw - 30) / 15
        c.drawCentredString(x, gy - 10, code)
    for j, yv in enumerate(years):
        y = gy + 20 + j * (gh - 30) / 4
        c.drawRightString(gx - 5, y - 2, str(yv))
        c.setStrokeColor(colors.HexColor("#E0E0E0")); c.line(gx, y, gx + gw, y); c.setStrokeColor(colors.black)
    c.setFont("DVI", 7); c.drawCentredString(gx + gw / 2, gy - 22, "Delmål"); c.drawString(gx - 40, gy + gh + 6, "Oppstartsår")
    sizes = [14, 18, 10, 16, 22]
    cols = ["#1565C0", "#2E7D32", "#EF6C00", "#6A1B9A", "#00838F"]
    for n, m in enumerate(ms, 1):
        import re
        yr = int(re.search(r"(20\d\d)", m["period"]).group(1))
        for code in m["dm"]:
            x = gx + 15 + codes.index(code) * (gw - 30) / 15
            y = gy + 20 + years.index(yr) * (gh - 30) / 4
            c.setFillColor(colors.HexColor(cols[n - 1])); c.setFillAlpha(0.55)
            c.circle(x, y, sizes[n - 1], fill=1, stroke=0)
            c.setFillAlpha(1); c.setFillColor(colors.white); c.setFont("DVB", 8); c.drawCentredString(x, y - 3, str(n))
    c.setFillColor(colors.black); c.setFont("DVI", 7)
    c.drawString(gx, gy - 36, "Boblestørrelse = anslått antall medlemmer som berøres. Tiltak med to delmål vises med to bobler.")
    st = ParagraphStyle("t", fontName="DV", fontSize=7.5, leading=9.5)
    sth = ParagraphStyle("th", fontName="DVB", fontSize=7.5, leading=9.5)
    data = [[Paragraph(h, sth) for h in ["Nr", "Tiltak", "Delmål", "Type", "Ansvarlig", "Samarbeid", "Periode"]]]
    for n, m in enumerate(ms, 1):
        data.append([Paragraph(str(n), st), Paragraph(esc(m["title"]), st), Paragraph(dm_codes(m, ", "), st), Paragraph(esc(m["ptype"]), st),
                     Paragraph(esc(m["resp"]), st), Paragraph(esc(", ".join(m["partners"])), st), Paragraph(esc(m["period"]), st)])
    t = Table(data, colWidths=[22, 135, 40, 85, 95, 80, 58])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E3F2FD")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    tw, th = t.wrapOn(c, W - 80, 300)
    c.setFont("DVB", 10); c.drawString(40, gy - 60, "Forklaring til figuren")
    t.drawOn(c, 40, gy - 70 - th)
    c.setFont("DV", 7); c.setFillColor(colors.grey); c.drawString(40, 30, "Akademikerne · akademikerne.no")
    c.save()


# ---------------------------------------------------------------- NHO 2021 QR cards
def qr_cards(rep, path):
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4); c.setTitle("NHO – tiltakskort 2021")
    c.setFont("DVB", 17); c.drawString(40, H - 50, "NHOs tiltak i 2021")
    c.setFont("DV", 9.5); c.drawString(40, H - 66, "Rapport til Kompetansepolitisk råd. Hvert kort har en QR-kode til mer informasjon på nho.no.")
    c.setFillColor(colors.HexColor("#F1F1F1")); c.rect(40, H - 112, W - 80, 34, fill=1, stroke=0)
    c.setFillColor(colors.black); c.setFont("DVB", 8.5); c.drawString(48, H - 92, "Skann for mer")
    c.setFont("DV", 8); c.drawString(48, H - 104, "Åpne kameraet på mobilen og pek mot koden. Lenkene virker til og med 31.12.2022.")
    y = H - 125
    for i, m in enumerate(rep["measures"]):
        lines = [("DVB", 10.5, l) for l in simpleSplit(m["title"], "DVB", 10.5, W - 200)]
        part = f" | Partnere: {', '.join(m['partners'])}" if m["partners"] else ""
        meta = f"Delmål {dm_codes(m, ', ')} | Type: {m['ptype']} | Ansvar: {m['resp']}{part} | {m['period']}"
        lines += [("DV", 7.8, l) for l in simpleSplit(meta, "DV", 7.8, W - 200)]
        lines += [("DVS", 8.8, l) for l in simpleSplit(m["desc"], "DVS", 8.8, W - 200)]
        h = max(sum(s * 1.35 for _, s, _ in lines) + 16, 96)
        if y - h < 40:
            c.showPage(); y = H - 40
        c.setStrokeColor(colors.HexColor("#0B5CA8")); c.setLineWidth(1); c.roundRect(40, y - h, W - 80, h, 6, fill=0, stroke=1)
        yy = y - 8
        for f, s, l in lines:
            yy -= s * 1.35; c.setFont(f, s); c.setFillColor(colors.black); c.drawString(52, yy, l)
        url = f"nho.no/nkps/{i + 1:02d}"
        q = QrCodeWidget("https://www." + url); b = q.getBounds(); d = Drawing(70, 70, transform=[70 / (b[2] - b[0]), 0, 0, 70 / (b[3] - b[1]), 0, 0])
        d.add(q); renderPDF.draw(d, c, W - 125, y - 82)
        c.setFont("DVM", 6.5); c.drawCentredString(W - 90, y - 90, url)
        y -= h + 10
    c.save()


# ---------------------------------------------------------------- Innlandet 2021 lean A3
def lean_a3(rep, path):
    W, H = landscape(A3)
    c = canvas.Canvas(path, pagesize=(W, H)); c.setTitle("A3 Kompetanse for omstilling i Innlandet")
    c.setFillColor(colors.HexColor("#4A2C6E")); c.rect(0, H - 50, W, 50, fill=1, stroke=0)
    c.setFillColor(colors.white); c.setFont("DVB", 18); c.drawString(24, H - 32, "A3: Kompetanse for omstilling i Innlandet")
    c.setFont("DV", 9); c.drawRightString(W - 24, H - 24, "Eier: Fylkesdirektør for kompetanse  ·  Dato: 15.11.2021  ·  Versjon 1.2")
    c.drawRightString(W - 24, H - 38, "Rapport fra Innlandet fylkeskommune til Kompetansepolitisk råd 2021")

    def box(x, y, w, h, title, text=None):
        c.setStrokeColor(colors.HexColor("#4A2C6E")); c.setLineWidth(1.2); c.rect(x, y, w, h, fill=0, stroke=1)
        c.setFillColor(colors.HexColor("#E8E1F0")); c.rect(x, y + h - 20, w, 20, fill=1, stroke=0)
        c.setFillColor(colors.HexColor("#4A2C6E")); c.setFont("DVB", 11); c.drawString(x + 8, y + h - 14, title)
        if text:
            yy = y + h - 36
            for para_ in text:
                yy = wrap(c, para_, x + 8, yy, w - 16, "DV", 9, 12.5, colors.black) - 6
    L = 24; CW = 380; R = L + CW + 24; RW = W - R - 24
    box(L, H - 230, CW, 170, "1 Bakgrunn", ["Innlandet er et nytt fylke (2020) med stor industri i Gjøvik-regionen og mange voksne uten fullført videregående opplæring.",
                                             "Koronapandemien har gitt høy ledighet i reiseliv og handel."])
    box(L, H - 420, CW, 180, "2 Nåsituasjon", ["Om lag 52 000 voksne i fylket mangler fullført videregående opplæring.",
                                                 "Aktørene samarbeider lite, og tilbudene er vanskelige å finne for den enkelte.",
                                                 "Bedriftene melder om mangel på fagarbeidere (NHO Kompetansebarometer 2021)."])
    box(L, H - 580, CW, 150, "3 Mål", ["Innen 2024 skal 2 000 flere voksne ha fullført fagbrev.", "Alle voksne skal ha tilgang til karriereveiledning i egen region."])
    box(L, 24, CW, H - 614, "4 Årsaksanalyse", ["Hvorfor tar få voksne fagbrev? – Tilbudene passer dårlig med jobb.",
                                                 "Hvorfor passer de dårlig? – Opplæringen er ikke delt opp i moduler.",
                                                 "Hvorfor vet folk ikke om tilbudene? – Veiledningen er spredt på mange aktører."])
    # Tiltak box with table
    th = H - 290
    box(R, H - 60 - th, RW, th, "5 Tiltak")
    st = ParagraphStyle("t", fontName="DV", fontSize=8.5, leading=11)
    sth = ParagraphStyle("th", fontName="DVB", fontSize=8.5, leading=11, textColor=colors.white)
    data = [[Paragraph(h, sth) for h in ["Tiltak", "Delmål", "Type", "Ansvar", "Med", "Når", "Kort om"]]]
    for m in rep["measures"]:
        data.append([Paragraph("<b>" + esc(m["title"]) + "</b>", st), Paragraph(dm_codes(m, ", "), st), Paragraph(esc(m["ptype"]), st),
                     Paragraph(esc(m["resp"]), st), Paragraph(esc(", ".join(m["partners"])), st), Paragraph(esc(m["period"]), st),
                     Paragraph(esc(m["desc"]), st)])
    t = Table(data, colWidths=[160, 48, 108, 100, 120, 70, RW - 16 - 606])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#4A2C6E")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F6F3FA")])]))
    tw, thh = t.wrapOn(c, RW - 16, th)
    t.drawOn(c, R + 8, H - 60 - 28 - thh)
    box(R, 24, RW, H - 60 - th - 36, "6 Oppfølging", ["Status rapporteres til Kompetanseforum Innlandet hvert kvartal og til fylkestinget i desember.",
                                                      "Neste revisjon av A3-en: juni 2022."])
    c.save()


# ---------------------------------------------------------------- HK-dir 2023 data table
def datatable(rep, path):
    W, H = landscape(A4)
    c = canvas.Canvas(path, pagesize=(W, H)); c.setTitle("Tiltaksoversikt – HK-dir")
    c.setFont("DV", 7); c.setFillColor(colors.grey)
    c.drawString(20, H - 14, "14.03.2024, 10:42"); c.drawCentredString(W / 2, H - 14, "Tiltak i oppfølgingen av kompetansepolitikken | HK-dir")
    c.setFillColor(colors.HexColor("#002B45")); c.rect(20, H - 56, W - 40, 30, fill=1, stroke=0)
    c.setFillColor(colors.white); c.setFont("DVB", 12); c.drawString(30, H - 46, "HK-dir")
    c.setFont("DV", 8.5); c.drawString(100, H - 46, "Utdanning   Kompetanse   Karriere   Om oss")
    c.setFillColor(colors.black); c.setFont("DV", 7.5); c.drawString(20, H - 70, "Forside › Kompetansepolitikk › Tiltaksoversikt")
    c.setFont("DVB", 15); c.drawString(20, H - 92, "Tiltak i oppfølgingen av kompetansepolitikken 2023")
    c.setFont("DV", 8.5); c.drawString(20, H - 106, "Oversikten er HK-dirs rapport til Kompetansepolitisk råd for 2023.")
    c.setFont("DV", 8); c.drawString(20, H - 126, "Vis"); c.rect(38, H - 129, 30, 12); c.drawString(42, H - 126, "10 ▾"); c.drawString(72, H - 126, "oppføringer")
    c.drawRightString(W - 150, H - 126, "Søk:"); c.rect(W - 145, H - 129, 125, 12)
    st = ParagraphStyle("t", fontName="DV", fontSize=7.5, leading=9.5)
    sth = ParagraphStyle("th", fontName="DVB", fontSize=7.5, leading=9.5)
    hd = ["Tiltak ▲▼", "Delmål ▲▼", "Type ▲▼", "Ansvarlig ▲▼", "Samarbeid ▲▼", "Periode ▲▼", "Beskrivelse"]
    data = [[Paragraph(h, sth) for h in hd]]
    for m in rep["measures"]:
        data.append([Paragraph(esc(m["title"]), st), Paragraph(dm_codes(m, ", "), st), Paragraph(esc(m["ptype"]), st), Paragraph(esc(m["resp"]), st),
                     Paragraph(esc(", ".join(m["partners"])), st), Paragraph(esc(m["period"]), st), Paragraph(esc(m["desc"]), st)])
    t = Table(data, colWidths=[165, 52, 85, 60, 100, 65, W - 40 - 527])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.black), ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#DDDDDD")),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.HexColor("#F9F9F9"), colors.white]), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    tw, th = t.wrapOn(c, W - 40, H)
    t.drawOn(c, 20, H - 140 - th)
    y = H - 150 - th
    n = len(rep["measures"])
    c.setFont("DV", 8); c.drawString(20, y - 6, f"Viser 1 til {n} av {n} oppføringer")
    for i, lab in enumerate(["Forrige", "1", "Neste"]):
        x = W - 150 + i * 45; c.rect(x, y - 10, 40, 14); c.drawCentredString(x + 20, y - 6, lab)
    c.setFont("DV", 7); c.setFillColor(colors.grey)
    c.drawString(20, 14, "https://hkdir.no/kompetansepolitikk/tiltaksoversikt"); c.drawRightString(W - 20, 14, "1/1")
    c.setFillColor(colors.HexColor("#333333")); c.rect(20, 30, W - 40, 22, fill=1, stroke=0)
    c.setFillColor(colors.white); c.setFont("DV", 7.5)
    c.drawString(28, 38, "Vi bruker informasjonskapsler for å forbedre nettstedet.   [ Godta alle ]   [ Bare nødvendige ]")
    c.save()


# ---------------------------------------------------------------- Møre og Romsdal 2023 org chart (nn)
UNITS = [("Opplæring og kompetanse", ["mr_karr", "mr_sprak"]), ("Samfunnsutvikling", ["mr_plan", "mr_forum"]),
         ("Næring og innovasjon", ["mr_allianse"])]


def orgchart_nn(rep, path):
    W, H = landscape(A4)
    c = canvas.Canvas(path, pagesize=(W, H)); c.setTitle("Tiltakskart Møre og Romsdal 2023")
    by = {m["g"]: m for m in rep["measures"]}
    c.setFont("DVB", 15); c.drawString(30, H - 36, "Kven gjer kva? Kompetansetiltak i Møre og Romsdal fylkeskommune 2023")
    c.setFont("DV", 8.5); c.drawString(30, H - 50, "Rapport til Kompetansepolitisk råd. Tiltaka er plasserte under eininga som følgjer dei opp.")
    # top box
    tx, ty, tw, th = W / 2 - 90, H - 100, 180, 32
    c.setFillColor(colors.HexColor("#0E3B5C")); c.roundRect(tx, ty, tw, th, 4, fill=1, stroke=0)
    c.setFillColor(colors.white); c.setFont("DVB", 10); c.drawCentredString(W / 2, ty + 12, "Fylkesdirektør")
    uw = 235; gap = (W - 60 - 3 * uw) / 2
    c.setStrokeColor(colors.HexColor("#0E3B5C")); c.setLineWidth(1.2)
    c.line(W / 2, ty, W / 2, ty - 18); c.line(30 + uw / 2, ty - 18, 30 + 2 * (uw + gap) + uw / 2, ty - 18)
    order = []
    for i, (unit, gs) in enumerate(UNITS):
        ux = 30 + i * (uw + gap); uy = ty - 60
        c.line(ux + uw / 2, ty - 18, ux + uw / 2, uy + 26)
        c.setFillColor(colors.HexColor("#3A7CA5")); c.roundRect(ux, uy, uw, 26, 4, fill=1, stroke=0)
        c.setFillColor(colors.white); c.setFont("DVB", 9.5); c.drawCentredString(ux + uw / 2, uy + 9, unit)
        y = uy - 10
        for g in gs:
            m = by[g]; order.append(m)
            lines = [("DVB", 8.5, l) for l in simpleSplit(m["title"], "DVB", 8.5, uw - 26)]
            lines += [("DV", 7.5, f"{dm_codes(m, ', ')} · {TYPE_NN.get(m['type'], m['ptype']) if m['type'] != 'Annet' else m['ptype']} · {m['period']}")]
            if m["partners"]:
                lines += [("DVI", 7.5, l) for l in simpleSplit("Med: " + ", ".join(m["partners"]), "DVI", 7.5, uw - 26)]
            h = sum(s * 1.3 for _, s, _ in lines) + 10
            c.setStrokeColor(colors.HexColor("#3A7CA5")); c.line(ux + 8, y, ux + 8, y - h / 2); c.line(ux + 8, y - h / 2, ux + 16, y - h / 2)
            c.setFillColor(colors.HexColor("#EAF2F8")); c.rect(ux + 16, y - h, uw - 16, h, fill=1, stroke=1)
            yy = y - 4
            for f, s, l in lines:
                yy -= s * 1.3; c.setFillColor(colors.black); c.setFont(f, s); c.drawString(ux + 22, yy + 2, l)
            y -= h + 10
    c.setFont("DVI", 8); c.setFillColor(colors.black)
    c.drawString(30, 40, "Ansvarleg for alle tiltaka: Møre og Romsdal fylkeskommune (eininga i kartet følgjer opp).")
    c.drawString(30, 28, "Forkortingar: Råd/utval/nettverk = råd, utval eller nettverk. Tal = delmål i Nasjonal kompetansepolitisk strategi.")
    c.save()
    return order
