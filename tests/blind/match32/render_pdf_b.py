# -*- coding: utf-8 -*-
"""PDF renderers: Vestland 2021 (PxWeb table, nn), Spekter 2022 (square carousel), Trøndelag 2023 (SRT print)."""
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.pdfgen import canvas
from pdf_common import register, split, para, wrapc, esc, partners_str
from batch_data_common import DELMAL_NN

W, H = A4


# ---------------------------------------------------------------- 13 Vestland 2021 PxWeb (nn)
def vestland2021(f, path):
    register()
    st = dict(t=ParagraphStyle("t", fontName="DVB", fontSize=11.5, leading=15),
              s=ParagraphStyle("s", fontName="DV", fontSize=8, leading=10.5, textColor=colors.HexColor("#555555")),
              c=ParagraphStyle("c", fontName="DV", fontSize=8, leading=10),
              cb=ParagraphStyle("cb", fontName="DVB", fontSize=8, leading=10),
              ci=ParagraphStyle("ci", fontName="DV", fontSize=8, leading=10, leftIndent=10),
              fn=ParagraphStyle("fn", fontName="DV", fontSize=7.5, leading=9.8))
    ms = f["measures"]
    fnum = {m["title"]: i for i, m in enumerate(ms, 1)}
    head = ["NKPS-delmål / tiltak", "Tiltakstype", "Ansvarleg", "Samarbeidspartnarar", "Periode", "Deltakarar 2021"]
    data = [[Paragraph(h, st["cb"]) for h in head]]
    style = [("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#b5bcc4")), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe6ee")),
             ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (5, 1), (5, -1), "RIGHT")]
    codes = sorted({d for m in ms for d in m["delmal"]})
    for d in codes:
        data.append([Paragraph(esc(f"{d} {DELMAL_NN[d]}"), st["cb"]), "", "", "", "", ""])
        style.append(("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), colors.HexColor("#f3f5f7")))
        style.append(("SPAN", (0, len(data) - 1), (-1, len(data) - 1)))
        for m in [m for m in ms if d in m["delmal"]]:
            data.append([Paragraph(esc(m["title"]) + f" <super>{fnum[m['title']]})</super>", st["ci"]),
                         Paragraph(esc(m["tp"]), st["c"]), Paragraph(esc(m["resp"]), st["c"]),
                         Paragraph(esc(partners_str(m, empty="..")), st["c"]), Paragraph(esc(m["period"]), st["c"]),
                         Paragraph(m["deltakarar"], st["c"])])
    data.append([Paragraph("I alt, tiltak", st["cb"]), Paragraph(str(len(ms)), st["cb"]), "", "", "", ""])
    t = Table(data, colWidths=[82 * mm, 28 * mm, 40 * mm, 62 * mm, 22 * mm, 24 * mm], repeatRows=1)
    t.setStyle(TableStyle(style))
    story = [Paragraph("Tabell 1 Kompetansetiltak i Vestland fylkeskommune, etter NKPS-delmål, tiltakstype og ansvarleg. 2021", st["t"]),
             Paragraph("Rapport til Kompetansepolitisk råd · Eining: tal tiltak / tal deltakarar", st["s"]), Spacer(1, 6), t, Spacer(1, 8),
             Paragraph("Fotnotar", st["cb"])]
    for m in ms:
        story.append(Paragraph(f"{fnum[m['title']]}) " + esc(m["desc"]), st["fn"]))
    story += [Spacer(1, 6),
              Paragraph("Symbolforklaring: .. = tal manglar eller er ikkje aktuelle. Tiltak som gjeld fleire delmål, er førte under kvart delmål.", st["s"]),
              Paragraph("Kjelde: Vestland fylkeskommune, Avdeling for innovasjon og næringsutvikling. Sist oppdatert: 15.12.2021.", st["s"]),
              Spacer(1, 14),
              Paragraph("Tabell 2 Deltakarar i tiltak med registrerte deltakarar, etter kjønn. 2021", st["t"]), Spacer(1, 4)]
    d2 = [[Paragraph(h, st["cb"]) for h in ["Tiltak", "Menn", "Kvinner", "I alt"]]]
    for m in ms:
        if m["deltakarar"] != "..":
            tot = int(m["deltakarar"].replace(" ", ""))
            k = round(tot * 0.58)
            d2.append([Paragraph(esc(m["title"]), st["c"]), str(tot - k), str(k), m["deltakarar"]])
    t2 = Table(d2, colWidths=[120 * mm, 22 * mm, 22 * mm, 22 * mm])
    t2.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#b5bcc4")), ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe6ee")), ("FONT", (1, 1), (-1, -1), "DV", 8)]))
    story.append(t2)

    def foot(c, d):
        c.setFont("DV", 7); c.setFillColor(colors.grey)
        c.drawString(15 * mm, 8 * mm, "statistikk.vestlandfylke.example/pxweb/nn/Kompetanse/tiltak_2021.px")
        c.drawRightString(landscape(A4)[0] - 15 * mm, 8 * mm, f"Side {d.page}")
    doc = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm, topMargin=14 * mm, bottomMargin=16 * mm,
                            title="Tabell 1 Kompetansetiltak i Vestland fylkeskommune 2021", author="Vestland fylkeskommune")
    doc.build(story, onFirstPage=foot, onLaterPages=foot)


# ---------------------------------------------------------------- 15 Spekter 2022 carousel
def _chip(c, x, y, txt, fill, fg):
    c.setFont("DVB", 11)
    w = c.stringWidth(txt, "DVB", 11) + 18
    c.setFillColor(fill); c.roundRect(x, y - 6, w, 22, 11, stroke=0, fill=1)
    c.setFillColor(fg); c.drawString(x + 9, y + 1, txt)
    return x + w + 8


def spekter2022(f, path):
    register()
    S = 540
    ms = f["measures"]
    total = len(ms) + 3
    c = canvas.Canvas(path, pagesize=(S, S))
    c.setTitle("Spekter – kompetansestrategien 2022 (karusell)"); c.setAuthor("Spekter")
    bg, acc = colors.HexColor("#12284c"), colors.HexColor("#ff7f50")

    def foot(i, light=False):
        c.setFont("DV", 10); c.setFillColor(colors.white if light else colors.HexColor("#12284c"))
        c.drawString(36, 26, "spekter.example"); c.drawRightString(S - 36, 26, f"{i}/{total}   Sveip →")
    c.setFillColor(bg); c.rect(0, 0, S, S, stroke=0, fill=1)
    c.setFillColor(acc); c.setFont("DVB", 14); c.drawString(36, S - 60, "KOMPETANSE 2022")
    c.setFillColor(colors.white)
    y = para(c, 36, S - 120, "Slik følger Spekter opp kompetansestrategien", "DVB", 34, S - 72, 40)
    para(c, 36, y - 20, "Seks tiltak vi rapporterer til Kompetansepolitisk råd i år", "DV", 16, S - 72, 20)
    foot(1, True); c.showPage()
    for i, m in enumerate(ms, 1):
        c.setFillColor(colors.HexColor("#f6f3ee")); c.rect(0, 0, S, S, stroke=0, fill=1)
        c.setFillColor(acc); c.setFont("DVB", 12); c.drawString(36, S - 52, f"TILTAK {i} AV {len(ms)}")
        c.setFillColor(bg)
        y = para(c, 36, S - 95, m["title"], "DVB", 25, S - 72, 30) - 8
        x = 36
        for d in m["delmal"]:
            x = _chip(c, x, y, f"Delmål {d}", bg, colors.white)
        _chip(c, x, y, m["tp"], acc, colors.white)
        y -= 40
        c.setFillColor(bg)
        for lab, val in [("Ansvar", m["resp"]), ("Med", partners_str(m)), ("Når", m["period"])]:
            y = para(c, 36, y, f"{lab}: {val}", "DV", 13, S - 72, 17) - 2
        y -= 14
        c.setStrokeColor(acc); c.setLineWidth(3); c.line(36, y + 8, 90, y + 8)
        y -= 14
        para(c, 36, y, m["desc"], "DV", 15, S - 72, 20, bg)
        foot(i + 1); c.showPage()
    c.setFillColor(acc); c.rect(0, 0, S, S, stroke=0, fill=1)
    c.setFillColor(colors.white); c.setFont("DVB", 20); c.drawString(36, S - 80, "Visste du?")
    y = para(c, 36, S - 150, "1 av 4 nye helsefagarbeidere i helseforetakene tok fagbrevet som voksen.", "DVB", 30, S - 72, 36)
    para(c, 36, y - 20, "Kilde: Spekters lærlingundersøkelse 2022", "DV", 12, S - 72)
    foot(total - 1, True); c.showPage()
    c.setFillColor(bg); c.rect(0, 0, S, S, stroke=0, fill=1)
    c.setFillColor(colors.white)
    y = para(c, 36, S - 150, "Følg Spekter for mer om kompetanse og arbeidsliv", "DVB", 30, S - 72, 36)
    para(c, 36, y - 20, "#kompetanse #lærlinger #arbeidsliv #helse", "DV", 15, S - 72)
    foot(total, True); c.showPage(); c.save()


# ---------------------------------------------------------------- 17 Trøndelag 2023 SRT print
def _tc(ms):
    h, r = divmod(ms, 3600000); m_, r = divmod(r, 60000); s, r = divmod(r, 1000)
    return f"{h:02d}:{m_:02d}:{s:02d},{r:03d}"


def trondelag2023(f, path):
    register()
    cues = [["{\\an2}Trøndelag er en region i endring."], ["{\\an2}Her er fem av tiltakene våre for kompetanse i 2023."]]
    for k, m in enumerate(f["measures"]):
        words = m["title"].split(" ")
        sp = m["split"]
        cues.append(["{\\an8}<b>" + " ".join(words[:sp]) + "</b>"])
        cues.append(["{\\an8}<b>" + " ".join(words[sp:]) + "</b>"])
        cues.append(["{\\an8}<i>Delmål " + " og ".join(m["delmal"]) + " · " + m["tp"] + " · " + m["period"] + "</i>"])
        cues.append(["{\\an8}<i>Ansvar: " + m["resp"] + "</i>", "{\\an8}<i>Med: " + partners_str(m) + "</i>"])
        lines = wrapc(m["desc"], 42)
        for i in range(0, len(lines), 2):
            cues.append(lines[i:i + 2])
        if k == 1:
            cues.append(["{\\an1}<i>Kari Sæther, opplæringskontoret</i>"])
            cues.append(["- Vi har fått mange nye fagarbeidere", "på denne måten."])
    cues += [["{\\an2}Takk for at du så på!"], ["{\\an8}trondelagfylke.example/kompetanse"]]
    L = ["Trondelag_NKPS_2023_rapportfilm_v3.srt", "",
         *wrapc("Til Kompetansepolitisk råd: Trøndelag fylkeskommune rapporterer i år med en kort film. Vedlagt er "
                "tekstfilen (SRT). Tekstplakatene øverst i bildet ({\\an8}) viser navnet på hvert tiltak i fet skrift "
                "og fakta i kursiv; speakeren (nederst) beskriver tiltaket. Intervjuklipp er merket med navneplakat ({\\an1}).", 86),
         "Kommunikasjonsavdelingen, 20.11.2023", "", "-" * 60, ""]
    t = 1200
    for i, cue in enumerate(cues, 1):
        dur = 1800 + 600 * len(" ".join(cue)) // 30
        L += [str(i), f"{_tc(t)} --> {_tc(t + dur)}", *cue, ""]
        t += dur + 240
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("Trondelag_NKPS_2023_rapportfilm_v3.srt"); c.setAuthor("Trøndelag fylkeskommune")
    y, page = H - 50, 1
    for ln in L:
        if y < 50:
            c.setFont("DVM", 7); c.setFillColor(colors.grey); c.drawRightString(W - 40, 25, f"Side {page}")
            c.showPage(); y, page = H - 50, page + 1
        c.setFillColor(colors.black); c.setFont("DVM", 9); c.drawString(50, y, ln); y -= 11.5
    c.setFont("DVM", 7); c.setFillColor(colors.grey); c.drawRightString(W - 40, 25, f"Side {page}")
    c.showPage(); c.save()
