# -*- coding: utf-8 -*-
"""PDF templates for match24, drawn with reportlab."""
from xml.sax.saxutils import escape as _esc
from reportlab.lib.pagesizes import A4, A3, landscape
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_RIGHT, TA_CENTER, TA_LEFT
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, SimpleDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, KeepTogether, Flowable)
from common import *
from content import DELMAL_TEXT, DELMAL_TEXT_NN

_D = "/usr/share/fonts/truetype/dejavu/"
_L = "/usr/share/fonts/truetype/liberation/"
for name, f in [("DV", _D + "DejaVuSans.ttf"), ("DV-B", _D + "DejaVuSans-Bold.ttf"),
                ("DV-I", _D + "DejaVuSans-Oblique.ttf"), ("DV-BI", _D + "DejaVuSans-BoldOblique.ttf"),
                ("DS", _D + "DejaVuSerif.ttf"), ("DS-B", _D + "DejaVuSerif-Bold.ttf"),
                ("DS-I", _D + "DejaVuSerif-Italic.ttf"), ("DS-BI", _D + "DejaVuSerif-BoldItalic.ttf"),
                ("LS", _L + "LiberationSans-Regular.ttf"), ("LS-B", _L + "LiberationSans-Bold.ttf"),
                ("LS-I", _L + "LiberationSans-Italic.ttf"), ("LS-BI", _L + "LiberationSans-BoldItalic.ttf"),
                ("LR", _L + "LiberationSerif-Regular.ttf"), ("LR-B", _L + "LiberationSerif-Bold.ttf"),
                ("LR-I", _L + "LiberationSerif-Italic.ttf"), ("LR-BI", _L + "LiberationSerif-BoldItalic.ttf"),
                ("LN", _L + "LiberationSansNarrow-Regular.ttf"), ("LN-B", _L + "LiberationSansNarrow-Bold.ttf"),
                ("LN-I", _L + "LiberationSansNarrow-Italic.ttf"), ("LN-BI", _L + "LiberationSansNarrow-BoldItalic.ttf")]:
    pdfmetrics.registerFont(TTFont(name, f))
for fam in ["DV", "DS", "LS", "LR", "LN"]:
    pdfmetrics.registerFontFamily(fam, normal=fam, bold=fam + "-B", italic=fam + "-I", boldItalic=fam + "-BI")


def e(t):
    return _esc(t)


def S(font="DV", size=10, lead=None, color=colors.black, align=TA_LEFT, after=0, before=0, left=0):
    return ParagraphStyle("x", fontName=font, fontSize=size, leading=lead or size * 1.3, textColor=color,
                          alignment=align, spaceAfter=after, spaceBefore=before, leftIndent=left)


def P(text, st):
    return Paragraph(text, st)


def meta(doc_path, title, author):
    return dict(title=title, author=author)


