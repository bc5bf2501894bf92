"""Measures told in running prose (blind batch match61's class, stop 48): a measure's name inside a sentence,
paragraphs under a heading that gives their delmål once, bodies listed in one sentence."""

import docx

from tiltak.extract.file import extract_file
from tiltak.extract.prose_names import (defined_name, kind_and_name, listed_names, name_in_sentence, names_in_sentence,
                                         object_name,
                                         quoted_names, subject_name)


def test_the_object_of_a_members_verb_is_the_name_up_to_where_the_sentence_says_when_or_with_whom():
    assert object_name("Virke har arrangert et frokostseminar om lærlinger i handelen med medlemsbedriftene, "
                       "og mange deltok.") == "frokostseminar om lærlinger i handelen"
    assert object_name("Fellesforbundet deltar i den regionale arbeidsgruppen for industrifag, der "
                       "fylkeskommunen leder.") == "regionale arbeidsgruppen for industrifag"
    assert object_name("Vi har i 2020 inngått ei avtale med NAV Innlandet om norskopplæring for vaksne "
                       "innvandrarar.") == "avtale med NAV Innlandet om norskopplæring for vaksne innvandrarar"
    assert object_name("Fafo har skrevet en rapport om lønnsomheten av fagbrev for oss i 2021.") == \
        "rapport om lønnsomheten av fagbrev"
    assert object_name("Vi har sammen med KS startet et nettverk for lærlingkoordinatorer, Lærlingforum Nord, "
                       "som møtes fire ganger i året.") == "Lærlingforum Nord"
    assert object_name("Akademikerne er representert i Rådet for etter- og videreutdanning (REVU) ved flere "
                       "høyskoler.") == "Rådet for etter- og videreutdanning (REVU)"
    assert object_name("Vi har i 2022 videreført forsøket «Fagbrev for alle» i to fylker.") == "Fagbrev for alle"
    # no verb a member tells a measure by; a subject that is no name
    assert object_name("Digital kompetanse er viktig for alle arbeidstakere.") is None
    assert object_name("Vi vil i 2021 prioritere tillitsvalgtes rolle.") is None
    assert object_name("Vi deltar i arbeidet med nye læreplaner.") is None
    # a phrase that says where or how many is no name
    assert object_name("Karrieresenteret tilbyr i heile fylket rettleiing for vaksne.") is None
    assert object_name("Vi har etablert 48 nye tilbud i 2022.") is None


def test_a_sentence_that_says_what_kind_of_measure_a_name_is():
    assert defined_name("Kompetanseløftet Nord er et samarbeid mellom tre fylker om fagskoletilbud.") == \
        "Kompetanseløftet Nord"
    assert defined_name("Studiet «Ledelse i omstilling» er et kurs for tillitsvalgte i kommunene.") == \
        "Ledelse i omstilling"
    assert defined_name("«Karriere Innlandet» er det nye karrieresenteret vårt, med kontor i Hamar.") == "Karriere Innlandet"
    assert defined_name("Dette er et prosjekt om lærlinger.") is None
    assert defined_name("Bakgrunnen er en økende mangel på fagarbeidere.") is None


def test_bodies_listed_in_one_sentence_are_one_name_each():
    assert listed_names("Spekter har også deltatt i SRY, i Nasjonalt forum for karriereveiledning og i "
                        "referansegruppen for kompetansereformen.") == \
        ["SRY", "Nasjonalt forum for karriereveiledning", "referansegruppen for kompetansereformen"]
    assert listed_names("Vi sit i Kompetansebehovsutvalet og i SRY.") == ["Kompetansebehovsutvalet", "SRY"]
    # one body; a list that is no list of bodies taken part in
    assert listed_names("Vi har deltatt i SRY.") == []
    assert listed_names("Vi har arrangert kurs i Bergen og i Tromsø.") == []
    assert name_in_sentence("Vi har deltatt i SRY.") == "SRY"


