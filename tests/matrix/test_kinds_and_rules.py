"""Stocks, cumulative totals and flows; the best-estimate rule; plausibility (own sentences and figures)."""

from __future__ import annotations

from matrix_corpus import doc, fact, place

from uprooted.matrix import build_matrix, implausible_points, render_flags
from uprooted.matrix.sources import source_reliability
from uprooted.models import Evidence, Place

VARDO = Place(name="Vardø", country="NOR", admin1="Finnmark", lat=70.37, lon=31.11, geonames_id=777019)


def kinds(series):
    return [(p.kind, p.start, p.date, p.value) for p in series.points]


def test_a_total_since_the_onset_is_cumulative_however_its_start_is_spelled():
    facts = [
        fact("a", "displaced", 52_000, start="2019-03", end="2019-06-10", source="IOM"),
        # "in the 90-odd days since the fighting began", counted back from the publication date
        fact("b", "displaced", 60_000, start="2019-04-02", end="2019-06-24", source="IOM"),
        fact("c", "displaced", 6_500, qualifier="more_than", start="2019-06-10", end="2019-06-24"),
    ]
    series = build_matrix(facts).find("Mosul", "displaced")
    assert kinds(series) == [
        ("cumulative", "2019-03", "2019-06-10", 52_000),
        ("cumulative", "2019-03", "2019-06-24", 60_000),
        ("flow", "2019-06-10", "2019-06-24", 6_500),
    ]
    later = series.at("2019-06-24", kind="cumulative")
    assert any("read as the onset 2019-03" in line for line in later.explanation)
    week = series.at("2019-06-24", kind="flow")
    assert later.point_id in week.consistent_with and "inconsistent" not in week.flags


def test_one_figure_from_one_source_is_one_point_whatever_its_start():
    facts = [
        fact("a", "displaced", 52_000, start="2019-03", end="2019-06-10", source="IOM"),
        fact("b", "displaced", 52_000, start="2019-03-11", end="2019-06-10", source="IOM"),
        fact("c", "displaced", 52_000, start="2019-06-09", end="2019-06-10", source="IOM"),
    ]
    series = build_matrix(facts).find("Mosul", "displaced")
    assert [(p.kind, p.value, len(p.facts)) for p in series.points] == [("cumulative", 52_000, 3)]


def test_a_one_day_reading_of_the_running_total_joins_it():
    facts = [
        # headline "tops 50,000", body "reached 52,000 on 9 June" read as a one-day period
        fact(
            "a",
            "displaced",
            50_000,
            qualifier="more_than",
            start="2019-03-01",
            end="2019-06-10",
            source="IOM",
        ),
        fact("a", "displaced", 52_000, start="2019-06-09", end="2019-06-09", source="IOM"),
        # one day's flight, much smaller: stays a flow
        fact("a", "displaced", 1_800, start="2019-06-08", end="2019-06-08"),
    ]
    series = build_matrix(facts).find("Mosul", "displaced")
    assert ("cumulative", "2019-03-01", "2019-06-09", 52_000) in kinds(series)
    assert ("flow", "2019-06-08", "2019-06-08", 1_800) in kinds(series)


def test_a_falling_cumulative_total_is_flagged_decreasing():
    facts = [
        fact("a", "displaced", 52_000, start="2019-03", end="2019-06-10", source="IOM"),
        fact("b", "displaced", 41_000, start="2019-03", end="2019-06-24", source="IOM"),
    ]
    later = build_matrix(facts).find("Mosul", "displaced").points[-1]
    assert later.kind == "cumulative" and "decreasing" in later.flags and "inconsistent" in later.flags


def test_stocks_may_fall_without_a_flag():
    facts = [
        fact("a", "remaining", 300_000, end="2019-06-10"),
        fact("b", "remaining", 210_000, end="2019-06-24"),
    ]
    points = build_matrix(facts).find("Mosul", "remaining").points
    assert [p.kind for p in points] == ["stock", "stock"]
    assert not any(p.flags for p in points)


