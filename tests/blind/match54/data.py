# -*- coding: utf-8 -*-
"""Ground-truth data for batch match54. Rendering lives in render.py."""
CODES = ["1.1","1.2","1.3","1.4","2.1","2.2","2.3","2.4","2.5","2.6","3.1","3.2","3.3","3.4","3.5","3.6"]
OLD = {c: str(i+1) for i, c in enumerate(CODES)}
WORDS = {  # short words from the strategy
 "1.1": "Kompetansebehovsutvalg (KBU)",
 "1.2": "Regionalt folkevalgt nivås kompetansepolitiske ansvar",
 "1.3": "Karriereveiledning",
 "1.4": "Samarbeid mellom utdanningstilbydere og arbeidslivet",
 "2.1": "Digital kompetanse i hele arbeidsstyrken",
 "2.2": "Kunnskapsgrunnlaget om læring i arbeidslivet",
 "2.3": "Karrieremulighetene i yrkesfaglige utdanninger og yrker",
 "2.4": "Koble kompetansebehov i virksomheter til utdanningstilbydere",
 "2.5": "Dokumentert kompetanse ervervet i arbeidslivet",
 "2.6": "Godkjenning av utenlandsk utdanning",
 "3.1": "Fleksibel opplæring på voksnes premisser",
 "3.2": "Kompetanseplussordningene",
 "3.3": "Opplæring i arbeidsmarkeds- og integreringspolitikken",
 "3.4": "Norskopplæring og kvalifisering for innvandrere",
 "3.5": "NAVs opplæringstilbud for arbeidssøkere",
 "3.6": "Opplæring i frivillig sektor",
}

def M(id, t, d, ty, r, p, pe, de, **kw):
    m = dict(id=id, title=t, delmal=sorted(d), type=ty, responsible=r, partners=p, period=pe, description=de)
    m.update(kw)   # dp = delmål as printed, tp = type as printed, extra = {label: value}
    return m

FILES = {}
def F(name, reporter, year, made, layout, rows, **kw):
    FILES[name] = dict(reporter=reporter, year=year, made=made, layout=layout, rows=rows, **kw)

# ---------------------------------------------------------------- 1 Spekter 2017 (LO-PDF)
F("Spekter_rapport_NKPS_2017.pdf", "Spekter", 2017, "python-docx + LibreOffice",
  "Spekter 2017: cover + 'Rapporteringspunkter' overview list (repeats titles, not extra rows) + the 2017 council form, one four-heading form per measure with 'Relasjon til NKPS tiltak nr …' (old numbers)",
  [
  M("spk_kplus_seminar", "Gjennomføre møteplass/søkekonferanse mellom Spekters medlemmer og Kompetanse Norge for å øke bevissthet og bruk av KompetansePluss – Arbeid",
    ["3.2"], "Arrangement", "Spekter", ["Kompetanse Norge"], "En dags varighet i september 2017",
    "Spekter ønsker at flere av medlemsvirksomhetene benytter seg av KompetansePluss-Arbeid. Seminaret gir kunnskap om ordningen og hva som kreves for å søke.", dp="12", tp=None),
  M("spk_brev_laerlinger", "Brev fra Spekter til alle medlemsvirksomhetene om lærlinger",
    ["1.4","2.3"], "Informasjon", "Spekter", [], "Brevet ble sendt den 8. mai 2017",
    "Administrerende direktør henviser til Samfunnskontrakten for flere læreplasser og oppfordrer virksomhetene til å tilby læreplass til flere ungdommer.", dp="4 og 7", tp=None),
  M("spk_moteplass_laerebedrifter", "Arrangere «Møteplass lærebedrifter»",
    ["1.4","2.3"], "Arrangement", "Spekter", ["Utdanningsdirektoratet"], "Høsten 2017",
    "Møteplass for lærebedrifter i helseforetakene der erfaringer med lærlingordningen deles.", dp="4 og 7", tp=None),
  M("arendal_spekter_lostat", "Felles arrangement med LO Stat under Arendalsuka",
    ["2.2"], "Arrangement", "Spekter og LO Stat", [], "August 2017",
    "Rette oppmerksomheten mot betydningen og verdien av fornyelse av ansattes kompetanse.", dp="6", tp=None),
  M("nforum_karriere", "Deltakelse i Nasjonalt forum for karriereveiledning",
    ["1.3"], "Råd/utvalg/nettverk", "Kompetanse Norge", ["KS", "Spekter"], "Fra 2017",
    "Spekter er medlem av forumet og bidrar med arbeidsgiverperspektivet.", dp="3", tp=None),
  M("spk_praksis_master", "Praksisplasser for masterstudenter i statsvitenskap",
    ["1.4"], "Kurs/utdanning", "Spekter", ["UiO"], "Vårsemesteret 2017",
    "Spekter tar imot masterstudenter i praksis i sekretariatet.", dp="4", tp=None),
  M("spk_kompetanseutv_medl", "Kompetanseutvikling i Spekters medlemsvirksomheter",
    ["2.2"], "Kurs/utdanning", "Spekter", ["Spekters medlemmer"], "2017–2018",
    "Kartlegging av hvordan medlemsvirksomhetene arbeider med kompetanseutvikling.", dp="6", tp=None),
  ])

# ---------------------------------------------------------------- 2 LO 2017 (docx, guidance left)
F("LO_tiltak_kompetansestrategien_2017.docx", "LO", 2017, "python-docx",
  "LO 2017: the council's Word form copied once per measure, grey italic guidance ('Skriv inn …') left under every label, delmål typed as old tiltak numbers ('nr. 4 og 7'); intro letter and contact box are not measures",
  [
  M("kbu", "Deltakelse i Kompetansebehovsutvalget (KBU)", ["1.1"], "Råd/utvalg/nettverk", "Regjeringen",
    ["KD", "NHO", "Unio"], "2017–2021", "LO har fast plass i utvalget og bidrar i arbeidet med den første rapporten.", dp="nr. 1", tp="Råd/utvalg/nettverk"),
  M("sry", "Samarbeidsrådet for yrkesopplæring (SRY)", ["1.4","2.3"], "Råd/utvalg/nettverk", "KD",
    ["NHO", "KS", "Virke", "Spekter"], "Løpende", "LO deltar i SRY og i de faglige rådene.", dp="nr. 4 og 7", tp="Råd / utvalg"),
  M("lo_tvskole_2017", "Skolering av tillitsvalgte i kompetansearbeid", ["2.2","2.4"], "Kurs/utdanning", "LO",
    ["forbundene"], "Høsten 2017", "Kurs for tillitsvalgte om kompetanseplaner og tariffavtalenes bestemmelser om etter- og videreutdanning.", dp="nr. 6 og 8", tp="Kurs"),
  M("lo_tariff_notat", "Notat «Tariffavtalenes betydning i kompetansepolitikken»", ["2.2"], "FoU", "LO",
    ["Fafo"], "2017", "Notatet beskriver hvordan kompetansebestemmelsene i tariffavtalene brukes i praksis.", dp="nr. 6", tp="FoU"),
  M("lo_ff_tariffrapport", "Rapport fra utvalg etter tariffrevisjonen 2016 – Etter- og videreutdanning", ["2.1","2.2"], "FoU", "LO/Fellesforbundet",
    ["Norsk Industri", "BNL"], "2017–2018", "Utarbeidet i forberedelsene til lønnsoppgjøret 2018.", dp="nr. 5 og 6", tp="Forskning og utvikling"),
  M("samfunnskontrakt", "Samfunnskontrakten for flere læreplasser", ["1.4"], "Annet", "Partene",
    ["KD", "KS", "NHO", "Virke", "Spekter"], "2016–2020", "LO følger opp kontrakten i fylkene gjennom tillitsvalgte i yrkesopplæringsnemndene.", dp="nr. 4", tp="Avtale"),
  M("arendal_spekter_lostat", "Arendalsuka – felles arrangement LO Stat og Spekter", ["2.2"], "Arrangement", "LO Stat",
    ["Spekter"], "August 2017", "Debatt om verdien av fornyelse av ansattes kompetanse.", dp="nr. 6", tp="Arrangement"),
  ])

