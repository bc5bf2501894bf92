# -*- coding: utf-8 -*-
"""Ground truth for batch match26: every report, every measure row, and the tiltak key that
identifies the same tiltak across reports.  make_batch.py turns keys into T-ids."""

DELMAL_SHORT = {
    "1.1": "Kompetansebehovsutvalget", "1.2": "Regionalt folkevalgt nivå", "1.3": "Karriereveiledning",
    "1.4": "Samarbeid utdanning–arbeidsliv", "2.1": "Digital kompetanse", "2.2": "Kunnskapsgrunnlag",
    "2.3": "Yrkesfaglige karriereveier", "2.4": "Koble kompetansebehov og tilbud",
    "2.5": "Dokumentasjon av kompetanse", "2.6": "Godkjenning av utenlandsk utdanning",
    "3.1": "Fleksibel opplæring for voksne", "3.2": "Kompetanseplussordningene",
    "3.3": "Opplæring i arbeidsmarkeds- og integreringspolitikken", "3.4": "Norskopplæring og kvalifisering",
    "3.5": "NAVs opplæringstilbud", "3.6": "Læring i frivillig sektor",
}
CODES = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
         "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"]


def old_no(code):
    return CODES.index(code) + 1


K, A, R, F, P, X = "Kurs/utdanning", "Arrangement", "Råd/utvalg/nettverk", "FoU", "Prosjekt", "Annet"


def M(key, title, delmal, typ, resp, partners, period, desc, **extra):
    d = dict(key=key, title=title, delmal=sorted(delmal, key=CODES.index), type=typ, responsible=resp,
             partners=list(partners), period=period, description=desc)
    d.update(extra)
    return d


REPORTS = []


def report(file, reporter, year, template, made_with, layout, measures, lang="nb", **extra):
    REPORTS.append(dict(file=file, reporter=reporter, year=year, template=template, made_with=made_with,
                        layout=layout, measures=measures, lang=lang, **extra))


# ---------------------------------------------------------------- 2017 NHO (old numbers in labels)
report("NHO_oppfolging_NKPS_2017.docx", "NHO", 2017, "delmal_letter_labels", "python-docx",
       "list items labelled by strategy tiltak number + letter ('7 a)'), one italic fact line, prose", [
    M("samfunnskontrakt_1620", "Samfunnskontrakt for flere læreplasser", ["2.3", "1.4"], X, "NHO",
      ["KD", "LO", "KS", "Virke", "Spekter", "YS", "Unio"], "2016–2020",
      "NHO har sammen med myndighetene og de andre partene forpliktet seg til å øke antall læreplasser. "
      "Regionforeningene følger opp bedriftene og rapporterer på måltallene hvert år.", ptype="Avtale",
      also=["1.4"], lab="7 a)"),
    M("kbu", "Kompetansebehovsutvalget (KBU) – NHOs deltakelse", ["1.1"], R, "Regjeringen v/KD",
      ["NHO", "LO", "partene"], "Oppnevnt 2017",
      "NHO er representert i utvalget som skal sammenstille og analysere kunnskap om Norges "
      "kompetansebehov. Første rapport ventes i 2018.", ptype="Utvalg", lab="1 a)"),
    M("nho_kompetansebarometer", "NHOs kompetansebarometer", ["2.2"], F, "NHO", ["NIFU"], "Årlig fra 2013",
      "Årlig spørreundersøkelse blant NHOs medlemsbedrifter om behovet for kompetanse. Resultatene "
      "brukes i dialogen med utdanningsmyndighetene.", ptype="FoU", lab="6 a)"),
    M("matindustrien40", "Matindustrien 4.0 – kompetanseløft for hele matindustrien", ["2.1"], P,
      "NHO Mat og drikke", ["LO/NNN", "Sjømat Norge"], "2017–2019",
      "Partssamarbeid om digital kompetanse for ansatte i næringsmiddelindustrien, med kurs lokalt i "
      "bedriftene.", ptype="Prosjekt", lab="5 a)"),
    M("fagbrev_paa_jobb", "Fagbrev på jobb", ["3.1", "2.3"], P, "NHO",
      ["fylkeskommunene", "Kompetanse Norge"], "2017–",
      "Voksne ansatte skal kunne ta fagbrev mens de er i jobb, med opplæring organisert i bedriften. "
      "NHO arbeider for at ordningen gjøres kjent i medlemsbedriftene.", ptype="Prosjekt",
      also=["2.3"], lab="11 a)"),
    M("nho_praksisbrev", "Praksisbrev – videreføring i bedrifter", ["2.3"], K, "NHO",
      ["Utdanningsdirektoratet", "fylkeskommunene"], "2017–2018",
      "Toårig praktisk opplæringsløp for ungdom som trenger en mer praktisk vei mot fagbrev. NHO "
      "rekrutterer lærebedrifter.", ptype="Opplæring", lab="7 b)"),
    M("rsa", "Råd for samarbeid med arbeidslivet (RSA)", ["1.4"], R, "Universiteter og høyskoler",
      ["NHO", "regionforeningene"], "Løpende",
      "NHOs regionforeninger deltar i rådene ved universitetene og høyskolene for å gjøre utdanningene "
      "mer relevante.", ptype="Råd", lab="4 a)"),
])

# ---------------------------------------------------------------- 2017 VOFO (accounts, note 9)
report("VOFO_aarsregnskap_2017.docx", "VOFO", 2017, "accounts_note_regnskap", "python-docx",
       "annual accounts: income statement, balance sheet and notes; NKPS measures only in Note 9 as "
       "lettered paragraphs ending in a bracketed fact line with old NKPS numbers", [
    M("kp_frivillighet", "Kompetansepluss frivillighet – dialog om videreutvikling", ["3.2", "3.6"], R,
      "VOFO", ["Kompetanse Norge", "studieforbundene"], "2017–",
      "VOFO har hatt jevnlige møter med Kompetanse Norge om hvordan ordningen kan videreutvikles, og har "
      "samlet erfaringer fra studieforbundene.", ptype="nettverk"),
    M("vofo_regionkonsulent", "Kompetanseheving for regionkonsulenter", ["1.2"], K, "VOFO",
      ["VOFO-regionene"], "2017",
      "To samlinger for nye og eksisterende regionkonsulenter om regional kompetansepolitikk og "
      "fylkeskommunenes rolle.", ptype="kurs"),
    M("vofo_partnerskap_fk", "Partnerskapsavtaler med fylkeskommunene", ["1.2"], X, "VOFO",
      ["fylkeskommunene"], "2017–2019",
      "Avtalene skal sikre at studieforbundene tas med i de regionale kompetansepartnerskapene.",
      ptype="samarbeidsavtale"),
    M("vofo_laerelyst", "Kampanjen «Lærelyst»", ["3.6"], X, "VOFO", ["studieforbundene"], "Høsten 2017",
      "Kampanje i sosiale medier og lokalaviser for å få flere voksne til å delta på kurs i "
      "studieforbundene.", ptype="kampanje"),
    M("vofo_norsktrening", "Norsktrening i frivillig regi – kartlegging", ["3.4", "3.6"], F, "VOFO",
      ["Frivillighet Norge", "IMDi"], "2017–2018",
      "Kartlegging av språkkafeer og andre frivillige norsktreningstilbud og hvordan de kan kobles til "
      "kommunenes norskopplæring.", ptype="FoU"),
])

