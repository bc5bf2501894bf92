# -*- coding: utf-8 -*-
"""Ground-truth content for blind batch match27.

Each row: k = internal tiltak key (same key = same tiltak), t = title exactly as printed,
d = delmål (new codes), ty = canonical type, r = responsible (as printed), p = partners,
per = period as printed, desc = description as printed.
"""

OLD = {f"{a}.{b}": n for n, (a, b) in enumerate(
    [(1, 1), (1, 2), (1, 3), (1, 4), (2, 1), (2, 2), (2, 3), (2, 4), (2, 5), (2, 6),
     (3, 1), (3, 2), (3, 3), (3, 4), (3, 5), (3, 6)], start=1)}

DELMAL_WORDS = {
    "1.1": "Etablere et kompetansebehovsutvalg",
    "1.2": "Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar",
    "1.3": "Sørge for tilgang til karriereveiledning",
    "1.4": "Videreutvikle samarbeidet mellom utdanningstilbydere og arbeidslivet",
    "2.1": "Styrke den digitale kompetansen i hele arbeidsstyrken",
    "2.2": "Styrke kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.3": "Synliggjøre og utvikle karrieremulighetene i yrkesfag",
    "2.4": "Koble kompetansebehov i virksomhetene til utdanningstilbydere",
    "2.5": "Gjøre det enklere å dokumentere kompetanse ervervet i arbeidslivet",
    "2.6": "Forenkle godkjenning av utenlandsk utdanning",
    "3.1": "Gi fleksibel opplæring på voksnes premisser",
    "3.2": "Stimulere til bruk av Kompetanseplussordningene",
    "3.3": "Benytte opplæringstiltak mer aktivt i arbeidsmarkeds- og integreringspolitikken",
    "3.4": "Målrette norskopplæring og kvalifiseringstiltak for innvandrere",
    "3.5": "Styrke NAVs opplæringstilbud for arbeidssøkere",
    "3.6": "Stimulere til læring i frivillig sektor",
}


def old_numbers(codes):
    nums = [str(OLD[c]) for c in codes]
    if len(nums) <= 1:
        return "".join(nums)
    return ", ".join(nums[:-1]) + " og " + nums[-1]


def R(k, t, d, ty, r, p, per, desc):
    return dict(k=k, t=t, d=sorted(d), ty=ty, r=r, p=list(p), per=per, desc=desc)


REPORTS = []


def report(file, reporter, year, template, made_with, layout, rows, **kw):
    REPORTS.append(dict(file=file, reporter=reporter, year=year, template=template,
                        made_with=made_with, layout=layout, rows=rows, **kw))


# ---------------------------------------------------------------- 2017 LO
report("LO_rapport_NKPS_2017.pdf", "LO", 2017, "sideways_table_on_portrait_page", "reportlab",
       "portrait report whose measure table is drawn sideways (rotated 90°) on a portrait page; old NKPS numbers",
       [
           R("KBU", "Deltakelse i kompetansebehovsutvalget (KBU)", ["1.1"], "Råd/utvalg/nettverk", "LO",
             ["KD", "hovedorganisasjonene"], "2017–",
             "LO har fast plass i utvalget og bidrar med innspill til arbeidet med første rapport om Norges kompetansebehov."),
           R("DIGI_GROUP", "Partssamarbeid om identifisering av kompetansebehov som følge av digitalisering", ["2.1"],
             "Råd/utvalg/nettverk", "KD", ["LO", "NHO", "Unio", "KS", "YS", "Spekter", "Virke", "Akademikerne"], "2017–2018",
             "Partssammensatt arbeidsgruppe ledet av KD som skal kartlegge hvilke kompetansebehov digitaliseringen skaper i arbeidslivet."),
           R("LO_FAFO_TARIFF", "Notat «Tariffavtalenes betydning i kompetansepolitikken»", ["2.2"], "FoU", "LO",
             ["Fafo"], "2017",
             "Fafo har på oppdrag fra LO sett på hvordan tariffavtalenes kompetansebestemmelser brukes i praksis."),
           R("LO_RSA", "Tiltak for å styrke Råd for samarbeid med arbeidslivet (RSA) i egne rekker", ["1.4"],
             "Råd/utvalg/nettverk", "LO", ["NHO"], "2017–2019",
             "LO skal sikre at forbundene har representanter i alle RSA-rådene og at disse får opplæring og oppfølging."),
           R("LO_UHR_OBS", "Observatørplass i UHRs fagstrategiske enheter", ["1.4"], "Råd/utvalg/nettverk", "LO", [],
             "2017–",
             "Posisjonen brukes aktivt til å videreutvikle samarbeidet og bidra til høy relevans i utdanningene."),
           R("LO_KARR_FORSLAG", "Forslag om større satsing på regionale karriereveiledningssentre", ["1.3"],
             "Råd/utvalg/nettverk", "LO", [], "2017",
             "LO har fremmet forslag overfor KD om en sterkere og mer forutsigbar finansiering av de fylkesvise karrieresentrene."),
           R("LO_FF_EVU", "Rapport fra utvalg etter tariffrevisjonen 2016 – Etter- og videreutdanning", ["2.1", "2.2"],
             "FoU", "LO/Fellesforbundet", ["Norsk Industri", "BNL"], "2017–2018",
             "Utvalget har gått gjennom ordningene for etter- og videreutdanning i industri og bygg som forberedelse til lønnsoppgjøret 2018."),
       ], old_numbers=True)

# ---------------------------------------------------------------- 2017 Spekter
report("Spekter_NKPS_rapport_2017.docx", "Spekter", 2017, "alphabetical_letter_headings", "python-docx",
       "measures sorted alphabetically under big initial-letter headings (A, F, K …); 'Relasjon til NKPS tiltak nr.' lines",
       [
           R("SPK_ARENDAL2017", "Arendalsuka 2017: frokostmøte med LO Stat om omstillingskompetanse", ["2.2"],
             "Arrangement", "Spekter og LO Stat", [], "August 2017",
             "Felles frokostmøte under Arendalsuka om hvordan virksomhetene kan bruke kompetanseutvikling i omstilling."),
           R("SPK_FAGSKOLE", "Fagskoletilbud for helsefagarbeidere i helseforetakene", ["2.3"], "Kurs/utdanning",
             "Spekter", ["Helse Sør-Øst", "fagskolene"], "2017–2019",
             "Helsefagarbeidere i sykehus får tilbud om fagskoleutdanning i akuttomsorg og psykisk helsearbeid ved siden av jobben."),
           R("SPK_KOMPLOFT2020", "Kompetanseløft 2020 – deltakelse i HODs referansegruppe", ["1.4"],
             "Råd/utvalg/nettverk", "HOD", ["Spekter", "KS", "LO", "Unio"], "2017",
             "Spekter deltar i referansegruppen for regjeringens plan for rekruttering, kompetanse og fagutvikling i den kommunale helse- og omsorgstjenesten."),
           R("SPK_KOMP_MEDLEM", "Kompetanseutvikling i Spekters medlemsvirksomheter", ["2.2"], "Kurs/utdanning",
             "Spekter", ["Spekters medlemmer"], "2017–",
             "Spekter kartlegger og deler gode modeller for strategisk kompetanseplanlegging i medlemsvirksomhetene."),
           R("SPK_PRAKSIS", "Praksisplasser for masterstudenter i statsvitenskap", ["1.4"], "Kurs/utdanning", "Spekter",
             ["UiO"], "Vårsemesteret 2017",
             "Spekter tar imot masterstudenter i praksis for å knytte utdanningen tettere til arbeidslivet."),
           R("SPK_DIGI_SAMH", "Videreutdanning i digital samhandling for ansatte i helseforetak", ["2.1"],
             "Kurs/utdanning", "Spekter", ["Helse Vest IKT", "OsloMet"], "2017–2018",
             "Et nettbasert videreutdanningstilbud på 15 studiepoeng om digitale verktøy og samhandling i pasientforløp."),
       ], old_numbers=True)

