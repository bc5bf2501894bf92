# -*- coding: utf-8 -*-
"""Ground-truth data for batch match48. Rendering lives in render_*.py; this file holds only content.

Each measure: title, delmal (codes), dp (the delmål reference exactly as printed, or None),
type (canonical or None), tp (type word as printed, or None), resp, partners (list), pj (partners as printed,
default "a, b og c"), period, desc, tid (tiltak id).  `continues` is computed in build.py.
"""

OLD = {i + 1: c for i, c in enumerate(
    "1.1 1.2 1.3 1.4 2.1 2.2 2.3 2.4 2.5 2.6 3.1 3.2 3.3 3.4 3.5 3.6".split())}

# short words of each delmål (bokmål), used where a report names the goal only in words
WORDS = {
    "1.1": "Etablere et kompetansebehovsutvalg",
    "1.2": "Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle",
    "1.3": "Sørge for tilgang til karriereveiledning",
    "1.4": "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet",
    "2.1": "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken",
    "2.2": "Styrke kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.3": "synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker",
    "2.4": "koble kompetansebehov i små og store virksomheter",
    "2.5": "Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet",
    "2.6": "godkjenning og vurdering av utenlandsk utdanning",
    "3.1": "Gi fleksibel opplæring på voksnes premisser",
    "3.2": "Stimulere til bruk av Kompetanseplussordningene",
    "3.3": "Benytte opplærings- og kompetansetiltak mer aktivt i arbeidsmarkeds- og integreringspolitikken",
    "3.4": "Målrette og effektivisere norskopplæring",
    "3.5": "Styrke og tilpasse NAVs opplæringstilbud",
    "3.6": "Stimulere til at flere finner læringsmotivasjon",
}

TYPES = ["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement", "Annet"]


def M(title, delmal, dp, type_, tp, resp, partners, period, desc, tid, pj=None, **extra):
    partners = list(partners or [])
    if pj is None and partners:
        pj = partners[0] if len(partners) == 1 else ", ".join(partners[:-1]) + " og " + partners[-1]
    d = dict(title=title, delmal=sorted(delmal), dp=dp, type=type_, tp=tp, resp=resp, partners=partners,
             pj=pj, period=period, desc=desc, tid=tid)
    d.update(extra)
    return d


FILES = []


def F(name, reporter, year, made_with, layout, measures, nynorsk=False, **extra):
    d = dict(name=name, reporter=reporter, year=year, made_with=made_with, layout=layout,
             measures=measures, nynorsk=nynorsk)
    d.update(extra)
    FILES.append(d)
    return d


# ---------------------------------------------------------------- F01 Regjeringen 2017 (docx)
F("Regjeringen_KD_oppfolging_NKPS_2017.docx", "Regjeringen", 2017, "python-docx",
  "Departementets Word-notat 'Regjeringens oppfølging' med brevhode, innledning, én bred tabell "
  "(Nr | Tiltak | NKPS tiltak nr. | Ansvarlig dep. | Samarbeid med | Tidsramme), gamle tiltaksnumre 1–16, "
  "ingen type; etter tabellen en liste 'Møter i Kompetansepolitisk råd 2017' og en kontaktboks (ikke tiltak)", [
    M("Kompetansebehovsutvalget (KBU)", ["1.1"], "1", None, None, "KD",
      ["KMD", "ASD", "NFD", "partene i arbeidslivet"], "Oppnevnt 2017, første rapport 2018",
      "Utvalget skal sammenstille og analysere kilder til kunnskap om Norges kompetansebehov, nasjonalt og regionalt.",
      "KBU"),
    M("Samfunnskontrakten for flere læreplasser", ["1.4", "2.3"], "4 og 7", None, None, "KD",
      ["LO", "NHO", "KS", "Spekter", "Virke", "YS", "Unio"], "2016–2020",
      "Kontrakten skal bidra til at alle kvalifiserte søkere får læreplass.", "SAMFKONTR"),
    M("Yrkesfagenes år 2018", ["2.3"], "7", None, None, "KD",
      ["Utdanningsdirektoratet", "partene i arbeidslivet"], "2018",
      "Forberedelse av en informasjons- og omdømmekampanje for yrkesfagene.", "YRKESAAR"),
    M("Nasjonalt kvalitetsrammeverk for karriereveiledning", ["1.3"], "3", None, None, "KD",
      ["Kompetanse Norge", "fylkeskommunene"], "2017–2019",
      "Rammeverket skal styrke kvaliteten og kompetansen i karriereveiledningsfeltet.", "KVALRAMME"),
    M("Forsøk med modulstrukturert opplæring for voksne i videregående opplæring", ["3.1"], "11", None, None, "KD",
      ["Utdanningsdirektoratet", "fylkeskommunene"], "2017–2021",
      "Forsøket prøver ut opplæring i moduler som kan gi fag- eller svennebrev for voksne.", "MODUL"),
    M("Kompetansepluss arbeid og Kompetansepluss frivillighet", ["3.2"], "12", None, None, "KD",
      ["Kompetanse Norge", "VOFO"], "Løpende",
      "Tilskuddsordningene gir voksne opplæring i grunnleggende ferdigheter på arbeidsplassen og i frivillig sektor.",
      "KPLUSS"),
    M("Hurtigsporet for nyankomne flyktninger", ["3.3", "3.4"], "13, 14", None, None, "JD",
      ["IMDi", "NAV", "partene"], "Fra 2016",
      "Flyktninger med kompetanse som etterspørres skal raskt ut i arbeid.", "HURTIG"),
    M("Godkjenningsordning for utenlandsk fagskoleutdanning", ["2.6"], "10", None, None, "KD",
      ["NOKUT"], "Åpner 1. januar 2019", None, "GODKJ"),
    M("Regionreformen – overføring av oppgaver til fylkeskommunene", ["1.2"], "2", None, None, "KMD",
      ["KD", "fylkeskommunene"], "2017–2020",
      "Ekspertutvalget for regionreformen vurderer hvilke kompetansepolitiske oppgaver som kan overføres.",
      "REGIONREFORM"),
  ])

# ---------------------------------------------------------------- F02 Regjeringen 2019 (slides pdf)
F("KD_presentasjon_KPR_2019.pdf", "Regjeringen", 2019, "reportlab (canvas, 16:9 slides)",
  "Lysbildepresentasjon eksportert til PDF: tittellysbilde, agenda, ett eller to tiltak per lysbilde med "
  "punktliste (Delmål/Type/Ansvar/Med/Når), bunntekst med logo-tekst og sidetall, et statistikklysbilde med "
  "søkertall og et avslutningslysbilde 'Spørsmål?' (ikke tiltak)", [
    M("Kompetansereformen – Lære hele livet", ["2.2"], "Delmål 2.2", "Annet", "Stortingsmelding", "KD",
      ["ASD", "NFD", "KMD"], "Meld. St. våren 2020",
      "Reformen skal sikre at ingen går ut på dato og at flere kan stå lenger i arbeid.", "KOMPREFORM"),
    M("Bransjeprogram for industri- og byggenæringen", ["2.1", "2.4"], "Delmål 2.1 og 2.4", "Kurs/utdanning",
      "Kurs/utdanning", "KD", ["LO", "NHO", "Fellesforbundet", "Norsk Industri"], "2019–2021",
      None, "BRANSJE_IB"),
    M("Bransjeprogram for kommunal helse- og omsorgssektor", ["2.4"], "Delmål 2.4", "Kurs/utdanning",
      "Kurs/utdanning", "KD", ["KS", "Fagforbundet", "NSF", "Delta", "FO"], "2019–2021",
      None, "BRANSJE_HO"),
    M("Tilskudd til fleksible videreutdanningstilbud i digital kompetanse", ["2.1"], "Delmål 2.1",
      "Kurs/utdanning", "Kurs/utdanning", "Kompetanse Norge", ["DIKU", "partene"], "Utlysning 2018 og 2019",
      None, "FLEKS_DIGI"),
    M("Ekspertutvalg for etter- og videreutdanning", ["2.2"], "Delmål 2.2", "Råd/utvalg/nettverk", "Utvalg",
      "KD", [], "Rapport juni 2019", None,
      "EKSPERTUTV"),
    M("Nytt opplæringstiltak i arbeidsmarkedspolitikken", ["3.3", "3.5"], "Delmål 3.3 og 3.5",
      "Kurs/utdanning", "Kurs/utdanning", "ASD", ["Arbeids- og velferdsdirektoratet"], "Fra 1. juli 2019",
      "Opplæringstiltaket samler tidligere tiltak og åpner for lengre yrkesrettet opplæring.", "OPPLTILTAK"),
    M("Kompetansebehovsutvalget – andre rapport", ["1.1"], "Delmål 1.1", "Råd/utvalg/nettverk",
      "Råd/utvalg/nettverk", "KD", ["partene", "forskere"], "Rapport mars 2019",
      None, "KBU"),
    M("Ny samfunnskontrakt for flere læreplasser 2019–2021", ["2.3"], "Delmål 2.3", "Annet", "Avtale",
      "KD", ["partene", "KS"], "2019–2021", None, "SAMFKONTR"),
  ])

