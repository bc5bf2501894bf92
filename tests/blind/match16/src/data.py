"""Content of the batch: the delmål, the tiltak catalogue and every report's measure rows.

Each row is the ground truth for one measure as it is printed in one report.  The templates print
exactly the strings given here (title, description, period); they only add numbering, labels,
footnote marks and layout around them.
"""

TYPES = {
    "FoU": "FoU",
    "Kurs": "Kurs/utdanning",
    "Råd": "Råd/utvalg/nettverk",
    "Prosjekt": "Prosjekt",
    "Info": "Informasjon",
    "Arr": "Arrangement",
}

AREAS = {
    "1": "Gode valg for den enkelte og for samfunnet",
    "2": "Læring i arbeidslivet",
    "3": "Styrke kompetansen til voksne med svak tilknytning til arbeidslivet",
}
AREAS_NN = {
    "1": "Gode val for den enkelte og for samfunnet",
    "2": "Læring i arbeidslivet",
    "3": "Styrkje kompetansen til vaksne med svak tilknyting til arbeidslivet",
}

DELMAL = {
    "1.1": "Etablere et kompetansebehovsutvalg (KBU) bestående av forskere, analytikere og representanter for "
           "alle hovedorganisasjonene i arbeidslivet og departementene.",
    "1.2": "Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle, og legge bedre til "
           "rette for regionalt samarbeid mellom ulike kompetanseaktører.",
    "1.3": "Sørge for tilgang til karriereveiledning og et helhetlig system for karriereveiledning, med særlig "
           "vekt på de regionale karrieresentrene.",
    "1.4": "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet, for å gjøre "
           "utdanningen relevant og for å gi bedre tilgang på kvalifisert arbeidskraft i alle regioner.",
    "2.1": "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken for å utnytte den teknologiske "
           "utviklingen og sikre nødvendig omstilling.",
    "2.2": "Styrke kunnskapsgrunnlaget om læring i arbeidslivet og spesielt kunnskapen om verdien av å investere "
           "i kompetanseutvikling for samfunnet, virksomheten og den enkelte.",
    "2.3": "Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker.",
    "2.4": "Arbeide mer systematisk for å koble kompetansebehov i små og store virksomheter og ulike klynger og "
           "næringsmiljø til utdannings- og opplæringstilbydere for utvikling av relevante etter- og "
           "videreutdanningstilbud.",
    "2.5": "Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet, slik at denne kan utnyttes mer "
           "effektivt.",
    "2.6": "Forenkle og forbedre systemene for, og tilgangen på, godkjenning og vurdering av utenlandsk utdanning, "
           "yrkeskvalifikasjoner og kompletterende utdanning.",
    "3.1": "Gi fleksibel opplæring på voksnes premisser med sikte på raskere overgang til arbeid eller videre "
           "opplæring og at flest mulig voksne får anledning til å ta videregående opplæring.",
    "3.2": "Stimulere til bruk av Kompetanseplussordningene, inkludert prosjekter i samiske områder.",
    "3.3": "Benytte opplærings- og kompetansetiltak mer aktivt i arbeidsmarkeds- og integreringspolitikken, og "
           "benytte arbeidslivet mer aktivt som læringsarena.",
    "3.4": "Målrette og effektivisere norskopplæring, introduksjonsprogrammet og øvrige kvalifiseringstiltak for "
           "innvandrere.",
    "3.5": "Styrke og tilpasse NAVs opplæringstilbud for arbeidssøkere som trenger kvalifisering for å komme i jobb.",
    "3.6": "Stimulere til at flere finner læringsmotivasjon og bygger sin læringsevne gjennom opplæring i frivillig "
           "sektor.",
}

DELMAL_NN = {
    "1.2": "Styrkje det regionale folkevalde nivået sitt kompetansepolitiske ansvar og samordningsrolle, og "
           "leggje betre til rette for regionalt samarbeid mellom ulike kompetanseaktørar.",
    "1.3": "Sørgje for tilgang til karriererettleiing og eit heilskapleg system for karriererettleiing, med særleg "
           "vekt på dei regionale karrieresentera.",
    "1.4": "Vidareutvikle samarbeidet mellom opplærings- og utdanningstilbydarar og arbeidslivet, for å gjere "
           "utdanninga relevant og gi betre tilgang på kvalifisert arbeidskraft i alle regionar.",
    "2.1": "Styrkje og vidareutvikle den digitale kompetansen i heile arbeidsstyrken.",
    "2.3": "Samarbeide om å synleggjere og utvikle karrieremoglegheitene i yrkesfaglege utdanningar og yrke.",
    "2.4": "Arbeide meir systematisk for å kople kompetansebehov i små og store verksemder og ulike klynger og "
           "næringsmiljø til utdannings- og opplæringstilbydarar.",
    "3.1": "Gi fleksibel opplæring på premissane til vaksne, med sikte på raskare overgang til arbeid eller vidare "
           "opplæring.",
}

ORDER = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
         "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"]
OLD_NO = {code: i + 1 for i, code in enumerate(ORDER)}  # 1.1 -> 1 ... 3.6 -> 16


def join_no(items, conj="og"):
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {conj} " + items[-1]


def dm_codes(codes, conj="og"):
    return join_no(sorted(codes, key=ORDER.index), conj)


def dm_old(codes):
    return join_no([str(OLD_NO[c]) for c in sorted(codes, key=ORDER.index)])


# ---------------------------------------------------------------------------------------------
# Catalogue of distinct tiltak (key -> canonical name, note).  Ids T01.. are assigned in order of
# first appearance (report year, then file order below).
CATALOGUE = {
    "KP_SPEKTER_SOK": ("Spekters søkekonferanse om Kompetansepluss arbeid (2017)", ""),
    "MOTEPLASS_LB": ("Møteplass lærebedrifter (Spekter, årlig)", ""),
    "SPEKTER_NETTVERK": ("Spekters arbeidsgivernettverk for HR-direktører", ""),
    "SPEKTER_LO_KONF2017": ("Spekter/LO-konferanse om læreplasser 30.11.2017", ""),
    "SAMF": ("Samfunnskontrakt for flere læreplasser 2016–2020 (forlenget ut 2021)", ""),
    "KBU": ("Kompetansebehovsutvalget (KBU)", ""),
    "LO_TV": ("LOs tillitsvalgtopplæring om kompetanse", ""),
    "BAL": ("«Balansekunst» – modell for kompetanse ervervet i arbeidslivet (Virke m.fl.)", ""),
    "HURTIG": ("Hurtigsporet for nyankomne flyktninger (trepart)", ""),
    "UHR": ("UHRs fagstrategiske enheter", ""),
    "SRY": ("Samarbeidsrådet for yrkesopplæring (SRY)", ""),
    "KS_DIGI": ("KS: samarbeid om digital kompetanse i kommunesektoren", ""),
    "KS_LAERING": ("KS Læring (delingsplattform)", ""),
    "KS_FINANS": ("KS: FoU om finansieringsmodeller for EVU", ""),
    "KS_TEKNOLOGI": ("KS: FoU Teknologibasert læring på arbeidsplassen", ""),
    "MENN_HELSE": ("Menn i helse (rekrutteringsprogram)", ""),
    "KS_KONF2018": ("KS Kompetansekonferansen 2018", ""),
    "NFK": ("Nasjonalt forum for karriereveiledning", ""),
    "VOFO_REGION": ("VOFO: styrking av regional tilstedeværelse", ""),
    "FVO": ("Forberedende voksenopplæring (FVO), forsøk", ""),
    "KP_FRIVILLIG": ("Kompetansepluss frivillighet (ordningen)", ""),
    "KP_FRIVILLIG_EVAL": ("Evaluering av Kompetansepluss frivillighet", ""),
    "STUDIEFORB_REGELVERK": ("VOFO: regelverks- og praksisendringer i studieforbundsordningen", ""),
    "RSA": ("Råd for samarbeid med arbeidslivet (RSA)", ""),
    "JENTER": ("Jenter og teknologi (NHO-kampanje)", ""),
    "HURTIG_KAMPANJE": ("NHO: kampanje for Hurtigsporet i fire byer", ""),
    "DIGI": ("Partssammensatt arbeidsgruppe for digital kompetanse (2017–2018)", ""),
    "YRKESFAG_AAR": ("Yrkesfagenes år 2018", ""),
    "KOMPBAROM": ("NHOs kompetansebarometer", ""),
    "NAT_DIG": ("Nasjonal digital karriereveiledningstjeneste", ""),
    "KVAL": ("Nasjonalt kvalitetsrammeverk for karriereveiledning", ""),
    "BRANSJE": ("Treparts bransjeprogram for kompetanseutvikling (samlet ordning)", ""),
    "EKSPERT": ("Ekspertutvalg for etter- og videreutdanning (NOU 2019: 12)", ""),
    "KOMPREFORM": ("Kompetansereformen «Lære hele livet»", ""),
    "MODUL": ("Forsøk med modulstrukturert fagopplæring for voksne", ""),
    "STUDIEFORB_UTR": ("Utredning om studieforbundene (KD/KuD)", ""),
    "VL_REGPLAN": ("Vestland: regional plan for kompetanse og arbeidskraft", ""),
    "KARRIERE_VL": ("Karriere Vestland (karrieresentra i Vestland)", ""),
    "HVL": ("Samarbeid HVL – Fagskulen (Sogn og Fjordane / Vestland)", ""),
    "YFK2019": ("Vestland: Yrkesfagkonferansen 2019", ""),
    "VL_IND": ("Vestland: kompetanseløft for fagarbeidarar i industrien", ""),
    "VL_FLEKS": ("Vestland: fleksibel vidaregåande opplæring for vaksne", ""),
    "YS_TV": ("YS: kurs for tillitsvalgte om kompetanseutvikling", ""),
    "OSLO": ("Oslo kommune: samarbeidsprosjekt om flyktninger i arbeid (YS, Virke)", ""),
    "AKAD_EVU_HOY": ("Akademikerne/Econa: EVU blant høyt utdannede (Ny Analyse)", ""),
    "LO_KORONA": ("LO: krav om kompetansetiltak for permitterte (2020)", ""),
    "KOMPALLIANSE": ("Kompetansealliansen Møre og Romsdal", ""),
    "MOR_KARRIERE": ("Karrieresenteret i Møre og Romsdal", ""),
    "MOR_BIO": ("Møre og Romsdal: bedriftsintern opplæring (BIO)", ""),
    "MOR_FAGBREV": ("Møre og Romsdal: Fagbrev på jobb", ""),
    "TRO_KOMPFORUM": ("Kompetanseforum Trøndelag", ""),
    "TRO_KARRIERE": ("Karrieresenteret i Trøndelag", ""),
    "DIGIT": ("DigiT – digitaliseringssamarbeidet i Trøndelag", ""),
    "YON_TRO": ("Yrkesopplæringsnemnda i Trøndelag", ""),
    "TRO_BIO": ("Trøndelag: bedriftsintern opplæring (BIO)", ""),
    "MENN_EVAL": ("Evaluering av Menn i helse (Østlandsforskning)", ""),
    "BRANSJE_HELSE": ("Bransjeprogram for kommunal helse- og omsorgssektor", ""),
    "KS_KONF2021": ("KS Kompetansekonferansen 2021", ""),
    "LAERLINGLOFT": ("Lærlingløftet i kommunesektoren (KS og Fagforbundet)", ""),
    "SRY_DIALOG": ("Spekters dialogmøte med representanter i SRY og faglige råd", ""),
    "FAGSKOLEKONF2021": ("Spekters fagskolekonferanse 2021", ""),
    "UNIO_FINANS": ("Unio: utredning om finansiering av EVU (Proba)", ""),
    "UNIO_DIGI_TV": ("Unio: digitalisering i tillitsvalgtskoleringen", ""),
    "KP_ARBEID": ("Kompetansepluss arbeid (ordningen)", ""),
    "BRANSJE_HANDEL": ("Bransjeprogram for varehandelen", ""),
    "SAMF_2022": ("Samfunnskontrakt for flere læreplasser 2022–2026", ""),
    "VIRKE_HR_KONF": ("Virke HR-konferansen 2022", ""),
    "NHO_FAGBREV_VOKSNE": ("NHO: kompetanseløft for voksne uten fagbrev", ""),
    "BRANSJE_EVAL": ("Evaluering av bransjeprogrammene (HK-dir/Oxford Research)", ""),
    "YFK2023": ("Vestland: Yrkesfagkonferansen 2023", ""),
    "VL_BIO": ("Vestland: bedriftsintern opplæring (BIO)", ""),
    "LO_KI": ("LO: konferanse om kunstig intelligens og kompetanse (2024)", ""),
    "FAGF_TV": ("Fagforbundets tillitsvalgtskolering om kompetanse", ""),
    "FAGF_FAGBREV": ("Fagforbundet: informasjon om Fagbrev på jobb i kommunene", ""),
}


