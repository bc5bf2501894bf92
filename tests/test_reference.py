from rapidfuzz import fuzz

from tiltak.normalize.reference import fold, read_csv


def test_structure(reference):
    assert list(reference.areas) == [1, 2, 3]
    assert len(reference.delmal) == 16
    per_area = {a: sum(1 for d in reference.delmal.values() if d.omrade == a) for a in (1, 2, 3)}
    assert per_area == {1: 4, 2: 6, 3: 6}
    assert len(reference.types) == 6


def test_old_numbering_crosswalk_is_confirmed_by_the_texts(reference):
    """Old tiltak n's wording (004) is closest to the delmål the crosswalk names (001, Vedlegg 1)."""
    for row in read_csv("nkps_tiltak.csv"):
        scores = {code: max(fuzz.ratio(fold(row["text"]), fold(d.text)), fuzz.partial_ratio(fold(row["text"]), fold(d.text)))
                  for code, d in reference.delmal.items()}
        assert max(scores, key=scores.get) == row["delmal"], row["tiltak"]
        assert reference.crosswalk[int(row["tiltak"])] == row["delmal"]


def test_gazetteer_parents_exist(reference):
    names = {o.canonical for o in reference.organisations}
    assert all(o.parent in names for o in reference.organisations if o.parent)
