# -*- coding: utf-8 -*-
"""Word renderers: Unio 2020 op-ed with fact box, LO 2021 shared matrix, NAV 2021 quick reference, HK-dir 2022 altChunk export."""
import html
from docx.shared import Pt
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx_common import new_doc, run, para, shade, cell_text, set_col_widths, table_borders, repeat_header, psj
from batch_data_common import DELMAL_SHORT


# ---------------------------------------------------------------- 10 Unio 2020 kronikk
def unio2020(f, path):
    d = new_doc("Cambria", 11, title="Kronikk: Kompetansereformen må bli mer enn ord", author="Unio")
    para(d, "KRONIKK", bold=True, size=9, color="C00000", space_after=0)
    para(d, "Kompetansereformen må bli mer enn ord", bold=True, size=22, space_after=2)
    para(d, "Marit Solvang, leder i Unio", italic=True, size=10)
    para(d, "Publisert i Unio-bladet nr. 4/2020 · Gjengitt som Unios rapport til Kompetansepolitisk råd 2020", size=8.5, color="7F7F7F")
    para(d, "Sykepleiere, lærere og politifolk må lære hele livet. Da kan ikke etter- og videreutdanning være noe man tar på "
            "fritiden og betaler selv.", bold=True)
    for t in ["Koronaåret har vist hvor raskt arbeidshverdagen endrer seg. Lærere gikk over til digital undervisning på en helg, og "
              "sykepleiere lærte nye rutiner fra dag til dag. Det skjedde fordi de ansatte strakk seg langt – ikke fordi systemene "
              "for kompetanseutvikling var gode nok.",
              "Regjeringens bransjeprogram er et godt eksempel på at staten og partene kan få til noe sammen. Men offentlig sektor "
              "trenger mer enn prosjektmidler. Derfor har vi bedt Proba samfunnsanalyse utrede hvordan etter- og videreutdanning kan "
              "finansieres, og Ny Analyse se nærmere på behovene i helsetjenesten.",
              "Unio-forbundene tar også selv ansvar. Tillitsvalgte får ny opplæring i digitalisering, og medlemmene bruker "
              "studieforbundene aktivt. I utdanningene sitter vi i rådene for samarbeid med arbeidslivet, og i IA-avtalen har vi "
              "forpliktet oss til å bruke kompetanse som virkemiddel for at flere skal kunne stå i jobb.",
              "Kompetansereformen må bli mer enn ord. Den må gi tid, penger og rett til læring for dem som holder velferdsstaten oppe."]:
        para(d, t)
    para(d, "Forfatteren er leder i Unio, hovedorganisasjonen for Utdanningsforbundet, Norsk Sykepleierforbund, Politiets "
            "Fellesforbund og fem andre forbund.", italic=True, size=9, color="595959")
    t = d.add_table(rows=1, cols=1)
    table_borders(t, 8, "C00000")
    c = t.rows[0].cells[0]; shade(c, "FBEFEF")
    cell_text(c, "Faktaboks: Unios tiltak omtalt i kronikken", bold=True, size=10.5, color="C00000")
    for m in f["measures"]:
        p = c.add_paragraph(); p.paragraph_format.space_before = Pt(6)
        run(p, m["title"], bold=True, size=9.5)
        p = c.add_paragraph(); run(p, "Delmål i strategien: ", italic=True, size=9)
        run(p, "; ".join("«" + DELMAL_SHORT[x] + "»" for x in m["delmal"]), size=9)
        p = c.add_paragraph()
        run(p, f"Type: {m['tp']}. Ansvar: {m['resp']}. Med: {psj(m['partners'])}. Periode: {m['period']}.", size=9)
        p = c.add_paragraph(); run(p, "Kort om: ", italic=True, size=9); run(p, m["desc"], size=9)
    set_col_widths(t, [16])
    d.save(path)


