"""Reports for 2022-2025."""
from .rows import R

AID22 = dict(
    key="AID22", file="AID_rapportering_kompetansepolitikk_2022.pdf",
    reporter="Arbeids- og inkluderingsdepartementet (AID)", year=2022, template="aid22_long_label_forms",
    via="docx",
    rows=[
        R("T01", "Kompetansebehovsutvalget (KBU)", ["1.1"], "R", "KD",
          ["AID", "KDD", "NFD", "FIN", "partene i arbeidslivet"], "2017–2026",
          "AID deltar i KBU sammen med de andre departementene. Utvalget har fått nytt mandat og skal blant "
          "annet se nærmere på kompetansebehovene i ulike regioner.", dmp="Delmål 1.1"),
        R("T21", "Overføring av ansvaret for bedriftsintern opplæring til fylkeskommunene", ["1.2"], "R", "AID",
          ["KDD", "fylkeskommunene", "Arbeids- og velferdsdirektoratet"], "Fra 2020",
          "Ansvaret for BIO ble lagt til fylkeskommunene fra 2020 som del av regionreformen. Departementet "
          "følger opp erfaringene med ordningen i dialog med fylkeskommunene.", dmp="Delmål 1.2"),
        R("T02", "Treparts bransjeprogram", ["2.1", "2.4"], "K", "KD",
          ["AID", "HK-dir", "partene i de aktuelle bransjene"], "2018–",
          "AID deltar i styringen av programmene sammen med KD. Programmene er rettet mot ansatte, "
          "permitterte og ledige, og deltakelse skal kunne kombineres med mottak av dagpenger.",
          dmp="Delmål 2.1 og 2.4"),
        R("T54", "Godkjenning av utenlandsk fagskoleutdanning", ["2.6"], "K", "KD/NOKUT", ["NOKUT"], "Fra 2019",
          "NOKUT godkjenner utenlandsk fagskoleutdanning som tilsvarer norsk fagskoleutdanning. Ordningen er "
          "viktig for at innvandrere skal få brukt kompetansen sin.", dmp="Delmål 2.6"),
        R("T55", "Godkjenning av utenlandsk fag- og yrkesopplæring", ["2.6"], "K", "KD/NOKUT",
          ["Udir", "fylkeskommunene"], "Under utvikling",
          "Det arbeides med en ordning der personer med fag- og yrkesopplæring fra utlandet kan få vurdert om "
          "utdanningen tilsvarer et norsk fag- eller svennebrev.", dmp="Delmål 2.6"),
        R("T56", "Tilskudd til kompletterende utdanning", ["2.6"], "K", "HK-dir", ["universiteter og høyskoler"],
          "Løpende",
          "Tilskuddsordningen finansierer kompletterende utdanningstilbud ved universiteter og høyskoler for "
          "personer med høyere utdanning fra utlandet, blant annet innen helsefag, ingeniørfag og lærerutdanning.",
          dmp="Delmål 2.6"),
        R("T35", "Endringer i tiltaksforskriften om opplæring", ["3.3", "3.5"], "K", "AID",
          ["Arbeids- og velferdsdirektoratet"], "2021–2022",
          "Tiltakene arbeidsmarkedsopplæring, fag- og yrkesopplæring og høyere utdanning er slått sammen til ett "
          "opplæringstiltak. Det gir mer fleksibel bruk av opplæring og adgang til fag- og yrkesopplæring i "
          "inntil tre år.", dmp="Delmål 3.3 og 3.5"),
        R("T33", "Jobbsjansen", ["3.4"], "K", "AID/IMDi", ["kommunene", "NAV"], "Løpende",
          "Tilskuddsordningen skal øke sysselsettingen blant innvandrere som står langt fra arbeidslivet. I "
          "2022 fikk 60 kommuner tilskudd til Jobbsjansen-prosjekter.", dmp="Delmål 3.4"),
        R("T34", "Integreringsloven og det nye introduksjonsprogrammet", ["3.4"], "P", "AID",
          ["IMDi", "HK-dir", "KS"], "Fra 2021",
          "Integreringsloven trådte i kraft 1. januar 2021. Introduksjonsprogrammet skal i større grad gi "
          "formell kompetanse, og varigheten tilpasses deltakerens mål.", dmp="Delmål 3.4"),
    ])

