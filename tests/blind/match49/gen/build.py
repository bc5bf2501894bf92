# -*- coding: utf-8 -*-
"""Render every file in data.FILES, then write expected.json and near_misses.json.

Run:  /work/blind/.venv49/bin/python gen/build.py   (from /work/blind/match49)
"""
import json
import os
import shutil
import subprocess
import sys
import itertools

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from data import FILES, TYPE_MAP, WORDS, NEAR_MISS_GROUPS  # noqa: E402
from common import *  # noqa: E402,F401,F403

from reportlab.lib.pagesizes import A4, landscape as rl_landscape  # noqa: E402
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,  # noqa: E402
                                KeepTogether)
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from fpdf import FPDF  # noqa: E402

FONTDIR = "/usr/share/fonts/truetype"
pdfmetrics.registerFont(TTFont("LS", f"{FONTDIR}/liberation2/LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LS-B", f"{FONTDIR}/liberation2/LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LS-I", f"{FONTDIR}/liberation2/LiberationSans-Italic.ttf"))
pdfmetrics.registerFont(TTFont("DV", f"{FONTDIR}/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DV-B", f"{FONTDIR}/dejavu/DejaVuSans-Bold.ttf"))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LS-B", italic="LS-I", boldItalic="LS-B")
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DV-B", italic="DV", boldItalic="DV-B")

LO_TMP = os.path.join(HERE, "_lo")


def R(rows):
    """unpack rows into dicts"""
    out = []
    for (title, codes, tp, resp, partners, period, desc, tid) in rows:
        out.append(dict(title=title, codes=codes, tp=tp, resp=resp, partners=partners, period=period,
                        desc=desc, tid=tid))
    return out


