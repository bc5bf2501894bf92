# -*- coding: utf-8 -*-
"""Ground-truth data for batch match59. Rendering lives in render.py."""

OLD = {c: i + 1 for i, c in enumerate(
    ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
     "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"])}

SHORT = {
    "1.1": "Etablere et kompetansebehovsutvalg (KBU)",
    "1.2": "Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle",
    "1.3": "Tilgang til karriereveiledning",
    "1.4": "Samarbeid mellom utdanningstilbydere og arbeidslivet",
    "2.1": "Digital kompetanse i hele arbeidsstyrken",
    "2.2": "Kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.3": "Karrieremulighetene i yrkesfaglige utdanninger og yrker",
    "2.4": "Koble kompetansebehov i virksomheter og klynger til tilbydere",
    "2.5": "Dokumentere kompetanse ervervet i arbeidslivet",
    "2.6": "Godkjenning av utenlandsk utdanning",
    "3.1": "Fleksibel opplæring på voksnes premisser",
    "3.2": "Stimulere til bruk av Kompetanseplussordningene",
    "3.3": "Opplæring i arbeidsmarkeds- og integreringspolitikken",
    "3.4": "Norskopplæring og kvalifisering for innvandrere",
    "3.5": "NAVs opplæringstilbud for arbeidssøkere",
    "3.6": "Læringsmotivasjon gjennom opplæring i frivillig sektor",
}

AREA = {"1": "Gode valg for den enkelte og for samfunnet",
        "2": "Læring i arbeidslivet",
        "3": "Styrke kompetansen til voksne med svak tilknytning til arbeidslivet"}
AREA_NN = {"1": "Gode val for den einskilde og for samfunnet",
           "2": "Læring i arbeidslivet",
           "3": "Styrkje kompetansen til vaksne med svak tilknyting til arbeidslivet"}

TYPES = ["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement", "Annet"]


def fmt_delmal(codes, style):
    if not codes:
        return ""
    if style == "code":
        return " og ".join(codes)
    if style == "slash":
        return "/".join(codes)
    if style == "comma":
        return ", ".join(codes)
    if style == "delmal":
        return ("delmål " if len(codes) == 1 else "delmål ") + " og ".join(codes)
    if style == "old":
        nums = [str(OLD[c]) for c in codes]
        return "NKPS tiltak nr. " + " og ".join(nums)
    if style == "words":
        return "; ".join(SHORT[c] for c in codes)
    raise ValueError(style)


def join_og(items):
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " og " + items[-1]


def M(title, codes, typ, resp, partners, period, desc, tid, tsrc=None, dstyle=None):
    return dict(title=title, delmal=sorted(codes), type=typ, tsrc=tsrc or typ,
                responsible=resp, partners=list(partners), period=period,
                description=desc, tiltak_id=tid, dstyle=dstyle)


REPORTS = []


def R(fname, reporter, year, made, layout, measures, lang="nb", dstyle="code", layout_desc=""):
    REPORTS.append(dict(file=fname, reporter=reporter, year=year, made=made, layout=layout,
                        measures=measures, lang=lang, dstyle=dstyle, layout_desc=layout_desc))


# ---------------------------------------------------------------- R1 Regjeringen 2018
R("Regjeringen_oppfolging_NKPS_2018.pdf", "Regjeringen", 2018, "python-docx -> LibreOffice PDF", "gov2018", [
    M("Kompetansebehovsutvalget (KBU)", ["1.1"], "Råd/utvalg/nettverk", "KD",
      ["KMD", "ASD", "partene", "Kompetanse Norge"], "2017–2021",
      "Utvalget ble oppnevnt i 2017 og består av forskere, analytikere og representanter for hovedorganisasjonene i arbeidslivet og departementene. Utvalget skal levere en hovedrapport hvert andre år og temarapporter i mellomårene.",
      "KBU", tsrc="Råd/utvalg/ nettverk"),
    M("Tilskudd til karriereveiledning i fylkeskommunene", ["1.3"], "Annet", "Kompetanse Norge",
      ["fylkeskommunene"], "2018",
      "Tilskuddsordningen skal styrke de regionale karrieresentrene. Forvaltningen av tilskuddet ble i 2018 forberedt overført fra statlig til fylkeskommunalt nivå som del av regionreformen.",
      "KARR_TILSKUDD", tsrc="Tilskuddsordning"),
    M("Tilskudd til utvikling av fleksible videreutdanningstilbud i digital kompetanse", ["2.1"], "Kurs/utdanning", "Regjeringen",
      ["KD", "Kompetanse Norge", "LO", "NHO", "KS", "Virke", "DIKU"], "2018–2019",
      "Midlene lyses ut av DIKU og skal gi universiteter, høyskoler og fagskoler mulighet til å utvikle korte og fleksible tilbud som kan tas ved siden av jobb. Partene deltar i vurderingen av søknadene og i utformingen av utlysningen, slik at tilbudene treffer behovene i arbeidslivet.",
      "DIGI_FLEX"),
    M("Bransjeprogram for industri- og byggenæringen og kommunal helse- og omsorgssektor", ["2.1"], "Kurs/utdanning", "KD",
      ["Kompetanse Norge", "partene", "utdanningsinstitusjoner"], "2018–2020",
      "Programmene er utviklet i samarbeid med partene i de aktuelle bransjene. Tilbudene skal gi ansatte med kort utdanning mulighet til å ta etter- og videreutdanning tilpasset bransjens behov, og de første kursene startet høsten 2018.",
      "BRANSJE"),
    M("Forstudie om avkastning av kompetanseinvesteringer i arbeidslivet", ["2.2"], "FoU", "KD",
      ["NIFU"], "2018", None, "AVKAST"),
    M("Ekspertutvalg om etter- og videreutdanning", ["2.2"], "Råd/utvalg/nettverk", "Regjeringen",
      ["forskere", "utdanningsinstitusjoner", "partene"], "2018–2019",
      "Utvalget skal vurdere hvordan man kan legge til rette for at flere voksne deltar i etter- og videreutdanning, og leverer sin utredning i juni 2019.",
      "EVU_EKSPERT", tsrc="Råd/utvalg/ nettverk"),
    M("Yrkesfagenes år 2018", ["2.3"], "Informasjon", "KD",
      ["YS", "Virke", "Spekter", "LO", "NHO"], "2018",
      "En informasjons- og omdømmekampanje på nett og i sosiale medier som skulle synliggjøre karrieremulighetene i yrkesfagene.",
      "YFAAR"),
    M("Samfunnskontrakten for flere læreplasser", ["2.3"], "Kurs/utdanning", "Regjeringen",
      ["partene"], "2016–2020",
      "Kontrakten er inngått mellom regjeringen, partene i arbeidslivet og KS, og har som mål at alle kvalifiserte søkere skal få læreplass.",
      "SAMFK"),
    M("Omstillingsmotoren", ["2.4"], "Prosjekt", "NFD",
      ["Digital Norway", "iKuben", "Smart Innovation Norway"], "2018–2020",
      "Utvalgte klyngemiljøer skal bruke sin kunnskap og erfaring til å gi små og mellomstore bedrifter et kompetanseløft på områder som er særlig viktige for omstilling og fornyelse.",
      "OMSTMOTOR"),
    M("Forsøk med forberedende voksenopplæring (FVO)", ["3.1"], "Kurs/utdanning", "KD",
      ["Kompetanse Norge", "fylkeskommuner", "KS"], "2018–2022",
      "Forsøket prøver ut et mer fleksibelt opplæringsløp for voksne som mangler grunnskole eller har svake grunnleggende ferdigheter, der fag fra grunnskolen kombineres med grunnleggende ferdigheter og arbeidslivsrettet opplæring.",
      "FVO"),
    M("Prøveordning med fagopplæring i Kompetansepluss", ["3.2"], "Kurs/utdanning", "KD",
      ["Kompetanse Norge"], "2019–2021", None, "KPLUSS_FAG"),
    M("Utredning om studieforbundene", ["3.6"], "FoU", "KD",
      ["KuD"], "2018",
      "Utredningen skal gi et bedre kunnskapsgrunnlag om studieforbundenes rolle i voksnes læring.",
      "STUDIEFORB_UTR"),
], layout_desc="")

