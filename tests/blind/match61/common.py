# Shared helpers for the match61 data files
def M(id, t, d=(), ty=None, r=None, p=(), per=None, desc=None, dm_ev=None, ty_ev=None, nm=()):
    """One ground-truth measure row.
    dm_ev: printed evidence for delmål when the codes themselves are not printed (old numbers / words)
    ty_ev: printed word(s) the type was mapped from when it differs from the canonical type"""
    return dict(id=id, title=t, delmal=sorted(d), type=ty, responsible=r, partners=list(p),
                period=per, description=desc, dm_ev=dm_ev, ty_ev=ty_ev, nm=list(nm))
