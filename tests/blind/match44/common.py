# shared helpers for match44
DELMAL = ['1.1','1.2','1.3','1.4','2.1','2.2','2.3','2.4','2.5','2.6','3.1','3.2','3.3','3.4','3.5','3.6']
def old(n):  # old NKPS tiltak nr -> delmål code
    return DELMAL[n-1]
def newnr(code):
    return DELMAL.index(code)+1
DM_SHORT = {
 '1.1':'kompetansebehovsutvalg (KBU)','1.2':'regionalt folkevalgt nivås samordningsrolle',
 '1.3':'karriereveiledning','1.4':'samarbeid mellom utdanningstilbydere og arbeidslivet',
 '2.1':'digital kompetanse i hele arbeidsstyrken','2.2':'kunnskapsgrunnlaget om læring i arbeidslivet',
 '2.3':'karrieremuligheter i yrkesfaglige utdanninger','2.4':'koble kompetansebehov i virksomheter til tilbydere',
 '2.5':'dokumentasjon av kompetanse ervervet i arbeidslivet','2.6':'godkjenning av utenlandsk utdanning',
 '3.1':'fleksibel opplæring på voksnes premisser','3.2':'Kompetanseplussordningene',
 '3.3':'opplæring i arbeidsmarkeds- og integreringspolitikken','3.4':'norskopplæring og kvalifisering for innvandrere',
 '3.5':'NAVs opplæringstilbud','3.6':'læring i frivillig sektor'}
DM_NN = {
 '1.1':'kompetansebehovsutval (KBU)','1.2':'regionalt folkevalt nivå si samordningsrolle',
 '1.3':'karriererettleiing','1.4':'samarbeid mellom utdanningstilbydarar og arbeidslivet',
 '2.1':'digital kompetanse i heile arbeidsstyrken','2.2':'kunnskapsgrunnlaget om læring i arbeidslivet',
 '2.3':'karrieremoglegheiter i yrkesfaglege utdanningar','2.4':'kople kompetansebehov i verksemder til tilbydarar',
 '2.5':'dokumentasjon av kompetanse frå arbeidslivet','2.6':'godkjenning av utanlandsk utdanning',
 '3.1':'fleksibel opplæring på vaksne sine premissar','3.2':'Kompetansepluss-ordningane',
 '3.3':'opplæring i arbeidsmarknads- og integreringspolitikken','3.4':'norskopplæring og kvalifisering for innvandrarar',
 '3.5':'opplæringstilbodet i NAV','3.6':'læring i frivillig sektor'}
DM_FULL = {
 '1.3':'Sørge for tilgang til karriereveiledning og et helhetlig system for karriereveiledning',
 '2.1':'Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken',
 '2.2':'Styrke kunnskapsgrunnlaget om læring i arbeidslivet',
 '2.3':'Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker',
 '2.4':'Arbeide mer systematisk for å koble kompetansebehov i små og store virksomheter til utdannings- og opplæringstilbydere',
 '1.4':'Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet',
 '2.5':'Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet',
}
TYPEMAP = {}
for w in ['fou','forskning og utvikling','forskning','undersøkelse','analyse','evaluering','kartlegging og analyse','kartlegging','utgreiing','utredning','rapport']:
    TYPEMAP[w] = 'FoU'
for w in ['kurs/utdanning','kurs','utdanning','opplæring','kurs og opplæring','kurs / utdanning','opplæringstiltak','e-læring']:
    TYPEMAP[w] = 'Kurs/utdanning'
for w in ['råd/utvalg/nettverk','råd/utval/nettverk','råd','utvalg','nettverk','utvalgsarbeid','rådsarbeid','deltakelse i utvalg','nettverk/forum','forum','partssamarbeid','utval']:
    TYPEMAP[w] = 'Råd/utvalg/nettverk'
for w in ['prosjekt','pilot','forsøk','utviklingsprosjekt','prosjekt/forsøk']:
    TYPEMAP[w] = 'Prosjekt'
for w in ['informasjon','info','nettside','informasjonstiltak','veiledningsmateriell','kommunikasjon','informasjonskampanje']:
    TYPEMAP[w] = 'Informasjon'
for w in ['arrangement','konferanse','seminar','møteplass','konferansar','samling']:
    TYPEMAP[w] = 'Arrangement'
def norm_type(w):
    return TYPEMAP.get(w.strip().lower(), 'Annet')
def R(tid, title, dm, typ, resp, partners, period, desc):
    return dict(tid=tid, title=title, delmal=sorted(dm), ptype=typ, type=norm_type(typ),
                responsible=resp, partners=list(partners), period=period, description=desc)
