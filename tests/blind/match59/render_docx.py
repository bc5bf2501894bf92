# -*- coding: utf-8 -*-
"""Word layouts (some saved as final .docx, some converted to PDF by LibreOffice)."""
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

from data import fmt_delmal, join_og, AREA, AREA_NN, SHORT
from dx import *  # noqa


def D(m, style):
    return fmt_delmal(m["delmal"], m["dstyle"] or style)


def P(m, empty="–"):
    return join_og(m["partners"]) if m["partners"] else empty


def area_of(m):
    return m["delmal"][0].split(".")[0] if m["delmal"] else "?"


def runs(rep, style):
    """group consecutive measures with the same printed delmål"""
    groups = []
    for m in rep["measures"]:
        k = D(m, style)
        if groups and groups[-1][0] == k:
            groups[-1][1].append(m)
        else:
            groups.append((k, [m]))
    return groups


# ------------------------------------------------------------------ Regjeringen 2018 (-> PDF)
def gov2018(rep, path):
    d = new_doc("Liberation Serif", 11)
    header_footer(d.sections[0], header="Kunnskapsdepartementet",
                  footer="Oppfølging av Nasjonal kompetansepolitisk strategi – rapport 2018", page_fmt="Side {PAGE}")
    para(d, "Regjeringens oppfølging av Nasjonal kompetansepolitisk strategi", bold=True, size=20)
    para(d, "Rapport til Kompetansepolitisk råd for 2018", size=14)
    para(d, "Innhold", bold=True, size=12)
    for t in ("1  Innledning", "2  Tiltaksoversikt (Tabell 1)", "3  Møter i Kompetansepolitisk råd 2018", "Vedlegg: Delmål i strategien"):
        para(d, t)
    para(d, "1 Innledning", bold=True, size=14)
    para(d, "Regjeringen rapporterer her på de tiltakene departementene har gjennomført eller satt i gang i 2018 for å følge "
            "opp delmålene i Nasjonal kompetansepolitisk strategi. Oversikten omfatter tiltak fra Kunnskapsdepartementet (KD), "
            "Kommunal- og moderniseringsdepartementet (KMD), Arbeids- og sosialdepartementet (ASD) og Nærings- og "
            "fiskeridepartementet (NFD). Flere tiltak er gjennomført i samarbeid med partene i arbeidslivet.")
    para(d, f"I alt rapporteres {len(rep['measures'])} tiltak fordelt på ni delmål. Tre av tiltakene ble satt i gang før "
            "strategien ble signert i februar 2017.")
    s = landscape_section(d)
    header_footer(s, header="Kunnskapsdepartementet – Tabell 1",
                  footer="Oppfølging av Nasjonal kompetansepolitisk strategi – rapport 2018", page_fmt="Side {PAGE}")
    para(d, "2 Tiltaksoversikt", bold=True, size=14)
    para(d, "Tabell 1 Regjeringens tiltak 2018, ordnet etter delmål", italic=True)
    ms = rep["measures"]
    t = d.add_table(rows=1 + len(ms) + 1, cols=7)
    t.style = "Table Grid"
    header_row(t, ["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Beskrivelse", "Periode"], size=9)
    r = 1
    for k, grp in runs(rep, "code"):
        start = r
        for m in grp:
            cells = t.rows[r].cells
            put(cells[1], m["title"], size=9, bold=True)
            put(cells[2], m["tsrc"], size=9)
            put(cells[3], m["responsible"], size=9)
            put(cells[4], P(m), size=9)
            put(cells[5], m["description"] or "", size=9)
            put(cells[6], m["period"] or "", size=9)
            r += 1
        c = t.cell(start, 0).merge(t.cell(r - 1, 0)) if r - 1 > start else t.cell(start, 0)
        put(c, k, size=9, bold=True)
    last = t.rows[r].cells
    c = last[0].merge(last[4])
    put(c, "Sum tiltak", bold=True, size=9)
    c2 = last[5].merge(last[6])
    put(c2, str(len(ms)), bold=True, size=9)
    widths(t, [1.6, 4.6, 2.6, 2.4, 3.6, 8.4, 2.4])
    s = portrait_section(d)
    header_footer(s, header="Kunnskapsdepartementet",
                  footer="Oppfølging av Nasjonal kompetansepolitisk strategi – rapport 2018", page_fmt="Side {PAGE}")
    para(d, "3 Møter i Kompetansepolitisk råd 2018", bold=True, size=14)
    for x in ("7. februar 2018 – rådsmøte i Oslo: status for kompetansereformen",
              "13. juni 2018 – rådsmøte: presentasjon av første rapport fra Kompetansebehovsutvalget",
              "24. oktober 2018 – rådsmøte: oppsummering av rapporteringen for 2017",
              "5. desember 2018 – arbeidsmøte om ny rapporteringsform"):
        para(d, x, style="List Bullet")
    para(d, "Vedlegg: Delmål i strategien", bold=True, size=12)
    for code, txt in SHORT.items():
        para(d, f"{code}  {txt}", size=9)
    d.save(path)


