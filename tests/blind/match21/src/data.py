# -*- coding: utf-8 -*-
"""Content of blind batch match21: files, rows and identity keys.

Each row: key (identity of the tiltak, internal), title (exactly as printed), dm (delmål codes, new
numbering; for 2017 files the printed old numbers are in `old` and dm is derived), ty (canonical type
as printed by most templates; 'Informasjon' is mapped to 'Annet' in the ground truth), resp,
partners, period (as printed), desc.
"""

OLD2NEW = {1: "1.1", 2: "1.2", 3: "1.3", 4: "1.4", 5: "2.1", 6: "2.2", 7: "2.3", 8: "2.4", 9: "2.5",
           10: "2.6", 11: "3.1", 12: "3.2", 13: "3.3", 14: "3.4", 15: "3.5", 16: "3.6"}

DELMAL_TEXT = {
    "1.1": "Etablere et kompetansebehovsutvalg (KBU)",
    "1.2": "Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle",
    "1.3": "Sørge for tilgang til karriereveiledning og et helhetlig system for karriereveiledning",
    "1.4": "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet",
    "2.1": "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken",
    "2.2": "Styrke kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.3": "Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker",
    "2.4": "Koble kompetansebehov i virksomheter og klynger til utdannings- og opplæringstilbydere",
    "2.5": "Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet",
    "2.6": "Forenkle godkjenning og vurdering av utenlandsk utdanning og yrkeskvalifikasjoner",
    "3.1": "Gi fleksibel opplæring på voksnes premisser",
    "3.2": "Stimulere til bruk av Kompetanseplussordningene",
    "3.3": "Benytte opplærings- og kompetansetiltak mer aktivt i arbeidsmarkeds- og integreringspolitikken",
    "3.4": "Målrette og effektivisere norskopplæring og kvalifiseringstiltak for innvandrere",
    "3.5": "Styrke og tilpasse NAVs opplæringstilbud for arbeidssøkere",
    "3.6": "Stimulere til læringsmotivasjon gjennom opplæring i frivillig sektor",
}

AREA = {"1": "Gode valg for den enkelte og for samfunnet", "2": "Læring i arbeidslivet",
        "3": "Styrke kompetansen til voksne med svak tilknytning til arbeidslivet"}


def R(key, title, dm, ty, resp, partners, period, desc, old=None):
    return dict(key=key, title=title, dm=list(dm), ty=ty, resp=resp, partners=list(partners),
                period=period, desc=desc, old=list(old) if old else None)


FILES = []


def F(name, reporter, year, fmt, template, layout, lang, rows):
    FILES.append(dict(name=name, reporter=reporter, year=year, fmt=fmt, template=template,
                      layout=layout, lang=lang, rows=rows))


# ---------------------------------------------------------------- 2017 YS (docx, captioned tables)
F("YS_rapportering_NKPS_2017.docx", "YS", 2017, "docx", "captioned_hva_hvem_naar",
  "each measure a captioned table ('Tabell n: <title>', Word Caption style) with columns Hva gjør vi? / "
  "Hvem er med? / Når?, merged bottom row with old NKPS numbers and type; captioned non-measure tables "
  "(Tabell 1 forbund, Tabell 7 kontakter)", "nb", [
    R("DIGIGRP", "Deltakelse i partssammensatt arbeidsgruppe for digital kompetanse", [], "Råd/utvalg/nettverk",
      "KD", ["YS", "LO", "NHO", "Unio", "KS", "Spekter", "Akademikerne", "Kompetanse Norge"],
      "Oppstart høsten 2017, rapport våren 2018",
      "Arbeidsgruppen skal identifisere kompetansebehov som følger av digitalisering og foreslå konkrete "
      "prosjekter. YS stiller med én representant fra Parat.", old=[5]),
    R("YS_TV", "YS-skolen: kurs for tillitsvalgte om kompetanseutvikling på arbeidsplassen", [], "Kurs/utdanning",
      "YS", ["Parat", "Delta", "YS Stat"], "2017–2018",
      "Todagers kurs der tillitsvalgte lærer å bruke kompetansebestemmelsene i avtaleverket og å kartlegge "
      "kompetansebehov sammen med arbeidsgiver.", old=[6]),
    R("YS_TARIFF", "Undersøkelse av kompetansebestemmelser i YS-forbundenes tariffavtaler", [], "FoU",
      "YS", ["Fafo"], "Høsten 2017",
      "Gjennomgang av hvordan tariffavtalene i YS-forbundene regulerer etter- og videreutdanning, og hvor "
      "mye bestemmelsene faktisk brukes.", old=[6]),
    R("BALANSE", "Modell for vurdering av kompetanse ervervet i arbeidslivet (ledet av Virke)", [], "FoU",
      "Virke", ["YS", "LO", "NHO"], "2017–2018",
      "YS deltar i arbeidsgruppen som utvikler metode og modell for å beskrive kompetanse som bygges opp i "
      "arbeidslivet.", old=[9]),
    R("SRY", "YS' representasjon i Samarbeidsrådet for yrkesopplæring", [], "Råd/utvalg/nettverk",
      "Partene", ["KD", "Utdanningsdirektoratet"], "Løpende",
      "YS har fast plass i SRY og bruker rådet til å løfte rekruttering til yrkesfagene og kvaliteten i "
      "fagopplæringen.", old=[4, 7]),
])

# ---------------------------------------------------------------- 2017 VOFO (pdf, bar chart + compact)
F("VOFO-tiltak-2017.pdf", "VOFO", 2017, "pdf", "barchart_compact_entries",
  "summary page with key figures and a drawn bar chart of measures per old NKPS number, then a compact "
  "overview: bold title line, grey meta line 'Nr. 12 | type | ansvar + partnere | periode', small text",
  "nb", [
    R("VOFO_KPVEIL", "Veiledning av studieforbund i søknader til Kompetansepluss frivillighet", [],
      "Kurs/utdanning", "VOFO", ["Studieforbundene", "Kompetanse Norge"], "2017–2019",
      "VOFO holder søknadsverksteder og gir individuell veiledning slik at flere studieforbund søker og får "
      "midler til opplæring i grunnleggende ferdigheter.", old=[12]),
    R("VOFO_REGION", "Styrking av VOFOs regionale tilstedeværelse", [], "Prosjekt", "VOFO",
      ["VOFO-regionene"], "2017–",
      "Regionleddene slås sammen og styrkes slik at VOFO kan delta i regionale kompetansesamarbeid og være "
      "synlig overfor karriereveiledere.", old=[2, 3]),
    R("VOFO_FORSK", "Forskningsprosjekt: studieforbundene som læringskatalysatorer", [], "FoU", "VOFO",
      ["Fafo"], "2017–2018",
      "Prosjektet undersøker hvordan kurs i studieforbund motiverer voksne til videre læring.", old=[16]),
    R("VOFO_INKL", "Informasjonsprosjekt om inkludering i studieforbundene", [], "Informasjon", "VOFO",
      ["Studieforbundene", "IMDi"], "2017",
      "Informasjonsmateriell og fagdager om hvordan studieforbundene kan nå innvandrere og andre som sjelden "
      "deltar i opplæring.", old=[14, 16]),
])

