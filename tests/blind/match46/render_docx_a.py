"""docx renderers, part A (LO 2017, Regjeringen 2017, KS 2018, YS 2019, MR 2019, Akademikerne 2020)."""
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx_kit import *
from common import oldnr_list, codes_join, WORDS, WORDS_NN

J = ", ".join


def lo17(f, path):
    d = new_doc("Calibri", 11)
    track_revisions_on(d)
    A, B, C = "Kari Nordby", "Per Aas (LO Stat)", "Randi Berg"
    s = d.sections[0]
    header_text(s, "LO – Landsorganisasjonen i Norge", "UTKAST 3")
    footer_page(s, "Side ")
    d.add_heading("Rapport til Kompetansepolitisk råd 2017", 1)
    h = d.add_heading("", 2)
    tracked_del(h, "Bakgrunn", B)
    tracked_ins(h, "Innledning", B)
    para(d, "LO rapporterer her tiltakene vi har arbeidet med i 2017 for å følge opp Nasjonal kompetansepolitisk "
            "strategi. Utkastet er kommentert av sekretariatet og LO Stat. Tiltakene er knyttet til strategiens "
            "nummererte tiltak (1–16).")
    d.add_heading("LOs tiltak", 2)
    rows = f["rows"]

    def facts_a(m):
        para(d, f"NKPS-tiltak nr. {oldnr_list(m['delmal'])}")
        para(d, f"Ansvar: {m['responsible']}")
        para(d, f"Samarbeid: {J(m['partners'])}")
        p = para(d, "Tidsrom: ")
        if m["tid"] == "T04":
            run(p, "2016–")
            tracked_del(p, "2018", C)
            tracked_ins(p, "2017", C)
        else:
            run(p, m["period"])
        para(d, f"Form: {m['type_printed']}")
        para(d, m["description"])

    for m in rows[:3]:
        p = d.add_paragraph(style="List Number")
        if m["tid"] == "T02":
            run(p, "LOs arbeid i ", bold=True)
            tracked_del(p, "Yrkesopplæringsrådet", B, bold=True)
            tracked_ins(p, "Samarbeidsrådet for yrkesopplæring (SRY)", B, bold=True)
        else:
            run(p, m["title"], bold=True)
        facts_a(m)
    # a whole measure typed by C and later deleted by A (tracked deletion: not a measure)
    dele = [("4. ", True), ("Innspill til stortingsmeldingen om livslang læring", True),
            ("NKPS nr. 6", False), ("Hvem: LO", False), ("Med: forbundene", False), ("Når: Høsten 2017", False),
            ("Type tiltak: Høringsinnspill", False),
            ("LO vil gi skriftlige innspill til arbeidet med en stortingsmelding om livslang læring.", False)]
    first = True
    for txt, b in dele:
        if first:
            p = d.add_paragraph()
            tracked_del(p, "4. ", A, font="Times New Roman", bold=True)
            first = False
            continue
        if b:
            tracked_del(p, txt, A, font="Times New Roman", bold=True)
            mark_par(p, "del", A)
        else:
            p = d.add_paragraph()
            tracked_del(p, txt, A, font="Times New Roman")
            mark_par(p, "del", A)
    # measures typed by C with manual numbers, other font and other labels
    nums = ["5. ", "6. ", "7. "]
    for m, n in zip(rows[3:6], nums):
        p = d.add_paragraph()
        run(p, n, bold=True, font="Times New Roman")
        run(p, m["title"], bold=True, font="Times New Roman")
        for lab, val in (("NKPS nr. ", oldnr_list(m["delmal"])), ("Hvem: ", m["responsible"]),
                         ("Med: ", J(m["partners"])), ("Når: ", m["period"]), ("Type tiltak: ", m["type_printed"])):
            p = d.add_paragraph(); run(p, lab + val, font="Times New Roman")
        p = d.add_paragraph(); run(p, m["description"], font="Times New Roman")
    # last measure inserted as a whole by A (tracked insertion: counts)
    m = rows[6]
    lines = [("8. " + m["title"], True), (f"NKPS nr. {oldnr_list(m['delmal'])}", False),
             (f"Hvem: {m['responsible']}", False), (f"Med: {J(m['partners'])}", False),
             (f"Når: {m['period']}", False), (f"Type tiltak: {m['type_printed']}", False), (m["description"], False)]
    for txt, b in lines:
        p = d.add_paragraph()
        tracked_ins(p, txt, A, date="2017-10-04T09:12:00Z", bold=b)
        mark_par(p, "ins", A, date="2017-10-04T09:12:00Z")
    d.add_heading("Møter LO har deltatt i", 2)
    for t in ("Kompetansepolitisk råd, 7. mars og 24. oktober 2017",
              "Innspillsmøte om kompetansereformen, Bodø 2. november 2017",
              "Idéverksted om etter- og videreutdanning, Oslo 8. november 2017"):
        para(d, t, style="List Bullet")
    d.save(path)


