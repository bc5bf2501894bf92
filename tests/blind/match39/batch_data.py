# -*- coding: utf-8 -*-
"""All content of blind batch match39 (one data structure).

FILES: one dict per report file. Each row is one reported measure (tiltak) with the
ground-truth values AS PRINTED; renderers in make_batch.py print exactly these strings.
  id       – tiltak_id (same id = same tiltak, across reporters and years)
  title    – printed title (without list numbers / ids / labels)
  delmal   – new delmål codes (2017 files print old numbers, renderer derives them)
  type_p   – the type word(s) as printed (None = no type printed); canonical type via TYPE_MAP
  resp     – responsible as printed (None = not printed)
  partners – list, as printed (renderer joins them in the file's own style)
  period   – as printed (None = not printed)
  desc     – description as printed
  x        – renderer-only extras (status words, short names, old-number text …)
"""

OLD = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
       "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"]


def old_to_new(nums):
    return sorted(OLD[n - 1] for n in nums)


def new_to_old(codes):
    return sorted(OLD.index(c) + 1 for c in codes)


# printed type word -> canonical type (lower-cased key)
TYPE_MAP = {
    "fou": "FoU", "forskning og utvikling": "FoU", "forskning": "FoU", "forsking": "FoU",
    "kurs/utdanning": "Kurs/utdanning", "kurs": "Kurs/utdanning", "utdanning": "Kurs/utdanning",
    "opplæring": "Kurs/utdanning", "kurs og opplæring": "Kurs/utdanning",
    "råd/utvalg/nettverk": "Råd/utvalg/nettverk", "råd/utval/nettverk": "Råd/utvalg/nettverk",
    "råd/utvalg/ nettverk": "Råd/utvalg/nettverk",
    "utvalg": "Råd/utvalg/nettverk", "råd": "Råd/utvalg/nettverk", "råd/utvalg": "Råd/utvalg/nettverk",
    "nettverk": "Råd/utvalg/nettverk", "utval": "Råd/utvalg/nettverk",
    "et råd": "Råd/utvalg/nettverk", "et nettverk": "Råd/utvalg/nettverk",
    "prosjekt": "Prosjekt",
    "informasjon": "Informasjon", "informasjonstiltak": "Informasjon",
    "arrangement": "Arrangement", "konferanse": "Arrangement", "seminar": "Arrangement",
    # words that are none of the six -> Annet
    "avtale": "Annet", "tilskudd": "Annet", "tilskot": "Annet", "forsøk": "Annet", "plan": "Annet",
    "stipend": "Annet", "ordning": "Annet", "reform": "Annet", "lovendring": "Annet",
    "melding til stortinget": "Annet", "strategi": "Annet", "veiledning": "Annet",
    "rettleiing": "Annet", "samarbeid": "Annet", "en avtale": "Annet", "et forsøk": "Annet",
}


def canon_type(tp):
    if tp is None:
        return None
    return TYPE_MAP[tp.strip().lower()]


def R(id, title, delmal, type_p, resp, partners, period, desc, **x):
    return dict(id=id, title=title, delmal=sorted(delmal), type_p=type_p, resp=resp,
                partners=list(partners), period=period, desc=desc, x=x)


FILES = []

# ---------------------------------------------------------------------------
# 1. Regjeringen 2017 – KD memo, two tables (new / existing), old numbers
# ---------------------------------------------------------------------------
FILES.append(dict(
    file="2017_Regjeringen_notat.docx", reporter="Regjeringen", year=2017, fmt="docx", lang="nb",
    layout="kd_memo_two_tables_nye_eksisterende_oldnr_grey_line_in_title_cell_dash_ansvar_med",
    layout_desc=("KD memo (Notat) to the council secretariat: a Til/Fra/Dato/Saksnr. header grid, '1 Bakgrunn', then TWO "
                 "tables with the same columns Tiltak | Kategori | Hva | Ansvar – med | Tidsplan – '2 Nye tiltak i 2017' and "
                 "'3 Eksisterende tiltak som følges opp'; the old strategy number sits on a second grey line INSIDE the title "
                 "cell ('NKPS nr. 4 og 13'); 'Ansvar – med' holds 'KD – med A, B og C'; Kategori in the ministry's own words "
                 "(utvalg, forsøk, tilskudd, avtale, plan …); a note mark ¹ in one Hva cell explained under the table; "
                 "'4 Videre arbeid' (plans for 2018) is not measures"),
    rows=[
        R("T01", "Etablere et kompetansebehovsutvalg (KBU)", old_to_new([1]), "utvalg", "KD",
          ["KMD", "ASD", "partene", "Kompetanse Norge"], "Oppnevnes høsten 2017, første rapport 2018",
          "Utvalget skal sammenstille og analysere kilder til kunnskap om Norges fremtidige kompetansebehov, nasjonalt og "
          "regionalt. Det består av forskere, analytikere og representanter for hovedorganisasjonene og departementene.",
          old=[1], part="new"),
        R("T20", "Partssammensatt arbeidsgruppe om digital kompetanse", old_to_new([5]), "utvalg", "KD",
          ["LO", "NHO", "Unio", "KS", "YS", "Spekter", "Akademikerne"], "Desember 2017–april 2018",
          "Arbeidsgruppen skal identifisere behov for kompetanseutvikling som følger av digitalisering, og foreslå konkrete "
          "prosjekter. Kompetanse Norge er sekretariat.", old=[5], part="new"),
        R("T25", "Forsøk med modulstrukturert opplæring for voksne", old_to_new([11]), "forsøk", "KD",
          ["Utdanningsdirektoratet", "fylkeskommunene"], "2017–2021",
          "Forsøket prøver ut moduler i utvalgte lærefag, slik at voksne kan ta fag- og svennebrev trinnvis og få dokumentert "
          "delkompetanse underveis.", old=[11], part="new"),
        R("T14", "Nasjonalt kvalitetsrammeverk for karriereveiledning", old_to_new([3]), "prosjekt", "KD",
          ["Kompetanse Norge", "fylkeskommunene"], "2017–2019",
          "Kompetanse Norge utvikler et rammeverk med felles etiske retningslinjer, kompetansestandarder for veiledere og et "
          "system for kvalitetssikring av karriereveiledning.", old=[3], part="new"),
        R("T09", "Kompetansepluss arbeid og Kompetansepluss frivillighet", old_to_new([12]), "tilskudd", "KD",
          ["Kompetanse Norge"], "Løpende, årlige utlysninger",
          "Tilskuddsordningene gir voksne opplæring i grunnleggende ferdigheter på arbeidsplassen og i frivillige "
          "organisasjoner. Det etableres forsøk der Kompetansepluss arbeid kobles med fagopplæring.", old=[12], part="old"),
        R("T16", "Kompetanseløft 2020", old_to_new([4, 13]), "plan", "HOD",
          ["KS", "Helsedirektoratet"], "2016–2020",
          "Regjeringens plan for rekruttering, kompetanse og fagutvikling i den kommunale helse- og omsorgstjenesten.",
          old=[4, 13], part="old", note=True),
        R("T04", "Samfunnskontrakten for flere læreplasser", old_to_new([7]), "avtale", "KD",
          ["partene i arbeidslivet", "fylkeskommunene"], "2016–2020",
          "Avtalen mellom regjeringen og partene skal bidra til at flere kvalifiserte søkere får læreplass. Departementet "
          "følger opp målene årlig sammen med partene.", old=[7], part="old"),
        R("T13", "Nasjonal digital karriereveiledningstjeneste", old_to_new([3]), "informasjon", "KD",
          ["Kompetanse Norge", "Utdanningsdirektoratet"], "Utvikles 2017–2019",
          "En nettbasert tjeneste med chat, telefon og digitale verktøy skal gi alle tilgang til karriereveiledning "
          "uavhengig av bosted.", old=[3], part="old"),
    ]))

# ---------------------------------------------------------------------------
# 2. LO 2017 – landscape table whose columns are the four numbered form questions
# ---------------------------------------------------------------------------
FILES.append(dict(
    file="2017_LO_rapport.pdf", reporter="LO", year=2017, fmt="pdf", lang="nb",
    layout="lo_landscape_table_columns_are_four_numbered_form_questions_oldnr_and_type_in_first_answer",
    layout_desc=("LO report exported from Word (landscape): the secretariat's four numbered form questions became COLUMN "
                 "headers – Tiltak | 1. Tiltak i NKPS | 2. Ansvarlig og samarbeidspartnere | 3. Beskrivelse | 4. Tidspunkt "
                 "og varighet; the first answer holds the old number AND the type ('Nr. 4 og 7 – avtale'), the second a "
                 "sentence ('KD er ansvarlig. Med: …'); intro and 'Bakgrunn' fill most of page 1, so the table runs over the "
                 "page break and the header row is repeated above the last measure on page 2; 'Møter LO har deltatt i' "
                 "list and the signature are not measures"),
    rows=[
        R("T01", "LOs representasjon i Kompetansebehovsutvalget", old_to_new([1]), "råd/utvalg", "KD",
          ["LO", "de øvrige hovedorganisasjonene"], "Fra høsten 2017",
          "LO har fått plass i det nye utvalget og vil bidra med kunnskap om kompetansebehov i LO-forbundenes bransjer. LO "
          "vil særlig løfte behovet for fagarbeidere.", old=[1]),
        R("T04", "Samfunnskontrakten for flere læreplasser", old_to_new([4, 7]), "avtale", "KD",
          ["LO", "NHO", "KS", "Virke", "Spekter", "YS", "Unio"], "2016–2020",
          "LO følger opp kontrakten gjennom forbundene og de faglige rådene, og har bedt alle forbund lage en plan for å øke "
          "antall læreplasser i sine bransjer.", old=[4, 7]),
        R("L1", "Tillitsvalgtopplæring om kompetanseutvikling på arbeidsplassen", old_to_new([6]), "kurs", "LO",
          ["AOF Norge", "forbundene"], "2017–2018",
          "En ny kursmodul i LOs tillitsvalgtskolering gir tillitsvalgte verktøy for å ta opp kompetanseplaner og "
          "opplæringsbehov i drøftinger med arbeidsgiver.", old=[6]),
        R("L2", "Notat om tariffavtalenes betydning i kompetansepolitikken", old_to_new([6]), "FoU", "LO",
          ["Fafo"], "Høsten 2017",
          "Fafo kartlegger hvilke bestemmelser om etter- og videreutdanning som finnes i tariffavtalene, og hvordan de "
          "brukes lokalt.", old=[6]),
        R("T27", "Forsøk med fagbrev på jobb", old_to_new([11, 13]), "forsøk", "KD",
          ["LO", "NHO", "fylkeskommunene"], "2016–2017",
          "LO deltar i styringsgruppen for forsøket, der ansatte med lang erfaring kan ta fagbrev gjennom arbeidet uten å gå "
          "veien om ordinær læretid.", old=[11, 13]),
        R("L3", "Matindustrien 4.0 – kompetanseløft for hele matindustrien", old_to_new([5]), "prosjekt", "LO/NNN",
          ["NHO Mat og drikke", "Sjømat Norge"], "2017–2019",
          "Et partsprosjekt som kartlegger digitale kompetansebehov i matindustrien og utvikler opplæringstilbud for ansatte "
          "uten fagbrev.", old=[5]),
    ]))