# ---------------------------------------------------------------- 2018 KS (docx, årshjul)
F("KS_aarshjul_kompetanse_2018.docx", "KS", 2018, "docx", "aarshjul_month_table",
  "årshjul: one table row per month (Hele året, Januar–Desember), columns Måned / Aktivitet / Delmål og "
  "type / Ansvar – samarbeid; empty months marked '–'; a December row that is an administrative "
  "deadline, not a measure", "nb", [
    R("KSDIG", "Samarbeid om digital kompetanse i kommunesektoren (71 kommuner)", ["2.1"], "Prosjekt", "KS",
      ["KMD", "hovedorganisasjonene"], "Hele året",
      "Partssamarbeid der 71 kommuner prøver ut metoder for å heve den digitale kompetansen hos ansatte. KS "
      "arrangerer møteplasser med bistand fra alle partene."),
    R("KS_LAERING", "KS Læring – delingsplattform for kommunene", ["2.1", "2.2"], "Informasjon", "KS",
      ["Kommunene"], "Hele året",
      "Nettplattform der kommuner deler kurs, arrangementer og annen kunnskap med egne ansatte og med "
      "hverandre."),
    R("DIGIGRP", "Partssammensatt arbeidsgruppe om digitalisering og kompetanse", ["2.1"], "Råd/utvalg/nettverk",
      "KD", ["Kompetanse Norge", "partene"], "Januar–april",
      "Arbeidsgruppen leverte forslag til konkrete prosjekter til Kompetansepolitisk råd 23. april."),
    R("KS_MENN", "Menn i helse – rekruttering av menn til helsefagarbeiderutdanning", ["2.3", "3.3"], "Prosjekt",
      "KS", ["NAV", "fylkeskommunene"], "Mars",
      "Ledige menn får et komprimert løp mot fagbrev som helsefagarbeider, med praksis i kommunal helse- og "
      "omsorgstjeneste. Nytt kull starter i mars."),
    R("SAMFK", "Oppfølging av samfunnskontrakten for flere læreplasser", ["2.3"], "Råd/utvalg/nettverk", "KS",
      ["KD", "partene"], "Mai",
      "KS følger opp kommunenes måltall for lærlinger og rapporterer status i kontraktens årlige møte."),
    R("KARFORUM", "Deltakelse i Nasjonalt forum for karriereveiledning", ["1.3"], "Råd/utvalg/nettverk",
      "Kompetanse Norge", ["KS"], "Juni",
      "KS deltar i forumet som gir råd om et helhetlig system for karriereveiledning."),
    R("KS_MONITOR", "Kommunesektorens arbeidslivsmonitor", ["2.2"], "FoU", "KS", [], "September",
      "Årlig kunnskapsgrunnlag om rekruttering, kompetanse og sykefravær i kommunesektoren."),
    R("KS_KONF18", "KS' kompetansekonferanse 2018: Kompetanse for omstilling", ["2.1", "2.2"], "Arrangement", "KS",
      ["Kompetanse Norge"], "Oktober",
      "Konferanse for rådmenn, HR-ledere og tillitsvalgte om kompetansestrategier i kommunene."),
])

# ---------------------------------------------------------------- 2018 NHO (pdf, event calendar)
F("NHO_kompetansekalender_2018.pdf", "NHO", 2018, "pdf", "calendar_date_badges",
  "calendar 'Kompetanseåret 2018': coloured date badge (day + month) at left, entry text at right with a "
  "tag line, Når/Ansvar/Med lines and text; a separate 'Andre datoer' box that is not measures",
  "nb", [
    R("KBU", "NHO i Kompetansebehovsutvalget (KBU)", ["1.1"], "Råd/utvalg/nettverk", "KD",
      ["NHO", "de andre hovedorganisasjonene", "forskere"], "Hele 2018 (oppnevnt 2017)",
      "Utvalget sammenstiller og analyserer kunnskap om Norges kompetansebehov. Første hovedrapport kommer i "
      "2018."),
    R("DIGIGRP", "Arbeidsgruppen for digital kompetanse (KD/Kompetanse Norge)", ["2.1"], "Råd/utvalg/nettverk",
      "KD", ["Kompetanse Norge", "LO", "YS", "Unio", "KS", "Spekter", "Akademikerne"], "Januar–april 2018",
      "NHO leder delgruppen om små og mellomstore bedrifter og bidrar med eksempler fra medlemsbedrifter."),
    R("MATIND", "Matindustrien 4.0", ["2.1", "2.4"], "Prosjekt", "NHO Mat og Drikke", ["LO/NNN", "Sjømat Norge"],
      "2018–2020", "Kompetanseløft for ansatte i matindustrien med vekt på automatisering og digitale verktøy."),
    R("JENTER", "Jenter og teknologi 2018", ["2.3"], "Informasjon", "NHO", ["Tekna", "NITO", "LO"],
      "Mars–november 2018",
      "Nasjonal kampanje for tredje år på rad: skolebesøk og rollemodeller som viser jenter mulighetene i "
      "teknologiske fag og yrker."),
    R("HURTIG_NHO", "Kampanje for Hurtigsporet i fire byer", ["3.3", "3.4"], "Informasjon", "NHO",
      ["NAV", "Bergen", "Bodø", "Drammen", "Fredrikstad"], "April–juni 2018",
      "Frokostmøter for bedrifter som vil rekruttere nyankomne flyktninger med relevant kompetanse."),
    R("NHO_AREN18", "Arendalsuka 2018: frokostmøte om kompetansereformen", ["2.2"], "Arrangement", "NHO",
      ["KD"], "15. august 2018",
      "Debatt om hvordan bedriftene kan bruke kompetansereformen, med kunnskapsministeren i panelet."),
    R("SAMFK", "Samfunnskontrakten for flere læreplasser", ["2.3"], "Kurs/utdanning", "Regjeringen og partene",
      ["KS", "fylkeskommunene"], "2016–2020",
      "NHO mobiliserer medlemsbedriftene til å ta inn flere lærlinger og følger opp måltallene i kontrakten."),
])

# ---------------------------------------------------------------- 2019 LO (docx, superscript delmål)
F("LO_tiltaksliste_2019.docx", "LO", 2019, "docx", "superscript_delmal_list",
  "bulleted list: bold title immediately followed by the delmål codes in superscript (legend at top), an "
  "italic fact line 'type – ansvarlig: …, med … – periode', then text; contact and budget paragraphs",
  "nb", [
    R("KBU", "LOs plass i Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "KD",
      ["LO", "de øvrige partene"], "2017–2021",
      "LO bruker plassen i KBU til å løfte behovet for fagarbeidere og etter- og videreutdanning for "
      "arbeidstakere uten høyere utdanning."),
    R("BR_IND", "Bransjeprogram for industri- og byggenæringen", ["2.1", "2.4"], "Kurs/utdanning",
      "Kompetanse Norge", ["Fellesforbundet", "Norsk Industri", "BNL"], "2019–2021",
      "Trepartsprogram med korte, arbeidsrettede moduler for ansatte i industrien og byggenæringen."),
    R("MATIND", "Matindustrien 4.0 – kompetanseløft for hele matindustrien", ["2.1", "2.4"], "Prosjekt",
      "LO/NNN", ["NHO Mat og Drikke", "Sjømat Norge"], "2018–2020",
      "Felles prosjekt med arbeidsgiversiden om opplæring i ny teknologi på alle nivåer i matindustrien."),
    R("LO_KONF19", "LOs kompetansekonferanse 2019", ["2.2"], "Arrangement", "LO", ["Fafo"], "6. mars 2019",
      "Konferanse for tillitsvalgte om verdien av kompetanse og om veien videre for kompetansereformen."),
    R("LO_TV", "Kurs for tillitsvalgte: Kompetanse på arbeidsplassen", ["2.2"], "Kurs/utdanning", "LO", ["AOF"],
      "2019–2020",
      "Kurset gir tillitsvalgte verktøy for å drøfte kompetanseplaner med ledelsen."),
    R("SRY", "Deltakelse i SRY og de faglige rådene", ["1.4", "2.3"], "Råd/utvalg/nettverk", "Partene",
      ["Utdanningsdirektoratet", "KD"], "Løpende",
      "LO og forbundene deltar i Samarbeidsrådet for yrkesopplæring og i de faglige rådene."),
    R("BALANSE", "Balansekunst – modell for å beskrive kompetanse fra arbeidslivet", ["2.5"], "FoU", "Virke",
      ["LO", "YS", "NHO"], "2017–2019",
      "LO har bidratt i utviklingen av modellen, som ble lansert i april 2018 og nå prøves ut."),
    R("LO_TARIFF", "Kartlegging av kompetansebestemmelser i tariffavtalene", ["2.2"], "FoU", "LO", ["Fafo"],
      "2019", "Fafo kartlegger hvordan kompetansebestemmelsene i LO-forbundenes avtaler brukes lokalt."),
])