# ---------------------------------------------------------------- R2 Regjeringen 2019
R("KD_rapport_kompetansepolitisk_raad_2019.docx", "Regjeringen", 2019, "python-docx", "gov2019", [
    M("Kompetansebehovsutvalget – første hovedrapport «Fremtidige kompetansebehov I»", ["1.1"], "Råd/utvalg/nettverk", "KD",
      ["ASD", "KMD", "NFD", "partene"], "2019",
      "Utvalget la fram sin første hovedrapport (NOU 2018: 2) og har i 2019 arbeidet med en temarapport om kompetansebehov i helse- og omsorgssektoren.",
      "KBU"),
    M("Oppfølging av tilskudd til karriereveiledning", ["1.3"], "Annet", "Kompetanse Norge",
      ["fylkeskommunene"], "2019",
      "Tilskuddet forvaltes nå av fylkeskommunene. Alle fylker har etablert karrieresentre.",
      "KARR_TILSKUDD", tsrc="Tilskudd"),
    M("Yrkesfagløftet: hospitering for yrkesfaglærere i arbeidslivet", ["1.4"], "Kurs/utdanning", "KD",
      ["fylkeskommunene"], "2019–2021",
      "Yrkesfaglærere får tilbud om å hospitere i bedrifter, og instruktører og faglige ledere i lærebedrifter får tilbud om å hospitere i skoler.",
      "YRKESFAGLOFT_HOSP"),
    M("Bransjeprogram for kompetanseutvikling – videreført", ["2.1"], "Kurs/utdanning", "KD",
      ["partene i bransjene", "Kompetanse Norge"], "2019–2021",
      "Bransjeprogrammene er videreført og utvidet med programmer for varehandel og for reiseliv.",
      "BRANSJE"),
    M("Kompetansereformen «Lære hele livet»", ["2.2", "2.4"], "Annet", "Regjeringen",
      ["partene", "KS", "fylkeskommunene"], "2019–2020",
      "Reformen skal sikre at ingen går ut på dato i arbeidslivet. Regjeringen gjennomførte i 2019 regionale innspillmøter og arbeider med en stortingsmelding som legges fram i 2020.",
      "LAERE_HELE", tsrc="Reform"),
    M("Ekspertutvalget for etter- og videreutdanning leverte NOU 2019: 12 «Lærekraftig utvikling»", ["2.2"], "Råd/utvalg/nettverk", "Regjeringen",
      [], "2018–2019",
      "Utvalgets rapport ble overlevert 1. juli 2019 og er sendt på høring.",
      "EVU_EKSPERT"),
    M("Forsøk med forberedende voksenopplæring – fortsatt", ["3.1"], "Kurs/utdanning", "KD",
      ["Kompetanse Norge", "fylkeskommunene"], "2018–2022",
      "Forsøket har i 2019 vært gjennomført i ti kommuner.",
      "FVO"),
    M("Ny IA-avtale 2019–2022", ["3.3"], "Råd/utvalg/nettverk", "ASD",
      ["partene"], "2019–2022",
      "I den nye avtalen har partene i arbeidslivet og myndighetene forpliktet seg til at også kompetansetiltak kan være nødvendige for å kunne stå i arbeid.",
      "IA_AVTALE"),
    M("Reform av introduksjonsprogrammet", ["3.4"], "Prosjekt", "KD",
      ["IMDi", "Kompetanse Norge"], "2019–2021",
      "Forslag til ny integreringslov sendes på høring. Målet er at flere skal få formell kompetanse gjennom programmet.",
      "INTRO_REFORM"),
    M("Nytt opplæringstiltak i NAV for arbeidsledige og personer med nedsatt arbeidsevne", ["3.5"], "Kurs/utdanning", "ASD",
      ["AVdir"], "fra 2020",
      "Tiltaksforskriftens bestemmelser om opplæring revideres slik at yrkesopplæring vektlegges sterkere.",
      "NAV_OPPL_TILTAK"),
], dstyle="delmal")

# ---------------------------------------------------------------- R3 LO 2017
R("LO_rapport_NKPS_2017.pdf", "LO", 2017, "reportlab (manual page breaks)", "lo2017", [
    M("Kompetansebehovsutvalget – LOs deltakelse", ["1.1"], "Råd/utvalg/nettverk", "KD",
      ["LO", "NHO", "øvrige parter"], "2017–2021",
      "LO har foreslått medlemmer til utvalget og deltar i referansegruppen.",
      "KBU", tsrc="Utvalg"),
    M("Tillitsvalgtskolering om kompetanseutvikling på arbeidsplassen", ["2.1", "2.2"], "Kurs/utdanning", "LO",
      ["forbundene"], "2017–2018",
      "Nytt kursopplegg for tillitsvalgte om hvordan kompetanse kan tas opp i de lokale drøftingene, med egne moduler om digital omstilling og om bruk av avtaleverket for etter- og videreutdanning. Kurset tilbys i alle regioner og skal evalueres etter første år.",
      "LO_TV_SKOLERING", tsrc="Kurs"),
    M("Notat «Tariffavtalenes betydning i kompetansepolitikken»", ["2.2"], "FoU", "LO",
      ["Fafo"], "2017", None, "LO_TARIFF_NOTAT"),
    M("Rapport fra utvalg etter tariffrevisjonen 2016 – etter- og videreutdanning", ["2.2"], "FoU", "LO/Fellesforbundet",
      ["Norsk Industri", "BNL"], "2017",
      "Rapporten ble utarbeidet i forberedelsene til lønnsoppgjøret 2018 og ser på hvordan avtaleverket kan støtte etter- og videreutdanning.",
      "FF_TARIFF_UTVALG"),
    M("Samfunnskontrakten for flere læreplasser – LOs oppfølging i forbundene", ["2.3"], "Annet", "LO",
      ["forbundene", "NHO"], "2016–2020",
      "LO følger opp kontrakten gjennom forbundene og de faglige rådene, med vekt på lærlingsituasjonen i egne bransjer.",
      "SAMFK", tsrc="Oppfølging"),
    M("Konferanse om lærlinger sammen med Spekter", ["2.3"], "Arrangement", "LO og Spekter",
      [], "30. november 2017",
      "Konferansen samler Spekters medlemsvirksomheter og LOs tillitsvalgte for å motivere til å ta inn flere lærlinger.",
      "SPEKTER_LO_KONF2017", tsrc="Konferanse"),
    M("Hurtigsporet – deltakelse i arbeidet for raskere integrering av flyktninger", ["3.3", "3.4"], "Informasjon", "LO",
      ["NHO", "NAV"], "2016–2018",
      "LO deltar på arrangementer om oppfølging av Hurtigsporet og informerer egne medlemmer.",
      "HURTIG"),
], dstyle="old")

# ---------------------------------------------------------------- R4 LO 2019
R("LO_innrapportering_2019.docx", "LO", 2019, "python-docx", "lo2019", [
    M("Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "KD",
      ["partene"], "løpende", None, "KBU"),
    M("Samarbeidsrådet for yrkesopplæring (SRY)", ["1.4", "2.3"], "Råd/utvalg/nettverk", "KD",
      ["LO", "NHO", "KS", "Virke", "Spekter", "Unio"], "løpende",
      "LO har fire representanter i SRY og leder rådet i 2019.",
      "SRY"),
    M("Tillitsvalgtskolering om kompetanse – videreført", ["2.1", "2.2"], "Kurs/utdanning", "LO",
      ["forbundene"], "2019",
      "Kursopplegget fra 2017 er revidert og gjennomført i alle regioner.",
      "LO_TV_SKOLERING"),
    M("Bransjeprogram for industri og bygg", ["2.1"], "Kurs/utdanning", "Partene",
      ["Fellesforbundet", "Norsk Industri", "BNL"], "2018–2020",
      "LO og forbundene deltar i styringen av programmene og rekrutterer deltakere blant medlemmene.",
      "BRANSJE"),
    M("Matindustrien 4.0 – kompetanseløft for hele matindustrien", ["2.1"], "Prosjekt", "LO/NNN",
      ["NHO Mat og drikke", "Sjømat Norge"], "2018–2020",
      "Prosjektet skal gi ansatte i matindustrien grunnleggende digital kompetanse.",
      "MAT40"),
    M("Oppfølging av notatet om tariffavtalenes betydning", ["2.2"], "FoU", "LO",
      ["Fafo"], "2019", None, "LO_TARIFF_NOTAT"),
    M("Seminar om styrking av kompetanse i klyngesamarbeid", ["2.4"], "Arrangement", "LO",
      ["NHO", "Eyde-klyngen"], "mars 2019", None, "LO_KLYNGE_SEM"),
    M("Ny IA-avtale – kompetanse som del av inkluderingsarbeidet", ["3.3"], "Råd/utvalg/nettverk", "Partene og myndighetene",
      [], "2019–2022", None, "IA_AVTALE"),
], dstyle="slash")