# ============================================================ LO 2017: thumb index tabs
def thumb_index_tabs(rep, path):
    W, H = A4
    state = {"area": "1"}
    tabs = [("1", "1 Gode valg"), ("2", "2 Læring i arbeidslivet"), ("3", "3 Svak tilknytning")]

    class AreaMark(Flowable):
        def __init__(self, a):
            super().__init__()
            self.a = a
            self.width = self.height = 0

        def draw(self):
            state["area"] = self.a

    def page_end(c, doc):
        c.saveState()
        th = 5.2 * cm
        for i, (a, lab) in enumerate(tabs):
            y = H - 4 * cm - (i + 1) * th - i * 0.2 * cm
            cur = a == state["area"]
            c.setFillColor(colors.HexColor("#B71C1C") if cur else colors.HexColor("#E8C4C4"))
            c.roundRect(W - 1.3 * cm, y, 1.6 * cm, th, 6, stroke=0, fill=1)
            c.setFillColor(colors.white if cur else colors.HexColor("#7A3B3B"))
            c.setFont("DV-B", 9)
            c.translate(W - 0.55 * cm, y + th / 2)
            c.rotate(90)
            c.drawCentredString(0, 0, lab)
            c.rotate(-90)
            c.translate(-(W - 0.55 * cm), -(y + th / 2))
        c.setFont("DV", 8)
        c.setFillColor(colors.grey)
        c.drawString(2 * cm, 1.2 * cm, "LO – Landsorganisasjonen i Norge · Oppfølging av NKPS 2017")
        c.drawRightString(W - 2 * cm, 1.2 * cm, f"Side {doc.page}")
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2.6 * cm, topMargin=2 * cm,
                          bottomMargin=2 * cm, title="LO oppfølging NKPS 2017", author="LO")
    fr = Frame(2 * cm, 2 * cm, W - 4.8 * cm, H - 4 * cm, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[fr], onPageEnd=page_end)])
    st_h = S("DV-B", 18, color=colors.HexColor("#B71C1C"), after=6)
    st_b = S("DV", 10, after=6)
    st_ah = S("DV-B", 13, color=colors.HexColor("#B71C1C"), before=4, after=8)
    st_t = S("DV-B", 11.5, after=3)
    st_f = S("DV", 9, lead=12)
    st_tab = S("DV-B", 8, color=colors.white, align=TA_CENTER, lead=10)
    story = [P("Oppfølging av Nasjonal kompetansepolitisk strategi", st_h),
             P("LOs rapport til Kompetansepolitisk råd for 2017", S("DV", 12, after=10)),
             P("Rapporten er delt inn etter strategiens tre hovedinnsatsområder (se fanene i margen). Ved hvert tiltak "
               "står nummeret på tiltaket i strategien («NKPS nr.») i den grå sidefanen.", st_b)]
    order = []
    for a in ["1", "2", "3"]:
        ms = [m for m in rep["measures"] if area_of(m) == a]
        if not ms:
            continue
        if order:
            story.append(PageBreak())
        story.append(AreaMark(a))
        story.append(P(f"Hovedinnsatsområde {a}: {e(AREA[a])}", st_ah))
        for m in ms:
            order.append(m)
            right = [P(e(m["title"]), st_t),
                     P(f"<b>Type tiltak:</b> {e(m['tl'])}", st_f),
                     P(f"<b>Ansvarlig:</b> {e(m['resp'])}", st_f)]
            if m["partners"]:
                right.append(P(f"<b>Samarbeid:</b> {e(partners(m))}", st_f))
            right += [P(f"<b>Tidspunkt og varighet:</b> {e(m['period'])}", st_f),
                      Spacer(1, 3), P(e(m["desc"]), S("DV", 9.5, lead=13))]
            tab = P(f"NKPS<br/>nr.<br/>{e(oldnos(m))}", st_tab)
            t = Table([[tab, right]], colWidths=[1.8 * cm, W - 4.8 * cm - 2.1 * cm])
            t.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#8C8C8C")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (1, 0), (1, 0), 10),
                                   ("LINEBELOW", (1, 0), (1, 0), 0.5, colors.HexColor("#DDDDDD"))]))
            story += [KeepTogether(t), Spacer(1, 10)]
    story += [Spacer(1, 14), P("Kontakt: LOs avdeling for samfunnspolitikk, Youngs gate 11, Oslo.", S("DV-I", 8))]
    doc.build(story)
    return order


# ============================================================ Virke 2018: side-by-side tables on A3
def side_by_side_tables_a3(rep, path):
    W, H = landscape(A3)
    doc = SimpleDocTemplate(path, pagesize=(W, H), leftMargin=1.5 * cm, rightMargin=1.5 * cm, topMargin=1.5 * cm,
                            bottomMargin=1.5 * cm, title="Virke tiltak NKPS 2018", author="Virke")
    green = colors.HexColor("#00594F")
    sh = S("LN-B", 8, color=colors.white, lead=10)
    sc = S("LN", 8, lead=10)
    sd = S("LN-I", 7.5, lead=9.5, color=colors.HexColor("#333333"))
    half = (W - 3 * cm - 0.8 * cm) / 2
    cw = [x * half for x in [0.30, 0.08, 0.14, 0.14, 0.20, 0.14]]

    def sub(ms, head):
        rows = [[P(e(head), S("LN-B", 10, color=green)), "", "", "", "", ""],
                [P(h, sh) for h in ["Tiltak", "Delmål", "Type", "Ansvarlig", "Samarbeid", "Periode"]]]
        style = [("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 1), (-1, 1), green),
                 ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.grey)]
        for m in ms:
            rows.append([P("<b>%s</b>" % e(m["title"]), sc), P(e(codes(m)), sc), P(e(m["tl"]), sc),
                         P(e(m["resp"]), sc), P(e(partners(m)), sc), P(e(m["period"]), sc)])
            rows.append([P(e(m["desc"]), sd), "", "", "", "", ""])
            r = len(rows) - 1
            style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#EEF6F4"))]
        t = Table(rows, colWidths=cw)
        t.setStyle(TableStyle(style))
        return t
    left = [m for m in rep["measures"] if area_of(m) == "1"]
    right = [m for m in rep["measures"] if area_of(m) in "23"]
    story = [P("Virke – tiltak i oppfølgingen av Nasjonal kompetansepolitisk strategi 2018", S("LS-B", 20, color=green,
                                                                                                 after=4)),
             P("Oversikten er satt opp på ett A3-ark. Venstre tabell viser hovedinnsatsområde 1, høyre tabell "
               "hovedinnsatsområde 2 og 3. Hver tiltaksrad følges av en kort omtale.", S("LS", 10, after=12))]
    outer = Table([[sub(left, "Hovedinnsatsområde 1 – Gode valg for den enkelte og for samfunnet"),
                    sub(right, "Hovedinnsatsområde 2 og 3 – Læring i arbeidslivet / voksne med svak tilknytning")]],
                  colWidths=[half + 0.4 * cm, half + 0.4 * cm])
    outer.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEAFTER", (0, 0), (0, 0), 1, green)]))
    story += [outer, Spacer(1, 16),
              P(f"Totalt {len(rep['measures'])} tiltak. Kontakt: Virke, Fagavdeling kompetanse, post@virke.no", S("LS-I", 8))]
    doc.build(story)
    return left + right