def _report(tmp_path, paragraphs) -> list[tuple]:
    document = docx.Document()
    document.add_paragraph("Fagforbundets rapport til Kompetansepolitisk råd 2019")
    for text, bold in paragraphs:
        p = document.add_paragraph(text)
        p.runs[0].bold = bold
    document.save(tmp_path / "rapport.docx")
    return [(m.title, m.goal_text) for m in extract_file(tmp_path / "rapport.docx").measures]


def test_paragraphs_under_a_heading_that_gives_their_delmal_once(tmp_path):
    """Each paragraph under "Delmål 2.1 …" that names a measure is one, of that delmål; a paragraph of
    context or plans names none."""
    got = _report(tmp_path, [
        ("Fagforbundet organiserer 380 000 medlemmer. Rapporten følger strategiens delmål.", False),
        ("Delmål 2.1 Digital kompetanse", True),
        ("Fagforbundet har arrangert en konferanse om digitalisering i helsesektoren med 300 deltakere, og "
         "temaet følges opp i forbundets skolering.", False),
        ("Digitaliseringen endrer mange yrker, og behovet for opplæring er stort i alle sektorer.", False),
        ("Delmål 2.3 Karrieremuligheter i yrkesfag", True),
        ("Vi deltar i den nasjonale arbeidsgruppen for helsefagarbeidere, der Utdanningsdirektoratet har "
         "sekretariatet. Gruppen leverte sin rapport i 2019.", False),
        ("Videre arbeid", True),
        ("Fagforbundet vil i 2020 arbeide for flere læreplasser.", False)])
    assert got == [("konferanse om digitalisering i helsesektoren", "Delmål 2.1"),
                   ("nasjonale arbeidsgruppen for helsefagarbeidere", "Delmål 2.3")]


def test_after_measures_in_running_text_a_paragraph_that_names_measures_outright(tmp_path):
    """After paragraphs that each name a measure and its delmål, one that says what kind of measure a name
    is, and one that lists bodies taken part in, are measures too (of no delmål); a paragraph of results
    after them is none."""
    got = _report(tmp_path, [
        ("Fagforbundet organiserer 380 000 medlemmer.", False),
        ("Fagforbundet har utviklet et nettkurs om velferdsteknologi for ansatte i kommunene (delmål 2.1).", False),
        ("I tillegg har Fafo på oppdrag fra oss skrevet en rapport om heltidskultur, med vekt på helse og "
         "omsorg (delmål 2.2).", False),
        ("Lederskolen «Ledelse nær» er et kurs for tillitsvalgte ledere i kommunene.", False),
        ("Fagforbundet har også deltatt i SRY, i Kompetansebehovsutvalget og i arbeidsgruppen for digital "
         "kompetanse.", False),
        ("Resultatene viser at 40 prosent av de ansatte ønsker mer opplæring.", False)])
    assert got == [("nettkurs om velferdsteknologi for ansatte i kommunene", "delmål 2.1"),
                   ("rapport om heltidskultur", "delmål 2.2"),
                   ("Ledelse nær", None), ("SRY", None), ("Kompetansebehovsutvalget", None),
                   ("arbeidsgruppen for digital kompetanse", None)]


def test_names_in_quotes_listed_and_a_name_after_its_kind():
    assert quoted_names("Virke har fått Fafo til å skrive to notater: «Lærlinger i handelen» og «Kompetanse i "
                        "små bedrifter».") == ["Lærlinger i handelen", "Kompetanse i små bedrifter"]
    assert quoted_names("Vi har skrevet «Lærlinger i handelen».") == []
    assert kind_and_name("Nettverket HR Nord samlet 40 ledere i 2021.") == "HR Nord"
    assert kind_and_name("Lærebedriftsnettverket, som Virke startet i 2019, er videreført.") == \
        "Lærebedriftsnettverket"
    # a body with a clause about it; a kind with no name; a word of no kind
    assert kind_and_name("Kompetanse Norge, som har sekretariatet, kalte inn til møte.") is None
    assert kind_and_name("Prosjektet er avsluttet.") is None
    assert kind_and_name("Digitaliseringen, som pågår i alle bransjer, krever ny kompetanse.") is None
    assert object_name("Vi har i 2021 startet et nytt FoU-prosjekt, «Læring i små bedrifter», for å se på "
                       "kostnadene.") == "Læring i små bedrifter"


