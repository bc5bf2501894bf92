# -*- coding: utf-8 -*-
import math
from common import *
from data import old_numbers, DELMAL_WORDS
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape as rl_landscape
from reportlab.lib import colors
from reportlab.lib.colors import HexColor
from reportlab.platypus import Table, TableStyle, Paragraph, SimpleDocTemplate, Spacer, KeepTogether, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER

W, H = A4


def ptype(ty, annet="Informasjon"):
    return annet if ty == "Annet" else ty


def PS(name, font="DV", size=9, leading=None, color=colors.black, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.25, textColor=color, **kw)


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ------------------------------------------------------------ LO 2017
def sideways_table_on_portrait_page(rep, path):
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("LOs rapportering til Kompetansepolitisk råd 2017")

    def footer(n):
        c.setFont("DV", 8); c.setFillColor(colors.grey)
        c.drawCentredString(W / 2, 28, f"Side {n} av 3")
        c.setFillColor(colors.black)

    c.setFillColor(HexColor("#C00000")); c.rect(0, H - 60, W, 60, stroke=0, fill=1)
    c.setFillColor(colors.white); c.setFont("DVB", 16); c.drawString(50, H - 40, "LO – Landsorganisasjonen i Norge")
    c.setFillColor(colors.black); c.setFont("DVB", 18)
    c.drawString(50, H - 110, "LOs rapportering til Kompetansepolitisk råd 2017")
    txt = ("LO har i 2017 fulgt opp Nasjonal kompetansepolitisk strategi gjennom deltakelse i råd og utvalg, "
           "gjennom utredninger og gjennom arbeid i egne rekker. Blant annet har deltakelsen i kompetansebehovsutvalget "
           "og arbeidet med RSA vært prioritert. Tiltakene er knyttet til strategiens nummererte tiltak (NKPS tiltak nr. 1–16).")
    y = draw_lines(c, 50, H - 150, txt, "DV", 10.5, W - 100, leading=15)
    y = draw_lines(c, 50, y - 10, "Tabellen over tiltakene står på neste side. Den er satt i liggende format og er "
                   "snudd på siden.", "DVI", 10.5, W - 100, leading=15)
    footer(1); c.showPage()

    # page 2: sideways table
    c.saveState()
    c.translate(W, 0); c.rotate(90)
    LW, LH = H, W  # landscape coordinates
    c.setFont("DVB", 12); c.drawString(40, LH - 45, "Tabell 1. LOs tiltak 2017")
    sty = PS("cell", size=7.2, leading=8.6); styb = PS("cellb", font="DVB", size=7.2, leading=8.6)
    head = ["Nr", "Tiltak", "NKPS-tiltak nr.", "Type", "Ansvarlig", "Samarbeid", "Tidsrom", "Beskrivelse"]
    data = [[Paragraph(h, styb) for h in head]]
    for i, r in enumerate(rep["rows"], 1):
        data.append([Paragraph(str(i), sty), Paragraph(esc(r["t"]), styb), Paragraph(old_numbers(r["d"]), sty),
                     Paragraph(ptype(r["ty"]), sty), Paragraph(esc(r["r"]), sty), Paragraph(esc(partners(r["p"])), sty),
                     Paragraph(r["per"], sty), Paragraph(esc(r["desc"]), sty)])
    t = Table(data, colWidths=[22, 150, 58, 86, 80, 100, 60, 206], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), HexColor("#F4CCCC"))]))
    tw, th = t.wrapOn(c, LW - 80, LH - 100)
    t.drawOn(c, 40, LH - 60 - th)
    c.restoreState()
    footer(2); c.showPage()

    c.setFont("DVB", 12); c.drawString(50, H - 80, "Kontakt")
    draw_lines(c, 50, H - 100, "Spørsmål om rapporteringen kan rettes til LOs utdanningsavdeling, "
               "Youngs gate 11, 0181 Oslo.", "DV", 10.5, W - 100)
    footer(3); c.showPage(); c.save()


# ------------------------------------------------------------ NHO 2018
KICK_NHO = {"Råd/utvalg/nettverk": "UTVALG OG NETTVERK", "Kurs/utdanning": "KURS", "FoU": "FORSKNING",
            "Prosjekt": "PROSJEKT", "Arrangement": "ARRANGEMENT", "Annet": "INFORMASJON"}


