"""Forms of reports first met in a blind batch (match29), each in a test's own words."""

from test_report_forms import H, L, parse, table

from tiltak.extract.model import Document, Paragraph, Run


def test_a_row_of_answers_is_no_header_row():
    """A plan's table under each of its goals: "Nivå | Innhold | Mål/type | Ansvar og tid" over rows of
    its targets and its measures ("Tiltak | name and text | Delmål 1.3 / Annet | Ansvar: …"). A measure's
    row names the fields in its answers, but it is no header: both tables' measures are read."""
    def plan(target, measures):
        rows = [["Nivå", "Innhold", "Mål / type", "Ansvar, samarbeid, tid"]]
        for k, (name, code) in enumerate(measures):
            rows.append(["Tiltak", f"{name}\nEn tekst om hva {name.lower()} går ut på for dem det gjelder.",
                         f"Delmål {code}\nProsjekt", "Ansvar: Direktoratet\nTid: 2024–2025"])
            if k == 0:  # a target between the measures, under the first
                rows.append(["Resultatindikator", target, "–", "Resultatmål 2024: 70 %"])
        return table(rows)

    result = parse(H("Mål 1: Flere i arbeid"), plan("Andel i jobb", [("Jobbsporet", "3.4"), ("Språkspor", "3.3")]),
                   H("Mål 2: God veiledning"), plan("Tilfredshet", [("Veiledning på nett", "1.3"),
                                                                     ("Veiledning i fengsler", "1.3")]))
    assert [m.title for m in result.measures] == ["Jobbsporet", "Språkspor", "Veiledning på nett", "Veiledning i fengsler"]
    assert [m.period_text for m in result.measures] == ["2024–2025"] * 4  # (a target's "Mål 2024: 70 %" is no time)
    from tiltak.extract.layouts.segments import is_row_table_header

    header = table([["Tiltak", "Delmål", "Ansvar – samarbeid"], ["Kurs A", "2.1", "KS"], ["Kurs B", "2.2", "LO"]])
    assert is_row_table_header(header)  # (a header's "Ansvar – samarbeid" names two fields, no answer)


def test_a_target_after_its_label_is_no_name_in_italics():
    from tiltak.extract.layouts.segments import Item, _italic_name

    def italic(text):
        return Item("text", text, paragraphs=[Paragraph(text=text, italic=True, runs=[Run(text, italic=True)])])

    assert not _italic_name(italic("Resultatmål 2023: 6 000")) and not _italic_name(italic("Mål: under 2 måneder"))
    from tiltak.extract.content import figure_after_label

    assert not figure_after_label("Fase 2: 2023–2024") and not figure_after_label("Forlenget: 2024")  # times
    assert _italic_name(italic("Lærlingløftet i Nordland"))
    assert _italic_name(italic("Kompetanse 2030: et løft for alle"))