def m(key, title, delmal, typ, resp, partners, period, desc, **kw):
    assert key in CATALOGUE, key
    assert typ in TYPES, typ
    row = dict(key=key, title=title, delmal=sorted(delmal, key=ORDER.index), type=TYPES[typ],
               responsible=resp, partners=list(partners), period=period, description=desc)
    row.update(kw)
    return row


KD = "KD"
# ---------------------------------------------------------------------------------------------
REPORTS = []


def report(file, reporter, year, builder, rows, **kw):
    r = dict(file=file, reporter=reporter, year=year, builder=builder, rows=rows)
    r.update(kw)
    REPORTS.append(r)
    return r


# 1 ------------------------------------------------------------------ Spekter 2017 (numbered forms)
report("Spekter_rapportering_NKPS_2017.pdf", "Spekter", 2017, "spekter2017", [
    m("KP_SPEKTER_SOK", "Søkekonferanse om Kompetansepluss arbeid for medlemsvirksomhetene", ["3.2"], "Arr",
      "Spekter", ["Kompetanse Norge"],
      "En dag i september 2017. Vi vurderer å gjøre søkekonferansen årlig.",
      "Spekter ønsker at flere medlemsvirksomheter skal søke midler fra Kompetansepluss arbeid. På konferansen får "
      "virksomhetene informasjon om ordningen og om hva en god søknad må inneholde, og de hører erfaringer fra "
      "sykehus og kulturinstitusjoner som allerede har gitt ansatte opplæring i grunnleggende ferdigheter.",
      resp_text="Spekter er ansvarlig. Kompetanse Norge bidrar med innlegg og veiledning om søknadsprosessen."),
    m("MOTEPLASS_LB", "Arrangere «Møteplass lærebedrifter»", ["1.4", "2.3"], "Arr",
      "Spekter", ["medlemsvirksomhetene", "Fafo", "fylkeskommuner", "opplæringskontorer"],
      "Første gang i 2013. Arrangeres hvert år i begynnelsen av mars.",
      "Møteplassen samler medlemsvirksomheter som er lærebedrifter, eller som vurderer å bli det, til en dag med "
      "faglige innlegg og erfaringsutveksling. Tema i 2017 var kvalitet i fagopplæringen og samarbeidet mellom "
      "skole og lærebedrift.",
      resp_text="Spekter er ansvarlig. Samarbeidspartnere er medlemsvirksomhetene, Fafo, fylkeskommuner og "
                "opplæringskontorer."),
    m("SPEKTER_NETTVERK", "Arbeidsgivernettverk for medlemsvirksomhetene", ["2.2"], "Råd",
      "Spekter", ["medlemsvirksomhetene"],
      "Etablert i 2016 og pågår løpende.",
      "Nettverket møtes om lag hvert kvartal og ledes av Spekters administrerende direktør. Deltakerne er HR- og "
      "organisasjonsdirektører, og kompetansepolitikk og oppfølgingen av strategien er fast tema på møtene.",
      resp_text="Spekter står bak nettverket, med bidrag fra medlemsvirksomhetene."),
    m("SPEKTER_LO_KONF2017", "Konferanse for medlemsvirksomhetene og LOs tillitsvalgte om flere læreplasser",
      ["2.3"], "Arr", "Spekter og LO", [],
      "Konferansen holdes 30. november 2017. Vi vil deretter vurdere om den skal gjentas.",
      "Konferansen skal bidra til målet i Samfunnskontrakt for flere læreplasser om at alle kvalifiserte elever "
      "skal få tilbud om læreplass. Programmet har innlegg fra fagmiljøer, virksomheter og tillitsvalgte.",
      resp_text="LO og Spekter er i fellesskap ansvarlige for konferansen."),
    m("SAMF", "Oppfølging av Samfunnskontrakt for flere læreplasser", ["1.4", "2.3"], "Kurs",
      "Regjeringen og partene i arbeidslivet", ["Spekter"],
      "Kontraktsperioden 2016–2020.",
      "Spekter har skrevet til alle medlemsvirksomhetene og oppfordret dem til å vurdere om de kan tilby "
      "læreplass til flere ungdommer. Spekter følger opp kontrakten i sine møter med virksomhetene og i de faglige "
      "rådene.",
      resp_text="Kontrakten er inngått mellom regjeringen og partene i arbeidslivet. Spekter er en av partene."),
])

# 2 ------------------------------------------------------------------ LO 2017 (one table, old numbers)
report("LO_rapport_NKPS_2017.docx", "LO", 2017, "lo2017", [
    m("KBU", "Deltakelse i Kompetansebehovsutvalget (KBU)", ["1.1"], "Råd", "KD",
      ["LO", "øvrige hovedorganisasjoner", "forskere"], "",
      "LO har en fast representant i utvalget, som skal legge fram sin første rapport tidlig i 2018. Analysene skal "
      "brukes i LOs kompetansepolitiske arbeid og i forberedelsene til tariffoppgjørene.",
      resp_text="KD leder utvalget. LO, øvrige hovedorganisasjoner og forskere deltar."),
    m("SAMF", "Samfunnskontrakt for flere læreplasser", ["1.4", "2.3"], "Kurs",
      "Regjeringen og partene i arbeidslivet", ["KS", "fylkeskommunene"], "",
      "LO følger opp kontrakten gjennom forbundene og de tillitsvalgte, og arbeider for at flere offentlige og "
      "private virksomheter blir godkjente lærebedrifter. Kontrakten gjelder for perioden 2016–2020.",
      resp_text="Regjeringen og partene i arbeidslivet, med KS og fylkeskommunene."),
    m("SPEKTER_LO_KONF2017", "Lærlingkonferanse sammen med Spekter 30. november", ["2.3"], "Arr",
      "LO og Spekter", [], "",
      "Felles konferanse for tillitsvalgte og ledere i Spekter-virksomhetene. Målet er at helseforetakene og andre "
      "Spekter-virksomheter tar inn flere lærlinger.",
      resp_text="LO og Spekter i fellesskap."),
    m("LO_TV", "Kompetanse som tema i tillitsvalgtopplæringen", ["2.1", "2.2"], "Kurs", "LO",
      ["forbundene", "AOF"], "",
      "LO har utviklet en egen modul om kompetanseutvikling og retten til etter- og videreutdanning i "
      "grunnopplæringen for tillitsvalgte. Modulen tas i bruk i forbundenes kurs fra høsten 2017.",
      resp_text="LO, i samarbeid med forbundene og AOF."),
    m("BAL", "Modell for å beskrive og verdsette kompetanse ervervet i arbeidslivet", ["2.5"], "FoU", "Virke",
      ["LO", "NHO", "YS"], "",
      "Partene utvikler sammen en metode og modell for hvordan kompetanse som bygges opp i jobben kan beskrives, "
      "slik at den blir synlig for arbeidsgivere og utdanningsinstitusjoner. Rapporten skal etter planen legges "
      "fram våren 2018.",
      resp_text="Virke leder arbeidet. LO, NHO og YS deltar."),
    m("HURTIG", "Hurtigsporet for nyankomne flyktninger", ["3.3", "3.4"], "Prosjekt", "JD",
      ["LO", "NHO", "NAV", "IMDi"], "",
      "LO deltar i trepartssamarbeidet om raskere vei til arbeid for flyktninger med kompetanse som etterspørres. LO "
      "har bidratt på regionale møter om hvordan tillitsvalgte kan ta imot flyktninger i praksis på arbeidsplassen.",
      resp_text="Justis- og beredskapsdepartementet (JD). LO, NHO, NAV og IMDi deltar."),
    m("UHR", "Observatørplass i UHRs fagstrategiske enheter", ["1.4"], "Råd", "UHR", ["LO"], "",
      "LO bruker observatørplassene til å løfte arbeidslivets behov inn i utviklingen av profesjonsutdanningene, "
      "og til å bidra til høy relevans i utdanningene.",
      resp_text="Universitets- og høgskolerådet (UHR). LO har observatørplass."),
    m("SRY", "Deltakelse i Samarbeidsrådet for yrkesopplæring (SRY)", ["1.4", "2.3"], "Råd", "KD",
      ["partene i arbeidslivet", "Utdanningsdirektoratet"], "",
      "LO har to representanter i SRY, som gir råd om kvalitet, dimensjonering og tilbudsstruktur i fag- og "
      "yrkesopplæringen.",
      resp_text="KD oppnevner rådet. Partene i arbeidslivet og Utdanningsdirektoratet deltar."),
])