def reg17(f, path):
    d = new_doc("Times New Roman", 12)
    s = d.sections[0]
    header_text(s, "Kunnskapsdepartementet", "Notat")
    footer_page(s, "Oppfølging av NKPS 2017 – side ")
    d.add_heading("Oppfølging av Nasjonal kompetansepolitisk strategi – innspill fra departementene", 1)
    para(d, "Til: Kompetansepolitisk råd    Fra: KD, avdeling for kompetansepolitikk    Dato: 20.11.2017", size=10)
    d.add_heading("Innledning", 2)
    para(d, "Notatet sammenstiller innspillene fra departementene. Innspillene er gjengitt slik de kom inn, og "
            "formen varierer derfor mellom departementene. Henvisningene gjelder strategiens nummererte tiltak 1–16.")
    kd = [m for m in f["rows"] if m["part"] == "KD"]
    jd = [m for m in f["rows"] if m["part"] == "JD/ASD"]
    hod = [m for m in f["rows"] if m["part"] == "HOD"]
    d.add_heading("1 Kunnskapsdepartementet", 2)
    for m in kd:
        t = d.add_table(rows=7, cols=2)
        t.style = "Table Grid"
        labs = [("Tiltak", m["title"]), ("Strategiens tiltak nr.", oldnr_list(m["delmal"])),
                ("Ansvar", m["responsible"]), ("Samarbeid", J(m["partners"])), ("Virkemiddel", m["type_printed"]),
                ("Tidsplan", m["period"]), ("Omtale", m["description"])]
        for i, (a, b) in enumerate(labs):
            cell_text(t.cell(i, 0), a, bold=True, size=10)
            cell_text(t.cell(i, 1), b, bold=(i == 0), size=10)
            shade(t.cell(i, 0), "E7E6E6")
        col_widths(t, [4.5, 11.5])
        para(d, "")
    d.add_heading("2 Justis- og beredskapsdepartementet og Arbeids- og sosialdepartementet", 2)
    para(d, "Innspill fra JD og ASD (felles e-post 14.11.2017):", italic=True, size=10)
    for m in jd:
        p = d.add_paragraph(style="List Bullet")
        run(p, m["title"], font="Arial", size=10)
        run(p, f" (tiltak {oldnr_list(m['delmal'])}): ", font="Arial", size=10)
        run(p, m["description"] + f" Ansvar: {m['responsible']}. Med: {J(m['partners'])}. "
               f"Type: {m['type_printed'].lower()}. Periode: {m['period']}.", font="Arial", size=10)
    d.add_heading("3 Helse- og omsorgsdepartementet", 2)
    for m in hod:
        p = d.add_paragraph()
        run(p, m["title"] + ". ", bold=True)
        run(p, m["description"] + f" Planen følger opp strategiens tiltak nr. {oldnr_list(m['delmal'])}. "
               f"{m['responsible']} har ansvaret, i samarbeid med {codes_join(m['partners'])}. "
               f"Tidsrom: {m['period']} (virkemiddel: {m['type_printed'].lower()}).")
    d.add_heading("4 Oppsummering", 2)
    para(d, f"Departementene har meldt inn {len(f['rows'])} tiltak. KD vil be departementene om å bruke samme "
            "mal neste år. Kontaktperson i KD: seniorrådgiver Ola Vik.")
    d.save(path)


