# -*- coding: utf-8 -*-
"""PDF templates made directly (reportlab / fpdf2): slide deck, e-mail print, web-form print, hyphenated
print brochure, odd-column table, agency report."""
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.pdfgen import canvas
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether)

FD = "/usr/share/fonts/truetype/dejavu/"
FL = "/usr/share/fonts/truetype/liberation2/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVC", FD + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DVCB", FD + "DejaVuSansCondensed-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LS", FL + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", FL + "LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSI", FL + "LiberationSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("LA", FL + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LAB", FL + "LiberationSans-Bold.ttf"))


def x(s):
    return (s or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ------------------------------------------------------------------ F02 slide deck 16:9
def slides_2019(f, out):
    W, H = 960, 540
    c = canvas.Canvas(out, pagesize=(W, H))
    page = [0]

    def frame(title):
        page[0] += 1
        c.setFillColor(colors.HexColor("#0B3D59"))
        c.rect(0, H - 90, W, 90, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("DVB", 30)
        lines = simpleSplit(title, "DVB", 30, W - 100)
        y = H - 52 if len(lines) == 1 else H - 38
        for ln in lines[:2]:
            c.drawString(50, y, ln)
            y -= 34
        c.setFillColor(colors.HexColor("#888888"))
        c.setFont("DV", 11)
        c.drawString(50, 20, "Kunnskapsdepartementet  |  Kompetansepolitisk råd 28. november 2019")
        c.drawRightString(W - 40, 20, str(page[0]))
        c.setFillColor(colors.black)

    def bullets(items, y, size=20, x0=70):
        for it in items:
            lines = simpleSplit(it, "DV", size, W - x0 - 80)
            c.setFont("DV", size)
            c.drawString(x0 - 22, y, "•")
            for ln in lines:
                c.drawString(x0, y, ln)
                y -= size + 6
            y -= 6
        return y

    # title slide
    page[0] += 1
    c.setFillColor(colors.HexColor("#0B3D59"))
    c.rect(0, 0, W, H, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("DVB", 40)
    c.drawString(60, 300, "Regjeringens oppfølging av")
    c.drawString(60, 250, "kompetansestrategien 2019")
    c.setFont("DV", 20)
    c.drawString(60, 190, "Statssekretær, Kunnskapsdepartementet")
    c.drawString(60, 160, "Kompetansepolitisk råd, 28. november 2019")
    c.showPage()
    frame("Agenda")
    bullets(["Kompetansereformen", "Bransjeprogrammene", "Digital kompetanse og EVU",
             "Arbeidsmarkedspolitikken", "KBU og læreplasser", "Spørsmål"], H - 140, 24)
    c.showPage()
    ms = f["measures"]
    groups = [[0], [1, 2], [3, 4], [5], [6, 7]]
    for g in groups:
        title = ms[g[0]]["title"] if len(g) == 1 else {1: "Bransjeprogram for kompetanseutvikling",
                                                       3: "Digital kompetanse og etter- og videreutdanning",
                                                       6: "Råd, utvalg og avtaler"}[g[0]]
        frame(title)
        y = H - 130
        for i in g:
            m = ms[i]
            if len(g) > 1:
                c.setFont("DVB", 22)
                for ln in simpleSplit(m["title"], "DVB", 22, W - 120):
                    c.drawString(50, y, ln)
                    y -= 28
                y -= 4
            items = [m["dp"], f"Type: {m['tp']}", f"Ansvar: {m['resp']}"]
            if m["partners"]:
                items.append(f"Med: {m['pj']}")
            items.append(f"Når: {m['period']}")
            if m["desc"] and len(g) == 1:
                items.append(m["desc"])
            y = bullets(items, y, 18 if len(g) > 1 else 22)
            y -= 10
        c.showPage()
        if g == [1, 2]:
            frame("Søkere og deltakere – bransjeprogram høsten 2019")
            data = [["Bransje", "Søkere", "Plasser"], ["Industri og bygg", "2 310", "1 200"],
                    ["Kommunal helse og omsorg", "4 105", "1 850"], ["Sum", "6 415", "3 050"]]
            y = H - 150
            for r, row in enumerate(data):
                c.setFont("DVB" if r in (0, 3) else "DV", 22)
                c.drawString(80, y, row[0])
                c.drawRightString(620, y, row[1])
                c.drawRightString(820, y, row[2])
                y -= 40
            c.showPage()
    frame("Spørsmål?")
    c.setFont("DV", 24)
    c.drawString(70, H - 160, "Takk for oppmerksomheten!")
    c.drawString(70, H - 200, "postmottak@kd.dep.no")
    c.showPage()
    c.save()


# ------------------------------------------------------------------ F03 e-mail print
def email_2018(f, out):
    st = ParagraphStyle("b", fontName="LA", fontSize=10, leading=13.5)
    hb = ParagraphStyle("h", fontName="LAB", fontSize=10, leading=13.5)
    q = ParagraphStyle("q", parent=st, leftIndent=14, textColor=colors.HexColor("#555555"), fontSize=9.5)
    big = ParagraphStyle("big", fontName="LAB", fontSize=15, leading=19)

    def deco(cv, doc):
        cv.setFont("LA", 8)
        cv.drawString(1.5 * cm, A4[1] - 1 * cm, "16.01.2019, 09:14")
        cv.drawCentredString(A4[0] / 2, A4[1] - 1 * cm, "Gmail - SV: Rapportering NKPS 2018 – frist 15. januar")
        cv.drawString(1.5 * cm, 0.8 * cm, "https://mail.google.com/mail/u/0/?ik=3fa1c&view=pt&search=all&permthid=thread-f%3A1622")
        cv.drawRightString(A4[0] - 1.5 * cm, 0.8 * cm, f"{doc.page}/{2 if doc.page < 3 else 3}")

    s = []
    s.append(Paragraph("Gmail", ParagraphStyle("g", fontName="LAB", fontSize=18, textColor=colors.HexColor("#D93025"))))
    s.append(Paragraph("Rådgiver, LO &lt;radgiver.kompetanse@lo.no&gt;", st))
    s.append(Spacer(1, 6))
    s.append(Paragraph("SV: Rapportering NKPS 2018 – frist 15. januar", big))
    s.append(Spacer(1, 4))
    s.append(Paragraph("1 melding", st))
    s.append(Spacer(1, 6))
    for lab, val in [("Fra:", "Liv Berg &lt;liv.berg@lo.no&gt;"), ("Til:", "postmottak@kompetansenorge.no"),
                     ("Kopi:", "Are Tomasgard &lt;are.tomasgard@lo.no&gt;"),
                     ("Dato:", "15. januar 2019 kl. 16:52"), ("Emne:", "SV: Rapportering NKPS 2018 – frist 15. januar")]:
        s.append(Paragraph(f"<b>{lab}</b> {val}", st))
    s.append(Spacer(1, 10))
    s.append(Paragraph("Hei,", st))
    s.append(Spacer(1, 6))
    s.append(Paragraph("Beklager at dette kommer i siste liten. Under er LOs rapportering for 2018, skrevet rett inn "
                       "i e-posten slik dere åpnet for. Vi har sju tiltak i år (mot fem i fjor).", st))
    s.append(Spacer(1, 8))
    for n, m in enumerate(f["measures"], 1):
        lines = [f"<b>{n}) Tiltak:</b> {x(m['title'])}", f"Delmål: {x(m['dp'])}", f"Type: {x(m['tp'])}",
                 f"Ansvarlig: {x(m['resp'])}"]
        if m["partners"]:
            lines.append(f"Samarbeid: {x(m['pj'])}")
        lines.append(f"Når: {x(m['period'])}")
        if m["desc"]:
            lines.append(f"Kort om: {x(m['desc'])}")
        s.append(Paragraph("<br/>".join(lines), st))
        s.append(Spacer(1, 7))
    s.append(Paragraph("Si fra om noe mangler!", st))
    s.append(Spacer(1, 6))
    s.append(Paragraph("Vennlig hilsen<br/>Liv Berg<br/>Rådgiver, avdeling for samfunnspolitikk<br/>"
                       "Landsorganisasjonen i Norge<br/>Mob: 900 12 345 | www.lo.no", st))
    s.append(Spacer(1, 12))
    quoted = [
        "Fra: Kompetanse Norge &lt;postmottak@kompetansenorge.no&gt;",
        "Sendt: 3. desember 2018 10:05",
        "Til: medlemmene i Kompetansepolitisk råd",
        "Emne: Rapportering NKPS 2018 – frist 15. januar",
        "",
        "Hei alle sammen,",
        "Som avtalt i rådet ber vi om rapportering på tiltak for 2018 innen 15. januar. For hvert tiltak ber vi om: "
        "tiltak, delmål, type tiltak, ansvarlig, samarbeidspartnere, tidspunkt og en kort beskrivelse.",
        "EKSEMPEL – Tiltak: Etablere regionalt nettverk for karriereveiledning. Delmål: 1.3. Type: Råd/utvalg/nettverk. "
        "Ansvarlig: (organisasjonen). Samarbeid: fylkeskommunen.",
        "Rapporten sendes som Word, PDF eller i e-post.",
        "Med hilsen Kompetanse Norge, sekretariatet for Kompetansepolitisk råd",
    ]
    s.append(Paragraph("---------- Opprinnelig melding ----------", st))
    for ln in quoted:
        s.append(Paragraph("&gt; " + ln if ln else "&gt;", q))
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=1.8 * cm, rightMargin=1.8 * cm, topMargin=1.6 * cm,
                            bottomMargin=1.6 * cm, title="Gmail - SV: Rapportering NKPS 2018")
    doc.build(s, onFirstPage=deco, onLaterPages=deco)


# ------------------------------------------------------------------ F05 web form print
def forms_2018(f, out):
    qs = ParagraphStyle("q", fontName="DVB", fontSize=10.5, leading=14, textColor=colors.HexColor("#242424"))
    an = ParagraphStyle("a", fontName="DV", fontSize=10, leading=13.5, textColor=colors.HexColor("#333333"),
                        leftIndent=12)
    sm = ParagraphStyle("s", fontName="DV", fontSize=8.5, leading=11, textColor=colors.HexColor("#777777"))

    def deco(cv, doc):
        cv.setFont("DV", 7.5)
        cv.setFillColor(colors.HexColor("#555555"))
        cv.drawString(1.2 * cm, A4[1] - 0.8 * cm, "18.01.2019 11:02")
        cv.drawCentredString(A4[0] / 2, A4[1] - 0.8 * cm, "Rapportering til Kompetansepolitisk råd 2018 – Microsoft Forms")
        cv.drawString(1.2 * cm, 0.7 * cm, "https://forms.office.com/Pages/AnalysisPage.aspx?id=Kz7Rq0&AnalyzerToken=r14")
        cv.drawRightString(A4[0] - 1.2 * cm, 0.7 * cm, f"{doc.page}/6")

    def qa(num, q, ans, note=None):
        out = [Paragraph(f"{num}. {x(q)}", qs)]
        if note:
            out.append(Paragraph(note, sm))
        for a in (ans if isinstance(ans, list) else [ans]):
            out.append(Paragraph(x(a), an))
        out.append(Spacer(1, 7))
        return out

    s = [Paragraph("Rapportering til Kompetansepolitisk råd 2018",
                   ParagraphStyle("t", fontName="DVB", fontSize=17, leading=22, textColor=colors.HexColor("#03787C"))),
         Paragraph("Svar 14 – Fullført", sm), Spacer(1, 6)]
    meta = Table([["ID", "14"], ["Starttidspunkt", "18.01.2019 10:31:07"], ["Fullføringstidspunkt", "18.01.2019 10:58:44"],
                  ["E-post", "kompetanse@nho.no"], ["Navn", "Anonym bruker"]], colWidths=[4.5 * cm, 8 * cm])
    meta.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 8.5), ("TEXTCOLOR", (0, 0), (0, -1), colors.grey)]))
    s += [meta, Spacer(1, 10)]
    s += qa(1, "Hvilken organisasjon rapporterer du for?", "NHO", "*")
    qn = 2
    ms = f["measures"]
    for i, m in enumerate(ms):
        block = [Paragraph(f"Tiltak {i + 1}", ParagraphStyle("h", fontName="DVB", fontSize=12.5, leading=16,
                                                              textColor=colors.HexColor("#03787C")))]
        block += qa(qn, "Navn på tiltaket", m["title"])
        dps = [m["dp"]] + ([m["dp2"]] if m.get("dp2") else [])
        block += qa(qn + 1, "Hvilke(t) delmål i strategien gjelder tiltaket?", ["☑ " + d for d in dps],
                    "Velg ett eller flere")
        block += qa(qn + 2, "Type tiltak", "◉ " + m["tp"])
        block += qa(qn + 3, "Hvem er ansvarlig for tiltaket?", m["resp"])
        block += qa(qn + 4, "Samarbeidspartnere", m["pj"] or "")
        block += qa(qn + 5, "Tidsperiode", m["period"])
        block += qa(qn + 6, "Kort beskrivelse (valgfritt)", m["desc"] or "")
        last = i == len(ms) - 1
        block += qa(qn + 7, "Vil du registrere et nytt tiltak?", "Nei" if last else "Ja")
        qn += 8
        s += block
    s += qa(qn, "Har du kommentarer til rapporteringsformen?",
            "Skjemaet fungerer bra, men det burde være mulig å lagre underveis.")
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.5 * cm,
                            bottomMargin=1.5 * cm, title="Microsoft Forms")
    doc.build(s, onFirstPage=deco, onLaterPages=deco)


