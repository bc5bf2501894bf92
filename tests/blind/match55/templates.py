# -*- coding: utf-8 -*-
from data import WORDS, ORDER
ALL = {"delmal", "type", "responsible", "partners", "period", "description"}

def codes(ds, pre="", sep=", ", last=" og "):
    if not ds: return ""
    return pre + (ds[0] if len(ds) == 1 else sep.join(ds[:-1]) + last + ds[-1])
def slash(ds): return "/".join(ds)
def old(ds):
    n = [str(ORDER.index(d) + 1) for d in ds]
    return n[0] if len(n) == 1 else ", ".join(n[:-1]) + " og " + n[-1]
def words(ds):
    w = [WORDS[d] for d in ds]
    return w[0] if len(w) == 1 else ", ".join(w[:-1]) + " og " + w[-1]
def pj(ps):
    if not ps: return ""
    return ps[0] if len(ps) == 1 else ", ".join(ps[:-1]) + " og " + ps[-1]

# each template: f(doc) -> (blocks, header, footer, shown, dprint) ; dprint[i] = printed delmål text per measure
def lo_beretning(d):
    ms = d["measures"]; B = [("title", "LOs beretning 2017"), ("p", "Utdrag: kapittel 4–7. Beretningen behandles av representantskapet 12. mars 2018."),
      ("h1", "4 Organisasjon og medlemstall"),
      ("p", "Ved utgangen av 2017 hadde LO 924 185 medlemmer fordelt på 21 forbund. Antall yrkesaktive medlemmer økte med 3 412."),
      ("table", [["Forbund", "Medlemmer 2016", "Medlemmer 2017"], ["Fellesforbundet", "151 640", "152 003"], ["Fagforbundet", "356 119", "364 300"], ["Handel og Kontor", "73 450", "72 918"], ["Sum LO", "917 412", "924 185"]], True),
      ("h1", "5 Økonomi"), ("p", "Driftsresultatet ble 14,2 mill. kroner. Kontingentinntektene økte med 2,1 prosent. Se regnskapet i vedlegg."),
      ("h1", "6 Kompetansepolitikk"),
      ("p", "LO signerte Nasjonal kompetansepolitisk strategi i februar 2017. Nedenfor omtales tiltakene LO har rapportert til Kompetansepolitisk råd. Tallene i parentes viser til strategiens tiltak nr. 1–16."),
    ]
    dp = []
    for i, m in enumerate(ms):
        dp.append(old(m["delmal"]))
        B.append(("run", m["title"] + ". ", "%s Ansvarlig: %s, i samarbeid med %s. Type: %s. Tidsrom: %s. (Strategiens tiltak nr. %s.)" % (
            m["description"], m["responsible"], pj(m["partners"]), m["tword"], m["period"], dp[-1])))
        if i == 1:
            B.append(("p", "I tillegg har LO deltatt på Arendalsuka og på Kompetanse Norges nasjonale konferanse i Oslo, uten egne tiltak."))
    B += [("h1", "7 Andre prosjekter"),
          ("run", "Ung i arbeid. ", "LOs sommerpatrulje besøkte 4 800 arbeidsplasser. Prosjektet er ikke rapportert til kompetansestrategien."),
          ("run", "Internasjonalt solidaritetsarbeid. ", "LO støttet 12 prosjekter gjennom LO Norges solidaritetsfond."),
          ("p", "Oslo, 20. februar 2018 – LOs sekretariat")]
    return B, "LO – Beretning 2017", "Landsorganisasjonen i Norge", ALL, dp

def lo_beretning2(d):
    ms = d["measures"]
    B = [("title", "Årsberetning 2019"), ("p", "Landsorganisasjonen i Norge"), ("h1", "Innhold"),
         ("p", "1 Leder har ordet  2 Organisasjon  3 Tariff  4 Kompetanse og utdanning  5 Regnskap  Vedlegg A"), ("br",),
         ("h1", "1 Leder har ordet"), ("p", "2019 var året for lønnsoppgjøret med frontfagsmodellen på 3,2 prosent og et godt samarbeid med arbeidsgiversiden."),
         ("h1", "2 Organisasjon"), ("p", "LO hadde 106 ansatte ved årsskiftet. Sekretariatet hadde 22 møter. Representantskapet hadde 3 møter."),
         ("h1", "3 Tariff"), ("p", "Mellomoppgjøret ble avsluttet 6. april. 11 forbund hadde egne forhandlinger."),
         ("h1", "4 Kompetanse og utdanning"),
         ("p", "LO har også i 2019 rapportert sine tiltak til Kompetansepolitisk råd. Tabellen i vedlegg A er LOs rapport for 2019. Blant annet ble LOs utdanningspolitiske konferanse arrangert i Sørmarka med 140 deltakere (ikke rapportert som tiltak)."),
         ("h1", "5 Regnskap"), ("table", [["Post", "2018", "2019"], ["Kontingent", "412 300", "420 115"], ["Kurs og konferanser", "18 990", "21 450"], ["Resultat", "11 020", "9 870"]], True),
         ("br",), ("h1", "Vedlegg A – Rapportering til Nasjonal kompetansepolitisk strategi 2019")]
    rows = [["Tiltak", "Delmål", "Type tiltak", "Ansvarlig / samarbeid", "Tid", "Kort beskrivelse"]]
    dp = []
    for m in ms:
        dp.append(codes(m["delmal"], sep=", ", last=", "))
        rows.append([m["title"], dp[-1], m["tword"], m["responsible"] + (" / " + pj(m["partners"]) if m["partners"] else ""), m["period"], m["description"]])
    B.append(("table", rows, True))
    B.append(("p", "Kontaktperson: rådgiver Kari Nordmann, kari.nordmann@lo.no, tlf. 23 06 10 50"))
    return B, "LO Årsberetning 2019", None, ALL, dp