# ---------------------------------------------------------------- R5 NHO 2018
R("NHO_rapport_2018.pdf", "NHO", 2018, "python-docx -> LibreOffice PDF", "nho2018", [
    M("Kompetansebehovsutvalget (KBU)", ["1.1"], "Råd/utvalg/nettverk", "Regjeringen",
      ["NHO"], "2017–2021", "NHO deltar med ett medlem i utvalget.", "KBU"),
    M("Samarbeidsrådet for yrkesopplæring (SRY)", ["1.4"], "Råd/utvalg/nettverk", "KD",
      ["NHO", "LO", "KS", "Spekter", "Virke"], "løpende",
      "SRY gir råd om den overordnede utviklingen av fag- og yrkesopplæringen. NHO har fire medlemmer i rådet og deltar i arbeidet med ny tilbudsstruktur.",
      "SRY"),
    M("Bransjeprogram for industri- og byggenæringen", ["2.1"], "Kurs/utdanning", "KD",
      ["NHO", "Norsk Industri", "LO", "Fellesforbundet"], "2018–2020",
      "NHO og Norsk Industri har sammen med LO og Fellesforbundet utviklet kurs i blant annet automatisering, robotisering og digital produksjon.",
      "BRANSJE"),
    M("Rapport om fagarbeideres bidrag til innovasjon i bedrifter", ["2.2"], "FoU", "NHO",
      ["Fafo"], "2018", None, "NHO_FAGARB_INNOV"),
    M("Bestilt rapport om gode eksempler på kompetanseutviklingsstrategier i næringslivet", ["2.2"], "FoU", "NHO",
      [], "2018–2019", None, "NHO_GODE_EKS"),
    M("Skatteinsentivmodell for kompetanse i virksomheter", ["2.2"], "FoU", "NHO",
      [], "2018–2019",
      "Rapporten beskriver to til tre alternative innretninger på en skatteinsentivmodell for kompetanseinvesteringer i virksomhetene, og skal brukes i NHOs innspill til statsbudsjettet.",
      "NHO_SKATT"),
    M("Jenter og teknologi", ["2.3"], "Informasjon", "NHO",
      ["NITO", "Tekna"], "2018",
      "Prosjektet ble i 2018 gjennomført for tredje år på rad som nasjonal kampanje for å få flere jenter til å velge teknologifag.",
      "JENTER_TEK", tsrc="Informasjon/kampanje"),
    M("Samfunnskontrakten for flere læreplasser", ["2.3"], "Annet", "NHO",
      ["KD", "partene"], "2016–2020", None, "SAMFK", tsrc="Avtale"),
    M("Kampanje i fire byer for å fremme Hurtigsporet for nyankomne flyktninger", ["3.3"], "Informasjon", "NHO",
      ["NAV", "Bergen", "Bodø", "Drammen", "Fredrikstad"], "2018",
      "Kampanjen skal synliggjøre flyktningers kompetanse og rekrutteringsmuligheter for næringslivet.",
      "NHO_HURTIG_KAMP"),
], dstyle="code")

# ---------------------------------------------------------------- R6 NHO 2020
R("NHO_kompetanserapport_2020.docx", "NHO", 2020, "python-docx", "nho2020", [
    M("Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "KD",
      [], "2017–2021", "NHO deltar fortsatt i utvalget.", "KBU", tsrc="Utvalg"),
    M("Bransjeprogrammene – videreført og utvidet til flere bransjer", ["2.1", "2.4"], "Kurs/utdanning", "Partene og KD",
      ["Kompetanse Norge"], "2020–2021",
      "Under koronapandemien ble bransjeprogrammene utvidet til flere bransjer, blant annet reiseliv og transport.",
      "BRANSJE"),
    M("Skatteinsentiv for kompetanse – oppfølging av rapporten", ["2.2"], "FoU", "NHO",
      [], "2020", None, "NHO_SKATT"),
    M("Jenter og teknologi – fortsatt nasjonal kampanje", ["2.3"], "Informasjon", "NHO",
      ["NITO", "Tekna"], "2020", None, "JENTER_TEK"),
    M("Lærlingløftet – digital rekruttering av lærlinger", ["2.3"], "Prosjekt", "NHO",
      ["opplæringskontorene"], "2020–2021",
      "En digital plattform der bedrifter og lærlingkandidater kan møtes når ordinære rekrutteringsarenaer er stengt.",
      "NHO_LAERLING_DIGI"),
    M("Kompetansepakke for permitterte og ledige", ["3.3"], "Kurs/utdanning", "Regjeringen",
      ["NHO", "LO", "Kompetanse Norge"], "2020",
      "NHO har bidratt til å utforme tilbudene i pakken og informert medlemsbedriftene.",
      "KORONA_PAKKE"),
], dstyle="code")

# ---------------------------------------------------------------- R7 KS 2018
R("KS_rapportering_NKPS_2018.docx", "KS", 2018, "python-docx", "ks2018", [
    M("Menn i helse, evaluering", ["1.4"], "FoU", "KS",
      ["Østlandsforskning"], "2018", "Evaluering av rekrutteringsprogrammet Menn i helse.", "MENN_HELSE"),
    M("Samarbeid om digital kompetanse i kommunene", ["2.1"], "Prosjekt", "KS",
      ["KMD", "hovedorganisasjonene"], "1. januar 2018 – ut 2019",
      "KS har fått ansvar for å gjennomføre ulike typer møteplasser med bistand fra alle partene i samarbeidet.",
      "KS_DIGIKOMP"),
    M("Lederutfordringer i digitale omstillingsprosesser", ["2.1"], "FoU", "KS",
      ["PwC"], "2018", None, "KS_LEDER_DIGI"),
    M("Kommunesektorens Arbeidslivsmonitor", ["2.2"], "FoU", "KS",
      [], "2018", None, "KS_MONITOR"),
    M("KS Læring", ["2.2"], "Informasjon", "KS",
      ["kommuner"], "løpende",
      "En plattform der kommuner kan dele kurs, arrangementer og annen kunnskap med sine ansatte og med hverandre.",
      "KS_LAERING"),
    M("Status 2018, lærlinger i kommunesektoren", ["2.3"], "Informasjon", "KS",
      [], "2018", None, "KS_LAERLING_STATUS"),
    M("Samfunnskontrakten for flere læreplasser", ["2.3"], "Annet", "KS",
      ["KD", "partene"], "2016–2020",
      "KS oppfordrer kommuner og fylkeskommuner til å ta inn flere lærlinger.",
      "SAMFK", tsrc="Avtale", dstyle="words"),
], dstyle="code")

