# -*- coding: utf-8 -*-
"""Files 1-6: LO 2017, Spekter 2017, NHO 2018, KS 2018, Unio 2018, Regjeringen 2019."""
from common import M

HOVED = ["LO", "NHO", "Unio", "YS", "Virke", "Spekter", "KS", "Akademikerne"]

LO17 = {
    "file": "2017_LO_protokoll_kompetanseutvalget.docx", "reporter": "LO", "year": 2017, "lang": "nb",
    "render": "lo17", "made_with": "python-docx (vMerge, gridSpan)",
    "layout": "committee_minutes_decision_table_merged_owner",
    "layout_desc": "minutes (PROTOKOLL) of a meeting in LO's competence committee: header lines Tid/Sted/Til stede/"
                   "Forfall/Referent, agenda items 'Sak 20/17'–'Sak 23/17' each with 'Vedtak:'; only Sak 22/17 "
                   "'Rapportering til Kompetansepolitisk råd 2017' holds measures: its decision adopts a Word table "
                   "Tiltak | Kort om tiltaket | Strategiens tiltak nr. | Form | Hvem har ansvaret | Med | Tidsrom; "
                   "the 'Hvem har ansvaret' cell is vertically merged over consecutive rows with the same owner "
                   "(KD ×3, LO ×2); old numbers written 'tiltak 4 og 7'; a full-width merged 'Merknad' row closes "
                   "the table; 'Sak 23/17 Eventuelt' names the fagbrev pilot as a possible measure NEXT year (not a "
                   "measure); the other agenda items and 'Neste møte' are not measures",
    "rows": [
        M("T01", "LOs plass i Kompetansebehovsutvalget", ["1.1"], "Utvalg", "KD", HOVED, "2017–2021",
          "Utvalget settes ned høsten 2017 og skal gi årlige analyser av kompetansebehovene. LO har én fast plass "
          "og vil bruke den til å løfte fram behovene tillitsvalgte ser i virksomhetene."),
        M("T02", "Samarbeidsrådet for yrkesopplæring (SRY)", ["1.4", "2.3"], "Råd", "KD",
          ["LO", "NHO", "KS", "Spekter", "Virke", "YS", "Unio"], "Løpende",
          "LO har to medlemmer i SRY og koordinerer LO-forbundenes representanter i de faglige rådene. I 2017 har "
          "rådet særlig arbeidet med fornyelse av tilbudsstrukturen."),
        M("T04", "Samfunnskontrakten for flere læreplasser", ["1.4", "2.3"], "Avtale", "KD",
          ["LO", "NHO", "YS", "Virke", "Spekter", "KS"], "2016–2020",
          "Kontrakten har som mål at alle kvalifiserte søkere skal få læreplass. LO følger opp gjennom forbundene "
          "og i dialog med fylkeskommunene."),
        M("S4", "Lærlingkonferanse sammen med Spekter", ["2.3"], "Konferanse", "LO og Spekter",
          ["LO Stat", "Fagforbundet"], "30. november 2017",
          "Felles konferanse for Spekters medlemsvirksomheter og LOs tillitsvalgte om hvordan flere virksomheter "
          "kan ta inn lærlinger."),
        M("L1", "Skolering av tillitsvalgte i kompetanseutvikling", ["2.2"], "Skolering", "LO",
          ["AOF", "LO-forbundene"], "2017–2018",
          "Nytt kursopplegg i LOs skoleringsprogram som gir tillitsvalgte verktøy for å kreve kompetanseplaner og "
          "drøfte opplæringsbehov med arbeidsgiver."),
        M("L2", "Notat om tariffavtalenes betydning i kompetansepolitikken", ["2.2"], "Utredning", "LO",
          ["Fafo"], "2017",
          "Fafo skriver på oppdrag fra LO et notat om hvordan bestemmelsene om kompetanse i tariffavtalene brukes "
          "lokalt."),
        M("N3", "Matindustrien 4.0 – kompetanseløft for hele matindustrien", ["2.1"], "Prosjekt", "LO/NNN",
          ["NHO Mat og Drikke", "Sjømat Norge"], "2017–2019",
          "Partene i matindustrien kartlegger hvilke digitale ferdigheter bransjen trenger og lager felles "
          "opplæringstilbud for ansatte i små og store bedrifter."),
        M("R1", "Metode for å beskrive kompetanse ervervet i arbeidslivet", ["2.5"], "Utredning", "Virke",
          ["LO", "NHO", "YS"], "2017–2018",
          "Partsprosjekt ledet av Virke som skal gi en felles modell for å beskrive og verdsette kompetanse fra "
          "arbeidslivet. LO sitter i styringsgruppen."),
    ],
}

