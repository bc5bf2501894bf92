# -*- coding: utf-8 -*-
"""Ground-truth data for batch match53 (separate from rendering in build.py).
Each row: M(tid, title, codes, dp, ty, typ, resp, partners, period, desc)
  codes  : sorted new delmål codes the reader should output
  dp     : the printed evidence for the codes (row label text, or section text), None if no delmål given
  ty/typ : canonical type (or None) / printed type word (or None)
  partners: list as printed (renderer joins with ', ' and ' og ')
"""
def M(tid, title, codes=(), dp=None, ty=None, typ=None, resp=None, partners=(), period=None, desc=None, sec=None):
    return dict(tid=tid, title=title, codes=sorted(codes), dp=dp, ty=ty, typ=typ, resp=resp,
                partners=list(partners), period=period, desc=desc, sec=sec)

FILES = []
def F(name, reporter, year, made, layout, rows, lang="nb", **kw):
    FILES.append(dict(name=name, reporter=reporter, year=year, made=made, layout=layout, rows=rows, lang=lang, **kw))

# ---------------------------------------------------------------- 2017 Spekter (old numbering)
F("Spekter_rapport_NKPS_2017.pdf", "Spekter", 2017, "reportlab",
  "Numbered report: list 'Rapporteringspunkter' then one four-heading form per measure; Word list numbering leaks into text", [
  M("SPK_KPA_SEM", "Søkekonferanse om KompetansePluss – Arbeid for Spekters medlemmer", ["3.2"], "Relasjon til NKPS tiltak nr 12.", "Arrangement", None,
    "Spekter", ["Kompetanse Norge"], "En dags varighet i september 2017.", "Et seminar der medlemsvirksomhetene får kunnskap om ordningen og hva som kreves for å søke."),
  M("SK16", "Oppfølging av Samfunnskontrakten for flere læreplasser", ["1.4", "2.3"], "Relasjon til NKPS tiltak nr. 4 og 7.", None, None,
    "Spekter", [], "Brevet sendes i mars 2017.", "Brev til øverste leder i alle medlemsvirksomhetene med oppfordring om å ta inn flere lærlinger."),
  M("SPK_NET", "Arbeidsgivernettverk for Spekters medlemsvirksomheter", ["2.2"], "Relasjon til NKPS tiltak nr. 6.", "Råd/utvalg/nettverk", None,
    "Spekter", [], "Fra 2017, fire samlinger i året.", "Nettverket drøfter kompetansepolitiske og arbeidslivspolitiske problemstillinger."),
  M("SPK_HS", "Samarbeid om å gjøre helsesekretærutdanningen mer relevant", ["1.4"], "Relasjon til NKPS tiltak nr 4.", None, None,
    "Spekter og LO Stat", ["Utdanningsdirektoratet", "Faglig råd for helse- og oppvekstfag"], "2017–2018", "Arbeidet skal gi en utdanning som svarer bedre på behovene i sykehusene."),
  M("SPK_INTKONF", "Konferanse om integrering av flyktninger og innvandrere i arbeidslivet", ["3.4"], "Relasjon til NKPS tiltak nr 14.", "Arrangement", None,
    "Spekter", ["IMDi"], "Oktober 2017", "Konferanse for medlemsvirksomhetene om hvordan de kan ta imot flyktninger på praksis og i jobb."),
])

# ---------------------------------------------------------------- 2018 LO
F("LO_oppfolging_kompetansestrategien_2018.docx", "LO", 2018, "python-docx",
  "LO form: one two-column label|answer table per measure (Tiltak, Delmål, Type, Ansvarlig, Samarbeid, Når, Om tiltaket), intro letter and a 'Møter i rådet' list before", [
  M("KBU", "Deltakelse i Kompetansebehovsutvalget (KBU)", ["1.1"], "1.1", "Råd/utvalg/nettverk", "Råd/utvalg/nettverk",
    "LO", ["KD", "partene i arbeidslivet"], "2017–2021", "LO har en fast representant i utvalget og bidrar i arbeidet med utvalgets første rapport."),
  M("SRY", "Samarbeidsrådet for yrkesopplæring (SRY)", ["1.4", "2.3"], "1.4 og 2.3", "Råd/utvalg/nettverk", "Råd",
    "KD", ["LO", "NHO", "KS", "Spekter", "Unio"], "Løpende", "LO leder arbeidstakersiden i rådet og arbeider for flere læreplasser."),
  M("SK16", "Samfunnskontrakt for flere læreplasser", ["2.3"], "delmål 2.3", "Annet", "Avtale",
    "Regjeringen", ["LO", "NHO", "KS", "Spekter", "Virke"], "2016–2020", "LO følger opp kontrakten gjennom forbundene og de faglige rådene."),
  M("TV_LO", "Kompetansekurs for tillitsvalgte i LO-forbundene", ["2.2"], "2.2", "Kurs/utdanning", "Kurs",
    "LO", ["AOF Norge"], "Høsten 2018", "Todagers kurs som gir tillitsvalgte verktøy til å ta opp kompetanseutvikling lokalt."),
  M("LO_FB_IND", "Fagbrev for ufaglærte i industrien", ["2.5", "3.1"], "2.5/3.1", "Prosjekt", "Prosjekt",
    "LO/Fellesforbundet", ["Norsk Industri", "fylkeskommunene"], "2018–2020", "Prosjektet hjelper voksne ansatte uten fagbrev fram til fagprøve gjennom praksiskandidatordningen."),
])

# ---------------------------------------------------------------- 2019 Regjeringen (LibreOffice)
F("Regjeringen_rapport_kompetansepolitisk_rad_2019.pdf", "Regjeringen", 2019, "python-docx -> LibreOffice PDF",
  "Ministry matrix: one wide table, a row per measure, columns Delmål | Tiltak | Type | Ansvarlig dep. | Samarbeid | Periode; delmål cell merged per group, cover page and status summary", [
  M("KBU", "Kompetansebehovsutvalget", ["1.1"], "1.1", "Råd/utvalg/nettverk", "Råd/utvalg/nettverk",
    "KD", ["ASD", "KMD", "partene", "Kompetanse Norge"], "2017–2021", "Utvalget la fram sin første rapport, NOU 2018: 2, og arbeider med temarapport."),
  M("BIO", "Overføring av tilskuddsordningen for bedriftsintern opplæring (BIO) til fylkeskommunene", ["1.2"], "1.2", "Annet", "Forvaltning",
    "ASD", ["fylkeskommunene", "AVdir"], "Fra 1. januar 2020", "Ansvaret for BIO flyttes fra Arbeids- og velferdsetaten til fylkeskommunene som del av regionreformen."),
  M("KV", "Nettbasert karriereveiledning", ["1.3"], "1.3", "Informasjon", "Informasjon",
    "KD", ["Kompetanse Norge"], "2018–2020", "En nasjonal digital tjeneste med chat og telefon som skal gi karriereveiledning til alle."),
  M("SK16", "Samfunnskontrakten for flere læreplasser 2016–2020", ["2.3"], "2.3", "Annet", "Avtale",
    "KD", ["partene i arbeidslivet", "fylkeskommunene"], "2016–2020", "Målet er at alle kvalifiserte søkere skal få læreplass."),
  M("REF", "Kompetansereformen – Lære hele livet", ["2.2", "2.4", "3.1"], "2.2, 2.4, 3.1", "Annet", "Reform",
    "KD", ["alle departementer", "partene"], "Stortingsmelding våren 2020", "Reformen skal sørge for at ingen går ut på dato og at flere kan kombinere jobb og utdanning."),
  M("BP", "Forsøk med treparts bransjeprogram for kompetanseutvikling", ["2.4"], "2.4", "Prosjekt", "Prosjekt",
    "KD", ["ASD", "partene i arbeidslivet"], "Oppstart 2020", "Forsøket prøver ut bransjerettede tilbud der partene definerer kompetansebehovene."),
  M("KP", "Kompetansepluss arbeid", ["3.2"], "3.2", "Kurs/utdanning", "Kurs/opplæring",
    "Kompetanse Norge", ["virksomheter", "opplæringstilbydere"], "Årlig utlysning", "Tilskudd til opplæring i lesing, skriving, regning, muntlig og digitale ferdigheter på arbeidsplassen."),
  M("REG_UTENL", "Forenklet godkjenning av utenlandsk fagopplæring", ["2.6"], "2.6", "Annet", "Regelverk",
    "KD", ["NOKUT"], "2019–2020", "NOKUT får ansvar for en ny godkjenningsordning for fag- og yrkesopplæring fra utlandet."),
], lo=True)