def esc(s):
    return (s or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def lo_convert(docx_path, out_pdf):
    os.makedirs(LO_TMP, exist_ok=True)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_profile_match49", "--headless",
                    "--convert-to", "pdf", "--outdir", LO_TMP, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    produced = os.path.join(LO_TMP, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
    shutil.move(produced, out_pdf)


def rl_styles(font="LS", size=10):
    return dict(
        n=ParagraphStyle("n", fontName=font, fontSize=size, leading=size * 1.3),
        small=ParagraphStyle("s", fontName=font, fontSize=size - 2, leading=(size - 2) * 1.25),
        b=ParagraphStyle("b", fontName=font + "-B", fontSize=size, leading=size * 1.3),
        h1=ParagraphStyle("h1", fontName=font + "-B", fontSize=size + 6, leading=(size + 6) * 1.3, spaceAfter=6),
        h2=ParagraphStyle("h2", fontName=font + "-B", fontSize=size + 2, leading=(size + 2) * 1.3, spaceBefore=8,
                          spaceAfter=4),
        cell=ParagraphStyle("c", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.25),
        cellb=ParagraphStyle("cb", fontName=font + "-B", fontSize=size - 1.5, leading=(size - 1.5) * 1.25),
    )


GRID = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD"))])


# =============================================================== renderers
def r_spekter_2017(name, meta, rows):
    d = new_doc(font="Times New Roman", size=12)
    header_footer(d, header="Spekter – Rapportering NKPS 2017", footer="Spekter", page=True, page_prefix="")
    para(d, "Rapportering til Kompetansepolitisk råd", bold=True, size=16)
    para(d, "Oppfølging av Nasjonal kompetansepolitisk strategi – Spekter 2017")
    para(d, "Spekter organiserer virksomheter med om lag 200 000 ansatte. Nedenfor følger rapporteringspunktene "
            "for 2017 og en kort beskrivelse av hvert tiltak.")
    para(d, "Rapporteringspunkter:", bold=True)
    for i, r in enumerate(rows, 1):
        para(d, f"{i}. {r['title']}.")
        nr = old_nr(r["codes"])
        para(d, f"Relasjon til NKPS tiltak nr{'.' if len(r['codes']) > 1 else ''} {nr}.")
    resp_text = [
        "Spekter står bak tiltaket med Kompetanse Norge som bidragsyter.",
        "Spekter er ansvarlig for tiltaket.",
        "Spekter er ansvarlig for tiltaket. Samarbeidspartnere er medlemsvirksomheter, FAFO, fylkeskommuner og "
        "opplæringskontorer.",
        "Spekter står bak tiltaket, med bidrag fra medlemsvirksomhetene. Eksterne inviteres ved behov.",
        "LO og Spekter er i fellesskap ansvarlig for konferansen.",
        "Spekter står ansvarlig for konferansen hvor IMDi, NAV og en kommune bidrar med innlegg.",
    ]
    leak = 9
    for i, r in enumerate(rows):
        d.add_page_break()
        para(d, "1. Tiltak i Nasjonal kompetansepolitisk strategi", bold=True)
        para(d, r["title"])
        para(d, f"Relasjon til NKPS tiltak nr{'.' if len(r['codes']) > 1 else ''} {old_nr(r['codes'])}.")
        para(d, "2. Ansvarlig og samarbeidspartnere", bold=True)
        para(d, resp_text[i])
        para(d, "3. Beskrivelse av tiltaket (maks en halv side)", bold=True)
        para(d, r["desc"])
        para(d, "4. Tidspunkt og varighet", bold=True)
        para(d, f"{leak}. {r['period']}.")  # leaked Word list numbering
        leak += 1
    tmp = os.path.join(LO_TMP, "spekter_2017_rapportering_nkps.docx")
    os.makedirs(LO_TMP, exist_ok=True)
    d.save(tmp)
    lo_convert(tmp, os.path.join(OUT, name))


def r_lo_2017(name, meta, rows):
    d = new_doc(font="Arial", size=10)
    header_footer(d, header="Landsorganisasjonen i Norge", footer="LO · Youngs gate 11 · 0181 Oslo", page=False)
    para(d, "LO", bold=True, size=20, color=(0xC0, 0x00, 0x00))
    para(d, "Til Kompetansepolitisk råd\nv/ Kunnskapsdepartementet\nPostboks 8119 Dep\n0032 Oslo")
    para(d, "Vår ref.: 17/0456-3        Deres ref.: 17/1123        Dato: 15. desember 2017", size=9)
    para(d, "LOs rapportering om oppfølging av Nasjonal kompetansepolitisk strategi 2017", bold=True, size=13)
    para(d, "Vi viser til vedtak i Kompetansepolitisk råd om at rådsmedlemmene skal rapportere om hvordan de følger "
            "opp strategien. LO har deltatt i fire rådsmøter i 2017. Tabellen under viser LOs tiltak, med henvisning "
            "til strategiens tiltak nr. 1–16.")
    t = table(d, ["Tiltak", "NKPS tiltak nr.", "Type", "Ansvar", "Samarbeidspartnere", "Tidsrom"],
              [[r["title"], old_nr(r["codes"]), r["tp"], r["resp"], join_og(r["partners"]), r["period"]]
               for r in rows], widths_cm=[5.2, 2.0, 2.0, 2.6, 3.2, 2.0])
    para(d, "")
    para(d, "LO vil i 2018 særlig prioritere læring i arbeidslivet og oppfølging av ekspertutvalget for etter- og "
            "videreutdanning.")
    para(d, "Med vennlig hilsen")
    para(d, "Landsorganisasjonen i Norge")
    para(d, "Trine Lise Sundnes\nnestleder")
    kv_table(d, [("Kontaktperson", "Rådgiver Ida Berg"), ("E-post", "ida.berg@lo.no"), ("Telefon", "23 06 10 00")],
             widths_cm=(3.5, 8))
    d.save(os.path.join(OUT, name))


def r_ks_2017(name, meta, rows):
    d = new_doc(font="Georgia", size=11)
    header_footer(d, header="KS – notat", footer="KS Kommunesektorens organisasjon", page=True)
    para(d, "Oppfølging av Nasjonal kompetansepolitisk strategi – KS' rapport for 2017", bold=True, size=16)
    d.add_heading("1 Innledning", level=1)
    para(d, "KS rapporterer her tiltak som følger opp strategien. Tiltakene er knyttet til delmålene med "
            "stikkord fra strategien.")
    d.add_heading("2 KS i kompetansepolitikken", level=1)
    para(d, "Kommunesektoren sysselsetter om lag 500 000 personer. Tabellen viser antall lærlinger.")
    table(d, ["År", "Lærlinger i kommunene", "Lærlinger i fylkeskommunene"],
          [["2015", "4 912", "1 022"], ["2016", "5 310", "1 088"], ["2017", "5 830", "1 130"]],
          widths_cm=[2.5, 5, 5])
    d.add_heading("3 Tiltak", level=1)
    for i, r in enumerate(rows, 1):
        d.add_heading(f"3.{i} {r['title']}", level=2)
        para(d, r["desc"])
        runs(d, [("Delmål: ", "b"), (words(r["codes"], " og "), "")])
        runs(d, [("Type tiltak: ", "b"), (r["tp"], "")])
        runs(d, [("Ansvarlig: ", "b"), (r["resp"], ""),
                 ("   Samarbeidspartnere: ", "b"), (join_og(r["partners"]) if r["partners"] else "–", "")])
        runs(d, [("Tidsperspektiv: ", "b"), (r["period"], "")])
    d.add_heading("4 Oppsummering", level=1)
    para(d, "KS har rapportert seks tiltak. KS vil fortsette arbeidet i 2018.")
    d.save(os.path.join(OUT, name))


def r_reg_2018(name, meta, rows):
    d = new_doc(font="Arial", size=10, landscape=True, margins_cm=1.5)
    header_footer(d, header="Regjeringens rapportering 2018", footer="Kunnskapsdepartementet", page=True)
    para(d, "Regjeringens tiltak 2018 – Nasjonal kompetansepolitisk strategi", bold=True, size=15)
    para(d, "Oversikten er utarbeidet av Kunnskapsdepartementet på grunnlag av innspill fra KD, KMD, ASD, NFD og JD. "
            "Tiltak som ble rapportert i 2017 og er avsluttet, er ikke tatt med.¹")
    table(d, ["Delmål", "Tiltak", "Type tiltak", "Ansvarlig dep.", "Samarbeidspartnere", "Status/periode"],
          [[", ".join(r["codes"]), r["title"], r["tp"], r["resp"], join_og(r["partners"]), r["period"]]
           for r in rows], widths_cm=[1.8, 8.0, 3.3, 2.5, 5.5, 3.6], font_size=9)
    para(d, "Sum tiltak: 11", bold=True)
    para(d, "¹ Fylkeskommunenes egne tiltak rapporteres særskilt.", size=8)
    d.save(os.path.join(OUT, name))


def r_lo_2018(name, meta, rows):
    s = rl_styles("LS", 10)
    path = os.path.join(OUT, name)
    total = [0]

    def deco(c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor("#C00000")); c.rect(0, A4[1] - 1.4 * cm, A4[0], 1.4 * cm, fill=1, stroke=0)
        c.setFillColor(colors.white); c.setFont("LS-B", 14); c.drawString(2 * cm, A4[1] - 0.95 * cm, "LO")
        c.setFont("LS", 9); c.drawRightString(A4[0] - 2 * cm, A4[1] - 0.95 * cm, "Rapportering 2018")
        c.setFillColor(colors.black); c.setFont("LS", 8)
        c.drawCentredString(A4[0] / 2, 1.2 * cm, f"Side {doc.page}")
        c.restoreState()

    story = [Spacer(1, 0.6 * cm), Paragraph("LOs oppfølging av Nasjonal kompetansepolitisk strategi 2018", s["h1"]),
             Paragraph("Tabellen viser tiltak LO har gjennomført eller deltatt i. Ved flere delmål er disse skilt "
                       "med skråstrek.", s["n"]), Spacer(1, 0.3 * cm)]
    data = [[Paragraph(h, s["cellb"]) for h in ["Tiltak", "Delmål", "Type", "Ansvar", "Partnere", "Når"]]]
    for r in rows:
        data.append([
            [Paragraph(esc(r["title"]), s["cellb"]), Paragraph(esc(r["desc"]), s["cell"])],
            Paragraph("/".join(r["codes"]), s["cell"]), Paragraph(r["tp"], s["cell"]),
            Paragraph(esc(r["resp"]), s["cell"]), Paragraph(esc(join_og(r["partners"])), s["cell"]),
            Paragraph(esc(r["period"]), s["cell"])])
    t = Table(data, colWidths=[4.4 * cm, 1.4 * cm, 3.3 * cm, 3.4 * cm, 2.4 * cm, 2.1 * cm], repeatRows=1)
    t.setStyle(GRID)
    story += [t, Spacer(1, 0.5 * cm), Paragraph("Møter i Kompetansepolitisk råd 2018", s["h2"])]
    for m in ["7. februar 2018 – rådsmøte, Oslo", "24. april 2018 – rådsmøte med innspill om kompetansereformen",
              "19. september 2018 – rådsmøte, Bergen", "4. desember 2018 – rådsmøte, Oslo"]:
        story.append(Paragraph("• " + m, s["n"]))
    story.append(Paragraph("Kontakt: LO, avdeling for samfunnspolitikk, post@lo.no", s["small"]))
    SimpleDocTemplate(path, pagesize=A4, topMargin=2.2 * cm, bottomMargin=2 * cm, leftMargin=2 * cm,
                      rightMargin=2 * cm, title="LO rapport 2018").build(story, onFirstPage=deco, onLaterPages=deco)


class NHOPDF(FPDF):
    def header(self):
        self.set_font("DV", "", 8); self.set_text_color(90, 90, 90)
        self.cell(0, 6, "NHO – Næringslivets Hovedorganisasjon", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14); self.set_font("DV", "", 8)
        self.cell(0, 6, f"NHO | side {self.page_no()}", align="C")


def fpdf_fonts(pdf):
    pdf.add_font("DV", "", f"{FONTDIR}/dejavu/DejaVuSans.ttf")
    pdf.add_font("DV", "B", f"{FONTDIR}/dejavu/DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", f"{FONTDIR}/dejavu/DejaVuSans-Oblique.ttf")


def r_nho_2018(name, meta, rows):
    pdf = NHOPDF(); fpdf_fonts(pdf); pdf.set_auto_page_break(True, 18); pdf.add_page()
    pdf.set_font("DV", "B", 18)
    pdf.multi_cell(0, 9, "NHOs kompetansetiltak 2018", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 10)
    pdf.multi_cell(0, 5.5, "Rapport til Kompetansepolitisk råd. Oppfølging av Nasjonal kompetansepolitisk strategi.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3); pdf.set_font("DV", "B", 12); pdf.cell(0, 7, "Om NHO", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 10)
    pdf.multi_cell(0, 5.5, "NHO har over 27 000 medlemsbedrifter med til sammen 600 000 årsverk. 16 landsforeninger "
                           "og 9 regionkontorer.", new_x="LMARGIN", new_y="NEXT")
    cur = None
    for r in rows:
        c = r["codes"][0]
        if c != cur:
            cur = c; pdf.ln(4); pdf.set_font("DV", "B", 13)
            pdf.multi_cell(0, 7, f"Delmål {c} – {WORDS[c]}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1); pdf.set_font("DV", "B", 11)
        pdf.multi_cell(0, 6, r["title"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 10)
        pdf.multi_cell(0, 5.5, r["desc"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "I", 9)
        parts = [f"Ansvarlig: {r['resp']}"]
        if r["partners"]:
            parts.append(f"Samarbeid: {join_og(r['partners'])}")
        parts += [f"Type: {r['tp']}", f"Periode: {r['period']}"]
        pdf.multi_cell(0, 5, ". ".join(parts) + ".", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5); pdf.set_font("DV", "", 10)
    pdf.multi_cell(0, 5.5, "Spørsmål kan rettes til NHO Kompetanse, kompetanse@nho.no.", new_x="LMARGIN",
                   new_y="NEXT")
    pdf.output(os.path.join(OUT, name))


def r_mr_2018(name, meta, rows):
    d = new_doc(font="Calibri", size=10, landscape=True, margins_cm=1.6)
    header_footer(d, header="Møre og Romsdal fylkeskommune – Regional utvikling", footer="mrfylke.no", page=True)
    para(d, "Rapportering frå Møre og Romsdal fylkeskommune 2018", bold=True, size=15)
    para(d, "Oppfølging av Nasjonal kompetansepolitisk strategi. Fylkeskommunen rapporterer tiltak som høyrer til "
            "det regionale kompetanseansvaret.")
    table(d, ["Tiltak", "Delmål", "Type", "Ansvarleg", "Samarbeidspartnarar", "Tidsrom", "Skildring"],
          [[r["title"], ", ".join(r["codes"]), r["tp"], r["resp"], join_og(r["partners"]), r["period"], r["desc"]]
           for r in rows], widths_cm=[5.0, 1.4, 2.4, 3.0, 4.2, 2.4, 6.0], font_size=8.5)
    para(d, "")
    para(d, "Vaksne i vidaregåande opplæring (tal frå VIGO)", bold=True)
    table(d, ["Skuleår", "Vaksne deltakarar", "Av dei med fagbrev som mål"],
          [["2016/17", "1 240", "610"], ["2017/18", "1 318", "702"]], widths_cm=[3, 4, 5])
    para(d, "Med helsing\nAvdeling for utdanning")
    d.save(os.path.join(OUT, name))


def r_vofo_2018(name, meta, rows):
    s = rl_styles("DV", 10)
    story = [Paragraph("VOFO – Voksenopplæringsforbundet", s["small"]),
             Paragraph("Rapport om oppfølging av Nasjonal kompetansepolitisk strategi 2018", s["h1"]),
             Paragraph("VOFO rapporterer på vegne av studieforbundene i frivillig sektor.", s["n"]),
             Spacer(1, 0.3 * cm)]
    fact = Table([[Paragraph("<b>Om VOFO</b><br/>14 studieforbund · 500 medlemsorganisasjoner · om lag 500 000 "
                             "deltakere og 39 000 kurs i 2017", s["small"])]], colWidths=[16 * cm])
    fact.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#2E6E9E")),
                              ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EAF2F8"))]))
    story += [fact, Spacer(1, 0.4 * cm)]
    for i, r in enumerate(rows, 1):
        blk = [Paragraph(f"<b>{i}.</b>", s["n"]),
               Paragraph(f"Tiltak: {esc(r['title'])}", s["n"]),
               Paragraph(f"Delmål: {codes_og(r['codes'])}", s["n"]),
               Paragraph(f"Type: {r['tp']}", s["n"]),
               Paragraph(f"Ansvarlig: {r['resp']}", s["n"]),
               Paragraph(f"Samarbeid: {esc(join_og(r['partners']))}", s["n"]),
               Paragraph(f"Periode: {r['period']}", s["n"]),
               Paragraph(f"Om tiltaket: {esc(r['desc'])}", s["n"]), Spacer(1, 0.35 * cm)]
        story.append(KeepTogether(blk))
    story.append(Paragraph("Vennlig hilsen VOFO", s["n"]))
    SimpleDocTemplate(os.path.join(OUT, name), pagesize=A4).build(story)


def r_spekter_2019(name, meta, rows):
    d = new_doc(font="Calibri", size=11)
    header_footer(d, header="SPEKTER", footer="Spekter – arbeidsgiverforeningen", page=True)
    para(d, "Til Kompetansepolitisk råd", bold=False)
    para(d, "Oslo, 12. desember 2019")
    para(d, "Spekters rapportering 2019", bold=True, size=15)
    para(d, "Vi viser til rådets beslutning om årlig rapportering. Spekter rapporterer seks tiltak for 2019. "
            "Tiltakene følger rapporteringsmalen fra Kompetanse Norge.")
    for r in rows:
        para(d, "")
        kv_table(d, [("Navn på tiltak", r["title"]), ("Relasjon til delmål", "delmål " + codes_og(r["codes"])),
                     ("Type tiltak", r["tp"]), ("Ansvarlig", r["resp"]),
                     ("Samarbeidspartnere", join_og(r["partners"]) if r["partners"] else "Ingen"),
                     ("Beskrivelse", r["desc"]), ("Tidspunkt og varighet", r["period"])])
    para(d, "")
    para(d, "Kontaktperson i Spekter: fagsjef Kari Nygaard, tlf. 23 31 65 00")
    d.save(os.path.join(OUT, name))


def r_ks_2019(name, meta, rows):
    s = rl_styles("LS", 10)
    pg = rl_landscape(A4)

    def deco(c, doc):
        c.saveState(); c.setFont("LS", 8)
        c.drawString(1.5 * cm, 1 * cm, "KS – Rapport til Kompetansepolitisk råd 2019")
        c.drawRightString(pg[0] - 1.5 * cm, 1 * cm, str(doc.page)); c.restoreState()

    story = [Paragraph("KS – tiltak for oppfølging av kompetansestrategien 2019", s["h1"]),
             Paragraph("Tabellen omfatter både KS' egne tiltak og tiltak der KS er samarbeidspartner.", s["n"]),
             Spacer(1, 0.3 * cm)]
    data = [[Paragraph(h, s["cellb"]) for h in ["Tiltak", "Delmål", "Type", "Ansvarlig", "Partnere", "Periode",
                                                 "Kommentar"]]]
    for r in rows:
        data.append([Paragraph(esc(x), s["cell"]) for x in
                     [r["title"], ", ".join(r["codes"]), r["tp"], r["resp"], join_og(r["partners"]), r["period"],
                      r["desc"]]])
    t = Table(data, colWidths=[6 * cm, 1.6 * cm, 2.6 * cm, 3 * cm, 4.2 * cm, 2.6 * cm, 6.5 * cm], repeatRows=1)
    t.setStyle(GRID)
    story += [t, Spacer(1, 0.5 * cm), Paragraph("Lærlinger i kommunesektoren (KS' lærlingundersøkelse)", s["h2"])]
    st = Table([["År", "Kommuner", "Fylkeskommuner", "Sum"], ["2017", "5 830", "1 130", "6 960"],
                ["2018", "6 104", "1 204", "7 308"]], colWidths=[2.5 * cm, 3 * cm, 3.5 * cm, 2.5 * cm])
    st.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.grey), ("FONT", (0, 0), (-1, -1), "LS", 9)]))
    story.append(st)
    SimpleDocTemplate(os.path.join(OUT, name), pagesize=pg, leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                      topMargin=1.5 * cm, bottomMargin=1.8 * cm).build(story, onFirstPage=deco, onLaterPages=deco)


def r_virke_2019(name, meta, rows):
    d = new_doc(font="Cambria", size=11)
    header_footer(d, header="Virke – Hovedorganisasjonen", footer=None, page=True, page_prefix="")
    para(d, "Virkes rapportering til Kompetansepolitisk råd 2019", bold=True, size=16)
    para(d, "Handels- og tjenestenæringene står overfor store endringer. Virke har i 2019 arbeidet med "
            "kompetanse på flere områder.")
    para(d, "Virke mener", bold=True)
    for b in ["Arbeidsplassen må anerkjennes som en likeverdig læringsarena.",
              "Realkompetanse må dokumenteres og verdsettes systematisk."]:
        para(d, b, style="List Bullet")
    para(d, "Våre tiltak", bold=True, size=13)
    for r in rows:
        runs(d, [(r["title"] + ".", "b"), (" " + r["desc"], "")])
        para(d, f"(Delmål {codes_og(r['codes'])} · {r['tp']} · ansvar: {r['resp']} · partnere: "
                f"{join_comma(r['partners'])} · periode: {r['period']})", italic=True, size=9)
    para(d, "Med vennlig hilsen\nVirke\nAvdeling for kompetanse og utdanning")
    d.save(os.path.join(OUT, name))


def r_nho_2020(name, meta, rows):
    d = new_doc(font="Arial", size=9, landscape=True, margins_cm=1.4)
    header_footer(d, header="NHO 2020 – Kompetansepolitisk råd", footer="NHO", page=True)
    para(d, "NHO – oversikt over tiltak 2020", bold=True, size=14)
    para(d, "Koronapandemien har preget året. Flere tiltak er gjennomført digitalt, og noen er utsatt til 2021.")
    t = table(d, ["#", "Tiltak", "Delmål", "Type", "Ansvar", "Samarbeid", "Varighet", "Kort beskrivelse"],
              [[str(i), r["title"], " / ".join(r["codes"]), r["tp"], r["resp"], join_og(r["partners"]),
                r["period"], r["desc"]] for i, r in enumerate(rows, 1)],
              widths_cm=[0.8, 5.5, 1.6, 2.2, 1.6, 5.0, 2.0, 6.0], font_size=8.5)
    row = t.add_row()
    merged = row.cells[0].merge(row.cells[-1])
    merged.text = ""
    rr = merged.paragraphs[0].add_run(f"Totalt: {len(rows)} tiltak"); rr.bold = True; rr.font.size = Pt(8.5)
    d.save(os.path.join(OUT, name))


def r_mr_2020(name, meta, rows):
    d = new_doc(font="Liberation Serif", size=11)
    header_footer(d, header="Årsmelding 2020 – Møre og Romsdal fylkeskommune", footer="Kapittel 5", page=True)
    d.add_heading("5 Kompetanse", level=1)
    para(d, "Fylkeskommunen har eit regionalt ansvar for kompetansepolitikken. Dette kapittelet er også "
            "fylkeskommunen si rapportering til Kompetansepolitisk råd for 2020.")
    para(d, "Tal på kandidatar i Fagbrev på jobb", bold=True)
    table(d, ["År", "Kandidatar", "Bestått fagprøve"], [["2019", "120", "64"], ["2020", "184", "97"]],
          widths_cm=[3, 4, 4])
    d.add_heading("5.1 Tiltak i 2020", level=2)
    for r in rows:
        runs(d, [(r["title"], "b"), (" – " + r["desc"], "")])
        para(d, f"Delmål: {', '.join(r['codes'])} | Type: {r['tp']} | Ansvarleg: {r['resp']} | "
                f"Partnarar: {join_og(r['partners'])} | Periode: {r['period']}", size=9, color=(0x33, 0x33, 0x66))
    d.add_heading("5.2 Vegen vidare", level=2)
    para(d, "I 2021 skal fylkeskommunen rullere den regionale kompetansestrategien.")
    tmp = os.path.join(LO_TMP, "MRfk_aarsmelding_2020_kap5.docx")
    os.makedirs(LO_TMP, exist_ok=True)
    d.save(tmp)
    lo_convert(tmp, os.path.join(OUT, name))


def r_lo_2021(name, meta, rows):
    d = new_doc(font="Arial", size=10.5)
    header_footer(d, header="LO – Rapportering NKPS 2021", footer="Landsorganisasjonen i Norge", page=True)
    para(d, "LOs rapportering for 2021", bold=True, size=16)
    para(d, "LO i tall: nær 1 million medlemmer i 24 forbund. LO deltok i fire møter i Kompetansepolitisk råd i "
            "2021 (11. februar, 6. mai, 23. september og 2. desember).")
    sections = [("Læring i arbeidslivet og kompetansereformen", ["2.1", "2.2"]),
                ("Yrkesfag og fagopplæring", ["2.3"]),
                ("Voksne med svak tilknytning til arbeidslivet", ["3.3"])]
    for title, codes in sections:
        d.add_heading(f"{title} (delmål {codes_og(codes)})", level=2)
        for r in rows:
            if r["codes"] != codes:
                continue
            p = runs(d, [(r["title"], "b"), (f" ({r['tp']}). ", ""),
                         (r["desc"] + " ", ""), (f"Ansvar: {r['resp']}. ", "")])
            if r["partners"]:
                p.add_run(f"Samarbeid: {join_og(r['partners'])}. ")
            p.add_run(f"Periode: {r['period']}.")
    para(d, "")
    para(d, "Kontakt: LO, samfunnspolitisk avdeling")
    d.save(os.path.join(OUT, name))


def r_reg_2021(name, meta, rows):
    s = rl_styles("LS", 10)

    def deco(c, doc):
        c.saveState(); c.setFont("LS", 8)
        c.drawString(2 * cm, 1.2 * cm, f"Side {doc.page + 11} | Rapport 2021")
        c.drawRightString(A4[0] - 2 * cm, A4[1] - 1.2 * cm, "Regjeringens rapportering – Kunnskapsdepartementet"); c.restoreState()

    story = [Paragraph("Kap. 4 Oppfølging av Nasjonal kompetansepolitisk strategi", s["h1"]),
             Paragraph("Strategien gjaldt for 2017–2021. Kompetanse Norge ble 1. juli 2021 en del av Direktoratet "
                       "for høyere utdanning og kompetanse (HK-dir). Tabell 4.1 viser antall rapporterte tiltak.",
                       s["n"]), Spacer(1, 0.2 * cm)]
    tt = Table([["Tabell 4.1", "2019", "2020", "2021"], ["Hovedinnsatsområde 1", "3", "3", "2"],
                ["Hovedinnsatsområde 2", "5", "6", "4"], ["Hovedinnsatsområde 3", "4", "3", "3"]])
    tt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 8.5), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black)]))
    story.append(tt)
    secs = {"1": "4.1 Gode valg for den enkelte og for samfunnet", "2": "4.2 Læring i arbeidslivet",
            "3": "4.3 Styrke kompetansen til voksne med svak tilknytning til arbeidslivet"}
    cur = None
    for r in rows:
        area = r["codes"][0][0]
        if area != cur:
            cur = area; story.append(Paragraph(secs[area], s["h2"]))
        kv = Table([[Paragraph(k, s["cellb"]), Paragraph(esc(v), s["cell"])] for k, v in
                    [("Delmål", codes_og(r["codes"])), ("Type", r["tp"]), ("Ansvar", r["resp"]),
                     ("Samarbeid", join_comma(r["partners"])), ("Periode", r["period"])]],
                   colWidths=[2.8 * cm, 11 * cm])
        kv.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey)]))
        story.append(KeepTogether([Paragraph(esc(r["title"]), s["b"]), Paragraph(esc(r["desc"]), s["n"]), kv,
                                   Spacer(1, 0.3 * cm)]))
    SimpleDocTemplate(os.path.join(OUT, name), pagesize=A4).build(story, onFirstPage=deco, onLaterPages=deco)


