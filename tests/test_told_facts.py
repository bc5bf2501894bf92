"""Facts told inside a measure's sentences: who runs it, with whom, and when (extract/layouts/told_facts)."""

import pytest

from tiltak.extract.layouts.told_facts import answer_told, partners_told, period_told, responsible_told, told_facts


@pytest.mark.parametrize("text, period", [
    ("Nettverket ble startet høsten 2021 og samler tolv bedrifter.", "høsten 2021"),
    ("Programmet går over tre år, for perioden 2020–2023.", "2020–2023"),
    ("Ordningen gjelder fra 1. august 2022 for alle fylker.", "fra 1. august 2022"),
    ("Vi kartlegger behovet i bransjen (2024–2025).", "2024–2025"),
    ("Vi kartlegger behovet for fagarbeidere i bransjen (2024).", "2024"),  # a year alone in brackets
    ("Kurset ble gitt til 40 tillitsvalgte. 2019–2020.", "2019–2020"),
    ("Den 3. mars 2020 arrangerte Virke en fagdag om lærlinger.", "3. mars 2020"),
    ("Samarbeidet varer frå januar 2021 til ut 2022.", "frå januar 2021 til ut 2022"),
    ("Tiltaket ble forlenget til 2024.", "2024"),
    ("Kurset tilbys fra høsten 2019 i alle fylker.", "fra høsten 2019"),  # a start told whole, no verb of running
    # a year in a name, a result, a report to come, a delmål's number: no period of the measure
    ("Lærlingkonferansen 2023 samlet over 300 deltakere.", None),
    ("Plattformen hadde i 2022 om lag 80 000 brukere.", None),
    ("Neste rapport kommer i oktober 2024.", None),
    ("Tiltaket følger opp delmål 2.2.", None),
])
def test_the_time_a_measures_sentences_give(text, period):
    assert period_told(text) == period


def test_a_time_after_another_measure_begins_is_not_this_ones():
    text = "Vi har laget en veileder for tillitsvalgte. I tillegg har vi startet et prosjekt om KI i 2025–2026."
    assert period_told(text) is None
    assert told_facts(text) == {}


@pytest.mark.parametrize("text, who", [
    ("Prosjektet drives av Norsk Industri sammen med Fellesforbundet.", "Norsk Industri"),
    ("Kartleggingen er gjort i regi av HK-dir.", "HK-dir"),
    ("Rapporten er skrevet av Fafo for Fagforbundet.", "Fagforbundet"),
    ("Dette er et nettverk der NAV har ansvaret for samlingene.", "NAV"),
    ("Ansvarlig er Udir, med fylkeskommunene som partnere.", "Udir"),
    ("Tekna har etablert et mentorprogram for unge ingeniører.", "Tekna"),
    ("I 2021 startet KS et program for ledere i kommunene.", "KS"),
    # who only takes part, or "we", or the measure itself: nobody named as running it
    ("KS deltar i arbeidsgruppen sammen med NHO.", None),
    ("Vi har etablert et nettverk for opplæringskontorene.", None),
    ("Prosjektet har gitt gode resultater.", None),
])
def test_who_the_sentences_say_runs_the_measure(text, who):
    assert responsible_told(text) == who


@pytest.mark.parametrize("text, partners", [
    ("KS deltar i arbeidsgruppen sammen med NHO, LO og Unio om digital kompetanse.", "NHO, LO og Unio"),
    ("Kurset holdes i samarbeid med studieforbundene.", "studieforbundene"),
    ("Modulen er laget sammen med Universitetet i Oslo i 2020.", "Universitetet i Oslo"),
    ("Ansvarlig er Udir, med fylkeskommunene og partene som partnere.", "fylkeskommunene og partene"),
    ("Rapporten er skrevet av Samfunnsøkonomisk analyse for Fagforbundet.", "Samfunnsøkonomisk analyse"),
    ("Evalueringen gjennomføres av NIFU.", "NIFU"),
    ("Vi gir tilbud med 30 plasser i året.", None),
    ("Kursa blir haldne i samarbeid med dei vidaregåande skulane i fylket.", "dei vidaregåande skulane"),
    ("Tilbodet er utvikla saman med ordninga for lærlingar.", None),  # the measure's own kind, no body
])
def test_who_the_sentences_say_takes_part(text, partners):
    assert partners_told(text) == partners


def test_the_one_responsible_is_not_also_a_partner():
    text = "Satsingen er et samarbeid mellom Virke, HK og NAV, og den varer fra 2020 til 2022."
    assert partners_told(text, "Virke") == "HK og NAV"
    assert period_told(text) == "fra 2020 til 2022"


@pytest.mark.parametrize("text, facts", [
    ("Virke er ansvarlig for tiltaket. Samarbeidspartnere er Delta, YS og fylkeskommuner.",
     {"responsible": "Virke", "partners": "Delta, YS og fylkeskommuner"}),
    ("NHO og Unio er i fellesskap ansvarlig for seminaret.", {"responsible": "NHO og Unio"}),
    ("Udir står bak veilederen, med Kompetanse Norge som bidragsyter.", {"responsible": "Udir", "partners": "Kompetanse Norge"}),
    ("KD har ansvaret for kampanjen. Øvrige deltakere er LO, NHO og KS.", {"responsible": "KD", "partners": "LO, NHO og KS"}),
    ("Fellesforbundet og Norsk Industri", None),  # names, not sentences
    ("LO er ansvarlig for tiltaket", None),  # no full stop: an answer, not sentences
])
def test_a_responsibles_answer_written_as_sentences(text, facts):
    assert answer_told(text) == facts


@pytest.mark.parametrize("field, value, kept", [
    ("period", "Periode: 2024–2026", "2024–2026"),
    ("period", "År: 2019", "2019"),
    ("responsible", "Ansvarlig: Udir", "Udir"),
    ("period", "Desember 2019: Rapport til rådet", "Desember 2019: Rapport til rådet"),  # no label of its own
    ("responsible", "Periode: 2020", "Periode: 2020"),  # another field's label: left as read
])
def test_an_answer_that_starts_with_its_own_label(field, value, kept):
    from tiltak.extract.file import _without_own_label
    from tiltak.extract.records import RawMeasure

    m = _without_own_label(RawMeasure(index=1, title="Fagdag", **{f"{field}_text": value}))
    assert getattr(m, f"{field}_text") == kept


def test_a_measure_told_in_sentences_gets_its_facts_and_a_note_of_each():
    from tiltak.extract.file import _facts_told_in_sentences
    from tiltak.extract.records import RawMeasure

    m = _facts_told_in_sentences(RawMeasure(index=1, title="Digitalt løft", description=(
        "er et prosjekt som drives av Norsk Industri sammen med Fellesforbundet. Prosjektet startet våren 2022.")))
    assert (m.responsible_text, m.partners_text, m.period_text) == ("Norsk Industri", "Fellesforbundet", "våren 2022")
    assert sorted(n.split(":")[0] for n in m.notes) == ["partners_from_text", "period_from_text", "responsible_from_text"]
    labelled = RawMeasure(index=1, title="Digitalt løft", period_text="2022",
                          description="Prosjektet drives av Norsk Industri sammen med Fellesforbundet.")
    assert _facts_told_in_sentences(labelled) == labelled  # a field of its own: the sentences add nothing
