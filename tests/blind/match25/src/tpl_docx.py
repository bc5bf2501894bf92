# -*- coding: utf-8 -*-
"""Word templates of batch match25 (python-docx). Each render(rep, path) writes the file."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from common import *
from data import old_no, DELMAL_NB, DELMAL_NN


def _old(m):
    return "NKPS tiltak nr. " + join_no([str(old_no(c)) for c in m["dm"]])


# ---------------------------------------------------------------- LO 2017
def arbeidsprogram(rep, path):
    d = Document(); base_font(d, "Cambria", 11)
    d.add_heading("LOs handlingsprogram 2017–2021", 0)
    para(d, "Kapittel 6: Kompetanse og livslang læring", bold=True, size=14, color="C00000")
    para(d, "Utdrag sendt Kompetansepolitisk råd som LOs rapport for 2017. Kapitlet er vedtatt av LO-kongressen i mai 2017.", italic=True)
    para(d, "Arbeidslivet endrer seg raskt. Alle arbeidstakere må få mulighet til å lære hele livet, og "
            "partssamarbeidet er nøkkelen til at kompetanseutvikling skjer på arbeidsplassen.")
    para(d, "LO vil:", bold=True)
    for s in ["at alle arbeidstakere skal ha rett til etter- og videreutdanning med lønn",
              "styrke fagopplæringen og sikre læreplass til alle kvalifiserte søkere",
              "ha en kompetansereform som også omfatter de med kortest utdanning",
              "at norskopplæring for arbeidsinnvandrere blir et felles ansvar for partene"]:
        para(d, s, style="List Bullet")
    d.add_heading("Dette gjør vi – LOs oppfølging av Nasjonal kompetansepolitisk strategi", 1)
    for m in rep["measures"]:
        p = para(d, m["title"], bold=True, size=12)
        p.paragraph_format.space_before = Pt(10); p.paragraph_format.space_after = Pt(0)
        p = para(d, "", space_after=0)
        add_run(p, f"{_old(m)} · {m['ptype']}", italic=True, color="555555")
        p = para(d, "", space_after=0)
        add_run(p, "Ansvarlig: ", bold=True); add_run(p, m["resp"])
        if m["partners"]:
            add_run(p, "   Med: ", bold=True); add_run(p, ", ".join(m["partners"]))
        add_run(p, "   Tid: ", bold=True); add_run(p, m["period"])
        para(d, m["desc"])
    para(d, "LO vil også:", bold=True)
    for s in ["arbeide for en egen kompetansepott i tariffoppgjørene", "følge opp fagskoleløftet"]:
        para(d, s, style="List Bullet")
    para(d, "Vedtatt av LO-kongressen 2017.", italic=True, size=9)
    d.save(path)


# ---------------------------------------------------------------- KS 2017
def rundskriv(rep, path):
    d = Document(); base_font(d, "Arial", 10)
    s = d.sections[0]; s.orientation = WD_ORIENT.LANDSCAPE; s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)
    para(d, "KS", bold=True, size=24, color="1F4E79")
    h = d.add_table(rows=2, cols=4); table_borders(h, "single", 4, "BBBBBB")
    for i, (a, b) in enumerate([("Rundskriv", "B/5-2017"), ("Dato", "12.09.2017"), ("Til", "Kommunene og fylkeskommunene"),
                                ("Saksbehandler", "Ingrid Haugen")]):
        c = h.cell(i // 2, (i % 2) * 2); c.text = a; c.paragraphs[0].runs[0].bold = True
        h.cell(i // 2, (i % 2) * 2 + 1).text = b
    para(d)
    para(d, "Tilbud og tiltak i KS' oppfølging av Nasjonal kompetansepolitisk strategi", bold=True, size=15)
    para(d, "KS rapporterer årlig til Kompetansepolitisk råd. Dette rundskrivet gir en oversikt over tilbudene KS har "
            "satt i gang i 2017, og er samtidig KS' rapport for 2017. Henvisningene gjelder strategiens nummererte tiltak.")
    cols = ["Tiltak", "Kort om", "NKPS-tiltak nr.", "Form", "Ansvar (samarbeid)", "Tid"]
    t = d.add_table(rows=1, cols=6); table_borders(t)
    for i, c in enumerate(cols):
        t.rows[0].cells[i].text = c; t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        set_cell_bg(t.rows[0].cells[i], "D9E2F3")
    for m in rep["measures"]:
        r = t.add_row().cells
        r[0].text = m["title"]; r[0].paragraphs[0].runs[0].bold = True
        r[1].text = m["desc"]
        r[2].text = join_no([str(old_no(c)) for c in m["dm"]])
        r[3].text = m["ptype"]
        r[4].text = m["resp"] + (f" ({', '.join(m['partners'])})" if m["partners"] else "")
        r[5].text = m["period"]
    set_col_widths(t, [5.2, 8.5, 2.4, 3.0, 4.2, 2.4])
    para(d)
    b = d.add_table(rows=1, cols=1); table_borders(b, "single", 8, "1F4E79"); set_cell_bg(b.cell(0, 0), "F2F2F2")
    c = b.cell(0, 0); c.text = ""
    para(c, "Påmelding og frister", bold=True)
    para(c, "Påmelding til nettverkene skjer via ks.no innen 1. november 2017. Spørsmål om KS Læring rettes til brukerstøtte.")
    para(d)
    para(d, "Kontakt: Ingrid Haugen, KS Arbeidsgiverpolitikk, tlf. 24 13 26 00", size=9)
    d.save(path)


# ---------------------------------------------------------------- KS 2019
PEOPLE_KS = [("Marte Lunde", "Spesialrådgiver, Digitalisering", "909 11 223", "marte.lunde@ks.no", [0]),
             ("Harald Øien", "Seniorrådgiver, Arbeidsgiverpolitikk", "917 44 501", "harald.oien@ks.no", [1, 2]),
             ("Siri Nakken", "Rådgiver, Regional utvikling", "952 30 118", "siri.nakken@ks.no", [3, 4])]


def staff_cards(rep, path):
    d = Document(); base_font(d, "Calibri", 10.5)
    para(d, "KS – kompetansepolitisk arbeid 2019", bold=True, size=20, color="00507D")
    para(d, "Rapport til Kompetansepolitisk råd. Her presenterer vi kontaktpersonene våre og tiltakene hver av dem følger opp.", italic=True)
    ms = rep["measures"]
    for name, role, tel, mail, idx in PEOPLE_KS:
        t = d.add_table(rows=1, cols=2); table_borders(t, "single", 6, "00507D")
        set_col_widths(t, [3, 13])
        a, b = t.rows[0].cells
        set_cell_bg(a, "D0D7DE"); a.text = "[foto]"
        a.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        b.text = ""
        para(b, name, bold=True, size=13)
        para(b, role, italic=True)
        para(b, f"Tlf.: {tel}   E-post: {mail}", size=9, color="555555")
        p = para(d, "Tiltak jeg følger opp:", bold=True, color="00507D"); p.paragraph_format.space_before = Pt(6)
        for i in idx:
            m = ms[i]
            p = para(d, "", style="List Bullet", space_after=0)
            add_run(p, m["title"], bold=True)
            p = para(d, "", space_after=0); p.paragraph_format.left_indent = Cm(0.63)
            add_run(p, f"Delmål {dm_codes(m)} · {m['ptype']} · Ansvar: {m['resp']}", size=9, color="444444")
            if m["partners"]:
                add_run(p, f" · Samarbeid: {', '.join(m['partners'])}", size=9, color="444444")
            add_run(p, f" · {m['period']}", size=9, color="444444")
            p = para(d, m["desc"]); p.paragraph_format.left_indent = Cm(0.63)
        para(d)
    t = d.add_table(rows=1, cols=1); table_borders(t); set_cell_bg(t.cell(0, 0), "EEEEEE")
    t.cell(0, 0).text = "Sentralbord KS: 24 13 26 00 · ks@ks.no · Haakon VIIs gate 9, Oslo"
    d.save(path)


# ---------------------------------------------------------------- Unio 2020
def conference(rep, path):
    d = Document(); base_font(d, "Calibri", 10.5)
    ms = rep["measures"]; conf = ms[0]
    para(d, "Unio", bold=True, size=22, color="8B1A3D")
    para(d, "PROGRAM", bold=True, size=16)
    para(d, "15. oktober 2020 · Thon Hotel Opera, Oslo og strømmet digitalt", italic=True)
    box = d.add_table(rows=1, cols=1); table_borders(box, "single", 8, "8B1A3D"); c = box.cell(0, 0); set_cell_bg(c, "F7E8EC")
    c.text = ""
    para(c, "Rapportert til Kompetansepolitisk råd", bold=True, size=9, color="8B1A3D")
    p = para(c, ""); add_run(p, conf["title"], bold=True, size=12)
    para(c, f"Delmål {dm_codes(conf)} · {conf['ptype']} · Ansvar: {conf['resp']} · Med: {', '.join(conf['partners'])} · {conf['period']}", size=9)
    para(c, conf["desc"])
    para(d)
    slots = [("09.00", "Registrering og kaffe", "", None),
             ("09.30", "Velkommen", "Ragnhild Lied, leder i Unio", None),
             ("09.45", None, "Lise Bergan, NSF", 1),
             ("10.30", None, "Ingrid Moe, Unio", 2),
             ("11.15", "Pause", "", None),
             ("11.30", None, "Hanne Solberg, Utdanningsforbundet", 5),
             ("12.15", "Lunsj", "", None),
             ("13.00", None, "Per Aas, Unio", 3),
             ("13.45", "Panel: Hvem har ansvaret for livslang læring?", "KS, NHO, Unio og HK-dir", None),
             ("14.30", None, "Eva Strand, Unio", 4),
             ("15.00", "Oppsummering og avslutning", "Ragnhild Lied", None)]
    t = d.add_table(rows=1, cols=3); table_borders(t, "single", 4, "CCCCCC")
    for i, h in enumerate(["Tid", "Innhold", "Innleder"]):
        t.rows[0].cells[i].text = h; t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        set_cell_bg(t.rows[0].cells[i], "8B1A3D"); t.rows[0].cells[i].paragraphs[0].runs[0].font.color.rgb = RGBColor(255, 255, 255)
    for tid, txt, who, mi in slots:
        r = t.add_row().cells
        r[0].text = tid; r[2].text = who
        if mi is None:
            r[1].text = txt
        else:
            m = ms[mi]; r[1].text = ""
            p = r[1].paragraphs[0]; add_run(p, m["title"], bold=True)
            part = f" · Med: {', '.join(m['partners'])}" if m["partners"] else ""
            para(r[1], f"[NKPS-tiltak · delmål {dm_codes(m)} · {m['ptype']} · Ansvar: {m['resp']}{part} · {m['period']}]",
                 size=8.5, color="8B1A3D")
            para(r[1], m["desc"], size=9.5)
    set_col_widths(t, [1.6, 10.5, 4.4])
    para(d)
    para(d, "Påmelding innen 1. oktober på unio.no. Konferansen er gratis for tillitsvalgte i Unio-forbundene.", italic=True, size=9)
    d.save(path)
    return [ms[0]] + [ms[s[3]] for s in slots if s[3] is not None]


# ---------------------------------------------------------------- NAV 2021
REGIONS = [("Nasjonalt – Arbeids- og velferdsdirektoratet", ["karr_digital", "nav_grunn", "nav_ungdom", "korona_perm"]),
           ("Region Øst – NAV Innlandet", ["nav_fagbrev_inn"]),
           ("Region Vest – NAV Vestland", ["nav_norsk"]),
           ("Region Nord – NAV Troms og Finnmark", ["nav_tromso"])]


def regions(rep, path):
    d = Document(); base_font(d, "Source Sans Pro", 11)
    d.add_heading("NAVs oppfølging av kompetansepolitikken 2021", 0)
    para(d, "Rapport fra Arbeids- og velferdsetaten til Kompetansepolitisk råd. Tiltakene er ordnet etter hvor i etaten de drives.")
    para(d, "Nøkkeltall 2021", bold=True)
    for s in ["Om lag 32 000 personer deltok i opplæringstiltak", "Arbeidsmarkedsopplæring (AMO) ble kjøpt inn i alle fylker",
              "Andelen unge i opplæring økte med 12 prosent"]:
        para(d, s, style="List Bullet")
    by = {m["g"]: m for m in rep["measures"]}
    order = []
    for reg, gs in REGIONS:
        d.add_heading(reg, 1)
        for g in gs:
            m = by[g]; order.append(m)
            p = para(d, m["title"], bold=True, size=12, color="C30000", space_after=0)
            bits = []
            if m["dm"]:
                bits.append("Delmål " + dm_codes(m))
            bits.append(m["ptype"])
            bits.append(m["resp"] + (" i samarbeid med " + join_no(m["partners"]) if m["partners"] else ""))
            bits.append(m["period"])
            para(d, " – ".join(bits), italic=True, size=9.5, space_after=2)
            para(d, m["desc"])
    d.save(path)
    return order


# ---------------------------------------------------------------- Vestland 2022 (nn)
SEE_ALSO = {"vl_forum": ["Regional plan for kompetanse", "Vestlandsrådet"], "vl_karriere": ["Karriererettleiing", "NAV Vestland"],
            "vl_fagskule": ["Fagskulen Vestland"], "vl_gronn": ["Havvind", "Hydrogen"], "vl_modulfast": ["Modulforsøket"],
            "vl_gf": ["Kompetanseprogrammet"]}
TYPE_NN = {"Råd/utvalg/nettverk": "Råd/utval/nettverk", "Kurs/utdanning": "Kurs/utdanning", "Prosjekt": "Prosjekt"}


def wiki_nn(rep, path):
    d = Document(); base_font(d, "Liberation Serif", 11)
    para(d, "Kompetansewiki · Vestland fylkeskommune", size=9, color="555555")
    para(d, "Rapport til Kompetansepolitisk råd 2022 – artiklar om tiltaka våre", bold=True, size=16)
    para(d, "Denne eksporten frå den interne kompetansewikien inneheld alle artiklar merkte «NKPS 2022».", italic=True)
    for m in rep["measures"]:
        h = d.add_heading(m["title"], 1)
        para(d, "Frå Kompetansewiki, Vestland fylkeskommune", italic=True, size=8.5, color="666666")
        t = d.add_table(rows=1, cols=2)
        set_col_widths(t, [9.5, 7.0])
        left, right = t.rows[0].cells
        left.text = m["desc"]
        p = para(left, "", size=9); add_run(p, "Sjå òg: ", bold=True, size=9); add_run(p, ", ".join(SEE_ALSO[m["g"]]), size=9, color="1155CC")
        right.text = ""
        ib = right.add_table(rows=1, cols=2); table_borders(ib, "single", 4, "A2A9B1")
        hc = ib.rows[0].cells[0].merge(ib.rows[0].cells[1]); hc.text = m["title"]; set_cell_bg(hc, "CEDFF2")
        hc.paragraphs[0].runs[0].bold = True
        rows = [("Delmål", "; ".join(f"{c} {DELMAL_NN[c]}" for c in m["dm"])),
                ("Type", TYPE_NN[m["type"]]), ("Ansvarleg", m["resp"]),
                ("Partnarar", ", ".join(m["partners"])), ("Periode", m["period"])]
        for a, b in rows:
            r = ib.add_row().cells
            r[0].text = a; r[0].paragraphs[0].runs[0].bold = True; set_cell_bg(r[0], "F8F9FA")
            r[1].text = b
            for c in r:
                for pp in c.paragraphs:
                    for rr in pp.runs: rr.font.size = Pt(8.5)
    para(d, "Sist endra 3. februar 2023 · Innhaldet er lisensiert under CC BY 4.0", size=8, color="777777")
    d.save(path)


# ---------------------------------------------------------------- Spekter 2022
def protocol(rep, path):
    d = Document(); base_font(d, "Times New Roman", 11.5)
    ms = rep["measures"]
    para(d, "PROTOKOLL", bold=True, size=16).alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(d, "År 2022, den 28. april, ble det ført forhandlinger mellom Spekter og LO Stat, Unio og YS Spekter om "
            "revisjon av A2-avtalen for helseforetakene (område 10).")
    para(d, "Til stede:", bold=True)
    para(d, "For Spekter: Anne-Kari Bratten, Kristin Dæhli. For LO Stat: Egil André Aas. For Unio: Vibeke Bjørnstad. For YS Spekter: Frank Nilsen.")
    para(d, "Protokollen er vedlagt Spekters rapport til Kompetansepolitisk råd for 2022. Punkter som er rapportert som tiltak, er merket med hakeparentes.",
         italic=True, size=10, color="555555")

    def item(no, m):
        p = para(d, "", space_after=2); add_run(p, f"{no} ", bold=True); add_run(p, m["title"], bold=True)
        para(d, m["desc"], space_after=2)
        part = f" · med {', '.join(m['partners'])}" if m["partners"] else ""
        para(d, f"[Rapportert til KPR: delmål {dm_codes(m)} · {m['ptype']} · ansvar {m['resp']}{part} · {m['period']}]",
             size=9.5, color="1F4E79")

    para(d, "1. Innledning", bold=True)
    para(d, "Partene viser til sentral protokoll og til at økonomien i helseforetakene er stram.")
    para(d, "2. Lønnsregulering", bold=True)
    para(d, "Det gis et generelt tillegg på 3,7 prosent med virkning fra 1. mai 2022. Minstelønnssatsene heves tilsvarende.")
    para(d, "3. Kompetanse og kompetanseutvikling", bold=True)
    para(d, "Partene er enige om at kompetanse er avgjørende for kvaliteten i tjenestene, og avtaler følgende:")
    item("3.1", ms[0]); item("3.2", ms[1])
    para(d, "4. Arbeidstid", bold=True)
    para(d, "Bestemmelsene om arbeidstid videreføres uendret. Partene nedsetter en arbeidsgruppe om turnus som rapporterer innen 1. mars 2023.")
    para(d, "5. Øvrige tiltak Spekter rapporterer (ikke forhandlingstema)", bold=True)
    item("5.1", ms[2]); item("5.2", ms[3]); item("5.3", ms[4])
    para(d, "Oslo, 28. april 2022")
    t = d.add_table(rows=2, cols=4)
    for i, n in enumerate(["Spekter", "LO Stat", "Unio", "YS Spekter"]):
        t.cell(0, i).text = "____________"; t.cell(1, i).text = n
    d.save(path)


# ---------------------------------------------------------------- Virke 2023
RECIPE = {
    "bp_handel": (["10–30 ansatte som vil lære", "en utdanningstilbyder med moduler", "fri i arbeidstiden"],
                  ["Kartlegg behovene med de tillitsvalgte.", "Velg moduler fra bransjeprogrammet.", "Sett av tid i turnusen."]),
    "vi_realko": (["beskrivelse av arbeidsoppgaver", "en veileder fra opplæringskontoret"],
                  ["Fyll ut egenvurderingen.", "Avtal samtale med vurderer.", "Få kompetansebevis."]),
    "vi_hr": (["en HR-ansvarlig", "to timer i måneden"], ["Meld deg på nettverket.", "Ta med egen kompetanseplan.", "Del erfaringer."]),
    "vi_lt": (["en faglig leder", "godkjenning som lærebedrift"], ["Søk godkjenning hos fylkeskommunen.", "Ta kontakt med opplæringskontoret.", "Lys ut læreplass."]),
    "vi_digi": (["PC eller nettbrett", "30 minutter"], ["Logg inn på Virke HRS.", "Velg kurs.", "Last ned kursbevis."]),
}


def recipe(rep, path):
    d = Document(); base_font(d, "Georgia", 10.5)
    para(d, "Virke", bold=True, size=20, color="E4003A")
    para(d, "Oppskrifter på kompetanse", bold=True, size=18)
    para(d, "Virkes rapport til Kompetansepolitisk råd 2023. Hvert tiltak er skrevet som en oppskrift medlemmene kan følge.", italic=True)
    for m in rep["measures"]:
        d.add_heading("Oppskrift: " + m["title"], 2)
        dm = ("Passer til delmål " + dm_codes(m)) if m["dm"] else "Passer til delmål: –"
        part = f" | Sammen med: {', '.join(m['partners'])}" if m["partners"] else ""
        para(d, f"{dm} | Type: {m['ptype']} | Ansvar: {m['resp']}{part} | Tid: {m['period']}", italic=True, size=9, color="666666")
        p = para(d, ""); add_run(p, "Kort fortalt: ", bold=True); add_run(p, m["desc"])
        ing, steps = RECIPE[m["g"]]
        para(d, "Dette trenger du:", bold=True, space_after=0)
        for s in ing: para(d, s, style="List Bullet", space_after=0)
        para(d, "Slik gjør du:", bold=True, space_after=0)
        for i, s in enumerate(steps, 1): para(d, f"{i}. {s}", space_after=0)
        para(d)
    para(d, "Spørsmål? Kontakt Virkes kompetanseavdeling på kompetanse@virke.no.", size=9)
    d.save(path)


# ---------------------------------------------------------------- YS 2024
STORY = {
    "ys_tv": ("Møt Tone (44): – Nå vet jeg hva jeg kan kreve", "Tone er tillitsvalgt i Parat på et lager i Drammen.",
              "Etter kurset tok Tone opp kompetanseplanen i drøftingsmøtet. Nå har tre kolleger fått truckførerkurs."),
    "fagbrevjobb": ("Møt Randi (52): – Jeg trodde ikke jeg kunne ta fagbrev", "Randi har jobbet i barnehage i 20 år.",
                    "Randi tok fagprøven i barne- og ungdomsarbeiderfaget i vår, uten å slutte i jobben."),
    "ys_fin": ("Møt Jonas (38): – Fra kasse til dataanalyse", "Jonas begynte i banken som kasserer.",
               "Med 30 studiepoeng i dataanalyse har Jonas fått ny stilling i banken."),
    "ys_parat": ("Møt Amina (29): – Mentoren min gjorde hele forskjellen", "Amina kom til Norge fra Syria i 2019.",
                 "Mentoren hjalp Amina med arbeidsavtalen og med å melde seg på norskkurs."),
    "ys_delta": ("Møt Kari (57): – Teknologien er ikke skummel lenger", "Kari er helsefagarbeider i hjemmetjenesten i Steinkjer.",
                 "Kari lærer nå opp nye kolleger i bruk av digitale medisindispensere."),
    "kbu": ("Møt Per (61): YS' mann i utvalget", "Per har sittet i Kompetansebehovsutvalget siden starten.",
            "Per mener utvalgets rapporter brukes for lite i de lokale forhandlingene."),
}


def stories(rep, path):
    d = Document(); base_font(d, "Calibri", 11)
    para(d, "YS", bold=True, size=22, color="003B71")
    para(d, "Kompetanse som forandrer – medlemshistorier 2024", bold=True, size=17)
    para(d, "YS' rapport til Kompetansepolitisk råd forteller om tiltakene gjennom menneskene som har deltatt.", italic=True)
    for m in rep["measures"]:
        head, ingress, story = STORY[m["g"]]
        d.add_heading(head, 1)
        para(d, ingress, italic=True)
        t = d.add_table(rows=1, cols=1); table_borders(t, "single", 6, "003B71"); c = t.cell(0, 0); set_cell_bg(c, "E6EEF6")
        c.text = ""
        p = c.paragraphs[0]; add_run(p, "Tiltaket: ", bold=True); add_run(p, m["title"])
        line = []
        if m["dm"]:
            line.append("Delmål: " + dm_codes(m))
        line.append("Type: " + m["ptype"])
        para(c, " | ".join(line), size=9.5, space_after=0)
        bits = ["Ansvarlig: " + m["resp"]]
        if m["partners"]:
            bits.append("Samarbeid: " + ", ".join(m["partners"]))
        bits.append("Periode: " + m["period"])
        para(c, " | ".join(bits), size=9.5, space_after=0)
        p = para(c, "", size=9.5); add_run(p, "Om tiltaket: ", bold=True, size=9.5); add_run(p, m["desc"], size=9.5)
        para(d, story)
    d.save(path)


# ---------------------------------------------------------------- LO 2025 lettlest
TYPE_SENT = {"Kurs/utdanning": "Det er et kurs.", "Råd/utvalg/nettverk": "Det er et råd der mange møtes.",
             "Prosjekt": "Det er et prosjekt."}


def easy_read(rep, path):
    d = Document(); base_font(d, "Verdana", 14)
    para(d, "LO og kompetanse", bold=True, size=26)
    para(d, "Lettlest rapport 2025", size=18)
    for s in ["Denne rapporten er lett å lese.", "Den forteller hva LO gjør for at alle skal lære på jobben.",
              "Rapporten går til Kompetansepolitisk råd."]:
        para(d, s, space_after=2)
    for m in rep["measures"]:
        h = d.add_heading(m["title"], 1)
        for r in h.runs: r.font.size = Pt(18)
        p = para(d, "", space_after=2); add_run(p, "Hva er det? ", bold=True); add_run(p, m["desc"])
        para(d, f"Dette tiltaket hører til delmål {dm_codes(m)} i strategien.", space_after=2)
        para(d, TYPE_SENT[m["type"]], space_after=2)
        para(d, f"{m['resp']} har ansvaret.", space_after=2)
        if m["partners"]:
            para(d, f"{m['resp']} samarbeider med {join_no(m['partners'])}.", space_after=2)
        para(d, f"Når: {m['period']}")
    d.add_heading("Ord som kan være vanskelige", 1)
    for a, b in [("Tillitsvalgt", "en som er valgt av kollegene for å snakke med lederen."),
                 ("Delmål", "et av målene i strategien."), ("Strategi", "en plan for hva vi skal gjøre.")]:
        p = para(d, "", space_after=2); add_run(p, a + ": ", bold=True); add_run(p, b)
    d.save(path)


# ---------------------------------------------------------------- KS 2026
STATUS_KS = {"ks_laering": "GREEN", "kl2025": "GREEN", "ks_regfora": "GREEN", "ks_laerling": "GREEN", "kbu": "GRAY_25",
             "ks_ki": "YELLOW", "ks_heltid": "YELLOW"}


def highlight(rep, path):
    from docx.enum.text import WD_COLOR_INDEX
    d = Document(); base_font(d, "Calibri", 11)
    para(d, "KS – rapport til Kompetansepolitisk råd 2026", bold=True, size=18, color="00507D")
    para(d, "Om rapporten: Status for hvert tiltak vises med farge på tiltaksnavnet. Se forklaringen under.", italic=True)
    t = d.add_table(rows=3, cols=2); table_borders(t)
    for i, (col, txt) in enumerate([("YELLOW", "Nytt tiltak i 2026"), ("GREEN", "Videreført fra tidligere år"),
                                    ("GRAY_25", "Avsluttes i løpet av 2026")]):
        r = t.cell(i, 0).paragraphs[0].add_run("        "); r.font.highlight_color = getattr(WD_COLOR_INDEX, col)
        t.cell(i, 1).text = txt
    para(d)
    for m in rep["measures"]:
        p = para(d, "", space_after=2); p.paragraph_format.space_before = Pt(8)
        r = add_run(p, m["title"], bold=True, size=12); r.font.highlight_color = getattr(WD_COLOR_INDEX, STATUS_KS[m["g"]])
        part = f" Samarbeid: {', '.join(m['partners'])}." if m["partners"] else ""
        para(d, f"Delmål: {dm_codes(m)}. Type: {m['ptype']}. Ansvar: {m['resp']}.{part} Periode: {m['period']}.",
             size=9.5, color="444444", space_after=2)
        para(d, m["desc"])
    para(d, "Kontakt: KS Arbeidsgiverpolitikk, kompetanse@ks.no", size=9)
    d.save(path)


# ---------------------------------------------------------------- LO 2020 SWOT (docx source → PDF)
SWOT = {
    "lo_tvkurs": ("Godt kjent blant tillitsvalgte", "Få deltakere fra små forbund", "Kan kobles til lokale forhandlinger", "Mindre frikjøp i krisetider"),
    "lo_norsk": ("Opplæring i arbeidstiden", "Krever tolk i starten", "Kan spres til flere bransjer", "Prosjektmidler tar slutt"),
    "kbu": ("Bred representasjon", "Lange rapporter", "Bedre regionale data", "Lite brukt i politikken"),
    "bp_ind": ("Bransjen definerer behovet", "Få tilbud i distriktene", "Digitale moduler", "Usikker finansiering etter 2022"),
    "korona_perm": ("Raskt på plass", "Uklart regelverk", "Permanent ordning", "Lav deltakelse"),
}


def swot_docx(rep, path):
    d = Document(); base_font(d, "Arial", 10)
    para(d, "LO – tiltak i 2020 med SWOT-analyse", bold=True, size=18, color="C00000")
    para(d, "Rapport til Kompetansepolitisk råd. For hvert tiltak har LOs kompetanseutvalg laget en enkel SWOT-analyse. "
            "Delmålene er gjengitt med strategiens ordlyd.", italic=True)
    for m in rep["measures"]:
        d.add_heading(m["title"], 2)
        p = para(d, "", space_after=2); add_run(p, "Om tiltaket: ", bold=True); add_run(p, m["desc"])
        p = para(d, "", space_after=2); add_run(p, "Bidrar til: ", bold=True); add_run(p, "; ".join(DELMAL_NB[c] for c in m["dm"]))
        p = para(d, "", space_after=4)
        add_run(p, "Type: ", bold=True); add_run(p, m["ptype"] + "   ")
        add_run(p, "Ansvarlig: ", bold=True); add_run(p, m["resp"] + "   ")
        add_run(p, "Partnere: ", bold=True); add_run(p, ", ".join(m["partners"]) + "   ")
        add_run(p, "Periode: ", bold=True); add_run(p, m["period"])
        s = SWOT[m["g"]]
        t = d.add_table(rows=2, cols=2); table_borders(t, "single", 6, "888888")
        for i, (lab, col) in enumerate([("Styrker", "E2F0D9"), ("Svakheter", "FBE5D6"), ("Muligheter", "DEEBF7"), ("Trusler", "F2F2F2")]):
            c = t.cell(i // 2, i % 2); set_cell_bg(c, col); c.text = ""
            add_run(c.paragraphs[0], lab, bold=True); para(c, s[i], size=9)
        para(d)
    d.save(path)


# ---------------------------------------------------------------- KD 2022 redacted (docx source → PDF)
def _bar(p, n=18):
    r = p.add_run("\u00a0" * n); set_run_shading(r, "000000"); set_highlight(r, "black"); return r


def redacted_docx(rep, path):
    d = Document(); base_font(d, "Times New Roman", 11.5)
    para(d, "Kunnskapsdepartementet", bold=True, size=13)
    para(d, "Rapport til Kompetansepolitisk råd 2022", bold=True, size=17)
    t = d.add_table(rows=1, cols=1); table_borders(t, "single", 8, "000000"); c = t.cell(0, 0); c.text = ""
    para(c, "OFFENTLIG VERSJON", bold=True)
    para(c, "Enkelte opplysninger er sladdet med hjemmel i offentleglova § 14 (organinterne dokument) og § 15.", size=10)
    para(d)
    para(d, "Departementet har fulgt opp strategien gjennom følgende tiltak i 2022:")
    bars = {"korona_fund": True, "bp_umbrella": True}
    for i, m in enumerate(rep["measures"], 1):
        p = para(d, "", space_after=2); p.paragraph_format.space_before = Pt(8)
        add_run(p, f"{i}  ", bold=True, size=12.5); add_run(p, m["title"], bold=True, size=12.5)
        for lab, val in [("Delmål", dm_codes(m)), ("Type", m["ptype"]), ("Ansvarlig", m["resp"])]:
            q = para(d, "", space_after=0); add_run(q, lab + ": ", bold=True); add_run(q, val)
        q = para(d, "", space_after=0); add_run(q, "Samarbeid: ", bold=True); add_run(q, ", ".join(m["partners"]))
        if m["g"] == "korona_fund":
            add_run(q, ", "); _bar(q, 22)
        q = para(d, "", space_after=0); add_run(q, "Periode: ", bold=True); add_run(q, m["period"])
        q = para(d, "", space_after=0); add_run(q, "Beskrivelse: ", bold=True); add_run(q, m["desc"])
        if m["g"] in bars:
            q = para(d, "", space_after=0); add_run(q, "Budsjett 2022: ", bold=True); _bar(q, 16)
            q = para(d, "", space_after=0); add_run(q, "Intern merknad: ", bold=True); _bar(q, 60)
    para(d)
    para(d, "Med hilsen", space_after=0); para(d, "Kunnskapsdepartementet")
    d.save(path)
