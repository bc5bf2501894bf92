"""Forms of ordinary reports left from blind batches match44 and later, each in a test's own words."""


def _two_column_page():
    left = ["Fylket har hatt et godt år for voksne som vil ta",
            "fagbrev, og samarbeidet med partene i arbeidslivet",
            "er styrket gjennom hele året. Under følger de",
            "tiltakene vi har meldt inn til rådet i år, hvert",
            "med sine fakta og en tabell over delmålene.",
            ]
    right = ["Tilbudet gir kurs i digitale ferdigheter til alle",
             "ansatte i mindre bedrifter i hele fylket vårt.",
             "Ansvarlig: Agder fylkeskommune | Type: kurs",
             ]
    lines = [(50, 800, 14, 0, 0, "Agder fylkeskommune - årsrapport 2022")]
    y = 770
    for text in left:
        lines.append((50, y, 10, 0, 0, text)); y -= 13
    # a box of figures in the left column: a ruled table of one column
    box_top = y - 4
    lines += [(54, box_top - 12, 10, 0, 0, "Tall og fakta"), (54, box_top - 26, 10, 0, 0, "Voksne i opplæring: 3 400"),
              (54, box_top - 40, 10, 0, 0, "Nye lærekontrakter: 2 100")]
    rules = [(50, box_top, 285), (50, box_top - 16, 285), (50, box_top - 30, 285), (50, box_top - 44, 285)]
    uprights = [(50, box_top - 44, box_top), (285, box_top - 44, box_top)]
    y = box_top - 60
    for text in ["Tiltak 1: Karrieresenter med nye kontorer",
                 "Karrieresenteret har åpnet to nye kontorer i",
                 "Arendal og Flekkefjord for voksne i hele fylket.",
                 "Ansvarlig: Agder fylkeskommune | Type: tjeneste",
                 "Tiltak 2: Digitalt løft for små bedrifter"]:
        lines.append((50, y, 10, 0, 0, text)); y -= 13
    y = 770
    for text in right:
        lines.append((315, y, 10, 0, 0, text)); y -= 13
    lines.append((315, y - 6, 10, 0, 0, "Tiltak og delmål"))
    t = y - 14  # a ruled table of codes by number in the right column
    lines += [(319, t - 12, 10, 0, 0, "Tiltak nr."), (400, t - 12, 10, 0, 0, "Delmål"),
              (319, t - 26, 10, 0, 0, "1"), (400, t - 26, 10, 0, 0, "1.3"),
              (319, t - 40, 10, 0, 0, "2"), (400, t - 40, 10, 0, 0, "2.1, 2.4")]
    rules += [(315, t - 16 * 0 - 0, 480), (315, t - 16, 480), (315, t - 30, 480), (315, t - 44, 480)]
    uprights += [(315, t - 44, t), (395, t - 44, t), (480, t - 44, t)]
    y = t - 62
    for text in ["Planen for kompetanse skal rulleres neste år, og",
                 "arbeidet med en ny plan starter til høsten med",
                 "innspill fra kommunene og partene i arbeidslivet."]:
        lines.append((315, y, 10, 0, 0, text)); y -= 13
    return lines, rules, uprights


def test_tables_inside_one_of_two_newspaper_columns_are_read_in_their_columns_flow(tmp_path):
    """An annual report's chapter in two columns with no rule between them, a ruled box of figures in
    the left column and a small ruled table of delmål by measure number in the right one: the text a
    column at a time (not each printed row across both), each table where it stands in its column."""
    from test_pdf_reader import _pdf

    from tiltak.extract.model import Table
    from tiltak.extract.pdf_reader import read_pdf

    _pdf(tmp_path / "agder.pdf", *_two_column_page())
    got = [("table", b.grid()[0][0].text) if isinstance(b, Table) else ("text", " ".join(b.text.split()[:4]))
           for b in read_pdf(str(tmp_path / "agder.pdf")).blocks]
    assert got == [("text", "Agder fylkeskommune - årsrapport"), ("text", "Fylket har hatt et"),
                   ("table", "Tall og fakta"), ("text", "Tiltak 1: Karrieresenter med"),
                   ("text", "Ansvarlig: Agder fylkeskommune |"), ("text", "Tiltak 2: Digitalt løft"),
                   ("text", "Tilbudet gir kurs i"), ("text", "Ansvarlig: Agder fylkeskommune |"),
                   ("text", "Tiltak og delmål"), ("table", "Tiltak nr."), ("text", "Planen for kompetanse skal")]


def test_a_bold_closing_sections_heading_after_the_last_measure_in_running_text_ends_it(tmp_path):
    """A ministry's note: each measure a paragraph named by its bold first sentence, its delmål in a
    closing sentence; then "Videre arbeid" in bold on a line of its own over the note's last words. The
    heading is not a field of the last measure's paragraph, which is a measure like the others."""
    import docx

    from tiltak.extract.file import extract_file

    document = docx.Document()
    document.add_paragraph().add_run("Departementets tiltak 2021").bold = True
    document.add_paragraph("Notatet gir en oversikt over tiltakene i den kompetansepolitiske strategien.")
    for name, text, code in [
            ("Kompetansepluss", "Tilskudd til opplæring i grunnleggende ferdigheter på arbeidsplassen.", "3.2"),
            ("Treparts bransjeprogram", "Programmene er utvidet til flere bransjer og regioner i år.", "2.4"),
            ("Forsøk med fleksibel opplæring", "Forsøket prøver ut modulære læreplaner for voksne elever.", "3.1")]:
        p = document.add_paragraph()
        p.add_run(f"{name}.").bold = True
        p.add_run(f" {text} Tiltaket følger opp delmål {code} og er et prosjekt. Ansvarlig er KD.")
    document.add_paragraph().add_run("Videre arbeid").bold = True
    document.add_paragraph("Departementet vil legge fram en melding om reformen til Stortinget neste år.")
    document.save(tmp_path / "notat.docx")
    got = [(m.title, m.goal_text) for m in extract_file(tmp_path / "notat.docx").measures]
    assert got == [("Kompetansepluss", "delmål 3.2"), ("Treparts bransjeprogram", "delmål 2.4"),
                   ("Forsøk med fleksibel opplæring", "delmål 3.1")]


