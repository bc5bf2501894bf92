# -*- coding: utf-8 -*-
"""Single data structure for match31: every file, every printed measure row, tiltak ids, near-miss groups."""

DELMAL = ["1.1","1.2","1.3","1.4","2.1","2.2","2.3","2.4","2.5","2.6","3.1","3.2","3.3","3.4","3.5","3.6"]
def old(*nums):
    return sorted({DELMAL[n-1] for n in nums})

def R(tid, title, dm, typ, ctype, resp, partners, period, desc, **kw):
    d = dict(tid=tid, title=title, dm=dm, typ=typ, ctype=ctype, resp=resp, partners=partners,
             period=period, desc=desc)
    d.update(kw)
    return d

K, P, RU, F, A, AN = "Kurs/utdanning", "Prosjekt", "Råd/utvalg/nettverk", "FoU", "Arrangement", "Annet"

FILES = {}

# ---------------------------------------------------------------- 2017
FILES["2017_LO_kongressprotokoll.docx"] = dict(reporter="LO", year=2017, lang="nb", rows=[
 R("T01", "LOs deltakelse i Kompetansebehovsutvalget", [1], "Råd/utvalg/nettverk", RU, "LO", ["KD", "NHO", "YS", "Unio"], "2017–2021",
   "LO skal bidra aktivt i det nye Kompetansebehovsutvalget og sørge for at tillitsvalgtes erfaringer fra arbeidsplassene kommer med i utvalgets analyser.", old_nr="1"),
 R("T02", "LOs arbeid i Samarbeidsrådet for yrkesopplæring (SRY)", [4, 7], "Råd/utvalg/nettverk", RU, "LO", ["NHO", "KS", "Virke", "Udir"], "2016–2020",
   "LO har fire representanter i SRY og prioriterer dimensjonering av læreplasser og yrkesfagenes omdømme.", old_nr="4 og 7"),
 R("T04", "Samfunnskontrakten for flere læreplasser", [4, 7], "Avtale", AN, "KD", ["LO", "NHO", "KS", "Spekter", "Virke", "YS", "Unio"], "2016–2020",
   "Kontrakten skal sikre at alle kvalifiserte søkere får læreplass. LO følger opp gjennom forbundene og de faglige rådene.", old_nr="4 og 7"),
 R("L1", "Tillitsvalgtopplæring om kompetanseutvikling på arbeidsplassen", [6], "Kurs", K, "LO", ["LO-forbundene", "AOF Norge"], "2017–2019",
   "Nytt kursmodul i LOs tillitsvalgtskolering om hvordan tillitsvalgte kan bruke avtaleverket til å kreve kompetanseplaner i virksomheten.", old_nr="6"),
 R("T07", "Forsøk med fagbrev på jobb", [9], "Prosjekt", P, "KD", ["LO", "NHO", "Fylkeskommunene"], "2016–2017",
   "Forsøk i utvalgte fylker der voksne ansatte tar fagbrev gjennom arbeidet i egen virksomhet. LO deltar i referansegruppen.", old_nr="9"),
 R("L2", "Kartlegging av kompetansebestemmelser i tariffavtalene", [6], "FoU", F, "LO", ["Fafo"], "2017–2018",
   "Fafo kartlegger på oppdrag fra LO hvordan kompetansebestemmelsene i tariffavtalene brukes lokalt, og hva som hindrer bruk.", old_nr="6"),
])

FILES["2017_Spekter_kommentarsammendrag.pdf"] = dict(reporter="Spekter", year=2017, lang="nb", rows=[
 R("S1", "Møteplass lærebedrifter", old(4, 7), "Arrangement", A, "Spekter", ["Medlemsvirksomhetene", "Fafo", "Fylkeskommuner", "Opplæringskontorer"], "Årlig i mars siden 2013",
   "Heldagsarrangement der Spekters medlemmer som er eller vil bli lærebedrifter, utveksler erfaringer og får faglige innlegg om kvalitet i fagopplæringen.", old_nr="4 og 7"),
 R("S2", "Søkekonferanse om KompetansePluss arbeid", old(12), "Arrangement", A, "Spekter", ["Kompetanse Norge"], "September 2017, en dag",
   "Seminar der medlemsvirksomhetene får kunnskap om ordningen, gevinstene av å bruke den og hva som kreves for å søke.", old_nr="12"),
 R("S3", "Arbeidsgivernettverk for HR-direktører", old(6), "Nettverk", RU, "Spekter", ["Medlemsvirksomhetene"], "Fra 2016, løpende",
   "Kvartalsvise møter ledet av Spekters øverste leder der kompetansepolitiske problemstillinger og NKPS tas opp jevnlig.", old_nr="6"),
 R("S4", "Samarbeid om helsesekretærutdanningen", old(4), "Prosjekt", P, "Spekter", ["Oslo universitetssykehus", "Hersleb videregående skole"], "2013–2016, videreført i drift",
   "Samarbeid mellom arbeidsgiver og skole for å heve kvaliteten i helsesekretærutdanningen og øke rekrutteringen til yrket.", old_nr="4"),
 R("S5", "Konferanse om integrering av flyktninger i arbeidslivet", old(14), "Konferanse", A, "Spekter", ["IMDi", "NAV"], "21. september 2017",
   "Konferanse for medlemsvirksomhetene om integreringspolitikk, støtteordninger og praktiske erfaringer med å ansette flyktninger.", old_nr="14"),
 R("S6", "Brev til medlemsvirksomhetene om lærlinger", old(4, 7), "Informasjon", AN, "Spekter", [], "Mai 2017",
   "Brev fra administrerende direktør som viser til samfunnskontrakten og oppfordrer virksomhetene til å ta inn flere lærlinger.", old_nr="4 og 7"),
])