# ------------------------------------------------------------------ F10 justified hyphenated brochure
def hyphen_2018(f, out):
    body = ParagraphStyle("b", fontName="LS", fontSize=10.5, leading=13.2, alignment=TA_JUSTIFY,
                          hyphenationLang="nb_NO", embeddedHyphenation=1, uriWasteReduce=0.3)
    h = ParagraphStyle("h", fontName="LSB", fontSize=12, leading=15, spaceBefore=8, spaceAfter=3)
    t = ParagraphStyle("t", fontName="LSB", fontSize=18, leading=22)

    def deco(cv, doc):
        cv.setFont("LSI", 8.5)
        cv.drawString(2.2 * cm, A4[1] - 1.2 * cm, "SPEKTER  ·  Arbeidsgiverforeningen")
        cv.drawCentredString(A4[0] / 2, 1 * cm, f"– {doc.page} –")

    s = [Paragraph("Spekters oppfølging av Nasjonal kompetansepolitisk strategi i 2018", t), Spacer(1, 8),
         Paragraph("Spekter organiserer virksomheter med over 200 000 ansatte, blant annet helseforetakene. "
                   "Kompetanseutvikling i medlemsvirksomhetene er et prioritert område, og Spekter har i 2018 "
                   "videreført flere av tiltakene fra fjorårets rapport. Under følger en beskrivelse av hvert "
                   "tiltak med tilknytning til strategiens delmål.", body), Spacer(1, 4)]
    for m in f["measures"]:
        s.append(Paragraph(x(m["title"]), h))
        sent = f"Tiltaket knyttes til {m['dp']} og er {m['tp']}. Ansvarlig er {m['resp']}."
        if m["partners"]:
            sent += f" Samarbeidspartnere: {m['pj']}."
        sent += f" Tidspunkt: {m['period']}."
        if m["desc"]:
            sent += " " + m["desc"]
        s.append(Paragraph(x(sent), body))
    s.append(Spacer(1, 10))
    s.append(Paragraph("Om Spekter", h))
    s.append(Paragraph("Spekter er en arbeidsgiverforening for virksomheter med offentlig tilknytning og har "
                       "medlemsvirksomheter innen helse, kultur, samferdsel og energi.", body))
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=5.2 * cm, rightMargin=5.2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title="Spekter 2018")
    doc.build(s, onFirstPage=deco, onLaterPages=deco)


