# -*- coding: utf-8 -*-
"""Reports for 2023: HK-dir (numbered headings), KS (headings, PDF), IMDi (prose, no delmål),
NHO (numbered status table), Vestland (Nynorsk forms)."""
from .catalog import M, K, R, P, F, T, I, A, X

HKDIR_2023 = dict(
    file="HK-dir_rapport_NKPS_2023.pdf", reporter="HK-dir", year=2023, fmt="pdf", template="numbered_heads",
    org="Direktoratet for høyere utdanning og kompetanse", header="HK-dir – Rapportering til Kompetansepolitisk råd 2023",
    title="Rapportering til Kompetansepolitisk råd 2023",
    intro=["Rapporten omtaler HK-dirs viktigste kompetansepolitiske tiltak i 2023. For hvert tiltak oppgis "
           "delmål i strategien, ansvar, periode og status."],
    measures=[
        M("bp", "Bransjeprogram for kompetanseutvikling", "2.1 2.4", T, "HK-dir", "Partene i arbeidslivet, KD",
          "2020–", "Ordningen omfatter nå 15 programmer. Nye programmer for kultur og reiseliv kom til i 2023.",
          tp="Tilskuddsordning"),
        M("kprog", "Kompetanseprogrammet – tilskudd til opplæring i grunnleggende ferdigheter", "3.2 3.1", T,
          "HK-dir", "Virksomheter, frivillige organisasjoner, tilbydere", "Løpende",
          "Det ble tildelt 190 mill. kroner i 2023. Andelen prosjekter med digitale ferdigheter har økt.",
          tp="Tilskudd"),
        M("karr_nett", "Nettbasert karriereveiledning (karriereveiledning.no)", "1.3", I, "HK-dir",
          "Fylkeskommunene", "Løpende", "Tjenesten hadde 62 000 samtaler i 2023 og tilbyr nå veiledning på "
          "engelsk, arabisk og ukrainsk.", tp="Informasjon/veiledning"),
        M("fleks", "Tilskudd til fleksible utdanningstilbud", "2.1 2.4", T, "HK-dir",
          "Universiteter, høyskoler og fagskoler", "Løpende",
          "Ordningen er videreført. 28 prosjekter fikk tildeling i 2023, flest innen helse og teknologi.",
          tp="Tilskudd"),
        M("bp_eval", "Følgeevaluering av bransjeprogrammene – sluttrapport", "2.2", F, "HK-dir",
          "Fafo, Oxford Research", "2021–2023",
          "Sluttrapporten viser at programmene når mange med fagbrev, men færre uten fullført videregående.",
          tp="FoU/utredning"),
        M("konf23", "Kompetansepolitisk konferanse 2023", "1.2 2.2", A, "HK-dir", "KD, Kompetansepolitisk råd",
          "Oktober 2023", "Årets konferanse handlet om kompetansebehov i det grønne skiftet. 450 deltakere.",
          tp="Arrangement"),
        M("godkj_fag", "Godkjenning av utenlandsk fag- og yrkesopplæring", "2.6", X, "HK-dir", "Fylkeskommunene",
          "Fra 2022", "Første hele driftsår for ordningen. HK-dir behandlet over 2 000 søknader i 2023, flest fra "
          "Polen og Ukraina.", tp="Godkjenningsordning"),
        M("fagskole_midler", "Utviklingsmidler til fagskoler", "1.4 2.4", T, "HK-dir",
          "Fagskolene, fylkeskommunene", "Løpende",
          "Midlene skal bidra til utvikling av fagskoletilbud i samarbeid med arbeidslivet. 60 prosjekter "
          "fikk midler i 2023.", tp="Tilskudd"),
        M("utd_no", "utdanning.no – nasjonal portal for utdannings- og yrkesinformasjon", "1.3", I, "HK-dir", "",
          "Løpende", "Portalen er videreutviklet med ny yrkesoversikt og lønnsdata for over 600 yrker.",
          tp="Informasjon"),
    ],
)

