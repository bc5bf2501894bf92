# -*- coding: utf-8 -*-
from docx_common import *
from common import oldnr, codes, WORDS, WORDS_NN, DELMAL

def lo2017(f, path):
    d = new_doc("Arial", 10.5)
    header_footer(d, "LO – Landsorganisasjonen i Norge", "Youngs gate 11, 0181 Oslo · lo.no")
    for t in ("Kunnskapsdepartementet", "Postboks 8119 Dep", "0032 Oslo", "", "Vår ref.: 17/0412-3 · Dato: 30.11.2017"):
        para(d, t)
    para(d, parts=[("LOs rapportering til Kompetansepolitisk råd 2017", "b")])
    para(d, "Vi viser til brev fra departementet og sender med dette LOs oversikt over tiltak som følger opp Nasjonal kompetansepolitisk strategi. Nummeret i første kolonne viser til tiltakslisten i strategien.")
    rows = []
    for m in f["measures"]:
        hvem = m["responsible"] if not m["partners"] else f"Ansvar: {m['responsible']}\nMed: {', '.join(m['partners'])}"
        rows.append([oldnr(m["delmal"]), f"{m['title']} ({m['tp']})", hvem, f"{m['description']}\nNår: {m['period']}"])
    rows.insert(4, ["9", "Kommer i 2018", "", "LO vil i 2018 utvikle et kurs om realkompetanse for tillitsvalgte. Ikke startet."])
    table(d, rows, header=["Nr. i strategien", "Tiltak (type)", "Hvem", "Hva og når"], widths=[22, 50, 40, 60])
    para(d, "")
    para(d, "Vi ser fram til videre samarbeid i rådet.")
    para(d, "Med vennlig hilsen"); para(d, "Trude Tinnlund"); para(d, "konstituert leder, LOs avdeling for samfunnspolitikk")
    d.save(path)

def mr2018(f, path):
    d = new_doc("Calibri", 11)
    header_footer(d, None, "Møre og Romsdal fylkeskommune · Tiltaksark 2018")
    d.add_heading("Tiltaksark 2018 – oppfølging av Nasjonal kompetansepolitisk strategi", 0)
    para(d, "Fylkeskommunen rapporterer kvart tiltak på eit eige tiltaksark. Innhald:")
    for i, m in enumerate(f["measures"], 1):
        para(d, f"Tiltaksark {i} – {m['title']}", style="List Bullet")
    bg = {"M1": "Karrieresenteret vart etablert i 2011 og har vore drive med statlege midlar.",
          "M2": "Fylkestinget vedtok i 2017 å samle dei regionale aktørane i eit fast forum.",
          "M3": "Den førre strategien gjekk ut i 2017.",
          "M4": "Mange vaksne i arbeid manglar fagbrev.",
          "M5": "Mange vaksne har rett til vidaregåande opplæring, men kan ikkje gå på heiltid."}
    for i, m in enumerate(f["measures"], 1):
        page_break(d)
        t = d.add_table(rows=2, cols=4); t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ("Tiltaksark nr.", "Namn på tiltaket", "Ansvarleg eining", "Tiltakstype")):
            cell_text(c, h, bold=True, size=9); shade(c, "DDEBF7")
        for c, v in zip(t.rows[1].cells, (str(i), m["title"], m["responsible"], m["tp"])):
            cell_text(c, v, size=10)
        d.add_heading("Bakgrunn", 2); para(d, bg[m["tiltak_id"]])
        d.add_heading("Kva skal gjerast", 2); para(d, m["description"])
        d.add_heading("Mål i NKPS", 2)
        for c in m["delmal"]:
            para(d, WORDS_NN[c], style="List Bullet")
        d.add_heading("Samarbeidspartnarar", 2); para(d, ", ".join(m["partners"]))
        d.add_heading("Tidsplan", 2); para(d, m["period"])
    d.save(path)

