"""Marks a report sets on its measures, read as marks: the same heading over every measure's box of
facts, the same word and colon before every name, fields set apart only by space, a box's heading
after a dash that names no delmål."""

from tiltak.extract.file import _box_headings, _without_shared_head
from tiltak.extract.layouts.facts import field_parts
from tiltak.extract.records import RawMeasure
from tiltak.extract.vocabulary import match_label


def m(k, title, **facts):
    return RawMeasure(index=k, title=title, **facts)


def test_fields_set_apart_only_by_space_are_cut_before_each_label():
    assert field_parts("Ansvarlig: VOFO Samarbeid: Kompetanse Norge") == ["Ansvarlig: VOFO", "Samarbeid: Kompetanse Norge"]
    assert field_parts("Delmål 3.4 og 3.6 Type: Kurs") == ["Delmål 3.4 og 3.6", "Type: Kurs"]
    assert field_parts("Ansvar: Fylket | Med: NAV") == ["Ansvar: Fylket", "Med: NAV"]
    # one field, a sentence with a colon, or the same field twice (two boxes' lines run together): whole
    assert field_parts("Tid: 12. mars 2019 kl. 10.00–14.00") == ["Tid: 12. mars 2019 kl. 10.00–14.00"]
    assert field_parts("Det viktigste er dette: vi må samarbeide") == ["Det viktigste er dette: vi må samarbeide"]
    assert field_parts("Ansvar: Regjeringen Ansvar: KS og NAV") == ["Ansvar: Regjeringen Ansvar: KS og NAV"]
    assert field_parts("Kurset for 3.2 Type: Kurs") == ["Kurset for 3.2 Type: Kurs"]  # before the label no delmål


def test_a_box_heading_after_a_dash_is_no_delmal_label():
    assert match_label("NKPS-TILTAK – rapporteres til Kompetansepolitisk råd") is None
    lbl = match_label("Delmål – 2.1 og 2.4")
    assert (lbl.field, lbl.value) == ("goal", "2.1 og 2.4")


def test_the_same_heading_over_each_measures_box_of_facts_names_nothing():
    """Each flyer: its name and text, then a box headed "NKPS-TILTAK" with the facts; one flyer
    without a box is no reported measure."""
    box = "NKPS-TILTAK – rapporteres til Kompetansepolitisk råd"
    got = _box_headings([m(1, "Informasjonsmøte", period_text="12. mars kl. 10", description="Vi går gjennom …"),
                         m(2, box, goal_text="Delmål 3.2", type_text="Informasjonsmøte", responsible_text="VOFO",
                           period_text="12. mars 2019"),
                         m(3, "Årsmøte i VOFO 2019", period_text="6. juni 2019"),
                         m(4, "Regionkonferanse", description="Konferansen tar opp …"),
                         m(5, box, goal_text="Delmål 1.2", type_text="Konferanse", responsible_text="VOFO Vest")])
    assert [(x.index, x.title, x.goal_text, x.type_text, x.responsible_text, x.period_text, x.description) for x in got] == [
        (1, "Informasjonsmøte", "Delmål 3.2", "Informasjonsmøte", "VOFO", "12. mars 2019", "Vi går gjennom …"),
        (2, "Regionkonferanse", "Delmål 1.2", "Konferanse", "VOFO Vest", None, "Konferansen tar opp …")]


def test_one_measure_named_twice_with_its_own_facts_each_time_stays():
    """The same name under two delmål, each with facts after a measure that has its own: no box."""
    ms = [m(1, "Fagbrev på jobb", goal_text="2.3", responsible_text="KD"), m(2, "Kurs i norsk", goal_text="3.3"),
          m(3, "Fagbrev på jobb", goal_text="2.5", responsible_text="KD")]
    assert _box_headings(ms) == ms
    after_own = [m(1, "Kurs i salg", goal_text="2.1"), m(2, "Fagbrev på jobb", goal_text="2.3"),
                 m(3, "Nettverk for HR", goal_text="1.2"), m(4, "Fagbrev på jobb", goal_text="2.5")]
    assert _box_headings(after_own) == after_own
    once = [m(1, "Innledning om året"), m(2, "Kurs i norsk", goal_text="3.3")]  # a name with facts, once
    assert _box_headings(once) == once


def test_the_same_word_and_colon_before_every_name_is_the_reports_label():
    ms = [m(1, "Oppskrift: Bransjeprogram for varehandelen"), m(2, "Oppskrift: Lærlingløft i varehandelen"),
          m(3, "oppskrift: Digital kompetanse i butikk")]
    assert [x.title for x in _without_shared_head(ms)] == ["Bransjeprogram for varehandelen", "Lærlingløft i varehandelen",
                                                          "Digital kompetanse i butikk"]
    # one name so written among others, or two names only, keep their words
    mixed = [m(1, "Studie: Hvordan påvirker teknologi handelen?"), m(2, "Kurs i salg"), m(3, "Nettverk for HR")]
    assert _without_shared_head(mixed) == mixed
    two = ms[:2]
    assert _without_shared_head(two) == two
    other_heads = [m(1, "Studie: Lager"), m(2, "Kurs: Salg"), m(3, "Nettverk: HR")]
    assert _without_shared_head(other_heads) == other_heads


