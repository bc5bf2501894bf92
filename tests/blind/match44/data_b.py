from common import R
FILES_B = []
def F(file, reporter, year, rows, layout, desc, lang='nb'):
    FILES_B.append(dict(file=file, reporter=reporter, year=year, rows=rows, layout=layout, layout_desc=desc, lang=lang))

F('2019_Spekter_rapport.docx', 'Spekter', 2019, [
 R('SPEK_LO','Partssammensatt prosjekt om kompetanseutvikling for helsefagarbeidere',['2.3'],'Prosjekt','Spekter og LO Stat',['Fagforbundet','helseforetakene'],'2019–2021',
   'Prosjektet skal styrke helsefagarbeidernes rolle og karrieremuligheter i sykehusene.'),
 R('SPEK_KONF','Spekters kompetansekonferanse 2019',['2.2'],'Konferanse','Spekter',['NIFU'],'mai 2019',
   'En dags konferanse for HR-ledere om kompetanseplanlegging i virksomhetene.'),
 R('SPEK_PROG','Kompetanseprogram for spesialisthelsetjenesten',['2.4'],'Program','Spekter',['de regionale helseforetakene'],'2019–2020',
   'Program der helseforetakene kartlegger behov og bestiller etter- og videreutdanning fra UH-sektoren.'),
 R('SPEK_SURVEY','Kartlegging av kompetansebehov i helseforetakene',['2.2'],'Kartlegging','Spekter',['Helsedirektoratet'],'2019',
   'Spørreundersøkelse blant helseforetakene om mangel på spesialsykepleiere og helsefagarbeidere.'),
 R('SPEK_DIGI','E-læringspakke i digital kompetanse for sykehusansatte',['2.1'],'E-læring','Spekter',['Helse Sør-Øst'],'2019–2020',
   'Moduler om digitale arbeidsverktøy og personvern, gjort tilgjengelig for alle ansatte.'),
], 'spekter_word_typed_number_headings_delmaal_quoted_in_words_ansvar_og_samarbeid_one_line_tid_line_innledning_avslutning',
 "Spekter Word report: title page lines, 'Innledning'; each measure a Heading 2 with a typed number '1.'…'5.' and the title; under it 'Relasjon til delmål:' followed only by the delmål's WORDING in «» (no code), 'Ansvar og samarbeid:' one line 'Spekter – sammen med X og Y' (or 'Spekter og LO Stat – med …'), 'Type:' and 'Tid:' lines, then the text; header 'Spekter', footer PAGE; 'Avslutning' chapter (not a measure)")

F('2019_VOFO_epost.pdf', 'VOFO', 2019, [
 R('KPFRIV','Kompetansepluss frivillighet',['3.2','3.6'],'Kurs','VOFO',['Kompetanse Norge','studieforbundene'],'2019',
   'Kurs i grunnleggende ferdigheter i regi av frivillige organisasjoner; 140 kurs i 2019.'),
 R('NORSKFRIV','Norsktrening for innvandrere i studieforbundene',['3.4','3.6'],'Kurs','VOFO',['IMDi','studieforbundene'],'2019',
   'Språkkafeer og norsktrening ledet av frivillige, med tilskudd fra IMDi.'),
 R('VOFO_STAT','Statistikk over voksenopplæring i studieforbund',['2.2'],'Forskning','VOFO',['SSB'],'årlig',
   'VOFO samler og publiserer tall for kurs, deltakere og timer i studieforbundene.'),
 R('VOFO_KONF','Voksnes læring-konferansen',['3.6'],'Konferanse','VOFO',['Kompetanse Norge'],'november 2019',
   'Årlig møteplass for studieforbund, frivillige organisasjoner og myndigheter.'),
 R('VOFO_REALK','Kompetansebevis for frivillig innsats',['2.5'],'Prosjekt','VOFO',['Frivillighet Norge'],'2019–2020',
   'Utvikling av et bevis som dokumenterer læring gjennom frivillig arbeid.'),
], 'outlook_email_printout_header_block_dash_list_inline_facts_signature_disclaimer_quoted_request_with_example',
 "VOFO e-mail printed from Outlook to PDF: the user name line at the top, a header block Fra | Sendt | Til | Kopi | Emne, the body 'Hei,' and a '–' list where each item is the title in bold, a colon and the text, followed on the next line by an indented fact line in brackets '[delmål 3.2 og 3.6 | kurs | VOFO | med … | 2019]'; signature with contact details and an English/Norwegian confidentiality notice; below, the quoted request '-----Opprinnelig melding-----' from the secretariat with its own example measure (not a measure); footer '1' page numbers")