FILES["2017_YS_telefonnotat.docx"] = dict(reporter="YS", year=2017, lang="nb", rows=[
 R("Y1", "YS-skolen: kurs for tillitsvalgte om kompetanse", old(5, 6), "kurs", K, "YS", ["YS-forbundene"], "2017 og videre",
   "Nytt todagerskurs i YS-skolen om kompetanseplanlegging og bruk av avtaleverket; ca. 200 deltakere i 2017.", old_nr="5+6"),
 R("Y2", "YS Arbeidslivsbarometer – kompetansedelen", old(6), "FoU", F, "YS", ["Ipsos"], "årlig",
   "Egen del om etter- og videreutdanning i barometeret; tall om hvem som får opplæring på jobb.", old_nr="6"),
 R("T01", "KBU – YS sin plass", old(1), "råd", RU, "KD", ["YS"], "2017–2021",
   "YS har en plass i Kompetansebehovsutvalget og deltar i arbeidet med utvalgets første rapport.", old_nr="1"),
 R("T02", "SRY – YS deltar", old(4, 7), "råd", RU, "KD", ["YS"], "løpende",
   "YS sitter i Samarbeidsrådet for yrkesopplæring og følger særlig opp helse- og oppvekstfag.", old_nr="4+7"),
 R("Y3", "Digital kompetanse – nettkurs for medlemmer", old(5), "kurs", K, "YS", ["Parat", "Delta"], "høst 2017",
   "Gratis nettkurs i grunnleggende digitale ferdigheter, åpent for alle medlemmer i YS-forbundene.", old_nr="5"),
 R("T07", "Forsøket med fagbrev på jobb", old(9), "prosj.", P, "KD", ["YS", "Delta"], "2016–2017",
   "YS følger forsøket gjennom Delta, som har medlemmer blant deltakerne i helsearbeiderfaget.", old_nr="9"),
])

# ---------------------------------------------------------------- 2018
FILES["2018_NHO_utkast_kommentarer.docx"] = dict(reporter="NHO", year=2018, lang="nb", rows=[
 R("T08", "Bransjeprogram for industri og bygg", ["2.4"], "Prosjekt", P, "KD", ["NHO", "LO", "Kompetanse Norge"], "2018–2020",
   "Partene i industri og bygg har sammen med KD utviklet korte, fleksible videreutdanningstilbud for ansatte med svak formell kompetanse."),
 R("T06", "Fagbrev på jobb – ny nasjonal ordning", ["2.5"], "Prosjekt", P, "KD", ["NHO", "LO", "Fylkeskommunene"], "Fra 2018",
   "Ordningen gjør det mulig å ta fagbrev gjennom arbeid i egen bedrift. NHO informerer landsforeningene og bidrar med eksempler."),
 R("N1", "NHOs kompetansebarometer", ["2.2"], "FoU", F, "NHO", ["NIFU"], "Årlig fra 2017",
   "Spørreundersøkelse blant NHOs medlemsbedrifter om udekket kompetansebehov; resultatene publiseres hver høst."),
 R("T01", "NHO i Kompetansebehovsutvalget (KBU)", ["1.1"], "Råd/utvalg/nettverk", RU, "KD", ["NHO"], "2017–2021",
   "NHO deltar i KBU og har levert innspill om bedriftenes kompetansebehov til utvalgets første rapport."),
 R("T04", "Samfunnskontrakten for flere læreplasser (2016–2020)", ["1.4", "2.3"], "Avtale", AN, "KD", ["NHO", "LO", "KS", "Virke"], "2016–2020",
   "NHO følger opp kontrakten gjennom landsforeningene og har et mål om 1000 nye lærebedrifter."),
 R("N2", "Kompetanseløft i matindustrien", ["2.1"], "Prosjekt", P, "NHO Mat og Drikke", ["LO/NNN", "Kompetanse Norge"], "2018–2020",
   "Bransjeprosjekt for digital og automatiseringskompetanse i næringsmiddelbedriftene, med kurs på arbeidsplassen."),
 R("T02", "Samarbeidsrådet for yrkesopplæring", ["1.4", "2.3"], "Råd/utvalg/nettverk", RU, "KD", ["NHO"], "Løpende",
   "NHO har ledervervet i SRY i perioden og prioriterer arbeidet med nye læreplaner i yrkesfagene."),
])

FILES["2018_NAV_listeutskrift.pdf"] = dict(reporter="NAV", year=2018, lang="nb", rows=[
 R("T21", "AMO-kurs i norsk og grunnleggende ferdigheter", ["3.5"], "KURS", K, "NAV", ["ASD", "Fylkeskommunene"], "2018–2019",
   "Arbeidsmarkedskurs som kombinerer norskopplæring og grunnleggende ferdigheter for arbeidssøkere med svake norskferdigheter."),
 R("V1", "Opplæring i digitale ferdigheter for arbeidssøkere", ["3.5"], "KURS", K, "NAV", ["Kompetanse Norge"], "2018",
   "Korte kurs i digitale ferdigheter for arbeidssøkere som ikke behersker selvbetjeningsløsningene."),
 R("K1", "Menn i helse – rekruttering via NAV", ["3.3"], "PROSJEKT", P, "KS", ["NAV", "Kommunene"], "2017–2020",
   "NAV rekrutterer ledige menn til et løp mot fagbrev som helsefagarbeider i kommunene."),
 R("V2", "Karriereveiledning i NAV-kontorene", ["1.3"], "ANNET", AN, "NAV", ["Karrieresentrene"], "2018–2019",
   "Styrket veiledningskompetanse hos NAV-veiledere gjennom samarbeid med fylkesvise karrieresentre."),
 R("V3", "Fagbrev for arbeidssøkere – pilot i NAV Møre og Romsdal", ["2.5", "3.3"], "PROSJEKT", P, "NAV", ["Møre og Romsdal fylkeskommune"], "2018–2019",
   "Pilot der arbeidssøkere med lang praksis får dokumentert kompetanse og tar fagbrev med støtte fra NAV."),
 R("V4", "Kvalifisering av innvandrere i samarbeid med IMDi", ["3.4"], "ANNET", AN, "NAV", ["IMDi", "Kommunene"], "Løpende",
   "Felles innsats for at deltakere i introduksjonsprogrammet får arbeidsrettet opplæring og praksis."),
 R("T15", "NAVs deltakelse i Nasjonalt forum for karriereveiledning", ["1.3"], "RÅD/UTVALG", RU, "Kompetanse Norge", ["NAV"], "2016–2020",
   "NAV deltar i forumet som skal bidra til et helhetlig system for karriereveiledning."),
])

