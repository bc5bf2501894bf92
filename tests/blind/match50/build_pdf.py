# -*- coding: utf-8 -*-
"""PDF templates drawn directly with reportlab and fpdf2."""
import os
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether)
from fpdf import FPDF
from common import BY_NAME, HERE, join, AREAS, DELMAL_SHORT, area

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FD + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DS", FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DSB", FD + "DejaVuSerif-Bold.ttf"))

def S(name, font="DV", size=9.5, lead=None, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.3, **kw)

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def P(text, st):
    return Paragraph(esc(text), st)

def footer_cb(text, land=False):
    def cb(canv, doc):
        canv.saveState(); canv.setFont("DV", 7.5)
        w = (landscape(A4) if land else A4)[0]
        canv.drawString(2 * cm, 1.2 * cm, text)
        canv.drawRightString(w - 2 * cm, 1.2 * cm, f"Side {doc.page}")
        canv.restoreState()
    return cb

# ------------------------------------------------------------------ 1 Spekter 2017: list + one form per measure
def spekter_2017():
    f = BY_NAME["spekter_2017_rapport_nkps.pdf"]; rows = f["rows"]
    body = S("b", "DS", 10.5); h = S("h", "DSB", 11, spaceBefore=8); t1 = S("t", "DSB", 16, spaceAfter=8)
    story = [P("Spekter", S("x", "DSB", 24, textColor=colors.HexColor("#E36C0A"))),
             P("Rapportering på oppfølging av Nasjonal kompetansepolitisk strategi 2017", t1),
             P("Spekter er en arbeidsgiverorganisasjon for virksomheter med offentlig eierskap eller tilknytning. "
               "Rapporten følger malen fra Kompetansepolitisk råd: først en liste over rapporteringspunkter, deretter "
               "ett skjema per tiltak.", body), Spacer(1, 10),
             P("Rapporteringspunkter:", h)]
    for i, r in enumerate(rows):
        story += [P(f"{i + 1}. {r['st']}.", body), P(f"Relasjon til {r['dp']}.", S("i", "DS", 10, leftIndent=14)), Spacer(1, 4)]
    leak = 9
    for i, r in enumerate(rows):
        story.append(PageBreak())
        story += [P("1. Tiltak i Nasjonal kompetansepolitisk strategi", h), P(r["t"], S("bi", "DS", 10.5, leftIndent=14)),
                  P(f"Relasjon til {r['dp']}.", S("bi2", "DS", 10.5, leftIndent=14)),
                  P("2. Ansvarlig og samarbeidspartnere", h)]
        s = f"{r['r']} er ansvarlig for tiltaket."
        if r["p"]: s += f" Samarbeidspartnere er {join(r['p'])}."
        story += [P(s, S("b2", "DS", 10.5, leftIndent=14)), P("3. Beskrivelse av tiltaket (maks en halv side)", h),
                  P(r["desc"], S("b3", "DS", 10.5, leftIndent=14)), P("4. Tidspunkt og varighet", h),
                  P(f"{leak}. {r['per']}.", body)]
        leak += 1
    story += [Spacer(1, 20), P("Kontaktperson i Spekter: seniorrådgiver, avdeling for arbeidsgiverpolitikk. "
                               "Telefon 23 08 30 00.", S("k", "DS", 9))]
    doc = SimpleDocTemplate(os.path.join(HERE, f["file"]), pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                            title="Spekter rapport NKPS 2017")
    cb = footer_cb("Spekter – rapportering NKPS 2017")
    doc.build(story, onFirstPage=cb, onLaterPages=cb)