# ---------------------------------------------------------------- 2018 KD
report("KD_Prop1S_utdrag_NKPS_2018.docx", "KD", 2018, "prop1s_budget_posts", "python-docx",
       "budget-proposition excerpt: 'Kap. 258 … Post 21' headings, budget tables in 1 000 kr, 'Rapport for 2018' with italic measure sub-headings and an 'NKPS:' fact line",
       [
           R("KBU", "Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "KD",
             ["partene i arbeidslivet", "forskere", "departementene"], "2017–2022",
             "Utvalget la fram sin første rapport i 2018 og skal sammenstille og analysere kunnskap om Norges kompetansebehov."),
           R("KARR_RAMMEVERK", "Nasjonalt kvalitetsrammeverk for karriereveiledning", ["1.3"], "Prosjekt", "KD",
             ["Kompetanse Norge", "fylkeskommunene"], "2018–2020",
             "Kompetanse Norge utvikler et rammeverk med etiske retningslinjer, kompetansestandarder og kvalitetsindikatorer for karriereveiledning."),
           R("DIGI_KARR", "Nasjonal digital karriereveiledningstjeneste", ["1.3"], "Annet", "KD",
             ["Kompetanse Norge", "Utdanningsdirektoratet"], "2018–2020",
             "En nettbasert tjeneste med chat og telefon skal gi alle tilgang til karriereveiledning uavhengig av bosted."),
           R("DIGI_GROUP", "Arbeidsgruppe for digital kompetanse i arbeidslivet", ["2.1"], "Råd/utvalg/nettverk", "KD",
             ["partene i arbeidslivet", "Kompetanse Norge"], "2017–2018",
             "Arbeidsgruppen leverte sin rapport i 2018 med forslag om bedre tilbud i digital kompetanse for arbeidstakere."),
           R("FLEKS", "Tilskudd til utvikling av fleksible videreutdanningstilbud i digital kompetanse", ["2.1"],
             "Kurs/utdanning", "KD", ["DIKU", "partene i arbeidslivet"], "2018–",
             "Universiteter, høyskoler og fagskoler kan søke midler til å utvikle fleksible og arbeidsrettede tilbud."),
           R("BRANSJE", "Bransjeprogrammer for kompetanseutvikling", ["2.1", "2.4"], "Kurs/utdanning", "KD",
             ["ASD", "partene i arbeidslivet", "utdanningstilbydere"], "2018–",
             "Trepartsprogrammer der partene i en bransje definerer behovet og utdanningstilbydere utvikler relevante tilbud, først for industri og bygg og helse og omsorg."),
           R("KP_ARBEID", "Kompetansepluss arbeid", ["3.2"], "Kurs/utdanning", "KD", ["Kompetanse Norge"], "2018",
             "Tilskuddsordning for opplæring i grunnleggende ferdigheter for ansatte i virksomheter."),
           R("KP_FRIVILLIGHET", "Kompetansepluss frivillighet", ["3.2"], "Kurs/utdanning", "KD",
             ["Kompetanse Norge", "VOFO", "studieforbundene"], "2018",
             "Tilskudd til opplæring i grunnleggende ferdigheter gjennom frivillige organisasjoner og studieforbund."),
           R("FAGBREV_JOBB", "Fagbrev på jobb", ["2.5", "3.1"], "Prosjekt", "KD",
             ["fylkeskommunene", "partene i arbeidslivet"], "2018–2020",
             "Ny ordning der voksne i arbeid kan ta fagbrev gjennom en opplæringskontrakt med arbeidsgiver, uten å slutte i jobben."),
       ])

# ---------------------------------------------------------------- 2018 NHO
report("NHO_Kompetansetorget_2018.pdf", "NHO", 2018, "classified_ads_columns", "reportlab",
       "classified-ads page ('Kompetansetorget'): boxed ads in three columns, each with an upper-case category kicker (UTVALG OG NETTVERK, KURS …), a serif headline, body and a tiny italic fact line; the dashed job ad, 'søkes' and 'husk' ads are not measures",
       [
           R("KBU", "KBU – utvalg for kompetansebehov", ["1.1"], "Råd/utvalg/nettverk", "KD",
             ["NHO", "LO", "øvrige hovedorganisasjoner"], "2017–",
             "NHO sitter i utvalget som skal gi en faglig vurdering av Norges fremtidige kompetansebehov."),
           R("DIGI_GROUP", "Digitaliseringsgruppen (KD og partene)", ["2.1"], "Råd/utvalg/nettverk", "KD",
             ["NHO", "LO", "YS", "Unio", "Akademikerne", "Virke", "Spekter", "KS"], "2017–2018",
             "Gruppen har kartlagt behovet for digital kompetanse og foreslått tiltak; NHO har ledet arbeidet med industricaset."),
           R("BRANSJE", "Bransjeprogrammene (industri/bygg og helse/omsorg)", ["2.1", "2.4"], "Kurs/utdanning",
             "Regjeringen", ["NHO", "LO", "Norsk Industri", "BNL", "Fellesforbundet"], "2018–",
             "Tilskudd til korte, arbeidsrettede kurs som bransjens parter selv har prioritert."),
           R("NHO_YON", "Yrkesopplæringsnemndas rolle og ansvar – rapport", ["1.2"], "FoU", "NHO", ["Partene"], "2018",
             "Rapporten beskriver hvordan yrkesopplæringsnemndene kan få en sterkere rolle i den regionale kompetansepolitikken."),
           R("NHO_MAT40", "Matindustrien 4.0 – kompetanseløft for hele matindustrien", ["2.1"], "Prosjekt",
             "NHO Mat og drikke", ["LO/NNN", "Sjømat Norge"], "2018–2020",
             "Et partssamarbeid om kurs i automatisering og digitalisering for ansatte i næringsmiddelindustrien."),
           R("NHO_LAERE", "Lærlingløftet – flere lærebedrifter i NHO-fellesskapet", [], "Prosjekt", "NHO",
             ["landsforeningene", "fylkeskommunene"], "2018–2019",
             "Kampanje og rådgivning som skal få flere medlemsbedrifter til å bli godkjente lærebedrifter."),
       ])