# ---------------------------------------------------------------- 2018 KD (contract register)
report("KD_oppdragsoversikt_2018.docx", "Kunnskapsdepartementet", 2018, "fou_contract_register",
       "python-docx",
       "register of commissions: table Nr | Oppdrag/tiltak | Art | Leverandør/samarbeid | Kontraktsperiode | "
       "Ramme | Delmål, a sum row, an 'Oppdragsgiver: KD' header; descriptions in a second table", [
    M("kbu", "Kompetansebehovsutvalget (KBU) – sekretariat og analyser", ["1.1"], R, "KD",
      ["Kompetanse Norge", "partene"], "2017–2021",
      "Utvalget leverte sin første rapport i 2018. Kompetanse Norge er sekretariat.", ptype="Utvalg"),
    M("evu_ekspertutvalg", "Ekspertutvalg om etter- og videreutdanning", ["2.2"], R, "KD",
      ["forskere", "utdanningsinstitusjoner", "partene"], "2018–2019",
      "Utvalget skal vurdere hvordan tilbudet av etter- og videreutdanning kan bli mer fleksibelt og "
      "tilpasset arbeidslivets behov.", ptype="Utvalg"),
    M("avkastning_forstudie", "Forstudie om avkastning av kompetanseinvesteringer i arbeidslivet", ["2.2"],
      F, "KD", ["NIFU"], "2018", "Forstudien kartlegger hva som finnes av forskning på avkastning av "
      "opplæring i arbeidslivet.", ptype="FoU"),
    M("digital_flex", "Tilskudd til utvikling av fleksible videreutdanningstilbud i digital kompetanse",
      ["2.1"], K, "KD", ["Kompetanse Norge", "DIKU", "partene"], "2018–2019",
      "Utlysning av midler til universiteter, høyskoler og fagskoler som utvikler fleksible tilbud i "
      "samarbeid med arbeidslivet.", ptype="Tilskudd/utdanning"),
    M("bransjeprogram", "Bransjeprogram for industri- og byggenæringen og lokal helse- og omsorgssektor",
      ["2.1", "2.4"], K, "KD", ["Kompetanse Norge", "partene", "bransjene"], "2018–",
      "Trepartsprogrammer der staten og partene sammen definerer kompetansebehov og finansierer "
      "relevante opplæringstilbud.", ptype="Tilskudd/utdanning"),
    M("karriere_digital", "Utvikling av en nasjonal digital karriereveiledningstjeneste", ["1.3"], P, "KD",
      ["Kompetanse Norge", "Utdanningsdirektoratet"], "2018–2020",
      "Tjenesten skal gi alle tilgang til veiledning på chat, telefon og nett.", ptype="Prosjekt"),
    M("kp_arbeid", "Kompetansepluss arbeid – tilskudd til opplæring i grunnleggende ferdigheter",
      ["3.2"], K, "KD", ["Kompetanse Norge"], "Årlig",
      "Virksomheter kan søke om midler til opplæring i lesing, skriving, regning, IKT og muntlig "
      "kommunikasjon for ansatte.", ptype="Tilskudd/utdanning"),
    M("kvalitetsrammeverk", "Styrke kvalitet og kompetanse i karriereveiledning gjennom et nasjonalt "
      "kvalitetsrammeverk for karriereveiledning", ["1.3"], P, "KD", ["Kompetanse Norge", "fylkeskommunene"],
      "2018–2020", "Rammeverket skal gi felles standarder for karriereveiledere i alle sektorer.",
      ptype="Prosjekt"),
])

# ---------------------------------------------------------------- 2018 LO (intranet feed)
report("LO_innsikt_feed_2018.pdf", "LO", 2018, "intranet_feed_posts", "reportlab",
       "intranet news feed printed to PDF: posts with avatar, author, time, @mentions for partners, a grey "
       "'NKPS' footer line, likes/comments; some posts and all comments are not measures", [
    M("lo_tariff_notat", "Notat: Tariffavtalenes betydning i kompetansepolitikken", ["2.2"], F, "LO",
      ["Fafo"], "2018",
      "Fafo har på oppdrag fra LO sett på hvordan tariffavtalene regulerer kompetanseutvikling, og hvilke "
      "bestemmelser som faktisk brukes lokalt.", ptype="FoU"),
    M("kbu", "LO i Kompetansebehovsutvalget", ["1.1"], R, "KD", ["LO", "NHO", "partene"], "2017–",
      "LO sitter i KBU og har bidratt til kapitlet om behovet for fagarbeidere.", ptype="utvalg"),
    M("arendal_2018", "Felles arrangement med Spekter under Arendalsuka 2018", ["2.2"], A, "LO Stat",
      ["Spekter"], "August 2018",
      "Debatt om verdien av å fornye de ansattes kompetanse i offentlig sektor.", ptype="arrangement"),
    M("lo_tv_kurs", "Kompetansekurs for tillitsvalgte", ["2.2"], K, "LO", ["AOF", "forbundene"],
      "2018–2019", "Todagers kurs om hvordan tillitsvalgte kan bruke avtaleverket til å kreve "
      "kompetanseplaner i virksomheten.", ptype="kurs"),
    M("evu_ekspertutvalg", "Referansegruppen til ekspertutvalget for etter- og videreutdanning", ["2.2"], R,
      "KD", ["LO", "NHO", "Unio"], "2018–2019",
      "LO deltar i referansegruppen og har levert innspill om rett til etter- og videreutdanning.",
      ptype="utvalg"),
    M("lo_rsa_egne", "Styrke arbeidet i Råd for samarbeid med arbeidslivet (RSA) i egne rekker", ["1.4"], R,
      "LO", ["NHO"], "2018",
      "LO har laget en veileder for sine representanter i RSA og samler dem til erfaringsmøte.",
      ptype="nettverk"),
    M("matindustrien40", "Matindustrien 4.0", ["2.1"], P, "LO/NNN", ["NHO Mat og drikke", "Sjømat Norge"],
      "2017–2019", "NNN og NHO Mat og drikke driver sammen kompetanseløftet for hele matindustrien.",
      ptype="prosjekt"),
])

# ---------------------------------------------------------------- 2019 KS (printed html e-mail)
report("KS_nyhetsbrev_kompetanse_2019.pdf", "KS", 2019, "outlook_html_newsletter_print", "reportlab",
       "HTML newsletter e-mail printed from Outlook: mail header block, 'Vis i nettleser', banner, one "
       "image+text block per measure with a grey 'Strategiens delmål …' line and a 'Les mer' button; "
       "event calendar box and unsubscribe footer are not measures", [
    M("samfunnskontrakt_1620", "Samfunnskontrakt for flere læreplasser", ["2.3"], X, "KD",
      ["KS", "NHO", "LO", "Virke", "Spekter"], "2016–2020",
      "Kommunene har økt antall lærlinger fire år på rad. KS følger opp måltallet for kommunesektoren.",
      ptype="Avtale"),
    M("ks_laering", "KS Læring – delingsplattform for kommunene", ["2.2"], X, "KS", ["kommunene"],
      "Fra 2017", "Plattform der kommuner kan dele kurs, arrangementer og annen kunnskap med ansatte og "
      "med hverandre.", ptype="Plattform"),
    M("ks_arbeidslivsmonitor", "Kommunesektorens arbeidslivsmonitor", ["2.2"], F, "KS", [],
      "Ny rapport september 2019", "Monitoren gir tall for rekruttering, kompetanse og turnover i "
      "kommunesektoren.", ptype="FoU"),
    M("ks_teknologi_laering", "Teknologibasert læring på arbeidsplassen", ["2.1", "2.2"], F, "KS", [],
      "2019–2020", "FoU-prosjekt om hvordan digitale læringsverktøy kan brukes i opplæring av ansatte i "
      "kommunene.", ptype="FoU"),
    M("ks_digital_kommuner", "Samarbeid om digital kompetanse i 71 kommuner", ["2.1"], P, "KS",
      ["KMD", "hovedorganisasjonene"], "1. januar 2018 – ut 2019",
      "KS gjennomfører møteplasser og samlinger med bistand fra alle partene i samarbeidet.",
      ptype="Prosjekt"),
    M("karriereforum", "Nasjonalt forum for karriereveiledning", ["1.3"], R, "Kompetanse Norge",
      ["KS", "Spekter"], "Løpende", "KS representerer kommunesektoren i forumet.", ptype="Nettverk"),
    M("bransjeprogram", "Bransjeprogram for kommunal helse- og omsorgssektor", ["2.4"], K, "KS",
      ["Fagforbundet", "NSF", "Delta", "KD"], "2018–2020",
      "Treparts bransjeprogram som gir ansatte i helse og omsorg tilbud om videreutdanning og "
      "fagskolemoduler.", ptype="Utdanning"),
])