# ============================================================ Spekter 2019: title after description
def title_after_description(rep, path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.4 * cm, rightMargin=2.4 * cm, topMargin=2.2 * cm,
                            bottomMargin=2.2 * cm, title="Spekter årsrapportering kompetanse 2019", author="Spekter")
    navy = colors.HexColor("#1B365D")
    story = [P("Spekter", S("LR-B", 22, color=navy, after=2)),
             P("Rapportering om oppfølging av Nasjonal kompetansepolitisk strategi – 2019", S("LR-B", 14, after=10)),
             P("Spekter har også i 2019 arbeidet for at medlemsvirksomhetene tar inn flere lærlinger, i tråd med "
               "Samfunnskontrakten for flere læreplasser, og for at kompetansepolitikken har en tydelig plass i "
               "arbeidsgivernettverkene. Nedenfor beskrives hvert tiltak først; navnet på tiltaket og fakta står "
               "i rammen under beskrivelsen.", S("LR", 11, lead=15, after=14))]
    for m in rep["measures"]:
        box = [P("Tiltak: <b>%s</b>" % e(m["title"]), S("LS", 10.5, lead=14)),
               P(" · ".join(x for x in ["Delmål " + e(codes(m, og="og")), e(m["tl"]), "Ansvar: " + e(m["resp"]),
                                        ("Med: " + e(partners(m))) if m["partners"] else "", e(m["period"])] if x),
                 S("LS", 8.5, color=colors.HexColor("#555555")))]
        t = Table([[box]], colWidths=[16 * cm])
        t.setStyle(TableStyle([("LINEBEFORE", (0, 0), (0, 0), 3, navy), ("BACKGROUND", (0, 0), (-1, -1),
                                                                           colors.HexColor("#F1F4F8")),
                               ("LEFTPADDING", (0, 0), (-1, -1), 8)]))
        story.append(KeepTogether([P(e(m["desc"]), S("LR", 11, lead=15, after=4)), t, Spacer(1, 16)]))
    story.append(P("Spekter, Postboks 7004 Majorstuen, 0306 Oslo", S("LS", 8, color=colors.grey)))
    doc.build(story)


