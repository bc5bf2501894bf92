"""Reports 2019 (part 1): Udir, NFD, Kompetanse Norge, Arbeids- og velferdsdirektoratet, LO."""
from .common import M, KURS, RAD, PROS, FOU, TILS, INFO, ARR, ANNET

UDIR_2019 = dict(
    file="Udir_rapport_kompetansestrategien_2019.pdf", reporter="Udir", year=2019,
    template="numbered_brackets",
    tdesc="numbered list, bold title followed by facts in round brackets "
          "(delmål; ansvarlig; samarbeid; period), indented description",
    header="Utdanningsdirektoratet",
    title="Utdanningsdirektoratets tiltak i 2019 – Nasjonal kompetansepolitisk strategi",
    intro=["Utdanningsdirektoratet er underliggende etat for Kunnskapsdepartementet og har ansvar for "
           "utviklingen av grunnopplæringen, herunder fag- og yrkesopplæringen. Rapporten er utarbeidet "
           "på oppdrag fra KD og omfatter tiltak der direktoratet har hovedansvaret.",
           "Direktoratets arbeid med statistikk og analyse om læreplasser er ikke tatt med som egne tiltak."],
    list_heading="Tiltak i 2019",
    rows=[
        M("T24", "Forsøk med modulstrukturert fag- og yrkesopplæring for voksne", "3.1", KURS,
          r="Utdanningsdirektoratet", p="ni fylkeskommuner, NAV", per="2017–2022",
          desc="Forsøket er utvidet med flere lærefag i 2019. Om lag 600 deltakere har startet "
               "opplæringen. Erfaringene brukes i arbeidet med et nytt opplæringstilbud for voksne."),
        M("T25", "Følgeevaluering av forsøket med modulstrukturert opplæring", "3.1", FOU,
          r="Utdanningsdirektoratet", p="Fafo og NIFU", per="2018–2022",
          desc="Evalueringen skal belyse om modulstrukturert opplæring gir flere voksne fagbrev, og hvordan "
               "samarbeidet mellom fylkeskommunene og NAV fungerer. Første delrapport kom i 2019."),
        M("T23", "Fagbrev på jobb – veiledning til fylkeskommunene", "2.5, 3.1", INFO,
          r="Utdanningsdirektoratet", p="fylkeskommunene", per="fra 2018",
          desc="Ordningen gir voksne i arbeid mulighet til å ta fagbrev gjennom jobben. Direktoratet har "
               "utarbeidet veiledning og informasjonsmateriell."),
        M("T92", "Ny tilbudsstruktur i de yrkesfaglige utdanningsprogrammene", "2.3", PROS,
          r="Utdanningsdirektoratet", p="KD, faglige råd, SRY",
          per="2018–2021, innføres fra skoleåret 2020–2021",
          desc="Nye og endrede utdanningsprogram og lærefag etter dialog med de faglige rådene. "
               "Direktoratet utarbeider læreplaner for de nye programmene."),
        M("T93", "Fagfornyelsen – fornyelse av alle læreplaner i grunnskolen og videregående opplæring",
          "1.4", PROS, r="Utdanningsdirektoratet", p="KD, partene, lærere", per="2017–2020",
          desc="Nye læreplaner tas i bruk fra høsten 2020. For yrkesfagene er de faglige rådene involvert i "
               "arbeidet med programfagene."),
        M("T13", "Arena for kvalitet 2019 – nasjonal konferanse om fag- og yrkesopplæringen", "2.3", ARR,
          r="Utdanningsdirektoratet", p="KD, LO, NHO, KS", per="november 2019",
          desc="Konferansen samlet 350 deltakere fra fylkeskommuner, skoler, opplæringskontor og partene, "
               "med tema kvalitet i fagopplæringen og den nye tilbudsstrukturen."),
        M("T16", "Sekretariat for Samarbeidsrådet for yrkesopplæring (SRY) og de faglige rådene",
          "1.4, 2.3", RAD, r="Utdanningsdirektoratet", p="partene i arbeidslivet, KD", per="løpende",
          desc="Direktoratet er sekretariat for SRY og de ni faglige rådene og bidrar med analyser om "
               "dimensjonering og tilbudsstruktur."),
    ],
)