# ---------------------------------------------------------------- 3 KS 2018 (docx, ticks, extra rows, empty form)
F("KS_rapportering_NKPS_2018.docx", "KS", 2018, "python-docx",
  "KS 2018: the council form with the 16-box delmål row (☐/☒), guidance deleted, own rows 'Kontaktperson' and 'Budsjett' added, one blank form left at the end (not a measure)",
  [
  M("ks_digikomp", "Samarbeid om digital kompetanse i kommunene", ["2.1"], "Prosjekt", "KS",
    ["KMD", "hovedorganisasjonene"], "1. januar 2018 - ut 2019", "Totalt 71 kommuner med i prosjektet. KS gjennomfører møteplasser med bistand fra partene.",
    extra={"Kontaktperson": "Kari Nordmann, KS", "Budsjett": "4,5 mill. kr"}),
  M("ks_arbeidslivsmonitor", "Kommunesektorens arbeidslivsmonitor", ["2.2"], "FoU", "KS", [], "Ny rapport september 2019",
    "Monitor over kompetanse, rekruttering og bemanning i kommunesektoren.", extra={"Kontaktperson": "Ola Berg, KS", "Budsjett": "–"}),
  M("ks_laering", "KS Læring", ["2.1","2.2"], "Informasjon", "KS", ["kommuner"], "Løpende",
    "En plattform der kommuner kan dele kurs, arrangementer og annen kunnskap med sine ansatte og med hverandre.", extra={"Kontaktperson": "Kari Nordmann, KS", "Budsjett": "Ordinær drift"}),
  M("ks_fou_finans_evu", "FoU-prosjekt «Finansieringsmodeller for etter- og videreutdanninger»", ["2.2"], "FoU", "KS", [], "2018–2019",
    "Prosjektet ser på hvordan kommuner finansierer etter- og videreutdanning for ansatte.", extra={"Kontaktperson": "Ola Berg, KS", "Budsjett": "1,2 mill. kr"}),
  M("ks_fou_teknologilaering", "FoU-prosjekt «Teknologibasert læring på arbeidsplassen»", ["2.1","2.2"], "FoU", "KS", [], "Starter 2019",
    "Kunnskap om bruk av digitale læringsformer i kommunale virksomheter.", extra={"Kontaktperson": "Ola Berg, KS", "Budsjett": "0,8 mill. kr"}),
  M("rsa", "Deltakelse i Råd for samarbeid med arbeidslivet (RSA)", ["1.4"], "Råd/utvalg/nettverk", "UH",
    ["virksomheter", "Unio", "Virke", "NHO"], "Løpende", "KS deltar i RSA ved flere universiteter og høyskoler.", extra={"Kontaktperson": "Per Dahl, KS", "Budsjett": "–"}),
  M("kbu", "Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "KD", ["partene"], "2017–2021",
    "KS er representert i KBU.", extra={"Kontaktperson": "Per Dahl, KS", "Budsjett": "–"}),
  M("ks_menn_i_helse", "Menn i helse, evaluering", ["3.3"], "FoU", "KS", ["Østlandsforskning"], "2018",
    "Evaluering av rekrutteringsprogrammet Menn i helse.", extra={"Kontaktperson": "Kari Nordmann, KS", "Budsjett": "0,4 mill. kr"}),
  ], empty_form=True)

# ---------------------------------------------------------------- 4 NHO 2018 (reportlab, own rebuilt template)
F("NHO_oppfolging_kompetansestrategi_2018.pdf", "NHO", 2018, "reportlab",
  "NHO 2018: own house template rebuilt from the council form, labels reworded as questions ('Hva heter tiltaket?', 'Hvilke delmål?'), blue header band, page footer 'NHO | side n'; 'Nøkkeltall' box (counts) is not a measure",
  [
  M("nho_jenter_teknologi", "Jenter og teknologi", ["2.3"], "Informasjon", "NHO", ["LO", "NHO Elektro"],
    "2016–2018", "Nasjonal kampanje gjennomført for tredje år på rad for å få flere jenter til å velge teknologiske fag.", dp="2.3"),
  M("nho_fagarbeider_innovasjon", "Rapport om fagarbeideres bidrag til innovasjon i bedrifter", ["2.2","2.3"], "FoU", "NHO", ["Fafo"], "2018",
    "Rapporten dokumenterer hvordan fagarbeidere bidrar til innovasjon.", dp="2.2 / 2.3"),
  M("nho_rapport_strategier", "Bestilt rapport om gode eksempler på kompetanseutviklingsstrategier i næringslivet", ["2.2"], "FoU", "NHO", [], "2018",
    "Rapporten beskriver virksomheter som arbeider systematisk med kompetanse.", dp="2.2"),
  M("nho_rapport_skatt", "Bestilt rapport om en skatteinsentivmodell for kompetanse i virksomheter", ["2.2","2.4"], "FoU", "NHO", [], "2018–2019",
    "Rapporten beskriver 2-3 alternative innretninger på en skatteinsentivmodell.", dp="2.2 og 2.4"),
  M("nho_yon_rapport", "Utarbeidelse av rapporten «Yrkesopplæringsnemndas rolle og ansvar»", ["1.2"], "FoU", "NHO", ["Partene"], "2018",
    "Rapporten drøfter hvordan nemndene kan styrke sin rolle i regional kompetansepolitikk.", dp="1.2"),
  M("sry", "SRY – Samarbeidsrådet for yrkesopplæring", ["1.4"], "Råd/utvalg/nettverk", "KD", ["LO", "KS", "Virke"], "Løpende",
    "NHO leder arbeidsgiversiden i SRY.", dp="1.4"),
  M("bransjeprogram", "Bransjeprogram for industri- og byggenæringen", ["2.1","2.4"], "Kurs/utdanning", "Regjeringen",
    ["Kompetanse Norge", "LO", "NHO", "Fellesforbundet"], "Fra 2018", "Partene i bransjen definerer behov og utdanningstilbydere lager moduler.", dp="2.1, 2.4"),
  M("samfunnskontrakt", "Samfunnskontrakt for flere læreplasser", ["1.4","2.3"], "Annet", "Partene", ["KD"], "2016–2020",
    "NHO har fulgt opp kontrakten overfor landsforeningene.", dp="1.4, 2.3", tp="Avtale/kontrakt"),
  ])

# ---------------------------------------------------------------- 5 Regjeringen 2018 (reportlab matrix)
F("Regjeringen_tiltak_2018.pdf", "Regjeringen", 2018, "reportlab",
  "Regjeringen 2018: landscape matrix, one row per measure, columns Delmål | Tiltak | Type tiltak | Ansvarlig | Samarbeidspartnere | Tidsrom; delmål cell printed only on the first row of each delmål (applies to the rows below), area headings and a count table at the end are not measures",
  [
  M("kbu", "Kompetansebehovsutvalget (KBU)", ["1.1"], "Råd/utvalg/nettverk", "KD", ["KMD", "ASD", "partene", "Kompetanse Norge"], "2017–2021", None),
  M("reg_karriere_tilskudd", "Tilskudd til fylkesvise karrieresentre legges inn i fylkeskommunenes rammetilskudd", ["1.2","1.3"], "Annet", "KD", ["fylkeskommunene", "Kompetanse Norge"], "Fra 2020", None, tp="Regionreform"),
  M("reg_kvalitetsrammeverk", "Nasjonalt kvalitetsrammeverk for karriereveiledning", ["1.3"], "Prosjekt", "Kompetanse Norge", ["KD", "fylkeskommunene"], "2017–2019", None),
  M("reg_digital_karriere", "Utvikling av en nasjonal digital karriereveiledningstjeneste", ["1.3"], "Informasjon", "Kompetanse Norge", ["KD", "Utdanningsdirektoratet"], "2018–2020", None),
  M("fleksible_digital", "Tilskudd til utvikling av fleksible videreutdanningstilbud i digital kompetanse", ["2.1"], "Kurs/utdanning", "KD", ["Kompetanse Norge", "partene", "DIKU"], "2018", None),
  M("bransjeprogram", "Tilskudd til bransjeprogram for industri- og byggenæringen og lokal helse- og omsorgssektor", ["2.1"], "Kurs/utdanning", "KD", ["Kompetanse Norge", "partene", "utdanningsinstitusjoner"], "2018–2021", None),
  M("reg_ekspertutvalg_evu", "Ekspertutvalg om etter- og videreutdanning", ["2.2"], "Råd/utvalg/nettverk", "KD", ["forskere", "utdanningsinstitusjoner"], "2018–2019", None),
  M("reg_forstudie_avkastning", "Forstudie om avkastning av kompetanseinvesteringer i arbeidslivet", ["2.2"], "FoU", "KD", ["NIFU"], "2018", None),
  M("yrkesfagenes_aar", "Yrkesfagenes år 2018", ["2.3"], "Informasjon", "KD", ["YS", "Virke", "Spekter", "LO", "NHO"], "2018", None),
  M("samfunnskontrakt", "Samfunnskontrakten for flere læreplasser", ["2.3"], "Kurs/utdanning", "KD", ["Partene"], "2016–2020", None),
  M("kplus", "Kompetansepluss arbeid og Kompetansepluss frivillighet", ["3.2"], "Kurs/utdanning", "Kompetanse Norge", ["partene", "VOFO"], "Løpende", None),
  M("reg_integreringsloeftet", "Integreringsløftet – kvalifisering av innvandrere", ["3.4"], "Prosjekt", "KD", ["IMDi", "NAV"], "2018–2019", None),
  ])