# ---------------------------------------------------------------- F03 LO 2018 (e-mail pdf)
F("LO_epost_rapportering_2018.pdf", "LO", 2018, "reportlab (platypus, e-mail print layout)",
  "E-post skrevet ut til PDF fra nettleser: utskriftstopp med dato og 'Gmail', emnelinje, Fra/Til/Kopi/Dato, "
  "hilsen, tiltakene som ren tekst i nummererte blokker (Tiltak:/Delmål:/Type:/Ansvarlig:/Samarbeid:/Når:/Kort om:), "
  "signatur med telefon og et sitert tidligere brev fra Kompetanse Norge med et EKSEMPEL-tiltak (ikke tiltak)", [
    M("Deltakelse i Kompetansebehovsutvalget (KBU)", ["1.1"], "1.1", "Råd/utvalg/nettverk", "utvalg", "KD",
      ["LO", "NHO", "YS", "Unio", "KS", "Virke", "Spekter", "Akademikerne"], "2017–",
      "LO har fast plass i utvalget og deltar i arbeidet med rapportene.", "KBU"),
    M("Deltakelse i Samarbeidsrådet for yrkesopplæring (SRY)", ["1.4", "2.3"], "1.4 og 2.3",
      "Råd/utvalg/nettverk", "råd", "LO", ["NHO", "KS", "Spekter", "Virke", "Unio", "YS"], "løpende",
      "LO leder SRY i 2018 og bruker rådet til å følge opp yrkesfagene.", "SRY"),
    M("Notat «Tariffavtalenes betydning i kompetansepolitikken»", ["2.2"], "2.2", "FoU", "FoU", "LO",
      ["Fafo"], "Ferdig høsten 2018", None, "LO_TARIFF"),
    M("Konferansen «Arena for kvalitet» i Yrkesfagenes år", ["2.3"], "2.3", "Arrangement", "konferanse", "LO",
      ["KD", "Udir"], "April 2018", "LO var med å arrangere konferansen.", "LO_ARENA"),
    M("Felles arrangement med Spekter under Arendalsuka 2018", ["2.2"], "2.2", "Arrangement", "arrangement",
      "LO Stat", ["Spekter"], "August 2018",
      "Rette oppmerksomheten mot verdien av fornyelse av ansattes kompetanse.", "ARENDAL18"),
    M("Seminar om styrking av kompetanse i klyngesamarbeid", ["2.4"], "2.4", "Arrangement", "seminar", "LO",
      ["NHO", "Eyde-klyngen"], "November 2018", None, "LO_KLYNGE"),
    M("Oppfølging av Hurtigsporet", ["3.3"], "3.3", "Informasjon", "informasjon", "LO",
      ["Egne medlemmer", "NAV", "NHO"], "2018", "Deltakelse på arrangementer om oppfølging av Hurtigsporet.",
      "HURTIG", pj="Egne medlemmer, NAV, NHO"),
  ])

# ---------------------------------------------------------------- F04 LO 2019 (google-docs docx)
F("LO kompetanserapport 2019 (kopi).docx", "LO", 2019, "python-docx (no styles, manual formatting)",
  "Google-Docs-eksport: ingen overskriftsstiler, alt i Normal med manuell fet skrift og skriftstørrelser, "
  "myke linjeskift inne i én avsnittsblokk per tiltak ('Tiltak:' ... 'Kontaktperson:'), innledende tekst "
  "med tall om medlemmer og en 'Vedlegg: møter'-liste (ikke tiltak)", [
    M("Kompetansebehovsutvalget – fortsatt deltakelse", ["1.1"], "1.1", "Råd/utvalg/nettverk", "Utvalg", "KD",
      ["LO", "NHO", "Unio"], "2019", "LO bidro i arbeidet med KBUs andre rapport.", "KBU"),
    M("Samarbeidsrådet for yrkesopplæring og de faglige rådene", ["2.3"], "2.3", "Råd/utvalg/nettverk",
      "Råd/utvalg/nettverk", "Partene", ["KD", "Udir"], "Løpende",
      "Arbeid med ny tilbudsstruktur på yrkesfaglige utdanningsprogrammer.", "SRY"),
    M("Bransjeprogrammet for industri og bygg", ["2.1", "2.4"], "2.1/2.4", "Kurs/utdanning", "Kurs",
      "LO/Fellesforbundet", ["NHO", "Norsk Industri", "BNL", "KD"], "2019–2020",
      "Fellesforbundet har vært med å utforme tilbudene i programmet.", "BRANSJE_IB"),
    M("Innspill til ekspertutvalget for etter- og videreutdanning", ["2.2"], "2.2", "Annet", "Innspill", "LO",
      [], "Våren 2019", None, "EKSPERTUTV"),
    M("Tillitsvalgtskolering om kompetanseutvikling på arbeidsplassen", ["2.2"], "2.2", "Kurs/utdanning",
      "Kurs", "LO", ["AOF"], "Høsten 2019",
      "Nytt kursopplegg for tillitsvalgte om bruk av kompetansebestemmelsene i tariffavtalene.", "LO_TV"),
    M("Matindustrien 4.0 – kompetanseløft for hele matindustrien", ["2.1"], "2.1", "Prosjekt", "Prosjekt",
      "LO/NNN", ["NHO Mat og drikke", "Sjømat Norge"], "2018–2020", None, "MAT40"),
    M("Oppfølging av notatet om tariffavtalenes betydning", ["2.2"], "2.2", "FoU", "FoU", "LO", ["Fafo"],
      "2019", "Funnene fra Fafo-notatet er presentert for forbundene.", "LO_TARIFF"),
  ])

# ---------------------------------------------------------------- F05 NHO 2018 (forms pdf)
F("NHO_svar_skjema_rapportering_2018.pdf", "NHO", 2018, "reportlab (platypus, web-form print layout)",
  "Svar fra et nettskjema (Forms) skrevet ut fra nettleseren: utskriftsdato og URL i topp/bunn, 'Svar 14', "
  "respondent-blokk, nummererte spørsmål med svar under, avkryssede delmål som liste med kode+tekst, "
  "spørsmål 'Vil du registrere et nytt tiltak?' mellom tiltakene og en avsluttende tilbakemeldingsboks (ikke tiltak)", [
    M("Kompetansebehovsutvalget", ["1.1"], "1.1 Etablere et kompetansebehovsutvalg (KBU)", "Råd/utvalg/nettverk",
      "Råd/utvalg/nettverk", "Kunnskapsdepartementet", ["NHO", "LO", "de øvrige hovedorganisasjonene"], "2017–2021",
      "NHO deltar i utvalget.", "KBU"),
    M("Jenter og teknologi", ["2.3"], "2.3 Samarbeide om å synliggjøre og utvikle karrieremulighetene",
      "Informasjon", "Informasjon", "NHO", ["NITO", "Norsk Industri", "Abelia"], "Tredje år på rad i 2018",
      "Nasjonal kampanje for å få flere jenter til å velge realfag og teknologi.", "JENTER"),
    M("Samarbeidsrådet for yrkesopplæring (SRY)", ["1.4", "2.3"],
      "1.4 Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet",
      "Råd/utvalg/nettverk", "Råd/utvalg/nettverk", "Partene", ["KD", "Udir"], "Løpende", None, "SRY",
      dp2="2.3 Samarbeide om å synliggjøre og utvikle karrieremulighetene"),
    M("Rapport om fagarbeideres bidrag til innovasjon i bedrifter", ["2.2"],
      "2.2 Styrke kunnskapsgrunnlaget om læring i arbeidslivet", "FoU", "FoU", "NHO", ["Fafo"], "2018",
      "Rapporten viser hvordan fagarbeidere bidrar til innovasjon.", "NHO_INNOV"),
    M("Kampanje for Hurtigsporet i fire byer", ["3.3", "3.4"],
      "3.3 Benytte opplærings- og kompetansetiltak mer aktivt", "Informasjon", "Informasjon", "NHO",
      ["NAV", "Bergen", "Bodø", "Drammen", "Fredrikstad"], "Våren 2018",
      "Synliggjøre flyktningers kompetanse og rekrutteringsmuligheter for næringslivet.", "HURTIG",
      pj="NAV, Bergen, Bodø, Drammen, Fredrikstad", dp2="3.4 Målrette og effektivisere norskopplæring"),
    M("Rapporten «Yrkesopplæringsnemndas rolle og ansvar»", ["1.2"],
      "1.2 Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar", "FoU", "FoU", "NHO", ["Partene"],
      "2018", None, "NHO_YON"),
    M("NHOs kompetansebarometer 2018", ["2.2"], "2.2 Styrke kunnskapsgrunnlaget om læring i arbeidslivet",
      "FoU", "FoU", "NHO", ["NIFU"], "Årlig",
      "Undersøkelse blant medlemsbedriftene om udekket kompetansebehov.", "NHO_BAROM"),
  ])