# 3 ------------------------------------------------------------------ KS 2018 (form table per measure)
report("KS_rapport_kompetansepolitisk_raad_2018.docx", "KS", 2018, "ks2018", [
    m("KS_DIGI", "Samarbeid om digital kompetanse i kommunesektoren", ["2.1"], "Prosjekt", "KS",
      ["KMD", "hovedorganisasjonene"], "1. januar 2018 – 31. desember 2019",
      "Prosjektet skal styrke den digitale kompetansen hos ansatte og ledere i kommunene. 71 kommuner deltar. KS "
      "har ansvaret for møteplasser og erfaringsdeling, med bistand fra arbeidstakerorganisasjonene.",
      dm="Delmål 2.1"),
    m("KS_LAERING", "KS Læring", ["2.1", "2.2"], "Info", "KS", ["kommuner", "fylkeskommuner"], "Løpende",
      "KS Læring er en digital plattform der kommuner og fylkeskommuner kan dele kurs, e-læring og arrangementer "
      "med egne ansatte og med hverandre.", dm="2.1 og 2.2"),
    m("KS_FINANS", "FoU-prosjekt om finansieringsmodeller for etter- og videreutdanning", ["2.2"], "FoU", "KS", [],
      "Oppstart høsten 2018, ferdig i 2019",
      "Prosjektet skal kartlegge hvordan kommunene finansierer etter- og videreutdanning i dag, og vurdere modeller "
      "for delt finansiering mellom arbeidsgiver, arbeidstaker og staten.", dm="Delmål 2.2"),
    m("KS_TEKNOLOGI", "Teknologibasert læring på arbeidsplassen", ["2.1", "2.2"], "FoU", "KS", [],
      "Starter i 2019",
      "FoU-prosjektet skal undersøke hvordan digitale verktøy og simulering kan brukes i opplæringen av ansatte i "
      "helse- og omsorgstjenestene.", dm="2.1 / 2.2"),
    m("MENN_HELSE", "Menn i helse", ["3.3"], "Prosjekt", "KS", ["NAV", "fylkeskommunene", "kommunene"],
      "Nasjonal satsing fra 2016",
      "Rekrutteringsprogram der menn som står utenfor arbeidslivet får praksis og opplæring i kommunal helse- og "
      "omsorgstjeneste, med mål om fagbrev som helsefagarbeider.", dm="Delmål 3.3"),
    m("SAMF", "Samfunnskontrakten for flere læreplasser – oppfølging i kommunesektoren", ["1.4", "2.3"], "Kurs",
      "KS", ["KD", "partene i arbeidslivet"], "2016–2020",
      "KS følger opp kontrakten ved å oppfordre kommuner og fylkeskommuner til å ta inn flere lærlinger. Målet er "
      "minst én lærling per 1000 innbyggere i hver kommune.", dm="1.4 og 2.3"),
    m("KS_KONF2018", "Kompetansekonferansen 2018", ["2.2"], "Arr", "KS", ["Fagforbundet", "Unio"],
      "5.–6. juni 2018",
      "Konferanse for politikere, ledere og tillitsvalgte i kommunesektoren om strategisk kompetanseplanlegging og "
      "livslang læring.", dm="2.2"),
    m("NFK", "Deltakelse i Nasjonalt forum for karriereveiledning", ["1.3"], "Råd", "Kompetanse Norge",
      ["KS", "Spekter", "NAV", "fylkeskommunene"], "Løpende",
      "KS er med i forumet, som skal styrke samordningen av karriereveiledning på tvers av sektorer og "
      "forvaltningsnivåer.", dm="Delmål 1.3"),
])

# 4 ------------------------------------------------------------------ VOFO 2018 (bullets under delmål)
report("VOFO_rapportering_NKPS_2018.pdf", "VOFO", 2018, "vofo2018", [
    m("VOFO_REGION", "Styrking av VOFOs regionale tilstedeværelse", ["1.2"], "Prosjekt", "VOFO",
      ["VOFO-regionene", "studieforbundene"], "",
      "Regionleddene slås sammen i tråd med den nye fylkesinndelingen, slik at VOFO kan delta i regionale "
      "kompetansefora og bli mer synlig for karriereveiledere i fylkene."),
    m("FVO", "Studieforbundenes deltakelse i forsøket med forberedende voksenopplæring", ["3.1"], "Kurs",
      "Kompetanse Norge", ["VOFO", "studieforbundene"], "",
      "VOFO har i 2018 forberedt studieforbundenes deltakelse i forsøket, som ledes av Kompetanse Norge og skal "
      "gi voksne med svake grunnleggende ferdigheter et fleksibelt opplæringstilbud."),
    m("KP_FRIVILLIG", "Kompetansepluss frivillighet", ["3.2"], "Info", "VOFO",
      ["studieforbundene", "medlemsorganisasjonene"], "",
      "VOFO informerer studieforbundene og medlemsorganisasjonene om ordningen og bistår med søknader, slik at "
      "flere voksne får opplæring i grunnleggende ferdigheter gjennom frivillige organisasjoner."),
    m("KP_FRIVILLIG_EVAL", "Evaluering av Kompetansepluss frivillighet", ["3.2"], "FoU", "VOFO",
      ["Ideas2evidence"], "",
      "VOFO har tatt initiativ til en evaluering av om ordningen når fram til voksne med svake grunnleggende "
      "ferdigheter. Evalueringen gjennomføres av Ideas2evidence i 2018–2019."),
    m("STUDIEFORB_REGELVERK", "Regelverks- og praksisendringer i studieforbundsordningen", ["3.6"], "Råd", "VOFO",
      ["Kulturdepartementet"], "",
      "VOFO er i dialog med Kulturdepartementet om forenklinger i voksenopplæringsloven og forskriften, slik at "
      "tilskuddet lettere kan brukes til kompetansegivende opplæring."),
])

# 5 ------------------------------------------------------------------ NHO 2018 (landscape tick matrix)
report("NHO_oppfolging_NKPS_2018.pdf", "NHO", 2018, "nho2018", [
    m("KBU", "Kompetansebehovsutvalget (KBU)", ["1.1"], "Råd", "KD", ["partene i arbeidslivet", "forskere"], "", ""),
    m("RSA", "Deltakelse i råd for samarbeid med arbeidslivet (RSA)", ["1.4"], "Råd", "UH-institusjonene",
      ["NHOs landsforeninger"], "", ""),
    m("SAMF", "Samfunnskontrakt for flere læreplasser", ["1.4", "2.3"], "Kurs", "Regjeringen",
      ["partene i arbeidslivet", "KS"], "",
      "NHO har fulgt opp kontrakten gjennom landsforeningene og regionkontorene. Antall lærekontrakter i "
      "NHO-bedrifter økte med seks prosent fra 2017 til 2018.", note=True),
    m("DIGI", "Partssammensatt arbeidsgruppe for digital kompetanse", ["2.1"], "Råd", "Kompetanse Norge",
      ["LO", "Unio", "KS", "YS", "Spekter", "Akademikerne"], "", ""),
    m("KOMPBAROM", "NHOs kompetansebarometer", ["1.4", "2.2"], "FoU", "NHO", ["NIFU"], "",
      "Årlig spørreundersøkelse blant medlemsbedriftene om kompetansebehov. I 2018 svarte 62 prosent av bedriftene "
      "at de har udekket behov for kompetanse.", note=True),
    m("JENTER", "«Jenter og teknologi»", ["2.3"], "Info", "NHO", ["NITO", "Tekna", "Abelia"], "",
      "Nasjonal kampanje for tredje år på rad, med turné til ungdomsskoler og videregående skoler i alle fylker.",
      note=True),
    m("YRKESFAG_AAR", "Yrkesfagenes år 2018", ["2.3"], "Info", "KD", ["NHO", "LO", "YS", "Virke", "Spekter"], "", ""),
    m("HURTIG_KAMPANJE", "Kampanje for Hurtigsporet i fire byer", ["3.3", "3.4"], "Info", "NHO", ["NAV", "IMDi"], "",
      "Kampanjen ble gjennomført i Bergen, Bodø, Drammen og Fredrikstad for å synliggjøre flyktningers kompetanse "
      "overfor lokalt næringsliv.", note=True),
])