# ---------------------------------------------------------------- 6 Virke 2019 (docx, two measures in one form, merged cells)
F("Virke_rapport_kompetansepolitisk_raad_2019.docx", "Virke", 2019, "python-docx",
  "Virke 2019: council form without guidance, codes typed into the delmål box row ('2.1, 2.2', '2.1 / 2.4'), the first form has two measures pasted into it ('a) …' / 'b) …' in each cell, shared type/ansvarlig/delmål printed once – two rows in truth); header 'VIRKE | Hovedorganisasjonen Virke' and the 'Møter i rådet 2019' bullet list are not measures",
  [
  M("virke_litt_digital", "Litteraturstudie om «Digitaliseringens påvirkning på varehandel»", ["2.1","2.2"], "FoU", "Virke", ["Handel og Kontor", "Universitetet i Sørøst-Norge"], "2018–2019",
    "Studien oppsummerer forskning om hvordan digitalisering endrer arbeidsoppgaver i handelen.", dp="2.1, 2.2"),
  M("virke_studie_teknologi", "Studie om «Hvordan påvirker ny teknologi kompetansebehovet i varehandelen?»", ["2.1","2.2"], "FoU", "Virke", ["Samfunnsøkonomisk analyse", "NAV", "Handel og Kontor Norge"], "Ferdig i 2019",
    "Studien kartlegger kompetansebehov i varehandelen frem mot 2030.", dp="2.1, 2.2"),
  M("virke_hk_bransjeprogram", "Bransjeprogram for varehandelen", ["2.1","2.4"], "Kurs/utdanning", "Virke", ["Handel og Kontor"], "2019–2021",
    "Partene i varehandelen har søkt om å bli et eget bransjeprogram med moduler i digital handel.", dp="2.1 / 2.4"),
  M("rsa", "Råd for samarbeid med arbeidslivet (RSA)", ["1.4"], "Råd/utvalg/nettverk", "UH", ["Virke"], "Løpende",
    "Virke er representert i RSA ved OsloMet og Høyskolen Kristiania.", dp="1.4"),
  M("yrkesfagenes_aar", "Yrkesfagenes år", ["2.3"], "Informasjon", "KD", ["Virke"], "2018–2019",
    "Virke deltok i kampanjen og fulgte opp med egne saker om fagbrev i handel.", dp="2.3"),
  M("virke_fagbrev_handel", "Fagbrev i salgsfaget for voksne i handelen", ["2.5","3.1"], "Kurs/utdanning", "Virke", ["Handel og Kontor", "fylkeskommunene"], "2019",
    "Praksiskandidatordningen brukes for å gi erfarne ansatte fagbrev.", dp="2.5 og 3.1"),
  ], merged=[(0, 1)])

# ---------------------------------------------------------------- 7 YS 2019 (letter in prose)
F("YS_brev_rapportering_2019.docx", "YS", 2019, "python-docx",
  "YS 2019: a letter ('Vi viser til …', 'Med vennlig hilsen') that answers the template's questions in prose: one bold run-in heading 'Tiltak:' per measure followed by paragraphs 'Delmål: …', 'Ansvar og samarbeid: …', 'Når: …'; letterhead, reference numbers and signature are not measures",
  [
  M("ys_bransjevurdering", "Vurdering av bransjer med behov for kompetanseutvikling", ["2.1"], "Kurs/utdanning", "YS", ["Egne medlemmer"], "2018–2019",
    "YS har internt i egen organisasjon vurdert aktuelle bransjer med behov for utvikling av kompetanse.", dp="delmål 2.1"),
  M("ys_afi_analyse", "Analyse av endringer i arbeidslivet knyttet til nye digitale løsninger", ["2.1","2.2"], "FoU", "YS", ["AFI"], "2019",
    "Analysen ser på hvordan nye digitale løsninger endrer arbeidsoppgaver for YS-medlemmer.", dp="delmål 2.1 og 2.2"),
  M("ys_tvskole", "Kompetanseskolering for tillitsvalgte i YS-forbundene", ["2.2"], "Kurs/utdanning", "YS", ["YS-forbundene"], "Våren 2019",
    "Kursrekke om kompetanseplaner, opplæringsbehov og rett til utdanningspermisjon.", dp="delmål 2.2"),
  M("yrkesfagenes_aar", "Yrkesfagenes år 2018", ["2.3"], "Informasjon", "KD", ["YS", "LO", "NHO"], "2018",
    "YS bidro med saker og deltok på arrangementer i kampanjen.", dp="delmål 2.3"),
  M("sry", "Samarbeidsrådet for yrkesopplæring", ["1.4"], "Råd/utvalg/nettverk", "KD", ["partene"], "Løpende",
    "YS har en plass i SRY og deltar i arbeidet med ny tilbudsstruktur.", dp="delmål 1.4"),
  ])

# ---------------------------------------------------------------- 8 Unio 2019 (docx -> LO PDF, delmål in words)
F("Unio_NKPS_rapport_2019.pdf", "Unio", 2019, "python-docx + LibreOffice",
  "Unio 2019: council form converted to PDF, guidance left in grey italics, delmål written only in words (short texts from the strategy), type words 'Utredning', 'Workshop'; header 'Unio – rapport til Kompetansepolitisk råd', page numbers",
  [
  M("unio_finansmodeller", "Utredning av ulike modeller for finansiering av etter- og videreutdanning", ["2.2"], "FoU", "Unio", ["Proba samfunnsanalyse"], "2018–2019",
    "Utredningen sammenligner finansieringsmodeller i Norden.", dp=WORDS["2.2"], tp="Utredning"),
  M("unio_helsepersonell", "Rapport om kompetanseheving for helsepersonell", ["2.2"], "FoU", "Unio", ["Ny Analyse"], "2019",
    "Rapporten ser på utfordringene og mulighetsområdene for kompetanseheving av helsepersonell.", dp=WORDS["2.2"], tp="Rapport"),
  M("unio_digipolitikk", "Unios digitaliseringspolitikk", ["2.1"], "Arrangement", "Unio", ["Unios medlemsorganisasjoner"], "2019",
    "Unio har arrangert workshop med medlemsforbundene og jobber med å få temaet inn i tillitsvalgtskoleringen.", dp=WORDS["2.1"], tp="Workshop"),
  M("unio_tvskole", "Tillitsvalgtskolering om kompetanse og digitalisering", ["2.1","2.2"], "Kurs/utdanning", "Unio", ["Unios medlemsorganisasjoner"], "Høsten 2019",
    "Egne moduler om kompetanseutvikling i Unios tillitsvalgtskolering.", dp=WORDS["2.1"] + " og " + WORDS["2.2"].lower(), tp="Kurs"),
  M("rsa", "Deltakelse i Råd for samarbeid med arbeidslivet", ["1.4"], "Råd/utvalg/nettverk", "UH", ["Unio"], "Løpende",
    "Unios forbund deltar i RSA ved flere utdanningsinstitusjoner.", dp=WORDS["1.4"], tp="Råd"),
  M("uhr_fagstrat", "Deltakelse i UHRs fagstrategiske enheter", ["1.4"], "Råd/utvalg/nettverk", "UH", ["Unio", "Virke", "Spekter", "NHO"], "Løpende",
    "Unio deltar i de fagstrategiske enhetene for helse og lærerutdanning.", dp=WORDS["1.4"], tp="Råd"),
  M("kbu", "Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "KD", ["hovedorganisasjonene"], "2017–2021",
    "Unio er med i KBU.", dp=WORDS["1.1"], tp="Utvalg"),
  M("unio_innspill_evu", "Innspill til ekspertutvalget for etter- og videreutdanning", ["2.2"], "Råd/utvalg/nettverk", "KD", [], "2019",
    "Unio har gitt skriftlige innspill og deltatt i innspillsmøter.", dp=WORDS["2.2"], tp="Innspill"),
  ])