SP17 = {
    "file": "2017_Spekter_arsberetning_kap4.pdf", "reporter": "Spekter", "year": 2017, "lang": "nb",
    "render": "sp17", "made_with": "reportlab (platypus)",
    "layout": "org_annual_report_chapter_sections_tab_factblock_oldnr",
    "layout_desc": "chapter 4 'Kompetanse og rekruttering' of Spekter's annual report (årsberetning) as a PDF: "
                   "running header 'Spekter – Årsberetning 2017', page numbers; a grey 'Spekter i tall' box and "
                   "'4.1 Innledning' are not measures; measures are sections 4.2–4.7 (section numbers look like "
                   "delmål codes, stripped from the title) with the text FIRST and a tab-aligned fact block after it "
                   "('Kobling til NKPS: tiltak nr. 4 og 7', 'Art:', 'Ansvar:', 'Med:', 'Når:'); '4.8 Andre saker' "
                   "(wage settlement) is not a measure; one section runs over the page break",
    "rows": [
        M("S2", "Søkekonferanse om KompetansePluss arbeid", ["3.2"], "Konferanse", "Spekter",
          ["Kompetanse Norge"], "September 2017, en dag",
          "Seminar der medlemsvirksomhetene får kunnskap om ordningen, gevinstene og hva som kreves for å søke, "
          "med eksempler fra virksomheter som har gjennomført prosjekter."),
        M("S5", "Brev til medlemsvirksomhetene om lærlinger", ["1.4", "2.3"], "Brev", "Spekter", [],
          "8. mai 2017",
          "Administrerende direktør viser til Samfunnskontrakten for flere læreplasser og oppfordrer øverste leder "
          "i hver virksomhet til å vurdere om de kan ta inn flere lærlinger."),
        M("S1", "Møteplass lærebedrifter", ["1.4", "2.3"], "Arrangement", "Spekter",
          ["Fafo", "fylkeskommuner", "opplæringskontorer"], "Årlig i mars, fra 2013",
          "Heldagsarrangement der medlemmer som er eller vil bli lærebedrifter, utveksler erfaringer og blir "
          "oppdatert på fag- og yrkesopplæringen."),
        M("S3", "Arbeidsgivernettverk for HR-direktører", ["2.2"], "Nettverk", "Spekter",
          ["medlemsvirksomhetene"], "Fra 2016, løpende",
          "Kvartalsvise møter for øverste HR-ledere der kompetansepolitikk og andre arbeidslivspolitiske spørsmål "
          "drøftes. Strategien ble presentert for nettverket i februar."),
        M("S6", "Livslang læring i sykehussektoren i Europa", ["2.2"], "Prosjekt", "HOSPEEM og EPSU",
          ["Spekter", "Fagforbundet", "Norsk Sykepleierforbund"], "Våren 2017–2019",
          "Europeisk prosjekt med to konferanser om verdien av å investere i kompetanse. Spekter sitter i "
          "styringsgruppen og skal sammen med Fagforbundet vise fram eksempler fra norske sykehus."),
        M("S4", "Konferanse for medlemsvirksomhetene og LOs tillitsvalgte", ["2.3"], "Konferanse",
          "LO og Spekter", [], "30. november 2017",
          "Konferansen skal bidra til målet i Samfunnskontrakten om at alle kvalifiserte elever får læreplass, med "
          "innlegg fra fagmiljøer, virksomheter og tillitsvalgte."),
    ],
}