def nho_newsletter(d):
    ms = d["measures"]
    for m in ms: m["description"] = m["description"].rstrip(".")
    B = [("title", "Kompetansebrevet"), ("p", "Nyhetsbrev fra NHO Arbeidsliv – nr. 4 / 2018"),
         ("h1", "Lederartikkel: Kompetanse er ferskvare"),
         ("p", "Over halvparten av NHOs medlemsbedrifter sier de mangler kompetanse. Vi må satse mer på fagarbeidere, og vi trenger en kompetansereform som virker."),
         ("h1", "Rekordmange lærlinger i 2018"),
         ("p", "Ifølge Utdanningsdirektoratet fikk 77 prosent av søkerne læreplass. NHO-bedrifter tok inn 9 300 nye lærlinger."),
         ("h1", "Slik følger NHO opp kompetansestrategien"),
         ("p", "NHO rapporterer hvert år til Kompetansepolitisk råd. Her er årets bidrag:")]
    dp = []
    for m in ms:
        dp.append(codes(m["delmal"], pre="delmål ", last=" og "))
        B.append(("run", m["title"] + " – ", "%s (%s; %s, %s. %s. Partnere: %s.)" % (m["description"], m["tword"], dp[-1], m["responsible"], m["period"] or "løpende", pj(m["partners"]))))
    B += [("h1", "Kalender"), ("bul", ["15. november: Arbeidsgiverkonferansen, Oslo", "4. desember: Webinar om lærlingtilskudd", "17. januar: NHOs årskonferanse"]),
          ("box", ["Spørsmål? Kontakt fagsjef kompetanse Ola Hansen, ola.hansen@nho.no", "Meld deg av nyhetsbrevet på nho.no"]),
          ("h1", "Kort nytt"), ("p", "NHO Mat og drikke lanserer ny kampanje for rekruttering til næringsmiddelfag. Kampanjen inngår ikke i NKPS-rapporteringen.")]
    shown = ALL
    # period None → printed 'løpende' ; keep as printed
    for m in ms:
        if m["period"] is None: m["period"] = "løpende"
    return B, "NHO Kompetansebrevet 4/2018", "nho.no", shown, dp

def nho_board(d):
    ms = d["measures"]
    B = [("title", "Styremøte i NHO"), ("p", "Sakspapirer – møte 14. november 2023, kl. 09.00–13.00, Middelthuns gate 27"),
         ("h2", "Til stede"), ("p", "Styreleder, adm. dir., 11 styremedlemmer. Forfall: 2."),
         ("h1", "Sak 10/2023 Godkjenning av innkalling og dagsorden"), ("p", "Vedtak: Innkalling og dagsorden godkjennes."),
         ("h1", "Sak 11/2023 Økonomirapport per 3. kvartal"),
         ("table", [["", "Budsjett 2023", "Regnskap per Q3", "Prognose"], ["Inntekter", "612,0", "455,1", "608,4"], ["Kostnader", "598,5", "431,2", "600,0"], ["Resultat", "13,5", "23,9", "8,4"]], True),
         ("p", "Vedtak: Styret tar rapporten til orientering."),
         ("h1", "Sak 12/2023 Oppfølging av kompetansestrategien – rapport til Kompetansepolitisk råd"),
         ("p", "Administrasjonen legger fram årets rapport. Tiltakene er:")]
    dp = []; items = []
    for m in ms:
        dp.append(slash(m["delmal"]))
        items.append((m["title"], ": %s Delmål %s. %s. Ansvar: %s; med %s. Periode %s." % (m["description"], dp[-1], m["tword"], m["responsible"], pj(m["partners"]), m["period"])))
    B.append(("bul", items))
    B += [("p", "Vedtak: Styret slutter seg til rapporten."),
          ("h1", "Sak 13/2023 Strategi for NHO 2024–2027"),
          ("p", "Forslag til egne strategiske tiltak: 1) Styrke medlemsservice digitalt. 2) Etablere NHO Kompetanseportal for medlemmer. 3) Økt synlighet i regionene. Dette er NHOs interne strategi og er ikke rapportering til NKPS."),
          ("h1", "Sak 14/2023 Eventuelt"), ("p", "Neste møte: 12. desember 2023.")]
    return B, "NHO – Styresaker 2023 – Fortrolig", "Sak 10–14/2023", ALL, dp