def r_vestland_2021(name, meta, rows):
    d = new_doc(font="Liberation Sans", size=10.5)
    header_footer(d, header="Vestland fylkeskommune", footer="Rapportering til Kompetansepolitisk råd 2021",
                  page=True)
    para(d, "Rapportering 2021 – Vestland fylkeskommune", bold=True, size=15)
    para(d, "Vestland fylkeskommune vart skipa 1. januar 2020 ved samanslåing av Hordaland og Sogn og Fjordane. "
            "Under følgjer tiltaka våre i skjemaet frå sekretariatet.")
    for r in rows:
        kv_table(d, [("Namn på tiltak", r["title"]), ("Delmål", codes_og(r["codes"])), ("Type tiltak", r["tp"]),
                     ("Ansvarleg", r["resp"]), ("Samarbeidspartnarar", join_og(r["partners"])),
                     ("Tidsrom", r["period"]), ("Skildring", r["desc"])], widths_cm=(4.3, 12))
        para(d, "")
    kv_table(d, [("Kontaktperson", "Seniorrådgjevar Oddny Hauge, Opplæring og kompetanse"),
                 ("Telefon", "55 23 90 00")], widths_cm=(4.3, 12))
    tmp = os.path.join(LO_TMP, "Vestland_fk_rapport_2021.docx")
    os.makedirs(LO_TMP, exist_ok=True)
    d.save(tmp)
    lo_convert(tmp, os.path.join(OUT, name))


