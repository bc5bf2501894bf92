"""The analyst's review file: whatever Excel does to it, decisions are read and never lost."""

import pytest

from tiltak.export.dataset import write_rows
from tiltak.export.review_files import read_decisions, update_archive
from tiltak.normalize.matching.review import Decision, read_decision


@pytest.mark.parametrize("value, decision", [
    ("match", "match"), ("Ja", "match"), ("J", "match"), ("YES", "match"), ("1", "match"),
    ("distinct", "distinct"), ("nei", "distinct"), ("N", "distinct"), ("No", "distinct"), ("0", "distinct"),
    ("", None), ("  ", None),
])
def test_decision_words(value, decision):
    assert read_decision(value) == decision


def test_unknown_decision_is_a_warning_naming_the_row(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("pair_id;decision;left_key;right_key\np1;kanskje;a;b\np2;ja;c;d\n", encoding="utf-8-sig")
    decisions, warnings = read_decisions(path)
    assert [(d.left_key, d.decision) for d in decisions] == [("c", "match")]
    assert "row 2" in warnings[0] and "kanskje" in warnings[0]


@pytest.mark.parametrize("encoding, sep", [("utf-8-sig", ";"), ("utf-8", ","), ("utf-8", "\t"), ("cp1252", ";")])
def test_excel_variants(tmp_path, encoding, sep):
    path = tmp_path / "r.csv"
    rows = [["kommentar", "right_key", "decision", "left_key", "left_title"],
            ["sjekket", "b", "Nei", "a", "Møteplass lærebedrifter"], ["", "d", "ja", "c", "'=SUM(A1)"]]
    path.write_bytes("\n".join(sep.join(r) for r in rows).encode(encoding))
    decisions, warnings = read_decisions(path)
    assert not warnings
    assert [(d.left_key, d.right_key, d.decision) for d in decisions] == [("a", "b", "distinct"), ("c", "d", "match")]
    assert decisions[0].left_title == "Møteplass lærebedrifter" and decisions[1].left_title == "=SUM(A1)"


def test_written_file_is_for_excel(tmp_path):
    path = tmp_path / "r.csv"
    write_rows(path, ["pair_id", "left_title"], [{"pair_id": "p1", "left_title": "=HYPERLINK(\"x\")"},
                                                  {"pair_id": "p2", "left_title": "-2"}], excel=True)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"pair_id;left_title" in raw
    assert "'=HYPERLINK" in raw.decode("utf-8-sig") and ";-2" in raw.decode("utf-8-sig")


def test_archive_keeps_what_it_had(tmp_path):
    path = tmp_path / "archive.csv"
    update_archive(path, [(Decision("a", "b", "match", "review.csv", 2, "A", "B"), "gone")])
    update_archive(path, [(Decision("c", "d", "distinct", "review.csv", 3), "gone"),
                          (Decision("a", "b", "match", "review.csv", 2), "gone")])
    decisions, _ = read_decisions(path)
    assert sorted((d.left_key, d.decision) for d in decisions) == [("a", "match"), ("c", "distinct")]
