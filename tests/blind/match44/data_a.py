from common import R, old
FILES_A = []
def F(file, reporter, year, rows, layout, desc, lang='nb'):
    FILES_A.append(dict(file=file, reporter=reporter, year=year, rows=rows, layout=layout, layout_desc=desc, lang=lang))

F('2017_Regjeringen_oppfolging.docx', 'Regjeringen', 2017, [
 R('KBU','Etablering av Kompetansebehovsutvalget (KBU)',[old(1)],'Råd/utvalg/nettverk','KD',['ASD','KMD','NFD','partene i arbeidslivet'],'2017–2021',
   'Utvalget oppnevnes våren 2017 og skal sammenstille og analysere kunnskap om Norges kompetansebehov. Sekretariatet legges til Kompetanse Norge.'),
 R('REALK','Utvikling av metode for vurdering av kompetanse ervervet i arbeidslivet',[old(9)],'FoU','KD',['Kompetanse Norge','partene i arbeidslivet'],'2017–2019',
   'Kompetanse Norge utvikler en metode og modell for vurdering av realkompetanse fra arbeidslivet, i dialog med partene.'),
 R('KARRNETT','Nettbasert karriereveiledning',[old(3)],'Prosjekt','KD',['Kompetanse Norge'],'2017–2020',
   'Det utvikles en nasjonal nettbasert karriereveiledningstjeneste med chat og telefon, som supplement til karrieresentrene.'),
 R('GODKJ','Godkjenningsordning for utenlandsk fag- og yrkesopplæring',[old(10)],'Prosjekt','KD',['NOKUT'],'2017–2019',
   'NOKUT utreder og forbereder en ordning for godkjenning av fag- og yrkesopplæring fra utlandet.'),
 R('BRANSJE','Bransjeprogram for kompetanseutvikling',[old(8),old(13)],'Prosjekt','KD',['ASD','partene i arbeidslivet'],'2017–2021',
   'Forsøk med bransjeprogram der partene i den enkelte bransje definerer behov og tilbydere utvikler fleksible etter- og videreutdanningstilbud.'),
 R('KPLUSS','Kompetansepluss arbeid',[old(12)],'Kurs/utdanning','KD',['Kompetanse Norge'],'2017',
   'Tilskuddsordning for opplæring i grunnleggende ferdigheter på arbeidsplassen; om lag 90 mill. kroner i 2017.'),
 R('JOBBSJ','Jobbsjansen',[old(14)],'Prosjekt','KMD',['IMDi','kommunene'],'2017',
   'Kvalifiseringsprogram for hjemmeværende innvandrerkvinner med tilskudd til kommunene via IMDi.'),
 R('TOARIG','Utvikling av toårig yrkesrettet opplæringstiltak i NAV',[old(15)],'Prosjekt','ASD',['Arbeids- og velferdsdirektoratet'],'2017–2018',
   'ASD og AVdir utvikler et nytt toårig tiltak som gir arbeidssøkere mulighet til fag- og yrkesopplæring.'),
], 'ministry_oppfolging_note_department_h2_autonumbered_items_running_across_departments_parenthetical_nkps_nr_fact_tail',
 "Regjeringen's Word note 'Oppfølging av NKPS – innspill fra departementene 2017' (header 'Kunnskapsdepartementet', footer date + PAGE): 'Innledning', then Heading 2 per ministry (KD, KMD, ASD); under each a Word auto-numbered list (numbering.xml, numbers NOT in the text, continuing 1–8 across the ministries) whose items are 'Bold title. Text …' followed by a parenthesised fact tail '(NKPS tiltak nr. 8 og 13 · type … · ansvar … · med … · 2017–2021)'; an 'Oppsummering' paragraph with the count (not a measure) and a 'Kontaktperson' line")

