"""Forms of reports first met in a blind batch (match30), each in a test's own words."""

from test_pdf_reader import _pdf
from test_report_forms import H, L, parse, table

from tiltak.extract.file import extract_file
from tiltak.extract.model import Paragraph, Run


def _boxed_form(top, rows, gap):
    """A database report's record: a column of boxed labels, a gap of `gap` points, a column of
    boxed answers, the rows on the same lines. (lines, boxes) for `_pdf`, y counted from the page's foot."""
    lines, boxes = [], []
    for k, (label, answer) in enumerate(rows):
        y = top - 18 * (k + 1)
        boxes += [(40, y, 110, 18), (150 + gap, y, 400, 18)]
        lines += [(44, y + 5, 9, 0, 0, label), (154 + gap, y + 5, 9, 0, 0, answer)]
    return lines, boxes


def test_boxed_labels_drawn_apart_from_their_answers_are_one_form_under_its_band(tmp_path):
    """An Access report: each record a column of boxed labels and, a few points to the right, a
    column of boxed answers on the same lines; a band "Ansvarlig: KD" over the records of each
    department. Each record is a measure, the band its responsible."""
    lines = [(40, 790, 12, 0, 0, "Tiltak i oppfølgingen - rapport"), (40, 760, 10, 0, 0, "Ansvarlig: KD")]
    boxes = []
    for top, rows in ((745, [("Tiltak", "Kurs for karriereveiledere"), ("Delmål", "1.3"), ("Type", "Kurs/utdanning")]),
                      (675, [("Tiltak", "Nettverk for voksenopplæring"), ("Delmål", "3.2"), ("Type", "Prosjekt")])):
        more, drawn = _boxed_form(top, rows, gap=4)
        lines, boxes = lines + more, boxes + drawn
    lines += [(40, 600, 9, 0, 0, "Antall tiltak for KD: 2"), (40, 585, 10, 0, 0, "Ansvarlig: ASD")]  # the group's foot, the next band
    more, drawn = _boxed_form(570, [("Tiltak", "Opplæring for arbeidssøkere"), ("Delmål", "3.3"), ("Type", "Kurs/utdanning")], 4)
    _pdf(tmp_path / "r.pdf", lines + more, boxes=boxes + drawn)
    got = [(m.title, m.goal_text, m.type_text, m.responsible_text) for m in extract_file(tmp_path / "r.pdf").measures]
    assert got == [("Kurs for karriereveiledere", "1.3", "Kurs/utdanning", "KD"),
                   ("Nettverk for voksenopplæring", "3.2", "Prosjekt", "KD"),
                   ("Opplæring for arbeidssøkere", "3.3", "Kurs/utdanning", "ASD")]


def test_a_label_line_right_under_a_form_is_that_forms_not_a_band_over_the_next():
    def form(name, goal):
        return table([["Tiltak", name], ["Delmål", goal], ["Type", "Prosjekt"]])

    result = parse(H("Tiltak i 2021", level=1), form("Kurs A", "2.1"), L("Periode", "2021"), form("Kurs B", "2.2"),
                   L("Periode", "2022–2023"), form("Kurs C", "2.3"), L("Periode", "2020"))
    assert [(m.title, m.period_text) for m in result.measures] == [("Kurs A", "2021"), ("Kurs B", "2022–2023"),
                                                                   ("Kurs C", "2020")]


def test_two_tables_far_apart_stay_two():
    from tiltak.extract.pdf_reader import _side_by_side

    def grid(x0, x1, tops):
        return [(x0, a, x1, b) for a, b in zip(tops, tops[1:])], (x0, tops[0], x1, tops[-1])

    near = _side_by_side([grid(40, 150, [100, 118, 136]), grid(154, 550, [100, 118, 136])])
    assert len(near) == 1 and len(near[0][0]) == 4
    apart = _side_by_side([grid(40, 250, [100, 118, 136]), grid(300, 550, [100, 118, 136])])  # a gutter
    assert len(apart) == 2
    other_rows = _side_by_side([grid(40, 150, [100, 118, 136]), grid(154, 550, [100, 110, 136])])
    assert len(other_rows) == 2


