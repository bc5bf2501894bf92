# Shared definitions for batch match38 (ordinary NKPS follow-up reports)
D = ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6',
     '3.1', '3.2', '3.3', '3.4', '3.5', '3.6']


def old(n):
    """old NKPS tiltak number (2017) -> delmål code"""
    return D[n - 1]


def oldnr(code):
    return D.index(code) + 1


def oldnrs(codes, sep=' og '):
    ns = [str(oldnr(c)) for c in sorted(codes)]
    if len(ns) == 1:
        return ns[0]
    return ', '.join(ns[:-1]) + sep + ns[-1]


# the strategy's own numbered list (2017), shortened the way members quote it
OLD_TEXT = {
    1: 'Etablere et kompetansebehovsutvalg (KBU)',
    2: 'Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle',
    3: 'Sørge for tilgang til karriereveiledning og et helhetlig system for karriereveiledning',
    4: 'Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet',
    5: 'Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken',
    6: 'Styrke kunnskapsgrunnlaget om læring i arbeidslivet',
    7: 'Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker',
    8: 'Koble kompetansebehov i virksomheter og klynger til utdannings- og opplæringstilbydere',
    9: 'Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet',
    10: 'Forenkle og forbedre godkjenning og vurdering av utenlandsk utdanning',
    11: 'Gi fleksibel opplæring på voksnes premisser',
    12: 'Stimulere til bruk av Kompetanseplussordningene',
    13: 'Benytte opplærings- og kompetansetiltak mer aktivt i arbeidsmarkeds- og integreringspolitikken',
    14: 'Målrette og effektivisere norskopplæring, introduksjonsprogrammet og kvalifiseringstiltak for innvandrere',
    15: 'Styrke og tilpasse NAVs opplæringstilbud for arbeidssøkere',
    16: 'Stimulere til læringsmotivasjon gjennom opplæring i frivillig sektor',
}