# ---------------------------------------------------------------- 12 LO 2021 shared matrix
OTHERS = [
    ("1.2", "Etablere Kompetansealliansen", "Råd/utvalg/nettverk", "Møre og Romsdal fylkeskommune", "næringsliv, høyskoler, fagskoler", "2019–", "Møre og Romsdal fk", "–", ""),
    ("1.3", "Nasjonalt forum for karriereveiledning", "Råd/utvalg/nettverk", "Kompetanse Norge", "KS, Spekter mfl.", "2018–", "Kompetanse Norge, KS", "–", ""),
    ("1.4", "Deltakelse i Råd for samarbeid med arbeidslivet (RSA)", "Råd/utvalg/nettverk", "UH", "Virke, Akademikerne, Unio", "Løpende", "Virke, Akademikerne, Unio", "–", ""),
    ("2.1", "Lederutfordringer i digitale omstillingsprosesser", "FoU", "KS", "PwC", "2019–2020", "KS", "–", ""),
    ("2.2", "Rapport fra utvalg etter tariffrevisjonen 2016 – etter- og videreutdanning", "FoU", "LO/Fellesforbundet", "Norsk Industri, BNL", "2017", "LO", "✖", "Avsluttet 2018 – rapporteres ikke."),
    ("2.2", "Analyse av endringer i arbeidslivet knyttet til nye digitale løsninger", "FoU", "YS", "AFI", "2018–2019", "YS", "–", ""),
    ("2.3", "Jenter og teknologi", "Informasjon", "NHO", "NITO, Tekna", "2016–", "NHO", "–", ""),
    ("2.5", "Balansekunst – modell for å beskrive kompetanse fra arbeidslivet", "FoU", "Virke", "LO, YS, NHO", "2018–2019", "Virke", "–", ""),
    ("3.2", "Promotering av Kompetansepluss frivillighet", "Informasjon", "VOFO", "studieforbundene", "2019–2020", "VOFO", "–", ""),
    ("3.6", "Aktiv bruk av studieforbund", "Kurs/utdanning", "Unio", "Unios forbund", "Løpende", "Unio", "–", ""),
]


def lo2021(f, path):
    d = new_doc("Arial", 9, landscape=True, margins_cm=1.4, title="Tiltaksmatrise 2020 – LOs oppdatering 2021", author="LO")
    para(d, "Sekretariatets tiltaksmatrise 2020 – LOs oppdatering for 2021", bold=True, size=15, color="C00000", space_after=2)
    para(d, "LO har gått gjennom sekretariatets samlede matrise over innmeldte tiltak (2020). Rader merket ✔ i kolonnen «LO 2021» er "
            "LOs tiltak for 2021, og LOs kommentar beskriver hva som skjer i år. Rader merket – er andre medlemmers tiltak, og ✖ betyr "
            "at LOs tiltak er avsluttet. Nye tiltak fra LO står nederst.", size=9, space_after=6)
    head = ["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Periode", "Meldt inn av (2020)", "LO 2021", "LOs kommentar 2021"]
    rows = []
    for m in f["measures"]:
        if m["by"] != "NY":
            rows.append((m["delmal"][0], " / ".join(m["delmal"]), m["title"], m["tp"], m["resp"], psj(m["partners"]), m["period"], m["by"], "✔", m["desc"]))
    for o in OTHERS:
        rows.append((o[0], o[0], *o[1:]))
    rows.sort(key=lambda r: r[0])
    new = [(" / ".join(m["delmal"]), m["title"], m["tp"], m["resp"], psj(m["partners"]), m["period"], "–", "✔", m["desc"])
           for m in f["measures"] if m["by"] == "NY"]
    t = d.add_table(rows=1 + len(rows) + 1 + len(new), cols=len(head))
    table_borders(t, 4, "A6A6A6")
    for j, h in enumerate(head):
        cell_text(t.rows[0].cells[j], h, bold=True, size=8); shade(t.rows[0].cells[j], "D9D9D9")
    repeat_header(t.rows[0])
    i = 1
    for r in rows:
        vals = list(r[1:])
        dm = vals[0]
        vals[0] = dm + " " + DELMAL_SHORT[dm] if "/" not in dm else " / ".join(x + " " + DELMAL_SHORT[x] for x in dm.split(" / "))
        for j, v in enumerate(vals):
            cell_text(t.rows[i].cells[j], v, size=8, bold=(j == 7))
        if vals[7] == "✔":
            shade(t.rows[i].cells[7], "FFF2CC")
        i += 1
    mc = t.rows[i].cells[0].merge(t.rows[i].cells[-1])
    cell_text(mc, "Nye tiltak fra LO 2021", bold=True, size=8.5); shade(mc, "F2DCDB")
    i += 1
    for r in new:
        vals = list(r)
        vals[0] = " / ".join(x + " " + DELMAL_SHORT[x] for x in vals[0].split(" / "))
        for j, v in enumerate(vals):
            cell_text(t.rows[i].cells[j], v, size=8, bold=(j == 7))
        shade(t.rows[i].cells[7], "FFF2CC")
        i += 1
    set_col_widths(t, [3.6, 4.6, 2.2, 2.4, 3.0, 1.7, 2.5, 1.2, 5.6])
    para(d, "", space_after=2)
    para(d, "Tegnforklaring: ✔ = LO rapporterer tiltaket i 2021 · – = ikke LOs tiltak · ✖ = LOs tiltak er avsluttet.", size=8, italic=True)
    d.save(path)


