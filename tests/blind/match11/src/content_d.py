# -*- coding: utf-8 -*-
"""Reports 2024–2025: Vestland fylkeskommune (nynorsk), Trøndelag fylkeskommune, HK-dir 2025, NHO 2025."""
from .content_a import M

VESTLAND_2024 = dict(
    file="Vestland_fylkeskommune_rapportering_2024.docx", reporter="Vestland fylkeskommune", year=2024,
    template="form", nn=True, dm_both=True,
    heading="Vestland fylkeskommune – rapportering på kompetansepolitisk strategi 2024",
    intro="Vestland fylkeskommune rapporterer her på tiltak i eigen regi og tiltak vi gjennomfører "
          "saman med partane og statlege etatar.",
    header="Vestland fylkeskommune", footer="Rapportering NKPS 2024",
    labels=["Namn på tiltaket", "Delmål", "Ansvarleg", "Samarbeidspartnarar", "Type tiltak",
            "Skildring", "Tidsrom"], word="Tiltak",
    rows=[
        M("T10", "Kompetansestrategi for Vestland 2021–2024", "Vestland fylkeskommune",
          "Partane i arbeidslivet, NAV Vestland, universitet og høgskular", "2021–2024",
          "Strategien vart sluttevaluert i 2024, og arbeidet med ny strategi er starta."),
        M("T12", "Kompetanseforum Vestland", "Vestland fylkeskommune",
          "LO, NHO, Virke, KS, NAV Vestland, Statsforvaltaren", "Fire møte i året",
          "Forumet samordnar arbeidet med kompetanse i regionen."),
        M("T15", "Karrieresentera i Vestland – karriererettleiing for vaksne", "Vestland fylkeskommune",
          "NAV Vestland, kommunane", "Løpande",
          "Seks karrieresenter gir gratis karriererettleiing til alle over 19 år."),
        M("T17", "Bruk av kvalitetsrammeverket for karriererettleiing", "Vestland fylkeskommune", "HK-dir",
          "2024", "Alle rettleiarar har fått opplæring i rammeverket."),
        M("T27", "Modulstrukturert fag- og yrkesopplæring for vaksne", "Vestland fylkeskommune",
          "NAV Vestland, opplæringskontora", "2019–2024",
          "Fylket har vore med i forsøket med moduler i helsearbeidarfaget og barne- og ungdomsarbeidarfaget."),
        M("T33", "Samarbeidsavtale mellom NAV Vestland og Vestland fylkeskommune", "Vestland fylkeskommune og NAV Vestland",
          "Kommunane", "2023–2026",
          "Avtalen skal gje fleire vaksne utan fullført vidaregåande opplæring eit tilbod."),
        M("T62", "Fagskulen Vestland – nye tilbod innan grøn omstilling", "Fagskulen Vestland",
          "Næringslivet, klyngene", "Frå hausten 2024",
          "Nye fagskuletilbod innan havvind, elektrifisering og batteriproduksjon."),
    ],
)

TRONDELAG_2024 = dict(
    file="Trondelag_fylkeskommune_NKPS_2024.pdf", reporter="Trøndelag fylkeskommune", year=2024,
    template="tiltak_hva", dmcol="both", landscape=True,
    heading="Trøndelag fylkeskommune – tiltak 2024",
    header="Trøndelag fylkeskommune", footer="Oppfølging av Nasjonal kompetansepolitisk strategi",
    intro="Oversikten viser fylkeskommunens viktigste tiltak i 2024.",
    rows=[
        M("T11", "Trøndelags kompetansestrategi 2023–2026", "Trøndelag fylkeskommune",
          "partnerskapet i Kompetanseforum Trøndelag", "2023–2026",
          "Strategien har fire innsatsområder og en årlig handlingsplan."),
        M("T13", "Kompetanseforum Trøndelag", "Trøndelag fylkeskommune", "partene, NAV Trøndelag, NTNU, fagskolene",
          "Løpende", "Regionalt partnerskap for kompetanse, med møter to ganger i halvåret."),
        M("T16", "Karriere Trøndelag", "Trøndelag fylkeskommune", "NAV Trøndelag",
          "Løpende", "Karrieresentrene tilbyr gratis karriereveiledning og kompetansekartlegging."),
        M("T27", "Forsøk med moduler for voksne i fag- og yrkesopplæringen", "Trøndelag fylkeskommune",
          "Udir, NAV Trøndelag", "2020–2024", "Forsøket er avsluttet og moduler videreføres i ordinært tilbud."),
        M("T34", "Partnerskapsavtale NAV Trøndelag og Trøndelag fylkeskommune", "Trøndelag fylkeskommune",
          "NAV Trøndelag", "2022–2025", "Felles innsats for at flere voksne fullfører videregående opplæring."),
        M("T63", "Kombinasjonsklasser for voksne innvandrere", "Trøndelag fylkeskommune", "kommunene, IMDi",
          "2024", "Grunnskole- og videregående opplæring kombinert med norskopplæring."),
        M("T14", "Lenking til karriereveiledning.no fra fylkets nettsider og chat", "Trøndelag fylkeskommune",
          "HK-dir", "2024", "Karriere Trøndelag henviser brukere til den nasjonale digitale tjenesten utenom åpningstid."),
    ],
)