def test_facts_written_as_whole_sentences():
    """An easy-read report's facts, each a sentence of its own."""
    from tiltak.extract.layouts.facts import sentence_fact

    assert sentence_fact("Dette tiltaket hører til delmål 1.4 og 2.3 i strategien.") == ("goal", "delmål 1.4 og 2.3")
    assert sentence_fact("Det er et råd der mange møtes.") == ("type", "råd")
    assert sentence_fact("Det er eit kurs.") == ("type", "kurs")
    assert sentence_fact("LO/Handel og Kontor har ansvaret.") == ("responsible", "LO/Handel og Kontor")
    assert sentence_fact("Ansvaret ligger hos KD.") == ("responsible", "KD")
    assert sentence_fact("De regionale helseforetakene har ansvaret.") == ("responsible", "De regionale helseforetakene")
    assert sentence_fact("KD samarbeider med LO, NHO, YS, Unio, KS, Virke, Spekter og Akademikerne.") == (
        "partners", "LO, NHO, YS, Unio, KS, Virke, Spekter og Akademikerne")
    assert sentence_fact("Regjeringen samarbeider med LO og de andre partene.") == ("partners", "LO og de andre partene")
    for text in ("NAV samarbeider med fylkeskommunen om å gi flere ledige fagbrev.",  # a sentence of the text
                 "YS følger opp: Bidrag til et kompetansebehovsutvalg (NKPS tiltak 1)",  # a name, no sentence
                 "Tiltaket gjelder også delmål 2.4.",  # adds to the delmål above, read as before
                 "Det er et godt tiltak.", "LO har ansvaret. Det er et kurs.", "Vi har jobbet med delmål 2.2 lenge.",
                 "Det er viktig at alle har ansvaret."):
        assert sentence_fact(text) is None, text


def test_a_report_of_sentences_under_headings_is_read(tmp_path):
    from docx import Document as Docx

    from tiltak.extract.file import extract_file

    d = Docx()
    d.add_paragraph("Lettlest rapport 2025")
    for name, goal, kind, who, partner in [("Kurs for tillitsvalgte", "2.2", "et kurs", "LO", "AOF"),
                                           ("Kompetansebehovsutvalget", "1.1", "et råd der mange møtes", "KD", "LO")]:
        d.add_heading(name, level=1)
        d.add_paragraph("Hva er det? Noe som hjelper folk å lære mer på jobben.")
        for text in (f"Dette tiltaket hører til delmål {goal} i strategien.", f"Det er {kind}.", f"{who} har ansvaret.",
                     f"{who} samarbeider med {partner}."):
            d.add_paragraph(text)
    d.save(tmp_path / "lettlest.docx")
    got = [(m.title, m.goal_text, m.type_text, m.responsible_text, m.partners_text)
           for m in extract_file(tmp_path / "lettlest.docx").measures]
    assert got == [("Kurs for tillitsvalgte", "delmål 2.2", "kurs", "LO", "AOF"),
                   ("Kompetansebehovsutvalget", "delmål 1.1", "råd", "KD", "LO")]


def test_a_note_of_facts_in_square_brackets_after_a_lead_in():
    """A protocol's point marked "[Rapportert til KPR: delmål … · type · ansvar X · med Y · periode]"."""
    from tiltak.extract.layouts.facts import facts_line

    got = facts_line("[Rapportert til KPR: delmål 2.3 og 3.1 · Prosjekt · ansvar Spekter · med LO Stat, Fagforbundet · 2022–2023]")
    assert got == [("goal", "delmål 2.3 og 3.1"), ("type", "Prosjekt"), ("responsible", "Spekter"),
                   ("partners", "LO Stat, Fagforbundet"), ("period", "2022–2023")]
    assert facts_line("Ansvarlig: KD · Prosjekt · Delmål 2.1") == [("responsible", "KD"), ("type", "Prosjekt"),
                                                                  ("goal", "Delmål 2.1")]  # a label, no lead-in
    # a slide's cue is no lead-in; "samarbeid mellom …" names nobody; a cut at "(fra 1." is no name
    assert facts_line("[LYSBILDE 2: Kurs/utdanning – NKPS tiltak nr. 6]") is None
    assert ("partners", "mellom skole og arbeidsliv") not in (facts_line("Delmål 1.4 – samarbeid mellom skole og arbeidsliv") or [])
    assert facts_line("Ansvar Kompetanse Norge (fra 1. juli 2021 HK-dir)") is None


def test_what_the_marks_leave_alone():
    """The review's cases: rows of a table are no boxes; a label of names ("Bransjeprogram: …") stays;
    a name before a line of facts stays; a delmål named in words after a dash or a tab is read; the
    report's sentences about itself and sentences naming nobody are no facts."""
    from tiltak.extract.layouts.facts import facts_line, sentence_fact
    from tiltak.extract.records import Provenance

    def row(k, title, **facts):
        return RawMeasure(index=k, title=title, provenance=Provenance(locator=f"table 1 row {k + 1}"), **facts)

    rows = [row(1, "Kurs", period_text="2021"), row(2, "KBU", responsible_text="KD", period_text="2020"),
            row(3, "Nettverk", period_text="2022"), row(4, "KBU", responsible_text="KD", period_text="2021"),
            row(5, "Studieturer", period_text="2022")]
    assert _box_headings(rows) == rows
    names = [m(1, "Bransjeprogram: Varehandel"), m(2, "Bransjeprogram: Helse og omsorg"), m(3, "Bransjeprogram: Reiseliv")]
    assert _without_shared_head(names) == names
    assert facts_line("Fagbrev på jobb: Delmål 2.3 · Prosjekt · 2019–2021") is None  # the name is no lead-in
    assert (match_label("Delmål – Bedre kunnskapsgrunnlag").field, match_label("Delmål\tStyrke kunnskapsgrunnlaget").field) \
        == ("goal", "goal")
    for text in ("Rapporten gjelder delmål 2.1 og 2.2.", "Vi samarbeider med mange.", "Det er et prosjekt vi er stolte av.",
                 "Ingen har ansvaret.", "Alle har ansvar."):
        assert sentence_fact(text) is None, text
