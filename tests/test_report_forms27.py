"""Forms of reports first met in a blind batch (match27), each in a test's own words: one form
filled in under every measure whose labels tiltak mostly does not know, a record's word and ID
before its name, a proposal turned down."""

from test_report_forms import B, parse, table

from tiltak.extract.file import _rejected
from tiltak.extract.layouts.base import split_numbering
from tiltak.extract.model import Paragraph
from tiltak.extract.records import RawMeasure


def _plan(name, goal, owner, when, aim="Kommunene kartlegger behovene sine."):
    return [B(name), Paragraph(text=f"Bidrar til delmål {goal}"),
            table([["Hensikt", aim], ["Måleindikator", "Antall kommuner som deltar"],
                   ["Forankring", f"Eier: {owner}. Samarbeid: kommunene."], ["Ressursbruk", "To årsverk"], ["Tidsrom", when]])]


def test_one_form_filled_in_under_each_measure_is_a_form_though_its_labels_are_unknown():
    blocks = (_plan("Læringsplattform for kommunene", "2.1", "KS", "2018–2021")
              + _plan("Lederprogram i digital omstilling", "2.2", "KS og KMD", "2020–")
              + _plan("Forum for kompetanseplanlegging", "1.4", "KS", "2019–2022"))
    result = parse(*blocks)
    assert [m.title for m in result.measures] == ["Læringsplattform for kommunene", "Lederprogram i digital omstilling",
                                                  "Forum for kompetanseplanlegging"]
    assert [m.goal_text for m in result.measures] == ["Bidrar til delmål 2.1", "Bidrar til delmål 2.2", "Bidrar til delmål 1.4"]
    # an answer of labelled facts, and a time, under labels tiltak does not know
    assert result.measures[1].responsible_text.rstrip(".") == "KS og KMD"
    assert result.measures[1].partners_text.rstrip(".") == "kommunene"
    assert [m.period_text for m in result.measures] == ["2018–2021", "2020–", "2019–2022"]


def test_a_table_of_unknown_labels_met_once_is_no_form():
    # the same table once, under one measure: its rows are not taken as a form's labels
    blocks = _plan("Læringsplattform for kommunene", "2.1", "KS", "2018–2021")
    blocks += [B("Lederprogram i digital omstilling"), Paragraph(text="Bidrar til delmål 2.2"),
               table([["Antall kommuner", "12"], ["Antall deltakere", "340"], ["Andel kvinner", "0,6"]])]
    result = parse(*blocks)
    assert "Antall kommuner" not in [m.title for m in result.measures]


def test_a_records_word_and_id_before_its_name_is_numbering():
    assert split_numbering("Beslutning B-2022-01: Nasjonal veileder") == ("Beslutning B-2022-01:", "Nasjonal veileder", "word")
    assert split_numbering("Sak 14/2021: Fagbrev på jobb")[1] == "Fagbrev på jobb"
    assert split_numbering("Vedtak V3: Ny ordning")[1] == "Ny ordning"
    # a name's year or number is its own; so is a period
    for title in ("Kompetanseløft 2025: kommunenes oppfølging", "Fase 2: utvidelse", "Periode 2021-2023: Kurs",
                  "Lære hele livet 2019/2020: oppfølging", "Norskopplæring B1: arbeidsrettet språkkurs",
                  "Nivå B1: Norsk for arbeidslivet", "Fase 1-2: Kartlegging og pilot", "Modul 3/4: Kurs i HMS",
                  "Sak 12/2022: behandlet i styret"):
        assert split_numbering(title)[0] is None, title


def test_a_proposal_turned_down_is_no_measure():
    def m(status, label="Status"):
        return RawMeasure(index=1, title="Egen mobilapp for karriereveiledning", extra={label: status})

    assert _rejected(m("Forkastet")) and _rejected(m("avvist av styret")) and _rejected(m("Ikke vedtatt"))
    assert _rejected(m("Forkastet av direktoratet")) and _rejected(m("Avvist 03.05.2022"))
    assert not _rejected(m("Vedtatt")) and not _rejected(m("Videreført")) and not _rejected(m("Forkastet", "Merknad"))
    for goes_on in ("Avvist søknad om midler – ny søknad sendt i 2023", "Trukket inn i Lesesirkler 2.0 fra 2023",
                    "Skrinlagt i 2020, gjenopptatt 2022", "Ikke vedtatt ennå, behandles i mars"):
        assert not _rejected(m(goes_on)), goes_on


