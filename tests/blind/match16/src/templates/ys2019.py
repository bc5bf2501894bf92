"""YS 2019: running prose. Each measure is a paragraph with a bold lead-in (the title) followed by text;
an italic line under it names the delmål (missing for some)."""
from .. import docx_util as D
from ..data import AREAS, dm_codes


def build(rep, out):
    doc = D.new_document(font="Georgia", size=11)
    sec = doc.sections[0]
    D.header_text(sec, "YS – Yrkesorganisasjonenes Sentralforbund")
    D.footer_text(sec, "YS' rapportering til Kompetansepolitisk råd 2019")
    D.para(doc, "Kompetanse i arbeidslivet", size=11, italic=True)
    D.para(doc, "YS' rapportering til Kompetansepolitisk råd 2019", bold=True, size=17)
    D.para(doc, "YS organiserer over 220 000 medlemmer i 15 forbund, i privat og offentlig sektor. For YS er det et "
                "mål at alle arbeidstakere skal ha mulighet til å utvikle kompetansen sin gjennom hele "
                "arbeidslivet. Her omtaler vi det YS har gjort i 2019 innenfor strategiens tre "
                "innsatsområder. Tiltak som videreføres fra tidligere år, er tatt med når det har skjedd noe nytt.")
    for area in ("1", "2", "3"):
        rows = [r for r in rep["rows"] if r["area"] == area]
        doc.add_heading(f"Innsatsområde {area}: {AREAS[area]}", level=2)
        for r in rows:
            p = D.para(doc)
            D.run(p, r["title"] + ".", bold=True)
            D.run(p, " " + r["description"])
            if r["delmal"]:
                word = "Delmål" if len(r["delmal"]) == 1 else "Delmålene"
                D.para(doc, f"{word} {dm_codes(r['delmal'])}", italic=True, size=9, color="595959")
    D.para(doc, "")
    D.para(doc, "YS vil i 2020 legge særlig vekt på oppfølgingen av kompetansereformen og på at partene får en "
                "tydelig rolle i bransjeprogrammene.")
    D.save_via_soffice(doc, out)
