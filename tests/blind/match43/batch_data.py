# -*- coding: utf-8 -*-
"""match43 – the one data structure the whole batch is built from.

FILES: one dict per report file (reporter, year, layout, language) with its measures.
Each measure M(id, title, dm, tp, resp, partners, period, desc, **extra):
  id       tiltak_id (same id = same tiltak, across members and years)
  title    exactly as printed in that file
  dm       delmål codes (new codes; 2017 files print the old numbers 1–16)
  tp       the type word as printed; the canonical type comes from TYPEMAP
  resp / partners / period / desc  as printed
  extra    layout-only fields (status, note, change, …) – not ground truth
NEAR_MISS_GROUPS: groups of tiltak ids that look alike but are different tiltak.
make_batch.py renders every file from this and writes expected.json / near_misses.json / README tables.
"""

DELMAL = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
          "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"]
OLDNR = {c: i + 1 for i, c in enumerate(DELMAL)}

# the delmål texts (Vedlegg 1 of the 2018 summary), shortened where a report quotes them
WORDS_NB = {
    "1.1": "Etablere et kompetansebehovsutvalg (KBU)",
    "1.2": "Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle",
    "1.3": "Sørge for tilgang til karriereveiledning og et helhetlig system for karriereveiledning",
    "1.4": "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet",
    "2.1": "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken",
    "2.2": "Styrke kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.3": "Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker",
    "2.4": "Koble kompetansebehov i virksomheter og klynger til utdannings- og opplæringstilbydere",
    "2.5": "Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet",
    "2.6": "Forenkle godkjenning og vurdering av utenlandsk utdanning og yrkeskvalifikasjoner",
    "3.1": "Gi fleksibel opplæring på voksnes premisser",
    "3.2": "Stimulere til bruk av Kompetanseplussordningene",
    "3.3": "Benytte opplærings- og kompetansetiltak mer aktivt i arbeidsmarkeds- og integreringspolitikken",
    "3.4": "Målrette og effektivisere norskopplæring og kvalifiseringstiltak for innvandrere",
    "3.5": "Styrke og tilpasse NAVs opplæringstilbud for arbeidssøkere",
    "3.6": "Stimulere til læringsmotivasjon gjennom opplæring i frivillig sektor",
}
WORDS_NN = {
    "1.2": "Styrkje det regionale folkevalde nivået sitt kompetansepolitiske ansvar og samordningsrolle",
    "1.3": "Syte for tilgang til karriererettleiing og eit heilskapleg system for karriererettleiing",
    "1.4": "Vidareutvikle samarbeidet mellom opplærings- og utdanningstilbydarar og arbeidslivet",
    "2.4": "Kople kompetansebehov i verksemder og klynger til utdannings- og opplæringstilbydarar",
    "3.1": "Gi fleksibel opplæring på premissane til vaksne",
    "3.3": "Bruke opplærings- og kompetansetiltak meir aktivt i arbeidsmarknads- og integreringspolitikken",
}
# LO's key words for the delmål (LO 2020 board paper; explained in a note under the table)
WORDS_LO = {
    "1.1": "Kompetansebehovsutvalg", "1.2": "Regionalt ansvar", "1.3": "Karriereveiledning",
    "1.4": "Utdanning og arbeidsliv", "2.1": "Digital kompetanse", "2.2": "Kunnskapsgrunnlaget",
    "2.3": "Yrkesfagene", "2.4": "Virksomheter og tilbydere", "2.5": "Dokumentere kompetanse",
    "3.1": "Fleksibel opplæring for voksne", "3.2": "Kompetansepluss", "3.3": "Arbeidsmarkedspolitikken",
}
# KS' short names (KS 2026 headings: code + short name)
WORDS_KS = {
    "1.4": "Utdanning og arbeidsliv", "2.1": "Digital kompetanse", "2.2": "Kunnskap om læring i arbeidslivet",
    "2.3": "Yrkesfagene", "3.3": "Arbeidsmarkeds- og integreringspolitikken",
}

F, K, R, P, I, A, X = "FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement", "Annet"

# printed type word (lower case) -> canonical type.  Words that name one of the six categories (in any spelling,
# a synonym the 2018 summary itself files under that category, or a nynorsk form) map to it; everything else -> Annet.
TYPEMAP = {
    "fou": F, "forskning og utvikling": F, "forsking og utvikling": F, "undersøkelse": F, "analyse": F,
    "evaluering": F, "kartlegging": F, "rapport": F,
    "kurs": K, "kurs/utdanning": K, "utdanning": K, "opplæring": K, "kursrekke": K, "utdanningstilbod": K,
    "råd/utvalg/nettverk": R, "råd/utvalg": R, "råd": R, "utvalg": R, "nettverk": R, "forum": R,
    "råd/ utvalg/ nettverk": R, "råd, utvalg": R,
    "prosjekt": P,
    "informasjon": I, "kampanje": I, "informasjonstiltak": I,
    "arrangement": A, "konferanse": A, "seminar": A, "møteplass": A,
    "avtale": X, "plan": X, "strategi": X, "tilskudd": X, "tilskuddsordning": X, "tilskotsordning": X,
    "ordning": X, "reform": X, "arbeidsmarkedstiltak": X, "digital plattform": X, "tenestetilbod": X,
    "veiledningstjeneste": X, "program": X, "verktøy": X, "tilskuddsforvaltning": X, "annet": X,
    "annet: avtale": X,
}


def M(id, title, dm, tp, resp, partners, period, desc, **extra):
    return dict(id=id, title=title, dm=sorted(dm), tp=tp, type=TYPEMAP[tp.lower()], resp=resp,
                partners=list(partners), period=period, desc=desc, extra=extra)


FILES = []


def add(file, reporter, year, made, layout, summary, measures, lang="nb"):
    FILES.append(dict(file=file, reporter=reporter, year=year, made=made, layout=layout, summary=summary,
                      measures=measures, lang=lang))


PARTENE8 = ["LO", "NHO", "KS", "Unio", "YS", "Spekter", "Virke", "Akademikerne"]

# =============================================================================================== 2017
add("2017_LO_rapport.docx", "LO", 2017, "python-docx",
    "lo_letter_ref_grid_one_table_vmerged_nkps_nr_column_type_in_brackets_after_hva_text_hvem_ansv_marker_slash_meetings_list",
    "LO letter on letterhead (header with LO's name and address, footer 'Side n av m' fields): borderless 'Deres ref. | Vår ref. | Dato' "
    "grid, addressee, intro; ONE portrait table NKPS-tiltak nr. | Tiltak | Hva gjør LO? | Hvem | Tidsrom where the NKPS-nr. cell is "
    "vertically merged (w:vMerge) over consecutive measures with the same old numbers ('4 og 7'); the type is only an italic bracket "
    "'(Type: …)' at the end of the Hva-cell; Hvem = '<owner> (ansv.) / <partners>'; after the table 'Møter LO har deltatt i' bullets "
    "and the signature are not measures", [
    M("T01", "LOs plass i Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg", "KD", PARTENE8, "Fra 2017",
      "Utvalget oppnevnes høsten 2017. LO vil bruke plassen til å løfte fram behovet for fagarbeidere og kunnskap om kompetansebehovene i LO-forbundenes bransjer."),
    M("T02", "LOs arbeid i Samarbeidsrådet for yrkesopplæring (SRY)", ["1.4", "2.3"], "Råd/utvalg", "KD",
      ["LO", "NHO", "KS", "Unio", "YS", "Spekter", "Virke"], "Løpende",
      "LO har to faste medlemmer i SRY og bidrar i arbeidet med tilbudsstrukturen og dimensjoneringen av fag- og yrkesopplæringen."),
    M("T04", "Samfunnskontrakten for flere læreplasser", ["1.4", "2.3"], "Avtale", "KD",
      ["LO", "NHO", "KS", "Spekter", "Virke", "Unio", "YS"], "2016–2020",
      "Kontrakten skal gi flere læreplasser. LO følger opp gjennom forbundene og de lokale tillitsvalgte, og har bedt forbundene melde inn antall nye lærekontrakter."),
    M("T07", "Forsøket med fagbrev på jobb", ["1.4", "3.3"], "Prosjekt", "KD",
      ["Udir", "fylkeskommunene", "LO", "NHO"], "2016–2018",
      "LO sitter i referansegruppen for forsøket, der voksne i arbeid kan ta fagbrev gjennom praksis på egen arbeidsplass."),
    M("L1", "Tillitsvalgtopplæring om kompetanseutvikling", ["2.2"], "Kurs", "LO", ["LO-forbundene", "AOF"],
      "Høsten 2017 og videre",
      "Nytt kursopplegg for tillitsvalgte om hvordan kompetanseutvikling kan tas opp i drøftinger med arbeidsgiver og i lokale forhandlinger."),
    M("L3", "Notat om tariffavtalenes betydning i kompetansepolitikken", ["2.2"], "FoU", "LO", ["Fafo"], "2017",
      "Fafo skriver på oppdrag fra LO et notat om hvordan bestemmelsene om kompetanse i tariffavtalene brukes i praksis."),
    M("L5", "Seminar om kompetanse i klyngesamarbeid", ["2.4"], "Seminar", "LO", ["NHO", "Eyde-klyngen"], "November 2017",
      "Seminar om hvordan en kan legge bedre til rette for kompetanseutvikling i klyngesamarbeid, med erfaringer fra Eyde-klyngen i Agder."),
])

