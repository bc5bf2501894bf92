# -*- coding: utf-8 -*-
"""Content of blind batch match25: reports, measures and identity groups.

Each measure: dict(g=identity key, title, dm=[new delmål codes], type=canonical type,
ptype=printed type (optional), resp, partners, period, desc).
The identity key g decides tiltak_id; see README "Identity judgements".
"""

DELMAL_NB = {
    "1.1": "Etablere et kompetansebehovsutvalg (KBU)",
    "1.2": "Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle",
    "1.3": "Sørge for tilgang til karriereveiledning og et helhetlig system for karriereveiledning",
    "1.4": "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet",
    "2.1": "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken",
    "2.2": "Styrke kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.3": "Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker",
    "2.4": "Arbeide mer systematisk for å koble kompetansebehov i virksomheter til utdannings- og opplæringstilbydere",
    "2.5": "Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet",
    "2.6": "Forenkle og forbedre systemene for godkjenning og vurdering av utenlandsk utdanning",
    "3.1": "Gi fleksibel opplæring på voksnes premisser",
    "3.2": "Stimulere til bruk av Kompetanseplussordningene",
    "3.3": "Benytte opplærings- og kompetansetiltak mer aktivt i arbeidsmarkeds- og integreringspolitikken",
    "3.4": "Målrette og effektivisere norskopplæring, introduksjonsprogrammet og øvrige kvalifiseringstiltak for innvandrere",
    "3.5": "Styrke og tilpasse NAVs opplæringstilbud for arbeidssøkere",
    "3.6": "Stimulere til at flere finner læringsmotivasjon gjennom opplæring i frivillig sektor",
}
DELMAL_NN = {
    "1.1": "Etablere eit kompetansebehovsutval (KBU)",
    "1.2": "Styrkje regionalt folkevalt nivå sitt kompetansepolitiske ansvar og samordningsrolle",
    "1.3": "Sørgje for tilgang til karriererettleiing og eit heilskapleg system for karriererettleiing",
    "1.4": "Vidareutvikle samarbeidet mellom opplærings- og utdanningstilbydarar og arbeidslivet",
    "2.1": "Styrkje og vidareutvikle den digitale kompetansen i heile arbeidsstyrken",
    "2.2": "Styrkje kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.3": "Samarbeide om å synleggjere og utvikle karrieremoglegheitene i yrkesfaglege utdanningar og yrke",
    "2.4": "Arbeide meir systematisk for å kople kompetansebehov i verksemder til utdannings- og opplæringstilbydarar",
    "2.5": "Gjere det enklare å få dokumentert kompetanse som er tileigna i arbeidslivet",
    "3.1": "Gi fleksibel opplæring på vaksne sine premissar",
    "3.2": "Stimulere til bruk av Kompetanseplussordningane",
    "3.3": "Nytte opplærings- og kompetansetiltak meir aktivt i arbeidsmarknads- og integreringspolitikken",
    "3.4": "Målrette og effektivisere norskopplæring og kvalifiseringstiltak for innvandrarar",
    "3.6": "Stimulere til at fleire finn læringsmotivasjon gjennom opplæring i frivillig sektor",
}
AREA_NB = {"1": "Gode valg for den enkelte og for samfunnet", "2": "Læring i arbeidslivet",
           "3": "Styrke kompetansen til voksne med svak tilknytning til arbeidslivet"}


def old_no(code):
    a, b = code.split(".")
    return {"1": 0, "2": 4, "3": 10}[a] + int(b)


def M(g, title, dm, type_, resp, partners, period, desc, ptype=None, **kw):
    d = dict(g=g, title=title, dm=sorted(dm), type=type_, ptype=ptype or type_, resp=resp,
             partners=list(partners), period=period, desc=desc)
    d.update(kw)
    return d


REPORTS = []


def R(file, reporter, year, template, made_with, layout, measures, **kw):
    d = dict(file=file, reporter=reporter, year=year, template=template, made_with=made_with,
             layout=layout, measures=measures)
    d.update(kw)
    REPORTS.append(d)


# ---------------------------------------------------------------- 2017
R("LO_2017_handlingsprogram_kompetanse.docx", "LO", 2017, "arbeidsprogram_vi_vil_statements", "DOCX (python-docx)",
  "work-programme chapter: 'LO vil:' policy bullets (not measures) then 'Dette gjør vi' measures with old NKPS numbers", [
    M("samfk1", "Samfunnskontrakt for flere læreplasser", ["1.4", "2.3"], "Råd/utvalg/nettverk",
      "Regjeringen og partene i arbeidslivet", ["KD", "NHO", "KS", "Virke", "Spekter"], "2016–2020",
      "LO er part i kontrakten, som skal gi flere læreplasser i offentlig og privat sektor. LO-forbundene følger opp lokalt gjennom tillitsvalgte i lærebedriftene."),
    M("digiwg", "Partssammensatt arbeidsgruppe om digital kompetanse", ["2.1"], "Råd/utvalg/nettverk",
      "Kompetanse Norge", ["LO", "NHO", "Unio", "KS", "YS", "Spekter", "Akademikerne"], "2017–2018",
      "Arbeidsgruppen skal identifisere kritiske kompetansebehov som følger av digitalisering og foreslå tiltak. LO deltar med to representanter."),
    M("lo_tvkurs", "Kurs for tillitsvalgte om kompetanseutvikling på arbeidsplassen", ["2.2"], "Kurs/utdanning",
      "LO", ["AOF Norge"], "Løpende fra høsten 2017",
      "Todagers kurs som gir tillitsvalgte verktøy for å kartlegge kompetansebehov og ta opp kompetanseplaner i drøftinger med arbeidsgiver."),
    M("lo_fagbrevkamp", "Kampanjen «Fagarbeider – et godt valg»", ["2.3"], "Annet",
      "LO", ["Fellesforbundet", "EL og IT Forbundet"], "2017",
      "Informasjonskampanje i sosiale medier og på skoler for å vise fram karriereveier for fagarbeidere.", ptype="Informasjon"),
    M("kbu", "Deltakelse i Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk",
      "KD", ["Partene i arbeidslivet"], "Fra 2017",
      "LO har fast plass i utvalget og bidrar med kunnskap om kompetansebehov fra LO-forbundene."),
    M("lo_norsk", "Norsk på arbeidsplassen – pilot med Fellesforbundet", ["3.4"], "Prosjekt",
      "LO/Fellesforbundet", ["Kompetanse Norge", "NHO Byggenæringen"], "2017–2019",
      "Pilot der arbeidsinnvandrere på byggeplasser får norskopplæring i arbeidstiden, med fagspråk knyttet til HMS."),
])

