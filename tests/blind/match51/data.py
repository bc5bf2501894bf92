# -*- coding: utf-8 -*-
"""Ground-truth data for batch match51 (separate from rendering).

Each report: file, reporter, year, template, lang, measures.
Each measure: M(tiltak_id, title, delmal codes, canonical type, responsible, partners, period, description, **hints)
hints: pre = printed label before the title (stripped in truth, e.g. "Videreført: "),
       tyw = type word as printed (if it differs from the template's own wording),
       nm = near-miss group tags.
"""

def M(tid, title, d, ty, r, p=None, per=None, desc=None, **kw):
    m = dict(tiltak_id=tid, title=title, delmal=sorted(d.split()) if d else [], type=ty,
             responsible=r, partners=list(p or []), period=per, description=desc)
    m['_pre'] = kw.get('pre'); m['_tyw'] = kw.get('tyw'); m['_nm'] = kw.get('nm', [])
    return m

F, K, R, P, I, A, N = "FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement", "Annet"

REPORTS = []
def report(file, reporter, year, template, lang="nb", org=None, **kw):
    r = dict(file=file, reporter=reporter, year=year, template=template, lang=lang, org=org or reporter, measures=[])
    r.update(kw); REPORTS.append(r); return r['measures']

# ---------------------------------------------------------------- YS
ms = report("YS_oppfolging_NKPS_2017.pdf", "YS", 2017, "ys2017")
ms += [
 M("KBU", "Medlem av kompetansebehovsutvalget (KBU)", "1.1", R, "YS", ["KD"], "Fra 2017",
   "YS er representert i utvalget som skal sammenstille og analysere kunnskap om Norges kompetansebehov, nasjonalt og regionalt.", nm=["kbu"]),
 M("SRY", "Deltakelse i Samarbeidsrådet for yrkesopplæring (SRY)", "1.4 2.3", R, "YS", ["KD", "Utdanningsdirektoratet", "partene i arbeidslivet"], "Løpende",
   "YS har faste representanter i SRY og arbeider for at fag- og yrkesopplæringen er relevant for arbeidslivet.", nm=["sry"]),
 M("BALANSE", "Utvikle metode og modell for å dokumentere kompetanse ervervet i arbeidslivet", "2.5", F, "Virke", ["NHO", "LO", "YS"], "2017–2018",
   "Partene skal sammen utvikle en modell for å beskrive og verdsette kompetanse ervervet i arbeidslivet. Arbeidet skal munne ut i en rapport i 2018.", nm=["real"]),
 M("YS-DIG", "Kartlegging av bransjer med behov for digital kompetanseutvikling i YS-forbundene", "2.1", P, "YS", ["YS-forbundene"], "2017",
   "YS har internt i egen organisasjon vurdert aktuelle bransjer med behov for utvikling av kompetanse som følge av digitalisering.", nm=["dig"]),
 M("YSBAR", "YS Arbeidslivsbarometer – spørsmål om kompetanse og læring", "2.2", F, "YS", ["AFI"], "Årlig",
   "Den årlige undersøkelsen blant arbeidstakere har fått egne spørsmål om etter- og videreutdanning og læring på arbeidsplassen.", nm=["ysbar"]),
 M("TV-YS", "Kompetansekurs for tillitsvalgte i YS-forbundene", "2.2", K, "YS", ["YS-forbundene"], "Høsten 2017",
   "Kurs for tillitsvalgte om hvordan kompetanseutvikling kan tas opp i lokale drøftinger og i virksomhetenes kompetanseplaner.", nm=["tv"]),
]

ms = report("YS_rapport_kompetansepolitisk_raad_2019.docx", "YS", 2019, "ys2019")
ms += [
 M("TV-YS", "Kompetansekurs for tillitsvalgte", "2.2", K, "YS", ["YS-forbundene"], "2019",
   "Kursene er videreført og holdes nå regionalt, med vekt på kompetanseplaner og bruk av hovedavtalens bestemmelser om kompetanse.", pre="Videreført: ", nm=["tv"]),
 M("SRY", "Deltakelse i SRY", "1.4 2.3", R, "YS", ["KD", "partene i arbeidslivet"], "Løpende",
   "YS deltar fortsatt i Samarbeidsrådet for yrkesopplæring og har lagt vekt på tilbudsstrukturen i yrkesfagene.", nm=["sry"]),
 M("FAGRAD", "Representasjon i de faglige rådene for yrkesfagene", "2.3", R, "YS", ["YS-forbundene", "Utdanningsdirektoratet"], "2019–2021",
   "YS-forbundene har representanter i flere faglige råd og deltar i arbeidet med nye læreplaner.", nm=["sry"]),
 M("BALANSE", "Oppfølging av rapporten «Balansekunst»", "2.2 2.5", F, "Virke", ["LO", "NHO", "YS"], "2019",
   "Partene følger opp modellen for å beskrive kompetanse ervervet i arbeidslivet og prøver den ut i utvalgte bransjer.", nm=["real"]),
 M("AREN19", "Frokostseminar om livslang læring under Arendalsuka 2019", "2.2", A, "YS", ["Akademikerne", "VOFO"], "August 2019",
   "Et felles frokostseminar om hvordan arbeidstakere kan lære hele livet, med innledere fra partene og frivilligheten.", nm=["arendal"]),
 M("YSBAR", "YS Arbeidslivsbarometer", "2.2", F, "YS", ["Arbeidsforskningsinstituttet (AFI) ved OsloMet"], "Årlig",
   "Barometeret gjennomføres hvert år og måler blant annet arbeidstakernes deltakelse i opplæring.", nm=["ysbar"]),
 M("YSRAP", "Rapport: «Kompetanse og omstilling» fra YS Arbeidslivsbarometer 2019", "2.1 2.2", F, "YS", ["AFI"], "November 2019",
   "Rapporten presenterer funn om hvordan digitalisering endrer kompetansebehovene, basert på årets barometer.", nm=["ysbar"]),
 M("CONF-YS", "YS Arbeidslivskonferanse 2019 – «Lære hele livet»", "2.2", A, "YS", [], "Januar 2019",
   "Konferansen samlet tillitsvalgte, politikere og arbeidsgivere om kompetansereformen.", nm=["conf"]),
]

