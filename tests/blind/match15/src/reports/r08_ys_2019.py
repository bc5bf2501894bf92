"""YS 2019 - docx. A Word numbered list: each item is the measure title in
bold, followed by indented lines 'Delmål:', 'Ansvar:', 'Samarbeid:',
'Varighet:' and 'Hva:' (the description)."""
import os

from docx.shared import Pt, Cm

from ..common import M, docx_base, set_margins, add_runs, footer_text

REPORTER = "YS"
YEAR = 2019
FILENAME = "YS_tiltak_kompetansestrategien_2019.docx"

MEASURES = [
    M("T01", "YS sin plass i Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk",
      "Kunnskapsdepartementet", ["hovedorganisasjonene", "forskere"], "Løpende",
      "YS er representert i utvalget og har bidratt i arbeidet med temarapporten om kompetansebehov i et "
      "arbeidsliv i endring. YS formidler utvalgets analyser videre til forbundene.",
      x={"dm": "1.1"}),
    M("T08", "Arbeidsgruppa for digital kompetanse", ["2.1"], "Råd/utvalg/nettverk", "Kompetanse Norge",
      ["LO", "NHO", "Unio", "KS", "Spekter", "Akademikerne"], "2018",
      "YS deltok i arbeidsgruppa som leverte forslag til Kompetansepolitisk råd i 2018. Forslagene er fulgt opp "
      "med en tilskuddsordning for partssammensatte prosjekter.",
      x={"dm": "2.1"}),
    M("T07", "Fleksible videreutdanningstilbud i digital kompetanse", ["2.1", "2.4"], "Kurs/utdanning",
      "KD", ["Kompetanse Norge", "DIKU", "partene"], "2018–2020",
      "YS har vært med i vurderingen av søknader og har fremmet behovene til YS-forbundenes medlemmer innen IKT, "
      "bank og finans og offentlig forvaltning.",
      x={"dm": "2.1 og 2.4"}),
    M("T47", "YS Arbeidslivsbarometer 2019 – tema kompetanse og omstilling", ["2.2"], "FoU", "YS",
      ["Arbeidsforskningsinstituttet (AFI) ved OsloMet"], "Publisert september 2019",
      "Barometeret måler årlig utviklingen i norsk arbeidsliv. I 2019 var det ekstra spørsmål om hvor mye "
      "arbeidstakerne lærer på jobben, og om de får tid og støtte til etter- og videreutdanning.",
      x={"dm": "2.2"}),
    M("T37", "Tillitsvalgtopplæring om kompetanseutvikling i YS-forbundene", ["2.2"], "Kurs/utdanning", "YS",
      ["YS-forbundene"], "2019–2020",
      "YS har utviklet en kursmodul om kompetanse for tillitsvalgte, med vekt på hvordan kompetanseplaner og "
      "drøftinger etter hovedavtalen kan brukes lokalt.",
      x={"dm": "2.2"}),
    M("T02", "Samfunnskontrakt for flere læreplasser", ["2.3"], "Råd/utvalg/nettverk", "KD",
      ["partene", "KS"], "2016–2020",
      "YS oppfordrer forbundene og tillitsvalgte til å bidra til at virksomhetene tar inn lærlinger, og følger "
      "utviklingen i antall godkjente lærekontrakter.",
      x={"dm": "2.3"}),
    M("T14", "Yrkesfagenes år 2018 – deltakelse", ["2.3"], "Informasjon", "KD",
      ["partene i arbeidslivet"], "2018",
      "YS bidro i kampanjen med historier fra yrkesfagarbeidere i YS-forbundene og deltok i "
      "avslutningskonferansen.",
      x={"dm": "2.3"}),
    M("T35", "«Balansekunst» – modell for vurdering av kompetanse fra arbeidslivet", ["2.5"], "FoU", "Virke",
      ["LO", "NHO", "YS"], "Lansert april 2018, videre utprøving 2019",
      "YS har vært med i arbeidet med modellen og vil ta den i bruk i dialog med forbundene om dokumentasjon av "
      "realkompetanse.",
      x={"dm": "2.5"}),
]


def build(outdir, tmpdir):
    doc = docx_base("Calibri", 11)
    sec = doc.sections[0]
    set_margins(sec, 2.5, 2.5)
    footer_text(sec, "YS – Yrkesorganisasjonenes Sentralforbund")

    p = doc.add_paragraph()
    add_runs(p, [("Notat", "b")], size=10)
    p = doc.add_paragraph()
    add_runs(p, [("Til: ", "b"), ("Kompetansepolitisk råd, sekretariatet i Kompetanse Norge", "")])
    p = doc.add_paragraph()
    add_runs(p, [("Fra: ", "b"), ("YS, avdeling for arbeidsliv og politikk", "")])
    p = doc.add_paragraph()
    add_runs(p, [("Dato: ", "b"), ("10. desember 2019", "")])
    p = doc.add_paragraph()
    add_runs(p, [("YS – rapportering av tiltak 2019. Nasjonal kompetansepolitisk strategi", "b")], size=15)
    doc.add_paragraph(
        "YS er opptatt av at alle arbeidstakere skal ha mulighet til å utvikle kompetansen sin gjennom hele "
        "arbeidslivet. Under følger tiltakene YS har deltatt i eller hatt ansvar for i 2019. Delmål er oppgitt "
        "med nummer fra strategien.")
    for m in MEASURES:
        p = doc.add_paragraph(style="List Number")
        add_runs(p, [(m.title, "b")])
        p.paragraph_format.space_before = Pt(8)
        for label, val in [("Delmål: ", m.get("dm")), ("Ansvar: ", m.responsible),
                           ("Samarbeid: ", ", ".join(m.partners)), ("Varighet: ", m.period),
                           ("Hva: ", m.description)]:
            q = doc.add_paragraph()
            q.paragraph_format.left_indent = Cm(1.27)
            q.paragraph_format.space_after = Pt(0)
            add_runs(q, [(label, "i"), (val, "")])
    doc.add_paragraph()
    doc.add_paragraph("YS stiller gjerne opp for å utdype rapporteringen i rådsmøtet.")
    doc.save(os.path.join(outdir, FILENAME))