def test_facts_told_in_sentences_under_a_heading_with_its_delmal_after_a_tab():
    """A ministry's headings numbered by their style, the delmål after a tab in plain type; under each
    its type alone on a line, then who is responsible and with whom in one sentence, a label after it."""
    def head(name, code):
        text = f"{name}\tDelmål {code}"
        return Paragraph(text=text, heading_level=2, bold=True, lead=name, list_label="Tiltak 1:",
                         runs=[Run(name, bold=True), Run(f"\tDelmål {code}")])

    def plain(text, italic=False):
        return Paragraph(text=text, italic=italic, runs=[Run(text, italic=italic)])

    result = parse(H("Oppfølging av strategien – rapport 2024", level=1),
                   head("Kompetansebehovsutvalget – nytt mandat", "1.1"), plain("Råd/utvalg/nettverk", italic=True),
                   plain("KD har ansvaret og samarbeider med ASD, partene og HK-dir. Tidsrom: 2023–2027."),
                   plain("Utvalget har fått nytt mandat og skal analysere behovet for kompetanse."),
                   head("Evaluering av bransjeprogrammene", "2.2"), plain("FoU"),
                   plain("KD har ansvaret og samarbeider med Fafo og NIFU. Tidsrom: 2022–2024."),
                   plain("Sluttrapporten viser at deltakerne bruker det de har lært."))
    got = [(m.title, m.goal_text, m.type_text, m.responsible_text, m.partners_text, m.period_text) for m in result.measures]
    assert got == [("Kompetansebehovsutvalget – nytt mandat", "Delmål 1.1", "Råd/utvalg/nettverk", "KD", "ASD, partene og HK-dir",
                    "2023–2027"),
                   ("Evaluering av bransjeprogrammene", "Delmål 2.2", "FoU", "KD", "Fafo og NIFU", "2022–2024")]
    assert result.measures[1].description == "Sluttrapporten viser at deltakerne bruker det de har lært."


def test_sentences_of_facts_only_when_every_sentence_is_one():
    from tiltak.extract.layouts.facts import sentence_facts

    assert sentence_facts("LO har ansvaret og samarbeider med Fafo.") == [("responsible", "LO"), ("partners", "Fafo")]
    assert sentence_facts("KS har ansvaret. Periode: 2021–2022.") == [("responsible", "KS"), ("period", "2021–2022")]
    assert sentence_facts("Ansvar: KS. Periode: 2021–2022.") is None  # labels all: read as labelled fields
    assert sentence_facts("KS har ansvaret. Kurset ble holdt i Bodø med 40 deltakere.") is None  # a sentence of text
    assert sentence_facts("KS har ansvaret.") is None  # one fact: sentence_fact's
    assert sentence_facts("Vi har ansvaret og samarbeider med mange.") is None  # no one named