# ---------------------------------------------------------------------------
# 3. YS 2017 – letter, bold run-in titles, italic fact sentences, old numbers
# ---------------------------------------------------------------------------
FILES.append(dict(
    file="2017_YS_brev.docx", reporter="YS", year=2017, fmt="docx", lang="nb",
    layout="ys_letter_bold_runin_title_paragraphs_italic_prose_fact_sentences_oldnr",
    layout_desc=("YS letter to the council secretariat on YS letterhead (address block, 'Vår ref.', date, subject line, "
                 "signature): each measure is ONE body paragraph opening with a bold run-in title ending in a full stop, "
                 "then the text; the facts follow in a separate italic paragraph written as short sentences, not a form "
                 "('Strategiens tiltak nr. 4 og 7. Et råd. YS har ansvaret, i samarbeid med Delta og Parat. Tidsrom: …'); "
                 "the intro paragraph, 'Annet' (a course YS considers for 2018) and the greeting are not measures"),
    rows=[
        R("T02", "YS' representanter i Samarbeidsrådet for yrkesopplæring (SRY)", old_to_new([4, 7]), "et råd", "YS",
          ["Delta", "Parat"], "Oppnevningsperioden 2016–2020",
          "YS har to faste medlemmer i SRY og bruker plassene til å løfte behovet for relevante yrkesfag i offentlig og "
          "privat tjenesteyting.", old=[4, 7]),
        R("T18", "YS i Nasjonalt fagskoleråd", old_to_new([4]), "et råd", "YS", ["Parat"], "Fra 2017",
          "Rådet er nytt og skal gi råd om utviklingen av fagskolesektoren. YS er representert ved Parat.", old=[4]),
        R("Y3", "YS Arbeidslivsbarometer – kompetansedelen", old_to_new([6]), "forskning", "YS",
          ["Arbeidsforskningsinstituttet (AFI)"], "Årlig, publiseres i september",
          "Den årlige undersøkelsen har i 2017 egne spørsmål om opplæring, kompetanseutvikling og frykt for å bli "
          "utkonkurrert av ny teknologi.", old=[6]),
        R("Y4", "Kurs for tillitsvalgte om kompetanseplaner", old_to_new([6]), "kurs", "YS",
          ["forbundene i YS"], "Høsten 2017 og våren 2018",
          "To-dagers kurs der tillitsvalgte lærer å bruke hovedavtalens bestemmelser om kompetanseutvikling og å lage "
          "kompetanseplaner sammen med arbeidsgiver.", old=[6]),
        R("T27", "Forsøket med fagbrev på jobb", old_to_new([11, 13]), "et forsøk", "KD", ["YS", "Delta"], "2016–2017",
          "YS følger forsøket gjennom Delta, som har medlemmer i helse- og omsorgsfag blant deltakerne, og vil bruke "
          "erfaringene i arbeidet med en varig ordning.", old=[11, 13]),
        R("Y6", "Seminar om livslang læring for YS-forbundene", old_to_new([6, 16]), "seminar", "YS",
          ["Kompetanse Norge"], "23. november 2017",
          "Et halvdagsseminar for ledere og tillitsvalgte i forbundene om strategien og hvordan forbundene kan følge den opp.",
          old=[6, 16]),
    ]))

# ---------------------------------------------------------------------------
# 4. KS 2018 – question-label form tables
# ---------------------------------------------------------------------------
FILES.append(dict(
    file="2018_KS_rapport.pdf", reporter="KS", year=2018, fmt="pdf", lang="nb",
    layout="ks_question_label_form_tables_goal_words_answers_split_table_count_by_goal",
    layout_desc=("KS report exported from Word: header 'KS' with the report name, footer 'Side n av m · 30.11.2018'; 'Om "
                 "rapporteringen' intro, then one two-column table per measure whose shaded labels are KS' own QUESTIONS "
                 "(Hva heter tiltaket? / Hvilke delmål i strategien? / Hva slags tiltak? / Hvem eier tiltaket? / Hvem er "
                 "med? / Når? / Kort beskrivelse); the delmål answer is the goal's WORDING only (shortened, no codes, two "
                 "goals on two lines); the table of measure 4 breaks over the page with no repeated labels; closing "
                 "'Antall tiltak per delmål' table and the KS contact line are not measures"),
    rows=[
        R("T15", "Nasjonalt forum for karriereveiledning", ["1.3"], "Nettverk", "Kompetanse Norge",
          ["KS", "NAV", "Utdanningsdirektoratet", "fylkeskommunene"], "Løpende",
          "KS deltar i forumet, som samordner aktørene i karriereveiledningsfeltet og gir innspill til det nye "
          "kvalitetsrammeverket."),
        R("T16", "Kompetanseløft 2020", ["1.4"], "Plan", "HOD", ["KS", "Helsedirektoratet"], "2016–2020",
          "KS bidrar i gjennomføringen av planen, blant annet gjennom nettverk for kommuner som vil styrke kompetansen i "
          "helse- og omsorgstjenestene."),
        R("T20", "Partssammensatt arbeidsgruppe for digital kompetanse", ["2.1"], "Råd/utvalg/nettverk", "KD",
          ["Kompetanse Norge", "LO", "NHO", "Unio", "YS", "Spekter", "Akademikerne"], "Desember 2017–april 2018",
          "KS har deltatt i arbeidsgruppen, som leverte forslag til prosjekter for å styrke digital kompetanse i "
          "arbeidslivet i april 2018."),
        R("K2", "KS Læring", ["2.1", "2.2"], "Informasjon", "KS", ["kommuner", "fylkeskommuner"], "Fra 2018",
          "En digital plattform der kommuner kan dele kurs, arrangementer og annen kunnskap med sine ansatte og med "
          "hverandre. Plattformen ble åpnet i mars 2018, og 140 kommuner har tatt den i bruk."),
        R("K3", "Kommunesektorens arbeidslivsmonitor", ["2.2"], "FoU", "KS", [], "2018–2019",
          "Undersøkelse blant ansatte og ledere i kommunesektoren om kompetanse, rekruttering og omstilling. Ny rapport "
          "kommer i september 2019."),
        R("T04", "Samfunnskontrakten for flere læreplasser – kommunesektorens del", ["2.3"], "Avtale", "KD",
          ["KS", "partene i arbeidslivet"], "2016–2020",
          "KS følger opp kommunesektorens mål om én lærling per 1000 innbyggere og gir kommunene råd om rekruttering av "
          "lærlinger."),
        R("K1", "Menn i helse", ["2.3"], "Prosjekt", "KS", ["NAV", "fylkeskommunene", "kommuner"], "2018–2020",
          "Rekrutteringsprogram der menn som står utenfor arbeidslivet får tilbud om en komprimert vei til fagbrev som "
          "helsefagarbeider."),
    ]))

# ---------------------------------------------------------------------------
# 5. NHO 2018 – Word table with unaccepted tracked changes
# ---------------------------------------------------------------------------
FILES.append(dict(
    file="2018_NHO_rapport_spor_endringer.docx", reporter="NHO", year=2018, fmt="docx", lang="nb",
    layout="nho_word_table_unaccepted_tracked_changes_deleted_row_inserted_words",
    layout_desc=("NHO Word report sent with 'Spor endringer' still on: NHO letterhead header and a page-field footer; "
                 "intro, then ONE table Tiltak | Beskrivelse | Mål (NKPS) | Form | Hovedansvar | Partnere | Tidsrom with "
                 "unaccepted revisions by two authors (w:ins / w:del): one whole row is a tracked DELETION (the Hurtigsporet "
                 "campaign – not a measure), a title has its old words deleted and new ones inserted, a partner and a period "
                 "are inserted; ground truth = the text with all changes accepted; 'Planlagt 2019 – ikke startet' bullets "
                 "and 'Arenaer NHO har deltatt i' are not measures"),
    rows=[
        R("N1", "NHOs kompetansebarometer", ["2.2"], "FoU", "NHO", ["NIFU"], "Årlig fra 2018",
          "Barometeret måler medlemsbedriftenes udekkede kompetansebehov og hvilke utdanninger de etterspør. Første "
          "rapport ble lagt fram i september 2018.", rev_title=("Kompetanseundersøkelsen i NHO", "NHOs kompetansebarometer"),
          rev_partner="NIFU"),
        R("T01", "NHO i Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg", "KD",
          ["NHO", "LO", "YS", "Unio", "Spekter", "Virke", "KS", "Akademikerne"], "2017–",
          "NHO er representert i KBU og har bidratt med data fra kompetansebarometeret til utvalgets første rapport."),
        R("T07", "Bransjeprogram for industri og bygg", ["2.1", "2.4"], "Kurs/utdanning", "KD",
          ["NHO", "LO", "Norsk Industri", "BNL", "Fellesforbundet"], "2018–2020",
          "Programmet gir ansatte i industri- og byggenæringen tilgang til korte, arbeidsrettede etter- og "
          "videreutdanningstilbud som partene har prioritert.", rev_period=("2018", "2018–2020")),
        R("T20", "Arbeidsgruppen for digital kompetanse", ["2.1"], "Råd/utvalg", "KD",
          ["Kompetanse Norge", "partene"], "Desember 2017–april 2018",
          "NHO har deltatt i den partssammensatte arbeidsgruppen, som har foreslått prosjekter for voksne med svake "
          "digitale ferdigheter og ansatte i små og mellomstore bedrifter."),
        R("T04", "Samfunnskontrakten – NHOs oppfølging", ["2.3"], "Avtale", "NHO",
          ["landsforeningene", "opplæringskontorene"], "2016–2020",
          "NHO arbeider for å nå målet i samfunnskontrakten om flere læreplasser gjennom landsforeningene og "
          "regionkontorene, blant annet med læreplassjakt i medlemsbedriftene."),
        R("N6", "Jenter og teknologi", ["2.3"], "Informasjon", "NHO", ["Abelia", "Norsk Industri", "NTNU"], "2016–2019",
          "Nasjonal kampanje som for tredje år på rad har vist jenter karrieremulighetene i teknologifag, også i yrkesfag."),
        R("T11", "Ekspertutvalget for etter- og videreutdanning – NHO i referansegruppen", ["2.2"], "Råd/utvalg", "KD",
          ["NHO", "LO", "Virke", "KS", "Spekter"], "2018–2019",
          "Ekspertutvalget skal levere sin utredning i juni 2019. NHO deltar i referansegruppen og har spilt inn forslag om "
          "skatteinsentiver for kompetanse i virksomhetene."),
    ]))