# ---------------------------------------------------------------- 9 Akademikerne 2020 (docx, copied forms, forgotten field)
F("Akademikerne_rapportering_2020.docx", "Akademikerne", 2020, "python-docx",
  "Akademikerne 2020: council form copied many times, guidance deleted, delmål as 'Delmål 2.2' text, 'Tidsrom' left as '2019–2020' in every copy and type left 'FoU' in the copied career-counselling form (kept as printed), extra row 'Resultater'; a table of member-association counts is not a measure",
  [
  M("ak_menon", "Forskningsrapport «Akademisk kompetanse: betydning for produktivitet, vekst og verdiskaping i Norge»", ["2.2"], "FoU", "Akademikerne", ["Menon"], "2019–2020",
    "Rapporten anslår avkastningen av akademisk kompetanse.", dp="Delmål 2.2", extra={"Resultater": "Lansert på frokostmøte i mars 2020"}),
  M("ak_econa_evu", "Forskningsrapport «Etter- og videreutdanning blant høyt utdannede i Norge – status og veien videre»", ["2.2"], "FoU", "Akademikerne/Econa", ["Ny Analyse"], "2019–2020",
    "Kartlegger deltakelse i og behov for EVU blant høyt utdannede.", dp="Delmål 2.2", extra={"Resultater": "Rapport publisert"}),
  M("ak_econa_eldre", "Forskningsrapport «Yngre eldre i arbeidslivet»", ["2.2"], "FoU", "Akademikerne/Econa", ["Ny Analyse"], "2019–2020",
    "Ser på kompetanseutvikling for seniorer.", dp="Delmål 2.2", extra={"Resultater": "Rapport publisert"}),
  M("ak_tekna_behov", "Forskningsrapport «Behovet for etter- og videreutdanning i høyutdanningsgruppene»", ["2.2"], "FoU", "Akademikerne/Tekna", ["Tekna"], "2019–2020",
    "Spørreundersøkelse blant Teknas medlemmer.", dp="Delmål 2.2", extra={"Resultater": "Under arbeid"}),
  M("ak_karriere_medl", "Bistå medlemmer i utviklingen av karrieren", ["1.3"], "FoU", "Akademikerne", ["Medlemsforeninger"], "2019–2020",
    "Karriererådgivning i overgangen mellom utdanning og arbeid og mellom ulike jobber.", dp="Delmål 1.3", extra={"Resultater": "Over 2 000 rådgivningssamtaler"}),
  M("fleksible_digital", "Fleksible videreutdanningstilbud i digital kompetanse", ["2.1"], "Kurs/utdanning", "KD", ["Kompetanse Norge", "Akademikerne"], "2019–2020",
    "Akademikerne har deltatt i vurderingen av søknader om tilskudd.", dp="Delmål 2.1", extra={"Resultater": "Nye tilbud ved NTNU og OsloMet"}),
  M("rsa", "Råd for samarbeid med arbeidslivet", ["1.4"], "Råd/utvalg/nettverk", "UH", ["Akademikerne"], "2019–2020",
    "Medlemsforeningene er representert i RSA ved universitetene.", dp="Delmål 1.4", extra={"Resultater": "–"}),
  ])

# ---------------------------------------------------------------- 10 VOFO 2020 (reportlab, ordinary report with headings)
F("VOFO_aarsrapport_kompetansestrategien_2020.pdf", "VOFO", 2020, "reportlab",
  "VOFO 2020: ordinary narrative report, one heading per measure with a small 'Fakta' line (Delmål / Type / Ansvarlig / Samarbeid / Periode) below, intro about the voluntary sector, a 'Møter og dialog 2020' list and a statistics table (deltakere, kurstimer) that are not measures",
  [
  M("kplus", "Kompetansepluss frivillighet", ["3.2","3.6"], "Kurs/utdanning", "Kompetanse Norge", ["VOFO", "studieforbundene"], "Løpende",
    "Studieforbundene gjennomfører kurs i grunnleggende ferdigheter med midler fra ordningen.", dp="3.2 og 3.6", tp="Opplæring"),
  M("vofo_regionledd", "Sammenslåing av regionledd for å styrke VOFOs regionale tilstedeværelse", ["1.2"], "Prosjekt", "VOFO", ["Ulike VOFO-regioner"], "2019–2020",
    "VOFO har slått sammen regionledd i tråd med den nye fylkesstrukturen.", dp="1.2"),
  M("vofo_regionkonsulenter", "Kompetanseheving for eksisterende og nye regionkonsulenter", ["1.2"], "Kurs/utdanning", "VOFO", ["Egne ansatte"], "2020",
    "Samlinger for regionkonsulentene om regional kompetansepolitikk.", dp="1.2"),
  M("vofo_partnerskap", "Partnerskapsavtaler med fylkeskommuner", ["1.2","3.6"], "Informasjon", "VOFO", ["Fylkeskommunene"], "2020–2021",
    "Samhandling med fylkeskommuner om studieforbundenes rolle i regionale kompetansestrategier.", dp="1.2/3.6"),
  M("vofo_norsk_frivillig", "Norsktrening i regi av studieforbundene", ["3.4","3.6"], "Kurs/utdanning", "VOFO", ["studieforbundene", "IMDi"], "2020",
    "Lavterskel norsktrening for innvandrere som supplement til norskopplæringen.", dp="3.4, 3.6", tp="Kurs"),
  M("vofo_studieforbund_overforing", "Innspill om overføring av tilskuddet til studieforbund til fylkeskommunene", ["1.2"], "Annet", "VOFO", ["KD", "KuD"], "2020",
    "VOFO har i dialog med departementene advart mot å dele opp tilskuddsordningen.", dp="1.2", tp="Politisk påvirkning"),
  ])

# ---------------------------------------------------------------- 11 Møre og Romsdal 2020 (nynorsk docx, ticks)
F("More_og_Romsdal_fk_rapport_2020.docx", "Møre og Romsdal fylkeskommune", 2020, "python-docx",
  "Møre og Romsdal fylkeskommune 2020 (nynorsk): council form translated to nynorsk ('Namn på tiltak', 'Relasjon til delmål (kryss av)', 'Tidsrom'), 16 tick boxes, guidance left ('Skriv inn namnet …'), the regional-strategy form copied from the karrieresenter form with its partners left unchanged (kept as printed); cover page with county logo text and 'Kontaktinformasjon' box are not measures",
  [
  M("mr_kompetansealliansen", "Kompetansealliansen i Møre og Romsdal", ["1.2","1.4"], "Råd/utvalg/nettverk", "Møre og Romsdal fylkeskommune",
    ["næringsliv/klynger", "høgskular", "fagskular", "vidaregåande skular"], "Frå våren 2019", "Alliansen samarbeider om regionen sitt kompetansebehov i framtida på bakgrunn av kunnskapsgrunnlaget."),
  M("mr_karrieresenter", "Karrieresenter for alle over 19 år", ["1.3"], "Prosjekt", "Møre og Romsdal fylkeskommune",
    ["NAV", "kommunane"], "2019–2021", "Karriererettleiing for vaksne og kompetanseheving for alle rettleiarar i fylket."),
  M("mr_regional_strategi", "Regional kompetansestrategi for Møre og Romsdal 2020–2023", ["1.2"], "Annet", "Møre og Romsdal fylkeskommune",
    ["NAV", "kommunane"], "2020–2023", "Strategien fastset prioriteringar for kompetansepolitikken i fylket.", tp="Plan"),
  M("mr_hospitering", "Hospitering for yrkesfaglærarar i bedrift", ["1.4","2.3"], "Kurs/utdanning", "Møre og Romsdal fylkeskommune",
    ["bedrifter", "vidaregåande skular"], "Skuleåret 2019/2020", "Yrkesfaglærarar hospiterer i lærebedrifter for å halde fagkunnskapen oppdatert."),
  M("nforum_karriere", "Nasjonalt forum for karriererettleiing", ["1.3"], "Råd/utvalg/nettverk", "Kompetanse Noreg",
    ["fylkeskommunane"], "Løpande", "Fylkeskommunen deltek i forumet som representant for karrieresentera."),
  M("mr_fagskule_havbruk", "Nytt fagskuletilbod i havbruk og maritime fag", ["1.4","2.4"], "Kurs/utdanning", "Fagskulen Møre og Romsdal",
    ["næringsliv/klynger"], "Frå hausten 2020", "Fleksibelt fagskuletilbod utvikla saman med klyngene i fylket."),
  ], empty_form=False)