# ---------------------------------------------------------------- 2019 Unio
report("Unio_sammendrag_2019.pdf", "Unio", 2019, "book_of_abstracts", "reportlab",
       "book of abstracts: numbered abstracts (A1…) with structured Bakgrunn/Mål/Status parts, author line and 'Nøkkelord' line; preface, programme committee and index are not measures",
       [
           R("UNIO_EVU_FIN", "Modeller for finansiering av etter- og videreutdanning", ["2.2"], "FoU", "Unio",
             ["Proba samfunnsanalyse"], "2018–2019",
             "Mange arbeidstakere i offentlig sektor mangler finansiering for videreutdanning. Utredningen sammenligner modeller for finansiering. Rapporten ble levert i mars 2019."),
           R("UNIO_HELSE_RAPP", "Kompetanseheving for helsepersonell – utfordringer og muligheter", ["2.2"], "FoU",
             "Unio", ["Ny Analyse"], "2019",
             "Helsepersonell opplever økende krav til spesialisert kompetanse. Rapporten kartlegger barrierer for kompetanseheving. Resultatene presenteres høsten 2019."),
           R("UNIO_DIGI", "Workshop om Unios digitaliseringspolitikk", ["2.1"], "Arrangement", "Unio",
             ["Unios medlemsorganisasjoner"], "2019",
             "Digitaliseringen endrer arbeidshverdagen i velferdsyrkene. Workshopen skal gi felles politikk for forbundene. Arbeidet føres videre i tillitsvalgtskoleringen."),
           R("UNIO_TV", "Tillitsvalgtskolering om kompetanseutvikling", ["2.2"], "Kurs/utdanning", "Unio",
             ["Utdanningsforbundet", "Norsk Sykepleierforbund"], "2019–2020",
             "Tillitsvalgte skal kunne kreve kompetanseplaner i virksomhetene. Kursene gir verktøy for dette. Første kull startet høsten 2019."),
           R("UNIO_RSA", "Deltakelse i Råd for samarbeid med arbeidslivet (RSA)", ["1.4"], "Råd/utvalg/nettverk", "Unio",
             ["UH-institusjonene"], "2019–",
             "Unio-forbundene er representert i RSA ved flere universiteter og høyskoler. Målet er mer relevante profesjonsutdanninger. Deltakelsen videreføres."),
       ])

# ---------------------------------------------------------------- 2019 LO
report("LO_spørsmål_og_svar_NKPS_2019.docx", "LO", 2019, "faq_question_headings", "python-docx",
       "FAQ: every heading is a question ('Hva er «…»?', 'Hvordan deltar LO i «…»?') with the measure title inside guillemets; general FAQ questions at the top are not measures; a pipe fact line",
       [
           R("KBU", "Kompetansebehovsutvalget (KBU)", ["1.1"], "Råd/utvalg/nettverk", "KD", ["LO", "NHO", "forskere"],
             "2017–",
             "LO har én fast representant i utvalget og bruker plassen til å løfte fram behovet for fagarbeidere."),
           R("LO_RSA", "RSA – styrket LO-deltakelse", ["1.4"], "Råd/utvalg/nettverk", "LO", ["NHO", "forbundene"],
             "2017–2020",
             "Arbeidet fra 2017 er videreført: LO har nå representanter i RSA ved de fleste statlige høyskolene."),
           R("BRANSJE", "Bransjeprogrammene", ["2.1", "2.4"], "Kurs/utdanning", "Regjeringen (KD/ASD)",
             ["LO", "NHO", "forbundene"], "2018–2021",
             "LO og forbundene sitter i programrådene og prioriterer hvilke kurs som skal utvikles i hver bransje."),
           R("FAGBREV_JOBB", "Fagbrev på jobb", ["2.5"], "Prosjekt", "KD", ["LO", "NHO", "fylkeskommunene"], "2018–",
             "LO har bidratt til å gjøre ordningen kjent blant tillitsvalgte og arbeidstakere uten fagbrev."),
           R("LO_ARENDAL2019", "Arendalsuka 2019 – debatt om livslang læring", ["2.2"], "Arrangement", "LO",
             ["Spekter", "Unio"], "August 2019",
             "Debattmøte om hvordan arbeidslivet kan ta et større ansvar for livslang læring."),
           R("LO_UHR_OBS", "Observatørplassen i UHRs fagstrategiske enheter", ["1.4"], "Råd/utvalg/nettverk", "LO", [],
             "2017–",
             "LO bruker observatørplassen til å fremme praksisnære og relevante utdanninger."),
           R("KREFORM", "Trepartssamarbeid i kompetansereformen «Lære hele livet»", ["2.1", "2.4"],
             "Råd/utvalg/nettverk", "Regjeringen", ["LO", "NHO", "øvrige parter"], "2019–",
             "Partene og regjeringen møtes jevnlig for å følge opp reformen, blant annet bransjeprogrammene og fleksible tilbud."),
       ])

# ---------------------------------------------------------------- 2019 VOFO
report("VOFO_årsrapport_NKPS_2019.docx", "VOFO", 2019, "stat_lead_paragraphs", "python-docx",
       "each measure led by a large key figure ('3 412 deltakere') in its own paragraph, then bold title, grey dotted fact line, text; 'Året i tall' figures at the top are not measures",
       [
           R("KP_FRIVILLIGHET", "Kompetansepluss frivillighet – kurs i studieforbundene", ["3.2"], "Kurs/utdanning",
             "Kompetanse Norge", ["VOFO", "studieforbundene"], "2019",
             "Studieforbundene gjennomførte kurs i lesing, skriving, regning og digitale ferdigheter med tilskudd fra ordningen."),
           R("VOFO_REGION", "Styrking av VOFOs regionale tilstedeværelse", ["1.2"], "Prosjekt", "VOFO",
             ["VOFO-regionene", "fylkeskommunene"], "2019–2020",
             "Regionleddene slås sammen slik at VOFO kan delta i de regionale kompetansesamarbeidene i alle fylker."),
           R("VOFO_PARTNERSKAP", "Partnerskapsavtaler med fylkeskommuner", ["1.2"], "Annet", "VOFO",
             ["fylkeskommunene"], "2019–",
             "VOFO har inngått avtaler om samarbeid om voksnes læring med fire fylkeskommuner."),
           R("VOFO_NORSK", "Norsktrening i frivilligheten", ["3.4", "3.6"], "Kurs/utdanning", "VOFO",
             ["studieforbundene", "frivillige organisasjoner"], "2019–2021",
             "Språkkafeer og samtalegrupper der innvandrere kan øve på norsk i et uformelt miljø."),
           R("VOFO_KARR", "Synliggjøring av studieforbundene overfor karriereveiledere", ["1.3"], "Annet", "VOFO",
             ["karrieresentrene"], "2019",
             "Informasjonsmateriell og møter skal gjøre karriereveiledere kjent med studieforbundenes tilbud."),
       ])