# 6 ------------------------------------------------------------------ Regjeringen 2019 (merged matrix)
report("Regjeringen_rapport_NKPS_2019.pdf", "Regjeringen", 2019, "regj2019", [
    m("KBU", "Kompetansebehovsutvalget", ["1.1"], "Råd", KD, ["KMD", "ASD", "partene", "Kompetanse Norge"], "",
      "Utvalget la fram sin første rapport, NOU 2018: 2 Fremtidige kompetansebehov I, i februar 2018 og "
      "temarapporten NOU 2019: 2 i februar 2019. Mandatet løper til 2022."),
    m("NAT_DIG", "Nasjonal digital karriereveiledningstjeneste", ["1.3"], "Info", KD,
      ["Kompetanse Norge", "Utdanningsdirektoratet"], "",
      "Kompetanse Norge utvikler en digital tjeneste med chat, telefon og nettressurser som skal gi hele "
      "befolkningen tilgang til karriereveiledning. Tjenesten skal lanseres i 2020."),
    m("KVAL", "Nasjonalt kvalitetsrammeverk for karriereveiledning", ["1.3"], "Prosjekt", KD,
      ["Kompetanse Norge", "fylkeskommunene"], "",
      "Rammeverket omfatter etiske retningslinjer, kompetansestandarder for veiledere og et felles begrepsapparat, "
      "og tas i bruk av karrieresentrene og NAV."),
    m("SAMF", "Samfunnskontrakten for flere læreplasser", ["1.4"], "Kurs", KD,
      ["partene i arbeidslivet", "KS", "fylkeskommunene"], "",
      "Kontrakten gjelder for perioden 2016–2020. Målet er at alle kvalifiserte søkere skal få læreplass, og at "
      "flere offentlige og private virksomheter blir lærebedrifter."),
    m("BRANSJE", "Bransjeprogram for kompetanseutvikling", ["2.1"], "Kurs", KD,
      ["Kompetanse Norge", "partene", "bransjene", "utdanningsinstitusjoner"], "",
      "Treparts bransjeprogrammer for industri- og byggenæringen og for den kommunale helse- og omsorgssektoren "
      "startet høsten 2019. Partene i hver bransje bestemmer hvilke opplæringstilbud som skal utvikles."),
    m("EKSPERT", "Ekspertutvalg for etter- og videreutdanning", ["2.2"], "Råd", KD,
      ["forskere", "utdanningsinstitusjoner"], "",
      "Utvalget ble oppnevnt i 2018 og leverte NOU 2019: 12 Lære hele livet i juni 2019, med forslag om bedre "
      "insentiver for etter- og videreutdanning."),
    m("KOMPREFORM", "Kompetansereformen «Lære hele livet»", ["2.2"], "Prosjekt", KD,
      ["ASD", "NFD", "KMD", "partene i arbeidslivet"], "",
      "Regjeringen arbeider med en stortingsmelding om kompetansereformen, som skal legges fram våren 2020. Det er "
      "holdt innspillsmøter med partene, fylkeskommunene og utdanningsinstitusjonene i alle landsdeler."),
    m("FVO", "Forsøk med forberedende voksenopplæring (FVO)", ["3.1"], "Kurs", KD,
      ["Kompetanse Norge", "fylkeskommuner", "kommuner", "studieforbund"], "",
      "Forsøket gir voksne med svake grunnleggende ferdigheter opplæring i lesing, skriving, regning og digitale "
      "ferdigheter tilpasset deres behov, og prøves ut i flere kommuner fram til 2022."),
    m("MODUL", "Forsøk med modulstrukturert opplæring for voksne", ["3.1"], "Kurs", KD,
      ["Utdanningsdirektoratet", "fylkeskommuner"], "",
      "Voksne kan ta fag- og yrkesopplæring i mindre moduler som gir delkompetanse underveis. Forsøket omfatter "
      "helsearbeiderfaget, industrimekanikerfaget og fire andre lærefag."),
    m("HURTIG", "Hurtigsporet for nyankomne flyktninger", ["3.3"], "Prosjekt", "JD", ["IMDi", "NAV", "partene"], "",
      "Flyktninger med kompetanse som etterspørres i arbeidslivet skal raskt kartlegges og få tilbud om praksis og "
      "tilpasset norskopplæring. Tiltaket er en del av integreringsløftet."),
    m("STUDIEFORB_UTR", "Utredning om studieforbundene", ["3.6"], "FoU", KD, ["KuD", "VOFO"], "",
      "Utredningen skal se på studieforbundenes rolle i kompetansepolitikken og hvordan tilskuddsordningen kan "
      "innrettes. Den gjennomføres i 2019."),
])

# 7 ------------------------------------------------------------------ Vestland 2019 (nynorsk chapters)
VL = "Vestland fylkeskommune"
report("Vestland_fylkeskommune_rapport_NKPS_2019.docx", VL, 2019, "vestland2019", [
    m("VL_REGPLAN", "Regional plan for kompetanse og arbeidskraft", ["1.2"], "Prosjekt", VL,
      ["NAV Vestland", "Fylkesmannen i Vestland", "partane i arbeidslivet", "Høgskulen på Vestlandet",
       "Universitetet i Bergen"], "2019–2021",
      "Fylkeskommunen har starta arbeidet med ein regional plan som skal samle innsatsen for kompetanse og "
      "arbeidskraft i den nye fylkeskommunen. Planprogrammet vart sendt på høyring hausten 2019."),
    m("KARRIERE_VL", "Karrieresentra i Hordaland og Sogn og Fjordane", ["1.3"], "Prosjekt",
      "Hordaland fylkeskommune og Sogn og Fjordane fylkeskommune", ["NAV"], "Løpande",
      "Dei to karrieresentra gir gratis karriererettleiing til alle over 19 år. Tilboda skal slåast saman til eitt "
      "karrieresenter når Vestland fylkeskommune blir etablert 1. januar 2020."),
    m("HVL", "Strategisk samarbeid mellom Høgskulen på Vestlandet og Fagskulen i Sogn og Fjordane", ["1.4"], "Kurs",
      "Sogn og Fjordane fylkeskommune", ["Høgskulen på Vestlandet", "Fagskulen i Sogn og Fjordane"], "2018–2020",
      "Samarbeidet skal gi fagskulestudentar innan tekniske fag betre vegar vidare til ingeniørutdanning, og gjere "
      "det enklare for bedrifter å bruke begge institusjonane til etter- og vidareutdanning."),
    m("YFK2019", "Yrkesfagkonferansen 2019", ["2.3"], "Arr", VL,
      ["Yrkesopplæringsnemnda", "NHO Vestland", "LO i Vestland"], "14. november 2019",
      "Konferansen samla om lag 300 lærarar, instruktørar og leiarar i lærebedrifter til fagleg påfyll om "
      "kvalitet i fag- og yrkesopplæringa."),
    m("VL_IND", "Kompetanseløft for fagarbeidarar i industrien", ["2.1", "2.4"], "Kurs", VL,
      ["Fagskulen Bergen", "Norsk Industri", "industribedrifter i Hordaland"], "2019–2021",
      "Fylkeskommunen finansierer modulbaserte kurs i automasjon og digital produksjon for fagarbeidarar som treng "
      "ny kompetanse som følgje av omstilling i industrien.", extra_dm="2.1"),
    m("VL_FLEKS", "Fleksibel vidaregåande opplæring for vaksne", ["3.1"], "Kurs", VL, ["NAV", "kommunane"],
      "Frå skuleåret 2019–2020",
      "Vaksne kan ta fellesfag og programfag på kveldstid og på nett ved fire skular i fylket. Tilbodet blir "
      "utvikla vidare saman med NAV for å korte ned tida fram til fagbrev."),
], lang="nn")

# 8 ------------------------------------------------------------------ YS 2019 (prose, bold lead-ins)
report("YS_rapport_NKPS_2019.pdf", "YS", 2019, "ys2019", [
    m("KBU", "YS i Kompetansebehovsutvalget", ["1.1"], "Råd", KD, ["YS"], "",
      "YS er representert i utvalget, som ledes av KD, og har i 2019 særlig vært opptatt av at kunnskapsgrunnlaget "
      "også skal dekke behovet for fagarbeidere og ansatte med kortere utdanning.", area="1"),
    m("SRY", "Representasjon i Samarbeidsrådet for yrkesopplæring", ["1.4", "2.3"], "Råd", KD, ["YS"], "",
      "YS har fast plass i SRY, som er oppnevnt av KD, og bruker den til å løfte behovene i service-, handels- og "
      "helsefagene.", area="1"),
    m("DIGI", "Partsgruppen for digital kompetanse", ["2.1"], "Råd", "Kompetanse Norge",
      ["de andre hovedorganisasjonene"], "",
      "YS deltok i arbeidsgruppen som Kompetanse Norge ledet sammen med de andre hovedorganisasjonene. Gruppens "
      "anbefalinger ligger til grunn for tilskuddet til partssammensatte prosjekter for digital kompetanse.",
      area="2"),
    m("YS_TV", "Kurs for tillitsvalgte om kompetanseutvikling på arbeidsplassen", ["2.2"], "Kurs", "YS",
      ["YS-forbundene"], "",
      "YS-forbundene tilbyr kurs der tillitsvalgte lærer å kartlegge kompetansebehov og å bruke avtaleverkets "
      "bestemmelser om opplæring. I 2019 ble det holdt kurs i fem regioner.", area="2"),
    m("BAL", "Oppfølging av «Balansekunst»", ["2.5"], "FoU", "Virke", ["YS"], "",
      "YS var med på å utvikle modellen som Virke har ledet, for å beskrive kompetanse fra arbeidslivet, og "
      "arbeider nå for at den prøves ut i utvalgte bransjer.", area="2"),
    m("YRKESFAG_AAR", "Yrkesfagenes år", [], "Info", KD, ["YS", "forbundene"], "",
      "YS deltok i kampanjen som KD ledet i 2018, og har videreført samarbeidet med forbundene om å synliggjøre "
      "karriereveier etter fagbrev, blant annet videre til fagskole.", area="2"),
    m("OSLO", "Samarbeidsprosjekt i Oslo om flyktninger i arbeid", ["3.3", "3.4"], "Prosjekt", "Oslo kommune",
      ["YS", "Virke"], "",
      "Prosjektet, som Oslo kommune har ledet sammen med YS og Virke, kombinerte arbeidspraksis og "
      "norskopplæring for flyktninger og bygget på erfaringene fra Hurtigsporet. Det ble avsluttet i 2018 og er overført til Oslo kommune som et fast tilbud.", area="3"),
])

