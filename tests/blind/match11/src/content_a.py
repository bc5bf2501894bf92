# -*- coding: utf-8 -*-
"""Reports 2022–2023, part A: KD 2022, LO 2022, YS 2022, HK-dir 2023, NHO 2023."""


def M(t, title, resp="", part="", period="", desc="", **kw):
    d = dict(t=t, title=title, resp=resp, part=part, period=period, desc=desc)
    d.update(kw)
    return d


KD_2022 = dict(
    file="KD_rapportering_NKPS_2022.docx", reporter="KD", year=2022, template="matrix",
    heading="Kunnskapsdepartementets rapportering på Nasjonal kompetansepolitisk strategi 2022",
    intro="Tabellen viser tiltak Kunnskapsdepartementet har gjennomført eller videreført i 2022 "
          "for å følge opp delmålene i strategien. Tiltakene er sortert etter delmål.",
    rows=[
        M("T01", "Kompetansebehovsutvalget (KBU) – videreføring av utvalgets mandat og sekretariat",
          "KD", "ASD, KDD, partene i arbeidslivet, HK-dir", "2017–2024",
          "Utvalget leverer årlige analyser av kompetansebehov. Sekretariatet ligger i HK-dir."),
        M("T09", "Samfunnskontrakt for flere læreplasser 2022–2026",
          "KD", "Partene i arbeidslivet, KS, fylkeskommunene", "2022–2026",
          "Ny samfunnskontrakt signert våren 2022 med mål om at flere får læreplass."),
        M("T14", "Oppdrag til HK-dir om videreutvikling av den nasjonale digitale karriereveiledningstjenesten",
          "KD", "HK-dir", "2022–2023",
          "Tjenesten på karriereveiledning.no skal få utvidet åpningstid og chat."),
        M("T41", "Utviklingsmidler til fagskoleutdanning",
          "KD", "HK-dir, fylkeskommunene, fagskolene", "Årlig",
          "Midler til å utvikle nye og bedre fagskoletilbud i samarbeid med arbeidslivet."),
        M("T03", "Bransjeprogram for kompetanseutvikling",
          "KD og AID", "Partene i arbeidslivet, HK-dir, Arbeids- og velferdsdirektoratet", "2018–",
          "Tilskudd til opplæringstilbud i bransjer med særlige omstillingsbehov, utviklet av partene."),
        M("T51", "Tilskudd til kompletterende utdanning for personer med utenlandsk høyere utdanning",
          "KD", "HK-dir, universiteter og høyskoler", "Årlig utlysning",
          "Tilskuddet skal gi flere mulighet til å bruke utdanningen sin i Norge."),
        M("T27", "Forsøk med modulstrukturert fag- og yrkesopplæring for voksne",
          "KD", "Udir, fylkeskommunene", "2017–2023",
          "Forsøket prøver ut modulstrukturerte læreplaner i utvalgte lærefag."),
        M("T07", "Kompetansepluss – avslutning av prosjekter med tilskudd fra 2021",
          "KD", "HK-dir, studieforbundene, virksomheter", "2022",
          "Ordningen er avviklet. Prosjekter med tilsagn fra 2021 ble gjennomført i 2022."),
        M("T48", "Oppdrag til Udir om revisjon av retningslinjene for realkompetansevurdering av voksne",
          "KD", "Udir, fylkeskommunene", "2022–2023",
          "Retningslinjene skal oppdateres og tilpasses ny opplæringslov."),
    ],
)