# ---------------------------------------------------------------- 2019 Spekter (resume style, LO pdf)
report("Spekter_innsats_2019.pdf", "Spekter", 2019, "cv_resume_year_column", "python-docx → LibreOffice PDF",
       "résumé-style overview: borderless two-column table, period in a narrow grey left column, bold title, "
       "italic 'who' line, bullet description, small 'Delmål · type' line", [
    M("spekter_hospeem", "Deltakelse i europeisk prosjekt om livslang læring i sykehussektoren", ["2.2"], P,
      "HOSPEEM og EPSU", ["Spekter", "Fagforbundet", "Norsk Sykepleierforbund"], "2017–2019",
      "To konferanser med gode eksempler på verdien av å investere i kompetanse; sluttrapport i 2019.",
      ptype="Prosjekt"),
    M("spekter_helsesekretaer", "Helsesekretærutdanningen – samarbeid om relevans", ["1.4"], P, "Spekter",
      ["Oslo universitetssykehus", "Hersleb videregående skole"], "2013–2016, videreført i drift",
      "Erfaringene fra samarbeidet om kvalitet og rekruttering er tatt inn i ordinær drift.",
      ptype="Prosjekt"),
    M("arendal_2019", "Frokostmøte under Arendalsuka 2019 om kompetanse i sykehusene", ["2.2"], A, "Spekter",
      ["LO Stat"], "August 2019", "Møte om hvordan sykehusene kan planlegge kompetansebehovet fram mot "
      "2030.", ptype="Arrangement"),
    M("spekter_integrering_konf", "Konferanse om integrering av flyktninger og innvandrere i arbeidslivet",
      ["3.4"], A, "Spekter", ["IMDi", "NAV"], "2019",
      "Konferanse for medlemsvirksomhetene om ordninger og gode eksempler på integrering.",
      ptype="Arrangement"),
    M("spekter_praksis_master", "Praksisplasser for masterstudenter i statsvitenskap", ["1.4"], K, "Spekter",
      ["UiO"], "Vårsemesteret 2019", "To studenter har hatt praksis i Spekters sekretariat.",
      ptype="Kurs/utdanning"),
    M("spekter_laereplass_konf", "Konferanse om læreplasser i helseforetakene", ["2.3"], A, "Spekter og LO",
      ["helseforetakene"], "November 2019",
      "Konferansen fulgte opp målet i samfunnskontrakten om at alle kvalifiserte søkere skal få "
      "læreplass.", ptype="Arrangement"),
    M("spekter_kompetanse_hf", "Kompetanseutvikling i medlemsvirksomhetene", ["2.2"], K, "Spekter",
      ["medlemsvirksomhetene"], "Løpende", "Lederprogram og HR-nettverk om strategisk "
      "kompetanseplanlegging.", ptype="Kurs/utdanning"),
])

# ---------------------------------------------------------------- 2019 Akademikerne (venn diagram)
report("Akademikerne_2019_tiltak_diagram.pdf", "Akademikerne", 2019, "venn_overlap_diagram", "reportlab",
       "drawn three-circle Venn diagram (circles = hovedinnsatsområder) with measure titles in the regions, "
       "then a 'Tiltakene kort' list with facts; no delmål codes at all", [
    M("akad_menon", "Akademisk kompetanse: betydning for produktivitet, vekst og verdiskaping i Norge", [],
      F, "Akademikerne", ["Menon"], "2018–2019",
      "Rapporten viser sammenhengen mellom høy kompetanse og produktivitet i norske virksomheter.",
      ptype="Forskning"),
    M("akad_econa_evu", "Etter- og videreutdanning blant høyt utdannede i Norge – status og veien videre", [],
      F, "Akademikerne/Econa", ["Ny Analyse"], "2019",
      "Undersøkelse blant medlemmene om deltakelse i og barrierer mot etter- og videreutdanning.",
      ptype="Forskning"),
    M("rsa", "Råd for samarbeid med arbeidslivet (RSA)", [], R, "Universitetene og høyskolene",
      ["Akademikernes foreninger"], "Løpende",
      "Foreningene deltar i rådene og gir innspill til studieprogrammenes innhold.", ptype="Råd"),
    M("akad_karriere", "Karrierestøtte til medlemmer i overgangen mellom utdanning og arbeid", [], X,
      "Akademikerne", ["medlemsforeningene"], "Løpende",
      "Foreningene tilbyr karrieresamtaler, CV-gjennomgang og kurs for studenter og nyutdannede.",
      ptype="Rådgivning"),
    M("digital_flex", "Fleksible videreutdanningstilbud i digital kompetanse – Akademikernes rolle i "
      "tildelingen", [], K, "Kompetanse Norge", ["Akademikerne", "LO", "NHO", "KS"], "2018–2019",
      "Akademikerne deltar i partsgruppen som prioriterer søknadene.", ptype="Utdanning"),
    M("kbu", "Akademikernes plass i KBU", [], R, "KD", ["Akademikerne"], "2017–2021",
      "Akademikerne er representert i Kompetansebehovsutvalget.", ptype="Utvalg"),
])

