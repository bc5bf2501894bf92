# -*- coding: utf-8 -*-
"""All content of batch match45. make_batch.py renders it."""
D = ['1.1','1.2','1.3','1.4','2.1','2.2','2.3','2.4','2.5','2.6','3.1','3.2','3.3','3.4','3.5','3.6']
OLD = {str(i+1): c for i, c in enumerate(D)}
DTXT = {
 '1.1': 'Etablere et kompetansebehovsutvalg (KBU)',
 '1.2': 'Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle',
 '1.3': 'Sørge for tilgang til karriereveiledning og et helhetlig system for karriereveiledning',
 '1.4': 'Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet',
 '2.1': 'Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken',
 '2.2': 'Styrke kunnskapsgrunnlaget om læring i arbeidslivet',
 '2.3': 'Synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker',
 '2.4': 'Koble kompetansebehov i virksomheter til utdannings- og opplæringstilbydere',
 '2.5': 'Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet',
 '2.6': 'Forenkle godkjenning og vurdering av utenlandsk utdanning',
 '3.1': 'Gi fleksibel opplæring på voksnes premisser',
 '3.2': 'Stimulere til bruk av Kompetanseplussordningene',
 '3.3': 'Benytte opplærings- og kompetansetiltak mer aktivt i arbeidsmarkeds- og integreringspolitikken',
 '3.4': 'Målrette norskopplæring, introduksjonsprogrammet og kvalifiseringstiltak for innvandrere',
 '3.5': 'Styrke og tilpasse NAVs opplæringstilbud for arbeidssøkere',
 '3.6': 'Stimulere til læringsmotivasjon gjennom opplæring i frivillig sektor',
}
DTXT_NN = {
 '1.2': 'Styrkje det regionale folkevalde nivået si kompetansepolitiske rolle',
 '1.3': 'Sikre tilgang til karriererettleiing',
 '1.4': 'Vidareutvikle samarbeidet mellom utdanningstilbydarar og arbeidslivet',
 '2.1': 'Styrkje den digitale kompetansen i arbeidsstyrken',
 '2.3': 'Synleggjere karrieremoglegheitene i yrkesfaga',
 '2.4': 'Kople kompetansebehov i verksemder til tilbydarar av etter- og vidareutdanning',
 '2.5': 'Gjere det enklare å dokumentere kompetanse frå arbeidslivet',
 '3.1': 'Gi fleksibel opplæring på premissane til vaksne',
 '3.3': 'Bruke opplæring meir aktivt i arbeidsmarknads- og integreringspolitikken',
 '3.4': 'Målrette norskopplæring og kvalifisering for innvandrarar',
}
TYPEMAP = {
 'fou': 'FoU', 'forskning og utvikling': 'FoU', 'utredning': 'FoU', 'analyse': 'FoU', 'undersøkelse': 'FoU', 'evaluering': 'FoU',
 'kartlegging': 'FoU', 'følgjeevaluering': 'FoU', 'forsking': 'FoU', 'fou-oppdrag': 'FoU',
 'kurs/utdanning': 'Kurs/utdanning', 'kurs': 'Kurs/utdanning', 'utdanning': 'Kurs/utdanning', 'opplæring': 'Kurs/utdanning',
 'kurs / utdanning': 'Kurs/utdanning', 'opplæringstiltak': 'Kurs/utdanning', 'e-læring': 'Kurs/utdanning', 'kurstilbod': 'Kurs/utdanning',
 'råd/utvalg/nettverk': 'Råd/utvalg/nettverk', 'nettverk': 'Råd/utvalg/nettverk', 'råd': 'Råd/utvalg/nettverk', 'utvalg': 'Råd/utvalg/nettverk',
 'råd / utval / nettverk': 'Råd/utvalg/nettverk', 'utval': 'Råd/utvalg/nettverk', 'rådsarbeid': 'Råd/utvalg/nettverk', 'partnarskap': 'Råd/utvalg/nettverk',
 'forum': 'Råd/utvalg/nettverk', 'utvalgsarbeid': 'Råd/utvalg/nettverk', 'råd/utvalg': 'Råd/utvalg/nettverk', 'representasjon': 'Råd/utvalg/nettverk',
 'prosjekt': 'Prosjekt', 'pilot': 'Prosjekt', 'forsøk': 'Prosjekt', 'program': 'Prosjekt', 'prosjekt/program': 'Prosjekt', 'satsing': 'Prosjekt',
 'informasjon': 'Informasjon', 'info': 'Informasjon', 'kampanje': 'Informasjon', 'informasjonsarbeid': 'Informasjon', 'nettside': 'Informasjon',
 'arrangement': 'Arrangement', 'konferanse': 'Arrangement', 'seminar': 'Arrangement', 'møteplass': 'Arrangement', 'samling': 'Arrangement',
 'tilskudd': 'Annet', 'tilskuddsordning': 'Annet', 'avtale': 'Annet', 'plan': 'Annet', 'ordning': 'Annet', 'tilskotsordning': 'Annet',
 'lov/forskrift': 'Annet', 'oppdrag': 'Annet', 'tenestetilbod': 'Annet', 'tjeneste': 'Annet', 'annet': 'Annet', 'strategi': 'Annet',
 'drift': 'Annet', 'kvalitetsarbeid': 'Annet', 'reform': 'Annet', 'tiltak i nav': 'Annet',
}
def canon_type(p):
    return TYPEMAP[p.strip().lower()]

def R(tid, title, dm, tp, resp, partners, period, desc):
    dm = sorted(set(dm.split())) if dm else []
    if isinstance(partners, str):
        partners = [x for x in partners.split('; ') if x] if partners else []
    return dict(tid=tid, title=title, delmal=dm, tp=tp, type=canon_type(tp), responsible=resp,
                partners=partners, period=period, description=desc)

TILTAK = {}  # id -> short label (README)
def T(tid, label):
    TILTAK[tid] = label

for k, v in [
 ('T01', 'Kompetansebehovsutvalget (KBU)'), ('T02', 'Samarbeidsrådet for yrkesopplæring (SRY)'),
 ('T03', 'Fagbrev på jobb – nasjonal ordning'), ('T04', 'Forsøk med fagbrev på jobb 2016–2017 (pilot)'),
 ('T05', 'Samfunnskontrakten for flere læreplasser 2016–2020'), ('T06', 'Samfunnskontrakt for flere læreplasser og kvalifisert arbeidskraft 2022–2026'),
 ('T07', 'Bransjeprogram for kompetanseutvikling'), ('T08', 'Følgeevaluering av bransjeprogrammene'),
 ('T09', 'Kompetansepluss / Kompetanseprogrammet'), ('T10', 'Nasjonal digital karriereveiledningstjeneste / karriereveiledning.no'),
 ('T11', 'Nasjonalt kvalitetsrammeverk for karriereveiledning'), ('T12', 'Kompetanseløft 2020'), ('T13', 'Kompetanseløft 2025'),
 ('T14', 'Nasjonalt fagskoleråd'), ('T15', 'Ekspertutvalg for etter- og videreutdanning (EVU-utvalget)'),
 ('T16', 'Tilskudd til fleksible videreutdanningstilbud / fleksible utdanningstilbud'), ('T17', 'Nasjonalt forum for karriereveiledning'),
 ('T18', 'Kompetansereformen Lære hele livet'), ('T21', 'Oppdrag om økt bruk av opplæring i NAV'),
 ('T28', 'Tilskudd til studieforbund (voksenopplæringsloven)'), ('T29', 'Yrkesfaglærerløftet'),
]:
    T(k, v)

FILES = []
def F(name, reporter, year, fmt, layout, desc, rows, nn=False, made=None):
    FILES.append(dict(file=name, reporter=reporter, year=year, fmt=fmt, layout=layout, layout_desc=desc,
                      rows=rows, nn=nn, made=made or ('python-docx' if fmt == 'docx' else 'reportlab')))

# ---------------------------------------------------------------- 2017
REG17 = [
 R('T01', 'Etablering av Kompetansebehovsutvalget', '1.1', 'utvalg', 'KD', 'ASD; KMD; NFD; partene i arbeidslivet', '2017–2021',
   'Utvalget ble oppnevnt ved kongelig resolusjon og skal levere sin første rapport i 2018. Utvalget består av forskere, analytikere og representanter for partene.'),
 R('T04', 'Forsøk med fagbrev på jobb', '2.3 2.5', 'forsøk', 'KD', 'Utdanningsdirektoratet; fylkeskommunene; partene i arbeidslivet', '2016–2017',
   'Forsøket prøver ut en ordning der voksne ansatte tar fag- eller svennebrev gjennom arbeidet, med fleksibel opplæring og vurdering av realkompetanse.'),
 R('T05', 'Samfunnskontrakten for flere læreplasser', '1.4 2.3', 'avtale', 'KD', 'KS; LO; NHO; Spekter; Virke; YS; Unio; Akademikerne', '2016–2020',
   'Kontrakten ble fornyet i 2016 og har som mål at alle kvalifiserte søkere skal få læreplass. Partene følger opp måltall for nye lærekontrakter.'),
 R('T09', 'Kompetansepluss arbeid og Kompetansepluss frivillighet', '3.2', 'tilskuddsordning', 'KD', 'Kompetanse Norge; VOFO', 'Løpende',
   'Tilskuddsordningene gir opplæring i lesing, skriving, regning og digitale ferdigheter på arbeidsplassen og i frivillige organisasjoner.'),
 R('T28', 'Tilskudd til studieforbund', '3.6', 'tilskudd', 'KD', 'VOFO; studieforbundene', 'Årlig',
   'Statstilskudd etter voksenopplæringsloven til studieforbundenes kursvirksomhet.'),
 R('T29', 'Yrkesfaglærerløftet', '1.4 2.3', 'program', 'KD', 'fylkeskommunene; partene i arbeidslivet', '2016–2020',
   'Strategi for rekruttering og kompetanseutvikling av yrkesfaglærere, blant annet hospitering i bedrift.'),
 R('T12', 'Kompetanseløft 2020', '2.4 3.1', 'program', 'HOD', 'KS; Helsedirektoratet; fylkesmennene', '2016–2020',
   'Regjeringens plan for rekruttering, kompetanse og fagutvikling i den kommunale helse- og omsorgstjenesten.'),
]
F('2017_Regjeringen_oppfolging.pdf', 'Regjeringen', 2017, 'pdf', 'ministry_notat_pdf_header_grid_department_sections_bold_runin_titles_old_nr_in_sentence_fact_line_after',
  "KD note 'Oppfølging av Nasjonal kompetansepolitisk strategi – status 2017' exported from Word: a Til/Fra/Dato/Saksnr grid, '1 Bakgrunn' (not measures), then sections per ministry (KD, HOD); each measure is one paragraph with a bold run-in title ending in a full stop, the text, and a sentence 'Tiltaket følger opp tiltak nr. … i strategien.' (old numbers only in the sentence); a grey small line 'Form: … – Ansvar: … – Med: … – Tid: …' under it; '3 Videre arbeid' and the 'Kopi til' list are not measures; footer 'Side n'", REG17)