class MemoPDF(FPDF):
    def footer(self):
        self.set_y(-12); self.set_font("DV", "", 7)
        self.cell(0, 5, f"{self.page_no()}", align="R")


def r_spekter_2022(name, meta, rows):
    pdf = MemoPDF(); fpdf_fonts(pdf); pdf.add_page()
    pdf.set_font("DV", "B", 20); pdf.cell(0, 10, "Notat", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 10)
    for k, v in [("Fra:", "Spekter, avdeling for samfunnskontakt"),
                 ("Til:", "HK-dir, sekretariatet for Kompetansepolitisk råd"),
                 ("Dato:", "30.11.2022"), ("Sak:", "Spekters rapportering 2022")]:
        pdf.cell(20, 6, k); pdf.cell(0, 6, v, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.multi_cell(0, 5.5, "Spekter rapporterer i år seks tiltak, fordelt på to delmål.", new_x="LMARGIN",
                   new_y="NEXT")
    heads = {"2.3": "2.3 Karrieremuligheter i yrkesfag", "2.2": "2.2 Kunnskap om læring i arbeidslivet"}
    cur = None
    for r in rows:
        c = r["codes"][0]
        if c != cur:
            cur = c; pdf.ln(3); pdf.set_font("DV", "B", 12)
            pdf.cell(0, 7, heads[c], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 10)
        text = f"{r['title']} ({r['tp']}): {r['desc']} Ansvar: {r['resp']}."
        if r["partners"]:
            text += f" Samarbeid: {join_og(r['partners'])}."
        text += f" Periode: {r['period']}."
        pdf.set_x(pdf.l_margin + 3); pdf.cell(4, 5.5, "•")
        pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
    pdf.ln(4); pdf.multi_cell(0, 5.5, "Med hilsen\nSpekter", new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(OUT, name))


def r_hkdir_2022(name, meta, rows):
    s = rl_styles("DV", 10)

    def deco(c, doc):
        c.saveState(); c.setFont("DV", 7.5)
        c.drawString(2 * cm, 1.1 * cm, "Direktoratet for høyere utdanning og kompetanse (HK-dir)")
        c.drawRightString(A4[0] - 2 * cm, 1.1 * cm, f"{doc.page}"); c.restoreState()

    story = [Paragraph("HK-dir: Rapportering til Kompetansepolitisk råd 2022", s["h1"]),
             Paragraph("Om HK-dir: Direktoratet ble etablert 1. juli 2021 ved sammenslåing av Kompetanse Norge, "
                       "Diku og Unit. HK-dir er sekretariat for Kompetansepolitisk råd.", s["n"]),
             Spacer(1, 0.2 * cm), Paragraph("Nøkkeltall 2022", s["b"])]
    nk = Table([["Søknader om tilskudd", "1 412"], ["Innvilgede prosjekter", "389"],
                ["Besøk på karriereveiledning.no", "2,1 mill."]], colWidths=[7 * cm, 3 * cm])
    nk.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 8.5), ("GRID", (0, 0), (-1, -1), 0.25, colors.grey)]))
    story.append(nk)
    cur = None
    block = []

    def flush():
        if block:
            t = Table([[Paragraph(h, s["cellb"]) for h in ["Tiltak", "Type", "Ansvar", "Samarbeid", "Periode"]]] +
                      block, colWidths=[5.0 * cm, 3.5 * cm, 1.6 * cm, 3.9 * cm, 2.6 * cm])
            t.setStyle(GRID); story.append(t); block.clear()

    for r in rows:
        c = r["codes"][0]
        if c != cur:
            flush(); cur = c
            story.append(Paragraph(f"Delmål {c} {WORDS[c].lower()}", s["h2"]))
        block.append([Paragraph(esc(x), s["cell"]) for x in
                      [r["title"], r["tp"], r["resp"], join_og(r["partners"]) if r["partners"] else "–",
                       r["period"]]])
    flush()
    SimpleDocTemplate(os.path.join(OUT, name), pagesize=A4).build(story, onFirstPage=deco, onLaterPages=deco)


