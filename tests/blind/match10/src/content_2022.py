# -*- coding: utf-8 -*-
"""Reports for 2022: LO (numbered), KD (by hovedinnsatsområde), Unio (forms, goal text only),
Vestland (Nynorsk matrix), Trøndelag (Tiltak | Status og resultater)."""
from .catalog import M, K, R, P, F, T, I, A, X

LO_2022 = dict(
    file="LO_rapport_kompetansepolitisk_raad_2022.docx", reporter="LO", year=2022, fmt="docx",
    template="numbered_sentence", org="Landsorganisasjonen i Norge (LO)",
    title="LOs rapportering til Kompetansepolitisk råd 2022",
    intro=["Rapporteringen følger samme form som tidligere år. Flere tiltak er videreført fra 2020 og 2021, "
           "og noen er nye etter at ny samfunnskontrakt ble inngått."],
    measures=[
        M("bp_ind", "Fellesforbundets deltakelse i bransjeprogram for industri og bygg", "2.4 2.1", R,
          "Fellesforbundet", "Norsk Industri, BNL, EL og IT Forbundet", "2020–2023",
          "Fellesforbundet sitter i styringsgruppen og har bidratt til at tilbudene er tilpasset fagarbeidere "
          "på skift."),
        M("bp_handel", "HKs deltakelse i bransjeprogrammet for varehandel", "2.4 2.1", R, "Handel og Kontor i Norge (HK)",
          "Virke, NHO Service og Handel", "Videreført",
          "HK har rekruttert deltakere blant tillitsvalgte og permitterte i varehandelen."),
        M("fbj", "Fagbrev på jobb – oppfølging", "2.5", K, "LO", "forbundene, fylkeskommunene", "Fortsatt løpende",
          "LO har fortsatt arbeidet for at ordningen skal tas i bruk i flere fag og i offentlig sektor."),
        M("sry", "Samarbeidsrådet for yrkesopplæring (SRY)", "2.3 1.4", R, "LO",
          "NHO, KS, Unio, Virke, Spekter, KD", "Løpende",
          "LO deltar i SRY, som i 2022 blant annet har gitt råd om oppfølgingen av fullføringsreformen."),
        M("faglige_rad", "LO-forbundenes deltakelse i de faglige rådene", "2.3 1.4", R, "LO-forbundene",
          "arbeidsgiverorganisasjonene, Udir", "Løpende",
          "Forbundene har representanter i alle de ti faglige rådene for yrkesfag og har deltatt i "
          "utviklingen av nye læreplaner."),
        M("skl_2022", "Ny samfunnskontrakt for flere læreplasser 2022–2026", "2.3", R, "KD",
          "LO, NHO, KS, Virke, Spekter, Unio, YS, fylkeskommunene", "2022–2026",
          "LO var med på å forhandle fram og signere den nye kontrakten, som har mål om at alle kvalifiserte "
          "søkere skal få læreplass."),
        M("lo_konf22", "LOs kompetansekonferanse 2022", "2.2", A, "LO", "AOF Norge", "November 2022",
          "Årets konferanse handlet om kompetansereformen og partssamarbeid om etter- og videreutdanning. "
          "Om lag 250 deltakere."),
        M("lo_kurs", "Kurs for tillitsvalgte om kompetanseutvikling på arbeidsplassen", "2.4", K, "LO",
          "AOF Norge, forbundene", "Videreført 2022–2023",
          "Kurset er videreført og revidert. Tolv kurs ble holdt i 2022, nå også som regionale samlinger."),
    ],
)

