"""Reports 2020: KD, Arbeids- og velferdsdirektoratet, NHO, YS, Rogaland fylkeskommune."""
from .common import M, KURS, RAD, PROS, FOU, TILS, INFO, ARR, ANNET


def S(row, t1, t2, d1, d2):
    """A measure whose title and description continue in a second table row."""
    row["split"] = (t1, t2, d1, d2)
    row["t"] = t1 + " " + t2
    row["desc"] = d1 + " " + d2
    return row


KD_2020 = dict(
    file="KD_rapportering_kompetansepolitisk_rad_2020.pdf", reporter="KD", year=2020,
    template="matrix_reordered",
    tdesc="portrait matrix with reordered columns Tiltak | Beskrivelse | Ansvarlig | Samarbeid | Periode | "
          "Delmål ('2.1 Digital kompetanse') | Type; intro section before the table",
    header="Kunnskapsdepartementet", header_right="Rapportering 2020",
    title="Rapportering til Kompetansepolitisk råd 2020 – Kunnskapsdepartementet",
    sections=[("Om rapporteringen", [
        "2020 har vært preget av koronapandemien. Regjeringen har lagt fram flere tiltakspakker med midler "
        "til utdanning og opplæring for permitterte og ledige. Disse rapporteres av de departementene som "
        "har ansvaret.",
        "Kompetansereformen Lære hele livet ble lagt fram for Stortinget i april 2020 og er rammen for "
        "mange av tiltakene nedenfor."])],
    table_heading="Tiltak 2020",
    rows=[
        M("T03", "Kompetansereformen – Lære hele livet (Meld. St. 14 (2019–2020))", "2.2, 2.4", ANNET,
          typ="Stortingsmelding", r="KD", p="Partene, andre departementer", per="2020–",
          desc="Meldingen følger opp ekspertutvalget for etter- og videreutdanning og legger rammene for "
               "regjeringens kompetansereform, med vekt på fleksible tilbud og bransjeprogram."),
        M("T05", "Kompetanseprogrammet – tilskudd til fleksible utdanningstilbud", "2.1, 2.4", TILS,
          typ="Tilskudd", r="KD", p="Kompetanse Norge, universiteter og høyskoler, fagskoler",
          per="Fra 2020",
          desc="Ny tilskuddsordning som erstatter ordningen for fleksible videreutdanningstilbud i digital "
               "kompetanse. Første utlysning i 2020 omfattet også tilbud for permitterte og ledige."),
        M("T35", "Hovedprosjekt om avkastning av investeringer i kompetanse", "2.2", FOU, typ="FoU", r="KD",
          p="Frischsenteret, Statistisk sentralbyrå", per="2020–2022",
          desc="Prosjektet bygger på forstudien fra 2018 og skal anslå avkastningen av etter- og "
               "videreutdanning for individ, virksomhet og samfunn."),
        M("T24", "Oppdrag til Udir: forsøk med modulstrukturert opplæring for voksne – utvidet", "3.1", KURS,
          typ="Kurs/utdanning", r="KD", p="Utdanningsdirektoratet, fylkeskommunene", per="2017–2023",
          desc="Forsøket er forlenget og utvidet til flere fylker og lærefag. Det inngår i arbeidet med "
               "fagbrevsatsingen for voksne."),
        M("T27", "Ny forberedende opplæring for voksne i opplæringsloven", "3.1", ANNET, typ="Regelverk",
          r="KD", p="Kompetanse Norge, kommunene",
          per="Lovendring vedtatt 2020, i kraft 1. august 2021",
          desc="Forberedende opplæring for voksne (FVO) erstatter dagens grunnskoleopplæring for voksne. "
               "Ordningen bygger på erfaringene fra forsøkene 2017–2020."),
        M("T09", "Arbeid med ny samfunnskontrakt for flere læreplasser (2022–2026)", "1.4, 2.3", ANNET,
          typ="Avtale", r="KD", p="Partene i arbeidslivet, KS, fylkeskommunene", per="2020–2021",
          desc="Samfunnskontrakten for 2016–2020 er utløpt. Regjeringen og partene forhandler om en ny "
               "kontrakt som skal gjelde fra 2022."),
        M("T92", "Oppdrag til Utdanningsdirektoratet om ny tilbudsstruktur i yrkesfagene", "2.3", PROS,
          typ="Prosjekt", r="KD", p="Utdanningsdirektoratet, faglige råd",
          per="Innført fra skoleåret 2020–2021",
          desc="Den nye tilbudsstrukturen er innført for Vg1 fra høsten 2020, og direktoratet følger opp "
               "innføringen for Vg2 og Vg3."),
        M("T56", "Oppfølging av utredningen om studieforbundene", "3.6", FOU, typ="Utredning", r="KD",
          p="Kulturdepartementet, VOFO", per="2020",
          desc="Forslag til endringer i forskrift om studieforbund er sendt på høring, med bakgrunn i "
               "utredningen fra 2019."),
    ],
)

