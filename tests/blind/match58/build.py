# -*- coding: utf-8 -*-
import os, glob
from render_lib import *
from fpdf import FPDF
import data

def F(name):
    return [f for f in data.FILES if f["template"] == name][0]

def groups(rows):
    """consecutive rows with same printed delmål"""
    out = []
    for r in rows:
        if out and out[-1][0] == r["dp"]:
            out[-1][1].append(r)
        else:
            out.append((r["dp"], [r]))
    return out

# ---------------------------------------------------------------- ak17 (docx)
def ak17(f):
    d = new_doc("Arial", 10); hf(d, header="Akershus fylkeskommune – Kompetanse og opplæring", page_field=True)
    para(d, "Rapport til Kompetansepolitisk råd", bold=True, size=18)
    para(d, "Oppfølging av Nasjonal kompetansepolitisk strategi 2017–2021 – rapportering for 2017")
    para(d, "Akershus fylkeskommune har fått i oppdrag å rapportere på hvilke tiltak fylkeskommunen har satt i gang for å følge opp strategien. "
            "Tiltakene er knyttet til strategiens nummererte tiltak 1–16.")
    table(d, [["Kontaktperson", "Kari Nordby, seniorrådgiver"], ["E-post", "kari.nordby@afk.no"], ["Telefon", "22 05 50 00"]], header=False, bold_first_col=True)
    for i, r in enumerate(f["rows"], 1):
        para(d, "")
        para(d, f"Tiltak {i}", bold=True, size=12)
        table(d, [["Navn på tiltak", r["title"]], ["Relasjon til NKPS tiltak nr", r["dp"]], ["Type tiltak", r["tp"]],
                  ["Ansvarlig", r["responsible"]], ["Samarbeidspartnere", r["partners_printed"]],
                  ["Beskrivelse", nz(r["description"], "")], ["Tidspunkt og varighet", r["period"]]], header=False, bold_first_col=True)
    para(d, "")
    para(d, "Møter i Kompetanseforum Akershus 2017", bold=True)
    for m in ["14. mars 2017 – konstituerende møte", "20. juni 2017 – regionale kompetansebehov", "7. november 2017 – rapportering til rådet"]:
        d.add_paragraph(m, style="List Bullet")
    para(d, "Med vennlig hilsen\nAkershus fylkeskommune\nAvdeling for videregående opplæring")
    d.save(os.path.join(OUT, f["name"]))

# ---------------------------------------------------------------- ho17 (reportlab, nynorsk table)
def ho17(f):
    st = PS("b", size=7.5); h = PS("h", "DVB", 14); n = PS("n", size=9.5)
    story = [P("Hordaland fylkeskommune", PS("lh", "DVB", 10)), P("Opplæringsavdelinga", n), Spacer(1, 10),
             P("Rapportering frå Hordaland fylkeskommune – oppfølging av Nasjonal kompetansepolitisk strategi 2017", h), Spacer(1, 6),
             P("Tiltaka under er knytte til dei nummererte tiltaka i strategien (tiltak nr. 1–16).", n), Spacer(1, 8)]
    rows = [["Nr", "Tiltak", "NKPS-tiltak nr.", "Type", "Ansvar", "Partnarar", "Tid"]]
    for i, r in enumerate(f["rows"], 1):
        rows.append([str(i), r["title"], r["dp"], r["tp"], r["responsible"], r["partners_printed"], r["period"]])
    story.append(grid_table(rows, [0.8*cm, 3.3*cm, 1.8*cm, 2.9*cm, 3.1*cm, 3.0*cm, 2.1*cm], st))
    story += [Spacer(1, 14), P("Vaksne i vidaregåande opplæring 2015–2017", PS("h2", "DVB", 11)), Spacer(1, 4),
              grid_table([["År", "Søkjarar", "Tekne inn", "Fullført"], ["2015", "1 412", "1 108", "702"], ["2016", "1 530", "1 201", "745"],
                          ["2017", "1 644", "1 322", "—"]], [3*cm, 3*cm, 3*cm, 3*cm], st),
              Spacer(1, 10), P("Møte i Kompetansepolitisk råd: Fylkeskommunen deltok på møtet 12. oktober 2017 i Oslo.", n)]
    rl_build(f["name"], story, footer="Hordaland fylkeskommune · Agnes Mowinckels gate 5 · 5008 Bergen", numfmt="{n}")

