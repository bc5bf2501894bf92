"""Reports: Kompetanse Norge 2018, YS 2018, KS 2018, Rogaland 2018, Sogn og Fjordane 2018."""
from .common import M, KURS, RAD, PROS, FOU, TILS, INFO, ARR, ANNET

KN_2018 = dict(
    file="Kompetanse_Norge_rapport_2018.pdf", reporter="Kompetanse Norge", year=2018,
    template="form_tables",
    tdesc="one form table per measure, labels 'Navn på tiltak', 'Relasjon til delmål' ('Delmål 1.3'), "
          "'Tidspunkt og varighet'; numbered 'Tiltak n' above each table",
    title="Kompetanse Norges rapportering for 2018 – oppfølging av Nasjonal kompetansepolitisk strategi",
    header="Kompetanse Norge", header_right="Rapport 2018",
    intro=["Kompetanse Norge er et direktorat under Kunnskapsdepartementet og sekretariat for "
           "Kompetansepolitisk råd. I denne rapporten omtaler vi tiltak der Kompetanse Norge har et eget "
           "ansvar, også tiltak vi forvalter på oppdrag fra departementet.",
           "Kompetanse Norge har i 2018 også bidratt med analyser til Kompetansebehovsutvalget som "
           "sekretariat. Dette er rapportert av Kunnskapsdepartementet og ikke tatt med her."],
    form=dict(number_heading="Tiltak {i}", delmal_fmt="Delmål {}", widths=[4.8, 11.8],
              labels=[("t", "Navn på tiltak"), ("d", "Relasjon til delmål"), ("type", "Type tiltak"),
                      ("r", "Ansvarlig"), ("p", "Samarbeidspartnere"), ("desc", "Beskrivelse"),
                      ("per", "Tidspunkt og varighet")]),
    rows=[
        M("T28", "Nasjonalt kvalitetsrammeverk for karriereveiledning", "1.3", PROS, r="Kompetanse Norge",
          p="Fylkeskommunene, karrieresentrene, NAV, UH-sektoren", per="2017–2019",
          desc="På oppdrag fra Kunnskapsdepartementet utvikler Kompetanse Norge et nasjonalt "
               "kvalitetsrammeverk med kompetansestandarder for karriereveiledere, etiske retningslinjer og "
               "et felles begrepsapparat. Rammeverket sendes på høring i 2019."),
        M("T30", "Nasjonalt forum for karriereveiledning", "1.3", RAD, r="Kompetanse Norge",
          p="KS, Spekter, LO, NHO, NAV, Utdanningsdirektoratet m.fl.", per="Fra 2016, løpende",
          desc="Forumet er en nasjonal samarbeidsarena for aktører med ansvar for karriereveiledning. "
               "Kompetanse Norge leder forumet og er sekretariat."),
        M("T29", "Utvikling av en nasjonal digital karriereveiledningstjeneste", "1.3", INFO,
          typ="Informasjon", r="Kompetanse Norge", p="KD, Utdanningsdirektoratet", per="2018–2019",
          desc="Tjenesten skal gi alle tilgang til karriereveiledning på chat, telefon og e-post, "
               "uavhengig av bosted. Planlagt lansering i 2019."),
        M("T04", "Forvaltning av tilskuddsordningen for fleksible videreutdanningstilbud i digital "
                 "kompetanse", "2.1", TILS, typ="Tilskudd", r="Kompetanse Norge", p="KD, partene, DIKU",
          per="2018–",
          desc="Første utlysning ble gjennomført høsten 2018 med 22 søknader. Tilbudene skal utvikles i "
               "samarbeid mellom utdanningstilbydere og arbeidslivet."),
        M("T19", "Kompetansepluss arbeid", "3.2", TILS, typ="Tilskuddsordning", r="Kompetanse Norge",
          p="Virksomheter, opplæringstilbydere", per="Løpende",
          desc="Tilskuddsordning for opplæring i lesing, skriving, regning, muntlige og digitale "
               "ferdigheter for voksne i arbeidslivet. I 2018 fikk 160 virksomheter tilskudd."),
        M("T20", "Kompetansepluss frivillighet", "3.2, 3.6", TILS, typ="Tilskuddsordning",
          r="Kompetanse Norge", p="VOFO, studieforbundene, frivillige organisasjoner", per="Løpende",
          desc="Tilskuddsordning for opplæring i grunnleggende ferdigheter gjennom frivillige "
               "organisasjoner. Ordningen er justert i dialog med VOFO."),
        M("T26", "Faglig oppfølging av forsøkene med forberedende voksenopplæring (FVO)", "3.1", KURS,
          typ="Kurs/utdanning", r="Kompetanse Norge", p="Deltakende kommuner og fylkeskommuner",
          per="2017–2020",
          desc="Kompetanse Norge har utviklet læreplaner og gir veiledning til forsøkskommunene. Forsøket "
               "følgeevalueres."),
    ],
)