add("2017_Regjeringen_oppfolging.pdf", "Regjeringen", 2017, "reportlab",
    "kd_status_note_pdf_count_per_strategy_nr_table_first_bold_titles_borderless_key_grid_before_text_prop_footnotes",
    "KD NOTAT exported from Word (Til/Fra/Dato/Sak grid, running header 'Kunnskapsdepartementet' and 'Side n av m'): '1 Innledning', "
    "'2 Oversikt' = a count table Strategiens tiltak nr. 1–16 | Antall tiltak | Sum (not measures), '3 Regjeringens tiltak': each "
    "measure a bold title, a borderless key grid Strategiens tiltak nr. / Departement / I samarbeid med / Virkemiddel / Tidsplan "
    "BEFORE the text (partners separated by ', ', old numbers '4 og 7'), superscript footnote marks at the end of some texts with "
    "the notes at the page foot (Prop. 1 S / Meld. St. references, not part of the text); '4 Videre arbeid' is not measures", [
    M("T01", "Etablering av Kompetansebehovsutvalget (KBU)", ["1.1"], "Utvalg", "KD",
      ["ASD", "KMD", "NFD", "partene i arbeidslivet"], "Oppnevnes 2017",
      "Utvalget skal sammenstille og analysere kunnskap om Norges kompetansebehov, nasjonalt og regionalt. Mandatet fastsettes etter dialog med partene, og første rapport legges fram i 2018.",
      fn="Prop. 1 S (2017–2018) for Kunnskapsdepartementet, kap. 258."),
    M("T04", "Samfunnskontrakten for flere læreplasser", ["1.4", "2.3"], "Kurs/utdanning", "KD",
      ["partene i arbeidslivet", "KS", "fylkeskommunene"], "2016–2020",
      "Regjeringen følger opp kontrakten sammen med partene. Målet er at alle kvalifiserte søkere skal få læreplass, og at antall lærekontrakter skal øke med 20 prosent innen 2020."),
    M("T07", "Forsøk med fagbrev på jobb", ["1.4", "3.1"], "Prosjekt", "KD", ["Udir", "fylkeskommunene"], "2016–2018",
      "Forsøk i fem fylker der voksne i arbeid kan ta fagbrev på grunnlag av praksis i egen jobb. Erfaringene skal danne grunnlag for en vurdering av en nasjonal ordning."),
    M("T10", "Kompetansepluss arbeid og Kompetansepluss frivillighet", ["3.2"], "Kurs/utdanning", "KD",
      ["Kompetanse Norge", "VOFO", "partene i arbeidslivet"], "Løpende",
      "Tilskuddsordningene gir voksne opplæring i lesing, skriving, regning, muntlige og digitale ferdigheter på arbeidsplassen og i frivillige organisasjoner. Ordningene er styrket i 2017.",
      fn="Prop. 1 S (2016–2017) for Kunnskapsdepartementet, kap. 258 post 21."),
    M("T13", "Nasjonalt kvalitetsrammeverk for karriereveiledning", ["1.3"], "Prosjekt", "KD",
      ["Kompetanse Norge", "fylkeskommunene"], "2017–2019",
      "Kompetanse Norge utvikler et kvalitetsrammeverk med felles etiske retningslinjer, kompetansestandarder for veiledere og et karrierekompetanserammeverk."),
    M("T20", "Bedriftsintern opplæring (BIO)", ["2.4", "3.3"], "Arbeidsmarkedstiltak", "ASD",
      ["Arbeids- og velferdsetaten", "fylkeskommunene"], "Løpende",
      "BIO gir tilskudd til opplæring av ansatte i virksomheter som må omstille seg. Ordningen forvaltes av Arbeids- og velferdsetaten; det vurderes om forvaltningen skal flyttes til fylkeskommunene.",
      fn="Meld. St. 6 (2018–2019) omtaler en mulig overføring."),
    M("G1", "Forsøk med modulstrukturert opplæring for voksne", ["3.1"], "Utdanning", "KD",
      ["Utdanningsdirektoratet", "fylkeskommuner"], "2017–2021",
      "Forsøk i enkelte lærefag der voksne tar videregående opplæring i moduler som dokumenteres underveis, slik at de kan bygge opp et fagbrev over tid."),
])

add("2017_Spekter_rapport.docx", "Spekter", 2017, "python-docx",
    "spekter_h2_titles_italic_relasjon_nkps_nr_line_bold_label_paragraphs_hvem_sentence_naar_type_last_planer_2018_not_measures",
    "Spekter Word report (header 'Spekter – Rapportering NKPS 2017', footer with date and page): 'Innledning', then each measure a "
    "Heading 2 title, an italic line 'Relasjon til NKPS tiltak nr. 4 og 7.', and paragraphs opening with bold labels Hva: / Hvem: / "
    "Når: / Type tiltak: in that order; Hvem is a sentence 'Spekter er ansvarlig. Med på laget: X, Y og Z.'; the last chapter "
    "'Planer for 2018' (bullets, ideas not started) is not measures", [
    M("S1", "Møteplass lærebedrifter", ["1.4", "2.3"], "Arrangement", "Spekter",
      ["Fafo", "fylkeskommuner", "opplæringskontorer"], "Årlig i mars, fra 2013",
      "Heldagsarrangement der Spekters medlemmer som er eller ønsker å bli lærebedrifter, møtes for å utveksle erfaringer og bli oppdatert på fag- og yrkesopplæringen."),
    M("S2", "Arbeidsgivernettverk for HR-direktører", ["2.2"], "Nettverk", "Spekter", ["medlemsvirksomhetene"],
      "Fra 2016, løpende",
      "Nettverket møtes om lag hvert kvartal og ledes av Spekters administrerende direktør. Strategien ble presentert for nettverket i februar og tas jevnlig opp som tema."),
    M("S3", "Søkekonferanse om KompetansePluss arbeid", ["3.2"], "Konferanse", "Spekter", ["Kompetanse Norge"],
      "September 2017",
      "Seminar der medlemsvirksomhetene får kunnskap om ordningen, gevinstene ved å bruke den og hva som kreves for å søke. Virksomheter som har gjennomført prosjekter, deler erfaringer."),
    M("S4", "Brev til medlemsvirksomhetene om lærlinger", ["1.4", "2.3"], "Informasjon", "Spekter", [], "Mai 2017",
      "Brev fra administrerende direktør til øverste leder i alle medlemsvirksomhetene med oppfordring om å tilby flere læreplasser, med henvisning til Samfunnskontrakten for flere læreplasser."),
    M("S5", "Livslang læring i sykehussektoren i Europa", ["2.2"], "Prosjekt", "HOSPEEM",
      ["EPSU", "Spekter", "Fagforbundet", "Norsk Sykepleierforbund"], "2017–2019",
      "Europeisk prosjekt med to konferanser der gode eksempler skal belyse verdien av å investere i kompetanse. Spekter sitter i styringsgruppen."),
])

# =============================================================================================== 2018
add("2018_NHO_rapport.pdf", "NHO", 2018, "reportlab",
    "nho_landscape_pdf_two_row_grouped_header_tiltaket_ansvar_spans_repeated_on_next_page_one_row_two_titled_reports_total_line_below",
    "NHO report exported from Word (landscape, footer 'NHO · januar 2019 · side n'): short intro, then ONE table with a TWO-ROW "
    "grouped header ('Tiltaket' spanning Navn | Innhold, 'Ansvar' spanning Eier | Partnere, plus Delmål | Kategori | Periode spanning "
    "both rows), both header rows repeated on the next page; delmål as codes '1.4, 2.3'; one row ('Bestilte rapporter') holds TWO "
    "measures: two bold titles in the Navn cell and two paragraphs in the Innhold cell, sharing the other cells; the line under the "
    "table 'Totalt 10 tiltak, hvorav 4 nye' and the contact line are not measures", [
    M("T01", "NHO i Kompetansebehovsutvalget (KBU)", ["1.1"], "Råd/utvalg/nettverk", "KD", PARTENE8, "Fra 2017",
      "NHO er representert i utvalget, som la fram sin første rapport i 2018. NHO bidrar med data fra kompetansebarometeret."),
    M("T02", "Samarbeidsrådet for yrkesopplæring (SRY)", ["1.4", "2.3"], "Råd/utvalg/nettverk", "KD",
      ["NHO", "LO", "KS", "Spekter", "Virke", "Unio", "YS"], "Løpende",
      "NHO leder SRY i perioden og prioriterer arbeidet med ny tilbudsstruktur i yrkesfagene."),
    M("T04", "Samfunnskontrakt for flere læreplasser 2016–2020", ["1.4", "2.3"], "Avtale", "KD",
      ["NHO", "LO", "KS", "fylkeskommunene"], "2016–2020",
      "NHO følger opp kontrakten gjennom landsforeningene og regionkontorene og rapporterer antall lærekontrakter i NHO-bedrifter."),
    M("T11", "NHO i referansegruppen til EVU-utvalget", ["2.2"], "Råd/utvalg/nettverk", "KD",
      ["NHO", "LO", "Virke", "KS"], "2018–2019",
      "Ekspertutvalget for etter- og videreutdanning har en referansegruppe der NHO deltar. NHO har gitt innspill om arbeidsplassen som læringsarena."),
    M("T19", "Partssammensatt arbeidsgruppe for digital kompetanse", ["2.1"], "Råd/utvalg/nettverk", "Kompetanse Norge",
      ["NHO", "LO", "KS", "Unio", "YS", "Spekter", "Akademikerne"], "Januar–april 2018",
      "Arbeidsgruppen har identifisert behov for digital kompetanse i arbeidslivet og foreslått konkrete prosjekter. NHO deltok med to representanter."),
    M("T23", "Jenter og teknologi", ["2.3"], "Kampanje", "NHO", ["LO", "Norsk Industri"], "2016–2019",
      "Nasjonal kampanje som for tredje år på rad skal få flere jenter til å velge teknologiske fag. Kampanjen gjennomføres i alle fylker."),
    M("N1", "NHOs kompetansebarometer", ["2.2"], "Undersøkelse", "NHO", ["NIFU"], "Årlig",
      "Årlig undersøkelse blant NHOs medlemsbedrifter om behovet for kompetanse. 2018-utgaven viser at seks av ti bedrifter har udekket kompetansebehov."),
    M("N2", "Matindustrien 4.0 – kompetanseløft for hele matindustrien", ["2.1"], "Prosjekt", "NHO Mat og Drikke",
      ["LO/NNN", "Sjømat Norge"], "2018–2020",
      "Partssamarbeid om kompetanseheving i matindustrien med vekt på automatisering og digitalisering. Første fase kartlegger behovene i bedriftene."),
    M("N3", "Rapport om skatteinsentiv for kompetanse", ["2.2"], "FoU", "NHO", [], "2018",
      "Bestilt rapport som beskriver to til tre alternative innretninger på en skatteinsentivmodell for kompetanseutvikling i virksomheter.",
      shared=True),
    M("N6", "Rapport om strategier for kompetanseutvikling i næringslivet", ["2.2"], "FoU", "NHO", [], "2018",
      "Bestilt rapport som beskriver gode eksempler på hvordan bedrifter arbeider strategisk med kompetanseutvikling.",
      shared=True),
])