# ============================================================ Trøndelag 2020: partnership agreement + Bilag 1
def partnership_agreement_bilag(rep, path):
    W, H = A4
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title="Partnerskapsavtale om kompetanse i Trøndelag",
                            author="Trøndelag fylkeskommune")
    body = S("LR", 11, lead=15, after=6)
    story = [P("Partnerskapsavtale om kompetanse i Trøndelag 2020–2023", S("LR-B", 17, after=8)),
             P("mellom Trøndelag fylkeskommune, NAV Trøndelag, NHO Trøndelag, LO i Trøndelag og KS Trøndelag", body),
             P("Artikkel 1 Formål", S("LR-B", 12, before=8, after=4)),
             P("Partene skal samarbeide om å sikre at innbyggere og arbeidsliv i Trøndelag har tilgang på den "
               "kompetansen som trengs. Avtalen er partnerskapets oppfølging av Nasjonal kompetansepolitisk "
               "strategi.", body),
             P("Artikkel 2 Organisering", S("LR-B", 12, before=8, after=4)),
             P("Partnerskapet ledes av fylkeskommunen. Tiltakene i Bilag 1 er de partnerskapet rapporterer til "
               "Kompetansepolitisk råd for 2020.", body),
             P("Artikkel 3 Økonomi", S("LR-B", 12, before=8, after=4)),
             P("Hver part dekker egne kostnader. Felles tiltak finansieres etter avtale i partnerskapets styringsgruppe.",
               body),
             P("Artikkel 4 Varighet", S("LR-B", 12, before=8, after=4)),
             P("Avtalen gjelder fra 1. mars 2020 til 31. desember 2023.", body),
             Spacer(1, 30)]
    sig = Table([["______________________", "______________________", "______________________"],
                 ["Trøndelag fylkeskommune", "NAV Trøndelag", "NHO Trøndelag"],
                 ["", "", ""],
                 ["______________________", "______________________", ""],
                 ["LO i Trøndelag", "KS Trøndelag", ""]], colWidths=[5.6 * cm] * 3)
    sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LR", 9)]))
    story += [sig, PageBreak(), P("Bilag 1 Tiltak i partnerskapet", S("LR-B", 14, after=4)),
              P("Form: Plan, Nettverk, Pilot, Tjeneste, Oppgave. «Bidrar til delmål» gjengir delmålet i strategien.",
                S("LR-I", 9, after=8))]
    sc = S("LR", 8.5, lead=10.5)
    rows = [[P("<b>%s</b>" % h, sc) for h in ["Nr.", "Tiltak og kort omtale", "Bidrar til delmål", "Form",
                                              "Eier / med", "Tidsrom"]]]
    for i, m in enumerate(rep["measures"], 1):
        dm = "<br/>".join("• " + e(DELMAL_TEXT[c]) for c in m["delmal"])
        rows.append([P(f"{i}", sc), P("<b>%s</b><br/>%s" % (e(m["title"]), e(m["desc"])), sc), P(dm, sc),
                     P(e(m["tl"]), sc), P("Eier: %s<br/>Med: %s" % (e(m["resp"]), e(partners(m))), sc),
                     P(e(m["period"]), sc)])
    t = Table(rows, colWidths=[0.9 * cm, 5.4 * cm, 4.4 * cm, 1.6 * cm, 3.2 * cm, 1.6 * cm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4E9D8"))]))
    story += [t, Spacer(1, 16), P("Bilag 2 Kontaktpersoner", S("LR-B", 12, after=4))]
    kt = Table([["Trøndelag fylkeskommune", "Kari Aune", "kari.aune@trondelagfylke.no"],
                ["NAV Trøndelag", "Ola Rønning", "ola.ronning@nav.no"],
                ["NHO Trøndelag", "Lise Berg", "lise.berg@nho.no"]], colWidths=[5 * cm, 4 * cm, 7 * cm])
    kt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LR", 9), ("GRID", (0, 0), (-1, -1), 0.3, colors.grey)]))
    story.append(kt)
    doc.build(story)


# ============================================================ LO 2020: circled numbers on a rail
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


def circled_number_steps(rep, path):
    W, H = A4
    red = colors.HexColor("#C8102E")

    def page(c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor("#FBE9EC"))
        c.rect(0, 0, 2.6 * cm, H, stroke=0, fill=1)
        c.setFillColor(red)
        c.rect(2.6 * cm, 0, 0.12 * cm, H, stroke=0, fill=1)
        c.setFont("DV", 8)
        c.setFillColor(colors.grey)
        c.drawRightString(W - 1.5 * cm, 1 * cm, f"LO · Rapport til Kompetansepolitisk råd 2020 · {doc.page}")
        c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=0.7 * cm, rightMargin=1.5 * cm, topMargin=1.8 * cm,
                            bottomMargin=1.8 * cm, title="LO rapport Kompetansepolitisk råd 2020", author="LO")
    story = [Table([["", [P("LOs rapport til Kompetansepolitisk råd 2020", S("DV-B", 17, color=red, after=4)),
                          P("Åtte tiltak LO har arbeidet med i 2020 for å følge opp Nasjonal kompetansepolitisk "
                            "strategi. Fakta står i den høyrejusterte kolonnen.", S("DV", 10, after=10))]]],
                   colWidths=[2.6 * cm, W - 4.8 * cm])]
    sf = S("DV", 8, lead=10.5, align=TA_RIGHT, color=colors.HexColor("#444444"))
    for i, m in enumerate(rep["measures"]):
        facts = [P("Delmål " + e(codes(m)), sf), P(e(m["tl"]), sf), P("Ansvar: " + e(m["resp"]), sf)]
        if m["partners"]:
            facts.append(P("Med: " + e(partners(m)), sf))
        facts.append(P(e(m["period"]), sf))
        t = Table([[P(CIRCLED[i], S("DV-B", 26, lead=30, color=red, align=TA_CENTER)),
                    [P(e(m["title"]), S("DV-B", 11.5, lead=14, after=3)), P(e(m["desc"]), S("DV", 9.5, lead=13))],
                    facts]], colWidths=[2.2 * cm, 11 * cm, 5.3 * cm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (1, 0), (1, 0), 14),
                               ("LINEBELOW", (1, 0), (2, 0), 0.4, colors.HexColor("#DDDDDD")),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
        story += [KeepTogether(t), Spacer(1, 6)]
    doc.build(story, onFirstPage=page, onLaterPages=page)


# ============================================================ Vestland 2021: 2x2 priority matrix (nynorsk)
def two_by_two_quadrant(rep, path):
    from reportlab.pdfgen import canvas as cv
    W, H = landscape(A4)
    c = cv.Canvas(path, pagesize=(W, H))
    c.setTitle("Vestland fylkeskommune – prioriteringsmatrise 2021")
    c.setAuthor("Vestland fylkeskommune")
    blue = colors.HexColor("#005A8C")
    c.setFont("DV-B", 15)
    c.setFillColor(blue)
    c.drawString(1.5 * cm, H - 1.5 * cm, "Vestland fylkeskommune – tiltak i kompetansepolitikken 2021")
    c.setFont("DV", 9)
    c.setFillColor(colors.black)
    c.drawString(1.5 * cm, H - 2.1 * cm, "Prioriteringsmatrise: tiltaka er plasserte etter venta effekt og ressursbruk. "
                                         "Rapportert til Kompetansepolitisk råd.")
    x0, y0 = 2.6 * cm, 1.6 * cm
    gw, gh = (W - x0 - 1.2 * cm) / 2, (H - 3.0 * cm - y0) / 2
    quads = {0: (x0, y0 + gh, "Stor effekt · lite ressursbruk"), 1: (x0 + gw, y0 + gh, "Stor effekt · mykje ressursbruk"),
             2: (x0, y0, "Mindre effekt · lite ressursbruk"), 3: (x0 + gw, y0, "Mindre effekt · mykje ressursbruk")}
    fills = {0: "#E3F1E6", 1: "#E6EEF7", 2: "#F7F3E3", 3: "#F4E6E6"}
    # axes labels
    c.saveState()
    c.setFont("DV-B", 9)
    c.translate(1.9 * cm, y0 + gh)
    c.rotate(90)
    c.drawCentredString(0, 0, "Venta effekt  →")
    c.restoreState()
    c.setFont("DV-B", 9)
    c.drawCentredString(x0 + gw, 0.9 * cm, "Ressursbruk  →")
    st_t = S("DV-B", 9.5, lead=12)
    st_m = S("DV", 7.5, lead=9.5, color=colors.HexColor("#333333"))
    order = []
    for q in range(4):
        x, y, lab = quads[q]
        c.setFillColor(colors.HexColor(fills[q]))
        c.setStrokeColor(colors.white)
        c.rect(x, y, gw, gh, stroke=1, fill=1)
        c.setFillColor(colors.HexColor("#555555"))
        c.setFont("DV-I", 8)
        c.drawString(x + 0.3 * cm, y + gh - 0.5 * cm, lab)
        flow = []
        for m in [m for m in rep["measures"] if m["extra"]["quad"] == q]:
            order.append(m)
            inner = [P(e(m["title"]), st_t),
                     P("Delmål %s · %s · %s" % (e(codes(m)), e(m["tl"]), e(m["period"])), st_m),
                     P("Ansvarleg: %s. Med: %s." % (e(m["resp"]), e(partners(m))), st_m),
                     P(e(m["desc"]), S("DV-I", 7.5, lead=9.5))]
            bx = Table([[inner]], colWidths=[gw - 0.9 * cm])
            bx.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, blue), ("BACKGROUND", (0, 0), (-1, -1), colors.white)]))
            flow += [bx, Spacer(1, 5)]
        f = Frame(x + 0.2 * cm, y + 0.1 * cm, gw - 0.4 * cm, gh - 0.75 * cm, showBoundary=0)
        f.addFromList(flow, c)
        assert not flow, "quadrant overflow"
    c.showPage()
    c.save()
    return order