# ---------------------------------------------------------------- R8 KS 2019
R("KS_tiltak_2019.pdf", "KS", 2019, "fpdf2 (own table drawer, rows split across pages)", "ks2019", [
    M("Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "KD",
      ["KS"], "løpende", None, "KBU"),
    M("Samarbeid om digital kompetanse (DigiKomp) – 71 kommuner med", ["2.1"], "Prosjekt", "KS",
      ["KMD", "hovedorganisasjonene"], "2018–2019",
      "Totalt 71 kommuner deltar i prosjektet. Det er gjennomført regionale samlinger der kommunene deler erfaringer med digital kompetanseutvikling for ansatte, og KS har utviklet en veileder for kartlegging av digital kompetanse. Prosjektet avsluttes ved utgangen av 2019 og erfaringene skal deles med alle kommuner.",
      "KS_DIGIKOMP"),
    M("Teknologibasert læring på arbeidsplassen", ["2.1", "2.2"], "FoU", "KS",
      [], "starter 2019", None, "KS_TEKLAERING"),
    M("Bransjeprogram for kommunal helse- og omsorgssektor", ["2.1"], "Kurs/utdanning", "KS",
      ["Fagforbundet", "NSF", "Delta", "FO"], "2019–2020",
      "Programmet gir ansatte uten formell helsefaglig utdanning mulighet til å ta fagbrev som helsefagarbeider, og gir fagarbeidere tilbud om fagskoleutdanning innen eldreomsorg, psykisk helse og rus.",
      "BRANSJE"),
    M("Kartlegging av endrede kompetansebehov i en digitalisert helse- og omsorgssektor", ["2.2"], "FoU", "KS",
      ["IPSOS"], "2019", None, "KS_KARTL_HELSE"),
    M("Finansieringsmodeller for etter- og videreutdanning", ["2.2"], "FoU", "KS",
      [], "2019", None, "KS_FINANS"),
    M("Kommunesektorens Arbeidslivsmonitor – ny rapport september 2019", ["2.2"], "FoU", "KS",
      [], "september 2019", None, "KS_MONITOR"),
    M("Lærlinger i kommunesektoren – status 2019", ["2.3"], "Informasjon", "KS",
      [], "2019",
      "Oversikten viser at kommunesektoren tok inn flere lærlinger i 2019 enn året før, men at det fortsatt er store forskjeller mellom kommunene.",
      "KS_LAERLING_STATUS"),
], dstyle="comma")

# ---------------------------------------------------------------- R9 Spekter 2017
R("Spekter_rapport_2017.pdf", "Spekter", 2017, "reportlab (Word-like numbered forms)", "spekter2017", [
    M("Gjennomføre møteplass/søkekonferanse mellom Spekters medlemmer og Kompetanse Norge om KompetansePluss – Arbeid", ["3.2"], None, "Spekter",
      ["Kompetanse Norge"], "En dags varighet i september 2017",
      "Spekter ønsker at flere av medlemsvirksomhetene benytter seg av KompetansePluss-Arbeid. Vi vil arrangere et seminar hvor medlemsvirksomhetene får økt kunnskap om ordningen.",
      "SPEKTER_KPLUSS_KONF"),
    M("Brev fra Spekter til alle medlemsvirksomhetene om lærlinger", ["1.4", "2.3"], None, "Spekter",
      [], "Brevet ble sendt den 8. mai 2017",
      "I brevet henviser Spekters administrerende direktør til Samfunnskontrakten for flere læreplasser og oppfordrer virksomhetene til å tilby læreplass til flere ungdommer.",
      "SPEKTER_BREV"),
    M("Arrangere «Møteplass lærebedrifter»", ["1.4", "2.3"], None, "Spekter",
      ["medlemsvirksomheter", "FAFO", "fylkeskommuner", "opplæringskontorer"], "Gjennomføres hvert år i begynnelsen av mars",
      "Hensikten med møteplassen er at Spekters medlemmer som er lærebedrifter eller som ønsker å bli lærebedrifter skal møtes for å utveksle erfaringer.",
      "SPEKTER_MOTEPLASS"),
    M("Arrangere en konferanse for Spekters medlemsvirksomheter og LOs tillitsvalgte", ["2.3"], None, "LO og Spekter",
      [], "Konferansen holdes 30. november 2017",
      "Hensikten med konferansen er å bidra til å nå målet i Samfunnskontrakt for flere læreplasser.",
      "SPEKTER_LO_KONF2017"),
    M("Arrangere konferanse for medlemsvirksomhetene om integrering av flyktninger og innvandrere", ["3.4"], None, "Spekter",
      ["IMDi", "NAV", "en kommune"], "Konferansen holdes 21. september 2017",
      "Konferansen skal øke kunnskap, forståelse og interesse for å integrere flyktninger og innvandrere inn i arbeidslivet.",
      "SPEKTER_INTEGR_KONF"),
], dstyle="old")

# ---------------------------------------------------------------- R10 Spekter 2018
R("Spekter_NKPS_2018.docx", "Spekter", 2018, "python-docx", "spekter2018", [
    M("Kompetanseutvikling i Spekters medlemsvirksomheter", ["2.2"], "Kurs/utdanning", "Spekter",
      ["Spekters medlemmer"], "2018", None, "SPEKTER_KOMPUTV"),
    M("Felles arrangement med LO Stat under Arendalsuka 2018", ["2.2"], "Arrangement", "Spekter og LO Stat",
      [], "august 2018",
      "Arrangementet skulle rette oppmerksomheten mot betydningen og verdien av fornyelse av ansattes kompetanse.",
      "ARENDAL2018"),
    M("Møteplass lærebedrifter 2018 – videreført", ["2.3"], "Arrangement", "Spekter",
      ["Spekters medlemmer"], "1. mars 2018",
      "Årlig møteplass for lærebedrifter, sett i sammenheng med Samfunnskontrakten for flere læreplasser.",
      "SPEKTER_MOTEPLASS"),
    M("Fagskolekonferanse 2018", ["2.3"], "Arrangement", "Spekter",
      ["LO/Fagforbundet", "YS/Delta"], "2018",
      "Konferansen rettet oppmerksomhet mot fagskoleutdanninger i spesialisthelsetjenesten og synliggjorde karrieremuligheter for fagarbeidere.",
      "SPEKTER_FAGSKOLEKONF"),
    M("Dialogmøte med Spekters representanter i faglige råd (SRY)", ["2.3"], "Arrangement", "Spekter",
      ["Spekters medlemsvirksomheter"], "2018", None, "SPEKTER_DIALOG_SRY"),
    M("Yrkesfagenes år", ["2.3"], "Informasjon", "KD",
      ["Spekter", "LO", "NHO", "YS", "Virke"], "2018",
      "Spekter deltok i kampanjen og delte materiell i egne kanaler.",
      "YFAAR"),
], dstyle="code")

# ---------------------------------------------------------------- R11 Virke 2018
R("Virke_rapport_kompetansepolitisk_raad_2018.pdf", "Virke", 2018, "python-docx -> LibreOffice PDF", "virke2018", [
    M("Samarbeidsrådet for yrkesopplæring", ["1.4"], "Råd/utvalg/nettverk", "KD",
      ["Virke"], "løpende",
      "Virke har ett medlem i rådet og deltar i arbeidsgruppen for ny tilbudsstruktur.",
      "SRY"),
    M("Litteraturstudie om «Digitaliseringens påvirkning på varehandel»", ["2.1"], "FoU", "Virke",
      ["Handel og Kontor Norge", "Universitetet i Sørøst-Norge"], "2018",
      "Studien oppsummerer nasjonal og internasjonal forskning om hvordan digitalisering endrer arbeidsoppgavene i varehandelen, og hvilke kompetansebehov dette gir for ansatte i butikk, lager og logistikk. Resultatene ble presentert på Virkes handelskonferanse.",
      "VIRKE_LITT", tsrc="Forskning og utvikling"),
    M("Studie om «Hvordan påvirker ny teknologi kompetansebehovet i varehandelen?»", ["2.1", "2.2"], "FoU", "Virke",
      ["Handel og Kontor Norge", "Samfunnsøkonomisk analyse", "NAV"], "ferdig i 2019",
      "Studien bygger videre på litteraturstudien og kartlegger gjennom intervjuer og en spørreundersøkelse blant virksomhetene hvordan ny teknologi påvirker etterspørselen etter kompetanse. Studien skal være ferdig i 2019 og vil danne grunnlag for et mulig bransjeprogram for varehandelen.",
      "VIRKE_STUDIE", tsrc="Forskning og utvikling"),
    M("Yrkesfagenes år 2018", ["2.3"], "Informasjon", "KD",
      ["Virke"], "2018", None, "YFAAR"),
    M("Balansekunst – modell og metode for å beskrive kompetanse som bygges opp i arbeidslivet", ["2.5"], "FoU", "Virke",
      ["LO", "YS", "NHO"], "lansert i april 2018",
      "Rapporten «Balansekunst» ble lansert i april 2018. Den foreslår en modell for hvordan kompetanse som bygges opp gjennom arbeid kan beskrives og dokumenteres, slik at den blir synlig for arbeidsgivere og utdanningsinstitusjoner. Modellen prøves ut i tre virksomheter.",
      "BALANSEKUNST", tsrc="Forskning og utvikling"),
    M("Hurtigsporet i Oslo – samarbeidsprosjekt om å få flyktninger raskt i arbeid", ["3.3"], "Prosjekt", "Oslo kommune",
      ["YS", "Virke"], "avsluttet i 2018",
      "Prosjektet kombinerte arbeidspraksis med norskopplæring. Det ble avsluttet i 2018, men er overført til Oslo kommune som et mer permanent tiltak.",
      "OSLO_HURTIG"),
], dstyle="code")

