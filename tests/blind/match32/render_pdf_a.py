# -*- coding: utf-8 -*-
"""PDF renderers: Spekter 2017 (strategy list), NHO 2018 (thumb tabs), YS 2018 (2-up)."""
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.pdfgen import canvas
from pdf_common import register, split, draw_lines, para, esc, partners_str
from batch_data_common import STRATEGY16, DELMAL, DELMAL_SHORT

W, H = A4


# ---------------------------------------------------------------- 1 Spekter 2017
def spekter2017(f, path):
    register()
    ss = dict(
        h=ParagraphStyle("h", fontName="DVB", fontSize=15, leading=19, textColor=colors.HexColor("#7a1f3d")),
        sub=ParagraphStyle("sub", fontName="DV", fontSize=9, leading=12, textColor=colors.grey),
        b=ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=13),
        st=ParagraphStyle("st", fontName="DV", fontSize=8.5, leading=11, textColor=colors.HexColor("#444444")),
        ans=ParagraphStyle("ans", fontName="DVI", fontSize=7.5, leading=10, textColor=colors.HexColor("#666666")),
        bx=ParagraphStyle("bx", fontName="DVB", fontSize=8, leading=10, textColor=colors.HexColor("#1f4e8c")),
        mt=ParagraphStyle("mt", fontName="DVB", fontSize=9.5, leading=12.5),
        mf=ParagraphStyle("mf", fontName="DV", fontSize=8, leading=10.5, textColor=colors.HexColor("#1f4e8c")),
        md=ParagraphStyle("md", fontName="DV", fontSize=8.5, leading=11.5),
        mref=ParagraphStyle("mref", fontName="DVI", fontSize=8, leading=10.5),
    )
    by_nr = {}
    for m in f["measures"]:
        by_nr.setdefault(m["under"][0], []).append(m)
    story = [Paragraph("Spekter", ss["sub"]),
             Paragraph("Oppfølging av Nasjonal kompetansepolitisk strategi – Spekters rapport 2017", ss["h"]),
             Paragraph("Til Kompetansepolitisk råd · Oslo, 20. oktober 2017", ss["sub"]), Spacer(1, 8),
             Paragraph("Kompetansepolitisk råd har bedt medlemmene rapportere hvordan de følger opp strategien. "
                       "Vi har tatt utgangspunkt i strategiens egen liste over tiltak og satt inn Spekters oppfølging "
                       "i en blå ramme under de tiltakene vi bidrar til. Strategiens tekst er gjengitt i grått og er "
                       "ikke Spekters tiltak. Tiltak uten blå ramme følges ikke opp av Spekter i 2017.", ss["b"]),
             Spacer(1, 10), Paragraph("Strategiens tiltak med Spekters oppfølging", ss["mt"]), Spacer(1, 4)]
    for n, (txt, ans) in enumerate(STRATEGY16, 1):
        row = Table([[Paragraph(f"{n}.", ss["st"]), Paragraph(esc(txt), ss["st"]),
                      Paragraph("Hovedansvarlig: " + (ans or "–"), ss["ans"])]],
                    colWidths=[10 * mm, 118 * mm, 42 * mm])
        row.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 3)]))
        story.append(row)
        ms = by_nr.get(n, [])
        if ms:
            cell = [Paragraph(f"Spekters oppfølging av tiltak nr. {n}", ss["bx"]), Spacer(1, 3)]
            for m in ms:
                cell += [Paragraph(esc(m["title"]), ss["mt"]),
                         Paragraph(esc(f"Type: {m['tp']} · Ansvar: {m['resp']} · Samarbeid: {partners_str(m)} · Tidspunkt: {m['period']}"), ss["mf"]),
                         Paragraph(esc(m["desc"]), ss["md"])]
                if len(m["under"]) > 1:
                    cell.append(Paragraph("Gjelder også tiltak nr. " + " og ".join(str(u) for u in m["under"][1:]) + ".", ss["mref"]))
                cell.append(Spacer(1, 5))
            if n == 7:
                cell.append(Paragraph("Se også «Møteplass lærebedrifter» under nr. 4.", ss["mref"]))
            box = Table([[cell]], colWidths=[158 * mm])
            box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor("#1f4e8c")),
                                     ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef3fa")),
                                     ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8)]))
            wrap = Table([[box]], colWidths=[170 * mm])
            wrap.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 12 * mm - 10 * mm)]))
            story += [Spacer(1, 3), wrap, Spacer(1, 6)]
    story += [Spacer(1, 14), Paragraph("Kontakt: Spekter, Avdeling for arbeidsliv og kompetanse · postmottak@spekter.example", ss["sub"])]

    def foot(c, d):
        c.setFont("DV", 7); c.setFillColor(colors.grey)
        c.drawString(20 * mm, 12 * mm, "Spekter – rapportering NKPS 2017")
        c.drawRightString(W - 20 * mm, 12 * mm, f"Side {d.page}")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm, bottomMargin=20 * mm,
                            title="Spekter – oppfølging av NKPS 2017", author="Spekter")
    doc.build(story, onFirstPage=foot, onLaterPages=foot)


