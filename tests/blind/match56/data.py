# -*- coding: utf-8 -*-
"""Data for batch match56: every report file and its measures (ground truth + how each field is printed).

Per measure:
  t    title as printed (ground truth title)
  d    ground-truth delmål codes (new codes)
  dp   how the delmål is printed in this file (string); None when the template derives it (matrix/legend/section)
  ty   ground-truth type (one of six / Annet / None)
  tp   type word(s) as printed (None when not printed)
  r    ground-truth responsible (as printed; "vi"/"oss" resolved to the reporter's printed name)
  rp   responsible as printed when it differs from r (e.g. "Vi")
  p    ground-truth partners list
  pp   partner phrase as printed when the template prints a phrase (default: joined with ", " and " og ")
  per  period as printed
  desc description as printed
  id   tiltak_id
"""

DELMAL = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
          "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"]
OLD = {i + 1: c for i, c in enumerate(DELMAL)}

WORDS = {
    "1.1": "Etablere et kompetansebehovsutvalg",
    "1.2": "Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle",
    "1.3": "Sørge for tilgang til karriereveiledning",
    "1.4": "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet",
    "2.1": "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken",
    "2.2": "Styrke kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.3": "Synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker",
    "2.4": "Koble kompetansebehov i virksomheter og klynger til utdannings- og opplæringstilbydere",
    "2.5": "Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet",
    "2.6": "Forenkle godkjenning og vurdering av utenlandsk utdanning",
    "3.1": "Gi fleksibel opplæring på voksnes premisser",
    "3.2": "Stimulere til bruk av Kompetanseplussordningene",
    "3.3": "Benytte opplærings- og kompetansetiltak mer aktivt i arbeidsmarkeds- og integreringspolitikken",
    "3.4": "Målrette og effektivisere norskopplæringen for innvandrere",
    "3.5": "Styrke og tilpasse NAVs opplæringstilbud",
    "3.6": "Stimulere til læringsmotivasjon gjennom opplæring i frivillig sektor",
}


def M(t, d, ty, tp, r, p, per, id, desc=None, dp=None, rp=None, pp=None, sec=None):
    return dict(t=t, d=sorted(d), ty=ty, tp=tp, r=r, p=list(p), per=per, id=id, desc=desc, dp=dp, rp=rp, pp=pp, sec=sec)


FILES = []


def F(name, reporter, year, made, layout, measures, nynorsk=False, **kw):
    FILES.append(dict(name=name, reporter=reporter, year=year, made=made, layout=layout,
                      measures=measures, nynorsk=nynorsk, **kw))


# ---------------------------------------------------------------- 1 Spekter 2017 (old numbers)
F("Spekter_rapportering_NKPS_2017.pdf", "Spekter", 2017, "reportlab",
  "Numbered report after the 2017 Spekter model: cover lines, list 'Rapporteringspunkter' with 'Relasjon til NKPS "
  "tiltak nr …' (old numbers 1–16), then one four-heading form per measure; leaked Word list numbers before the "
  "period text. Not measures: the strategy's 16-point list in an appendix, page footer.",
  [
      M("Gjennomføre møteplass/søkekonferanse om KompetansePluss – Arbeid for Spekters medlemmer", ["3.2"], None, None,
        "Spekter", ["Kompetanse Norge"], "En dags varighet i september 2017", "KPLUSS_SPEKTER_SEM",
        dp="nr 12", pp="Spekter står bak tiltaket med Kompetanse Norge som bidragsyter.",
        desc="Medlemsvirksomhetene skal få økt kunnskap om ordningen og hva som kreves for å søke."),
      M("Brev fra Spekter til alle medlemsvirksomhetene om lærlinger", ["1.4", "2.3"], None, None,
        "Spekter", [], "Oktober 2017", "SPEKTER_LAERLINGBREV", dp="nr. 4 og 7",
        pp="Spekter er ansvarlig for tiltaket.",
        desc="Brevet oppfordrer øverste leder til å ta inn flere lærlinger."),
      M("Arbeidsgivernettverk for kompetansepolitiske problemstillinger", ["2.2"], None, None,
        "Spekter", [], "Løpende, fra våren 2017", "SPEKTER_AGNETT", dp="nr. 6",
        pp="Spekter er ansvarlig for nettverket.",
        desc="Nettverket diskuterer kompetansepolitiske og andre arbeidslivspolitiske problemstillinger."),
      M("Deltakelse i Nasjonalt forum for karriereveiledning", ["1.3"], None, None,
        "Kompetanse Norge", ["Spekter", "KS"], "2017–", "FORUM_KARRIERE", dp="nr 3",
        pp="Kompetanse Norge leder forumet; Spekter og KS deltar.",
        desc="Forumet samler aktører som arbeider med karriereveiledning."),
      M("Konferanse for Spekters medlemsvirksomheter og LOs tillitsvalgte", ["2.3"], None, None,
        "Spekter", ["LO Stat"], "21. november 2017", "SPEKTER_LOSTAT_KONF", dp="nr 7",
        pp="Spekter og LO Stat arrangerer konferansen sammen; Spekter er ansvarlig.",
        desc="Tema er lærlinger og karriereveier i yrkesfag i helseforetakene."),
      M("Konferanse om integrering av flyktninger og innvandrere", ["3.4"], None, None,
        "Spekter", ["IMDi", "NAV"], "21. september 2017", "SPEKTER_INTEGR_KONF", dp="nr 14",
        pp="Spekter står ansvarlig for konferansen hvor IMDi og NAV bidrar med innlegg.",
        desc="Konferansen skal øke kunnskap og interesse for å integrere flyktninger i arbeidslivet."),
  ])

# ---------------------------------------------------------------- 2 LO 2017 (old numbers, row table)
F("LO_oppfolging_kompetansestrategien_2017.docx", "LO", 2017, "python-docx",
  "LO letterhead memo: intro paragraph, one wide table with a row per measure (Nr | Tiltak | NKPS-tiltak nr. | "
  "Hva slags tiltak | Hvem | Når); old numbers 1–16; 'Hvem' cell as 'X – i samarbeid med …'. Not measures: "
  "'Møter i Kompetansepolitisk råd 2017' list, signature block.",
  [
      M("Deltakelse i Kompetansebehovsutvalget (KBU)", ["1.1"], "Råd/utvalg/nettverk", "utvalg",
        "KD", ["LO", "NHO", "KS"], "2017–2021", "KBU", dp="1"),
      M("Samarbeidsrådet for yrkesopplæring (SRY)", ["1.4", "2.3"], "Råd/utvalg/nettverk", "rådsarbeid",
        "KD", ["LO", "NHO", "KS", "Spekter", "Virke"], "løpende", "SRY", dp="4 og 7"),
      M("Utvalg etter tariffrevisjonen 2016 – etter- og videreutdanning", ["2.2"], "FoU", "utredning",
        "LO/Fellesforbundet", ["Norsk Industri", "BNL"], "2017/2018", "LO_TARIFF_EVU", dp="6"),
      M("Matindustrien 4.0 – kompetanseløft for hele matindustrien", ["2.1"], "Prosjekt", "prosjekt",
        "LO/NNN", ["NHO Mat og drikke", "Sjømat Norge"], "2017–2019", "MAT40", dp="5"),
      M("Tillitsvalgtskolering om kompetanse og læring på arbeidsplassen", ["2.1", "2.2"], "Kurs/utdanning", "kurs",
        "LO", [], "høsten 2017", "LO_TV_SKOLE", dp="5 og 6"),
      M("Forslag om større satsing på regionale karrieresentre", ["1.3"], "Annet", "innspill/høring",
        "LO", [], "vår 2017", "LO_KARRIERE_FORSLAG", dp="3"),
      M("Kampanje for flere lærlinger i staten", ["2.3"], "Informasjon", "informasjon/kampanje",
        "LO Stat", ["Spekter"], "2017", "LAERLING_STAT", dp="7"),
  ])