# ---------------------------------------------------------------- R12 YS 2019
R("YS_oppfolging_2019.docx", "YS", 2019, "python-docx", "ys2019", [
    M("Vurdering av bransjer med behov for kompetanseutvikling", ["2.1"], "Kurs/utdanning", "YS",
      ["egne medlemmer"], "2019",
      "YS har internt i egen organisasjon vurdert aktuelle bransjer med behov for utvikling av kompetanse.",
      "YS_BRANSJEVURD"),
    M("Kompetansekurs for tillitsvalgte om digital omstilling", ["2.1"], "Kurs/utdanning", "YS",
      ["forbundene i YS"], "høsten 2019",
      "Todagers kurs for tillitsvalgte i YS-forbundene om hvordan de kan påvirke kompetanseutviklingen når virksomheten tar i bruk ny teknologi.",
      "YS_TV_KURS", tsrc="Kurs"),
    M("Analyse av endringer i arbeidslivet knyttet opp til nye digitale løsninger", ["2.2"], "FoU", "YS",
      ["AFI"], "2019", None, "YS_AFI", tsrc="Analyse"),
    M("Ny IA-avtale", ["3.3"], "Råd/utvalg/nettverk", "Partene og myndighetene",
      [], "2019–2022",
      "YS har deltatt i forhandlingene om ny avtale for et inkluderende arbeidsliv.",
      "IA_AVTALE", tsrc="Avtale/råd"),
    M("Hurtigsporet i Oslo – oppfølging", ["3.3"], "Prosjekt", "Oslo kommune",
      ["YS", "Virke"], "2018–2019",
      "Prosjektet er overført til Oslo kommune som permanent tiltak, og YS følger opp i kommunens referansegruppe.",
      "OSLO_HURTIG"),
], dstyle="delmal")

# ---------------------------------------------------------------- R13 Unio 2018
R("Unio_rapport_2018.pdf", "Unio", 2018, "python-docx -> LibreOffice PDF", "unio2018", [
    M("Unios digitaliseringspolitikk – workshop med medlemsforbundene", ["2.1"], "Arrangement", "Unio",
      ["Unios medlemsorganisasjoner"], "2018",
      "Unio har arrangert workshop med medlemsforbundene og jobber aktivt videre med å få temaet inn i tillitsvalgtskoleringen.",
      "UNIO_DIGI_WS", tsrc="Workshop"),
    M("Tillitsvalgtskolering om digitalisering", ["2.1"], "Kurs/utdanning", "Unio",
      ["Unios forbund"], "2018–2019", None, "UNIO_TV"),
    M("Utredning av ulike modeller for finansiering av etter- og videreutdanning", ["2.2"], "FoU", "Unio",
      ["Proba samfunnsanalyse"], "2018", None, "UNIO_PROBA", tsrc="Utredning"),
    M("Rapport om kompetanseheving av helsepersonell", ["2.2"], "FoU", "Unio",
      ["Ny Analyse"], "2018",
      "Rapporten ser på utfordringene og mulighetsområdene for kompetanseheving av helsepersonell i kommuner og sykehus.",
      "UNIO_HELSE_NYANALYSE", tsrc="Rapport"),
    M("Innspill til ekspertutvalget for etter- og videreutdanning", ["2.2"], "Råd/utvalg/nettverk", "Regjeringen",
      ["Unio"], "2018–2019", None, "EVU_EKSPERT"),
    M("Aktiv bruk av studieforbund", ["3.6"], "Kurs/utdanning", "Unio",
      ["Unios forbund"], "løpende",
      "Kompetansehevende kurs for medlemmene gjennom studieforbundene.",
      "UNIO_STUDIEFORB"),
], dstyle="words")

# ---------------------------------------------------------------- R14 Akademikerne 2018
R("Akademikerne_tiltak_2018.docx", "Akademikerne", 2018, "python-docx", "aka2018", [
    M("Forskningsrapport «Akademisk kompetanse: betydning for produktivitet, vekst og verdiskaping i Norge»", ["2.2"], "FoU", "Akademikerne",
      ["Menon"], "2018", None, "AKA_MENON"),
    M("Forskningsrapport «Etter- og videreutdanning blant høyt utdannede i Norge – status og veien videre»", ["2.2"], "FoU", "Akademikerne/Econa",
      ["Ny Analyse"], "2018", None, "AKA_ECONA_EVU"),
    M("Forskningsrapport «Yngre eldre i arbeidslivet»", ["2.2"], "FoU", "Akademikerne/Econa",
      ["Ny Analyse"], "2018", None, "AKA_ECONA_ELDRE"),
    M("Forskningsrapport «Behovet for etter- og videreutdanning i høyutdanningsgruppene»", ["2.2"], "FoU", "Akademikerne/Tekna",
      ["Tekna"], "2018", None, "AKA_TEKNA"),
    M("Forskningsrapport «Framtidens behov for akademikere»", ["1.1", "2.2"], "FoU", "Akademikerne",
      ["Samfunnsøkonomisk analyse"], "2018–2019",
      "Rapporten framskriver tilbud og etterspørsel etter akademikere fram mot 2035 og er spilt inn til Kompetansebehovsutvalget.",
      "AKA_FRAMTID"),
    M("Deltakelse i tildelingen av midler til fleksible videreutdanningstilbud i digital kompetanse", ["2.1"], "Råd/utvalg/nettverk", "KD",
      ["Akademikerne"], "2018", None, "DIGI_FLEX"),
], dstyle="code")

# ---------------------------------------------------------------- R15 VOFO 2018
R("VOFO_rapport_2018.pdf", "VOFO", 2018, "reportlab (paragraphs, no table)", "vofo2018", [
    M("Promotering av Kompetanseplussordningene", ["3.2"], "Informasjon", "VOFO",
      ["studieforbundene"], "2018",
      "VOFO har informert studieforbundene og deres medlemsorganisasjoner om Kompetansepluss frivillighet gjennom nyhetsbrev og regionale samlinger.",
      "VOFO_KPLUSS_PROMO"),
    M("Evaluering av Kompetansepluss frivillig", ["3.2"], "FoU", "VOFO",
      ["frivillig sektor"], "2018", None, "VOFO_KPLUSS_EVAL"),
    M("Regelverks- og praksisendring i studieforbundsordningen", ["3.6"], "Råd/utvalg/nettverk", "VOFO",
      ["studieforbundene"], "2018–2019", None, "VOFO_REGELVERK"),
    M("Informasjonsprosjekt om inkludering", ["3.6"], "Prosjekt", "VOFO",
      ["studieforbundene", "kursarrangører"], "2018",
      "Prosjektet skal gjøre kurs i studieforbundene bedre kjent blant innvandrere og andre som står utenfor arbeidslivet.",
      "VOFO_INKL"),
    M("Forskningsprosjekt om studieforbundene som læringskatalysatorer", ["3.6"], "FoU", "VOFO",
      ["Fafo"], "2018–2020", None, "VOFO_FAFO", tsrc="Forskning"),
], dstyle="code")