KS_2023 = dict(
    file="KS_rapport_kompetansepolitisk_strategi_2023.pdf", reporter="KS", year=2023, fmt="pdf",
    template="heading_labels", org="KS – kommunesektorens organisasjon", dm="delmal",
    header="KS | Rapportering til Kompetansepolitisk råd 2023",
    title="KS' rapportering på oppfølgingen av Nasjonal kompetansepolitisk strategi 2023",
    intro=["Rapporten følger malen fra tidligere år. De fleste tiltakene er videreført fra 2021."],
    measures=[
        M("bp_helse", "Bransjeprogram for kommunal helse og omsorg – videreført", "2.4 2.1", K, "KS",
          "Fagforbundet, Delta, FO, HK-dir", "2021–2024",
          "Programmet er videreført ut 2024. Totalt har over 2 500 ansatte deltatt.", tp="Kurs/utdanning"),
        M("skl_2022", "Samfunnskontrakt for flere læreplasser 2022–2026", "2.3", R, "KD",
          "KS, partene, fylkeskommunene", "2022–2026",
          "KS har fulgt opp kommunenes forpliktelser i den nye kontrakten og laget en veileder for lærlinger "
          "i kommunal sektor.", tp="Råd/utvalg/nettverk"),
        M("kl2025", "Kompetanseløft 2025 – oppfølging", "2.4 1.4", P, "Helse- og omsorgsdepartementet",
          "KS, Helsedirektoratet, Statsforvalteren", "2021–2025",
          "KS har fortsatt deltatt i styringsgruppen. Planen er revidert med vekt på rekruttering.", tp="Prosjekt"),
        M("menn_helse", "Menn i helse", "3.3 2.3", P, "KS", "NAV, fylkeskommunene, kommunene", "Fra 2016",
          "Programmet er fortsatt i alle fylker. Rundt 300 menn startet i 2023.", tp="Prosjekt"),
        M("ks_laering", "KS Læring", "2.1", I, "KS", "Kommunene", "Løpende",
          "Plattformen har fått nye kurs i kunstig intelligens og informasjonssikkerhet.", tp="Informasjon"),
        M("ks_kplan", "Strategisk kompetanseplanlegging i kommunene", "2.4", I, "KS", "Kommunene",
          "2021–", "Tidligere rapportert som «Verktøy for kompetanseplanlegging i kommunene». Verktøyet er "
          "tatt i bruk av 140 kommuner.", tp="Informasjon/veiledning"),
        M("kbu", "Kompetansebehovsutvalget – KS' deltakelse", "1.1", R, "KD", "KS og de øvrige partene",
          "Løpende", "KS deltar i utvalget, som i 2023 arbeidet med kompetansebehov i kommunesektoren.",
          tp="Råd/utvalg/nettverk"),
    ],
)

IMDI_2023 = dict(
    file="IMDi_innspill_kompetansepolitisk_raad_2023.docx", reporter="IMDi", year=2023, fmt="docx",
    template="prose", org="Integrerings- og mangfoldsdirektoratet (IMDi)", header="IMDi",
    title="IMDis bidrag til oppfølgingen av kompetansepolitikken 2023",
    intro=["IMDi er bedt om å gi en kort omtale av tiltak som er relevante for Kompetansepolitisk råd. "
           "Omtalen er ordnet etter IMDis fagområder."],
    closing=["Kontaktperson: avdeling for kvalifisering, IMDi."],
    measures=[
        M("imdi_veil", "Veiledning til kommunene om integreringsloven", "3.4", I, "IMDi", "Kommunene, fylkeskommunene",
          "Løpende", "IMDi har gjennomført regionale samlinger og utarbeidet nye veiledere om kartlegging, "
          "karriereveiledning og sluttmål i introduksjonsprogrammet.", sec="Kvalifisering og introduksjonsprogram"),
        M("kombi", "Kombinasjonsforløp", "3.4 3.1", P, "IMDi", "Fylkeskommunene, kommunene", "2022–2023",
          "I oppfølgingen av oppdraget fra departementet har IMDi støttet kommuner og fylkeskommuner i å "
          "etablere kombinasjonsforløp, slik at flere deltakere i introduksjonsprogrammet fullfører "
          "videregående opplæring.", sec="Kvalifisering og introduksjonsprogram"),
        M("imdi_progr", "Kompetanseheving for programrådgivere", "3.4", K, "IMDi", "OsloMet", "2023",
          "Videreutdanningstilbud for ansatte som følger opp deltakere i introduksjonsprogrammet, "
          "utviklet sammen med OsloMet.", sec="Kvalifisering og introduksjonsprogram"),
        M("jobbsjansen", "Jobbsjansen", "3.4 3.3", T, "IMDi", "Kommunene", "Løpende",
          "Tilskuddsordningen er videreført. 2 100 deltakere i 2023, og rundt 60 prosent gikk over til arbeid "
          "eller utdanning.", sec="Arbeid og opplæring"),
        M("imdi_karr", "Karriereveiledning for nyankomne innvandrere", "1.3 3.4", I, "IMDi",
          "HK-dir, fylkeskommunale karrieresentre", "Fra 2021",
          "Med integreringsloven skal alle deltakere få karriereveiledning. IMDi har samarbeidet med HK-dir "
          "om kompetanseheving for veilederne.", sec="Arbeid og opplæring"),
        M("norsktrening", "Tilskudd til frivillig norsktrening", "3.6 3.4", T, "IMDi",
          "Frivillige organisasjoner, studieforbund", "Løpende",
          "Tilskudd til språkkafeer og samtalegrupper i regi av frivillige organisasjoner. 310 organisasjoner "
          "fikk tilskudd i 2023.", sec="Frivillighet og språk"),
    ],
)