def test_procedures_bound_into_one_document_each_named_by_its_title_and_filled_in_under_the_same_headings(tmp_path):
    """A quality system's procedures, one per measure: a control table, the procedure's name in Word's
    Title style, then the template's numbered headings ("1 Formål", "2 Omfang", "3 Ansvar og roller",
    "4 Gyldighet", "5 Referanser"), each filled in. The titles name the measures; the headings are
    labels of each, whatever their words."""
    import docx

    d = docx.Document()
    d.add_heading("Rutiner for tiltakene i strategien", level=1)
    d.add_paragraph("Direktoratet rapporterer tiltakene i form av rutinene fra kvalitetssystemet.")
    for name, goal, who, when in (("Kurs i norsk for arbeidssøkere", "3.5", "NAV", "Løpende"),
                                  ("Karriereveiledning for arbeidssøkere", "1.3", "NAV Vestland", "2022–2023"),
                                  ("Digitale ferdigheter for ledige", "2.1", "Studieforbundene", "2022")):
        t = d.add_table(rows=1, cols=4)
        for c, text in zip(t.rows[0].cells, ("Dokument-ID", "RUT-1", "Versjon", "1.0")):
            c.text = text
        d.add_paragraph(name, style="Title")
        d.add_heading("1 Formål", level=2)
        d.add_paragraph(f"Sikre at {name.lower()} gir det arbeidslivet trenger.")
        d.add_heading("2 Omfang", level=2)
        d.add_paragraph(f"Rutinen følger opp delmål {goal} i strategien. Tiltakstype: Kurs/utdanning.")
        d.add_heading("3 Ansvar og roller", level=2)
        d.add_paragraph(f"Ansvarlig: {who}", style="List Bullet")
        d.add_heading("4 Gyldighet", level=2)
        d.add_paragraph(when)
        d.add_heading("5 Referanser", level=2)
        d.add_paragraph("Forskrift om arbeidsmarkedstiltak", style="List Bullet")
    d.save(tmp_path / "r.docx")
    got = [(m.title, m.goal_text, m.responsible_text, m.period_text) for m in extract_file(tmp_path / "r.docx").measures]
    assert got == [("Kurs i norsk for arbeidssøkere", "delmål 3.5", "NAV", "Løpende"),
                   ("Karriereveiledning for arbeidssøkere", "delmål 1.3", "NAV Vestland", "2022–2023"),
                   ("Digitale ferdigheter for ledige", "delmål 2.1", "Studieforbundene", "2022")]


def test_one_title_is_the_documents_and_headings_twice_are_no_template():
    from tiltak.extract.docx_reader import _titles_as_headings
    from tiltak.extract.layouts.segments import Item, _template_heads

    alone = [Paragraph(text="Årsrapport 2022", style="Title"), Paragraph(text="Innledning")]
    _titles_as_headings(alone)
    assert alone[0].heading_level is None
    heads = [Item("head", t) for t in ("Kurs A", "Status", "Kurs B", "Status")]
    assert [it.kind for it in _template_heads(heads)] == ["head"] * 4  # twice: the measures' own headings may repeat
    run = [Item("head", t) for t in ("Kurs A", "Samling", "Samling", "Samling")]  # one after another, under one name
    assert [it.kind for it in _template_heads(run)] == ["head"] * 4
    filled = [Item("head", t) for t in ("Kurs A", "Formål", "Ansvar", "Kurs B", "Formål", "Ansvar", "Kurs C", "Formål", "Ansvar")]
    assert [it.kind for it in _template_heads(filled)] == ["head", "field", "field"] * 3
    boxed = [Item("head", t) for t in ("Kurs A", "Fakta", "Kurs B", "Fakta", "Kurs C", "Fakta")]  # one box title
    assert [it.kind for it in _template_heads(boxed)] == ["head"] * 6


def test_calendar_items_printed_in_memo_style_each_a_measure_with_its_facts_a_private_one_none(tmp_path):
    """Outlook's memo print of calendar items: "Emne", "Sted", "Start", "Organisator", "Obligatoriske
    deltakere", "Kategorier" with the answers at one tab stop, then the item's text. The subject is the
    measure's name, the organiser responsible, the attendees its partners, the categories its delmål and
    type; a long subject runs near the edge, and the next label still starts a line of its own. An item
    its categories call private is none."""
    lines, y = [], 800

    def item(fields, text=None):
        nonlocal y
        for label, answer in fields:
            lines.append((40, y, 9, 0, 0, f"{label}:"))
            lines.append((170, y, 9, 0, 0, answer))
            y -= 13
        if text:
            lines.append((40, y - 6, 9, 0, 0, text))
            y -= 32

    item([("Emne", "Møte i departementets partssammensatte arbeidsgruppe for digital kompetanse og omstilling"),
          ("Sted", "Kunnskapsdepartementet, Kirkegata 18"), ("Start", "ma 16.09.2019 13:00"), ("Organisator", "KD"),
          ("Obligatoriske deltakere", "Unio; LO; NHO"), ("Kategorier", "NKPS; Delmål 2.1; Råd/utvalg/nettverk")],
         "Unio deltar i arbeidsgruppen som ser på kompetansebehov ved digitalisering.")
    item([("Emne", "Lunsj med styreleder"), ("Sted", "Kantina"), ("Start", "on 05.06.2019 11:30"),
          ("Kategorier", "Privat")])
    item([("Emne", "Tillitsvalgtkurs i kompetanseplanlegging"), ("Sted", "Soria Moria"), ("Organisator", "Unio"),
          ("Kategorier", "NKPS; Delmål 2.2; Kurs/utdanning")], "Todagerskurs for tillitsvalgte om kompetanseplaner.")
    _pdf(tmp_path / "k.pdf", lines)
    got = [(m.title, m.goal_text, m.type_text, m.responsible_text, m.partners_text)
           for m in extract_file(tmp_path / "k.pdf").measures]
    assert got == [("Møte i departementets partssammensatte arbeidsgruppe for digital kompetanse og omstilling", "Delmål 2.1",
                    "Råd/utvalg/nettverk", "KD", "Unio; LO; NHO"),
                   ("Tillitsvalgtkurs i kompetanseplanlegging", "Delmål 2.2", "Kurs/utdanning", "Unio", None)]