# ---------------------------------------------------------------- 2020 KS
report("KS_NKPS_rapport_2020.docx", "KS", 2020, "smart_criteria_rows", "python-docx",
       "each measure: bold title, 'Bidrar til delmål …' line, then a SMART table (Spesifikt/Målbart/Akseptert/Realistisk/Tidsbestemt)",
       [
           R("KS_DIGI_KOMM", "Samarbeid om digital kompetanse i kommunene", ["2.1"], "Prosjekt", "KS",
             ["KMD", "hovedorganisasjonene"], "2018–2021",
             "Kommuner får støtte til å kartlegge og styrke de ansattes digitale kompetanse gjennom felles møteplasser."),
           R("KS_LAERING", "KS Læring – delingsplattform for kommunene", ["2.1"], "Annet", "KS", ["kommunene"],
             "2016–",
             "En plattform der kommuner kan dele kurs, e-læring og arrangementer."),
           R("KOMPLOFT2025", "Kompetanseløft 2025", ["1.4"], "Prosjekt", "HOD", ["KS", "fylkeskommunene"],
             "2021–2025",
             "Regjeringens plan for rekruttering, kompetanse og fagutvikling i helse- og omsorgstjenesten; KS deltar i utformingen."),
           R("KREFORM", "Partssamarbeidet i kompetansereformen", ["2.4"], "Råd/utvalg/nettverk", "Regjeringen",
             ["KS", "LO", "NHO", "Unio", "YS", "Spekter", "Virke", "Akademikerne"], "2019–",
             "KS deltar i de faste trepartsmøtene om kompetansereformen og i arbeidet med bransjeprogram for kommunesektoren."),
           R("NASJ_FORUM_KARR", "Nasjonalt forum for karriereveiledning", ["1.3"], "Råd/utvalg/nettverk",
             "Kompetanse Norge", ["KS", "Spekter", "NHO", "LO"], "2016–",
             "Forumet er en arena for samordning av karriereveiledningsfeltet; KS representerer kommunesektoren."),
           R("KS_LEDER_DIGI", "Lederutfordringer i digitale omstillingsprosesser", ["2.1"], "FoU", "KS", ["PwC"],
             "2019–2020",
             "Studien ser på hva ledere i kommunene trenger for å lede ansatte gjennom digital omstilling."),
           R("KS_MONITOR", "Kommunesektorens arbeidslivsmonitor", ["2.2"], "FoU", "KS", [], "2019–2020",
             "En årlig rapport med tall om rekruttering, kompetanse og sykefravær i kommunesektoren."),
       ])

# ---------------------------------------------------------------- 2020 Virke
report("Virke_kompetansetiltak_2020.pdf", "Virke", 2020, "treemap_budget_blocks", "reportlab",
       "drawn treemap (rectangles sized by budget) with title and 'code · type · amount' inside each block; a grey 'Administrasjon' block is not a measure; 'Tiltakene kort' list on page 2",
       [
           R("VIRKE_VAREHANDEL_BP", "Bransjeprogram for varehandel", ["2.1", "2.4"], "Kurs/utdanning", "Virke",
             ["Handel og Kontor", "KD", "fagskolene"], "2020–2022",
             "Korte, fleksible kurs i netthandel, kundebehandling og logistikk for ansatte i butikk og lager."),
           R("VIRKE_FAGBREV_VH", "Fagbrev i salgsfaget for voksne ansatte i handelen", ["2.5"], "Kurs/utdanning",
             "Virke", ["Handel og Kontor", "fylkeskommunene"], "2020–2021",
             "Ansatte med lang praksis får teoriundervisning og veiledning fram mot fagprøven i salgsfaget."),
           R("VIRKE_TEKSTUDIE", "Hvordan påvirker ny teknologi kompetansebehovet i varehandelen?", ["2.1", "2.2"],
             "FoU", "Virke", ["Samfunnsøkonomisk analyse", "Handel og Kontor"], "2019–2020",
             "Studien beskriver hvilke oppgaver som forsvinner og hvilke som kommer til i handelen de neste ti årene."),
           R("VIRKE_DIGILEDER", "Digital kompetanse for ledere i handelen (nettkurs)", ["2.1"], "Kurs/utdanning",
             "Virke", [], "2020",
             "Gratis nettkurs for butikksjefer og mellomledere om digitale verktøy i drift og ledelse."),
           R("VIRKE_HK_KOMP", "Kompetanseutvalget Virke–HK", ["2.4"], "Råd/utvalg/nettverk", "Virke og Handel og Kontor",
             [], "2017–",
             "Partssammensatt utvalg som følger opp kompetansebestemmelsene i Handels- og kontoroverenskomsten."),
           R("VIRKE_HR", "Virke HR-nettverk for kompetanseplanlegging", ["2.2"], "Råd/utvalg/nettverk", "Virke",
             ["medlemsvirksomhetene"], "2020–",
             "Nettverk der HR-ledere i medlemsvirksomhetene deler erfaringer med strategisk kompetanseplanlegging."),
       ])

# ---------------------------------------------------------------- 2020 Vestland (nynorsk)
report("Vestland_periodesystem_2020.pdf", "Vestland fylkeskommune", 2020, "periodic_table_tiles_nn", "reportlab",
       "nynorsk 'periodesystem': element-style tiles (number, big two-letter symbol, code top right, name, type), legend and 'kjem i 2021' placeholder tiles are not measures; 'Grunnstoffa forklarte' list",
       [
           R("VL_KOMPFORUM", "Kompetanseforum Vestland", ["1.2"], "Råd/utvalg/nettverk", "Vestland fylkeskommune",
             ["NAV Vestland", "LO", "NHO", "KS", "UH-sektoren"], "2020–2023",
             "Eit partnarskap som skal samordne kompetansepolitikken i det nye fylket og gje råd om prioriteringar."),
           R("VL_RKP", "Regional kompetanseplan for Vestland", ["1.2", "1.4"], "Prosjekt", "Vestland fylkeskommune",
             ["kommunane", "partane i arbeidslivet"], "2020–2021",
             "Arbeidet med ein felles plan for kompetanse og kvalifisering i Vestland starta hausten 2020."),
           R("VL_KARRIERE", "Karriere Vestland", ["1.3"], "Prosjekt", "Vestland fylkeskommune", ["NAV"], "2020–",
             "Dei tidlegare karrieresentera i Hordaland og Sogn og Fjordane er slått saman til eitt tilbod med fem kontor."),
           R("NASJ_FORUM_KARR", "Nasjonalt forum for karriererettleiing", ["1.3"], "Råd/utvalg/nettverk",
             "Kompetanse Noreg", ["fylkeskommunane", "partane i arbeidslivet"], "2016–",
             "Vestland fylkeskommune deltek i forumet som representant for fylkeskommunane."),
           R("VL_HVL_FAGSKULE", "Strategisk samarbeid mellom Høgskulen på Vestlandet og Fagskulen Vestland",
             ["1.4"], "Kurs/utdanning", "Vestland fylkeskommune", ["Høgskulen på Vestlandet", "Fagskulen Vestland"],
             "2020–",
             "Samarbeid om tekniske studietilbod slik at fagskulestudentar kan gå vidare til ingeniørutdanning."),
           R("VL_VAKSENOPPL", "Fleksibel vidaregåande opplæring for vaksne", ["3.1"], "Kurs/utdanning",
             "Vestland fylkeskommune", ["kommunane", "NAV"], "2020–2022",
             "Vaksne får modulbasert opplæring på kveldstid og nett, tilpassa arbeid og familieliv."),
       ])