# ---------------------------------------------------------------- 12 Vestland 2021 (nynorsk docx -> LO PDF)
F("Vestland_fylkeskommune_NKPS_2021.pdf", "Vestland fylkeskommune", 2021, "python-docx + LibreOffice",
  "Vestland fylkeskommune 2021 (nynorsk): own nynorsk rebuild of the council form ('Kva heiter tiltaket', 'Delmål', 'Kva type tiltak', 'Kven har ansvaret', 'Samarbeid med', 'Når', 'Status'), delmål codes written '1.2/1.4', converted to PDF; intro, 'Møte i partnarskapen' list and signature are not measures",
  [
  M("vl_hvl_fagskule", "Strategisk samarbeid mellom Høgskulen på Vestlandet og Fagskulen Vestland innan dei tekniske fagområda", ["1.4"], "Kurs/utdanning", "Vestland fylkeskommune",
    ["Høgskulen på Vestlandet", "Fagskulen Vestland"], "2020–2022", "Felles tilbod og overgangsordningar mellom fagskule og høgskule.", dp="1.4"),
  M("vl_regional_plan", "Regional plan for kompetanse og arbeidskraft i Vestland", ["1.2"], "Annet", "Vestland fylkeskommune",
    ["NAV Vestland", "Statsforvaltaren", "partane"], "2021–2033", "Planen skal vere felles grunnlag for kompetansepolitikken i Vestland.", dp="1.2", tp="Regional plan"),
  M("vl_kompetanseforum", "Kompetanseforum Vestland", ["1.2","1.4"], "Råd/utvalg/nettverk", "Vestland fylkeskommune",
    ["NAV Vestland", "LO", "NHO", "KS"], "Frå 2020", "Partnarskap for kompetansepolitikk med fire møte i året.", dp="1.2/1.4", tp="Partnarskap"),
  M("vl_karrieresenter", "Karriere Vestland – karriererettleiing for vaksne", ["1.3"], "Prosjekt", "Vestland fylkeskommune",
    ["NAV Vestland", "kommunane"], "2021", "Fem karrieresenter i fylket med tilbod om digital rettleiing.", dp="1.3"),
  M("fagbrev_paa_jobb", "Fagbrev på jobb", ["2.5","3.1"], "Kurs/utdanning", "Vestland fylkeskommune",
    ["arbeidsgivarar", "NAV Vestland"], "2021–2022", "Vaksne tilsette tek fagbrev gjennom ordinært arbeid i bedrifta.", dp="2.5/3.1"),
  M("bransjeprogram", "Bransjeprogram for helse og omsorg", ["2.4"], "Kurs/utdanning", "Kompetanse Noreg",
    ["Høgskulen på Vestlandet", "KS"], "2021", "Fylkeskommunen har medverka til å gjere kjent tilboda i kommunane.", dp="2.4"),
  ])

# ---------------------------------------------------------------- 13 KS 2021 (docx -> LO PDF, continues KS 2018)
F("KS_NKPS_rapport_2021.pdf", "KS", 2021, "python-docx + LibreOffice",
  "KS 2021: same council form as KS 2018 rendered to PDF, delmål typed as codes in the box row ('2.1, 2.2'), guidance kept in grey italics under each label, extra row 'Endring fra forrige rapport' (Videreført/Fortsatt/Nytt/Avsluttet – not a field of the truth); header 'KS – Kommunesektorens organisasjon', footer 'Side n av m'",
  [
  M("ks_digikomp", "Samarbeid om digital kompetanse – videreført", ["2.1","2.2"], "Prosjekt", "KS", ["KDD", "hovedorganisasjonene"], "2020–2022",
    "Prosjektet er videreført med vekt på digital samhandling og velferdsteknologi.", dp="2.1, 2.2", extra={"Endring fra forrige rapport": "Videreført"}),
  M("ks_laering", "KS Læring – delingsplattform for kommunene", ["2.1"], "Informasjon", "KS", ["kommuner", "fylkeskommuner"], "Løpende",
    "Over 300 kommuner bruker plattformen til kurs og e-læring.", dp="2.1", extra={"Endring fra forrige rapport": "Fortsatt"}),
  M("ks_arbeidslivsmonitor", "Arbeidslivsmonitoren for kommunesektoren", ["2.2"], "FoU", "KS", [], "Årlig",
    "Ny utgave publisert høsten 2021.", dp="2.2", extra={"Endring fra forrige rapport": "Fortsatt"}),
  M("fagbrev_paa_jobb", "Fagbrev på jobb i kommunene", ["2.5","3.1"], "Kurs/utdanning", "KS", ["fylkeskommunene", "Fagforbundet"], "2021–2023",
    "KS stimulerer kommunene til å bruke ordningen for ufaglærte i helse og omsorg.", dp="2.5, 3.1", extra={"Endring fra forrige rapport": "Nytt"}),
  M("bransjeprogram", "Bransjeprogram for kommunal helse- og omsorgssektor", ["2.1","2.4"], "Kurs/utdanning", "Kompetanse Norge", ["KS", "Fagforbundet", "NSF"], "2020–2022",
    "Partene i bransjeprogrammet har prioritert tilbud innen velferdsteknologi og demens.", dp="2.1, 2.4", extra={"Endring fra forrige rapport": "Nytt"}),
  M("ks_fou_teknologilaering", "FoU «Teknologibasert læring på arbeidsplassen» – sluttrapport", ["2.2"], "FoU", "KS", [], "2019–2021",
    "Sluttrapport levert i 2021.", dp="2.2", extra={"Endring fra forrige rapport": "Avsluttet"}),
  M("samfunnskontrakt", "Samfunnskontrakt for flere læreplasser 2022–2026", ["1.4","2.3"], "Annet", "Partene", ["KD", "KS"], "2022–2026",
    "KS har signert den nye kontrakten på vegne av kommunesektoren.", dp="1.4, 2.3", tp="Avtale"),
  ])

# ---------------------------------------------------------------- 14 LO 2021 (docx, own template, continues LO 2017)
F("LO_kompetanserapport_2021.docx", "LO", 2021, "python-docx",
  "LO 2021: own layout – one numbered heading per measure ('Tiltak 3 – …') and a 3-column table under it (Felt | Svar | Kommentar) with label words changed ('Delmål i strategien', 'Kategori', 'Hvem leder', 'Med hvem', 'Periode', 'Status'); intro, a 'Statistikk: kurs og deltakere' table and the closing greeting are not measures",
  [
  M("kbu", "Kompetansebehovsutvalget – LOs deltakelse", ["1.1"], "Råd/utvalg/nettverk", "KD", ["partene", "forskere"], "2017–2023",
    "Utvalget leverte sin tredje rapport i 2020. LO deltar fortsatt.", dp="1.1", tp="Utvalg"),
  M("sry", "SRY og de faglige rådene", ["1.4","2.3"], "Råd/utvalg/nettverk", "KD", ["NHO", "KS", "Virke", "Spekter", "Unio", "YS"], "Løpende",
    "LO deltar i SRY og leder flere faglige råd.", dp="1.4 og 2.3", tp="Råd"),
  M("lo_tvskole_2017", "Skolering av tillitsvalgte i kompetansearbeid (videreført)", ["2.2","2.4"], "Kurs/utdanning", "LO", ["forbundene", "AOF"], "2021",
    "Kursene er lagt om til digitale samlinger.", dp="2.2 og 2.4", tp="Opplæring"),
  M("bransjeprogram", "Bransjeprogrammene", ["2.1","2.4"], "Kurs/utdanning", "Kompetanse Norge", ["LO", "NHO", "Fellesforbundet", "Fagforbundet"], "2018–2023",
    "LO-forbundene deltar i styringsgruppene for bransjeprogrammene for industri, bygg og helse.", dp="2.1 og 2.4", tp="Utdanning"),
  M("lo_uio_kunnskapsokonomi", "Samarbeid med UiO om utvikling av kunnskapsøkonomien", ["2.2"], "Prosjekt", "LO", ["NHO", "UiO"], "2020–2022",
    "Forskningssamarbeid om kompetanse og produktivitet.", dp="2.2", tp="Prosjekt"),
  M("lo_karrieresentre", "Forslag om større satsing på regionale karriereveiledningssentre", ["1.3"], "Annet", "LO", [], "2021",
    "LO har fremmet forslaget i budsjettinnspill og i rådet.", dp="1.3", tp="Politisk innspill"),
  M("lo_nnn_matindustri", "«Matindustrien 4.0 – kompetanseløft for hele matindustrien!»", ["2.1"], "Prosjekt", "LO/NNN", ["NHO Mat og drikke", "Sjømat Norge"], "2019–2021",
    "Bransjeprosjekt for digital kompetanse i matindustrien.", dp="2.1", tp="Prosjekt"),
  ])