NHO18 = {
    "file": "2018_NHO_utskriftsvennlig.pdf", "reporter": "NHO", "year": 2018, "lang": "nb",
    "render": "nho18", "made_with": "reportlab (platypus)",
    "layout": "cms_print_version_h3_grey_pipe_line",
    "layout_desc": "'Utskriftsvennlig versjon' of an article on nho.no printed to PDF: site name line, breadcrumb, "
                   "'Publisert 15.11.2018', H1, ingress; one H3 per measure, its text, then ONE grey pipe line "
                   "'Delmål 1.4 og 2.3 | Type | Ansvar: … | Samarbeid: … | periode' (type and period unlabelled); "
                   "a 'Les også' link list (names the barometer report) and a 'Kontakt' box are not measures; "
                   "browser date and page title in the top margin, printed URL and 'n/2' in the bottom margin; the last measure's title ends page 1 and its text starts page 2",
    "rows": [
        M("T01", "NHOs deltakelse i kompetansebehovsutvalget", ["1.1"], "Råd/utvalg", "KD",
          ["NHO", "LO", "Virke", "Spekter", "KS", "YS", "Unio", "Akademikerne"], "2017–",
          "NHO er representert i utvalget og bidrar med data fra NHOs kompetansebarometer. Første rapport kom i 2018."),
        M("T03", "NHOs arbeid i de faglige rådene", ["1.4", "2.3"], "Råd/utvalg", "Udir",
          ["NHO-forbundene", "LO-forbundene", "KS"], "Løpende",
          "NHO oppnevner arbeidsgiverrepresentanter til de ni faglige rådene og følger opp fornyelsen av "
          "læreplanene i yrkesfagene."),
        M("T04", "Samfunnskontrakten for flere læreplasser (2016–2020)", ["1.4", "2.3"], "Avtale", "Regjeringen",
          ["NHO", "LO", "YS", "Virke", "Spekter", "KS"], "2016–2020",
          "NHO-forbundene og bransjene følger opp med egne lærlingløfter. Antall lærekontrakter i NHO-bedrifter "
          "økte i 2018."),
        M("T06", "Fagbrev på jobb", ["2.5", "3.1"], "Ordning", "KD",
          ["Udir", "fylkeskommunene", "NHO", "LO"], "Fra 2017",
          "Ordning der voksne ansatte kan ta fagbrev gjennom arbeid i egen bedrift uten å gå veien om læreplass. "
          "NHO informerer medlemsbedriftene om ordningen."),
        M("T08", "Bransjeprogram for industri og bygg", ["2.4"], "Kurs/utdanning", "KD",
          ["Kompetanse Norge", "NHO", "LO", "Norsk Industri", "Fellesforbundet", "BNL"], "2018–2020",
          "Trepartsprogram der partene i industri og bygg peker ut behovene og utdanningsinstitusjonene lager korte, "
          "fleksible tilbud for ansatte."),
        M("N1", "NHOs kompetansebarometer", ["2.2"], "FoU", "NHO", ["NIFU"], "Årlig fra 2014",
          "Årlig undersøkelse blant NHOs medlemsbedrifter om kompetansebehov. I 2018 svarte 5 000 bedrifter, og "
          "mangel på fagarbeidere er fortsatt størst."),
        M("N2", "Jenter og teknologi", ["2.3"], "Kampanje", "NHO", ["NTNU", "Tekna"], "2016–2019",
          "Nasjonal kampanje som for tredje år på rad skal få flere jenter til å velge teknologifag, med skolebesøk "
          "og rollemodeller."),
        M("N3", "Kompetanseløft i matindustrien", ["2.1"], "Prosjekt", "NHO Mat og Drikke",
          ["LO/NNN", "Sjømat Norge"], "2017–2019",
          "Bransjeprosjektet «Matindustrien 4.0» gir ansatte i matindustrien opplæring i digitale verktøy og "
          "automatisering."),
        M("N4", "Kampanje for Hurtigsporet", ["3.4"], "Informasjon", "NHO", ["NAV", "IMDi"], "2018",
          "Kampanje i fire byer som viser bedrifter hvordan de kan rekruttere nyankomne flyktninger med relevant "
          "kompetanse."),
    ],
}