# ---------------------------------------------------------------- 2019 Trøndelag
F("Trondelag_fylkeskommune_NKPS_2019.pdf", "Trøndelag fylkeskommune", 2019, "fpdf2",
  "County letter: letterhead, numbered headings per measure with short label lines (Mål, Ansvar, Partnere, Tid) then a paragraph; statistics table of apprentices at the end", [
  M("PLAN_TRL19", "Kompetansestrategi for Trøndelag", ["1.2", "1.4"], "regionalt folkevalgt nivås kompetansepolitiske ansvar; samarbeid mellom utdanningstilbydere og arbeidslivet", "Annet", "Strategi",
    "Trøndelag fylkeskommune", ["NAV Trøndelag", "NTNU", "Nord universitet", "partene i arbeidslivet"], "2019–2023", "Strategien samler regionens aktører om felles mål for kompetanse."),
  M("KARR_TRL", "Karriere Trøndelag", ["1.3"], "karriereveiledning", "Annet", "Tjeneste",
    "Trøndelag fylkeskommune", ["NAV Trøndelag"], "Permanent", "De regionale karrieresentrene gir gratis veiledning til voksne over 19 år."),
  M("SK16", "Flere læreplasser i Trøndelag – oppfølging av samfunnskontrakten", ["2.3"], "karrieremulighetene i yrkesfaglige utdanninger", "Prosjekt", "Prosjekt",
    "Trøndelag fylkeskommune", ["opplæringskontorene"], "2019", "Fylkeskommunen følger opp samfunnskontrakten med egne læreplassjegere i alle regioner."),
  M("TRL_VOP", "Voksenopplæring i videregående opplæring for innvandrere", ["3.1", "3.4"], "fleksibel opplæring på voksnes premisser; norskopplæring og kvalifisering for innvandrere", "Kurs/utdanning", "Opplæring",
    "Trøndelag fylkeskommune", ["kommunene"], "2019–2020", "Kombinasjonsklasser med norsk og fag for voksne innvandrere."),
  M("TRL_REGNETT", "Regionalt kompetansenettverk for industrien", ["2.4"], "koble kompetansebehov i virksomheter til utdanningstilbydere", "Råd/utvalg/nettverk", "Nettverk",
    "Trøndelag fylkeskommune", ["Trøndelag Forskning og Utvikling", "NHO Trøndelag"], "Fra høsten 2019", None),
])

# ---------------------------------------------------------------- 2022 Regjeringen
F("Regjeringen_rapportering_2022.docx", "Regjeringen", 2022, "python-docx",
  "Ministry Word report with numbered headings per measure ('3.1 Bransjeprogram ...') and bold run-in labels in paragraphs; appendix table of budget figures", [
  M("BP", "Treparts bransjeprogram for kompetanseutvikling", ["2.4"], "Delmål 2.4", "Kurs/utdanning", "Kurs/utdanning",
    "KD", ["ASD", "partene i arbeidslivet", "HK-dir"], "2020–", "Partene i hver bransje definerer behovene og tilbydere utvikler korte, fleksible moduler."),
  M("KBU", "Kompetansebehovsutvalget – ny periode", ["1.1"], "Delmål 1.1", "Råd/utvalg/nettverk", "Råd/utvalg/nettverk",
    "KD", ["partene", "forskere"], "2022–2026", "Utvalget er oppnevnt for en ny periode med mandat om en ny hovedrapport."),
  M("REF", "Oppfølging av kompetansereformen Lære hele livet", ["2.2", "3.1"], "Delmål 2.2 og 3.1", "Annet", "Reform",
    "KD", ["ASD", "NFD"], "2020–2024", "Tiltakene i reformen følges opp gjennom budsjettene og i dialog med partene."),
  M("FPJ", "Fagbrev på jobb", ["2.5", "3.1"], "Delmål 2.5 og 3.1", "Kurs/utdanning", "Kurs/utdanning",
    "KD", ["Utdanningsdirektoratet", "fylkeskommunene"], "Fra 2022", "Ordningen gir voksne i jobb en vei til fagbrev med opplæring og veiledning på arbeidsplassen."),
  M("KP", "Kompetansepluss", ["3.2"], "Delmål 3.2", "Kurs/utdanning", "Kurs/utdanning",
    "HK-dir", ["arbeidsgivere", "studieforbund"], "Årlig", "Tilskudd til opplæring i grunnleggende ferdigheter for voksne."),
  M("SK22", "Samfunnskontrakt for flere læreplasser 2022–2026", ["2.3"], "Delmål 2.3", "Annet", "Avtale",
    "KD", ["LO", "NHO", "KS", "Spekter", "Virke", "Unio", "YS"], "2022–2026", "Den nye kontrakten skal gi flere læreplasser i offentlig og privat sektor."),
  M("FLEX", "Tilskudd til utvikling av fleksible utdanningstilbud", ["2.4", "3.1"], "Delmål 2.4 og 3.1", "Annet", "Tilskudd",
    "KD", ["HK-dir", "universiteter og høyskoler", "fagskoler"], "Årlig utlysning", "Midler til utvikling av nett- og samlingsbaserte tilbud tilpasset voksne i jobb."),
  M("PIAAC", "Deltakelse i OECDs undersøkelse av voksnes ferdigheter (PIAAC)", ["2.2"], "Delmål 2.2", "FoU", "FoU",
    "KD", ["HK-dir", "SSB"], "2021–2024", "Norge deltar i andre runde av undersøkelsen, resultater i desember 2024."),
])

# ---------------------------------------------------------------- 2022 NHO
F("NHO_kompetanserapport_2022.docx", "NHO", 2022, "python-docx",
  "NHO report: one table with a row per measure (Tiltak | Beskrivelse | Hvem | Type | Tid); delmål not given; cover text with figures from the barometer and a table of member counts", [
  M("BARO", "NHOs kompetansebarometer", [], None, "FoU", "Undersøkelse",
    "NHO", ["NIFU"], "Årlig", "Spørreundersøkelse blant medlemsbedriftene om kompetansebehov, gjennomført av NIFU."),
  M("BP", "Bransjeprogrammene", [], None, "Kurs/utdanning", "Opplæring",
    "Partene og staten", ["landsforeningene"], "2020–2023", "NHOs landsforeninger deltar i programmene for industri, bygg, reiseliv og elektro."),
  M("BIO", "BIO-ordningen", [], None, "Annet", "Tilskudd",
    "Fylkeskommunene", ["NHO regionalt"], "Løpende", "Tilskudd til bedriftsintern opplæring ved omstilling, nå forvaltet av fylkeskommunene."),
  M("SRY", "Arbeidsgiversiden i SRY", [], None, "Råd/utvalg/nettverk", "Råd",
    "NHO", ["Virke", "Spekter", "KS"], "Løpende", "NHO koordinerer arbeidsgiversiden i rådet."),
  M("SK22", "Samfunnskontrakten for flere læreplasser", [], None, "Annet", None,
    "NHO", ["KD", "LO"], "2022–2026", "NHO har signert den nye kontrakten og følger opp med en læreplassdugnad."),
  M("NHO_LAER", "Læreplassdugnad i NHO-fellesskapet", [], None, "Informasjon", "Kampanje",
    "NHO", ["landsforeningene"], "2022", "Kampanje rettet mot bedrifter som ikke har lærlinger i dag."),
  M("KBU", "Medlem av Kompetansebehovsutvalget", [], None, "Råd/utvalg/nettverk", "Utvalg",
    "NHO", [], "2022–2026", None),
])