def test_a_table_of_delmal_by_measure_number_gives_the_measures_named_tiltak_n_their_delmal(tmp_path):
    """"Tiltak 1: Name" over each measure's text and facts, then a small table "Tiltak nr. | Delmål" and a
    closing section: each number's delmål are its measure's (the table's include the one a measure's
    text names, so they are the measure's), and the table makes no measure nor gives its codes to the
    section after it."""
    import docx

    from tiltak.extract.file import extract_file

    document = docx.Document()
    document.add_heading("Kompetanse i Agder 2023", 1)
    for k, (name, text) in enumerate([
            ("Karrieresenter med nye kontorer", "Senteret har åpnet to nye kontorer for voksne."),
            ("Fagbrev på jobb i Agder", "Tilbudet er utvidet med tre fag; delmål 3.1 er lagt til."),
            ("Desentralisert fagskole", "Tilbudet er utvidet til to nye regioner i fylket.")], start=1):
        document.add_paragraph().add_run(f"Tiltak {k}: {name}").bold = True
        document.add_paragraph(text)
        document.add_paragraph("Ansvarlig: Agder fylkeskommune | Type: prosjekt | Periode: 2023–2024")
    document.add_paragraph().add_run("Tiltak og delmål i NKPS").bold = True
    table = document.add_table(rows=4, cols=2)
    for r, cells in enumerate([("Tiltak nr.", "Delmål"), ("1", "1.3"), ("2", "2.5, 3.1"), ("3", "1.4")]):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    document.add_heading("Veien videre", 2)
    document.add_paragraph("Planen for kompetanse skal rulleres i 2025, og arbeidet starter til høsten.")
    document.save(tmp_path / "agder.docx")
    got = [(m.title, m.goal_text) for m in extract_file(tmp_path / "agder.docx").measures]
    assert got == [("Karrieresenter med nye kontorer", "delmål 1.3"), ("Fagbrev på jobb i Agder", "delmål 2.5, 3.1"),
                   ("Desentralisert fagskole", "delmål 1.4")]


def test_a_plain_sentence_alone_in_a_row_under_a_bold_name_is_that_measures_text(tmp_path):
    """A county's table: each name cell a bold name and its text; one measure's text runs on into a row
    of its own, its other cells empty. That row is the text of the measure above, not a measure."""
    import docx

    from tiltak.extract.file import extract_file

    document = docx.Document()
    document.add_heading("NKPS-tiltak 2022", 1)
    rows = [("Tiltak", "NKPS", "Ansvar", "Type", "Tid"),
            ("Kompetansestrategi for Agder", "delmål 1.2", "Agder fylkeskommune", "strategi", "2022–2025"),
            ("Strategien ble vedtatt av fylkestinget i juni.", "", "", "", ""),
            ("Karriere Agder", "delmål 1.3", "Agder fylkeskommune", "tjeneste", "Løpende")]
    table = document.add_table(rows=len(rows), cols=5)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            run = table.cell(r, c).paragraphs[0].add_run(text)
            run.bold = r == 0 or c == 0 and r != 2
    table.cell(3, 0).add_paragraph("Karrieresenteret gir veiledning til voksne.")
    document.save(tmp_path / "agder.docx")
    got = [(m.title, m.goal_text, m.description) for m in extract_file(tmp_path / "agder.docx").measures]
    assert got == [("Kompetansestrategi for Agder", "delmål 1.2", "Strategien ble vedtatt av fylkestinget i juni."),
                   ("Karriere Agder", "delmål 1.3", "Karrieresenteret gir veiledning til voksne.")]


def _docx_table(document, rows, bold_first_row=True):
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).paragraphs[0].add_run(text).bold = bold_first_row and r == 0
    return table


def test_a_measure_sheet_a_grid_over_its_headed_sections_reads_as_one_measure(tmp_path):
    """A county's measure sheets, one a page: a grid "Tiltaksark nr. | Namn på tiltaket | Ansvarleg eining |
    Tiltakstype" over one row of answers, then headed sections (Bakgrunn, Kva skal gjerast, Mål i NKPS
    with the delmål as bullets in the strategy's words, Samarbeidspartnarar, Tidsplan). The sheet's
    number is no old number of the strategy; each sheet is one measure with its sections' facts."""
    import docx

    from tiltak.extract.file import extract_file

    document = docx.Document()
    document.add_heading("Tiltaksark 2018", 0)
    sheets = [("1", "Karriere Agder – karrieresenter for vaksne", "Teneste", "Gratis rettleiing for vaksne ved fire kontor.",
               ["Syte for tilgang til karriererettleiing og eit heilskapleg system for karriererettleiing"],
               "NAV Agder, kommunane", "Heile 2018"),
              ("2", "Fagbrev på jobb i Agder", "Utdanningstilbod", "Vaksne tilsette tek fagbrev gjennom arbeidet.",
               ["Vidareutvikle samarbeidet mellom opplærings- og utdanningstilbydarar og arbeidslivet",
                "Gi fleksibel opplæring på premissane til vaksne"], "opplæringskontora", "2018–2020")]
    for number, name, kind, text, goals, partners, when in sheets:
        _docx_table(document, [("Tiltaksark nr.", "Namn på tiltaket", "Ansvarleg eining", "Tiltakstype"),
                               (number, name, "Agder fylkeskommune", kind)])
        for heading, lines in [("Bakgrunn", ["Tiltaket starta i 2017."]), ("Kva skal gjerast", [text]),
                               ("Mål i NKPS", goals), ("Samarbeidspartnarar", [partners]), ("Tidsplan", [when])]:
            document.add_heading(heading, 2)
            for line in lines:
                document.add_paragraph(line, style="List Bullet" if heading == "Mål i NKPS" else None)
        document.add_page_break()
    document.save(tmp_path / "sheets.docx")
    got = [(m.title, m.responsible_text, m.type_text, m.goal_text, m.period_text)
           for m in extract_file(tmp_path / "sheets.docx").measures]
    assert [g[:3] + g[4:] for g in got] == [
        ("Karriere Agder – karrieresenter for vaksne", "Agder fylkeskommune", "Teneste", "Heile 2018"),
        ("Fagbrev på jobb i Agder", "Agder fylkeskommune", "Utdanningstilbod", "2018–2020")]
    assert "karriererettleiing" in got[0][3] and got[0][3].count(";") == 0
    assert "Vidareutvikle samarbeidet" in got[1][3] and "premissane til vaksne" in got[1][3]  # both bullets