# ---------------------------------------------------------------- 2021 Spekter
report("Spekter_baerekraft_GRI_2021.pdf", "Spekter", 2021, "gri_index_sustainability", "reportlab",
       "sustainability-report GRI content index: Standard | Indikator | Svar/henvisning; NKPS measures only in GRI 404-2 sub-rows, delmål given by their wording; other GRI rows are not measures",
       [
           R("SPK_KOMP_MEDLEM", "Kompetanseutvikling i medlemsvirksomhetene", ["2.2"], "Kurs/utdanning", "Spekter",
             ["Spekters medlemmer"], "2017–",
             "Spekter tilbyr medlemmene verktøy og nettverk for strategisk kompetanseplanlegging."),
           R("SPK_ARENDAL2021", "Arendalsuka 2021: felles arrangement med LO Stat om livslang læring", ["2.2"],
             "Arrangement", "Spekter og LO Stat", [], "August 2021",
             "Digitalt og fysisk debattmøte om hvordan staten og helseforetakene kan legge til rette for livslang læring."),
           R("KOMPLOFT2025", "Kompetanseløft 2025 (HOD)", ["2.2"], "Prosjekt", "HOD", ["Spekter", "KS", "helseforetakene"],
             "2021–2025",
             "Spekter deltar i oppfølgingen av planen, særlig tiltak for kompetanse i overgangen mellom sykehus og kommune."),
           R("SPK_FAGSKOLE", "Fagskoleutdanning for helsefagarbeidere (videreført)", ["2.3", "3.1"], "Kurs/utdanning",
             "Spekter", ["Helse Sør-Øst", "Helse Vest", "fagskolene"], "2017–2022",
             "Tilbudet fra 2017 er utvidet til Helse Vest; over 300 helsefagarbeidere har fullført."),
           R("SPK_HELSESEK", "Kvalitetsløft i helsesekretærutdanningen", ["1.4"], "Prosjekt", "Spekter",
             ["Oslo universitetssykehus"], "2021–2022",
             "Sykehuset og Spekter samarbeider med skolene om praksis og læreplan for helsesekretærer."),
           R("SPK_DIGI_SAMH", "Digital samhandling – videreutdanning for ansatte i helseforetak", ["2.1"],
             "Kurs/utdanning", "Spekter", ["Helse Vest IKT", "OsloMet", "NTNU"], "2017–2022",
             "Videreutdanningen er videreført og tilbys nå også ved NTNU."),
       ])

# ---------------------------------------------------------------- 2021 YS
report("YS_rapport_kompetansestrategi_2021.docx", "YS", 2021, "emoji_label_lines", "python-docx",
       "measure = Heading 2, then one line per fact whose only label is an emoji (🎯 delmål, 🏷️ type, 👤 ansvar, 🤝 partnere, 📅 periode); emoji key at the top is not a measure",
       [
           R("YS_TV_KURS", "Tillitsvalgtkurs i kompetanseplanlegging", ["2.2"], "Kurs/utdanning", "YS",
             ["Parat", "Delta", "YS-forbundene"], "2021–2022",
             "Todagers kurs for tillitsvalgte om hvordan de kan bruke hovedavtalens bestemmelser om kompetanse."),
           R("BRANSJE", "Deltakelse i bransjeprogrammene for kompetanseutvikling", ["2.1", "2.4"],
             "Råd/utvalg/nettverk", "Kompetanse Norge", ["YS", "øvrige parter"], "2020–",
             "YS-forbundene sitter i programrådene for blant annet reiseliv, renhold og handel."),
           R("KOMPLOFT2025", "Kompetanseløft 2025 – Delta i referansegruppen", ["1.4"], "Råd/utvalg/nettverk", "HOD",
             ["Delta/YS", "KS"], "2021–2025",
             "Delta representerer YS i referansegruppen for regjeringens plan for helse- og omsorgstjenesten."),
           R("YS_AFI", "Analyse av endringer i arbeidslivet knyttet til nye digitale løsninger", ["2.2"], "FoU", "YS",
             ["AFI (OsloMet)"], "2020–2021",
             "Analysen viser hvordan digitalisering endrer kompetansekravene i YS-forbundenes bransjer."),
           R("YS_NORSK", "Norskopplæring på arbeidsplassen – YS-pilot", ["3.4"], "Prosjekt", "YS",
             ["Parat", "arbeidsgivere i renholdsbransjen"], "2021",
             "Pilot med norskopplæring i arbeidstiden for ansatte med kort botid."),
           R("KREFORM", "Kompetansereformen – trepartssamarbeidet", ["2.4"], "Råd/utvalg/nettverk", "Regjeringen",
             ["YS", "LO", "NHO", "KS"], "2019–",
             "YS deltar i trepartsmøtene og har særlig vært opptatt av tilbud for ansatte uten høyere utdanning."),
       ])

# ---------------------------------------------------------------- 2022 HK-dir
report("HKdir_beslutningslogg_NKPS_2022.docx", "HK-dir", 2022, "decision_record_log", "python-docx",
       "decision log: 'Beslutning B-2022-nn: <title>' headings, each followed by a record table (Status, Dato, Kontekst, Beslutning, Konsekvenser, Delmål, Tiltakstype, Eier, Involverte, Gjelder for); a 'Forkastet' record is not a measure",
       [
           R("DIGI_KARR", "Nasjonal digital karriereveiledningstjeneste (karriereveiledning.no)", ["1.3"], "Annet",
             "HK-dir", ["fylkeskommunene", "NAV"], "2020–",
             "Tjenesten videreføres som en permanent del av HK-dirs tilbud, med chat, telefon og e-post."),
           R("KARR_RAMMEVERK", "Kvalitetsrammeverket for karriereveiledning", ["1.3"], "Prosjekt", "HK-dir",
             ["fylkeskommunene", "karrieresentrene"], "2019–2023",
             "Rammeverket tas i bruk i alle karrieresentre, og HK-dir tilbyr kurs i bruken av det."),
           R("NASJ_FORUM_KARR", "Nasjonalt forum for karriereveiledning", ["1.3"], "Råd/utvalg/nettverk", "HK-dir",
             ["KS", "Spekter", "LO", "NHO", "NAV", "fylkeskommunene"], "2016–",
             "Forumet videreføres med to møter i året og et nytt mandat fra 2022."),
           R("KP_ARBEID", "Kompetanseprogrammet (tidligere Kompetansepluss arbeid)", ["3.1", "3.2"], "Kurs/utdanning",
             "HK-dir", ["KD", "partene i arbeidslivet"], "2021–",
             "Tilskuddsordningene for grunnleggende ferdigheter forvaltes samlet i Kompetanseprogrammet."),
           R("FLEKS", "Tilskuddsordningen for fleksible videreutdanningstilbud", ["2.1", "2.4"], "Kurs/utdanning",
             "HK-dir", ["KD", "partene i arbeidslivet", "UH-institusjonene", "fagskolene"], "2018–",
             "Utlysningen for 2022 prioriterer tilbud innen helse, grønt skifte og digital kompetanse."),
           R("BRANSJE", "Bransjeprogram", ["2.1", "2.4"], "Kurs/utdanning", "HK-dir", ["KD", "ASD", "partene i arbeidslivet"],
             "2018–",
             "Programmene forvaltes nå av HK-dir; tre nye bransjer kom med i 2022."),
           R("HKDIR_REAL", "Nasjonal veileder for realkompetansevurdering", ["2.5"], "Prosjekt", "HK-dir",
             ["fylkeskommunene", "partene i arbeidslivet"], "2022–2023",
             "HK-dir utarbeider en felles veileder og metode for vurdering av kompetanse ervervet i arbeidslivet."),
       ])