AVDIR_2020 = dict(
    file="Arbeids-og-velferdsdirektoratet_NKPS_2020.pdf", reporter="Arbeids- og velferdsdirektoratet",
    year=2020, template="status_matrix",
    tdesc="landscape status matrix Delmål | Tiltak | Ansvarlig | Samarbeid | Periode | "
          "'Status pr. 31.12.2020' (no type column)",
    header="Arbeids- og velferdsdirektoratet", header_right="Rapportering NKPS 2020",
    title="Tiltak i Arbeids- og velferdsetaten 2020 – status for oppfølgingen av Nasjonal "
          "kompetansepolitisk strategi",
    intro=["Tabellen viser status for tiltakene som ble rapportert i 2019, og nye tiltak i 2020. "
           "Koronapandemien har gitt mange flere arbeidsledige og permitterte, og flere av tiltakene er "
           "tilpasset situasjonen."],
    status_label="Status pr. 31.12.2020",
    rows=[
        M("T45", "Opplæringstiltaket i tiltaksforskriften – videreført", "3.3, 3.5", KURS,
          r="Arbeids- og velferdsdirektoratet", p="ASD", per="2019–",
          desc="Tiltaket er videreført. Bruken av opplæringstiltaket økte kraftig høsten 2020 som følge av "
               "høy ledighet."),
        M("T46", "Kurs i grunnleggende ferdigheter", "3.5", KURS, r="NAV fylke", p="Kompetanse Norge",
          per="Løpende",
          desc="Flere kurs er gjennomført digitalt. Antall deltakere gikk ned i perioden mars–juni 2020."),
        M("T47", "Yrkesrettet opplæring over flere år (tidligere «toårig yrkesrettet opplæringstiltak»)",
          "3.5", PROS, r="Arbeids- og velferdsdirektoratet", p="ASD, Utdanningsdirektoratet",
          per="Fra 1. juli 2020",
          desc="Arbeidssøkere kan nå få opplæring mot fag- og svennebrev i inntil tre år. Direktoratet har "
               "utarbeidet retningslinjer for NAV-kontorene."),
        M("T41", "Hurtigsporet", "3.3, 3.4", PROS, r="NAV", p="IMDi, kommunene", per="2016–",
          desc="Hurtigsporet er videreført, men formidlingen til arbeid er redusert som følge av "
               "pandemien."),
        M("T111", "Utdanning og opplæring for permitterte og ledige med dagpenger (midlertidig regelverk)",
          "3.3, 3.5", TILS, r="Arbeids- og velferdsdirektoratet", p="ASD", per="Mars 2020–30. juni 2021",
          desc="Midlertidige regler gjør det mulig å ta utdanning og opplæring og samtidig beholde "
               "dagpengene. Ordningen er en del av regjeringens tiltakspakker under koronapandemien."),
        M("T43", "IA-avtalen 2019–2022 – kompetanse som virkemiddel", "3.3", RAD, r="NAV Arbeidslivssenter",
          p="Partene i arbeidslivet", per="2019–2022",
          desc="Bransjeprogrammene i IA-avtalen er videreført. Arbeidet med kompetanse i IA-arbeidet er i "
               "2020 i hovedsak gjennomført digitalt."),
    ],
)