def test_a_sheets_own_number_is_no_old_number_of_the_strategy():
    from tiltak.extract.content import says_old_numbers

    assert not says_old_numbers("Tiltaksark nr.") and not says_old_numbers("Skjema nr.") and not says_old_numbers("Sak nr.")
    assert says_old_numbers("Tiltak nr.") and says_old_numbers("NKPS-tiltak") and says_old_numbers("Nr.")


def test_a_facts_grid_under_each_measures_name_and_text_gives_its_facts(tmp_path):
    """A county's report: "1. Name" in bold, its text, then a grid "Delmål i NKPS | Kategori | Eigar |
    Partnarar | Tidsrom" over one row of answers, for each measure; and a grid whose delmål column is
    known only by its answers ("MÅL" over "Delmål 3.1")."""
    import docx

    from tiltak.extract.file import extract_file

    for goal_label, goals in (("Delmål i NKPS", ("1.3, 2.4", "1.2")), ("MÅL", ("Delmål 1.3", "Delmål 1.2"))):
        document = docx.Document()
        document.add_heading("Rapport til Kompetansepolitisk råd 2026", 1)
        for k, (name, goal) in enumerate(zip(("Karriere Agder", "Kompetanseforum Agder"), goals), start=1):
            document.add_paragraph().add_run(f"{k}. {name}").bold = True
            document.add_paragraph("Senteret har hatt mange samtalar i året som gjekk.")
            _docx_table(document, [(goal_label, "Kategori", "Eigar", "Partnarar", "Tidsrom"),
                                   (goal, "Prosjekt", "Agder fylkeskommune", "NAV Agder, kommunane", "2026–2027")])
        document.save(tmp_path / "agder.docx")
        got = [(m.title, m.goal_text, m.responsible_text, m.period_text) for m in extract_file(tmp_path / "agder.docx").measures]
        assert got == [("Karriere Agder", goals[0], "Agder fylkeskommune", "2026–2027"),
                       ("Kompetanseforum Agder", goals[1], "Agder fylkeskommune", "2026–2027")], goal_label


def test_measures_stacked_in_a_cell_of_a_row_per_delmal_or_old_number(tmp_path):
    """"Delmål i strategien | Hva YS gjør": the left cell a delmål in the strategy's words, the right one
    stacking one or two measures (bold name "(type)", text, "Bidrar også til: <a delmål's words>.",
    "Ansvar: …"); and a ministry's row per old number with "Ingen nye tiltak" rows and a name "(gjelder
    også nr. 7)". Each name is a measure with its row's goal; the other rows give none."""
    import docx

    from tiltak.extract.file import extract_file
    from tiltak.normalize.measures import Normalizer

    def stack(cell, measures):
        cell.paragraphs[0].text = ""
        first = True
        for name, lines in measures:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            p.add_run(name).bold = True
            for line in lines:
                cell.add_paragraph(line)
            cell.add_paragraph("")

    document = docx.Document()
    document.add_heading("YS' oppfølging 2019", 1)
    table = _docx_table(document, [("Delmål i strategien", "Hva YS gjør"),
                                   ("Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet", ""),
                                   ("Styrke kunnskapsgrunnlaget om læring i arbeidslivet", "")])
    stack(table.cell(1, 1), [("Samarbeidsrådet for yrkesopplæring", ["YS har én fast plass i rådet.", "Ansvar: KD; med: YS"])])
    stack(table.cell(2, 1), [("YS Arbeidslivsbarometer", ["Årlig undersøkelse blant medlemmene.", "Ansvar: YS; med: AFI"]),
                             ("Stipendordning for medlemmer", ["Forbundene gir stipend til videreutdanning.",
                                                               "Bidrar også til: gi fleksibel opplæring på voksnes premisser.",
                                                               "Ansvar: YS-forbundene"])])
    document.save(tmp_path / "ys.docx")
    normalized = Normalizer().normalize_file(extract_file(tmp_path / "ys.docx"))
    assert [(m.title, m.delmal) for m in normalized] == [
        ("Samarbeidsrådet for yrkesopplæring", ["1.4"]), ("YS Arbeidslivsbarometer", ["2.2"]),
        ("Stipendordning for medlemmer", ["2.2", "3.1"])]

    document = docx.Document()
    document.add_heading("Regjeringens oppfølging 2017", 1)
    table = _docx_table(document, [("Nr.", "Tiltak i strategien", "Ansvar etter strategien", "Regjeringens oppfølging 2017"),
                                   ("1.", "Kompetansebehovsutvalget", "KD", ""),
                                   ("2.", "Regionalt nivå", "KMD", "Ingen nye tiltak fra departementene i 2017."),
                                   ("4.", "Samarbeid mellom utdanning og arbeidsliv", "", ""),
                                   ("7.", "Karrieremuligheter i yrkesfag", "", "Se «Samfunnskontrakt» under nr. 4.")])
    stack(table.cell(1, 3), [("Etablering av Kompetansebehovsutvalget", ["Utvalget ble oppnevnt høsten 2017.", "Type: Utvalg. Ansvar: KD."])])
    stack(table.cell(3, 3), [("Samfunnskontrakt for flere læreplasser (gjelder også nr. 7)", ["Kontrakten gir flere læreplasser.",
                                                                                            "Type: Avtale. Ansvar: KD."]),
                             ("Bransjeprogrammene", ["Programmene starter i 2018.", "Type: Program. Ansvar: KD."])])
    document.save(tmp_path / "kd.docx")
    normalized = Normalizer().normalize_file(extract_file(tmp_path / "kd.docx"))
    assert [(m.title, m.delmal) for m in normalized] == [
        ("Etablering av Kompetansebehovsutvalget", ["1.1"]), ("Samfunnskontrakt for flere læreplasser", ["1.4", "2.3"]),
        ("Bransjeprogrammene", ["1.4"])]


