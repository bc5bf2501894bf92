"""Reports: LO 2017, VOFO 2017, KD 2018, LO 2018, NHO 2018."""
from .common import M, KURS, RAD, PROS, FOU, TILS, INFO, ARR, ANNET

LO_2017 = dict(
    file="LO_rapportering_NKPS_2017.pdf", reporter="LO", year=2017, template="numbered_old",
    tdesc="numbered 'Rapporteringspunkter' + one 4-heading form per measure, old NKPS tiltak numbers, "
          "Word list numbering leaks into 'Tidspunkt og varighet'",
    title="Rapportering til Kompetansepolitisk råd – oppfølging av Nasjonal kompetansepolitisk strategi",
    subtitle="Landsorganisasjonen i Norge (LO), november 2017",
    intro=["LO viser til brev fra Kunnskapsdepartementet om rapportering på oppfølgingen av Nasjonal "
           "kompetansepolitisk strategi. Nedenfor følger LOs rapporteringspunkter for 2017. Vi har brukt "
           "malen fra sekretariatet og vist til tiltaksnumrene i strategien."],
    rows=[
        M("T01", "Representasjon i Kompetansebehovsutvalget (KBU)", "1.1", RAD, r="LO",
          p="KD og de øvrige hovedorganisasjonene",
          per="Utvalget oppnevnes høsten 2017 og skal virke i flere år.",
          desc="Strategien forutsetter at det etableres et kompetansebehovsutvalg med representanter for "
               "alle hovedorganisasjonene. LO har meldt inn representant og vil bidra med innspill fra "
               "forbundene om kompetansebehov i bransjene."),
        M("T08", "Oppfølging av Samfunnskontrakten for flere læreplasser i forbundene", "1.4, 2.3", ANNET,
          r="LO", p="partene i samfunnskontrakten og KD",
          per="Samfunnskontrakten gjelder for perioden 2016–2020.",
          desc="LO følger opp kontraktens mål om at alle kvalifiserte søkere skal få læreplass. Forbundene "
               "oppfordres til å ta opp læreplasser i tariffoppgjør og i samarbeid med bedriftene lokalt."),
        M("T16", "Deltakelse i Samarbeidsrådet for yrkesopplæring (SRY)", "1.4, 2.3", RAD, r="LO",
          p="NHO, Virke, Spekter, KS, YS, Unio og KD",
          per="Løpende, oppnevningsperioden 2016–2019.",
          desc="LO har to representanter i SRY, som gir råd til myndighetene om fag- og yrkesopplæringen, "
               "blant annet om tilbudsstruktur og dimensjonering."),
        M("T77", "Modell for dokumentasjon og verdsetting av kompetanse ervervet i arbeidslivet", "2.5", FOU,
          r="Virke", p="LO, NHO og YS",
          per="Arbeidet startet høsten 2017 og skal ferdigstilles i 2018.",
          desc="Partene skal sammen utvikle en metode og modell for å beskrive kompetanse som bygges opp i "
               "arbeidslivet, slik at den kan dokumenteres og brukes ved jobbskifte og videre utdanning."),
        M("T74", "Kurs for tillitsvalgte om kompetanseutvikling på arbeidsplassen", "2.1, 2.2", KURS,
          r="LO", p="AOF Norge",
          per="Kurset gjennomføres to ganger i året fra høsten 2017.",
          desc="LO tilbyr i samarbeid med AOF et kurs for tillitsvalgte om hvordan de kan ta opp "
               "kompetanseplaner og opplæringsbehov med arbeidsgiver lokalt. Kurset inngår i LOs kursprogram."),
        M("T94", "Konferanse for LOs tillitsvalgte og Spekters medlemsvirksomheter om lærlinger", "2.3", ARR,
          r="LO og Spekter", p="Fagforbundet og Delta",
          per="Konferansen holdes 30. november 2017.",
          desc="Konferansen skal motivere virksomhetene i spesialisthelsetjenesten til å ta inn flere "
               "lærlinger. Det blir innlegg fra fagmiljøer, virksomheter og tillitsvalgte."),
        M("T41", "Deltakelse i trepartssamarbeidet om Hurtigsporet for nyankomne flyktninger", "3.3, 3.4", RAD,
          r="LO", p="NHO, Virke, IMDi og NAV",
          per="Fra 2016, løpende.",
          desc="Hurtigsporet skal gi nyankomne flyktninger med kompetanse som etterspørres i arbeidslivet en "
               "raskere vei til jobb. LO deltar i trepartssamarbeidet og informerer forbundene om ordningen."),
    ],
)