def test_a_question_heading_asks_about_the_name_it_quotes():
    from tiltak.extract.model import Run

    def H(text):
        return Paragraph(text=text, heading_level=2, runs=[Run(text)])

    def facts(goal, who):
        return Paragraph(text=f"Delmål: {goal} | Type: Prosjekt | Ansvar: {who} | Når: 2018–")

    result = parse(H("Hva er «Fagbrev på jobb»?"), Paragraph(text="LO gjør ordningen kjent blant tillitsvalgte."),
                   facts("2.5", "KD"),
                   H("Hvordan deltar LO i “Samarbeid om «Lære hele livet»”?"), Paragraph(text="LO sitter i gruppa."),
                   facts("2.4", "KD"),
                   H("Korleis går det med «Karriere Vestland»?"), Paragraph(text="Fem kontor."), facts("1.3", "VLFK"))
    assert [m.title for m in result.measures] == ["Fagbrev på jobb", "Samarbeid om «Lære hele livet»", "Karriere Vestland"]


def test_a_question_without_a_quoted_name_or_a_quote_in_a_statement_stays_as_written():
    from tiltak.extract.layouts.segments import _asked_about
    from tiltak.extract.model import Run

    def H(text):
        return Paragraph(text=text, heading_level=2, runs=[Run(text)])

    assert _asked_about(H("Hva er Nasjonal kompetansepolitisk strategi?")) is None
    assert _asked_about(H("Tiltaket «Fagbrev på jobb»")) is None  # no question
    assert _asked_about(Paragraph(text="Hva er «Fagbrev på jobb»?")) is None  # running text, not a heading
    assert _asked_about(H("Hva betyr «ny» her?")) is None  # a word in quotes, not a name
    assert _asked_about(H("Hva er forskjellen på «Fagbrev på jobb» og «Praksiskandidatordningen»?")) is None
    assert _asked_about(H("Hva menes med «Livslang læring»?")) is None  # a term asked about


def test_a_time_stamp_or_a_tiles_symbol_before_the_name_is_no_part_of_it():
    assert split_numbering("(02:10) AMO-kurs (arbeidsmarkedsopplæring)")[1] == "AMO-kurs (arbeidsmarkedsopplæring)"
    assert split_numbering("(1:02:45) Fagbrev som tiltak i NAV")[1] == "Fagbrev som tiltak i NAV"
    assert split_numbering("Kf – Kompetanseforum Vestland")[1] == "Kompetanseforum Vestland"
    assert split_numbering("K – Karriere Vestland")[1] == "Karriere Vestland"
    # a member's name before a dash, a word, or a time of day in an agenda are the text's own
    assert split_numbering("Vo – Fleksibel vidaregåande opplæring for vaksne")[1] == "Fleksibel vidaregåande opplæring for vaksne"
    for title in ("LO – Kurs for tillitsvalgte", "Kurs – digital kompetanse", "10:00 Åpning av konferansen",
                  "Kf - Kompetanseforum", "Ny – Fagskoletilbud i Vestland", "Nå – Bransjeprogram for varehandel",
                  "I – Innledning"):  # (a word, not symbols of the name's words)
        assert split_numbering(title)[0] is None, title


