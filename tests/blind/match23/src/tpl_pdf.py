# -*- coding: utf-8 -*-
"""PDF (reportlab) templates of batch match23 (one function per template)."""
import math
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm, cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether, PageBreak)
from common import fonts, codes, oldnos, partners, esc

fonts()


def S(name, font="DV", size=10, leading=None, color=colors.black, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.3, textColor=color, **kw)


def wrap(c, text, x, y, w, font="DV", size=9, leading=None, color=colors.black):
    leading = leading or size * 1.25
    c.setFont(font, size); c.setFillColor(color)
    for ln in simpleSplit(text, font, size, w):
        c.drawString(x, y, ln); y -= leading
    return y


# ------------------------------------------------------------------ 3 VOFO 2017
def course_catalogue_entries(rep, path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2.2 * cm,
                            bottomMargin=2 * cm, title="Kurs og tiltak 2017 – studieforbundene", author="VOFO")
    green = colors.HexColor("#2E7D32")

    def deco(c, d):
        c.saveState(); c.setFillColor(green); c.rect(0, A4[1] - 1.2 * cm, A4[0], 1.2 * cm, fill=1, stroke=0)
        c.setFillColor(colors.white); c.setFont("DVB", 10)
        c.drawString(2 * cm, A4[1] - 0.8 * cm, "VOFO · Kurs og tiltak 2017")
        c.setFillColor(colors.grey); c.setFont("DV", 8); c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"{d.page}")
        c.restoreState()
    st = [Paragraph("Kurs og tiltak 2017", S("h", "DVB", 24, color=green)), Spacer(1, 6),
          Paragraph("Studieforbundenes bidrag til Nasjonal kompetansepolitisk strategi", S("s", "DVI", 12)),
          Spacer(1, 12),
          Paragraph("<b>Slik bruker du katalogen</b>", S("b", "DV", 11)),
          Paragraph("Katalogen er VOFOs rapport til Kompetansepolitisk råd for 2017. Hvert tiltak har et kursnummer, "
                    "en kort tabell med fakta og en omtale. Feltet «NKPS» viser hvilket av strategiens nummererte "
                    "tiltak kurset følger opp. Prisene gjelder for deltakerne.", S("p", "DV", 10)), Spacer(1, 14)]
    prices = ["Gratis", "Gratis", "kr 450", "Interne", "kr 950 inkl. lunsj", "kr 200"]
    for n, m in enumerate(rep["measures"]):
        lab = S("l", "DVB", 8, color=colors.HexColor("#555555")); val = S("v", "DV", 9)
        rows = [[Paragraph("Målgruppe", lab), Paragraph(["Voksne med svake grunnleggende ferdigheter",
                 "Voksne innvandrere", "Kursledere", "Ansatte i VOFO", "Alle interesserte", "Seniorer"][n], val),
                 Paragraph("Arrangør", lab), Paragraph(esc(m["resp"]), val)],
                [Paragraph("Samarbeid", lab), Paragraph(esc(partners(m)), val),
                 Paragraph("Tid", lab), Paragraph(esc(m["period"]), val)],
                [Paragraph("Kategori", lab), Paragraph(esc(m["ptype"]), val),
                 Paragraph("Pris", lab), Paragraph(prices[n], val)],
                [Paragraph("NKPS", lab), Paragraph("tiltak nr. " + oldnos(m), val), "", ""]]
        t = Table(rows, colWidths=[2.2 * cm, 6.3 * cm, 2.0 * cm, 6.5 * cm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey),
                               ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F1F8E9"))]))
        st.append(KeepTogether([
            Paragraph(f"Kurs 17-{31 + n * 7:03d}", S("k", "DV", 8, color=green)),
            Paragraph(esc(m["title"]), S("t", "DVB", 13, 16)), Spacer(1, 4), t, Spacer(1, 4),
            Paragraph(esc(m["desc"]), S("d", "DV", 10)), Spacer(1, 16)]))
    box = Table([[Paragraph("<b>Påmelding og kontakt</b><br/>Påmelding skjer hos det enkelte studieforbund. "
                            "Spørsmål om katalogen: post@vofo.no, tlf. 22 00 00 00.", S("c", "DV", 9))]],
                colWidths=[17 * cm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, green), ("BACKGROUND", (0, 0), (-1, -1), colors.whitesmoke)]))
    st.append(box)
    doc.build(st, onFirstPage=deco, onLaterPages=deco)