# ============================================================ HK-dir 2021: academic paper
def academic_paper_table(rep, path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2.2 * cm,
                            bottomMargin=2.2 * cm, title="HK-dir årsrapport NKPS 2021", author="HK-dir")
    body = S("LR", 10.5, lead=14, after=6)
    h = S("LR-B", 12, before=10, after=4)
    story = [P("Direktoratets oppfølging av Nasjonal kompetansepolitisk strategi i 2021", S("LR-B", 16, lead=20,
                                                                                            align=TA_CENTER, after=6)),
             P("Direktoratet for høyere utdanning og kompetanse (HK-dir), avdeling for kompetansepolitikk",
               S("LR-I", 10, align=TA_CENTER, after=14)),
             Table([[P("<b>Sammendrag.</b> Notatet gjør rede for hvordan HK-dir har fulgt opp strategien i det første "
                       "året etter at Kompetanse Norge ble en del av direktoratet. Karriereveiledning og "
                       "Kompetansepluss arbeid er de største satsingene, mens kompetansereformen «Lære hele livet» "
                       "preger arbeidet. Tiltakene er samlet i tabell 1.", S("LR", 9.5, lead=12.5))]],
                   colWidths=[14.6 * cm], style=[("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
                                                 ("LEFTPADDING", (0, 0), (-1, -1), 8)]),
             P("1 Innledning", h),
             P("Kompetanse Norge ble 1. januar 2021 slått sammen med deler av DIKU og Unit til HK-dir. Direktoratet "
               "har ansvar for flere av strategiens ordninger og rapporterer her på egne tiltak.", body),
             P("2 Metode", h),
             P("Tiltakene er hentet fra direktoratets virksomhetsplan og kodet etter delmål (1.1–3.6) og type.", body),
             P("3 Resultater", h),
             P("<b>Tabell 1</b> HK-dirs tiltak i oppfølgingen av NKPS, 2021", S("LR", 9.5, after=4))]
    sc = S("LR", 8, lead=10)
    rows = [[P("<b>%s</b>" % x, sc) for x in ["Delmål", "Tiltak", "Type", "Ansvar", "Samarbeid", "Periode", "Merknad"]]]
    for m in rep["measures"]:
        rows.append([P(e(codes(m)), sc), P(e(m["title"]), sc), P(e(m["tl"]), sc), P(e(m["resp"]), sc),
                     P(e(partners(m)), sc), P(e(m["period"]), sc), P(e(m["desc"]), sc)])
    t = Table(rows, colWidths=[1.3 * cm, 3.6 * cm, 1.9 * cm, 1.4 * cm, 2.2 * cm, 1.5 * cm, 4.7 * cm], repeatRows=1)
    t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.5,
                                                                              colors.black),
                           ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, P("<i>Kilde: HK-dir.</i>", S("LR", 8, before=3, after=10))]

    class Bars(Flowable):
        def __init__(self):
            super().__init__()
            self.width, self.height = 14 * cm, 3.4 * cm

        def draw(self):
            c = self.canv
            data = [("Område 1", 3), ("Område 2", 2), ("Område 3", 3)]
            for i, (lab, v) in enumerate(data):
                c.setFillColor(colors.HexColor("#4A6FA5"))
                c.rect(3 * cm, 2.6 * cm - i * 0.9 * cm, v * 2 * cm, 0.55 * cm, stroke=0, fill=1)
                c.setFillColor(colors.black)
                c.setFont("LR", 8)
                c.drawString(0.5 * cm, 2.75 * cm - i * 0.9 * cm, lab)
                c.drawString(3.2 * cm + v * 2 * cm, 2.75 * cm - i * 0.9 * cm, str(v))
    story += [Bars(), P("<b>Figur 1</b> Antall tiltak per hovedinnsatsområde (et tiltak kan telle i flere områder).",
                        S("LR", 8.5, after=8)),
              P("4 Diskusjon", h),
              P("Mange av tiltakene er felles med andre rådsmedlemmer, for eksempel Nasjonalt forum for "
                "karriereveiledning, der KS, Spekter og partene deltar. Det bør vurderes om slike tiltak skal "
                "rapporteres av én aktør.", body),
              P("Referanser", h)]
    for r in ["Kompetanse Norge (2020). Evaluering av karriereveiledning.no. Rapport 3/2020.",
              "Meld. St. 14 (2019–2020) Kompetansereformen – Lære hele livet. Oslo: KD.",
              "NIFU (2021). Kompetansepluss arbeid – resultater og effekter. Rapport 2021:7."]:
        story.append(P(e(r), S("LR", 9, lead=12, left=14, after=2)))
    doc.build(story)