# ---------------------------------------------------------------- bu18 (reportlab, heading per measure)
def bu18(f):
    n = PS("n", "DVS", 10); h1 = PS("h1", "DVSB", 16, spaceAfter=8); h2 = PS("h2", "DVSB", 12, spaceBefore=10, spaceAfter=4)
    story = [P("Buskerud fylkeskommune", PS("t", "DVSB", 22)), Spacer(1, 8),
             P("Kompetanserapport 2018 – rapportering til Kompetansepolitisk råd", h1),
             P("Buskerud fylkeskommune rapporterer her sine tiltak for 2018. Fylkestinget har vedtatt en egen kompetansestrategi, og arbeidet "
               "koordineres gjennom Kompetanseforum Buskerud.", n), Spacer(1, 8),
             P("Nøkkeltall", h2),
             grid_table([["Indikator", "2017", "2018"], ["Lærlinger med kontrakt", "1 890", "1 957"], ["Voksne deltakere i videregående", "1 120", "1 204"],
                         ["Veiledningssamtaler ved karrieresenteret", "2 310", "2 644"]], [8*cm, 3*cm, 3*cm], PS("c", "DVS", 9)),
             PageBreak()]
    for i, r in enumerate(f["rows"], 1):
        blk = [P(f"Tiltak {i}: {r['title']}", h2)]
        for lab, v in [("Delmål:", r["dp"]), ("Type:", r["tp"]), ("Ansvarlig:", r["responsible"]), ("Partnere:", r["partners_printed"]), ("Periode:", r["period"])]:
            blk.append(Paragraph(f"<font name='DVSB'>{lab}</font> {escape(v)}", n))
        if r["description"]:
            blk += [Spacer(1, 3), P(r["description"], n)]
        story.append(KeepTogether(blk))
    rl_build(f["name"], story, header="Buskerud fylkeskommune – Kompetanserapport 2018", numfmt="Side {n}", font="DVS")

# ---------------------------------------------------------------- he18 (LibreOffice, words-only delmål table)
def he18(f):
    d = new_doc("Calibri", 9, landscape_=True); hf(d, header="Hedmark fylkeskommune", footer="Rapportering NKPS 2018")
    para(d, "Hedmark fylkeskommune – rapportering av tiltak 2018", bold=True, size=15)
    para(d, "Tiltakene er ordnet etter områdene i Nasjonal kompetansepolitisk strategi.")
    rows = [["Område i strategien", "Tiltak", "Type", "Ansvarlig", "Samarbeidspartnere", "Tidsrom"]]
    for r in f["rows"]:
        rows.append([r["dp"], r["title"], r["tp"], r["responsible"], r["partners_printed"], r["period"]])
    table(d, rows, widths=[Cm(5.2), Cm(6.6), Cm(2.8), Cm(3.2), Cm(4.4), Cm(2.4)])
    para(d, "")
    para(d, "Tall fra Hedmark", bold=True)
    for m in ["214 voksne har startet i Fagbrev på jobb siden 2017.", "Karriere Hedmark hadde 1 900 veiledningssamtaler i 2018.", "12 kommuner deltar i samarbeidet med NAV."]:
        d.add_paragraph(m, style="List Bullet")
    para(d, "Kontakt: Hedmark fylkeskommune, Fylkeshuset, Hamar – postmottak@hedmark.org")
    p = os.path.join(BUILD, "docx_src", "Hedmark_fylkeskommune_NKPS_2018.docx"); d.save(p); lo_convert(p, f["name"])

# ---------------------------------------------------------------- sf18 (docx nynorsk numbered headings)
def sf18(f):
    d = new_doc("Cambria", 11)
    para(d, "Sogn og Fjordane fylkeskommune", bold=True, size=14)
    para(d, "Til Kompetansepolitisk råd v/ Kompetanse Noreg")
    para(d, "Rapportering av tiltak i 2018", bold=True, size=16)
    para(d, "Vi viser til førespurnad om rapportering og sender med dette ei oversikt over tiltaka våre som følgjer opp Nasjonal kompetansepolitisk strategi.")
    for i, r in enumerate(f["rows"], 1):
        d.add_heading(f"{i}. {r['title']}", level=2)
        for lab, v in [("Delmål:", r["dp"]), ("Type tiltak:", r["tp"]), ("Ansvarleg:", r["responsible"]),
                       ("Samarbeidspartnarar:", r["partners_printed"]), ("Tidsrom:", r["period"])]:
            label_para(d, lab, v)
        if r["description"]:
            label_para(d, "Skildring:", r["description"])
    d.add_heading("Møte i Kompetanseforum 2018", level=2)
    for m in ["6. februar – Førde", "24. april – Sogndal", "18. september – Nordfjordeid", "4. desember – Førde"]:
        d.add_paragraph(m, style="List Bullet")
    para(d, "Med helsing\nJon Fjærestad\nfylkesdirektør for opplæring")
    d.save(os.path.join(OUT, f["name"]))