def test_categories_give_a_delmal_and_a_type_with_one_tag_of_no_field_at_most():
    from tiltak.extract.layouts.facts import category_facts

    assert category_facts("NKPS; Delmål 2.2; Arrangement") == [("goal", "Delmål 2.2"), ("type", "Arrangement")]
    assert category_facts("Delmål 2.1; Delmål 2.4") == [("goal", "Delmål 2.1, Delmål 2.4")]
    assert category_facts("NKPS; Privat; Arrangement") is None  # two tags of no field: a list of something else
    assert category_facts("Kurs; Prosjekt") is None  # two types: no one measure's
    assert category_facts("Arrangement") is None


def test_a_log_entry_opens_with_the_name_in_bold_then_its_facts_after_double_slashes():
    """A bullet journal: a signifier ("○", ">"), the measure's name in bold, then "// delmål 2.2 //
    arrangement // Unio // 9. mars 2023"; a type no list knows ("avtale") leaves the facts it knows.
    A line of facts alone stays a line of facts."""
    def entry(name, facts):
        text = f"{name} {facts}"
        return Paragraph(text=text, lead=name, runs=[Run(name, bold=True), Run(f" {facts}")])

    def note(text):
        return Paragraph(text=text, runs=[Run(text)])

    result = parse(Paragraph(text="Kompetanseloggen 2023", bold=True, runs=[Run("Kompetanseloggen 2023", bold=True)]),
                   entry("○ Unio-konferansen 2023", "// delmål 2.2 // arrangement // Unio // 9. mars 2023"),
                   note("Konferansen samlet tillitsvalgte og politikere."),
                   entry("> Kurs for tillitsvalgte", "// delmål 2.2 // kurs/utdanning // Unio // 2023"),
                   note("Kurset er revidert og tilbys som nettkurs."),
                   entry("Samfunnskontrakt for flere læreplasser", "// delmål 1.4 + 2.3 // avtale // Regjeringen og partene // med KS // 2022–2026"),
                   note("Unio har sluttet seg til kontrakten."))
    got = [(m.title, m.goal_text, m.type_text, m.responsible_text, m.period_text) for m in result.measures]
    assert got == [("Unio-konferansen 2023", "delmål 2.2", "arrangement", "Unio", "9. mars 2023"),
                   ("Kurs for tillitsvalgte", "delmål 2.2", "kurs/utdanning", "Unio", "2023"),
                   ("Samfunnskontrakt for flere læreplasser", "delmål 1.4 + 2.3", None, None, "2022–2026")]
    from tiltak.extract.layouts.segments import _name_then_facts

    assert _name_then_facts(note("2.1 · Prosjekt · KS · 2021"), "p") is None  # facts only
    assert _name_then_facts(note("Kurs for ledere · Oslo · våren"), "p") is None  # plain, no delmål among three facts
    assert _name_then_facts(entry("Høsten 2020", "// delmål 2.2 // kurs/utdanning // LO"), "p") is None  # a time, no name
    assert _name_then_facts(note("Stad: Molde · Delmål 1.2 · Prosjekt · Ansvarleg: fylket"), "p") is None  # a label first
    from tiltak.extract.content import time_only

    assert time_only("Fra mars 2021") and time_only("2019–2020") and not time_only("Unio-konferansen 2023")


