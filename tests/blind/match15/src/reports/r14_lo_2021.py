"""LO 2021 - docx rendered to PDF. Running prose under thematic headings; each
measure is a paragraph opening with a bold lead-in (the title) followed by the
text; the delmål, when given, closes the paragraph in parentheses."""
from docx.shared import Pt

from ..common import M, docx_base, set_margins, add_runs, footer_text, header_text, render_via_soffice, join_no

REPORTER = "LO"
YEAR = 2021
FILENAME = "LO_rapport_NKPS_2021.pdf"

MEASURES = [
    M("T01", "Kompetansebehovsutvalget (KBU)", ["1.1"], "Råd/utvalg/nettverk", "Kunnskapsdepartementet", [], "",
      "Utvalget er oppnevnt av Kunnskapsdepartementet, og LO har fortsatt sin plass i utvalget. I 2021 arbeider "
      "utvalget med en temarapport om kompetansebehov i omstillingen til et grønnere arbeidsliv. LO har særlig "
      "løftet behovet for fagarbeidere.",
      x={"sec": 0, "dm": "(delmål 1.1)"}),
    M("T39", "Fortsatt arbeid for sterke karrieresentre i fylkene", ["1.3"], "Råd/utvalg/nettverk", "LO", [], "",
      "LO har fortsatt arbeidet for at alle voksne skal ha tilgang til gratis karriereveiledning, og at "
      "fylkeskommunene får et tydelig lovfestet ansvar for karrieresentrene. Vi har fulgt opp dette i høringer og "
      "i møter med KD.",
      x={"sec": 0, "dm": "(delmål 1.3)"}),
    M("T13", "Kompetansereformen «Lære hele livet»", [], "Prosjekt", "Kunnskapsdepartementet", [], "",
      "Reformen ledes av Kunnskapsdepartementet. LO deltar i oppfølgingen, blant annet i Kompetansepolitisk råd, "
      "og har i 2021 spilt inn behovet for et studiefinansieringssystem som gjør det mulig å kombinere jobb og "
      "utdanning.",
      x={"sec": 0, "dm": ""}),
    M("T41", "Notat om tariffavtalenes betydning i kompetansepolitikken", ["2.2"], "FoU", "LO", ["Fafo"], "",
      "LO har fått utarbeidet et notat fra Fafo om hvordan bestemmelsene om kompetanse i tariffavtalene brukes, og "
      "hvordan de kan styrkes. Notatet brukes i forberedelsene til mellomoppgjøret.",
      x={"sec": 0, "dm": "(delmål 2.2)"}),
    M("T04", "Bransjeprogrammene", ["2.1", "2.4"], "Kurs/utdanning", "Kunnskapsdepartementet",
      ["partene i arbeidslivet", "HK-dir"], "",
      "Bransjeprogrammene er etablert av Kunnskapsdepartementet sammen med partene i arbeidslivet. LO og "
      "forbundene deltar i alle programmene, som gir ansatte, permitterte og ledige tilgang til korte, "
      "arbeidsrettede utdanningstilbud. HK-dir har sekretariatet.",
      x={"sec": 1, "dm": "(delmål 2.1 og 2.4)"}),
    M("T05", "Bransjeprogram for kommunal helse og omsorg", ["2.1"], "Kurs/utdanning", "KS",
      ["Fagforbundet", "Delta", "NSF"], "",
      "KS leder programmet, og Fagforbundet deltar sammen med Delta og NSF. I 2021 har over 2000 ansatte tatt "
      "moduler i programmet, og mange er i gang med fagbrev som helsefagarbeider.",
      x={"sec": 1, "dm": "(delmål 2.1)"}),
    M("T06", "Bransjeprogram for varehandel", ["2.1", "2.4"], "Kurs/utdanning",
      "Virke og Handel og Kontor i Norge", ["NHO Service og Handel"], "",
      "Handel og Kontor i Norge og Virke har sammen med NHO Service og Handel utviklet tilbud for ansatte i butikk "
      "og lager, blant annet i digital handel og logistikk.",
      x={"sec": 1, "dm": "(delmål 2.1 og 2.4)"}),
    M("T36", "LOs kompetansekurs for tillitsvalgte – videreført", ["2.2"], "Kurs/utdanning", "LO", ["AOF Norge"],
      "",
      "Kurset er videreført som digitalt tilbud i samarbeid med AOF Norge og revidert i 2021 med en ny del om "
      "bransjeprogrammene og om rettigheter ved permittering.",
      x={"sec": 1, "dm": "(delmål 2.2)"}),
    M("T40", "Opplæring for permitterte og ledige", ["3.3", "3.5"], "Kurs/utdanning", "NAV", [], "",
      "LO har arbeidet for at permitterte og ledige kan ta opplæring uten å miste dagpengene. Ordningen forvaltes "
      "av NAV, ble utvidet under pandemien og er nå forlenget ut 2021.",
      x={"sec": 2, "dm": "(delmål 3.3 og 3.5)"}),
    M("T50", "Menn i helse", ["3.3"], "Prosjekt", "KS", ["Fagforbundet"], "",
      "Fagforbundet deltar i programmet som KS leder, der menn som står utenfor arbeidslivet får et løp fram mot "
      "fagbrev som helsefagarbeider.",
      x={"sec": 2, "dm": "(delmål 3.3)"}),
]

SECTIONS = ["Kunnskapsgrunnlag, veiledning og reform", "Kompetanse i arbeidslivet",
            "Voksne med svak tilknytning til arbeidslivet"]


def build(outdir, tmpdir):
    doc = docx_base("Georgia", 11)
    sec = doc.sections[0]
    set_margins(sec, 2.6, 2.4)
    header_text(sec, "Landsorganisasjonen i Norge")
    footer_text(sec, "LOs rapport 2021 – Nasjonal kompetansepolitisk strategi")

    p = doc.add_paragraph()
    add_runs(p, [("LOs rapport om kompetansepolitiske tiltak 2021", "b")], size=18)
    p = doc.add_paragraph()
    add_runs(p, [("Nasjonal kompetansepolitisk strategi 2017–2021 – siste rapporteringsår", "i")], size=12)
    doc.add_paragraph(
        "2021 er siste år i strategiperioden. Pandemien har vist hvor viktig det er at arbeidstakere kan styrke "
        "kompetansen sin mens de er i jobb, og at permitterte og ledige får tilbud om opplæring. LO har i 2021 "
        "prioritert arbeidet med bransjeprogrammene, kompetansereformen og tillitsvalgtes rolle. Under omtaler vi "
        "tiltakene LO har ansvar for eller deltar i. Der det er naturlig, viser vi til delmålene i strategien.")
    for si, name in enumerate(SECTIONS):
        doc.add_heading(name, level=2)
        for m in MEASURES:
            if m.get("sec") != si:
                continue
            q = doc.add_paragraph()
            q.paragraph_format.space_after = Pt(8)
            pieces = [(m.title + ". ", "b"), (m.description, "")]
            if m.get("dm"):
                pieces.append((" " + m.get("dm"), ""))
            add_runs(q, pieces)
    doc.add_heading("Veien videre", level=2)
    doc.add_paragraph(
        "LO mener at partene og myndighetene bør videreføre samarbeidet i Kompetansepolitisk råd etter 2021, og at "
        "en ny strategi bør bygge på erfaringene med bransjeprogrammene og trepartssamarbeidet.")
    render_via_soffice(doc, FILENAME, outdir, tmpdir)
