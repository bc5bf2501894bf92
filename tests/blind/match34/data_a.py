# -*- coding: utf-8 -*-
"""Files 1-4: LO 2017, Spekter 2017, NHO 2018, Regjeringen 2018."""
from batch_common import M

FILES = []

# ---------------------------------------------------------------- 1 LO 2017
FILES.append(dict(
    file="2017_LO_rapport_NKPS.docx", reporter="LO", year=2017, fmt="docx", lang="nb",
    render="lo2017", made_with="python-docx (PAGE field, borderless label tables)",
    layout="letterhead_h2_bracketed_old_numbers_label_grid",
    layout_desc=("LO report made from the LO letterhead template (page header 'LO' with 'Landsorganisasjonen i Norge' "
                 "right-aligned, footer with address and 'Side' PAGE field): Innledning, then Heading 1 'LOs tiltak i 2017' with one "
                 "Heading 2 per measure whose old strategy numbers stand in square brackets at the END of the title "
                 "('… [tiltak 4 og 7]'); under it a borderless four-row label grid Hvem har ansvaret / Hvem er med / "
                 "Form / Når, then the description (one in two paragraphs); closing sections 'Møter og arenaer i 2017' "
                 "(a meeting list that names KBU and SRY meetings) and 'Planlagt for 2018' are not measures"),
    intro=[
        "LO viser til brev fra Kompetanse Norge av 1. november 2017 om rapportering på oppfølgingen av "
        "Nasjonal kompetansepolitisk strategi 2017–2021. LO signerte strategien i februar 2017 og har i det "
        "første året prioritert arbeid med læreplasser, fagbrev og tillitsvalgtes rolle i kompetanseutviklingen.",
        "Under følger de tiltakene LO selv står bak eller deltar i. Tallene i hakeparentes viser til tiltakene "
        "i strategiens egen liste (tiltak 1–16).",
    ],
    meetings=[
        "Kompetansepolitisk råd – møter 20. mars, 12. juni og 30. oktober 2017",
        "Oppstartsmøte for Kompetansebehovsutvalget, 7. september 2017",
        "Innspillsmøte om kompetansereform hos Kunnskapsdepartementet, 5. desember 2017",
        "SRY – fire ordinære møter",
    ],
    planned=("LO vil i 2018 vurdere et felles prosjekt med Fellesforbundet om kompetanseplaner i byggenæringen. "
             "Prosjektet er ikke startet og rapporteres derfor ikke som tiltak i år."),
    measures=[
        M("T01", "LOs deltakelse i Kompetansebehovsutvalget (KBU)", ["1.1"], "Utvalg",
          "Kunnskapsdepartementet", ["LO", "NHO", "YS", "Unio", "Akademikerne", "Spekter", "Virke", "KS"],
          "2017–2021",
          "Utvalget skal sammenstille og analysere kunnskap om Norges kompetansebehov. LO har ett medlem i "
          "utvalget og bidrar med innspill fra forbundene om behov i ulike bransjer.",
          dm="tiltak 1"),
        M("T02", "Samarbeidsrådet for yrkesopplæring", ["1.4", "2.3"], "Råd",
          "Kunnskapsdepartementet", ["LO", "NHO", "KS", "Spekter", "Virke", "YS", "Unio"], "Løpende",
          "SRY gir råd om fag- og yrkesopplæringen. LO bruker rådet til å løfte behovet for flere læreplasser "
          "og bedre sammenheng mellom yrkesfagene og arbeidslivets behov.",
          dm="tiltak 4 og 7"),
        M("T04", "Samfunnskontrakten for flere læreplasser", ["2.3"], "Avtale",
          "Kunnskapsdepartementet", ["LO", "NHO", "Virke", "Spekter", "KS", "YS", "Unio"], "2016–2020",
          "Partene og regjeringen har forpliktet seg til å øke antallet læreplasser. LO følger opp gjennom "
          "forbundene og de lokale tillitsvalgte i lærebedriftene.",
          dm="tiltak 7"),
        M("T07", "Forsøket med fagbrev på jobb", ["2.3", "2.5"], "Forsøk",
          "Utdanningsdirektoratet", ["LO", "NHO", "fylkeskommunene"], "2016–2017",
          "Forsøket prøver ut en ny vei til fagbrev for voksne i jobb, der opplæringen skjer på arbeidsplassen. "
          "LO har deltatt i referansegruppen og bidratt til å rekruttere deltakere gjennom forbundene.",
          dm="tiltak 7 og 9"),
        M("L1", "Tillitsvalgtopplæring om kompetanse på arbeidsplassen", ["1.4", "2.2"], "Kurs",
          "LO", ["Fellesforbundet", "Fagforbundet", "AOF Norge"], "Høsten 2017 og videre",
          "Et todagers kurs for tillitsvalgte om hvordan de kan ta opp kompetanseplaner med arbeidsgiver. "
          "Kurset bygger på hovedavtalens bestemmelser om kompetanseutvikling. Første kull med 32 deltakere "
          "ble gjennomført i november 2017, og kurset tilbys nå i alle fylker.",
          dm="tiltak 4, 6", paras=2),
        M("L2", "LOs kompetansekonferanse", ["2.2"], "Konferanse",
          "LO", ["Fafo"], "31. oktober 2017",
          "En dags konferanse for forbund og tillitsvalgte om verdien av å investere i kompetanse, med "
          "innlegg fra Fafo og fra virksomheter som har lykkes med kompetanseplaner.",
          dm="tiltak 6"),
    ],
))