# ---------------------------------------------------------------------------
# 6. NAV 2018 – directorate letter, one cell with two measures
# ---------------------------------------------------------------------------
FILES.append(dict(
    file="2018_NAV_brev.pdf", reporter="NAV", year=2018, fmt="pdf", lang="nb",
    layout="nav_directorate_letter_ref_block_table_title_text_same_cell_one_cell_two_measures_shared_facts",
    layout_desc=("letter from Arbeids- og velferdsdirektoratet printed to PDF: logo line, reference block (Vår dato / Vår "
                 "referanse / Deres referanse / Saksbehandler), addressee, subject, 'Vi viser til …'; the measures in one "
                 "table Nr. | Tiltak (bold title and text in the SAME cell) | Delmål | Ansvarlig | Samarbeidspartnere | "
                 "Varighet | Type; row 5 holds TWO measures in its Tiltak cell (two bold titles, each followed by its "
                 "text, no a)/b) marks) and the other cells of that row are shared by both; 'Med hilsen', the two "
                 "signatories and 'Dokumentet er elektronisk godkjent' are not measures"),
    rows=[
        R("T15", "NAVs deltakelse i Nasjonalt forum for karriereveiledning", ["1.3"], "Råd/utvalg/ nettverk",
          "Kompetanse Norge", ["NAV", "KS", "fylkeskommunene", "Udir"], "Løpende",
          "NAV er fast medlem i forumet og bidrar med kunnskap om veiledning av arbeidssøkere og personer med nedsatt "
          "arbeidsevne."),
        R("T13", "Samarbeid om den nasjonale digitale karriereveiledningstjenesten", ["1.3"], "Informasjon",
          "Kompetanse Norge", ["NAV"], "2018–2020",
          "NAV bidrar i utviklingen av tjenesten, slik at arbeidssøkere og NAV-veiledere kan henvise til chat og "
          "telefonveiledning."),
        R("V3", "AMO-kurs i grunnleggende ferdigheter", ["3.5"], "Kurs/utdanning", "NAV",
          ["Kompetanse Norge", "fylkeskommunene"], "2018",
          "Arbeidsmarkedskurs i lesing, skriving, regning og digitale ferdigheter for arbeidssøkere, basert på Kompetanse "
          "Norges kompetansemål."),
        R("K1", "Menn i helse – rekruttering via NAV", ["3.3"], "Prosjekt", "KS", ["NAV"], "2018–2020",
          "NAV-kontorene rekrutterer menn mellom 25 og 55 år til Menn i helse og følger dem opp under praksis og "
          "opplæring i kommunene."),
        R("V5", "Fagbrev for arbeidssøkere – forsøk i tre fylker", ["3.3", "3.5"], "Kurs/utdanning", "NAV",
          ["fylkeskommunene"], "2018–2019",
          "Arbeidssøkere over 25 år tar fagbrev gjennom opplæring i bedrift, med NAV-tiltak som økonomisk grunnlag. "
          "Forsøket gjennomføres i Hedmark, Oppland og Vestfold.", shared=1),
        R("V6", "Norskopplæring kombinert med arbeidspraksis", ["3.3", "3.5"], "Kurs/utdanning", "NAV",
          ["fylkeskommunene"], "2018–2019",
          "Innvandrere med kort botid får norskopplæring tilpasset et yrke, kombinert med praksis på en arbeidsplass, "
          "som en del av Hurtigsporet.", shared=2),
    ]))

# ---------------------------------------------------------------------------
# 7. LO 2019 – overview table, sections, one-liner list of unchanged measures
# ---------------------------------------------------------------------------
FILES.append(dict(
    file="2019_LO_rapport.docx", reporter="LO", year=2019, fmt="docx", lang="nb",
    layout="lo_overview_table_ny_videreført_goal_type_then_h2_sections_question_labels_unchanged_oneliner_list",
    layout_desc=("LO Word report: '1 Innledning', '2 Oversikt' with ONE table Tiltak | Ny/videreført | Delmål | Type (the "
                 "only place where delmål and type of the section measures are given), '3 Tiltakene' with a Heading 2 per "
                 "measure and bold question labels 'Hvem har ansvaret:', 'Hvem er med:', 'Når:' followed by the text; "
                 "'4 Videreført uten endringer' is a bullet list of ONE-LINE measures 'Title (delmål) – type – note' "
                 "(responsible and period not printed); 'LO mener' and the contact line are not measures"),
    rows=[
        R("T07", "Bransjeprogrammet for industri- og byggenæringen", ["2.1", "2.4"], "Kurs/utdanning", "KD",
          ["LO", "Fellesforbundet", "EL og IT Forbundet", "NHO", "Norsk Industri", "BNL"], "2018–2021",
          "Partene i bransjene har prioritert hvilke tilbud som skal utvikles. I 2019 er det startet kurs i blant annet "
          "automatisering, robotisering og BIM for fagarbeidere.", status="Ny"),
        R("T11", "Referansegruppen for EVU-utvalget", ["2.2"], "Råd/utvalg/nettverk", "KD",
          ["LO", "NHO", "Unio", "YS", "Virke", "Spekter", "KS", "Akademikerne"], "2018–juni 2019",
          "LO har deltatt i referansegruppen til ekspertutvalget for etter- og videreutdanning, som la fram NOU 2019: 12 "
          "Lære hele livet i juni.", status="Ny"),
        R("L1", "Tillitsvalgtopplæring om kompetanse og omstilling", ["2.1", "2.2"], "Kurs", "LO",
          ["AOF Norge", "forbundene"], "2019–2020",
          "Kursmodulen fra 2017 er revidert og har fått en ny del om digital omstilling. Modulen inngår nå i "
          "grunnopplæringen for tillitsvalgte i alle LO-forbund.", status="Videreført"),
        R("L5", "Nettkurs: Kompetanseplan på arbeidsplassen", ["2.2"], "Kurs", "LO", ["AOF Norge"], "Fra høsten 2019",
          "Et kort nettkurs som er skilt ut fra tillitsvalgtopplæringen, slik at også medlemmer uten verv kan lære hvordan "
          "en kompetanseplan lages og følges opp.", status="Ny"),
        R("T18", "Nasjonalt fagskoleråd", ["1.4", "2.3"], "Råd", "KD",
          ["LO", "NHO", "YS", "Unio", "KS", "fagskolene", "studentene"], "2019–2022",
          "LO har én representant i rådet, som gir råd til KD om utviklingen av fagskolene og følger opp "
          "fagskolemeldingen.", status="Ny"),
        R("T06", "Fagbrev på jobb – nasjonal ordning", ["3.1"], "Ordning", "Fylkeskommunene", ["LO", "NHO", "KS"],
          "Fra 2018",
          "Etter forsøket vi rapporterte i 2017 er fagbrev på jobb blitt en varig ordning i alle fylker. LO informerer "
          "forbundene og tillitsvalgte om hvordan ansatte kan bruke den.", status="Ny"),
        R("L3", "Matindustriens kompetanseløft – fase 2", ["2.1", "2.4"], "Prosjekt", "LO/NNN",
          ["NHO Mat og drikke", "Sjømat Norge", "Kompetanse Norge"], "2019–2021",
          "Andre fase av «Matindustrien 4.0» gjennomfører opplæring i bedriftene på grunnlag av kartleggingen fra fase 1, "
          "blant annet med midler fra bransjeprogrammet.", status="Videreført"),
        R("T01", "Kompetansebehovsutvalget (KBU)", ["1.1"], "råd/utvalg", None, [], None,
          "LO har fortsatt én representant; utvalgets andre rapport kom i 2019.", oneliner=True),
        R("T04", "Samfunnskontrakten for flere læreplasser", ["2.3"], "avtale", None, [], None,
          "LO følger opp i de faglige rådene og i forbundene.", oneliner=True),
    ]))

# ---------------------------------------------------------------------------
# 8. Virke 2019 – H2 measures, two-column borderless fact grid (label value label value)
# ---------------------------------------------------------------------------
FILES.append(dict(
    file="2019_Virke_rapport.pdf", reporter="Virke", year=2019, fmt="pdf", lang="nb",
    layout="virke_pdf_h2_text_then_four_column_label_value_grid_egne_and_deltakelse_chapters",
    layout_desc=("Virke report exported from Word: 'virke' logo line and date in the header, 'Side n' footer; 'Innledning', "
                 "chapters '2 Virkes egne tiltak' and '3 Tiltak der Virke deltar'; each measure a Heading 2 title, the text, "
                 "then a borderless grid with TWO label/value pairs per line (Mål: … | Eier: … / Kategori: … | Partnere: … "
                 "/ Tid: …) – labels and values sit side by side in four columns; the last measure of chapter 3 starts on "
                 "page 2; '4 Virke mener' bullets are not measures"),
    rows=[
        R("R1", "Handelsløftet", ["2.3", "3.1"], "Kurs/utdanning", "Virke", ["Handel og Kontor", "fylkeskommunene"],
          "2017–2020",
          "Ansatte i varehandelen med lang erfaring tar fagbrev i salgsfaget gjennom et tilrettelagt løp i bedriften. Over "
          "400 ansatte har startet.", chap="egne"),
        R("R4", "Studie: Hvordan påvirker ny teknologi kompetansebehovet i varehandelen?", ["2.1", "2.2"], "FoU", "Virke",
          ["Samfunnsøkonomisk analyse", "NAV", "Handel og Kontor"], "2018–2019",
          "Studien ble ferdig i 2019 og viser at behovet for digital kompetanse øker mest blant ansatte uten høyere "
          "utdanning.", chap="egne"),
        R("R5", "Balansekunst – utprøving av modell for dokumentasjon av kompetanse", ["2.5"], "Prosjekt", "Virke",
          ["LO", "YS", "NHO"], "2019–2020",
          "Modellen fra rapporten «Balansekunst» (2018) prøves ut i fem virksomheter for å dokumentere kompetanse ervervet "
          "i arbeidslivet.", chap="egne"),
        R("R6", "Virkes HR-nettverk for kompetanseutvikling", ["2.2"], "Nettverk", "Virke", ["medlemsvirksomheter"],
          "Løpende",
          "Nettverk for HR-ledere i medlemsvirksomhetene med fire samlinger i året om kompetansestrategier og læring på "
          "arbeidsplassen.", chap="egne"),
        R("T11", "Virke i referansegruppa til ekspertutvalget for etter- og videreutdanning", ["2.2"], "Råd/utvalg", "KD",
          ["Virke", "de andre hovedorganisasjonene"], "2018–2019",
          "Virke har gitt innspill om behovet for fleksible tilbud for ansatte i små virksomheter.", chap="deltar"),
        R("T03", "Råd for samarbeid med arbeidslivet (RSA)", ["1.4"], "Råd/utvalg", "Universiteter og høyskoler",
          ["Virke"], "Løpende",
          "Virke deltar i RSA ved flere høyskoler og bruker plassene til å styrke praksis og arbeidslivsrelevans i "
          "utdanningene.", chap="deltar"),
    ]))

