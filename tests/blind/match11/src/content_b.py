# -*- coding: utf-8 -*-
"""Reports 2023, part B: Udir, AID, Arbeids- og velferdsdirektoratet, YS 2023, LO 2023 (Spekter-style layout)."""
from .content_a import M

UDIR_2023 = dict(
    file="Udir_tiltak_kompetansestrategien_2023.docx", reporter="Udir", year=2023, template="tiltak_hva",
    heading="Utdanningsdirektoratet – rapportering 2023", dmcol="code",
    intro="Utdanningsdirektoratet rapporterer på tiltak innenfor fag- og yrkesopplæring og opplæring for voksne.",
    rows=[
        M("T27", "Modulforsøket – modulstrukturert opplæring for voksne", "Udir", "fylkeskommunene",
          "2017–2023", "Avslutning av forsøket og overføring av erfaringer til ordinær drift."),
        M("T24", "Fagbrev på jobb", "Udir", "fylkeskommunene og partene",
          "Løpende", "Informasjon og veiledning til fylkeskommunene om ordningen, ny nettside for arbeidsgivere."),
        M("T48", "Reviderte retningslinjer for realkompetansevurdering", "Udir", "fylkeskommunene, HK-dir",
          "2022–2023", "Nye retningslinjer publisert i 2023, tilpasset ny opplæringslov."),
        M("T38", "Sekretariat for Samarbeidsrådet for yrkesopplæring (SRY)", "Udir", "",
          "Løpende", "Udir er sekretariat for SRY og de faglige rådene."),
        M("T59", "Videreutdanning for lærere i voksenopplæringen", "Udir", "universiteter og høyskoler",
          "2023–2024", "Studietilbud i voksenpedagogikk og grunnleggende ferdigheter for lærere som underviser voksne."),
        M("T09", "Læreplassstatistikk til oppfølging av samfunnskontrakten", "Udir", "KD, partene",
          "Kvartalsvis", "Statistikk over søkere og formidling til læreplass brukes i oppfølgingen av kontrakten."),
    ],
)

AID_2023 = dict(
    file="AID_rapport_NKPS_2023.pdf", reporter="AID", year=2023, template="boldcode",
    heading="Arbeids- og inkluderingsdepartementets rapportering for 2023",
    intro="Nedenfor følger departementets tiltak. Koden foran hvert tiltak viser hvilket delmål tiltaket "
          "følger opp.", footer="Arbeids- og inkluderingsdepartementet",
    rows=[
        M("T03", "Videreføring av bransjeprogrammene i 2023", "AID og KD",
          "HK-dir, partene i arbeidslivet", "2023",
          "Regjeringen viderefører ordningen og utvider den med nye bransjer."),
        M("T20", "Evaluering av bransjeprogrammene", "AID og KD", "Oxford Research og Fafo", "2023–2025",
          "Evalueringen skal se på måloppnåelse, deltakelse og effekter for arbeidstakere og ledige."),
        M("T30", "Jobbsjansen – styrket innsats for innvandrerkvinner", "AID", "IMDi, kommunene",
          "Årlig", "Tilskudd til kommuner som gir hjemmeværende innvandrere opplæring og arbeidsrettet kvalifisering."),
        M("T31", "Regelverksendring: utvidet adgang til opplæring som arbeidsmarkedstiltak", "AID",
          "Arbeids- og velferdsdirektoratet", "Fra 1. juli 2023",
          "Flere arbeidssøkere kan ta fagbrev eller studiekompetanse med ytelse fra NAV."),
        M("T32", "Samarbeid mellom NAV og fylkeskommunene om kvalifisering", "AID og KD",
          "Arbeids- og velferdsdirektoratet, KS, fylkeskommunene", "2023–",
          "Ny nasjonal rammeavtale om samarbeid om opplæring for voksne som står utenfor arbeidslivet."),
        M("T35", "Oppdrag til Arbeids- og velferdsdirektoratet om å styrke karriereveiledningen i NAV",
          "AID", "Arbeids- og velferdsdirektoratet, HK-dir", "2023–2024",
          "Veiledere i NAV skal få opplæring i kvalitetsrammeverket for karriereveiledning."),
        M("T61", "Ungdomsgarantien", "AID", "Arbeids- og velferdsdirektoratet", "Fra 2023",
          "Unge under 30 år skal få tett oppfølging og tilbud om opplæring eller arbeid."),
    ],
)