# ---------------------------------------------------------------- 2 Spekter 2017
FILES.append(dict(
    file="2017_Spekter_tiltaksoversikt.pdf", reporter="Spekter", year=2017, fmt="pdf", lang="nb",
    render="spekter2017", made_with="reportlab (platypus table)",
    layout="portrait_table_hvem_cell_ansvarlig_marker_repeat_header_split_row",
    layout_desc=("Spekter report exported from Word: 'Spekter' page header with the report name at right, 'Side n av 2' "
                 "footer; intro, then one portrait table Tiltak (bold title + description in the same cell) | "
                 "Strategiens tiltak nr. (old numbers '4 og 7') | Hvem (responsible marked '(ansvarlig)', partners on "
                 "the following lines) | Når | Art; the header row is repeated on page 2, one row's description is "
                 "split over the page break (the rest in a continuation row with empty cells), an empty template row "
                 "is left at the end; a 'Kontakt' line and a grey box about a planned 2018 conference are not measures"),
    intro=[
        "Spekter har i 2017 fulgt opp Nasjonal kompetansepolitisk strategi gjennom arbeid med "
        "medlemsvirksomhetene, særlig i helseforetakene. Tabellen viser tiltakene og hvilke av strategiens "
        "tiltak (nr. 1–16) de knytter seg til.",
        "Spekter organiserer virksomheter som i hovedsak er eid av det offentlige, blant annet de regionale "
        "helseforetakene, NRK, Vinmonopolet og flere kulturinstitusjoner. Kompetanse er et sentralt tema i "
        "samarbeidet med arbeidstakerorganisasjonene, både i hovedavtalen og i de årlige forhandlingene. "
        "Mye av arbeidet skjer derfor sammen med LO, Unio, YS og Akademikerne og deres forbund.",
        "I tabellen er det skilt mellom tiltak der Spekter selv har ansvaret, og tiltak der Spekter deltar "
        "sammen med andre. Den som har ansvaret, er markert med «(ansvarlig)» i kolonnen Hvem. Tiltak som "
        "bare er planlagt, er ikke tatt med i tabellen.",
    ],
    planned=("Planlagt: Spekter vil høsten 2018 arrangere en konferanse om kompetanse i helse og omsorg sammen "
             "med Fagforbundet. Konferansen er ikke vedtatt og er ikke tatt med i tabellen."),
    contact="Kontakt: Spekter, avdeling for arbeidsgiverpolitikk, tlf. 23 28 73 00",
    measures=[
        M("S1", "Møteplass lærebedrifter", ["1.4", "2.3"], "Møteplass",
          "Spekter", ["helseforetakene", "Utdanningsdirektoratet"], "Årlig fra 2017",
          "Årlig samling for lærebedrifter blant medlemsvirksomhetene der erfaringer med inntak og oppfølging "
          "av lærlinger deles.",
          dm="4 og 7", resp_print="Spekter (ansvarlig)"),
        M("S2", "Konferanse om læreplasser for medlemsvirksomheter og LOs tillitsvalgte", ["2.3"], "Konferanse",
          "LO og Spekter", [], "30. november 2017",
          "Konferansen skal bidra til å nå målet i Samfunnskontrakt for flere læreplasser om at alle "
          "kvalifiserte elever skal tilbys en læreplass. Innlegg fra fagmiljøer, virksomheter og tillitsvalgte.",
          dm="7", resp_print="LO og Spekter (ansvarlige)"),
        M("S3", "Samarbeid om helsesekretærutdanningen", ["1.4"], "Samarbeidsprosjekt",
          "Spekter", ["Oslo universitetssykehus (OUS)", "Hersleb videregående skole"], "2013–2016, videreført i drift",
          "Hensikten er å heve kvaliteten i helsesekretærutdanningen og øke rekrutteringen til utdanningen og "
          "yrket, sikre samarbeid mellom utdanningstilbyder og arbeidsliv og gi kompetanseøkning til deltakende "
          "parter.",
          dm="4", resp_print="Spekter (ansvarlig)"),
        M("S4", "Livslang læring i sykehussektoren – europeisk prosjekt", ["2.2"], "EU-prosjekt",
          "HOSPEEM og EPSU", ["EU-kommisjonen", "Spekter", "Fagforbundet", "Norsk sykepleierforbund"],
          "Våren 2017, to år",
          "To konferanser der gode eksempler trekkes fram for å belyse verdien av å investere i kompetanse. "
          "Første konferanse ble holdt i Amsterdam i juni 2017, neste planlegges i Litauen i mai 2018. Spekter "
          "sitter i styringsgruppen, og det skal skrives en rapport fra prosjektet.",
          dm="6", resp_print="HOSPEEM og EPSU (ansvarlige)", split=True),
        M("S5", "Konferanse om integrering av flyktninger og innvandrere", ["3.4"], "Konferanse",
          "Spekter", ["IMDi", "NAV", "Drammen kommune"], "21. september 2017",
          "Konferansen skal øke kunnskap, forståelse og interesse for å integrere flyktninger og innvandrere i "
          "arbeidslivet, med praktiske eksempler fra medlemsvirksomhetene.",
          dm="14", resp_print="Spekter (ansvarlig)"),
    ],
))