def test_facts_set_as_a_strip_of_labels_over_answers_with_mal_over_codes(tmp_path):
    """A PDF box per measure: a name, its text, then a strip of small labels "Mål Type Ansvar Med Tid"
    over the answers, no rules drawn. "Mål" (a word of no fact by itself) over codes is the delmål; a
    listing's "NR" over dashes is no label strip."""
    from test_pdf_reader import _pdf

    from tiltak.extract.file import extract_file

    lines = [(50, 800, 14, 0, 0, "Unios tiltak 2020")]
    y = 760
    for name, text, answers in [("Tillitsvalgtkurs om kompetanse", "Kursene ble holdt digitalt i 2020.",
                                 ("2.2", "Kurs", "Unio", "Unios forbund", "2020")),
                                ("Trepartssamarbeid i sykehusene", "Nytt samarbeid om kompetanse i sykehusene.",
                                 ("1.4, 2.2", "Partssamarbeid", "HOD", "Spekter, LO", "2020–"))]:
        lines += [(50, y, 11, 0, 0, "**" + name), (50, y - 16, 10, 0, 0, text)]
        lines += [(x, y - 36, 8, 0, 0, label) for x, label in zip((56, 120, 200, 260, 420), ("Mål", "Type", "Ansvar", "Med", "Tid"))]
        lines += [(x, y - 48, 8, 0, 0, answer) for x, answer in zip((56, 120, 200, 260, 420), answers)]
        y -= 90
    _pdf(tmp_path / "unio.pdf", lines)
    got = [(m.title, m.goal_text, m.type_text, m.responsible_text) for m in extract_file(tmp_path / "unio.pdf").measures]
    assert got == [("Tillitsvalgtkurs om kompetanse", "2.2", "Kurs", "Unio"),
                   ("Trepartssamarbeid i sykehusene", "1.4, 2.2", "Partssamarbeid", "HOD")]


def test_a_fields_head_word_right_before_a_colon_mid_line_starts_a_field():
    from tiltak.extract.layouts.facts import field_parts

    assert field_parts("Periode: 2022– Kategori: Råd/utvalg/nettverk NKPS: 1.1") == [
        "Periode: 2022–", "Kategori: Råd/utvalg/nettverk", "NKPS: 1.1"]
    # one head word alone mid-sentence is no field of its own
    assert field_parts("Tiltaket følger opp tre punkter i strategien: kurs, råd og nettverk") == [
        "Tiltaket følger opp tre punkter i strategien: kurs, råd og nettverk"]


def test_delmal_in_short_words_over_each_heading_are_the_goal_of_the_measure_under_it(tmp_path):
    """An employers' report: over each name a small upper-case line of the delmål in short words, two
    parted by "·" ("SAMARBEID MELLOM UTDANNING OG ARBEIDSLIV · KARRIEREMULIGHETER I YRKESFAG"), the
    facts in a line under the text: each line is the goal of the measure below it."""
    import docx

    from tiltak.extract.file import extract_file
    from tiltak.normalize.measures import Normalizer

    document = docx.Document()
    document.add_heading("Kompetansepolitisk rapport 2023", 1)
    document.add_paragraph("Over hver overskrift står delmålene tiltaket bidrar til.")
    for kicker, name in [("KOMPETANSEBEHOVSUTVALGET", "Kompetansebehovsutvalget – vår deltakelse"),
                         ("SAMARBEID MELLOM UTDANNING OG ARBEIDSLIV · KARRIEREMULIGHETER I YRKESFAG", "Ny samfunnskontrakt"),
                         ("DIGITAL KOMPETANSE I ARBEIDSSTYRKEN", "Kompetanseløft for matindustrien")]:
        document.add_paragraph(kicker)
        document.add_paragraph().add_run(name).bold = True
        document.add_paragraph("Vi har deltatt i arbeidet gjennom hele året.")
        document.add_paragraph("Form: Prosjekt · Eier: NHO · Med: LO · Når: 2023")
    document.save(tmp_path / "nho.docx")
    got = [(m.title, m.delmal) for m in Normalizer().normalize_file(extract_file(tmp_path / "nho.docx"))]
    assert got == [("Kompetansebehovsutvalget – vår deltakelse", ["1.1"]), ("Ny samfunnskontrakt", ["1.4", "2.3"]),
                   ("Kompetanseløft for matindustrien", ["2.1"])]


