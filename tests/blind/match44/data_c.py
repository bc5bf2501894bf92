from common import R
FILES_C = []
def F(file, reporter, year, rows, layout, desc, lang='nb'):
    FILES_C.append(dict(file=file, reporter=reporter, year=year, rows=rows, layout=layout, layout_desc=desc, lang=lang))

F('2021_NHO_rapport.pdf', 'NHO', 2021, [
 R('NHO_BARO','NHOs kompetansebarometer 2021',['2.2'],'FoU','NHO',['NIFU'],'2021',
   'Barometeret viser at seks av ti bedrifter har udekket kompetansebehov; størst er behovet for fagarbeidere.'),
 R('BRANSJE','Bransjeprogrammene',['2.4','3.3'],'Prosjekt','NHO',['LO','KD'],'2018–2022',
   'NHO-foreningene deltar i alle programmene; flere nye tilbud er utviklet under pandemien.'),
 R('FAGJOBB','Fagbrev på jobb',['2.5','2.3'],'Prosjekt','NHO',['LO','fylkeskommunene'],'2017–',
   'Ordningen er nå fast i alle fylker; NHO informerer medlemsbedriftene.'),
 R('KBU','Kompetansebehovsutvalget',['1.1'],'Råd/utvalg/nettverk','NHO',['KD','LO'],'2017–2021',
   'NHO deltar i utvalget som i 2021 la fram sin tredje rapport.'),
 R('NHO_LAERL','Lærlingløftet – fase 2',['2.3'],'Informasjonskampanje','NHO',['fylkeskommunene'],'2020–2022',
   'Ny innsats for læreplasser etter at mange bedrifter permitterte under pandemien.'),
 R('KPFAG','Forsøk med Kompetansepluss og fagopplæring',['3.2'],'Pilot','NHO',['LO','Kompetanse Norge'],'2017–2021',
   'Forsøket ble avsluttet i 2021; sluttrapporten kommer i 2022.'),
 R('NHO_DIGI','Digitalt løft for små bedrifter',['2.1'],'Prosjekt','NHO',['Abelia','Innovasjon Norge'],'2021–2022',
   'Kurs og veiledning i digitalisering for bedrifter med færre enn 20 ansatte.'),
], 'nho_pdf_from_word_status_headings_pagaende_nye_planlagt_autonumbered_items_pipe_key_line_footnotes_per_page',
 "NHO report PDF exported from Word (header 'NHO · Rapport til Kompetansepolitisk råd 2021', footer 'n'): 'Sammendrag' (a count sentence, not measures), then three headings 'Pågående tiltak', 'Nye tiltak i 2021' and 'Planlagt, ikke startet' – the last holds two items that are NOT measures; under the first two, numbered items '1.'… with a bold title, a pipe-separated key line 'Strategi: delmål 2.4 og 3.3 | Form: … | Eier: … | Med: … | Varighet: …' and the text; superscript footnote markers with footnotes at the page foot")

F('2021_YS_styresak.docx', 'YS', 2021, [
 R('YS_KURS','YS-kurs for tillitsvalgte om kompetanse',['1.4'],'Kurs','YS',['YS-forbundene'],'2021',
   'To digitale kursdager om hvordan tillitsvalgte kan få kompetanse inn i lokale forhandlinger.'),
 R('KBU','YS sin plass i KBU',['1.1'],'Utvalgsarbeid','YS',['KD'],'2017–2021',
   'YS er representert i utvalget og har fremmet innspill om behovene i privat tjenesteyting.'),
 R('YS_BARO','YS Arbeidslivsbarometer – kompetansedelen',['2.2'],'Undersøkelse','YS',['Ipsos'],'2021',
   'Barometeret spør arbeidstakere om de har fått opplæring det siste året.'),
 R('KOMPREF','Lære hele livet – partenes oppfølging',['2.2','2.4'],'Partssamarbeid','YS',['KD','LO','NHO'],'2020–',
   'YS følger opp kompetansereformen i dialog med KD og de andre partene.'),
 R('YS_KARR','Karriereveiledning for medlemmer i YS-forbundene',['1.3'],'Informasjon','YS-forbundene',['karrieresentrene'],'2021',
   'Forbundene tilbyr medlemmene karrieresamtaler og henviser til karrieresentrene.'),
], 'ys_board_paper_sak_saksframstilling_two_level_bullets_title_then_label_subbullets_moter_list_innstilling',
 "YS board paper in Word 'Styresak 23/21 Rapportering NKPS 2021' (header 'YS · Styret', footer 'Side' PAGE): a table Sak | Møte | Saksbehandler, 'Saksframstilling' with 'Tiltak YS har gjennomført' as a two-level bullet list: level-1 bullet = title, level-2 bullets 'Delmål:', 'Type:', 'Ansvar:', 'Samarbeid:', 'Tid:', 'Kort om:'; then 'Møter YS har deltatt i' (dated bullet list, not measures) and 'Innstilling til vedtak'")

