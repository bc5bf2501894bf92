# -*- coding: utf-8 -*-
"""Reports for 2020: KD (letter), Kompetanse Norge (cover+TOC forms), LO (numbered), Virke (Spekter-like), VOFO (table)."""
from .catalog import M, K, R, P, F, T, I, A, X

KD_2020 = dict(
    file="KD_rapportering_NKPS_2020.docx", reporter="KD", year=2020, fmt="docx", template="letter",
    org="Kunnskapsdepartementet", dm="delmal",
    letterhead=["Kunnskapsdepartementet", "Kompetanse Norge", "v/ sekretariatet for Kompetansepolitisk råd",
                "Deres ref.: 20/1187   Vår ref.: 20/4512-3   Dato: 14. desember 2020"],
    title="Regjeringens rapportering om oppfølgingen av Nasjonal kompetansepolitisk strategi for 2020",
    intro=["Vi viser til brev av 2. oktober 2020 om rapportering til Kompetansepolitisk råd for 2020. "
           "Kunnskapsdepartementet oversender med dette regjeringens rapportering, samordnet med "
           "Arbeids- og sosialdepartementet og Kommunal- og moderniseringsdepartementet.",
           "Året har vært preget av koronapandemien. Flere av tiltakene nedenfor er styrket gjennom "
           "krisepakkene våren 2020. Vi har valgt å omtale de tiltakene som er mest sentrale for strategiens delmål."],
    closing=["Vi ser fram til videre samarbeid i Kompetansepolitisk råd.", "Med hilsen",
             "Ingrid Haugen (e.f.)", "avdelingsdirektør", "Dokumentet er elektronisk godkjent og har derfor ikke håndskrevne signaturer."],
    measures=[
        M("kbu", "Kompetansebehovsutvalget (KBU)", "1.1", R, "Kunnskapsdepartementet",
          "ASD, KMD, partene i arbeidslivet, Kompetanse Norge (sekretariat)", "2017–2023",
          "Utvalget la i juni 2020 fram sin andre hovedrapport, NOU 2020: 2 Fremtidige kompetansebehov III. "
          "Utvalget består av forskere, analytikere og representanter for hovedorganisasjonene og departementene.",
          tp="Råd/utvalg/ nettverk"),
        M("bp", "Treparts bransjeprogrammer for kompetanseutvikling", "2.1 2.4", T, "Kunnskapsdepartementet",
          "Partene i arbeidslivet, Kompetanse Norge", "2020–",
          "Bransjeprogrammene ble utvidet fra to til ni programmer i 2020 som ledd i krisepakkene. Staten og partene "
          "samarbeider om å øke deltakelsen i kompetanseutvikling i utvalgte bransjer, også for permitterte og ledige.",
          tp="Tilskuddsordning"),
        M("fbj", "Fagbrev på jobb", "2.5 2.3", K, "Kunnskapsdepartementet",
          "Utdanningsdirektoratet, fylkeskommunene, partene", "Løpende",
          "Fagbrev på jobb gir voksne som arbeider i en bedrift mulighet til å ta fagbrev gjennom en opplæringskontrakt "
          "der praksis fra arbeidsplassen inngår. KD har bedt Udir om å vurdere hvordan ordningen kan brukes mer.",
          tp="Kurs/utdanning"),
        M("karr_nett", "Oppdrag til Kompetanse Norge om å videreutvikle den nettbaserte karriereveiledningstjenesten",
          "1.3", I, "Kunnskapsdepartementet", "Kompetanse Norge", "2020–2021",
          "Tjenesten gir gratis karriereveiledning på chat, telefon og e-post. Pågangen økte kraftig under pandemien, "
          "og Kompetanse Norge har fått midler til å utvide åpningstiden og styrke kapasiteten.",
          tp="Informasjon"),
        M("skl_2016", "Samfunnskontrakt for flere læreplasser", "2.3", R, "Kunnskapsdepartementet",
          "Partene i arbeidslivet, KS, fylkeskommunene", "2016–2020",
          "Samfunnskontrakten utløper ved utgangen av 2020. Partene har fulgt opp målet om flere læreplasser, "
          "blant annet gjennom økt lærlingtilskudd i krisepakken.", tp="Råd/utvalg/nettverk"),
        M("jobbsjansen", "Jobbsjansen", "3.4 3.3", T, "Kunnskapsdepartementet", "IMDi, kommunene", "Løpende",
          "Tilskuddsordning til kommunene for kvalifisering av hjemmeværende innvandrere, inkludert en "
          "egen del for ungdom uten fullført videregående opplæring.", tp="Tilskudd"),
        M("integ_lov", "Ny integreringslov (Prop. 89 L (2019–2020))", "3.4", X, "Kunnskapsdepartementet",
          "IMDi, kommunene", "Ikrafttredelse 1. januar 2021",
          "Ny lov om integrering gjennom opplæring, utdanning og arbeid ble vedtatt i 2020. Loven legger vekt på "
          "formell kompetanse, kartlegging og karriereveiledning for deltakere i introduksjonsprogrammet.",
          tp="Regelverk"),
        M("kompl", "Tilskudd til kompletterende utdanning", "2.6", T, "Kunnskapsdepartementet",
          "Universiteter og høyskoler, DIKU", "Løpende",
          "Tilskuddet finansierer kompletterende utdanning for personer med utenlandsk høyere utdanning, "
          "slik at de kan få godkjent utdanningen og komme i relevant arbeid.", tp="Tilskudd"),
        M("modul", "Forsøk med modulstrukturert fag- og yrkesopplæring for voksne", "3.1 3.3", P,
          "Utdanningsdirektoratet", "Fylkeskommunene, Arbeids- og velferdsetaten, Kompetanse Norge", "2017–2023",
          "Forsøket prøver ut modulstrukturerte læreplaner for voksne i flere fag. I 2020 ble forsøket utvidet "
          "til flere fylker og flere lærefag.", tp="Prosjekt"),
    ],
)