# ---------------------------------------------------------------------------
# 9. Regjeringen 2020 – area chapters, grey fact box before text, videreførte table
# ---------------------------------------------------------------------------
FILES.append(dict(
    file="2020_Regjeringen_rapport.pdf", reporter="Regjeringen", year=2020, fmt="pdf", lang="nb",
    layout="reg_pdf_area_chapters_h3_grey_label_box_before_text_videreforte_table_count_by_department",
    layout_desc=("government report exported from Word: '1 Innledning' and '2 Korona og kompetansepolitikken' (prose, not "
                 "measures), chapters per hovedinnsatsområde; each NEW measure an H3 title, a grey two-column label box "
                 "BEFORE the text (Delmål / Departement / Samarbeid / Varighet / Virkemiddel), then the text; a closing "
                 "table 'Videreførte tiltak' (Tiltak | Delmål | Virkemiddel | Ansvar | Status 2020 – status = description; "
                 "no partners or period) and 'Tabell: Antall tiltak per departement' (not measures)"),
    rows=[
        R("T24", "Overføring av oppgaver til fylkeskommunene i regionreformen", ["1.2"], "Reform", "KMD",
          ["KD", "ASD", "fylkeskommunene"], "2020–",
          "Fra 2020 har fylkeskommunene fått ansvar for tilskudd til karrieresentre og skal utarbeide regionale "
          "kompetansestrategier. Ansvaret for bedriftsintern opplæring (BIO) overføres fra 2022.", area=1),
        R("T07", "Bransjeprogram for kompetanseutvikling", ["2.1", "2.4"], "Utdanning", "KD",
          ["Kompetanse Norge", "partene", "utdanningstilbyderne"], "2018–",
          "Bransjeprogrammene gir ansatte tilbud om relevant etter- og videreutdanning i bransjer med store "
          "omstillingsbehov. I 2020 omfatter ordningen blant annet industri og bygg, helse og omsorg, reiseliv og "
          "varehandel.", area=2),
        R("T10", "Tilskudd til fleksible videreutdanningstilbud", ["2.1"], "Tilskudd", "KD",
          ["Kompetanse Norge", "Diku", "partene"], "2018–",
          "Ordningen gir universiteter, høyskoler og fagskoler midler til å utvikle fleksible tilbud, først innen digital "
          "kompetanse og fra 2020 også i andre fag med stort behov.", area=2),
        R("T12", "Kompetansereformen – Lære hele livet", ["2.2", "3.1"], "Melding til Stortinget", "KD",
          ["ASD", "NFD", "partene"], "2020–",
          "Meld. St. 14 (2019–2020) følger opp NOU 2019: 12 fra ekspertutvalget for etter- og videreutdanning. Meldingen "
          "ble lagt fram i mars 2020.", area=2),
        R("T06", "Fagbrev på jobb", ["3.1"], "Ordning", "KD", ["fylkeskommunene", "partene"], "2018–",
          "Voksne som er i jobb kan ta fagbrev gjennom arbeidet sitt. Departementet følger med på bruken av ordningen i "
          "fylkene.", area=3),
        R("T21", "IA-avtalen 2019–2022", ["3.3"], "Avtale", "ASD", ["partene i arbeidslivet"], "2019–2022",
          "Avtalen om et inkluderende arbeidsliv omfatter også kompetansetiltak for at flere kan stå i arbeid, blant "
          "annet i bransjeprogrammene under IA-avtalen.", area=3),
        R("T01", "Kompetansebehovsutvalget (KBU)", ["1.1"], "Utvalg", "KD", [], None,
          "Utvalgets andre rapport lagt fram; nytt mandat vurderes.", cont_table=True),
        R("T09", "Kompetansepluss", ["3.2"], "Tilskudd", "KD", [], None,
          "Utlysning 2020 gjennomført; forsøket med fagopplæring i Kompetansepluss videreført.", cont_table=True),
        R("T13", "karriereveiledning.no", ["1.3"], "Informasjon", "KD", [], None,
          "Tjenesten ble lansert i januar 2020.", cont_table=True),
        R("T16", "Kompetanseløft 2020", ["1.4"], "Plan", "HOD", [], None,
          "Siste planår; ny plan fra 2021.", cont_table=True),
    ]))

# ---------------------------------------------------------------------------
# 10. Vestland 2020 (nynorsk) – table with vmerged delmål code column
# ---------------------------------------------------------------------------
FILES.append(dict(
    file="2020_Vestland_rapport.docx", reporter="Vestland fylkeskommune", year=2020, fmt="docx", lang="nn",
    layout="nn_table_vmerged_code_only_delmal_first_col_kven_partnarar_kva_slag_om_last_empty_row_planar",
    layout_desc=("nynorsk county report in Word: 'Om rapporten', then ONE table Delmål | Tiltak | Kven har ansvaret | "
                 "Partnarar | Tidsrom | Kva slag | Om tiltaket; the Delmål cell holds only the code and is vertically merged "
                 "over the rows of that code; a second delmål is only named in a closing sentence of 'Om tiltaket' "
                 "('Tiltaket høyrer òg til delmål 3.3.'); an empty row between the 1.x and 3.x groups; 'Planar for 2021 – "
                 "ikkje starta' bullets (BIO, a new career centre) are not measures"),
    rows=[
        R("W2", "Kompetanseforum Vestland", ["1.2"], "Nettverk", "Vestland fylkeskommune",
          ["NHO Vestland", "LO i Vestland", "KS", "NAV Vestland", "Statsforvaltaren", "HVL", "UiB"], "2020–2023",
          "Eit breitt partnarskap som skal samordne arbeidet med kompetanse og arbeidskraft i det nye fylket. Første møte "
          "var i juni 2020."),
        R("W3", "Regional plan for kompetanse og arbeidskraft", ["1.2"], "Plan", "Vestland fylkeskommune",
          ["Kompetanseforum Vestland"], "2020–2021 (planarbeid)",
          "Planprogrammet vart vedteke i 2020. Planen skal gi felles mål for kompetansepolitikken i Vestland fram mot "
          "2033."),
        R("W1", "Karriere Vestland – karrieresentera for vaksne", ["1.3"], "Rettleiing", "Vestland fylkeskommune",
          ["NAV Vestland", "kommunane"], "Løpande",
          "Karrieresentera i Bergen, Førde, Leikanger og Stord gir gratis karriererettleiing til vaksne over 19 år."),
        R("W5", "Innføring av kvalitetsrammeverket for karriererettleiing", ["1.3"], "Prosjekt", "Vestland fylkeskommune",
          ["Kompetanse Norge"], "2020–2021",
          "Alle rettleiarane ved karrieresentera tek i bruk det nasjonale kvalitetsrammeverket, med felles "
          "kompetansestandardar og etiske retningslinjer."),
        R("T25", "Deltaking i forsøket med modulstrukturert opplæring for vaksne", ["3.1"], "Forsøk",
          "Utdanningsdirektoratet", ["Vestland fylkeskommune", "vidaregåande skular"], "2017–2021",
          "Vestland held fram som forsøksfylke i helse- og oppvekstfag og byggfag. Vaksne kan ta fagbrev modul for modul."),
        R("W4", "Fagbrev på jobb i Vestland", ["3.1", "3.3"], "Opplæring", "Vestland fylkeskommune",
          ["opplæringskontora", "NAV Vestland"], "2020–",
          "Fylkeskommunen tilbyr fagbrev på jobb til tilsette i kommunar og bedrifter, med rettleiing frå "
          "opplæringskontora. Tiltaket høyrer òg til delmål 3.3."),
    ]))

# ---------------------------------------------------------------------------
# 11. VOFO 2020 – titles in «» inside sentences, bracket fact tails
# ---------------------------------------------------------------------------
FILES.append(dict(
    file="2020_VOFO_rapport.docx", reporter="VOFO", year=2020, fmt="docx", lang="nb",
    layout="vofo_prose_paragraphs_guillemet_titles_in_sentences_unlabelled_bracket_tails_two_in_one_paragraph",
    layout_desc=("VOFO report in Word written as plain prose: the intro explains that each measure's name stands in «» and "
                 "that the square bracket after it gives 'delmål; type; ansvarlig, med samarbeidspartnere; periode'; each "
                 "measure is a paragraph whose FIRST sentence names it in «…» inside the sentence, followed by the bracket "
                 "and more text; one paragraph holds TWO measures with two brackets; 'Møter VOFO har deltatt i 2020' and "
                 "the closing greeting are not measures"),
    rows=[
        R("O1", "Kompetansepluss frivillighet – informasjon til studieforbundene", ["3.2"], "informasjon", "VOFO",
          ["studieforbundene"], "2020",
          "VOFO har gjennomført tiltaket «Kompetansepluss frivillighet – informasjon til studieforbundene» for å få flere "
          "frivillige organisasjoner til å søke. Vi har informert om utlysningen og holdt to digitale søkerkurs.",
          lead="VOFO har gjennomført tiltaket ", rest=" for å få flere frivillige organisasjoner til å søke.",
          after="Vi har informert om utlysningen og holdt to digitale søkerkurs."),
        R("O4", "Partnerskapsavtaler med fylkeskommunene", ["1.2"], "informasjon", "VOFO", ["fylkeskommunene"],
          "2020–2023",
          "Regionalt har VOFO inngått «Partnerskapsavtaler med fylkeskommunene» i Vestland og Viken.",
          lead="Regionalt har VOFO inngått ", rest=" i Vestland og Viken.", after="", pair=1),
        R("O2", "Regionale kompetansenettverk i VOFO-regionene", ["1.2", "3.6"], "nettverk", "VOFO",
          ["studieforbund", "kursarrangører"], "2020–",
          "I tillegg er «Regionale kompetansenettverk i VOFO-regionene» etablert i fire regioner. Nettverkene skal gjøre "
          "studieforbundene synlige for karrieresentrene.",
          lead="I tillegg er ", rest=" etablert i fire regioner.",
          after="Nettverkene skal gjøre studieforbundene synlige for karrieresentrene.", pair=2),
        R("O3", "Studieforbundene som læringsarena", ["3.6"], "forskning", "VOFO", ["Fafo"], "2019–2021",
          "Forskningsprosjektet «Studieforbundene som læringsarena» ser på hvordan deltakelse i studieforbund påvirker "
          "læringsmotivasjon. Første delrapport kom i oktober.",
          lead="Forskningsprosjektet ", rest=" ser på hvordan deltakelse i studieforbund påvirker læringsmotivasjon.",
          after="Første delrapport kom i oktober."),
        R("O5", "Digital omstilling i studieforbundene", ["2.1", "3.6"], "kurs", "studieforbundene", ["VOFO"], "2020",
          "Da pandemien stengte kurslokalene, startet studieforbundene «Digital omstilling i studieforbundene», med kurs "
          "for over 900 kursledere i digital undervisning.",
          lead="Da pandemien stengte kurslokalene, startet studieforbundene ",
          rest=", med kurs for over 900 kursledere i digital undervisning.", after=""),
    ]))

# ---------------------------------------------------------------------------
# 12. KS 2021 – per-measure form tables, type first
# ---------------------------------------------------------------------------
FILES.append(dict(
    file="2021_KS_rapport.docx", reporter="KS", year=2021, fmt="docx", lang="nb",
    layout="ks_per_measure_form_tables_kategori_first_maal_code_and_words_summary_by_kategori",
    layout_desc=("KS Word report: 'Innledning', then one two-column form table per measure (no heading above it) whose "
                 "FIRST row is the type – labels Kategori / Navn på tiltaket / Mål i strategien (code and wording, two "
                 "goals on two lines) / Eier / Samarbeider med / Tidsrom / Kort om tiltaket; tables follow each other with only "
                 "an empty paragraph between them (no headings), so Word breaks some of them over a page; 'Oppsummering' with a count table by Kategori (Sum 7) "
                 "and 'Kontakt' are not measures"),
    rows=[
        R("K1", "Menn i helse – nasjonal spredning", ["2.3", "3.3"], "Prosjekt", "KS",
          ["NAV", "Helsedirektoratet", "kommunene"], "2021–2023",
          "Menn i helse er videreført og tas nå i bruk i over 200 kommuner. KS har ansvar for nasjonal koordinering, og "
          "NAV rekrutterer deltakere."),
        R("K2", "KS Læring – plattform for kompetanseutvikling i kommunene", ["2.1"], "Informasjon", "KS",
          ["kommuner", "fylkeskommuner"], "2018–",
          "Plattformen brukes av flere enn 300 kommuner. I 2021 er det lagt til kurs i digital samhandling og personvern."),
        R("T07", "Bransjeprogram for kommunal helse- og omsorgssektor", ["2.4"], "Kurs/utdanning", "KD",
          ["KS", "Fagforbundet", "Delta", "NSF", "FO"], "2019–2022",
          "KS er part i bransjeprogrammet for den kommunale helse- og omsorgssektoren, der ansatte får tilbud om "
          "videreutdanning og fagbrev."),
        R("T17", "Kompetanseløft 2025", ["1.4"], "Plan", "HOD", ["KS", "Helsedirektoratet", "fylkeskommunene"],
          "2021–2025",
          "Regjeringens nye plan for rekruttering, kompetanse og fagutvikling i helse- og omsorgstjenesten erstatter "
          "Kompetanseløft 2020. KS deltar i oppfølgingen."),
        R("T02", "Samarbeidsrådet for yrkesopplæring (SRY)", ["1.4", "2.3"], "Råd/utvalg/nettverk", "KD",
          ["KS", "LO", "NHO", "YS", "Unio", "Spekter", "Virke", "fylkeskommunene"], "2020–2024",
          "KS har to representanter i SRY i den nye perioden og arbeider for flere læreplasser i kommunesektoren."),
        R("K4", "Lærlingløftet i kommunesektoren", ["2.3"], "Prosjekt", "KS", ["kommunene", "fylkeskommunene"],
          "2021–2022",
          "Kampanje og rådgivning som skal få flere kommuner til å ta inn lærlinger, særlig i helsearbeiderfaget og barne- "
          "og ungdomsarbeiderfaget."),
        R("T15", "Nasjonalt forum for karriereveiledning", ["1.3"], "Nettverk", "HK-dir",
          ["KS", "NAV", "fylkeskommunene"], "Løpende",
          "KS deltar i forumet og har i 2021 særlig arbeidet med karriereveiledning for voksne i kommunal sektor."),
    ]))

