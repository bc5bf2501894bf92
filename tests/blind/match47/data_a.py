# -*- coding: utf-8 -*-
"""Regjeringen 2017, 2020, 2024."""


def M(tid, title, delmal, typ, resp, partners, period, desc, **kw):
    d = dict(tid=tid, title=title, delmal=delmal, typ=typ, resp=resp, partners=partners,
             period=period, desc=desc)
    d.update(kw)
    return d


FILES = {}

FILES["2017_Regjeringen_oppfolging.docx"] = dict(
    reporter="Regjeringen", year=2017, fmt="docx",
    measures=[
        M("T01", "Etablering av Kompetansebehovsutvalget (KBU)", ["1.1"], "Utvalg", "KD",
          ["ASD", "KMD", "NFD", "partene i arbeidslivet"], "2017–2021",
          "Utvalget ble oppnevnt høsten 2017 og skal hvert år legge fram en analyse av Norges framtidige kompetansebehov. Første rapport kommer i 2018."),
        M("T22", "Partssammensatt arbeidsgruppe om kompetansebehov som følge av digitalisering", ["2.1"], "Råd/utvalg", "KD",
          ["Kompetanse Norge", "LO", "NHO", "Unio", "KS", "YS", "Virke", "Spekter", "Akademikerne"], "2017–2018",
          "Arbeidsgruppen skal identifisere kompetansebehov som følger av digitaliseringen og foreslå tiltak for å styrke den digitale kompetansen i arbeidsstyrken."),
        M("T03", "Samfunnskontrakt for flere læreplasser", ["1.4", "2.3"], "Avtale", "KD",
          ["partene i arbeidslivet", "KS", "fylkeskommunene"], "2016–2020",
          "Kontrakten skal gi flere læreplasser i offentlig og privat sektor. Partene møtes to ganger i året for å følge opp måltallene."),
        M("R1", "Forsøk med fagbrev på jobb", ["2.5", "3.1"], "Prosjekt", "KD",
          ["Utdanningsdirektoratet", "fylkeskommunene"], "2017–2019",
          "Forsøk i utvalgte fylker der voksne i jobb tar fagbrev gjennom arbeidet sitt, med vurdering av realkompetanse og individuell opplæringsplan."),
        M("R2", "Ny godkjenningsordning for utenlandsk fagopplæring", ["2.6"], "Prosjekt", "KD",
          ["NOKUT"], "2017–2018",
          "NOKUT utvikler en ordning for godkjenning av utenlandsk fag- og yrkesopplæring på videregående nivå."),
        M("T08", "Kompetansepluss arbeid og Kompetansepluss frivillighet", ["3.2"], "Tilskudd", "KD",
          ["Kompetanse Norge", "VOFO", "partene i arbeidslivet"], "løpende",
          "Tilskuddsordningene gir opplæring i lesing, skriving, regning, muntlige og digitale ferdigheter på arbeidsplassen og i frivillige organisasjoner."),
        M("R5", "Forsøk med Kompetansepluss arbeid koblet til fagopplæring", ["3.2"], "Prosjekt", "KD",
          ["Kompetanse Norge", "fylkeskommunene"], "2017–2019",
          "Forsøket prøver ut hvordan opplæring i grunnleggende ferdigheter kan kombineres med fagopplæring fram mot fagbrev."),
        M("R3", "Norskopplæring og kvalifisering i introduksjonsprogrammet", ["3.4"], "Kurs", "JD",
          ["IMDi", "kommunene"], "2017–",
          "Introduksjonsprogrammet skal i større grad rettes mot arbeid og utdanning, med mer arbeidsrettet norskopplæring."),
        M("R4", "Kurs i grunnleggende ferdigheter for arbeidssøkere", ["3.5"], "Kurs", "ASD",
          ["Arbeids- og velferdsdirektoratet"], "2017",
          "NAV har økt antallet kursplasser i lesing, skriving, regning og digitale ferdigheter for arbeidssøkere som mangler dette."),
    ])