# ---------------------------------------------------------------- 3 Regjeringen 2018 (list + ☒ matrix)
F("Regjeringen_KD_rapport_2018.pdf", "Regjeringen", 2018, "python-docx → LibreOffice PDF",
  "Ministry report in landscape: short intro, table A 'Tiltaksoversikt' (Nr | Tiltak | Type | Ansvarlig dep. | "
  "Samarbeid | Periode), then table B 'Kobling til delmål' – a tick-box matrix Nr × 1.1…3.6 with ☒/☐. "
  "Not measures: the 'Hovedinnsatsområde' legend row, the count row 'Sum per delmål', header/footer.",
  [
      M("Kompetansebehovsutvalget (KBU)", ["1.1"], "Råd/utvalg/nettverk", "Råd/utvalg",
        "KD", ["KMD", "ASD", "partene", "Kompetanse Norge"], "2017–2021", "KBU"),
      M("Tilskudd til utvikling av fleksible videreutdanningstilbud i digital kompetanse", ["2.1"], "Kurs/utdanning",
        "Utdanning", "KD", ["Kompetanse Norge", "DIKU", "partene"], "2018–", "FLEKS_DIGITAL"),
      M("Bransjeprogram for industri- og byggenæringen", ["2.1", "2.4"], "Kurs/utdanning", "Kurs/utdanning",
        "KD", ["Kompetanse Norge", "partene"], "fra høsten 2018", "BP_INDUSTRI"),
      M("Ekspertutvalg om etter- og videreutdanning", ["2.2"], "Råd/utvalg/nettverk", "Utvalg",
        "KD", ["forskere", "utdanningsinstitusjoner"], "2018–2019", "EKSPERTUTVALG_EVU"),
      M("Nasjonalt kvalitetsrammeverk for karriereveiledning", ["1.3"], "Prosjekt", "Prosjekt",
        "KD", ["fylkeskommunene", "Kompetanse Norge"], "2018–2020", "KVALITET_KARRIERE"),
      M("Overføring av bedriftsintern opplæring (BIO) til fylkeskommunene", ["1.2", "3.3"], "Annet", "Regionreform",
        "ASD", ["KMD", "Arbeids- og velferdsetaten"], "fra 2020", "BIO_OVERFORING"),
      M("Forsøk med modulstrukturert fag- og yrkesopplæring for voksne", ["3.1"], "Prosjekt", "Forsøk",
        "KD", ["Utdanningsdirektoratet", "fylkeskommunene"], "2017–2022", "MODULFORSOK"),
      M("Nasjonal digital karriereveiledningstjeneste", ["1.3"], "Informasjon", "Informasjon/nettside",
        "KD", ["Kompetanse Norge", "Utdanningsdirektoratet"], "2018–2020", "DIGITAL_KARRIERE"),
      M("Kompetanseløft for innvandrere i integreringsstrategien", ["3.3", "3.4"], "Kurs/utdanning", "Opplæring",
        "JD", ["IMDi", "KD"], "2019–2022", "INTEGRERINGSLOFT"),
  ], landscape=True)

# ---------------------------------------------------------------- 4 NHO 2018 (old numbers in words 'pkt.')
F("NHO_kompetansepolitisk_rapport_2018.docx", "NHO", 2018, "python-docx",
  "NHO report with numbered Word headings per measure, then run-in labelled paragraphs ('Kobling til strategien:' "
  "with old numbers as 'pkt. 7' / 'tiltak 4 og 11', 'Form:', 'Hvem:' sentence, 'Tid:'), then a free description "
  "paragraph. Not measures: 'Om rapporten', 'Møter i Kompetansepolitisk råd 2018', contact box table.",
  [
      M("Deltakelse i Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "utvalgsarbeid",
        "KD", ["NHO"], "2017–", "KBU", dp="tiltak 1", pp="KD leder utvalget. NHO deltar med én representant.",
        desc="Utvalget sammenstiller kunnskap om Norges fremtidige kompetansebehov."),
      M("Utarbeidelse av rapporten «Yrkesopplæringsnemndas rolle og ansvar»", ["1.2"], "FoU", "rapport",
        "NHO", ["LO"], "2018", "NHO_YON_RAPPORT", dp="pkt. 2", pp="NHO har ansvaret, i samarbeid med LO.",
        desc="Rapporten ser på hvordan yrkesopplæringsnemndene kan styrke den regionale kompetansepolitikken."),
      M("Fagbrev på jobb", ["2.5"], "Prosjekt", "pilot",
        "NHO", ["LO", "fylkeskommunene"], "2018/2019", "FAGBREV_JOBB", dp="pkt. 9",
        pp="NHO leder piloten i samarbeid med LO og fylkeskommunene.",
        desc="Ansatte med lang praksis kan ta fagbrev gjennom arbeidet sitt."),
      M("Bransjeprogram for industrien", ["2.1", "2.4"], "Kurs/utdanning", "kurs og studietilbud",
        "KD", ["Norsk Industri", "Fellesforbundet", "NHO"], "fra høsten 2018", "BP_INDUSTRI", dp="tiltak 5 og 8",
        pp="KD er ansvarlig, i samarbeid med Norsk Industri, Fellesforbundet og NHO.",
        desc="Korte kurs og videreutdanningsmoduler for ansatte i industrien."),
      M("Samarbeidsrådet for yrkesopplæring", ["1.4", "2.3"], "Råd/utvalg/nettverk", "råd",
        "KD", ["LO", "NHO", "KS", "Virke", "Spekter"], "løpende", "SRY", dp="tiltak 4 og 7",
        pp="KD oppnevner rådet. Medlemmer: LO, NHO, KS, Virke og Spekter."),
      M("NHOs lærlingløft – kampanje for flere lærebedrifter", ["2.3"], "Informasjon", "kampanje og nettside",
        "NHO", ["landsforeningene"], "2018–2019", "NHO_LAERLINGLOFT", dp="pkt. 7",
        pp="NHO i samarbeid med landsforeningene.",
        desc="Kampanjen skal få flere medlemsbedrifter til å bli godkjente lærebedrifter."),
      M("Informasjon om Kompetansepluss arbeid til NHO-bedrifter", ["3.2"], "Informasjon", "informasjon",
        "NHO", ["Kompetanse Norge"], "løpende", "NHO_KPLUSS_INFO", dp="pkt. 12",
        pp="NHO, sammen med Kompetanse Norge."),
  ])