NFD_2019 = dict(
    file="NFD_NKPS_2019.docx", reporter="NFD", year=2019, template="heading_labels",
    tdesc="one Heading 2 per measure followed by bold 'Label:' value lines",
    header="Nærings- og fiskeridepartementet", header_right="NKPS – rapportering 2019",
    title="Nærings- og fiskeridepartementets rapportering 2019 – Nasjonal kompetansepolitisk strategi",
    intro=["NFD bidrar særlig til delmål 2.4 om å koble kompetansebehov i virksomheter, klynger og "
           "næringsmiljø til utdannings- og opplæringstilbydere. I tidligere år har departementets tiltak "
           "inngått i regjeringens samlede rapportering."],
    hl=dict(section_heading="Tiltak", page_prefix="Side ",
            labels=[("d", "Delmål"), ("type", "Type tiltak"), ("r", "Ansvarlig"),
                    ("p", "Samarbeidspartnere"), ("per", "Periode"), ("desc", "Beskrivelse")]),
    rows=[
        M("T86", "Klyngeprogrammet Norwegian Innovation Clusters – kompetanseutvikling i klyngene", "2.4",
          PROS, typ="Program", r="NFD", p="Innovasjon Norge, Siva, Forskningsrådet", per="2017–",
          desc="Klyngeprogrammet støtter samarbeid mellom bedrifter og utdannings- og forskningsmiljøer. "
               "Kompetanseutvikling er et eget innsatsområde, og klyngene utvikler etter- og "
               "videreutdanningstilbud sammen med universiteter og fagskoler."),
        M("T87", "Omstillingsmotoren", "2.1, 2.4", PROS, r="NFD",
          p="Digital Norway, iKuben, Smart Innovation Norway, Kongsberg-klyngen", per="2018–2020",
          desc="Utvalgte klyngemiljøer bruker sin kunnskap og erfaring til å gi små og mellomstore bedrifter "
               "et kompetanseløft på områder som er viktige for omstilling og fornyelse."),
        M("T89", "Digital21 – oppfølging av næringslivets strategi for digitalisering", "2.1", ANNET,
          typ="Strategi", r="NFD", p="Næringslivet, Forskningsrådet, partene", per="2019–2021",
          desc="Digital21 peker på behovet for digital kompetanse i hele arbeidsstyrken. NFD følger opp "
               "anbefalingene om kompetanse sammen med KD."),
        M("T91", "Oppdrag til Innovasjon Norge om kompetansetiltak for digital omstilling i små og "
                 "mellomstore bedrifter", "2.1, 2.4", KURS, typ="Kurs/utdanning", r="NFD",
          p="Innovasjon Norge", per="2019–2020",
          desc="Innovasjon Norge tilbyr kurs og rådgivning om digital omstilling for ledere i små og "
               "mellomstore bedrifter, blant annet nettkurs og regionale samlinger."),
        M("T105", "Kartlegging av kompetansebehov i havnæringene", "2.2", FOU, typ="FoU", r="NFD",
          p="Sjømat Norge, Norges Rederiforbund, LO", per="2019",
          desc="Kartleggingen skal gi kunnskap om hvilke kompetansebehov sjømatnæringen, den maritime "
               "næringen og havteknologinæringen vil ha fram mot 2030."),
    ],
)