NHO_2020 = dict(
    file="NHO_NKPS_rapport_2020.docx", reporter="NHO", year=2020, template="split_rows",
    tdesc="landscape matrix Nr | Tiltak | Delmål | Type | Ansvarlig | Samarbeid | Periode | Beskrivelse; "
          "two measures continue in an extra table row (title and description split over two rows)",
    header="NHO", header_right="Rapportering 2020",
    title="NHOs rapportering til Kompetansepolitisk råd 2020",
    intro=["NHO har i 2020 prioritert tiltak som kan hjelpe bedriftene og de ansatte gjennom koronakrisen, "
           "samtidig som de langsiktige tiltakene i strategien er videreført."],
    rows=[
        M("T01", "Deltakelse i Kompetansebehovsutvalget", "1.1", RAD, typ="Råd/utvalg/nettverk", r="NHO",
          p="KD, partene", per="2017–2022",
          desc="NHO har fortsatt én representant i utvalget, som har fått forlenget mandat."),
        S(M("T06", "", "2.1, 2.4", KURS, typ="Program", r="NHO",
            p="Norsk Industri, BNL, LO, Fellesforbundet, KD", per="2018–2021"),
          "Bransjeprogram for industri- og byggenæringen:", "programstyre og rekruttering av bedrifter",
          "Programmet er forlenget ut 2021. NHO og landsforeningene har",
          "bidratt til å rekruttere bedrifter og deltakere, også permitterte."),
        M("T82", "Jenter og teknologi – videreført", "2.3", INFO, typ="Informasjon", r="NHO",
          p="Landsforeningene, Abelia", per="2016–",
          desc="Kampanjen ble i 2020 gjennomført digitalt, med nettbaserte besøk på skoler over hele "
               "landet."),
        S(M("T84", "", "2.2", FOU, typ="FoU/politikkutvikling", r="NHO", p="", per="2020"),
          "Skatteinsentivmodell for kompetanse i virksomheter –", "oppfølging av rapporten fra 2019",
          "NHO har fulgt opp rapporten med et konkret forslag til en",
          "fradragsordning, lagt fram for regjeringen i budsjettinnspill."),
        M("T112", "Kurstilbud til permitterte i NHO-bedrifter («Kompetanseløftet 2020»)", "3.3", KURS,
          typ="Kurs/utdanning", r="NHO", p="NHOs landsforeninger, fagskoler", per="April–desember 2020",
          desc="Gratis nettkurs for permitterte ansatte i medlemsbedriftene, slik at de kan bruke "
               "permitteringstiden til å heve kompetansen."),
    ],
)

YS_2020 = dict(
    file="YS_NKPS_2020.pdf", reporter="YS", year=2020, template="merged_delmal",
    tdesc="matrix like the directorate's Vedlegg 2: Delmål (code + full text) and 'Antall totalt' cells "
          "merged over the rows of each delmål; 'Totalt antall tiltak' line",
    header="YS – Yrkesorganisasjonenes Sentralforbund",
    title="YS – rapportering om oppfølging av Nasjonal kompetansepolitisk strategi 2020",
    intro=["Tabellen er satt opp etter samme mal som sekretariatets oppsummering, med delmål og antall "
           "tiltak per delmål."],
    hide=["desc"],
    rows=[
        M("T01", "YS' deltakelse i KBU", "1.1", RAD, typ="Råd/utvalg/ nettverk",
          r="YS", p="KD, de andre partene", per="2017–2022"),
        M("T75", "Tillitsvalgtskolering: kompetanse og omstilling – videreført digitalt", "2.1", KURS,
          typ="Kurs/utdanning", r="YS", p="YS-forbundene", per="2020"),
        M("T72", "Analyse av endringer i arbeidslivet knyttet til nye digitale løsninger – sluttrapport",
          "2.2", FOU, typ="FoU", r="YS", p="AFI/OsloMet", per="2018–2020"),
        M("T73", "YS Arbeidslivsbarometer 2020 – kompetanse og læring på arbeidsplassen", "2.2", FOU,
          typ="FoU", r="YS", p="AFI/OsloMet", per="2020"),
        M("T113", "Konferansen «Kompetanse i omstilling» 2020", "2.2", ARR, typ="Arrangement", r="YS",
          p="Kompetanse Norge", per="November 2020"),
    ],
)