# ------------------------------------------------------------------ KD 2019 (docx)
def gov2019(rep, path):
    d = new_doc("Calibri", 10.5, 1.8)
    header_footer(d.sections[0], header="Kunnskapsdepartementet | Kompetansepolitisk råd", page_fmt="{PAGE}")
    para(d, "Rapportering fra regjeringen 2019", bold=True, size=18)
    para(d, "Oppfølging av Nasjonal kompetansepolitisk strategi 2017–2021", size=12)
    para(d, "Departementene rapporterer nedenfor på tiltak etter hovedinnsatsområde. Nye tiltak og tiltak som er videreført "
            "fra 2018 er tatt med. Tiltak som er avsluttet i 2018 er ikke gjentatt.")
    ms = rep["measures"]
    for a in ("1", "2", "3"):
        sub = [m for m in ms if area_of(m) == a]
        if not sub:
            continue
        para(d, f"Hovedinnsatsområde {a}: {AREA[a]}", bold=True, size=13)
        t = d.add_table(rows=1 + len(sub), cols=7)
        t.style = "Table Grid"
        header_row(t, ["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Periode", "Beskrivelse"], size=9)
        for i, m in enumerate(sub, 1):
            c = t.rows[i].cells
            put(c[0], D(m, "delmal"), size=9)
            put(c[1], m["title"], size=9)
            put(c[2], m["tsrc"], size=9)
            put(c[3], m["responsible"], size=9)
            put(c[4], P(m), size=9)
            put(c[5], m["period"] or "", size=9)
            put(c[6], m["description"] or "", size=9)
            if m["tiltak_id"] == "BRANSJE":
                add_par(c[6], "Nøkkeltall 2019:", bold=True, size=8)
                nt = c[6].add_table(rows=4, cols=2)
                nt.style = "Table Grid"
                for j, (x, y) in enumerate([("Program", "Deltakere"), ("Industri og bygg", "1 150"),
                                            ("Kommunal helse og omsorg", "980"), ("Varehandel", "210")]):
                    put(nt.cell(j, 0), x, size=8, bold=(j == 0)); put(nt.cell(j, 1), y, size=8, bold=(j == 0))
                add_par(c[6], "")
        widths(t, [1.8, 3.4, 2.0, 1.9, 2.6, 1.6, 4.3])
        para(d, "")
    para(d, "Kontakt: Kunnskapsdepartementet, Kompetansepolitisk avdeling, postmottak@kd.dep.no", italic=True, size=9)
    d.save(path)


# ------------------------------------------------------------------ LO 2019 (docx)
def lo2019(rep, path):
    d = new_doc("Arial", 10, 1.6)
    header_footer(d.sections[0], header="LO", footer="Landsorganisasjonen i Norge – innrapportering 2019", page=False)
    para(d, "Innrapportering fra LO – Nasjonal kompetansepolitisk strategi 2019", bold=True, size=15)
    para(d, "Til: Sekretariatet for Kompetansepolitisk råd", size=9)
    para(d, "LOs tiltak er ført opp i tabellen under. Delmål er oppgitt med strategiens nummerering.", size=9)
    ms = rep["measures"]
    t = d.add_table(rows=2 + len(ms), cols=8)
    t.style = "Table Grid"
    header_row(t, ["Nr", "Tiltak", "Delmål", "Type", "Ansvar", "Partnere", "Periode", "Beskrivelse"], size=8, repeat=False)
    for i, m in enumerate(ms, 1):
        c = t.rows[i].cells
        put(c[0], f"{i}.", size=8)
        put(c[1], m["title"], size=8)
        put(c[2], D(m, "slash"), size=8)
        put(c[3], m["tsrc"], size=8)
        put(c[4], m["responsible"], size=8)
        put(c[5], P(m, ""), size=8)
        put(c[6], m["period"] or "", size=8)
        put(c[7], m["description"] or "", size=8)
    last = t.rows[-1].cells
    c = last[0].merge(last[7])
    put(c, f"Sum: {len(ms)} tiltak", bold=True, size=8)
    widths(t, [0.8, 3.4, 1.3, 1.8, 1.9, 2.5, 1.6, 4.4])
    para(d, "")
    box = d.add_table(rows=1, cols=1); box.style = "Table Grid"
    put(box.cell(0, 0), "Kontaktperson\nRådgiver i LOs avdeling for utdanning og kompetanse\nTelefon 23 06 10 50 · e-post: utdanning@lo.no", size=9)
    shade(box.cell(0, 0), "F2F2F2")
    d.save(path)


