"""Forms found at stop 51 (blind batch match63's first contact and the prose classes of match61), each in a
test's own words: an e-mail pasted into Word whose bullets name a measure before a dash, paragraphs led by a
bold name and a bracket of delmål codes, facts told as "Samarbeidspartnere er …", a table with no delmål
column whose rows across it give the delmål in short words, and running text whose sentences name a measure
as their subject ("X har i 2022 handlet om …"), in a sentence of its own, or as a body taken part in."""

import docx

from tiltak.extract.file import extract_file
from tiltak.extract.layouts.facts import facts_after_text, labelled_fact
from tiltak.extract.prose_names import body_taken_part_in, subject_name


def _measures(path, *fields):
    return [(m.title, m.goal_text) + tuple(getattr(m, f"{f}_text") for f in fields) for m in extract_file(path).measures]


def test_a_subject_that_has_done_something_names_the_measure():
    assert subject_name("Oppfølging av Mestringsmodellen har i 2021 dreid seg om å lage en nettversjon.") == \
        "Oppfølging av Mestringsmodellen"
    assert subject_name("Lærlingforumet vårt har hatt tre samlinger i Tromsø.") == "Lærlingforumet"
    assert subject_name("Veiledningstjenesten hadde fortsatt stor pågang i 2020.") is None  # (no verb of a measure done)
    # a clause before the verb is no name; a count after "hadde" is no participle
    assert subject_name("Unio er fast medlem av rådet og har bidratt til rapporten.") is None
    assert subject_name("Plattformen Lær Mer er i drift og hadde i 2021 rundt 90 000 brukere.") is None


def test_a_body_taken_part_in_is_named_by_its_capitals():
    assert body_taken_part_in("Unio deltar fortsatt i Nasjonalt fagskoleråd.") == "Nasjonalt fagskoleråd"
    assert body_taken_part_in("Vi deltar i arbeidet med nye læreplaner.") is None  # (in lower case: no name)
    assert body_taken_part_in("Vi har arrangert Fagdagen 2021.") is None  # (not a body taken part in)


def test_paragraphs_that_tell_a_measure_in_one_sentence_or_by_its_subject(tmp_path):
    document = docx.Document()
    document.add_paragraph("YS – rapport til Kompetansepolitisk råd 2021")
    document.add_paragraph("Rådet har bedt om en kort rapport. Her er det vi har gjort.")
    document.add_paragraph("Oppfølging av Mestringsmodellen har i 2021 dreid seg om å lage en nettversjon av modellen "
                           "for små bedrifter. Arbeidet gjøres sammen med Virke (delmål 2.5).")
    document.add_paragraph("Lærlingforumet vårt har hatt tre samlinger i Tromsø og har nå 30 bedrifter med (delmål 2.3).")
    document.add_paragraph("YS deltar fortsatt i Nasjonalt fagskoleråd.")
    document.add_paragraph("Med vennlig hilsen")
    document.add_paragraph("YS")
    document.save(tmp_path / "ys.docx")
    assert _measures(tmp_path / "ys.docx") == [
        ("Oppfølging av Mestringsmodellen", "delmål 2.5"), ("Lærlingforumet", "delmål 2.3"),
        ("Nasjonalt fagskoleråd", None)]


def test_an_e_mails_bullets_named_before_a_dash_with_their_facts_after(tmp_path):
    """The subject line of the mail's header names no measure; each bullet is one, named before the dash,
    its partners and delmål in the sentences after."""
    document = docx.Document()
    for line in ("Fra: Akademikerne <post@akademikerne.no>", "Sendt: mandag 16. januar 2023 09:30",
                 "Til: Kompetansepolitisk råd <sekretariat@hkdir.no>", "Emne: Rapportering for 2022", "Hei,",
                 "Vi sender en kort oversikt i stedet for skjemaet:"):
        document.add_paragraph(line)
    for line in ("Medlem av Kompetansebehovsutvalget – Akademikerne har en plass i utvalget og har gitt innspill til "
                 "rapporten. Delmål 1.1.",
                 "Karriereveiledning for seniorer – To webinarer i 2022 for medlemmer over 55 år. Samarbeidspartnere: "
                 "Econa og Tekna. Delmål 1.3.",
                 "Innspill om livslang læring – Vi har sendt innspill til departementet. Delmål 2.2."):
        document.add_paragraph(line, style="List Bullet")
    document.add_paragraph("Med vennlig hilsen Kari Nordmann, Akademikerne")
    document.save(tmp_path / "epost.docx")
    assert _measures(tmp_path / "epost.docx", "partners") == [
        ("Medlem av Kompetansebehovsutvalget", "Delmål 1.1", None),
        ("Karriereveiledning for seniorer", "Delmål 1.3", "Econa og Tekna"),
        ("Innspill om livslang læring", "Delmål 2.2", None)]