# ---------------------------------------------------------------- 3 NHO 2018
FILES.append(dict(
    file="2018_NHO_rapport_kompetanse.pdf", reporter="NHO", year=2018, fmt="pdf", lang="nb",
    render="nho2018", made_with="reportlab (platypus)",
    layout="goal_words_headings_continuous_numbers_pipe_factline_ab_subitems",
    layout_desc=("NHO report exported from Word: header 'NHO' / report name with a rule, page number at the foot; "
                 "'Om rapporten', then headings that give the delmål ONLY in short words (no codes: 'Samarbeid mellom "
                 "utdanning og arbeidsliv' …); items numbered 1.–6. continuously across the headings: bold title on the "
                 "number line, an italic pipe-separated fact line 'Ansvar: … | Partnere: … | Periode: … | Type: …', "
                 "then the text; item 5 is a lead sentence with two measures as a) and b) sub-items, each with its own "
                 "fact line; one item adds 'Gjelder også: <goal words>'; closing 'Oppsummering' with a count table per "
                 "hovedinnsatsområde (not measures)"),
    intro=[
        "NHO rapporterer her på egne tiltak og tiltak der NHO deltar sammen med andre. Tiltakene er ordnet "
        "etter de delmålene i strategien de først og fremst følger opp.",
    ],
    groups=[  # (heading words, [measure indexes]) ; item numbering runs across groups
        ("Kompetansebehovsutvalget", [0]),
        ("Samarbeid mellom utdanning og arbeidsliv", [1]),
        ("Kunnskap om læring i arbeidslivet", [2]),
        ("Karrieremuligheter i yrkesfagene", [3, ("ab", [4, 5])]),
        ("Dokumentasjon av kompetanse fra arbeidslivet", [6]),
    ],
    ab_lead="NHO bidrar på to måter i arbeidet med yrkesopplæringen:",
    measures=[
        M("T01", "NHO i kompetansebehovsutvalget", ["1.1"], "Utvalg",
          "Kunnskapsdepartementet", ["NHO", "LO", "de øvrige hovedorganisasjonene"], "2017–2021",
          "NHO har en representant i utvalget og bidrar med data fra kompetansebarometeret inn i utvalgets "
          "analyser."),
        M("N3", "Kompetanseløft i matindustrien", ["1.4", "2.1"], "Prosjekt",
          "NHO Mat og Drikke", ["Fellesforbundet", "NHO Service og Handel"], "2018–2020",
          "Et bransjerettet løft der bedrifter i matindustrien kartlegger behov og får tilbud om "
          "modulbasert opplæring, også i digitale verktøy for produksjon.",
          also="Digital kompetanse i hele arbeidsstyrken"),
        M("N1", "NHOs kompetansebarometer", ["2.2"], "Undersøkelse",
          "NHO", ["NIFU"], "Årlig",
          "Årlig spørreundersøkelse blant NHOs medlemsbedrifter om kompetansebehov, rekruttering og "
          "samarbeid med utdanningstilbydere. NIFU gjennomfører analysen."),
        M("T04", "Samfunnskontrakt for flere læreplasser 2016–2020", ["2.3"], "Avtale",
          "Kunnskapsdepartementet", ["NHO", "LO", "Virke", "Spekter", "KS"], "2016–2020",
          "NHO følger opp kontrakten gjennom landsforeningene og de regionale kontorene, og har bidratt til "
          "en kartlegging av hvorfor bedrifter ikke tar inn lærlinger."),
        M("T02", "Samarbeidsrådet for yrkesopplæring (SRY)", ["2.3"], "Råd",
          "Kunnskapsdepartementet", ["NHO", "LO", "KS", "Virke", "YS"], "Løpende",
          "NHO deltar i SRY og i de faglige rådene, og legger vekt på at tilbudsstrukturen følger "
          "arbeidslivets behov."),
        M("N2", "Rapport: Yrkesopplæringsnemndas rolle og ansvar", ["2.3"], "Utredning",
          "NHO", ["Partene"], "2018",
          "En utredning av hvordan yrkesopplæringsnemndene i fylkene fungerer, med forslag til hvordan "
          "partenes rolle kan styrkes."),
        M("T22", "Prosjekt om å dokumentere kompetanse fra arbeidslivet", ["2.5"], "Partsprosjekt",
          "Virke", ["NHO", "LO", "YS"], "2017–2019",
          "Partene utvikler sammen en metode og modell for vurdering av kompetanse ervervet i arbeidslivet. "
          "NHO deltar i prosjektgruppen."),
    ],
    summary_counts=[("Hovedinnsatsområde 1", 2), ("Hovedinnsatsområde 2", 5), ("Hovedinnsatsområde 3", 0)],
))