# ---------------------------------------------------------------- R16 VOFO 2021
R("VOFO_innrapportering_2021.docx", "VOFO", 2021, "python-docx", "vofo2021", [
    M("Forsøk med forberedende voksenopplæring – studieforbundenes rolle", ["3.1"], "Kurs/utdanning", "HK-dir",
      ["VOFO", "studieforbundene"], "2021",
      "Studieforbundene har deltatt i utprøvingen av FVO i to fylker.",
      "FVO"),
    M("Promotering av Kompetansepluss – fortsatt", ["3.2"], "Informasjon", "VOFO",
      ["studieforbundene"], "2021", None, "VOFO_KPLUSS_PROMO"),
    M("Kompetansepluss frivillighet – ny tilskuddsrunde", ["3.2"], "Annet", "HK-dir",
      ["VOFO"], "2021",
      "VOFO har bistått organisasjonene med søknader til ordningen.",
      "KPLUSS_FRIVILLIG_TILSKUDD", tsrc="Tilskudd"),
    M("Studieforbundene som læringskatalysatorer – sluttrapport", ["3.6"], "FoU", "VOFO",
      ["Fafo"], "2021", None, "VOFO_FAFO"),
    M("Digital omstilling i studieforbundene under pandemien", ["2.1", "3.6"], "Kurs/utdanning", "VOFO",
      ["studieforbundene"], "2020–2021",
      "Kurs for kursledere i digital undervisning, slik at opplæringen kunne fortsette under nedstengningen.",
      "VOFO_DIGI_PANDEMI"),
], dstyle="code")

# ---------------------------------------------------------------- R17 Møre og Romsdal 2018 (nynorsk)
R("MRFK_rapport_2018.docx", "Møre og Romsdal fylkeskommune", 2018, "python-docx", "mrfk2018", [
    M("Etablere Kompetansealliansen våren 2019 for å samarbeide om regionen sitt kompetansebehov", ["1.2"], "Råd/utvalg/nettverk", "Møre og Romsdal fylkeskommune",
      ["næringsliv/klynger", "høgskular", "fagskular", "vidaregåande skular"], "våren 2019",
      "Alliansen skal byggje på kunnskapsgrunnlaget om kompetansebehov i fylket og samle dei viktigaste aktørane om felles prioriteringar.",
      "MR_KOMPALLIANSE", tsrc="Råd/utval/nettverk"),
    M("Kunnskapsgrunnlag om kompetansebehov i Møre og Romsdal", ["1.2"], "FoU", "Møre og Romsdal fylkeskommune",
      ["NAV", "Møreforsking"], "2018",
      "Kunnskapsgrunnlaget kartlegg kompetansebehovet i næringslivet og offentleg sektor i fylket, og skal oppdaterast annakvart år.",
      "MR_KUNNSKAPSGRUNNLAG"),
    M("Regional plan for kompetanse 2018–2022", ["1.2", "1.4"], "Annet", "Møre og Romsdal fylkeskommune",
      ["partane i arbeidslivet", "kommunane"], "2018–2022", None, "MR_REGPLAN", tsrc="Plan"),
    M("Partnarskap for karriererettleiing", ["1.3"], "Råd/utvalg/nettverk", "Møre og Romsdal fylkeskommune",
      ["NAV", "kommunane", "partane i arbeidslivet"], "2018–2021",
      "Partnarskapet samordnar karriererettleiinga i fylket og har ansvar for karrieresenteret i Ålesund og Molde.",
      "MR_KARRIERE", tsrc="Nettverk"),
    M("Yrkesopplæringsnemnda", ["1.4"], "Råd/utvalg/nettverk", "Møre og Romsdal fylkeskommune",
      ["partane i arbeidslivet"], "løpande", None, "MR_YON", tsrc="Råd/utval/nettverk"),
    M("Fagbrev på jobb", ["3.1"], "Kurs/utdanning", "Møre og Romsdal fylkeskommune",
      ["opplæringskontora", "NAV"], "frå hausten 2018",
      "Vaksne som arbeider i relevant bransje kan ta fagbrev utan å slutte i jobben. Fylket har starta opp ordninga i helsearbeidarfaget og barne- og ungdomsarbeidarfaget.",
      "MR_FAGBREV", tsrc="Kurs/utdanning"),
    M("Eigen plan for innvandrarar, for opplæring og arbeidspraksis", ["3.3"], "Kurs/utdanning", "Møre og Romsdal fylkeskommune",
      ["kommunane"], "2018–2019", None, "MR_INNV_PLAN"),
], lang="nn", dstyle="code")

# ---------------------------------------------------------------- R18 Vestland 2021 (nynorsk)
R("Vestland_fylkeskommune_rapport_2021.pdf", "Vestland fylkeskommune", 2021, "python-docx -> LibreOffice PDF", "vestland2021", [
    M("Regional plan for kompetanse og arbeidskraft", ["1.2"], "Annet", "Vestland fylkeskommune",
      ["partane i arbeidslivet", "NAV", "Statsforvaltaren", "UH-sektoren"], "2021–2033",
      "Planen er den første regionale planen for kompetanse i Vestland etter samanslåinga. Han skal gje retning for korleis fylkeskommunen, kommunane, partane og utdanningsinstitusjonane saman kan sikre at arbeidslivet i heile fylket får tilgang på rett kompetanse. Handlingsprogrammet vert rullert kvart år og er utarbeidd i tett dialog med Kompetanseforum Vestland.",
      "VL_REGPLAN", tsrc="Plan"),
    M("Kompetanseforum Vestland", ["1.2", "1.4"], "Råd/utvalg/nettverk", "Vestland fylkeskommune",
      ["NHO Vestland", "LO i Vestland", "KS", "NAV Vestland"], "frå 2020",
      "Forumet er ein arena for dialog mellom fylkeskommunen, partane i arbeidslivet, NAV, kommunane og utdanningsinstitusjonane. Forumet har fire møte i året og gjev råd om prioriteringar i kompetansepolitikken i fylket, mellom anna om bruk av dei regionale kompetansemidlane og om tilbodsstrukturen i vidaregåande opplæring.",
      "VL_KOMPFORUM", tsrc="Råd/utval/nettverk"),
    M("Karrieresentera i Vestland – karriererettleiing for vaksne", ["1.3"], "Annet", "Vestland fylkeskommune",
      ["NAV"], "2021",
      "Karrieresentera i Bergen, Førde, Stord og Voss gjev gratis rettleiing til vaksne. Under pandemien vart rettleiinga i stor grad gjennomført digitalt, og talet på samtalar auka med over 30 prosent frå året før.",
      "VL_KARRIERE", tsrc="Rettleiing"),
    M("Lærlingløftet i Vestland", ["2.3"], "Prosjekt", "Vestland fylkeskommune",
      ["opplæringskontora", "NHO Vestland"], "2021–2022",
      "Prosjektet skal auke talet på læreplassar og redusere talet på ungdomar utan lærekontrakt.",
      "VL_LAERLING"),
    M("Fagbrev på jobb", ["3.1"], "Kurs/utdanning", "Vestland fylkeskommune",
      ["opplæringskontora"], "2021",
      "Ordninga er utvida til tolv lærefag. Kandidatane får rettleiing frå opplæringskontora og kan ta fagbrevet utan å slutte i jobben.",
      "VL_FAGBREV"),
    M("Forsøk med forberedande vaksenopplæring (FVO)", ["3.1"], "Kurs/utdanning", "Vestland fylkeskommune",
      ["kommunane", "Kompetanse Norge"], "2019–2022",
      "Vestland deltek i det nasjonale forsøket saman med tre kommunar. Deltakarane kombinerer grunnskulefag, grunnleggjande ferdigheiter og arbeidslivsretta opplæring.",
      "FVO"),
    M("Kompetanseløft Vestland for permitterte og ledige", ["3.3"], "Kurs/utdanning", "Vestland fylkeskommune",
      ["NAV", "fagskulane"], "2020–2021",
      "Regionale opplæringstilbod finansierte med midlar frå kompetansepakka, mellom anna korte kurs i digital kompetanse og modular frå fagskulane.",
      "VL_KOMPLOFT"),
    M("Opplæringstilbod som helsefagarbeidar for minoritetsspråklege («Sogn og Fjordane-modellen»)", ["3.5"], "Kurs/utdanning", "Vestland fylkeskommune",
      ["NAV", "kommunane"], "2021",
      "Modellen frå tidlegare Sogn og Fjordane vert no spreidd til heile Vestland.",
      "SFJ_MODELL"),
], lang="nn", dstyle="code")