# ---------------------------------------------------------------- 2019 Virke (pdf, vertical timeline)
F("Virke_tidslinje_2019.pdf", "Virke", 2019, "pdf", "vertical_timeline",
  "vertical timeline: a centre line with dots, measures as boxes alternating left and right of the line, "
  "date label above each box; two grey milestones on the line are not measures", "nb", [
    R("BALANSE", "Balansekunst – hvordan beskrive kompetanse som bygges opp i arbeidslivet", ["2.5"], "FoU",
      "Virke", ["LO", "YS", "NHO"], "April 2018 – 2019",
      "Rapporten beskriver en modell for å vurdere kompetanse man har bygget seg opp i arbeidslivet. I 2019 "
      "testes modellen i to bransjer."),
    R("VI_LAERLING", "Lærlingkampanje i handelsnæringen", ["2.3"], "Informasjon", "Virke",
      ["Handel og Kontor"], "Mars 2019",
      "Kampanje i sosiale medier som viser ungdom karriereveier med fagbrev i salgsfaget."),
    R("VI_DIGHANDEL", "Hvordan påvirker ny teknologi kompetansebehovet i varehandelen?", ["2.1", "2.2"], "FoU",
      "Virke", ["Samfunnsøkonomisk analyse", "NAV", "Handel og Kontor"], "Januar–oktober 2019",
      "Studie av hvilke oppgaver som endres av ny teknologi i butikk og lager, og hvilken kompetanse som "
      "trengs."),
    R("VI_AREN19", "Arendalsuka 2019: Virkes kompetansescene", ["2.2"], "Arrangement", "Virke",
      ["Kompetanse Norge"], "13.–16. august 2019",
      "Fire debatter om livslang læring i tjenestenæringene."),
    R("VI_SENIOR", "Seniorer i handelen – kompetanse for et lengre yrkesliv", ["2.2"], "Prosjekt", "Virke",
      ["Senter for seniorpolitikk"], "September 2019 – 2021",
      "Prosjektet utvikler opplegg som gjør det lettere for eldre ansatte å ta etter- og videreutdanning."),
    R("VI_FAGSKOLE", "Fagskoletilbud i handel og service", ["1.4", "2.3"], "Kurs/utdanning", "Virke",
      ["Fagskolen Kristiania"], "Høsten 2019",
      "Ny fagskoleutdanning for butikksjefer og ansatte med fagbrev som vil videre."),
])

# ---------------------------------------------------------------- 2020 Vestland (docx, nynorsk grouped)
F("Vestland_fk_handlingsprogram_2020.docx", "Vestland fylkeskommune", 2020, "docx",
  "grouped_by_ansvarleg_table_nn",
  "nynorsk handlingsprogram: one table, spanning group rows 'Ansvarleg: …' (responsible only in the group "
  "row), columns Tiltak / Delmål / Type / Samarbeid / Periode / Kort om tiltaket; a 'Sum tiltak' row and a "
  "separate budget table", "nn", [
    R("VL_KOMPFORUM", "Kompetanseforum Vestland", ["1.2", "1.4"], "Råd/utvalg/nettverk", "Vestland fylkeskommune",
      ["NHO Vestland", "LO i Vestland", "KS Vest", "NAV Vestland", "Høgskulen på Vestlandet"], "2020–2023",
      "Partnarskap som samordnar det regionale kompetansearbeidet i det nye fylket."),
    R("VL_KARRIERE", "Karriere Vestland – karrieresentera i fylket", ["1.3"], "Prosjekt", "Vestland fylkeskommune",
      ["NAV Vestland", "kommunane"], "Frå 2020",
      "Dei tidlegare karrieresentera i Hordaland og Sogn og Fjordane vert slegne saman til éi teneste."),
    R("VL_FAGBREV", "Fagbrev på jobb", ["3.1"], "Kurs/utdanning", "Vestland fylkeskommune",
      ["Opplæringskontora", "NAV Vestland"], "2020–2022",
      "Tilsette utan fagbrev tek fagbrev gjennom ordinært arbeid, med ein opplæringsplan frå fylket."),
    R("VL_YNEMND", "Yrkesopplæringsnemnda i Vestland", ["1.4", "2.3"], "Råd/utvalg/nettverk",
      "Vestland fylkeskommune", ["Partane i arbeidslivet"], "Løpande",
      "Nemnda gjev råd om dimensjonering og kvalitet i fag- og yrkesopplæringa."),
    R("VL_HVL", "Strategisk samarbeid mellom Høgskulen på Vestlandet og Fagskulen Vestland", ["1.4"],
      "Kurs/utdanning", "Fagskulen Vestland", ["Høgskulen på Vestlandet"], "2020–2021",
      "Felles tilbod innan dei tekniske fagområda og betre overgang frå fagskule til høgskule."),
    R("MODFORS", "Deltaking i det nasjonale forsøket med modulstrukturert opplæring for vaksne", ["3.1"],
      "Kurs/utdanning", "Vestland fylkeskommune og NAV Vestland", ["Utdanningsdirektoratet", "KD"], "2020–2023",
      "Vaksne tek fagbrev modul for modul, med rett til å ta med seg godkjende modular vidare."),
    R("VL_NAVHF", "Helsefagarbeidar for minoritetsspråklege (Sogn og Fjordane-modellen)", ["3.4", "3.5"],
      "Kurs/utdanning", "Vestland fylkeskommune og NAV Vestland", ["Kommunane"], "2020–2021",
      "Kombinert løp med norskopplæring og fagopplæring fram mot fagbrev som helsefagarbeidar."),
])