NHO_2023 = dict(
    file="NHO_rapportering_NKPS_2023.docx", reporter="NHO", year=2023, fmt="docx", template="num_table_status",
    org="Næringslivets Hovedorganisasjon (NHO)", dm="delmal", header="NHO | Kompetansepolitisk råd 2023",
    title="NHOs rapportering til Kompetansepolitisk råd 2023",
    intro=["NHO har i år valgt en enklere tabell med status for hvert tiltak."],
    measures=[
        M("bp", "Bransjeprogrammene", "2.1 2.4", T, "KD/HK-dir", "NHO, landsforeningene, LO-forbundene", "2020–",
          "NHO deltar fortsatt i styringen av programmene og har foreslått nye programmer for reiseliv."),
        M("bp_ind", "Bransjeprogram for industri og bygg – videreført", "2.4 2.1", K,
          "Norsk Industri og BNL", "Fellesforbundet, EL og IT Forbundet", "2020–2024",
          "Programmet er videreført med nye moduler i batteriproduksjon og havvind."),
        M("faglige_rad", "Faglige råd for yrkesopplæringen", "2.3 1.4", R, "Udir/KD", "NHO og landsforeningene",
          "Løpende", "NHO-representanter leder fem av de ti faglige rådene."),
        M("skl_2022", "Samfunnskontrakt for flere læreplasser 2022–2026", "2.3", R, "KD",
          "NHO, de øvrige partene, fylkeskommunene", "2022–2026",
          "Antall lærekontrakter i NHO-bedrifter økte med 4 prosent fra 2022."),
        M("praks", "Praksiskandidatordningen – bedre informasjon og veiledning", "2.5", I, "NHO",
          "Fylkeskommunene, opplæringskontorene", "2023",
          "NHO har laget en digital veileder for bedrifter som vil hjelpe ansatte til fagbrev som praksiskandidat."),
        M("nho_barometer", "NHOs kompetansebarometer 2023", "1.1 2.2", F, "NHO", "NIFU", "Årlig",
          "Videreført. Andelen bedrifter med udekket kompetansebehov var 62 prosent."),
        M("yrkesfag_kamp", "#Yrkesfag – rekrutteringskampanje", "2.3", I, "NHO", "Landsforeningene, LO",
          "Januar–mars 2023", "Kampanjen er videreført fra 2021 under nytt navn og gjennomført sammen med LO."),
    ],
)

VESTLAND_2023 = dict(
    file="Vestland_fylkeskommune_rapport_2023.pdf", reporter="Vestland fylkeskommune", year=2023, fmt="pdf",
    template="form_tables_nn", org="Vestland fylkeskommune", dm="code", header="Vestland fylkeskommune",
    page_numbers=True, numbered_heads="Tiltak {i}",
    labels=["Namn på tiltak", "Delmål", "Type tiltak", "Ansvarleg", "Samarbeidspartnarar", "Skildring",
            "Tidspunkt og varigheit"],
    title="Rapportering til Kompetansepolitisk råd 2023",
    intro=["Vestland fylkeskommune rapporterer i år på eit eige skjema per tiltak."],
    measures=[
        M("plan_vl", "Oppfølging av regional plan for kompetanse og arbeidskraft – handlingsprogram 2023–2024",
          "1.2", R, "Vestland fylkeskommune", "Partane i arbeidslivet, NAV, UH-sektoren, kommunane", "2023–2024",
          "Handlingsprogrammet til den regionale planen vart vedteke i 2023 og inneheld 24 tiltak.", tp="Plan"),
        M("kforum_vl", "Kompetanseforum Vestland", "1.2", R, "Vestland fylkeskommune",
          "NHO Vestland, LO i Vestland, KS, NAV Vestland, Statsforvaltaren", "Vidareført",
          "Forumet er vidareført og har fått ei eiga arbeidsgruppe for grøn omstilling.", tp="Råd/utval/nettverk"),
        M("karr_vl", "Karriere Vestland", "1.3", I, "Vestland fylkeskommune", "NAV, kommunane", "Løpande",
          "Karrieresentera hadde 7 100 samtalar i 2023. Nytt tilbod om rettleiing for tilsette i omstilling.",
          tp="Informasjon/rettleiing"),
        M("bio_vl", "Tilskot til bedriftsintern opplæring (BIO)", "2.4", T, "Vestland fylkeskommune",
          "Verksemder, NAV Vestland", "Løpande", "Ordninga er vidareført. 64 verksemder fekk tilskot i 2023.",
          tp="Tilskot"),
        M("realk_vl", "Realkompetansevurdering for vaksne i Vestland", "3.1 2.5", K, "Vestland fylkeskommune",
          "Karriere Vestland, vidaregåande skular", "Frå 2023",
          "Samla og styrkt tilbod om realkompetansevurdering i vidaregåande opplæring for vaksne, med eit "
          "eige inntakskontor.", tp="Kurs/utdanning"),
        M("vl_gront", "Kompetanseløft for det grøne skiftet i Vestland", "2.4 1.4", P, "Vestland fylkeskommune",
          "Fagskulen Vestland, HVL, næringsklyngene", "2023–2025",
          "Prosjektet koplar kompetansebehov i klyngene for havvind, hydrogen og batteri til tilbod frå fagskule "
          "og høgskule.", tp="Prosjekt"),
    ],
)

REPORTS = [HKDIR_2023, KS_2023, IMDI_2023, NHO_2023, VESTLAND_2023]
