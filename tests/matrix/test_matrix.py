"""Reconciliation: series, best estimates, flags and explanations on small hand-built corpora."""

from __future__ import annotations

from matrix_corpus import doc, fact, place, seed_docs, seed_facts

from uprooted.matrix import build_matrix, render_matrix, roll_up
from uprooted.models import Place


def test_seed_cumulative_and_inner_flows_are_consistent():
    matrix = build_matrix(seed_facts(), seed_docs())
    mosul = matrix.find("Mosul", "displaced")
    assert [(p.start, p.date, p.value) for p in mosul.points] == [
        ("2016-10", "2017-02-26", 164_000),
        ("2016-10", "2017-03-05", 206_000),
        ("2017-02-26", "2017-03-05", 40_000),
    ]
    week = mosul.at("2017-03-05", start="2017-02-26")
    assert week.low == 40_000 and week.high is None
    assert "inconsistent" not in week.flags
    assert mosul.at("2017-03-05", start="2016-10").point_id in week.consistent_with
    assert any("42,000" in line and line.startswith("consistent") for line in week.explanation)

    west = matrix.find("Mosul", "displaced", area="west")
    inner = west.points[0]
    assert inner.value == 45_000 and "inconsistent" not in inner.flags
    assert len(inner.consistent_with) == 2
    assert any("part of the place" in line for line in inner.explanation)


def test_seed_remaining_stocks_form_a_series_not_a_conflict():
    matrix = build_matrix(seed_facts(), seed_docs())
    remaining = matrix.find("Mosul", "remaining", area="west")
    assert [(p.date, p.value) for p in remaining.points] == [("2017-02-19", 750_000), ("2017-03-05", 600_000)]
    assert all("conflict" not in p.flags and "inconsistent" not in p.flags for p in remaining.points)
    assert matrix.find("Mosul", "remaining") is None  # the area is its own child series


def test_a_flow_that_contradicts_the_cumulative_difference_is_inconsistent():
    facts = [
        *seed_facts(),
        fact(
            "tabloid", "displaced", 10_000, start="2017-02-27", end="2017-03-05", where=place(), source=None
        ),
    ]
    matrix = build_matrix(facts, seed_docs())
    bad = matrix.find("Mosul", "displaced").at("2017-03-05", start="2017-02-27")
    assert "inconsistent" in bad.flags
    assert any(line.startswith("inconsistent with 206,000") for line in bad.explanation)
    total = matrix.find("Mosul", "displaced").at("2017-03-05", start="2016-10")
    assert bad.point_id in total.inconsistent_with


def test_a_part_larger_than_the_whole_is_inconsistent():
    facts = [*seed_facts(), fact("x", "displaced", 90_000, start="2017-02-26", end="2017-03-05", area="east")]
    matrix = build_matrix(facts)
    east = matrix.find("Mosul", "displaced", area="east").points[0]
    assert "inconsistent" in east.flags


def test_a_falling_running_total_is_inconsistent():
    facts = [
        fact("a", "displaced", 50_000, start="2020-01-01", end="2020-02-01", source="IOM"),
        fact("b", "displaced", 30_000, start="2020-01-01", end="2020-03-01", source="IOM"),
    ]
    series = build_matrix(facts).find("Mosul", "displaced")
    assert all("inconsistent" in p.flags for p in series.points)


def test_two_irreconcilable_figures_for_one_date_are_a_conflict():
    facts = [
        fact("a", "displaced", 12_000, end="2021-05-02", source="UNHCR"),
        fact("b", "displaced", 30_000, end="2021-05-02", source=None),
    ]
    point = build_matrix(facts).find("Mosul", "displaced").points[0]
    assert "conflict" in point.flags
    assert point.value == 12_000  # the UN figure wins over the paper's
    assert (point.low, point.high) == (12_000, 30_000)
    assert any(line.startswith("conflict: 12,000 vs 30,000") for line in point.explanation)
    assert point.decided_by == "source"
    assert any(line.startswith("decided by source: source reliability") for line in point.explanation)


def test_qualifiers_reconcile_different_figures():
    facts = [
        fact("a", "displaced", 5_000, qualifier="more_than", end="2021-05-02"),
        fact("b", "displaced", 5_300, end="2021-05-02", source="Red Crescent"),
        fact("c", "displaced", 1_000, qualifier="vague", end="2021-05-02"),
    ]
    point = build_matrix(facts).find("Mosul", "displaced").points[0]
    assert "conflict" not in point.flags
    assert point.value == 5_300 and point.source == "Red Crescent"
    assert (point.low, point.high) == (5_300, 5_300)
    assert point.independent_reports == 3