F('2022_KS_rapport.docx', 'KS', 2022, [
 R('FAGJOBB','Fagbrev på jobb',['2.5'],'Informasjon','KS',['Fagforbundet','fylkeskommunene'],'2018–',
   'KS har oppdatert veilederen og holdt webinarer for kommuner.'),
 R('KOMPLOFT25','Kompetanseløft 2025',['1.4','2.2'],'Annet','HOD',['KS','Helsedirektoratet','Unio'],'2021–2025',
   'Ny plan for kompetanse og rekruttering i helse- og omsorgstjenesten, etterfølger av Kompetanseløft 2020.'),
 R('KS_EVU','Strategi for etter- og videreutdanning i kommunesektoren – revidert',['1.4'],'Annet','KS',['Unio','Fagforbundet','Delta'],'2022–2025',
   'Strategien er revidert sammen med arbeidstakerorganisasjonene.'),
 R('KS_DIGI','Digitaliseringskompetanse i kommunene (tidligere KommIT)',['2.1'],'Kurs','KS',['Digdir'],'2021–2023',
   'Programmet er utvidet med en modul om datadrevet tjenesteutvikling.'),
 R('FLEKSVGO','Forsøk med fleksibel videregående opplæring for voksne',['3.1'],'Forsøk','KD',['KS','fylkeskommunene'],'2018–2022',
   'Forsøket avsluttes i 2022 og erfaringene tas inn i ny rett for voksne.'),
 R('SRY','KS i SRY',['2.3'],'Råd','KS',['LO','NHO','Unio','YS'],'løpende',
   'KS har ledet SRY i perioden 2020–2022.'),
 R('KS_LAERL','Lærlingløft i kommunal sektor',['2.3'],'Prosjekt','KS',['Fagforbundet','fylkeskommunene'],'2022–2024',
   'Mål om at alle kommuner tar inn minst én lærling per 1000 innbyggere.'),
], 'ks_word_per_measure_table_labels_as_header_row_values_second_row_description_merged_third_row_count_table_at_end',
 "KS Word report (header 'KS' + report title, footer 'Side n av m'): 'Innledning'; sections per hovedinnsatsområde; each measure is a Heading 3 title followed by a small table whose FIRST ROW holds the labels Delmål | Type | Ansvarlig | Partnere | Periode (shaded) and the SECOND row the values, then a third row merged across all columns with 'Beskrivelse:' and the text; at the end 'Tabell 1 Antall tiltak per delmål' (not measures)")

F('2022_HKdir_notat.pdf', 'HK-dir', 2022, [
 R('KBU','Sekretariat for Kompetansebehovsutvalget',['1.1'],'Råd/utvalg/nettverk','HK-dir',['KD'],'2017–',
   'HK-dir er sekretariat for KBU og leverer analyser til utvalgets rapporter.'),
 R('KPLUSS','Kompetanseprogrammet (tidligere Kompetansepluss)',['3.2'],'Kurs/utdanning','HK-dir',['KD'],'2022–',
   'Kompetansepluss arbeid er fra 2022 en del av Kompetanseprogrammet.'),
 R('KPFRIV','Kompetansepluss frivillighet',['3.2','3.6'],'Kurs/utdanning','HK-dir',['VOFO'],'2022',
   'Tilskudd til frivillige organisasjoner for kurs i grunnleggende ferdigheter.'),
 R('KARRNETT','Karriereveiledning.no – nasjonal digital karriereveiledning',['1.3'],'Informasjon','HK-dir',['fylkeskommunene'],'2019–',
   'Tjenesten hadde 40 000 samtaler i 2022.'),
 R('HK_KVAL','Kvalitetsrammeverk for karriereveiledning',['1.3'],'FoU','HK-dir',['karrieresentrene','NAV'],'2020–2023',
   'Rammeverket beskriver kvalitet, etikk og kompetanse i karriereveiledning.'),
 R('REALK','Nasjonal metode for realkompetansevurdering',['2.5'],'FoU','HK-dir',['partene i arbeidslivet'],'2017–2022',
   'Metoden for vurdering av kompetanse fra arbeidslivet er ferdig utprøvd.'),
 R('BRANSJE','Bransjeprogrammene – forvaltning',['2.4','3.3'],'Prosjekt','HK-dir',['partene i arbeidslivet'],'2018–',
   'HK-dir forvalter tilskuddene og følger opp styringsgruppene for 14 programmer.'),
 R('EVAL_BRANSJE','Evaluering av bransjeprogrammene',['2.2'],'FoU','HK-dir',['Oxford Research'],'2019–2022',
   'Delrapport 2 fra følgeevalueringen kom høsten 2022.'),
], 'hkdir_pdf_landscape_matrix_delmaal_cell_merged_vertically_numbered_rows_forts_header_then_kort_om_tiltakene_keyed_list',
 "HK-dir note PDF (landscape): 'Notat – HK-dirs oppfølging av NKPS 2022', a short intro, then a drawn table Delmål | Nr. | Tiltak | Type | Ansvar | Partnere | Periode where the Delmål cell is merged vertically over all rows of that delmål (code + short wording) and the table continues on page 2 under a repeated header marked '(forts.)'; the descriptions are in a list 'Kort om tiltakene' keyed by Nr.; 'Sum: 8 tiltak' line and a footer 'HK-dir · side n' (not measures)")