# ---------------------------------------------------------------- 2020 Vestland (nynorsk audit follow-up)
report("Vestland_fk_revisjon_oppfolging_2020.docx", "Vestland fylkeskommune", 2020,
       "audit_findings_followup_nn", "python-docx",
       "nynorsk follow-up of a performance audit: Funn 1–3 and Tilrådingar (not measures), under each funn a "
       "table of tiltak (Tiltak | Delmål i NKPS | Type | Ansvarleg | Partnarar | Tidsrom) with a "
       "'Skildring' row", [
    M("vl_kompetanseforum", "Kompetanseforum Vestland", ["1.2"], R, "Vestland fylkeskommune",
      ["NAV Vestland", "KS", "LO", "NHO", "Høgskulen på Vestlandet"], "Frå 2020",
      "Forumet samlar dei regionale kompetanseaktørane fire gonger i året og skal gje råd om "
      "kompetansebehov i regionen.", ptype="Nettverk"),
    M("vl_karriere", "Karriere Vestland – samanslåing av karrieresentera i Hordaland og Sogn og Fjordane",
      ["1.3"], P, "Vestland fylkeskommune", ["NAV"], "2020–2021",
      "Dei to karrieresentera blir slått saman til éi teneste med kontor i Bergen, Førde og Stord.",
      ptype="Prosjekt"),
    M("vl_hospitering", "Hospitering for yrkesfaglærarar i lokale bedrifter", ["1.4", "2.3"], K,
      "Vestland fylkeskommune", ["bedrifter", "opplæringskontor"], "2020–2022",
      "Yrkesfaglærarar får inntil to veker hospitering i bedrift for å halde fagkunnskapen oppdatert.",
      ptype="Kurs"),
    M("vl_hvl_fagskule", "Strategisk samarbeid mellom Høgskulen på Vestlandet og Fagskulen Vestland",
      ["1.4"], K, "Vestland fylkeskommune", ["Høgskulen på Vestlandet", "Fagskulen Vestland"], "2020–",
      "Samarbeid om felles tilbod innan dei tekniske faga og om overgang frå fagskule til høgskule.",
      ptype="Utdanning"),
    M("vl_fagbrev_helse", "Vaksenopplæring mot fagbrev i helsearbeidarfaget (Vestlandsmodellen)", ["3.1"], K,
      "Vestland fylkeskommune", ["kommunane", "KS Vestland"], "2020–2022",
      "Tilsette utan fagbrev i kommunane får modulbasert opplæring kombinert med praksis på "
      "arbeidsplassen.", ptype="Utdanning"),
], lang="nn")

# ---------------------------------------------------------------- 2020 ASD ((forts.) rows)
report("ASD_rapportering_NKPS_2020.pdf", "Arbeids- og sosialdepartementet", 2020, "continued_rows_forts",
       "reportlab",
       "landscape table whose long rows break over pages: the remainder of a row is printed as a new row "
       "marked '(forts.)'; repeated header", [
    M("asd_bio_overforing", "Overføring av bedriftsintern opplæring (BIO) til fylkeskommunene",
      ["1.2", "2.4"], R, "ASD", ["fylkeskommunene", "KD", "Arbeids- og velferdsdirektoratet"], "2019–2020",
      "Ansvaret for tilskuddsordningen bedriftsintern opplæring ble overført fra NAV til fylkeskommunene "
      "fra 1. januar 2020 som del av regionreformen. Departementet har i overgangen hatt dialog med "
      "fylkeskommunene om regelverk, søknadsbehandling og rapportering, og Arbeids- og "
      "velferdsdirektoratet har bistått med erfaringer fra forvaltningen av ordningen. Ordningen ble "
      "kraftig styrket i krisepakkene våren 2020 for å gi permitterte opplæring i stedet for ledighet, og "
      "fylkeskommunene melder om stor pågang fra virksomheter i alle deler av landet.",
      ptype="Råd/utvalg/nettverk"),
    M("asd_amo_utredning", "Utredning av endringer i arbeidsmarkedsopplæringen (AMO)", ["1.2", "3.3"], F,
      "ASD", ["KD", "KMD", "fylkeskommunene"], "2019–2020",
      "Utredningen ser på om arbeidsmarkedsopplæringen bør ses i sammenheng med det fylkeskommunale "
      "ansvaret for opplæring. Dette er en oppfølging av Meld. St. 6 (2018–2019).", ptype="FoU"),
    M("asd_fagbrev_pilot", "Forsøk med fagbrev for arbeidssøkere (pilot i fem fylker)", ["3.3", "3.5"], P,
      "ASD", ["Arbeids- og velferdsdirektoratet", "fylkeskommunene"], "2020–2023",
      "Arbeidssøkere uten fullført videregående opplæring får tilbud om et løp mot fagbrev som "
      "kombinerer opplæring i skole og praksis i bedrift, mens de beholder ytelsene sine. Forsøket "
      "startet høsten 2020 i fem fylker og følges av en ekstern evaluering. Målgruppen er voksne over "
      "25 år som har vært registrert som arbeidssøkere i minst seks måneder, og som fylkeskommunen "
      "vurderer at kan fullføre et fagbrev innen to år. NAV-kontorene rekrutterer deltakere, og "
      "fylkeskommunene har ansvaret for opplæringen og for å skaffe lærebedrifter.", ptype="Prosjekt"),
    M("asd_utdanning_tiltak", "Utvidet adgang til opplæring som arbeidsmarkedstiltak", ["3.3"], X, "ASD",
      ["NAV"], "Fra 1. juli 2020",
      "Personer over 19 år kan få fullføre videregående opplæring som arbeidsmarkedstiltak i inntil tre år.",
      ptype="Regelverk"),
    M("asd_norsk_kurs", "Kurs i norsk og grunnleggende ferdigheter for arbeidssøkere i NAV", ["3.4", "3.5"],
      K, "Arbeids- og velferdsdirektoratet", ["kommunene", "Kompetanse Norge"], "2020–2021",
      "NAV kjøper kurs i norsk og grunnleggende ferdigheter for arbeidssøkere med svake ferdigheter.",
      ptype="Kurs/utdanning"),
    M("asd_inkluderingsdugnad", "Inkluderingsdugnaden – opplæring og tilrettelegging", ["3.3"], P,
      "Regjeringen", ["partene", "NAV"], "2018–2022",
      "Dugnaden skal få flere med nedsatt funksjonsevne og hull i CV-en i arbeid, blant annet gjennom "
      "opplæring og lønnstilskudd.", ptype="Prosjekt"),
    M("asd_kvalifisering", "Styrket opplæring i kvalifiseringsprogrammet", ["3.3"], K, "ASD",
      ["Arbeids- og velferdsdirektoratet", "kommunene"], "2020–2022",
      "Deltakere i kvalifiseringsprogrammet skal i større grad få opplæring som gir formell kompetanse.",
      ptype="Kurs/utdanning"),
])