# ---------------------------------------------------------------- 2020 Unio (pdf, marginalia)
F("Unio_aarsrapport_kompetanse_2020.pdf", "Unio", 2020, "pdf", "marginalia",
  "annual-report chapter in a wide text column; each measure paragraph starts with a bold title, the "
  "delmål, type and period stand as a grey note in the left margin; responsible and partners only in the "
  "prose", "nb", [
    R("UNIO_TV", "Tillitsvalgtskolering om digitalisering", ["2.1"], "Kurs/utdanning", "Unio",
      ["Utdanningsforbundet", "Norsk Sykepleierforbund"], "2020–2021",
      "Skoleringen gir tillitsvalgte kunnskap om hvordan digitalisering endrer arbeidsoppgavene, og hvordan "
      "de kan kreve opplæring når ny teknologi tas i bruk."),
    R("KSDIG", "Partssamarbeid om digital kompetanse i kommunesektoren", ["2.1"], "Prosjekt", "KS",
      ["Unio", "LO Kommune", "YS Kommune", "Akademikerne kommune"], "2018–2020",
      "Unio er med i styringsgruppen for prosjektet, der kommuner prøver ut lokale opplegg for digital "
      "kompetanse."),
    R("HOSPEEM", "Livslang læring i sykehussektoren – europeisk prosjekt (EPSU/HOSPEEM)", ["2.2"], "Prosjekt",
      "EPSU og HOSPEEM", ["Norsk Sykepleierforbund", "Spekter", "Fagforbundet"], "2019–2021",
      "Prosjektet samler gode eksempler på investering i kompetanse i europeiske sykehus."),
    R("UNIO_FIN", "Utredning av finansieringsmodeller for etter- og videreutdanning", ["2.2"], "FoU", "Unio",
      ["Proba samfunnsanalyse"], "2020",
      "Utredningen sammenligner modeller der staten, arbeidsgiver og den enkelte deler kostnadene."),
    R("UNIO_HELSE", "Kompetanseheving for helsepersonell – muligheter og utfordringer", ["1.4", "2.2"], "FoU",
      "Unio", ["Ny Analyse"], "2020",
      "Rapporten peker på hva som hindrer videreutdanning for sykepleiere og andre helseprofesjoner."),
    R("KARFORUM", "Unio i Nasjonalt forum for karriereveiledning", ["1.3"], "Råd/utvalg/nettverk",
      "Kompetanse Norge", ["Unio"], "Løpende",
      "Unio har i 2020 fått plass i forumet og vektlegger karriereveiledning for voksne i arbeid."),
])

# ---------------------------------------------------------------- 2020 KD (docx, nested tables)
F("KD_oppfolging_NKPS_2020.docx", "Kunnskapsdepartementet", 2020, "docx", "nested_tables",
  "outer two-column table with one row per hovedinnsatsområde, the right cell holding an inner measure "
  "table (Tiltak / Delmål / Type / Ansvarlig / Samarbeid / Tidsrom / Merknad); a 'Sum' row in the outer table",
  "nb", [
    R("KBU", "Kompetansebehovsutvalget (KBU)", ["1.1"], "Råd/utvalg/nettverk", "KD",
      ["KMD", "ASD", "partene", "Kompetanse Norge"], "2017–2023",
      "Utvalget la fram sin andre rapport i 2020 og har fått forlenget mandat."),
    R("KARDIG", "Nasjonal digital karriereveiledningstjeneste", ["1.3"], "Informasjon", "KD", ["Kompetanse Norge"],
      "Lansert 2020", "Chat, telefon og nettside med karriereveiledning for alle over 19 år."),
    R("KVALRAM", "Kvalitetsrammeverk for karriereveiledning", ["1.3"], "Prosjekt", "KD",
      ["Kompetanse Norge", "fylkeskommunene"], "2019–2021",
      "Felles rammeverk for etikk, kompetanse og kvalitet i karriereveiledningen."),
    R("REFORM", "Kompetansereformen Lære hele livet (Meld. St. 14 (2019–2020))", ["2.2", "2.4"], "Annet", "KD",
      ["ASD", "NFD", "partene"], "2020–",
      "Reformen skal sikre at ingen går ut på dato, og gi flere mulighet til å ta utdanning ved siden av jobb."),
    R("BRANSJE", "Bransjeprogram for kompetanseutvikling", ["2.1", "2.4"], "Kurs/utdanning", "KD",
      ["ASD", "partene", "Kompetanse Norge"], "2019–2022",
      "Trepartsprogram der partene i hver bransje velger hvilke opplæringstilbud som skal utvikles."),
    R("FLEKS", "Tilskudd til fleksible videreutdanningstilbud", ["2.1", "2.4"], "Kurs/utdanning", "KD",
      ["Kompetanse Norge", "Diku"], "2019–2021",
      "Tilskuddsordning for universiteter, høyskoler og fagskoler som utvikler nettbaserte og samlingsbaserte "
      "tilbud."),
    R("GODKJ", "Godkjenningsordning for utenlandsk fagskoleutdanning", ["2.6"], "Annet", "KD", ["NOKUT"],
      "Fra 1. januar 2019", "NOKUT vurderer og godkjenner utenlandsk fagskoleutdanning."),
    R("MODFORS", "Forsøk med modulstrukturert opplæring for voksne", ["3.1"], "Kurs/utdanning", "KD",
      ["Utdanningsdirektoratet", "fylkeskommunene", "NAV"], "2017–2023",
      "Forsøk i utvalgte fylker og lærefag; evalueres av NIFU."),
    R("KPLUSS", "Videreutvikling av Kompetansepluss", ["3.2"], "Annet", "KD", ["Kompetanse Norge", "VOFO", "partene"],
      "2020–2021",
      "Ordningen legges om for å nå flere voksne med svake grunnleggende ferdigheter og kobles til "
      "fagopplæring."),
])

# ---------------------------------------------------------------- 2021 Akademikerne (pdf brochure + docx letter)
F("Akademikerne_brosjyre_2021.pdf", "Akademikerne", 2021, "pdf", "brochure_spreads",
  "A5 brochure printed as imposed spreads on A4 landscape: sheet 1 = back cover (contacts) | front cover, "
  "sheet 2 = page 2 | page 3 with the measures; page numbers in each half's footer", "nb", [
    R("AK_EVU", "Etter- og videreutdanning blant høyt utdannede – status og veien videre", ["2.2"], "FoU",
      "Akademikerne/Econa", ["Ny Analyse"], "2021",
      "Undersøkelse blant medlemmene om deltakelse i og behov for etter- og videreutdanning."),
    R("AK_FRAMTID", "Framtidens behov for akademikere", ["1.1", "2.2"], "FoU", "Akademikerne",
      ["Samfunnsøkonomisk analyse"], "2021",
      "Framskrivninger av etterspørselen etter akademisk kompetanse fram mot 2035."),
    R("AK_KARRIERE", "Karriereveiledning for medlemmer i overgangsfaser", ["1.3"], "Informasjon",
      "Akademikernes medlemsforeninger", [], "Løpende",
      "Medlemsforeningene tilbyr karrieresamtaler ved overgang fra utdanning til jobb og mellom jobber."),
    R("KBU", "Kompetansebehovsutvalget – Akademikernes representant", ["1.1"], "Råd/utvalg/nettverk", "KD",
      ["Akademikerne", "de andre hovedorganisasjonene"], "2021",
      "Akademikerne sitter i utvalget og har i 2021 bidratt til temarapporten om høyere utdanning."),
    R("AK_DIG", "Digital kompetanse for høyt utdannede – kursrekke", ["2.1"], "Kurs/utdanning",
      "Akademikerne/Tekna", ["NTNU"], "2021–2022",
      "Korte nettkurs i dataanalyse, maskinlæring og digital sikkerhet for medlemmer."),
])

F("Akademikerne_oversendelse_2021.docx", "Akademikerne", 2021, "docx", "cover_letter_only",
  "formal transmittal letter with letterhead table (Vår ref./Deres ref./Dato); names no measures", "nb", [])