ms = report("YS_NKPS_tiltak_2022.pdf", "YS", 2022, "ys2022")
ms += [
 M("TV-YS", "Tillitsvalgtkurs om kompetanse og omstilling", "2.1 2.2", K, "YS", ["YS-forbundene"], "2022", None, nm=["tv"]),
 M("YSBAR", "YS Arbeidslivsbarometer 2022", "2.2", F, "YS", ["AFI"], "Årlig", None, nm=["ysbar"]),
 M("CONF-YS", "YS Arbeidslivskonferanse", "2.2", A, "YS", [], "Januar 2022", None, nm=["conf"]),
 M("BP-RL", "Bransjeprogram for reiselivet", "2.1 2.4", K, "Parat/YS", ["NHO Reiseliv", "Fellesforbundet", "HK-dir"], "2021–2023", None, nm=["bp"]),
 M("KBU", "Fortsatt medlem av KBU", "1.1", R, "YS", ["HK-dir"], "Løpende", None, nm=["kbu"]),
 M("SRY", "Samarbeidsrådet for yrkesopplæring", "2.3", R, "YS", ["KD", "partene"], "Løpende", None, nm=["sry"]),
]

# ---------------------------------------------------------------- Unio
ms = report("Unio_rapportering_2018.docx", "Unio", 2018, "unio2018")
ms += [
 M("SRY", "Representasjon i SRY", "2.3", R, "Unio", ["KD", "partene"], "Løpende",
   "Unio har én fast plass og én vararepresentant i Samarbeidsrådet for yrkesopplæring.", nm=["sry"]),
 M("RSA", "Deltakelse i Råd for samarbeid med arbeidslivet (RSA)", "1.4", R, "Universiteter og høyskoler", ["Unio-forbundene", "Virke", "NHO"], "Løpende",
   "Unios forbund deltar i rådene ved universiteter og høyskoler for å styrke utdanningenes relevans.", nm=["sry"]),
 M("KBU", "KBU – representasjon", "1.1", R, "Unio", ["KD"], "2017–2021",
   "Unio deltar i Kompetansebehovsutvalget sammen med de andre hovedorganisasjonene.", nm=["kbu"]),
 M("EVUFIN", "Utredning av ulike modeller for finansiering av etter- og videreutdanning", "2.2", F, "Unio", ["Proba Samfunnsanalyse"], "2018",
   "Utredningen ser på hvordan etter- og videreutdanning for arbeidstakere i offentlig sektor kan finansieres.", nm=["uniorep"]),
 M("UNIO-HELSE", "Rapport om kompetanseheving for helsepersonell", "2.2", F, "Unio", ["Ny Analyse"], "2018",
   "Rapporten ser på utfordringene og mulighetsområdene for kompetanseheving av helsepersonell.", nm=["uniorep"]),
 M("TV-UNIO", "Tillitsvalgtskolering om digitalisering og kompetanse", "2.1", K, "Unio", ["Unios medlemsorganisasjoner"], "Høsten 2018",
   "Temaet digitalisering er tatt inn i skoleringen av tillitsvalgte etter en workshop med medlemsforbundene.", nm=["tv", "dig"]),
 M("UNIO-AREN", "Unio-debatt under Arendalsuka 2018", "2.2", A, "Unio", [], "August 2018",
   "Debatt om verdien av etter- og videreutdanning i offentlig sektor.", nm=["arendal"]),
]

ms = report("Unio_NKPS_rapport_2020.pdf", "Unio", 2020, "unio2020")
ms += [
 M("NFK", "Unio i Nasjonalt forum for karriereveiledning", "1.3", R, "Kompetanse Norge", ["Unio", "KS", "Spekter"], "2019–2021", None, nm=["karrnat"]),
 M("RSA", "Fortsatt deltakelse i RSA-ene", "1.4", R, "Universiteter og høyskoler", ["Unio-forbundene"], "Løpende", None, nm=["sry"]),
 M("TV-UNIO", "Tillitsvalgtskolering om digitalisering", "2.1", K, "Unio", ["Unios medlemsorganisasjoner"], "2020", None, nm=["tv", "dig"]),
 M("BP-HO", "Bransjeprogram for kommunal helse- og omsorgssektor", "2.1", K, "KD", ["KS", "Fagforbundet", "Norsk Sykepleierforbund"], "2020–2022", None, nm=["bp"]),
 M("EVUFIN", "Oppfølging av utredningen om finansiering av EVU", "2.2", F, "Unio", ["Proba Samfunnsanalyse"], "2020", None, nm=["uniorep"]),
 M("CONF-UNIO", "Unio-konferansen 2020: Kompetanse i offentlig sektor", "2.2", A, "Unio", [], "Mars 2020", None, nm=["conf"]),
 M("UNIO-AREN", "Arendalsuka 2020 – digitalt Unio-arrangement", "2.2", A, "Unio", [], "August 2020", None, nm=["arendal"]),
]