# ---------------------------------------------------------------- 15 NAV 2022 (docx, Resultater row)
F("NAV_rapport_Kompetansepolitisk_raad_2022.docx", "NAV", 2022, "python-docx",
  "Arbeids- og velferdsdirektoratet (NAV) 2022: council form with grey-shaded label column, only the ticked ☒ boxes kept in the delmål row (the empty ones deleted), extra rows 'Resultater' and 'Kontaktperson'; a table 'Deltakere i opplæringstiltak 2019–2022' is statistics, not measures",
  [
  M("nav_opplaering_tiltak", "Opplæringstiltaket – utvidet bruk av formell utdanning", ["3.3","3.5"], "Kurs/utdanning", "NAV", ["fylkeskommunene"], "Fra juli 2021",
    "Ny lov gir arbeidssøkere over 19 år mulighet til å ta fag- eller svennebrev med dagpenger eller AAP.",
    extra={"Resultater": "Om lag 4 000 deltakere i formell utdanning i 2022", "Kontaktperson": "Seksjon for arbeidsrettede tiltak"}),
  M("nav_norsk_arbeidspraksis", "Norskopplæring kombinert med arbeidspraksis", ["3.4","3.5"], "Kurs/utdanning", "NAV", ["IMDi", "kommunene"], "2022",
    "Kurs i norsk og grunnleggende ferdigheter kombinert med praksis i ordinær virksomhet.",
    extra={"Resultater": "Evaluering bestilt", "Kontaktperson": "Seksjon for arbeidsrettede tiltak"}),
  M("nav_toaarig", "To-årig yrkesrettet opplæringstiltak", ["3.5"], "Kurs/utdanning", "NAV", ["fylkeskommunene", "Kompetanse Norge"], "2021–2023",
    "Forsøk med lengre yrkesrettet opplæring for arbeidssøkere uten fullført videregående.",
    extra={"Resultater": "Forsøk i tre fylker", "Kontaktperson": "Seksjon for arbeidsrettede tiltak"}),
  M("nav_karrierevl_samarbeid", "Samarbeid med karrieresentrene om veiledning av arbeidssøkere", ["1.3","3.3"], "Råd/utvalg/nettverk", "NAV", ["fylkeskommunene", "karrieresentrene"], "Løpende",
    "Faste samarbeidsavtaler mellom NAV fylke og karrieresentrene.",
    extra={"Resultater": "Avtaler i alle fylker", "Kontaktperson": "NAV Arbeid og ytelser"}),
  M("fagbrev_paa_jobb", "Fagbrev på jobb for arbeidssøkere i arbeidstrening", ["3.3"], "Kurs/utdanning", "NAV", ["fylkeskommunene", "arbeidsgivere"], "2022",
    "NAV-kontorene bruker ordningen i samarbeid med fylkeskommunen.",
    extra={"Resultater": "–", "Kontaktperson": "Seksjon for arbeidsrettede tiltak"}),
  M("kplus", "Kompetansepluss arbeid", ["3.2"], "Kurs/utdanning", "HK-dir", ["NAV", "partene"], "Løpende",
    "NAV informerer virksomheter som rekrutterer fra NAV om ordningen.",
    extra={"Resultater": "–", "Kontaktperson": "NAV Arbeid og ytelser"}),
  ])

# ---------------------------------------------------------------- 16 HK-dir 2022 (reportlab, landscape table per measure)
F("HK-dir_rapportering_2022.pdf", "HK-dir", 2022, "reportlab",
  "HK-dir (Direktoratet for høyere utdanning og kompetanse) 2022: own PDF template, a numbered contents list of the titles (not extra rows), a grey 'Tiltakskort' box per measure with label column ('Tiltak', 'Delmål', 'Kategori', 'Ansvar', 'Samarbeid', 'Varighet', 'Kort omtale'), cover page, table of contents and a 'Tiltak per delmål' count table at the end that is not a measure",
  [
  M("kplus", "Kompetansepluss (arbeid og frivillighet)", ["3.2","3.6"], "Kurs/utdanning", "HK-dir", ["partene", "VOFO", "studieforbundene"], "Løpende",
    "Tilskuddsordningene ble i 2022 slått sammen til Kompetansepluss.", dp="3.2, 3.6"),
  M("bransjeprogram", "Bransjeprogram for kompetanseutvikling", ["2.1","2.4"], "Kurs/utdanning", "HK-dir", ["partene", "utdanningsinstitusjoner"], "2018–2024",
    "Tolv bransjeprogram i 2022, blant annet for reiseliv, varehandel og bygg.", dp="2.1, 2.4"),
  M("fleksible_digital", "Tilskudd til fleksible videreutdanningstilbud", ["2.1","2.4"], "Kurs/utdanning", "HK-dir", ["universiteter", "fagskoler"], "2018–2022",
    "Tilskuddet ble i 2022 utvidet fra digital kompetanse til flere fagområder.", dp="2.1, 2.4"),
  M("nforum_karriere", "Nasjonalt forum for karriereveiledning", ["1.3"], "Råd/utvalg/nettverk", "HK-dir", ["KS", "Spekter", "NAV", "fylkeskommunene"], "Løpende",
    "Forumet møttes tre ganger i 2022.", dp="1.3"),
  M("reg_digital_karriere", "Karriereveiledning.no – nasjonal digital karriereveiledning", ["1.3"], "Informasjon", "HK-dir", ["fylkeskommunene"], "Fra 2020",
    "Chat, telefon og e-post for alle over 19 år.", dp="1.3"),
  M("reg_kvalitetsrammeverk", "Kvalitetsrammeverket for karriereveiledning", ["1.3"], "Prosjekt", "HK-dir", ["karrieresentrene"], "Løpende",
    "Implementering i karrieresentrene og skolene.", dp="1.3"),
  M("hkdir_fagskole", "Tilskudd til utvikling av fagskoletilbud", ["1.4","2.4"], "Kurs/utdanning", "HK-dir", ["fagskolene", "fylkeskommunene"], "2022",
    "Utlysning av midler til nye fagskoletilbud i samarbeid med arbeidslivet.", dp="1.4/2.4"),
  M("hkdir_godkjenning", "Godkjenning av utenlandsk fag- og yrkesopplæring", ["2.6"], "Annet", "HK-dir", ["Udir"], "Løpende",
    "Ny godkjenningsordning for utenlandsk fagopplæring.", dp="2.6", tp="Forvaltning"),
  ])