# ---------------------------------------------------------------- 3 NHO 2018 thumb tabs
TABS = list(DELMAL.keys()) + ["A–Å"]


def _tabs(c, active):
    top, bot = H - 40, 40
    th = (top - bot) / len(TABS)
    for i, t in enumerate(TABS):
        y = top - (i + 1) * th
        on = (t == active)
        c.setFillColor(colors.HexColor("#003a70") if on else colors.HexColor("#e4e8ee"))
        c.setStrokeColor(colors.white)
        c.roundRect(W - 30, y + 1, 40, th - 2, 4, stroke=1, fill=1)
        c.setFillColor(colors.white if on else colors.HexColor("#8a96a6"))
        c.setFont("DVB" if on else "DV", 7.5)
        c.drawString(W - 26, y + th / 2 - 3, t)


def nho2018(f, path):
    register()
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("NHO Kompetansehåndbok 2018"); c.setAuthor("NHO")
    x0, tw = 55, W - 55 - 60
    page = [1]

    def footer():
        c.setFont("DV", 7); c.setFillColor(colors.grey)
        c.drawString(x0, 25, f"NHO · Kompetansehåndbok 2018 · side {page[0]}")
        page[0] += 1
    # cover
    _tabs(c, None)
    c.setFillColor(colors.HexColor("#003a70")); c.setFont("DVB", 24)
    c.drawString(x0, H - 150, "Kompetansehåndbok 2018")
    c.setFont("DV", 13); c.setFillColor(colors.black)
    y = para(c, x0, H - 180, "Slik følger NHO opp Nasjonal kompetansepolitisk strategi – rapport til Kompetansepolitisk råd", "DV", 13, tw)
    y -= 20
    c.setFont("DVB", 10); c.drawString(x0, y, "Slik bruker du håndboken"); y -= 15
    for t in ["Fanene i høyre marg svarer til de 16 delmålene i strategien. Den mørke fanen viser hvilket delmål siden gjelder.",
              "Øverst på hver side står delmålets tekst. Under «Dette gjør NHO» står NHOs tiltak med type, ansvar, samarbeid og periode.",
              "Et tiltak som også er relevant for et annet delmål, står bare én gang, med en henvisning til den andre fanen.",
              "Fanen «A–Å» bakerst er en ordliste."]:
        y = para(c, x0 + 10, y, "• " + t, "DV", 9.5, tw - 10) - 4
    footer(); c.showPage()
    # measure pages
    tabs_order = []
    for m in f["measures"]:
        if m["tab"] not in tabs_order:
            tabs_order.append(m["tab"])
    for tab in tabs_order:
        _tabs(c, tab)
        c.setFillColor(colors.HexColor("#5a6a7e"))
        y = para(c, x0, H - 50, DELMAL[tab], "DVI", 9, tw)
        c.setStrokeColor(colors.HexColor("#003a70")); c.line(x0, y + 4, x0 + tw, y + 4)
        y -= 22
        c.setFillColor(colors.HexColor("#003a70")); c.setFont("DVB", 14); c.drawString(x0, y, "Dette gjør NHO"); y -= 26
        for m in [m for m in f["measures"] if m["tab"] == tab]:
            c.setFillColor(colors.black)
            y = para(c, x0, y, m["title"], "DVB", 11.5, tw, 14) - 2
            fact = f"Type: {m['tp']} · Ansvarlig: {m['resp']} · Samarbeid: {partners_str(m)} · Periode: {m['period']}"
            y = para(c, x0, y, fact, "DV", 8.5, tw, 11, colors.HexColor("#003a70")) - 3
            y = para(c, x0, y, m["desc"], "DV", 9.5, tw, 12.5, colors.black)
            if m.get("also"):
                y = para(c, x0, y - 2, f"Også relevant for fane {m['also']}.", "DVI", 8.5, tw, 11, colors.HexColor("#5a6a7e"))
            y -= 18
        footer(); c.showPage()
    # glossary
    _tabs(c, "A–Å")
    c.setFillColor(colors.HexColor("#003a70")); c.setFont("DVB", 14); c.drawString(x0, H - 70, "Ordliste")
    y = H - 95
    for a, b in [("EVU", "etter- og videreutdanning"), ("KBU", "Kompetansebehovsutvalget"), ("NKPS", "Nasjonal kompetansepolitisk strategi"),
                 ("SRY", "Samarbeidsrådet for yrkesopplæring"), ("Landsforening", "bransjeforening i NHO-fellesskapet")]:
        c.setFillColor(colors.black); c.setFont("DVB", 9.5); c.drawString(x0, y, a)
        c.setFont("DV", 9.5); c.drawString(x0 + 90, y, b); y -= 15
    footer(); c.showPage(); c.save()