F('2023_Akademikerne_rapport.docx', 'Akademikerne', 2023, [
 R('AKA_TEKNA','Etterutdanningskurs i digital teknologi',['2.1'],'Kurs','Akademikerne/Tekna',['NTNU'],'2023',
   'Korte kurs i kunstig intelligens og dataanalyse for medlemmer.'),
 R('AKA_ECONA','Karriereveiledning for medlemmer',['1.3'],'Informasjon','Akademikerne/Econa',[],'2023',
   'Econa tilbyr karrieresamtaler og CV-hjelp for økonomer.'),
 R('KOMPREF','Kompetansereformen',['2.2'],'Annet','Akademikerne',['KD'],'2019–',
   'Akademikerne følger opp reformen og har særlig pekt på behovet for fleksible tilbud fra UH-sektoren.'),
 R('AKA_EVU','Innspill om etter- og videreutdanning i høyere utdanning',['1.4'],'Annet','Akademikerne',['UHR'],'2023',
   'Innspill til KD om finansiering av EVU-tilbud ved universiteter og høyskoler.'),
 R('KBU','Akademikerne i KBU',['1.1'],'Råd/utvalg/nettverk','Akademikerne',['KD'],'2023–',
   'Akademikerne har fått plass i utvalget med nytt mandat fra 2023.'),
], 'akademikerne_word_autonumbered_items_under_association_headings_soft_line_break_label_lines_inside_one_paragraph',
 "Akademikerne Word report (footer with date and PAGE): 'Innledning'; Heading 2 per member association ('Akademikerne sentralt', 'Tekna', 'Econa'); each measure is ONE auto-numbered list paragraph whose bold title is followed by soft line breaks (w:br) and label lines 'Delmål: 2.1 (digital kompetanse)', 'Type:', 'Ansvar:', 'Samarbeid:', 'Tid:' and the text; a closing 'Kontakt' paragraph (not a measure)")

F('2023_NAV_arsrapport.pdf', 'NAV', 2023, [
 R('AMO','Arbeidsmarkedsopplæring (AMO)',['3.3','3.5'],'Kurs','Arbeids- og velferdsdirektoratet',['fylkeskommunene'],'2023',
   'Kurs for arbeidssøkere som trenger kvalifisering; 24 000 deltakere i 2023.'),
 R('TOARIG','Fag- og yrkesopplæring som arbeidsmarkedstiltak (tidligere toårig yrkesrettet opplæring)',['3.5'],'Opplæring','Arbeids- og velferdsdirektoratet',['fylkeskommunene'],'2019–',
   'Arbeidssøkere kan få inntil tre år opplæring mot fagbrev.'),
 R('NAV_GRUNN','Kurs i grunnleggende ferdigheter for arbeidssøkere',['3.5'],'Kurs','NAV',['Kompetanse Norge'],'2023',
   'Kurs i lesing, skriving, regning og digitale ferdigheter.'),
 R('NAV_NORSK','Norskopplæring for arbeidssøkere i NAV',['3.4','3.5'],'Kurs','NAV',['IMDi','kommunene'],'2023',
   'Arbeidsrettet norskopplæring for innvandrere som har avsluttet introduksjonsprogrammet.'),
 R('NAV_KARR','Karriereveiledning i NAV-kontorene',['1.3'],'Informasjon','NAV',['karrieresentrene'],'2023',
   'Veiledere i NAV får opplæring i karriereveiledning i samarbeid med karrieresentrene.'),
 R('NAV_EVAL','Evaluering av opplæringstiltakene i NAV',['2.2'],'Evaluering','Arbeids- og velferdsdirektoratet',['Frischsenteret'],'2022–2024',
   'Frischsenteret evaluerer effekten av AMO og fag- og yrkesopplæring.'),
], 'nav_annual_report_chapter_pdf_running_page_numbers_prose_then_tabell_with_maalgruppe_form_ansvarlig_enhet_and_figure_table',
 "Chapter 4.3 of NAV's annual report as PDF (printed page number 41, header 'Årsrapport 2023 · Arbeids- og velferdsdirektoratet'): prose about the follow-up of the strategy, 'Tabell 4.3 NAVs tiltak' with columns Tiltak | Delmål | Form | Ansvarlig enhet | Samarbeid | Varighet | Omtale, and 'Tabell 4.4 Deltakere i opplæringstiltak 2019–2023' (numbers, not measures) plus source lines; chapter 4.4 heading on another subject at the end")