LO17 = [
 R('T01', 'LOs plass i Kompetansebehovsutvalget', '1.1', 'utvalg', 'KD', 'LO', '2017–2021',
   'LO har fast medlem i KBU og spiller inn behov fra LOs forbund.'),
 R('T02', 'Samarbeidsrådet for yrkesopplæring (SRY)', '1.4 2.3', 'råd', 'KD', 'LO; NHO; KS; Spekter; Virke; YS; Unio', 'Løpende',
   'LO har to representanter i SRY, som gir råd om fag- og yrkesopplæringen.'),
 R('T05', 'Samfunnskontrakten for flere læreplasser', '1.4 2.3', 'avtale', 'Partene og KD', '', '2016–2020',
   'LO følger opp kontrakten gjennom forbundene og de faglige rådene.'),
 R('T04', 'Fagbrev på jobb – forsøk', '2.5', 'forsøk', 'KD', 'LO; NHO; Fellesforbundet', '2016–2017',
   'LO deltar i styringsgruppen for forsøket og har bidratt med deltakere fra Fellesforbundet.'),
 R('L1', 'Tillitsvalgtopplæring om kompetanseutvikling', '2.2 2.4', 'kurs', 'LO', 'AOF Norge', '2017–',
   'Kursrekke for tillitsvalgte om hvordan kompetanseutvikling kan tas opp i lokale drøftinger og avtaler.'),
 R('L2', 'LOs undersøkelse om kompetanseutvikling blant medlemmene', '2.2', 'undersøkelse', 'LO', 'Fafo', '2017',
   'Spørreundersøkelse til 3 000 medlemmer om deltakelse i opplæring og behov for etter- og videreutdanning.'),
]
F('2017_LO_styresak.docx', 'LO', 2017, 'docx', 'lo_board_paper_sak_forslag_til_vedtak_table_nr_tiltak_nkps_nr_hvem_sammen_med_naar_form_comments_keyed_by_nr',
  "LO secretariat board paper 'Sak 34/17 Rapportering til Kompetansepolitisk råd' (header 'LO Sekretariatet · Styresak', PAGE footer): 'Forslag til vedtak' and 'Bakgrunn' (not measures), one Word table Nr | Tiltak | NKPS-tiltak nr. | Hvem | Sammen med | Når | Form with old numbers as 'nr. 4, 7'; descriptions in a following list 'Merknader til tiltakene' keyed by the Nr ('Til nr. 3: …'); one row's 'Hvem' is 'Partene og KD' with an empty 'Sammen med'; 'Vedlegg' list at the end is not measures", LO17)

KS17 = [
 R('T02', 'KS i Samarbeidsrådet for yrkesopplæring', '1.4 2.3', 'Rådsarbeid', 'KD', 'KS', 'Løpende',
   'KS representerer kommunesektoren som arbeidsgiver og fylkeskommunene som skoleeiere i SRY.'),
 R('T05', 'Samfunnskontrakten – KS sin oppfølging', '1.4 2.3', 'Avtale', 'KS', 'KD; fylkeskommunene', '2016–2020',
   'KS arbeider for at kommunene tar inn flere lærlinger, blant annet i helsearbeiderfaget og barne- og ungdomsarbeiderfaget.'),
 R('T04', 'Fagbrev på jobb i kommunene (forsøk)', '2.5', 'Forsøk', 'KD', 'KS; Utdanningsdirektoratet; tre kommuner', '2016–2017',
   'KS har mobilisert kommuner til å delta i forsøket med fagbrev på jobb for ufaglærte ansatte.'),
 R('T12', 'KS sin oppfølging av Kompetanseløft 2020', '2.4 3.1', 'Program', 'KS', 'HOD; Helsedirektoratet', '2016–2020',
   'KS støtter kommunene i arbeidet med strategisk kompetanseplanlegging i helse og omsorg.'),
 R('K1', 'KS Læring', '2.1', 'E-læring', 'KS', 'kommunene', '2017–',
   'Nasjonal plattform for e-læring og kompetansedeling for ansatte i kommunesektoren.'),
 R('K2', 'Lærlingkampanjen i kommunal sektor', '2.3', 'Kampanje', 'KS', 'fylkeskommunene; Utdanningsforbundet', 'Vår 2017',
   'Kampanje rettet mot ungdom og kommuner for å synliggjøre læreplasser i kommunene.'),
]
F('2017_KS_rapport.docx', 'KS', 2017, 'docx', 'ks_letterhead_docx_heading2_titles_hva_hvem_med_naar_form_lines_delmaal_only_in_x_matrix_appendix',
  "KS Word report on the KS letterhead template (header 'KS · Kommunesektorens organisasjon', footer with KS' address and 'Side n av m'): 'Innledning', then one Heading 2 per measure with plain label lines 'Hva:' (description), 'Hvem:', 'Med:', 'Når:', 'Form:'; the delmål are NOT in the measure text but in an appendix matrix 'Vedlegg: Tiltakene og strategiens tiltak nr. 1–16' (rows = short measure names, columns 1–16, 'X' marks; the matrix row names are shortened, e.g. 'SRY', 'KS Læring'); an 'Oppsummering' with a count sentence is not a measure", KS17)

# ---------------------------------------------------------------- 2018
SPE18 = [
 R('T02', 'SRY', '1.4 2.3', 'råd', 'KD', 'Spekter', 'Løpende',
   'Spekter har en plass i Samarbeidsrådet for yrkesopplæring og følger særlig helsefagene.'),
 R('S1', 'Møteplass for lærebedrifter i helseforetakene', '2.3', 'møteplass', 'Spekter', 'LO Stat; helseforetakene', 'Høst 2018',
   'Årlig samling der lærebedrifter i spesialisthelsetjenesten deler erfaringer med rekruttering av lærlinger.'),
 R('S2', 'HR-direktørnettverket', '2.4', 'nettverk', 'Spekter', '', 'Løpende',
   'Nettverk for HR-direktører i Spekters medlemsvirksomheter med kompetanseplanlegging som fast tema.'),
 R('S3', 'Lederutvikling for kompetanseplanlegging', '2.2 2.4', 'kurs', 'Spekter', 'BI', '2018–2019',
   'Modulbasert program for ledere som har ansvar for strategisk kompetanseplanlegging.'),
 R('T05', 'Samfunnskontrakten', '1.4 2.3', 'avtale', 'KD', 'Spekter; helseforetakene', '2016–2020',
   'Spekter har bedt alle helseforetak om å øke antallet lærlinger i tråd med kontrakten.'),
]
F('2018_Spekter_epost.pdf', 'Spekter', 2018, 'pdf', 'outlook_email_printout_pdf_bullets_delmaal_in_parentheses_two_measures_one_bullet_quoted_request_with_example',
  "E-mail from Spekter printed from Outlook to PDF: the user's name bar, Fra/Sendt/Til/Kopi/Emne header, a greeting, then bullets '• Title (delmål 2.3): text Ansvar … Med … Type … Tid …' in running prose; ONE bullet holds two measures joined by 'I tillegg:' (S2 and S3); signature block with phone numbers; below '-----Opprinnelig melding-----' the secretariat's request with an example measure 'Eksempel: Kurs i …' (not measures)", SPE18)