YS_2018 = dict(
    file="YS rapport NKPS 2018.docx", reporter="YS", year=2018, template="narrative_appendix",
    tdesc="narrative report with headings (no measures in the text); measures only in 'Vedlegg 1' table",
    header="YS – Yrkesorganisasjonenes Sentralforbund",
    title="YS' rapport om oppfølging av Nasjonal kompetansepolitisk strategi 2018",
    subtitle="Til Kompetansepolitisk råd",
    sections=[
        ("1 Innledning", [
            "YS har deltatt aktivt i arbeidet med strategien siden 2016. Vi mener at en god "
            "kompetansepolitikk forutsetter et tett samarbeid mellom partene og myndighetene, både "
            "nasjonalt og regionalt.",
            "I denne rapporten beskriver vi kort YS' prioriteringer og hvordan YS har fulgt opp strategien i "
            "2018. En oversikt over tiltakene finnes i vedlegg 1."]),
        ("2 YS' prioriteringer", [
            "Digitaliseringen endrer arbeidsoppgavene i alle bransjer. YS mener at alle arbeidstakere må få "
            "mulighet til å oppdatere kompetansen sin gjennom hele yrkeslivet, og at ansvaret må deles "
            "mellom arbeidsgiver, arbeidstaker og myndighetene.",
            "YS vil at Kompetansepolitisk råd i 2019 særlig drøfter finansiering av etter- og "
            "videreutdanning og hvordan tillitsvalgte kan få en større rolle i kompetanseplanleggingen "
            "lokalt. YS ønsker også at rådet ser nærmere på behovet for en egen kompetansereform for "
            "arbeidstakere med kort utdanning."]),
        ("3 Samarbeid", [
            "YS har i 2018 samarbeidet tett med de andre hovedorganisasjonene, særlig om Balansekunst og i "
            "den partssammensatte arbeidsgruppen om digitalisering. Forbundene har i tillegg egne tiltak "
            "som ikke er tatt med her."]),
    ],
    appendix_title="Vedlegg 1: Oversikt over YS' tiltak 2018",
    hide=["desc"],
    rows=[
        M("T36", "Deltakelse i partssammensatt arbeidsgruppe om digitalisering og kompetansebehov", "2.1",
          RAD, r="KD", p="YS, LO, NHO, Unio, KS, Virke, Spekter, Akademikerne", per="2018"),
        M("T72", "Analyse av endringer i arbeidslivet knyttet til nye digitale løsninger", "2.2", FOU,
          typ="FoU", r="YS", p="AFI", per="2018–2019"),
        M("T75", "YS-skolering av tillitsvalgte: kompetanse og omstilling", "2.1, 2.2", KURS, typ="Kurs",
          r="YS", p="YS-forbundene", per="2018–"),
        M("T10", "Yrkesfagenes år 2018", "2.3", INFO, typ="Informasjon", r="KD",
          p="YS, LO, NHO, Virke, Spekter", per="2018"),
        M("T77", "Balansekunst – partssamarbeid om å beskrive kompetanse bygget opp i arbeidslivet", "2.5",
          FOU, typ="FoU", r="Virke", p="YS, LO, NHO", per="2017–2018"),
        M("T44", "Oppfølging av IA-avtalen 2014–2018", "3.3", RAD, typ="Råd/utvalg/nettverk",
          r="Partene og myndighetene", p="ASD, NAV", per="2014–2018"),
        M("T16", "YS' plass i Samarbeidsrådet for yrkesopplæring (SRY)", "1.4, 2.3", RAD,
          typ="Råd/utvalg/nettverk", r="YS", p="", per="Løpende"),
    ],
)