add("2018_KS_rapport.docx", "KS", 2018, "python-docx",
    "kn_secretariat_landscape_form_instruction_block_reporter_line_delmaal_first_example_row_left_ks_added_merknad_column_empty_rows",
    "the directorate's Word reporting form (landscape) filled in by KS: form title and a grey instruction block (how to fill in, the "
    "six types), a 'Rapporterende organisasjon: KS' line, then ONE table Delmål (nr.) | Navn på tiltak | Type tiltak | Ansvarlig | "
    "Samarbeidspartnere | Tidsperiode | Kort beskrivelse with a seventh column 'Merknad KS' that KS added itself; the form's grey "
    "italic example row ('Eksempel: …') was left in; two empty rows at the end; type words are KS' own; footer 'Side n'", [
    M("T04", "Samfunnskontrakten – kommunesektoren som lærebedrift", ["1.4", "2.3"], "Avtale", "KD",
      ["KS", "kommunene", "fylkeskommunene"], "2016–2020",
      "KS følger opp samfunnskontrakten i kommunesektoren og arbeider for at kommunene tar inn flere lærlinger, særlig i helsearbeiderfaget.",
      merknad="Felles tiltak i kontrakten"),
    M("T15", "Nasjonalt forum for karriereveiledning", ["1.3"], "Nettverk", "Kompetanse Norge",
      ["KS", "Spekter", "NAV", "Udir", "fylkeskommunene"], "Fra 2017",
      "KS deltar i forumet, som skal styrke samordningen av karriereveiledning mellom sektorer og forvaltningsnivåer.",
      merknad=""),
    M("T16", "Kompetanseløft 2020 – oppfølging i kommunene", ["1.4"], "Plan", "HOD",
      ["KS", "Helsedirektoratet", "Fylkesmannen"], "2016–2020",
      "KS bidrar til at kommunene bruker tilskuddsmidlene i Kompetanseløft 2020 til å heve kompetansen i helse- og omsorgstjenestene.",
      merknad="Regjeringens plan"),
    M("T19", "Arbeidsgruppe om digital kompetanse (partssammensatt)", ["2.1"], "Råd/utvalg", "Kompetanse Norge",
      ["KS", "LO", "NHO", "Unio", "YS", "Spekter", "Akademikerne"], "2018",
      "KS har deltatt i arbeidsgruppen som har kartlagt behov for digital kompetanse og foreslått prosjekter, blant annet for ansatte i kommunal helse- og omsorgstjeneste.",
      merknad="Avsluttet april 2018"),
    M("K1", "Menn i helse", ["3.3"], "Prosjekt", "KS", ["NAV", "kommunene", "fylkeskommunene"], "2017–2020",
      "Rekrutteringsprogram der menn som står utenfor arbeidslivet får et komprimert løp mot fagbrev som helsefagarbeider, med lønnet praksis i kommunene.",
      merknad="Videreføres 2019"),
    M("K2", "Bli lærling i kommunen", ["2.3"], "Kampanje", "KS", ["kommunene"], "2018",
      "Kampanje i sosiale medier og på ungdomsskoler for å rekruttere flere lærlinger til kommunesektoren.",
      merknad=""),
    M("K3", "KS Læring", ["2.1"], "Informasjon", "KS", ["kommunene"], "Fra 2017",
      "Nettbasert læringsplattform der kommunene kan dele kurs, arrangementer og annen kunnskap med sine ansatte og med hverandre.",
      merknad="Åpen for alle kommuner"),
    M("K4", "Samarbeid om digital kompetanse i kommunene", ["2.1"], "Prosjekt", "KS", ["KMD", "hovedorganisasjonene"],
      "2018–2019",
      "Samarbeidsprosjekt med 71 kommuner om digital kompetanse for ansatte og ledere. KS gjennomfører møteplasser med bistand fra partene i samarbeidet.",
      merknad=""),
])

# =============================================================================================== 2019
add("2019_Regjeringen_rapport.docx", "Regjeringen", 2019, "python-docx + footnotes part",
    "reg_word_area_h1_delmaal_code_words_h2_bold_title_paras_italic_ansvar_sentence_line_real_footnotes_videreforte_small_table_dept_count",
    "Regjeringen's Word report: Heading 1 per hovedinnsatsområde (words), Heading 2 'Delmål 1.3 – <words>' per delmål; each measure a "
    "bold title paragraph, the text, then ONE italic line 'Ansvar: KD, i samarbeid med X, Y og Z. Virkemiddel: … Periode: …' (a "
    "measure with two goals sits under the first and carries 'Også delmål 3.1.' in the italic line); real Word footnotes (footnotes.xml) "
    "on some titles/texts; chapter 'Videreført uten endringer fra 2017' is a SMALL TABLE Tiltak | Delmål | Ansvar | Virkemiddel "
    "(continued measures with no text, partners or period); closing 'Antall tiltak per departement' table is not measures", [
    M("T06", "Fagbrev på jobb – ny nasjonal ordning", ["1.4", "3.1"], "Ordning", "KD",
      ["Utdanningsdirektoratet", "fylkeskommunene", "partene i arbeidslivet"], "Fra 1. august 2019",
      "Etter forsøket i 2016–2018 er fagbrev på jobb gjort til en nasjonal ordning. Fylkeskommunene har ansvaret for å tilby ordningen til voksne i arbeid.",
      fn="Forskrift til opplæringslova § 3-59 (ny)."),
    M("T08", "Bransjeprogram for kompetanseutvikling", ["2.1", "2.4"], "Kurs/utdanning", "KD",
      ["Kompetanse Norge", "partene i arbeidslivet", "utdanningsinstitusjoner"], "2019–2021",
      "Trepartsprogram der staten og partene samarbeider om opplæringstilbud for ansatte i bransjer med særlige omstillingsbehov. De første programmene gjelder industri og bygg og kommunal helse- og omsorgssektor."),
    M("T10", "Kompetansepluss", ["3.2"], "Tilskuddsordning", "KD",
      ["Kompetanse Norge", "VOFO", "partene i arbeidslivet"], "Løpende",
      "Ordningen er videreført. Fra 2019 prøves fagopplæring i Kompetansepluss, og flere bransjer skal kunne bruke ordningen."),
    M("T11", "Ekspertutvalg for etter- og videreutdanning", ["2.2"], "Utvalg", "KD",
      ["forskere", "utdanningsinstitusjoner", "partene i arbeidslivet"], "2018–2019",
      "Utvalget har sett på hvordan etter- og videreutdanning kan møte kompetansebehovene i arbeidslivet. Sluttrapporten ble levert i 2019.",
      fn="NOU 2019: 12 Lære hele livet."),
    M("T12", "Nasjonal digital karriereveiledningstjeneste", ["1.3"], "Informasjon", "KD",
      ["Kompetanse Norge", "Utdanningsdirektoratet"], "2018–2020",
      "Kompetanse Norge utvikler en nettbasert tjeneste med chat, telefon og informasjon om utdanning og arbeid, som skal lanseres i 2020."),
    M("T14", "Tilskudd til fleksible videreutdanningstilbud i digital kompetanse", ["2.1"], "Kurs/utdanning", "KD",
      ["Kompetanse Norge", "DIKU", "UH-sektoren"], "2018–2020",
      "Midler til universiteter, høyskoler og fagskoler som utvikler fleksible videreutdanningstilbud i digital kompetanse i samarbeid med arbeidslivet."),
    M("T16", "Kompetanseløft 2020", ["1.4"], "Plan", "HOD", ["KS", "Helsedirektoratet", "Fylkesmannen"], "2016–2020",
      "Regjeringens plan for rekruttering, kompetanse og fagutvikling i helse- og omsorgstjenestene i kommunene."),
    M("T25", "Ny IA-avtale 2019–2022", ["3.3"], "Avtale", "ASD", ["partene i arbeidslivet"], "2019–2022",
      "I den nye avtalen om et inkluderende arbeidsliv har partene og myndighetene forpliktet seg til at også kompetansetiltak kan være nødvendige for å kunne stå i arbeid."),
    M("G2", "Kompetansereformen – Lære hele livet", ["2.4"], "Reform", "KD", ["ASD", "NFD", "partene i arbeidslivet"],
      "2019–2020",
      "Regjeringen forbereder en stortingsmelding om kompetansereformen. Innspillsmøter med partene, utdanningsinstitusjoner og fylkeskommuner er holdt i hele landet."),
    # the two one-liners in the 'videreført uten endringer' table (no partners, period or text printed)
    M("T01", "Kompetansebehovsutvalget (KBU)", ["1.1"], "Utvalg", "KD", [], "", "", listed=True),
    M("T13", "Kvalitetsrammeverk for karriereveiledning", ["1.3"], "Prosjekt", "KD", [], "", "", listed=True),
])

add("2019_Virke_rapport.pdf", "Virke", 2019, "reportlab",
    "virke_webmail_print_message_header_numbered_bold_titles_dash_text_unlabelled_slash_fact_line_signature_vedlegg_quoted_request_example",
    "Virke's report sent as an e-mail and printed from the web mail client: print header (date/time, 'Virke Mail – …'), '1 melding', "
    "From/To/Date/Subject lines, 'Hei,' and numbered paragraphs '1. <bold title> – <text>' each followed by an UNLABELLED slash line "
    "'Delmål 2.1 og 2.4 / prosjekt / Virke – med Handel og Kontor, Kompetanse Norge / 2019–2021' (owner before ' – med ', partners "
    "after, type in lower case); signature, 'Vedlegg' line, and below the quoted request from Kompetanse Norge with its own "
    "'Eksempel:' line in the same slash format (not measures); URL and '1/1' in the print footer", [
    M("T03", "Virke i RSA-ene ved universiteter og høyskoler", ["1.4"], "Råd/utvalg", "UH-institusjonene",
      ["Virke", "NHO", "LO"], "løpende",
      "Virke har plass i Råd for samarbeid med arbeidslivet ved flere institusjoner og bruker plassen til å styrke relevansen i utdanningene for handel og tjenesteyting."),
    M("T11", "Referansegruppen for ekspertutvalget om etter- og videreutdanning", ["2.2"], "Utvalg", "KD",
      ["Virke", "NHO", "LO", "KS"], "2018–2019",
      "Virke har deltatt i referansegruppen og spilt inn behovet for kortere, modulbaserte tilbud som kan kombineres med jobb."),
    M("R1", "Handelsløftet", ["2.1", "2.4"], "Prosjekt", "Virke", ["Handel og Kontor", "Kompetanse Norge"], "2019–2021",
      "Partssamarbeid mellom Virke og Handel og Kontor om kompetanseheving i varehandelen, med kurs i netthandel og fagbrev i salgsfaget for ansatte i butikk. Finansieres av partene selv og er ikke en del av de statlige bransjeprogrammene."),
    M("R2", "Balansekunst – modell for å beskrive kompetanse fra arbeidslivet", ["2.5"], "FoU", "Virke",
      ["LO", "YS", "NHO"], "2018–2019",
      "Rapporten «Balansekunst» beskriver en modell og metode for å beskrive kompetanse som bygges opp i arbeidslivet. Virke prøver modellen ut i medlemsbedrifter i 2019."),
    M("R3", "Studie om ny teknologi og kompetansebehov i varehandelen", ["2.2"], "Analyse", "Virke",
      ["Samfunnsøkonomisk analyse", "Handel og Kontor"], "2018–2019",
      "Studien skal svare på hvordan ny teknologi påvirker kompetansebehovet i varehandelen. Den er ferdig høsten 2019."),
])