# ---------------------------------------------------------------- 2022 ASD
report("ASD_fiskebeinsdiagram_2022.pdf", "ASD", 2022, "fishbone_ishikawa", "reportlab",
       "drawn fishbone (Ishikawa) diagram: head = goal, four bones = categories (not measures), ribs = measures with codes; 'Tiltakene' table on page 2 with full facts",
       [
           R("AMO", "Arbeidsmarkedsopplæring (AMO)", ["3.3", "3.5"], "Kurs/utdanning", "ASD",
             ["Arbeids- og velferdsdirektoratet", "NAV"], "2022–",
             "Kurs for arbeidssøkere som trenger kvalifisering for å komme i jobb, med økt vekt på yrkesrettede kurs."),
           R("ASD_TOAARIG", "Toårig yrkesrettet opplæringstiltak – forsøk", ["3.5"], "Prosjekt", "ASD",
             ["NAV", "fylkeskommunene"], "2022–2024",
             "Forsøk med et toårig løp som kombinerer yrkesopplæring og praksis for arbeidssøkere."),
           R("FAGBREV_TILTAK", "Utvidet adgang til fagbrev som arbeidsmarkedstiltak", ["3.3"], "Annet", "ASD",
             ["Arbeids- og velferdsdirektoratet"], "2021–2023",
             "Regelverket er endret slik at NAV kan gi opplæring fram mot fagbrev over inntil tre år."),
           R("ASD_BIO", "Overføring av bedriftsintern opplæring (BIO) til fylkeskommunene", ["1.2", "2.4"], "Annet",
             "ASD", ["fylkeskommunene", "NAV"], "2020–2022",
             "Ansvaret for BIO-ordningen er overført fra NAV til fylkeskommunene som ledd i regionreformen."),
           R("ASD_INKL", "Inkluderingsdugnaden – partssamarbeid", ["3.3"], "Råd/utvalg/nettverk", "ASD",
             ["partene i arbeidslivet", "NAV"], "2018–2022",
             "Samarbeid med partene om å få flere med hull i CV-en over i arbeid og opplæring."),
       ])

# ---------------------------------------------------------------- 2022 Akademikerne
report("Akademikerne_egenvurdering_2022.pdf", "Akademikerne", 2022, "likert_self_assessment", "reportlab",
       "self-assessment: per measure a title, fact line and text, then three Likert statements with drawn circles 1–5 (one filled); scale key and 'Samlet vurdering' block are not measures",
       [
           R("KBU", "Norwegian Committee on Skill Needs (KBU)", ["1.1"], "Råd/utvalg/nettverk", "KD",
             ["Akademikerne", "øvrige hovedorganisasjoner"], "2017–2023",
             "Akademikerne deltar i utvalget og har bidratt særlig til analysene av behovet for høyt utdannet arbeidskraft."),
           R("FLEKS", "Fleksible videreutdanningstilbud – deltakelse i vurderingspanel", ["2.1"], "Råd/utvalg/nettverk",
             "HK-dir", ["Akademikerne", "partene i arbeidslivet"], "2022",
             "Akademikerne har vurdert søknader om midler til fleksible videreutdanningstilbud."),
           R("AK_ECONA", "Kursrekke i bærekraftsrapportering", ["2.4"], "Kurs/utdanning", "Akademikerne/Econa", [],
             "2022–2023",
             "Korte kurs for økonomer om nye krav til bærekraftsrapportering."),
           R("AK_TEKNA", "Etterutdanning i digitalisering for ingeniører", ["2.1"], "Kurs/utdanning", "Akademikerne/Tekna",
             ["NTNU"], "2021–2023",
             "Nettbaserte moduler i maskinlæring og dataanalyse for yrkesaktive ingeniører."),
           R("AK_KARRIERE", "Karriereveiledning for medlemmer i overgang mellom utdanning og arbeid", ["1.3"], "Annet",
             "Akademikerne", ["medlemsforeningene"], "2019–",
             "Foreningene tilbyr medlemmer karriereveiledning ved overgang til første jobb og ved jobbskifte."),
           R("HKDIR_REAL", "Innspill til nasjonal veileder for realkompetansevurdering", ["2.5"], "Råd/utvalg/nettverk",
             "HK-dir", ["Akademikerne", "partene i arbeidslivet"], "2022–2023",
             "Akademikerne deltar i referansegruppen for veilederen og har levert skriftlige innspill."),
       ])

# ---------------------------------------------------------------- 2023 NAV
report("NAV_podkast_shownotes_2023.pdf", "NAV", 2023, "podcast_show_notes", "reportlab",
       "podcast episode pages: episode header, guests, 'Kapitler' with timestamps '(04:12)' before each measure, a fact line and a paragraph; links and transcript excerpt are not measures",
       [
           R("AMO", "AMO-kurs (arbeidsmarkedsopplæring)", ["3.5"], "Kurs/utdanning", "NAV",
             ["fylkeskommunene", "kursleverandører"], "2023",
             "Vi har kjøpt flere yrkesrettede AMO-kurs, blant annet innen helse, bygg og transport."),
           R("FAGBREV_TILTAK", "Fagbrev som tiltak i NAV", ["3.3"], "Kurs/utdanning", "NAV", ["fylkeskommunene"], "2022–",
             "Arbeidssøkere kan nå ta fagbrev mens de får ytelser fra NAV; over 900 deltok i 2023."),
           R("NAV_VEILEDER", "Kompetanseløft for NAV-veiledere i karriereveiledning", ["1.3"], "Kurs/utdanning", "NAV",
             ["HK-dir", "karrieresentrene"], "2023–2024",
             "Veiledere i NAV får kurs i karriereveiledning basert på det nasjonale kvalitetsrammeverket."),
           R("NAV_NORSK", "Norskopplæring kombinert med arbeidspraksis", ["3.4", "3.5"], "Kurs/utdanning", "NAV",
             ["kommunene", "IMDi"], "2023",
             "Deltakere får norskopplæring tre dager i uka og praksis i en bedrift to dager."),
           R("ASD_TOAARIG", "Forsøket med toårig yrkesrettet opplæring", ["3.5"], "Prosjekt", "ASD",
             ["NAV", "fylkeskommunene"], "2022–2024",
             "NAV-kontorene i forsøksfylkene har rekruttert de første deltakerne."),
       ])