def test_a_theorem_style_measure_named_in_brackets_after_its_number_and_who_with_whom_in_one_label():
    """A note set like a LaTeX article: "**Tiltak 1** (Name). *Text …*", then "Merknad. Knyttes til
    delmål 2.2; type: kurs/utdanning. Ansvarlig: LO; i samarbeid med AOF. Tidsrom: 2020." The name is
    the bracket's (a bracket inside it kept); who is responsible and who takes part share one label."""
    def theorem(n, name, text):
        return Paragraph(text=f"Tiltak {n} ({name}). {text}", lead=f"Tiltak {n}",
                         runs=[Run(f"Tiltak {n}", bold=True), Run(f" ({name}). "), Run(text, italic=True)])

    def remark(goal, who):
        text = f"Merknad. Knyttes til delmål {goal} i NKPS; type: kurs/utdanning. Ansvarlig: {who}. Tidsrom: 2020."
        return Paragraph(text=text, lead="Merknad.", runs=[Run("Merknad.", bold=True), Run(text[8:])])

    result = parse(H("Tiltak i 2020"), theorem(1, "Kurs for tillitsvalgte", "Kurset gikk over to dager."),
                   remark("2.2", "LO; i samarbeid med AOF"),
                   theorem(2, "Råd for samarbeid med arbeidslivet (RSA)", "Vi deltar i rådene."), remark("1.4", "Tekna"))
    got = [(m.title, m.description, m.responsible_text, m.partners_text) for m in result.measures]
    assert got == [("Kurs for tillitsvalgte", "Kurset gikk over to dager.", "LO", "AOF"),
                   ("Råd for samarbeid med arbeidslivet (RSA)", "Vi deltar i rådene.", "Tekna", None)]
    from tiltak.extract.layouts.sections import _bracketed_name

    assert _bracketed_name("(RSA) og andre råd") is None  # no full stop after the bracket: a name that opens with one
    assert _bracketed_name("(Kurs). Tekst") is None  # one word: a note, not a name


def test_a_search_page_its_hits_read_before_the_panel_of_filters_beside_them(tmp_path):
    """A site search saved as PDF: a search box (a ruled table) at the top; each hit its title, its
    address ("ks.no › … › …"), a line of facts ending in " — " and its text; beside the first hits a
    narrow panel of filters ("Innholdstype", "NKPS-tiltak (5)", "2020 (6)") set a few points off the
    hits' lines; a page number in the corner. The hits are read whole, the panel after them."""
    lines = [(40, 800, 9, 0, 0, "KS")]
    boxes = [(40, 740, 300, 20), (340, 740, 60, 20)]  # the search box and its button: a table of one row of two
    lines += [(44, 746, 9, 0, 0, "nkps tiltak 2020"), (344, 746, 9, 0, 0, "Søk")]
    y = 700
    hits = [("Nasjonalt forum for karriereveiledning", "Delmål 1.3 · Råd/utvalg/nettverk · Ansvarlig: Kompetanse Norge · Løpende —",
             "KS er medlem i forumet, som skal bidra til et helhetlig system for karriereveiledning."),
            ("Menn i helse", "Delmål 3.3 · Prosjekt · Ansvarlig: KS · Med: NAV, kommunene · Fra 2019 —",
             "Rekrutteringsprogram der menn som står utenfor arbeidslivet får et løp mot fagbrev."),
            ("Lærlingkampanje for kommunesektoren", "Delmål 2.3 · Prosjekt · Ansvarlig: KS · 2020 —",
             "Kampanje som oppfordrer kommunene til å ta inn flere lærlinger i helsefagene.")]
    for title, facts, text in hits:
        lines += [(40, y, 10, 0, 0, title), (40, y - 13, 8, 0, 0, "ks.no › fagomrader › kompetanse › nkps"),
                  (40, y - 26, 8, 0, 0, facts), (40, y - 38, 8, 0, 0, text)]
        y -= 70
    for k, filt in enumerate(["Innholdstype", "NKPS-tiltak (5)", "Nyheter (1)", "Årstall", "2020 (6)", "2019 (1)"]):
        lines.append((445, 701 - 13 * k, 8, 0, 0, filt))  # (its first lines beside a hit's, the rest between)
    lines.append((540, 60, 8, 0, 0, "1/1"))
    _pdf(tmp_path / "s.pdf", lines, boxes=boxes)
    measures = extract_file(tmp_path / "s.pdf").measures
    got = [(m.title, m.goal_text, m.responsible_text, m.period_text) for m in measures]
    assert got == [(title, facts.split(" · ")[0], facts.split("Ansvarlig: ")[1].split(" ·")[0],
                    facts.rsplit(" · ", 1)[1].rstrip(" —")) for title, facts, text in hits]
    # the hits beside the panel keep their text whole (the panel's plain lines after the last hit run
    # on into its text: a known limit)
    assert [m.description for m in measures[:2]] == [text for _, _, text in hits[:2]]