def classified_ads_columns(rep, path):
    c = canvas.Canvas(path, pagesize=A4)
    c.setFillColor(HexColor("#003B5C")); c.rect(30, H - 88, W - 60, 58, stroke=0, fill=1)
    c.setFillColor(colors.white); c.setFont("SERB", 26); c.drawString(42, H - 66, "KOMPETANSETORGET")
    c.setFont("DV", 8.5); c.drawString(42, H - 81, "NHOs rubrikkside · tiltak i kompetansestrategien 2018 · "
                                                   "utgitt januar 2019")
    c.setFillColor(colors.black)
    rows = rep["rows"]
    others = [("STILLING LEDIG", "Rådgiver kompetansepolitikk",
               "NHO Arbeidsliv søker rådgiver til fast stilling. Søknadsfrist 1. mars 2019."),
              ("SØKES", "Foredragsholdere til årskonferansen",
               "Har du erfaring med kompetanseheving i egen bedrift? Ta kontakt med sekretariatet."),
              ("HUSK", "Frist for innrapportering",
               "Rapporter til Kompetanse Norge sendes innen 15. januar hvert år.")]
    ads = []
    oi = 0
    for i, r in enumerate(rows):
        fl = []
        if r["d"]:
            fl.append("Delmål " + codes(r["d"], " og "))
        fl.append("Ansvar: " + r["r"])
        if r["p"]:
            fl.append("Med: " + partners(r["p"]))
        fl.append(r["per"])
        ads.append((KICK_NHO[r["ty"]], r["t"], r["desc"], " · ".join(fl)))
        if i in (1, 3, 5):
            k, t, d = others[oi]; oi += 1
            ads.append((k, t, d, None))
    ncol, gap = 3, 10
    cw = (W - 60 - gap * (ncol - 1)) / ncol
    col, y = 0, H - 100
    for ai, (kick, title, desc, fl) in enumerate(ads):
        if ai and ai % 3 == 0:
            col += 1; y = H - 100
        tl = wrap(title, "SERB", 9.5, cw - 10)
        dl = wrap(desc, "SER", 7.5, cw - 10)
        fll = wrap(fl, "DVI", 6.2, cw - 10) if fl else []
        h = 16 + len(tl) * 11.5 + len(dl) * 9.2 + len(fll) * 7.6 + 10
        if y - h < 40:
            col += 1; y = H - 100
        x = 30 + col * (cw + gap)
        c.setStrokeColor(colors.black); c.setLineWidth(0.8 if fl else 0.4)
        if not fl:
            c.setDash(2, 2)
        c.rect(x, y - h, cw, h, stroke=1, fill=0); c.setDash()
        yy = y - 11
        c.setFont("DVB", 6.5); c.setFillColor(HexColor("#B03A2E")); c.drawString(x + 5, yy, kick)
        c.setFillColor(colors.black); yy -= 12
        c.setFont("SERB", 9.5)
        for ln in tl:
            c.drawString(x + 5, yy, ln); yy -= 11.5
        c.setFont("SER", 7.5)
        for ln in dl:
            c.drawString(x + 5, yy, ln); yy -= 9.2
        c.setFont("DVI", 6.2); c.setFillColor(HexColor("#444444"))
        for ln in fll:
            c.drawString(x + 5, yy, ln); yy -= 7.6
        c.setFillColor(colors.black)
        y -= h + 8
    c.setFont("DV", 7); c.setFillColor(colors.grey)
    c.drawCentredString(W / 2, 22, "NHO · Middelthuns gate 27 · Oslo · Rubrikkene merket med delmål er NHOs NKPS-tiltak")
    c.showPage(); c.save()


# ------------------------------------------------------------ Unio 2019
def book_of_abstracts(rep, path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=60, rightMargin=60, topMargin=55, bottomMargin=55,
                            title="Unio – Sammendrag 2019")
    st_t = PS("t", "SERB", 20, 25); st_h = PS("h", "SERB", 12, 15, spaceBefore=12, spaceAfter=3)
    st_b = PS("b", "SER", 9.5, 13); st_i = PS("i", "SERI", 9, 12, color=HexColor("#444444"), spaceAfter=4)
    st_k = PS("k", "DV", 8, 10, color=HexColor("#1B4F72"), spaceBefore=3)
    st_n = PS("n", "DVB", 8, 10, color=HexColor("#1B4F72"))
    story = [Paragraph("Unio – Kunnskapsgrunnlag og tiltak 2019", st_t),
             Paragraph("Sammendrag (book of abstracts) til Kompetansepolitisk råd", PS("s", "SERI", 12, 16)),
             Spacer(1, 14), Paragraph("Forord", st_h),
             Paragraph("Unio legger her fram korte sammendrag av utredninger, arrangementer og tiltak som følger opp "
                       "Nasjonal kompetansepolitisk strategi. Sammendragene følger en fast mal.", st_b),
             Paragraph("Programkomité", st_h),
             Paragraph("Ragnhild Lied (leder), Steffen Handal, Lill Sverresdatter Larsen", st_b), Spacer(1, 10)]
    typ = {"FoU": "FoU", "Arrangement": "arrangement", "Kurs/utdanning": "kurs", "Råd/utvalg/nettverk": "nettverk",
           "Prosjekt": "prosjekt"}
    for i, r in enumerate(rep["rows"], 1):
        parts = [s.strip() + "." for s in r["desc"].rstrip(".").split(". ")]
        auth = r["r"] + (" i samarbeid med " + partners(r["p"], " og ") if r["p"] else "")
        blk = [Paragraph(f"A{i}", st_n), Paragraph(esc(r["t"]), st_h), Paragraph(esc(auth), st_i)]
        for lab, s in zip(["Bakgrunn", "Mål", "Status"], parts):
            blk.append(Paragraph(f"<b>{lab}:</b> {esc(s)}", st_b))
        kw = []
        if r["d"]:
            kw.append("delmål " + codes(r["d"]))
        kw += [typ[r["ty"]], r["per"]]
        blk.append(Paragraph("Nøkkelord: " + "; ".join(kw), st_k))
        story.append(KeepTogether(blk))
    story += [PageBreak(), Paragraph("Stikkordregister", st_h)]
    idx = sorted((r["t"], f"A{i}") for i, r in enumerate(rep["rows"], 1))
    for t, a in idx:
        story.append(Paragraph(f"{esc(t)} ........ {a}", PS("x", "SER", 8.5, 11)))

    def onpage(c, d):
        c.setFont("DV", 7.5); c.setFillColor(colors.grey)
        c.drawString(60, 30, "Unio · Sammendrag 2019"); c.drawRightString(W - 60, 30, str(d.page))
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)