KD_2022 = dict(
    file="KD_rapport_NKPS_2022.pdf", reporter="KD", year=2022, fmt="pdf", template="areas",
    org="Kunnskapsdepartementet",
    title="Regjeringens rapportering til Kompetansepolitisk råd 2022",
    intro=["Nasjonal kompetansepolitisk strategi 2017–2021 er videreført i dialog med partene fram til ny "
           "strategi foreligger. Rapporteringen er ordnet etter strategiens tre hovedinnsatsområder."],
    measures=[
        M("kbu", "Kompetansebehovsutvalget", "1.1", R, "Kunnskapsdepartementet",
          "ASD, KDD, partene, HK-dir (sekretariat)", "Løpende",
          "Utvalget leverte i 2022 temarapporten NOU 2022: 17 Fremtidige kompetansebehov IV. Mandatet er forlenget."),
        M("karr_nett", "Videreutvikling av nettbasert karriereveiledning", "1.3", I, "HK-dir",
          "Kunnskapsdepartementet, fylkeskommunene", "Løpende",
          "Den nettbaserte karriereveiledningstjenesten er videreført i HK-dir, og det er lagt til rette for "
          "veiledning også for innvandrere på flere språk."),
        M("bp", "Bransjeprogrammene – videreføring og ny innretning", "2.1 2.4", T, "Kunnskapsdepartementet",
          "HK-dir, partene i arbeidslivet", "2020–",
          "Bransjeprogrammene er videreført, og partene er invitert til å foreslå nye programmer fra 2023."),
        M("bp_eval", "Oppdrag til HK-dir om følgeevaluering av bransjeprogrammene", "2.2", F, "Kunnskapsdepartementet",
          "HK-dir, Fafo, Oxford Research", "2021–2023",
          "Evalueringen skal gi kunnskap om hvem som deltar og om programmene bidrar til økt kompetanse i bransjene."),
        M("skl_2022", "Samfunnskontrakt for flere læreplasser 2022–2026", "2.3", R, "Kunnskapsdepartementet",
          "Partene i arbeidslivet, fylkeskommunene", "2022–2026",
          "Ny samfunnskontrakt ble signert i 2022. Kontrakten legger vekt på flere læreplasser og bedre "
          "gjennomføring i fag- og yrkesopplæringen."),
        M("godkj_fag", "Ny godkjenningsordning for utenlandsk fag- og yrkesopplæring", "2.6", X,
          "Kunnskapsdepartementet", "HK-dir, fylkeskommunene", "Fra 2022",
          "Det er etablert en nasjonal ordning for godkjenning av utenlandsk fag- og yrkesopplæring på "
          "nivå med norsk fagbrev."),
        M("fullforing", "Fullføringsreformen – oppfølging av Meld. St. 21 (2020–2021)", "3.1", X,
          "Kunnskapsdepartementet", "Udir, fylkeskommunene", "2021–",
          "Reformen gir blant annet voksne rett til videregående opplæring fram til de har oppnådd "
          "studie- eller yrkeskompetanse. Ny opplæringslov er under behandling."),
        M("modul", "Modulstrukturert opplæring for voksne – videreføring av forsøket", "3.1 3.3", P,
          "Utdanningsdirektoratet", "Fylkeskommunene, Arbeids- og velferdsetaten", "Forlenget til 2024",
          "Forsøket med modulstrukturert fag- og yrkesopplæring for voksne er forlenget og utvidet med flere fag."),
        M("kombi", "Oppdrag til IMDi om kombinasjonsforløp i introduksjonsprogrammet", "3.4 3.1", P,
          "Kunnskapsdepartementet", "IMDi, fylkeskommunene, kommunene", "2022–2023",
          "IMDi skal bidra til at flere deltakere i introduksjonsprogrammet får fullført videregående opplæring "
          "gjennom kombinasjonsforløp mellom kommune og fylkeskommune."),
    ],
)