# ---------------------------------------------------------------- R19 Trøndelag 2023
R("Trondelag_fylkeskommune_tiltak_2023.pdf", "Trøndelag fylkeskommune", 2023, "fpdf2 (own table drawer, rows split across pages)", "trond2023", [
    M("Regional kompetansestrategi for Trøndelag", ["1.2"], "Annet", "Trøndelag fylkeskommune",
      ["NAV Trøndelag", "NTNU", "Statsforvalteren", "partene"], "2023–2026",
      "Strategien peker ut fire prioriterte områder: grønn omstilling, helse, digital kompetanse og inkludering. Den følges opp med årlige handlingsplaner som vedtas av fylkestinget.",
      "TR_STRATEGI", tsrc="Strategi"),
    M("Kompetanseforum Trøndelag", ["1.2"], "Råd/utvalg/nettverk", "Trøndelag fylkeskommune",
      ["partene"], "løpende", None, "TR_KOMPFORUM"),
    M("Karriere Trøndelag – karriereveiledning for voksne", ["1.3"], "Annet", "Trøndelag fylkeskommune",
      ["NAV Trøndelag"], "løpende",
      "Gratis karriereveiledning på seks steder i fylket og digitalt.",
      "TR_KARRIERE", tsrc="Veiledning"),
    M("Regionale kompetansemidler i Trøndelag", ["2.4"], "Annet", "Trøndelag fylkeskommune",
      ["næringslivet", "fagskolene"], "2023",
      "Midlene brukes til å utvikle korte utdanningstilbud sammen med bedrifter og klynger i regionen. I 2023 ble det gitt støtte til femten tilbud innen blant annet havbruk, batteriproduksjon og helse. Tildelingen skjer i samråd med Kompetanseforum Trøndelag.",
      "TR_KOMPMIDLER", tsrc="Tilskudd"),
    M("Fleksible videreutdanningstilbud ved Fagskolen i Trøndelag", ["2.4"], "Kurs/utdanning", "Fagskolen i Trøndelag",
      ["HK-dir", "bedrifter"], "2023–2024",
      "Fagskolen har fått tilskudd fra HK-dir til å utvikle nettbaserte moduler for fagarbeidere i industrien.",
      "TR_FAGSKOLE_FLEX"),
    M("Fagbrev på jobb", ["3.1"], "Kurs/utdanning", "Trøndelag fylkeskommune",
      ["opplæringskontorene"], "løpende",
      "Ordningen er tilgjengelig i alle lærefag der det finnes opplæringskontor i fylket. I 2023 startet 240 nye kandidater, de fleste i helsearbeiderfaget, barne- og ungdomsarbeiderfaget og industrimekanikerfaget. Kandidatene får veiledning fra opplæringskontorene gjennom hele løpet.",
      "TR_FAGBREV"),
], dstyle="code")

# ---------------------------------------------------------------- R20 HK-dir 2022
R("HK-dir_rapport_NKPS_2022.docx", "HK-dir", 2022, "python-docx", "hkdir2022", [
    M("Kompetansebehovsutvalget – sekretariat", ["1.1"], "Råd/utvalg/nettverk", "HK-dir",
      ["KD", "partene"], "2017–2023",
      "HK-dir er sekretariat for utvalget, som i 2022 la fram sin tredje hovedrapport.",
      "KBU"),
    M("Nasjonal digital karriereveiledning (karriereveiledning.no)", ["1.3"], "Informasjon", "HK-dir",
      ["fylkeskommunene"], "løpende",
      "Tjenesten tilbyr veiledning på chat og telefon og supplerer karrieresentrene i fylkene.",
      "HK_DIGI_KARR"),
    M("Bransjeprogram for kompetanseutvikling", ["2.1", "2.4"], "Kurs/utdanning", "HK-dir",
      ["partene i bransjene"], "2018–",
      "Programmene er utviklet og forvaltes i samarbeid med partene. Oversikt over programmene og antall deltakere i 2022 står i tabellen under.",
      "BRANSJE"),
    M("Tilskudd til utvikling av fleksible videreutdanningstilbud", ["2.4"], "Kurs/utdanning", "HK-dir",
      ["UH", "fagskoler", "fylkeskommuner"], "2018–",
      "Ordningen startet i 2018 som tilskudd til tilbud i digital kompetanse, og er senere utvidet til alle fagområder der arbeidslivet har behov.",
      "DIGI_FLEX"),
    M("Godkjenning av utenlandsk fagskoleutdanning", ["2.6"], "Annet", "HK-dir",
      ["NOKUT"], "løpende", None, "GODKJ_FAGSKOLE", tsrc="Godkjenning"),
    M("Forsøk med forberedende voksenopplæring (FVO) – avslutning og evaluering", ["3.1"], "Prosjekt", "HK-dir",
      ["fylkeskommunene", "kommunene"], "2018–2022",
      "Forsøket avsluttes i 2022 og evalueres av NIFU. Erfaringene brukes i arbeidet med ny opplæringslov.",
      "FVO"),
    M("Kompetansepluss frivillighet – tilskudd til studieforbund og frivillige organisasjoner", ["3.2"], "Annet", "HK-dir",
      ["VOFO"], "2022", None, "KPLUSS_FRIVILLIG_TILSKUDD", tsrc="Tilskuddsordning"),
    M("Kompetansepakke for permitterte og ledige – tilskudd til opplæringstilbud", ["3.3"], "Kurs/utdanning", "HK-dir",
      ["fylkeskommuner", "fagskoler"], "2020–2022", None, "KORONA_PAKKE"),
], dstyle="code")

# ---------------------------------------------------------------- R21 NAV 2020
R("NAV_rapport_kompetansepolitisk_raad_2020.pdf", "NAV", 2020, "reportlab (boxed forms, one box split over pages)", "nav2020", [
    M("Hurtigsporet for nyankomne flyktninger", ["3.3", "3.4"], "Prosjekt", "NAV",
      ["IMDi", "kommunene", "NHO"], "2016–2020",
      "NAV kartlegger kompetansen til nyankomne flyktninger og formidler dem raskt til arbeidsgivere med behov.",
      "HURTIG"),
    M("Ny IA-avtale – kompetansedelen", ["3.3"], "Råd/utvalg/nettverk", "ASD",
      ["partene", "NAV"], "2019–2022", None, "IA_AVTALE"),
    M("Kompetansepakke for permitterte og ledige – informasjon til brukere", ["3.3"], "Informasjon", "NAV",
      ["Kompetanse Norge"], "2020",
      "NAV har informert permitterte og ledige om opplæringstilbudene i kompetansepakken og muligheten til å ta opplæring med dagpenger.",
      "KORONA_PAKKE"),
    M("Norskopplæring kombinert med arbeidspraksis", ["3.4"], "Kurs/utdanning", "NAV",
      ["IMDi", "kommunene"], "2020", None, "NAV_NORSK_PRAKSIS"),
    M("Nytt opplæringstiltak for arbeidsledige og personer med nedsatt arbeidsevne", ["3.5"], "Kurs/utdanning", "ASD",
      ["NAV", "AVdir"], "fra 1. januar 2020",
      "Det nye tiltaket Opplæring erstatter tidligere tiltak og åpner for lengre yrkesrettet opplæring, inkludert fagbrev, for personer over 19 år. Tiltaket skal gjøre det enklere å kombinere opplæring med ytelser.",
      "NAV_OPPL_TILTAK"),
    M("Kurs i grunnleggende ferdigheter for arbeidssøkere", ["3.5"], "Kurs/utdanning", "NAV",
      ["fylkeskommunene"], "2020", None, "NAV_GRUNNL"),
], dstyle="code")