# ------------------------------------------------------------ Virke 2020
BUDGET_VIRKE = [4.5, 2.0, 1.2, 0.8, 0.6, 0.4]


def treemap_budget_blocks(rep, path):
    PW, PH = rl_landscape(A4)
    c = canvas.Canvas(path, pagesize=(PW, PH))
    rows = rep["rows"]
    c.setFont("DVB", 18); c.drawString(40, PH - 50, "Virkes kompetansetiltak 2020 – fordelt etter budsjett")
    c.setFont("DV", 9); c.setFillColor(colors.grey)
    c.drawString(40, PH - 66, "Arealet av hver blokk er proporsjonalt med budsjettet (mill. kr). Samlet ramme 10,4 mill. kr.")
    X0, Y0, TW, TH = 40, 50, PW - 80, PH - 130
    tot = sum(BUDGET_VIRKE) + 0.9
    cols = [[0], [1, 2], [3, 4, 5, "admin"]]
    val = lambda k: 0.9 if k == "admin" else BUDGET_VIRKE[k]
    pal = ["#0B6E4F", "#2E8B57", "#3CB371", "#66A182", "#88B04B", "#A3C586"]
    x = X0
    for col in cols:
        cv = sum(val(k) for k in col)
        cwid = TW * cv / tot
        ytop = Y0 + TH
        for k in col:
            hh = TH * val(k) / cv
            y = ytop - hh
            if k == "admin":
                c.setFillColor(HexColor("#BBBBBB"))
            else:
                c.setFillColor(HexColor(pal[k]))
            c.setStrokeColor(colors.white); c.setLineWidth(3)
            c.rect(x, y, cwid, hh, stroke=1, fill=1)
            c.setFillColor(colors.white if k != "admin" else colors.black)
            if k == "admin":
                c.setFont("DVB", 9); c.drawString(x + 8, ytop - 16, "Administrasjon og rapportering")
                c.setFont("DV", 8); c.drawString(x + 8, ytop - 28, "0,9 mill. (ikke NKPS-tiltak)")
            else:
                r = rows[k]
                fs = 13 if k == 0 else 9.5
                yy = ytop - fs - 6
                c.setFont("DVB", fs)
                for ln in wrap(r["t"], "DVB", fs, cwid - 16):
                    c.drawString(x + 8, yy, ln); yy -= fs * 1.2
                c.setFont("DV", fs * 0.8)
                c.drawString(x + 8, yy - 2, f"{codes(r['d'], ' + ')} · {ptype(r['ty'])} · "
                                            f"{str(BUDGET_VIRKE[k]).replace('.', ',')} mill.")
            ytop = y
        x += cwid
    c.showPage()
    c.setFont("DVB", 15); c.drawString(40, PH - 50, "Tiltakene kort")
    y = PH - 80
    for r in rows:
        c.setFont("DVB", 10.5); c.drawString(40, y, r["t"]); y -= 14
        bits = [f"Ansvarlig: {r['r']}"]
        if r["p"]:
            bits.append(f"Samarbeid: {partners(r['p'])}")
        bits.append(f"Periode: {r['per']}")
        c.setFont("DVI", 8.5); c.setFillColor(HexColor("#555555")); c.drawString(40, y, " | ".join(bits)); y -= 13
        c.setFillColor(colors.black)
        y = draw_lines(c, 40, y, r["desc"], "DV", 9.5, PW - 80, 12.5) - 10
    c.showPage(); c.save()


