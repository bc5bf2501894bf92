# -*- coding: utf-8 -*-
"""Ground-truth data for batch match52. Rendering lives in build.py.
Row: (tiltak_id, title, delmal codes, type ('Norm|printed' or None), responsible, partners, period, description, continues)"""

OLD = {c: i + 1 for i, c in enumerate("1.1 1.2 1.3 1.4 2.1 2.2 2.3 2.4 2.5 2.6 3.1 3.2 3.3 3.4 3.5 3.6".split())}
WORDS_NB = {"1.1": "kompetansebehovsutvalg", "1.2": "regionalt folkevalgt nivås kompetansepolitiske ansvar",
    "1.3": "karriereveiledning", "1.4": "samarbeid mellom utdanningstilbydere og arbeidslivet",
    "2.1": "digital kompetanse i hele arbeidsstyrken", "2.2": "kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.3": "karrieremulighetene i yrkesfaglige utdanninger", "2.4": "koble kompetansebehov i virksomheter til utdanningstilbydere",
    "2.5": "dokumentere kompetanse ervervet i arbeidslivet", "2.6": "godkjenning av utenlandsk utdanning",
    "3.1": "fleksibel opplæring på voksnes premisser", "3.2": "Kompetanseplussordningene",
    "3.3": "opplæring i arbeidsmarkeds- og integreringspolitikken", "3.4": "norskopplæring og kvalifisering for innvandrere",
    "3.5": "NAVs opplæringstilbud", "3.6": "læring i frivillig sektor"}
WORDS_NN = {"1.2": "regionalt folkevald nivå sitt kompetansepolitiske ansvar", "1.3": "karriererettleiing",
    "1.4": "samarbeid mellom utdanningstilbydarar og arbeidslivet", "2.5": "dokumentere kompetanse frå arbeidslivet",
    "3.1": "fleksibel opplæring på vaksne sine premissar", "3.2": "Kompetansepluss-ordningane"}

FILES = {}
def F(name, reporter, year, made, layout, rows, **kw):
    FILES[name] = dict(reporter=reporter, year=year, made=made, layout=layout, rows=rows, **kw)

F("spekter_2017_rapportering.docx", "Spekter", 2017, "python-docx (Word numbering 'Rapporteringspunkt 1.')",
  "Numbered report: intro, list of 'Rapporteringspunkt n.' made with Word's own custom numbering, each with 'Relasjon til NKPS tiltak nr …' (old numbering 1–16) and a form of four numbered sub-headings (their Word numbering continues across forms). Not measures: intro, the sub-headings, signature.", [
 ("SPK_LAERLINGKONF", "Konferanse om læreplasser i spesialisthelsetjenesten", ["2.3"], None, "Spekter", ["LO Stat"], "30. november 2017", "Konferanse i Oslo sammen med LO Stat. Hensikten var å motivere virksomhetene til å ta inn flere lærlinger.", False),
 ("SPK_FAGSKOLEKONF", "Fagskolekonferanse for spesialisthelsetjenesten", ["1.4", "2.3"], None, "Spekter", ["LO/Fagforbundet", "YS/Delta"], "Mai 2017, en dags varighet", "Rette oppmerksomhet mot fagskoleutdanninger i spesialisthelsetjenesten og synliggjøre karrieremuligheter for fagarbeidere.", False),
 ("SPK_PRAKSIS", "Praksisplasser for masterstudenter i statsvitenskap", ["1.4"], None, "Spekter", ["UiO"], "Høsten 2017, ett semester", "Spekter tar imot to masterstudenter i praksis hvert semester.", False),
 ("SPK_KOMPUTV", "Kartlegging av kompetanseutvikling i Spekters medlemsvirksomheter", ["2.2"], None, "Spekter", ["Spekters medlemmer"], "2017–2018", "Spørreundersøkelse til HR-direktørene om hvordan virksomhetene planlegger kompetanseutvikling.", False),
 ("SRY", "Deltakelse i Samarbeidsrådet for yrkesopplæring (SRY)", ["1.4", "2.3"], None, "Spekter", ["KS", "LO", "NHO"], "Løpende", "Spekter har fast plass i SRY og i flere faglige råd.", False),
 ("SPK_DIALOG", "Dialogmøte med Spekters representanter i faglige råd", ["2.3"], None, "Spekter", ["Spekters medlemsvirksomheter"], "7. desember 2017", "Årlig møte for å samordne Spekters innspill i de faglige rådene.", False),
])

F("spekter_2018_rapport_sporendringer.docx", "Spekter", 2018, "python-docx + raw WordprocessingML (w:ins/w:del, comments)",
  "Single table, one row per measure (Nr | Tiltak | Delmål | Type tiltak | Ansvarlig | Samarbeidspartnere | Tidsrom), sent with tracked changes NOT accepted: one row deleted (Praksisplasser … – not a measure once accepted), one title rewritten, one delmål inserted, one whole row inserted (counts), margin comments. Not measures: cover text, comment bodies, 'Godkjent av' box.", [
 ("ARENDAL", "Felles arrangement med LO Stat under Arendalsuka 2018", ["2.2"], "Arrangement", "Spekter og LO Stat", [], "August 2018", None, False),
 ("SPK_FAGSKOLEKONF", "Fagskolekonferanse 2018", ["1.4", "2.3"], "Arrangement", "Spekter", ["LO/Fagforbundet", "YS/Delta"], "Mai 2018", None, True),
 ("SPK_KOMPUTV", "Kompetanseutvikling i Spekters medlemsvirksomheter", ["2.2"], "Kurs/utdanning", "Spekter", ["Spekters medlemmer"], "2018", None, True),
 ("SPK_MOTEPLASS", "Samfunnskontrakten for flere læreplasser – årlig møteplass for lærebedrifter", ["2.3"], "Arrangement", "Spekter", ["Spekters medlemmer"], "1. mars 2018", None, False),
 ("SRY", "Deltakelse i faglige råd og SRY", ["1.4", "2.3"], "Råd/utvalg/nettverk|Råd/utvalg/ nettverk", "Spekter", [], "Løpende", None, True),
 ("SPK_DIALOG", "Dialogmøte med representanter i faglige råd", ["2.3"], "Arrangement", "Spekter", ["Spekters medlemsvirksomheter"], "November 2018", None, True),
 ("SPK_HELSEFAG", "Kompetanseløft for helsefagarbeidere – pilot", ["3.1"], "Prosjekt", "Spekter", ["Fagforbundet", "Helse Sør-Øst"], "2018–2019", None, False),
], deleted=["Praksisplasser for masterstudenter i statsvitenskap"])