# 9 ------------------------------------------------------------------ Akademikerne 2019 (4-col cards)
report("Akademikerne_rapportering_kompetansepolitisk_raad_2019.docx", "Akademikerne", 2019, "akad2019", [
    m("KBU", "Deltakelse i KBU", ["1.1"], "Råd", KD, ["Akademikerne", "øvrige hovedorganisasjoner"], "2017–2022",
      "Akademikerne er representert i Kompetansebehovsutvalget og har særlig bidratt med kunnskap om behovet for "
      "arbeidskraft med høyere utdanning.", dm="1.1"),
    m("RSA", "Råd for samarbeid med arbeidslivet ved universiteter og høyskoler", ["1.4"], "Råd",
      "UH-institusjonene", ["Akademikernes medlemsforeninger"], "Løpende",
      "Medlemsforeningene deltar i RSA ved flere institusjoner og bidrar til at studieprogrammene utvikles i dialog "
      "med arbeidslivet.", dm="Delmål 1.4"),
    m("UHR", "Universitets- og høgskolerådets fagstrategiske enheter", ["1.4"], "Råd", "UHR", ["Akademikerne"],
      "Løpende",
      "Akademikerne har observatører i flere fagstrategiske enheter, blant annet for teknologi og for helse- og "
      "sosialfag.", dm="1.4"),
    m("AKAD_EVU_HOY", "Etter- og videreutdanning blant høyt utdannede i Norge – status og veien videre", ["2.2"],
      "FoU", "Akademikerne/Econa", ["Ny Analyse"], "Publisert mars 2019",
      "Rapporten viser at høyt utdannede deltar mye i etter- og videreutdanning, men at mye av læringen skjer "
      "uformelt og at arbeidsgiver i liten grad planlegger den.", dm="2.2"),
    m("JENTER", "Jenter og teknologi", ["2.3"], "Info", "NHO", ["Tekna", "NITO"], "2016–2020",
      "Tekna er partner i kampanjen og stiller med rollemodeller som besøker skoler for å motivere jenter til å "
      "velge realfag og teknologi.", dm="2.3 (tiltak 7 i strategien)"),
    m("DIGI", "Arbeidsgruppe om digital kompetanse i arbeidslivet", ["2.1"], "Råd", "Kompetanse Norge",
      ["LO", "NHO", "Unio", "KS", "YS", "Spekter", "Akademikerne"], "2017–2018",
      "Akademikerne deltok i arbeidsgruppen, som leverte sin rapport høsten 2018 med anbefalinger om partssamarbeid "
      "om digital kompetanse.", dm="2.1"),
])

# 10 ----------------------------------------------------------------- LO 2020 (bullets under quoted delmål)
report("LO_rapport_NKPS_2020.pdf", "LO", 2020, "lo2020", [
    m("KBU", "Kompetansebehovsutvalget", ["1.1"], "Råd", KD, ["LO"], "",
      "Utvalget ledes av KD, og LO er fast medlem. I 2020 la utvalget fram sin tredje rapport, som handler om "
      "kompetansebehov i en tid med omstilling."),
    m("SRY", "Samarbeidsrådet for yrkesopplæring (SRY)", ["1.4"], "Råd", KD, ["LO"], "",
      "LO har fortsatt to representanter i rådet, som oppnevnes av KD, og har i 2020 prioritert arbeidet med "
      "læreplasser under pandemien."),
    m("BRANSJE", "Treparts bransjeprogrammer", ["2.1"], "Kurs", KD, ["Kompetanse Norge", "LO", "forbundene"], "",
      "Programmene forvaltes av Kompetanse Norge på oppdrag fra KD. LO og forbundene deltar i styringen av "
      "programmene for industri og bygg og for helse og omsorg, og fra 2020 også for blant annet reiseliv og "
      "servering, elektro og renhold."),
    m("LO_TV", "Tillitsvalgtskolering om kompetanseutvikling", ["2.2"], "Kurs", "LO", ["forbundene"], "",
      "Kursmodulen om kompetanse er videreført i forbundenes grunnopplæring og ble i 2020 lagt om til digitale kurs "
      "på grunn av pandemien."),
    m("BAL", "«Balansekunst» – modell for å beskrive kompetanse fra arbeidslivet", ["2.5"], "FoU", "Virke",
      ["LO", "NHO", "YS"], "",
      "Modellen ble utviklet av Virke sammen med LO, NHO og YS. LO har fulgt den opp i arbeidet med "
      "bransjeprogrammene."),
    m("HURTIG", "Hurtigsporet", ["3.4"], "Prosjekt", "LO", ["NHO", "NAV", "IMDi"], "",
      "LO deltar fortsatt i oppfølgingen av Hurtigsporet sammen med NHO, NAV og IMDi, og har bidratt til at "
      "tillitsvalgte får informasjon om praksisordningene for flyktninger."),
    m("LO_KORONA", "Krav om kompetansetiltak for permitterte", [], "Info", "LO", [], "",
      "Under pandemien har LO arbeidet for at permitterte skal kunne ta opplæring uten å miste dagpenger. Dette ble "
      "innført våren 2020."),
])

# 11 ----------------------------------------------------------------- Møre og Romsdal 2020 (nn forms)
MR = "Møre og Romsdal fylkeskommune"
report("More_og_Romsdal_fylkeskommune_rapport_2020.docx", MR, 2020, "mor2020", [
    m("KOMPALLIANSE", "Kompetansealliansen", ["1.2"], "Råd", MR,
      ["næringsliv og klyngjer", "høgskulane", "fagskulane", "vidaregåande skular", "NAV"],
      "Etablert våren 2019, vidare i 2020",
      "Alliansen skal samle aktørane i fylket om eit felles kunnskapsgrunnlag og gi råd om kva kompetanse regionen "
      "treng i framtida. I 2020 har alliansen særleg arbeidd med kompetanse i maritim næring og i helse.", dm="1.2"),
    m("MOR_KARRIERE", "Karrieresenteret i Møre og Romsdal – tilbod til alle over 19 år", ["1.3"], "Prosjekt", MR,
      ["NAV", "kommunane"], "Løpande",
      "Karrieresenteret gir gratis rettleiing til alle vaksne over 19 år. Rettleiarane har fått kompetanseheving "
      "innan arbeidsmarknad, vaksenopplæring og integrering.", dm="1.3"),
    m("NFK", "Deltaking i Nasjonalt forum for karriererettleiing", ["1.3"], "Råd", "Kompetanse Noreg",
      ["fylkeskommunane", "KS", "NAV"], "Frå 2019",
      "Fylkeskommunen representerer fylkeskommunane i forumet saman med Vestland og Nordland, og har særleg teke "
      "opp karriererettleiing for vaksne i arbeid.", dm="Delmål 1.3"),
    m("MOR_BIO", "Bedriftsintern opplæring (BIO) – ny forvaltning i fylkeskommunen", ["2.4"], "Kurs", MR,
      ["NAV", "Innovasjon Noreg"], "Frå 1. januar 2020",
      "Frå 2020 forvaltar fylkeskommunen tilskotsordninga for bedriftsintern opplæring. Ordninga vart styrkt i "
      "samband med koronapandemien, og over 90 bedrifter fekk støtte i 2020.", dm="2.4"),
    m("MOR_FAGBREV", "Fagbrev på jobb", ["2.5", "3.1"], "Kurs", MR, ["kommunar", "opplæringskontor", "NAV"],
      "2018–2021",
      "Tilsette med lang praksis i eit fag kan ta fagbrev utan å slutte i jobben. I 2020 var om lag 140 kandidatar "
      "i gang, dei fleste i helsearbeidarfaget og barne- og ungdomsarbeidarfaget.", dm="3.1 og 2.5"),
    m("FVO", "Forberedande vaksenopplæring (FVO) – forsøk i tre kommunar", ["3.1"], "Kurs", "Kompetanse Noreg",
      ["Ålesund kommune", "Molde kommune", "Kristiansund kommune", MR], "2019–2022",
      "Tre kommunar i fylket er med i det nasjonale forsøket. Fylkeskommunen bidreg med rettleiing og koplar "
      "tilbodet til vidaregåande opplæring for vaksne.", dm="3.1"),
], lang="nn")

# 12 ----------------------------------------------------------------- Trøndelag 2020 (side headings)
TF = "Trøndelag fylkeskommune"
report("Trondelag_fylkeskommune_rapport_kompetanse_2020.pdf", TF, 2020, "tro2020", [
    m("TRO_KOMPFORUM", "Kompetanseforum Trøndelag", ["1.2"], "Råd", TF,
      ["NHO Trøndelag", "LO i Trøndelag", "KS", "NAV", "NTNU", "Nord universitet", "Fylkesmannen i Trøndelag"],
      "Fra 2018, løpende",
      "Forumet er fylkets arena for å samordne kompetansepolitikken mellom partene, utdanningsinstitusjonene og "
      "offentlige aktører. Forumet har utarbeidet en felles kompetansestrategi for Trøndelag, som ble vedtatt i "
      "2020."),
    m("TRO_KARRIERE", "Karrieresenteret i Trøndelag", ["1.3"], "Prosjekt", TF, ["NAV Trøndelag", "kommunene"],
      "Løpende",
      "Karrieresenteret har kontorer i Trondheim, Steinkjer, Orkanger, Stjørdal og Namsos og tilbyr gratis "
      "veiledning til alle over 19 år. I 2020 ble det også gitt veiledning på telefon og video."),
    m("YON_TRO", "Yrkesopplæringsnemnda i Trøndelag", ["1.4", "2.3"], "Råd", TF, ["partene i arbeidslivet"],
      "Løpende",
      "Nemnda gir råd om dimensjonering og kvalitet i fag- og yrkesopplæringen i fylket, og har i 2020 lagt særlig "
      "vekt på å sikre læreplasser under pandemien."),
    m("DIGIT", "Kompetanseløft Trøndelag (DigiT)", ["2.1"], "Råd",
      "KS, Trøndelag fylkeskommune og Fylkesmannen i Trøndelag", ["kommunene i Trøndelag"], "2018–2021",
      "DigiT er et samarbeid om digitalisering i kommunene i Trøndelag. Digitaliseringsutvalget koordinerer felles "
      "løsninger og kompetansetiltak for ansatte i kommunene."),
    m("TRO_BIO", "Bedriftsintern opplæring (BIO)", ["2.4"], "Kurs", TF, ["NAV Trøndelag", "Innovasjon Norge"],
      "Fra 1. januar 2020",
      "Fylkeskommunen overtok ansvaret for BIO fra NAV 1. januar 2020. Ordningen ble brukt aktivt for å holde "
      "permitterte ansatte i arbeid under pandemien."),
    m("MODUL", "Forsøk med modulstrukturert fagopplæring for voksne", ["3.1"], "Kurs", "Utdanningsdirektoratet",
      [TF, "NAV Trøndelag"], "2017–2022",
      "Trøndelag er ett av fylkene i det nasjonale forsøket. Voksne i helsearbeiderfaget og salgsfaget kan ta "
      "opplæringen i moduler og kombinere den med arbeid."),
])