def test_a_part_a_report_lists_is_never_chosen_over_its_whole():
    # one report: "about 2,300 from one village", "between 48,000 and 55,000 across the province"
    facts = [
        fact("r", "displaced", 2_300, end="2020-08-14"),
        fact("r", "displaced", 48_000, qualifier="range", low=48_000, high=55_000, end="2020-08-14"),
        fact("r", "displaced", 7_000, qualifier="range", low=7_000, high=9_000, end="2020-08-14"),
    ]
    point = build_matrix(facts).find("Mosul", "displaced").points[0]
    assert point.value == 48_000 and "conflict" not in point.flags
    assert sum(1 for r in point.facts if r.part_of_report) == 2
    assert any("is a part" in line for line in point.explanation)


def test_a_conflict_no_rule_settles_has_no_best_estimate():
    docs = {"a": doc("a", "2020-08-15", outlet="one"), "b": doc("b", "2020-08-15", outlet="two")}
    facts = [
        fact("a", "displaced", 3_000, end="2020-08-14"),
        fact("b", "displaced", 30_000, end="2020-08-14"),
    ]
    point = build_matrix(facts, docs).find("Mosul", "displaced").points[0]
    assert point.value is None and point.decided_by == "unsettled"
    assert "conflict" in point.flags and (point.low, point.high) == (3_000, 30_000)
    assert point.explanation[0].startswith("conflict: 3,000 vs 30,000")


def test_recency_then_agreement_decide_between_equal_sources():
    docs = {"a": doc("a", "2020-08-15"), "b": doc("b", "2020-08-20"), "c": doc("c", "2020-08-16")}
    facts = [
        fact("a", "displaced", 3_000, end="2020-08-14", source="OCHA"),
        fact("b", "displaced", 30_000, end="2020-08-14", source="UNHCR"),
    ]
    point = build_matrix(facts, docs).find("Mosul", "displaced").points[0]
    assert (point.value, point.decided_by) == (30_000, "recency")
    same_day = {"a": doc("a", "2020-08-15"), "b": doc("b", "2020-08-15"), "c": doc("c", "2020-08-15")}
    facts.append(fact("c", "displaced", 3_100, end="2020-08-14", source="OCHA"))
    point = build_matrix(facts, same_day).find("Mosul", "displaced").points[0]
    assert point.value in {3_000, 3_100} and point.decided_by == "agreement"


def test_source_reliability_is_configurable():
    facts = [
        fact("a", "displaced", 3_000, end="2020-08-14", source="IOM"),
        fact("b", "displaced", 30_000, end="2020-08-14", source="Save the Children"),
    ]
    assert build_matrix(facts).find("Mosul", "displaced").points[0].value == 3_000
    ranks = source_reliability("ngo=9, media=x, nonsense=4")
    assert ranks["ngo"] == 9 and ranks["media"] == 0 and "nonsense" not in ranks
    point = build_matrix(facts, reliability=ranks).find("Mosul", "displaced").points[0]
    assert point.value == 30_000 and point.decided_by == "source"


def test_money_and_figures_above_the_population_are_kept_out_until_confirmed():
    money = fact(
        "m",
        "displaced",
        2_400_000,
        end="2020-08-14",
        where=VARDO,
        text="Repairs in Vardø will cost 2.4 million NOK, and 400 people left their homes.",
    )
    money.evidence = [Evidence(text=money.evidence[0].text, start=0, end=len(money.evidence[0].text))]
    facts = [
        money,
        fact("n", "displaced", 400, end="2020-08-14", where=VARDO, source="police"),
        fact("p", "displaced", 9_000, end="2020-08-20", where=VARDO, source="police"),
    ]
    matrix = build_matrix(facts)
    series = matrix.find("Vardø", "displaced")
    assert series.population == 1875 and series.flagged
    first, second = series.points
    assert first.value == 400 and "implausible" in first.flags
    assert any("currency" in line for line in first.explanation)
    assert second.value is None and second.decided_by == "implausible"
    listed = {(ref.value, tuple(ref.implausible)) for _, _, ref in implausible_points(matrix)}
    assert {value for value, _ in listed} == {2_400_000, 9_000}
    assert "more than the 1,875 people who live in Vardø" in render_flags(matrix, width=400)

    confirmed = build_matrix(facts, statuses={facts[2].fact_id(): "confirmed"})
    point = confirmed.find("Vardø", "displaced").points[1]
    assert point.value == 9_000 and point.status == "confirmed"