LO_2022 = dict(
    file="LO_rapport_kompetansepolitisk_strategi_2022.docx", reporter="LO", year=2022, template="form",
    heading="LOs rapportering til Kompetansepolitisk råd for 2022",
    intro="LO rapporterer her på tiltak i egen regi og tiltak der LO og forbundene deltar sammen med andre.",
    labels=["Navn på tiltak", "Relasjon til delmål", "Ansvarlig", "Samarbeidspartnere",
            "Type tiltak", "Beskrivelse", "Tidspunkt og varighet"],
    dm_style="delmål",
    rows=[
        M("T01", "Deltakelse i Kompetansebehovsutvalget", "KD", "LO, øvrige hovedorganisasjoner, departementene",
          "Løpende", "LO har fast representant i KBU og bidrar med innspill til utvalgets rapporter.",
          ptype="Råd/utvalg/ nettverk"),
        M("T03", "Deltakelse i utviklingen av bransjeprogrammene", "LO og forbundene", "KD, AID, HK-dir, arbeidsgiverorganisasjonene",
          "2018 og videre", "Forbundene er med i programrådene og bidrar til å utforme tilbudene.",
          ptype="Råd/utvalg/ nettverk"),
        M("T06", "LO/Handel og Kontor: bransjeprogram for varehandelen", "Handel og Kontor i Norge",
          "Virke, NHO Service og Handel, HK-dir", "2021–2023",
          "Kurs i netthandel, logistikk og digital kundebehandling for ansatte i butikk og lager.",
          ptype="Kurs/utdanning"),
        M("T09", "Samfunnskontrakten for flere læreplasser", "KD", "LO, NHO, Virke, KS, Spekter, Unio, YS",
          "2022–2026", "LO er part i samfunnskontrakten og følger opp forbundenes lærlingarbeid.",
          ptype="Annet"),
        M("T38", "Deltakelse i SRY", "KD", "Partene, Udir", "Løpende",
          "LO har plasser i Samarbeidsrådet for yrkesopplæring og bidrar i arbeidet med dimensjonering.",
          ptype="Råd/utvalg/ nettverk"),
        M("T18", "Kurs i karriereveiledning for tillitsvalgte", "LO", "AOF, karrieresentrene",
          "Høsten 2022, tre samlinger", "Tillitsvalgte lærer å veilede kolleger om etter- og videreutdanning og fagbrev.",
          ptype="Kurs"),
        M("T45", "Kurs i kompetanseplanlegging for tillitsvalgte", "LO", "AOF Norge",
          "2022", "Kurs om hvordan tillitsvalgte kan bruke hovedavtalens bestemmelser om kompetanse.",
          ptype="Kurs"),
    ],
)

YS_2022 = dict(
    file="YS_tiltak_NKPS_2022.pdf", reporter="YS", year=2022, template="rowtable_text",
    heading="YS' tiltak 2022 – oppfølging av Nasjonal kompetansepolitisk strategi",
    intro="YS og YS-forbundene har i 2022 arbeidet med følgende tiltak.",
    rows=[
        M("T01", "YS er representert i Kompetansebehovsutvalget", "KD", "Hovedorganisasjonene",
          "Fast", "Deltakelse i utvalgets møter og arbeid med temarapporter."),
        M("T40", "Deltakelse i RSA ved universiteter og høyskoler", "YS-forbundene",
          "UH-institusjonene", "Løpende", "Delta og Parat er representert i rådene ved flere institusjoner."),
        M("T42", "YS' EVU-undersøkelse 2022", "YS", "Opinion", "Vår 2022",
          "Spørreundersøkelse om medlemmenes deltakelse i og behov for etter- og videreutdanning."),
        M("T55", "YS/Parat: kurs i digital omstilling for medlemmer", "Parat", "OsloMet, BI",
          "2022", "Korte nettbaserte kurs i dataanalyse og kunstig intelligens."),
        M("T02", "Medlem av vurderingspanelet for tilskudd til fleksible videreutdanningstilbud",
          "HK-dir", "YS, øvrige parter", "2022",
          "YS deltar i vurderingen av søknader om midler til fleksible videreutdanningstilbud."),
    ],
)