# ---------------------------------------------------------------- 4 YS 2018, two pages per sheet
def ys2018(f, path):
    register()
    tw = W - 2 * 70
    items = [("DVB", 16, "Oppfølging av Nasjonal kompetansepolitisk strategi", 0, 0),
             ("DV", 11, "YS' rapport til Kompetansepolitisk råd for 2018", 0, 4),
             ("DVB", 12, "Innledning", 0, 18)]
    intro = ("YS og forbundene arbeider for at alle arbeidstakere skal ha mulighet til å lære hele livet. "
             "Digitalisering og omstilling gjør at behovet for etter- og videreutdanning øker i alle bransjer der YS-forbundene "
             "organiserer medlemmer, fra finans og handel til helse, transport og offentlig forvaltning. I denne rapporten "
             "beskriver vi tiltakene YS har gjennomført eller deltatt i i 2018. For hvert tiltak oppgir vi delmål i strategien, "
             "type tiltak, ansvarlig, samarbeidspartnere og tidsrom, fulgt av en kort beskrivelse.")
    for ln in split(intro, "DV", 11.5, tw):
        items.append(("DV", 11.5, ln, 0, 1))
    items.append(("DVB", 12, "Tiltak", 0, 16))
    for i, m in enumerate(f["measures"], 1):
        for k, ln in enumerate(split(f"{i}. {m['title']}", "DVB", 13, tw)):
            items.append(("DVB", 13, ln, 0, 20 if k == 0 else 0))
        dm = "; ".join(f"{d} {DELMAL_SHORT[d]}" for d in m["delmal"])
        for lab, val in [("Delmål", dm), ("Type tiltak", m["tp"]), ("Ansvarlig", m["resp"]),
                         ("Samarbeidspartnere", partners_str(m)), ("Tidsrom", m["period"])]:
            for k, ln in enumerate(split(f"{lab}: {val}", "DV", 11.5, tw - 12)):
                items.append(("DV", 11.5, ln, 0 if k == 0 else 12, 3 if k == 0 else 0))
        items.append(("DVI", 11.5, "Beskrivelse:", 0, 6))
        for ln in split(m["desc"], "DV", 11.5, tw):
            items.append(("DV", 11.5, ln, 0, 1))
    items.append(("DVB", 12, "Kontakt", 0, 26))
    for ln in ["Spørsmål om rapporten kan rettes til YS' sekretariat,", "avdeling for arbeidsliv og kompetanse.",
               "YS-forbundene: Delta, Finansforbundet, Parat, Negotia, STAFO,", "Fellesorganisasjonen m.fl."]:
        items.append(("DV", 11.5, ln, 0, 1))
    # paginate into virtual A4 pages
    pages, cur, y = [], [], H - 90
    for font, size, txt, ind, gap in items:
        need = gap + size * 1.3
        if y - need < 100:
            pages.append(cur); cur, y = [], H - 90
            gap = 0
        y -= gap + size * 1.3
        cur.append((font, size, txt, ind, y))
    pages.append(cur)
    n = len(pages)
    if n % 2:
        pages.append([])
    LW, LH = landscape(A4)
    s = 0.68
    c = canvas.Canvas(path, pagesize=(LW, LH))
    c.setTitle("YS – rapport NKPS 2018 (2 sider per ark)"); c.setAuthor("YS")
    for sheet in range(0, len(pages), 2):
        c.setFont("DV", 6.5); c.setFillColor(colors.grey)
        c.drawString(18, LH - 12, "YS_NKPS_rapport_2018.pdf  –  utskrift: 2 sider per ark, liggende")
        c.drawRightString(LW - 18, LH - 12, "14.12.2018 09:41")
        for k in range(2):
            pi = sheet + k
            x = 16 + k * (W * s + 12)
            c.saveState(); c.translate(x, (LH - H * s) / 2 - 4); c.scale(s, s)
            c.setStrokeColor(colors.HexColor("#999999")); c.setLineWidth(1); c.rect(0, 0, W, H)
            if pi < n:
                c.setFont("DV", 8); c.setFillColor(colors.HexColor("#00529b"))
                c.drawString(70, H - 50, "YS · Rapportering til Kompetansepolitisk råd 2018")
                c.drawRightString(W - 70, 50, f"Side {pi + 1} av {n}")
                c.setFillColor(colors.black)
                for font, size, txt, ind, yy in pages[pi]:
                    c.setFont(font, size); c.drawString(70 + ind, yy, txt)
            c.restoreState()
        c.showPage()
    c.save()
