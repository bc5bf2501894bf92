"""The report's SVG charts: well-formed, one bar per non-zero count, bar heights in proportion,
counts over bars, whole-number axes."""

import xml.etree.ElementTree as ET

import pytest

from tiltak.export.charts import bar_labels, grouped_bars, integer_ticks, per_delmal, types_per_area

SVG = "{http://www.w3.org/2000/svg}"


@pytest.mark.parametrize("top, ticks", [
    (0, [0, 1]), (1, [0, 1]), (3, [0, 1, 2, 3]), (6, [0, 1, 2, 3, 4, 5, 6]), (7, [0, 2, 4, 6, 8]),
    (12, [0, 2, 4, 6, 8, 10, 12]), (23, [0, 5, 10, 15, 20, 25]), (58, [0, 10, 20, 30, 40, 50, 60]),
    (101, [0, 20, 40, 60, 80, 100, 120]), (430, [0, 100, 200, 300, 400, 500]),
])
def test_axis_ticks_are_whole_numbers_covering_the_largest_count(top, ticks):
    assert integer_ticks(top) == ticks


def test_no_label_over_a_bar_of_nothing():
    assert bar_labels([3, 0, 12]) == ["3", "", "12"]


def _bars(svg: str) -> list[ET.Element]:
    root = ET.fromstring(svg)
    return [r for r in root.iter(f"{SVG}rect") if r.find(f"{SVG}title") is not None]


def test_one_bar_per_count_in_proportion_with_its_label():
    svg = grouped_bars("Tittel <&>", ["1.1", "1.2", "2.1"], [("2017", [4, 0, 2]), ("2018", [1, 3, 0])],
                       ylabel="Antall tiltak")
    bars = _bars(svg)  # well-formed even with < and & in a title
    assert [b.find(f"{SVG}title").text for b in bars] == ["2017, 1.1: 4", "2017, 2.1: 2", "2018, 1.1: 1", "2018, 1.2: 3"]
    heights = [float(b.get("height")) for b in bars]
    assert heights[0] == pytest.approx(4 * heights[2]) and heights[1] == pytest.approx(2 * heights[2])
    labels = [t.text for t in ET.fromstring(svg).iter(f"{SVG}text")]
    assert "Tittel <&>" in labels and "0" in labels  # the axis starts at 0 ...
    assert labels.count("4") == 2  # ... a bar of 4 and the tick 4; no label for the two zero bars
    assert {"2017", "2018"} <= set(labels)  # the legend


def test_bars_of_one_category_sit_side_by_side_in_their_slot():
    bars = _bars(grouped_bars("t", ["a", "b"], [("x", [1, 1]), ("y", [1, 1])], ylabel="n"))
    xs = [float(b.get("x")) for b in bars]  # x: a, b; then y: a, b
    width = float(bars[0].get("width"))
    assert xs[2] == pytest.approx(xs[0] + width) and xs[1] > xs[2] + width


def test_charts_from_the_summary_rows():
    rows = [{"report_year": 2017, "delmal": "1.1", "measures": 2}, {"report_year": 2018, "delmal": "1.1", "measures": 5},
            {"report_year": 2018, "delmal": "3.6", "measures": 1}]
    svg = per_delmal(rows)
    assert [b.find(f"{SVG}title").text for b in _bars(svg)] == ["2017, 1.1: 2", "2018, 1.1: 5", "2018, 3.6: 1"]
    types = [{"report_year": 2018, "type": "Kurs", "total": 3, "omrade_1": 1, "omrade_2": 2, "omrade_3": 0},
             {"report_year": 2018, "type": "Totalt", "total": 3, "omrade_1": 1, "omrade_2": 2, "omrade_3": 0},
             {"report_year": 2017, "type": "Kurs", "total": 9, "omrade_1": 9, "omrade_2": 0, "omrade_3": 0}]
    svg = types_per_area(types, 2018, {1: "a", 2: "b", 3: "c"})
    assert [b.find(f"{SVG}title").text for b in _bars(svg)] == ["Område 1, Kurs: 1", "Område 2, Kurs: 2"]
    assert "(2018)" in ET.fromstring(svg).find(f"{SVG}title").text
