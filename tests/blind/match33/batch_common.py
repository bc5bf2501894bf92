# -*- coding: utf-8 -*-
"""Shared constants and the measure helper for batch match33.

All content of the batch lives in batch_data_*.py (one list of file dicts per
module); make_batch.py renders them and writes the ground truth.
"""

# The 16 delmål in the order of Vedlegg 1 (= old NKPS tiltak nr. 1-16).
DELMAL = [
    ("1.1", "Etablere et kompetansebehovsutvalg (KBU)"),
    ("1.2", "Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle"),
    ("1.3", "Sørge for tilgang til karriereveiledning og et helhetlig system for karriereveiledning"),
    ("1.4", "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet"),
    ("2.1", "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken"),
    ("2.2", "Styrke kunnskapsgrunnlaget om læring i arbeidslivet"),
    ("2.3", "Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker"),
    ("2.4", "Koble kompetansebehov i virksomheter og klynger til utdannings- og opplæringstilbydere"),
    ("2.5", "Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet"),
    ("2.6", "Forenkle og forbedre godkjenning av utenlandsk utdanning og yrkeskvalifikasjoner"),
    ("3.1", "Gi fleksibel opplæring på voksnes premisser"),
    ("3.2", "Stimulere til bruk av Kompetanseplussordningene"),
    ("3.3", "Benytte opplærings- og kompetansetiltak mer aktivt i arbeidsmarkeds- og integreringspolitikken"),
    ("3.4", "Målrette og effektivisere norskopplæring og kvalifiseringstiltak for innvandrere"),
    ("3.5", "Styrke og tilpasse NAVs opplæringstilbud for arbeidssøkere"),
    ("3.6", "Stimulere til læringsmotivasjon gjennom opplæring i frivillig sektor"),
]
CODES = [c for c, _ in DELMAL]
OLD_TO_CODE = {i + 1: c for i, c in enumerate(CODES)}
CODE_TO_OLD = {c: i + 1 for i, c in enumerate(CODES)}

AREAS_NB = {
    "1": "Gode valg for den enkelte og for samfunnet",
    "2": "Læring i arbeidslivet",
    "3": "Styrke kompetansen til voksne med svak tilknytning til arbeidslivet",
}
AREAS_NN = {
    "1": "Gode val for den einskilde og for samfunnet",
    "2": "Læring i arbeidslivet",
    "3": "Styrkje kompetansen til vaksne med svak tilknyting til arbeidslivet",
}

TYPES = ["Kurs/utdanning", "Prosjekt", "Råd/utvalg/nettverk", "FoU", "Arrangement", "Annet"]
KURS, PROSJ, RAAD, FOU, ARR, ANNET = TYPES


def M(id, t, d, ty, tp, r, p, per, ds, dm="", **extra):
    """One measure row.

    id  tiltak_id (same id = same tiltak across files)
    t   title exactly as printed
    d   delmål codes (ground truth)
    ty  canonical type (one of TYPES)
    tp  type word as printed in the document
    r   responsible as printed ('' if not printed)
    p   partners as printed, split into a list
    per period as printed
    ds  description as printed (joined text)
    dm  delmål as printed in the document (layout specific)
    extra: layout-specific values (status, amount, role, short name ...)
    """
    assert ty in TYPES, ty
    for c in d:
        assert c in CODES, c
    row = dict(id=id, t=t, d=sorted(d, key=CODES.index), ty=ty, tp=tp, r=r,
               p=list(p), per=per, ds=ds, dm=dm)
    row.update(extra)
    return row


def join_partners(p, sep=", "):
    return sep.join(p)