NHO22 = dict(
    key="NHO22", file="NHO_kompetansepolitisk_rapport_2022.docx", reporter="NHO", year=2022,
    template="nho22_what_why_how",
    rows=[
        R("T01", "Kompetansebehovsutvalget", ["1.1"], "R", "KD",
          ["NHO", "LO", "øvrige hovedorganisasjoner", "forskere"], "2017 →",
          "NHO deltar i KBU, som i 2022 fikk nytt mandat og en fast sekretariatsfunksjon i HK-dir. NHO vil at "
          "utvalget skal gi mer konkrete råd om dimensjonering av utdanning.",
          rp="KD (ansvarlig) – NHO, LO, øvrige hovedorganisasjoner, forskere", sec="1"),
        R("T61", "Deltakelse i SRY og faglige råd", ["1.4"], "R", "NHO", ["landsforeningene"], "Løpende",
          "NHO og landsforeningene har representanter i Samarbeidsrådet for yrkesopplæring og i alle faglige "
          "råd, og bidrar til at tilbudsstrukturen svarer på behovene i arbeidslivet.",
          rp="NHO – landsforeningene", sec="1"),
        R("T66", "NHOs kompetansebarometer 2022", ["1.1", "2.2"], "F", "NHO", ["NIFU"], "Årlig",
          "Barometeret viser at seks av ti medlemsbedrifter har et udekket kompetansebehov, særlig for "
          "fagarbeidere med yrkesfaglig utdanning.",
          rp="NHO – NIFU gjennomfører undersøkelsen", sec="2"),
        R("T02", "Treparts bransjeprogram – NHO-bransjene", ["2.1", "2.4"], "K", "KD/HK-dir",
          ["landsforeningene", "LO-forbundene"], "2018–2023",
          "NHOs landsforeninger deltar i bransjeprogrammene for blant annet industri og bygg, reiseliv, "
          "varehandel, renhold og anlegg. Tilbudene er gratis for deltakerne.",
          rp="KD/HK-dir – landsforeningene, LO-forbundene", sec="2"),
        R("T20", "Bedriftsintern opplæring (BIO) – dialog med fylkeskommunene", ["2.4"], "R", "Fylkeskommunene",
          ["NHOs regionkontorer"], "2022",
          "NHOs regionkontorer har hatt dialog med fylkeskommunene om prioriteringer og nivå på BIO-midlene, "
          "som er avgjørende for bedrifter i omstilling.",
          rp="Fylkeskommunene – NHOs regionkontorer", sec="2"),
        R("T07", "Samfunnskontrakt for flere læreplasser 2022–2026", ["2.3"], "K", "Regjeringen og partene", [],
          "2022–2026",
          "Ny samfunnskontrakt ble signert i 2022. NHO har forpliktet seg til å arbeide for at flere bedrifter "
          "tar inn lærlinger og at flere lærlinger fullfører.",
          rp="Regjeringen og partene", sec="2"),
        R("T10", "Jenter og teknologi", ["2.3"], "I", "NHO", ["NTNU", "Abelia", "Norsk Industri"], "2016 →",
          "Kampanjen er videreført og ble i 2022 gjennomført med et digitalt opplegg for ungdomsskoler i "
          "tillegg til fysiske skolebesøk.",
          rp="NHO – NTNU, Abelia, Norsk Industri", sec="2"),
        R("T26", "Kompetanseprogrammet – grunnleggende ferdigheter på arbeidsplassen", ["3.2"], "K", "HK-dir",
          ["NHO"], "Løpende",
          "NHO oppfordrer bedrifter til å bruke tilskuddsordningen for opplæring i lesing, skriving, regning, "
          "digitale ferdigheter og norsk for ansatte.",
          rp="HK-dir – NHO", sec="3"),
    ])