# ------------------------------------------------------------------ 4 KD 2018
def tildelingsbrev_oppdrag(rep, path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title="Regjeringens rapportering 2018", author="Kunnskapsdepartementet")
    b = S("b", "DVS", 10.5, 14)
    st = [Paragraph("Det kongelige kunnskapsdepartement", S("l", "DVSB", 13)),
          Paragraph("Kompetansepolitisk råd<br/>v/ Kompetanse Norge", S("a", "DVS", 10)), Spacer(1, 8),
          Paragraph("Deres ref. &nbsp;&nbsp; Vår ref. 18/4471 &nbsp;&nbsp; Dato 14. desember 2018", S("r", "DVS", 9)),
          Spacer(1, 14),
          Paragraph("Regjeringens rapportering 2018 – oppdrag og tiltak i oppfølgingen av Nasjonal "
                    "kompetansepolitisk strategi", S("h", "DVSB", 14, 18)), Spacer(1, 8),
          Paragraph("1 Innledning", S("h2", "DVSB", 12)),
          Paragraph("Regjeringen følger opp strategien gjennom oppdrag til underliggende virksomheter og gjennom egne "
                    "tiltak. Oppdragene under er gitt i tildelingsbrev eller egne oppdragsbrev. For hvert oppdrag "
                    "oppgis virksomheten som har ansvaret, samarbeidspartnere, delmål, kategori, tidsrom og frist for "
                    "rapportering til departementet.", b), Spacer(1, 8),
          Paragraph("2 Oppdrag", S("h2", "DVSB", 12))]
    frister = ["1. mars 2019", "1. november 2019", "1. mars 2019", "15. januar 2019", "1. juni 2019",
               "1. september 2019", "1. oktober 2019"]
    lab = S("lb", "DVS", 9.5, 12.5)
    for n, m in enumerate(rep["measures"]):
        rows = [["Virksomhet:", m["resp"]], ["Samarbeid med:", partners(m)], ["Delmål i NKPS:", codes(m, " og ")],
                ["Kategori:", m["ptype"]], ["Tidsrom:", m["period"]], ["Frist for rapportering:", frister[n]]]
        t = Table([[Paragraph(a, S("x", "DVSB", 9)), Paragraph(esc(v), lab)] for a, v in rows],
                  colWidths=[4.2 * cm, 11.8 * cm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        st.append(KeepTogether([Paragraph(f"Oppdrag 2018-{n + 1:02d}: {esc(m['title'])}", S("o", "DVSB", 11, 14)),
                                Spacer(1, 3), t, Spacer(1, 3), Paragraph(esc(m["desc"]), b), Spacer(1, 10)]))
    st += [Paragraph("3 Budsjett", S("h2", "DVSB", 12)),
           Paragraph("Midlene til oppdragene er stilt til disposisjon over følgende poster:", b)]
    bt = Table([["Kap./post", "Formål", "Beløp (mill. kr)"], ["257.21", "Kompetansepluss", "163,4"],
                ["258.21", "Kompetanse Norge, særskilte driftsutgifter", "92,1"],
                ["226.21", "Utdanningsdirektoratet, forsøk", "14,0"]], colWidths=[3 * cm, 9 * cm, 4 * cm])
    bt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DVS", 9), ("FONT", (0, 0), (-1, 0), "DVSB", 9),
                            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black), ("ALIGN", (2, 0), (2, -1), "RIGHT")]))
    st += [bt, Spacer(1, 14),
           Paragraph("Med hilsen<br/><br/>Ekspedisjonssjef<br/>Avdeling for kompetansepolitikk", b), Spacer(1, 10),
           Paragraph("Kontaktperson: seniorrådgiver, tlf. 22 24 00 00, postmottak@kd.dep.no", S("k", "DVS", 8))]
    doc.build(st)


# ------------------------------------------------------------------ 7 Unio 2018
def drop_cap_feature_article(rep, path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.4 * cm, rightMargin=2.4 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title="Kompetanse i velferdsstaten", author="Unio")
    navy = colors.HexColor("#1A237E")
    st = [Paragraph("UNIO MAGASIN · ÅRSRAPPORT 2018", S("m", "DVB", 9, color=navy)), Spacer(1, 6),
          Paragraph("Kompetanse i velferdsstaten", S("h", "DVSB", 26, 30)), Spacer(1, 6),
          Paragraph("Unio og forbundene har i 2018 arbeidet med kompetanse på mange fronter. Her er tiltakene vi "
                    "rapporterer til Kompetansepolitisk råd.", S("i", "DVSI", 13, 17, colors.HexColor("#333333"))),
          Spacer(1, 14)]
    body = S("b", "DVS", 10.5, 14.5)
    for n, m in enumerate(rep["measures"]):
        st.append(Paragraph(esc(m["title"]), S("t", "DVB", 13, 16, navy)))
        st.append(Paragraph(esc(f"Delmål {codes(m, ' og ')} | {m['ptype']} | Ansvar: {m['resp']} | Med: "
                                f"{partners(m)} | {m['period']}"), S("f", "DVI", 8.5, 11, colors.HexColor("#555555"))))
        st.append(Spacer(1, 4))
        d = m["desc"]
        cap = Table([[Paragraph(d[0], S("dc", "DVSB", 34, 36, navy)), Paragraph(esc(d[1:]), body)]],
                    colWidths=[1.1 * cm, 15.0 * cm])
        cap.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("TOPPADDING", (0, 0), (0, 0), -4)]))
        st += [cap, Spacer(1, 12)]
        if n == 1:
            q = Table([[Paragraph("«Kompetanse er den viktigste innsatsfaktoren i velferdstjenestene – og den må "
                                  "bygges der arbeidet skjer.»", S("q", "DVSI", 15, 20, navy))],
                       [Paragraph("– Unio-lederen på årets kompetansekonferanse", S("qa", "DV", 9))]], colWidths=[14 * cm])
            q.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 2, navy), ("LINEBELOW", (0, -1), (-1, -1), 2, navy)]))
            st += [q, Spacer(1, 12)]
    st.append(Paragraph("Tekst: Unio-sekretariatet. Foto: Unio.", S("c", "DVI", 8)))
    doc.build(st)