# ------------------------------------------------------------ Vestland 2020 (nn)
SYM_VL = ["Kf", "Rk", "Kv", "Nf", "Hf", "Vo"]
TYP_NN = {"Råd/utvalg/nettverk": "Råd/utval/nettverk", "Annet": "Informasjon"}


def periodic_table_tiles_nn(rep, path):
    PW, PH = rl_landscape(A4)
    c = canvas.Canvas(path, pagesize=(PW, PH))
    rows = rep["rows"]
    c.setFont("DVB", 20); c.drawString(40, PH - 50, "Periodesystemet for kompetanse i Vestland 2020")
    c.setFont("DV", 9.5); c.setFillColor(HexColor("#444444"))
    c.drawString(40, PH - 67, "Vestland fylkeskommune – rapport til Kompetansepolitisk råd. Kvar rute er eitt tiltak; "
                              "fargen viser hovudinnsatsområdet.")
    c.setFillColor(colors.black)
    area_col = {"1": "#F6C85F", "2": "#6FB1C8", "3": "#9DD866"}
    tw, th, gap = 118, 140, 10
    x0, y0 = 40, PH - 95 - th

    def tile(x, y, num, sym, code, name, typ, fill, dashed=False):
        c.setFillColor(HexColor(fill)); c.setStrokeColor(colors.black); c.setLineWidth(1)
        if dashed:
            c.setDash(3, 3)
        c.rect(x, y, tw, th, stroke=1, fill=1); c.setDash()
        c.setFillColor(colors.black)
        c.setFont("DVB", 9); c.drawString(x + 6, y + th - 14, num)
        c.setFont("DV", 9); c.drawRightString(x + tw - 6, y + th - 14, code)
        c.setFont("DVB", 30); c.drawCentredString(x + tw / 2, y + th - 52, sym)
        yy = y + th - 70
        c.setFont("DV", 7.3)
        for ln in wrap(name, "DV", 7.3, tw - 12):
            c.drawCentredString(x + tw / 2, yy, ln); yy -= 8.8
        c.setFont("DVI", 6.8); c.drawCentredString(x + tw / 2, y + 7, typ)

    for i, r in enumerate(rows):
        x = x0 + i * (tw + gap)
        tile(x, y0, str(i + 1), SYM_VL[i], codes(r["d"], " / "), r["t"], TYP_NN.get(r["ty"], r["ty"]),
             area_col[r["d"][0][0]])
    y1 = y0 - th - 18
    tile(x0, y1, "Nr", "Sy", "Kode", "Namn på tiltaket", "Type tiltak", "#FFFFFF")
    c.setFont("DVB", 8); c.drawString(x0, y1 - 12, "Nøkkel: slik les du ei rute")
    for j in range(2):
        tile(x0 + (j + 2) * (tw + gap), y1, str(7 + j), "?", "", "Kjem i 2021", "", "#EEEEEE", dashed=True)
    lx = x0 + 4 * (tw + gap)
    c.setFont("DVB", 9); c.drawString(lx, y1 + th - 10, "Fargar")
    for k, (a, lab) in enumerate([("1", "Gode val for den enkelte og samfunnet"), ("2", "Læring i arbeidslivet"),
                                  ("3", "Vaksne med svak tilknyting til arbeidslivet")]):
        c.setFillColor(HexColor(area_col[a])); c.rect(lx, y1 + th - 32 - k * 18, 12, 12, stroke=1, fill=1)
        c.setFillColor(colors.black); c.setFont("DV", 8); c.drawString(lx + 18, y1 + th - 29 - k * 18, lab)
    c.showPage()
    c.setFont("DVB", 15); c.drawString(40, PH - 50, "Grunnstoffa forklarte")
    y = PH - 80
    for i, r in enumerate(rows):
        c.setFont("DVB", 10.5); c.drawString(40, y, f"{SYM_VL[i]} – {r['t']}"); y -= 14
        bits = [f"Ansvarleg: {r['r']}"]
        if r["p"]:
            bits.append(f"Partnarar: {partners(r['p'])}")
        bits.append(f"Periode: {r['per']}")
        c.setFont("DVI", 8.5); c.setFillColor(HexColor("#555555")); c.drawString(40, y, " · ".join(bits)); y -= 13
        c.setFillColor(colors.black)
        y = draw_lines(c, 40, y, r["desc"], "DV", 9.5, PW - 80, 12.5) - 10
    c.showPage(); c.save()