TRONDELAG22 = dict(
    key="TRONDELAG22", file="Trondelag_fylkeskommune_rapport_2022.docx", reporter="Trøndelag fylkeskommune",
    year=2022, template="trond22_nested",
    rows=[
        R("T16", "Oppfølging av Kompetansestrategi for Trøndelag", ["1.2"], "P", "Trøndelag fylkeskommune",
          ["partnerskapet i Kompetanseforum Trøndelag"], "2019–2022",
          "Strategiperioden går ut i 2022. Partnerskapet har evaluert arbeidet og startet revisjon av "
          "strategien, med mer vekt på grønn omstilling og kvalifisering av voksne.", sec="1"),
        R("T12", "Karriere Trøndelag", ["1.3"], "P", "Trøndelag fylkeskommune", ["NAV Trøndelag"], "Løpende",
          "Karrieresentrene har i 2022 hatt ekstra fokus på veiledning av permitterte og ledige, og har "
          "etablert faste veiledningsdager på NAV-kontor i distriktene.", sec="1"),
        R("T67", "Hospiteringsordning for yrkesfaglærere", ["1.4"], "K", "Trøndelag fylkeskommune",
          ["bedrifter", "Udir"], "2022–2023",
          "Yrkesfaglærere kan hospitere i bedrifter for å oppdatere sin faglige kompetanse. Ordningen "
          "finansieres gjennom den nasjonale satsingen Yrkesfaglærerløftet.", sec="1"),
        R("T20", "BIO-midler til bedrifter i omstilling", ["2.4"], "K", "Trøndelag fylkeskommune",
          ["Innovasjon Norge", "næringsforeningene"], "2022",
          "Fylkeskommunen tildelte i 2022 midler til bedriftsintern opplæring for 74 bedrifter, med prioritet "
          "til prosjekter innen grønn omstilling og digitalisering.", sec="2"),
        R("T07", "Samfunnskontrakt for flere læreplasser", ["2.3"], "K", "Trøndelag fylkeskommune",
          ["opplæringskontorene", "partene i arbeidslivet"], "2022–2026",
          "Fylkeskommunen følger opp den nye samfunnskontrakten regionalt, blant annet med egne lærlingmål for "
          "fylkeskommunale virksomheter og en kampanje for flere læreplasser i privat sektor.", sec="2"),
        R("T22", "Fagbrev på jobb", ["3.1"], "K", "Trøndelag fylkeskommune", ["arbeidsgivere", "opplæringskontor"],
          "Løpende",
          "Ordningen er videreutviklet i samarbeid med store arbeidsgivere i helse og industri. I 2022 tok 210 "
          "kandidater fagbrev gjennom ordningen.", sec="3"),
    ])

VOFO23 = dict(
    key="VOFO23", file="VOFO_rapport_2023.pdf", reporter="VOFO", year=2023, template="vofo23_prose_meta",
    via="reportlab",
    rows=[
        R("T64", "Regionkonsulentene – VOFOs regionale arbeid", ["1.2"], "P", "VOFO", ["VOFO-regionene"], "Løpende",
          "VOFO har regionkonsulenter i alle fylker som deltar i regionale kompetanseforum og bidrar til at "
          "studieforbundenes tilbud er kjent for fylkeskommunene."),
        R("T65", "Fornyede partnerskapsavtaler med fylkeskommunene", ["1.2"], "R", "VOFO", ["fylkeskommunene"],
          "2023–2026",
          "VOFO-regionene har reforhandlet avtalene med fylkeskommunene i lys av fylkesdelingene som trer i "
          "kraft 1. januar 2024."),
        R("T28", "Kompetanseprogrammet – frivillighet (tidligere Kompetansepluss frivillighet)", ["3.2", "3.6"], "K",
          "HK-dir", ["studieforbundene", "frivillige organisasjoner"], "Løpende",
          "Ordningen er videreført under nytt navn. I 2023 fikk 14 studieforbund og organisasjoner tilskudd "
          "til kurs i grunnleggende ferdigheter, blant annet digitale ferdigheter for eldre."),
        R("T30", "Informasjonsarbeid om Kompetanseprogrammet", ["3.2"], "I", "VOFO", ["HK-dir", "studieforbundene"],
          "2023",
          "VOFO har holdt webinarer og laget veiledningsmateriell for organisasjoner som vil søke tilskudd "
          "under ordningen."),
        R("T68", "Norsktrening i studieforbund og frivillige organisasjoner", ["3.4", "3.6"], "P", "VOFO",
          ["studieforbundene", "IMDi"], "2022–2024",
          "Tilbud om språkkafeer og norskkurs for flyktninger fra Ukraina og andre innvandrere, som supplement "
          "til den offentlige opplæringen i norsk."),
    ])