# ---------------------------------------------------------------------------
# 13. Unio 2021 – landscape table, header not repeated, 'Hvem' sentence
# ---------------------------------------------------------------------------
FILES.append(dict(
    file="2021_Unio_rapport.pdf", reporter="Unio", year=2021, fmt="pdf", lang="nb",
    layout="unio_landscape_table_hvem_i_samarbeid_med_sentence_goal_column_last_header_not_repeated_footnote",
    layout_desc=("Unio report exported from Word (landscape): intro, then ONE table Tiltak | Hva går det ut på | Hvem | Når | "
                 "Art | Mål i NKPS – 'Hvem' is a phrase 'X i samarbeid med Y og Z' (X = responsible), the delmål column is "
                 "LAST; the table continues on page 2 WITHOUT a repeated header row; a superscript note mark ¹ in one "
                 "description with the note at the foot of the page; 'Andre saker Unio har arbeidet med' prose is not "
                 "measures"),
    rows=[
        R("T03", "Unios deltakelse i RSA", ["1.4"], "Råd/utvalg", "UH-institusjonene", ["Unio-forbundene"], "Løpende",
          "Unio-forbundene har representanter i råd for samarbeid med arbeidslivet ved universiteter og høyskoler som "
          "utdanner lærere, sykepleiere og politi."),
        R("T21", "Oppfølging av IA-avtalen 2019–2022", ["3.3"], "Avtale", "ASD", ["partene i arbeidslivet"], "2019–2022",
          "Unio deltar i partssamarbeidet om IA-avtalen og har særlig fulgt opp kompetansetiltak for å forebygge "
          "sykefravær i helse og omsorg."),
        R("U3", "Utredning av modeller for finansiering av etter- og videreutdanning", ["2.2"], "FoU", "Unio",
          ["Proba samfunnsanalyse"], "2020–2021",
          "Proba samfunnsanalyse har på oppdrag fra Unio sammenlignet finansieringsmodeller i Norden. Rapporten kom i "
          "mars 2021.", note=True),
        R("U4", "Tillitsvalgtskolering om kompetanse i Unio-forbundene", ["2.2"], "Kurs", "Unio",
          ["Utdanningsforbundet", "NSF"], "Høsten 2021",
          "Felles kursdag for tillitsvalgte om rett til etter- og videreutdanning og kompetanseplaner i kommuner og "
          "sykehus."),
        R("T28", "Trepartssamarbeid om kompetanse i sykehusene", ["2.2", "2.4"], "Samarbeid", "HOD",
          ["Spekter", "Unio", "LO", "YS"], "2021–2023",
          "Arbeidsgiver- og arbeidstakerorganisasjonene samarbeider med Helse- og omsorgsdepartementet om "
          "kompetanseutvikling for ansatte i spesialisthelsetjenesten."),
        R("U5", "Rapport om kompetanseheving av helsepersonell", ["2.2"], "FoU", "Unio", ["Ny Analyse"], "2021",
          "Ny Analyse har kartlagt utfordringer og muligheter for kompetanseheving blant sykepleiere og annet "
          "helsepersonell."),
    ]))

# ---------------------------------------------------------------------------
# 14. Akademikerne 2021 – one continuous table, merged title rows
# ---------------------------------------------------------------------------
FILES.append(dict(
    file="2021_Akademikerne_rapport.docx", reporter="Akademikerne", year=2021, fmt="docx", lang="nb",
    layout="akademikerne_one_continuous_table_merged_shaded_title_rows_label_rows_goal_words_code_in_parens_representation_list",
    layout_desc=("Akademikerne Word report: intro, then ONE continuous two-column table for all measures: a full-width "
                 "merged shaded row holds each title, followed by label rows Mål i strategien (wording with the code in "
                 "brackets at the end) / Type / Ansvar / Partnere / Tidsrom / Innhold; no spacing between measures; the "
                 "closing 'Akademikernes representasjon' bullet list names bodies where Akademikerne has seats (KBU, RSA … "
                 "– not measures, some of them ARE reported above)"),
    rows=[
        R("T01", "Plass i Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "KD",
          ["Akademikerne", "de andre hovedorganisasjonene"], "2017–",
          "Akademikerne har i 2021 bidratt til utvalgets temarapport om behovet for høyere utdannet arbeidskraft.",
          goal="Etablere et kompetansebehovsutvalg (1.1)"),
        R("T03", "Akademikerne i Råd for samarbeid med arbeidslivet (RSA)", ["1.4"], "Råd/utvalg/nettverk",
          "UH-institusjonene", ["Akademikernes medlemsforeninger"], "Løpende",
          "Medlemsforeningene deltar i RSA ved NTNU, UiO, UiB og OsloMet.",
          goal="Samarbeid mellom utdanningstilbydere og arbeidslivet (1.4)"),
        R("A3", "Kartlegging av etter- og videreutdanning blant høyt utdannede", ["2.2"], "FoU", "Akademikerne/Econa",
          ["Ny Analyse"], "2021",
          "Spørreundersøkelse blant 6000 medlemmer om deltakelse i og hindringer for etter- og videreutdanning.",
          goal="Kunnskapsgrunnlaget om læring i arbeidslivet (2.2)"),
        R("A4", "Videreutdanningsstipend i digitalisering og bærekraft", ["2.1"], "Stipend", "Akademikerne/Tekna", [],
          "2021–2022",
          "Tekna tildeler stipend til medlemmer som tar videreutdanning i digitalisering og bærekraft.",
          goal="Digital kompetanse i hele arbeidsstyrken (2.1)"),
        R("T10", "Akademikernes bidrag i ordningen for fleksible videreutdanningstilbud", ["2.1", "2.4"], "Tilskudd",
          "HK-dir", ["Akademikerne", "partene"], "2021",
          "Akademikerne har deltatt i partsgruppen som gir råd om prioriteringene i utlysningen av midler til fleksible "
          "videreutdanningstilbud.",
          goal="Digital kompetanse i hele arbeidsstyrken (2.1) og kobling av virksomhetenes behov til tilbydere (2.4)"),
    ]))

# ---------------------------------------------------------------------------
# 15. Spekter 2022 – 'Tiltak n – Title' headings, 2017 form labels as run-in paragraphs
# ---------------------------------------------------------------------------
FILES.append(dict(
    file="2022_Spekter_rapport.pdf", reporter="Spekter", year=2022, fmt="pdf", lang="nb",
    layout="spekter_pdf_tiltak_n_dash_headings_form_labels_as_runin_paragraphs_sentence_ansvar_events_list",
    layout_desc=("Spekter report exported from Word: header 'Spekter | Rapportering til Kompetansepolitisk råd 2022', "
                 "footer 'Side n av m'; intro, then headings 'Tiltak n – Title' (prefix stripped) and paragraphs with bold "
                 "run-in labels taken from the old form: 'Relasjon til delmål:' (delmål in running text), 'Type tiltak:', "
                 "'Ansvarlig og samarbeidspartnere:' (one or two sentences: 'X er ansvarlig, med Y og Z som bidragsytere.'), "
                 "'Beskrivelse:', 'Tidspunkt og varighet:'; one measure starts at the foot of page 1; 'Arrangementer "
                 "Spekter har deltatt på i 2022' is not measures"),
    rows=[
        R("S1", "Møteplass lærebedrifter 2022", ["1.4", "2.3"], "Arrangement", "Spekter",
          ["medlemsvirksomhetene", "opplæringskontorene"], "Mars 2022 (årlig siden 2013)",
          "Den årlige møteplassen for lærebedrifter i Spekter-området ble holdt 3. mars, med tema lærlinger i "
          "helsearbeiderfaget.", ansvar_s="Spekter er ansvarlig, med medlemsvirksomhetene og opplæringskontorene som "
          "bidragsytere."),
        R("T28", "Trepartssamarbeidet om kompetanse i spesialisthelsetjenesten", ["2.2", "2.4"], "Råd/utvalg/nettverk",
          "Helse- og omsorgsdepartementet", ["Spekter", "LO", "YS", "Unio"], "2021–2023",
          "Partene og departementet har i 2022 laget en felles plan for kompetanseutvikling for ansatte i sykehusene, med "
          "vekt på spesialsykepleiere og helsefagarbeidere.",
          ansvar_s="Helse- og omsorgsdepartementet er ansvarlig, med Spekter, LO, YS og Unio som parter."),
        R("S3", "Spekters HR-direktørnettverk", ["2.2"], "Nettverk", "Spekter", ["medlemsvirksomhetene"],
          "Løpende siden 2016",
          "Nettverket møtes hvert kvartal og har i 2022 drøftet kompetanseplanlegging etter pandemien.",
          ansvar_s="Spekter er ansvarlig, med medlemsvirksomhetene som deltakere."),
        R("T05", "Samfunnskontrakt for flere læreplasser og kvalifisert arbeidskraft (2022–2026)", ["1.4", "2.3"],
          "Avtale", "Kunnskapsdepartementet", ["Spekter", "de øvrige partene"], "2022–2026",
          "Den nye kontrakten ble signert i juni 2022. Spekter vil følge opp med egne mål for læreplasser i "
          "helseforetakene.",
          ansvar_s="Kunnskapsdepartementet er ansvarlig, med Spekter og de øvrige partene som avtaleparter."),
        R("T02", "Spekters plass i SRY", ["1.4"], "Råd/utvalg/nettverk", "Kunnskapsdepartementet", ["Spekter"],
          "2020–2024",
          "Spekter bruker plassen i Samarbeidsrådet for yrkesopplæring til å løfte behovet for helsefagarbeidere og andre "
          "fagarbeidere i spesialisthelsetjenesten.",
          ansvar_s="Kunnskapsdepartementet er ansvarlig, med Spekter som medlem av rådet."),
        R("S6", "Lederprogram i kompetanseledelse for helseforetakene", ["2.2"], "Kurs/utdanning", "Spekter", ["BI"],
          "Høsten 2022",
          "Et program over tre samlinger for ledere i helseforetakene om strategisk kompetanseplanlegging.",
          ansvar_s="Spekter er ansvarlig, med BI som bidragsyter."),
        R("S7", "Fagskolekonferansen 2022", ["2.3"], "Konferanse", "Spekter", ["Fagforbundet", "Delta"], "November 2022",
          "Konferansen rettet oppmerksomheten mot fagskoleutdanning for helsefagarbeidere i spesialisthelsetjenesten.",
          ansvar_s="Spekter er ansvarlig, med Fagforbundet og Delta som bidragsytere."),
    ]))