def test_a_chapters_heading_over_paragraphs_that_each_name_a_measure(tmp_path):
    """A heading over paragraphs of which two or more name a measure is a chapter's: the paragraphs are the
    measures (a paragraph of results under it none); a heading over one measure's text and facts stays its name."""
    got = _report(tmp_path, [
        ("Fagforbundet organiserer 380 000 medlemmer.", False),
        ("Læring i arbeidslivet", True),
        ("Fagforbundet har utviklet et nettkurs om velferdsteknologi, og 2 000 ansatte har tatt det (delmål 2.1).",
         False),
        ("Nettverket Heltid Nord samlet i 2021 tillitsvalgte fra 30 kommuner (delmål 2.4).", False),
        ("Erfaringene viser at opplæring i turnus krever god planlegging.", False),
        ("Fagbrev i helsefag", True),
        ("Vi har arrangert fire samlinger for kandidatene i 2021.", False),
        ("Delmål: 2.3", False)])
    assert got == [("nettkurs om velferdsteknologi", "delmål 2.1"), ("Heltid Nord", "delmål 2.4"),
                   ("Fagbrev i helsefag", "2.3")]


def test_a_first_sentence_whose_subject_is_the_name():
    assert subject_name("Kompetanseprogrammet for reiseliv omfattet i 2021 seks regioner og 300 deltakere.") == \
        "Kompetanseprogrammet for reiseliv"
    assert subject_name("Den årlige «Lærlingdagen» ble arrangert for femte gang i Bodø.") == "Lærlingdagen"
    assert subject_name("I 2021 fikk 30 bedrifter støtte.") is None
    assert subject_name("Vi ga ut en veileder.") is None
    assert subject_name("Kompetanse Norge ga ut en veileder.") is None
    assert subject_name("Det ble sagt at dette er «viktig» for alle.") is None


def test_results_funding_plans_and_background_are_no_measures_name():
    """Sentences a member writes about a measure, not naming one (stop 48's review): results, funding and
    responsibility received, a verb's reflexive or adverb, a passive verb, a plan, a bare kind word that points
    back ("Kurset"), an abstract subject ("Bakgrunnen", "Neste steg"), an organisation called a partner."""
    for sentence in ["Kurset fikk svært gode tilbakemeldinger fra deltakerne.",
                     "Vi har laget en plan for oppfølging av lærlingene i 2020.",
                     "Vi fekk tilskot frå fylkeskommunen til arbeidet med lærlingar.",
                     "Samarbeidet har etablert seg som en viktig arena for partene.",
                     "Kurset ble gjennomført tre ganger i 2019.",
                     "Vi fekk dessverre avlyst samlinga i mars.",
                     "Samla har 35 kommunar fått opplæring i regionen.",
                     "Fra 1. januar 2020 har fylkeskommunen fått ansvar for karriereveiledning.",
                     "Vi heldt fram arbeidet med bransjeprogramma i 2021.",
                     "Konferansen var et samarbeid mellom LO og NHO.",
                     "Kurset er et tilbud til alle tillitsvalgte.",
                     "Bakgrunnen var en rapport fra Fafo om frafall.",
                     "Neste steg er en pilot i tre kommuner.",
                     "NAV er en viktig samarbeidspartner for oss i arbeidet.",
                     "Resultatet er en rapport som publiseres i 2020.",
                     "Totalt 120 deltakere har gjennomført kurset.",
                     "Vi har deltatt i debatter under Arendalsuka, i radio og i flere avisinnlegg.",
                     "Vi er representert i styret, i faglige råd og i flere arbeidsgrupper.",
                     "Medlemmene har deltatt i kurs, i nettverk og i regionale samlinger."]:
        assert names_in_sentence(sentence) == [], sentence
    for sentence in ["Kurset fikk svært gode tilbakemeldinger fra deltakerne.", "Kurset ble gjennomført tre ganger."]:
        assert subject_name(sentence) is None, sentence
    # what a member's verbs do name stays named
    assert names_in_sentence("Vi har holdt et kurs i arbeidsrett for tillitsvalgte.") == ["kurs i arbeidsrett for tillitsvalgte"]
    assert names_in_sentence("Lærlingnettverket er et nettverk for opplæringskontorene.") == ["Lærlingnettverket"]