ms = report("Unio_kortrapport_NKPS_2023.docx", "Unio", 2023, "unio2023")
ms += [
 M("SRY", "Unios plass i Samarbeidsrådet for yrkesopplæring (SRY)", "2.3", R, "Unio", ["KD"], "2023–2024",
   "Unio bruker plassen i SRY til å løfte helse- og oppvekstfagene.", nm=["sry"]),
 M("BP-HO", "Bransjeprogrammet for kommunal helse og omsorg", "2.1 2.4", K, "KD", ["KS", "Fagforbundet", "Norsk Sykepleierforbund"], "2023",
   "Programmet er forlenget, og Unio-forbundene deltar i styringsgruppen.", pre="Videreført: ", nm=["bp"]),
 M("CONF-UNIO", "Unio-konferansen", "2.2", A, "Unio", [], "April 2023",
   "Årets konferanse handlet om kompetanse og rekruttering i velferdsstaten.", nm=["conf"]),
 M("UNIO-REAL", "Innspill til nasjonal ordning for realkompetansevurdering", "2.5", N, "Unio", [], "2023",
   "Unio har gitt innspill om hvordan realkompetanse fra arbeidslivet bør dokumenteres og verdsettes.", tyw="Politisk påvirkning", nm=["real"]),
 M("UNIO-SURV", "Medlemsundersøkelse om etter- og videreutdanning i offentlig sektor", "2.2", F, "Unio", ["Opinion"], "Våren 2023",
   "Undersøkelsen ble sendt til et utvalg medlemmer i alle Unio-forbund.", nm=["uniorep"]),
 M("UNIO-RAPP", "Rapport: «Tid og penger til EVU» – resultater fra medlemsundersøkelsen", "2.2", F, "Unio", ["Opinion"], "Høsten 2023",
   "Rapporten viser at mangel på tid og finansiering er de viktigste hindringene for etter- og videreutdanning.", nm=["uniorep"]),
]

# ---------------------------------------------------------------- Akademikerne
ms = report("Akademikerne_NKPS_2017.docx", "Akademikerne", 2017, "aka2017")
ms += [
 M("KBU", "Deltakelse i Kompetansebehovsutvalget", "1.1", R, "Akademikerne", ["KD"], "Fra 2017",
   "Akademikerne har en representant i utvalget.", nm=["kbu"]),
 M("AKA-MENON", "Forskningsrapport «Akademisk kompetanse: betydning for produktivitet, vekst og verdiskaping i Norge»", "2.2", F, "Akademikerne", ["Menon"], "2017",
   "Rapporten beregner hva høyt utdannede bidrar med til produktivitet og vekst.", nm=["akarep"]),
 M("AKA-EVU", "Forskningsrapport «Etter- og videreutdanning blant høyt utdannede i Norge – status og veien videre»", "2.2", F, "Akademikerne/Econa", ["Ny Analyse"], "2017",
   "Kartlegging av hvor mye etter- og videreutdanning høyt utdannede tar, og hva som hindrer dem.", nm=["akarep"]),
 M("AKA-KARR", "Karriereveiledning for medlemmer i overgangen mellom utdanning og arbeid", "1.3", I, "Akademikerne", ["medlemsforeningene"], "Løpende",
   "Medlemsforeningene tilbyr karriereveiledning og kurs til studenter og nyutdannede.", nm=["karrnat"]),
 M("RSA", "Deltakelse i RSA ved universiteter og høyskoler", "1.4", R, "Akademikerne", ["medlemsforeningene"], "Løpende",
   "Medlemsforeningene er representert i flere råd for samarbeid med arbeidslivet.", nm=["sry"]),
]

ms = report("Akademikerne_rapport_2019.pdf", "Akademikerne", 2019, "aka2019")
ms += [
 M("KBU", "Fortsatt deltakelse i KBU", "1.1", R, "Akademikerne", ["KD"], "2019",
   "Utvalget la fram sin første rapport i 2018; Akademikerne deltar videre.", nm=["kbu"]),
 M("RSA", "RSA – råd for samarbeid med arbeidslivet", "1.4", R, "Akademikerne", ["medlemsforeningene"], "Løpende",
   "Videreført fra 2017.", nm=["sry"]),
 M("NFK", "Medlem i Nasjonalt forum for karriereveiledning", "1.3", R, "Kompetanse Norge", ["Akademikerne", "Unio", "KS"], "2019",
   "Forumet skal styrke samordningen av karriereveiledning i Norge.", nm=["karrnat"]),
 M("AKA-KARR", "Karriereverktøy for medlemmer", "1.3", I, "Akademikerne", ["medlemsforeningene"], "Løpende",
   "Et nettbasert verktøy for medlemmer som vurderer å bytte jobb eller ta mer utdanning.", nm=["karrnat"]),
 M("AKA-FRAMTID", "Forskningsrapport «Framtidens behov for akademikere»", "2.2", F, "Akademikerne", ["Samfunnsøkonomisk analyse"], "2019",
   "Framskrivinger av etterspørselen etter arbeidskraft med høyere utdanning.", nm=["akarep"]),
 M("AKA-YNGRE", "Forskningsrapport «Yngre eldre i arbeidslivet»", "2.2", F, "Akademikerne/Econa", ["Ny Analyse"], "2019",
   "Rapporten ser på seniorers deltakelse i kompetanseutvikling.", nm=["akarep"]),
 M("AREN19", "Arendalsuka 2019: felles frokostseminar med YS og VOFO", "2.2", A, "YS", ["Akademikerne", "VOFO"], "August 2019",
   "Akademikerne stilte med innleder om livslang læring for høyt utdannede.", nm=["arendal"]),
 M("TV-AKA", "Kurs for tillitsvalgte om kompetanseplaner", "2.2", K, "Akademikerne", ["medlemsforeningene"], "Høsten 2019",
   "Kurs i hvordan tillitsvalgte kan bruke kompetanseplaner i lokale forhandlinger.", nm=["tv"]),
]