KN_2019 = dict(
    file="KompetanseNorge_NKPS_rapportering_2019.docx", reporter="Kompetanse Norge", year=2019,
    template="transposed",
    tdesc="landscape transposed tables: one COLUMN per measure, labels down the first column, "
          "split over two tables",
    header="Kompetanse Norge", header_right="Rapportering NKPS 2019",
    title="Rapportering 2019 – Kompetanse Norges tiltak i oppfølgingen av Nasjonal kompetansepolitisk "
          "strategi",
    intro=["Tabellene under viser Kompetanse Norges tiltak i 2019. Hvert tiltak står i en egen kolonne. "
           "Flere av tiltakene ble også rapportert i 2018 og er her oppdatert med status."],
    per_table=4,
    rows=[
        M("T28", "Nasjonalt kvalitetsrammeverk for karriereveiledning – ferdigstilling og implementering",
          "1.3", PROS, r="Kompetanse Norge",
          p="Fylkeskommunene, NAV, Nasjonalt forum for karriereveiledning", per="2019–2020",
          desc="Rammeverket ble lansert i 2019. Arbeidet med implementering i karrieresentrene og skolene "
               "er startet."),
        M("T29", "Karriereveiledning på nett (chat, telefon og e-post)", "1.3", INFO, typ="Informasjon",
          r="Kompetanse Norge", p="KD", per="Lansert 2019",
          desc="Den nasjonale digitale karriereveiledningstjenesten ble lansert i 2019 og gir gratis "
               "veiledning uavhengig av bosted."),
        M("T33", "Digital plattform med oversikt over etter- og videreutdanningstilbud", "2.4", INFO,
          typ="Informasjon", r="Kompetanse Norge", p="KD, partene, utdanningstilbydere", per="2019–2020",
          desc="Plattformen skal gi arbeidstakere og virksomheter bedre oversikt over relevante etter- og "
               "videreutdanningstilbud."),
        M("T04", "Fleksible videreutdanningstilbud i digital kompetanse – ny tildeling 2019", "2.1", TILS,
          typ="Tilskudd", r="Kompetanse Norge", p="KD, partene, DIKU", per="2019",
          desc="Andre utlysning av ordningen. 17 prosjekter fikk tilskudd i 2019, flere i samarbeid med "
               "bransjeorganisasjoner."),
        M("T22", "Forsøk med fagopplæring i Kompetansepluss", "3.2", KURS, typ="Forsøk",
          r="Kompetanse Norge", p="KD, fylkeskommunene", per="2019–2022",
          desc="Forsøket kombinerer opplæring i grunnleggende ferdigheter med fagopplæring, slik at "
               "deltakerne kan gå videre mot fagbrev."),
        M("T26", "Forberedende voksenopplæring (FVO) – fortsatt forsøk", "3.1", KURS, typ="Kurs/utdanning",
          r="Kompetanse Norge", p="Forsøkskommuner og fylkeskommuner", per="2017–2020",
          desc="Forsøket videreføres ut 2020. Erfaringene inngår i arbeidet med en ny forberedende "
               "opplæring for voksne i opplæringsloven."),
    ],
)

AVDIR_2019 = dict(
    file="AVdir_bidrag_NKPS_2019.docx", reporter="Arbeids- og velferdsdirektoratet", year=2019,
    template="prose",
    tdesc="prose: each measure is one paragraph starting with a bold title; facts only inside sentences; "
          "grouped under two thematic headings",
    header="Arbeids- og velferdsdirektoratet",
    title="Arbeids- og velferdsdirektoratets bidrag til Nasjonal kompetansepolitisk strategi – rapport 2019",
    intro=["Arbeids- og velferdsetaten (NAV) har en viktig rolle i oppfølgingen av hovedinnsatsområde 3 i "
           "strategien. Direktoratet rapporterer på oppdrag fra Arbeids- og sosialdepartementet. Nedenfor "
           "omtales de viktigste tiltakene i 2019."],
    groups=[("Opplæring som arbeidsmarkedstiltak", ["T45", "T46", "T47"]),
            ("Samarbeid med arbeidslivet og fylkeskommunene", ["T41", "T49", "T43"])],
    outro=["Direktoratet bidrar i tillegg med statistikk om arbeidssøkeres kompetanse til "
           "Kompetansebehovsutvalget."],
    rows=[
        M("T45", "Nytt opplæringstiltak i tiltaksforskriften", "3.3, 3.5", KURS,
          r="Arbeids- og velferdsdirektoratet", p="Arbeids- og sosialdepartementet", per="fra 2019",
          desc="Arbeidsmarkedskursene og de andre opplæringstilbudene er samlet i ett tiltak, opplæring. "
               "Arbeids- og velferdsdirektoratet har ansvaret for innføringen, i samarbeid med Arbeids- og "
               "sosialdepartementet. Endringen gjelder fra 2019 og skal gi mer vekt på yrkesrettet "
               "opplæring og fagbrev."),
        M("T46", "Kurs i grunnleggende ferdigheter for arbeidssøkere", "3.5", KURS, r="NAV fylke",
          p="Kompetanse Norge", per="løpende",
          desc="NAV-kontorene har økt bruken av kurs i lesing, skriving, regning og digitale ferdigheter "
               "for arbeidssøkere med svake grunnleggende ferdigheter. Kursene kjøpes inn av NAV fylke, og "
               "Kompetanse Norge bidrar med kartleggingsverktøy. Tiltaket er løpende."),
        M("T47", "Utvikling av et toårig yrkesrettet opplæringstiltak", "3.5", PROS,
          r="Arbeids- og velferdsdirektoratet", p="Utdanningsdirektoratet og fylkeskommunene",
          per="2019–2020",
          desc="Arbeids- og velferdsdirektoratet utreder, sammen med Utdanningsdirektoratet og "
               "fylkeskommunene, hvordan arbeidssøkere kan få inntil to års opplæring mot fagbrev mens de "
               "mottar ytelser. Arbeidet pågår i 2019–2020."),
        M("T41", "Hurtigsporet for nyankomne flyktninger", "3.3, 3.4", PROS, r="NAV",
          p="IMDi, kommunene og partene i arbeidslivet", per="siden 2016",
          desc="Hurtigsporet er videreført i 2019. NAV-kontorene kartlegger flyktninger med kompetanse som "
               "er etterspurt, og formidler dem raskere til arbeid. Tiltaket gjennomføres av NAV i "
               "samarbeid med IMDi, kommunene og partene i arbeidslivet, og har pågått siden 2016."),
        M("T49", "Bedriftsintern opplæring (BIO)", "1.2, 3.3", TILS, r="NAV", p="fylkeskommunene og KMD",
          per="fra 1. januar 2020",
          desc="NAV har forvaltet tilskuddsordningen for bedriftsintern opplæring i bedrifter som må "
               "omstille seg. Som del av regionreformen overføres ordningen til fylkeskommunene fra "
               "1. januar 2020. Direktoratet har i 2019 samarbeidet med fylkeskommunene og KMD om "
               "overføringen."),
        M("T43", "IA-avtalen 2019–2022", "3.3", RAD, r="NAV Arbeidslivssenter",
          p="partene i arbeidslivet og myndighetene", per="2019–2022",
          desc="Den nye intensjonsavtalen om et mer inkluderende arbeidsliv gjelder for 2019–2022. Avtalen "
               "er inngått mellom partene i arbeidslivet og myndighetene. NAV Arbeidslivssenter bistår "
               "virksomhetene, og kompetansetiltak kan inngå i arbeidet med å forebygge frafall."),
    ],
)

