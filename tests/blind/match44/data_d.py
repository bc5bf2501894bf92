from common import R
FILES_D = []
def F(file, reporter, year, rows, layout, desc, lang='nb'):
    FILES_D.append(dict(file=file, reporter=reporter, year=year, rows=rows, layout=layout, layout_desc=desc, lang=lang))

F('2024_Vestland_arsmelding_nn.pdf', 'Vestland fylkeskommune', 2024, [
 R('KARRSENT_VL','Karriere Vestland',['1.3'],'Informasjon','Vestland fylkeskommune',['NAV Vestland'],'2020–',
   'Karriere Vestland hadde 6 200 samtalar i 2024, fleire enn nokon gong.'),
 R('VL_FORUM','Kompetanseforum Vestland',['1.2','1.4'],'Nettverk','Vestland fylkeskommune',['NAV','LO','NHO','UH-sektoren'],'2020–',
   'Forumet har hatt fire møte og laga ei felles kunnskapsoversikt.'),
 R('VL_FLEKS','Vaksenopplæring på deltid – Vestland-modellen',['3.1'],'Opplæring','Vestland fylkeskommune',['kommunane'],'2020–2025',
   'Modellen er vidareført og utvida til fleire utdanningsprogram.'),
 R('VL_REGPLAN2','Regional plan for kompetanse og arbeidsliv 2024–2028',['1.2'],'Plan','Vestland fylkeskommune',['partane i arbeidslivet','kommunane'],'2024–2028',
   'Ny plan vedteken av fylkestinget i juni 2024, etter planen for 2020–2023.'),
 R('FAGJOBB','Fagbrev på jobb',['2.5'],'Opplæring','Vestland fylkeskommune',['lærebedriftene'],'2020–',
   '480 vaksne var i gang med fagbrev på jobb ved utgangen av året.'),
 R('VL_BEDRIFT','Tilskot til bedriftsintern opplæring (BIO) – vidareført',['2.4'],'Tilskotsordning','Vestland fylkeskommune',['NAV'],'2024',
   'Ordninga er vidareført med vekt på grøn omstilling.'),
 R('VL_GRONN','Kompetansepilot for grøn omstilling',['2.4'],'Prosjekt','Vestland fylkeskommune',['Høgskulen på Vestlandet','industrien'],'2024–2026',
   'Pilot der industribedrifter og høgskulen utviklar korte kurs for batteri- og hydrogenindustrien.'),
], 'nn_county_annual_report_chapter_pdf_page_numbers_40s_prose_subsections_grey_fakta_strip_after_each_paragraph',
 "Nynorsk chapter 'Kapittel 6 Kompetanse' of Vestland's annual report as PDF (header 'Årsmelding 2024 · Vestland fylkeskommune', printed page number 42): prose '6.1 Innleiing' with key figures (not measures), '6.2 Tiltak i kompetansestrategien' with each measure a bold subheading and a paragraph, followed by a narrow grey strip 'Delmål 1.2 · Plan · Ansvarleg: … · Partnarar: … · Periode: …'; '6.3 Økonomi' table of spending (not measures)", lang='nn')