NHO18 = [
 R('T01', 'NHO i Kompetansebehovsutvalget', '1.1', 'Utvalg', 'KD', 'NHO', '2017–2021',
   'NHO bidrar med data fra Kompetansebarometeret og innspill fra landsforeningene.'),
 R('T02', 'Samarbeidsrådet for yrkesopplæring', '1.4 2.3', 'Råd', 'KD', 'NHO; LO; KS; Spekter; Virke', 'Løpende',
   'NHO leder arbeidsgiversiden i SRY i perioden.'),
 R('T05', 'Samfunnskontrakt for flere læreplasser (2016–2020)', '1.4 2.3', 'Avtale', 'KD', 'NHO; landsforeningene', '2016–2020',
   'NHO har egne mål for økning i antall lærekontrakter i medlemsbedriftene.'),
 R('T15', 'Referansegruppen til ekspertutvalget for etter- og videreutdanning', '2.2 2.4', 'Utvalg', 'KD', 'NHO; LO; Virke', '2018–2019',
   'NHO er med i referansegruppen som gir innspill til utvalget om finansiering av etter- og videreutdanning.'),
 R('N1', 'NHOs kompetansebarometer', '2.2', 'Undersøkelse', 'NHO', 'NIFU', 'Årlig',
   'Årlig undersøkelse blant medlemsbedriftene om kompetansebehov og rekruttering.'),
 R('N2', 'Kompetanseløft i matindustrien', '2.1 2.4', 'Prosjekt', 'NHO Mat og drikke', 'NNN; Fagskolen Innlandet', '2018–2020',
   'Prosjektet utvikler korte fagskolemoduler for operatører i næringsmiddelindustrien.'),
 R('N3', 'Kampanjen «Yrkesfag – velg fremtiden»', '2.3', 'Kampanje', 'NHO', 'landsforeningene; fylkeskommunene', '2018',
   'Informasjonskampanje i sosiale medier rettet mot elever på ungdomstrinnet og foresatte.'),
]
F('2018_NHO_rapport.docx', 'NHO', 2018, 'docx', 'nho_letterhead_docx_area_h1_numbered_list_bold_titles_delmaal_as_full_wording_italic_then_tab_aligned_facts',
  "NHO Word report from the NHO letterhead template (header logo text + 'Kompetanse og innovasjon', footer 'NHO · Middelthuns gate 27 · Side n'): Heading 1 per hovedinnsatsområde; under each a Word auto-numbered list ('List Number') of bold titles (numbers from numbering.xml, not in the text, continuing 1–7 across the areas); under each title an italic line with the delmål as code + full WORDING ('2.2 Styrke kunnskapsgrunnlaget …'), the text, then tab-aligned label lines 'Type', 'Ansvar', 'Partnere', 'Tid'; area 3 says 'NHO har ingen egne tiltak under dette innsatsområdet' (not a measure)", NHO18)

# ---------------------------------------------------------------- 2019
VOFO19 = [
 R('T28', 'Studieforbundenes kursvirksomhet etter voksenopplæringsloven', '3.6', 'Kurs', 'Studieforbundene', 'VOFO', '2019',
   'Om lag 500 000 deltakere på kurs i studieforbundene; VOFO samordner dokumentasjon og rapportering.'),
 R('T09', 'Kompetansepluss frivillighet', '3.2 3.6', 'Tilskuddsordning', 'Kompetanse Norge', 'VOFO; studieforbundene', '2019',
   'VOFO informerer medlemmene om ordningen og bistår med søknader om opplæring i grunnleggende ferdigheter.'),
 R('O1', 'Voksnes læring-konferansen 2019', '3.6', 'Konferanse', 'VOFO', 'Kompetanse Norge', '14.–15. mai 2019',
   'Nasjonal konferanse om læring i frivillig sektor for ansatte og tillitsvalgte i studieforbundene.'),
 R('O2', 'Regionale VOFO-nettverk', '1.2 3.6', 'Nettverk', 'VOFO', 'fylkeskommunene', 'Løpende',
   'VOFO har regionale ledd som deltar i fylkeskommunenes kompetanseforum.'),
 R('O3', 'Kartlegging av frivillighetens opplæring', '2.2 3.6', 'Kartlegging', 'VOFO', 'Lillehammer-forskning', '2019–2020',
   'Kartlegger omfang og kvalitet i opplæringen som frivillige organisasjoner gir sine medlemmer. Arbeidet går over 2019–2020.'),
]
F('2019_VOFO_skjema.docx', 'VOFO', 2019, 'docx', 'secretariat_form_docx_filled_loosely_one_form_table_per_measure_answers_in_wrong_rows_and_extra_lines',
  "The secretariat's Word form 'Rapportering NKPS 2019' filled in by VOFO: instructions at the top (grey, not measures), then one 2-column form table per measure with the form's labels '1. Navn på tiltaket', '2. Delmål (nr. og tekst)', '3. Ansvarlig', '4. Samarbeidspartnere', '5. Type tiltak', '6. Periode', '7. Kort beskrivelse'; filled in loosely: in one form the partners are written into the 'Ansvarlig' cell after a line break ('Studieforbundene / med VOFO'), in another the period is in the description cell and the Periode cell says 'se beskrivelse'; the empty spare form left at the end ('Tiltak 6') is not a measure", VOFO19)

# ---------------------------------------------------------------- 2020
REG20 = [
 R('T01', 'Kompetansebehovsutvalget (KBU)', '1.1', 'utvalg', 'KD', 'partene i arbeidslivet; forskere', '2017–2023',
   'KBU la fram NOU 2020:2 Fremtidige kompetansebehov III. Utvalgets mandat er forlenget.'),
 R('T03', 'Fagbrev på jobb', '2.5', 'ordning', 'KD', 'fylkeskommunene; partene i arbeidslivet', 'Fra 2019',
   'Forsøket er gjort om til en nasjonal ordning i forskrift til opplæringsloven.'),
 R('T07', 'Bransjeprogrammer for kompetanseutvikling', '2.4', 'program', 'KD', 'ASD; partene i de aktuelle bransjene', '2020–',
   'Trepartsprogram der partene i en bransje definerer behov og universiteter, høyskoler og fagskoler utvikler tilbud.'),
 R('T10', 'Oppdrag om nasjonal digital karriereveiledning', '1.3', 'oppdrag', 'KD', 'Kompetanse Norge', '2020–2021',
   'Kompetanse Norge har fått i oppdrag å etablere en nasjonal digital karriereveiledningstjeneste.'),
 R('T15', 'Ekspertutvalg for etter- og videreutdanning', '2.2 2.4', 'utvalg', 'KD', 'partene i arbeidslivet', '2018–2019',
   'Utvalget leverte NOU 2019:12 Lære hele livet i juni 2019.'),
 R('T16', 'Tilskudd til fleksible videreutdanningstilbud i digital kompetanse', '2.1 3.1', 'tilskudd', 'KD', 'Kompetanse Norge', '2018–2020',
   'Tilskudd til universiteter, høyskoler og fagskoler som utvikler fleksible tilbud i samarbeid med arbeidslivet.'),
 R('T18', 'Kompetansereformen – Lære hele livet', '2.4 3.1', 'reform', 'KD', 'ASD; NFD', '2020–',
   'Meld. St. 14 (2019–2020) legger rammene for reformen.'),
 R('T21', 'Oppdrag til Arbeids- og velferdsdirektoratet om økt bruk av opplæring', '3.3 3.5', 'oppdrag', 'ASD', 'Arbeids- og velferdsdirektoratet', '2020',
   'Tildelingsbrevet ber direktoratet øke bruken av opplæringstiltak for arbeidssøkere.'),
 R('T12', 'Kompetanseløft 2020', '2.4 3.1', 'program', 'HOD', 'KS; Helsedirektoratet', '2016–2020',
   'Planen avsluttes i 2020 og erstattes av en ny plan.'),
 R('T09', 'Kompetansepluss', '3.2', 'tilskuddsordning', 'KD', 'Kompetanse Norge', 'Løpende',
   'Ordningen videreføres; det arbeides med en ny innretning fra 2021.'),
]
F('2020_Regjeringen_oppfolging.docx', 'Regjeringen', 2020, 'docx', 'ministry_docx_oppfolging_one_table_per_department_merged_department_row_delmaal_words_column_departure_col_order',
  "KD's Word document 'Regjeringens oppfølging av NKPS 2020' (header 'Kunnskapsdepartementet', footer date '15.12.2020' and PAGE): short 'Innledning', then ONE table with a full-width merged shaded row per ministry ('Kunnskapsdepartementet', 'Arbeids- og sosialdepartementet', 'Helse- og omsorgsdepartementet') and columns Tiltak | Delmål | Beskrivelse | Periode | Virkemiddel | Ansvar | Med; the Delmål column gives code + words on two lines; the ministry row is NOT the responsible (the Ansvar column is); the landscape table runs over pages with its header row marked to repeat (w:tblHeader); a 'Sum: 10 tiltak' row is not a measure", REG20)

KS20 = [
 R('T01', 'KS deltar i KBU', '1.1', 'Utvalg', 'KD', 'KS', '2017–2023', 'KS har en plass i utvalget og bidrar med data om kommunesektoren.'),
 R('T12', 'Kompetanseløft 2020 – oppfølging i kommunene', '2.4 3.1', 'Program', 'KS', 'HOD; Helsedirektoratet', '2016–2020',
   'Siste år av planen; KS har gitt kommunene verktøy for kompetanseplanlegging.'),
 R('K1', 'KS Læring – digital læringsplattform', '2.1', 'E-læring', 'KS', 'kommunene', 'Løpende',
   'Over 300 kommuner bruker nå plattformen; nye kurs i digital kompetanse.'),
 R('K2', 'Lærlingkampanjen «Bli lærling i kommunen»', '2.3', 'Kampanje', 'KS', 'fylkeskommunene', '2020',
   'Kampanjen er gitt nytt navn og drives nå digitalt.'),
 R('K3', 'Heltidskultur og kompetanse', '2.4', 'Program', 'KS', 'Fagforbundet; NSF', '2020–2023',
   'Program som kobler arbeid med heltid og kompetanseplanlegging i helse og omsorg.'),
 R('T15', 'KS i referansegruppen til EVU-utvalget', '2.2 2.4', 'Utvalg', 'KD', 'KS', '2018–2019',
   'KS ga innspill om kommunesektorens behov for etter- og videreutdanning.'),
 R('T17', 'Nasjonalt forum for karriereveiledning', '1.3', 'Forum', 'Kompetanse Norge', 'KS; NAV; partene', 'Løpende',
   'KS deltar i forumet på vegne av kommunesektoren.'),
]
F('2020_KS_tabell.pdf', 'KS', 2020, 'pdf', 'excel_sheet_printed_to_pdf_gridlines_column_letters_row_numbers_title_rows_wrapped_cells_empty_row_count_formula_row',
  "An Excel sheet 'NKPS 2020' printed to PDF (portrait, fit to width) with gridlines, column letters A–G and row numbers printed: rows 1–3 a title block (title, 'Rapportert av: KS …', date), row 5 the header Delmål | Tiltak | Form | Hvem har ansvar | Hvem er med | Når | Kommentar (the Kommentar column is the description); delmål as '2.4 / 3.1'; long cell texts wrap inside their cells, so titles and comments are broken over several printed lines; an empty row 12 and a row 'Antall tiltak: 7' are not measures; sheet footer 'NKPS 2020 side 1 av 1'", KS20)