# ---------------------------------------------------------------- 2023 KS (docx → PDF)
report("KS_prioriteringsmatrise_2023.pdf", "KS", 2023, "weighted_scoring_matrix", "python-docx → LibreOffice PDF",
       "weighted scoring matrix (criteria with weights, scores 1–5, weighted sum); a 'Nullalternativ' row is not a measure; then measures in ranked order as headings with label lines",
       [
           R("KS_LAERING", "KS Læring", ["2.1"], "Annet", "KS", ["kommunene", "fylkeskommunene"], "2016–",
             "Plattformen har fått ny kursportal og brukes nå av over 300 kommuner."),
           R("KOMPLOFT2025", "Kompetanseløft 2025 – kommunesektorens oppfølging", ["1.4", "2.2"], "Prosjekt", "HOD",
             ["KS", "statsforvalterne"], "2021–2025",
             "KS støtter kommunene i bruken av midlene i planen og i arbeidet med strategisk kompetanseplanlegging."),
           R("KS_DIGI_KOMM", "Digital kompetanse i kommunene – fase 2", ["2.1"], "Prosjekt", "KS",
             ["KDD", "hovedorganisasjonene"], "2022–2024",
             "Fase 2 retter seg mot ansatte i helse og omsorg og mot ledere."),
           R("KS_MONITOR", "Arbeidslivsmonitoren for kommunesektoren (videreført)", ["2.2"], "FoU", "KS", [], "2019–",
             "Monitoren publiseres hvert år og har fått et nytt kapittel om kompetanse."),
           R("KREFORM", "Partssamarbeid i kompetansereformen", ["2.4"], "Råd/utvalg/nettverk", "Regjeringen",
             ["KS", "partene i arbeidslivet"], "2019–",
             "KS deltar fortsatt i trepartsmøtene og i styringsgruppen for bransjeprogram i kommunesektoren."),
           R("KS_LAERLING", "Lærlingløft i kommunene", ["2.3"], "Prosjekt", "KS",
             ["kommunene", "fylkeskommunene"], "2023–2025",
             "Kommunene skal ta inn flere lærlinger i helsearbeiderfaget og barne- og ungdomsarbeiderfaget."),
           R("NASJ_FORUM_KARR", "Nasjonalt forum for karriereveiledning", ["1.3"], "Råd/utvalg/nettverk", "HK-dir",
             ["KS", "partene i arbeidslivet", "NAV"], "2016–",
             "KS representerer kommunesektoren og har i 2023 ledet en arbeidsgruppe om veiledning i voksenopplæringen."),
       ])

# ---------------------------------------------------------------- 2023 Virke
report("Virke_flettebrev_NKPS_2023.docx", "Virke", 2023, "mail_merge_unfilled_fields", "python-docx",
       "mail-merge output: one record per page under a repeated merge header; unfilled merge fields printed as «Samarbeidspartnere»/«Periode» placeholders (= empty)",
       [
           R("VIRKE_VAREHANDEL_BP", "Bransjeprogram varehandel – fase 2", ["2.1", "2.4"], "Kurs/utdanning", "Virke",
             ["Handel og Kontor", "HK-dir"], "2023–2025",
             "Programmet er forlenget med nye kurs i bærekraft, sirkulær handel og kunstig intelligens."),
           R("VIRKE_HK_KOMP", "Kompetanseutvalget for handel og kontor (Virke og HK)", ["2.4"], "Råd/utvalg/nettverk",
             "Virke og Handel og Kontor", [], "",
             "Utvalget har i 2023 laget en veileder for kompetanseplaner i mindre virksomheter."),
           R("VIRKE_FAGBREV_VH", "Fagbrev i salgsfaget for voksne (videreført)", ["2.5"], "Kurs/utdanning", "Virke",
             ["Handel og Kontor", "fylkeskommunene"], "2020–2024",
             "Nye kull er startet i Vestland og Trøndelag."),
           R("VIRKE_KI", "Kunstig intelligens i handelen – kompetansekartlegging", ["2.1", "2.2"], "FoU", "Virke", [],
             "2023",
             "Spørreundersøkelse blant medlemmene om bruk av kunstig intelligens og behovet for opplæring."),
           R("VIRKE_HR", "HR-nettverk for kompetanseplanlegging", ["2.2"], "Råd/utvalg/nettverk", "Virke",
             ["medlemsvirksomhetene"], "2020–",
             "Nettverket har hatt fire samlinger i 2023, to av dem digitale."),
       ])

# ---------------------------------------------------------------- 2024 Møre og Romsdal (nynorsk)
report("MR_fylkeskommune_kursstatistikk_2024.docx", "Møre og Romsdal fylkeskommune", 2024,
       "course_statistics_table_nn", "python-docx",
       "nynorsk landscape statistics table (Timar / Deltakarar / Av dei kvinner) with group rows per innsatsområde, subtotal rows and a 'Sum' row (not measures); Merknad column = description",
       [
           R("MR_KOMPALLIANSE", "Kompetansealliansen i Møre og Romsdal", ["1.2"], "Råd/utvalg/nettverk",
             "Møre og Romsdal fylkeskommune", ["næringslivet", "høgskulane", "fagskulen", "NAV"], "2019–",
             "Alliansen har i 2024 lagt fram eit nytt kunnskapsgrunnlag om kompetansebehovet i fylket."),
           R("MR_RKS", "Regional kompetansestrategi 2024–2028", ["1.2", "1.4"], "Prosjekt",
             "Møre og Romsdal fylkeskommune", ["kommunane", "partane i arbeidslivet"], "2024–2028",
             "Strategien vart vedteken av fylkestinget i juni 2024."),
           R("MR_KARRIERE", "Karrieresenteret i Møre og Romsdal – rettleiing for alle over 19 år", ["1.3"], "Prosjekt",
             "Møre og Romsdal fylkeskommune", ["NAV"], "2018–",
             "Gratis karriererettleiing på fire kontor og digitalt."),
           R("MR_FAGBREV_KOMM", "Fagbrev på jobb i kommunane (MR-modellen)", ["2.5", "3.1"], "Kurs/utdanning",
             "Møre og Romsdal fylkeskommune", ["kommunane", "KS"], "2023–2025",
             "Eige fylkesprosjekt der tilsette i kommunane får tilrettelagd teori og rettleiing fram mot fagprøve."),
           R("MR_VAKSEN", "Modulstrukturert fagopplæring for vaksne", ["3.1"], "Kurs/utdanning",
             "Møre og Romsdal fylkeskommune", ["kommunane", "NAV"], "2022–",
             "Vaksne tek fag- og sveinebrev modul for modul i helsearbeidarfaget og industrimekanikarfaget."),
           R("KP_ARBEID", "Kompetanseprogrammet – grunnleggjande dugleikar i bedrifter", ["3.2"], "Kurs/utdanning",
             "HK-dir", ["Møre og Romsdal fylkeskommune", "bedrifter"], "2024",
             "Fylkeskommunen har hjelpt bedrifter med søknader og levert kurs i lesing og digitale dugleikar."),
       ], lang="nn")