def test_a_panel_is_one_stretch_of_short_lines_not_a_column_down_the_page():
    from tiltak.extract.pdf_columns import _panel_rows
    from tiltak.extract.pdf_reader import _Word

    def row(y, left, right=None):
        ws = [_Word(text=t, x0=40 + 40 * k, x1=75 + 40 * k, top=y, bottom=y + 8, size=8.0, bold=False)
              for k, t in enumerate(left.split())]
        return ws + ([_Word(text=right, x0=450, x1=490, top=y, bottom=y + 8, size=8.0, bold=False)] if right else [])

    panel = [row(10 * k, "tekst som går over hele linjen her", "Filter" if 2 <= k < 6 else None) for k in range(12)]
    assert _panel_rows(panel, 440) == (2, 6)
    column = [row(10 * k, "tekst som går over hele linjen her", "2020" if k % 3 == 0 else None) for k in range(12)]
    assert _panel_rows(column, 440) is None  # a table's column of years, down all its rows


def test_the_gutter_before_a_panel_is_where_the_panel_begins():
    """Lines of the text end anywhere up to just before the panel; the rows the panel shares hold
    short lines of text, so the middle of their gap lies inside the text's column."""
    from tiltak.extract.pdf_columns import _gaps, _gutter
    from tiltak.extract.pdf_reader import _Word

    def words(y, spans):
        return [_Word(text=t, x0=x, x1=x + (80 if x >= 450 else 30), top=y, bottom=y + 8, size=8.0, bold=False)
                for x, t in spans]

    long_line = [(40 + 37 * k, "ord") for k in range(11)]  # to x=440
    rows = [words(0, long_line), words(10, [(40, "Tittel"), (450, "Filter")]), words(20, [(450, "Type")]),
            words(30, [(40, "Kort"), (450, "Årstall")]), words(40, [(450, "2020")]), words(50, [(450, "2019")]),
            words(60, [(450, "2018")]), words(70, [(450, "2017")])]
    rows += [words(80 + 10 * k, long_line) for k in range(10)]
    gaps = [_gaps(r, 8.0) for r in rows]
    found = _gutter(rows, gaps)
    assert found is not None and found[3] == "aside" and 440 <= found[2] < 450