# ------------------------------------------------------------------ F11 odd column order + labels right
def virke_2018(f, out):
    cs = ParagraphStyle("c", fontName="DVC", fontSize=8.5, leading=10.5)
    ch = ParagraphStyle("ch", fontName="DVCB", fontSize=8.5, leading=10.5, textColor=colors.white)
    ms = f["measures"]

    def deco(cv, doc):
        cv.setFont("DVC", 8)
        cv.drawString(1.5 * cm, landscape(A4)[1] - 1 * cm, "Virke · Kompetansepolitisk råd · rapportering 2018 · 14.01.2019")
        cv.drawRightString(landscape(A4)[0] - 1.5 * cm, 0.8 * cm, f"s. {doc.page}")

    s = [Paragraph("Virkes tiltak 2018 – Nasjonal kompetansepolitisk strategi",
                   ParagraphStyle("t", fontName="DVB", fontSize=15, leading=19)), Spacer(1, 6)]
    fakta = Table([["Virke i tall"], ["25 000 virksomheter"], ["250 000 ansatte"]], colWidths=[5 * cm])
    fakta.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DVC", 8), ("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#FCE4D6"))]))
    s += [fakta, Spacer(1, 8)]
    hdr = ["Ansvarlig", "Samarbeidspartnere", "Tiltak", "Periode", "Type tiltak", "Delmål"]
    rows = [[Paragraph(h, ch) for h in hdr]]
    for m in ms[:4]:
        rows.append([Paragraph(x(v), cs) for v in [m["resp"], m["pj"], m["title"], m["period"], m["tp"], m["dp"]]])
    tb = Table(rows, colWidths=[2.6 * cm, 5.2 * cm, 9.6 * cm, 3 * cm, 2.6 * cm, 2 * cm], repeatRows=1)
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#C55A11")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [tb, Spacer(1, 14), Paragraph("Nettverk og råd Virke deltar i",
                                       ParagraphStyle("t2", fontName="DVB", fontSize=12, leading=15)), Spacer(1, 6)]
    for m in ms[4:]:
        lab = [[m["title"], "Tiltak"], [m["dp"], "Delmål"], [m["tp"], "Type tiltak"], [m["resp"], "Ansvarlig"],
               [m["pj"], "Samarbeidspartnere"], [m["period"], "Periode"]]
        tl = Table(lab, colWidths=[13 * cm, 4 * cm])
        tl.setStyle(TableStyle([("FONT", (0, 0), (0, -1), "DVC", 9), ("FONT", (1, 0), (1, -1), "DVCB", 8),
                                ("FONT", (0, 0), (0, 0), "DVCB", 9.5),
                                ("TEXTCOLOR", (1, 0), (1, -1), colors.HexColor("#C55A11")),
                                ("ALIGN", (1, 0), (1, -1), "LEFT"),
                                ("LINEBELOW", (0, -1), (-1, -1), 0.5, colors.grey)]))
        s += [tl, Spacer(1, 8)]
    doc = SimpleDocTemplate(out, pagesize=landscape(A4), leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                            topMargin=1.6 * cm, bottomMargin=1.5 * cm, title="Virke 2018")
    doc.build(s, onFirstPage=deco, onLaterPages=deco)