VOFO_2017 = dict(
    file="VOFO_NKPS_rapport_2017.docx", reporter="VOFO", year=2017, template="matrix_oldnr",
    tdesc="portrait matrix with column 'NKPS tiltak nr.' (old numbering 1–16), no type column",
    header="Voksenopplæringsforbundet (VOFO)",
    title="Rapportering fra VOFO – oppfølging av Nasjonal kompetansepolitisk strategi 2017",
    intro=["Voksenopplæringsforbundet (VOFO) er paraplyorganisasjon for studieforbundene i Norge. VOFO "
           "har hovedansvaret for tiltak nr. 16 i strategien, og bidrar også til tiltak nr. 2 og 12.",
           "Tabellen under viser hvilke tiltak VOFO har satt i gang i 2017, og hvilke av strategiens "
           "tiltak de knytter seg til."],
    table_caption="Tabell 1 VOFOs tiltak 2017",
    outro=["Spørsmål om rapporteringen kan rettes til VOFOs sekretariat."],
    rows=[
        M("T20", "Videreutvikling av Kompetansepluss frivillighet", "3.2", TILS, r="VOFO",
          p="Kompetanse Norge, studieforbundene", per="2017–2018",
          desc="Dialog med Kompetanse Norge om endringer i utlysning og regelverk, slik at flere "
               "studieforbund og frivillige organisasjoner kan søke om midler."),
        M("T57", "Forskningsprosjekt om studieforbundene som læringskatalysatorer", "3.6", FOU, r="VOFO",
          p="Fafo", per="2017–2019",
          desc="Prosjektet undersøker hvordan kurs i studieforbund kan gi læringsmotivasjon og føre "
               "videre til opplæring og arbeid."),
        M("T55", "Styrking av VOFOs regionale tilstedeværelse", "1.2", PROS, r="VOFO",
          p="VOFO-regionene, fylkeskommunene", per="Fra 2017",
          desc="VOFO vil bidra inn i regionale kompetansesamarbeid og synliggjøre studieforbundenes "
               "tilbud overfor fylkeskommunene og karrieresentrene."),
        M("T59", "Kompetanseheving for regionkonsulenter", "1.2, 3.6", KURS, r="VOFO",
          p="Egne ansatte", per="Høsten 2017",
          desc="Samling og kursrekke for nye og eksisterende regionkonsulenter om kompetansepolitikk og "
               "regionale partnerskap."),
        M("T97", "Voksenopplæringskonferansen 2017", "3.6", ARR, r="VOFO", p="Kompetanse Norge",
          per="19.–20. oktober 2017",
          desc="Årlig konferanse for studieforbund og andre voksenopplæringsaktører, i 2017 med tema "
               "læringsmotivasjon og strategiens mål for frivillig sektor."),
    ],
)

KD_2018 = dict(
    file="KD_tiltak_NKPS_2018.docx", reporter="KD", year=2018, template="matrix_landscape",
    tdesc="landscape matrix Delmål | Tiltak | Type | Ansvarlig | Samarbeid | Tidsperiode | Beskrivelse, "
          "header + 'Side x av y'",
    header="Kunnskapsdepartementet", header_right="Rapportering NKPS 2018",
    title="Oppfølging av Nasjonal kompetansepolitisk strategi – rapportering for 2018",
    intro=["Kunnskapsdepartementet koordinerer regjeringens rapportering til Kompetansepolitisk råd. "
           "Tabellen omfatter tiltak i KDs ansvarsområde. Tiltak i andre departementers ansvarsområde "
           "rapporteres særskilt."],
    outro=["Kunnskapsdepartementet, januar 2019"],
    rows=[
        M("T01", "Kompetansebehovsutvalget (KBU)", "1.1", RAD, r="KD",
          p="KMD, ASD, NFD, partene, Kompetanse Norge", per="2017–2022",
          desc="Utvalget ble oppnevnt i 2017 og la fram sin første rapport, NOU 2018:2 Fremtidige "
               "kompetansebehov I, i februar 2018. Kompetanse Norge er sekretariat."),
        M("T02", "Ekspertutvalg om etter- og videreutdanning", "2.2", RAD, r="KD",
          p="Forskere, utdanningsinstitusjoner, aktører fra offentlig sektor og næringslivet",
          per="2018–2019",
          desc="Utvalget skal vurdere hvordan økonomiske og andre insentiver påvirker mulighetene for "
               "etter- og videreutdanning. Rapport leveres i juni 2019."),
        M("T04", "Tilskudd til utvikling av fleksible videreutdanningstilbud i digital kompetanse", "2.1",
          TILS, typ="Tilskudd", r="KD", p="Kompetanse Norge, partene, DIKU", per="2018–2019",
          desc="Utdanningsinstitusjoner kan søke om midler til å utvikle fleksible tilbud i samarbeid med "
               "arbeidslivet. Første utlysning høsten 2018."),
        M("T06", "Bransjeprogram for industri- og byggenæringen", "2.1, 2.4", KURS, r="KD",
          p="Kompetanse Norge, LO, NHO, Fellesforbundet, Norsk Industri, BNL", per="2018–2020",
          desc="Trepartsprogram der partene definerer kompetansebehov og tilbydere utvikler korte, "
               "fleksible videreutdanningstilbud for ansatte i bransjene."),
        M("T34", "Forstudie om avkastning av kompetanseinvesteringer i arbeidslivet", "2.2", FOU,
          typ="FoU", r="KD", p="NIFU", per="2018",
          desc="Forstudien kartlegger eksisterende kunnskap om avkastning av etter- og videreutdanning for "
               "individ, virksomhet og samfunn, og skal gi grunnlag for et eventuelt hovedprosjekt."),
        M("T28", "Oppdrag til Kompetanse Norge om et nasjonalt kvalitetsrammeverk for karriereveiledning",
          "1.3", PROS, r="KD", p="Kompetanse Norge, fylkeskommunene", per="2017–2019",
          desc="Rammeverket skal omfatte kompetansestandarder for veiledere, etiske retningslinjer, "
               "karrierekompetanse og kvalitetsindikatorer."),
        M("T24", "Oppdrag til Utdanningsdirektoratet om forsøk med modulstrukturert opplæring for voksne",
          "3.1", KURS, r="KD", p="Utdanningsdirektoratet, fylkeskommuner", per="2017–2021",
          desc="Forsøk i utvalgte lærefag der voksne kan ta fag- og yrkesopplæring i moduler som kan "
               "dokumenteres hver for seg."),
        M("T26", "Forsøk med forberedende voksenopplæring (FVO)", "3.1", KURS, r="KD",
          p="Kompetanse Norge, kommuner, fylkeskommuner", per="2017–2020",
          desc="Forsøk med en ny opplæringsmodell for voksne som trenger grunnleggende ferdigheter og "
               "opplæring på grunnskolenivå."),
        M("T08", "Samfunnskontrakten for flere læreplasser", "1.4, 2.3", ANNET, typ="Avtale", r="KD",
          p="Partene i arbeidslivet, fylkeskommunene", per="2016–2020",
          desc="Kontrakten har som mål at alle kvalifiserte søkere skal få læreplass. Regjeringen og "
               "partene følger opp kontrakten i halvårlige møter."),
    ],
)