LO_2019 = dict(
    file="LO-NKPS-2019.pdf", reporter="LO", year=2019, template="bullets_grouped",
    tdesc="bulleted lists under 'Delmål x.y: <full text>' headings; facts in square brackets, "
          "extra delmål as 'også delmål …' inside the brackets",
    header="LO – Landsorganisasjonen i Norge",
    title="LOs rapportering 2019 – Nasjonal kompetansepolitisk strategi",
    intro=["LO og forbundene har også i 2019 prioritert arbeidet med strategien. Tiltakene er ordnet etter "
           "delmålene i strategien, og mange av dem er videreført fra tidligere år."],
    outro=["Kontaktperson i LO: rådgiver i avdeling for samfunnspolitikk."],
    rows=[
        M("T106", "Kurs for LO-representanter i yrkesopplæringsnemndene", "1.2, 1.4", KURS, typ="Kurs",
          r="LO", p="AOF", per="våren 2019",
          desc="Todagerskurs om nemndenes oppgaver etter regionreformen og om dimensjonering av "
               "læreplasser."),
        M("T14", "LO-representanter i Råd for samarbeid med arbeidslivet (RSA)", "1.4", RAD,
          typ="Råd/utvalg/nettverk", r="LO", p="UH-institusjonene", per="løpende",
          desc="LO har nå representanter i RSA ved 14 universiteter og høyskoler."),
        M("T06", "Bransjeprogrammet for industri og bygg – videreført", "2.1, 2.4", KURS, typ="Program",
          r="LO/Fellesforbundet", p="NHO, Norsk Industri, BNL, KD", per="2018–2020",
          desc="Programmet ble utvidet med flere moduler i 2019, bl.a. innen automatisering og digital "
               "bygging."),
        M("T39", "Oppfølging av Fafo-notatet «Tariffavtalenes betydning i kompetansepolitikken»", "2.2", FOU,
          typ="FoU", r="LO", p="Fafo", per="2019",
          desc="Funnene er presentert for forbundene og brukt i forberedelsene til tariffoppgjøret."),
        M("T13", "Medarrangør av Arena for kvalitet 2019", "2.3", ARR, typ="Konferanse",
          r="Utdanningsdirektoratet", p="LO, NHO, KS, KD", per="november 2019", desc=""),
        M("T43", "IA-avtalen 2019–2022 – LOs deltakelse i partssamarbeidet", "3.3", RAD,
          typ="Råd/utvalg/nettverk", r="Partene og myndighetene", p="", per="2019–2022",
          desc="LO deltar i arbeidet med å styrke kompetansetiltak for å forebygge sykefravær og frafall."),
    ],
)

REPORTS = [UDIR_2019, NFD_2019, KN_2019, AVDIR_2019, LO_2019]