def ks_hoering(d):
    ms = d["measures"]
    B = [("p", "Kunnskapsdepartementet\nPostboks 8119 Dep\n0032 OSLO"), ("p", "Vår ref.: 20/00412-3    Dato: 15.05.2020"),
         ("title", "Høringssvar – Meld. St. 14 (2019–2020) Kompetansereformen – Lære hele livet"),
         ("p", "KS viser til høringsbrev av 3. mars 2020 og gir med dette sitt høringssvar. KS' hovedstyre behandlet saken 7. mai 2020."),
         ("h1", "1. Innledning"), ("p", "KS representerer alle landets 356 kommuner og 11 fylkeskommuner. Kommunesektoren sysselsetter om lag 500 000 personer."),
         ("h1", "2. KS' hovedsynspunkter"),
         ("p", "2.1 KS støtter målet om at ingen skal gå ut på dato. 2.2 KS mener fylkeskommunene må få et tydelig ansvar. 2.3 KS ber om at finansieringen av livslang læring utredes nærmere."),
         ("h1", "3. Merknader til de enkelte kapitlene"), ("p", "3.1 Til kapittel 4: KS mener tilskuddsordningen for bransjeprogram bør omfatte kommunal sektor. 3.2 Til kapittel 7: Karriereveiledning må være gratis for voksne."),
         ("h1", "4. KS' egne tiltak i oppfølgingen av Nasjonal kompetansepolitisk strategi"),
         ("p", "Som medlem av Kompetansepolitisk råd har KS disse tiltakene i 2020:")]
    dp = []
    for i, m in enumerate(ms):
        dp.append(codes(m["delmal"], pre="delmål "))
        B.append(("p", "4.%d %s. %s KS er ansvarlig%s. Type: %s. Tidsrom: %s. Knyttet til %s." % (
            i + 1, m["title"], m["description"], (" sammen med " + pj(m["partners"])) if m["partners"] else "", m["tword"], m["period"] or "løpende", dp[-1])))
        if m["period"] is None: m["period"] = "løpende"
    B += [("h1", "5. Avslutning"), ("p", "KS ser fram til videre dialog. Med hilsen"), ("p", "Gunn Marit Helgesen, styreleder          Per Kristian Sundnes, direktør"),
          ("p", "Kopi: Arbeids- og sosialdepartementet")]
    for m in ms: m["responsible"] = "KS"
    return B, None, "KS – Kommunesektorens organisasjon", ALL, dp

def ks_annual(d):
    ms = d["measures"]
    B = [("title", "KS årsrapport 2021"), ("h1", "Nøkkeltall"),
         ("table", [["Nøkkeltall", "2020", "2021"], ["Medlemmer (kommuner og fylkeskommuner)", "367", "367"], ["Ansatte i KS", "265", "271"], ["Kurs i KS Læring", "1 240", "1 508"], ["Deltakere på KS-konferanser", "12 300", "14 750"]], True),
         ("h1", "Arbeidsgiverpolitikk"), ("p", "Hovedoppgjøret 2021 ga en ramme på 2,7 prosent. KS gjennomførte 44 regionale møter med medlemmene."),
         ("h1", "Kompetanse og rekruttering"),
         ("p", "Tiltak i kompetansestrategien (rapport til Kompetansepolitisk råd):")]
    dp = []
    for m in ms:
        dp.append(codes(m["delmal"], sep=" og ", last=" og "))
        B.append(("h3", m["title"]))
        B.append(("table", [["Felt", "Innhold"], ["Delmål", dp[-1]], ["Type tiltak", m["tword"]], ["Ansvarlig", m["responsible"]], ["Samarbeidspartnere", pj(m["partners"])], ["Beskrivelse", m["description"]]], True))
    B += [("h1", "Andre satsinger"), ("run", "Saman om ein betre kommune. ", "Program for bedre arbeidsmiljø og lavere sykefravær (ikke NKPS)."),
          ("run", "KS Agenda. ", "Foredrags- og møteserie på Arendalsuka."), ("h1", "Regnskap 2021"), ("p", "Driftsinntekter 1 012 mill. kr. Resultat 31,4 mill. kr.")]
    return B, "KS Årsrapport 2021", None, ALL - {"period"}, dp

def spekter_minutes(d):
    ms = d["measures"]
    B = [("title", "Referat fra styremøter i Spekter 2018"), ("p", "Samlet referat for styremøtene 8. februar, 19. april, 14. juni og 20. september 2018."),
         ("h1", "Møte 8. februar 2018"),
         ("p", "Sak 1/2018 Godkjenning av referat fra 7. desember 2017. Godkjent."),
         ("p", "Sak 2/2018 Årsregnskap 2017. Styret vedtok regnskapet med et overskudd på 4,1 mill. kr."),
         ("p", "Sak 3/2018 Rapportering til Nasjonal kompetansepolitisk strategi. Administrasjonen redegjorde for disse tiltakene (rapporteres til Kompetanse Norge innen 1. mars):")]
    dp = []; items = []
    for i, m in enumerate(ms):
        dp.append("tiltak nr. " + old(m["delmal"]))
        items.append("%d) %s – %s Ansvarlig: %s%s. Periode: %s. Form: %s. Relasjon til NKPS %s." % (i + 1, m["title"], m["description"], m["responsible"], (", med " + pj(m["partners"])) if m["partners"] else "", m["period"], m["tword"], dp[-1]))
    B.append(("num", items))
    B += [("p", "Vedtak: Styret tar saken til orientering."),
          ("h1", "Møte 19. april 2018"), ("p", "Sak 8/2018 Mellomoppgjøret i helseforetakene. Sak 9/2018 Spekters deltakelse på Arbeidsgiverkonferansen – styret deltok (ikke eget tiltak)."),
          ("h1", "Møte 14. juni 2018"), ("p", "Sak 14/2018 Budsjettrevisjon. Sak 15/2018 Valg av revisor."),
          ("h1", "Møte 20. september 2018"), ("p", "Sak 21/2018 Strategi 2019–2021 for Spekter: egne mål om digital medlemsportal og økt synlighet. Ikke en del av NKPS-rapporteringen."),
          ("p", "Referent: Nina Holm")]
    return B, "Spekter – styrereferater 2018", None, ALL, dp