# 13 ----------------------------------------------------------------- KS 2021 (cards, two per row)
report("KS_rapport_NKPS_2021.pdf", "KS", 2021, "ks2021", [
    m("KS_DIGI", "Samarbeid om digital kompetanse – videreført", ["2.1"], "Prosjekt", "KS",
      ["KMD", "hovedorganisasjonene"], "2018–2021",
      "Samarbeidet med KMD og hovedorganisasjonene ble forlenget ut 2021. Erfaringene fra de deltakende kommunene "
      "er samlet i en veileder for lokal kompetanseplanlegging."),
    m("KS_LAERING", "KS Læring", ["2.1"], "Info", "KS", ["kommunene"], "Løpende",
      "Plattformen brukes nå av over 300 kommuner. I 2021 ble det lagt ut egne kurs om smittevern og digitale "
      "arbeidsformer."),
    m("KS_TEKNOLOGI", "Teknologibasert læring på arbeidsplassen – sluttrapport", ["2.2"], "FoU", "KS",
      ["NTNU Samfunnsforskning"], "2019–2021",
      "Rapporten viser at simulering og e-læring gir best effekt når det kombineres med veiledning på "
      "arbeidsplassen."),
    m("NFK", "Nasjonalt forum for karriereveiledning", ["1.3"], "Råd", "Kompetanse Norge", ["KS", "Spekter", "NAV"],
      "Løpende",
      "KS deltar fortsatt i forumet og har i 2021 særlig bidratt med kunnskap om karriereveiledning i kommunal "
      "sektor."),
    m("MENN_EVAL", "Evaluering av Menn i helse", ["3.3"], "FoU", "KS", ["Østlandsforskning"], "2020–2021",
      "Østlandsforskning har evaluert rekrutteringsprogrammet. Evalueringen viser at om lag sju av ti deltakere "
      "fullfører med fagbrev og blir værende i helse- og omsorgstjenesten."),
    m("BRANSJE_HELSE", "Bransjeprogram for kommunal helse- og omsorgssektor", ["2.1", "2.4"], "Kurs", KD,
      ["KS", "Fagforbundet", "NSF", "Delta", "FO", "Kompetanse Norge"], "2019–2022",
      "Programmet gir ansatte i kommunale helse- og omsorgstjenester tilbud om videreutdanning i blant annet "
      "velferdsteknologi, psykisk helse og rus."),
    m("DIGIT", "DigiT – digitaliseringssamarbeidet i Trøndelag", ["2.1"], "Råd",
      "KS Trøndelag, Trøndelag fylkeskommune og Statsforvalteren i Trøndelag", ["kommunene i Trøndelag"],
      "2018–2022",
      "KS er medansvarlig for samarbeidet, som i 2021 har prioritert et felles kompetanseprogram i digital ledelse "
      "for kommunene."),
    m("KS_KONF2021", "Kompetansekonferansen 2021", ["2.2"], "Arr", "KS", ["Fagforbundet", "Unio", "Akademikerne"],
      "9. juni 2021 (digital)",
      "Konferansen samlet over 600 deltakere digitalt og handlet om hvordan kommunene kan planlegge kompetanse "
      "etter pandemien."),
    m("LAERLINGLOFT", "Lærlingløftet i kommunesektoren", ["1.4", "2.3"], "Prosjekt", "KS", ["Fagforbundet"],
      "2021–2024",
      "KS og Fagforbundet oppfordrer kommunene til å ta inn flere lærlinger og til å tilby lærlingene faste "
      "stillinger etter fagprøven."),
])

# 14 ----------------------------------------------------------------- Spekter 2021 (table, reordered)
report("Spekter_rapport_NKPS_2021.docx", "Spekter", 2021, "spekter2021", [
    m("MOTEPLASS_LB", "Møteplass lærebedrift", ["2.3"], "Arr", "Spekter",
      ["medlemsvirksomhetene", "opplæringskontorer"], "Årlig – i 2021 digitalt 4. mars",
      "Den årlige møteplassen for Spekters lærebedrifter ble i 2021 holdt digitalt, med tema rekruttering av "
      "lærlinger til sykehusene og opplæring i helsearbeiderfaget.", dm="2.3"),
    m("SPEKTER_NETTVERK", "Arbeidsgivernettverket", ["2.2"], "Råd", "Spekter", ["medlemsvirksomhetene"],
      "Løpende siden 2016",
      "Nettverket for HR- og organisasjonsdirektører har fortsatt med kvartalsvise møter. Kompetansebehov etter "
      "pandemien og kompetansereformen har vært faste tema.", dm="2.2"),
    m("SRY_DIALOG", "Dialogmøte med Spekters representanter i SRY og de faglige rådene", ["1.4", "2.3"], "Arr",
      "Spekter", ["Spekters medlemsvirksomheter"], "Årlig, juni 2021",
      "Spekter samler hvert år sine representanter i SRY og i de faglige rådene for å samordne "
      "arbeidsgiversynspunkter i fag- og yrkesopplæringen.", dm="1.4 / 2.3"),
    m("FAGSKOLEKONF2021", "Fagskolekonferansen 2021", ["2.3"], "Arr", "Spekter", ["LO/Fagforbundet", "YS/Delta"],
      "November 2021",
      "Konferansen rettet oppmerksomheten mot fagskoleutdanning i spesialisthelsetjenesten og karriereveier for "
      "helsefagarbeidere.", dm="2.3"),
    m("NFK", "Nasjonalt forum for karriereveiledning", ["1.3"], "Råd", "Kompetanse Norge",
      ["Spekter", "KS", "NAV"], "Løpende",
      "Forumet ledes av Kompetanse Norge. Spekter deltar for å bidra med arbeidsgiverperspektivet på "
      "karriereveiledning for voksne.", dm="1.3"),
    m("KBU", "Kompetansebehovsutvalget", ["1.1"], "Råd", KD, ["Spekter"], "2017–2022",
      "Spekter er representert i utvalget, som ledes av KD, og har bidratt med kunnskap om kompetansebehov i "
      "helsesektoren.", dm="1.1"),
])

# 15 ----------------------------------------------------------------- Unio 2021 (two-column text)
report("Unio_rapport_NKPS_2021.pdf", "Unio", 2021, "unio2021", [
    m("UNIO_FINANS", "Utredning av modeller for finansiering av etter- og videreutdanning", ["2.2"], "FoU", "Unio",
      ["Proba samfunnsanalyse"], "2019–2020",
      "Proba samfunnsanalyse har på oppdrag fra Unio sammenlignet ulike modeller for å finansiere etter- og "
      "videreutdanning, blant annet individuelle kompetansekontoer og partsfinansierte fond. Rapporten brukes i "
      "Unios innspill til kompetansereformen."),
    m("UNIO_DIGI_TV", "Digitalisering i tillitsvalgtskoleringen", ["2.1"], "Kurs", "Unio", ["Unios medlemsforbund"],
      "2020–2021",
      "Etter en workshop med medlemsforbundene har Unio utviklet et kursopplegg om digitalisering og kompetanse som "
      "brukes i forbundenes skolering av tillitsvalgte."),
    m("RSA", "Deltakelse i RSA", ["1.4"], "Råd", "UH-institusjonene", ["Unio-forbundene"], "Løpende",
      "Unio-forbundene er representert i rådene for samarbeid med arbeidslivet ved flere universiteter og "
      "høyskoler, særlig i lærer- og helsefagutdanningene."),
    m("BRANSJE_HELSE", "Bransjeprogrammet for helse og omsorg", ["2.1"], "Kurs", KD, ["KS", "Unio", "LO", "YS"],
      "2019–2022",
      "Unio-forbundene NSF og FO deltar i programmet og har bidratt til å prioritere videreutdanning for "
      "sykepleiere og vernepleiere i kommunene."),
    m("KBU", "Kompetansebehovsutvalget (KBU)", ["1.1"], "Råd", KD, ["Unio"], "2017–2022",
      "Unio er representert i utvalget og har vært opptatt av kompetansebehovet i velferdstjenestene, særlig innen "
      "helse og utdanning."),
    m("SAMF", "Samfunnskontrakten for flere læreplasser", ["1.4", "2.3"], "Kurs", "Regjeringen",
      ["partene i arbeidslivet"], "2016–2021",
      "Kontrakten ble forlenget ut 2021. Unio har bidratt til at flere lærlinger i helsearbeiderfaget og barne- og "
      "ungdomsarbeiderfaget blir tatt inn i kommunene."),
])