# ------------------------------------------------------------------ NHO 2018 (-> PDF)
def nho2018(rep, path):
    d = new_doc("Liberation Sans", 10)
    header_footer(d.sections[0], header="NHO · Næringslivets Hovedorganisasjon", page_fmt="{PAGE}")
    para(d, "NHOs rapport til Kompetansepolitisk råd 2018", bold=True, size=18)
    para(d, "Oppfølging av Nasjonal kompetansepolitisk strategi", size=12)
    para(d, "NHO i tall", bold=True)
    st = d.add_table(rows=4, cols=2); st.style = "Table Grid"
    for i, (a, b) in enumerate([("Medlemsbedrifter", "ca. 27 000"), ("Ansatte i medlemsbedriftene", "ca. 600 000"),
                                ("Lærlinger i medlemsbedrifter", "14 500"), ("Landsforeninger", "16")]):
        put(st.cell(i, 0), a); put(st.cell(i, 1), b)
    widths(st, [7, 4])
    para(d, "")
    para(d, "NHO har i 2018 prioritert tiltak som styrker fag- og yrkesopplæringen og kunnskapsgrunnlaget for "
            "kompetanseinvesteringer i næringslivet. Tabellen på de neste sidene viser alle tiltak NHO rapporterer, "
            "gruppert etter strategiens tre hovedinnsatsområder.")
    s = landscape_section(d)
    header_footer(s, header="NHO · Næringslivets Hovedorganisasjon", page_fmt="{PAGE}")
    para(d, "Tiltak 2018", bold=True, size=14)
    ms = rep["measures"]
    t = d.add_table(rows=2 + len(ms), cols=9); t.style = "Table Grid"
    header_row(t, ["Innsatsområde", "Nr", "Tiltak", "Delmål", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Tidsrom",
                   "Kort om tiltaket"], size=10, fill="C6E0B4")
    r = 1
    areas = []
    for i, m in enumerate(ms, 1):
        c = t.rows[r].cells
        put(c[1], str(i), size=10)
        put(c[2], m["title"], size=10, bold=True)
        put(c[3], D(m, "code"), size=10)
        put(c[4], m["tsrc"], size=10)
        put(c[5], m["responsible"], size=10)
        put(c[6], P(m, ""), size=10)
        put(c[7], m["period"] or "", size=10)
        put(c[8], m["description"] or "", size=10)
        a = area_of(m)
        if areas and areas[-1][0] == a:
            areas[-1][2] = r
        else:
            areas.append([a, r, r])
        r += 1
    for a, s0, s1 in areas:
        c = t.cell(s0, 0).merge(t.cell(s1, 0)) if s1 > s0 else t.cell(s0, 0)
        put(c, f"{a}. {AREA[a]}", size=10, italic=True)
    last = t.rows[r].cells
    put(last[0].merge(last[7]), "Totalt antall tiltak", bold=True, size=10)
    put(last[8], str(len(ms)), bold=True, size=10)
    widths(t, [2.6, 0.7, 5.0, 1.3, 2.2, 2.0, 3.2, 1.8, 6.7])
    s = portrait_section(d)
    header_footer(s, header="NHO · Næringslivets Hovedorganisasjon", page_fmt="{PAGE}")
    para(d, "Kontakt", bold=True, size=12)
    box = d.add_table(rows=1, cols=1); box.style = "Table Grid"
    put(box.cell(0, 0), "NHO Kompetanse og inkludering\nMiddelthuns gate 27, 0368 Oslo\nkompetanse@nho.no")
    shade(box.cell(0, 0), "E2EFDA")
    d.save(path)


# ------------------------------------------------------------------ NHO 2020 (docx, no tables for measures)
def nho2020(rep, path):
    d = new_doc("Calibri", 11)
    header_footer(d.sections[0], header="NHO – kompetanserapport 2020", page_fmt="Side {PAGE}")
    d.add_heading("Kompetanserapport 2020", 0)
    para(d, "NHOs oppfølging av Nasjonal kompetansepolitisk strategi")
    para(d, "Året 2020 ble preget av koronapandemien. Mange medlemsbedrifter permitterte ansatte, og behovet for "
            "opplæring av permitterte og ledige økte kraftig. Under følger NHOs tiltak, nummerert fortløpende.")
    d.add_heading("Lærekontrakter i NHO-bedrifter", 2)
    st = d.add_table(rows=3, cols=3); st.style = "Table Grid"
    for i, row in enumerate([("År", "Nye lærekontrakter", "Endring"), ("2019", "9 870", "+3 %"), ("2020", "9 210", "-7 %")]):
        for j, v in enumerate(row):
            put(st.cell(i, j), v, bold=(i == 0))
    for i, m in enumerate(rep["measures"], 1):
        d.add_heading(f"{i}. {m['title']}", 2)
        if m["description"]:
            para(d, m["description"])
        para(d, f"Delmål: {D(m, 'code')}")
        para(d, f"Type tiltak: {m['tsrc']}")
        para(d, f"Ansvarlig: {m['responsible']}")
        if m["partners"]:
            para(d, f"Samarbeid: {P(m)}")
        para(d, f"Når: {m['period']}")
    d.add_heading("Møter 2020", 2)
    for x in ("12. mars: Kompetansepolitisk råd (digitalt)", "3. september: Kompetansepolitisk råd",
              "Løpende dialogmøter med KD om kompetansepakken"):
        para(d, x, style="List Bullet")
    para(d, "Med vennlig hilsen\nNHO", italic=True)
    d.save(path)


