# -*- coding: utf-8 -*-
"""Ground-truth data for batch match60. Rendering lives in render.py.
Each measure: tid, title, d (codes), dp (delmål as printed, evidence), ty (canonical type), tp (type as printed),
resp, partners (list), period, desc, cont, en (English title where printed)."""

def M(tid, title, d, dp, ty, tp, resp, partners, period=None, desc=None, cont=False, en=None):
    return dict(tid=tid, title=title, d=sorted(d), dp=dp, ty=ty, tp=tp, resp=resp, partners=partners,
                period=period, desc=desc, cont=cont, en=en)

def join(parts, og="og"):
    if not parts: return ""
    if len(parts) == 1: return parts[0]
    return ", ".join(parts[:-1]) + f" {og} " + parts[-1]

R = "Råd/utvalg/nettverk"; K = "Kurs/utdanning"; P = "Prosjekt"; I = "Informasjon"; A = "Arrangement"; F = "FoU"; X = "Annet"

REPORTS = []
def rep(file, reporter, year, lang, made, layout, measures, **kw):
    REPORTS.append(dict(file=file, reporter=reporter, year=year, lang=lang, made=made, layout=layout, measures=measures, **kw))

# 1 Spekter 2017 -- old numbering
rep("Spekter_rapportering_NKPS_2017.pdf", "Spekter", 2017, "nb", "reportlab",
    "Spekter numbered report: 'Rapporteringspunkter' list + one four-heading form per measure, old NKPS tiltak numbers, leaked Word list numbers in the period field; list and forms repeat the same measures (rows counted once, from the forms)",
    [
    M("SPK_SOKEKONF", "Gjennomføre søkekonferanse om KompetansePluss – Arbeid for Spekters medlemmer", ["3.2"], "NKPS tiltak nr 12", None, None,
      "Spekter", ["Kompetanse Norge"], "En dags varighet i september 2017",
      "Medlemsvirksomhetene skal få økt kunnskap om ordningen, gevinstene av å bruke den og hva som kreves for å søke."),
    M("SPK_LAERLBREV", "Brev fra Spekter til alle medlemsvirksomhetene om lærlinger", ["1.4", "2.3"], "NKPS tiltak nr. 4 og 7", None, None,
      "Spekter", [], "Brevet ble sendt 8. mai 2017",
      "Administrerende direktør viser til Samfunnskontrakten for flere læreplasser og oppfordrer virksomhetene til å ta inn flere lærlinger."),
    M("SPK_MOTEPLASS", "Arrangere «Møteplass lærebedrifter»", ["1.4", "2.3"], "NKPS tiltak nr. 4 og 7", None, None,
      "Spekter", ["Fafo", "fylkeskommuner", "opplæringskontorer"], "Oppstart i 2013, gjennomføres hvert år i begynnelsen av mars",
      "Heldagsarrangement der medlemmer som er eller vil bli lærebedrifter utveksler erfaringer om fagopplæringen."),
    M("SPK_NETTVERK", "Arbeidsgivernettverk for Spekters medlemsvirksomheter", ["2.2"], "NKPS tiltak nr. 6", None, None,
      "Spekter", [], "Igangsatt i 2016 og pågår løpende",
      "Nettverket møtes omtrent hvert kvartal og drøfter kompetansepolitiske problemstillinger på øverste ledernivå."),
    M("SPK_HOSPEEM", "Deltakelse i prosjekt og styringsgruppe om livslang læring i sykehussektoren i Europa", ["2.2"], "NKPS tiltak nr. 6", None, None,
      "HOSPEEM og EPSU", ["Fagforbundet", "Norsk Sykepleierforbund"], "Juni 2017 til mai 2018",
      "To europeiske konferanser med gode eksempler på verdien av å investere i kompetanse."),
    M("SPK_INTKONF", "Arrangere konferanse om integrering av flyktninger og innvandrere", ["3.4"], "NKPS tiltak nr 14", None, None,
      "Spekter", ["IMDi", "NAV"], "21. september 2017",
      "Konferansen skal øke kunnskap og interesse for å integrere flyktninger og innvandrere i arbeidslivet."),
    ])

# 2 Spekter 2018
rep("Spekter_2018_oppfolging.docx", "Spekter", 2018, "nb", "python-docx",
    "Spekter one-table report: landscape-like 7-column table (Nr | Tiltak | Delmål | Type | Ansvar | Samarbeid | Når), grey header row; before it an intro and a 'Møter i Kompetansepolitisk råd 2018' list; after it a contact box (not measures)",
    [
    M("SPK_MOTEPLASS", "Møteplass lærebedrifter 2018", ["1.4", "2.3"], "1.4 / 2.3", A, "Arrangement", "Spekter", ["Fafo", "opplæringskontorene"], "Mars 2018", cont=True),
    M("SPK_NETTVERK", "Arbeidsgivernettverket – videreført", ["2.2"], "2.2", R, "Nettverk", "Spekter", [], "Løpende", cont=True),
    M("ARENDAL", "Felles arrangement med LO Stat under Arendalsuka 2018", ["2.2"], "2.2", A, "Arrangement", "Spekter og LO Stat", [], "August 2018"),
    M("DIGIARB", "Deltakelse i partssammensatt arbeidsgruppe om digital kompetanse", ["2.1"], "2.1", R, "Arbeidsgruppe", "Kompetanse Norge", ["LO", "NHO", "Unio", "KS", "YS", "Akademikerne"], "Januar–april 2018"),
    M("SRY", "Deltakelse i Samarbeidsrådet for yrkesopplæring", ["1.4"], "1.4", R, "Råd", "Partene", [], "Løpende"),
    M("SPK_KOMPUTV", "Kompetanseutvikling i Spekters medlemsvirksomheter", ["2.2"], "2.2", K, "Kurs", "Spekter", ["Spekters medlemmer"], None),
    ])

# 3 Virke 2017 -- old numbering, headings + paragraphs
rep("Virke_NKPS_rapport_2017.docx", "Virke", 2017, "nb", "python-docx",
    "Virke headed memo: cover lines, 'Om Virke' fact box (member counts), one Heading 2 per measure followed by bold-label paragraphs (Relasjon til strategien: tiltak nr …), old numbering only",
    [
    M("VIRKE_REALK", "Modell for vurdering av kompetanse ervervet i arbeidslivet («Balansekunst»)", ["2.5"], "tiltak nr. 9", F, "Utredning", "Virke", ["NHO", "LO", "YS"], "2017–2018",
      "Rapporten beskriver en modell for å vurdere kompetanse som er bygget opp i arbeidslivet."),
    M("RSA", "Deltakelse i Råd for samarbeid med arbeidslivet (RSA)", ["1.4"], "tiltak nr. 4", R, "Råd", "Virke", ["universiteter og høyskoler"], "Løpende", None),
    M("VIRKE_HKBRANSJE", "Kompetanseløft for varehandelen", ["2.1", "2.2"], "tiltak nr. 5 og 6", P, "Prosjekt", "Virke", ["Handel og Kontor"], "Fra høsten 2017",
      "Partene i varehandelen kartlegger behovet for digital kompetanse blant ansatte i butikk."),
    M("VIRKE_LITSTUD", "Litteraturstudie om digitaliseringens påvirkning på varehandel", ["2.2"], "tiltak nr. 6", F, "Forskning og utvikling", "Virke", ["Handel og Kontor", "Universitetet i Sørøst-Norge"], "Ferdig desember 2017"),
    M("VIRKE_PRAKSIS", "Praksisplasser for studenter i Virkes medlemsvirksomheter", ["1.4"], "tiltak nr. 4", K, "Utdanning", "Virke", ["Høgskolen i Sørøst-Norge"], None,
      "Studenter får praksis i handel og tjenesteyting som del av studiet."),
    ])