# ---------------------------------------------------------------- 17 Spekter 2022 (docx, continues Spekter 2017)
F("Spekter_tiltak_NKPS_2022.docx", "Spekter", 2022, "python-docx",
  "Spekter 2022: council form where the delmål row keeps all 16 boxes but the member typed 'X' instead of ☒ ('X 1.3'), grey guidance left only in the first form, the last form holds two measures ('a) …' / 'b) …', shared type and ansvarlig printed once); the 'Spekters representanter i rådet' line and greeting are not measures",
  [
  M("spk_kplus_seminar", "Søkekonferanse om Kompetansepluss for medlemsvirksomhetene (videreført)", ["3.2"], "Arrangement", "Spekter", ["HK-dir"], "Årlig, september",
    "Konferansen er gjennomført hvert år siden 2017, i 2022 digitalt.", xmark=True),
  M("nforum_karriere", "Nasjonalt forum for karriereveiledning", ["1.3"], "Råd/utvalg/nettverk", "HK-dir", ["Spekter", "KS"], "Løpende",
    "Spekter deltar fortsatt i forumet.", xmark=True),
  M("samfunnskontrakt", "Samfunnskontrakt for flere læreplasser", ["1.4","2.3"], "Annet", "Partene", ["KD", "Spekter"], "2022–2026",
    "Spekter har signert ny kontrakt og følger opp helseforetakene.", xmark=True, tp="Avtale"),
  M("spk_helsefagarbeider", "Rekruttering av helsefagarbeidere i helseforetakene", ["2.3","3.1"], "Prosjekt", "Spekter", ["helseforetakene", "Fagforbundet"], "2021–2023",
    "Prosjekt om flere lærlinger og voksne i helsefagarbeiderfaget.", xmark=True),
  M("spk_kompetanseutv_medl", "Kompetanseutvikling i medlemsvirksomhetene – oppfølging", ["2.2"], "Kurs/utdanning", "Spekter", ["Spekters medlemmer"], "2022",
    "Oppfølging av kartleggingen fra 2017–2018 med nettverk for HR-ledere.", xmark=True),
  M("spk_lederutvikling", "Lederutvikling i helseforetakene", ["2.2"], "Kurs/utdanning", "Spekter", ["helseforetakene"], "2022",
    "Felles lederprogram for mellomledere.", xmark=True),
  ], pair_form=(4, 5))

# ---------------------------------------------------------------- 18 Regjeringen 2023 (docx matrix, merged delmål cells)
F("Regjeringen_oppfolging_NKPS_2023.docx", "Regjeringen", 2023, "python-docx",
  "Regjeringen 2023: Word matrix like the directorate's summary – columns Delmål | Tiltak | Type | Ansvarlig | Samarbeidspartnere | Periode, the delmål cell vertically merged over all rows of a delmål, a last column 'Antall' merged too (counts, not measures), area heading rows spanning the table",
  [
  M("kbu", "Kompetansebehovsutvalget (KBU) – nytt mandat", ["1.1"], "Råd/utvalg/nettverk", "KD", ["partene", "forskere"], "2023–2026", None),
  M("reg_karrierelov", "Lovfesting av fylkeskommunens ansvar for karriereveiledning", ["1.2","1.3"], "Annet", "KD", ["fylkeskommunene"], "2023", None, tp="Lov/forskrift"),
  M("reg_digital_karriere", "Nasjonal digital karriereveiledning", ["1.3"], "Informasjon", "HK-dir", ["KD"], "Løpende", None),
  M("bransjeprogram", "Bransjeprogram for kompetanseutvikling", ["2.4"], "Kurs/utdanning", "KD", ["HK-dir", "partene"], "2018–2024", None),
  M("reg_kompetansereform_evu", "Kompetansereformen «Lære hele livet»", ["2.2","2.4"], "Annet", "KD", ["partene", "HK-dir"], "2020–2024", None, tp="Reform"),
  M("samfunnskontrakt", "Samfunnskontrakt for flere læreplasser", ["2.3"], "Annet", "KD", ["partene", "KS"], "2022–2026", None, tp="Samfunnskontrakt"),
  M("reg_fagskolemelding", "Stortingsmelding om fagskoleutdanning", ["1.4"], "FoU", "KD", [], "2023–2024", None, tp="Utredning"),
  M("reg_godkjenning", "Kompletterende utdanning for innvandrere med utenlandsk høyere utdanning", ["2.6"], "Kurs/utdanning", "KD", ["HK-dir", "UH"], "2023", None),
  M("reg_integreringsloeftet", "Integreringsløftet – oppfølging", ["3.3","3.4"], "Prosjekt", "KD", ["IMDi", "AID", "NAV"], "2023", None),
  M("reg_opplaeringstiltak", "Arbeidsmarkedstiltaket opplæring – økt bruk av fagbrev", ["3.5"], "Kurs/utdanning", "AID", ["NAV", "fylkeskommunene"], "Løpende", None),
  ])

# ---------------------------------------------------------------- 19 NHO 2024 (docx, continues NHO 2018)
F("NHO_rapport_2024.docx", "NHO", 2024, "python-docx",
  "NHO 2024: NHO's own Word version of the form – a 2-column table per measure with labels in bold caps ('TILTAK', 'DELMÅL', 'TYPE', 'ANSVAR', 'PARTNERE', 'TID', 'OM TILTAKET'), guidance removed, delmål written 'delmål 2.3 og 1.4'; a 'Nøkkeltall for NHOs medlemsbedrifter' table and the contact person line are not measures",
  [
  M("nho_jenter_teknologi", "Jenter og teknologi (videreført)", ["2.3"], "Informasjon", "NHO", ["LO", "NHO-landsforeningene"], "2016–2025",
    "Kampanjen er videreført med fokus på fagbrev i teknologiske fag.", dp="delmål 2.3"),
  M("sry", "Samarbeidsrådet for yrkesopplæring", ["1.4","2.3"], "Råd/utvalg/nettverk", "KD", ["LO", "KS", "Virke", "Spekter"], "Løpende",
    "NHO leder arbeidsgiversiden i SRY.", dp="delmål 1.4 og 2.3"),
  M("nho_kompetansebarometer", "NHOs kompetansebarometer", ["2.2"], "FoU", "NHO", ["NIFU"], "Årlig",
    "Årlig undersøkelse av medlemsbedriftenes kompetansebehov.", dp="delmål 2.2"),
  M("samfunnskontrakt", "Samfunnskontrakten for flere læreplasser", ["1.4","2.3"], "Annet", "Partene", ["KD"], "2022–2026",
    "Ny kontrakt fulgt opp gjennom landsforeningene.", dp="delmål 1.4 og 2.3", tp="Avtale"),
  M("bransjeprogram", "Bransjeprogrammene", ["2.1","2.4"], "Kurs/utdanning", "HK-dir", ["NHO", "LO", "landsforeningene"], "2018–2025",
    "NHO-foreningene deltar i styringsgruppene.", dp="delmål 2.1 og 2.4"),
  M("nho_fagbrev_voksne", "Fagbrev for voksne i medlemsbedriftene", ["2.5","3.1"], "Prosjekt", "NHO", ["fylkeskommunene"], "2024",
    "Pilot om praksiskandidatordningen i industri.", dp="delmål 2.5 og 3.1"),
  ])

# ---------------------------------------------------------------- 20 Trøndelag 2024 (nynorsk reportlab)
F("Trondelag_fylkeskommune_rapport_2024.pdf", "Trøndelag fylkeskommune", 2024, "reportlab",
  "Trøndelag fylkeskommune 2024 (nynorsk): borderless two-column block per measure with small labels ('Tiltak', 'Type', 'Ansvarleg', 'Partnarar', 'Periode', 'Skildring'), delmål only in words, once per section heading 'Delmål: …' (applies to the measures under it), header 'Trøndelag fylkeskommune – Trööndelagen fylhkentjïelte', footer page numbers; intro and 'Møteplan 2024' list are not measures",
  [
  M("tr_regional_strategi", "Kompetansestrategi for Trøndelag 2024–2027", ["1.2"], "Annet", "Trøndelag fylkeskommune", ["NAV Trøndelag", "NTNU", "partane"], "2024–2027",
    "Ny regional kompetansestrategi vedteken av fylkestinget.", dp=WORDS["1.2"], tp="Strategi"),
  M("tr_kompetanseforum", "Kompetanseforum Trøndelag", ["1.2"], "Råd/utvalg/nettverk", "Trøndelag fylkeskommune", ["NAV Trøndelag", "LO", "NHO", "KS"], "Løpande",
    "Forum for partnarskapen i regional kompetansepolitikk.", dp=WORDS["1.2"], tp="Nettverk"),
  M("tr_karrieresenter", "Karrieresenteret i Trøndelag – vaksne", ["1.3"], "Prosjekt", "Trøndelag fylkeskommune", ["NAV Trøndelag"], "2024",
    "Karriererettleiing for vaksne i alle delar av fylket.", dp=WORDS["1.3"], tp="Prosjekt"),
  M("fagbrev_paa_jobb", "Fagbrev på jobb", ["3.1"], "Kurs/utdanning", "Trøndelag fylkeskommune", ["arbeidsgivarar", "NAV Trøndelag"], "2024",
    "Om lag 300 vaksne i ordninga.", dp=WORDS["3.1"], tp="Opplæring"),
  M("tr_norsk_sor_samisk", "Sørsamisk språkopplæring for vaksne", ["3.1"], "Kurs/utdanning", "Trøndelag fylkeskommune", ["Saemien Sijte", "studieforbunda"], "2024–2025",
    "Kurs i sørsamisk for vaksne i samarbeid med frivillige.", dp=WORDS["3.1"], tp="Kurs"),
  M("kplus", "Kompetansepluss", ["3.2"], "Kurs/utdanning", "HK-dir", ["Trøndelag fylkeskommune", "studieforbunda"], "2024",
    "Fylkeskommunen informerer verksemder om ordninga.", dp=WORDS["3.2"], tp="Opplæring"),
  ])