# =============================================================================================== 2020
add("2020_LO_rapport.pdf", "LO", 2020, "reportlab",
    "lo_sekretariat_board_paper_pdf_vedtak_saksframstilling_prose_landscape_vedlegg_two_row_records_merged_hva_row_keyword_goals_decoded_in_note",
    "LO board paper printed to PDF: 'Sak til LOs sekretariat' header grid (Saksnr./Møtedato/Saksbehandler), 'Forslag til vedtak' "
    "(italic), 'Saksframstilling' prose that mentions some measures in passing (not rows), then on a LANDSCAPE page 'Vedlegg 1: LOs "
    "tiltak 2020' – ONE table of two-row records: a fact row Tiltak | Delmål (stikkord) | Type | Hvem | Når | Status and below it a "
    "merged row 'Hva: <text>'; the delmål are LO's KEY WORDS (decoded in a note under the table: 'Digital kompetanse = 2.1 …'), "
    "Hvem = '<owner>; <partners>' (the name before ';' is the owner), Status 'Fortsatt (fra 2017)' / 'Ny'; the list 'Tidligere "
    "tiltak som er avsluttet' (LO's 2017 measures that ended) is not measures", [
    M("T01", "Kompetansebehovsutvalget (KBU)", ["1.1"], "Råd/utvalg", "KD", PARTENE8, "Løpende",
      "LO er medlem av utvalget, som i 2020 la fram en temarapport om kompetansebehov etter koronapandemien.",
      status="Fortsatt (fra 2017)"),
    M("L1", "Kompetansekurs for tillitsvalgte (tidligere Tillitsvalgtopplæring om kompetanseutvikling)", ["2.2"], "Kurs", "LO",
      ["LO-forbundene", "AOF"], "Fra 2017, løpende",
      "Kurset er revidert og gjort digitalt. I 2020 ble det holdt 14 kurs med 310 deltakere.", status="Fortsatt (fra 2017)"),
    M("T06", "Fagbrev på jobb", ["1.4", "3.1"], "Kurs/utdanning", "KD", ["fylkeskommunene", "LO", "NHO"], "Fra 2019",
      "LO følger opp at fylkeskommunene tilbyr fagbrev på jobb og at tillitsvalgte kjenner ordningen. LO har laget informasjonsmateriell til forbundene.",
      status="Ny"),
    M("T08", "Trepartsbransjeprogrammene", ["2.1", "2.4"], "Kurs/utdanning", "KD",
      ["LO", "NHO", "Kompetanse Norge", "Fellesforbundet"], "2020–2022",
      "LO og forbundene er med i programrådene for industri og bygg og i de nye programmene for reiseliv, varehandel og helse som kom i 2020.",
      status="Ny"),
    M("T23", "Jenter og teknologi", ["2.3"], "Kampanje", "NHO", ["LO", "Fellesforbundet"], "2016–2021",
      "LO og Fellesforbundet er med i kampanjen som skal få flere jenter til å velge tekniske fag. Skolebesøkene ble gjort digitale i 2020.",
      status="Ny"),
    M("L2", "Kompetansenettverk for LO-forbundene", ["2.2"], "Nettverk", "LO", ["LO-forbundene"], "Fra 2020",
      "Nytt nettverk der forbundenes kompetanseansvarlige møtes fire ganger i året for å utveksle erfaringer med tariffavtalenes kompetansebestemmelser.",
      status="Ny"),
    M("L6", "Digitale kurs for permitterte medlemmer", ["3.3"], "Kurs", "AOF Norge", ["LO", "LO-forbundene"], "Våren 2020",
      "Gratis nettkurs i digitale ferdigheter og norsk for permitterte og ledige medlemmer under koronapandemien.",
      status="Ny"),
])

add("2020_Spekter_rapport.pdf", "Spekter", 2020, "reportlab",
    "spekter_pdf_cover_toc_chapters_videreforte_then_nye_typed_h2_numbers_five_col_header_fact_row_before_text_goal_words_code_paren_korona_chapter",
    "Spekter report exported from Word: cover page, 'Innhold' page (chapters only, with page numbers), '1 Innledning', "
    "'2 Tiltak videreført fra tidligere år' and '3 Nye tiltak' with typed Heading 2 numbers '2.1 Title' (stripped); under each heading a "
    "five-column fact table with header row Delmål i strategien | Kategori | Ansvarlig | Samarbeid med | Tidsrom BEFORE the text; "
    "the delmål are given as wording with the code in brackets; the last measure's text runs over to the next page; '4 "
    "Koronasituasjonen' is not measures; footer 'Spekter · 15.12.2020 · n'", [
    M("S1", "Møteplass lærebedrifter", ["1.4", "2.3"], "Arrangement", "Spekter", ["medlemsvirksomhetene", "opplæringskontorer"],
      "Årlig i mars",
      "Møteplassen ble holdt 5. mars 2020, like før nedstengingen, med 90 deltakere. Tema var kvalitet i lærlingordningen i helseforetakene.",
      sect="old"),
    M("S2", "HR-direktørnettverket", ["2.2"], "Nettverk", "Spekter", ["medlemsvirksomhetene"], "Løpende, fra 2016",
      "Nettverket for HR-direktører er videreført og har hatt digitale møter. Kompetanse for omstilling etter pandemien har vært hovedtema.",
      sect="old"),
    M("T02", "Spekters plass i Samarbeidsrådet for yrkesopplæring", ["1.4", "2.3"], "Råd/utvalg/nettverk", "KD",
      ["Spekter", "LO", "NHO", "KS", "Virke", "Unio", "YS"], "2020–2023",
      "Spekter har fra 2020 fått fast plass i SRY og vektlegger helsefagene og fagskoleutdanningene.", sect="new"),
    M("T22", "Trepartssamarbeid om kompetanse i spesialisthelsetjenesten", ["2.2"], "Råd/utvalg/nettverk", "HOD",
      ["Spekter", "LO", "Unio", "YS", "Akademikerne"], "2020–2023",
      "Partene og HOD samarbeider om å kartlegge kompetansebehov og utvikle tiltak for videreutdanning av sykepleiere og helsefagarbeidere i helseforetakene.",
      sect="new"),
    M("S6", "Fagskolekonferansen for spesialisthelsetjenesten", ["2.3"], "Konferanse", "Spekter", ["LO/Fagforbundet", "YS/Delta"],
      "Januar 2020",
      "Konferanse som skal rette oppmerksomheten mot fagskoleutdanning i spesialisthelsetjenesten og synliggjøre karriereveier for fagarbeidere.",
      sect="new"),
    M("S8", "Praksisplasser for masterstudenter i statsvitenskap", ["1.4"], "Kurs/utdanning", "Spekter", ["UiO"],
      "Vårsemesteret 2020",
      "Spekter tar imot masterstudenter fra UiO i praksis, som del av et samarbeid om arbeidslivsrelevans i samfunnsvitenskapelige utdanninger.",
      sect="new"),
])

add("2020_Vestland_rapport.docx", "Vestland fylkeskommune", 2020, "python-docx (numbering part)",
    "nn_county_word_h1_delmaal_words_autonumbered_bold_titles_soft_break_label_lines_in_same_paragraph_text_after_meeting_table",
    "nynorsk county report in Word: Heading 1 per delmål given only as the nynorsk WORDING of the delmål; measures are items of a "
    "Word automatic numbered list (w:numPr, numbers not in the text, restarting under each heading) whose paragraph holds the bold "
    "title and, after soft line breaks (w:br), the lines Ansvarleg: / Med: / Type: / Tid:; the description is the next, indented "
    "paragraph; a measure with two delmål is under the first heading and says 'Gjeld òg: <words>'; the closing 'Møte vi har "
    "delteke på' table (Dato | Møte | Stad) is not measures", [
    M("T15", "Vestland fylkeskommune si deltaking i Nasjonalt forum for karriererettleiing", ["1.3"], "Nettverk",
      "Kompetanse Noreg", ["Vestland fylkeskommune", "KS", "NAV", "Spekter"], "Frå 2020",
      "Fylkeskommunen representerer karrieresentra i forumet og deler erfaringar frå samanslåinga av dei to fylka."),
    M("W1", "Karriere Vestland", ["1.3"], "Tenestetilbod", "Vestland fylkeskommune", ["NAV Vestland", "kommunane"],
      "Frå 1.1.2020",
      "Karrieresentra i tidlegare Hordaland og Sogn og Fjordane er slått saman til Karriere Vestland, med avdelingar i Bergen, Førde, Stord og Voss. Tilbodet er gratis for vaksne over 19 år."),
    M("W4", "Partnarskap for karriererettleiing 2020–2023", ["1.3"], "Avtale", "Vestland fylkeskommune",
      ["NAV Vestland", "KS", "NHO Vestland", "LO i Vestland"], "2020–2023",
      "Avtale mellom fylkeskommunen og partnarane om ei felles satsing på karriererettleiing for vaksne og ungdom."),
    M("W2", "Kompetanseforum Vestland", ["1.2"], "Forum", "Vestland fylkeskommune",
      ["NHO Vestland", "LO i Vestland", "KS Vest", "NAV Vestland", "Høgskulen på Vestlandet", "Universitetet i Bergen"],
      "Frå 2020",
      "Regionalt partnarskap som skal samordne arbeidet med kompetanse i fylket og gi råd om prioriteringane i den regionale kompetansestrategien."),
    M("W3", "Utarbeiding av regional kompetansestrategi for Vestland", ["1.2"], "Plan", "Vestland fylkeskommune",
      ["Kompetanseforum Vestland"], "2020–2021",
      "Strategien skal vedtakast av fylkestinget i 2021 og gjelde for perioden 2021–2024."),
    M("W7", "Fagbrev på jobb i Vestland", ["1.4", "3.1"], "Opplæring", "Vestland fylkeskommune",
      ["opplæringskontora", "arbeidsgjevarar"], "Frå hausten 2020",
      "Fylkeskommunen tilbyr fagbrev på jobb for vaksne tilsette i helse, industri og reiseliv, med eit eige opplegg for teorien."),
    M("W5", "Bedriftsintern opplæring (BIO) i Vestland", ["2.4"], "Tilskotsordning", "Vestland fylkeskommune",
      ["Innovasjon Noreg", "NAV Vestland"], "Frå 2020",
      "Frå 2020 forvaltar fylkeskommunen BIO-midlar til verksemder i omstilling. Under koronapandemien vart ordninga styrkt med ekstra midlar."),
], lang="nn")