# 4 Regjeringen 2018 (KD) -- matrix table
rep("KD_Regjeringen_rapport_2018.docx", "Regjeringen", 2018, "nb", "python-docx",
    "Ministry matrix: one 5-column table (Delmål | Tiltak | Type tiltak | Ansvarlig | Samarbeidspartnere) with the Delmål cell vertically merged over all rows of a delmål, header repeated; page header 'Kunnskapsdepartementet', footer with page field; an intro and a 'Tiltak per delmål' counts table (not measures)",
    [
    M("KBU", "Kompetansebehovsutvalget (KBU)", ["1.1"], "1.1", R, "Råd/utvalg/nettverk", "Regjeringen", ["KMD", "ASD", "partene", "Kompetanse Norge"]),
    M("KVALRAMME", "Nasjonalt kvalitetsrammeverk for karriereveiledning", ["1.3"], "1.3", P, "Prosjekt", "Regjeringen", ["KD", "fylkeskommunene", "Kompetanse Norge"]),
    M("KARRDIGI", "Utvikling av en nasjonal digital karriereveiledningstjeneste", ["1.3"], "1.3", I, "Informasjon", "Regjeringen", ["KD", "Kompetanse Norge", "Utdanningsdirektoratet"]),
    M("SAMFKONTR", "Samfunnskontrakt for flere læreplasser", ["1.4"], "1.4", X, "Avtale", "Regjeringen", ["partene", "KS"]),
    M("DIGIVU", "Tilskudd til utvikling av fleksible videreutdanningstilbud i digital kompetanse", ["2.1"], "2.1", K, "Kurs/utdanning", "Regjeringen", ["KD", "Kompetanse Norge", "LO", "NHO", "KS", "Virke", "Spekter", "YS", "Akademikerne"]),
    M("DIGIARB", "Partssammensatt arbeidsgruppe for identifisering av kompetansebehov som følge av digitalisering", ["2.1"], "2.1", R, "Råd/utvalg/nettverk", "KD", ["Kompetanse Norge", "LO", "NHO", "Unio", "KS", "YS", "Spekter", "Akademikerne"]),
    M("EKSPERT", "Ekspertutvalg om etter- og videreutdanning", ["2.2"], "2.2", R, "Råd/utvalg/nettverk", "Regjeringen", ["forskere", "utdanningsinstitusjoner"]),
    M("YFAAR", "Yrkesfagenes år 2018", ["2.3"], "2.3", I, "Informasjon", "Regjeringen", ["KD", "YS", "Virke", "Spekter", "LO", "NHO"]),
    M("KPA", "Videreutvikling av Kompetansepluss arbeid", ["3.2"], "3.2", K, "Kurs/utdanning", "Regjeringen", ["Kompetanse Norge", "partene"]),
    M("KPF", "Kompetansepluss frivillighet i dialog med VOFO", ["3.2", "3.6"], "3.2 og 3.6", K, "Kurs/utdanning", "Regjeringen", ["VOFO", "Kompetanse Norge"]),
    ])

# 5 Regjeringa 2019 nynorsk -- LibreOffice PDF
rep("Regjeringa_rapport_NKPS_2019_nynorsk.pdf", "Regjeringen", 2019, "nn", "python-docx -> LibreOffice PDF",
    "Nynorsk ministry version: title page text, 'Innleiing', sections per hovudinnsatsområde (Heading 1), each measure a bold title paragraph + one run-in line 'Delmål: … | Type: … | Ansvarleg: …' + 'Samarbeid:' line + 'Tidsrom:' + free text; closing 'Kontaktperson' block and page-number footer (not measures)",
    [
    M("KBU", "Kompetansebehovsutvalet (KBU)", ["1.1"], "1.1", R, "råd/utval/nettverk", "KD", ["KMD", "ASD", "partane", "Kompetanse Noreg"], "Oppnemnt 2017, mandat til 2023",
      "KBU la fram den første hovudrapporten sin i februar 2019.", cont=True),
    M("KARRDIGI", "Nasjonal digital karriererettleiingsteneste", ["1.3"], "1.3", I, "informasjonstiltak", "KD", ["Kompetanse Noreg", "Utdanningsdirektoratet"], "Lansering hausten 2020",
      "Tenesta skal gje alle gratis rettleiing på nett, chat og telefon.", cont=True),
    M("NFK", "Nasjonalt forum for karriererettleiing", ["1.3"], "1.3", R, "råd/utval/nettverk", "Kompetanse Noreg", ["KS", "Spekter", "NAV"], "Frå 2016, løpande"),
    M("BIO_STAT", "Overføring av bedriftsintern opplæring (BIO) til fylkeskommunane", ["1.2"], "1.2", X, "anna", "ASD", ["KMD", "fylkeskommunane", "Arbeids- og velferdsetaten"], "Frå 1. januar 2020",
      "Som ein del av regionreforma får fylkeskommunane ansvaret for BIO-ordninga."),
    M("DIGIVU", "Tilskot til fleksible vidareutdanningstilbod i digital kompetanse", ["2.1"], "2.1", K, "kurs/utdanning", "KD", ["Kompetanse Noreg", "partane"], "2018–2020", cont=True),
    M("BRANSJE_IB", "Bransjeprogram for industri- og byggjenæringa", ["2.1", "2.4"], "2.1/2.4", K, "kurs/utdanning", "KD", ["Kompetanse Noreg", "LO", "NHO"], "Frå 2019",
      "Treparts bransjeprogram der staten og partane samarbeider om etter- og vidareutdanning."),
    M("EKSPERT", "Ekspertutvalet for etter- og vidareutdanning", ["2.2"], "2.2", R, "råd/utval/nettverk", "KD", [], "Rapport i juni 2019", cont=True),
    M("KPA", "Kompetansepluss arbeid – vidareføring", ["3.2"], "3.2", K, "kurs/utdanning", "KD", ["Kompetanse Noreg"], "Løpande", cont=True),
    M("R_REFORM", "Kompetansereforma «Lære heile livet»", ["2.2", "3.1"], "2.2 og 3.1", X, "anna", "KD", ["ASD", "NFD", "partane"], "Melding til Stortinget våren 2020"),
    ])