def test_a_dash_before_a_bold_name_and_its_bracket_of_facts_with_a_county_as_owner(tmp_path):
    """Under "Vidareførte tiltak": one line "– **Name**: text. (2.4, 3.1 · Kurs/utdanning · Vestland
    fylkeskommune · Fagskulen Vestland · løpande)", the order of the bracket told above it: a measure,
    its owner the county the gazetteer knows, then who takes part."""
    import docx

    from tiltak.extract.file import extract_file

    document = docx.Document()
    document.add_heading("Rapport NKPS 2026", 1)
    document.add_paragraph().add_run("Vidareførte tiltak frå tidlegare år").bold = True
    document.add_paragraph("Desse held fram som før. I parentes: delmål · kategori · eigar · partnarar · tidsrom.")
    p = document.add_paragraph("– ")
    p.add_run("Desentraliserte fagskuletilbod").bold = True
    p.add_run(": Tilbodet er utvida med havbruk. (2.4, 3.1 · Kurs/utdanning · Vestland fylkeskommune · "
              "Fagskulen Vestland · løpande)")
    document.save(tmp_path / "v.docx")
    got = [(m.title, m.goal_text, m.responsible_text, m.partners_text) for m in extract_file(tmp_path / "v.docx").measures]
    assert got == [("Desentraliserte fagskuletilbod", "2.4, 3.1", "Vestland fylkeskommune", "Fagskulen Vestland")]


def test_a_box_of_facts_beside_each_measure_in_a_one_row_table(tmp_path):
    """Each measure a borderless table of one row: a shaded box of facts at left, its labels over their
    answers ("MÅL" / "2.2", "ANSVAR" / "NHO"), and the measure's bold name and text at right. The facts
    belong to the name beside them, not to the measure before."""
    import docx

    from tiltak.extract.file import extract_file

    document = docx.Document()
    document.add_heading("NHOs oppfølging 2025", 1)
    for name, goal, who in [("NHOs kompetansebarometer", "2.2", "NHO"), ("Jenter og teknologi", "2.3", "NHO"),
                            ("Kompetansebehovsutvalget", "1.1", "KD")]:
        table = document.add_table(rows=1, cols=2)
        box, measure = table.cell(0, 0), table.cell(0, 1)
        for k, (label, answer) in enumerate([("MÅL", goal), ("FORM", "Prosjekt"), ("ANSVAR", who), ("TID", "2025")]):
            (box.paragraphs[0] if k == 0 else box.add_paragraph()).add_run(label).bold = True
            box.add_paragraph(answer)
        measure.paragraphs[0].add_run(name).bold = True
        measure.add_paragraph("Tiltaket er videreført med flere deltakere i år.")
    document.save(tmp_path / "nho.docx")
    got = [(m.title, m.goal_text, m.responsible_text) for m in extract_file(tmp_path / "nho.docx").measures]
    assert got == [("NHOs kompetansebarometer", "2.2", "NHO"), ("Jenter og teknologi", "2.3", "NHO"),
                   ("Kompetansebehovsutvalget", "1.1", "KD")]


def test_a_shaded_box_of_facts_at_the_right_of_each_measures_text(tmp_path):
    """A PDF from Word: each measure's name in bold across the page, its text at left and a shaded box of
    facts at right (labels over answers), the lines of both side by side: read the name, the text, then
    the box, a measure at a time."""
    from test_pdf_reader import _pdf_pages

    from tiltak.extract.file import extract_file

    lines, boxes = [(50, 800, 14, 0, 0, "**Spekters rapportering 2017")], []
    y = 760
    for name, text, facts in [("Møteplass lærebedrifter", ["Heldagsarrangement der medlemmer som er", "lærebedrifter utveksler erfaringer."],
                               [("NKPS-tiltak nr.", "4 og 7"), ("Type", "Arrangement"), ("Ansvarlig", "Spekter")]),
                              ("Søkekonferanse om Kompetansepluss", ["Medlemmene får kunnskap om ordningen", "og om hva som kreves for å søke."],
                               [("NKPS-tiltak nr.", "12"), ("Type", "Konferanse"), ("Ansvarlig", "Spekter")])]:
        lines.append((50, y, 11, 0, 0, "**" + name))
        lines += [(50, y - 20 - 14 * k, 10, 0, 0, t) for k, t in enumerate(text)]
        for k, (label, answer) in enumerate(facts):
            lines += [(360, y - 20 - 28 * k, 9, 0, 0, "**" + label), (360, y - 32 - 28 * k, 9, 0, 0, answer)]
        boxes.append((352, y - 20 - 28 * len(facts), 182, 28 * len(facts) + 10))
        y -= 140
    _pdf_pages(tmp_path / "spekter.pdf", [(lines, (), (), boxes)])
    got = [(m.title, m.goal_text, m.type_text, m.responsible_text) for m in extract_file(tmp_path / "spekter.pdf").measures]
    assert got == [("Møteplass lærebedrifter", "4 og 7", "Arrangement", "Spekter"),
                   ("Søkekonferanse om Kompetansepluss", "12", "Konferanse", "Spekter")]