# ---------------------------------------------------------------- 5 VOFO 2018 (words only, once per section)
F("VOFO_rapport_2018.pdf", "VOFO", 2018, "reportlab",
  "VOFO brochure-style PDF: sections per strategy area, each section opens with the delmål only in words "
  "('Delmålet: …'), then measures as bold-title paragraphs followed by one line 'Type · Ansvar · Partnere · Tid'. "
  "Not measures: statistics table 'Studieforbundenes kursvirksomhet 2018', quote box, footer.",
  [
      M("Styrking av VOFOs regionale tilstedeværelse", ["1.2"], "Prosjekt", "prosjekt",
        "VOFO", ["studieforbundene"], "2018–2019", "VOFO_REGION", sec="1.2"),
      M("Partnerskapsavtaler med fylkeskommuner", ["1.2"], "Annet", "avtaler",
        "VOFO", ["fylkeskommunene"], "løpende", "VOFO_PARTNERSKAP", sec="1.2"),
      M("Kompetansepluss frivillighet", ["3.2"], "Kurs/utdanning", "kurs",
        "Kompetanse Norge", ["VOFO", "studieforbundene"], "2018", "KPLUSS_FRIVILLIG", sec="3.2"),
      M("Kompetanseheving for regionkonsulenter", ["3.2"], "Kurs/utdanning", "intern opplæring",
        "VOFO", [], "vår 2018", "VOFO_REGKONS", sec="3.2"),
      M("Språkkafeer og norsktrening i studieforbundene", ["3.6"], "Kurs/utdanning", "kurs",
        "studieforbundene", ["VOFO", "IMDi"], "2018–", "VOFO_SPRAKKAFE", sec="3.6"),
      M("Kampanjen «Lær hele livet» for frivillig sektor", ["3.6"], "Informasjon", "kampanje",
        "VOFO", ["Frivillighet Norge"], "høsten 2018", "VOFO_LAERHELE", sec="3.6"),
  ])

# ---------------------------------------------------------------- 6 KS 2019 (form table per measure, ranges)
F("KS_rapportering_2019.docx", "KS", 2019, "python-docx",
  "KS form: one two-column table (label | answer) per measure with labels Tiltak / Delmål (kode) / Type tiltak / "
  "Ansvarlig / Samarbeidspartnere / Tidsrom / Beskrivelse; delmål as codes, ranges ('2.1–2.2', '3.1–3.3') and "
  "slashes. Not measures: 'KS-konferanser 2019' statistics table, closing greeting, header/footer.",
  [
      M("Samarbeid om digital kompetanse i kommunene (DigiKomp)", ["2.1", "2.2"], "Prosjekt", "Prosjekt",
        "KS", ["KMD", "hovedorganisasjonene"], "1. januar 2018 – ut 2019", "KS_DIGIKOMP", dp="2.1–2.2",
        desc="71 kommuner deltar; KS gjennomfører møteplasser med bistand fra partene."),
      M("Deltakelse i Samarbeidsrådet for yrkesopplæring", ["1.4", "2.3"], "Råd/utvalg/nettverk", "Råd",
        "KD", ["KS", "LO", "NHO", "Unio"], "løpende", "SRY", dp="1.4, 2.3"),
      M("Fleksible videreutdanningstilbud i digital kompetanse", ["2.1"], "Kurs/utdanning", "Kurs/studietilbud",
        "KD", ["Kompetanse Norge", "KS"], "2019–", "FLEKS_DIGITAL", dp="2.1",
        desc="KS bidrar til at kommunale arbeidsgivere kjenner til tilbudene."),
      M("Rapport om kommunen som læringsarena for helse- og velferdsutdanninger", ["1.4", "2.2"], "FoU",
        "FoU (rapport)", "KS", ["Rambøll"], "2019", "KS_LAERINGSARENA", dp="1.4 / 2.2"),
      M("Lederutfordringer i digitale omstillingsprosesser", ["2.1"], "FoU", "FoU",
        "KS", ["PwC"], "Q3 2019", "KS_LEDERDIGI", dp="2.1",
        desc="Studien kartlegger hva kommunale ledere trenger av kompetanse i digitale omstillinger."),
      M("Nasjonalt forum for karriereveiledning", ["1.3"], "Råd/utvalg/nettverk", "Nettverk",
        "Kompetanse Norge", ["KS", "Spekter", "LO"], "2019–", "FORUM_KARRIERE", dp="1.3"),
      M("Kompetanseløft for ufaglærte i helse og omsorg", ["3.1", "3.2", "3.3"], "Kurs/utdanning", "Kurs",
        "KS", ["Fagforbundet", "NSF"], "2019–2021", "KS_UFAGLAERT_HO", dp="3.1–3.3",
        desc="Ufaglærte assistenter får tilbud om opplæring fram mot fagbrev."),
  ])

# ---------------------------------------------------------------- 7 Møre og Romsdal 2019 (nynorsk, X matrix)
F("More_og_Romsdal_fylkeskommune_2019.pdf", "Møre og Romsdal fylkeskommune", 2019, "python-docx → LibreOffice PDF",
  "Nynorsk county report, landscape: one table with Tiltak | Type | Ansvarleg | Periode and a two-row header "
  "'Hovudmål 1 / Hovudmål 2 / Hovudmål 3' over sixteen delmål columns ticked with 'X'. Not measures: "
  "intro letter, 'Sum' row with counts per column, 'Møte i regionalt kompetanseforum' list.",
  [
      M("Kompetansealliansen Møre og Romsdal", ["1.2", "1.4"], "Råd/utvalg/nettverk", "nettverk",
        "Møre og Romsdal fylkeskommune", [], "2019–", "MR_KOMPALLIANSE"),
      M("Karrieresenter for alle over 19 år", ["1.3"], "Prosjekt", "prosjekt",
        "Karriere Møre og Romsdal", [], "frå hausten 2019", "MR_KARRIERE19"),
      M("Regional kompetanseplan for Møre og Romsdal", ["1.2"], "Annet", "plan",
        "Møre og Romsdal fylkeskommune", [], "2019–2023", "MR_REGPLAN"),
      M("Digitalt kompetanseløft for industrien på Sunnmøre", ["2.1", "2.4"], "Prosjekt", "prosjekt",
        "Møre og Romsdal fylkeskommune", [], "2019–2021", "MR_DIGI_SUNNMORE"),
      M("Fagskuletilbod i havbruk og maritime fag", ["1.4", "2.4"], "Kurs/utdanning", "studietilbod",
        "Fagskulen Møre og Romsdal", [], "hausten 2019", "MR_FAGSKULE"),
      M("Norskopplæring med arbeidspraksis for vaksne innvandrarar", ["3.3", "3.4"], "Kurs/utdanning", "kurs",
        "Møre og Romsdal fylkeskommune", [], "2019–", "MR_NORSK_PRAKSIS"),
      M("Vaksenopplæring mot fagbrev for tilsette i kommunane", ["2.5", "3.1"], "Kurs/utdanning", "opplæring",
        "Møre og Romsdal fylkeskommune", [], "2019/2020", "MR_VAKSEN_FAGBREV"),
  ], landscape=True, nynorsk=True)