KS18 = {
    "file": "2018_KS_rapport.docx", "reporter": "KS", "year": 2018, "lang": "nb",
    "render": "ks18", "made_with": "python-docx (header/footer with PAGE field, tab stops)",
    "layout": "letterhead_own_theme_h2_quoted_goal_tab_labels_count_table",
    "layout_desc": "KS report on the KS letterhead template (logo text and date in the header, address line and "
                   "page field in the footer): Heading 2 = KS' OWN themes ('Kommunen som lærende organisasjon', "
                   "'Rekruttering og lærlinger', 'Helse og omsorg', 'Veiledning' – not delmål); each measure a "
                   "Heading 3, then tab-aligned label lines 'Strategiens mål:' (the delmål ONLY as quoted wording «…», "
                   "two joined by ' og '), 'Ansvar:', 'Samarbeid:', 'Kategori:', 'Varighet:', then the text; "
                   "'Oppsummering' with a table 'Antall tiltak per tema' (counts and Sum, not measures)",
    "groups": [
        ("Kommunen som lærende organisasjon", ["K1", "K4"]),
        ("Rekruttering og lærlinger", ["T04", "K3"]),
        ("Helse og omsorg", ["T16", "K2"]),
        ("Veiledning", ["T10"]),
    ],
    "rows": [
        M("T10", "KS i Nasjonalt forum for karriereveiledning", ["1.3"], "Nettverk", "Kompetanse Norge",
          ["KS", "NAV", "Udir", "fylkeskommunene", "partene"], "2017–",
          "Forumet samordner aktørene i karriereveiledningsfeltet. KS representerer kommunene og fylkeskommunene og "
          "har særlig vekt på rådgivningen i grunnskolen."),
        M("T04", "Samfunnskontrakten – læreplasser i kommunesektoren", ["1.4", "2.3"], "Avtale", "KD",
          ["KS", "partene"], "2016–2020",
          "KS følger opp kommunesektorens forpliktelse i Samfunnskontrakten for flere læreplasser og rapporterer "
          "årlig om antall lærlinger i kommunene."),
        M("K3", "Lærlingløftet i kommunene", ["1.4"], "Kampanje", "KS", ["Fagforbundet", "Delta"], "2018–2019",
          "Kampanje med rekrutteringsfilmer og veileder som skal hjelpe kommunene å ta inn flere lærlinger i "
          "helsearbeiderfaget og barne- og ungdomsarbeiderfaget."),
        M("T16", "Kompetanseløft 2020 – oppfølging i kommunesektoren", ["1.4"], "Plan", "HOD",
          ["KS", "Helsedirektoratet", "Fylkesmannen"], "2016–2020",
          "KS bidrar til at kommunene bruker tilskuddene i Kompetanseløft 2020 til videreutdanning og fagutdanning "
          "for ansatte i helse- og omsorgstjenestene."),
        M("K4", "Finansieringsmodeller for etter- og videreutdanning", ["2.2"], "FoU", "KS", ["Oslo Economics"],
          "2018–2019",
          "FoU-prosjekt som ser på hvordan kostnadene ved etter- og videreutdanning kan deles mellom arbeidsgiver, "
          "arbeidstaker og det offentlige i kommunesektoren."),
        M("K1", "KS Læring", ["2.1", "2.2"], "Digital plattform", "KS", ["kommunene"], "Fra 2016",
          "Nettbasert læringsplattform der kommuner deler kurs, e-læring og arrangementer med egne ansatte og med "
          "hverandre. 320 kommuner var tilknyttet ved utgangen av 2018."),
        M("K2", "Menn i helse", ["3.3"], "Prosjekt", "KS", ["NAV", "fylkeskommunene", "kommunene"], "2018–2020",
          "Rekrutteringsprogram der menn som er arbeidssøkere får praksis og tar fagbrev som helsefagarbeider. "
          "Programmet utvides til flere fylker i 2018."),
    ],
}