YS23 = dict(
    key="YS23", file="YS_rapportering_kompetansepolitisk_raad_2023.docx", reporter="YS", year=2023,
    template="ys23_nested_bullets",
    rows=[
        R("T01", "YS i Kompetansebehovsutvalget", ["1.1"], "R", "KD", ["YS", "hovedorganisasjonene"], "2017–",
          "YS har fast representant i KBU. I 2023 har utvalget arbeidet med en rapport om kompetansebehov i "
          "det grønne skiftet."),
        R("T70", "YS Arbeidslivsbarometer – tema kompetanse", ["2.2"], "F", "YS", ["AFI ved OsloMet"], "Årlig",
          "Barometeret kartlegger arbeidstakeres erfaringer med kompetanseutvikling på jobb. 2023-utgaven "
          "viser at de med lavest utdanning får minst opplæring fra arbeidsgiver."),
        R("T02", "Bransjeprogrammene", ["2.1", "2.4"], "K", "KD/HK-dir", ["YS-forbundene", "NHO", "Virke", "KS"],
          "2018–",
          "YS-forbundene Parat, Delta og YTF deltar i flere av bransjeprogrammene. YS mener programmene bør "
          "gjøres permanente og omfatte flere bransjer."),
        R("T26", "Kompetanseprogrammet (tidligere Kompetansepluss arbeid)", ["3.2"], "K", "HK-dir", ["YS"],
          "Løpende",
          "Tilskuddsordning for opplæring i lesing, skriving, regning, muntlige og digitale ferdigheter for "
          "ansatte. YS oppfordrer tillitsvalgte til å ta initiativ til søknader i egen virksomhet."),
        R("T36", "Utdanning med dagpenger", ["3.3"], "K", "AID", ["YS"], "Fra 2022",
          "YS har arbeidet for at ordningen med utdanning og opplæring med dagpenger videreføres, slik at "
          "ledige kan kvalifisere seg uten å miste inntekt."),
        R("T40", "Kompetanse på dagsorden – ny modul i YS' tillitsvalgtskolering", [], "K", "YS",
          ["YS-forbundene"], "2023",
          "Kursmodulen handler om hvordan tillitsvalgte kan bruke Hovedavtalens bestemmelser om kompetanse i "
          "dialogen med arbeidsgiver.", sec="other"),
    ])

VESTLAND24 = dict(
    key="VESTLAND24", file="Vestland_fylkeskommune_rapport_2024.pdf", reporter="Vestland fylkeskommune",
    year=2024, template="vestl24_table_per_delmal_nn", via="docx",
    rows=[
        R("T17", "Handlingsprogram 2024 for regional plan for kompetanse og arbeidskraft", ["1.2"], "P",
          "Vestland fylkeskommune", ["partnarskapet i Kompetanseforum Vestland"], "2024–2025",
          "Handlingsprogrammet er rullert og har tre satsingar: kvalifisering av vaksne, rekruttering til helse "
          "og omsorg og kompetanse for det grøne skiftet."),
        R("T19", "Kompetanseforum Vestland", ["1.2"], "R", "Vestland fylkeskommune",
          ["NHO Vestland", "LO i Vestland", "KS Vest", "NAV Vestland", "UH-sektoren"], "Frå 2020",
          "Forumet har i 2024 fått ny samansetjing med fleire representantar frå næringslivet, og har sett ned "
          "ei arbeidsgruppe for kompetanse i helse- og omsorgssektoren."),
        R("T11", "Karriere Vestland", ["1.3"], "P", "Vestland fylkeskommune", ["kommunane", "NAV Vestland"],
          "Løpande",
          "Karrieresentera har i 2024 opna eit nytt kontor i Odda og tilbyr rettleiing på ukrainsk og arabisk i "
          "samarbeid med kommunane."),
        R("T14", "Kvalitetsrammeverket for karriererettleiing", ["1.3"], "K", "HK-dir", ["Karriere Vestland"],
          "2023–2024",
          "Alle rettleiarane i Karriere Vestland har fullført opplæring i det nasjonale kvalitetsrammeverket. "
          "Rammeverket blir no teke i bruk i samarbeidet med skulane."),
        R("T67", "Hospitering for yrkesfaglærarar", ["1.4"], "K", "Vestland fylkeskommune", ["bedrifter", "Udir"],
          "2023–2025",
          "Yrkesfaglærarar i vidaregåande skule får hospitere i bedrifter i to til fire veker. Tiltaket er ein "
          "del av Yrkesfaglærarløftet og vert finansiert med statlege midlar."),
        R("T22", "Fagbrev på jobb", ["3.1"], "K", "Vestland fylkeskommune", ["arbeidsgivarar", "opplæringskontor"],
          "Løpande",
          "Ordninga er utvida til fleire lærefag, mellom anna i reiseliv og havbruk. Vaksne tilsette kan ta "
          "fagbrev utan å gå ut av arbeidet."),
        R("T37", "Samarbeidsavtale mellom NAV Vestland og Vestland fylkeskommune", ["3.3"], "R",
          "Vestland fylkeskommune og NAV Vestland", ["kommunane"], "2022–2025",
          "Avtalen gjev rammer for samarbeid om kvalifisering av arbeidssøkjarar, mellom anna om fag- og "
          "yrkesopplæring som arbeidsmarknadstiltak og felles karriererettleiing."),
    ])