# ---------------------------------------------------------------- 8 Virke 2019 (narrative, footnotes)
F("Virke_NKPS_2019.pdf", "Virke", 2019, "reportlab",
  "Virke narrative report: a heading per measure with a superscript footnote number; footnotes at the end "
  "('1 Delmål 2.1'), a grey italic line 'Tidsrom … · Form …', prose naming partners 'i samarbeid med …' and the "
  "reporter as 'Vi'. Not measures: 'Møter og høringer 2019' list (hearings are not measures), footer.",
  [
      M("Litteraturstudie om digitaliseringens påvirkning på varehandel", ["2.1"], "FoU", "litteraturstudie",
        "Virke", ["Handel og Kontor", "Universitetet i Sørøst-Norge"], "2018–2019", "VIRKE_LITT",
        dp="Delmål 2.1", rp="Vi",
        desc="Studien oppsummerer forskning om hvordan digitalisering endrer arbeidet i butikk og lager."),
      M("Hvordan påvirker ny teknologi kompetansebehovet i varehandelen?", ["2.1", "2.2"], "FoU", "studie",
        "Virke", ["Samfunnsøkonomisk analyse", "NAV", "Handel og Kontor"], "ut 2019", "VIRKE_TEKSTUDIE",
        dp="Delmål 2.1 og 2.2", rp="Vi",
        desc="Studien anslår hvilke oppgaver som automatiseres og hvilken kompetanse som trengs."),
      M("Bransjeprogram for varehandelen", ["2.1", "2.4"], "Kurs/utdanning", "kurs",
        "KD", ["Virke", "Handel og Kontor"], "2020–", "BP_VAREHANDEL", dp="Delmål 2.1/2.4",
        desc="Virke har foreslått et eget bransjeprogram for ansatte i varehandelen."),
      M("Virkes HR-nettverk for kompetanseledelse", ["2.2"], "Råd/utvalg/nettverk", "nettverk",
        "Virke", ["medlemsvirksomhetene"], "løpende", "VIRKE_HRNETT", dp="Delmål 2.2", rp="Vi",
        desc="Nettverket deler erfaringer om strategisk kompetanseutvikling."),
      M("Realkompetansevurdering i varehandelen", ["2.5"], "Prosjekt", "pilot",
        "Virke", ["Handel og Kontor", "Kompetanse Norge"], "2019–2020", "VIRKE_REALKOMP", dp="Delmål 2.5",
        desc="Piloten prøver ut en modell for å dokumentere kompetanse ervervet i arbeidslivet."),
      M("Virkes kompetansekonferanse 2019", ["2.2"], "Arrangement", "konferanse",
        "Virke", [], "september 2019", "VIRKE_KONF2019", dp="Delmål 2.2",
        desc="Konferansen samlet 250 deltakere om livslang læring i handel og tjenesteyting."),
  ])

# ---------------------------------------------------------------- 9 YS 2020 (legend a) = delmål 1.3)
F("YS_tiltak_2020.docx", "YS", 2020, "python-docx",
  "YS bullet report: a legend box at the top maps letters to delmål ('a) = delmål 1.3'), each bullet is one "
  "measure 'Title [b, c]. Type: … Ansvar: … I samarbeid med: … Tid: …'. Not measures: legend, "
  "'Deltakelse i tall' numbers, greeting 'Med hilsen'.",
  [
      M("Webinarserie om digital omstilling for tillitsvalgte", ["2.1"], "Arrangement", "webinar",
        "YS", ["Negotia", "Parat"], "vår 2020", "YS_WEBINAR", dp="b"),
      M("YS' tillitsvalgtkurs i kompetanseutvikling", ["2.1", "2.2"], "Kurs/utdanning", "kurs",
        "YS", ["YS-forbundene"], "2020–", "YS_TV_KURS", dp="b, c"),
      M("Deltakelse i styringsgruppen for fleksible videreutdanningstilbud", ["2.1"], "Råd/utvalg/nettverk",
        "styringsgruppe", "Kompetanse Norge", ["YS", "LO", "NHO"], "løpende", "FLEKS_DIGITAL", dp="b"),
      M("Samarbeidsrådet for yrkesopplæring (SRY)", ["2.3"], "Råd/utvalg/nettverk", "råd",
        "KD", ["YS", "LO", "NHO", "KS"], "2020–2023", "SRY", dp="d"),
      M("YS Arbeidslivsbarometer – tema kompetanse", ["2.2"], "FoU", "rapport",
        "YS", ["Respons Analyse"], "2020", "YS_BAROMETER", dp="c"),
      M("Kartlegging av kompetansebehov i YS-forbundenes bransjer", ["2.2"], "FoU", "kartlegging",
        "YS", [], "Q3 2020", "YS_KARTLEGGING", dp="c"),
      M("Karriereveiledning for medlemmer i omstilling", ["1.3", "3.3"], "Informasjon", "rådgivning og nettside",
        "Parat", ["YS"], "fra høsten 2020", "YS_KARRIEREVEIL", dp="a, e"),
  ], legend={"a": "1.3", "b": "2.1", "c": "2.2", "d": "2.3", "e": "3.3"})

# ---------------------------------------------------------------- 10 Unio 2020 (table, 'alle delmål under hovedmål 2')
F("Unio_rapport_kompetansepolitisk_rad_2020.pdf", "Unio", 2020, "reportlab",
  "Unio landscape table report: one table Tiltak | Delmål | Form | Ansvar | Partnere | Når with delmål as "
  "'1.4', '2.2/3.1' or 'alle delmål under hovedmål 2'; grey header row repeated on each page. Not measures: "
  "intro, 'Unio i tall' box, footer 'side x av y'.",
  [
      M("Deltakelse i Råd for samarbeid med arbeidslivet (RSA)", ["1.4"], "Råd/utvalg/nettverk", "råd",
        "UH-institusjonene", ["Unio", "NHO", "KS"], "løpende", "RSA", dp="1.4"),
      M("Unios digitaliseringspolitikk – workshop med medlemsforbundene", ["2.1"], "Arrangement", "workshop",
        "Unio", ["Unios medlemsorganisasjoner"], "februar 2020", "UNIO_DIGI_WS", dp="2.1"),
      M("Tillitsvalgtskolering om kompetanseutvikling", ["2.1", "2.2", "2.3", "2.4", "2.5", "2.6"],
        "Kurs/utdanning", "kurs", "Unio", ["Utdanningsforbundet", "NSF"], "2020–2021", "UNIO_TV",
        dp="alle delmål under hovedmål 2"),
      M("Unio-rapport om etter- og videreutdanning i offentlig sektor", ["2.2", "3.1"], "FoU", "rapport",
        "Unio", ["Fafo"], "ut 2020", "UNIO_EVU_RAPPORT", dp="2.2/3.1"),
      M("Deltakelse i UHRs fagstrategiske enheter", ["1.4"], "Råd/utvalg/nettverk", "nettverk",
        "UHR", ["Unio", "Virke", "Spekter", "NHO"], "2019–", "UHR_FAGSTRAT", dp="1.4"),
      M("Høringsinnspill til ekspertutvalget for etter- og videreutdanning", ["2.2"], "Annet", "høring",
        "Unio", [], "vår 2020", "UNIO_HORING_EVU", dp="2.2"),
  ], landscape=True)