def test_a_numbered_report_whose_forms_open_with_a_heading_naming_a_listed_measure(tmp_path):
    """"Rapporteringspunkter": a list "1. Name (Type) – relasjon til NKPS tiltak nr 4", then a heading
    "Punkt 1: Name" over run-in labels for each; a closing "Planer for 2018" is no measure's. Each list
    item and its form are one measure, with the list's old number."""
    import docx

    from tiltak.extract.file import extract_file

    document = docx.Document()
    document.add_heading("Spekters rapportering 2017", 1)
    document.add_heading("Rapporteringspunkter", 2)
    points = [("Spekters representasjon i RSA", "Råd/utvalg/nettverk", 4), ("Lærlingforum i helseforetakene", "Arrangement", 7),
              ("Spekters HR-nettverk", "Nettverk", 6)]
    for k, (name, kind, nr) in enumerate(points, start=1):
        document.add_paragraph(f"{k}. {name} ({kind}) – relasjon til NKPS tiltak nr {nr}")
    for k, (name, _, _) in enumerate(points, start=1):
        document.add_heading(f"Punkt {k}: {name}", 2)
        for label, answer in [("Ansvarlig og samarbeidspartnere", "Spekter i samarbeid med UiO."),
                              ("Beskrivelse", "Et tiltak for medlemmene."), ("Når", "løpende")]:
            p = document.add_paragraph()
            p.add_run(f"{label}:").bold = True
            p.add_run(f" {answer}")
    document.add_heading("Planer for 2018", 2)
    document.add_paragraph("Spekter vurderer et e-læringskurs, men dette er ikke besluttet.")
    document.save(tmp_path / "spekter.docx")
    result = extract_file(tmp_path / "spekter.docx")
    got = [(m.title, m.goal_text, m.type_text, m.period_text) for m in result.measures]
    assert result.layout == "numbered_report"
    assert got == [("Spekters representasjon i RSA", "relasjon til NKPS tiltak nr 4", "Råd/utvalg/nettverk", "løpende"),
                   ("Lærlingforum i helseforetakene", "relasjon til NKPS tiltak nr 7", "Arrangement", "løpende"),
                   ("Spekters HR-nettverk", "relasjon til NKPS tiltak nr 6", "Nettverk", "løpende")]


def _column_page(left: list[str], right: list[str], shift: float = 0.0, footer: str | None = None, level: int = 0):
    """Two columns of 10-point text, the right one's lines `shift` points lower than the left's (but
    for its first `level` lines)."""
    lines = [(50, 800, 14, 0, 0, "**LOs oppfølging av kompetansestrategien 2022")]
    lines += [(50, 760 - 13 * k, 10, 0, 0, t) for k, t in enumerate(left)]
    lines += [(310, 760 - (shift if k >= level else 0) - 13 * k, 10, 0, 0, t) for k, t in enumerate(right)]
    if footer:
        lines.append((50, 40, 9, 0, 0, footer))
        lines.append((480, 40, 9, 0, 0, "Side 1"))
    return lines


_LEFT = ["**Kompetansebehovsutvalget (KBU)", "LO deltar fortsatt i utvalget, som i 2022", "har lagt fram sin temarapport om",
         "fagarbeidere og kompetansebehov.", "Mål: 1.1 · Type: utvalg · Ansv.: KD", "**SRY – Samarbeidsrådet for yrkesopplæring",
         "LO har i 2022 prioritert dimensjonering", "og fagfornyelsen i rådets arbeid.", "Mål: 1.4, 2.3 · Type: råd · Ansv.: KD",
         "**Tillitsvalgtskolering om kompetanse"]
_RIGHT = ["Kurset for tillitsvalgte er videreført og", "har fått en digital modul om planer.", "Mål: 2.1, 2.2 · Type: kurs · Ansv.: LO",
          "**LOs kompetansekonferanse", "Den årlige konferansen handlet om", "kompetanse i grønn omstilling i år.",
          "Mål: 2.2 · Type: konferanse · Ansv.: LO"]


def test_two_columns_whose_lines_never_share_a_row_are_read_a_column_at_a_time(tmp_path):
    """Two newspaper columns set on their own baselines (the right one's lines half a line lower, so no
    printed row holds both), with or without a running footer across both at the foot: the left column,
    then the right one; the last measure of the left column goes on at the top of the right."""
    from test_pdf_reader import _pdf

    from tiltak.extract.file import extract_file

    for shift, footer, level in ((6.5, None, 0), (6.5, "Rapport til Kompetansepolitisk råd", 0)):
        _pdf(tmp_path / "lo.pdf", _column_page(_LEFT, _RIGHT, shift, footer, level))
        got = [(m.title, m.goal_text) for m in extract_file(tmp_path / "lo.pdf").measures]
        assert got == [("Kompetansebehovsutvalget (KBU)", "1.1"), ("SRY – Samarbeidsrådet for yrkesopplæring", "1.4, 2.3"),
                       ("Tillitsvalgtskolering om kompetanse", "2.1, 2.2"), ("LOs kompetansekonferanse", "2.2")], (shift, footer, level)


def test_a_pages_first_or_last_row_far_from_the_rest_is_set_apart_from_its_columns():
    """A running footer across both columns ("Rapport til … Side 1") holds words on both sides of the
    gutter like a row of two columns; far below the rest, it is read across, beside no column."""
    from tiltak.extract.pdf_columns import _set_apart
    from tiltak.extract.pdf_reader import _Word

    def row(top, *xs):
        return [_Word(text="ord", x0=x, x1=x + 20, top=top, bottom=top + 10, size=10, bold=False) for x in xs]

    body = [row(100 + 13 * k, 50 if k % 2 else 310) for k in range(12)]
    assert _set_apart(body + [row(800, 50, 480)]) == {12}
    assert _set_apart([row(40, 50, 480)] + body) == {0}
    assert _set_apart(body) == set()