UDIR25 = dict(
    key="UDIR25", file="Udir_tiltaksoversikt_kompetansepolitikk_2025.docx", reporter="Utdanningsdirektoratet (Udir)",
    year=2025, template="udir25_rules_only",
    rows=[
        R("T15", "Videreutdanning i karriereveiledning for rådgivere", ["1.3"], "K", "Udir",
          ["KD", "universiteter og høyskoler"], "2024–2025",
          "Rådgivere i grunnskolen og videregående skole kan ta videreutdanning i karriereveiledning gjennom "
          "Kompetanse for kvalitet. Studiet gir 30 studiepoeng."),
        R("T61", "Sekretariat for SRY og de faglige rådene", ["1.4"], "R", "Udir", ["partene i arbeidslivet", "KS"],
          "Løpende",
          "Udir er sekretariat for Samarbeidsrådet for yrkesopplæring og de faglige rådene, som gir råd om "
          "tilbudsstruktur, læreplaner og dimensjonering."),
        R("T67", "Yrkesfaglærerløftet", ["1.4"], "K", "Udir", ["fylkeskommunene", "KD"], "2019–2025",
          "Nasjonal satsing for å styrke kompetansen til yrkesfaglærere, blant annet gjennom midler til "
          "hospitering i arbeidslivet og videreutdanning i yrkesfagdidaktikk."),
        R("T59", "Fagfornyelsen – videre innføring av læreplanene (LK20)", ["1.4"], "P", "Udir", ["KD", "skoleeierne"],
          "2020–2025",
          "Udir støtter skoleeiere i arbeidet med læreplanene fra Kunnskapsløftet 2020, blant annet med "
          "kompetansepakker og veiledningsressurser."),
        R("T07", "Samfunnskontrakt for flere læreplasser (2022–2026)", ["2.3"], "K", "KD",
          ["Udir", "partene i arbeidslivet", "fylkeskommunene"], "2022–2026",
          "Udir følger opp kontrakten med statistikk over læreplasser og godkjente lærebedrifter, og støtter "
          "fylkeskommunenes arbeid med formidling."),
        R("T57", "Kompletterende utdanning for lærere med utdanning fra utlandet", ["2.6"], "K", "HK-dir",
          ["Udir", "OsloMet"], "Løpende",
          "Tilbud til lærere med lærerutdanning fra land utenfor EU/EØS som trenger kompletterende utdanning "
          "for å få godkjenning som lærer i Norge."),
        R("T22", "Fagbrev på jobb", ["3.1"], "K", "Fylkeskommunene", ["Udir"], "2024–2025",
          "Udir har utarbeidet nasjonale retningslinjer for Fagbrev på jobb etter ny opplæringslov, slik at "
          "ordningen praktiseres likt i alle fylker."),
        R("T24", "Evaluering av forsøket med modulstrukturert opplæring for voksne", ["3.1"], "F", "Udir", ["Fafo"],
          "2018–2024",
          "Sluttrapporten fra evalueringen viser at modulstrukturen gjør det lettere for voksne å kombinere "
          "opplæring med jobb. Funnene brukes i arbeidet med nye læreplaner for voksne."),
    ])

REPORTS = [AID22, NHO22, TRONDELAG22, VOFO23, YS23, VESTLAND24, UDIR25]