UNIO_2022 = dict(
    file="Unio_rapport_NKPS_2022.docx", reporter="Unio", year=2022, fmt="docx", template="form_tables",
    org="Unio – hovedorganisasjon for universitetsutdannede", dm="text",
    labels=["Navn på tiltak", "Relasjon til delmål", "Type tiltak", "Ansvarlig", "Samarbeidspartnere",
            "Beskrivelse", "Tidspunkt og varighet"],
    title="Unios rapportering på Nasjonal kompetansepolitisk strategi 2022",
    intro=["Unio har fylt ut ett skjema per tiltak. Relasjonen til strategien er angitt med delmålets tekst."],
    measures=[
        M("kbu", "Unios deltakelse i Kompetansebehovsutvalget", "1.1", R, "Unio", "KD og de øvrige medlemmene", "Løpende",
          "Unio er representert i KBU og har bidratt med innspill om kompetansebehov i helse og utdanning."),
        M("sry", "Deltakelse i Samarbeidsrådet for yrkesopplæring", "2.3 1.4", R, "Unio", "Partene, KD", "Løpende",
          "Unio deltar i SRY med vekt på yrkesfaglærernes rolle."),
        M("unio_kurs", "Tillitsvalgtkurs: Kompetanseplanlegging i egen virksomhet", "2.4", K, "Unio-forbundene",
          "", "2022", "Kurs for hovedtillitsvalgte om hvordan de kan bruke tariffavtalens bestemmelser om "
          "kompetanseplaner. Fire samlinger ble gjennomført."),
        M("kl2025", "Deltakelse i arbeidet med Kompetanseløft 2025", "2.4 1.4", R, "Norsk Sykepleierforbund",
          "Helsedirektoratet, KS", "2021–2025",
          "NSF deltar i referansegruppen for planen og har særlig vektlagt videreutdanning for sykepleiere."),
        M("unio_rapport", "Rapport om etter- og videreutdanning i offentlig sektor", "2.2", F, "Unio", "Fafo", "2022",
          "Rapporten viser at mange ansatte i offentlig sektor ikke får den videreutdanningen de trenger, og at "
          "finansiering og fri er de største hindrene."),
        M("unio_nett", "Unio-nettverk for kompetanse og livslang læring", "2.2", R, "Unio",
          "Unio-forbundene", "Fra 2021", "Nettverket samler fagpersoner fra forbundene for å utveksle erfaringer "
          "og samordne innspill til kompetansepolitikken."),
        M("kfk", "Kompetanse for kvalitet – videreutdanning for lærere", "2.4", K, "Kunnskapsdepartementet",
          "Utdanningsforbundet, KS, Udir", "Løpende",
          "Utdanningsforbundet deltar i partnerskapet bak videreutdanningsstrategien for lærere."),
    ],
)

VESTLAND_2022 = dict(
    file="Vestland_fylkeskommune_rapportering_2022.pdf", reporter="Vestland fylkeskommune", year=2022, fmt="pdf",
    template="matrix_nn", org="Vestland fylkeskommune", dm="both", header="Vestland fylkeskommune – Kompetanse",
    title="Rapportering til Kompetansepolitisk råd 2022 – tiltak i Vestland",
    cols=["Delmål", "Tiltak", "Type tiltak", "Ansvarleg", "Samarbeids-partnarar", "Tidsrom", "Skildring"],
    widths=[4.0, 4.6, 2.5, 2.6, 3.4, 2.0, 6.6],
    intro=["Vestland fylkeskommune har eit samla ansvar for kompetansepolitikken i regionen. Tabellen viser "
           "dei viktigaste tiltaka i 2022."],
    closing=["Kontaktperson: seksjon for kompetanse og karriere, Vestland fylkeskommune."],
    measures=[
        M("plan_vl", "Regional plan for kompetanse og arbeidskraft", "1.2", R, "Vestland fylkeskommune",
          "Partane i arbeidslivet, NAV, UH-sektoren, kommunane", "2021–2033",
          "Planen vart vedteken i fylkestinget og gir retning for kompetansepolitikken i Vestland. "
          "Handlingsprogram for 2022–2023 er under arbeid.", tp="Plan"),
        M("kforum_vl", "Kompetanseforum Vestland", "1.2", R, "Vestland fylkeskommune",
          "NHO Vestland, LO i Vestland, KS, NAV Vestland, Statsforvaltaren", "Frå 2020",
          "Partnarskap for regionalt kompetansesamarbeid. Forumet møtest fire gonger i året.",
          tp="Råd/utval/nettverk"),
        M("karr_vl", "Karriere Vestland – karrieresentera i fylket", "1.3", I, "Vestland fylkeskommune",
          "NAV, kommunane", "Løpande",
          "Sju karrieresenter gir gratis karriererettleiing til vaksne. Om lag 6 000 samtalar i 2022.",
          tp="Informasjon/rettleiing"),
        M("fagskole_vl", "Bransjeretta fagskuletilbod i Vestland", "1.4 2.4", K, "Vestland fylkeskommune",
          "Fagskulen Vestland, bransjane", "2022–2024",
          "Nye korte fagskulemodular innan havbruk, maritime fag og fornybar energi, utvikla saman med næringa.",
          tp="Kurs/utdanning"),
        M("bio_vl", "Tilskot til bedriftsintern opplæring (BIO) i Vestland", "2.4", T, "Vestland fylkeskommune",
          "Verksemder, NAV Vestland", "Løpande",
          "Ordninga gir tilskot til opplæring i verksemder som står i omstilling. 58 verksemder fekk tilskot i 2022.",
          tp="Tilskot"),
        M("modul", "Deltaking i forsøket med modulstrukturert fag- og yrkesopplæring for vaksne", "3.1 3.3", P,
          "Utdanningsdirektoratet", "Vestland fylkeskommune, NAV Vestland", "2021–2024",
          "Vestland deltek i det nasjonale forsøket med modular i helsearbeidarfaget og industrimekanikarfaget.",
          tp="Prosjekt"),
    ],
)