ROGALAND_2020 = dict(
    file="Rogaland_fk_rapport_kompetansepolitisk_rad_2020.pdf", reporter="Rogaland fylkeskommune",
    year=2020, template="section_layout",
    tdesc="numbered sections: each measure is a heading '2.n <title>' (section numbers look like delmål "
          "codes) followed by a borderless two-column facts table incl. 'Status pr. 31.12.2020'",
    header="Rogaland fylkeskommune", header_right="Rapport NKPS 2020",
    title="Rapportering til Kompetansepolitisk råd 2020 – Rogaland fylkeskommune",
    intro=["Fra 1. januar 2020 har fylkeskommunene fått nye oppgaver på kompetanseområdet, blant annet "
           "ansvaret for tilskuddsordningen for bedriftsintern opplæring (BIO). Regionalplanen for "
           "kompetanse og arbeidsliv ble vedtatt i 2019.",
           "Kapittel 2 gir status for tiltakene ved utgangen av året."],
    main_heading="2 Status for tiltakene", status_label="Status pr. 31.12.2020",
    outro=["Fylkeskommunen vil i 2021 rullere handlingsprogrammet og styrke samarbeidet med NAV om "
           "kompetansetiltak for ledige."],
    rows=[
        M("T51", "Regionalplan for kompetanse og arbeidsliv i Rogaland – handlingsprogram 2020–2021", "1.2",
          ANNET, r="Rogaland fylkeskommune", p="Kompetanseforum Rogaland", per="2020–2021",
          desc="Regionalplanen ble vedtatt i fylkestinget i oktober 2019. Handlingsprogrammet for "
               "2020–2021 er under gjennomføring."),
        M("T53", "Kompetanseforum Rogaland", "1.2", RAD, r="Rogaland fylkeskommune",
          p="LO, NHO, KS, NAV, Fylkesmannen, UiS", per="Fra 2018",
          desc="Forumet har møttes seks ganger i 2020, flere av dem digitalt, og har fulgt "
               "kompetansesituasjonen under koronapandemien tett."),
        M("T31", "Karriere Rogaland", "1.3", RAD, r="Rogaland fylkeskommune", p="NAV Rogaland, kommunene",
          per="2016–",
          desc="Karriereveiledningen er fra 2020 finansiert gjennom fylkeskommunens rammetilskudd. Sentrene "
               "har gitt veiledning til mange permitterte."),
        M("T49", "Bedriftsintern opplæring (BIO) – ny oppgave fra 2020", "1.2, 3.3", TILS,
          r="Rogaland fylkeskommune", p="NAV, Innovasjon Norge", per="Fra 1. januar 2020",
          desc="Fylkeskommunen har forvaltet BIO fra 2020. Ordningen ble kraftig oversøkt etter at "
               "tilleggsmidler kom i krisepakkene."),
        M("T17", "Yrkesopplæringsnemnda", "1.4, 2.3", RAD, r="Rogaland fylkeskommune",
          p="Partene i arbeidslivet", per="Løpende, ny periode fra 2020",
          desc="Nemnda har fått ny sammensetning etter endringene i opplæringsloven og har behandlet "
               "dimensjoneringen for 2021–2022."),
        M("T114", "Ekstra kompetansetiltak for permitterte og ledige i Rogaland", "3.3", KURS,
          r="Rogaland fylkeskommune", p="NAV Rogaland, UiS, fagskolene", per="Mai–desember 2020",
          desc="Fylkeskommunen fordelte ekstra midler fra regjeringens krisepakke til korte kurs og "
               "fagbrevløp for permitterte og ledige."),
    ],
)

REPORTS = [KD_2020, AVDIR_2020, NHO_2020, YS_2020, ROGALAND_2020]