# ---------------------------------------------------------------- 2022 Virke
F("Virke_innspill_og_rapport_2022.pdf", "Virke", 2022, "reportlab",
  "Virke landscape matrix: table with columns Nr | Navn på tiltak | Relasjon til delmål | Ansvarlig/partnere (one cell) | Tidsrom; logo line, page footers 'Virke – side n av m', 'Virke mener' box", [
  M("BP", "Virkes deltakelse i bransjeprogrammene", ["2.1", "2.4"], "2.1/2.4", "Kurs/utdanning", None,
    "Virke", ["Handel og Kontor i Norge", "HK-dir"], "2021–2023", "Korte nettbaserte kurs for ansatte, permitterte og ledige i varehandelen."),
  M("BIO", "Innspill om tilskuddsordningen for bedriftsintern opplæring", ["2.4"], "2.4", "Annet", None,
    "Virke", [], "Statsbudsjettet 2022", "Virke krever at BIO-midlene øremerkes kompetanseheving i næringslivet."),
  M("REF", "Lære hele livet – Virkes oppfølging", ["2.2"], "2.2", None, None,
    "Virke", ["KD"], "2022", "Innspill til tiltakene i kompetansereformen og til ny stortingsmelding."),
  M("VIRKE_HR", "Virkes HR-monitor", ["2.2"], "2.2", "FoU", None,
    "Virke", ["Opinion"], "Årlig", "Undersøkelse blant HR-ledere om rekruttering og kompetanse."),
  M("SK22", "Samfunnskontrakt for flere læreplasser", ["2.3"], "2.3", "Annet", None,
    "Virke", ["KD", "partene"], "2022–2026", "Virke har signert kontrakten og lager en veileder for små lærebedrifter."),
  M("VIRKE_KURS", "Lederkurs i kompetanseplanlegging", ["2.2", "2.4"], "2.2/2.4", "Kurs/utdanning", None,
    "Virke", [], "Vår 2022", "Kurs for ledere i små virksomheter om hvordan de kartlegger og planlegger kompetanse."),
])

# ---------------------------------------------------------------- 2022 VOFO
F("VOFO_arsrapport_kompetansestrategien_2022.docx", "VOFO", 2022, "python-docx",
  "VOFO narrative: prose sections per delmål-word heading ('Opplæring i frivillig sektor'), each measure a bold paragraph lead with 'Ansvar:'/'Partnere:' lines; counts of course hours and participants table", [
  M("KPF", "Kompetansepluss frivillighet", ["3.2", "3.6"], "Kompetanseplussordningene og opplæring i frivillig sektor", "Kurs/utdanning", "Kurs",
    "VOFO", ["HK-dir", "studieforbundene"], "2022", "Kurs i grunnleggende ferdigheter gjennom studieforbund og frivillige organisasjoner.", sec="Opplæring i frivillig sektor"),
  M("VOFO_NORSK", "Norsktrening i studieforbundene", ["3.4", "3.6"], "norskopplæring og kvalifisering for innvandrere; opplæring i frivillig sektor", "Kurs/utdanning", "Kurs",
    "Studieforbundene", ["frivillige lag og foreninger"], "Løpende", "Lavterskel norsktrening for innvandrere i regi av studieforbund.", sec="Opplæring i frivillig sektor"),
  M("VOFO_KONF", "Voksenopplæringskonferansen 2022", ["3.6"], "opplæring i frivillig sektor", "Arrangement", "Konferanse",
    "VOFO", ["Kompetanse Norge"], "November 2022", "Årlig konferanse om voksnes læring i frivillig sektor.", sec="Møteplasser"),
  M("VOFO_STAT", "Statistikk over studieforbundenes kursvirksomhet", ["2.2"], "kunnskapsgrunnlaget om læring i arbeidslivet", "FoU", "Statistikk",
    "VOFO", ["SSB"], "Årlig", "Vi publiserer årlig statistikk over kurs, timer og deltakere.", sec="Kunnskap"),
  M("REF", "Innspill til kompetansereformen", ["3.1"], "fleksibel opplæring på voksnes premisser", None, None,
    "VOFO", [], "2022", "VOFO ber om at studieforbundene får en tydelig rolle i reformen.", sec="Kunnskap"),
])

# ---------------------------------------------------------------- 2023 LO
F("LO_rapport_NKPS_2023.pdf", "LO", 2023, "reportlab",
  "LO 2023: cover page, 'Innhold' list, then per measure a shaded header bar and a two-column form table; a 'Møter og høringer' list and contact box at the end", [
  M("KBU", "Kompetansebehovsutvalget (KBU)", ["1.1"], "1.1", "Råd/utvalg/nettverk", "Råd/utvalg/nettverk",
    "KD", ["LO", "NHO", "forskere"], "2022–2026", "LO deltar i utvalget som skal legge fram en ny hovedrapport i 2026."),
  M("SRY", "Samarbeidsrådet for yrkesopplæring", ["1.4", "2.3"], "1.4, 2.3", "Råd/utvalg/nettverk", "Råd/utvalg/nettverk",
    "KD", ["partene i arbeidslivet"], "Løpende", "LO har ledervervet i rådet i perioden."),
  M("BP", "Bransjeprogrammene for kompetanseutvikling", ["2.4"], "2.4", "Kurs/utdanning", "Kurs/utdanning",
    "Staten og partene", ["LO-forbundene", "NHO"], "2020–", "LOs forbund deltar i programmene for blant annet industri og bygg, helse og elektro."),
  M("FPJ", "Fagbrev på jobb", ["2.5"], "2.5", "Kurs/utdanning", "Kurs/utdanning",
    "Fylkeskommunene", ["LO", "NHO"], "Løpende", "LO arbeider for at flere ufaglærte i offentlig sektor får tatt fagbrev på jobb."),
  M("KP", "Kompetanseprogrammet", ["3.2"], "3.2", "Kurs/utdanning", "Kurs/utdanning",
    "HK-dir", ["LO-forbundene"], "Fra 2023", "Forbundene søker midler fra programmet til opplæring i grunnleggende ferdigheter for medlemmer."),
  M("TV_LO", "Kompetansekurs for tillitsvalgte", ["2.2"], "2.2", "Kurs/utdanning", "Kurs/utdanning",
    "LO", ["AOF Norge"], "Vår og høst 2023", "Videreført kurs for tillitsvalgte om kompetanseutvikling i tariffavtalene."),
  M("LO_EVU", "LOs etter- og videreutdanningsfond", ["2.2"], "2.2", "Annet", "Fond",
    "LO", [], "Løpende", "Stipend til medlemmer som tar etter- og videreutdanning."),
])