# =============================================================================================== 2021
add("2021_NHO_rapport.docx", "NHO", 2021, "python-docx",
    "nho_word_excel_range_paste_id_column_ny_i_aar_ja_nei_start_slutt_columns_semicolon_goals_blank_rows_antall_row_sheet_name_caption",
    "NHO Word report (landscape) made around an Excel range pasted as a Word table: caption 'Kilde: NHO_NKPS_2021.xlsx, ark «Tiltak»', "
    "columns ID | Tiltak | Delmål | Ny i 2021? | Type | Eier | Partnere | Start | Slutt | Beskrivelse with NHO's own record ids "
    "('NHO-21-03', not part of the title), delmål separated by ';', Ny i 2021? 'ja'/'nei', Start and Slutt in two columns (period = "
    "'start–slutt'); two blank rows and an 'Antall tiltak' row at the bottom; partners separated by ', '; a short 'Kommentar' "
    "paragraph after the table is not measures", [
    M("N1", "Kompetansebarometeret 2021", ["2.2"], "Undersøkelse", "NHO", ["NIFU"], "2014–løpende",
      "Årlig undersøkelse blant medlemsbedriftene. I 2021 svarer over halvparten at de har udekket behov for fagarbeidere.",
      rid="NHO-21-01", ny="nei"),
    M("N2", "Kompetanseløft i matindustrien – fase 2", ["2.1", "2.4"], "Prosjekt", "NHO Mat og Drikke",
      ["LO/NNN", "Sjømat Norge"], "2021–2023",
      "Videreføring av Matindustrien 4.0. Fase 2 gir opplæring i automatisering og digitale verktøy i 40 bedrifter.",
      rid="NHO-21-02", ny="nei"),
    M("T06", "Fagbrev på jobb", ["1.4"], "Utdanning", "KD", ["fylkeskommunene", "NHO-foreningene"], "2019–løpende",
      "NHO informerer medlemsbedriftene om ordningen og har laget en veileder for bedrifter som vil ta i bruk fagbrev på jobb.",
      rid="NHO-21-03", ny="ja"),
    M("T08", "Bransjeprogrammene – NHO-foreningenes deltakelse", ["2.1"], "Kurs/utdanning", "KD",
      ["NHO Reiseliv", "Norsk Industri", "Byggenæringens Landsforening", "HK-dir"], "2020–2023",
      "Fem NHO-foreninger deltar i programrådene. NHO har bidratt til at tilbudene blir kjent i bedriftene.",
      rid="NHO-21-04", ny="ja"),
    M("T18", "Nasjonalt fagskoleråd", ["1.4"], "Råd", "KD", ["NHO", "LO", "KS", "Unio", "Spekter", "fagskolene"],
      "2020–2024",
      "NHO er medlem av rådet, som gir råd om utviklingen av fagskolesektoren og om behovet for fagskoleutdanning.",
      rid="NHO-21-05", ny="ja"),
    M("N4", "Kompetansepiloter i små og mellomstore bedrifter", ["2.4"], "Prosjekt", "NHO",
      ["Innovasjon Norge", "Kompetanse Norge"], "2021–2022",
      "Pilot der tolv små og mellomstore bedrifter får hjelp til å kartlegge kompetansebehov og lage en opplæringsplan.",
      rid="NHO-21-06", ny="ja"),
])

add("2021_Unio_arsberetning.pdf", "Unio", 2021, "reportlab",
    "unio_annual_report_chapter_pdf_page_numbers_from_31_section_numbers_runin_bold_titles_facts_as_prose_sentences_representation_table",
    "extract of Unio's annual report ('Årsberetning 2021', running header with chapter name, page numbers 31–32): chapter '6 "
    "Kompetansepolitikk' with sections 6.1–6.3; each measure a paragraph opening with a bold run-in title followed by a full stop, "
    "the text, then the facts only as PROSE SENTENCES ('Tiltaket hører til delmål 1.4 i strategien og er et råd/utvalg. Ansvarlig er "
    "…, og med i arbeidet er … . Periode: …'); section 6.4 'Unios representasjon' (table Organ | Unios representant – KBU, SRY, RSA "
    "again) and chapter 7 (Lønnsoppgjøret) are not measures", [
    M("T03", "Råd for samarbeid med arbeidslivet (RSA)", ["1.4"], "råd/utvalg", "universitetene og høyskolene",
      ["Unio", "Unios forbund"], "løpende",
      "Unio-forbundene har plass i RSA ved de fleste universiteter og høyskoler som utdanner lærere, sykepleiere og politi. Unio har laget en veileder for representantene."),
    M("T22", "Trepartssamarbeidet om kompetanse i sykehusene", ["2.2"], "nettverk", "HOD",
      ["Spekter", "Unio", "LO", "YS", "Akademikerne"], "2020–2023",
      "Unio deltar gjennom Norsk Sykepleierforbund. I 2021 er det satt av midler til videreutdanning i intensivsykepleie."),
    M("T25", "IA-avtalen 2019–2022 – kompetanse som virkemiddel", ["3.3"], "avtale", "ASD",
      ["Unio", "partene i arbeidslivet"], "2019–2022",
      "Unio arbeider for at kompetansetiltak brukes mer aktivt for å forebygge sykefravær og frafall, i tråd med IA-avtalen."),
    M("U1", "Unios tillitsvalgtskolering om kompetanse", ["2.2"], "kurs", "Unio", ["Unios forbund"], "2021–2022",
      "Kursrekke for tillitsvalgte i forbundene om hvordan kompetanseplaner kan brukes i lokale drøftinger med arbeidsgiver."),
    M("U2", "Utredning av finansieringsmodeller for etter- og videreutdanning", ["2.2"], "FoU", "Unio",
      ["Proba samfunnsanalyse"], "2021",
      "Utredningen sammenligner modeller for finansiering av etter- og videreutdanning, blant annet utdanningskonto og partsfond."),
    M("U3", "Rapport om kompetanseheving av helsepersonell", ["2.2"], "FoU", "Unio", ["Ny Analyse"], "2021",
      "Rapporten ser på utfordringer og muligheter for kompetanseheving av sykepleiere og annet helsepersonell i kommunene."),
])

# =============================================================================================== 2022
add("2022_KS_rapport.pdf", "KS", 2022, "reportlab",
    "ks_pdf_landscape_table_delmaal_words_group_rows_title_bold_and_text_same_cell_status_viderefort_fra_aar_column_hvem_eier_med_lines_header_only_page_one_footnote",
    "KS report exported from Word (landscape): ONE table Tiltak | Status | Type | Hvem | Periode with full-width shaded GROUP ROWS "
    "holding the delmål WORDS (no codes); the Tiltak cell holds the bold title and the text below it; the Hvem cell has two lines "
    "'Eier: …' / 'Med: …'; Status 'Videreført fra 2018' / 'Nytt'; a second goal only as a superscript footnote mark on the title "
    "('¹ Gjelder også delmål: …' at the page foot); the table breaks after a group row, so page 2 starts with that group's measure "
    "and NO header row; closing 'Status i tall' box is not measures", [
    M("T02", "Samarbeidsrådet for yrkesopplæring (SRY)", ["1.4"], "Råd", "KD",
      ["KS", "LO", "NHO", "Unio", "YS", "Spekter", "Virke"], "2020–2024",
      "KS har to medlemmer i SRY og er opptatt av dimensjoneringen av yrkesfagene og læreplasser i kommunesektoren.",
      status="Nytt"),
    M("T05", "Ny samfunnskontrakt for flere læreplasser og kvalifisert arbeidskraft", ["1.4", "2.3"], "Avtale", "KD",
      ["KS", "partene i arbeidslivet", "fylkeskommunene"], "2022–2026",
      "Den nye kontrakten ble signert i 2022. KS skal bidra til at kommunene tar inn flere lærlinger og at flere voksne får fagbrev.",
      status="Nytt"),
    M("T17", "Kompetanseløft 2025", ["1.4"], "Plan", "HOD", ["KS", "Helsedirektoratet", "statsforvalterne"], "2021–2025",
      "Oppfølgeren til Kompetanseløft 2020 med nye mål. KS bidrar til at kommunene bruker planen til å rekruttere og beholde kompetente ansatte i helse- og omsorgstjenestene.",
      status="Nytt"),
    M("K6", "Heltidskultur og kompetanse", ["2.2"], "Program", "KS", ["Fagforbundet", "NSF", "Delta"], "2022–2024",
      "Program for kommuner som vil bygge en heltidskultur, med kompetanseutvikling som et sentralt virkemiddel.",
      status="Nytt"),
    M("K2", "Lærlingløftet i kommunesektoren (tidligere «Bli lærling i kommunen»)", ["2.3"], "Kampanje", "KS",
      ["kommunene", "fylkeskommunene"], "2022–2023",
      "Kampanjen har fått nytt navn og bredere målgruppe og retter seg nå også mot voksne som vil ta fagbrev i kommunen.",
      status="Videreført fra 2018"),
    M("K1", "Menn i helse", ["3.3"], "Prosjekt", "KS", ["NAV", "kommunene", "fylkeskommunene"], "Fra 2017",
      "Programmet er videreført og gjennomføres nå i ti fylker. I 2022 var det 210 deltakere.",
      status="Videreført fra 2018"),
])