VL20 = [
 R('W1', 'Karriere Vestland', '1.3', 'tenestetilbod', 'Vestland fylkeskommune', 'NAV Vestland', 'Løpande',
   'Gratis karriererettleiing for vaksne over 19 år ved fem karrieresenter i fylket.'),
 R('W2', 'Kompetanseforum Vestland', '1.2', 'forum', 'Vestland fylkeskommune', 'NHO Vestland; LO i Vestland; KS Vest; NAV; universiteta og høgskulane', '2020–',
   'Forumet vart skipa etter samanslåinga av Hordaland og Sogn og Fjordane.'),
 R('W3', 'Regional plan for kompetanse og arbeidskraft', '1.2 1.4', 'plan', 'Vestland fylkeskommune', 'Kompetanseforum Vestland', '2020–2021',
   'Planarbeidet er starta; planen skal vedtakast i fylkestinget i 2021.'),
 R('W4', 'Fagbrev på jobb i Vestland', '2.5', 'prosjekt', 'Vestland fylkeskommune', 'opplæringskontora', '2020–2022',
   'Fylkeskommunen gir tilbod om fagbrev på jobb i fem fag og rettleiing til arbeidsgivarar.'),
 R('W5', 'Desentralisert fagskuleutdanning i Sunnfjord', '1.4 3.1', 'utdanning', 'Fagskulen Vestland', 'kommunane i Sunnfjord', '2020–2022',
   'Fagskuletilbod i helse og oppvekst lagt til lokale studiesenter.'),
 R('W6', 'Norskopplæring med arbeidspraksis', '3.4', 'prosjekt', 'Vestland fylkeskommune', 'IMDi Vest; kommunane', '2020',
   'Samarbeid med kommunane om norskopplæring kombinert med praksis for innvandrarar.'),
]
F('2020_Vestland_rapport_nn.docx', 'Vestland fylkeskommune', 2020, 'docx', 'county_nn_docx_first_report_after_merger_numbered_h2_run_label_paragraph_kva_kven_saman_med_kva_tid_delmaal_words_only',
  "Nynorsk Word report from the new Vestland fylkeskommune (header with the county name, footer 'Side n'): 'Innleiing' about the merger (not measures), then Heading 2 titles with typed numbers '2.1', '2.2' … (they look like delmål codes but are section numbers), each followed by ONE paragraph of bold inline labels 'Kva:' text 'Kven:' … 'Saman med:' … 'Kva tid:' … 'Type:' …, and a separate italic line 'Følgjer opp:' giving the delmål ONLY as nynorsk words; '3 Møte vi har delteke i' (list of meetings) is not measures", VL20, nn=True)

# ---------------------------------------------------------------- 2021
LO21 = [
 R('T01', 'Kompetansebehovsutvalget – LO deltar', '1.1', 'utvalg', 'KD', 'LO', '2017–2023', 'LO er fortsatt medlem av utvalget, som nå har fått forlenget mandat.'),
 R('T05', 'Samfunnskontrakten for flere læreplasser – sluttføring', '1.4 2.3', 'avtale', 'KD', 'LO; partene', '2016–2020',
   'Kontraktsperioden er over; LO har bidratt til sluttrapporten og til forhandlingene om en ny kontrakt.'),
 R('T03', 'Fagbrev på jobb', '2.5', 'ordning', 'fylkeskommunene', 'LO; forbundene', 'Løpende', 'LO-forbundene informerer medlemmer om ordningen.'),
 R('T07', 'LOs deltakelse i bransjeprogrammene', '2.4', 'program', 'KD', 'LO; Fellesforbundet; Fagforbundet; EL og IT Forbundet', '2020–',
   'LO-forbund sitter i programrådene for industri og bygg, helse og omsorg og elektro.'),
 R('L1', 'Kompetansekurs for tillitsvalgte – digitalt', '2.2 2.4', 'kurs', 'LO', 'AOF Norge', '2021',
   'Tillitsvalgtopplæringen om kompetanseutvikling er lagt om til nettkurs.'),
 R('L2', 'Medlemsundersøkelse om kompetanse 2021', '2.2', 'undersøkelse', 'LO', 'Fafo', '2021',
   'Ny runde av LOs undersøkelse om medlemmenes deltakelse i opplæring.'),
 R('L3', 'Krav om kompetansereform i tariffoppgjøret', '2.4', 'annet', 'LO', 'forbundene', '2020–2021',
   'LO har fremmet krav om partssammensatte kompetansetiltak i hovedoppgjøret.'),
]
F('2021_LO_rapport.pdf', 'LO', 2021, 'pdf', 'union_word_export_pdf_two_heading_levels_status_groups_nye_videreforte_avsluttede_facts_as_semicolon_sentence',
  "LO report exported from Word to PDF (header 'LO · Landsorganisasjonen i Norge', footer 'Rapport NKPS 2021 – side n'): 'Om rapporten', then measures grouped under the headings 'Videreførte tiltak', 'Nye tiltak' and 'Avsluttede tiltak'; each a bold title, the text, and ONE sentence giving the facts ('Delmål 2.4; form: program; ansvar: KD; med: …; periode: 2020–.'); the status headings are LO's own grouping; 'Kontaktpersoner' box is not a measure", LO21)

NHO21 = [
 R('T03', 'Fagbrev på jobb – ordningen', '2.5', 'Ordning', 'fylkeskommunene', 'NHO; landsforeningene', 'Løpende', 'NHO har laget en veileder for bedrifter som vil bruke ordningen.'),
 R('T07', 'Bransjeprogram for industri og bygg', '2.4', 'Program', 'KD', 'NHO; Fellesforbundet; Norsk Industri; BNL', '2020–2022',
   'NHO er part i programrådet som prioriterer tilbud for ansatte i industri og bygg.'),
 R('T14', 'Nasjonalt fagskoleråd', '1.4', 'Råd', 'KD', 'NHO; LO; Unio; KS; fagskolene', '2021–',
   'NHO har en plass i det nye rådet som skal styrke fagskolesektoren.'),
 R('N1', 'Kompetansebarometeret 2021', '2.2', 'Undersøkelse', 'NHO', 'NIFU', '2021', 'Resultatene viser at seks av ti bedrifter har udekket kompetansebehov.'),
 R('N2', 'Matindustriens kompetanseløft – fase 2', '2.1 2.4', 'Prosjekt', 'NHO Mat og drikke', 'NNN; fagskolene', '2021–2023',
   'Fase 2 utvider tilbudet til flere regioner og tar inn digitale moduler.'),
 R('N3', 'Kampanjen «Fagarbeider – for fremtida»', '2.3', 'Kampanje', 'NHO', 'landsforeningene', '2021',
   'Kampanjen fra 2018 er fornyet med nytt navn og nye filmer.'),
 R('N4', 'Digitalt kompetanseløft for SMB', '2.1', 'Prosjekt', 'NHO', 'Innovasjon Norge; fagskolene', '2021–2022',
   'Korte digitale kurs for ledere og ansatte i små og mellomstore bedrifter.'),
]
F('2021_NHO_nettside.pdf', 'NHO', 2021, 'pdf', 'web_page_printed_from_browser_pdf_url_date_header_breadcrumb_cookie_banner_h2_titles_definition_list_facts_related_links',
  "NHO web page 'Slik følger NHO opp kompetansestrategien' printed from a browser to PDF: the browser's date/title header and URL + 'n/3' footer on every page, site menu and breadcrumb, a cookie banner text at the top, an ingress, then per measure an H2 title, the text and a definition list (Delmål / Tiltakstype / Eier / Partnere / Tidsrom) as two small columns; a 'Les også' box with links and the site footer (address, social links) are not measures; one measure breaks over the page so its definition list starts on the next page", NHO21)

HK21 = [
 R('T10', 'karriereveiledning.no – nasjonal digital karriereveiledning', '1.3', 'tjeneste', 'HK-dir', 'KD; fylkeskommunene', '2020–',
   'Tjenesten ble lansert i 2020 med chat, telefon og nettressurser.'),
 R('T11', 'Nasjonalt kvalitetsrammeverk for karriereveiledning', '1.3', 'kvalitetsarbeid', 'HK-dir', 'karrieresentrene; NAV', '2019–',
   'Rammeverket tas i bruk i fylkene; HK-dir tilbyr opplæring for veiledere.'),
 R('T16', 'Tilskuddsordning for fleksible utdanningstilbud (tidligere fleksible videreutdanningstilbud i digital kompetanse)', '2.1 2.4 3.1', 'tilskuddsordning', 'HK-dir', 'KD', '2021',
   'Ordningen er utvidet fra digital kompetanse til flere fagområder.'),
 R('T09', 'Kompetanseprogrammet', '3.2', 'tilskuddsordning', 'HK-dir', 'KD; VOFO; partene', '2021–',
   'Kompetansepluss arbeid og frivillighet er slått sammen og fornyet.'),
 R('T01', 'Sekretariat for Kompetansebehovsutvalget', '1.1', 'utvalg', 'HK-dir', 'KD', '2021–', 'HK-dir er sekretariat for KBU.'),
 R('T17', 'Nasjonalt forum for karriereveiledning', '1.3', 'forum', 'HK-dir', 'KS; NAV; partene', 'Løpende', 'HK-dir leder forumet.'),
 R('T07', 'Forvaltning av bransjeprogrammene', '2.4', 'program', 'HK-dir', 'KD; partene', '2021–', 'HK-dir lyser ut midler og følger opp tilbyderne i bransjeprogrammene.'),
 R('H1', 'Kartlegging av voksnes deltakelse i etter- og videreutdanning', '2.2', 'analyse', 'HK-dir', 'SSB', '2021–2022',
   'Nasjonal kartlegging av hvem som deltar i EVU og hvilke barrierer voksne møter.'),
]
F('2021_HKdir_rapport.docx', 'HK-dir', 2021, 'docx', 'directorate_first_report_docx_cover_toc_field_area_chapters_h3_title_definition_table_eier_maal_kategori_videreforte_list',
  "First report from the new HK-dir (Word: cover page, cached TOC field listing the chapters, header 'HK-dir', footer 'Side n'): 'Om HK-dir' (not measures), chapters per hovedinnsatsområde with Heading 3 titles, the text and under it a borderless two-row table with the labels on top (Mål i strategien | Kategori | Eier | Samarbeid | Tid) and values below; the last measure of chapter 1 is given only as a line in a list 'Videreført fra Kompetanse Norge uten endring:' with facts in brackets (two lines: the forum and the KBU secretariat); a 'Tabell 1 Tiltak per område' count table is not measures", HK21)