# ---------------------------------------------------------------- lo18 (reportlab sections)
def lo18(f):
    n = PS("n", size=10); b = PS("b", "DVB", 10.5, spaceBefore=8); s = PS("s", size=9, textColor=colors.HexColor("#333333"))
    h = PS("h", "DVB", 13, spaceBefore=12, spaceAfter=4)
    story = [P("LO", PS("t", "DVB", 28)), P("Landsorganisasjonen i Norge", n), Spacer(1, 10),
             P("Rapportering til Kompetansepolitisk råd 2018", PS("t2", "DVB", 16)), Spacer(1, 8),
             P("LOs representanter i rådet:", b)]
    for x in ["Peggy Hessen Følsvik, nestleder", "Trine Lise Sundnes, rådgiver"]:
        story.append(P("• " + x, n))
    areas = {"1": "Hovedinnsatsområde 1: Gode valg for den enkelte og for samfunnet", "2": "Hovedinnsatsområde 2: Læring i arbeidslivet",
             "3": "Hovedinnsatsområde 3: Styrke kompetansen til voksne med svak tilknytning til arbeidslivet"}
    cur_area = None
    for dp, rows in groups(f["rows"]):
        a = rows[0]["delmal"][0][0]
        if a != cur_area:
            story.append(P(areas[a], h)); cur_area = a
        story.append(P(dp, PS("dm", "DVB", 10, textColor=colors.HexColor("#B00000"))))
        for r in rows:
            story.append(P(r["title"], b))
            story.append(P(f"Ansvarlig: {r['responsible']}. Samarbeid: {nz(r['partners_printed'])}. Type: {r['tp']}. Tid: {r['period']}.", s))
            if r["description"]:
                story.append(P(r["description"], n))
    story += [Spacer(1, 12), P("Avslutningsvis vil LO understreke at partssamarbeidet er nøkkelen til å lykkes med kompetansepolitikken.", n)]
    rl_build(f["name"], story, footer="LO – Youngs gate 11, Oslo", numfmt="{n}")