FILES["2018_MoreogRomsdal_kompetansemesse.pdf"] = dict(reporter="Møre og Romsdal fylkeskommune", year=2018, lang="nn", rows=[
 R("M1", "Karriere Møre og Romsdal – karrieresenter for vaksne", ["1.3"], "Rettleiing", AN, "Møre og Romsdal fylkeskommune", ["NAV Møre og Romsdal"], "2018–2021",
   "Gratis karriererettleiing for alle over 19 år, med kontor i Ålesund, Molde og Kristiansund."),
 R("M2", "Kompetanseforum Møre og Romsdal", ["1.2"], "Nettverk", RU, "Møre og Romsdal fylkeskommune", ["NHO", "LO", "KS", "NAV", "Høgskulen i Molde"], "Frå 2018",
   "Forum for regionale kompetanseaktørar som skal samordne tiltak og gi råd om dimensjonering av tilbod."),
 R("M3", "Regional kompetansestrategi for Møre og Romsdal 2018–2021", ["1.2", "1.4"], "Plan", AN, "Møre og Romsdal fylkeskommune", ["Kompetanseforum Møre og Romsdal"], "2018–2021",
   "Strategien peikar ut fire satsingsområde og skal følgjast opp med årlege handlingsplanar."),
 R("M4", "Fagbrev på jobb i Møre og Romsdal", ["2.5"], "Prosjekt", P, "Møre og Romsdal fylkeskommune", ["Opplæringskontora", "NAV"], "2018–2020",
   "Fylkeskommunen tilbyr fagbrev på jobb til tilsette i regionale verksemder og finansierer rettleiing."),
 R("M5", "Modulstrukturert vidaregåande opplæring for vaksne", ["3.1"], "Kurs/utdanning", K, "Møre og Romsdal fylkeskommune", ["Vaksenopplæringa i kommunane"], "2018–2020",
   "Vaksne kan ta fag- og yrkesopplæring i modular som kan kombinerast med arbeid."),
])

# ---------------------------------------------------------------- 2019
FILES["2019_Regjeringen_rapport_innfelte_titler.docx"] = dict(reporter="Regjeringen", year=2019, lang="nb", rows=[
 R("T01", "Kompetansebehovsutvalget (KBU)", ["1.1"], "Råd/utvalg/nettverk", RU, "KD", ["Partene i arbeidslivet", "Forskere"], "2017–2021",
   "Utvalget la fram sin første rapport (NOU 2018: 2) og arbeider med temarapport om kompetansebehov i helse og omsorg."),
 R("T11", "Ekspertutvalg for etter- og videreutdanning", ["2.2"], "FoU", F, "KD", ["ASD", "NFD"], "2018–2019",
   "Utvalget vurderer insentiver og finansiering av etter- og videreutdanning og leverer sin rapport i juni 2019."),
 R("T06", "Fagbrev på jobb", ["2.5"], "Prosjekt", P, "KD", ["Fylkeskommunene", "Partene i arbeidslivet"], "Fra 2018",
   "Nasjonal ordning som gir voksne arbeidstakere mulighet til å ta fagbrev gjennom eget arbeid."),
 R("T08", "Bransjeprogram for kompetanseutvikling", ["2.4"], "Prosjekt", P, "KD", ["Partene i arbeidslivet", "Kompetanse Norge"], "2018–2021",
   "Programmene dekker industri og bygg og kommunal helse- og omsorgssektor; nye bransjer vurderes."),
 R("T10", "Kompetansepluss arbeid og Kompetansepluss frivillighet", ["3.2"], "Kurs/utdanning", K, "KD", ["Kompetanse Norge", "VOFO"], "Løpende",
   "Tilskudd til opplæring i grunnleggende ferdigheter på arbeidsplassen og i frivillige organisasjoner."),
 R("T13", "Nasjonal digital karriereveiledningstjeneste", ["1.3"], "Prosjekt", P, "KD", ["Kompetanse Norge"], "2019–2020",
   "Tjenesten gir veiledning på chat, telefon og nett; lansering planlagt i 2020."),
 R("T12", "Nasjonalt kvalitetsrammeverk for karriereveiledning", ["1.3"], "Prosjekt", P, "KD", ["Kompetanse Norge", "Fylkeskommunene"], "2017–2019",
   "Rammeverket beskriver kompetansestandarder for karriereveiledere, etikk og karrierekompetanse."),
 R("T14", "Tilskudd til fleksible videreutdanningstilbud i digital kompetanse", ["2.1"], "Kurs/utdanning", K, "KD", ["Kompetanse Norge", "Universiteter og høyskoler"], "2019–2020",
   "Tilskuddsordning for å utvikle fleksible tilbud innen IKT-sikkerhet, stordata og kunstig intelligens."),
 R("T21", "Arbeidsmarkedsopplæring (AMO) i norsk og grunnleggende ferdigheter", ["3.5"], "Kurs/utdanning", K, "ASD", ["Arbeids- og velferdsetaten"], "Løpende",
   "AMO-kursene skal i større grad kombinere norskopplæring og grunnleggende ferdigheter."),
 R("T16", "Kompetanseløft 2020", ["1.4", "3.3"], "Plan", AN, "HOD", ["KS", "Fylkesmannen"], "2016–2020",
   "Regjeringens plan for rekruttering, kompetanse og fagutvikling i den kommunale helse- og omsorgstjenesten."),
])

FILES["2019_Virke_konvertert_fra_pdf.docx"] = dict(reporter="Virke", year=2019, lang="nb", rows=[
 R("R1", "Handelsløftet", ["2.4"], "Prosjekt", P, "Virke", ["Handel og Kontor", "Kompetanse Norge"], "2019–2021",
   "Bransjeprogram for varehandelen der ansatte uten fagbrev får modulbasert opplæring og mulighet til å ta fagbrev i salgsfaget."),
 R("T03", "Virkes deltakelse i RSA ved høyskolene", ["1.4"], "Råd/utvalg/nettverk", RU, "Universiteter og høyskoler", ["Virke"], "Løpende",
   "Virke sitter i råd for samarbeid med arbeidslivet ved fire høyskoler og bidrar til mer arbeidsrelevante studietilbud."),
 R("R2", "HR-nettverk for Virkes medlemmer", ["2.2"], "Nettverk", RU, "Virke", ["Medlemsvirksomhetene"], "2019–2020",
   "Nettverk der HR-ledere deler erfaringer med strategisk kompetanseutvikling og læring i arbeidet."),
 R("R3", "Virke kompetansemåling i HUK-området", ["2.2"], "FoU", F, "Virke", ["Ideelle organisasjoner"], "2019",
   "Undersøkelse av kompetansebehov og videreutdanning blant ansatte i ideelle og private virksomheter innen helse og omsorg."),
 R("T11", "Referansegruppen til ekspertutvalget for etter- og videreutdanning", ["2.2"], "Råd/utvalg/nettverk", RU, "KD", ["Virke", "NHO", "LO"], "2018–2019",
   "Virke har deltatt i referansegruppen og gitt innspill om finansiering av etter- og videreutdanning for ansatte i handel."),
 R("T02", "Virke i Samarbeidsrådet for yrkesopplæring", ["1.4", "2.3"], "Råd/utvalg/nettverk", RU, "KD", ["Virke"], "Løpende",
   "Virke har en fast plass i SRY og arbeider for bedre lærlingordninger i handel og tjenesteyting."),
])