UNIO18 = {
    "file": "2018_Unio_epost.pdf", "reporter": "Unio", "year": 2018, "lang": "nb",
    "render": "unio18", "made_with": "reportlab (platypus)",
    "layout": "webmail_print_pasted_table_quoted_request",
    "layout_desc": "Unio's reply e-mail printed from Outlook on the web: browser-like top line, subject, "
                   "Fra/Dato/Til/Kopi lines, 'Hei!' and a short note, then a Word table pasted into the mail "
                   "(Tiltak | Delmål | Type | Ansvar og samarbeid | Kort beskrivelse | Tidsrom; 'Ansvar og samarbeid' "
                   "holds 'Ansvar: X' and 'Samarbeid: Y' on two lines), signature, then the quoted request from "
                   "Kompetanse Norge ('Fra: … Sendt: …') listing the fields asked for – not measures",
    "rows": [
        M("T01", "Kompetansebehovsutvalget (KBU) – Unios representant", ["1.1"], "Råd/utvalg/nettverk", "KD",
          ["hovedorganisasjonene"], "2017–",
          "Unio har fast plass i utvalget og har særlig vært opptatt av behovet for sykepleiere, lærere og politi."),
        M("U1", "Tillitsvalgtskolering om etter- og videreutdanning", ["2.2"], "Kurs/utdanning", "Unio",
          ["Unios forbund"], "2018–2019",
          "Felles kursdag for tillitsvalgte fra forbundene om rettigheter til etter- og videreutdanning og hvordan "
          "kompetanse tas inn i lokale forhandlinger."),
        M("U2", "Utredning om modeller for finansiering av etter- og videreutdanning", ["2.2"], "FoU", "Unio",
          ["Proba samfunnsanalyse"], "2018",
          "Proba har sammenlignet modeller for finansiering av EVU i Norge og Norden. Rapporten ble lagt fram på "
          "Unio-konferansen i oktober."),
        M("U3", "Kompetanseheving av helsepersonell – rapport", ["2.2"], "FoU", "Unio", ["Ny Analyse"], "2018",
          "Rapport om utfordringer og muligheter for kompetanseheving av sykepleiere og annet helsepersonell i "
          "kommunene og sykehusene."),
        M("U4", "Aktiv bruk av studieforbund i forbundene", ["3.6"], "Kurs/utdanning", "Unio",
          ["Unios forbund", "studieforbundene"], "Løpende",
          "Forbundene bruker studieforbund til kompetansehevende kurs for medlemmene, også for medlemmer som står "
          "utenfor arbeidslivet."),
    ],
}