def ks18(f, path):
    d = new_doc("Calibri", 11)
    s = d.sections[0]
    header_text(s, "KS", "Tiltak NKPS 2018 – flettet utskrift", color="1F4E79")
    footer_page(s, "Side ", numpages=True)
    d.add_heading("KS – tiltak i oppfølgingen av Nasjonal kompetansepolitisk strategi 2018", 1)
    para(d, "Utskriften er laget ved fletting fra KS' tiltaksregister (Excel). Hver post står på egen side. "
            "Feltet «Kontakt» er KS' interne kontaktperson og sendes ikke videre.")
    para(d, f"Antall poster: {len(f['rows'])}", italic=True)
    contacts = ["Liv Hauge", "Tor Berg", "Siri Lunde", "Tor Berg", "Anne Moe", "Siri Lunde", "Geir Dahl"]
    n = len(f["rows"])
    for i, m in enumerate(f["rows"]):
        page_break(d)
        p = para(d, f"Post {i + 1} av {n}", size=8, color="808080")
        p = d.add_paragraph(style="Heading 2")
        simple_field(p, "MERGEFIELD Tiltak", m["title"])
        t = d.add_table(rows=7, cols=2)
        t.style = "Table Grid"
        vals = [("Delmål i NKPS", "Delmaal", ";".join(m["delmal"])), ("Kategori", "Kategori", m["type_printed"]),
                ("Eier", "Eier", m["responsible"]), ("Partnere", "Partnere", J(m["partners"])),
                ("Periode", "Periode", m["period"]), ("Omtale", "Omtale", m["description"]),
                ("Merknad", "Merknad", "Ny i 2018" if m["tid"] in ("K3",) else "")]
        for r, (lab, fld, val) in enumerate(vals):
            cell_text(t.cell(r, 0), lab, bold=True, size=10)
            shade(t.cell(r, 0), "DEEAF6")
            simple_field(t.cell(r, 1).paragraphs[0], f"MERGEFIELD {fld}", val)
        col_widths(t, [3.5, 12.5])
        p = para(d, "Kontakt: ", size=9, color="808080")
        simple_field(p, "MERGEFIELD Kontakt", contacts[i])
    d.save(path)


def ys19(f, path):
    d = new_doc("Arial", 10)
    s = d.sections[0]
    header_text(s, "YS – Yrkesorganisasjonenes Sentralforbund", "Rapport NKPS 2019")
    footer_page(s, "Side ", numpages=True)
    d.add_heading("YS' oppfølging av Nasjonal kompetansepolitisk strategi 2019", 1)
    para(d, "YS rapporterer under de delmålene i strategien der vi har egne tiltak. Der et tiltak også "
            "bidrar til et annet delmål, står det i teksten.")
    rows = {m["tid"]: m for m in f["rows"]}
    # (delmål of the left cell, [measures in the right cell])
    groups = [("1.4", [["T02"]]), ("2.1", [["Y3"]]), ("2.2", [["Y1", "Y2"], ["Y4"]])]
    nrows = 1 + sum(len(g[1]) for g in groups)
    t = d.add_table(rows=nrows, cols=2)
    t.style = "Table Grid"
    cell_text(t.cell(0, 0), "Delmål i strategien", bold=True)
    cell_text(t.cell(0, 1), "Hva YS gjør", bold=True)
    shade(t.cell(0, 0), "D9D9D9"); shade(t.cell(0, 1), "D9D9D9")
    repeat_header(t.rows[0])
    r = 1
    for code, cells in groups:
        r0 = r
        for ids in cells:
            c = t.cell(r, 1)
            first = True
            for tid in ids:
                m = rows[tid]
                if not first:
                    c.add_paragraph("")
                p = c.paragraphs[0] if first else c.add_paragraph()
                first = False
                run(p, m["title"], bold=True)
                run(p, f" ({m['type_printed'].lower()})")
                other = [x for x in m["delmal"] if x != code]
                desc = m["description"]
                q = c.add_paragraph(desc)
                if other:
                    q = c.add_paragraph()
                    run(q, "Bidrar også til: " + "; ".join(WORDS[x].lower() for x in other) + ".", italic=True)
                q = c.add_paragraph()
                run(q, f"Ansvar: {m['responsible']}; med: {J(m['partners']) or '–'}; tid: {m['period']}", italic=True,
                    size=9)
            r += 1
        if r - 1 > r0:
            vmerge(t, 0, r0, r - 1)
        cell_text(t.cell(r0, 0), WORDS[code])
    col_widths(t, [5.5, 11])
    d.add_heading("Andre saker i 2019", 2)
    para(d, "YS har i tillegg avgitt høringssvar om fagskolene og deltatt på to møter i Kompetansepolitisk råd. "
            "Dette rapporteres ikke som egne tiltak.")
    d.save(path)