FILES["2020_Regjeringen_oppfolging.pdf"] = dict(
    reporter="Regjeringen", year=2020, fmt="pdf",
    measures=[
        M("T01", "Kompetansebehovsutvalget (KBU)", ["1.1"], "Råd/utvalg/nettverk", "KD",
          ["ASD", "KMD", "NFD", "partene i arbeidslivet"], "2017–2022",
          "KBU la i februar 2020 fram NOU 2020: 2 Fremtidige kompetansebehov III – Læring og kompetanse i alle ledd. Utvalget har fått forlenget mandat."),
        M("T12", "Kompetansereformen «Lære hele livet»", ["2.2", "2.4", "3.1"], "Reform", "KD",
          ["ASD", "NFD", "partene i arbeidslivet"], "2020–2024",
          "Meld. St. 14 (2019–2020) ble lagt fram i april 2020. Reformen skal gi flere mulighet til å lære hele livet og få bedre tilgang til relevante tilbud."),
        M("T05", "Fagbrev på jobb", ["2.5", "3.1"], "Ordning", "KD",
          ["Utdanningsdirektoratet", "fylkeskommunene"], "fra 2020",
          "Fagbrev på jobb er nå en varig, nasjonal ordning som alle fylkeskommuner skal tilby. Ordningen er hjemlet i forskrift til opplæringsloven."),
        M("T06", "Bransjeprogram for kompetanseutvikling", ["2.4"], "Prosjekt", "KD",
          ["ASD", "partene i arbeidslivet", "Kompetanse Norge"], "2020–2022",
          "Partene i den enkelte bransjen definerer kompetansebehovene, og tilbydere utvikler fleksible moduler. De første programmene gjelder industri og bygg og kommunal helse og omsorg."),
        M("T13", "Tilskudd til fleksible videreutdanningstilbud i digital kompetanse", ["2.1", "2.4"], "Tilskudd", "KD",
          ["Kompetanse Norge", "DIKU", "partene i arbeidslivet"], "2018–2021",
          "Tilskuddsordningen gir universiteter, høyskoler og fagskoler midler til å utvikle fleksible tilbud som kan kombineres med jobb."),
        M("T10", "Nasjonal digital karriereveiledningstjeneste", ["1.3"], "Informasjon", "KD",
          ["Kompetanse Norge"], "2019–2021",
          "Tjenesten gir veiledning på chat, telefon og nett til alle over 19 år, og lanseres i sin helhet i 2021."),
        M("T23", "Nasjonalt kvalitetsrammeverk for karriereveiledning", ["1.3"], "Prosjekt", "KD",
          ["Kompetanse Norge", "fylkeskommunene"], "2017–2020",
          "Rammeverket gir felles standarder for etikk, kompetanse og kvalitet i karriereveiledningen og er tatt i bruk i de fylkesvise karrieresentrene."),
        M("T17a", "Kompetanseløft 2020", ["1.4", "2.4"], "Plan", "HOD",
          ["KS", "Helsedirektoratet"], "2016–2020",
          "Planen skal sikre at den kommunale helse- og omsorgstjenesten har tilstrekkelig og kompetent bemanning.",
          fn="Kompetanseløft 2020 avsluttes ved utgangen av 2020. En ny plan for perioden etter 2020 er under arbeid."),
        M("T08", "Kompetansepluss", ["3.2"], "Tilskudd", "KD",
          ["Kompetanse Norge", "VOFO", "partene i arbeidslivet"], "løpende",
          "Kompetansepluss arbeid og frivillighet videreføres. Ordningene skal slås sammen til et nytt kompetanseprogram fra 2021."),
        M("R3", "Ny integreringslov – kvalifisering i introduksjonsprogrammet", ["3.4"], "Lovarbeid", "KD",
          ["IMDi", "kommunene"], "fra 1.1.2021",
          "Ny lov skal gi mer målrettet kvalifisering med mulighet for fullført videregående opplæring i introduksjonsprogrammet."),
        M("R6", "Nye kompetanseoppgaver for fylkeskommunene (regionreformen)", ["1.2"], "Reform", "KMD",
          ["KD", "ASD", "fylkeskommunene"], "2020",
          "Fra 2020 har fylkeskommunene fått ansvar for karriereveiledning og bedriftsintern opplæring og en tydeligere rolle i kompetansepolitikken."),
    ])