# ---------------------------------------------------------------- 2021 HK-dir (workbook, sheet = delmål)
report("HK-dir_tiltak_2021_arbeidsbok.pdf", "HK-dir", 2021, "workbook_sheet_per_delmal", "reportlab",
       "spreadsheet workbook printed sheet by sheet: each page is one worksheet named after a delmål code "
       "(in the page header and the drawn sheet-tab strip); measures in rows; a two-goal measure appears on "
       "both sheets; 'Forside' sheet is not a measure", [
    M("kbu", "Kompetansebehovsutvalget – sekretariatsfunksjon", ["1.1"], R, "HK-dir",
      ["KD", "partene", "forskere"], "2017–2023", "HK-dir er sekretariat for utvalget.", ptype="Utvalg"),
    M("karriere_digital", "karriereveiledning.no – nasjonal digital karriereveiledning", ["1.3"], X, "HK-dir",
      ["fylkeskommunene"], "Fra 2020", "Gratis veiledning på chat og telefon.", ptype="Tjeneste"),
    M("karriereforum", "Nasjonalt forum for karriereveiledning", ["1.3"], R, "HK-dir",
      ["KS", "Spekter", "NAV", "fylkeskommunene"], "Løpende", "Forumet møtes to ganger i året.",
      ptype="Nettverk"),
    M("kvalitetsrammeverk", "Nasjonalt kvalitetsrammeverk for karriereveiledning", ["1.3"], P, "HK-dir",
      ["fylkeskommunene", "NAV"], "2019–2022", "Kompetansestandarder og etiske retningslinjer tas i bruk.",
      ptype="Prosjekt"),
    M("digital_flex", "Tilskudd til fleksible utdanningstilbud (tidligere digital kompetanse-utlysningen)",
      ["2.1", "2.4"], K, "HK-dir", ["partene", "UH-sektoren", "fagskolene"], "2021–2022",
      "Utlysningen er utvidet fra digital kompetanse til alle fagområder.", ptype="Tilskudd"),
    M("bransjeprogram", "Bransjeprogrammene for kompetanseutvikling", ["2.1", "2.4"], K, "HK-dir",
      ["partene i de enkelte bransjene"], "2018–", "Ni treparts bransjeprogram er etablert.",
      ptype="Tilskudd"),
    M("varehandel_bransje", "Bransjeprogram for varehandel", ["2.1"], K, "HK-dir",
      ["Virke", "HK", "NHO Service og Handel"], "2021–2023", "Nytt program fra 2021.", ptype="Tilskudd"),
    M("hk_realkompetanse", "Modell for vurdering av kompetanse ervervet i arbeidslivet", ["2.5"], F, "HK-dir",
      ["Virke", "NHO", "LO", "YS"], "2019–2021", "Modellen prøves ut i tre bransjer.", ptype="FoU"),
    M("kp_arbeid", "Kompetanseprogrammet (tidligere Kompetansepluss)", ["3.2"], K, "HK-dir",
      ["virksomheter", "frivillige organisasjoner"], "Fra 2021",
      "Tilskudd til opplæring i grunnleggende ferdigheter.", ptype="Tilskudd"),
], sheets=["1.1", "1.3", "2.1", "2.4", "2.5", "3.2"])

# ---------------------------------------------------------------- 2021 NHO (rotated title cell)
report("NHO_tiltak_2021.docx", "NHO", 2021, "rotated_title_side_cell", "python-docx",
       "one two-column table per measure: the title stands in a merged left cell with vertical text "
       "(btLr), the right cells hold Delmål/Type/Ansvar/Partnere/Periode and a description", [
    M("nho_kompetansebarometer", "NHOs kompetansebarometer 2021", ["2.2"], F, "NHO", ["NIFU"], "Årlig",
      "Barometeret viser at seks av ti bedrifter mangler kompetanse, særlig innen IKT og håndverksfag.",
      ptype="FoU"),
    M("matindustrien40", "Matindustrien 4.0 – fase 2", ["2.1", "2.4"], P, "NHO Mat og drikke",
      ["LO/NNN", "Sjømat Norge", "NTNU"], "2020–2022",
      "Andre fase kobler bedriftenes behov til moduler ved NTNU og fagskolene.", ptype="Prosjekt"),
    M("fagbrev_paa_jobb", "Fagbrev på jobb", ["2.5", "3.1"], K, "NHO",
      ["fylkeskommunene", "opplæringskontorene"], "Videreført",
      "Ordningen er tatt i bruk i flere fylker; NHO har laget veileder for bedriftene.", ptype="Kurs"),
    M("nho_praksisbrev", "Praksisbrevordningen", ["2.3"], K, "NHO", ["fylkeskommunene"], "Videreført",
      "Praksisbrev er nå et ordinært tilbud; NHO rekrutterer fortsatt lærebedrifter.", ptype="Kurs"),
    M("rsa", "RSA – NHO-regionenes deltakelse i råd for samarbeid med arbeidslivet", ["1.4"], R,
      "Universiteter og høyskoler", ["NHO-regionene"], "Løpende",
      "Alle NHO-regionene har nå representanter i minst ett råd.", ptype="Råd"),
    M("kbu", "Kompetansebehovsutvalget", ["1.1"], R, "KD", ["NHO", "LO", "HK-dir"], "2017–2023",
      "Utvalget la i 2020 fram rapporten om kompetansebehov etter pandemien.", ptype="Utvalg"),
    M("bransjeprogram", "Bransjeprogram for industri og bygg", ["2.1"], K, "KD",
      ["NHO", "LO", "Norsk Industri", "Fellesforbundet", "BNL"], "Fra 2018",
      "Flere tusen ansatte har tatt moduler i programmet.", ptype="Kurs"),
    M("nho_reiseliv", "Kompetanseløft for reiselivet etter pandemien", ["2.4"], P, "NHO Reiseliv",
      ["Fellesforbundet", "HK-dir"], "2021–2022",
      "Korte kurs for permitterte og ansatte i reiselivsbedrifter.", ptype="Prosjekt"),
])

# ---------------------------------------------------------------- 2022 LO (spreadsheet + cell comments)
report("LO_tiltaksoversikt_2022.pdf", "LO", 2022, "spreadsheet_cell_comments_appendix", "reportlab",
       "spreadsheet printout with row numbers/column letters; descriptions only as cell comments (red corner "
       "marks), printed on the last page as 'Kommentarer' keyed by cell address", [
    M("kbu", "KBU", ["1.1"], R, "KD", ["HK-dir", "partene"], "2017–",
      "LO har bidratt med dissens om fagarbeiderbehovet i utvalgets siste rapport.", ptype="Utvalg"),
    M("lo_tv_kurs", "Kompetansekurs for tillitsvalgte (videreført)", ["2.1", "2.2"], K, "LO",
      ["AOF Norge", "forbundene"], "2022–2023",
      "Kurset er utvidet med en modul om digital omstilling og læring på arbeidsplassen.", ptype="Kurs"),
    M("samfunnskontrakt_2226",
      "Samfunnskontrakt for flere læreplasser og bedre kvalitet i fag- og yrkesopplæringen 2022–2026",
      ["2.3"], X, "KD", ["LO", "NHO", "KS", "Virke", "Spekter", "YS", "Unio", "Akademikerne"], "2022–2026",
      "Ny kontrakt signert i 2022 med mål om at alle kvalifiserte søkere skal få læreplass.",
      ptype="Avtale"),
    M("matindustrien40", "Matindustrien 4.0 – fase 2 (LO/NNN)", ["2.1"], P, "LO/NNN",
      ["NHO Mat og drikke", "Sjømat Norge"], "2020–2022",
      "NNN har rekruttert tillitsvalgte som læringsambassadører i bedriftene.", ptype="Prosjekt"),
    M("bransjeprogram", "Treparts bransjeprogram", ["2.1", "2.4"], K, "KD/HK-dir",
      ["LO-forbundene", "arbeidsgiverorganisasjonene"], "2018–",
      "LO-forbundene deltar i styringsgruppene for sine bransjer.", ptype="Kurs"),
    M("lo_sry", "Samarbeidsrådet for yrkesopplæring (SRY)", ["1.4", "2.3"], R, "KD",
      ["LO", "NHO", "KS", "YS", "Unio", "Spekter", "Virke"], "Løpende",
      "LO leder SRY i perioden 2020–2024.", ptype="Råd"),
    M("lo_faglige_rad", "LOs representanter i de faglige rådene", ["2.3"], R, "Utdanningsdirektoratet",
      ["LO-forbundene"], "2020–2024",
      "Forbundene har oppnevnt representanter i alle de ti faglige rådene.", ptype="Råd"),
    M("lo_fafo_evu_ledige", "Fafo-rapport om etter- og videreutdanning for arbeidsledige", ["2.2", "3.3"], F,
      "LO", ["Fafo"], "2022", "Rapporten ser på hvordan ledige kan bruke utdanning mens de får dagpenger.",
      ptype="FoU"),
    M("lo_rsa_egne", "Styrket RSA-arbeid i LO", ["1.4"], R, "LO", ["NHO", "forbundene"], "2022",
      "Veilederen for LOs RSA-representanter er oppdatert.", ptype="Nettverk"),
])