R("KS_2017_rundskriv_tilbud.docx", "KS", 2017, "rundskriv_offer_table", "DOCX (python-docx)",
  "circular (Rundskriv B/5-2017) to municipalities with one offer table; deadline, contact and påmelding boxes are not measures", [
    M("ks_laering", "KS Læring – digital læringsplattform for kommunesektoren", ["2.1"], "Prosjekt",
      "KS", [], "2016–2019",
      "Felles plattform for e-læring og kursadministrasjon som alle kommuner og fylkeskommuner kan ta i bruk."),
    M("ks_laerling", "Flere lærlinger i kommunesektoren", ["1.4"], "Prosjekt",
      "KS", ["Fylkeskommunene"], "2017–2020",
      "Veiledning og erfaringsdeling for kommuner som vil ta inn flere lærlinger, særlig i helsearbeiderfaget og barne- og ungdomsarbeiderfaget."),
    M("ks_kompnett", "Nettverk for strategisk kompetanseplanlegging i kommunene", ["2.2", "2.4"], "Råd/utvalg/nettverk",
      "KS", ["Fylkesmannen"], "2017–2018",
      "Regionale nettverk der kommuner lager og følger opp strategiske kompetanseplaner."),
    M("ks_regfora", "KS' deltakelse i regionale partnerskap for kompetanse", ["1.2"], "Råd/utvalg/nettverk",
      "KS", ["Fylkeskommunene"], "Løpende",
      "KS-regionene deltar i fylkeskommunale kompetansefora og partnerskap."),
    M("kbu", "Kompetansebehovsutvalget (KBU)", ["1.1"], "Råd/utvalg/nettverk",
      "KD", ["KS", "LO", "NHO", "Unio", "YS", "Virke", "Spekter", "Akademikerne"], "2017–2021",
      "KS er representert i utvalget, som skal gi bedre kunnskap om Norges framtidige kompetansebehov."),
])

# ---------------------------------------------------------------- 2018
R("KD_2018_svar_skriftlig_sporsmal.pdf", "KD", 2018, "stortinget_written_answer", "PDF (reportlab)",
  "answer to a written parliamentary question: question block, then the minister's answer with bullet paragraphs, facts in brackets", [
    M("kbu", "Kompetansebehovsutvalget (KBU)", ["1.1"], "Råd/utvalg/nettverk",
      "Regjeringen", ["KMD", "ASD", "partene i arbeidslivet"], "oppnevnt 2017",
      "Utvalget skal sammenstille og analysere kunnskap om Norges kompetansebehov og legger fram en hovedrapport hvert annet år."),
    M("reform", "Kompetansereformen Lære hele livet", ["2.2", "2.4"], "Annet",
      "KD", ["ASD", "NFD"], "2018–2020",
      "Regjeringen arbeider med en stortingsmelding om en kompetansereform, slik at ingen går ut på dato.", ptype="stortingsmelding"),
    M("kpluss", "Kompetansepluss arbeid", ["3.2"], "Annet",
      "KD", ["Kompetanse Norge"], "løpende",
      "Tilskuddsordning for opplæring i lesing, skriving, regning og digitale ferdigheter for ansatte.", ptype="tilskuddsordning"),
    M("modul", "Forsøk med modulstrukturert fag- og yrkesopplæring for voksne", ["3.1"], "Prosjekt",
      "KD", ["Udir", "fylkeskommunene", "NAV"], "2017–2021",
      "Forsøket prøver ut modulstrukturerte læreplaner slik at voksne kan ta fagbrev i sitt eget tempo."),
    M("samfk1", "Samfunnskontrakt for flere læreplasser (2016–2020)", ["1.4", "2.3"], "Råd/utvalg/nettverk",
      "KD", ["partene i arbeidslivet", "KS"], "2016–2020",
      "Kontrakten har som mål at alle kvalifiserte søkere skal få læreplass."),
    M("nokut", "Ny godkjenningsordning for utenlandsk fag- og yrkesopplæring", ["2.6"], "FoU",
      "KD", ["NOKUT"], "2018–2019",
      "NOKUT utreder en ordning for godkjenning av utenlandsk fagopplæring på nivå med norsk fagbrev.", ptype="utredning"),
    M("realko", "Metode for vurdering av kompetanse ervervet i arbeidslivet", ["2.5"], "FoU",
      "KD", ["Kompetanse Norge", "partene"], "2018–2020",
      "Kompetanse Norge utvikler en metode og modell for vurdering av kompetanse som er tilegnet i arbeidslivet.", ptype="utviklingsarbeid"),
    M("digiwg", "Partenes arbeidsgruppe for digital kompetanse", ["2.1"], "Råd/utvalg/nettverk",
      "Kompetanse Norge", ["partene i arbeidslivet"], "2017–2018",
      "Gruppen la fram sin rapport våren 2018, og forslagene følges opp i arbeidet med kompetansereformen."),
])