# ---------------------------------------------------------------- 4 Regjeringen 2018
FILES.append(dict(
    file="2018_Regjeringen_oppfolging_NKPS.docx", reporter="Regjeringen", year=2018, fmt="docx", lang="nb",
    render="regj2018", made_with="python-docx (gridSpan group rows)",
    layout="ministry_note_table_department_group_rows_virkemiddel_status",
    layout_desc=("KD's note 'Oppfølging av Nasjonal kompetansepolitisk strategi 2018': NOTAT header grid (Til / Fra / "
                 "Dato / Saksnr. / Emne), '1 Bakgrunn', '2 Regjeringens tiltak' with ONE table Tiltak | Delmål | "
                 "Virkemiddel | Samarbeid | Tidsrom | Status 2018 whose full-width shaded group rows name the "
                 "responsible department ('Kunnskapsdepartementet (KD)' …) – no responsible column; Virkemiddel holds "
                 "the ministry's own type words (Utvalg, Digital tjeneste, Rammeverk, Forsøk, Tilskuddsordning, "
                 "Reform …); Status 2018 = description; '3 Videre arbeid' is not measures"),
    header=[("Til", "Kompetansepolitisk råd"), ("Fra", "Kunnskapsdepartementet"), ("Dato", "10.12.2018"),
            ("Saksnr.", "18/4417"),
            ("Emne", "Regjeringens oppfølging av Nasjonal kompetansepolitisk strategi 2018")],
    intro=[
        "Regjeringen rapporterer her samlet for departementene. Tabellen er ordnet etter ansvarlig departement. "
        "Der departementet samarbeider med partene i arbeidslivet, står dette i kolonnen Samarbeid.",
    ],
    closing=[
        "Regjeringen tar sikte på å legge fram en stortingsmelding om kompetansereformen i 2020. Arbeidet med "
        "regionreformen fortsetter, og departementene vil i 2019 vurdere flere oppgaver som kan legges til "
        "fylkeskommunene.",
    ],
    dept_groups=[
        ("Kunnskapsdepartementet (KD)", [0, 1, 2, 3, 4, 5, 6, 7]),
        ("Kommunal- og moderniseringsdepartementet (KMD)", [8]),
        ("Helse- og omsorgsdepartementet (HOD)", [9]),
    ],
    measures=[
        M("T01", "Kompetansebehovsutvalget (KBU)", ["1.1"], "Utvalg",
          "Kunnskapsdepartementet (KD)", ["ASD", "KMD", "NFD", "partene i arbeidslivet"], "2017–2021",
          "Utvalget la fram sin første rapport i 2018 og skal levere en temarapport om behovet for "
          "etter- og videreutdanning i 2019.", dm="1.1"),
        M("T11", "Ekspertutvalg for etter- og videreutdanning", ["2.2", "2.4"], "Utvalg",
          "Kunnskapsdepartementet (KD)", ["partene i arbeidslivet"], "2018–2019",
          "Utvalget ble oppnevnt i 2018 og skal vurdere hvordan etter- og videreutdanningstilbudet kan "
          "møte arbeidslivets behov. Partene deltar i en referansegruppe.", dm="2.2, 2.4"),
        M("T12", "Nasjonal digital karriereveiledningstjeneste", ["1.3"], "Digital tjeneste",
          "Kunnskapsdepartementet (KD)", ["Kompetanse Norge"], "2018–2019",
          "Kompetanse Norge utvikler en nettbasert karriereveiledningstjeneste med chat og telefon, som "
          "skal lanseres i 2019.", dm="1.3"),
        M("T13", "Nasjonalt kvalitetsrammeverk for karriereveiledning", ["1.3"], "Utviklingsprosjekt",
          "Kunnskapsdepartementet (KD)", ["Kompetanse Norge", "fylkeskommunene"], "2016–2019",
          "Rammeverket med etiske retningslinjer, kompetansestandard og karrierekompetanser er utviklet og "
          "prøves ut i karrieresentrene.", dm="1.3"),
        M("T15", "Utvikling av fleksible videreutdanningstilbud i digital kompetanse", ["2.1", "2.4"], "Forsøk",
          "Kunnskapsdepartementet (KD)", ["Kompetanse Norge", "partene i arbeidslivet"], "2018–2020",
          "Utlysning av midler til universiteter, høyskoler og fagskoler som utvikler fleksible "
          "videreutdanningstilbud i digital kompetanse sammen med arbeidslivet.", dm="2.1, 2.4"),
        M("T10", "Kompetansepluss arbeid og Kompetansepluss frivillighet", ["3.2"], "Tilskuddsordning",
          "Kunnskapsdepartementet (KD)", ["Kompetanse Norge", "VOFO", "partene i arbeidslivet"], "Løpende",
          "Ordningene gir voksne opplæring i grunnleggende ferdigheter. Det er i 2018 satt i gang forsøk der "
          "Kompetansepluss arbeid kobles med fagopplæring.", dm="3.2"),
        M("T06", "Fagbrev på jobb som fast ordning", ["2.3", "2.5"], "Ordning",
          "Kunnskapsdepartementet (KD)", ["Utdanningsdirektoratet", "fylkeskommunene", "partene"], "Fra 2018",
          "Etter forsøket er fagbrev på jobb gjort til en permanent vei til fagbrev for voksne med "
          "relevant arbeidserfaring.", dm="2.3, 2.5"),
        M("G2", "Kompetansereformen – Lære hele livet", ["2.2", "2.4", "3.1"], "Reform",
          "Kunnskapsdepartementet (KD)", ["ASD", "NFD", "partene i arbeidslivet"], "2018–2020",
          "Regjeringen har holdt innspillsmøter i alle fylker og arbeider med en stortingsmelding om reformen.",
          dm="2.2, 2.4, 3.1"),
        M("G1", "Overføring av oppgaver til fylkeskommunene (regionreformen)", ["1.2"], "Oppgaveoverføring",
          "Kommunal- og moderniseringsdepartementet (KMD)", ["KD", "ASD", "fylkeskommunene"], "2018–2020",
          "Tilskudd til karriereveiledning og ansvaret for bedriftsintern opplæring (BIO) flyttes til "
          "fylkeskommunene fra 2020.", dm="1.2"),
        M("T17", "Kompetanseløft 2020", ["1.4", "3.1"], "Tilskuddsordning",
          "Helse- og omsorgsdepartementet (HOD)", ["Helsedirektoratet", "KS"], "2016–2020",
          "Planen skal sikre at den kommunale helse- og omsorgstjenesten har tilstrekkelig og kompetent "
          "bemanning. Tilskudd til utdanning av ansatte kanaliseres via Fylkesmannen.", dm="1.4, 3.1"),
    ],
))
