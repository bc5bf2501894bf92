# -*- coding: utf-8 -*-
"""Reports for 2021: HK-dir (summary + detail), ASD (landscape matrix), NHO (per delmål), KS (headings), VOFO (table)."""
from .catalog import M, K, R, P, F, T, I, A, X

HKDIR_2021 = dict(
    file="HK-dir_rapportering_Kompetansepolitisk_raad_2021.docx", reporter="HK-dir", year=2021, fmt="docx",
    template="summary_detail", org="Direktoratet for høyere utdanning og kompetanse (HK-dir)",
    title="Rapportering på Nasjonal kompetansepolitisk strategi 2021",
    header="HK-dir | Rapportering 2021",
    intro=["Direktoratet for høyere utdanning og kompetanse (HK-dir) ble etablert 1. juli 2021. Kompetanse Norge "
           "inngår nå i HK-dir, og rapporteringen omfatter tiltak som tidligere lå i Kompetanse Norge.",
           "Kapittel 2 gir en oversikt over tiltakene. Kapittel 3 omtaler hvert tiltak nærmere."],
    measures=[
        M("kbu", "Sekretariat for Kompetansebehovsutvalget (KBU)", "1.1", R, "HK-dir", "KD, medlemmene i KBU",
          "Løpende", "Sekretariatsfunksjonen ble videreført i HK-dir. Utvalget arbeidet i 2021 med temarapport "
          "om kompetansebehov i helse- og omsorgssektoren.", tp="Råd/utvalg/nettverk"),
        M("bp", "Bransjeprogram for kompetanseutvikling", "2.1 2.4", T, "HK-dir", "Partene i arbeidslivet, KD",
          "2020–2023", "Ordningen omfattet ved utgangen av 2021 tolv programmer. HK-dir har lyst ut midler og fulgt "
          "opp om lag 250 tilbud hos universiteter, høyskoler, fagskoler og private tilbydere.",
          tp="Tilskuddsordning"),
        M("kprog", "Kompetanseprogrammet", "3.2 3.1", T, "HK-dir", "Virksomheter, frivillige organisasjoner, tilbydere",
          "Fra 2021", "Kompetanseprogrammet erstatter Kompetansepluss fra 2021. Ordningen gir tilskudd til opplæring "
          "i grunnleggende ferdigheter for voksne, nå også uten krav om arbeidsgiverforankring.", tp="Tilskudd"),
        M("karr_nett", "Karriereveiledning på nett", "1.3", I, "HK-dir", "Fylkeskommunale karrieresentre",
          "Løpende", "Tjenesten gjennomførte over 55 000 veiledningssamtaler i 2021, en økning på om lag 35 prosent "
          "fra året før.", tp="Informasjon"),
        M("kvalrammeverk", "Kvalitetsrammeverk for karriereveiledning – implementering", "1.3", I, "HK-dir",
          "Fylkeskommunene, NAV, utdanningsinstitusjonene", "2021–2022",
          "HK-dir har utviklet digitale kursmoduler for karriereveiledere basert på kompetansestandardene i "
          "rammeverket.", tp="Informasjon"),
        M("fleks", "Fleksible videreutdanningstilbud – tilskuddsordning", "2.1 2.4", T, "HK-dir",
          "Universiteter, høyskoler og fagskoler", "2020–2023",
          "Tilskuddsordningen for utvikling av fleksible utdanningstilbud ble videreført. I 2021 fikk 32 nye "
          "prosjekter tilsagn.", tp="Tilskudd"),
        M("bp_eval", "Følgeevaluering av bransjeprogrammene", "2.2", F, "HK-dir", "Fafo, Oxford Research",
          "2021–2023", "Evalueringen skal belyse om programmene når målgruppen og hvilke effekter deltakelse har. "
          "Første delrapport ble levert i desember 2021.", tp="FoU"),
        M("konf21", "Kompetansepolitisk konferanse 2021", "1.2 2.2", A, "HK-dir", "KD, Kompetansepolitisk råd",
          "November 2021", "Konferansen samlet rundt 400 deltakere fra fylkeskommuner, partene og "
          "utdanningssektoren. Tema: regionalt kompetansesamarbeid etter pandemien.", tp="Konferanse"),
        M("kompl", "Kompletterende utdanning – forvaltning av tilskudd", "2.6", T, "HK-dir",
          "Universiteter og høyskoler", "Løpende",
          "HK-dir forvalter tilskuddsordningen for kompletterende utdanning for flyktninger og innvandrere med "
          "utenlandsk høyere utdanning. 14 tilbud fikk midler i 2021.", tp="Tilskudd"),
    ],
)