KN_2020 = dict(
    file="Kompetanse_Norge_rapport_2020.pdf", reporter="Kompetanse Norge", year=2020, fmt="pdf",
    template="cover_forms", org="Kompetanse Norge", dm="both",
    title="Rapportering til Kompetansepolitisk råd", subtitle="Kompetanse Norges tiltak i 2020",
    cover_note="Oppfølging av Nasjonal kompetansepolitisk strategi 2017–2021",
    header="Kompetanse Norge – rapportering NKPS 2020",
    intro=["Kompetanse Norge er et direktorat under Kunnskapsdepartementet. Rapporten omtaler de viktigste "
           "tiltakene vi har hatt ansvar for eller bidratt til i 2020. Hvert tiltak er beskrevet i eget skjema."],
    measures=[
        M("kbu", "Sekretariat for Kompetansebehovsutvalget", "1.1", R, "Kompetanse Norge",
          "Kunnskapsdepartementet, utvalgets medlemmer", "Fra 2017",
          "Kompetanse Norge er sekretariat for KBU og har i 2020 bistått utvalget i arbeidet med NOU 2020: 2."),
        M("bp", "Forvaltning av bransjeprogram for kompetanseutvikling", "2.1 2.4", T, "Kompetanse Norge",
          "Partene i bransjene, universiteter, høyskoler og fagskoler", "2020–2021",
          "Kompetanse Norge lyser ut midler og inngår avtaler med tilbydere i de ni bransjeprogrammene. "
          "Over 6 000 deltakere var i gang med et tilbud høsten 2020.", tp="Tilskuddsordning"),
        M("kp_arb", "Kompetansepluss arbeid", "3.2", T, "Kompetanse Norge", "Virksomheter, opplæringstilbydere",
          "Løpende", "Tilskuddsordning for opplæring i lesing, skriving, regning, digitale ferdigheter og muntlig "
          "kommunikasjon for ansatte. I 2020 ble det tildelt om lag 150 mill. kroner.", tp="Tilskudd"),
        M("kp_friv", "Kompetansepluss frivillighet", "3.2 3.6", T, "Kompetanse Norge",
          "Studieforbund og frivillige organisasjoner", "Løpende",
          "Tilskuddsordning for opplæring i grunnleggende ferdigheter i regi av frivillige organisasjoner "
          "og studieforbund.", tp="Tilskudd"),
        M("karr_nett", "Nettbasert karriereveiledning", "1.3", I, "Kompetanse Norge", "Fylkesvise karrieresentre",
          "Fra 2019", "Den nasjonale nettbaserte karriereveiledningstjenesten på karriereveiledning.no hadde over "
          "40 000 samtaler i 2020. Tjenesten ble styrket i forbindelse med pandemien.", tp="Informasjon"),
        M("kvalrammeverk", "Nasjonalt kvalitetsrammeverk for karriereveiledning", "1.3", I, "Kompetanse Norge",
          "Fylkeskommunene, universiteter og høyskoler", "2019–2021",
          "Rammeverket omfatter kompetansestandarder, etiske retningslinjer og et felles innholdsrammeverk for "
          "karriereveiledning. Implementeringen fortsatte i 2020.", tp="Informasjon"),
        M("fleks", "Tilskudd til utvikling av fleksible videreutdanningstilbud", "2.1 2.4", T, "Kompetanse Norge",
          "Universiteter, høyskoler, fagskoler, arbeidslivet", "2020–2022",
          "Ordningen skal stimulere til fleksible tilbud som kan kombineres med jobb. I 2020 ble det tildelt midler "
          "til 40 prosjekter, med vekt på digital kompetanse.", tp="Tilskudd"),
        M("realk_model", "Modell for vurdering av kompetanse ervervet i arbeidslivet", "2.5", F, "Kompetanse Norge",
          "Partene i arbeidslivet, Virke", "2018–2020",
          "Utviklingsarbeidet er beskrevet i rapporten «Balansekunst». Modellen ble prøvd ut i to bransjer i 2020.",
          tp="FoU"),
    ],
)