# ------------------------------------------------------------ Spekter 2021
def gri_index_sustainability(rep, path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=45, rightMargin=45, topMargin=50, bottomMargin=50,
                            title="Spekter bærekraftsrapport 2021 – GRI-indeks")
    st_t = PS("t", "DVB", 18, 22, color=HexColor("#7A1F3D")); st_b = PS("b", "DV", 9.5, 13)
    st_c = PS("c", "DV", 8, 10); st_cb = PS("cb", "DVB", 8, 10); st_ci = PS("ci", "DVI", 7.5, 9.5, color=HexColor("#555555"))
    story = [Paragraph("Spekter – Bærekraftsrapport 2021 (utdrag)", st_t), Spacer(1, 6),
             Paragraph("Rapporten følger GRI-standardene. Indeksen under viser hvor opplysningene finnes. Under GRI "
                       "404-2 står tiltakene Spekter også rapporterer til Kompetansepolitisk råd; der oppgis hvilket "
                       "delmål i kompetansestrategien tiltaket bidrar til.", st_b), Spacer(1, 10),
             Paragraph("GRI-indeks", PS("h", "DVB", 12, 15)), Spacer(1, 4)]
    data = [[Paragraph("GRI-standard", st_cb), Paragraph("Indikator", st_cb), Paragraph("Svar / henvisning", st_cb)],
            [Paragraph("GRI 2-1", st_c), Paragraph("Organisasjonsdetaljer", st_c),
             Paragraph("Spekter er en arbeidsgiverforening for virksomheter med offentlig eierskap.", st_c)],
            [Paragraph("GRI 2-7", st_c), Paragraph("Ansatte", st_c), Paragraph("78 ansatte per 31.12.2021.", st_c)],
            [Paragraph("GRI 404-1", st_c), Paragraph("Gjennomsnittlig antall timer opplæring per ansatt", st_c),
             Paragraph("31 timer (2020: 27 timer).", st_c)],
            [Paragraph("GRI 404-2", st_c), Paragraph("Programmer for kompetanseheving og overgangsstøtte", st_c),
             Paragraph("Se 404-2 a–f nedenfor.", st_c)]]
    letters = "abcdefgh"
    for i, r in enumerate(rep["rows"]):
        bits = ["Bidrar til: " + " og ".join(DELMAL_WORDS[d].lower() if j else DELMAL_WORDS[d]
                                               for j, d in enumerate(r["d"]))]
        bits.append("Type: " + ptype(r["ty"]))
        bits.append("Ansvar: " + r["r"])
        if r["p"]:
            bits.append("Samarbeid: " + partners(r["p"]))
        bits.append("Periode: " + r["per"])
        cell = [Paragraph(esc(r["t"]), st_cb), Paragraph(esc("; ".join(bits)), st_ci), Paragraph(esc(r["desc"]), st_c)]
        data.append([Paragraph(f"404-2 {letters[i]}", st_c), Paragraph("", st_c), cell])
    data += [[Paragraph("GRI 404-3", st_c), Paragraph("Andel ansatte med medarbeidersamtale", st_c),
              Paragraph("100 %.", st_c)],
             [Paragraph("GRI 405-1", st_c), Paragraph("Mangfold i styrende organer og blant ansatte", st_c),
              Paragraph("Se kapittel 4 Likestilling og mangfold.", st_c)]]
    t = Table(data, colWidths=[72, 125, 308], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), HexColor("#F2E6EA")),
                           ("BACKGROUND", (0, 5), (1, 4 + len(rep["rows"])), HexColor("#FAF5F7"))]))
    story.append(t)

    def onpage(c, d):
        c.setFont("DV", 7.5); c.setFillColor(colors.grey)
        c.drawString(45, 28, "Spekter · Bærekraftsrapport 2021"); c.drawRightString(W - 45, 28, f"Side {d.page}")
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)