def test_a_figure_far_above_every_other_report_is_an_outlier():
    facts = [
        fact("a", "sheltered", 2_000, end="2020-08-14"),
        fact("b", "sheltered", 2_600, end="2020-08-16"),
        fact("c", "sheltered", 3_000, end="2020-08-18"),
        fact("d", "sheltered", 900_000, end="2020-08-19"),
    ]
    series = build_matrix(facts).find("Mosul", "sheltered")
    assert series.points[-1].value is None
    assert any("outlier" in line or "over 20 times" in line for line in series.points[-1].explanation)


def test_support_counts_sources_points_and_confirmed_facts():
    facts = [
        fact("a", "displaced", 52_000, start="2019-03", end="2019-06-10", source="IOM"),
        fact("b", "displaced", 52_000, start="2019-03", end="2019-06-10", source="UNHCR"),
        fact("c", "displaced", 60_000, start="2019-03", end="2019-06-24", source="IOM"),
    ]
    series = build_matrix(facts, statuses={facts[0].fact_id(): "confirmed"}).find("Mosul", "displaced")
    assert series.support == {"sources": 2, "points": 2, "confirmed": 1, "reports": 3}


def test_an_area_never_takes_its_citys_coordinates():
    facts = [
        fact("a", "displaced", 5_000, end="2020-08-14"),
        fact("a", "displaced", 2_000, end="2020-08-14", area="east"),
        fact("b", "remaining", 9_000, end="2020-08-14", where=place("old city", lat=36.35, lon=43.14)),
    ]
    matrix = build_matrix(facts)
    assert matrix.find("Mosul", "displaced").lat == 36.34
    east = matrix.find("Mosul", "displaced", area="east")
    assert (east.lat, east.lon) == (None, None)
    # coordinates of its own (not the city's) are kept
    assert matrix.find("Mosul", "remaining", area="old city").lat == 36.35
    alone = build_matrix([fact("c", "remaining", 9_000, end="2020-08-14", area="west")])
    assert alone.find("Mosul", "remaining", area="west").lat is None


def test_an_analysts_confirmation_in_the_store_lets_a_flagged_figure_in(tmp_path):
    from uprooted.models import Document
    from uprooted.pipeline import store_matrix
    from uprooted.store import Store

    sentence = "Some 9,000 people fled Vardø after the storm, the police said."
    text = f"Storm.\n{sentence}"
    with Store(f"sqlite:///{tmp_path / 'm.sqlite'}") as store:
        store.add_documents([Document(doc_id="v", text=text, lang="en")])
        flagged = fact("v", "displaced", 9_000, end="2020-08-20", where=VARDO, source="police", text=sentence)
        flagged.evidence = [Evidence(text=sentence, start=7, end=7 + len(sentence))]
        store.replace_facts("v", [flagged])
        point = store_matrix(store).find("Vardø", "displaced").points[0]
        assert point.value is None and point.facts[0].excluded
        store.confirm_fact(point.facts[0].fact_id, analyst="ana")
        point = store_matrix(store).find("Vardø", "displaced").points[0]
        assert point.value == 9_000 and point.status == "confirmed" and not point.facts[0].excluded
        assert point.facts[0].implausible  # still shown, with its reason