# ---------------------------------------------------------------- F06 NHO 2020 (content controls docx)
F("NHO_rapportskjema_NKPS_2020.docx", "NHO", 2020, "python-docx + raw OOXML (w:sdt content controls, nested tables)",
  "Utfylt Word-skjema: ytre layouttabell per tiltak med en innebygd (nestet) tabell, alle svar i "
  "innholdskontroller (w:sdt) med plassholdertekst der de er tomme, et 'Om NHO'-felt og en signaturblokk (ikke tiltak)", [
    M("Jenter og teknologi", ["2.3"], "2.3", "Informasjon", "Informasjon/kampanje", "NHO",
      ["NITO", "Norsk Industri", "Abelia"], "Videreført 2020",
      "Kampanjen ble gjennomført digitalt på grunn av pandemien.", "JENTER"),
    M("NHOs kompetansebarometer 2020", ["2.2"], "2.2", "FoU", "FoU", "NHO", ["NIFU"], "2020",
      "Seks av ti bedrifter melder om udekket kompetansebehov.", "NHO_BAROM"),
    M("Bransjeprogram for industri og bygg", ["2.1", "2.4"], "2.1, 2.4", "Kurs/utdanning", "Kurs/utdanning",
      "KD", ["NHO", "Norsk Industri", "LO", "Fellesforbundet"], "2019–2022", None, "BRANSJE_IB"),
    M("Råd for samarbeid med arbeidslivet (RSA)", ["1.4"], "1.4", "Råd/utvalg/nettverk", "Råd/utvalg/nettverk",
      "Universiteter og høyskoler", ["NHOs regionkontorer"], "Løpende", None, "RSA"),
    M("Innspill om kompetansepakke for permitterte", ["2.4"], "2.4", "Annet", "Innspill", "NHO",
      ["LO"], "Mars–juni 2020",
      "Forslag om at permitterte skal kunne ta opplæring uten å miste dagpenger.", "NHO_PERM"),
    M("Utredning av skatteincentiv for kompetanse i virksomheter", ["2.2"], "2.2", "FoU", "Utredning", "NHO",
      [], "2020", "Bestilt rapport som beskriver alternative innretninger på en skatteincentivmodell.", "NHO_SKATT"),
  ])

# ---------------------------------------------------------------- F07 KS 2018 (frames + footnotes docx)
F("KS_rapport_kompetansestrategien_2018.docx", "KS", 2018, "python-docx + raw OOXML (framePr frames, footnotes part)",
  "Brosjyreaktig Word-rapport: innledning og KS i tall, hvert tiltak som overskrift + løpende tekst, "
  "'Fakta'-ramme (w:framePr) til høyre med Delmål/Type/Ansvar/Partnere, fotnoter som bærer perioden eller en partner; "
  "topptekst og bunntekst med sidetall (fakta i ramme og fotnote hører til tiltaket; 'KS i tall' er ikke tiltak)", [
    M("Samarbeid om digital kompetanse i kommunesektoren", ["2.1"], "2.1", "Prosjekt", "Prosjekt", "KS",
      ["KMD", "hovedorganisasjonene"], "1. januar 2018 – ut 2019",
      "Totalt 71 kommuner deltar i partssamarbeidet om digital kompetanse.", "KS_DIGI"),
    M("Lederutfordringer i digitale omstillingsprosesser", ["2.1"], "2.1", "FoU", "FoU", "KS", ["PwC"], "2018",
      "Studien ser på hvordan ledere i kommunene håndterer digitale omstillingsprosesser.", "KS_LEDER"),
    M("Kommunesektorens arbeidslivsmonitor", ["2.2"], "2.2", "FoU", "FoU", "KS", [], "Ny rapport september 2019",
      "Monitoren gir oversikt over arbeidskraft og kompetanse i kommunesektoren.", "KS_MONITOR"),
    M("KS Læring", ["2.2"], "2.2", "Informasjon", "Informasjon", "KS", ["Kommuner"], "Løpende",
      "En plattform der kommuner kan dele kurs, arrangementer og annen kunnskap.", "KS_LAERING"),
    M("Menn i helse", ["2.3", "3.3"], "2.3 og 3.3", "Prosjekt", "Prosjekt", "KS", ["NAV", "kommuner"],
      "2016–2020", "Rekrutterer menn utenfor arbeidslivet til helsefagarbeiderutdanning.", "KS_MENN"),
    M("Menn i helse, evaluering", ["2.3"], "2.3", "FoU", "Evaluering", "KS", ["Østlandsforskning"], "2018",
      "Evalueringen ser på resultatene av rekrutteringsprosjektet.", "KS_MENN_EVAL"),
    M("Deltakelse i Kompetansebehovsutvalget", ["1.1"], "1.1", "Råd/utvalg/nettverk", "Utvalg", "KD",
      ["KS"], "2017–2021", "KS deltar i utvalget på vegne av kommunesektoren.", "KBU"),
    M("Nasjonalt forum for karriereveiledning", ["1.3"], "1.3", "Råd/utvalg/nettverk", "Nettverk",
      "Kompetanse Norge", ["KS", "Spekter"], "Løpende",
      "Forumet samler nasjonale aktører på karriereveiledningsfeltet.", "NFK"),
  ])