# ============================================================ NAV 2023: progress bars
def progress_bar_percent(rep, path):
    navred = colors.HexColor("#C30000")

    class Bar(Flowable):
        def __init__(self, pct, w=6 * cm, h=0.42 * cm):
            super().__init__()
            self.pct, self.width, self.height = pct, w, h

        def draw(self):
            c = self.canv
            c.setFillColor(colors.HexColor("#E6E6E6"))
            c.roundRect(0, 0, self.width, self.height, 3, stroke=0, fill=1)
            c.setFillColor(colors.HexColor("#06893A") if self.pct >= 75 else colors.HexColor("#FF9100")
                           if self.pct >= 40 else colors.HexColor("#0067C5"))
            c.roundRect(0, 0, self.width * self.pct / 100, self.height, 3, stroke=0, fill=1)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title="NAV statusrapport kompetansetiltak 2023",
                            author="Arbeids- og velferdsdirektoratet")
    avg = round(sum(m["extra"]["pct"] for m in rep["measures"]) / len(rep["measures"]))
    story = [P("NAV", S("LS-B", 22, color=navred)),
             P("Statusrapport – kompetansetiltak i oppfølgingen av Nasjonal kompetansepolitisk strategi 2023",
               S("LS-B", 13, after=8)),
             Table([[P("<b>Samlet fremdrift for porteføljen</b>", S("LS", 10)), Bar(avg, 8 * cm, 0.55 * cm),
                     P(f"<b>{avg} %</b>", S("LS", 10))]], colWidths=[5.5 * cm, 8.5 * cm, 2 * cm],
                   style=[("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
                          ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F7F7F7"))]),
             Spacer(1, 14)]
    for m in rep["measures"]:
        left = [P(e(m["title"]), S("LS-B", 11, lead=14, after=2)),
                P("Delmål %s  ·  %s" % (e(codes(m)), e(m["tl"])), S("LS", 8.5, color=colors.HexColor("#555555"))),
                P("Ansvarlig: %s  ·  Samarbeid: %s  ·  Periode: %s" % (e(m["resp"]), e(partners(m)), e(m["period"])),
                  S("LS", 8.5, color=colors.HexColor("#555555"), after=3)),
                P(e(m["desc"]), S("LS", 9.5, lead=12.5))]
        right = [P("Fremdrift", S("LS-I", 8, color=colors.grey)), Bar(m["extra"]["pct"]),
                 P(f"{m['extra']['pct']} %", S("LS-B", 11, before=3))]
        t = Table([[left, right]], colWidths=[10.3 * cm, 6.7 * cm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEABOVE", (0, 0), (-1, 0), 0.6, navred),
                               ("TOPPADDING", (0, 0), (-1, -1), 6)]))
        story += [KeepTogether(t), Spacer(1, 10)]
    story.append(P("Fremdrift er anslått av tiltakseier per 1. desember 2023.", S("LS-I", 8, color=colors.grey)))
    doc.build(story)


# ============================================================ NHO 2024: ranked top 5 with stars
def ranked_priority_stars(rep, path):
    red = colors.HexColor("#D52B1E")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title="NHO prioriterte tiltak 2024", author="NHO")
    story = [P("NHO · Kompetansepolitisk råd 2024", S("DV-B", 9, color=red)),
             P("Våre fem viktigste tiltak", S("DV-B", 20, lead=24, after=4)),
             P("NHO har rangert tiltakene etter betydning for medlemsbedriftene (★★★★★ = størst betydning). "
               "Øvrige tiltak er listet kort til slutt.", S("DV", 10, after=12))]
    top = [m for m in rep["measures"] if m["extra"]["stars"]]
    rest = [m for m in rep["measures"] if not m["extra"]["stars"]]
    sm = S("DV", 8.5, lead=11, color=colors.HexColor("#444444"))
    for i, m in enumerate(top, 1):
        n = m["extra"]["stars"]
        right = [P(e(m["title"]), S("DV-B", 12.5, lead=15, after=2)),
                 P("Betydning: <font color='#D52B1E'>%s</font><font color='#CCCCCC'>%s</font>" % ("★" * n, "★" * (5 - n)),
                   S("DV", 11, lead=14)),
                 P("Delmål %s  |  %s  |  Ansvar: %s  |  Med: %s  |  %s" % (e(codes(m)), e(m["tl"]), e(m["resp"]),
                                                                         e(partners(m)), e(m["period"])), sm),
                 P(e(m["desc"]), S("DV", 9.5, lead=13, before=3))]
        t = Table([[P(str(i), S("DV-B", 30, lead=34, color=red, align=TA_CENTER)), right]],
                  colWidths=[1.8 * cm, 15.2 * cm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, 0), 0.4,
                                                                      colors.HexColor("#DDDDDD")),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
        story += [KeepTogether(t), Spacer(1, 4)]
    story += [Spacer(1, 10), P("Øvrige tiltak", S("DV-B", 13, after=6))]
    for m in rest:
        bits = ["delmål " + codes(m), m["tl"], m["resp"] + (" med " + join_and(m["partners"]) if m["partners"] else "")]
        if m["period"]:
            bits.append(m["period"])
        story.append(P("• <b>%s</b> — %s. %s" % (e(m["title"]), e(" · ".join(bits)), e(m["desc"])),
                       S("DV", 9.5, lead=13, left=10, after=4)))
    story += [Spacer(1, 12), P("Kontakt: NHO Kompetanse og inkludering, kompetanse@nho.no", S("DV-I", 8))]
    doc.build(story)
    return top + rest


# ============================================================ Spekter 2026: dark theme, big numerals
def dark_theme_big_numerals(rep, path):
    W, H = A4
    bg = colors.HexColor("#0E1A2B")
    acc = colors.HexColor("#4FD1C5")

    def page(c, doc):
        c.saveState()
        c.setFillColor(bg)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillColor(acc)
        c.rect(0, H - 0.35 * cm, W, 0.35 * cm, stroke=0, fill=1)
        c.setFont("LS", 8)
        c.setFillColor(colors.HexColor("#8FA3BF"))
        c.drawString(2 * cm, 1 * cm, "Spekter · Kompetanse og læring 2026")
        c.drawRightString(W - 2 * cm, 1 * cm, str(doc.page))
        c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2.2 * cm,
                            bottomMargin=2 * cm, title="Spekter kompetanse og læring 2026", author="Spekter")
    wt = colors.white
    story = [P("KOMPETANSE OG LÆRING", S("LS-B", 10, color=acc, after=4)),
             P("Spekters rapport til Kompetansepolitisk råd 2026", S("LS-B", 20, lead=24, color=wt, after=8)),
             P("Sju tiltak fra arbeidsgiverforeningen Spekter. Tallene til venstre er løpenummer i rapporten.",
               S("LS", 10.5, lead=14, color=colors.HexColor("#C9D6E8"), after=16))]
    for i, m in enumerate(rep["measures"], 1):
        metaline = "  •  ".join(x for x in ["Delmål " + codes(m, sep=" + "), m["tl"], m["resp"], m["period"],
                                           ("Med: " + partners(m)) if m["partners"] else ""] if x)
        right = [P(e(m["title"]), S("LS-B", 13, lead=16, color=wt, after=3)),
                 P(e(metaline), S("LS", 8.5, lead=11, color=acc, after=4)),
                 P(e(m["desc"]), S("LS", 10, lead=13.5, color=colors.HexColor("#DCE4EF")))]
        t = Table([[P(f"{i:02d}", S("LS-B", 34, lead=36, color=acc)), right]], colWidths=[2.6 * cm, 14.4 * cm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, 0), 0.4, colors.HexColor("#2B3B52")),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
        story += [KeepTogether(t), Spacer(1, 6)]
    story.append(P("Spekter – arbeidsgiverforening for helseforetak, kultur og statlig eide virksomheter.",
                   S("LS-I", 8, color=colors.HexColor("#8FA3BF"), before=10)))
    doc.build(story, onFirstPage=page, onLaterPages=page)


TEMPLATES = {f.__name__: f for f in [thumb_index_tabs, side_by_side_tables_a3, title_after_description,
                                     partnership_agreement_bilag, circled_number_steps, two_by_two_quadrant,
                                     academic_paper_table, progress_bar_percent, ranked_priority_stars,
                                     dark_theme_big_numerals]}