def ys_annual(d):
    ms = d["measures"]
    B = [("title", "YS årsmelding 2018"), ("p", "Yrkesorganisasjonenes Sentralforbund"), ("h1", "1. Organisasjonen"),
         ("p", "YS hadde 228 000 medlemmer i 13 forbund ved utgangen av 2018."),
         ("table", [["Forbund", "Medlemmer"], ["Delta", "80 240"], ["Parat", "37 115"], ["Negotia", "15 880"], ["Andre", "94 765"]], True),
         ("h1", "2. Møter og representasjon"), ("bul", ["Kompetansepolitisk råd: 3 møter", "Arbeidslivs- og pensjonspolitisk råd: 4 møter", "Nordens Fackliga Samorganisation: 2 møter"]),
         ("h1", "3. Kompetanse"), ("p", "YS rapporterer følgende tiltak i oppfølgingen av kompetansestrategien:")]
    dp = []
    for m in ms:
        dp.append(words(m["delmal"]))
        B.append(("h2", m["title"]))
        B.append(("p", "Mål i strategien: %s. %s: %s Ansvar: %s%s. %s." % (dp[-1], m["tword"], m["description"], m["responsible"], (" i samarbeid med " + pj(m["partners"])) if m["partners"] else "", m["period"] or "Løpende")))
        if m["period"] is None: m["period"] = "Løpende"
    B += [("h1", "4. Økonomi"), ("p", "YS' resultat for 2018 var 6,3 mill. kr."), ("p", "Oslo, februar 2019. Erik Kollerud, leder")]
    return B, None, "YS årsmelding 2018", ALL, dp

def ys_annual2(d):
    ms = d["measures"]
    B = [("title", "Årsmelding 2020"), ("p", "YS – et år preget av pandemien"), ("h1", "Innledning"),
         ("p", "2020 ble et annerledes år. Mange av våre medlemmer ble permittert. YS deltok i 41 møter med regjeringen om krisetiltak."),
         ("h1", "Kompetansepolitisk råd"), ("p", "YS har rapportert disse tiltakene for 2020:")]
    rows = [["Nr.", "Navn på tiltak", "Relasjon til delmål", "Type", "Ansvarlig", "Samarbeidspartnere", "Tidspunkt"]]
    dp = []
    for i, m in enumerate(ms):
        dp.append(codes(m["delmal"], pre="delmål "))
        rows.append([str(i + 1), m["title"], dp[-1], m["tword"], m["responsible"], pj(m["partners"]), m["period"]])
    B.append(("table", rows, True))
    B += [("h1", "Andre saker i 2020"), ("bul", ["Krisepakker for permitterte", "Pensjon fra første krone", "YS Arbeidslivsbarometer ble lansert i Arendal (digitalt)"]),
          ("h1", "Statistikk"), ("table", [["", "2019", "2020"], ["Medlemmer", "226 400", "231 050"], ["Kursdeltakere", "5 400", "3 120"]], True)]
    return B, "YS", "Årsmelding 2020 – side", ALL - {"description"}, dp

def unio_numbered(d):
    ms = d["measures"]
    B = [("title", "Beretning for kongressperioden 2016–2019"), ("p", "Unio – hovedorganisasjon for universitetsutdannede"),
         ("p", "1 Unio ble stiftet i 2001 og har i dag 12 medlemsforbund med til sammen 367 000 medlemmer."),
         ("p", "2 I perioden har Unio hatt 38 styremøter og 4 møter i representantskapet."),
         ("p", "3 Unios økonomi er god. Egenkapitalen utgjorde 41,2 mill. kr ved utgangen av 2018."),
         ("h1", "Kompetansepolitikk og NKPS"),
         ("p", "4 Unio har deltatt i Kompetansepolitisk råd. Følgende tiltak er rapportert for 2019:")]
    dp = []
    for i, m in enumerate(ms):
        dp.append(codes(m["delmal"]))
        B.append(("p", "%d %s. %s Delmål: %s. Type: %s. Ansvarlig: %s%s. %s." % (5 + i, m["title"], m["description"], dp[-1], m["tword"], m["responsible"], ("; partnere: " + pj(m["partners"])) if m["partners"] else "", m["period"] or "Løpende")))
        if m["period"] is None: m["period"] = "Løpende"
    n = 5 + len(ms)
    B += [("h1", "Lønn og tariff"), ("p", "%d Unio forhandlet i staten og i KS-området. Resultatet i 2019 ble 3,2 prosent." % n),
          ("p", "%d Unio arrangerte Unio-konferansen 2019 om profesjonsetikk (ikke rapportert som NKPS-tiltak)." % (n + 1)),
          ("h1", "Vedlegg: Deltakelse i råd og utvalg"), ("table", [["Organ", "Unio-representant"], ["Kompetansepolitisk råd", "Ragnhild Lied"], ["Arbeidslivs- og pressepolitisk råd", "Steffen Handal"], ["SRY", "Unio-sekretariatet"]], True)]
    return B, "Unio", None, ALL, dp