FILES["2019_Akademikerne_spss_utskrift.pdf"] = dict(reporter="Akademikerne", year=2019, lang="nb", rows=[
 R("T01", "Akademikerne i Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", RU, "KD", ["Akademikerne"], "2017-2021",
   "Akademikerne deltar i KBU og bidrar med data om arbeidsmarkedet for høyt utdannede."),
 R("T03", "RSA ved universiteter og høyskoler", ["1.4"], "Råd/utvalg/nettverk", RU, "Universiteter og høyskoler", ["Akademikerne", "Tekna", "Econa"], "Løpende",
   "Medlemsforeningene er representert i råd for samarbeid med arbeidslivet ved flere institusjoner."),
 R("A1", "Kurs i strategisk kompetanseplanlegging for tillitsvalgte", ["2.2"], "Kurs/utdanning", K, "Akademikerne/Tekna", ["Tekna"], "2019",
   "Kurs for tillitsvalgte i Tekna om hvordan kompetanseplaner kan forhandles og følges opp lokalt."),
 R("A2", "Econa-undersøkelse om etter- og videreutdanning", ["2.2"], "FoU", F, "Akademikerne/Econa", ["Econa"], "2019",
   "Undersøkelse blant økonomer om deltakelse i og finansiering av etter- og videreutdanning."),
 R("A3", "Videreutdanningsstipend for medlemmer", ["2.2"], "Annet", AN, "Akademikerne/Samfunnsviterne", ["Samfunnsviterne"], "2019-2020",
   "Stipendordning der medlemmer kan søke støtte til kurs og videreutdanning ved siden av jobb."),
 R("T11", "Referansegruppe for EVU-utvalget", ["2.2"], "Råd/utvalg/nettverk", RU, "KD", ["Akademikerne"], "2018-2019",
   "Akademikerne deltar i referansegruppen for ekspertutvalget for etter- og videreutdanning."),
])

# ---------------------------------------------------------------- 2020
FILES["2020_KS_handbok_stikkord.docx"] = dict(reporter="KS", year=2020, lang="nb", rows=[
 R("T16", "Kompetanseløft 2020 – oppfølging i kommunene", ["1.4", "3.3"], "Plan", AN, "HOD", ["KS", "Statsforvalteren"], "2016–2020",
   "KS bidrar til at kommunene bruker tilskuddsmidlene i Kompetanseløft 2020 til fagutdanning og videreutdanning for ansatte i omsorgstjenesten."),
 R("K1", "Menn i helse", ["3.3"], "Prosjekt", P, "KS", ["NAV", "Kommunene", "Fylkeskommunene"], "2017–2022",
   "Rekrutteringsprogram der menn mellom 25 og 55 år som står utenfor arbeidslivet, får et løp mot fagbrev som helsefagarbeider."),
 R("T15", "Nasjonalt forum for karriereveiledning", ["1.3"], "Råd/utvalg/nettverk", RU, "Kompetanse Norge", ["KS"], "2016–2020",
   "KS deltar i forumet og formidler kommunenes erfaringer med karriereveiledning i skole og voksenopplæring."),
 R("K2", "Bli lærling i kommunen", ["2.3"], "Kampanje", AN, "KS", ["Kommunene"], "2020",
   "Kampanje i sosiale medier og skolebesøk for å få flere unge til å søke læreplass i kommunale tjenester."),
 R("K3", "Samarbeidsforum for desentralisert kompetanseutvikling", ["1.2"], "Råd/utvalg/nettverk", RU, "KS", ["Statsforvalteren", "Universiteter og høyskoler"], "Fra 2020",
   "Regionale samarbeidsforum der kommuner og UH-sektoren prioriterer kompetansetiltak i skole og barnehage."),
 R("T08", "Bransjeprogram for kommunal helse- og omsorgssektor", ["2.4"], "Prosjekt", P, "KD", ["KS", "Fagforbundet", "Delta", "NSF"], "2019–2021",
   "Del av de nasjonale bransjeprogrammene; KS er med i styringsgruppen og informerer kommunene."),
])

FILES["2020_VOFO_julehilsen.docx"] = dict(reporter="VOFO", year=2020, lang="nb", rows=[
 R("T10", "Kompetansepluss frivillighet", ["3.2"], "Kurs", K, "Kompetanse Norge", ["VOFO", "Studieforbundene"], "2020–2021",
   "Studieforbundene har fått midler til kurs i grunnleggende ferdigheter; VOFO har hjulpet med søknader og rapportering."),
 R("O1", "Norskkurs i studieforbundene for innvandrere", ["3.4", "3.6"], "Kurs", K, "Studieforbundene", ["VOFO", "Frivillige organisasjoner"], "2020",
   "Lavterskel norskkurs som supplement til introduksjonsprogrammet, mange av dem flyttet til nett i 2020."),
 R("O2", "Digital omstilling for kursledere i studieforbundene", ["2.1"], "Kurs", K, "VOFO", ["Studieforbundene"], "2020–2021",
   "Kursrekke om digitale læringsformer for kursledere, satt i gang da smittevernstiltakene stengte kurslokalene."),
 R("O3", "Frivillighetens kompetanseuke", ["3.6"], "Arrangement", A, "VOFO", ["Frivillighet Norge"], "Oktober 2020",
   "En uke med åpne kurs og digitale arrangementer som viser fram læring i frivillig sektor."),
 R("O4", "VOFOs regionale nettverk", ["1.2"], "Nettverk", RU, "VOFO", ["VOFO-regionene", "Fylkeskommunene"], "Løpende",
   "Regionale nettverk som sikrer at studieforbundene er med i de regionale kompetanseforaene."),
])