# 6 LO 2018 -- reportlab, delmål once per section
rep("LO_rapportering_2018.pdf", "LO", 2018, "nb", "reportlab",
    "LO letter-report: letterhead, 'Til Kompetansepolitisk råd' greeting, sections headed 'Delmål …' that give the goal once for all measures below, each measure a bold line + indented 'Type:'/'Ansvarlig:'/'Samarbeid:'/'Når:' lines; signature 'Med vennlig hilsen' and page x av y footer (not measures)",
    [
    M("KBU", "Deltakelse i Kompetansebehovsutvalget", ["1.1"], "Delmål 1.1", R, "Råd/utvalg", "LO", [], "Fra 2017"),
    M("SRY", "Deltakelse i Samarbeidsrådet for yrkesopplæring (SRY)", ["1.4", "2.3"], "Delmål 1.4 og 2.3", R, "Råd/utvalg", "Partene", ["KD", "Udir"], "Løpende"),
    M("LO_RSA_EGNE", "Tiltak for å styrke Råd for samarbeid med arbeidslivet (RSA) i egne rekker", ["1.4", "2.3"], "Delmål 1.4 og 2.3", R, "Nettverk", "LO", ["NHO"], "2018"),
    M("SAMFKONTR", "Oppfølging av Samfunnskontrakten for flere læreplasser", ["1.4", "2.3"], "Delmål 1.4 og 2.3", X, "Avtale", "LO", ["forbundene"], "2016–2020"),
    M("DIGIARB", "Partssammensatt arbeidsgruppe om digital kompetanse", ["2.1", "2.2"], "Delmål 2.1 og 2.2", R, "Arbeidsgruppe", "Kompetanse Norge", ["LO", "NHO", "Unio", "KS", "YS", "Spekter", "Akademikerne"], "Våren 2018"),
    M("LO_TARIFF", "Notat om tariffavtalenes betydning i kompetansepolitikken", ["2.1", "2.2"], "Delmål 2.1 og 2.2", F, "FoU", "LO", ["Fafo"], "Høsten 2018"),
    M("ARENDAL", "Arendalsuka: arrangement med Spekter om verdien av kompetanse", ["2.1", "2.2"], "Delmål 2.1 og 2.2", A, "Arrangement", "LO Stat og Spekter", [], "August 2018"),
    ])

# 7 LO 2019 -- docx form tables
rep("LO_tiltak_2019.docx", "LO", 2019, "nb", "python-docx",
    "LO form-per-measure: one 2-column label|answer table per measure (Navn på tiltak, Relasjon til delmål, Type tiltak, Ansvarlig, Samarbeidspartnere, Tidspunkt og varighet, Beskrivelse), red header line; 'Antall tiltak: 7' and a contact box at the end (not measures)",
    [
    M("SRY", "SRY – videreført deltakelse", ["1.4"], "delmål 1.4", R, "Råd/utvalg/nettverk", "LO", ["NHO", "KS", "Unio", "YS", "Spekter", "Virke"], "Løpende", cont=True),
    M("LO_RSA_EGNE", "Styrke RSA-arbeidet i egne rekker", ["1.4"], "delmål 1.4", R, "Nettverk", "LO", ["NHO"], "2019",
      "Oppfølging av fjorårets tiltak: LO skolerer representanter i RSA ved universiteter og høyskoler.", cont=True),
    M("BRANSJE_IB", "Bransjeprogram for industri og bygg", ["2.1", "2.4"], "delmål 2.1 og 2.4", K, "Kurs/utdanning", "LO/Fellesforbundet", ["NHO", "Norsk Industri", "BNL", "Kompetanse Norge"], "2019–2021",
      "Fleksible kurs og moduler for ansatte i industri og bygg, utviklet av partene sammen med fagskoler og høyskoler."),
    M("DIGIVU", "Samarbeid om fleksible videreutdanningstilbud i digital kompetanse", ["2.1"], "delmål 2.1", K, "Utdanning", "Kompetanse Norge", ["LO", "NHO"], "2019"),
    M("LO_TVSKOLE", "Tillitsvalgtskolering om kompetanseutvikling", ["2.2"], "delmål 2.2", K, "Kurs/utdanning", "LO", ["AOF Norge"], "Høsten 2019",
      "Kurs for LOs tillitsvalgte om rett til opplæring og kompetanseplaner i virksomhetene."),
    M("LO_TARIFF", "Oppfølging av notatet om tariffavtalenes betydning i kompetansepolitikken", ["2.2"], "delmål 2.2", F, "FoU", "LO", ["Fafo"], "2019", cont=True),
    M("LO_MAT", "Matindustrien 4.0 – kompetanseløft for hele matindustrien", ["2.1"], "delmål 2.1", P, "Prosjekt", "LO/NNN", ["NHO Mat og drikke", "Sjømat Norge"], "2018–2020"),
    ])

# 8 NHO 2019 -- bilingual table
rep("NHO_NKPS_2019_Tiltak_Measures.docx", "NHO", 2019, "nb+en", "python-docx",
    "NHO bilingual table: one table 'Tiltak / Measure | Delmål / Objective | Type | Ansvarlig / Responsible | Partnere / Partners | Periode / Period', each title cell holds the Norwegian title and an italic English line; bilingual intro and footer 'Næringslivets Hovedorganisasjon / Confederation of Norwegian Enterprise' (not measures)",
    [
    M("KBU", "Deltakelse i KBU", ["1.1"], "1.1", R, "Råd / Council", "NHO", [], "2017–", en="Participation in the Norwegian Committee on Skill Needs"),
    M("SRY", "Deltakelse i SRY", ["1.4"], "1.4", R, "Råd / Council", "Partene", [], "Løpende / ongoing", en="Participation in the National Council for Vocational Education"),
    M("NHO_FAGLRAD", "Arbeid i de faglige rådene for yrkesopplæring", ["1.4", "2.3"], "1.4, 2.3", R, "Råd / Council", "NHO", ["landsforeningene"], "Løpende / ongoing", en="Work in the vocational trade councils"),
    M("JENTER", "Jenter og teknologi", ["2.3"], "2.3", I, "Informasjon / Information", "NHO", ["NITO", "Tekna"], "2016–2019", en="Girls and Technology campaign"),
    M("BRANSJE_IB", "Bransjeprogrammet for industri- og byggenæringen", ["2.1", "2.4"], "2.1, 2.4", K, "Kurs/utdanning / Training", "Partene", ["KD", "Kompetanse Norge"], "2019–2021", en="Industry programme for manufacturing and construction"),
    M("NHO_SKATT", "Rapport om skatteinsentiv for kompetanse i virksomheter", ["2.2"], "2.2", F, "FoU / R&D", "NHO", ["Samfunnsøkonomisk analyse"], "2019", en="Report on a tax incentive for skills in enterprises"),
    M("SAMFKONTR", "Samfunnskontrakten for flere læreplasser", ["1.4"], "1.4", X, "Avtale / Agreement", "Regjeringen", ["NHO", "LO", "KS", "Virke", "Spekter", "YS", "Unio"], "2016–2020", en="Social contract for more apprenticeships"),
    ])