NAV21 = [
 R('T21', 'Økt bruk av opplæringstiltak i NAV', '3.3 3.5', 'tiltak i NAV', 'Arbeids- og velferdsdirektoratet', 'NAV-kontorene; fylkeskommunene', '2020–2021',
   'NAV har fulgt opp oppdraget i tildelingsbrevet med flere plasser i arbeidsmarkedsopplæring og studier med dagpenger.'),
 R('T17', 'NAVs deltakelse i Nasjonalt forum for karriereveiledning', '1.3', 'forum', 'HK-dir', 'NAV', 'Løpende', 'NAV deltar i forumet med to representanter.'),
 R('V1', 'Fagbrev for arbeidssøkere – pilot', '2.5 3.5', 'pilot', 'NAV Innlandet', 'Innlandet fylkeskommune; opplæringskontor', '2021–2022',
   'Arbeidssøkere tar fagbrev som kombinerer opplæring i bedrift og skole, med ytelser fra NAV.'),
 R('V2', 'Digital kompetanse for arbeidssøkere', '2.1 3.5', 'kurs', 'NAV', 'Kompetanse Norge', '2021',
   'Korte kurs i digitale ferdigheter for arbeidssøkere som mangler grunnleggende digital kompetanse.'),
 R('V3', 'Veiledning om utdanning på NAV-kontor', '1.3 3.3', 'annet', 'NAV', 'karrieresentrene', 'Løpende',
   'NAV-veiledere henviser brukere med behov for karriereveiledning til fylkenes karrieresentre.'),
]
F('2021_NAV_notat.pdf', 'NAV', 2021, 'pdf', 'agency_memo_pdf_notat_grid_arkivsak_numbered_points_sub_letters_a_to_e_fields_and_eget_avsnitt_delmaal_at_end',
  "Internal-style memo from Arbeids- og velferdsdirektoratet exported to PDF: header grid (Til / Fra / Saksbehandler / Dato / Arkivsak), a short 'Sammendrag', then numbered points '1.'–'5.' each a bold title followed by sub-points 'a) Innhold' (description), 'b) Ansvar', 'c) Samarbeid', 'd) Tidsrom', 'e) Virkemiddel'; the delmål are NOT in the points but in a closing paragraph 'Kobling til strategien' that names them in one sentence per point ('Punkt 1 følger opp delmål 3.3 og 3.5.' …); 'Saksbehandler' and the distribution list are not measures", NAV21)

# ---------------------------------------------------------------- 2022
IN22 = [
 R('I1', 'Kompetansestrategi for Innlandet 2022–2025', '1.2 1.4', 'strategi', 'Innlandet fylkeskommune', 'NAV Innlandet; NHO Innlandet; LO Innlandet; KS', '2022–2025',
   'Strategien ble vedtatt av fylkestinget i juni 2022.'),
 R('I2', 'Karriere Innlandet', '1.3', 'tjeneste', 'Innlandet fylkeskommune', 'NAV Innlandet', 'Løpende', 'Karrieresentrene i Hamar og Lillehammer er slått sammen med to mindre kontorer.'),
 R('I3', 'Kompetanseforum Innlandet', '1.2', 'forum', 'Innlandet fylkeskommune', 'partene; NAV; Høgskolen i Innlandet', 'Løpende', 'Forumet møtes fire ganger i året.'),
 R('I4', 'Fagbrev for voksne i Innlandet', '2.5 3.1', 'prosjekt', 'Innlandet fylkeskommune', 'NAV Innlandet; opplæringskontorene', '2022–2024',
   'Fylkeskommunens eget tilbud om fagbrev for voksne med realkompetansevurdering.'),
 R('I5', 'Desentraliserte studietilbud i Innlandet', '1.4 3.1', 'utdanning', 'Innlandet fylkeskommune', 'Høgskolen i Innlandet; studiesentrene', '2022–',
   'Tilskudd til studiesentre som tilbyr desentraliserte studier.'),
 R('I6', 'Kompetanseprogrammet i Innlandet', '3.2', 'informasjon', 'Innlandet fylkeskommune', 'HK-dir; VOFO Innlandet', '2022',
   'Fylkeskommunen har informert virksomheter om Kompetanseprogrammet og hjulpet dem med søknader.'),
]
F('2022_Innlandet_arsrapport.docx', 'Innlandet fylkeskommune', 2022, 'docx', 'county_annual_report_chapter_docx_running_text_with_measures_in_grey_sidebar_table_and_key_figures',
  "Chapter '5 Kompetanse og arbeidsliv' of Innlandet fylkeskommune's Word annual report 2022 (chapter header, 'Årsrapport 2022 | n' footer): running text about the labour market and key figures ('Nøkkeltall' table, not measures), with the NKPS measures gathered in a grey full-width table 'NKPS-tiltak 2022' whose rows are Tiltak (bold title + description in one cell) | NKPS (codes as 'delmål 1.2, 1.4') | Ansvar / med (one cell: owner, line break, 'Med: …') | Type | Tid; one measure is split across two table rows (its description continues in an otherwise empty row below); a 'Planlagt 2023' paragraph is not measures", IN22)

# ---------------------------------------------------------------- 2023
REG23 = [
 R('T01', 'KBU – nytt mandat fra 2023', '1.1', 'utvalg', 'KD', 'partene; forskere; HK-dir', '2023–2027', 'Utvalget er videreført med nytt mandat og ny sammensetning.'),
 R('T03', 'Fagbrev på jobb', '2.5', 'ordning', 'KD', 'fylkeskommunene', 'Løpende', 'Ordningen videreføres; flere fag er tatt inn.'),
 R('T06', 'Samfunnskontrakt for flere læreplasser og kvalifisert arbeidskraft', '1.4 2.3', 'avtale', 'KD', 'partene i arbeidslivet; KS', '2022–2026',
   'Ny kontrakt inngått i 2022 med mål om flere læreplasser og bedre kvalifisering av voksne.'),
 R('T07', 'Bransjeprogrammene', '2.4', 'program', 'KD', 'ASD; partene', '2020–2025', 'Programmene er utvidet til flere bransjer.'),
 R('T08', 'Oppdragsbrev til HK-dir om evaluering av bransjeprogrammene', '2.2 2.4', 'oppdrag', 'KD', 'HK-dir', '2023–2025',
   'HK-dir skal lyse ut en følgeevaluering av bransjeprogrammene.'),
 R('T09', 'Kompetanseprogrammet', '3.2', 'tilskuddsordning', 'KD', 'HK-dir', 'Løpende', 'Ordningen er styrket med 50 millioner kroner.'),
 R('T13', 'Kompetanseløft 2025', '2.4 3.1', 'program', 'HOD', 'KS; Helsedirektoratet', '2021–2025', 'Oppfølgeren av Kompetanseløft 2020.'),
 R('T18', 'Kompetansereformen Lære hele livet', '2.4 3.1', 'reform', 'KD', 'ASD; NFD', '2020–', 'Reformen videreføres gjennom bransjeprogram og fleksible tilbud.'),
 R('T28', 'Tilskudd til studieforbund – ny tilskuddsmodell', '3.6', 'tilskudd', 'KD', 'VOFO; studieforbundene', '2023–',
   'Tilskuddet til studieforbundene gis etter ny modell fra 2023.'),
]
F('2023_Regjeringen_oppfolging.pdf', 'Regjeringen', 2023, 'pdf', 'ministry_pdf_oppfolgingsnotat_status_table_new_continued_ended_columns_title_and_text_separate_fact_table_by_letter',
  "KD's 'Oppfølging av NKPS – status 2023' exported from Word: an introduction and a status table A–I (Tiltak | Status: 'Videreført', 'Nytt', 'Endret') – a summary, not the measures themselves; then per letter 'A Title' a short paragraph, and at the end a separate fact table keyed by letter (Bokstav | Delmål | Virkemiddel | Ansvar | Samarbeid | Periode); the ministry's status words are its own (one 'Nytt' is a successor agreement, one 'Endret' a continued measure); footnote about the budget figure; footer 'Side n av m'", REG23)

