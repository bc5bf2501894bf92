"""Row constructor shared by the data modules."""

TYPES = {
    "F": "FoU",
    "K": "Kurs/utdanning",
    "R": "Råd/utvalg/nettverk",
    "P": "Prosjekt",
    "I": "Informasjon",
    "A": "Arrangement",
}


def R(t, title, dm, typ, resp, partners, period, desc, **kw):
    """One measure as the report prints it.

    t        tiltak id (ground truth identity)
    dm       list of delmål codes the report assigns (ground truth)
    typ      one letter key of TYPES (ground-truth category)
    kw       template-specific extras: dmp (printed delmål), tp (printed type),
             rp (printed responsible/partner text), sec (section), ansvar (sentence)
    """
    row = dict(t=t, title=title, dm=list(dm), type=TYPES[typ], resp=resp,
               partners=list(partners), period=period, desc=desc)
    row.update(kw)
    return row