# ---------------------------------------------------------------- tr19 (docx overview + utdyping)
def tr19(f):
    d = new_doc("Calibri", 10, landscape_=True)
    hf(d, header="Trøndelag fylkeskommune / Trööndelagen fylhkentjïelte", footer="Rapportering NKPS 2019")
    para(d, "Trøndelag fylkeskommune", bold=True, size=16)
    para(d, "Trööndelagen fylhkentjïelte", italic=True, size=12)
    para(d, "Rapportering til Kompetansepolitisk råd 2019", bold=True, size=13)
    rows = [["Nr", "Tiltak", "Delmål", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Periode"]]
    for i, r in enumerate(f["rows"], 1):
        rows.append([f"{i}.", r["title"], r["dp"], r["tp"], r["responsible"], r["partners_printed"], r["period"]])
    table(d, rows, style="Light Grid Accent 1")
    d.add_heading("Utdyping", level=2)
    for i, r in enumerate(f["rows"], 1):
        if r["description"]:
            para(d, f"Til nr. {i}: {r['description']}")
    d.add_heading("Lærlinger i Trøndelag", level=2)
    table(d, [["År", "Nye lærekontrakter", "Godkjente lærebedrifter"], ["2017", "2 480", "1 915"], ["2018", "2 566", "1 960"], ["2019", "2 610", "2 004"]])
    para(d, "Møter: Kompetanseforum Trøndelag møttes 5. februar, 14. mai og 28. oktober 2019.")
    d.save(os.path.join(OUT, f["name"]))

# ---------------------------------------------------------------- ks19 (reportlab landscape matrix)
def ks19(f):
    st = PS("c", size=8.5)
    story = [P("KS – Kommunesektorens organisasjon", PS("t", "DVB", 15)), P("Oppfølging av Nasjonal kompetansepolitisk strategi – tiltak 2019", PS("t2", "DVB", 12)),
             Spacer(1, 8)]
    rows = [["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere"]]
    for dp, rs in groups(f["rows"]):
        for k, r in enumerate(rs):
            rows.append([dp if k == 0 else "", r["title"], r["tp"], r["responsible"], r["partners_printed"] or ""])
    story.append(grid_table(rows, [2*cm, 8.5*cm, 3.5*cm, 4.5*cm, 7*cm], st))
    story += [Spacer(1, 14), grid_table([["KS i tall"], ["356 kommuner og 11 fylkeskommuner er medlemmer"], ["310 kommuner bruker KS Læring"],
                                         ["Om lag 7 800 lærlinger i kommunesektoren"]], [10*cm], st)]
    rl_build(f["name"], story, header="KS – rapportering 2019", pagesize=landscape(A4), numfmt="Side {n}")

# ---------------------------------------------------------------- vi20 (LibreOffice, form tables)
def vi20(f):
    d = new_doc("Arial", 10); hf(d, header="Viken fylkeskommune – Årsrapportering NKPS 2020", footer="viken.no", page_field=True)
    para(d, "Viken fylkeskommune", bold=True, size=20)
    para(d, "Årsrapportering NKPS 2020", bold=True, size=14)
    para(d, "Om sammenslåingen: Viken fylkeskommune ble etablert 1. januar 2020 ved sammenslåing av Akershus, Buskerud og Østfold fylkeskommuner. "
            "Rapporten omfatter tiltak i den nye fylkeskommunen.")
    table(d, [["Kontakt", "Avdeling for kompetanse og opplæring, postmottak@viken.no"]], header=False, bold_first_col=True)
    for i, r in enumerate(f["rows"], 1):
        d.add_heading(f"Tiltak {i}", level=3)
        t_ = table(d, [["Tiltak", r["title"]], ["Delmål", r["dp"]], ["Type", r["tp"]], ["Ansvarlig", r["responsible"]], ["Samarbeidspartnere", r["partners_printed"]],
                  ["Beskrivelse", nz(r["description"], "")], ["Varighet", r["period"]]], header=False, bold_first_col=True, widths=[Cm(4), Cm(12)])
        cant_split(t_)
    p = os.path.join(BUILD, "docx_src", "Viken_fylkeskommune_arsrapport_NKPS_2020.docx"); d.save(p); lo_convert(p, f["name"])

# ---------------------------------------------------------------- rg20 (docx ministry tables)
def rg20(f):
    d = new_doc("Times New Roman", 11)
    para(d, "Regjeringens rapportering til Kompetansepolitisk råd 2020", bold=True, size=16)
    d.add_heading("Forord", level=2)
    para(d, "Kompetansereformen Lære hele livet og regionreformen preger regjeringens arbeid i 2020. Fra 1. januar har fylkeskommunene fått "
            "flere oppgaver på det kompetansepolitiske området.")
    para(d, "Henrik Asheim\nforsknings- og høyere utdanningsminister", italic=True)
    areas = {"1": "Hovedinnsatsområde 1: Gode valg for den enkelte og for samfunnet", "2": "Hovedinnsatsområde 2: Læring i arbeidslivet",
             "3": "Hovedinnsatsområde 3: Styrke kompetansen til voksne med svak tilknytning til arbeidslivet"}
    for a in "123":
        rs = [r for r in f["rows"] if r["delmal"][0][0] == a]
        d.add_heading(areas[a], level=2)
        rows = [["Tiltak", "Delmål", "Ansvarlig departement", "Samarbeid", "Type", "Tidsrom"]]
        for r in rs:
            rows.append([r["title"], r["dp"], r["responsible"], r["partners_printed"], r["tp"], r["period"]])
        table(d, rows, style="Light List Accent 1")
    d.add_heading("Kontaktpersoner i departementene", level=2)
    table(d, [["Departement", "Kontakt"], ["KD", "Kompetansepolitisk avdeling"], ["KMD", "Regionalavdelingen"], ["ASD", "Arbeidsmarkedsavdelingen"]])
    d.save(os.path.join(OUT, f["name"]))

# ---------------------------------------------------------------- vl20 (docx nynorsk sections)
def vl20(f):
    d = new_doc("Calibri", 11); hf(d, header="Vestland fylkeskommune", footer="Rapportering 2020")
    para(d, "Vestland fylkeskommune – rapportering til Kompetansepolitisk råd 2020", bold=True, size=15)
    para(d, "Vestland fylkeskommune vart skipa 1. januar 2020 då Hordaland og Sogn og Fjordane vart slått saman. Her følgjer tiltaka våre, ordna etter delmål.")
    k = 0
    for dp, rs in groups(f["rows"]):
        d.add_heading(dp, level=2)
        for r in rs:
            k += 1
            p = d.add_paragraph(); x = p.add_run(f"{k}. Tiltak: {r['title']}"); x.bold = True
            p = d.add_paragraph()
            for lab, v in [("Type:", r["tp"]), ("Ansvarleg:", r["responsible"]), ("Samarbeidspartnarar:", r["partners_printed"]), ("Periode:", r["period"])]:
                rr = p.add_run(lab + " "); rr.italic = True
                p.add_run(v + ". ")
            if r["description"]:
                para(d, r["description"])
    d.add_heading("Møte i 2020", level=2)
    for m in ["Kompetanseforum Vestland: 3. juni (digitalt)", "Kompetanseforum Vestland: 25. november (digitalt)"]:
        d.add_paragraph(m, style="List Bullet")
    para(d, "Med helsing\nVestland fylkeskommune, Opplæring og kompetanse")
    d.save(os.path.join(OUT, f["name"]))

# ---------------------------------------------------------------- fpdf helpers
class PDF(FPDF):
    htxt = ""; ftxt = ""
    def header(self):
        if self.htxt:
            self.set_font("DV", "", 8); self.cell(0, 6, self.htxt, new_x="LMARGIN", new_y="NEXT"); self.ln(2)
    def footer(self):
        self.set_y(-14); self.set_font("DV", "", 8)
        self.cell(0, 6, f"{self.ftxt}   {self.page_no()}", align="R")

def fpdf_new(htxt, ftxt):
    pdf = PDF(); pdf.htxt = htxt; pdf.ftxt = ftxt
    pdf.add_font("DV", "", FD + "DejaVuSans.ttf"); pdf.add_font("DV", "B", FD + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", FD + "DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(True, 18); pdf.add_page(); return pdf

def mc(pdf, txt, size=10, style="", indent=0, h=5.5):
    pdf.set_font("DV", style, size); pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(pdf.w - pdf.l_margin - pdf.r_margin - indent, h, txt, new_x="LMARGIN", new_y="NEXT")

# ---------------------------------------------------------------- vi21 (fpdf2)
def vi21(f):
    pdf = fpdf_new("Viken FK – Rapportering 2021", "Viken fylkeskommune")
    mc(pdf, "Rapportering av tiltak 2021", 17, "B"); pdf.ln(2)
    mc(pdf, "Her følger Viken fylkeskommunes tiltak i 2021. Delmål er oppgitt med strategiens koder.")
    pdf.ln(3)
    for i, r in enumerate(f["rows"], 1):
        mc(pdf, r["title"], 12, "B")
        for lab, v in [("Delmål", r["dp"]), ("Type", r["tp"]), ("Ansvarlig", r["responsible"]), ("Samarbeid", r["partners_printed"]), ("Periode", r["period"])]:
            mc(pdf, f"{lab}: {v}", 10, "", 4)
        if r["description"]:
            mc(pdf, r["description"], 10, "I", 4)
        pdf.ln(3)
        if i == 4:
            mc(pdf, "Deltakere 2021", 11, "B")
            pdf.set_font("DV", "", 9)
            with pdf.table(col_widths=(60, 30, 30)) as t:
                for row in [("Ordning", "Deltakere", "Fullført"), ("Fagbrev på jobb", "412", "97"), ("Kurs for permitterte", "1 830", "1 402"), ("Karriereveiledning", "5 120", "–")]:
                    rr = t.row()
                    for c in row: rr.cell(c)
            pdf.ln(4)
    mc(pdf, "Rapporten er behandlet i hovedutvalg for utdanning og kompetanse 2. februar 2022.", 9, "I")
    pdf.output(os.path.join(OUT, f["name"]))

# ---------------------------------------------------------------- in21 (docx tables per area with comment)
def in21(f):
    d = new_doc("Calibri", 10, landscape_=True); hf(d, header="Innlandet fylkeskommune", footer="NKPS-rapport 2021")
    para(d, "Innlandet fylkeskommune – rapport om oppfølging av NKPS 2021", bold=True, size=15)
    table(d, [["Kontaktperson", "Ola Bakken, rådgiver kompetanse"], ["Telefon", "62 00 08 00"]], header=False, bold_first_col=True)
    areas = {"1": "1 Gode valg for den enkelte og for samfunnet", "2": "2 Læring i arbeidslivet", "3": "3 Voksne med svak tilknytning til arbeidslivet"}
    for a in "123":
        rs = [r for r in f["rows"] if r["delmal"][0][0] == a]
        if not rs: continue
        para(d, areas[a], bold=True, size=12)
        rows = [["Tiltak", "Delmål", "Type", "Ansvar", "Partnere", "Tid", "Kommentar"]]
        for r in rs:
            rows.append([r["title"], r["dp"], r["tp"], r["responsible"], r["partners_printed"], r["period"], nz(r["description"], "")])
        table(d, rows)
        para(d, "")
    d.save(os.path.join(OUT, f["name"]))

# ---------------------------------------------------------------- vt21 (LibreOffice vertical forms)
def vt21(f):
    d = new_doc("Calibri", 10); hf(d, footer="Vestfold og Telemark fylkeskommune – rapportering 2021")
    para(d, "Rapportering 2021", bold=True, size=18)
    para(d, "Vestfold og Telemark fylkeskommune rapporterer seks tiltak for 2021.")
    nrow = len(f["rows"])
    for i, r in enumerate(f["rows"], 1):
        para(d, f"Tiltak {i} av {nrow}", bold=True, size=11)
        table(d, [["Tiltak", r["title"]], ["Delmål", r["dp"]], ["Type tiltak", r["tp"]], ["Ansvarlig", r["responsible"]],
                  ["Samarbeidspartnere", r["partners_printed"]], ["Tidspunkt og varighet", r["period"]], ["Beskrivelse", nz(r["description"], "")]],
              header=False, bold_first_col=True, widths=[Cm(4.5), Cm(11.5)])
        para(d, "")
    para(d, "Vedlegg: møteplan", bold=True)
    table(d, [["Dato", "Møte"], ["9. mars", "Kompetanseforum"], ["15. juni", "Partnerskapsmøte karriere"], ["30. november", "Kompetanseforum"]])
    p = os.path.join(BUILD, "docx_src", "Vestfold_og_Telemark_FK_rapport_2021.docx"); d.save(p); lo_convert(p, f["name"])

# ---------------------------------------------------------------- nho21 (docx heading + mini table)
def nho21(f):
    d = new_doc("Calibri", 11); hf(d, header="NHO – Næringslivets Hovedorganisasjon")
    para(d, "NHOs rapport til Kompetansepolitisk råd 2021", bold=True, size=16)
    table(d, [["Om NHO"], ["NHO organiserer over 30 000 medlemsbedrifter i 16 landsforeninger og 10 regionkontorer."]], header=True)
    para(d, "Flere av tiltakene gjennomføres av NHOs regionkontorer i samarbeid med fylkeskommunene.")
    for r in f["rows"]:
        d.add_heading(r["title"], level=2)
        table(d, [["Delmål", r["dp"]], ["Ansvarlig", r["responsible"]], ["Partnere", nz(r["partners_printed"])]], header=False, bold_first_col=True)
        body = f"Type: {r['tp']}. Tid: {r['period']}."
        if r["description"]: body += " " + r["description"]
        para(d, body)
    d.add_heading("NHO i tall", level=2)
    for m in ["Om lag 8 500 lærlinger i NHO-bedrifter", "10 regionkontorer"]:
        d.add_paragraph(m, style="List Bullet")
    d.save(os.path.join(OUT, f["name"]))

# ---------------------------------------------------------------- vi22 (docx merged delmål cells)
def vi22(f):
    d = new_doc("Arial", 9.5, landscape_=True); hf(d, header="Viken fylkeskommune", page_field=True)
    para(d, "Tiltaksoversikt 2022 – Nasjonal kompetansepolitisk strategi", bold=True, size=15)
    para(d, "Innhold", bold=True)
    for m in ["1 Innledning", "2 Tiltaksoversikt", "3 Møter"]:
        para(d, m)
    para(d, "1 Innledning", bold=True, size=12)
    para(d, "Viken fylkeskommune er ansvarlig for alle tiltakene i oversikten. Stortinget har vedtatt at Viken skal deles fra 1. januar 2024.")
    para(d, "2 Tiltaksoversikt", bold=True, size=12)
    rows = [["Delmål", "Tiltak", "Type tiltak", "Samarbeid", "Periode"]]
    spans = []
    for dp, rs in groups(f["rows"]):
        start = len(rows)
        for k, r in enumerate(rs):
            rows.append([dp if k == 0 else "", r["title"], r["tp"], r["partners_printed"], r["period"]])
        spans.append((start, len(rows) - 1))
    t = table(d, rows)
    for a, b in spans:
        if b > a:
            t.cell(a, 0).merge(t.cell(b, 0))
    para(d, "")
    para(d, "3 Møter i Kompetansepolitisk råd 2022", bold=True, size=12)
    for m in ["10. mars 2022", "22. september 2022"]:
        d.add_paragraph(m, style="List Bullet")
    d.save(os.path.join(OUT, f["name"]))

# ---------------------------------------------------------------- vl23 (LibreOffice nynorsk two-col forms)
def vl23(f):
    d = new_doc("Liberation Serif", 11); hf(d, header="Vestland fylkeskommune", footer="Rapportering NKPS 2023", page_field=True)
    para(d, "Rapportering til Kompetansepolitisk råd 2023", bold=True, size=16)
    para(d, "Vestland fylkeskommune held fram arbeidet med kompetansepolitikken gjennom regional plan og Kompetanseforum Vestland. "
            "Nedanfor er kvart tiltak skildra i eit eige skjema.")
    for r in f["rows"]:
        table(d, [["Namn på tiltak", r["title"]], ["Delmål", r["dp"]], ["Type tiltak", r["tp"]], ["Ansvarleg", r["responsible"]],
                  ["Samarbeidspartnarar", r["partners_printed"]], ["Skildring", nz(r["description"], "")], ["Tidsrom", r["period"]]],
              header=False, bold_first_col=True, widths=[Cm(4.5), Cm(11.5)])
        para(d, "")
    para(d, "Møte og arrangement 2023", bold=True)
    for m in ["Kompetansedagen i Bergen, 8. mars", "Kompetanseforum Vestland, 13. juni og 21. november"]:
        d.add_paragraph(m, style="List Bullet")
    p = os.path.join(BUILD, "docx_src", "Vestland_FK_rapportering_NKPS_2023.docx"); d.save(p); lo_convert(p, f["name"])

# ---------------------------------------------------------------- tr23 (reportlab status table)
def tr23(f):
    st = PS("c", size=8.5); n = PS("n", size=10)
    story = [P("Trøndelag fylkeskommune", PS("t", "DVB", 16)), P("Trööndelagen fylhkentjïelte", PS("ts", "DV", 12, textColor=colors.HexColor("#555555"))),
             Spacer(1, 6), P("Oppfølging av kompetansestrategien – rapport til Kompetansepolitisk råd 2023", PS("t2", "DVB", 12)), Spacer(1, 8),
             P("Tall fra 2022", PS("h", "DVB", 11)),
             grid_table([["Område", "Antall"], ["Praksiskandidater i Fagbrev på jobb", "640"], ["Veiledninger i Karriere Trøndelag", "7 300"]], [9*cm, 3*cm], st),
             Spacer(1, 10), P("Status: V = videreført fra tidligere år, N = nytt tiltak i 2023.", n), Spacer(1, 6)]
    prev = {r["tid"] for ff in data.FILES if ff["reporter"] == f["reporter"] and ff["year"] < f["year"] for r in ff["rows"]}
    rows = [["Tiltak", "Delmål", "Type", "Status", "Ansvarlig og partnere", "Periode"]]
    for r in f["rows"]:
        rows.append([r["title"], r["dp"], r["tp"], "V" if r["tid"] in prev else "N",
                     f"Ansvarlig: {r['responsible']}; partnere: {r['partners_printed']}", r["period"]])
    story.append(grid_table(rows, [4.4*cm, 1.8*cm, 3.2*cm, 1.2*cm, 4.4*cm, 2.2*cm], st))
    rl_build(f["name"], story, header="Trøndelag fylkeskommune / Trööndelagen fylhkentjïelte", numfmt="{n}")

# ---------------------------------------------------------------- ak24 (fpdf2 bullet list)
def ak24(f):
    pdf = fpdf_new("", "Akershus fylkeskommune – rapport 2024")
    mc(pdf, "Akershus fylkeskommune", 18, "B")
    mc(pdf, "Rapport til Kompetansepolitisk råd 2024", 13, "B"); pdf.ln(2)
    mc(pdf, "Fra 1. januar 2024 er Akershus igjen egen fylkeskommune etter delingen av Viken. Noen tiltak er gjenopprettet, andre er nye. "
            "Under følger fylkeskommunens tiltak med delmål og type.")
    pdf.ln(3)
    for r in f["rows"]:
        mc(pdf, f"• {r['title']} — {r['dp']} — {r['tp']}", 10.5, "B")
        mc(pdf, f"Ansvar: {r['responsible']}", 9.5, "", 6, 5)
        mc(pdf, f"Partnere: {r['partners_printed']}", 9.5, "", 6, 5)
        mc(pdf, f"Periode: {r['period']}", 9.5, "", 6, 5)
        if r["description"]:
            mc(pdf, r["description"], 9.5, "I", 6, 5)
        pdf.ln(2)
    pdf.ln(4); mc(pdf, "Vennlig hilsen\nAkershus fylkeskommune\nKompetanse og opplæring")
    pdf.output(os.path.join(OUT, f["name"]))

# ---------------------------------------------------------------- te24 (docx hvem-hva-når)
def te24(f):
    d = new_doc("Calibri", 10, landscape_=True); hf(d, header="Telemark fylkeskommune | Kompetanse", footer="Rapport NKPS 2024")
    para(d, "Telemark fylkeskommune: Dette gjorde vi i 2024", bold=True, size=16)
    para(d, "Møter i 2024", bold=True)
    for m in ["Kompetanseforum Telemark, første møte 11. april", "Partnerskapsmøte om karriereveiledning, 17. oktober"]:
        d.add_paragraph(m, style="List Bullet")
    rows = [["Tiltak", "Koblet til delmål", "Hva slags tiltak", "Hvem", "Med hvem", "Når", "Merknad"]]
    for r in f["rows"]:
        rows.append([r["title"], r["dp"], r["tp"], r["responsible"], r["partners_printed"], r["period"], nz(r["description"], "")])
    table(d, rows, style="Medium Shading 1 Accent 1")
    para(d, "Merknad: Tiltak merket «Videreført fra Vestfold og Telemark fylkeskommune» ble startet før delingen 1. januar 2024.", italic=True)
    d.save(os.path.join(OUT, f["name"]))

# ---------------------------------------------------------------- bu25 (docx four numbered points)
def bu25(f):
    d = new_doc("Georgia", 10.5); hf(d, header="Buskerud fylkeskommune")
    para(d, "Til Kompetansepolitisk råd", italic=True)
    para(d, "Buskerud fylkeskommune – rapportering 2025", bold=True, size=16)
    para(d, "Buskerud fylkeskommune ble gjenopprettet 1. januar 2024. Vi rapporterer her for andre gang som egen fylkeskommune etter delingen av Viken.")
    para(d, "Rapporteringspunkter:", bold=True)
    for i, r in enumerate(f["rows"], 1):
        para(d, f"{i}. {r['title']}")
        para(d, f"Relasjon til {r['dp']}.", italic=True)
    for r in f["rows"]:
        d.add_page_break() if r is f["rows"][0] else para(d, "")
        para(d, "1. Tiltak", bold=True)
        para(d, f"{r['title']} ({r['tp']})")
        para(d, f"Relasjon til {r['dp']}.")
        para(d, "2. Ansvarlig og samarbeidspartnere", bold=True)
        para(d, f"{r['responsible']} er ansvarlig. Samarbeidspartnere: {r['partners_printed']}.")
        para(d, "3. Beskrivelse", bold=True)
        para(d, nz(r["description"], "Ingen utfyllende beskrivelse."))
        para(d, "4. Tidspunkt og varighet", bold=True)
        para(d, r["period"])
    d.save(os.path.join(OUT, f["name"]))

# ---------------------------------------------------------------- hk26 (reportlab cards)
def hk26(f):
    st = PS("c", size=9); lb = PS("lb", "DVB", 7.5, textColor=colors.HexColor("#555555")); n = PS("n", size=10)
    story = [P("HK-dir", PS("t", "DVB", 24, textColor=colors.HexColor("#00507A"))),
             P("Direktoratet for høyere utdanning og kompetanse", n), Spacer(1, 6),
             P("Rapport til Kompetansepolitisk råd 2026", PS("t2", "DVB", 14)), Spacer(1, 8),
             grid_table([["Om HK-dir"], ["HK-dir ble etablert 1. juli 2021 og overtok oppgavene til Kompetanse Norge, DIKU og Unit."]], [16*cm], st),
             Spacer(1, 8), P("Tilskudd 2025 (mill. kr)", PS("h", "DVB", 11)),
             grid_table([["Ordning", "Mill. kr"], ["Kompetansepluss", "212"], ["Bransjeprogram", "336"], ["Karriereveiledning (fylkene)", "128"]], [9*cm, 3*cm], st),
             Spacer(1, 12)]
    for r in f["rows"]:
        def c(l, v): return [Paragraph(escape(l), lb), Paragraph(escape(nz(v)), st)]
        inner = Table([[c("Delmål", r["dp"]), c("Type", r["tp"]), c("Ansvarlig", r["responsible"])],
                       [c("Samarbeid", r["partners_printed"]), "", c("Periode", r["period"])]], colWidths=[5.3*cm]*3)
        inner.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("SPAN", (0, 1), (1, 1))]))
        cell = [Paragraph(escape(r["title"]), PS("ct", "DVB", 11)), inner]
        if r["description"]:
            cell.append(P(r["description"], st))
        card = Table([[cell]], colWidths=[16.5*cm])
        card.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#00507A")), ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F2F7FA"))]))
        story += [KeepTogether(card), Spacer(1, 8)]
    rl_build(f["name"], story, footer="HK-dir · hkdir.no", numfmt="Side {n}")

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True); os.makedirs(os.path.join(BUILD, "docx_src"), exist_ok=True)
    for p in glob.glob(os.path.join(OUT, "*")):
        if os.path.basename(p) not in ("expected.json", "near_misses.json", "README.md"):
            os.remove(p)
    for f in data.FILES:
        globals()[f["template"]](f)
        print("built", f["name"])