def regj2019(f, path):
    d = new_doc("Times New Roman", 12)
    header_footer(d, "Kunnskapsdepartementet", "Regjeringens rapport til Kompetansepolitisk råd 2019")
    d.add_heading("Regjeringens tiltak for å følge opp Nasjonal kompetansepolitisk strategi – 2019", 1)
    d.add_heading("Innledning", 2)
    para(d, "Rapporten gir en oversikt over regjeringens tiltak i 2019, ordnet etter delmålene i strategien. Departementet som har ansvaret står først i hvert punkt.")
    ms = f["measures"]
    for c in DELMAL:
        under = [m for m in ms if m["delmal"][0] == c]
        if c[0] in "12" and c in ("1.2", "2.3", "2.5", "3.5"):
            d.add_heading(f"Delmål {c} – {WORDS[c]}", 2); para(d, "Ingen nye tiltak i 2019.")
            continue
        if not under:
            continue
        d.add_heading(f"Delmål {c} – {WORDS[c]}", 2)
        for m in under:
            extra = "; også delmål " + codes(m["delmal"][1:]) if len(m["delmal"]) > 1 else ""
            p = d.add_paragraph(style="List Number")
            runs(p, [(m["responsible"].upper() + ": ", "b"), (m["title"], "i"), (". " + m["description"] + f" (Type: {m['tp']}; med {', '.join(m['partners'])}; {m['period']}{extra})", "")])
    d.add_heading("Videre arbeid", 2)
    para(d, "Regjeringen vil i 2020 legge fram en stortingsmelding om kompetansereformen «Lære hele livet». Departementene vil også vurdere nye tiltak for voksne med svake grunnleggende ferdigheter.")
    d.save(path)

def nav2019(f, path):
    d = new_doc("Arial", 10)
    header_footer(d, "Arbeids- og velferdsdirektoratet", "NAV · NKPS-rapport 2019")
    d.add_heading("NAVs rapportering til Kompetansepolitisk råd 2019", 1)
    para(d, "NAV rapporterer her tiltak som bidrar til å nå delmålene i Nasjonal kompetansepolitisk strategi.")
    d.add_heading("Kort om NAVs rolle", 2)
    for t in ("NAV forvalter arbeidsmarkedstiltak, blant annet arbeidsmarkedsopplæring (AMO).", "NAV samarbeider med fylkeskommunene og kommunene.", "NAV har ansvar for arbeidsrettet oppfølging av arbeidssøkere."):
        para(d, t, style="List Bullet")
    landscape_section(d)
    omf = {"V1": "ca. 11 000", "V2": "220", "V3": "ca. 3 500", "V4": "ca. 6 000", "T12": "–", "T14": "–", "T20": "410"}
    mg = {"V1": "Arbeidssøkere", "V2": "Arbeidssøkere over 25 år", "V3": "Ansatte i bedrifter i omstilling", "V4": "Nyankomne innvandrere",
          "T12": "Alle over 19 år", "T14": "Karriereveiledere", "T20": "Menn 25–55 år utenfor arbeid"}
    rows = [[m["title"], mg[m["tiltak_id"]], omf[m["tiltak_id"]], m["description"], ", ".join(m["delmal"]), m["tp"], m["responsible"], ", ".join(m["partners"]), m["period"]] for m in f["measures"]]
    rows.append([""] * 9)
    rows.append(["Sum deltakere", "", "ca. 21 100", "", "", "", "", "", ""])
    table(d, rows, header=["Tiltak", "Målgruppe", "Omfang 2019", "Innhold", "NKPS-delmål", "Tiltakstype", "Ansvarlig", "Samarbeidspartnere", "Periode"], size=8)
    portrait_section(d)
    d.add_heading("Kontakt", 2)
    para(d, "Spørsmål om rapporten kan rettes til seksjon for kompetanse og kvalifisering, Arbeids- og velferdsdirektoratet.")
    d.save(path)

def ks2020(f, path):
    d = new_doc("Calibri", 11)
    header_footer(d, "KS – Kommunesektorens organisasjon", "KS · 15.12.2020", page=True)
    d.add_heading("KS' rapport til Kompetansepolitisk råd 2020", 0)
    d.add_heading("1 Sammendrag", 1)
    para(d, "Kommunesektoren har stått i en krevende pandemi. KS har likevel videreført arbeidet med Menn i helse og bransjeprogrammet for helse og omsorg, og har lansert en ny veileder for kompetanseplanlegging. Tiltakene er listet i vedlegg 1.")
    d.add_heading("2 Kommunesektorens kompetansebehov", 1)
    para(d, "Kommunene mangler særlig sykepleiere og helsefagarbeidere. KBU og SRY har begge pekt på behovet for flere fagarbeidere. Samfunnskontrakten har bidratt til flere lærlinger i kommunene.")
    t = d.add_table(rows=1, cols=1); t.style = "Table Grid"; c = t.rows[0].cells[0]; shade(c, "FFF2CC")
    cell_text(c, "Kommuneeksempel: Lærlingløftet i Nordby kommune\nNordby har tatt inn 25 nye lærlinger i helsearbeiderfaget og gir alle lærlinger fast veileder. Kommunen har ikke rapportert dette som eget tiltak.", size=10)
    d.add_heading("3 KS' arbeid i 2020", 1)
    para(d, "KS har deltatt i Nasjonalt forum for karriereveiledning og fulgt opp Kompetanseløft 2020 sammen med Utdanningsforbundet. Videre arbeid i 2021 vil handle om heltidskultur.")
    page_break(d)
    d.add_heading("Vedlegg 1 Tiltaksoversikt", 1)
    rows = [[m["title"], m["description"], m["tp"], m["responsible"], ", ".join(m["partners"]), m["period"], codes(m["delmal"])] for m in f["measures"]]
    table(d, rows, header=["Tiltak", "Beskrivelse", "Type", "Ansvarlig", "Partnere", "Tidsrom", "Delmål"], size=9)
    d.save(path)