# ---------------------------------------------------------------- 2023 KS
F("KS_rapport_kompetansepolitisk_rad_2023.docx", "KS", 2023, "python-docx",
  "KS: heading per delmål code (with the delmål text), under it a three-column table Tiltak | Omtale | Ansvar og samarbeid (partners inside prose); meetings list 'KS i møter' and greeting", [
  M("SRY", "SRY – Samarbeidsrådet for yrkesopplæring", ["1.4"], "1.4 Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet", "Råd/utvalg/nettverk", None,
    "KS", [], None, "KS representerer kommunesektoren i rådet."),
  M("KS_BARO", "KS' kompetansebarometer for kommunesektoren", ["2.2"], "2.2 Styrke kunnskapsgrunnlaget om læring i arbeidslivet", "FoU", None,
    "KS", ["Rambøll"], "2023", "Undersøkelse av kompetansebehov i kommuner og fylkeskommuner."),
  M("REF", "Kompetansereformen i kommunesektoren", ["2.2"], "2.2 Styrke kunnskapsgrunnlaget om læring i arbeidslivet", None, None,
    "KS", ["KD"], None, "KS følger opp reformen med egne tiltak for ansatte i kommunene."),
  M("SK22", "Samfunnskontrakt for flere læreplasser", ["2.3"], "2.3 Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker", "Annet", None,
    "KS", ["kommunene"], "2022–2026", "Kommunene skal ta inn minst én lærling per 1000 innbyggere."),
  M("BPH", "Bransjeprogram for helse- og omsorgssektoren", ["2.4"], "2.4 Arbeide mer systematisk for å koble kompetansebehov", "Kurs/utdanning", None,
    "KS", ["Fagforbundet", "NSF", "Spekter"], "2023–", "Programmet gir ansatte i helse og omsorg tilgang til videreutdanning."),
  M("KS_KOMPLØFT", "Kompetanseløftet 2025 – arbeidsgiverstøtte", ["2.4"], "2.4 Arbeide mer systematisk for å koble kompetansebehov", "Prosjekt", None,
    "KS", ["Helsedirektoratet"], "2021–2025", "Støtte til kommuner som planlegger kompetanse i helse og omsorg."),
  M("FPJ", "Fagbrev på jobb i kommunene", ["2.5"], "2.5 Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet", "Kurs/utdanning", None,
    "KS", ["fylkeskommunene", "Fagforbundet"], "2023–2025", "KS informerer kommunene om ordningen og tilbyr veiledning."),
])

# ---------------------------------------------------------------- 2023 Spekter
F("Spekter_kompetansetiltak_2023.docx", "Spekter", 2023, "python-docx",
  "Spekter 2023: numbered Word headings 'Tiltak 1:' ... followed by a 4-row table (Delmål, Type, Ansvar/samarbeid, Varighet) and a description paragraph; member statistics and 'Kontakt' box", [
  M("SK22", "Samfunnskontrakten for flere læreplasser 2022–2026", ["1.4", "2.3"], "1.4 og 2.3", "Annet", "Annet",
    "Spekter", ["helseforetakene"], "2022–2026", "Spekter følger opp kontrakten med måltall for lærlinger i helseforetakene."),
  M("SRY", "Spekters plass i SRY", ["1.4"], "1.4", "Råd/utvalg/nettverk", "Råd",
    "Spekter", [], "Løpende", None),
  M("FPJ", "Fagbrev på jobb for helsefagarbeidere i sykehus", ["2.5"], "2.5", "Kurs/utdanning", "Kurs",
    "Spekter", ["Fagforbundet", "helseforetakene"], "2023–2024", "Ufaglærte i sykehusene får mulighet til fagbrev som helsefagarbeider gjennom ordningen."),
  M("SPK_NET", "Arbeidsgivernettverket for kompetanse", ["2.2"], "2.2", "Råd/utvalg/nettverk", "Nettverk",
    "Spekter", [], "Fortsatt, fire møter i 2023", "Nettverket fortsetter som møteplass for HR-ledere."),
  M("BPH", "Deltakelse i bransjeprogrammet for helse og omsorg", ["2.4"], "2.4", "Kurs/utdanning", "Kurs",
    "Spekter", ["KS", "Fagforbundet", "NSF"], "2023–2025", "Spekter er med i styringsgruppen for programmet."),
  M("SPK_KPA_SEM", "Søkekonferanse om Kompetanseprogrammet", ["3.2"], "3.2", "Arrangement", "Arrangement",
    "Spekter", ["HK-dir"], "Mai 2023", "Videreføring av søkekonferansen for medlemmene, nå om det nye programmet."),
])

# ---------------------------------------------------------------- 2023 Akademikerne
F("Akademikerne_NKPS_rapport_2023.pdf", "Akademikerne", 2023, "fpdf2",
  "Akademikerne: bullet list per delmål-word section with measure title in bold, then an indented 'Ansvar / Partnere / Tid' line and text; header band with date, page 'Side n'", [
  M("KBU", "Vår deltakelse i KBU", ["1.1"], "Kompetansebehovsutvalg", "Råd/utvalg/nettverk", "Utvalg",
    "Akademikerne", ["KD"], "2022–2026", "Akademikerne har en representant i Kompetansebehovsutvalget.", sec="Kompetansebehovsutvalg"),
  M("KBUAG", "Arbeidsgruppe for KBUs temarapport om høyere utdanning", ["1.1"], "Kompetansebehovsutvalg", "Råd/utvalg/nettverk", "Arbeidsgruppe",
    "Akademikerne", ["NIFU", "Unio"], "2023", "Arbeidsgruppen leverer kunnskapsgrunnlag om behovet for kandidater med høyere utdanning.", sec="Kompetansebehovsutvalg"),
  M("REF", "Innspill til Lære hele livet", [], None, None, None,
    "Akademikerne", [], "2023", "Innspill om videreutdanning for arbeidstakere med høyere utdanning.", sec="Annet"),
  M("FLEX", "Fleksible videreutdanningstilbud for akademikere", ["2.4"], "koble kompetansebehov i virksomheter til utdanningstilbydere", "Kurs/utdanning", "Kurs",
    "Akademikerne/Tekna", ["NTNU", "HK-dir"], "2023–2024", "Tekna har fått midler fra HK-dir til et nettbasert tilbud i kunstig intelligens.", sec="Læring i arbeidslivet"),
  M("TV_AKAD", "Kurs for tillitsvalgte om kompetanseutvikling", ["2.2"], "kunnskapsgrunnlaget om læring i arbeidslivet", "Kurs/utdanning", "Kurs",
    "Akademikerne/Econa", [], "Høst 2023", "Dagskurs for tillitsvalgte om rett til etter- og videreutdanning.", sec="Læring i arbeidslivet"),
  M("AKAD_DIG", "Digital kompetanse for ledere", ["2.1"], "digital kompetanse i hele arbeidsstyrken", "Kurs/utdanning", "Kurs",
    "Akademikerne/Tekna", ["BI"], "2023", None, sec="Læring i arbeidslivet"),
])