# ------------------------------------------------------------------ KS 2018 (docx, one form per measure)
def ks2018(rep, path):
    d = new_doc("Calibri", 10.5)
    header_footer(d.sections[0], footer="KS – Kommunesektorens organisasjon", page_fmt="  s. {PAGE}")
    para(d, "KS – rapportering på Nasjonal kompetansepolitisk strategi 2018", bold=True, size=16)
    para(d, "Om rapporteringen", bold=True)
    para(d, "KS fyller ut ett skjema per tiltak, etter malen fra sekretariatet. Tiltak som gjelder hele kommunesektoren "
            "er tatt med, også der KS ikke har hovedansvaret.")
    for i, m in enumerate(rep["measures"], 1):
        para(d, f"Tiltak {i}", bold=True, size=12)
        labels = [("Navn på tiltak", m["title"]), ("Relasjon til delmål", D(m, "code")),
                  ("Type tiltak", m["tsrc"]), ("Ansvarlig", m["responsible"]),
                  ("Samarbeidspartnere", P(m, "")), ("Beskrivelse", m["description"] or ""),
                  ("Tidspunkt og varighet", m["period"] or "")]
        t = d.add_table(rows=len(labels), cols=2); t.style = "Table Grid"
        for j, (a, b) in enumerate(labels):
            put(t.cell(j, 0), a, bold=True); shade(t.cell(j, 0), "FCE4D6")
            put(t.cell(j, 1), b)
        if m["tiltak_id"] == "KS_DIGIKOMP":
            c = t.cell(5, 1)
            add_par(c, "Deltakende kommuner per fylke:", italic=True)
            nt = c.add_table(rows=5, cols=2); nt.style = "Table Grid"
            for j, (x, y) in enumerate([("Fylke", "Antall kommuner"), ("Viken", "19"), ("Vestland", "14"),
                                        ("Trøndelag", "12"), ("Øvrige fylker", "26")]):
                put(nt.cell(j, 0), x, bold=(j == 0)); put(nt.cell(j, 1), y, bold=(j == 0))
            add_par(c, "")
        widths(t, [4.5, 12.5])
        para(d, "")
    d.save(path)