F('2024_Regjeringen_oppfolging.docx', 'Regjeringen', 2024, [
 R('KBU','Kompetansebehovsutvalget – nytt mandat',['1.1'],'Utvalg','Kunnskapsdepartementet',['partene i arbeidslivet','HK-dir'],'2023–2027',
   'Utvalget fikk nytt mandat og ny sammensetning i 2023.'),
 R('BRANSJE','Bransjeprogram for kompetanseutvikling',['2.4','3.3'],'Prosjekt','Kunnskapsdepartementet',['ASD','partene i arbeidslivet','HK-dir'],'2018–',
   'Ordningen er gjort permanent og omfatter 20 bransjer.'),
 R('KPLUSS','Kompetanseprogrammet',['3.2','3.1'],'Opplæring','Kunnskapsdepartementet',['HK-dir'],'2022–',
   'Tilskudd til opplæring i grunnleggende ferdigheter i arbeidslivet.'),
 R('KARRNETT','Nasjonal digital karriereveiledning',['1.3'],'Informasjon','Kunnskapsdepartementet',['HK-dir'],'2019–',
   'Tjenesten er utvidet med veiledning på flere språk.'),
 R('FLEKSVGO','Fleksibel videregående opplæring for voksne – ny rett',['3.1'],'Annet','Kunnskapsdepartementet',['fylkeskommunene'],'2024–',
   'Ny opplæringslov gir voksne rett til fullføring med modulstrukturert opplæring; bygger på forsøket 2018–2022.'),
 R('GODKJ','Godkjenning av utenlandsk fag- og yrkesopplæring',['2.6'],'Annet','Kunnskapsdepartementet',['HK-dir'],'2019–',
   'Ordningen er overført fra NOKUT til HK-dir.'),
 R('EVAL_BRANSJE','Evaluering av bransjeprogrammene – sluttrapport',['2.2'],'Evaluering','Kunnskapsdepartementet',['Oxford Research'],'2019–2024',
   'Sluttrapporten viser høy deltakertilfredshet, men svak rekruttering av ufaglærte.'),
 R('AMO','Opplæring i arbeidsmarkedspolitikken (AMO)',['3.3','3.5'],'Kurs','Arbeids- og inkluderingsdepartementet',['Arbeids- og velferdsdirektoratet'],'2024',
   'Flere AMO-kurs kombineres med språkopplæring.'),
 R('TOARIG','Fag- og yrkesopplæring som arbeidsmarkedstiltak',['3.5'],'Opplæring','Arbeids- og inkluderingsdepartementet',['Arbeids- og velferdsdirektoratet','fylkeskommunene'],'2019–',
   'Tiltaket gir inntil tre års opplæring; antallet plasser er økt.'),
 R('NORSKFRIV','Norsktrening i frivillig sektor',['3.4','3.6'],'Annet','Arbeids- og inkluderingsdepartementet',['IMDi','VOFO'],'2024',
   'Tilskudd via IMDi til frivillige organisasjoner som tilbyr norsktrening.'),
], 'ministry_word_single_table_department_merged_band_rows_tiltak_og_omtale_in_one_cell_ministry_from_band_not_column',
 "Regjeringen's Word note 'Oppfølging av NKPS 2024' (header 'Regjeringen', footer date + 'Side' PAGE): one table Tiltak og kort omtale | Delmål | Type | Samarbeid | Periode with shaded full-width merged band rows naming the ministry ('Kunnskapsdepartementet (KD)', 'Arbeids- og inkluderingsdepartementet (AID)') – the responsible is only given by the band above the rows; the first cell holds the bold title and the description as a second paragraph; delmål codes separated by ' / '; a band 'Andre departementer: ingen nye tiltak' (not a measure)")

F('2025_LO_rapport.pdf', 'LO', 2025, [
 R('KBU','LO i Kompetansebehovsutvalget',['1.1'],'Råd/utvalg/nettverk','LO',['KD','NHO','YS','Unio'],'2023–2027',
   'LO deltar i utvalget med nytt mandat og har bidratt til temarapporten om grønn omstilling.'),
 R('BRANSJE','Bransjeprogrammene',['2.4','3.3'],'Prosjekt','LO og forbundene',['NHO','KS','Virke','HK-dir'],'2018–',
   'LO-forbundene sitter i styringsgruppene for 17 av programmene.'),
 R('LO_DIGKURS','Kurs for tillitsvalgte: digital omstilling og kompetanse',['2.1'],'Kurs','LO',['AOF Norge'],'2025',
   'Ny versjon av kurset med vekt på kunstig intelligens på arbeidsplassen.'),
 R('SPEK_LO','Helsefagarbeiderprosjektet',['2.3'],'Prosjekt','LO Stat',['Spekter','Fagforbundet'],'2019–2025',
   'Prosjektet avsluttes i 2025 med en sluttkonferanse.'),
 R('GODKJ','Godkjenning av utenlandsk fagbrev',['2.6'],'Annet','LO',['HK-dir'],'2025',
   'LO har bedt om kortere saksbehandlingstid i ordningen.'),
 R('LO_GRONN','Kompetanse for grønn omstilling i forbundene',['2.4'],'Prosjekt','LO',['Fellesforbundet','EL og IT Forbundet'],'2024–2026',
   'Kartlegging og kurs for medlemmer i industri og energi som berøres av omstillingen.'),
 R('LO_KARTL','Kartlegging av kompetansebehov i forbundene',['2.2'],'FoU','LO',['Fafo'],'2025',
   'Ny runde av kartleggingen, nå med vekt på seniorer.'),
], 'lo_pdf_from_word_h2_titles_text_then_middot_fact_parenthesis_meetings_attended_list_and_appendix_count_table',
 "LO report PDF exported from Word (header 'LO · Rapport NKPS 2025', footer 'Side n av m'): 'Innledning', measures as Heading 2 titles with the text and then one parenthesised middle-dot fact line '(Delmål 2.4 · Prosjekt · LO · med … · 2024–2026)' and its text; 'Møter og arenaer LO har deltatt i' (dated list, not measures) and 'Vedlegg: Oversikt' – a table of counts per type (not measures)")