KS_2018 = dict(
    file="KS_rapportering_kompetansestrategien_2018.pdf", reporter="KS", year=2018, template="ks_grouped",
    tdesc="cover page, typed table of contents, intro, landscape matrix with merged shaded "
          "hovedinnsatsområde rows, closing section; no footer on cover",
    cover_org="KS – Kommunesektorens organisasjon", title="Rapportering 2018",
    subtitle="KS' oppfølging av Nasjonal kompetansepolitisk strategi", cover_date="Oslo, februar 2019",
    header="KS – rapportering NKPS 2018",
    toc=[("1 Innledning", 3, 0), ("2 KS' tiltak 2018", 3, 0), ("Hovedinnsatsområde 1", 4, 1),
         ("Hovedinnsatsområde 2", 4, 1), ("Hovedinnsatsområde 3", 4, 1), ("3 Videre arbeid", 5, 0)],
    intro=["KS er kommunesektorens interesse- og arbeidsgiverorganisasjon. Kommunesektoren er landets "
           "største arbeidsgiver, og kompetanse er avgjørende for å levere gode tjenester til innbyggerne.",
           "Rapporten omfatter tiltak KS har ansvar for eller deltar aktivt i. Tiltakene er gruppert etter "
           "strategiens hovedinnsatsområder."],
    table_heading="2 KS' tiltak 2018", table_lead="Tabellen på neste side gir en oversikt over tiltakene.",
    closing_heading="3 Videre arbeid",
    closing=["KS vil i 2019 prioritere kompetanse for digital omstilling og rekruttering til helse- og "
             "omsorgstjenestene. Flere av tiltakene i tabellen videreføres."],
    rows=[
        M("T30", "Medlem i Nasjonalt forum for karriereveiledning", "1.3", RAD, typ="Råd/utvalg/nettverk",
          r="Kompetanse Norge", p="KS, Spekter m.fl.", per="Løpende",
          desc="KS deltar i forumet for å ivareta kommunenes rolle som skoleeier og arbeidsgiver i "
               "karriereveiledningen."),
        M("T67", "Kompetanse for kvalitet – videreutdanning for lærere", "1.4", KURS, typ="Kurs/utdanning",
          r="KD", p="KS, arbeidstakerorganisasjonene, lærerutdanningene", per="2015–2025",
          desc="Statlig finansiert videreutdanningstilbud for lærere. KS deltar i styringen og bidrar til "
               "at kommunene som skoleeiere prioriterer deltakelse."),
        M("T66", "Deltakelse i arbeidsgruppe for pilotering av funksjonen som lærerspesialist", "1.4", RAD,
          typ="Råd/utvalg/nettverk", r="KS",
          p="KD, Utdanningsdirektoratet, NRLU, Utdanningsforbundet", per="2017–2019",
          desc="Arbeidsgruppen følger piloteringen av lærerspesialister i norsk, matematikk og andre fag i "
               "utvalgte kommuner."),
        M("T08", "Samfunnskontrakten for flere læreplasser – KS' oppfølging i kommunesektoren", "1.4, 2.3",
          ANNET, typ="Avtale", r="KS", p="Kommunene, fylkeskommunene", per="2016–2020",
          desc="KS har fulgt opp kommunesektorens forpliktelse i kontrakten og publiserer årlig status for "
               "lærlinger i kommunesektoren."),
        M("T07", "Bransjeprogram for kommunal helse- og omsorgssektor", "2.1, 2.4", KURS,
          typ="Kurs/utdanning", r="KD", p="KS, Fagforbundet, NSF, Delta, FO, Kompetanse Norge",
          per="2018–2020",
          desc="Trepartsprogram som gir ansatte i helse- og omsorgstjenestene i kommunene tilbud om "
               "kompetanseheving, særlig ufaglærte og fagarbeidere."),
        M("T37", "Samarbeid om digital kompetanse", "2.1", PROS, typ="Prosjekt", r="KS",
          p="KMD, hovedorganisasjonene", per="1.1.2018–31.12.2019",
          desc="Partssammensatt prosjekt i 71 kommuner for å styrke digital kompetanse hos ansatte. KS har "
               "ansvar for møteplasser med bistand fra alle partene i samarbeidet."),
        M("T61", "KS Læring", "2.1, 2.2", INFO, typ="Informasjon", r="KS", p="Kommuner og fylkeskommuner",
          per="Fra 2016",
          desc="Digital læringsplattform der kommunene kan dele kurs, arrangementer og annen kunnskap med "
               "egne ansatte og med hverandre."),
        M("T64", "Menn i helse", "3.3", PROS, typ="Prosjekt", r="KS", p="NAV, kommuner, fylkeskommuner",
          per="Nasjonal satsing fra 2016",
          desc="Rekrutteringstiltak der menn som er arbeidsledige eller mottar ytelser fra NAV, får et "
               "komprimert løp fram mot fagbrev som helsefagarbeider."),
    ],
)