VL23 = [
 R('W1', 'Karriere Vestland – nye avdelingar', '1.3', 'tenestetilbod', 'Vestland fylkeskommune', 'NAV Vestland; kommunane', 'Løpande',
   'Karriere Vestland har opna to nye avdelingar i Sogndal og Stord.'),
 R('W2', 'Kompetansepartnarskapet i Vestland (tidlegare Kompetanseforum Vestland)', '1.2 1.4', 'partnarskap', 'Vestland fylkeskommune', 'partane i arbeidslivet; NAV; UH-sektoren', 'Løpande',
   'Forumet har fått nytt namn og eit arbeidsutval.'),
 R('W3', 'Regional plan for kompetanse og arbeidskraft 2021–2025 – handlingsprogram', '1.2 1.4', 'plan', 'Vestland fylkeskommune', 'Kompetansepartnarskapet', '2021–2025',
   'Handlingsprogrammet for 2023 har 24 tiltak.'),
 R('W4', 'Fagbrev på jobb i Vestland', '2.5 3.1', 'prosjekt', 'Vestland fylkeskommune', 'opplæringskontora; NAV Vestland', '2020–2024',
   'Tilbodet er utvida med tre fag; delmål 3.1 er lagt til.'),
 R('W7', 'Vestlandsløftet – opplæring for tilsette i industrien', '2.1 2.4', 'kurs', 'Vestland fylkeskommune', 'Norsk Industri Vest; Fagskulen Vestland', '2023–2024',
   'Korte modular i automasjon og digitalisering for tilsette i industribedrifter.'),
 R('W5', 'Desentralisert fagskuleutdanning', '1.4 3.1', 'utdanning', 'Fagskulen Vestland', 'kommunane', '2020–2024', 'Tilbodet er utvida frå Sunnfjord til Nordfjord og Hardanger.'),
]
F('2023_Vestland_arsmelding_nn.pdf', 'Vestland fylkeskommune', 2023, 'pdf', 'county_arsmelding_nn_pdf_two_column_page_chapter_with_numbered_tiltak_list_and_delmaal_margin_column',
  "Nynorsk chapter 'Kompetanse' of Vestland fylkeskommune's Årsmelding 2023 exported to PDF in two text columns: running text and a 'Tal og fakta' box (not measures); the measures are a numbered list 'Tiltak 1–6' flowing across the two columns, each bold title, text and a line 'Ansvarleg … | Med … | Type … | Periode …'; the delmål are in a narrow separate table 'Tiltak og delmål i NKPS' at the end of the chapter (Tiltak nr. | Delmål) with codes; one measure flows from the bottom of the left column to the top of the right one; '6.1 Arbeidsmarknaden' and '6.3 Vegen vidare' are not measures", VL23, nn=True)

HK23 = [
 R('T10', 'Drift og videreutvikling av karriereveiledning.no', '1.3', 'drift', 'HK-dir', 'KD', 'Løpende', 'Chat- og telefontjenesten er utvidet med kveldsåpent.'),
 R('T11', 'Kvalitetsrammeverket for karriereveiledning – implementering', '1.3', 'kvalitetsarbeid', 'HK-dir', 'fylkeskommunene; NAV', '2023',
   'Nytt kompetansemål for veiledere og digitale kurs.'),
 R('T16', 'Fleksible utdanningstilbud – tilskuddsordningen', '2.4 3.1', 'tilskuddsordning', 'HK-dir', 'KD; fagskolene; UH', '2023', '37 nye tilbud fikk tilskudd.'),
 R('T09', 'Kompetanseprogrammet', '3.2 3.6', 'tilskuddsordning', 'HK-dir', 'VOFO; partene', 'Løpende', 'Rekordmange søknader fra frivillige organisasjoner.'),
 R('H1', 'Voksnes deltakelse i EVU – kartlegging, del 2', '2.2', 'analyse', 'HK-dir', 'SSB; NIFU', '2023', 'Andre del ser på deltakelse etter næring og region.'),
 R('H2', 'Regionale kompetansebehov – analyser for fylkene', '1.1 1.2', 'analyse', 'HK-dir', 'fylkeskommunene', '2023–2024',
   'HK-dir utarbeider regionale analyser av kompetansebehov i samarbeid med fylkene.'),
]
F('2023_HKdir_rapport.pdf', 'HK-dir', 2023, 'pdf', 'directorate_pdf_landscape_single_table_eier_first_column_order_codes_joined_by_middot_repeated_header_category_legend',
  "HK-dir report exported to PDF in landscape: a title and one sentence, then ONE table starting low on page 1 and running over to page 2 with columns in an unusual order Eier | Tiltak | Beskrivelse | Mål (NKPS) | Kategori | Partnere | Tidsrom; the header row is repeated on page 2; titles and descriptions wrap inside narrow cells; delmål as codes joined by ' · '; HK-dir's own category words (drift, kvalitetsarbeid, tilskuddsordning, analyse); a 'Totalt 6 tiltak' line and a 'Forklaring' legend of the category words are not measures; footer 'HK-dir · Rapport 2023 · side n'", HK23)

# ---------------------------------------------------------------- 2024
NHO24 = [
 R('T01', 'Kompetansebehovsutvalget', '1.1', 'Utvalg', 'KD', 'NHO', '2023–2027', 'NHO sitter i det nye utvalget.'),
 R('T06', 'Samfunnskontrakten for kvalifisert arbeidskraft', '1.4 2.3', 'Avtale', 'KD', 'NHO; LO; KS; de andre partene', '2022–2026',
   'NHO følger opp måltallene for lærlinger i medlemsbedriftene.'),
 R('T07', 'Bransjeprogram (videreført)', '2.4', 'Program', 'KD', 'NHO; landsforeningene', '2020–2025', 'NHO deltar i programrådene for industri, bygg og reiseliv.'),
 R('N1', 'NHOs kompetansebarometer – nytt format', '2.2', 'Undersøkelse', 'NHO', 'NIFU', '2024', 'Barometeret har fått et kortere skjema og egne regionrapporter.'),
 R('N2', 'Kompetanseprogrammet for mat- og drikkeindustrien', '2.1 2.4 2.5', 'Prosjekt', 'NHO Mat og drikke', 'NNN; fagskolene; HK-dir', '2024–2026',
   'Videreføring av Matindustriens kompetanseløft; modulene kan nå gi fagbrev.'),
 R('N4', 'Digitalt kompetanseløft for små og mellomstore bedrifter (fase 2)', '2.1 2.4', 'Prosjekt', 'NHO', 'Innovasjon Norge', '2023–2025',
   'Andre fase retter seg mot bedrifter utenfor de store byene.'),
 R('T14', 'Nasjonalt fagskoleråd', '1.4', 'Råd', 'KD', 'NHO', 'Løpende', 'NHO fortsetter i rådet.'),
]
F('2024_NHO_rapport.docx', 'NHO', 2024, 'docx', 'nho_docx_intro_then_single_landscape_section_table_merged_area_cells_vertical_text_title_cell_bold_plus_text',
  "NHO Word report: portrait intro ('Sammendrag', a small count table 'Tiltak per innsatsområde' – not measures), then a LANDSCAPE section holding one table with columns Område | Tiltak | Mål | Type | Ansvar | Med | Periode: the Område cell is vertically merged over the rows of each area with rotated text (w:textDirection btLr); the Tiltak cell holds the bold title and the description as a second paragraph; 'Mål' as codes 'delmål 2.1, 2.4 og 2.5'; back to portrait for 'Avsluttet / ikke videreført' (a bullet naming the ended campaign, not a measure); header 'NHO', footer 'Side n'", NHO24)

KS24 = [
 R('T06', 'Samfunnskontrakten for kvalifisert arbeidskraft 2022–2026', '1.4 2.3', 'Avtale', 'KD', 'KS; partene', '2022–2026', 'KS følger opp kommunenes lærlinginntak og voksnes fagbrev.'),
 R('T13', 'Kompetanseløft 2025', '2.4 3.1', 'Program', 'HOD', 'KS; Helsedirektoratet', '2021–2025', 'KS bistår kommunene med strategisk kompetanseplanlegging.'),
 R('K1', 'KS Læring – ny plattform', '2.1', 'E-læring', 'KS', 'kommunene', '2024–', 'Plattformen er flyttet til ny løsning med kursbibliotek.'),
 R('K2', 'Bli lærling i kommunen', '2.3', 'Kampanje', 'KS', 'fylkeskommunene', '2024', 'Kampanjen ble gjennomført i februar.'),
 R('K3', 'Heltidskultur og kompetanse', '2.4 2.5', 'Program', 'KS', 'Fagforbundet; NSF; Delta', '2020–2025', 'Programmet er forlenget; nytt delmål 2.5 om dokumentasjon av kompetanse.'),
 R('K4', 'Kompetansepakker for ansatte i barnehage og skole', '2.1 2.4', 'Kurs', 'KS', 'Udir', '2024', 'Nettbaserte kompetansepakker i digital dømmekraft.'),
]
KS24[2]['type'] = 'Annet'   # the form ticks 'Annet:' and writes 'E-læring' on its line
F('2024_KS_skjema.pdf', 'KS', 2024, 'pdf', 'pdf_fillable_form_flattened_acroform_boxes_one_page_per_measure_checkbox_grid_for_16_delmaal_and_6_types',
  "The secretariat's PDF form filled in by KS and flattened: one page per measure with boxed fields (Navn på tiltak, Kort beskrivelse, Ansvarlig virksomhet, Samarbeidspartnere, Tidsrom) and two checkbox grids: 16 boxes 1.1–3.6 for delmål (ticked with 'X') and six type boxes plus 'Annet: ____'; KS' own words (Program) are ticked as the nearest box, while 'Avtale' and 'E-læring' are written on the 'Annet' line; page 1 is the filled-in cover ('Organisasjon: KS · Kontaktperson …', not a measure); the form's own footer 'Skjema NKPS-R 2024' on every page", KS24)