# ---------------------------------------------------------------- 2025 HK-dir
report("HKdir_eksport_NKPS_2025.docx", "HK-dir", 2025, "json_export_pasted", "python-docx",
       "JSON export from a reporting system pasted into Word in a monospace font (metadata object, 'tiltak' array; a '_mal' template object is not a measure)",
       [
           R("BRANSJE", "Bransjeprogram for kompetanseutvikling (videreført)", ["2.1", "2.4"], "Kurs/utdanning", "HK-dir",
             ["KD", "ASD", "partene i arbeidslivet"], "2018–",
             "Det er nå 19 bransjeprogram; i 2025 er det lyst ut midler til program for jordbruk og fiske."),
           R("KP_ARBEID", "Kompetanseprogrammet", ["3.2"], "Kurs/utdanning", "HK-dir", ["KD", "partene i arbeidslivet"],
             "2021–",
             "Tilskudd til opplæring i grunnleggende ferdigheter for ansatte og for frivillige organisasjoner."),
           R("NASJ_FORUM_KARR", "Nasjonalt forum for karriereveiledning", ["1.3"], "Råd/utvalg/nettverk", "HK-dir",
             ["KS", "Spekter", "LO", "NHO", "NAV", "fylkeskommunene"], "2016–",
             "Forumet har i 2025 arbeidet med karriereveiledning for voksne i arbeid."),
           R("DIGI_KARR", "karriereveiledning.no – nasjonal digital karriereveiledning", ["1.3"], "Annet", "HK-dir",
             ["fylkeskommunene", "NAV"], "2020–",
             "Tjenesten hadde rundt 60 000 veiledningssamtaler i 2025."),
           R("HKDIR_REAL", "Nasjonal veileder for realkompetansevurdering – fase 2", ["2.5"], "Prosjekt", "HK-dir",
             ["fylkeskommunene", "partene i arbeidslivet"], "2024–2026",
             "Veilederen prøves ut i fem fylker før den gjøres gjeldende for hele landet."),
           R("HKDIR_KI", "KI-kompetanse i arbeidslivet – utlysning av midler", ["2.1"], "Kurs/utdanning", "HK-dir",
             ["KD", "partene i arbeidslivet"], "2025–2026",
             "Midler til korte, fleksible tilbud om bruk av kunstig intelligens på jobben."),
           R("HKDIR_GODKJ", "Hurtigspor for godkjenning av utenlandsk fagutdanning", ["2.6"], "Prosjekt", "HK-dir",
             ["fylkeskommunene", "NAV"], "2024–2025",
             "Saksbehandlingstiden for godkjenning av utenlandsk fag- og yrkesopplæring er redusert fra ti til tre måneder."),
       ])

# ---------------------------------------------------------------- 2025 Vestland (nynorsk)
report("Vestland_kompetansebikuben_2025.pdf", "Vestland fylkeskommune", 2025, "honeycomb_hex_tiles_nn", "reportlab",
       "nynorsk drawn honeycomb: centre hexagon (not a measure) surrounded by measure hexagons with title and 'kode · type'; an empty 'Ledig celle' hexagon is not a measure; 'Om tiltaka' list below",
       [
           R("VL_KOMPFORUM", "Kompetanseforum Vestland – ny partnarskapsavtale 2024–2027", ["1.2"], "Råd/utvalg/nettverk",
             "Vestland fylkeskommune", ["NAV Vestland", "LO", "NHO", "KS", "Virke", "UH-sektoren"], "2024–2027",
             "Forumet held fram med ei ny avtale der også Virke og fagskulane er med."),
           R("VL_RKP", "Regional plan for kompetanse og arbeidsliv (tidlegare Regional kompetanseplan for Vestland)",
             ["1.2", "1.4"], "Prosjekt", "Vestland fylkeskommune", ["kommunane", "partane i arbeidslivet"], "2021–2025",
             "Planen er rullert og har fått nytt namn og eit eige handlingsprogram for 2025."),
           R("VL_KARRIERE", "Karriere Vestland", ["1.3"], "Prosjekt", "Vestland fylkeskommune", ["NAV", "HK-dir"], "2020–",
             "Karrieresentera har opna eit nytt kontor i Sogndal og tilbyr rettleiing på arbeidsplassar."),
           R("NASJ_FORUM_KARR", "Nasjonalt forum for karriererettleiing", ["1.3"], "Råd/utvalg/nettverk", "HK-dir",
             ["fylkeskommunane", "partane i arbeidslivet"], "2016–",
             "Vestland representerer framleis fylkeskommunane i forumet."),
           R("VL_VAKSENOPPL", "Fleksibel vidaregåande opplæring for vaksne – fase 2", ["3.1"], "Kurs/utdanning",
             "Vestland fylkeskommune", ["kommunane", "NAV"], "2023–2026",
             "Tilbodet er utvida med fleire yrkesfag og eit samarbeid med NAV om arbeidssøkjarar."),
           R("VL_GRONT", "Kompetanseløft for det grøne skiftet i Vestland", ["2.4"], "Prosjekt", "Vestland fylkeskommune",
             ["klyngene", "Høgskulen på Vestlandet", "Fagskulen Vestland"], "2025–2027",
             "Kurs og studietilbod innan hydrogen, havvind og batteri, utvikla saman med klyngene."),
       ], lang="nn")

# ---------------------------------------------------------------- 2026 Unio
report("Unio_begrepsliste_NKPS_2026.docx", "Unio", 2026, "definition_list_glossary", "python-docx",
       "alphabetical glossary (term in bold, definition indented); measure entries carry a bracket tag '[Tiltak · delmål … · type]' and an italic Ansvar/Med/Periode line; plain concepts are not measures",
       [
           R("UNIO_RSA", "Deltakelse i RSA-rådene", ["1.4"], "Råd/utvalg/nettverk", "Unio", ["UH-institusjonene"],
             "2019–",
             "Unio-forbundene er nå med i RSA ved alle universiteter og de fleste høyskolene."),
           R("UNIO_UNDERSOK", "Kompetanseundersøkelsen 2026", [], "FoU", "Unio", ["Respons Analyse"], "2025–2026",
             "Spørreundersøkelse blant 8 000 medlemmer om tilgang til etter- og videreutdanning."),
           R("HKDIR_KI", "Midler til KI-kompetanse (HK-dir-utlysningen)", ["2.1"], "Råd/utvalg/nettverk", "HK-dir",
             ["Unio", "partene i arbeidslivet"], "2025–2026",
             "Unio har deltatt i prioriteringen av utlysningen og fått med tilbud for lærere og sykepleiere."),
           R("UNIO_TV", "Tillitsvalgtskolering om kompetanse (videreført)", ["2.2"], "Kurs/utdanning", "Unio",
             ["Utdanningsforbundet", "Norsk Sykepleierforbund", "Politiets Fellesforbund"], "2019–",
             "Kursene fra 2019 er videreført og gjøres nå også som e-læring."),
           R("UNIO_KI_VERKSTED", "Verksted om kunstig intelligens i velferdsyrkene", ["2.1"], "Arrangement", "Unio",
             ["medlemsforbundene"], "Mars 2026",
             "Heldagsverksted om hvordan KI endrer arbeidet i skole, helse og politi."),
       ])