# ---------------------------------------------------------------------------
# 16. HK-dir 2022 – area sections, H3, 4-column key info table, default owner
# ---------------------------------------------------------------------------
FILES.append(dict(
    file="2022_HKdir_rapport.docx", reporter="HK-dir", year=2022, fmt="docx", lang="nb",
    layout="hkdir_area_sections_h3_header_row_keyinfo_table_no_owner_column_intro_default_owner_keyfigures",
    layout_desc=("HK-dir Word report: intro stating that HK-dir is responsible for all measures in the report; Heading 1 "
                 "sections by the directorate's own areas (Karriereveiledning / Kompetanseutvikling i arbeidslivet / "
                 "Voksnes læring), each measure a Heading 3, a small four-column table with a header row Delmål | Type | "
                 "Samarbeid | Periode and ONE value row (no owner column – responsible = HK-dir from the intro), then the "
                 "text; a shaded 'Nøkkeltall 2022' box and 'Andre oppdrag i tildelingsbrevet' are not measures"),
    rows=[
        R("T13", "Drift og videreutvikling av karriereveiledning.no", ["1.3"], "Informasjon", "HK-dir",
          ["fylkeskommunene", "NAV"], "2020–",
          "Tjenesten ga i 2022 over 40 000 veiledninger på chat, telefon og e-post. Vi har utviklet nye verktøy for voksne "
          "som vurderer å bytte yrke.", area="Karriereveiledning"),
        R("T14", "Implementering av kvalitetsrammeverket for karriereveiledning", ["1.3"], "Prosjekt", "HK-dir",
          ["fylkeskommunene", "karrieresentrene"], "2019–2023",
          "Kvalitetsrammeverket er tatt i bruk i alle fylker. HK-dir har i 2022 tilbudt kurs i kompetansestandardene for "
          "veiledere.", area="Karriereveiledning"),
        R("T10", "Tilskuddsordning for fleksible utdanningstilbud", ["2.1", "2.4"], "Tilskudd", "HK-dir",
          ["partene i arbeidslivet"], "2018–",
          "I 2022 ble 180 millioner kroner lyst ut til fleksible tilbud ved universiteter, høyskoler og fagskoler. Partene "
          "har gitt råd om prioriteringene.", area="Kompetanseutvikling i arbeidslivet"),
        R("T08", "Følgeevaluering av bransjeprogrammene", ["2.2"], "FoU", "HK-dir", ["Oxford Research", "Fafo"],
          "2021–2023",
          "Evalueringen skal vise om bransjeprogrammene når målgruppene og gir varig kompetanseheving. Første delrapport "
          "kom i 2022.", area="Kompetanseutvikling i arbeidslivet"),
        R("H9", "Søketjeneste for etter- og videreutdanning på utdanning.no", ["1.3", "2.4"], "Informasjon", "HK-dir",
          ["utdanningsinstitusjonene"], "2021–2023",
          "En søketjeneste skal gi voksne og arbeidsgivere samlet oversikt over tilbud om etter- og videreutdanning fra "
          "universiteter, høyskoler, fagskoler og studieforbund.", area="Kompetanseutvikling i arbeidslivet"),
        R("T09", "Forvaltning av Kompetanseprogrammet (tidligere Kompetansepluss)", ["3.2"], "Tilskudd", "HK-dir",
          ["fylkeskommunene", "studieforbundene"], "2022–",
          "Kompetanseprogrammet ble fra 2022 samordnet med fylkeskommunene. Vi har forvaltet utlysningen og fulgt opp 450 "
          "tilskuddsmottakere.", area="Voksnes læring"),
        R("H8", "Lærevilkårsmonitoren – statistikk om voksnes læring", ["2.2"], "FoU", "HK-dir", ["SSB"], "Årlig",
          "Årlig statistikk om voksnes deltakelse i formell og ikke-formell opplæring, basert på SSBs "
          "arbeidskraftundersøkelse.", area="Voksnes læring"),
    ]))

# ---------------------------------------------------------------------------
# 17. LO 2023 – delmål-wording headings, bullets 'Title (period): text. Ansvar … Med … Type …'
# ---------------------------------------------------------------------------
FILES.append(dict(
    file="2023_LO_rapport.pdf", reporter="LO", year=2023, fmt="pdf", lang="nb",
    layout="lo_pdf_goal_wording_headings_bullets_title_paren_period_colon_text_trailing_labelled_sentences",
    layout_desc=("LO report exported from Word: running header 'LO – Rapportering til Kompetansepolitisk råd 2023', footer "
                 "'Side 1 av 1 · 14.12.2023'; headings are the delmål as shortened WORDING (no code); under each, bullets "
                 "'Title (period): text. Ansvar: … Med: … Type: …' – title bold up to the bracketed period, the labelled "
                 "facts as trailing sentences in the same bullet; one heading says 'Ingen nye tiltak i 2023.'; closing "
                 "'LOs prioriteringer for 2024' is not measures"),
    rows=[
        R("T01", "KBU – LOs medlem i utvalget", ["1.1"], "utvalg", "KD", ["LO", "de andre hovedorganisasjonene"], "2017–",
          "LO deltar fortsatt i Kompetansebehovsutvalget, som fra 2023 har fått et fast mandat.",
          head="Et kompetansebehovsutvalg"),
        R("T02", "SRY – LOs representanter", ["1.4"], "råd", "KD",
          ["LO", "NHO", "KS", "YS", "Unio", "Spekter", "Virke"], "2020–2024",
          "LO har tre representanter i Samarbeidsrådet for yrkesopplæring og leder rådets arbeid med dimensjonering av "
          "fag- og yrkesopplæringen.", head="Samarbeid mellom utdanning og arbeidsliv"),
        R("T07", "Bransjeprogrammene – industri, bygg og elektro", ["2.1"], "kurs/utdanning", "HK-dir",
          ["LO", "Fellesforbundet", "EL og IT Forbundet", "NHO", "Norsk Industri"], "2018–2025",
          "LO har sammen med forbundene videreført arbeidet i bransjeprogrammene, og i 2023 er et nytt program for "
          "elektrofag kommet til.", head="Digital kompetanse i hele arbeidsstyrken"),
        R("L1", "Tillitsvalgtopplæring om kompetanse og omstilling – digital modul", ["2.1"], "kurs", "LO", ["AOF Norge"],
          "2023–2024",
          "Kurset for tillitsvalgte er lagt om til en digital modul med samlinger i regionene.",
          head="Digital kompetanse i hele arbeidsstyrken"),
        R("L4", "LOs medlemsundersøkelse om etter- og videreutdanning", ["2.2"], "FoU", "LO", ["Fafo"], "2023",
          "Undersøkelsen blant 3000 medlemmer viser at fire av ti ikke har fått tilbud om opplæring det siste året.",
          head="Kunnskap om læring i arbeidslivet"),
        R("T05", "Samfunnskontrakt for flere læreplasser og kvalifisert arbeidskraft", ["2.3"], "avtale", "KD",
          ["LO", "NHO", "KS", "Virke", "Spekter", "YS", "Unio", "fylkeskommunene"], "2022–2026",
          "LO følger opp den nye samfunnskontrakten gjennom forbundene og de faglige rådene.",
          head="Karrieremuligheter i yrkesfag"),
        R("L6", "Yrkesfagturneen «Fagarbeidere trengs»", ["2.3"], "informasjon", "LO",
          ["LO-forbundene", "fylkeskommunene"], "2023",
          "LO og forbundene har besøkt ungdomsskoler i ti fylker for å vise fram yrkesfagene.",
          head="Karrieremuligheter i yrkesfag"),
    ]))

# ---------------------------------------------------------------------------
# 18. Vestland 2023 (nynorsk) – annual report chapter, handlingsprogram table
# ---------------------------------------------------------------------------
FILES.append(dict(
    file="2023_Vestland_arsrapport.pdf", reporter="Vestland fylkeskommune", year=2023, fmt="pdf", lang="nn",
    layout="nn_annual_report_chapter_handlingsprogram_table_own_hp_numbers_status_is_text_slash_owner_partners_economy",
    layout_desc=("nynorsk chapter '4 Kompetanse og arbeidskraft' of the county's annual report (running header "
                 "'Vestland fylkeskommune · Årsrapport 2023', printed page number 57): 4.1 Mål og nøkkeltal (prose and a "
                 "figures table – not measures), 4.2 with ONE table HP | Tiltak i handlingsprogrammet | Status 2023 | "
                 "NKPS-delmål | Ansvarleg / partnarar | Periode | Type – HP holds the county's OWN programme numbers "
                 "('1.1', '2.2' – they look like delmål codes but are not), 'Status 2023' is the description, "
                 "'Ansvarleg / partnarar' is 'owner / partner, partner'; 4.3 Økonomi (budget table) is not measures"),
    rows=[
        R("W3", "Regional plan for kompetanse og arbeidskraft 2021–2033", ["1.2"], "Plan", "Vestland fylkeskommune",
          ["Kompetanseforum Vestland"], "2021–2033",
          "Planen vart vedteken i fylkestinget i 2021 og vert følgd opp gjennom årlege handlingsprogram.", hp="1.1"),
        R("W2", "Kompetanseforum Vestland – nytt mandat", ["1.2", "2.4"], "Nettverk", "Vestland fylkeskommune",
          ["NHO Vestland", "LO i Vestland", "KS Vestland", "NAV Vestland", "HVL", "UiB"], "2023–2026",
          "Forumet fekk nytt mandat for 2023–2026 og har fire arbeidsgrupper.", hp="1.2"),
        R("W1", "Karriere Vestland", ["1.3", "3.3"], "Rettleiing", "Vestland fylkeskommune", ["NAV Vestland"], "Løpande",
          "Karrieresentera hadde 3 400 samtalar i 2023. Tilbodet er utvida med rettleiing på NAV-kontor.", hp="2.1"),
        R("W4", "Fagbrev på jobb", ["3.1", "3.3"], "Opplæring", "Vestland fylkeskommune", ["opplæringskontora"], "2020–",
          "Om lag 250 vaksne tok fagbrev på jobb i Vestland i 2023.", hp="2.2"),
        R("W6", "Bedriftsintern opplæring (BIO) i Vestland", ["2.4", "3.3"], "Tilskot", "Vestland fylkeskommune",
          ["NAV Vestland"], "2022–",
          "Fylkeskommunen har forvalta BIO sidan 2022 og tildelte midlar til 38 bedrifter i omstilling.", hp="3.1"),
        R("W7", "Modulstrukturert opplæring for vaksne", ["3.1"], "Opplæring", "Vestland fylkeskommune",
          ["vidaregåande skular", "NAV Vestland"], "2022–",
          "Etter forsøket har fylkeskommunen gjort modulstrukturert opplæring til eit ordinært tilbod i seks "
          "utdanningsprogram.", hp="3.2"),
    ]))