ms = report("Akademikerne_notat_NKPS_2021.docx", "Akademikerne", 2021, "aka2021")
ms += [
 M("KBU", "Kompetansebehovsutvalget (KBU)", "1.1", R, "Akademikerne", ["KD", "HK-dir"], "2021",
   "Akademikerne deltar fortsatt i utvalget, som i år har lagt fram en rapport om læring i arbeidslivet.", nm=["kbu"]),
 M("AKA-KARR", "Digital karriereveiledning for medlemmer", "1.3", I, "Akademikerne", ["medlemsforeningene"], "Løpende",
   "Karriereverktøyet er utvidet med digitale veiledningssamtaler.", nm=["karrnat"]),
 M("AKA-MENON", "Oppfølging av Menon-rapporten om akademisk kompetanse", "2.2", F, "Akademikerne", ["Menon"], "2021",
   "Tallene fra 2017 er oppdatert og brukt i innspill til statsbudsjettet.", nm=["akarep"]),
 M("CONF-AKA", "Akademikernes kompetansekonferanse 2021", "2.2", A, "Akademikerne", ["medlemsforeningene"], "Oktober 2021",
   "Konferansen ble holdt digitalt med over 300 deltakere.", nm=["conf"]),
 M("TV-AKA", "Tillitsvalgtkurs: kompetanseplaner og digital omstilling", "2.1", K, "Akademikerne", ["medlemsforeningene"], "2021",
   "Kurset er bygget ut med en modul om digital omstilling.", nm=["tv"]),
 M("RSA", "Deltakelse i RSA-ene", "1.4", R, "Akademikerne", ["medlemsforeningene"], "Løpende",
   "Akademikerne deltar fortsatt i rådene.", nm=["sry"]),
]

# ---------------------------------------------------------------- Virke
ms = report("Virke_tiltaksmatrise_2018.pdf", "Virke", 2018, "virke2018")
ms += [
 M("VIRKESTUDY", "Studie om «Hvordan påvirker ny teknologi kompetansebehovet i varehandelen?»", "2.1", F, "Virke", ["Samfunnsøkonomisk analyse", "NAV", "HK Norge"], nm=["virkestud", "kbu"]),
 M("VIRKE-DIGLIT", "Litteraturstudie om «Digitaliseringens påvirkning på varehandel»", "2.1", F, "Virke", ["HK Norge", "Universitetet i Sørøst-Norge"], nm=["virkestud"]),
 M("VIRKESURV", "Medlemsundersøkelse om kompetansebehov", "2.2", F, "Virke", [], nm=["virkesurv"]),
 M("CONF-VIRKE", "Virkes kompetansekonferanse 2018", "2.2", A, "Virke", ["Kompetanse Norge"], nm=["conf"]),
 M("SRY", "SRY – Samarbeidsrådet for yrkesopplæring", "2.3", R, "Partene", ["Virke", "LO", "NHO", "YS", "Unio", "KS", "Spekter"], nm=["sry"]),
 M("VIRKE-LAERE", "Flere lærebedrifter i handel og tjenesteyting", "2.3", P, "Virke", ["opplæringskontorene"]),
 M("BALANSE", "Balansekunst – modell og metode for å beskrive kompetanse ervervet i arbeidslivet", "2.5", F, "Virke", ["LO", "YS", "NHO"], nm=["real"]),
 M("HURTIG", "Hurtigsporet – Virke-medlemmer som tar imot nyankomne flyktninger", "3.3", P, "Virke", ["NAV", "IMDi"], nm=["nav", "norsk"]),
]

ms = report("Virke_rapport_NKPS_2020.docx", "Virke", 2020, "virke2020")
ms += [
 M("VIRKESTUDY", "Studie om ny teknologi og kompetansebehov i varehandelen", "2.1 2.2", F, "Virke", ["Samfunnsøkonomisk analyse", "NAV"], "2018–2020",
   "Studien ble ferdigstilt i 2020 og viser at behovet for digital kompetanse øker i alle deler av varehandelen.", nm=["virkestud", "kbu"]),
 M("VIRKERAP", "Rapport «Kompetansebehov i handel og tjenesteyting 2020»", "2.2", F, "Virke", ["Opinion"], "Juni 2020",
   "Rapporten bygger på svar fra 1 200 ledere i Virkes medlemsvirksomheter.", nm=["virkesurv"]),
 M("CONF-VIRKE", "Kompetansekonferansen 2020", "2.2", A, "Virke", ["Kompetanse Norge"], "Februar 2020",
   "Virkes årlige konferanse om kompetanse i handel og tjenesteyting.", nm=["conf"]),
 M("SRY", "Arbeid i Samarbeidsrådet for yrkesopplæring", "2.3", R, "Virke", ["KD", "partene"], "Løpende",
   "Virke deltar med fast representant og har særlig arbeidet med fagfornyelsen.", nm=["sry"]),
 M("BP-VH", "Bransjeprogram for varehandelen", "2.1 2.4", K, "Virke", ["HK Norge", "NHO Service og Handel", "Kompetanse Norge"], "2020–2022",
   "Treparts bransjeprogram med gratis nettbaserte kurs for ansatte, permitterte og ledige i varehandelen.", nm=["bp"]),
 M("LEDER-VIRKE", "Lederkurs i strategisk kompetanseplanlegging", "2.2", K, "Virke", ["Virke HR-nettverk"], "Høsten 2020",
   "Kurs for ledere i medlemsvirksomhetene om hvordan de kan planlegge kompetansebehov.", nm=["tv"]),
 M("VIRKE-LAERE", "Rekruttering av lærebedrifter i handel", "2.3", P, "Virke", ["opplæringskontorene"], "2020",
   "Oppfølging av arbeidet med å få flere medlemsvirksomheter til å bli lærebedrifter.", pre="Videreført: "),
]