# ---------------------------------------------------------------- R22 Regjeringen 2025
R("Regjeringen_tiltaksoversikt_2025-2026.pdf", "Regjeringen", 2025, "python-docx -> LibreOffice PDF", "gov2025", [
    M("Kompetansebehovsutvalget – videreført med nytt mandat", ["1.1"], "Råd/utvalg/nettverk", "KD",
      ["partene", "HK-dir"], "2024–2027",
      "Utvalget har fått nytt mandat og skal i tillegg til hovedrapportene levere årlige analyser av regionale kompetansebehov.",
      "KBU"),
    M("Tilskudd til karriereveiledning i fylkeskommunene", ["1.3"], "Annet", "HK-dir",
      ["fylkeskommunene"], "2025–2026",
      "Tilskuddet går til de fylkesvise karrieresentrene og til kompetanseheving av karriereveiledere. Fra 2025 stilles det krav om at sentrene tilbyr veiledning til voksne i arbeid, og at fylkeskommunene rapporterer på antall samtaler og ventetid.",
      "KARR_TILSKUDD", tsrc="Tilskudd"),
    M("Yrkesfagløftet: hospitering for yrkesfaglærere – videreført", ["1.4"], "Kurs/utdanning", "KD",
      ["fylkeskommunene"], "2025–2026", None, "YRKESFAGLOFT_HOSP"),
    M("Bransjeprogram for kompetanseutvikling – fortsatt", ["2.1", "2.4"], "Kurs/utdanning", "KD",
      ["HK-dir", "partene"], "2025–2026",
      "Programmene videreføres i treparts samarbeid. Nye programmer i 2025 gjelder blant annet grønn industri, bygg og anlegg og sykehussektoren, og det er satt av midler til evaluering av ordningen.",
      "BRANSJE"),
    M("Flere studieplasser i høyere yrkesfaglig utdanning (fagskolene)", ["2.3"], "Kurs/utdanning", "KD",
      ["fylkeskommunene"], "2025–2026",
      "Midlene gir om lag 1 000 nye studieplasser fra høsten 2025, prioritert til helse og teknologi.",
      "FAGSKOLE_PLASSER"),
    M("Kompetanseprogrammet (tidligere Kompetansepluss)", ["3.2"], "Kurs/utdanning", "KD",
      ["HK-dir", "VOFO", "partene"], "2025–2026",
      "Kompetanseprogrammet samler de tidligere ordningene Kompetansepluss arbeid og Kompetansepluss frivillighet. Programmet gir tilskudd til opplæring i lesing, skriving, regning, digitale ferdigheter og muntlig kommunikasjon, og kan nå kombineres med fagopplæring og norskopplæring på arbeidsplassen.",
      "KPLUSS_PROGRAM"),
    M("Integreringsloven – oppfølging av reformen av introduksjonsprogrammet", ["3.4"], "Annet", "KD",
      ["IMDi", "HK-dir"], "2025", None, "INTRO_REFORM", tsrc="Regelverk"),
    M("Evaluering av opplæringstiltaket i NAV", ["3.5"], "FoU", "ASD",
      ["AVdir", "Fafo"], "2025–2026",
      "Evalueringen ser på hvem som deltar i opplæringstiltaket, hvor lenge de deltar, og om de oftere kommer i arbeid eller fullfører formell utdanning enn sammenlignbare arbeidssøkere. Sluttrapport leveres våren 2026.",
      "NAV_OPPL_TILTAK"),
], dstyle="code")


# ---------------------------------------------------------------- near-miss groups
# Each group is a list of (file, title) rows that look alike; pairs are all combinations
# whose tiltak_id differ.
def _f(prefix):
    for r in REPORTS:
        if r["file"].startswith(prefix):
            return r["file"]
    raise KeyError(prefix)


def rows_where(pred):
    out = []
    for r in REPORTS:
        for m in r["measures"]:
            if pred(r, m):
                out.append((r["file"], m["title"]))
    return out


def ids_in(*ids):
    return rows_where(lambda r, m: m["tiltak_id"] in ids)


NEAR_GROUPS = {
    "tillitsvalgtskolering (ulike organisasjoners egne kurs)": ids_in("LO_TV_SKOLERING", "YS_TV_KURS", "UNIO_TV", "UNIO_DIGI_WS", "UNIO_STUDIEFORB"),
    "regionale planer og strategier i ulike fylker": ids_in("MR_REGPLAN", "VL_REGPLAN", "TR_STRATEGI", "MR_KUNNSKAPSGRUNNLAG"),
    "regionale kompetansefora/allianser": ids_in("MR_KOMPALLIANSE", "VL_KOMPFORUM", "TR_KOMPFORUM", "MR_YON", "SRY"),
    "Fagbrev på jobb i ulike fylker": ids_in("MR_FAGBREV", "VL_FAGBREV", "TR_FAGBREV"),
    "karriereveiledning (ulike tiltak)": ids_in("MR_KARRIERE", "VL_KARRIERE", "TR_KARRIERE", "KARR_TILSKUDD", "HK_DIGI_KARR"),
    "forskningsrapporter med Ny Analyse / Fafo / Samfunnsøkonomisk analyse": ids_in(
        "AKA_ECONA_EVU", "AKA_ECONA_ELDRE", "UNIO_HELSE_NYANALYSE", "AKA_TEKNA", "AKA_MENON", "AKA_FRAMTID",
        "NHO_FAGARB_INNOV"),
    "EVU-finansiering og insentiver": ids_in("UNIO_PROBA", "KS_FINANS", "NHO_SKATT", "AVKAST", "FF_TARIFF_UTVALG"),
    "Spekter-konferanser og møteplasser": ids_in("SPEKTER_KPLUSS_KONF", "SPEKTER_MOTEPLASS", "SPEKTER_LO_KONF2017",
                                                 "SPEKTER_INTEGR_KONF", "SPEKTER_FAGSKOLEKONF", "SPEKTER_DIALOG_SRY"),
    "SRY vs. andre yrkesopplæringsråd/møter": ids_in("SRY", "SPEKTER_DIALOG_SRY", "MR_YON"),
    "digital kompetanse – prosjekter og studier": ids_in("KS_DIGIKOMP", "KS_LEDER_DIGI", "KS_TEKLAERING", "MAT40",
                                                        "VIRKE_LITT", "VIRKE_STUDIE", "YS_AFI"),
    "Hurtigsporet og integrering": ids_in("HURTIG", "NHO_HURTIG_KAMP", "OSLO_HURTIG", "MR_INNV_PLAN", "NAV_NORSK_PRAKSIS"),
    "Kompetansepluss (ulike tiltak)": ids_in("VOFO_KPLUSS_PROMO", "VOFO_KPLUSS_EVAL", "KPLUSS_FRIVILLIG_TILSKUDD",
                                             "KPLUSS_FAG", "SPEKTER_KPLUSS_KONF", "KPLUSS_PROGRAM"),
    "studieforbund": ids_in("STUDIEFORB_UTR", "VOFO_REGELVERK", "VOFO_FAFO", "UNIO_STUDIEFORB", "VOFO_INKL"),
    "lærlinger og læreplasser": ids_in("KS_LAERLING_STATUS", "NHO_LAERLING_DIGI", "VL_LAERLING", "SPEKTER_BREV"),
    "fleksible tilbud / kompetansemidler": ids_in("DIGI_FLEX", "TR_FAGSKOLE_FLEX", "TR_KOMPMIDLER"),
    "koronatiltak / kompetansepakke": ids_in("KORONA_PAKKE", "VL_KOMPLOFT"),
    "NAV-opplæring": ids_in("NAV_OPPL_TILTAK", "NAV_GRUNNL", "SFJ_MODELL"),
    "KS-monitor og KS Læring": ids_in("KS_MONITOR", "KS_LAERING", "KS_LAERLING_STATUS"),
}