add("2022_Trondelag_arsrapport.docx", "Trøndelag fylkeskommune", 2022, "python-docx",
    "county_annual_report_word_chapter_typed_h3_numbers_text_then_header_plus_value_two_row_fact_table_nokkeltall_okonomi_next_chapter",
    "Trøndelag county's annual report in Word (header 'Årsrapport 2022 · Trøndelag fylkeskommune', footer page numbers): chapter "
    "'4 Kompetanse og kvalifisering' with an introduction (not a measure), Heading 3 measure titles with TYPED numbers '4.2.1' "
    "(stripped), the text, then a small two-row table (header row Mål i NKPS | Tiltakstype | Ansvar | Partnere | Periode, value row "
    "below; delmål as codes joined with ' og '); a 'Nøkkeltall 2022' table, an 'Økonomi' table and the start of chapter '5 "
    "Samferdsel' are not measures", [
    M("O1", "Kompetanseforum Trøndelag", ["1.2"], "Forum", "Trøndelag fylkeskommune",
      ["NHO Trøndelag", "LO i Trøndelag", "KS", "NAV Trøndelag", "NTNU", "Nord universitet"], "Fra 2019",
      "Forumet møttes fire ganger i 2022 og har prioritert kompetansebehovene i helse og industri."),
    M("O2", "Kompetansestrategi for Trøndelag 2022–2025", ["1.2"], "Strategi", "Trøndelag fylkeskommune",
      ["Kompetanseforum Trøndelag"], "2022–2025",
      "Strategien ble vedtatt av fylkestinget i juni 2022 og har tre satsingsområder: kompetanse i arbeidslivet, voksnes læring og karriereveiledning."),
    M("O3", "Karriere Trøndelag", ["1.3"], "Veiledningstjeneste", "Trøndelag fylkeskommune", ["NAV Trøndelag", "kommunene"],
      "Løpende",
      "Fylkeskommunens karrieresenter hadde 2 900 veiledningssamtaler i 2022, en økning på 12 prosent fra året før."),
    M("O4", "BIO-ordningen i Trøndelag", ["2.4"], "Tilskudd", "Trøndelag fylkeskommune", ["Innovasjon Norge"], "Fra 2020",
      "Tilskudd til bedriftsintern opplæring i virksomheter som står i omstilling. 64 bedrifter fikk tilsagn i 2022."),
    M("O5", "Fagbrev på jobb – Trøndelagsmodellen", ["1.4", "3.1"], "Opplæring", "Trøndelag fylkeskommune",
      ["opplæringskontorene", "NAV Trøndelag"], "2021–2023",
      "Fylkeskommunens egen modell med praksiskandidatløp og tilpasset teoriopplæring for voksne i arbeid."),
    M("O6", "Fleksibel fagskoleutdanning i Trøndelag", ["3.1"], "Utdanning", "Fagskolen i Trøndelag",
      ["Trøndelag fylkeskommune", "næringslivet i regionen"], "2022–2024",
      "Nettbaserte og samlingsbaserte fagskoletilbud i fem kommuner, utviklet sammen med lokalt næringsliv."),
])

# =============================================================================================== 2023
add("2023_Regjeringen_oppfolging.pdf", "Regjeringen", 2023, "reportlab",
    "reg_pdf_oppfolging_note_one_table_per_ministry_caption_ansvarlig_departement_forts_caption_on_next_page_status_column_omtale_last_endringer_box",
    "KD note 'Oppfølging av NKPS – rapport 2023' exported from Word (landscape; header with the note title and date, footer 'Side n av "
    "m'): one table per ministry under a caption line 'Ansvarlig departement: KD' (the owner is only in the caption; AID for the IA agreement), columns "
    "Tiltak | Status | Delmål | Samarbeid | Type | Periode | Omtale; after a manual page break the KD table goes on under a caption "
    "'Ansvarlig departement: KD (forts.)' with the header typed again; Status 'Videreført' / 'Videreført, nytt navn' / 'Nytt'; a "
    "framed 'Endringer siden forrige rapport' box (renamed and ended measures) and the closing count line are not measures", [
    M("T01", "Kompetansebehovsutvalget – nytt mandat", ["1.1"], "Utvalg", "KD",
      ["ASD", "KDD", "NFD", "partene i arbeidslivet", "HK-dir"], "2023–2027",
      "Utvalget er oppnevnt på nytt med endret mandat og skal levere en hovedrapport i 2025 og temarapporter annethvert år.",
      status="Videreført"),
    M("T05", "Samfunnskontrakt for flere læreplasser og kvalifisert arbeidskraft 2022–2026", ["1.4", "2.3"], "Avtale", "KD",
      ["partene i arbeidslivet", "KS", "fylkeskommunene"], "2022–2026",
      "Kontrakten har mål om at flere får læreplass og at flere voksne tar fagbrev. Den erstatter samfunnskontrakten for 2016–2020.",
      status="Nytt"),
    M("T08", "Bransjeprogrammene for kompetanseutvikling", ["2.1", "2.4"], "Kurs/utdanning", "KD",
      ["HK-dir", "partene i arbeidslivet", "UH og fagskoler"], "2019–2025",
      "Programmene er videreført og utvidet til 14 bransjer. Nye programmer i 2023 er kraftbransjen og kulturarv.",
      status="Videreført"),
    M("T09", "Evaluering av bransjeprogrammene", ["2.2"], "FoU", "KD", ["HK-dir", "Fafo", "Oxford Research"], "2022–2025",
      "Følgeevaluering som skal vise om programmene når målgruppene og gir varig kompetanseheving. Første delrapport kom i 2023.",
      status="Nytt"),
    M("T10", "Kompetanseprogrammet (tidligere Kompetansepluss)", ["3.2"], "Tilskuddsordning", "KD",
      ["HK-dir", "VOFO", "partene i arbeidslivet"], "Løpende",
      "Kompetansepluss ble i 2021 slått sammen med andre ordninger for grunnleggende ferdigheter til Kompetanseprogrammet.",
      status="Videreført, nytt navn"),
    M("T14", "Tilskuddsordning for fleksible utdanningstilbud (tidligere fleksible videreutdanningstilbud i digital kompetanse)",
      ["2.1", "3.1"], "Tilskudd", "KD", ["HK-dir", "UH-sektoren", "fagskolene"], "Løpende",
      "Ordningen er utvidet fra digital kompetanse til alle fagområder der arbeidslivet har behov. Delmål 3.1 er lagt til.",
      status="Videreført, nytt navn"),
    M("T17", "Kompetanseløft 2025", ["1.4"], "Plan", "HOD", ["KS", "Helsedirektoratet", "statsforvalterne"], "2021–2025",
      "Ny plan for rekruttering, kompetanse og fagutvikling i de kommunale helse- og omsorgstjenestene, med egne mål. Planen avløser Kompetanseløft 2020.",
      status="Nytt"),
    M("T26", "Ny IA-avtale 2024–2027", ["3.3"], "Avtale", "AID", ["partene i arbeidslivet"], "2024–2027",
      "Ny avtale om inkluderende arbeidsliv ble signert i desember 2023. Kompetansetiltak er nevnt som virkemiddel for å forebygge frafall.",
      status="Nytt"),
])

add("2023_Vestland_arsmelding.pdf", "Vestland fylkeskommune", 2023, "reportlab",
    "nn_county_arsmelding_pdf_chapter_own_goal_subheads_bullets_bold_title_colon_text_grey_nkps_dot_line_under_each_nokkeltal_planlagde_tiltak",
    "nynorsk extract of the county's annual report ('Årsmelding 2023', running header, page numbers 58–59): section '3.3 "
    "Gjennomføring i vidaregåande opplæring' (statistics, not measures), '3.4 Kompetanse' with sub-headings per the county's OWN "
    "goals ('Mål 4: Fleire vaksne med fagbrev …' – not NKPS delmål), measures as bullets '<bold title>: <text>' and under each "
    "bullet a small grey line 'NKPS 1.3 · Ansvarleg: … · Med: … · Type: … · Periode: …'; the 'Nøkkeltal' table, the 'Planlagde "
    "tiltak 2024 (ikkje starta)' list and '3.5 Tannhelse' are not measures", [
    M("W1", "Karriere Vestland", ["1.3"], "Tenestetilbod", "Vestland fylkeskommune", ["NAV Vestland", "kommunane"], "Frå 2020",
      "Karriere Vestland hadde 4 100 rettleiingssamtalar i 2023. Det er oppretta ei ny avdeling på Nordfjordeid."),
    M("W2", "Kompetansealliansen Vestland (tidlegare Kompetanseforum Vestland)", ["1.2"], "Forum", "Vestland fylkeskommune",
      ["NHO Vestland", "LO i Vestland", "KS Vest", "NAV Vestland", "Høgskulen på Vestlandet", "Universitetet i Bergen"],
      "Frå 2020",
      "Forumet har fått nytt namn og utvida mandat, og følgjer no opp handlingsprogrammet til kompetansestrategien."),
    M("W5", "BIO-midlar til verksemder i omstilling", ["2.4"], "Tilskotsordning", "Vestland fylkeskommune",
      ["Innovasjon Noreg"], "Frå 2020",
      "I 2023 fekk 48 verksemder tilsegn om midlar til bedriftsintern opplæring, til saman 11,2 mill. kroner."),
    M("W6", "Menn i helse – Vestland", ["3.3"], "Prosjekt", "Vestland fylkeskommune",
      ["NAV Vestland", "kommunane i Vestland", "KS Vest"], "2023–2025",
      "Fylkeskommunen har teke over drifta i Vestland og finansierer eit eige løp mot fagbrev som helsefagarbeidar for menn i målgruppa."),
    M("W10", "Desentralisert fagskuletilbod i Vestland", ["3.1"], "Utdanningstilbod", "Fagskulen Vestland",
      ["Vestland fylkeskommune", "kommunane"], "2023–2025",
      "Fagskuleutdanning i helse og tekniske fag gitt som samlingar i Florø, Odda og Stord."),
    M("W11", "Modulstrukturert vidaregåande opplæring for vaksne i Vestland", ["3.1"], "Opplæring", "Vestland fylkeskommune",
      ["kommunane", "NAV Vestland"], "Frå hausten 2023",
      "Alle vaksne med rett til vidaregåande opplæring får no tilbod i modular i sju lærefag, etter at den nasjonale forsøksperioden er avslutta."),
], lang="nn")

add("2023_Spekter_skjema.docx", "Spekter", 2023, "python-docx",
    "hkdir_2023_word_form_one_table_per_measure_numbered_questions_delmaal_tick_grid_16_codes_type_tick_list_annet_write_in_nytt_viderefort_ticks",
    "HK-dir's 2023 reporting form in Word filled in by Spekter: one bordered table per measure with numbered question rows "
    "'1. Navn på tiltaket', '2. Nytt eller videreført?' (☐/☒), '3. Delmål' = a 4×4 grid of ALL sixteen codes each with ☐ or ☒ (only "
    "ticked ones count), '4. Type tiltak' = the six types plus 'Annet: ____' as ☐/☒ (a write-in 'avtale' → Annet), '5. Ansvarlig', "
    "'6. Samarbeidspartnere', '7. Periode', '8. Kort beskrivelse'; the form's header block (Organisasjon, Kontaktperson, Dato) and "
    "one unused blank form at the end are not measures", [
    M("S1", "Møteplass lærebedrifter 2023", ["1.4", "2.3"], "Arrangement", "Spekter", ["helseforetakene", "opplæringskontorene"],
      "Mars 2023 (årlig)",
      "Årets møteplass ble holdt digitalt med 140 deltakere. Tema var læretid og veiledning i helsefagene.", vf=True),
    M("S6", "Fagskolekonferansen 2023", ["2.3"], "Arrangement", "Spekter", ["Fagforbundet", "Delta"], "Februar 2023",
      "Konferansen holdes nå annethvert år. I år handlet den om fagskoleutdanning i psykisk helse og rus.", vf=True),
    M("T05", "Samfunnskontrakten (2022–2026)", ["1.4", "2.3"], "Annet: avtale", "KD",
      ["Spekter", "partene i arbeidslivet", "KS"], "2022–2026",
      "Spekter har signert den nye samfunnskontrakten og følger opp helseforetakenes mål om flere lærlinger.", vf=False),
    M("S7", "Lederutvikling i kompetanseledelse for helseforetak", ["2.2"], "Kurs/utdanning", "Spekter", ["BI"], "2023–2024",
      "Program for ledere i helseforetakene om strategisk kompetanseplanlegging og bruk av kompetanseplaner.", vf=False),
    M("S9", "Kompetanseløft for helsefagarbeidere i sykehus", ["2.2", "3.1"], "Prosjekt", "Spekter",
      ["Fagforbundet", "helseforetakene"], "2023–2025",
      "Prosjekt som skal gi helsefagarbeidere i sykehus bedre muligheter til fagskoleutdanning og nye oppgaver.", vf=False),
])