HKDIR_2023 = dict(
    file="HK-dir_rapport_NKPS_2023.pdf", reporter="HK-dir", year=2023, template="transposed",
    heading="Direktoratet for høyere utdanning og kompetanse – tiltak 2023",
    intro="Tabellene under har ett tiltak per kolonne. Tiltakene er gjennomført på oppdrag fra KD "
          "eller som del av direktoratets faste oppgaver.",
    rows=[
        M("T01", "Sekretariat for Kompetansebehovsutvalget", "HK-dir", "KD, KBU", "Løpende",
          "HK-dir er sekretariat for KBU og utarbeider analyser på oppdrag fra utvalget."),
        M("T02", "Utlysning av tilskudd til fleksible videreutdanningstilbud 2023", "HK-dir",
          "UH-sektoren, fagskolene, arbeidslivet", "2023",
          "Midler til utvikling av fleksible tilbud i samarbeid med arbeidslivet."),
        M("T03", "Forvaltning av bransjeprogrammene", "HK-dir", "KD, AID, partene", "2023",
          "HK-dir forvalter tilskuddet og følger opp programrådene."),
        M("T08", "Kompetanseprogrammet – tilskudd til opplæring i grunnleggende ferdigheter",
          "HK-dir", "Virksomheter, studieforbund, opplæringstilbydere", "2022–",
          "Ny ordning som erstatter Kompetansepluss, med egne utlysninger for arbeidsliv og frivillighet."),
        M("T14", "Karriereveiledning.no – digital karriereveiledning", "HK-dir",
          "Fylkeskommunene, karrieresentrene", "Løpende",
          "Nasjonal nettjeneste med chat, telefon og e-post."),
        M("T17", "Kvalitetsrammeverk for karriereveiledning", "HK-dir",
          "Karrieresentrene, skoler, NAV", "Løpende",
          "Nasjonalt rammeverk med kompetansestandarder og etiske retningslinjer."),
        M("T21", "Nasjonal konferanse om læring i arbeidslivet 2023", "HK-dir", "Partene i arbeidslivet",
          "Oktober 2023", "Konferanse for partene, forskere og virksomheter."),
        M("T41", "Forvaltning av utviklingsmidler til fagskolene", "HK-dir", "Fagskolene, fylkeskommunene",
          "Årlig", "Tildeling og oppfølging av utviklingsmidler."),
        M("T50", "Godkjenning av utenlandsk fag- og yrkesopplæring", "HK-dir", "Udir, IMDi",
          "2023–", "Ny godkjenningsordning for utenlandsk fagbrev og yrkesopplæring."),
    ],
)

NHO_2023 = dict(
    file="NHO_oppfolging_kompetansestrategien_2023.docx", reporter="NHO", year=2023, template="codebullets",
    heading="NHOs oppfølging av Nasjonal kompetansepolitisk strategi – 2023",
    intro="NHO og landsforeningene har i 2023 arbeidet med følgende tiltak. Tiltakene er ordnet etter delmål.",
    rows=[
        M("T01", "NHO deltar i KBU", "KD", "Hovedorganisasjonene", "Løpende"),
        M("T09", "Oppfølging av Samfunnskontrakten for flere læreplasser", "NHO", "KD, LO, fylkeskommunene",
          "2022–2026", dm=["1.4"]),
        M("T38", "Deltakelse i Samarbeidsrådet for yrkesopplæring", "KD", "Partene", "Løpende"),
        M("T21", "Innlegg og deltakelse på HK-dirs konferanse om læring i arbeidslivet", "HK-dir", "NHO", "2023"),
        M("T47", "NHOs Kompetansebarometer 2023", "NHO", "NIFU", "Årlig"),
        M("T03", "Bransjeprogrammene – NHO-foreningenes deltakelse", "KD/AID", "Landsforeningene", "2023"),
        M("T06", "Bransjeprogram for varehandel", "NHO Service og Handel", "Virke, HK", "2023"),
        M("T08", "Medlemsbedrifters bruk av Kompetanseprogrammet", "HK-dir", "NHO", "2023"),
    ],
)

REPORTS = [KD_2022, LO_2022, YS_2022, HKDIR_2023, NHO_2023]