# 9 Unio 2020 -- reportlab with English summary
rep("Unio_rapport_2020.pdf", "Unio", 2020, "nb+en", "reportlab",
    "Unio numbered-chapter report: cover block, numbered headings '1.'…'6.' one per measure with a small label grid (Delmål/Type/Ansvarlig/Partnere/Periode) and a paragraph; then 'English summary' listing the measures again in English and a membership statistics table (not measures)",
    [
    M("KBU", "Medlem av Kompetansebehovsutvalget (KBU)", ["1.1"], "Delmål 1.1", R, "Råd/utvalg/nettverk", "Unio", [], "2017–2021",
      "Unio deltar med en representant i utvalget og bidrar til drøftingen av rapportene."),
    M("RSA", "Deltakelse i Råd for samarbeid med arbeidslivet (RSA)", ["1.4"], "Delmål 1.4", R, "Råd/utvalg/nettverk", "Universiteter og høyskoler", ["Unio", "Virke", "NHO", "KS"], "Løpende"),
    M("UNIO_FINANS", "Utredning av ulike modeller for finansiering av etter- og videreutdanning", ["2.2"], "Delmål 2.2", F, "FoU", "Unio", ["Proba samfunnsanalyse"], "2020",
      "Utredningen sammenligner modeller for hvordan stat, arbeidsgiver og den enkelte kan dele kostnadene."),
    M("UNIO_HELSEPERS", "Rapport om kompetanseheving av helsepersonell", ["2.2"], "Delmål 2.2", F, "FoU", "Unio", ["Ny Analyse"], "2020"),
    M("BRANSJE_HO", "Bransjeprogrammet for helse- og omsorgssektoren", ["2.1"], "Delmål 2.1", K, "Kurs/utdanning", "KD", ["KS", "Unio", "LO", "YS"], "2020–2021",
      "Unio deltar i programrådet som velger ut videreutdanningstilbud for ansatte i kommunal helse og omsorg."),
    M("UNIO_TVKURS", "Tillitsvalgtkurs om etter- og videreutdanning", ["2.2"], "Delmål 2.2", K, "Kurs", "Unio", ["medlemsforbundene"], "Høsten 2020"),
    ])

# 10 Unio 2021 nynorsk -- Kva/Kven table
rep("Unio_2021_rapport_nn.docx", "Unio", 2021, "nn", "python-docx",
    "Unio nynorsk 'Kva/Kven' grid: one 2-column table per measure with rows Kva, Kven, Kva delmål, Type, Samarbeidspartnarar, Tidsrom, Skildring, some with a 'Tiltaket er vidareført' note; intro with a møte-list and greeting 'Helsing' (not measures)",
    [
    M("KBU", "Medlem av Kompetansebehovsutvalet", ["1.1"], "1.1", R, "råd/utval/nettverk", "Unio", [], "Heile 2021", cont=True),
    M("UNIO_FINANS", "Oppfølging av utgreiinga om finansiering av etter- og vidareutdanning", ["2.2"], "2.2", F, "FoU", "Unio", ["Proba samfunnsanalyse"], "2021",
      "Unio har lagt fram tilrådingane for ekspertutvalet og for partane.", cont=True),
    M("BRANSJE_HO", "Bransjeprogrammet for helse- og omsorgssektoren – vidareført", ["2.1"], "2.1", K, "kurs/utdanning", "KD", ["KS", "Unio", "LO", "YS"], "2021", cont=True),
    M("UNIO_TVKURS", "Tillitsvaldkurs om etter- og vidareutdanning", ["2.2"], "2.2", K, "kurs/utdanning", "Unio", ["medlemsforbunda"], "Vår og haust 2021",
      "Kursa er òg opne for tillitsvalde i kommunane.", cont=True),
    M("UNIO_DIGI", "Digitaliseringsarbeid i medlemsforbunda", ["2.1"], "2.1", P, "prosjekt", "Unio", ["Utdanningsforbundet", "Norsk Sykepleierforbund"], "2021–2022"),
    ])

# 11 YS 2022 nynorsk -- LibreOffice PDF, delmål in words
rep("YS_rapport_2022_nynorsk.pdf", "YS", 2022, "nn", "python-docx -> LibreOffice PDF",
    "YS nynorsk card list: each measure a shaded heading paragraph 'Tiltak n' + title, then bold run-in labels (Delmål, Type, Ansvarleg, Samarbeidspartnarar, Tidsrom, Skildring); delmål only as nynorsk short words; intro 'Kort om YS' with member numbers and a closing table 'Møte i rådet 2022' (not measures)",
    [
    M("KBU", "Deltaking i Kompetansebehovsutvalet", ["1.1"], "kompetansebehovsutval", R, "råd/utval/nettverk", "YS", [], "Heile 2022"),
    M("SRY", "Deltaking i Samarbeidsrådet for yrkesopplæring (SRY)", ["1.4"], "samarbeid mellom utdanning og arbeidsliv", R, "råd/utval/nettverk", "Partane", ["Udir"], "Løpande"),
    M("BRANSJE_VH", "Bransjeprogram for varehandelen", ["2.1"], "digital kompetanse i heile arbeidsstyrken", K, "kurs/utdanning", "HK-dir", ["Virke", "Handel og Kontor", "Negotia"], "2021–2023",
      "Nettbaserte moduler for tilsette i butikk og lager."),
    M("YS_TVKURS", "Kurs for tillitsvalde om kompetanseutvikling", ["2.2"], "kunnskapsgrunnlaget om læring i arbeidslivet", K, "kurs/utdanning", "YS", ["YS-forbunda"], "Hausten 2022"),
    M("YS_ANALYSE", "Analyse av kompetansebehov i YS-forbunda", ["2.2"], "kunnskapsgrunnlaget om læring i arbeidslivet", F, "forsking og utvikling", "YS", ["AFI"], "2022",
      "Analysen ser på korleis nye digitale løysingar endrar kompetansebehovet."),
    M("YS_FAGBREV", "Fagbrev for vaksne i YS-bransjane", ["3.1"], "fleksibel opplæring på vaksne sine premissar", P, "prosjekt", "YS", ["fylkeskommunane"], "2022–2024"),
    ])