# ---------------------------------------------------------------- 2025
LO25 = [
 R('T06', 'Ny samfunnskontrakt (2022–2026)', '1.4 2.3', 'avtale', 'KD', 'LO; partene', '2022–2026', 'LO har egne mål for lærlinger i offentlig sektor i den nye kontrakten.'),
 R('T07', 'Bransjeprogrammene', '2.4', 'program', 'KD', 'LO-forbundene', '2020–2025', 'Siste år før evaluering.'),
 R('L1', 'Kompetansekurs for tillitsvalgte – grunnkurs', '2.2 2.4', 'kurs', 'LO', 'AOF Norge', '2025', 'Grunnkurset går som nettkurs med en samling.'),
 R('L4', 'Kompetansekurs for tillitsvalgte – fordypning i kompetanseavtaler', '2.4', 'kurs', 'LO', 'AOF Norge; Fafo', '2025', 'Nytt fordypningskurs om å forhandle kompetanseavtaler lokalt.'),
 R('L2', 'Medlemsundersøkelse om kompetanse', '2.2', 'undersøkelse', 'LO', 'Fafo', '2025', 'Fjerde runde av undersøkelsen.'),
 R('T14', 'LOs representasjon i Nasjonalt fagskoleråd', '1.4', 'råd', 'KD', 'LO', 'Løpende', 'LO har to medlemmer i rådet.'),
 R('T01', 'KBU', '1.1', 'utvalg', 'KD', 'LO', '2023–2027', 'LO deltar i utvalget.'),
 R('T02', 'SRY', '1.4 2.3', 'råd', 'KD', 'LO', 'Løpende', 'LO leder arbeidstakersiden.'),
]
F('2025_LO_rapport.docx', 'LO', 2025, 'docx', 'lo_docx_new_measures_with_heading_and_label_table_continued_measures_as_compact_bulleted_list_with_bracket_facts',
  "LO Word report (LO header, 'Side n av m' footer): 'Innledning'; '1 Nye og endrede tiltak' with a Heading 2 per measure and a 2-column label table (Delmål | Type | Ansvarlig | Samarbeid | Tidspunkt) followed by the text; '2 Videreførte tiltak' is a compact bullet list, one line per measure 'Title – text [delmål; type; ansvar; med; periode]'; the split of the tillitsvalgt course into 'grunnkurs' and 'fordypning' sits in part 1; '3 Møter og høringer' (list of meetings and hearings) is not measures", LO25)

HK25 = [
 R('T08', 'Følgeevaluering av bransjeprogrammene', '2.2 2.4', 'evaluering', 'HK-dir', 'Oslo Economics; NIFU', '2024–2026', 'Evalueringen er lyst ut og tildelt; første delrapport kom i 2025.'),
 R('T07', 'Forvaltning av bransjeprogrammene', '2.4', 'program', 'HK-dir', 'KD; partene', 'Løpende', 'Nye programmer for reiseliv og landbruk.'),
 R('T09', 'Kompetanseprogrammet – grunnleggende ferdigheter', '3.2 3.6', 'tilskuddsordning', 'HK-dir', 'VOFO; partene', 'Løpende', 'Tilskudd til opplæring i grunnleggende ferdigheter.'),
 R('T10', 'karriereveiledning.no', '1.3', 'drift', 'HK-dir', 'KD', 'Løpende', 'Tjenesten har 1,2 millioner besøk i året.'),
 R('T16', 'Tilskuddsordning for fleksible utdanningstilbud', '2.4 3.1', 'tilskuddsordning', 'HK-dir', 'KD', '2025', 'Ordningen prioriterer fagskoletilbud.'),
 R('H2', 'Regionale analyser av kompetansebehov', '1.1 1.2', 'analyse', 'HK-dir', 'fylkeskommunene', '2023–2025', 'Alle fylker har fått egen analyse.'),
 R('H3', 'Evaluering av Kompetanseprogrammet', '2.2 3.2', 'evaluering', 'HK-dir', 'Proba samfunnsanalyse', '2025', 'Evaluerer om programmet når voksne med svake ferdigheter. Evalueringen følger opp delmål 2.2 og 3.2.'),
]
F('2025_HKdir_rapport.docx', 'HK-dir', 2025, 'docx', 'directorate_docx_numbered_measures_with_word_footnotes_for_delmaal_and_partners_and_endnote_period',
  "HK-dir Word report (header 'HK-dir', footer 'Rapport 2025 · side n'): 'Sammendrag', 'Tiltak' with a Heading 2 title and one paragraph of text per measure, then a small two-column fact table with the VALUE on the left and the field name (grey italic, shaded) on the RIGHT ('1.3 | Delmål', 'drift | Kategori' …); the last measure's table has no Delmål row – its delmål are only in the last sentence of its text; 'Tabell: Oversikt over tiltak per delmål' (counts) and 'Vedlegg: Ordliste' are not measures", HK25)

# ---------------------------------------------------------------- 2026
VL26 = [
 R('W1', 'Karriere Vestland', '1.3', 'tenestetilbod', 'Vestland fylkeskommune', 'NAV Vestland', 'Løpande', 'Karrieresentera har fått eige tilbod for tilsette i omstilling.'),
 R('W2', 'Kompetansepartnarskapet i Vestland', '1.2 1.4', 'partnarskap', 'Vestland fylkeskommune', 'partane; NAV; UH-sektoren', 'Løpande', 'Partnarskapet har rullert mandatet.'),
 R('W8', 'Regional plan for kompetanse og arbeidskraft 2026–2030', '1.2 1.4', 'plan', 'Vestland fylkeskommune', 'Kompetansepartnarskapet', '2026–2030',
   'Ny regional plan med nytt handlingsprogram; vedteken i desember 2025.'),
 R('W7', 'Vestlandsløftet', '2.1 2.4', 'kurs', 'Vestland fylkeskommune', 'Norsk Industri Vest; Fagskulen Vestland; LO i Vestland', '2025–2027',
   'Opplæringa for industritilsette er vidareført i ein ny periode og utvida med LO som partnar.'),
 R('W9', 'Fagbrev for vaksne i Vestland', '2.5 3.1', 'kurstilbod', 'Vestland fylkeskommune', 'NAV Vestland; opplæringskontora', '2026–',
   'Nytt samla tilbod om fagbrev for vaksne etter ny opplæringslov; erstattar fleire tidlegare tilbod.'),
 R('T06', 'Samfunnskontrakten i Vestland', '1.4 2.3', 'avtale', 'Vestland fylkeskommune', 'partane i Vestland', '2022–2026',
   'Fylkeskommunen sin del av samfunnskontrakten: regionale mål for læreplassar.'),
]
F('2026_Vestland_rapport_nn.pdf', 'Vestland fylkeskommune', 2026, 'pdf', 'county_nn_pdf_board_case_saksframlegg_with_vedlegg_table_tiltak_ansvarleg_first_and_delmaal_codes_with_nn_words',
  "Nynorsk 'Saksframlegg' to the county's committee exported to PDF: the case header grid (Saksnr, Utval, Møtedato), 'Forslag til vedtak', 'Samandrag' and 'Vurdering' (not measures), then 'Vedlegg 1 Rapport NKPS 2026': a table Ansvarleg | Tiltak | Delmål i NKPS | Type | Samarbeid | Tidsrom, then the descriptions in a numbered list 'Om tiltaka' keyed by the row order; delmål as code plus nynorsk words in brackets; the committee's voting lines are not measures", VL26, nn=True)

NEAR_MISS_GROUPS = [
 ('unions\' and employers\' own member surveys and barometers, and HK-dir\'s national mapping', ['L2', 'N1', 'H1', 'O3']),
 ('counties\' own plans/strategies (two counties, old vs new period)', ['W3', 'W8', 'I1']),
 ('counties\' own competence forums and VOFO\'s regional network', ['W2', 'I3', 'O2']),
 ('career guidance: two county centres, NAV\'s guidance and the national digital service', ['W1', 'I2', 'V3', 'T10']),
 ('fagbrev: pilot vs national scheme vs county schemes vs NAV pilot', ['T03', 'T04', 'W4', 'W9', 'I4', 'V1']),
 ('old vs new samfunnskontrakt', ['T05', 'T06']),
 ('bransjeprogram vs its evaluation', ['T07', 'T08']),
 ('Kompetansepluss/Kompetanseprogrammet vs its evaluation vs the county information roll-out', ['T09', 'H3', 'I6']),
 ('Kompetanseløft 2020 vs successor Kompetanseløft 2025', ['T12', 'T13']),
 ('LO\'s two tillitsvalgt courses', ['L1', 'L4']),
 ('flexible / decentralised education offers', ['T16', 'W5', 'I5']),
 ('EVU committee vs the reform vs HK-dir\'s mapping', ['T15', 'T18', 'H1']),
 ('NHO\'s and KS\' campaigns for vocational choice', ['N3', 'K2']),
 ('Spekter\'s meeting place vs its HR network vs HR leadership course', ['S1', 'S2', 'S3']),
 ('VOFO conference vs studieforbund grant', ['O1', 'T28']),
 ('assignment to NAV vs NAV\'s digital course vs AMO-like county norsk project', ['T21', 'V2', 'W6']),
]