LO_2018 = dict(
    file="LO_tiltak_2018.docx", reporter="LO", year=2018, template="tick_matrix",
    tdesc="landscape tick matrix: 16 delmål columns marked X under merged area headers",
    header="LO – Landsorganisasjonen i Norge", footer_left="LOs rapportering NKPS 2018",
    title="LOs tiltak 2018 – oppfølging av Nasjonal kompetansepolitisk strategi",
    intro=["Tabellen viser tiltak som LO og forbundene har gjennomført eller deltatt i i 2018. Delmålene "
           "tiltakene bidrar til, er markert med X. Flere av tiltakene er videreført fra fjorårets rapport."],
    outro=["Tiltak der LO er samarbeidspartner, er tatt med når LO har hatt en aktiv rolle."],
    rows=[
        M("T01", "Representant i Kompetansebehovsutvalget", "1.1", RAD, typ="Råd/utvalg/ nettverk",
          r="LO", p="KD, øvrige parter", per="2017–"),
        M("T06", "LO/Fellesforbundet i programstyret for bransjeprogrammet for industri og bygg", "2.1, 2.4",
          KURS, typ="Program", r="LO/Fellesforbundet", p="NHO, Norsk Industri, BNL, KD", per="2018–2020"),
        M("T36", "Partssammensatt arbeidsgruppe for identifisering av kompetansebehov som følge av "
                 "digitalisering", "2.1", RAD, typ="Råd/utvalg/ nettverk", r="KD",
          p="LO, NHO, Unio, KS, YS, Virke, Spekter, Akademikerne", per="2018"),
        M("T39", "Notat «Tariffavtalenes betydning i kompetansepolitikken»", "2.2", FOU, typ="FoU",
          r="LO", p="Fafo", per="2018"),
        M("T15", "Observatørplass i Universitets- og høgskolerådets fagstrategiske enheter", "1.4", RAD,
          typ="Råd/utvalg/ nettverk", r="LO", p="UHR", per="Løpende"),
        M("T12", "Medarrangør av konferansen «Arena for kvalitet» 2018", "2.3", ARR, typ="Konferanse",
          r="LO", p="KD, Udir, NHO", per="Oktober 2018"),
        M("T10", "Deltakelse i Yrkesfagenes år 2018", "2.3", INFO, typ="Informasjon", r="KD",
          p="LO, NHO, YS, Virke, Spekter", per="2018"),
        M("T77", "Partsarbeid om modell for å beskrive kompetanse fra arbeidslivet («Balansekunst»)", "2.5",
          FOU, typ="FoU", r="Virke", p="LO, YS, NHO", per="2017–2018"),
        M("T74", "Kurs for tillitsvalgte: kompetanseutvikling på arbeidsplassen", "2.1, 2.2", KURS,
          typ="Kurs", r="LO", p="AOF Norge", per="2018, videreført"),
    ],
)