def test_names_that_run_past_where_a_phrase_would_stop():
    """A name of capitals with "med", a dash or "Når" inside it; a verb's particle; the name after
    "prosjektet", "rapporten"; no town of a list taken for a name in apposition (stop 48's review)."""
    assert object_name("Vi sitter i Råd for samarbeid med arbeidslivet ved flere universiteter.") == \
        "Råd for samarbeid med arbeidslivet"
    assert object_name("Vi har deltatt i referansegruppen for Kompetansereformen – Lære hele livet i 2019.") == \
        "referansegruppen for Kompetansereformen – Lære hele livet"
    assert object_name("Fylket starta opp prosjektet Menn i helse i tre kommunar.") == "Menn i helse"
    assert object_name("Vi har videreført prosjektet Jobbsjansen for innvandrerkvinner.") == \
        "Jobbsjansen for innvandrerkvinner"
    assert object_name("Vi har publisert rapporten Arbeidsmarkedet for innvandrere i 2020.") == \
        "Arbeidsmarkedet for innvandrere"
    assert object_name("Vi har arrangert kurs i Bodø, Tromsø, Trondheim og Bergen.") == "kurs i Bodø"
    assert object_name("Vi har utarbeidet veilederen Når lærlingen blir syk, for bedriftene.") == \
        "Når lærlingen blir syk"


def test_comments_after_a_form_under_a_delmals_heading_are_no_measures(tmp_path):
    """Under "Delmål 2.3 …" a form names its measure; the paragraphs after it comment on it (stop 48's review)."""
    document = docx.Document()
    document.add_paragraph("LOs rapport til Kompetansepolitisk råd 2019")
    document.add_heading("Delmål 2.3 Karrieremuligheter i yrkesfag", level=1)
    table = document.add_table(rows=3, cols=2)
    for row, (label, value) in zip(table.rows, [("Tiltak", "Kurs i arbeidsrett for lærlinger"),
                                                ("Type", "Kurs/utdanning"), ("Ansvarlig", "LO")]):
        row.cells[0].text, row.cells[1].text = label, value
    document.add_paragraph("Kurset fikk svært gode tilbakemeldinger fra deltakerne og blir arrangert igjen.")
    document.add_paragraph("Vi har laget en ny modul om digitalisering som tas i bruk høsten 2020.")
    document.add_heading("Delmål 3.1 Grunnleggende ferdigheter", level=1)
    document.add_paragraph("LO har arrangert en konferanse om lese- og skriveferdigheter for tillitsvalgte i 2019.")
    document.add_paragraph("LO har også utviklet et nettkurs i norsk for tillitsvalgte med annet morsmål.")
    document.save(tmp_path / "rapport.docx")
    got = [(m.title, m.goal_text) for m in extract_file(tmp_path / "rapport.docx").measures]
    assert got == [("Kurs i arbeidsrett for lærlinger", "Delmål 2.3"),
                   ("konferanse om lese- og skriveferdigheter for tillitsvalgte", "Delmål 3.1"),
                   ("nettkurs i norsk for tillitsvalgte", "Delmål 3.1")]