# ------------------------------------------------------------------ 8 NHO 2019
def mobile_narrow_pages(rep, path):
    W, H = 100 * mm, 210 * mm
    c = canvas.Canvas(path, pagesize=(W, H)); c.setTitle("NHO Kompetanse – tiltak 2019"); c.setAuthor("NHO")
    blue = colors.HexColor("#003C71"); page = [0]

    def chrome():
        page[0] += 1
        c.setFillColor(colors.black); c.setFont("DVB", 7); c.drawString(5 * mm, H - 5 * mm, "09:41")
        c.drawRightString(W - 5 * mm, H - 5 * mm, "▮▮▮ 87 %")
        c.setFillColor(blue); c.rect(0, H - 17 * mm, W, 10 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white); c.setFont("DVB", 10); c.drawString(5 * mm, H - 13.5 * mm, "☰  NHO · Kompetanse")
        c.setFillColor(colors.HexColor("#F2F2F2")); c.rect(0, 0, W, 12 * mm, fill=1, stroke=0)
        c.setFillColor(colors.HexColor("#555555")); c.setFont("DV", 7)
        for i, t in enumerate(["Hjem", "Tiltak", "Søk", "Profil"]):
            c.drawCentredString(W / 8 + i * W / 4, 5 * mm, t)
        c.setFont("DV", 5.5); c.drawCentredString(W / 2, 1.5 * mm, f"nho.no/kompetanse/tiltak-2019 · {page[0]}")
        return H - 22 * mm

    y = chrome()
    c.setFont("DVB", 13); c.setFillColor(colors.black); c.drawString(5 * mm, y - 4 * mm, "Våre tiltak 2019"); y -= 9 * mm
    y = wrap(c, "NHOs rapport til Kompetansepolitisk råd. Trykk på et tiltak for å lese mer.", 5 * mm, y, W - 10 * mm,
             "DV", 7.5, color=colors.HexColor("#444444"))
    c.setStrokeColor(colors.HexColor("#BBBBBB")); c.roundRect(5 * mm, y - 8 * mm, W - 10 * mm, 7 * mm, 3 * mm)
    c.setFont("DV", 7.5); c.setFillColor(colors.grey); c.drawString(8 * mm, y - 5.5 * mm, "Søk i tiltak …")
    y -= 12 * mm
    for m in rep["measures"]:
        fields = [("Delmål", codes(m, ", ")), ("Type tiltak", m["ptype"]), ("Ansvarlig", m["resp"]),
                  ("Samarbeidspartnere", partners(m)), ("Periode", m["period"])]
        tw = W - 16 * mm
        lines_t = simpleSplit(m["title"], "DVB", 9.5, tw)
        need = len(lines_t) * 12 + sum(8 + 9 * len(simpleSplit(v, "DV", 7.5, tw)) for _, v in fields) \
            + 9 * len(simpleSplit(m["desc"], "DV", 7.5, tw)) + 30
        if y - need < 16 * mm:
            c.showPage(); y = chrome()
        top = y
        yy = y - 5 * mm
        yy = wrap(c, m["title"], 8 * mm, yy, tw, "DVB", 9.5, 12)
        yy -= 2
        for lab, v in fields:
            c.setFont("DV", 6); c.setFillColor(colors.grey); c.drawString(8 * mm, yy, lab); yy -= 8
            yy = wrap(c, v, 8 * mm, yy, tw, "DV", 7.5, 9)
        yy -= 3
        yy = wrap(c, m["desc"], 8 * mm, yy, tw, "DV", 7.5, 9, colors.HexColor("#333333"))
        c.setFont("DV", 6.5); c.setFillColor(blue); c.drawString(8 * mm, yy - 2, "Vis mindre ▴"); yy -= 10
        c.setStrokeColor(colors.HexColor("#CCCCCC")); c.roundRect(5 * mm, yy, W - 10 * mm, top - yy, 2 * mm)
        y = yy - 4 * mm
    c.showPage(); c.save()


# ------------------------------------------------------------------ 10 ASD 2019
LANES = ["Arbeids- og sosialdepartementet (ASD)", "Arbeids- og velferdsdirektoratet", "NAV", "Partene og andre"]
LANE_OF = {"ASD": 0, "Arbeids- og velferdsdirektoratet": 1, "NAV": 2}
CIRC = "①②③④⑤⑥⑦⑧⑨"