# ---------------------------------------------------------------- 2023 HK-dir (LibreOffice)
F("HK-dir_rapportering_NKPS_2023.pdf", "HK-dir", 2023, "python-docx -> LibreOffice PDF",
  "Directorate: tables grouped under main-area headings, columns Tiltak | Delmål | Type tiltak | Ansvarlig | Samarbeidspartnere | Periode | Kort beskrivelse; intro with counts per area and a summary table that is NOT measures", [
  M("KV", "karriereveiledning.no", ["1.3"], "1.3", "Informasjon", "Informasjon",
    "HK-dir", ["fylkeskommunene"], "Løpende", "Den nasjonale digitale karriereveiledningstjenesten med chat, telefon og e-post."),
  M("KBU", "Sekretariat for Kompetansebehovsutvalget", ["1.1"], "1.1", "Råd/utvalg/nettverk", "Råd/utvalg/nettverk",
    "HK-dir", ["KD"], "2022–2026", "HK-dir er sekretariat for utvalget."),
  M("BP", "Bransjeprogram for kompetanseutvikling", ["2.4"], "2.4", "Kurs/utdanning", "Kurs/utdanning",
    "HK-dir", ["partene i arbeidslivet", "utdanningstilbydere"], "2020–", "HK-dir forvalter tilskuddet til programmene."),
  M("BARO", "Kompetansebarometeret (NHO/NIFU)", ["2.2"], "2.2", "FoU", "FoU",
    "NHO", ["NIFU", "HK-dir"], "Årlig", "Resultatene brukes i HK-dirs kunnskapsgrunnlag om kompetansebehov."),
  M("KP", "Kompetanseprogrammet (tidligere Kompetansepluss arbeid)", ["3.2"], "3.2", "Kurs/utdanning", "Kurs/utdanning",
    "HK-dir", ["virksomheter", "tilbydere"], "Fra 2023", "Kompetansepluss er lagt om og videreført som Kompetanseprogrammet."),
  M("KPF", "Kompetansepluss frivillighet", ["3.2", "3.6"], "3.2, 3.6", "Kurs/utdanning", "Kurs/utdanning",
    "HK-dir", ["VOFO", "frivillige organisasjoner"], "2023", "Siste utlysning før ordningen går inn i Kompetanseprogrammet."),
  M("FLEX", "Utvikling av fleksible utdanningstilbud", ["2.4", "3.1"], "2.4, 3.1", "Annet", "Tilskudd",
    "HK-dir", ["universiteter og høyskoler", "fagskoler"], "Årlig", "Tilskuddsordning for fleksible tilbud for voksne."),
  M("PIAAC", "PIAAC – Voksnes ferdigheter", ["2.2"], "2.2", "FoU", "FoU",
    "HK-dir", ["SSB", "OECD"], "2022–2024", "HK-dir leder den norske gjennomføringen av undersøkelsen."),
], lo=True)

# ---------------------------------------------------------------- 2023 Vestland (nynorsk)
F("Vestland_fylkeskommune_rapport_2023.docx", "Vestland fylkeskommune", 2023, "python-docx",
  "Vestland (nynorsk): letter with a single table 'Tiltak | Delmål | Type | Ansvarleg | Samarbeidspartnarar | Tidsrom' and a separate 'Skildring' paragraph list after the table; møteplan and signature", [
  M("PLAN_VL", "Regional plan for kompetanse og arbeidskraft", ["1.2"], "regionalt folkevald nivå sitt kompetansepolitiske ansvar", "Annet", "Plan",
    "Vestland fylkeskommune", ["NAV Vestland", "Universitetet i Bergen", "partane i arbeidslivet"], "2021–2025", "Planen samlar regionale aktørar om felles mål for kompetanse og arbeidskraft."),
  M("KARR_VL", "Karriere Vestland", ["1.3"], "karriererettleiing", "Annet", "Teneste",
    "Vestland fylkeskommune", ["NAV Vestland"], "Fast", "Dei regionale karrieresentra gir gratis karriererettleiing til vaksne."),
  M("KV", "Samarbeid med den nasjonale nettbaserte karriererettleiinga", ["1.3"], "karriererettleiing", "Informasjon", "Informasjon",
    "HK-dir", ["Karriere Vestland"], "Løpande", "Karriere Vestland viser vidare til karriereveiledning.no og deler erfaringar."),
  M("BIO_VL", "Vestland sitt kompetanseløft for industrien (BIO-midlar)", ["2.4"], "kople kompetansebehov i verksemder til utdanningstilbydarar", "Annet", "Tilskot",
    "Vestland fylkeskommune", ["bedrifter i Vestland"], "2023", "Tilskot til bedriftsintern opplæring for verksemder i omstilling i fylket."),
  M("FLEX_VL", "Fleksible vidareutdanningstilbod i Vestland", ["3.1"], "fleksibel opplæring på premissane til vaksne", "Kurs/utdanning", "Kurs",
    "Vestland fylkeskommune", ["Høgskulen på Vestlandet", "fagskolane"], "2023–2024", "Regionale midlar til desentraliserte tilbod på høgskule og fagskule."),
  M("SK22", "Samfunnskontrakten for fleire læreplassar", ["2.3"], "karrieremoglegheitene i yrkesfaglege utdanningar", "Annet", "Avtale",
    "Vestland fylkeskommune", ["opplæringskontora"], "2022–2026", "Fylket følgjer opp kontrakten med læreplassjegerar."),
], lang="nn")

# ---------------------------------------------------------------- 2024 Regjeringen
F("Regjeringen_oppfolging_NKPS_2024.pdf", "Regjeringen", 2024, "reportlab",
  "Ministry 2024: two-column text with a boxed 'Faktaboks' per measure (Tiltak, Delmål, Type, Ansvarlig departement, Samarbeid, Periode) followed by a description paragraph; a budget table and a list of council meetings", [
  M("BPI", "Bransjeprogram for industri og bygg", ["2.4"], "2.4", "Kurs/utdanning", "Kurs/utdanning",
    "KD", ["Norsk Industri", "Fellesforbundet", "HK-dir"], "2024–2026", "Programmet for industri og bygg er skilt ut som eget program med egen styringsgruppe."),
  M("BPH", "Bransjeprogram for helse og omsorg", ["2.4"], "2.4", "Kurs/utdanning", "Kurs/utdanning",
    "HOD", ["KD", "KS", "Spekter", "Fagforbundet", "NSF"], "2024–2026", "Programmet for helse- og omsorgssektoren videreføres som eget program under HOD."),
  M("BPEVAL", "Evaluering av bransjeprogrammene", ["2.2"], "2.2", "FoU", "FoU",
    "KD", ["Oxford Research", "Fafo"], "2023–2025", "Evalueringen ser på om programmene når ansatte med lav formell kompetanse."),
  M("SRY", "Samarbeidsrådet for yrkesopplæring", ["1.4", "2.3"], "1.4 og 2.3", "Råd/utvalg/nettverk", "Råd/utvalg/nettverk",
    "KD", ["partene i arbeidslivet"], "Løpende", "Rådet har fått nytt mandat fra 2024."),
  M("SK22", "Samfunnskontrakt for flere læreplasser", ["2.3"], "2.3", "Annet", "Annet",
    "KD", ["partene", "fylkeskommunene"], "2022–2026", "Midtveisgjennomgang av kontrakten er gjennomført."),
  M("KBU", "Kompetansebehovsutvalget", ["1.1"], "1.1", "Råd/utvalg/nettverk", "Råd/utvalg/nettverk",
    "KD", ["partene", "HK-dir"], "2022–2026", "Utvalget arbeider med en ny hovedrapport om kompetansebehov fram mot 2035."),
  M("PIAAC", "Resultater fra PIAAC", ["2.2"], "2.2", "FoU", "FoU",
    "KD", ["HK-dir"], "Desember 2024", "Resultatene fra undersøkelsen av voksnes ferdigheter ble lagt fram i desember."),
  M("FPJ", "Fagbrev på jobb – videreført", ["2.5", "3.1"], "2.5, 3.1", "Kurs/utdanning", "Kurs/utdanning",
    "KD", ["fylkeskommunene"], "Fra 2022", "Ordningen videreføres og skal evalueres i 2025."),
])