# ------------------------------------------------------------------ 4 Regjeringen 2018: landscape matrix with spanned delmål cells
def regj_2018():
    f = BY_NAME["Regjeringen_rapportering_NKPS_2018.pdf"]; rows = f["rows"]
    cs = S("c", "DV", 8.3); ch = S("ch", "DVB", 8.5, textColor=colors.white)
    story = [Spacer(1, 4 * cm), P("Regjeringen", S("r", "DSB", 30, alignment=1)), Spacer(1, 12),
             P("Rapportering fra departementene til Kompetansepolitisk råd 2018", S("r2", "DS", 16, alignment=1)),
             Spacer(1, 8), P("Nasjonal kompetansepolitisk strategi 2017–2021", S("r3", "DS", 12, alignment=1)),
             Spacer(1, 4 * cm), P("Kunnskapsdepartementet, februar 2019", S("r4", "DS", 10, alignment=1)), PageBreak(),
             P("Innledning", S("h", "DSB", 13, spaceAfter=6)),
             P("Departementene rapporterer samlet gjennom KD. Matrisen under viser tiltakene ordnet etter "
               "hovedinnsatsområde og delmål, med ett tiltak per rad. Kolonnen «Kommentar» er ikke en del av "
               "tiltaksnavnet. Tiltak under forberedelse er ikke tatt med.", S("b", "DS", 10)), Spacer(1, 8)]
    hdr = [P(x, ch) for x in ["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeid", "Periode", "Kommentar"]]
    for a in ["1", "2", "3"]:
        sub = [r for r in rows if area(r) == a]
        story.append(P(AREAS[a], S("ah", "DSB", 10.5, spaceBefore=8, spaceAfter=4)))
        data = [hdr]; spans = []; i = 1
        while i <= len(sub):
            j = i
            code = sub[i - 1]["dp"]
            while j < len(sub) and sub[j]["dp"] == code: j += 1
            for k in range(i, j + 1):
                r = sub[k - 1]
                first = P(f"{code} {DELMAL_SHORT[code]}", cs) if k == i else ""
                data.append([first, P(r["t"], cs), P(r["tp"], cs), P(r["r"], cs), P(join(r["p"], og=None), cs),
                             P(r["per"], cs), P(r["desc"], cs)])
            if j > i: spans.append(("SPAN", (0, i), (0, j)))
            i = j + 1
        tb = Table(data, colWidths=[4.8 * cm, 5.0 * cm, 2.9 * cm, 2.3 * cm, 4.2 * cm, 2.4 * cm, 4.8 * cm], repeatRows=1)
        tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1F3864"))] + spans))
        story.append(tb)
    story += [Spacer(1, 10), P("Totalt antall tiltak: 12", S("t", "DSB", 10)), Spacer(1, 6),
              P("Fordeling på type", S("t2", "DSB", 10))]
    cnt = {}
    for r in rows: cnt[r["ty"]] = cnt.get(r["ty"], 0) + 1
    tb = Table([["Type", "Antall"]] + [[k, str(v)] for k, v in cnt.items()], colWidths=[5 * cm, 2 * cm])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("FONT", (0, 0), (-1, -1), "DV", 8.5)]))
    story.append(tb)
    doc = SimpleDocTemplate(os.path.join(HERE, f["file"]), pagesize=landscape(A4), leftMargin=1.4 * cm,
                            rightMargin=1.4 * cm, topMargin=1.5 * cm, bottomMargin=1.8 * cm)
    cb = footer_cb("Regjeringens rapportering 2018 – Nasjonal kompetansepolitisk strategi", land=True)
    doc.build(story, onFirstPage=lambda c, d: None, onLaterPages=cb)

# ------------------------------------------------------------------ 16 Virke 2020: coloured callouts, pipe fact line
def virke_2020():
    f = BY_NAME["Virke_kompetansepolitisk_rapport_2020.pdf"]; rows = f["rows"]
    body = S("b", "DV", 9.5)
    story = [P("Virke", S("v", "DVB", 26, textColor=colors.HexColor("#0B5394"))),
             P("Kompetansepolitisk rapport 2020", S("t", "DVB", 16, spaceAfter=6)),
             P("Innhold: Koronaåret 2020 · Våre tiltak · Kontakt", S("i", "DVI", 8.5)), Spacer(1, 8),
             P("Koronaåret 2020", S("h", "DVB", 12, spaceAfter=4)),
             P("Over 60 000 ansatte i handelen ble permittert i mars 2020. Virke la om store deler av arbeidet "
               "for å hjelpe medlemmene med kompetansetiltak i permitteringsperioden. Tallene i dette avsnittet er "
               "hentet fra NAV og er ikke tiltak.", body), Spacer(1, 8),
             P("Våre tiltak", S("h2", "DVB", 12, spaceAfter=6))]
    for r in rows:
        facts = f"Delmål {r['dp']} | {r['tp']} | Ansvar: {r['r']} | Partnere: {join(r['p'])} | Periode: {r['per']}"
        inner = [[P(r["t"], S("ct", "DVB", 10.5))], [P(facts, S("cf", "DV", 8, textColor=colors.HexColor("#444444")))],
                 [P(r["desc"], body)]]
        tb = Table(inner, colWidths=[16 * cm])
        tb.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EAF1FB")),
                                ("LINEBEFORE", (0, 0), (0, -1), 3, colors.HexColor("#0B5394")),
                                ("LEFTPADDING", (0, 0), (-1, -1), 8)]))
        story += [KeepTogether(tb), Spacer(1, 8)]
    kt = Table([[P("Kontakt: Virke, Postboks 2900 Solli, 0230 Oslo · info@virke.no · 22 54 17 00", S("k", "DV", 8.5))]],
               colWidths=[16 * cm])
    kt.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.grey)]))
    story += [Spacer(1, 6), kt]
    doc = SimpleDocTemplate(os.path.join(HERE, f["file"]), pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm)
    cb = footer_cb("Hovedorganisasjonen Virke · 2020")
    doc.build(story, onFirstPage=cb, onLaterPages=cb)