ms = report("Virke_statusrapport_2024.docx", "Virke", 2024, "virke2024")
ms += [
 M("BP-VH", "Bransjeprogrammet for handel", "2.1", K, "Virke", ["HK Norge", "NHO Service og Handel", "HK-dir"], "2020–2025", None, nm=["bp"]),
 M("CONF-VIRKE", "Virkes kompetansekonferanse", "2.2", A, "Virke", [], "Februar 2024", None, nm=["conf"]),
 M("VIRKE-AREN", "Virke-debatt om livslang læring under Arendalsuka 2024", "2.2", A, "Virke", ["HK-dir"], "August 2024", None, nm=["arendal"]),
 M("VIRKE-LAERE", "Flere lærebedrifter i handel og tjenesteyting", "2.3", P, "Virke", ["opplæringskontorene"], "Løpende", None),
 M("FAGRAD", "Deltakelse i faglige råd", "2.3", R, "Virke", ["Utdanningsdirektoratet"], "Løpende", None, nm=["sry"]),
 M("VIRKE-KOMPREF", "Innspill til kompetansereformen «Lære hele livet»", "2.2", N, "Virke", [], "2024", None, tyw="Påvirkningsarbeid"),
]

# ---------------------------------------------------------------- VOFO
ms = report("VOFO_rapport_NKPS_2017.docx", "VOFO", 2017, "vofo2017")
ms += [
 M("KPF", "Kompetansepluss frivillighet – promotering overfor studieforbundene", "3.2", I, "VOFO", ["studieforbundene", "Kompetanse Norge"], "Hele 2017",
   "VOFO informerer studieforbundene om ordningen og hjelper dem med søknader.", nm=["kpluss"]),
 M("VOFO-REG", "Styrking av VOFOs regionale tilstedeværelse", "1.2", P, "VOFO", ["VOFO-regionene"], "2017–2018",
   "VOFO vil styrke sine regionledd slik at frivilligheten blir en tydelig aktør i regionale kompetansesamarbeid.", nm=["plan"]),
 M("VOFO-NORSK", "Norskopplæring og språktrening for innvandrere i studieforbund", "3.4", K, "VOFO", ["studieforbundene", "IMDi"], "Løpende",
   "Studieforbundene tilbyr norskkurs og språkkafeer som supplement til den offentlige norskopplæringen.", nm=["norsk"]),
 M("CONF-VOFO", "VOFO-konferansen 2017", "3.6", A, "VOFO", ["studieforbundene"], "November 2017",
   "Konferansen samler studieforbund og voksenopplæringsaktører om læring i frivillig sektor.", nm=["conf"]),
 M("VOFO-LM", "Kampanje for læringsmotivasjon: «Lær for livet»", "3.6", I, "VOFO", ["studieforbundene"], "Høsten 2017",
   "Kampanjen skal få flere voksne til å delta i kurs i regi av studieforbund."),
 M("VOFO-KARRV", "Synliggjøre studieforbundenes tilbud overfor karriereveiledere", "1.3", I, "VOFO", ["regionale karrieresentre"], "2017",
   "Informasjonsmateriell om kurstilbudet i studieforbundene er sendt til karrieresentrene.", nm=["karr"]),
]

ms = report("VOFO_arsrapport_kompetansestrategi_2019.pdf", "VOFO", 2019, "vofo2019")
ms += [
 M("KPF", "Kompetansepluss frivillighet", "3.2 3.6", I, "VOFO", ["studieforbundene", "Kompetanse Norge"], "2019",
   "VOFO har fortsatt arbeidet med å gjøre ordningen kjent, og flere studieforbund fikk tilskudd i 2019.", nm=["kpluss"]),
 M("VOFO-REG", "Styrke VOFOs regionale tilstedeværelse", "1.2", P, "VOFO", ["VOFO-regionene"], "2019",
   "Regionleddene er slått sammen slik at de følger de nye fylkesgrensene.", nm=["plan"]),
 M("VOFO-PARTNER", "Partnerskapsavtaler med fylkeskommunene", "1.2", I, "VOFO", ["fylkeskommunene"], "2019–2020",
   "VOFO-regionene inngår avtaler om samarbeid med fylkeskommunene.", nm=["plan"]),
 M("FVO", "Studieforbund som tilbydere i forsøket med forberedende voksenopplæring (FVO)", "3.1", K, "Kompetanse Norge", ["VOFO", "studieforbundene"], "2019–2021",
   "Tre studieforbund deltar som tilbydere i forsøket.", nm=["fvo"]),
 M("AREN19", "Felles frokostseminar under Arendalsuka om livslang læring", "2.2 3.6", A, "YS, Akademikerne og VOFO", [], "August 2019",
   "VOFO arrangerte seminaret sammen med YS og Akademikerne.", nm=["arendal"]),
 M("CONF-VOFO", "VOFOs årskonferanse", "3.6", A, "VOFO", ["studieforbundene"], "November 2019",
   "Konferansen hadde i år tema læringsmotivasjon.", nm=["conf"]),
 M("VOFO-NORSK", "Språktrening for innvandrere i studieforbundene", "3.4", K, "VOFO", ["studieforbundene", "IMDi"], "Løpende",
   "Tilbudet er videreført og utvidet til flere kommuner.", nm=["norsk"]),
]

ms = report("VOFO_NKPS_2025.pdf", "VOFO", 2025, "vofo2025")
ms += [
 M("KPROG", "Kompetanseprogrammet – frivillig sektor", "3.2 3.6", K, "HK-dir", ["VOFO", "studieforbundene"], "2025",
   "Studieforbundene tilbyr opplæring i grunnleggende ferdigheter med midler fra Kompetanseprogrammet.", nm=["kpluss"]),
 M("VOFO-PARTNER", "Partnerskap med fylkeskommunene", "1.2", I, "VOFO", ["fylkeskommunene"], "Løpende",
   "Avtalene er fornyet i de fleste fylker.", nm=["plan"]),
 M("CONF-VOFO", "VOFO-konferansen 2025", "3.6", A, "VOFO", ["studieforbundene"], "November 2025",
   "Årets konferanse handlet om voksnes læring i en ny opplæringslov.", nm=["conf"]),
 M("VOFO-NORSK", "Norsktrening i studieforbund", "3.4", K, "VOFO", ["studieforbundene", "IMDi"], "Løpende",
   "Språktreningen er et lavterskeltilbud for innvandrere.", nm=["norsk"]),
 M("VOFO-STUDREF", "Studieforbundene i fylkeskommunale kompetansefora", "1.2", R, "VOFO", ["fylkeskommunene"], "2025",
   "Studieforbundene har fått plass i kompetanseforaene i flere fylker.", nm=["plan"]),
 M("VOFO-DIG", "Digital kompetanse for seniorer i studieforbund", "2.1 3.6", K, "VOFO", ["studieforbundene", "Seniornett"], "2025",
   "Kurs i digitale ferdigheter for eldre arbeidstakere og pensjonister.", nm=["dig"]),
]