F('2017_LO_styresak.pdf', 'LO', 2017, [
 R('KBU','LOs deltakelse i Kompetansebehovsutvalget',[old(1)],'Råd/utvalg/nettverk','LO',['NHO','YS','Unio','KD'],'2017–',
   'LO har en fast plass i KBU og bidrar med kunnskap fra forbundene om kompetansebehov i arbeidslivet.'),
 R('BRANSJE','Bransjeprogrammer (industri, bygg og anlegg)',[old(8)],'Prosjekt','LO/Fellesforbundet',['NHO','KD'],'2017–2019',
   'Fellesforbundet og NHO-foreningene har definert behov for etter- og videreutdanning i industri og bygg og anlegg.'),
 R('LO_DIGKURS','Digitalt kurs for tillitsvalgte om kompetanse på arbeidsplassen',[old(5)],'Kurs','LO',['AOF Norge'],'høsten 2017',
   'Nettkurs som gir tillitsvalgte verktøy for å ta opp kompetanseutvikling og digital omstilling med arbeidsgiver.'),
 R('SRY','Deltakelse i Samarbeidsrådet for yrkesopplæring (SRY) og de faglige rådene',[old(7)],'Råd','LO',['NHO','KS','Virke','Spekter'],'løpende',
   'LO oppnevner medlemmer i SRY og i de faglige rådene og følger opp tilbudsstruktur og læreplaner i fag- og yrkesopplæringen.'),
 R('LO_KARTL','Kartlegging av kompetansebehov i LO-forbundene',[old(6)],'FoU','LO',['Fafo'],'2017–2018',
   'Fafo kartlegger hvilke kompetansebehov forbundene ser hos sine medlemmer og hvordan de brukes i tariffarbeidet.'),
 R('FAGJOBB','Fagbrev på jobb',[old(9)],'Annet','LO',['NHO','KD','Udir'],'2017–',
   'LO har bidratt i utviklingen av ordningen der voksne ansatte kan ta fagbrev gjennom arbeid i egen virksomhet.'),
], 'lo_secretariat_board_paper_case_box_vedlegg_table_nr_cols_repeated_header_and_numbered_comment_notes',
 "LO board paper PDF 'Sak 14/2017 – Rapportering til Kompetansepolitisk råd' exported from Word: a boxed case header (Møte i LOs sekretariat, dato, saksbehandler, arkivsak), 'Bakgrunn', 'Forslag til vedtak' (not a measure), then 'Vedlegg 1' table Nr | Tiltak | NKPS-nr. | Ansvar | Med | Type | Tid which breaks across a page with the header row repeated; the descriptions are in 'Merknader til tabellen' as numbered notes keyed by Nr; footer 'LO · Styresak 14/2017 · side n av m'")

F('2017_NHO_brev.docx', 'NHO', 2017, [
 R('KBU','NHO i Kompetansebehovsutvalget',[old(1)],'Utvalgsarbeid','NHO',['KD','LO','Virke','Spekter'],'2017–2021',
   'NHO deltar i utvalget og vil bidra med data fra NHOs kompetansebarometer.'),
 R('BRANSJE','Bransjeprogram for kompetanseutvikling',[old(8),old(13)],'Prosjekt','NHO',['LO','Fellesforbundet','KD'],'2017–2019',
   'NHO-foreningene og LO-forbundene har sammen valgt de første bransjene: industri og bygg og anlegg.'),
 R('NHO_BARO','NHOs kompetansebarometer',[old(6)],'Undersøkelse','NHO',['NIFU'],'årlig fra 2014',
   'Årlig spørreundersøkelse blant NHOs medlemsbedrifter om behovet for kompetanse, utført av NIFU.'),
 R('FAGJOBB','Fagbrev på jobb',[old(9)],'Forsøk','NHO',['LO','Udir'],'2017–2018',
   'Ordning der ansatte kan ta fagbrev på jobb gjennom en strukturert opplæringsplan i egen bedrift.'),
 R('NHO_LAERL','Lærlingløftet',[old(7)],'Informasjonskampanje','NHO',['medlemsbedriftene','fylkeskommunene'],'2017–2018',
   'Kampanje for å få flere bedrifter til å ta inn lærlinger og bli godkjente lærebedrifter.'),
 R('KPFAG','Forsøk med Kompetansepluss arbeid kombinert med fagopplæring',[old(12)],'Pilot','NHO',['LO','Kompetanse Norge'],'2017–2020',
   'Forsøk i utvalgte bedrifter der opplæring i grunnleggende ferdigheter kobles med veien mot fagbrev.'),
], 'nho_letterhead_letter_ref_date_grid_per_measure_label_table_hvem_sammen_med_naar_hva_slags_kort_om_signature_kopi',
 "NHO letter on letterhead (Word): logo text 'NHO' and address in the header, a grid 'Vår ref. | Deres ref. | Dato', addressee 'Kompetanse Norge', subject line, a salutation paragraph; then one two-column label table per measure with labels Tiltak | NKPS-tiltak nr. | Hvem | Sammen med | Når | Hva slags tiltak | Kort om tiltaket (old NKPS numbers with 'og'); 'Med vennlig hilsen', signature block and 'Kopi: LO, KD' (not measures); footer with the NHO address line")