# ---------------------------------------------------------------- F08 KS 2019 (long table, LO pdf)
F("KS_NKPS_tiltakstabell_2019.pdf", "KS", 2019, "python-docx -> LibreOffice PDF",
  "Liggende Word-tabell over flere sider (Delmål | Tiltak | Type | Ansvarlig | Samarbeidspartnere | Periode | "
  "Status/beskrivelse) med gjentatt overskriftsrad og en rad som deles over sideskift; topptekst, 'Side x av y', "
  "forklaring av forkortelser etter tabellen (ikke tiltak)", [
    M("Samarbeid om digital kompetanse i kommunene", ["2.1"], "2.1", "Prosjekt", "Prosjekt", "KS",
      ["KMD", "LO Kommune", "Unio", "YS Kommune", "Akademikerne"], "2018–2019",
      "Videreført. Kommunene har fått tilbud om møteplasser, veiledning og digitale læringsressurser. "
      "Erfaringene oppsummeres i en sluttrapport som legges fram for partene ved utgangen av 2019, og "
      "arbeidet videreføres i KS' ordinære digitaliseringsarbeid.", "KS_DIGI"),
    M("Bransjeprogram for kommunal helse- og omsorgssektor", ["2.1", "2.4"], "2.1 / 2.4", "Kurs/utdanning",
      "Kurs/utdanning", "KS", ["KD", "Fagforbundet", "NSF", "Delta", "FO"], "2019–2021",
      "KS har koordinert partene i utformingen av programmet. Første kull har startet på videreutdanning i "
      "psykisk helsearbeid, rus og velferdsteknologi, og det er lagt til rette for at ansatte uten fagbrev kan "
      "ta fagbrev som helsefagarbeider gjennom programmet. Ordningen forvaltes av Kompetanse Norge, og "
      "søknadstallene for høsten 2019 viser stor etterspørsel fra kommunene i alle landsdeler, særlig etter "
      "moduler i velferdsteknologi og demensomsorg.", "BRANSJE_HO"),
    M("Kommunesektorens arbeidslivsmonitor 2019", ["2.2"], "2.2", "FoU", "FoU", "KS", [], "September 2019",
      "Fortsatt. Ny rapport publisert.", "KS_MONITOR"),
    M("Teknologibasert læring på arbeidsplassen", ["2.2"], "2.2", "FoU", "FoU", "KS", ["NTNU"], "Starter 2019",
      None, "KS_TEKNO"),
    M("Kartlegging av endrede kompetansebehov i en digitalisert helse- og omsorgssektor", ["2.1", "2.2"],
      "2.1 / 2.2", "FoU", "FoU", "KS", ["IPSOS"], "2019", None, "KS_KARTLEGG"),
    M("Status 2019, lærlinger i kommunesektoren", ["2.3"], "2.3", "Informasjon", "Informasjon", "KS", [],
      "Årlig", "Oversikt over lærlinger i kommunene som oppfølging av Samfunnskontrakten.", "KS_LAERLSTATUS"),
    M("Kommunenes strategiske forskningsorgan (KSF)", ["1.4"], "1.4", "Råd/utvalg/nettverk",
      "Råd/utvalg/nettverk", "KS", ["Kommuner"], "Fra 2019", None, "KS_KSF"),
    M("Deltakelse i Samarbeidsrådet for yrkesopplæring", ["2.3"], "2.3", "Råd/utvalg/nettverk",
      "Råd/utvalg/nettverk", "Partene", ["KS"], "Løpende", None, "SRY"),
    M("Menn i helse – nasjonal spredning", ["2.3", "3.3"], "2.3 / 3.3", "Prosjekt", "Prosjekt", "KS",
      ["NAV", "fylkeskommunene"], "2019–2021", "Videreføring med utvidelse til flere fylker.", "KS_MENN"),
  ])

# ---------------------------------------------------------------- F09 Spekter 2017 (numbered report docx)
F("Spekter_NKPS_rapport_2017.docx", "Spekter", 2017, "python-docx",
  "Nummerert Word-rapport: liste 'Rapporteringspunkter' (tiltak + 'Relasjon til NKPS tiltak nr …') etterfulgt av "
  "ett skjema per tiltak med fire nummererte overskrifter (1. Tiltak i NKPS, 2. Ansvarlig og samarbeidspartnere, "
  "3. Beskrivelse, 4. Tidspunkt og varighet); ingen type; ansvarlig/partnere i fri tekst", [
    M("Gjennomføre møteplass/søkekonferanse mellom Spekters medlemmer og Kompetanse Norge om KompetansePluss – Arbeid",
      ["3.2"], "NKPS tiltak nr 12", None, None, "Spekter", ["Kompetanse Norge"], "En dags varighet i september 2017",
      "Et seminar hvor medlemsvirksomhetene får økt kunnskap om ordningen og hva som kreves for å søke.",
      "SPK_KPLUSS"),
    M("Brev fra Spekter til alle medlemsvirksomhetene om lærlinger", ["1.4", "2.3"], "NKPS tiltak nr. 4 og 7",
      None, None, "Spekter", [], "Brevet ble sendt den 8. mai 2017",
      "Brevet oppfordrer virksomhetene til å vurdere om de kan tilby læreplass til flere ungdommer.", "SPK_BREV"),
    M("Arrangere «Møteplass lærebedrifter»", ["1.4", "2.3"], "NKPS tiltak nr. 4 og 7", None, None, "Spekter",
      ["medlemsvirksomheter", "FAFO", "fylkeskommuner", "opplæringskontorer"],
      "Oppstart var i 2013, og tiltaket gjennomføres hvert år i begynnelsen av mars",
      "Et heldagsarrangement der lærebedrifter utveksler erfaringer.", "SPK_MOTEPLASS"),
    M("Arbeidsgivernettverk for egne medlemsvirksomheter", ["2.2"], "NKPS tiltak nr. 6", None, None, "Spekter",
      ["medlemsvirksomhetene"], "Igangsatt i 2016 og vil pågå løpende",
      "Møtene arrangeres ca. hvert kvartal og ledes av Spekters øverste leder.", "SPK_NETTVERK"),
    M("Konferanse for Spekters medlemsvirksomheter og LOs tillitsvalgte", ["2.3"], "NKPS tiltak nr 7", None, None,
      "LO og Spekter", [], "30. november 2017",
      "Konferansen skal bidra til å nå målet i Samfunnskontrakt for flere læreplasser.", "SPK_LOKONF17"),
    M("Konferanse for medlemsvirksomhetene om integrering av flyktninger og innvandrere", ["3.4"],
      "NKPS tiltak nr 14", None, None, "Spekter", ["IMDi", "NAV", "en kommune"], "21. september 2017",
      "Konferansen skal øke kunnskap og interesse for å integrere flyktninger i arbeidslivet.", "SPK_INTEGR"),
  ])

# ---------------------------------------------------------------- F10 Spekter 2018 (justified hyphenated pdf)
F("Spekter_oppfolging_NKPS_2018.pdf", "Spekter", 2018, "reportlab (platypus, justified + pyphen hyphenation)",
  "Trykksakaktig PDF i blokkjustert serif med orddeling over linjeskift ('kompe-/tanse'), fet tiltakstittel, "
  "så ett løpende avsnitt med delmål, type, ansvarlig, partnere og tid i setninger; toppfelt med logo-tekst og "
  "sidetall nederst; innledning og 'Om Spekter' (ikke tiltak)", [
    M("Møteplass lærebedrifter 2018", ["2.3"], "delmål 2.3", "Arrangement", "et arrangement", "Spekter",
      ["Spekters medlemmer"], "1. mars 2018",
      "Årlig møteplass for lærebedrifter i tilknytning til Samfunnskontrakten for flere læreplasser.",
      "SPK_MOTEPLASS"),
    M("Fagskolekonferanse 2018", ["2.3"], "delmål 2.3", "Arrangement", "en konferanse", "Spekter",
      ["LO/Fagforbundet", "YS/Delta"], "Oktober 2018",
      "Konferansen rettet oppmerksomhet mot fagskoleutdanninger i spesialisthelsetjenesten og synliggjorde "
      "karrieremuligheter for fagarbeidere.", "SPK_FAGSKOLE"),
    M("Felles arrangement med LO Stat under Arendalsuka 2018", ["2.2"], "delmål 2.2", "Arrangement",
      "et arrangement", "Spekter og LO Stat", [], "August 2018",
      "Arrangementet rettet oppmerksomheten mot betydningen og verdien av fornyelse av ansattes kompetanse.",
      "ARENDAL18"),
    M("Dialogmøte med Spekters representanter i faglige råd (SRY)", ["2.3"], "delmål 2.3", "Arrangement",
      "et møte", "Spekter", ["Spekters medlemsvirksomheter"], "Juni 2018",
      "Spekters representanter i de faglige rådene og i SRY utvekslet erfaringer.", "SPK_DIALOG_SRY"),
    M("Praksisplasser for masterstudenter i statsvitenskap", ["1.4"], "delmål 1.4", "Kurs/utdanning",
      "et utdanningstiltak", "Spekter", ["UiO"], "Vårsemesteret 2018", None, "SPK_PRAKSIS"),
    M("Kompetanseutvikling i Spekters medlemsvirksomheter", ["2.2"], "delmål 2.2", "Kurs/utdanning",
      "et kurstilbud", "Spekter", ["Spekters medlemmer"], "Løpende",
      "Spekter tilbyr kurs i lederutvikling og kompetanseplanlegging.", "SPK_KOMPUTV"),
    M("Arbeidsgivernettverket for øverste HR-ledere", ["2.2"], "delmål 2.2", "Råd/utvalg/nettverk",
      "et nettverk", "Spekter", ["medlemsvirksomhetene"], "Fortsatt fra 2016",
      "Nettverket har i 2018 hatt kompetansereformen som fast tema.", "SPK_NETTVERK"),
  ])