# ---------------------------------------------------------------- 14 NAV 2021 quick reference
def nav2021(f, path):
    d = new_doc("Source Sans Pro", 9.5, landscape=True, margins_cm=1.5, title="Veilederstøtte: Kompetansetiltak 2021", author="NAV")
    para(d, "Veilederstøtte: Kompetansetiltak 2021 – hurtigoversikt", bold=True, size=16, color="C30000", space_after=0)
    para(d, "Til bruk i NAV-kontorene. Tabell 1 er også NAVs rapport til Kompetansepolitisk råd 2021.", size=9.5)
    para(d, "Versjon 1.2 · oppdatert 01.10.2021 · Arbeids- og velferdsdirektoratet, Tiltaksavdelingen", size=8, color="7F7F7F", space_after=6)
    para(d, "Tabell 1 NAVs egne kompetansetiltak", bold=True, size=10.5)
    head = ["Brukeren trenger …", "Tiltak", "Strategimål (NKPS)", "Type", "Eier og samarbeid", "Varighet", "Hva innebærer det?"]
    ms = f["measures"]
    t = d.add_table(rows=1 + len(ms), cols=len(head))
    table_borders(t, 4, "BFBFBF")
    for j, h in enumerate(head):
        cell_text(t.rows[0].cells[j], h, bold=True, size=8.5, color="FFFFFF"); shade(t.rows[0].cells[j], "3E3832")
    repeat_header(t.rows[0])
    for i, m in enumerate(ms, 1):
        r = t.rows[i].cells
        cell_text(r[0], "… " + m["need"], italic=True, size=8.5)
        cell_text(r[1], m["title"], bold=True, size=8.5)
        cell_text(r[2], " / ".join(DELMAL_SHORT[x] for x in m["delmal"]), size=8)
        cell_text(r[3], m["tp"], size=8.5)
        cell_text(r[4], "Eier: " + m["resp"], size=8.5)
        p = r[4].add_paragraph(); run(p, "Samarbeid: " + psj(m["partners"]), size=8.5)
        cell_text(r[5], m["period"], size=8.5)
        cell_text(r[6], m["desc"], size=8.5)
    set_col_widths(t, [3.6, 3.6, 4.4, 2.0, 4.0, 1.8, 7.2])
    para(d, "", space_after=4)
    para(d, "Andre aktørers tilbud – henvis brukeren", bold=True, size=10.5)
    para(d, "Tilbudene under eies av andre og er ikke NAVs tiltak. Henvis brukeren direkte.", size=9, italic=True)
    o = [("… opplæring i grunnleggende ferdigheter på jobben", "Kompetansepluss arbeid", "Kompetanse Norge / HK-dir", "kompetansepluss.example"),
         ("… fagbrev gjennom jobben sin", "Fagbrev på jobb", "fylkeskommunen", "vilbli.example"),
         ("… karriereveiledning på nett eller telefon", "karriereveiledning.no", "HK-dir", "karriereveiledning.example")]
    t2 = d.add_table(rows=1 + len(o), cols=4)
    table_borders(t2, 4, "BFBFBF")
    for j, h in enumerate(["Brukeren trenger …", "Tilbud", "Hvem har ansvaret", "Lenke"]):
        cell_text(t2.rows[0].cells[j], h, bold=True, size=8.5); shade(t2.rows[0].cells[j], "E7E6E6")
    for i, r in enumerate(o, 1):
        for j, v in enumerate(r):
            cell_text(t2.rows[i].cells[j], v, size=8.5)
    set_col_widths(t2, [7, 6, 5, 6])
    para(d, "", space_after=4)
    p = para(d, size=9); run(p, "Husk: ", bold=True, size=9)
    run(p, "Registrer alltid vedtak om tiltak i Arena, og avklar med fylkeskommunen før du lover et fagbrevløp.", size=9)
    d.save(path)