F("lo_2017_tiltak.pdf", "LO", 2017, "python-docx -> LibreOffice PDF",
  "Portrait cover + intro, then a LANDSCAPE section with one wide table (Tiltak | NKPS tiltak nr | Type | Ansvarlig | Samarbeid | Tidsrom), then portrait pages with 'Møter i Kompetansepolitisk råd 2017' list and a contact box. Old numbering only. Not measures: meetings list, contact box, page footer.", [
 ("SRY", "Samarbeidsrådet for yrkesopplæring (SRY)", ["1.4", "2.3"], "Råd/utvalg/nettverk", "LO", ["NHO", "KS", "Spekter", "Virke", "YS", "Unio"], "Hele perioden", None, False),
 ("LO_RSA", "Tiltak for å styrke Råd for samarbeid med arbeidslivet (RSA) i egne rekker", ["1.4"], "Råd/utvalg/nettverk", "LO", ["NHO"], "2017–2018", None, False),
 ("LO_UIO", "Samarbeid med UiO om utvikling av kunnskapsøkonomien", ["1.4"], "Prosjekt", "LO", ["NHO", "UiO"], "Fra høsten 2017", None, False),
 ("LO_TARIFF", "Notat «Tariffavtalenes betydning i kompetansepolitikken»", ["2.2"], "FoU", "LO", ["Fafo"], "2017", None, False),
 ("LO_TV", "Tillitsvalgtskolering om kompetanse og etter- og videreutdanning", ["2.1", "2.2"], "Kurs/utdanning|Kurs", "LO", ["LO-forbundene"], "Vår og høst 2017", None, False),
 ("LO_FF_EVU", "Rapport fra utvalg etter tariffrevisjonen 2016 – Etter- og videreutdanning", ["2.2"], "FoU|Utredning", "LO/Fellesforbundet", ["Norsk Industri", "BNL"], "2017", None, False),
 ("LO_KARR", "Forslag om større satsing på regionale karrieresentre", ["1.3"], "Annet|Politisk påvirkning", "LO", [], None, None, False),
])

F("lo_2018_rapport_kommentarer.docx", "LO", 2018, "python-docx (direct-formatted headings, comments, hidden text)",
  "Headings made with direct formatting (bold 13pt Normal paragraphs, numbered by hand '1.', '2.' …), each followed by label lines 'Delmål:', 'Type:', 'Ansvarlig:', 'Samarbeid:', 'Periode:' and a description paragraph. Margin comments by a colleague, a hidden-text note. Not measures: intro, comments, hidden note, 'Med vennlig hilsen'.", [
 ("SRY", "Deltakelse i SRY og de faglige rådene", ["1.4", "2.3"], "Råd/utvalg/nettverk", "LO", ["NHO", "KS", "Spekter", "Virke"], "Løpende", "LO har fem representanter i SRY og deltar i alle faglige råd.", True),
 ("LO_RSA", "Oppfølging av RSA-arbeidet i egne rekker", ["1.4"], "Råd/utvalg/nettverk", "LO", ["NHO"], "2018", "Fortsatt arbeid med å styrke LOs representasjon i Råd for samarbeid med arbeidslivet ved universiteter og høyskoler.", True),
 ("LO_UIO", "Kunnskapsøkonomien – fortsatt samarbeid med UiO", ["1.4", "2.2"], "Prosjekt", "LO", ["NHO", "UiO"], "2017–2019", "Seminarrekke og felles notat om kunnskapsøkonomien.", True),
 ("KBU", "Deltakelse i Kompetansebehovsutvalget (KBU)", ["1.1"], "Råd/utvalg/nettverk", "Kunnskapsdepartementet", [], "2017–2021", "LO er representert i utvalget som sammenstiller kunnskap om Norges kompetansebehov.", False),
 ("ARENDAL", "Arendalsuka: felles arrangement med Spekter om fornyelse av kompetanse", ["2.2"], "Arrangement", "LO Stat", ["Spekter"], "August 2018", "Debatt om verdien av fornyelse av ansattes kompetanse.", False),
 ("LO_ARENA", "Konferansen «Arena for kvalitet» i Yrkesfagenes år", ["2.3"], "Arrangement|Konferanse", "LO", ["KD", "Udir"], "2018", "LO var med og arrangerte konferansen i forbindelse med Yrkesfagenes år.", False),
 ("LO_KLYNGE", "Seminar om styrking av kompetanse i klyngesamarbeid", ["2.4"], "Arrangement|Seminar", "LO", ["NHO", "Eyde-klyngen"], "Oktober 2018", "Hvordan legge bedre til rette for styrking av kompetanse i klyngesamarbeid.", False),
 ("LO_TV", "Tillitsvalgtskolering om kompetanse – videreført", ["2.1", "2.2"], "Kurs/utdanning", "LO", ["LO-forbundene"], "2018", "Modulen om kompetanse er videreført og utvidet med digital kompetanse.", True),
])

F("lo_2019_fra_nettsiden.docx", "LO", 2019, "python-docx imitating a web page pasted into Word",
  "Text copied from lo.no into Word: many empty paragraphs, non-breaking spaces, manual line breaks (Shift+Enter) instead of paragraphs, 'Les mer'/'Del på Facebook' link debris, breadcrumbs. Each measure is a bold line followed by 'Delmål … / Type … / Ansvar … / Med … / Når …' on line breaks. Not measures: breadcrumbs, 'Les også' links, cookie text.", [
 ("BRANSJE", "Bransjeprogrammet for industri og bygg", ["2.1"], "Kurs/utdanning", "KD", ["LO", "NHO", "Fellesforbundet", "Norsk Industri"], "2018–2020", "Partene i industri og bygg har utviklet kortere utdanningstilbud sammen med fagskoler og høyskoler.", False),
 ("KOMPREF", "Kompetansereformen «Lære hele livet»", ["2.2", "3.1"], "Annet|Deltakelse i reformarbeid", "Regjeringen", ["partene"], "2019–", "LO har gitt innspill og deltar i trepartssamarbeidet om reformen.", False),
 ("LO_TV", "Tillitsvalgtskolering om kompetanse", ["2.1"], "Kurs/utdanning|Kurs", "LO", ["LO-forbundene"], "2019", "Kurset gjennomføres fortsatt i alle regioner.", True),
 ("LO_UIO", "Samarbeid med UiO om kunnskapsøkonomien – avsluttet", ["1.4"], "Prosjekt", "LO", ["NHO", "UiO"], "2017–2019", "Prosjektet ble avsluttet med en sluttrapport i juni.", True),
 ("SRY", "Samarbeidsrådet for yrkesopplæring", ["1.4"], "Råd/utvalg/nettverk|Råd", "LO", [], "Løpende", None, True),
 ("LO_FAGBREV", "Fagbrev på jobb – informasjon til tillitsvalgte", ["2.5"], "Informasjon", "LO", ["Fellesforbundet", "Fagforbundet"], "2019", "Brosjyre og nettside om ordningen fagbrev på jobb.", False),
])