NHO_2018 = dict(
    file="NHO-rapport-NKPS-2018.pdf", reporter="NHO", year=2018, template="form_tables",
    tdesc="one 2-column form table per measure, title in a shaded merged banner row, area headings",
    title="NHOs rapportering 2018 – Nasjonal kompetansepolitisk strategi",
    subtitle="Næringslivets Hovedorganisasjon, februar 2019",
    header="NHO", header_right="Kompetansepolitisk råd",
    intro=["NHO rapporterer her på tiltak som er gjennomført i 2018. Tiltakene er sortert etter "
           "hovedinnsatsområdene i strategien."],
    form=dict(banner="Tiltak {i}: {t}", area_headings=True,
              labels=[("d", "Delmål"), ("type", "Type tiltak"), ("r", "Ansvarlig"),
                      ("p", "Samarbeidspartnere"), ("per", "Tidsperiode"), ("desc", "Beskrivelse")]),
    rows=[
        M("T01", "Deltakelse i Kompetansebehovsutvalget (KBU)", "1.1", RAD, r="NHO",
          p="KD, hovedorganisasjonene, forskere", per="Fra 2017",
          desc="NHO deltar med én representant i utvalget og bidrar med tall fra NHOs "
               "kompetansebarometer inn i utvalgets analysegrunnlag."),
        M("T85", "Rapporten «Yrkesopplæringsnemndas rolle og ansvar»", "1.2", FOU, typ="FoU", r="NHO",
          p="Partene", per="2018",
          desc="Rapporten beskriver hvordan yrkesopplæringsnemndene i fylkene arbeider, og gir anbefalinger "
               "om hvordan nemndenes rolle kan styrkes i lys av regionreformen."),
        M("T14", "NHO-representanter i Råd for samarbeid med arbeidslivet (RSA)", "1.4", RAD, r="NHO",
          p="Universiteter og høyskoler, NHOs regionkontorer", per="Løpende",
          desc="NHOs regionkontorer og landsforeninger er representert i RSA ved de fleste universiteter "
               "og høyskoler, og bidrar til relevans i studieprogrammene."),
        M("T16", "Representasjon i Samarbeidsrådet for yrkesopplæring (SRY)", "1.4, 2.3", RAD, r="NHO",
          p="LO, Virke, Spekter, KS, YS, Unio, KD", per="Løpende",
          desc="NHO er representert i SRY og i de faglige rådene for utdanningsprogrammene."),
        M("T02", "Deltakelse i referansegruppen til ekspertutvalget for etter- og videreutdanning", "2.2",
          RAD, r="NHO", p="KD, de andre partene", per="2018–2019",
          desc="Referansegruppen gir innspill til ekspertutvalgets arbeid med insentiver for etter- og "
               "videreutdanning."),
        M("T83", "Rapport om fagarbeideres bidrag til innovasjon i bedrifter", "2.2, 2.3", FOU, typ="FoU",
          r="NHO", p="Fafo", per="2018",
          desc="Studien dokumenterer at fagarbeidere bidrar til innovasjon og forbedringsarbeid, og peker "
               "på hvordan bedriftene kan bruke denne kompetansen bedre."),
        M("T84", "Bestilt rapport om alternative innretninger på en skatteinsentivmodell for kompetanse i "
                 "virksomheter", "2.2", FOU, typ="FoU", r="NHO", p="", per="2018–2019",
          desc="Rapporten beskriver 2–3 modeller og skal gi grunnlag for NHOs forslag om skattefradrag for "
               "bedrifters investeringer i kompetanse."),
        M("T82", "Jenter og teknologi", "2.3", INFO, typ="Informasjon", r="NHO",
          p="NHOs landsforeninger, Abelia, Norsk Industri", per="2018 (tredje år)",
          desc="Nasjonal kampanje som skal få flere jenter til å velge teknologiske utdanninger, både på "
               "yrkesfag og i høyere utdanning. Gjennomført for tredje år på rad i 2018."),
        M("T42", "Kampanje i fire byer for å fremme Hurtigsporet for nyankomne flyktninger", "3.3, 3.4", INFO,
          typ="Informasjon", r="NHO", p="NAV, Bergen, Bodø, Drammen, Fredrikstad", per="Høsten 2018",
          desc="Kampanjen skal synliggjøre flyktningers kompetanse og rekrutteringsmulighetene for "
               "næringslivet, og gjøre Hurtigsporet kjent blant bedriftene."),
    ],
)

REPORTS = [LO_2017, VOFO_2017, KD_2018, LO_2018, NHO_2018]