def swimlane_diagram(rep, path):
    W, H = landscape(A4)
    c = canvas.Canvas(path, pagesize=(W, H)); c.setTitle("ASD – tiltak 2019"); c.setAuthor("ASD")
    c.setFont("DVB", 14); c.drawString(1.5 * cm, H - 1.5 * cm, "Arbeids- og sosialdepartementet – tiltak i NKPS 2019")
    c.setFont("DV", 8.5); c.drawString(1.5 * cm, H - 2.1 * cm,
                                      "Ansvarsflyt: hver boks er et tiltak i banen til den som har ansvaret. Piler viser samarbeid.")
    top, lh, x0 = H - 2.6 * cm, 4.3 * cm, 1.5 * cm
    for i, ln in enumerate(LANES):
        y = top - (i + 1) * lh
        c.setFillColor(colors.HexColor(["#E3F2FD", "#E8F5E9", "#FFF8E1", "#F3E5F5"][i]))
        c.rect(x0, y, W - 3 * cm, lh, fill=1, stroke=1)
        c.setFillColor(colors.HexColor("#37474F")); c.rect(x0, y, 1.0 * cm, lh, fill=1, stroke=0)
        c.saveState(); c.translate(x0 + 0.65 * cm, y + lh / 2); c.rotate(90); c.setFillColor(colors.white)
        c.setFont("DVB", 6.5); c.drawCentredString(0, 0, ln[:38]); c.restoreState()
    pos = {}
    count = {}
    bw = 6.2 * cm
    for n, m in enumerate(rep["measures"]):
        lane = LANE_OF.get(m["resp"], 0)
        k = count.get(lane, 0); count[lane] = k + 1
        bx = x0 + 1.4 * cm + k * (bw + 0.9 * cm) + (lane % 2) * 1.2 * cm
        by = top - (lane + 1) * lh + 0.35 * cm
        bh = lh - 0.7 * cm
        c.setFillColor(colors.white); c.setStrokeColor(colors.HexColor("#455A64"))
        c.roundRect(bx, by, bw, bh, 4, fill=1, stroke=1)
        yy = by + bh - 0.45 * cm
        c.setFillColor(colors.black); c.setFont("DVB", 8); c.drawString(bx + 4, yy, CIRC[n]); 
        yy = wrap(c, m["title"], bx + 16, yy, bw - 22, "DVB", 7.5, 9)
        yy -= 2
        for t in [f"Delmål {codes(m, ', ')} · {m['ptype']}", f"Ansvar: {m['resp']}", f"Med: {partners(m)}",
                  m["period"]]:
            yy = wrap(c, t, bx + 16, yy, bw - 22, "DV", 6.5, 8, colors.HexColor("#37474F"))
        pos[n] = (bx + bw / 2, by)
    # arrows to partner lane
    c.setStrokeColor(colors.HexColor("#8E24AA")); c.setDash(3, 2)
    for n, (x, y) in pos.items():
        ty = top - 4 * lh + lh * 0.75
        if y > ty:
            c.line(x, y, x, ty); c.line(x - 3, ty + 5, x, ty); c.line(x + 3, ty + 5, x, ty)
            c.setFont("DVI", 6); c.setFillColor(colors.HexColor("#8E24AA")); c.drawString(x + 3, ty + 8, "samarbeid")
    c.setDash()
    c.setFont("DV", 7); c.setFillColor(colors.grey); c.drawRightString(W - 1.5 * cm, 0.8 * cm, "Side 1 av 2")
    c.showPage()
    c.setFont("DVB", 14); c.drawString(2 * cm, H - 2 * cm, "Forklaring til tiltakene")
    y = H - 3 * cm
    for n, m in enumerate(rep["measures"]):
        c.setFont("DVB", 10); c.setFillColor(colors.black); c.drawString(2 * cm, y, CIRC[n])
        y = wrap(c, m["title"], 2.7 * cm, y, W - 5 * cm, "DVB", 10, 13)
        y = wrap(c, m["desc"], 2.7 * cm, y - 1, W - 5 * cm, "DV", 9.5, 12.5) - 10
    c.setFont("DV", 7); c.setFillColor(colors.grey); c.drawRightString(W - 1.5 * cm, 0.8 * cm, "Side 2 av 2")
    c.showPage(); c.save()


# ------------------------------------------------------------------ 11 KD 2020
def speaker_notes_pages(rep, path):
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4); c.setTitle("Regjeringens oppfølging 2020 – notatsider"); c.setAuthor("KD")
    sw, sh = 15 * cm, 15 * cm * 9 / 16
    sx, sy = (W - sw) / 2, H - 2 * cm - sh
    total = len(rep["measures"]) + 2
    red = colors.HexColor("#9B1B30")

    def slide(title, bullets, n, big=False):
        c.setStrokeColor(colors.black); c.setLineWidth(0.8); c.rect(sx, sy, sw, sh)
        c.setFillColor(red); c.rect(sx, sy, sw, 0.5 * cm, fill=1, stroke=0)
        c.setFillColor(colors.white); c.setFont("DV", 6); c.drawString(sx + 6, sy + 5, "Kunnskapsdepartementet")
        c.drawRightString(sx + sw - 6, sy + 5, str(n))
        c.setFillColor(colors.black)
        yy = sy + sh - (3.2 * cm if big else 1.2 * cm)
        yy = wrap(c, title, sx + 1 * cm, yy, sw - 2 * cm, "DVB", 18 if big else 14, 21 if big else 17)
        yy -= 8
        for b in bullets:
            yy = wrap(c, "• " + b, sx + 1.2 * cm, yy, sw - 2.4 * cm, "DV", 10, 13) - 3

    def notes_head():
        c.setFont("DVB", 9); c.setFillColor(colors.black); c.drawString(2.5 * cm, sy - 1.2 * cm, "Notater:")
        return sy - 1.8 * cm

    def foot(n):
        c.setFont("DV", 7); c.setFillColor(colors.grey)
        c.drawString(2 * cm, 1.2 * cm, "KP-råd 10.12.2020 – regjeringens oppfølging")
        c.drawRightString(W - 2 * cm, 1.2 * cm, f"{n}")

    slide("Kompetansepolitisk råd – regjeringens oppfølging av strategien 2020", ["Statssekretær, KD",
          "Møte i Kompetansepolitisk råd 10. desember 2020"], 1, big=True)
    y = notes_head()
    wrap(c, "Velkommen. Presentasjonen er regjeringens skriftlige rapportering for 2020. Hvert lysbilde viser ett "
            "tiltak; fakta står i notatene.", 2.5 * cm, y, W - 5 * cm, "DV", 9.5, 12.5)
    foot(1); c.showPage()
    slide("Innhold", [m["title"] for m in rep["measures"]], 2)
    y = notes_head()
    wrap(c, "Oversikt over tiltakene som presenteres. Rekkefølgen følger ikke delmålene.", 2.5 * cm, y, W - 5 * cm,
         "DV", 9.5, 12.5)
    foot(2); c.showPage()
    for i, m in enumerate(rep["measures"], 3):
        bl = [m["desc"].split(". ")[0].rstrip(".") + "."]
        slide(m["title"], bl, i)
        y = notes_head()
        for lab, v in [("Delmål", codes(m, " og ")), ("Type tiltak", m["ptype"]), ("Ansvarlig", m["resp"]),
                       ("Samarbeidspartnere", partners(m)), ("Periode", m["period"])]:
            c.setFont("DVB", 9.5); c.drawString(2.5 * cm, y, lab + ":")
            y = wrap(c, v, 6.6 * cm, y, W - 9.1 * cm, "DV", 9.5, 12.5)
        y -= 6
        wrap(c, m["desc"], 2.5 * cm, y, W - 5 * cm, "DV", 9.5, 12.5)
        foot(i); c.showPage()
    c.save()