def test_of_two_columns_labelled_as_the_type_the_one_of_types_and_a_checklists_own_chores_left_out():
    """A checklist's "Kategori" (reported measure or internal chore) beside its "Type": the type is
    the column of types; the rows its category calls internal are the reporter's chores, not measures;
    the remarks column of sentences, with no description column, is each measure's text."""
    rows = [["Status", "Kategori", "Tiltak / gjeremål", "Delmål", "Type", "Kven", "Tid", "Merknad"],
            ["☑", "Internt", "Oppdatere nettsida", "–", "–", "Rådgjevar", "Januar", "Gjort i januar."],
            ["☑", "Rapportert tiltak", "Vaksenopplæring på nett", "3.1", "Prosjekt", "Fylkeskommunen", "2023",
             "Nettbaserte kurs for vaksne i heile fylket, med rettleiing frå karrieresenteret."],
            ["☐", "Rapportert tiltak", "Lærlingløft", "2.3", "Kurs/utdanning", "Fylkeskommunen", "2023–2024",
             "Fleire læreplassar i kommunane gjennom læreplassjegerar og tilskot."],
            ["☐", "Intern oppgåve", "Skrive årsmelding", "–", "–", "Leiar", "Mars", "Frist 1. mars."]]
    from tiltak.extract.file import _rejected

    result = parse(table(rows))
    kept = [m for m in result.measures if not _rejected(m)]
    assert [(m.title, m.type_text, m.description) for m in kept] == [
        ("Vaksenopplæring på nett", "Prosjekt", "Nettbaserte kurs for vaksne i heile fylket, med rettleiing frå karrieresenteret."),
        ("Lærlingløft", "Kurs/utdanning", "Fleire læreplassar i kommunane gjennom læreplassjegerar og tilskot.")]
    assert [m.title for m in result.measures if _rejected(m)] == ["Oppdatere nettsida", "Skrive årsmelding"]
    # a type "Intern" or "Administrativ" is a measure's (for the reporter's own staff; a kind of policy tool)
    typed = [["Tiltak", "Delmål", "Type", "Ansvarlig", "Periode"],
             ["Kompetanseheving av egne veiledere", "1.3", "Intern", "NAV", "2021–2022"],
             ["Forenkle regelverket for fagbrev på jobb", "3.3", "Administrativ", "KD", "2021"]]
    assert not any(_rejected(m) for m in parse(table(typed)).measures)
    # a remarks column of short notes, or of a status in a few words, is no description
    for remarks in (["Se vedlegg", "Ny", "Utsatt"], ["Se vedlegg.", "Ny.", "Utsatt."],
                    ["Gjennomført som planlagt.", "Forsinket på grunn av pandemien.", "Avsluttet i mars."]):
        notes = [["Tiltak", "Delmål", "Ansvarlig", "Merknad"], ["Kurs i regneark", "2.1", "KS", remarks[0]],
                 ["Nettverk for HR-ledere", "2.2", "LO", remarks[1]], ["Kartlegging av behov", "2.3", "NHO", remarks[2]]]
        assert [m.description for m in parse(table(notes)).measures] == [None, None, None], remarks


def test_headings_with_text_alone_after_the_measures_are_the_reports_closing_sections():
    def measure(name, code):
        return [H(name), L("Delmål", code), L("Ansvarlig", "Forbundet"), L("Periode", "2022"),
                Paragraph(text=f"Om {name.lower()}.")]

    body = [*measure("Kurs i digital sikkerhet", "2.1"), *measure("Nettverk for tillitsvalgte", "2.2"),
            *measure("Kompetansekartlegging", "1.1"), *measure("Lederprogram", "2.4")]
    closing = [H("Påmelding"), Paragraph(text="Påmelding skjer via forbundene.")]
    result = parse(*body, *closing)
    assert [m.title for m in result.measures] == ["Kurs i digital sikkerhet", "Nettverk for tillitsvalgte",
                                                  "Kompetansekartlegging", "Lederprogram"]
    # among the measures, such a heading stays; and a measure told in prose alone after the others stays
    result = parse(*body[:10], *closing, *body[10:])
    assert "Påmelding" in [m.title for m in result.measures]
    prose = [H("Bransjeprogram for industrien"), Paragraph(text="Forbundet deltar i programmets styringsgruppe.")]
    result = parse(*body, *prose, H("Akademikernes prioriteringer for 2024"), Paragraph(text="Vi vil prioritere."))
    assert [m.title for m in result.measures][-1] == "Bransjeprogram for industrien"
    result = parse(*body, H("Samlet vurdering av strategiarbeidet"), Paragraph(text="Strategien har gitt mer samarbeid."),
                   H("Innsatsområde 3"), Paragraph(text="Voksne med svak tilknytning til arbeidslivet."))
    assert len(result.measures) == 4


def test_an_editor_in_chief_is_no_ones_responsibility_for_a_measure():
    from tiltak.extract.vocabulary import label_field

    assert label_field("Ansvarlig redaktør") == "other" and label_field("Ansvarleg redaktør") == "other"
    assert label_field("Redaktør") == "other"
    assert label_field("Ansvarlig") == "responsible"


def test_a_question_in_a_dialogue_is_no_label():
    from tiltak.extract.vocabulary import label_field

    assert label_field("Hvem har ansvaret for at vi lærer hele livet?") is None
    assert label_field("Hva gjør vi når jeg ikke kan lese?") is None
    assert label_field("Hvem har ansvaret for tiltaket?") == "responsible"
    assert label_field("Hva har vi gjort?") == "description"
    assert label_field("Hvilke delmål bidrar tiltaket til at vi når?") == "goal"  # (it asks of the measure)