AVDIR_2023 = dict(
    file="Arbeids-_og_velferdsdirektoratet_NKPS_2023.docx", reporter="Arbeids- og velferdsdirektoratet",
    year=2023, template="toc_table",
    heading="Rapportering på Nasjonal kompetansepolitisk strategi 2023",
    subtitle="Arbeids- og velferdsdirektoratet, februar 2024",
    header="Arbeids- og velferdsdirektoratet", footer="Rapport NKPS 2023",
    intro="Arbeids- og velferdsetaten bidrar særlig til hovedinnsatsområde 3. Rapporten gir en oversikt "
          "over tiltakene og en kort omtale av hvert tiltak.",
    rows=[
        M("T31", "Økt bruk av opplæring som arbeidsmarkedstiltak", "Arbeids- og velferdsdirektoratet",
          "NAV-kontorene, fylkeskommunene", "2023",
          "Etter regelverksendringen 1. juli 2023 har etaten gitt opplæring til veiledere og endret rutiner "
          "for vurdering av opplæring som tiltak."),
        M("T32", "Implementering av rammeavtalen mellom NAV og fylkeskommunene", "Arbeids- og velferdsdirektoratet",
          "KS, fylkeskommunene", "2023–2025",
          "Avtalen følges opp med regionale avtaler mellom NAV fylke og fylkeskommunen."),
        M("T35", "Karriereveiledning i NAV – opplæring av veiledere", "Arbeids- og velferdsdirektoratet",
          "HK-dir", "2023–2024",
          "Kompetanseheving i karriereveiledning for veiledere, basert på det nasjonale kvalitetsrammeverket."),
        M("T61", "Ungdomsgarantien i NAV", "Arbeids- og velferdsdirektoratet", "Kommunene", "2023–",
          "Garantien gir unge mellom 16 og 30 år en fast veileder og tilbud om aktivitet."),
        M("T58", "Menn i helse – samarbeid med KS", "KS", "Arbeids- og velferdsdirektoratet, kommunene, fylkeskommunene",
          "Løpende", "NAV rekrutterer deltakere og bidrar med ytelser under opplæringen."),
        M("T03", "Ledige arbeidssøkeres deltakelse i bransjeprogrammene", "Arbeids- og velferdsdirektoratet",
          "HK-dir, utdanningstilbydere", "2023",
          "Permitterte og ledige kan delta i tilbud gjennom bransjeprogrammene og beholde dagpenger."),
    ],
)

YS_2023 = dict(
    file="YS_rapportering_2023.pdf", reporter="YS", year=2023, template="shaded",
    heading="YS – tiltak for å følge opp kompetansestrategien (2023)",
    intro="YS og forbundene har i 2023 prioritert følgende tiltak.", footer="YS – Yrkesorganisasjonenes Sentralforbund",
    rows=[
        M("T01", "YS i KBU", "KD", "Hovedorganisasjonene", "Løpende",
          "YS deltar i utvalget og har bidratt til utvalgets rapport om kompetansebehov i grønn omstilling."),
        M("T19", "Karriereveiledningskurs for tillitsvalgte i YS-forbundene", "YS", "Parat, Delta, karrieresentrene",
          "Vår og høst 2023", "Todagers kurs der tillitsvalgte lærer å gi kolleger enkel karriereveiledning."),
        M("T38", "YS' plass i SRY", "KD", "Partene", "Løpende",
          "YS har en representant i Samarbeidsrådet for yrkesopplæring."),
        M("T44", "YS Arbeidslivsbarometer 2023 – tema kompetanse", "YS", "Respons Analyse", "2023",
          "Årlig undersøkelse; i 2023 med egne spørsmål om opplæring på arbeidsplassen."),
        M("T09", "Samfunnskontrakt for flere læreplasser", "KD", "YS, øvrige parter", "2022–2026",
          "YS-forbundene følger opp læreplasser i offentlig og privat sektor."),
        M("T03", "Bransjeprogram – YS-forbundenes deltakelse", "KD/AID", "Parat, Delta, HK-dir", "2023",
          "Forbundene deltar i programrådene for flere bransjer."),
    ],
)

LO_2023 = dict(
    file="LO_NKPS_rapportering_2023.docx", reporter="LO", year=2023, template="spekter",
    heading="LOs rapportering til Kompetansepolitisk råd 2023",
    intro="LO har følgende rapporteringspunkter for 2023.",
    rows=[
        M("T09", "Oppfølging av samfunnskontrakten – LO-forbundenes lærlingarbeid", "LO", "forbundene og partene i samfunnskontrakten",
          "2022–2026", "LO følger opp målene om læreplasser, særlig i helse og i offentlig sektor."),
        M("T25", "Fagforbundets deltakelse i pilot med fagbrev på jobb for ufaglærte i helseforetakene", "Spekter og Helse Sør-Øst",
          "Fagforbundet, Viken fylkeskommune", "Oppstart høsten 2023, varighet to år",
          "Ufaglærte ansatte i sykehus tar fagbrev som helsefagarbeider gjennom praksis og opplæring på arbeidsplassen."),
        M("T23", "Lærlingkonferanse for Spekters medlemsvirksomheter og LO Stats tillitsvalgte", "Spekter og LO Stat",
          "Medlemsvirksomheter, tillitsvalgte", "Konferansen ble holdt 14. november 2023",
          "Konferansen skal bidra til at flere virksomheter tar inn lærlinger."),
        M("T39", "Deltakelse i de faglige rådene", "LO-forbundene", "Udir, partene", "Løpende",
          "LO-forbundene har representanter i alle de faglige rådene."),
        M("T54", "LO Stat: medvirkning i e-læring om digital kompetanse for ansatte i helseforetakene", "Spekter", "LO Stat, Helse Vest, Unio",
          "2023", "Nettkurs i digitale arbeidsverktøy og informasjonssikkerhet for alle ansattgrupper."),
        M("T24", "Fagbrev på jobb – informasjon til tillitsvalgte", "LO", "Udir, forbundene",
          "2023", "Veiledning til tillitsvalgte om hvordan ufaglærte kolleger kan bruke ordningen fagbrev på jobb."),
    ],
)

REPORTS = [UDIR_2023, AID_2023, AVDIR_2023, YS_2023, LO_2023]