ROGALAND_2018 = dict(
    file="Rogaland_fylkeskommune_NKPS_2018.docx", reporter="Rogaland fylkeskommune", year=2018,
    template="plan_status",
    tdesc="landscape table from the county's action plan: own plan numbers (1.1.1, 2.2.3 …) next to a "
          "'Delmål NKPS' column, 'Målgruppe', 'Medvirkende', 'Status pr. 31.12.2018'",
    header="Rogaland fylkeskommune", header_right="Regionalutviklingsavdelingen",
    title="Rogaland fylkeskommune – rapportering til Kompetansepolitisk råd 2018",
    intro=["Rogaland fylkeskommune rapporterer tiltak fra handlingsprogrammet til regionalplanarbeidet "
           "for kompetanse og arbeidsliv. Nummereringen i første kolonne følger handlingsprogrammet."],
    status_label="Status pr. 31.12.2018",
    outro=["Tiltak som bare gjelder drift av videregående opplæring, er ikke tatt med."],
    rows=[
        M("T51", "Utarbeide regionalplan for kompetanse og arbeidsliv i Rogaland", "1.2", ANNET,
          planr="1.1.1", malgruppe="Regionale kompetanseaktører", r="Rogaland fylkeskommune",
          p="NAV, KS, LO, NHO, UiS, kommunene", per="2017–2019",
          desc="Planprogram vedtatt i fylkestinget juni 2018. Kunnskapsgrunnlaget er ferdig. Planforslag "
               "sendes på høring våren 2019."),
        M("T53", "Kompetanseforum Rogaland", "1.2", RAD, planr="1.1.2",
          malgruppe="Partene, utdanningsaktører, NAV", r="Rogaland fylkeskommune",
          p="LO, NHO, KS, NAV, Fylkesmannen, UiS", per="Fra 2018",
          desc="Forumet er etablert og har hatt tre møter i 2018. Forumet er partnerskap for "
               "regionalplanen."),
        M("T31", "Karriere Rogaland – partnerskap for karriereveiledning", "1.3", RAD, planr="1.2.1",
          malgruppe="Voksne over 19 år, rådgivere i skolen", r="Rogaland fylkeskommune",
          p="NAV Rogaland, kommunene, NHO, LO", per="2016–2020",
          desc="Partnerskapsavtalen er fornyet i 2018. Karrieresentrene i Stavanger og Haugesund hadde om "
               "lag 2 600 veiledningssamtaler."),
        M("T17", "Yrkesopplæringsnemnda i Rogaland", "1.4, 2.3", RAD, planr="2.1.1",
          malgruppe="Lærebedrifter, opplæringskontor, elever og lærlinger", r="Rogaland fylkeskommune",
          p="LO, NHO, KS, Virke, Unio", per="Løpende",
          desc="Nemnda har hatt seks møter og gitt råd om dimensjonering av læreplasser og tilbudsstruktur "
               "for skoleåret 2019–2020."),
        M("T24", "Deltakelse i forsøk med modulstrukturert fag- og yrkesopplæring for voksne", "3.1", KURS,
          planr="2.2.3", malgruppe="Voksne uten fullført videregående opplæring",
          r="Rogaland fylkeskommune", p="Utdanningsdirektoratet, NAV", per="2017–2021",
          desc="Forsøk i helsearbeiderfaget og industrimekanikerfaget. 48 deltakere startet høsten 2018."),
        M("T78", "Styrket realkompetansevurdering for voksne", "2.5, 3.1", ANNET, planr="2.2.4",
          malgruppe="Voksne søkere til videregående opplæring", r="Rogaland fylkeskommune",
          p="NAV, kommunene", per="2018–2019",
          desc="Nye rutiner for realkompetansevurdering er innført. Ventetiden er redusert fra fem til to "
               "måneder."),
    ],
)