def test_a_diagrams_key_of_shapes_is_no_text_and_its_questions_no_facts():
    """"Romben = spørsmål, avrundet boks = tilbud." says what the drawing's shapes are: left out (a
    system's "DELMAAL = 1.3, TYPE = Kurs" and a sentence with sums in it stay); a box named bare but for a
    question drawn beside it ("tempo?: Ja") is an overview's entry of the measure told of later."""
    from tiltak.extract.file import _overview_entries
    from tiltak.extract.legends import without_shape_legends
    from tiltak.extract.records import Provenance, RawMeasure

    texts = ["Romben = spørsmål, avrundet boks = tilbud. Spørsmålene er ikke tiltak.", "Grønn = ferdig, gul = pågår",
             "DELMAAL = 1.3, TYPE = Kurs", "Vi regner 1 kr = 1 krone, og 2 = to.", "Kurs for ledere",
             "Ledere = 40 deltakere, tillitsvalgte = 60 deltakere. Kurset ble holdt i Oslo.", "Kvinner = 62 %, menn = 38 %",
             "Ledere = mellomledere, tillitsvalgte = verneombud. Kurset ble holdt i Oslo og Bergen over tre dager i mai."]
    doc = without_shape_legends(Document(path="t", format="pdf", blocks=[Paragraph(text=t) for t in texts]))
    assert [b.text for b in doc.blocks] == texts[2:]

    def m(title, page, **facts):
        return RawMeasure(index=page, title=title, provenance=Provenance(page=page, locator=f"p {page}"), **facts)

    out = _overview_entries([m("Fagbrev for voksne", 1, goal_text="3.1", extra={"tempo?": "Ja Ja"}),
                             m("Fagbrev for voksne", 2, responsible_text="Fylket", period_text="2024")])
    assert [(x.title, x.goal_text, x.provenance.page) for x in out] == [("Fagbrev for voksne", "3.1", 2)]
    # a question answered at length is a fact of the measure: told, not bare
    told = m("Fagbrev for voksne", 1, goal_text="3.1", extra={"Er tiltaket evaluert?": "Ja, Fafo evaluerte det i 2021."})
    assert len(_overview_entries([told, m("Fagbrev for voksne", 2, responsible_text="Fylket")])) == 2


def test_a_kicker_in_capitals_over_a_bold_name_is_a_line_of_its_own():
    """"NKPS-TILTAKET" over a box's name in the same bold type, where the name's first word would not
    have fit after it: two paragraphs (a name in capitals wrapped over two lines stays one)."""
    from tiltak.extract.pdf_reader import _lines, _paragraphs, _Word

    def line(words, top, bold=True, x0=50.0):
        out, x = [], x0
        for t in words:
            out.append(_Word(text=t, x0=x, x1=x + 6.0 * len(t), top=top, bottom=top + 8, size=8.0, bold=bold))
            x += 6.0 * len(t) + 3
        return out

    words = line(["NKPS-TILTAKET"], 100) + line(["Digitaliseringssamarbeidet"], 110) + line(["Delmål", "2.1"], 122, False)
    assert [p.text for p in _paragraphs(_lines(words, 1))] == ["NKPS-TILTAKET", "Digitaliseringssamarbeidet", "Delmål 2.1"]
    words = line(["KOMPETANSELØFTET"], 100) + line(["SAMFUNNSKONTRAKTEN"], 110) + line(["Delmål", "2.1"], 122, False)
    assert [p.text for p in _paragraphs(_lines(words, 1))][0] == "KOMPETANSELØFTET SAMFUNNSKONTRAKTEN"



def test_a_line_left_unfinished_ends_on_a_split_word_as_written():
    from tiltak.extract.text import unfinished

    assert unfinished("Direktoratet for") and unfinished("Opplæring i regi av NAV,") and unfinished("KD og")
    assert not unfinished("Delmål 2.3 · Prosjekt · NAV · Fase I") and not unfinished("Teknologi")