# ---------------------------------------------------------------- 21 Virke 2025 (docx -> LO PDF, continues Virke 2019)
F("Virke_rapport_NKPS_2025.pdf", "Virke", 2025, "python-docx + LibreOffice",
  "Virke 2025: council form converted to PDF, 16 tick boxes laid out as a 4×4 grid inside the delmål cell, guidance deleted, extra row 'Budsjett'; last form left empty with only the guidance (not a measure); cover with table of contents",
  [
  M("virke_hk_bransjeprogram", "Bransjeprogram for varehandel – fortsatt", ["2.1","2.4"], "Kurs/utdanning", "Virke", ["Handel og Kontor", "HK-dir"], "2021–2025",
    "Programmet har gitt over 1 500 ansatte i handelen videreutdanning.", extra={"Budsjett": "Finansiert av HK-dir"}),
  M("virke_fagbrev_handel", "Fagbrev i salgsfaget for voksne", ["2.5","3.1"], "Kurs/utdanning", "Virke", ["Handel og Kontor", "fylkeskommunene"], "2025",
    "Praksiskandidatordningen brukes fortsatt for erfarne ansatte.", extra={"Budsjett": "–"}),
  M("virke_ki_handel", "Kunstig intelligens i varehandelen – kompetanseløft", ["2.1"], "Prosjekt", "Virke", ["Handel og Kontor", "BI"], "2025",
    "Kurs og veiledere om bruk av KI for små og mellomstore bedrifter.", extra={"Budsjett": "2 mill. kr"}),
  M("rsa", "Råd for samarbeid med arbeidslivet (RSA)", ["1.4"], "Råd/utvalg/nettverk", "UH", ["Virke"], "Løpende",
    "Virke er fortsatt representert i RSA ved OsloMet.", extra={"Budsjett": "–"}),
  M("sry", "Samarbeidsrådet for yrkesopplæring (SRY)", ["1.4","2.3"], "Råd/utvalg/nettverk", "KD", ["partene"], "Løpende",
    "Virke er medlem av SRY.", extra={"Budsjett": "–"}),
  M("virke_studie_teknologi", "Oppfølgingsstudie om teknologi og kompetansebehov i varehandelen", ["2.2"], "FoU", "Virke", ["Samfunnsøkonomisk analyse"], "2024–2025",
    "Oppfølging av studien fra 2019 om hvordan ny teknologi påvirker kompetansebehovet.", extra={"Budsjett": "0,6 mill. kr"}),
  ], empty_form=True)

# ---------------------------------------------------------------- 22 Unio 2026 (docx, continues Unio 2019)
F("Unio_rapport_2026.docx", "Unio", 2026, "python-docx",
  "Unio 2026: one landscape table with a row per measure (Tiltak | Delmål | Type | Ansvarlig | Partnere | Tidsrom | Status), delmål as '2.1/2.2', a second small table 'Unios medlemsforbund' and 'Møter i Kompetansepolitisk råd 2026' list that are not measures",
  [
  M("unio_tvskole", "Tillitsvalgtskolering om kompetanse og digitalisering (videreført)", ["2.1","2.2"], "Kurs/utdanning", "Unio", ["medlemsforbundene"], "2025–2026",
    "Modulene er oppdatert med kunstig intelligens.", dp="2.1/2.2", tp="Kurs"),
  M("unio_finansmodeller", "Finansiering av etter- og videreutdanning – oppfølging av utredning", ["2.2"], "FoU", "Unio", ["Proba samfunnsanalyse"], "2026",
    "Oppdatert utredning etter kompetansereformen.", dp="2.2", tp="Utredning"),
  M("rsa", "Råd for samarbeid med arbeidslivet", ["1.4"], "Råd/utvalg/nettverk", "UH", ["Unio"], "Løpende",
    "Fortsatt deltakelse.", dp="1.4", tp="Råd"),
  M("kbu", "Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "KD", ["partene"], "2023–2026",
    "Unio er representert i KBU.", dp="1.1", tp="Utvalg"),
  M("unio_helse_ki", "Kompetanse i helse- og omsorgstjenesten i møte med KI", ["2.1","2.2"], "FoU", "Unio", ["Ny Analyse"], "2026",
    "Ny rapport om kompetansebehov for sykepleiere og annet helsepersonell.", dp="2.1/2.2", tp="Rapport"),
  M("unio_ped_evu", "Videreutdanning for lærere – Kompetanse for kvalitet", ["1.4","2.2"], "Kurs/utdanning", "KD", ["KS", "Unio", "lærerutdanningene"], "2025–2026",
    "Unio og Utdanningsforbundet følger opp ordningen i partssamarbeidet.", dp="1.4/2.2", tp="Utdanning"),
  ])

# ---------------------------------------------------------------- near-miss groups: rows that look alike but are different tiltak
NEAR_GROUPS = {
 "tillitsvalgtskolering": ["lo_tvskole_2017", "ys_tvskole", "unio_tvskole", "unio_digipolitikk"],
 "regionale planer/strategier": ["mr_regional_strategi", "vl_regional_plan", "tr_regional_strategi", "mr_kompetansealliansen", "vl_kompetanseforum", "tr_kompetanseforum"],
 "karrieresentre": ["mr_karrieresenter", "vl_karrieresenter", "tr_karrieresenter", "lo_karrieresentre", "reg_karriere_tilskudd", "nav_karrierevl_samarbeid"],
 "karriereveiledning nasjonalt": ["nforum_karriere", "reg_kvalitetsrammeverk", "reg_digital_karriere", "reg_karrierelov"],
 "KS FoU": ["ks_arbeidslivsmonitor", "ks_fou_finans_evu", "ks_fou_teknologilaering", "ks_menn_i_helse"],
 "Akademikerne forskningsrapporter": ["ak_menon", "ak_econa_evu", "ak_econa_eldre", "ak_tekna_behov"],
 "NHO rapporter": ["nho_fagarbeider_innovasjon", "nho_rapport_strategier", "nho_rapport_skatt", "nho_yon_rapport", "nho_kompetansebarometer"],
 "Virke studier": ["virke_litt_digital", "virke_studie_teknologi", "virke_ki_handel"],
 "Unio utredninger": ["unio_finansmodeller", "unio_helsepersonell", "unio_helse_ki", "ks_fou_finans_evu"],
 "råd med UH": ["rsa", "uhr_fagstrat", "sry"],
 "fagbrev for voksne": ["fagbrev_paa_jobb", "virke_fagbrev_handel", "nho_fagbrev_voksne", "nav_opplaering_tiltak", "reg_opplaeringstiltak"],
 "bransjeprogram og fleksible tilbud": ["bransjeprogram", "fleksible_digital", "virke_hk_bransjeprogram", "lo_nnn_matindustri", "hkdir_fagskole"],
 "Spekter arrangement/kompetanse": ["spk_kplus_seminar", "spk_moteplass_laerebedrifter", "arendal_spekter_lostat", "spk_kompetanseutv_medl", "spk_lederutvikling"],
 "læreplasser/lærlinger": ["samfunnskontrakt", "spk_brev_laerlinger", "spk_helsefagarbeider", "yrkesfagenes_aar", "nho_jenter_teknologi"],
 "EVU-utvalg/reform": ["reg_ekspertutvalg_evu", "unio_innspill_evu", "reg_kompetansereform_evu", "reg_forstudie_avkastning"],
 "VOFO regionalt": ["vofo_regionledd", "vofo_regionkonsulenter", "vofo_partnerskap", "vofo_studieforbund_overforing"],
 "godkjenning utenlandsk": ["hkdir_godkjenning", "reg_godkjenning"],
 "norskopplæring": ["nav_norsk_arbeidspraksis", "vofo_norsk_frivillig", "tr_norsk_sor_samisk", "reg_integreringsloeftet"],
 "KS plattform/digital": ["ks_laering", "ks_digikomp", "ks_fou_teknologilaering"],
}