# ---------------------------------------------------------------- README reasons
WHY_SAME = {
 'T01': 'KBU is one body: a member\'s seat ("LOs plass i", "NHO i", "KS deltar i"), the ministry\'s establishment and new mandate, HK-dir\'s secretariat and the bare acronym "KBU" all report the same committee.',
 'T02': 'SRY is one council; "KS i …", "SRY" and the full name are members\' seats in it.',
 'T03': 'The national Fagbrev på jobb scheme (in regulations from 2019) as reported by the ministry, LO and NHO ("– ordningen").',
 'T04': 'The 2016–2017 pilot, reported by KD, by LO (steering group) and by KS (mobilising municipalities) – same pilot, three viewpoints.',
 'T05': 'The 2016–2020 Samfunnskontrakt: the same agreement by KD, LO, KS, Spekter ("Samfunnskontrakten") and NHO ("(2016–2020)").',
 'T06': 'The 2022–2026 successor contract, named in full by KD, shortened by NHO/KS ("… for kvalifisert arbeidskraft"), "Ny samfunnskontrakt (2022–2026)" by LO, and Vestland\'s regional part of it ("Samfunnskontrakten i Vestland" – a county\'s part in the national agreement, not a county plan).',
 'T07': 'Bransjeprogram: KD\'s programme, LO\'s and NHO\'s seats in its programme councils and HK-dir\'s "Forvaltning av bransjeprogrammene" (the agency running it).',
 'T08': 'The follow-up evaluation: KD\'s "Oppdragsbrev til HK-dir om evaluering …" (assignment letter) and HK-dir\'s "Følgeevaluering av bransjeprogrammene" (the agency doing it).',
 'T09': 'Kompetansepluss renamed Kompetanseprogrammet (2021): KD, VOFO ("Kompetansepluss frivillighet", the voluntary-sector strand it takes part in) and HK-dir.',
 'T10': 'Nasjonal digital karriereveiledning: KD\'s assignment to Kompetanse Norge (2020) and the service karriereveiledning.no run by HK-dir.',
 'T12': 'Kompetanseløft 2020 (HOD\'s plan 2016–2020) and KS\' follow-up of it in the municipalities.',
 'T13': 'Kompetanseløft 2025, the plan reported by KD (HOD) and by KS.',
 'T14': 'Nasjonalt fagskoleråd: NHO\'s and LO\'s seats in the council.',
 'T15': 'The EVU expert committee (NOU 2019:12): KD, and NHO\'s and KS\' seats in its reference group.',
 'T16': 'Tilskudd til fleksible videreutdanningstilbud i digital kompetanse, renamed «Tilskuddsordning for fleksible utdanningstilbud (tidligere …)»; KD and HK-dir.',
 'T17': 'Nasjonalt forum for karriereveiledning: KS\' and NAV\'s participation and HK-dir leading it.',
 'T21': 'KD/ASD\'s instruction in the letter of allocation to the directorate ("Oppdrag til Arbeids- og velferdsdirektoratet om økt bruk av opplæring") and NAV\'s own report of carrying it out ("Økt bruk av opplæringstiltak i NAV").',
 'T28': 'State grants to study associations (voksenopplæringsloven): KD\'s grant, VOFO\'s report of the courses it finances, and the grant under a new model (2023).',
}
WHY_CHAIN = {
 ('Regjeringen', 'T01'): 'establishment (2017) → ongoing with extended mandate (2020) → "KBU – nytt mandat fra 2023" (same committee, new mandate).',
 ('Regjeringen', 'T09'): 'Kompetansepluss arbeid og frivillighet (2017) → "Kompetansepluss" (2020) → renamed "Kompetanseprogrammet" (2023).',
 ('Regjeringen', 'T28'): 'the grant to study associations, 2017 and 2023 "– ny tilskuddsmodell" (same grant, new allocation model).',
 ('Regjeringen', 'T12'): 'Kompetanseløft 2020 in 2017 and in its last year 2020.',
 ('Regjeringen', 'T03'): 'national scheme 2020 → "videreføres" 2023.',
 ('Regjeringen', 'T07'): 'bransjeprogrammer 2020 → "Bransjeprogrammene" 2023 (more sectors).',
 ('Regjeringen', 'T18'): 'the reform 2020 → same title 2023.',
 ('LO', 'T01'): 'LO\'s seat in KBU 2017 → "Kompetansebehovsutvalget – LO deltar" 2021 → "KBU" in the 2025 videreførte list.',
 ('LO', 'T02'): 'SRY full name 2017 → "SRY" in the 2025 videreførte list.',
 ('LO', 'T05'): 'the contract 2017 → "– sluttføring" 2021 under "Avsluttede tiltak".',
 ('LO', 'L1'): 'tillitsvalgt course 2017 → digital version 2021 → "grunnkurs" 2025 (the course was split in 2025; the base course keeps the id, the new "fordypning" course L4 is new).',
 ('LO', 'L2'): 'LO\'s member survey with Fafo: 2017 → "Medlemsundersøkelse om kompetanse 2021" → 2025 ("fjerde runde").',
 ('LO', 'T07'): 'LO\'s part in the bransjeprogram 2021 → "Bransjeprogrammene" in the 2025 videreførte list.',
 ('KS', 'T12'): 'KS\' follow-up of Kompetanseløft 2020 (2017, 2020).',
 ('KS', 'K1'): 'KS Læring 2017 → "– digital læringsplattform" 2020 → "– ny plattform" 2024.',
 ('KS', 'K2'): '"Lærlingkampanjen i kommunal sektor" 2017 → renamed "Lærlingkampanjen «Bli lærling i kommunen»" 2020 → "Bli lærling i kommunen" 2024.',
 ('KS', 'K3'): 'Heltidskultur og kompetanse 2020 → 2024, extended period and delmål 2.5 added.',
 ('NHO', 'T01'): 'NHO\'s seat in KBU 2018 → 2024 (not reported in 2021).',
 ('NHO', 'N1'): 'NHOs kompetansebarometer 2018 → "Kompetansebarometeret 2021" → "– nytt format" 2024.',
 ('NHO', 'N2'): 'Kompetanseløft i matindustrien 2018 → "– fase 2" 2021 → successor name "Kompetanseprogrammet for mat- og drikkeindustrien" 2024 whose text says it continues it (delmål 2.5 added).',
 ('NHO', 'N3'): 'campaign «Yrkesfag – velg fremtiden» 2018 → renamed «Fagarbeider – for fremtida» 2021 ("Kampanjen fra 2018 er fornyet med nytt navn"); the 2024 report only mentions that it ended (not a measure).',
 ('NHO', 'T07'): 'industri og bygg programme 2021 → "Bransjeprogram (videreført)" 2024.',
 ('NHO', 'T14'): 'fagskoleråd 2021 → 2024.',
 ('NHO', 'N4'): 'Digitalt kompetanseløft for SMB 2021 → written out "… små og mellomstore bedrifter (fase 2)" 2024.',
 ('Vestland fylkeskommune', 'W1'): 'Karriere Vestland 2020 → "– nye avdelingar" 2023 → 2026.',
 ('Vestland fylkeskommune', 'W2'): 'Kompetanseforum Vestland 2020 → renamed "Kompetansepartnarskapet i Vestland (tidlegare Kompetanseforum Vestland)" 2023 → 2026.',
 ('Vestland fylkeskommune', 'W3'): 'regional plan under work 2020 → the adopted plan 2021–2025 with its handlingsprogram 2023; the 2026–2030 plan (W8) is a new plan.',
 ('Vestland fylkeskommune', 'W4'): 'Fagbrev på jobb i Vestland 2020 → 2023 with delmål 3.1 added; the 2026 "Fagbrev for vaksne i Vestland" (W9) is a new combined offer under the new Education Act.',
 ('Vestland fylkeskommune', 'W5'): 'decentralised fagskole education in Sunnfjord 2020 → widened to more districts 2023 (title shortened).',
 ('Vestland fylkeskommune', 'W7'): 'Vestlandsløftet 2023–2024 → "Vestlandsløftet" 2025–2027 (the text says it is continued in a new period; the writer\'s own project, not an agreement).',
 ('HK-dir', 'T10'): 'karriereveiledning.no 2021 → "Drift og videreutvikling av …" 2023 → 2025.',
 ('HK-dir', 'T11'): 'quality framework 2021 → "– implementering" 2023.',
 ('HK-dir', 'T16'): 'renamed scheme 2021 → "Fleksible utdanningstilbud – tilskuddsordningen" 2023 → 2025.',
 ('HK-dir', 'T09'): 'Kompetanseprogrammet 2021 → 2023 (delmål 3.6 added) → "– grunnleggende ferdigheter" 2025.',
 ('HK-dir', 'T07'): 'Forvaltning av bransjeprogrammene 2021 → 2025.',
 ('HK-dir', 'H1'): 'mapping of adult participation in EVU 2021 → "del 2" 2023.',
 ('HK-dir', 'H2'): 'regional analyses 2023 → "Regionale analyser av kompetansebehov" 2025.',
}
WHY_NEAR = {
 0: 'each is a different organisation\'s own survey or mapping with its own owner and respondents.',
 1: 'two counties\' own plans, and Vestland\'s old plan (2021–2025) vs its new plan (2026–2030) with a new period – the county itself calls the latter new.',
 2: 'each county runs its own forum/partnership; VOFO\'s regional network only takes part in such forums.',
 3: 'county career centres in two counties, NAV\'s referrals from NAV offices and the national digital service are different services.',
 4: 'the 2016–2017 pilot, the national scheme, two counties\' own offers (Vestland\'s two successive offers among them) and NAV\'s pilot for job seekers are different measures.',
 5: 'the 2016–2020 contract and the 2022–2026 successor are separate agreements with new periods.',
 6: 'a programme and its evaluation are different measures.',
 7: 'the scheme, its evaluation and Innlandet\'s information drive about it are different measures.',
 8: 'Kompetanseløft 2025 is HOD\'s successor plan with a new period.',
 9: 'LO\'s base course continues; the "fordypning" course is a new, separate course.',
 10: 'HK-dir\'s national grant scheme vs two counties\' own decentralised offers.',
 11: 'the committee (NOU 2019:12) vs the reform that followed vs HK-dir\'s mapping.',
 12: 'NHO\'s vocational-choice campaign vs KS\' campaign for municipal apprenticeships.',
 13: 'Spekter\'s meeting place, its HR network and its leadership course are three measures.',
 14: 'VOFO\'s own conference vs the state grant to study associations.',
 15: 'the ministry\'s instruction to NAV vs NAV\'s digital course vs Vestland\'s Norwegian-with-practice project.',
}