def test_one_form_again_and_again_whose_first_row_names_the_measure():
    def form(name, goal, who):
        return table([["Tittel på saken", name], ["Kort fortalt", "Unio deltar i arbeidet."],
                      ["Knagg", f"Delmål {goal}"], ["Hvem leder", who], ["Når", "2024"]])

    result = parse(Paragraph(text="Unio har fylt ut ett skjema for hvert tiltak."),
                   form("Kompetanseplaner i kommunene", "2.1", "KS og Unio"),
                   form("Skolering av tillitsvalgte", "2.2", "Unio"), form("Utredning om videreutdanning", "2.3", "Unio"))
    assert [m.title for m in result.measures] == ["Kompetanseplaner i kommunene", "Skolering av tillitsvalgte",
                                                  "Utredning om videreutdanning"]
    assert [m.goal_text for m in result.measures] == ["Delmål 2.1", "Delmål 2.2", "Delmål 2.3"]


def test_a_diagrams_box_gives_the_delmal_of_the_measure_the_list_names():
    from tiltak.extract.told_elsewhere import _goals_named_elsewhere
    from tiltak.extract.model import Document

    boxes = table([["Bransjeprogram for varehandel 2.1 + 2.4 · Kurs/utdanning · 4,5 mill.",
                    "Kompetanseutvalget Virke–HK\n2.4 · Råd/utvalg/nettverk"],
                   ["Digital kompetanse for ledere 2.0 – ny versjon", "Virke HR-nettverk (se side 2) 2.2"]])
    doc = Document(path="t", format="pdf", blocks=[boxes, Paragraph(text="Nettkurs for ledere i handelen – 3.1 er ikke delmålet")])

    def m(title, goal=None):
        return RawMeasure(index=1, title=title, goal_text=goal)

    got = _goals_named_elsewhere([m("Bransjeprogram for varehandel"), m("Kompetanseutvalget Virke–HK"),
                                  m("Digital kompetanse for ledere"), m("Virke HR-nettverk"),
                                  m("Nettkurs for ledere i handelen"), m("Fagbrev i salg", "2.5")], doc)
    # codes right after the name; not a version number, not codes after other words, not over a delmål given
    assert [x.goal_text for x in got] == ["2.1 + 2.4", "2.4", None, None, None, "2.5"]
    figures = Document(path="t", format="pdf", blocks=[table([["Lederprogram for kommunene: 1,5", "Fagbrev i helse 2,4 – 3,1 mill. kr"],
                                                               ["Kurs i HMS 2.3 prosent", "x"]])])
    assert [x.goal_text for x in _goals_named_elsewhere([m("Lederprogram for kommunene"), m("Fagbrev i helse"),
                                                          m("Kurs i HMS")], figures)] == [None, None, None]


def test_emoji_a_key_line_explains_are_labels():
    from tiltak.extract.legends import with_symbol_legends
    from tiltak.extract.model import Document

    key = Paragraph(text="Slik leser du oversikten:  🎯 delmål   🏷️ type tiltak   👩‍💼 ansvarlig   📅 periode")
    doc = with_symbol_legends(Document(path="t", format="docx", blocks=[
        key, B("Tillitsvalgtkurs i kompetanseplanlegging"), Paragraph(text="🎯 2.2"),
        Paragraph(text="🏷️ Kurs/utdanning"), Paragraph(text="👩‍💼 YS"), Paragraph(text="📅 2021–2022"),
        Paragraph(text="Kontakt: ☎ 22 00 00 00 ✉ post@ys.no ✈ Oslo"), Paragraph(text="Merk: 🎯 delmål")]))
    assert [p.text for p in doc.paragraphs()] == [
        "Tillitsvalgtkurs i kompetanseplanlegging", "Delmål: 2.2", "Type tiltak: Kurs/utdanning", "Ansvarlig: YS",
        "Periode: 2021–2022", "Kontakt: ☎ 22 00 00 00 ✉ post@ys.no ✈ Oslo", "Merk: 🎯 delmål"]