def r_nho_2023(name, meta, rows):
    d = new_doc(font="Liberation Sans", size=10, landscape=True, margins_cm=1.5)
    header_footer(d, header="NHO – Rapportering 2023", footer="Næringslivets Hovedorganisasjon", page=True)
    para(d, "NHOs rapportering til Kompetansepolitisk råd 2023", bold=True, size=15)
    para(d, "Delmålene er angitt med stikkord fra strategien.¹")
    areas = {"1": "Gode valg", "2": "Læring i arbeidslivet", "3": "Voksne med svak tilknytning"}
    order = sorted(range(len(rows)), key=lambda i: rows[i]["codes"][0][0])
    assert order == sorted(order), "rows must be grouped by area"
    t = table(d, ["Innsatsområde", "Tiltak", "Delmål", "Type", "Ansvarlig", "Partnere"],
              [[areas[r["codes"][0][0]], r["title"], words(r["codes"]), r["tp"], r["resp"],
                join_og(r["partners"])] for r in rows], widths_cm=[3.2, 6.5, 6.0, 2.5, 2.5, 4.5], font_size=9)
    # merge the area column over consecutive rows
    start = 1
    for i in range(1, len(rows) + 1):
        end_group = (i == len(rows)) or (rows[i]["codes"][0][0] != rows[i - 1]["codes"][0][0])
        if end_group:
            if i > start:
                a = t.cell(start, 0); b = t.cell(i, 0)
                txt = a.text
                m = a.merge(b); m.text = ""; m.paragraphs[0].add_run(txt).font.size = Pt(9)
            start = i + 1
    para(d, "¹ Tiltak der NHO bare er samarbeidspartner, er tatt med når NHO har bidratt aktivt.", size=8)
    tmp = os.path.join(LO_TMP, "NHO_rapportering_2023.docx")
    os.makedirs(LO_TMP, exist_ok=True)
    d.save(tmp)
    lo_convert(tmp, os.path.join(OUT, name))