LO_2020 = dict(
    file="LO_rapport_kompetansepolitisk_raad_2020.docx", reporter="LO", year=2020, fmt="docx",
    template="numbered_sentence", org="Landsorganisasjonen i Norge (LO)",
    title="LOs rapportering til Kompetansepolitisk råd 2020",
    intro=["LO og forbundene arbeider med kompetansepolitikk både sentralt og gjennom tariffavtalene. "
           "Nedenfor følger de tiltakene LO vil trekke fram for 2020."],
    measures=[
        M("kbu", "Deltakelse i Kompetansebehovsutvalget", "1.1", R, "LO", "", "Løpende",
          "LO er representert i KBU og har bidratt i drøftingene av utvalgets rapport for 2020."),
        M("bp", "LOs deltakelse i trepartsbransjeprogrammene", "2.1 2.4", R, "LO og forbundene",
          "NHO, Virke, Spekter, KS, Kompetanse Norge", "2020",
          "Forbundene har deltatt i styringsgruppene for bransjeprogrammene og bidratt til at tilbudene "
          "treffer permitterte og ledige."),
        M("fbj", "Fagbrev på jobb", "2.5", K, "LO", "forbundene, fylkeskommunene", "Løpende",
          "LO har arbeidet for at flere voksne skal kunne ta fagbrev gjennom ordningen, og har informert "
          "tillitsvalgte om hvordan ordningen fungerer."),
        M("sry", "Samarbeidsrådet for yrkesopplæring (SRY)", "2.3 1.4", R, "LO", "NHO, KS, Unio, Virke, Spekter, KD",
          "Løpende", "LO leder SRY i perioden og har blant annet vært opptatt av læreplasssituasjonen under pandemien."),
        M("lo_konf20", "LOs kompetansekonferanse 2020", "2.2", A, "LO", "AOF Norge", "Oktober 2020 (digital)",
          "Konferansen samlet over 300 tillitsvalgte digitalt. Tema var kompetanse i omstilling og "
          "rett til etter- og videreutdanning."),
        M("lo_kurs", "Kurs for tillitsvalgte om kompetanseutvikling på arbeidsplassen", "2.4", K, "LO",
          "AOF Norge, forbundene", "2020–2021",
          "Kurset gir tillitsvalgte verktøy for å kartlegge kompetansebehov og følge opp kompetanseplaner "
          "i egen virksomhet. Åtte kurs ble gjennomført, de fleste digitalt."),
    ],
)