# 12 KS 2019 -- LibreOffice PDF
rep("KS_NKPS_rapport_2019.pdf", "KS", 2019, "nb", "python-docx -> LibreOffice PDF",
    "KS numbered-heading report: cover text, 'Innledning', numbered Heading 2 'Tiltak n – title', a 2-column fact table (Delmål, Type, Ansvarlig, Partnere, Periode) and an optional paragraph; a 'Statistikk: lærlinger i kommunesektoren' table and 'Kontakt' lines (not measures)",
    [
    M("SRY", "Deltakelse i SRY", ["1.4"], "1.4", R, "Råd/utvalg/nettverk", "KS", [], "Løpende"),
    M("RSA", "RSA – Råd for samarbeid med arbeidslivet", ["1.4"], "1.4", R, "Råd/utvalg/nettverk", "Universiteter og høyskoler", ["KS", "Unio", "Virke", "NHO"], "Løpende"),
    M("NFK", "Nasjonalt forum for karriereveiledning", ["1.3"], "1.3", R, "Råd/utvalg/nettverk", "Kompetanse Norge", ["KS", "Spekter"], "Løpende"),
    M("BRANSJE_HO", "Bransjeprogram for kommunal helse- og omsorgssektor", ["2.1"], "2.1", K, "Kurs/utdanning", "KS", ["Fagforbundet", "NSF", "FO", "Delta"], "2019–2021",
      "Videreutdanning i velferdsteknologi og demensomsorg for ansatte i kommunene."),
    M("KS_FINANS", "FoU-prosjekt om finansieringsmodeller for etter- og videreutdanning", ["2.2"], "2.2", F, "FoU", "KS", [], "2019–2020"),
    M("KS_TEKLAER", "Teknologibasert læring på arbeidsplassen", ["2.2"], "2.2", F, "FoU", "KS", [], "Starter 2019"),
    M("KS_LAERING", "KS Læring – delingsplattform for kommunene", ["2.1"], "2.1", I, "Informasjon", "KS", ["kommunene"], "Løpende",
      "En plattform der kommuner deler kurs og arrangementer med sine ansatte og med hverandre."),
    M("SAMFKONTR", "Samfunnskontrakt for flere læreplasser – oppfølging i kommunene", ["1.4"], "1.4", X, "Avtale", "KS", ["kommunene", "fylkeskommunene"], "2016–2020"),
    ])

# 13 VOFO 2018 -- fpdf, delmål in words
rep("VOFO_rapport_2018.pdf", "VOFO", 2018, "nb", "fpdf2",
    "VOFO boxed-block PDF: logo text band, each measure in a ruled box with 'Tiltak', 'Hvilket delmål', 'Type', 'Ansvarlig', 'Samarbeid med', 'Periode'; delmål given only in words; a 'VOFO i tall' statistics box (not measures)",
    [
    M("KPF", "Kompetansepluss frivillighet", ["3.2", "3.6"], "Kompetanseplussordningene og opplæring i frivillig sektor", K, "Kurs/opplæring", "VOFO", ["studieforbundene", "Kompetanse Norge"], "Løpende"),
    M("VOFO_REGION", "Styrking av VOFOs regionale tilstedeværelse", ["1.2"], "regionalt folkevalgt nivå", K, "Kurs/utdanning", "VOFO", ["studieforbund", "kursarrangører"], "2018–2019"),
    M("VOFO_SAMMEN", "Sammenslåing av regionledd", ["1.2"], "regionalt folkevalgt nivå", P, "Prosjekt", "VOFO", ["VOFO-regionene"], "2018"),
    M("VOFO_KONSUL", "Kompetanseheving for regionkonsulenter", ["1.2"], "regionalt folkevalgt nivå", K, "Kurs/utdanning", "VOFO", ["egne ansatte"], "2018"),
    M("VOFO_PARTNERSK", "Partnerskapsavtaler med fylkeskommunene", ["1.2"], "regionalt folkevalgt nivå", I, "Informasjon", "VOFO", ["fylkeskommunene"], "2018–2020"),
    M("VOFO_NORSK", "Norsktrening med frivillige for innvandrere", ["3.4"], "norskopplæring for innvandrere", K, "Kurs", "VOFO", ["Røde Kors", "studieforbundene"], "Løpende"),
    ])

# 14 Akademikerne 2018 -- reportlab
rep("Akademikerne_2018.pdf", "Akademikerne", 2018, "nb", "reportlab",
    "Akademikerne two-part PDF: 'Råd og utvalg' and 'Forskningsrapporter' sections, each measure a bullet with the title in bold followed by a compact 'Delmål · Type · Ansvar · Partner · År' line; a greeting and a sidebar-like box 'Akademikerne har 200 000 medlemmer' (not measures)",
    [
    M("KBU", "KBU – deltakelse", ["1.1"], "1.1", R, "Råd/utvalg", "Akademikerne", [], "2018"),
    M("DIGIARB", "Deltakelse i partssammensatt arbeidsgruppe om digital kompetanse", ["2.1"], "2.1", R, "Arbeidsgruppe", "Kompetanse Norge", ["partene"], "2018"),
    M("DIGIVU", "Deltakelse i arbeidet med fleksible videreutdanningstilbud i digital kompetanse", ["2.1"], "2.1", K, "Utdanning", "Kompetanse Norge", ["Akademikerne", "DIKU"], "2018–2019"),
    M("AKA_KARR", "Karriererådgivning for medlemmene", ["1.3"], "1.3", I, "Informasjon", "Akademikerne", ["medlemsforeningene"], "Løpende"),
    M("AKA_TVKURS", "Kurs for tillitsvalgte i kompetanseplanlegging", ["2.2"], "2.2", K, "Kurs", "Akademikerne", ["medlemsforeningene"], "2018"),
    M("AKA_EVU", "Forskningsrapport «Etter- og videreutdanning blant høyt utdannede i Norge – status og veien videre»", ["2.2"], "2.2", F, "FoU", "Akademikerne/Econa", ["Ny Analyse"], "2018"),
    M("AKA_YNGRE", "Forskningsrapport «Yngre eldre i arbeidslivet»", ["2.2"], "2.2", F, "FoU", "Akademikerne/Econa", ["Ny Analyse"], "2018"),
    ])