# ------------------------------------------------------------ ASD 2022
def fishbone_ishikawa(rep, path):
    PW, PH = rl_landscape(A4)
    c = canvas.Canvas(path, pagesize=(PW, PH))
    rows = rep["rows"]
    c.setFont("DVB", 17); c.drawString(40, PH - 45, "ASD – Årsaksdiagram for kompetansetiltak 2022")
    c.setFont("DV", 9); c.setFillColor(HexColor("#555555"))
    c.drawString(40, PH - 61, "Fiskebeinsdiagrammet viser ASDs tiltak i kompetansestrategien gruppert etter "
                              "virkemiddel. Full oversikt står på side 2.")
    c.setFillColor(colors.black)
    sy = PH / 2 - 20
    c.setLineWidth(3); c.line(60, sy, PW - 200, sy)
    c.setFillColor(HexColor("#1F4E79")); c.roundRect(PW - 200, sy - 40, 160, 80, 8, stroke=0, fill=1)
    c.setFillColor(colors.white); c.setFont("DVB", 10)
    yy = sy + 18
    for ln in wrap("Flere voksne i arbeid med relevant kompetanse", "DVB", 10, 140):
        c.drawString(PW - 190, yy, ln); yy -= 13
    c.setFillColor(colors.black)
    bones = [("Opplæring i NAV", [0, 1], 150, 1), ("Regelverk", [2], 420, 1),
             ("Ansvarsdeling", [3], 150, -1), ("Partssamarbeid", [4], 420, -1)]
    for name, ix, bx, sgn in bones:
        ex, ey = bx + 150, sy
        sx, syy = bx, sy + sgn * 190
        c.setLineWidth(1.8); c.line(sx, syy, ex, ey)
        c.setFont("DVB", 10.5); c.setFillColor(HexColor("#1F4E79"))
        c.drawString(sx - 20, syy + (8 if sgn > 0 else -16), name.upper())
        c.setFillColor(colors.black)
        for j, k in enumerate(ix):
            r = rows[k]
            f = 0.3 + 0.35 * j
            px = sx + (ex - sx) * f; py = syy + (ey - syy) * f
            c.setLineWidth(0.8); c.line(px, py, px + 120, py)
            lab = r["t"]
            lines = wrap(lab, "DV", 7.8, 200)
            yy = py + 4 + 9.5 * (len(lines) - 1) if sgn > 0 else py + 4 + 9.5 * (len(lines) - 1)
            c.setFont("DV", 7.8)
            for ln in lines:
                c.drawString(px + 4, yy, ln); yy -= 9.5
            c.setFont("DVB", 7); c.setFillColor(HexColor("#C55A11"))
            c.drawString(px + 4, py - 10, "[" + " · ".join(r["d"]) + "]")
            c.setFillColor(colors.black)
    c.showPage()
    c.setFont("DVB", 14); c.drawString(40, PH - 45, "Tiltakene")
    sty = PS("c", size=8, leading=10); styb = PS("cb", font="DVB", size=8, leading=10)
    data = [[Paragraph(h, styb) for h in ["Nr", "Tiltak", "Delmål", "Type", "Ansvarlig", "Samarbeid", "Periode", "Omtale"]]]
    for i, r in enumerate(rows, 1):
        data.append([Paragraph(str(i), sty), Paragraph(esc(r["t"]), styb), Paragraph(codes(r["d"]), sty),
                     Paragraph(ptype(r["ty"], "Regelverk"), sty), Paragraph(r["r"], sty),
                     Paragraph(esc(partners(r["p"])), sty), Paragraph(r["per"], sty), Paragraph(esc(r["desc"]), sty)])
    t = Table(data, colWidths=[22, 150, 50, 75, 55, 120, 55, 235])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), HexColor("#DDEBF7"))]))
    tw, th = t.wrapOn(c, PW - 80, PH - 100)
    t.drawOn(c, 40, PH - 60 - th)
    c.showPage(); c.save()


# ------------------------------------------------------------ Akademikerne 2022
STMTS = ["Tiltaket har nådd målgruppen", "Tiltaket har gitt varige endringer", "Vi ønsker å videreføre tiltaket"]
LIK = [(4, 3, 5), (3, 3, 4), (5, 4, 5), (4, 4, 4), (4, 3, 5), (3, 2, 4)]


def likert_self_assessment(rep, path):
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("Akademikerne – egenvurdering 2022")
    M = 50

    def likert_row(y, label, val):
        c.setFont("DV", 8.5); c.drawString(M + 10, y, label)
        for k in range(5):
            cx = M + 300 + k * 38
            c.setLineWidth(0.8); c.circle(cx, y + 3, 5.5, stroke=1, fill=1 if k + 1 == val else 0)
        return y - 16

    def header():
        c.setFillColor(HexColor("#233B6E")); c.rect(0, H - 50, W, 50, stroke=0, fill=1)
        c.setFillColor(colors.white); c.setFont("DVB", 13); c.drawString(M, H - 32, "Akademikerne – Egenvurdering av tiltak 2022")
        c.setFillColor(colors.black)

    def scale_head(y):
        c.setFont("DV", 7)
        for k in range(5):
            c.drawCentredString(M + 300 + k * 38, y, str(k + 1))
        return y - 12

    header()
    y = H - 75
    y = draw_lines(c, M, y, "Hvert tiltak er vurdert av ansvarlig forening på en skala fra 1 til 5: 1 = helt uenig, "
                   "2 = delvis uenig, 3 = nøytral, 4 = delvis enig, 5 = helt enig.", "DVI", 9, W - 2 * M)
    y -= 10
    for i, r in enumerate(rep["rows"]):
        need = 130
        if y < need + 40:
            c.showPage(); header(); y = H - 75
        c.setFont("DVB", 11.5)
        for ln in wrap(r["t"], "DVB", 11.5, W - 2 * M):
            c.drawString(M, y, ln); y -= 14
        bits = []
        if r["d"]:
            bits.append("Delmål " + codes(r["d"]))
        bits += [ptype(r["ty"]), "Ansvar: " + r["r"]]
        if r["p"]:
            bits.append("Med: " + partners(r["p"]))
        bits.append(r["per"])
        y = draw_lines(c, M, y, " · ".join(bits), "DV", 8, W - 2 * M, color=HexColor("#555555"))
        c.setFillColor(colors.black)
        y = draw_lines(c, M, y - 2, r["desc"], "DV", 9.5, W - 2 * M, 12.5) - 4
        y = scale_head(y)
        for s, v in zip(STMTS, LIK[i]):
            y = likert_row(y, s, v)
        c.setStrokeColor(colors.lightgrey); c.line(M, y + 4, W - M, y + 4); c.setStrokeColor(colors.black)
        y -= 16
    if y < 120:
        c.showPage(); header(); y = H - 75
    c.setFont("DVB", 11.5); c.drawString(M, y, "Samlet vurdering av strategiarbeidet"); y -= 16
    y = scale_head(y)
    for s, v in [("Strategien har gitt bedre samarbeid mellom partene", 4), ("Rapporteringen er enkel", 2)]:
        y = likert_row(y, s, v)
    c.showPage(); c.save()


