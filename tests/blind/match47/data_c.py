# -*- coding: utf-8 -*-
"""KS 2018, 2022, 2026 and Spekter 2017, 2021, 2024."""
from data_a import M

FILES = {}

FILES["2018_KS_skjema.pdf"] = dict(
    reporter="KS", year=2018, fmt="pdf",
    measures=[
        M("T02", "KS' deltakelse i Samarbeidsrådet for yrkesopplæring", ["1.4"], "Råd/utvalg/nettverk", "KD",
          ["KS", "partene i arbeidslivet"], "løpende",
          "KS representerer kommunesektoren som arbeidsgiver og fylkeskommunene som skoleeier i SRY."),
        M("T03", "Flere læreplasser i kommunesektoren – oppfølging av samfunnskontrakten", ["1.4", "2.3"], "Velg et element.", "KS",
          ["kommunene", "fylkeskommunene"], "2016–2020",
          "KS følger opp kommunenes andel av målet i samfunnskontrakten og samler tall for læreplasser i kommunene."),
        M("T09", "Nasjonalt forum for karriereveiledning", ["1.3"], "Råd/utvalg/nettverk", "Kompetanse Norge",
          ["KS", "NAV", "Udir", "fylkeskommunene"], "fra 2016",
          "Forumet skal styrke samordningen av karriereveiledningen. KS deltar for kommunene og fylkeskommunene."),
        M("T16", "Menn i helse", ["3.3"], "Prosjekt", "KS",
          ["NAV", "fylkeskommunene", "kommunene"], "2016–2020",
          "Rekrutteringsprogram der menn mellom 25 og 55 år som står utenfor arbeidslivet, tar fagbrev som helsefagarbeider."),
        M("T17a", "Kompetanseløft 2020 – kompetanseplanlegging i kommunene", ["1.4", "2.4"], "Prosjekt", "KS",
          ["HOD", "Helsedirektoratet"], "2016–2020",
          "KS hjelper kommunene med strategisk kompetanseplanlegging i helse og omsorg som del av regjeringens plan."),
        M("K1", "Kommunesektorens strategiske forskningsorgan (KSF)", ["2.2"], "FoU", "KS",
          ["kommunene"], "fra 2017",
          "KSF prioriterer forsknings- og utviklingsprosjekter som kommunene selv etterspør, blant annet om kompetanse."),
        M("K2", "«Bli lærling i kommunen» – rekrutteringskampanje", ["2.3"], "Informasjon", "KS",
          ["kommunene"], "2018",
          "Kampanjemateriell og annonser som kommunene kan bruke for å rekruttere lærlinger i helse-, barne- og ungdomsarbeider- og tekniske fag."),
    ])

FILES["2022_KS_rapport.pdf"] = dict(
    reporter="KS", year=2022, fmt="pdf",
    measures=[
        M("T01", "KS' representasjon i Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "KD",
          ["KS"], "2022–",
          "KS har fått fast plass i KBU og bidrar med analyser av kompetansebehovet i kommunesektoren."),
        M("T04", "Samfunnskontrakt for flere læreplasser og kvalifisert arbeidskraft", ["1.4", "2.3"], "Avtale", "Regjeringen",
          ["KS", "NHO", "LO", "Spekter", "Virke", "YS", "Unio"], "2022–2026",
          "KS signerte den nye kontrakten i 2022. Kommunesektoren skal øke antallet lærlinger og tilby fagbrev til flere voksne ansatte."),
        M("T17b", "Kompetanseløft 2025 – oppfølging i kommunene", ["1.4", "2.4"], "Prosjekt", "KS",
          ["HOD", "Helsedirektoratet", "Statsforvalteren"], "2021–2025",
          "Etterfølgeren til Kompetanseløft 2020. KS støtter kommunene i å bruke tilskuddene til videreutdanning og heltidskultur."),
        M("T19", "Fullføringsreformen – KS' innspill", ["3.1"], "Informasjon", "KS",
          ["fylkeskommunene"], "2021–2022",
          "KS har samlet fylkeskommunenes erfaringer og gitt innspill til ny opplæringslov om voksnes rett til fullføring."),
        M("T16", "Menn i helse", ["2.3", "3.3"], "Prosjekt", "KS",
          ["NAV", "fylkeskommunene", "kommunene"], "2016–2024",
          "Programmet er forlenget og omfatter nå 180 kommuner. Deltakerne tar fagbrev gjennom en kombinasjon av praksis og skole."),
        M("K2", "Bli lærling i kommunen – kampanje 2022", ["2.3"], "Informasjon", "KS",
          ["kommunene"], "2022",
          "Ny runde av kampanjen med film fra lærlinger i kommunene og egen side på ks.no."),
        M("K3", "Kompetanseplanlegging i kommunene – veileder", ["2.2", "2.4"], "Informasjon", "KS",
          [], "2022",
          "Veileder for kommunenes arbeid med strategisk kompetanseplanlegging, med eksempler fra ti kommuner."),
    ])

