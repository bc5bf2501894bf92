# -*- coding: utf-8 -*-
"""Shared data helpers for match36."""
DELMAL = ["1.1","1.2","1.3","1.4","2.1","2.2","2.3","2.4","2.5","2.6","3.1","3.2","3.3","3.4","3.5","3.6"]
OLD = {str(i+1): c for i, c in enumerate(DELMAL)}          # old NKPS nr -> code
NEW2OLD = {c: str(i+1) for i, c in enumerate(DELMAL)}

# short bokmål wording (as members quote it)
WORDS = {
 "1.1": "Etablere et kompetansebehovsutvalg (KBU)",
 "1.2": "Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle",
 "1.3": "Sørge for tilgang til karriereveiledning og et helhetlig system for karriereveiledning",
 "1.4": "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet",
 "2.1": "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken",
 "2.2": "Styrke kunnskapsgrunnlaget om læring i arbeidslivet",
 "2.3": "Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker",
 "2.4": "Koble kompetansebehov i virksomheter og klynger til utdannings- og opplæringstilbydere",
 "2.5": "Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet",
 "2.6": "Forenkle og forbedre godkjenning og vurdering av utenlandsk utdanning",
 "3.1": "Gi fleksibel opplæring på voksnes premisser",
 "3.2": "Stimulere til bruk av Kompetanseplussordningene",
 "3.3": "Benytte opplærings- og kompetansetiltak mer aktivt i arbeidsmarkeds- og integreringspolitikken",
 "3.4": "Målrette og effektivisere norskopplæring, introduksjonsprogrammet og øvrige kvalifiseringstiltak for innvandrere",
 "3.5": "Styrke og tilpasse NAVs opplæringstilbud for arbeidssøkere",
 "3.6": "Stimulere til at flere finner læringsmotivasjon gjennom opplæring i frivillig sektor",
}
# nynorsk wording (county writers)
WORDS_NN = {
 "1.1": "Etablere eit kompetansebehovsutval (KBU)",
 "1.2": "Styrkje det regionale folkevalde nivået sitt kompetansepolitiske ansvar og samordningsrolle",
 "1.3": "Syte for tilgang til karriererettleiing og eit heilskapleg system for karriererettleiing",
 "1.4": "Vidareutvikle samarbeidet mellom opplærings- og utdanningstilbydarar og arbeidslivet",
 "2.1": "Styrkje og vidareutvikle den digitale kompetansen i heile arbeidsstyrken",
 "2.2": "Styrkje kunnskapsgrunnlaget om læring i arbeidslivet",
 "2.3": "Samarbeide om å synleggjere og utvikle karrieremogelegheitene i yrkesfaglege utdanningar og yrke",
 "2.4": "Kople kompetansebehov i verksemder og klynger til utdannings- og opplæringstilbydarar",
 "2.5": "Gjere det enklare å få dokumentert kompetanse som er tileigna i arbeidslivet",
 "2.6": "Forenkle og betre godkjenning og vurdering av utanlandsk utdanning",
 "3.1": "Gi fleksibel opplæring på premissane til vaksne",
 "3.2": "Stimulere til bruk av Kompetansepluss-ordningane",
 "3.3": "Nytte opplærings- og kompetansetiltak meir aktivt i arbeidsmarknads- og integreringspolitikken",
 "3.4": "Målrette og effektivisere norskopplæringa, introduksjonsprogrammet og andre kvalifiseringstiltak for innvandrarar",
 "3.5": "Styrkje og tilpasse opplæringstilbodet i NAV for arbeidssøkjarar",
 "3.6": "Stimulere til at fleire finn læringsmotivasjon gjennom opplæring i frivillig sektor",
}

CANON = ["Kurs/utdanning", "Prosjekt", "Råd/utvalg/nettverk", "FoU", "Arrangement", "Annet"]

def M(tid, title, dm, tp, typ, resp, partners, period, desc, **kw):
    """One measure row. dm: list of codes; tp: type word as printed; typ: canonical type."""
    assert typ in CANON, typ
    for c in dm:
        assert c in DELMAL, c
    d = dict(tiltak_id=tid, title=title, delmal=sorted(dm), tp=tp, type=typ,
             responsible=resp, partners=list(partners), period=period, description=desc)
    d.update(kw)
    return d

def F(name, reporter, year, fmt, layout, desc, measures, **kw):
    d = dict(file=name, reporter=reporter, year=year, fmt=fmt, layout=layout,
             layout_desc=desc, measures=measures)
    d.update(kw)
    return d

def oldnr(dm, sep=" og "):
    nums = [NEW2OLD[c] for c in dm]
    if len(nums) == 1:
        return nums[0]
    return ", ".join(nums[:-1]) + sep + nums[-1]

def codes(dm, sep=" og "):
    if len(dm) == 1:
        return dm[0]
    return ", ".join(dm[:-1]) + sep + dm[-1]