# ---------------------------------------------------------------- F11 Virke 2018 (odd column order pdf)
F("Virke_tiltaksoversikt_2018.pdf", "Virke", 2018, "reportlab (platypus tables + canvas label column)",
  "Liggende PDF med tabell i uvanlig kolonnerekkefølge (Ansvarlig | Samarbeidspartnere | Tiltak | Periode | "
  "Type tiltak | Delmål), deretter en blokk 'Nettverk og råd' der verdien står til venstre og etiketten til høyre "
  "('UH-sektoren ..... Ansvarlig'); toppfelt med dato og en faktaboks 'Virke i tall' (ikke tiltak)", [
    M("Modell og metode for å beskrive kompetanse som bygges opp i arbeidslivet – rapporten «Balansekunst»",
      ["2.5"], "2.5", "FoU", "FoU", "Virke", ["LO", "YS", "NHO"], "Lansert april 2018", None, "BALANSE",
      pj="LO, YS, NHO"),
    M("Litteraturstudie om «Digitaliseringens påvirkning på varehandel»", ["2.1"], "2.1", "FoU", "FoU", "Virke",
      ["Handel og Kontor", "Universitetet i Sørøst-Norge"], "2018", None, "VIRKE_LITT",
      pj="Handel og Kontor, Universitetet i Sørøst-Norge"),
    M("Studie om «Hvordan påvirker ny teknologi kompetansebehovet i varehandelen?»", ["2.1", "2.2"], "2.1, 2.2",
      "FoU", "FoU", "Virke", ["Handel og Kontor Norge", "NAV", "Samfunnsøkonomisk analyse"], "Ferdig 2019", None,
      "VIRKE_STUDIE", pj="Handel og Kontor Norge, NAV, Samfunnsøkonomisk analyse"),
    M("Yrkesfagenes år 2018", ["2.3"], "2.3", "Informasjon", "Informasjon", "KD",
      ["Virke", "YS", "Spekter", "LO", "NHO"], "2018", None, "YRKESAAR", pj="Virke, YS, Spekter, LO, NHO"),
    M("Råd for samarbeid med arbeidslivet (RSA)", ["1.4"], "1.4", "Råd/utvalg/nettverk", "Råd/utvalg/nettverk",
      "UH-institusjonene", ["Virke"], "Løpende", None, "RSA"),
    M("UHRs fagstrategiske enheter", ["1.4"], "1.4", "Råd/utvalg/nettverk", "Råd/utvalg/nettverk",
      "Universitets- og høgskolerådet", ["Virke", "Unio", "Spekter", "NHO"], "Løpende", None, "UHR_FSE",
      pj="Virke, Unio, Spekter, NHO"),
    M("Virkes HR-barometer", ["2.2"], "2.2", "FoU", "FoU", "Virke", ["Opinion"], "Årlig", None, "VIRKE_HRBAROM"),
  ])

# ---------------------------------------------------------------- F12 Virke 2020 (ordinary headings docx)
F("Virke_rapport_Kompetansepolitisk_raad_2020.docx", "Virke", 2020, "python-docx (heading styles)",
  "Ordinær Word-rapport med Overskrift 1 per hovedinnsatsområde og Overskrift 2 per tiltak, feltlinjer "
  "'Delmål:', 'Type:', 'Ansvar:', 'Partnere:', 'Periode:' og et beskrivelsesavsnitt; til slutt 'Møter i rådet 2020' "
  "og 'Kontakt' (ikke tiltak)", [
    M("Oppfølging av Balansekunst – pilot for dokumentasjon av realkompetanse i varehandelen", ["2.5"], "2.5",
      "Prosjekt", "Prosjekt", "Virke", ["LO", "YS", "NHO", "Kompetanse Norge"], "2019–2020",
      "Modellen fra rapporten «Balansekunst» er prøvd ut i tre virksomheter.", "BALANSE"),
    M("Bransjeprogram for varehandelen", ["2.1", "2.4"], "2.1 og 2.4", "Kurs/utdanning", "Kurs/utdanning", "KD",
      ["Handel og Kontor", "NHO Service og Handel", "Virke"], "2020–2021", None, "BRANSJE_VH",
      pj="Handel og Kontor, NHO Service og Handel, Virke"),
    M("Teknologi og kompetansebehov i varehandelen – oppfølging av studien", ["2.2"], "2.2", "FoU", "FoU",
      "Virke", ["Samfunnsøkonomisk analyse"], "2020",
      "Studien fra 2019 er fulgt opp med et innspill til Kompetansereformen.", "VIRKE_STUDIE"),
    M("Råd for samarbeid med arbeidslivet (RSA)", ["1.4"], "1.4", "Råd/utvalg/nettverk", "Råd/utvalg/nettverk",
      "UH-institusjonene", ["Virke"], "Fortsatt", None, "RSA"),
    M("Lederutviklingsprogram for ideelle virksomheter", ["2.2"], "2.2", "Kurs/utdanning", "Kurs/utdanning",
      "Virke", ["BI"], "Høsten 2020", None, "VIRKE_LEDER"),
    M("Virkes HR-barometer 2020", ["2.2"], "2.2", "FoU", "FoU", "Virke", ["Opinion"], "2020",
      "Barometeret hadde i 2020 et eget tema om kompetanse under pandemien.", "VIRKE_HRBAROM"),
  ])

# ---------------------------------------------------------------- F13 YS 2019 (form tables, LO pdf)
F("YS_rapportering_NKPS_2019.pdf", "YS", 2019, "python-docx -> LibreOffice PDF",
  "Word-rapport med forside, 'Om YS' og en tabell 'YS i tall' (ikke tiltak), deretter én tofelts skjematabell "
  "per tiltak (Navn på tiltak | … / Relasjon til delmål / Type tiltak / Ansvarlig / Samarbeidspartnere / "
  "Tidspunkt og varighet / Beskrivelse); bunntekst med sidetall", [
    M("Kompetansebehovsutvalget (KBU)", ["1.1"], "1.1", "Råd/utvalg/nettverk", "Råd/utvalg/nettverk",
      "KD", ["YS", "de andre hovedorganisasjonene"], "2017–2021", None, "KBU"),
    M("YS Arbeidslivsbarometer 2019 – tema kompetanse", ["2.2"], "2.2", "FoU", "Forskning og utvikling", "YS",
      ["Arbeidsforskningsinstituttet (AFI)"], "Publisert oktober 2019",
      "Barometeret måler blant annet arbeidstakernes deltakelse i etter- og videreutdanning.", "YS_BAROM"),
    M("Kurs for tillitsvalgte om kompetanseutvikling", ["2.2"], "2.2", "Kurs/utdanning", "Kurs", "YS",
      ["YS-forbundene"], "Vår og høst 2019", None, "YS_TV"),
    M("Analyse av endringer i arbeidslivet knyttet til nye digitale løsninger", ["2.1"], "2.1", "FoU",
      "Forskning og utvikling", "YS", ["AFI"], "2018–2019", None, "YS_AFI"),
    M("Samarbeidsprosjekt om å få flyktninger raskt ut i arbeidslivet i Oslo", ["3.3", "3.4"], "3.3 og 3.4",
      "Prosjekt", "Prosjekt", "Oslo kommune", ["YS", "Virke"], "Avsluttet 2018, videreført av Oslo kommune",
      "Kombinerer arbeidspraksis og norskopplæring.", "YS_OSLO"),
    M("Bidrag til modell for dokumentasjon av kompetanse ervervet i arbeidslivet", ["2.5"], "2.5", "FoU",
      "Forskning og utvikling", "Virke", ["YS", "LO", "NHO"], "2018–2019",
      "YS har bidratt i arbeidet med rapporten «Balansekunst».", "BALANSE"),
    M("Vurdering av bransjer med behov for utvikling av kompetanse", ["2.1"], "2.1", "Kurs/utdanning", "Kurs",
      "YS", ["Egne medlemmer"], "2019", None, "YS_BRANSJE"),
  ])