# ---------------------------------------------------------------- 11 LO 2020 (continuations, roles)
F("LO_rapport_2020.docx", "LO", 2020, "python-docx",
  "LO 2020 report: Heading 2 per measure, then a small 3-row table (Delmål | Type | Periode), a role line "
  "'Leder: KD; deltakere: LO, NHO …' or 'Ansvar: …', a 'Status:' line (videreført/ny) and a description. "
  "Not measures: 'Møter i rådet 2020', contact box, 'Status' words.",
  [
      M("Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "utvalg",
        "KD", ["LO", "NHO", "KS", "Unio"], "2017–2021", "KBU", dp="delmål 1.1",
        pp="Leder: KD; deltakere: LO, NHO, KS, Unio",
        desc="LO deltar i utvalget og bidrar til analysene av kompetansebehov."),
      M("SRY – Samarbeidsrådet for yrkesopplæring", ["1.4", "2.3"], "Råd/utvalg/nettverk", "råd",
        "KD", ["LO", "NHO", "KS", "Spekter"], "løpende", "SRY", dp="delmål 1.4 og 2.3",
        pp="Leder: KD; deltakere: LO, NHO, KS, Spekter"),
      M("Tillitsvalgtskolering om kompetanse", ["2.1", "2.2", "3.3"], "Kurs/utdanning", "kurs",
        "LO", ["LOs forbund"], "2020–", "LO_TV_SKOLE", dp="delmål 2.1, 2.2 og 3.3",
        pp="Ansvar: LO, sammen med LOs forbund",
        desc="Skoleringen er utvidet med et modul om kompetanse for permitterte."),
      M("Bransjeprogrammet for industri og bygg", ["2.1", "2.4"], "Kurs/utdanning", "kurs",
        "KD", ["LO", "NHO", "Fellesforbundet", "Norsk Industri"], "2020–2022", "BP_INDUSTRI",
        dp="delmål 2.1/2.4", pp="Leder: KD; deltakere: LO, NHO, Fellesforbundet, Norsk Industri"),
      M("Oppfølging av Matindustrien 4.0", ["2.1"], "Prosjekt", "prosjekt",
        "LO/NNN", ["NHO Mat og drikke"], "ut 2020", "MAT40", dp="delmål 2.1",
        pp="Ansvar: LO/NNN, i samarbeid med NHO Mat og drikke"),
      M("Ekspertutvalget for etter- og videreutdanning", ["2.2"], "Råd/utvalg/nettverk", "utvalg",
        "KD", ["LO", "NHO"], "2018–2020", "EKSPERTUTVALG_EVU", dp="delmål 2.2",
        pp="Leder: KD; deltakere: LO, NHO",
        desc="LO har gitt innspill til utvalgets arbeid og til oppfølgingen av NOU 2019: 12."),
      M("Korona-tiltak: kurs for permitterte medlemmer", ["3.3", "3.5"], "Kurs/utdanning", "kurs",
        "LO", ["NAV", "fylkeskommunene"], "fra mars 2020", "LO_PERMITTERT", dp="delmål 3.3 og 3.5",
        pp="Ansvar: LO, i samarbeid med NAV og fylkeskommunene"),
  ], status={"KBU": "videreført", "SRY": "videreført", "LO_TV_SKOLE": "fortsatt fra 2017",
             "BP_INDUSTRI": "ny", "MAT40": "videreført", "EKSPERTUTVALG_EVU": "ny", "LO_PERMITTERT": "ny"})

# ---------------------------------------------------------------- 12 Akademikerne 2020 (words only, form)
F("Akademikerne_rapport_2020.pdf", "Akademikerne", 2020, "python-docx → LibreOffice PDF",
  "Akademikerne: a cover page, then one boxed 4-row grid per measure (Navn på tiltak | … ; Relasjon til delmål | "
  "delmål text in words only ; Type | … , Periode | … ; Ansvarlig/samarbeid | …) followed by a description "
  "paragraph. Not measures: cover, 'Innhold' list, 'Om Akademikerne' box.",
  [
      M("Karriereveiledning for medlemmer i overgang mellom utdanning og arbeid", ["1.3"], "Informasjon",
        "rådgivning/informasjon", "Akademikerne", ["medlemsforeningene"], "løpende", "AKAD_KARRIERE",
        desc="Medlemsforeningene tilbyr karriererådgivning til studenter og nyutdannede."),
      M("Deltakelse i Råd for samarbeid med arbeidslivet", ["1.4"], "Råd/utvalg/nettverk", "råd",
        "universiteter og høyskoler", ["Akademikerne", "NHO"], "2018–", "RSA"),
      M("Econas etterutdanningsprogram i digital økonomi", ["2.1"], "Kurs/utdanning", "studietilbud",
        "Akademikerne/Econa", ["BI"], "høsten 2020", "AKAD_ECONA",
        desc="Programmet gir økonomer påfyll i dataanalyse og digitale forretningsmodeller."),
      M("Teknas kompetanseundersøkelse 2020", ["2.2"], "FoU", "undersøkelse",
        "Akademikerne/Tekna", [], "vår 2020", "AKAD_TEKNA_UND"),
      M("Innspill om godkjenning av utenlandsk utdanning", ["2.6"], "Annet", "høringsinnspill",
        "Akademikerne", ["NOKUT"], "2020", "AKAD_GODKJ"),
      M("Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "utvalg",
        "KD", ["Akademikerne"], "2017–2021", "KBU"),
  ])

# ---------------------------------------------------------------- 13 Regjeringen 2021 (grouped, merged)
F("Regjeringen_oppfolging_NKPS_2021.docx", "Regjeringen", 2021, "python-docx",
  "Government summary table grouped by delmål: first column 'Delmål' (code + short text) merged vertically over "
  "its rows, then Tiltak | Type tiltak | Ansvarlig | Samarbeidspartnere | Periode; a sub-header row per "
  "hovedinnsatsområde. Not measures: area sub-header rows, 'Antall tiltak' count row, intro.",
  [
      M("Kompetansebehovsutvalget (KBU), videreføring", ["1.1"], "Råd/utvalg/nettverk", "Råd/utvalg/nettverk",
        "KD", ["partene", "KMD", "ASD"], "2017–", "KBU"),
      M("Implementering av nasjonalt kvalitetsrammeverk for karriereveiledning", ["1.3"], "Prosjekt", "Prosjekt",
        "KD", ["HK-dir", "fylkeskommunene"], "2021–2022", "KVALITET_KARRIERE"),
      M("Karriereveiledning.no – nasjonal digital karriereveiledning", ["1.3"], "Informasjon", "Informasjon",
        "KD", ["HK-dir"], "2020–", "DIGITAL_KARRIERE"),
      M("Bransjeprogram for varehandel", ["2.1"], "Kurs/utdanning", "Kurs/utdanning",
        "KD", ["Virke", "Handel og Kontor", "NHO Service og Handel"], "2021–2022", "BP_VAREHANDEL"),
      M("Tilskuddsordning for fleksible videreutdanningstilbud", ["2.1"], "Kurs/utdanning", "Kurs/utdanning",
        "KD", ["HK-dir"], "2018–", "FLEKS_DIGITAL"),
      M("Oppfølging av ekspertutvalget for etter- og videreutdanning (NOU 2019: 12)", ["2.2"], "FoU", "Utredning",
        "KD", ["ASD"], "2020–2021", "EKSPERTUTVALG_EVU"),
      M("Raskere godkjenning av utenlandsk fagutdanning", ["2.6"], "Annet", "Forenkling",
        "KD", ["NOKUT"], "2021", "GODKJ_NOKUT"),
      M("Utvidet forsøk med modulstrukturert opplæring for voksne", ["3.1"], "Prosjekt", "Prosjekt",
        "KD", ["Udir", "fylkeskommunene"], "ut 2022", "MODULFORSOK"),
      M("Integreringsløftet – kompetanseløft for innvandrere", ["3.4"], "Kurs/utdanning", "Kurs/utdanning",
        "KD", ["IMDi"], "2019–2022", "INTEGRERINGSLOFT"),
      M("Opplæring i grunnleggende ferdigheter for arbeidssøkere", ["3.5"], "Kurs/utdanning", "Kurs/utdanning",
        "ASD", ["NAV"], "løpende", "NAV_GRUNNLEGG"),
  ])