# ---------------------------------------------------------------- Kompetanse Norge / HK-dir
ms = report("Kompetanse_Norge_rapport_NKPS_2019.docx", "Kompetanse Norge", 2019, "kn2019", org="HK-dir")
ms += [
 M("KBU", "Sekretariat for Kompetansebehovsutvalget (KBU)", "1.1", R, "Kompetanse Norge", ["KD"], "2017–2021",
   "Kompetanse Norge er sekretariat for utvalget og leverer analyser til utvalgets rapporter.", nm=["kbu"]),
 M("NFK", "Nasjonalt forum for karriereveiledning", "1.3", R, "Kompetanse Norge", ["KS", "Spekter", "LO", "NHO", "Unio", "Akademikerne"], "Løpende",
   "Forumet samler aktører på feltet for å samordne utviklingen av karriereveiledning.", nm=["karrnat"]),
 M("KVAL", "Nasjonalt kvalitetsrammeverk for karriereveiledning", "1.3", P, "Kompetanse Norge", ["KD", "fylkeskommunene"], "2017–2020",
   "Rammeverket består av etiske retningslinjer, kompetansestandarder og et felles begrepsapparat.", nm=["karrnat"]),
 M("DIGKV", "Nasjonal digital karriereveiledningstjeneste", "1.3", I, "Kompetanse Norge", ["KD", "Utdanningsdirektoratet"], "Fra 2019",
   "Tjenesten tilbyr veiledning på chat og telefon og informasjon om utdanning og yrker.", nm=["karrnat"]),
 M("FLEKS", "Tilskudd til utvikling av fleksible videreutdanningstilbud i digital kompetanse", "2.1", K, "Kompetanse Norge", ["KD", "partene i arbeidslivet", "DIKU"], "2018–2020",
   "Utdanningsinstitusjoner kan søke om midler til nye fleksible tilbud i samarbeid med arbeidslivet.", nm=["dig"]),
 M("FVO", "Forsøk med forberedende voksenopplæring (FVO)", "3.1", K, "Kompetanse Norge", ["KD", "fylkeskommuner", "kommuner", "studieforbund"], "2017–2021",
   "Forsøket prøver ut en ny opplæringsmodell for voksne med svake grunnleggende ferdigheter.", nm=["fvo"]),
 M("KPA", "Kompetansepluss arbeid", "3.2", K, "Kompetanse Norge", ["partene i arbeidslivet"], "Løpende",
   "Tilskuddsordning for opplæring i grunnleggende ferdigheter på arbeidsplassen.", nm=["kpluss"]),
 M("KNNETT", "Nettverk for regionale kompetansefora", "1.2", R, "Kompetanse Norge", ["fylkeskommunene"], "2019",
   "Nettverket samler fylkeskommunene som har etablert kompetansefora.", nm=["plan"]),
]

ms = report("HK-dir_oppfolging_NKPS_2022.pdf", "HK-dir", 2022, "hk2022", org="HK-dir")
ms += [
 M("KBU", "Sekretariatet for KBU", "1.1", R, "HK-dir", ["KD"], "Løpende", None, nm=["kbu"]),
 M("NFK", "Nasjonalt forum for karriereveiledning", "1.3", R, "HK-dir", ["KS", "partene", "NAV"], "Løpende", None, nm=["karrnat"]),
 M("KVAL", "Implementering av kvalitetsrammeverket for karriereveiledning", "1.3", P, "HK-dir", ["fylkeskommunene"], "2021–2023", None, nm=["karrnat"]),
 M("DIGKV", "Karriereveiledning.no – digital karriereveiledning", "1.3", I, "HK-dir", ["KD"], "Løpende", None, nm=["karrnat"]),
 M("FLEKS", "Tilskudd til fleksible utdanningstilbud", "2.1 2.4", K, "HK-dir", ["KD", "partene i arbeidslivet"], "2022", None, nm=["dig"]),
 M("KPROG", "Kompetanseprogrammet", "3.2", K, "HK-dir", ["partene i arbeidslivet", "VOFO"], "Fra 2022", None, nm=["kpluss"]),
 M("BP", "Bransjeprogram for kompetanseutvikling", "2.1 2.4", K, "HK-dir", ["KD", "partene i arbeidslivet"], "2020–2023", None, nm=["bp"]),
 M("FVO", "Forberedende opplæring for voksne (tidligere FVO-forsøket)", "3.1", K, "HK-dir", ["KD", "fylkeskommunene"], "Fra 2022", None, nm=["fvo"]),
 M("CONF-HK", "Nasjonal konferanse for karriereveiledning 2022", "1.3", A, "HK-dir", ["fylkeskommunene"], "Mai 2022", None, nm=["conf"]),
]