# ---------------------------------------------------------------- 2021
FILES["2021_LO_signert_rapport.pdf"] = dict(reporter="LO", year=2021, lang="nb", rows=[
 R("T01", "Kompetansebehovsutvalget (KBU)", ["1.1"], "Råd/utvalg/nettverk", RU, "KD", ["LO"], "2017–2023",
   "LO deltar fortsatt i KBU; utvalgets mandat er forlenget og en ny hovedrapport kom i 2020."),
 R("T02", "SRY – Samarbeidsrådet for yrkesopplæring", ["1.4", "2.3"], "Råd/utvalg/nettverk", RU, "KD", ["LO"], "2020–2024",
   "LO leder SRY i perioden 2020–2022 og har prioritert fagfornyelsen og lærlingløftet."),
 R("L1", "Tillitsvalgtopplæring om kompetanseutvikling – digital utgave", ["2.2"], "Kurs", K, "LO", ["LO-forbundene", "AOF Norge"], "2021–2022",
   "Kurset fra 2017 er gjort om til nettkurs og tilbys nå alle tillitsvalgte i LO-forbundene."),
 R("T04", "Samfunnskontrakten for flere læreplasser – sluttrapport", ["1.4", "2.3"], "Avtale", AN, "KD", ["LO", "NHO", "KS"], "2016–2020",
   "Kontraktsperioden er avsluttet; LO har bidratt til sluttrapporten og til forhandlingene om en ny kontrakt."),
 R("T06", "Fagbrev på jobb", ["2.5"], "Prosjekt", P, "KD", ["LO", "NHO", "Fylkeskommunene"], "Løpende",
   "LO-forbundene informerer medlemmer om ordningen og bistår tillitsvalgte i søknadsprosessen."),
 R("T08", "Bransjeprogram for industri og bygg", ["2.4"], "Prosjekt", P, "KD", ["LO", "NHO"], "2018–2022",
   "LO og Fellesforbundet er med i programmets styringsgruppe og har bidratt til nye moduler."),
 R("L3", "Nettverk for kompetansekontakter i LO-forbundene", ["2.2"], "Nettverk", RU, "LO", ["LO-forbundene"], "Fra 2021",
   "Fast nettverk der forbundenes kompetanserådgivere utveksler erfaringer og koordinerer innspill."),
 R("T18", "Nasjonalt fagskoleråd", ["1.4"], "Råd/utvalg/nettverk", RU, "KD", ["LO", "NHO", "KS", "Fagskolene"], "Fra 2018",
   "LO har to representanter i rådet, som gir innspill til utvikling av fagskolesektoren."),
])

FILES["2021_Innlandet_prosjektplan.pdf"] = dict(reporter="Innlandet fylkeskommune", year=2021, lang="nb", rows=[
 R("I1", "Kompetanseforum Innlandet", ["1.2"], "Råd/utvalg/nettverk", RU, "Innlandet fylkeskommune", ["NAV Innlandet", "NHO Innlandet", "LO Innlandet", "KS"], "01.01.2021–31.12.2024",
   "Forumet samler regionale aktører for å prioritere kompetansetiltak i den nye fylkeskommunen."),
 R("I2", "Karriere Innlandet – karrieresentre", ["1.3"], "Prosjekt", P, "Innlandet fylkeskommune", ["NAV Innlandet"], "01.01.2021–31.12.2022",
   "Sammenslåing av karrieresentrene i Hedmark og Oppland til én tjeneste med seks kontorer."),
 R("I3", "Regional plan for kompetanse Innlandet 2021–2024", ["1.2", "1.4"], "Annet", AN, "Innlandet fylkeskommune", ["Kompetanseforum Innlandet"], "01.02.2021–30.11.2021",
   "Utarbeiding av regional plan med høring høsten 2021 og vedtak i fylkestinget i desember."),
 R("I4", "Fagbrev på jobb i Innlandet", ["2.5"], "Kurs/utdanning", K, "Innlandet fylkeskommune", ["Opplæringskontorene"], "01.08.2021–31.07.2023",
   "Fylkeskommunens eget opplegg for fagbrev på jobb, med prioritet til helse- og oppvekstfag."),
 R("I5", "Desentralisert utdanning gjennom studiesentrene", ["1.4"], "Prosjekt", P, "Innlandet fylkeskommune", ["Studiesenteret Nord-Østerdal", "Universitetet i Innlandet"], "01.01.2021–31.12.2023",
   "Studiesentrene tilbyr samlingsbaserte utdanninger i distriktene i samarbeid med universitetet."),
])

# ---------------------------------------------------------------- 2022
FILES["2022_Spekter_faktarammer.docx"] = dict(reporter="Spekter", year=2022, lang="nb", rows=[
 R("S1", "Møteplass lærebedrifter 2022", ["1.4", "2.3"], "Arrangement", A, "Spekter", ["Medlemsvirksomhetene", "Opplæringskontorer"], "Mars 2022",
   "Den årlige møteplassen ble holdt fysisk igjen, med tema læreplasser i sykehusene og fagbrev for voksne ansatte."),
 R("S3", "Spekters HR-direktørnettverk", ["2.2"], "Nettverk", RU, "Spekter", ["Medlemsvirksomhetene"], "Løpende",
   "Nettverket møtes fire ganger i året; i 2022 var heltidskultur og kompetanse i helseforetakene hovedtema."),
 R("S7", "Trepartssamarbeid om kompetanse i spesialisthelsetjenesten", ["2.2", "2.4"], "Råd/utvalg/nettverk", RU, "Spekter", ["HOD", "LO", "Unio", "YS", "Akademikerne"], "2021–2024",
   "Arbeidsgiver, arbeidstakerorganisasjoner og myndigheter samarbeider om kompetansebehov og videreutdanning i helseforetakene."),
 R("T05", "Samfunnskontrakt for flere læreplasser og kvalifisert arbeidskraft (2022–2026)", ["1.4", "2.3"], "Avtale", AN, "KD", ["Spekter", "LO", "NHO", "KS", "Virke", "YS", "Unio", "Akademikerne"], "2022–2026",
   "Ny kontrakt med mål om flere læreplasser og bedre muligheter for voksne til å ta fagbrev."),
 R("T02", "Spekters plass i SRY", ["1.4"], "Råd/utvalg/nettverk", RU, "KD", ["Spekter"], "2020–2024",
   "Spekter er representert i SRY fra 2020 og følger opp helse- og oppvekstfagene."),
 R("S2", "Søkekonferanse om Kompetanseprogrammet (tidligere KompetansePluss)", ["3.2"], "Arrangement", A, "Spekter", ["HK-dir"], "September 2022",
   "Seminar om søknad og gjennomføring i Kompetanseprogrammet, videreført fra søkekonferansen i 2017."),
 R("S8", "Lederutvikling for mellomledere i helseforetakene", ["2.2"], "Kurs/utdanning", K, "Spekter", ["Helseforetakene"], "2022–2023",
   "Modulbasert program for mellomledere om kompetanseplanlegging og læring i arbeidet."),
])

