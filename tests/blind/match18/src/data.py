# -*- coding: utf-8 -*-
"""Printed text and identity keys for match18.

Each measure carries an identity key (k). Rows sharing a key are the same tiltak;
tiltak_id and continues are derived from the keys in make_batch.py.
d = delmål codes (new numbering; 2017 templates print old numbers).
"""

DELMAL = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
          "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"]
OLDNR = {c: i + 1 for i, c in enumerate(DELMAL)}

DELMAL_TEXT = {
 "1.1": "Etablere et kompetansebehovsutvalg (KBU) bestående av forskere, analytikere og representanter for alle hovedorganisasjonene i arbeidslivet og departementene.",
 "1.2": "Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle, og legge bedre til rette for regionalt samarbeid mellom ulike kompetanseaktører.",
 "1.3": "Sørge for tilgang til karriereveiledning og et helhetlig system for karriereveiledning, med særlig vekt på de regionale karrieresentrene.",
 "1.4": "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet, for å gjøre utdanningen relevant og for å gi bedre tilgang på kvalifisert arbeidskraft i alle regioner.",
 "2.1": "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken for å utnytte den teknologiske utviklingen og sikre nødvendig omstilling.",
 "2.2": "Styrke kunnskapsgrunnlaget om læring i arbeidslivet og spesielt kunnskapen om verdien av å investere i kompetanseutvikling for samfunnet, virksomheten og den enkelte.",
 "2.3": "Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker.",
 "2.4": "Arbeide mer systematisk for å koble kompetansebehov i små og store virksomheter og ulike klynger og næringsmiljø til utdannings- og opplæringstilbydere for utvikling av relevante etter- og videreutdanningstilbud.",
 "2.5": "Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet, slik at denne kan utnyttes mer effektivt.",
 "2.6": "Forenkle og forbedre systemene for, og tilgangen på, godkjenning og vurdering av utenlandsk utdanning, yrkeskvalifikasjoner og kompletterende utdanning.",
 "3.1": "Gi fleksibel opplæring på voksnes premisser med sikte på raskere overgang til arbeid eller videre opplæring og at flest mulig voksne får anledning til å ta videregående opplæring.",
 "3.2": "Stimulere til bruk av Kompetanseplussordningene, inkludert prosjekter i samiske områder.",
 "3.3": "Benytte opplærings- og kompetansetiltak mer aktivt i arbeidsmarkeds- og integreringspolitikken, og benytte arbeidslivet mer aktivt som læringsarena.",
 "3.4": "Målrette og effektivisere norskopplæring, introduksjonsprogrammet og øvrige kvalifiseringstiltak for innvandrere.",
 "3.5": "Styrke og tilpasse NAVs opplæringstilbud for arbeidssøkere som trenger kvalifisering for å komme i jobb.",
 "3.6": "Stimulere til at flere finner læringsmotivasjon og bygger sin læringsevne gjennom opplæring i frivillig sektor.",
}
AREA = {"1": "Gode valg for den enkelte og for samfunnet", "2": "Læring i arbeidslivet",
        "3": "Styrke kompetansen til voksne med svak tilknytning til arbeidslivet"}

