"""Reports 2019 (part 2): Unio, KS, Virke, VOFO, Sogn og Fjordane fylkeskommune."""
from .common import M, KURS, RAD, PROS, FOU, TILS, INFO, ARR, ANNET

UNIO_2019 = dict(
    file="Unio_rapportering_2019.docx", reporter="Unio", year=2019, template="textonly_matrix",
    tdesc="landscape matrix whose first column gives only the full delmål TEXT (no codes)",
    header="Unio", header_right="Rapport til Kompetansepolitisk råd 2019",
    title="Unios rapportering for 2019 – oppfølging av Nasjonal kompetansepolitisk strategi",
    intro=["Unio er hovedorganisasjon for forbund med til sammen over 370 000 medlemmer, de fleste med "
           "høyere utdanning innen helse og undervisning. I tabellen vises det til delmålenes tekst i "
           "strategien."],
    rows=[
        M("T14", "Deltakelse i RSA ved universiteter og høyskoler", "1.4", RAD,
          typ="Råd/utvalg/ nettverk", r="Unios forbund", p="Universiteter og høyskoler", per="Løpende",
          desc="Unio-forbundene er representert i RSA ved universiteter og høyskoler som utdanner lærere, "
               "sykepleiere og andre profesjoner."),
        M("T15", "Observatør i UHRs fagstrategiske enheter", "1.4", RAD,
          typ="Råd/utvalg/ nettverk", r="Unio", p="UHR", per="Løpende",
          desc="Unio har observatørplass i de fagstrategiske enhetene for helse- og sosialfag og for "
               "lærerutdanning."),
        M("T07", "Unio deltar i bransjeprogrammet for kommunal helse- og omsorgssektor", "2.1, 2.4", KURS,
          typ="Kurs/utdanning", r="KD", p="Unio/NSF, KS, Fagforbundet, Delta", per="2018–2020",
          desc="Norsk Sykepleierforbund representerer Unio i programrådet og bidrar til at tilbudene også "
               "omfatter videreutdanning for sykepleiere."),
        M("T69", "Utredning av ulike modeller for finansiering av etter- og videreutdanning", "2.2", FOU,
          typ="FoU", r="Unio", p="Proba samfunnsanalyse", per="2019",
          desc="Rapporten sammenligner modeller for finansiering av etter- og videreutdanning i Norden og "
               "drøfter hvilke modeller som passer for offentlig sektor."),
        M("T76", "Tillitsvalgtskolering om digitalisering", "2.1", KURS, typ="Kurs/utdanning", r="Unio",
          p="Unios medlemsorganisasjoner", per="2019–2020",
          desc="Unio har arrangert workshop med forbundene og tar digitaliseringspolitikken inn i "
               "skoleringen av tillitsvalgte."),
        M("T68", "Kompetanse for fremtidens barnehage – videreutdanning for barnehageansatte", "1.4", KURS,
          typ="Kurs/utdanning", r="KD", p="Utdanningsforbundet, KS, PBL", per="2018–2022",
          desc="Unio, ved Utdanningsforbundet, deltar i samarbeidsforumet for strategien og bidrar til at "
               "flere barnehagelærere og fagarbeidere får videreutdanning."),
    ],
)