# ---------------------------------------------------------------- F14 Unio 2018 (delmål in words docx)
F("Unio_oppfolging_2018.docx", "Unio", 2018, "python-docx",
  "Brevformet Word-dokument uten tabeller: avsnitt per delmål der delmålet bare står med ord én gang som "
  "innledning til avsnittet, tiltakene som punktliste med tittel i fet skrift og en setning om type/ansvar/partner; "
  "brevhode, referanselinje og hilsen (ikke tiltak)", [
    M("Unios digitaliseringspolitikk – workshop med medlemsforbundene", ["2.1"], WORDS["2.1"], "Arrangement",
      "Workshop", "Unio", ["Unios medlemsorganisasjoner"], "Juni 2018", None, "UNIO_DIGI", sec="2.1"),
    M("Digitalisering i tillitsvalgtskoleringen", ["2.1"], WORDS["2.1"], "Kurs/utdanning", "Kurs", "Unio",
      ["medlemsforbundene"], "2018–2019", None, "UNIO_TV", sec="2.1"),
    M("Utredning av ulike modeller for finansiering av etter- og videreutdanning", ["2.2"], WORDS["2.2"], "FoU",
      "Utredning", "Unio", ["Proba Samfunnsanalyse"], "Ferdig høsten 2018", None, "UNIO_FIN", sec="2.2"),
    M("Rapport om utfordringene og mulighetsområdene for kompetanseheving av helsepersonell", ["2.2"],
      WORDS["2.2"], "FoU", "Rapport", "Unio", ["Ny Analyse"], "2018", None, "UNIO_HELSE", sec="2.2"),
    M("Innspill til ekspertutvalget for etter- og videreutdanning", ["2.2"], WORDS["2.2"], "Annet", "Innspill",
      "Unio", [], "Høsten 2018", None, "EKSPERTUTV", sec="2.2"),
    M("Deltakelse i Råd for samarbeid med arbeidslivet (RSA)", ["1.4"], WORDS["1.4"], "Råd/utvalg/nettverk",
      "Råd", "Universiteter og høyskoler", ["Unios forbund"], "Løpende", None, "RSA", sec="1.4"),
    M("Aktiv bruk av studieforbund – kompetansehevende kurs for medlemmene", ["3.6"], WORDS["3.6"],
      "Kurs/utdanning", "Kurs", "Unio", ["Unios forbund"], "Løpende", None, "UNIO_STUDIEF", sec="3.6"),
  ])

# ---------------------------------------------------------------- F15 Akademikerne 2018 (endnotes docx)
F("Akademikerne_rapport_2018.docx", "Akademikerne", 2018, "python-docx + raw OOXML (endnotes part)",
  "Word-rapport med kort innledning og én tabell (Tiltak | Delmål | Type | Ansvarlig), der samarbeidspartner og "
  "periode står i sluttnoter (w:endnoteReference) bakerst; en egen tabell 'Medlemsforeningene' med antall "
  "medlemmer (ikke tiltak)", [
    M("Forskningsrapport «Akademisk kompetanse: betydning for produktivitet, vekst og verdiskaping i Norge»",
      ["2.2"], "2.2", "FoU", "FoU", "Akademikerne", ["Menon"], "Publisert mars 2018", None, "AK_MENON"),
    M("Forskningsrapport «Etter- og videreutdanning blant høyt utdannede i Norge – status og veien videre»",
      ["2.2"], "2.2", "FoU", "FoU", "Akademikerne/Econa", ["Ny Analyse"], "2018", None, "AK_EVU"),
    M("Forskningsrapport «Yngre eldre i arbeidslivet»", ["2.2"], "2.2", "FoU", "FoU", "Akademikerne/Econa",
      ["Ny Analyse"], "2018", None, "AK_YNGRE"),
    M("Forskningsrapport «Behovet for etter- og videreutdanning i høyutdanningsgruppene»", ["2.2"], "2.2", "FoU",
      "FoU", "Akademikerne/Tekna", ["Tekna"], "2018", None, "AK_TEKNA"),
    M("Forskningsrapport «Framtidens behov for akademikere»", ["1.1", "2.2"], "1.1, 2.2", "FoU", "FoU",
      "Akademikerne", ["Samfunnsøkonomisk analyse"], "Høsten 2018", None, "AK_FRAMTID"),
    M("Bistå medlemmer i utviklingen av karrieren", ["1.3"], "1.3", "Informasjon", "Informasjon", "Akademikerne",
      ["Medlemsforeninger"], "Løpende", None, "AK_KARRIERE"),
    M("Deltakelse i Kompetansebehovsutvalget", ["1.1"], "1.1", "Råd/utvalg/nettverk", "Råd/utvalg/nettverk",
      "KD", ["Akademikerne"], "2017–2021", None, "KBU"),
  ])

# ---------------------------------------------------------------- F16 VOFO 2018 (numbered headings, LO pdf)
F("VOFO_rapport_NKPS_2018.pdf", "VOFO", 2018, "python-docx -> LibreOffice PDF",
  "Word-rapport med manuelt nummererte overskrifter (1 Innledning, 2 Tiltak, 2.1 …), der underoverskriftenes "
  "numre (2.1, 2.2 …) IKKE er delmål; feltlinjer 'Delmål:' 'Type:' 'Ansvar:' 'Partnere:' 'Tid:' og tekst; "
  "en tabell over studieforbundenes kursaktivitet (ikke tiltak)", [
    M("Promotering av Kompetanseplussordningene", ["3.2"], "3.2", "Informasjon", "Informasjon", "VOFO",
      ["Studieforbundene"], "2018", "VOFO har informert studieforbundene om søknadsmulighetene.", "VOFO_PROMO"),
    M("Evaluering av Kompetansepluss Frivillig", ["3.2"], "3.2", "FoU", "FoU", "VOFO", ["frivillig sektor"],
      "2018", None, "VOFO_EVAL"),
    M("Regelverks- og praksisendring i studieforbundsordningen", ["3.6"], "3.6", "Råd/utvalg/nettverk",
      "Råd/utvalg/nettverk", "VOFO", ["Studieforbundene"], "2018–2019", None, "VOFO_REGEL"),
    M("Informasjonsprosjekt om inkludering", ["3.6"], "3.6", "Prosjekt", "Prosjekt", "VOFO",
      ["Studieforbundene", "kursarrangører"], "2018", None, "VOFO_INKL"),
    M("Forskningsprosjekt om studieforbundene som læringskatalysatorer", ["3.6"], "3.6", "FoU", "FoU", "VOFO",
      ["Fafo"], "2018–2020", "Prosjektet undersøker hvordan kurs i studieforbund gir læringsmotivasjon.",
      "VOFO_FAFO"),
    M("Styrking av VOFOs regionale tilstedeværelse", ["1.2"], "1.2", "Kurs/utdanning", "Kurs/utdanning", "VOFO",
      ["Studieforbund", "kursarrangører på kommune-/fylkeskommunenivå"], "2018", None, "VOFO_REGION"),
    M("Kompetanseheving for eksisterende og nye regionkonsulenter", ["1.2"], "1.2", "Kurs/utdanning",
      "Kurs/utdanning", "VOFO", ["Egne ansatte"], "2018", None, "VOFO_REGKONS"),
    M("Samhandling med fylkeskommuner – partnerskapsavtaler", ["1.2"], "1.2", "Informasjon", "Informasjon",
      "VOFO", ["Fylkeskommunene"], "2018", None, "VOFO_PARTNER"),
  ])

# ---------------------------------------------------------------- F17 VOFO 2021 (status table docx)
F("VOFO_rapportering_2021.docx", "VOFO", 2021, "python-docx",
  "Word-dokument med én tabell per år-status (kolonner Tiltak | Ny/videreført | Delmål | Type | Partnere | "
  "Kommentar), tabelloverskriftrad i farge og en egen tabell 'Kursaktivitet 2021' med timer og deltakere; "
  "forord signert generalsekretær (ikke tiltak)", [
    M("Promotering av Kompetansepluss frivillighet", ["3.2"], "3.2", "Informasjon", "Informasjon", "VOFO",
      ["Studieforbundene", "HK-dir"], "2021", "Videreført fra tidligere år.", "VOFO_PROMO"),
    M("Forskningsprosjekt om studieforbundene – sluttrapport fra Fafo", ["3.6"], "3.6", "FoU", "FoU", "VOFO",
      ["Fafo"], "2021", "Sluttrapporten ble lagt fram i mars 2021.", "VOFO_FAFO"),
    M("Partnerskapsavtaler med fylkeskommunene", ["1.2", "1.3"], "1.2/1.3", "Råd/utvalg/nettverk", "Nettverk",
      "VOFO", ["fylkeskommunene", "karrieresentrene"], "2021–2024", "Avtalene er fornyet.", "VOFO_PARTNER"),
    M("Digital omstilling i studieforbundene etter pandemien", ["2.1", "3.6"], "2.1/3.6", "Prosjekt", "Prosjekt",
      "VOFO", ["Studieforbundene"], "2021", None, "VOFO_DIGI"),
    M("Opplæring i grunnleggende ferdigheter for innvandrere i studieforbund", ["3.4"], "3.4", "Kurs/utdanning",
      "Kurs", "VOFO", ["Studieforbundene", "IMDi"], "2021", None, "VOFO_GF"),
    M("Innspill om tilskuddsforvaltning for studieforbund i fylkeskommunene", ["1.2"], "1.2", "Annet",
      "Høringsinnspill", "VOFO", [], "2021", None, "VOFO_OVERF"),
  ])