HKDIR_2025 = dict(
    file="HK-dir_NKPS_rapport_2025.docx", reporter="HK-dir", year=2025, template="outline",
    heading="HK-dir – rapportering på Nasjonal kompetansepolitisk strategi 2025",
    header="Direktoratet for høyere utdanning og kompetanse", footer="Rapport 2025",
    intro="Rapporten følger strategiens hovedinnsatsområder.",
    rows=[
        M("T14", "Karriereveiledning.no – videreutvikling med KI-basert søk", "HK-dir", "", "2025",
          "Tjenesten har fått ny søkefunksjon og utvidet chat på kveldstid."),
        M("T17", "Revidert kvalitetsrammeverk for karriereveiledning", "HK-dir", "", "2024–2025",
          "Rammeverket er revidert i samarbeid med fylkeskommunene og NAV."),
        M("T02", "Fleksible videreutdanningstilbud – utlysning 2025", "HK-dir", "", "2025",
          "Tilskudd til utdanningstilbydere som utvikler tilbud sammen med arbeidslivet."),
        M("T08", "Kompetanseprogrammet 2025", "HK-dir", "", "2025",
          "Tilskudd til opplæring i grunnleggende ferdigheter for voksne i arbeidslivet og i frivilligheten."),
        M("T20", "Evaluering av bransjeprogrammene – sluttrapport", "Oxford Research og Fafo", "", "2025",
          "HK-dir har bidratt med data til evalueringen."),
        M("T22", "Oppfølging etter konferansen om læring i arbeidslivet 2024", "HK-dir", "", "2025",
          "Opptak og presentasjoner fra konferansen er publisert, og det er laget et kunnskapsnotat."),
        M("T49", "Veileder for realkompetansevurdering i høyere yrkesfaglig og høyere utdanning", "HK-dir", "", "2025",
          "Ny nasjonal veileder for fagskoler, universiteter og høyskoler."),
        M("T50", "Godkjenning av utenlandsk fag- og yrkesopplæring", "HK-dir", "", "Løpende",
          "Saksbehandlingstiden er redusert etter digitalisering av søknadsprosessen."),
        M("T51", "Kompletterende utdanning – tilskudd 2025", "HK-dir", "", "2025",
          "Tilskudd til UH-institusjoner som tilbyr kompletterende utdanning for personer med utenlandsk utdanning."),
    ],
)

NHO_2025 = dict(
    file="NHO_rapport_NKPS_2025.pdf", reporter="NHO", year=2025, template="bullets",
    heading="NHO – rapportering 2025",
    header="NHO Næringslivets Hovedorganisasjon",
    intro="NHO-fellesskapet rapporterer følgende tiltak for 2025:",
    sub=["resp", "dm", "period"],
    rows=[
        M("T01", "Kompetansebehovsutvalget – NHOs deltakelse", "KD", "", "Løpende"),
        M("T47", "Kompetansebarometeret 2025", "NHO", "", "Årlig"),
        M("T04", "Bransjeprogram industri og bygg", "Norsk Industri og Byggenæringens Landsforening", "", "2025"),
        M("T06", "Varehandelsprogrammet i bransjeprogramordningen", "NHO Service og Handel", "", "2025"),
        M("T56", "Kompetanseløft for småbedrifter i reiselivet", "NHO Reiseliv", "", "2025–2026"),
        M("T09", "Samfunnskontrakten for flere læreplasser – NHOs lærlingløfte", "NHO", "", "2022–2026"),
        M("T39", "NHO-foreningenes representanter i de faglige rådene", "Udir", "", "Løpende"),
    ],
)

REPORTS = [VESTLAND_2024, TRONDELAG_2024, HKDIR_2025, NHO_2025]