def test_a_sentence_telling_the_order_of_the_facts_in_each_bracket(tmp_path):
    """"I parentes: type; delmål; ansvar; samarbeid; periode." over bullets "Name – text. (Arrangement;
    2.3; Spekter; LO Stat, Unio, helseforetakene; 2024)": each part is the fact its place says, whatever
    its words; then "Møter" over a table of the meetings attended is no measure."""
    import docx

    from tiltak.extract.file import extract_file

    document = docx.Document()
    document.add_heading("Spekter – rapport 2024", 1)
    p = document.add_paragraph()
    p.add_run("Veileder om heltidskultur").bold = True
    document.add_paragraph("Delmål: 2.4. Type: Informasjon. Ansvar: Spekter. Periode: 2024.")
    document.add_heading("Videreførte tiltak", 2)
    document.add_paragraph("Tiltakene under videreføres. I parentes: type; delmål; ansvar; samarbeid; periode.")
    document.add_paragraph("Lærlingforum i sykehusene – Årlig forum for lærlingansvarlige. (Arrangement; 2.3; Spekter; "
                           "LO Stat, Unio, helseforetakene; 2024)", style="List Bullet")
    document.add_paragraph("HR-direktørnettverket – Fire samlinger i året. (Nettverk; 2.2; Spekter; medlemsvirksomhetene; løpende)",
                           style="List Bullet")
    document.add_heading("Møter", 2)
    _docx_table(document, [("Dato", "Møte", "Arrangør"), ("7. februar", "Kompetansepolitisk råd", "KD"),
                           ("10. oktober", "Kompetansepolitisk råd", "KD")])
    document.save(tmp_path / "spekter.docx")
    got = [(m.title, m.goal_text, m.type_text, m.responsible_text, m.partners_text, m.period_text)
           for m in extract_file(tmp_path / "spekter.docx").measures]
    assert got[1:] == [("Lærlingforum i sykehusene", "2.3", "Arrangement", "Spekter", "LO Stat, Unio, helseforetakene", "2024"),
                       ("HR-direktørnettverket", "2.2", "Nettverk", "Spekter", "medlemsvirksomhetene", "løpende")]
    assert len(got) == 3 and got[0][0] == "Veileder om heltidskultur"


def test_labels_strategikobling_eierskap_eigar_and_a_section_that_says_it_is_no_measure(tmp_path):
    """Seven labels in the writer's words ("Eierskap", "Strategikobling: 2.2 (…)", "Eigar"); after the
    measures, "Akademikernes representasjon" whose text says "(ikke egne tiltak)" over a table of
    seats is the report's, not a measure."""
    import docx

    from tiltak.extract.file import extract_file
    from tiltak.extract.vocabulary import label_field

    assert (label_field("Strategikobling"), label_field("Eierskap"), label_field("Eigar")) == ("goal", "responsible", "responsible")
    document = docx.Document()
    document.add_heading("Akademikernes tiltak 2020", 1)
    for name in ("Referansegruppen for EVU-utvalget", "Medlemsundersøkelse om kompetanse", "Stipend til videreutdanning",
                 "Forskningsrapport om etter- og videreutdanning"):
        document.add_heading(name, 2)
        for label, answer in [("Innhold", "Akademikerne har deltatt i arbeidet."), ("Eierskap", "KD"),
                              ("Medvirkende", "LO, NHO"), ("Tidshorisont", "2020"), ("Kategori", "Utvalg"),
                              ("Strategikobling", "2.2 (styrke kunnskapsgrunnlaget om læring i arbeidslivet)")]:
            p = document.add_paragraph()
            p.add_run(f"{label}: ").bold = True
            p.add_run(answer)
    document.add_heading("Akademikernes representasjon", 2)
    document.add_paragraph("Akademikerne er representert i disse organene (ikke egne tiltak):")
    _docx_table(document, [("Organ", "Representant"), ("Kompetansepolitisk råd", "Leder"), ("Kompetansebehovsutvalget", "Økonom")])
    document.save(tmp_path / "a.docx")
    got = [(m.title, m.responsible_text, m.goal_text[:3]) for m in extract_file(tmp_path / "a.docx").measures]
    assert got == [("Referansegruppen for EVU-utvalget", "KD", "2.2"), ("Medlemsundersøkelse om kompetanse", "KD", "2.2"),
                   ("Stipend til videreutdanning", "KD", "2.2"), ("Forskningsrapport om etter- og videreutdanning", "KD", "2.2")]


def test_mal_and_codes_among_a_lines_facts_are_its_delmal():
    from tiltak.extract.layouts.facts import facts_line

    got = facts_line("Mål 2.1 og 2.4 | Program | Ansvar: KD | Med: Kompetanse Norge, NHO | Fra høsten 2018")
    assert got is not None and ("goal", "2.1 og 2.4") in got and ("type", "Program") in got


def test_bidrar_ogsa_til_a_delmals_words_adds_that_delmal():
    from tiltak.normalize.goals import also_goals
    from tiltak.normalize.reference import load_reference

    ref = load_reference()
    assert also_goals("Forbundene gir stipend. Bidrar også til: gi fleksibel opplæring på voksnes premisser.", ref)[0] == ["3.1"]
    assert also_goals("Forbundene gir stipend til: medlemmer som tar videreutdanning ved siden av jobb.", ref)[0] == []


def test_a_table_with_fact_columns_after_the_names_is_no_table_of_stacked_measures(tmp_path):
    """"Nr. | Tiltak | Delmål | Ansvarlig": a name cell may hold two measures' bold names, but the facts
    stand in columns after it; the rows are read as a table, each row's delmål its own."""
    import docx

    from tiltak.extract.file import extract_file

    document = docx.Document()
    document.add_heading("Rapportering av tiltak 2018", 1)
    table = _docx_table(document, [("Nr.", "Tiltak", "Delmål", "Ansvarlig"), ("1", "", "1.3", "NAV"), ("2", "", "3.3, 3.5", "NAV")])
    for r, names in ((1, ["NAVs deltakelse i forumet"]), (2, ["Fagbrev for arbeidssøkere", "Norskopplæring med praksis"])):
        cell = table.cell(r, 1)
        for k, name in enumerate(names):
            (cell.paragraphs[0] if k == 0 else cell.add_paragraph()).add_run(name).bold = True
            cell.add_paragraph("Et tiltak for arbeidssøkere i hele landet.")
    document.save(tmp_path / "nav.docx")
    got = [(m.title.split("\n")[0], m.goal_text) for m in extract_file(tmp_path / "nav.docx").measures]
    assert ("NAVs deltakelse i forumet", "1.3") in got and not any(g == "1" or g == "2" for _, g in got)