ASD_2021 = dict(
    file="ASD_tiltaksmatrise_NKPS_2021.pdf", reporter="ASD", year=2021, fmt="pdf", template="matrix",
    org="Arbeids- og sosialdepartementet", dm="code",
    title="Tiltak i oppfølgingen av Nasjonal kompetansepolitisk strategi – rapportering 2021",
    header="Arbeids- og sosialdepartementet",
    cols=["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeids-partnere", "Tidsrom", "Beskrivelse"],
    widths=[1.8, 5.0, 2.6, 2.8, 3.6, 2.2, 7.7],
    intro=["Matrisen viser tiltak på Arbeids- og sosialdepartementets område. Tiltak i regi av Arbeids- og "
           "velferdsetaten er tatt med der departementet har gitt oppdrag."],
    measures=[
        M("kbu", "Kompetansebehovsutvalget – ASDs deltakelse", "1.1", R, "Kunnskapsdepartementet",
          "ASD, KMD, partene", "Løpende", "ASD er medlem i utvalget og bidrar med analyser fra Arbeids- og "
          "velferdsetaten om arbeidsmarkedet.", tp="Råd/utvalg/nettverk"),
        M("amo_eval", "Evaluering av arbeidsmarkedsopplæringen (AMO)", "2.2 3.5", F,
          "Arbeids- og velferdsdirektoratet", "Frischsenteret", "2020–2022",
          "Evalueringen ser på overgang til arbeid etter deltakelse i AMO-kurs og hvordan kursene innrettes "
          "mot behovene i arbeidsmarkedet.", tp="Forskning og utvikling"),
        M("menn_helse", "Menn i helse – Arbeids- og velferdsetatens deltakelse", "3.3 2.3", P, "KS",
          "Arbeids- og velferdsetaten, fylkeskommunene, kommunene", "Løpende",
          "NAV rekrutterer menn som står utenfor arbeidslivet til helsefagarbeiderutdanning gjennom "
          "Menn i helse. Deltakerne får lønnet praksis og fagbrev.", tp="Prosjekt"),
        M("ung_garanti", "Ungdomsgarantien", "3.3", T, "Arbeids- og velferdsetaten", "Kommunene, fylkeskommunene",
          "Fra 2021", "Styrket oppfølging av unge under 30 år som står utenfor arbeid og utdanning, med vekt på "
          "opplæring og fullføring av videregående.", tp="Ordning"),
        M("ledige_oppl", "Utvidet adgang til opplæring for arbeidsledige", "3.5 3.1", X, "ASD",
          "Arbeids- og velferdsetaten, KD", "Fra 1. juli 2021",
          "Endringer i tiltaksforskriften gir personer over 19 år mulighet til å ta fag- og yrkesopplæring eller "
          "høyere utdanning med opplæringstiltaket i inntil tre år.", tp="Regelverk"),
        M("amo", "Arbeidsmarkedsopplæring (AMO) – kurs i grunnleggende ferdigheter", "3.5", K,
          "Arbeids- og velferdsetaten", "Fylkeskommunene, kursleverandører", "Løpende",
          "Arbeidsmarkedskurs for ledige med behov for grunnleggende ferdigheter og norskopplæring. "
          "Antall plasser ble økt i krisepakkene.", tp="Kurs"),
    ],
)