ms = report("HK-dir_rapport_kompetansepolitisk_raad_2026.docx", "HK-dir", 2026, "hk2026", org="HK-dir")
ms += [
 M("KBU", "Kompetansebehovsutvalget – sekretariat og analyser", "1.1", R, "HK-dir", ["KD"], "Løpende",
   "HK-dir leverer analyser og drifter sekretariatet for utvalget.", nm=["kbu"]),
 M("DIGKV", "Digital karriereveiledning (karriereveiledning.no)", "1.3", I, "HK-dir", ["NAV"], "Løpende",
   "Tjenesten hadde over 60 000 veiledningssamtaler i 2026.", nm=["karrnat"]),
 M("KPROG", "Kompetanseprogrammet", "3.2 3.6", K, "HK-dir", ["partene i arbeidslivet", "VOFO", "studieforbundene"], "Løpende",
   "Programmet gir tilskudd til opplæring i grunnleggende ferdigheter i arbeidslivet og i frivillig sektor.", nm=["kpluss"]),
 M("BP", "Treparts bransjeprogram", "2.1 2.4", K, "HK-dir", ["KD", "partene i arbeidslivet"], "2026",
   "Bransjeprogrammene videreføres med nye bransjer.", nm=["bp"]),
 M("CONF-HK", "Karriereveiledningskonferansen", "1.3", A, "HK-dir", ["fylkeskommunene"], "Mai 2026",
   "Den årlige nasjonale konferansen for karriereveiledere.", nm=["conf"]),
 M("HK-REAL", "Nasjonal ordning for realkompetansevurdering for voksne", "2.5 3.1", P, "HK-dir", ["KD", "fylkeskommunene"], "2025–2027",
   "Utvikling av en felles nasjonal ordning for vurdering av realkompetanse.", nm=["real"]),
 M("FLEKS", "Fleksible utdanningstilbud – tilskuddsordningen", "2.1", K, "HK-dir", ["KD"], "Løpende",
   "Ordningen er videreført med vekt på bransjer med store omstillingsbehov.", nm=["dig"]),
]

# ---------------------------------------------------------------- NAV
ms = report("NAV_rapport_kompetansestrategien_2019.pdf", "NAV", 2019, "nav2019")
ms += [
 M("NAV-GF", "Kurs i grunnleggende ferdigheter for arbeidssøkere", "3.5", K, "Arbeids- og velferdsetaten", ["fylkeskommunene"], "2019",
   "Kurs i lesing, skriving, regning og digitale ferdigheter som del av arbeidsmarkedsopplæringen.", nm=["nav", "fvo"]),
 M("NAV-AMO", "Arbeidsmarkedsopplæring (AMO) – kvalifisering i samarbeid med arbeidslivet", "3.3", K, "NAV", ["fylkeskommunene", "arbeidsgivere"], "Løpende",
   "AMO-kurs utvikles i samarbeid med arbeidsgivere for å gi kvalifisering til konkrete jobber.", nm=["nav"]),
 M("HURTIG", "Hurtigsporet for nyankomne flyktninger", "3.3 3.4", P, "NAV", ["IMDi", "kommunene", "NHO", "Virke"], "2016–2019",
   "Flyktninger med relevant kompetanse skal raskt ut i jobb gjennom samarbeid med arbeidsgivere.", nm=["nav", "norsk"]),
 M("BIO", "Bedriftsintern opplæring (BIO)", "2.4", N, "NAV", ["fylkeskommunene"], "Til 31.12.2019",
   "Ordningen gir tilskudd til opplæring i bedrifter i omstilling. Ansvaret overføres til fylkeskommunene fra 2020.", tyw="Tilskuddsordning", nm=["nav"]),
 M("DIGKV", "Samarbeid om nasjonal digital karriereveiledning", "1.3", I, "Kompetanse Norge", ["NAV"], "2019",
   "NAV bidrar med kunnskap om arbeidsmarkedet til den nye tjenesten.", nm=["karrnat"]),
 M("NAV-KARR", "Karriereveiledning for arbeidssøkere i NAV-kontorene", "1.3", I, "NAV", ["karrieresentrene"], "Løpende",
   "Veiledere i NAV får opplæring i karriereveiledning i samarbeid med de fylkesvise karrieresentrene.", nm=["karr"]),
 M("NAV-UTV", "Utvidet adgang til opplæring for arbeidssøkere", "3.3 3.5", N, "ASD", ["NAV"], "Fra 2019",
   "Regelendringer gir arbeidssøkere bedre mulighet til å ta utdanning som arbeidsmarkedstiltak.", tyw="Regelverk", nm=["nav"]),
]

# ---------------------------------------------------------------- counties
ms = report("Innlandet_fylkeskommune_NKPS_2021.docx", "Innlandet fylkeskommune", 2021, "inn2021")
ms += [
 M("KARR-INN", "Karriere Innlandet – karrieresentrene i Innlandet", "1.3", N, "Innlandet fylkeskommune", ["NAV", "kommunene"], "Løpende",
   "Gratis karriereveiledning for alle over 19 år ved sju karrieresentre.", tyw="Tjeneste", nm=["karr"]),
 M("PLAN-INN", "Regional kompetansestrategi og Kompetanseforum Innlandet", "1.2", R, "Innlandet fylkeskommune", ["NAV", "NHO", "LO", "KS"], "2021–2024",
   "Forumet følger opp den regionale kompetansestrategien.", nm=["plan"]),
 M("FVO", "Deltakelse i forsøket med forberedende voksenopplæring (FVO)", "3.1", K, "Innlandet fylkeskommune", ["Kompetanse Norge", "kommunene"], "2019–2021",
   "To kommuner i Innlandet deltar i forsøket.", nm=["fvo"]),
 M("INN-MODUL", "Modulstrukturert fagopplæring for voksne i Innlandet", "3.1", K, "Innlandet fylkeskommune", ["NAV"], "2021–2023",
   "Voksne kan ta fagbrev gjennom moduler som kombineres med arbeid.", nm=["fvo"]),
 M("INN-YON", "Yrkesopplæringsnemnda i Innlandet", "1.4 2.3", R, "Innlandet fylkeskommune", ["partene i arbeidslivet"], "Løpende",
   "Nemnda gir råd om dimensjonering og kvalitet i fag- og yrkesopplæringen.", nm=["sry"]),
 M("INN-FAGSK", "Desentralisert fagskoletilbud i helse", "1.4", K, "Fagskolen Innlandet", ["kommunene"], "Fra høsten 2021",
   "Fagskoletilbud i helsefag gis desentralisert i samarbeid med kommunene."),
]