# ------------------------------------------------------------------ 12 Trøndelag 2020
AREA_OF = {"1": "Gode valg", "2": "Læring i arbeidslivet", "3": "Voksne med svak tilknytning"}


def mind_map_radial(rep, path):
    W, H = landscape(A4)
    c = canvas.Canvas(path, pagesize=(W, H)); c.setTitle("Tiltakskart 2020"); c.setAuthor("Trøndelag fylkeskommune")
    cx, cy = W / 2, H / 2 - 0.5 * cm
    c.setFont("DVB", 13); c.drawString(1.5 * cm, H - 1.4 * cm, "Trøndelag fylkeskommune – tiltakskart 2020")
    c.setFont("DV", 8); c.drawString(1.5 * cm, H - 1.9 * cm, "Rapport til Kompetansepolitisk råd. Omtale av tiltakene på neste side.")
    teal = colors.HexColor("#00695C")
    # area nodes
    areas = {"1": (cx - 7.5 * cm, cy + 3.2 * cm), "2": (cx + 7.5 * cm, cy + 3.2 * cm), "3": (cx, cy - 5.2 * cm)}
    leaves = {"1": [], "2": [], "3": []}
    for m in rep["measures"]:
        leaves[m["delmal"][0][0]].append(m)
    # leaf positions by area
    offs = {"1": [(-4.0, 3.0), (-3.6, -2.0), (-0.2, -4.4), (3.0, 3.4)], "2": [(2.6, 3.0), (5.2, -1.6)],
            "3": [(-8.2, -0.6), (7.4, -0.2)]}
    c.setStrokeColor(teal); c.setLineWidth(1.5)
    for a, (ax, ay) in areas.items():
        c.line(cx, cy, ax, ay)
    boxes = []
    for a, (ax, ay) in areas.items():
        for m, (dx, dy) in zip(leaves[a], offs[a]):
            bx, by = ax + dx * cm, ay + dy * cm
            c.setLineWidth(0.8); c.line(ax, ay, bx, by)
            boxes.append((m, bx, by))
    for a, (ax, ay) in areas.items():
        c.setFillColor(colors.HexColor("#B2DFDB")); c.ellipse(ax - 2.4 * cm, ay - 0.7 * cm, ax + 2.4 * cm, ay + 0.7 * cm, fill=1)
        c.setFillColor(colors.black); c.setFont("DVB", 8)
        c.drawCentredString(ax, ay + 1, f"Innsatsområde {a}"); c.setFont("DV", 7); c.drawCentredString(ax, ay - 9, AREA_OF[a])
    c.setFillColor(teal); c.circle(cx, cy, 1.6 * cm, fill=1)
    c.setFillColor(colors.white); c.setFont("DVB", 9); c.drawCentredString(cx, cy + 4, "Kompetanse-")
    c.drawCentredString(cx, cy - 8, "strategi 2020")
    bw = 5.4 * cm
    for m, bx, by in boxes:
        lines = [(m["title"], "DVB", 7.5)] + [(t, "DV", 6.2) for t in
                 [f"{codes(m, ', ')} · {m['ptype']} · {m['period']}", f"Ansvar: {m['resp']}", f"Med: {partners(m)}"]]
        hh = sum(len(simpleSplit(t, f, s, bw - 10)) * (s + 2) for t, f, s in lines) + 10
        x, y = bx - bw / 2, by - hh / 2
        c.setFillColor(colors.white); c.setStrokeColor(teal); c.roundRect(x, y, bw, hh, 5, fill=1)
        yy = y + hh - 10
        for t, f, s in lines:
            yy = wrap(c, t, x + 5, yy, bw - 10, f, s, s + 2)
    c.showPage()
    c.setFont("DVB", 14); c.setFillColor(colors.black); c.drawString(2 * cm, H - 2 * cm, "Om tiltakene")
    y = H - 3 * cm
    for m in rep["measures"]:
        y = wrap(c, m["title"], 2 * cm, y, W - 4 * cm, "DVB", 10, 13)
        y = wrap(c, m["desc"], 2 * cm, y, W - 4 * cm, "DV", 9.5, 12.5) - 9
    c.showPage(); c.save()