FILES["2022_YS_medlemsfordeler.docx"] = dict(reporter="YS", year=2022, lang="nb", rows=[
 R("Y1", "YS-skolen: Kompetanse og omstilling", ["2.2"], "Kurs", K, "YS", ["YS-forbundene"], "2022–2023",
   "Videreføring av tillitsvalgtkurset fra 2017, nå med vekt på omstilling og digitalisering i virksomhetene."),
 R("Y3", "Nettkurs i digital kompetanse for YS-medlemmer", ["2.1"], "Kurs", K, "YS", ["Parat", "Delta", "Negotia"], "2022",
   "Gratis nettkurs i digitale ferdigheter og informasjonssikkerhet for alle medlemmer."),
 R("Y2", "YS Arbeidslivsbarometer 2022", ["2.2"], "FoU", F, "YS", ["Ipsos"], "2022",
   "Årets barometer har et eget kapittel om læring på jobben og hvem som får delta i videreutdanning."),
 R("Y4", "Stipend til etter- og videreutdanning", ["2.2"], "Annet", AN, "YS-forbundene", ["YS"], "2022",
   "Medlemmer kan søke inntil 10 000 kroner i stipend til kurs eller studier ved siden av jobb."),
 R("Y5", "YS Karriere – karriereveiledning for medlemmer", ["1.3"], "Annet", AN, "YS", ["Karrieresentrene"], "2022–2023",
   "Medlemmer får tre samtaler med karriereveileder; tjenesten samarbeider med de fylkesvise karrieresentrene."),
 R("T02", "YS i Samarbeidsrådet for yrkesopplæring", ["1.4", "2.3"], "Råd/utvalg/nettverk", RU, "KD", ["YS"], "2020–2024",
   "YS deltar fortsatt i SRY og har særlig fulgt opp fagfornyelsen i helse- og oppvekstfag."),
])

# ---------------------------------------------------------------- 2023
FILES["2023_HKdir_kunngjoringer.pdf"] = dict(reporter="HK-dir", year=2023, lang="nb", rows=[
 R("T09", "Følgeevaluering av bransjeprogrammene for kompetanseutvikling", ["2.2"], "FoU", F, "HK-dir", ["KD", "Partene i arbeidslivet"], "01.06.2023–31.12.2025",
   "Oppdraget gjelder en følgeevaluering av bransjeprogrammene, med vekt på deltakelse, måloppnåelse og samarbeidet mellom partene og tilbyderne."),
 R("T13", "Drift og videreutvikling av karriereveiledning.no", ["1.3"], "Prosjekt", P, "HK-dir", ["KD"], "01.09.2023–31.08.2027",
   "Oppdraget omfatter teknisk drift, universell utforming og videreutvikling av den nasjonale nettbaserte karriereveiledningstjenesten."),
 R("T12", "Videreutvikling av kvalitetsrammeverket for karriereveiledning", ["1.3"], "Prosjekt", P, "HK-dir", ["Fylkeskommunene", "Karrieresentrene"], "01.03.2023–31.12.2024",
   "Oppdraget skal oppdatere kompetansestandardene i rammeverket og utvikle nye veiledningsressurser."),
 R("H1", "Kartlegging av voksnes deltakelse i etter- og videreutdanning", ["2.2"], "FoU", F, "HK-dir", ["SSB"], "01.05.2023–30.04.2024",
   "Kartleggingen skal gi oppdaterte tall på deltakelse i formell og ikke-formell læring blant voksne, fordelt på utdanningsnivå og næring."),
 R("H2", "Evaluering av Kompetanseprogrammet", ["3.2"], "FoU", F, "HK-dir", ["KD"], "01.10.2023–30.09.2025",
   "Evalueringen skal undersøke om Kompetanseprogrammet når målgruppen med svake grunnleggende ferdigheter og hvilke resultater opplæringen gir."),
 R("H3", "Regionale kompetanseanalyser for fylkeskommunene", ["1.2"], "FoU", F, "HK-dir", ["Fylkeskommunene"], "01.02.2023–31.01.2024",
   "Oppdraget gjelder analyser av kompetansebehov i hver region som grunnlag for fylkeskommunenes planarbeid."),
])

FILES["2023_Unio_undersokelse.pdf"] = dict(reporter="Unio", year=2023, lang="nb", rows=[
 R("U1", "Kurs i kompetanseplanlegging for tillitsvalgte", ["2.2"], "Kurs", K, "Unio", ["Medlemsforbundene"], "2023–2024",
   "Todagerskurs der tillitsvalgte lærer å kartlegge kompetansebehov og kreve kompetanseplaner i virksomheten."),
 R("S7", "Trepartssamarbeidet om kompetanse i sykehusene", ["2.2", "2.4"], "Råd/utvalg/nettverk", RU, "Spekter", ["Unio", "HOD", "LO", "YS"], "2021–2024",
   "Unio deltar med NSF og Fysioterapeutforbundet i det sentrale trepartssamarbeidet om kompetanse i spesialisthelsetjenesten."),
 R("T05", "Samfunnskontrakten for kvalifisert arbeidskraft", ["1.4", "2.3"], "Avtale", AN, "KD", ["Unio", "LO", "NHO", "KS", "Spekter"], "2022–2026",
   "Unio følger opp kontrakten særlig innenfor helse- og oppvekstfag og fagskoleutdanning."),
 R("U2", "Unio-undersøkelsen om kompetanse og læring", ["2.2"], "FoU", F, "Unio", ["Respons Analyse"], "2023",
   "Årlig medlemsundersøkelse om tilgang til etter- og videreutdanning og tid til faglig oppdatering."),
 R("T03", "Unios deltakelse i RSA", ["1.4"], "Råd/utvalg/nettverk", RU, "Universiteter og høyskoler", ["Unio"], "Løpende",
   "Unio-forbundene er representert i råd for samarbeid med arbeidslivet ved flere universiteter og høyskoler."),
 R("U3", "Digitaliseringsverksted for tillitsvalgte", ["2.1"], "Arrangement", A, "Unio", ["Medlemsforbundene"], "Høsten 2023",
   "Verksted om innføring av ny teknologi på arbeidsplassen og hvordan tillitsvalgte kan sikre opplæring."),
])