NHO_2021 = dict(
    file="NHO_rapport_NKPS_2021.pdf", reporter="NHO", year=2021, fmt="pdf", template="per_delmal",
    org="Næringslivets Hovedorganisasjon (NHO)", header="NHO – Kompetansepolitisk råd",
    title="NHOs rapportering til Kompetansepolitisk råd for 2021",
    col2="NHO-fellesskapets tiltak i 2021",
    intro=["Tabellen viser tiltak i NHO og landsforeningene, sortert etter strategiens delmål. Et tiltak er "
           "plassert under det delmålet det først og fremst skal bidra til."],
    measures=[
        M("kbu", "Kompetansebehovsutvalget", "1.1", R, "KD", "NHO og de øvrige partene", "Løpende",
          "NHO er medlem av KBU og har bidratt til utvalgets temarapport i 2021."),
        M("nho_barometer", "NHOs kompetansebarometer", "1.1 2.2", F, "NHO", "NIFU", "Årlig",
          "Den årlige undersøkelsen blant medlemsbedriftene viser at to av tre bedrifter har udekket behov for "
          "kompetanse, særlig innen fagarbeid og IKT."),
        M("bp", "Bransjeprogrammene for kompetanseutvikling", "2.1 2.4", T, "KD/HK-dir",
          "NHO, landsforeningene og LO-forbundene", "2020–",
          "NHOs landsforeninger deltar i styringen av flere av programmene og har bidratt til å utvikle tilbud."),
        M("sry", "SRY – Samarbeidsrådet for yrkesopplæring", "2.3 1.4", R, "KD", "partene og KS", "Løpende",
          "NHO deltar i SRY og har i 2021 arbeidet med innspill til fullføringsreformen."),
        M("yrkesfag_kamp", "Kampanje for rekruttering til yrkesfag", "2.3", I, "NHO", "Landsforeningene",
          "Vinteren 2021", "Kampanjen i sosiale medier rettet seg mot ungdom i 10. trinn og deres foreldre "
          "før søknadsfristen 1. mars."),
        M("bp_ind", "Bransjeprogram for industri og bygg", "2.4 2.1", K, "Norsk Industri og Byggenæringens Landsforening",
          "Fellesforbundet, EL og IT Forbundet, fagskoler", "2020–2022",
          "Programmet tilbyr videreutdanningsmoduler innen blant annet automatisering, digital prosjektering "
          "og ledelse. Over 2 000 deltakere hittil."),
        M("fbj", "Fagbrev på jobb", "2.5", K, "Fylkeskommunene", "NHO-bedrifter, opplæringskontorer", "Løpende",
          "NHO har fremmet ordningen overfor medlemsbedriftene og bidratt til erfaringsdeling."),
        M("realk_model", "Modell for verdsetting av kompetanse ervervet i arbeidslivet", "2.5", F,
          "HK-dir", "NHO, LO, Virke", "2021",
          "Videre utprøving av modellen fra Kompetanse Norge i to NHO-bransjer."),
        M("norsk_arb", "Norsk på arbeidsplassen", "3.4", K, "NHO", "HK-dir, bedrifter", "2021–2022",
          "Pilot med arbeidsplassbasert norskopplæring for ansatte med svake norskferdigheter i industri og renhold."),
    ],
)

KS_2021 = dict(
    file="KS_rapport_kompetansepolitisk_strategi_2021.docx", reporter="KS", year=2021, fmt="docx",
    template="heading_labels", org="KS – kommunesektorens organisasjon", dm="delmal",
    header="KS | Rapportering til Kompetansepolitisk råd 2021",
    title="KS' rapportering på oppfølgingen av Nasjonal kompetansepolitisk strategi 2021",
    intro=["KS rapporterer på tiltak der KS har ansvar eller deltar aktivt. Kommunesektoren er landets største "
           "arbeidsgiver og har et betydelig ansvar for kompetanseutvikling."],
    measures=[
        M("bp_helse", "Bransjeprogram for den kommunale helse- og omsorgssektoren", "2.4 2.1", K, "KS",
          "Fagforbundet, Delta, FO, HK-dir", "2021–2023",
          "Programmet gir ansatte uten fagbrev og helsefagarbeidere tilbud om moduler i blant annet "
          "velferdsteknologi og demens. 1 100 deltakere har startet.", tp="Kurs/utdanning"),
        M("sry", "Samarbeidsrådet for yrkesopplæring", "2.3 1.4", R, "KD", "KS og partene", "Løpende",
          "KS deltar i SRY og i arbeidsutvalget.", tp="Råd/utvalg/nettverk"),
        M("skl_2016", "Samfunnskontrakt for flere læreplasser – sluttrapportering for kommunesektoren", "2.3", R,
          "KS", "Kommunene, fylkeskommunene", "2016–2020 (rapportert 2021)",
          "Kommunesektoren økte antall lærlinger med 20 prosent i kontraktsperioden, men nådde ikke målet om "
          "to lærlinger per 1 000 innbyggere.", tp="Råd/utvalg/nettverk"),
        M("kl2025", "Kompetanseløft 2025", "2.4 1.4", P, "Helse- og omsorgsdepartementet",
          "KS, Helsedirektoratet, fylkeskommunene, Fylkesmannen", "2021–2025",
          "Regjeringens plan for rekruttering, kompetanse og fagutvikling i den kommunale helse- og "
          "omsorgstjenesten. KS deltar i styringsgruppen.", tp="Prosjekt"),
        M("menn_helse", "Menn i helse", "3.3 2.3", P, "KS", "NAV, fylkeskommunene, kommunene", "Fra 2016",
          "Rekrutteringsprogram der menn mellom 25 og 55 år som står uten jobb tar fagbrev som "
          "helsefagarbeider. Programmet er nå etablert i alle fylker.", tp="Prosjekt"),
        M("ks_laering", "KS Læring – digital læringsplattform for kommunesektoren", "2.1", I, "KS",
          "Kommunene, fylkeskommunene", "Løpende",
          "Plattformen gir ansatte tilgang til e-læringskurs, blant annet i personvern og digital "
          "samhandling. Over 300 kommuner bruker plattformen.", tp="Informasjon"),
        M("ks_kplan", "Verktøy for kompetanseplanlegging i kommunene", "2.4", I, "KS", "Kommunene",
          "2021–2022", "KS har utviklet en veileder og et digitalt verktøy for strategisk kompetanseplanlegging "
          "som kobler kompetansebehov til tilbud fra utdanningsinstitusjonene.", tp="Informasjon/veiledning"),
    ],
)