F('2020_LO_rapport.docx', 'LO', 2020, [
 R('KBU','LO i KBU',['1.1'],'Råd/utvalg/nettverk','LO',['KD','NHO'],'2017–2021',
   'LO deltar i KBU og har bidratt til rapporten om kompetansebehov i regionene.'),
 R('BRANSJE','Bransjeprogrammene – LO og forbundene',['2.4','3.3'],'Prosjekt','LO',['Fellesforbundet','Fagforbundet','NHO','KS'],'2018–2021',
   'Forbundene er med i styringsgruppene for programmene i industri, bygg, helse og omsorg og reiseliv.'),
 R('SPEK_LO','Helsefagarbeiderprosjektet (med Spekter)',['2.3'],'Prosjekt','LO Stat',['Spekter','Fagforbundet'],'2019–2021',
   'Felles prosjekt med Spekter for å styrke helsefagarbeidernes plass i sykehusene.'),
 R('LO_DIGKURS','Digitale kurs for tillitsvalgte – fase 2',['2.1'],'Kurs','LO',['AOF Norge'],'2020',
   'Ny modul om kompetanse i omstilling og permittering under pandemien.'),
 R('LO_KARTL','Kartlegging av kompetansebehov i forbundene',['2.2'],'FoU','LO',['Fafo'],'2020',
   'Oppfølgingsrapport fra Fafo om forbundenes kompetansepolitiske prioriteringer.'),
 R('GODKJ','Godkjenning av utenlandsk fagbrev – LOs oppfølging',['2.6'],'Annet','LO',['NOKUT'],'2020',
   'LO følger opp hvordan den nye ordningen virker for medlemmer med fagbrev fra utlandet.'),
], 'lo_word_letterhead_table_type_first_hvem_i_lo_med_hvem_and_merged_full_width_description_row_under_each_measure',
 "LO Word report on letterhead (header 'LO – Landsorganisasjonen i Norge', footer 'Side' + PAGE): 'Innledning', one table with columns in unusual order Type | Tiltak | Delmål | Hvem i LO | Med hvem | Periode; under every measure row a full-width merged row (gridSpan 6) in italics holds the description; one empty row; 'Andre saker LO har fulgt opp' closing paragraphs (not measures)")

F('2020_Virke_nettside.pdf', 'Virke', 2020, [
 R('VIRKE_HR','Virkes HR-barometer – kompetanse',['2.2'],'Analyse','Virke',['Ipsos'],'2020',
   'Undersøkelse blant Virkes medlemmer om kompetansebehov og bruk av etter- og videreutdanning.'),
 R('BRANSJE','Bransjeprogram – Virkes deltakelse (varehandel og reiseliv)',['2.4'],'Prosjekt','Virke',['HK','Fellesforbundet'],'2020–2021',
   'Virke er part i bransjeprogrammene for varehandel og reiseliv.'),
 R('VIRKE_KURS','Kurs i digital handel',['2.1'],'Kurs','Virke Kompetanse',['BI'],'2020',
   'Korte nettkurs for ansatte i handelen om netthandel og digitale salgskanaler.'),
 R('VIRKE_KARR','Karriereveiledning for ansatte i handelen',['1.3'],'Prosjekt','Virke og HK',['karrieresentrene'],'2020–2021',
   'Pilot med karriereveiledning for ansatte i butikk som vil videre i jobben.'),
 R('KOMPREF','Kompetansereformen – Virkes innspill',['2.2'],'Informasjon','Virke',['KD'],'2020',
   'Virke har gitt innspill til stortingsmeldingen om kompetansereformen Lære hele livet.'),
], 'web_page_printed_from_browser_date_title_header_url_footer_breadcrumb_h3_measures_fakta_definition_lists_related_links',
 "Virke web page printed from a browser to PDF: browser header (date, time, page title) and footer (URL and 'n/3'); the site's menu line and breadcrumb 'Forside › Kompetanse › NKPS-rapport 2020', intro; each measure an H3 heading, the text and a grey 'Fakta' definition list (one Fakta box is split by the page break, its last line 'Når' under the browser header of page 2) Delmål | Type | Hvem | Partnere | Når (delmål given as 'Kunnskapsgrunnlaget om læring i arbeidslivet (2.2)'); a 'Relaterte artikler' box, newsletter sign-up and cookie notice at the end (not measures)")

F('2020_Vestland_rapport_nn.docx', 'Vestland fylkeskommune', 2020, [
 R('KARRSENT_VL','Karriere Vestland – karrieresentera i fylket',['1.3'],'Informasjon','Vestland fylkeskommune',['NAV Vestland','kommunane'],'2020–',
   'Dei to karrieresentera i Bergen og Sogn og Fjordane vart slått saman til Karriere Vestland.'),
 R('VL_FORUM','Kompetanseforum Vestland',['1.2','1.4'],'Nettverk','Vestland fylkeskommune',['NAV','LO','NHO','UH-sektoren'],'2020–',
   'Regionalt forum der partane, NAV og utdanningsaktørane samordnar kompetansearbeidet.'),
 R('VL_FLEKS','Vaksenopplæring på deltid – Vestland-modellen',['3.1'],'Opplæring','Vestland fylkeskommune',['kommunane'],'2020–2022',
   'Modulbasert vidaregåande opplæring for vaksne på kveldstid og nett.'),
 R('VL_REGPLAN','Regional plan for kompetanse og arbeidsliv 2020–2023',['1.2'],'Plan','Vestland fylkeskommune',['partane i arbeidslivet'],'2020–2023',
   'Planen set mål for kompetansepolitikken i det nye fylket.'),
 R('FAGJOBB','Fagbrev på jobb',['2.5'],'Opplæring','Vestland fylkeskommune',['lærebedriftene'],'2020–',
   'Fylkeskommunen tilbyr ordninga for vaksne tilsette i heile fylket.'),
 R('VL_BEDRIFT','Tilskot til bedriftsintern opplæring (BIO)',['2.4'],'Tilskotsordning','Vestland fylkeskommune',['Innovasjon Noreg','NAV'],'2020',
   'Tilskot til bedrifter i omstilling som gir tilsette opplæring.'),
], 'nn_county_word_table_tiltak_omtale_ansvarleg_partar_tid_and_separate_x_matrix_tiltak_by_delmaal_after',
 "Nynorsk Vestland fylkeskommune Word report (header county name, footer 'Side' PAGE): '1 Innleiing', '2 Tiltak' with one table Nr. | Tiltak | Kort omtale | Ansvarleg | Samarbeidspartar | Type | Tid; the delmål are NOT in that table but in a SEPARATE matrix '3 Kopling til delmål' (rows = tiltak nr. + short name, columns 1.1 … 3.6, cells 'X'); '4 Vidare arbeid' (not measures)", lang='nn')