# ---------------------------------------------------------------- 2021 NAV (pdf, nettskjema receipt)
F("NAV_nettskjema_kvittering_2021.pdf", "NAV", 2021, "pdf", "webform_receipt",
  "web-form submission receipt: grey question labels with answers underneath, repeating group 'Tiltak – "
  "svar n', multi-choice delmål shown as ticked options with the delmål text", "nb", [
    R("BIO_TRANSFER", "Overføring av bedriftsintern opplæring (BIO) fra NAV til fylkeskommunene", ["1.2", "3.3"],
      "Annet", "Arbeids- og velferdsdirektoratet", ["Fylkeskommunene", "ASD"], "2020–2021",
      "Forvaltningen av BIO er overført til fylkeskommunene fra 2021. NAV har bistått med overlevering av "
      "saker og erfaringer."),
    R("NAV_GF", "Opplæring i grunnleggende ferdigheter for arbeidssøkere", ["3.5"], "Kurs/utdanning", "NAV",
      ["Kompetanse Norge", "fylkeskommunene"], "2021–2022",
      "Kurs i lesing, skriving, regning og digitale ferdigheter som del av arbeidsmarkedsopplæringen."),
    R("HURTIG_NAV", "Hurtigsporet for nyankomne flyktninger", ["3.3", "3.4"], "Prosjekt", "NAV",
      ["IMDi", "kommunene", "NHO"], "2021",
      "Flyktninger med relevant kompetanse får raskere vei til arbeid gjennom tett samarbeid med "
      "arbeidsgivere."),
    R("KARDIG", "Samarbeid om den nasjonale nettbaserte karriereveiledningen", ["1.3"], "Informasjon",
      "Kompetanse Norge", ["NAV"], "2021",
      "NAV-veiledere henviser brukere til den nettbaserte tjenesten og bidrar med innhold om arbeidsmarkedet."),
    R("NAV_UTD", "Utdanning som tiltak – opplæring i inntil tre år", ["3.3", "3.5"], "Kurs/utdanning", "NAV",
      ["Fylkeskommunene"], "Fra 1. juli 2021",
      "Arbeidssøkere over 19 år kan få fagopplæring eller høyere utdanning som arbeidsmarkedstiltak i inntil "
      "tre år."),
])

# ---------------------------------------------------------------- 2022 KS (docx, multi-year status table)
F("KS_status_2020-2022.docx", "KS", 2022, "docx", "multiyear_status_table",
  "one row per measure: first cell holds the title and a small grey fact line; then one status column per "
  "year 2020 / 2021 / 2022 ('–' before start); the description is the 2022 cell", "nb", [
    R("KSDIG", "Samarbeid om digital kompetanse (kommunesektoren)", ["2.1"], "Prosjekt", "KS",
      ["KDD", "hovedsammenslutningene"], "2018–2022",
      "Sluttrapport levert. Metodene videreføres i KS Læring og i kommunenes egne planer."),
    R("KS_LAERING", "KS Læring (plattform for kompetansedeling)", ["2.1"], "Informasjon", "KS", ["Kommunene"],
      "Løpende", "Ny versjon med læringsstier for ledere og tillitsvalgte; over 300 kommuner bruker plattformen."),
    R("KS_MENN", "Menn i helse", ["2.3", "3.3"], "Prosjekt", "KS", ["NAV", "fylkeskommunene", "Helsedirektoratet"],
      "2016–2023", "Ordningen er nå landsdekkende; 14 nye kull startet i 2022."),
    R("KS_MONITOR", "Arbeidslivsmonitoren", ["2.2"], "FoU", "KS", [], "Årlig",
      "Årets monitor har et eget kapittel om kompetansebehov etter pandemien."),
    R("SAMFK", "Samfunnskontrakten for flere læreplasser (ny kontrakt 2022–2026)", ["2.3"], "Råd/utvalg/nettverk",
      "Regjeringen", ["KS", "partene"], "2022–2026",
      "Ny kontrakt signert i 2022; KS har satt mål om én lærling per 1000 innbyggere i kommunene."),
    R("KARFORUM", "Nasjonalt forum for karriereveiledning", ["1.3"], "Råd/utvalg/nettverk", "HK-dir", ["KS"],
      "Løpende", "KS deltar fortsatt i forumet, som nå er forankret i HK-dir."),
    R("BR_HO", "Bransjeprogram for kommunal helse- og omsorgssektor", ["2.1", "2.4"], "Kurs/utdanning", "KS",
      ["Fagforbundet", "NSF", "Delta", "Kompetanse Norge"], "2020–2022",
      "Over 2000 ansatte har tatt moduler i velferdsteknologi, demens og ledelse."),
    R("KS_HELSEFAG", "Fagskolesatsing i kommunal helse og omsorg", ["1.4", "2.3"], "Kurs/utdanning", "KS",
      ["Fagskolene", "Helsedirektoratet"], "2021–2022",
      "KS har kartlagt behovet for fagskoleutdannede i kommunene og fått flere studieplasser i eldreomsorg."),
    R("KS_KONF22", "Kommunal kompetansekonferanse 2022", ["2.2"], "Arrangement", "KS", [], "Mai 2022",
      "Første fysiske konferanse etter pandemien, med vekt på heltidskultur og kompetanse."),
])

# ---------------------------------------------------------------- 2022 HK-dir (pdf, INI export)
F("HK-dir_eksport_tiltak_2022.pdf", "HK-dir", 2022, "pdf", "ini_system_export",
  "monospace export from a case system in INI style: [RAPPORT] header, [TILTAK nnn] sections with KEY = "
  "value lines (TYPE as codes explained in a comment legend), continuation lines, a [KONTAKT] section",
  "nb", [
    R("KBU", "Sekretariat for Kompetansebehovsutvalget (KBU)", ["1.1"], "Råd/utvalg/nettverk", "HK-dir",
      ["KD", "partene"], "2022", "HK-dir er sekretariat for utvalget og publiserte temarapporten i 2022."),
    R("KPLUSS", "Kompetanseprogrammet (tidligere Kompetansepluss)", ["3.2"], "Annet", "HK-dir",
      ["KD", "partene", "VOFO"], "2021–",
      "Tilskudd til opplæring i grunnleggende ferdigheter i arbeidslivet og i frivilligheten."),
    R("KARDIG", "karriereveiledning.no – nasjonal digital karriereveiledning", ["1.3"], "Informasjon", "HK-dir",
      ["NAV", "fylkeskommunene"], "2022", "Tjenesten hadde over 40 000 samtaler i 2022."),
    R("KVALRAM", "Kvalitetsrammeverket for karriereveiledning – implementering", ["1.3"], "Prosjekt", "HK-dir",
      ["fylkeskommunene", "karrieresentrene"], "2022–2023",
      "Karrieresentrene tar i bruk rammeverket; HK-dir tilbyr kompetansepakker."),
    R("KARFORUM", "Nasjonalt forum for karriereveiledning", ["1.3"], "Råd/utvalg/nettverk", "HK-dir",
      ["KS", "Spekter", "NAV", "Unio"], "Løpende", "Forumet møtes fire ganger i året."),
    R("FLEKS", "Utlysning av midler til fleksible videreutdanningstilbud", ["2.1", "2.4"], "Kurs/utdanning",
      "HK-dir", ["KD", "partene"], "2022",
      "Utlysningen prioriterte tilbud utviklet i samarbeid med arbeidslivet."),
    R("GODKJ", "Godkjenning av utenlandsk fagskoleutdanning", ["2.6"], "Annet", "HK-dir", ["NOKUT"],
      "Fra 2022 i HK-dir", "Oppgaven ble flyttet fra NOKUT til HK-dir."),
    R("MODNAT", "Modulstrukturert opplæring for voksne – forberedelse av nasjonal ordning", ["3.1"], "Prosjekt",
      "HK-dir", ["Utdanningsdirektoratet", "fylkeskommunene"], "2022–2024",
      "Forberedelse av en varig ordning i hele landet etter forsøket; nye regler fra 2024."),
])

