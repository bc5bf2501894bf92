# -*- coding: utf-8 -*-
"""Word templates (python-docx). One function per template name."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

from .data import DELMAL_TEXT, AREA

GREY = RGBColor(0x70, 0x70, 0x70)


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def base(font="Calibri", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
    return d


def landscape(d):
    s = d.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.6)


def para(cell_or_doc, text="", bold=False, italic=False, size=None, color=None, style=None, align=None):
    p = cell_or_doc.add_paragraph(style=style) if style else cell_or_doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = color
    if align:
        p.alignment = align
    return p


def cell_text(cell, text, bold=False, size=None, italic=False, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = color
    return p


def ty_nb(t):
    return t


def ty_nn(t):
    return {"Råd/utvalg/nettverk": "Råd/utval/nettverk", "Annet": "Anna"}.get(t, t)


def partners_txt(r, empty="–"):
    return ", ".join(r["partners"]) if r["partners"] else empty


def old_txt(r):
    nums = r["old"]
    if len(nums) == 1:
        return "nr. %d" % nums[0]
    return "nr. " + ", ".join(str(n) for n in nums[:-1]) + " og %d" % nums[-1]


# ------------------------------------------------------------------ YS 2017
def captioned_hva_hvem_naar(f, path):
    d = base("Arial", 10.5)
    d.add_heading("Rapportering fra YS – oppfølging av Nasjonal kompetansepolitisk strategi 2017", 0)
    para(d, "YS viser til vedtaket i Kompetansepolitisk råd om årlig rapportering. Nedenfor følger våre tiltak "
            "for 2017, ett per tabell. Hver tabell viser hva vi gjør, hvem som er med og når tiltaket "
            "gjennomføres, og hvilke av strategiens 16 tiltak (NKPS-tiltak nr. 1–16) vi bidrar til.")
    n = 1
    para(d, "Tabell %d: YS-forbund som har bidratt til rapporten" % n, style="Caption")
    t = d.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Forbund", "Medlemmer", "Forbund", "Medlemmer"]):
        cell_text(t.cell(0, i), h, bold=True)
    for i, v in enumerate(["Parat", "ca. 38 000", "Delta", "ca. 84 000"]):
        cell_text(t.cell(1, i), v)
    d.add_paragraph()
    for r in f["rows"]:
        n += 1
        para(d, "Tabell %d: %s" % (n, r["title"]), style="Caption")
        t = d.add_table(rows=3, cols=3)
        t.style = "Table Grid"
        for i, h in enumerate(["Hva gjør vi?", "Hvem er med?", "Når?"]):
            cell_text(t.cell(0, i), h, bold=True)
            shade(t.cell(0, i), "DCE6F1")
        cell_text(t.cell(1, 0), r["desc"])
        c = t.cell(1, 1)
        cell_text(c, "Ansvarlig: " + r["resp"])
        c.add_paragraph("Med: " + partners_txt(r))
        cell_text(t.cell(1, 2), r["period"])
        m = t.cell(2, 0).merge(t.cell(2, 2))
        cell_text(m, "Bidrar til NKPS-tiltak %s · Type: %s" % (old_txt(r), r["ty"]), italic=True, size=9)
        d.add_paragraph()
    n += 1
    para(d, "Tabell %d: Kontaktpersoner i YS" % n, style="Caption")
    t = d.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Navn", "Rolle", "E-post"]):
        cell_text(t.cell(0, i), h, bold=True)
    for j, row in enumerate([["Kari Nordmann", "Rådgiver kompetanse", "kari.nordmann@ys.no"],
                             ["Ola Hansen", "Fagsjef", "ola.hansen@ys.no"]]):
        for i, v in enumerate(row):
            cell_text(t.cell(j + 1, i), v)
    d.save(path)


# ------------------------------------------------------------------ KS 2018
MONTHS = ["Hele året", "Januar", "Februar", "Mars", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Desember"]


def aarshjul_month_table(f, path):
    d = base("Calibri", 10)
    landscape(d)
    d.add_heading("KS – årshjul for kompetansetiltak 2018", 1)
    para(d, "Årshjulet viser KS' oppfølging av Nasjonal kompetansepolitisk strategi måned for måned. Tiltak "
            "som går hele året står øverst.", italic=True)
    slot = {}
    for r in f["rows"]:
        m = r["period"].split("–")[0]
        slot.setdefault(m, []).append(r)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Måned", "Aktivitet", "Delmål og type", "Ansvar – samarbeid"]):
        cell_text(t.cell(0, i), h, bold=True)
        shade(t.cell(0, i), "F2DCDB")
    for m in MONTHS:
        rs = slot.get(m, [])
        if m == "Desember":
            row = t.add_row().cells
            cell_text(row[0], "Desember", bold=True)
            cell_text(row[1], "Frist: rapport til Kompetansepolitisk råd sendes Kompetanse Norge")
            cell_text(row[2], "–")
            cell_text(row[3], "KS sekretariat")
            continue
        if not rs:
            row = t.add_row().cells
            cell_text(row[0], m, bold=True)
            for c in row[1:]:
                cell_text(c, "–")
            continue
        for r in rs:
            row = t.add_row().cells
            cell_text(row[0], r["period"], bold=True)
            p = cell_text(row[1], r["title"], bold=True)
            row[1].add_paragraph(r["desc"]).runs[0].font.size = Pt(9)
            cell_text(row[2], "Delmål " + " og ".join(r["dm"]))
            row[2].add_paragraph(r["ty"])
            cell_text(row[3], "Ansvar: " + r["resp"])
            if r["partners"]:
                row[3].add_paragraph("Samarbeid: " + ", ".join(r["partners"]))
    for row in t.rows:
        row.cells[0].width = Cm(3)
        row.cells[1].width = Cm(11)
    d.save(path)


# ------------------------------------------------------------------ LO 2019
def superscript_delmal_list(f, path):
    d = base("Georgia", 11)
    d.add_heading("LOs rapportering til Kompetansepolitisk råd 2019", 1)
    para(d, "Hevet skrift etter tittelen viser hvilke delmål i Nasjonal kompetansepolitisk strategi tiltaket "
            "bidrar til.", italic=True, color=GREY)
    d.add_heading("Tiltak 2019", 2)
    for r in f["rows"]:
        p = d.add_paragraph(style="List Bullet")
        b = p.add_run(r["title"])
        b.bold = True
        s = p.add_run(", ".join(r["dm"]))
        s.font.superscript = True
        fl = "%s – ansvarlig: %s" % (r["ty"], r["resp"])
        if r["partners"]:
            fl += ", med " + ", ".join(r["partners"])
        fl += " – " + r["period"]
        q = d.add_paragraph()
        q.paragraph_format.left_indent = Cm(0.63)
        x = q.add_run(fl)
        x.italic = True
        x.font.size = Pt(9.5)
        q2 = d.add_paragraph(r["desc"])
        q2.paragraph_format.left_indent = Cm(0.63)
    d.add_heading("Budsjett", 2)
    para(d, "LO har satt av 1,2 mill. kroner til kompetansearbeid i 2019, hovedsakelig til kurs og "
            "konferanser.")
    d.add_heading("Kontakt", 2)
    para(d, "Spørsmål om rapporten kan rettes til LOs avdeling for utdanning og kompetanse.")
    d.save(path)


# ------------------------------------------------------------------ Vestland 2020 (nn)
def grouped_by_ansvarleg_table_nn(f, path):
    d = base("Calibri", 9.5)
    landscape(d)
    d.add_heading("Handlingsprogram for kompetanse 2020 – Vestland fylkeskommune", 1)
    para(d, "Rapportering til Kompetansepolitisk råd. Tiltaka er ordna etter kven som har ansvaret.")
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["Tiltak", "Delmål", "Type", "Samarbeid", "Periode", "Kort om tiltaket"]):
        cell_text(t.cell(0, i), h, bold=True)
        shade(t.cell(0, i), "BDD7EE")
    cur = None
    for r in f["rows"]:
        if r["resp"] != cur:
            cur = r["resp"]
            row = t.add_row().cells
            m = row[0].merge(row[5])
            cell_text(m, "Ansvarleg: " + cur, bold=True)
            shade(m, "EDEDED")
        row = t.add_row().cells
        cell_text(row[0], r["title"])
        cell_text(row[1], ", ".join(r["dm"]))
        cell_text(row[2], ty_nn(r["ty"]))
        cell_text(row[3], partners_txt(r))
        cell_text(row[4], r["period"])
        cell_text(row[5], r["desc"])
    row = t.add_row().cells
    m = row[0].merge(row[4])
    cell_text(m, "Sum tiltak", bold=True)
    cell_text(row[5], str(len(f["rows"])), bold=True)
    d.add_paragraph()
    para(d, "Budsjett 2020 (1000 kr)", bold=True)
    b = d.add_table(rows=4, cols=2)
    b.style = "Table Grid"
    for i, (a, v) in enumerate([("Post", "Beløp"), ("Karriererettleiing", "12 400"), ("Fagopplæring for vaksne",
                                                                                      "8 900"), ("Sum", "21 300")]):
        cell_text(b.cell(i, 0), a, bold=(i in (0, 3)))
        cell_text(b.cell(i, 1), v, bold=(i in (0, 3)))
    d.save(path)


# ------------------------------------------------------------------ KD 2020 nested
def nested_tables(f, path):
    d = base("Calibri", 9)
    landscape(d)
    d.add_heading("Kunnskapsdepartementet – oppfølging av Nasjonal kompetansepolitisk strategi 2020", 1)
    para(d, "Tabellen viser regjeringens tiltak fordelt på strategiens tre hovedinnsatsområder.")
    area_rows = {"1": [], "2": [], "3": []}
    for r in f["rows"]:
        area_rows[r["dm"][0][0]].append(r)
    outer = d.add_table(rows=1, cols=2)
    outer.style = "Table Grid"
    cell_text(outer.cell(0, 0), "Hovedinnsatsområde", bold=True)
    cell_text(outer.cell(0, 1), "Tiltak", bold=True)
    for a in "123":
        row = outer.add_row().cells
        cell_text(row[0], "%s. %s" % (a, AREA[a]), bold=True)
        shade(row[0], "E2EFDA")
        inner = row[1].add_table(rows=1, cols=7)
        inner.style = "Table Grid"
        for i, h in enumerate(["Tiltak", "Delmål", "Type", "Ansvarlig", "Samarbeid", "Tidsrom", "Merknad"]):
            cell_text(inner.cell(0, i), h, bold=True, size=8)
        for r in area_rows[a]:
            c = inner.add_row().cells
            for i, v in enumerate([r["title"], ", ".join(r["dm"]), r["ty"], r["resp"], partners_txt(r),
                                   r["period"], r["desc"]]):
                cell_text(c[i], v, size=8)
    row = outer.add_row().cells
    cell_text(row[0], "Sum", bold=True)
    cell_text(row[1], "%d tiltak" % len(f["rows"]), bold=True)
    for r in outer.rows:
        r.cells[0].width = Cm(4.5)
        r.cells[1].width = Cm(21)
    d.save(path)


# ------------------------------------------------------------------ Akademikerne letter
def cover_letter_only(f, path):
    d = base("Times New Roman", 11.5)
    t = d.add_table(rows=1, cols=2)
    cell_text(t.cell(0, 0), "AKADEMIKERNE", bold=True, size=16)
    t.cell(0, 0).add_paragraph("Fridtjof Nansens plass 6, 0160 Oslo")
    cell_text(t.cell(0, 1), "Vår ref.: 21/0412-3")
    t.cell(0, 1).add_paragraph("Deres ref.: 21/3375")
    t.cell(0, 1).add_paragraph("Dato: 10. desember 2021")
    d.add_paragraph()
    para(d, "Direktoratet for høyere utdanning og kompetanse")
    para(d, "Postboks 1093, 5809 Bergen")
    d.add_paragraph()
    para(d, "Oversendelse av Akademikernes rapportering for 2021", bold=True, size=13)
    para(d, "Vi viser til brev av 15. oktober 2021 med invitasjon til å rapportere på oppfølgingen av "
            "Nasjonal kompetansepolitisk strategi.")
    para(d, "Akademikernes rapport for 2021 følger vedlagt som egen brosjyre. I år har vi valgt å presentere "
            "tiltakene i samme format som vi bruker overfor medlemsforeningene. Vi ber om at brosjyren "
            "publiseres sammen med de øvrige rådsmedlemmenes rapporter.")
    para(d, "Vi ser fram til videre samarbeid i Kompetansepolitisk råd og stiller gjerne på et møte for å "
            "utdype rapporteringen.")
    d.add_paragraph()
    para(d, "Med vennlig hilsen")
    para(d, "Akademikerne")
    d.add_paragraph()
    para(d, "Vedlegg: Akademikerne_brosjyre_2021.pdf", italic=True)
    d.save(path)


# ------------------------------------------------------------------ KS 2022 multi-year
STATUS_EARLIER = {
    "KSDIG": ("Tre nye kommunenettverk; digitale samlinger under pandemien.",
              "Evaluering gjennomført; prosjektet forlenget ut 2022."),
    "KS_LAERING": ("Bruken tredoblet under nedstengningen.", "Nye kurs om hjemmekontor og digital ledelse."),
    "KS_MENN": ("Seks nye kull.", "Ordningen utvidet til flere fylker."),
    "KS_MONITOR": ("Egen koronautgave.", "Utgitt i september."),
    "SAMFK": ("Kontrakten for 2016–2020 avsluttet.", "Forhandlinger om ny kontrakt."),
    "KARFORUM": ("Digitale møter.", "Forumet overført til HK-dir fra 1. juli."),
    "BR_HO": ("Programmet startet høsten 2020.", "Nye moduler i velferdsteknologi."),
    "KS_HELSEFAG": (None, "Kartlegging av behov i 80 kommuner."),
    "KS_KONF22": (None, None),
}


def multiyear_status_table(f, path):
    d = base("Calibri", 9.5)
    landscape(d)
    d.add_heading("KS – status for kompetansetiltak 2020–2022", 1)
    para(d, "Tabellen viser utviklingen i KS' tiltak under Nasjonal kompetansepolitisk strategi de siste tre "
            "årene. Tiltak som startet senere har '–' i årene før.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Tiltak", "2020", "2021", "2022"]):
        cell_text(t.cell(0, i), h, bold=True)
        shade(t.cell(0, i), "FCE4D6")
    for r in f["rows"]:
        c = t.add_row().cells
        cell_text(c[0], r["title"], bold=True)
        meta = "Delmål %s · %s · Ansvar: %s" % (", ".join(r["dm"]), r["ty"], r["resp"])
        if r["partners"]:
            meta += " · Med: " + ", ".join(r["partners"])
        meta += " · Periode: " + r["period"]
        p = c[0].add_paragraph()
        x = p.add_run(meta)
        x.font.size = Pt(8)
        x.font.color.rgb = GREY
        y20, y21 = STATUS_EARLIER[r["key"]]
        cell_text(c[1], y20 or "–")
        cell_text(c[2], y21 or "–")
        cell_text(c[3], r["desc"])
    for row in t.rows:
        row.cells[0].width = Cm(8)
    d.save(path)


# ------------------------------------------------------------------ LO 2023 OKR
OBJ = [("O1", "Læring i arbeidslivet skal bli en del av hverdagen", ["LO_TV", "BR_IND", "LO_TARIFF", "MATIND"]),
       ("O2", "LO skal ha innflytelse der kompetansepolitikken formes", ["KBU", "LO_KONF23"]),
       ("O3", "Alle kvalifiserte søkere skal få læreplass", ["SAMFK", "LAERKONF"])]
PCT = {"LO_TV": 60, "BR_IND": 80, "LO_TARIFF": 40, "MATIND": 50, "KBU": 100, "LO_KONF23": 100, "SAMFK": 70,
       "LAERKONF": 100}


def okr_objectives_keyresults(f, path):
    d = base("Segoe UI", 10)
    d.add_heading("LO – mål og nøkkelresultater for kompetanse 2023", 1)
    para(d, "Vi rapporterer i år i OKR-format: hvert mål (O) har nøkkelresultater (KR) som er våre konkrete "
            "tiltak. Prosenttallet viser måloppnåelse per 31.12.2023.", italic=True)
    byk = {r["key"]: r for r in f["rows"]}
    for i, (o, otxt, keys) in enumerate(OBJ, 1):
        d.add_heading("%s: %s" % (o, otxt), 2)
        for j, k in enumerate(keys, 1):
            r = byk[k]
            p = d.add_paragraph()
            a = p.add_run("KR%d.%d  " % (i, j))
            a.bold = True
            a.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
            b = p.add_run(r["title"])
            b.bold = True
            line = "Eier: %s | Med: %s | Tidsrom: %s | NKPS: %s | Type: %s" % (
                r["resp"], partners_txt(r), r["period"], ", ".join(r["dm"]), r["ty"])
            q = d.add_paragraph()
            z = q.add_run(line)
            z.font.size = Pt(8.5)
            z.font.color.rgb = GREY
            d.add_paragraph("Status: %d %% – %s" % (PCT[k], r["desc"]))
    d.add_heading("Oppsummering", 2)
    para(d, "Gjennomsnittlig måloppnåelse for 2023 er 75 %. Målene for 2024 vedtas i LOs sekretariat i februar.")
    d.save(path)


# ------------------------------------------------------------------ NHO 2024 press releases
HEADLINES = {
    "JENTER": ("Rekordmange jenter valgte teknologi i år", "300 skoler fikk besøk av rollemodeller."),
    "SAMFK": ("Partene fornyer løftet om læreplass til alle", "Samfunnskontrakten er halvveis i perioden."),
    "BRANSJE": ("Tolv bransjer har nå egne kompetanseprogram", "NHO vil gjøre ordningen permanent."),
    "SRY": ("NHO tar ledelsen i Samarbeidsrådet", "Fornyelse av læreplanene står øverst på lista."),
    "MATIND": ("Matindustrien trapper opp kompetanseløftet", "Nå skal også de minste bedriftene med."),
    "NHO_AREN24": ("«Hvem skal betale for at voksne lærer?»", "Fullsatt debatt i Arendal."),
    "NHO_DIGISMB": ("Gratis digitalkurs for små bedrifter", "NHO lanserer nytt tilbud."),
}
DATES = ["12. februar 2024", "4. mars 2024", "18. april 2024", "2. mai 2024", "20. juni 2024", "13. august 2024",
         "9. oktober 2024"]


def press_release_compilation(f, path):
    d = base("Arial", 10.5)
    d.add_heading("NHO – pressemeldinger om kompetanse 2024", 0)
    para(d, "Om denne rapporten: NHO rapporterer i år ved å samle pressemeldingene om våre tiltak under Nasjonal "
            "kompetansepolitisk strategi. Faktaboksen under hver melding gir opplysningene Kompetansepolitisk "
            "råd ber om.", italic=True)
    for i, r in enumerate(f["rows"]):
        if i:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        para(d, "PRESSEMELDING", bold=True, size=9, color=RGBColor(0x00, 0x5A, 0x9C))
        para(d, "Oslo, " + DATES[i], size=9, color=GREY)
        h, lead = HEADLINES[r["key"]]
        d.add_heading(h, 1)
        para(d, lead, italic=True)
        para(d, r["desc"])
        para(d, "– Dette er viktig for å sikre kompetansen norsk næringsliv trenger, sier kompetansedirektøren "
                "i NHO.")
        para(d, "Fakta om tiltaket", bold=True)
        t = d.add_table(rows=6, cols=2)
        t.style = "Table Grid"
        vals = [("Tiltak", r["title"]), ("Delmål", ", ".join(r["dm"])), ("Type", r["ty"]),
                ("Ansvarlig", r["resp"]), ("Samarbeid", partners_txt(r)), ("Periode", r["period"])]
        for j, (a, v) in enumerate(vals):
            cell_text(t.cell(j, 0), a, bold=True)
            shade(t.cell(j, 0), "DEEAF6")
            cell_text(t.cell(j, 1), v)
        d.add_paragraph()
        k = d.add_table(rows=1, cols=1)
        k.style = "Table Grid"
        cell_text(k.cell(0, 0), "Kontakt: NHOs pressevakt, tlf. 23 08 80 00, presse@nho.no", size=9)
    d.save(path)


# ------------------------------------------------------------------ Vestland 2024 template (nn)
GUIDE = [("Namn på tiltaket", "[Skriv eit kort og dekkjande namn på tiltaket]", "title"),
         ("Delmål", "[Oppgje nummeret på delmålet/delmåla i strategien, t.d. 1.3]", "dm"),
         ("Type tiltak", "[Vel ein: FoU, Kurs/utdanning, Råd/utval/nettverk, Prosjekt, Informasjon, "
                         "Arrangement, Anna]", "ty"),
         ("Ansvarleg", "[Kven har hovudansvaret?]", "resp"),
         ("Samarbeidspartnarar", "[List opp samarbeidspartnarar]", "partners"),
         ("Periode", "[Frå–til]", "period"),
         ("Kort omtale", "[Maks 500 teikn]", "desc")]


def template_with_guidance_nn(f, path):
    d = base("Calibri", 10.5)
    d.add_heading("Mal for rapportering – Nasjonal kompetansepolitisk strategi", 1)
    para(d, "Rapporterande eining: Vestland fylkeskommune   Rapporteringsår: 2024", bold=True)
    para(d, "[Fyll ut ein blokk per tiltak. Kopier blokka ved behov. Slett rettleiingsteksten før innsending.]",
         italic=True, color=GREY)

    def block(n, r):
        d.add_heading("Tiltak %d" % n, 2)
        for label, guide, fld in GUIDE:
            p = d.add_paragraph()
            a = p.add_run(label + ": ")
            a.bold = True
            g = p.add_run(guide)
            g.italic = True
            g.font.color.rgb = GREY
            if r is None:
                continue
            v = r[fld]
            if fld == "dm":
                v = ", ".join(v)
            elif fld == "ty":
                v = ty_nn(v)
            elif fld == "partners":
                v = ", ".join(v)
            p.add_run(" " + v)
    for i, r in enumerate(f["rows"], 1):
        block(i, r)
    block(len(f["rows"]) + 1, None)
    d.save(path)


# ------------------------------------------------------------------ Møre og Romsdal 2025 referat (nn)
def meeting_referat_nn(f, path):
    d = base("Cambria", 11)
    d.add_heading("Referat frå dialogmøte om kompetansepolitikk", 1)
    t = d.add_table(rows=3, cols=2)
    for i, (a, v) in enumerate([("Tid", "11. november 2025 kl. 10.00–13.00"), ("Stad", "Fylkeshuset, Molde"),
                                ("Til stades", "Møre og Romsdal fylkeskommune, NHO Møre og Romsdal, LO i Møre og "
                                               "Romsdal, NAV Møre og Romsdal, KS, Høgskolen i Molde")]):
        cell_text(t.cell(i, 0), a, bold=True)
        cell_text(t.cell(i, 1), v)
    d.add_heading("Sak 1/25 Velkomst og godkjenning av innkalling", 2)
    para(d, "Innkalling og sakliste vart godkjende utan merknader.")
    d.add_heading("Sak 2/25 Rapportering til Kompetansepolitisk råd", 2)
    para(d, "Fylkeskommunen orienterte om rapporteringa for 2025. Desse tiltaka vert melde inn:")
    for r in f["rows"]:
        p = d.add_paragraph(style="List Bullet")
        a = p.add_run(r["title"])
        a.bold = True
        inside = "delmål %s; %s; ansvar: %s; saman med %s; %s" % (
            " og ".join(r["dm"]), ty_nn(r["ty"]).lower(), r["resp"], ", ".join(r["partners"]), r["period"])
        p.add_run(" (" + inside + "). " + r["desc"])
    para(d, "Møtet slutta seg til rapporteringa.")
    d.add_heading("Sak 3/25 Eventuelt", 2)
    para(d, "Neste møte vert halde i mars 2026.")
    para(d, "Oppfølgingspunkt", bold=True)
    t = d.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for i, row in enumerate([("Kva", "Kven", "Frist"),
                             ("Sende rapporten til HK-dir", "Fylkeskommunen", "1. desember 2025"),
                             ("Kalle inn til neste dialogmøte", "Fylkeskommunen", "Februar 2026")]):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v, bold=(i == 0))
    d.add_paragraph()
    para(d, "Referent: rådgjevar, seksjon for kompetanse og næring", italic=True)
    d.save(path)