def test_a_book_of_abstracts_by_lines_run_in_parts_and_an_index_of_ids():
    from tiltak.extract.layouts.facts import by_line

    def abstract(n, name, who, goal):
        return [B(f"A{n}"), B(name), Paragraph(text=f"Unio i samarbeid med {who}", italic=True),
                Paragraph(text="Bakgrunn: Mange arbeidstakere mangler finansiering. Mål: Finne gode modeller.",
                          lead="Bakgrunn:"),
                Paragraph(text="Status: Rapporten ble levert.", lead="Status:"), Paragraph(text=f"Nøkkelord: delmål {goal}; FoU")]

    result = parse(B("Forord"), Paragraph(text="Unio legger fram korte sammendrag av utredninger og kurs."),
                   *abstract(1, "Modeller for finansiering av videreutdanning", "Proba samfunnsanalyse", "2.2"),
                   *abstract(2, "Tillitsvalgtskolering om kompetanse", "Utdanningsforbundet og NSF", "2.1"),
                   B("Stikkordregister"),
                   Paragraph(text="Modeller for finansiering av videreutdanning ........ A1"),
                   Paragraph(text="Tillitsvalgtskolering om kompetanse ........ A2"), Paragraph(text="Forord ........ 1"))
    assert [(m.title, m.responsible_text, m.partners_text) for m in result.measures] == [
        ("Modeller for finansiering av videreutdanning", "Unio", "Proba samfunnsanalyse"),
        ("Tillitsvalgtskolering om kompetanse", "Unio", "Utdanningsforbundet og NSF")]
    assert "Mange arbeidstakere" in result.measures[0].description
    # a sentence, a by-line's words in running text, or a heading are not by-lines
    assert by_line("Unio i samarbeid med Proba samfunnsanalyse") == [("responsible", "Unio"), ("partners", "Proba samfunnsanalyse")]
    assert by_line("Kurset ble holdt i samarbeid med NHO.") is None
    assert by_line("Vi arbeider i samarbeid med NAV") is None
    # a plain line of those words is a name as often as a by-line: only one set in italics is read as who
    from tiltak.extract.layouts.segments import paragraph_items
    assert [it.kind for it in paragraph_items(Paragraph(text="Lærlingkampanje i samarbeid med Virke"), "p")] == ["text"]


def test_a_names_tag_in_square_brackets_gives_its_facts_and_the_word_for_a_measure_is_none():
    from tiltak.extract.layouts.facts import facts_line, trailing_facts
    from tiltak.extract.model import Run

    def tagged(name, tag):
        return Paragraph(text=f"{name}  {tag}", runs=[Run(name, bold=True), Run(f"  {tag}")], lead=name)

    result = parse(tagged("Kompetanseundersøkelsen 2026", "[Tiltak · FoU]"), Paragraph(text="Spørreundersøkelse blant medlemmene."),
                   Paragraph(text="Ansvar: Unio · Med: Respons Analyse · Periode: 2025–2026"),
                   tagged("Deltakelse i RSA-rådene", "[Tiltak · delmål 1.4 · Råd/utvalg/nettverk]"),
                   Paragraph(text="Forbundene er med i RSA."), Paragraph(text="Ansvar: Unio · Med: UH · Periode: 2019–"))
    assert [(m.title, m.type_text, m.responsible_text) for m in result.measures] == [
        ("Kompetanseundersøkelsen 2026", "FoU", "Unio"), ("Deltakelse i RSA-rådene", "Råd/utvalg/nettverk", "Unio")]
    assert trailing_facts("Deltakelse i RSA-rådene [Tiltak · delmål 1.4]") == ("Deltakelse i RSA-rådene", (("goal", "delmål 1.4"),))
    # a line parted inside its brackets is no line of facts
    assert facts_line("Kompetanseundersøkelsen 2026 [Tiltak · FoU]") is None
    assert len(facts_line("(Delmål 1.1 · Utvalg · Ansvar: KD · Partnere: YS · 2017–)")) == 5  # a bracket round it all
    assert facts_line("1.2, 1.4 · Prosjekt · 2021–2024") == [("goal", "1.2, 1.4"), ("type", "Prosjekt"), ("period", "2021–2024")]