SFJ_2018 = dict(
    file="SFj_fylkeskommune_rapport_2018.pdf", reporter="Sogn og Fjordane fylkeskommune", year=2018,
    template="form_tables",
    tdesc="Nynorsk; one form table per measure with labels 'Namn på tiltaket', 'Kva for delmål', "
          "'Ansvarleg eining', 'Samarbeidspartnarar', 'Målgruppe', 'Tidsrom', 'Skildring'",
    title="Rapportering frå Sogn og Fjordane fylkeskommune – Nasjonal kompetansepolitisk strategi 2018",
    header="Sogn og Fjordane fylkeskommune", header_right="Rapport til Kompetansepolitisk råd",
    intro=["Sogn og Fjordane fylkeskommune rapporterer her om tiltak som følgjer opp delmåla i strategien. "
           "Fylkeskommunen har eit særleg ansvar for delmål 1.2 om den kompetansepolitiske rolla til "
           "regionalt folkevalt nivå.",
           "Frå 1. januar 2020 blir Sogn og Fjordane og Hordaland slått saman til Vestland fylkeskommune. "
           "Fleire av tiltaka vil bli vidareførte i den nye fylkeskommunen."],
    form=dict(number_heading="Tiltak {i}", font="Cambria", widths=[4.2, 12.4],
              labels=[("t", "Namn på tiltaket"), ("d", "Kva for delmål"), ("type", "Type tiltak"),
                      ("r", "Ansvarleg eining"), ("p", "Samarbeidspartnarar"), ("malgruppe", "Målgruppe"),
                      ("per", "Tidsrom"), ("desc", "Skildring")]),
    rows=[
        M("T52", "Regional kompetanseplan for Sogn og Fjordane", "1.2", ANNET, typ="Plan",
          r="Plan- og samfunnsavdelinga", p="NAV Sogn og Fjordane, KS, LO, NHO, Høgskulen på Vestlandet",
          malgruppe="Regionale kompetanseaktørar", per="2018–2020",
          desc="Planen skal samordne innsatsen for kompetanse i fylket og byggjer på eit felles "
               "kunnskapsgrunnlag. Planprogrammet vart vedteke i 2018."),
        M("T54", "Kompetanseforum Sogn og Fjordane", "1.2", RAD, typ="Råd/utval/nettverk",
          r="Opplæringsavdelinga", p="NAV, LO, NHO, KS, Fylkesmannen, HVL", malgruppe="Partnarskapet",
          per="Frå 2017",
          desc="Forumet samlar dei regionale kompetanseaktørane to gonger i året og er referansegruppe for "
               "kompetanseplanen."),
        M("T32", "Karriere Sogn og Fjordane – partnarskap for karriererettleiing", "1.3", RAD,
          typ="Råd/utval/nettverk", r="Opplæringsavdelinga", p="NAV Sogn og Fjordane, kommunane",
          malgruppe="Vaksne over 19 år", per="2017–2019",
          desc="Partnarskapsavtale om drift av karrieresenteret i Førde med utekontor i regionane. "
               "Senteret tilbyr gratis karriererettleiing."),
        M("T101", "Opplæringstilbod som helsefagarbeidar for minoritetsspråklege («Sogn og "
                  "Fjordane-modellen»)", "3.4, 3.5", KURS, typ="Kurs/utdanning", r="Opplæringsavdelinga",
          p="NAV, kommunane", malgruppe="Minoritetsspråklege vaksne", per="2016–2019",
          desc="Kombinert opplæring i norsk og helsearbeidarfaget med praksis i kommunane. Om lag 40 "
               "deltakarar i 2018."),
        M("T102", "Strategisk samarbeid mellom Høgskulen på Vestlandet og Fagskulen i Sogn og Fjordane "
                  "innan dei tekniske fagområda", "1.4", KURS, typ="Kurs/utdanning",
          r="Fagskulen i Sogn og Fjordane", p="Høgskulen på Vestlandet",
          malgruppe="Studentar og tilsette i industrien", per="2018–2020",
          desc="Samarbeidet skal gje betre overgangar mellom fagskule og høgskule og fleksible tilbod for "
               "tilsette i industrien."),
    ],
)

REPORTS = [KN_2018, YS_2018, KS_2018, ROGALAND_2018, SFJ_2018]