def test_facts_then_a_dash_then_the_text_and_a_lone_guess_yields_to_a_line_of_facts():
    from tiltak.extract.layouts.segments import paragraph_items

    got = paragraph_items(Paragraph(text="Delmål 1.3 · Prosjekt · Ansvarlig: KS · Løpende — KS er medlem i forumet for veiledning."), "p")
    assert [(it.kind, it.field) for it in got] == [("field", "goal"), ("field", "type"), ("field", "responsible"),
                                                   ("field", "period"), ("text", None)]
    assert (got[3].text, got[4].text) == ("Løpende", "KS er medlem i forumet for veiledning.")
    result = parse(H("Kurs for ledere"), Paragraph(text="nkps tiltak 2020"),
                   Paragraph(text="Delmål 2.2 · Kurs/utdanning · Ansvarlig: KS · 2021–2022"),
                   H("Nettverk for rådgivere"), Paragraph(text="Delmål 1.3 · Prosjekt · Ansvarlig: LO · 2021"))
    assert [(m.title, m.period_text) for m in result.measures] == [("Kurs for ledere", "2021–2022"),
                                                                    ("Nettverk for rådgivere", "2021")]


def test_a_sign_up_sheets_free_slots_are_no_measures():
    """A dugnad list: "Oppgave | Hvorfor? (delmål) | Hvem har ansvar | Hvem hjelper til | Når | Type
    innsats | Signatur". Its measures each give a delmål and a type; the free rows "Ledig oppgave – meld
    deg!" only a box to sign. ("Kaffe og vafler | Trivsel | … | Sosialt", a chore, is read as a measure:
    a row whose delmål cell says something else may be a cross-cutting measure, "Alle delmål".)"""
    rows = [["Oppgave", "Hvorfor? (delmål)", "Hvem har ansvar", "Hvem hjelper til", "Når", "Type innsats", "Signatur"],
            ["Kompetansepluss frivillighet", "Delmål 3.2", "Kompetanse Norge", "VOFO", "Løpende", "Kurs/utdanning", "VOFO ✓"],
            ["Norskkurs for innvandrere", "Delmål 3.4", "Studieforbundene", "IMDi", "2020", "Kurs/utdanning", "VOFO ✓"],
            ["Kaffe og vafler på årsmøtet", "Trivsel", "Styret", "Alle", "Juni 2020", "Sosialt", "Kari ✓"],
            ["Nettverk for læringsarenaer", "Delmål 3.6", "VOFO", "Frivillighet Norge", "Fra 2020", "Råd/utvalg/nettverk", "VOFO ✓"],
            ["Ledig oppgave – meld deg!", "", "", "", "", "", "☐"]]
    result = parse(table(rows))
    assert [(m.title, m.type_text, m.partners_text) for m in result.measures] == [
        ("Kompetansepluss frivillighet", "Kurs/utdanning", "VOFO"), ("Norskkurs for innvandrere", "Kurs/utdanning", "IMDi"),
        ("Kaffe og vafler på årsmøtet", "Sosialt", "Alle"), ("Nettverk for læringsarenaer", "Råd/utvalg/nettverk", "Frivillighet Norge")]
    rows.insert(2, ["Bransjeprogram for varehandelen", "", "", "", "", "", ""])  # its name only, no box: kept
    assert "Bransjeprogram for varehandelen" in [m.title for m in parse(table(rows)).measures]


def test_a_count_after_a_label_is_no_hint_and_a_paragraph_number_before_it_is_none():
    from tiltak.extract.vocabulary import match_label

    assert match_label("NKPS-tiltak (5)") is None  # a filter and its count of hits
    assert match_label("(5) Type tiltak: Prosjekt").field == "type"  # a paragraph's number, then the label
    assert match_label("Delmål (1–16): 4").field == "goal"  # a hint in brackets