def r_mr_2023(name, meta, rows):
    d = new_doc(font="Calibri", size=11)
    header_footer(d, header="Notat – Møre og Romsdal fylkeskommune", footer="Saksnr. 2023/1187", page=True)
    para(d, "Notat: Rapportering på kompetansetiltak 2023", bold=True, size=15)
    para(d, "Til: Kompetansepolitisk råd v/ HK-dir      Frå: Seksjon for kompetanse og næring")
    for r in rows:
        d.add_heading(r["title"], level=2)
        para(d, f"Delmål: {codes_og(r['codes'])}")
        para(d, f"Type: {r['tp']}")
        para(d, f"Ansvarleg: {r['resp']}")
        para(d, f"Partnarar: {join_og(r['partners'])}")
        para(d, f"Periode: {r['period']}")
        para(d, r["desc"])
    d.add_heading("Møte i Kompetansealliansen 2023", level=3)
    for m in ["14. mars – Ålesund", "12. juni – Molde", "3. oktober – Kristiansund"]:
        para(d, m, style="List Bullet")
    para(d, "Kontakt: rådgjevar Synnøve Rise, tlf. 71 28 00 00")
    d.save(os.path.join(OUT, name))


def r_vofo_2023(name, meta, rows):
    d = new_doc(font="Verdana", size=9.5)
    header_footer(d, header=None, footer="VOFO 2023", page=True)
    para(d, "VOFO – oppfølging av kompetansepolitikken 2023", bold=True, size=14)
    para(d, "Studieforbundene hadde om lag 470 000 deltakere i 2023, en økning på 6 prosent fra året før.")
    table(d, ["Tiltak", "Delmål", "Tiltakstype", "Kommentar"],
          [[r["title"], codes_og(r["codes"]), r["tp"], r["desc"]] for r in rows], widths_cm=[6.5, 1.8, 2.5, 6.2])
    para(d, "")
    para(d, "Vennlig hilsen\nVoksenopplæringsforbundet")
    d.save(os.path.join(OUT, name))


