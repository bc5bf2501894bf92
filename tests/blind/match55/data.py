# -*- coding: utf-8 -*-
# Ground-truth data for batch match55. Rendering is in gen.py.
WORDS = {"1.1":"kompetansebehovsutvalg","1.2":"regionalt folkevalgt nivås ansvar","1.3":"karriereveiledning",
"1.4":"samarbeid mellom utdanningstilbydere og arbeidslivet","2.1":"digital kompetanse",
"2.2":"kunnskapsgrunnlaget om læring i arbeidslivet","2.3":"karrieremulighetene i yrkesfaglige utdanninger",
"2.4":"koble kompetansebehov til utdanningstilbydere","2.5":"dokumentasjon av kompetanse ervervet i arbeidslivet",
"2.6":"godkjenning av utenlandsk utdanning","3.1":"fleksibel opplæring på voksnes premisser","3.2":"Kompetansepluss",
"3.3":"opplæring i arbeidsmarkeds- og integreringspolitikken","3.4":"kvalifisering av innvandrere",
"3.5":"NAVs opplæringstilbud","3.6":"læring i frivillig sektor"}
ORDER = ["1.1","1.2","1.3","1.4","2.1","2.2","2.3","2.4","2.5","2.6","3.1","3.2","3.3","3.4","3.5","3.6"]

def M(title, delmal, typ, resp=None, partners=(), period=None, desc=None, tid=None, nm=None, tword=None):
    return dict(title=title, delmal=sorted(delmal, key=ORDER.index), type=typ, responsible=resp,
                partners=list(partners), period=period, description=desc, tiltak_id=tid, nm=nm, tword=tword)

DOCS = []
def D(file, reporter, year, fmt, template, made, measures, **kw):
    DOCS.append(dict(file=file, reporter=reporter, year=year, fmt=fmt, template=template, made=made, measures=measures, **kw))

