# -*- coding: utf-8 -*-
"""Master data for batch match17.

Every file is a dict with reporter, report year, template module and the measures in
reading order.  Each measure carries the expected (ground-truth) fields plus a canonical
`key` (used only to assign tiltak ids) and `p`, printing hints for the template.
"""

FOU = "FoU"
KURS = "Kurs/utdanning"
RAD = "Råd/utvalg/nettverk"
PRO = "Prosjekt"
INF = "Informasjon"
ARR = "Arrangement"
TYPES = [FOU, KURS, RAD, PRO, INF, ARR]

# Delmål texts (Bokmål, Vedlegg 1 of the 2018 summary)
DELMAL_NB = {
    "1.1": "Etablere et kompetansebehovsutvalg (KBU) bestående av forskere, analytikere og representanter for alle hovedorganisasjonene i arbeidslivet og departementene. KBU skal sammenstille og analysere kilder til kunnskap om Norges kompetansebehov, nasjonalt og regionalt.",
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
# Short Bokmål labels (used in matrices)
DELMAL_SHORT = {
    "1.1": "Kompetansebehovsutvalg (KBU)",
    "1.2": "Regionalt folkevalgt nivås rolle",
    "1.3": "Karriereveiledning",
    "1.4": "Samarbeid utdanning – arbeidsliv",
    "2.1": "Digital kompetanse",
    "2.2": "Kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.3": "Karrieremuligheter i yrkesfagene",
    "2.4": "Kompetansebehov og EVU-tilbud",
    "2.5": "Dokumentasjon av kompetanse fra arbeidslivet",
    "2.6": "Godkjenning av utenlandsk utdanning",
    "3.1": "Fleksibel opplæring for voksne",
    "3.2": "Kompetanseplussordningene",
    "3.3": "Opplæring i arbeidsmarkeds- og integreringspolitikken",
    "3.4": "Norskopplæring og kvalifisering av innvandrere",
    "3.5": "NAVs opplæringstilbud",
    "3.6": "Læring i frivillig sektor",
}
# Nynorsk renderings of the delmål used by the Nynorsk reports
DELMAL_NN = {
    "1.2": "Styrkje det regionale folkevalde nivået sitt kompetansepolitiske ansvar og samordningsrolle, og leggje betre til rette for regionalt samarbeid mellom ulike kompetanseaktørar.",
    "1.3": "Sørgje for tilgang til karriererettleiing og eit heilskapleg system for karriererettleiing, med særleg vekt på dei regionale karrieresentera.",
    "1.4": "Vidareutvikle samarbeidet mellom opplærings- og utdanningstilbydarar og arbeidslivet.",
    "2.4": "Arbeide meir systematisk for å kople kompetansebehov i verksemder og næringsmiljø til utdannings- og opplæringstilbydarar.",
    "3.1": "Gje fleksibel opplæring på premissane til vaksne, med sikte på raskare overgang til arbeid eller vidare opplæring.",
    "3.3": "Nytte opplærings- og kompetansetiltak meir aktivt i arbeidsmarknads- og integreringspolitikken.",
    "3.5": "Styrkje og tilpasse opplæringstilbodet i NAV for arbeidssøkjarar som treng kvalifisering.",
}
AREAS = {
    1: "Gode valg for den enkelte og for samfunnet",
    2: "Læring i arbeidslivet",
    3: "Styrke kompetansen til voksne med svak tilknytning til arbeidslivet",
}


def oldnum(code):
    a, b = code.split(".")
    a, b = int(a), int(b)
    return {1: 0, 2: 4, 3: 10}[a] + b


def M(key, title, delmal, type_, resp, partners, period, desc, **p):
    return dict(key=key, title=title, delmal=sorted(delmal), type=type_, responsible=resp,
                partners=list(partners), period=period, description=desc, p=p)


FILES = []


def F(fid, file, reporter, year, module, made, layout, lang, measures):
    FILES.append(dict(fid=fid, file=file, reporter=reporter, year=year, module=module,
                      made=made, layout=layout, lang=lang, measures=measures))


# ---------------------------------------------------------------- 2017
F("f01", "LO_brev_oppfolging_NKPS_2017.docx", "LO", 2017, "t01_lo2017_letter",
  "python-docx", "Letter (\"Vi viser til …\"), measures as run-in bold leads in running paragraphs, old tiltak numbers in parentheses, header/footer with page x av y",
  "nb", [
    M("KBU", "Deltakelse i Kompetansebehovsutvalget", ["1.1"], RAD, "LO", [], "",
      "LO er representert i Kompetansebehovsutvalget (KBU), som ble oppnevnt i 2017 og skal legge fram sin første rapport i 2018. Utvalget skal sammenstille og analysere kunnskap om Norges kompetansebehov, nasjonalt og regionalt. LO vil særlig arbeide for at behovene i fag- og yrkesopplæringen blir synlige i utvalgets analyser.",
      lead="."),
    M("SRY", "Arbeidet i Samarbeidsrådet for yrkesopplæring (SRY) og de faglige rådene", ["1.4", "2.3"], RAD, "LO", ["NHO", "KS", "Spekter"], "",
      "LO oppnevner arbeidstakerrepresentantene i SRY og i de faglige rådene for de yrkesfaglige utdanningsprogrammene. Gjennom dette arbeidet bidrar vi til at læreplaner og tilbudsstruktur er i takt med arbeidslivets behov. Arbeidet skjer i samarbeid med NHO, KS og Spekter.",
      lead=":"),
    M("SP_LOKONF", "Felles konferanse med Spekter om læreplasser", ["2.3"], ARR, "LO og Spekter", [], "",
      "LO og Spekter står sammen bak en konferanse 30. november 2017 for tillitsvalgte og ledere i Spekters medlemsvirksomheter. Målet er å få flere virksomheter til å ta inn lærlinger, i tråd med Samfunnskontrakten for flere læreplasser.",
      lead="."),
    M("DIGAG", "Arbeidsgruppe om digital kompetanse i arbeidslivet", ["2.1"], RAD, "Kunnskapsdepartementet", [], "",
      "Kunnskapsdepartementet har ansvaret for en partssammensatt arbeidsgruppe som skal identifisere behovet for kompetanseutvikling som følge av digitalisering. LO deltar sammen med de øvrige hovedorganisasjonene, og Kompetanse Norge er sekretariat. Vi vil særlig løfte fram behovet for digital kompetanse blant fagarbeidere og ufaglærte.",
      lead="."),
    M("TV_LO", "Opplæring av tillitsvalgte i kompetansearbeid", ["2.2"], KURS, "LO", [], "",
      "LO har utviklet et kursopplegg for tillitsvalgte om hvordan kompetanseutvikling kan settes på dagsordenen i virksomhetene. Kurset gjennomføres i regi av LOs distriktskontorer og tar utgangspunkt i avtaleverkets bestemmelser om kompetanse. Det første kullet startet høsten 2017.",
      lead=":"),
    M("BAL", "Modell for dokumentasjon av kompetanse ervervet i arbeidslivet", ["2.5"], FOU, "Virke", ["NHO", "YS"], "",
      "Arbeidet med en modell og metode for å beskrive kompetanse som bygges opp i arbeidslivet, ledes av Virke. LO deltar i samarbeid med NHO og YS, og en rapport ventes våren 2018.",
      lead="."),
    M("LO_HURT", "Deltakelse på arrangementer om Hurtigsporet", ["3.3", "3.4"], INF, "LO", ["NAV", "NHO"], "",
      "LO deltar på regionale møter og arrangementer om Hurtigsporet for nyankomne flyktninger med kompetanse som arbeidslivet etterspør. Vi informerer tillitsvalgte og medlemmer om ordningen i samarbeid med NAV og NHO.",
      lead="."),
])

F("f02", "Spekter_rapportering_NKPS_2017.pdf", "Spekter", 2017, "t02_spekter2017_deflist",
  "reportlab", "Lettered items a)–f), each a block of one-line definition pairs (\"Tiltak: …  NKPS-tiltak nr.: …\", \"Ansvarlig: …  Samarbeid: …  Tid: …\") followed by a description; running header and footer",
  "nb", [
    M("KPA_SOK", "Søkekonferanse om Kompetansepluss arbeid for medlemsvirksomhetene", ["3.2"], ARR, "Spekter", ["Kompetanse Norge"], "13. september 2017",
      "Spekter ønsker at flere medlemsvirksomheter tar i bruk Kompetansepluss arbeid. På konferansen får virksomhetene kunnskap om ordningen, gevinstene ved å bruke den og hva som kreves for å søke. Virksomheter som allerede har gjennomført prosjekter, deler sine erfaringer."),
    M("SP_BREV", "Brev til medlemsvirksomhetene om lærlinger", ["1.4", "2.3"], INF, "Spekter", [], "8. mai 2017",
      "Spekters administrerende direktør har skrevet til øverste leder i alle medlemsvirksomhetene. Brevet viser til Samfunnskontrakten for flere læreplasser og oppfordrer virksomhetene til å vurdere om de kan tilby læreplass til flere ungdommer."),
    M("SP_MLB", "Møteplass lærebedrifter", ["1.4", "2.3"], ARR, "Spekter", ["medlemsvirksomhetene", "Fafo", "fylkeskommuner", "opplæringskontorer"], "Årlig i mars (siden 2013)",
      "Heldagsarrangement der medlemsvirksomheter som er lærebedrifter eller ønsker å bli det, møtes for å utveksle erfaringer. Tema har blant annet vært kvalitet i alle ledd i fagopplæringen og samarbeidet mellom skoler og virksomheter."),
    M("SP_NETT", "Arbeidsgivernettverk for medlemsvirksomhetene", ["2.2"], RAD, "Spekter", [], "Løpende fra 2016",
      "Nettverket samler HR- og organisasjonsdirektører fra medlemsvirksomhetene omtrent hvert kvartal og ledes av Spekters administrerende direktør. Kompetansepolitiske spørsmål og oppfølgingen av strategien tas jevnlig opp som tema."),
    M("SP_LOKONF", "Konferanse for Spekters medlemsvirksomheter og LOs tillitsvalgte", ["2.3"], ARR, "LO og Spekter", [], "30. november 2017",
      "Konferansen skal bidra til å nå målet i Samfunnskontrakt for flere læreplasser om at alle kvalifiserte elever skal tilbys læreplass. Det blir innlegg fra fagmiljøer, virksomheter og tillitsvalgte."),
    M("FSK18", "Fagskolekonferansen 2018", ["2.3"], ARR, "Spekter", ["LO/Fagforbundet", "YS/Delta"], "Planlagt februar 2018",
      "Konferansen skal rette oppmerksomheten mot fagskoleutdanninger i spesialisthelsetjenesten. Målet er å synliggjøre karrieremuligheter for fagarbeidere i helseforetakene."),
])

F("f03", "KS_tiltak_kompetansestrategien_2017.docx", "KS", 2017, "t03_ks2017_areacolumns",
  "python-docx", "One landscape table whose three columns are the innsatsområder; each cell holds several measures (bold name, description, small 'Ansvar | Samarbeid' line); no delmål codes",
  "nb", [
    M("KBU", "KBU", [], RAD, "Kunnskapsdepartementet", ["partene i arbeidslivet"], "",
      "KS er medlem av Kompetansebehovsutvalget, som skal analysere Norges framtidige kompetansebehov. Vi bidrar særlig med kunnskap om rekrutterings- og kompetansebehovene i kommunesektoren."),
    M("RSA", "Råd for samarbeid med arbeidslivet (RSA)", [], RAD, "KS", ["universitetene", "høyskolene"], "",
      "KS oppfordrer kommuner og fylkeskommuner til å delta aktivt i RSA ved universiteter og høyskoler. Målet er utdanninger som er relevante for tjenestene i kommunesektoren."),
    M("NFK", "Nasjonalt forum for karriereveiledning", [], RAD, "Kompetanse Norge", ["KS", "partene", "fylkeskommunene"], "",
      "Forumet skal bidra til et helhetlig system for karriereveiledning og styrke samordningen mellom aktørene. KS representerer kommuner og fylkeskommuner i forumet."),
    M("AMON", "Arbeidslivsmonitor for kommunesektoren", [], FOU, "KS", [], "",
      "KS utvikler en arbeidslivsmonitor som samler statistikk om sysselsetting, kompetanse og rekruttering i kommuner og fylkeskommuner. Monitoren skal gi et bedre kunnskapsgrunnlag for lokal kompetanseplanlegging."),
    M("KSL", "KS Læring", [], INF, "KS", ["kommunene"], "",
      "KS Læring er en digital plattform der kommuner kan dele kurs, arrangementer og annen kunnskap med egne ansatte og med hverandre. Plattformen har over 300 kommuner som brukere."),
    M("SK1", "Samfunnskontrakten for flere læreplasser", [], RAD, "Regjeringen og partene", [], "",
      "KS har signert samfunnskontrakten og følger opp målet om flere læreplasser i kommunesektoren. Vi publiserer årlig status for lærlinger i kommuner og fylkeskommuner."),
    M("MIH", "Menn i helse", [], PRO, "KS", ["NAV", "kommunene"], "",
      "Rekrutteringsprogram som gir menn mellom 25 og 55 år som står utenfor arbeidslivet, mulighet til å ta fagbrev som helsefagarbeider. Programmet kombinerer praksis i kommunene med lønn under utdanningen."),
])

# ---------------------------------------------------------------- 2018
F("f04", "Regjeringen_tiltaksoversikt_2018.pdf", "Regjeringen", 2018, "t04_reg2018_rowperdelmal",
  "python-docx → LibreOffice PDF", "Landscape table with one row per delmål (all 16, empty ones say so); the Tiltak, Type, Ansvarlig, Samarbeidspartnere and Merknad cells each hold a bullet list, aligned only by position",
  "nb", [
    M("KBU", "Kompetansebehovsutvalget (KBU)", ["1.1"], RAD, "KD", ["KMD", "ASD", "partene", "Kompetanse Norge"], "",
      "Utvalget ble oppnevnt i 2017 og la fram sin første rapport, NOU 2018: 2 Fremtidige kompetansebehov I, i februar 2018. Neste hovedrapport kommer i 2019."),
    M("BIO_OVF", "Overføring av bedriftsintern opplæring (BIO) til fylkeskommunene", ["1.2"], RAD, "ASD", ["KMD", "fylkeskommunene", "Arbeids- og velferdsetaten"], "",
      "Som del av regionreformen flyttes ansvaret for tilskuddsordningen for bedriftsintern opplæring fra NAV til fylkeskommunene. Overføringen får virkning fra 1. januar 2020."),
    M("KVAL", "Nasjonalt kvalitetsrammeverk for karriereveiledning", ["1.3"], PRO, "KD", ["Kompetanse Norge", "fylkeskommunene"], "",
      "Rammeverket skal styrke kvaliteten i karriereveiledningen og kompetansen til veilederne. Det utvikles av Kompetanse Norge i samarbeid med fylkeskommunene og karrieresentrene."),
    M("DIGKV", "Nasjonal digital karriereveiledningstjeneste", ["1.3"], INF, "KD", ["Kompetanse Norge", "Utdanningsdirektoratet"], "",
      "Tjenesten skal gi alle innbyggere tilgang til karriereveiledning på chat, telefon og nett. Utviklingsarbeidet startet i 2018, og tjenesten skal lanseres i 2020."),
    M("FLEKS", "Tilskudd til utvikling av fleksible videreutdanningstilbud i digital kompetanse", ["2.1"], KURS, "KD", ["Kompetanse Norge", "DIKU", "partene"], "",
      "Universiteter, høyskoler og fagskoler kunne i 2018 søke om midler til å utvikle fleksible tilbud i samarbeid med arbeidslivet. Ordningen videreføres og utvides i 2019."),
    M("BRP", "Tilskudd til bransjeprogram for industri- og byggenæringen og kommunal helse- og omsorgssektor", ["2.1"], KURS, "KD", ["Kompetanse Norge", "partene i bransjene"], "",
      "Treparts bransjeprogram der partene definerer kompetansebehovet og utdanningsinstitusjonene utvikler tilbud. Programmene for industri og bygg og for kommunal helse og omsorg starter opp i 2019."),
    M("DIGAG", "Partssammensatt arbeidsgruppe for identifisering av kompetansebehov som følge av digitalisering", ["2.1"], RAD, "KD",
      ["Kompetanse Norge", "LO", "NHO", "Unio", "KS", "YS", "Spekter", "Akademikerne"], "",
      "Arbeidsgruppen har kartlagt behovet for digital kompetanse i arbeidslivet og foreslått tiltak. Rapporten ble overlevert Kunnskapsdepartementet våren 2018."),
    M("YFA", "Yrkesfagenes år 2018", ["2.3"], INF, "KD", ["partene", "Utdanningsdirektoratet"], "",
      "Informasjons- og omdømmekampanje på nett og i sosiale medier. Målet er å synliggjøre mulighetene i yrkesfagene for ungdom, foreldre og rådgivere."),
    M("SK1", "Samfunnskontrakten for flere læreplasser", ["2.3"], KURS, "KD", ["partene", "KS"], "",
      "Kontrakten for perioden 2016–2020 skal bidra til at alle kvalifiserte søkere får læreplass. Myndighetene og partene følger opp målene i årlige møter."),
    M("FAGSK", "Utvikling av fagskoleutdanningen", ["2.3"], KURS, "KD", ["NOKUT", "fagskolene"], "",
      "Oppfølging av fagskolemeldingen, Meld. St. 9 (2016–2017). Tiltakene skal heve kvaliteten og synliggjøre fagskolen som karrierevei."),
    M("GODK", "Godkjenningsordning for utenlandsk fagskoleutdanning", ["2.6"], PRO, "KD", ["NOKUT"], "",
      "Ordningen åpner 1. januar 2019 og skal gjøre det enklere for personer med utenlandsk fagskoleutdanning å få den vurdert i Norge. NOKUT forvalter ordningen."),
    M("FVO", "Forsøk med forberedende voksenopplæring (FVO)", ["3.1"], KURS, "KD", ["Kompetanse Norge", "fylkeskommuner", "kommuner"], "",
      "Forsøket prøver ut en ny modell for grunnleggende opplæring for voksne som mangler grunnskole. Forsøket pågår fram til 2021."),
    M("MODUL", "Forsøk med modulstrukturert opplæring i enkelte lærefag", ["3.1"], KURS, "KD", ["Utdanningsdirektoratet", "fylkeskommuner"], "",
      "Forsøket gir voksne mulighet til å ta fag- eller svennebrev gjennom godkjente moduler. Det gjennomføres i utvalgte lærefag og fylker fra 2017."),
    M("IA1", "Ny IA-avtale 2019–2022", ["3.3"], RAD, "ASD", ["partene i arbeidslivet"], "",
      "Avtalen ble signert i desember 2018. Partene og myndighetene har forpliktet seg til at også kompetansetiltak kan bidra til at flere står i arbeid."),
    M("NAVOPP", "Nytt arbeidsmarkedstiltak med tilbud om opplæring", ["3.5"], KURS, "ASD", ["Arbeids- og velferdsdirektoratet"], "",
      "Tiltaket samler opplæringstilbudene i NAV og gir arbeidsledige og personer med nedsatt arbeidsevne mulighet til lengre opplæring. Det iverksettes fra 1. januar 2019."),
])

F("f05", "NHO_rapport_kompetansepolitisk_raad_2018.docx", "NHO", 2018, "t05_nho2018_typeheadings",
  "python-docx", "Two-level headings with literal numbers ('1', '1.1' …, which look like delmål codes): Heading 1 is the type of measure (plural, free wording), Heading 2 the measure; a 'Knytning til strategien' line (code or only an innsatsområde), a 'Samarbeidspartnere' line, then the description",
  "nb", [
    M("KBU", "Representasjon i Kompetansebehovsutvalget", ["1.1"], RAD, "NHO", [], "",
      "NHO har to representanter i KBU. Vi bidrar med data fra NHOs kompetansebarometer og med innspill om hvilke kompetanser næringslivet etterspør."),
    M("SRY", "Samarbeidsrådet for yrkesopplæring og de faglige rådene", ["1.4", "2.3"], RAD, "NHO", ["LO", "KS", "Spekter", "Virke"], "",
      "NHO oppnevner arbeidsgiverrepresentanter til SRY og de faglige rådene. Arbeidet med ny tilbudsstruktur for yrkesfagene har hatt høy prioritet i 2018."),
    M("SK1", "Samfunnskontrakt for flere læreplasser (2016–2020)", ["1.4", "2.3"], RAD, "NHO", ["KD", "LO", "KS"], "",
      "NHO følger opp samfunnskontrakten gjennom landsforeningene og de regionale NHO-kontorene. Målet er at flere medlemsbedrifter blir godkjente lærebedrifter."),
    M("NHO_KB", "NHOs kompetansebarometer", ["2.2"], FOU, "NHO", ["NIFU"], "",
      "Årlig undersøkelse blant medlemsbedriftene om behovet for kompetanse. Barometeret gjennomføres av NIFU og viser blant annet at fagarbeidere er den mest etterspurte gruppen."),
    M("JOT", "Jenter og teknologi – nasjonal kampanje", ["2.3"], INF, "NHO", ["NITO", "Tekna"], "",
      "Kampanjen skal få flere jenter til å velge realfag og teknologiske utdanninger. I 2018 ble den gjennomført for tredje år på rad, med besøk på skoler i alle fylker."),
    M("YFA", "Yrkesfagåret 2018", ["2.3"], INF, "NHO", ["Kunnskapsdepartementet", "LO"], "",
      "NHO var med på å planlegge og gjennomføre kampanjen for Yrkesfagenes år sammen med departementet. Landsforeningene laget egne innslag om karriereveier i sine bransjer."),
    M("HURT_KAMP", "Kampanje for Hurtigsporet i fire byer", [], INF, "NHO", ["NAV"], "",
      "Kampanjen i Bergen, Bodø, Drammen og Fredrikstad skulle synliggjøre flyktningers kompetanse og rekrutteringsmulighetene for næringslivet. Lokale NHO-bedrifter deltok på arbeidsgivermøter sammen med NAV.",
      area=3),
])

F("f06", "VOFO_rapport_2018.pdf", "VOFO", 2018, "t06_vofo2018_appendix",
  "reportlab", "Long narrative report; measures as '(1)'–'(4)' run-in paragraphs with an italic field line (Delmål – Type – Ansvar – Partnere – Periode); two appendices that repeat scheme names and measure-like phrases",
  "nb", [
    M("KPF", "Kompetansepluss frivillighet", ["3.2", "3.6"], KURS, "Kompetanse Norge", ["studieforbundene"], "2016–2019",
      "VOFO har medvirket til at studieforbundene og medlemsorganisasjonene bruker ordningen til kurs i grunnleggende ferdigheter. I 2018 fikk studieforbundene midler til over 200 kurs i lesing, skriving, regning og digitale ferdigheter."),
    M("KPF_EVAL", "Evaluering av Kompetansepluss frivillighet", ["3.2"], FOU, "VOFO", ["Kompetanse Norge"], "2018–2019",
      "VOFO har tatt initiativ til en evaluering av hvordan ordningen fungerer for deltakere og studieforbund. Evalueringen skal gi grunnlag for å videreutvikle ordningen i dialog med Kompetanse Norge."),
    M("STF_VOFO", "Forskningsprosjekt om studieforbundene som læringskatalysatorer", ["3.6"], FOU, "VOFO", ["Fafo"], "2017–2019",
      "Prosjektet undersøker hvordan kurs i studieforbund kan motivere voksne til videre læring og utdanning. Fafo gjennomfører prosjektet, og sluttrapport kommer i 2019."),
    M("VOFO_REG", "Styrking av VOFOs regionale tilstedeværelse", ["1.2", "1.3"], PRO, "VOFO", ["studieforbundene", "fylkeskommunene"], "2018–2020",
      "VOFO slår sammen regionledd og styrker kompetansen hos regionkonsulentene. Målet er at studieforbundene blir en synlig aktør i regionale kompetansesamarbeid og overfor karriereveilederne."),
])

# ---------------------------------------------------------------- 2019
F("f07", "Akademikerne_NKPS_2019.docx", "Akademikerne", 2019, "t07_aka2019_horizontalform",
  "python-docx", "Horizontal forms: one small table per measure with the labels in the first row and the values in the second row, a merged third row for the description",
  "nb", [
    M("KBU", "Medlem av Kompetansebehovsutvalget (KBU)", ["1.1"], RAD, "Akademikerne", [], "2017–2021",
      "Akademikerne er representert i Kompetansebehovsutvalget. Vi er særlig opptatt av at utvalget også belyser behovet for høyt utdannet arbeidskraft og etter- og videreutdanning for akademikere."),
    M("UHR", "Observatør i Universitets- og høgskolerådets fagstrategiske enheter", ["1.4"], RAD, "Akademikerne", ["medlemsforeningene"], "Løpende",
      "Akademikerne har observatørplass i flere av UHRs fagstrategiske enheter. Posisjonen brukes til å fremme samarbeid mellom utdanning og arbeidsliv og relevans i utdanningene."),
    M("RSA", "Deltakelse i RSA-ene ved universitetene", ["1.4"], RAD, "Akademikernes medlemsforeninger", ["universitetene"], "Løpende",
      "Medlemsforeningene deltar i rådene for samarbeid med arbeidslivet ved flere universiteter. Akademikerne koordinerer innspillene og deler erfaringer mellom foreningene."),
    M("AKA_EVU", "Forskningsrapport «Etter- og videreutdanning blant høyt utdannede i Norge – status og veien videre»", ["2.2"], FOU, "Akademikerne/Econa", ["Ny Analyse"], "2018–2019",
      "Rapporten kartlegger omfang, finansiering og utbytte av etter- og videreutdanning blant medlemmer med høyere utdanning. Funnene ble presentert på et frokostmøte i mars 2019."),
    M("AKA_FRAM", "Forskningsrapport «Framtidens behov for akademikere»", ["1.1", "2.2"], FOU, "Akademikerne", ["Samfunnsøkonomisk analyse"], "2019",
      "Rapporten framskriver etterspørselen etter arbeidskraft med høyere utdanning fram mot 2035. Den er et innspill til arbeidet i Kompetansebehovsutvalget."),
])

F("f08", "Unio_rapportering_2019.pdf", "Unio", 2019, "t08_unio2019_mixedorient",
  "reportlab", "Portrait cover page, then landscape pages: a priorities text and a measure table that breaks onto the next page without a repeated header row; then a portrait page 'Andre tiltak' with one measure in prose",
  "nb", [
    M("KBU", "Unio deltar i Kompetansebehovsutvalget (KBU)", ["1.1"], RAD, "Unio", [], "2017–",
      "Unio har en representant i utvalget. Vi bidrar med kunnskap om kompetansebehovene i helse, utdanning og andre velferdstjenester."),
    M("RSA", "Deltakelse i Råd for samarbeid med arbeidslivet", ["1.4"], RAD, "Unio", ["Unios medlemsorganisasjoner"], "Løpende",
      "Unios forbund deltar i RSA ved universiteter og høyskoler som utdanner lærere, sykepleiere og andre profesjoner. Målet er at utdanningene er relevante for arbeidslivets behov."),
    M("UHR", "Deltakelse i UHRs fagstrategiske enheter", ["1.4"], RAD, "Unio", ["Universitets- og høgskolerådet"], "Løpende",
      "Unio er observatør i de fagstrategiske enhetene for helse- og sosialfag og for lærerutdanning. Vi bruker plassen til å løfte fram praksisfeltets behov."),
    M("DIGAG", "Partenes arbeidsgruppe om digital kompetanse", ["2.1"], RAD, "KD", ["Kompetanse Norge", "hovedorganisasjonene"], "2017–2018",
      "Unio deltok i arbeidsgruppen som identifiserte behov for digital kompetanse i arbeidslivet. Gruppens anbefalinger følges opp i Unios digitaliseringspolitiske arbeid."),
    M("TV_UNIO", "Skolering av tillitsvalgte i digitalisering", ["2.1"], KURS, "Unio", ["Unios medlemsorganisasjoner"], "2019–2020",
      "Unio har arrangert workshop med medlemsforbundene og bygger temaet digitalisering inn i tillitsvalgtskoleringen. Målet er at tillitsvalgte kan medvirke når virksomhetene tar i bruk ny teknologi."),
    M("UNIO_STF", "Aktiv bruk av studieforbund", [], KURS, "Unio", [], "",
      "Flere av Unios forbund bruker studieforbundene aktivt til kompetansehevende kurs for medlemmene. Kursene er åpne for alle medlemmer og gir ofte studiepoeng eller kursbevis."),
])

F("f09", "LO_rapport_NKPS_2019.pdf", "LO", 2019, "t09_lo2019_numberedlist",
  "python-docx → LibreOffice PDF", "Word auto-numbered list: measures at level 1 (1., 2., …), their fields as level-2 items (i., ii., …) with 'Label: value' (Delmål, Type tiltak, Ansvarlig, Samarbeid – left out when empty –, Periode, Beskrivelse), so the roman numbers shift from measure to measure",
  "nb", [
    M("KBU", "Kompetansebehovsutvalget (KBU)", ["1.1"], RAD, "LO", [], "Løpende",
      "LO fortsetter arbeidet i utvalget, som i februar 2019 la fram rapporten NOU 2019: 2 Fremtidige kompetansebehov II. LO har særlig bidratt til analysene av behovet for fagarbeidere."),
    M("TV_LO", "Tillitsvalgtskolering om kompetanseutvikling på arbeidsplassen", ["2.1", "2.2"], KURS, "LO", ["forbundene"], "2017–2020",
      "Kursopplegget for tillitsvalgte er videreført og utvidet med en modul om digital omstilling. Om lag 400 tillitsvalgte har deltatt siden oppstarten i 2017."),
    M("SRY", "SRY og de faglige rådene", ["1.4", "2.3"], RAD, "LO", ["NHO", "KS", "Spekter", "Virke"], "Løpende",
      "LO oppnevner arbeidstakerrepresentanter til SRY og de faglige rådene. I 2019 har arbeidet med ny tilbudsstruktur og fagfornyelsen stått sentralt."),
    M("BRP", "Treparts bransjeprogram for kompetanseutvikling", ["2.1", "2.4"], KURS, "KD", ["LO", "NHO", "Fellesforbundet", "Fagforbundet", "KS"], "2019–2021",
      "LO og forbundene deltar i styringen av bransjeprogrammene for industri og bygg og for kommunal helse- og omsorgssektor. Forbundene bidrar til å rekruttere deltakere og sikre at tilbudene treffer behovene."),
    M("MAT40", "Matindustrien 4.0 – kompetanseløft for hele matindustrien", ["2.1"], PRO, "LO/NNN", ["NHO Mat og drikke", "Sjømat Norge"], "2018–2020",
      "Prosjektet skal gi ansatte i matindustrien kompetanse til å møte automatisering og digitalisering. Det omfatter kurs for både operatører, fagarbeidere og tillitsvalgte."),
    M("IA1", "IA-avtalen 2019–2022", ["3.3"], RAD, "ASD", ["LO", "NHO", "KS", "Spekter", "Virke", "Unio", "YS", "Akademikerne"], "2019–2022",
      "Den nye IA-avtalen skal redusere sykefravær og frafall fra arbeidslivet. LO arbeider for at kompetanseutvikling blir brukt aktivt for å hindre at arbeidstakere faller ut."),
    M("ARU19", "Arendalsuka 2019: debatt om livslang læring", ["2.2"], ARR, "LO", ["NHO", "Kompetanse Norge"], "August 2019",
      "LO arrangerte en debatt om hvordan arbeidstakere uten høyere utdanning kan få tilgang til etter- og videreutdanning. Debatten samlet over 150 deltakere."),
    M("FSK18", "Spekters fagskolekonferanse 2018", ["2.3"], ARR, "Spekter", ["LO/Fagforbundet", "YS/Delta"], "Februar 2018",
      "Fagforbundet deltok i planleggingen av konferansen om fagskoleutdanninger i spesialisthelsetjenesten. Konferansen synliggjorde karriereveier for helsefagarbeidere."),
])

# ---------------------------------------------------------------- 2020
F("f10", "Vestland_fylkeskommune_rapport_NKPS_2020.docx", "Vestland fylkeskommune", 2020, "t10_vestland2020_textboxes",
  "python-docx (raw DrawingML/VML)", "Nynorsk; every measure sits in its own Word text box (wps text box with VML fallback, so the text is stored twice); body text holds only introduction and links",
  "nn", [
    M("KF_VL", "Kompetanseforum Vestland", ["1.2"], RAD, "Vestland fylkeskommune",
      ["NHO Vestland", "LO i Vestland", "KS Vest", "NAV Vestland", "Høgskulen på Vestlandet", "Universitetet i Bergen"], "2020–",
      "Forumet samlar dei regionale kompetanseaktørane og skal gje råd om prioriteringar i kompetansepolitikken. Det første møtet i det nye fylket vart halde i september 2020.",
      type="Råd/utval/nettverk"),
    M("PLAN_VL", "Regional plan for kompetanse og arbeidskraft", ["1.2", "1.4"], PRO, "Vestland fylkeskommune", ["Kompetanseforum Vestland", "kommunane"], "2020–2021",
      "Fylkeskommunen utarbeider ein regional plan som skal samordne innsatsen for kompetanse og arbeidskraft i heile fylket. Planprogrammet vart vedteke hausten 2020, og planen skal vere ferdig i 2021.",
      type="Prosjekt"),
    M("KAR_VL", "Karriere Vestland – karrieresentera i Bergen, Førde og Stord", ["1.3"], INF, "Vestland fylkeskommune", ["NAV Vestland"], "2020–2023",
      "Karrieresentera gjev gratis karriererettleiing til vaksne over 19 år. I 2020 vart mykje av rettleiinga flytta til telefon og video på grunn av koronapandemien.",
      type="Informasjon"),
    M("BIO_VL", "Bedriftsintern opplæring (BIO)", ["2.4"], KURS, "Vestland fylkeskommune", ["NAV Vestland", "bedrifter"], "2020",
      "Frå 2020 forvaltar fylkeskommunen tilskotet til bedriftsintern opplæring. Ordninga vart kraftig oversøkt, og ekstra midlar frå krisepakkane vart fordelte til bedrifter i omstilling.",
      type="Kurs/utdanning"),
    M("SFM", "Opplæring for minoritetsspråklege til helsefagarbeidar (Sogn og Fjordane-modellen)", ["3.3", "3.5"], KURS, "Vestland fylkeskommune", ["NAV", "kommunane"], "2020–2022",
      "Modellen kombinerer norskopplæring, fagopplæring og praksis i kommunale helse- og omsorgstenester. Etter samanslåinga vert modellen prøvd ut i fleire kommunar i heile Vestland.",
      type="Kurs / utdanning"),
])

F("f11", "Trondelag_fylkeskommune_statusrapport_2020.pdf", "Trøndelag fylkeskommune", 2020, "t11_trondelag2020_trafficlight",
  "reportlab", "Status report: landscape table with a drawn traffic-light column (coloured disc + status word), delmål as bare codes, comment column = description; legend below",
  "nb", [
    M("PLAN_TRO", "Kompetansestrategi for Trøndelag", ["1.2"], PRO, "Trøndelag fylkeskommune",
      ["NHO Trøndelag", "LO Trøndelag", "KS", "NAV Trøndelag", "NTNU", "Nord universitet"], "2019–2023",
      "Strategien er vedtatt i fylkestinget og følges opp av et partnerskap med arbeidslivet og utdanningsinstitusjonene. En handlingsplan for 2021 er under arbeid.",
      status="green"),
    M("KAR_TRO", "Karriere Trøndelag", ["1.3"], INF, "Trøndelag fylkeskommune", ["NAV", "kommunene"], "2018–",
      "Karrieresentrene i Trondheim, Steinkjer og Orkanger tilbyr veiledning til voksne. Antall veiledningssamtaler økte med 30 prosent i 2020, blant annet som følge av permitteringer.",
      status="green"),
    M("BIO_TRO", "BIO-midler i Trøndelag", ["2.4"], KURS, "Trøndelag fylkeskommune", ["NAV Trøndelag"], "2020",
      "Fylkeskommunen overtok forvaltningen av tilskudd til bedriftsintern opplæring fra 2020. Ordningen ble kraftig oversøkt, og ekstra midler fra krisepakkene ble fordelt i juni.",
      status="green"),
    M("FBJ_TRO", "Fagbrev på jobb", ["3.1"], KURS, "Trøndelag fylkeskommune", ["opplæringskontorene", "arbeidsgivere"], "2019–2022",
      "Ordningen gir ansatte mulighet til å ta fagbrev gjennom arbeidet uten å gå veien om læretid. Oppstarten av nye kandidater ble forsinket i 2020 på grunn av smitteverntiltak.",
      status="yellow"),
])

F("f12", "YS_oppfolging_kompetansestrategien_2020.docx", "YS", 2020, "t12_ys2020_pipelines",
  "python-docx", "Measures numbered '(1)'–'(4)' as bold paragraphs; one pipe-separated field line under each ('Delmål 2.2 | FoU | Ansvar: YS | Samarbeid: … | 2019–2020', partly without labels); header and footer with 'Side x av y'",
  "nb", [
    M("KBU", "KBU – deltakelse i Kompetansebehovsutvalget", ["1.1"], RAD, "YS", [], "2017–2021",
      "YS har vært representert i utvalget siden oppstarten. I 2020 la utvalget fram rapporten NOU 2020: 2 Fremtidige kompetansebehov III, som YS har fulgt opp i egne innspill.",
      type="Råd/utvalg/ nettverk"),
    M("TV_YS", "YS-skolen: kurs for tillitsvalgte om kompetanseplaner", ["2.2"], KURS, "YS", ["YS-forbundene"], "2020",
      "Kurset gir tillitsvalgte verktøy for å kartlegge kompetansebehov og følge opp kompetanseplaner i virksomheten. Kurset ble gjennomført digitalt for første gang høsten 2020.",
      type="Kurs/utdanning"),
    M("BAL", "Oppfølging av Balansekunst-modellen", ["2.5"], FOU, "YS", ["Virke", "LO", "NHO"], "2019–2020",
      "YS har sammen med de andre partene fulgt opp modellen for å beskrive kompetanse som bygges opp i arbeidslivet. Modellen er prøvd ut i to bransjer i samarbeid med medlemsforbund.",
      type="Forskning og utvikling"),
    M("YS_ALB", "YS Arbeidslivsbarometer", ["2.2"], FOU, "YS", ["AFI ved OsloMet"], "Årlig",
      "Barometeret er en årlig undersøkelse av utviklingen i norsk arbeidsliv. Årets utgave hadde et eget tema om kompetanseutvikling og tilgang til opplæring på arbeidsplassen.",
      type="FoU"),
])

# ---------------------------------------------------------------- 2021
F("f13", "Virke_rapportering_2021.pdf", "Virke", 2021, "t13_virke2021_delmaltext",
  "python-docx → LibreOffice PDF", "Delmål named only by their quoted text (no codes) as section headings; under each a two-column table 'Tiltak | Om tiltaket' where the right cell mixes description, 'Ansvar/partnere' and 'Tidsrom' paragraphs",
  "nb", [
    M("RSA", "Virkes deltakelse i Råd for samarbeid med arbeidslivet (RSA)", ["1.4"], RAD, "Virke", [], "Løpende",
      "Virke deltar i RSA ved flere universiteter og høyskoler og i fagskolenes samarbeidsorganer. Vi vektlegger særlig utdanninger innen handel, helse og kunnskapsbransjene."),
    M("UHR", "Plass i UHRs fagstrategiske enheter", ["1.4"], RAD, "Virke", ["UHR"], "Løpende",
      "Virke er observatør i de fagstrategiske enhetene for økonomisk-administrative fag og helse- og sosialfag. Plassen brukes til å gi innspill om arbeidslivsrelevans."),
    M("BRP_VH", "Bransjeprogram for varehandelen", ["2.1"], KURS, "Virke", ["Handel og Kontor i Norge", "NHO Service og Handel", "Kompetanse Norge"], "2020–2022",
      "Virke er med i styringsgruppen for bransjeprogrammet for varehandel, som ble opprettet i 2020. Programmet tilbyr korte, nettbaserte moduler i blant annet netthandel, kundebehandling og ledelse."),
    M("BAL", "Balansekunst – modell for å beskrive kompetanse fra arbeidslivet", ["2.5"], FOU, "Virke", ["LO", "NHO", "YS"], "2018–2021",
      "Modellen fra rapporten «Balansekunst» er videreutviklet og prøvd ut i samarbeid med partene. Virke arbeider for at modellen tas i bruk i arbeidet med et nasjonalt system for dokumentasjon av realkompetanse."),
])

F("f14", "HK-dir_tiltak_NKPS_2021.pdf", "HK-dir", 2021, "t14_hkdir2021_cards",
  "reportlab", "Cover text, then measure 'cards' in two columns per page (boxed, small-caps kicker 'DELMÅL 1.3 · INFORMASJON', title, text, footer line with Ansvar/Partnere/Periode)",
  "nb", [
    M("KBU", "Sekretariat for Kompetansebehovsutvalget", ["1.1"], RAD, "HK-dir", ["KD"], "2017–",
      "Direktoratet er sekretariat for KBU og gjennomfører analyser på oppdrag fra utvalget. I 2021 har sekretariatet blant annet arbeidet med kompetansebehov i det grønne skiftet."),
    M("NFK", "Nasjonalt forum for karriereveiledning", ["1.3"], RAD, "HK-dir", ["KD", "KS", "partene i arbeidslivet", "fylkeskommunene"], "2016–",
      "Forumet samler sentrale aktører på karriereveiledningsfeltet og gir råd om utviklingen av et helhetlig system. I 2021 har forumet drøftet kvalitet i karriereveiledningen for voksne i omstilling."),
    M("KVAL", "Kvalitetsrammeverket for karriereveiledning", ["1.3"], PRO, "HK-dir", ["fylkeskommunene", "karrieresentrene"], "2019–",
      "Rammeverket består av etiske retningslinjer, en kompetansestandard for veiledere og verktøy for kvalitetsutvikling. Direktoratet tilbyr opplæring i rammeverket til fylkeskommunene og karrieresentrene."),
    M("DIGKV", "Karriereveiledning.no – nasjonal digital veiledningstjeneste", ["1.3"], INF, "HK-dir", ["KD"], "2020–",
      "Tjenesten tilbyr veiledning på chat, telefon og e-post til alle over 19 år. Bruken økte kraftig i 2021, særlig blant permitterte og arbeidsledige."),
    M("BRP", "Forvaltning av treparts bransjeprogrammer", ["2.1", "2.4"], KURS, "HK-dir", ["KD", "partene i arbeidslivet"], "2019–2022",
      "Direktoratet forvalter tilskuddene til bransjeprogrammene og følger opp utdanningstilbyderne. I 2021 var det ni bransjeprogrammer med over 10 000 deltakere."),
    M("FLEKS", "Tilskuddsordningen for fleksible videreutdanningstilbud", ["2.1"], KURS, "HK-dir", ["universiteter", "høyskoler", "fagskoler"], "2018–",
      "Ordningen gir midler til utvikling av fleksible og arbeidsrelevante utdanningstilbud. I 2021 ble det tildelt midler til 60 nye tilbud, mange innen digital kompetanse og grønn omstilling."),
    M("FVO", "Forberedende opplæring for voksne (FVO)", ["3.1"], KURS, "HK-dir", ["kommunene", "Utdanningsdirektoratet"], "2021–",
      "Etter forsøksperioden er forberedende opplæring for voksne innført som ordinær ordning. Direktoratet utvikler læreplaner og veiledningsmateriell for kommunene."),
    M("KPF", "Kompetansepluss frivillighet", ["3.2", "3.6"], KURS, "HK-dir", ["studieforbundene", "VOFO"], "2016–2021",
      "Ordningen gir frivillige organisasjoner og studieforbund midler til opplæring i grunnleggende ferdigheter. 2021 var det siste året med utlysning under dette navnet."),
])

# ---------------------------------------------------------------- 2022
F("f15", "KD_rapport_kompetansepolitisk_rad_2022.docx", "Regjeringen", 2022, "t15_reg2022_transposed",
  "python-docx", "Transposed matrices: each table has the field labels in the first column and three measures as columns; four tables in a row, the last one with a single filled measure column and two empty ones",
  "nb", [
    M("KBU", "Kompetansebehovsutvalget (KBU) – nytt mandat fra 2022", ["1.1"], RAD, "KD", ["ASD", "KDD", "NFD", "partene i arbeidslivet", "HK-dir"], "2022–2025",
      "Utvalget er videreført med nytt mandat og ny sammensetning. Det skal blant annet se nærmere på kompetansebehov knyttet til det grønne skiftet og regional utvikling."),
    M("SK2", "Samfunnskontrakt for flere læreplasser og bedre fagopplæring 2022–2026", ["1.4", "2.3"], RAD, "KD", ["partene i arbeidslivet", "KS", "fylkeskommunene"], "2022–2026",
      "Den nye kontrakten ble signert i 2022 og erstatter kontrakten for 2016–2020. Målet er at alle kvalifiserte søkere skal få læreplass og at flere fullfører fag- og yrkesopplæringen."),
    M("BRP", "Treparts bransjeprogrammer for kompetanseutvikling", ["2.1", "2.4"], KURS, "KD", ["ASD", "partene i arbeidslivet", "HK-dir"], "2019–2023",
      "Bransjeprogrammene er videreført med nye bransjer i 2022. Partene i de enkelte bransjene definerer kompetansebehovet, og utdanningstilbyderne utvikler tilbud som kan tas ved siden av jobb."),
    M("BRP_EVAL", "Evaluering av treparts bransjeprogrammer", ["2.2"], FOU, "KD", ["HK-dir", "Oxford Research"], "2021–2023",
      "Evalueringen skal vise om bransjeprogrammene når målgruppene og bidrar til økt deltakelse i kompetanseutvikling. Første delrapport ble levert i 2022."),
    M("FLEKS", "Fleksible videreutdanningstilbud – utlysning 2022", ["2.1", "2.4"], KURS, "KD", ["HK-dir"], "2022",
      "Tilskuddsordningen for fleksible utdanningstilbud er videreført. Utlysningen i 2022 prioriterte tilbud innen helse, digital kompetanse og det grønne skiftet."),
    M("FAGSK", "Videre utvikling av fagskoleutdanningen", ["2.3"], KURS, "KD", ["Nasjonalt fagskoleråd", "NOKUT", "HK-dir"], "2022–2025",
      "Regjeringen følger opp fagskolemeldingen med økt finansiering og bedre tilgang på fagskoleplasser. Fagskolene skal i større grad tilby fleksible tilbud for voksne i arbeid."),
    M("GODK", "Godkjenning av utenlandsk fagskoleutdanning", ["2.6"], KURS, "KD", ["HK-dir"], "2019–",
      "Godkjenningsordningen ble overført fra NOKUT til HK-dir i 2022. Saksbehandlingstiden er redusert, og flere søkere får vedtak innen tre måneder."),
    M("MODUL", "Forsøk med modulstrukturert opplæring for voksne – videreført", ["3.1"], KURS, "KD", ["Utdanningsdirektoratet", "fylkeskommunene"], "2017–2024",
      "Forsøket er forlenget og utvidet til flere lærefag. Erfaringene skal danne grunnlag for en permanent ordning for modulstrukturert fag- og yrkesopplæring for voksne."),
    M("IA2", "Ny IA-avtale 2023–2026", ["3.3"], RAD, "ASD", ["partene i arbeidslivet"], "2023–2026",
      "Regjeringen og partene er enige om en ny avtale om et inkluderende arbeidsliv fra 2023. Avtalen viderefører innsatsen mot sykefravær og frafall, med økt vekt på kompetanse i bransjer med høyt fravær."),
    M("NAVOPP", "Opplæringstiltaket i NAV", ["3.5"], KURS, "ASD", ["Arbeids- og velferdsdirektoratet", "fylkeskommunene"], "2019–",
      "Opplæringstiltaket gir arbeidssøkere mulighet til kortere kurs og lengre yrkesrettet opplæring. Fra 2022 kan flere ta fag- og yrkesopplæring som del av tiltaket."),
])

F("f16", "LO_statusoversikt_2022.docx", "LO", 2022, "t16_lo2022_statustable",
  "python-docx", "Status table (Nr | Tiltak | Delmål | Ansvar og partnere | Status 2022 | Kommentar) with a merged 'Andre tiltak' row, superscript note marks after two titles and notes below the table",
  "nb", [
    M("KBU", "Kompetansebehovsutvalget", ["1.1"], RAD, "LO", [], "",
      "LO er med i utvalget også i den nye perioden fra 2022. Vi har fremmet temaet kompetansebehov i industrien i det grønne skiftet.",
      status="Videreført"),
    M("TV_LO", "Tillitsvalgtopplæring om kompetanse", ["2.1", "2.2"], KURS, "LO", ["forbundene"], "",
      "Tillitsvalgtopplæringen er videreført i digitalt format og tilpasset de ulike forbundenes avtaleverk. Det er utviklet en egen modul om bransjeprogrammene.",
      status="Videreført"),
    M("BRP", "Bransjeprogrammene", ["2.1", "2.4"], KURS, "KD", ["LO-forbundene", "NHO"], "",
      "LO-forbundene deltar i styringsgruppene for bransjeprogrammene. Vi arbeider for at programmene videreføres og gjøres permanente.",
      status="Videreført", note="Se også Regjeringens rapportering for 2022."),
    M("MAT40", "Matindustrien 4.0, fase 2", ["2.1"], PRO, "LO/NNN", ["NHO Mat og Drikke"], "",
      "Prosjektet er inne i en andre fase med vekt på automatisering og dataanalyse i produksjonen. Flere bedrifter tilbyr nå fagbrev og moduler til egne ansatte.",
      status="Videreført"),
    M("SK2", "Samfunnskontrakt for flere læreplasser (2022–2026)", ["1.4", "2.3"], RAD, "KD", ["LO", "NHO", "KS", "Spekter", "Virke", "Unio", "YS"], "",
      "LO har signert den nye samfunnskontrakten. Vi vil særlig arbeide for flere læreplasser i offentlig sektor og bedre kvalitet i fagopplæringen.",
      status="Nytt"),
    M("IA1", "IA-avtalen 2019–2022", ["3.3"], RAD, "ASD", ["partene"], "",
      "Avtaleperioden er over. LO har bidratt i bransjeprogrammene i IA-avtalen og i arbeidet med kompetanse som virkemiddel for å redusere frafall.",
      status="Avsluttet"),
    M("IA2", "Ny avtale om inkluderende arbeidsliv", ["3.3"], RAD, "ASD", ["partene"], "",
      "LO har deltatt i forhandlingene om en ny IA-avtale fra 2023. Kompetanseutvikling for arbeidstakere med høy risiko for frafall er et prioritert område.",
      status="Nytt", note="Avtalen gjelder fra 1. januar 2023."),
    M("ARU22", "Arendalsuka 2022 – debatt om kompetansereformen", ["2.2"], ARR, "LO", ["HK-dir", "NHO"], "",
      "LO arrangerte en debatt om erfaringene med kompetansereformen «Lære hele livet». Panelet drøftet særlig hvordan flere uten høyere utdanning kan delta i etter- og videreutdanning.",
      status="Gjennomført"),
    M("LO_KOMP", "LOs kompetansepolitiske program 2022–2025", [], INF, "LO", [], "",
      "Programmet ble vedtatt på LO-kongressen og fastsetter LOs prioriteringer i kompetansepolitikken. Det legger blant annet vekt på rett til etter- og videreutdanning og finansiering av livsopphold under utdanning.",
      status="Nytt", other=True),
])

# ---------------------------------------------------------------- 2023
F("f17", "MRFK_rapport_kompetansestrategi_2023.pdf", "Møre og Romsdal fylkeskommune", 2023, "t17_mr2023_nynorskheadings",
  "python-docx → LibreOffice PDF", "Nynorsk; Heading 1 = 'Delmål x.y' plus the Nynorsk delmål text, Heading 2 = measure; one run-in field paragraph 'Ansvarleg: … · Partnarar: … · Periode: … · Type: …'; header/footer with organisation name and page numbers; 'Andre tiltak' heading",
  "nn", [
    M("KALL_MR", "Kompetansealliansen Møre og Romsdal", ["1.2"], RAD, "Møre og Romsdal fylkeskommune",
      ["NHO Møre og Romsdal", "LO i Møre og Romsdal", "Høgskulen i Molde", "NTNU i Ålesund", "NAV Møre og Romsdal"], "2019–",
      "Alliansen samlar arbeidsliv, utdanningsinstitusjonar og offentlege aktørar for å samarbeide om kompetansebehova i regionen. I 2023 har alliansen prioritert kompetanse for det grøne skiftet i maritim industri.",
      type="Råd/utval/nettverk"),
    M("KAR_MR", "Karrieresenter for alle over 19 år", ["1.3"], PRO, "Møre og Romsdal fylkeskommune", ["NAV Møre og Romsdal", "kommunane"], "2018–",
      "Karrieresenteret i Molde, Ålesund og Kristiansund gjev gratis rettleiing til vaksne. Rettleiarane har fått kompetanseheving i seniorperspektivet og i rettleiing av innvandrarar.",
      type="Prosjekt"),
    M("FBJ_MR", "Fagbrev på jobb", ["3.1"], KURS, "Møre og Romsdal fylkeskommune", ["opplæringskontora", "arbeidsgjevarar"], "2020–",
      "Ordninga gjev tilsette høve til å ta fagbrev gjennom arbeidet sitt. I 2023 var det 140 kandidatar i ordninga, flest innan helsearbeidarfaget og industrifaga.",
      type="Kurs/utdanning"),
    M("MR_FAGSK", "Nye fagskuletilbod innan maritime fag", [], KURS, "Fagskulen i Ålesund", ["maritim næring"], "2023–2025",
      "Fagskulen startar nye tilbod i maritim elektro og automasjon i samarbeid med næringslivet. Tilboda er samlingsbaserte og kan takast ved sida av jobb.",
      type="Kurs og utdanning", other=True),
])

F("f18", "Spekter_tiltaksoversikt_2023.pdf", "Spekter", 2023, "t18_spekter2023_crossmatrix",
  "reportlab", "Landscape cross matrix (rows = measures, columns = delmål codes marked with ✓) plus type; followed by 'Omtale av tiltakene' with numbered entries, an inline field line and the description",
  "nb", [
    M("SP_MLB", "Møteplass lærebedrift", ["1.4", "2.3"], ARR, "Spekter", ["opplæringskontorene"], "Årlig i mars",
      "Den årlige møteplassen samlet i 2023 over 100 deltakere fra lærebedrifter i helseforetakene og andre medlemsvirksomheter. Tema var rekruttering av lærlinger til helsearbeiderfaget."),
    M("SP_NETT", "HR-direktørnettverket (tidligere arbeidsgivernettverket)", ["2.2"], RAD, "Spekter", [], "Løpende",
      "Nettverket møtes fire ganger i året. Kompetansebehov og kompetansedeling mellom helseforetak var hovedtema i 2023."),
    M("FSK23", "Fagskolekonferansen 2023", ["2.3"], ARR, "Spekter", ["Fagforbundet", "Delta"], "9. mars 2023",
      "Årets konferanse handlet om fagskoleutdanning som karrierevei for helsefagarbeidere. Konferansen ble arrangert i samarbeid med arbeidstakerorganisasjonene."),
    M("SP_DIALOG", "Dialogmøte med Spekters representanter i faglige råd", ["1.4", "2.3"], ARR, "Spekter", ["Spekters medlemsvirksomheter"], "Juni 2023",
      "Spekter samler årlig sine representanter i de faglige rådene og i SRY for å drøfte aktuelle saker. I 2023 var fagfornyelsen og dimensjonering av læreplasser hovedtema."),
    M("NFK", "Deltakelse i Nasjonalt forum for karriereveiledning", ["1.3"], RAD, "HK-dir", ["Spekter", "KS"], "Løpende",
      "Spekter deltar i forumet på vegne av arbeidsgiverne i helse- og kultursektoren. Vi har bidratt med innspill om karriereveiledning for ansatte i omstilling."),
    M("SK2", "Samfunnskontrakten for flere læreplasser 2022–2026", ["2.3"], RAD, "KD", ["partene"], "2022–2026",
      "Spekter følger opp kontrakten overfor medlemsvirksomhetene. Antallet lærlinger i helseforetakene har økt med 12 prosent siden 2021."),
])

# ---------------------------------------------------------------- 2024
F("f19", "KS_rapportering_2024.docx", "KS", 2024, "t19_ks2024_nested",
  "python-docx", "Outer two-column table, one row per delmål (code + short text in the left cell); the right cell holds one nested label|value table per measure",
  "nb", [
    M("KBU", "Kompetansebehovsutvalget", ["1.1"], RAD, "KD", ["KS", "partene"], "2017–",
      "KS deltar i utvalget med særlig vekt på kompetansebehovene i kommunesektoren. Utvalgets rapport fra 2023 om kompetansebehov i helse og omsorg er fulgt opp i KS' arbeidsgiverpolitikk."),
    M("KSL", "KS Læring – digital læringsplattform for kommunene", ["2.1"], INF, "KS", ["kommunene", "fylkeskommunene"], "Løpende",
      "Plattformen brukes nå av nesten alle kommuner til å dele kurs og e-læring med ansatte. I 2024 er det lagt til nye kurs om kunstig intelligens i offentlig sektor."),
    M("AMON", "KS' arbeidslivsmonitor", ["2.2"], FOU, "KS", [], "Årlig",
      "Monitoren gir oversikt over sysselsetting, kompetanse og rekrutteringsbehov i kommunesektoren. Ny utgave ble publisert i mai 2024."),
    M("AMON_LANS", "Lansering av arbeidslivsmonitoren på Arbeidsgiverkonferansen 2024", ["2.2"], ARR, "KS", [], "Mai 2024",
      "Monitoren ble lansert med innlegg og debatt på KS' arbeidsgiverkonferanse. Rundt 600 ledere fra kommuner og fylkeskommuner deltok."),
    M("SK2", "Samfunnskontrakt for flere læreplasser og bedre fagopplæring (2022–2026)", ["2.3"], RAD, "KD", ["KS", "partene i arbeidslivet"], "2022–2026",
      "KS følger opp målet om at kommunesektoren skal ta inn flere lærlinger. Status for lærlinger i kommunesektoren publiseres hvert år."),
    M("MIH", "Menn i helse", ["3.3"], PRO, "KS", ["NAV", "kommunene", "Helsedirektoratet"], "2010–",
      "Programmet gir menn som står utenfor arbeidslivet mulighet til å ta fagbrev som helsefagarbeider. Over 1 000 kandidater har fullført siden oppstarten."),
    M("MIH_EVAL", "Evaluering av Menn i helse", ["3.3"], FOU, "KS", ["Østlandsforskning"], "2023–2024",
      "Evalueringen ser på gjennomføring, overgang til arbeid og kommunenes erfaringer. Sluttrapporten ble lagt fram i juni 2024."),
])

F("f20", "NHO_tiltak_NKPS_2024.docx", "NHO", 2024, "t20_nho2024_grouprows",
  "python-docx", "One long table with full-width merged group rows ('Delmål 1.4 – …', 'Andre tiltak') and measure rows beneath (Tiltak | Type | Ansvarlig og partnere | Tid | Beskrivelse)",
  "nb", [
    M("KBU", "NHO i Kompetansebehovsutvalget", ["1.1"], RAD, "NHO", [], "2017–",
      "NHO er fortsatt representert i KBU. Vi har bidratt med data fra kompetansebarometeret til utvalgets analyser av mangel på fagarbeidere."),
    M("RSA", "Deltakelse i RSA ved universiteter og høyskoler", ["1.4"], RAD, "NHO", ["NHOs regionkontorer", "landsforeningene"], "Løpende",
      "NHOs regionkontorer og landsforeninger deltar i rådene for samarbeid med arbeidslivet. Målet er bedre dimensjonering og mer praksis i utdanningene."),
    M("SRY", "SRY og de faglige rådene", ["1.4"], RAD, "NHO", ["LO", "KS", "Spekter", "Virke"], "2024–2027",
      "NHO har oppnevnt nye representanter for rådsperioden 2024–2027. Arbeidet med kompetansemål for nye lærefag innen fornybar energi har prioritet."),
    M("NHO_KB", "NHOs kompetansebarometer", ["2.2"], FOU, "NHO", ["NIFU"], "Årlig",
      "Barometeret for 2024 viser at seks av ti bedrifter har udekket kompetansebehov. Mangelen er størst for fagarbeidere innen bygg, industri og elektro."),
    M("JOT", "Jenter og teknologi", ["2.3"], INF, "NHO", ["NITO", "Tekna"], "Årlig",
      "Kampanjen har nådd over 100 000 jenter siden starten i 2016. I 2024 var temaet karrierer i det grønne skiftet."),
    M("SK2", "Samfunnskontrakten 2022–2026", ["2.3"], RAD, "KD", ["NHO", "partene"], "2022–2026",
      "NHO følger opp kontrakten gjennom landsforeningene og opplæringskontorene. Antallet nye lærekontrakter i privat sektor økte i 2024."),
    M("NHO_KI", "Kunstig intelligens i bedriftene – kompetanseprogram for ledere", [], KURS, "NHO", ["NTNU", "BI"], "2024–2025",
      "Programmet gir ledere i små og mellomstore bedrifter en innføring i hvordan kunstig intelligens kan tas i bruk. Det første kullet startet høsten 2024.",
      other=True),
])

# ---------------------------------------------------------------- 2025
F("f21", "Innlandet_fylkeskommune_presentasjon_2025.pdf", "Innlandet fylkeskommune", 2025, "t21_innlandet2025_slides",
  "reportlab (canvas)", "Slide deck exported to PDF (16:9 pages): title and agenda slides that name topics, then one slide per measure with 'Hva / Delmål / Type / Ansvar / Med / Når' bullets, closing 'Veien videre' slide",
  "nb", [
    M("PLAN_INN", "Regional plan for kompetanse i Innlandet", ["1.2"], PRO, "Innlandet fylkeskommune",
      ["NAV Innlandet", "NHO Innlandet", "LO Innlandet", "Høgskolen i Innlandet"], "2024–2028",
      "Planen samler fylkeskommunen, arbeidslivet og utdanningsinstitusjonene om felles mål for kompetanse og arbeidskraft. Handlingsprogrammet rulleres årlig."),
    M("KAR_INN", "Karriere Innlandet", ["1.3"], INF, "Innlandet fylkeskommune", ["NAV Innlandet", "kommunene"], "Løpende",
      "Karrieresentrene på Hamar, Lillehammer, Gjøvik og Elverum tilbyr gratis karriereveiledning for voksne. I 2025 ble det åpnet et digitalt veiledningstilbud for hele fylket."),
    M("BIO_INN", "Bedriftsintern opplæring (BIO) i Innlandet", ["2.4"], KURS, "Innlandet fylkeskommune", ["Innovasjon Norge", "NAV Innlandet"], "2025",
      "Tilskuddet skal hjelpe bedrifter i omstilling med å heve kompetansen til egne ansatte. I 2025 ble 42 bedrifter tildelt midler."),
    M("FBJ_INN", "Fagbrev på jobb", ["3.1"], KURS, "Innlandet fylkeskommune", ["opplæringskontorene"], "Løpende",
      "Ansatte med lang praksis kan ta fagbrev på arbeidsplassen med veiledning fra opplæringskontorene. Ordningen er særlig brukt i helse- og oppvekstfag."),
])

F("f22", "Vestland_fylkeskommune_arsrapport_kompetanse_2025.pdf", "Vestland fylkeskommune", 2025, "t22_vestland2025_twocolumn",
  "python-docx → LibreOffice PDF", "Nynorsk annual report typeset in two newspaper columns (Word section columns); measures as 'Tiltak n:' headings with one-line definition fields and a 'Skildring' paragraph; header/footer on every page",
  "nn", [
    M("KAR_VL", "Karriere Vestland", ["1.3"], INF, "Vestland fylkeskommune", ["NAV Vestland", "kommunane"], "2020–",
      "Karrieresentera i Bergen, Førde, Stord og Voss gav i 2025 over 6 000 rettleiingssamtalar. Det er særleg auke i talet på vaksne som vil ta fagbrev.",
      type="Informasjon"),
    M("PLAN_VL", "Regional plan for kompetanse og arbeidskraft 2021–2033 – handlingsprogram", ["1.2", "1.4"], PRO, "Vestland fylkeskommune", ["Kompetanseforum Vestland"], "2025–2026",
      "Handlingsprogrammet for 2025–2026 følgjer opp planen med tiltak for fleire fagarbeidarar og betre samarbeid mellom utdanning og arbeidsliv. Programmet vart vedteke av fylkestinget i desember 2024.",
      type="Prosjekt"),
    M("KF_VL", "Kompetanseforum Vestland", ["1.2"], RAD, "Vestland fylkeskommune", ["partane i arbeidslivet", "NAV Vestland", "universitet", "høgskular"], "2020–",
      "Forumet møtest to gonger i året og er partnarskapet bak den regionale planen. I 2025 var kompetansebehov i grøn industri hovudtema.",
      type="Råd/utval/nettverk"),
    M("BIO_VL", "BIO – bedriftsintern opplæring", ["2.4"], KURS, "Vestland fylkeskommune", ["Innovasjon Norge"], "2025",
      "Fylkeskommunen tildeler tilskot til bedrifter som treng opplæring av tilsette i samband med omstilling. I 2025 vart det prioritert bedrifter innan havbruk og grøn industri.",
      type="Kurs/utdanning"),
    M("SFM", "Vestlandsmodellen for helsefagarbeidarar (tidlegare Sogn og Fjordane-modellen)", ["3.3", "3.5"], KURS, "Vestland fylkeskommune", ["NAV Vestland", "kommunane"], "2023–2026",
      "Modellen gjev minoritetsspråklege vaksne eit samanhengande løp med norskopplæring, fagopplæring og praksis. Over 80 prosent av deltakarane har fått fast arbeid i kommunane.",
      type="Kurs/utdanning"),
])

# ---------------------------------------------------------------- near misses
# (fid, key) pairs that must NOT be linked; resolved to (file, title) by make_batch.
NEAR_MISS = [
    # old contract vs renewed successor
    (("f04", "SK1"), ("f15", "SK2")), (("f05", "SK1"), ("f20", "SK2")), (("f03", "SK1"), ("f19", "SK2")),
    (("f04", "IA1"), ("f15", "IA2")), (("f16", "IA1"), ("f16", "IA2")), (("f09", "IA1"), ("f16", "IA2")),
    # editions of a conference / event
    (("f02", "FSK18"), ("f18", "FSK23")), (("f09", "FSK18"), ("f18", "FSK23")),
    (("f09", "ARU19"), ("f16", "ARU22")),
    # different unions' own shop-steward courses
    (("f09", "TV_LO"), ("f08", "TV_UNIO")), (("f16", "TV_LO"), ("f12", "TV_YS")),
    (("f12", "TV_YS"), ("f08", "TV_UNIO")), (("f01", "TV_LO"), ("f12", "TV_YS")),
    # different counties' career centres
    (("f10", "KAR_VL"), ("f11", "KAR_TRO")), (("f22", "KAR_VL"), ("f21", "KAR_INN")),
    (("f11", "KAR_TRO"), ("f17", "KAR_MR")), (("f17", "KAR_MR"), ("f21", "KAR_INN")),
    (("f22", "KAR_VL"), ("f17", "KAR_MR")),
    # different counties' regional plans / forums
    (("f10", "PLAN_VL"), ("f11", "PLAN_TRO")), (("f22", "PLAN_VL"), ("f21", "PLAN_INN")),
    (("f11", "PLAN_TRO"), ("f21", "PLAN_INN")), (("f17", "KALL_MR"), ("f22", "KF_VL")),
    (("f22", "PLAN_VL"), ("f22", "KF_VL")),
    # different counties' BIO schemes, and the state transfer of BIO
    (("f10", "BIO_VL"), ("f11", "BIO_TRO")), (("f22", "BIO_VL"), ("f21", "BIO_INN")),
    (("f11", "BIO_TRO"), ("f21", "BIO_INN")), (("f04", "BIO_OVF"), ("f11", "BIO_TRO")),
    (("f04", "BIO_OVF"), ("f10", "BIO_VL")),
    # different counties' Fagbrev på jobb
    (("f11", "FBJ_TRO"), ("f17", "FBJ_MR")), (("f17", "FBJ_MR"), ("f21", "FBJ_INN")),
    (("f11", "FBJ_TRO"), ("f21", "FBJ_INN")),
    # scheme vs its evaluation
    (("f15", "BRP"), ("f15", "BRP_EVAL")), (("f14", "BRP"), ("f15", "BRP_EVAL")),
    (("f19", "MIH"), ("f19", "MIH_EVAL")), (("f03", "MIH"), ("f19", "MIH_EVAL")),
    (("f06", "KPF"), ("f06", "KPF_EVAL")), (("f14", "KPF"), ("f06", "KPF_EVAL")),
    # scheme / council vs an event or letter about it
    (("f19", "AMON"), ("f19", "AMON_LANS")), (("f03", "AMON"), ("f19", "AMON_LANS")),
    (("f20", "SRY"), ("f18", "SP_DIALOG")), (("f01", "SRY"), ("f18", "SP_DIALOG")),
    (("f02", "KPA_SOK"), ("f14", "KPF")),
    (("f02", "SP_LOKONF"), ("f04", "SK1")), (("f02", "SP_BREV"), ("f05", "SK1")),
    # umbrella scheme vs one programme under it
    (("f13", "BRP_VH"), ("f14", "BRP")), (("f13", "BRP_VH"), ("f15", "BRP")),
    # different barometers / monitors
    (("f05", "NHO_KB"), ("f12", "YS_ALB")), (("f20", "NHO_KB"), ("f12", "YS_ALB")),
    (("f19", "AMON"), ("f12", "YS_ALB")),
    # two different measures about Hurtigsporet
    (("f01", "LO_HURT"), ("f05", "HURT_KAMP")),
    # career-guidance measures of the same owner
    (("f14", "NFK"), ("f14", "KVAL")), (("f04", "DIGKV"), ("f04", "KVAL")),
    (("f22", "KAR_VL"), ("f14", "DIGKV")),
    # two schemes in the same field
    (("f04", "FLEKS"), ("f04", "BRP")), (("f14", "FLEKS"), ("f14", "BRP")),
    (("f08", "RSA"), ("f08", "UHR")), (("f13", "RSA"), ("f13", "UHR")), (("f07", "UHR"), ("f20", "RSA")),
    (("f04", "FVO"), ("f04", "MODUL")), (("f14", "FVO"), ("f15", "MODUL")),
    (("f04", "KBU"), ("f04", "DIGAG")),
    (("f06", "STF_VOFO"), ("f08", "UNIO_STF")),
    (("f02", "SP_MLB"), ("f02", "SP_LOKONF")), (("f18", "SP_MLB"), ("f18", "SP_DIALOG")),
]