TYPES = ["Arrangement", "FoU", "Informasjon", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt"]
A, F, I, K, R_, P = TYPES


def M(k, title, d, typ, resp, partners, period, desc, **extra):
    m = dict(k=k, title=title, d=sorted(d, key=lambda c: DELMAL.index(c)), type=typ,
             resp=resp, partners=list(partners), period=period, desc=desc)
    m.update(extra)
    return m


REPORTS = []


def R(rid, file, reporter, year, template, made, layout, measures, **meta):
    REPORTS.append(dict(id=rid, file=file, reporter=reporter, year=year, template=template,
                        made=made, layout=layout, measures=measures, meta=meta))


# ---------------------------------------------------------------- 2017
R("F01", "LO_svar_NKPS-rapportering_2017.docx", "LO", 2017, "t01_email", "python-docx",
  "e-post-svar limt inn i Word: videresendt hodeblokk, sitat med '>', tiltak som strekliste '- Tiltak:'", [
  M("KBU", "Deltakelse i Kompetansebehovsutvalget", ["1.1"], R_, "LO", ["KD", "de andre hovedorganisasjonene"], "Fra 2017",
    "LO har fast plass i utvalget og bidrar med innspill til utvalgets første rapport."),
  M("LO_TV", "Opplæring av tillitsvalgte i kompetansearbeid", ["2.1", "2.2"], K, "LO", ["LO-forbundene"], "2017–2018",
    "Kurs for tillitsvalgte om hvordan kompetanse kan tas opp i lokale forhandlinger og drøftinger med arbeidsgiver."),
  M("HURT", "Oppfølging av Hurtigsporet", ["3.4"], I, "LO", ["NAV", "NHO"], "",
    "Deltakelse på arrangementer om Hurtigsporet for nyankomne flyktninger med relevant kompetanse."),
  M("SAMK1", "Samfunnskontrakten for flere læreplasser", ["1.4", "2.3"], R_, "LO", ["KD", "NHO", "KS"], "2016–2020",
    "LO følger opp kontrakten sammen med forbundene og arbeider for at flere bedrifter tar inn lærlinger."),
  M("LO_ARENA17", "Konferansen Arena for kvalitet 2017", ["2.3"], A, "LO", ["KD", "Udir"], "Høsten 2017",
    "Konferanse om kvalitet i fag- og yrkesopplæringen for tillitsvalgte, lærebedrifter og skoleeiere."),
  M("LO_KLYNGE17", "Seminar om kompetanse i klyngesamarbeid", [], A, "LO", ["NHO", "Eyde-klyngen"], "November 2017",
    "Seminar om hvordan bedrifter i klynger kan samarbeide med utdanningstilbydere om etter- og videreutdanning."),
], sender="Ingrid Aasheim <ingrid.aasheim@lo.no>", date="15. desember 2017")

R("F02", "Virke_sporreskjema_NKPS_2017.pdf", "Virke", 2017, "t02_questionnaire", "reportlab",
  "spørreskjema: svar på fire spørsmål, tiltakene nummerert i svar 1 og bare nevnt med nummer i svar 2–4", [
  M("VIRKE_BALANSE", "Modell for dokumentasjon av kompetanse fra arbeidslivet", ["2.5"], F, "Virke", ["LO", "YS", "NHO"], "2017–2018",
    "Utvikle en modell og metode for å beskrive kompetanse som bygges opp i arbeidslivet, slik at den kan verdsettes på tvers av virksomheter."),
  M("VIRKE_LITT", "Litteraturstudie om digitaliseringens påvirkning på varehandelen", ["2.1", "2.2"], F, "Virke", ["Handel og Kontor", "Universitetet i Sørøst-Norge"], "2017",
    "Gjennomgang av forskning om hvordan digitalisering endrer oppgaver og kompetansebehov i varehandelen."),
  M("VIRKE_HRNETT", "HR-nettverk for kompetanseutvikling i handel og tjenesteyting", [], R_, "Virke", ["medlemsvirksomhetene"], "Løpende",
    "Nettverk der HR-ledere i medlemsvirksomhetene deler erfaringer med systematisk kompetanseutvikling."),
  M("KBU", "Kompetansebehovsutvalget (KBU)", ["1.1"], R_, "KD", ["Partene i arbeidslivet"], "2017–2021",
    "Virke er representert i utvalget og bidrar med data om kompetansebehov i handel og tjenesteyting."),
  M("VIRKE_SALG", "Salgsfag – rekrutteringskampanje", ["2.3"], I, "Virke", ["opplæringskontorene"], "2017–2018",
    "Kampanje i sosiale medier for å synliggjøre salgsfaget og karrieremulighetene i handelen."),
  M("HURT_OSLO", "Hurtigsporet i Oslo – samarbeidsprosjekt med YS og Oslo kommune", ["3.3", "3.4"], P, "Virke", ["YS", "Oslo kommune"], "2017–2018",
    "Prosjekt for å få flyktninger raskt ut i arbeid i Oslo, kombinert med norskopplæring på arbeidsplassen."),
])

R("F03", "KS_NKPS_2017_tekstutskrift.pdf", "KS", 2017, "t03_ascii", "reportlab (Courier)",
  "ren tekst-eksport i monospace med ASCII-rutenett; celler brytes over flere linjer", [
  M("KS_MONITOR", "Kommunesektorens arbeidslivsmonitor", ["2.2"], F, "KS", [], "2017–",
    "Årlig kartlegging av arbeidskraft- og kompetansebehov i kommuner og fylkeskommuner."),
  M("KS_LAERING", "KS Læring – delingsplattform for kommunene", ["2.1"], I, "KS", ["kommunene"], "Løpende",
    "Digital plattform der kommunene deler kurs, e-læring og arrangementer med egne ansatte og med hverandre."),
  M("KS_DIGI", "Samarbeid om digital kompetanse i kommunene", ["2.1"], P, "KS", ["KMD", "hovedorganisasjonene"], "2017–2019",
    "Partssammensatt prosjekt der kommuner prøver ut metoder for å styrke den digitale kompetansen hos ansatte."),
  M("KS_MIH", "Menn i helse", ["3.3"], P, "KS", ["NAV", "kommunene"], "Løpende",
    "Rekrutteringsprogram der menn som står utenfor arbeidslivet får praksis og utdanning som helsefagarbeider."),
  M("KS_LAERL17", "Lærlinger i kommunesektoren – status 2017", ["2.3"], I, "KS", [], "2017",
    "Oversikt over antall lærlinger og lærekontrakter i kommuner og fylkeskommuner."),
  M("KBU", "Kompetansebehovsutvalget", ["1.1"], R_, "KD", ["KS", "partene"], "2017–2021",
    "KS deltar i utvalget og bidrar med kunnskap om kompetansebehov i kommunesektoren."),
])

# ---------------------------------------------------------------- 2018
R("F04", "KS_tiltak_2018_regneark.pdf", "KS", 2018, "t04_spreadsheet", "reportlab (landskap, LongTable)",
  "regneark skrevet ut til PDF: liggende A4, 12 smale kolonner, 6,5 pt, gjentatt tittelrad, rutenett", [
  M("KS_MONITOR", "Kommunesektorens Arbeidslivsmonitor", ["2.2"], F, "KS", [], "2018–2019",
    "Ny rapport fra monitoren legges fram i september 2019."),
  M("KS_LAERING", "KS Læring", ["2.1", "2.2"], I, "KS", ["kommunene"], "Løpende",
    "Plattformen er videreutviklet med flere kurs og arrangementer for kommuneansatte."),
  M("KS_DIGI", "Samarbeid om digital kompetanse (71 kommuner)", ["2.1"], P, "KS", ["KMD", "hovedorganisasjonene"], "1.1.2018–2019",
    "Totalt 71 kommuner deltar. KS har ansvar for møteplasser med bistand fra alle partene i samarbeidet."),
  M("KS_MIH_EVAL", "Menn i helse, evaluering", ["2.2", "3.3"], F, "KS", ["Østlandsforskning"], "2018",
    "Følgeevaluering av rekrutteringsprogrammet, med vekt på overgang til utdanning og fast arbeid."),
  M("KS_LAERL18", "Status 2018, lærlinger i kommunesektoren", ["2.3"], I, "KS", [], "2018",
    "Årets statusrapport om lærlinger og lærekontrakter i kommunesektoren."),
  M("SRY", "Samarbeidsrådet for yrkesopplæring", ["1.4"], R_, "KD", ["partene", "Udir"], "Løpende",
    "KS er representert i rådet, som gir råd om kvalitet og dimensjonering i fag- og yrkesopplæringen."),
  M("YFA2018", "Yrkesfagenes år 2018 – kommunene som lærebedrifter", ["2.3"], I, "KD", ["KS", "partene"], "2018",
    "KS bidro i kampanjen med historier om lærlinger og fagarbeidere i kommunene."),
  M("KS_FPJ", "Fagbrev på jobb i kommunesektoren", ["3.1"], I, "KS", ["fylkeskommunene"], "2018–2019",
    "Informasjon til kommunene om hvordan ansatte kan ta fagbrev gjennom ordningen Fagbrev på jobb."),
])

R("F05", "NHO_NKPS_rapport_2018.docx", "NHO", 2018, "t05_headings_facts", "python-docx",
  "Overskrift 2 per innsatsområde, Overskrift 3 per tiltak, liten kantløs faktatabell (Delmål/Virkemiddel/Eier/I samarbeid med/Tidsrom) og brødtekst", [
  M("KBU", "Medlem av Kompetansebehovsutvalget", ["1.1"], R_, "KD", ["hovedorganisasjonene"], "2017–2021",
    "NHO har en representant i utvalget og bidro til utvalgets første rapport om fremtidige kompetansebehov."),
  M("SRY", "Deltakelse i SRY", ["1.4"], R_, "KD", ["NHO", "LO", "KS", "Udir"], "Løpende",
    "NHO deltar i Samarbeidsrådet for yrkesopplæring og i flere faglige råd."),
  M("NHO_JOT", "Jenter og teknologi", ["2.3"], I, "NHO", ["NITO", "Tekna", "NTNU"], "2016–2019",
    "Nasjonal kampanje som for tredje år på rad skal inspirere jenter til å velge realfag og teknologifag."),
  M("NHO_FAGINNO", "Rapport om fagarbeideres bidrag til innovasjon", ["2.2"], F, "NHO", ["Fafo"], "2018",
    "Bestilt rapport som belyser hvordan fagarbeidere bidrar til innovasjon i bedriftene."),
  M("YFA2018", "Deltakelse i Yrkesfagenes år 2018", ["2.3"], I, "KD", ["NHO", "LO", "YS", "Virke", "Spekter"], "2018",
    "NHO bidro i informasjons- og omdømmekampanjen på nett og i sosiale medier."),
  M("SAMK1", "Samfunnskontrakten for flere læreplasser – oppfølging i medlemsbedriftene", ["1.4", "2.3"], R_, "NHO", ["KD", "LO", "KS", "fylkeskommunene"], "2016–2020",
    "Oppfølging av kontrakten gjennom landsforeningene og regionkontorene for å få flere bedrifter til å ta inn lærlinger.", area="2"),
  M("NHO_HURTKAMP", "Kampanje i fire byer for Hurtigsporet", ["3.3", "3.4"], I, "NHO", ["NAV", "Bergen", "Bodø", "Drammen", "Fredrikstad"], "2018",
    "Kampanjen synliggjør flyktningers kompetanse og rekrutteringsmuligheter for næringslivet."),
])

R("F06", "Trondelag_fylkeskommune_NKPS_2018.pdf", "Trøndelag fylkeskommune", 2018, "t06_justified_margin", "reportlab (canvas, egen orddeling)",
  "blokkjustert tekst i smal spalte med orddeling ved linjeslutt; delmål, type, ansvar og tidsrom som marginalnoter i venstre marg", [
  M("TRL_STRAT", "Regional kompetansestrategi for Trøndelag", ["1.2"], P, "Trøndelag fylkeskommune", ["NAV", "NHO Trøndelag", "LO", "KS", "NTNU"], "2018–2019",
    "Fylkeskommunen utarbeider en regional kompetansestrategi i samarbeid med partene i arbeidslivet, NAV og utdanningsinstitusjonene. Strategien skal gi et felles kunnskapsgrunnlag for prioriteringer i regionen."),
  M("TRL_KARR", "Partnerskap for karriereveiledning i Trøndelag", ["1.3"], R_, "Trøndelag fylkeskommune", ["NAV", "NHO", "LO", "KS", "kommunene"], "2018–2021",
    "Partnerskapsavtale som skal sikre et helhetlig karriereveiledningstilbud for ungdom og voksne. Karrieresentrene i fylket er et sentralt virkemiddel."),
  M("TRL_FPJ", "Fagbrev på jobb", ["3.1"], K, "Trøndelag fylkeskommune", ["arbeidsgivere", "opplæringskontorene"], "Fra høsten 2018",
    "Ordningen gir voksne arbeidstakere mulighet til å ta fagbrev gjennom praksis og opplæring hos egen arbeidsgiver."),
  M("TRL_HELSEFAG", "Opplæringstilbud for minoritetsspråklige helsefagarbeidere", ["3.5"], K, "Trøndelag fylkeskommune", ["NAV", "kommunene"], "2018–2020",
    "Kombinert norskopplæring og fagopplæring som fører fram til fagbrev som helsefagarbeider."),
  M("TRL_FORUM", "Kompetanseforum Trøndelag", ["1.2", "1.4"], R_, "Trøndelag fylkeskommune", ["partene i arbeidslivet", "NTNU", "Nord universitet", "fagskolene"], "Løpende",
    "Regionalt forum der arbeidsliv og utdanningstilbydere møtes for å drøfte kompetansebehov og dimensjonering av utdanningstilbudet."),
])

# ---------------------------------------------------------------- 2019
R("F07", "LO_rapport_NKPS_2019.pdf", "LO", 2019, "t07_symbols", "reportlab (platypus)",
  "symbolpunkter: ▪ tiltak, ➢ felt, ✔ omtale; gruppert under innsatsområde", [
  M("KBU", "Kompetansebehovsutvalget (KBU)", ["1.1"], R_, "KD", ["LO", "NHO", "Unio", "KS", "YS", "Virke", "Spekter", "Akademikerne"], "2017–2021",
    "LO deltar i utvalget. Utvalgets andre rapport ble lagt fram i 2019."),
  M("LO_TV", "Opplæring av tillitsvalgte i kompetansearbeid (videreført)", ["2.2"], K, "LO", ["LO-forbundene"], "2019",
    "Kursene er videreført og utvidet med en modul om bransjeprogrammene."),
  M("LOV_KONF19", "Konferanse sammen med Virke om kompetanse i handelen", ["2.2"], A, "LO", ["Virke", "Handel og Kontor"], "Mai 2019",
    "Felles konferanse for tillitsvalgte og ledere i varehandelen om digitalisering og behovet for ny kompetanse."),
  M("ARENDAL19", "Felles arrangement med Spekter under Arendalsuka 2019", ["2.2"], A, "LO", ["Spekter", "LO Stat"], "August 2019",
    "Debatt om verdien av å fornye ansattes kompetanse i offentlig eide virksomheter."),
  M("LO_KLYNGE19", "Klyngeseminar 2019: kompetanse i klynger og nettverk", ["2.4"], A, "LO", ["NHO", "Eyde-klyngen", "Innovasjon Norge"], "Oktober 2019",
    "Nytt seminar med vekt på hvordan klyngene kan bruke bransjeprogrammene."),
  M("BP_INDBYGG", "Bransjeprogram for industri- og byggenæringen", ["2.1", "2.4"], K, "KD", ["Fellesforbundet", "NHO", "Kompetanse Norge"], "2019–2020",
    "LO og forbundene deltar i programrådet som prioriterer hvilke tilbud som skal utvikles for ansatte i industrien og byggenæringen."),
  M("LO_ARENA19", "Arena for kvalitet 2019", ["2.3"], A, "LO", ["KD", "Udir"], "November 2019",
    "Ny utgave av konferansen, denne gangen om lærlingers og lærebedrifters erfaringer med fagfornyelsen."),
  M("HURT", "Oppfølging av «Hurtigsporet»", ["3.3", "3.4"], I, "LO", ["NAV", "NHO", "IMDi"], "",
    "LO følger opp Hurtigsporet sammen med NAV og NHO og formidler erfaringer til forbundene."),
])

R("F08", "YS_rapport_NKPS_2019.docx", "YS", 2019, "t08_side_by_side", "python-docx",
  "to tiltak side om side i hver tabellrad: [tittel+omtale | fakta | tittel+omtale | fakta]", [
  M("YS_TV", "Kompetansekurs for YS-tillitsvalgte", ["2.2"], K, "YS", ["YS-forbundene"], "2019",
    "Kurs for tillitsvalgte om hvordan de kan sette kompetanseutvikling på dagsorden i virksomheten."),
  M("YS_AFI", "Analyse av endringer i arbeidslivet knyttet til nye digitale løsninger", ["2.1", "2.2"], F, "YS", ["AFI"], "2019",
    "Analyse utført av Arbeidsforskningsinstituttet ved OsloMet om hvordan digitalisering påvirker YS-medlemmenes arbeidshverdag."),
  M("LHL", "Deltakelse i kompetansereformen «Lære hele livet»", ["2.2"], R_, "KD", ["partene i arbeidslivet"], "2019–",
    "YS gir innspill til reformen gjennom trepartssamarbeidet og deltar i oppfølgingen av reformens tiltak."),
  M("HURT_OSLO", "Hurtigsporet – samarbeid med Virke og Oslo kommune", ["3.3"], P, "Oslo kommune", ["YS", "Virke"], "2017–2018",
    "Prosjektet ble avsluttet i 2018, men er overført til Oslo kommune som et mer permanent tiltak."),
  M("YS_BAROM", "YS Arbeidslivsbarometer", [], F, "YS", ["Respons Analyse"], "Årlig",
    "Årlig undersøkelse som blant annet kartlegger arbeidstakeres deltakelse i etter- og videreutdanning."),
  M("SPK_FAGSK19", "Fagskolekonferansen i regi av Spekter", ["2.3"], A, "Spekter", ["YS/Delta", "LO/Fagforbundet"], "2019",
    "YS/Delta deltok i planleggingen av konferansen om fagskoleutdanning i spesialisthelsetjenesten."),
])

R("F09", "Unio_rapportering_2019.docx", "Unio", 2019, "t09_footnotes", "python-docx + fotnotedel (OOXML)",
  "tiltakstittel med fotnotemerke; delmålet står bare i fotnoten (kode og tekst); ansvar/samarbeid/periode i én setning", [
  M("UNIO_FIN", "Utredning av modeller for finansiering av etter- og videreutdanning", ["2.2"], F, "Unio", ["Proba samfunnsanalyse"], "2019",
    "Utredningen sammenligner modeller for finansiering av etter- og videreutdanning og hvordan kostnadene kan deles mellom staten, arbeidsgiver og den enkelte."),
  M("UNIO_HELSE", "Rapport om kompetanseheving av helsepersonell", ["2.2"], F, "Unio", ["Ny Analyse"], "2019",
    "Rapporten ser på utfordringer og mulighetsområder for kompetanseheving av sykepleiere og annet helsepersonell."),
  M("UNIO_TV", "Tillitsvalgtskolering om digitalisering", ["2.1"], K, "Unio", ["Unios medlemsorganisasjoner"], "2019–2020",
    "Digitalisering er tatt inn som tema i skoleringen av tillitsvalgte i forbundene."),
  M("LHL", "Kompetansereformen «Lære hele livet» – partenes bidrag", ["2.2"], R_, "KD", ["partene"], "2019–",
    "Unio deltar i trepartsmøtene om reformen og har særlig løftet behovet for videreutdanning i offentlig sektor."),
  M("UNIO_STUDIE", "Aktiv bruk av studieforbund", ["3.6"], K, "Unio", ["Unios forbund", "studieforbundene"], "Løpende",
    "Forbundene bruker studieforbund til kompetansehevende kurs for medlemmene."),
  M("KBU", "Kompetansebehovsutvalget", ["1.1"], R_, "KD", ["Unio", "de øvrige partene"], "2017–2021",
    "Unio er representert i utvalget."),
])

R("F10", "Spekter_rapport_NKPS_2019.docx", "Spekter", 2019, "t10_checkboxes", "python-docx",
  "avkrysningsskjema: ☒/☐ for alle 16 delmål og 6 typer under hver tiltaksoverskrift", [
  M("SPK_MOTE", "Møteplass lærebedrifter 2019", ["1.4", "2.3"], A, "Spekter", ["medlemsvirksomhetene", "Fafo", "opplæringskontorer"], "Mars 2019",
    "Årlig heldagsarrangement der Spekters lærebedrifter utveksler erfaringer om kvalitet i fagopplæringen."),
  M("ARENDAL19", "Felles arrangement med LO Stat under Arendalsuka", ["2.2"], A, "Spekter og LO Stat", [], "August 2019",
    "Arrangementet rettet oppmerksomheten mot betydningen av å fornye ansattes kompetanse i helse- og velferdssektoren."),
  M("SPK_FAGSK19", "Fagskolekonferanse 2019", ["2.3"], A, "Spekter", ["LO/Fagforbundet", "YS/Delta"], "Oktober 2019",
    "Konferansen rettet oppmerksomhet mot fagskoleutdanninger i spesialisthelsetjenesten og karrieremuligheter for fagarbeidere."),
  M("SPK_NETT", "Arbeidsgivernettverk for medlemsvirksomhetene", ["2.2"], R_, "Spekter", ["medlemsvirksomhetene"], "Løpende",
    "Nettverket møtes hvert kvartal og drøfter kompetansepolitiske og arbeidslivspolitiske spørsmål."),
  M("SPK_DIALOG", "Dialogmøte med Spekters representanter i faglige råd", ["1.4"], A, "Spekter", ["medlemsvirksomhetene"], "Juni 2019",
    "Møte der Spekters representanter i de faglige rådene samordner innspill om tilbudsstruktur og læreplaner."),
])

R("F11", "Virke_NKPS-rapport_2019.pdf", "Virke", 2019, "t11_toc", "python-docx → LibreOffice PDF",
  "innholdsfortegnelse med punktlinjer som nevner alle tiltak før brødteksten; nummererte overskrifter 2.1–2.7 og feltlinjer", [
  M("LOV_KONF19", "Felles konferanse med LO om kompetanse i varehandelen", ["2.1", "2.2"], A, "Virke", ["LO", "Handel og Kontor"], "Mai 2019",
    "Konferanse for ledere og tillitsvalgte om hvordan digitaliseringen endrer kompetansebehovet i butikk og lager."),
  M("VIRKE_BALANSE", "«Balansekunst» – modell for å beskrive kompetanse fra arbeidslivet", ["2.5"], F, "Virke", ["LO", "YS", "NHO"], "2017–2019",
    "Rapporten «Balansekunst» ble lansert i april 2018. I 2019 er modellen prøvd ut i utvalgte virksomheter."),
  M("VIRKE_STUDIE", "Studie: Hvordan påvirker ny teknologi kompetansebehovet i varehandelen?", ["2.1", "2.2"], F, "Virke", ["Samfunnsøkonomisk analyse", "NAV", "Handel og Kontor"], "2019",
    "Studien skal være ferdig i 2019 og bygger videre på litteraturstudien fra 2017."),
  M("VIRKE_HRNETT", "HR-nettverket", ["2.2"], R_, "Virke", ["medlemsvirksomhetene"], "Løpende",
    "Nettverket er videreført med fire samlinger i året."),
  M("KBU", "Kompetansebehovsutvalget", ["1.1"], R_, "KD", ["partene"], "2017–2021",
    "Virke deltar fortsatt i utvalget."),
  M("VIRKE_SALG", "Salgsfag – rekrutteringskampanje, fase 2", ["2.3"], I, "Virke", ["opplæringskontorene", "Handel og Kontor"], "2019",
    "Andre fase av kampanjen retter seg mot elever på ungdomstrinnet og foresatte."),
  M("HURT_OSLO", "Hurtigsporet i Oslo", ["3.3", "3.4"], P, "Oslo kommune", ["Virke", "YS"], "Avsluttet 2018",
    "Prosjektet er avsluttet fra Virkes side og overført til Oslo kommune som et mer permanent tiltak."),
])

# ---------------------------------------------------------------- 2020
R("F12", "Regjeringen_rapport_NKPS_2020.pdf", "Regjeringen", 2020, "t12_fulltext_delmal", "reportlab (landskap)",
  "tabell med delmålets fulle tekst i første kolonne (ingen koder), sammenslått over rader; tiltak med to delmål får begge tekster", [
  M("KBU", "Kompetansebehovsutvalget (KBU)", ["1.1"], R_, "KD", ["KMD", "ASD", "partene", "Kompetanse Norge"], "",
    "Utvalget la fram sin andre rapport i 2019 og arbeider med en temautredning om digitalisering."),
  M("KD_REGREF", "Overføring av oppgaver til fylkeskommunene i regionreformen", ["1.2"], P, "KD", ["KMD", "fylkeskommunene"], "",
    "Fylkeskommunene fikk fra 2020 et større ansvar for kompetansepolitikken og for karriereveiledning."),
  M("KD_KARRTILSK", "Tilskudd til karriereveiledning i fylkene", ["1.3"], P, "Regjeringen", ["Kompetanse Norge", "fylkeskommunene"], "",
    "Tilskuddet forvaltes av Kompetanse Norge og fordeles til karrieresentrene i fylkene."),
  M("FLEKS", "Tilskudd til utvikling av fleksible videreutdanningstilbud i digital kompetanse", ["2.1"], K, "KD", ["Kompetanse Norge", "DIKU", "partene"], "",
    "Tilskuddsordningen finansierer nye tilbud ved universiteter, høyskoler og fagskoler."),
  M("BP", "Bransjeprogram for kompetanseutvikling", ["2.1", "2.4"], K, "Regjeringen", ["KD", "partene", "bransjene", "utdanningsinstitusjoner"], "",
    "Programmene ble utvidet i 2020 til flere bransjer som følge av koronapandemien."),
  M("LHL", "Kompetansereformen – Lære hele livet", ["2.2"], P, "Regjeringen", ["partene i arbeidslivet"], "",
    "Meld. St. 14 (2019–2020) Kompetansereformen – Lære hele livet ble lagt fram våren 2020."),
  M("SAMK1", "Samfunnskontrakten for flere læreplasser (2016–2020)", ["2.3"], K, "Regjeringen", ["partene"], "",
    "Kontrakten gjaldt ut 2020, og arbeidet med en ny kontrakt er startet."),
  M("FVO", "Forsøk med forberedende voksenopplæring", ["3.1"], K, "KD", ["Kompetanse Norge", "fylkeskommuner", "KS/kommuner"], "",
    "Forsøket ble avsluttet i 2020 og erfaringene brukes i arbeidet med en ny ordning."),
  M("IA2019", "IA-avtalen 2019–2022", ["3.3"], R_, "Regjeringen", ["ASD", "partene"], "",
    "Partene og myndighetene har forpliktet seg til at også kompetansetiltak kan være nødvendige for å kunne stå i arbeid."),
  M("KD_STUDUTR", "Utredning om studieforbundene", ["3.6"], F, "Regjeringen", ["KD", "KuD"], "",
    "Utredningen ser på hvordan studieforbundene kan bidra til læring for voksne med svake grunnleggende ferdigheter."),
])

R("F13", "Trondelag_fylkeskommune_2020.docx", "Trøndelag fylkeskommune", 2020, "t13_prose_appendix", "python-docx",
  "lang prosadel som omtaler tiltakene løst, deretter vedleggstabell (Nr|Tiltak|Delmål|Kategori|Ansvar|Partnere|Tidsrom|Kort om)", [
  M("TRL_STRAT", "Regional kompetansestrategi for Trøndelag – oppfølging", ["1.2"], P, "Trøndelag fylkeskommune", ["NAV", "partene i arbeidslivet", "NTNU", "Nord universitet"], "2020–2022",
    "Strategien ble vedtatt i 2019. I 2020 er det utarbeidet en handlingsplan med årlige tiltak."),
  M("TRL_KARR", "Partnerskap for karriereveiledning", ["1.3", "3.3"], R_, "Trøndelag fylkeskommune", ["NAV", "NHO", "LO", "KS", "kommunene"], "2018–2021",
    "Partnerskapet er utvidet med NAV-kontorene for å nå voksne arbeidssøkere."),
  M("TRL_FPJ", "Fagbrev på jobb", ["3.1"], K, "Trøndelag fylkeskommune", ["arbeidsgivere", "opplæringskontorene", "NAV"], "Løpende",
    "Om lag 300 voksne er i gang med fagbrev gjennom ordningen."),
  M("TRL_FORUM", "Kompetanseforum Trøndelag", ["1.2", "1.4"], R_, "Trøndelag fylkeskommune", ["partene i arbeidslivet", "NTNU", "Nord universitet", "fagskolene"], "Løpende",
    "Forumet møttes digitalt fire ganger i 2020."),
  M("TRL_BIO", "Bedriftsintern opplæring (BIO)", ["2.4"], K, "Trøndelag fylkeskommune", ["bedrifter", "NHO Trøndelag"], "2020",
    "Tilskudd til opplæring i bedrifter som må omstille seg, forvaltet av fylkeskommunen fra 2020."),
  M("FVO", "Deltakelse i FVO-forsøket", ["3.1"], K, "KD", ["Kompetanse Norge", "kommunene"], "2017–2020",
    "Trøndelag har deltatt i forsøket med forberedende voksenopplæring gjennom to voksenopplæringssentre."),
  M("TRL_HELSEFAG", "Trøndelagsmodellen for helsefagarbeidere (tidligere Opplæringstilbud for minoritetsspråklige helsefagarbeidere)", ["3.4", "3.5"], K, "Trøndelag fylkeskommune", ["NAV", "kommunene"], "2018–2021",
    "Tilbudet har fått nytt navn og omfatter nå også språkpraksis i sykehjem."),
])

R("F14", "LO_oppfolging_NKPS_2020.docx", "LO", 2020, "t14_hashtags", "python-docx",
  "tittel som egen avsnittsstil, emneknagglinje '#2.2 #kurs' for delmål og type, ansvar/samarbeid/tid i én løpende setning", [
  M("LO_TV", "Skolering av våre tillitsvalgte om kompetanseutvikling", ["2.2"], K, "LO", ["LO-forbundene", "AOF"], "2020",
    "På grunn av pandemien ble skoleringen lagt om til digitale kurs. Over 600 tillitsvalgte deltok."),
  M("BP", "Treparts bransjeprogram – LOs deltakelse", ["2.1", "2.4"], K, "KD", ["LO-forbundene", "NHO", "Virke", "Spekter", "KS"], "2020–",
    "LO og forbundene deltar i programrådene for alle bransjeprogrammene som ble etablert i 2020."),
  M("LOV_KONF20", "Konferanse med Virke om omstilling i handelen 2020", ["2.2"], A, "LO", ["Virke", "Handel og Kontor"], "November 2020",
    "Digital konferanse om omstilling og kompetansebehov i varehandelen under pandemien."),
  M("KBU", "Kompetansebehovsutvalget", ["1.1"], R_, "KD", ["partene"], "2017–2021",
    "LO deltar fortsatt i utvalget."),
  M("HURT", "Hurtigsporet – fase 2", ["3.3", "3.4"], I, "LO", ["NAV", "NHO", "IMDi"], "2020–2021",
    "Ny fase med vekt på flyktninger som har mistet jobben under pandemien."),
  M("LHL", "Kompetansereformen «Lære hele livet»", ["2.2"], R_, "KD", ["partene"], "2020–",
    "LO har gitt innspill til stortingsmeldingen og deltar i trepartsmøtene om oppfølgingen."),
  M("LO_KORONA", "Digitale kurs for permitterte medlemmer", ["2.1", "3.3"], K, "LO", ["AOF", "LO-forbundene"], "Våren 2020",
    "Gratis nettkurs for permitterte medlemmer i samarbeid med AOF."),
])

# ---------------------------------------------------------------- 2021
R("F15", "Akademikerne_notat_NKPS_2021.docx", "Akademikerne", 2021, "t15_memo_sections", "python-docx",
  "notat med manuelt nummererte avsnitt 1, 3.1, 3.1.1 …; tiltak som avsnitt 3.x.y; delmål bare nevnt i løpende tekst", [
  M("KBU", "Akademikernes plass i Kompetansebehovsutvalget", ["1.1"], R_, "KD", ["Akademikerne", "de øvrige hovedorganisasjonene"], "",
    "Akademikerne har deltatt i utvalget siden oppstarten og bidratt til alle utvalgets hovedrapporter."),
  M("AKA_KBUSEM", "Frokostseminar om KBU-rapporten 2020", ["1.1"], A, "Akademikerne", ["medlemsforeningene"], "Februar 2021",
    "Seminar for medlemsforeningene om hovedfunnene i utvalgets rapport og hva de betyr for høyt utdannede."),
  M("AKA_FRAMTID", "Forskningsrapport «Framtidens behov for akademikere»", ["2.2"], F, "Akademikerne", ["Samfunnsøkonomisk analyse"], "2021",
    "Rapporten fremskriver etterspørselen etter arbeidskraft med høyere utdanning fram mot 2035."),
  M("AKA_UIO", "Korte videreutdanningsmoduler i samarbeid med UiO", ["2.4"], K, "Akademikerne", ["UiO", "Kompetanse Norge"], "2021–2023",
    "Pilot der medlemmer kan ta korte, nettbaserte emner ved UiO ved siden av jobb."),
  M("LHL", "Innspill til kompetansereformen Lære hele livet", ["2.2"], R_, "KD", ["partene"], "",
    "Akademikerne har gitt innspill om at reformen også må omfatte arbeidstakere med høyere utdanning."),
])

R("F16", "VOFO_rapport_2021.pdf", "VOFO", 2021, "t16_odd_spacing", "reportlab (canvas, ujevn tegnavstand)",
  "skannet-lignende tekst-PDF med ujevn tegnavstand og litt skrå linjer; bokmål og nynorsk blandet; feltetiketter Tiltak/Delmål/Kategori/Ansvarleg/Samarbeid/Tidsrom/Om tiltaket", [
  M("VOFO_KPF", "Kompetansepluss frivillighet", ["3.2"], K, "VOFO", ["studieforbunda"], "2021",
    "Studieforbunda har gjennomført kurs i grunnleggjande ferdigheiter for vaksne gjennom ordninga."),
  M("VOFO_KPF_EVAL", "Evaluering av Kompetansepluss frivillighet", ["3.2"], F, "VOFO", ["frivillig sektor"], "2021–2022",
    "Evalueringen skal vise hvordan ordningen når voksne med svake grunnleggende ferdigheter."),
  M("VOFO_FORSK", "Forskningsprosjekt om studieforbundene som læringskatalysatorer", ["3.6"], F, "VOFO", ["Fafo"], "2020–2021",
    "Prosjektet undersøker hvordan kurs i studieforbund motiverer voksne til videre læring."),
  M("VOFO_REGEL", "Regelverksendring i studieforbundsordninga", ["3.6"], R_, "VOFO", ["studieforbunda", "KD"], "2021",
    "VOFO har gitt innspel til endringar i forskrift om studieforbund."),
  M("VOFO_DIGI", "Digital vaksenopplæring i studieforbunda", ["2.1", "3.6"], K, "VOFO", ["studieforbunda"], "2020–2021",
    "Omstilling til digitale kurs under pandemien, med opplæring av kurslærarar."),
])

R("F17", "NAV_rapport_NKPS_2021.pdf", "NAV", 2021, "t17_gantt", "python-docx → LibreOffice PDF (landskap)",
  "tidslinje/Gantt-tabell med skraverte årsceller 2019–2023, deretter 'Kort om tiltakene' der titlene gjentas", [
  M("HURT", "«Hurtigsporet» – rask vei til jobb for flyktninger", ["3.3", "3.4"], P, "NAV", ["IMDi", "LO", "NHO", "kommunene"], "2016–2022",
    "Tidlig kartlegging av flyktningers kompetanse og rask formidling til arbeidsgivere med behov for arbeidskraft."),
  M("NAV_OPPL", "Nytt opplæringstiltak for arbeidssøkere", ["3.5"], K, "NAV", ["AVdir", "fylkeskommunene"], "2019–2023",
    "Tiltaksforskriften er endret slik at arbeidssøkere kan få lengre yrkesrettet opplæring, også fagopplæring."),
  M("NAV_GRF", "Kurs i grunnleggende ferdigheter for arbeidssøkere", ["3.5"], K, "NAV", ["HK-dir", "kommunene"], "2021–2022",
    "Kurs i lesing, regning og digitale ferdigheter for arbeidssøkere som trenger det for å komme i jobb."),
  M("TRL_FPJ", "Fagbrev på jobb – samarbeid med Trøndelag fylkeskommune", ["3.1", "3.3"], P, "Trøndelag fylkeskommune", ["NAV Trøndelag"], "2020–2022",
    "NAV Trøndelag formidler kandidater til ordningen og følger opp deltakere som mottar ytelser."),
  M("IA2019", "IA-avtalen 2019–2022: kompetanse som virkemiddel", ["3.3"], R_, "ASD", ["partene i arbeidslivet"], "2019–2022",
    "NAV Arbeidslivssenter veileder virksomheter om hvordan kompetansetiltak kan forebygge sykefravær og frafall."),
])

R("F18", "KS_rapportering_2021.docx", "KS", 2021, "t18_nested_bullets", "python-docx (List Bullet / List Bullet 2)",
  "punktliste i to nivåer: tittel på nivå 1, felt som underpunkter på nivå 2", [
  M("KS_MONITOR", "Kommunesektorens arbeidslivsmonitor", ["2.2"], F, "KS", [], "2021",
    "Monitoren for 2021 viser stort behov for sykepleiere og helsefagarbeidere."),
  M("KS_LAERING", "KS Læring", ["2.1"], I, "KS", ["kommunene"], "Løpende",
    "Plattformen brukes nå av over 300 kommuner."),
  M("KS_MIH", "Menn i helse – nasjonalt program", ["3.3"], P, "KS", ["NAV", "kommunene"], "2021–2023",
    "Programmet er gjort nasjonalt fra 2021 med finansiering over statsbudsjettet."),
  M("SRY", "Deltakelse i SRY", ["1.4"], R_, "KD", ["partene"], "Løpende",
    "KS er fortsatt representert i Samarbeidsrådet for yrkesopplæring."),
  M("KBU", "Kompetansebehovsutvalget (KBU)", ["1.1"], R_, "KD", ["partene"], "2017–",
    "KS deltar i utvalget."),
  M("KS_LAERL21", "Status 2021, lærlinger i kommunesektoren", ["2.3"], I, "KS", [], "2021",
    "Statusrapport om lærlinger i kommuner og fylkeskommuner for 2021."),
  M("KS_AGKONF", "Kommunenes arbeidsgiverkonferanse 2021", [], A, "KS", [], "Oktober 2021",
    "Konferansen hadde kompetanse og rekruttering som hovedtema."),
])

# ---------------------------------------------------------------- 2022–2025
R("F19", "YS_arshjul_2022.docx", "YS", 2022, "t19_year_wheel", "python-docx (liggende)",
  "årshjul: tabell ordnet etter måned (Når | Aktivitet med fet tittel og omtale | Delmål | Hvem | Med)", [
  M("KBU", "Deltakelse i Kompetansebehovsutvalget", ["1.1"], R_, "KD", ["partene"], "Januar",
    "YS deltar i utvalget og i arbeidet med neste hovedrapport."),
  M("YS_TV", "Kompetansekurs for tillitsvalgte (videreført)", ["2.2"], K, "YS", ["YS-forbundene"], "Februar og september",
    "Kursene ble gjennomført både fysisk og digitalt i to runder."),
  M("LHL", "Lære hele livet – YS' oppfølging", ["2.2"], R_, "KD", ["partene"], "Mars",
    "YS følger opp kompetansereformen gjennom trepartssamarbeidet."),
  M("YS_BAROM", "YS Arbeidslivsbarometer 2022", ["2.2"], F, "YS", ["Respons Analyse"], "Juni",
    "Årets barometer har et eget kapittel om kompetanseutvikling etter pandemien."),
  M("YS_AREN22", "Debatt om livslang læring under Arendalsuka 2022", ["2.2"], A, "YS", ["Unio", "Akademikerne"], "August",
    "Debatt om hvordan arbeidstakere kan få tid og rom til å lære gjennom hele yrkeslivet."),
  M("BP", "YS i styringsgruppene for bransjeprogrammene", ["2.1", "2.4"], R_, "HK-dir", ["KD", "partene"], "Hele året",
    "YS-forbundene er representert i programrådene for bransjeprogrammene."),
])

R("F20", "Vestland_fylkeskommune_NKPS_2023.pdf", "Vestland fylkeskommune", 2023, "t20_a5_booklet", "reportlab (A5)",
  "A5-hefte på nynorsk: tittel i farget band, kursiv byline 'Delmål … · type · periode', ansvar/samarbeid-linje og omtale", [
  M("VL_FPJ", "Fagbrev på jobb", ["3.1"], K, "Vestland fylkeskommune", ["arbeidsgivarar", "opplæringskontora", "NAV Vestland"], "2023–2026",
    "Ordninga gjev tilsette høve til å ta fagbrev gjennom praksis og opplæring hjå eigen arbeidsgivar."),
  M("VL_BIO", "BIO-ordninga i Vestland", ["2.4"], K, "Vestland fylkeskommune", ["bedrifter", "NHO Vestland", "LO Vestland"], "2023",
    "Tilskot til bedriftsintern opplæring i verksemder som står overfor omstilling."),
  M("VL_KARR", "Karriere Vestland – karriererettleiing for vaksne", ["1.3"], P, "Vestland fylkeskommune", ["NAV", "kommunane"], "Løpande",
    "Gratis karriererettleiing for vaksne ved karrieresentera i fylket, også digitalt."),
  M("VL_ALLI", "Kompetansealliansen Vestland", ["1.2", "1.4"], R_, "Vestland fylkeskommune", ["partane i arbeidslivet", "UiB", "HVL", "fagskulane", "NAV"], "2021–2024",
    "Regionalt partnarskap for å samordne kompetansepolitikken i Vestland."),
  M("SAMK2", "Samfunnskontrakt for flere læreplasser 2023–2026", ["1.4", "2.3"], R_, "KD", ["partane", "fylkeskommunane"], "2023–2026",
    "Vestland fylkeskommune følgjer opp kontrakten med mål om læreplass til alle kvalifiserte søkjarar."),
  M("VL_HELSE", "Opplæringsprogram for helsefagarbeidarar etter «Sogn og Fjordane-modellen»", ["3.5"], K, "Vestland fylkeskommune", ["NAV", "kommunane"], "2023–2024",
    "Vidareføring av modellen frå Sogn og Fjordane, der minoritetsspråklege vaksne tek fagbrev som helsefagarbeidar."),
])

R("F21", "HK-dir_tiltaksoversikt_2024.docx", "HK-dir", 2024, "t21_change_log", "python-docx",
  "endringslogg-tabell: Ref | Tiltak | Delmål (2.1/2.4) | Virkemiddel | Ansvarlig enhet | Samarbeid | Tidsrom | Endring fra 2023 | Merknad", [
  M("HK_KPA", "Kompetansepluss arbeid", ["3.2"], K, "HK-dir", ["arbeidsgivere", "opplæringstilbydere"], "2024",
    "Tilskudd til opplæring i grunnleggende ferdigheter for ansatte.", change="Videreført"),
  M("FLEKS", "Fleksible videreutdanningstilbud – tilskuddsordning", ["2.1", "2.4"], K, "HK-dir", ["KD", "universiteter og høyskoler", "fagskoler"], "2024",
    "Tilskudd til utvikling av fleksible, arbeidsrettede tilbud, med vekt på digital kompetanse og grønn omstilling.", change="Videreført"),
  M("BP", "Treparts bransjeprogram – forvaltning av tilskudd", ["2.1", "2.4"], K, "HK-dir", ["KD", "partene i arbeidslivet"], "2024",
    "HK-dir forvalter tilskuddene til bransjeprogrammene og er sekretariat for programrådene.", change="Videreført"),
  M("AKA_UIO", "Pilot med korte moduler ved Universitetet i Oslo", ["2.4"], K, "Universitetet i Oslo", ["Akademikerne", "HK-dir"], "2021–2024",
    "Sluttrapport fra piloten med korte nettbaserte emner for arbeidstakere med høyere utdanning.", change="Avsluttes"),
  M("HK_FOV", "Forberedende opplæring for voksne (FOV)", ["3.1"], K, "HK-dir", ["kommunene", "KD"], "Fra 2021",
    "Ny ordning i opplæringsloven etter forsøket med forberedende voksenopplæring; HK-dir utvikler veiledningsmateriell.", change="Videreført"),
  M("KBU", "Sekretariat for Kompetansebehovsutvalget", ["1.1"], R_, "HK-dir", ["KD", "partene"], "2024",
    "HK-dir er sekretariat for utvalget, som arbeider med en ny hovedrapport.", change="Videreført"),
  M("KD_KARRTILSK", "Tilskudd til karriereveiledning i fylkeskommunene", ["1.3"], P, "HK-dir", ["fylkeskommunene"], "2024",
    "Tilskuddet forvaltes av HK-dir og fordeles til de fylkesvise karrieresentrene.", change="Videreført"),
  M("SAMK2", "Samfunnskontrakt for flere læreplasser 2023–2026", ["1.4", "2.3"], R_, "KD", ["partene", "fylkeskommunene", "HK-dir"], "2023–2026",
    "HK-dir følger opp kontraktens mål og publiserer statistikk over læreplasser.", change="Ny"),
])

R("F22", "NHO_rapport_kompetansepolitikk_2025.pdf", "NHO", 2025, "t22_dot_leaders", "reportlab (US Letter)",
  "register-liste: tittel ……… delmål med punktlinje til høyre marg, delt i 'Videreførte tiltak' og 'Nye tiltak'; innrykket faktasetning og omtale", [
  M("NHO_JOT", "Jenter og teknologi", ["2.3"], I, "NHO", ["NITO", "Tekna", "NTNU"], "2016–2025",
    "Kampanjen er videreført og har nådd over 60 000 jenter siden starten."),
  M("KBU", "Kompetansebehovsutvalget", ["1.1"], R_, "KD", ["partene"], "",
    "NHO deltar fortsatt i utvalget."),
  M("SRY", "Samarbeidsrådet for yrkesopplæring (SRY)", ["1.4"], R_, "KD", ["partene", "Udir"], "Løpende",
    "NHO har ledervervet i rådet i perioden."),
  M("SAMK2", "Samfunnskontrakt for flere læreplasser 2023–2026", ["1.4", "2.3"], R_, "KD", ["LO", "KS", "fylkeskommunene"], "2023–2026",
    "Ny kontrakt; NHO følger opp målet om at alle kvalifiserte søkere skal få læreplass."),
  M("IA2025", "Ny IA-avtale 2025–2028", ["3.3"], R_, "ASD", ["partene i arbeidslivet"], "2025–2028",
    "Avtalen har et eget delmål om kompetanse for å forebygge frafall."),
  M("BP_INDBYGG", "Bransjeprogram for industri- og byggenæringen", ["2.1", "2.4"], K, "HK-dir", ["Norsk Industri", "BNL", "Fellesforbundet"], "2025",
    "NHO-foreningene deltar i programrådet for industri og bygg."),
  M("NHO_SKATT", "Utredning av skatteinsentiv for kompetanseutvikling i bedriftene", [], F, "NHO", [], "2025",
    "Bestilt utredning av alternative modeller for skattefradrag for bedrifters kompetanseutvikling."),
])

# which rows are printed under "Videreførte tiltak" in F22 (first three)
F22_CONTINUED = 3

# ---------------------------------------------------------------- near misses
# ((report id, key), (report id, key)) -- must stay apart
NEAR = [
 (("F01", "HURT"), ("F05", "NHO_HURTKAMP")),
 (("F17", "HURT"), ("F08", "HURT_OSLO")),
 (("F07", "HURT"), ("F02", "HURT_OSLO")),
 (("F05", "NHO_HURTKAMP"), ("F11", "HURT_OSLO")),
 (("F01", "LO_TV"), ("F08", "YS_TV")),
 (("F14", "LO_TV"), ("F19", "YS_TV")),
 (("F07", "LO_TV"), ("F09", "UNIO_TV")),
 (("F08", "YS_TV"), ("F09", "UNIO_TV")),
 (("F01", "LO_ARENA17"), ("F07", "LO_ARENA19")),
 (("F01", "LO_KLYNGE17"), ("F07", "LO_KLYNGE19")),
 (("F07", "LOV_KONF19"), ("F14", "LOV_KONF20")),
 (("F11", "LOV_KONF19"), ("F14", "LOV_KONF20")),
 (("F10", "ARENDAL19"), ("F19", "YS_AREN22")),
 (("F07", "ARENDAL19"), ("F19", "YS_AREN22")),
 (("F15", "KBU"), ("F15", "AKA_KBUSEM")),
 (("F12", "KBU"), ("F15", "AKA_KBUSEM")),
 (("F03", "KS_MIH"), ("F04", "KS_MIH_EVAL")),
 (("F18", "KS_MIH"), ("F04", "KS_MIH_EVAL")),
 (("F03", "KS_LAERL17"), ("F04", "KS_LAERL18")),
 (("F04", "KS_LAERL18"), ("F18", "KS_LAERL21")),
 (("F03", "KS_LAERL17"), ("F18", "KS_LAERL21")),
 (("F06", "TRL_FPJ"), ("F20", "VL_FPJ")),
 (("F13", "TRL_FPJ"), ("F20", "VL_FPJ")),
 (("F17", "TRL_FPJ"), ("F20", "VL_FPJ")),
 (("F04", "KS_FPJ"), ("F06", "TRL_FPJ")),
 (("F04", "KS_FPJ"), ("F20", "VL_FPJ")),
 (("F13", "TRL_BIO"), ("F20", "VL_BIO")),
 (("F06", "TRL_KARR"), ("F20", "VL_KARR")),
 (("F13", "TRL_KARR"), ("F12", "KD_KARRTILSK")),
 (("F20", "VL_KARR"), ("F21", "KD_KARRTILSK")),
 (("F06", "TRL_HELSEFAG"), ("F20", "VL_HELSE")),
 (("F13", "TRL_HELSEFAG"), ("F20", "VL_HELSE")),
 (("F12", "SAMK1"), ("F21", "SAMK2")),
 (("F05", "SAMK1"), ("F22", "SAMK2")),
 (("F01", "SAMK1"), ("F20", "SAMK2")),
 (("F17", "IA2019"), ("F22", "IA2025")),
 (("F12", "IA2019"), ("F22", "IA2025")),
 (("F12", "BP"), ("F07", "BP_INDBYGG")),
 (("F14", "BP"), ("F07", "BP_INDBYGG")),
 (("F21", "BP"), ("F22", "BP_INDBYGG")),
 (("F19", "BP"), ("F22", "BP_INDBYGG")),
 (("F12", "FVO"), ("F21", "HK_FOV")),
 (("F13", "FVO"), ("F21", "HK_FOV")),
 (("F16", "VOFO_KPF"), ("F16", "VOFO_KPF_EVAL")),
 (("F16", "VOFO_KPF"), ("F21", "HK_KPA")),
 (("F12", "KD_STUDUTR"), ("F16", "VOFO_FORSK")),
 (("F02", "VIRKE_LITT"), ("F11", "VIRKE_STUDIE")),
 (("F05", "SRY"), ("F10", "SPK_DIALOG")),
 (("F14", "LO_KORONA"), ("F16", "VOFO_DIGI")),
 (("F21", "AKA_UIO"), ("F21", "FLEKS")),
 (("F03", "KS_DIGI"), ("F12", "FLEKS")),
 (("F08", "YS_BAROM"), ("F18", "KS_MONITOR")),
 (("F06", "TRL_FORUM"), ("F20", "VL_ALLI")),
]