def test_later_report_wins_between_equal_sources_and_precise_beats_vague():
    docs = {
        "old": doc("old", "2021-05-03"),
        "new": doc("new", "2021-05-09"),
        "vague": doc("vague", "2021-05-10"),
    }
    facts = [
        fact("old", "displaced", 8_000, end="2021-05-02", source="IOM"),
        fact("new", "displaced", 8_400, end="2021-05-02", source="IOM"),
        fact("vague", "displaced", 1_000, qualifier="vague", end="2021-05-02", source="IOM"),
    ]
    point = build_matrix(facts, docs).find("Mosul", "displaced").points[0]
    assert point.value == 8_400
    assert any("later report for the same date" in line for line in point.explanation)
    assert any("precise figure over a vague one" in line for line in point.explanation)


def test_near_duplicate_copies_count_once():
    docs = {"wire": doc("wire", "2021-05-03"), "copy": doc("copy", "2021-05-03", outlet="other")}
    facts = [
        fact("wire", "displaced", 7_000, end="2021-05-02"),
        fact("copy", "displaced", 7_000, end="2021-05-02"),
    ]
    point = build_matrix(facts, docs, duplicates={"copy": "wire"}).find("Mosul", "displaced").points[0]
    assert point.independent_reports == 1
    copy_ref = next(r for r in point.facts if r.doc_id == "copy")
    assert copy_ref.counted is False and copy_ref.duplicate_of == "wire"
    assert any("near-duplicate of wire: counted once" in line for line in point.explanation)


def test_fact_without_place_inherits_the_event_place_or_goes_to_unknown():
    facts = [
        fact("a", "displaced", 3_000, end="2021-05-02", source="IOM"),
        fact("b", "displaced", 3_000, end="2021-05-02", where=None),
        fact("c", "displaced", 900, end="2021-05-02", where=None),
    ]
    matrix = build_matrix(facts, links={"a": "ev1", "b": "ev1", "c": "ev2"})
    point = matrix.find("Mosul", "displaced").points[0]
    assert {r.doc_id for r in point.facts} == {"a", "b"}
    assert next(r for r in point.facts if r.doc_id == "b").place_inherited
    assert matrix.find("unknown", "displaced").points[0].value == 900


def test_country_only_place_is_a_country_series():
    facts = [fact("a", "displaced", 2_000, end="2021-05-02", where=Place(country="SDN"))]
    series = build_matrix(facts).find("SDN", "displaced")
    assert series.level == "country" and series.points[0].value == 2_000


def test_roll_up_never_adds_a_part_to_its_whole():
    facts = [
        fact("a", "displaced", 100_000, end="2022-01-10"),
        fact("b", "displaced", 60_000, end="2022-01-10", area="west"),
        fact("c", "displaced", 20_000, end="2022-01-17", area="west"),
        fact("d", "displaced", 15_000, end="2022-01-17", area="east"),
    ]
    rolled = roll_up(build_matrix(facts))
    mosul = rolled.find("Mosul", "displaced")
    assert mosul.at("2022-01-10").value == 100_000  # own figure: west's 60,000 not added
    derived = mosul.at("2022-01-17")
    assert derived.value == 35_000 and derived.qualifier == "at_least" and len(derived.derived_from) == 2
    assert rolled.find("Ninawa", "displaced").at("2022-01-10").value == 100_000
    assert rolled.find("IRQ", "displaced").at("2022-01-17").value == 35_000


def test_undated_fact_takes_publication_date_and_says_so():
    docs = {"a": doc("a", "2021-06-01")}
    point = build_matrix([fact("a", "sheltered", 400, end=None)], docs).find("Mosul", "sheltered").points[0]
    assert point.date == "2021-06-01"
    assert any("publication date" in line for line in point.explanation)


def test_render_and_to_dict():
    matrix = build_matrix(seed_facts(), seed_docs())
    text = render_matrix(matrix)
    assert "206,000" in text and "Mosul (west), IRQ" in text and "consistent" in text
    data = matrix.to_dict()
    assert data["series"][0]["points"][0]["facts"][0]["evidence"]
    assert build_matrix(list(reversed(seed_facts())), seed_docs()).to_dict() == data