KS_2019 = dict(
    file="KS_rapportering_NKPS_2019.docx", reporter="KS", year=2019, template="ks_grouped",
    tdesc="same KS template as 2018 (cover, typed TOC, grouped landscape matrix), as .docx",
    cover_org="KS", title="Rapportering 2019",
    subtitle="KS' oppfølging av Nasjonal kompetansepolitisk strategi", cover_date="Oslo, mars 2020",
    header="KS – rapportering NKPS 2019",
    toc=[("1 Innledning", 3, 0), ("2 KS' tiltak 2019", 3, 0), ("3 Videre arbeid", 5, 0)],
    intro=["KS rapporterer for tredje gang på oppfølgingen av strategien. Flere av tiltakene fra 2018 er "
           "videreført, og noen er avsluttet.",
           "Tiltakene er gruppert etter hovedinnsatsområde. Tiltak der KS bare har vært høringsinstans, er "
           "ikke tatt med."],
    table_heading="2 KS' tiltak 2019", table_lead="Tabellen nedenfor viser tiltakene.",
    closing_heading="3 Videre arbeid",
    closing=["Fra 2020 vil KS særlig følge opp kompetansereformen Lære hele livet og overføringen av nye "
             "oppgaver til fylkeskommunene."],
    rows=[
        M("T07", "Bransjeprogram for kommunal helse- og omsorgssektor – videreført", "2.1, 2.4", KURS,
          typ="Kurs/utdanning", r="KD", p="KS, Fagforbundet, NSF, Delta, FO", per="2018–2020",
          desc="I 2019 fikk over 1 000 ansatte tilbud gjennom programmet. KS bidrar med rekruttering av "
               "kommuner."),
        M("T37", "Samarbeid om digital kompetanse – 71 kommuner", "2.1", PROS, typ="Prosjekt", r="KS",
          p="KMD, hovedorganisasjonene", per="2018–2019, avsluttet",
          desc="Prosjektet ble avsluttet ved utgangen av 2019. Erfaringene er samlet i en veileder for "
               "kommunene."),
        M("T61", "KS Læring – læringsplattform for kommunesektoren", "2.1, 2.2", INFO, typ="Informasjon",
          r="KS", p="Kommuner og fylkeskommuner", per="Løpende",
          desc="Plattformen har nå over 300 kommuner som brukere, og flere kurs om digitalisering er lagt "
               "ut."),
        M("T70", "FoU: Finansieringsmodeller for etter- og videreutdanning", "2.2", FOU, typ="FoU", r="KS",
          p="Oxford Research", per="2019–2020",
          desc="Prosjektet ser på hvordan kommunene finansierer etter- og videreutdanning for sine ansatte, "
               "og hvilke modeller som gir best effekt."),
        M("T62", "Kommunesektorens arbeidslivsmonitor", "2.2", FOU, typ="FoU", r="KS", p="",
          per="Ny rapport september 2019",
          desc="Monitoren gir oversikt over utviklingen i sysselsetting, kompetanse og rekruttering i "
               "kommunesektoren."),
        M("T64", "Menn i helse – nasjonal satsing", "3.3", PROS, typ="Prosjekt", r="KS",
          p="NAV, Helsedirektoratet, kommunene", per="2016–2021",
          desc="Satsingen er utvidet til flere fylker i 2019, og om lag 200 menn har startet "
               "rekrutteringsløpet."),
        M("T65", "Evaluering av Menn i helse", "3.3", FOU, typ="FoU", r="KS", p="Østlandsforskning",
          per="2019",
          desc="Evalueringen viser at et flertall av deltakerne fullfører og får jobb i helse- og "
               "omsorgstjenestene."),
    ],
)