def test_a_total_of_a_few_words_under_a_table_of_counts_is_no_measure():
    t = table([["Nr", "Tiltak", "Delmål", "Ansvarleg", "Timar", "Deltakarar"],
               ["1", "Karrieresenteret", "1.3", "Møre og Romsdal", "1 840", "2 315"],
               ["2", "Fagbrev på jobb", "2.5", "Møre og Romsdal", "620", "74"],
               ["3", "Modulstrukturert opplæring", "3.1", "Møre og Romsdal", "3 150", "212"],
               ["", "Samla plan for vaksenopplæring i kommunane", "", "", "", ""],
               ["", "Sum alle tiltak", "", "", "5 610", "2 601"]])
    assert [m.title for m in parse(t).measures] == ["Karrieresenteret", "Fagbrev på jobb", "Modulstrukturert opplæring",
                                                    "Samla plan for vaksenopplæring i kommunane"]


def test_a_table_of_figures_under_each_measure_is_no_form_and_a_names_own_row_has_letters():
    def stats(n):
        return table([["Deltakere", str(n)], ["Kurs", "12"], ["Fylker", "5"]])

    result = parse(B("Kurs i lesing for ansatte"), Paragraph(text="Delmål 3.2 · Kurs · Ansvar: VOFO"), stats(340),
                   B("Nettverk for karriereveiledere"), Paragraph(text="Delmål 1.3 · Nettverk · Ansvar: fylkene"), stats(120),
                   B("Analyse av lærlingmarkedet"), Paragraph(text="Delmål 2.3 · FoU · Ansvar: Fafo"), stats(0))
    assert [m.title for m in result.measures] == ["Kurs i lesing for ansatte", "Nettverk for karriereveiledere",
                                                  "Analyse av lærlingmarkedet"]
    assert "Deltakere 340" in result.measures[0].description  # the figures, as read in a table of figures


def test_unknown_labels_of_a_form_fill_only_what_it_leaves_out():
    def form(name):
        return table([["Navn på sak", name], ["Eier", "KS"], ["Tidsrom", "2021–2023"], ["Årsverk", "1,5"],
                      ["Sist oppdatert", "15.03.2022"], ["Historikk", "Tidligere ansvarlig: KMD. Periode: 2015–2017."],
                      ["Forankring", "Ansvarlig: styret."]])

    result = parse(form("Kompetanseplaner i kommunene"), form("Lederløft i kommunene"), form("Læringsplattform for kommunene"))
    # (not "Tidligere ansvarlig: KMD. Periode: 2015–2017.", not the day it was filled in)
    assert [(m.responsible_text, m.period_text) for m in result.measures] == [("KS", "2021–2023")] * 3


def test_symbols_of_types_after_a_lead_sum_up_and_are_no_legend():
    from tiltak.extract.legends import with_symbol_legends
    from tiltak.extract.model import Document

    lines = ["Slik fordeler tiltakene seg: 📚 Kurs/utdanning 🔬 FoU 📣 Arrangement", "📚 Kurset ble holdt tolv ganger."]
    doc = with_symbol_legends(Document(path="t", format="docx", blocks=[Paragraph(text=t) for t in lines]))
    assert [p.text for p in doc.paragraphs()] == lines


def test_a_studys_name_asked_as_a_question_is_no_label():
    from tiltak.extract.vocabulary import label_field

    assert label_field("Hvordan påvirker ny teknologi kompetansebehovet i varehandelen?") is None
    result = parse(B("Digital kompetanse for ledere i handelen"), Paragraph(text="Ansvarlig: Virke | Periode: 2020"),
                   B("Hvordan påvirker ny teknologi kompetansebehovet i varehandelen?"),
                   Paragraph(text="Ansvarlig: Virke | Samarbeid: Samfunnsøkonomisk analyse | Periode: 2019–2020"),
                   Paragraph(text="Studien beskriver hvilke oppgaver som forsvinner."))
    assert [m.title for m in result.measures] == ["Digital kompetanse for ledere i handelen",
                                                  "Hvordan påvirker ny teknologi kompetansebehovet i varehandelen?"]
    # a form's questions about the measure, or about those who report it, are labels
    for question in ("Hvordan gjennomføres tiltaket?", "Hva har dere oppnådd i år?",
                     "Hvordan gikk det med arbeidet i år?"):
        assert label_field(question) == "description", question
