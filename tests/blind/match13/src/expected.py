"""Build expected.json and near_misses.json from the data modules."""
from .data_gov import REPORTS as GOV
from .data_partners import REPORTS as PARTNERS
from .data_regions import REPORTS as REGIONS
from .near_misses import PAIRS

ALL = GOV + PARTNERS + REGIONS


def expected():
    out = {}
    for rep in sorted(ALL, key=lambda r: (r.year, r.file)):
        earlier = set()
        for other in ALL:
            if other.reporter == rep.reporter and other.year < rep.year:
                earlier |= {r.tid for r in other.rows}
        out[rep.file] = {
            "reporter": rep.reporter,
            "report_year": rep.year,
            "measures": [{
                "title": r.title, "delmal": r.delmal, "type": r.type, "responsible": r.resp,
                "partners": r.partners, "period": r.period, "description": r.desc,
                "tiltak_id": r.tid, "continues": r.tid in earlier,
            } for r in rep.rows],
        }
    return out


def near_misses():
    res = []
    for ra, ta, rb, tb, why in PAIRS:
        def title(rep, tid):
            hits = [r.title for r in rep.rows if r.tid == tid]
            assert len(hits) == 1, (rep.file, tid, hits)
            return hits[0]
        assert ta != tb, (ra.file, ta)
        res.append({"a": [ra.file, title(ra, ta)], "b": [rb.file, title(rb, tb)], "why": why})
    return res