# ---------------------------------------------------------------- 16 HK-dir 2022 altChunk HTML export
def hkdir2022(f, path):
    d = new_doc("Calibri", 11, title="Tiltaksportalen – rapport 2022 – HK-dir", author="Tiltaksportalen")
    para(d, "Rapport til Kompetansepolitisk råd 2022 – eksportert fra Tiltaksportalen", bold=True, size=13)
    para(d, "Innholdet under er satt inn automatisk fra portalen (HTML-eksport).", size=9, color="7F7F7F")
    e = html.escape
    parts = ["<html><head><meta charset='utf-8'><title>Tiltaksportalen</title><style>"
             "body{font-family:Calibri,Arial;font-size:11pt} .crumb{color:#777;font-size:9pt} h1{font-size:16pt;color:#003d5c}"
             "h2{font-size:13pt;color:#003d5c;margin-top:14pt} table.fakta{border-collapse:collapse;width:100%}"
             "table.fakta th{background:#e6eef3;text-align:left;width:28%;padding:3pt;border:1px solid #b8c7d1}"
             "table.fakta td{padding:3pt;border:1px solid #b8c7d1} .meta{font-size:9pt;color:#555} .draft{color:#999}"
             "</style></head><body>",
             "<p class='crumb'>Hjem › Rapporter › 2022 › HK-dir</p>",
             "<h1>Innmeldte tiltak 2022 – Direktoratet for høyere utdanning og kompetanse (HK-dir)</h1>",
             "<p class='meta'>Filter: Virksomhet = HK-dir · Rapportår = 2022 · Status = Innsendt · 7 treff</p>"]
    for m in f["measures"]:
        rows = [("NKPS-delmål", ", ".join(m["delmal"])), ("Tiltakstype", m["tp"]), ("Ansvarlig", m["resp"]),
                ("Samarbeidspartnere", psj(m["partners"])), ("Periode", m["period"]), ("Beskrivelse", m["desc"]),
                ("Status", "Innsendt 14.11.2022")]
        parts.append("<h2>" + e(m["title"]) + "</h2><table class='fakta'>" +
                     "".join(f"<tr><th>{e(a)}</th><td>{e(b)}</td></tr>" for a, b in rows) + "</table>")
    parts += ["<h2 class='draft'>Kladd (ikke sendt inn – ikke del av rapporten)</h2>",
              "<p class='draft'>Pilot: KI-støtte i karriereveiledningen · opprettet 02.11.2022 · sist endret 09.11.2022</p>",
              "<hr/><p class='meta'>Generert av Tiltaksportalen 3.2 · 14.11.2022 10:22</p></body></html>"]
    blob = "".join(parts).encode("utf-8")
    part = Part(PackURI("/word/afchunk1.htm"), "text/html", blob, d.part.package)
    rid = d.part.relate_to(part, RT.A_F_CHUNK)
    ac = OxmlElement("w:altChunk"); ac.set(qn("r:id"), rid)
    body = d.element.body
    body.insert(len(body) - 1, ac)
    para_end = OxmlElement("w:p")
    body.insert(len(body) - 1, para_end)
    d.save(path)