def _sdt(text, tag, placeholder=False, dropdown=None):
    sdt = OxmlElement("w:sdt"); pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias"); a.set(qn("w:val"), tag); pr.append(a)
    tg = OxmlElement("w:tag"); tg.set(qn("w:val"), tag); pr.append(tg)
    if placeholder:
        sp = OxmlElement("w:showingPlcHdr"); pr.append(sp)
    if dropdown is not None:
        dd = OxmlElement("w:dropDownList")
        for it in dropdown:
            li = OxmlElement("w:listItem"); li.set(qn("w:displayText"), it); li.set(qn("w:value"), it); dd.append(li)
        pr.append(dd)
    else:
        pr.append(OxmlElement("w:text"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent"); r = OxmlElement("w:r")
    if placeholder:
        rpr = OxmlElement("w:rPr"); col = OxmlElement("w:color"); col.set(qn("w:val"), "808080"); rpr.append(col); r.append(rpr)
    t = OxmlElement("w:t"); t.set(qn("xml:space"), "preserve"); t.text = text; r.append(t); content.append(r); sdt.append(content)
    return sdt

def virke2021(f, path):
    d = new_doc("Calibri", 11)
    header_footer(d, "Rapporteringsskjema – Kompetansepolitisk råd 2021", "Skjema fra sekretariatet (HK-dir)")
    d.add_heading("Rapporteringsskjema 2021", 1)
    para(d, parts=[("Veiledning: ", "b"), ("Fyll inn én blokk per tiltak. Trykk på pluss-tegnet nederst i blokken for å legge til flere tiltak. Delmål velges fra listen; et tiltak kan knyttes til inntil to delmål.", "i")])
    para(d, "Organisasjon: Virke · Utfylt av: Ingrid Bakke, fagsjef kompetanse · 12.11.2021")
    PH = "Klikk eller trykk her for å skrive inn tekst."
    opts = [f"{c} {WORDS[c]}" for c in DELMAL]
    for m in f["measures"]:
        d.add_heading("Tiltak", 2)
        t = d.add_table(rows=0, cols=2)
        fields = [("Navn på tiltaket", m["title"], None), ("Delmål (velg)", f"{m['delmal'][0]} {WORDS[m['delmal'][0]]}", opts),
                  ("Delmål 2 (valgfritt)", (f"{m['delmal'][1]} {WORDS[m['delmal'][1]]}" if len(m["delmal"]) > 1 else None), opts),
                  ("Type", m["tp"], None), ("Hvem har ansvaret", m["responsible"], None),
                  ("Hvem samarbeider dere med", ", ".join(m["partners"]) or None, None), ("Når", m["period"], None), ("Kort beskrivelse", m["description"], None)]
        for lab, val, dd in fields:
            cs = t.add_row().cells
            cell_text(cs[0], lab, bold=True, size=10)
            p = cs[1].paragraphs[0]
            if val is None:
                p._p.append(_sdt("Velg et element." if dd else PH, lab, placeholder=True, dropdown=dd))
            else:
                p._p.append(_sdt(val, lab, dropdown=dd))
    para(d, "")
    para(d, "Takk for at dere rapporterer! Skjemaet sendes til postmottak@hkdir.no.")
    d.save(path)

RENDER = {"2017_LO_brev.docx": lo2017, "2018_MoreogRomsdal_tiltaksark.docx": mr2018, "2019_Regjeringen_rapport.docx": regj2019,
          "2019_NAV_tiltak.docx": nav2019, "2020_KS_rapport.docx": ks2020, "2021_Virke_skjema.docx": virke2021}