# ---------------------------------------------------------------- 2024 NHO (LibreOffice)
F("NHO_rapport_kompetansepolitisk_rad_2024.pdf", "NHO", 2024, "python-docx -> LibreOffice PDF",
  "NHO 2024: cover page with logo text, 'Sammendrag' with key figures, then measures as Heading-2 titles with a 'Nøkkelinfo' bullet list (Type, Ansvarlig, Partnere, Tid) and text; no delmål; footnotes and page numbers", [
  M("BARO", "Kompetansebarometeret 2024", [], None, "FoU", "Undersøkelse",
    "NHO", ["NIFU"], "2024", "Seks av ti bedrifter melder at de mangler kompetanse."),
  M("BPI", "Bransjeprogrammet for industri og bygg", [], None, "Kurs/utdanning", "Opplæring",
    "Norsk Industri", ["Fellesforbundet", "Byggenæringens Landsforening", "KD"], "2024–2026", "NHO-foreningene sitter i styringsgruppen for programmet."),
  M("SRY_AG", "SRYs arbeidsgruppe om dimensjonering av fagopplæringen", [], None, "Råd/utvalg/nettverk", "Arbeidsgruppe",
    "NHO", ["LO", "KS", "Udir"], "2024", "Arbeidsgruppen skal gi råd om hvordan tilbudet kan møte arbeidslivets behov."),
  M("SRY", "SRY", [], None, "Råd/utvalg/nettverk", "Råd",
    "NHO", [], "Løpende", "NHO leder rådet i perioden 2024–2025."),
  M("KBU", "Kompetansebehovsutvalget", [], None, "Råd/utvalg/nettverk", "Utvalg",
    "NHO", ["KD"], "2022–2026", None),
  M("NHO_LAER", "Læreplassdugnaden", [], None, "Informasjon", "Kampanje",
    "NHO", ["landsforeningene"], "2024", "Fortsatt kampanje for flere lærebedrifter."),
  M("NHO_PRAKS", "Praksisbrev i bedrift", [], None, "Prosjekt", "Prosjekt",
    "NHO", ["fylkeskommunene"], "2024–2025", "Pilot med praksisbrev for elever som trenger en mer praktisk vei."),
], lo=True)

# ---------------------------------------------------------------- 2024 NAV
F("NAV_bidrag_kompetansestrategien_2024.docx", "NAV", 2024, "python-docx",
  "NAV: short memo 'Notat' with header table (Til/Fra/Dato), measures as a numbered list where each item is 'Tiltak: ...' followed by label paragraphs; a statistics table of participants", [
  M("NAV_OPPL", "Opplæring for arbeidssøkere (AMO-kurs)", ["3.5"], "NAVs opplæringstilbud", "Kurs/utdanning", "Opplæring",
    "NAV", ["fylkeskommunene", "tilbydere"], "Løpende", "Arbeidsmarkedskurs for arbeidssøkere som trenger kvalifisering."),
  M("NAV_FAG", "Fag- og yrkesopplæring som arbeidsmarkedstiltak", ["3.3", "3.5"], "arbeidslivet som læringsarena; NAVs opplæringstilbud", "Kurs/utdanning", "Opplæring",
    "NAV", ["fylkeskommunene"], "Fra 2022", "Arbeidssøkere kan ta fag- og yrkesopplæring med ytelser fra NAV."),
  M("KV", "Samarbeid om den digitale karriereveiledningstjenesten", ["1.3"], "karriereveiledning", "Informasjon", "Informasjon",
    "NAV", ["HK-dir"], "2024", "NAV-veiledere henviser brukere til karriereveiledning.no."),
  M("KP", "Kompetanseprogrammet – henvisning fra NAV", ["3.2"], "Kompetanseplussordningene", "Kurs/utdanning", "Opplæring",
    "HK-dir", ["NAV"], "2024", "NAV-kontor samarbeider med tilbydere i programmet om kurs for brukere."),
  M("NAV_KVAL", "Kvalifiseringsprogrammet", ["3.3"], "arbeidslivet som læringsarena", "Annet", "Program",
    "NAV", ["kommunene"], "Løpende", None),
])

# ---------------------------------------------------------------- 2024 YS
F("YS_rapportering_2024.docx", "YS", 2024, "python-docx",
  "YS: plain paragraphs, each measure introduced by a bold title line then 'Delmål:', 'Type:', 'Ansvar:', 'Samarbeid:', 'Når:' lines mixed with free text; long intro about YS policy and a 'Møter' section", [
  M("BP", "Treparts bransjeprogram", ["2.4"], "2.4", "Kurs/utdanning", "Kurs",
    "Staten og partene", ["Parat", "Delta", "HK-dir"], "2020–", "YS-forbundene deltar i programmer for varehandel og renhold."),
  M("KBU", "YS i Kompetansebehovsutvalget", ["1.1"], "1.1", "Råd/utvalg/nettverk", "Råd",
    "YS", [], "2022–2026", None),
  M("FPJ", "Fagbrev på jobb", ["2.5"], "2.5", None, None,
    "Fylkeskommunene", ["Delta"], "Løpende", "Delta bistår medlemmer i kommunene som vil ta fagbrev på jobb."),
  M("TV_YS", "Kompetansekurs for YS-tillitsvalgte", ["2.2"], "2.2", "Kurs/utdanning", "Kurs",
    "YS", ["Parat", "Delta"], "Høsten 2024", "Kurs om kompetanseplanlegging i virksomheten."),
  M("KV", "Informasjon om karriereveiledning.no til medlemmene", ["1.3"], "1.3", "Informasjon", "Informasjon",
    "YS", ["HK-dir"], "2024", "YS har spredt informasjon om den nasjonale tjenesten."),
  M("YS_BARO", "YS Arbeidslivsbarometer", ["2.2"], "2.2", "FoU", "FoU",
    "YS", ["Fafo"], "Årlig", "Undersøkelse om arbeidstakernes erfaringer med læring på jobb."),
])

# ---------------------------------------------------------------- 2024 VOFO
F("VOFO_rapport_NKPS_2024.pdf", "VOFO", 2024, "fpdf2",
  "VOFO 2024: grid table with row per measure (Tiltak | Mål i strategien | Ansvarlig og partnere | Periode | Kommentar), delmål as words; cover quote, statistics block and contact", [
  M("KPF", "Frivillighetsdelen av Kompetanseprogrammet (tidligere Kompetansepluss frivillighet)", ["3.2", "3.6"], "Kompetanseplussordningene; opplæring i frivillig sektor", "Kurs/utdanning", None,
    "VOFO", ["HK-dir", "studieforbundene"], "2024", "Ordningen er slått sammen med Kompetanseprogrammet, og VOFO følger opp frivillighetsdelen."),
  M("VOFO_NORSK", "Norsktrening i studieforbund", ["3.4"], "norskopplæring og kvalifisering for innvandrere", "Kurs/utdanning", None,
    "Studieforbundene", ["IMDi"], "Fortsatt", "Fortsatt lavterskel norsktrening, nå med tilskudd fra IMDi."),
  M("VOFO_KONF", "Voksenopplæringskonferansen", ["3.6"], "opplæring i frivillig sektor", "Arrangement", None,
    "VOFO", ["HK-dir"], "November 2024", None),
  M("VOFO_STAT", "Studieforbundsstatistikken", ["2.2"], "kunnskapsgrunnlaget om læring i arbeidslivet", "FoU", None,
    "VOFO", ["SSB"], "Årlig", "Statistikken viser antall kurs og deltakere per fylke."),
  M("VOFO_DIG", "Digital kompetanse for seniorer", ["2.1"], "digital kompetanse i hele arbeidsstyrken", "Kurs/utdanning", None,
    "Studieforbundene", ["Seniornett"], "2024–2025", "Kurs i digitale ferdigheter for eldre arbeidstakere."),
])