F('2025_MoreogRomsdal_rapport_nn.pdf', 'Møre og Romsdal fylkeskommune', 2025, [
 R('MR_FORUM','Kompetanseforum Møre og Romsdal',['1.2'],'Nettverk','Møre og Romsdal fylkeskommune',['NAV','LO','NHO','Høgskolen i Molde'],'2018–',
   'Forumet samlar partane og utdanningsaktørane fire gonger i året.'),
 R('KARRSENT_MR','Karriere Møre og Romsdal',['1.3'],'Informasjon','Møre og Romsdal fylkeskommune',['NAV'],'2025',
   'Karrieresenteret har opna eit tilbod på Sunnmøre med drop-in.'),
 R('MR_PLAN','Regional kompetansestrategi for Møre og Romsdal 2025–2028',['1.2'],'Strategi','Møre og Romsdal fylkeskommune',['partane i arbeidslivet'],'2025–2028',
   'Strategien vart vedteken i fylkestinget i april 2025.'),
 R('FAGJOBB','Fagbrev på jobb',['2.5'],'Opplæring','Møre og Romsdal fylkeskommune',['lærebedriftene'],'2025',
   'Ordninga er marknadsført særleg mot helse- og oppvekstsektoren.'),
 R('MR_FLEKS','Fleksibel vaksenopplæring i Møre og Romsdal',['3.1'],'Opplæring','Møre og Romsdal fylkeskommune',['kommunane'],'2025–',
   'Fylket si oppfølging av den nye retten: kveldskurs og nettundervisning i tre regionar.'),
 R('MR_BIO','Bedriftsintern opplæring (BIO) i Møre og Romsdal',['2.4'],'Tilskotsordning','Møre og Romsdal fylkeskommune',['NAV'],'2025',
   'Tilskot til opplæring i bedrifter i omstilling, særleg i maritim næring.'),
], 'nn_county_saksframlegg_pdf_arkivsak_grid_vurdering_then_table_with_kva_column_and_type_last_fylkesdirektoren_innstilling',
 "Nynorsk county case document 'Saksframlegg' for fylkesutvalet as PDF: grid Dato | Arkivref. | Saksbehandlar | Utval | Møtedato, 'Bakgrunn', 'Vurdering', then a table Tiltak | Kva | Delmål | Ansvarleg | Samarbeid | Tidsrom | Type (delmål as 'delmål 1.2'); the table crosses a page break without a repeated header; 'Fylkesdirektøren si innstilling' (not a measure) and footer 'Side n av m'", lang='nn')

F('2026_Unio_rapport.docx', 'Unio', 2026, [
 R('UNIO_TV','Kurs for tillitsvalgte om kompetanseplanlegging – digitalt',['1.4','2.2'],'Kurs','Unio og forbundene',['Utdanningsforbundet','NSF'],'2026',
   'Kurset er lagt om til nettkurs og brukes av alle Unio-forbundene.'),
 R('UNIO_FORSK','Unios EVU-undersøkelse',['2.2'],'Undersøkelse','Unio og forbundene',['Fafo'],'2026',
   'Undersøkelsen om videreutdanning gjentas; nå også blant politi og fysioterapeuter.'),
 R('KOMPLOFT25','Kompetanseløft 2025',['1.4'],'Annet','Unio og forbundene',['HOD','KS'],'2021–2025',
   'Unio har evaluert planen og gitt innspill til en ny plan etter 2025.'),
 R('REALK','Realkompetansevurdering – oppfølging av nasjonal metode',['2.5'],'FoU','Unio',['HK-dir'],'2026',
   'Unio følger opp hvordan metoden brukes i helse og skole.'),
 R('UNIO_WEB','Kompetansesider på unio.no',['1.3'],'Informasjon','Unio',[],'2026',
   'Nettsidene er fornyet med verktøy for egen kompetanseplan.'),
 R('UNIO_HELTID','Heltid og kompetanse i helse og skole',['2.2'],'Prosjekt','Unio',['KS'],'2026–2027',
   'Prosjekt om sammenhengen mellom heltidsstillinger og muligheten til videreutdanning.'),
], 'unio_word_landscape_table_pasted_from_excel_calibri_gridlines_vmerge_responsible_column_status_column_planlagt_list',
 "Unio Word report (landscape; header 'Unio', footer PAGE): short 'Innledning', then a table pasted from Excel (Calibri 9, thin grid, grey header row, a row-number column) Nr. | Tiltak | Beskrivelse | Delmål | Tiltakstype | Ansvarlig | Samarbeid | Periode | Status; the Ansvarlig cell 'Unio og forbundene' is vertically merged (vMerge) over three rows; the Status column is not a ground-truth field; 'Planlagt for 2027' bullets (not measures)")
FILES_D_NOTE = None