# ---------------------------------------------------------------- 14 HK-dir 2021 (cards)
F("HK-dir_rapport_2021.pdf", "HK-dir", 2021, "reportlab",
  "HK-dir card layout: each measure a shaded box with the title and one key line 'Delmål 3.2 | Form: … | "
  "Ansvar: … | Med: … | Tid: …' and a short text. Not measures: 'Nøkkeltall Kompetansepluss 2021' table, "
  "contact box, logo line 'Direktoratet for høyere utdanning og kompetanse', footer.",
  [
      M("Kompetansepluss arbeid – forvaltning av tilskuddsordningen", ["3.2"], "Annet", "tilskudd",
        "HK-dir", ["partene"], "løpende", "KPLUSS_ARBEID", dp="Delmål 3.2",
        desc="Tilskudd til opplæring i grunnleggende ferdigheter for ansatte."),
      M("Nasjonalt forum for karriereveiledning", ["1.3"], "Råd/utvalg/nettverk", "nettverk",
        "HK-dir", ["KS", "Spekter", "LO", "NHO"], "2021–", "FORUM_KARRIERE", dp="Delmål 1.3",
        desc="Forumet ble videreført da Kompetanse Norge ble en del av HK-dir."),
      M("Kompetansefrokost – frokostmøter om voksnes læring", ["2.2"], "Arrangement", "frokostmøter",
        "HK-dir", [], "vår 2021", "HK_FROKOST", dp="Delmål 2.2",
        desc="Tre digitale frokostmøter med forskere og partene."),
      M("Sekretariat for Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "sekretariat",
        "HK-dir", ["KD"], "2017–", "KBU", dp="Delmål 1.1"),
      M("Evaluering av fleksible videreutdanningstilbud", ["2.1"], "FoU", "evaluering",
        "HK-dir", ["NIFU"], "2021–2022", "FLEKS_EVAL", dp="Delmål 2.1",
        desc="Evalueringen ser på om tilbudene når voksne i arbeid."),
      M("Pilot for voksne med svake grunnleggende ferdigheter i fem fylker", ["3.1", "3.2", "3.3"], "Prosjekt",
        "pilot", "HK-dir", ["NAV", "fylkeskommunene"], "2021–2023", "HK_PILOT_GRUNNL", dp="Delmål 3.1–3.3"),
  ])

# ---------------------------------------------------------------- 15 Vestland 2021 (nynorsk headings)
F("Vestland_fylkeskommune_rapport_2021.docx", "Vestland fylkeskommune", 2021, "python-docx",
  "Nynorsk county report: 'Tiltak n:' Heading 2 per measure, then label lines Delmål / Type tiltak / "
  "Ansvarleg / Samarbeidspartnarar / Tidsrom / Skildring as separate paragraphs. Not measures: 'Om "
  "rapporten', 'Nøkkeltal' table, 'Møte i Kompetanseforum Vestland 2021' list, footer.",
  [
      M("Kompetanseforum Vestland", ["1.2"], "Råd/utvalg/nettverk", "nettverk",
        "Vestland fylkeskommune", ["NAV Vestland", "KS", "NHO Vestland", "LO i Vestland"], "2020–", "VL_KOMPFORUM",
        dp="1.2", desc="Forumet samordnar kompetansepolitikken i fylket."),
      M("Regional plan for kompetanse og arbeidsliv", ["1.2"], "Annet", "plan",
        "Vestland fylkeskommune", ["partane i arbeidslivet"], "2021–2025", "VL_REGPLAN", dp="1.2"),
      M("Strategisk samarbeid mellom Høgskulen på Vestlandet og Fagskulen Vestland", ["1.4"], "Kurs/utdanning",
        "utdanning", "Vestland fylkeskommune", ["Høgskulen på Vestlandet", "Fagskulen Vestland"], "2019–",
        "VL_HVL_FAGSKULE", dp="1.4", desc="Samarbeidet gjeld tekniske fag og overgangar mellom fagskule og høgskule."),
      M("Karriere Vestland – rettleiing for permitterte", ["1.3", "3.3"], "Informasjon", "informasjon og rettleiing",
        "Karriere Vestland", ["NAV Vestland"], "frå mars 2020", "VL_KARRIERE_PERM", dp="1.3 og 3.3"),
      M("Bedriftsintern opplæring (BIO) i Vestland", ["2.4", "3.3"], "Annet", "tilskotsordning",
        "Vestland fylkeskommune", ["NAV Vestland"], "2020–2021", "VL_BIO", dp="2.4 og 3.3",
        desc="Tilskot til bedrifter som lærer opp tilsette i omstilling."),
      M("Vaksenopplæring mot fagbrev i Sunnfjord", ["3.1"], "Prosjekt", "prosjekt",
        "Vestland fylkeskommune", ["kommunane"], "2021–", "VL_FAGBREV_SUNNFJORD", dp="3.1"),
  ], nynorsk=True)

# ---------------------------------------------------------------- 16 NAV 2022 (letter + table)
F("NAV_innrapportering_2022.pdf", "NAV", 2022, "reportlab",
  "NAV letter-style PDF: letterhead, 'Vår ref.' line, body text, then a table Tiltak | Mål i strategien | Art | "
  "Hvem | Med | Periode. Not measures: table 'Deltakere i opplæringstiltak 2022' (statistics), greeting, "
  "footer with address.",
  [
      M("Kurs i grunnleggende ferdigheter for arbeidssøkere", ["3.5"], "Kurs/utdanning", "kurs (AMO)",
        "NAV", ["fylkeskommunene"], "løpende", "NAV_GRUNNLEGG", dp="3.5"),
      M("Toårig yrkesrettet opplæringstiltak", ["3.1", "3.5"], "Prosjekt", "pilot",
        "NAV", ["fylkeskommunene", "opplæringskontorer"], "2021–2023", "NAV_TOARIG", dp="3.5, 3.1"),
      M("Norskopplæring kombinert med arbeidstrening", ["3.4"], "Kurs/utdanning", "kurs",
        "NAV", ["IMDi", "kommunene"], "2022–", "NAV_NORSK_ARB", dp="3.4"),
      M("Opplæring for permitterte under pandemien", ["3.3"], "Kurs/utdanning", "kurs",
        "Arbeids- og velferdsetaten", ["LO", "NHO"], "ut 2022", "NAV_PERMITTERT", dp="3.3"),
      M("Kartlegging av kompetansebehov i NAVs bedriftsundersøkelse", ["2.2"], "FoU", "kartlegging",
        "NAV", [], "Q1 2022", "NAV_BEDRIFTSUND", dp="2.2"),
      M("Samarbeid med fylkeskommunene om BIO", ["2.4", "3.3"], "Råd/utvalg/nettverk", "nettverk",
        "NAV", ["fylkeskommunene"], "2022–", "NAV_BIO_SAMARB", dp="2.4 og 3.3"),
  ])

# ---------------------------------------------------------------- 17 Spekter 2022 (✓ per Hovedmål)
F("Spekter_rapport_2022.docx", "Spekter", 2022, "python-docx",
  "Spekter 2022 table: Tiltak | Hovedmål 1 | Hovedmål 2 | Hovedmål 3 | Type | Ansvar og partnere | Periode; "
  "the hovedmål cells hold ticks with codes ('✓ 2.1  ✓ 2.4'), the ansvar cell 'Spekter (ansvarlig); med …'. "
  "Not measures: intro, 'Sentrale møter 2022' list, footer.",
  [
      M("Bransjeprogram for spesialisthelsetjenesten", ["2.1", "2.4"], "Kurs/utdanning", "kurs",
        "Spekter", ["LO Stat", "Fagforbundet", "NSF"], "2021–2023", "BP_HELSE"),
      M("Arbeidsgivernettverket for kompetansepolitikk (videreført)", ["2.2"], "Råd/utvalg/nettverk", "nettverk",
        "Spekter", ["medlemsvirksomhetene"], "løpende", "SPEKTER_AGNETT"),
      M("Oppfølging av lærlingbrevet til medlemsvirksomhetene", ["1.4", "2.3"], "Informasjon", "informasjon",
        "Spekter", [], "2022", "SPEKTER_LAERLINGBREV"),
      M("Søkekonferanse om Kompetansepluss arbeid", ["3.2"], "Arrangement", "konferanse",
        "Spekter", ["HK-dir"], "vår 2022", "KPLUSS_SPEKTER_SEM"),
      M("Nasjonalt forum for karriereveiledning", ["1.3"], "Råd/utvalg/nettverk", "nettverk",
        "HK-dir", ["Spekter", "KS"], "2022–", "FORUM_KARRIERE"),
      M("Lederutviklingsprogram for digital omstilling i sykehusene", ["2.1"], "Kurs/utdanning", "kurs/program",
        "Spekter", ["BI"], "høsten 2022", "SPEKTER_LEDER_DIGI"),
  ])