# ---------------------------------------------------------------- F18 Møre og Romsdal 2018 (nynorsk docx)
F("More_og_Romsdal_fylkeskommune_rapport_2018.docx", "Møre og Romsdal fylkeskommune", 2018, "python-docx",
  "Nynorsk fylkesrapport: tiltaka står som nummererte avsnitt (1.1, 1.2, 2.1 …) under fylket sine eigne mål "
  "('Mål 1 …'); avsnittsnumra er IKKJE delmål – delmålet står i parentes '(NKPS delmål 1.2)'; type, ansvar og "
  "partnarar i ei kursivlinje; fylkesordføraren si innleiing og statistikk over lærekontraktar (ikkje tiltak)", [
    M("Kompetansealliansen", ["1.2"], "NKPS delmål 1.2", "Råd/utvalg/nettverk", "nettverk",
      "Møre og Romsdal fylkeskommune", ["næringsliv/klynger", "høgskular", "fagskular", "vidaregåande skular"],
      "Etablering våren 2019",
      "Alliansen skal samarbeide om regionen sitt kompetansebehov i framtida på bakgrunn av eit kunnskapsgrunnlag.",
      "MR_ALLIANSE"),
    M("Kunnskapsgrunnlag om kompetansebehov i Møre og Romsdal", ["1.2"], "NKPS delmål 1.2", "FoU", "utgreiing",
      "Møre og Romsdal fylkeskommune", ["Møreforsking"], "2018", None, "MR_KUNNSKAP"),
    M("Karrieresenter for alle over 19 år og kompetanseheving for rettleiarar", ["1.3"], "NKPS delmål 1.3",
      "Prosjekt", "prosjekt", "Møre og Romsdal fylkeskommune", ["NAV", "kommunane"], "2018–2019", None,
      "MR_KARRIERE"),
    M("Eigen plan for innvandrarar – opplæring og arbeidspraksis", ["3.3"], "NKPS delmål 3.3", "Kurs/utdanning",
      "opplæring", "Møre og Romsdal fylkeskommune", ["kommunane"], "2018", None, "MR_INNV"),
    M("Fagbrev på jobb", ["3.1"], "NKPS delmål 3.1", "Kurs/utdanning", "opplæring",
      "Møre og Romsdal fylkeskommune", ["NAV", "opplæringskontora"], "Frå hausten 2018",
      "Vaksne tilsette kan ta fagbrev gjennom arbeidet utan å gå i lære.", "MR_FAGBREV"),
    M("Hospitering for yrkesfaglærarar i bedrift", ["1.4", "2.3"], "NKPS delmål 1.4 og 2.3", "Kurs/utdanning",
      "kurs", "Møre og Romsdal fylkeskommune", ["bedrifter", "skular"], "2018–2019", None, "MR_HOSPIT"),
    M("Samarbeidsavtale med NAV om opplæring for arbeidssøkjarar", ["3.5"], "NKPS delmål 3.5", "Kurs/utdanning",
      "opplæring", "Møre og Romsdal fylkeskommune", ["NAV Møre og Romsdal"], "2018–2020", None, "MR_NAV"),
  ], nynorsk=True)

# ---------------------------------------------------------------- F19 Vestland 2021 (nynorsk, LO pdf)
F("Vestland_fylkeskommune_NKPS_2021.pdf", "Vestland fylkeskommune", 2021, "python-docx -> LibreOffice PDF",
  "Nynorsk fylkesrapport i Word gjort om til PDF: innleiing og 'Om rapporteringa', så ein tabell per "
  "hovudinnsatsområde (Tiltak | Kopling til delmål | Type | Ansvar | Partnarar | Periode), ein skildringsparagraf "
  "etter kvar tabell, og ein kontaktboks nedst (ikkje tiltak)", [
    M("Regional plan for kompetanse og arbeidskraft", ["1.2"], "1.2", "Annet", "Plan", "Vestland fylkeskommune",
      ["kommunane", "NAV Vestland", "partane i arbeidslivet"], "2021–2033", None, "VL_PLAN"),
    M("Kompetanseforum Vestland", ["1.2"], "1.2", "Råd/utvalg/nettverk", "Nettverk", "Vestland fylkeskommune",
      ["NHO", "LO", "KS", "NAV", "Høgskulen på Vestlandet"], "Frå 2020", None, "VL_FORUM"),
    M("Partnarskapsavtalar om karriererettleiing", ["1.3"], "1.3", "Råd/utvalg/nettverk", "Nettverk",
      "Karriere Vestland", ["NAV", "kommunane", "Fylkesmannen"], "2021–2024", None, "VL_KARRIERE"),
    M("Deltaking i Nasjonalt forum for karriererettleiing", ["1.3"], "1.3", "Råd/utvalg/nettverk", "Nettverk",
      "HK-dir", ["fylkeskommunane"], "Løpande", None, "NFK"),
    M("Strategisk samarbeid mellom Høgskulen på Vestlandet og Fagskulen Vestland innan tekniske fag", ["1.4"],
      "1.4", "Kurs/utdanning", "Utdanning", "Vestland fylkeskommune",
      ["Høgskulen på Vestlandet", "Fagskulen Vestland"], "2021–2023", None, "VL_HVL"),
    M("Fagbrev på jobb i Vestland", ["3.1"], "3.1", "Kurs/utdanning", "Opplæring", "Vestland fylkeskommune",
      ["opplæringskontora", "NAV"], "Løpande", None, "VL_FAGBREV"),
    M("Opplæringstilbod som helsefagarbeidar for minoritetsspråklege («Sogn og Fjordane-modellen»)", ["3.5"],
      "3.5", "Kurs/utdanning", "Opplæring", "Vestland fylkeskommune", ["NAV", "kommunane"], "Vidareført 2021",
      None, "SFJ_MODELL"),
  ], nynorsk=True)

# ---------------------------------------------------------------- F20 NAV 2022 (fpdf2 pdf)
F("NAV_Arbeids-og_velferdsdirektoratet_NKPS_2022.pdf", "NAV", 2022, "fpdf2",
  "Etatsrapport i fpdf2: forside med etatsnavn, 'Nøkkeltall 2022' (tabell med deltakertall), tiltakene som "
  "nummererte kapitler '2.1 …' (kapittelnumre er ikke delmål) med definisjonsliste (Delmål, Tiltakstype, "
  "Ansvarlig enhet, Samarbeid, Periode) og brødtekst; 'Møter og dialog' til slutt (ikke tiltak)", [
    M("Opplæringstiltaket", ["3.3", "3.5"], "Delmål 3.3 og 3.5", "Kurs/utdanning", "Kurs/utdanning",
      "Arbeids- og velferdsdirektoratet", ["fylkeskommunene", "tiltaksarrangører"], "Fra 2019, løpende",
      "Arbeidsmarkedstiltaket gir opplæring til arbeidsledige og personer med nedsatt arbeidsevne.", "OPPLTILTAK"),
    M("Hurtigsporet – oppfølging i NAV-kontorene", ["3.4"], "Delmål 3.4", "Prosjekt", "Prosjekt", "NAV",
      ["IMDi", "kommunene"], "2022", None, "HURTIG"),
    M("Fagbrev for ledige og permitterte", ["3.1", "3.5"], "Delmål 3.1 og 3.5", "Kurs/utdanning",
      "Kurs/utdanning", "NAV", ["fylkeskommunene"], "2021–2023",
      "Samarbeid med fylkeskommunene om fagopplæring for arbeidssøkere.", "NAV_FAGBREV"),
    M("Karriereveiledning for arbeidssøkere i samarbeid med karrieresentrene", ["1.3"], "Delmål 1.3",
      "Informasjon", "Veiledning/informasjon", "NAV", ["fylkeskommunene", "HK-dir"], "2022", None, "NAV_KARRIERE"),
    M("Kurs i grunnleggende ferdigheter for arbeidssøkere", ["3.5"], "Delmål 3.5", "Kurs/utdanning",
      "Kurs/utdanning", "NAV", ["HK-dir"], "Løpende", None, "NAV_GF"),
    M("Overføring av tilskuddsordningen for bedriftsintern opplæring (BIO) til fylkeskommunene", ["1.2"],
      "Delmål 1.2", "Annet", "Forvaltningsendring", "ASD", ["fylkeskommunene"], "Fra 2020", None, "BIO"),
  ])