def r_ks_2024(name, meta, rows):
    d = new_doc(font="Calibri", size=10.5)
    header_footer(d, header="KS", footer="KS – Rapport NKPS 2024", page=True)
    para(d, "KS' rapport om kompetansetiltak 2024", bold=True, size=16)
    para(d, "Innhold", bold=True)
    for line in ["1 Innledning ........ 1", "2 Tiltak ........ 2", "3 Kontakt ........ 4"]:
        para(d, line)
    para(d, "1 Innledning", bold=True, size=13)
    para(d, "Kommunesektoren har om lag 14 500 lærlinger. KS rapporterer åtte tiltak i 2024.")
    para(d, "2 Tiltak", bold=True, size=13)
    for i, r in enumerate(rows, 1):
        t = d.add_table(rows=1, cols=2); t.style = "Table Grid"
        m = t.rows[0].cells[0].merge(t.rows[0].cells[1]); m.text = ""
        rr = m.paragraphs[0].add_run(f"Tiltak {i}"); rr.bold = True
        shade(m, "1F4E79"); rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for k, v in [("Tiltak", r["title"]), ("Delmål", "Delmål " + codes_og(r["codes"])), ("Type", r["tp"]),
                     ("Ansvarlig", r["resp"]), ("Partnere", join_og(r["partners"]) if r["partners"] else "–"),
                     ("Periode", r["period"]), ("Beskrivelse", r["desc"])]:
            cells = t.add_row().cells; cells[0].text = k; cells[1].text = v
        for row in t.rows[1:]:
            row.cells[0].width = Cm(3.5); row.cells[1].width = Cm(12.5)
        para(d, "")
    para(d, "3 Kontakt", bold=True, size=13)
    para(d, "KS, avdeling for arbeidsgiverpolitikk, ks@ks.no")
    d.save(os.path.join(OUT, name))