# ---------------------------------------------------------------- 18 KS 2022 (rotated columns)
F("KS_rapport_NKPS_2022.pdf", "KS", 2022, "python-docx → LibreOffice PDF",
  "KS 2022: one table with columns Hva | Mål | Hvem | Sammen med | Når | Slags tiltak; 'Mål' as 'delmål 2.1, 2.2 "
  "og 2.4', '3.1–3.3', '1.4/2.3'. Preceded by an 'Innledning' and followed by 'Kontaktperson' box. Not "
  "measures: intro, contact, page numbers.",
  [
      M("DigiKomp – samarbeid om digital kompetanse, videreført", ["2.1", "2.2", "2.4"], "Prosjekt", "prosjekt",
        "KS", ["KDD", "hovedorganisasjonene"], "2022–2024", "KS_DIGIKOMP", dp="delmål 2.1, 2.2 og 2.4"),
      M("Kompetanseløft for ufaglærte i helse og omsorg – fortsatt", ["3.1", "3.2", "3.3"], "Kurs/utdanning", "kurs",
        "KS", ["Fagforbundet", "NSF", "Delta"], "ut 2024", "KS_UFAGLAERT_HO", dp="3.1–3.3"),
      M("SRY", ["1.4", "2.3"], "Råd/utvalg/nettverk", "råd", "KD", ["KS", "LO", "NHO"], "løpende", "SRY",
        dp="1.4/2.3"),
      M("Kommunenes strategiske forskningsorgan (KSF)", ["2.2"], "FoU", "forskningsorgan",
        "KS", ["kommunene"], "2018–", "KS_KSF", dp="delmål 2.2"),
      M("Heltidskultur og kompetanse – læringsnettverk", ["2.2", "3.3"], "Råd/utvalg/nettverk", "nettverk",
        "KS", ["Fagforbundet", "NSF"], "2022–2023", "KS_HELTID", dp="2.2 og 3.3"),
      M("Webinar om kompetansebehov i kommunesektoren", ["2.2"], "Arrangement", "webinar",
        "KS", [], "Q3 2022", "KS_WEBINAR", dp="delmål 2.2"),
  ])

# ---------------------------------------------------------------- 19 NHO 2023 (numbered sections)
F("NHO_rapport_2023.pdf", "NHO", 2023, "reportlab",
  "NHO 2023 PDF: numbered sections '1.', '2.' … with bold title, then a two-column key box (Delmål / Type / "
  "Ansvar / Partnere / Når) and a description. Not measures: 'Nøkkeltall' statistics table, intro, "
  "'Kontakt' line, header with report name.",
  [
      M("Fagbrev på jobb – videreføring", ["2.5", "3.1"], "Prosjekt", "pilot",
        "NHO", ["LO", "fylkeskommunene"], "2023–", "FAGBREV_JOBB", dp="2.5 og 3.1",
        desc="Ordningen er utvidet til flere bransjer og til voksne uten fullført videregående."),
      M("NHOs lærlingløft", ["2.3"], "Informasjon", "kampanje", "NHO", ["landsforeningene"], "løpende",
        "NHO_LAERLINGLOFT", dp="2.3", desc="Kampanjen fortsetter med nye lærebedrifter i alle fylker."),
      M("NHOs kompetansebarometer", ["2.2"], "FoU", "rapport", "NHO", ["NIFU"], "årlig", "NHO_BAROMETER",
        dp="2.2", desc="Barometeret måler medlemsbedriftenes udekkede kompetansebehov."),
      M("Samarbeidsrådet for yrkesopplæring", ["1.4", "2.3"], "Råd/utvalg/nettverk", "råd",
        "KD", ["NHO", "LO", "KS", "YS"], "løpende", "SRY", dp="1.4 og 2.3"),
      M("Bransjeprogram for industri og bygg – NHO-deltakelse", ["2.1", "2.4"], "Kurs/utdanning", "kurs",
        "KD", ["NHO", "Norsk Industri", "Fellesforbundet"], "ut 2023", "BP_INDUSTRI", dp="2.1/2.4"),
      M("Kompetansepluss arbeid – informasjon til medlemsbedrifter", ["3.2"], "Informasjon", "nettside og webinar",
        "NHO", ["HK-dir"], "Q3 2023", "NHO_KPLUSS_INFO", dp="3.2"),
  ])

# ---------------------------------------------------------------- 20 Trøndelag 2024 (delmål once per section)
F("Trondelag_fylkeskommune_2024.pdf", "Trøndelag fylkeskommune", 2024, "python-docx → LibreOffice PDF",
  "Trøndelag: sections whose heading gives the delmål once for all measures in it ('Gjelder delmål 1.2 og 1.4', "
  "'Delmål 2.1–2.4'), each measure a bold run-in title, a description and a line 'Ansvar … | Partnere … | Tid … | "
  "Type …'. Not measures: section headings, 'Tall for 2024' table, footer.",
  [
      M("Kompetanseforum Trøndelag", ["1.2", "1.4"], "Råd/utvalg/nettverk", "nettverk",
        "Trøndelag fylkeskommune", ["NAV Trøndelag", "KS", "NHO Trøndelag", "LO Trøndelag"], "2019–",
        "TR_KOMPFORUM", sec="Gjelder delmål 1.2 og 1.4", desc="Forumet møtes fire ganger i året."),
      M("Regional kompetansestrategi for Trøndelag", ["1.2", "1.4"], "Annet", "plan",
        "Trøndelag fylkeskommune", ["partene"], "2024–2027", "TR_REGSTRAT", sec="Gjelder delmål 1.2 og 1.4"),
      M("Karrieresenteret i Trøndelag – veiledning for voksne", ["1.3"], "Informasjon", "veiledning/informasjon",
        "Karrieresenteret i Trøndelag", [], "løpende", "TR_KARRIERE", sec="Delmål 1.3"),
      M("DigiT – digitaliseringsløft Trøndelag", ["2.1", "2.2", "2.3", "2.4"], "Prosjekt", "prosjekt",
        "Trøndelag fylkeskommune", ["KS", "Statsforvalteren i Trøndelag"], "2018–2024", "TR_DIGIT",
        sec="Delmål 2.1–2.4", desc="Kommunene får støtte til digital kompetanseheving for ansatte."),
      M("Bransjenettverk for havbruk", ["2.1", "2.2", "2.3", "2.4"], "Råd/utvalg/nettverk", "nettverk",
        "Trøndelag fylkeskommune", ["Sjømat Norge", "NTNU"], "vår 2024", "TR_HAVBRUK", sec="Delmål 2.1–2.4"),
      M("Tilskudd til bedriftsintern opplæring (BIO)", ["2.1", "2.2", "2.3", "2.4"], "Annet", "tilskudd",
        "Trøndelag fylkeskommune", ["NAV Trøndelag"], "2024", "TR_BIO", sec="Delmål 2.1–2.4"),
      M("Deltakelse i forsøk med modulstrukturert fagopplæring for voksne", ["3.1"], "Prosjekt", "forsøk",
        "Udir", ["Trøndelag fylkeskommune"], "2020–2024", "MODULFORSOK", sec="Delmål 3.1",
        desc="Voksne tar fagbrev modul for modul ved tre skoler i Trøndelag."),
  ])