VIRKE_2019 = dict(
    file="Virke_tiltakskort_2019.pdf", reporter="Virke", year=2019, template="cards",
    tdesc="'tiltakskort': shaded banner 'TILTAKSKORT n' + title, a 4-column facts table "
          "(Delmål | Type | Ansvar | Periode), 'Samarbeid:' line, description",
    header="Virke", header_right="Rapportering NKPS 2019", footer_left="Hovedorganisasjonen Virke",
    title="Virkes tiltak 2019 – Nasjonal kompetansepolitisk strategi",
    intro=["Virke organiserer over 23 000 virksomheter innen handel, tjenesteyting og ideell sektor. "
           "Tiltakene presenteres som tiltakskort med delmål, type, ansvar og periode, etterfulgt av en kort "
           "omtale."],
    rows=[
        M("T77", "Balansekunst – utprøving av modellen for å beskrive kompetanse fra arbeidslivet", "2.5",
          PROS, typ="Prosjekt", r="Virke", p="LO, YS, NHO, Handel og Kontor", per="2019–2020",
          desc="Etter lanseringen av rapporten Balansekunst i 2018 prøves modellen nå ut i varehandel og "
               "reiseliv, der ansatte beskriver kompetanse de har bygget opp i jobben."),
        M("T79", "Studie: Hvordan påvirker ny teknologi kompetansebehovet i varehandelen?", "2.1, 2.2", FOU,
          typ="FoU", r="Virke", p="Samfunnsøkonomisk analyse, NAV, Handel og Kontor", per="2019",
          desc="Studien ble ferdigstilt høsten 2019 og viser at behovet for digital kompetanse og "
               "kundebehandling øker."),
        M("T80", "Litteraturstudie om digitaliseringens påvirkning på varehandel", "2.2", FOU, typ="FoU",
          r="Virke", p="Handel og Kontor, Universitetet i Sørøst-Norge", per="2018–2019",
          desc="Litteraturstudien oppsummerer norsk og internasjonal forskning og ble brukt som grunnlag "
               "for den større studien om kompetansebehovet i varehandelen."),
        M("T08", "Oppfølging av Samfunnskontrakten for flere læreplasser i Virkes bransjer", "1.4, 2.3",
          ANNET, typ="Avtale", r="Virke", p="KD, partene, opplæringskontor", per="2016–2020",
          desc="Virke har oppfordret medlemsvirksomhetene til å ta inn lærlinger, særlig i salgsfaget og i "
               "helsefagene i ideell sektor."),
        M("T36", "Deltakelse i partssammensatt arbeidsgruppe for kompetansebehov som følge av "
                 "digitalisering", "2.1", RAD, typ="Råd/utvalg/nettverk", r="KD",
          p="Virke og de andre hovedorganisasjonene", per="2018–2019",
          desc="Arbeidsgruppen leverte sine anbefalinger i 2019. Virke bidro særlig med erfaringer fra "
               "handel og tjenesteyting."),
    ],
)

VOFO_2019 = dict(
    file="VOFO_rapport_2019.pdf", reporter="VOFO", year=2019, template="qa",
    tdesc="question-and-answer: heading 'Tiltak n: title', then fixed questions (Hva er tiltaket? Hvem står "
          "bak? Når? Hvilke delmål i strategien? Hva slags tiltak?)",
    header="VOFO – Voksenopplæringsforbundet",
    title="VOFOs rapport 2019 – Nasjonal kompetansepolitisk strategi",
    intro=["Rapporten er satt opp med faste spørsmål for hvert tiltak. VOFO har hovedansvar for delmål "
           "3.6 og bidrar til delmål 1.2 og 3.2."],
    rows=[
        M("T20", "Kompetansepluss frivillighet", "3.2, 3.6", TILS, typ="Tilskuddsordning",
          r="Kompetanse Norge", p="VOFO og studieforbundene",
          per="Løpende; VOFO har fulgt ordningen siden 2017.",
          desc="VOFO har fortsatt dialogen med Kompetanse Norge om ordningen og bidratt til at flere "
               "studieforbund har søkt og fått tilskudd i 2019."),
        M("T21", "Evaluering av Kompetansepluss frivillighet", "3.2", FOU, typ="FoU", r="VOFO",
          p="frivillig sektor og Kompetanse Norge", per="2019",
          desc="VOFO har gjennomført en egen evaluering blant tilskuddsmottakerne for å se hvordan ordningen "
               "fungerer og hva som kan forbedres."),
        M("T56", "Deltakelse i referansegruppen for utredningen om studieforbundene", "3.6", RAD,
          typ="Referansegruppe", r="KD og Kulturdepartementet", p="VOFO, studieforbundene",
          per="2018–2019",
          desc="Departementene har fått utredet hvordan studieforbundene bidrar til læring og hvordan "
               "tilskuddsordningen virker. VOFO har deltatt i referansegruppen."),
        M("T57", "Forskningsprosjekt om studieforbundene som læringskatalysatorer – sluttrapport", "3.6", FOU,
          typ="FoU", r="VOFO", p="Fafo", per="2017–2019",
          desc="Sluttrapporten ble lagt fram høsten 2019 og viser at kurs i studieforbund ofte er første "
               "steg mot mer opplæring for voksne med lite utdanning."),
        M("T55", "Styrking av VOFOs regionale tilstedeværelse – sammenslåing av regionledd", "1.2", PROS,
          typ="Prosjekt", r="VOFO", p="VOFO-regionene", per="2019–2020",
          desc="VOFO slår sammen regionledd i tråd med den nye fylkesstrukturen, slik at VOFO kan delta i de "
               "regionale kompetansepartnerskapene."),
        M("T98", "Voksenopplæringskonferansen 2019", "3.6", ARR, typ="Konferanse", r="VOFO",
          p="Kompetanse Norge, studieforbundene", per="24.–25. oktober 2019",
          desc="Konferansen hadde tema livslang læring i frivillig sektor og samlet 180 deltakere."),
    ],
)