# 15 HK-dir 2022 -- docx with English annex
rep("HK-dir_oppfolging_NKPS_2022.docx", "HK-dir", 2022, "nb+en", "python-docx",
    "Directorate report with English-only annex: intro, one 3-column table per hovedinnsatsområde (Tiltak | Delmål | Type) followed by per-measure paragraphs 'Ansvarlig/Samarbeid/Periode/Om tiltaket'; 'Annex – Summary for the OECD Skills Strategy team' restates the measures in English only, plus a key-figures table (not measures)",
    [
    M("KBU", "Sekretariat for Kompetansebehovsutvalget", ["1.1"], "1.1", R, "Råd/utvalg/nettverk", "HK-dir", ["KD"], "2017–2023",
      "HK-dir er sekretariat for utvalget og forbereder analyser og møter."),
    M("KVALRAMME", "Nasjonalt kvalitetsrammeverk for karriereveiledning", ["1.3"], "1.3", P, "Prosjekt", "HK-dir", ["fylkeskommunene", "karrieresentrene"], "2019–2023"),
    M("KARRDIGI", "Nettjenesten karriereveiledning.no", ["1.3"], "1.3", I, "Informasjon", "HK-dir", ["NAV", "Utdanningsdirektoratet"], "Løpende",
      "Nasjonal digital karriereveiledningstjeneste med chat, telefon og nettressurser."),
    M("NFK", "Nasjonalt forum for karriereveiledning", ["1.3"], "1.3", R, "Råd/utvalg/nettverk", "HK-dir", ["KS", "Spekter", "LO", "NHO", "NAV"], "Løpende"),
    M("BRANSJE_VH", "Bransjeprogram for varehandel", ["2.1"], "2.1", K, "Kurs/utdanning", "HK-dir", ["Virke", "Handel og Kontor", "NHO Service og Handel"], "2021–2023"),
    M("KPA", "Kompetansepluss arbeid – tilskuddsforvaltning", ["3.2"], "3.2", K, "Kurs/utdanning", "HK-dir", ["partene"], "2022"),
    M("HKD_NVL", "Nordisk nettverk for voksnes læring (NVL)", ["2.2"], "2.2", R, "Råd/utvalg/nettverk", "HK-dir", ["Nordisk ministerråd"], "Løpende"),
    ])

# 16 NAV 2021 -- fpdf
rep("NAV_rapportering_2021.pdf", "NAV", 2021, "nb", "fpdf2",
    "NAV agency memo PDF: 'Notat' header block (Til/Fra/Dato), a numbered list of measures where each item has a bold title and dash-lines 'Delmål', 'Type', 'Ansvar', 'Samarbeid', 'Tid', then a 'Nøkkeltall' table of participants in arbeidsmarkedsopplæring (not measures)",
    [
    M("NAV_FAGBREV", "Opplæring som gir fagbrev for arbeidssøkere", ["3.5"], "3.5", K, "Kurs/utdanning", "NAV", ["fylkeskommunene"], "Fra 1. juli 2021",
      "Arbeidssøkere kan få opplæring inntil tre år som fører fram til fag- eller svennebrev."),
    M("NAV_NORSK", "Norskopplæring i kombinasjon med arbeidspraksis", ["3.4", "3.5"], "3.4 og 3.5", K, "Kurs", "NAV", ["IMDi", "kommunene"], "Løpende"),
    M("KARRDIGI", "Samarbeid om nasjonal digital karriereveiledningstjeneste", ["1.3"], "1.3", I, "Informasjon", "Kompetanse Norge", ["NAV"], "2021"),
    M("NAV_GRUNNL", "Kurs i grunnleggende ferdigheter for arbeidssøkere", ["3.5"], "3.5", K, "Kurs", "NAV", ["Kompetanse Norge"], "Løpende"),
    M("BIO_STAT", "Overføring av BIO-ordningen til fylkeskommunene", ["1.2"], "1.2", X, "Annet", "ASD", ["NAV", "fylkeskommunene"], "Fra 2020"),
    ])

# 17 Sogn og Fjordane 2018 nynorsk -- fpdf
rep("Sogn_og_Fjordane_fylkeskommune_2018.pdf", "Sogn og Fjordane fylkeskommune", 2018, "nn", "fpdf2",
    "County nynorsk PDF: coat-of-arms text header, 'Innleiing', a 5-column table with short cells (Nr | Tiltak | Delmål | Type | Tidsrom) and below it one paragraph per measure 'n. Tiltak – Ansvarleg: … Samarbeidspartnarar: …'; footer with page numbers (not measures)",
    [
    M("SF_KOMPFORUM", "Kompetanseforum Sogn og Fjordane", ["1.2"], "1.2", R, "råd/utval/nettverk", "Sogn og Fjordane fylkeskommune", ["NAV", "KS", "LO", "NHO"], "2018–2019"),
    M("SF_HVL", "Strategisk samarbeid mellom Høgskulen på Vestlandet og Fagskulen i Sogn og Fjordane", ["1.4"], "1.4", K, "kurs/utdanning", "Sogn og Fjordane fylkeskommune", ["Høgskulen på Vestlandet", "Fagskulen i Sogn og Fjordane"], "2018–"),
    M("SF_KARR", "Karrieresenteret – utvida tilbod til vaksne", ["1.3"], "1.3", P, "prosjekt", "Sogn og Fjordane fylkeskommune", ["NAV"], "2018"),
    M("SF_REGPLAN", "Regional kompetanseplan for Sogn og Fjordane", ["1.2"], "1.2", X, "plan", "Sogn og Fjordane fylkeskommune", ["kommunane", "partane"], "2018–2019"),
    M("SF_FAGBREV", "Fagbrev på jobb", ["3.1"], "3.1", P, "prosjekt", "Sogn og Fjordane fylkeskommune", ["bedrifter", "NAV"], "2018"),
    ])

# 18 Møre og Romsdal 2019 nynorsk -- headings + paragraphs
rep("More_og_Romsdal_fylkeskommune_2019.docx", "Møre og Romsdal fylkeskommune", 2019, "nn", "python-docx",
    "County nynorsk prose: numbered Heading 2 per measure, then sentence-style fields ('Ansvarleg: …', 'Samarbeidspartnarar: …', 'Tidsrom: …', 'Kva delmål: …', 'Type: …') and a 'Skildring' paragraph; a table of 'Møte i kompetanseforum 2019' dates and a greeting (not measures)",
    [
    M("MR_ALLIANSE", "Kompetansealliansen Møre og Romsdal", ["1.2"], "delmål 1.2", R, "råd/utval/nettverk", "Møre og Romsdal fylkeskommune", ["næringsliv/klynger", "høgskular", "fagskular", "vidaregåande skular"], "Etablert våren 2019",
      "Alliansen skal samarbeide om kompetansebehova i regionen på grunnlag av eit felles kunnskapsgrunnlag."),
    M("MR_KARR19", "Karrieresenter for alle over 19 år", ["1.3"], "delmål 1.3", P, "prosjekt", "Møre og Romsdal fylkeskommune", ["NAV"], "2019–2020",
      "Tilbod om karriererettleiing for alle vaksne og kompetanseheving for rettleiarane."),
    M("MR_KUNNSKAP", "Kunnskapsgrunnlag om kompetansebehov i Møre og Romsdal", ["1.2", "2.2"], "delmål 1.2 og 2.2", F, "FoU", "Møre og Romsdal fylkeskommune", ["Møreforsking"], "2019"),
    M("MR_FAGBREV", "Fagbrev på jobb i Møre og Romsdal", ["3.1"], "delmål 3.1", P, "prosjekt", "Møre og Romsdal fylkeskommune", ["bedrifter", "opplæringskontor"], "2019–"),
    M("MR_REGPLAN", "Regional delplan for kompetanse", ["1.2"], "delmål 1.2", X, "plan", "Møre og Romsdal fylkeskommune", ["kommunane", "partane"], "2019–2022"),
    M("MR_HOSPIT", "Hospitering for yrkesfaglærarar i bedrift", ["1.4"], "delmål 1.4", K, "kurs/utdanning", "Møre og Romsdal fylkeskommune", ["bedrifter", "vidaregåande skular"], "Skuleåret 2019/2020"),
    ])