# ------------------------------------------------------------ NAV 2023
def podcast_show_notes(rep, path):
    c = canvas.Canvas(path, pagesize=A4)
    rows = rep["rows"]
    M = 55
    eps = [(47, "Kompetanse som virker", "14.09.2023", "38 min", "Gjester: Hanne Lie (NAV Vestland) og Ola Berg (Arbeids- og velferdsdirektoratet)",
            [(0, "02:10"), (1, "11:45"), (2, "22:30")]),
           (48, "Språk og jobb", "12.10.2023", "33 min", "Gjest: Amina Yusuf (NAV Grorud)", [(3, "03:05"), (4, "18:20")])]
    for num, name, date, dur, guests, items in eps:
        c.setFillColor(HexColor("#C30000")); c.rect(0, H - 46, W, 46, stroke=0, fill=1)
        c.setFillColor(colors.white); c.setFont("DVB", 15); c.drawString(M, H - 30, "NAV-podden")
        c.setFont("DV", 8.5); c.drawRightString(W - M, H - 30, "nav.no/podkast   Alle episoder   Abonner")
        c.setFillColor(colors.black)
        c.setFont("DV", 8.5); c.setFillColor(colors.grey); c.drawString(M, H - 70, f"Episode {num} · {dur} · publisert {date}")
        c.setFillColor(colors.black); c.setFont("DVB", 19); c.drawString(M, H - 95, name)
        c.setFont("DVI", 9); c.drawString(M, H - 112, guests)
        c.setFillColor(HexColor("#EEEEEE")); c.roundRect(M, H - 150, W - 2 * M, 26, 13, stroke=0, fill=1)
        c.setFillColor(colors.black); c.setFont("DV", 9); c.drawString(M + 14, H - 141, "▶  00:00 / " + dur.replace(" min", ":00"))
        y = H - 180
        c.setFont("DVB", 12); c.drawString(M, y, "Kapitler"); y -= 18
        c.setFont("DV", 9.5); c.drawString(M, y, "(00:00) Intro og presentasjon av gjestene"); y -= 20
        for k, ts in items:
            r = rows[k]
            c.setFont("DV", 9.5); c.drawString(M, y, f"({ts})")
            c.setFont("DVB", 10.5); c.drawString(M + 42, y, r["t"]); y -= 14
            bits = ["delmål " + codes(r["d"], " og "), {"Kurs/utdanning": "kurs", "Prosjekt": "prosjekt"}[r["ty"]],
                    "Ansvarlig: " + r["r"]]
            if r["p"]:
                bits.append("Med: " + partners(r["p"]))
            bits.append("Periode: " + r["per"])
            y = draw_lines(c, M + 42, y, " · ".join(bits), "DVI", 8, W - 2 * M - 42, color=HexColor("#555555"))
            c.setFillColor(colors.black)
            y = draw_lines(c, M + 42, y - 2, r["desc"], "DV", 9.5, W - 2 * M - 42, 12.5) - 12
        end = "31:40" if num == 47 else "29:10"
        c.setFont("DV", 9.5); c.drawString(M, y, f"({end}) Oppsummering og neste episode"); y -= 28
        c.setFont("DVB", 12); c.drawString(M, y, "Lenker i episoden"); y -= 16
        c.setFont("DV", 9); c.setFillColor(HexColor("#0067C5"))
        for u in ["nav.no/amo", "nav.no/fagbrev", "kompetansenorge.no"]:
            c.drawString(M, y, u); y -= 13
        c.setFillColor(colors.black); y -= 10
        c.setFont("DVB", 12); c.drawString(M, y, "Transkripsjon (utdrag)"); y -= 16
        first = rows[items[0][0]]["t"]
        for ln in [f"PROGRAMLEDER: Velkommen til episode {num}. I dag skal vi snakke om {first} og mer.",
                   "GJEST: Takk. Det har vært et travelt år for oss i NAV."]:
            y = draw_lines(c, M, y, ln, "DVI", 8.5, W - 2 * M, 11.5)
        c.setFont("DV", 7.5); c.setFillColor(colors.grey); c.drawCentredString(W / 2, 25, "© NAV · Personvern · Tilgjengelighet")
        c.setFillColor(colors.black)
        c.showPage()
    c.save()