# ---------------------------------------------------------------- 2025 LO
F("LO_kompetanserapport_2025.docx", "LO", 2025, "python-docx",
  "LO 2025: one big table with header row repeated, a row per measure (Navn | Delmål | Type tiltak | Ansvar | Partnere | Tidsperiode), followed by 'Utdyping' numbered paragraphs referring back to row numbers; 'LOs møter' table not measures", [
  M("BPI", "Bransjeprogram for industri og bygg", ["2.4"], "2.4", "Kurs/utdanning", "Kurs/utdanning",
    "KD", ["Fellesforbundet", "Norsk Industri"], "2024–2026", "Fellesforbundet sitter i styringsgruppen."),
  M("BPH", "Bransjeprogram helse og omsorg", ["2.4"], "2.4", "Kurs/utdanning", "Kurs/utdanning",
    "HOD", ["Fagforbundet", "KS"], "2024–2026", "Fagforbundet er med og prioriterer tilbud for helsefagarbeidere."),
  M("SRY", "SRY", ["1.4", "2.3"], "1.4/2.3", "Råd/utvalg/nettverk", "Råd",
    "KD", ["LO", "NHO"], "Løpende", None),
  M("SRY_AG", "LOs deltakelse i SRYs arbeidsgruppe om dimensjonering", ["1.4"], "1.4", "Råd/utvalg/nettverk", "Arbeidsgruppe",
    "LO", ["NHO", "KS"], "2024–2025", "Arbeidsgruppen leverte sin rapport våren 2025."),
  M("KBU", "Kompetansebehovsutvalget", ["1.1"], "1.1", "Råd/utvalg/nettverk", "Råd",
    "KD", ["LO"], "2022–2026", None),
  M("TV_LO", "Tillitsvalgtkurs om kompetanse", ["2.2"], "2.2", "Kurs/utdanning", "Kurs/utdanning",
    "LO", ["AOF Norge"], "2025", "Fortsatt kurs for tillitsvalgte, nå også som nettkurs."),
  M("SK22", "Samfunnskontrakten", ["2.3"], "2.3", "Annet", "Annet",
    "KD", ["partene"], "2022–2026", "LO følger opp måltallene for lærlinger i staten."),
])

# ---------------------------------------------------------------- 2025 Unio
F("Unio_rapport_kompetansestrategien_2025.pdf", "Unio", 2025, "reportlab",
  "Unio: portrait report with a numbered list of measures ('1)', '2)' ...), each followed by an inline line 'Delmål … | Type … | Ansvar … | Partnere … | Periode …' then text; pull-quote box and footer with address", [
  M("BPH", "Bransjeprogrammet for helse- og omsorgssektoren", ["2.4"], "2.4", "Kurs/utdanning", "Utdanning",
    "HOD", ["NSF", "KS", "Spekter"], "2024–2026", "NSF deltar og har prioritert videreutdanning for sykepleiere."),
  M("KBU", "Unio i Kompetansebehovsutvalget", ["1.1"], "1.1", "Råd/utvalg/nettverk", "Utvalg",
    "Unio", [], "2022–2026", "Unio har en representant i utvalget."),
  M("SRY", "Samarbeidsrådet for yrkesopplæring", ["1.4"], "1.4", "Råd/utvalg/nettverk", "Råd",
    "KD", ["Unio"], "Løpende", None),
  M("FLEX", "Fleksibel videreutdanning for lærere og sykepleiere", ["3.1"], "3.1", "Kurs/utdanning", "Utdanning",
    "HK-dir", ["Utdanningsforbundet", "NSF"], "2025", "Tilbud utviklet med midler fra HK-dirs tilskuddsordning for fleksible tilbud."),
  M("TV_UNIO", "Kurs for tillitsvalgte om kompetanseplaner", ["2.2"], "2.2", "Kurs/utdanning", "Kurs",
    "Unio", ["Utdanningsforbundet", "NSF"], "Vår 2025", "Kurs for tillitsvalgte i kommunene om lokale kompetanseplaner."),
  M("BPEVAL", "Innspill til evalueringen av bransjeprogrammene", ["2.2"], "2.2", None, None,
    "Unio", ["Oxford Research"], "2025", "Unio har gitt innspill til evaluatorene om helseprogrammet."),
])

# ---------------------------------------------------------------- 2025 HK-dir
F("HK-dir_arsrapportering_kompetansestrategien_2025.docx", "HK-dir", 2025, "python-docx",
  "HK-dir 2025: a table per main area with merged 'Delmål' column (codes with text) and rows Tiltak | Type | Ansvar | Partnere | Periode; separate description list after each table; totals row 'Sum tiltak' not a measure", [
  M("KV", "Karriereveiledning.no – nasjonal digital karriereveiledning", ["1.3"], "1.3 Karriereveiledning", "Informasjon", "Informasjon",
    "HK-dir", ["fylkeskommunene", "NAV"], "Løpende", "Tjenesten er utvidet med veiledning på flere språk."),
  M("KBU", "Sekretariatet for KBU", ["1.1"], "1.1 Kompetansebehovsutvalg", "Råd/utvalg/nettverk", "Råd/utvalg/nettverk",
    "HK-dir", ["KD"], "2022–2026", None),
  M("BPI", "Bransjeprogram for industri og bygg", ["2.4"], "2.4 Koble kompetansebehov til tilbydere", "Kurs/utdanning", "Kurs/utdanning",
    "HK-dir", ["Norsk Industri", "Fellesforbundet"], "2024–2026", "HK-dir forvalter midlene til programmet."),
  M("BPEVAL", "Evaluering av bransjeprogrammene", ["2.2"], "2.2 Kunnskapsgrunnlaget", "FoU", "FoU",
    "KD", ["Oxford Research", "Fafo", "HK-dir"], "2023–2025", "Sluttrapporten ble levert i 2025."),
  M("KP", "Kompetanseprogrammet", ["3.2", "3.6"], "3.2 Kompetanseplussordningene / 3.6 Frivillig sektor", "Kurs/utdanning", "Kurs/utdanning",
    "HK-dir", ["virksomheter", "studieforbund"], "Fra 2023", "Programmet omfatter nå også frivillighetsdelen."),
  M("FLEX", "Tilskudd til fleksible utdanningstilbud", ["2.4", "3.1"], "2.4 Koble kompetansebehov til tilbydere / 3.1 Fleksibel opplæring", "Annet", "Tilskudd",
    "HK-dir", ["universiteter og høyskoler", "fagskoler"], "Årlig", None),
  M("PIAAC", "Oppfølging av PIAAC-resultatene", ["2.2"], "2.2 Kunnskapsgrunnlaget", "FoU", "FoU",
    "HK-dir", ["KD"], "2025", "Analyser av resultatene for voksne med svake grunnleggende ferdigheter."),
])