# 1 LO annual report 2017 (old numbers, run-in bold prose inside a chapter)
D("LO_beretning_2017_utdrag.pdf", "LO", 2017, "pdf", "lo_beretning", "reportlab", [
 M("Deltakelse i Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "LO", ["NHO","Unio","YS"], "2017–2021",
   "LO har oppnevnt et medlem i utvalget og følger arbeidet med den første rapporten.", "T_KBU", tword="utvalg"),
 M("Samarbeidsrådet for yrkesopplæring", ["1.4","2.3"], "Råd/utvalg/nettverk", "LO", ["NHO","KS","Utdanningsdirektoratet"], "Løpende",
   "LO leder rådet annethvert år og har lagt vekt på lærlingplasser og fagbrev.", "T_SRY", tword="råd"),
 M("Tillitsvalgtskolering i kompetanseutvikling", ["2.2"], "Kurs/utdanning", "LO", ["AOF"], "Høsten 2017",
   "Kurs for tillitsvalgte om hvordan kompetanse tas opp i lokale forhandlinger.", "T_LO_TVKURS", nm="tvkurs", tword="kurs"),
 M("Fagbrev for voksne i industrien", ["2.5","3.1"], "Prosjekt", "LO/Fellesforbundet", ["Norsk Industri"], "2017–2018",
   "Prosjekt som skal gjøre det lettere for voksne med lang praksis å ta fagbrev etter praksiskandidatordningen.", "T_LO_FAGBREV", nm="fagbrev", tword="prosjekt"),
 M("Kompetansekonferansen 2017", ["2.2"], "Arrangement", "LO", ["Fafo"], "November 2017",
   "Konferanse for tillitsvalgte og forskere om læring i arbeidslivet.", "T_LO_KONF17", nm="konf", tword="konferanse"),
])
# 2 LO annual report 2019 docx
D("LO_aarsberetning_2019.docx", "LO", 2019, "docx", "lo_beretning2", "python-docx", [
 M("Kompetansebehovsutvalget (KBU)", ["1.1"], "Råd/utvalg/nettverk", "LO", ["NHO","KD"], "Videreført",
   "LO deltar fortsatt i KBU og har bidratt til rapporten om fagarbeiderbehov.", "T_KBU", tword="Råd/utvalg"),
 M("SRY – fortsatt arbeid for flere læreplasser", ["2.3"], "Råd/utvalg/nettverk", "LO", ["NHO","KS","Virke"], "2019",
   "Oppfølging av arbeidet i Samarbeidsrådet for yrkesopplæring, med vekt på læreplassgaranti.", "T_SRY", tword="Råd/utvalg"),
 M("Bransjeprogram for industri og bygg", ["2.1","2.4"], "Kurs/utdanning", "Partene i industrien og byggenæringen", ["Fellesforbundet","NHO","Kompetanse Norge"], "2019–2021",
   "Korte, fleksible moduler for ansatte uten fullført videregående opplæring.", "T_BP_IND", nm="bransjeprog", tword="Kurs/utdanning"),
 M("Tillitsvalgtskolering i kompetanseutvikling – trinn 2", ["2.2"], "Kurs/utdanning", "LO", ["AOF"], "2019",
   "Videreføring av kursene fra 2017 med et nytt trinn om kompetanseplaner.", "T_LO_TVKURS", nm="tvkurs", tword="Kurs/utdanning"),
 M("Digitalt løft for tillitsvalgte", ["2.1"], "Kurs/utdanning", "LO", ["AOF","Kompetanse Norge"], "2019–2020",
   "Nettkurs i digital kompetanse for tillitsvalgte i LO-forbundene.", "T_LO_DIGI", nm="digi", tword="Kurs/utdanning"),
 M("Innspill til kompetansereformen Lære hele livet", ["2.2"], "Annet", "LO", [], "2019",
   "LO har gitt skriftlige og muntlige innspill til arbeidet med kompetansereformen.", "T_INNSPILL_REFORM_LO", nm="reform", tword="Innspill"),
])
# 3 NHO newsletter 2018 (articles; NKPS items in a box + run-in)
D("NHO_Kompetansebrev_nr4_2018.pdf", "NHO", 2018, "pdf", "nho_newsletter", "reportlab", [
 M("KBU", ["1.1"], "Råd/utvalg/nettverk", "NHO", ["LO","KD"], "2017–", "NHO er representert i utvalget.", "T_KBU", tword="utvalg"),
 M("Samarbeidsrådet for yrkesopplæring (SRY)", ["1.4","2.3"], "Råd/utvalg/nettverk", "NHO", ["LO","KS"], None,
   "NHO har ledet SRY i 2018.", "T_SRY", tword="råd"),
 M("Kompetanseløft for lærebedrifter", ["2.3"], "Prosjekt", "NHO", ["Opplæringskontorene"], "2018–2019",
   "Veiledningspakke for instruktører i lærebedrifter.", "T_NHO_LAEREBED", nm="laerebed", tword="prosjekt"),
 M("Rapport om yrkesopplæringsnemndenes rolle og ansvar", ["1.2"], "FoU", "NHO", ["Partene"], "2018",
   "Utredning av nemndenes rolle i fylkene.", "T_NHO_YON", nm="rapport", tword="utredning"),
 M("Kompetansepluss arbeid i NHO-bedrifter", ["3.2"], "Informasjon", "NHO", ["Kompetanse Norge"], "2018",
   "Informasjon til medlemsbedrifter om søknadsordningen.", "T_NHO_KPLUSSINFO", nm="kpluss", tword="informasjon"),
 M("Næringslivets kompetansebarometer", ["2.2"], "FoU", "NHO", ["NIFU"], "Årlig",
   "Spørreundersøkelse om medlemsbedriftenes kompetansebehov.", "T_NHO_BAROM", nm="rapport", tword="undersøkelse"),
])
# 4 NHO board papers 2023
D("NHO_styresaker_2023.docx", "NHO", 2023, "docx", "nho_board", "python-docx", [
 M("Bransjeprogram for industri og bygg (videreført)", ["2.1","2.4"], "Kurs/utdanning", "NHO", ["Fellesforbundet","Kompetanse Norge"], "2023–2025",
   "Programmet videreføres med nye moduler innen automatisering.", "T_BP_IND", nm="bransjeprog", tword="Kurs"),
 M("Næringslivets kompetansebarometer 2023", ["2.2"], "FoU", "NHO", ["NIFU"], "2023",
   "Sjette gjennomføring av barometeret.", "T_NHO_BAROM", nm="rapport", tword="FoU"),
 M("Fagbrev på jobb – informasjon til medlemsbedrifter", ["2.5"], "Informasjon", "NHO", ["Opplæringskontorene"], "2023",
   "Veileder og webinarer om ordningen.", "T_NHO_FAGBREVINFO", nm="fagbrev", tword="Informasjon"),
 M("Lærlingløftet", ["2.3","1.4"], "Prosjekt", "NHO", ["Fylkeskommunene"], "2022–2024",
   "Kampanje for flere læreplasser i små bedrifter.", "T_NHO_LAERLINGLOFT", nm="laerebed", tword="Prosjekt"),
 M("Kompetanseløft for lærebedrifter", ["2.3"], "Prosjekt", "NHO", ["Opplæringskontorene"], "2023",
   "Oppdatert veiledningspakke for instruktører.", "T_NHO_LAEREBED", nm="laerebed", tword="Prosjekt"),
 M("Norsk på arbeidsplassen", ["3.4"], "Kurs/utdanning", "NHO", ["HK-dir","NAV"], "2023",
   "Arbeidsplassbasert norskopplæring for ansatte med innvandrerbakgrunn.", "T_NORSK_ARB", nm="norsk", tword="Kurs"),
])
# 5 KS høringssvar 2020 (LibreOffice PDF)
D("KS_hoeringssvar_kompetansereformen_2020.pdf", "KS", 2020, "lo_pdf", "ks_hoering", "LibreOffice from python-docx", [
 M("Fagbrev på jobb i kommunesektoren", ["2.5","3.1"], "Prosjekt", "KS", ["Fylkeskommunene","Fagforbundet"], "2019–2021",
   "Kommuner tar i bruk ordningen for ansatte assistenter i helse og oppvekst.", "T_FAGBREVJOBB_KS", nm="fagbrev", tword="prosjekt"),
 M("Kompetanseløft 2025", ["1.4"], "Annet", "KS", ["Helse- og omsorgsdepartementet"], "2021–2025",
   "Deltakelse i utformingen av regjeringens plan for rekruttering og kompetanse i helse- og omsorgstjenestene.", "T_KS_KL2025", nm="kompl", tword="plan"),
 M("Samarbeidsrådet for yrkesopplæring", ["2.3"], "Råd/utvalg/nettverk", "KS", ["LO","NHO","Unio"], None,
   "KS er medlem i SRY og faglige råd.", "T_SRY", tword="råd"),
 M("Digitaliseringsprogram for kommunale ledere", ["2.1"], "Kurs/utdanning", "KS", ["KS Læring"], "2020",
   "Nettbasert lederprogram om digital omstilling.", "T_KS_DIGILED", nm="digi", tword="kurs"),
 M("Kommunale kompetanseplaner", ["2.2"], "Informasjon", "KS", [], "2020",
   "Veileder om strategisk kompetanseplanlegging.", "T_KS_PLANER", nm="plan", tword="veileder"),
])
# 6 KS årsrapport 2021 docx
D("KS_aarsrapport_2021.docx", "KS", 2021, "docx", "ks_annual", "python-docx", [
 M("Fagbrev på jobb i kommunesektoren – videreføring", ["2.5","3.1"], "Prosjekt", "KS", ["Fylkeskommunene"], "2021–2023",
   "Flere kommuner har tatt i bruk ordningen; 140 kandidater i 2021.", "T_FAGBREVJOBB_KS", nm="fagbrev", tword="Prosjekt"),
 M("SRY", ["2.3"], "Råd/utvalg/nettverk", "KS", ["LO","NHO"], None, "KS har ledet rådet i 2021.", "T_SRY", tword="Nettverk"),
 M("Kompetanseløft 2025", ["1.4","2.2"], "Annet", "KS", ["HOD"], "2021–2025", "Oppfølging av planen.", "T_KS_KL2025", nm="kompl", tword="Plan"),
 M("Digitaliseringsprogram for kommunale ledere", ["2.1"], "Kurs/utdanning", "KS", ["KS Læring"], "2021",
   "Programmet ble gjennomført med 600 deltakere.", "T_KS_DIGILED", nm="digi", tword="Kurs"),
 M("Lederutdanning i kommunal sektor", ["2.2"], "Kurs/utdanning", "KS", ["BI"], "2021–2022",
   "Videreutdanning for toppledere.", "T_KS_LEDERUTD", nm="leder", tword="Utdanning"),
 M("Heltidskultur og kompetanse", ["2.2"], "FoU", "KS", ["Fafo"], "2021", "FoU-prosjekt om sammenhengen mellom heltid og kompetanse.", "T_KS_HELTID", nm="rapport", tword="FoU-prosjekt"),
])
# 7 Spekter minutes 2018 (reportlab)
D("Spekter_referat_styremoter_2018.pdf", "Spekter", 2018, "pdf", "spekter_minutes", "reportlab", [
 M("Møteplass lærebedrifter", ["1.4","2.3"], "Arrangement", "Spekter", ["LO Stat"], "Mars 2018",
   "Samling for lærebedrifter i helseforetakene.", "T_SPEKTER_MOTEPLASS", nm="konf", tword="samling"),
 M("Arbeidsgivernettverk for kompetanse", ["2.2"], "Råd/utvalg/nettverk", "Spekter", [], "2018",
   "Nettverk for medlemsvirksomhetene om kompetansepolitiske spørsmål.", "T_SPEKTER_NETTVERK", nm="nettverk", tword="nettverk"),
 M("Fagbrev på jobb i helseforetakene", ["2.5"], "Prosjekt", "Spekter", ["Fagforbundet","Helse Sør-Øst"], "2018–2019",
   "Pilot for helsefagarbeidere.", "T_SPEKTER_FAGBREV", nm="fagbrev", tword="pilot"),
 M("Konferanse om integrering av flyktninger i arbeidslivet", ["3.4"], "Arrangement", "Spekter", ["IMDi"], "Oktober 2018",
   "Konferanse for medlemsvirksomhetene.", "T_SPEKTER_INTKONF", nm="konf", tword="konferanse"),
 M("Kompetansepluss arbeid i sykehusene", ["3.2"], "Informasjon", "Spekter", ["Kompetanse Norge"], "2018",
   "Søkekonferanse for medlemmene.", "T_KPLUSS_ARB_SPEKTER", nm="kpluss", tword="informasjon"),
])
# 8 YS årsmelding 2018 (LibreOffice PDF)
D("YS_aarsmelding_2018.pdf", "YS", 2018, "lo_pdf", "ys_annual", "LibreOffice from python-docx", [
 M("YS-skolen for tillitsvalgte", ["2.2"], "Kurs/utdanning", "YS", ["YS-forbundene"], "2018",
   "Modul om kompetanseutvikling i virksomheten.", "T_YS_TVKURS", nm="tvkurs", tword="Kurs"),
 M("Samarbeidsrådet for yrkesopplæring", ["2.3"], "Råd/utvalg/nettverk", "YS", ["LO","NHO","KS"], None,
   "YS har én plass i rådet.", "T_SRY", tword="Råd"),
 M("YS Arbeidslivsbarometer – kompetanse", ["2.2"], "FoU", "YS", ["Ipsos"], "2018",
   "Årlig undersøkelse med egen del om læring på jobben.", "T_YS_BAROM", nm="rapport", tword="Undersøkelse"),
 M("Kompetansekonferanse for YS-forbundene", ["2.2","2.1"], "Arrangement", "YS", [], "September 2018",
   "Konferanse om digitalisering og kompetanse.", "T_YS_KONF", nm="konf", tword="Konferanse"),
 M("Kompetanseløftet i varehandelen", ["2.1"], "Prosjekt", "Negotia", ["Virke"], "2018–2019",
   "Prosjekt om digital kompetanse for butikkansatte.", "T_NEGOTIA_HANDEL", nm="bransjeprog", tword="Prosjekt"),
])
# 9 YS årsmelding 2020 docx
D("YS_aarsmelding_2020.docx", "YS", 2020, "docx", "ys_annual2", "python-docx", [
 M("YS-skolen for tillitsvalgte – kompetansemodul", ["2.2"], "Kurs/utdanning", "YS", ["YS-forbundene"], "2020",
   "Modulen ble gjort digital under pandemien.", "T_YS_TVKURS", nm="tvkurs", tword="Kurs/utdanning"),
 M("YS Arbeidslivsbarometer", ["2.2"], "FoU", "YS", ["Ipsos"], "2020", "Kapittel om kompetanse og omstilling.", "T_YS_BAROM", nm="rapport", tword="FoU"),
 M("Bransjeprogram for varehandel", ["2.1","2.4"], "Kurs/utdanning", "Negotia", ["Virke","HK"], "2020–2021",
   "Negotia deltar i programmet for ansatte i handel.", "T_BP_HANDEL", nm="bransjeprog", tword="Kurs/utdanning"),
 M("Permittert og ledig – kompetansetilbud", ["3.3"], "Informasjon", "YS", ["NAV"], "2020",
   "Informasjon til permitterte medlemmer om opplæring.", "T_YS_PERMITTERT", nm="permittert", tword="Informasjon"),
 M("Innspill til kompetansereformen", ["2.2"], "Annet", "YS", [], "2020", "Høringsinnspill.", "T_INNSPILL_REFORM_YS", nm="reform", tword="Annet"),
])
# 10 Unio kongressrapport 2019 (reportlab, numbered paragraphs)
D("Unio_rapport_kongressperioden_2019.pdf", "Unio", 2019, "pdf", "unio_numbered", "reportlab", [
 M("Etter- og videreutdanning for lærere og sykepleiere", ["2.2"], "Kurs/utdanning", "Unio", ["Utdanningsforbundet","NSF"], "2019",
   "Arbeid for rett til etter- og videreutdanning i tariffavtalene.", "T_UNIO_EVU", nm="evu", tword="utdanning"),
 M("Unios tillitsvalgtkurs om kompetanseplanlegging", ["2.2"], "Kurs/utdanning", "Unio", [], "2019",
   "Kurs for hovedtillitsvalgte.", "T_UNIO_TVKURS", nm="tvkurs", tword="kurs"),
 M("Samarbeidsrådet for yrkesopplæring", ["2.3"], "Råd/utvalg/nettverk", "Unio", ["LO","NHO"], None,
   "Unio deltar i rådet.", "T_SRY", tword="råd"),
 M("Kompetanse i helse og omsorg – rapport", ["2.2"], "FoU", "Unio", ["NOVA"], "2019",
   "Kartlegging av kompetansebehov i helsetjenesten.", "T_UNIO_RAPP", nm="rapport", tword="FoU"),
 M("Innspill til kompetansereformen", ["2.2"], "Annet", "Unio", [], "2019", "Unio deltok på innspillsmøter.", "T_INNSPILL_REFORM_UNIO", nm="reform", tword="innspill"),
 M("Validering av realkompetanse i høyere utdanning", ["2.5"], "Informasjon", "Unio", ["NOKUT"], "2019",
   "Informasjon om vurdering av realkompetanse.", "T_UNIO_REALKOMP", nm="realkomp", tword="informasjon"),
])
# 11 Akademikerne newsletter 2021 docx
D("Akademikerne_nyhetsbrev_desember_2021.docx", "Akademikerne", 2021, "docx", "akad_news", "python-docx", [
 M("Karriereveiledning for medlemmer", ["1.3"], "Informasjon", "Akademikerne", ["Medlemsforeningene"], "2021",
   "Rådgivning i overgangen mellom utdanning og arbeid og mellom jobber.", "T_AKAD_KARRIERE", nm="karriere", tword="informasjon"),
 M("Etter- og videreutdanning i samarbeid med UH", ["1.4","2.4"], "Kurs/utdanning", "Akademikerne/Tekna", ["NTNU","UH"], "2021",
   "Korte nettbaserte videreutdanningskurs for ingeniører.", "T_AKAD_EVU", nm="evu", tword="kurs"),
 M("Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "Akademikerne", ["KD"], None, "Akademikerne er representert i KBU.", "T_KBU", tword="utvalg"),
 M("Tillitsvalgtkurs i kompetanseplanlegging", ["2.2"], "Kurs/utdanning", "Akademikerne/Econa", [], "Høsten 2021",
   "Kurs for tillitsvalgte i private virksomheter.", "T_AKAD_TVKURS", nm="tvkurs", tword="kurs"),
 M("Digital kompetanse for ledere", ["2.1"], "Kurs/utdanning", "Akademikerne/Econa", ["BI"], "2021",
   "Webinarserie om digital ledelse.", "T_AKAD_DIGI", nm="digi", tword="webinarserie"),
])
# 12 VOFO årsmelding 2017 docx (old numbers)
D("VOFO_aarsmelding_2017.docx", "VOFO", 2017, "docx", "vofo_annual", "python-docx", [
 M("Styrking av VOFOs regionale tilstedeværelse", ["1.2"], "Prosjekt", "VOFO", ["Ulike VOFO-regioner"], "2017–2018",
   "Sammenslåing av regionledd for å styrke tilstedeværelsen i fylkene.", "T_VOFO_REGION", nm="region", tword="Prosjekt"),
 M("Kompetanseheving for regionkonsulenter", ["1.2"], "Kurs/utdanning", "VOFO", ["Egne ansatte"], "2017",
   "Opplæring av nye og eksisterende regionkonsulenter.", "T_VOFO_KONSULENT", tword="Kurs"),
 M("Kompetansepluss frivillighet", ["3.2","3.6"], "Kurs/utdanning", "VOFO", ["Studieforbundene","Kompetanse Norge"], "Løpende",
   "Kurs i grunnleggende ferdigheter i frivillige organisasjoner.", "T_KPLUSS_FRIV", nm="kpluss", tword="Kurs"),
 M("Partnerskapsavtaler med fylkeskommuner", ["1.2"], "Informasjon", "VOFO", ["Fylkeskommunene"], "2017",
   "Avtaler om samhandling med fylkeskommunene.", "T_VOFO_PARTNER", nm="region", tword="Samhandling"),
 M("Læringsmotivasjon i frivillig sektor – kartlegging", ["3.6"], "FoU", "VOFO", ["NIFU"], "2017",
   "Kartlegging av deltakere i studieforbundenes kurs.", "T_VOFO_KARTLEGG", nm="rapport", tword="Kartlegging"),
])
# 13 VOFO 2019 (LibreOffice PDF)
D("VOFO_aarsmelding_2019.pdf", "VOFO", 2019, "lo_pdf", "vofo_annual2", "LibreOffice from python-docx", [
 M("VOFOs regionale tilstedeværelse – videreført", ["1.2"], "Prosjekt", "VOFO", ["VOFO-regionene"], "2019",
   "Regionleddene er nå samlet i fem regioner.", "T_VOFO_REGION", nm="region", tword="Prosjekt"),
 M("Kompetansepluss frivillighet", ["3.2","3.6"], "Kurs/utdanning", "VOFO", ["Studieforbundene","Kompetanse Norge"], "2019",
   "Fortsatt arbeid med ordningen.", "T_KPLUSS_FRIV", nm="kpluss", tword="Kurs/utdanning"),
 M("Partnerskapsavtaler med fylkeskommunene", ["1.2"], "Informasjon", "VOFO", ["Fylkeskommunene"], "2019",
   "Nye avtaler med tre fylkeskommuner.", "T_VOFO_PARTNER", nm="region", tword="Informasjon"),
 M("Studieforbundenes rolle i kompetansereformen", ["3.6","3.1"], "Informasjon", "VOFO", ["Studieforbundene"], "2019",
   "Innspill og informasjonsarbeid om frivillighetens plass i reformen.", "T_VOFO_REFORM", nm="reform", tword="Informasjon"),
 M("Voksenopplæringskonferansen 2019", ["3.6"], "Arrangement", "VOFO", ["Kompetanse Norge"], "Juni 2019",
   "Nasjonal konferanse om læring i frivillig sektor.", "T_VOFO_KONF", nm="konf", tword="Arrangement"),
])
# 14 Regjeringen/KD 2018 (reportlab, Prop-like chapter)
D("Regjeringen_KD_rapport_NKPS_2018.pdf", "Regjeringen", 2018, "pdf", "kd_prop", "reportlab", [
 M("Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "Regjeringen", ["KMD","ASD","partene","Kompetanse Norge"], "2017–2021",
   "Utvalget la fram sin første rapport i 2018.", "T_KBU", tword="utvalg"),
 M("Nasjonalt kvalitetsrammeverk for karriereveiledning", ["1.3"], "Prosjekt", "Regjeringen", ["KD","fylkeskommunene","Kompetanse Norge"], "2018–2019",
   "Styrke kvalitet og kompetanse i karriereveiledning.", "T_KVALRAMME", nm="karriere", tword="prosjekt"),
 M("Nasjonal digital karriereveiledningstjeneste", ["1.3"], "Informasjon", "Regjeringen", ["KD","Kompetanse Norge","Utdanningsdirektoratet"], "2018–2020",
   "Utvikling av en nettbasert veiledningstjeneste.", "T_DIGKARRIERE", nm="karriere", tword="informasjon"),
 M("Digital plattform for etter- og videreutdanning", ["1.3","2.4"], "Informasjon", "Regjeringen", ["KD","Kompetanse Norge","partene"], "2018–2020",
   "Bedre oversikt over tilbudet av etter- og videreutdanning.", "T_EVUPLATTFORM", nm="evu", tword="informasjon"),
 M("Kompetanseprogram for bransjer", ["2.1","2.4"], "Kurs/utdanning", "Regjeringen", ["partene","Kompetanse Norge"], "Fra 2019",
   "Forberedelse av bransjeprogram for kompetanseutvikling.", "T_BP", nm="bransjeprog", tword="kurs"),
 M("Fagbrev på jobb", ["2.5","3.1"], "Prosjekt", "Regjeringen", ["Utdanningsdirektoratet","fylkeskommunene"], "2018",
   "Ny ordning for å ta fagbrev mens man er i jobb.", "T_FAGBREVJOBB", nm="fagbrev", tword="prosjekt"),
 M("Godkjenning av utenlandsk fag- og yrkesopplæring", ["2.6"], "Annet", "Regjeringen", ["NOKUT"], "2018",
   "Ny godkjenningsordning.", "T_GODKJ", nm="realkomp", tword="ordning"),
])
# 15 Regjeringen 2020 docx
D("Regjeringen_rapportering_NKPS_2020.docx", "Regjeringen", 2020, "docx", "kd_table", "python-docx", [
 M("Kompetansebehovsutvalget (KBU)", ["1.1"], "Råd/utvalg/nettverk", "KD", ["ASD","KMD","partene"], "Videreført til 2023",
   "Nytt mandat fra 2020.", "T_KBU", tword="Råd/utvalg/nettverk"),
 M("Bransjeprogram for kompetanseutvikling", ["2.1","2.4","3.1"], "Kurs/utdanning", "KD", ["ASD","partene","Kompetanse Norge"], "2020–2022",
   "Programmene utvides til flere bransjer i 2020.", "T_BP", nm="bransjeprog", tword="Kurs/utdanning"),
 M("Nasjonal digital karriereveiledning", ["1.3"], "Informasjon", "KD", ["Kompetanse Norge"], "Åpnet 2020",
   "Tjenesten karriereveiledning.no ble lansert.", "T_DIGKARRIERE", nm="karriere", tword="Informasjon"),
 M("Fagbrev på jobb", ["2.5","3.1"], "Prosjekt", "KD", ["Utdanningsdirektoratet"], "2020",
   "Ordningen er gjort permanent.", "T_FAGBREVJOBB", nm="fagbrev", tword="Prosjekt"),
 M("Kompetansereformen Lære hele livet", ["2.2","3.1"], "Annet", "KD", ["ASD","partene"], "2020",
   "Meld. St. 14 (2019–2020) ble lagt fram.", "T_REFORM", nm="reform", tword="Stortingsmelding"),
 M("Toårig yrkesrettet opplæringstiltak i NAV", ["3.5"], "Kurs/utdanning", "ASD", ["NAV"], "2020",
   "Utvikling av opplæringstiltak som kan gi fagbrev.", "T_NAV_TOAARIG", nm="nav", tword="Kurs/utdanning"),
 M("Kompetansepluss arbeid", ["3.2"], "Kurs/utdanning", "KD", ["Kompetanse Norge"], "2020",
   "Tilskudd til opplæring i grunnleggende ferdigheter.", "T_KPLUSS_ARB", nm="kpluss", tword="Kurs/utdanning"),
])
# 16 HK-dir årsrapport 2022 (reportlab)
D("HK-dir_aarsrapport_2022_utdrag.pdf", "HK-dir", 2022, "pdf", "hkdir_annual", "reportlab", [
 M("Sekretariat for Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "HK-dir", ["KD"], "2022",
   "HK-dir er sekretariat for KBU.", "T_KBU", tword="Råd/utvalg/nettverk"),
 M("Bransjeprogrammene", ["2.1","2.4"], "Kurs/utdanning", "HK-dir", ["partene","UH","fagskoler"], "2022",
   "Forvaltning av tilskudd; 11 bransjer deltar.", "T_BP", nm="bransjeprog", tword="Kurs/utdanning"),
 M("karriereveiledning.no", ["1.3"], "Informasjon", "HK-dir", [], "2022",
   "Nasjonal digital karriereveiledning med chat og telefon.", "T_DIGKARRIERE", nm="karriere", tword="Informasjon"),
 M("Kvalitetsrammeverk for karriereveiledning", ["1.3"], "Prosjekt", "HK-dir", ["Fylkeskommunene"], "2022",
   "Implementering i fylkene.", "T_KVALRAMME", nm="karriere", tword="Prosjekt"),
 M("Kompetansepluss", ["3.2"], "Kurs/utdanning", "HK-dir", ["Virksomheter","Frivillige organisasjoner"], "2022",
   "Tilskuddsordning for grunnleggende ferdigheter.", "T_KPLUSS_HKDIR", nm="kpluss", tword="Kurs/utdanning"),
 M("Norsk på arbeidsplassen", ["3.4"], "Kurs/utdanning", "HK-dir", ["NHO","NAV"], "2022",
   "Pilot om norskopplæring i bedrift.", "T_NORSK_ARB", nm="norsk", tword="Kurs/utdanning"),
 M("Godkjenning av utenlandsk utdanning", ["2.6"], "Annet", "HK-dir", ["NOKUT"], "2022",
   "Saksbehandlingstid redusert.", "T_GODKJ", nm="realkomp", tword="Annet"),
])
# 17 NAV 2019 docx (board papers / directorate letter)
D("NAV_rapport_kompetansestrategien_2019.docx", "NAV", 2019, "docx", "nav_letter", "python-docx", [
 M("Kurs i grunnleggende ferdigheter for arbeidssøkere", ["3.5"], "Kurs/utdanning", "Arbeids- og velferdsdirektoratet", ["Kompetanse Norge"], "2019",
   "Kurs i lesing, skriving, regning og digitale ferdigheter.", "T_NAV_GRUNN", nm="nav", tword="kurs"),
 M("Toårig yrkesrettet opplæring", ["3.5","3.3"], "Kurs/utdanning", "Arbeids- og velferdsdirektoratet", ["Fylkeskommunene"], "2019–2020",
   "Forsøk med opplæring fram mot fagbrev.", "T_NAV_TOAARIG", nm="nav", tword="opplæring"),
 M("Arbeidsmarkedsopplæring (AMO) i samarbeid med fylkeskommunen", ["3.3"], "Kurs/utdanning", "NAV", ["Fylkeskommunene"], "2019",
   "Samordnet innkjøp av kurs.", "T_NAV_AMO", nm="nav", tword="kurs"),
 M("Norskopplæring for arbeidssøkere med innvandrerbakgrunn", ["3.4"], "Kurs/utdanning", "NAV", ["IMDi","Kommunene"], "2019",
   "Jobbrettet norskopplæring.", "T_NAV_NORSK", nm="norsk", tword="kurs"),
 M("Kompetanseheving for veiledere i NAV", ["1.3"], "Kurs/utdanning", "NAV", ["OsloMet"], "2019",
   "Videreutdanning i karriereveiledning for NAV-veiledere.", "T_NAV_VEILEDER", nm="karriere", tword="videreutdanning"),
 M("Arbeidsmarkedsanalyse – kompetansebehov", ["2.2"], "FoU", "NAV", [], "2019",
   "Bedriftsundersøkelsen med spørsmål om kompetansebehov.", "T_NAV_BEDRIFT", nm="rapport", tword="analyse"),
])
# 18 NAV 2025 (LibreOffice PDF)
D("NAV_tiltaksrapport_2025.pdf", "NAV", 2025, "lo_pdf", "nav_letter2", "LibreOffice from python-docx", [
 M("Kurs i grunnleggende ferdigheter", ["3.5"], "Kurs/utdanning", "Arbeids- og velferdsdirektoratet", ["HK-dir"], "2025",
   "Fortsatt tilbud, nå også digitalt.", "T_NAV_GRUNN", nm="nav", tword="Kurs"),
 M("Fagbrev som arbeidsmarkedstiltak", ["3.5","3.3","2.5"], "Kurs/utdanning", "Arbeids- og velferdsdirektoratet", ["Fylkeskommunene"], "2025",
   "Videreføring av den toårige opplæringen som fast tiltak.", "T_NAV_TOAARIG", nm="nav", tword="Kurs"),
 M("Norskopplæring for arbeidssøkere", ["3.4"], "Kurs/utdanning", "NAV", ["Kommunene"], "2025",
   "Jobbrettet norskopplæring.", "T_NAV_NORSK", nm="norsk", tword="Kurs"),
 M("Bedriftsundersøkelsen", ["2.2"], "FoU", "NAV", [], "Årlig",
   "Kompetansespørsmål i undersøkelsen.", "T_NAV_BEDRIFT", nm="rapport", tword="FoU"),
 M("Kompetanseheving for veiledere i NAV", ["1.3"], "Kurs/utdanning", "NAV", ["OsloMet","HK-dir"], "2025",
   "Nye kull i karriereveiledning.", "T_NAV_VEILEDER", nm="karriere", tword="Kurs"),
 M("Ungdomsgarantien – opplæring", ["3.3","3.1"], "Annet", "NAV", ["Fylkeskommunene"], "2025",
   "Opplæring som del av oppfølgingen av unge.", "T_NAV_UNG", nm="nav", tword="Garanti"),
])
# 19 Vestland 2021 nynorsk docx
D("Vestland_fylkeskommune_saksframlegg_2021.docx", "Vestland fylkeskommune", 2021, "docx", "vl_saksframlegg", "python-docx", [
 M("Kompetanseforum Vestland", ["1.2"], "Råd/utvalg/nettverk", "Vestland fylkeskommune", ["NAV Vestland","LO","NHO","KS","Høgskulen på Vestlandet"], "2021–2024",
   "Regionalt partnarskap for kompetansepolitikk.", "T_VL_FORUM", nm="forum", tword="nettverk"),
 M("Regional plan for kompetanse og arbeidsliv", ["1.2"], "Annet", "Vestland fylkeskommune", [], "2021–2033",
   "Planprogram og plan vedteke av fylkestinget.", "T_VL_PLAN", nm="plan", tword="plan"),
 M("Strategisk samarbeid mellom Høgskulen på Vestlandet og Fagskulen Vestland", ["1.4"], "Kurs/utdanning", "Vestland fylkeskommune", ["Høgskulen på Vestlandet","Fagskulen Vestland"], "2021",
   "Samarbeid om tekniske fag.", "T_VL_HVL", nm="evu", tword="utdanning"),
 M("Karrieresentera i Vestland", ["1.3"], "Informasjon", "Vestland fylkeskommune", ["NAV Vestland"], "Løpande",
   "Karriererettleiing for vaksne.", "T_VL_KARRIERE", nm="karriere", tword="rettleiing"),
 M("Vaksenopplæring i modular", ["3.1"], "Kurs/utdanning", "Vestland fylkeskommune", ["Kommunane"], "2021–2022",
   "Modulstrukturert opplæring for vaksne.", "T_VL_MODUL", nm="modul", tword="opplæring"),
 M("Fagbrev på jobb i Vestland", ["2.5"], "Prosjekt", "Vestland fylkeskommune", ["Opplæringskontora"], "2021",
   "Ordninga vart marknadsført mot verksemder.", "T_VL_FAGBREV", nm="fagbrev", tword="prosjekt"),
])
# 20 Vestland 2023 nynorsk (LibreOffice PDF)
D("Vestland_fylkeskommune_rapport_2023.pdf", "Vestland fylkeskommune", 2023, "lo_pdf", "vl_rapport", "LibreOffice from python-docx", [
 M("Kompetanseforum Vestland", ["1.2","1.4"], "Råd/utvalg/nettverk", "Vestland fylkeskommune", ["NAV Vestland","LO","NHO"], "2021–2024",
   "Forumet har hatt fire møte i 2023.", "T_VL_FORUM", nm="forum", tword="Nettverk"),
 M("Oppfølging av regional plan for kompetanse og arbeidsliv", ["1.2"], "Annet", "Vestland fylkeskommune", [], "2023",
   "Handlingsprogram 2023–2024.", "T_VL_PLAN", nm="plan", tword="Plan"),
 M("Karrieresentera i Vestland", ["1.3"], "Informasjon", "Vestland fylkeskommune", ["NAV Vestland"], "2023",
   "Over 4000 samtalar.", "T_VL_KARRIERE", nm="karriere", tword="Informasjon"),
 M("Vaksenopplæring i modular", ["3.1"], "Kurs/utdanning", "Vestland fylkeskommune", ["Kommunane"], "2023",
   "Modulstrukturert opplæring i fleire fag.", "T_VL_MODUL", nm="modul", tword="Kurs"),
 M("Bransjeprogram for havbruk", ["2.4"], "Kurs/utdanning", "Vestland fylkeskommune", ["Sjømat Norge","Fagskulen Vestland"], "2023",
   "Regionalt tilbod innanfor bransjeprogrammet.", "T_BP_HAVBRUK", nm="bransjeprog", tword="Kurs"),
 M("Kompetansekonferansen Vestland 2023", ["1.2"], "Arrangement", "Vestland fylkeskommune", ["KS Vest"], "Oktober 2023",
   "Årleg konferanse for partnarskapet.", "T_VL_KONF", nm="konf", tword="Konferanse"),
])
# 21 Møre og Romsdal 2018 nynorsk (reportlab, regional strategy with own tiltak)
D("More_og_Romsdal_kompetansestrategi_2018.pdf", "Møre og Romsdal fylkeskommune", 2018, "pdf", "mr_strategy", "reportlab", [
 M("Kompetansealliansen", ["1.2"], "Råd/utvalg/nettverk", "Møre og Romsdal fylkeskommune", ["Næringsliv/klynger","høgskular","fagskular","vidaregåande skular"], "Frå våren 2019",
   "Samarbeid om regionens kompetansebehov på grunnlag av kunnskapsgrunnlaget.", "T_MR_ALLIANSE", nm="forum", tword="nettverk"),
 M("Kunnskapsgrunnlag for kompetansebehov i Møre og Romsdal", ["1.2","2.2"], "FoU", "Møre og Romsdal fylkeskommune", ["Møreforsking"], "2018",
   "Analyse av kompetansebehov i regionen.", "T_MR_KUNNSKAP", nm="rapport", tword="FoU"),
 M("Regional plan for kompetanse", ["1.2"], "Annet", "Møre og Romsdal fylkeskommune", [], "2018–2020",
   "Revisjon av regional kompetanseplan.", "T_MR_PLAN", nm="plan", tword="plan"),
 M("Karrieresenter Møre og Romsdal", ["1.3"], "Informasjon", "Møre og Romsdal fylkeskommune", ["NAV"], "Løpande",
   "Karriererettleiing for vaksne og unge.", "T_MR_KARRIERE", nm="karriere", tword="rettleiing"),
 M("Fagskuletilbod i maritim automasjon", ["1.4","2.4"], "Kurs/utdanning", "Fagskulen i Ålesund", ["Maritime klynga"], "2018–2019",
   "Nytt fagskuletilbod utvikla med næringslivet.", "T_MR_FAGSKULE", nm="evu", tword="utdanning"),
 M("Vaksenopplæring i modular", ["3.1"], "Kurs/utdanning", "Møre og Romsdal fylkeskommune", ["Kommunane"], "2018",
   "Forsøk med modulstrukturert fag- og yrkesopplæring for vaksne.", "T_MR_MODUL", nm="modul", tword="opplæring"),
])
# 22 Trøndelag 2024 (møtebok docx)
D("Trondelag_fylkeskommune_moteprotokoll_2024.docx", "Trøndelag fylkeskommune", 2024, "docx", "tr_minutes", "python-docx", [
 M("Kompetanseløft Trøndelag", ["1.2","2.1"], "Råd/utvalg/nettverk", "Trøndelag fylkeskommune", ["KS","Statsforvalteren","kommuner"], "2024",
   "Digitaliseringsutvalg og kompetanseløft i kommunene.", "T_TR_DIGIT", nm="forum", tword="nettverk"),
 M("Regional plan for kompetanse i Trøndelag", ["1.2"], "Annet", "Trøndelag fylkeskommune", [], "2024–2028",
   "Ny plan for kompetanse.", "T_TR_PLAN", nm="plan", tword="plan"),
 M("Karrieresenteret i Trøndelag", ["1.3"], "Informasjon", "Trøndelag fylkeskommune", ["NAV Trøndelag"], "2024",
   "Karriereveiledning for voksne.", "T_TR_KARRIERE", nm="karriere", tword="veiledning"),
 M("Bransjeprogram for helse og omsorg i Trøndelag", ["2.4"], "Kurs/utdanning", "Trøndelag fylkeskommune", ["KS","Fagskolen i Trøndelag"], "2024",
   "Regionalt tilbud for helsefagarbeidere.", "T_BP_HELSE_TR", nm="bransjeprog", tword="kurs"),
 M("Fagbrev på jobb i Trøndelag", ["2.5"], "Prosjekt", "Trøndelag fylkeskommune", ["Opplæringskontorene"], "2024",
   "Markedsføring av ordningen.", "T_TR_FAGBREV", nm="fagbrev", tword="prosjekt"),
 M("Kompetanseforum Trøndelag", ["1.2","1.4"], "Råd/utvalg/nettverk", "Trøndelag fylkeskommune", ["LO","NHO","NAV Trøndelag","NTNU"], "2024",
   "Partnerskap for kompetansepolitikk.", "T_TR_FORUM", nm="forum", tword="partnerskap"),
 M("Modulbasert opplæring for voksne", ["3.1"], "Kurs/utdanning", "Trøndelag fylkeskommune", ["Kommunene"], "2024",
   "Modulstrukturert opplæring i helsefag og industri.", "T_TR_MODUL", nm="modul", tword="kurs"),
])
# 23 Virke strategy 2026 docx (own goals not NKPS; appendix table)
D("Virke_kompetansestrategi_2026-2029.docx", "Virke", 2026, "docx", "virke_strategy", "python-docx", [
 M("Bransjeprogram for varehandel", ["2.1","2.4"], "Kurs/utdanning", "Virke", ["HK","Negotia","HK-dir"], "2026",
   "Nye moduler i netthandel og bærekraft.", "T_BP_HANDEL", nm="bransjeprog", tword="Kurs/utdanning"),
 M("Samarbeidsrådet for yrkesopplæring", ["2.3"], "Råd/utvalg/nettverk", "Virke", ["LO","NHO","KS"], None,
   "Virke har plass i SRY.", "T_SRY", tword="Råd/utvalg/nettverk"),
 M("Virke HR-nettverk for kompetanse", ["2.2"], "Råd/utvalg/nettverk", "Virke", [], "2026",
   "Nettverk for HR-ledere i medlemsvirksomhetene.", "T_VIRKE_HRNETT", nm="nettverk", tword="Nettverk"),
 M("Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "Virke", ["KD"], "2026",
   "Virke er fast medlem i KBU.", "T_KBU", tword="Råd/utvalg/nettverk"),
 M("Handelens kompetanseundersøkelse", ["2.2"], "FoU", "Virke", ["Samfunnsøkonomisk analyse"], "2026",
   "Undersøkelse om kompetansebehov i handel og tjenester.", "T_VIRKE_UNDERS", nm="rapport", tword="FoU"),
 M("Fagbrev på jobb i handel", ["2.5","3.1"], "Prosjekt", "Virke", ["HK"], "2026",
   "Samarbeid med HK om fagbrev for butikkansatte.", "T_VIRKE_FAGBREV", nm="fagbrev", tword="Prosjekt"),
])

# extra rows appended to some documents
def _add(fname, *ms):
    for d in DOCS:
        if d["file"] == fname: d["measures"].extend(ms); return
    raise KeyError(fname)
_add("LO_beretning_2017_utdrag.pdf", M("Læreplassgaranti – kampanje", ["2.3"], "Informasjon", "LO", ["Fellesforbundet","EL og IT Forbundet"], "2017",
   "Kampanje mot fylkespolitikere for flere læreplasser.", "T_LO_LAEREPLASS", nm="laerebed", tword="kampanje"))
_add("Spekter_referat_styremoter_2018.pdf", M("Samarbeid om relevant helsesekretærutdanning", ["1.4"], "Råd/utvalg/nettverk", "Spekter", ["Helse Sør-Øst","Utdanningsdirektoratet"], "2018",
   "Arbeid for å gjøre utdanningen mer relevant for sykehusene.", "T_SPEKTER_HELSESEKR", nm="evu", tword="samarbeid"))
_add("Akademikerne_nyhetsbrev_desember_2021.docx", M("Rapport om livslang læring blant akademikere", ["2.2"], "FoU", "Akademikerne", ["Fafo"], "2021",
   "Undersøkelse om bruk av etter- og videreutdanning.", "T_AKAD_RAPP", nm="rapport", tword="FoU"))
_add("Regjeringen_KD_rapport_NKPS_2018.pdf", M("Kompetansepluss arbeid", ["3.2"], "Kurs/utdanning", "Regjeringen", ["Kompetanse Norge","partene"], "2018",
   "Tilskuddsordning for opplæring i grunnleggende ferdigheter på arbeidsplassen.", "T_KPLUSS_ARB", nm="kpluss", tword="kurs"))
_add("HK-dir_aarsrapport_2022_utdrag.pdf", M("Kompetanseforum for fylkeskommunene", ["1.2"], "Råd/utvalg/nettverk", "HK-dir", ["Fylkeskommunene","KS"], "2022",
   "Nasjonalt nettverk for fylkeskommunenes kompetansearbeid.", "T_HKDIR_FYLKESNETT", nm="forum", tword="Nettverk"))
_add("Vestland_fylkeskommune_saksframlegg_2021.docx", M("Kompetansekonferansen Vestland 2021", ["1.2"], "Arrangement", "Vestland fylkeskommune", ["KS Vest"], "November 2021",
   "Konferanse for partnarskapet.", "T_VL_KONF", nm="konf", tword="konferanse"))
_add("NHO_Kompetansebrev_nr4_2018.pdf", M("Arbeidsgiverkonferansen om kompetanse", ["2.2"], "Arrangement", "NHO", ["NHO Service og Handel"], "Oktober 2018",
   "Konferanse for medlemsbedrifter om kompetanseplanlegging.", "T_NHO_KONF", nm="konf", tword="konferanse"))
_add("YS_aarsmelding_2018.pdf", M("Permitterte og ledige – veiledning om opplæring", ["3.3"], "Informasjon", "YS", ["NAV"], "2018",
   "Informasjonsmateriell til medlemmer uten arbeid.", "T_YS_PERMITTERT", nm="permittert", tword="Informasjon"))
_add("VOFO_aarsmelding_2017.docx", M("Voksenopplæringskonferansen 2017", ["3.6"], "Arrangement", "VOFO", ["Kompetanse Norge"], "Juni 2017",
   "Nasjonal konferanse om læring i frivillig sektor.", "T_VOFO_KONF", nm="konf", tword="Arrangement"))
_add("Trondelag_fylkeskommune_moteprotokoll_2024.docx", M("Kompetansekonferansen Trøndelag", ["1.2"], "Arrangement", "Trøndelag fylkeskommune", ["NTNU"], "Mai 2024",
   "Konferanse for partnerskapet.", "T_TR_KONF", nm="konf", tword="konferanse"))
