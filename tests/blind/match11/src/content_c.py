# -*- coding: utf-8 -*-
"""Reports 2024: KD, LO, Unio, KS, NHO."""
from .content_a import M

KD_2024 = dict(
    file="KD_rapport_kompetansepolitisk_strategi_2024.pdf", reporter="KD", year=2024, template="outline",
    heading="Kunnskapsdepartementet – oppfølging av kompetansepolitisk strategi 2024",
    header="Kunnskapsdepartementet", footer="Rapportering til Kompetansepolitisk råd 2024",
    intro="Tiltakene er ordnet etter strategiens tre hovedinnsatsområder. Delmål står i parentes.",
    rows=[
        M("T01", "Nytt mandat for Kompetansebehovsutvalget", "KD", "", "2024–2027",
          "KBU har fått nytt mandat med vekt på regionale analyser og kompetansebehov i omstillingen."),
        M("T09", "Samfunnskontrakten – midtveisgjennomgang", "KD", "", "2024",
          "Partene og KD har gjennomgått status for samfunnskontrakten for flere læreplasser."),
        M("T02", "Fleksible videreutdanningstilbud – tilskuddsordningen videreføres", "KD", "", "2024",
          "Ordningen forvaltes av HK-dir og har hatt to utlysninger i 2024."),
        M("T03", "Bransjeprogrammene for kompetanseutvikling", "KD og AID", "", "2024",
          "Bransjeprogrammene videreføres med nye programmer for grønn omstilling."),
        M("T20", "Evalueringen av bransjeprogrammene – delrapport 1", "AID og KD", "", "2023–2025",
          "Første delrapport fra Oxford Research og Fafo ble levert i 2024."),
        M("T22", "Nasjonal konferanse om læring i arbeidslivet 2024", "HK-dir", "", "November 2024",
          "KD åpnet konferansen. Tema var kompetanse for grønn omstilling."),
        M("T28", "Evaluering av forsøket med modulstrukturert opplæring for voksne", "KD", "", "2019–2024",
          "NIFU har evaluert forsøket. Sluttrapporten ble lagt fram i 2024."),
        M("T29", "Modulstrukturert fag- og yrkesopplæring for voksne i ordinær drift", "KD", "", "Fra 1. august 2024",
          "Med ny opplæringslov får voksne rett til opplæring organisert i moduler."),
        M("T50", "Oppdrag til HK-dir om godkjenning av utenlandsk fag- og yrkesopplæring", "KD", "", "2024",
          "Ordningen skal gjøre det raskere å få godkjent utenlandske fagbrev."),
    ],
)

LO_2024 = dict(
    file="LO_rapportering_NKPS_2024.pdf", reporter="LO", year=2024, template="boldcode", sep=" og ",
    heading="LOs rapportering 2024",
    intro="LO og forbundene har i 2024 arbeidet med disse tiltakene. Delmål er angitt foran hvert tiltak.",
    footer="Landsorganisasjonen i Norge",
    rows=[
        M("T01", "LO i Kompetansebehovsutvalget", "KD", "LO, hovedorganisasjonene", "Løpende",
          "LO har bidratt til KBUs rapport og deltatt i utvalgets arbeid med nytt mandat."),
        M("T18", "Karriereveiledning for tillitsvalgte – nye kurs", "LO", "AOF Norge", "2024",
          "Kurset fra 2022 er videreført med fire nye samlinger."),
        M("T45", "Kompetanseplanlegging på arbeidsplassen – kurs for tillitsvalgte", "LO", "AOF Norge",
          "2024", "Videreføring av kurset med nytt modul om grønn omstilling."),
        M("T04", "Fellesforbundet: bransjeprogrammet for industri og bygg", "Fellesforbundet",
          "Norsk Industri, BNL, HK-dir", "2024",
          "Tilbud om videreutdanning i automasjon, sveis og energieffektivisering."),
        M("T22", "Deltakelse på konferansen om læring i arbeidslivet (HK-dir)", "HK-dir", "LO", "November 2024",
          "LO-lederen deltok i paneldebatten."),
        M("T39", "Faglige råd – LO-forbundenes representanter", "Udir", "LO-forbundene", "Løpende",
          "Forbundene har representanter i alle de faglige rådene."),
        M("T09", "Samfunnskontrakt for flere læreplasser", "KD", "LO og forbundene", "2022–2026",
          "LO følger opp lærlingklausuler og læreplasser i offentlige anskaffelser."),
    ],
)

