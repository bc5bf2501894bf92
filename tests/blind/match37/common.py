# Shared definitions for batch match37
D = ['1.1','1.2','1.3','1.4','2.1','2.2','2.3','2.4','2.5','2.6','3.1','3.2','3.3','3.4','3.5','3.6']
def old(n):
    return D[n-1]
def oldnr(code):
    return D.index(code) + 1

# delmål wording (bokmål, shortened as members quote it)
WORDS = {
 '1.1': 'Etablere et kompetansebehovsutvalg (KBU)',
 '1.2': 'Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle',
 '1.3': 'Sørge for tilgang til karriereveiledning og et helhetlig system for karriereveiledning',
 '1.4': 'Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet',
 '2.1': 'Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken',
 '2.2': 'Styrke kunnskapsgrunnlaget om læring i arbeidslivet',
 '2.3': 'Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker',
 '2.4': 'Koble kompetansebehov i virksomheter og klynger til utdannings- og opplæringstilbydere',
 '2.5': 'Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet',
 '2.6': 'Forenkle og forbedre godkjenning og vurdering av utenlandsk utdanning',
 '3.1': 'Gi fleksibel opplæring på voksnes premisser',
 '3.2': 'Stimulere til bruk av Kompetanseplussordningene',
 '3.3': 'Benytte opplærings- og kompetansetiltak mer aktivt i arbeidsmarkeds- og integreringspolitikken',
 '3.4': 'Målrette og effektivisere norskopplæring og kvalifiseringstiltak for innvandrere',
 '3.5': 'Styrke og tilpasse NAVs opplæringstilbud for arbeidssøkere',
 '3.6': 'Stimulere til læringsmotivasjon gjennom opplæring i frivillig sektor',
}
WORDS_NN = {
 '1.1': 'Etablere eit kompetansebehovsutval (KBU)',
 '1.2': 'Styrkje det regionale folkevalde nivået sitt kompetansepolitiske ansvar og samordningsrolle',
 '1.3': 'Sørgje for tilgang til karriererettleiing og eit heilskapleg system for karriererettleiing',
 '1.4': 'Vidareutvikle samarbeidet mellom opplærings- og utdanningstilbydarar og arbeidslivet',
 '2.1': 'Styrkje og vidareutvikle den digitale kompetansen i heile arbeidsstyrken',
 '2.2': 'Styrkje kunnskapsgrunnlaget om læring i arbeidslivet',
 '2.3': 'Samarbeide om å synleggjere og utvikle karrieremoglegheitene i yrkesfaglege utdanningar og yrke',
 '2.4': 'Kople kompetansebehov i verksemder og klynger til utdannings- og opplæringstilbydarar',
 '2.5': 'Gjere det enklare å få dokumentert kompetanse frå arbeidslivet',
 '2.6': 'Forenkle og betre godkjenning og vurdering av utanlandsk utdanning',
 '3.1': 'Gi fleksibel opplæring på premissane til vaksne',
 '3.2': 'Stimulere til bruk av Kompetansepluss-ordningane',
 '3.3': 'Nytte opplærings- og kompetansetiltak meir aktivt i arbeidsmarknads- og integreringspolitikken',
 '3.4': 'Målrette og effektivisere norskopplæringa og kvalifiseringstiltak for innvandrarar',
 '3.5': 'Styrkje og tilpasse opplæringstilbodet i NAV for arbeidssøkjarar',
 '3.6': 'Stimulere til læringsmotivasjon gjennom opplæring i frivillig sektor',
}
AREAS = {'1': 'Gode valg for den enkelte og for samfunnet', '2': 'Læring i arbeidslivet',
         '3': 'Styrke kompetansen til voksne med svak tilknytning til arbeidslivet'}
AREAS_NN = {'1': 'Gode val for den einskilde og for samfunnet', '2': 'Læring i arbeidslivet',
            '3': 'Styrkje kompetansen til vaksne med svak tilknyting til arbeidslivet'}

# printed type word -> canonical type
_T = {
 'kurs/utdanning':'Kurs/utdanning','kurs':'Kurs/utdanning','utdanning':'Kurs/utdanning','opplæring':'Kurs/utdanning',
 'kurs og opplæring':'Kurs/utdanning','utdanningstilbod':'Kurs/utdanning','kurs/utdanning ':'Kurs/utdanning',
 'prosjekt':'Prosjekt','prosj.':'Prosjekt','utviklingsprosjekt':'Prosjekt','pilot':'Prosjekt','prosjekt/pilot':'Prosjekt',
 'råd/utvalg/nettverk':'Råd/utvalg/nettverk','råd/utval/nettverk':'Råd/utvalg/nettverk','nettverk':'Råd/utvalg/nettverk',
 'utvalg':'Råd/utvalg/nettverk','råd':'Råd/utvalg/nettverk','forum':'Råd/utvalg/nettverk','råd/utvalg':'Råd/utvalg/nettverk',
 'fou':'FoU','forskning':'FoU','utredning':'FoU','analyse':'FoU','forskning og utvikling':'FoU','fou-rapport':'FoU','evaluering':'FoU',
 'arrangement':'Arrangement','konferanse':'Arrangement','seminar':'Arrangement','samling':'Arrangement','møteplass':'Arrangement',
}
def canon_type(word):
    return _T.get(word.strip().lower(), 'Annet')