# ------------------------------------------------------------------ 20 HK-dir 2022 landscape numbered matrix
def hkdir_2022():
    f = BY_NAME["HK-dir_oversikt_tiltak_2022.pdf"]; rows = f["rows"]
    cs = S("c", "DV", 8.5); ch = S("ch", "DVB", 8.5)
    story = [P("Direktoratet for høyere utdanning og kompetanse (HK-dir)", S("a", "DV", 9, textColor=colors.HexColor("#5B2C6F"))),
             P("Oversikt over HK-dirs tiltak 2022 – oppfølging av kompetansepolitikken", S("t", "DVB", 14, spaceAfter=6)),
             P("HK-dir ble etablert 1. juli 2021 og viderefører Kompetanse Norges oppgaver. Tabellen viser tiltak "
               "der HK-dir har et selvstendig ansvar.", S("b", "DV", 9.5)), Spacer(1, 8)]
    data = [[P(x, ch) for x in ["Nr", "Tiltak", "Delmål", "Type", "Ansvarlig", "Samarbeid", "Periode", "Merknad"]]]
    for i, r in enumerate(rows):
        data.append([P(str(i + 1), cs), P(r["t"], cs), P(r["dp"], cs), P(r["tp"], cs), P(r["r"], cs),
                     P(join(r["p"], og=None), cs), P(r["per"], cs), P(r["desc"], cs)])
    data.append([P("", cs), P("Sum tiltak: 8", ch), "", "", "", "", "", ""])
    tb = Table(data, colWidths=[1 * cm, 6 * cm, 1.8 * cm, 2.8 * cm, 2.4 * cm, 3.6 * cm, 2.2 * cm, 6.0 * cm], repeatRows=1)
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8DAEF")),
                            ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#F7F2FA")])]))
    story += [tb, Spacer(1, 12), P("Tiltak per type", S("h", "DVB", 10))]
    cnt = {}
    for r in rows: cnt[r["ty"]] = cnt.get(r["ty"], 0) + 1
    t2 = Table([["Type", "Antall", "Andel"]] + [[k, str(v), f"{round(100 * v / len(rows))} %"] for k, v in cnt.items()],
               colWidths=[5 * cm, 2 * cm, 2 * cm])
    t2.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("FONT", (0, 0), (-1, -1), "DV", 8.5)]))
    story += [t2, Spacer(1, 8), P("Kontakt: postmottak@hkdir.no", S("k", "DV", 8))]
    doc = SimpleDocTemplate(os.path.join(HERE, f["file"]), pagesize=landscape(A4), leftMargin=1.5 * cm,
                            rightMargin=1.5 * cm, topMargin=1.5 * cm)
    def cb(c, d):
        c.saveState(); c.setFillColor(colors.HexColor("#5B2C6F")); c.rect(0, landscape(A4)[1] - 0.8 * cm, landscape(A4)[0], 0.8 * cm, fill=1, stroke=0)
        c.setFillColor(colors.white); c.setFont("DVB", 8); c.drawString(1.5 * cm, landscape(A4)[1] - 0.55 * cm, "HK-dir | Rapport 2022")
        c.restoreState(); footer_cb("hkdir.no", land=True)(c, d)
    doc.build(story, onFirstPage=cb, onLaterPages=cb)

# ================================================================== fpdf2
class Doc(FPDF):
    foot = ""
    def footer(self):
        self.set_y(-13); self.set_font("dv", "", 7.5); self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"{self.foot}   –   {self.page_no()}", align="C")
        self.set_text_color(0, 0, 0)

def fdoc(foot):
    d = Doc(format="A4"); d.foot = foot
    d.add_font("dv", "", FD + "DejaVuSans.ttf"); d.add_font("dv", "B", FD + "DejaVuSans-Bold.ttf")
    d.add_font("dv", "I", FD + "DejaVuSans-Oblique.ttf")
    d.set_auto_page_break(True, 18); d.add_page(); d.set_margins(20, 18, 20); d.set_x(20)
    return d

def mc(d, text, size=10, style="", h=5.2, fill=False):
    d.set_font("dv", style, size); d.multi_cell(0, h, text, fill=fill, new_x="LMARGIN", new_y="NEXT")