# ---------------------------------------------------------------- 2023 LO (docx, OKR)
F("LO_OKR_kompetanse_2023.docx", "LO", 2023, "docx", "okr_objectives_keyresults",
  "OKR format: objectives O1–O3 (own words, not measures) each followed by key results 'KR1.1 <title>' "
  "(numbers look like delmål codes), a pipe-separated Eier/Med/Tidsrom/NKPS/Type line and a status text",
  "nb", [
    R("LO_TV", "Tillitsvalgtkurset «Kompetanse på arbeidsplassen» (nytt opplegg)", ["2.2"], "Kurs/utdanning", "LO",
      ["AOF", "forbundene"], "2023–2024",
      "Kurset er lagt om til nettbaserte moduler og samlinger i alle fylker."),
    R("BR_IND", "Bransjeprogram industri og bygg – videreført", ["2.1", "2.4"], "Kurs/utdanning", "HK-dir",
      ["Fellesforbundet", "Norsk Industri", "BNL"], "2023",
      "Programmet er videreført med nye moduler i elektrofag og betong."),
    R("LO_TARIFF", "Kompetanse i tariffavtalene – ny kartlegging (fase 2)", ["2.2"], "FoU", "LO", ["Fafo"], "2023",
      "Oppfølging av kartleggingen fra 2019 med vekt på lokale avtaler om opplæring."),
    R("MATIND", "Matindustrien 4.0 (NNN)", ["2.1", "2.4"], "Prosjekt", "NHO Mat og Drikke", ["NNN", "Sjømat Norge"],
      "2023–2025", "NNN deltar i styringsgruppen for andre fase av prosjektet."),
    R("KBU", "Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "KD", ["LO", "partene"], "Løpende",
      "LO har spilt inn behovet for flere fagarbeidere i utvalgets arbeid med neste hovedrapport."),
    R("LO_KONF23", "Kompetansekonferansen 2023", ["2.2"], "Arrangement", "LO", ["Fafo", "HK-dir"], "14. mars 2023",
      "Konferanse om lønn og kompetanse etter pandemien, med 250 deltakere."),
    R("SAMFK", "Samfunnskontrakten", ["2.3"], "Råd/utvalg/nettverk", "Regjeringen", ["partene", "KS"], "2022–2026",
      "LO følger opp måltallet om læreplass til alle kvalifiserte søkere."),
    R("LAERKONF", "Felles lærlingkonferanse med Spekter", ["2.3"], "Arrangement", "Spekter", ["LO"], "Oktober 2023",
      "Konferanse for tillitsvalgte og ledere i helseforetakene om flere læreplasser."),
])

# ---------------------------------------------------------------- 2023 Spekter (pdf, kanban)
F("Spekter_tavle_2023.pdf", "Spekter", 2023, "pdf", "kanban_board",
  "kanban board on A4 landscape: three columns Planlagt / Pågår / Gjennomført with counts, measures as "
  "coloured sticky notes (title, tag line, Eier/med, Tid, short text); a colour legend", "nb", [
    R("LAERKONF", "Lærlingkonferanse for helseforetakene (sammen med LO)", ["2.3"], "Arrangement", "Spekter",
      ["LO"], "Oktober 2023", "Felles konferanse for ledere og tillitsvalgte om lærlinger i sykehusene."),
    R("SP_MOTEPLASS", "Møteplass lærebedrift", ["2.3"], "Arrangement", "Spekter",
      ["Spekters medlemsvirksomheter"], "Mars 2024",
      "Årlig heldagsmøte for medlemmer som er eller vil bli lærebedrifter."),
    R("SAMFK", "Ny samfunnskontrakt for flere læreplasser (2022–2026)", ["2.3"], "Råd/utvalg/nettverk",
      "Regjeringen og partene", ["Spekter"], "2022–2026",
      "Spekter følger opp helseforetakenes mål for læreplasser."),
    R("SP_FAGSKOLE", "Fagskoleutdanning i spesialisthelsetjenesten", ["1.4", "2.3"], "Kurs/utdanning", "Spekter",
      ["Fagforbundet", "Delta"], "2022–2024",
      "Flere fagskoletilbud for helsefagarbeidere i sykehus, med permisjon og lønn under studiene."),
    R("KARFORUM", "Spekter i Nasjonalt forum for karriereveiledning", ["1.3"], "Råd/utvalg/nettverk", "HK-dir",
      ["Spekter"], "Løpende", "Spekter representerer arbeidsgiversiden i forumet."),
    R("HOSPEEM", "Continuing professional development in hospitals (HOSPEEM/EPSU)", ["2.2"], "Prosjekt",
      "HOSPEEM og EPSU", ["Spekter", "Fagforbundet", "NSF"], "Avsluttet 2022",
      "Europeisk partsprosjekt; sluttrapporten med norske eksempler ble lagt fram i Brussel."),
    R("SP_NETTVERK", "HR-direktørnettverket", ["2.2"], "Råd/utvalg/nettverk", "Spekter",
      ["medlemsvirksomhetene"], "2023",
      "Kvartalsvise møter der kompetanseplanlegging var hovedtema i 2023."),
])

# ---------------------------------------------------------------- 2024 NHO (docx, press releases)
F("NHO_pressemeldinger_2024.docx", "NHO", 2024, "docx", "press_release_compilation",
  "compilation of press releases: kicker 'PRESSEMELDING', date, a news headline (not the title), lead, "
  "body with quote, a bordered 'Fakta om tiltaket' table whose 'Tiltak' row holds the title, and a "
  "'Kontakt' box", "nb", [
    R("JENTER", "Jenter og teknologi", ["2.3"], "Informasjon", "NHO", ["Tekna", "NITO", "LO"], "2015–2025",
      "Kampanjen besøkte over 300 skoler i 2024 og har rollemodeller fra alle fylker."),
    R("SAMFK", "Samfunnskontrakten for flere læreplasser 2022–2026", ["2.3"], "Råd/utvalg/nettverk", "Regjeringen",
      ["NHO", "LO", "KS", "Spekter", "Virke"], "2022–2026",
      "Partene og regjeringen har forpliktet seg til at alle kvalifiserte søkere skal få læreplass."),
    R("BRANSJE", "Treparts bransjeprogrammer for kompetanseutvikling", ["2.1", "2.4"], "Kurs/utdanning", "HK-dir",
      ["NHO", "LO", "bransjeforeningene"], "2019–2025",
      "Programmene gir ansatte, permitterte og ledige korte kurs og videreutdanning som kan tas ved siden av "
      "jobb."),
    R("SRY", "Samarbeidsrådet for yrkesopplæring (SRY)", ["1.4", "2.3"], "Råd/utvalg/nettverk", "KD",
      ["NHO", "LO", "KS", "Unio", "YS", "Spekter", "Virke", "Akademikerne"], "2024–2027",
      "NHO leder SRY i den nye perioden og prioriterer raskere fornyelse av læreplaner."),
    R("MATIND", "Matindustrien 4.0 – fase 2", ["2.1", "2.4"], "Prosjekt", "NHO Mat og Drikke",
      ["NNN", "Sjømat Norge", "Nofima"], "2023–2025",
      "Andre fase retter seg mot små bedrifter og bruk av data i produksjonen."),
    R("NHO_AREN24", "Arendalsuka 2024: Hvem skal lære de voksne?", ["2.2"], "Arrangement", "NHO",
      ["LO", "HK-dir"], "13. august 2024",
      "Debatt om ansvarsdelingen mellom arbeidsgiver, arbeidstaker og staten i etter- og videreutdanning."),
    R("NHO_DIGISMB", "DigiSMB – digitalt kompetanseløft for små bedrifter", ["2.1", "2.4"], "Kurs/utdanning", "NHO",
      ["NHO Geneo", "Abelia"], "2024–2025",
      "Gratis kortkurs og rådgivning for bedrifter med under 50 ansatte."),
])

