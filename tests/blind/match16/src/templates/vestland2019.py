"""Vestland 2019 (nynorsk): numbered chapters per delmål, numbered measure headings, a description paragraph
and then label lines (Ansvarleg / Samarbeidspartnarar / Tidsrom)."""
from .. import docx_util as D
from ..data import ORDER, DELMAL_NN

CHAPTER = {"1.2": "Regional samordning", "1.3": "Karriererettleiing", "1.4": "Utdanning og arbeidsliv",
           "2.3": "Yrkesfag og karrierevegar", "2.4": "Kompetanse i næringslivet", "3.1": "Opplæring for vaksne"}


def build(rep, out):
    doc = D.new_document(font="Cambria", size=11)
    D.heading_color(doc, "Heading 1", "00507D")
    D.heading_color(doc, "Heading 2", "00507D")
    sec = doc.sections[0]
    D.footer_text(sec, "Vestland fylkeskommune · Rapport NKPS 2019")
    D.para(doc, "Vestland fylkeskommune", size=11, color="00507D", bold=True)
    D.para(doc, "Rapport til Kompetansepolitisk råd 2019", bold=True, size=18)
    D.para(doc, "Fellesnemnda for Hordaland og Sogn og Fjordane fylkeskommunar", italic=True)
    doc.add_heading("1 Innleiing", level=1)
    D.para(doc, "Frå 1. januar 2020 blir Hordaland og Sogn og Fjordane slått saman til Vestland fylkeskommune. "
                "Denne rapporten samlar tiltaka dei to fylkeskommunane har arbeidd med i 2019 for å følgje opp "
                "Nasjonal kompetansepolitisk strategi. Kapitla følgjer delmåla i strategien.")
    groups = {}
    for r in rep["rows"]:
        primary = [c for c in r["delmal"] if c != r.get("extra_dm")][0]
        groups.setdefault(primary, []).append(r)
    ch = 1
    for code in ORDER:
        if code not in groups:
            continue
        ch += 1
        doc.add_heading(f"{ch} {CHAPTER[code]} – delmål {code}", level=1)
        D.para(doc, f"Delmålet: «{DELMAL_NN[code]}»", italic=True, size=10)
        for j, r in enumerate(groups[code], 1):
            doc.add_heading(f"{ch}.{j} {r['title']}", level=2)
            D.para(doc, r["description"])
            for lab, val in (("Ansvarleg", r["responsible"]), ("Samarbeidspartnarar", ", ".join(r["partners"])),
                             ("Tidsrom", r["period"])):
                p = D.para(doc, space_after=0)
                D.run(p, lab + ": ", bold=True)
                D.run(p, val)
            if r.get("extra_dm"):
                D.para(doc, f"Tiltaket er òg knytt til delmål {r['extra_dm']}.", italic=True)
    doc.save(out)