# ---------------------------------------------------------------------------
# 19. Regjeringen 2024 – goal-paraphrase headings, bold title, fact bullets before text
# ---------------------------------------------------------------------------
FILES.append(dict(
    file="2024_Regjeringen_rapport.docx", reporter="Regjeringen", year=2024, fmt="docx", lang="nb",
    layout="reg_word_area_h1_goal_paraphrase_h2_bold_title_paragraph_fact_bullets_before_text_budget_table",
    layout_desc=("government report in Word: 'Innledning'; Heading 1 per hovedinnsatsområde, Heading 2 = the delmål as a "
                 "SHORT PARAPHRASE without code ('Et kompetansebehovsutvalg', 'Fleksibel opplæring for voksne' …); each "
                 "measure a bold non-heading title paragraph, four bullets Ansvarlig departement / Samarbeid / Periode / "
                 "Virkemiddel, then the text (one text adds 'Tiltaket bidrar også til delmål 2.4.'); closing 'Budsjett "
                 "2024' table (schemes with amounts and Sum) is not measures"),
    rows=[
        R("T01", "Kompetansebehovsutvalget – fast utvalg med nytt mandat", ["1.1"], "Utvalg", "KD",
          ["partene i arbeidslivet", "HK-dir"], "2023–",
          "KBU ble i 2023 videreført som et fast utvalg. Utvalget la i 2024 fram en rapport om kompetansebehov i det "
          "grønne skiftet.", h2="Et kompetansebehovsutvalg"),
        R("T17", "Kompetanseløft 2025", ["1.4"], "Plan", "HOD", ["KS", "Helsedirektoratet", "fylkeskommunene"],
          "2021–2025",
          "Planen skal sikre nok kompetent personell i helse- og omsorgstjenesten i kommunene. 2024 var nest siste "
          "planår.", h2="Samarbeid mellom utdanning og arbeidsliv"),
        R("T10", "Tilskuddsordning for fleksible utdanningstilbud (tidligere fleksible videreutdanningstilbud)",
          ["2.1", "2.4"], "Tilskudd", "KD", ["HK-dir", "partene"], "2018–",
          "Ordningen er utvidet til alle fagområder med behov for arbeidskraft. Tiltaket bidrar også til delmål 2.4.",
          h2="Digital kompetanse i hele arbeidsstyrken"),
        R("T07", "Bransjeprogrammene", ["2.1"], "Utdanning", "KD", ["HK-dir", "partene i arbeidslivet"], "2018–2025",
          "Det er nå 13 bransjeprogram. Programmene ble i 2024 åpnet for flere bransjer innen grønn omstilling.",
          h2="Digital kompetanse i hele arbeidsstyrken"),
        R("T08", "Evaluering av bransjeprogrammene", ["2.2"], "Forskning", "KD", ["HK-dir", "Oxford Research", "Fafo"],
          "2021–2024",
          "Sluttrapporten fra følgeevalueringen kom i 2024 og viser at programmene når ansatte med lite formell "
          "utdanning.", h2="Kunnskap om læring i arbeidslivet"),
        R("T05", "Samfunnskontrakt for flere læreplasser og kvalifisert arbeidskraft", ["2.3"], "Avtale", "KD",
          ["partene i arbeidslivet", "fylkeskommunene"], "2022–2026",
          "Andelen som får læreplass økte i 2024. Regjeringen følger opp kontrakten med partene to ganger i året.",
          h2="Karrieremuligheter i yrkesfagene"),
        R("T26", "Rett til fullføring og modulstrukturert opplæring for voksne", ["3.1"], "Lovendring", "KD",
          ["fylkeskommunene", "Utdanningsdirektoratet"], "Fra august 2024",
          "Med ny opplæringslov har voksne rett til å fullføre videregående opplæring, og fylkeskommunene skal tilby "
          "modulstrukturert opplæring. Forsøket med moduler er avsluttet.", h2="Fleksibel opplæring for voksne"),
        R("T09", "Kompetanseprogrammet", ["3.2"], "Opplæring", "KD", ["HK-dir", "fylkeskommunene"], "2021–",
          "Kompetanseprogrammet erstattet Kompetansepluss arbeid og Kompetansepluss frivillighet og gir voksne opplæring "
          "i grunnleggende ferdigheter.", h2="Kompetanseplussordningene (nå Kompetanseprogrammet)"),
        R("T31", "Norskopplæring og kvalifisering for fordrevne fra Ukraina", ["3.4"], "Opplæring", "AID",
          ["IMDi", "kommunene", "HK-dir"], "2022–2025",
          "Kommunene har fått fleksibilitet til å kombinere norskopplæring med arbeid for fordrevne fra Ukraina.",
          h2="Norskopplæring og kvalifisering for innvandrere"),
    ]))

# ---------------------------------------------------------------------------
# 20. Rogaland 2024 – boxed measure cards, abbreviated labels
# ---------------------------------------------------------------------------
FILES.append(dict(
    file="2024_Rogaland_tiltakskort.pdf", reporter="Rogaland fylkeskommune", year=2024, fmt="pdf", lang="nb",
    layout="county_boxed_tiltakskort_two_per_page_abbreviated_dotted_labels_cover_innhold_contact",
    layout_desc=("Rogaland county's 'Tiltakskort' collection as a PDF: cover page with the title, a short intro and an "
                 "'Innhold' list of the card titles with page numbers (not measures); then framed cards, TWO per page, "
                 "each with a coloured title bar (the title), a facts column with abbreviated labels 'NKPS:', 'Kat.:', "
                 "'Ansv.:', 'Samarb.:', 'Per.:' and the text beside it; footer 'Rogaland fylkeskommune · side n'; a "
                 "'Kontakt' card at the end is not a measure"),
    rows=[
        R("G1", "Kompetanseforum Rogaland", ["1.2"], "Nettverk", "Rogaland fylkeskommune",
          ["NHO Rogaland", "LO Rogaland", "NAV Rogaland", "UiS", "KS Rogaland"], "2021–",
          "Forumet samler partene i regionen fire ganger i året og har i 2024 laget en felles oversikt over "
          "kompetansebehov i energi- og helsesektoren."),
        R("G2", "Regional kompetansestrategi for Rogaland 2024–2028", ["1.2", "1.4"], "Strategi", "Rogaland fylkeskommune",
          ["Kompetanseforum Rogaland"], "2024–2028",
          "Strategien ble vedtatt av fylkestinget i juni 2024 og erstatter strategien fra 2019."),
        R("G3", "Bedriftsintern opplæring (BIO) i Rogaland", ["2.4", "3.3"], "Tilskudd", "Rogaland fylkeskommune",
          ["NAV Rogaland"], "2022–",
          "Tilskudd til opplæring i bedrifter som må omstille seg. I 2024 fikk 41 bedrifter støtte, de fleste i "
          "leverandørindustrien."),
        R("G4", "Karrieresenteret i Rogaland", ["1.3"], "Informasjon", "Rogaland fylkeskommune",
          ["NAV Rogaland", "kommunene"], "Løpende",
          "Gratis karriereveiledning for voksne i Stavanger og Haugesund, og digitalt. Senteret har i 2024 hatt egne "
          "dager for seniorer."),
        R("G5", "Fagbrev på jobb i Rogaland", ["3.1"], "Opplæring", "Rogaland fylkeskommune",
          ["opplæringskontorene", "bedrifter"], "2019–",
          "Voksne i arbeid tar fagbrev gjennom jobben med veiledning fra opplæringskontorene. 180 kandidater var i gang "
          "i 2024."),
        R("G6", "Lærlingløftet i Rogaland", ["2.3"], "Prosjekt", "Rogaland fylkeskommune",
          ["NHO Rogaland", "LO Rogaland", "KS Rogaland"], "2023–2025",
          "Prosjektet skal gi flere godkjente lærebedrifter, særlig i distriktskommunene, og følger opp "
          "samfunnskontrakten regionalt."),
    ]))

# ---------------------------------------------------------------------------
# 21. KS 2025 – Excel print, two sheets (measures, then Nr–Delmål pairs)
# ---------------------------------------------------------------------------
FILES.append(dict(
    file="2025_KS_tiltaksliste.pdf", reporter="KS", year=2025, fmt="pdf", lang="nb",
    layout="ks_excel_print_two_sheets_measures_then_long_nr_delmal_pairs_start_slutt_years",
    layout_desc=("Excel workbook printed to PDF (landscape, gridlines, file and sheet name in the page header, 'Side n av "
                 "m'): sheet 'Tiltak' Nr | Tiltak | Beskrivelse | Eier | Samarbeid | Start | Slutt | Kategori (Slutt empty "
                 "for ongoing → period 'start–'), then sheet 'Delmål' – a LONG list with one row per measure/goal pair "
                 "(Nr | Delmål), so a measure with two delmål has two rows; the delmål are only there; a 'Sist endret' "
                 "cell and an empty row 7 with only its number are not measures"),
    rows=[
        R("K1", "KS' rolle i Menn i helse: koordinering av kommunene", ["2.3", "3.3"], "Prosjekt", "KS",
          ["NAV", "kommunene"], "2018–",
          "KS koordinerer Menn i helse i 260 kommuner. Programmet er fra 2025 finansiert over statsbudsjettet.",
          start="2018", end=""),
        R("T17", "Kompetanseløft 2025 – siste planår", ["1.4"], "Plan", "HOD", ["KS", "Helsedirektoratet"], "2021–2025",
          "KS har fulgt opp planen gjennom regionale nettverk; et nytt kompetanseløft for helse og omsorg er varslet.",
          start="2021", end="2025"),
        R("T05", "Samfunnskontrakten for flere læreplasser og kvalifisert arbeidskraft", ["1.4", "2.3"], "Avtale", "KD",
          ["KS", "partene i arbeidslivet"], "2022–2026",
          "KS følger opp målet om flere lærlinger i kommunene og rapporterer årlig til kontraktspartene.",
          start="2022", end="2026"),
        R("T22", "IA-avtalen 2025–2028", ["3.3"], "Avtale", "AID", ["KS", "partene i arbeidslivet"], "2025–2028",
          "Den nye IA-avtalen har kompetanse som eget satsingsområde. KS deltar i bransjefellesskapet for kommunene.",
          start="2025", end="2028"),
        R("K3", "Arbeidslivsmonitor for kommunesektoren 2025", ["2.2"], "FoU", "KS", [], "2025",
          "Ny runde av undersøkelsen blant ansatte og ledere, med vekt på kompetanse og kunstig intelligens.",
          start="2025", end="2025"),
        R("K4", "Lærlingløftet 2025–2027", ["2.3"], "Prosjekt", "KS", ["kommunene", "fylkeskommunene"], "2025–2027",
          "Lærlingløftet i kommunesektoren er videreført med nye mål for 2025–2027 og vekt på helsearbeiderfaget.",
          start="2025", end="2027"),
    ]))

# ---------------------------------------------------------------------------
# 22. Vestland 2026 (nynorsk) – HK-dir 2026 template, per-measure form with status checkboxes
# ---------------------------------------------------------------------------
FILES.append(dict(
    file="2026_Vestland_rapporteringsmal.docx", reporter="Vestland fylkeskommune", year=2026, fmt="docx", lang="nn",
    layout="nn_hkdir_2026_template_per_measure_form_status_checkboxes_nytt_vidarefort_short_omtale",
    layout_desc=("nynorsk: HK-dir's 2026 reporting template filled in by the county: template title, 'Rapporterande "
                 "medlem' and 'Kontaktperson' lines and a grey instruction paragraph (not measures), then per measure a "
                 "heading 'Tiltak n' (not the title) and a two-column form: Namn på tiltaket / Status with check boxes "
                 "'☐ Nytt ☒ Vidareført' / Delmål (codes) / Type tiltak / Ansvarleg / Samarbeidspartnarar / Periode / "
                 "Kort omtale; continued measures have only 'Endring sidan førre rapport' as the text and an empty "
                 "partner cell; the template's 'Tiltak 7' left EMPTY (all answers blank) is not a measure"),
    rows=[
        R("W8", "Vestlandsløftet – kompetanseprogram for industrien", ["2.1", "2.4"], "Prosjekt",
          "Vestland fylkeskommune", ["Norsk Industri Vestland", "Fellesforbundet", "HVL", "fagskulane"], "2026–2028",
          "Eit regionalt program der industribedrifter får korte, fleksible kurs i automatisering og grøn omstilling, "
          "finansiert av fylkeskommunen og bedriftene.", status="Nytt"),
        R("W1", "Karriere Vestland", ["1.3", "3.3"], "Rettleiing", "Vestland fylkeskommune", [], "Løpande",
          "Nytt karrieresenter i Odda frå 2026.", status="Vidareført"),
        R("W2", "Kompetanseforum Vestland", ["1.2", "2.4"], "Nettverk", "Vestland fylkeskommune", [], "2023–2026",
          "Uendra. Nytt mandat vert vedteke hausten 2026.", status="Vidareført"),
        R("W3", "Regional plan for kompetanse og arbeidskraft", ["1.2"], "Plan", "Vestland fylkeskommune", [],
          "2021–2033", "Planen vert rullert i 2026.", status="Vidareført"),
        R("W6", "BIO i Vestland", ["2.4", "3.3"], "Tilskot", "Vestland fylkeskommune", [], "2022–",
          "Auka ramme: 25 mill. kr.", status="Vidareført"),
        R("W7", "Modulstrukturert opplæring for vaksne", ["3.1"], "Opplæring", "Vestland fylkeskommune", [], "2022–",
          "No i alle utdanningsprogram etter ny opplæringslov.", status="Vidareført"),
    ]))


