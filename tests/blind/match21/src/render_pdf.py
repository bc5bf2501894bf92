# -*- coding: utf-8 -*-
"""PDF templates (reportlab). One function per template name."""
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, A3, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, KeepTogether, SimpleDocTemplate)
from reportlab.graphics.shapes import Drawing, Rect, String, Line
from reportlab.platypus.flowables import Flowable

from .data import DELMAL_TEXT, AREA

FD = "/usr/share/fonts/truetype/dejavu/"
for name, fn in [("Sans", "DejaVuSans.ttf"), ("Sans-B", "DejaVuSans-Bold.ttf"), ("Sans-I", "DejaVuSans-Oblique.ttf"),
                 ("Sans-BI", "DejaVuSans-BoldOblique.ttf"), ("Serif", "DejaVuSerif.ttf"),
                 ("Serif-B", "DejaVuSerif-Bold.ttf"), ("Serif-I", "DejaVuSerif-Italic.ttf"),
                 ("Mono", "DejaVuSansMono.ttf"), ("Mono-B", "DejaVuSansMono-Bold.ttf"),
                 ("Cond", "DejaVuSansCondensed.ttf"), ("Cond-B", "DejaVuSansCondensed-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(name, FD + fn))
from reportlab.lib.fonts import addMapping
addMapping("Sans", 0, 0, "Sans"); addMapping("Sans", 1, 0, "Sans-B"); addMapping("Sans", 0, 1, "Sans-I")
addMapping("Sans", 1, 1, "Sans-BI")
addMapping("Serif", 0, 0, "Serif"); addMapping("Serif", 1, 0, "Serif-B"); addMapping("Serif", 0, 1, "Serif-I")
addMapping("Serif", 1, 1, "Serif-B")
addMapping("Cond", 0, 0, "Cond"); addMapping("Cond", 1, 0, "Cond-B"); addMapping("Cond", 0, 1, "Cond")
addMapping("Cond", 1, 1, "Cond-B")


def S(name="s", font="Sans", size=9.5, leading=None, color=colors.black, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.25, textColor=color, **kw)


def E(t):
    return escape(t)


def P(text, style):
    return Paragraph(text, style)


def draw_par(c, text, style, x, ytop, width):
    p = Paragraph(text, style)
    w, h = p.wrapOn(c, width, 10000)
    p.drawOn(c, x, ytop - h)
    return h


def ptxt(r, empty="–"):
    return ", ".join(r["partners"]) if r["partners"] else empty


def old_txt(r):
    return "Nr. " + " og ".join(str(n) for n in r["old"])


# ------------------------------------------------------------------ VOFO 2017 bar chart + compact list
def barchart_compact_entries(f, path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title="VOFO NKPS 2017")
    H = S("h", "Sans-B", 18, color=colors.HexColor("#2E5E4E"))
    H2 = S("h2", "Sans-B", 12, color=colors.HexColor("#2E5E4E"), spaceBefore=10, spaceAfter=6)
    N = S("n", size=10)
    T = S("t", "Sans-B", 10.5, spaceBefore=8)
    M = S("m", "Sans", 8.5, color=colors.HexColor("#777777"))
    D = S("d", "Sans", 8.5)
    st = [P("VOFO – rapport til Kompetansepolitisk råd 2017", H), Spacer(1, 8),
          P("Voksenopplæringsforbundet (VOFO) følger opp Nasjonal kompetansepolitisk strategi på vegne av "
            "frivilligheten. Nøkkeltall 2017: 14 studieforbund, 512 000 deltakere, 38 000 kurs.", N), Spacer(1, 10),
          P("Våre tiltak fordelt på strategiens tiltak (NKPS nr.)", H2)]
    cnt = {}
    for r in f["rows"]:
        for n in r["old"]:
            cnt[n] = cnt.get(n, 0) + 1
    keys = sorted(cnt)
    dw = Drawing(440, 150)
    for i, k in enumerate(keys):
        x = 30 + i * 65
        h = cnt[k] * 45
        dw.add(Rect(x, 25, 40, h, fillColor=colors.HexColor("#7FB29E"), strokeColor=None))
        dw.add(String(x + 20, 28 + h, str(cnt[k]), fontName="Sans-B", fontSize=9, textAnchor="middle"))
        dw.add(String(x + 20, 10, "Nr. %d" % k, fontName="Sans", fontSize=8, textAnchor="middle"))
    dw.add(Line(20, 25, 420, 25))
    st += [dw, P("Figur 1. Antall tiltak per NKPS-tiltak. Ett tiltak kan telle flere steder.", M), PageBreak(),
           P("Tiltaksoversikt", H2)]
    for r in f["rows"]:
        who = r["resp"] + (" + " + ", ".join(r["partners"]) if r["partners"] else "")
        st.append(KeepTogether([P(E(r["title"]), T),
                                P("%s | %s | %s | %s" % (old_txt(r), r["ty"], E(who), r["period"]), M),
                                P(E(r["desc"]), D)]))
    st += [Spacer(1, 14), P("Kontakt: VOFO, Akersgata 16, Oslo – post@vofo.no", M)]
    doc.build(st)


# ------------------------------------------------------------------ NHO 2018 calendar
MON = {"Hele 2018 (oppnevnt 2017)": ("10", "JAN"), "Januar–april 2018": ("22", "JAN"), "2018–2020": ("05", "MAR"),
       "Mars–november 2018": ("08", "MAR"), "April–juni 2018": ("17", "APR"), "15. august 2018": ("15", "AUG"),
       "2016–2020": ("01", "SEP")}


class Badge(Flowable):
    def __init__(self, day, mon):
        super().__init__()
        self.day, self.mon = day, mon
        self.width, self.height = 1.6 * cm, 1.8 * cm

    def draw(self):
        c = self.canv
        c.setFillColor(colors.HexColor("#00509E"))
        c.roundRect(0, 0, self.width, self.height, 4, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Sans-B", 18)
        c.drawCentredString(self.width / 2, 0.75 * cm, self.day)
        c.setFont("Sans", 8)
        c.drawCentredString(self.width / 2, 0.3 * cm, self.mon)


def calendar_date_badges(f, path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm,
                            bottomMargin=1.8 * cm, title="NHO kompetansekalender 2018")
    H = S("h", "Sans-B", 20, color=colors.HexColor("#00509E"))
    I = S("i", "Sans-I", 9.5, color=colors.HexColor("#444444"))
    T = S("t", "Sans-B", 11)
    G = S("g", "Sans", 8, color=colors.HexColor("#00509E"))
    N = S("n", "Sans", 8.8)
    st = [P("Kompetanseåret 2018 i NHO", H), Spacer(1, 4),
          P("NHOs rapportering til Kompetansepolitisk råd: tiltak og arrangementer i kalenderform.", I), Spacer(1, 12)]
    for r in f["rows"]:
        day, mon = MON[r["period"]]
        right = [P(E(r["title"]), T), P("DELMÅL %s · %s" % (" + ".join(r["dm"]), r["ty"].upper()), G),
                 P("<b>Når:</b> " + E(r["period"]), N), P("<b>Ansvar:</b> " + E(r["resp"]), N),
                 P("<b>Med:</b> " + E(ptxt(r)), N), Spacer(1, 2), P(E(r["desc"]), N)]
        t = Table([[Badge(day, mon), right]], colWidths=[2.1 * cm, 14.6 * cm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4,
                                                                          colors.HexColor("#BBBBBB")),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
        st += [KeepTogether(t), Spacer(1, 6)]
    box = Table([[P("<b>Andre datoer</b><br/>12. april og 4. oktober: møte i Kompetansepolitisk råd<br/>"
                    "1. desember: frist for rapportering til Kompetanse Norge", N)]], colWidths=[16.7 * cm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#00509E")),
                             ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EEF4FA"))]))
    st += [Spacer(1, 8), box]
    doc.build(st)


# ------------------------------------------------------------------ Virke 2019 vertical timeline
def vertical_timeline(f, path):
    W, Hh = A4
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("Virke tidslinje 2019")
    mid = W / 2
    bw = 7.6 * cm
    T = S("t", "Sans-B", 10)
    G = S("g", "Sans", 7.8, color=colors.HexColor("#8A1538"))
    N = S("n", "Sans", 8.2)
    Dt = S("d", "Sans-B", 8, color=colors.HexColor("#8A1538"))

    def head():
        c.setFont("Sans-B", 17)
        c.setFillColor(colors.HexColor("#8A1538"))
        c.drawString(2 * cm, Hh - 2 * cm, "Virke – kompetansetiltak på tidslinjen")
        c.setFont("Sans", 9)
        c.setFillColor(colors.black)
        c.drawString(2 * cm, Hh - 2.6 * cm, "Rapportering til Kompetansepolitisk råd 2019")

    def line(y0, y1):
        c.setStrokeColor(colors.HexColor("#8A1538"))
        c.setLineWidth(2)
        c.line(mid, y0, mid, y1)

    head()
    y = Hh - 3.4 * cm
    items = [("milestone", "Februar 2017: Strategien signert")] + [("m", r) for r in f["rows"]] + \
            [("milestone", "Desember 2019: Rapport til Kompetansepolitisk råd")]
    side = 0
    ystart = y
    for kind, it in items:
        if kind == "milestone":
            need = 1.2 * cm
        else:
            txt_h = 0
            for t_, st_ in [(E(it["title"]), T), ("Delmål %s · %s" % (", ".join(it["dm"]), it["ty"]), G),
                            ("Ansvar: %s · Med: %s" % (E(it["resp"]), E(ptxt(it))), N), (E(it["desc"]), N)]:
                p = Paragraph(t_, st_)
                txt_h += p.wrap(bw - 0.6 * cm, 1000)[1] + 2
            need = txt_h + 1.3 * cm
        if y - need < 2 * cm:
            line(ystart, y)
            c.showPage()
            y = Hh - 2 * cm
            ystart = y
        if kind == "milestone":
            c.setFillColor(colors.HexColor("#999999"))
            c.circle(mid, y - 0.4 * cm, 4, fill=1, stroke=0)
            c.setFont("Sans-I", 8)
            c.drawString(mid + 0.4 * cm, y - 0.5 * cm, it)
            y -= need
            continue
        x = mid - bw - 0.7 * cm if side == 0 else mid + 0.7 * cm
        c.setFillColor(colors.HexColor("#8A1538"))
        c.circle(mid, y - 0.5 * cm, 5, fill=1, stroke=0)
        h = draw_par(c, E(it["period"]), Dt, x + 0.3 * cm, y - 0.1 * cm, bw - 0.6 * cm)
        yy = y - 0.1 * cm - h - 0.2 * cm
        box_top = yy + 0.1 * cm
        for t_, st_ in [(E(it["title"]), T), ("Delmål %s · %s" % (", ".join(it["dm"]), it["ty"]), G),
                        ("Ansvar: %s · Med: %s" % (E(it["resp"]), E(ptxt(it))), N), (E(it["desc"]), N)]:
            yy -= draw_par(c, t_, st_, x + 0.3 * cm, yy - 0.1 * cm, bw - 0.6 * cm) + 2
        c.setStrokeColor(colors.HexColor("#D9B3BE"))
        c.setLineWidth(0.8)
        c.roundRect(x, yy - 0.2 * cm, bw, box_top - yy + 0.2 * cm, 5, fill=0, stroke=1)
        c.line(x + bw if side == 0 else x, y - 0.5 * cm, mid, y - 0.5 * cm)
        y = yy - 0.6 * cm
        side = 1 - side
    line(ystart, y)
    c.showPage()
    c.save()


# ------------------------------------------------------------------ Unio 2020 marginalia
class MarginDoc(BaseDocTemplate):
    pass


def marginalia(f, path):
    W, Hh = A4
    left_margin_note = 4.6 * cm
    fr = Frame(2 * cm + left_margin_note, 2 * cm, W - 4 * cm - left_margin_note, Hh - 4 * cm, id="main")
    doc = BaseDocTemplate(path, pagesize=A4, title="Unio årsrapport 2020")

    def deco(c, d):
        c.setFont("Serif-I", 8)
        c.setFillColor(colors.HexColor("#666666"))
        c.drawString(2 * cm, 1.2 * cm, "Unio – årsrapport 2020 · Kapittel 4 Kompetanse")
        c.drawRightString(W - 2 * cm, 1.2 * cm, "Side %d" % (d.page + 21))

    doc.addPageTemplates([PageTemplate("p", [fr], onPage=deco)])
    H = S("h", "Serif-B", 16, spaceAfter=8)
    H2 = S("h2", "Serif-B", 11.5, spaceBefore=10, spaceAfter=4)
    B = S("b", "Serif", 10, leading=14)
    note_style = S("mn", "Sans", 7.5, color=colors.HexColor("#6E6E6E"), leading=9.5)

    class Note(Flowable):
        def __init__(self, lines):
            super().__init__()
            self.lines = lines
            self.width = self.height = 0

        def draw(self):
            c = self.canv
            p = Paragraph("<br/>".join(self.lines), note_style)
            w, h = p.wrapOn(c, left_margin_note - 0.8 * cm, 500)
            p.drawOn(c, -left_margin_note + 0.2 * cm, -h)
            c.setStrokeColor(colors.HexColor("#BBBBBB"))
            c.line(-0.35 * cm, -h, -0.35 * cm, 0)

    st = [P("4 Kompetanse og livslang læring", H),
          P("Unio arbeider for at alle ansatte i offentlig sektor skal få utvikle kompetansen sin gjennom hele "
            "yrkeslivet. Dette kapittelet er også Unios rapportering til Kompetansepolitisk råd om oppfølgingen "
            "av Nasjonal kompetansepolitisk strategi. Merknadene i margen viser delmål, type tiltak og periode.", B)]
    texts = {
        "UNIO_TV": "Unio har ansvaret, og skoleringen gjennomføres sammen med Utdanningsforbundet og Norsk "
                   "Sykepleierforbund.",
        "KSDIG": "Prosjektet ledes av KS; med i samarbeidet er Unio, LO Kommune, YS Kommune og Akademikerne "
                 "kommune.",
        "HOSPEEM": "Ansvaret ligger hos EPSU og HOSPEEM; på norsk side deltar Norsk Sykepleierforbund, Spekter og "
                   "Fagforbundet.",
        "UNIO_FIN": "Unio har bestilt utredningen, som Proba samfunnsanalyse gjennomfører.",
        "UNIO_HELSE": "Rapporten er utarbeidet av Ny Analyse på oppdrag fra Unio.",
        "KARFORUM": "Forumet ledes av Kompetanse Norge; Unio deltar som medlem.",
    }
    sections = [("Digital kompetanse", ["UNIO_TV", "KSDIG"]), ("Kunnskap om læring i arbeidslivet",
                                                               ["HOSPEEM", "UNIO_FIN", "UNIO_HELSE"]),
                ("Karriereveiledning", ["KARFORUM"])]
    byk = {r["key"]: r for r in f["rows"]}
    for sec, keys in sections:
        st.append(P(sec, H2))
        for k in keys:
            r = byk[k]
            note = ["Delmål " + ", ".join(r["dm"]), r["ty"], r["period"]]
            st.append(Note(note))
            st.append(P("<b>%s.</b> %s %s" % (E(r["title"]), E(r["desc"]), E(texts[k])), B))
            st.append(Spacer(1, 8))
    st += [P("Unios arbeid videre", H2),
           P("I 2021 vil Unio særlig følge opp kompetansereformen og arbeidet med etter- og videreutdanning i "
             "helse- og utdanningssektoren.", B)]
    doc.build(st)


# ------------------------------------------------------------------ Akademikerne 2021 brochure spreads
def brochure_spreads(f, path):
    W, Hh = landscape(A4)
    half = W / 2
    c = canvas.Canvas(path, pagesize=(W, Hh))
    c.setTitle("Akademikerne 2021")
    T = S("t", "Sans-B", 10.5, color=colors.HexColor("#1D3557"))
    G = S("g", "Sans", 7.8, color=colors.HexColor("#E63946"))
    N = S("n", "Sans", 8.3)
    pad = 1.4 * cm

    def foot(x0, n):
        c.setFont("Sans", 7.5)
        c.setFillColor(colors.HexColor("#888888"))
        c.drawCentredString(x0 + half / 2, 0.8 * cm, str(n))

    # sheet 1: page 4 (back) | page 1 (front)
    c.setFillColor(colors.HexColor("#1D3557"))
    c.rect(half, 0, half, Hh, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Sans-B", 26)
    c.drawString(half + pad, Hh - 5 * cm, "Kompetanse for framtiden")
    c.setFont("Sans", 12)
    c.drawString(half + pad, Hh - 6 * cm, "Akademikernes rapportering til Kompetansepolitisk råd 2021")
    c.setFont("Sans-B", 14)
    c.drawString(half + pad, 2.5 * cm, "AKADEMIKERNE")
    h = draw_par(c, "<b>Kontakt</b><br/>Akademikerne, Fridtjof Nansens plass 6, 0160 Oslo<br/>"
                    "post@akademikerne.no · akademikerne.no<br/><br/>Foto: Akademikerne. Trykk: 2021.",
                 S("k", "Sans", 8.5), pad, Hh - 3 * cm, half - 2 * pad)
    foot(0, 4)
    c.showPage()
    # sheet 2: page 2 | page 3
    pages = [f["rows"][:3], f["rows"][3:]]
    intro = ("Akademikerne organiserer 13 fagforeninger med over 200 000 medlemmer. Vi følger opp Nasjonal "
             "kompetansepolitisk strategi gjennom kunnskap, påvirkning og tilbud til medlemmene.")
    for pi, rows in enumerate(pages):
        x0 = pi * half
        y = Hh - pad
        if pi == 0:
            y -= draw_par(c, "Våre tiltak i 2021", S("h", "Sans-B", 15, color=colors.HexColor("#1D3557")), x0 + pad, y,
                          half - 2 * pad) + 4
            y -= draw_par(c, intro, S("in", "Sans-I", 8.5), x0 + pad, y, half - 2 * pad) + 10
        for r in rows:
            y -= draw_par(c, E(r["title"]), T, x0 + pad, y, half - 2 * pad) + 2
            y -= draw_par(c, "Delmål %s | %s | %s" % (", ".join(r["dm"]), r["ty"], E(r["period"])), G, x0 + pad, y,
                          half - 2 * pad) + 2
            y -= draw_par(c, "Ansvar: %s · Samarbeid: %s" % (E(r["resp"]), E(ptxt(r))), N, x0 + pad, y,
                          half - 2 * pad) + 2
            y -= draw_par(c, E(r["desc"]), N, x0 + pad, y, half - 2 * pad) + 12
        foot(x0, pi + 2)
    c.setStrokeColor(colors.HexColor("#DDDDDD"))
    c.line(half, 0.5 * cm, half, Hh - 0.5 * cm)
    c.showPage()
    c.save()


# ------------------------------------------------------------------ NAV 2021 web form receipt
def webform_receipt(f, path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title="Kvittering")
    H = S("h", "Sans-B", 15)
    L = S("l", "Sans", 8.5, color=colors.HexColor("#6A6A6A"), spaceBefore=6)
    A = S("a", "Sans", 10)
    GH = S("gh", "Sans-B", 11, spaceBefore=14, spaceAfter=2, color=colors.HexColor("#0067C5"))
    st = [P("nettskjema", S("logo", "Sans-B", 11, color=colors.HexColor("#0067C5"))),
          P("Kvittering for innsendt skjema", H),
          P("Skjema: Rapportering – Nasjonal kompetansepolitisk strategi 2021 · Innsendt: 03.12.2021 kl. 14:22 · "
            "Referansenummer: 18734429", L), Spacer(1, 6),
          P("1. Organisasjon", L), P("Arbeids- og velferdsdirektoratet (NAV)", A),
          P("2. Rapporteringsår", L), P("2021", A),
          P("3. Hvor mange tiltak rapporterer dere?", L), P(str(len(f["rows"])), A)]
    for i, r in enumerate(f["rows"], 1):
        st.append(P("Gjentakende gruppe: Tiltak – svar %d" % i, GH))
        st.append(P("4.1 Navn på tiltaket", L))
        st.append(P(E(r["title"]), A))
        st.append(P("4.2 Hvilke delmål bidrar tiltaket til? (flere svar mulig)", L))
        for dm in r["dm"]:
            st.append(P("☑ %s %s" % (dm, E(DELMAL_TEXT[dm])), A))
        st.append(P("4.3 Type tiltak", L))
        st.append(P("◉ " + r["ty"], A))
        for lab, v in [("4.4 Ansvarlig", r["resp"]), ("4.5 Samarbeidspartnere", ptxt(r, "Ikke besvart")),
                       ("4.6 Tidsperiode", r["period"]), ("4.7 Kort beskrivelse", r["desc"])]:
            st.append(P(lab, L))
            st.append(P(E(v), A))
    st += [Spacer(1, 12), P("5. Kontaktperson", L), P("Seniorrådgiver, Ytelses- og tjenesteavdelingen", A),
           Spacer(1, 16), P("Denne kvitteringen er generert automatisk. Ta vare på den for din egen dokumentasjon.", L)]
    doc.build(st)


# ------------------------------------------------------------------ HK-dir 2022 INI export
TYCODE = {"FoU": "FOU", "Kurs/utdanning": "KURS", "Råd/utvalg/nettverk": "RAAD", "Prosjekt": "PROSJ",
          "Informasjon": "INFO", "Arrangement": "ARR", "Annet": "ANNET"}


def ini_system_export(f, path):
    import textwrap
    lines = ["; Eksport fra Tiltaksregisteret v2.3 – HK-dir", "; Generert 2023-01-12 09:14 av bruker hkd\\rapport",
             "; TYPE-koder: FOU=FoU, KURS=Kurs/utdanning, RAAD=Råd/utvalg/nettverk, PROSJ=Prosjekt,",
             ";             INFO=Informasjon, ARR=Arrangement, ANNET=Annet", "",
             "[RAPPORT]", "VIRKSOMHET = Direktoratet for høyere utdanning og kompetanse (HK-dir)", "AAR = 2022",
             "ANTALL_TILTAK = %d" % len(f["rows"]), ""]
    for i, r in enumerate(f["rows"], 1):
        lines.append("[TILTAK %03d]" % (i * 7 + 100))
        lines.append("TITTEL = " + r["title"])
        lines.append("DELMAAL = " + ";".join(r["dm"]))
        lines.append("TYPE = " + TYCODE[r["ty"]])
        lines.append("ANSVARLIG = " + r["resp"])
        lines.append("PARTNERE = " + "; ".join(r["partners"]))
        lines.append("PERIODE = " + r["period"])
        w = textwrap.wrap("BESKRIVELSE = " + r["desc"], 92)
        lines.append(w[0])
        lines += ["    " + x for x in w[1:]]
        lines.append("")
    lines += ["[KONTAKT]", "NAVN = Seksjon for analyse og kompetansepolitikk", "EPOST = postmottak@hkdir.no", "",
              "; slutt på eksport"]
    W, Hh = A4
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("tiltak_export_2022.ini")
    y = Hh - 1.8 * cm
    for ln in lines:
        if y < 1.8 * cm:
            c.showPage()
            y = Hh - 1.8 * cm
        c.setFont("Mono-B" if ln.startswith("[") else "Mono", 8.6)
        c.drawString(1.6 * cm, y, ln)
        y -= 11.2
    c.showPage()
    c.save()


# ------------------------------------------------------------------ Spekter 2023 kanban
def kanban_board(f, path):
    W, Hh = landscape(A4)
    c = canvas.Canvas(path, pagesize=(W, Hh))
    c.setTitle("Spekter tavle 2023")
    cols = [("Planlagt", ["LAERKONF", "SP_MOTEPLASS"]), ("Pågår", ["SAMFK", "SP_FAGSKOLE", "KARFORUM"]),
            ("Gjennomført", ["HOSPEEM", "SP_NETTVERK"])]
    byk = {r["key"]: r for r in f["rows"]}
    c.setFont("Sans-B", 16)
    c.drawString(1.2 * cm, Hh - 1.4 * cm, "Spekter – kompetansetavla 2023 (NKPS-rapportering)")
    c.setFont("Sans", 8)
    c.drawString(1.2 * cm, Hh - 1.9 * cm, "Fargekode: gul = hovedinnsatsområde 1, blå = 2, grønn = 3")
    colw = (W - 2.4 * cm - 2 * 0.5 * cm) / 3
    fill = {"1": "#FFF3B0", "2": "#CFE8FF", "3": "#D4F5D4"}
    T = S("t", "Sans-B", 9.3)
    G = S("g", "Sans", 7.3, color=colors.HexColor("#555555"))
    N = S("n", "Sans", 7.6)
    for ci, (name, keys) in enumerate(cols):
        x = 1.2 * cm + ci * (colw + 0.5 * cm)
        c.setFillColor(colors.HexColor("#EEEEEE"))
        c.rect(x, 1 * cm, colw, Hh - 3.3 * cm, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.setFont("Sans-B", 11)
        c.drawString(x + 0.3 * cm, Hh - 2.8 * cm, "%s (%d)" % (name, len(keys)))
        y = Hh - 3.2 * cm
        for k in keys:
            r = byk[k]
            parts = [(E(r["title"]), T), ("%s · %s" % (", ".join(r["dm"]), r["ty"]), G),
                     ("Eier: %s / med %s" % (E(r["resp"]), E(ptxt(r))), G), ("Tid: " + E(r["period"]), G),
                     (E(r["desc"]), N)]
            iw = colw - 0.9 * cm
            hh = sum(Paragraph(t_, s_).wrap(iw, 1000)[1] + 2 for t_, s_ in parts) + 0.5 * cm
            c.setFillColor(colors.HexColor(fill[r["dm"][0][0]]))
            c.setStrokeColor(colors.HexColor("#999999"))
            c.rect(x + 0.2 * cm, y - hh, colw - 0.4 * cm, hh, fill=1, stroke=1)
            yy = y - 0.25 * cm
            for t_, s_ in parts:
                yy -= draw_par(c, t_, s_, x + 0.45 * cm, yy, iw) + 2
            y -= hh + 0.35 * cm
    c.showPage()
    c.save()


# ------------------------------------------------------------------ Virke 2024 spreadsheet overflow
def spreadsheet_column_overflow(f, path):
    W, Hh = landscape(A4)
    c = canvas.Canvas(path, pagesize=(W, Hh))
    c.setTitle("Tiltak2024.xlsx")
    Cst = S("c", "Sans", 8, leading=9.6)
    Hs = S("hh", "Sans-B", 8, leading=9.6)
    pages = [("A–D", ["Tiltak", "Delmål", "Type", "Status"], [1.0, 9.5, 3, 4, 3],
              lambda i, r: [E(r["title"]), ", ".join(r["dm"]), r["ty"], "Videreført" if i not in (6, 7) else "Ny"]),
             ("E–H", ["Ansvarlig", "Samarbeidspartnere", "Periode", "Kommentar"], [1.0, 3.5, 7, 3, 10],
              lambda i, r: [E(r["resp"]), E(ptxt(r, "")), E(r["period"]), E(r["desc"])])]
    RN = S("rn", "Sans", 7, color=colors.grey, alignment=TA_CENTER)
    for pi, (cols, hdr, widths, fn) in enumerate(pages):
        c.setFont("Sans", 7.5)
        c.drawString(1.5 * cm, Hh - 1.1 * cm, "Tiltak2024.xlsx – Ark: NKPS 2024")
        c.drawRightString(W - 1.5 * cm, Hh - 1.1 * cm, "Side %d av 2 (kolonne %s)" % (pi + 1, cols))
        letters = "ABCD" if pi == 0 else "EFGH"
        data = [[""] + [P(l, RN) for l in letters], [P("1", RN)] + [P(h, Hs) for h in hdr]]
        for i, r in enumerate(f["rows"], 2):
            data.append([P(str(i), RN)] + [P(v, Cst) for v in fn(i, r)])
        last = [P(str(len(f["rows"]) + 2), RN)]
        if pi == 0:
            data.append(last + [P("Antall tiltak: %d" % len(f["rows"]), Hs), "", "", ""])
        else:
            data.append(last + ["", "", "", ""])
        t = Table(data, colWidths=[w * cm for w in widths], repeatRows=2)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#B0B0B0")),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EDEDED")),
                               ("BACKGROUND", (1, 1), (-1, 1), colors.HexColor("#D9E1F2")),
                               ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EDEDED")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        w, h = t.wrapOn(c, W, Hh)
        t.drawOn(c, 1.5 * cm, Hh - 1.6 * cm - h)
        c.showPage()
    c.save()


# ------------------------------------------------------------------ AID 2025 poster
def poster_area_columns_tiles(f, path):
    W, Hh = landscape(A3)
    c = canvas.Canvas(path, pagesize=(W, Hh))
    c.setTitle("AID kompetanseplakat 2025")
    c.setFillColor(colors.HexColor("#003B5C"))
    c.rect(0, Hh - 3.2 * cm, W, 3.2 * cm, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Sans-B", 26)
    c.drawString(1.5 * cm, Hh - 2 * cm, "Arbeids- og inkluderingsdepartementet – kompetansetiltak 2025")
    c.setFont("Sans", 11)
    c.drawString(1.5 * cm, Hh - 2.8 * cm, "Bidrag til oppfølgingen av Nasjonal kompetansepolitisk strategi")
    # key figures strip
    c.setFillColor(colors.HexColor("#E8F1F5"))
    c.rect(1.5 * cm, Hh - 5 * cm, W - 3 * cm, 1.4 * cm, fill=1, stroke=0)
    c.setFillColor(colors.HexColor("#003B5C"))
    c.setFont("Sans-B", 12)
    for i, kf in enumerate(["62 000 deltakere i arbeidsmarkedsopplæring", "12 bransjeprogram",
                            "4 100 på Hurtigsporet"]):
        c.drawString(2 * cm + i * (W - 3 * cm) / 3, Hh - 4.45 * cm, kf)
    colw = (W - 3 * cm - 2 * cm) / 3
    letters = {"Kurs/utdanning": "K", "Råd/utvalg/nettverk": "R", "Prosjekt": "P", "FoU": "F", "Annet": "A",
               "Arrangement": "E", "Informasjon": "I"}
    T = S("t", "Sans-B", 11.5)
    N = S("n", "Sans", 9.5)
    Gs = S("g", "Sans", 9, color=colors.HexColor("#555555"))
    for ai, a in enumerate("123"):
        x = 1.5 * cm + ai * (colw + 1 * cm)
        y = Hh - 5.8 * cm
        c.setFillColor(colors.HexColor("#003B5C"))
        c.setFont("Sans-B", 12)
        y -= draw_par(c, "Hovedinnsatsområde %s<br/>%s" % (a, AREA[a]), S("ah", "Sans-B", 12,
                                                                         color=colors.HexColor("#003B5C")), x, y,
                      colw) + 10
        rows = [r for r in f["rows"] if r["dm"][0][0] == a]
        if not rows:
            draw_par(c, "Ingen egne tiltak i 2025 – departementet bidrar gjennom KD.", Gs, x, y, colw)
        for r in rows:
            parts = [("%s [%s]" % (E(r["title"]), ", ".join(r["dm"])), T),
                     ("(Ansvar: %s; med %s) · %s" % (E(r["resp"]), E(ptxt(r)), E(r["period"])), Gs),
                     (E(r["desc"]), N)]
            iw = colw - 2.2 * cm
            hh = sum(Paragraph(t_, s_).wrap(iw, 1000)[1] + 3 for t_, s_ in parts) + 0.8 * cm
            c.setFillColor(colors.HexColor("#F4F8FA"))
            c.setStrokeColor(colors.HexColor("#9DB8C7"))
            c.roundRect(x, y - hh, colw, hh, 10, fill=1, stroke=1)
            base_y = y - 0.4 * cm - T.fontSize * 0.95  # baseline of the first title line
            c.setFillColor(colors.HexColor("#E07A1F"))
            c.circle(x + 0.9 * cm, base_y + 4.5, 0.5 * cm, fill=1, stroke=0)
            c.setFillColor(colors.white)
            c.setFont("Sans-B", 13)
            c.drawCentredString(x + 0.9 * cm, base_y, letters[r["ty"]])
            yy = y - 0.4 * cm
            for t_, s_ in parts:
                yy -= draw_par(c, t_, s_, x + 1.8 * cm, yy, iw) + 3
            y -= hh + 0.6 * cm
    c.setFillColor(colors.black)
    c.setFont("Sans", 9)
    c.drawString(1.5 * cm, 1.2 * cm, "Typemerke: K = kurs/utdanning · R = råd/utvalg/nettverk · P = prosjekt · "
                                     "F = FoU · E = arrangement · A = annet")
    c.showPage()
    c.save()


# ------------------------------------------------------------------ VOFO 2026 grant report forms
def grant_report_boxed_forms(f, path):
    W, Hh = A4
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("VOFO sluttrapporter 2026")
    L = S("lab", "Sans", 6.5, color=colors.HexColor("#555555"))
    V = S("val", "Sans", 9.5)
    x0, x1 = 1.8 * cm, W - 1.8 * cm
    for i, r in enumerate(f["rows"], 1):
        c.setFont("Sans-B", 13)
        c.drawString(x0, Hh - 1.8 * cm, "Sluttrapport for tilskudd – voksenopplæring og NKPS")
        c.setFont("Sans", 8)
        c.drawString(x0, Hh - 2.3 * cm, "Skjema VO-7 · Rapporterende organisasjon: VOFO · Rapporteringsår 2026")
        c.drawRightString(x1, Hh - 2.3 * cm, "Saksnr. 2026/%d" % (1140 + i))
        boxes = [("1 Tiltakets navn", E(r["title"]), 1, 1.6),
                 ("2 Tilskuddsmottaker (ansvarlig)", E(r["resp"]), 0.5, 1.2),
                 ("3 Samarbeidspartnere", E(ptxt(r)), 0.5, 1.2),
                 ("4 Periode", E(r["period"]), 0.33, 1.1),
                 ("5 Relevante delmål i NKPS (kode)", ", ".join(r["dm"]), 0.33, 1.1),
                 ("6 Type tiltak", r["ty"], 0.34, 1.1),
                 ("7 Kort beskrivelse av gjennomføringen", E(r["desc"]), 1, 3.2),
                 ("8 Regnskap (kr)", "Tilskudd: %d 000 · Egenandel: %d 000 · Sum: %d 000" % (
                     120 + 35 * i, 40 + 5 * i, 160 + 40 * i), 1, 1.1),
                 ("9 Signatur", "Generalsekretær, VOFO (elektronisk signert)", 1, 1.1)]
        y = Hh - 2.8 * cm
        x = x0
        roww = x1 - x0
        rowh = 0
        for lab, val, frac, hcm in boxes:
            bw = roww * frac
            if x + bw > x1 + 1:
                x = x0
                y -= rowh
                rowh = 0
            bh = hcm * cm
            p = Paragraph(val, V)
            _, ph = p.wrap(bw - 0.4 * cm, 1000)
            bh = max(bh, ph + 0.7 * cm)
            c.setStrokeColor(colors.black)
            c.setLineWidth(0.6)
            c.rect(x, y - bh, bw, bh, fill=0, stroke=1)
            draw_par(c, lab, L, x + 0.12 * cm, y - 0.08 * cm, bw - 0.3 * cm)
            p.drawOn(c, x + 0.2 * cm, y - 0.45 * cm - ph)
            x += bw
            rowh = max(rowh, bh)
            if abs(x - x1) < 2:
                x = x0
                y -= rowh
                rowh = 0
        c.setFont("Sans", 7)
        c.drawString(x0, 1.2 * cm, "Skjemaet sendes HK-dir innen 1. mars. Side %d av %d" % (i, len(f["rows"])))
        c.showPage()
    c.save()