# ------------------------------------------------------------------ Spekter 2018 (docx)
def spekter2018(rep, path):
    d = new_doc("Georgia", 10)
    header_footer(d.sections[0], header="Spekter", footer="Arbeidsgiverforeningen Spekter", page_fmt="– {PAGE} –")
    para(d, "Spekters rapportering 2018", bold=True, size=16)
    para(d, "Nasjonal kompetansepolitisk strategi – tiltak i Spekter", size=11)
    ms = rep["measures"]
    t = d.add_table(rows=1 + 3 + len(ms), cols=7); t.style = "Table Grid"
    header_row(t, ["Tiltak", "Delmål", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Tidspunkt", "Kommentar"], size=8,
               fill="FFF2CC")
    r = 1
    put(t.rows[r].cells[0].merge(t.rows[r].cells[6]), "Hovedinnsatsområde 1: Gode valg for den enkelte og for samfunnet – ingen nye tiltak i 2018", bold=True, size=8)
    r += 1
    put(t.rows[r].cells[0].merge(t.rows[r].cells[6]), "Hovedinnsatsområde 2: Læring i arbeidslivet", bold=True, size=8)
    r += 1
    for m in ms:
        c = t.rows[r].cells
        put(c[0], m["title"], size=8); put(c[1], D(m, "code"), size=8); put(c[2], m["tsrc"], size=8)
        put(c[3], m["responsible"], size=8); put(c[4], P(m, ""), size=8); put(c[5], m["period"] or "", size=8)
        put(c[6], m["description"] or "", size=8)
        r += 1
    put(t.rows[r].cells[0].merge(t.rows[r].cells[6]), "Hovedinnsatsområde 3: Styrke kompetansen til voksne med svak tilknytning til arbeidslivet – se rapporten for 2017", bold=True, size=8)
    widths(t, [3.6, 1.2, 2.0, 2.0, 2.6, 1.8, 4.0])
    para(d, "")
    para(d, "Spekter deltok i tillegg på fire møter i Kompetansepolitisk råd i 2018.", size=9, italic=True)
    d.save(path)


# ------------------------------------------------------------------ Virke 2018 (-> PDF)
def virke2018(rep, path):
    d = new_doc("Liberation Sans", 10)
    header_footer(d.sections[0], header="Hovedorganisasjonen Virke", footer="virke.no", page_fmt="Side {PAGE} av {NUMPAGES}")
    para(d, "Virkes oppfølging av Nasjonal kompetansepolitisk strategi", bold=True, size=17)
    para(d, "Rapport til Kompetansepolitisk råd, desember 2018", size=11)
    box = d.add_table(rows=1, cols=3); box.style = "Table Grid"
    for i, x in enumerate(["Virke i tall:\n23 000 virksomheter", "Over 250 000 ansatte\ni medlemsvirksomhetene",
                           "Handel, tjenester og\nideelle virksomheter"]):
        put(box.cell(0, i), x, bold=True, size=9); shade(box.cell(0, i), "DEEAF6")
    para(d, "")
    para(d, "Virke har i 2018 lagt vekt på digitaliseringens betydning for kompetansebehovet i handel og tjenesteyting, "
            "og på hvordan kompetanse som bygges opp i arbeidslivet kan dokumenteres. Tiltakene er beskrevet i tabellen "
            "under. Tabellen fortsetter over flere sider.")
    ms = rep["measures"]
    t = d.add_table(rows=1 + len(ms), cols=4); t.style = "Table Grid"
    header_row(t, ["Tiltak", "Delmål", "Ansvar og partnere", "Type og tid"], size=9, repeat=False)
    for i, m in enumerate(ms, 1):
        c = t.rows[i].cells
        put(c[0], m["title"], bold=True, size=10.5)
        if m["description"]:
            add_par(c[0], m["description"], size=10.5)
        put(c[1], D(m, "code"), size=10.5)
        put(c[2], f"Ansvarlig: {m['responsible']}", size=10.5)
        if m["partners"]:
            add_par(c[2], f"Partnere: {P(m)}", size=10.5)
        put(c[3], f"Type: {m['tsrc']}", size=10.5)
        add_par(c[3], f"Tid: {m['period']}", size=10.5)
    widths(t, [6.6, 1.8, 4.8, 3.8])
    para(d, "")
    para(d, "Med vennlig hilsen\nHovedorganisasjonen Virke\nAvdeling for kompetansepolitikk")
    d.save(path)


# ------------------------------------------------------------------ YS 2019 (docx, bullets)
def ys2019(rep, path):
    d = new_doc("Calibri", 11)
    header_footer(d.sections[0], header="YS – Yrkesorganisasjonenes Sentralforbund", page=False)
    para(d, "YS' oppfølging av kompetansestrategien 2019", bold=True, size=16)
    para(d, "Kjære medlemmer av Kompetansepolitisk råd,", italic=True)
    para(d, "under følger YS' tiltak for 2019, sortert etter delmål. Hvert delmål er oppgitt én gang som overskrift.")
    for k, grp in runs(rep, "delmal"):
        code = grp[0]["delmal"][0]
        d.add_heading(f"{k[0].upper() + k[1:]} – {SHORT[code]}", 2)
        for m in grp:
            p = d.add_paragraph(style="List Bullet")
            r = p.add_run(m["title"] + ". "); r.bold = True
            if m["description"]:
                p.add_run(m["description"] + " ")
            bits = [f"Type: {m['tsrc']}", f"Ansvar: {m['responsible']}"]
            if m["partners"]:
                bits.append(f"Samarbeid: {P(m)}")
            bits.append(f"Periode: {m['period']}")
            p.add_run("(" + ". ".join(bits) + ")").italic = True
    d.add_heading("Møter", 2)
    for x in ("YS deltok på rådsmøtene 14. mars og 9. oktober 2019.", "YS har hatt to møter med KD om kompetansereformen."):
        para(d, x, style="List Bullet")
    para(d, "Vennlig hilsen\nYS")
    d.save(path)


# ------------------------------------------------------------------ Unio 2018 (-> PDF)
def unio2018(rep, path):
    d = new_doc("Liberation Serif", 11)
    header_footer(d.sections[0], header="Unio – hovedorganisasjon for universitetsutdannede", page_fmt="{PAGE}")
    para(d, "Unios rapport om oppfølging av Nasjonal kompetansepolitisk strategi 2018", bold=True, size=16)
    para(d, "Unio organiserer over 360 000 medlemmer i tolv forbund. Rapporten består av to tabeller: møter med "
            "myndighetene (Tabell 1) og Unios tiltak (Tabell 2). Delmålene er angitt med stikkord fra strategien.")
    para(d, "Tabell 1 Unios møter med myndighetene i 2018", italic=True)
    t1 = d.add_table(rows=4, cols=2); t1.style = "Table Grid"
    for i, (a, b) in enumerate([("Dato", "Tema"), ("15. februar", "Kompetansereformen – innspillmøte i KD"),
                                ("2. mai", "Ekspertutvalget for etter- og videreutdanning"),
                                ("30. oktober", "Kompetansepolitisk råd, ordinært møte")]):
        put(t1.cell(i, 0), a, bold=(i == 0)); put(t1.cell(i, 1), b, bold=(i == 0))
    widths(t1, [3.5, 13])
    para(d, "")
    para(d, "Tabell 2 Unios tiltak", italic=True)
    ms = rep["measures"]
    hdr = ["Delmål (stikkord)", "Tiltak", "Type", "Ansvarlig", "Samarbeid", "Periode", "Merknad"]

    def tbl(sub):
        t = d.add_table(rows=1 + len(sub), cols=7); t.style = "Table Grid"
        header_row(t, hdr, size=9, repeat=False)
        for i, m in enumerate(sub, 1):
            c = t.rows[i].cells
            put(c[0], D(m, "words"), size=9); put(c[1], m["title"], size=9); put(c[2], m["tsrc"], size=9)
            put(c[3], m["responsible"], size=9); put(c[4], P(m, ""), size=9); put(c[5], m["period"] or "", size=9)
            put(c[6], m["description"] or "", size=9)
        widths(t, [2.5, 3.0, 1.9, 2.1, 3.0, 1.5, 3.0])
    tbl(ms[:3])
    page_break(d)
    para(d, "Tabell 2 (forts.)", italic=True)
    tbl(ms[3:])
    para(d, "Kilde: Unios sekretariat. Tiltakene gjennomføres i samarbeid med forbundene.", size=9, italic=True)
    d.save(path)


# ------------------------------------------------------------------ Akademikerne 2018 (docx)
def aka2018(rep, path):
    d = new_doc("Calibri", 10, 2.2)
    header_footer(d.sections[0], header="Akademikerne", footer="Akademikernes tiltak 2018", page_fmt="{PAGE}")
    para(d, "Akademikernes tiltak 2018 – Nasjonal kompetansepolitisk strategi", bold=True, size=14)
    para(d, "Akademikerne har i 2018 særlig satset på kunnskapsgrunnlaget om etter- og videreutdanning for høyt utdannede.")
    ms = rep["measures"]
    t = d.add_table(rows=2 + len(ms), cols=8); t.style = "Table Grid"
    header_row(t, ["#", "Tiltak", "Delmål", "Type", "Ansvarlig", "Partner", "År", "Om tiltaket"], size=8)
    for i, m in enumerate(ms, 1):
        c = t.rows[i].cells
        put(c[0], str(i), size=8); put(c[1], m["title"], size=8); put(c[2], D(m, "code"), size=8)
        put(c[3], m["tsrc"], size=8); put(c[4], m["responsible"], size=8); put(c[5], P(m, ""), size=8)
        put(c[6], m["period"] or "", size=8); put(c[7], m["description"] or "", size=8)
    last = t.rows[-1].cells
    put(last[0].merge(last[7]), f"Totalt: {len(ms)} tiltak", bold=True, size=8)
    widths(t, [0.6, 4.4, 1.2, 1.1, 2.3, 1.9, 1.2, 3.4])
    d.save(path)


# ------------------------------------------------------------------ VOFO 2021 (docx)
def vofo2021(rep, path):
    d = new_doc("Calibri", 10.5)
    header_footer(d.sections[0], header="VOFO · Voksenopplæringsforbundet", page_fmt="Side {PAGE}")
    para(d, "Innrapportering til Kompetansepolitisk råd 2021", bold=True, size=15)
    para(d, "VOFO representerer frivilligheten i rådet. Studieforbundene hadde i 2021 om lag 350 000 kursdeltakere.")
    ms = rep["measures"]
    t = d.add_table(rows=1 + len(ms), cols=7); t.style = "Table Grid"
    header_row(t, ["Delmål", "Tiltak", "Type", "Ansvarlig", "Partnere", "Tid", "Kommentar"], size=9, repeat=False)
    r = 1
    for k, grp in runs(rep, "code"):
        s0 = r
        for m in grp:
            c = t.rows[r].cells
            put(c[1], m["title"], size=9); put(c[2], m["tsrc"], size=9); put(c[3], m["responsible"], size=9)
            put(c[4], P(m, ""), size=9); put(c[5], m["period"] or "", size=9); put(c[6], m["description"] or "", size=9)
            r += 1
        c = t.cell(s0, 0).merge(t.cell(r - 1, 0)) if r - 1 > s0 else t.cell(s0, 0)
        put(c, k, size=9, bold=True)
    widths(t, [1.6, 4.0, 1.8, 1.6, 2.4, 1.4, 4.2])
    para(d, "")
    para(d, "Kontakt: VOFO, Lakkegata 23, 0187 Oslo · post@vofo.no", size=9)
    d.save(path)


# ------------------------------------------------------------------ Møre og Romsdal 2018 (docx, nynorsk)
def mrfk2018(rep, path):
    d = new_doc("Calibri", 10.5)
    header_footer(d.sections[0], header="Møre og Romsdal fylkeskommune", page_fmt="Side {PAGE}")
    para(d, "Rapportering til Kompetansepolitisk råd 2018", bold=True, size=16)
    para(d, "Oppfølging av Nasjonal kompetansepolitisk strategi i Møre og Romsdal", size=12)
    para(d, "Fylkeskommunen har i 2018 arbeidd for å styrkje si rolle som regional kompetansepolitisk aktør. Tabellen i "
            "neste del syner tiltaka, sorterte etter delmål. Delmål som gjeld fleire tiltak er slått saman i tabellen.")
    para(d, "Nøkkeltal: 36 kommunar · 26 vidaregåande skular · 1 900 lærlingar", italic=True)
    s = landscape_section(d)
    header_footer(s, header="Møre og Romsdal fylkeskommune – tiltaksoversikt", page_fmt="Side {PAGE}")
    ms = rep["measures"]
    t = d.add_table(rows=1 + len(ms), cols=7); t.style = "Table Grid"
    header_row(t, ["Delmål", "Tiltak", "Type tiltak", "Ansvarleg", "Samarbeidspartnarar", "Skildring", "Tidsrom"], size=9,
               fill="E2EFDA")
    r = 1
    for k, grp in runs(rep, "code"):
        s0 = r
        for m in grp:
            c = t.rows[r].cells
            put(c[1], m["title"], size=9); put(c[2], m["tsrc"], size=9); put(c[3], m["responsible"], size=9)
            put(c[4], P(m, ""), size=9); put(c[5], m["description"] or "", size=9); put(c[6], m["period"] or "", size=9)
            r += 1
        c = t.cell(s0, 0).merge(t.cell(r - 1, 0)) if r - 1 > s0 else t.cell(s0, 0)
        put(c, k, size=9, bold=True)
    widths(t, [1.6, 5.0, 2.8, 3.0, 4.2, 6.8, 2.2])
    s = portrait_section(d)
    header_footer(s, header="Møre og Romsdal fylkeskommune", page_fmt="Side {PAGE}")
    para(d, "Møte og samarbeid i 2018", bold=True, size=12)
    for x in ("Fire møte i Yrkesopplæringsnemnda", "Regional samling for karriererettleiarar i Molde, 18. oktober",
              "Dialogmøte med KMD om regionreforma"):
        para(d, x, style="List Bullet")
    para(d, "Venleg helsing\nMøre og Romsdal fylkeskommune, utdanningsavdelinga")
    d.save(path)


# ------------------------------------------------------------------ Vestland 2021 (-> PDF, nynorsk, landscape)
def vestland2021(rep, path):
    d = new_doc("Liberation Sans", 10.5, 1.5)
    s = landscape_section(d, new=False)
    header_footer(s, header="Vestland fylkeskommune · Rapportering til Kompetansepolitisk råd 2021",
                  footer="Vestland fylkeskommune", page_fmt="Side {PAGE}")
    para(d, "Rapportering frå Vestland fylkeskommune 2021", bold=True, size=16)
    para(d, "Vestland fylkeskommune vart etablert 1. januar 2020 ved samanslåing av Hordaland og Sogn og Fjordane. "
            "Rapporten samlar tiltak som følgjer opp Nasjonal kompetansepolitisk strategi. Tabellen held fram over fleire "
            "sider; overskriftsrada er gjenteken på kvar side.")
    para(d, "Tabell 1 Tiltak 2021", italic=True)
    ms = rep["measures"]
    t = d.add_table(rows=2 + len(ms), cols=8); t.style = "Table Grid"
    z = 10.5
    header_row(t, ["Nr", "Tiltak", "Delmål", "Type tiltak", "Ansvarleg", "Samarbeidspartnarar", "Skildring", "Tidsrom"],
               size=z, fill="BDD7EE")
    for i, m in enumerate(ms, 1):
        c = t.rows[i].cells
        put(c[0], str(i), size=z); put(c[1], m["title"], size=z, bold=True); put(c[2], D(m, "code"), size=z)
        put(c[3], m["tsrc"], size=z); put(c[4], m["responsible"], size=z); put(c[5], P(m, ""), size=z)
        put(c[6], m["description"] or "", size=z); put(c[7], m["period"] or "", size=z)
    last = t.rows[-1].cells
    put(last[0].merge(last[7]), f"Sum: {len(ms)} tiltak", bold=True, size=z)
    widths(t, [0.8, 4.6, 1.6, 2.6, 3.0, 3.6, 8.0, 2.0])
    para(d, "")
    para(d, "Møte og samlingar 2021", bold=True)
    for x in ("Kompetanseforum Vestland: fire møte (februar, mai, september, november)",
              "Regional samling om fagbrev på jobb, Førde 14. oktober"):
        para(d, x, style="List Bullet")
    d.save(path)


# ------------------------------------------------------------------ HK-dir 2022 (docx)
def hkdir2022(rep, path):
    d = new_doc("Calibri", 10)
    header_footer(d.sections[0], header="Direktoratet for høyere utdanning og kompetanse (HK-dir)", page_fmt="Side {PAGE}")
    para(d, "HK-dirs rapportering på Nasjonal kompetansepolitisk strategi 2022", bold=True, size=16)
    para(d, "HK-dir overtok 1. juli 2021 oppgavene til Kompetanse Norge. Rapporten omfatter tiltak som direktoratet "
            "forvalter på oppdrag fra Kunnskapsdepartementet.")
    para(d, "Nøkkeltall 2022", bold=True)
    st = d.add_table(rows=4, cols=3); st.style = "Table Grid"
    for i, row in enumerate([("Ordning", "Tilskudd (mill. kr)", "Deltakere"), ("Bransjeprogram", "310", "14 800"),
                             ("Kompetansepluss", "180", "6 200"), ("Fleksible utdanningstilbud", "245", "9 400")]):
        for j, v in enumerate(row):
            put(st.cell(i, j), v, bold=(i == 0))
    widths(st, [6, 4, 4])
    s = landscape_section(d)
    header_footer(s, header="HK-dir – tiltaksoversikt 2022", page_fmt="Side {PAGE}")
    para(d, "Tiltaksoversikt", bold=True, size=13)
    ms = rep["measures"]
    t = d.add_table(rows=1 + len(ms), cols=8); t.style = "Table Grid"
    header_row(t, ["Hovedinnsatsområde", "Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Periode",
                   "Beskrivelse"], size=8, fill="D9D9D9")
    r = 1
    areas = []
    for m in ms:
        c = t.rows[r].cells
        put(c[1], D(m, "comma"), size=8); put(c[2], m["title"], size=8, bold=True); put(c[3], m["tsrc"], size=8)
        put(c[4], m["responsible"], size=8); put(c[5], P(m, ""), size=8); put(c[6], m["period"] or "", size=8)
        put(c[7], m["description"] or "", size=8)
        if m["tiltak_id"] == "BRANSJE":
            nt = c[7].add_table(rows=5, cols=2); nt.style = "Table Grid"
            for j, (x, y) in enumerate([("Bransjeprogram", "Deltakere 2022"), ("Industri og bygg", "4 100"),
                                        ("Kommunal helse og omsorg", "6 300"), ("Reiseliv og transport", "2 900"),
                                        ("Varehandel", "1 500")]):
                put(nt.cell(j, 0), x, size=7, bold=(j == 0)); put(nt.cell(j, 1), y, size=7, bold=(j == 0))
            add_par(c[7], "")
        a = area_of(m)
        if areas and areas[-1][0] == a:
            areas[-1][2] = r
        else:
            areas.append([a, r, r])
        r += 1
    for a, s0, s1 in areas:
        c = t.cell(s0, 0).merge(t.cell(s1, 0)) if s1 > s0 else t.cell(s0, 0)
        put(c, f"{a} {AREA[a]}", size=8, italic=True)
    widths(t, [2.8, 1.4, 4.4, 2.2, 1.6, 3.0, 1.6, 8.6])
    d.save(path)


# ------------------------------------------------------------------ Regjeringen 2025 (-> PDF)
def gov2025(rep, path):
    d = new_doc("Liberation Sans", 9.5, 1.7)
    header_footer(d.sections[0], header="Kunnskapsdepartementet · Tiltaksoversikt 2025–2026",
                  footer="Kompetansepolitisk råd", page_fmt="{PAGE}/{NUMPAGES}")
    para(d, "Regjeringens tiltaksoversikt 2025–2026", bold=True, size=16)
    para(d, "Nasjonal kompetansepolitisk strategi ble forlenget i 2022. Oversikten viser tiltak som pågår i 2025 og som er "
            "planlagt videreført i 2026. Innsatsområde-kolonnen er slått sammen over alle tiltak i samme område.")
    ms = rep["measures"]
    t = d.add_table(rows=1 + len(ms), cols=7); t.style = "Table Grid"
    header_row(t, ["Innsatsområde", "Delmål", "Tiltak og beskrivelse", "Type", "Ansvar", "Samarbeid", "Periode"], size=11,
               fill="FBE4D5")
    r = 1
    areas = []
    for m in ms:
        c = t.rows[r].cells
        put(c[1], D(m, "code"), size=11)
        put(c[2], m["title"], size=11, bold=True)
        if m["description"]:
            add_par(c[2], m["description"], size=11)
        put(c[3], m["tsrc"], size=11); put(c[4], m["responsible"], size=11); put(c[5], P(m, ""), size=11)
        put(c[6], m["period"] or "", size=11)
        a = area_of(m)
        if areas and areas[-1][0] == a:
            areas[-1][2] = r
        else:
            areas.append([a, r, r])
        r += 1
    for a, s0, s1 in areas:
        c = t.cell(s0, 0).merge(t.cell(s1, 0)) if s1 > s0 else t.cell(s0, 0)
        put(c, f"Hovedinnsatsområde {a}", size=11, italic=True)
    widths(t, [2.3, 1.3, 5.3, 2.3, 1.6, 2.3, 1.6])
    para(d, "")
    para(d, "Rapporterte tiltak fra regjeringen per år", bold=True)
    st = d.add_table(rows=3, cols=6); st.style = "Table Grid"
    for i, row in enumerate([("År", "2017", "2018", "2019", "2023", "2025"), ("Antall tiltak", "31", "38", "29", "24", "8"),
                             ("Herav videreført", "–", "14", "17", "15", "6")]):
        for k, v in enumerate(row):
            put(st.cell(i, k), v, bold=(i == 0), size=9)
    d.save(path)


LAYOUTS = dict(gov2018=gov2018, gov2019=gov2019, lo2019=lo2019, nho2018=nho2018, nho2020=nho2020, ks2018=ks2018,
               spekter2018=spekter2018, virke2018=virke2018, ys2019=ys2019, unio2018=unio2018, aka2018=aka2018,
               vofo2021=vofo2021, mrfk2018=mrfk2018, vestland2021=vestland2021, hkdir2022=hkdir2022, gov2025=gov2025)