def akad_news(d):
    ms = d["measures"]
    for m in ms: m["description"] = m["description"].rstrip(".")
    B = [("title", "Akademikerne informerer – desember 2021"), ("i", "Nyhetsbrev til medlemsforeningene"),
         ("h1", "Statsbudsjettet 2022"), ("p", "Akademikerne er fornøyd med økte bevilgninger til forskning, men skuffet over kuttet i studieplasser."),
         ("h1", "Lønnsoppgjøret"), ("p", "Det lokale oppgjøret i staten er avsluttet. 87 prosent av midlene ble fordelt lokalt."),
         ("h1", "Vår rapport til Kompetansepolitisk råd"),
         ("p", "Akademikerne har sendt inn sin årlige rapport om oppfølgingen av kompetansestrategien. Kort fortalt:")]
    dp = []
    for m in ms:
        dp.append(codes(m["delmal"], pre="delmål ", sep="/", last="/") if len(m["delmal"]) > 1 else "delmål " + m["delmal"][0])
        B.append(("run", m["title"] + ". ", "%s (%s, %s). %s%s." % (m["description"], dp[-1], m["tword"], m["responsible"], (" med " + pj(m["partners"])) if m["partners"] else "")))
    B += [("h1", "Arrangementer vi deltok på"), ("bul", ["Forskningsrådets årskonferanse", "NHOs årskonferanse (observatør)", "Kompetanse Norges konferanse om livslang læring"]),
          ("box", ["Akademikerne, Fritzners gate 3, Oslo. Redaktør: Lise Berg. Ansvarlig for kompetansepolitikk: Hans Moe"])]
    return B, "Akademikerne informerer", None, ALL - {"period"}, dp

def vofo_annual(d):
    ms = d["measures"]
    B = [("title", "VOFO – Årsmelding 2017"), ("p", "Voksenopplæringsforbundet"), ("h1", "Styret"),
         ("p", "Styret har i 2017 hatt 7 møter og behandlet 62 saker. Styreleder: Ellen Stokland."),
         ("h1", "Studieforbundenes aktivitet"),
         ("table", [["Studieforbund", "Kurs", "Deltakere", "Timer"], ["AOF", "3 210", "31 004", "98 220"], ["Folkeuniversitetet", "6 112", "58 210", "201 445"], ["Studieforbundet kultur og tradisjon", "14 330", "140 882", "455 102"], ["Sum alle", "44 818", "489 300", "1 603 900"]], True),
         ("h1", "Oppfølging av kompetansestrategien"),
         ("p", "VOFO er medlem av Kompetansepolitisk råd. Relasjon angis med tiltaksnummer i strategien.")]
    dp = []
    for m in ms:
        dp.append("Tiltak nr. " + old(m["delmal"]))
        B.append(("table", [["Tiltak", m["title"]], ["Relasjon til strategien", dp[-1]], ["Type", m["tword"]], ["Ansvarlig og samarbeidspartnere", m["responsible"] + " – " + pj(m["partners"])], ["Tidspunkt og varighet", m["period"]], ["Beskrivelse", m["description"]]], False))
    B += [("h1", "Økonomi"), ("p", "Statstilskudd til studieforbund 2017: 199 mill. kr. VOFOs driftsresultat: 0,4 mill. kr."),
          ("h1", "Høringer"), ("bul", ["Høring om ny lov om voksenopplæring", "Høring om Kompetansepluss-forskriften"])]
    return B, "VOFO Årsmelding 2017", None, ALL, dp

def vofo_annual2(d):
    ms = d["measures"]
    B = [("title", "Årsmelding 2019"), ("p", "Voksenopplæringsforbundet (VOFO)"), ("h1", "Nøkkeltall"),
         ("table", [["", "2018", "2019"], ["Kursdeltakere", "502 300", "517 800"], ["Studietimer", "1 640 000", "1 702 000"], ["Statstilskudd (mill. kr)", "199", "213"]], True),
         ("h1", "Kompetansepolitisk råd – rapport for 2019"), ("p", "Rapporterte tiltak:")]
    dp = []
    rows = [["Tiltak", "Delmål", "Type", "Samarbeid", "Når"]]
    for m in ms:
        dp.append(codes(m["delmal"], sep=" og "))
        rows.append([m["title"], dp[-1], m["tword"], pj(m["partners"]), m["period"]])
    B.append(("table", rows, True, [0.3, 0.1, 0.2, 0.26, 0.14]))
    B += [("p", "Ansvarlig for alle tiltak er VOFO."), ("h1", "Andre prosjekter"),
          ("run", "Erasmus+ Basic Skills Network. ", "Europeisk nettverk; ikke rapportert til strategien."), ("h1", "Møter"),
          ("bul", ["Møte med statsråden 12. mars", "Studieforbundsdagen 23. mai", "Landsmøtet 2019 med 78 delegater"])]
    for m in ms: m["responsible"] = "VOFO"
    return B, None, "VOFO 2019", ALL - {"description"}, dp

def kd_prop(d):
    ms = d["measures"]
    B = [("title", "Rapport om Regjeringens oppfølging av Nasjonal kompetansepolitisk strategi 2018"), ("p", "Utarbeidet av Kunnskapsdepartementet på vegne av departementene"),
         ("h1", "Del I Bakgrunn"), ("p", "Strategien ble lansert 2. februar 2017. Den omfatter 16 delmål under tre hovedinnsatsområder."),
         ("h1", "Del II Budsjett"),
         ("table", [["Kap./post", "Betegnelse", "Saldert 2018 (1000 kr)"], ["257/21", "Program for basiskompetanse i arbeidslivet", "203 540"], ["258/21", "Analyse og kunnskapsgrunnlag", "27 380"], ["256/01", "Kompetanse Norge, driftsutgifter", "178 950"]], True),
         ("h1", "Del III Tiltak"), ("p", "Tiltakene er ordnet etter hovedinnsatsområde.")]
    dp = []
    for m in ms:
        dp.append(codes(m["delmal"], pre="Delmål "))
        B.append(("h2", m["title"]))
        B.append(("p", "%s. Type tiltak: %s. Ansvarlig: %s. Samarbeidspartnere: %s. Tidsrom: %s." % (dp[-1], m["tword"], m["responsible"], pj(m["partners"]), m["period"])))
        B.append(("p", m["description"]))
    B += [("h1", "Del IV Andre relevante tiltak (ikke rapportert)"),
          ("p", "Lærerløftet og Kompetanse for kvalitet er videreført, men omfattes av andre strategier. Regjeringen arrangerte også et innspillsmøte om Meld. St. 21 med 120 deltakere.")]
    return B, "Kunnskapsdepartementet – NKPS 2018", None, ALL, dp

