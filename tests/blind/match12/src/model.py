"""Small data model shared by content and render modules."""


def M(tid, title, dm, resp, partners, period, desc, typ="", rp=""):
    """One reported measure row.  dm: delmål codes as a space-separated string ('' = none given).
    typ: the type as the reporter prints it (own vocabulary).  rp: combined responsible/partner
    text for templates that print the two in one field."""
    return {"tid": tid, "title": title, "dm": dm.split() if dm else [], "resp": resp,
            "partners": partners, "period": period, "desc": desc, "typ": typ, "rp": rp}


def R(file, reporter, year, template, rows, **meta):
    return {"file": file, "reporter": reporter, "year": year, "template": template,
            "rows": rows, "meta": meta}