F("nho_2018_oppfolging.docx", "NHO", 2018, "python-docx (facts table under each heading)",
  "Cover line + intro; each measure is a direct-formatted heading (bold, coloured, not a Heading style) with a small two-column facts table right under it (Delmål / Type tiltak / Ansvarlig / Partnere / Periode) and then a description paragraph. A 'Nøkkeltall' statistics table and a contact box at the end are not measures.", [
 ("JENTER", "Jenter og teknologi", ["2.3"], "Informasjon|Kampanje (informasjon)", "NHO", ["Abelia", "NITO", "Tekna"], "2016–2018", "Nasjonal kampanje, gjennomført for tredje år på rad i 2018.", False),
 ("NHO_FAGARB", "Rapport om fagarbeideres bidrag til innovasjon i bedrifter", ["2.2"], "FoU", "NHO", ["Fafo"], "2018", "Rapporten viser at fagarbeidere bidrar til innovasjon i over halvparten av bedriftene.", False),
 ("NHO_SKATT", "Skatteinsentivmodell for kompetanse i virksomheter", ["2.2"], "FoU|Utredning", "NHO", [], "2018–2019", "Bestilt rapport som beskriver 2–3 alternative innretninger av et skatteinsentiv.", False),
 ("NHO_GODE", "Gode eksempler på kompetanseutviklingsstrategier i næringslivet", ["2.2"], "FoU", "NHO", [], "2018", "Bestilt rapport med eksempler fra medlemsbedrifter.", False),
 ("SAMFKON", "Samfunnskontrakten for flere læreplasser", ["2.3"], "Annet|Avtale", "Regjeringen", ["NHO", "LO", "KS", "Spekter", "Virke", "YS", "Unio"], "2016–2020", "NHO følger opp kontrakten gjennom regionkontorene.", False),
 ("SRY", "SRY – Samarbeidsrådet for yrkesopplæring", ["1.4"], "Råd/utvalg/nettverk", "NHO", [], "Løpende", "NHO leder SRY i perioden.", False),
 ("NHO_YON", "Rapporten «Yrkesopplæringsnemndas rolle og ansvar»", ["1.2"], "FoU", "NHO", ["Partene"], "2018", "Utarbeidet sammen med partene i yrkesopplæringsnemndene.", False),
])

F("nho_2019_rapport.pdf", "NHO", 2019, "python-docx -> LibreOffice PDF (two-column section)",
  "One-column title block and intro, then a TWO-COLUMN section: each measure a bold title paragraph followed by 'Delmål:' 'Type:' 'Ansvarlig:' 'Partnere:' 'Tid:' lines and a short text; back to one column for 'Arrangementer vi deltok på' (a list of events NOT reported as measures) and a footer with page numbers.", [
 ("JENTER", "Jenter og teknologi – videreført", ["2.3"], "Informasjon", "NHO", ["Abelia", "NITO", "Tekna"], "2019", "Kampanjen er videreført for fjerde år.", True),
 ("NHO_SKATT", "Oppfølging av skatteinsentivmodell for kompetanse", ["2.2"], "FoU", "NHO", [], "2019", "Modellen er presentert for Finansdepartementet.", True),
 ("BRANSJE", "Bransjeprogram for industri- og byggenæringen", ["2.1"], "Kurs/utdanning", "KD", ["NHO", "LO", "Kompetanse Norge"], "2019–2020", "NHO-forbundene deltar i styringen av programmet.", False),
 ("NHO_KOMPFOND", "Kompetansefond for små og mellomstore bedrifter – forprosjekt", ["2.4"], "Prosjekt", "NHO", ["Innovasjon Norge"], "2019", "Forprosjekt om en felles finansieringsordning for SMB.", False),
 ("NHO_MAT", "Matindustrien 4.0 – kompetanseløft for hele matindustrien", ["2.1"], "Prosjekt", "NHO Mat og drikke", ["LO/NNN", "Sjømat Norge"], "2018–2020", "Digitale kurs for ansatte i næringsmiddelindustrien.", False),
 ("NHO_INNSPILL", "Innspill til kompetansereformen Lære hele livet", ["2.2"], "Annet|Høringsinnspill", "NHO", [], "2019", "NHO har levert skriftlige innspill til meldingen.", False),
])

F("ks_2018_rapport.docx", "KS", 2018, "python-docx (TOC field, nested tables, PAGE fields)",
  "Title page, a real Word TOC field with cached entries and page numbers, headers/footers with PAGE/NUMPAGES fields; one table per hovedinnsatsområde with rows Tiltak | Detaljer, where Detaljer holds a NESTED table (Delmål/Type/Samarbeid/Periode). Not measures: TOC entries, 'KS i tall' statistics table, heading rows.", [
 ("DIGKOMP", "Samarbeid om digital kompetanse i kommunene", ["2.1"], "Prosjekt", "KS", ["KMD", "hovedorganisasjonene"], "1. januar 2018 – ut 2019", "Totalt 71 kommuner er med i prosjektet.", False),
 ("KS_MONITOR", "Kommunesektorens arbeidslivsmonitor", ["2.2"], "FoU", "KS", [], "Ny rapport september 2019", None, False),
 ("KS_LAERING", "KS Læring", ["2.2"], "Informasjon", "KS", ["kommuner"], "Løpende", "Plattform der kommuner kan dele kurs og kunnskap med sine ansatte.", False),
 ("KS_LEDER", "Lederutfordringer i digitale omstillingsprosesser", ["2.1"], "FoU", "KS", ["PwC"], "2018", None, False),
 ("KS_LAERLING", "Status 2018, lærlinger i kommunesektoren", ["2.3"], "Informasjon", "KS", [], "2018", None, False),
 ("RSA", "Deltakelse i Råd for samarbeid med arbeidslivet (RSA)", ["1.4"], "Råd/utvalg/nettverk", "KS", ["UH", "Unio", "Virke", "NHO"], "Løpende", None, False),
 ("KS_MENN", "Menn i helse – evaluering", ["3.3"], "FoU", "KS", ["Østlandsforskning"], "2018", "Evaluering av rekrutteringsprogrammet for menn til helse- og omsorgsyrker.", False),
])