def r_reg_2025(name, meta, rows):
    d = new_doc(font="Calibri", size=11)
    header_footer(d, header="Regjeringen – statusrapport 2025", footer="Kunnskapsdepartementet", page=True)
    para(d, "Statusrapport 2025: Regjeringens kompetansepolitiske tiltak", bold=True, size=16)
    para(d, "Fra 1. januar 2024 er ansvaret for høyere utdanning og forskning flyttet til Forsknings- og høyere "
            "utdanningsdepartementet (FHD). Ansvaret for integrering ligger i Arbeids- og "
            "inkluderingsdepartementet (AID).")
    areas = {"1": "Gode valg for den enkelte og for samfunnet", "2": "Læring i arbeidslivet",
             "3": "Styrke kompetansen til voksne med svak tilknytning til arbeidslivet"}
    cur_a = cur_d = None
    for r in rows:
        c = r["codes"][0]
        if c[0] != cur_a:
            cur_a = c[0]; d.add_heading(f"Hovedinnsatsområde {c[0]}: {areas[c[0]]}", level=1)
        if c != cur_d:
            cur_d = c; d.add_heading(f"Delmål {c} – {WORDS[c]}", level=2)
        title_runs = [(r["title"], "b")]
        if len(r["codes"]) > 1:
            title_runs.append((" (også delmål " + codes_og(r["codes"][1:]) + ")", ""))
        runs(d, title_runs)
        para(d, f"Type: {r['tp']}. Ansvar: {r['resp']}. Samarbeid: {join_og(r['partners'])}. "
                f"Periode: {r['period']}.", size=9.5)
        para(d, r["desc"])
    para(d, "Antall tiltak per hovedinnsatsområde", bold=True)
    table(d, ["Område", "2021", "2025"], [["1", "2", "2"], ["2", "4", "4"], ["3", "3", "2"]], widths_cm=[3, 2, 2])
    d.save(os.path.join(OUT, name))


RENDER = {
    "spekter_2017_rapportering_nkps.pdf": r_spekter_2017,
    "LO_brev_kompetansepolitisk_raad_2017.docx": r_lo_2017,
    "KS_oppfolging_NKPS_2017.docx": r_ks_2017,
    "Regjeringen_rapport_NKPS_2018.docx": r_reg_2018,
    "LO_rapport_2018.pdf": r_lo_2018,
    "NHO_kompetansetiltak_2018.pdf": r_nho_2018,
    "MRfk_rapportering_2018.docx": r_mr_2018,
    "VOFO_rapport_2018.pdf": r_vofo_2018,
    "Spekter_NKPS_2019.docx": r_spekter_2019,
    "KS_rapport_2019.pdf": r_ks_2019,
    "Virke_innspill_rapportering_2019.docx": r_virke_2019,
    "NHO_2020_oversikt.docx": r_nho_2020,
    "MRfk_aarsmelding_2020_kap5.pdf": r_mr_2020,
    "LO_rapportering_NKPS_2021.docx": r_lo_2021,
    "Regjeringen_2021_kap4_oppfolging.pdf": r_reg_2021,
    "Vestland_fk_rapport_2021.pdf": r_vestland_2021,
    "Spekter_notat_2022.pdf": r_spekter_2022,
    "HK-dir_rapport_kompetansepolitisk_raad_2022.pdf": r_hkdir_2022,
    "NHO_rapportering_2023.pdf": r_nho_2023,
    "MRfk_notat_kompetanse_2023.docx": r_mr_2023,
    "VOFO_oppfolging_2023.docx": r_vofo_2023,
    "KS_rapport_NKPS_2024.docx": r_ks_2024,
    "Regjeringen_statusrapport_2025.docx": r_reg_2025,
}


def ground_truth():
    exp = {}
    seen = {}  # (reporter, tid) -> earliest year
    for name, meta in FILES.items():
        for r in R(meta["rows"]):
            k = (meta["reporter"], r["tid"])
            seen[k] = min(seen.get(k, 9999), meta["year"])
    for name, meta in FILES.items():
        ms = []
        for r in R(meta["rows"]):
            ms.append({
                "title": r["title"], "delmal": sorted(r["codes"]),
                "type": TYPE_MAP[r["tp"]] if r["tp"] else None,
                "responsible": r["resp"], "partners": list(r["partners"]), "period": r["period"],
                "description": r["desc"], "tiltak_id": r["tid"],
                "continues": seen[(meta["reporter"], r["tid"])] < meta["year"],
            })
        exp[name] = {"reporter": meta["reporter"], "report_year": meta["year"], "measures": ms}
    return exp


def near_misses(exp):
    by_tid = {}
    for f, v in exp.items():
        for m in v["measures"]:
            by_tid.setdefault(m["tiltak_id"], []).append([f, m["title"]])
    pairs = []
    seen = set()
    for _, tids in NEAR_MISS_GROUPS:
        for a, b in itertools.combinations(tids, 2):
            assert a in by_tid and b in by_tid, (a, b)
            for x in by_tid[a]:
                for y in by_tid[b]:
                    key = tuple(sorted([tuple(x), tuple(y)]))
                    if key not in seen:
                        seen.add(key); pairs.append([x, y])
    return pairs


def main():
    only = sys.argv[1:]
    for name, meta in FILES.items():
        if only and name not in only:
            continue
        RENDER[name](name, meta, R(meta["rows"]))
        print("built", name)
    exp = ground_truth()
    with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
    nm = near_misses(exp)
    with open(os.path.join(OUT, "near_misses.json"), "w", encoding="utf-8") as fh:
        json.dump(nm, fh, ensure_ascii=False, indent=1)
    print("measures", sum(len(v["measures"]) for v in exp.values()), "near-miss pairs", len(nm))


if __name__ == "__main__":
    main()