# ------------------------------------------------------------------ 7 Unio 2018 memo
def unio_2018():
    f = BY_NAME["Unio_2018_notat_kompetansestrategien.pdf"]; rows = f["rows"]
    d = fdoc("Unio – notat 2018")
    mc(d, "Unio", 20, "B"); mc(d, "Hovedorganisasjonen for universitets- og høyskoleutdannede", 9, "I")
    d.ln(4)
    mc(d, "NOTAT", 12, "B")
    mc(d, "Til: Kompetansepolitisk råd v/ sekretariatet i Kompetanse Norge\nFra: Unio\nDato: 10. januar 2019\n"
          "Sak: Unios rapportering om oppfølging av Nasjonal kompetansepolitisk strategi 2018", 9.5)
    d.ln(3)
    mc(d, "Unio har i 2018 arbeidet med kompetansepolitikk gjennom egne utredninger og i samarbeid med "
          "medlemsforbundene. Under følger tiltakene, nummerert fortløpende. Delmål er angitt i parentes.", 10)
    for i, r in enumerate(rows):
        d.ln(3); mc(d, f"{i + 1}. {r['t']} ({r['dp']})", 10.5, "B")
        mc(d, r["desc"], 10)
        mc(d, f"Type: {r['tp']}. Ansvar: {r['r']}. Samarbeid: {join(r['p'])}. Tid: {r['per']}.", 9, "I")
    d.ln(6); mc(d, "Med vennlig hilsen\nUnio\n\nSekretariatsleder", 10)
    d.output(os.path.join(HERE, f["file"]))

# ------------------------------------------------------------------ 14 VOFO 2019 cards
def vofo_2019():
    f = BY_NAME["VOFO_rapport_2019.pdf"]; rows = f["rows"]
    d = fdoc("VOFO · Voksenopplæringsforbundet · Rapport 2019")
    mc(d, "VOFO – Voksenopplæringsforbundet", 16, "B")
    mc(d, "Rapport til Kompetansepolitisk råd 2019", 12)
    d.ln(2)
    mc(d, "Studieforbundene i tall 2019", 10, "B")
    d.set_font("dv", "", 9)
    for a, b in [("Studieforbund", "14"), ("Kurs", "44 100"), ("Deltakere", "495 000"), ("Kurstimer", "1,8 mill.")]:
        d.cell(60, 6, a, border=1); d.cell(40, 6, b, border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    for r in rows:
        if d.get_y() > 230: d.add_page()
        d.set_fill_color(0, 102, 102); d.set_text_color(255, 255, 255)
        mc(d, r["t"], 10.5, "B", 6.5, fill=True); d.set_text_color(0, 0, 0)
        d.set_fill_color(232, 244, 244)
        lines = f"Delmål: {r['dp']}\nType: {r['tp']}\nAnsvarlig: {r['r']}\nSamarbeid: {join(r['p'])}\nTidsrom: {r['per']}"
        mc(d, lines, 9, "", 4.8, fill=True)
        mc(d, r["desc"], 9.5, "I", 5, fill=True)
        d.ln(5)
    mc(d, "VOFO, Akersgata 16, 0158 Oslo · www.vofo.no", 8, "I")
    d.output(os.path.join(HERE, f["file"]))

# ------------------------------------------------------------------ 22 Regjeringen 2026 status memo with inline facts
def regj_2026():
    f = BY_NAME["Regjeringen_statusnotat_2026.pdf"]; rows = f["rows"]
    d = fdoc("Kunnskapsdepartementet · Statusnotat 2026")
    mc(d, "Statusnotat til Kompetansepolitisk råd", 16, "B")
    mc(d, "Regjeringens tiltak – status per mars 2026", 11)
    mc(d, "Utarbeidet av Kunnskapsdepartementet på vegne av regjeringen", 9, "I")
    d.ln(3)
    mc(d, "Notatet oppsummerer status for tiltak regjeringen har rapportert tidligere år, og nye tiltak i 2026. "
          "Fakta står i parentes etter hvert tiltak: delmål; type; ansvar; med hvem; periode.", 10)
    mc(d, "Nøkkeltall: 62 000 deltakere i bransjeprogrammene siden 2020; 9 rapporter fra KBU.", 9, "I")
    letters = {"1": "A", "2": "B", "3": "C"}
    short = {"1": "Gode valg for den enkelte og for samfunnet", "2": "Læring i arbeidslivet",
             "3": "Voksne med svak tilknytning til arbeidslivet"}
    cur = None
    for r in rows:
        a = area(r)
        if a != cur:
            cur = a; d.ln(3); mc(d, f"{letters[a]}. {short[a]}", 12, "B")
        d.ln(1)
        d.set_font("dv", "B", 10); d.write(5.2, "Tiltak: " + r["t"])
        d.set_font("dv", "", 10)
        d.write(5.2, f" ({r['dp']}; {r['tp']}; ansvar: {r['r']}; med {join(r['p'])}; {r['per']}). {r['desc']}")
        d.ln(7)
    d.ln(4); mc(d, "Kontakt: Kunnskapsdepartementet, Kompetansepolitisk avdeling", 8.5, "I")
    d.output(os.path.join(HERE, f["file"]))

ALL = [spekter_2017, regj_2018, virke_2020, hkdir_2022, unio_2018, vofo_2019, regj_2026]
if __name__ == "__main__":
    for fn in ALL:
        fn(); print("built", fn.__name__)