F("ks_2019_oppsummering.pdf", "KS", 2019, "reportlab (drawn directly)",
  "Drawn PDF: letterhead, 'KS i tall 2019' statistics grid (counts of kommuner, not measures), then a ruled matrix table Delmål | Tiltak | Type | Samarbeid | Status with delmål written as 'delmål 2.1' and 'Nytt'/'Videreført' status; footer with page x av y.", [
 ("DIGKOMP", "Digital kompetanse i kommunene – videreføring", ["2.1"], "Prosjekt", "KS", ["KMD", "hovedorganisasjonene"], "2018–2019", None, True),
 ("KS_MONITOR", "Arbeidslivsmonitor 2019", ["2.2"], "FoU", "KS", [], "September 2019", None, True),
 ("KS_TEKNO", "Teknologibasert læring på arbeidsplassen", ["2.1", "2.2"], "FoU", "KS", [], "2019–2020", None, False),
 ("KS_FINANS", "Finansieringsmodeller for etter- og videreutdanning", ["2.2"], "FoU", "KS", [], "2019", None, False),
 ("KS_HELSEOMS", "Kartlegging av endrede kompetansebehov i en digitalisert helse- og omsorgssektor", ["2.1"], "FoU", "KS", ["IPSOS"], "2019", None, False),
 ("RSA", "RSA – Råd for samarbeid med arbeidslivet", ["1.4"], "Råd/utvalg/nettverk", "KS", [], "Løpende", None, True),
])