FILES["2026_KS_rapport.docx"] = dict(
    reporter="KS", year=2026, fmt="docx",
    measures=[
        M("T09", "Nasjonalt forum for karriereveiledning", ["1.3"], "Råd/utvalg/nettverk", "HK-dir",
          ["KS", "NAV", "Udir", "fylkeskommunene"], "løpende",
          "KS deltar fortsatt i forumet og har i år lagt vekt på karriereveiledning for ansatte i kommunene."),
        M("T14", "KS i Nasjonalt fagskoleråd", ["1.4"], "Råd/utvalg/nettverk", "KD",
          ["KS", "NHO", "LO"], "løpende",
          "KS har plass i rådet og arbeider for flere fagskoletilbud innen helse og oppvekst."),
        M("K2", "Rekrutteringskampanje for lærlinger i kommunesektoren (tidligere «Bli lærling i kommunen»)", ["2.3"], "Informasjon", "KS",
          ["kommunene"], "2026",
          "Kampanjen har fått nytt navn og retter seg nå også mot voksne som vil ta fagbrev."),
        M("K4", "KI-kompetanse i kommunesektoren", ["2.1"], "Kurs/utdanning", "KS",
          ["Digdir", "kommunene"], "2025–2027",
          "Nettbasert opplæring for ledere og ansatte i bruk av kunstig intelligens i kommunale tjenester."),
        M("K5", "Kompetansebarometer for kommunesektoren", ["2.2"], "FoU", "KS",
          ["NIFU"], "2026",
          "Første måling av kompetansebehov og rekrutteringsutfordringer i alle kommuner og fylkeskommuner."),
        M("K6", "Heltidskultur i kommunene – nasjonalt program", ["2.4"], "Prosjekt", "KS",
          ["Fagforbundet", "NSF", "Delta", "kommunene"], "2024–2027",
          "Partene samarbeider om flere hele stillinger i helse og omsorg, koblet til kompetanseplaner for ansatte i deltidsstillinger."),
    ])

FILES["2017_Spekter_rapport.docx"] = dict(
    reporter="Spekter", year=2017, fmt="docx",
    measures=[
        M("T15", "Spekters representasjon i RSA", ["1.4"], "Råd/utvalg/nettverk", "Spekter",
          ["OsloMet", "NTNU", "UiT"], "løpende",
          "Spekter har representanter i Råd for samarbeid med arbeidslivet ved OsloMet, NTNU og UiT, med vekt på helse- og sosialfagutdanningene."),
        M("S1", "Lærlingforum i helseforetakene", ["2.3"], "Arrangement", "Spekter",
          ["LO Stat", "Unio", "helseforetakene"], "2017",
          "Årlig samling for lærlingansvarlige i helseforetakene for å dele erfaringer om rekruttering av lærlinger i helsefag."),
        M("S2", "Spekters HR-nettverk", ["2.2"], "Nettverk", "Spekter",
          ["medlemsvirksomhetene"], "løpende",
          "Nettverk for HR-direktører i medlemsvirksomhetene, med kompetanseutvikling som fast tema."),
        M("S3", "Praksisplasser for masterstudenter i statsvitenskap", ["1.4"], "Kurs/utdanning", "Spekter",
          ["UiO"], "2017–2018",
          "Spekter tar imot to masterstudenter hvert semester i praksis, som del av emnet om arbeidslivets organisering."),
        M("S4", "Søkekonferanse om Kompetansepluss arbeid", ["3.2"], "Konferanse", "Spekter",
          ["Kompetanse Norge"], "juni 2017",
          "Konferanse for medlemsvirksomheter som vil søke midler fra Kompetansepluss arbeid til opplæring av ansatte."),
    ])