# ------------------------------------------------------------------ 15 HK-dir 2021
def label_inside_cell_grid(rep, path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title="HK-dir – rapport 2021", author="HK-dir")
    pur = colors.HexColor("#4A148C")
    st = [Paragraph("Direktoratet for høyere utdanning og kompetanse", S("a", "DVB", 10, color=pur)),
          Paragraph("Rapport til Kompetansepolitisk råd 2021", S("h", "DVB", 18, 22)), Spacer(1, 6),
          Paragraph("Kompetanse Norge ble en del av HK-dir 1. juli 2021. Rapporten omfatter tiltak som tidligere ble "
                    "rapportert av Kompetanse Norge. Hvert tiltak står i sitt eget rutenett.", S("p", "DV", 10)),
          Spacer(1, 12)]
    cs = S("c", "DV", 9, 12)

    def cell(l, v):
        return Paragraph(f"<b>{l}:</b> {esc(v)}", cs)
    for m in rep["measures"]:
        data = [[cell("Tiltak", m["title"]), ""],
                [cell("Delmål", codes(m, ", ")), cell("Type", m["ptype"])],
                [cell("Ansvarlig", m["resp"]), cell("Samarbeid", partners(m))],
                [cell("Periode", m["period"]), ""],
                [cell("Beskrivelse", m["desc"]), ""]]
        t = Table(data, colWidths=[8.5 * cm, 8.5 * cm])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#7B1FA2")),
                               ("SPAN", (0, 0), (1, 0)), ("SPAN", (0, 3), (1, 3)), ("SPAN", (0, 4), (1, 4)),
                               ("BACKGROUND", (0, 0), (1, 0), colors.HexColor("#F3E5F5")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        st += [KeepTogether([t]), Spacer(1, 14)]
    st.append(Paragraph("HK-dir, desember 2021. Kontakt: postmottak@hkdir.no", S("k", "DVI", 8)))
    doc.build(st)


# ------------------------------------------------------------------ 20 NAV 2023
def comb_field_blankett(rep, path):
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4); c.setTitle("NAV 99-00.23 Rapportering av tiltak"); c.setAuthor("NAV")
    red = colors.HexColor("#C30000")
    npages = 1 + len(rep["measures"]) // 2
    pg = [0]

    def comb(x, y, s, boxes=None, w=5.2 * mm, h=6.5 * mm):
        boxes = boxes or len(s)
        c.setStrokeColor(colors.black); c.setLineWidth(0.6)
        for i in range(boxes):
            c.rect(x + i * w, y, w, h)
            if i < len(s):
                c.setFont("DVM", 10); c.setFillColor(colors.black); c.drawCentredString(x + i * w + w / 2, y + 1.7 * mm, s[i])
        return x + boxes * w

    def head():
        pg[0] += 1
        c.setFillColor(red); c.setFont("DVB", 16); c.drawString(2 * cm, H - 2 * cm, "NAV")
        c.setFillColor(colors.black); c.setFont("DVB", 12)
        c.drawString(3.8 * cm, H - 2 * cm, "Rapportering av tiltak – Nasjonal kompetansepolitisk strategi")
        c.setFont("DV", 7.5); c.drawRightString(W - 2 * cm, H - 1.3 * cm, "NAV 99-00.23 Bokmål")
        c.setFont("DV", 7); c.setFillColor(colors.grey)
        c.drawString(2 * cm, 1.2 * cm, "NAV 99-00.23 Bokmål · Fastsatt av Arbeids- og velferdsdirektoratet")
        c.drawRightString(W - 2 * cm, 1.2 * cm, f"Side {pg[0]} av {npages}")
        c.setFillColor(colors.black)

    def line(label, value, x, y, w):
        c.setFont("DV", 7); c.setFillColor(colors.HexColor("#444444")); c.drawString(x, y + 12, label)
        c.setFillColor(colors.black)
        yy = wrap(c, value, x + 2, y + 2, w - 4, "DV", 9.5, 11.5)
        c.setStrokeColor(colors.grey); c.line(x, yy + 8, x + w, yy + 8)
        return yy - 14

    head()
    y = H - 3.2 * cm
    c.setFont("DVB", 10); c.drawString(2 * cm, y, "Del 1 – Opplysninger om rapportøren"); y -= 1.3 * cm
    c.setFont("DV", 7); c.drawString(2 * cm, y + 20, "Organisasjonsnummer")
    comb(2 * cm, y, "889640782")
    c.drawString(9 * cm, y + 20, "Rapporteringsår"); comb(9 * cm, y, "2023")
    y -= 1.4 * cm
    y = line("Virksomhetens navn", "Arbeids- og velferdsetaten (NAV)", 2 * cm, y, 17 * cm)
    y = line("Kontaktperson", "Seniorrådgiver, Arbeids- og velferdsdirektoratet", 2 * cm, y, 17 * cm)
    y -= 4
    c.setFillColor(colors.HexColor("#FFF3E0")); c.rect(2 * cm, y - 2.6 * cm, 17 * cm, 2.4 * cm, fill=1, stroke=0)
    wrap(c, "Veiledning: Fyll ut én del per tiltak. Delmål føres med kode, ett tegn per rute, for eksempel 3.5. Har "
            "tiltaket flere delmål, bruk flere rutefelt. Type tiltak velges fra listen i rundskrivet: Kurs/utdanning, "
            "Arrangement, Råd/utvalg/nettverk, FoU, Prosjekt eller Informasjon.", 2.3 * cm, y - 0.6 * cm, 16.4 * cm,
         "DVI", 8, 10.5)
    y -= 3.3 * cm
    for n, m in enumerate(rep["measures"], 1):
        if n % 2 == 0 or (n == 1 and y < 12 * cm):
            c.showPage(); head(); y = H - 3.2 * cm
        c.setFillColor(colors.HexColor("#EEEEEE")); c.rect(2 * cm, y - 4, 17 * cm, 16, fill=1, stroke=0)
        c.setFillColor(colors.black); c.setFont("DVB", 10); c.drawString(2.2 * cm, y, f"Del 2 – Tiltak {n}")
        y -= 1.1 * cm
        y = line("2.1 Navn på tiltak", m["title"], 2 * cm, y, 17 * cm)
        c.setFont("DV", 7); c.setFillColor(colors.HexColor("#444444")); c.drawString(2 * cm, y + 12, "2.2 Delmål (kode)")
        x = 2 * cm
        for cd in m["delmal"]:
            x = comb(x, y - 8, cd) + 4 * mm
        y -= 1.3 * cm
        y = line("2.3 Type tiltak", m["ptype"], 2 * cm, y, 8 * cm)
        y += 0
        y = line("2.4 Ansvarlig", m["resp"], 2 * cm, y, 17 * cm)
        y = line("2.5 Samarbeidspartnere", partners(m, empty=""), 2 * cm, y, 17 * cm)
        y = line("2.6 Periode (fra–til)", m["period"], 2 * cm, y, 8 * cm)
        y = line("2.7 Kort beskrivelse av tiltaket", m["desc"], 2 * cm, y, 17 * cm)
        y -= 0.5 * cm
    c.setFont("DV", 8); c.drawString(2 * cm, max(y, 3 * cm), "Jeg bekrefter at opplysningene er riktige.   Dato: 15.01.2024   Signatur: ______________")
    c.showPage(); c.save()