F('2018_KS_excel.pdf', 'KS', 2018, [
 R('FAGJOBB','Fagbrev på jobb i kommunene',['2.5'],'Informasjon','KS',['Fagforbundet','Udir'],'2018–2019',
   'Veileder og informasjonsmøter om ordningen for kommuner som vil la ansatte ta fagbrev på jobb.'),
 R('KOMPLOFT20','Kompetanseløft 2020',['1.4','2.2'],'Annet','HOD',['KS','Helsedirektoratet'],'2016–2020',
   'Regjeringens plan for rekruttering, kompetanse og fagutvikling i helse- og omsorgstjenesten; KS deltar i oppfølgingen.'),
 R('KS_EVU','Strategi for etter- og videreutdanning i kommunesektoren',['1.4'],'Annet','KS',['Unio','Fagforbundet','Delta'],'2018–2021',
   'Partssammensatt strategi for systematisk kompetanseplanlegging i kommunene.'),
 R('KS_DIGI','KommIT – digital kompetanse for ansatte i kommunene',['2.1'],'Kurs','KS',['Difi'],'2018–2020',
   'E-læring og samlinger om digitalisering for ledere og ansatte i kommunene.'),
 R('FLEKSVGO','Forsøk med fleksibel videregående opplæring for voksne',['3.1'],'Forsøk','KD',['KS','fylkeskommunene','Udir'],'2018–2021',
   'Forsøk med modulstrukturert videregående opplæring for voksne i utvalgte fylker.'),
 R('SRY','KS i Samarbeidsrådet for yrkesopplæring',['2.3'],'Råd','KS',['LO','NHO','Unio','YS'],'løpende',
   'KS representerer kommunal sektor i SRY og i faglige råd for helse- og oppvekstfag.'),
], 'excel_sheet_print_landscape_gridlines_print_titles_repeated_kode_kategori_eier_columns_blank_rows_sum_row_tab_header',
 "KS spreadsheet printed from Excel to PDF (landscape, gridlines, Calibri-like font): header '&[Fane]' = 'NKPS 2018' left and 'KS' right, footer 'Side n av m'; columns Nr | Delmål (kode) | Tiltaksnavn | Kategori | Eier | Partnere | Periode | Kommentar with wrapped cell text, two blank rows in the middle, a row with two delmål '1.4; 2.2', and a bold 'Sum tiltak' total row and a note row under the table (not measures)")

F('2018_Unio_skjema.docx', 'Unio', 2018, [
 R('UNIO_TV','Kurs for tillitsvalgte om kompetanseplanlegging',['1.4','2.2'],'Kurs','Unio',['Utdanningsforbundet','NSF'],'2018',
   'Dagskurs i regionene om lokale kompetanseplaner og drøftinger etter hovedavtalen.'),
 R('UNIO_WEB','Nettside om kompetanse og karriere for medlemmer',['1.3'],'Informasjon','Unio',[],'2018',
   'Samleside på unio.no med lenker til forbundenes karriere- og kompetansetilbud.'),
 R('REALK','Metode for vurdering av kompetanse ervervet i arbeidslivet (Unio deltar)',['2.5'],'FoU','Kompetanse Norge',['Unio','LO','NHO'],'2017–2019',
   'Unio deltar i referansegruppen for utviklingen av metoden og gir innspill fra profesjonene.'),
 R('KOMPLOFT20','Kompetanseløft 2020 – innspill fra Unio-forbundene',['1.4'],'Annet','Unio',['NSF','Fysioterapeutforbundet'],'2018',
   'Unio-forbundene gir innspill til HODs plan om kompetanse i helse- og omsorgstjenesten.'),
 R('UNIO_FORSK','Rapport om videreutdanning for sykepleiere og lærere',['2.2'],'Utredning','Unio',['Fafo'],'2018–2019',
   'Fafo undersøker omfanget av og hindringene for videreutdanning blant Unios medlemmer.'),
 R('UNIO_STIP','Stipend til videreutdanning for medlemmer',['3.1'],'Stipendordning','Utdanningsforbundet',[],'2018',
   'Utdanningsforbundet deler ut stipend til medlemmer som tar videreutdanning ved siden av jobb.'),
], 'secretariat_form_docx_instructions_italic_grey_example_row_filled_loosely_two_measures_in_one_row_a_b_empty_rows',
 "Unio filled in the secretariat's Word form 'Rapporteringsskjema NKPS 2018' (portrait, form header with Kompetanse Norge): grey italic instructions and a one-line guide to the six types (not measures), then one table Tiltak | Delmål (skriv nummer) | Type tiltak (velg) | Ansvarlig | Samarbeidspartnere | Tidsperiode | Kort beskrivelse whose first body row is the secretariat's grey 'Eksempel:' row (not a measure); one row holds two measures in every cell as 'a) … b) …' lines; two empty rows left at the end; 'Utfylt av' line under the table")