# ---------------------------------------------------------------- 2024
FILES["2024_Regjeringen_talemanus.docx"] = dict(reporter="Regjeringen", year=2024, lang="nb", rows=[
 R("T01", "Kompetansebehovsutvalget (KBU) – nytt mandat", ["1.1"], "Råd/utvalg/nettverk", RU, "KD", ["Partene i arbeidslivet", "HK-dir"], "2023–2026",
   "Vi har gitt Kompetansebehovsutvalget et nytt mandat, der utvalget også skal se på kompetansebehovene i regionene."),
 R("T10", "Kompetanseprogrammet (tidligere Kompetansepluss)", ["3.2"], "Kurs/utdanning", K, "KD", ["HK-dir", "VOFO", "Partene i arbeidslivet"], "Løpende",
   "Kompetanseprogrammet gir voksne mulighet til å styrke grunnleggende ferdigheter på jobb og i frivilligheten."),
 R("T08", "Bransjeprogrammene for kompetanseutvikling", ["2.4"], "Prosjekt", P, "KD", ["Partene i arbeidslivet", "HK-dir"], "2018–2026",
   "Bransjeprogrammene er utvidet til flere bransjer, og over 20 000 har deltatt."),
 R("T09", "Evaluering av bransjeprogrammene", ["2.2"], "FoU", F, "KD", ["HK-dir"], "2023–2025",
   "Vi har satt i gang en evaluering av bransjeprogrammene, og de første funnene kommer i år."),
 R("T05", "Samfunnskontrakt for flere læreplasser og kvalifisert arbeidskraft", ["1.4", "2.3"], "Avtale", AN, "KD", ["Partene i arbeidslivet", "Fylkeskommunene"], "2022–2026",
   "Gjennom samfunnskontrakten har vi og partene forpliktet oss til flere læreplasser og flere voksne med fagbrev."),
 R("T20", "Utvidet adgang til utdanning som arbeidsmarkedstiltak", ["3.5"], "Kurs/utdanning", K, "ASD", ["Arbeids- og velferdsetaten"], "Fra 2023",
   "Ledige kan nå i større grad ta formell utdanning med dagpenger, også når det tar mer enn ett år."),
 R("T14", "Tilskuddsordning for fleksible utdanningstilbud (tidligere fleksible videreutdanningstilbud i digital kompetanse)", ["2.1", "2.4"], "Kurs/utdanning", K, "KD", ["HK-dir", "Universiteter og høyskoler", "Fagskolene"], "Løpende",
   "Tilskuddsordningen er utvidet fra digital kompetanse til flere fagområder der arbeidslivet har behov."),
 R("T06", "Fagbrev på jobb – nasjonal ordning (videreført)", ["2.5"], "Prosjekt", P, "KD", ["Fylkeskommunene", "Partene i arbeidslivet"], "Løpende",
   "Fagbrev på jobb er nå et tilbud i alle fylker, og antallet kandidater har økt hvert år."),
])

FILES["2024_MoreogRomsdal_postliste.pdf"] = dict(reporter="Møre og Romsdal fylkeskommune", year=2024, lang="nn", rows=[
 R("M1", "Karriere Møre og Romsdal", ["1.3"], "Rettleiing", AN, "Møre og Romsdal fylkeskommune", ["NAV Møre og Romsdal"], "2022–2025",
   "Karrieresenteret held fram med gratis karriererettleiing for vaksne og har opna eit nytt kontor i Ørsta/Volda."),
 R("M2", "Kompetanseforum Møre og Romsdal – rullert mandat", ["1.2"], "Nettverk", RU, "Møre og Romsdal fylkeskommune", ["NHO", "LO", "KS", "NAV", "Høgskulen i Molde", "NTNU i Ålesund"], "2024–2027",
   "Forumet har fått nytt mandat og skal følgje opp den nye regionale planen for kompetanse."),
 R("M6", "Regional plan for kompetanse 2024–2028", ["1.2", "1.4"], "Plan", AN, "Møre og Romsdal fylkeskommune", ["Kompetanseforum Møre og Romsdal"], "2024–2028",
   "Ny regional plan som erstattar kompetansestrategien frå 2018, med eige handlingsprogram for vaksne."),
 R("M4", "Fagbrev på jobb – regional satsing", ["2.5"], "Prosjekt", P, "Møre og Romsdal fylkeskommune", ["Opplæringskontora", "NAV"], "2018–2025",
   "Satsinga er utvida til fleire fag og omfattar no òg tilsette i kommunane."),
 R("M5", "Modulstrukturert opplæring for vaksne", ["3.1"], "Kurs/utdanning", K, "Møre og Romsdal fylkeskommune", ["Vaksenopplæringa i kommunane"], "Løpande",
   "Modulopplæringa er gjort permanent og blir tilbydd i helsearbeidarfaget, barne- og ungdomsarbeidarfaget og industrifag."),
 R("M7", "Kompetanseprogrammet i Møre og Romsdal – grunnleggande ferdigheiter", ["3.2"], "Kurs/utdanning", K, "Møre og Romsdal fylkeskommune", ["Kommunane", "Verksemder i fylket"], "2024",
   "Fylkeskommunen hjelper verksemder å søkje midlar frå Kompetanseprogrammet og koordinerer kurs i grunnleggande ferdigheiter."),
])

# ---------------------------------------------------------------- 2025
FILES["2025_KS_presentasjon_byggetrinn.pdf"] = dict(reporter="KS", year=2025, lang="nb", rows=[
 R("T17", "Kompetanseløft 2025", ["1.4", "3.3"], "Plan", AN, "HOD", ["KS", "Statsforvalteren"], "2021–2025",
   "Oppfølgeren til Kompetanseløft 2020: tilskudd til utdanning og kompetanseheving i helse- og omsorgstjenesten."),
 R("K1", "Menn i helse – nasjonal videreføring", ["3.3"], "Prosjekt", P, "KS", ["NAV", "Kommunene"], "2023–2026",
   "Programmet er nå i over 200 kommuner, og over 1 000 menn har fullført fagbrev."),
 R("K2", "Bli lærling i kommunen – kampanje 2025", ["2.3"], "Kampanje", AN, "KS", ["Kommunene"], "2025",
   "Kampanjen er videreført med fokus på læreplasser i teknisk sektor og oppvekstfag."),
 R("T05", "Samfunnskontrakten for kvalifisert arbeidskraft", ["1.4", "2.3"], "Avtale", AN, "KD", ["KS", "Partene i arbeidslivet"], "2022–2026",
   "KS følger opp kommunesektorens forpliktelser om flere læreplasser."),
 R("K4", "KS Læring – digital læringsplattform", ["2.1"], "Prosjekt", P, "KS", ["Kommunene"], "2024–2026",
   "Felles plattform der kommunene deler e-læringskurs og kompetanseplaner."),
 R("T15", "Nasjonalt forum for karriereveiledning", ["1.3"], "Råd/utvalg/nettverk", RU, "HK-dir", ["KS"], "Løpende",
   "KS er fortsatt med i forumet og har vært opptatt av karriereveiledning i voksenopplæringen."),
])