# 19 Møre og Romsdal 2020 nynorsk -- table
rep("MR_fylke_rapport_NKPS_2020.docx", "Møre og Romsdal fylkeskommune", 2020, "nn", "python-docx",
    "County nynorsk status table: one table 'Kva | Delmål | Type | Kven | Samarbeidspartnarar | Tidsrom | Status' (Status column = 'Vidareført'/'Nytt', not a field), then 'Tal frå 2020' with counts of karriererettleiingssamtalar (not measures)",
    [
    M("MR_ALLIANSE", "Kompetansealliansen – vidareført", ["1.2"], "1.2", R, "råd/utval/nettverk", "Møre og Romsdal fylkeskommune", ["næringsliv", "høgskular", "fagskular"], "2020", cont=True),
    M("MR_KARR19", "Karrieresenter for vaksne i heile fylket", ["1.3"], "1.3", P, "prosjekt", "Møre og Romsdal fylkeskommune", ["NAV"], "2020", cont=True),
    M("MR_FAGBREV", "Fagbrev på jobb", ["3.1", "3.3"], "3.1/3.3", P, "prosjekt", "Møre og Romsdal fylkeskommune", ["bedrifter", "NAV"], "2020", cont=True),
    M("MR_BIO", "Forvaltning av bedriftsintern opplæring (BIO)", ["2.4"], "2.4", X, "tilskot", "Møre og Romsdal fylkeskommune", ["NAV Møre og Romsdal"], "Frå 2020"),
    M("MR_REGPLAN", "Regional delplan for kompetanse – handlingsprogram 2020", ["1.2"], "1.2", X, "plan", "Møre og Romsdal fylkeskommune", ["kommunane"], "2020", cont=True),
    M("MR_DIGI", "Digital kompetanse i kommunane på Nordmøre", ["2.1"], "2.1", P, "prosjekt", "Møre og Romsdal fylkeskommune", ["KS", "Nordmøre interkommunale politiske råd"], "2020–2021"),
    ])

# 20 Vestland 2020 nynorsk -- form tables
rep("Vestland_fylkeskommune_rapport_2020.docx", "Vestland fylkeskommune", 2020, "nn", "python-docx",
    "County nynorsk form tables: one 2-column table per measure (Tiltak, Kva delmål, Type, Ansvarleg, Samarbeidspartnarar, Tidsrom, Skildring), delmål mostly in nynorsk words; header 'Vestland fylkeskommune', intro about the county merger, a 'Kontakt' box (not measures)",
    [
    M("VL_KOMPFORUM", "Kompetanseforum Vestland", ["1.2"], "regionalt folkevalt nivå", R, "råd/utval/nettverk", "Vestland fylkeskommune", ["NAV Vestland", "KS", "LO", "NHO", "Statsforvaltaren"], "Frå 2020",
      "Forumet samlar dei regionale kompetanseaktørane to gonger i året."),
    M("VL_REGPLAN", "Regional plan for kompetanse og arbeidskraft", ["1.2"], "regionalt folkevalt nivå", X, "plan", "Vestland fylkeskommune", ["kommunane", "partane"], "2020–2021"),
    M("NFK", "Nasjonalt forum for karriererettleiing", ["1.3"], "karriererettleiing", R, "råd/utval/nettverk", "Kompetanse Noreg", ["Vestland fylkeskommune", "KS"], "Løpande"),
    M("KVALRAMME", "Innføring av kvalitetsrammeverket for karriererettleiing", ["1.3"], "karriererettleiing", P, "prosjekt", "Vestland fylkeskommune", ["Kompetanse Noreg", "karrieresentera"], "2020–2021",
      "Karrieresentera i Vestland tek i bruk det nasjonale kvalitetsrammeverket."),
    M("VL_BIO", "Forvaltning av BIO-midlar (bedriftsintern opplæring)", ["2.4"], "2.4", X, "anna", "Vestland fylkeskommune", ["NAV Vestland", "Innovasjon Noreg"], "Frå 1. januar 2020"),
    M("VL_FAGBREV", "Fagbrev på jobb i Vestland", ["3.1"], "fleksibel opplæring for vaksne", P, "prosjekt", "Vestland fylkeskommune", ["opplæringskontora", "NAV Vestland"], "2020–2022"),
    M("SF_HVL", "Samarbeid mellom Høgskulen på Vestlandet og Fagskulen Vestland om tekniske fag", ["1.4"], "samarbeid mellom utdanning og arbeidsliv", K, "kurs/utdanning", "Vestland fylkeskommune", ["Høgskulen på Vestlandet", "Fagskulen Vestland"], "Frå 2018, vidareført"),
    ])

# 21 Vestland 2025 nynorsk -- LibreOffice PDF
rep("Vestland_fylkeskommune_2025.pdf", "Vestland fylkeskommune", 2025, "nn", "python-docx -> LibreOffice PDF",
    "County nynorsk short form: shaded 2-column table per measure (Kva, Kva delmål, Type, Kven, Samarbeidspartnarar, Tidsrom, Skildring) with a 'Tiltaket er vidareført' line under continued ones; cover with 'Vestland fylkeskommune' and page footer 'Side n', key-figure table 'BIO-søknader 2023–2025' (not measures)",
    [
    M("VL_KOMPFORUM", "Kompetanseforum Vestland", ["1.2"], "1.2", R, "råd/utval/nettverk", "Vestland fylkeskommune", ["NAV Vestland", "KS", "LO", "NHO"], "Heile 2025", cont=True),
    M("VL_REGPLAN", "Rullering av regional plan for kompetanse og arbeidskraft", ["1.2", "1.4"], "1.2 og 1.4", X, "plan", "Vestland fylkeskommune", ["kommunane", "partane", "UH-sektoren"], "2025–2026", cont=True),
    M("VL_FAGBREV", "Fagbrev på jobb", ["3.1", "3.3"], "3.1 og 3.3", P, "prosjekt", "Vestland fylkeskommune", ["opplæringskontora", "NAV Vestland"], "2025", cont=True),
    M("VL_BIO", "Bedriftsintern opplæring (BIO)", ["2.4"], "2.4", X, "tilskot", "Vestland fylkeskommune", ["Innovasjon Noreg"], "2025", cont=True),
    M("VL_KARR", "Karriererettleiing for vaksne på karrieresentera i Vestland", ["1.3"], "1.3", I, "informasjonstiltak", "Vestland fylkeskommune", ["NAV Vestland"], "Løpande",
      "Gratis rettleiing for vaksne, òg for tilsette i bedrifter i omstilling."),
    M("VL_GRUNN", "Grunnleggjande ferdigheiter for vaksne innvandrarar", ["3.4"], "3.4", K, "kurs/utdanning", "Vestland fylkeskommune", ["kommunane", "NAV Vestland"], "2025–2026"),
    ])