VIRKE_2020 = dict(
    file="Virke_NKPS_rapport_2020.pdf", reporter="Virke", year=2020, fmt="pdf", template="numbered_forms",
    org="Hovedorganisasjonen Virke", title="Virkes rapportering på Nasjonal kompetansepolitisk strategi – 2020",
    intro=["Virke rapporterer etter samme mal som tidligere år, med henvisning til strategiens nummererte tiltak."],
    measures=[
        M("skl_2016", "Oppfølging av Samfunnskontrakten for flere læreplasser i Virkes medlemsvirksomheter",
          "2.3", R, "Virke", "KD, de øvrige partene i samfunnskontrakten", "2016–2020",
          "Virke har oppfordret medlemsvirksomhetene til å ta inn flere lærlinger, blant annet i et brev fra "
          "administrerende direktør i mars 2020, og har fulgt opp målene i samfunnskontrakten.",
          resp_text="Virke er ansvarlig for tiltaket. Tiltaket er en del av Samfunnskontrakten for flere læreplasser.",
          period="Tiltaket har pågått gjennom hele kontraktsperioden 2016–2020."),
        M("bp_handel", "Bransjeprogram for varehandelen", "2.4 2.1", K, "Virke og HK (LO)",
          "NHO Service og Handel, Kompetanse Norge, fagskoler", "2020–",
          "Programmet ble etablert høsten 2020 og gir ansatte, permitterte og ledige i varehandelen tilbud om "
          "korte, nettbaserte moduler i blant annet netthandel, logistikk og salg.",
          resp_text="Virke og Handel og Kontor i Norge (HK) er ansvarlige sammen med NHO Service og Handel. "
                    "Kompetanse Norge forvalter midlene.",
          period="Oppstart høsten 2020. Programmet løper ut 2021."),
        M("realk_model", "Samarbeid med Kompetanse Norge om verdsetting av kompetanse fra arbeidslivet", "2.5", F,
          "Kompetanse Norge", "Virke, NHO, LO", "2018–2020",
          "Virke har deltatt i referansegruppen for utviklingen av en modell for å beskrive og vurdere kompetanse "
          "som bygges opp i arbeidslivet (rapporten «Balansekunst»).",
          resp_text="Kompetanse Norge er ansvarlig. Virke deltar i referansegruppen.",
          period="Arbeidet ble avsluttet med rapport i 2020."),
        M("praks", "Praksiskandidatordningen – bedre bruk i handel og tjenesteyting", "2.5 2.3", I, "Virke",
          "Fylkeskommunene, opplæringskontorer", "Løpende",
          "Mange ansatte i handel har lang erfaring uten fagbrev. Virke har informert medlemmene om "
          "praksiskandidatordningen og utarbeidet en veileder for ledere.",
          period="Løpende tiltak. Veilederen ble publisert i mai 2020."),
        M("virke_hr", "Nettverk for HR-ledere i Virkes medlemsvirksomheter", "2.4", R, "Virke", "", "Fra 2018",
          "Nettverket møtes fire ganger i året og drøfter blant annet strategisk kompetanseplanlegging "
          "og kompetanseutvikling for ansatte i omstilling.",
          resp_text="Virke er ansvarlig for tiltaket, med bidrag fra medlemsvirksomhetene.",
          period="Tiltaket ble igangsatt i 2018 og pågår løpende."),
        M("virke_behov", "Virkes undersøkelse om kompetansebehov i handels- og tjenestenæringen", "2.2", F, "Virke",
          "Ny Analyse", "2020",
          "Undersøkelsen kartlegger hvilke kompetanser medlemsvirksomhetene vil trenge de neste fem årene. "
          "Resultatene ble presentert på Virkes kompetansefrokost i november 2020.",
          resp_text="Virke er ansvarlig. Undersøkelsen er gjennomført av Ny Analyse.",
          period="Gjennomført høsten 2020."),
    ],
)

VOFO_2020 = dict(
    file="VOFO_rapportering_2020.docx", reporter="VOFO", year=2020, fmt="docx", template="row_table",
    org="Voksenopplæringsforbundet (VOFO)", dm="code", landscape=True,
    title="Rapportering til Kompetansepolitisk råd 2020 – frivillig sektor",
    widths=[4.5, 1.6, 2.6, 3.0, 4.0, 2.3, 7.7],
    intro=["VOFO representerer frivilligheten i Kompetansepolitisk råd. Studieforbundene har i 2020 "
           "lagt om store deler av kursvirksomheten til digitale og hybride former."],
    measures=[
        M("kp_friv", "Kompetansepluss frivillighet – studieforbundenes opplæringstiltak", "3.2 3.6", K,
          "Studieforbundene", "Kompetanse Norge, VOFO", "2020",
          "Studieforbundene gjennomførte kurs i grunnleggende ferdigheter med tilskudd fra ordningen; "
          "flere kurs ble lagt om til nett.", tp="Kurs"),
        M("norsktrening", "Norsktrening i regi av frivillige organisasjoner", "3.6 3.4", K,
          "Studieforbund og frivillige organisasjoner", "IMDi", "Løpende",
          "Språkkafeer og samtalegrupper der innvandrere kan øve på norsk. Tiltaket finansieres delvis gjennom IMDis "
          "tilskudd til frivillige organisasjoner.", tp="Kurs"),
        M("digi_senior", "Kurs i grunnleggende digitale ferdigheter for seniorer", "2.1 3.6", K,
          "Studieforbundene", "Seniornett, kommuner", "2020–2021",
          "Korte kurs i bruk av nettbank, digitale offentlige tjenester og videomøter for seniorer. Etterspørselen "
          "økte kraftig under nedstengningen.", tp="Kurs"),
        M("vofo_reg", "Styrking av VOFOs regionale tilstedeværelse", "1.2 3.6", R, "VOFO",
          "Regionale VOFO-ledd, fylkeskommunene", "2019–",
          "VOFO deltar i regionale kompetanseforum og synliggjør studieforbundene overfor fylkeskommunene "
          "og karrieresentrene.", tp="Råd/utvalg/nettverk"),
        M("laeringsuke20", "Voksnes læringsuke 2020", "3.6", A, "VOFO", "Studieforbundene, Kompetanse Norge",
          "September 2020", "Landsdekkende markering av voksnes læring med åpne kurs og digitale arrangementer "
          "over hele landet.", tp="Arrangement"),
    ],
)

REPORTS = [KD_2020, KN_2020, LO_2020, VIRKE_2020, VOFO_2020]