REG19 = {
    "file": "2019_Regjeringen_notat.docx", "reporter": "Regjeringen", "year": 2019, "lang": "nb",
    "render": "reg19", "made_with": "python-docx (borderless label tables)",
    "layout": "ministry_note_budget_table_h3_label_grid",
    "layout_desc": "KD note 'Oppfølging av Nasjonal kompetansepolitisk strategi – regjeringens tiltak 2019': NOTAT "
                   "header grid (Til/Fra/Kopi/Dato/Vår ref.), unnumbered sections 'Kort om notatet', 'Budsjett 2019' "
                   "with 'Tabell 1 Bevilgninger 2019 (mill. kr)' naming several schemes with amounts and a Sum (not "
                   "measures), 'Oversikt over tiltakene' with one Heading 3 "
                   "per measure followed by a borderless two-column label grid (Delmål i strategien / Ansvarlig "
                   "departement / Samarbeid / Virkemiddel / Periode / Status 2019 = description); ministry type "
                   "words (Utvalg, Tilskuddsordning, Digital tjeneste, Plan, Ordning, Forskriftsendring); "
                   "'Videre arbeid' (a planned white paper) is not a measure",
    "rows": [
        M("T01", "Kompetansebehovsutvalget (KBU)", ["1.1"], "Utvalg", "KD",
          ["KMD", "ASD", "NFD", "partene i arbeidslivet", "Kompetanse Norge"], "2017–2021",
          "Utvalget la fram sin første temarapport om kompetansebehov i arbeidslivet i 2019. Kompetanse Norge er "
          "sekretariat."),
        M("T11", "Nasjonal digital karriereveiledningstjeneste (oppdrag til Kompetanse Norge)", ["1.3"],
          "Digital tjeneste", "KD", ["Kompetanse Norge", "Udir"], "2018–2020",
          "Kompetanse Norge utvikler en nettbasert tjeneste med chat, telefon og informasjon om utdanning og yrker. "
          "Første versjon lanseres i 2020."),
        M("T12", "Nasjonalt kvalitetsrammeverk for karriereveiledning", ["1.3"], "Prosjekt", "KD",
          ["Kompetanse Norge", "fylkeskommunene"], "2017–2020",
          "Rammeverket gir felles standarder for kompetanse, etikk og kvalitet i karriereveiledningen og tas i bruk "
          "i karrieresentrene."),
        M("T13", "Ekspertutvalg for etter- og videreutdanning", ["2.2"], "Utvalg", "KD",
          ["forskere", "partene i arbeidslivet"], "2018–2019",
          "Utvalget har vurdert finansieringen av og tilbudet av etter- og videreutdanning og leverte sin rapport "
          "i juni 2019 (NOU 2019: 12)."),
        M("T08", "Bransjeprogram for kompetanseutvikling", ["2.4"], "Tilskuddsordning", "KD",
          ["ASD", "Kompetanse Norge", "partene i bransjene"], "2018–",
          "Programmene er utvidet fra industri og bygg og helse og omsorg til også å omfatte reiseliv og varehandel."),
        M("T19", "Tilskudd til fleksible videreutdanningstilbud i digital kompetanse", ["2.1"], "Tilskuddsordning",
          "KD", ["Kompetanse Norge", "Diku"], "2017–2019",
          "Universiteter, høyskoler og fagskoler har fått midler til å utvikle korte, nettbaserte tilbud i IKT for "
          "ansatte i arbeidslivet."),
        M("T06", "Fagbrev på jobb – varig ordning", ["2.5", "3.1"], "Ordning", "KD", ["Udir", "fylkeskommunene"],
          "Fra 2017",
          "Etter forsøket ble fagbrev på jobb en varig ordning i forskrift til opplæringsloven. I 2019 tilbys "
          "ordningen i alle fylker, og departementet har gitt midler til informasjon om den."),
        M("T07", "Kompetansepluss arbeid og Kompetansepluss frivillighet", ["3.2"], "Tilskuddsordning", "KD",
          ["Kompetanse Norge", "VOFO", "partene i arbeidslivet"], "Løpende",
          "Tilskudd til opplæring i grunnleggende ferdigheter for voksne i arbeidslivet og i frivillige "
          "organisasjoner. Forsøk med kobling til fagopplæring startet i 2019."),
        M("T16", "Kompetanseløft 2020", ["1.4"], "Plan", "HOD", ["KS", "Helsedirektoratet"], "2016–2020",
          "Regjeringens plan for rekruttering, kompetanse og fagutvikling i den kommunale helse- og "
          "omsorgstjenesten."),
        M("G1", "Opplæring som arbeidsmarkedstiltak – endret tiltaksforskrift", ["3.3", "3.5"],
          "Forskriftsendring", "ASD", ["AVdir"], "2019",
          "Forskriften er endret slik at arbeidssøkere kan få opplæring som fører fram mot fagbrev, og slik at "
          "opplæringen i større grad kan kombineres med praksis i en bedrift."),
    ],
}

FILES_A = [LO17, SP17, NHO18, KS18, UNIO18, REG19]