# =============================================================================================== 2024
add("2024_LO_rapport.docx", "LO", 2024, "python-docx",
    "lo_letterhead_word_two_h1_sections_tidligere_rapportert_then_nye_per_measure_three_col_label_value_endring_table_merged_title_row",
    "LO Word report on letterhead (header logo text and 'Rapport til Kompetansepolitisk råd 2024', footer 'Side n av m' fields): "
    "'Innledning', Heading 1 'Tiltak vi har rapportert tidligere' and 'Nye tiltak'; one bordered table per measure: a merged, shaded "
    "first row with the title, then rows label | value | 'Endring siden sist' (third column, mostly empty) for Delmål / Type / "
    "Ansvar / Med / Periode / Om tiltaket; the change column tells renames, a split and an added delmål (not ground truth); closing "
    "'LO er også representert i' list is not measures", [
    M("T02", "Samarbeidsrådet for yrkesopplæring", ["1.4", "2.3"], "Råd/utvalg", "KD",
      ["LO", "NHO", "KS", "Unio", "YS", "Spekter", "Virke"], "Løpende",
      "LO leder SRY i perioden 2024–2027 og prioriterer arbeidet med tilbudsstrukturen og flere læreplasser.",
      sect="old", change={"Om tiltaket": "Sist rapportert i 2017."}),
    M("L1", "Tillitsvalgtkurs: kompetanse i tariffavtalene", ["2.2"], "Kurs", "LO", ["LO-forbundene", "AOF"],
      "Fra 2017, løpende",
      "Grunnkurset for tillitsvalgte om kompetansebestemmelsene i tariffavtalene. I 2024 ble det holdt 22 kurs med 480 deltakere.",
      sect="old", change={"Om tiltaket": "Kompetansekurset for tillitsvalgte er delt i to; dette er grunnkurset."}),
    M("L2", "Kompetansenettverket i LO", ["2.2", "2.4"], "Nettverk", "LO", ["LO-forbundene", "HK-dir"], "Fra 2020",
      "Nettverket for forbundenes kompetanseansvarlige er videreført og samarbeider fra 2024 med HK-dir om kompetansebehov i bransjene.",
      sect="old", change={"Delmål": "2.4 er lagt til.", "Med": "HK-dir er ny partner."}),
    M("L4", "Tillitsvalgtkurs: digital omstilling", ["2.1"], "Kurs", "LO", ["LO-forbundene", "AOF"], "Fra 2024",
      "Nytt kurs om hvordan tillitsvalgte kan møte innføring av ny teknologi og kunstig intelligens på arbeidsplassen.",
      sect="new", change={"Om tiltaket": "Skilt ut fra kompetansekurset som en egen modul."}),
    M("T05", "Samfunnskontrakten for kvalifisert arbeidskraft", ["1.4", "2.3"], "Avtale", "KD",
      ["LO", "NHO", "KS", "Spekter", "Virke", "Unio", "YS"], "2022–2026",
      "LO følger opp den nye kontrakten med vekt på at flere voksne skal få fagbrev.",
      sect="new", change={"Om tiltaket": "Ny kontrakt; erstatter kontrakten for 2016–2020 som LO rapporterte i 2017."}),
    M("T18", "LO i Nasjonalt fagskoleråd", ["1.4"], "Råd/utvalg", "KD", ["LO", "NHO", "KS", "Unio", "Spekter", "fagskolene"],
      "Fra 2020",
      "LO har to plasser i rådet og arbeider for flere fagskoleplasser innen bygg og industri.", sect="new", change={}),
    M("T26", "IA-avtalen 2024–2027", ["3.3"], "Avtale", "AID", PARTENE8, "2024–2027",
      "LO arbeider for at kompetansetiltak brukes for å forebygge frafall fra arbeidslivet, i tråd med den nye avtalen.",
      sect="new", change={}),
])

add("2024_HKdir_rapport.pdf", "HK-dir", 2024, "reportlab",
    "hkdir_pdf_toc_chapters_h2_measures_shaded_right_aligned_fakta_box_oppdragsgiver_tb_ref_first_text_left_statistics_chapter_meetings_list",
    "HK-dir report exported from Word: 'Innhold' (chapters only), '1 Om rapporten', '2 HK-dirs tiltak' with a Heading 2 per measure "
    "and a shaded 'Fakta' box whose lines are Oppdragsgiver (KD, with the tildelingsbrev point – not ground truth) / Delmål / Type / "
    "Ansvarlig / Partnere / Periode, right-aligned under a small 'Fakta' label, then the text; the table of contents on page 1 "
    "lists chapters only; '3 Nøkkeltall' (table) and '4 Møter og fora' (list of meetings) are not measures", [
    M("T01", "Sekretariatet for Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "HK-dir", ["KD"], "Løpende",
      "HK-dir er sekretariat for KBU og har levert analyser til utvalgets temarapport om kompetansebehov i det grønne skiftet.",
      tb="Tildelingsbrev 2024, pkt. 4.1"),
    M("T09", "Følgeevaluering av bransjeprogrammene", ["2.2"], "FoU", "HK-dir", ["Fafo", "Oxford Research"], "2022–2025",
      "HK-dir har bestilt følgeevalueringen på oppdrag fra KD. Delrapport 2 (2024) viser at programmene når få ansatte uten fagbrev.",
      tb="Tildelingsbrev 2022, pkt. 5.3"),
    M("T10", "Kompetanseprogrammet", ["3.2"], "Tilskuddsforvaltning", "HK-dir",
      ["VOFO", "studieforbundene", "partene i arbeidslivet"], "Løpende",
      "HK-dir forvalter tilskudd til opplæring i grunnleggende ferdigheter gjennom arbeidslivssporet og frivillighetssporet. I 2024 ble det gitt 620 tilsagn.",
      tb="Tildelingsbrev 2024, pkt. 4.3"),
    M("T12", "Karriereveiledning.no – drift og videreutvikling", ["1.3"], "Informasjon", "HK-dir", ["fylkeskommunene", "NAV"],
      "Fra 2020",
      "Den nasjonale digitale karriereveiledningstjenesten hadde 1,9 millioner besøk i 2024. Chattetjenesten har fått kveldsåpent.",
      tb="Tildelingsbrev 2024, pkt. 4.2"),
    M("T14", "Forvaltning av tilskuddsordningen for fleksible utdanningstilbud", ["2.1", "3.1"], "Tilskuddsforvaltning", "HK-dir",
      ["UH-sektoren", "fagskolene"], "Løpende",
      "Utlysningen i 2024 ga 57 nye tilbud; halvparten er innen helse og teknologi.", tb="Tildelingsbrev 2024, pkt. 4.4"),
    M("T15", "Nasjonalt forum for karriereveiledning", ["1.3"], "Forum", "HK-dir",
      ["KS", "NAV", "fylkeskommunene", "partene i arbeidslivet", "Udir"], "Fra 2017",
      "HK-dir leder forumet og har sekretariatet. Tema i 2024 var karriereveiledning for voksne i arbeid.",
      tb="Tildelingsbrev 2024, pkt. 4.2"),
    M("H1", "Kartlegging av voksnes deltakelse i læring", ["2.2"], "Kartlegging", "HK-dir", ["SSB"], "2024–2025",
      "Ny nasjonal kartlegging basert på registerdata og Lærevilkårsmonitoren som skal vise hvem som deltar i etter- og videreutdanning.",
      tb="Tildelingsbrev 2024, pkt. 5.1"),
    M("H2", "Evaluering av Kompetanseprogrammet", ["3.2"], "Evaluering", "HK-dir", ["NIFU"], "2024–2026",
      "Evalueringen skal se på om programmet når voksne med svake grunnleggende ferdigheter, og på samspillet med arbeidsgiverne.",
      tb="Tildelingsbrev 2024, pkt. 5.2"),
])

# =============================================================================================== 2025
add("2025_NHO_nettside.pdf", "NHO", 2025, "reportlab",
    "nho_web_page_print_expanded_accordion_items_minus_markers_fact_chips_row_before_text_breadcrumb_related_articles_cookie_footer",
    "NHO web page 'Slik følger NHO opp kompetansestrategien' printed from the browser (print header with date/time and page title, "
    "footer URL and 'n/2'): site menu line, breadcrumb, lead, an 'Om strategien' paragraph, then an accordion 'Våre tiltak 2025' "
    "whose items are all expanded for printing (the last item's text runs over to page 2): "
    "each item a '−' marker and the title in a grey bar, a row of small 'chips' (Delmål 1.4 og 2.3 | Avtale | KD | Med: … | 2022–2026) "
    "BEFORE the text; 'Les også' related articles, the newsletter box and the cookie line are not measures", [
    M("T01", "Kompetansebehovsutvalget (KBU)", ["1.1"], "Råd/utvalg/nettverk", "KD", PARTENE8, "Løpende",
      "NHO har bidratt til hovedrapporten fra KBU i 2025 om behovet for fagarbeidere og ingeniører."),
    M("T05", "Samfunnskontrakt for kvalifisert arbeidskraft 2022–2026", ["1.4", "2.3"], "Avtale", "KD",
      ["NHO", "LO", "KS", "Spekter", "Virke", "fylkeskommunene"], "2022–2026",
      "NHO-bedriftene har tatt inn rekordmange lærlinger. NHO mener kontrakten bør videreføres etter 2026."),
    M("N1", "NHOs kompetansebarometer 2025", ["1.1", "2.2"], "Undersøkelse", "NHO", ["NIFU"], "Årlig",
      "Barometeret viser at seks av ti bedrifter har udekket kompetansebehov. Resultatene brukes nå også som grunnlag i KBU, og delmål 1.1 er derfor lagt til."),
    M("N2", "Kompetanseløft mat og drikke (videreføring av Kompetanseløft i matindustrien)", ["2.1", "2.4"], "Prosjekt",
      "NHO Mat og Drikke", ["LO/NNN", "Sjømat Norge"], "2024–2026",
      "Fase 2 av matindustriens kompetanseløft er slått sammen med Sjømat Norges fagbrevsatsing til ett program for hele verdikjeden."),
    M("N5", "Digital kompetansekartlegging for medlemsbedrifter", ["2.4"], "Verktøy", "NHO", ["HK-dir"], "2025",
      "Gratis nettbasert verktøy der bedrifter kan kartlegge de ansattes kompetanse og lage en opplæringsplan. Verktøyet er utviklet av NHO Service og Handel."),
])