F('2019_Regjeringen_notat.pdf', 'Regjeringen', 2019, [
 R('KBU','Kompetansebehovsutvalget (KBU)',['1.1'],'utvalg','KD',['ASD','KMD','NFD','partene i arbeidslivet'],'2017–2021',
   'Utvalget la fram sin første rapport, NOU 2018: 2 Fremtidige kompetansebehov I, i februar 2018.'),
 R('KARRNETT','Nettbasert karriereveiledning – fase 2',['1.3'],'informasjonstiltak','KD',['Kompetanse Norge'],'2019–2020',
   'Tjenesten åpnet med chat og telefon i 2019; fase 2 utvider med digitale verktøy for selvhjelp.'),
 R('BRANSJE','Bransjeprogrammer for kompetanseutvikling',['2.4','3.3'],'prosjekt','KD',['ASD','partene i arbeidslivet'],'2018–2021',
   'Programmene er utvidet til helse og omsorg, reiseliv og servering og avfall og gjenvinning.'),
 R('EVAL_BRANSJE','Følgeevaluering av bransjeprogrammene',['2.2'],'evaluering','KD',['Oxford Research','Kompetanse Norge'],'2019–2022',
   'En ekstern følgeevaluering skal vurdere om programmene når målgruppen og gir relevant kompetanse.'),
 R('KOMPREF','Kompetansereformen – Lære hele livet',['2.2','2.4'],'reform','KD',['partene i arbeidslivet'],'2019–',
   'Reformen skal sørge for at ingen går ut på dato; meldingen til Stortinget legges fram i 2020.'),
 R('KPLUSS','Kompetansepluss',['3.2'],'opplæring','KD',['Kompetanse Norge','VOFO'],'2019',
   'Tilskudd til opplæring i grunnleggende ferdigheter på arbeidsplassen og i frivillige organisasjoner.'),
 R('GODKJ','Godkjenning av utenlandsk fag- og yrkesopplæring',['2.6'],'prosjekt','KD',['NOKUT'],'2019–',
   'NOKUT har fått ansvar for den nye godkjenningsordningen, som åpnet for søknader i 2019.'),
 R('JOBBSJ','Jobbsjansen',['3.4'],'prosjekt','KMD',['IMDi'],'2019',
   'Programmet er utvidet til også å omfatte unge innvandrere som ikke har fullført videregående.'),
 R('FLEKSVGO','Forsøk med fleksibel videregående opplæring for voksne',['3.1'],'forsøk','KD',['Udir','fylkeskommunene'],'2019–2022',
   'Forsøket prøver ut modulstrukturerte læreplaner for voksne i helsearbeiderfaget og andre fag.'),
], 'ministry_notat_pdf_til_fra_grid_area_sections_bold_runin_titles_facts_only_in_a_closing_sentence',
 "KD's note PDF exported from Word ('Notat', grid Til | Fra | Dato | Saksnr.), header 'Kunnskapsdepartementet · Notat', footer 'Side n'; 'Bakgrunn', then sections per hovedinnsatsområde; every measure is a paragraph starting with a bold run-in title and a full stop; the facts stand only in a closing sentence of that paragraph ('Tiltaket følger opp delmål 1.3 og er et informasjonstiltak. Ansvarlig er KD, i samarbeid med Kompetanse Norge, for perioden 2019–2020.'); a closing 'Videre arbeid' section on page 2 (not measures)")