# ---------------------------------------------------------------- 21 Virke 2025 (two-column status table)
F("Virke_rapport_2025.docx", "Virke", 2025, "python-docx",
  "Virke 2025: a two-column table, left cell = title (bold) + 'Status:' line, right cell = stacked lines "
  "'Delmål:', 'Hva:', 'Hvem:' (often 'Vi, sammen med …'), 'Når:' and a comment. Not measures: intro, "
  "'Virke i tall' box, greeting.",
  [
      M("Bransjeprogram for varehandel", ["2.1", "2.4"], "Kurs/utdanning", "kurs",
        "KD", ["Virke", "Handel og Kontor"], "ut 2026", "BP_VAREHANDEL", dp="2.1 og 2.4",
        pp="KD, med Virke og Handel og Kontor"),
      M("Ny teknologi og kompetansebehov i varehandelen – oppfølgingsstudie", ["2.2"], "FoU", "studie",
        "Virke", ["Samfunnsøkonomisk analyse"], "2025", "VIRKE_TEKSTUDIE", dp="2.2",
        pp="Vi, sammen med Samfunnsøkonomisk analyse",
        desc="Oppfølging av studien fra 2019 med nye tall for automatisering."),
      M("Virkes HR-nettverk", ["2.2"], "Råd/utvalg/nettverk", "nettverk", "Virke", [], "løpende", "VIRKE_HRNETT",
        dp="2.2", pp="Vi"),
      M("Realkompetansevurdering i handel – fra pilot til ordning", ["2.5"], "Prosjekt", "prosjekt/pilot",
        "Virke", ["Handel og Kontor", "HK-dir"], "2024–2026", "VIRKE_REALKOMP", dp="2.5",
        pp="Virke, i samarbeid med Handel og Kontor og HK-dir"),
      M("Virkes kompetansekonferanse 2025", ["2.2"], "Arrangement", "konferanse", "Virke", [], "vår 2025",
        "VIRKE_KONF2025", dp="2.2", pp="Vi"),
      M("KI i handelen – kurs for ledere", ["2.1"], "Kurs/utdanning", "kurs", "Virke", ["Handelshøyskolen BI"],
        "fra høsten 2025", "VIRKE_KI", dp="2.1", pp="Vi, sammen med Handelshøyskolen BI"),
  ], status={"BP_VAREHANDEL": "videreført fra 2019", "VIRKE_TEKSTUDIE": "oppfølging", "VIRKE_HRNETT": "fortsatt",
             "VIRKE_REALKOMP": "videreført", "VIRKE_KONF2025": "ny", "VIRKE_KI": "ny"})

# ---------------------------------------------------------------- 22 Unio 2026 (x matrix + detail table)
F("Unio_rapport_2026.docx", "Unio", 2026, "python-docx",
  "Unio 2026, landscape: table 1 is a matrix Tiltak × 1.1…3.6 ticked with lowercase 'x' plus a 'Type' column; "
  "table 2 repeats the titles with Ansvarlig | Samarbeid | Periode. Not measures: the repeated titles in "
  "table 2 (same rows), 'Antall' row, footnote.",
  [
      M("Tillitsvalgtskolering om kompetanseutvikling, videreført", ["2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "3.3"],
        "Kurs/utdanning", "kurs", "Unio", ["Utdanningsforbundet", "NSF", "Politiets Fellesforbund"], "2026",
        "UNIO_TV"),
      M("Råd for samarbeid med arbeidslivet (RSA)", ["1.4"], "Råd/utvalg/nettverk", "råd",
        "UH-institusjonene", ["Unio"], "løpende", "RSA"),
      M("UHRs fagstrategiske enheter – observatørplass", ["1.4"], "Råd/utvalg/nettverk", "nettverk",
        "UHR", ["Unio"], "2019–", "UHR_FAGSTRAT"),
      M("Unio-rapport om kompetanse og heltid i helse", ["2.2", "3.1"], "FoU", "rapport",
        "Unio", ["Fafo"], "2026", "UNIO_HELSE_RAPPORT"),
      M("Seminar om KI i offentlig sektor", ["2.1"], "Arrangement", "seminar",
        "Unio", ["Akademikerne"], "vår 2026", "UNIO_KI_SEM"),
      M("Innspill til Kompetansebehovsutvalgets rapport 2026", ["1.1"], "Annet", "høringsinnspill",
        "Unio", [], "Q1 2026", "UNIO_KBU_INNSPILL"),
  ], landscape=True)


NEAR_GROUPS = [
    ["LO_TV_SKOLE", "YS_TV_KURS", "UNIO_TV"],
    ["MR_KOMPALLIANSE", "VL_KOMPFORUM", "TR_KOMPFORUM"],
    ["MR_REGPLAN", "VL_REGPLAN", "TR_REGSTRAT"],
    ["BP_INDUSTRI", "BP_VAREHANDEL", "BP_HELSE"],
    ["YS_BAROMETER", "NHO_BAROMETER", "AKAD_TEKNA_UND", "NAV_BEDRIFTSUND", "YS_KARTLEGGING"],
    ["YS_WEBINAR", "KS_WEBINAR", "HK_FROKOST", "UNIO_DIGI_WS"],
    ["KS_LEDERDIGI", "SPEKTER_LEDER_DIGI", "VIRKE_KI", "UNIO_KI_SEM", "AKAD_ECONA"],
    ["BIO_OVERFORING", "VL_BIO", "TR_BIO", "NAV_BIO_SAMARB"],
    ["MR_NORSK_PRAKSIS", "NAV_NORSK_ARB", "INTEGRERINGSLOFT"],
    ["LO_PERMITTERT", "NAV_PERMITTERT", "VL_KARRIERE_PERM"],
    ["FLEKS_DIGITAL", "FLEKS_EVAL"],
    ["KBU", "UNIO_KBU_INNSPILL"],
    ["EKSPERTUTVALG_EVU", "UNIO_HORING_EVU", "LO_TARIFF_EVU"],
    ["VIRKE_KONF2019", "VIRKE_KONF2025"],
    ["SPEKTER_INTEGR_KONF", "SPEKTER_LOSTAT_KONF"],
    ["UNIO_EVU_RAPPORT", "UNIO_HELSE_RAPPORT", "KS_LAERINGSARENA"],
    ["MR_KARRIERE19", "TR_KARRIERE", "VL_KARRIERE_PERM", "AKAD_KARRIERE", "YS_KARRIEREVEIL",
     "LO_KARRIERE_FORSLAG", "DIGITAL_KARRIERE", "KVALITET_KARRIERE", "FORUM_KARRIERE"],
    ["FAGBREV_JOBB", "VL_FAGBREV_SUNNFJORD", "MR_VAKSEN_FAGBREV", "NAV_TOARIG", "KS_UFAGLAERT_HO"],
    ["RSA", "UHR_FAGSTRAT"],
    ["KPLUSS_SPEKTER_SEM", "NHO_KPLUSS_INFO", "KPLUSS_ARBEID", "KPLUSS_FRIVILLIG"],
    ["SPEKTER_LAERLINGBREV", "NHO_LAERLINGLOFT", "LAERLING_STAT"],
    ["VOFO_REGION", "VOFO_REGKONS", "VOFO_PARTNERSKAP"],
]