VOFO_2021 = dict(
    file="VOFO_rapportering_2021.docx", reporter="VOFO", year=2021, fmt="docx", template="row_table",
    org="Voksenopplæringsforbundet (VOFO)", dm="code", landscape=True,
    title="Rapportering til Kompetansepolitisk råd 2021 – frivillig sektor",
    widths=[4.5, 1.6, 2.6, 3.0, 4.0, 2.3, 7.7],
    intro=["Rapporten følger samme oppsett som i fjor. Tiltak som er videreført fra 2020 er markert i beskrivelsen."],
    measures=[
        M("kprog", "Studieforbundenes deltakelse i Kompetanseprogrammet", "3.2 3.6", K, "Studieforbundene",
          "HK-dir, VOFO", "2021", "Ny tilskuddsordning som erstatter Kompetansepluss frivillighet og "
          "Kompetansepluss arbeid. Ni studieforbund fikk tilskudd i første tildeling.", tp="Kurs"),
        M("norsktrening", "Norsktrening i frivilligheten", "3.6 3.4", K, "Studieforbund og frivillige organisasjoner",
          "IMDi", "Videreført", "Videreført fra 2020. Språkkafeer og samtalegrupper, nå også digitalt.", tp="Kurs"),
        M("digi_senior", "Digitalt seniorløft – kurs i digitale ferdigheter", "2.1 3.6", K, "Studieforbundene",
          "Seniornett, kommuner", "2020–2022", "Videreføring av kursene i grunnleggende digitale ferdigheter for "
          "seniorer fra 2020, nå under nytt navn.", tp="Kurs"),
        M("vofo_reg", "VOFOs regionale arbeid", "1.2 3.6", R, "VOFO", "Regionale VOFO-ledd, fylkeskommunene",
          "Videreført", "VOFO deltar nå i kompetanseforum i ni fylker (seks i 2020).", tp="Råd/utvalg/nettverk"),
        M("vofo_kartl", "Kartlegging av opplæringsaktiviteten i studieforbundene", "2.2 3.6", F, "VOFO",
          "Studieforbundene, Fafo", "2021", "Kartleggingen viser omfang, målgrupper og kurstyper, og hvordan "
          "pandemien har endret aktiviteten.", tp="FoU"),
        M("laeringsuke21", "Voksnes læringsuke 2021", "3.6", A, "VOFO", "Studieforbundene, HK-dir",
          "September 2021", "Årets læringsuke hadde tema «Lær hele livet – også digitalt». Over 200 arrangementer.",
          tp="Arrangement"),
    ],
)

REPORTS = [HKDIR_2021, ASD_2021, NHO_2021, KS_2021, VOFO_2021]
