import pytest

from tiltak.normalize.orgs import roles_in_text


@pytest.mark.parametrize("written, names, unknown", [
    ("Spekter og LO Stat", ["Spekter", "LO Stat"], []),
    ("Akademikerne/Econa", ["Akademikerne", "Econa"], []),
    ("LO, NHO", ["LO", "NHO"], []),
    ("KD, Kompetanse Norge, partene", ["KD", "Kompetanse Norge", "Partene"], []),
    ("LO/Fellesforbundet", ["LO", "Fellesforbundet"], []),
    ("LO/NNN", ["LO", "NNN"], []),
    ("NHO Mat og drikke, Sjømat Norge", ["NHO Mat og drikke", "Sjømat Norge"], []),
    ("Kunnskapsdepartementet", ["KD"], []),
    ("Arbeids- og velferdsetaten", ["NAV"], []),
    ("Fylkeskommunene, ASD, Arbeids- og velferdsetaten", ["Fylkeskommunene", "ASD", "NAV"], []),
    ("Møre og Romsdal fylkeskommune", ["Møre og Romsdal fylkeskommune"], []),
    ("KS m. fl.", ["KS"], []),
    ("Fylkeskommunene m. fl.", ["Fylkeskommunene"], []),
    ("Nasjonalt råd for lærerutdanning (NRLU) og Utdanningsforbundet", ["NRLU", "Utdanningsforbundet"], []),
    ("Samfunnsøkonomisk Analyse, NAV, Virke og Handel og Kontor Norge",
     ["Samfunnsøkonomisk analyse", "NAV", "Virke", "Handel og Kontor"], []),
    ("Kompetanse Norge (Vox)", ["Kompetanse Norge"], []),
    ("Universitetet i Sørøst-Norge, Fylkesmannen", ["USN", "Fylkesmannen"], []),
    ("Fafo og Kanalprosjektet Telemark AS", ["Fafo"], ["Kanalprosjektet Telemark AS"]),
    ("Unios medlemsorganisasjoner", ["Unio", "egne medlemmer"], []),
    ("Forskere, utdanningsinstitusjoner, aktører fra offentlig sektor og fra næringslivet",
     ["forskere", "Utdanningsinstitusjonene", "offentlig sektor", "virksomheter"], []),
    ("Kompetanse Norge på oppdrag fra KD", ["Kompetanse Norge", "KD"], []),
    ("IMDI", ["IMDi"], []),
    ("Nav", ["NAV"], []),
])
def test_joint_entries_split_into_canonical_names(gazetteer, written, names, unknown):
    assert gazetteer.split_entry(written) == (names, unknown)


def test_sub_units_know_their_parent(gazetteer):
    assert gazetteer.parent_of("NHO Mat og drikke") == "NHO"
    assert gazetteer.parent_of("Fellesforbundet") == "LO"
    assert gazetteer.parent_of("Econa") == "Akademikerne"


def test_ordinary_words_are_not_organisations(gazetteer):
    text = "Vi vil delta i et bredt spekter av tiltak og virke for flere læreplasser."
    assert gazetteer.find(text) == []


@pytest.mark.parametrize("text, responsible, partners", [
    ("Spekter står bak tiltaket med Kompetanse Norge som bidragsyter.", ["Spekter"], ["Kompetanse Norge"]),
    ("Spekter er ansvarlig for tiltaket. Samarbeidspartnere er medlemsvirksomheter i tillegg til FAFO, "
     "fylkeskommuner, opplæringskontorer med flere.", ["Spekter"], ["Fafo", "Fylkeskommunene", "Opplæringskontorene"]),
    ("HOSPEEM (sammenslutning av arbeidsgiverorganisasjoner for sykehussektoren) og EPSU (sammenslutning av "
     "arbeidstakerorganisasjoner i sykehussektoren) er sammen med EU-kommisjonen ansvarlig for prosjektet. Spekter "
     "deltar i styringsgruppen for prosjektet. Nasjonal samarbeidspartnere er Fagforbundet og Norsk sykepleierforbund.",
     ["HOSPEEM", "EPSU", "EU-kommisjonen"], ["Spekter", "Fagforbundet", "Norsk Sykepleierforbund"]),
    ("Spekter har sammen med Oslo universitetssykehus (OUS) igangsatt tiltaket, og det er et samarbeidsprosjekt "
     "med Hersleb videregående skole.", ["Spekter", "Oslo universitetssykehus"], ["Hersleb videregående skole"]),
    ("LO og Spekter er i fellesskap ansvarlig for konferansen.", ["LO", "Spekter"], []),
    ("Spekter står ansvarlig for konferansen hvor IMDi, NAV og en kommune bidrar med innlegg sammen med utvalgte "
     "medlemsvirksomheter.", ["Spekter"], ["IMDi", "NAV"]),
])
def test_roles_in_free_text(gazetteer, text, responsible, partners):
    assert roles_in_text(text, gazetteer) == (responsible, partners)


def test_a_project_file_adds_organisations_and_settings(tmp_path):
    from tiltak.normalize.config import load_config
    from tiltak.normalize.orgs import Gazetteer

    (tmp_path / "tiltak.toml").write_text(
        '[[organisations]]\ncanonical = "Kanalprosjektet"\naliases = ["Kanalprosjektet Telemark AS"]\n'
        'kind = "other"\nparent = "Telemark fylkeskommune"\n\n[goals]\ntext_threshold = 60\n', encoding="utf-8")
    config = load_config(tmp_path)
    assert config.get("goals", "text_threshold") == 60 and config.get("types", "min_score") == 2
    gaz = Gazetteer(config.organisations)
    assert gaz.split_entry("Fafo og Kanalprosjektet Telemark AS") == (["Fafo", "Kanalprosjektet"], [])
    assert gaz.parent_of("Kanalprosjektet") == "Telemark fylkeskommune"


def test_a_broken_project_file_is_a_clear_error(tmp_path):
    from tiltak.normalize.config import ConfigError, load_config

    (tmp_path / "tiltak.toml").write_text("[[organisations]]\naliases = ['x']\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="needs a 'canonical' name"):
        load_config(tmp_path)