def test_a_memo_keeps_its_header_lines():
    """Only an e-mail's subject (a header with "Sendt:") is left out; a memo's "Emne:" is no e-mail's."""
    from tiltak.extract.model import Paragraph, _without_own_header

    mail = [Paragraph(text=t) for t in ("Fra: LO", "Sendt: 3. mars 2022", "Til: HK-dir", "Emne: Rapport 2021", "Hei")]
    memo = [Paragraph(text=t) for t in ("Til: Rådet", "Fra: KD", "Dato: 3.3.2022", "Emne: Rapport 2021")]
    assert [p.text for p in _without_own_header(mail)] == ["Fra: LO", "Sendt: 3. mars 2022", "Til: HK-dir", "Hei"]
    assert [p.text for p in _without_own_header(memo)] == [p.text for p in memo]


def test_facts_told_after_a_description_as_labels_or_as_label_is_value():
    assert labelled_fact("Samarbeidspartnere er NHO og Fellesforbundet.") == ("partners", "NHO og Fellesforbundet")
    assert labelled_fact("Ansvarlig er Spekter.") == ("responsible", "Spekter")
    assert labelled_fact("Målet er flere lærlinger.") is None  # (no fact's label)
    assert labelled_fact("Samarbeidet er viktig for oss.") is None
    # a delmål's reference alone among the facts; a text that goes on after it keeps them all
    assert facts_after_text("Kurset ble holdt to ganger. Samarbeidspartnere: AOF. Delmål 2.2.") == \
        ("Kurset ble holdt to ganger.", [("partners", "AOF")])
    assert facts_after_text("Kurset ble holdt to ganger. Delmål 2.2. Vi var fornøyde med oppmøtet.") is None


def test_paragraphs_led_by_a_bold_name_and_a_bracket_of_delmal_codes(tmp_path):
    document = docx.Document()
    document.add_paragraph("NITO – rapport 2023")
    document.add_paragraph("Her følger tiltakene våre, med delmål i parentes.")
    for name, text in (("Teknologiforum", " (2.1, 2.4). Forumet samlet 200 ingeniører. Samarbeidspartnere er "
                                          "Tekna. Periode: Løpende."),
                       ("Mentorordning for nyutdannede", " (2.2). Ordningen ble utvidet til Bergen. Periode: 2023."),
                       ("Fagskolestipend", " (1.4). Stipendet ble delt ut for tredje gang. Samarbeidspartnere er "
                                           "fagskolene.")):
        p = document.add_paragraph()
        p.add_run(name).bold = True
        p.add_run(text)
    document.save(tmp_path / "nito.docx")
    assert _measures(tmp_path / "nito.docx", "partners", "period") == [
        ("Teknologiforum", "2.1, 2.4", "Tekna", "Løpende"),
        ("Mentorordning for nyutdannede", "2.2", None, "2023"),
        ("Fagskolestipend", "1.4", "fagskolene", None)]


def test_a_bold_name_before_a_dash_is_the_name_of_a_measure_told_in_running_text(tmp_path):
    document = docx.Document()
    document.add_paragraph("Fellesforbundet – rapport 2020")
    for name, text in (("Bransjerådet for bygg", " – Forbundet leder rådet i 2020. (delmål 1.4)"),
                       ("Kurs for verneombud", " – Kurset ble digitalt. (delmål 2.2)")):
        p = document.add_paragraph()
        p.add_run(name).bold = True
        p.add_run(text)
    document.save(tmp_path / "ff.docx")
    assert _measures(tmp_path / "ff.docx") == [("Bransjerådet for bygg", "delmål 1.4"),
                                               ("Kurs for verneombud", "delmål 2.2")]