F("regjeringen_2018_tiltak.docx", "Regjeringen", 2018, "python-docx (landscape section, vMerge)",
  "Portrait intro page, then a LANDSCAPE section with the wide matrix Delmål | Tiltak | Type tiltak | Ansvarlig | Samarbeidspartnere; the Delmål cell is vertically merged over all rows of a delmål; header row repeats. Back to portrait for 'Oversikt over departementenes møter' (not measures) and a closing paragraph.", [
 ("KBU", "Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "Regjeringen", ["KMD", "ASD", "partene", "Kompetanse Norge"], None, None, False),
 ("KARR_RAMME", "Nasjonalt kvalitetsrammeverk for karriereveiledning", ["1.3"], "Prosjekt", "Regjeringen", ["KD", "fylkeskommunene", "Kompetanse Norge"], None, None, False),
 ("DIGKARR", "Utvikling av en nasjonal digital karriereveiledningstjeneste", ["1.3"], "Informasjon", "Regjeringen", ["KD", "Kompetanse Norge", "Utdanningsdirektoratet"], None, None, False),
 ("REG_DIM", "Arbeidsgruppe som skal vurdere systemet for dimensjonering av høyere utdanning", ["1.4"], "Råd/utvalg/nettverk", "Regjeringen", ["KD", "KMD", "NFD", "HOD", "FD"], None, None, False),
 ("BRANSJE", "Tilskudd til bransjeprogram for industri- og byggenæringen og lokal helse- og omsorgssektor", ["2.1"], "Kurs/utdanning", "Regjeringen", ["KD", "Kompetanse Norge", "partene", "bransjene"], None, None, False),
 ("REG_DIGTILSK", "Tilskudd til utvikling av fleksible videreutdanningstilbud i digital kompetanse", ["2.1"], "Kurs/utdanning", "Regjeringen", ["KD", "Kompetanse Norge", "DIKU"], None, None, False),
 ("REG_EKSPERT", "Ekspertutvalg om etter- og videreutdanning", ["2.2"], "Råd/utvalg/nettverk", "Regjeringen", ["forskere", "utdanningsinstitusjoner"], None, None, False),
 ("YRKESFAG", "Yrkesfagenes år 2018", ["2.3"], "Informasjon", "Regjeringen", ["KD", "YS", "Virke", "Spekter", "LO", "NHO"], None, None, False),
 ("SAMFKON", "Samfunnskontrakten for flere læreplasser", ["2.3"], "Kurs/utdanning", "Regjeringen", ["Partene"], None, None, False),
 ("REG_ARENA", "Arenaprogrammet, videreutvikling av klyngeprogrammet", ["2.4"], "Prosjekt", "Regjeringen", ["NFD", "KMD", "Innovasjon Norge"], None, None, False),
 ("REG_NOKUT", "Raskere godkjenning av utenlandsk utdanning", ["2.6"], "Annet|Forvaltning", "Regjeringen", ["NOKUT", "KD"], None, None, False),
 ("REG_KOMPPLUSS", "Kompetansepluss arbeid – forsøk med kobling til fagopplæring", ["3.2"], "Prosjekt", "Regjeringen", ["Kompetanse Norge", "fylkeskommunene"], None, None, False),
 ("REG_NAV2", "Toårig yrkesrettet opplæringstiltak i NAV", ["3.5"], "Kurs/utdanning", "Regjeringen", ["ASD", "Arbeids- og velferdsetaten"], None, None, False),
])

F("regjeringen_2019_rapport.pdf", "Regjeringen", 2019, "python-docx -> LibreOffice PDF",
  "Headings per delmål written as 'Delmål 1.3 Karriereveiledning' (direct-formatted, numbered), under each one or more measures as a bold run-in title followed by a parenthesis '(Type: …; ansvarlig: …; samarbeid: …; tid: …)' and prose. Delmål given once per heading. Not measures: the delmål headings, intro, 'Vedlegg: oversikt over høringer' list.", [
 ("KBU", "Kompetansebehovsutvalget – første rapport", ["1.1"], "Råd/utvalg/nettverk", "KD", ["partene"], "2018–2019", "Utvalget la fram NOU 2018:2 og arbeider med neste rapport.", True),
 ("DIGKARR", "Nasjonal digital karriereveiledningstjeneste", ["1.3"], "Informasjon", "KD", ["Kompetanse Norge"], "Lansering 2020", "Tjenesten skal gi veiledning via chat, telefon og nett.", True),
 ("BRANSJE", "Bransjeprogrammene – utvidet til flere bransjer", ["2.1"], "Kurs/utdanning", "KD", ["partene", "Kompetanse Norge"], "2019–2021", "Programmet er utvidet til varehandel og reiseliv.", True),
 ("KOMPREF", "Kompetansereformen – Lære hele livet", ["2.2", "3.1"], "Annet|Melding til Stortinget", "Regjeringen", ["partene"], "2019–2020", "Stortingsmeldingen om kompetansereformen legges fram våren 2020.", False),
 ("SAMFKON", "Ny samfunnskontrakt for flere læreplasser 2019–2021", ["2.3"], "Annet|Avtale", "KD", ["partene"], "2019–2021", "Kontrakten er fornyet med mål om flere læreplasser.", True),
 ("REG_NOKUT", "Raskere godkjenning av utenlandsk utdanning – videreført", ["2.6"], "Annet|Forvaltning", "KD", ["NOKUT"], "2019", "Saksbehandlingstiden i NOKUT er redusert.", True),
 ("REG_NAV2", "Toårig yrkesrettet opplæring i NAV – oppfølging", ["3.5"], "Kurs/utdanning", "ASD", ["Arbeids- og velferdsetaten"], "2019", "Tiltaket er innført i utvalgte fylker.", True),
])

F("virke_2018_rapport.docx", "Virke", 2018, "python-docx (custom 'a)' numbering restarted, hyperlinks, bookmarks)",
  "Sections with a direct-formatted heading naming the delmål ONLY IN WORDS once ('Delmål: dokumentere kompetanse …'), each with a Word list numbered 'a)', 'b)' that RESTARTS in every section; item titles carry bookmarks or are hyperlinks to virke.no; under each item 'Type:', 'Partnere:', 'Tid:' lines. Not measures: intro, 'Om Virke', list of Virke's seminars.", [
 ("BALANSE", "Balansekunst – modell og metode for å beskrive kompetanse fra arbeidslivet", ["2.5"], "FoU", "Virke", ["LO", "YS", "NHO"], "Lansert april 2018", None, False),
 ("VIRKE_HANDELSKOLE", "Virke Handelsskolen – modul for dokumentasjon av realkompetanse", ["2.5"], "Kurs/utdanning", "Virke", ["HK"], "2018–2019", None, False),
 ("VIRKE_LIT", "Litteraturstudie om «Digitaliseringens påvirkning på varehandel»", ["2.1"], "FoU", "Virke", ["Handel og Kontor", "Universitetet i Sørøst-Norge"], "2018", None, False),
 ("VIRKE_TEKN", "Studie om «Hvordan påvirker ny teknologi kompetansebehovet i varehandelen?»", ["2.1"], "FoU", "Virke", ["Samfunnsøkonomisk analyse", "NAV", "Handel og Kontor Norge"], "Ferdig 2019", None, False),
 ("YRKESFAG", "Yrkesfagenes år", ["2.3"], "Informasjon", "KD", ["Virke"], "2018", None, False),
 ("VIRKE_LAERE", "Lærlingkampanje i handelsnæringen", ["2.3"], "Informasjon", "Virke", ["HK"], "2018", None, False),
 ("RSA", "Deltakelse i Råd for samarbeid med arbeidslivet", ["1.4"], "Råd/utvalg/nettverk", "Virke", ["universiteter og høyskoler"], "Løpende", None, False),
 ("VIRKE_FAGSKOLE", "Bransjerettet fagskoletilbud i handel", ["1.4"], "Kurs/utdanning", "Virke", ["fagskolene"], "Fra 2019", None, False),
])

F("virke_2020_rapport.pdf", "Virke", 2020, "reportlab (drawn directly)",
  "Plain drawn letter-style PDF: logo text, date line, 'Til Kompetansepolitisk råd', then a grid table Tiltak | Delmål | Type | Ansvar og partnere | Tidsrom where responsible and partners share one cell ('Virke med LO, YS og NHO'). Not measures: covid paragraph, signature.", [
 ("BALANSE", "Balansekunst – videre arbeid med kompetansebeskrivelser", ["2.5"], "FoU", "Virke", ["LO", "YS", "NHO"], "2019–2020", None, True),
 ("VIRKE_TEKN", "Ny teknologi og kompetansebehov i varehandelen – oppfølging", ["2.1", "2.2"], "FoU", "Virke", ["Samfunnsøkonomisk analyse"], "2020", None, True),
 ("VIRKE_BRANSJE", "Bransjeprogram for varehandelen", ["2.1"], "Kurs/utdanning", "Virke", ["HK", "Kompetanse Norge"], "2020–2021", None, False),
 ("VIRKE_KORONA", "Digitale kurs for permitterte i handelen", ["3.3"], "Kurs/utdanning", "Virke", ["HK", "NAV"], "Våren 2020", None, False),
 ("VIRKE_LAERE", "Lærlingkampanje i handel – fortsatt", ["2.3"], "Informasjon", "Virke", ["HK"], "2020", None, True),
])

F("ys_2018_skjema.docx", "YS", 2018, "python-docx (roman 'i.' numbering, one form table per measure)",
  "Heading 'YS – rapportering 2018', then for each measure a paragraph numbered by Word's lowerRoman list 'i.', 'ii.' … holding the title, followed by a two-column form table (Navn på tiltak | Relasjon til delmål | Type tiltak | Ansvarlig | Samarbeidspartnere | Tidspunkt og varighet | Beskrivelse). Not measures: 'Om YS' box and greeting.", [
 ("SRY", "Samarbeidsrådet for yrkesopplæring", ["1.4", "2.3"], "Råd/utvalg/nettverk", "YS", ["LO", "NHO", "KS", "Spekter", "Virke", "Unio"], "Løpende", "YS deltar i SRY og i faglige råd.", False),
 ("YRKESFAG", "Yrkesfagenes år 2018", ["2.3"], "Informasjon", "KD", ["YS", "Virke", "Spekter", "LO", "NHO"], "2018", "Informasjons- og omdømmekampanje på nett og i sosiale medier.", False),
 ("YS_BRANSJ", "Intern vurdering av bransjer med behov for kompetanseutvikling", ["2.1"], "Kurs/utdanning", "YS", ["Egne medlemmer"], "2018", "YS har internt vurdert aktuelle bransjer.", False),
 ("YS_AFI", "Analyse av endringer i arbeidslivet knyttet til nye digitale løsninger", ["2.2"], "FoU", "YS", ["AFI"], "2018–2019", "Analyse bestilt fra AFI.", False),
 ("YS_TV", "Tillitsvalgtkurs: Kompetanse på arbeidsplassen", ["2.2"], "Kurs/utdanning", "YS", ["YS-forbundene"], "Fire kurs i 2018", "Kurs for tillitsvalgte om kompetanseplanlegging.", False),
])

F("unio_2019_utkast_sporendringer.docx", "Unio", 2019, "python-docx + raw WordprocessingML (tracked changes, comments, list restart)",
  "Draft with tracked changes not accepted: one whole measure deleted (Innspill til statsbudsjettet 2020), one delmål inserted, one title partly rewritten; margin comments. Measures as Word-numbered paragraphs '1.', '2.' … with the list RESTARTED at 1 for part 2 ('Unio deltar i'), each followed by a line 'Delmål … | Type … | Ansvarlig … | Samarbeid … | Tid …'. Not measures: comments, intro, 'Kontakt' box.", [
 ("UNIO_FIN", "Utredning av ulike modeller for finansiering av etter- og videreutdanning", ["2.2"], "FoU", "Unio", ["Proba samfunnsanalyse"], "2018–2019", None, False),
 ("UNIO_HELSE", "Rapport om kompetanseheving av helsepersonell", ["2.2"], "FoU", "Unio", ["Ny Analyse"], "2019", None, False),
 ("UNIO_DIG", "Unios digitaliseringspolitikk – workshop med medlemsforbundene", ["2.1"], "Arrangement|Workshop", "Unio", ["Unios medlemsorganisasjoner"], "Mars 2019", None, False),
 ("UNIO_TV", "Digitalisering i tillitsvalgtskoleringen", ["2.1", "2.2"], "Kurs/utdanning", "Unio", ["Unios medlemsorganisasjoner"], "2019–2020", None, False),
 ("RSA", "Råd for samarbeid med arbeidslivet (RSA)", ["1.4"], "Råd/utvalg/nettverk", "Universitetene og høyskolene", ["Unio", "Virke", "NHO"], "Løpende", None, False),
 ("UNIO_UHR", "Deltakelse i UHRs fagstrategiske enheter", ["1.4"], "Råd/utvalg/nettverk", "UHR", ["Unio"], "Løpende", None, False),
], deleted=["Innspill til statsbudsjettet 2020"])

F("akademikerne_2018.pdf", "Akademikerne", 2018, "python-docx -> LibreOffice PDF",
  "Cover page with logo text and date, then a table with a repeating header row (Tiltak | Delmål | Type | Ansvarlig | Samarbeid) whose rows break across pages; delmål written 'delmål 2.2'; a boxed 'Kontaktperson' table and page footer. Not measures: cover, contact table, 'Om Akademikerne'.", [
 ("KBU", "Kompetansebehovsutvalget (KBU) – deltakelse", ["1.1"], "Råd/utvalg/nettverk", "KD", ["Akademikerne"], None, None, False),
 ("AK_MENON", "Forskningsrapport «Akademisk kompetanse: betydning for produktivitet, vekst og verdiskaping i Norge»", ["2.2"], "FoU", "Akademikerne", ["Menon"], None, None, False),
 ("AK_EVU", "Forskningsrapport «Etter- og videreutdanning blant høyt utdannede i Norge – status og veien videre»", ["2.2"], "FoU", "Akademikerne/Econa", ["Ny Analyse"], None, None, False),
 ("AK_YNGRE", "Forskningsrapport «Yngre eldre i arbeidslivet»", ["2.2"], "FoU", "Akademikerne/Econa", ["Ny Analyse"], None, None, False),
 ("AK_TEKNA", "Forskningsrapport «Behovet for etter- og videreutdanning i høyutdanningsgruppene»", ["2.2"], "FoU", "Akademikerne/Tekna", ["Tekna"], None, None, False),
 ("AK_SAMF", "Forskningsrapport «Framtidens behov for akademikere»", ["2.2"], "FoU", "Akademikerne", ["Samfunnsøkonomisk analyse"], None, None, False),
 ("AK_KARR", "Karrierestøtte til medlemmer i overgangen mellom utdanning og arbeid", ["1.3"], "Informasjon", "Akademikerne", ["medlemsforeningene"], None, None, False),
])

F("vofo_2019_rapport.docx", "VOFO", 2019, "python-docx (outline headings by direct formatting, hidden text, form tables)",
  "Outline headings built with direct formatting ('1 Regional tilstedeværelse', '1.1 …' typed by hand, bold/italic Normal) — the hand-typed outline numbers are NOT delmål codes; each measure a small form table (Tiltak | Delmål | Type | Partnere | Periode | Beskrivelse). A hidden-text paragraph with an old draft sentence and a statistics table 'Kursaktivitet i studieforbundene' are not measures.", [
 ("VOFO_REGION", "Styrking av VOFOs regionale tilstedeværelse", ["1.2"], "Kurs/utdanning", "VOFO", ["studieforbund", "kursarrangører"], "2019", "VOFO bidrar inn i regionale kompetansesamarbeid og overfor regionale karriereveiledere.", False),
 ("VOFO_SAMM", "Sammenslåing av regionledd", ["1.2"], "Prosjekt", "VOFO", ["VOFO-regionene"], "2019–2020", "Regionleddene slås sammen i tråd med regionreformen.", False),
 ("VOFO_KONS", "Kompetanseheving for regionkonsulenter", ["1.2"], "Kurs/utdanning", "VOFO", ["egne ansatte"], "2019", "Samlinger for nye og eksisterende regionkonsulenter.", False),
 ("VOFO_PARTNER", "Partnerskapsavtaler med fylkeskommuner", ["1.2"], "Informasjon", "VOFO", ["fylkeskommunene"], "Løpende", "Avtaler om samhandling med fylkeskommunene.", False),
 ("VOFO_KPF", "Kompetansepluss frivillighet – informasjon til studieforbundene", ["3.2", "3.6"], "Informasjon", "VOFO", ["Kompetanse Norge", "studieforbundene"], "2019", "Informasjonsmøter om søknadsrunden.", False),
 ("VOFO_NORSK", "Norsktrening i frivillige organisasjoner", ["3.4", "3.6"], "Kurs/utdanning", "VOFO", ["studieforbundene", "IMDi"], "2019", "Språkkafeer og norsktrening drevet av frivillige.", False),
])

F("vestland_2021_rapport_nn.docx", "Vestland fylkeskommune", 2021, "python-docx (nynorsk, 'Tiltak 1:' numbering restarted per hovudområde)",
  "Nynorsk. Word list with custom format 'Tiltak 1:' that RESTARTS at 1 under each hovudinnsatsområde heading; the delmål given in nynorsk words only ('Delmål: karriererettleiing'); label lines 'Type tiltak', 'Ansvarleg', 'Samarbeidspartnarar', 'Periode' and a prose 'Skildring'. Not measures: 'Om fylkeskommunen', a table of 'Møte i partnarskapet', closing greeting.", [
 ("VL_STRAT", "Regional kompetansestrategi for Vestland 2021–2024", ["1.2"], "Annet|Plan", "Vestland fylkeskommune", ["NAV Vestland", "KS", "LO", "NHO"], "2021–2024", "Strategien er utarbeidd saman med partnarskapet for kompetanse.", False),
 ("VL_FORUM", "Kompetanseforum Vestland", ["1.2"], "Råd/utvalg/nettverk|Nettverk", "Vestland fylkeskommune", ["partane i arbeidslivet", "UH"], "Heile perioden", "Fire møte i året.", False),
 ("VL_HVL", "Strategisk samarbeid mellom Høgskulen på Vestlandet og Fagskulen Vestland innan tekniske fag", ["1.4"], "Kurs/utdanning|Kurs/opplæring", "Vestland fylkeskommune", ["Høgskulen på Vestlandet", "Fagskulen Vestland"], "2021–2022", "Felles emne og overgang frå fagskule til ingeniørutdanning.", False),
 ("KARR_RAMME", "Kvalitetsrammeverk for karriererettleiing i karrieresentera", ["1.3"], "Prosjekt", "Vestland fylkeskommune", ["HK-dir"], "2021–2022", "Karrieresentera tek i bruk det nasjonale kvalitetsrammeverket.", False),
 ("VL_KARRS", "Karriere Vestland – karriererettleiing for vaksne", ["1.3"], "Annet|Teneste", "Vestland fylkeskommune", ["NAV"], "Heile året", "Gratis rettleiing for alle over 19 år.", False),
 ("VL_FAGBREV", "Fagbrev på jobb i kommunane", ["2.5", "3.1"], "Kurs/utdanning|Kurs/opplæring", "Vestland fylkeskommune", ["kommunane", "NAV Vestland"], "2021–2023", "Tilsette i kommunane kan ta fagbrev gjennom praksis.", False),
])

F("more_og_romsdal_2018.pdf", "Møre og Romsdal fylkeskommune", 2018, "reportlab (drawn directly)",
  "Drawn PDF with a coloured header band, a short 'Samandrag' (bokmål body), a ruled table Nr | Tiltak | Delmål (written '1.2/2.2') | Type | Partnere | Tid, then a bar-like table 'Fordeling av tiltak per delmål' with counts (not measures) and page numbers.", [
 ("MR_ALLIANSE", "Etablere Kompetansealliansen våren 2019", ["1.2"], "Råd/utvalg/nettverk", "Møre og Romsdal fylkeskommune", ["næringsliv/klynger", "høyskoler", "fagskoler", "videregående skoler"], "Våren 2019", None, False),
 ("MR_KGL", "Kunnskapsgrunnlag om regionens kompetansebehov", ["1.2", "2.2"], "FoU", "Møre og Romsdal fylkeskommune", ["Møreforsking"], "2018", None, False),
 ("MR_KARR", "Karrieresenter for alle over 19 år", ["1.3"], "Prosjekt", "Møre og Romsdal fylkeskommune", [], "2018–", None, False),
 ("MR_LAERE", "Flere lærlinger i offentlig sektor", ["2.3"], "Prosjekt", "Møre og Romsdal fylkeskommune", ["kommunene", "KS"], "2018–2020", None, False),
 ("MR_VOKSNE", "Fleksibel videregående opplæring for voksne", ["3.1"], "Kurs/utdanning", "Møre og Romsdal fylkeskommune", ["NAV Møre og Romsdal"], "Skoleåret 2018/19", None, False),
])

F("sogn_og_fjordane_2017_nn.docx", "Sogn og Fjordane fylkeskommune", 2017, "python-docx (nynorsk, DATE/PAGE fields, TOC field)",
  "Nynorsk. Header with a DATE field and footer 'Side PAGE av NUMPAGES'; a TOC field with cached page numbers; headings (real Heading styles) per measure, then 'NKPS tiltak nr. …' (old numbering) and label paragraphs 'Ansvarleg', 'Samarbeidspartnarar', 'Type', 'Tid'. Not measures: TOC lines, 'Bakgrunn', 'Kontaktpersonar' table.", [
 ("VL_HVL", "Strategisk samarbeid mellom Høgskulen på Vestlandet og Fagskulen i Sogn og Fjordane innan dei tekniske fagområda", ["1.4"], "Kurs/utdanning", "Sogn og Fjordane fylkeskommune", ["Høgskulen på Vestlandet", "Fagskulen i Sogn og Fjordane"], "Frå hausten 2017", "Samarbeid om felles emne og betre overgang mellom fagskule og høgskule.", False),
 ("SF_PLAN", "Regional plan for kompetanse i Sogn og Fjordane", ["1.2"], "Annet|Plan", "Sogn og Fjordane fylkeskommune", ["NAV", "KS", "partane"], "2017–2020", "Planen samlar dei regionale aktørane om felles mål.", False),
 ("SF_KARR", "Karrieresenteret i Sogn og Fjordane – rettleiing for vaksne", ["1.3"], "Annet|Teneste", "Sogn og Fjordane fylkeskommune", ["NAV"], "Heile året", "Karrieresenteret gir gratis rettleiing til vaksne.", False),
 ("SF_VOKSNE", "Vidaregåande opplæring for vaksne på kveldstid", ["3.1"], "Kurs/utdanning", "Sogn og Fjordane fylkeskommune", ["NAV"], "Skuleåret 2017/18", "Modulbasert opplæring i fleire utdanningsprogram.", False),
 ("SF_KOMPPLUSS", "Kompetansepluss-prosjekt i fiskeindustrien", ["3.2"], "Prosjekt", "Sogn og Fjordane fylkeskommune", ["Kompetanse Norge", "bedrifter i regionen"], "2017–2018", "Grunnleggjande ferdigheiter for tilsette i fiskeindustrien.", False),
])

F("hkdir_2023_rapport.docx", "HK-dir", 2023, "python-docx (bookmarks, statistics table, 'Tiltak 1:' list restarted in the middle)",
  "Agency report: title block, 'Sammendrag', a 'Nøkkeltall 2023' statistics table (not measures), then measures as a Word list 'Tiltak 1:', 'Tiltak 2:' … that is RESTARTED at 'Tiltak 1:' halfway (new part 'Ordninger'); each item followed by a one-row facts table (Delmål | Type | Partnere | Periode) and a description. Titles carry bookmarks; one is a hyperlink. Not measures: summary, statistics, footnote-like 'Kilde:' lines.", [
 ("KARR_RAMME", "Kvalitetsrammeverket for karriereveiledning", ["1.3"], "Prosjekt", "HK-dir", ["fylkeskommunene"], "2019–2023", "Rammeverket er tatt i bruk i alle fylker.", False),
 ("DIGKARR", "Karriereveiledning.no – nasjonal digital karriereveiledning", ["1.3"], "Informasjon", "HK-dir", [], "Løpende", "Tjenesten hadde over 40 000 veiledningssamtaler i 2023.", False),
 ("KBU", "Sekretariat for Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "HK-dir", [], "Løpende", "HK-dir er sekretariat for utvalget.", False),
 ("BRANSJE", "Bransjeprogrammer for kompetanseutvikling", ["2.1"], "Kurs/utdanning", "HK-dir", ["partene", "utdanningstilbydere"], "2018–2023", "Om lag 20 bransjeprogram er i drift.", False),
 ("HK_KPA", "Kompetansepluss arbeid", ["3.2"], "Kurs/utdanning", "HK-dir", ["virksomheter"], "Løpende", "Tilskudd til opplæring i grunnleggende ferdigheter på arbeidsplassen.", False),
 ("HK_KPF", "Kompetansepluss frivillighet", ["3.2", "3.6"], "Kurs/utdanning", "HK-dir", ["frivillige organisasjoner", "studieforbund"], "Løpende", "Tilskudd til opplæring i regi av frivillige organisasjoner.", False),
])

F("nav_2024_rapport.pdf", "NAV", 2024, "python-docx -> LibreOffice PDF (TOC + fields)",
  "Rendered Word report with a cached table of contents (entries with dot leaders and page numbers), header 'Arbeids- og velferdsdirektoratet' and page-number footer, then per measure a Heading 2 title and a two-column facts table (Delmål | Type | Ansvarlig | Samarbeid | Periode) followed by a paragraph. Not measures: TOC, 'Tall fra 2024' statistics table, 'Kontakt'.", [
 ("NAV_FAGBREV", "Fagbrev på jobb for arbeidssøkere", ["3.3"], "Kurs/utdanning", "NAV", ["fylkeskommunene"], "2022–2025", "Arbeidssøkere kan ta fagbrev i kombinasjon med arbeidspraksis.", False),
 ("REG_NAV2", "Toårig yrkesrettet opplæringstiltak", ["3.5"], "Kurs/utdanning", "NAV", ["fylkeskommunene"], "Fra 2019", "Opplæringstiltaket gir mulighet for fag- og svennebrev.", False),
 ("NAV_GRUNN", "Kurs i grunnleggende ferdigheter for arbeidssøkere", ["3.5"], "Kurs/utdanning", "NAV", ["HK-dir"], "2024", "Kurs i lesing, skriving, regning og digitale ferdigheter.", False),
 ("NAV_NORSK", "Norskopplæring i kombinasjon med arbeidspraksis", ["3.4", "3.5"], "Kurs/utdanning", "NAV", ["IMDi", "kommunene"], "2023–2025", "For innvandrere som trenger norsk for å komme i jobb.", False),
 ("NAV_KOMPKART", "Kartlegging av kompetanse hos arbeidssøkere", ["3.3"], "Annet|Tjenesteutvikling", "NAV", ["HK-dir"], "2024", "Nytt digitalt verktøy for kompetansekartlegging.", False),
])

NEAR_GROUPS = [
 ["LO_TV", "YS_TV", "UNIO_TV", "VOFO_KONS", "UNIO_DIG"],
 ["SF_PLAN", "VL_STRAT", "MR_ALLIANSE", "VL_FORUM", "MR_KGL"],
 ["SF_KARR", "VL_KARRS", "MR_KARR", "KARR_RAMME", "DIGKARR", "AK_KARR", "LO_KARR"],
 ["LO_FAGBREV", "VL_FAGBREV", "NAV_FAGBREV"],
 ["REG_KOMPPLUSS", "HK_KPA", "HK_KPF", "VOFO_KPF", "SF_KOMPPLUSS"],
 ["BRANSJE", "VIRKE_BRANSJE"],
 ["UNIO_FIN", "KS_FINANS", "NHO_SKATT"],
 ["AK_MENON", "AK_EVU", "AK_YNGRE", "AK_TEKNA", "AK_SAMF", "UNIO_HELSE"],
 ["YRKESFAG", "LO_ARENA", "VIRKE_LAERE", "MR_LAERE", "KS_LAERLING", "SAMFKON", "SPK_MOTEPLASS"],
 ["SRY", "SPK_DIALOG"],
 ["RSA", "LO_RSA", "UNIO_UHR"],
 ["DIGKOMP", "KS_LEDER", "KS_TEKNO", "REG_DIGTILSK"],
 ["VIRKE_LIT", "VIRKE_TEKN"],
 ["SPK_LAERLINGKONF", "SPK_FAGSKOLEKONF", "ARENDAL"],
 ["MR_VOKSNE", "SF_VOKSNE"],
 ["NAV_GRUNN", "NAV_NORSK", "REG_NAV2", "VOFO_NORSK"],
 ["KBU", "REG_EKSPERT"],
 ["VOFO_REGION", "VOFO_SAMM", "VOFO_PARTNER"],
 ["KOMPREF", "NHO_INNSPILL"],
 ["VL_HVL", "VIRKE_FAGSKOLE"],
]