# ---------------------------------------------------------------- 2022 Unio (template example row left in)
report("Unio_rapporteringsmal_2022.docx", "Unio", 2022, "template_example_row_left_in", "python-docx",
       "directorate template table filled in: first row is the template's grey italic 'Eksempel:' row and "
       "the last row is the '[Legg til flere rader ved behov]' placeholder — neither is a measure", [
    M("unio_tv_kurs", "Unio-kurs for tillitsvalgte: kompetanseutvikling på arbeidsplassen", ["2.2"], K, "Unio",
      ["medlemsforbundene"], "2022",
      "Kurs for hovedtillitsvalgte i stat og kommune om kompetanseplaner og rett til permisjon.",
      ptype="Kurs/utdanning"),
    M("rsa", "Deltakelse i RSA ved universiteter og høyskoler", ["1.4"], R, "UH-institusjonene",
      ["Unio-forbundene"], "Løpende",
      "Unio-forbundene deltar i RSA ved blant annet OsloMet, UiT og HVL.", ptype="Råd/utvalg/nettverk"),
    M("unio_finansiering", "Utredning av modeller for finansiering av etter- og videreutdanning", ["2.2"], F,
      "Unio", ["Proba samfunnsanalyse"], "2022",
      "Utredningen sammenligner ulike modeller for deling av kostnadene mellom stat, arbeidsgiver og "
      "arbeidstaker.", ptype="FoU"),
    M("unio_helse_ny_analyse", "Rapport om kompetanseheving for helsepersonell", ["2.2"], F, "Unio",
      ["Ny Analyse"], "2022", "Rapporten ser på utfordringer og muligheter for videreutdanning av "
      "sykepleiere og annet helsepersonell.", ptype="FoU"),
    M("samfunnskontrakt_2226", "Ny samfunnskontrakt 2022–2026", ["2.3"], X, "KD", ["partene"], "2022–2026",
      "Unio har signert kontrakten og følger opp i offentlig sektor.", ptype="Avtale"),
    M("bransjeprogram", "Bransjeprogram for helse og omsorg – Unio-forbundenes deltakelse", ["2.1", "2.4"], K,
      "KD", ["Unio-forbundene", "KS", "Spekter"], "2018–",
      "NSF og Fysioterapeutforbundet sitter i programrådet og har bidratt til nye videreutdanningsmoduler.",
      ptype="Kurs/utdanning"),
])

# ---------------------------------------------------------------- 2022 Møre og Romsdal (gevinstkart, nn)
report("MRFK_gevinstkart_2022.pdf", "Møre og Romsdal fylkeskommune", 2022, "gevinstkart_benefit_map_nn",
       "reportlab",
       "nynorsk drawn benefit map (gevinstkart): Tiltak boxes at left with small fact lines, arrows to "
       "Resultat, Effekt and Samfunnsmål boxes (not measures); 'Korleis lese kartet' text", [
    M("mr_kompetansealliansen", "Kompetansealliansen Møre og Romsdal", ["1.2"], R,
      "Møre og Romsdal fylkeskommune", ["næringsliv og klynger", "høgskular", "fagskular"], "Frå 2019", "",
      ptype="Nettverk"),
    M("mr_karrieresenter", "Karrieresenter for alle over 19 år", ["1.3"], P, "Møre og Romsdal fylkeskommune",
      ["NAV Møre og Romsdal"], "2019–2023", "", ptype="Prosjekt"),
    M("mr_hospitering", "Hospitering for lærarar ved fagskulen", ["1.4"], K, "Møre og Romsdal fylkeskommune",
      ["bedrifter i regionen"], "2022", "", ptype="Kurs"),
    M("mr_regional_plan", "Regional delplan for kompetanse 2022–2025", ["1.2"], X,
      "Møre og Romsdal fylkeskommune", ["kommunane", "partane"], "2022–2025", "", ptype="Plan"),
    M("mr_fagbrev_voksne", "Fagbrev for vaksne – Møremodellen", ["3.1"], K, "Møre og Romsdal fylkeskommune",
      ["NAV", "bedrifter"], "2021–2023", "", ptype="Kurs"),
], lang="nn")

# ---------------------------------------------------------------- 2023 YS (OneNote page)
report("YS_notatside_2023.pdf", "YS", 2023, "onenote_page_containers", "reportlab",
       "OneNote page printed to PDF: page title with date/time stamp, free-floating note containers at "
       "absolute positions, OneNote tags (To Do box, Viktig star, Spørsmål); scratch notes are not measures", [
    M("ys_tv_kurs", "YS-kurs: Kompetanse på arbeidsplassen for tillitsvalgte", ["2.2"], K, "YS",
      ["YS-forbundene"], "2023", "To kurs i Oslo og ett digitalt; 85 deltakere.", ptype="Kurs"),
    M("ys_bransjevurdering", "Kartlegging av bransjer med behov for kompetanseutvikling", ["2.1"], F, "YS",
      ["egne forbund"], "2023", "Forbundene har meldt inn hvilke bransjer som trenger mest omstilling.",
      ptype="FoU"),
    M("ys_afi_analyse", "Analyse av endringer i arbeidslivet knyttet til nye digitale løsninger",
      ["2.1", "2.2"], F, "YS", ["AFI", "OsloMet"], "2023–2024",
      "AFI ser på hvordan kunstig intelligens endrer oppgavene i kontoryrker.", ptype="FoU"),
    M("lo_sry", "SRY – Samarbeidsrådet for yrkesopplæring", ["2.3"], R, "KD",
      ["YS", "LO", "NHO", "KS"], "Løpende", "YS har fast plass i rådet.", ptype="Råd"),
    M("kbu", "Kompetansebehovsutvalget (KBU)", ["1.1"], R, "KD", ["YS"], "2017–2023",
      "Utvalget leverte sin siste rapport i 2023.", ptype="Utvalg"),
    M("samfunnskontrakt_2226", "Samfunnskontrakten 2022–2026", ["2.3"], X, "KD", ["YS", "partene"],
      "2022–2026", "YS følger opp kontrakten gjennom forbundene i offentlig og privat sektor.", ptype="Avtale"),
])