FILES["2025_NHO_databaseuttrekk.pdf"] = dict(reporter="NHO", year=2025, lang="nb", rows=[
 R("T08", "Bransjeprogram (videreført)", ["2.4"], "Prosjekt", P, "KD", ["NHO", "LO", "HK-dir"], "2018-2026",
   "NHO-landsforeningene deltar i bransjeprogrammene for industri, bygg, reiseliv og renhold."),
 R("N1", "NHOs kompetansebarometer 2025", ["2.2"], "FoU", F, "NHO", ["NIFU"], "2025",
   "Barometeret viser at seks av ti bedrifter har udekket kompetansebehov, flest innen teknologi og håndverk."),
 R("T01", "Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", RU, "KD", ["NHO"], "2023-2026",
   "NHO deltar i KBU under det nye mandatet."),
 R("T05", "Samfunnskontrakt for kvalifisert arbeidskraft 2022-2026", ["1.4", "2.3"], "Avtale", AN, "KD", ["NHO", "LO", "KS"], "2022-2026",
   "NHO har lagt vekt på læreplasser i små bedrifter og fagbrev for voksne."),
 R("N2", "Matindustriens kompetanseløft – fase 2", ["2.1"], "Prosjekt", P, "NHO Mat og Drikke", ["LO/NNN", "HK-dir"], "2024-2026",
   "Videreføring av kompetanseløftet i matindustrien, nå med vekt på automatisering og bærekraft."),
 R("N3", "KI-kompetanse i små og mellomstore bedrifter", ["2.1"], "Kurs/utdanning", K, "NHO", ["NTNU", "Innovasjon Norge"], "2025-2026",
   "Kurs og bedriftsbesøk som gir ledere og ansatte i SMB grunnleggende kompetanse i kunstig intelligens."),
 R("T18", "NHO i Nasjonalt fagskoleråd", ["1.4"], "Råd/utvalg/nettverk", RU, "KD", ["NHO"], "Løpende",
   "NHO er representert i rådet og har prioritert fagskoletilbud innen teknologi og helse."),
])

# ---------------------------------------------------------------- 2026
FILES["2026_Vestland_disposisjon.docx"] = dict(reporter="Vestland fylkeskommune", year=2026, lang="nn", rows=[
 R("W1", "Karriere Vestland", ["1.3"], "Rettleiing", AN, "Vestland fylkeskommune", ["NAV Vestland"], "2025–2028",
   "Gratis karriererettleiing for vaksne over 19 år på ti stader i fylket og digitalt."),
 R("W2", "Kompetansealliansen Vestland", ["1.2"], "Nettverk", RU, "Vestland fylkeskommune", ["NHO Vestland", "LO Vestland", "KS Vestland", "HVL", "UiB"], "2025–2028",
   "Alliansen samlar arbeidsliv, utdanning og offentlege aktørar om kompetansebehova i regionen."),
 R("W3", "Regional plan for kompetanse og arbeidskraft 2025–2028", ["1.2", "1.4"], "Plan", AN, "Vestland fylkeskommune", ["Kompetansealliansen Vestland"], "2025–2028",
   "Planen set mål for kompetansepolitikken i fylket og har eit årleg handlingsprogram."),
 R("W4", "Lærlingløftet Vestland", ["2.3"], "Prosjekt", P, "Vestland fylkeskommune", ["Opplæringskontora", "NHO Vestland"], "2026–2027",
   "Satsing for å skaffe fleire læreplassar i privat og offentleg sektor i fylket."),
 R("W5", "Fleksibel fagskule – nettbaserte fagskuletilbod", ["1.4", "2.1"], "Kurs/utdanning", K, "Fagskulen Vestland", ["Vestland fylkeskommune"], "2026",
   "Fagskulen lagar fleire deltidstilbod på nett for vaksne i arbeid."),
])

# --------------------------------------------------------------- near-miss groups (tiltak ids)
NEAR_MISS_GROUPS = [
 ("unions' own courses for tillitsvalgte", ["L1", "Y1", "A1", "U1"]),
 ("members' own surveys and barometers", ["N1", "Y2", "R3", "A2", "U2", "H1"]),
 ("counties' own competence forums / alliances and VOFO's regional network", ["M2", "I1", "W2", "O4", "K3"]),
 ("counties' competence plans and strategies (old vs new period, different counties)", ["M3", "M6", "I3", "W3"]),
 ("career-guidance services of different counties, NAV and YS", ["M1", "I2", "W1", "V2", "Y5"]),
 ("fagbrev: pilot vs national scheme vs county and NAV variants", ["T06", "T07", "V3", "M4", "I4"]),
 ("old vs new samfunnskontrakt and Spekter's letter about apprentices", ["T04", "T05", "S6"]),
 ("a county's apprenticeship drive vs KS' apprenticeship campaign", ["W4", "K2"]),
 ("bransjeprogram vs its evaluation vs Virke's Handelsløftet", ["T08", "T09", "R1"]),
 ("Kompetansepluss/Kompetanseprogrammet vs its evaluation, Spekter's conference and the county roll-out", ["T10", "H2", "S2", "M7"]),
 ("Kompetanseløft 2020 vs its successor Kompetanseløft 2025", ["T16", "T17"]),
 ("national councils: SRY vs RSA", ["T02", "T03"]),
 ("KBU vs HK-dir's regional analyses", ["T01", "H3"]),
 ("basic-skills / digital courses of different actors", ["T21", "V1", "O1", "O2", "Y3"]),
 ("members' own HR / competence networks", ["S3", "R2", "L3"]),
 ("stipends for further education", ["Y4", "A3"]),
 ("flexible and decentralised education offers", ["T14", "W5", "I5"]),
 ("Spekter's different conferences", ["S1", "S2", "S5"]),
 ("EVU committee vs the national mapping of adult participation", ["T11", "H1"]),
]