FILES["2024_Regjeringen_oppfolging.docx"] = dict(
    reporter="Regjeringen", year=2024, fmt="docx",
    measures=[
        M("T01", "Kompetansebehovsutvalget – nytt mandat fra 2023", ["1.1"], "Råd/utvalg/nettverk", "KD",
          ["ASD", "KDD", "NFD", "partene i arbeidslivet"], "2023–2027",
          "KBU har fått nytt mandat og ny sammensetning og skal nå levere en hovedrapport hvert annet år.", st="videre"),
        M("T06", "Bransjeprogrammene for kompetanseutvikling", ["2.1", "2.4"], "Prosjekt", "KD",
          ["ASD", "HK-dir", "partene i arbeidslivet"], "2020–2025",
          "Programmene omfatter nå elleve bransjer. Nye bransjer tas inn etter søknad fra partene.", st="videre"),
        M("T13", "Tilskuddsordning for fleksible utdanningstilbud (tidligere fleksible videreutdanningstilbud i digital kompetanse)",
          ["2.1", "2.4", "3.1"], "Tilskuddsordning", "KD", ["HK-dir"], "løpende",
          "Ordningen er utvidet til alle fagområder og retter seg nå også mot voksne uten fullført videregående opplæring.", st="videre"),
        M("R3", "Introduksjonsprogrammet etter integreringsloven", ["3.3", "3.4"], "Ordning", "KD",
          ["IMDi", "kommunene", "fylkeskommunene"], "løpende",
          "Fylkeskommunene har fått et større ansvar for opplæring av deltakerne, og flere tar fag- og svennebrev i programmet.", st="videre"),
        M("T04", "Samfunnskontrakt for flere læreplasser og kvalifisert arbeidskraft 2022–2026", ["1.4", "2.3"], "Avtale", "KD",
          ["partene i arbeidslivet", "KS", "fylkeskommunene"], "2022–2026",
          "Ny kontrakt inngått i 2022 etter at den forrige kontrakten utløp. Den omfatter også fagskoleutdanning og kvalifisering av voksne.", st="ny"),
        M("T07", "Følgeevaluering av bransjeprogrammene", ["2.2"], "FoU", "KD",
          ["HK-dir", "Fafo"], "2021–2025",
          "Evalueringen undersøker om programmene når målgruppen og om deltakerne bruker kompetansen i jobben. Sluttrapport kommer i 2025.", st="ny"),
        M("T17b", "Kompetanseløft 2025", ["1.4", "2.4"], "Plan", "HOD",
          ["KS", "Helsedirektoratet"], "2021–2025",
          "Regjeringens plan for rekruttering, kompetanse og fagutvikling i den kommunale helse- og omsorgstjenesten.", st="ny"),
        M("T19", "Fullføringsreformen – rett til fullføring av videregående opplæring", ["1.4", "3.1"], "Reform", "KD",
          ["fylkeskommunene", "Utdanningsdirektoratet"], "fra 1.8.2024",
          "Med ny opplæringslov får voksne rett til å fullføre videregående opplæring til de har oppnådd studie- eller yrkeskompetanse.", st="ny"),
        M("R8", "Strategi for kompetanse i kunstig intelligens i arbeidslivet", ["2.1"], "Strategi", "KDD",
          ["KD", "NFD", "HK-dir"], "2024–2026",
          "Strategien skal sikre at arbeidstakere får mulighet til å lære å bruke KI-verktøy på en trygg måte.", st="ny"),
    ])
