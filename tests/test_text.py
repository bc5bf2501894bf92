import pytest

from tiltak.extract.text import clean, join_lines


@pytest.mark.parametrize("lines, joined", [
    (["kompetanse-", "utvikling"], "kompetanseutvikling"),
    (["Universitetet i Sørøst-", "Norge"], "Universitetet i Sørøst-Norge"),
    (["Arbeids-", "og velferdsetaten"], "Arbeids- og velferdsetaten"),
    (["etter-", "og videreutdanning"], "etter- og videreutdanning"),
    (["kursarrangører på kommune-", "/fylkeskommunenivå"], "kursarrangører på kommune-/fylkeskommunenivå"),
    (["KompetansePluss-", "Arbeid"], "KompetansePluss-Arbeid"),
    (["IKT-", "næringen"], "IKT-næringen"),
    (["Smart Innovation Norway og Kongsberg-", "klyngen."], "Smart Innovation Norway og Kongsberg-klyngen."),
    (["Råd/utvalg/", "nettverk"], "Råd/utvalg/nettverk"),
    (["Fylkes-", "kommunene"], "Fylkeskommunene"),
    (["Det gjelder. Kompetanse-", "utvikling"], "Det gjelder. Kompetanseutvikling"),
    (["Akademikerne/", "Econa"], "Akademikerne/Econa"),
    (["skoleåret 2020-", "21"], "skoleåret 2020-21"),
    (["gjelder 2018–", "2021"], "gjelder 2018–2021"),
    (["KS –", "rapportering"], "KS – rapportering"),
    (["Relasjon til NKPS ", " tiltak nr 12."], "Relasjon til NKPS tiltak nr 12."),
    (["", "  ", "én linje"], "én linje"),
])
def test_join_lines_reads_like_a_reader(lines, joined):
    assert join_lines(lines) == joined


def test_clean_normalises_spaces_and_soft_hyphens():
    assert clean("  Kompe\u00adtanse\u00a0Norge\t ") == "Kompetanse Norge"
    assert clean("Sørøst") == "Sørøst"  # NFC, æøå kept


@pytest.mark.parametrize("lines, joined", [
    ([("Kompetanseforu", 100.0), ("m Østfold", 80.0)], "Kompetanseforum Østfold"),
    ([("fylkeskommun", 99.5), ("e", 20.0)], "fylkeskommune"),
    ([("Fylkeskommunene", 99.0), ("m. fl.", 30.0)], "Fylkeskommunene m. fl."),
    ([("fylkeskommuner", 99.0), ("som arbeidsgivere", 60.0)], "fylkeskommuner som arbeidsgivere"),
    ([("ulike", 40.0), ("kompetanseaktører.", 99.0)], "ulike kompetanseaktører."),
    ([("Næringsliv/klynger,", 99.0), ("høyskoler", 50.0)], "Næringsliv/klynger, høyskoler"),
])
def test_words_broken_by_a_narrow_column_are_mended(lines, joined):
    from tiltak.extract.text import join_wrapped

    assert join_wrapped(lines, right=100.0, tolerance=5.0, known={"kompetanseforum"}) == joined


def test_a_whole_word_after_a_full_line_is_not_glued_on():
    from tiltak.extract.text import join_wrapped

    lines = [("«Yrkesopplæringsnemndas", 99.0), ("rolle og ansvar»", 60.0)]
    assert join_wrapped(lines, 100.0, 5.0, known=set()) == "«Yrkesopplæringsnemndas rolle og ansvar»"
    assert join_wrapped([("arbeidsmarkedsop", 99.0), ("plæring", 50.0)], 100.0, 5.0,
                        known={"arbeidsmarkedsopplæring"}) == "arbeidsmarkedsopplæring"


def test_a_nouns_ending_broken_off_at_the_cell_edge_is_mended_but_not_the_article():
    """"Samarbeidsavtal" at the edge, then "en med …": the ending (nothing a noun can follow comes
    after it); "… en ny modell" keeps the article, and a line that ends before the edge is whole."""
    from tiltak.extract.text import join_wrapped

    assert join_wrapped([("Samarbeidsavtal", 99.0), ("en med fylkeskommunene", 60.0)], 100.0, 5.0) == \
        "Samarbeidsavtalen med fylkeskommunene"
    assert join_wrapped([("Lærlingundersøkels", 98.0), ("en 2025", 30.0)], 100.0, 5.0) == "Lærlingundersøkelsen 2025"
    assert join_wrapped([("Kompetanseutvikling", 99.0), ("en ny modell", 40.0)], 100.0, 5.0) == \
        "Kompetanseutvikling en ny modell"
    assert join_wrapped([("Kompetanseutvikling", 70.0), ("en i NAV", 40.0)], 100.0, 5.0) == "Kompetanseutvikling en i NAV"


def test_a_notes_superscript_mark_after_a_word_is_not_text():
    from tiltak.extract.text import clean

    assert clean("Bransjeprogrammene¹") == "Bransjeprogrammene"
    assert clean("Ny avtale om inkluderende arbeidsliv² (IA)") == "Ny avtale om inkluderende arbeidsliv (IA)"
    assert clean("200 m² lokaler") == "200 m² lokaler"  # a unit, not a note
    assert clean("200 kvm² lokaler") == "200 kvm² lokaler"
    assert clean("i arbeidslivet.¹ Neste") == "i arbeidslivet. Neste"