def kd_table(d):
    ms = d["measures"]
    B = [("title", "Regjeringens rapportering 2020"), ("p", "Til: Kompetansepolitisk råd, møte 2/2020"), ("h1", "Oppsummering"),
         ("p", "Regjeringen rapporterer 7 tiltak for 2020. Koronapandemien har påvirket gjennomføringen."),
         ("table", [["Område", "Antall tiltak 2019", "Antall tiltak 2020"], ["1 Gode valg", "9", "2"], ["2 Læring i arbeidslivet", "14", "4"], ["3 Svak tilknytning", "6", "3"]], True),
         ("h1", "Tiltak")]
    rows = [["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Tidspunkt", "Beskrivelse"]]
    dp = []
    for m in ms:
        dp.append(codes(m["delmal"], sep=", ", last=", "))
        rows.append([dp[-1], m["title"], m["tword"], m["responsible"], pj(m["partners"]), m["period"], m["description"]])
    B.append(("table", rows, True))
    B += [("h1", "Krisetiltak under pandemien (ikke NKPS)"), ("bul", ["Utvidet dagpengeperiode", "Midler til studieplasser, 4 000 nye plasser", "Kompensasjonsordningen for bedrifter"])]
    return B, "Regjeringen", "Side", ALL, dp

def hkdir_annual(d):
    ms = d["measures"]
    B = [("title", "Årsrapport 2022 – utdrag"), ("p", "Direktoratet for høyere utdanning og kompetanse (HK-dir)"),
         ("h1", "I Leders beretning"), ("p", "2022 var HK-dirs første hele driftsår. Vi hadde 760 ansatte ved fire kontorer."),
         ("h1", "II Introduksjon til virksomheten"), ("table", [["Nøkkeltall", "2021", "2022"], ["Årsverk", "684", "742"], ["Samlet tildeling (mill. kr)", "4 312", "4 905"], ["Lønnsandel", "14 %", "15 %"]], True),
         ("h1", "III Aktiviteter og resultater"),
         ("p", "Under NKPS rapporterer HK-dir disse tiltakene til Kompetansepolitisk råd (merket «NKPS» i virksomhetsplanen):")]
    dp = []
    for m in ms:
        dp.append(codes(m["delmal"], sep="/", last="/"))
        B.append(("run", "[NKPS %s] %s" % (dp[-1], m["title"]), " — %s. %s Samarbeid: %s. %s." % (m["tword"], m["description"], pj(m["partners"]) or "ingen", m["period"])))
    B += [("p", "Andre aktiviteter (ikke NKPS): Studiebarometeret, Diku-programmene, Erasmus+, Samordna opptak og godkjenning av utenlandsk høyere utdanning for enkeltpersoner."),
          ("h1", "IV Styring og kontroll"), ("p", "Riksrevisjonen hadde ingen merknader."), ("h1", "V Årsregnskap"), ("p", "Se vedlegg.")]
    for m in ms: m["responsible"] = None
    return B, "HK-dir Årsrapport 2022", None, ALL - {"responsible"}, dp

def nav_letter(d, year=2019, intro_extra=""):
    ms = d["measures"]
    B = [("p", "Arbeids- og velferdsdirektoratet"), ("p", "Kompetanse Norge\nv/ sekretariatet for Kompetansepolitisk råd"),
         ("p", "Dato: 28.02.%d   Vår referanse: %d/1184" % (year + 1 if year == 2019 else year, year)),
         ("title", "NAVs rapportering for %d – Nasjonal kompetansepolitisk strategi" % year),
         ("p", "Vi viser til brev om rapportering. NAV har i %d fulgt opp strategien blant annet gjennom tiltakene nedenfor. %s" % (year, intro_extra)),
         ("h1", "Statistikk"),
         ("table", [["Tiltak (alle, ikke bare NKPS)", "Deltakere"], ["Arbeidsmarkedsopplæring (AMO)", "18 200"], ["Opplæring i ordinær utdanning", "9 400"], ["Arbeidstrening", "22 100"], ["Lønnstilskudd", "14 800"]], True),
         ("h1", "Tiltak i strategien")]
    dp = []
    for i, m in enumerate(ms):
        dp.append(codes(m["delmal"], sep=" og ", last=" og "))
        B.append(("p", "%s) %s" % ("abcdefgh"[i], m["title"])))
        B.append(("p", "Delmål %s – %s – %s i samarbeid med %s – %s. %s" % (dp[-1], m["tword"], m["responsible"], pj(m["partners"]) if m["partners"] else "ingen", m["period"], m["description"])))
    B += [("p", "NAV deltok også på Arendalsuka og i Kompetansepolitisk råds møter (4 møter)."),
          ("p", "Med vennlig hilsen"), ("p", "Hans Christian Holte, arbeids- og velferdsdirektør"), ("p", "Dokumentet er elektronisk godkjent.")]
    return B, None, "Arbeids- og velferdsdirektoratet – Postadresse: Postboks 5 St. Olavs plass, 0130 Oslo", ALL, dp