# 22 Trøndelag 2019 with South Sámi name
rep("Trondelag_fylkeskommune_2019.docx", "Trøndelag fylkeskommune", 2019, "nb", "python-docx",
    "County bokmål with South Sámi name in header ('Trøndelag fylkeskommune – Trööndelagen fylkentjïelte'): one 6-column table (Tiltak | Delmål | Type | Ansvarlig | Partnere | Periode) with delmål written in words; a 'Møter 2019' list and signature (not measures)",
    [
    M("TR_DIGIT", "Kompetanseløft Trøndelag (DigiT)", ["2.1"], "digital kompetanse", R, "Råd/utvalg/nettverk", "KS", ["Trøndelag fylkeskommune", "Fylkesmannen", "kommunene"], "2018–2020"),
    M("TR_REGPLAN", "Regional plan for kompetanse i Trøndelag", ["1.2"], "regionalt folkevalgt nivå", X, "Plan", "Trøndelag fylkeskommune", ["kommunene", "partene"], "2019–2022"),
    M("TR_KARR", "Karrieresenter Trøndelag – tilbud til voksne", ["1.3"], "karriereveiledning", P, "Prosjekt", "Trøndelag fylkeskommune", ["NAV Trøndelag"], "2019"),
    M("TR_SAMISK", "Karriereveiledning med kunnskap om sørsamisk kultur- og næringsliv", ["1.3"], "karriereveiledning", K, "Kurs", "Trøndelag fylkeskommune", ["Saemien Sijte", "Nord universitet"], "2019–2020"),
    M("TR_HOSPIT", "Hospitering for yrkesfaglærere i bedrift", ["1.4"], "samarbeid mellom utdanning og arbeidsliv", K, "Kurs/utdanning", "Trøndelag fylkeskommune", ["bedrifter", "opplæringskontorer"], "Skoleåret 2019/2020"),
    M("TR_FORUM", "Trøndersk kompetanseforum", ["1.2"], "regionalt folkevalgt nivå", R, "Nettverk", "Trøndelag fylkeskommune", ["NTNU", "Nord universitet", "LO", "NHO"], "Fra 2019"),
    ])

# 23 Troms og Finnmark 2021 with North Sámi name
rep("Troms_og_Finnmark_fylkeskommune_2021.pdf", "Troms og Finnmark fylkeskommune", 2021, "nb", "reportlab",
    "County bokmål PDF with North Sámi name ('Troms og Finnmark fylkeskommune / Romsa ja Finnmárkku fylkkagielda') in every page header: short intro, a 'Tiltak i 2021' section with each measure as a small heading + label:value lines; a 'Karrieresentrene i tall' table and contact lines (not measures)",
    [
    M("TF_KOMPFORUM", "Kompetanseforum Troms og Finnmark", ["1.2"], "1.2", R, "Råd/utvalg/nettverk", "Troms og Finnmark fylkeskommune", ["NAV", "KS", "UiT Norges arktiske universitet"], "Fra 2020"),
    M("TF_REGPLAN", "Regional kompetansestrategi for Troms og Finnmark", ["1.2"], "1.2", X, "Strategi", "Troms og Finnmark fylkeskommune", ["kommunene", "partene"], "2021–2024"),
    M("TF_BIO", "Bedriftsintern opplæring (BIO) – ny forvaltning i fylkeskommunen", ["2.4"], "2.4", X, "Tilskudd", "Troms og Finnmark fylkeskommune", ["NAV"], "2021"),
    M("TF_SAMISK", "Samisk karriereveiledning i Karasjok og Kautokeino", ["1.3"], "1.3", P, "Prosjekt", "Troms og Finnmark fylkeskommune", ["Sámi allaskuvla", "NAV"], "2021–2022"),
    M("TF_FAGBREV", "Fagbrev på jobb", ["3.1"], "3.1", P, "Prosjekt", "Troms og Finnmark fylkeskommune", ["bedrifter", "NAV"], "2021"),
    M("TF_VOKSEN", "Fleksibel voksenopplæring i distriktene", ["3.1"], "3.1", K, "Kurs/utdanning", "Troms og Finnmark fylkeskommune", ["kommunene"], "2021–2023"),
    ])

NEAR_GROUPS = [
    ["LO_TVSKOLE", "UNIO_TVKURS", "YS_TVKURS", "AKA_TVKURS"],
    ["VL_REGPLAN", "MR_REGPLAN", "TR_REGPLAN", "TF_REGPLAN", "SF_REGPLAN"],
    ["VL_KOMPFORUM", "MR_ALLIANSE", "TF_KOMPFORUM", "SF_KOMPFORUM", "TR_FORUM", "TR_DIGIT"],
    ["VL_BIO", "MR_BIO", "TF_BIO", "BIO_STAT"],
    ["VL_FAGBREV", "MR_FAGBREV", "TF_FAGBREV", "SF_FAGBREV", "NAV_FAGBREV", "YS_FAGBREV"],
    ["BRANSJE_IB", "BRANSJE_HO", "BRANSJE_VH"],
    ["MR_KARR19", "TR_KARR", "SF_KARR", "VL_KARR", "TR_SAMISK", "TF_SAMISK"],
    ["KVALRAMME", "NFK"],
    ["KPA", "KPF", "SPK_SOKEKONF"],
    ["KBU", "EKSPERT"],
    ["SRY", "NHO_FAGLRAD"],
    ["RSA", "LO_RSA_EGNE"],
    ["DIGIVU", "DIGIARB"],
    ["UNIO_FINANS", "KS_FINANS", "NHO_SKATT", "AKA_EVU"],
    ["MR_HOSPIT", "TR_HOSPIT"],
    ["SPK_MOTEPLASS", "SPK_INTKONF", "ARENDAL"],
    ["NAV_NORSK", "VOFO_NORSK", "VL_GRUNN", "NAV_GRUNNL"],
    ["UNIO_HELSEPERS", "AKA_YNGRE", "YS_ANALYSE", "VIRKE_LITSTUD"],
]
