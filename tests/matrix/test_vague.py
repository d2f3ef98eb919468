"""A vague amount ("thousands") never contradicts a precise figure for the same point."""

from uprooted.matrix import build_matrix
from uprooted.models import Evidence, Fact, Place

MOSUL = Place(name="Mosul", country="IRQ", geonames_id=99072)


def fact(doc_id, value, qualifier, source=None):
    low, high = (value, None) if qualifier in {"more_than", "vague"} else (value, value)
    if qualifier == "vague":
        low = None
    return Fact(
        doc_id=doc_id,
        lang="en",
        measure="displaced",
        term="fled",
        value=value,
        low=low,
        high=high,
        qualifier=qualifier,
        reported_value=value,
        start="2016-10",
        end="2017-03-05",
        place=MOSUL,
        source=source,
        evidence=[Evidence(text="x", start=0, end=1)],
    )


def test_thousands_beside_a_precise_total_is_not_a_conflict():
    matrix = build_matrix([fact("a", 206000, "more_than", "IOM"), fact("b", 1000, "vague")])
    point = matrix.find("Mosul", "displaced").points[0]
    assert "conflict" not in point.flags
    assert point.value == 206000 and point.low == 206000


def test_two_precise_figures_that_disagree_still_conflict():
    matrix = build_matrix([fact("a", 206000, "exact", "IOM"), fact("b", 150000, "exact")])
    assert "conflict" in matrix.find("Mosul", "displaced").points[0].flags
