"""Reports for 2021: KS, YS."""
from .model import M, R

KS_2021 = R(
    "KS_rapportering_kompetansepolitisk_strategi_2021.docx", "KS", 2021, "G_table_descrow",
    title="KS – rapportering på oppfølging av Nasjonal kompetansepolitisk strategi 2021",
    intro="KS rapporterer på tiltak der KS har ansvar eller deltar sammen med andre. Tabellen viser tiltak, delmål, type, ansvar og periode; under hvert tiltak følger en kort beskrivelse.",
    rows=[
        M("T04", "Bransjeprogram for kommunal helse- og omsorgssektor", "2.1 2.2", "KS",
          "Fagforbundet, NSF, Delta, FO, HK-dir", "2018–2022",
          "Programmet gir ansatte uten fagbrev og ansatte med fagbrev tilbud om videreutdanning, blant annet fagskoleutdanning i psykisk helsearbeid og rusarbeid og helsefagarbeider for assistenter.",
          "Kurs/utdanning"),
        M("T07", "Samarbeidsrådet for yrkesopplæring (SRY)", "1.4", "Partene/KD", "Utdanningsdirektoratet",
          "Løpende", "KS er medlem av SRY og har vært særlig opptatt av læreplasser i kommunesektoren og ny tilbudsstruktur i helse- og oppvekstfag.",
          "Råd/utvalg/nettverk"),
        M("T13", "Fagbrev på jobb", "3.1", "Fylkeskommunene", "KS, kommunene, arbeidstakerorganisasjonene",
          "Løpende", "Ordningen gir ansatte i kommunene mulighet til å ta fagbrev i barne- og ungdomsarbeiderfaget og helsearbeiderfaget mens de er i jobb. KS har utarbeidet en veileder for kommunene.",
          "Kurs/utdanning"),
        M("T43", "Kompetanseløft 2025", "2.2", "HOD", "KS, Helsedirektoratet, statsforvalterne",
          "2021–2025", "Regjeringens plan for rekruttering, kompetanse og fagutvikling i helse- og omsorgstjenesten. KS deltar i styringsgruppen og bidrar til at kommunene tar i bruk kompetanse- og innovasjonstilskuddet.",
          "Prosjekt"),
        M("T44", "Lærlingløftet i kommunesektoren", "2.3", "KS", "Fylkeskommunene, arbeidstakerorganisasjonene",
          "2021–2022", "Kampanje og veiledning til kommunene for å øke antallet lærlinger, blant annet med maler for lærekontrakter og eksempler fra kommuner med mange lærlinger.",
          "Informasjon"),
        M("T45", "KS Læring", "2.1", "KS", "Kommuner og fylkeskommuner",
          "Løpende", "Digital læringsplattform der kommunene kan lage og dele e-læringskurs med egne ansatte. Plattformen hadde over 300 000 brukere i 2021.",
          "Informasjon"),
        M("T46", "Kommunesektorens arbeidsgivermonitor – kompetansebehov", "2.2", "KS", "Ipsos",
          "Annethvert år", "Undersøkelsen kartlegger rekrutteringsutfordringer og kompetansebehov i kommunesektoren. I 2021 oppga kommunene størst mangel på sykepleiere og helsefagarbeidere.",
          "FoU"),
    ])

YS_2021 = R(
    "YS_NKPS_rapport_2021.pdf", "YS", 2021, "H_toc_headings",
    title="YS' rapportering til Kompetansepolitisk råd 2021",
    header="YS – Yrkesorganisasjonenes Sentralforbund",
    intro="YS har i 2021 videreført arbeidet med kompetansepolitikken gjennom deltakelse i råd og utvalg, skolering av tillitsvalgte og egne undersøkelser. Rapporten er ordnet etter strategiens tre hovedinnsatsområder.",
    rows=[
        M("T01", "YS i Kompetansebehovsutvalget", "1.1", "YS", "KD, HK-dir, øvrige hovedorganisasjoner",
          "2021–2023", "KBU fikk nytt mandat i 2021. YS er representert i utvalget og vil særlig løfte kompetansebehov i privat tjenesteyting og i transportsektoren.",
          "Råd/utvalg/nettverk"),
        M("T21", "Nettbasert karriereveiledning for alle", "1.3", "HK-dir", "YS, fylkeskommunene",
          "Fra 2020", "YS har informert medlemsforbundene om den nasjonale tjenesten der alle kan få gratis karriereveiledning på chat, telefon og e-post. YS mener tjenesten bør markedsføres bedre overfor voksne i arbeid.",
          "Informasjon"),
        M("T08", "Representasjon i de faglige rådene", "2.3", "YS og forbundene", "Utdanningsdirektoratet",
          "Løpende", "YS-forbundene Delta og Parat har representanter i flere faglige råd, blant annet for helse- og oppvekstfag og for salg, service og reiseliv.",
          "Råd/utvalg/nettverk"),
        M("T31", "Verdsetting av realkompetanse fra arbeidslivet", "2.5", "Virke, NHO, LO og YS", "HK-dir",
          "2018–2021", "YS har deltatt i partenes arbeid med en modell for å beskrive og verdsette kompetanse som er bygget opp gjennom arbeid. Rapporten «Balansekunst» beskriver modellen.",
          "FoU"),
        M("T48", "Tillitsvalgtskolering: kompetanse på arbeidsplassen", "2.2", "YS", "YS-forbundene",
          "2021", "To-dagers kurs for tillitsvalgte i YS-forbundene om kompetanseplaner, drøftingsplikt og hvordan tillitsvalgte kan bidra til kompetanseutvikling lokalt. 140 deltakere i 2021.",
          "Kurs/utdanning"),
        M("T63", "YS Arbeidslivsbarometer 2021", "2.2", "YS", "AFI ved OsloMet",
          "Årlig", "Undersøkelsen viser at andelen arbeidstakere som har deltatt i kurs eller opplæring falt under pandemien, særlig blant deltidsansatte.",
          "FoU"),
    ])

REPORTS = [KS_2021, YS_2021]