# ------------------------------------------------------------------ 21 HK-dir 2025
COMMENTS = [("Kari N.", "Husk å oppdatere lenkene i rapporten."), ("Ola H.", "Tallene er kvalitetssikret mot søknadssystemet."),
            ("Kari N.", "Skal vi nevne de to nye bransjene med navn?"), None, ("Per S.", "Evalueringsrapporten publiseres i mai."),
            None, ("Ola H.", "Se også sak NKPS-88 om nytt søknadsskjema.")]


def issue_tracker_epic_export(rep, path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=1.8 * cm, rightMargin=1.8 * cm, topMargin=1.6 * cm,
                            bottomMargin=1.6 * cm, title="NKPS – eksport av epics", author="HK-dir")
    blue = colors.HexColor("#0052CC")

    def deco(c, d):
        c.saveState(); c.setFont("DV", 7); c.setFillColor(colors.grey)
        c.drawString(1.8 * cm, A4[1] - 1 * cm, "Jira · Prosjekt NKPS · Eksportert 15.01.2025 10:42 av sekretariatet")
        c.drawRightString(A4[0] - 1.8 * cm, 1 * cm, f"Side {d.page}")
        c.restoreState()
    st = [Paragraph("NKPS – rapport til Kompetansepolitisk råd 2025", S("h", "DVB", 16, 20)),
          Paragraph("Filter: <font name='DVM'>project = NKPS AND issuetype = Epic AND labels = rapport-2025</font> · "
                    f"{len(rep['measures'])} treff", S("f", "DV", 8.5, color=colors.HexColor("#444444"))), Spacer(1, 10)]
    lab = S("l", "DV", 8, color=colors.HexColor("#5E6C84")); val = S("v", "DV", 8.5)
    for n, m in enumerate(rep["measures"]):
        key = f"NKPS-{41 + n * 6}"
        labels = ", ".join("delmal-" + cd for cd in m["delmal"]) + ", type-" + m["ptype"]
        rows = [["Status", "Pågår" if "Løpende" in m["period"] or m["period"].endswith("2025") else "Ferdig"],
                ["Etiketter", labels], ["Ansvarlig", m["resp"]], ["Samarbeid", partners(m)], ["Tidsrom", m["period"]]]
        t = Table([[Paragraph(a, lab), Paragraph(esc(b), val)] for a, b in rows], colWidths=[3 * cm, 14 * cm])
        t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#DFE1E6")),
                               ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
        blk = [Paragraph(f"<font color='#0052CC'>⚡ {key}</font>&nbsp;&nbsp;{esc(m['title'])}", S("t", "DVB", 11, 14)),
               Spacer(1, 3), t, Spacer(1, 3), Paragraph("<b>Beskrivelse</b>", S("bh", "DV", 8.5)),
               Paragraph(esc(m["desc"]), S("d", "DV", 9.5, 12.5))]
        cm_ = COMMENTS[n]
        if cm_:
            blk += [Spacer(1, 3), Paragraph(f"<b>Kommentarer (1)</b> — {cm_[0]}: <i>{esc(cm_[1])}</i>",
                                             S("cm", "DV", 8, color=colors.HexColor("#5E6C84")))]
        blk.append(Spacer(1, 14))
        st.append(KeepTogether(blk))
    doc.build(st, onFirstPage=deco, onLaterPages=deco)