add("2025_Vestland_rapport.docx", "Vestland fylkeskommune", 2025, "python-docx",
    "nn_county_word_landscape_table_own_nr_vidarefort_fraa_year_column_delmaal_codes_county_area_group_rows_header_repeated_empty_row",
    "nynorsk county report in Word (landscape, header 'Vestland fylkeskommune · Rapportering NKPS 2025', footer with date and page "
    "fields): a short innleiing, then ONE table pasted from the county's plan sheet: Nr. | Tiltak | Vidareført frå | Delmål NKPS | "
    "Ansvarleg | Partnarar | Kva slags tiltak | Tidsrom | Kort om tiltaket; the Nr. column holds the county's own numbers ('K-3'); "
    "'Vidareført frå' gives a year or 'Nytt'; shaded merged group rows per county strategy area (not measures); one empty row; the "
    "header row is marked to repeat (w:tblHeader); the closing 'Avslutta tiltak' sentence names two ended measures (not rows)", [
    M("W1", "Karriere Vestland", ["1.3", "3.3"], "Tenestetilbod", "Vestland fylkeskommune", ["NAV Vestland", "kommunane"],
      "Frå 2020",
      "Karrieresentra har fått eit nytt tilbod til arbeidssøkjarar saman med NAV, og delmål 3.3 er difor lagt til.",
      nr="K-1", vf="2020", area="Karriererettleiing"),
    M("W9", "Partnarskapsavtale for karriererettleiing 2024–2027", ["1.3"], "Avtale", "Vestland fylkeskommune",
      ["NAV Vestland", "KS Vest", "NHO Vestland", "LO i Vestland", "Høgskulen på Vestlandet"], "2024–2027",
      "Ny avtale med fleire partnarar enn den førre avtalen for 2020–2023.",
      nr="K-2", vf="Nytt", area="Karriererettleiing"),
    M("W8", "Regional plan for kompetanse og arbeidskraft 2025–2028", ["1.2"], "Plan", "Vestland fylkeskommune",
      ["Kompetansealliansen Vestland", "kommunane"], "2025–2028",
      "Ny regional plan vedteken av fylkestinget i juni 2025. Planen erstattar kompetansestrategien for 2021–2024.",
      nr="K-3", vf="Nytt", area="Regional samordning"),
    M("W7", "Fagbrev på jobb i Vestland", ["1.4", "3.1"], "Opplæring", "Vestland fylkeskommune",
      ["opplæringskontora", "arbeidsgjevarar"], "Frå hausten 2020",
      "Tilbodet er utvida til bygg og anlegg. I 2025 var det 190 kandidatar.",
      nr="K-5", vf="2020", area="Vaksne og fagbrev"),
    M("W6", "Menn i helse – Vestland", ["3.3"], "Prosjekt", "Vestland fylkeskommune",
      ["NAV Vestland", "kommunane i Vestland", "KS Vest"], "2023–2027",
      "Prosjektperioden er forlengd til 2027. I 2025 var det 38 deltakarar.",
      nr="K-6", vf="2023", area="Vaksne og fagbrev"),
], lang="nn")

# =============================================================================================== 2026
add("2026_KS_rapport.docx", "KS", 2026, "python-docx",
    "ks_word_numbered_h1_chapters_h2_delmaal_code_short_name_bullet_bold_title_colon_text_sub_bullets_eier_med_tid_kategori_planlagt_ikke_startet_meetings_table",
    "KS Word report: numbered Heading 1 chapters ('1 Innledning', '2 KS' tiltak', '3 Planlagt, ikke startet', '4 Møter'); in chapter 2 "
    "Heading 2 'Delmål 2.1 Digital kompetanse' (code + KS' short name); each measure a level-1 bullet '<bold title>: <text>' with "
    "level-2 bullets Eier: / Med: / Tid: / Kategori:; a measure with two delmål sits under the first and has a level-2 bullet 'Også "
    "delmål 3.3'; chapter 3 (planned, not started) and the meetings table in chapter 4 are not measures", [
    M("K3", "KS Læring – kompetanseplattform for kommunene", ["2.1"], "Digital plattform", "KS",
      ["kommunene", "fylkeskommunene"], "Fra 2017",
      "Plattformen har 290 000 brukere. I 2026 kommer kurspakker om kunstig intelligens for kommuneansatte."),
    M("K7", "Digital omstilling i kommunene – kompetanseprogram", ["2.1"], "Opplæring", "KS", ["Digdir", "kommunene"],
      "2026–2028",
      "Program for ledere og ansatte i kommunene om bruk av kunstig intelligens og digitale tjenester."),
    M("K5", "Kommunesektorens kompetansebarometer", ["2.2"], "Undersøkelse", "KS", ["Ipsos"], "2026",
      "Ny årlig undersøkelse blant kommunene om rekrutteringsutfordringer og kompetansebehov."),
    M("T17", "KS' oppfølging av Kompetanseløft 2025", ["1.4"], "Plan", "HOD", ["KS", "Helsedirektoratet"],
      "2021–2025",
      "Planperioden er over. KS bidrar til sluttrapporten og har spilt inn behovet for en ny plan."),
    M("K1", "Menn i helse – nasjonal videreføring", ["2.3", "3.3"], "Prosjekt", "KS",
      ["NAV", "Helsedirektoratet", "fylkeskommunene"], "2026–2028",
      "Menn i helse er gjort til et varig nasjonalt program med finansiering over statsbudsjettet. KS har fortsatt det nasjonale ansvaret."),
])

# =============================================================================================== near-miss groups
# (ids, why).  Every pair of rows whose ids are different and both in the group is a near-miss pair.
NEAR_MISS_GROUPS = [
    (["T04", "T05", "S4"], "old vs new samfunnskontrakt (2016–2020 vs 2022–2026, the writers call the second a new contract) and "
                           "Spekter's own 2017 letter that only refers to the first one"),
    (["T25", "T26"], "IA-avtalen 2019–2022 vs the successor agreement 2024–2027, reported as new"),
    (["T16", "T17"], "Kompetanseløft 2020 vs its successor plan Kompetanseløft 2025 with a new period and own goals"),
    (["T06", "T07", "W7", "O5"], "fagbrev på jobb: the 2016–2018 pilot vs the national scheme vs the two counties' own offers"),
    (["T08", "T09", "R1"], "the bransjeprogram scheme vs its evaluation vs Virke's own Handelsløftet (explicitly not a bransjeprogram)"),
    (["T10", "H2", "S3"], "Kompetansepluss/Kompetanseprogrammet vs its evaluation vs Spekter's conference about it"),
    (["T02", "T03", "T18"], "three different national councils: SRY, RSA at the institutions, Nasjonalt fagskoleråd"),
    (["T20", "W5", "O4"], "BIO as ASD's national labour-market measure (2017) vs the BIO grants each county has run since 2020"),
    (["K1", "W6"], "KS' national Menn i helse programme vs Vestland's own county-run and county-funded course"),
    (["W2", "O1", "T15"], "two counties' own competence forums vs the national forum for career guidance"),
    (["W3", "W8", "O2"], "Vestland's 2021–2024 strategy vs its new 2025–2028 plan vs Trøndelag's own strategy"),
    (["W1", "O3", "T12"], "two counties' career centres vs the national digital career-guidance service"),
    (["W4", "W9"], "Vestland's career-guidance partnership 2020–2023 vs the new agreement 2024–2027 the county reports as new"),
    (["T14", "W10", "O6"], "the national grant for flexible education offers vs two counties' own decentralised fagskole offers"),
    (["G1", "W11"], "the national pilot with modular upper-secondary training for adults vs Vestland's permanent county offer"),
    (["T11", "H1"], "the EVU expert committee (2018–2019) vs HK-dir's 2024 mapping of adult participation in learning"),
    (["N1", "K5", "R3", "U3"], "different members' own surveys and studies of competence needs"),
    (["L1", "U1"], "LO's and Unio's own courses for tillitsvalgte"),
    (["L4", "U1"], "LO's new digital-change course for tillitsvalgte vs Unio's own course series"),
    (["S1", "S3", "S6"], "Spekter's three different conferences/meeting places"),
    (["S2", "L2"], "Spekter's HR-director network vs LO's network of the federations' competence officers"),
    (["T17", "T22", "S9"], "health-sector competence measures: the municipal plan, the hospital tripartite cooperation, Spekter's own hospital project"),
    (["K4", "K7", "T19"], "KS' 2018–2019 digital-competence project vs its new 2026–2028 programme vs the 2018 tripartite working group"),
    (["N4", "N5"], "NHO's 2021–2022 SMB pilot vs its 2025 self-service mapping tool"),
    (["N3", "N6"], "NHO's two commissioned reports printed in one table row"),
]
# pairs inside groups that are deliberately NOT near-misses (a split of one measure: an honest reader may link them)
NOT_PAIRS = {frozenset(("L1", "L4"))}


def rows():
    for f in FILES:
        for m in f["measures"]:
            yield f, m


def continues_map():
    """(file, index) -> bool : same reporter has the same tiltak_id in an earlier report year."""
    out = {}
    for f in FILES:
        for i, m in enumerate(f["measures"]):
            out[(f["file"], i)] = any(g["reporter"] == f["reporter"] and g["year"] < f["year"] and
                                      any(n["id"] == m["id"] for n in g["measures"]) for g in FILES)
    return out


def near_miss_pairs():
    allrows = [(f["file"], m["title"], m["id"]) for f, m in rows()]
    seen, out = set(), []
    for ids, _why in NEAR_MISS_GROUPS:
        ids = set(ids)
        sel = [r for r in allrows if r[2] in ids]
        for i in range(len(sel)):
            for j in range(i + 1, len(sel)):
                a, b = sel[i], sel[j]
                if a[2] == b[2] or frozenset((a[2], b[2])) in NOT_PAIRS:
                    continue
                key = frozenset(((a[0], a[1]), (b[0], b[1])))
                if key in seen:
                    continue
                seen.add(key)
                out.append([[a[0], a[1]], [b[0], b[1]]])
    return out