# ------------------------------------------------------------ Vestland 2025 (nn)
def honeycomb_hex_tiles_nn(rep, path):
    c = canvas.Canvas(path, pagesize=A4)
    rows = rep["rows"]
    c.setFont("DVB", 18); c.drawString(45, H - 55, "Kompetansebikuben 2025")
    c.setFont("DV", 9.5); c.setFillColor(HexColor("#444444"))
    c.drawString(45, H - 72, "Vestland fylkeskommune – tiltak i kompetansestrategien, rapport til Kompetansepolitisk råd")
    c.setFillColor(colors.black)
    R = 78
    cx0, cy0 = W / 2, H - 330
    dx = math.sqrt(3) * R

    def hexagon(cx, cy, fill, dashed=False):
        p = c.beginPath()
        for k in range(6):
            a = math.radians(60 * k + 30)
            x, y = cx + (R - 3) * math.cos(a), cy + (R - 3) * math.sin(a)
            (p.moveTo if k == 0 else p.lineTo)(x, y)
        p.close()
        c.setFillColor(HexColor(fill)); c.setStrokeColor(HexColor("#8A6D00")); c.setLineWidth(1.2)
        if dashed:
            c.setDash(3, 3)
        c.drawPath(p, stroke=1, fill=1); c.setDash()
        c.setFillColor(colors.black)

    def label(cx, cy, title, sub, bold=False):
        f = "DVB" if bold else "DV"
        lines = wrap(title, f, 7.6, R * 1.35)
        n = len(lines) + (1 if sub else 0)
        y = cy + (n - 1) * 9.5 / 2
        c.setFont(f, 7.6)
        for ln in lines:
            c.drawCentredString(cx, y, ln); y -= 9.5
        if sub:
            c.setFont("DVI", 6.8); c.drawCentredString(cx, y - 1, sub)

    hexagon(cx0, cy0, "#F4B400")
    label(cx0, cy0, "Regional kompetansepolitikk", "", bold=True)
    # ring clockwise from top-right
    angles = [60, 0, -60, -120, 180, 120]
    for i, (r, ang) in enumerate(zip(rows, angles)):
        a = math.radians(ang)
        cx, cy = cx0 + dx * math.cos(a), cy0 + dx * math.sin(a)
        hexagon(cx, cy, "#FFE8A3")
        label(cx, cy, r["t"], f"{codes(r['d'], ' / ')} · {TYP_NN.get(r['ty'], r['ty'])}")
    a = math.radians(30)
    cx, cy = cx0 + 2 * R * 1.5 * math.cos(a) * 1.0, cy0 + 2 * R * 1.5 * math.sin(a) * 0.0 + R * 1.5 + 40
    hexagon(W - 95, H - 150, "#FFFFFF", dashed=True)
    label(W - 95, H - 150, "Ledig celle – nye tiltak 2026", "")
    c.showPage()
    c.setFont("DVB", 15); c.drawString(45, H - 55, "Om tiltaka")
    y = H - 85
    for r in rows:
        c.setFont("DVB", 10.5)
        for ln in wrap(r["t"], "DVB", 10.5, W - 90):
            c.drawString(45, y, ln); y -= 13.5
        bits = [f"Ansvarleg: {r['r']}"]
        if r["p"]:
            bits.append(f"Partnarar: {partners(r['p'])}")
        bits.append(f"Periode: {r['per']}")
        y = draw_lines(c, 45, y, " · ".join(bits), "DVI", 8.5, W - 90, color=HexColor("#555555"))
        c.setFillColor(colors.black)
        y = draw_lines(c, 45, y - 1, r["desc"], "DV", 9.5, W - 90, 12.5) - 12
    c.showPage(); c.save()


PDF_TEMPLATES = {f.__name__: f for f in [sideways_table_on_portrait_page, classified_ads_columns, book_of_abstracts,
                                          treemap_budget_blocks, periodic_table_tiles_nn, gri_index_sustainability,
                                          fishbone_ishikawa, likert_self_assessment, podcast_show_notes,
                                          honeycomb_hex_tiles_nn]}