# ---------------------------------------------------------------- 2024 Virke (pdf, spreadsheet overflow)
F("Virke_tiltaksark_2024.pdf", "Virke", 2024, "pdf", "spreadsheet_column_overflow",
  "spreadsheet printed without fit-to-width, with row and column headings: columns A–D (Tiltak, Delmål, "
  "Type, Status) on page 1, columns E–H (Ansvarlig, Samarbeidspartnere, Periode, Kommentar) on page 2; the "
  "two halves of a row are tied only by the sheet row number; a count row at the bottom", "nb", [
    R("BALANSE", "Balansekunst fase 2 – pilotering i bransjene", ["2.5"], "FoU", "Virke", ["LO", "YS", "NHO", "HK-dir"],
      "2023–2025", "Modellen prøves ut i handel, reiseliv og private helsetjenester."),
    R("VI_DIGHANDEL", "Ny teknologi og kompetansebehov i varehandelen (videreført)", ["2.1", "2.2"], "FoU", "Virke",
      ["Samfunnsøkonomisk analyse", "HK"], "2024",
      "Oppdatering av studien fra 2019 med vekt på kunstig intelligens i kundeservice."),
    R("VI_LAERLING", "«Bli i handel» (tidligere Lærlingkampanje i handelsnæringen)", ["2.3"], "Informasjon",
      "Virke", ["Handel og Kontor", "opplæringskontorene"], "2024",
      "Kampanjen har fått nytt navn og retter seg også mot voksne som vil ta fagbrev."),
    R("VI_SENIOR", "Seniorer i handelen", ["2.2", "3.3"], "Prosjekt", "Virke", ["Senter for seniorpolitikk", "NAV"],
      "2019–2024", "Avsluttes i 2024; verktøykassen for seniorsamtaler ligger på virke.no."),
    R("BR_HANDEL", "Bransjeprogram for varehandel", ["2.1", "2.4"], "Kurs/utdanning", "HK-dir",
      ["Virke", "Handel og Kontor", "NHO Service og Handel"], "2021–2025",
      "Moduler i netthandel, bærekraft og salgsledelse; Virke sitter i programrådet."),
    R("VI_DIGITAL", "Digitalt kompetanseløft for små handelsbedrifter", ["2.1"], "Kurs/utdanning", "Virke", ["BI"],
      "2024–2025", "Korte kurs for daglige ledere i butikker med færre enn ti ansatte."),
    R("VI_FAGSKOLE", "Fagskole i handel og service – nye studiesteder", ["1.4", "2.3"], "Kurs/utdanning", "Virke",
      ["Fagskolen Kristiania", "Noroff"], "2024",
      "Utdanningen tilbys nå også i Bergen og Trondheim."),
])

# ---------------------------------------------------------------- 2024 Vestland (docx, leftover guidance, nn)
F("Vestland_fk_rapportmal_2024.docx", "Vestland fylkeskommune", 2024, "docx", "template_with_guidance_nn",
  "nynorsk reporting template filled in by hand: each 'Tiltak n' block has bold labels, the template's grey "
  "italic guidance in square brackets left in place, then the answer; the last block is an unfilled copy "
  "(not a measure)", "nn", [
    R("VL_KOMPFORUM", "Kompetanseforum Vestland – ny partnarskapsavtale 2024–2027", ["1.2", "1.4"],
      "Råd/utvalg/nettverk", "Vestland fylkeskommune",
      ["NHO Vestland", "LO i Vestland", "KS Vest", "NAV Vestland", "HVL", "UiB"], "2024–2027",
      "Forumet held fram med ny avtale og eit eige arbeidsutval for grøn omstilling."),
    R("VL_KARRIERE", "Karriere Vestland", ["1.3"], "Prosjekt", "Vestland fylkeskommune",
      ["NAV Vestland", "kommunane", "HK-dir"], "Løpande",
      "Karrieresentera har fått nye lokale i Førde og Bergen og tilbyr rettleiing digitalt."),
    R("VL_FAGBREV", "Fagbrev på jobb – utvida til fleire fag", ["3.1"], "Kurs/utdanning", "Vestland fylkeskommune",
      ["Opplæringskontora", "NAV Vestland"], "2024–2025",
      "Ordninga gjeld no 14 fag, mellom anna industrimekanikarfaget og barne- og ungdomsarbeidarfaget."),
    R("VL_BIO", "Tilskot til bedriftsintern opplæring (BIO) i Vestland", ["2.4", "3.3"], "Annet",
      "Vestland fylkeskommune", ["Bedrifter i Vestland"], "2024",
      "Fylket lyste ut 18 millionar kroner til opplæring i bedrifter i omstilling."),
    R("VL_NAVHF", "Sogn og Fjordane-modellen for helsefagarbeidarar – no i heile Vestland", ["3.4", "3.5"],
      "Kurs/utdanning", "Vestland fylkeskommune", ["NAV Vestland", "kommunane"], "2023–2025",
      "Modellen er teken i bruk i Bergen og Sunnhordland."),
    R("MODNAT", "Modulstrukturert opplæring for vaksne – ordinær ordning frå 2024", ["3.1"], "Kurs/utdanning",
      "Vestland fylkeskommune", ["NAV Vestland"], "Frå 1. august 2024",
      "Etter forsøksperioden tilbyr fylket modulstrukturert opplæring i alle lærefag med nok søkjarar."),
])

# ---------------------------------------------------------------- 2025 Møre og Romsdal (docx, referat nn)
F("MR_fk_referat_dialogmote_2025.docx", "Møre og Romsdal fylkeskommune", 2025, "docx", "meeting_referat_nn",
  "nynorsk minutes of a dialogue meeting: Tid/Stad/Til stades, Sak 1–3/25; the measures are bullets inside "
  "Sak 2 with all facts in one parenthesis '(delmål …; type; ansvar: …; saman med …; periode)'; an "
  "'Oppfølgingspunkt' table of admin actions that are not measures", "nn", [
    R("MR_ALLIANSE", "Kompetansealliansen Møre og Romsdal", ["1.2", "1.4"], "Råd/utvalg/nettverk",
      "Møre og Romsdal fylkeskommune",
      ["NHO Møre og Romsdal", "LO", "NAV", "Høgskolen i Molde", "NTNU i Ålesund"], "2019–2027",
      "Alliansen har fått nytt mandat og skal følgje opp kunnskapsgrunnlaget om kompetansebehov i fylket."),
    R("MR_KARRIERE", "Karriere Møre og Romsdal – karrieresenter for alle over 19 år", ["1.3"], "Prosjekt",
      "Møre og Romsdal fylkeskommune", ["NAV Møre og Romsdal", "kommunane"], "Løpande",
      "Karrieresenteret har opna eit nytt kontor i Kristiansund."),
    R("MR_FAGBREV", "Fagbrev på jobb i Møre og Romsdal", ["3.1"], "Kurs/utdanning", "Møre og Romsdal fylkeskommune",
      ["Opplæringskontora", "NAV"], "2025–2026",
      "Særleg retta mot tilsette i havbruk og helse som manglar fagbrev."),
    R("MR_YNEMND", "Yrkesopplæringsnemnda i Møre og Romsdal", ["1.4", "2.3"], "Råd/utvalg/nettverk",
      "Møre og Romsdal fylkeskommune", ["partane i arbeidslivet"], "Løpande",
      "Nemnda har gjeve råd om nye tilbod i vg2 for 2026."),
    R("MR_INNV", "Plan for opplæring og arbeidspraksis for innvandrarar", ["3.3", "3.4"], "Kurs/utdanning",
      "Møre og Romsdal fylkeskommune", ["kommunane", "NAV"], "2025",
      "Planen koplar norskopplæring, grunnskule for vaksne og praksis i lokale bedrifter."),
])