TRONDELAG_2022 = dict(
    file="Trondelag_fylkeskommune_NKPS_2022.docx", reporter="Trøndelag fylkeskommune", year=2022, fmt="docx",
    template="status_2col", org="Trøndelag fylkeskommune", dm="code", header="Trøndelag fylkeskommune",
    title="Oppfølging av Nasjonal kompetansepolitisk strategi – status 2022",
    intro=["Tabellen viser fylkeskommunens tiltak med status og resultater per desember 2022."],
    measures=[
        M("strat_tr", "Kompetansestrategi for Trøndelag", "1.2", R, "Trøndelag fylkeskommune",
          "Partene i arbeidslivet, NTNU, Nord universitet, NAV Trøndelag", "2021–2025",
          "Strategien er vedtatt og følges opp gjennom et eget partnerskap. Det er etablert tre "
          "arbeidsgrupper: fagarbeid, digital kompetanse og voksnes læring.", tp="Strategi"),
        M("karr_tr", "Karriere Trøndelag", "1.3", I, "Trøndelag fylkeskommune", "NAV, kommunene", "Løpende",
          "Karrieresenteret hadde 4 200 veiledningssamtaler i 2022, hvorav en tredjedel digitalt. Nytt "
          "tilbud for permitterte ble etablert.", tp="Informasjon/veiledning"),
        M("kl_trond", "Kompetanseløft Trøndelag – digital kompetanse i kommunene", "2.1", P,
          "Trøndelag fylkeskommune og KS Trøndelag", "Kommunene, Statsforvalteren", "2019–2023",
          "Nettverk og opplæring for ansatte i kommunene i digital samhandling og tjenesteutvikling. 38 av 38 "
          "kommuner deltar.", tp="Prosjekt"),
        M("bio_tr", "BIO-ordningen i Trøndelag", "2.4", T, "Trøndelag fylkeskommune", "NAV Trøndelag, bedrifter",
          "Løpende", "Tilskudd til bedriftsintern opplæring. I 2022 fikk 41 bedrifter støtte, hovedsakelig "
          "innen industri og reiseliv.", tp="Tilskudd"),
        M("modul", "Forsøk med modulstrukturert opplæring for voksne", "3.1 3.3", P, "Utdanningsdirektoratet",
          "Trøndelag fylkeskommune, NAV Trøndelag", "2019–2024",
          "Trøndelag deltar i forsøket i fire lærefag. 120 voksne har tatt moduler, og 35 har avlagt fagprøve.",
          tp="Prosjekt"),
        M("tr_vgo", "Fleksibel videregående opplæring for voksne i Trøndelag", "3.1", K, "Trøndelag fylkeskommune",
          "Kommunene, studiesentre", "2022–",
          "Nytt desentralisert tilbud der voksne kan ta fellesfag på nett og praksis lokalt. Oppstart høsten 2022.",
          tp="Kurs/utdanning"),
    ],
)

REPORTS = [LO_2022, KD_2022, UNIO_2022, VESTLAND_2022, TRONDELAG_2022]