# ---------------------------------------------------------------- F21 HK-dir 2023 (merged section rows docx)
F("HK-dir_tiltak_kompetansepolitikk_2023.docx", "HK-dir", 2023, "python-docx (merged cells)",
  "Direktoratets Word-tabell med én rad per tiltak og sammenslåtte mellomrader for hovedinnsatsområdene "
  "(Delmål | Tiltak | Type | Ansvarlig | Samarbeidspartnere | Status), topptekst med logo-tekst, en tabell "
  "'Søknader og tildelinger 2023' (ikke tiltak) og en kontaktlinje", [
    M("Kompetansebehovsutvalget – sekretariat", ["1.1"], "1.1", "Råd/utvalg/nettverk", "Råd/utvalg/nettverk",
      "HK-dir", ["KD", "partene"], "Løpende", None, "KBU"),
    M("Nasjonalt forum for karriereveiledning", ["1.3"], "1.3", "Råd/utvalg/nettverk", "Råd/utvalg/nettverk",
      "HK-dir", ["KS", "Spekter", "fylkeskommunene"], "Løpende", None, "NFK"),
    M("Nasjonal digital karriereveiledningstjeneste", ["1.3"], "1.3", "Informasjon", "Informasjon", "HK-dir",
      ["Utdanningsdirektoratet"], "Løpende", None, "DIGIKARRIERE"),
    M("Nasjonalt kvalitetsrammeverk for karriereveiledning", ["1.3"], "1.3", "Prosjekt", "Prosjekt", "HK-dir",
      ["fylkeskommunene"], "Revidert 2023", None, "KVALRAMME"),
    M("Bransjeprogram for kommunal helse- og omsorgssektor", ["2.4"], "2.4", "Kurs/utdanning", "Kurs/utdanning",
      "HK-dir", ["KS", "Fagforbundet", "NSF", "Delta", "FO"], "Videreført 2023", None, "BRANSJE_HO"),
    M("Tilskudd til fleksible videreutdanningstilbud", ["2.1", "2.4"], "2.1, 2.4", "Kurs/utdanning",
      "Kurs/utdanning", "HK-dir", ["universiteter og høyskoler", "fagskoler"], "Utlysning 2023", None,
      "FLEKS_DIGI"),
    M("Kompetansepluss", ["3.2"], "3.2", "Kurs/utdanning", "Kurs/utdanning", "HK-dir",
      ["virksomheter", "frivillige organisasjoner"], "Løpende", None, "KPLUSS"),
  ])

# ---------------------------------------------------------------- F22 KS 2025 (two-column newsletter, LO pdf)
F("KS_nyhetsbrev_kompetanse_2025.pdf", "KS", 2025, "python-docx (two-column section) -> LibreOffice PDF",
  "Nyhetsbrev i to spalter: ingress, små mellomtitler per tiltak med en 'Kort fortalt:'-linje (delmål i ord eller kode, "
  "type, ansvar, partnere, periode), sitat-ramme fra en ordfører, 'Kalender' med datoer og 'Les mer'-lenker (ikke tiltak)", [
    M("Bransjeprogram for kommunal helse- og omsorgssektor", ["2.4"], "koble kompetansebehov i små og store virksomheter",
      "Kurs/utdanning", "kurs", "KS", ["Fagforbundet", "NSF", "Delta", "FO"], "videreført 2025", None, "BRANSJE_HO"),
    M("KS Læring – ny læringsplattform", ["2.2"], "2.2", "Informasjon", "informasjon", "KS", ["kommunene"],
      "2025", "Plattformen er flyttet til ny løsning med bedre deling mellom kommunene.", "KS_LAERING"),
    M("Kommunesektorens arbeidslivsmonitor 2025", ["2.2"], "2.2", "FoU", "FoU", "KS", [], "2025", None,
      "KS_MONITOR"),
    M("Nasjonalt program for heltidskultur", ["2.2"], "2.2", "Prosjekt", "prosjekt", "KS",
      ["Fagforbundet", "NSF", "Delta"], "2024–2026", None, "KS_HELTID"),
    M("Kompetanseprogram om kunstig intelligens for ledere i kommunene", ["2.1"],
      "digitale kompetansen i hele arbeidsstyrken", "Kurs/utdanning", "kurs", "KS", ["NTNU"], "Høsten 2025",
      None, "KS_KI"),
    M("Menn i helse", ["2.3", "3.3"], "2.3 og 3.3", "Prosjekt", "prosjekt", "KS", ["NAV", "fylkeskommunene"],
      "fortsatt", None, "KS_MENN"),
  ])

# ---------------------------------------------------------------- near-miss groups (tiltak ids that look alike)
NEAR_GROUPS = [
    ("medlems-/bransjebarometre og monitorer", ["NHO_BAROM", "VIRKE_HRBAROM", "YS_BAROM", "KS_MONITOR"]),
    ("ulike bransjeprogram", ["BRANSJE_IB", "BRANSJE_HO", "BRANSJE_VH"]),
    ("hver organisasjons egen tillitsvalgtskolering", ["LO_TV", "YS_TV", "UNIO_TV"]),
    ("fylkenes egne regionale planer/fora", ["MR_ALLIANSE", "MR_KUNNSKAP", "VL_PLAN", "VL_FORUM"]),
    ("karriereveiledning – ulike tiltak", ["MR_KARRIERE", "VL_KARRIERE", "NAV_KARRIERE", "KVALRAMME", "NFK",
                                          "DIGIKARRIERE"]),
    ("fagbrev for voksne – ulike aktørers tiltak", ["MR_FAGBREV", "VL_FAGBREV", "NAV_FAGBREV", "MODUL"]),
    ("Fafo-rapporter for ulike oppdragsgivere", ["LO_TARIFF", "NHO_INNOV", "VOFO_FAFO"]),
    ("Hurtigsporet nasjonalt vs Oslo-prosjektet", ["HURTIG", "YS_OSLO"]),
    ("SRY vs Spekters dialogmøte med SRY-representanter", ["SRY", "SPK_DIALOG_SRY"]),
    ("Spekters ulike møteplasser og konferanser", ["SPK_MOTEPLASS", "SPK_FAGSKOLE", "SPK_LOKONF17", "SPK_INTEGR",
                                                  "SPK_KPLUSS", "SPK_DIALOG_SRY"]),
    ("Akademikernes forskningsrapporter", ["AK_MENON", "AK_EVU", "AK_YNGRE", "AK_TEKNA", "AK_FRAMTID"]),
    ("finansiering av etter- og videreutdanning", ["UNIO_FIN", "NHO_SKATT", "EKSPERTUTV", "AK_EVU"]),
    ("KS' digitaliserings- og FoU-tiltak", ["KS_DIGI", "KS_LEDER", "KS_KI", "KS_TEKNO", "KS_KARTLEGG"]),
    ("Menn i helse vs evalueringen", ["KS_MENN", "KS_MENN_EVAL"]),
    ("Kompetansepluss – ulike tiltak", ["VOFO_PROMO", "VOFO_EVAL", "KPLUSS", "SPK_KPLUSS"]),
    ("VOFOs regionale tiltak", ["VOFO_REGION", "VOFO_REGKONS", "VOFO_PARTNER", "VOFO_OVERF"]),
    ("studier om digitalisering og kompetansebehov", ["VIRKE_LITT", "VIRKE_STUDIE", "YS_AFI", "KS_KARTLEGG"]),
    ("digital kompetanse – ulike tiltak", ["FLEKS_DIGI", "KS_DIGI", "UNIO_DIGI", "YS_BRANSJE", "MAT40"]),
    ("lærlinger og yrkesfag – ulike tiltak", ["SAMFKONTR", "SPK_BREV", "KS_LAERLSTATUS", "YRKESAAR", "LO_ARENA",
                                            "JENTER"]),
]