FILES["2021_Spekter_rapport.docx"] = dict(
    reporter="Spekter", year=2021, fmt="docx",
    measures=[
        M("T02", "Spekters plass i SRY", ["1.4", "2.3"], "Råd/utvalg/nettverk", "KD",
          ["Spekter", "LO", "NHO", "KS"], "løpende",
          "Spekter har en plass i SRY på arbeidsgiversiden og har særlig fulgt helsearbeiderfaget."),
        M("S1", "Lærlingforum i spesialisthelsetjenesten", ["2.3"], "Arrangement", "Spekter",
          ["LO Stat", "Unio", "helseforetakene"], "2021",
          "Forumet ble holdt digitalt i 2021, med 140 deltakere fra alle helseregionene."),
        M("S5", "Trepartssamarbeid om kompetanse i helseforetakene", ["2.2", "2.4"], "Råd/utvalg/nettverk", "Spekter",
          ["LO Stat", "Unio", "YS Stat", "Akademikerne helse", "HOD"], "2021–2023",
          "Partene og departementet samarbeider om tiltak som gir ansatte i sykehusene mer og bedre etter- og videreutdanning."),
        M("S6", "Kartlegging av kompetansebehov i helseforetakene", ["2.2"], "FoU", "Spekter",
          ["Ny Analyse"], "2021",
          "Undersøkelse blant ledere i helseforetakene om hvilke kompetanser som vil mangle de neste fem årene."),
        M("S7", "Digital kompetanse for ledere i helseforetakene", ["2.1"], "Kurs/utdanning", "Spekter",
          ["BI"], "2021–2022",
          "Lederprogram med tre moduler om digital omstilling og bruk av data i styringen av sykehusene."),
    ])

FILES["2024_Spekter_rapport.pdf"] = dict(
    reporter="Spekter", year=2024, fmt="pdf",
    measures=[
        M("T04", "Samfunnskontrakten – Spekters oppfølging", ["1.4", "2.3"], "Avtale", "Regjeringen",
          ["Spekter", "helseforetakene"], "2022–2026",
          "Spekter har fulgt opp kontrakten gjennom mål om flere lærlinger i helseforetakene og flere voksne som tar helsefagarbeiderutdanning."),
        M("S5", "Trepartssamarbeidet om kompetanse – fase 2", ["1.4", "2.2", "2.4"], "Råd/utvalg/nettverk", "Spekter",
          ["LO Stat", "Unio", "YS Stat", "Akademikerne helse", "HOD"], "2024–2026",
          "Samarbeidet er forlenget, og fase 2 har i tillegg mål om bedre samarbeid med utdanningsinstitusjonene om praksis."),
        M("T15", "RSA – Spekters representanter", ["1.4"], "Råd/utvalg/nettverk", "Spekter",
          ["universiteter og høyskoler"], "løpende",
          "Spekter har nå representanter i seks RSA-er og har bidratt til nye videreutdanninger i akuttsykepleie."),
        M("S1", "Lærlingforum i spesialisthelsetjenesten", ["2.3"], "Arrangement", "Spekter",
          ["LO Stat", "Unio", "helseforetakene"], "2024",
          "Årlig forum for lærlingansvarlige.", videre=True),
        M("S2", "HR-direktørnettverket", ["2.2"], "Nettverk", "Spekter",
          ["medlemsvirksomhetene"], "løpende",
          "Fire samlinger i året.", videre=True),
        M("S8", "Veileder om heltidskultur og kompetanse i sykehusene", ["2.4"], "Informasjon", "Spekter",
          ["helseforetakene", "Fagforbundet", "NSF"], "2024",
          "Veilederen viser hvordan helseforetakene kan bruke kompetanseplaner for å gi flere ansatte hele stillinger."),
    ])