def test_the_review_of_match30s_classes_misfires_each_mended():
    """Inputs a reviewer built against this stop's rules, each read as before them."""
    # a note in brackets after the number is no name
    got = parse(H("Tiltak 1 (videreført fra 2020). Kurs for tillitsvalgte i kompetanseplanlegging"), L("Delmål", "2.2"),
                L("Ansvarlig", "LO"), H("Tiltak 2 (Nytt i 2021). Nettverk for ledere"), L("Delmål", "2.1"), L("Ansvarlig", "LO"))
    assert [m.title for m in got.measures][0].endswith("Kurs for tillitsvalgte i kompetanseplanlegging")
    assert "Nettverk for ledere" in got.measures[1].title
    from tiltak.extract.layouts.sections import _bracketed_name

    assert _bracketed_name("(videreført fra 2020). Kurset gikk over to dager i Bodø.") is None  # a note: no capital
    # the same measures under each year's heading are names, not a template's labels
    blocks = []
    for year in (2021, 2022, 2023):
        blocks += [H(f"Rapportering {year}", level=1), H("Kurs for tillitsvalgte"), L("Delmål", "2.2"),
                   L("Ansvarlig", "LO"), H("Nettverk for ledere"), L("Delmål", "2.1"), L("Ansvarlig", "LO")]
    assert [m.title for m in parse(*blocks).measures] == ["Kurs for tillitsvalgte", "Nettverk for ledere"] * 3
    # a course's topic under its heading is no name
    got = parse(H("Kurs for tillitsvalgte"), L("Emne", "Kompetanseplanlegging i virksomheten"), L("Delmål", "2.2"),
                L("Ansvarlig", "LO"))
    assert [m.title for m in got.measures] == ["Kurs for tillitsvalgte"]
    # one body's name, and two that share the work, are who is responsible
    got = parse(H("Deltakelse i rådet"), L("Delmål", "1.4"), L("Ansvarlig", "Rådet for samarbeid med arbeidslivet"),
                H("Felles kurs"), L("Delmål", "2.2"), L("Ansvarlig", "NHO + LO"))
    assert [(m.responsible_text, m.partners_text) for m in got.measures] == [
        ("Rådet for samarbeid med arbeidslivet", None), ("NHO + LO", None)]
    got = parse(H("Kurs A"), L("Delmål", "2.2"), L("Ansvarlig", "LO i samarbeid med AOF"),
                H("Kurs B"), L("Delmål", "2.1"), L("Ansvarlig", "KD; i samarbeid med KS og LO"))
    assert [(m.responsible_text, m.partners_text) for m in got.measures] == [("LO", "AOF"), ("KD", "KS og LO")]
    # who in bold before the facts, and a label of a few words, name no measure
    by = Paragraph(text="LO og AOF · Delmål 2.2 · Kurs/utdanning · 2021", lead="LO og AOF",
                   runs=[Run("LO og AOF", bold=True), Run(" · Delmål 2.2 · Kurs/utdanning · 2021")])
    assert [m.title for m in parse(H("Kurs for tillitsvalgte"), by).measures] == ["Kurs for tillitsvalgte"]
    from tiltak.extract.layouts.segments import _name_then_facts

    status = Paragraph(text="Status per desember: Gjennomført · Delmål 2.2 · Kurs/utdanning · 2021",
                       lead="Status per desember:", runs=[Run("Status per desember:", bold=True),
                                                          Run(" Gjennomført · Delmål 2.2 · Kurs/utdanning · 2021")])
    assert _name_then_facts(status, "p") is None
    # a year in brackets after a column's label is no count
    from tiltak.extract.vocabulary import header_field

    assert header_field("Tiltak (2021)") == "title"


def test_a_key_figures_list_beside_no_panel_stays_in_its_rows():
    """Labels ("Antall kurs") left and figures right, row by row, among the text: a table of two
    columns, read across, not a panel read after the text."""
    from tiltak.extract.pdf_columns import _panel_rows
    from tiltak.extract.pdf_reader import _Word

    def row(y, left, right=None):
        ws = [_Word(text=t, x0=40 + 45 * k, x1=80 + 45 * k, top=y, bottom=y + 8, size=8.0, bold=False)
              for k, t in enumerate(left.split())]
        return ws + ([_Word(text=right, x0=470, x1=500, top=y, bottom=y + 8, size=8.0, bold=False)] if right else [])

    run = [row(10 * k, "tekst som går over hele linjen her og der") for k in range(4)]
    run += [row(40 + 10 * k, label, figure) for k, (label, figure) in
            enumerate([("Antall kurs", "12"), ("Antall deltakere", "340"), ("Antall fylker", "3"), ("Andel kvinner", "64 %")])]
    run += [row(80 + 10 * k, "tekst som går over hele linjen her og der") for k in range(8)]
    assert _panel_rows(run, 460) is None