# ------------------------------------------------------------------ 22 Møre og Romsdal 2026 (nynorsk)
PLACES = [("Molde", 0.52, 0.48), ("Ålesund", 0.22, 0.40), ("Volda", 0.15, 0.22), ("Kristiansund", 0.66, 0.74),
          ("Sunndalsøra", 0.80, 0.35)]
PIN_PLACE = ["Molde", "Molde", "Kristiansund", "Sunndalsøra", "Ålesund", "Volda"]


def map_pins_legend(rep, path):
    W, H = A4
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title="Tiltakskart 2026", author="Møre og Romsdal fylkeskommune")
    mx, my, mw, mh = 2 * cm, H - 15.5 * cm, W - 4 * cm, 11 * cm

    def first(c, d):
        c.saveState()
        c.setFont("DVB", 15); c.drawString(2 * cm, H - 2 * cm, "Møre og Romsdal fylkeskommune – tiltakskart 2026")
        c.setFont("DV", 9); c.drawString(2 * cm, H - 2.6 * cm, "Kompetansetiltak rapporterte til Kompetansepolitisk råd")
        c.setFillColor(colors.HexColor("#E1F5FE")); c.rect(mx, my, mw, mh, fill=1, stroke=0)
        pts = [(0.05, 0.1), (0.12, 0.35), (0.08, 0.5), (0.2, 0.55), (0.3, 0.7), (0.45, 0.66), (0.55, 0.85), (0.7, 0.9),
               (0.85, 0.8), (0.95, 0.6), (0.9, 0.2), (0.6, 0.08), (0.3, 0.05)]
        p = c.beginPath(); p.moveTo(mx + pts[0][0] * mw, my + pts[0][1] * mh)
        for a, b in pts[1:]:
            p.lineTo(mx + a * mw, my + b * mh)
        p.close(); c.setFillColor(colors.HexColor("#DCEDC8")); c.setStrokeColor(colors.HexColor("#689F38"))
        c.drawPath(p, fill=1, stroke=1)
        loc = {n: (mx + a * mw, my + b * mh) for n, a, b in PLACES}
        for n, (x, y) in loc.items():
            c.setFillColor(colors.black); c.circle(x, y, 1.5, fill=1); c.setFont("DVI", 7.5); c.drawString(x + 4, y - 10, n)
        used = {}
        for i, pl in enumerate(PIN_PLACE[:len(rep["measures"])]):
            x, y = loc[pl]; k = used.get(pl, 0); used[pl] = k + 1
            x += k * 16
            c.setFillColor(colors.HexColor("#D32F2F")); c.circle(x, y + 14, 7, fill=1, stroke=0)
            c.setFillColor(colors.white); c.setFont("DVB", 8); c.drawCentredString(x, y + 11, str(i + 1))
        c.setFillColor(colors.grey); c.setFont("DV", 6.5)
        c.drawString(mx + 4, my + 4, "Kartet er skjematisk og ikkje i målestokk. Kjelde: Møre og Romsdal fylkeskommune")
        c.setFont("DV", 7); c.drawRightString(W - 2 * cm, 1.2 * cm, f"Side {d.page}")
        c.restoreState()

    def later(c, d):
        c.saveState(); c.setFont("DV", 7); c.setFillColor(colors.grey)
        c.drawRightString(W - 2 * cm, 1.2 * cm, f"Side {d.page}"); c.restoreState()
    st = [Spacer(1, 13.8 * cm), Paragraph("Forklaring til kartet", S("h", "DVB", 12))]
    for i, m in enumerate(rep["measures"], 1):
        st.append(KeepTogether([
            Table([[Paragraph(str(i), S("n", "DVB", 10, color=colors.white)),
                    Paragraph(esc(m["title"]), S("t", "DVB", 10.5, 13))]], colWidths=[0.7 * cm, 16 * cm],
                  style=TableStyle([("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#D32F2F")),
                                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])),
            Paragraph(esc(f"Stad: {PIN_PLACE[i - 1]} · Delmål {codes(m, ' og ')} · {m['ptype']} · Ansvarleg: "
                          f"{m['resp']} · Partnarar: {partners(m)} · Periode: {m['period']}"),
                      S("f", "DV", 8, 10.5, colors.HexColor("#444444"), leftIndent=0.9 * cm)),
            Paragraph(esc(m["desc"]), S("d", "DV", 9.5, 12.5, leftIndent=0.9 * cm)), Spacer(1, 8)]))
    doc.build(st, onFirstPage=first, onLaterPages=later)