# ---------------------------------------------------------------- 2025 AID (pdf, poster)
F("AID_plakat_2025.pdf", "Arbeids- og inkluderingsdepartementet", 2025, "pdf", "poster_area_columns_tiles",
  "A3 landscape poster: title band, three columns headed by the hovedinnsatsområder, measures as rounded "
  "tiles with a drawn type badge (letter code explained in a legend), delmål in square brackets after the "
  "title; a key-figures strip that is not measures", "nb", [
    R("BRANSJE", "Bransjeprogrammene", ["2.1", "2.4"], "Kurs/utdanning", "AID og KD", ["HK-dir", "partene"],
      "2019–2026", "Tolv bransjer har nå egne program; nye program for reiseliv og transport i 2025."),
    R("AID_IA", "IA-avtalen 2025–2028: kompetanse som virkemiddel", ["2.2", "3.3"], "Råd/utvalg/nettverk", "AID",
      ["partene"], "2025–2028",
      "Den nye avtalen har et eget mål om opplæring for ansatte som står i fare for å falle ut."),
    R("NAV_GF", "Kurs i grunnleggende ferdigheter gjennom NAV (arbeidsmarkedsopplæring)", ["3.5"],
      "Kurs/utdanning", "Arbeids- og velferdsdirektoratet", ["HK-dir"], "Løpende",
      "NAV kjøper kurs i lesing, skriving, regning og digitale ferdigheter."),
    R("HURTIG_NAV", "Hurtigsporet (NAV og IMDi)", ["3.3", "3.4"], "Prosjekt", "Arbeids- og velferdsdirektoratet",
      ["IMDi", "kommunene"], "Løpende", "Raskere vei til arbeid for flyktninger med etterspurt kompetanse."),
    R("NAV_UTD", "Utdanning som arbeidsmarkedstiltak (inntil tre år)", ["3.3", "3.5"], "Kurs/utdanning", "AID",
      ["NAV"], "Fra 2021", "Ordningen er evaluert i 2025 og videreføres."),
])

# ---------------------------------------------------------------- 2026 VOFO (pdf, grant report forms)
F("VOFO_sluttrapporter_2026.pdf", "VOFO", 2026, "pdf", "grant_report_boxed_forms",
  "one 'Sluttrapport for tilskudd' form per page drawn as boxes with small numbered labels in the box "
  "corner (1 Tiltakets navn … 9 Signatur); boxes 8 (regnskap) and 9 (signatur) are not measure fields",
  "nb", [
    R("VOFO_KPVEIL",
      "Søknadsveiledning for studieforbund – Kompetanseprogrammet frivillighet (tidligere Kompetansepluss frivillighet)",
      ["3.2", "3.6"], "Kurs/utdanning", "VOFO", ["Studieforbundene", "HK-dir"], "2026",
      "Søknadsverksteder i alle regioner; 41 studieforbundsprosjekter fikk tilskudd."),
    R("VOFO_REGION", "VOFOs regionale kontor – videreføring", ["1.2", "1.3"], "Prosjekt", "VOFO",
      ["VOFO-regionene", "fylkeskommunene"], "2026",
      "De regionale kontorene deltar i fylkenes kompetanseforum og er kontaktpunkt for karriereveiledere."),
    R("VOFO_FORSK", "Studieforbundene som læringskatalysatorer – fase 2", ["3.6"], "FoU", "VOFO", ["Fafo", "HK-dir"],
      "2025–2026", "Oppfølgingsstudie av deltakere fra den første undersøkelsen."),
    R("VOFO_INKL", "Inkludering i studieforbundene – informasjonsarbeid (videreført)", ["3.4", "3.6"],
      "Informasjon", "VOFO", ["Studieforbundene", "IMDi"], "2026",
      "Nytt informasjonsmateriell på seks språk og fagdager for kursarrangører."),
    R("VOFO_NORSK", "Norsktrening i frivilligheten", ["3.4", "3.6"], "Kurs/utdanning", "VOFO",
      ["Studieforbundene", "IMDi"], "2026",
      "Språkkafeer og samtalegrupper som supplement til den offentlige norskopplæringen."),
])

# ---------------------------------------------------------------- near-miss groups (keys) + judgements
NEAR_MISS_GROUPS = [
    (["LO_TV", "YS_TV", "UNIO_TV"], "three unions' own courses for tillitsvalgte: separate organisers, "
     "curricula and participants"),
    (["LO_TARIFF", "YS_TARIFF"], "two confederations' own tariff studies (both with Fafo): separate commissions"),
    (["LO_KONF19", "LO_KONF23"], "LO's competence conference 2019 and 2023: separate one-off events, not a "
     "continuing measure"),
    (["KS_KONF18", "KS_KONF22"], "KS conferences 2018 and 2022: separate events"),
    (["NHO_AREN18", "NHO_AREN24", "VI_AREN19"], "Arendalsuka events in different years / by different "
     "organisers: separate events"),
    (["VL_FAGBREV", "MR_FAGBREV"], "two counties' own 'Fagbrev på jobb' schemes"),
    (["VL_KARRIERE", "MR_KARRIERE"], "two counties' own career centres"),
    (["VL_KOMPFORUM", "MR_ALLIANSE"], "two counties' own regional competence partnerships"),
    (["VL_YNEMND", "MR_YNEMND", "SRY"], "two counties' yrkesopplæringsnemnder and the national SRY: "
     "different bodies"),
    (["MODFORS", "MODNAT"], "the time-limited national trial (forsøk 2017–2023) vs the permanent national "
     "scheme that replaced it (from 2024): treated as different tiltak"),
    (["BRANSJE", "BR_IND", "BR_HO", "BR_HANDEL"], "the national bransjeprogram scheme vs single branch "
     "programmes, each with its own programme council and partners: treated as different tiltak"),
    (["KARDIG", "KVALRAM", "KARFORUM"], "three national career-guidance measures: digital service, quality "
     "framework, forum"),
    (["HURTIG_NHO", "HURTIG_NAV"], "NHO's 2018 promotion campaign for Hurtigsporet vs NAV's Hurtigsporet "
     "programme itself"),
    (["BIO_TRANSFER", "VL_BIO"], "the transfer of the BIO task from NAV to the counties vs Vestland's own "
     "2024 grant round"),
    (["KPLUSS", "VOFO_KPVEIL"], "the national Kompetansepluss/Kompetanseprogrammet scheme vs VOFO's "
     "application guidance for study associations"),
    (["NHO_DIGISMB", "VI_DIGITAL"], "two organisations' own digital courses for small businesses"),
    (["KS_HELSEFAG", "SP_FAGSKOLE", "VI_FAGSKOLE"], "three different fagskole measures (municipal care, "
     "hospitals, retail)"),
    (["NAV_GF", "NAV_UTD"], "two different NAV training measures (basic skills courses vs education as a "
     "labour-market measure)"),
    (["VOFO_INKL", "VOFO_NORSK"], "VOFO's inclusion information work vs its new Norwegian-practice measure"),
    (["LAERKONF", "SP_MOTEPLASS"], "two Spekter apprentice events: the joint LO/Spekter conference vs the "
     "annual 'Møteplass lærebedrift'"),
    (["DIGIGRP", "KSDIG"], "the KD-led tripartite working group on digital competence (2018) vs KS's "
     "municipal partnership project on digital competence"),
    (["AK_EVU", "AK_FRAMTID", "UNIO_HELSE"], "separate research reports on further education / future "
     "needs by different commissioners"),
]