# ---------------------------------------------------------------------------
# Near-miss groups (tiltak ids) with a one-sentence reason each
# ---------------------------------------------------------------------------
NEAR_MISS_GROUPS = [
    (["L1", "L5", "Y4", "U4"], "unions' own courses for tillitsvalgte",
     "Each union runs its own course (LO's module and the web course split off from it, YS' course, Unio's course day); "
     "same subject, different owners and offers."),
    (["N1", "Y3", "L4", "A3", "K3", "H8"], "members' own surveys, barometers and statistics",
     "Every member measures competence needs among its own members; the surveys share words (barometer, monitor, "
     "undersøkelse) but are separate products."),
    (["W2", "G1", "O2"], "regional competence forums and networks",
     "Two counties' own forums and VOFO's regional networks are separate bodies in different places."),
    (["W3", "G2"], "counties' regional competence plans and strategies",
     "Vestland's regional plan and Rogaland's strategy are two counties' own plans."),
    (["W1", "G4", "T13"], "career guidance services",
     "Vestland's and Rogaland's career centres and the national digital service karriereveiledning.no are three "
     "different services."),
    (["T14", "W5"], "national quality framework vs a county putting it to use",
     "The national framework (KD/Kompetanse Norge/HK-dir) is not Vestland's project to train its own guidance staff in it."),
    (["T27", "T06", "W4", "G5", "V5", "R1"], "fagbrev routes: pilot, national scheme, county offers, NAV pilot, Handelsløftet",
     "The 2016–2017 pilot, the national scheme from 2018, two counties' own offers, NAV's pilot for job seekers and "
     "Virke's Handelsløftet are different measures even where the words 'fagbrev på jobb' recur (Vestland 2023 calls its "
     "own offer just 'Fagbrev på jobb')."),
    (["T04", "T05", "K4", "G6"], "apprentice agreements and drives",
     "Samfunnskontrakten 2016–2020 and its successor 2022–2026 are two agreements (the writers call the second 'ny'); KS' "
     "Lærlingløftet and Rogaland's Lærlingløftet are the members' own drives."),
    (["T07", "T08", "W8"], "bransjeprogram vs its evaluation vs a county's industry programme",
     "The national bransjeprogram, its follow-up evaluation and Vestland's own Vestlandsløftet are three measures."),
    (["T09", "O1"], "Kompetansepluss/Kompetanseprogrammet vs VOFO's information work",
     "VOFO's information campaign about Kompetansepluss frivillighet is VOFO's own measure, not the grant scheme."),
    (["T16", "T17"], "Kompetanseløft 2020 vs its successor Kompetanseløft 2025",
     "A new plan with a new period; the 2021 report says it 'erstatter Kompetanseløft 2020'."),
    (["T02", "T03", "T18"], "national councils",
     "SRY, RSA and Nasjonalt fagskoleråd are different councils."),
    (["T21", "T22"], "IA agreements with different periods",
     "IA-avtalen 2019–2022 and IA-avtalen 2025–2028 are two agreements."),
    (["T11", "T12"], "EVU expert committee vs the reform that followed it",
     "The committee (and its reference group) delivered NOU 2019: 12; the white paper Lære hele livet is the "
     "government's follow-up."),
    (["T25", "T26", "W7"], "modular training: pilot vs new national right vs county offer",
     "The national pilot (2017–2021), the statutory right from 2024 and Vestland's own ordinary offer are three measures."),
    (["T24", "W6", "G3"], "BIO: national transfer vs two counties' BIO schemes",
     "The reform that moved tasks to the counties is not the counties' own administration of BIO, and the two counties "
     "run separate schemes."),
    (["S3", "R6"], "members' own HR networks",
     "Spekter's HR-director network and Virke's HR network are separate networks."),
    (["K2", "H9"], "digital learning platforms",
     "KS Læring (a platform for municipal staff) and HK-dir's EVU search service on utdanning.no are different services."),
    (["N6", "L6"], "information drives for technical/vocational careers",
     "NHO's Jenter og teknologi and LO's school tour 'Fagarbeidere trengs' are separate campaigns."),
]

# One sentence per same-tiltak group (why the rows are one tiltak)
SAME_REASONS = {
    "T01": "Every row is the Kompetansebehovsutvalg (KBU): KD's establishing it, members' seats in it, HK-dir-era "
           "mandate – a seat in a body is the body.",
    "T02": "Seats of YS, KS, Spekter and LO in Samarbeidsrådet for yrkesopplæring (SRY) are the council itself.",
    "T03": "Virke's, Unio's and Akademikerne's participation in Råd for samarbeid med arbeidslivet (RSA) is one body "
           "(RSA at the universities and university colleges).",
    "T04": "Samfunnskontrakten for flere læreplasser 2016–2020 told by KD and by signatories as their own follow-up.",
    "T05": "The new Samfunnskontrakt for flere læreplasser og kvalifisert arbeidskraft 2022–2026, told by Spekter, LO, "
           "the government and KS.",
    "T06": "The national scheme Fagbrev på jobb (from 2018) told by LO and by the government.",
    "T07": "The bransjeprogram scheme and its branches told by NHO, LO, KS (its municipal health-care branch) and the "
           "government; HK-dir runs it from 2021 (LO 2023 names HK-dir as owner).",
    "T08": "HK-dir's follow-up evaluation of the bransjeprogram and KD's 'Evaluering av bransjeprogrammene' are one "
           "commission seen by the buyer and the ministry.",
    "T09": "Kompetansepluss arbeid og frivillighet, renamed/merged into Kompetanseprogrammet, told by KD and by HK-dir "
           "who administers it.",
    "T10": "Tilskudd til fleksible videreutdanningstilbud, renamed 'Tilskuddsordning for fleksible utdanningstilbud'; "
           "HK-dir runs it and Akademikerne advises in it.",
    "T11": "The reference group of the EVU expert committee (NHO, LO, Virke) is part of the committee's work.",
    "T13": "Nasjonal digital karriereveiledningstjeneste = karriereveiledning.no (old name vs new), NAV's part in it and "
           "HK-dir's running of it.",
    "T14": "KD's national quality framework for career guidance and HK-dir's implementation of it.",
    "T15": "Nasjonalt forum for karriereveiledning: KS' and NAV's seats in it.",
    "T16": "HOD's plan Kompetanseløft 2020 and KS' part in it.",
    "T17": "Kompetanseløft 2025 told by KS (twice) and HOD/the government.",
    "T18": "YS' and LO's seats in Nasjonalt fagskoleråd.",
    "T20": "The partssammensatt arbeidsgruppe om digital kompetanse (2017–2018) told by KD, NHO and KS.",
    "T21": "IA-avtalen 2019–2022 told by ASD and Unio (its follow-up of the agreement).",
    "T25": "The national pilot of modular training; Vestland's 2020 row is its participation as a pilot county.",
    "T27": "The 2016–2017 pilot 'Forsøk med fagbrev på jobb' told by LO and YS.",
    "T28": "The tripartite cooperation on competence in the hospitals told by Unio and Spekter.",
    "K1": "Menn i helse: KS' programme (three years) and NAV's recruitment for it.",
}

# Reasons for continuing chains (same reporter, same tiltak, later year)
CONT_REASONS = {
    ("Regjeringen", "T01"): "KBU established 2017, in the 2020 'Videreførte tiltak' table, a permanent committee with a new mandate in 2024.",
    ("Regjeringen", "T09"): "Kompetansepluss 2017 → line in the 2020 continued table → 'Kompetanseprogrammet' 2024, which replaced (merged) both Kompetansepluss schemes.",
    ("Regjeringen", "T13"): "the digital career service 2017 appears in 2020 under its launched name karriereveiledning.no.",
    ("Regjeringen", "T16"): "Kompetanseløft 2020 (2017) in its last plan year (2020 continued table).",
    ("Regjeringen", "T10"): "the 2020 grant for flexible further-education offers, renamed in 2024 with '(tidligere …)'.",
    ("Regjeringen", "T07"): "Bransjeprogram for kompetanseutvikling 2020 → 'Bransjeprogrammene' 2024.",
    ("LO", "T01"): "LO's seat in KBU 2017 → one-line 'videreført uten endringer' 2019 → 2023.",
    ("LO", "T04"): "Samfunnskontrakten 2016–2020 (2017) → one-line continued item 2019 (not the 2023 successor).",
    ("LO", "L1"): "LO's course for tillitsvalgte 2017 → revised with a new digital part and a second delmål (2.1 added) 2019 → digital module 2023.",
    ("LO", "L3"): "Matindustrien 4.0 (2017) → 'Matindustriens kompetanseløft – fase 2' (2019), a new phase with changed title.",
    ("LO", "T07"): "industri/bygg bransjeprogram 2019 → 'Bransjeprogrammene – industri, bygg og elektro' 2023.",
    ("KS", "K1"): "Menn i helse 2018 (the scheme) → 'nasjonal spredning' with delmål 3.3 added 2021 → KS' own part 'KS' rolle i Menn i helse' 2025.",
    ("KS", "K2"): "KS Læring 2018 → longer title 2021.",
    ("KS", "T15"): "KS' seat in Nasjonalt forum for karriereveiledning 2018 → 2021 (owner now HK-dir).",
    ("KS", "T17"): "Kompetanseløft 2025 new in 2021 → 'siste planår' 2025.",
    ("KS", "K3"): "Kommunesektorens arbeidslivsmonitor 2018 → the 2025 round of the same recurring survey.",
    ("KS", "K4"): "Lærlingløftet i kommunesektoren 2021–2022 → 'Lærlingløftet 2025–2027', the same drive with new targets ('videreført').",
    ("Vestland fylkeskommune", "W1"): "Karriere Vestland 2020 → 2023 (delmål 3.3 added) → 2026 template 'Vidareført'.",
    ("Vestland fylkeskommune", "W2"): "Kompetanseforum Vestland 2020 → new mandate 2023 (delmål 2.4 added) → 2026.",
    ("Vestland fylkeskommune", "W3"): "the regional plan: planning work 2020 → adopted plan 2021–2033 in the 2023 table → rolled in 2026.",
    ("Vestland fylkeskommune", "W4"): "Fagbrev på jobb i Vestland 2020 → HP 2.2 'Fagbrev på jobb' 2023 (the county's own offer).",
    ("Vestland fylkeskommune", "W6"): "BIO in Vestland 2023 → 'BIO i Vestland' 2026.",
    ("Vestland fylkeskommune", "W7"): "the county's modular offer after the pilot 2023 → 2026.",
}