# ------------------------------------------------------------------ F20 NAV 2022 (fpdf2)
def nav_2022(f, out):
    from fpdf import FPDF

    class P(FPDF):
        def footer(self):
            self.set_y(-12)
            self.set_font("dv", "", 8)
            self.cell(0, 6, f"Arbeids- og velferdsdirektoratet  ·  Rapport NKPS 2022  ·  {self.page_no()}", align="C")

    pdf = P(format="A4")
    pdf.add_font("dv", "", FD + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", FD + "DejaVuSans-Bold.ttf")
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    pdf.set_font("dv", "B", 22)
    pdf.ln(50)
    pdf.multi_cell(0, 11, "NAV og kompetansepolitikken", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 13)
    pdf.multi_cell(0, 8, "Rapport til Kompetansepolitisk råd for 2022\nArbeids- og velferdsdirektoratet\n"
                         "Mars 2023")
    pdf.add_page()
    pdf.set_font("dv", "B", 14)
    pdf.cell(0, 9, "1 Nøkkeltall 2022", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 9.5)
    rows = [("Tiltak", "Deltakere 2021", "Deltakere 2022"), ("Opplæringstiltaket", "31 200", "28 950"),
            ("Arbeidsmarkedskurs", "18 400", "15 100"), ("Fag- og yrkesopplæring", "2 150", "3 020")]
    for r in rows:
        for i, v in enumerate(r):
            pdf.cell(60, 7, v, border=1, align="L" if i == 0 else "R")
        pdf.ln()
    pdf.ln(4)
    pdf.set_font("dv", "B", 14)
    pdf.cell(0, 9, "2 Tiltak", new_x="LMARGIN", new_y="NEXT")
    for n, m in enumerate(f["measures"], 1):
        pdf.set_font("dv", "B", 11.5)
        pdf.multi_cell(0, 6.5, f"2.{n} {m['title']}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        for lab, key in [("Delmål", "dp"), ("Tiltakstype", "tp"), ("Ansvarlig enhet", "resp"),
                         ("Samarbeid", "pj"), ("Periode", "period")]:
            if m[key]:
                pdf.set_font("dv", "B", 9.5)
                pdf.cell(38, 5.5, lab)
                pdf.set_font("dv", "", 9.5)
                pdf.multi_cell(0, 5.5, m[key], new_x="LMARGIN", new_y="NEXT")
        if m["desc"]:
            pdf.set_font("dv", "", 10)
            pdf.ln(1)
            pdf.multi_cell(0, 5.5, m["desc"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.set_font("dv", "B", 14)
    pdf.cell(0, 9, "3 Møter og dialog", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 10)
    for s in ["Dialogmøte med fylkeskommunene om fagbrev, 9. mai 2022",
              "Møte i Kompetansepolitisk råd, 15. juni 2022", "Innspillsmøte HK-dir, 3. november 2022"]:
        pdf.multi_cell(0, 5.5, "– " + s, new_x="LMARGIN", new_y="NEXT")
    pdf.output(out)