# 16 ----------------------------------------------------------------- HK-dir 2022 (cover, TOC, appendix)
HK = "HK-dir"
report("HK-dir_rapport_kompetansepolitisk_raad_2022.docx", HK, 2022, "hkdir2022", [
    m("KBU", "Sekretariat for Kompetansebehovsutvalget", ["1.1"], "Råd", HK,
      ["KD", "partene i arbeidslivet", "forskere"], "Løpende",
      "HK-dir har sekretariatet for utvalget. I 2022 har sekretariatet arbeidet med analyser av kompetansebehov i "
      "regionene og med utvalgets neste hovedrapport.", area="1"),
    m("NAT_DIG", "Karriereveiledning på nett", ["1.3"], "Info", HK, ["fylkeskommunene", "NAV"],
      "Løpende siden 2020",
      "Den nasjonale digitale karriereveiledningstjenesten på karriereveiledning.no gir råd på chat, telefon og "
      "e-post. Tjenesten hadde om lag 40 000 samtaler i 2022.", area="1"),
    m("KVAL", "Kvalitetsrammeverket for karriereveiledning", ["1.3"], "Prosjekt", HK,
      ["karrieresentrene", "NAV", "skolene"], "Løpende",
      "HK-dir tilbyr kurs og veiledningsmateriell slik at karrieresentrene, NAV og skolene kan ta rammeverket i "
      "bruk.", area="1"),
    m("NFK", "Nasjonalt forum for karriereveiledning", ["1.3"], "Råd", HK, ["KS", "Spekter", "NAV", "fylkeskommunene"],
      "Løpende",
      "Forumet møttes tre ganger i 2022 og har arbeidet med samordning av karriereveiledning for voksne i "
      "arbeidslivet.", area="1"),
    m("BRANSJE", "Bransjeprogram for kompetanseutvikling", [], "Kurs", HK,
      ["KD", "partene i arbeidslivet", "utdanningstilbydere"], "2019–2023",
      "Ved utgangen av 2022 var det etablert tolv treparts bransjeprogrammer. HK-dir forvalter tilskuddet og "
      "følger opp tilbyderne.", area="2"),
    m("KOMPREFORM", "Kompetansereformen – Lære hele livet", [], "Prosjekt", HK, ["KD"], "2020–2023",
      "HK-dir bidrar i gjennomføringen av reformen med kunnskapsgrunnlag, forvaltning av tilskudd og veiledning til "
      "tilbydere av fleksibel utdanning.", area="2"),
    m("KP_ARBEID", "Kompetansepluss arbeid", ["3.2"], "Kurs", HK, ["partene i arbeidslivet", "virksomhetene"],
      "Løpende",
      "Ordningen gir virksomheter tilskudd til opplæring i lesing, skriving, regning, muntlige og digitale "
      "ferdigheter for ansatte. Fra 2022 er ordningen en del av Kompetanseprogrammet.", area="3"),
    m("KP_FRIVILLIG", "Kompetansepluss frivillighet", ["3.2", "3.6"], "Kurs", HK,
      ["VOFO", "studieforbundene", "frivillige organisasjoner"], "Løpende",
      "Frivillige organisasjoner kan søke om tilskudd til opplæring i grunnleggende ferdigheter. I 2022 fikk 48 "
      "organisasjoner tilskudd.", area="3"),
    m("FVO", "Forberedende voksenopplæring (FVO)", ["3.1"], "Kurs", HK,
      ["kommunene", "fylkeskommunene", "studieforbundene"], "Forsøk 2019–2022",
      "Forsøkene med FVO ble avsluttet i 2022. HK-dir har oppsummert erfaringene og følger opp innføringen av "
      "ordningen i kommunene.", area="3"),
])

# 17 ----------------------------------------------------------------- Virke 2022 (label paragraphs)
report("Virke_rapport_NKPS_2022.docx", "Virke", 2022, "virke2022", [
    m("BRANSJE", "Trepartssamarbeidet om bransjeprogrammene", ["2.1"], "Kurs", KD, ["HK-dir", "Virke", "LO", "NHO"],
      "Fra 2019",
      "Virke deltar i trepartssamarbeidet om programmene og har arbeidet for at flere bransjer i handel og "
      "tjenesteyting får egne program.", dm="delmål 2.1"),
    m("BRANSJE_HANDEL", "Bransjeprogram for varehandelen", ["2.1", "2.4"], "Kurs", KD,
      ["Virke", "Handel og Kontor i Norge", "NHO Service og Handel"], "2021–2023",
      "Programmet gir ansatte og permitterte i varehandelen tilbud om korte, nettbaserte moduler i blant annet "
      "netthandel, logistikk og bærekraft.", dm="delmål 2.1 og 2.4"),
    m("BAL", "«Balansekunst» – beskrivelse av kompetanse fra arbeidslivet", ["2.5"], "FoU", "Virke",
      ["LO", "NHO", "YS"], "Lansert 2018, oppfølging 2021–2022",
      "Virke følger opp modellen for å beskrive kompetanse som bygges opp i arbeidslivet, og har i 2022 testet den "
      "sammen med to kjeder i dagligvarehandelen.", dm="delmål 2.5"),
    m("SAMF_2022", "Ny samfunnskontrakt for flere læreplasser (2022–2026)", ["1.4", "2.3"], "Kurs", "Regjeringen",
      ["partene i arbeidslivet", "KS", "fylkeskommunene"], "2022–2026",
      "Virke har signert den nye kontrakten og vil arbeide for at flere medlemsvirksomheter i handel og "
      "tjenesteyting blir lærebedrifter.", dm="delmål 1.4 og 2.3"),
    m("KBU", "Kompetansebehovsutvalget", ["1.1"], "Råd", KD, ["Virke"], "Løpende",
      "Virke er representert i utvalget og bidrar til kunnskapsgrunnlaget om kompetansebehov i handel og "
      "tjenesteyting.", dm="«Etablere et kompetansebehovsutvalg (KBU)»"),
    m("VIRKE_HR_KONF", "Virke HR-konferansen 2022", [], "Arr", "Virke", [], "",
      "Kompetanse og omstilling var hovedtema på årets konferanse, som samlet over 400 deltakere.", other=True),
])

# 18 ----------------------------------------------------------------- NHO 2023 (landscape table)
report("NHO_rapport_kompetansepolitisk_raad_2023.docx", "NHO", 2023, "nho2023", [
    m("JENTER", "Jenter og teknologi", ["2.3"], "Info", "NHO", ["NITO", "Tekna", "Abelia", "fylkeskommunene"],
      "Siden 2016",
      "Kampanjen har til nå nådd over 100 000 elever og er utvidet med et nettverk for kvinnelige lærlinger i "
      "industrien.", dm="delmål 2.3", fn="Kampanjen ble startet av NHO i 2016 og drives i dag sammen med "
      "NITO, Tekna og Abelia."),
    m("KOMPBAROM", "NHOs kompetansebarometer", ["1.4", "2.2"], "FoU", "NHO", ["NIFU"], "Årlig",
      "Barometeret for 2023 viser at seks av ti bedrifter har udekket kompetansebehov, og at behovet er størst for "
      "fagarbeidere.", dm="delmål 1.4 og 2.2"),
    m("SAMF_2022", "Samfunnskontrakten for flere læreplasser 2022–2026", ["1.4", "2.3"], "Kurs",
      "Regjeringen og partene i arbeidslivet", ["landsforeningene", "regionkontorene"], "2022–2026",
      "NHO følger opp kontraktens mål om at alle kvalifiserte søkere skal få læreplass, blant annet gjennom "
      "regionkontorene og landsforeningene.", dm="delmål 1.4 og 2.3"),
    m("BRANSJE", "Treparts bransjeprogrammer", ["2.1"], "Kurs", "KD og HK-dir", ["LO", "landsforeningene"],
      "Fra 2019",
      "NHO og landsforeningene deltar i styringsgruppene for bransjeprogrammene, blant annet for industri og bygg, "
      "reiseliv og renhold.", dm="delmål 2.1"),
    m("BRANSJE_EVAL", "Evaluering av bransjeprogrammene", ["2.2"], "FoU", "HK-dir", ["Oxford Research", "LO", "NHO"],
      "2021–2024",
      "NHO sitter i referansegruppen for evalueringen, som skal vise om programmene når bedrifter og ansatte med lite "
      "formell utdanning.", dm="delmål 2.2", fn="Evalueringen er bestilt av HK-dir og gjennomføres av Oxford "
      "Research."),
    m("KOMPALLIANSE", "Kompetansealliansen i Møre og Romsdal", ["1.2", "1.4"], "Råd", MR,
      ["NHO Møre og Romsdal", "LO", "høgskulane"], "Fra 2019",
      "NHO Møre og Romsdal er med i alliansen og har bidratt til at kompetanse i havbruk og maritim industri er "
      "prioritert.", dm="delmål 1.2 og 1.4"),
    m("NHO_FAGBREV_VOKSNE", "Kompetanseløft for voksne uten fagbrev", ["1.2", "3.1"], "Prosjekt", "NHO",
      ["fylkeskommunene", "NAV", "opplæringskontorene"], "2022–2024",
      "Prosjektet samler bedrifter som vil hjelpe ansatte uten fullført videregående opplæring fram til fagbrev, "
      "med vekt på praksiskandidatordningen og modulbasert opplæring.", dm="delmål 1.2 og 3.1"),
    m("KBU", "Kompetansebehovsutvalget (KBU)", ["1.1"], "Råd", KD, ["partene i arbeidslivet", "forskere"],
      "Løpende",
      "NHO er representert i det videreførte utvalget, som i 2023 fikk nytt mandat og nye medlemmer.",
      dm="delmål 1.1"),
], landscape=True)

# 19 ----------------------------------------------------------------- Vestland 2023 (three columns, nn)
report("Vestland_fylkeskommune_rapport_2023.pdf", VL, 2023, "vestland2023", [
    m("KARRIERE_VL", "Karriere Vestland", ["1.3"], "Prosjekt", VL, ["NAV Vestland", "kommunane"], "Løpande",
      "Karriere Vestland gir gratis karriererettleiing til alle over 19 år på sju stader i fylket og digitalt. I "
      "2023 fekk over 6 000 personar rettleiing."),
    m("VL_REGPLAN", "Oppfølging av regional plan for kompetanse og arbeidskraft", ["1.2", "1.4"], "Prosjekt", VL,
      ["partane i arbeidslivet", "NAV Vestland", "Statsforvaltaren i Vestland", "utdanningsinstitusjonane"],
      "2021–2033",
      "Planen vart vedteken i 2021. Handlingsprogrammet for 2023 har tiltak for fleire læreplassar, meir fleksibel "
      "vaksenopplæring og betre samspel med næringslivet."),
    m("HVL", "Samarbeid mellom Høgskulen på Vestlandet og Fagskulen Vestland", ["1.4"], "Kurs", VL,
      ["Høgskulen på Vestlandet", "Fagskulen Vestland"], "Løpande",
      "Samarbeidet gjeld no heile Vestland og gir fagskulekandidatar opptak til ingeniørutdanning med fritak for "
      "delar av studiet."),
    m("YFK2023", "Yrkesfagkonferansen 2023", ["2.3"], "Arr", VL, ["Yrkesopplæringsnemnda", "NHO Vestland", "LO i Vestland"],
      "26. oktober 2023",
      "Årets konferanse handla om læreplassar og overgangen frå skule til lærebedrift, med 350 deltakarar frå "
      "skular og bedrifter."),
    m("VL_IND", "Kompetanseløft for industrien", ["2.4"], "Kurs", VL, ["Fagskulen Vestland", "klyngene i Vestland"],
      "2019–2024",
      "Tilbodet om modulbaserte kurs for fagarbeidarar er vidareført og utvida med kurs i hydrogen og havvind i "
      "samarbeid med klyngene."),
    m("VL_BIO", "Bedriftsintern opplæring (BIO)", ["2.4"], "Kurs", VL, ["Innovasjon Noreg"], "2023",
      "Fylkeskommunen tildelte 21 millionar kroner til bedriftsintern opplæring i 2023, med prioritet til bedrifter "
      "i omstilling."),
    m("VL_FLEKS", "Vaksenopplæring – fleksible tilbod i vidaregåande", ["3.1"], "Kurs", VL,
      ["NAV Vestland", "kommunane"], "Frå hausten 2023",
      "Frå hausten 2023 kan vaksne ta heile fag- og yrkesopplæringa modulbasert ved seks skular i fylket, med rett "
      "til opplæring etter den nye opplæringslova."),
], lang="nn")