def mr19(f, path):
    d = new_doc("Calibri", 11)
    s = d.sections[0]
    header_text(s, "Møre og Romsdal fylkeskommune", "Regional utvikling")
    footer_page(s, "Side ")
    d.add_heading("Rapportering til Kompetansepolitisk råd 2019", 1)
    d.add_heading("Innleiing", 2)
    para(d, "Møre og Romsdal fylkeskommune rapporterer for første gong tiltak i oppfølginga av Nasjonal "
            "kompetansepolitisk strategi. Nokre tiltak er knytte til delmåla med nummer, andre med orda i strategien.")
    d.add_heading("Tiltak i 2019", 2)
    words_for = {"M2", "M6"}
    for i, m in enumerate(f["rows"], 1):
        d.add_heading(f"Tiltak {i}: {m['title']}", 3)
        if m["tid"] in words_for:
            dm = " / ".join(WORDS_NN[c] for c in m["delmal"])
        else:
            dm = codes_join(m["delmal"])
        for lab, val in (("Delmål: ", dm), ("Ansvarleg: ", m["responsible"]),
                         ("Samarbeidspartar: ", J(m["partners"])), ("Tidsrom: ", m["period"]),
                         ("Tiltakstype: ", m["type_printed"])):
            p = d.add_paragraph(); run(p, lab, bold=True); run(p, val)
        p = d.add_paragraph(); run(p, "Om tiltaket: ", bold=True); run(p, m["description"])
    d.add_heading("Planlagde tiltak som ikkje er sette i gang", 2)
    for t in ("Kompetansepluss-satsing i distrikta (utsett til 2020)",
              "Nettverk for rådgjevarar i vidaregåande skule (under planlegging)"):
        para(d, t, style="List Bullet")
    d.save(path)


def ak20(f, path):
    d = new_doc("Georgia", 10.5)
    s = d.sections[0]
    header_text(s, "Akademikerne", "Rapport til Kompetansepolitisk råd 2020")
    footer_page(s, "", align="right")
    d.add_heading("Akademikernes tiltak 2020", 1)
    para(d, "Akademikerne organiserer 13 foreninger med over 200 000 medlemmer. Rapporten beskriver tiltak "
            "Akademikerne og foreningene har gjennomført i 2020. Feltet «Formål» er vår egen begrunnelse.")
    orders = [["Formål", "Innhold", "Eierskap", "Medvirkende", "Tidshorisont", "Kategori", "Strategikobling"],
              ["Strategikobling", "Kategori", "Eierskap", "Medvirkende", "Tidshorisont", "Formål", "Innhold"]]
    purposes = ["Få gjennomslag for høyt utdannedes behov i EVU-politikken.",
                "Skaffe kunnskap om medlemmenes videreutdanning.",
                "Gjøre studietilbudene mer relevante for arbeidslivet.",
                "Senke terskelen for videreutdanning.",
                "Kartlegge behovene etter koronaåret."]
    for i, m in enumerate(f["rows"]):
        d.add_heading(m["title"], 2)
        vals = {"Formål": purposes[i], "Innhold": m["description"], "Eierskap": m["responsible"],
                "Medvirkende": J(m["partners"]), "Tidshorisont": m["period"], "Kategori": m["type_printed"],
                "Strategikobling": " og ".join(f"{c} ({WORDS[c].lower()})" for c in m["delmal"])}
        for lab in orders[i % 2]:
            p = d.add_paragraph(); run(p, lab + ": ", bold=True); run(p, vals[lab])
    d.add_heading("Akademikernes representasjon", 2)
    para(d, "Akademikerne er representert i disse organene (ikke egne tiltak):")
    reps = [("Kompetansepolitisk råd", "Leder i Akademikerne"), ("Kompetansebehovsutvalget", "Samfunnsøkonom"),
            ("Programstyret for Kompetansepluss", "Rådgiver"), ("Nasjonalt forum for karriereveiledning", "Rådgiver")]
    t = d.add_table(rows=len(reps) + 1, cols=2); t.style = "Table Grid"
    cell_text(t.cell(0, 0), "Organ", bold=True); cell_text(t.cell(0, 1), "Representant", bold=True)
    for i, (a, b) in enumerate(reps, 1):
        cell_text(t.cell(i, 0), a); cell_text(t.cell(i, 1), b)
    d.save(path)