# ---------------------------------------------------------------- 2023 Spekter (abbreviation key)
report("Spekter_rapport_2023.docx", "Spekter", 2023, "abbreviation_key_then_coded_table", "python-docx",
       "an abbreviation key (Forkortelser) first — not measures — then a measure table whose responsible and "
       "partner cells use the abbreviations; descriptions in a numbered 'Merknader til tabellen' list", [
    M("spekter_hospeem", "Lifelong learning in hospitals – HOSPEEM/EPSU-prosjektet, fase 2", ["2.2"], P,
      "HOSPEEM, EPSU", ["Spekter", "FF", "NSF"], "2022–2024",
      "Andre fase samler eksempler på kompetanseplanlegging i europeiske sykehus.", ptype="Prosjekt"),
    M("spekter_praksis_master", "Praksisplasser for masterstudenter", ["1.4"], K, "Spekter",
      ["UiO", "OsloMet"], "2023", "Ordningen er utvidet til studenter i samfunnsøkonomi.",
      ptype="Kurs/utdanning"),
    M("spekter_laereplass_2023", "Læreplasskonferansen 2023", ["2.3"], A, "Spekter og LO Stat", ["HF"],
      "Mars 2023", "Konferanse for helseforetakene om lærlinger i helsefagarbeiderfaget.",
      ptype="Arrangement"),
    M("spekter_kompetanse_hf", "Kompetanseutvikling i Spekters medlemsvirksomheter", ["2.2"], K, "Spekter",
      ["medlemsvirksomhetene"], "Løpende", "HR-nettverket har hatt fire samlinger.", ptype="Kurs/utdanning"),
    M("karriereforum", "NFK", ["1.3"], R, "HK-dir", ["Spekter", "KS"], "Løpende",
      "Spekter deltar i forumet på vegne av helseforetakene.", ptype="Råd/utvalg/nettverk"),
    M("spekter_spesialsykepleier", "Kartlegging av behovet for spesialsykepleiere", ["1.4", "2.4"], F,
      "Spekter", ["HF", "UH"], "2023–2024",
      "Kartleggingen skal gi grunnlag for dimensjonering av videreutdanningene.", ptype="FoU"),
])

# ---------------------------------------------------------------- 2024 KS (funding source groups)
report("KS_rapport_KPR_2024.docx", "KS", 2024, "funding_source_groups", "python-docx",
       "measures grouped under funding-source headings (Statlige midler / KS' FoU-midler / Partsmidler) with "
       "a 'Samlet ramme' line per group (not a measure); bold title, pipe-separated fact line, text", [
    M("bransjeprogram", "Bransjeprogram for kommunal helse- og omsorgssektor", ["2.1", "2.4"], K, "HK-dir",
      ["KS", "Fagforbundet", "NSF", "Delta", "FO"], "2018–",
      "Programmet er videreført og omfatter nå også tilbud om fagskoleutdanning i kommunehelse.",
      ptype="Kurs/utdanning"),
    M("kompetanseloft2025", "Kompetanseløft 2025 – kommunenes bruk av tilskuddsordningen", ["2.4"], K,
      "Helsedirektoratet", ["KS", "kommunene"], "2021–2025",
      "KS bistår kommunene med planlegging og søknader om midler til kompetanseheving.",
      ptype="Kurs/utdanning"),
    M("ks_arbeidslivsmonitor", "Arbeidslivsmonitor for kommunesektoren 2024", ["2.2"], F, "KS", [],
      "Annethvert år", "Monitoren er utvidet med tall for bruk av kompetanseplaner.", ptype="FoU"),
    M("ks_laering", "KS Læring", ["2.1", "2.2"], X, "KS", ["kommunene"], "Løpende",
      "Over 300 kommuner bruker plattformen.", ptype="Plattform"),
    M("lo_sry", "Samarbeidsrådet for yrkesopplæring – KS' plass i rådet", ["2.3"], R, "KD",
      ["KS", "partene"], "Løpende", "KS har to representanter i SRY.", ptype="Råd"),
    M("samfunnskontrakt_2226", "Samfunnskontrakten for flere læreplasser 2022–2026", ["2.3"], X, "KD",
      ["partene"], "2022–2026", "Kommunesektoren har nådd måltallet for lærlinger i 2023.", ptype="Avtale"),
    M("karriereforum", "Deltakelse i Nasjonalt forum for karriereveiledning", ["1.3"], R, "HK-dir", ["KS"],
      "Løpende", "KS deltar i forumet.", ptype="Nettverk"),
])

# ---------------------------------------------------------------- 2024 Virke (metro map)
report("Virke_kompetanselinjer_2024.pdf", "Virke", 2024, "metro_line_map", "reportlab",
       "drawn metro map: lines named 'Linje 2.1 …' etc., stations = measures with a small 'type · ansvar · "
       "periode' line and the line codes beside them; interchange stations for two-goal measures; a short "
       "descriptive list 'Om stasjonene' below", [
    M("varehandel_bransje", "Kompetanseløft for varehandelen (bransjeprogram)", ["2.1", "2.4"], K, "HK-dir",
      ["Virke", "HK Norge"], "2021–2024",
      "Moduler i ledelse, netthandel og bærekraft for ansatte i butikk.", ptype="Kurs"),
    M("virke_studie_teknologi", "Hvordan påvirker ny teknologi kompetansebehovet i varehandelen?",
      ["2.1", "2.2"], F, "Virke", ["Samfunnsøkonomisk analyse", "HK Norge"], "2024",
      "Oppdatert studie med vekt på kunstig intelligens i kundeservice.", ptype="FoU"),
    M("virke_litteratur", "Litteraturstudie om digitaliseringens påvirkning på varehandelen", ["2.2"], F,
      "Virke", ["Universitetet i Sørøst-Norge"], "2024", "Gjennomgang av nordisk forskning.", ptype="FoU"),
    M("virke_realkompetanse", "Bransjestandard for dokumentasjon av realkompetanse i handel", ["2.5"], P,
      "Virke", ["HK Norge", "HK-dir"], "2023–2025", "Standarden skal gjøre butikkerfaring synlig.",
      ptype="Prosjekt"),
    M("virke_ehandel_kurs", "Kurs i netthandel for små butikker", ["2.1"], K, "Virke", [], "Høsten 2024",
      "Seks webinarer for butikkeiere.", ptype="Kurs"),
    M("hk_realkompetanse", "Balansekunst – modell for å beskrive kompetanse bygget opp i arbeidslivet", ["2.5"],
      F, "HK-dir", ["Virke", "NHO", "LO", "YS"], "2019–2021",
      "Modellen fra rapporten Balansekunst brukes nå i arbeidet med bransjestandarden.", ptype="FoU"),
])

# ---------------------------------------------------------------- 2025 Vestland (nynorsk log)
report("Vestland_kompetanselogg_2025.docx", "Vestland fylkeskommune", 2025, "dated_log_entries", "python-docx",
       "nynorsk dated log: entries under date headings; a measure is introduced once with 'Nytt i loggen:' "
       "or 'Vidareført:' and a bracketed fact line; later entries only mention it (not new rows)", [
    M("vl_kompetanseforum", "Kompetanseforum Vestland", ["1.2", "1.4"], R, "Vestland fylkeskommune",
      ["NAV Vestland", "KS", "LO", "NHO", "HVL", "UiB"], "Frå 2020",
      "Forumet har fått nytt mandat og eit arbeidsutval.", ptype="nettverk"),
    M("vl_regional_plan", "Regional plan for kompetanse og arbeidsliv 2025–2028", ["1.2"], X,
      "Vestland fylkeskommune", ["kommunane", "partane", "NAV"], "2025–2028",
      "Planen vart vedteken i fylkestinget i juni.", ptype="plan"),
    M("vl_karriere", "Karriere Vestland", ["1.3"], X, "Vestland fylkeskommune", ["NAV Vestland", "kommunane"],
      "Løpande", "Karriere Vestland har opna eit nytt kontor i Odda.", ptype="teneste"),
    M("vl_hospitering", "Hospitering for yrkesfaglærarar (vidareført)", ["1.4", "2.3"], K,
      "Vestland fylkeskommune", ["bedrifter", "opplæringskontor", "Fagskulen Vestland"], "2025–2026",
      "Ordninga er utvida til lærarar på fagskulen.", ptype="kurs"),
    M("vl_fagbrev_helse", "Vestlandsmodellen: vaksenopplæring mot fagbrev i helsearbeidarfaget", ["3.1"], K,
      "Vestland fylkeskommune", ["kommunane", "KS Vestland"], "2025",
      "Tredje kull startar i august med 60 deltakarar.", ptype="kurs"),
], lang="nn")