UNIO_2024 = dict(
    file="Unio_rapport_NKPS_2024.docx", reporter="Unio", year=2024, template="headings_text",
    heading="Unios rapportering på Nasjonal kompetansepolitisk strategi 2024",
    intro="Unio rapporterer her på tiltak der Unio eller Unio-forbundene har ansvar eller deltar.",
    footer="Unio – hovedorganisasjon for universitetsutdannede",
    rows=[
        M("T05", "Deltakelse i bransjeprogrammet for kommunal helse- og omsorgssektor", "KS og partene",
          "Norsk Sykepleierforbund, Fagforbundet, HK-dir", "2024",
          "NSF deltar i programrådet og bidrar til videreutdanningstilbud for sykepleiere i kommunene."),
        M("T26", "Kompetanseløft 2025 – innspill og oppfølging", "HOD", "Unio-forbundene, KS", "2021–2025",
          "Unio har gitt innspill til regjeringens plan for rekruttering og kompetanse i helse og omsorg."),
        M("T40", "Unio-forbundenes deltakelse i råd for samarbeid med arbeidslivet", "Unio-forbundene",
          "Universiteter og høyskoler", "Løpende",
          "Forbundene sitter i RSA ved institusjoner som utdanner sykepleiere, lærere og politi."),
        M("T43", "Kartlegging av etter- og videreutdanning blant Unio-medlemmer", "Unio", "Fafo",
          "2024", "Undersøkelsen viser hvem som får EVU, og hvem som betaler."),
        M("T46", "Kurs i kompetanseplanlegging for Unio-tillitsvalgte", "Unio", "Utdanningsforbundet, NSF",
          "Høsten 2024", "Kurs i hvordan tillitsvalgte kan følge opp kompetanseplaner i virksomhetene."),
        M("T01", "Unios deltakelse i KBU", "KD", "Hovedorganisasjonene", "Løpende",
          "Unio er fast medlem i Kompetansebehovsutvalget."),
    ],
)

KS_2024 = dict(
    file="KS_rapportering_kompetansestrategien_2024.pdf", reporter="KS", year=2024, template="toc_table",
    landscape=True, toc_sub=True,
    heading="KS – rapportering på Nasjonal kompetansepolitisk strategi 2024",
    subtitle="Kommunesektorens organisasjon",
    header="KS | Kompetansepolitisk råd", footer="KS rapport 2024",
    intro="KS rapporterer på tiltak for ansatte i kommunesektoren og på tiltak der KS deltar sammen med staten.",
    rows=[
        M("T05", "Bransjeprogram for kommunal helse- og omsorgssektor", "KS", "Fagforbundet, NSF, Delta, FO, HK-dir",
          "2020–", "Programmet gir tilbud om fagbrev, fagskole og videreutdanning til ansatte i helse og omsorg."),
        M("T26", "Kompetanseløft 2025", "HOD", "KS, Statsforvalteren, kommunene", "2021–2025",
          "KS bidrar til å spre kunnskap om planen og tilskuddene til kommunene."),
        M("T24", "Fagbrev på jobb for assistenter i kommunene", "KS", "Fylkeskommunene, Fagforbundet",
          "2024", "Kommuner oppfordres til å bruke ordningen for ufaglærte ansatte i barnehage og helse."),
        M("T09", "Samfunnskontrakt for flere læreplasser", "KD", "KS, partene", "2022–2026",
          "KS følger opp kommunenes lærlingmål."),
        M("T30", "Jobbsjansen i kommunene", "Kommunene", "IMDi", "Løpende",
          "KS veileder kommunene om bruk av tilskuddet."),
        M("T57", "Digitale grunnferdigheter for ansatte i kommunesektoren", "KS", "KS Læring, kommunene",
          "2024–2025", "E-læringskurs i digitale verktøy og personvern for ansatte uten høyere utdanning."),
        M("T58", "Menn i helse", "KS", "NAV, fylkeskommunene, kommunene", "2012–",
          "Rekrutteringsprogram der menn mellom 25 og 55 år tar fagbrev som helsefagarbeider."),
        M("T38", "KS i Samarbeidsrådet for yrkesopplæring", "KD", "Partene", "Løpende",
          "KS representerer kommunesektoren som lærebedrift."),
    ],
)

NHO_2024 = dict(
    file="NHO_tiltak_NKPS_2024.docx", reporter="NHO", year=2024, template="form",
    heading="NHO – tiltak 2024",
    intro="NHO og landsforeningene følger opp strategien blant annet sammen med virkemiddelapparatet.",
    labels=["Tiltak", "Delmål", "Hovedansvarlig", "Samarbeidspartnere", "Type", "Beskrivelse",
            "Tidspunkt og varighet"], word="Tiltak nr.",
    rows=[
        M("T36", "Digital omstilling i SMB – NHOs samarbeid med Innovasjon Norge", "NFD/Innovasjon Norge",
          "NHO, Virke, Digitaliseringsdirektoratet", "2023–2025",
          "Kurs og rådgivning for små og mellomstore bedrifter som skal ta i bruk ny teknologi."),
        M("T37", "Kompetanseprosjekter i klyngeprogrammet Norwegian Innovation Clusters", "Innovasjon Norge, SIVA, Forskningsrådet",
          "Klyngene, UH-sektoren", "Løpende",
          "Klyngene får støtte til å utvikle etter- og videreutdanningstilbud sammen med utdanningsinstitusjoner."),
        M("T60", "Kunnskapsgrunnlag om kompetansebehov i havnæringene", "Sjømat Norge og Norsk Industri", "NFD, Menon",
          "2024", "Utredning av kompetansebehov i sjømat, havvind og maritim næring fram mot 2035."),
        M("T04", "Bransjeprogram for industri og bygg – Norsk Industris deltakelse", "KD og AID", "Norsk Industri, Fellesforbundet",
          "2024", "Norsk Industri har bidratt i arbeidet med å utvide programmet til batteri- og prosessindustrien."),
        M("T01", "Deltakelse i KBU", "KD", "Hovedorganisasjonene", "Løpende",
          "NHO er representert i Kompetansebehovsutvalget."),
    ],
)

REPORTS = [KD_2024, LO_2024, UNIO_2024, KS_2024, NHO_2024]