def nav_letter2(d):
    B, h, f, s, dp = nav_letter(d, 2025, "Flere tiltak er videreført fra tidligere år.")
    return B, "NAV", f, s, dp

def vl_saksframlegg(d):
    ms = d["measures"]
    B = [("p", "VESTLAND FYLKESKOMMUNE"), ("title", "Saksframlegg"), ("table", [["Saksnr.", "Utval", "Møtedato"], ["PS 41/2021", "Utval for opplæring og kompetanse", "07.12.2021"], ["PS 88/2021", "Fylkestinget", "14.12.2021"]], True),
         ("h1", "Rapportering til Nasjonal kompetansepolitisk strategi 2021"),
         ("h2", "Forslag til vedtak"), ("p", "Utval for opplæring og kompetanse tek rapporten til orientering."),
         ("h2", "Samandrag"), ("p", "Vestland fylkeskommune er med i Kompetansepolitisk råd. Saka gjer greie for tiltaka fylkeskommunen rapporterer for 2021. Fylkesdirektøren har i tillegg gjennomført 14 dialogmøte med kommunane; desse er ikkje eigne tiltak."),
         ("h2", "Økonomi"), ("p", "Tiltaka er finansierte innanfor eksisterande budsjett, kap. 520 kompetanse, 38,4 mill. kr."),
         ("h2", "Tiltaka")]
    dp = []
    for m in ms:
        dp.append(codes(m["delmal"], pre="delmål "))
        B.append(("run", m["title"] + " (" + dp[-1] + "). ", "%s Type: %s. Ansvarleg: %s%s. Periode: %s." % (m["description"], m["tword"], m["responsible"], ("; partnarar: " + pj(m["partners"])) if m["partners"] else "", m["period"])))
    B += [("h2", "Fylkesdirektøren si vurdering"), ("p", "Fylkesdirektøren meiner arbeidet er godt i gang, men at meir må gjerast for å nå vaksne utan fullført vidaregåande opplæring."),
          ("p", "Bergen, 22.11.2021   Mette Ingvaldsen, fylkesdirektør opplæring og kompetanse"), ("p", "Vedlegg: 1 Statistikk for vaksenopplæring 2021")]
    return B, "Vestland fylkeskommune", "Saksframlegg PS 41/2021", ALL, dp

def vl_rapport(d):
    ms = d["measures"]
    B = [("title", "Rapport 2023: Kompetansepolitikk i Vestland"), ("i", "Oppfølging av Nasjonal kompetansepolitisk strategi og regional plan"),
         ("h1", "1 Innleiing"), ("p", "Rapporten samlar arbeidet med kompetanse i fylket. Berre tiltak merkte «rapportert» er melde inn til Kompetansepolitisk råd."),
         ("h1", "2 Nøkkeltal"), ("table", [["Indikator", "2022", "2023"], ["Vaksne i vidaregåande opplæring", "3 110", "3 480"], ["Praksiskandidatar", "1 204", "1 330"], ["Lærlingar", "5 920", "6 040"]], True),
         ("h1", "3 Tiltak (rapportert)")]
    rows = [["Tiltak", "Delmål", "Type tiltak", "Samarbeidspartnarar", "Tid", "Kommentar"]]
    dp = []
    for m in ms:
        dp.append(codes(m["delmal"], sep=" / ", last=" / "))
        rows.append([m["title"], dp[-1], m["tword"], pj(m["partners"]), m["period"], m["description"]])
    B.append(("table", rows, True, [0.22, 0.08, 0.15, 0.19, 0.15, 0.21]))
    B += [("p", "Ansvarleg for alle tiltaka: Vestland fylkeskommune."), ("h1", "4 Andre tiltak (ikkje rapportert)"),
          ("bul", ["Nattbuss for lærlingar i Sogn", "Yrkesmessa i Bergen (fylkeskommunen deltok)", "Tannhelseprosjekt for vaksne innvandrarar"]),
          ("h1", "5 Møte i partnarskapet"), ("table", [["Dato", "Stad", "Tema"], ["12.01.2023", "Førde", "Kunnskapsgrunnlag"], ["20.04.2023", "Bergen", "Bransjeprogram"], ["15.09.2023", "Odda", "Industri"]], True)]
    for m in ms: m["responsible"] = "Vestland fylkeskommune"
    return B, None, "Vestland fylkeskommune – rapport 2023", ALL, dp

