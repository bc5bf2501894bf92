# -*- coding: utf-8 -*-
"""PDF renderers: Regjeringen 2024 (white-paper excerpt), KS 2025 (follow-up questions and answers)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Flowable, KeepTogether
from pdf_common import register, esc, partners_str

W, H = A4


class Bars(Flowable):
    def __init__(self, vals, w=150 * mm, h=45 * mm):
        super().__init__(); self.vals, self.width, self.height = vals, w, h

    def draw(self):
        c = self.canv
        n = len(self.vals); bw = self.width / (n * 1.6)
        for i, (lab, v) in enumerate(self.vals):
            x = 10 + i * bw * 1.6
            c.setFillColor(colors.HexColor("#4b6f91")); c.rect(x, 12, bw, v * 2.2, stroke=0, fill=1)
            c.setFillColor(colors.black); c.setFont("DV", 6.5); c.drawCentredString(x + bw / 2, 3, lab)
            c.drawCentredString(x + bw / 2, 14 + v * 2.2, str(v))


# ---------------------------------------------------------------- 18 Regjeringen 2024
def regjeringen2024(f, path):
    register()
    st = dict(
        k=ParagraphStyle("k", fontName="DVS", fontSize=8.5, leading=11.5, textColor=colors.HexColor("#333333")),
        h1=ParagraphStyle("h1", fontName="DVSB", fontSize=15, leading=19, spaceAfter=6),
        h2=ParagraphStyle("h2", fontName="DVSB", fontSize=11.5, leading=15, spaceBefore=10, spaceAfter=4),
        b=ParagraphStyle("b", fontName="DVS", fontSize=9.5, leading=13.5, spaceAfter=5),
        vil=ParagraphStyle("vil", fontName="DVSB", fontSize=9.5, leading=13, spaceBefore=4, spaceAfter=2),
        li=ParagraphStyle("li", fontName="DVS", fontSize=9.5, leading=13, leftIndent=14, bulletIndent=4, bulletFontName="DVS"),
        nk=ParagraphStyle("nk", fontName="DV", fontSize=7.5, leading=9.8, leftIndent=14, textColor=colors.HexColor("#6b6b6b")),
        bx=ParagraphStyle("bx", fontName="DV", fontSize=8.5, leading=11.5),
        bxh=ParagraphStyle("bxh", fontName="DVB", fontSize=9, leading=12),
        cap=ParagraphStyle("cap", fontName="DVSI", fontSize=8, leading=10.5),
    )
    ms = f["measures"]
    secs = [
        ("5.2 Kunnskap om kompetansebehov",
         "Et godt kunnskapsgrunnlag er en forutsetning for riktige prioriteringer i utdanningssystemet. Kompetansebehovsutvalget "
         "har siden 2017 samlet og analysert kunnskap om Norges kompetansebehov, nasjonalt og regionalt.",
         ["utrede hvordan regionale analyser av kompetansebehov kan gjøres mer sammenlignbare"]),
        ("5.3 Karriereveiledning",
         "Mange voksne trenger hjelp til å orientere seg i et arbeidsmarked i endring. Den digitale tjenesten har gjort "
         "karriereveiledning tilgjengelig for flere, uavhengig av bosted.", []),
        ("5.4 Læring i arbeidslivet",
         "Bransjeprogrammene er et samarbeid mellom staten og partene i arbeidslivet om å gi arbeidstakere relevant "
         "etter- og videreutdanning som kan kombineres med jobb.",
         ["vurdere en egen studiestøtteordning for deltidsstudenter i arbeid"]),
        ("5.5 Fag- og yrkesopplæring for voksne",
         "Flere voksne skal kunne ta fagbrev. Erfaringene fra forsøket med modulstrukturert opplæring og fra fagbrev på jobb "
         "viser at tilpasset opplæring gir gode resultater.", []),
        ("5.6 Helse og omsorg",
         "Den kommunale helse- og omsorgstjenesten har store rekrutteringsbehov de neste tiårene.", []),
    ]
    story = []
    note = Table([[Paragraph("<b>Til Kompetansepolitisk råd.</b> Under følger kapittel 5 i meldingen. Tiltak som regjeringen rapporterer "
                             "som oppfølging av Nasjonal kompetansepolitisk strategi, er merket med en grå NKPS-linje under punktet i "
                             "«Regjeringen vil»-listene. Punkter uten NKPS-linje rapporteres ikke. – Kunnskapsdepartementet, mai 2024", st["k"])]],
                 colWidths=[160 * mm])
    note.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.grey), ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f4f4f4"))]))
    story += [note, Spacer(1, 10), Paragraph("5 Kompetanse gjennom hele livet", st["h1"]),
              Paragraph("5.1 Innledning", st["h2"]),
              Paragraph("Regjeringen vil at alle skal ha mulighet til å utvikle kompetansen sin gjennom hele livet. Kapitlet beskriver "
                        "hvordan regjeringen følger opp Nasjonal kompetansepolitisk strategi sammen med partene i arbeidslivet, "
                        "fylkeskommunene og frivilligheten. Figur 5.1 viser at andelen voksne som deltar i læring, har vært stabil.", st["b"]),
              Bars([("2015", 48), ("2017", 49), ("2019", 50), ("2021", 44), ("2023", 49)]),
              Paragraph("Figur 5.1 Andel voksne (25–64 år) som deltok i formell eller ikke-formell læring siste tolv måneder. Prosent.", st["cap"])]
    for si, (head, text, extra) in enumerate(secs):
        story += [Paragraph(head, st["h2"]), Paragraph(text, st["b"])]
        if si == 3:
            bx = Table([[[Paragraph("Boks 5.1 Fagbrev på jobb i Agder", st["bxh"]),
                          Paragraph("Agder fylkeskommune har brukt ordningen aktivt i helse- og oppvekstfagene. I 2023 tok 140 voksne "
                                    "fagbrev på denne måten. Eksempelet viser hvordan fylkene kan ta i bruk ordningen.", st["bx"])]]],
                       colWidths=[160 * mm])
            bx.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e8eef4")), ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#4b6f91"))]))
            story += [bx, Spacer(1, 6)]
        story.append(Paragraph("Regjeringen vil:", st["vil"]))
        for m in [m for m in ms if m["sec"] == si]:
            nk = (f"NKPS-rapportering – delmål {', '.join(m['delmal'])} · {m['tp']} · Ansvar: {m['resp']} · "
                  f"Med: {partners_str(m)} · Periode: {m['period']}")
            story.append(KeepTogether([Paragraph(esc(m["title"]), st["li"], bulletText="•"),
                                       Paragraph(esc(nk), st["nk"]), Paragraph("Merknad: " + esc(m["desc"]), st["nk"]),
                                       Spacer(1, 3)]))
        for e in extra:
            story.append(Paragraph(esc(e), st["li"], bulletText="•"))

    def deco(c, d):
        c.setFont("DVS", 8); c.setFillColor(colors.HexColor("#444444"))
        p = 86 + d.page
        if p % 2:
            c.drawRightString(W - 22 * mm, H - 12 * mm, "Kompetanse for framtida"); c.drawRightString(W - 22 * mm, 12 * mm, str(p))
        else:
            c.drawString(22 * mm, H - 12 * mm, "Meld. St. 9 (2023–2024)"); c.drawString(22 * mm, 12 * mm, str(p))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=20 * mm, bottomMargin=20 * mm,
                            title="Utdrag fra Meld. St. 9 (2023–2024) kapittel 5", author="Kunnskapsdepartementet")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# ---------------------------------------------------------------- 21 KS 2025 follow-up Q&A
def ks2025(f, path):
    register()
    st = dict(
        h=ParagraphStyle("h", fontName="DVB", fontSize=14, leading=18, textColor=colors.HexColor("#1d3a5f")),
        s=ParagraphStyle("s", fontName="DV", fontSize=9, leading=12.5),
        q=ParagraphStyle("q", fontName="DVB", fontSize=9.5, leading=13, spaceBefore=10, textColor=colors.HexColor("#7a4b00")),
        a=ParagraphStyle("a", fontName="DV", fontSize=9.5, leading=13, spaceBefore=3),
        lab=ParagraphStyle("lab", fontName="DVB", fontSize=8.5, leading=11),
        val=ParagraphStyle("val", fontName="DV", fontSize=8.5, leading=11),
    )
    M = {m["tid"]: m for m in f["measures"]}

    def block(m):
        rows = [("Tiltak", m["title"]), ("Delmål", ", ".join(m["delmal"])), ("Type", m["tp"]), ("Ansvarlig", m["resp"]),
                ("Samarbeid", partners_str(m)), ("Periode", m["period"]), ("Omtale", m["desc"])]
        t = Table([[Paragraph(a + ":", st["lab"]), Paragraph(esc(b), st["val"])] for a, b in rows], colWidths=[24 * mm, 136 * mm])
        t.setStyle(TableStyle([("LINEBEFORE", (0, 0), (0, -1), 2, colors.HexColor("#2e6f95")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        return [Spacer(1, 3), t]
    QA = [
        ("I 2020 rapporterte KS «KS Læring – digital læringsplattform for kommunene». Er tiltaket videreført?",
         "Ja. Plattformen er videreført og rapporteres også for 2025:", ["KS1"]),
        ("KS rapporterte deltakelse i Nasjonalt forum for karriereveiledning. Deltar KS fortsatt?", "Ja:", ["T11"]),
        ("Er KS fortsatt representert i Samarbeidsrådet for yrkesopplæring?", "Ja, KS har fortsatt plass i rådet:", ["T02"]),
        ("«Arbeidsgivermonitor 2020 for kommunesektoren» – var dette en engangsrapport?",
         "Nei, monitoren kommer hvert år og rapporteres som et løpende tiltak:", ["KS2"]),
        ("Er «Lærlinger i kommunesektoren – statusrapport 2020» videreført?",
         "Nei. Statusrapporten var en engangsutgivelse. Lærlingtallene publiseres nå som en del av arbeidsgivermonitoren, "
         "og rapporten meldes ikke inn som eget tiltak.", []),
        ("Samfunnskontrakten for flere læreplasser (2016–2020) – hva er status?",
         "Kontrakten er avsluttet. KS har signert den nye kontrakten, som rapporteres slik:", ["T05"]),
        ("«Kompetanseløft 2020 – kommunenes oppfølging» – er tiltaket avsluttet?",
         "Ja, planperioden er over. Oppfølgeren rapporteres slik:", ["T24"]),
        ("Rapporterer KS fortsatt «Bransjeprogram for kommunal helse- og omsorgssektor»?",
         "KS er fortsatt part i programmet, men det rapporteres av HK-dir og Regjeringen. KS melder det derfor ikke inn som eget tiltak i år.", []),
        ("Har KS nye tiltak siden forrige rapport?", "Ja, ett nytt tiltak:", ["KS4"]),
    ]
    story = [Paragraph("Oppfølgingsspørsmål til KS' rapportering – svar fra KS", st["h"]), Spacer(1, 4),
             Paragraph("Sekretariatet for Kompetansepolitisk råd (HK-dir) sendte 3. mars 2025 spørsmål om tiltakene i KS' forrige "
                       "rapport (2020). KS' svar står under hvert spørsmål. Tiltak KS rapporterer for 2025, er gitt med faktarammer.", st["s"])]
    for i, (q, a, ids) in enumerate(QA, 1):
        part = [Paragraph(f"Spørsmål {i}: " + esc(q), st["q"]), Paragraph("Svar: " + esc(a), st["a"])]
        for t in ids:
            part += block(M[t])
        story.append(KeepTogether(part))
    story += [Spacer(1, 14), Paragraph("Kontaktperson i KS: seniorrådgiver, avdeling for arbeidsgiverpolitikk. Svar sendt 21. mars 2025.", st["s"])]

    def foot(c, d):
        c.setFont("DV", 7); c.setFillColor(colors.grey)
        c.drawString(20 * mm, 12 * mm, "KS – svar på oppfølgingsspørsmål 2025"); c.drawRightString(W - 20 * mm, 12 * mm, f"{d.page}")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm, bottomMargin=20 * mm,
                            title="KS – svar på oppfølgingsspørsmål 2025", author="KS")
    doc.build(story, onFirstPage=foot, onLaterPages=foot)