R("NHO_2018_pivot_tiltak.pdf", "NHO", 2018, "pivot_table_outline", "PDF (reportlab)",
  "spreadsheet pivot table printed in outline form: Delmål ▸ Type ▸ Tiltak rows, subtotal and grand-total rows; two-goal measures listed under each goal", [
    M("kbu", "Deltakelse i Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "NHO", ["KD"], "2017–", ""),
    M("samfk1", "Samfunnskontrakten for flere læreplasser", ["1.4", "2.3"], "Råd/utvalg/nettverk", "NHO", ["KD", "LO"], "2016–2020", ""),
    M("digiwg", "Arbeidsgruppe for digital kompetanse (partene)", ["2.1"], "Råd/utvalg/nettverk", "Kompetanse Norge", ["Partene"], "2017–2018", ""),
    M("fagbrevjobb", "Fagbrev på jobb", ["2.3", "2.5"], "Prosjekt", "NHO", ["LO", "fylkeskommunene"], "2018–2020", ""),
    M("nho_konf18", "NHOs kompetansekonferanse 2018", ["2.2"], "Arrangement", "NHO", [], "mai 2018", ""),
    M("nho_kompkart", "Kompetansebarometer (NHO)", ["2.2"], "FoU", "NHO", ["NIFU"], "Årlig", ""),
    M("nho_lesing", "Basiskompetanse i arbeidslivet – veiledningsmateriell for bedrifter", ["3.2"], "Annet",
      "NHO", ["Kompetanse Norge"], "2018", "", ptype="Informasjon"),
])

# ---------------------------------------------------------------- 2019
R("KS_2019_kontaktpersoner.docx", "KS", 2019, "staff_profile_cards", "DOCX (python-docx)",
  "contact-person profile cards (photo placeholder, name, role, phone) each followed by 'Tiltak jeg følger opp:' entries", [
    M("ks_laering", "KS Læring", ["2.1"], "Prosjekt", "KS", ["Kommuneforlaget"], "2016–",
      "Plattformen har nå over 300 kommuner som brukere. I 2019 ble det lagt ut nye kurs i personvern og digital samhandling."),
    M("ks_laerling", "Lærlingløftet i kommunesektoren (tidligere Flere lærlinger i kommunesektoren)", ["1.4", "2.3"], "Prosjekt",
      "KS", ["Fylkeskommunene", "Fagforbundet"], "2017–2021",
      "Satsingen har fått nytt navn og utvides med mål om minst én lærling per 1000 innbyggere i hver kommune."),
    M("kl2025", "Kompetanseløft 2025", ["1.4", "2.2"], "Prosjekt", "HOD", ["KS", "Helsedirektoratet"], "2016–2020",
      "Regjeringens plan for rekruttering, kompetanse og fagutvikling i de kommunale helse- og omsorgstjenestene. KS deltar i styringsgruppen."),
    M("ks_regfora", "KS i regionale kompetansepartnerskap", ["1.2"], "Råd/utvalg/nettverk", "KS",
      ["Fylkeskommunene", "NAV"], "Løpende",
      "KS-regionene er med i de fylkesvise kompetansepartnerskapene og bidrar med kommunenes behov."),
    M("kbu", "Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "KD", ["KS"], "2017–2021",
      "KS bidrar med data om kommunesektorens kompetansebehov inn i utvalgets arbeid."),
])

R("Vestland_2019_kompetansetrappa.pdf", "Vestland fylkeskommune", 2019, "staircase_step_diagram", "PDF (reportlab)",
  "nynorsk: drawn 'kompetansetrapp' with five steps (step labels are not measures), measure boxes on the steps, a foundation band", [
    M("vl_forum", "Kompetanseforum Vestland", ["1.2"], "Råd/utvalg/nettverk", "Vestland fylkeskommune",
      ["NHO Vestland", "LO i Vestland", "NAV Vestland", "Høgskulen på Vestlandet"], "2019–",
      "Partnarskap som samlar dei regionale kompetanseaktørane to gonger i året."),
    M("vl_karriere", "Karriere Vestland – rettleiing for vaksne", ["1.3"], "Prosjekt", "Vestland fylkeskommune",
      ["NAV Vestland"], "2019–2022", "Gratis karriererettleiing for vaksne på fem stader i fylket."),
    M("modul", "Modulstrukturert opplæring for vaksne (forsøk)", ["3.1"], "Prosjekt", "Vestland fylkeskommune",
      ["Utdanningsdirektoratet"], "2019–2021", "Fylket er med i det nasjonale forsøket med modulstrukturerte læreplanar."),
    M("vl_praksis", "Kurs for praksiskandidatar", ["2.5", "3.1"], "Kurs/utdanning", "Vestland fylkeskommune",
      ["Opplæringskontora"], "2019–2020", "Teorikurs for vaksne med lang praksis som vil ta fagbrev som praksiskandidat."),
    M("vl_fagskule", "Samarbeid fagskule–høgskule om tekniske fag", ["1.4"], "Kurs/utdanning", "Vestland fylkeskommune",
      ["Høgskulen på Vestlandet", "Fagskulen Vestland"], "2019–2021",
      "Felles studieløp slik at fagskuleutdanna teknikarar kan halde fram på ingeniørutdanning."),
    M("vl_gf", "Grunnleggjande dugleikar for tilsette i kommunane", ["3.2"], "Prosjekt", "Vestland fylkeskommune",
      ["Kommunane i Vestland", "Kompetanse Noreg"], "2019–2020",
      "Opplæring i lesing, skriving og digitale ferdigheiter for tilsette i reinhald og heimetenester."),
])

R("VOFO_2019_invitasjoner.pdf", "VOFO", 2019, "event_invitation_flyers", "PDF (reportlab)",
  "one invitation flyer per page; a small 'NKPS-tiltak' fact box at the bottom marks the reported events; the annual-meeting flyer has none and is not a measure", [
    M("vofo_kpf", "Informasjonsmøte om Kompetansepluss frivillighet", ["3.2"], "Arrangement", "VOFO",
      ["Kompetanse Norge"], "12. mars 2019",
      "Vi gjennomgår søknadskriteriene for 2019 og deler erfaringer fra studieforbund som har fått tilskudd.", ptype="Informasjonsmøte"),
    M("vofo_norsk", "Norsktrening med frivillige – samling for kursledere", ["3.4", "3.6"], "Kurs/utdanning", "VOFO",
      ["Folkeuniversitetet", "Røde Kors"], "Høsten 2019",
      "Samlingen gir frivillige kursledere metoder for språktrening med voksne innvandrere.", ptype="Kurs"),
    M("vofo_region", "Regionkonferanse VOFO Vest 2019", ["1.2"], "Arrangement", "VOFO Vest",
      ["Vestland fylkeskommune"], "24. oktober 2019",
      "Konferansen tar opp studieforbundenes plass i den nye fylkeskommunens kompetansearbeid.", ptype="Konferanse"),
    M("vofo_laering", "Læringsdagen 2019: Frivillig læring gir motivasjon", ["3.6"], "Arrangement", "VOFO",
      ["Studieforbundene"], "5. september 2019",
      "Åpen dag med kurssmakebiter over hele landet for å vise hvordan frivillig læring bygger motivasjon.", ptype="Arrangement"),
])

# ---------------------------------------------------------------- 2020
R("LO_2020_tiltak_SWOT.pdf", "LO", 2020, "swot_grid_per_measure", "PDF via LibreOffice (from DOCX)",
  "each measure: heading, 'Om tiltaket' text and fact lines with the delmål given only as words, then a 2×2 SWOT table (not description)", [
    M("lo_tvkurs", "Kompetansekurs for tillitsvalgte (videreført)", ["2.2", "2.4"], "Kurs/utdanning", "LO",
      ["AOF Norge", "LO-forbundene"], "2017–2021",
      "Kurset er videreført og utvidet med en modul om samarbeid med lokale utdanningstilbydere."),
    M("lo_norsk", "Norsk på arbeidsplassen – fase 2", ["3.3", "3.4"], "Prosjekt", "LO/Fellesforbundet",
      ["Kompetanse Norge", "NHO Byggenæringen", "Byggenæringens Landsforening"], "2020–2021",
      "Fase 2 sprer modellen fra piloten til flere byggeplasser og til verftsindustrien."),
    M("kbu", "KBU", ["1.1"], "Råd/utvalg/nettverk", "KD", ["LO og de øvrige partene"], "2017–2023",
      "Utvalget la fram sin andre hovedrapport i 2020. LO har bidratt særlig om fagarbeiderbehovet."),
    M("bp_ind", "Bransjeprogrammet for industri- og byggenæringen", ["2.4"], "Prosjekt", "KD",
      ["LO", "NHO", "Fellesforbundet", "Norsk Industri"], "2020–2022",
      "Trepartsprogram der partene i industri og bygg definerer behov og utdanningstilbydere utvikler korte, fleksible tilbud."),
    M("korona_perm", "Kompetansetiltak for permitterte i koronakrisen", ["3.3"], "Prosjekt", "LO",
      ["NHO", "NAV"], "2020",
      "LO og NHO ble enige om et felles opplegg slik at permitterte kan ta opplæring uten å miste dagpenger."),
])

R("Unio_2020_konferanseprogram.docx", "Unio", 2020, "conference_programme_timeslots", "DOCX (python-docx)",
  "conference programme: time-slot table; sessions presenting a measure carry an NKPS tag line; registration, breaks and panel are not measures; the conference itself is reported in a header box", [
    M("unio_konf20", "Unio-konferansen 2020: Kompetanse for framtidens offentlige tjenester", ["2.2"], "Arrangement", "Unio",
      ["Unio-forbundene"], "15. oktober 2020",
      "Heldagskonferanse for tillitsvalgte og ledere i offentlig sektor om kompetanseutvikling og livslang læring."),
    M("unio_spl", "Trepartssamarbeid om videreutdanning av sykepleiere i spesialisthelsetjenesten", ["1.4", "2.4"], "Råd/utvalg/nettverk",
      "Unio/NSF", ["Spekter", "Helse- og omsorgsdepartementet"], "2019–2022",
      "Partene kartlegger behovet for spesialsykepleiere og avtaler flere utdanningsstillinger i helseforetakene."),
    M("kl2025", "Kompetanseløftet 2025 i helse- og omsorgstjenestene", ["1.4", "2.2"], "Prosjekt", "HOD",
      ["KS", "Unio", "Fagforbundet"], "2016–2020",
      "Unio deltar i referansegruppen og presenterer erfaringer fra kommunene."),
    M("unio_tv", "Unios kurs for tillitsvalgte om kompetanseplanlegging", ["2.2"], "Kurs/utdanning", "Unio",
      ["Unio-forbundene"], "Høsten 2020",
      "Digitalt kurs i tre moduler om hvordan tillitsvalgte kan påvirke virksomhetens kompetanseplan."),
    M("unio_reform", "Unios innspill til kompetansereformen", ["2.2"], "Annet", "Unio", [], "2019–2020",
      "Unio har gitt skriftlige innspill til reformen om rett til videreutdanning for ansatte i offentlig sektor.", ptype="Innspill"),
    M("unio_digi", "Digitalt kompetanseløft for ansatte i skole og barnehage", ["2.1"], "Kurs/utdanning",
      "Unio/Utdanningsforbundet", ["KS", "Udir"], "2020–2022",
      "Etterutdanning i digital praksis for lærere og barnehagelærere."),
])

R("Akademikerne_2020_boblediagram.pdf", "Akademikerne", 2020, "bubble_chart_numbered_legend", "PDF (reportlab)",
  "drawn bubble chart (x = delmål, y = start year) with numbered bubbles; the numbers resolve through a legend table below; axis labels are not measures", [
    M("ak_evu", "Kartlegging av etter- og videreutdanning blant akademikere", ["2.2"], "FoU", "Akademikerne", ["NIFU"], "2020", ""),
    M("ak_tekna", "Akademikerne/Tekna: Digitalt kompetanseløft for ingeniører", ["2.1"], "Kurs/utdanning",
      "Akademikerne/Tekna", ["NTNU"], "2019–2021", ""),
    M("ak_nokut", "Innspill om godkjenning av utenlandsk høyere utdanning", ["2.6"], "Annet", "Akademikerne",
      ["NOKUT"], "2020", "", ptype="Informasjon"),
    M("kbu", "Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "KD", ["Akademikerne"], "2017–2023", ""),
    M("reform", "Lære hele livet (kompetansereformen)", ["2.2", "2.4"], "Annet", "KD", ["Akademikerne"], "2019–", "",
      ptype="Reform"),
])

# ---------------------------------------------------------------- 2021
R("NHO_2021_tiltakskort_QR.pdf", "NHO", 2021, "qr_code_link_cards", "PDF (reportlab)",
  "measure cards with a drawn QR code and short URL at right, meta line 'Delmål … | Type …', text; a 'Skann for mer' help box is not a measure", [
    M("kbu", "Kompetansebehovsutvalget (KBU) – NHOs deltakelse", ["1.1"], "Råd/utvalg/nettverk", "NHO", ["KD"], "2017–2023",
      "NHO leverer tall fra Kompetansebarometeret inn i utvalgets analyser."),
    M("nho_kompkart", "NHOs kompetansebarometer", ["2.2"], "FoU", "NHO", ["NIFU"], "Årlig siden 2018",
      "Årlig undersøkelse blant medlemsbedriftene om udekket kompetansebehov. I 2021 med egne spørsmål om pandemien."),
    M("fagbrevjobb", "Fagbrev på jobb – videreført", ["2.3", "2.5", "3.1"], "Prosjekt", "NHO",
      ["LO", "fylkeskommunene", "opplæringskontorene"], "2018–2022",
      "Ordningen er videreført og gjøres nå tilgjengelig i flere fylker."),
    M("bp_ind", "Bransjeprogram for industri og bygg", ["2.1", "2.4"], "Prosjekt", "Regjeringen",
      ["NHO", "LO", "Fellesforbundet", "Norsk Industri"], "2020–2022",
      "Over 4 000 deltakere har tatt moduler i programmet siden oppstart."),
    M("korona_perm", "Partssamarbeid om opplæring for permitterte og ledige", ["3.3"], "Prosjekt", "NHO",
      ["LO", "NAV", "fylkeskommunene"], "2020–2021",
      "NHO og LO har sammen med NAV lagt til rette for at permitterte kan ta opplæring mens de er permittert."),
    M("nho_konf21", "NHOs kompetansekonferanse 2021", ["2.2"], "Arrangement", "NHO", [], "juni 2021 (digitalt)",
      "Digital konferanse om kompetanse etter pandemien, med 600 påmeldte."),
    M("nho_lesing", "Veileder om basiskompetanse for bedrifter (oppdatert utgave)", ["3.2"], "Annet", "NHO",
      ["Kompetanse Norge"], "2021", "Veilederen fra 2018 er oppdatert med eksempler på digitale ferdigheter.",
      ptype="Informasjon"),
])

R("NAV_2021_regionvis.docx", "NAV", 2021, "region_group_headings", "DOCX (python-docx)",
  "measures grouped under region headings (Nasjonalt, Region Øst, Vest, Nord); bold title paragraph, an en-dash fact line, text", [
    M("karr_digital", "Samarbeid om nasjonal digital karriereveiledning", ["1.3"], "Prosjekt", "Kompetanse Norge",
      ["Arbeids- og velferdsdirektoratet"], "2020–",
      "NAV bidrar med innhold om arbeidsmarkedet til den nasjonale chat- og telefontjenesten for karriereveiledning."),
    M("nav_grunn", "Kurs i grunnleggende ferdigheter for arbeidssøkere", ["3.5"], "Kurs/utdanning",
      "Arbeids- og velferdsdirektoratet", ["Kompetanse Norge"], "Løpende",
      "Kursene kombinerer lesing, regning og digitale ferdigheter med jobbsøking."),
    M("nav_ungdom", "Ungdomsgarantien – kvalifisering for unge arbeidssøkere", [], "Annet",
      "Arbeids- og velferdsdirektoratet", [], "2021–",
      "Unge under 30 år får tett oppfølging og tilbud om opplæring.", ptype="Ordning"),
    M("korona_perm", "Opplæring for permitterte – trepartssamarbeid", ["3.3"], "Prosjekt",
      "Arbeids- og velferdsdirektoratet", ["LO", "NHO"], "2020–2021",
      "NAV har praktisert regelverket slik at permitterte kan ta opplæring etter avtale mellom partene."),
    M("nav_fagbrev_inn", "Fagbrev for arbeidssøkere i Innlandet", ["3.3", "3.5"], "Kurs/utdanning", "NAV Innlandet",
      ["Innlandet fylkeskommune"], "2021–2023",
      "Arbeidssøkere over 25 år får fagopplæring som arbeidsmarkedstiltak, med fylkeskommunen som opplæringsansvarlig."),
    M("nav_norsk", "Norskopplæring kombinert med arbeidspraksis", ["3.4", "3.5"], "Kurs/utdanning", "NAV Vestland",
      ["Vestland fylkeskommune", "kommunene"], "2021",
      "Deltakerne har praksis tre dager i uka og norskopplæring to dager."),
    M("nav_tromso", "Kompetansenettverk for reiselivet i Troms og Finnmark", ["2.4"], "Råd/utvalg/nettverk",
      "NAV Troms og Finnmark", ["NHO Reiseliv", "Troms og Finnmark fylkeskommune"], "2021–2022",
      "Nettverket kobler reiselivsbedrifter og utdanningstilbydere for å gi permitterte relevant opplæring."),
])

R("Innlandet_2021_A3.pdf", "Innlandet fylkeskommune", 2021, "lean_a3_problem_report", "PDF (reportlab)",
  "lean A3 problem-solving sheet (A3 landscape): boxes Bakgrunn, Nåsituasjon, Mål, Årsaker (not measures) and a 'Tiltak' box holding a table; 'Oppfølging' box", [
    M("in_forum", "Kompetanseforum Innlandet", ["1.2"], "Råd/utvalg/nettverk", "Innlandet fylkeskommune",
      ["NHO Innlandet", "LO Innlandet", "NAV Innlandet", "Høgskolen i Innlandet"], "2021–2024",
      "Felles arena for regionens kompetanseaktører; møtes fire ganger i året."),
    M("nav_fagbrev_inn", "Fagbrev for voksne ledige (med NAV Innlandet)", ["3.3"], "Kurs/utdanning", "Innlandet fylkeskommune",
      ["NAV Innlandet"], "2021–2023", "Fagopplæring for ledige voksne, finansiert av NAV."),
    M("in_karriere", "Karriere Innlandet – veiledning for voksne", ["1.3"], "Prosjekt", "Innlandet fylkeskommune",
      ["NAV Innlandet"], "2021–", "Karrieresenter med kontor i Hamar, Lillehammer og Gjøvik."),
    M("modul", "Modulforsøket for voksne i videregående opplæring", ["3.1"], "Prosjekt", "Innlandet fylkeskommune",
      ["Udir"], "2019–2022", "Innlandet deltar i det nasjonale forsøket i helsearbeiderfaget."),
    M("in_industri", "Kompetanseløft for industrien i Gjøvik-regionen", ["2.4"], "Prosjekt", "Innlandet fylkeskommune",
      ["NTNU Gjøvik", "Raufoss Industripark"], "2021–2022", "Korte moduler i automatisering for industriarbeidere."),
    M("in_plan", "Regional plan for kompetanse i Innlandet", ["1.2"], "Annet", "Innlandet fylkeskommune", [],
      "2021–2024", "Første regionale kompetanseplan for det nye fylket.", ptype="Plan"),
])

# ---------------------------------------------------------------- 2022
R("Vestland_2022_kompetansewiki.docx", "Vestland fylkeskommune", 2022, "wiki_infobox_articles", "DOCX (python-docx)",
  "nynorsk: wiki-style articles, title + 'Frå Kompetansewiki' line, text on the left and a shaded infobox table on the right; 'Sjå òg' lists are not measures", [
    M("vl_forum", "Vestlandsforum for kompetanse (tidlegare Kompetanseforum Vestland)", ["1.2", "1.4"], "Råd/utvalg/nettverk",
      "Vestland fylkeskommune", ["NHO Vestland", "LO i Vestland", "NAV Vestland", "Høgskulen på Vestlandet", "Universitetet i Bergen"],
      "2019–", "Forumet har skifta namn og fått eit arbeidsutval som følgjer opp den regionale kompetanseplanen."),
    M("vl_karriere", "Karriere Vestland", ["1.3"], "Prosjekt", "Vestland fylkeskommune", ["NAV Vestland", "kommunane"],
      "2019–2024", "Karrieresenteret har opna digital rettleiing og eit kontor i Odda."),
    M("vl_fagskule", "Fagskule–høgskule-samarbeidet om tekniske fag, fase 2", ["1.4", "2.4"], "Kurs/utdanning",
      "Vestland fylkeskommune", ["Høgskulen på Vestlandet", "Fagskulen Vestland", "Equinor"], "2022–2024",
      "Fase 2 utvidar samarbeidet til elkraft og automasjon, med praksis i industrien."),
    M("vl_gronn", "Kompetanse for det grøne skiftet – havvind og hydrogen", ["2.4"], "Prosjekt", "Vestland fylkeskommune",
      ["Vestlandsrådet", "NHO Vestland"], "2022–2025",
      "Kartlegg kompetansebehov i nye grøne næringar og utviklar korte kurs saman med fagskulane."),
    M("vl_modulfast", "Modulstrukturert vaksenopplæring – fast tilbod etter forsøket", ["3.1"], "Kurs/utdanning",
      "Vestland fylkeskommune", ["Utdanningsdirektoratet"], "Frå 2022",
      "Etter forsøksperioden tilbyr fylket modulstrukturert opplæring som ordinært tilbod i fem fag."),
    M("vl_gf", "Grunnleggjande dugleikar for kommunetilsette – vidareført", ["2.1", "3.2"], "Prosjekt",
      "Vestland fylkeskommune", ["Kommunane i Vestland", "HK-dir"], "2022–2023",
      "Prosjektet held fram med vekt på digitale ferdigheiter i helse og omsorg."),
])

R("Spekter_2022_protokoll.docx", "Spekter", 2022, "tariff_protocol_annotated", "DOCX (python-docx)",
  "negotiation protocol with numbered points (wage, working-time points are not measures); competence items carry a bracketed '[Rapportert til KPR: …]' annotation", [
    M("unio_spl", "Partssamarbeid om videreutdanning for sykepleiere", ["1.4", "2.4"], "Råd/utvalg/nettverk", "Spekter",
      ["Unio", "Norsk Sykepleierforbund", "helseforetakene"], "2022–2024",
      "Partene viderefører samarbeidet om utdanningsstillinger og skal årlig gjennomgå behovet for spesialsykepleiere."),
    M("sp_fagbrev_hf", "Fagbrev på jobb i helseforetakene", ["2.3", "3.1"], "Prosjekt", "Spekter",
      ["LO Stat", "Fagforbundet", "helseforetakene"], "2022–2023",
      "Ufaglærte ansatte i helseforetakene skal få ta fagbrev som helsefagarbeider i kombinasjon med jobb."),
    M("sp_kprog", "Informasjonsseminar om Kompetanseprogrammet for medlemsvirksomheter", ["3.2"], "Arrangement", "Spekter",
      ["HK-dir"], "November 2022", "Seminaret skal gjøre tilskuddsordningen bedre kjent blant medlemsvirksomhetene."),
    M("sp_leder", "Lederutviklingsprogram for mellomledere i spesialisthelsetjenesten", ["2.2"], "Kurs/utdanning", "Spekter",
      ["BI"], "2022–2023", "Program på 15 studiepoeng om ledelse av kompetanse og omstilling."),
    M("sp_lt", "Møteplass lærebedrifter", ["1.4", "2.3"], "Arrangement", "Spekter", ["Fafo", "fylkeskommunene"],
      "Årlig i mars", "Heldagsarrangement der lærebedrifter blant medlemmene utveksler erfaringer."),
])

R("KD_2022_rapport_offentlig_versjon.pdf", "KD", 2022, "redacted_public_copy", "PDF via LibreOffice (from DOCX)",
  "public version with redactions: black bars (no text under them) over amounts and names; measures as numbered bold headings with label lines; the exemption notice is not a measure", [
    M("kbu", "Kompetansebehovsutvalget (KBU)", ["1.1"], "Råd/utvalg/nettverk", "KD",
      ["KMD", "ASD", "partene i arbeidslivet", "HK-dir"], "2017–2023",
      "Utvalgets mandat er forlenget, og sekretariatet er flyttet til HK-dir."),
    M("reform", "Lære hele livet – oppfølging av kompetansereformen", ["2.2", "2.4"], "Annet", "KD", ["ASD", "HK-dir"],
      "2019–2023", "Reformen følges opp gjennom bransjeprogrammene, fleksible utdanningstilbud og endringer i regelverket.",
      ptype="Reform"),
    M("kpluss", "Kompetanseprogrammet (tidligere Kompetansepluss arbeid)", ["3.2"], "Annet", "KD", ["HK-dir"], "Løpende",
      "Ordningen har fått nytt navn og omfatter nå også opplæring for voksne med svake grunnleggende ferdigheter utenfor arbeidslivet.",
      ptype="Tilskuddsordning"),
    M("modul", "Modulforsøket – avslutning og evaluering", ["2.2", "3.1"], "Prosjekt", "KD", ["Udir", "Fafo"],
      "2017–2022", "Forsøket avsluttes, og Fafo evaluerer resultatene."),
    M("samfk2", "Samfunnskontrakt for kvalifisert arbeidskraft (2022–2026)", ["1.4", "2.3"], "Råd/utvalg/nettverk", "KD",
      ["partene i arbeidslivet", "fylkeskommunene"], "2022–2026",
      "Ny kontrakt som også omfatter voksne uten fullført videregående opplæring."),
    M("bp_umbrella", "Bransjeprogram for kompetanseutvikling", ["2.4"], "Prosjekt", "KD", ["ASD", "partene", "HK-dir"],
      "2018–", "Ordningen omfatter nå tolv bransjer."),
    M("karr_digital", "Digital karriereveiledning", ["1.3"], "Annet", "KD", ["HK-dir"], "2020–",
      "Nettjenesten og chatten på karriereveiledning.no er gjort permanent.", ptype="Tjeneste"),
    M("korona_fund", "Midler til opplæring for permitterte og ledige (koronapakken)", ["3.3"], "Annet", "KD",
      ["HK-dir", "fylkeskommunene"], "2020–2021", "Ekstra bevilgning til fylkeskommunene for opplæring av permitterte og ledige.",
      ptype="Tilskudd"),
])

# ---------------------------------------------------------------- 2023
R("Virke_2023_oppskrifter.docx", "Virke", 2023, "recipe_oppskrift_cards", "DOCX (python-docx)",
  "'oppskrifter': each measure a recipe card with a fact line, 'Dette trenger du' ingredient list and numbered 'Slik gjør du' steps (steps and ingredients are not measures)", [
    M("bp_handel", "Bransjeprogram for varehandelen", ["2.1", "2.4"], "Prosjekt", "Virke",
      ["LO/Handel og Kontor", "HK-dir"], "2021–2024",
      "Ansatte i butikk og lager tar korte, arbeidsrettede moduler i digital handel og logistikk."),
    M("vi_realko", "Bransjestandard for realkompetansevurdering i handel", ["2.5"], "Prosjekt", "Virke",
      ["Handel og Kontor", "HK-dir"], "2022–2023",
      "En felles standard gjør det lettere å dokumentere kompetanse fra butikkarbeid."),
    M("vi_hr", "HR-nettverk om kompetanseplanlegging i små virksomheter", [], "Råd/utvalg/nettverk", "Virke",
      ["medlemsvirksomhetene"], "2023", "Nettverket møtes seks ganger i året og deler verktøy for kompetanseplanlegging.",
      ptype="Nettverk"),
    M("vi_lt", "Lærlingløft i varehandelen", ["1.4", "2.3"], "Prosjekt", "Virke", ["Opplæringskontorene"], "2023–2025",
      "Flere butikkjeder skal bli godkjente lærebedrifter i salgsfaget."),
    M("vi_digi", "Digital kompetanse for ansatte i butikk (e-læring)", ["2.1"], "Kurs/utdanning", "Virke", ["Virke HRS"],
      "2023", "Gratis e-læringskurs i digitale verktøy for butikkansatte.", ptype="E-læring"),
])

R("HKdir_2023_tiltaksoversikt_web.pdf", "HK-dir", 2023, "datatable_web_widget", "PDF (reportlab)",
  "web data-table widget saved as PDF: 'Vis 10 oppføringer', search box, sortable header arrows, 'Viser 1 til 7 av 7', pagination buttons", [
    M("karr_digital", "Nettbasert karriereveiledning (karriereveiledning.no)", ["1.3"], "Annet", "HK-dir",
      ["NAV", "fylkeskommunene"], "2020–", "Gratis veiledning på chat, telefon og e-post for alle over 19 år.", ptype="Informasjon"),
    M("kpluss", "Kompetanseprogrammet – tilskudd til opplæring i grunnleggende ferdigheter", ["3.2"], "Annet", "HK-dir", [],
      "Løpende", "HK-dir forvalter ordningen og lyser ut midler to ganger i året.", ptype="Tilskudd"),
    M("hk_frokost", "Kompetansefrokost", ["2.2"], "Arrangement", "HK-dir", ["partene i arbeidslivet"], "4 ganger i året",
      "Frokostmøter med forskere og partene om aktuelle kompetansepolitiske temaer."),
    M("kbu", "Sekretariat for Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "HK-dir", ["KD"], "2017–",
      "HK-dir er sekretariat for utvalget og utarbeider analysegrunnlaget."),
    M("bp_umbrella", "Forvaltning av bransjeprogrammene", ["2.4"], "Prosjekt", "HK-dir", ["partene"], "2018–",
      "HK-dir lyser ut midler og følger opp tilbudene i alle bransjeprogrammene."),
    M("realko", "Modell for vurdering av kompetanse ervervet i arbeidslivet", ["2.5"], "FoU", "HK-dir",
      ["partene i arbeidslivet"], "2018–2023", "Modellen er prøvd ut i fire bransjer og sluttrapporten kommer i 2023."),
    M("hk_digikomp", "Befolkningsundersøkelse om digital kompetanse", ["2.1", "2.2"], "FoU", "HK-dir", ["SSB"], "2023",
      "Undersøkelsen måler digitale ferdigheter i den voksne befolkningen."),
])

R("MoreogRomsdal_2023_organisasjonskart.pdf", "Møre og Romsdal fylkeskommune", 2023, "org_chart_unit_boxes",
  "PDF (reportlab)",
  "nynorsk: drawn organisation chart (top box, three unit boxes, connector lines); measures listed inside the unit boxes with a small code/type line; unit names are not measures", [
    M("mr_forum", "Kompetanseforum Møre og Romsdal", ["1.2"], "Råd/utvalg/nettverk", "Møre og Romsdal fylkeskommune",
      ["NAV", "NHO", "LO"], "2020–", ""),
    M("mr_allianse", "Kompetansealliansen", ["1.2", "1.4"], "Råd/utvalg/nettverk", "Møre og Romsdal fylkeskommune",
      ["næringsliv og klynger", "høgskular"], "2019–", ""),
    M("mr_plan", "Regional kompetansestrategi for Møre og Romsdal", ["1.2"], "Annet", "Møre og Romsdal fylkeskommune", [],
      "2023–2027", "", ptype="Plan"),
    M("mr_karr", "Karriere Møre og Romsdal", ["1.3"], "Prosjekt", "Møre og Romsdal fylkeskommune",
      ["NAV Møre og Romsdal"], "Løpande", ""),
    M("mr_sprak", "Språkkafé og norsktrening i samarbeid med frivilligheita", ["3.4", "3.6"], "Prosjekt",
      "Møre og Romsdal fylkeskommune", ["frivilligsentralane", "VOFO Møre og Romsdal"], "2023", ""),
])

# ---------------------------------------------------------------- 2024
R("YS_2024_medlemshistorier.docx", "YS", 2024, "personal_story_cases", "DOCX (python-docx)",
  "human-interest stories: a story headline (not the measure title) and ingress, a fact box naming the measure, then the story text (not description)", [
    M("ys_tv", "YS' tillitsvalgtkurs om kompetanse", ["2.2"], "Kurs/utdanning", "YS", ["YS-forbundene"], "2024",
      "Kurset lærer tillitsvalgte å bruke hovedavtalens bestemmelser om kompetanseutvikling."),
    M("fagbrevjobb", "Fagbrev på arbeidsplassen", ["2.3", "2.5"], "Prosjekt", "Partene i arbeidslivet",
      ["fylkeskommunene"], "2018–", "Ordningen gir voksne i jobb mulighet til å ta fagbrev uten å slutte i jobben."),
    M("ys_fin", "Omstillingsprogram for finansansatte (Finansforbundet)", ["2.1", "2.2"], "Kurs/utdanning",
      "YS/Finansforbundet", ["Finans Norge", "BI"], "2023–2025",
      "Finansansatte får studiepoenggivende kurs i data og rådgivning for å stå i omstillingen."),
    M("ys_parat", "Mentorordning for innvandrere i arbeid (Parat)", [], "Prosjekt", "YS/Parat", ["IMDi"], "2024",
      "Erfarne tillitsvalgte er mentorer for nyansatte innvandrere det første året."),
    M("ys_delta", "Opplæring i velferdsteknologi for helsefagarbeidere (Delta)", ["2.1"], "Kurs/utdanning", "YS/Delta",
      ["KS"], "2024", "Kursrekke om velferdsteknologi for ansatte i hjemmetjenesten."),
    M("kbu", "Kompetansebehovsutvalget – YS' plass i utvalget", ["1.1"], "Råd/utvalg/nettverk", "KD", ["YS"], "2017–",
      "YS bidrar med kunnskap om kompetansebehov i finans, helse og transport."),
])

# ---------------------------------------------------------------- 2025
R("LO_2025_lettlest.docx", "LO", 2025, "easy_read_large_print", "DOCX (python-docx)",
  "easy-read ('lettlest') version in large print: one short sentence per line; facts as whole sentences ('Dette tiltaket hører til delmål …', 'LO har ansvaret.')", [
    M("lo_tvkurs", "Kompetansekurs for tillitsvalgte", ["2.2"], "Kurs/utdanning", "LO", ["AOF"], "Hvert år",
      "Tillitsvalgte lærer hvordan de kan snakke med lederen om kurs og utdanning."),
    M("kbu", "Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "KD", ["LO"], "2017–",
      "Utvalget finner ut hva slags kompetanse Norge trenger i framtiden."),
    M("samfk2", "Samfunnskontrakt for kvalifisert arbeidskraft", ["1.4", "2.3"], "Råd/utvalg/nettverk", "Regjeringen",
      ["LO", "de andre partene"], "2022–2026", "Flere unge og voksne skal få læreplass og fagbrev."),
    M("bp_handel", "Bransjeprogram for varehandel", ["2.4"], "Prosjekt", "LO/Handel og Kontor", ["Virke", "HK-dir"],
      "2021–2025", "Ansatte i butikk kan ta korte kurs i arbeidstiden."),
    M("bp_ind", "Bransjeprogrammet for industri og bygg", ["2.4"], "Prosjekt", "Regjeringen",
      ["LO", "NHO", "Fellesforbundet"], "2020–2025", "Ansatte i industri og bygg kan ta korte kurs."),
    M("lo_norsk", "Norsk på arbeidsplassen – fase 3 (digital)", ["3.4"], "Prosjekt", "LO/Fellesforbundet",
      ["HK-dir"], "2024–2025", "Nå kan arbeidere lære norsk på mobilen."),
    M("lo_ki", "Kunstig intelligens på arbeidsplassen – kurs for tillitsvalgte", ["2.1"], "Kurs/utdanning", "LO", ["AOF"],
      "2025", "Tillitsvalgte lærer om kunstig intelligens og hva det betyr for jobben."),
])

# ---------------------------------------------------------------- 2026
R("KS_2026_statusmarkert.docx", "KS", 2026, "highlight_colour_status_legend", "DOCX (python-docx)",
  "status shown only by text highlight colour on the title (legend table at top: yellow new, green continued, grey ending); label line 'Delmål: … Type: …'", [
    M("ks_laering", "KS Læring", ["2.1"], "Prosjekt", "KS", ["Kommunene"], "Løpende",
      "Plattformen er fornyet med kurs i kunstig intelligens og informasjonssikkerhet."),
    M("kl2025", "Kompetanseløftet for helse og omsorg (tidligere Kompetanseløft 2025)", ["1.4", "2.2"], "Prosjekt", "HOD",
      ["KS", "Helsedirektoratet"], "2021–2030", "Planen er forlenget og heter nå Kompetanseløftet. KS deltar i styringsgruppen."),
    M("ks_regfora", "Regionale kompetansepartnerskap (KS' deltakelse)", ["1.2"], "Råd/utvalg/nettverk", "KS",
      ["Fylkeskommunene"], "Løpende", "KS deltar i alle fylkenes kompetansepartnerskap."),
    M("ks_laerling", "Lærlingløftet i kommunesektoren – fase 2", ["1.4", "2.3"], "Prosjekt", "KS",
      ["Fylkeskommunene", "Fagforbundet", "Delta"], "2024–2027", "Fase 2 skal gi flere voksne lærlinger i helse og oppvekst."),
    M("kbu", "KBU – KS' representant", ["1.1"], "Råd/utvalg/nettverk", "KD", ["KS"], "2017–",
      "KS' representant leverer data fra kommunesektoren til utvalget."),
    M("ks_ki", "KI-kompetanse i kommunene", ["2.1"], "Kurs/utdanning", "KS", ["Digdir"], "2026",
      "Kurs og veiledning for kommuneansatte om trygg bruk av kunstig intelligens."),
    M("ks_heltid", "Heltidskultur og kompetanse – nettverk for kommuner", ["2.2"], "Råd/utvalg/nettverk", "KS",
      ["Fagforbundet", "NSF"], "2025–2026", "Kommuner i nettverket ser heltid og kompetanseutvikling i sammenheng."),
])

# ---------------------------------------------------------------- identity notes
SAME_NOTES = {
    "kbu": "KBU is one council, reported by its owner (KD), its secretariat (HK-dir) and the members who sit in it; counted as one tiltak (as the directorate did in 2018).",
    "samfk1": "the 2016–2020 Samfunnskontrakt for flere læreplasser, reported by LO, KD and NHO.",
    "samfk2": "the successor contract 2022–2026 (Samfunnskontrakt for kvalifisert arbeidskraft) – a new agreement, NOT the same tiltak as samfk1.",
    "digiwg": "the partners' working group on digital competence with Kompetanse Norge as secretariat.",
    "reform": "the government's competence reform 'Lære hele livet' (KD owner; Akademikerne lists it as partner).",
    "kpluss": "Kompetansepluss arbeid renamed Kompetanseprogrammet (KD 2018, KD 2022 '(tidligere …)', HK-dir 2023 as administrator).",
    "modul": "the national trial with modular adult vocational training; Vestland 2019 and Innlandet 2021 take part in the same trial; KD 2022 closes and evaluates it.",
    "fagbrevjobb": "the national 'Fagbrev på jobb' scheme (NHO 2018/2021, YS 2024 'Fagbrev på arbeidsplassen').",
    "bp_ind": "the industry-and-construction bransjeprogram (LO 2020, NHO 2021, LO 2025).",
    "bp_handel": "the retail bransjeprogram (Virke 2023, LO/Handel og Kontor 2025).",
    "bp_umbrella": "the bransjeprogram scheme as a whole (KD 2022 owner, HK-dir 2023 'Forvaltning av bransjeprogrammene') – not any single programme.",
    "korona_perm": "the partners' agreement on training for furloughed workers (LO 2020, NHO 2021, NAV 2021).",
    "karr_digital": "the national digital career-guidance service karriereveiledning.no (NAV 2021 as partner, KD 2022, HK-dir 2023).",
    "kl2025": "HOD's plan Kompetanseløft 2025, renamed Kompetanseløftet (KS 2019, Unio 2020, KS 2026).",
    "unio_spl": "the tripartite cooperation on further education of nurses (Unio/NSF 2020, Spekter 2022).",
    "nav_fagbrev_inn": "NAV Innlandet and Innlandet county's joint trade-certificate training for unemployed adults (NAV 2021, Innlandet 2021).",
    "realko": "the method/model for assessing competence acquired at work (KD 2018 commissioning, HK-dir 2023 running it).",
    "lo_tvkurs": "LO's own competence course for shop stewards (2017, 2020 'videreført', 2025).",
    "lo_norsk": "LO/Fellesforbundet 'Norsk på arbeidsplassen' pilot → fase 2 → fase 3.",
    "ks_laering": "KS Læring platform (2017, 2019, 2026).",
    "ks_laerling": "KS' apprentice effort, renamed Lærlingløftet, fase 2 in 2026.",
    "ks_regfora": "KS taking part in the counties' competence partnerships (2017, 2019, 2026).",
    "nho_kompkart": "NHO's annual Kompetansebarometer (2018, 2021).",
    "nho_lesing": "NHO's guidance material on basic skills, updated edition 2021.",
    "vl_forum": "Kompetanseforum Vestland, renamed Vestlandsforum for kompetanse in 2022.",
    "vl_karriere": "Karriere Vestland (2019, 2022).",
    "vl_fagskule": "Vestland fagskule–høgskule cooperation, fase 2 in 2022.",
    "vl_gf": "Vestland basic-skills project for municipal staff, continued 2022.",
}

NEAR_MISS_GROUPS = [
    ("lo_tvkurs", "unio_tv", "own shop-steward courses of two different confederations"),
    ("lo_tvkurs", "ys_tv", "own shop-steward courses of two different confederations"),
    ("unio_tv", "ys_tv", "own shop-steward courses of two different confederations"),
    ("lo_tvkurs", "lo_ki", "same reporter, both courses for tillitsvalgte, but the 2025 AI course is a new, separate course"),
    ("lo_ki", "ks_ki", "two organisations' own AI-competence courses"),
    ("vl_forum", "in_forum", "two counties' own competence forums"),
    ("vl_forum", "mr_forum", "two counties' own competence forums"),
    ("in_forum", "mr_forum", "two counties' own competence forums"),
    ("mr_forum", "mr_allianse", "Møre og Romsdal's forum and its Kompetansealliansen are two bodies"),
    ("vl_karriere", "in_karriere", "two counties' own career centres"),
    ("vl_karriere", "mr_karr", "two counties' own career centres"),
    ("in_karriere", "mr_karr", "two counties' own career centres"),
    ("karr_digital", "vl_karriere", "national digital service vs a county's physical career centre"),
    ("in_plan", "mr_plan", "two counties' own regional competence plans"),
    ("nho_konf18", "nho_konf21", "same conference series, separate one-off events (year in title)"),
    ("samfk1", "samfk2", "2016–2020 contract vs the new 2022–2026 contract"),
    ("ks_laerling", "samfk1", "KS' own apprentice effort vs the national contract"),
    ("ks_laerling", "vi_lt", "'Lærlingløft' of two different sectors"),
    ("bp_ind", "bp_handel", "two different bransjeprogram"),
    ("bp_ind", "bp_umbrella", "a single programme vs the scheme as a whole"),
    ("bp_handel", "bp_umbrella", "a single programme vs the scheme as a whole"),
    ("bp_ind", "in_industri", "national programme vs a county's own industry project"),
    ("kpluss", "vofo_kpf", "the Kompetansepluss arbeid scheme vs VOFO's info meeting on the separate Kompetansepluss frivillighet"),
    ("kpluss", "sp_kprog", "the scheme vs Spekter's seminar about it"),
    ("kpluss", "vl_gf", "the scheme vs a county project funded by it"),
    ("modul", "vl_modulfast", "the trial (pilot) vs the permanent offer after it"),
    ("fagbrevjobb", "sp_fagbrev_hf", "national scheme vs Spekter's own hospital version"),
    ("fagbrevjobb", "nav_fagbrev_inn", "fagbrev for employees at work vs fagbrev for unemployed in Innlandet"),
    ("fagbrevjobb", "vl_praksis", "fagbrev på jobb vs a county course for praksiskandidater"),
    ("reform", "unio_reform", "the reform vs Unio's input to it"),
    ("nokut", "ak_nokut", "KD's recognition scheme vs Akademikerne's input on higher-education recognition"),
    ("realko", "vi_realko", "national assessment model vs Virke's retail standard"),
    ("korona_perm", "korona_fund", "partners' agreement vs the government's funding package"),
    ("lo_norsk", "nav_norsk", "different Norwegian-at-work measures"),
    ("lo_norsk", "vofo_norsk", "different Norwegian-training measures"),
    ("vofo_norsk", "mr_sprak", "VOFO's course for volunteer leaders vs a county's language café"),
    ("nav_norsk", "mr_sprak", "different Norwegian-training measures"),
    ("kl2025", "ys_delta", "national plan vs Delta's own welfare-technology course"),
    ("ks_kompnett", "ks_heltid", "two different KS networks (2017 vs 2026)"),
    ("ks_kompnett", "vi_hr", "KS' municipal network vs Virke's HR network"),
    ("nho_kompkart", "ak_evu", "NHO barometer vs Akademikerne's EVU survey"),
    ("nho_kompkart", "hk_digikomp", "NHO barometer vs HK-dir population survey"),
    ("unio_konf20", "nho_konf21", "two organisations' conferences"),
    ("vofo_region", "vofo_laering", "two different VOFO events in 2019"),
    ("digiwg", "ak_tekna", "partners' working group vs Tekna's own course"),
    ("unio_digi", "ks_laering", "digital competence for school staff vs KS' platform"),
    ("sp_lt", "ks_laerling", "Spekter's apprentice meeting place vs KS' apprentice effort"),
]