def mr_strategy(d):
    ms = d["measures"]
    B = [("title", "Kompetansestrategi for Møre og Romsdal 2018–2020"), ("p", "Handlingsprogram og rapport til Kompetansepolitisk råd"),
         ("h1", "1 Visjon og mål"), ("p", "Visjon: Møre og Romsdal – eit lærande fylke. Mål 1: Fleire fullfører vidaregåande opplæring. Mål 2: Næringslivet får tilgang på rett kompetanse."),
         ("h1", "2 Våre eigne strategiske tiltak"),
         ("p", "Tiltak A: Etablere ei eiga heimeside for kompetanse. Tiltak B: Utvide skyssordninga for lærlingar. Tiltak C: Årleg kompetansepris. Desse tiltaka er fylkets eigne og vert ikkje rapporterte til den nasjonale strategien."),
         ("h1", "3 Budsjett"), ("table", [["Tiltak", "2018", "2019", "2020"], ["Tiltak A", "0,3", "0,2", "0,2"], ["Tiltak B", "1,5", "1,6", "1,7"], ["Tiltak C", "0,1", "0,1", "0,1"]], True),
         ("h1", "4 Tiltak rapporterte til Nasjonal kompetansepolitisk strategi"),
         ("p", "Delmåla er oppgitt med orda frå strategien.")]
    dp = []
    for m in ms:
        dp.append(words(m["delmal"]))
        B.append(("table", [["Namn på tiltak", m["title"]], ["Delmål", dp[-1]], ["Type", m["tword"]], ["Ansvarleg", m["responsible"]], ["Samarbeidspartnarar", pj(m["partners"]) or "–"], ["Tid", m["period"]], ["Skildring", m["description"]]], False, [0.3, 0.7]))
    B += [("h1", "5 Kontakt"), ("box", ["Kontaktperson: Ingrid Vik, rådgjevar, tlf. 71 28 00 00", "Møre og Romsdal fylkeskommune, Fylkeshuset, Molde"])]
    return B, "Møre og Romsdal fylkeskommune", None, ALL, dp

def tr_minutes(d):
    ms = d["measures"]
    B = [("title", "Møteprotokoll"), ("p", "Utvalg: Hovedutvalg for utdanning. Møtested: Fylkets hus, Steinkjer. Dato: 18.02.2024."),
         ("h2", "Til stede"), ("table", [["Navn", "Funksjon", "Parti"], ["Ida Stuberg", "Leder", "Sp"], ["Tomas Iver Hallem", "Nestleder", "Ap"], ["Tore O. Sandvik", "Medlem", "Ap"]], True),
         ("h1", "Sak 5/2024 Referatsaker"), ("p", "Ingen merknader."),
         ("h1", "Sak 6/2024 Skolebruksplan – høring"), ("p", "Vedtak: Saken sendes på høring med 8 mot 3 stemmer."),
         ("h1", "Sak 7/2024 Trøndelag fylkeskommunes rapport til Nasjonal kompetansepolitisk strategi 2024"),
         ("p", "Saksopplysninger: Fylkeskommunen rapporterer disse tiltakene:")]
    dp = []; items = []
    for m in ms:
        dp.append(codes(m["delmal"], pre="delmål "))
        items.append((m["title"], " – %s (%s). %s Samarbeid: %s. %s." % (m["tword"], dp[-1], m["description"], pj(m["partners"]) if m["partners"] else "ingen", m["period"])))
    B.append(("bul", items))
    B += [("p", "Ansvarlig: Trøndelag fylkeskommune for alle tiltak."), ("p", "Vedtak: Hovedutvalget tar rapporten til orientering. Enstemmig."),
          ("h1", "Sak 8/2024 Budsjettjustering"), ("p", "Tilleggsbevilgning på 2,4 mill. kr til skoleskyss. Vedtatt."),
          ("h1", "Sak 9/2024 Eventuelt"), ("p", "Orientering om deltakelse på Kompetansekonferansen i Oslo (ikke eget tiltak)."), ("p", "Protokollen godkjent elektronisk.")]
    for m in ms: m["responsible"] = "Trøndelag fylkeskommune"
    return B, "Trøndelag fylkeskommune – Møteprotokoll", None, ALL, dp

def virke_strategy(d):
    ms = d["measures"]
    B = [("title", "Virkes kompetansestrategi 2026–2029"), ("p", "Vedtatt av Virkes hovedstyre 4. februar 2026"),
         ("h1", "1 Hvorfor en egen strategi?"), ("p", "Handel og tjenester står for en tredjedel av sysselsettingen. Virke vil at medlemmene skal lykkes med omstilling."),
         ("h1", "2 Mål og tiltak"),
         ("h2", "Mål 1: Alle medlemmer skal ha en kompetanseplan"), ("bul", ["Tiltak 1.1: Maler for kompetanseplaner på virke.no", "Tiltak 1.2: Gratis rådgivning for små virksomheter"]),
         ("h2", "Mål 2: Flere fagbrev i handel"), ("bul", ["Tiltak 2.1: Kampanje «Fagbrev i butikk»", "Tiltak 2.2: Samarbeid med opplæringskontorene"]),
         ("h2", "Mål 3: Digital kompetanse"), ("bul", ["Tiltak 3.1: Virke Digital Akademi", "Tiltak 3.3: Årlig Digitaliseringsdag"]),
         ("p", "Tiltakene over er Virkes egne og er ikke rapportert til Nasjonal kompetansepolitisk strategi; nummereringen følger ikke strategiens delmål."),
         ("h1", "3 Budsjett"), ("table", [["Område", "2026", "2027"], ["Rådgivning", "2,1 mill.", "2,3 mill."], ["Kampanjer", "0,8 mill.", "0,8 mill."]], True),
         ("br",), ("h1", "Vedlegg: Virkes rapport til Kompetansepolitisk råd 2026")]
    rows = [["Tiltak", "Delmål NKPS", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Periode", "Beskrivelse"]]
    dp = []
    for m in ms:
        dp.append(codes(m["delmal"], pre="delmål ", sep=" og ", last=" og "))
        rows.append([m["title"], dp[-1], m["tword"], m["responsible"], pj(m["partners"]), m["period"] or "", m["description"]])
    B.append(("table", rows, True))
    return B, "Virke", "Kompetansestrategi 2026–2029", ALL, dp