def test_the_review_of_stop_44s_rules_misfires_each_mended(tmp_path):
    """A helper who had not written the rules built documents where they might misfire; each is read as
    a careful reader would."""
    import docx

    from tiltak.extract.file import extract_file

    def full(document, measures):
        for name, code, text in measures:
            document.add_heading(name, 2)
            document.add_paragraph(text)
            for line in (f"Delmål: {code}", "Ansvarlig: YS", "Type: kurs"):
                document.add_paragraph(line)

    def read(document, name):
        document.save(tmp_path / name)
        return [(m.title, m.goal_text) for m in extract_file(tmp_path / name).measures]

    four = [("Kurs for tillitsvalgte", "2.2", "Et kurs i hele landet."), ("Nettverk for ledere", "1.3", "Et nettverk."),
            ("Bransjeprogram for industrien", "3.1", "Et program."), ("Veileder om etter- og videreutdanning", "2.4", "En veileder.")]
    # a section's name in capitals over two measures that each give their delmål: no kicker
    document = docx.Document()
    for section, measures in [("FLEKSIBEL OPPLÆRING FOR VOKSNE", four[:2]), ("GRUNNLEGGENDE FERDIGHETER", four[2:]),
                              ("KARRIEREVEILEDNING", [("Veiledning i bedrift", "1.3", "Veiledning.")])]:
        document.add_paragraph(section)
        full(document, measures)
    assert read(document, "kicker.docx") == [(n, c) for n, c, _ in four] + [("Veiledning i bedrift", "1.3")]
    # "NKPS:" in a sentence of a measure's text is no label
    document = docx.Document()
    full(document, four[:1] + [("Nettverk for ledere", "1.3", "Nettverket bygger på evalueringen av NKPS: Rapport 2021:4.")])
    assert read(document, "nkps.docx") == [("Kurs for tillitsvalgte", "2.2"), ("Nettverk for ledere", "1.3")]
    # after four measures: one told in prose alone whose text says "rapporteres ikke før …"; a "Møteplan" with facts
    document = docx.Document()
    full(document, four)
    document.add_heading("Møteplan", 2)
    for line in ("YS har laget en felles møteplan for tillitsvalgte.", "Ansvarlig: YS", "Type: arena", "Periode: 2022–2023"):
        document.add_paragraph(line)
    document.add_heading("Kompetanseløft i kommunene", 2)
    document.add_paragraph("YS har startet et løft for ansatte i kommunene. Resultatene rapporteres ikke før i 2024.")
    titles = [t for t, _ in read(document, "prose.docx")]
    assert titles[4:] == ["Møteplan", "Kompetanseløft i kommunene"]
    # a report's own numbers: "(gjelder også nr. 2)" adds no tiltak of the strategy
    document = docx.Document()
    full(document, [("Bransjeprogram for industrien (gjelder også nr. 2)", "3.1", "Et program.")] + four[:2])
    assert read(document, "own.docx")[0] == ("Bransjeprogram for industrien (gjelder også nr. 2)", "3.1")
    # a bracket order told above a list: no bracket of the paragraph after the list
    document = docx.Document()
    document.add_heading("Videreførte tiltak", 2)
    document.add_paragraph("I parentes: type, delmål, ansvar.")
    for name, code in (("Kurs for tillitsvalgte", "2.2"), ("Nettverk for ledere", "1.3")):
        document.add_paragraph(f"{name} – videreført. (kurs, {code}, Spekter)", style="List Bullet")
    document.add_paragraph("Arbeidet er gjort sammen med forbundene (Fagforbundet, Delta, NSF).")
    assert read(document, "order.docx") == [("Kurs for tillitsvalgte", "2.2"), ("Nettverk for ledere", "1.3")]
    # a closing two-cell table: a contact box beside a bold thanks is no measure beside its facts
    document = docx.Document()
    full(document, four)
    table = document.add_table(rows=1, cols=2)
    box, thanks = table.cell(0, 0), table.cell(0, 1)
    for k, text in enumerate(("Kontakt", "Kari Nordmann", "Ansvarlig", "Parat", "Periode", "2022")):
        (box.paragraphs[0] if k == 0 else box.add_paragraph()).add_run(text).bold = k % 2 == 0
    thanks.paragraphs[0].add_run("Takk for samarbeidet").bold = True
    thanks.add_paragraph("Vi ser fram til et godt samarbeid også neste år.")
    assert "Takk for samarbeidet" not in [t for t, _ in read(document, "thanks.docx")]


def test_a_footnote_mark_after_a_year_in_a_name_is_no_text():
    """"Kompetanseløft 2020¹": the small raised "1" right after the year is a note's mark (as after a word),
    not a number before the name; after "m" ("m²") or a count it stays."""
    from tiltak.extract.pdf_reader import _Word, _without_footnote_marks

    def word(text, x0, x1, top, size):
        return _Word(text=text, x0=x0, x1=x1, top=top, bottom=top + size, size=size, bold=False)

    for before, kept in (("2020", False), ("Kompetanseløftet", False), ("m", True), ("350", True)):
        words = [word(before, 100, 171.7, 255.7, 8.5), word("1", 171.7, 175.5, 252.8, 6.8)]
        assert ("1" in [w.text for w in _without_footnote_marks(words)]) is kept, before