WORDS = {
    '1.1': 'Etablere et kompetansebehovsutvalg (KBU)',
    '1.2': 'Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle',
    '1.3': 'Sørge for tilgang til karriereveiledning og et helhetlig system for karriereveiledning',
    '1.4': 'Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet',
    '2.1': 'Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken',
    '2.2': 'Styrke kunnskapsgrunnlaget om læring i arbeidslivet',
    '2.3': 'Synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker',
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
# the short "keyword" form some members use
SHORT = {
    '1.1': 'Kompetansebehovsutvalg', '1.2': 'Regionalt folkevalgt nivå', '1.3': 'Karriereveiledning',
    '1.4': 'Samarbeid utdanning–arbeidsliv', '2.1': 'Digital kompetanse', '2.2': 'Kunnskapsgrunnlag',
    '2.3': 'Yrkesfag og karrieremuligheter', '2.4': 'Koble virksomheter og tilbydere',
    '2.5': 'Dokumentasjon av kompetanse', '2.6': 'Godkjenning av utenlandsk utdanning',
    '3.1': 'Fleksibel opplæring for voksne', '3.2': 'Kompetansepluss', '3.3': 'Arbeidsmarkeds- og integreringspolitikk',
    '3.4': 'Norskopplæring for innvandrere', '3.5': 'NAVs opplæringstilbud', '3.6': 'Frivillig sektor',
}
WORDS_NN = {
    '1.1': 'Etablere eit kompetansebehovsutval (KBU)',
    '1.2': 'Styrkje det regionale folkevalde nivået sitt kompetansepolitiske ansvar og samordningsrolle',
    '1.3': 'Sørgje for tilgang til karriererettleiing og eit heilskapleg system for karriererettleiing',
    '1.4': 'Vidareutvikle samarbeidet mellom opplærings- og utdanningstilbydarar og arbeidslivet',
    '2.1': 'Styrkje og vidareutvikle den digitale kompetansen i heile arbeidsstyrken',
    '2.2': 'Styrkje kunnskapsgrunnlaget om læring i arbeidslivet',
    '2.3': 'Synleggjere og utvikle karrieremoglegheitene i yrkesfaglege utdanningar og yrke',
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

# printed type word (lower case) -> canonical type; anything not listed -> 'Annet'
_T = {
    'fou': 'FoU', 'forskning og utvikling': 'FoU', 'forskning': 'FoU', 'utredning': 'FoU', 'analyse': 'FoU',
    'undersøking': 'FoU', 'undersøkelse': 'FoU', 'evaluering': 'FoU', 'kartlegging': 'FoU', 'forskning og analyse': 'FoU',
    'fou/analyse': 'FoU', 'fou-prosjekt': 'FoU',
    'kurs/utdanning': 'Kurs/utdanning', 'kurs': 'Kurs/utdanning', 'utdanning': 'Kurs/utdanning', 'opplæring': 'Kurs/utdanning',
    'kurs og kompetanseheving': 'Kurs/utdanning', 'kursrekke': 'Kurs/utdanning', 'skolering': 'Kurs/utdanning',
    'kurs / utdanning': 'Kurs/utdanning', 'utdanningstilbod': 'Kurs/utdanning', 'kurs og opplæring': 'Kurs/utdanning',
    'råd/utvalg/nettverk': 'Råd/utvalg/nettverk', 'råd/utval/nettverk': 'Råd/utvalg/nettverk', 'råd / utvalg / nettverk': 'Råd/utvalg/nettverk',
    'nettverk': 'Råd/utvalg/nettverk', 'råd': 'Råd/utvalg/nettverk', 'utvalg': 'Råd/utvalg/nettverk', 'utval': 'Råd/utvalg/nettverk',
    'forum': 'Råd/utvalg/nettverk', 'råd og utvalg': 'Råd/utvalg/nettverk', 'referansegruppe': 'Råd/utvalg/nettverk',
    'partssamarbeid i råd': 'Råd/utvalg/nettverk', 'nettverk/forum': 'Råd/utvalg/nettverk', 'råd, utvalg og nettverk': 'Råd/utvalg/nettverk',
    'prosjekt': 'Prosjekt', 'prosjekter': 'Prosjekt', 'pilot': 'Prosjekt', 'forsøk': 'Prosjekt', 'utviklingsprosjekt': 'Prosjekt',
    'prosj.': 'Prosjekt', 'prosjekt/pilot': 'Prosjekt',
    'informasjon': 'Informasjon', 'informasjonsarbeid': 'Informasjon', 'info': 'Informasjon',
    'arrangement': 'Arrangement', 'konferanse': 'Arrangement', 'seminar': 'Arrangement', 'samling': 'Arrangement',
    'møteplass': 'Arrangement', 'arrangement/konferanse': 'Arrangement', 'konferansar': 'Arrangement', 'konferanser': 'Arrangement',
}
# printed words that deliberately map to 'Annet' (documented in README)
ANNET_WORDS = {'avtale', 'tilskuddsordning', 'tilskotsordning', 'kampanje', 'reform', 'plan', 'strategi', 'tjeneste', 'teneste',
               'stipend', 'stipendordning', 'program', 'ordning', 'forvaltning', 'regelverk', 'lovendring', 'tilbod',
               'tilbud', 'annet', 'anna', 'rekruttering', 'verktøy', 'digital plattform', 'satsing', 'brev',
               'rådgivning', 'karrieresenter', 'andre tiltak', 'rapport', 'partssamarbeid', 'stortingsmelding', 'melding til stortinget', 'handlingsplan'}


def canon_type(word):
    w = word.strip().lower()
    if w in _T:
        return _T[w]
    assert w in ANNET_WORDS, 'unknown printed type word: %r' % word
    return 'Annet'


def and_join(items, word='og'):
    items = list(items)
    if len(items) <= 1:
        return ''.join(items)
    return ', '.join(items[:-1]) + f' {word} ' + items[-1]