# ---------------------------------------------------------------- 2025 Vestland (nynorsk)
F("Vestland_rapport_kompetansepolitisk_rad_2025.pdf", "Vestland fylkeskommune", 2025, "fpdf2",
  "Vestland 2025 (nynorsk): landscape table with rows per measure, delmål given once per section heading in words; cover text, a 'Møte i kompetanseforum' list, footnotes, signature block", [
  M("PLAN_VL", "Oppfølging av regional plan for kompetanse og arbeidskraft", ["1.2"], "regionalt folkevald nivå sitt kompetansepolitiske ansvar", "Annet", "Plan",
    "Vestland fylkeskommune", ["NAV Vestland", "partane i arbeidslivet"], "2021–2025", "Siste år av planperioden, og arbeidet med ny plan er starta.", sec="Regionalt folkevald nivå"),
  M("KARR_VL", "Karriere Vestland", ["1.3"], "karriererettleiing", "Annet", "Teneste",
    "Vestland fylkeskommune", ["NAV Vestland", "HK-dir"], "Fast", "Fleire vaksne har fått rettleiing i 2025.", sec="Karriererettleiing"),
  M("BIO_VL", "Kompetanseløft for industrien i Vestland", ["2.4"], "kople kompetansebehov i verksemder til utdanningstilbydarar", "Annet", "Tilskot",
    "Vestland fylkeskommune", ["Norsk Industri Vestland"], "2025", "Vidareført tilskot til bedriftsintern opplæring.", sec="Læring i arbeidslivet"),
  M("FPJ_VL", "Fagbrev på jobb i Vestland", ["2.5"], "dokumentere kompetanse ervervd i arbeidslivet", "Kurs/utdanning", "Opplæring",
    "Vestland fylkeskommune", ["kommunane", "opplæringskontora"], "2025–2026", "Fylket sitt eige opplegg med rettleiarar for vaksne som tek fagbrev på jobb.", sec="Dokumentasjon av kompetanse"),
  M("SK22", "Samfunnskontrakten for fleire læreplassar", ["2.3"], "karrieremoglegheitene i yrkesfaglege utdanningar", "Annet", "Avtale",
    "Vestland fylkeskommune", ["opplæringskontora"], "2022–2026", None, sec="Yrkesfag"),
  M("FLEX_VL", "Fleksible vidareutdanningstilbod", ["3.1"], "fleksibel opplæring på premissane til vaksne", "Kurs/utdanning", "Kurs",
    "Vestland fylkeskommune", ["Høgskulen på Vestlandet"], "2025", "Fortsett med regionale midlar til fleksible tilbod.", sec="Vaksne"),
], lang="nn")

# ---------------------------------------------------------------- 2026 Trøndelag
F("Trondelag_fylkeskommune_kompetanserapport_2026.docx", "Trøndelag fylkeskommune", 2026, "python-docx",
  "Trøndelag 2026: form tables with labels in the first row as column heads (Navn på tiltak / Relasjon til delmål / ...) and answers below, one small table per measure, preceded by an intro, a 'Nøkkeltall' table and followed by contact box", [
  M("PLAN_TRL25", "Kompetansestrategi for Trøndelag 2025–2029", ["1.2", "1.4"], "1.2 og 1.4", "Annet", "Strategi",
    "Trøndelag fylkeskommune", ["NAV Trøndelag", "NTNU", "partene i arbeidslivet"], "2025–2029", "Ny strategi vedtatt av fylkestinget etter evaluering av forrige strategi."),
  M("KARR_TRL", "Karriere Trøndelag", ["1.3"], "1.3", "Annet", "Tjeneste",
    "Trøndelag fylkeskommune", ["NAV Trøndelag", "HK-dir"], "Permanent", "Karrieresenteret er videreført med nye tilbud til innvandrere."),
  M("BIO_TRL", "Trøndelagsmodellen for bedriftsintern opplæring", ["2.4"], "2.4", "Annet", "Tilskudd",
    "Trøndelag fylkeskommune", ["Innovasjon Norge"], "2026", "Fylkets egen tilskuddsordning for opplæring i bedrifter i omstilling."),
  M("FPJ_TRL", "Fagbrev på jobb i Trøndelag", ["2.5"], "2.5", "Kurs/utdanning", "Kurs/utdanning",
    "Trøndelag fylkeskommune", ["opplæringskontorene", "kommunene"], "2026", "Fylkets egen oppfølging av voksne som tar fagbrev på jobb."),
  M("SK22", "Samfunnskontrakten for flere læreplasser", ["2.3"], "2.3", "Annet", "Annet",
    "Trøndelag fylkeskommune", ["opplæringskontorene"], "2022–2026", "Fylket har nådd måltallet for læreplasser."),
  M("TRL_REGNETT", "Regionalt kompetansenettverk for industrien – videreført", ["2.4"], "2.4", "Råd/utvalg/nettverk", "Nettverk",
    "Trøndelag fylkeskommune", ["NHO Trøndelag", "LO Trøndelag"], "2026", None),
])

DELMAL_WORDS_NOTE = "delmål words used: see README Conventions"

# ---- post-processing -------------------------------------------------------------
for _f in FILES:
    if _f["name"].startswith("HK-dir_ars"):
        _order = ["KBU", "KV", "BPI", "FLEX", "BPEVAL", "PIAAC", "KP"]
        _f["rows"].sort(key=lambda r: _order.index(r["tid"]))
    for _r in _f["rows"]:
        if _r["typ"] is None:          # no type printed -> null
            _r["ty"] = None

def compute_continues():
    seen = {}
    for f in sorted(FILES, key=lambda f: f["year"]):
        for r in f["rows"]:
            r["continues"] = r["tid"] in seen.get(f["reporter"], set())
        seen.setdefault(f["reporter"], set()).update(r["tid"] for r in f["rows"])
compute_continues()

# near-miss groups: rows in the same group with different tiltak ids look alike but must stay apart
NEAR_GROUPS = [
    ("bransjeprogram: whole / industri-bygg part / helse-omsorg part / evaluation", ["BP", "BPI", "BPH", "BPEVAL"]),
    ("SRY and its working group", ["SRY", "SRY_AG"]),
    ("KBU and its thematic working group", ["KBU", "KBUAG"]),
    ("Samfunnskontrakt 2016-2020 vs 2022-2026 vs NHO's own campaign", ["SK16", "SK22", "NHO_LAER"]),
    ("barometers / surveys of different members", ["BARO", "KS_BARO", "YS_BARO", "VIRKE_HR"]),
    ("each union's own shop-steward course", ["TV_LO", "TV_YS", "TV_UNIO", "TV_AKAD"]),
    ("county competence plans/strategies (Trøndelag 2019 vs 2025, Vestland)", ["PLAN_TRL19", "PLAN_TRL25", "PLAN_VL"]),
    ("national digital career guidance vs county career centres", ["KV", "KARR_VL", "KARR_TRL"]),
    ("national BIO scheme vs counties' own BIO schemes", ["BIO", "BIO_VL", "BIO_TRL"]),
    ("national Fagbrev på jobb vs counties' own versions vs LO's industry project", ["FPJ", "FPJ_VL", "FPJ_TRL", "LO_FB_IND"]),
    ("Kompetansepluss arbeid/Kompetanseprogrammet vs frivillighet vs Spekter's søkekonferanse", ["KP", "KPF", "SPK_KPA_SEM"]),
    ("national flexible-education grant vs Vestland's own", ["FLEX", "FLEX_VL"]),
    ("digital-competence courses of different members", ["AKAD_DIG", "VOFO_DIG"]),
    ("conferences of different members", ["SPK_INTKONF", "VOFO_KONF", "SPK_KPA_SEM"]),
    ("NAV's different training measures", ["NAV_OPPL", "NAV_FAG", "NAV_KVAL"]),
    ("health-sector competence measures", ["BPH", "KS_KOMPLØFT"]),
    ("networks of different members", ["SPK_NET", "TRL_REGNETT"]),
]

def near_pairs(max_per_idpair=6):
    """All look-alike pairs across different ids inside a group; for each pair of ids keep the
    max_per_idpair most similar titles (difflib ratio) so that big national measures do not swamp the list."""
    import difflib, itertools
    rows = [(f["name"], r) for f in FILES for r in f["rows"]]
    out = []
    for _, ids in NEAR_GROUPS:
        for a, b in itertools.combinations(ids, 2):
            ra = [(n, r) for n, r in rows if r["tid"] == a]
            rb = [(n, r) for n, r in rows if r["tid"] == b]
            cand = sorted(((difflib.SequenceMatcher(None, x[1]["title"].lower(), y[1]["title"].lower()).ratio(), x, y)
                           for x in ra for y in rb), key=lambda t: -t[0])
            for _, x, y in cand[:max_per_idpair]:
                p = [[x[0], x[1]["title"]], [y[0], y[1]["title"]]]
                if p not in out:
                    out.append(p)
    return out