# 20 ----------------------------------------------------------------- LO 2024 (headings, notes)
report("LO_rapport_kompetansepolitikk_2024.docx", "LO", 2024, "lo2024", [
    m("LO_TV", "LOs kompetansekurs for tillitsvalgte", ["2.2"], "Kurs", "LO", ["forbundene", "AOF Norge"], "Løpende",
      "Kurset er fornyet og gir tillitsvalgte verktøy for å kartlegge kompetansebehov og bruke tariffavtalenes "
      "bestemmelser om opplæring. I 2024 deltok rundt 900 tillitsvalgte.", dm="2.2 (tidligere tiltak 6)",
      status="Videreført"),
    m("SAMF_2022", "Samfunnskontrakt for flere læreplasser", ["1.4", "2.3"], "Kurs",
      "Regjeringen og partene i arbeidslivet", ["KS", "fylkeskommunene"], "2022–2026",
      "LO følger opp målet om at alle kvalifiserte søkere skal få læreplass, og har særlig arbeidet for flere "
      "læreplasser i statlig og kommunal sektor.", dm="1.4 og 2.3 (tidligere tiltak 4 og 7)", status="Pågår",
      fn="Ny kontrakt for perioden 2022–2026, som erstatter kontrakten fra 2016."),
    m("BRANSJE", "Bransjeprogrammene", ["2.1"], "Kurs", KD, ["HK-dir", "LO", "NHO", "KS"], "Fra 2019",
      "LO deltar fortsatt i styringsgruppene. Programmene er videreført i 2024, men med lavere bevilgning enn "
      "tidligere år.", dm="2.1 (tidligere tiltak 5)", status="Videreført"),
    m("BRANSJE_EVAL", "Evaluering av bransjeprogrammene", ["2.2"], "FoU", "HK-dir", ["Oxford Research", "LO", "NHO"],
      "2021–2024",
      "LO er med i referansegruppen for evalueringen. Sluttrapporten fra 2024 viser at programmene i stor grad har "
      "nådd ansatte med fagbrev, men i mindre grad ansatte uten fullført videregående opplæring.",
      dm="2.2 (tidligere tiltak 6)", status="Avsluttet"),
    m("KBU", "Kompetansebehovsutvalget (KBU)", ["1.1"], "Råd", KD, ["LO"], "Videreført fra 2023",
      "LO er representert i utvalget, som ble videreført i 2023 med nytt mandat.", dm="1.1 (tidligere tiltak 1)",
      status="Videreført"),
    m("SRY", "Samarbeidsrådet for yrkesopplæring", ["1.4", "2.3"], "Råd", KD, ["LO"], "Løpende",
      "LO har to medlemmer i SRY og har i 2024 prioritert arbeidet med den nye opplæringsloven og retten til "
      "fagbrev for voksne.", dm="1.4 og 2.3 (tidligere tiltak 4 og 7)", status="Videreført"),
    m("LO_KI", "Kunstig intelligens og kompetanse – konferanse for tillitsvalgte", [], "Arr", "LO", ["forbundene"],
      "April 2024",
      "Konferansen samlet tillitsvalgte fra alle forbund til diskusjon om hvordan kunstig intelligens endrer "
      "kompetansebehovet på arbeidsplassene.", other=True, status="Gjennomført"),
])

# 21 ----------------------------------------------------------------- Fagforbundet 2025 (split rows)
report("Fagforbundet_rapport_kompetanse_2025.pdf", "Fagforbundet", 2025, "fagf2025", [
    m("FAGF_TV", "Tillitsvalgtskolering: kompetanse, fagbrev og heltid", ["2.2"], "Kurs", "Fagforbundet",
      ["AOF Norge"], "Løpende, revidert 2024",
      "Alle nye tillitsvalgte får en egen del om retten til kompetanseutvikling, fagbrev og heltid i "
      "grunnskoleringen. Kurset ble revidert i 2024 og tas nå i bruk i alle fylkeskretser. Tillitsvalgte lærer "
      "blant annet å bruke drøftingsretten i hovedavtalen til å kreve kompetanseplaner i virksomheten."),
    m("BRANSJE_HELSE", "Bransjeprogrammet for kommunal helse og omsorg", ["2.1", "2.4"], "Kurs", "KD og HK-dir",
      ["KS", "Fagforbundet", "NSF", "Delta", "FO"], "2019–2025",
      "Fagforbundet har vært med i programmet siden starten i 2019. Programmet har gitt helsefagarbeidere og "
      "assistenter videreutdanning i blant annet demensomsorg, velferdsteknologi og psykisk helse, og flere "
      "kommuner bruker tilbudene som del av sin kompetanseplan. Fagforbundet har arbeidet for at tilbudene også "
      "skal gi studiepoeng som kan bygges videre på i fagskolen."),
    m("MENN_HELSE", "Menn i helse", ["3.3"], "Prosjekt", "KS", ["Fagforbundet", "NAV"], "Fra 2016",
      "Fagforbundet er partner i rekrutteringsprogrammet og følger opp deltakerne som medlemmer og lærlinger. "
      "Programmet er nå etablert i de fleste fylker.", fn="Programmet ledes av KS. Se også KS' rapportering."),
    m("LAERLINGLOFT", "Lærlingløftet – flere lærlinger i kommunene", ["1.4", "2.3"], "Prosjekt",
      "KS og Fagforbundet", ["kommunene"], "2021–2025",
      "Sammen med KS arbeider Fagforbundet for at kommunene tar inn flere lærlinger i helsearbeiderfaget og barne- "
      "og ungdomsarbeiderfaget, og at lærlingene får fast jobb etter fagprøven. I 2025 har vi hatt dialog med over "
      "100 kommuner om lærlingeplaner og oppfølging av lærlinger etter fagprøven."),
    m("FAGF_FAGBREV", "Fagbrev på jobb i kommunene", ["3.1"], "Info", "Fagforbundet", ["KS", "fylkeskommunene"],
      "Løpende",
      "Fagforbundet informerer medlemmer og tillitsvalgte om ordningen og bistår kommuner som vil ta den i bruk for "
      "ufaglærte ansatte.", fn="Fagbrev på jobb forvaltes av fylkeskommunene."),
])


# ---------------------------------------------------------------------------------------------
# Near-miss pairs at tiltak level.  Each pair is expanded to the k (default 1) most similar pairs of
# printed instances; pairs in NEAR_MISS_ALL_SAME_REPORTER also get every same-reporter instance pair.
NEAR_MISS = [
    ("LO_TV", "YS_TV"), ("LO_TV", "FAGF_TV"), ("LO_TV", "UNIO_DIGI_TV"), ("YS_TV", "FAGF_TV"),
    ("YS_TV", "UNIO_DIGI_TV"), ("FAGF_TV", "UNIO_DIGI_TV"),
    ("VL_REGPLAN", "TRO_KOMPFORUM"), ("VL_REGPLAN", "KOMPALLIANSE"), ("TRO_KOMPFORUM", "KOMPALLIANSE"),
    ("KARRIERE_VL", "MOR_KARRIERE"), ("KARRIERE_VL", "TRO_KARRIERE", 2), ("MOR_KARRIERE", "TRO_KARRIERE"),
    ("MOR_BIO", "VL_BIO"), ("TRO_BIO", "VL_BIO"), ("MOR_BIO", "TRO_BIO"),
    ("KP_FRIVILLIG", "KP_FRIVILLIG_EVAL"), ("KP_FRIVILLIG", "KP_ARBEID"), ("KP_ARBEID", "KP_SPEKTER_SOK"),
    ("MENN_HELSE", "MENN_EVAL", 2),
    ("YFK2019", "YFK2023"), ("KS_KONF2018", "KS_KONF2021"),
    ("BRANSJE", "BRANSJE_HANDEL", 2), ("BRANSJE", "BRANSJE_HELSE", 2), ("BRANSJE_HELSE", "BRANSJE_HANDEL"),
    ("BRANSJE", "BRANSJE_EVAL"),
    ("SAMF", "SAMF_2022", 2),
    ("SRY", "YON_TRO"), ("SRY", "SRY_DIALOG"),
    ("HURTIG", "HURTIG_KAMPANJE"), ("HURTIG", "OSLO"),
    ("KBU", "EKSPERT", 2), ("EKSPERT", "KOMPREFORM"),
    ("KS_FINANS", "UNIO_FINANS"),
    ("STUDIEFORB_UTR", "STUDIEFORB_REGELVERK"),
    ("RSA", "UHR"),
    ("MOR_FAGBREV", "FAGF_FAGBREV"), ("MOR_FAGBREV", "NHO_FAGBREV_VOKSNE"),
    ("LAERLINGLOFT", "SAMF_2022"), ("MOTEPLASS_LB", "SPEKTER_LO_KONF2017"),
    ("NAT_DIG", "KVAL"), ("NFK", "KVAL"),
    ("FVO", "MODUL"),
    ("KS_DIGI", "DIGIT"), ("KS_DIGI", "DIGI"),
]
NEAR_MISS_ALL_SAME_REPORTER = {("SAMF", "SAMF_2022"), ("MENN_HELSE", "MENN_EVAL")}