def test_a_tables_rows_across_it_give_the_delmal_in_short_words_where_no_column_does(tmp_path):
    document = docx.Document()
    document.add_paragraph("Virksomhetens tiltak 2022")
    table = document.add_table(rows=0, cols=4)
    table.style = "Table Grid"

    def row(*cells):
        r = table.add_row().cells
        for cell, text in zip(r, cells):
            cell.text = text
        return r

    row("Tiltak", "Type", "Ansvarlig", "Periode")
    across = row("Tilgang til karriereveiledning", "", "", "")
    across[0].merge(across[3])
    row("Veiledning på nett for voksne", "Informasjon", "Karriere Nord", "2022")
    across = row("Digital kompetanse i hele arbeidsstyrken", "", "", "")
    across[0].merge(across[3])
    row("Nettkurs i skytjenester", "Kurs/utdanning", "Karriere Nord", "2022–2023")
    document.save(tmp_path / "tabell.docx")
    got = _measures(tmp_path / "tabell.docx")
    assert got == [("Veiledning på nett for voksne", "Tilgang til karriereveiledning"),
                   ("Nettkurs i skytjenester", "Digital kompetanse i hele arbeidsstyrken")]


def test_two_measures_told_in_one_paragraph_each_with_its_delmal(tmp_path):
    """A paragraph that adds a second measure in a sentence of its own ("I tillegg har vi …", "Vi har også …")
    tells two: each named as the member names it, each with its own delmål or the one both are given."""
    document = docx.Document()
    document.add_paragraph("Akademikerne – rapport 2020")
    document.add_paragraph("Akademikerne har fått utarbeidet en rapport om seniorers kompetanse sammen med Samfunnsøkonomisk "
                           "analyse. I tillegg har vi arrangert et frokostseminar om livslang læring for medlemmene. Begge "
                           "følger opp delmål 2.2.")
    document.add_paragraph("Akademikerne deltar i Rådet for etter- og videreutdanning ved to universiteter (delmål 1.4). Vi har "
                           "også startet prosjektet «Karriere for seniorer» sammen med NAV (delmål 1.3).")
    document.add_paragraph("Vi har arrangert et webinar om kompetanseplaner for tillitsvalgte (delmål 2.2). Dessuten var "
                           "oppslutningen stor.")
    document.save(tmp_path / "to.docx")
    assert _measures(tmp_path / "to.docx") == [
        ("rapport om seniorers kompetanse", "delmål 2.2"), ("frokostseminar om livslang læring", "delmål 2.2"),
        ("Rådet for etter- og videreutdanning", "delmål 1.4"), ("Karriere for seniorer", "delmål 1.3"),
        ("webinar om kompetanseplaner for tillitsvalgte", "delmål 2.2")]


def test_bullets_named_before_a_dash_or_colon_with_codes_closing_their_text(tmp_path):
    """match64's e-mails, in other words: "• Name – told in lower case. More. (2.5, 3.1)", "• Name: text. (2.1)";
    a name's own words after its dash stay in the name ("– tema vekst (delmål 2.2).")."""
    document = docx.Document()
    for line in ("Fra: Fagforbundet", "Sendt: 3. desember 2021", "Til: Sekretariatet", "Emne: Rapportering 2021",
                 "Hei, her er tiltakene våre:"):
        document.add_paragraph(line)
    for line in ("Lærlingløftet i kommunene – utviklet sammen med KS. Ordningen gir flere læreplasser. (2.3, 3.1)",
                 "Kompetansedagen: En konferanse for tillitsvalgte i helse. (2.2)",
                 "Fagforbundets barometer – tema vekst (delmål 2.2)."):
        document.add_paragraph(line, style="List Bullet")
    document.add_paragraph("Hilsen Fagforbundet")
    document.save(tmp_path / "ff.docx")
    assert [t for t, _ in _measures(tmp_path / "ff.docx")] == [
        "Lærlingløftet i kommunene", "Kompetansedagen", "Fagforbundets barometer – tema vekst"]


def test_a_type_in_square_brackets_after_the_name():
    """"1) Name [FoU] – text": the name, its type (a word tiltak does not know too), the text after it."""
    from tiltak.extract.file import _type_tag
    from tiltak.extract.records import RawMeasure

    def tagged(title):
        m = _type_tag(RawMeasure(index=1, title=title, description="Mer tekst."))
        return m.title, m.type_text, m.description

    assert tagged("Lærlingbarometeret [FoU] – Videreført") == ("Lærlingbarometeret", "FoU", "Videreført Mer tekst.")
    assert tagged("Bransjeavtalen [Avtale]") == ("Bransjeavtalen", "Avtale", "Mer tekst.")
    assert tagged("Kurs for ledere [LO]") == ("Kurs for ledere [LO]", None, "Mer tekst.")  # (a body, no type)