SFJ_2019 = dict(
    file="Sogn_og_Fjordane_fk_kompetanse_2019.docx", reporter="Sogn og Fjordane fylkeskommune", year=2019,
    template="heading_labels",
    tdesc="Nynorsk; numbered Heading 2 per measure, 'Label:' lines ('Ansvarleg', 'Tidsrom'), "
          "'Status og skildring' as a block",
    header="Sogn og Fjordane fylkeskommune", header_right="Rapport 2019",
    title="Oppfølging av Nasjonal kompetansepolitisk strategi – rapport frå Sogn og Fjordane "
          "fylkeskommune 2019",
    intro=["Dette er den siste rapporten frå Sogn og Fjordane fylkeskommune før samanslåinga med Hordaland. "
           "Tiltaka held fram i Vestland fylkeskommune frå 2020."],
    hl=dict(num="{i}. ", desc_block=True, page_prefix="Side ", font="Cambria",
            labels=[("d", "Delmål"), ("type", "Type tiltak"), ("r", "Ansvarleg"),
                    ("p", "Samarbeidspartnarar"), ("per", "Tidsrom"), ("desc", "Status og skildring")]),
    rows=[
        M("T52", "Regional kompetanseplan for Sogn og Fjordane – handlingsprogram 2019", "1.2", ANNET,
          typ="Plan", r="Plan- og samfunnsavdelinga", p="Partnarskapet i kompetanseforumet", per="2019",
          desc="Handlingsprogrammet vart vedteke i fylkestinget i mars 2019. Tiltaka skal vidareførast i "
               "Vestland."),
        M("T54", "Kompetanseforum Sogn og Fjordane", "1.2", RAD, typ="Råd/utval/nettverk",
          r="Opplæringsavdelinga", p="NAV, LO, NHO, KS, Fylkesmannen, HVL", per="Frå 2017, held fram",
          desc="Forumet har hatt to samlingar i 2019 med tema kompetansebehov i industrien og "
               "helsesektoren."),
        M("T32", "Karriere Sogn og Fjordane", "1.3", RAD, typ="Råd/utval/nettverk", r="Opplæringsavdelinga",
          p="NAV Sogn og Fjordane, kommunane", per="2017–2019",
          desc="Karrieresenteret hadde om lag 1 100 samtalar i 2019. Partnarskapsavtalen blir vidareført i "
               "Vestland."),
        M("T101", "Helsefagarbeidar for minoritetsspråklege («Sogn og Fjordane-modellen»)", "3.4, 3.5", KURS,
          typ="Kurs/utdanning", r="Opplæringsavdelinga", p="NAV, kommunane", per="2016–2020",
          desc="Modellen er spreidd til fleire kommunar. 35 deltakarar tok fagbrev i 2019."),
        M("T110", "Førebuing av kompetansearbeidet i Vestland fylkeskommune", "1.2", ANNET, typ="Anna",
          r="Fylkesrådmannen", p="Hordaland fylkeskommune", per="2019",
          desc="Fellesnemnda har vedteke korleis ansvaret for kompetanse, karriererettleiing og BIO skal "
               "organiserast i den nye fylkeskommunen."),
    ],
)

REPORTS = [UNIO_2019, KS_2019, VIRKE_2019, VOFO_2019, SFJ_2019]