ms = report("Nordland_fylkeskommune_rapport_2023.pdf", "Nordland fylkeskommune", 2023, "nord2023")
ms += [
 M("PLAN-NORD", "Regional plan for kompetanse og kvalifisering i Nordland", "1.2", N, "Nordland fylkeskommune", ["NAV", "KS", "partene"], "2023–2027",
   "Planen samler fylkets innsats for kompetanse og kvalifisering.", tyw="Plan", nm=["plan"]),
 M("NORD-ANALYSE", "Kunnskapsgrunnlag om kompetansebehov i Nordland", "1.2", F, "Nordland fylkeskommune", ["Nordlandsforskning"], "2023",
   "Analysen gir et bilde av kompetansebehovene i regionen fram mot 2035.", nm=["kbu"]),
 M("KARR-NORD", "Karriere Nordland", "1.3", N, "Nordland fylkeskommune", ["NAV", "kommunene"], "Løpende",
   "Karrieresentrene tilbyr karriereveiledning til voksne i hele fylket.", tyw="Veiledningstjeneste", nm=["karr"]),
 M("NORD-YON", "Yrkesopplæringsnemnda i Nordland", "1.4 2.3", R, "Nordland fylkeskommune", ["partene i arbeidslivet"], "Løpende",
   "Nemnda har fire møter i året.", nm=["sry"]),
 M("BIO", "Forvaltning av BIO-ordningen (bedriftsintern opplæring)", "2.4", N, "Nordland fylkeskommune", ["Innovasjon Norge"], "Løpende",
   "Fylkeskommunen forvalter ordningen etter overføringen fra NAV.", tyw="Tilskuddsordning", nm=["nav"]),
 M("NORD-REAL", "Realkompetansevurdering for voksne i Nordland", "2.5", K, "Nordland fylkeskommune", ["NAV"], "Løpende",
   "Voksne kan få vurdert sin realkompetanse opp mot læreplanene i videregående opplæring.", nm=["real"]),
]

ms = report("Vestland_fylkeskommune_NKPS_2021.docx", "Vestland fylkeskommune", 2021, "vest2021", lang="nn")
ms += [
 M("KARR-VEST", "Karriere Vestland", "1.3", I, "Vestland fylkeskommune", ["NAV", "kommunane"], "Løpande",
   "Karrieresentra i Bergen, Førde og Stord gir gratis karriererettleiing til vaksne.", nm=["karr"]),
 M("PLAN-VEST", "Arbeid med regional plan for kompetanse og arbeidskraft", "1.2", N, "Vestland fylkeskommune", ["NAV", "partane i arbeidslivet"], "2021–2022",
   "Planen skal vedtakast av fylkestinget i 2022.", tyw="Plan", nm=["plan"]),
 M("VEST-HVL", "Strategisk samarbeid mellom Høgskulen på Vestlandet og Fagskulen Vestland innan dei tekniske fagområda", "1.4", K, "Vestland fylkeskommune", ["Høgskulen på Vestlandet", "Fagskulen Vestland"], "2020–2023",
   "Samarbeidet skal gje betre overgangar mellom fagskule og høgskule."),
 M("VEST-YVEG", "Y-vegen – yrkesfagleg veg til ingeniørutdanning", "2.3", K, "Vestland fylkeskommune", ["Høgskulen på Vestlandet", "bedrifter i regionen"], "Løpande",
   "Lærlingar med fagbrev kan ta ingeniørutdanning tilpassa yrkesfagleg bakgrunn."),
 M("VEST-YON", "Yrkesopplæringsnemnda i Vestland", "2.3", R, "Vestland fylkeskommune", ["partane i arbeidslivet"], "Løpande",
   "Nemnda gjev råd om fag- og yrkesopplæringa i fylket.", nm=["sry"]),
 M("VEST-FAGBREV", "Fagbrev på jobb i Vestland", "3.1", K, "Vestland fylkeskommune", ["NAV", "opplæringskontora"], "Frå 2021",
   "Vaksne tilsette kan ta fagbrev gjennom arbeid utan å ta permisjon.", nm=["fvo"]),
]

ms = report("Vestland_fylkeskommune_rapportering_2024.pdf", "Vestland fylkeskommune", 2024, "vest2024", lang="nn")
ms += [
 M("KARR-VEST", "Karriere Vestland", "1.3", I, "Vestland fylkeskommune", ["NAV", "kommunane"], "Løpande", None, pre="Vidareført: ", nm=["karr"]),
 M("PLAN-VEST", "Oppfølging av regional plan for kompetanse og arbeidskraft", "1.2", N, "Vestland fylkeskommune", ["NAV", "partane i arbeidslivet"], "2022–2033", None, tyw="Plan", nm=["plan"]),
 M("VEST-HVL", "Samarbeid HVL – Fagskulen Vestland", "1.4", K, "Vestland fylkeskommune", ["HVL", "Fagskulen Vestland"], "2020–2025", None),
 M("VEST-YVEG", "Y-veg", "2.3", K, "Vestland fylkeskommune", ["HVL"], "Løpande", None),
 M("VEST-YON", "Yrkesopplæringsnemnda (YON) i Vestland", "2.3", R, "Vestland fylkeskommune", ["partane i arbeidslivet"], "Løpande", None, nm=["sry"]),
 M("VEST-INNV", "Karriererettleiing for vaksne innvandrarar", "1.3 3.4", P, "Vestland fylkeskommune", ["NAV", "IMDi"], "2024–2026", None, nm=["karr", "norsk"]),
]