# ---------------------------------------------------------------- 2025 NAV (single project final report)
report("NAV_sluttrapport_fagbrev_2025.pdf", "Arbeids- og velferdsdirektoratet", 2025,
       "single_project_final_report", "reportlab",
       "final report of one project: cover, contents, 'Prosjektfakta' table, chapters Bakgrunn / Gjennomføring "
       "(activities, not measures) / Resultater / Veien videre; one measure", [
    M("asd_fagbrev_pilot", "Forsøk med fagbrev for arbeidssøkere", ["3.3", "3.5"], P,
      "Arbeids- og velferdsdirektoratet", ["ASD", "KD", "fylkeskommunene", "Fafo"], "2020–2024",
      "Forsøket ga arbeidssøkere uten fullført videregående opplæring et løp mot fagbrev der opplæring i "
      "skole ble kombinert med praksis i bedrift.", ptype="Prosjekt"),
])

# ---------------------------------------------------------------- 2026 KD (vertically merged shared cells)
report("KD_rapportering_2026.docx", "Kunnskapsdepartementet", 2026, "table_rowspan_shared_cells",
       "python-docx",
       "one table; Ansvarlig, Samarbeidspartnere and Periode cells are merged vertically over consecutive "
       "measures that share them; description in its own column", [
    M("kbu", "Kompetansebehovsutvalget (KBU), nytt mandat", ["1.1"], R, "KD", ["HK-dir", "partene", "forskere"],
      "2024–2027", "Utvalget er oppnevnt på nytt med mandat om å se på kompetansebehov i grønn omstilling.",
      ptype="Råd/utvalg/nettverk"),
    M("bransjeprogram", "Bransjeprogrammene", ["2.1", "2.4"], K, "KD",
      ["HK-dir", "partene i bransjene"], "2018–2026", "Fjorten programmer er i drift.", ptype="Kurs/utdanning"),
    M("digital_flex", "Fleksible utdanningstilbud", ["2.1", "2.4"], K, "KD",
      ["HK-dir", "partene i bransjene"], "2018–2026", "Årlig utlysning av midler til fleksible tilbud.",
      ptype="Kurs/utdanning"),
    M("kp_arbeid", "Kompetanseprogrammet", ["3.1", "3.2"], K, "KD", ["HK-dir"], "Løpende",
      "Tilskudd til grunnleggende ferdigheter for voksne.", ptype="Kurs/utdanning"),
    M("karriere_digital", "Karriereveiledning.no", ["1.3"], X, "KD", ["HK-dir"], "Løpende",
      "Nasjonal digital karriereveiledning på chat og telefon.", ptype="Digital tjeneste"),
    M("samfunnskontrakt_2226",
      "Samfunnskontrakt for flere læreplasser og bedre kvalitet i fag- og yrkesopplæringen", ["2.3"], X, "KD",
      ["partene i arbeidslivet", "KS", "fylkeskommunene"], "2022–2026", "Kontrakten evalueres i 2026.",
      ptype="Avtale"),
    M("kd_fagbrev_nasjonal", "Fagbrev for arbeidssøkere – nasjonal ordning", ["3.1", "3.3"], K, "KD og ASD",
      ["fylkeskommunene", "NAV"], "Fra 2026",
      "Ordningen bygger på erfaringene fra forsøket 2020–2024 og gjøres landsdekkende.",
      ptype="Kurs/utdanning"),
    M("kd_fagskole", "Fagskoleløftet – flere studieplasser i fagskolen", ["1.4", "2.4"], K, "KD",
      ["HK-dir", "fylkeskommunene"], "2024–2026", "Nye studieplasser i helse, teknikk og industri.",
      ptype="Kurs/utdanning"),
])


# ---------------------------------------------------------------- near-miss groups (keys that must stay apart)
NEAR_MISS_GROUPS = [
    ("Tillitsvalgtkurs fra tre ulike organisasjoner", ["lo_tv_kurs", "unio_tv_kurs", "ys_tv_kurs"]),
    ("Samfunnskontrakten 2016–2020 vs. den nye kontrakten 2022–2026",
     ["samfunnskontrakt_1620", "samfunnskontrakt_2226"]),
    ("Arendalsuka 2018 (LO Stat) vs. Arendalsuka 2019 (Spekter): separate arrangement",
     ["arendal_2018", "arendal_2019"]),
    ("Spekters læreplasskonferanse 2019 vs. Læreplasskonferansen 2023", ["spekter_laereplass_konf",
                                                                          "spekter_laereplass_2023"]),
    ("Spekters to konferanser i 2019", ["spekter_integrering_konf", "spekter_laereplass_konf"]),
    ("Fagbrev-ordninger: Fagbrev på jobb, Praksisbrev, pilot for arbeidssøkere, nasjonal ordning, "
     "fylkenes egne modeller",
     ["fagbrev_paa_jobb", "nho_praksisbrev", "asd_fagbrev_pilot", "kd_fagbrev_nasjonal", "vl_fagbrev_helse",
      "mr_fagbrev_voksne"]),
    ("To fylkers regionale kompetanseplaner", ["mr_regional_plan", "vl_regional_plan"]),
    ("To fylkers kompetanseforum/allianse", ["vl_kompetanseforum", "mr_kompetansealliansen"]),
    ("To fylkers karrieretjenester", ["vl_karriere", "mr_karrieresenter"]),
    ("To fylkers hospiteringsordninger", ["vl_hospitering", "mr_hospitering"]),
    ("Deltakelse i RSA vs. LOs eget RSA-arbeid", ["rsa", "lo_rsa_egne"]),
    ("SRY vs. de faglige rådene", ["lo_sry", "lo_faglige_rad"]),
    ("Nasjonale bransjeprogram vs. bransjeprogrammet for varehandel",
     ["bransjeprogram", "varehandel_bransje"]),
    ("To LO/Fafo-notater", ["lo_tariff_notat", "lo_fafo_evu_ledige"]),
    ("To Virke-studier om varehandel", ["virke_studie_teknologi", "virke_litteratur"]),
    ("Realkompetanse: HK-dirs modell vs. Virkes bransjestandard", ["hk_realkompetanse",
                                                                   "virke_realkompetanse"]),
    ("Kompetansepluss arbeid/Kompetanseprogrammet vs. Kompetansepluss frivillighet",
     ["kp_arbeid", "kp_frivillighet"]),
    ("Tre ulike karriereveiledningstiltak (digital tjeneste, nasjonalt forum, kvalitetsrammeverk)", ["karriere_digital", "karriereforum", "kvalitetsrammeverk"]),
    ("EVU-utredninger", ["evu_ekspertutvalg", "unio_finansiering", "akad_econa_evu"]),
    ("To KS-tiltak om læring på arbeidsplassen", ["ks_teknologi_laering", "ks_laering"]),
    ("To YS-kartlegginger", ["ys_bransjevurdering", "ys_afi_analyse"]),
    ("Fleksible videreutdanningstilbud vs. KS' digitale kompetanse i 71 kommuner",
     ["digital_flex", "ks_digital_kommuner"]),
    ("Unios to FoU-rapporter", ["unio_finansiering", "unio_helse_ny_analyse"]),
]
